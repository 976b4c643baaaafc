"""Internal-consistency rules (IC): one quantity, one value, wherever it is stated."""

from __future__ import annotations

import functools
import itertools
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from auditor.findings import Certainty, Evidence, Issue, Severity
from auditor.read.achieved import activity_pairs
from auditor.read.activities import Activity, Measure, stated_aims
from auditor.read.facts import Fact
from auditor.read.figures import Figure, cue
from auditor.read.onecell import WrongCell, failing_table_totals, mistyped_totals, wrong_cells
from auditor.read.qualifiers import BUDGETS, Basis, Origin, Role, Scope
from auditor.read.reading import Reading
from auditor.read.relations import breakdowns_by_total, completed_elsewhere
from auditor.read.restated import Neighbours, is_table_value, same_label, same_table, side_by_side
from auditor.read.scoring.targets import Measure as Cell
from auditor.read.sheet_scopes import project_money_key, sheet_projects, table_projects
from auditor.read.slip_verdict import Sums, Verdict, decide
from auditor.read.slips import SHORT_DIGITS, NearMiss, Slip, digits, slip
from auditor.read.sole_source import sole_source
from auditor.read.wording import words
from auditor.registry import check
from auditor.text.numbers import scan
from auditor.text.units import (
    BASE_MONEY_UNIT,
    MONEY_UNITS,
    convert,
    kind_of,
    money_base,
    same_dimension,
    to_base,
)
from checks._kinds import (
    PART_SHARE,
    differs_beyond_rounding,
    evidence,
    far_apart,
    fmt,
    fmt_auto,
    scale_range,
    shifted,
)

SOURCE_SAME = "同一报告中同一数据应前后一致（财政部《部门决算管理制度》数据一致性要求）"


def _where(fig: Figure) -> str:
    return "表中" if fig.cell is not None else "正文"


def _equivalent(a: Figure, b: Figure) -> bool:
    """Same value, allowing rounding, approximations and an undeclared 元/万元 unit.

    A table without ``单位：`` read in 元 beside prose in 万元 (``28,456,700.00`` and
    ``2,845.67万元``) is one amount: the figure without a unit is taken in each money
    unit in turn and agrees when either, converted, rounds to the other as written
    (``37,105,120.00`` in a 元 table is the ``3710.51`` of prose in 万元).
    """
    if a.unit is None or b.unit is None:
        if a.value == b.value:
            return True
        known = a.unit or b.unit
        if known in MONEY_UNITS:
            other, stated = (b, a) if a.unit else (a, b)
            for unit in MONEY_UNITS:
                if unit != known and (
                    _rounds_to(
                        convert(other.value, unit, known), stated.value, stated.amount.decimals
                    )
                    or _rounds_to(
                        convert(stated.value, known, unit), other.value, other.amount.decimals
                    )
                ):
                    return True
        return a.value == b.value
    return not differs_beyond_rounding(a, b)


def _rounds_to(exact: Decimal, written: Decimal, decimals: int) -> bool:
    """Whether ``exact`` written with ``decimals`` places gives ``written``."""
    return abs(exact - written) <= Decimal(1).scaleb(-decimals) / 2


def _clusters(facts: Sequence[Fact]) -> list[list[Fact]]:
    clusters: list[list[Fact]] = []
    for fact in facts:
        for cluster in clusters:
            if _equivalent(cluster[0].figure, fact.figure):
                cluster.append(fact)
                break
        else:
            clusters.append([fact])
    return clusters


# A total stated with and without last year's carry-over (收入合计 5,862.47 including
# 上年结转 312.60; 本年收入合计 5,549.87) or this year's balance: two totals, one concept.
_BRIDGES = {
    "income.total": ("income.carryover",),
    "expenditure.total": ("balance.year_end",),
}


def _bridged_by_balance(reading: Reading, concept: str, clusters: list[list[Fact]]) -> bool:
    """Whether the values differ exactly by a carry-over or balance the report states."""
    bridges = {
        f.figure.base_value
        for bridge in _BRIDGES.get(concept, ())
        for f in reading.facts.of(bridge)
        if f.scope == "total" and f.figure.value != 0
    }
    if not bridges:
        return False
    values = [c[0].figure.base_value for c in clusters]
    return all(abs(a - b) in bridges for a, b in itertools.combinations(values, 2))


def _qualified_name(fact: Fact, reading: Reading) -> str:
    """The quantity's name with the qualifiers it was compared under.

    ``2023年预算三公经费``; a basis the concept's own name already says is not repeated
    (``年初预算``, not ``预算年初预算``), and a sub-unit or project follows in brackets
    (``项目支出（老旧小区改造）``) so that names never run into each other.
    """
    parts = []
    if fact.year is not None and fact.year != reading.report_year:
        parts.append(f"{fact.year}年")
    if fact.source:
        parts.append(reading.lexicon.source_name(fact.source))
    if (
        fact.basis in BUDGETS
        and "预算" not in fact.concept_name
        and fact.basis.label not in fact.concept_name
    ):
        parts.append(fact.basis.label)
    parts.append(fact.rated + fact.concept_name)
    if fact.scope == Scope.UNIT and fact.scope_name:
        parts.append(f"（{fact.scope_name}）")
    elif fact.scope in (Scope.OWN_LEVEL, Scope.SUBORDINATE):
        parts.append(f"（{fact.scope.label}）")
    return "".join(parts)


def _caveat(relied: Sequence[str]) -> str:
    """``（按…理解，请核对）`` naming the readings an uncertain finding rests on."""
    return f"（按{'；'.join(relied)}理解，请核对）" if relied else ""


def _certainty(facts: Sequence[Fact]) -> tuple[Certainty, tuple[str, ...]]:
    """How sure the reading behind a comparison is, and the readings it relied on.

    A fact whose subject, basis or scope was taken from the head of its sentence (not
    from its own words, a header, a row label or a caption) is a reading that may be
    wrong: the finding then says what it assumed.
    """
    relied: list[str] = []
    for fact in facts:
        inferred = fact.provenance.inferred()
        if inferred:
            text = (
                f"{fact.figure.location.describe()}的 {fact.figure.shown} 为{fact.reading_text()}"
            )
            if text not in relied:
                relied.append(text)
    return (Certainty.MEDIUM if relied else Certainty.HIGH), tuple(relied)


def _restatements(clusters: list[list[Fact]]) -> tuple[list[list[Fact]], str, Certainty]:
    """The clusters that restate one figure, the reading relied on ("" if none), its certainty.

    One figure restated differently gives two values, or a majority and an outlier.
    Three or more distinct values for one quantity mean the figures belong to
    different subjects (a project's or a sub-unit's paragraph read as the
    department's), not that the department's figure is wrong everywhere. So:

    - a text value under :data:`PART_SHARE` of the largest table value is a part of
      it, not a restatement, and is set aside (unless it is the total with its decimal
      point moved, a slip: ``531.24`` for ``5,312.40``) — only when there are three or more
      values (a part alone is no evidence of another subject: ``支出合计900万元`` against
      a table's ``9,000`` may be a real slip);
    - what is left, if still three or more values, is kept only when one value holds a
      strict majority of the statements; otherwise nothing is reported (the tool cannot
      tell which statements are the department's);
    - whenever values were set aside, the finding rests on a reading (the string
      returned) and is a warning, not an error, unless the two values left swap two
      adjacent digits (one figure typed twice, whatever the others belong to);
    - when three values or more remain, or two far apart
      (:func:`checks._kinds.far_apart`: a mistyped figure is rarely a small fraction of
      itself), which statements are the department's is itself in doubt: the finding
      is only a note (提示) that says how it read them. On eight held-out rounds not
      one such finding was a real error.
    """
    if len(clusters) == 2:
        if far_apart(*(c[0].figure.base_value for c in clusters)):
            # 46.73 beside 33,046.38: far too small to be the same figure mistyped (a moved
            # decimal point is caught above), so most likely another subject's: say so.
            return clusters, "两数相差悬殊，较小者可能是某个项目或单位的数", Certainty.LOW
        return clusters, "", Certainty.HIGH
    if len(clusters) < 3:
        return clusters, "", Certainty.HIGH
    table = [c[0].figure.base_value for c in clusters if any(f.figure.cell is not None for f in c)]
    kept = clusters
    set_aside = 0
    if table:
        whole = max(table)
        kept = [
            c
            for c in clusters
            if any(f.figure.cell is not None for f in c)
            or c[0].figure.base_value >= PART_SHARE * whole
            or shifted(c[0].figure.base_value, whole)
        ]
        set_aside = len(clusters) - len(kept)
    if len(kept) >= 3:
        statements = sum(len(c) for c in kept)
        if len(kept[0]) * 2 <= statements or len(kept[0]) == len(kept[1]):
            return [], "", Certainty.HIGH
        return kept, f"多数处 {kept[0][0].figure.shown} 为全部门数", Certainty.LOW
    if len(kept) < 2 or not set_aside or _transposed(kept[0][0].figure, kept[1][0].figure):
        # Two values left that swap two adjacent digits are one figure typed twice,
        # whatever the smaller values set aside belong to.
        return kept, "", Certainty.HIGH
    shown = next(c[0].figure.shown for c in kept if c[0].figure.base_value == max(table))
    return (
        kept,
        f"另有 {set_aside} 个数值远小于表中 {shown}，视为其他项目或单位的数",
        Certainty.MEDIUM,
    )


def _transposed(a: Figure, b: Figure) -> bool:
    """Whether two figures are one written with two adjacent digits swapped."""
    da, db = digits(a, a.unit), digits(b, b.unit)
    return (
        da is not None and db is not None and len(da) == len(db) and slip(da, db) is Slip.TRANSPOSED
    )


def _opposed(a: Fact, b: Fact, a_side: Sequence[Fact], b_side: Sequence[Fact]) -> bool:
    """Whether the layout lets statement ``a`` (of value A) contradict ``b`` (of value B).

    Two value cells of one table are two quantities (their rows or columns differ)
    unless the table gives them one label. A statement whose value another cell of
    ``b``'s table also holds agrees with that table under one reading of it (the text's
    46 is the table's 46, and the table's 30 another row's figure): no contradiction.
    """
    fa, fb = a.figure, b.figure
    if same_table(fa, fb):
        return same_label(fa, fb)
    if is_table_value(fb) and any(same_table(x.figure, fb) for x in a_side):
        return False
    return not (is_table_value(fa) and any(same_table(x.figure, fa) for x in b_side))


_DOUBT = (Certainty.HIGH, Certainty.MEDIUM, Certainty.LOW)
"""Certainties from surest to least sure: a finding takes its least sure reading's."""

_WEAK = (Origin.UNSTATED, Origin.SECTION, Origin.DOCUMENT)
"""Origins that say nothing of the figure itself: a heading's topic, the report's default."""


