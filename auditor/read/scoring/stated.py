"""Stated totals, grades and grade bands of the report (text and key-value cells).

``评分：97分``, ``自评综合得分 | 85分``, ``等级：优``, ``90分及以上为优，80-89分为良…``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.model import Cell, Document, Table, block_texts
from auditor.read.figures import quote
from auditor.read.scoring.rules import (
    GRADE_WORDS,
    GradeBand,
    normalise_grade,
    parse_grade_bands,
)
from auditor.read.scoring.sheet import StatedValue, cue

_TOTAL_CUE = cue("total_cue")
_TOTAL_LABEL = cue("total_label")
_GRADE_LABEL = cue("grade_label")
_OTHER_ASSESSMENT = cue("other_assessment")
_GRADE = cue("grade")


def stated_totals(
    doc: Document, sheet_tables: set[int | None], inside_indicators: set[int]
) -> tuple[list[StatedValue], list[StatedValue], tuple[GradeBand, ...], str]:
    """Stated totals, grades and the first grade bands outside score tables and indicator text."""
    totals: list[StatedValue] = []
    grades: list[StatedValue] = []
    bands: tuple[GradeBand, ...] = ()
    bands_quote = ""
    for block in doc.blocks:
        if isinstance(block, Table):
            if block.number in sheet_tables:
                continue
            totals.extend(_key_value_totals(block))
            grades.extend(_key_value_grades(block))
        for text, loc in block_texts(block):
            for m in _TOTAL_CUE.finditer(text):
                context = text[max(0, m.start() - 30) : m.end() + 8]
                sentence = _sentence_around(text, m.start())
                if (
                    _OTHER_ASSESSMENT.search(context)
                    or _describes_maximum(m.group(0), sentence)
                    or (
                        block.index in inside_indicators
                        and (
                            re.search(r"[（(]\s*总分", context) or not _CONCLUDING.search(sentence)
                        )
                    )
                ):
                    continue
                totals.append(
                    StatedValue(m.group("v"), loc, quote(text, m.start(), m.end()), block.index)
                )
            for m in _GRADE.finditer(text):
                before = text[max(0, m.start() - 24) : m.start()]
                if _OTHER_ASSESSMENT.search(before) or block.index in inside_indicators:
                    continue  # another body's assessment (全县乡镇绩效考核结果为优秀)
                grades.append(
                    StatedValue(
                        normalise_grade(m.group("g")),
                        loc,
                        quote(text, m.start(), m.end()),
                        block.index,
                    )
                )
            if not bands:
                parsed = parse_grade_bands(text)
                if parsed:
                    bands, bands_quote = parsed, band_quote(text)
    return totals, grades, bands, bands_quote


_CONCLUDING = cue("concluding")
_FRAMEWORK_WORDS = cue("framework_words")


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
    """``自评综合得分 | 85分``: a total stated in the cell right of its label."""
    return [
        StatedValue(m.group(1), cell.location, f"{left.text} | {cell.text}", table.index)
        for left, cell in _key_value_cells(table, _TOTAL_LABEL)
        if (m := re.fullmatch(r"(\d+(?:\.\d+)?)\s*分?", cell.text))
    ]


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
