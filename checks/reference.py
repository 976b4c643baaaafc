"""REF: the report against the bureau's own figures and against last year's report.

These rules compare the reading with something outside the report: the finance
bureau's reference table (``--reference``: the department's 决算 figures, 编制 …) and
the same unit's report for the year before (``--previous``, or two years of one unit in
a batch). Without either they say nothing. A figure is compared only with the
department-level figure of the same quantity, year, basis and funding source.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from auditor.findings import Certainty, Evidence, Issue, Severity
from auditor.read.facts import Fact
from auditor.read.qualifiers import Basis, Scope
from auditor.read.reading import Reading
from auditor.reference.context import ReferenceContext, context_of
from auditor.reference.copies import copied_results
from auditor.reference.table import RefColumn, RefValue
from auditor.registry import check
from auditor.text.units import to_base
from checks._kinds import evidence, fmt_auto

_DEPARTMENT = (Scope.TOTAL, Scope.UNSTATED)
_ACTUAL = (Basis.ACTUAL, Basis.UNSTATED)


def _department_fact(fact: Fact, kind: str) -> bool:
    """A whole-department figure of ``kind`` (money with a unit, or a headcount)."""
    fig = fact.figure
    if fact.scope not in _DEPARTMENT or fact.scope_name or fig.column_part:
        return False
    if fig.amount.approximate or fig.threshold:
        return False
    if kind == "money":
        return fig.kind == "money"
    return fig.kind in ("count", "number") and fig.amount.decimals == 0


def _basis_fits(column: RefColumn, fact: Fact) -> bool:
    """The fact's basis is the column's (a 决算 column takes an unstated basis too)."""
    if column.concept.startswith("budget."):
        return fact.basis != Basis.ACTUAL
    if column.basis == Basis.ACTUAL:
        return fact.basis in _ACTUAL
    if column.basis == Basis.BUDGET:
        return fact.basis in (Basis.BUDGET, Basis.INITIAL_BUDGET)
    return fact.basis == column.basis


def _in_unit(base: Decimal, unit: str | None) -> Decimal:
    """A base-unit value expressed in ``unit``."""
    scale = to_base(Decimal(1), unit)
    return base / scale if scale else base


def _resolution(decimals: int, unit: str | None) -> Decimal:
    """The size of the last place written, in the base unit (0.01 万元 → 100 元)."""
    return to_base(Decimal(1).scaleb(-decimals), unit)


def _rounds_to(exact: Decimal, written: Decimal, decimals: int) -> bool:
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP) == written


def _same_figure(fact: Fact, other: Decimal, other_decimals: int, other_unit: str | None) -> bool:
    """The same figure written to different places (``1,348.62 万元`` is ``13,486,215.36 元``).

    The coarser figure must be the finer one rounded to its places; an integer is exact
    (``10 万元`` is not ``10.40 万元``), as everywhere else in the rules.
    """
    fig = fact.figure
    if fact.value == other:
        return True
    if _resolution(fig.amount.decimals, fig.unit) >= _resolution(other_decimals, other_unit):
        if fig.amount.decimals <= 0:
            return False
        return _rounds_to(_in_unit(other, fig.unit), fig.value, fig.amount.decimals)
    if other_decimals <= 0:
        return False
    written = _in_unit(other, other_unit)
    return _rounds_to(_in_unit(fact.value, other_unit), written, other_decimals)


def _half_unit(decimals: int, unit: str | None) -> Decimal:
    """Half a unit of the last place written, in the base unit (an integer is exact)."""
    if decimals <= 0:
        return Decimal(0)
    return to_base(Decimal(1).scaleb(-decimals) / 2, unit)


def _rounding_only(fact: Fact, ref_base: Decimal, ref_decimals: int, ref_unit: str | None) -> bool:
    """The two figures differ by no more than the rounding of the places they are written to."""
    fig = fact.figure
    tolerance = _half_unit(fig.amount.decimals, fig.unit) + _half_unit(ref_decimals, ref_unit)
    return abs(fact.value - ref_base) <= tolerance


def _certainty(fact: Fact) -> tuple[Certainty, tuple[str, ...]]:
    if fact.provenance.inferred():
        return Certainty.MEDIUM, (
            f"按{fact.figure.location.describe()}的 {fact.figure.shown} 为{fact.reading_text()}理解",
        )
    return Certainty.HIGH, ()


def _reference_evidence(context: ReferenceContext, value: RefValue) -> Evidence:
    assert context.row is not None
    row = context.row
    who = row.name or row.code
    return Evidence(
        context.cell(value),
        f"{who} | {value.column.header} | {value.text}",
        value.text,
        "参考数据",
    )


@check(
    code="REF001",
    name="figure-differs-from-reference",
    title="与财政局参考数据不一致",
    source="财政局掌握的部门决算、人员编制等数据（--reference 参考数据表）",
)
def figure_differs_from_reference(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A figure the report states differs from the bureau's figure for the same quantity.

    Why: a report can agree with itself and still be wrong: the department copied a
    figure wrongly from its 决算 or its staffing table. The finance bureau holds the
    authoritative figures (部门决算, 编制 and 实有人数, 三公经费 …); a reviewer
    otherwise checks them by hand, one at a time.

    Exceptions: a report is compared only with its own row (matched by 预算编码, else
    by normalised 单位名称), and a reference column only with the report's
    whole-department figures of the same quantity, year, basis (决算 unless the header
    says 预算) and funding source — never a sub-unit's, a 本级 row's, a 其中 part's, a
    budget against a 决算, or an approximate figure; a figure that is the other rounded to
    the places it is written with is the same figure (``1,348.62 万元`` and
    ``13,486,215.36 元``); a 收入合计 the report breaks down
    with 上年结转 among its parts is its 收入总计 and is not compared. A difference that
    rounding to the places written explains is a warning, and so is one of more than a
    factor of two (more likely another quantity read under this name than a slip in
    copying; the finding says how it was read). Without ``--reference`` the rule is
    silent.

    Fails:
        某县文化馆2024年度部门整体支出绩效自评报告
        本馆核定编制20名，2024年末实有人数19人。2024年度支出合计356.20万元。
        --- 参考数据 ---
        单位名称,编制数,实有人数,支出合计（万元）
        某县文化馆,20,19,365.20

    Passes:
        某县文化馆2024年度部门整体支出绩效自评报告
        本馆核定编制20名，2024年末实有人数19人。2024年度支出合计365.20万元。
        --- 参考数据 ---
        单位名称,编制数,实有人数,支出合计（万元）
        某县文化馆,20,19,365.20
    """
    context = context_of(reading)
    if context is None or context.row is None:
        return
    row = context.row
    for value in row.values:
        column = value.column
        year = column.year_for(reading.report_year)
        differing: dict[Decimal, list[Fact]] = {}
        for fact in reading.facts.of(column.concept):
            if fact.year != year or fact.source != column.source:
                continue
            if not _department_fact(fact, column.kind) or not _basis_fits(column, fact):
                continue
            if column.concept == "income.total" and _holds_carryover(reading, fact):
                continue  # ``收入合计X，其中上年结转Y…`` is the 收入总计
            if not _same_figure(fact, value.base_value, value.decimals, column.unit):
                differing.setdefault(fact.value, []).append(fact)
        for facts in differing.values():
            yield _reference_issue(context, value, year, facts)


