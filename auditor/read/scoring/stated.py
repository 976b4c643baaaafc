"""Stated totals, grades and grade bands of the report (text and key-value cells).

``评分：97分``, ``自评综合得分 | 85分``, ``等级：优``, ``90分及以上为优，80-89分为良…``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from auditor.model import Cell, Document, Table, block_texts
from auditor.read.figures import quote
from auditor.read.scoring.rules import (
    GRADE_WORDS,
    GradeBand,
    normalise_grade,
    parse_grade_bands,
)
from auditor.read.scoring.sheet import HUNDRED_POINTS, StatedValue, cue
from auditor.read.wording import patterns

_TOTAL_CUE = cue("total_cue")
_TOTAL_LABEL = cue("total_label")
_GRADE_LABEL = cue("grade_label")
_OTHER_ASSESSMENT = cue("other_assessment")
_GRADE = cue("grade")
_REVIEW_TOTAL = cue("review_total")


def stated_totals(
    doc: Document, sheet_tables: set[int | None], inside_indicators: set[int]
) -> tuple[list[StatedValue], list[StatedValue], tuple[GradeBand, ...], str]:
    """Stated totals, grades and the first grade bands outside score tables and indicator text."""
    totals: list[_Candidate] = []
    tied: list[StatedValue] = []
    grades: list[_Candidate] = []
    bands: tuple[GradeBand, ...] = ()
    bands_quote = ""
    in_conclusion = False
    for block in doc.blocks:
        if isinstance(block, Table):
            if block.number in sheet_tables:
                continue
            totals.extend((v, None) for v in _key_value_totals(block))
            tied.extend(_key_value_grades(block))
        elif block.heading_level is not None:
            in_conclusion = bool(_CONCLUSION_HEADING.search(block.text))
        for text, loc in block_texts(block):
            reviewed = [(r.start(), r.end()) for r in _REVIEW_TOTAL.finditer(text)]
            for m in _TOTAL_CUE.finditer(text):
                if any(a <= m.start("v") < b for a, b in reviewed):
                    continue  # a reviewer's score (主管部门审核得分), not the department's
                # Another assessment named in the total's own sentence (a previous
                # sentence's ``满意度指标总体较好。`` is not this total's subject).
                start = max(_sentence_start(text, m.start()), m.start() - 30)
                context = text[start : m.end() + 8]
                sentence = _sentence_around(text, m.start())
                if (
                    _OTHER_ASSESSMENT.search(context)
                    or _scored_by_other(
                        sentence[: m.end() - _sentence_start(text, m.start())], m.group(0)
                    )
                    or _describes_maximum(m.group(0), sentence)
                    or _group_score(text, m.start())
                    or (
                        block.index in inside_indicators
                        and (
                            re.search(r"[（(]\s*总分", context) or not _CONCLUDING.search(sentence)
                        )
                    )
                ):
                    continue
                value = StatedValue(
                    m.group("v"),
                    loc,
                    quote(text, m.start(), m.end()),
                    block.index,
                    of_table=_names_table(text, m.start("v")),
                )
                totals.append((value, sentence))
            for m in _GRADE.finditer(text):
                before = text[max(0, m.start() - 24) : m.start()]
                if _OTHER_ASSESSMENT.search(before) or block.index in inside_indicators:
                    continue  # another body's assessment (全县乡镇绩效考核结果为优秀)
                if _in_band_definition(text, m.start(), m.end("g")):
                    continue  # 等级为良（80分（含）—90分）: a band, not a result
                sentence = _sentence_around(text, m.start())
                grade = StatedValue(
                    normalise_grade(m.group("g")), loc, quote(text, m.start(), m.end()), block.index
                )
                if _states_total(sentence) or in_conclusion:
                    tied.append(grade)
                grades.append((grade, sentence))
            if not bands:
                parsed = parse_grade_bands(text)
                if parsed:
                    bands, bands_quote = parsed, band_quote(text)
    latest = _latest_year([s for _, s in totals + grades if s is not None])
    own_totals = [v for v, s in totals if s is None or not _other_year(s, latest)]
    return own_totals, _own_grades(tied, grades, latest), bands, bands_quote


def review_totals(doc: Document, sheet_tables: set[int | None]) -> list[StatedValue]:
    """Totals the text states for a reviewer's scoring (``主管部门审核得分93.40分``)."""
    out: list[StatedValue] = []
    for block in doc.blocks:
        if isinstance(block, Table) and block.number in sheet_tables:
            continue
        for text, loc in block_texts(block):
            for m in _REVIEW_TOTAL.finditer(text):
                context = text[max(0, m.start() - 30) : m.end() + 8]
                sentence = _sentence_around(text, m.start())
                if _OTHER_ASSESSMENT.search(context) or _describes_maximum(m.group(0), sentence):
                    continue
                out.append(
                    StatedValue(m.group("v"), loc, quote(text, m.start(), m.end()), block.index)
                )
    return out