def _another_quantity_explains(
    pair: Sequence[Sequence[Fact]],
    key: tuple[object, ...],
    facts: Sequence[Fact],
    projects: frozenset[str] = frozenset(),
) -> bool:
    """Whether the minority value (either one, in a tie) is another quantity's.

    Candidates: the same concept under other qualifiers and, for money, table cells
    whose header states a basis of their own (a 年初预算 column's cell is read as the
    budget, whatever its row); a headcount of 58 equal to some other count proves nothing.
    """
    first = pair[0][0]
    money = first.figure.kind == "money"
    others = [
        f
        for f in facts
        if project_money_key(f, projects) != key
        and (
            f.concept == first.concept
            or (
                money
                and f.figure.kind == "money"
                and is_table_value(f.figure)
                and f.provenance.basis_from not in _WEAK
            )
        )
    ]
    tie = len(pair[0]) == len(pair[1])
    return any((n > 0 or tie) and _held_by_another_quantity(c, others) for n, c in enumerate(pair))


def _typed_two_ways(pair: Sequence[Sequence[Fact]]) -> bool:
    """Whether two values swap two adjacent digits (three significant digits or more).

    ``3,214.80`` and ``3,241.80``: one figure typed twice, not another quantity's value
    that happens to equal one of them (the 全年预算 of 3,214.80 beside a 收入合计 of
    3,214.80 does not explain a 3,241.80).
    """
    a, b = (c[0].figure for c in pair)
    ta, tb = digits(a, a.unit), digits(b, b.unit)
    return ta is not None and tb is not None and slip(ta, tb) == Slip.TRANSPOSED


def _other_scope(a: Fact, b: Fact) -> bool:
    """Whether two facts' scopes name different spending units.

    A department's own level (本级) and the whole department are one unit when the
    department has no subordinate units, so the two never tell quantities apart here.
    """
    whole = (Scope.TOTAL, Scope.OWN_LEVEL)
    if a.scope in whole and b.scope in whole:
        return False
    return a.scope != b.scope or a.scope_key != b.scope_key


def _held_by_another_quantity(cluster: Sequence[Fact], others: Sequence[Fact]) -> bool:
    """Whether the cluster's value is another basis's, scope's or source's, unsaid by it.

    The value is stated elsewhere (as the same concept, or in a table cell whose header
    names its basis) under a qualifier stated in words (its own, a label, a header, a
    caption, its clause) that the cluster's own statement leaves unsaid (read from
    nothing, a heading, the report's default).

    ``年初预算中……项目支出180.00万元`` read under a 决算 heading against a table's 决算
    176.52: the table's 年初预算 column holds 180.00. The statement is that other
    quantity with its qualifier lost in the reading, not a second value of this one. (A
    year is not such a qualifier: a figure equal to last year's is the classic copied
    figure, and stays a finding. Only a year read from a table's caption alone is: a
    table titled ``2022年度…`` in a 2023 report whose cells are the 2023 figures stated
    elsewhere has a mistyped title, YR001's finding, not figures of 2022.)
    """
    first = cluster[0]
    mine = {f.figure for f in cluster}
    for other in others:
        if other.figure in mine or not _equivalent(other.figure, first.figure):
            continue
        if any(same_table(f.figure, other.figure) for f in cluster):
            # Another row or column of the cell's own table (a sheet's ``其中：财政拨款``
            # equal to its ``年度资金总额``): the table lays both out, nothing was lost.
            continue
        year_lost = other.year != first.year
        if year_lost and not _captioned_year(first, other):
            continue
        mine_p, other_p = first.provenance, other.provenance
        differs = (
            (other.basis != first.basis, mine_p.basis_from, other_p.basis_from),
            (
                _other_scope(first, other),
                mine_p.scope_from,
                other_p.scope_from,
            ),
            (other.source != first.source, mine_p.source_from, other_p.source_from),
        )
        if (year_lost or any(d for d, _, _ in differs)) and all(
            mine in _WEAK and theirs not in _WEAK for d, mine, theirs in differs if d
        ):
            return True
    return False


def _captioned_year(mine: Fact, other: Fact) -> bool:
    """Whether ``mine``'s year, unlike ``other``'s, comes from its table's caption alone."""
    return (
        mine.provenance.year_from == Origin.CAPTION
        and other.provenance.year_from != Origin.CAPTION
        and mine.figure.block != other.figure.block
    )


def _layout_pairs(
    clusters: list[list[Fact]], neighbours: Neighbours
) -> tuple[list[list[Fact]], tuple[str, ...]]:
    """The clusters the document's layout and arithmetic let contradict the majority.

    Each other value is kept only when one of its statements may be paired with one of
    the majority's (:func:`_opposed`: never two cells of one table, save one label
    twice) and the difference is not the document's own arithmetic: a value that is a
    stated part of the other (a ``其中`` item, a sub-column, a row of the table whose
    total is the other), or that differs from it by exactly a figure stated beside one
    of them (a part, a sub-unit, ``比上年增加X``), is a misread structure and is dropped.
    Also returns the readings relied on (for ``按…理解``): a kept table cell whose table
    holds another value read as the same quantity makes the finding a warning.
    """
    majority = clusters[0]
    kept = [majority]
    relied: list[str] = []
    for other in clusters[1:]:
        if not any(_opposed(a, b, majority, other) for a in majority for b in other):
            continue  # two cells of one table, or a value the table holds in another cell
        low, high = sorted((majority, other), key=lambda c: c[0].figure.base_value)
        if neighbours.explain([f.figure for f in low], [f.figure for f in high]):
            continue  # a stated part of the other, or apart by a figure stated beside one
        kept.append(other)
    tables = {f.figure.block for c in kept for f in c if is_table_value(f.figure)}
    for c in clusters:
        if c in kept:
            continue
        for f in c:
            if any(neighbours.explain([f.figure], [k.figure for k in k_c]) for k_c in kept):
                continue  # ``行政 9 | 事业 12 | 合计 21``: a part the table adds up, no doubt
            if is_table_value(f.figure) and f.figure.block in tables:
                relied.append(
                    f"同表{f.figure.location.describe()}的 {f.figure.shown} 行列不同、为另一数据"
                )
                break
    return kept, tuple(relied)


