"""Findings that rest on OCR readings: say so, and never let an unsure reading be an error.

Each location read from a page image carries the confidence of the figures read there
(:attr:`auditor.model.Location.ocr`). An error whose evidence includes a figure read
with low confidence, or whose shape was wrong (:mod:`auditor.extract.ocr.figures`),
is reported as a warning with low confidence, and its message asks the reviewer to
check the scanned original. Evidence read by OCR says so in its location
(``第 3 页 表 2 第 4 行第 2 列（扫描识别）``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from auditor.extract.ocr.figures import is_uncertain
from auditor.findings import Finding, Severity
from auditor.model import Document

UNCERTAIN_NOTE = "（所据数字为扫描识别且识别不确定，请对照原件核实）"


def doubtful_tables(document: Document) -> set[int]:
    """Numbers of the tables that hold a figure OCR read with low confidence.

    A rule over a table (a column sum, the maxima of a score sheet) may quote only the
    total and the group it checks, yet its result rests on every figure it added up.
    """
    return {
        table.number
        for table in document.tables
        if any(is_uncertain(cell.location.ocr) for cell in table.cells())
    }


def rests_on_uncertain_ocr(finding: Finding, tables: set[int] | None = None) -> bool:
    """Whether the finding quotes an unsure OCR figure, or a table that holds one."""
    tables = tables or set()
    return any(
        is_uncertain(e.location.ocr) or (e.location.ocr is not None and e.location.table in tables)
        for e in finding.evidence
    )


def temper(findings: Iterable[Finding], document: Document | None = None) -> list[Finding]:
    """Errors resting on an uncertain OCR reading become low-confidence warnings."""
    tables = doubtful_tables(document) if document is not None else set()
    out: list[Finding] = []
    for finding in findings:
        if finding.severity is Severity.ERROR and rests_on_uncertain_ocr(finding, tables):
            finding = dataclasses.replace(
                finding,
                severity=Severity.WARNING,
                message=finding.message + UNCERTAIN_NOTE,
                confidence="low",
            )
        out.append(finding)
    return out
