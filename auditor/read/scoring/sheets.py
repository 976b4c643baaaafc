"""Indicators, their scores and the sheets they add up in.

Two shapes are read:

- *narrative* indicators: sections headed ``（十七）固定资产利用率（3分）`` whose text
  states the awarded score (``故本次…计3分``, ``计满分（即：1分）``), the rule
  (``根据…评价标准：…``) and the computed rate (a formula result or ``执行率为9.53%``);
- *table* score sheets: tables with a score column (评分/得分) whose rows name their
  maximum (``自评通知(8分)`` or a 分值 column), with a 合计 row and a grade row.

The overall total (``评分：97分``, ``打分97分``), the stated grade (``等级：优``,
``结果为“优”``) and the grade bands are collected for the narrative sheet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from auditor.model import Cell, Document, Location, Paragraph, Table, block_texts
from auditor.read.figures import Figure, quote
from auditor.read.formulas import Formula
from auditor.read.scoring.rules import (
    GRADE_WORDS,
    GradeBand,
    ScoringRule,
    normalise_grade,
    parse_grade_bands,
    parse_rule,
)
from auditor.read.scoring.targets import RowTarget, completion_rate, row_targets
from auditor.read.structure import Section, section_name
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text


def _table_cue(key: str) -> re.Pattern[str]:
    """Score-sheet wording from ``cues/tables.yaml`` (the table part of this module)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns("tables", key)))


def _cue(key: str) -> re.Pattern[str]:
    """The patterns under ``key`` in ``cues/scores.yaml``, or-ed into one."""
    found = patterns("scores", key)
    if len(found) == 1:
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


_INDICATOR = _cue("indicator")
_MAX_IN_LABEL = _cue("max_in_label")
_CONCLUSION = _cue("conclusion")
_STRONG_LEAD = ("故", "因此", "所以", "综上", "综合", "最终")
_BY_STANDARD = _cue("by_standard")
"""``按评分标准得10分``: the score, reached by the rule (not a clause of the rule)."""
_FULL = _cue("full")
_ANY_SCORE = _cue("any_score")
_RULE_CUE = _cue("rule_cue")
_TOTAL_CUE = _cue("total_cue")
_TOTAL_LABEL = _cue("total_label")
_GRADE_LABEL = _cue("grade_label")
_OTHER_ASSESSMENT = _cue("other_assessment")
_GRADE = _cue("grade")
_SCORE_HEADER = _table_cue("score_header")
_MAX_HEADER = _table_cue("max_header")
_RATE_LABEL = _cue("rate_label")


def is_points_header(header: str) -> bool:
    """Whether a column header names points (``分值``, ``得分``), not amounts."""
    return bool(_SCORE_HEADER.match(header) or _MAX_HEADER.match(header))


@dataclass(frozen=True, slots=True)
class Indicator:
    """One scored item: its maximum, the score awarded and how it was reached."""

    name: str
    maximum: Decimal
    awarded: Decimal | None
    awarded_quote: str
    awarded_location: Location | None
    location: Location
    rule: ScoringRule | None
    rule_quote: str
    rate: Decimal | None
    """The rate the report computes, in percent (96.83 for 96.83%)."""
    rate_quote: str
    rate_location: Location | None
    formula: Formula | None
    section: int | None
    group: str = ""
    """First-level indicator name in a table sheet (``实施评价``)."""
    rate_decimals: int = 2
    """Decimal places of the written rate (``9.53%`` → 2)."""
    blocks: tuple[int, int] = (0, 0)
    """Block range of the indicator's text (title block first)."""
    group_maximum: Decimal | None = None