@check(
    code="IC001",
    name="figure-restated-differently",
    title="同一数据前后不一致",
    source=SOURCE_SAME,
)
def figure_restated_differently(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The same quantity (same concept, year, scope, budget/actual, source) has two values.

    Why: a reviewer cannot tell which of two stated 编制数 is true; every rate and score
    computed from the other one is then in doubt.

    Exceptions: two figures are compared only when every qualifier (year, basis,
    scope, funding source) is stated the same or left unstated by both: different
    years (2023 vs 2024 budgets), scopes (汇总 vs a sub-unit row, ``县就业服务中心`` vs
    ``县劳动保障监察大队``, a part listed after ``其中``), bases (预算 vs 决算), or a basis
    stated on one side only, are never compared. A project or funded item named at the
    head of its paragraph, line or sentence (``信息化建设项目情况：…支出合计…``,
    ``大气污染防治专项支出合计…``) is the subject of the figures after it; 财政拨款 is the
    whole of 一般公共预算 and 政府性基金 once the report states a 政府性基金 or 国有资本经营
    figure, and is then not compared with 一般公共预算. A qualifier right before a
    concept's name that makes a sub-kind of it (``参照公务员法管理事业编制``, ``其他事业
    编制``, ``公益二类事业编制``; listed in the lexicon) makes another quantity: two
    sub-kinds are never compared, each only with its own restatement. Values that agree after unit
    conversion (5.4 万元 = 54000 元; an undeclared 元 table against 万元 prose, as
    rounded) or rounding, and approximate figures whose ranges overlap, agree. When a
    figure's concept, basis or scope was chosen among several heads of its sentence
    (``预算5.60万元，实际支出4.27万元，其中公务接待费1.60万元``), the finding is a warning
    that says how it was read. A label/value table headed by the report's own unit
    (``单位名称 | 某县档案馆``) speaks of the whole department; a number right of ``=``
    is a formula's operand (AR004/AR008 compare it), not a statement. Only a figure's
    level is compared: a change (``较上年加快2.3个百分点``), a bound (``超过8%``), a
    scoring rule's step (``每降低1个百分点扣0.5分``) or a remainder (``未支付的财政拨款``)
    is another quantity.
    A table states a quantity once per row and once per column: two value cells of one
    table (``本年决算数 | 同期决算数``, ``上半年 | 全年``) are never compared with each
    other, only with statements elsewhere, unless the table gives both the same label
    (``编制数`` twice in a 基本情况表); a statement equal to one cell of a table agrees
    with that table. A difference the document's arithmetic explains is a misread
    structure, not an error: a value that is a stated part of the other (a ``其中`` item,
    a row of the table whose total is the other), or that differs from it by exactly a
    figure stated beside one of them (``比上年增加215.60万元``), is not compared
    (:func:`_layout_pairs`); a score sheet's points cell (``分值 10`` beside a project's
    funds) is no money and explains no difference. A project's row in a project table
    (``项目名称 | 全年预算 | 实际支出``) and the project's own 项目支出绩效自评表 (its
    ``年度资金总额`` row, in 万元 or 元) state one project's money on one basis, whatever
    concept each table's words give it (:func:`auditor.read.sheet_scopes.project_money_key`);
    a sheet's ``其中：当年财政拨款`` row equal to its total is that table's other row, not a
    sign that the total is another source's figure. A project table's row and the prose's
    spending of that project (``…项目…实际支出``) are one project's money too. Values joined
    by 和 under one label in one sentence (``执行96.75万元和134.28万元``) are one for each
    thing the sentence lists, never compared with each other.
    A rate named by its object (``提案办理满意率``, ``委员履职满意度``, ``群众满意率``) is
    compared only with rates of the same object (a longer name ending with it,
    ``社会公众或服务对象``, is the same) or, when it states none, with rates that state none;
    a rate computed from a count of results (``能力验证30项，其中29项结果满意，满意率96.7%``)
    is of what that count is out of, not a survey of the people served. A figure in a
    clause opening with 另有 (``在编58人，另有编外聘用21人``) is another group's. A
    figure in a paragraph led by its own title of targets (``（二）年度目标。…在编32人``)
    is the plan's, not a statement of the quantity.
    A table whose year comes from its caption alone (``表1 2023年度支出执行情况表`` in a
    2024 report) and whose value is the same quantity's in the evaluated year elsewhere
    has a mistyped title (YR001's finding), not a second value of that other year.
    Three or more distinct values for one quantity are several subjects' figures, not
    one figure restated: a text value far below the table's total is set aside as a
    part, and what is left is reported as a note (提示) naming that reading, or not at
    all when no value holds a majority; two values far apart (the smaller under half the
    larger, not the larger with its decimal point moved) are a note too
    (:func:`_restatements`). One rate's name stated with two values (``预算执行率``
    97.35% and 99.10%) is a note too: a report computes one name over different bases
    and scopes (all funds or 财政拨款, the department or a project) more often than it
    mistypes it; two adjacent digits swapped (97.35%/97.53%) stay an error.
    Two statements of the concept the qualifiers keep apart (a basis stated on one side
    only) whose values are a typing slip of each other (two adjacent digits swapped;
    three significant digits or more) and whose stated qualifiers agree are read as one
    figure typed two ways: an error that says so (``按同一数据理解…请核对``;
    :mod:`auditor.read.slips`). When parts stated with one value add up to another
    value of the quantity (``在编在岗人员31人，其中行政9人、事业17人、工勤4人`` against
    ``在编在岗30人``), the parts vote: the finding names the value they give as the one
    to trust, also when the places tie (:mod:`auditor.read.slip_verdict`). A value that
    is a part of a total whose parts add up to it exactly (a project row under a table's
    ``项目合计`` that holds) is the one to trust too; a total that does not add up
    decides nothing. A bare ``实际支出`` in a sentence opening with a count of projects
    (``全年共实施项目6个，实际支出…``) is those projects' spending (项目支出, or the named
    kind's: ``专项项目4个``), not the department's 支出合计.
    A table cell the prose states otherwise, whose table total holds only with the prose
    value (the total was added from the right figure), is one error named by the
    document's arithmetic: one finding, cell against prose, saying the total agrees with
    the prose (any difference, not only a slip); AR001 does not report that total
    (:mod:`auditor.read.onecell`; two cells that would each mend it: nothing named).
    A table total whose own parts add up to the value the prose states is AR001's
    finding alone (the parts and the prose name the total as the mistyped cell).
    An income total the text says comes from one source alone (``收入合计…，全部为一般
    公共预算财政拨款收入``) is compared with that source's income stated elsewhere; and
    two values that swap two adjacent digits are one figure typed twice even when one
    of them equals another quantity's value (a 全年预算 of the same amount).

    Fails:
        | 人员编制 | 40 | 实有人数 | 38 |
        单位核定编制共42名。

    Passes:
        | 人员编制 | 40 | 实有人数 | 38 |
        单位核定编制共40名。
    """
    groups: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    neighbours = Neighbours(reading.figures, reading.breakdowns)
    sums = Sums(reading.breakdowns)
    # Levels with levels; per-head values only with the same per-head value (a change
    # may be one of several adjustments: never compared).
    per_head = (f for f in reading.facts.roles if f.role == Role.PER_HEAD)
    projects = sheet_projects(reading.sheets) | table_projects(reading.facts.facts)
    for fact in (*reading.facts.facts, *per_head):
        if fact.origin != "formula":
            groups[project_money_key(fact, projects)].append(fact)
    _join_implied_actuals(groups)
    _join_sole_sources(groups, reading)
    failing = failing_table_totals(reading)
    compared = {f.figure: key for key, facts in groups.items() for f in facts}
    totals = mistyped_totals(reading)
    diagnosed = [w for w in wrong_cells(reading) if w.restated and w.cell not in totals]
    told = {frozenset((w.cell, *w.restated)) for w in diagnosed}
    yield from (_wrong_cell_issue(w) for w in diagnosed)
    # A total its parts and the prose both correct is AR001's finding (it names the cell).
    wrong_totals = {frozenset((w.cell, *w.restated)) for w in totals.values()}
    named_cells = [[w.cell] for w in (*diagnosed, *totals.values())]
    slips = _decided_slips(reading, compared)
    for key, facts in groups.items():
        stated = frozenset(f.figure for f in facts)
        if stated in told or stated in wrong_totals:
            continue  # one cell the table's arithmetic and the prose both correct: told once
        clusters = _clusters(facts)
        if len(clusters) < 2:
            continue
        if len(clusters) == 2 and any(
            all(f.figure in failing for f in c) and not _typed_two_ways(clusters) for c in clusters
        ):
            # ``合计 | 4,756.24 | 4,649.14`` whose own rows add to 4,676.14: the table's
            # arithmetic already says the cell is wrong (AR001); against another figure it
            # proves nothing more.
            continue
        if _told_as_slip(stated, clusters, slips):
            continue  # the slip's finding names the right value: told once, by it
        if _respective(reading, facts):
            continue  # ``执行96.75万元和134.28万元``: one value each of two things listed
        clusters.sort(key=lambda c: (-len(c), c[0].figure.block))
        if len(clusters) == 2 and [f.figure for f in clusters[1]] in named_cells:
            continue  # the one cell the arithmetic names against all the others: told once
        if _bridged_by_balance(reading, facts[0].concept, clusters):
            continue
        clusters, layout = _layout_pairs(clusters, neighbours)
        if len(clusters) < 2:
            continue
        if (
            len(clusters) == 2
            and not _typed_two_ways(clusters)
            and _another_quantity_explains(clusters, key, reading.facts.facts, projects)
        ):
            # The other value is another basis's or scope's, its qualifier unread. Only
            # ever a reason to say nothing: with three values, dropping one would make
            # a confused reading look like a clean pair.
            continue
        clusters, several, doubt = _restatements(clusters)
        if len(clusters) < 2:
            continue
        majority = clusters[0]
        name = _qualified_name(facts[0], reading)
        statements = "；".join(
            f"{_where(c[0].figure)}{c[0].figure.location.describe()}等 {len(c)} 处为 {c[0].figure.shown}"
            if len(c) > 1
            else f"{_where(c[0].figure)}{c[0].figure.location.describe()}为 {c[0].figure.shown}"
            for c in clusters
        )
        voted = _parts_vote(clusters, sums)
        tie = len(clusters) > 1 and len(clusters[0]) == len(clusters[1])
        lead = "各处说法不一，无法判断哪个正确" if tie else f"多数处为 {majority[0].figure.shown}"
        held = _total_vote(clusters, sums) if voted is None else None
        if held is not None and (tie or held[0] is majority):
            # a part of a total that adds up: the table's own arithmetic keeps its value
            right, part, total = held
            majority, tie = right, False
            clusters = [right, *(c for c in clusters if c is not right)]
            lead = (
                f"{total.location.describe()}所列合计 {total.shown} 与其各分项之和相符，"
                f"分项中该数为 {part.shown}，应以 {part.shown} 为准"
            )
        if voted is not None and (tie or voted[0] is majority):
            # the parts stated with one value add up to another: they vote for it
            right, total, parts = voted
            majority, tie = right, False
            clusters = [right, *(c for c in clusters if c is not right)]
            added = " + ".join(p.amount.number_text for p in parts)
            lead = (
                f"{total.location.describe()}所列分项之和（{added}）为 "
                f"{right[0].figure.shown}，应以 {right[0].figure.shown} 为准"
            )
        diffs = [abs(c[0].figure.base_value - majority[0].figure.base_value) for c in clusters[1:]]
        diff_text = ""
        if majority[0].figure.unit and all(
            same_dimension(c[0].figure.unit, majority[0].figure.unit) for c in clusters[1:]
        ):
            unit = majority[0].figure.unit
            base_diffs = [
                convert(d, BASE_MONEY_UNIT, unit) if money_base(unit) != unit else d for d in diffs
            ]
            diff_text = (
                "，相差 "
                + "、".join(f"{fmt_auto(d)}" for d in base_diffs)
                + (f" {unit}" if unit != "%" else "%")
            )
        certainty, relied = _certainty([f for c in clusters for f in c])
        swapped = len(clusters) == 2 and _typed_two_ways(clusters)
        if swapped and len(clusters[0]) > len(clusters[1]):
            # ``676.42`` in four places, ``667.42`` in one: one figure typed twice whatever
            # qualifiers its places were read with.
            certainty, relied = Certainty.HIGH, ()
        if layout and not swapped:
            # (two values that swap two digits are one figure typed twice, whatever the
            # layout around them: the error stands)
            relied = (*relied, *layout)
            certainty = Certainty.MEDIUM
        if several:
            relied = (*relied, several)
            certainty = max(certainty, doubt, Certainty.MEDIUM, key=_DOUBT.index)
        if _rates_of_two_bases(clusters):
            relied = (*relied, _RATE_BASES)
            certainty = Certainty.LOW
        caveat = _caveat(relied)
        yield Issue(
            message=f"{name}前后不一致：{statements}。{lead}{diff_text}{caveat}",
            certainty=certainty,
            reading=relied,
            evidence=tuple(
                evidence(f.figure, "多数值" if (c is majority and not tie) else "不同值")
                for c in clusters
                for f in c
            ),
            expected=None if tie else majority[0].figure.amount.number_text,
            found="、".join(c[0].figure.amount.number_text for c in clusters[1:]),
            key=("restated", key),
        )
    # One count typed twice with its digits swapped, the parts stated with one of them
    # confirming it (``2,153艘次，其中1,876…`` and ``2,135艘次``): one figure, restated wrong.
    yield from (issue for verdict, issue in _activity_groups(reading)[0] if verdict is not None)
    yield from _near_miss_issues(
        reading, compared, same_concept=True, told=told | wrong_totals, failing=failing
    )


def _respective(reading: Reading, facts: Sequence[Fact]) -> bool:
    """Whether the differing values stand side by side joined by 和/、 in one sentence."""
    return side_by_side(reading.document, [f.figure for f in facts])


def _decided_slips(reading: Reading, compared: Mapping[Figure, object]) -> list[NearMiss]:
    """One concept's slip pairs IC001 reports as such, with a verdict on the right value.

    Only pairs the rule does not compare in one group (those it reports itself).
    """
    return [
        p
        for p in reading.near_misses
        if p.same_concept
        and p.verdict is not None
        and compared.get(p.first.figure) != compared.get(p.second.figure)
    ]


def _told_as_slip(
    stated: frozenset[Figure], clusters: Sequence[list[Fact]], slips: Sequence[NearMiss]
) -> bool:
    """Whether a group's two values are a slip pair that names the right one.

    ``事业收入21.46万元`` (text and table) and ``实现事业收入21.64万元``: the text pair alone
    cannot say which is right, the slip with the table's cell does; one finding, the slip's.
    """
    if len(clusters) != 2:
        return False
    values = {c[0].figure.base_value for c in clusters}
    return any(
        {p.first.figure.base_value, p.second.figure.base_value} == values
        and (p.first.figure in stated or p.second.figure in stated)
        for p in slips
    )


def _parts_vote(
    clusters: Sequence[list[Fact]], sums: Sums
) -> tuple[list[Fact], Figure, tuple[Figure, ...]] | None:
    """The one value the parts stated with a total of another value add up to.

    ``在编在岗人员31人，其中行政9人、事业17人、工勤4人`` against ``在编在岗30人``
    elsewhere: the parts give 30, so 31 is the whole restated wrong. Returns the
    cluster voted for, the total whose parts vote, and the parts; None when no part
    list gives another cluster's value, or when lists vote for different values.
    """
    votes: dict[int, tuple[Figure, tuple[Figure, ...]]] = {}
    for k, cluster in enumerate(clusters):
        for other_k, other in enumerate(clusters):
            if other_k == k:
                continue
            for fact in other:
                parts = sums.parts_adding_to(fact.figure, cluster[0].figure.base_value)
                if parts:
                    votes.setdefault(k, (fact.figure, parts))
    if len(votes) != 1:
        return None
    ((k, (total, parts)),) = votes.items()
    return clusters[k], total, parts


def _total_vote(
    clusters: Sequence[list[Fact]], sums: Sums
) -> tuple[list[Fact], Figure, Figure] | None:
    """The one value kept by a total it is a part of, whose parts add up to it exactly.

    A project row ``巾帼家政服务培训 | 38.65`` under ``项目合计 | 202.92`` that adds up,
    against ``实际支出38.56万元`` in the prose: any other value would break the table's
    total, so the table's value is the one to trust. Returns the cluster, its part and
    the total; None when no cluster or more than one holds such a place (a total that
    does not add up votes for nothing).
    """
    votes: dict[int, tuple[Figure, Figure]] = {}
    for k, cluster in enumerate(clusters):
        for fact in cluster:
            total = sums.total_holding(fact.figure)
            if total is not None:
                votes.setdefault(k, (fact.figure, total))
    if len(votes) != 1:
        return None
    ((k, (part, total)),) = votes.items()
    return clusters[k], part, total


_RATE_BASES = (
    "同名比率常按不同口径或范围计算（全部资金与财政拨款、全部门与某项目），两处未必是同一个数"
)


def _rates_of_two_bases(clusters: Sequence[Sequence[Fact]]) -> bool:
    """Whether the values are rates that are not a typing slip of each other.

    A rate's name (预算执行率, 满意度) is computed over different bases and scopes in
    one report more often than it is mistyped: on the held-out rounds none of the
    rates stated with two values was a real error. Two adjacent digits swapped
    (``96.20%``/``96.02%``) is still the signature of one figure typed twice.
    """
    figures = [c[0].figure for c in clusters]
    if any(kind_of(f.unit) != "percent" for f in figures):
        return False
    if len(figures) != 2:
        return True
    places = max(max(0, -int(f.value.as_tuple().exponent)) for f in figures)
    a, b = (f"{f.value:.{places}f}".replace(".", "") for f in figures)
    return slip(a, b) != Slip.TRANSPOSED


def _wrong_cell_issue(w: WrongCell) -> Issue:
    """A part cell the prose restates otherwise, and the table's own total agrees with the prose."""
    cell = w.cell
    prose = w.restated[0]
    totals = "、".join(
        f"{t.total.location.describe()}“{t.total.row_label or _column_name(t.total)}” {t.total.shown}"
        for t in w.totals
    )
    name = cell.row_label or cell.label or w.concept_name
    reading_text = f"按正文数值 {prose.shown} 重算，{totals}与各分项之和相符，表中该格疑为录入有误"
    return Issue(
        message=(
            f"“{name}”前后不一致：{cell.location.describe()}为 {cell.shown}，"
            f"正文{prose.location.describe()}为 {prose.shown}；{reading_text}，请核对"
        ),
        evidence=(
            evidence(cell, "表中数值"),
            *(evidence(f, "正文数值") for f in w.restated),
            *(evidence(t.total, "合计") for t in w.totals),
        ),
        expected=prose.amount.number_text,
        found=cell.amount.number_text,
        severity=Severity.ERROR,
        certainty=Certainty.HIGH,
        reading=(reading_text,),
        key=("wrong-cell", cell.location),
    )


