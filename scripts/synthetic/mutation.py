"""A planted defect and its answer-key entries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class Mutation:
    """One planted defect: slot overrides and/or changed scores, with its answer-key entries."""

    code: str
    note: str
    overrides: dict[str, str] = field(default_factory=dict)
    scores: dict[str, Decimal] = field(default_factory=dict)
    total_all: Decimal | None = None
    """A wrong total written everywhere the total is stated (SC005)."""
    grade: str | None = None
    expect: list[dict[str, Any]] = field(default_factory=list)
    allow: list[dict[str, Any]] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


CLEAN = Mutation("clean", "无缺陷")


def entry(
    rule: str, values: Iterable[str] = (), note: str = "", severity: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"rule": rule}
    if severity:
        out["severity"] = severity
    vals = [str(v) for v in values]
    if vals:
        out["values"] = vals
    if note:
        out["note"] = note
    return out
