"""Group tables: a table that scores one first-level group (一级指标) of the sheet only.

A report may list its 产出指标 (or 效益指标) in a table of their own, with 分值 and 得分
columns and a 合计 row, and state the full score of 100 elsewhere. Such a table is a
proper part of the sheet, not the sheet: its maxima make up the group's maximum, not
the full score, and its 合计 is the group's sum, not the report's total. A table whose
maxima fall short of the full score is read as a group table when its caption or the
heading above it names exactly one first-level group (and its rows name no other), or
when its maxima add up to the maximum the report gives one group (in its text, or in
another sheet's first-level column). Its 合计 row becomes the group's subtotal; the
group's stated maximum, when the report gives one, is what its maxima must make up.
Wording (group names, a group's stated maximum) is in ``cues/scores.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from auditor.model import Document, Paragraph, Table
from auditor.read.scoring.sheet import (
    HUNDRED_POINTS,
    Indicator,
    ScoreSheet,
    Subtotal,
    cue,
    table_cue,
)

_GROUP_NAME = cue("group_name")
_GROUP_MAXIMUM = cue("group_maximum")
_GROUP_LABEL = cue("group_label")
_MAX_IN_LABEL = cue("max_in_label")
_TOTAL_ROW = table_cue("sheet_total_row")
_SUBTOTAL_ROW = table_cue("subtotal")
_HEADING_REACH = 2
"""Paragraphs above a table read for the heading that names its group."""


def group_key(text: str) -> str | None:
    """The first-level group a name says (``产出指标`` → ``产出``), else None."""
    m = _GROUP_NAME.search(text)
    return m.group("g") if m else None


def _label_key(text: str) -> str | None:
    """The group a first-level cell names, 指标 optional (``产出（40分）`` → ``产出``)."""
    m = _GROUP_LABEL.match(_MAX_IN_LABEL.sub("", text))
    return m.group("g") if m else group_key(text)


def with_group_tables(doc: Document, sheets: Sequence[ScoreSheet]) -> list[ScoreSheet]:
    """Table sheets that score one group only, read as that group's table (partial)."""
    stated = _stated_group_maxima(doc, sheets)
    out: list[ScoreSheet] = []
    for sheet in sheets:
        grouped = _as_group_table(doc, sheet, sheets, stated)
        out.append(grouped if grouped is not None else sheet)
    return out


def _as_group_table(
    doc: Document,
    sheet: ScoreSheet,
    sheets: Sequence[ScoreSheet],
    stated: dict[str, set[Decimal]],
) -> ScoreSheet | None:
    if sheet.kind != "table" or sheet.joined or sheet.table is None:
        return None
    items, whole_row = _without_whole_row(sheet.indicators)
    full = sheet.stated_maximum or HUNDRED_POINTS
    if whole_row is not None and sum((i.maximum for i in sheet.indicators), Decimal(0)) == full:
        # ``签约人数 44 | 管理率 6 | 满意度 50``: all rows together make the full score; the
        # last row's maximum equalling the others' sum is a coincidence, not a group total.
        return None
    maxima = sum((i.maximum for i in items), Decimal(0))
    if maxima <= 0 or maxima >= (sheet.stated_maximum or HUNDRED_POINTS):
        return None
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None:
        return None
    named = _named_groups(doc, table) or _first_column_group(table)
    in_rows = {k for i in items if i.group and (k := _label_key(i.group))}
    others = _other_sheet_maxima(sheet, sheets)
    own = {i.group_maximum for i in items if i.group_maximum is not None}
    if len(named) == 1 and len(own) == 1 and in_rows == named:
        others.setdefault(next(iter(named)), set()).update(own)  # ``产出指标（40分）`` in its rows
    known = {k: stated.get(k, set()) | others.get(k, set()) for k in stated.keys() | others}
    if len(named) == 1 and in_rows <= named:
        (key,) = named
        values = known.get(key, set())
        group_max = next(iter(values)) if len(values) == 1 else None
    else:
        fits = {k for k, values in known.items() if maxima in values}
        if not fits or in_rows - fits:
            return None
        key = next(iter(fits)) if len(fits) == 1 else ""
        group_max = maxima
    whole = Subtotal(
        maximum=group_max, awarded=Decimal(0), location=sheet.location, quote="", items=items
    )
    sums = [(Decimal(t.value), t.location, t.quote) for t in sheet.totals]
    if whole_row is not None and whole_row.awarded is not None:
        sums.append((whole_row.awarded, whole_row.location, whole_row.awarded_quote))
    subtotals = sheet.subtotals + tuple(
        replace(whole, awarded=value, location=where, quote=quote) for value, where, quote in sums
    )
    return replace(
        sheet,
        indicators=items,
        partial=True,
        group=key or sheet.title,
        group_maximum=group_max,
        totals=(),
        grades=(),
        subtotals=subtotals,
    )