@dataclass(frozen=True, slots=True)
class StatedValue:
    """A stated total or grade and where it was read."""

    value: str
    location: Location
    quote: str
    block: int


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Indicators that add up to one stated total."""

    kind: str
    """``narrative`` (indicator sections) or ``table``."""
    title: str
    indicators: tuple[Indicator, ...]
    totals: tuple[StatedValue, ...]
    grades: tuple[StatedValue, ...]
    bands: tuple[GradeBand, ...]
    bands_quote: str
    stated_maximum: Decimal | None
    location: Location
    table: int | None = None


def read_score_sheets(
    doc: Document,
    sections: Sequence[Section],
    section_of: Sequence[int],
    figures_by_block: dict[int, list[Figure]],
    formulas: Sequence[Formula],
) -> tuple[ScoreSheet, ...]:
    """Read every score sheet of the document."""
    table_sheets = [
        _with_sheet_rule(doc, s) for t in doc.tables if (s := _table_sheet(t)) is not None
    ]
    narrative = _narrative_sheet(
        doc, sections, section_of, figures_by_block, formulas, {s.table for s in table_sheets}
    )
    if narrative is not None and not narrative.indicators and table_sheets:
        # The scores are in a table and the total and grade in the text: one sheet.
        main = max(table_sheets, key=lambda s: len(s.indicators))
        merged = replace(
            main,
            totals=main.totals + narrative.totals,
            grades=main.grades + narrative.grades,
            bands=main.bands or narrative.bands,
            bands_quote=main.bands_quote or narrative.bands_quote,
        )
        return tuple(merged if s is main else s for s in table_sheets)
    return tuple(([narrative] if narrative else []) + table_sheets)


# ---------------------------------------------------------------- narrative


@dataclass(frozen=True, slots=True)
class _Unit:
    """A scored title and the blocks its text runs over."""

    name: str
    maximum: Decimal
    start: int
    """Block of the title (a heading, or a paragraph that opens with the title)."""
    end: int
    location: Location
    section: int
    inline: bool
    level: int = 99
    """Numbering level (1 ``一、``, 2 ``（一）``, 3 ``1.``); 99 when unnumbered."""


_INLINE = _cue("inline")


def _units(doc: Document, sections: Sequence[Section], section_of: Sequence[int]) -> list[_Unit]:
    """Scored titles: headings, paragraphs opening with one, and title-only paragraphs.

    ``（十七）固定资产利用率（3分）`` as a heading; ``2.“三公”经费控制率（5分）：…`` opening
    a paragraph; ``在校学生人数（10分）`` alone when Word's list numbering was lost.
    """
    units: list[_Unit] = []
    headed: set[int] = set()
    for s in sections:
        m = _INDICATOR.match(section_name(s.title))
        if m and s.start < len(doc.blocks):
            headed.add(s.start)
            units.append(
                _Unit(
                    m.group("name"), Decimal(m.group("max")), s.start, s.end, s.location, s.id,
                    False, s.level,
                )
            )  # fmt: skip
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or block.index in headed:
            continue
        m = _INLINE.match(block.text)
        if m and not _RULE_CUE.search(m.group("name")):
            sid = section_of[block.index]
            units.append(
                _Unit(
                    m.group("name"), Decimal(m.group("max")), block.index, sections[sid].end,
                    block.location, sid, True, _prefix_level(block.text),
                )
            )  # fmt: skip
    units.sort(key=lambda u: (u.start, -u.end))
    out: list[_Unit] = []
    for i, u in enumerate(units):
        later = [v for v in units[i + 1 :] if u.start < v.start < u.end]
        if u.inline:
            # A paragraph unit runs to the next scored title in its section.
            ends = [v.start for v in later]
        else:
            # A heading runs over deeper titles (its children) but stops at a sibling
            # written as a paragraph (``12.…（6分）`` heading, then ``13.65岁…（6分）``).
            ends = [v.start for v in later if v.level <= u.level]
        out.append(replace(u, end=min([u.end, *ends])))
    return out


def _prefix_level(text: str) -> int:
    """Numbering level of a paragraph's prefix, digits after ``13.`` allowed."""
    for level in (1, 2, 3, 4):
        if _cue(f"level_{level}").match(text):
            return level
    return 99


