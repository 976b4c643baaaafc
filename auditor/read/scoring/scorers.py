"""Tables with one score column per scorer: two score sets, two sheets.

``分值 | 部门自评得分 | 主管部门审核得分`` with a ``合计`` row (or, laid out sideways, a
``自评得分`` row and a ``复核得分`` row under the ``分值`` row) scores the same indicators
twice: each column is its own sheet, its ``合计`` checked against its own items, and
the totals the text states for each (``自评得分96.55分，主管部门审核得分93.40分``) met
against their own column. The department's own column is the report's sheet; the
reviewer's is marked ``scorer="review"`` and carries no scoring rules (a reviewer's
deduction is not the department's rule applied). Header wording is in
``cues/tables.yaml`` (``self_score_header``, ``review_score_header``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from auditor.model import Cell, Document, Table
from auditor.read.scoring.sheet import ScoreSheet, table_cue
from auditor.read.scoring.stated import review_totals
from auditor.read.scoring.tables import table_sheet

REVIEW = "review"
_SELF = table_cue("self_score_header")
_REVIEWER = table_cue("review_score_header")
_SCORE = table_cue("score_header")
_SCORE_WORD = "得分"


def scorer_sheets(t: Table) -> tuple[ScoreSheet, ...]:
    """One sheet per scorer's column when the table has a self and a review score column."""
    views = _views(t)
    if views is None:
        sheet = table_sheet(t)
        return () if sheet is None else (sheet,)
    sheets: list[ScoreSheet] = []
    for scorer, label, view in views:
        sheet = table_sheet(view)
        if sheet is None:
            continue
        title = f"{sheet.title}（{label}）"
        if scorer == REVIEW:
            indicators = tuple(
                replace(i, rule=None, rule_quote="", rate=None, rate_quote="", formula=None)
                for i in sheet.indicators
            )
            sheet = replace(sheet, indicators=indicators, scorer=REVIEW)
        sheets.append(replace(sheet, title=title))
    if len(sheets) < 2 or len({len(s.indicators) for s in sheets}) != 1:
        sheet = table_sheet(t)  # the columns do not score the same rows: read as before
        return () if sheet is None else (sheet,)
    return tuple(sheets)


def _views(t: Table) -> list[tuple[str, str, Table]] | None:
    """The table seen with one scorer's score column (or row) as its only score, per scorer."""
    upright = _upright_columns(t)
    if upright is not None:
        return [(scorer, label, _upright_view(t, keep, upright)) for scorer, label, keep in upright]
    sideways = _sideways_rows(t)
    if sideways is not None:
        return [
            (scorer, label, _sideways_view(t, keep, sideways)) for scorer, label, keep in sideways
        ]
    return None


def _scorer(text: str, under_score: bool) -> str | None:
    """``self`` or ``review`` for a header naming who scored, else None."""
    text = text.strip()
    for name, cue in (("self", _SELF), (REVIEW, _REVIEWER)):
        if cue.match(text) and ("分" in text or under_score):
            return name
    return None


def _one_each(found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]] | None:
    scorers = [s for s, _, _ in found]
    if sorted(scorers) != [REVIEW, "self"]:
        return None
    return sorted(found, key=lambda f: f[0] == REVIEW)  # the department's own first


def _upright_columns(t: Table) -> list[tuple[str, str, int]] | None:
    if not t.header_rows:
        return None
    last = t.header_rows - 1
    found: list[tuple[str, str, int]] = []
    for c in range(t.n_cols):
        cell = t.grid[last][c]
        if cell.col != c:
            continue
        above = any(
            _SCORE.match(t.grid[r][c].text.strip()) and t.grid[r][c] is not cell
            for r in range(last)
        )
        scorer = _scorer(cell.text, above)
        if scorer is not None:
            found.append((scorer, cell.text.strip(), c))
    return _one_each(found)


def _upright_view(t: Table, keep: int, columns: list[tuple[str, str, int]]) -> Table:
    """Header cells of the other scorer's column blanked, the kept one headed ``得分``."""
    others = {c for _, _, c in columns}
    grid = []
    for r, row in enumerate(t.grid):
        if r >= t.header_rows:
            grid.append(row)
            continue
        cells: list[Cell] = []
        for c, cell in enumerate(row):
            if c not in others:
                cells.append(cell)
            elif c == keep and r == t.header_rows - 1:
                cells.append(replace(cell, text=_SCORE_WORD))
            else:
                cells.append(replace(cell, text=""))
        grid.append(tuple(cells))
    return replace(t, grid=tuple(grid))


def _sideways_rows(t: Table) -> list[tuple[str, str, int]] | None:
    found: list[tuple[str, str, int]] = []
    for r in range(t.n_rows):
        text = t.grid[r][0].text
        scorer = _scorer(text, False)
        if scorer is not None:
            found.append((scorer, text.strip(), r))
    return _one_each(found)


def _sideways_view(t: Table, keep: int, rows: list[tuple[str, str, int]]) -> Table:
    """The other scorer's row label blanked, the kept one labelled ``得分``."""
    others = {r for _, _, r in rows}
    grid = []
    for r, row in enumerate(t.grid):
        if r not in others:
            grid.append(row)
            continue
        text = _SCORE_WORD if r == keep else ""
        grid.append((replace(row[0], text=text), *row[1:]))
    return replace(t, grid=tuple(grid))


def with_review_totals(doc: Document, sheets: Sequence[ScoreSheet]) -> list[ScoreSheet]:
    """The reviewer's sheet with the reviewer's totals the text states.

    Only when exactly one sheet is a reviewer's column: the text's ``审核得分93.40分`` is
    then that column's total. With none, such a sentence is no sheet's total.
    """
    reviewed = [s for s in sheets if s.scorer == REVIEW]
    if len(reviewed) != 1:
        return list(sheets)
    (sheet,) = reviewed
    tables: set[int | None] = {n for s in sheets for n in s.table_numbers}
    stated = tuple(review_totals(doc, tables))
    return [replace(s, totals=s.totals + stated) if s is sheet else s for s in sheets]
