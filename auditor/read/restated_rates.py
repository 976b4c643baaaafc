"""A table row's rate restated in prose with its digits slipped.

A project table ``设备购置 | 2,180.00 | 2,094.98 | 96.10%`` whose rate column the table's
own rows confirm (:func:`~.relations.rate_columns.confirmed_rates`: every row's rate is
its two amounts' quotient) knows the row's rate from three figures. A later paragraph
``设备购置项目执行率96.01%`` naming the same row in its sentence and the same rate in
its clause (its stem, 执行 for 执行率) restates it; when the two differ by a telling
typing slip (two adjacent digits swapped, or one digit changed with two agreeing digits
after it; never the first digit, :func:`~.implied_rates.telling_slip`), the paragraph's
rate is the one written wrong.

Nothing is read for a percentage whose clause states a change or a bound, for a
paragraph rate that matches two rows, or for rates that differ otherwise (a rounded
restatement, 96.1 % for 96.10 %, is the same rate; a far one may be another quantity).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP

from auditor.read.figures import Figure
from auditor.read.implied_rates import CLAUSE_BREAK, digits_at, rate_stem, telling_slip
from auditor.read.relations.rate_columns import RateCell
from auditor.read.slips import Slip
from auditor.read.wording import patterns

MIN_NAME = 3
"""Characters a row's name must keep, without numbering and kind word, to be matched."""


@dataclass(frozen=True, slots=True)
class RestatedRate:
    """A paragraph's rate that is a typing slip of the same row's rate in a table."""

    stated: Figure
    name: str
    """The words naming it in its clause (``设备购置项目执行率``)."""
    cell: RateCell
    slip: Slip


def row_core(name: str) -> str:
    """A row's name without numbering and trailing kind word (``1.设备购置项目`` → ``设备购置``)."""
    (head,) = patterns("implied_rates", "restated_row_head")
    (tail,) = patterns("implied_rates", "restated_row_tail")
    core = tail.sub("", head.sub("", name.strip())).strip()
    return core if len(core) >= MIN_NAME else ""


def restated_rates(
    text: str, figures: Sequence[Figure], confirmed: Sequence[RateCell]
) -> list[RestatedRate]:
    """Percentages of a paragraph that restate a confirmed table rate with a slip."""
    if not confirmed:
        return []
    names = patterns("implied_rates", "rate_name")
    changes = patterns("implied_rates", "not_a_quotient")
    (other_year,) = patterns("implied_rates", "restated_other_year")
    (sentence_end,) = patterns("implied_rates", "sentence_end")
    out: list[RestatedRate] = []
    sentence_ends = [m.end() for m in sentence_end.finditer(text)]
    last_rate_end = 0  # the figures before an earlier rate of the sentence are that rate's
    for fig in sorted(figures, key=lambda f: f.amount.start):
        start = fig.amount.start
        ended = bisect_right(sentence_ends, start)
        sentence_start = max(sentence_ends[ended - 1] if ended else 0, last_rate_end)
        if fig.kind == "percent":
            last_rate_end = fig.amount.end
        if fig.kind != "percent" or fig.threshold or fig.value <= 0:
            continue
        sentence = text[sentence_start:start]
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, sentence_start, start)]
        clause = text[(breaks[-1] if breaks else sentence_start) : start]
        if any(p.search(clause) for p in changes) or other_year.search(sentence):
            continue
        named = next((m for p in names if (m := p.search(clause)) is not None), None)
        if named is None or not named.group("name").endswith("率"):
            continue
        stem = rate_stem(named.group("name"))
        found = [
            c
            for c in confirmed
            if (core := row_core(c.row_name))
            and core in sentence
            and len(stem) == 2
            and stem in c.rate_name
        ]
        if len({c.stated.location for c in found}) != 1:
            continue  # no row, or two rows the clause names: abstain
        cell = found[0]
        decimals = fig.amount.decimals
        written = digits_at(fig.value, decimals)
        table = digits_at(cell.stated.value, decimals, ROUND_HALF_UP)
        if written == table or cell.stated.amount.decimals < decimals:
            continue
        kind = telling_slip(table, written)
        if kind is None:
            continue
        out.append(RestatedRate(fig, named.group("name"), cell, kind))
    return out
