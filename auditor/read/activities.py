"""Activity figures: counts and payments named by what was done (``摸排出租房屋住户230余户``).

A figure that names no known concept but an activity of the department is read here once,
with its label cleaned of leading words (``全年``, ``共``, ``2024年``) and whether its
clause states a target or a plan (``计划新建15个``, ``绩效目标为：…``) rather than a
result. The IC rules compare activities; they never read the text themselves.
Wording: ``auditor/read/data/cues/activities.yaml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from auditor.model import Document, Paragraph
from auditor.read.facts import FactSheet
from auditor.read.figures import Figure, cue
from auditor.read.lexicon import clean_label
from auditor.text.normalise import clause_start

ACTIVITY_KINDS = ("count", "money", "length", "area")
"""Kinds of figure an activity is counted or paid in."""
CLAUSE_MARKS = "，,；;：:"
"""Marks that end the clause a target word must stand in."""


@dataclass(frozen=True, slots=True)
class Activity:
    """A text figure that names an activity, not a concept of the lexicon."""

    label: str
    """The figure's label without leading words (``摸排出租房屋住户``)."""
    figure: Figure
    planned: bool
    """The figure's clause states a target or a plan, not what was done."""


def read_activities(
    document: Document, figures: Iterable[Figure], facts: FactSheet
) -> Iterator[Activity]:
    """Every text figure of an activity kind that no fact claims, in document order."""
    claimed = {f.figure for f in facts.facts}
    leading = cue("activities", "leading_words")
    for fig in figures:
        if fig.table_value or fig in claimed or fig.kind not in ACTIVITY_KINDS:
            continue
        label = leading.sub("", clean_label(fig.label))
        yield Activity(label, fig, _states_target(document, fig))


def _states_target(document: Document, fig: Figure) -> bool:
    """Whether the figure's clause, before it, says it is a target or plan."""
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph):
        return False
    text = block.text
    if cue("activities", "target_list").search(text[fig.sentence_start : fig.amount.start]):
        return True  # ``绩效目标为：…；新建服务点15个；…``
    start = clause_start(text, fig.amount.start, CLAUSE_MARKS)
    before = text[max(fig.sentence_start, start) : fig.amount.start]
    # Otherwise only the figure's own clause: ``目标值≥150场，全年开展演出162场`` is a result.
    return cue("activities", "target_words").search(before) is not None
