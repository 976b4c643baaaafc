"""Growth rates stated beside the two years' figures they compare.

``上年支出950.42万元，本年比上年增长4.36%`` in a paragraph that states this year's
支出合计 1,027.56 万元: the rate is (1,027.56 − 950.42) / 950.42. The prior figure is the
nearest one before the rate, in its sentence or the one before, whose label says last
year (``上年支出``); this year's is the figure of the same paragraph whose label names the
same quantity once year and total words are dropped (``2024年度支出合计`` → ``支出``).
When no such figure is found, or two with different values are, nothing is read. Cue
words are in ``data/cues/growth.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Paragraph
from auditor.read.figures import Figure, cue
from auditor.read.wording import patterns, words

HUNDRED = Decimal(100)
_BEFORE = patterns("growth", "growth_before_percent")
_FALL = frozenset(words("growth", "fall_words"))
_PRIOR = tuple(words("growth", "prior_year_words"))
_COMPACT_BASE = patterns("growth", "compact_base")
_COMPACT_DIRECTION = patterns("growth", "compact_direction")
_PAIR_DIRECTION = patterns("growth", "pair_direction")
_PAIR_PRIOR = patterns("growth", "pair_prior")
_PAIR_CHANGE = patterns("growth", "pair_change")
_NOISE = re.compile("|".join(p.pattern for p in patterns("growth", "label_noise")))
_SENTENCE_END = "。；;！？"
_LOOK_BACK = 16


GROWN_KINDS = ("money", "count", "length", "area", "mass")
"""Kinds of figure whose change over a year a rate may state (``能耗…千克``, ``面积…亩``)."""


@dataclass(frozen=True, slots=True)
class Growth:
    """A stated change over last year and the two figures it compares."""

    stated: Figure
    signed: Decimal
    """The stated percentage with its direction (negative for 下降/减少)."""
    current: Figure
    prior: Figure
    recomputed: Decimal
    """(current − prior) / prior × 100, not rounded."""
    quantity: str
    """The quantity both labels name (``支出``)."""
    base: str = "上年"
    """The base period as written (``上年``, ``2024年``)."""


def growth_rates(p: Paragraph, figures: Sequence[Figure]) -> list[Growth]:
    """Growth rates of one paragraph whose two figures the paragraph itself states."""
    out: list[Growth] = []
    for i, fig in enumerate(figures):
        if fig.kind != "percent" or fig.threshold:
            continue
        before = p.text[max(0, fig.amount.start - _LOOK_BACK) : fig.amount.start]
        direction = next((m for rx in _BEFORE if (m := rx.search(before))), None)
        prior = _prior(p.text, figures[:i], fig) if direction is not None else None
        if direction is None or prior is None:
            other = _compact(p.text, figures[:i], fig) or _pair(p.text, figures[:i], fig)
            if other is not None:
                out.append(other)
            continue
        quantity = _quantity(prior.label)
        currents = {
            f.value: f
            for f in figures
            if f is not prior
            and f.kind == prior.kind
            and f.unit == prior.unit
            and not _is_prior(f.label)
            and quantity
            and _quantity(f.label) == quantity
        }
        if not currents and (other := _pair(p.text, figures[:i], fig)) is not None:
            out.append(other)  # ``上年为1,874.25万元``: the label names no quantity
            continue
        if len(currents) != 1 or prior.value == 0:
            continue  # none, or two different figures of the quantity: abstain
        (current,) = currents.values()
        out.append(_growth(fig, direction, current, prior, quantity))
    return out


def _compact(text: str, earlier: Sequence[Figure], rate: Figure) -> Growth | None:
    """``X批次，较2024年的Y批次增长Z%``: the two figures right before the rate, in one clause.

    The base figure stands right before the direction word, named after 较/比 and its
    period; this year's figure right before that. Both are amounts or counts of one
    unit; anything else between them and nothing is read.
    """
    if len(earlier) < 2:
        return None
    current, prior = earlier[-2], earlier[-1]
    if (
        prior.kind not in GROWN_KINDS
        or current.kind != prior.kind
        or current.unit != prior.unit
        or prior.value == 0
    ):
        return None
    direction = next(
        (
            m
            for rx in _COMPACT_DIRECTION
            if (m := rx.match(text[prior.amount.end : rate.amount.start]))
        ),
        None,
    )
    base = next(
        (
            m
            for rx in _COMPACT_BASE
            if (m := rx.match(text[current.amount.end : prior.amount.start]))
        ),
        None,
    )
    if direction is None or base is None:
        return None
    return _growth(
        rate,
        direction,
        current,
        prior,
        _quantity(current.label) or current.label,
        re.sub(r"\s+", "", base.group("base")),
    )


def _pair(text: str, earlier: Sequence[Figure], rate: Figure) -> Growth | None:
    """A change stated after the only two figures of one unit in its sentence.

    ``检测收入由2024年的1,874.25万元增加到2025年的2,031.60万元，增长8.40%`` or
    ``本年收入2,031.60万元，上年1,874.25万元，增长8.40%``: one figure is marked as the
    base by the words right before it (上年, an earlier year than the other's, 由 … 增至)
    and the other is not. A figure right after 增加/减少 is the change itself: nothing
    is read then, nor when a third figure of the unit or two marks stand in the sentence.
    """
    start = _sentence_start(text, rate.amount.start)
    tail = text[max(start, rate.amount.start - _LOOK_BACK) : rate.amount.start]
    direction = next((m for rx in _PAIR_DIRECTION if (m := rx.search(tail))), None)
    if direction is None:
        return None
    figs = [f for f in earlier if f.amount.start >= start and f.kind in GROWN_KINDS]
    if len(figs) != 2 or figs[0].unit != figs[1].unit:
        return None
    clause = max(start, *(text.rfind(ch, 0, figs[0].amount.start) + 1 for ch in "，,；;"))
    leads = (
        text[clause : figs[0].amount.start],
        text[
            max(
                figs[0].amount.end,
                *(text.rfind(ch, 0, figs[1].amount.start) + 1 for ch in "，,；;"),
            ) : figs[1].amount.start
        ],
    )
    if any(rx.search(lead) for lead in leads for rx in _PAIR_CHANGE):
        return None  # ``较上年增加157.35万元``: the change, not a year's figure
    years = [[int(y) for y in re.findall(r"(?:19|20)\d{2}(?=\s*年)", lead)] for lead in leads]
    marked = [
        any(rx.search(lead) for rx in _PAIR_PRIOR)
        or (bool(years[k]) and bool(years[1 - k]) and max(years[k]) < min(years[1 - k]))
        for k, lead in enumerate(leads)
    ]
    if marked.count(True) != 1 or figs[0].value == figs[1].value:
        return None
    prior, current = (figs[0], figs[1]) if marked[0] else (figs[1], figs[0])
    if prior.value == 0:
        return None
    quantity = _quantity(cue("growth", "change_from").split(text[start : figs[0].amount.start])[0])
    return _growth(rate, direction, current, prior, quantity or current.label)


def _growth(
    rate: Figure,
    direction: re.Match[str],
    current: Figure,
    prior: Figure,
    quantity: str,
    base: str = "上年",
) -> Growth:
    """The change a sentence states, signed by its direction word, with its recomputation."""
    sign = -1 if direction.group("dir") in _FALL else 1
    return Growth(
        stated=rate,
        signed=sign * rate.value,
        current=current,
        prior=prior,
        recomputed=(current.value - prior.value) / prior.value * HUNDRED,
        quantity=quantity,
        base=base,
    )


def _prior(text: str, earlier: Sequence[Figure], rate: Figure) -> Figure | None:
    """The nearest figure before ``rate`` labelled as last year's, in its sentence or the one before."""
    start = _sentence_start(text, _sentence_start(text, rate.amount.start) - 1)
    for fig in reversed(earlier):
        if fig.amount.start < start:
            return None
        if fig.kind in GROWN_KINDS and _is_prior(fig.label):
            return fig
    return None


def _sentence_start(text: str, at: int) -> int:
    """Offset where the sentence holding ``at`` starts."""
    i = at
    while i > 0 and text[i - 1] not in _SENTENCE_END:
        i -= 1
    return max(0, i)


def _is_prior(label: str) -> bool:
    return label.startswith(_PRIOR)


def _quantity(label: str) -> str:
    """The quantity a label names once year and total words are dropped."""
    return _NOISE.sub("", label).strip("，,：: ")
