"""One score sheet printed in pieces: consecutive tables that score it together.

A report may score itself in two or three tables one after the other
(``表5 决策和过程指标评分`` then ``表6 履职效益指标评分``), upright or laid out
sideways, and state the total in its text (``满分100分，…自评得分97分``). Each piece
alone makes neither the full score nor the stated total; together they do. The
document's own arithmetic decides: consecutive score tables of the same shape, with
nothing but a caption or a short line between them, whose maxima make up the full
score (the stated one, or 100) or whose scores make up a total the report states —
taken together and not one alone — are one sheet. When the union makes neither
identity hold, or two ways of joining the same table would, the tables stay as read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise

from auditor.model import Document, Paragraph, Table
from auditor.read.scoring.sheet import HUNDRED_POINTS, ScoreSheet, StatedValue, table_cue
from auditor.read.scoring.tables import transposed

_TOLERANCE = Decimal("0.005")
_MAX_PIECES = 3
_GAP_PARAGRAPHS = 2
"""Paragraphs allowed between two pieces (a caption, a unit line)."""
_GAP_LENGTH = 40
"""Characters of such a paragraph: a caption or a short line, not prose."""
_SCORE_LABEL = table_cue("score_header")
_MAX_LABEL = table_cue("max_header")
_CONTINUED = table_cue("continued_table")


def with_pieces(
    doc: Document, sheets: Sequence[ScoreSheet], stated: Sequence[StatedValue]
) -> list[ScoreSheet]:
    """Table sheets with each sheet printed in pieces joined into one.

    ``stated`` are the totals the text states (its own ``自评得分97分``); each piece's
    own total rows count too.
    """
    tables = {t.number: t for t in doc.tables}
    place = {n: tables[s.table].index for n, s in enumerate(sheets) if s.table in tables}
    # Positions in ``sheets``, in the document's order of their tables.
    ordered = sorted((n for n in place if _piece_like(sheets[n])), key=place.__getitem__)
    # A total naming one table (``附表1各指标得分合计``) is that table's sum, no identity
    # of the whole sheet.
    text_totals = {Decimal(v.value) for v in stated if not v.of_table}
    totals = text_totals | {Decimal(v.value) for n in ordered for v in sheets[n].totals}
    runs: list[tuple[int, ...]] = []
    for start in range(len(ordered)):
        for size in range(2, _MAX_PIECES + 1):
            run = tuple(ordered[start : start + size])
            pieces = [sheets[n] for n in run]
            if len(run) < size or not _adjacent(
                doc, tables, pieces, _both_hold(pieces, text_totals)
            ):
                break
            if _holds_together(pieces, totals) or _captioned_continued(tables, pieces):
                runs.append(run)
    unions: dict[int, ScoreSheet] = {}
    dropped: set[int] = set()
    for run in runs:
        if any(other != run and set(other) & set(run) for other in runs):
            continue  # two ways of joining one table: the reading abstains
        unions[run[0]] = _union([sheets[n] for n in run])
        dropped.update(run[1:])
    return [unions.get(n, s) for n, s in enumerate(sheets) if n not in dropped]


def _piece_like(sheet: ScoreSheet) -> bool:
    return (
        sheet.kind == "table"
        and not sheet.partial
        and not sheet.joined
        and not sheet.group
        and not sheet.scorer
    )


def _maxima(sheet: ScoreSheet) -> Decimal:
    return sum((i.maximum for i in sheet.indicators), Decimal(0))


def _scores(sheet: ScoreSheet) -> Decimal | None:
    if any(i.awarded is None for i in sheet.indicators):
        return None
    return sum((i.awarded for i in sheet.indicators if i.awarded is not None), Decimal(0))


def _full(run: Sequence[ScoreSheet]) -> Decimal:
    stated = {s.stated_maximum for s in run if s.stated_maximum is not None}
    return next(iter(stated)) if len(stated) == 1 else HUNDRED_POINTS


def _makes(maxima: Decimal, scores: Decimal | None, full: Decimal, totals: set[Decimal]) -> bool:
    """Whether maxima make up the full score or scores a stated total."""
    if abs(maxima - full) <= _TOLERANCE:
        return True
    return scores is not None and any(abs(scores - t) <= _TOLERANCE for t in totals)


def _holds_together(run: Sequence[ScoreSheet], totals: set[Decimal]) -> bool:
    """The pieces make the sheet's identity together, none of them alone."""
    full = _full(run)
    if any(_makes(_maxima(s), _scores(s), full, totals) for s in run):
        return False
    scores = [_scores(s) for s in run]
    together = (
        None
        if any(s is None for s in scores)
        else sum((s for s in scores if s is not None), Decimal(0))
    )
    maxima = sum((_maxima(s) for s in run), Decimal(0))
    return _makes(maxima, together, full, totals)


