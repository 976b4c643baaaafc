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
from auditor.read.figures import Figure
from auditor.read.wording import patterns, words

HUNDRED = Decimal(100)
_BEFORE = patterns("growth", "growth_before_percent")
_FALL = frozenset(words("growth", "fall_words"))
_PRIOR = tuple(words("growth", "prior_year_words"))
_COMPACT_BASE = patterns("growth", "compact_base")
_COMPACT_DIRECTION = patterns("growth", "compact_direction")
_NOISE = re.compile("|".join(p.pattern for p in patterns("growth", "label_noise")))
_SENTENCE_END = "。；;！？"
_LOOK_BACK = 16


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
        if direction is None:
            compact = _compact(p.text, figures[:i], fig)
            if compact is not None:
                out.append(compact)
            continue
        prior = _prior(p.text, figures[:i], fig)
        if prior is None:
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
        if len(currents) != 1 or prior.value == 0:
            continue  # none, or two different figures of the quantity: abstain
        (current,) = currents.values()
        sign = -1 if direction.group("dir") in _FALL else 1
        out.append(
            Growth(
                stated=fig,
                signed=sign * fig.value,
                current=current,
                prior=prior,
                recomputed=(current.value - prior.value) / prior.value * HUNDRED,
                quantity=quantity,
            )
        )
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
        prior.kind not in ("money", "count")
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
    sign = -1 if direction.group("dir") in _FALL else 1
    return Growth(
        stated=rate,
        signed=sign * rate.value,
        current=current,
        prior=prior,
        recomputed=(current.value - prior.value) / prior.value * HUNDRED,
        quantity=_quantity(current.label) or current.label,
        base=re.sub(r"\s+", "", base.group("base")),
    )


def _prior(text: str, earlier: Sequence[Figure], rate: Figure) -> Figure | None:
    """The nearest figure before ``rate`` labelled as last year's, in its sentence or the one before."""
    start = _sentence_start(text, _sentence_start(text, rate.amount.start) - 1)
    for fig in reversed(earlier):
        if fig.amount.start < start:
            return None
        if fig.kind in ("money", "count") and _is_prior(fig.label):
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
