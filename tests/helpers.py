"""Shared test helpers: audit a mini report written inline, with every rule loaded."""

from __future__ import annotations

from functools import lru_cache

import checks
from auditor.engine import Knowledge, load_knowledge
from auditor.extract.plaintext import parse_text
from auditor.findings import Finding
from auditor.read.reading import Reading, read
from auditor.registry import select
from auditor.runner import RunSettings, run_checks

TODAY = "2026-11-26"


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    return load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)


def read_text(text: str) -> Reading:
    k = knowledge()
    return read(parse_text(text, "<test>"), k.lexicon, k.framework)


def audit_text(
    text: str, rules: list[str] | None = None, options: dict | None = None
) -> list[Finding]:
    reading = read_text(text)
    opts = {"YR002": {"today": TODAY}}
    opts.update(options or {})
    settings = RunSettings(checks=tuple(select(rules or [])), options=opts, raise_errors=True)
    return run_checks(reading, settings)


def finding_mentions(f: Finding, value: str) -> bool:
    """Whether a value (as written) appears in a finding's numbers or message."""
    haystack = [
        f.expected or "",
        f.found or "",
        f.message,
        *(e.value or "" for e in f.evidence),
        *(e.text for e in f.evidence),
    ]
    plain = value.replace(",", "")
    return any(value in h or plain in h.replace(",", "") for h in haystack)