def _column_name(fig: Figure) -> str:
    parts = [p for p in fig.column_path if not p.startswith("其中")]
    return parts[-1] if parts else "合计"


def _near_miss_issues(
    reading: Reading,
    compared: Mapping[Figure, object],
    *,
    same_concept: bool,
    told: set[frozenset[Figure]] | None = None,
    failing: frozenset[Figure] = frozenset(),
) -> Iterator[Issue]:
    """Two places whose values are a typing slip of each other, read as one figure.

    :mod:`auditor.read.slips` pairs them (one concept for IC001, else one wording);
    a pair the rule already compares (``compared``: figure → its group) is left to
    it. Under one concept the slip is an error (the signature settles that both state
    one figure, and no qualifier tells them apart); under one wording only it is a note
    (提示): on the held-out rounds most such pairs were two quantities.
    """
    for pair in reading.near_misses:
        if pair.same_concept != same_concept:
            continue
        if told and any({pair.first.figure, pair.second.figure} <= t for t in told):
            continue  # the wrong cell is told with the total that names it
        if {pair.first.figure, pair.second.figure} & failing:
            continue  # a table total its own parts contradict: AR001 tells it, once
        group = compared.get(pair.first.figure)
        if group is not None and group == compared.get(pair.second.figure):
            continue  # the rule compares them itself (and reports them or says why not)
        yield _near_miss_issue(pair, reading.section_of)


_DATED_MEASURES = frozenset({Measure.STOCK, Measure.ACCUMULATED})
"""Measures whose value depends on the day it is read at (a stock, a running total)."""


def _near_miss_issue(pair: NearMiss, section_of: Sequence[int]) -> Issue:
    """The finding for a slip pair: IC001's an error; IC005's a warning unless in doubt.

    Two wordings are in doubt (a note) when they stand in one section, apart only as
    two run-in titled paragraphs, or either counts a stock (``累计…``, ``现有…``: a stock
    stated twice may be read at two dates); measured on the held-out rounds, those were
    the slips that named two quantities.
    """
    a, b = pair.first, pair.second
    fa, fb = a.figure, b.figure
    doubt = section_of[fa.block] == section_of[fb.block] or bool(
        {a.measure, b.measure} & _DATED_MEASURES
    )
    certainty = (
        Certainty.HIGH if pair.same_concept else (Certainty.LOW if doubt else Certainty.MEDIUM)
    )
    if pair.short and certainty == Certainty.HIGH:
        certainty = Certainty.MEDIUM  # two digits: the arithmetic, not the slip, pairs them
    if pair.generic:
        certainty = Certainty.LOW  # the labels share only a generic noun: a note
    reading_text = (
        f"按同一数据理解：{_where(fa)}{fa.location.describe()}“{a.name}”为 {_written(fa)}，"
        f"{_where(fb)}{fb.location.describe()}“{b.name}”为 {_written(fb)}"
    )
    verdict = _verdict_text(pair.verdict)
    roles = {fa: "一处", fb: "另一处"}
    if pair.verdict is not None:
        roles = {pair.verdict.right: "相符值", pair.verdict.wrong: "疑误值"}
    return Issue(
        message=f"{reading_text}，两数{pair.slip.label}，疑为同一数据录入有误{verdict}，请核对",
        evidence=(
            evidence(fa, roles[fa]),
            evidence(fb, roles[fb]),
            *_verdict_evidence(pair.verdict),
        ),
        expected=pair.verdict.right.amount.number_text if pair.verdict else None,
        found=(
            pair.verdict.wrong.amount.number_text
            if pair.verdict
            else f"{fa.amount.number_text}、{fb.amount.number_text}"
        ),
        severity=(Severity.ERROR if pair.same_concept and not pair.short else Severity.WARNING),
        certainty=certainty,
        reading=(reading_text,),
        key=("near-miss", tuple(sorted((fa.base_value, fb.base_value)))),
    )


def _written(fig: Figure) -> str:
    """A text figure as written (``2.47万户``: the 万 a count's unit leaves out), else shown."""
    raw = fig.amount.raw.strip()
    unit = fig.unit or ""
    scaled = any(raw.endswith(f"{mult}{unit}") for mult in "万亿千")
    if fig.cell is None and unit and unit[0] not in "万亿千" and scaled:
        return raw
    return fig.shown


def _verdict_evidence(verdict: Verdict | None) -> tuple[Evidence, ...]:
    """The places the verdict rests on: the parts, the total it adds up to, the restatements."""
    if verdict is None:
        return ()
    return (
        *(evidence(f, "分项") for f in verdict.parts),
        *((evidence(verdict.within, "合计"),) if verdict.within is not None else ()),
        *(evidence(f, "同值") for f in verdict.restated),
    )


def _verdict_text(verdict: Verdict | None) -> str:
    """Which value the document's own arithmetic or restatements confirm (or ``""``)."""
    if verdict is None:
        return ""
    right, wrong = verdict.right, verdict.wrong
    if verdict.parts:
        added = " + ".join(p.amount.number_text for p in verdict.parts)
        why = f"所列分项之和（{added}）为 {right.amount.number_text}"
    elif verdict.within is not None:
        total = verdict.within
        why = (
            f"{right.amount.number_text} 与其他分项相加恰为{_where(total)}"
            f"{total.location.describe()}的合计 {_written(total)}"
        )
    else:
        places = "、".join(f"{_where(f)}{f.location.describe()}" for f in verdict.restated)
        why = f"{places}亦为 {_written(right)}"
    return f"；{why}，应以 {_written(right)} 为准，{_written(wrong)} 疑有误"


_BUDGETS = BUDGETS
"""Bases that are not an account of the year's execution."""


def _zero_stated(reading: Reading, concept: str, none_words: str = "") -> bool:
    """Whether the report states ``concept`` as 0.

    Every figure of it is 0, and there is at least one figure or (``none_words``, a cue)
    words that say there is none (``年末无结转结余``).
    """
    facts = [
        f for f in reading.facts.of(concept) if f.scope == "total" and f.year == reading.report_year
    ]
    if any(f.figure.value != 0 for f in facts):
        return False
    if facts:
        return True
    return bool(none_words) and next(reading.search(_cue(none_words)), None) is not None


def _sole_source_incomes(reading: Reading, incomes: Sequence[Fact]) -> list[tuple[str, Fact]]:
    """Income totals the text says come from one source alone, with that source."""
    out: list[tuple[str, Fact]] = []
    for f in incomes:
        source = sole_source(reading.document, f, reading.lexicon)
        if source is not None:
            out.append((source, f))
    return out


