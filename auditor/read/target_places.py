"""Places that state targets: a heading or a paragraph's own title naming goals.

``二、年度绩效目标`` or a paragraph opening ``（一）产出目标。`` says what the department
aimed at; the counts there (``送戏下乡120场``) are targets, not results, and no rule
compares them with what was done. A heading alone does not make a concept's figure a
target (the example report states its year's spending under ``年度整体支出绩效目标``);
a paragraph's own title (``（二）年度目标。“三公”经费支出8.00万元``) does. The innermost heading that
reports on targets (``绩效目标完成情况``) speaks of results, and under it a paragraph's
``产出目标。`` only leads its results.
Wording: ``auditor/read/data/cues/activities.yaml`` (``target_section``, ``target_lead``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.model import Document, Paragraph
from auditor.read.facts import Fact, FactSheet
from auditor.read.figures import cue
from auditor.read.qualifiers import BUDGETS, Role


def target_place(titles: Sequence[str], paragraph: str, *, by_heading: bool = True) -> bool:
    """Whether a paragraph under ``titles`` (innermost first) states targets.

    A paragraph that checks results against targets (``对照…``, ``完成情况``) does not.

    ``by_heading=False`` trusts only the paragraph's own title: a heading of targets
    (``部门年度整体支出绩效目标``) often goes on to state the year's spending.
    """
    reported = False
    for title in titles:
        if not title:
            continue
        if cue("activities", "plan_section_results").search(title):
            reported = cue("activities", "target_words").search(title) is not None
            break
        if by_heading and cue("activities", "target_section").search(title):
            return True
    return (
        not reported
        and cue("activities", "target_lead").match(paragraph) is not None
        and cue("facts", "target_checked").search(paragraph) is None
    )


def checked_after(text: str, end: int) -> bool:
    """Whether the words after a figure say how its target came out (``…99.1%，已完成``)."""
    return cue("facts", "target_result_after").match(text, end) is not None


def targets_in_target_places(
    sheet: FactSheet, document: Document, titles: Sequence[Sequence[str]]
) -> FactSheet:
    """The facts with each prose level in a paragraph led by a title of targets read as one.

    A budget stays a level (``年度绩效目标``'s ``全年预算500.00万元`` is the budget); any
    other value stated there is the plan's, kept among the roles like a target a clause
    names (``年度绩效目标：…``).
    """
    kept: list[Fact] = []
    moved: list[Fact] = []
    for fact in sheet.facts:
        fig = fact.figure
        block = document.blocks[fig.block]
        if (
            fig.cell is None
            and isinstance(block, Paragraph)
            and fact.role == Role.LEVEL
            and fact.basis not in BUDGETS
            and fig.block < len(titles)
            and target_place(titles[fig.block], block.text, by_heading=False)
            and not checked_after(block.text, fig.amount.end)
        ):
            moved.append(replace(fact, role=Role.TARGET, role_word=""))
        else:
            kept.append(fact)
    if not moved:
        return sheet
    return FactSheet.indexed(kept, sheet.roles + tuple(moved))
