"""What a score sheet scores: the department as a whole, or one named project.

A department report often attaches one 项目支出绩效自评表 per major project beside its
整体自评表. Each project sheet has its own total, grade and money block: they are that
project's, never restatements of the department's, so sheets about different subjects
are not compared with each other. Wording is in ``cues/tables.yaml``
(``project_name_row``, ``project_sheet_caption``, ``department_sheet_caption``).
"""

from __future__ import annotations

import re

from auditor.model import Table
from auditor.read.scoring.sheet import table_cue

DEPARTMENT = "部门整体"
"""The subject of the department's own sheet."""

_NAME_ROW = table_cue("project_name_row")
_PROJECT_CAPTION = table_cue("project_sheet_caption")
_DEPARTMENT_CAPTION = table_cue("department_sheet_caption")
_BRACKET = re.compile(r"[（(](?P<name>[^（()）]{2,40})[）)]\s*$")
_NOT_A_NAME = re.compile(r"^(?:续|续表|\d{4}年度?|[一二三四五六七八九十\d]+)$")


def sheet_subject(t: Table) -> str:
    """The project a score table is about, :data:`DEPARTMENT`, or ``""`` when unsaid.

    A ``项目名称`` row names the project; else a project-sheet caption names it in its
    last bracket, or (``附件2-1 项目支出绩效自评表``) the caption itself stands for it.
    """
    for row in t.grid[:4]:
        if row and _NAME_ROW.match(row[0].text.strip()):
            name = next((c.text.strip() for c in row[1:] if c.text.strip()), "")
            if name and not _NAME_ROW.match(name):
                return name
    caption = (t.caption or "").strip()
    if _PROJECT_CAPTION.search(caption):
        m = _BRACKET.search(caption)
        if m and not _NOT_A_NAME.match(m.group("name")):
            return m.group("name")
        return caption
    if _DEPARTMENT_CAPTION.search(caption):
        return DEPARTMENT
    return ""


def same_subject(a: str, b: str) -> bool:
    """Whether two sheets may score the same thing: an unsaid subject may be either."""
    return not a or not b or a == b


def is_project(subject: str) -> bool:
    """Whether the subject is one project (not the department, not unsaid)."""
    return bool(subject) and subject != DEPARTMENT