def _narrative_sheet(
    doc: Document,
    sections: Sequence[Section],
    section_of: Sequence[int],
    figures_by_block: dict[int, list[Figure]],
    formulas: Sequence[Formula],
    sheet_tables: set[int | None],
) -> ScoreSheet | None:
    units = _units(doc, sections, section_of)
    # A scored title with scored titles inside its text (``（一）投入指标（20分）``) is a
    # group: its maximum is its children's sum, and its text is theirs.
    groups = [u for u in units if any(u.start < v.start < u.end for v in units)]
    indicators: list[Indicator] = []
    for u in units:
        if u in groups:
            continue
        indicator = _indicator(doc, u, figures_by_block, formulas)
        group = next((g for g in reversed(groups) if g.start < u.start < g.end), None)
        if group is not None:
            indicator = replace(indicator, group=group.name, group_maximum=group.maximum)
        indicators.append(indicator)
    inside = {b for u in units if u not in groups for b in range(u.start, u.end)}
    totals, grades, bands, bands_quote = _stated_totals(doc, sheet_tables, inside)
    if not indicators and not totals:
        return None
    first = indicators[0].location if indicators else totals[0].location
    return ScoreSheet(
        kind="narrative",
        title="绩效指标评分",
        indicators=tuple(indicators),
        totals=tuple(totals),
        grades=tuple(grades),
        bands=bands,
        bands_quote=bands_quote,
        stated_maximum=None,
        location=first,
    )


def _indicator(
    doc: Document,
    unit: _Unit,
    figures_by_block: dict[int, list[Figure]],
    formulas: Sequence[Formula],
) -> Indicator:
    name, maximum = unit.name, unit.maximum
    awarded: Decimal | None = None
    awarded_quote = ""
    awarded_loc: Location | None = None
    rule_parts: list[str] = []
    fallback: tuple[Decimal, str, Location] | None = None
    first = unit.start if unit.inline else unit.start + 1
    paragraphs = [b for b in doc.blocks[first : unit.end] if isinstance(b, Paragraph)]
    for p in paragraphs:
        text = p.text
        head = _INLINE.match(text) if p.index == unit.start and unit.inline else None
        if head is not None:
            text = text[head.end() :]
        for sentence in _sentences(text):
            if _states_report_total(sentence):
                continue  # the report's total (``逐项打分，自评得分为99分``), not this item's
            m = _conclusion(sentence)
            rule_part = sentence[: m.start()] if m else sentence
            if _RULE_CUE.search(rule_part):
                rule_parts.append(rule_part)
                if m is None:
                    continue
            full = _FULL.search(sentence[m.start() :] if m else sentence)
            if full and (not m or full.start() < m.start()):
                awarded = Decimal(full.group("v")) if full.group("v") else maximum
                awarded_quote, awarded_loc = sentence, p.location
            elif m:
                awarded = Decimal(m.group("v"))
                awarded_quote, awarded_loc = sentence, p.location
            elif (any_score := _ANY_SCORE.search(sentence)) and not _RULE_CUE.search(sentence):
                fallback = (Decimal(any_score.group("v")), sentence, p.location)
    section_formulas = [f for f in formulas if first <= f.block < unit.end]
    if awarded is None:
        scored = [f for f in section_formulas if f.stated is not None and f.stated_unit == "分"]
        if scored:
            awarded = scored[-1].stated.value if scored[-1].stated else None
            awarded_quote, awarded_loc = scored[-1].quote, scored[-1].location
        elif fallback is not None:
            awarded, awarded_quote, awarded_loc = fallback
    rate, rate_quote, rate_loc, formula, rate_decimals = _rate(
        first, unit.end, section_formulas, figures_by_block, name
    )
    rule_text = "".join(rule_parts)
    rule = parse_rule(rule_text) if rule_text else None
    return Indicator(
        name=name,
        maximum=maximum,
        awarded=awarded,
        awarded_quote=awarded_quote,
        awarded_location=awarded_loc,
        location=unit.location,
        rule=rule if rule and not rule.empty else None,
        rule_quote=rule_text,
        rate=rate,
        rate_quote=rate_quote,
        rate_location=rate_loc,
        formula=formula,
        section=unit.section,
        rate_decimals=rate_decimals,
        blocks=(unit.start, unit.end),
    )


def _conclusion(sentence: str) -> re.Match[str] | None:
    """The awarded-score clause of a sentence: the last one, ``按评分标准得…`` and strong leads (故…) first."""
    matches = list(_CONCLUSION.finditer(sentence))
    by_standard = list(_BY_STANDARD.finditer(sentence))
    if by_standard:
        return by_standard[-1]
    strong = [m for m in matches if m.group("lead") in _STRONG_LEAD]
    if strong:
        return strong[-1]
    return matches[-1] if matches else None


