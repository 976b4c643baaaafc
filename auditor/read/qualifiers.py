"""Qualifiers: the typed context a figure is read with (year, basis, scope) and where it came from.

A figure alone is not a quantity: ``7.17`` is the 2024 *budget* of the *whole
department's* 三公经费 only because the caption, a column header, the row label or the
head of its clause says so. Each qualifier is an enum with an explicit ``UNSTATED``
value, and each records the place it was taken from (:class:`Origin`), so that

* two figures are compared only when every qualifier agrees (:func:`comparable`):
  stated the same, or left unstated by both; stated differently, or stated by one
  and not by the other, means they may be different quantities;
* a reviewer sees in ``audit --facts`` what each figure was read as and why;
* a rule can tell a reading taken from the figure's own words from one inherited
  from further away (:attr:`Qualifiers.inferred`) and say so (``按…理解，请核对``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Basis(StrEnum):
    """Budget or execution: what a money figure measures."""

    UNSTATED = "unstated"
    BUDGET = "budget"
    """预算 / 批复 / 计划: a budget whose kind (initial or adjusted) is not stated."""
    INITIAL_BUDGET = "initial_budget"
    """年初预算 / 年初批复: the budget as first approved."""
    ADJUSTED_BUDGET = "adjusted_budget"
    """调整后预算 / 全年预算."""
    ACTUAL = "actual"
    """决算 / 实际 / 执行数."""

    def __bool__(self) -> bool:
        """Unstated is falsy, so ``fact.basis or "actual"`` reads as it says."""
        return self is not Basis.UNSTATED

    @property
    def label(self) -> str:
        """Chinese name shown to reviewers."""
        return _BASIS_LABELS[self]

    @classmethod
    def of(cls, value: str | None) -> Basis:
        """The enum for a lexicon word id (``budget``) or None (unstated)."""
        return cls(value) if value else cls.UNSTATED


_BASIS_LABELS = {
    Basis.UNSTATED: "未注明",
    Basis.BUDGET: "预算",
    Basis.INITIAL_BUDGET: "年初预算",
    Basis.ADJUSTED_BUDGET: "调整后预算",
    Basis.ACTUAL: "决算/实际",
}


class Scope(StrEnum):
    """Which part of the department a figure covers."""

    UNSTATED = "unstated"
    TOTAL = "total"
    """The whole department (汇总 / 合计 / 全局 / 全系统)."""
    OWN_LEVEL = "own_level"
    """本级 / 局机关 only."""
    SUBORDINATE = "subordinate"
    """所属单位 / 下属单位 taken together."""
    UNIT = "unit"
    """One named sub-unit (``县就业服务中心``), or one listed part of a whole."""
    SUBTOTAL = "subtotal"
    """A 小计 row."""

    @property
    def label(self) -> str:
        """Chinese name shown to reviewers."""
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    Scope.UNSTATED: "未注明",
    Scope.TOTAL: "全部门",
    Scope.OWN_LEVEL: "本级",
    Scope.SUBORDINATE: "所属单位",
    Scope.UNIT: "下属单位",
    Scope.SUBTOTAL: "小计",
}


class Role(StrEnum):
    """What a figure is of its quantity: the level itself, a change, a bound, a rule's step.

    ``公用经费61.40万元`` is the level; ``公用经费调整3.40万元`` / ``较上年增加`` /
    ``提高2.3个百分点`` a change; ``人均公用经费1.86万元`` / ``生均`` / ``平均每名学员`` a
    value per person (or household, pupil, …); ``超过8%`` / ``不低于90%`` a bound;
    ``每降低1个百分点扣0.5分`` a scoring rule's step; ``未支付的财政拨款23.64万元`` a
    remainder of the quantity. Only figures of the same role (and the same per-what) are
    one quantity; a bound and a rule's step state no value of it at all.
    """

    LEVEL = "level"
    CHANGE = "change"
    """A difference: 增加/减少/调整/节约/追加/调减 … (against the prior year, the budget …)."""
    PER_HEAD = "per_head"
    """An average per person, household, pupil … (人均/户均/生均/平均每名)."""
    BOUND = "bound"
    """A limit the quantity is said to pass or stay within (超过/不足/低于/以上/≥ …)."""
    RULE_STEP = "rule_step"
    """A parameter of a scoring rule (``每降低1个百分点扣0.5分``, ``低于80%不得分``)."""
    REMAINDER = "remainder"
    """What is left of the quantity (未执行的/未支付的/结余的/结转的 X)."""
    PRIOR = "prior"
    """The value a quantity moved from (``由148.20万元增加到155.60万元``): another time's."""
    TARGET = "target"
    """What was aimed at, stated in a clause of targets (``年度绩效目标：预算执行率100%``,
    ``设定产出指标6项：…``): the plan's value, never compared with what was done."""
    RESPECTIVE = "respective"
    """One of several values given ``分别为a、b和c`` to subjects listed before it: that
    subject's value, not the quantity of the whole (``三类服务满意度分别为91.8%、97.0%``)."""
    EXPLANATION = "explanation"
    """A figure quoted in a score sheet's column of reasons or criteria (``扣分原因``,
    ``偏差原因分析及改进措施``, ``评分标准``, ``指标解释``): part of the explanation
    (``实际完成率92%，低于目标3个百分点，扣1分``), never the row's actual value, score or
    points, and no statement of the quantity to compare."""

    @property
    def label(self) -> str:
        """Chinese name shown to reviewers."""
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.LEVEL: "数额",
    Role.CHANGE: "变动额",
    Role.PER_HEAD: "人均/平均值",
    Role.BOUND: "界限值",
    Role.RULE_STEP: "评分规则参数",
    Role.REMAINDER: "余额",
    Role.PRIOR: "变动前数值",
    Role.RESPECTIVE: "分别列举值",
    Role.TARGET: "目标值",
    Role.EXPLANATION: "说明中所引",
}

