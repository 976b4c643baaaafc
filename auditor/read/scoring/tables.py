"""Table score sheets: a score column (评分/得分) whose rows name their maximum.

Maxima from a 分值 column or the label (``自评通知(8分)``); a 合计 row and a grade row;
sheets printed as side-by-side blocks; group rows told from indicators by arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from auditor.model import Cell, Location, Table
from auditor.read.scoring.funds import RowRate, block_rates, row_rates
from auditor.read.scoring.rules import (
    GRADE_WORDS,
    GradeBand,
    ScoringRule,
    normalise_grade,
    own_rule,
    parse_grade_bands,
    parse_rule,
)
from auditor.read.scoring.sheet import (
    HUNDRED_POINTS,
    Indicator,
    RowRatio,
    ScoreSheet,
    StatedValue,
    Subtotal,
    cell_number,
    cue,
    table_cue,
)
from auditor.read.scoring.stated import band_quote
from auditor.read.scoring.targets import bare_number, header_unit
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text

_MAX_IN_LABEL = cue("max_in_label")
_SCORE_HEADER = table_cue("score_header")
_MAX_HEADER = table_cue("max_header")


_GRADE_AFTER_SCORE = re.compile(rf"(?:^|\s)(?P<g>{GRADE_WORDS})$")
_GRADE_CELL = re.compile(
    rf"(?:(?:评价|评定|自评)?(?:等级|等次|结果)\s*[:：为]?\s*)?[“\"]?(?P<g>{GRADE_WORDS})[”\"]?"
)


def is_points_header(header: str) -> bool:
    """Whether a column header names points (``分值``, ``得分``), not amounts."""
    return bool(_SCORE_HEADER.match(header) or _MAX_HEADER.match(header))


def table_sheet(t: Table) -> ScoreSheet | None:
    """A score sheet, one laid out sideways, or one in side-by-side blocks (A and B columns)."""
    sideways = transposed(t)
    if sideways is not None:
        turned = _one_table_sheet(sideways)
        if turned is not None and _holds(turned, _upright_sheet(t)):
            return turned
    return _upright_sheet(t)


def transposed(t: Table) -> Table | None:
    """The table turned over, when it is a score sheet laid out sideways.

    Indicators as columns and the rows labelled ``分值`` and ``得分`` in the first
    column, mostly numbers across (``项目 | 预算编制 | … | 合计`` / ``分值 | 10 | … | 100``
    / ``得分 | 10 | … | 94.5``). The cells keep their places in the report; only the
    grid is turned, with the first column as the header row.
    """
    if t.n_rows < 2 or t.n_cols < 3:
        return None
    labels = [t.grid[r][0].text.strip() for r in range(t.n_rows)]
    score_rows = [r for r, text in enumerate(labels) if _SCORE_HEADER.match(text)]
    max_rows = [r for r, text in enumerate(labels) if _MAX_HEADER.match(text)]
    if len(score_rows) != 1 or len(max_rows) != 1:
        return None
    for r in (score_rows[0], max_rows[0]):
        values = [c for c in range(1, t.n_cols) if t.grid[r][c].col == c]
        numeric = [c for c in values if is_numeric_text(t.grid[r][c].text)]
        if len(numeric) < 2 or len(numeric) * 2 < len(values):
            return None
    grid = tuple(tuple(_turned(t.grid[r][c]) for r in range(t.n_rows)) for c in range(t.n_cols))
    return replace(t, grid=grid, header_rows=1)


def _turned(cell: Cell) -> Cell:
    return replace(cell, row=cell.col, col=cell.row, rowspan=cell.colspan, colspan=cell.rowspan)


def _holds(turned: ScoreSheet, upright: ScoreSheet | None) -> bool:
    """Whether the sideways reading of a table wins over the upright one.

    It must read indicators; it wins when the upright reading has none, reads fewer,
    or has maxima further from the full 100 points (the structure the document's own
    arithmetic holds wins).
    """
    if not turned.indicators:
        return False
    if upright is None or not upright.indicators:
        return True
    total = sum((i.maximum for i in turned.indicators), Decimal(0))
    upright_total = sum((i.maximum for i in upright.indicators), Decimal(0))
    return abs(total - HUNDRED_POINTS) < abs(upright_total - HUNDRED_POINTS) or len(
        turned.indicators
    ) > len(upright.indicators)


def _upright_sheet(t: Table) -> ScoreSheet | None:
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
                    cell_number(row[c].text),
                    row[c].location,
                    f"{row[0].text} | {row[c].text}",
                    t.index,
                )


def scored_rows(t: Table) -> tuple[Indicator, ...]:
    """Rows with both a maximum and a score in a table that is no sheet of its own.

    The 10号 form scores 预算执行率 in its funds table (``年度资金总额 | … | 分值 10 |
    执行率 | 得分 9.6``); such a row may be the 合计 row. Rows whose score or maximum
    cell is not a number (``—`` under ``其中：``) are not scored.
    """
    upright = _upright_scored_rows(t)
    if upright:
        return upright
    turned = _turned_block(t)
    return _upright_scored_rows(turned) if turned is not None else ()


def _turned_block(t: Table) -> Table | None:
    """A funds block laid out sideways, turned upright.

    The Ministry of Finance form writes its 资金 block with the amounts as columns
    (``年度资金总额 | 其中：财政拨款 | 其他资金``) and ``分值``, ``执行率`` and ``得分`` as
    rows, often with one number across merged cells: one row ``分值`` and one ``得分`` in
    the first column are enough (a sheet laid out sideways needs more, ``transposed``).
    """
    if t.n_rows < 3 or t.n_cols < 2:
        return None
    labels = [t.grid[r][0].text.strip() for r in range(t.n_rows)]
    if sum(bool(_SCORE_HEADER.match(x)) for x in labels) != 1:
        return None
    if sum(bool(_MAX_HEADER.match(x)) for x in labels) != 1:
        return None
    grid = tuple(tuple(_turned(t.grid[r][c]) for r in range(t.n_rows)) for c in range(t.n_cols))
    return replace(t, grid=grid, header_rows=1)


def _upright_scored_rows(t: Table) -> tuple[Indicator, ...]:
    """Scored rows of a table read upright (its header row names 分值 and 得分)."""
    if not t.header_rows:
        return ()
    head = t.grid[t.header_rows - 1]
    scores = [c for c in range(t.n_cols) if head[c].col == c and _SCORE_HEADER.match(head[c].text)]
    maxima = [c for c in range(t.n_cols) if head[c].col == c and _MAX_HEADER.match(head[c].text)]
    if len(scores) != 1 or len(maxima) != 1:
        return ()
    score_col, max_col = scores[0], maxima[0]
    columns = _column_roles([t.grid[r] for r in range(t.header_rows)], t.n_cols)
    not_names = columns.not_names
    if all(not is_numeric_text(t.grid[r][0].text) for r in range(t.header_rows, t.n_rows)):
        # ``年度预算数（万元） | 年初预算数 | …`` over ``年度资金总额 | 462.00 | …``: the
        # corner names the amounts, its own column holds the rows' names
        not_names = not_names - {0}
    rates = row_rates(t)
    found: list[Indicator] = []
    for r in range(t.header_rows, t.n_rows):
        row = t.grid[r]
        score_cell, max_cell = row[score_col], row[max_col]
        if not (is_numeric_text(score_cell.text) and is_numeric_text(max_cell.text)):
            continue
        labels = _row_labels(row, score_col, max_col, not_names)
        if not labels:
            continue
        rate, ratio = rates.get(r, (None, None))
        row_points = _points_row(
            labels[0],
            Decimal(cell_number(max_cell.text)),
            max_cell,
            Decimal(cell_number(score_cell.text)),
            score_cell,
        )
        found.append(
            replace(
                row_points,
                rate=rate.value if rate else None,
                rate_quote=ratio.quote if ratio else "",
                rate_location=rate.cell.location if rate else None,
                rate_decimals=rate.decimals if rate else 2,
                row_ratio=ratio,
            )
        )
    return tuple(found)


def _parent_header(t: Table, r: int, c: int) -> bool:
    """Whether a header cell only spans columns the row below names.

    ``评分`` over ``分值 | 得分``: the columns are its children's, the parent names none.
    """
    cell = t.grid[r][c]
    if cell.colspan < 2:
        return False
    below = range(r + cell.rowspan, t.header_rows)
    return any(
        _SCORE_HEADER.match(t.grid[r2][c2].text) or _MAX_HEADER.match(t.grid[r2][c2].text)
        for r2 in below
        for c2 in range(cell.col, min(cell.col + cell.colspan, t.n_cols))
    )


def _one_table_sheet(t: Table) -> ScoreSheet | None:
    """A table with a score column and per-row maxima, read as a score sheet.

    A 10号 form may state its total in its first row (``部门名称 | … | 自评得分 | 99.72``),
    so no row above the data reads as a header; its header rows come later (``… | 分值 |
    执行率 | 得分``, then ``一级指标 | … | 分值 | 得分``). That first row is then read as the
    form's head, and the rows after it by the header they repeat.
    """
    head_only = t.header_rows <= 1 and any(_restated_header(row) for row in t.grid[1:])
    if head_only and t.header_rows == 1:
        # A form head the reader took for the header (``部门名称：…`` over the funds row
        # ``年初预算（万元） | 1,126.40 | …``) names no column: the header comes later.
        head_only = not any(_SCORE_HEADER.match(c.text) for c in t.grid[0])
    if head_only:
        t = replace(t, header_rows=1)
    header_texts = [t.grid[r][c].text for r in range(t.header_rows) for c in range(t.n_cols)]
    score_col = next(
        (
            c
            for c in range(t.n_cols)
            for r in range(t.header_rows)
            if _SCORE_HEADER.match(t.grid[r][c].text) and not _parent_header(t, r, c)
        ),
        None,
    )
    if head_only:
        # The form's head names no columns (``自评总分`` is its total): the first
        # repeated header does, and every later one moves them again.
        score_col = next(h for row in t.grid[1:] if (h := _restated_header(row)))[0]
    if score_col is None or not header_texts:
        return None
    max_col = _maximum_column(
        t,
        score_col,
        [
            c
            for c in range(t.n_cols)
            if any(
                _MAX_HEADER.match(t.grid[r][c].text) and not _parent_header(t, r, c)
                for r in range(t.header_rows)
            )
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
    subtotal_rows: list[tuple[int, Decimal | None, Decimal, Cell, str]] = []
    bonuses: list[StatedValue] = []
    named_rows: list[tuple[int, Decimal, Decimal, Cell, str]] = []
    depths: list[int] = []
    misplaced: list[tuple[int, Sequence[Cell], str, Cell]] = []
    carried: dict[int, str] = {}
    restated_rows = [r for r in range(t.header_rows, t.n_rows) if _restated_header(t.grid[r])]
    first_end = restated_rows[0] if restated_rows else t.n_rows
    funds: dict[int, tuple[RowRate, RowRatio]] = (
        block_rates(t, t.header_rows - 1, first_end) if restated_rows else {}
    )
    for r in range(t.n_rows):
        row = t.grid[r]
        labelled = _labelled_points(row)
        if labelled is not None:
            indicators.append(labelled)
            depths.append(-1)  # a row of its own: no class row, no class's item
            continue
        if r < t.header_rows:
            continue
        restated = _restated_header(row)
        if restated is not None:
            # A header again mid-table (财预10号 自评表: a 资金 block, then the indicator
            # block under ``一级指标 | … | 分值 | 得分``) moves the columns.
            score_col, max_col = restated
            columns = _column_roles([row], t.n_cols)
            carried.clear()
            # The 资金 block's rows write their 执行率 over their own amounts.
            end = next((n for n in restated_rows if n > r), t.n_rows)
            funds = block_rates(t, r, end)
            continue
        labels = _row_labels(row, score_col, max_col, columns.not_names) or _named_above(
            t, r, restated_rows
        )
        score_cell = row[score_col]
        if (
            score_cell.row < r
            and (max_col is None or row[max_col].row < r)
            and r - 1 >= t.header_rows
            and t.grid[r - 1][score_col] is not None
            and t.grid[r - 1][score_col].row == score_cell.row
        ):
            # ``年度资金总额 | … | 10 | 98.16% | 9.82`` over ``其中：当年财政拨款 | … | 98.13%``
            # whose 分值 and 得分 are the cells merged down from the row above: a sub-row of
            # that indicator, with no score of its own.
            continue
        head = labels[0] if labels else ""
        if any(_SUBTOTAL_ROW.search(label) for label in labels[:2]):
            # A group's 小计 restates its rows; it is not an indicator, but its sum is checked.
            if is_numeric_text(score_cell.text):
                max_text = row[max_col].text if max_col is not None else ""
                subtotal_rows.append(
                    (
                        len(indicators),
                        Decimal(cell_number(max_text)) if is_numeric_text(max_text) else None,
                        Decimal(cell_number(score_cell.text)),
                        score_cell,
                        f"{' '.join(labels)} | {score_cell.text}",
                    )
                )
            continue
        if _BONUS_ROW.match(head):
            # Bonus points on top of the indicators: the total is their sum plus these.
            if is_numeric_text(score_cell.text):
                bonuses.append(
                    StatedValue(
                        cell_number(score_cell.text),
                        score_cell.location,
                        f"{head} | {score_cell.text}",
                        t.index,
                    )
                )
            continue
        if _SHEET_TOTAL_ROW.match(head):
            if is_numeric_text(score_cell.text):
                totals.append(
                    StatedValue(
                        cell_number(score_cell.text),
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
            grade_cell, grade_match = score_cell, _GRADE_AFTER_SCORE.search(score_cell.text)
            for cell in dict.fromkeys(row):
                if grade_match is None and cell is not score_cell:
                    grade_cell, grade_match = cell, _GRADE_CELL.fullmatch(cell.text.strip())
            if grade_match:  # ``总分 | 100 | 96 | 等级：良``, ``96 良``
                grades.append(
                    StatedValue(
                        normalise_grade(grade_match.group("g")),
                        grade_cell.location,
                        f"{' '.join(labels)} | {grade_cell.text}",
                        t.index,
                    )
                )
            if not bands:
                parsed = parse_grade_bands(grade_text)
                if parsed:
                    bands, bands_quote = parsed, band_quote(grade_text)
            continue
        if _NAMED_TOTAL_ROW.match(head):
            # A part's total: never an indicator; its items are found below.
            max_text = row[max_col].text if max_col is not None else ""
            if is_numeric_text(score_cell.text) and is_numeric_text(max_text):
                named_rows.append(
                    (
                        len(indicators),
                        Decimal(cell_number(max_text)),
                        Decimal(cell_number(score_cell.text)),
                        score_cell,
                        f"{' '.join(labels)} | {score_cell.text}",
                    )
                )
            continue
        if _SHEET_GRADE_ROW.match(row[0].text.strip()):
            grade = _grade_row(row)
            if grade is not None:
                grades.append(replace(grade, block=t.index))
            continue
        if not labels or not is_numeric_text(score_cell.text):
            continue
        if max_col is not None and _PERCENT_CELL.fullmatch(row[max_col].text):
            # A rate under 分值 (the funds row under the indicators' header): its own
            # maximum is in another column, found by the sheet's arithmetic below.
            misplaced.append((len(indicators), row, labels[0], score_cell))
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
        path = _row_path(row, columns.name, carried, labels, label)
        # With no 评分标准 column, a long cell may be the row's rule; the row's own
        # figures (``860,000.00``, the funds row's budgets) and its actual value
        # (``12月20日前发放``) are no scoring standard.
        rule_text = (
            row[columns.rule].text
            if columns.rule is not None
            else " ".join(
                c.text
                for n, c in enumerate(row)
                if c.text not in labels
                and c is not score_cell
                and len(c.text) > 8
                and not is_numeric_text(c.text)
                and not ((n in columns.reasons or n == columns.actual) and parse_rule(c.text).empty)
            )
        )
        rule, rate, rate_decimals, rate_cell, own_ratio = _row_rule_and_rate(row, columns)
        deducted, deducted_quote, deducted_at = _row_deduction(row, columns, labels)
        written, ratio = funds.get(r, (None, None))
        if rate is None and written is not None:
            rate, rate_decimals, rate_cell = written.value, written.decimals, written.cell
        if own_ratio is not None:
            written, ratio = None, None
        indicators.append(
            Indicator(
                name=name,
                maximum=maximum,
                awarded=Decimal(cell_number(score_cell.text)),
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
                row_ratio=(
                    ratio if written is not None and rate_cell is written.cell else own_ratio
                ),
                path=path,
                deducted=deducted,
                deducted_quote=deducted_quote,
                deducted_location=deducted_at,
            )
        )
        depths.append(len(labels))
    placed = _misplaced_row(indicators, misplaced, totals, stated_max)
    if placed is not None:
        at, row_read = placed
        indicators.insert(at, row_read)
        depths.insert(at, -1)
        subtotal_rows = [(n + (n >= at), m, a, c, q) for n, m, a, c, q in subtotal_rows]
        named_rows = [(n + (n >= at), m, a, c, q) for n, m, a, c, q in named_rows]
    read = indicators
    subtotals: list[Subtotal] = []
    on_top = _class_rows_on_top(indicators, depths, stated_max)
    if on_top:
        subtotals.extend(on_top)
        heads = [s.head for s in on_top]
        indicators = [i for i in indicators if not any(i is h for h in heads)]
    else:
        indicators = _without_group_rows(indicators, stated_max)
    if len(indicators) < 2:
        return None
    start = 0
    for end, maximum, awarded, cell, text in subtotal_rows:
        items = tuple(i for i in read[start:end] if i in indicators)
        start = end
        if items:
            subtotals.append(Subtotal(maximum, awarded, cell.location, text, items))
    for end, maximum, awarded, cell, text in named_rows:
        items = _named_total_items([i for i in read[:end] if i in indicators], maximum)
        if items:
            subtotals.append(Subtotal(maximum, awarded, cell.location, text, items))
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
        subtotals=tuple(subtotals),
        bonuses=tuple(bonuses),
    )


_SUBTOTAL_ROW = table_cue("subtotal")
_BONUS_ROW = table_cue("bonus_row")
_SHEET_TOTAL_ROW = table_cue("sheet_total_row")
_SHEET_GRADE_ROW = table_cue("sheet_grade_row")
_NAMED_TOTAL_ROW = table_cue("named_total_row")


def _named_total_items(above: list[Indicator], maximum: Decimal) -> tuple[Indicator, ...]:
    """The rows just above a part's total whose maxima make up its maximum.

    Walking up from the total, the first run whose maxima reach its own is its part
    (``绩效指标合计 90`` over every indicator row, ``产出指标合计 50`` over its group).
    When no run makes it, the row names no part the sheet shows: nothing is read.
    """
    total = Decimal(0)
    for k in range(len(above) - 1, -1, -1):
        total += above[k].maximum
        if total == maximum:
            return tuple(above[k:])
        if total > maximum:
            break
    return ()


def _grade_row(row: Sequence[Cell]) -> StatedValue | None:
    """The grade a sheet's own grade row states (``评价等级 | 优 | 优``), if one cell holds it."""
    for cell in row[1:]:
        m = _GRADE_CELL.fullmatch(cell.text.strip())
        if m:
            return StatedValue(
                normalise_grade(m.group("g")),
                cell.location,
                f"{row[0].text.strip()} | {cell.text.strip()}",
                0,
            )
    return None


