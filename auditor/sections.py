"""Where a place sits in the report's outline: the headings above it.

A page or paragraph number is not what a Word user navigates by; the heading path
(``二、部门整体支出绩效情况 › (三)预算执行``) plus the quoted text is. The engine stamps
each piece of evidence with the path of the block it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.findings import Evidence, Finding
from auditor.model import Document, Location, Paragraph, Table

MAX_HEADING_CHARS = 40


def heading_paths(
    document: Document,
) -> tuple[dict[Location, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """Paths by paragraph location and by table number."""
    stack: list[tuple[int, str]] = []
    by_location: dict[Location, tuple[str, ...]] = {}
    by_table: dict[int, tuple[str, ...]] = {}
    for block in document.blocks:
        if isinstance(block, Paragraph) and block.heading_level is not None:
            level = block.heading_level
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, block.text[:MAX_HEADING_CHARS]))
            by_location.setdefault(block.location, tuple(text for _, text in stack))
            continue
        path = tuple(text for _, text in stack)
        if isinstance(block, Table):
            by_table.setdefault(block.number, path)
        else:
            by_location.setdefault(block.location, path)
    return by_location, by_table


def stamp_sections(findings: Sequence[Finding], document: Document) -> list[Finding]:
    """Return ``findings`` with the heading path of every evidence place."""
    by_location, by_table = heading_paths(document)

    def path_of(evidence: Evidence) -> tuple[str, ...]:
        loc = evidence.location
        if loc.file is not None:
            return ()  # a place in the reference table or last year's report
        if loc.table is not None:
            return by_table.get(loc.table, ())
        return by_location.get(loc, ())

    return [
        replace(f, evidence=tuple(replace(e, section=path_of(e)) for e in f.evidence))
        for f in findings
    ]
