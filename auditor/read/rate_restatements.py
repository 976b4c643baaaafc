"""The other places a report states one rate again, with the same value.

A rate written wrong beside its operands (``发放问卷1,250份，满意1,198份，满意度96.8%``:
1,198/1,250 is 95.84 %) is often copied as written into the 自评表 and the conclusion.
Agreement between those places says nothing about the arithmetic: the rate is still
wrong, and every copy must be corrected with it. A finding on the rate names them.

A restatement is a percentage, not a bound (``≥95%``; ``达到96.8%`` is one unless its
words name a target), equal in value to the rate
(96.8 % and 96.80 % are one value), in another block, whose words name the same rate
word (``满意度`` for 服务对象满意度, ``合格率`` for 数字化合格率): in a paragraph its
label, in a table its row's name (read from any figure of the row) or its column's header. A figure whose words name
another year (``上年满意度96.8%``, ``2023年…``) is that year's, not a copy.

A copy stated beside two figures that give it (``收到捐赠资金860.50万元，已拨付802.14万元，
拨付率93.22%``) shows where the rate was computed: figures read elsewhere
as its operands were not (:func:`computed_at`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from auditor.model import Location
from auditor.read.figures import Figure
from auditor.read.implied_rates import rate_stem
from auditor.read.qualifiers import Role
from auditor.read.wording import patterns, words
from auditor.text.units import same_dimension


def rate_word(name: str) -> str:
    """The word a rate's name ends in (``服务对象满意度`` → ``满意度``), or "" for none."""
    stem = rate_stem(name.strip())
    return stem + name.strip()[-1] if len(stem) == 2 else ""


def restatements(
    figures: Iterable[Figure],
    name: str,
    value: Decimal,
    block: int,
    location: Location,
    report_year: int | None,
    tolerance: Decimal = Decimal(0),
) -> tuple[Figure, ...]:
    """The figures outside ``block`` that state the rate ``name`` again at ``value``.

    Within ``tolerance`` of it (0: as written; one unit of its last place for a value
    recomputed, which a copy may state rounded). One per place (a cell read twice is one
    place), in reading order.
    """
    word = rate_word(name)
    if not word:
        return ()
    (other_year,) = patterns("rate_restatements", "other_year")
    figures = list(figures)
    rows = _row_names(figures)
    out: list[Figure] = []
    for fig in figures:
        if fig.kind != "percent" or abs(fig.value - value) > tolerance:
            continue
        if not _states_a_value(fig):
            continue
        if fig.block == block or fig.location == location:
            continue
        words = "/".join((_words(fig), rows.get((fig.block, fig.cell[0]), "") if fig.cell else ""))
        if word not in words or _other_year(other_year, words, report_year):
            continue
        if any(f.location == fig.location for f in out):
            continue
        out.append(fig)
    return tuple(out)


def _states_a_value(fig: Figure) -> bool:
    """A level, or ``达到`` a value whose words name no target (``满意度达到96.8%``)."""
    if not fig.threshold:
        return True
    if fig.role != Role.BOUND or fig.verb not in words("rate_restatements", "reached_verb"):
        return False
    (target,) = patterns("rate_restatements", "target_label")
    return not target.search(fig.label)


def _row_names(figures: list[Figure]) -> dict[tuple[int, int], str]:
    """Per table row, the row names its figures were read with.

    ``督查事项办结率 | 10 | ≥98% | 96.87%``: the rate cell's own row label is the text cell
    left of it (``≥98%``); the 分值 cell's is the row's name.
    """
    rows: dict[tuple[int, int], list[str]] = {}
    for fig in figures:
        if fig.cell is not None and fig.row_label:
            names = rows.setdefault((fig.block, fig.cell[0]), [])
            if fig.row_label not in names:
                names.append(fig.row_label)
    return {key: "/".join(names) for key, names in rows.items()}


def _words(fig: Figure) -> str:
    """What names the figure: its label, and in a table its row's name and column header."""
    return "/".join((fig.label, fig.row_label, *fig.column_path))


def _other_year(other_year: re.Pattern[str], words: str, report_year: int | None) -> bool:
    """Whether the words name a year other than the one evaluated (上年, 2023年)."""
    for m in other_year.finditer(words):
        year = m.group("year")
        if year is None or report_year is None or int(year) != report_year:
            return True
    return False


def computed_at(
    copies: Sequence[Figure],
    figures_by_block: Mapping[int, Sequence[Figure]],
    value: Decimal,
    decimals: int,
) -> Figure | None:
    """The first copy beside two figures of one dimension whose quotient is the rate.

    Beside it: in its paragraph, or in its table row, not its points (``分值 | 得分``: a
    score rate). The quotient agrees with the rate at its written places (rounded or
    truncated).
    """
    unit = Decimal(1).scaleb(-decimals)
    (points,) = patterns("rate_restatements", "points_column")
    for copy in copies:
        near = [
            f
            for f in figures_by_block.get(copy.block, ())
            if f.kind not in ("percent", "score")
            and f.value > 0
            and not f.threshold
            and (copy.cell is None or (f.cell is not None and f.cell[0] == copy.cell[0]))
            and not (f.cell is not None and points.search("/".join((f.label, *f.column_path))))
        ]
        for a, b in itertools.permutations(near, 2):
            if not same_dimension(a.unit, b.unit):
                continue
            if abs(a.base_value / b.base_value * 100 - value) <= unit:
                return copy
    return None


def stated_beside_pair(
    figures: Iterable[Figure],
    figures_by_block: Mapping[int, Sequence[Figure]],
    value: Decimal,
    block: int,
    pair: tuple[Decimal, Decimal],
    tolerance: Decimal,
) -> tuple[Figure, ...]:
    """The percentages outside ``block`` stated at ``value`` beside both figures of ``pair``.

    Why: ``完成全年计划80座的103.57%`` in prose, and the 自评表 row ``危桥改造数量 |
    80座 | 83座 | 103.75%`` that names the rate otherwise: the row holds the same
    two operands (base values) and the rate they give, so it confirms the reading even
    though no rate word ties the two places. In a table, both operands must be in the
    percentage's own row; in a paragraph, in its block.
    """
    wanted = set(pair)
    out: list[Figure] = []
    for fig in figures:
        if fig.kind != "percent" or fig.threshold or fig.block == block:
            continue
        if abs(fig.value - value) > tolerance or any(f.location == fig.location for f in out):
            continue
        near = {
            f.base_value
            for f in figures_by_block.get(fig.block, ())
            if f.kind not in ("percent", "score")
            and not f.threshold
            and (fig.cell is None or (f.cell is not None and f.cell[0] == fig.cell[0]))
        }
        if wanted <= near:
            out.append(fig)
    return tuple(out)
