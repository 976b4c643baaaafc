"""Audit a report text in-process and judge the findings against the metamorphic oracle.

A clean report must get no error-level finding. A report with one planted defect must
get a finding (error or warning) of the defect's rule citing the planted value, and no
error-level finding besides (a second rule reporting the same planted value is allowed
when the defect says so). Each failure has a kind: ``false_error:<rule>``,
``missed:<defect>``, ``extra:<rule>`` or ``crash``.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.findings import Finding, Severity

if TYPE_CHECKING:
    from auditor.engine import Knowledge
    from auditor.runner import RunSettings

    from .defects import Planted

TODAY = "2026-11-26"
"""Fixed "today" for YR002, as ``scripts/quality.py`` uses."""


@lru_cache(maxsize=1)
def _engine() -> tuple[Knowledge, RunSettings]:
    import checks
    from auditor.engine import load_knowledge
    from auditor.registry import select
    from auditor.runner import RunSettings

    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    settings = RunSettings(checks=tuple(select()), options={"YR002": {"today": TODAY}})
    return knowledge, settings


def audit_file_findings(path: Path) -> list[Finding]:
    """Every finding the tool reports on a file, through the library's own entry point."""
    from auditor.engine import audit_file

    knowledge, settings = _engine()
    result, _ = audit_file(path, knowledge, settings)
    if result.status != "ok":
        raise RuntimeError(f"{path}: {result.error}")
    return result.findings


def audit_text(text: str) -> list[Finding]:
    """Every finding the tool reports on ``text`` (what ``audit`` would print).

    The text goes through ``audit_file`` like any report (a temporary ``.txt``), so the
    fuzzer exercises the same path as the command line, in this process.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(text, encoding="utf-8")
        return audit_file_findings(path)


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_LOCATION = re.compile(r"(?:文件)?第\s*\d+\s*[行列页段]|表\s*\d+")


def _said(f: Finding) -> tuple[str, set[Decimal]]:
    """A finding's message, expected/found and evidence values, and the numbers in them."""
    parts = [_LOCATION.sub(" ", f.message), f.expected or "", f.found or ""]
    parts += [e.value or "" for e in f.evidence]
    text = unicodedata.normalize("NFKC", " ".join(parts)).replace("−", "-")
    numbers: set[Decimal] = set()
    for m in _NUMBER.finditer(text):
        try:
            numbers.add(Decimal(m.group(0).replace(",", "")))
        except InvalidOperation:
            continue
    return text, numbers


def cites(f: Finding, values: tuple[str, ...]) -> bool:
    """Whether the finding states any of ``values`` (numbers compared by value)."""
    text, numbers = _said(f)
    for v in values:
        try:
            if Decimal(v) in numbers:
                return True
        except InvalidOperation:
            if v in text:
                return True
    return False


@dataclass(frozen=True)
class Verdict:
    """What went wrong on one case (empty ``failures`` when the oracle holds)."""

    failures: tuple[str, ...]
    findings: tuple[str, ...]
    """``RULE severity: message`` of every error and warning, for reports."""


def judge(findings: list[Finding], planted: Planted | None) -> Verdict:
    """Apply the oracle."""
    shown = tuple(
        f"{f.rule} {f.severity.value}: {f.message}" for f in findings if f.severity != Severity.INFO
    )
    errors = [f for f in findings if f.severity == Severity.ERROR]
    failures: list[str] = []
    if any(f.rule == "AUD001" for f in findings):
        failures.append("crash")
    if planted is None:
        failures += sorted({f"false_error:{f.rule}" for f in errors})
        return Verdict(tuple(failures), shown)
    hit = [
        f
        for f in findings
        if f.rule in planted.rules and f.severity != Severity.INFO and cites(f, planted.cited)
    ]
    if not hit:
        target = f"@{planted.target}" if planted.target else ""
        failures.append(f"missed:{planted.defect}{target}")
    allowed = (*planted.rules, *planted.also)
    extra = {f.rule for f in errors if not (f.rule in allowed and cites(f, planted.cited))}
    failures += sorted(f"extra:{rule}" for rule in extra)
    return Verdict(tuple(failures), shown)
