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

UNCERTAIN_NOTE = "（所据数字为扫描识别且识别不确定，请对照原件核实）"


def rests_on_uncertain_ocr(finding: Finding) -> bool:
    """Whether any evidence of the finding is a figure OCR read with low confidence."""
    return any(is_uncertain(e.location.ocr) for e in finding.evidence)


def temper(findings: Iterable[Finding]) -> list[Finding]:
    """Errors resting on an uncertain OCR reading become low-confidence warnings."""
    out: list[Finding] = []
    for finding in findings:
        if finding.severity is Severity.ERROR and rests_on_uncertain_ocr(finding):
            finding = dataclasses.replace(
                finding,
                severity=Severity.WARNING,
                message=finding.message + UNCERTAIN_NOTE,
                confidence="low",
            )
        out.append(finding)
    return out