_Candidate = tuple[StatedValue, str | None]
"""A stated value and the sentence it was read from (None for a labelled table cell)."""


def _own_grades(
    tied: list[StatedValue], candidates: list[_Candidate], latest: int | None
) -> list[StatedValue]:
    """The report's own grade statements among the grades the text names.

    A grade stated with the total (``自评得分96分，等级为优``), in a labelled cell or under
    the conclusion heading is the report's; others (a sub-item's ``评为良``) count only
    when no such statement exists and they all agree. Another year's grade never counts.
    """
    this_year = [v for v, s in candidates if s is None or not _other_year(s, latest)]
    own = [v for v in tied if v in this_year or v not in [c for c, _ in candidates]]
    if own:
        return own
    if len({v.value for v in this_year}) > 1:
        return []  # candidate grades disagree and none is tied to the total: say nothing
    return this_year


def _in_band_definition(text: str, label: int, end: int) -> bool:
    """Whether the grade ending at ``end`` (label at ``label``) names a band, not a result.

    A band bound right after it (``等级为良（80分（含）—90分）``) or ending the clause
    before its label (``90分（含）以上等级为优``) makes it a band's name.
    """
    if _explained_by_bands(text[end:]):
        return False  # 等级为“优”（90分及以上为优，80至89分为良…）: the result, then the bands
    clause_start = max(text.rfind(ch, 0, label) for ch in "。；;，,") + 1
    return any(p.match(text, end) for p in _BAND_CONTEXT) or bool(
        _BAND_BEFORE.search(text[clause_start:label])
    )


def _explained_by_bands(after: str) -> bool:
    """Whether a bracket right after a grade lists the bands (several grades), not one range."""
    m = re.match(r"[”\"’']?\s*[（(]([^（(）)]*(?:[（(][^（(）)]*[）)][^（(）)]*)*)[）)]?", after)
    return m is not None and len(parse_grade_bands(m.group(1))) >= 2


def _states_total(sentence: str) -> bool:
    """Whether a sentence states a total score (the grade beside it is the report's)."""
    return any(
        not _OTHER_ASSESSMENT.search(sentence[max(0, m.start() - 30) : m.end() + 8])
        and not _scored_by_other(sentence[: m.end()], m.group(0))
        for m in _TOTAL_CUE.finditer(sentence)
    )


def _scored_by_other(lead: str, total: str) -> bool:
    """Whether the sentence up to a total names a project, or a scorer not the report's own.

    A score stated earlier in the sentence closes its subject's clause: in ``表6产出指标得分
    合计49.1分，本局…自评总分96.6分`` the class named before 49.1 is not the total's.
    """
    before = lead[: len(lead) - len(total)]
    scored = list(_EARLIER_SCORE.finditer(before))
    if scored:
        lead = lead[scored[-1].end() :]
    if _OTHER_SUBJECT.search(lead) or _CLASS_SUBJECT.search(lead):
        return True  # a project's score, or a class of indicators' (决策类指标…自评得分14分)
    return bool(_OTHER_SCORER.search(lead)) and not _SELF_SCORED.search(total)


def _latest_year(sentences: list[str]) -> int | None:
    """The latest year the sentences report on (a plan's year, ``2025年力争…``, aside)."""
    years = [
        int(m.group("y")) for s in sentences for m in _YEAR_NUMBER.finditer(_PLAN_YEAR.sub("", s))
    ]
    return max(years) if years else None


_PLAN_YEAR = cue("plan_year")


def _other_year(sentence: str, latest: int | None) -> bool:
    """Whether a sentence states another year's result (``上年度…``, ``2023年度…``)."""
    if _OTHER_YEAR.search(sentence):
        return True
    years = {int(m.group("y")) for m in _YEAR_NUMBER.finditer(sentence)}
    return latest is not None and bool(years) and latest not in years