_LABELLED_CELL = table_cue("labelled_cell")


def _misplaced_row(
    indicators: Sequence[Indicator],
    misplaced: Sequence[tuple[int, Sequence[Cell], str, Cell]],
    totals: Sequence[StatedValue],
    stated_max: Decimal | None,
) -> tuple[int, Indicator] | None:
    """The one row whose 分值 cell holds a rate, its maximum found by the sheet's sums.

    ``年度资金总额 | 1,250.00 | 1,229.10 | 10 | 98.33% | 9.83`` under ``一级指标 | … |
    分值 | 得分``: the funds row writes its figures in its own order. Its maximum is the
    one cell of the row that makes the maxima the full score, and its score must make
    the scores the stated total; any doubt (two such cells, no total) and it is not read.
    """
    if len(misplaced) != 1 or not totals:
        return None
    at, row, name, score_cell = misplaced[0]
    awarded = Decimal(cell_number(score_cell.text))
    need = (stated_max or HUNDRED_POINTS) - sum((i.maximum for i in indicators), Decimal(0))
    scores = sum((i.awarded or Decimal(0) for i in indicators), Decimal(0)) + awarded
    if need <= 0 or awarded > need or not any(Decimal(v.value) == scores for v in totals):
        return None
    fits = [
        cell
        for cell in dict.fromkeys(row)
        if cell is not score_cell
        and is_numeric_text(cell.text)
        and not _PERCENT_CELL.fullmatch(cell.text)
        and Decimal(cell_number(cell.text)) == need
    ]
    if len(fits) != 1:
        return None
    return at, _points_row(name, need, fits[0], awarded, score_cell)