def _without_whole_row(
    indicators: tuple[Indicator, ...],
) -> tuple[tuple[Indicator, ...], Indicator | None]:
    """The rows without a first or last row whose maximum is the sum of all the others.

    ``产出指标合计 | 40 | 38`` under its items (or ``产出指标 | 40 | 38`` above them), a
    label no total word marks: its maximum is the other rows' sum, so it is the group's
    own row, not an indicator; its score is then checked as the group's sum.
    """
    if len(indicators) < 3:
        return indicators, None
    for k in (len(indicators) - 1, 0):
        row = indicators[k]
        rest = indicators[:k] + indicators[k + 1 :]
        if row.maximum == sum((i.maximum for i in rest), Decimal(0)):
            return rest, row
    return indicators, None


def _named_groups(doc: Document, table: Table) -> set[str]:
    """Groups named by the table's caption, or else by the heading just above it."""
    texts = [table.caption] if table.caption else []
    for block in reversed(doc.blocks[max(0, table.index - _HEADING_REACH) : table.index]):
        if not isinstance(block, Paragraph):
            break
        texts.append(block.text)
    for text in texts:
        keys = {m.group("g") for m in _GROUP_NAME.finditer(text)}
        if keys:
            return keys
    return set()


def _first_column_group(table: Table) -> set[str]:
    """The one group every first-level cell of the table names (its own 一级 heading).

    ``产出指标 | 数量指标 | …`` with the cells below it blank: the first column's
    non-blank cells, total rows aside, all name the same group; any other text there
    (another group, a name no group word makes, a serial number) and none is named.
    """
    values = {
        text
        for r in range(table.header_rows, table.n_rows)
        if (text := table.grid[r][0].text.strip())
        and not _TOTAL_ROW.match(text)
        and not _SUBTOTAL_ROW.search(text)
    }
    keys = {_label_key(v) for v in values}
    if len(keys) == 1 and None not in keys:
        return {k for k in keys if k is not None}
    return set()


def _stated_group_maxima(doc: Document, sheets: Sequence[ScoreSheet]) -> dict[str, set[Decimal]]:
    """Each group's maximum as the text states it (``其中产出指标40分``)."""
    out: dict[str, set[Decimal]] = {}
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            for m in _GROUP_MAXIMUM.finditer(block.text):
                out.setdefault(m.group("g"), set()).add(Decimal(m.group("max")))
    return out


def _other_sheet_maxima(sheet: ScoreSheet, sheets: Sequence[ScoreSheet]) -> dict[str, set[Decimal]]:
    """Each group's maximum in the first-level column of the report's other sheets."""
    out: dict[str, set[Decimal]] = {}
    for other in sheets:
        if other is sheet:
            continue
        for i in other.indicators:
            if i.group and i.group_maximum is not None:
                # ``决策（20分）`` in a first-level column names its group without 指标.
                key = group_key(i.group) or i.group.strip()
                out.setdefault(key, set()).add(i.group_maximum)
    return out