def _related(label: str, name: str) -> bool:
    """Whether a rate's label names the indicator (shares two characters besides 率)."""
    core = label.replace("率", "")
    target = name.replace("率", "")
    return any(core[i : i + 2] in target for i in range(len(core) - 1)) or label in (
        "执行率",
        "完成率",
        "利用率",
        "控制率",
    )


def _rate(
    start: int,
    end: int,
    formulas: Sequence[Formula],
    figures_by_block: dict[int, list[Figure]],
    name: str,
) -> tuple[Decimal | None, str, Location | None, Formula | None, int]:
    for f in reversed(formulas):
        if f.stated is not None and f.stated_unit == "%":
            rate = (f.stated.value * 100).quantize(Decimal(1).scaleb(-f.stated.decimals))
            return rate, f.quote, f.location, f, f.stated.decimals
    candidates: list[Figure] = []
    for block in range(start, end):
        for fig in figures_by_block.get(block, []):
            if fig.verb in ("计", "得", "扣") or fig.threshold or _RULE_CUE.search(fig.quote):
                continue
            if (
                fig.kind == "percent"
                and _RATE_LABEL.search(fig.label)
                and _related(fig.label, name)
            ) or (fig.kind == "score" and "满意度" in fig.label and "满意度" in name):
                candidates.append(fig)
    if candidates:
        fig = candidates[-1]
        return fig.value, fig.quote, fig.location, None, fig.amount.decimals
    return None, "", None, None, 2


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。])", text) if s.strip()]


def _stated_totals(
    doc: Document, sheet_tables: set[int | None], inside_indicators: set[int]
) -> tuple[list[StatedValue], list[StatedValue], tuple[GradeBand, ...], str]:
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
                    bands, bands_quote = parsed, _band_quote(text)
    return totals, grades, bands, bands_quote


_CONCLUDING = _cue("concluding")
_FRAMEWORK_WORDS = _cue("framework_words")


def _describes_maximum(cue: str, sentence: str) -> bool:
    """``由4个一级指标、16个三级指标构成，总分100分``: the full marks, not a score."""
    return cue.startswith("总分") and bool(_FRAMEWORK_WORDS.search(sentence))


def _states_report_total(sentence: str) -> bool:
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


def _band_quote(text: str) -> str:
    m = re.search(r"\d+\s*分?\s*[（(]?含?[）)]?\s*[-—–~至]", text)
    start = m.start() if m else 0
    return text[start : start + 80]


# ------------------------------------------------------------------- tables


def _table_sheet(t: Table) -> ScoreSheet | None:
    """A score sheet, or one laid out in side-by-side blocks (A and B columns)."""
    blocks = _side_by_side_blocks(t)
    if len(blocks) < 2:
        return _one_table_sheet(t)
    sheets = [
        s
        for a, b in blocks
        if (s := _one_table_sheet(replace(t, grid=tuple(row[a:b] for row in t.grid)))) is not None
    ]
    if len(sheets) < 2:
        return _one_table_sheet(t)
    totals = tuple(v for s in sheets for v in s.totals)
    if not totals:
        totals = tuple(_spanning_totals(t, blocks[-1]))
    return replace(
        sheets[0],
        indicators=tuple(i for s in sheets for i in s.indicators),
        totals=totals,
        grades=tuple(g for s in sheets for g in s.grades),
        stated_maximum=next((s.stated_maximum for s in sheets if s.stated_maximum), None),
    )


def _side_by_side_blocks(t: Table) -> list[tuple[int, int]]:
    """Column ranges of a sheet printed as two blocks (``指标 | 分值 | 得分 | 指标 | …``).

    Each block repeats the header: a score column per block, the block ending after
    it. One score column is one block.
    """
    if not t.header_rows:
        return []
    last = t.grid[t.header_rows - 1]
    scores = [c for c in range(t.n_cols) if last[c].col == c and _SCORE_HEADER.match(last[c].text)]
    if len(scores) < 2:
        return []
    bounds = [0, *(c + 1 for c in scores[:-1]), t.n_cols]
    blocks = list(pairwise(bounds))
    heads = [[cell.text for cell in last[a:b]] for a, b in blocks]
    width = min(len(h) for h in heads)
    if width < 2 or any(h[-width:] != heads[0][-width:] for h in heads[1:]):
        return []  # not the same header repeated (a 序号 column may lead the first)
    return blocks


