"""A narrative indicator's target and actual value, read from its own paragraphs.

``（三）培训人次（10分）年度目标为培训1000人次，实际完成800人次``: the paragraphs
between the indicator's heading and the next one (``Indicator.blocks``) are read by
:func:`~auditor.read.scoring.targets.text_target`, so SC010 reads the result, not the text.
"""

from __future__ import annotations

from auditor.model import Document, Location, Paragraph
from auditor.read.scoring.sheet import Indicator
from auditor.read.scoring.targets import (
    Measure,
    TextTarget,
    text_actual,
    text_target,
    text_target_alone,
)


def _paragraphs(document: Document, indicator: Indicator) -> list[tuple[str, Location]]:
    """The indicator's paragraphs; only its own clause of a paragraph scoring several."""
    first, end = indicator.blocks
    out = [(b.text, b.location) for b in document.blocks[first:end] if isinstance(b, Paragraph)]
    if indicator.clause is not None and out and isinstance(document.blocks[first], Paragraph):
        begin, cut = indicator.clause
        out[0] = (out[0][0][begin:cut], out[0][1])
    return out


def indicator_text_target(document: Document, indicator: Indicator) -> TextTarget | None:
    """The one target and actual value ``indicator``'s paragraphs state, compared; else None."""
    return text_target(indicator.name, _paragraphs(document, indicator))


def indicator_text_actual(document: Document, indicator: Indicator) -> Measure | None:
    """The one actual value ``indicator``'s paragraphs state (its rule may state the target)."""
    return text_actual(_paragraphs(document, indicator))


def indicator_text_target_alone(document: Document, indicator: Indicator) -> Measure | None:
    """The one target ``indicator``'s paragraphs state, whatever its actual is said as."""
    return text_target_alone(_paragraphs(document, indicator))