def _named_above(t: Table, r: int, restated_rows: Sequence[int]) -> list[str]:
    """The name of a row of figures only, from the first cell of the header right above.

    The 10号 form's funds row under a header row of its own (``年度资金总额（万元） |
    全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`` / ``| 1,250.00 | 1,229.10 | 10 |
    98.33% | 9.83``): the merged name cell, printed once, sits in the header row. Read
    only when the row's first cell is blank and the header's names no column
    (``一级指标``, ``项目`` name the rows below, not this one).
    """
    if r == 0 or t.grid[r][0].text.strip() or not (r == t.header_rows or r - 1 in restated_rows):
        return []
    text = t.grid[r - 1][0].text.strip()
    if not text or is_numeric_text(text) or _NAME_HEADER.search(text):
        return []
    return [text]


def _labelled_points(row: Sequence[Cell]) -> Indicator | None:
    """A row writing its maximum and score after their own header words, as a scored row.

    An 整体绩效目标自评表 may open with its funds row (``年度资金总额 | 全年预算 1,250.00 |
    全年执行 1,229.10 | 分值 10 | 执行率 98.33% | 得分 9.83``) above the indicator block's
    header: its points sit in other columns than the indicators', so its own cells'
    header words say which figure is its maximum and which its score (one of each,
    the row named by its first cell).
    """
    maxima: list[tuple[Decimal, Cell]] = []
    scores: list[tuple[Decimal, Cell]] = []
    for cell in dict.fromkeys(row):
        m = _LABELLED_CELL.fullmatch(cell.text.strip())
        if m is None:
            continue
        value = Decimal(cell_number(m.group("num")))
        if _SCORE_HEADER.match(m.group("label")):
            scores.append((value, cell))
        elif _MAX_HEADER.match(m.group("label")):
            maxima.append((value, cell))
    name = row[0].text.strip() if row else ""
    if len(maxima) != 1 or len(scores) != 1 or not name or _LABELLED_CELL.fullmatch(name):
        return None
    (maximum, max_cell), (awarded, score_cell) = maxima[0], scores[0]
    if is_numeric_text(name) or awarded > maximum:
        return None
    return _points_row(name, maximum, max_cell, awarded, score_cell)