def _spanning_totals(t: Table, block: tuple[int, int]) -> Iterator[StatedValue]:
    """The total of a side-by-side sheet: a 合计 row, its score in the last block."""
    for r in range(t.header_rows, t.n_rows):
        row = t.grid[r]
        if not _SHEET_TOTAL_ROW.match(row[0].text):
            continue
        for c in range(block[1] - 1, block[0] - 1, -1):
            if _SCORE_HEADER.match(t.grid[t.header_rows - 1][c].text) and is_numeric_text(
                row[c].text
            ):
                yield StatedValue(
                    _number(row[c].text), row[c].location, f"{row[0].text} | {row[c].text}", t.index
                )


def _one_table_sheet(t: Table) -> ScoreSheet | None:
    """A table with a score column and per-row maxima, read as a score sheet."""
    header_texts = [t.grid[r][c].text for r in range(t.header_rows) for c in range(t.n_cols)]
    score_col = next(
        (
            c
            for c in range(t.n_cols)
            for r in range(t.header_rows)
            if _SCORE_HEADER.match(t.grid[r][c].text)
        ),
        None,
    )
    if score_col is None or not header_texts:
        return None
    max_col = _maximum_column(
        t,
        score_col,
        [
            c
            for c in range(t.n_cols)
            if any(_MAX_HEADER.match(t.grid[r][c].text) for r in range(t.header_rows))
        ],
    )
    indicators: list[Indicator] = []
    totals: list[StatedValue] = []
    grades: list[StatedValue] = []
    bands: tuple[GradeBand, ...] = ()
    bands_quote = ""
    stated_max: Decimal | None = None
    last_group: tuple[str, Decimal | None] = ("", None)
    columns = _column_roles([t.grid[r] for r in range(t.header_rows)], t.n_cols)
    for r in range(t.header_rows, t.n_rows):
        row = t.grid[r]
        restated = _restated_header(row)
        if restated is not None:
            # A header again mid-table (财预10号 自评表: a 资金 block, then the indicator
            # block under ``一级指标 | … | 分值 | 得分``) moves the columns.
            score_col, max_col = restated
            columns = _column_roles([row], t.n_cols)
            continue
        labels = _row_labels(row, score_col, max_col, columns.not_names)
        score_cell = row[score_col]
        head = labels[0] if labels else ""
        if any(_SUBTOTAL_ROW.search(label) for label in labels[:2]):
            continue  # a group's 小计 restates its rows; it is not an indicator
        if _SHEET_TOTAL_ROW.match(head):
            if is_numeric_text(score_cell.text):
                totals.append(
                    StatedValue(
                        _number(score_cell.text),
                        score_cell.location,
                        f"{head} | {score_cell.text}",
                        t.index,
                    )
                )
            for text in labels[1:]:
                mm = _MAX_IN_LABEL.search(text)
                if mm:
                    stated_max = Decimal(mm.group("max") or mm.group("max2"))
            grade_text = " ".join(c.text for c in row)
            grade_match = re.search(rf"(?:^|\s)(?P<g>{GRADE_WORDS})$", score_cell.text)
            if grade_match:
                grades.append(
                    StatedValue(
                        normalise_grade(grade_match.group("g")),
                        score_cell.location,
                        f"{' '.join(labels)} | {score_cell.text}",
                        t.index,
                    )
                )
            if not bands:
                parsed = parse_grade_bands(grade_text)
                if parsed:
                    bands, bands_quote = parsed, _band_quote(grade_text)
            continue
        if not labels or not is_numeric_text(score_cell.text):
            continue
        maximum = _row_max(labels, row, max_col)
        if maximum is None:
            continue
        group, group_max = "", None
        if len(labels) >= 2:
            gm = _MAX_IN_LABEL.search(labels[0])
            group = _MAX_IN_LABEL.sub("", labels[0]).strip()
            if gm:
                group_max = Decimal(gm.group("max") or gm.group("max2"))
        if group_max is None and not row[0].text and row[0].row == r and last_group[1] is not None:
            # A merged group cell the PDF drew as separate cells leaves the lower ones
            # blank: they stay in the group above.
            group, group_max = last_group
        last_group = (group, group_max)
        own = row[columns.name].text if columns.name is not None else ""
        label = own if own and not is_numeric_text(own) else labels[-1]
        name = _MAX_IN_LABEL.sub("", label).strip() or label
        rule_text = (
            row[columns.rule].text
            if columns.rule is not None
            else " ".join(
                c.text
                for c in row
                if c.text not in labels and c is not score_cell and len(c.text) > 8
            )
        )
        rule, rate, rate_decimals, rate_cell = _row_rule_and_rate(row, columns)
        indicators.append(
            Indicator(
                name=name,
                maximum=maximum,
                awarded=Decimal(_number(score_cell.text)),
                awarded_quote=f"{' / '.join(labels)} | {score_cell.text}",
                awarded_location=score_cell.location,
                location=score_cell.location,
                rule=rule,
                rule_quote=rule_text,
                rate=rate,
                rate_quote=f"{name} | {rate_cell.text}" if rate_cell else "",
                rate_location=rate_cell.location if rate_cell else None,
                rate_decimals=rate_decimals,
                formula=None,
                section=None,
                group=group,
                group_maximum=group_max,
            )
        )
    indicators = _without_group_rows(indicators, stated_max)
    if len(indicators) < 2:
        return None
    return ScoreSheet(
        kind="table",
        title=t.caption or f"表 {t.number}",
        indicators=tuple(indicators),
        totals=tuple(totals),
        grades=tuple(grades),
        bands=bands,
        bands_quote=bands_quote,
        stated_maximum=stated_max,
        location=t.location,
        table=t.number,
    )