def _both_hold(run: Sequence[ScoreSheet], text_totals: set[Decimal]) -> bool:
    """The pieces' maxima make the full score exactly, and the text states a total.

    Then pieces of different shapes join (附表1 upright, 附表2 sideways with its 分值/得分
    rows): maxima that add up to the full score only together are hardly a coincidence,
    and the stated total is what their scores are then checked against (SC005).
    """
    maxima = sum((_maxima(s) for s in run), Decimal(0))
    return bool(text_totals) and abs(maxima - _full(run)) <= _TOLERANCE


def _adjacent(
    doc: Document, tables: dict[int, Table], run: Sequence[ScoreSheet], any_shape: bool = False
) -> bool:
    """Each piece follows the one before it, with the same shape, nothing but a caption between.

    ``any_shape``: the pieces' sums hold both identities, so their shapes may differ.
    """
    shapes = {_shape(tables[s.table]) for s in run if s.table is not None}
    if len(shapes) != 1 and not any_shape and not _captioned_continued(tables, run):
        return False
    for before, after in pairwise(run):
        if before.table is None or after.table is None:
            return False
        start, end = tables[before.table].index, tables[after.table].index
        if end <= start:
            return False
        between = doc.blocks[start + 1 : end]
        if len(between) > _GAP_PARAGRAPHS or not all(
            isinstance(b, Paragraph) and len(b.text.strip()) <= _GAP_LENGTH for b in between
        ):
            return False
    return True


def _captioned_continued(tables: dict[int, Table], run: Sequence[ScoreSheet]) -> bool:
    """Whether every piece after the first is captioned as going on (``附表（续）``, ``续表``).

    The caption says it is one table printed in parts, whatever header each part repeats
    and whether or not the parts' sums make a stated identity (a funds table may complete
    it).
    """
    return all(
        s.table is not None and _CONTINUED.search(tables[s.table].caption or "") for s in run[1:]
    )


def _shape(t: Table) -> tuple[bool, tuple[str, ...]]:
    """Sideways or upright, and the labels of the score and maximum rows or columns."""
    sideways = transposed(t) is not None
    if sideways:
        labels = [t.grid[r][0].text.strip() for r in range(t.n_rows)]
    else:
        last = t.grid[t.header_rows - 1] if t.header_rows else ()
        labels = [c.text.strip() for c in last]
    return sideways, tuple(x for x in labels if _SCORE_LABEL.match(x) or _MAX_LABEL.match(x))


def _union(run: Sequence[ScoreSheet]) -> ScoreSheet:
    """The pieces as one sheet: the first piece's place, every piece's rows and statements."""
    first = run[0]
    return replace(
        first,
        title="与".join(s.title for s in run),
        indicators=tuple(i for s in run for i in s.indicators),
        totals=tuple(v for s in run for v in s.totals),
        grades=tuple(v for s in run for v in s.grades),
        bands=next((s.bands for s in run if s.bands), ()),
        bands_quote=next((s.bands_quote for s in run if s.bands), ""),
        stated_maximum=next((s.stated_maximum for s in run if s.stated_maximum), None),
        subtotals=tuple(v for s in run for v in s.subtotals),
        pieces=tuple(s.table for s in run[1:] if s.table is not None),
    )


def without_piece_sums(sheet: ScoreSheet) -> ScoreSheet:
    """The sheet without totals that state one of its pieces' sums.

    ``附表1各指标得分合计55.5分，附表2产出指标得分合计43.06分，总分98.56分``: the first
    two name a table and are its sum; the sheet's total is the last. So is a piece's own
    合计 row (the indicator table's 合计 88 beside the funds block's 9.6). A statement
    that is no piece's sum stays (a wrong piece sum still meets SC008).
    """
    if not sheet.pieces and not sheet.joined:
        return sheet
    sums: dict[int | None, Decimal] = {}
    for ind in sheet.indicators:
        if ind.awarded is None:
            return sheet
        key = ind.location.table
        sums[key] = sums.get(key, Decimal(0)) + ind.awarded
    if len(sums) < 2:
        return sheet
    kept = tuple(t for t in sheet.totals if not _piece_sum(t, sums))
    return replace(sheet, totals=kept)


def _piece_sum(total: StatedValue, sums: dict[int | None, Decimal]) -> bool:
    """Whether a total names a piece (in its text, or as the piece's own cell) and is its sum."""
    value = Decimal(total.value)
    if total.of_table:
        return any(abs(value - v) <= _TOLERANCE for v in sums.values())
    own = total.location.table
    return own is not None and own in sums and abs(value - sums[own]) <= _TOLERANCE
