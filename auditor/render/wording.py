"""What a finding says about its figures: 应为/报告为 only when one figure is known wrong.

A rule that recomputes a stated result from its own inputs (a formula's result, a score
from the report's own scoring rule, a year, a grade) knows which figure to change and
says ``应为 X，报告为 Y``. A rule that finds two statements disagreeing (a total and its
parts, one quantity stated twice, income and expenditure) cannot know which one is
wrong; it says ``两处不一致：A / B`` with where each is read, and never presents a sum
it computed as something the report stated.
"""

from __future__ import annotations

from auditor.findings import Finding
from auditor.identity import normalize_value
from auditor.text.numbers import chinese_numeral

TWO_SIDED = frozenset(
    {
        "AR001",
        "AR002",
        "AR004",
        "AR006",
        "AR008",
        "IC001",
        "IC002",
        "IC003",
        "IC004",
        "IC006",
        "IC007",
        "SC005",
        "SC008",
    }
)
"""Rules whose findings set two statements against each other (neither known to be wrong)."""


def is_two_sided(finding: Finding) -> bool:
    """Whether the finding cannot tell which of its two figures is the wrong one."""
    return finding.rule in TWO_SIDED


def _side(finding: Finding, value: str) -> str:
    """``512.30（第 4 页）`` when the report states ``value`` somewhere, else ``重算 …``."""
    wanted = normalize_value(value)
    for e in finding.evidence:
        if e.value is not None and wanted in (normalize_value(e.value), _numeral(e.value)):
            return f"{e.value}（{e.location.describe()}）"
    return f"{value}（按所列数值重算）"


def _numeral(text: str) -> str:
    """``三个`` → ``3``: a count written in Chinese numerals before its measure word."""
    digits = text.rstrip("个项次名人件家所条场期批篇")
    value = chinese_numeral(digits)
    return "" if value is None else str(value)


def figures_line(finding: Finding) -> str | None:
    """``应为 X，报告为 Y``, ``两处不一致：A / B``, or None when there is nothing to add.

    A finding with no expected value and several stated ones (``320、400``) lists
    them as disagreeing too; one with a single stated text and no expected value (a
    stale phrase) says nothing more than its message.
    """
    if finding.found is None:
        return f"应为 {finding.expected}" if finding.expected is not None else None
    if finding.expected is None:
        values = [v for v in finding.found.split("、") if v]
        if len(values) < 2:
            return None
        return "不一致：" + " / ".join(_side(finding, v) for v in values)
    if is_two_sided(finding):
        return f"两处不一致：{_side(finding, finding.found)} / {_side(finding, finding.expected)}"
    return f"应为 {finding.expected}，报告为 {finding.found}"