_SUBTOTAL_ROW = _table_cue("subtotal")
_SHEET_TOTAL_ROW = _table_cue("sheet_total_row")
HUNDRED_POINTS = Decimal(100)


def _without_group_rows(indicators: list[Indicator], stated_max: Decimal | None) -> list[Indicator]:
    """Drop rows that restate a group (its maximum and score are its rows' sums).

    Two readings of the sheet: every row an indicator, or rows whose maximum and
    score both equal the sums of the run of rows right after (a group row above its
    items) or right before them (a group total below) are group rows. The second is
    kept only when it makes the maxima add up to the sheet's maximum (100, or the
    stated one) and the first does not: the sheet's own arithmetic decides.
    """
    target = stated_max or HUNDRED_POINTS
    if sum((i.maximum for i in indicators), Decimal(0)) == target:
        return indicators
    group_rows: set[int] = set()
    n = len(indicators)
    for k, row in enumerate(indicators):
        if row.awarded is None:
            continue
        for run in (indicators[k + 1 :], list(reversed(indicators[:k]))):
            maxima = awarded = Decimal(0)
            for count, item in enumerate(run, start=1):
                if item.awarded is None:
                    break
                maxima += item.maximum
                awarded += item.awarded
                if count >= 2 and maxima == row.maximum and awarded == row.awarded:
                    group_rows.add(k)
                    break
                if maxima > row.maximum:
                    break
    kept = [i for k, i in enumerate(indicators) if k not in group_rows]
    if group_rows and len(kept) < n and sum((i.maximum for i in kept), Decimal(0)) == target:
        return kept
    return indicators


def _maximum_column(t: Table, score_col: int, candidates: list[int]) -> int | None:
    """The 分值 column that holds each scored row's own maximum.

    A sheet may have two (``一级指标 | 分值 | 二级指标 | 分值 | 得分``): the group's
    maximum, written once per group, and each row's. The row maxima are the column
    with a value of its own on every scored row, no score above it, and (the sheet's
    own arithmetic) a sum equal to 100; on a tie the rightmost, the deepest level.
    """
    if len(candidates) < 2:
        return candidates[0] if candidates else None

    def fit(c: int) -> tuple[int, int, bool, int]:
        covered = exceeded = 0
        total = Decimal(0)
        for r in range(t.header_rows, t.n_rows):
            score, cell = t.grid[r][score_col].text, t.grid[r][c]
            if _SHEET_TOTAL_ROW.match(t.grid[r][0].text) or not is_numeric_text(score):
                continue
            if cell.row == r and is_numeric_text(cell.text):
                covered += 1
                value = Decimal(_number(cell.text))
                total += value
                exceeded += Decimal(_number(score)) > value
        return covered, -exceeded, total == HUNDRED_POINTS, c

    return max(candidates, key=fit)