def _points_row(
    name: str, maximum: Decimal, max_cell: Cell, awarded: Decimal, score_cell: Cell
) -> Indicator:
    """A table row's indicator: its maximum and score as the cells write them, no rule yet."""
    return Indicator(
        name=name,
        maximum=maximum,
        awarded=awarded,
        awarded_quote=f"{name} | {max_cell.text} | {score_cell.text}",
        awarded_location=score_cell.location,
        location=score_cell.location,
        rule=None,
        rule_quote="",
        rate=None,
        rate_quote="",
        rate_location=None,
        formula=None,
        section=None,
    )


def _class_rows_on_top(
    indicators: list[Indicator], depths: Sequence[int], stated_max: Decimal | None
) -> list[Subtotal]:
    """Class rows carrying their group's 分值/得分 above its items, as subtotals on top.

    ``决策 | | | 20 | 19`` then ``| 目标设定 | 绩效目标合理性 | 5 | 5`` …: a row naming
    fewer levels than the rows under it, its maximum the sum of theirs until the next
    such row, is the group's subtotal, not an indicator. Read only when the whole sheet
    is made of such groups (the first row one of them, two or more of them) and every
    group's maximum is its items' sum: the sheet's own arithmetic decides. Its score
    is then checked as the group's sum like a 小计 row's (a wrong one is reported there,
    not as a doubled total). A sheet whose rows already add up to the full score is
    read as it is.
    """
    target = stated_max or HUNDRED_POINTS
    if sum((i.maximum for i in indicators), Decimal(0)) == target or len(indicators) < 4:
        return []
    rows = [k for k, depth in enumerate(depths) if depth >= 0]  # labelled rows stand alone
    starts = [a for a, b in pairwise(rows) if depths[a] < depths[b]]
    if len(starts) < 2 or starts[0] != rows[0]:
        return []
    out: list[Subtotal] = []
    for k in starts:
        under = rows[rows.index(k) + 1 :]
        run = under[: next((n for n, j in enumerate(under) if j in starts), None)]
        head, items = indicators[k], [indicators[j] for j in run]
        if (
            not items
            or head.awarded is None
            or any(depths[j] <= depths[k] for j in run)
            or sum((i.maximum for i in items), Decimal(0)) != head.maximum
        ):
            return []
        quote = f"{head.name} | {head.maximum} | {head.awarded}"
        out.append(
            Subtotal(head.maximum, head.awarded, head.awarded_location or head.location,
                     quote, tuple(items), head=head)
        )  # fmt: skip
    return out


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
                value = Decimal(cell_number(cell.text))
                total += value
                exceeded += Decimal(cell_number(score)) > value
        return covered, -exceeded, total == HUNDRED_POINTS, c

    return max(candidates, key=fit)


