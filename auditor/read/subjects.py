"""Which paragraphs speak of one named project or item, not of the department.

Nearly every report has a section on 项目支出 with one numbered paragraph or sub-heading
per project, each stating that project's own money::

    （一）高标准农田建设工程
    年初预算600.00万元，调整后预算612.00万元，实际支出598.20万元。
    3.乡村振兴示范村创建行动：调整后预算300.00万元，实际支出280.50万元。

Those figures are the project's: :func:`project_subjects` names the project each such
paragraph speaks of, so the fact reader scopes its unscoped figures to it and
department-level comparisons leave them out. The wording is data
(``data/cues/subjects.yaml``).
"""

from __future__ import annotations

import re

from auditor.model import Document, Paragraph
from auditor.read.wording import patterns


def _first(key: str, text: str) -> re.Match[str] | None:
    for pattern in patterns("subjects", key):
        m = pattern.search(text)
        if m:
            return m
    return None


def project_name(text: str, *, heading: bool) -> str:
    """The project a heading (``heading``) or a paragraph's opening names, or ""."""
    m = _first("project_heading" if heading else "project_opener", text)
    if m is None:
        return ""
    name = m.group("name").strip()
    if _first("not_a_project", name) is not None:
        return ""
    return name


def project_subjects(doc: Document) -> dict[int, str]:
    """Block index → the project the paragraph speaks of (only paragraphs that have one).

    A paragraph opening with a numbered project name speaks of it; so does every paragraph
    under a heading naming a project (up to the next heading of its level or above) and
    every paragraph after a line that is only a project's name (up to the next heading or
    numbered paragraph).
    """
    out: dict[int, str] = {}
    heading: tuple[int, str] | None = None
    line: str = ""
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            line = ""
            continue
        text = block.text
        if block.heading_level is not None:
            line = ""
            if heading is not None and block.heading_level <= heading[0]:
                heading = None
            name = project_name(text, heading=True) or project_name(text, heading=False)
            if name:
                # A numbered line read as a heading may carry the project's figures too
                # (``2.非遗保护传承专项：调整后预算58.00万元…``).
                heading = (block.heading_level, name)
                out[block.index] = name
            continue
        own = project_name(text, heading=False)
        if own:
            out[block.index] = own
            line = ""
            continue
        standalone = project_name(text, heading=True)
        if standalone:
            line = standalone
            continue
        if _first("numbered_start", text) is not None:
            line = ""
        if line:
            out[block.index] = line
        elif heading is not None:
            out[block.index] = heading[1]
    return out