_SHEET_RULE_CUE = _cue("sheet_rule_cue")


_SHEET_WIDE_CUE = _cue("sheet_wide_cue")


def _sheet_rule(doc: Document, sheet: ScoreSheet) -> tuple[ScoringRule, str, Location] | None:
    """A scoring method stated once for a whole score table, and where.

    Read from a note or caption within three blocks of the table (``注：完成目标得满分，
    未完成按完成比例得分``), a row spanning the whole table, or a header cell
    (``得分（完成目标得满分，未完成按完成比例得分）``). The text must say it covers
    every row (``各项指标``, ``其他指标``, ``完成目标得满分``) or be a pro-rata method
    naming no indicator of the table: a rule naming one indicator is that indicator's.
    """
    if sheet.table is None:
        return None
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None:
        return None
    candidates: list[tuple[str, Location]] = []
    for r in range(table.n_rows):
        distinct = list(dict.fromkeys(id(c) for c in table.grid[r]))
        for c in dict.fromkeys(table.grid[r]):
            if r < table.header_rows or len(distinct) == 1:
                candidates.append((c.text, c.location))
    near = doc.blocks[max(0, table.index - 3) : table.index + 4]
    candidates += [(b.text, b.location) for b in near if isinstance(b, Paragraph)]
    if table.caption:
        candidates.append((table.caption, table.location))
    names = [i.name for i in sheet.indicators if len(i.name) >= 3]
    for text, loc in candidates:
        if not _SHEET_RULE_CUE.search(text):
            continue
        rule = parse_rule(text)
        if rule.empty:
            continue
        # ``预算执行率≥95%得满分`` near the table scores one indicator, not every row.
        if _SHEET_WIDE_CUE.search(text) or (
            rule.proportional and not any(name in text for name in names)
        ):
            return rule, text, loc
    return None


def _with_sheet_rule(doc: Document, sheet: ScoreSheet) -> ScoreSheet:
    """Apply a table-wide scoring method, and give pro-rata rows their completion ratio.

    The table's method goes to every row without a rule of its own. A row's rate is its own (a ``实际完成值`` percentage) or, for a pro-rata rule (the
    row's own or the table's), the ratio of its actual value to a higher-is-better
    target in the same unit; a percent target other than 100 % under a pro-rata rule is
    left alone (完成比例 could be the rate or its ratio to the target), and a row whose
    ratio cannot be read keeps no rate, so nothing is recomputed for it.
    """
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None:
        return sheet
    found = _sheet_rule(doc, sheet)
    rows = {
        i.awarded_location.row - 1: i.name
        for i in sheet.indicators
        if i.awarded_location is not None and i.awarded_location.row is not None
    }
    by_row = {t.row: t for t in row_targets(table, list(rows.items()))}
    indicators: list[Indicator] = []
    for ind in sheet.indicators:
        row = (
            ind.awarded_location.row - 1
            if ind.awarded_location is not None and ind.awarded_location.row is not None
            else None
        )
        target = by_row.get(row) if row is not None else None
        rule, text = (ind.rule, ind.rule_quote) if ind.rule is not None else (None, "")
        if rule is None and found is not None:
            rule, text = found[0], found[1]
        if rule is None or (ind.rule is not None and not rule.proportional):
            indicators.append(ind)
            continue
        if (
            rule.proportional
            and target
            and target.target
            and target.target.unit == "%"
            and target.target.value != 100
        ):
            indicators.append(ind)  # 按完成比例: the rate itself or its ratio to the target
            continue
        if ind.rate is None and rule.proportional and target and target.target and target.actual:
            rate = completion_rate(target.target, target.actual)
            if rate is not None:
                ind = replace(
                    ind,
                    rate=rate.quantize(Decimal("0.01")),
                    rate_quote=f"{ind.name} | {target.target.text} | {target.actual.text}",
                    rate_location=target.actual.location,
                )
        indicators.append(replace(ind, rule=rule, rule_quote=text))
    return replace(sheet, indicators=tuple(indicators))


