"""Findings: what a rule says is wrong, with every place it read the numbers.

A rule yields :class:`Issue` objects (message, expected/found, evidence); the runner
stamps the rule's code, name, category and severity to make a :class:`Finding`. A
finding is immutable and self-explaining: a reviewer can verify it from its message
and evidence alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from auditor.model import Location


class Severity(StrEnum):
    """How bad a finding is: error (a figure is wrong), warning (probably), info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort order: errors first."""
        return {"error": 0, "warning": 1, "info": 2}[self.value]

    @property
    def label(self) -> str:
        """Chinese label shown to users."""
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


class Certainty(StrEnum):
    """How sure the reading behind a finding is.

    ``high``: every figure was read from its own words, a header, a row label or a
    caption. ``medium``: the finding relies on a reading that may be wrong (a qualifier
    taken from the head of a sentence, a structure chosen among several); it is never
    an error, only a warning that says what it assumed. ``low``: the rule itself doubts
    that its figures are one quantity (two values far apart, three values for one
    figure); it is only a note (提示) that says how it read them.
    """

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


CATEGORIES = (
    "arithmetic",
    "consistency",
    "scoring",
    "year",
    "completeness",
    "reference",
    "input",
)
CATEGORY_LABELS = {
    "arithmetic": "算术",
    "consistency": "前后一致",
    "scoring": "评分",
    "year": "年份与日期",
    "completeness": "完整性",
    "reference": "参考数据与上年报告",
    "input": "输入文件",
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One place a finding rests on: where, the quoted text, and the value read there."""

    location: Location
    text: str
    value: str | None = None
    role: str = ""
    """What this place is in the finding (``合计``, ``分项``, ``正文``)."""
    section: tuple[str, ...] = ()
    """Headings above the place, outermost first (stamped by the engine)."""

    def to_json(self) -> dict[str, object]:
        """The evidence object of the JSON contract."""
        out = self.location.to_json()
        out["text"] = self.text
        out["value"] = self.value
        if self.role:
            out["role"] = self.role
        if self.section:
            out["heading_path"] = list(self.section)
        return out


@dataclass(frozen=True, slots=True)
class Issue:
    """What a rule reports; the runner turns it into a :class:`Finding`."""

    message: str
    evidence: tuple[Evidence, ...]
    expected: str | None = None
    found: str | None = None
    severity: Severity | None = None
    """Overrides the rule's default (e.g. a rounding-only difference is a warning)."""
    confidence: str = "high"
    certainty: Certainty = Certainty.HIGH
    reading: tuple[str, ...] = ()
    """The readings the finding relied on when it is not certain (``第 3 行的 2.80 万元为
    2024年预算公务接待费``)."""
    key: tuple[object, ...] = ()
    """Identity for merging duplicates (same numbers stated in several places)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A rule's verdict on one problem in one document."""

    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    evidence: tuple[Evidence, ...]
    expected: str | None = None
    found: str | None = None
    title: str = ""
    confidence: str = "high"
    id: str = ""
    """Stable identity (:mod:`auditor.identity`): same defect, same id, in any rendering."""
    status: str | None = None
    """Reviewer status: 已核实/不是问题 (baseline) or 已修正/仍存在/新增 (compare)."""
    note: str | None = None
    """Why the status was given (the baseline's reason and who)."""

    @property
    def dismissed(self) -> bool:
        """A reviewer marked it 不是问题, or it was fixed in the new version."""
        return self.status in ("不是问题", "已修正")

    certainty: Certainty = Certainty.HIGH
    reading: tuple[str, ...] = ()
    """Readings the finding relied on (empty when certain)."""

    @property
    def first_location(self) -> Location:
        """Where the finding primarily points."""
        return self.evidence[0].location if self.evidence else Location()

    def sort_key(self) -> tuple[int, tuple[int, int, int, int, int], str]:
        """Severity, then position, then code: deterministic for diffs."""
        return (self.severity.rank, self.first_location.sort_key(), self.rule)

    def to_json(self) -> dict[str, object]:
        """The finding object of the JSON contract."""
        return {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "expected": self.expected,
            "found": self.found,
            "evidence": [e.to_json() for e in self.evidence],
            "title": self.title,
            "confidence": self.confidence
            if self.certainty == Certainty.HIGH
            else self.certainty.value,
            "certainty": self.certainty.value,
            "reading": list(self.reading),
            "id": self.id,
            **({"status": self.status} if self.status else {}),
            **({"status_note": self.note} if self.note else {}),
        }