STATES_NO_VALUE = frozenset({Role.BOUND, Role.RULE_STEP})
"""Roles whose figure is no statement of its quantity's value: no rule reads them as one."""


class Origin(StrEnum):
    """Where a qualifier was read: nearest (the figure's own words) to farthest."""

    UNSTATED = "unstated"
    OWN = "own"
    """The figure's own label (``本年度“三公”经费决算数``)."""
    LABEL = "label"
    """A table row's label or the key cell left of the value."""
    HEADER = "header"
    """A table column header."""
    CAPTION = "caption"
    """The table's caption."""
    CLAUSE = "clause"
    """The head of the figure's clause or sentence (``预算7.17万元，包括公务接待费2.8万元``)."""
    SECTION = "section"
    """The heading of the section the figure stands in (``二、部门决算情况``)."""
    DOCUMENT = "document"
    """The report itself: its evaluated year, the whole department."""

    @property
    def label(self) -> str:
        """Chinese name shown to reviewers."""
        return _ORIGIN_LABELS[self]


_ORIGIN_LABELS = {
    Origin.UNSTATED: "未注明",
    Origin.OWN: "本身标签",
    Origin.LABEL: "行标签",
    Origin.HEADER: "列标题",
    Origin.CAPTION: "表题",
    Origin.CLAUSE: "句首",
    Origin.SECTION: "章节标题",
    Origin.DOCUMENT: "报告默认",
}


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """Where each of a fact's qualifiers was read (the values live on the fact)."""

    year_from: Origin = Origin.DOCUMENT
    basis_from: Origin = Origin.UNSTATED
    scope_from: Origin = Origin.DOCUMENT
    source_from: Origin = Origin.UNSTATED
    subject_from: Origin = Origin.OWN
    """Where the concept itself came from (``CAPTION``: the caption's subject; ``CLAUSE``:
    a bare ``决算5.20万元`` that takes the sentence's subject)."""
    ambiguous: bool = False
    """The qualifiers taken from a clause head could have come from another head of the
    same sentence (``预算X，实际支出Y，其中接待费a``: a part of X or of Y?)."""

    def inferred(self) -> tuple[str, ...]:
        """Names of the qualifiers resting on an ambiguous clause reading (empty: certain).

        A qualifier inherited from the only head a sentence has
        (``预算7.17万元，包括接待费2.8万元``) is as sure as one stated next to the figure;
        one chosen among several heads is a reading a reviewer should confirm, and so is
        a department scope kept for a paragraph laid out as a project's (``SECTION``).
        """
        if not self.ambiguous:
            return ()
        return tuple(
            name
            for name, origin in (
                ("概念", self.subject_from),
                ("口径", self.basis_from),
                ("范围", self.scope_from),
            )
            if origin == Origin.CLAUSE or (name == "范围" and origin == Origin.SECTION)
        )


BUDGETS = (Basis.BUDGET, Basis.INITIAL_BUDGET, Basis.ADJUSTED_BUDGET)
"""Every kind of budget: a lookup for ``budget`` takes each."""


def bases_agree(a: Basis, b: Basis) -> bool:
    """Same basis stated, or unstated by both: unstated never matches a stated basis."""
    return a == b


def scopes_agree(a: Scope, a_name: str, b: Scope, b_name: str) -> bool:
    """Same scope (and same sub-unit name for ``UNIT``)."""
    return a == b and (a != Scope.UNIT or a_name == b_name)


def basis_matches(basis: Basis, wanted: str | None) -> bool:
    """Whether a fact's basis serves a lookup for ``wanted`` (``budget``/``actual``/None).

    A lookup for ``budget`` takes an initial or adjusted budget too; one for ``actual`` takes an
    unstated basis (a self-evaluation reports execution unless it says otherwise).
    """
    if wanted is None:
        return True
    if wanted in (Basis.BUDGET, Basis.INITIAL_BUDGET):
        return basis in BUDGETS
    if wanted == Basis.ACTUAL:
        return basis in (Basis.ACTUAL, Basis.UNSTATED)
    return basis == wanted


def sources_disagree(a: str | None, a_stated: bool, b: str | None, b_stated: bool) -> bool:
    """Both figures state their source of funds, and the sources differ.

    ``全口径`` / ``全部资金`` is a stated "every source" (``None`` stated), so a
    ``全口径预算执行率`` disagrees with a ``财政拨款预算``; a figure that states no source
    agrees with any (a department funded by 财政拨款 alone need not say so).
    """
    return a_stated and b_stated and a != b
