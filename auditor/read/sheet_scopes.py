"""A project's score sheet states that project's money, not the department's.

A report that attaches one 项目支出绩效自评表 per project beside its 整体自评表 writes a
``年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数`` block in each: each block is its
project's. Read before the sheets are known, those cells take the department's scope
and two projects' budgets meet as one quantity told twice (IC001). Once the sheets are
read, a project sheet's cells take the project as their scope.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.read.facts import Fact, FactSheet
from auditor.read.qualifiers import Origin, Scope
from auditor.read.scoring.sheet import ScoreSheet
from auditor.read.scoring.subjects import is_project


def with_project_scopes(facts: FactSheet, sheets: Sequence[ScoreSheet]) -> FactSheet:
    """Facts read in a project's sheet scoped to that project, when sheets score several things.

    A report scoring one project in one sheet keeps its reading: that project is the
    report's subject, its sheet and its prose state the same money.
    """
    if len({s.subject for s in sheets if s.kind == "table"}) < 2:
        return facts
    project_of = {
        n: s.subject for s in sheets if is_project(s.subject) for n in (*s.table_numbers, *s.joined)
    }
    if not project_of:
        return facts

    def scoped(fact: Fact) -> Fact:
        table = fact.figure.location.table
        name = project_of.get(table) if table is not None else None
        if name is None:
            return fact
        # The block's row labels (``项目资金（元）/年度资金总额``) name no unit of the
        # department: whatever scope they gave, the cell is the project's.
        provenance = replace(fact.provenance, scope_from=Origin.CAPTION)
        return replace(fact, scope=Scope.UNIT, scope_name=name, provenance=provenance)

    return FactSheet.indexed(
        [scoped(f) for f in facts.facts], tuple(scoped(f) for f in facts.roles)
    )


_PROJECT_MONEY = frozenset(
    {"expenditure.project", "expenditure.total", "budget.initial", "budget.adjusted"}
)
"""Concepts that, scoped to one project, all name that project's money (its basis tells
the budget from the spending): a table's ``实际支出`` cell on the project's row and its
sheet's ``全年执行数`` are one quantity."""

_PROJECT_CONCEPT = "expenditure.project"


def table_projects(facts: Sequence[Fact]) -> frozenset[str]:
    """The projects a project table lists by row (its cells read as one project's 项目支出).

    ``表1 项目支出执行情况表 | 巾帼家政服务培训 | 38.65`` and ``巾帼家政服务培训项目…实际支出
    38.56万元`` state one project's money, whatever concept the prose's words give it.
    """
    return frozenset(
        f.scope_key
        for f in facts
        if f.concept == _PROJECT_CONCEPT and f.scope == Scope.UNIT and f.figure.cell is not None
    )


def sheet_projects(sheets: Sequence[ScoreSheet]) -> frozenset[str]:
    """The projects the report scores in sheets of their own, as :attr:`Fact.scope_key`."""
    names = (s.subject for s in sheets if is_project(s.subject))
    return frozenset(n[: -len("项目")] if n.endswith("项目") else n for n in names)


def project_money_key(fact: Fact, projects: frozenset[str]) -> tuple[object, ...]:
    """:meth:`Fact.key`, with a scored project's money under one concept.

    A project table read without a 项目支出 caption (``重点项目情况表 | 全年预算 | 实际支出``)
    gives the project's row 预算/支出合计; the project's own sheet gives 项目支出. Both are
    the one project's money on one basis, so IC001 compares them. A sub-unit (``县图书馆``)
    is no scored project: its 支出合计 and its 项目支出 stay two quantities.
    """
    key = fact.key()
    if fact.scope == Scope.UNIT and fact.concept in _PROJECT_MONEY and fact.scope_key in projects:
        return (_PROJECT_CONCEPT, *key[1:])
    return key
