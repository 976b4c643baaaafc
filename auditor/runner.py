"""Run the selected rules over one reading; a rule that crashes never stops the audit.

Each rule's issues become findings stamped with the rule's metadata and the severity
the configuration assigns. Issues with the same merge key (the same numbers stated in
several places, e.g. a 汇总 row and the identical 本级 row) become one finding citing
every place. A crashing rule yields one ``AUD001`` finding naming the rule.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from auditor.findings import Certainty, Evidence, Finding, Issue, Severity
from auditor.registry import DEFER_TO, CheckSpec

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunSettings:
    """What to run and how: rule list, severity overrides, per-rule options."""

    checks: tuple[CheckSpec, ...]
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    raise_errors: bool = False
    """Tests set this so a crashing rule fails loudly instead of becoming AUD001."""
    reference: object | None = None
    """``--reference``: the bureau's table each report is matched with (REF rules), an
    :class:`auditor.reference.table.ReferenceTable` (typed loosely: the runner stands
    below ``auditor.reference`` in the pipeline)."""


def run_checks(reading: Any, settings: RunSettings) -> list[Finding]:
    """Run every selected rule and return merged, sorted findings."""
    findings: list[Finding] = []
    selected = {spec.code for spec in settings.checks}
    for spec in settings.checks:
        options = {**spec.default_options(), **settings.options.get(spec.code, {})}
        if spec.defers_to:
            options[DEFER_TO] = frozenset(c for c in spec.defers_to if c in selected)
        try:
            issues = list(spec.function(reading, options))
        except Exception as exc:
            if settings.raise_errors:
                raise
            log.debug("rule %s crashed:\n%s", spec.code, traceback.format_exc())
            findings.append(_crash(spec, exc))
            continue
        severity = settings.severity.get(spec.code)
        findings.extend(_merge(spec, issues, severity))
    findings.sort(key=Finding.sort_key)
    return findings


def _merge(spec: CheckSpec, issues: Iterable[Issue], override: Severity | None) -> list[Finding]:
    merged: dict[object, tuple[Issue, list[Evidence]]] = {}
    order: list[object] = []
    for n, issue in enumerate(issues):
        key: object = issue.key or ("#", n)
        if key in merged:
            _first, evidence = merged[key]
            for e in issue.evidence:
                if all(e.location != x.location or e.text != x.text for x in evidence):
                    evidence.append(e)
            continue
        merged[key] = (issue, list(issue.evidence))
        order.append(key)
    out: list[Finding] = []
    for key in order:
        issue, evidence = merged[key]
        severity = override or issue.severity or spec.severity
        if override is None and issue.certainty == Certainty.LOW:
            severity = Severity.INFO  # a reading the rule itself doubts: a note, no more
        elif override is None and severity == Severity.ERROR and issue.certainty != Certainty.HIGH:
            severity = Severity.WARNING  # an unsure reading is never an error
        out.append(
            Finding(
                rule=spec.code,
                name=spec.name,
                category=spec.category,
                severity=severity,
                message=issue.message,
                evidence=tuple(evidence),
                expected=issue.expected,
                found=issue.found,
                title=spec.title,
                confidence=issue.confidence,
                certainty=issue.certainty,
                reading=issue.reading,
            )
        )
    return out


def _crash(spec: CheckSpec, exc: BaseException) -> Finding:
    return Finding(
        rule="AUD001",
        name="check-crashed",
        category="input",
        severity=Severity.WARNING,
        message=f"规则 {spec.code}（{spec.name}）运行出错，已跳过：{type(exc).__name__}。这是审核工具的缺陷，不是报告的问题。",
        evidence=(),
        title="规则运行出错",
    )
