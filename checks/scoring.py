"""Scoring rules (SC): scores against maxima, rules, totals and grade bands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from auditor.assess import (
    MANY_READINGS,
    Assessment,
    ScoreSummary,
    assess,
    certain_score,
    hedged_rate,
    summarize,
)
from auditor.findings import Certainty, Evidence, Issue, Severity
from auditor.read.reading import Reading
from auditor.read.scoring.groups import group_key
from auditor.read.scoring.links import name_key
from auditor.read.scoring.rules import STANDARD_BANDS, Overlap, grade_for
from auditor.read.scoring.sheet import HUNDRED_POINTS
from auditor.read.scoring.sheets import Indicator, ScoreSheet, indicator_targets
from auditor.read.scoring.subjects import is_project, same_subject
from auditor.read.scoring.targets import Measure
from auditor.read.scoring.text_targets import indicator_text_target
from auditor.registry import DEFER_TO, check
from checks._kinds import fmt_auto

SOURCE_SCORING = "报告自身所写评分标准；无标准时按 auditor/read/data/indicators.yaml 所列参考框架"
SOURCE_GRADES = (
    "评分等级：报告所写分档；未写时按 优≥90、良80–89、中60–79、差<60（财预〔2020〕10号）"
)
EPSILON = Decimal("0.005")


def _d(value: Decimal | None) -> str:
    return fmt_auto(value) if value is not None else "—"


def _readings(values: frozenset[Decimal]) -> str:
    return "或".join(_d(v) for v in sorted(values))


def _rate_basis(ind: Indicator) -> str:
    """``比率为 x%``, naming the actual and the target when the rate is worked out from them.

    A completion the report does not write (``维修养护面积 | ≥40万平方米 | 38.6万平方米``)
    is shown with its two figures, so the reviewer sees what was divided.
    """
    rate = f"{_d(ind.rate)}%" if ind.rate is not None else ""
    if ind.rate is not None and ind.rate_quote.rstrip().endswith("‰"):
        rate = f"{_d(ind.rate * 10)}‰"  # shown as the report writes it
    parts = ind.rate_quote.split(" | ")
    if len(parts) == 3 and _d(ind.rate) not in ind.rate_quote.replace(",", ""):
        target = parts[1].lstrip("≥>=＞ ")
        return f"完成比例为 {rate}（实际 {parts[2]} ÷ 指标值 {target}）"
    return f"比率为 {rate}"


def _indicator_evidence(ind: Indicator) -> list[Evidence]:
    out = []
    if ind.awarded_location is not None:
        out.append(Evidence(ind.awarded_location, ind.awarded_quote, _d(ind.awarded), "得分"))
    if ind.rate is not None and ind.rate_location is not None:
        # A rate the report writes is quoted as its value; one worked out from the row
        # (actual / target) is not a figure of the document and is shown only in the message.
        written = _d(ind.rate) in ind.rate_quote.replace(",", "")
        value = f"{_d(ind.rate)}%" if written else None
        out.append(Evidence(ind.rate_location, ind.rate_quote, value, "比率"))
    if ind.rule_quote:
        where = ind.rule_location or ind.location
        out.append(Evidence(where, ind.rule_quote[:160], None, "评分标准"))
    return out


def _all_assessments(reading: Reading) -> Iterator[Assessment]:
    """Narrative indicators, and score-table rows that carry their own rule and rate."""
    for sheet in reading.sheets:
        for indicator in sheet.indicators:
            if sheet.kind == "narrative" or (
                indicator.rule is not None and indicator.rate is not None
            ):
                yield assess(reading, indicator)


def _in(value: Decimal | None, readings: frozenset[Decimal]) -> bool:
    return value is not None and any(abs(value - r) <= EPSILON for r in readings)


def _within(value: Decimal | None, span: tuple[Decimal, Decimal] | None) -> bool:
    return (
        value is not None and span is not None and span[0] - EPSILON <= value <= span[1] + EPSILON
    )


@check(
    code="SC001", name="score-exceeds-maximum", title="指标得分超过其分值", source=SOURCE_SCORING
)
def score_exceeds_maximum(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """An indicator is awarded more points than its maximum.

    Why: ``（九）公用经费控制率（8分）`` cannot earn 9 points; the total is inflated.

    Exceptions: none; a score equal to the maximum is full marks.

    Fails:
        （一）绩效目标合理性（3分）
        目标设置合理，故本项计4分。

    Passes:
        （一）绩效目标合理性（3分）
        目标设置合理，故本项计3分。
    """
    for sheet in reading.sheets:
        for ind in sheet.indicators:
            if ind.awarded is not None and ind.awarded > ind.maximum:
                yield Issue(
                    message=f"{ind.name}满分 {_d(ind.maximum)} 分，报告给了 {_d(ind.awarded)} 分",
                    evidence=tuple(_indicator_evidence(ind)[:1]),
                    expected=_d(ind.maximum),
                    found=_d(ind.awarded),
                    # The text and the score table say it twice: one finding, both places.
                    key=("over-maximum", ind.name, ind.maximum, ind.awarded),
                )


@check(
    code="SC002",
    name="score-contradicts-rule",
    title="指标得分不符合其评分标准",
    source=SOURCE_SCORING,
    defers_to=("SC001",),
)
def score_contradicts_rule(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The awarded score is not what the indicator's own scoring rule gives at its rate.

    Why: ``100%以下（含）计满分，每超出（降低）5%扣2分`` at 9.53 % gives 6 or 0 points —
    never the 4 awarded; the score follows neither reading of the rule. Rules are read
    as bands with two bounds (``85%—90%得3分``, ``95%（含）至100%``, ``80%≤x＜90%``,
    ``大于等于85%且小于90%``, ``（不含）`` an excluded bound, ``得分值的70%``), deductions
    per unit from the row's target or the base the rule states (``完成3个得满分，每少1个
    扣2分``), and letter grades converted at shares stated once for the sheet
    (``评价等级A、B、C、D分别按分值的100%、80%、60%、0计分``: a row graded B of 6 points
    earns 4.8). Rules in words are read where they stand: in the indicator's prose
    (the rate, the rule and the score in one sentence, or the rate ``达到96%``), in a
    paragraph named after a table row (``职业技能培训合格率：…评分标准：…``), once above
    or below the table for every row (``各项指标均按完成比例计分，即得分=执行率×分值``),
    clause by clause for named rows anywhere in the table's own section (``答：评分标准：
    预算执行率…；检验报告及时率≥99%得满分，每低1个百分点扣1分；…`` a few paragraphs
    above the table, no heading between), clause by clause for classes of rows, near the
    table or in the narrative's scoring paragraph (``满意度指标达到90%得满分，每低1个百分点
    扣1分；其他产出和效益指标…按完成比例计分``: each class's rows by their own clause, never
    the other's threshold), by the kind of value a class names (``比率类指标…每低于年度
    指标值1个百分点扣0.5分`` for rows named ``…率`` from their own target; ``数量类指标…``
    for rows named ``…户数``, ``…面积``), after a class's standard lead (``满意度指标（10分）的评分标准为：
    群众满意度≥90%得满分…``), quoted for one named indicator in prose
    (``预算执行率按“执行率100%得满分，每降低1个百分点扣0.5分”评分``);
    all or nothing against the indicator's own target (``达到目标值得满分，未达到不得分``
    on 22 of 25 座 gives 0), and a step per hundred units from the count the rule states
    (``满800户得满分，每少40户扣1分``). A pro-rata method stated once for the table
    (``得分＝分值×完成率``, in a header: ``得分（分值×完成率）``) scores a row at its
    count over its target of one unit (126 of 140 场 at 5 points: 4.5) or at its own
    ``完成率`` cell (``≥95% | 87.4% | 92.00%`` at 10 points: 9.2; a cell its own values do
    not give is in doubt and not used), above 100 % at full points. A row's own
    ``达到目标值得满分，未达到按完成比例计分`` with a percent target met (``≥10% | 11.06%``)
    earns full points; short of it, 按完成比例 may mean the rate itself or its ratio to
    the target, and nothing is said. A method stated for the ``定量指标`` (``定量指标达到年度
    指标值的得满分，未达到的按完成比例计分``) beside clauses for other classes scores the rows
    that count in their own cells (``12个 | 10个``), not the percent rows; points given for
    the row's own target reached (``达到省下达目标得7分，每低1个百分点扣1分``) make its steps
    count from that target. A paragraph that says it states the method (``评分规则如下：…``)
    is read as one wherever it stands, whatever points its bands give; a sheet printed in
    two tables, the second captioned as its continuation (``附表（续）``), is one sheet.

    Exceptions: deductions "per 5 %" are accepted pro rata, per started or per completed
    step, and from the unrounded rate (96.48 % may be 96.4848 %); a score between
    those readings of one clause (another rounding of the step) is a warning that
    shows them; a rule that
    contradicts itself accepts a score that fits either reading (and is reported by
    SC004). The rule stated for the indicator (its prose section) outranks a method
    stated once for the whole table. Where the report states no rule, the reference framework's
    rule is used and a mismatch is only a warning. A score above the indicator's
    maximum is one defect, SC001's: this rule defers it there and reports it itself
    only when SC001 does not run (``--ignore SC001``). A rule read two ways that give
    different scores is not used: a per-unit deduction whose row target and stated
    base differ, two grade conversions in one report, a row with two grades, two
    paragraphs named after one row, an all-or-nothing rule on a ceiling (``≤100%``, a
    控制率); a target or a plan (``年度目标为…达到97%``, ``全年计划…``) is never the actual.
    An approximate actual (``完成率约90%``) is not re-scored; a score between the
    readings of a method paragraph that mixes several indicators' clauses (more than
    three readings) is a warning that lists them. A rule that gives more points than the
    row has (``预算执行率评分标准：≥96%得10分`` read for a 6-point row) is another
    indicator's rule: nothing is said.

    Fails:
        （五）预算完成率（5分）
        预算完成率=(年初预算+追加预算)/(年初预算+追加预算)×100%=90%。
        根据评价标准：100%计满分，每低于5%扣2分，扣完为止。故本项计5分。

    Passes:
        （五）预算完成率（5分）
        预算完成率=(年初预算+追加预算)/(年初预算+追加预算)×100%=90%。
        根据评价标准：100%计满分，每低于5%扣2分，扣完为止。故本项计1分。
    """
    sc001_runs = "SC001" in options.get(DEFER_TO, ())
    for a in _all_assessments(reading):
        ind = a.indicator
        if a.rule is None or ind.rate is None or ind.awarded is None or not a.readings_stated:
            continue
        if _in(ind.awarded, a.readings_stated) or _within(ind.awarded, a.stated_span):
            continue  # a reading of the rule, or its deduction from the unrounded rate
        if a.recomputed is not None and _in(ind.awarded, a.readings_recomputed):
            continue  # the score follows the rate's own operands; the rate rules report it
        if hedged_rate(reading, ind):
            continue  # ``完成率约90%``: an approximate actual supports no exact re-score
        if sc001_runs and ind.awarded > ind.maximum:
            continue  # above the maximum: SC001 reports it, one defect one finding
        if ind.maximum and min(a.readings_stated) > ind.maximum:
            continue  # ``≥96%得10分`` on a 6-point row: another indicator's rule, not this one's
        source = "其评分标准" if a.rule_source == "report" else "参考框架评分标准（报告未写标准）"
        basis = (
            f"评价等级为 {ind.grade}（按分值的 {_d(ind.rate)}% 计分）"
            if ind.grade
            else _met_basis(ind)
            if a.rule.all_or_nothing and ind.rate < 100
            else _rate_basis(ind)
        )
        # Between two readings of the rule (per started or whole step, pro rata): the
        # report may have rounded the step another way; a warning that shows the readings.
        # One clause only: scores of two contradicting clauses (SC004) are not readings.
        between = (
            not a.contradictory
            and (
                len(a.rule.clause_readings(ind.rate, ind.maximum)) == 1
                or len(a.readings_stated) > MANY_READINGS
            )
            and len(a.readings_stated) > 1
            and min(a.readings_stated) < ind.awarded < max(a.readings_stated)
        )
        yield Issue(
            message=(
                f"{ind.name}：{basis}，按{source}应得 {_readings(a.readings_stated)} 分，"
                f"报告给了 {_d(ind.awarded)} 分"
                + ("（介于按不同扣分步长理解的得分之间，请核对）" if between else "")
            ),
            evidence=tuple(_indicator_evidence(ind)),
            expected=_readings(a.readings_stated),
            found=_d(ind.awarded),
            severity=None if a.rule_source == "report" else Severity.WARNING,
            certainty=Certainty.MEDIUM if between else Certainty.HIGH,
            reading=(
                (
                    f"评分标准可按比例、按整步或按起始步扣分，分别应得 {_readings(a.readings_stated)} 分",
                )
                if between
                else ()
            ),
            # The prose section and the table row of one indicator: one finding, both places.
            key=("rule", name_key(ind.name), ind.rate, ind.awarded),
        )


