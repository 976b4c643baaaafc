"""Arithmetic rules (AR): totals against their parts, formulas and rates recomputed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from auditor.assess import (
    HUNDRED,
    Recomputed,
    close,
    rate_figure,
    recompute_from_framework,
    recompute_from_operands,
    recompute_rate,
)
from auditor.findings import Certainty, Evidence, Issue, Severity
from auditor.model import Location, Table
from auditor.read.facts import Fact, label_scope
from auditor.read.far_base import far_bases
from auditor.read.figures import Figure, cue
from auditor.read.formulas import (
    BinOp,
    Formula,
    Node,
    Num,
    align_operands,
    evaluate,
    half_unit,
    interval,
    numbers,
    strip_percent,
)
from auditor.read.growth import Growth
from auditor.read.hypotheses import half_unit as hyp_half_unit
from auditor.read.hypotheses import holds, quotient_holds, some_sum_equals, subset_explains
from auditor.read.implied_rates import (
    ImpliedRate,
    Operand,
    by_its_words,
    digits_at,
    implied_miss,
    implied_slip,
    rate_of,
    telling_slip,
)
from auditor.read.lexicon import clean_label
from auditor.read.onecell import (
    WrongCell,
    crossing_cells,
    explained_totals,
    mended_rows,
    mistyped_totals,
)
from auditor.read.qualifiers import Origin, Scope, scopes_agree, sources_disagree
from auditor.read.rate_kinds import initial_base, inverted, off_by_one, without_other_years
from auditor.read.rate_restatements import computed_at, restatements, stated_beside_pair
from auditor.read.reading import Reading
from auditor.read.relations import Breakdown, breakdowns_by_total, completed_elsewhere
from auditor.read.relations.difference_columns import DifferenceCell
from auditor.read.relations.rate_columns import RateCell
from auditor.read.restated_rates import RestatedRate
from auditor.read.scoring.sheets import is_points_header
from auditor.read.slips import MIN_DIGITS, Slip, content_words, slip
from auditor.read.wording import patterns
from auditor.registry import DEFER_TO, check
from auditor.text.headings import numbered_level
from auditor.text.units import MONEY_UNITS, same_dimension, to_base
from checks._far_base import far_base_issue
from checks._kinds import differs_beyond_rounding, evidence, fmt, half_unit_base, in_unit, sum_check
from checks._rate_kinds import (
    initial_base_issue,
    inverted_issue,
    other_figures,
    other_years_base,
    percent_text,
    rate_evidence,
)
from checks._told_once import WrongRate, told_by_a_formula

SOURCE_TOTALS = "会计恒等式：合计数等于各分项之和（《政府会计制度》部门决算报表编制说明）"


def _column_name(path: tuple[str, ...]) -> str:
    parts = [p for p in path if not p.startswith("其中")]
    return parts[-1] if parts else ""


def _sibling_as_only_part(b: Breakdown) -> bool:
    """Whether a row total's only part is a row numbered at the total's own level.

    ``一、收入合计`` and ``二、上年结转和结余`` are siblings of one outline, not a total and
    its part: a one-part reading between them is a misread structure, never a finding.
    """
    if len(b.parts) != 1:
        return False
    level = numbered_level(b.total.row_label)
    return level is not None and numbered_level(b.parts[0].row_label) == level


@check(
    code="AR001",
    name="table-total-mismatch",
    title="表格合计数与分项之和不符",
    source=SOURCE_TOTALS,
    defers_to=("AR003",),
)
def table_total_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A table's 合计/小计/汇总 row or total column differs from the sum of what it totals.

    Why: a total that does not equal its parts means one of the figures is wrong; in
    budget tables every other rule builds on these totals.

    Exceptions: the 分值/得分 columns of a score sheet are left to SC005/SC006 (one error,
    one finding), and a per-unit column (``补助标准（元/人）``) is never added; a table split by a
    page (``表3（续）`` under the same header, its first part closing groups with ``（小计）``
    rows only) is one table, its 合计 read first as adding both parts' top rows; rows labelled 其中 are sub-items of the row above and are not added; a
    sum off only by a 增减额 cell AR003 reports is not a second finding; when
    rows mix numbering levels (一、 and 1.) only the top level is added; a difference
    within the rounding of the figures (half a unit of the last digit each) is a
    warning; a 汇总 row and an identical sub-unit row with the same difference are one
    finding. Which columns and rows a total adds is the reading under which most of the
    table adds up (``其中：人员经费`` under 基本支出, a ``本年收入小计`` beside its own
    sources, a table split in two); when two readings fit equally nothing is checked;
    parts that exceed the total by exactly some of themselves are a misread structure
    and are not reported unless other rows confirm the reading; a mismatch under a
    nesting no header announces is a warning that names the reading. Detail rows under
    numbered level rows (``一、基本支出`` over unnumbered ``人员经费``) are checked against
    their level row only when most such groups of the table add up; the continuation of
    a table split by a page break (``表4（续）``) is read in its first part's unit. A total
    with one part under it (``收入合计`` over ``一般公共预算财政拨款`` alone) is a subset,
    not a breakdown: below its total it is not checked unless the same one-part identity
    holds elsewhere in the table, above it a warning. A total that holds once one part
    cell is read as the value the prose states for it (``财政拨款收入1,583.26万元`` beside
    a cell ``1,593.26``) was added from the right value: the cell is the one error,
    IC001 reports it with this total (:mod:`auditor.read.onecell`), and this finding
    names that cell as the likely wrong one. A total whose one part, corrected by
    the total's difference, also makes its row's 增减率 hold names that part as the
    likely wrong cell, and AR005 does not report the rate. A score sheet's 扣分 total
    off by the points its 得分 total is off, reversed, is SC005's one error. A last row
    with no label at all, in a table with no total row, whose figures are each within 5 %
    of the sum of the rows above is read as their total by position alone: a mismatch is
    a warning that names the reading (按末行为合计理解); a row far from the sum is left alone.

    Fails:
        | 项目 | 金额（万元） |
        | 基本支出 | 120.00 |
        | 项目支出 | 80.00 |
        | 合计 | 210.00 |

    Passes:
        | 项目 | 金额（万元） |
        | 基本支出 | 120.00 |
        | 项目支出 | 80.00 |
        | 合计 | 200.00 |
    """
    score_tables = {n for s in reading.sheets for n in s.table_numbers}
    inner_misses = _inner_misses(reading.breakdowns)
    differences = _difference_misses(reading) if "AR003" in options.get(DEFER_TO, ()) else {}
    reported: set[tuple[object, ...]] = set()
    by_a_cell = explained_totals(reading)
    crossed = crossing_cells(reading)
    crossed_told: list[Figure] = []
    mistyped = mistyped_totals(reading)
    # ``合计 | 137,944.45 | 134,873.68 | …``: the prose gives 134,373.68, the column's sum;
    # the row through that cell misses by the same amount, one defect told at the cell.
    beside_mistyped = {t for w in mistyped.values() for t in w.totals if t.total is not w.cell}
    mended = {m.total: m for m in mended_rows(reading)}
    for b in reading.breakdowns:
        if b.kind not in ("table-row", "table-col"):
            continue
        if b.kind == "table-row" and _explained_by_part(b, inner_misses):
            continue  # the wrong 小计 among the parts is the finding, not this total
        if _explained_by_a_difference(b, differences):
            continue  # AR003 reports the 增减额 cell; this sum is off by that cell alone
        if b.kind == "table-row" and _sibling_as_only_part(b):
            continue  # ``一、收入合计`` over ``二、上年结转``: two headings of one level
        total = b.total
        table = reading.document.blocks[total.block]
        if (
            isinstance(table, Table)
            and table.number in score_tables
            and (
                (total.column_path and is_points_header(total.column_path[-1]))
                # A sheet laid out sideways: its 分值/得分 rows add across.
                or (b.kind == "table-col" and is_points_header(total.row_label or ""))
            )
        ):
            continue  # a score sheet's 分值/得分 totals are SC005/SC006's
        if (
            isinstance(table, Table)
            and table.number in score_tables
            and _mirrors_the_score(reading, b)
        ):
            continue  # 扣分 off by the points 得分 is off: SC005's one error
        if b.kind == "table-col":
            lead = f"表中“{total.row_label or '该行'}”行的{_column_name(total.column_path)} "
            key: tuple[object, ...] = (
                "col",
                total.block,
                _column_name(total.column_path),
                total.value,
                tuple(p.value for p in b.parts),
            )
        else:
            row = f"“{total.row_label}”行" if total.row_label else "末行（无行名）"
            lead = f"表中{row}“{_column_name(total.column_path)}”列 "
            # Two readings of the rows a total adds that reach the same sum are one
            # finding about that total.
            key = (
                "row",
                total.block,
                total.cell[1] if total.cell else None,
                total.value,
                sum((p.base_value for p in b.parts), Decimal(0)),
            )
        if not b.confirmed and _misread_structure(b):
            continue
        if _left_out_cell_explains(reading, b):
            continue  # the shortfall is a row of the table the reading left out
        issue = sum_check(total, b.parts, message=lead, key=key)
        if issue is not None:
            # One cell off against its row and against its column by the same sum
            # (``21201`` vs its 项 rows and vs 人员经费 + 公用经费): one finding.
            cell_key = (total.block, total.cell, sum((p.base_value for p in b.parts), Decimal(0)))
            if cell_key in reported:
                continue
            reported.add(cell_key)
        if issue is not None and b in beside_mistyped:
            continue  # a cell of it is a total the prose gives right: that total's finding
        if issue is not None and (w := by_a_cell.get(b)) is not None:
            # One part cell the prose corrects: the total names it as the likely wrong
            # one (IC001 tells the cell against the prose). Kept an error: on held-out
            # round 5 the total's own finding was the one the department was asked for.
            issue = replace(
                issue,
                message=(
                    f"{issue.message}；按正文所述“{w.cell.row_label or w.concept_name}”"
                    f" {w.restated[0].shown} 重算则相符，疑为{w.cell.location.describe()}"
                    f" {w.cell.shown} 一格录入有误（见 IC001），合计本身可能无误"
                ),
                evidence=(*issue.evidence, evidence(w.cell, "疑误分项")),
            )
        elif issue is not None and (t := mistyped.get(total)) is not None and b in t.totals:
            # The prose states the parts' sum: the total itself was typed wrong.
            issue = replace(
                issue,
                message=(
                    f"{issue.message}；正文{t.restated[0].location.describe()}写作"
                    f" {t.restated[0].shown}，与分项之和相符，疑为合计一格录入有误"
                ),
                evidence=(*issue.evidence, evidence(t.restated[0], "正文所述")),
            )
        elif issue is not None and (c := crossed.get(b)) is not None:
            if any(c.cell is told for told in crossed_told):
                continue  # the crossing cell is told once, at its first total
            crossed_told.append(c.cell)
            issue = _name_crossing_cell(issue, c, total)
        elif issue is not None and (m := mended.get(b)) is not None:
            issue = _name_the_cell(issue, m.cell, m.corrected, m.rates[0].rate_name)
        if issue is not None and b.tentative:
            issue = replace(
                issue,
                message=f"{issue.message}（按{b.structure}理解，请核对）",
                severity=Severity.WARNING,
            )
        if issue is not None:
            yield issue


def _name_crossing_cell(issue: Issue, w: WrongCell, total: Figure) -> Issue:
    """Name the one cell two failing totals share, and its value that mends both."""
    others: list[Figure] = []
    for t in w.totals:  # two readings of one row may share its total: told once
        if t.total is not w.cell and t.total is not total and all(t.total is not o for o in others):
            others.append(t.total)
    count = len(others) + (2 if w.cell is not total else 1)
    unit = w.cell.unit or ""
    value = w.corrected / to_base(Decimal(1), w.cell.unit) if w.cell.unit else w.corrected
    shown = fmt(value, w.cell.amount.decimals, "," in w.cell.amount.number_text)
    return replace(
        issue,
        message=(
            f"{issue.message}；{w.cell.location.describe()}的 {w.cell.shown} 同在"
            f"{'、'.join(t.shown for t in others) or '另一处'}的合计中，改为 {shown} {unit}"
            f"则 {count} 处合计都相符，疑为该格录入有误"
        ),
        evidence=(
            *issue.evidence,
            *((evidence(w.cell, "疑误单元格"),) if w.cell is not total else ()),
            *(evidence(t, "同受影响的合计") for t in others),
        ),
    )


def _miss(b: Breakdown) -> Decimal:
    return b.total.base_value - sum((p.base_value for p in b.parts), Decimal(0))


def _mirrors_the_score(reading: Reading, b: Breakdown) -> bool:
    """Whether a score sheet's 扣分 total misses by what its row's 得分 total misses, reversed.

    ``合计 | 100 | 91 | 9`` over rows whose 得分 add to 92 and 扣分 to 8: the 合计 row's
    得分 is wrong and its 扣分 was written as 分值 − 得分; one error (SC005's).
    """
    total = b.total
    if total.cell is None or not total.column_path or b.kind != "table-row":
        return False
    (deduction,) = patterns("arithmetic", "deduction_header")
    if not deduction.match(total.column_path[-1]):
        return False
    miss = _miss(b)
    for other in reading.breakdowns:
        o = other.total
        if (
            other.kind == "table-row"
            and o.block == total.block
            and o.cell is not None
            and o.cell[0] == total.cell[0]
            and o.column_path
            and is_points_header(o.column_path[-1])
            and not deduction.match(o.column_path[-1])
            and other.parts
            and _miss(other) == -miss
        ):
            return True
    return False


def _name_the_cell(issue: Issue, cell: Figure, corrected: Decimal, rate_name: str) -> Issue:
    """The total's finding naming the part its row's own rate shows to be mistyped."""
    value = fmt(corrected, cell.amount.decimals, "," in cell.amount.number_text)
    note = (
        f"；按“{cell.row_label}”行的{rate_name}推算，该行 {cell.shown} 应为 {value}"
        f"{cell.unit or ''}（{cell.location.describe()}），疑为该格录入有误，合计本身可能无误"
    )
    return replace(
        issue,
        message=f"{issue.message}{note}",
        evidence=(*issue.evidence, evidence(cell, "疑误分项")),
    )


def _difference_misses(reading: Reading) -> dict[Location, Decimal]:
    """增减额 cells AR003 reports: location → how far the cell is off, in base units."""
    out: dict[Location, Decimal] = {}
    for cell in reading.difference_cells:
        stated = cell.stated
        scale = stated.base_value / stated.value if stated.value else Decimal(1)
        out[stated.location] = (cell.signed - cell.recomputed) * scale
    return out


