"""The standard indicator framework (data in ``auditor/read/data/indicators.yaml``).

Used where a report states no scoring rule of its own, and to recompute rates a report
states without their formula. A finance bureau can point ``framework`` in
``auditor.toml`` at its own file of the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from auditor.read.scoring.rules import ScoringRule, parse_rule

FRAMEWORK_PATH = Path(__file__).parent.parent / "data" / "indicators.yaml"
"""The standard indicator framework shipped with auditor (overridable in ``auditor.toml``)."""


@dataclass(frozen=True, slots=True)
class FrameworkIndicator:
    """One standard indicator: names, maximum, formula in concept terms, rule."""

    name: str
    aliases: tuple[str, ...]
    maximum: int | None
    numerator: str | None
    denominator: str | None
    numerator_basis: str | None
    denominator_basis: str | None
    change_of: str | None
    basis: str | None
    rule_text: str

    @property
    def rule(self) -> ScoringRule | None:
        """The parsed standard rule, if any."""
        return parse_rule(self.rule_text) if self.rule_text else None


@dataclass(frozen=True, slots=True)
class Framework:
    """All standard indicators and where they come from."""

    indicators: tuple[FrameworkIndicator, ...]
    source: str
    path: str

    def find(self, name: str) -> FrameworkIndicator | None:
        """The standard indicator an indicator name refers to (by alias)."""
        cleaned = re.sub(r"[“”\"\s]", "", name)
        best: tuple[int, FrameworkIndicator] | None = None
        for ind in self.indicators:
            for alias in ind.aliases:
                a = re.sub(r"[“”\"\s]", "", alias)
                if a and a in cleaned and (best is None or len(a) > best[0]):
                    best = (len(a), ind)
        return best[1] if best else None


def load_framework(path: Path) -> Framework:
    """Read a framework YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = []
    for entry in data.get("indicators", []):
        items.append(
            FrameworkIndicator(
                name=entry["name"],
                aliases=tuple(entry.get("aliases", [entry["name"]])),
                maximum=entry.get("maximum"),
                numerator=entry.get("numerator"),
                denominator=entry.get("denominator"),
                numerator_basis=entry.get("numerator_basis"),
                denominator_basis=entry.get("denominator_basis"),
                change_of=entry.get("change_of"),
                basis=entry.get("basis"),
                rule_text=entry.get("rule", ""),
            )
        )
    return Framework(tuple(items), str(data.get("source", "")), str(path))
