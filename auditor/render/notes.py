"""How a finding reads in a marked-up copy: the note text and which place it anchors on."""

from __future__ import annotations

from auditor.findings import Evidence, Finding
from auditor.identity import normalize_value

AUTHOR = "审核工具"
INITIALS = "审"


def note_lines(finding: Finding) -> list[str]:
    """The note of a Word comment or PDF highlight: rule, severity, message, numbers, id."""
    from auditor.render.wording import figures_line

    lines = [f"【{finding.rule} {finding.severity.label}】{finding.message}"]
    figures = figures_line(finding)
    if figures:
        lines.append(figures)
    if finding.status:
        lines.append(f"状态：{finding.status}" + (f"（{finding.note}）" if finding.note else ""))
    lines.append(f"编号：{finding.id}")
    return lines


def primary_order(finding: Finding) -> list[Evidence]:
    """Evidence ordered for anchoring: the place stating the reported (found) figure first."""
    found = normalize_value(finding.found) if finding.found else None

    def rank(item: tuple[int, Evidence]) -> tuple[int, int]:
        n, e = item
        hit = found is not None and e.value is not None and normalize_value(e.value) == found
        return (0 if hit else 1, n)

    return [e for _, e in sorted(enumerate(finding.evidence), key=rank)]