def _restated_header(row: Sequence[Cell]) -> tuple[int, int | None] | None:
    """Score and maximum columns of a row that repeats the header, else None."""
    score = [c for c, cell in enumerate(row) if _SCORE_HEADER.match(cell.text)]
    if not score:
        return None
    maxima = [c for c, cell in enumerate(row) if _MAX_HEADER.match(cell.text)]
    if any(is_numeric_text(cell.text) for cell in row) and not (
        _named_figures(row) and all(_heads_column(row, c) for c in (score[0], *maxima[:1]))
    ):
        return None
    return score[0], (maxima[0] if maxima else None)


def _named_figures(row: Sequence[Cell]) -> bool:
    """Whether every figure in the row is named by the word cell right before it.

    ``全年预算数 | 1,938.60 | 全年执行数 | 1,876.55``: pairs of a name and its figure, as
    a form's head writes them; a total row (``自评得分 | | 100 | 101``) is no such row.
    """
    cells = list(dict.fromkeys(row))
    for i, cell in enumerate(cells):
        if not is_numeric_text(cell.text):
            continue
        name = cells[i - 1].text.strip() if i else ""
        if not name or is_numeric_text(name) or _SCORE_HEADER.match(name):
            return False
    return True


def _heads_column(row: Sequence[Cell], c: int) -> bool:
    """Whether a header word in a row that also holds figures heads the column below it.

    A funds row may pair names with figures (``全年预算数 | 1,938.60 | 全年执行数 |
    1,876.55``) and end in header words whose figures sit in the row below (``分值 |
    执行率 | 得分``); a form head's ``自评得分 | 99.72`` names the figure beside it instead.
    """
    word = row[c].text.strip()
    if len(word) > _HEADER_WORD_CHARS or re.search(r"[\d=＝×÷]", word):
        return False  # ``得分=分值×预算执行率``: a rule written in the row, not a header
    beside = row[c + 1] if c + 1 < len(row) else None
    return beside is None or beside is row[c] or not is_numeric_text(beside.text)


