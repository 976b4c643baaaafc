"""Indicators, their scores and the sheets they add up in.

Two shapes are read:

- *narrative* indicators: sections headed ``（十七）固定资产利用率（3分）`` whose text
  states the awarded score (``故本次…计3分``, ``计满分（即：1分）``), the rule
  (``根据…评价标准：…``) and the computed rate (a formula result or ``执行率为9.53%``);
- *table* score sheets: tables with a score column (评分/得分) whose rows name their
  maximum (``自评通知(8分)`` or a 分值 column), with a 合计 row and a grade row.

The overall total (``评分：97分``, ``打分97分``), the stated grade (``等级：优``,
``结果为“优”``) and the grade bands are collected for the narrative sheet.

The model is in ``sheet.py``; each shape has its reader (``narrative.py``, ``tables.py``),
stated totals are in ``stated.py`` and a table-wide scoring method in ``methods.py``;
a sheet printed in consecutive tables is joined in ``pieces.py``, and a table with a
self and a reviewer's score column is split into two sheets in ``scorers.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from auditor.model import Document
from auditor.read.figures import Figure
from auditor.read.formulas import Formula
from auditor.read.scoring.groups import with_group_tables
from auditor.read.scoring.letter_grades import with_letter_grades
from auditor.read.scoring.links import linked, name_key
from auditor.read.scoring.methods import (
    indicator_targets,
    met_indicator,
    per_unit_indicator,
    quotient_of_target,
    rates_scored_pro_rata,
    with_funds_rule,
    with_sheet_rule,
)
from auditor.read.scoring.narrative import narrative_sheet
from auditor.read.scoring.pieces import with_pieces, without_piece_sums
from auditor.read.scoring.rules import ScoringRule, names_quotient
from auditor.read.scoring.scorers import scorer_sheets, with_review_totals
from auditor.read.scoring.sheet import HUNDRED_POINTS, Indicator, ScoreSheet, StatedValue
from auditor.read.scoring.stated import stated_totals
from auditor.read.scoring.subjects import is_project, sheet_subject
from auditor.read.scoring.tables import is_points_header, scored_rows
from auditor.read.scoring.targets import Measure
from auditor.read.scoring.text_targets import (
    indicator_text_actual,
    indicator_text_target,
    indicator_text_target_alone,
)
from auditor.read.scoring.topics import with_topic_paragraphs
from auditor.read.structure import Section

SCORE_TOLERANCE = Decimal("0.005")

__all__ = [
    "Indicator",
    "ScoreSheet",
    "StatedValue",
    "indicator_targets",
    "is_points_header",
    "read_score_sheets",
]


def read_score_sheets(
    doc: Document,
    sections: Sequence[Section],
    section_of: Sequence[int],
    figures_by_block: dict[int, list[Figure]],
    formulas: Sequence[Formula],
    framework_names: Sequence[Sequence[str]] = (),
) -> tuple[ScoreSheet, ...]:
    """Read every score sheet of the document.

    ``framework_names`` (each standard indicator's name and aliases) and the tables'
    indicators tell the prose which sentence scores another indicator than its own.
    """
    text_figures = [f for figs in figures_by_block.values() for f in figs if f.cell is None]
    # A table with a self and a reviewer's score column is two sheets; the reviewer's
    # carries no rules (scorers.py).
    pieces = [
        (t, replace(s, subject=subject))
        for t in doc.tables
        for subject in (sheet_subject(t),)
        for s in scorer_sheets(t)
    ]
    pro_rata = rates_scored_pro_rata([(t, s) for t, s in pieces if not s.scorer])
    table_sheets = [
        s
        if s.scorer
        else replace(
            with_letter_grades(doc, with_sheet_rule(doc, s, pro_rata_rates=pro_rata)),
            subject=s.subject,
        )
        for _t, s in pieces
    ]
    # A funds row inside the sheet's own table (the 10号 form's 资金 block) takes the
    # ``执行率×分值`` method the text states for it, as a joined funds table does.
    table_sheets = [
        s if s.scorer else replace(s, indicators=with_funds_rule(doc, s.indicators, s.subject))
        for s in table_sheets
    ]
    # One sheet printed in consecutive tables (表3 投入和过程, 表4 产出和效益) is joined
    # when the pieces make up the full score or the stated total together.
    text_totals = stated_totals(doc, {s.table for s in table_sheets}, set())[0]
    table_sheets = with_pieces(doc, table_sheets, text_totals)
    table_sheets = _completed(doc, table_sheets)
    # A table scoring one 一级 group (产出指标 only) is part of the sheet, not the sheet.
    table_sheets = with_group_tables(doc, table_sheets)
    table_sheets = with_review_totals(doc, table_sheets)
    known = [*framework_names, *((i.name,) for s in table_sheets for i in s.indicators)]
    narrative = narrative_sheet(
        doc,
        sections,
        section_of,
        figures_by_block,
        formulas,
        {n for s in table_sheets for n in (*s.table_numbers, *s.joined)},
        known,
    )
    if narrative is not None:
        rows = _row_measures(doc, table_sheets)
        narrative = replace(
            narrative,
            indicators=tuple(
                _counted(doc, i, rows.get(name_key(i.name))) for i in narrative.indicators
            ),
        )
    if narrative is not None and narrative.indicators and not _covers_framework(narrative):
        # Prose walking through some indicators only: a view of part of the sheet,
        # whose sums say nothing (its items keep their own checks).
        narrative = replace(narrative, partial=True)
    whole = [s for s in _hosts(table_sheets) if _covers_full_score(s)]
    if (
        narrative is not None
        and narrative.indicators
        and whole
        and (_short(narrative) or _restates(narrative, whole))
    ):
        # A walk-through of some indicators beside a table that scores them all: the
        # text is part of the sheet (its items keep their own checks, it has no sum),
        # and the total and grade it states are the table's.
        main = max(whole, key=_main_key)
        merged = _with_text_statements(main, narrative)
        part = replace(narrative, totals=(), grades=(), partial=True)
        sheets = [part] + [merged if s is main else s for s in table_sheets]
        return _finished(doc, sheets, formulas, text_figures)
    hosts = _hosts(table_sheets)
    if narrative is not None and not narrative.indicators and hosts:
        # The scores are in a table and the total and grade in the text: one sheet.
        main = max(hosts, key=_main_key)
        merged = _with_text_statements(main, narrative)
        sheets = [merged if s is main else s for s in table_sheets]
        return _finished(doc, sheets, formulas, text_figures)
    sheets = ([narrative] if narrative else []) + table_sheets
    return _finished(doc, sheets, formulas, text_figures)


def _finished(
    doc: Document,
    sheets: Sequence[ScoreSheet],
    formulas: Sequence[Formula],
    text_figures: list[Figure],
) -> tuple[ScoreSheet, ...]:
    """Sheets linked to their text, each piece's own stated sum no total of the sheet."""
    sheets = [without_piece_sums(s) for s in sheets]
    return tuple(linked(with_topic_paragraphs(doc, sheets), formulas, text_figures))


def _main_key(sheet: ScoreSheet) -> tuple[bool, int]:
    """The department's own sheet first (not a reviewer's column), then the largest."""
    return not sheet.scorer, len(sheet.indicators)


def _hosts(sheets: Sequence[ScoreSheet]) -> list[ScoreSheet]:
    """The table sheets the text's own total and grade may belong to.

    Not a project's sheet beside the department's, nor one of several projects' sheets
    (their totals are those projects'): the text's total is then the department's.
    A report scoring one project in one sheet keeps that sheet.
    """
    own = [s for s in sheets if not is_project(s.subject)]
    if own or len({s.subject for s in sheets}) > 1:
        return own
    return list(sheets)


def _row_measures(
    doc: Document, table_sheets: Sequence[ScoreSheet]
) -> dict[str, tuple[Measure, Measure]]:
    """Each table row's target and actual value, by name, where one row of that name has both.

    A paragraph scoring the row (``1.科技型中小企业评价入库家数（8分）。评分标准：…每少
    10家扣0.5分``) may state its count in words the text readers do not take for the
    actual (``全年评价入库612家``); the 自评表's row states the same two figures plainly.
    """
    found: dict[str, list[tuple[Measure, Measure]]] = {}
    for sheet in table_sheets:
        if sheet.scorer:
            continue
        for ind, row in indicator_targets(doc, sheet):
            if row.target is not None and row.actual is not None and not row.actual.op:
                found.setdefault(name_key(ind.name), []).append((row.target, row.actual))
    return {
        key: pairs[0]
        for key, pairs in found.items()
        if len({(t.op, t.value, t.unit, a.value, a.unit) for t, a in pairs}) == 1
    }


def _counted(
    doc: Document, ind: Indicator, row: tuple[Measure, Measure] | None = None
) -> Indicator:
    """A prose indicator under a per-unit or all-or-nothing rule, on its text's target.

    ``每少1场扣0.5分``, ``达到目标值得满分，未达到不得分``. When its text states no
    target and actual of its own, the table row of its name gives them (``row``).
    """
    if ind.rule is not None and ind.rule.proportional and names_quotient(ind.rule.text):
        return _quotient_from_row(ind, ind.rule, row)
    if ind.rule is not None and ind.rule.to_target and not ind.rule.per_unit:
        return _from_text_target(doc, ind)
    if ind.rule is None or not (ind.rule.per_unit or ind.rule.all_or_nothing):
        return ind
    found = indicator_text_target(doc, ind)
    if ind.rule.all_or_nothing:
        target: Measure | None
        actual: Measure | None
        if found is not None:
            target, actual = found.target, found.actual
        else:
            # ``目标值为98.0%，全年参保率达到97.6%``: the target stated alone, the actual
            # the indicator's own rate read from its text (a target is never its rate).
            target = indicator_text_target_alone(doc, ind)
            actual = indicator_text_actual(doc, ind) or _rate_measure(ind)
        return met_indicator(
            ind, (ind.rule, ind.rule_quote, ind.rule_location, False), target, actual
        )
    target = found.target if found is not None else None
    actual = found.actual if found is not None else indicator_text_actual(doc, ind)
    if actual is None and row is not None:
        target, actual = row
    return per_unit_indicator(
        ind, (ind.rule, ind.rule_quote, ind.rule_location, False), target, actual
    )


def _quotient_from_row(
    ind: Indicator, rule: ScoringRule, row: tuple[Measure, Measure] | None
) -> Indicator:
    """A prose indicator under ``按实际完成值÷目标值×分值``: on the ratio to its row's target.

    ``普通高考本科上线率…76.92%…得5分`` under a rule dividing by the target (≥75%): the
    completion is 76.92 ÷ 75, capped at 100, not the rate itself. Without its table row's
    percent target (or when the prose states another rate), nothing is recomputed.
    """
    quotient = None
    if row is not None and (ind.rate is None or ind.rate == row[1].value):
        quotient = quotient_of_target(rule, *row)
    if quotient is None:
        return replace(ind, rule=None)
    return replace(ind, rate=quotient.quantize(Decimal("0.01")), rate_decimals=2, row_ratio=None)


def _from_text_target(doc: Document, ind: Indicator) -> Indicator:
    """A prose indicator whose rule counts from its target, bound to the target it states.

    ``达到目标得满分，每低1个百分点扣0.5分`` counts from ``年度目标不低于85%``; without one
    higher-is-better percent target the rule is not used (abstain).
    """
    assert ind.rule is not None
    found = indicator_text_target(doc, ind)
    goal = found.target if found is not None else indicator_text_target_alone(doc, ind)
    if goal is None or goal.unit != "%" or goal.op not in ("", ">=", ">") or goal.value <= 0:
        return replace(ind, rule=None)
    return replace(ind, rule=ind.rule.on_target(goal.value))


def _rate_measure(ind: Indicator) -> Measure | None:
    """The indicator's own rate as a measured value, if read."""
    if ind.rate is None or ind.rate_location is None:
        return None
    return Measure("", ind.rate, "%", f"{ind.rate.normalize():f}%", ind.rate_location)


def _with_text_statements(main: ScoreSheet, narrative: ScoreSheet) -> ScoreSheet:
    """The table sheet with the total, grade and bands the text states for it."""
    return replace(
        main,
        totals=main.totals + narrative.totals,
        grades=main.grades + narrative.grades,
        bands=main.bands or narrative.bands,
        bands_quote=main.bands_quote or narrative.bands_quote,
    )


def _maxima(sheet: ScoreSheet) -> Decimal:
    return sum((i.maximum for i in sheet.indicators), Decimal(0))


def _covers_full_score(sheet: ScoreSheet) -> bool:
    """A whole table sheet: its maxima make up its full score (stated, or 100)."""
    return not sheet.partial and _maxima(sheet) == (sheet.stated_maximum or HUNDRED_POINTS)


def _covers_framework(narrative: ScoreSheet) -> bool:
    """Whether a narrative sheet covers the whole framework, so that its sums are the report's.

    It does when its maxima reach the full score (or pass it: a part cannot), when
    every indicator sits under a first-level group and the groups' maxima make up the
    full score, or when its scores add up to a total the report states. Otherwise
    (``预算执行率（10分）… 结转结余率（5分）…`` walked through beside a total of 95.78)
    it is a partial view and its maxima say nothing about the framework.
    """
    full = narrative.stated_maximum or HUNDRED_POINTS
    if _maxima(narrative) >= full:
        return True
    groups = {(i.group, i.group_maximum) for i in narrative.indicators}
    if (
        all(i.group and i.group_maximum is not None for i in narrative.indicators)
        and sum((m for _, m in groups if m is not None), Decimal(0)) == full
    ):
        return True
    scores = [i.awarded for i in narrative.indicators]
    if any(s is None for s in scores):
        return False
    scored = sum((s for s in scores if s is not None), Decimal(0))
    return any(abs(Decimal(t.value) - scored) <= SCORE_TOLERANCE for t in narrative.totals)


def _short(narrative: ScoreSheet) -> bool:
    """Narrative maxima short of the full score: a walk-through of some indicators."""
    return _maxima(narrative) < (narrative.stated_maximum or HUNDRED_POINTS)


def _restates(narrative: ScoreSheet, whole: Sequence[ScoreSheet]) -> bool:
    """Narrative maxima twice the full score, most of its items the table's own.

    Prose that walks through the table's indicators and also gives each 一级 group its
    own paragraph (``投入情况（20分）``) sums to 200: it restates the sheet at two levels,
    it is not a second sheet.
    """
    if _maxima(narrative) != 2 * (narrative.stated_maximum or HUNDRED_POINTS):
        return False  # each level makes up the full score once: exactly twice over
    names = {name_key(i.name) for s in whole for i in s.indicators}
    shared = sum(name_key(i.name) in names for i in narrative.indicators)
    return 2 * shared >= len(narrative.indicators)


def _completed(doc: Document, sheets: list[ScoreSheet]) -> list[ScoreSheet]:
    """Join a table sheet short of its full score with the table that completes it.

    The 10号 form scores 预算执行率 (10 分) in the funds table and the other 90 分 in
    the indicator table. A sheet whose maxima fall short of its full score (the stated
    one, or 100) takes the scored rows of the one other table whose maxima make up the
    difference exactly; when other tables hold scored rows but none completes it, the
    sheet is marked partial (its sums are left unchecked); with no scored rows elsewhere
    it stays as read, and a short sum is the report's error.
    """
    in_sheets = {n for s in sheets for n in s.table_numbers}
    elsewhere = [
        (t.number, rows)
        for t in doc.tables
        if t.number not in in_sheets and (rows := scored_rows(t))
    ]
    out: list[ScoreSheet] = []
    for sheet in sheets:
        target = sheet.stated_maximum or HUNDRED_POINTS
        missing = target - sum((i.maximum for i in sheet.indicators), Decimal(0))
        if missing <= 0 or not elsewhere or sheet.scorer:
            out.append(sheet)
            continue
        names = {i.name for i in sheet.indicators}
        fits = [
            (number, rows)
            for number, rows in elsewhere
            if sum((i.maximum for i in rows), Decimal(0)) == missing
            and not names & {i.name for i in rows}
        ]
        if len(fits) == 1:
            number, rows = fits[0]
            # The funds table's own note (``得分=执行率×分值``) scores its rows.
            rows = with_sheet_rule(doc, replace(sheet, indicators=rows, table=number)).indicators
            rows = with_funds_rule(doc, rows, sheet.subject)
            out.append(replace(sheet, indicators=rows + sheet.indicators, joined=(number,)))
        else:
            out.append(replace(sheet, partial=True))
    return out