def _names_table(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` names one table (``附表1各指标得分合计``)."""
    start = max(text.rfind(ch, 0, pos) for ch in "。；;，,") + 1
    return bool(_TABLE_SUBJECT.search(text[start:pos]))


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in "。；") + 1


_OTHER_SCORER = cue("other_scorer")
_TABLE_SUBJECT = cue("table_subject")
_EARLIER_SCORE = re.compile(r"(?:得分?|计|合计|为)\s*\d+(?:\.\d+)?\s*分\s*[，,]")
"""A score awarded earlier in a sentence (``…得分合计49.1分，``), not a maximum (``共10分，``)."""
_OTHER_SUBJECT = cue("other_subject")
_CLASS_SUBJECT = cue("class_subject")
_SELF_SCORED = cue("self_scored")
_OTHER_YEAR = cue("other_year")
_YEAR_NUMBER = cue("year_number")
_CONCLUSION_HEADING = cue("conclusion_heading")
_BAND_CONTEXT = patterns("scores", "grade_band_context")
_BAND_BEFORE = cue("grade_band_before")


_CONCLUDING = cue("concluding")
_GROUP_MAXIMUM = cue("maximum_before_score")
_FRAMEWORK_WORDS = cue("framework_words")


def _group_score(text: str, pos: int) -> bool:
    """Whether a score follows its own maximum below full marks in the same clause.

    ``（二）过程管理（30分，自评得分27.5分）``, ``产出指标满分40分，自评得分38.5分``: a
    group's score, stated beside the group's maximum; the groups add up to the total,
    none of them is it.
    """
    start = max(text.rfind(ch, 0, pos) for ch in "（(。；;：:") + 1
    m = _GROUP_MAXIMUM.search(text[start:pos])
    return m is not None and Decimal(m.group("max")) < HUNDRED_POINTS


def _describes_maximum(cue: str, sentence: str) -> bool:
    """``由4个一级指标、16个三级指标构成，总分100分``: the full marks, not a score."""
    return cue.startswith("总分") and bool(_FRAMEWORK_WORDS.search(sentence))


def states_report_total(sentence: str) -> bool:
    """Whether a sentence states the whole report's total (not a survey's or an item's)."""
    if not _CONCLUDING.search(sentence):
        return False
    return any(
        not _OTHER_ASSESSMENT.search(sentence[max(0, m.start() - 30) : m.end() + 8])
        for m in _TOTAL_CUE.finditer(sentence)
    )


def _sentence_around(text: str, pos: int) -> str:
    start = max(text.rfind(ch, 0, pos) for ch in "。；") + 1
    ends = [i for i in (text.find(ch, pos) for ch in "。；") if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def _key_value_cells(table: Table, label: re.Pattern[str]) -> Iterator[tuple[Cell, Cell]]:
    """(label cell, value cell) pairs where the value sits right of a matching label."""
    for r in range(table.n_rows):
        for c in range(1, table.n_cols):
            left, cell = table.grid[r][c - 1], table.grid[r][c]
            if left is not cell and label.match(left.text):
                yield left, cell


def _key_value_totals(table: Table) -> list[StatedValue]:
    """``自评综合得分 | 85分``: a total stated in the cell right of its label.

    A label followed by several numbers (``总分 | 100 | 93``, the 分值 and 得分 of a
    transposed sheet) does not say which is the score: nothing is read. When some labels
    of the table name the score (``得分 | 93``), the others (``总分 | 100``) state the full
    marks.
    """
    found = [
        (left, StatedValue(m.group(1), cell.location, f"{left.text} | {cell.text}", table.index))
        for left, cell in _key_value_cells(table, _TOTAL_LABEL)
        if (m := _TOTAL_VALUE.fullmatch(cell.text)) and not _more_numbers_after(table, cell)
    ]
    if any(_SCORE_LABEL.search(left.text) for left, _ in found):
        found = [(left, v) for left, v in found if _SCORE_LABEL.search(left.text)]
    return [v for _, v in found]


_TOTAL_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s*分?")
_SCORE_LABEL = cue("score_label")


def _more_numbers_after(table: Table, cell: Cell) -> bool:
    """Whether another number cell follows ``cell`` in its row."""
    row = next(r for r in table.grid if any(c is cell for c in r))
    after = row[[i for i, c in enumerate(row) if c is cell][-1] + 1 :]
    return any(c is not cell and _TOTAL_VALUE.fullmatch(c.text) for c in after)


def _key_value_grades(table: Table) -> list[StatedValue]:
    """``评价等次 | 良好``: a grade stated in the cell right of its label."""
    return [
        StatedValue(
            normalise_grade(m.group(1)), cell.location, f"{left.text} | {cell.text}", table.index
        )
        for left, cell in _key_value_cells(table, _GRADE_LABEL)
        if (m := re.fullmatch(rf"[“\"]?({GRADE_WORDS})[”\"]?", cell.text))
    ]


def band_quote(text: str) -> str:
    """The band sentence of a text, from its first band bound."""
    m = re.search(r"\d+\s*分?\s*[（(]?含?[）)]?\s*[-—–~至]", text)
    start = m.start() if m else 0
    return text[start : start + 80]