_HEADER_WORD_CHARS = 6
"""The longest header word read in a row that also holds figures (``自评得分``)."""


_NAME_HEADER = table_cue("name_header")
_NOT_NAME_HEADER = table_cue("not_name_header")


_RULE_HEADER = table_cue("rule_header")
_ACTUAL_HEADER = table_cue("actual_header")
_REASON_HEADER = table_cue("reason_header")
_STATED_DEDUCTION = table_cue("stated_deduction")
_DEDUCTION_HEADER = re.compile(
    "|".join(p.pattern for p in patterns("arithmetic", "deduction_header"))
)


def _row_deduction(
    row: Sequence[Cell], columns: _Columns, labels: Sequence[str]
) -> tuple[Decimal | None, str, Location | None]:
    """The points a score-table row says it lost: its ``扣分`` cell, else its reason's.

    ``扣分 | 2``, or a reason cell ``原计划12期，实际办10期，扣2分`` stating one deduction
    (a cell that reads as a scoring rule, ``每少1期扣1分``, states none).
    """
    name = " / ".join(labels)
    if columns.deduction is not None:
        cell = row[columns.deduction]
        if is_numeric_text(cell.text):
            return Decimal(cell_number(cell.text)), f"{name} | {cell.text}", cell.location
        return None, "", None
    for n in sorted(columns.reasons):
        cell = row[n]
        if not cell.text or not parse_rule(cell.text).empty:
            continue
        found = {Decimal(m.group("v")) for m in _STATED_DEDUCTION.finditer(cell.text)}
        if len(found) == 1:
            return found.pop(), f"{name} | {cell.text}", cell.location
    return None, "", None