def _holds_carryover(reading: Reading, fact: Fact) -> bool:
    """Whether the report breaks this 收入合计 down with 上年结转 among its parts."""
    lexicon = reading.lexicon
    for breakdown in reading.breakdowns:
        if breakdown.total is not fact.figure and breakdown.total != fact.figure:
            continue
        for part in breakdown.parts:
            concept = lexicon.concept_for(part.label, part.kind)
            if concept is not None and concept.id == "income.carryover":
                return True
    return False


def _far_apart(a: Decimal, b: Decimal) -> bool:
    """More than a factor of two apart: rather another quantity than a slip in copying."""
    if a <= 0 or b <= 0:
        return False
    return a > 2 * b or b > 2 * a


def _reference_issue(
    context: ReferenceContext, value: RefValue, year: int | None, facts: list[Fact]
) -> Issue:
    """One finding per differing value, citing every place it is stated, the row last."""
    assert context.row is not None
    row, column = context.row, value.column
    fact = min(facts, key=lambda f: len(f.provenance.inferred()))
    rounding = _rounding_only(fact, value.base_value, value.decimals, column.unit)
    certainty, notes = _certainty(fact)
    if _far_apart(fact.value, value.base_value):
        certainty = Certainty.MEDIUM
        notes = (
            *notes,
            f"按{fact.figure.location.describe()}的 {fact.figure.shown} 为全部门"
            f"{column.concept_name}理解；两数相差一倍以上，也可能是另一数据",
        )
    places = "、".join(dict.fromkeys(f.figure.location.describe() for f in facts))
    return Issue(
        message=(
            f"{column.concept_name}与财政局参考数据不一致：报告{places}为 {fact.figure.shown}，"
            f"参考数据（{row.name or row.code}，第 {row.number} 行“{column.header}”列，"
            f"按{year or ''}年{column.basis.label}口径）为 {value.text} {column.unit}"
            + ("；差异仅在四舍五入范围内" if rounding else "")
        ),
        evidence=(
            *(evidence(f.figure, "报告") for f in facts),
            _reference_evidence(context, value),
        ),
        expected=fmt_auto(_in_unit(value.base_value, fact.figure.unit)),
        found=fact.figure.amount.number_text,
        severity=Severity.WARNING if rounding else None,
        certainty=certainty,
        reading=notes,
    )


