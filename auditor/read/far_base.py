"""A rate stated beside its part only, over last year's whole of the same noun.

``2023年，受理投诉1,204件。…本年受理投诉1,318件。`` and, paragraphs later, ``全年办结
投诉1,251件，办结率103.90%``: 1,251 ÷ 1,204 is the written rate, this year's part over
last year's whole, while this year's whole (1,318) is stated; by it the rate is 94.92 %.
The rate's sentence holds its part only (a count its stem names: 办结 for 办结率), so the
readings beside operands (:mod:`auditor.read.implied_rates`) see no pair; the two
wholes are found anywhere in the report, one marked as another year's by the words
before it in its sentence, the other as this year's (or unmarked), both with one noun.

Only when the other year's figure gives the written rate to its written places and
this year's does not (a rate right over this year's whole says nothing), and each
whole is the only one of its year. A change (``同比增长``) is no quotient of this kind.
Wording is data (``cues/implied_rates.yaml``); AR005 reports it (``checks/_far_base.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from auditor.model import Document, Paragraph
from auditor.read.figures import Figure
from auditor.read.implied_rates import HUNDRED, rate_stem
from auditor.read.wording import keys, patterns
from auditor.text.units import same_dimension


@dataclass(frozen=True, slots=True)
class FarBase:
    """A rate, its part beside it, and the two years' wholes stated elsewhere."""

    rate: Figure
    name: str
    part: Figure
    this_year: Figure
    other_year: Figure
    right: Decimal
    """Percent: the part over this year's whole, not rounded."""


def _gives(part: Figure, whole: Figure, rate: Figure) -> bool:
    """Whether part ÷ whole, rounded to the rate's written places, is the written rate."""
    quantum = Decimal(1).scaleb(-rate.amount.decimals)
    value = part.base_value / whole.base_value * HUNDRED
    return value.quantize(quantum, rounding=ROUND_HALF_UP) == rate.value.quantize(quantum)


def _rate_clause(text: str, rate: Figure) -> str:
    """The rate's sentence up to the end of the rate's own clause (``…，较上年增长5.2%``)."""
    m = re.search(r"[，,。；;！？!?]", text[rate.amount.end :])
    return text[rate.sentence_start : rate.amount.end + (m.start() if m else 0)]


def _rate_name(text: str, fig: Figure) -> str:
    before = text[fig.sentence_start : fig.amount.start]
    for p in patterns("implied_rates", "rate_name"):
        m = p.search(before)
        if m and m.group("name").endswith("率"):
            return m.group("name")
    return ""


def _names_stem(label: str, stem: str) -> bool:
    if stem in label:
        return True
    key = f"stem_named_{stem}"
    return key in keys("implied_rates") and any(
        p.search(label) for p in patterns("implied_rates", key)
    )


def _year_of(text: str, fig: Figure, report_year: int | None) -> str:
    """``other``, ``this`` or ``""``: the year the words before it in its sentence mark.

    The last year word before the figure decides (``2023年，…4,906件`` another year;
    ``2024年，…全年新收5,218件`` this year's); none marks this year's figure unmarked.
    """
    before = text[fig.sentence_start : fig.amount.start]
    (year_re,) = patterns("implied_rates", "year_words")
    found = list(year_re.finditer(before))
    if not found:
        return "this"
    word = found[-1].group()
    (other_re,) = patterns("implied_rates", "other_year_words")
    number = re.match(r"\d{4}", word)
    if number is not None:
        return "this" if report_year is not None and int(number.group()) == report_year else "other"
    return "other" if other_re.search(word) else "this"


def _core(label: str) -> str:
    (year_re,) = patterns("implied_rates", "year_words")
    return year_re.sub("", label).strip("：:，, ")


def _same_noun(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    return len(ca) >= 2 and len(cb) >= 2 and (ca.endswith(cb) or cb.endswith(ca))


def far_bases(
    document: Document,
    figures: Sequence[Figure],
    report_year: int | None,
    taken: set[tuple[int, str]],
) -> Iterator[FarBase]:
    """Stated rates beside their part only that last year's whole of a noun gives.

    ``taken``: (block, raw) of rates another reading recomputes (formulas, rates beside
    their pair), not read again here.
    """
    texts = {b.index: b.text for b in document.blocks if isinstance(b, Paragraph)}
    changes = patterns("implied_rates", "not_a_quotient")
    levels = [
        f
        for f in figures
        if f.block in texts and f.kind != "percent" and f.value > 0 and not f.threshold
    ]
    by_sentence: dict[tuple[int | None, int], list[Figure]] = {}
    for f in levels:
        by_sentence.setdefault((f.block, f.sentence_start), []).append(f)
    for rate in figures:
        text = texts.get(rate.block)
        if (
            text is None
            or rate.kind != "percent"
            or rate.threshold
            or (rate.block, rate.amount.raw) in taken
        ):
            continue
        name = _rate_name(text, rate)
        stem = rate_stem(name)
        if len(stem) != 2 or any(p.search(_rate_clause(text, rate)) for p in changes):
            continue
        beside = by_sentence.get((rate.block, rate.sentence_start), [])
        found = _far_base(report_year, texts, levels, beside, rate, name, stem)
        if found is not None:
            yield found


def _far_base(
    year: int | None,
    texts: dict[int, str],
    levels: Sequence[Figure],
    sentence: Sequence[Figure],
    rate: Figure,
    name: str,
    stem: str,
) -> FarBase | None:
    beside = [f for f in sentence if f.amount.start < rate.amount.start]
    parts = [f for f in beside if _names_stem(f.label, stem)]
    if len(parts) != 1 or len(beside) != 1:
        return None  # the part alone beside the rate; a pair beside it is read there
    (part,) = parts
    wholes = [
        f
        for f in levels
        if same_dimension(f.unit, part.unit)
        and f.base_value > 0
        and not _names_stem(f.label, stem)
        and f is not part
    ]
    for other in wholes:
        if not _gives(part, other, rate):
            continue
        if _year_of(texts[other.block], other, year) != "other":
            continue
        this = [
            f
            for f in wholes
            if f is not other
            and f.base_value != other.base_value
            and _same_noun(f.label, other.label)
            and _year_of(texts[f.block], f, year) == "this"
        ]
        others = [
            f
            for f in wholes
            if _same_noun(f.label, other.label)
            and _year_of(texts[f.block], f, year) == "other"
            and f.base_value != other.base_value
        ]
        if len({f.base_value for f in this}) != 1 or others:
            continue
        whole = this[0]
        if whole.base_value < part.base_value or _gives(part, whole, rate):
            continue
        right = part.base_value / whole.base_value * HUNDRED
        return FarBase(rate, name, part, whole, other, right)
    return None