@dataclass(frozen=True, slots=True)
class _Columns:
    """What the columns of a score table hold, from its header."""

    name: int | None
    not_names: frozenset[int]
    rule: int | None = None
    actual: int | None = None
    actual_unit: str = ""
    """The unit the actual column's header states for bare numbers (``（%）``)."""
    reasons: frozenset[int] = frozenset()
    """Columns of reasons and notes (``扣分原因``, ``偏差原因分析及改进措施``): what they
    quote explains a deduction; it is no rule of the row (unless it reads as one)."""
    deduction: int | None = None
    """The ``扣分`` column: points lost, never the score."""


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
        header_unit(heads[actuals[0]]) if actuals else "",
        frozenset(
            c
            for c, h in enumerate(heads)
            if _REASON_HEADER.search(h) and c not in rules and c not in actuals
        ),
        next((c for c, h in enumerate(heads) if _DEDUCTION_HEADER.match(h.strip())), None),
    )


_PERCENT_CELL = cue("percent_cell")
_PERCENT_WITH_OPERANDS = cue("percent_with_operands")
_PERMILLE_CELL = cue("permille_cell")


def _row_rule_and_rate(
    row: Sequence[Cell], columns: _Columns
) -> tuple[ScoringRule | None, Decimal | None, int, Cell | None, RowRatio | None]:
    """A score-table row's own rule (``评分标准`` cell) and rate (``实际完成值`` cell).

    A rate written with the count ratio it comes from (``97.0%（3,104/3,200）``) is the
    rate, and the ratio its operands (SC003 recomputes it); operands in two units
    (``3,104人/3,200次``) are no ratio of the rate.
    """
    rule = None
    if columns.rule is not None and row[columns.rule].text:
        parsed = own_rule(row[columns.rule].text)
        rule = None if parsed.empty else parsed
    if columns.actual is not None:
        cell = row[columns.actual]
        m = _PERCENT_CELL.fullmatch(cell.text)
        if m:
            decimals = len(m.group("v").partition(".")[2])
            return rule, Decimal(m.group("v")), decimals, cell, None
        m = _PERMILLE_CELL.fullmatch(cell.text)
        if m:  # ``0.82‰``: the rate in percent (0.082%), as rules in ‰ are read
            decimals = len(m.group("v").partition(".")[2]) + 1
            return rule, Decimal(m.group("v")) / 10, decimals, cell, None
        if columns.actual_unit == "%" and bare_number(cell.text):
            # ``实际完成值（%） | 96.03``: the header states the percent.
            value = cell.text.replace(",", "").strip()
            return rule, Decimal(value), len(value.partition(".")[2]), cell, None
        m = _PERCENT_WITH_OPERANDS.fullmatch(cell.text)
        if m:
            decimals = len(m.group("v").partition(".")[2])
            return rule, Decimal(m.group("v")), decimals, cell, _bracket_ratio(m, cell.text)
    return rule, None, 2, None, None