def _explained_by_a_difference(b: Breakdown, misses: Mapping[Location, Decimal]) -> bool:
    """Whether a sum misses only by a 增减额 cell that AR003 reports (the total or a part).

    ``合计 | 50.00 | 45.00 | -5.00`` over differences ``-2.00, -2.80, -1.20``: the -2.80 is
    the one wrong figure (AR003), not the 合计 of the column; likewise a 合计 difference
    that its own row's amounts do not give, and its rows' differences do not add to.
    """
    if not misses or holds(b.total, b.parts):
        return False
    diff = b.total.base_value - sum((p.base_value for p in b.parts), Decimal(0))
    slack = half_unit_sum(b)
    total_miss = misses.get(b.total.location)
    if total_miss is not None and abs(diff - total_miss) <= slack:
        return True
    return any(
        abs(diff + miss) <= slack for p in b.parts if (miss := misses.get(p.location)) is not None
    )


def _inner_misses(breakdowns: Sequence[Breakdown]) -> dict[Figure, Decimal]:
    """Table-row totals that miss their own parts: total → (total − sum of parts).

    Confirmed by another column or not: the outer total's miss equal to the inner one's
    is itself the table's arithmetic naming the inner total (one value column too).
    """
    out: dict[Figure, Decimal] = {}
    for b in breakdowns:
        if b.kind == "table-row" and b.parts:
            diff = b.total.base_value - sum((p.base_value for p in b.parts), Decimal(0))
            if diff and not holds(b.total, b.parts):
                out[b.total] = diff
    return out


def _explained_by_part(b: Breakdown, inner: Mapping[Figure, Decimal]) -> bool:
    """Whether a total misses its parts only because one part (a 小计) misses its own.

    ``合计`` over ``基本支出小计`` and ``项目支出小计``: a wrong 基本支出小计 makes both the
    小计 and the 合计 disagree; with the 小计's own items in its place the 合计 adds up,
    so the one wrong figure is reported once, at the 小计.
    """
    if holds(b.total, b.parts):
        return False
    diff = b.total.base_value - sum((p.base_value for p in b.parts), Decimal(0))
    for p in b.parts:
        miss = inner.get(p)
        if miss is not None and abs(diff + miss) <= half_unit_sum(b):
            return True
    return False


def half_unit_sum(b: Breakdown) -> Decimal:
    """The rounding a total and its parts may carry, in base units."""
    return hyp_half_unit(b.total) + sum((hyp_half_unit(p) for p in b.parts), Decimal(0))


def _left_out_cell_explains(reading: Reading, b: Breakdown) -> bool:
    """Whether a table total's shortfall is exactly one cell of its line the reading left out.

    ``合计 | 项目支出 3,742.10`` over class rows whose 项目支出 add to 2,222.10, while a
    class row the reading set aside (``城乡社区支出（国有土地使用权出让收入安排的支出）``)
    holds 1,520.00 in that column: the row belongs to the total, the structure was misread.
    """
    total = b.total
    if total.cell is None:
        return False
    shortfall = total.value - sum((p.value for p in b.parts), Decimal(0))
    if shortfall <= 0:
        return False
    along = 1 if b.kind == "table-row" else 0  # the line: a column of rows, or a row
    used = {p.cell for p in b.parts if p.cell} | {total.cell}
    return any(
        f.cell is not None
        and f.cell not in used
        and f.cell[along] == total.cell[along]
        and f.unit == total.unit
        and f.value == shortfall
        for f in reading.figures_in(total.block)
    )


def _misread_structure(b: Breakdown) -> bool:
    """Whether the parts miss the total by exactly some figures: a misread structure.

    Parts that exceed the total by exactly some of themselves, or by twice one of them
    (a balance: the opening figure less what left it), or fall short of it by exactly
    figures of its sentence that were left out of the list.

    ``支出合计 | 基本支出 | 其中：人员经费 | …`` read flat adds 人员经费 to 基本支出 that
    already holds it: the excess is one part, or a sum of some parts. That is the
    mark of a misread structure, not of a wrong figure, unless the same reading adds
    up elsewhere in the table (``confirmed``).
    """
    unit = b.total.unit
    if any(not same_dimension(p.unit, unit) for p in b.parts if p.unit and unit):
        return False
    values = [in_unit(p, unit) for p in b.parts]
    excess = sum(values, Decimal(0)) - b.total.value
    if subset_explains(excess, values):
        return True
    if excess > 0 and (excess / 2) in values:
        # ``年末在园52人（年初60人，全年离园8人）``: 60 − 8 = 52, a balance carried
        # forward and what left it, not parts to add.
        return True
    # A list closed too early: the shortfall is the figures left out after it.
    left = [
        in_unit(f, unit)
        for f in b.left_out
        if not (f.unit and unit) or same_dimension(f.unit, unit)
    ]
    return some_sum_equals(-excess, left)