def _previous_values(previous: Reading, fact: Fact, kind: str) -> list[Fact]:
    """Last year's report's own figures for the quantity ``fact`` states about that year."""
    out = []
    for other in previous.facts.of(fact.concept):
        if other.year != fact.year or other.source != fact.source:
            continue
        if not _department_fact(other, kind):
            continue
        same_basis = other.basis == fact.basis or (other.basis in _ACTUAL and fact.basis in _ACTUAL)
        if same_basis:
            out.append(other)
    return out


def _kind(fact: Fact) -> str | None:
    if fact.figure.kind == "money":
        return "money"
    if fact.figure.kind in ("count", "number") and fact.concept.startswith("headcount."):
        return "count"
    return None


@check(
    code="REF002",
    name="prior-year-figure-differs",
    title="上年数据与上年报告不一致",
    source="同一单位上年度的自评报告（--previous，或批量审核中的上年报告）",
)
def prior_year_figure_differs(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A figure this year's report gives for last year differs from last year's report.

    Why: 上年预算, 上年编制, 上年支出 … are copied from last year's report; a slip there
    distorts every change the report computes (三公经费变动率, 编制变化). Last year's
    report, filed with the bureau, states those figures for its own year.

    Exceptions: only when last year's report is the same unit's (预算编码, else
    normalised name) for the year before; only whole-department figures of the same
    quantity, basis and funding source (决算 and an unstated basis count as one, as a
    self-evaluation reports execution); last year's report must state one value for the
    quantity (two values there are its own problem). Rounding-only differences are
    warnings. Without a previous report the rule is silent.

    Fails:
        某县文化馆2024年度部门整体支出绩效自评报告
        2023年“三公”经费预算8.60万元，2024年“三公”经费预算8.20万元。
        --- 上年报告 ---
        某县文化馆2023年度部门整体支出绩效自评报告
        2023年“三公”经费预算6.80万元，实际支出6.10万元。

    Passes:
        某县文化馆2024年度部门整体支出绩效自评报告
        2023年“三公”经费预算6.80万元，2024年“三公”经费预算8.20万元。
        --- 上年报告 ---
        某县文化馆2023年度部门整体支出绩效自评报告
        2023年“三公”经费预算6.80万元，实际支出6.10万元。
    """
    context = context_of(reading)
    if context is None or context.previous is None or reading.report_year is None:
        return
    previous = context.previous
    last = reading.report_year - 1
    for fact in reading.facts.facts:
        kind = _kind(fact)
        if fact.year != last or kind is None or not _department_fact(fact, kind):
            continue
        theirs = _previous_values(previous, fact, kind)
        if len({o.value for o in theirs}) != 1:
            continue
        other = theirs[0]
        decimals = other.figure.amount.decimals
        if _same_figure(fact, other.value, decimals, other.figure.unit):
            continue
        rounding = _rounding_only(fact, other.value, decimals, other.figure.unit)
        certainty, notes = _certainty(fact)
        yield Issue(
            message=(
                f"{fact.reading_text()}与上年报告不一致：本报告"
                f"{fact.figure.location.describe()}为 {fact.figure.shown}，"
                f"{context.previous_label}{other.figure.location.describe()}为 "
                f"{other.figure.shown}" + ("；差异仅在四舍五入范围内" if rounding else "")
            ),
            evidence=(
                evidence(fact.figure, "本年报告"),
                Evidence(
                    context.previous_location(other.figure.location),
                    other.figure.quote,
                    other.figure.amount.number_text,
                    "上年报告",
                ),
            ),
            expected=fmt_auto(_in_unit(other.value, fact.figure.unit)),
            found=fact.figure.amount.number_text,
            severity=Severity.WARNING if rounding else None,
            certainty=certainty,
            reading=notes,
            key=("prev", fact.concept, fact.basis, fact.source, fact.value),
        )


@check(
    code="REF003",
    name="results-copied-from-last-year",
    title="成效表述照搬上年报告",
    severity="warning",
    source="同一单位上年度的自评报告（--previous，或批量审核中的上年报告）",
)
def results_copied_from_last_year(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A results paragraph repeats last year's report: the same sentences and figures.

    Why: a self-evaluation must report this year's results; sentences copied from last
    year's report with only the year changed (``全年开展培训12次，覆盖860人``) state
    last year's results as this year's, and their figures are almost never this year's.

    Exceptions: only paragraphs in sections that state results (成效, 完成情况, 工作回顾,
    绩效情况 …); sections that legitimately repeat (单位职能, 机构设置, 基本情况, the
    evaluation's method) are never compared. Years are masked before comparing; a
    sentence counts only with 20 characters or more and a figure that is not a year,
    and a paragraph is reported only when its copied sentences hold 40 characters and
    two figures. A warning: a figure can truly be the same two years running.

    Fails:
        某县文化馆2024年度部门整体支出绩效自评报告
        三、绩效目标完成情况
        2024年全馆开展公益培训126场，服务群众8650人次，馆藏图书流通量达3.2万册次。
        --- 上年报告 ---
        某县文化馆2023年度部门整体支出绩效自评报告
        三、绩效目标完成情况
        2023年全馆开展公益培训126场，服务群众8650人次，馆藏图书流通量达3.2万册次。

    Passes:
        某县文化馆2024年度部门整体支出绩效自评报告
        一、单位基本情况
        本馆内设办公室、业务部、辅导部3个股室，核定编制20名，主要承担全县公共文化服务职能。
        三、绩效目标完成情况
        2024年全馆开展公益培训131场，服务群众9120人次，馆藏图书流通量达3.5万册次。
        --- 上年报告 ---
        某县文化馆2023年度部门整体支出绩效自评报告
        一、单位基本情况
        本馆内设办公室、业务部、辅导部3个股室，核定编制20名，主要承担全县公共文化服务职能。
        三、绩效目标完成情况
        2023年全馆开展公益培训126场，服务群众8650人次，馆藏图书流通量达3.2万册次。
    """
    context = context_of(reading)
    if context is None or context.previous is None:
        return
    for copy in copied_results(reading, context.previous):
        share = (
            "整段" if copy.copied == copy.sentences else f"{copy.sentences} 句中的 {copy.copied} 句"
        )
        yield Issue(
            message=(
                f"{copy.location.describe()}的成效表述与{context.previous_label}"
                f"{copy.previous_location.describe()}相同（{share}，仅年份不同），"
                f"所列数字（{'、'.join(copy.figures[:6])}）与上年完全一致，"
                "请核实是否为本年度的实际成效"
            ),
            evidence=(
                Evidence(copy.location, _short(copy.quote), None, "本年报告"),
                Evidence(
                    context.previous_location(copy.previous_location),
                    _short(copy.previous_quote),
                    None,
                    "上年报告",
                ),
            ),
            key=("copy", copy.block),
        )


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