def _bracket_ratio(m: re.Match[str], quote: str) -> RowRatio | None:
    """The count ratio a rate cell states in brackets, when its operands share a unit."""
    if m.group("nu") != m.group("du"):
        return None
    numerator = Decimal(m.group("num").replace(",", ""))
    denominator = Decimal(m.group("den").replace(",", ""))
    if denominator <= 0 or numerator > denominator * 10:
        return None
    return RowRatio(
        numerator,
        m.group("nn") or "分子",
        denominator,
        m.group("dn") or "分母",
        quote,
    )


def _row_path(
    row: Sequence[Cell],
    name_col: int | None,
    carried: dict[int, str],
    labels: list[str],
    label: str,
) -> tuple[str, ...]:
    """A row's labels left of its name (一级, 二级指标), for methods scoped to a group.

    With a name column, each column left of it gives its text, or the text above it when
    blank (a merged group cell a PDF drew as separate cells); ``carried`` keeps those
    texts from row to row. Without one, the row's own labels before its name.
    """
    if name_col is None:
        above = labels[: labels.index(label)] if label in labels else labels[:-1]
        return tuple(_MAX_IN_LABEL.sub("", text).strip() for text in above)
    for c in range(min(name_col, len(row))):
        text = row[c].text.strip()
        if text and not is_numeric_text(text):
            carried[c] = _MAX_IN_LABEL.sub("", text).strip() or text
    return tuple(carried[c] for c in sorted(carried) if c < name_col)


def _row_labels(
    row: Sequence[object], score_col: int, max_col: int | None, skip: frozenset[int] = frozenset()
) -> list[str]:
    labels: list[str] = []
    seen: set[object] = set()
    for c, cell in enumerate(row):
        if c in (score_col, max_col) or c in skip or cell in seen:
            continue
        seen.add(cell)
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
            return Decimal(cell_number(text))
    for text in reversed(labels):
        m = _MAX_IN_LABEL.search(text)
        if m:
            return Decimal(m.group("max") or m.group("max2"))
    return None