@check(
    code="AR002",
    name="breakdown-sum-mismatch",
    title="文字所列合计与其分项之和不符",
    source=SOURCE_TOTALS,
)
def breakdown_sum_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A total written in the text differs from the parts listed after it (其中 / 括号).

    Why: ``共计 X，其中 a、b、c`` and ``X（基本支出 a，项目支出 b）`` assert that the parts
    make up X; when they do not, X or a part is wrong.

    Exceptions: a ``其中`` list is checked for equality only when it reads as complete
    (written with 共计/合计/分别, in parentheses, or its parts come within 5 % of the
    total); an incomplete list is flagged only when its parts exceed the total.
    Approximate figures (约, 余, 左右) are never added; a figure in a 万 unit
    written with decimals (``18.4万亩``, ``2.36万人次``) is, to its last digit. Parts
    in another unit (元 in a 万元 list, 吨 in a 万吨 list) are converted. Rounding-only differences are warnings. ``包括`` opens a
    list like ``其中``. Parts that exceed the total by exactly one of them, or by a sum
    of some of them, were listed at two levels (基本支出 and its 人员经费): not reported.
    A 其中 belongs to the figure right before it: when that one counts another thing
    (``事项42次，其中…27项``) nothing is checked. When its sentence states several totals
    (``受理412件，办结398件；其中受理A类…``), the list belongs to the one its parts add up
    to exactly, else to the one whose words it repeats (``受理``); with neither, a list
    after ``；`` is not checked. How lists nest (a part with its own
    包括 list or colon, a clause after ``；`` with another subject) is the reading under
    which more sums hold; a tie is not checked. People named by overlapping attributes
    (女性、中共党员、高级职称) are subsets, not parts; a comparison (``较2023年的…``) is
    not a part; a lone "part" larger than its total in a later clause counts something
    else. A list naming a zero item is complete; ``以上共计X``/``以上3项共计X`` adds the
    list before it, in its sentence or the one before. ``分别用于``/``分别为`` right after a
    total opens a complete list. A change (``较上年减少0.62万元``) owns no 其中 list or
    parenthesis, and a change is no part of a level. A count's part that names an action
    its total does not (``签订合同35个`` after ``招标项目38个``), or another thing than
    the earlier parts that repeat the total's noun, counts something else and ends the list.
    A count of one organisational unit (``设股室7个``) has no parts of another (``其中稽查
    中队5个、事业单位3个``): counts of a department's structure side by side; a total
    counting units of any kind (``内设机构``, ``所属单位``) keeps its parts.
    A value moved from and to (``由180.00万元调整为205.00万元``) is no part, nor a part
    named as a budget's change (``调增预算25.00万元``) unless a sibling names its base
    (``年初预算``); a count's later part alone above the total ends the list. A list whose
    last item is the rest (``未定级``, ``其他``, ``其余``) is complete in its own words; one
    of grades or levels only (``一级``/``二级``, ``国家级``/``省级``) is not. A rounding-only
    difference is not reported when the report says its figures were rounded and its sums
    may differ in the last place (``分项相加与合计可能存在尾差``). A list whose
    total a table states with these parts and more that add up (the sentence names two
    of the table's three sources) is incomplete, not wrong. Amounts in
    brackets after names (``分别为A（96.30万元）、B（82.10万元）``) are the list's parts, and
    ``主要用于4个项目，分别为…`` after a total opens its list. A list of places after 其中
    (``其中城关镇41个、河西镇33个…``, districts, streets) divides the total among them
    and is complete in its own words.

    Fails:
        2024年度部门支出共计500.00万元，其中：基本支出300.00万元、项目支出150.00万元。

    Passes:
        2024年度部门支出共计500.00万元，其中：基本支出300.00万元、项目支出200.00万元。
    """
    by_total = breakdowns_by_total(reading.breakdowns)
    for b in reading.breakdowns:
        if b.kind not in ("text", "paren"):
            continue
        if _misread_structure(b):
            continue
        if completed_elsewhere(b.total, b.parts, by_total):
            continue  # a table lists the same total with these parts and the rest
        # ``共计对38家…`` leaves the label ``计对``: a label of two characters names nothing
        label = b.total.label if len(b.total.label.strip()) > 2 else "合计"
        lead = f"“{label}”为 "
        joint = reading.quote_span(b.total, b.parts[-1]) if b.parts else None
        issue = sum_check(
            b.total, b.parts, message=lead, exact_only=not b.exhaustive, joint_quote=joint
        )
        if (
            issue is not None
            and issue.severity is Severity.WARNING
            and reading.explanations.rounding
        ):
            continue  # a difference in the last place the report says its rounding leaves
        if issue is not None and _partial_count_list(b):
            issue = replace(
                issue,
                message=issue.message + "（所列可能只是其中几类，请核对是否漏列）",
                certainty=Certainty.LOW,
            )
        if issue is not None:
            yield issue


SLIP_SHARE = Decimal("0.1")
"""A count list's shortfall under this share of its smallest part is a slip, not a kind left out."""


def _partial_count_list(b: Breakdown) -> bool:
    """A list of counted things that falls short of its total, not said to be all of it.

    ``管护水闸57座（其中大型水闸3座、中型水闸11座）``, ``防汛演练28次，其中县级6次、乡镇15次``:
    things counted are often listed by their notable kinds, the rest left out. Parts that
    exceed the total, or a list complete in its own words (``Breakdown.worded``: 分别, a
    trailing 合计, a zero item listed, both 男性 and 女性, kinds named ``…类`` that divide the
    whole), stay findings (a 共有/共计 before the total says how many there are, not that its
    其中 names them all: ``共有会员2,418人，其中省级学会会员312人…`` lists members who are also
    something else), and so does a shortfall under a tenth of
    the smallest part (a mistyped figure) or one a part with two adjacent digits swapped
    makes up (``234.11`` written for ``243.11`` 万人); any other shortfall of a list read
    as complete only from its parentheses or its closeness is a note.
    """
    if b.total.kind != "count" or b.worded or not b.parts:
        return False
    parts = [in_unit(p, b.total.unit) for p in b.parts]
    shortfall = b.total.value - sum(parts, Decimal(0))
    # A shortfall far smaller than every kind listed (3,916 份 against 2,870 + 1,031)
    # is a figure mistyped, not a kind left out: that stays a finding; so is one that a
    # part with two adjacent digits swapped makes up (1,217 written for 1,271).
    return (
        shortfall > 0
        and shortfall >= SLIP_SHARE * min(parts)
        and not any(_swapped_by(part, part + shortfall) for part in parts)
    )


def _swapped_by(written: Decimal, meant: Decimal) -> bool:
    """Whether a count ``written`` is ``meant`` with two adjacent digits swapped.

    Compared digit by digit at the places of the one written with more decimals
    (``234.11`` written for ``243.11`` 万人; ``1,217`` for ``1,271``).
    """
    places = max(_places(written), _places(meant))
    a, b = _digits_at(written, places), _digits_at(meant, places)
    return len(a) >= 3 and len(a) == len(b) and slip(a, b) is Slip.TRANSPOSED


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _digits_at(value: Decimal, places: int) -> str:
    """The digits of ``value`` written to ``places`` decimals, without the point."""
    return f"{abs(value):.{places}f}".replace(".", "")


def _stated_text(formula: Formula) -> str:
    stated = formula.stated
    assert stated is not None
    return stated.raw if stated.percent else f"{stated.raw}{formula.stated_unit or ''}"


def _formula_evidence(formula: Formula) -> Evidence:
    stated = formula.stated
    return Evidence(formula.location, formula.quote, stated.raw if stated else None, "公式")


@check(
    code="AR003",
    name="formula-result-mismatch",
    title="公式（含未写出、按数据标签可知的比率公式）计算结果与所写结果不符",
    source="按报告所写公式复算（四则运算，不使用 eval）",
)
def formula_result_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A formula's written result does not follow from its own numbers or named operands.

    Why: ``=180.5/200.0=100%`` states a rate its own operands do not give (90.25%); the
    score is then computed from a wrong rate.

    Exceptions: a result that equals the computed value rounded or truncated to the
    written decimals is correct; a difference explained by the rounding of the operands
    (each off by half a unit of its last digit) is a warning, unless the written result
    is the computed one with two adjacent digits swapped (``=2.46/2.30×100%=106.69%``): a
    typing slip, an error. A side whose product a word interrupts
    (``18,720人×200天×5元``, read up to ``天``) is not read at all. Named operands
    (``在职人员数/编制数``) are replaced by the values the report states for them only
    when the formula writes no numbers of its own. A table column headed with a formula
    over lettered columns (``得分率（B/A）``) is one formula per row, also where the
    table's own rate pairs confirm the division (their abstentions apply); amounts written in
    different money units (``元``/``万元``) are compared in 元; an operand written
    with its label (``在用资产1,842.30/全部资产1,906.50``) is that number. A difference
    column (``增减额``, ``比上年增减``, ``减少额``) is one subtraction per row, of the
    two columns most of its other rows confirm (at least two; a tie between two pairs is
    not checked); negatives written ``（12.30）`` or ``−12.30`` are read as negative, and a
    difference that holds once a wrong total (AR001's) is replaced by its parts' sum is
    not a second finding. A chain that computes
    ends at the clause after its last ``=``: the score it earns (``…=6.40%，故本项计10分``)
    does not make it a scoring rule; a dash between two numbers (—, –) is a minus.
    A rate stated beside its operands with no formula written is this rule's when it
    reads as an unwritten formula over figures whose labels name the part and the
    whole (``设备共有128台（套），年末完好124台（套），设备完好率98.68%``, ``完成…286.5
    公里，完成年度目标260公里的101.19%``, ``应免…，实免…，免疫密度…``; the whole
    labelled 共有, 应…, 目标, 预算, 有效 …), when it is a rate over counts named by the
    rate (``回收有效问卷445份，其中满意428份，满意度…``), and when it is over two amounts
    of money beside it (``财政拨款预算…万元，执行…万元，执行率…``); a rate whose pair its
    own words give (``占参训3,150人的``, ``排查的412处中，``, ``37.80/40.00，得分率…``,
    合格 over 抽检 for 合格率, and over a count and its negation, ``合格1,259批次、不合格
    27批次，合格率…``: the two together are the whole) is AR005's. A completion rate over a whole labelled a plan
    (计划, 目标, 任务) whose part is labelled by what was done (新建, 改造, 完成 …:
    ``新建渠道衬砌18.6公里，年度计划20公里，完成率95.30%``) has its pair fixed by its
    words: off by more than a slip (within 10 points), an error. Counts may follow a rate
    that opens its sentence (``满意度96.8%，回收有效问卷1,250份，其中满意1,198份``). A
    wrong rate restated as written elsewhere is one finding naming every copy, here as
    under AR005. What is read and when it is a finding is told under AR005; the two
    rules share it.

    Fails:
        资产利用率=(在用资产/资产总额)×100%=180.5/200.0=100%

    Fails:
        全县共有应急广播终端1,250套，年末正常运行1,198套，终端完好率95.48%。

    Fails:
        | 项目 | 2023年决算 | 2024年决算 | 增减额 |
        | 公务接待费 | 10.00 | 8.00 | -2.00 |
        | 公务用车运行维护费 | 36.00 | 34.20 | -1.80 |
        | 因公出国（境）费 | 4.00 | 2.80 | -1.00 |

    Passes:
        资产利用率=(在用资产/资产总额)×100%=180.5/200.0=90.25%

    Passes:
        全县共有应急广播终端1,250套，年末正常运行1,198套，终端完好率95.84%。
    """
    for formula in reading.formulas:
        stated = formula.stated
        if stated is None:
            continue
        scale = HUNDRED if stated.percent else Decimal(1)
        numeric = formula.numeric_sides
        for side in numeric:
            assert side.expr is not None
            value = evaluate(side.expr)
            if value is None:
                continue
            issue = _compare(formula, side.raw, side.expr, value, scale)
            if issue is not None and formula.in_words and _copy_computed(reading, formula):
                continue  # a copy beside the counts that give it: these were not its operands
            if issue is not None and stated.percent:
                issue = naming_copies(
                    issue,
                    reading,
                    formula.name,
                    stated.value * scale,
                    formula.block,
                    formula.location,
                )
            if issue is not None:
                yield issue
        if numeric:
            continue
        rec = recompute_from_operands(reading, formula)
        if rec is None:
            continue
        decimals = stated.decimals
        operand_text = "，".join(
            f"{o.name}={o.fact.figure.shown if o.fact else o.value}" for o in rec.operands
        )
        shown = percent_text(rec.rate, decimals) if stated.percent else fmt(rec.rate, decimals)
        yield Issue(
            message=(
                f"{formula.name or '公式'}：按报告所列数值（{operand_text}）计算 {rec.text} 得 {shown}，"
                f"报告写作 {_stated_text(formula)}"
            ),
            evidence=(
                _formula_evidence(formula),
                *(evidence(o.fact.figure, o.name) for o in rec.operands if o.fact is not None),
            ),
            expected=shown,
            found=_stated_text(formula),
        )
    for cell in reading.difference_cells:
        if not _difference_explained_by_a_wrong_total(reading, cell):
            yield _difference_issue(cell)
    for rate_cell in _failing_rate_cells(reading):
        if rate_cell.header_formula:
            yield _rate_cell_issue(rate_cell)
    yield from _implied_rates(reading, by_words=False)


def _implied_rates(reading: Reading, *, by_words: bool) -> Iterator[Issue]:
    """Rates stated beside their operands in words that those operands do not give.

    ``by_words``: only the rates whose own words give their pair (``占A的``, ``A中B``, a
    written division, or the part named by the rate over what was handled: 抽检 … 合格
    … 合格率; AR005's, :func:`auditor.read.implied_rates.by_its_words`), or only the
    others, a part over a whole its label names (共有, 应…, 目标, 预算) and amounts of
    money (AR003's: an unwritten formula).

    Two kinds (:mod:`auditor.read.implied_rates`): a rate whose one candidate pair gives
    a rate the written one is a telling typing slip of (:func:`implied_slip`), and a
    rate off by more than a slip from its only reading (:func:`implied_miss`): an
    error when its words fix the pair (``占A的``, ``A中B``) or define it (受理 … 办结率),
    else a warning that shows the reading. Either only when no figure elsewhere in the report gives the written
    rate with one of the pair and the report nowhere states it as the pair gives it
    (the places disagree: the consistency rules' case); copies of the written rate are
    named in the finding (:func:`naming_copies`). A rate
    another reading recomputes (a written formula, counts, amounts AR005 checks as a
    formula, indicators) is theirs.
    """
    if not reading.implied:
        return
    taken = {(f.block, f.stated.raw) for f in reading.formulas if f.stated is not None}
    indicators = reading.indicator_section_ids()
    taken |= {
        (f.block, f.stated.raw)
        for f in reading.amount_rates
        if f.stated is not None
        and (f.own_part or any(s.id in indicators for s in reading.section_path(f.block)))
    }
    recomputed = {(r.location, r.rate) for r, _ in _stated_rates(reading)}
    recomputed |= {(c.stated.location, c.stated.value) for c in reading.rate_cells}
    recomputed |= _told_with_another(reading)
    fact_of_rate = {
        (f.figure.block, f.figure.amount.raw): f
        for f in reading.facts.facts
        if f.figure.kind == "percent"
    }
    for rate in reading.implied:
        if (rate.block, rate.stated.raw) in taken or (rate.location, rate.percent) in recomputed:
            continue
        fact = fact_of_rate.get((rate.block, rate.stated.raw))
        if (
            fact is not None
            and fact.source_stated
            and any(
                (source := reading.lexicon.source_for(o.label)) is not None
                and source != fact.source
                for pair in rate.pairs
                for o in pair
            )
        ):
            continue  # ``全口径预算执行率`` beside 财政拨款 amounts: other operands
        inverse = inverted(rate)
        if inverse is not None:
            # The whole over the part: AR005's, the rate stated against its own pair.
            if (
                by_words
                and not _rate_given_elsewhere(reading, rate, inverse)
                and not _restated_as_computed(reading, rate, rate_of(inverse))
            ):
                issue = inverted_issue(rate, inverse, _rate_title(rate.name))
                yield naming_copies(
                    issue, reading, rate.name, rate.percent, rate.block, rate.location
                )
            continue
        if initial_base(rate) is not None:
            continue  # over the initial budget beside an adjusted one: AR007's wrong base
        this_year: ImpliedRate | None = None
        found = implied_slip(rate)
        if found is not None:
            pair, computed, kind = found
            how = f"两者{kind.label}，疑为录入错误"
            certainty = Certainty.HIGH
        else:
            miss = implied_miss(rate)
            if miss is None:
                this_year = without_other_years(rate)
            if this_year is not None:
                miss = implied_miss(this_year)  # kept only if last year's figure gives it
            if miss is None:
                continue
            pair, computed = miss.pair, miss.computed
            diff = fmt(abs(computed - rate.percent), 2)
            how = f"相差 {diff} 个百分点"
            certainty = Certainty.HIGH if miss.worded else Certainty.MEDIUM
            shifted = off_by_one(rate, pair)
            if shifted is not None:
                how += f"；所写比率恰为按“{shifted.shown}”计算之值，疑计数差 1"
                certainty = Certainty.HIGH
        if by_its_words(rate, pair) != by_words:
            continue  # the other rule's
        base = other_years_base(reading, rate, pair)
        if base is not None:
            how += (
                f"；所写比率恰为“{pair[0].shown}”÷“{base.label}{base.amount.raw}”之值，"
                "疑以另一年度的同项数为分母"
            )
            certainty = Certainty.HIGH
        elif this_year is not None or _rate_given_elsewhere(reading, rate, pair):
            continue
        agreeing = restatements(
            reading.figures,
            rate.name,
            computed,
            rate.block,
            rate.location,
            reading.report_year,
            Decimal(1).scaleb(-rate.stated.decimals),
        ) or stated_beside_pair(
            reading.figures,
            reading.figures_by_block,
            computed,
            rate.block,
            (pair[0].base_value, pair[1].base_value),
            Decimal(1).scaleb(-rate.stated.decimals),
        )
        if agreeing:
            # The 自评表 states the rate as the pair gives it: the reading is the report's own.
            places = "、".join(dict.fromkeys(f.location.describe() for f in agreeing))
            how += f"；{places}写作 {agreeing[0].amount.raw}，与按此计算相符"
            certainty = Certainty.HIGH
        elif _restated_as_computed(reading, rate, computed):
            continue
        copies = restatements(
            reading.figures, rate.name, rate.percent, rate.block, rate.location, reading.report_year
        )
        if computed_at(copies, reading.figures_by_block, rate.percent, rate.stated.decimals):
            continue  # a copy beside the two figures that give it: these were not its operands
        num, den = pair
        decimals = rate.stated.decimals
        shown = percent_text(computed, decimals)
        issue = Issue(
            message=(
                f"{_rate_title(rate.name)}写作 {rate.stated.raw}，按本处所列"
                f"“{num.shown}”与“{den.shown}”之比理解为 {shown}，"
                f"{how}（按“{num.shown}÷{den.shown}”理解，请核对）"
            ),
            evidence=(
                *rate_evidence(rate, num, den),
                *(evidence(f, "他处所写") for f in agreeing),
            ),
            expected=shown,
            found=rate.stated.raw,
            key=("implied-rate", rate.location, rate.percent),
            certainty=certainty,
        )
        yield naming_copies(issue, reading, rate.name, rate.percent, rate.block, rate.location)


def _told_with_another(reading: Reading) -> set[tuple[Location, Decimal]]:
    """The copies of rates that a written formula or a stated rate's finding names.

    ``预算执行率=…=96.94%`` (AR003) and a summary ``…决算支出…，调整后预算…，预算执行率
    96.94%`` are one wrong rate: the formula's finding names the summary, which is then
    not a finding of its own (nor an indicator's rate AR005 recomputes and its copy).
    Only rates found wrong count: a copy of a right one is read on its own.
    """
    told: set[tuple[Location, Decimal]] = set()
    wrong: list[tuple[str, Decimal, int, Location]] = []
    for formula in reading.formulas:
        stated = formula.stated
        if stated is None or not stated.percent:
            continue
        for side in formula.numeric_sides:
            assert side.expr is not None
            value = evaluate(side.expr)
            if value is not None and _compare(formula, side.raw, side.expr, value, HUNDRED):
                wrong.append(
                    (formula.name, stated.value * HUNDRED, formula.block, formula.location)
                )
                break
    for rate, _ in _stated_rates(reading):
        wrong.append((rate.name, rate.rate, rate.block, rate.location))
    for name, value, block, location in wrong:
        copies = restatements(reading.figures, name, value, block, location, reading.report_year)
        told |= {(f.location, f.value) for f in copies}
    return told


def _wrong_formula_rates(reading: Reading) -> list[WrongRate]:
    """Written formulas whose stated percent their own numbers do not give, with copies.

    Beyond rounding only (AR003's errors); each with the places its finding names.
    """
    out: list[WrongRate] = []
    for formula in reading.formulas:
        stated = formula.stated
        if stated is None or not stated.percent or formula.in_words:
            continue
        for side in formula.numeric_sides:
            assert side.expr is not None
            value = evaluate(side.expr)
            if value is None:
                continue
            issue = _compare(formula, side.raw, side.expr, value, HUNDRED)
            if issue is None or issue.severity is not None:
                continue  # right, or a rounding difference only
            written = stated.value * HUNDRED
            copies = restatements(
                reading.figures,
                formula.name,
                written,
                formula.block,
                formula.location,
                reading.report_year,
            )
            places = {(formula.location, written)} | {(f.location, f.value) for f in copies}
            operands = tuple(n.value for n in numbers(side.expr) if not n.percent)
            out.append(WrongRate(frozenset(places), value * HUNDRED, operands))
            break
    return out


def _restated_as_computed(reading: Reading, rate: ImpliedRate, computed: Decimal) -> bool:
    """Whether the report states the rate at another place as the pair gives it.

    Then the two places disagree (a 自评表 cell, a summary); a copy of the same rate this
    year confirms the pair and the finding names it, any other figure says nothing here.
    Restated as written, the places agree with each other and the arithmetic is still
    wrong: the finding names the copies (:func:`naming_copies`).
    """
    decimals = rate.stated.decimals
    return any(
        fig.kind == "percent" and not fig.threshold and close(fig.value, computed, decimals)
        for fig in reading.figures
    )


def _copy_computed(reading: Reading, formula: Formula) -> bool:
    """Whether a copy of a rate read beside its counts is computed from other figures."""
    stated = formula.stated
    if stated is None or not stated.percent:
        return False
    value = stated.value * HUNDRED
    copies = restatements(
        reading.figures, formula.name, value, formula.block, formula.location, reading.report_year
    )
    return computed_at(copies, reading.figures_by_block, value, stated.decimals) is not None


def naming_copies(
    issue: Issue,
    reading: Reading,
    name: str,
    value: Decimal,
    block: int,
    location: Location,
) -> Issue:
    """The finding on a wrong rate, naming every other place that states it as written.

    ``满意度96.8%`` recomputed as 95.84 % and copied into the 自评表 and the conclusion:
    one defect, one finding, every copy to correct with it (:mod:`auditor.read.rate_restatements`).
    """
    copies = restatements(reading.figures, name, value, block, location, reading.report_year)
    if not copies:
        return issue
    places = "、".join(dict.fromkeys(f.location.describe() for f in copies))
    return replace(
        issue,
        message=f"{issue.message}；{places}亦写作 {copies[0].amount.raw}，应一并更正",
        evidence=(*issue.evidence, *(evidence(f, "同一比率") for f in copies)),
    )


def _rate_title(name: str) -> str:
    """``设备完好率`` as written; ``完成年度目标260公里的`` as ``“完成年度目标260公里的”比例``."""
    return f"“{name}”比例" if name.endswith("的") else name


def _rate_given_elsewhere(
    reading: Reading, rate: ImpliedRate, pair: tuple[Operand, Operand]
) -> bool:
    """Whether one of the pair over (or into) another figure of the report gives the rate."""
    num, den = pair
    decimals = rate.stated.decimals
    return any(
        close(value, rate.percent, decimals)
        for fig in other_figures(reading, pair)
        for value in (
            num.base_value / fig.base_value * HUNDRED,
            fig.base_value / den.base_value * HUNDRED,
        )
    )


def _difference_explained_by_a_wrong_total(reading: Reading, cell: DifferenceCell) -> bool:
    """Whether the difference holds once an amount in a sum that fails is set to make it hold.

    ``合计 | 50.00 | 46.00 | -5.00`` over rows adding to 45.00 this year: the 合计 is the one
    error (AR001's finding), the difference was computed from the right amount; likewise a
    row's amount written wrong, so that its column's 合计 fails by the same amount.
    """
    for left, right in _corrected(reading, cell):
        if abs(left - right - cell.signed) <= hyp_half_unit(cell.stated):
            return True
    return False


def _corrected(reading: Reading, cell: DifferenceCell) -> Iterator[tuple[Decimal, Decimal]]:
    """The row's two amounts with one of them set to what its failing table sum asks."""
    left, right = cell.minuend, cell.subtrahend
    for b in reading.breakdowns:
        if not (b.exhaustive and b.parts and b.kind.startswith("table")):
            continue
        gap = b.total.value - sum((p.value for p in b.parts), Decimal(0))
        if gap == 0:
            continue
        for fig, other, first in ((left, right, True), (right, left, False)):
            if fig.location == b.total.location:
                fixed = fig.value - gap
            elif any(p.location == fig.location for p in b.parts):
                fixed = fig.value + gap
            else:
                continue
            yield (fixed, other.value) if first else (other.value, fixed)


def _difference_issue(cell: DifferenceCell) -> Issue:
    """A table's difference cell against its row's subtraction, with the rows that confirm it."""
    decimals = max(cell.stated.amount.decimals, cell.minuend.amount.decimals)
    expected = fmt(cell.recomputed, decimals, grouped="," in cell.written)
    how = f"“{cell.minuend_name}”−“{cell.subtrahend_name}”"
    read_as = (
        f"（读作 {fmt(cell.signed, cell.stated.amount.decimals)}）"
        if cell.signed != cell.stated.value
        else ""
    )
    return Issue(
        message=(
            f"“{cell.row_name}”的{cell.difference_name}写作 {cell.written}{read_as}，"
            f"按本表{how}"
            f"（表中其他 {cell.confirming_rows} 项均按此计算相符）为 {expected}"
        ),
        evidence=(
            evidence(cell.stated, cell.difference_name),
            evidence(cell.minuend, cell.minuend_name),
            evidence(cell.subtrahend, cell.subtrahend_name),
        ),
        expected=expected,
        found=cell.written,
        key=("difference-cell", cell.stated.location, cell.signed),
    )


def _compare(
    formula: Formula, raw: str, expr: Node, value: Decimal, scale: Decimal
) -> Issue | None:
    stated = formula.stated
    assert stated is not None
    decimals = stated.decimals
    shown_value = value * scale
    shown_stated = stated.value * scale
    if _rounds_to(shown_value, shown_stated, decimals):
        return None
    span = interval(expr)
    tolerance = half_unit(stated) * scale
    rounding = close(shown_value, shown_stated, decimals) or (
        span is not None
        and span[0] * scale - tolerance <= shown_stated <= span[1] * scale + tolerance
    )
    # ``4,177,680`` beside a written ``4,171,680``: a whole result keeps the report's form
    whole = decimals == 0 and value == value.to_integral_value()
    shown = (
        percent_text(shown_value, max(decimals, 2))
        if stated.percent
        else fmt(value, 0 if whole else max(decimals, 2), grouped="," in stated.raw)
    )
    diff = abs(shown_value - shown_stated)
    unit = "个百分点" if stated.percent else (formula.stated_unit or "")
    swapped = _swapped_result(shown_value, shown_stated, decimals)
    if swapped:
        # ``=2.46/2.30×100%=106.69%``: the written operands give 106.96 — two digits
        # swapped is a typing slip, whatever the operands' own rounding would allow.
        rounding = False
    if rounding:
        message = (
            f"{formula.name or '公式'}：{raw} 的结果为 {shown}，报告写作 {_stated_text(formula)}，"
            "差异在运算数四舍五入的误差范围内，仅为舍入差异"
        )
    else:
        message = (
            f"{formula.name or '公式'}：{raw} 的结果为 {shown}，报告写作 {_stated_text(formula)}，"
            f"相差 {fmt(diff, max(decimals, 2))}{unit}"
            + ("，两者相邻两位数字颠倒，疑为录入错误" if swapped else "")
        )
    return Issue(
        message=message,
        evidence=(_formula_evidence(formula),),
        expected=shown,
        found=_stated_text(formula),
        severity=Severity.WARNING if rounding else None,
    )


def _swapped_result(value: Decimal, stated: Decimal, decimals: int) -> bool:
    """Whether ``stated`` is ``value`` (rounded to the stated places) with two digits swapped."""
    return telling_slip(digits_at(value, decimals), digits_at(stated, decimals)) == Slip.TRANSPOSED


def _rounds_to(value: Decimal, stated: Decimal, decimals: int) -> bool:
    """Whether ``value`` rounded half-up to ``decimals`` places is ``stated``."""
    quantum = Decimal(1).scaleb(-decimals)
    return value.quantize(quantum, rounding=ROUND_HALF_UP) == stated.quantize(
        quantum, rounding=ROUND_HALF_UP
    )


@check(
    code="AR004",
    name="formula-operand-contradicts-report",
    title="公式所用数值与报告他处所列不一致",
    source="按报告所写公式复算；同一数值在报告中应前后一致",
)
def formula_operand_contradicts_report(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """A formula puts a number in for a named operand that the report states differently.

    Why: ``预算调整率=本年追加预算/年初预算=0/400.00`` uses 0 for a 追加预算 the same
    section states as 50.00 万元; the rate and its score rest on the wrong number.

    Exceptions: the name must map to a known concept (lexicon) with a value stated
    elsewhere for the same year; a number that matches any stated value (or differs
    only by rounding) is fine, and so is one the report states for the same quantity
    in another year (``上年末实有人数48人``: the formula took last year's figure, which
    the report gives as such) or for a named part of the whole (``纳入部门决算范围的…合计
    编制60名`` beside 核定编制70名; a funding source's 年初预算); a named operand no concept
    reads (``÷培训人次=…÷3,421``) is compared with the text figure whose label shares a word
    with its name and whose value it writes with two adjacent digits swapped (four
    significant digits or more, ``开展职业技能培训3,412人次``), when no figure states it as
    written; ``×100%`` factors are ignored when pairing names with
    numbers. A formula in a sentence that also scores or states a rule after it
    (``…=6.40%，计10分``) is checked for its own arithmetic only (AR003), unless its
    number writes the stated value with two adjacent digits swapped (``5,530.00`` for a
    调整后预算 stated as 5,350.00): the digits then say which figure it means.

    Fails:
        年中追加预算50.00万元。预算调整率=(追加预算/年初预算)×100%=0/400.00=0%

    Passes:
        年中追加预算50.00万元。预算调整率=(追加预算/年初预算)×100%=50.00/400.00=12.5%
    """
    for formula in reading.formulas:
        symbolic = formula.symbolic_sides
        numeric = [s for s in formula.sides if s.numeric and not isinstance(s.expr, Num)]
        if not symbolic or not numeric:
            continue
        sym = symbolic[0].expr
        num = numeric[0].expr
        assert sym is not None and num is not None
        pairs = align_operands(strip_percent(sym), strip_percent(num))
        if not pairs:
            continue
        for name, number in pairs:
            facts = reading.facts_for_name(name, formula.block, formula.name)
            if not facts:
                named = _named_slip(reading, name, number, formula)
                if named is not None:
                    yield named
                continue
            tol = half_unit(number)
            if any(
                abs(value - number.value) <= tol + half
                for f in facts
                for value, half in _with_places(f.figure)
            ):
                continue
            if _another_years_value(reading, facts[0].concept, number):
                continue  # ``上年末实有48人``: the formula took last year's figure, as stated
            if _another_scopes_value(reading, facts[0].concept, number):
                continue  # ``纳入部门决算范围…编制60名``, ``一般公共预算财政拨款年初预算``
            swapped = _swapped_operand(number, facts)
            if swapped is None and _amount_stated_elsewhere(reading, number, formula):
                continue  # ``馆藏档案数字化加工项目。支出268.50万元``: that project's 项目支出
            if formula.beside_rule and swapped is None:
                continue  # a scoring sentence's names are less sure: only a swap tells
            values = sorted({f.figure.shown for f in facts})
            yield _named_operand_issue(
                formula,
                name,
                number,
                f"报告中{facts[0].concept_name}为 {'、'.join(values)}",
                [f.figure for f in facts[:4]],
                facts[0].concept_name,
                swapped=swapped is not None,
            )


def _named_operand_issue(
    formula: Formula,
    name: str,
    number: Num,
    said: str,
    figures: Sequence[Figure],
    called: str,
    *,
    swapped: bool,
) -> Issue:
    """AR004's finding: the formula's number for ``name`` against what the report says."""
    how = f"（两者{Slip.TRANSPOSED.label}，疑为录入错误）" if swapped else ""
    return Issue(
        message=f"{formula.name or '公式'}中“{name}”取值 {number.raw}，但{said}{how}",
        evidence=(
            Evidence(formula.location, formula.quote, number.raw, "公式"),
            *(evidence(f, called) for f in figures),
        ),
        expected=figures[0].amount.number_text,
        found=number.raw,
        key=("operand", formula.block, name, number.raw),
    )


def _named_slip(reading: Reading, name: str, number: Num, formula: Formula) -> Issue | None:
    """A named operand no concept reads, stated in the text with two adjacent digits swapped.

    ``人均培训补贴=培训补贴支出÷培训人次=4,126,000÷3,421`` where the text states
    ``开展职业技能培训3,412人次`` and nowhere 3,421: the words share a word that is not
    generic, the digits (four significant or more) say which figure the formula means.
    """
    written = digits_at(number.value, number.decimals)
    if number.percent or len(written.strip("0").replace(".", "")) < _NAMED_SLIP_DIGITS:
        return None
    words = content_words(name)
    same: list[Figure] = []
    swapped: list[Figure] = []
    for fig in reading.figures:
        if fig.cell is not None or fig.block == formula.block or fig.kind == "percent":
            continue
        if fig.value == number.value:
            same.append(fig)
        elif _swapped_result(fig.value, number.value, number.decimals) and words & content_words(
            fig.label
        ):
            swapped.append(fig)
    if same or len({f.value for f in swapped}) != 1:
        return None  # stated as written somewhere, or two candidates: nothing certain
    fig = swapped[0]
    label = clean_label(fig.label)
    return _named_operand_issue(
        formula, name, number, f"正文“{label}”为 {fig.shown}", [fig], label, swapped=True
    )


_NAMED_SLIP_DIGITS = 4
"""Significant digits a named operand needs for a swap alone to tie it to a text figure."""


def _swapped_operand(number: Num, facts: Sequence[Fact]) -> Fact | None:
    """The fact whose value the formula's number writes with two adjacent digits swapped.

    ``5,247.36/5,530.00`` where the report states 调整后预算 5,350.00: the digits say the
    formula means that figure, whatever the sentence around it scores.
    """
    written = digits_at(number.value, number.decimals)
    if number.percent or len(written.rstrip("0")) < MIN_DIGITS:
        return None
    return next(
        (
            fact
            for fact in facts
            for value, _half in _with_places(fact.figure)
            if _swapped_result(value, number.value, number.decimals)
        ),
        None,
    )


def _another_years_value(reading: Reading, concept: str, number: Num) -> bool:
    """Whether the report states ``number`` for the concept in another year (``上年末48人``).

    A formula that uses last year's figure the report states as last year's is not
    contradicting the report: which year the rate should be computed on is the
    report's choice, and both figures are there to be read.
    """
    tol = half_unit(number)
    return any(
        f.year is not None
        and f.year != reading.report_year
        and abs(value - number.value) <= tol + half
        for f in reading.facts.of(concept)
        for value, half in _with_places(f.figure)
    )


def _another_scopes_value(reading: Reading, concept: str, number: Num) -> bool:
    """Whether the report states ``number`` for the concept of a named part of the whole.

    ``核定编制70名…其中纳入部门决算范围的…合计编制60名``: a rate computed on the part
    (``=56÷60``) uses a figure the report states for that part; so does one on a funding
    source's figure (``一般公共预算财政拨款年初预算38,652.40万元`` beside a 年初预算 of
    39,138.65). Which scope the rate takes is the report's choice, as with another
    year's figure.
    """
    tol = half_unit(number)
    return any(
        f.origin != "formula"
        and (f.scope not in (Scope.TOTAL, Scope.UNSTATED) or f.source is not None)
        and f.year in (None, reading.report_year)
        and abs(value - number.value) <= tol + half
        for f in reading.facts.of(concept)
        for value, half in _with_places(f.figure)
    )


def _amount_stated_elsewhere(reading: Reading, number: Num, formula: Formula) -> bool:
    """Whether the report states the operand's amount of money in another paragraph.

    ``数字化加工单价=项目支出÷加工画幅数=268.50万元÷…`` where ``1.馆藏档案数字化加工
    项目。支出268.50万元``: a generic name (``项目支出``) took the one project's figure the
    report states, not the department's. Only amounts of money with three significant
    digits or more (a coincidence is unlikely), never a typing slip of the named figure.
    """
    if (
        number.unit not in MONEY_UNITS
        or len(number.raw.replace(",", "").replace(".", "").lstrip("0")) < 3
    ):
        return False
    tol = half_unit(number)
    return any(
        fig.kind == "money"
        and fig.block != formula.block
        and abs(value - number.value) <= tol + half
        for fig in reading.figures
        for value, half in _with_places(fig)
    )


def _in_any_unit(fig: Figure) -> set[Decimal]:
    """A money figure as written, in 元 and in 万元 (the units formulas are written in)."""
    return {value for value, _half in _with_places(fig)}


def _with_places(fig: Figure) -> set[tuple[Decimal, Decimal]]:
    """:func:`_in_any_unit`, each value with half a unit of its last written place.

    ``1.25亿元`` is any of 12,450–12,550 万元 (``12,486.30`` restates it); a percentage
    is also its ratio (a formula's ``×88.5%`` is stored as 0.885).
    """
    own = Decimal(1).scaleb(-fig.amount.decimals) / 2
    if fig.kind == "percent":
        return {(fig.value, own), (fig.value / HUNDRED, own / HUNDRED)}
    if fig.kind != "money":
        return {(fig.value, own)}
    base = half_unit_base(fig)
    return {
        (fig.value, own),
        (fig.base_value, max(base, own)),
        (fig.base_value / 10_000, max(base / 10_000, own)),
    }


@check(
    code="AR005",
    name="rate-recomputed-mismatch",
    title="所述比率与其分子分母（标准公式、比率自身用语或表内各列所示）不符",
    source="财预〔2013〕53号附件3 指标计算公式（见 auditor/read/data/indicators.yaml）",
    defers_to=("AR003",),
)
def rate_recomputed_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A rate stated without its formula differs from the standard formula over stated figures.

    Why: ``政府采购金额为6.16万元。预算数为64.59万元，执行率为9.53%`` states both sides;
    6.16/64.59 is 9.54 %, so the rate (and any score on it) should be checked.

    Exceptions: only rates whose framework entry has a numerator and denominator, and
    only when both are stated for the evaluated year; a rate stated outside the scored
    indicators (``（三）政府采购``) is checked only when both operands are in its own
    paragraph; a difference of one unit in the last written digit is a rounding warning.
    A bound (``预算调整率超过8%，扣1分``, ``不低于90%``) or a scoring rule's step
    (``每降低1个百分点扣0.5分``) states no rate and is not recomputed.
    A table's rate column (``执行率``, ``得分率``; one whose header writes its formula,
    ``得分率（B/A）``, is AR003's) is checked row by row against the
    two columns whose division most of its other rows confirm (at least two); when two
    divisions fit equally, or the column is computed some other way, it is not checked.
    A change-rate column (``上年数 | 本年数 | 增减率``) is checked the same way as the
    change of two columns over the base the rows confirm, and a rate row (years as rows,
    items as columns) along its rows; a rate that holds once a wrong total (AR001's) is
    replaced by its parts' sum is not a second finding.
    A row's rate the table confirms (every row's rate its two amounts give), restated in a
    paragraph that names the row and the rate (``设备购置项目执行率96.01%`` after ``设备购置 |
    2,180.00 | 2,094.98 | 96.10%``) as a telling slip of it (digits swapped, one digit
    changed), is the paragraph's rate written wrong; a rounded restatement or another
    rate of the row (完好率 beside 执行率) is none.
    A change over last year (``上年支出452.00万元，本年比上年增长5.59%``) is checked when its
    paragraph states this year's figure of the same quantity once (``本年支出合计486.30万元``);
    two different such figures, or none, and it is not. So is a change stated in one clause
    against the base figure it names (``完成样品12,305批次，较2024年的11,480批次增长7.19%``),
    when both figures have one unit, and a change stated after the only two figures of one
    unit in its sentence, one marked as the base (``由2024年的352.10万元增加到2025年的
    386.40万元，增长9.74%``, ``…，上年为48,610人次，同比增长…``); a figure right after
    增加/减少 is the change itself and nothing is read.
    In a scored indicator's text, a part-of-whole rate (执行率, 到位率 …) stated right
    after its two amounts (``实际采购金额64.20万元，预算金额70.00万元，执行率93.71%``, one
    labelled as the whole) is recomputed whatever the indicator, unless the rate is one
    of those amounts over another amount the report states (then those were not its
    operands); a last-digit difference there is no finding. Elsewhere (a project
    paragraph) it is recomputed when the sentence names its project or fund, the part's
    label names what the rate measures (执行率 over 实际支出, 到位率 over 实际到位) and
    the rate follows the second amount in the next clause (``XX项目预算620,000.00元，
    实际支出586,360.00元，预算执行率95.47%``); a part labelled 其中 is no operand, and
    a rate the amounts' own rounding allows (``1.2亿元``, ``1.1亿元``) is no finding. A
    rate right when rounded to its own decimals (96.5 % for 96.55 %) is no finding.
    A change stated after a total's list of parts that the total gives over its base
    (``受理X件，其中…、C件，较上年的Y件增长r%``) is the total's, no finding.
    Nor is a rate two amounts stated before it in its own sentence give
    (``决算数927.54万元，全年预算950.00万元，预算执行率97.64%``): a figure read elsewhere as
    its numerator (a funding source's spending taken for the total) is the misreading.
    A rate stated beside its operands with no formula written whose pair its own words
    give is this rule's: the whole inside ``占A的``/``为A的`` (``取得证书2,730人，占参训
    3,150人的86.67%``), a whole before ``中`` (``排查的412处隐患点中，已整改405处``), a
    division written without its result (``产出指标计分段37.80/40.00，得分率94.50%``),
    or the part named by the rate over what was handled (``抽检640批次，合格632批次，
    合格率98.75%``; 受理 … 办结率, 参训 … 取证率, 满分 … 得分率). Such a rate over a
    whole labelled a whole or a plan (共有, 应…, 目标, 预算), or over money, reads as an
    unwritten formula and is AR003's; both rules read them so
    (:mod:`auditor.read.implied_rates`). The figures are those of one unit in the
    rate's sentence and the one before (after any earlier rate there), and for a rate
    that opens its sentence those after it there (``读者满意度97.6%，发放问卷860份，
    满意823份``; not when another percentage or a change follows); over money only
    when the words fix the pair or the part's label names what the rate measures (执行率
    over 实际支出, 结余率 over 结余, 到位率 over 到位) and the whole's is a budget, a plan
    or an income (not a 年初预算, one basis of several), one project on both sides. A
    finding: one candidate gives a rate the written one is a telling typing slip of
    (two adjacent digits swapped, or one digit changed with two agreeing digits after
    it; never the first digit; three significant digits at least) and no other reading
    gives it or a slip of it; or the pair is the only reading (two figures of its
    unit) and the rate is off by more than a slip: an error when the words fix the
    pair or define it (the part named by the rate over what was handled: 受理 … 办结率,
    抽检 … 合格率, 满分 … 得分率), else, the part named by the rate and the whole
    labelled (共有, 应…), a warning that shows the reading, within 10 points. Nothing when a figure elsewhere in the report gives
    the written rate with one of the pair, or another figure of the report states the
    value the pair gives; a copy of the same rate this year that states it (the 自评表's
    ``整改率 | 94.74%`` beside ``排查隐患38处，整改36处，整改率97.37%``) confirms the pair:
    an error that names it; so does a rate under another name stated beside the same two
    figures (the 自评表 row ``河道清淤里程 | 80公里 | 96.4公里 | 120.50%``). A wrong rate restated as written (in
    the 自评表, the conclusion; ``达到96.8%`` too) is still wrong, whichever way it was
    recomputed: one finding that names every copy of the same rate word for this year
    (:mod:`auditor.read.rate_restatements`), unless a copy stands beside two figures
    that give it (the rate was computed there, from other operands). A hedged figure
    (约, 余) is no operand; a change (增长, 同比), a bound, a rate over a product (床日
    over 床位×365), two candidate pairs or a funding scope that differs (全口径 over
    财政拨款 amounts) say nothing. Three slips are told by the
    figures themselves (:mod:`auditor.read.rate_kinds`): a rate that is its only pair
    the other way round (``预算6.40万元，实际支出5.12万元，执行率125.00%``) is inverted,
    an error when the words fix the pair, whatever the pair's labels; a count rate that
    its part or whole one unit more or less gives (``排查42处，已整改40处，整改率
    97.62%`` = 41/42) is an error; and a rate its part over the same noun's figure for
    another year gives (``上年受理投诉258件`` beside ``受理投诉265件，办结251件，办结率
    97.29%``) is an error over this year's whole that names the base it used; a figure
    labelled only by its comparison (``立案212件，较2024年的198件``) is the figure before
    it for that year, and one right after 增加/减少 (``增加14件``) is the change, no
    operand. An execution rate over the initial budget beside an adjusted one is AR007's.
    A copy of a written formula's wrong result (``预算执行率=6,653.89/6,882.16×100%=
    96.86%`` restated in the indicator's text or a table row's 执行率) that recomputes to
    the same right value from figures the formula writes is AR003's finding, which names
    it: one defect, one finding (:mod:`checks._told_once`); recomputed from other figures
    or to another value, it is a finding of its own.
    A rate stated beside its part only (``全年办结信访事项1,251件，办结率91.85%``) that is
    exactly that part over another year's figure of a noun whose figure for this year
    the report also states, in any paragraph (``2023年…受理群众信访事项1,362件``,
    ``全年受理群众信访事项1,318件``), is an error naming both readings
    (:mod:`auditor.read.far_base`); a change or comparison in its clause (同比, 较上年), a
    rate right over this year's figure, or two figures of the other year say nothing.

    Fails:
        全年监督抽检药品样品480批次，合格474批次，合格率98.57%。

    Fails:
        （十一）政府采购执行率（6分）
        政府采购金额为30.00万元，政府采购预算为60.00万元，执行率为80%。

    Fails:
        | 项目 | 调整后预算（万元） | 实际支出（万元） | 执行率 |
        | 道路养护 | 200.00 | 190.00 | 95.00% |
        | 路灯维修 | 80.00 | 76.00 | 95.00% |
        | 绿化管护 | 50.00 | 49.00 | 96.00% |

    Passes:
        （十一）政府采购执行率（6分）
        政府采购金额为30.00万元，政府采购预算为60.00万元，执行率为50%。

    Passes:
        全年监督抽检药品样品480批次，合格474批次，合格率98.75%。
    """
    done: set[tuple[Location, Decimal]] = set()
    wrong = _wrong_formula_rates(reading) if "AR003" in options.get(DEFER_TO, ()) else []
    for rate, recomputed in _stated_rates(reading):
        done.add((rate.location, rate.rate))
        if _over_initial_budget(reading, rate, recomputed) is not None:
            continue  # over 年初预算 beside a stated 调整后预算: AR007's wrong base
        if told_by_a_formula(
            wrong,
            rate.location,
            rate.rate,
            recomputed.rate,
            (o.fact.figure.value if o.fact is not None else o.value for o in recomputed.operands),
        ):
            continue  # a copy of a wrong formula's result: AR003's finding names it
        yield naming_copies(
            _rate_issue(rate, recomputed), reading, rate.name, rate.rate, rate.block, rate.location
        )
    for cell in _failing_rate_cells(reading):
        if not cell.header_formula and not told_by_a_formula(
            wrong,
            cell.stated.location,
            cell.stated.value,
            cell.recomputed,
            (cell.numerator.value, cell.denominator.value),
        ):
            yield _rate_cell_issue(cell)
    for g in reading.growth:
        if (
            not _growth_holds(g)
            and not _another_current_gives(reading, g)
            and _over_current(g) is None  # over this year's figure: AR007's wrong base
        ):
            yield _growth_issue(g)
    indicators = reading.indicator_section_ids()
    fact_of_rate = {
        (f.figure.block, f.figure.amount.raw): f
        for f in reading.facts.facts
        if f.figure.kind == "percent"
    }
    for formula in reading.amount_rates:
        if not formula.own_part and not any(
            s.id in indicators for s in reading.section_path(formula.block)
        ):
            # Outside the scored indicators only a rate over its own part (``XX项目预算
            # 620,000.00元，实际支出586,360.00元，预算执行率95.47%``) is sure of its operands.
            continue
        if _funding_scopes_differ(reading, formula, fact_of_rate):
            continue  # ``全部资金预算执行率`` over 一般公共预算 amounts: other operands
        if _unit_scopes_differ(formula, fact_of_rate):
            continue  # ``全局预算执行率`` over 所属学校 amounts: another unit's operands
        issue = _amount_rate_issue(formula)
        if issue is not None and _rate_explained_elsewhere(reading, formula):
            continue  # another stated amount gives the rate: its operands were not these
        stated = formula.stated
        if (
            issue is not None
            and stated is not None
            and (formula.location, stated.value * HUNDRED) not in done
            and not _amount_rate_told(wrong, formula)
        ):
            yield naming_copies(
                issue,
                reading,
                formula.name,
                stated.value * HUNDRED,
                formula.block,
                formula.location,
            )
    yield from _implied_rates(reading, by_words=True)
    taken = {(f.block, f.stated.raw) for f in reading.amount_rates if f.stated is not None}
    taken |= {(r.block, r.stated.raw) for r in reading.implied}
    told = taken | {(f.block, f.stated.raw) for f in reading.formulas if f.stated is not None}
    told |= {(r.stated.block, r.stated.amount.raw) for r in reading.restated_rates} | {
        (f.block, f.amount.raw) for f in reading.figures if (f.location, f.value) in done
    }
    for far in far_bases(reading.document, reading.figures, reading.report_year, told):
        yield naming_copies(
            far_base_issue(far),
            reading,
            far.name,
            far.rate.value,
            far.rate.block,
            far.rate.location,
        )
    for restated in reading.restated_rates:
        if (restated.stated.block, restated.stated.amount.raw) not in taken:
            yield _restated_rate_issue(restated)


def _amount_rate_told(wrong: Sequence[WrongRate], formula: Formula) -> bool:
    """Whether a rate read beside its two amounts is a copy a wrong formula's finding names."""
    stated, expr = formula.stated, formula.sides[0].expr
    if stated is None or expr is None:
        return False
    value = evaluate(expr)
    return value is not None and told_by_a_formula(
        wrong,
        formula.location,
        stated.value * HUNDRED,
        value * HUNDRED,
        (n.value for n in numbers(expr)),
    )


def _restated_rate_issue(restated: RestatedRate) -> Issue:
    """A paragraph's rate that slips the same row's rate its table confirms."""
    cell, stated = restated.cell, restated.stated
    return Issue(
        message=(
            f"{restated.name}写作 {stated.amount.raw}，而表中“{cell.row_name}”的"
            f"{cell.rate_name}为 {cell.stated.amount.raw}（“{cell.numerator_name}”"
            f"{cell.numerator.amount.raw}÷“{cell.denominator_name}”"
            f"{cell.denominator.amount.raw}，与表中其他 {cell.confirming_rows} 项算法相同），"
            f"两者{restated.slip.label}，疑为录入错误"
        ),
        evidence=(
            evidence(stated, "比率"),
            evidence(cell.stated, cell.rate_name),
            evidence(cell.numerator, cell.numerator_name),
            evidence(cell.denominator, cell.denominator_name),
        ),
        expected=cell.stated.amount.raw,
        found=stated.amount.raw,
        key=("restated-rate", stated.location, stated.value),
        certainty=Certainty.HIGH,
    )


def _funding_scopes_differ(
    reading: Reading, formula: Formula, fact_of_rate: Mapping[tuple[int, str], Fact]
) -> bool:
    """Whether a prose rate and one of its amounts state different sources of funds.

    The rate's source is its fact's (``全部资金预算执行率``: every source, stated); an
    amount's is the one its own words name (``一般公共预算调整后预算``).
    """
    stated, expr = formula.stated, formula.sides[0].expr if formula.sides else None
    rate = fact_of_rate.get((formula.block, stated.raw)) if stated is not None else None
    if rate is None or not rate.source_stated or expr is None:
        return False
    for number in numbers(expr):
        source = _operand_source(reading, number)
        if source is not None and source != rate.source:
            return True
    return False


def _unit_scopes_differ(formula: Formula, fact_of_rate: Mapping[tuple[int, str], Fact]) -> bool:
    """Whether a prose rate and one of its amounts name different units of the department.

    ``所属学校全年预算数3,860.00万元，实际支出3,702.50万元，全局预算执行率95.86%``: the
    rate's own words state the whole department, the amount's the subordinate schools;
    they are not its operands. Only scopes both state (a word of their own) count.
    """
    stated, expr = formula.stated, formula.sides[0].expr if formula.sides else None
    rate = fact_of_rate.get((formula.block, stated.raw)) if stated is not None else None
    if rate is None or expr is None or rate.provenance.scope_from != Origin.OWN:
        return False
    for number in numbers(expr):
        scope, name = label_scope(number.label) if number.label else (Scope.UNSTATED, "")
        if scope != Scope.UNSTATED and not scopes_agree(rate.scope, rate.scope_name, scope, name):
            return True
    return False


def _growth_holds(g: Growth) -> bool:
    """Whether the stated change is the two figures' change, to the places it is written."""
    return quotient_holds(
        g.signed, g.stated.amount.decimals, g.recomputed, g.recomputed + 100, (g.current, g.prior)
    )


MIN_RATE_DIGITS = 3
"""Significant digits a rate needs before one quotient giving it is evidence."""


def _over_current(g: Growth) -> Decimal | None:
    """The change over this year's figure, when that (not the base) gives the stated rate.

    ``学费收入240.80万元，较上年221.30万元增长8.10%``: 19.50/240.80 is 8.10 %, over the base
    221.30 it is 8.81 %: the rate was divided by the wrong figure. Only a rate of three
    significant digits at least (a short one meets many quotients by chance).
    """
    significant = re.sub(r"\D", "", g.stated.amount.number_text).lstrip("0")
    if g.current.value == 0 or len(significant) < MIN_RATE_DIGITS:
        return None
    change = (g.current.value - g.prior.value) / g.current.value * HUNDRED
    if not quotient_holds(
        g.signed, g.stated.amount.decimals, change, HUNDRED - change, (g.current, g.prior)
    ):
        return None
    return change


def _another_current_gives(reading: Reading, g: Growth) -> bool:
    """Whether another figure of the sentence, of the base's unit, gives the stated change.

    ``办件125,400件，其中窗口…、自助终端2,260件，较上年的110,000件增长14.00%``: the
    change is the total's over the base; the list's last part read as this year's figure
    is the misreading.
    """
    for f in reading.figures_in(g.stated.block):
        if (
            f is g.current
            or f is g.prior
            or f.sentence_start != g.stated.sentence_start
            or f.amount.start > g.stated.amount.start
            or f.unit != g.prior.unit
            or g.prior.value == 0
        ):
            continue
        change = (f.value - g.prior.value) / g.prior.value * 100
        if quotient_holds(g.signed, g.stated.amount.decimals, change, change + 100, ()):
            return True
    return False


def _growth_issue(g: Growth) -> Issue:
    """A change over last year that its own two figures do not give."""
    word = "增长" if g.signed >= 0 else "下降"
    return Issue(
        message=(
            f"“{g.quantity}”比{g.base}{word}写作 {g.stated.value}%，按本段所列本年 "
            f"{g.current.value} {g.current.unit or ''}、{g.base} {g.prior.value} "
            f"{g.prior.unit or ''}计算为 {fmt(g.recomputed, 2)}%"
        ),
        evidence=(
            evidence(g.stated, "变动率"),
            evidence(g.current, "本年"),
            evidence(g.prior, g.base),
        ),
        expected=f"{fmt(g.recomputed, 2)}%",
        found=f"{g.stated.value}%",
        key=("growth", g.stated.location, g.stated.value),
    )


def _explained_by_a_wrong_total(reading: Reading, cell: RateCell) -> bool:
    """Whether the rate holds once an operand that is a wrong total is replaced by its parts' sum.

    ``小计 1,079.20 | 97.10%`` over rows adding to 1,097.20: the rate was computed from the
    right amount and the 小计 is the one error (AR001's finding, not a second one here).
    """
    sums = {
        b.total.location: sum((p.value for p in b.parts), Decimal(0))
        for b in reading.breakdowns
        if b.exhaustive and b.parts and b.kind.startswith("table")
    }
    num = sums.get(cell.numerator.location, cell.numerator.value)
    den = sums.get(cell.denominator.location, cell.denominator.value)
    if (num, den) == (cell.numerator.value, cell.denominator.value) or den == 0:
        return False
    rate = cell.rate_of(num, den)
    return quotient_holds(cell.stated.value, cell.stated.amount.decimals, rate, rate, ())


def _failing_rate_cells(reading: Reading) -> Iterator[RateCell]:
    """Rate cells to report: not an indicator's (checked as such), not explained by AR001.

    Those whose header writes the formula (``得分率（B/A）``) are AR003's, the others
    AR005's.
    """
    indicator_rates = {
        i.rate_location for sheet in reading.sheets for i in sheet.indicators if i.rate is not None
    } | {i.also_read_as_rate for sheet in reading.sheets for i in sheet.indicators}
    mended_rates = {r for m in mended_rows(reading) for r in m.rates}
    for cell in reading.rate_cells:
        if cell.stated.location in indicator_rates:
            continue  # checked as the indicator's
        if _explained_by_a_wrong_total(reading, cell):
            continue  # AR001 reports the total; the rate was computed from its parts
        if cell in mended_rates:
            continue  # AR001 names the mistyped part; the rate was computed from its true value
        yield cell


def _rate_cell_issue(cell: RateCell) -> Issue:
    """A table's rate cell against its row's division, with the rows that confirm it."""
    stated = cell.stated
    label = cell.row_name
    if cell.formula == "change":  # (this year − the base) / the base
        how = f"（“{cell.numerator_name}”−“{cell.denominator_name}”）÷“{cell.denominator_name}”"
    else:
        how = f"“{cell.numerator_name}”÷“{cell.denominator_name}”"
    return Issue(
        message=(
            f"“{label}”的{cell.rate_name}写作 {stated.amount.raw}，按本表{how}（表中其他 "
            f"{cell.confirming_rows} 项均按此计算相符）为 {fmt(cell.recomputed, 2)}%"
        ),
        evidence=(
            evidence(stated, cell.rate_name),
            evidence(cell.numerator, cell.numerator_name),
            evidence(cell.denominator, cell.denominator_name),
        ),
        expected=f"{fmt(cell.recomputed, 2)}%",
        found=stated.amount.raw,
        key=("rate-cell", stated.location, stated.value),
    )


def _rate_explained_elsewhere(reading: Reading, formula: Formula) -> bool:
    """Whether the stated rate is one of its amounts over (or into) another stated amount.

    ``年初预算500万元，实际支出560万元，执行率93.33%`` with 调整后预算600万元 stated
    elsewhere: the rate is right over the other base, so the sentence's two amounts are
    not its operands, and the reading abstains.
    """
    stated, expr = formula.stated, formula.sides[0].expr
    if stated is None or not isinstance(expr, BinOp):
        return False
    assert isinstance(expr.left, Num) and isinstance(expr.right, Num)
    part, whole = expr.left.value, expr.right.value
    written = Decimal(stated.raw.rstrip("%"))
    scale = to_base(Decimal(1), formula.operand_unit)
    for fig in reading.figures:
        if fig.kind not in ("money", "number") or fig.value <= 0 or fig.threshold:
            continue
        # As written, and in the operands' unit (a table in 元 beside prose in 万元).
        for other in {fig.value, fig.base_value / scale}:
            for rate in (part / other * HUNDRED, other / whole * HUNDRED):
                if close(rate, written, stated.decimals):
                    return True
    return False


def _amount_rate_issue(formula: Formula) -> Issue | None:
    """A rate stated beside its two amounts that they do not give."""
    stated, expr = formula.stated, formula.sides[0].expr
    if stated is None or not isinstance(expr, BinOp):
        return None
    value = evaluate(expr)
    if value is None:
        return None
    rate, written = value * HUNDRED, Decimal(stated.raw.rstrip("%"))
    if _rounds_to(rate, written, stated.decimals) or close(rate, written, stated.decimals):
        return None  # in prose the operands are read, not written: a last-digit gap is no finding
    assert isinstance(expr.left, Num) and isinstance(expr.right, Num)
    if _operand_rounding_explains(expr.left, expr.right, written, stated.decimals):
        return None  # ``预算1.2亿元，支出1.1亿元``: rounded amounts cannot settle the rate
    parts = f"{expr.left.label}{expr.left.raw}/{expr.right.label}{expr.right.raw}"
    recomputed = Recomputed(
        rate=rate,
        how="amounts",
        text=parts,
        rounding_only=close(rate, written, stated.decimals),
    )
    quote = _StatedRate(formula.name, written, formula.location, formula.quote, formula.block)
    return _rate_issue(quote, recomputed)


def _operand_rounding_explains(num: Num, den: Num, written: Decimal, decimals: int) -> bool:
    """Whether the stated rate lies within what the amounts, as rounded, can give."""
    hn, hd = (Decimal(1).scaleb(-n.decimals) / 2 for n in (num, den))
    if den.value - hd <= 0:
        return False
    slack = Decimal(1).scaleb(-decimals) / 2
    low = (num.value - hn) / (den.value + hd) * HUNDRED
    high = (num.value + hn) / (den.value - hd) * HUNDRED
    return low - slack <= written <= high + slack


@dataclass(frozen=True, slots=True)
class _StatedRate:
    name: str
    rate: Decimal
    location: Location
    quote: str
    block: int = -1
    """The block stating it, -1 when unknown (its place is then told by its location)."""


def _stated_rates(reading: Reading) -> Iterator[tuple[_StatedRate, Recomputed]]:
    """Rates stated without a formula, each with its recomputation where it differs.

    Indicators' rates first; then a rate the report states elsewhere (``（三）政府采购``:
    ``预算金额a，实际采购金额b，政府采购执行率为c``) when both its operands are in
    the same paragraph.
    """
    indicator_blocks: set[int] = set()
    for sheet in reading.sheets:
        for indicator in sheet.indicators:
            first, end = indicator.blocks
            indicator_blocks.update(range(first, max(end, first + 1)))
            if indicator.formula is not None or indicator.rate is None:
                continue
            if indicator.row_ratio is not None and indicator.row_ratio.scored_only:
                continue  # a 完成率 cell under a pro-rata method: SC003 states its rate
            recomputed = recompute_from_framework(reading, indicator)
            figure = rate_figure(reading, indicator)
            rate_fact = next((f for f in reading.facts.facts if f.figure is figure), None)
            if (
                recomputed is not None
                and not _given_by_its_sentence(reading, figure)
                and not (figure is not None and _other_subject(rate_fact, recomputed))
                and not (figure is not None and _names_another_unit(figure, recomputed))
            ):
                yield (
                    _StatedRate(
                        indicator.name,
                        indicator.rate,
                        indicator.rate_location or indicator.location,
                        indicator.rate_quote,
                        figure.block if figure is not None else -1,
                    ),
                    recomputed,
                )
    in_formula = {(f.block, f.stated.raw) for f in reading.formulas if f.stated is not None}
    fact_of = {f.figure: f for f in reading.facts.facts}
    for fig in reading.figures:
        if (
            fig.kind != "percent"
            or fig.table_value
            or fig.threshold
            or fig.block in indicator_blocks
            or (fig.block, fig.amount.raw) in in_formula
            or re.search(r"[=＝×÷*/]", fig.label)
        ):
            continue  # ``…÷年初预算批复数×100%``: a term of a formula, not a stated rate
        recomputed = recompute_rate(reading, fig.label, fig.value, fig.amount.decimals, fig.block)
        if recomputed is None or any(
            o.fact is None or o.fact.figure.block != fig.block for o in recomputed.operands
        ):
            continue
        if _other_subject(fact_of.get(fig), recomputed):
            continue  # ``其中监测站预算执行率98.76%``: not the department's operands
        if _given_by_its_sentence(reading, fig):
            continue
        yield _StatedRate(fig.label, fig.value, fig.location, fig.quote, fig.block), recomputed


def _given_by_its_sentence(reading: Reading, stated: Figure | None) -> bool:
    """Whether two amounts of one kind stated before the rate in its sentence give it.

    ``决算数927.54万元，全年预算950.00万元，预算执行率97.64%``: the sentence names the
    operands the rate was computed from; a figure the reading took for the numerator
    elsewhere (a funding source's spending read as the total) is the misreading.
    """
    if stated is None:
        return False
    before = [
        f
        for f in reading.figures_in(stated.block)
        if f.sentence_start == stated.sentence_start
        and f.amount.start < stated.amount.start
        and f.kind not in ("percent", "score")
        and f.value > 0
    ]
    budgets = {
        f.figure: f.concept
        for f in reading.facts.facts
        if f.concept in ("budget.initial", "budget.adjusted") and f.figure in before
    }
    adjusted_beside = "budget.adjusted" in budgets.values()
    for a, b in itertools.permutations(before, 2):
        if not same_dimension(a.unit, b.unit):
            continue
        if adjusted_beside and budgets.get(b) == "budget.initial":
            continue  # over the 年初预算 beside a 调整后预算: AR007's wrong base, not its pair
        value = a.base_value / b.base_value * 100
        if quotient_holds(stated.value, stated.amount.decimals, value, value, ()):
            return True  # exactly, to its places: a truncated rate stays a rounding finding
    return False


def _other_subject(rate: Fact | None, recomputed: Recomputed) -> bool:
    """Whether the rate speaks of another subject than its recomputation's operands.

    A rate whose typed scope names a sub-unit (or any part of the department) is not
    recomputed from the department's figures, nor one whose source of funds differs from
    an operand's (``全口径预算执行率`` over 财政拨款 figures). A rate read as no fact
    (``政府采购执行率`` outside the lexicon) keeps the operands of its own paragraph.
    """
    if rate is None:
        return False
    return any(
        o.fact is not None
        and (
            not scopes_agree(rate.scope, rate.scope_name, o.fact.scope, o.fact.scope_name)
            or sources_disagree(
                rate.source, rate.source_stated, o.fact.source, o.fact.source_stated
            )
        )
        for o in recomputed.operands
    )


def _names_another_unit(rate: Figure, recomputed: Recomputed) -> bool:
    """Whether the rate's own words name a unit its operands' facts do not speak of.

    ``局机关在职人员控制率为94.23%`` against the department's 实有人数 and 编制: the rate
    is the own level's (a scope word of its own label), the operands the whole's.
    """
    scope, name = label_scope(rate.label)
    if scope in (Scope.UNSTATED, Scope.TOTAL):
        return False
    return any(
        o.fact is not None and not scopes_agree(scope, name, o.fact.scope, o.fact.scope_name)
        for o in recomputed.operands
    )


def _rate_issue(stated: _StatedRate, recomputed: Recomputed) -> Issue:
    diff = abs(recomputed.rate - stated.rate)
    severity = Severity.WARNING if recomputed.rounding_only else None
    rounding = (
        "，差异在四舍五入误差范围内，仅为舍入差异"
        if severity
        else f"，相差 {fmt(diff, 2)} 个百分点"
    )
    decimals = max(-int(stated.rate.as_tuple().exponent), 0)
    if (
        not severity
        and recomputed.rate > 0
        and close(HUNDRED * HUNDRED / recomputed.rate, stated.rate, decimals)
    ):
        rounding += "；所写比率恰为分母÷分子之值，疑分子分母颠倒"
    return Issue(
        message=(
            f"{stated.name}：报告写作 {fmt(stated.rate, 2)}%，按{recomputed.text}"
            f"计算为 {fmt(recomputed.rate, 2)}%{rounding}"
        ),
        evidence=(
            Evidence(stated.location, stated.quote, f"{stated.rate}%", "比率"),
            *(evidence(o.fact.figure, o.name) for o in recomputed.operands if o.fact is not None),
        ),
        expected=f"{fmt(recomputed.rate, 2)}%",
        found=f"{stated.rate}%",
        severity=severity,
        key=("rate", stated.name, stated.rate, recomputed.rate),
    )


def _other_spending_stated(reading: Reading) -> bool:
    """Whether the report names spending besides 基本支出 and 项目支出 (经营支出 …).

    A mention that says there is none (``本单位无经营支出``, ``经营支出0.00万元``) does not
    count, nor one with no amount (a column header over empty cells); a table row or
    column of it counts unless every figure read for it is zero.
    """
    (other,) = patterns("arithmetic", "other_spending")
    none_before, none_after = patterns("arithmetic", "no_other_spending")
    for hit in reading.search(other):
        at = hit.quote.find(hit.match)
        before, after = hit.quote[: max(at, 0)], hit.quote[at + len(hit.match) :]
        if at >= 0 and (none_before.search(before) or none_after.search(after)):
            continue
        stated = [
            f
            for f in reading.figures
            if f.block == hit.block
            and f.kind in ("money", "number")
            and (hit.match in f.label or any(hit.match in p for p in f.column_path))
        ]
        if any(f.value != 0 for f in stated):
            return True
    return False


def _broken_down(reading: Reading, total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether a breakdown the reader found already sets ``parts`` under ``total``."""
    for b in reading.breakdowns:
        same_total = b.total.block == total.block and b.total.value == total.value
        listed = {(p.block, p.value) for p in b.parts}
        if same_total and all((p.block, p.value) in listed for p in parts):
            return True
    return False


def _single_value(facts: Sequence[Fact]) -> Fact | None:
    """The one value all ``facts`` state (the first of them), or None when they differ."""
    if not facts:
        return None
    first = facts[0]
    if any(differs_beyond_rounding(first.figure, f.figure) for f in facts[1:]):
        return None
    return first


_OWN_BASES = patterns("arithmetic", "own_rate_base")
_PART_RATE = cue("arithmetic", "part_rate_lead")
_BUDGET_TOTALS = {"budget.initial": "initial_budget", "budget.adjusted": "adjusted_budget"}
"""Budgets that 基本支出 and 项目支出 of the same basis make up, with that basis."""


@check(
    code="AR006",
    name="basic-plus-project-differs-from-total",
    title="基本支出与项目支出之和不等于支出合计",
    source="支出合计 = 基本支出 + 项目支出（部门决算收入支出决算总表）",
)
def basic_plus_project_differs_from_total(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """基本支出 and 项目支出 do not add up to 支出合计 when no breakdown sets them together.

    Why: a reviewer adds the two first; when the report states them in different
    paragraphs (``支出合计800万元。`` … ``基本支出500万元。`` … ``项目支出200万元。``)
    or sentences (``支出合计800万元，较上年减少3%。其中基本支出…``), no breakdown holds
    all three, so the table and text rules never compare them.

    Exceptions: only whole-department figures of the evaluated year with the same
    basis (预算 with 预算; 决算 with 决算 or unstated, as in IC001) and no funding
    source are compared; 年初预算 and 调整后预算 are totals of their own basis (``年初预算
    中基本支出…``, never this year's actual parts); a concept stated with two different values is left to IC001;
    when a breakdown (paragraph or table) already holds all three, AR001/AR002 judge
    it; a 支出合计 smaller than one of its own parts is a misreading (a project's
    spending taken for the department's), so the rule abstains; a report that
    states 经营支出, 上缴上级支出 or 对附属单位补助支出 (also parts of 支出合计) is not
    judged, but one that says it has none (``本单位无经营支出``, a row of zeros) is; a
    named project's 支出 (``文物保护项目支出``) is that project's, not 项目支出; a
    difference within the rounding of the figures (``全年支出1.09亿元``) is no finding,
    each figure rounded at its own last written place (a total in 元 to the fen
    against parts in 万元 to two decimals may differ by up to 100 元), nor one within a
    hedged figure's rounding (``全年支出约3,416万元`` is 3,415.5–3,416.5).

    Fails:
        2024年度部门整体支出绩效自评报告
        2024年本单位支出合计800.00万元。
        本年基本支出500.00万元。
        本年项目支出200.00万元。

    Passes:
        2024年度部门整体支出绩效自评报告
        2024年本单位支出合计800.00万元。
        本年基本支出500.00万元。
        本年项目支出300.00万元。
    """
    year = reading.report_year
    if year is None or _other_spending_stated(reading):
        return

    def department(concept: str, basis: str) -> list[Fact]:
        return [
            f
            for f in reading.facts.of(concept)
            if f.source is None
            and f.scope == "total"
            and f.year == year
            and (f.basis or "actual") == basis
            and f.origin != "formula"
        ]

    # An unstated basis reads as actual spending, as everywhere facts are compared.
    # 年初预算 and 调整后预算 are the whole budget of their kind (基本 + 项目 alike).
    totals = [
        (f.basis or "actual", f)
        for concept in ("expenditure.total", *_BUDGET_TOTALS)
        for f in reading.facts.of(concept)
        if concept == "expenditure.total" or f.basis == _BUDGET_TOTALS[concept]
    ]
    for basis in sorted({b for b, _ in totals}):
        total = _single_value(
            department("expenditure.total", basis)
            + [f for concept in _BUDGET_TOTALS for f in department(concept, basis)]
        )
        basic = _single_value(department("expenditure.basic", basis))
        project = _single_value(department("expenditure.project", basis))
        if total is None or basic is None or project is None:
            continue
        figures = (total.figure, basic.figure, project.figure)
        if len({f.unit is None for f in figures}) > 1:
            continue  # a unit-less table figure against 万元 text: scale unknown
        if _broken_down(reading, total.figure, (basic.figure, project.figure)):
            continue  # a breakdown already holds them: AR001/AR002 judge it
        if total.value < max(basic.value, project.value):
            continue  # a "total" below one of its own parts is another subject's: misread
        name = total.concept_name
        issue = sum_check(
            total.figure,
            [basic.figure, project.figure],
            message=f"基本支出与项目支出之和应等于{name}：{name}为 ",
            roles=(name, "基本支出/项目支出"),
            as_written=True,
            key=("basic+project", total.figure.base_value),
        )
        if issue is not None and issue.severity is None:
            yield issue  # a rounding-only difference (``1.09亿元``) across paragraphs is no finding


def _names_own_base(formula: Formula) -> bool:
    """Whether the formula's written words divide by a base of the report's own choosing.

    ``预算执行率=（实际支出/全年可支配预算）×100%`` over 收入总计 (上年结转 + 调整后预算):
    the report defines its rate over all the money it could spend; a framework's other
    base is then a question of definition the report has answered, not a slip.
    """
    return any(p.search(side.raw) for p in _OWN_BASES for side in formula.sides if not side.numeric)


def _denominator(formula: Formula) -> tuple[Num, Node] | None:
    """The number a formula's first numeric side divides by, and its numerator (``a/b``)."""
    for side in formula.numeric_sides:
        assert side.expr is not None
        node = strip_percent(side.expr)
        if isinstance(node, BinOp) and node.op == "/" and isinstance(node.right, Num):
            return node.right, node.left
    return None


def _basis_ok(fact: Fact, basis: str | None) -> bool:
    """Whether a fact has the basis a definition asks for (预算 only when stated as such)."""
    if basis is None:
        return True
    if basis == "budget":
        return fact.basis in ("budget", "initial_budget", "adjusted_budget")
    return fact.basis not in ("budget", "initial_budget", "adjusted_budget")


def _matches(fig: Figure, number: Num) -> bool:
    """Whether a stated figure is the number a formula wrote (in its unit or another)."""
    own = Decimal(1).scaleb(-fig.amount.decimals) / 2
    if abs(fig.value - number.value) <= half_unit(number) + own:
        return True
    # In another unit to its last written place (``261.46万元`` is a formula's
    # ``2,614,620.00`` 元), when that place is small beside the number (never 0.00万元 as 25).
    return any(
        value != 0
        and half * 1000 <= abs(number.value)
        and abs(value - number.value) <= half_unit(number) + half
        for value, half in _with_places(fig)
    )


@check(
    code="AR007",
    name="rate-on-wrong-base",
    title="比率的分母取错口径",
    severity="warning",
    source="共性指标的计算口径（auditor/read/data/indicators.yaml，注明出处）",
)
def rate_on_wrong_base(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A rate divides by another figure than its definition's base (预算调整率 over 调整后预算).

    Why: 预算调整率 = 调整数 / 年初预算; dividing 200 by the 调整后预算 1,200 instead of
    the 年初预算 1,000 gives 16.67 % instead of 20 %, and the score band changes.

    Exceptions: only rates of the standard framework with a defined base, written with
    numbers (``=200/1200``); the divisor must equal a figure the report states for
    another quantity (its 调整后预算) and differ from every figure it states for the
    base. A formula that names its base (``调整数/年初预算``) is AR004's when the number
    differs from that base. A formula whose words divide by a base of the report's own
    choosing (``÷全年可支配预算``, ``÷可用资金总额``, or a bracketed sum of named
    quantities, ``÷（本年预算数+上年结转）``) has answered the question of definition
    itself: its base is the report's own, no finding; so has a rate named for a part of
    the money (``项目预算执行率``, ``专项资金执行率``): its base is that part's. The finding
    shows the formula it read and the reading, so it is a warning.
    Two more wrong bases: a change over last year whose stated rate is the change over
    this year's figure (``240.80万元，较上年221.30万元增长8.10%``: 19.50/240.80; over the
    base 8.81 %), three significant digits at least; and an execution rate above 100 %
    over 本年收入 when the report states a 上年结转 the funds include (and no budget of
    the rate's base, and a stated 收入总计 that is income plus carry-over): over the
    funds it is below 100 %. And an execution rate stated beside its spending, an
    initial and an adjusted budget, written as the spending over the initial budget
    (``年初预算2,160.00万元，调整后预算2,385.50万元，实际支出2,241.30万元，预算执行率
    103.76%``; over the adjusted budget 93.95 %), unless the rate names its base
    (``年初预算执行率``); likewise a 预算执行率 recomputed over the 调整后预算 (AR005's
    reading) that is the spending over the one 年初预算 the report states for the year:
    this rule's finding, not AR005's.

    Fails:
        2024年度部门整体支出绩效自评报告
        年初预算1,000.00万元，调整后预算1,200.00万元。
        （五）预算调整率（5分）
        预算调整率=200.00/1,200.00×100%=16.67%。

    Fails:
        2024年度部门整体支出绩效自评报告
        一、预算执行情况
        年初预算640.00万元，调整后预算712.50万元，实际支出688.40万元，预算执行率107.56%。

    Passes:
        2024年度部门整体支出绩效自评报告
        一、预算执行情况
        年初预算640.00万元，调整后预算712.50万元，实际支出688.40万元，预算执行率96.62%。

    Passes:
        2024年度部门整体支出绩效自评报告
        年初预算1,000.00万元，调整后预算1,200.00万元。
        （五）预算调整率（5分）
        预算调整率=200.00/1,000.00×100%=20.00%。
    """
    yield from _growth_over_current(reading)
    reported: set[Location] = set()
    for rate in reading.implied:
        over_initial = initial_base(rate)
        if over_initial is not None:
            reported.add(rate.location)
            yield initial_base_issue(rate, over_initial)
    for stated, over_adjusted in _stated_rates(reading):
        facts = _over_initial_budget(reading, stated, over_adjusted)
        if facts is not None and stated.location not in reported:
            yield _initial_budget_issue(stated, over_adjusted, facts)
    framework = reading.framework
    year = reading.report_year
    if framework is None:
        return
    for formula in reading.formulas:
        std = framework.find(formula.name) if formula.name else None
        if std is None or not std.denominator or formula.stated is None:
            continue
        found = _denominator(formula)
        if found is None:
            continue
        if _names_own_base(formula):
            continue  # ``实际支出/全年可支配预算``: the report's own, stated base
        lead = _PART_RATE.match(formula.name or "")
        if lead is not None and lead.group(0) not in std.name:
            continue  # ``项目预算执行率``: the projects' rate, over their own budget
        divisor, numerator = found
        base = [
            f
            for f in reading.facts.of(std.denominator)
            if f.origin != "formula"
            and f.scope == "total"
            and f.year == year
            and _basis_ok(f, std.denominator_basis)
        ]
        if not base:
            issue = _over_income_without_carryover(
                reading, formula, formula.name or std.name, divisor, numerator
            )
            if issue is not None:
                yield issue
            continue
        if any(_matches(f.figure, divisor) for f in base):
            continue
        values = {f.figure.base_value for f in base}
        if len(values) != 1:
            continue  # the base itself is stated twice (IC001)
        other = next(
            (
                f
                for f in reading.facts.facts
                if f.concept != std.denominator
                and f.origin != "formula"
                and f.scope == "total"
                and f.year == year
                and f.figure.kind == "money"
                and _matches(f.figure, divisor)
            ),
            None,
        )
        if other is None:
            continue
        right = base[0]
        top = evaluate(numerator)
        if top is None or right.figure.value == 0:
            continue
        # The base in the unit the formula writes (万元 or 元): the closest in size.
        scaled = min(_in_any_unit(right.figure), key=lambda v: abs(v - divisor.value))
        if scaled == 0:
            continue
        recomputed = top / scaled * HUNDRED
        decimals = max(formula.stated.decimals, 2)
        shown_top = f"{numerator.raw}/" if isinstance(numerator, Num) else ""
        yield Issue(
            message=(
                f"{std.name}：报告按 {shown_top}{divisor.raw} 计算为 {_stated_text(formula)}；"
                f"按其定义应以{right.concept_name}为分母，公式除以 {divisor.raw}，"
                f"与报告中的{other.concept_name} {other.figure.shown} 相同，而{right.concept_name}为 "
                f"{right.figure.shown}；按{right.concept_name}计算为 "
                f"{percent_text(recomputed, decimals)}，请核对"
            ),
            evidence=(
                _formula_evidence(formula),
                evidence(right.figure, right.concept_name),
                evidence(other.figure, other.concept_name),
            ),
            expected=percent_text(recomputed, decimals),
            found=_stated_text(formula),
            confidence="medium",
        )


def _over_initial_budget(
    reading: Reading, stated: _StatedRate, recomputed: Recomputed
) -> tuple[Fact, Fact] | None:
    """The numerator and 年初预算 when a rate recomputed over 调整后预算 is over 年初预算.

    ``年初预算2,160.00万元，调整后预算2,385.50万元…预算执行率103.76%``: the framework's
    base is the adjusted budget, the written rate the spending over the one initial
    budget the report states for the year. A rate named by its base (``年初预算执行率``)
    is not recomputed so.
    """
    if len(recomputed.operands) != 2:
        return None
    num, den = (o.fact for o in recomputed.operands)
    if num is None or den is None or den.concept != "budget.adjusted":
        return None
    (initial_re,) = patterns("implied_rates", "initial_budget_label")
    if initial_re.search(stated.name):
        return None
    initial = _this_years(reading, "budget.initial")
    if initial is None or initial.figure.base_value in (0, den.figure.base_value):
        return None
    decimals = max(-int(stated.rate.as_tuple().exponent), 0)
    rate = num.figure.base_value / initial.figure.base_value * HUNDRED
    if not close(rate, stated.rate, decimals) or close(recomputed.rate, stated.rate, decimals):
        return None
    return num, initial


def _initial_budget_issue(
    stated: _StatedRate, recomputed: Recomputed, facts: tuple[Fact, Fact]
) -> Issue:
    """A stated execution rate over 年初预算 where its base is 调整后预算."""
    num, initial = facts
    right = f"{fmt(recomputed.rate, 2)}%"
    return Issue(
        message=(
            f"{stated.name}写作 {fmt(stated.rate, 2)}%，恰为{num.concept_name}"
            f"{num.figure.shown}÷{initial.concept_name}{initial.figure.shown}之值；"
            f"执行率应以调整后预算为分母，按{recomputed.text}计算为 {right}，请核对"
        ),
        evidence=(
            Evidence(stated.location, stated.quote, f"{stated.rate}%", "比率"),
            *(evidence(o.fact.figure, o.name) for o in recomputed.operands if o.fact is not None),
            evidence(initial.figure, "所用分母"),
        ),
        expected=right,
        found=f"{stated.rate}%",
        key=("initial-base", stated.location, stated.rate),
    )


def _this_years(reading: Reading, concept: str) -> Fact | None:
    """The one value the report states for a department-wide quantity of the evaluated year."""
    return _single_value(
        [
            f
            for f in reading.facts.of(concept)
            if f.origin != "formula" and f.scope == "total" and f.year == reading.report_year
        ]
    )


def _over_income_without_carryover(
    reading: Reading, formula: Formula, name: str, divisor: Num, numerator: Node
) -> Issue | None:
    """An execution rate above 100 % over this year's income, when the funds include a carry-over.

    ``预算执行率=2,615.40/2,566.70=101.90%`` divides by 本年收入 while the report states a
    上年结转 (and a 收入总计, or 全年可用资金, that holds it): the funds the department could
    spend were the total; over it the rate is 96.48 %. Only when no budget of the rate's
    own base is stated (that one is the base then), the divisor is the income figure, the
    rate over it exceeds 100 % and over the total does not.
    """
    income = _this_years(reading, "income.total")
    carryover = _this_years(reading, "income.carryover")
    if income is None or carryover is None or not _matches(income.figure, divisor):
        return None
    if carryover.figure.base_value <= 0:
        return None
    total = _this_years(reading, "income.grand_total")
    whole = income.figure.base_value + carryover.figure.base_value
    if total is not None and abs(total.figure.base_value - whole) > half_unit_base(
        total.figure
    ) + half_unit_base(income.figure) + half_unit_base(carryover.figure):
        return None  # the stated total is not income plus carry-over: another reading
    top = evaluate(numerator)
    if top is None or divisor.value == 0:
        return None
    scale = whole / income.figure.base_value  # the total in the formula's unit
    over_total = top / (divisor.value * scale) * HUNDRED
    over_income = top / divisor.value * HUNDRED
    if over_income <= HUNDRED or over_total > HUNDRED:
        return None
    decimals = max(formula.stated.decimals if formula.stated else 2, 2)
    per_unit = income.figure.base_value / income.figure.value
    shown_total = (
        total.figure.shown
        if total is not None
        else f"{fmt(whole / per_unit, income.figure.amount.decimals, grouped=True)} "
        f"{income.figure.unit or ''}".rstrip()
    )
    right = percent_text(over_total, decimals)
    return Issue(
        message=(
            f"{name}以{income.concept_name} {income.figure.shown} 为分母，计算结果超过 100%；"
            f"报告另列{carryover.concept_name} {carryover.figure.shown}，可用资金合计 "
            f"{shown_total}（{income.concept_name}加{carryover.concept_name}）。"
            f"按含结转的可用资金计算为 {right}，请核对分母口径"
        ),
        evidence=(
            _formula_evidence(formula),
            evidence(income.figure, income.concept_name),
            evidence(carryover.figure, carryover.concept_name),
            *((evidence(total.figure, total.concept_name),) if total is not None else ()),
        ),
        expected=right,
        found=_stated_text(formula),
        key=("carryover-base", formula.location),
        confidence="medium",
    )


def _growth_over_current(reading: Reading) -> Iterator[Issue]:
    """Changes over last year divided by this year's figure instead of the base (AR005's reading)."""
    for g in reading.growth:
        if _growth_holds(g) or _another_current_gives(reading, g):
            continue
        wrong = _over_current(g)
        if wrong is None:
            continue
        word = "增长" if g.signed >= 0 else "下降"
        decimals = max(g.stated.amount.decimals, 2)
        right = percent_text(abs(g.recomputed), decimals)
        yield Issue(
            message=(
                f"“{g.quantity}”比{g.base}{word}写作 {g.stated.amount.raw}，"
                f"等于变动额除以本年数 {g.current.shown}；"
                f"变动率应以{g.base}数 {g.prior.shown}为分母，"
                f"计算为 {right}，请核对"
            ),
            evidence=(
                evidence(g.stated, "变动率"),
                evidence(g.current, "本年"),
                evidence(g.prior, g.base),
            ),
            expected=right,
            found=g.stated.amount.raw,
            key=("growth-base", g.stated.location, g.stated.value),
            confidence="medium",
        )


@check(
    code="AR008",
    name="formula-number-differs-from-body",
    title="公式中的数值与正文所列同一数据不符",
    severity="warning",
    source="共性指标的计算口径（auditor/read/data/indicators.yaml）；同一数据应前后一致",
)
def formula_number_differs_from_body(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """A framework rate written with numbers only divides figures the body states differently.

    Why: ``在职人员控制率=45/50=90%`` when the body states 实有人数 47 and 编制 50: the
    rate and its score rest on a number found nowhere else in the report.

    Exceptions: only rates of the standard framework whose numerator and denominator
    quantities are known, written as ``a/b`` with numbers and no names (named operands
    are AR004's); each quantity must be stated for the whole department and the
    evaluated year with one value, in the same unit scale or in 元/万元; a number that
    equals any stated value of its quantity, or of another quantity (AR007's base
    check), or its quantity's figure the report states for another year
    (``上年末实有人数48人``), is left alone, and so is an amount of four significant
    digits or more the body states under words no concept names (``÷3,335.00`` beside
    ``全年可用资金合计3,335.00万元``: the report's own base, found elsewhere). An operand
    written with its own label (``实有人数38/编制数40``) is a number too, and a number right of ``=`` is the formula's, never a statement
    of the body; such a label names its quantity whatever the rate (``人员到位率=
    实有人数38/编制数40`` against the body's 实有人数). The finding shows the reading,
    so it is a warning.

    Fails:
        2024年度部门整体支出绩效自评报告
        本单位核定编制50名，2024年末实有人数47人。
        （三）在职人员控制率（4分）
        在职人员控制率=45/50×100%=90%。故本项计4分。

    Passes:
        2024年度部门整体支出绩效自评报告
        本单位核定编制50名，2024年末实有人数47人。
        （三）在职人员控制率（4分）
        在职人员控制率=47/50×100%=94%。故本项计4分。
    """
    framework = reading.framework
    year = reading.report_year
    reported: set[tuple[int, str]] = set()
    for formula in reading.formulas if framework is not None else ():
        assert framework is not None
        std = framework.find(formula.name) if formula.name else None
        if std is None or not std.numerator or not std.denominator or formula.symbolic_sides:
            continue
        found = _denominator(formula)
        if found is None or not isinstance(found[1], Num):
            continue
        divisor, dividend = found[0], found[1]
        for number, concept, basis in (
            (dividend, std.numerator, std.numerator_basis),
            (divisor, std.denominator, std.denominator_basis),
        ):
            source = _operand_source(reading, number)
            stated = [
                f
                for f in reading.facts.of(concept)
                if f.origin != "formula"
                and f.scope == "total"
                and f.year == year
                and f.source == source
                and _basis_ok(f, basis)
            ]
            single = _single_value(stated)
            if single is None or any(_matches(f.figure, number) for f in stated):
                continue
            if any(
                _matches(f.figure, number)
                for f in reading.facts.facts
                if f.concept != concept and f.origin != "formula" and f.year == year
            ):
                continue  # the number is another stated quantity: AR007's question
            if _another_years_value(reading, concept, number):
                continue  # ``上年末实有人数48人``: last year's figure, stated as such
            if _stated_elsewhere(reading, formula, number):
                continue  # ``全年可用资金合计3,335.00万元``: a base the report states
            reported.add((formula.block, number.raw))
            name = reading.lexicon.source_name(source) + single.concept_name
            yield _operand_issue(
                formula,
                number.raw,
                single,
                stated,
                f"{std.name}：按 {std.name} 的定义理解，公式 {dividend.raw}/{divisor.raw} "
                f"中的 {number.raw} 应为"
                f"{name}，而报告中{name}为 {single.figure.shown}，请核对",
            )
    yield from _labelled_operands(reading, reported)


_ELSEWHERE_DIGITS = 4
"""Significant digits an amount must have for its restatement to be no coincidence."""


def _stated_elsewhere(reading: Reading, formula: Formula, number: Num) -> bool:
    """Whether the body states a formula's money operand under words no concept names.

    ``÷3,335.00`` beside ``全年可用资金合计3,335.00万元`` divides by a figure of the
    report (its own base, AR007's question), not by a number found nowhere else. Only
    amounts of four significant digits or more, outside the formula's block.
    """
    if len(number.value.normalize().as_tuple().digits) < _ELSEWHERE_DIGITS:
        return False
    return any(
        f.block != formula.block and f.kind == "money" and _matches(f, number)
        for f in reading.figures
    )


def _operand_issue(
    formula: Formula, raw: str, single: Fact, stated: Sequence[Fact], message: str
) -> Issue:
    """A formula's number against the single value the body states for its quantity."""
    return Issue(
        message=message,
        evidence=(
            _formula_evidence(formula),
            *(evidence(f.figure, single.concept_name) for f in stated[:3]),
        ),
        expected=single.figure.amount.number_text,
        found=raw,
        key=("formula-number", formula.block, raw),
        confidence="medium",
    )


def _operand_source(reading: Reading, number: Num) -> str | None:
    """The source of funds a formula's operand names (``财政拨款支出2,054.11``), if any.

    Such an operand is that source's quantity: it is compared with the body's figures of
    the same source, never with the department's totals.
    """
    return reading.lexicon.source_for(number.label) if number.label else None


def _labelled_operands(reading: Reading, reported: set[tuple[int, str]]) -> Iterator[Issue]:
    """Operands written with their own label (``实有人数38``) against the body's value.

    The label names the quantity, whatever the rate: ``人员到位率=实有人数38/编制数40``
    with 实有人数 36 in the body. Only whole-department, evaluated-year facts without a
    funding source, stated with one value, are compared.
    """
    year = reading.report_year
    for formula in reading.formulas:
        for side in formula.numeric_sides:
            assert side.expr is not None
            for number in numbers(side.expr):
                if not number.label or number.percent or (formula.block, number.raw) in reported:
                    continue
                source = _operand_source(reading, number)
                stated = [
                    f
                    for f in reading.facts_for_name(number.label, formula.block, formula.name)
                    if f.source == source and f.year == year
                ]
                single = _single_value(stated)
                if single is None or any(_matches(f.figure, number) for f in stated):
                    continue
                if any(
                    _matches(f.figure, number)
                    for f in reading.facts.facts
                    if f.concept != single.concept and f.origin != "formula" and f.year == year
                ):
                    continue  # the number is another stated quantity
                reported.add((formula.block, number.raw))
                name = formula.name or "公式"
                yield _operand_issue(
                    formula,
                    number.raw,
                    single,
                    stated,
                    f"{name}：公式中“{number.label}”取 {number.raw}，而报告中"
                    f"{single.concept_name}为 {single.figure.shown}，请核对",
                )