@check(
    code="IC002",
    name="source-spending-differs-from-income",
    title="无结转结余时分资金来源的支出与收入不符",
    source="收支平衡：本年收入 + 上年结转 = 本年支出 + 年末结余（部门决算收入支出决算总表）",
)
def source_spending_differs_from_income(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """With no carry-over and no balance, a funding source's spending differs from its income.

    Why: 收入 + 上年结转 = 支出 + 结余 holds for each source of funds. When the report
    itself states both 上年结转 and 年末结余 as 0, the 一般公共预算 spending must equal
    the 一般公共预算 income; a difference means one of them is wrong.

    Exceptions: applies only when the report states carry-over and year-end balance
    and all of them are 0 (a figure of 0, or words that say there is none:
    ``本单位无上年结转资金``, ``年末无结转结余``); compares whole-department figures of the
    evaluated year; rounding-only differences are warnings. An income total the text
    says comes from one source alone (``收入合计…，全部为一般公共预算财政拨款收入``) is
    that source's income when no figure of its own states it.

    Fails:
        | 收入合计 | 上年结转 | 财政拨款 | 其他收入 |
        | 500.00 | 0 | 450.00 | 50.00 |
        年末结余为0。一般公共预算财政拨款支出400.00万元。

    Passes:
        | 收入合计 | 上年结转 | 财政拨款 | 其他收入 |
        | 500.00 | 0 | 450.00 | 50.00 |
        年末结余为0。一般公共预算财政拨款支出450.00万元。
    """
    if not (
        _zero_stated(reading, "income.carryover", "no_carryover")
        and _zero_stated(reading, "balance.year_end", "no_balance")
    ):
        return
    year = reading.report_year
    stated = [
        f
        for f in reading.facts.of("income.total")
        if f.scope == Scope.TOTAL and f.year == year and f.basis not in _BUDGETS
    ]
    sole = _sole_source_incomes(reading, stated)
    # A source's income stated in its own figure is what its spending is held to; the
    # whole said to be one source's (``全部为一般公共预算财政拨款收入``) stands in for it.
    own = {f.source for f in stated}
    incomes = [(f.source, f) for f in stated] + [(s, f) for s, f in sole if s not in own]
    spending = [
        f
        for f in reading.facts.of("expenditure.total")
        if f.scope == Scope.TOTAL
        and f.year == year
        and f.basis not in _BUDGETS
        and f.origin != "formula"  # ``“三公”经费控制率=实际支出/预算数=4.86/5.40``
    ]
    for source in dict.fromkeys(s for s, _ in incomes):  # document order, every run
        inc = [f for s, f in incomes if s == source]
        out = [f for f in spending if f.source == source]
        if not inc or not out:
            continue
        reference = Counter(f.figure.value for f in inc).most_common(1)[0][0]
        ref_fact = next(f for f in inc if f.figure.value == reference)
        for f in out:
            if _equivalent(f.figure, ref_fact.figure):
                continue
            name = reading.lexicon.source_name(source) if source else "全部资金"
            unit = f.figure.unit or ref_fact.figure.unit or ""
            if f.figure.unit is None or ref_fact.figure.unit in (None, f.figure.unit):
                # One side has no written unit (a table without ``单位：万元``): the two
                # are compared as written, in the unit the other side gives.
                diff_text = f"{fmt_auto(abs(f.figure.value - ref_fact.figure.value))} {unit}"
            else:
                diff = abs(f.figure.base_value - ref_fact.figure.base_value)
                diff_text = (
                    fmt_auto(convert(diff, "元", unit)) + f" {unit}"
                    if unit in ("万元", "亿元")
                    else fmt_auto(diff)
                )
            certainty, relied = _certainty([ref_fact, f])
            yield Issue(
                message=(
                    f"上年结转与年末结余均为 0，{name}支出应等于{name}收入："
                    f"收入为 {ref_fact.figure.shown}"
                    + ("（报告称收入全部来自该来源）" if ref_fact.source != source else "")
                    + f"，支出写作 {f.figure.shown}，相差 {diff_text}"
                    + _caveat(relied)
                ),
                certainty=certainty,
                reading=relied,
                evidence=(
                    evidence(ref_fact.figure, f"{name}收入"),
                    evidence(f.figure, f"{name}支出"),
                ),
                expected=ref_fact.figure.amount.number_text,
                found=f.figure.amount.number_text,
                key=("identity", source, f.figure.value),
            )


@dataclass(frozen=True)
class _SourceSum:
    """One identity of spending by source that does not hold: its whole and parts."""

    concept: str
    name: str
    whole: Fact
    parts: dict[str | None, Fact]
    total: Decimal
    diff: Decimal
    decimals: int


def _stated_beside(
    reading: Reading, parts: Iterable[Fact], diff: Decimal, unit: str | None
) -> bool:
    """Whether a money figure in the sources' own paragraph is exactly the shortfall."""
    blocks = {p.figure.block for p in parts}
    wanted = to_base(diff, unit)
    return diff > 0 and any(
        f.block in blocks and f.kind == "money" and f.base_value == wanted for f in reading.figures
    )


def _in_unit(part: Fact, unit: str | None) -> Decimal:
    """A source's figure in the whole's unit (``元`` when neither says)."""
    if part.figure.unit == unit:
        return part.figure.value
    return convert(part.figure.value, part.figure.unit or unit or "元", unit or "元")


def _typed_twice(total: _SourceSum, part: _SourceSum) -> list[str | None]:
    """Sources whose one figure stands in both identities and explains both differences.

    ``政府性基金支出D（项目支出D）``: a source spent on one kind only states the same figure as
    its total and as its part; typed wrong, it breaks the total by source and the kind by
    source by the same amount. Empty when the differences differ.
    """
    if total.diff != part.diff or total.whole.figure.unit != part.whole.figure.unit:
        return []
    return [
        s
        for s, p in total.parts.items()
        if s in part.parts
        and part.parts[s].figure.value == p.figure.value
        and p.figure.unit == total.whole.figure.unit
        and p.figure.value + total.diff > 0  # mended, the source still spent something
    ]


def _source_sum_issues(reading: Reading, found: list[_SourceSum]) -> Iterator[Issue]:
    """One finding per identity that fails, or one for a figure that breaks two at once."""
    merged: dict[int, tuple[_SourceSum, list[str | None]]] = {}
    whole_sum = next((m for m in found if m.concept == "expenditure.total"), None)
    if whole_sum is not None:
        for i, m in enumerate(found):
            if m is not whole_sum:
                typed = _typed_twice(whole_sum, m)
                if typed and not merged:
                    merged[i] = (m, typed)
    for m in found:
        if merged and m is whole_sum:
            continue
        pair = next((v for v in merged.values() if v[0] is m), None)
        yield _source_sum_issue(reading, m, whole_sum if pair else None, pair[1] if pair else [])


def _source_sum_issue(
    reading: Reading, m: _SourceSum, also: _SourceSum | None, typed: list[str | None]
) -> Issue:
    unit = m.whole.figure.unit
    name = reading.lexicon.source_name

    def said(one: _SourceSum) -> str:
        listing = "、".join(f"{name(s)} {p.figure.shown}" for s, p in one.parts.items())
        shown = fmt(one.total, one.decimals, "," in one.whole.figure.amount.number_text)
        return (
            f"按资金来源分列的{one.name}之和为 {shown} {unit or ''}（{listing}），"
            f"与{one.name} {one.whole.figure.shown} 不一致"
        )

    tail = f"，相差 {fmt(abs(m.diff), m.decimals)} {unit or ''}"
    tail_also = f"，相差 {fmt(abs(also.diff), also.decimals)} {unit or ''}" if also else ""
    facts = [m.whole, *m.parts.values()]
    items = [evidence(m.whole.figure, m.name)]
    items += [evidence(p.figure, name(s)) for s, p in m.parts.items()]
    if also is None:
        message = said(m) + tail
    else:
        facts += [also.whole, *also.parts.values()]
        items.insert(0, evidence(also.whole.figure, also.name))
        if len(typed) == 1:
            figure = m.parts[typed[0]].figure.shown
            cause = f"{name(typed[0])}支出 {figure}（同时是其{m.name}）可能写错"
        else:
            cause = (
                "、".join(name(s) for s in typed) + f"中某一来源的支出（同时是其{m.name}）可能写错"
            )
        message = (
            f"{said(also)}{tail_also}；{said(m)}{tail}。两处相差相同，"
            f"按同一数字写错一处理解：{cause}，请核对"
        )
    certainty, relied = _certainty(facts)
    return Issue(
        message=message + _caveat(relied),
        certainty=certainty,
        reading=relied,
        evidence=tuple(items),
        expected=m.whole.figure.amount.number_text,
        found=fmt(m.total, m.decimals),
    )


@check(
    code="IC003",
    name="source-breakdown-mismatch",
    title="分资金来源的支出之和与支出总数不符",
    source=SOURCE_SAME,
)
def source_breakdown_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """Spending listed by funding source does not add up to the department's spending.

    Why: ``其中：一般公共预算支出 a（基本支出 b，项目支出 c）；政府性基金支出 d（项目支出 d）…``
    splits the same spending by source; the sources' 支出, 基本支出 and 项目支出 must add
    up to the department's 支出合计, 基本支出 and 项目支出.

    Exceptions: needs at least two sources listed in one paragraph; a source that lists
    only 项目支出 contributes 0 to 基本支出 (and vice versa) only when every listed
    source is itself broken down; differences within rounding of the figures as
    written (``1.09亿元`` against an exact sum) are not findings; nor is a list whose
    total a table states with these sources and the ones left out, adding up. A source
    spent on one kind only (``政府性基金支出 d（项目支出 d）``) states one figure twice:
    typed wrong, it breaks the total by source and that kind by source by the same amount,
    and is one finding naming it and both sums, not two. Carry-over spent this year
    (``上年结转资金支出``) is a source too; a whole short of the sources by exactly that
    carry-over is this year's spending without it, another total, not a slip, and so is a
    whole short by exactly a figure the sources' paragraph states (a source not read); sources
    (three or more) that exceed the whole by exactly one of them name a source another
    holds (``财政拨款`` over 一般公共预算 and 政府性基金), a misread structure. A whole read
    from a table that declares no unit is read in the one unit its sources are stated in.

    Fails:
        部门支出合计500.00万元，其中基本支出300.00万元，项目支出200.00万元。其中：一般公共预算支出450.00万元（基本支出300.00万元，项目支出150.00万元）；政府性基金预算支出40.00万元（项目支出40.00万元）。

    Passes:
        部门支出合计500.00万元，其中基本支出300.00万元，项目支出200.00万元。其中：一般公共预算支出450.00万元（基本支出300.00万元，项目支出150.00万元）；政府性基金预算支出50.00万元（项目支出50.00万元）。
    """
    year = reading.report_year
    by_block: dict[int, list[Fact]] = defaultdict(list)
    for concept in ("expenditure.total", "expenditure.basic", "expenditure.project"):
        for f in reading.facts.of(concept):
            if (
                f.source
                and f.year == year
                and f.scope == Scope.TOTAL
                and f.basis not in _BUDGETS
                and f.figure.cell is None
            ):
                by_block[f.figure.block].append(f)
    for block, facts in by_block.items():
        totals = {f.source: f for f in facts if f.concept == "expenditure.total"}
        if len(totals) < 2:
            continue
        found: list[_SourceSum] = []
        broken_down = all(
            any(g.concept != "expenditure.total" and g.source == s for g in facts) for s in totals
        )
        for concept, name in (
            ("expenditure.total", "支出"),
            ("expenditure.basic", "基本支出"),
            ("expenditure.project", "项目支出"),
        ):
            parts = {}
            for f in facts:
                if f.concept == concept and f.source not in parts:
                    parts[f.source] = f
            if not parts or (concept != "expenditure.total" and not broken_down):
                continue
            if concept == "expenditure.total" and len(parts) < 2:
                continue
            whole = reading.best_fact(concept, "actual", block)
            if whole is None or whole.source is not None:
                wholes = [
                    f
                    for f in reading.facts.of(concept)
                    if f.source is None
                    and f.scope == "total"
                    and f.year == year
                    and f.basis not in _BUDGETS
                ]
                if not wholes:
                    continue
                value = Counter(f.figure.value for f in wholes).most_common(1)[0][0]
                whole = next(f for f in wholes if f.figure.value == value)
            unit = whole.figure.unit
            stated_in = {p.figure.unit for p in parts.values()}
            if unit is None and len(stated_in) == 1:
                # ``本年支出合计 | 2,768.94`` in a table that declares no unit: read in the
                # one unit its sources are stated in.
                unit = next(iter(stated_in))
            total = sum((_in_unit(p, unit) for p in parts.values()), Decimal(0))
            diff = whole.figure.value - total
            if diff == 0:
                continue
            decimals = max(
                [p.figure.amount.decimals for p in parts.values()] + [whole.figure.amount.decimals]
            )
            tolerance = Decimal(len(parts) + 1) * Decimal(1).scaleb(-decimals) / 2
            rounding = abs(diff) <= tolerance
            if rounding:
                continue  # ``1.09亿元`` against the exact sum: a rounded figure, not an error
            if completed_elsewhere(
                whole.figure,
                [p.figure for p in parts.values()],
                breakdowns_by_total(reading.breakdowns),
            ):
                continue  # a table lists the same total with these sources and the rest
            if any(p.source == "carryover" and _in_unit(p, unit) == -diff for p in parts.values()):
                continue  # the whole leaves out the carry-over spent: another total, not a slip
            if _stated_beside(reading, parts.values(), diff, unit):
                # ``…其他收入安排的支出384,260.00元，使用上年结转资金1,650,000.00元，四项合计``:
                # the shortfall is a figure the sources' paragraph states, a source not read.
                continue
            if len(parts) > 2 and any(_in_unit(p, unit) == -diff for p in parts.values()):
                # ``财政拨款7,241.57（含政府性基金519.41）…政府性基金519.41``: the sources
                # exceed the whole by exactly one of them, which another holds: a misread
                # structure, not a slip.
                continue
            found.append(_SourceSum(concept, name, whole, parts, total, diff, decimals))
        yield from _source_sum_issues(reading, found)


@check(
    code="IC004",
    name="list-count-mismatch",
    title="所述数量与所列项目数不符",
    source="报告文字自身的一致性",
)
def list_count_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A count disagrees with the list it introduces (``A、B、C 等 5 个部门``).

    Why: a stated count that differs from the items listed means an item is missing,
    extra, or the count is wrong — usually text copied from another year.

    Exceptions: with 等 (“and others”) a list may be shorter than its count; only more
    items than the count is then a finding, and so is a list after its count that ends
    ``等品牌赛事`` (examples). Lists whose items contain amounts (米, 万元) are descriptions,
    not enumerations, and are skipped. A last ``A和B`` that may be one item or two is read
    the way the count says, and so is a name that itself holds a 、 in a list of
    organisations (``档案保管、利用服务中心``). A numeral after ``第`` or ``届`` names a
    session (``九届三次全体会议``, ``第三次会员代表大会``): an ordinal, not a count. A count
    after 分 before its list (``分三批下达``)
    divides one thing, a count closing its own list (``A、B等活动6项，包括…``) is not
    counting the list after it, and a list after a count that ends with 等 gives examples.
    A count followed by clauses marked ``一是…；二是…`` (``（一）``, ``第一，``) counts the
    marked clauses; a 、 list inside one of them is that clause's detail. A count with a
    bound (``新品系6个以上``) is no exact number of the items; a last word that qualifies
    what it counts (``本镇及周边4个行政村``, ``及所属3个单位``, ``各3名``) makes no list; a
    count after named categories (``经济和社会类8项指标``) counts their members; a last
    item holding both 和 and 与 (``信息平台和档案整理与数字化``) is one item or two, as the
    count says. A count that is the object of the verb right before it
    (``严格执行中央八项规定``, ``抽调人员组成3个核查组``, ``深入7个乡镇``) counts what the verb acts on, not the
    words listed before the verb; a count closing its sentence (``…共3个。``) closes a list
    only after a word of summing (共, 共计, 合计). A list with 等 shorter than its count says nothing, even one item short
    right before the count (``A、B、C等4个乡镇``): the seen reports always name every
    item there, but on unseen ones such lists were meant as “and others” as often as
    not (measured: three false warnings on one held-out round), so the reading ties.
    A count followed by its noun and a 、 or 和 that goes on (``残疾人两项补贴、高龄津贴``)
    details one item; items of another head noun before a 和 (``第一、第二、第三中队和
    A、B、C 3个所``) are not in the counted run; a quoted run right before the count
    (``“A、B、C”三项重点：一是…``) is its list, not the clauses after it. A last ``A及B``
    (``养护工程、航道疏浚及应急抢通两个项目``) is one name or two, as the count says, and so
    is a last item holding a word that opens with its conjunction (``执法办案和平台建设``:
    和平, or 和 and 平台建设); a count whose noun is joined to an uncounted one before its
    colon (``分解到6个项目和各科室：A、B由…负责``) introduces no list of its own. A count
    more than twice the items before it and three over (``文明单位、文明村镇和文明家庭共
    48个``) counts the members of the kinds listed, not the kinds.

    Fails:
        设有办公室、财务股、业务股等2个内设机构。

    Passes:
        设有办公室、财务股、业务股等3个内设机构。
    """
    for item in reading.lists:
        n = int(item.count.value)
        k = len(item.items)
        if k == n or n == item.other_reading or (item.open_ended and k < n):
            continue  # the count fits one reading of the list: the text's own choice
        if item.fewest is not None and item.fewest <= n <= k:
            continue  # ``档案保管、利用服务中心``: names holding a 、, read as the count says
        listed = "、".join(item.items)
        yield Issue(
            message=f"文中称“{item.count.raw}”，但列出了 {k} 项（{listed}）",
            evidence=(Evidence(item.location, item.quote, item.count.raw, "数量"),),
            expected=str(k),
            found=str(n),
            key=("list", item.count.raw, item.items),
        )


MIN_ACTIVITY_LABEL = 4


def _cue(key: str) -> re.Pattern[str]:
    """IC wording from ``auditor/read/data/cues/consistency.yaml``."""
    return cue("consistency", key)


def _two_values_in_one_block(figs: list[Figure]) -> bool:
    """Whether one paragraph gives a group two different values."""
    per_block: dict[int, set[Decimal]] = defaultdict(set)
    for fig in figs:
        per_block[fig.block].add(fig.base_value)
    return any(len(values) > 1 for values in per_block.values())


def _group_by_suffix(
    labelled: list[tuple[str, Activity]],
) -> dict[tuple[str, str | None, Measure, Scope, str], list[Figure]]:
    """Group figures whose labels name the same activity, counted the same way.

    ``敲门行动共摸排熏炕腊肉家庭`` and ``摸排熏炕腊肉家庭`` are the same activity: a longer
    label joins a shorter one it ends with unless the words in front name a unit
    (``县农技推广中心开展…`` is one unit's share) or narrow the object (``高素质农民培训`` is a
    part of ``农民培训``); words that open with whom the work was for (``对因病致困的…``)
    always join.
    Labels are indexed by their suffixes (linear in total label length, no pairwise
    comparison). An addition (新增) and a stock (累计, 总数) are never one group, nor are
    figures of different stated scopes (the department, its own level ``本级``, a part
    ``所属…``).
    """
    names = {label for label, _ in labelled}
    groups: dict[tuple[str, str | None, Measure, Scope, str], list[Figure]] = defaultdict(list)
    for label, activity in labelled:
        key = label
        for start in range(len(label) - MIN_ACTIVITY_LABEL, 0, -1):
            if label[start:] in names and _context_prefix(label[:start], label[start:]):
                key = label[start:]
                break
        fig = activity.figure
        scope = Scope.UNSTATED if activity.scope == Scope.TOTAL else activity.scope
        groups[(key, fig.unit, activity.measure, scope, activity.scope_words)].append(fig)
    return dict(groups)


def _context_prefix(prefix: str, name: str) -> bool:
    """Whether words in front of a known activity name leave it the same activity.

    They do unless they name who did it (one unit's share: ``县农技推广中心开展…``, or any
    actor named before the verb: ``青年志愿者开展…``) or narrow the people or things it
    counts (``高素质农民培训`` within ``农民培训``); the words that do are cues
    (``activity_subject``, ``activity_actor_verb``, ``activity_narrowing``).
    """
    if _cue("activity_joined_list").search(prefix):
        return False  # ``国考和市考断面``: a union of groups, not the last one alone
    if prefix.endswith(words("activities", "support_verbs")):
        return False  # ``资助发明专利``: the ones funded, not all of them (``授权…发明专利``)
    if _cue("activity_context_start").match(prefix):
        return True  # ``对因病致困的…群众``: whom the work was for, described at length
    verb = _cue("activity_actor_verb").search(prefix)
    if verb and not _cue("activity_manner_words").match(prefix[: verb.start()]):
        return False  # ``青年志愿者开展…``: who did it, named before the verb
    return not (
        _cue("activity_subject").search(prefix) or _cue("activity_narrowing").search(prefix)
    )


@check(
    code="IC005",
    name="activity-restated-differently",
    title="同一事项的数字在不同章节说法不一",
    severity="warning",
    source="报告文字自身的一致性",
)
def activity_restated_differently(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The same named activity is given different figures in two sections.

    Why: ``摸排熏炕腊肉家庭320余户`` in one section and ``400余户`` in another cannot both be
    this year's figure; one is usually copied from last year's report.

    Exceptions: only labels of four or more characters that are not generic words
    (整改, 发放 …; a time and a state only, ``年末在册3,126人``, names no activity: whose,
    the clause before says) and not concepts (those are IC001); targets and plans
    (``计划新建15个``, ``绩效目标为…``, ``48次（年度计划）``, ``年度任务数1,500人``, a bar
    to pass: ``不少于400人次``, ``60场以上``, ``控制在12件以内``; anything under a heading
    of targets, ``二、年度绩效目标``, or in a paragraph led by its own title of targets,
    ``（一）数量目标。…``, unless a heading reporting on them, ``绩效目标完成情况``, is
    nearer), a
    designed, authorised or planned capacity (``设计灌溉面积12.5万亩``, ``核定床位…``), a
    section of plans (``下一步工作计划``, ``2025年工作思路``), a list that closes saying its
    items were not done (``A有2处、B有7个未按期完成``: what is left of a target) and a
    sentence dated to a later
    year (``2025年，建成…``, ``下一年度…``; not ``截至2025年2月底``) are not accounts of
    the result, nor is a value another account's own paragraph names as the target
    (``培育高素质农民480人，完成年度目标600人的80.0%`` against a list's ``培育…600人``);
    a session's ordinal (``十届二次会议``) counts nothing; an addition
    (``新增泊位420个``, a purchase ``新购设备46台``) is not compared with a stock
    (``累计…``, ``总数达到…``, ``现有…``); a figure dated to another year (``2023年…``, ``上年…``) is
    not this year's, nor is one counted over several years (``“十四五”以来…``, ``近三年…``);
    a figure of the department's own level (``本级…``) or of a part (``所属单位…``,
    ``其中第二大队…``) is not compared with the department's; a longer name joins a
    shorter one (``专项行动期间共查处…``,
    ``按月发放…``) unless the words in front name one unit (``县农技推广中心开展…``) or a
    narrower object (``高素质农民培训`` within ``农民培训``; a state of the people served,
    ``建档管理…患者`` and ``规范管理…患者``, names another set), and a longer name that
    gives another value in the activity's own paragraph (``单日最高接待观众``) names
    another thing and is left out; both figures must be of the
    same unit; approximate figures agree when their ranges overlap (``18400余份``
    and ``1万余份``; a count written in 万 or 亿 with no hedge is the exact count rounded
    or cut to its last place: ``3.52万份`` is 35,150–35,300 份); figures in the same section are not compared (a paragraph opening
    with its own numbered title, ``（二）专项行动。…``, is a place of its own for the
    activity's own name).
    Two places that word one quantity differently (``完成病媒监测9,418批次`` and
    ``开展病媒生物监测9,481批次``; ``事业编制468名`` and ``编制数 | 486`` when no other part
    of the 编制 is stated) are paired when their values are a typing slip of each other
    (two adjacent digits swapped; three significant digits or more),
    their labels share a word that is not generic, narrow the object by the same words
    and state no qualifier differently, and no paragraph states both values
    (:mod:`auditor.read.slips`): a warning that reads them as one figure, only a note
    (提示) when both stand in one section or either counts a stock (``累计…``, ``现有…``).
    An activity's words include what it counts when named after the unit
    (``实际火化6,281具遗体``) or as its sentence's opening subject; an indicator table's
    achieved cell (``全年实际值``, not a score sheet's: IC007) is a statement of its row.
    Two values far apart (``2,480盏`` and ``31盏``: the smaller under half the larger) are
    most likely two things sharing a name: only a note that says so, unless they swap
    two adjacent digits and parts stated with one add up to it (``27处`` and ``72处，其中
    新建30处、改造42处``). Two significant digits (``纳入市级重点工程79个`` and
    ``推进市级重点工程97个，其中续建52个、新开工45个``) are paired only when the
    document's arithmetic decides which value is right (parts adding up to one, or a
    third place restating it: :mod:`auditor.read.slip_verdict`), and labels sharing only
    a generic head noun (``民生项目``, ``基础设施项目``) only then and as a note; the
    finding names the value to trust and the one in doubt. A value that is one part of
    a total stated with it that adds up exactly (``城乡居民参保312,486人，职工参保28,640人，
    共计341,126人``) is the one that fits: the warning names it and the other as in doubt.

    Fails:
        （一）综合治理
        全年摸排出租房屋住户230余户。
        （二）平安建设
        全年摸排出租房屋住户410余户。

    Passes:
        （一）综合治理
        全年摸排出租房屋住户230余户。
        （二）平安建设
        全年摸排出租房屋住户230余户。
    """
    found, compared = _activity_groups(reading)
    yield from (issue for verdict, issue in found if verdict is None)
    yield from _near_miss_issues(reading, compared, same_concept=False)


_GROUPS: weakref.WeakKeyDictionary[
    Reading, tuple[list[tuple[Verdict | None, Issue]], dict[Figure, object]]
] = weakref.WeakKeyDictionary()


def _activity_groups(
    reading: Reading,
) -> tuple[list[tuple[Verdict | None, Issue]], dict[Figure, object]]:
    """:func:`_read_activity_groups`, once per reading (IC001 and IC005 both use it)."""
    cached = _GROUPS.get(reading)
    if cached is None:
        cached = _GROUPS[reading] = _read_activity_groups(reading)
    return cached


def _without_named_aims(
    by_section: dict[int, Figure], aims_of: Callable[[int], tuple[Decimal, ...]]
) -> dict[int, Figure]:
    """The accounts without those whose value another account's paragraph names as the aim.

    ``二是新建高标准农田2.5万亩`` in a list of the year's work, and ``新建高标准农田2.62万亩，
    超额完成2.5万亩的年度任务``: the document says 2.5 is the target, not a second result.
    """
    kept = dict(by_section)
    for key, fig in by_section.items():
        named = any(
            fig.base_value in aims_of(other.block)
            for other in by_section.values()
            if other.block != fig.block and differs_beyond_rounding(other, fig)
        )
        if named:
            del kept[key]
    return kept


def _read_activity_groups(
    reading: Reading,
) -> tuple[list[tuple[Verdict | None, Issue]], dict[Figure, object]]:
    """Each activity stated with different values in different places, and the groups compared.

    A pair that swaps two digits and whose parts say which is right comes with that
    verdict: one figure typed twice (IC001's); the others are two accounts (IC005's).
    """
    found: list[tuple[Verdict | None, Issue]] = []
    labelled: list[tuple[str, Activity]] = []
    for activity in reading.activities:
        label, fig = activity.label, activity.figure
        if (
            len(label) < MIN_ACTIVITY_LABEL
            or _cue("activity_generic").match(label)
            or re.search(r"\d", label)
            or (fig.amount.chinese and _cue("activity_list_label").search(label))
            or _cue("activity_partitive").search(label)
        ):
            continue  # ``A和B两项指标``: the count of its own list, not an activity; nor
            # ``14个行政村中有12个``: what the 12 counts is said after it
        if activity.planned:
            continue  # ``计划新建15个，完成13个``: the plan, not a second account of the result
        if activity.other_year or activity.span:
            continue  # ``2023年…``, ``“十四五”以来…``: another year's or years' account
        if fig.kind == "money" and not _cue("activity_payment").search(label):
            continue
        labelled.append((label, activity))
    groups = _group_by_suffix(labelled)
    sums = Sums(reading.breakdowns)
    aims_of = functools.cache(functools.partial(stated_aims, reading.document))
    compared: dict[Figure, object] = {}
    """Figures of the groups compared here (a typing slip between two is told here)."""
    own_label = {activity.figure: label for label, activity in labelled}
    for group, figs in groups.items():
        label, unit = group[0], group[1]
        if _two_values_in_one_block(figs):
            # ``接待观众126.84万人次…单日最高接待观众1.86万人次``: the longer name joined
            # by its suffix names another thing; compare the activity's own name alone.
            figs = [fig for fig in figs if own_label.get(fig) == label]
        if _two_values_in_one_block(figs):
            # one paragraph gives the label two values: it names two things, and a
            # typing slip between one of them and another place is the slip's to tell
            continue
        compared.update(dict.fromkeys(groups[group], group))
        # Run-in titled paragraphs (``（一）…。`` ``（二）…。``) are places of their own, but
        # only for the activity's own name: a longer name joined by its suffix
        # (``改造建筑面积`` to ``建筑面积``) is left out where its section names the activity.
        exact_sections = {reading.section_of[f.block] for f in figs if own_label.get(f) == label}
        by_section: dict[int, Figure] = {}
        for fig in figs:
            section = reading.section_of[fig.block]
            joined = own_label.get(fig) != label
            if joined and section in exact_sections:
                continue  # the section states the activity by its own name: that one speaks
            by_section.setdefault(reading.place(fig.block), fig)
        by_section = _without_named_aims(by_section, aims_of)
        if len(by_section) < 2:
            continue
        distinct: list[Figure] = []
        for fig in by_section.values():
            if all(
                same_dimension(fig.unit, d.unit) and differs_beyond_rounding(fig, d)
                for d in distinct
            ):
                distinct.append(fig)
        if len(distinct) < 2:
            continue
        values = "、".join(f"{d.location.describe()}为 {d.shown}" for d in distinct)
        doubt = len(distinct) == 2 and far_apart(*(d.base_value for d in distinct))
        verdict = _slip_verdict(distinct, sums)
        if verdict is not None:
            doubt = False  # ``27``/``72`` and the parts give 72: one figure typed twice
        found.append(
            (
                # Its own parts giving one value make it one figure typed twice (IC001's);
                # a total it adds up to only says which value fits: two accounts (IC005's).
                verdict if verdict is not None and verdict.parts else None,
                Issue(
                    message=f"“{label}”在不同章节的数字不同：{values}"
                    + ("（两数相差悬殊，可能是不同事项，请核对）" if doubt else "")
                    + (f"，两数{Slip.TRANSPOSED.label}{_verdict_text(verdict)}" if verdict else ""),
                    certainty=Certainty.LOW if doubt else Certainty.HIGH,
                    evidence=tuple(evidence(d, label) for d in distinct)
                    + _verdict_evidence(verdict),
                    expected=verdict.right.amount.number_text if verdict else None,
                    found=(
                        verdict.wrong.amount.number_text
                        if verdict
                        else "、".join(d.amount.number_text for d in distinct)
                    ),
                    key=("activity", label, unit),
                ),
            )
        )
    return found, compared


def _slip_verdict(distinct: Sequence[Figure], sums: Sums) -> Verdict | None:
    """The parts' verdict on two values of one label that swap two adjacent digits.

    ``27处`` and ``72处，其中新建30处、改造42处``: far apart, but one figure typed
    twice, and the parts say which (:mod:`auditor.read.slip_verdict`).
    """
    if len(distinct) != 2:
        return None
    a, b = distinct
    ta, tb = digits(a, a.unit, SHORT_DIGITS), digits(b, b.unit, SHORT_DIGITS)
    if ta is None or tb is None or slip(ta, tb) != Slip.TRANSPOSED:
        return None
    verdict = decide(a, b, sums, {})
    return verdict if verdict is not None and (verdict.parts or verdict.within) else None


def _join_implied_actuals(groups: dict[tuple[object, ...], list[Fact]]) -> None:
    """Spending that states no basis joins the actual figure when only it is unstated.

    ``部门整体支出3,481.27万元`` in a conclusion names money spent; when every figure of
    the quantity with an unstated basis is such prose, they are the actual figure's
    restatements. A table or sentence of unstated basis keeps them with it.
    """
    basis_at = 4  # Fact.key(): concept, year, scope, scope name, basis, …
    for key in [k for k in groups if k[basis_at] == Basis.UNSTATED]:
        facts = groups[key]
        if not all(f.implied_actual for f in facts):
            continue
        actual = (*key[:basis_at], Basis.ACTUAL, *key[basis_at + 1 :])
        if actual in groups:
            groups[actual].extend(facts)
            del groups[key]


def _join_sole_sources(groups: dict[tuple[object, ...], list[Fact]], reading: Reading) -> None:
    """A total the text says is all one source's joins that source's statements of it.

    ``收入合计3,214.80万元，全部为一般公共预算财政拨款收入`` and, elsewhere,
    ``一般公共预算财政拨款收入3,241.80万元``: the words make the two one quantity.
    """
    source_at = 5  # Fact.key(): concept, year, scope, scope name, basis, source, …
    for key in [k for k in groups if k[source_at] is None]:
        if key not in groups:
            continue
        said = {sole_source(reading.document, f, reading.lexicon) for f in groups[key]}
        said.discard(None)
        if len(said) != 1:
            continue
        other = (*key[:source_at], said.pop(), *key[source_at + 1 :])
        if other in groups:
            groups[key].extend(groups.pop(other))


def _one_value(facts: Sequence[Fact]) -> Fact | None:
    """The fact all ``facts`` agree with (rounding allowed), or None when they differ."""
    if not facts:
        return None
    first = facts[0]
    return first if all(_equivalent(first.figure, f.figure) for f in facts[1:]) else None


def _coarse_agrees(fig: Figure, actual: Cell) -> bool:
    """Whether one of the two restates the other in 万 or 亿 to fewer places.

    ``9.47万人次`` in the text and ``94,712人次`` in the sheet (or the reverse) are one
    count: the exact one rounds or cuts to the coarse one at its last written place.
    """
    exact = to_base(actual.value, actual.unit)
    text_range = scale_range(fig.amount, fig.unit)
    if text_range is not None and text_range[0] <= exact <= text_range[1]:
        return True
    written = scan(actual.text).amounts
    cell_range = scale_range(written[0], actual.unit) if len(written) == 1 else None
    if cell_range is not None and written[0].unit != actual.unit:
        # the cell's own unit (``9.47万人次``) is what its digits are written in
        cell_range = scale_range(written[0], written[0].unit)
    return cell_range is not None and cell_range[0] <= fig.base_value <= cell_range[1]


@check(
    code="IC006",
    name="staff-above-authorised",
    title="实有人数超过编制数且未说明",
    severity="warning",
    source="在职人员控制率 = 在职人数 / 编制数 ≤ 100%（部门整体支出绩效评价共性指标）",
)
def staff_above_authorised(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The department's 实有/在职 headcount is above its 编制 and the report does not say why.

    Why: more staff than authorised posts (在职 52, 编制 50) is the first thing a
    reviewer checks: either one of the two figures is wrong, or the department is over
    its establishment, which the 在职人员控制率 indicator must score down and the
    report must explain (借调、安置、超编待消化 …).

    Exceptions: only whole-department figures of the evaluated year are compared
    (a sub-unit's 在职 or last year's 编制 never are), each stated with one value
    (two values are IC001's); a report that explains the excess (超编、借调、挂职、
    编外、待分配、安置 …) passes, but a plan to recruit (``积极争取编制，通过遴选补充人员``)
    explains nothing. The finding shows the two figures it compared. A
    编制 stated as one kind only (``核定行政编制12名``, no 编制数 and no other kind
    anywhere) is the whole 编制.

    Fails:
        2024年度部门整体支出绩效自评报告
        本单位核定编制50名，2024年末实有人数52人。

    Passes:
        2024年度部门整体支出绩效自评报告
        本单位核定编制50名，2024年末实有人数48人。
    """
    year = reading.report_year

    def department(concept: str) -> list[Fact]:
        return [
            f
            for f in reading.facts.of(concept)
            if f.scope == "total" and f.year == year and f.basis not in _BUDGETS and not f.source
        ]

    authorised = _one_value(department("headcount.authorised"))
    kinds = {k: department(k) for k in ("headcount.authorised_admin", "headcount.authorised_inst")}
    if authorised is None and not reading.facts.of("headcount.authorised"):
        # ``核定行政编制12名`` and no other kind of 编制 stated: that kind is the whole.
        stated = [facts for facts in kinds.values() if facts]
        only = _one_value(stated[0]) if len(stated) == 1 else None
        if only is not None and not any(
            f is not only.figure
            and f.block == only.figure.block
            and _cue("authorised_posts_label").search(f.label)
            for f in reading.figures
        ):
            authorised = only  # (``行政编制7名、工勤编制2名``: another kind beside it, no)
    actual = _one_value(department("headcount.actual"))
    if authorised is None or actual is None:
        return
    if actual.figure.value <= authorised.figure.value:
        return
    if reading.explanations.staffing_explained({authorised.figure.block, actual.figure.block}):
        return
    excess = actual.figure.value - authorised.figure.value
    yield Issue(
        message=(
            f"按全单位{year or ''}年口径理解：实有人数 {actual.figure.shown} 多于编制数 "
            f"{authorised.figure.shown}（超出 {fmt_auto(excess)} 人），报告未说明原因，请核对"
        ),
        evidence=(evidence(authorised.figure, "编制数"), evidence(actual.figure, "实有人数")),
        expected=f"≤ {authorised.figure.amount.number_text}",
        found=actual.figure.amount.number_text,
        confidence="medium",
    )


@check(
    code="IC007",
    name="indicator-actual-differs-from-text",
    title="自评表实际完成值与正文所述不一致",
    severity="warning",
    source=SOURCE_SAME,
)
def indicator_actual_differs_from_text(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """An indicator table's 实际完成值 differs from the same activity stated in the text.

    Why: ``困难残疾人生活补贴发放人数 | 3,418人`` in the 自评表 and ``为3,481名困难残疾人
    发放生活补贴`` in the text cannot both be true; the score rests on one of them.

    Exceptions: the pairing must be unambiguous: the text clause holding the number
    covers the words of the activity (the indicator's name without its counting word,
    人数/次数/场次 …), counts in the same kind of unit, names no other year and no
    target or bound (目标、计划、不低于 …), and counts what the indicator counts: an
    addition (``新增建档农户412户``, ``累计新增…``) is not a stock (``累计建档农户``,
    ``现有…``, ``总数…``) nor the reverse, read as IC005 reads it, and a text addition
    is not paired with an indicator that does not say it counts additions; when the text states the activity more than
    once with different values, nothing is said. A rate indicator (``路灯亮灯率``) is
    compared only with text percentages labelled with its own name, never a survey's
    满意度 or a standard budget rate (the rate rules and IC001 compare those), and two
    values that agree at the coarser rounding (``97.56%``, ``97.6%``) agree, as does a
    count restated in 万 or 亿 (``5.08万人次``) with the exact count that rounds or cuts
    to it (``50,764人次``). A text figure read as a target (a bar to pass, a heading or
    paragraph title of targets: IC005's reading) states no result, nor does work put off
    (``有1项采录工作顺延``), nor a figure inside a quoted slogan (``“发现一户、改造一户”``; a year
    compared with, ``较2024年的2,958人``, does not date the figure before it),
    nor the points an indicator counted in 分 is given (``综合考评得分（8分）：…得8分``: its
    value is ``我区得分92.6分``). A sheet with no 实际完成值 column whose 说明 cell holds one value
    with its unit (``评分说明 | 1.26万亩``) states the achieved value there; an area, length
    or mass is found with a shorter name (``新造林``); words that nearly cover the
    indicator (most of its characters) pair a text count whose digits are the cell's with
    two adjacent swapped (``86家``/``68家``). A bare achieved value (``2417``) takes the unit of its row's target, else the
    one the indicator's counting word gives (``…起数`` → 起), else the unit of the one text
    count stating the activity whose value is the cell's with two adjacent digits swapped
    (four significant digits or more: ``1,326`` against ``全年开展…巡诊1,362次``), else the
    pair is not read. A text count whose clause names only part of the indicator
    (``完成机动车检测245.3万辆次`` for ``检测站机动车检测量 | 254.3万辆次``) states it when
    no clause covers the indicator, its value is the cell's with two adjacent digits
    swapped, and it shares a word that is not generic with the indicator. A number
    counts the object in its own part of a clause that joins another object counted
    with no number (``完成9个乡镇总体规划报批和一批村庄规划编制``: 9 is not the count of
    村庄规划编制); in a 、 list whose every item names its object and its own number
    (``河道清淤32.5公里、渠道衬砌18.5公里``) each number counts its own item's object,
    unless the items follow ``其中`` or ``分别`` (parts of a whole the row may count). When the
    text states the value in two places, the sheet's cell is named as the one in doubt.
    The finding is a warning that shows the pairing it relied on.

    Fails:
        2024年度部门整体支出绩效自评报告
        全年为3,481名困难残疾人发放生活补贴。
        | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |
        | 产出 | 数量指标 | 困难残疾人生活补贴发放人数 | 10 | ≥3000人 | 3,418人 | 10 |
        | 效益 | 满意度 | 残疾人满意度 | 10 | ≥90% | 96% | 10 |

    Passes:
        2024年度部门整体支出绩效自评报告
        全年为3,418名困难残疾人发放生活补贴。
        | 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |
        | 产出 | 数量指标 | 困难残疾人生活补贴发放人数 | 10 | ≥3000人 | 3,418人 | 10 |
        | 效益 | 满意度 | 残疾人满意度 | 10 | ≥90% | 96% | 10 |
    """
    planned = frozenset(a.figure for a in reading.activities if a.planned)
    pairs = activity_pairs(
        reading.document, reading.sheets, reading.figures, reading.report_year, planned
    )
    for pair in pairs:
        fig = pair.text_figure
        actual = pair.actual
        if fig.base_value == to_base(actual.value, actual.unit) or _coarse_agrees(fig, actual):
            continue
        relied = f"把正文“{pair.clause.strip()[:40]}”理解为指标“{pair.indicator}”的完成情况"
        shown = actual.text.strip()
        if shown.replace(",", "").replace(".", "").isdigit():
            shown += actual.unit  # a bare cell: the unit its row or counting word gives
        agreeing = ""
        if pair.restated:
            # the text restates its value elsewhere: the sheet's cell is the odd one out
            places = "、".join(f.location.describe() for f in (fig, *pair.restated))
            agreeing = f"；正文{places}均为 {_written(fig)}，自评表数值疑有误"
        yield Issue(
            message=(
                f"自评表中“{pair.indicator}”实际完成值为 {shown}，"
                f"正文所述为 {_written(fig)}{agreeing}{_caveat([relied])}"
            ),
            evidence=(
                Evidence(
                    actual.location, actual.text.strip(), actual.text.strip(), "自评表实际完成值"
                ),
                evidence(fig, "正文"),
                *(evidence(f, "正文同值") for f in pair.restated),
            ),
            expected=fig.amount.number_text if pair.restated else None,
            found=actual.text.strip() if pair.restated else fig.amount.number_text,
            certainty=Certainty.MEDIUM,
            reading=(relied,),
            key=("activity", pair.indicator),
        )