def indicator_targets(doc: Document, sheet: ScoreSheet) -> list[tuple[Indicator, RowTarget]]:
    """Each table-sheet indicator with its row's target, actual value and reason."""
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None:
        return []
    by_row = {
        i.awarded_location.row - 1: i
        for i in sheet.indicators
        if i.awarded_location is not None and i.awarded_location.row is not None
    }
    found = row_targets(table, [(r, i.name) for r, i in by_row.items()])
    return [(by_row[t.row], t) for t in found]


def _restated_header(row: Sequence[Cell]) -> tuple[int, int | None] | None:
    """Score and maximum columns of a row that repeats the header, else None."""
    score = [c for c, cell in enumerate(row) if _SCORE_HEADER.match(cell.text)]
    if not score or any(is_numeric_text(cell.text) for cell in row):
        return None
    maxima = [c for c, cell in enumerate(row) if _MAX_HEADER.match(cell.text)]
    return score[0], (maxima[0] if maxima else None)


def _number(text: str) -> str:
    m = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
    return m.group(0) if m else text


_NAME_HEADER = _table_cue("name_header")
_NOT_NAME_HEADER = _table_cue("not_name_header")


_RULE_HEADER = _table_cue("rule_header")
_ACTUAL_HEADER = _table_cue("actual_header")


@dataclass(frozen=True, slots=True)
class _Columns:
    """What the columns of a score table hold, from its header."""

    name: int | None
    not_names: frozenset[int]
    rule: int | None = None
    actual: int | None = None


def _column_roles(header_rows: Sequence[Sequence[Cell]], n_cols: int) -> _Columns:
    """The name, rule and actual-value columns of a score table.

    The name is the deepest ``…指标`` / ``项目`` column (``三级指标`` right of ``一级指标``);
    target, actual-value and reason columns (``指标值``, ``实际完成值``, ``扣分原因``)
    never name a row, whatever they contain. A ``评分标准`` column holds each row's
    rule and a ``实际完成值`` column its rate.
    """
    heads = [
        "".join(dict.fromkeys(row[c].text for row in header_rows if c < len(row)))
        for c in range(n_cols)
    ]
    not_names = frozenset(c for c, h in enumerate(heads) if _NOT_NAME_HEADER.search(h))
    names = [c for c, h in enumerate(heads) if _NAME_HEADER.search(h) and c not in not_names]
    rules = [c for c, h in enumerate(heads) if _RULE_HEADER.search(h)]
    actuals = [c for c, h in enumerate(heads) if _ACTUAL_HEADER.search(h)]
    return _Columns(
        names[-1] if names else None,
        not_names,
        rules[0] if rules else None,
        actuals[0] if actuals else None,
    )


_PERCENT_CELL = _cue("percent_cell")


def _row_rule_and_rate(
    row: Sequence[Cell], columns: _Columns
) -> tuple[ScoringRule | None, Decimal | None, int, Cell | None]:
    """A score-table row's own rule (``评分标准`` cell) and rate (``实际完成值`` cell)."""
    rule = None
    if columns.rule is not None and row[columns.rule].text:
        parsed = parse_rule(row[columns.rule].text)
        rule = None if parsed.empty else parsed
    if columns.actual is not None:
        cell = row[columns.actual]
        m = _PERCENT_CELL.fullmatch(cell.text)
        if m:
            decimals = len(m.group("v").partition(".")[2])
            return rule, Decimal(m.group("v")), decimals, cell
    return rule, None, 2, None


def _row_labels(
    row: Sequence[object], score_col: int, max_col: int | None, skip: frozenset[int] = frozenset()
) -> list[str]:
    labels: list[str] = []
    seen: set[int] = set()
    for c, cell in enumerate(row):
        if c in (score_col, max_col) or c in skip or id(cell) in seen:
            continue
        seen.add(id(cell))
        text = getattr(cell, "text", "")
        if (
            text
            and not is_numeric_text(text)
            and (len(text) <= 16 or (_MAX_IN_LABEL.search(text) and len(text) <= 30))
        ):
            labels.append(text)
    return labels


def _row_max(labels: list[str], row: Sequence[object], max_col: int | None) -> Decimal | None:
    if max_col is not None:
        text = getattr(row[max_col], "text", "")
        if is_numeric_text(text):
            return Decimal(_number(text))
    for text in reversed(labels):
        m = _MAX_IN_LABEL.search(text)
        if m:
            return Decimal(m.group("max") or m.group("max2"))
    return None
