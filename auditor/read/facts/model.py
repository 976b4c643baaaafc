"""The fact model's data types: a :class:`Fact` and the :class:`FactSheet` of a document.

Every other module of the package makes or reads these; they import nothing of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from auditor.read.figures import Figure
from auditor.read.qualifiers import Basis, Origin, Qualifiers, Role, Scope

_PROJECT_WORD = "项目"
"""The generic word a project's name may end with or leave out."""


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure that states the value of a concept, with the qualifiers it was read with."""

    concept: str
    concept_name: str
    figure: Figure
    year: int | None
    """The year the figure is about (the report's year when nothing else says)."""
    scope: Scope
    basis: Basis
    source: str | None
    origin: str
    """``text``, ``table`` or ``formula``."""
    scope_name: str = ""
    """The sub-unit for :attr:`Scope.UNIT` (``县就业服务中心``)."""
    provenance: Qualifiers = field(default_factory=Qualifiers)
    """Where each qualifier was read (caption, header, label, clause, document)."""
    role: Role = Role.LEVEL
    """The quantity itself, a change of it or a per-head value (:class:`Role`)."""
    role_word: str = ""
    """For a per-head value, per what (``人均``, ``生均``); for a change, its wording."""
    implied_actual: bool = False
    """Spending in prose whose basis nothing states (``部门整体支出3,481.27万元`` in a
    conclusion): 支出 names money spent, so it may join the actual figure when no other
    figure of unstated basis claims it (IC001)."""
    rated: str = ""
    """For a concept named by its object (a rate: ``提案办理满意率``), what it is of
    (``提案办理``); empty when the label states none."""
    period: str = ""
    """A point or part of the year the figure's own words name (``秋季学期``, ``上半年``,
    ``年初``); empty for the year as a whole or its end. Two periods are two quantities."""

    @property
    def source_stated(self) -> bool:
        """Whether the figure's words state its source of funds (one, or every: ``全口径``)."""
        return self.source is not None or self.provenance.source_from != Origin.UNSTATED

    @property
    def value(self) -> Decimal:
        """Value in the base unit of its dimension (元 for money)."""
        return self.figure.base_value

    @property
    def scope_key(self) -> str:
        """The sub-unit's name as compared, without a project's generic ``项目``.

        ``巾帼家政服务培训`` in a table's row and ``巾帼家政服务培训项目`` in prose are one
        project.
        """
        name = self.scope_name
        if self.concept.startswith("rate."):
            return name  # a project's rate restated is AR005's to recompute, not IC001's
        return name[: -len(_PROJECT_WORD)] if name.endswith(_PROJECT_WORD) else name

    def key(self) -> tuple[str, int | None, Scope, str, Basis, str | None, Role, str, str, str]:
        """What must match for two facts to be about the same quantity.

        Equal keys mean every qualifier is stated the same or unstated by both; an
        unstated basis never joins a stated one, a per-head value never joins a level.
        """
        return (
            self.concept,
            self.year,
            self.scope,
            self.scope_key,
            self.basis,
            self.source,
            self.role,
            self.role_word,
            self.rated,
            self.period,
        )

    def reading_text(self) -> str:
        """How the figure was read, for ``按…理解`` (``2024年·预算·全部门``)."""
        parts = [f"{self.year}年" if self.year else "年度未注明"]
        if self.role != Role.LEVEL:
            parts.append(self.role_word or self.role.label)
        if self.basis != Basis.UNSTATED:
            parts.append(self.basis.label)
        if self.scope == Scope.UNIT and self.scope_name:
            parts.append(self.scope_name)
        elif self.scope not in (Scope.TOTAL, Scope.UNSTATED):
            parts.append(self.scope.label)
        elif self.scope == Scope.TOTAL and "范围" in self.provenance.inferred():
            parts.append(f"{self.scope.label}（非某项目）")
        return f"{''.join(parts)}{self.rated}{self.concept_name}"


@dataclass(frozen=True, slots=True)
class FactSheet:
    """All facts, indexed by concept for rules that look one concept up.

    :attr:`facts` and :attr:`by_concept` hold levels only (what a rule means by a
    concept); changes and per-head values are in :attr:`roles`, shown to reviewers and
    compared only with figures of the same role.
    """

    facts: tuple[Fact, ...]
    by_concept: dict[str, tuple[Fact, ...]]
    roles: tuple[Fact, ...] = ()

    @classmethod
    def indexed(cls, facts: Sequence[Fact], roles: tuple[Fact, ...] = ()) -> FactSheet:
        """The sheet of ``facts`` (levels), indexed by concept in their order."""
        index: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            index[fact.concept].append(fact)
        return cls(tuple(facts), {k: tuple(v) for k, v in index.items()}, roles)

    def of(self, concept: str) -> tuple[Fact, ...]:
        """Facts stating ``concept`` (any qualifiers)."""
        return self.by_concept.get(concept, ())