def _met_basis(ind: Indicator) -> str:
    """How an all-or-nothing row was read: its target and actual (``≥98.0%`` / ``97.6%``)."""
    parts = [p.strip() for p in ind.rate_quote.split("|")]
    if len(parts) == 3:
        return f"目标“{parts[1]}”、实际“{parts[2]}”，未达到目标（完成比例 {_d(ind.rate)}%）"
    return f"未达到目标（完成比例 {_d(ind.rate)}%）"


@check(
    code="SC003",
    name="score-wrong-at-recomputed-rate",
    title="按重算比率该指标得分应不同",
    source=SOURCE_SCORING,
)
def score_wrong_at_recomputed_rate(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """Recomputing the indicator's rate from the report's own numbers changes its score.

    Why: ``=90/100=100%`` is scored 3 at "100 %", but 90/100 is 90 %, which the rule
    ``每低于100%一个百分点扣0.1分`` scores 2; a rate computed with 0 for a stated
    追加预算 of 50 万元 likewise earns points the real rate does not. A table row's
    rate goes with the counts its named paragraph computes it from (``有效问卷500份，
    其中满意460份，满意度为95.2%`` is 92 %), and ``达到95%得满分，未达到不得分`` scores
    0 below the threshold. A row's ``完成率`` cell under a pro-rata method stated once
    for the table (``得分＝分值×完成率``) that is not its count over its target
    (``3,150人 | 2,730人 | 88.67%``) is recomputed from them: 86.67 % gives 8.67, not 8.87.

    Exceptions: only when a rate is recomputed (AR003/AR004/AR005 explain why); the
    recomputed score allows every reading of the rule (pro rata, per step).

    Fails:
        （十七）固定资产利用率（3分）
        固定资产利用率=(在用固定资产/固定资产总额)×100%=90/100=100%。
        评价标准：每低于100%一个百分点扣0.1分，扣完为止。故本项计3分。

    Passes:
        （十七）固定资产利用率（3分）
        固定资产利用率=(在用固定资产/固定资产总额)×100%=90/100=90%。
        评价标准：每低于100%一个百分点扣0.1分，扣完为止。故本项计2分。
    """
    for a in _all_assessments(reading):
        ind = a.indicator
        if a.recomputed is None or ind.awarded is None or not a.readings_recomputed:
            continue
        if _in(ind.awarded, a.readings_recomputed) or a.readings_recomputed == a.readings_stated:
            continue
        evidence = list(_indicator_evidence(ind))
        for op in a.recomputed.operands:
            if op.fact is not None:
                evidence.append(
                    Evidence(
                        op.fact.figure.location,
                        op.fact.figure.quote,
                        op.fact.figure.amount.number_text,
                        op.name,
                    )
                )
        expected = a.expected if a.expected is not None else min(a.readings_recomputed)
        # A rule the report does not state is the reference framework's: say so.
        source = "其评分标准" if a.rule_source == "report" else "参考框架评分标准（报告未写标准）"
        yield Issue(
            message=(
                f"{ind.name}：{a.recomputed.how}（{a.recomputed.text}），比率为 {_d(a.recomputed.rate.quantize(Decimal('0.01')))}%，"
                f"按{source}应得 {_d(expected)} 分（报告按 {_d(ind.rate)}% 给了 {_d(ind.awarded)} 分）"
            ),
            evidence=tuple(evidence),
            expected=_d(expected),
            found=_d(ind.awarded),
        )


@check(
    code="SC004",
    name="scoring-rule-self-contradictory",
    title="评分标准自相矛盾",
    severity="warning",
    source=SOURCE_SCORING,
)
def scoring_rule_self_contradictory(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """The indicator's scoring rule gives two different scores at the report's rate.

    Why: ``100%以下（含）计满分，每超出（降低）5%扣2分`` says both "full marks at or below
    100 %" and "deduct 2 points per 5 % below"; a reviewer cannot tell which applies.
    Two bands that overlap (``≥90%得10分；85%-95%得8分``: 90–95 % earns 10 and 8) are
    the same defect whatever the rate: the standard scores a stretch of rates two ways.

    Exceptions: clauses are compared at the stated rate; bands also over the whole
    standard, for a rule the report states. Bands that share a bound are no overlap:
    written in any notation (``90%（含）-95%``, ``[90,95)``, ``90%≤x＜95%``,
    ``95%以上（含）…90%-95%（不含）``), the bound goes to the band that states it, and the
    common loose form (``≥95%得10分，90%-95%得8分``) gives 95 to ``≥95%``; two bands that
    both leave it loose (``85%-90%``, ``90%-95%``) accept either score there. Thresholds
    open the same way form a staircase (``≥90%得10分，≥80%得8分``: each rate takes the
    highest step it reaches), and a gap (no band covers 88 %) is no contradiction. A
    shared bound both bands state (``不超过5%得满分，5%（含）至10%得8分``) is one only
    at a rate stated exactly there.

    Fails:
        （十一）政府采购执行率（6分）
        执行率为80%。评价标准：100%以下（含）计满分，每降低5%扣2分，扣完为止。故计6分。

    Fails:
        （三）预算执行率（10分）
        评分标准：执行率≥90%得10分；85%-95%得8分；85%以下不得分。本年度预算执行率为98.20%，得10分。

    Passes:
        （十一）政府采购执行率（6分）
        执行率为80%。评价标准：100%计满分，每降低5%扣2分，扣完为止。故计0分。

    Passes:
        （三）预算执行率（10分）
        评分标准：执行率≥95%得10分；90%-95%得8分；85%（含）-90%得6分；低于85%不得分。本年度预算执行率为95%，得10分。
    """
    told: set[object] = set()
    for a in _all_assessments(reading):
        if not a.contradictory or a.indicator.rate is None:
            continue
        ind = a.indicator
        assert a.rule is not None and ind.rate is not None
        clauses = "；".join(
            f"按“{text}”应得 {_readings(frozenset(scores))} 分"
            for text, scores in a.rule.clause_readings(ind.rate, ind.maximum)
        )
        told.add(ind.location)
        yield Issue(
            message=f"{ind.name}的评分标准自相矛盾：比率为 {_d(ind.rate)}% 时，{clauses}",
            evidence=tuple(_indicator_evidence(ind)),
            expected=None,
            found=_d(ind.awarded),
        )
    for sheet in reading.sheets:
        for ind in sheet.indicators:
            if ind.rule is None or ind.location in told:
                continue
            overlaps = ind.rule.overlaps(ind.maximum)
            if overlaps:
                yield _overlap_issue(ind, overlaps)


def _overlap_issue(ind: Indicator, overlaps: Sequence[Overlap]) -> Issue:
    """Two bands of one standard that score a stretch of rates two ways."""
    first = overlaps[0]
    stretch = (
        f"{_d(first.lo)}%—{_d(first.hi)}%"
        if first.lo is not None and first.hi is not None
        else f"{_d(first.lo)}% 以上"
        if first.lo is not None
        else f"{_d(first.hi)}% 以下"
    )
    a, b = first.first.points(ind.maximum), first.second.points(ind.maximum)
    more = f"（另有 {len(overlaps) - 1} 处重叠）" if len(overlaps) > 1 else ""
    return Issue(
        message=(
            f"{ind.name}的评分标准自相矛盾：“{first.first.text}”与“{first.second.text}”"
            f"两档在 {stretch} 重叠，其间的比率既可得 {_d(a)} 分也可得 {_d(b)} 分{more}"
        ),
        evidence=tuple(_indicator_evidence(ind)),
        expected=None,
        found=_d(ind.awarded),
        key=("band-overlap", ind.rule.text if ind.rule else "", first.lo, first.hi),
    )


def _sheet_label(sheet: ScoreSheet) -> str:
    return "各指标" if sheet.kind == "narrative" else f"“{sheet.title}”各项"


@check(
    code="SC005",
    name="indicator-sum-differs-from-total",
    title="各指标得分之和与总分不符",
    source=SOURCE_SCORING,
    defers_to=("SC008",),
)
def indicator_sum_differs_from_total(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """The indicator scores do not add up to the total score the report states.

    Why: the total decides the grade; 21 indicators scoring 98 with a stated total of
    97 means either an indicator score or the total is wrong. A group's 小计 row in a
    score table is checked the same way against the rows of its group (when its 分值
    cell is the sum of their maxima, so that the group is read right).

    Exceptions: only when every indicator of the sheet has a readable score and the
    sheet is whole (a sheet split over two tables is joined when the other table's
    maxima make up the full score, otherwise left unchecked; a sheet printed in two or
    three consecutive tables, ``表5 决策和过程指标评分`` then ``表6 履职效益指标评分``,
    is their union when together, and not one alone, they make the full score or the
    stated total); a table with one score column per scorer (``部门自评得分 |
    主管部门审核得分``) is two sheets, each 合计 and each stated total (``主管部门审核得分
    93.40分``) checked against its own column; each
    distinct stated total is one finding citing every place it is stated; when another
    place states the total that the scores add up to (自评表 95, conclusion 97), the
    error is the total stated twice: this rule defers that case to SC008 and reports it
    itself only when SC008 does not run (``--ignore SC008``). A total row labelled
    ``总得分``, ``自评得分`` or ``得分合计`` is the sheet's total, not an indicator, even
    when it states more than the full score; such a total is said in the finding
    (``且超过满分 100 分``), one defect, one finding.

    Fails:
        （一）目标合理性（50分）
        故本项计50分。
        （二）目标明确性（50分）
        故本项计45分。
        经评价，综合得分96分。

    Passes:
        （一）目标合理性（50分）
        故本项计50分。
        （二）目标明确性（50分）
        故本项计45分。
        经评价，综合得分95分。
    """
    stated_in_scoring: dict[int, set[Decimal]] = {}
    for group in _same_scorings(reading.sheets):
        values = {Decimal(t.value) for other in group for t in other.totals}
        for sheet in group:
            stated_in_scoring[next(n for n, s in enumerate(reading.sheets) if s is sheet)] = values
    sc008_runs = "SC008" in options.get(DEFER_TO, ())
    for n, sheet in enumerate(reading.sheets):
        scores = [i.awarded for i in sheet.indicators]
        if sheet.group:
            yield from _subtotal_issues(sheet)  # one group's table: its 合计 is the group's
        if sheet.partial or not sheet.indicators:
            continue
        yield from _subtotal_issues(sheet)
        if any(s is None for s in scores):
            continue
        if not sheet.totals:
            continue
        # Bonus rows (``加分项 | — | 1.0``) add to the indicators' sum.
        total = sum((s for s in scores if s is not None), sheet.bonus)
        if sc008_runs and any(abs(v - total) <= EPSILON for v in stated_in_scoring[n]):
            continue  # one place has the right total: SC008 reports the other
        by_value: dict[str, list[Evidence]] = defaultdict(list)
        for t in sheet.totals:
            by_value[t.value].append(Evidence(t.location, t.quote, t.value, "总分"))
        for value, places in by_value.items():
            if abs(Decimal(value) - total) <= EPSILON:
                continue
            full = sheet.stated_maximum or HUNDRED_POINTS
            # A total above the full score is no total a sheet can give: said with it.
            above = f"，且超过满分 {_d(full)} 分" if Decimal(value) > full else ""
            yield Issue(
                message=(
                    f"{_sheet_label(sheet)}得分合计 {_d(total)} 分（{len(scores)} 项"
                    f"{f'，含加分 {_d(sheet.bonus)} 分' if sheet.bonuses else ''}），"
                    f"报告总分写作 {value} 分{above}，相差 {_d(abs(Decimal(value) - total))} 分"
                ),
                evidence=(
                    *places,
                    *(Evidence(b.location, b.quote, b.value, "加分") for b in sheet.bonuses),
                ),
                expected=_d(total),
                found=value,
                # The 自评表, its narrative and a restated copy disagree with the total
                # in the same way: one finding, every place.
                key=("score-sum", Decimal(value), total),
            )


def _subtotal_issues(sheet: ScoreSheet) -> Iterator[Issue]:
    """A group's 小计 score that is not the sum of its rows' scores.

    The group is read by arithmetic: its 小计 maximum must equal the sum of its rows'
    maxima (or be blank), else the rows it covers cannot be told and nothing is said.
    """
    for sub in sheet.subtotals:
        scores = [i.awarded for i in sub.items]
        if any(s is None for s in scores):
            continue
        maxima = sum((i.maximum for i in sub.items), Decimal(0))
        if sub.maximum is not None and abs(sub.maximum - maxima) > EPSILON:
            continue
        total = sum((s for s in scores if s is not None), Decimal(0))
        if abs(total - sub.awarded) <= EPSILON:
            continue
        yield Issue(
            message=(
                f"{_sheet_label(sheet)}小计 {_d(sub.awarded)} 分，"
                f"{'其下' if sub.head is not None else '其上'} {len(sub.items)} 项"
                f"得分之和为 {_d(total)} 分，相差 {_d(abs(total - sub.awarded))} 分"
            ),
            evidence=(
                Evidence(sub.location, sub.quote, _d(sub.awarded), "小计"),
                *(Evidence(i.location, i.name, _d(i.awarded), "得分") for i in sub.items[:20]),
            ),
            expected=_d(total),
            found=_d(sub.awarded),
            key=("subtotal", sheet.title, sub.awarded, total),
        )


@check(
    code="SC006",
    name="maxima-do-not-sum-to-total",
    title="各指标分值之和不为满分",
    source=SOURCE_SCORING,
)
def maxima_do_not_sum_to_total(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The indicators' maxima do not add up to 100 (or to the sheet's stated full score).

    Why: a framework whose weights do not total 100 cannot produce a comparable total;
    an indicator is missing, duplicated or mis-weighted. In a two-level table, a group
    (``实施评价 30分``) must equal the sum of its items.

    Exceptions: sheets with fewer than three indicators are not checked, nor a partial
    sheet (maxima short of the full score while another table scores rows that do not
    make up the difference: which rows belong to the sheet cannot be told), nor a
    reviewer's score column (its maxima are the department's column's), nor prose
    that walks through some indicators only: a narrative sheet is summed only when it
    covers the framework (its first-level groups make up the full score, or its scores
    make up the total the report states). A table that scores one first-level group
    only (``表3 产出指标完成情况表``, or maxima that make up one group's stated maximum)
    is that group's table: its maxima are checked against the group's maximum when the
    report states one, never against the full score. One defect is one finding: a
    sheet whose maxima miss the full score by exactly what its groups miss theirs by
    is reported as those groups only. Consecutive score tables whose scores make the
    stated total together (28 + 66 = 94), none alone, are one sheet: their maxima are
    summed together (30 + 72 = 102), not each against the full score.

    Fails:
        （一）目标合理性（50分）
        故本项计50分。
        （二）目标明确性（40分）
        故本项计40分。
        （三）资金管理（5分）
        故本项计5分。
        经评价，综合得分95分。

    Passes:
        （一）目标合理性（50分）
        故本项计50分。
        （二）目标明确性（45分）
        故本项计45分。
        （三）资金管理（5分）
        故本项计5分。
    """
    for sheet in reading.sheets:
        if sheet.group and sheet.group_maximum is not None and len(sheet.indicators) >= 3:
            yield from _group_table_issue(sheet, sheet.group_maximum)
        if len(sheet.indicators) < 3 or sheet.partial or sheet.scorer:
            continue  # a reviewer's column shares its maxima with the department's own
        target = sheet.stated_maximum or Decimal(100)
        total = sum((i.maximum for i in sheet.indicators), Decimal(0))
        groups: dict[str, list[Indicator]] = defaultdict(list)
        for ind in sheet.indicators:
            if ind.group and ind.group_maximum is not None:
                groups[ind.group].append(ind)
        short = {  # each group whose items miss its maximum, by how much
            name: sum((i.maximum for i in items), Decimal(0)) - (items[0].group_maximum or 0)
            for name, items in groups.items()
        }
        short = {name: d for name, d in short.items() if abs(d) > EPSILON}
        # One defect, one finding: a sheet off by exactly what its groups are off by is
        # reported as those groups, not also as the sheet.
        explained = bool(short) and abs(total - target - sum(short.values())) <= EPSILON
        if abs(total - target) > EPSILON and not explained:
            yield Issue(
                message=f"{_sheet_label(sheet)}分值之和为 {_d(total)} 分，应为 {_d(target)} 分",
                evidence=tuple(
                    Evidence(i.location, i.name, _d(i.maximum), "分值")
                    for i in sheet.indicators[:30]
                ),
                expected=_d(target),
                found=_d(total),
                key=("maxima-sum", total, target),  # the text and its 自评表: one finding
            )
        for name, items in groups.items():
            group_max = items[0].group_maximum
            sub = sum((i.maximum for i in items), Decimal(0))
            if group_max is not None and name in short:
                # The sheet's own sum, off by this group's difference, is said in the
                # same finding (one defect), not as a second one.
                whole = f"，全表分值之和因此为 {_d(total)} 分（应为 {_d(target)} 分）"
                yield Issue(
                    message=(
                        f"“{name}”分值为 {_d(group_max)} 分，其下各项分值之和为 {_d(sub)} 分"
                        + (whole if explained else "")
                    ),
                    evidence=tuple(
                        Evidence(i.location, f"{name} / {i.name}", _d(i.maximum), "分值")
                        for i in items
                    ),
                    expected=_d(sub),
                    found=_d(group_max),
                    # The group short in the text and in its 自评表: one finding.
                    key=("group-maximum", group_key(name) or name, group_max, sub),
                )


def _group_table_issue(sheet: ScoreSheet, group_max: Decimal) -> Iterator[Issue]:
    """A table scoring one group whose maxima miss the maximum the report gives the group."""
    sub = sum((i.maximum for i in sheet.indicators), Decimal(0))
    if abs(sub - group_max) <= EPSILON:
        return
    yield Issue(
        message=f"“{sheet.group}”分值为 {_d(group_max)} 分，{_sheet_label(sheet)}分值之和为 {_d(sub)} 分",
        evidence=tuple(
            Evidence(i.location, i.name, _d(i.maximum), "分值") for i in sheet.indicators[:30]
        ),
        expected=_d(group_max),
        found=_d(sub),
        key=("group-maximum", sheet.group, group_max, sub),
    )


@check(
    code="SC007",
    name="grade-does-not-match-total",
    title="评价等级与总分不符",
    source=SOURCE_GRADES,
    defers_to=("SC008",),
)
def grade_does_not_match_total(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The stated grade is not the grade the stated total earns under the stated bands.

    Why: 87 分 under ``90（含）—100分为优；80（含）—90分为良`` is 良, not 优.

    Exceptions: bands the report states are used (for every sheet: a project's
    项目支出绩效自评表 with its own total and ``评价等级`` row is graded by them too);
    otherwise the standard 优 ≥ 90 /
    良 80–89 / 中 60–79 / 差 < 60. A total stated with two values (``经自评，…得分89.47分，
    等级为优`` in the summary, 95.74 in the sheet and the conclusion) is SC008's one
    error: a grade another stated total earns is not reported against the mistyped one
    (this rule reports it itself only when SC008 does not run, ``--ignore SC008``).

    Fails:
        经评价，综合得分87分，等级：优。
        备注：90（含）—100分为优；80（含）—90分为良；60（含）—80分为中；60分以下为差。

    Passes:
        经评价，综合得分92分，等级：优。
        备注：90（含）—100分为优；80（含）—90分为良；60（含）—80分为中；60分以下为差。
    """
    sc008_runs = "SC008" in options.get(DEFER_TO, ())
    # A project's sheet states no bands of its own: the report's bands grade it too.
    stated = next((s.bands for s in reading.sheets if s.bands), ())
    for sheet in reading.sheets:
        bands = sheet.bands or stated or STANDARD_BANDS
        earned = {grade_for(Decimal(t.value), bands) for t in sheet.totals}
        stated_twice = sc008_runs and len({t.value for t in sheet.totals}) > 1
        for total in sheet.totals:
            should = grade_for(Decimal(total.value), bands)
            for grade in sheet.grades:
                if stated_twice and grade.value in earned:
                    continue  # another stated total earns it: SC008 reports this one
                if should is not None and grade.value != should:
                    yield Issue(
                        message=f"{_whose(sheet)}总分 {total.value} 分按{'报告所写分档' if sheet.bands or stated else '标准分档'}应为“{should}”，报告写作“{grade.value}”",
                        evidence=(
                            Evidence(total.location, total.quote, total.value, "总分"),
                            Evidence(grade.location, grade.quote, grade.value, "等级"),
                        ),
                        expected=should,
                        found=grade.value,
                        # One grade against the band its totals earn (stated in several
                        # places, ``86.5`` and ``86.50``, on several sheets): one finding.
                        key=("grade", should, grade.value, sheet.subject),
                    )


def _whose(sheet: ScoreSheet) -> str:
    """``项目“X”自评表`` for a project's sheet, so its total is not taken for the report's."""
    return f"项目“{sheet.subject}”自评表" if is_project(sheet.subject) else ""


@check(
    code="SC008",
    name="total-stated-differently",
    title="总分在不同位置说法不一",
    source=SOURCE_SCORING,
)
def total_stated_differently(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The total score is stated with different values (summary table vs conclusion).

    Why: the reviewer records one total; if the 自评表 says 97 and the conclusion 95,
    one of them is wrong. A total is read in its many wordings, wherever it stands (an
    opening summary, the body, the conclusion, a 结论 cell): ``综合得分``, ``自评总分``,
    ``部门整体支出绩效得分``, ``自评结果为91.5分``, ``经自评（经综合评价），本馆…得分95分``;
    an indicator's (``该指标得分``), a class's (``产出指标得分37.5分``), a project's, last
    year's or a target (``力争达到90分以上``) is not one.

    Exceptions: totals of score sheets about different things (an attached 考核评分表
    scores the evaluation work, not the department) are not compared, nor a project's
    项目支出绩效自评表 (named in its ``项目名称`` row or caption) with the department's
    sheet or another project's: each total is its own sheet's; sheets sharing
    at least two indicator or group names (the 自评表 and the narrative scoring the same
    决策/过程/产出/效益) are one scoring; a reviewer's score column (``主管部门审核得分``)
    and the reviewer's total the text states are another scoring of the same rows.

    Fails:
        评分：95分 等级：优
        经评价，我们对本单位绩效评价打分97分，结果为“优”。

    Passes:
        评分：97分 等级：优
        经评价，我们对本单位绩效评价打分97分，结果为“优”。
    """
    for group in _same_scorings(reading.sheets):
        totals = [t for sheet in group for t in sheet.totals]
        values = {t.value for t in totals}
        if len(values) < 2:
            continue
        yield Issue(
            message="总分前后不一致："
            + "；".join(f"{t.location.describe()}为 {t.value} 分" for t in totals),
            evidence=tuple(Evidence(t.location, t.quote, t.value, "总分") for t in totals),
            expected=None,
            found="、".join(sorted(values)),
        )


def _same_scorings(sheets: Sequence[ScoreSheet]) -> list[list[ScoreSheet]]:
    """Score sheets grouped by what they score (shared indicator or group names)."""

    def names(sheet: ScoreSheet) -> set[str]:
        return {i.name for i in sheet.indicators} | {i.group for i in sheet.indicators if i.group}

    groups: list[list[ScoreSheet]] = []
    for sheet in sheets:
        for group in groups:
            # A reviewer's column (主管部门审核得分) is another scoring of the same rows.
            # A project's sheet scores that project, not the department or another one.
            if all(same_subject(sheet.subject, other.subject) for other in group) and any(
                len(names(sheet) & names(other)) >= 2 and sheet.scorer == other.scorer
                for other in group
            ):
                group.append(sheet)
                break
        else:
            groups.append([sheet])
    return groups


@check(
    code="SC009",
    name="recomputed-total-changes-grade",
    title="按重算得分等级应不同",
    severity="warning",
    source=SOURCE_GRADES,
)
def recomputed_total_changes_grade(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """Recomputing the indicator scores by the report's own rules lowers (or raises) the grade.

    Why: the grade is what the finance bureau acts on; if the corrected total crosses a
    band (优 → 良), the reviewer must know even when each error looks small.

    Exceptions: only when a stated grade exists and the recomputed total falls in a
    different band; the recomputed total uses each rule's pro rata reading, and the
    grade must change too when every award a reading of its rule allows (or that lies
    between a step's readings) is kept and the others take their nearest reading — a
    grade that falls under one reading only is not reported. When the stated total
    already gives the recomputed grade (stated 88.6 with ``优``, re-scored 87.6, both
    良), the grade is wrong whatever the re-scoring: that is SC007's finding, not this.

    Fails:
        （一）固定资产利用率（100分）
        固定资产利用率=(在用资产/资产总额)×100%=85/100=100%。
        评价标准：每低于100%一个百分点扣1分，扣完为止。故本项计100分。
        二、评价结论
        综合得分100分，等级：优。

    Passes:
        （一）固定资产利用率（100分）
        固定资产利用率=(在用资产/资产总额)×100%=95/100=95%。
        评价标准：每低于100%一个百分点扣1分，扣完为止。故本项计95分。
        二、评价结论
        综合得分95分，等级：优。
    """
    summary = summarize(reading)
    if summary.recomputed_total is None or summary.stated_grade is None or summary.sheet is None:
        return
    should = grade_for(summary.recomputed_total, summary.bands)
    if should is None or should == summary.stated_grade:
        return
    if _certain_grade(summary) == summary.stated_grade:
        return  # the grade changes under one reading of a rule only: not certain
    changed = [
        a
        for a in summary.assessments
        if a.expected is not None
        and a.awarded is not None
        and abs(a.expected - a.awarded) > EPSILON
    ]
    stated = summary.stated_total
    if stated is not None and grade_for(stated, summary.bands) == should:
        # The stated total itself already gives the recomputed grade (88.6 is 良 and so
        # is 87.6): the wrong grade is SC007's finding; re-scoring changes nothing.
        return
    detail = "、".join(f"{a.indicator.name} {_d(a.awarded)}→{_d(a.expected)}" for a in changed)
    detail = detail or "各指标得分之和"
    grade = summary.grade_statements[0]
    yield Issue(
        message=(
            f"按报告自身评分标准重算，总分为 {_d(summary.recomputed_total)} 分（{detail}），"
            f"等级应为“{should}”，报告为“{summary.stated_grade}”"
        ),
        evidence=(Evidence(grade.location, grade.quote, grade.value, "等级"),),
        expected=should,
        found=summary.stated_grade,
    )


def _certain_grade(summary: ScoreSummary) -> str | None:
    """The grade of the total re-scored only where no reading of a rule disputes it."""
    certain = [certain_score(a) for a in summary.assessments]
    scores = [c for c in certain if c is not None]
    if len(scores) == len(certain):
        return grade_for(sum(scores, Decimal(0)), summary.bands)
    return summary.recomputed_grade  # as summarize: not every row re-scored, the sum stands


@check(
    code="SC010",
    name="score-ignores-target",
    title="指标得分与目标完成情况不符",
    severity="warning",
    source="自评表按“实际完成值”对照“指标值”评分，未完成目标应扣分并说明偏差原因（财预〔2020〕10号附件）",
    defers_to=("SC002", "SC003"),
)
def score_ignores_target(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A score-table row misses its target but gets full marks, or meets it and loses points with no reason.

    Why: ``指标值 ≥95%``, ``实际完成值 93%`` and the full 10 points credit a target that
    was not reached; ``≥90%`` reached with 95% but scored 8 of 10 with the 偏差原因 cell
    empty leaves the deduction unexplained. Reviewers check these rows first.

    Exceptions: only rows whose target and actual value are single numbers in the
    same unit are read (``有效提升`` and ``完成12场次培训`` are not; a target the form
    splits over ``指标性质 | 指标值 | 度量单位``, ``≥ | 95 | %``, is one); a target with no
    direction that is exceeded is not judged (``控制率 100%`` done 103% may be a miss);
    a row judged by a scoring rule (its own, the table's, or the same indicator's
    in the text or a paragraph named after it, a band ``85%—90%得3分``, a deduction
    per unit, an all-or-nothing rule ``达到目标值得满分，未达到不得分``, a letter grade's share:
    SC002/SC003 report a score against that rule, and this rule defers the row to them
    when they run), a score above the maximum (SC001), and a deduction
    explained in a reason cell or in the text, pass; a reviewer's score column
    (``主管部门审核得分``) is not the department's scoring and is not judged. The finding
    shows how the target was read, so it is a warning. A narrative indicator whose
    text states one target and one actual value (``年度目标为培训1000人次，实际完成800人次``)
    is judged the same way, unless its text gives any reason for a deduction.

    Fails:
        2024年度部门整体支出绩效自评报告
        表1 自评表
        | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 | 偏差原因 |
        | --- | --- | --- | --- | --- | --- |
        | 培训人次 | 10 | ≥500人次 | 420人次 | 10 | |
        | 资金到位率 | 10 | 100% | 100% | 10 | |

    Passes:
        2024年度部门整体支出绩效自评报告
        表1 自评表
        | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 | 偏差原因 |
        | --- | --- | --- | --- | --- | --- |
        | 培训人次 | 10 | ≥500人次 | 420人次 | 8.4 | 汛期停训两期 |
        | 资金到位率 | 10 | 100% | 100% | 10 | |
    """
    # Indicators a rule already judges (SC002/SC003), in any sheet: a score against its
    # stated rule is their finding, one defect one finding. Reported here only when
    # neither runs (``--ignore SC002,SC003``).
    judged = (
        {i.name for s in reading.sheets for i in s.indicators if i.rule and i.rate is not None}
        if options.get(DEFER_TO)
        else set()
    )
    for sheet in reading.sheets:
        if sheet.kind != "table" or sheet.scorer:
            continue  # a reviewer's deductions are not the department's scoring
        for ind, row in indicator_targets(reading.document, sheet):
            if row.met is None or ind.awarded is None or row.target is None or row.actual is None:
                continue
            if ind.name in judged or ind.awarded > ind.maximum:
                continue  # judged by its rule, or SC001's (a score above the maximum)
            full = abs(ind.awarded - ind.maximum) <= EPSILON
            if row.met == full:
                continue
            if row.met and (row.reason or reading.explanations.deduction_for(ind.name)):
                continue
            where = "偏差原因栏为空" if row.has_reason_column else "未说明扣分原因"
            yield _target_issue(
                ind,
                row.met is not False,
                row.reading,
                (row.target, "指标值"),
                (row.actual, "实际完成值"),
                where,
                "medium",
            )
    yield from _narrative_target_issues(reading, judged)


def _narrative_target_issues(reading: Reading, judged: set[str]) -> Iterator[Issue]:
    """SC010 for indicators scored in the text, their target and actual read from it."""
    for sheet in reading.sheets:
        if sheet.kind != "narrative":
            continue
        for ind in sheet.indicators:
            if ind.awarded is None or ind.name in judged or ind.awarded > ind.maximum:
                continue
            found = indicator_text_target(reading.document, ind)
            if found is None:
                continue
            full = abs(ind.awarded - ind.maximum) <= EPSILON
            if found.met == full:
                continue
            if found.met is not False and reading.explanations.deduction_within(*ind.blocks):
                continue
            yield _target_issue(
                ind,
                found.met is not False,
                found.reading,
                (found.target, "目标"),
                (found.actual, "实际完成"),
                "未说明扣分原因",
                "low",
            )


def _target_issue(
    ind: Indicator,
    met: bool,
    reading: str,
    target: tuple[Measure, str],
    actual: tuple[Measure, str],
    unexplained: str,
    confidence: str,
) -> Issue:
    """SC010's finding: a missed target with full points, or a met one that lost points."""
    if not met:
        message = f"“{ind.name}”未达到目标（{reading}），却得满分 {_d(ind.awarded)} 分，请核对"
        expected = f"低于 {_d(ind.maximum)}"
    else:
        lost = ind.maximum - (ind.awarded or Decimal(0))
        message = (
            f"“{ind.name}”已达到目标（{reading}），却扣了 {_d(lost)} 分，且{unexplained}，请核对"
        )
        expected = _d(ind.maximum)
    evidence = [Evidence(m.location, m.text, m.text, role) for m, role in (target, actual)]
    if ind.awarded_location is not None:
        evidence.append(Evidence(ind.awarded_location, ind.awarded_quote, _d(ind.awarded), "得分"))
    return Issue(
        message=message,
        evidence=tuple(evidence),
        expected=expected,
        found=_d(ind.awarded),
        confidence=confidence,
    )
