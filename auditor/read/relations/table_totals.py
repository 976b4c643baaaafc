"""Table totals against what they total, each read under the structure its arithmetic confirms.

合计/小计/汇总 rows against the rows they total and total columns against their parts
(:mod:`auditor.read.hypotheses`): flat or nested columns (``其中：人员经费`` under
基本支出, a ``本年收入小计`` beside its sources), totals above or below, where a ``其中``
list of rows ends, a subtotal row owning its neighbours, and a table split in two.
Cue words are in ``data/cues/tables.yaml``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from auditor.model import Table
from auditor.read.figures import Figure, column_paths, group_value
from auditor.read.hypotheses import ColumnHypothesis, Nest, choose, holds, nestings, score_columns
from auditor.read.relations.model import Breakdown, cue
from auditor.read.relations.unlabelled_total import unlabelled_last_rows
from auditor.read.tables import code_tree, layout, part_groups, repeats_header
from auditor.read.wording import alternation
from auditor.text.cells import is_numeric_text
from auditor.text.headings import numbered_level

_TOTAL_WORD = cue("total_word")
_TOTAL_ROW = cue("total_row")
_SUBTOTAL = cue("subtotal")
_SUB_ITEM = cue("sub_item")
_BALANCE_ROW = cue("balance_row")
_QIZHONG = re.compile(alternation("tables", "part_openers"))


def table_breakdowns(
    t: Table,
    figures: Sequence[Figure],
    previous: tuple[Table, Sequence[Figure]] | None = None,
) -> list[Breakdown]:
    """Total rows and total columns of a table against the cells they total.

    ``previous`` is the table just before this one; when it has the same header and
    no total of its own, it may be the first part of a table split in two (the 合计
    under the second part then adds both parts).
    """
    cells = _cells(figures)
    before = None
    if previous is not None and _continues(previous[0], t):
        before = (previous[0], _cells(previous[1]))
        cells = _in_unit_of(cells, before[1])
    return [
        *_total_rows(t, cells, before),
        *_total_columns(t, cells),
        *_level_rows(t, cells),
        *_sub_item_rows(t, cells),
        *_code_rows(t, cells),
        *unlabelled_last_rows(t, cells),
    ]


def _in_unit_of(cells: _Cells, first: _Cells) -> _Cells:
    """A continuation's cells in its first part's unit when it states none of its own.

    The caption with ``单位：万元`` sits above the first part only; the rows after a page
    break (``表4（续）``) are in the same unit.
    """
    units = {f.unit for f in first.values()}
    if len(units) != 1 or any(f.unit is not None for f in cells.values()):
        return cells
    unit = units.pop()
    return {k: replace(f, unit=unit) for k, f in cells.items()}


def _cells(figures: Sequence[Figure]) -> dict[tuple[int, int], Figure]:
    return {f.cell: f for f in figures if f.table_value and f.cell is not None}


def _continues(first: Table, second: Table) -> bool:
    """Whether ``second`` reads as the continuation of ``first`` (same header, no total).

    Subtotal rows in the first part (``（小计）``) close groups, not the table.
    """
    if not repeats_header(first, second):
        return False
    lay = layout(first)
    # A group's 小计 (``302 商品和服务支出（小计）``) ends a group, not the table.
    return not any(
        _TOTAL_ROW.search(head) and not _SUBTOTAL.search(head)
        for c in lay.value_cols
        for r in range(first.header_rows, first.n_rows)
        for head in (lay.head(first, r, c),)
    )


_Cells = dict[tuple[int, int], Figure]


def _total_rows(
    t: Table, cells: _Cells, before: tuple[Table, _Cells] | None = None
) -> list[Breakdown]:
    """合计/小计/汇总 rows against the rows they total, value column by value column.

    A 汇总 row above the rows it totals adds those below; a total below adds the rows
    above back to the previous total. A 小计 met on the way up stands for its group; a
    full total met on the way up (``本年收入合计`` above ``收入总计``) is a part and ends
    the walk. Which way a total adds, and whether a table split in two adds its first
    part too, is chosen by how many columns add up under each reading.
    """
    lay = layout(t)
    out: list[Breakdown] = []
    data = list(range(t.header_rows, t.n_rows))
    heads_by_col = {c: {r: lay.head(t, r, c) for r in data} for c in lay.value_cols}
    totals_by_col = {
        c: [r for r in data if _TOTAL_ROW.search(heads_by_col[c][r]) and (r, c) in cells]
        for c in lay.value_cols
    }
    trees = {c: code_tree(lay.codes(t, c)) for c in lay.value_cols}
    groups = part_groups(column_paths(t))

    def owned(k: int, following: list[int], col: int | None = None) -> int | None:
        """How many of the rows after 小计 ``k`` make it up in most value columns.

        With ``col``, only the columns whose row ``k`` carries ``col``'s label count: in
        a side-by-side 收支 table the right half's ``其中`` (人员经费 under 基本支出) nests
        the right half's rows, never the left half's sources.
        """
        same_half = [
            c for c in lay.value_cols if col is None or heads_by_col[c][k] == heads_by_col[col][k]
        ]
        best, best_n = 0, None
        for n in range(1, len(following) + 1):
            agree = 0
            for c in same_half:
                total = cells.get((k, c))
                rows = [cells.get((j, c)) for j in following[:n]]
                if total is not None and all(f is not None for f in rows):
                    agree += holds(total, [f for f in rows if f is not None])
            if agree > best:
                best, best_n = agree, n
        return best_n

    def candidates(r: int, c: int) -> list[tuple[str, list[Figure], list[Breakdown]]]:
        """Readings of total ``r`` in column ``c``: name, parts, nested subtotals."""
        heads, totals = heads_by_col[c], totals_by_col[c]
        group = lay.group(t, r, c)
        scope = data if group is None else [k for k in data if lay.group(t, k, c) == group]
        found: list[tuple[str, list[Figure], list[Breakdown]]] = []
        seen: set[tuple[int, ...]] = set()
        for direction, near in itertools.product(("convention", "above", "below"), (False, True)):
            walked = _rows_totalled(
                r,
                scope,
                [k for k in totals if k in scope],
                heads,
                direction,
                functools.partial(owned, col=c),
                near,
            )
            if tuple(walked) in seen:
                continue
            seen.add(tuple(walked))
            values = {k: cells[(k, c)].value for k in walked if (k, c) in cells}
            own = _own_list_readings(r, scope, heads, walked, values)
            if own:
                # ``本年支出合计`` over ``其中：基本支出 | 项目支出``: the rows its 其中 opens
                # are its own parts (never added again to the 总计 beside it).
                for listed_rows in own:
                    listed = [cells[(k, c)] for k in listed_rows if (k, c) in cells]
                    if listed and (
                        len(listed) == len(listed_rows)
                        or _empty_cells_are_zero(t, listed_rows, c, cells)
                    ):
                        desc = _row_description(heads[r], listed_rows, r)
                        found.append((f"{desc}{_OWN_LIST_READING}", listed, []))
                continue
            walked = _without_own_lists(r, scope, heads, walked)
            rows = _top_level_rows(heads, walked, values)
            # Coded rows (类/款/项): a total adds the 类 rows, each 类 its 款 (_code_rows).
            rows = [k for k in rows if trees[c].get(k) is None]
            sub_item_readings: list[tuple[str, list[Figure], list[Breakdown]]] = []
            for listed_name, listed_rows in _sub_item_readings(heads, walked):
                listed = [cells[(k, c)] for k in listed_rows if (k, c) in cells]
                if listed and (
                    len(listed) == len(listed_rows)
                    or _empty_cells_are_zero(t, listed_rows, c, cells)
                ):
                    desc = _row_description(heads[r], listed_rows, r)
                    sub_item_readings.append((f"{desc}；{listed_name}", listed, []))
            parts = [cells[(k, c)] for k in rows if (k, c) in cells]
            if not parts or (
                len(parts) < len(rows) and not _empty_cells_are_zero(t, rows, c, cells)
            ):
                continue
            name = _row_description(heads[r], rows, r)
            balances = [k for k in rows if _BALANCE_ROW.search(heads[k])]
            if balances and "总计" not in heads[r] and len(balances) < len(rows):
                # 收入总计 = 支出合计 + 年末结余: a balance row is a part of a 总计 only;
                # under a 合计 the reading without it comes first (the table's own
                # arithmetic may still keep the other one).
                # A 合计 equal to another full total of its column (收入合计 = 支出合计 in
                # a balanced table) is the grand total: there the balance is a part.
                unbalanced = [p for p in parts if p.cell is None or p.cell[0] not in balances]
                excluded: tuple[str, list[Figure], list[Breakdown]] = (
                    f"{name}；“{heads[balances[0]]}”为结余，不计入合计",
                    unbalanced,
                    [],
                )
                if _equals_another_total(r, c, totals, heads, cells):
                    found.extend([(name, parts, []), excluded])
                else:
                    found.extend([excluded, (name, parts, [])])
            else:
                found.append((name, parts, []))
            found.extend(sub_item_readings)
            for nested_name, top, (owner, children) in _row_nestings(heads, rows):
                nested = [cells[(k, c)] for k in top if (k, c) in cells]
                kids = [cells[(k, c)] for k in children if (k, c) in cells]
                if nested and len(nested) == len([k for k in top if t.grid[k][c].text]):
                    sub = (
                        [Breakdown(cells[(owner, c)], tuple(kids), "table-row", True, heads[owner])]
                        if (owner, c) in cells and len(kids) == len(children) and len(kids) >= 2
                        else []
                    )
                    found.append((f"{name}；{nested_name}", nested, sub))
            if before is not None and rows and rows[0] == scope[0] and r > rows[-1]:
                first, first_cells = before
                # The first part's top rows: coded rows (``301 …（小计）`` over ``30101``)
                # add their 类 rows only, as this part's do.
                first_tree = code_tree(layout(first).codes(first, c))
                earlier = [
                    first_cells[(k, c)]
                    for k in range(first.header_rows, first.n_rows)
                    if (k, c) in first_cells and first_tree.get(k) is None
                ]
                if earlier:
                    # Split by a page (``表3（续）`` under the same header): one table, so
                    # the reading that adds both parts comes first.
                    found.insert(
                        0,
                        (
                            f"{name}，并加上表{first.number}（同一表格的前半部分）",
                            [*earlier, *parts],
                            [],
                        ),
                    )
            found = _group_readings(t, r, c, rows, cells, groups, name, found)
        return found

    total_rows = sorted({r for c in lay.value_cols for r in totals_by_col[c]})
    # Rows another full total already adds (and adds up to), column by column: a second
    # total (``支出合计`` below ``收入合计`` in a balanced table) does not add them again.
    claimed: dict[int, set[tuple[object, ...]]] = {c: set() for c in lay.value_cols}
    for r in total_rows:
        cols = [c for c in lay.value_cols if r in totals_by_col[c]]
        readings = {c: _unclaimed(candidates(r, c), claimed[c]) for c in cols}
        # Score each reading by how many value columns add up under it.
        # An identity that holds only because its figures are all zero, or in a column
        # that repeats one already counted (财政拨款 = 合计 when there is no other
        # money), is no evidence for a reading: it would hold under any.
        scores: dict[str, int] = {}
        held_rows: dict[str, list[tuple[int, frozenset[int]]]] = {}
        counted: dict[str, set[tuple[Decimal, ...]]] = {}
        for c in cols:
            for name, parts, _sub in readings[c]:
                scores.setdefault(name, 0)
                if holds(cells[(r, c)], parts):
                    vector = _identity_vector(cells[(r, c)], parts)
                    if not any(vector) or vector in counted.setdefault(name, set()):
                        continue
                    counted[name].add(vector)
                    scores[name] += 1
                    held_rows.setdefault(name, []).append((c, _part_rows(parts)))
        for c in cols:
            total = cells[(r, c)]
            if total.kind in _NOT_ADDED or not readings[c]:
                continue
            name, parts, sub = readings[c][0]  # the table's own convention wins a tie
            for other, other_parts, other_sub in readings[c][1:]:
                if scores[other] > scores[name]:
                    name, parts, sub = other, other_parts, other_sub
            if scores[name] and not holds(total, parts):
                # Two structures the table's arithmetic cannot tell apart: when one under
                # which this cell adds up ties with the chosen one, say nothing here.
                for other, other_parts, other_sub in readings[c]:
                    if scores[other] == scores[name] and holds(total, other_parts):
                        name, parts, sub = other, other_parts, other_sub
                        break
            ok = holds(total, parts)
            if ok and not _SUBTOTAL.search(heads_by_col[c][r]) and "总计" not in heads_by_col[c][r]:
                claimed[c].add(tuple(p.cell for p in parts))
            out.extend(replace(b, structure=name) for b in sub)
            # Confirmed only by a column where the same rows are filled in: a 预算 column
            # blank on the project rows under 项目支出 adds up whether or not they are
            # parts of the total, so it confirms nothing about them.
            mine = _part_rows(parts)
            confirmed = any(c2 != c and mine <= rows2 for c2, rows2 in held_rows.get(name, []))
            out.append(
                lone_part_read(
                    Breakdown(
                        total,
                        tuple(parts),
                        "table-row",
                        True,
                        heads_by_col[c][r],
                        structure=name,
                        confirmed=confirmed,
                        # A group's total no other group confirms: a miss shows its reading.
                        tentative=name.endswith(_GROUP_READING) and not confirmed,
                    )
                )
            )
    return out


def _identity_vector(total: Figure, parts: Sequence[Figure]) -> tuple[Decimal, ...]:
    """A total and its parts' amounts, in order: two columns with the same one repeat it."""
    return (total.base_value, *(p.base_value for p in parts))


def _equals_another_total(
    r: int, c: int, totals: Sequence[int], heads: Mapping[int, str], cells: _Cells
) -> bool:
    """Whether total ``r`` states the same amount as another full total of column ``c``."""
    mine = cells.get((r, c))
    return mine is not None and any(
        k != r
        and not _SUBTOTAL.search(heads[k])
        and (k, c) in cells
        and cells[(k, c)].base_value == mine.base_value
        for k in totals
    )


def _part_rows(parts: Sequence[Figure]) -> frozenset[int]:
    """The rows a reading's parts stand in (their cells' row numbers)."""
    return frozenset(p.cell[0] for p in parts if p.cell)


def lone_part_read(b: Breakdown) -> Breakdown:
    """A total with one part under it, read as the table's arithmetic allows.

    One named part (``收入合计`` over ``其中：一般公共预算财政拨款`` alone, a ``其中`` header
    group of one column) is a subset of the total, not a breakdown: it says nothing of
    the sum, so a part below its total is no finding. The reading stands only when
    the same one-part identity holds elsewhere in the table (``confirmed``); a lone
    part above its total is a warning that names the reading; otherwise the total is
    left unchecked (``table-abstained``, with the reason).
    """
    if len(b.parts) != 1 or b.confirmed or holds(b.total, b.parts):
        return b
    if b.parts[0].base_value > b.total.base_value:
        return replace(b, tentative=True)
    return Breakdown(
        b.total,
        (),
        "table-abstained",
        False,
        structure=f"{b.structure}：仅列出 1 项，是合计的一部分而非全部分项，未核对",
    )


_GROUP_READING = "；合计行所写为列组各子列之和"


def _group_readings(
    t: Table,
    r: int,
    c: int,
    rows: Sequence[int],
    cells: _Cells,
    groups: Mapping[tuple[str, ...], tuple[int, ...]],
    name: str,
    found: list[tuple[str, list[Figure], list[Breakdown]]],
) -> list[tuple[str, list[Figure], list[Breakdown]]]:
    """Readings of a total written once for a group of part columns.

    ``编制数`` over ``行政 | 事业``, and a 合计 row with one value under the group (a cell
    spanning it, or its first column with the rest empty): that value totals every
    sub-column of the rows it adds. That reading comes first; a reading of the cell as
    its first sub-column's total is kept only when it adds up in this column.
    """
    whole = group_value(t, r, c, groups)
    if whole is None or (r, c) not in cells:
        return found
    cols = groups[whole]
    total = cells[(r, c)]
    if not all(
        (k, g) in cells or not t.grid[k][g].text or not t.is_origin(k, g)
        for k in rows
        for g in cols
    ):
        return found
    parts = [cells[(k, g)] for k in rows for g in cols if (k, g) in cells]
    if not parts:
        return found
    group: tuple[str, list[Figure], list[Breakdown]] = (f"{name}{_GROUP_READING}", parts, [])
    return [group, *(x for x in found if holds(total, x[1]))]


def _unclaimed(
    readings: list[tuple[str, list[Figure], list[Breakdown]]], claimed: set[tuple[object, ...]]
) -> list[tuple[str, list[Figure], list[Breakdown]]]:
    """Readings whose parts no earlier total has claimed (all of them if none is left)."""
    kept = [x for x in readings if tuple(p.cell for p in x[1]) not in claimed]
    return kept or readings


def _row_nestings(
    heads: dict[int, str], rows: list[int]
) -> list[tuple[str, list[int], tuple[int, list[int]]]]:
    """Readings where a row named as a subtotal (``本年收入小计``) owns rows beside it.

    Each yields a description and the rows the total then adds: the subtotal row
    instead of the 1, 2 … rows right after it (or right before it) that it adds.
    """
    out: list[tuple[str, list[int], tuple[int, list[int]]]] = []
    for i, k in enumerate(rows):
        if not (_SUBTOTAL.search(heads[k]) or _TOTAL_WORD.search(heads[k])):
            continue
        for n in range(1, len(rows)):
            for children in (rows[i + 1 : i + 1 + n], rows[max(0, i - n) : i]):
                if len(children) != n:
                    continue
                top = [j for j in rows if j not in children]
                span = (
                    f"第{children[0] + 1}行"
                    if n == 1
                    else f"第{children[0] + 1}–{children[-1] + 1}行"
                )
                out.append((f"{span}属“{heads[k]}”", top, (k, children)))
    return out


def _row_description(head: str, rows: Sequence[int], r: int) -> str:
    """``“合计”行在上，第3–5行为分项`` (1-based row numbers as in the document)."""
    if not rows:
        return f"“{head}”行"
    where = "在上" if r < rows[0] else "在下"
    return f"“{head}”行{where}，第{_row_ranges(rows)}行为分项"


def _row_ranges(rows: Sequence[int]) -> str:
    """``3–5、8`` for rows 2, 3, 4 and 7 (0-based in, 1-based out)."""
    spans: list[list[int]] = []
    for k in sorted(rows):
        if spans and k == spans[-1][-1] + 1:
            spans[-1].append(k)
        else:
            spans.append([k])
    return "、".join(
        f"{span[0] + 1}" if len(span) == 1 else f"{span[0] + 1}–{span[-1] + 1}" for span in spans
    )


def _rows_totalled(
    r: int,
    data: list[int],
    totals: list[int],
    heads: dict[int, str],
    direction: str = "convention",
    owned: Callable[[int, list[int]], int | None] | None = None,
    near: bool = False,
) -> list[int]:
    """The rows total ``r`` adds: ``above`` (parts below it), ``below``, or by convention.

    By convention a table whose first labelled row is a total puts every total above
    its parts (``收入合计`` then its sources, ``支出合计`` then its kinds); otherwise
    totals close the rows above them. ``near``: a 小计 met on the way may own the rows
    already walked past (its items on the total's side of it, see :func:`_walk`).
    """
    labelled = [k for k in data if heads[k]]
    above = bool(labelled) and labelled[0] in totals
    if direction != "convention":
        above = direction == "above"
    if above:
        return _walk(r, data[data.index(r) + 1 :], totals, heads, owned, near)
    walked = _walk(r, list(reversed(data[: data.index(r)])), totals, heads, owned, near)
    return list(reversed(walked))


def _walk(
    r: int,
    rows: list[int],
    totals: list[int],
    heads: dict[int, str],
    owned: Callable[[int, list[int]], int | None] | None = None,
    near: bool = False,
) -> list[int]:
    """Rows met walking away from total ``r``, up to the next full total.

    A 小计 met on the way stands for its group, so the rows between it and the next
    total are skipped, unless fewer of them make it up in most columns (``本年收入小计``
    above its sources, then ``年初结转和结余`` back at the total's level); walking
    from a 小计, the next group's 小计 ends the walk (group subtotals above their
    items, or below). A full total met on the way ends the walk; it is a part only
    under a 总计 (``本年收入合计`` within ``收入总计``), otherwise it totals another
    group (``收入合计`` beside ``支出合计``).

    With ``near``, a 小计 first claims the rows just walked past that make it up in most
    columns (a 小计 below its items met walking down from a 合计 on top, or one above
    its items met walking up from a 合计 at the bottom): those rows leave the walk and
    the rows beyond the 小计 are walked on. Which reading the table follows is left to
    its arithmetic (:func:`_total_rows` scores both).
    """
    if owned is not None and _SUBTOTAL.search(heads[r]):
        following = list(itertools.takewhile(lambda j: j not in totals, rows))
        n = owned(r, following)
        if n is not None and n < len(following):
            rows = following[:n]
    met: list[int] = []
    skip = 0  # rows still owned by the 小计 just met (-1: up to the next total)
    for i, k in enumerate(rows):
        if k in totals:
            if _SUBTOTAL.search(heads[k]) and _SUBTOTAL.search(heads[r]):
                break  # the next group's 小计: this group ends here
            if _SUBTOTAL.search(heads[k]):
                if near and owned is not None:
                    since = list(itertools.takewhile(lambda j: j not in totals, reversed(met)))
                    n = owned(k, since)
                    if n is not None:
                        met = [j for j in met if j not in since[:n]]
                        met.append(k)
                        skip = 0
                        continue
                met.append(k)
                following = list(itertools.takewhile(lambda j: j not in totals, rows[i + 1 :]))
                n = owned(k, following) if owned is not None else None
                skip = -1 if n is None else n
                continue
            if "总计" in heads[r] and "总计" not in heads[k]:
                met.append(k)
                if numbered_level(heads[k]) is not None:
                    # ``二、本年收入合计`` within 收入总计: its numbered siblings
                    # (``一、年初结转和结余``) are parts too; the levels tell them apart.
                    continue
            break
        if skip == 0:
            met.append(k)
        elif skip > 0:
            skip -= 1
    return met


_OWN_LIST_READING = "（紧随合计行的“其中”各行为其分项）"
_CARRIED_IN_ROW = cue("carried_in_row")
_HOLDS_CARRIED_IN = cue("total_holding_carried_in")


def _own_run(r: int, scope: Sequence[int], heads: Mapping[int, str]) -> list[int]:
    """The rows a total row's ``其中`` lists right under it, or [] when its next row opens none.

    The list ends before a total, a numbered level, a blank label, and, under a 合计 (not
    a 总计, nor a 资金总额 whose sources include it), before a year-end balance or money
    brought in (``年初结转和结余``).
    """
    following = [k for k in scope if k > r]
    if not following or not _SUB_ITEM.match(heads[following[0]]):
        return []
    grand = bool(_HOLDS_CARRIED_IN.search(heads[r]))
    run: list[int] = []
    for k in following:
        head = heads[k]
        if k != following[0] and (
            not head
            or _TOTAL_ROW.search(head)
            or numbered_level(head) is not None
            or (not grand and (_BALANCE_ROW.search(head) or _CARRIED_IN_ROW.search(head)))
        ):
            break
        run.append(k)
    return run


def _own_list_readings(
    r: int,
    scope: Sequence[int],
    heads: Mapping[int, str],
    walked: Sequence[int],
    values: Mapping[int, Decimal],
) -> list[list[int]]:
    """Readings of a total row whose next row opens ``其中``: the rows it lists are its parts.

    ``本年支出合计 | 其中：基本支出 | 其中：人员经费 | 公用经费 | 项目支出 | 年末结转和结余``:
    基本支出 and 项目支出 make up the total (人员经费 and 公用经费 are 基本支出's own
    list, ended where they add up to it). Each shorter list is offered too, for the
    table's arithmetic to choose; the longest comes first and stands when none adds up.
    Empty unless the walk from the total goes down into its ``其中`` rows.
    """
    run = _own_run(r, scope, heads)
    if not run or not walked or walked[0] != run[0]:
        return []
    own = {**heads, run[0]: _SUB_ITEM.sub("", heads[run[0]], count=1)}
    readings: list[list[int]] = []
    for end in range(len(run), 0, -1):
        top = _top_level_rows(own, run[:end], dict(values))
        if top and top not in readings:
            readings.append(top)
    return readings


def _without_own_lists(
    r: int, scope: Sequence[int], heads: Mapping[int, str], walked: Sequence[int]
) -> list[int]:
    """The rows walked from total ``r`` without the ``其中`` rows listed under another total.

    ``支出总计`` adds ``本年支出合计`` and ``年末结转和结余``; the ``其中：基本支出 | 项目支出``
    right under 本年支出合计 are that total's parts, never added again beside it.
    """
    owned: set[int] = set()
    for k in walked:
        if k != r and _TOTAL_ROW.search(heads[k]):
            owned.update(_own_run(k, scope, heads))
    return [k for k in walked if k not in owned]


def _empty_cells_are_zero(
    t: Table, rows: list[int], c: int, cells: dict[tuple[int, int], Figure]
) -> bool:
    """Empty cells among the parts count as zero (a blank means nothing was spent)."""
    return all((k, c) in cells or not t.grid[k][c].text for k in rows)


def _sub_item_readings(heads: dict[int, str], rows: list[int]) -> list[tuple[str, list[int]]]:
    """Readings of where each ``其中：`` list of rows ends, for the arithmetic to choose.

    ``人员经费 | 其中：基本工资 | 津贴补贴 | 公用经费``: the list may end after 基本工资,
    after 津贴补贴 or after 公用经费; only the sums tell. Each reading gives the rows
    the total then adds (numbered levels filtered as in :func:`_top_level_rows`).
    """
    starts = [i for i, k in enumerate(rows) if _SUB_ITEM.match(heads[k])]
    if not starts or len(starts) > 3:
        return []
    options: list[list[tuple[int, int]]] = []
    for n, i in enumerate(starts):
        limit = starts[n + 1] if n + 1 < len(starts) else len(rows)
        for j in range(i + 1, limit):
            head = heads[rows[j]]
            if numbered_level(head) is not None or _TOTAL_ROW.search(head):
                limit = j
                break
        options.append([(i, j) for j in range(i, limit)])
    combos: list[list[tuple[int, int]]] = [[]]
    for choice in options:
        combos = [[*combo, span] for combo in combos for span in choice]
        if len(combos) > 64:
            return []
    out: list[tuple[str, list[int]]] = []
    for combo in combos:
        excluded = {rows[x] for i, j in combo for x in range(i, j + 1)}
        kept = [k for k in rows if k not in excluded]
        levels = {k: numbered_level(heads[k]) for k in kept if not _TOTAL_ROW.search(heads[k])}
        numbered = [lv for lv in levels.values() if lv is not None]
        if numbered:
            kept = [k for k in kept if k not in levels or levels[k] == min(numbered)]
        name = "；".join(
            f"第{rows[i] + 1}–{rows[j] + 1}行为“其中”细项"
            if j > i
            else f"第{rows[i] + 1}行为“其中”细项"
            for i, j in combo
        )
        out.append((name, kept))
    return out


def _top_level_rows(
    heads: dict[int, str], rows: list[int], values: dict[int, Decimal] | None = None
) -> list[int]:
    """The rows a total adds: not 其中 items, and only the shallowest numbered level.

    Rows after a ``其中：`` row continue its list until the next numbered row, or until
    the items add up to the row above the list (``基本支出 | 其中：人员经费 | 公用经费 |
    项目支出``: 项目支出 is back at the top level). When some rows are numbered
    (``一、基本支出``) the unnumbered ones are their details.
    """
    values = values or {}
    kept: list[int] = []
    in_list = False
    owner: Decimal | None = None
    owner_head = ""
    listed = Decimal(0)
    # Every item of a list prefixed ``其中：`` (two such rows in a row somewhere): a row
    # without the prefix is back at the top level.
    prefixed = _prefixed_lists(heads, rows)
    previous_listed = False
    for k in rows:
        head = heads[k]
        level = numbered_level(head)
        if _SUB_ITEM.match(head):
            if in_list and previous_listed and prefixed:
                listed += values.get(k, Decimal(0))
            else:
                owner = values.get(kept[-1]) if kept else None
                owner_head = heads[kept[-1]] if kept else ""
                listed = values.get(k, Decimal(0))
            in_list = previous_listed = True
            continue
        previous_listed = False
        if level is not None or _TOTAL_ROW.search(head) or prefixed:
            in_list = False
        elif (
            _TOTAL_ROW.search(owner_head)
            and "总计" not in owner_head
            and (_BALANCE_ROW.search(head) or _CARRIED_IN_ROW.search(head))
        ):
            # ``本年支出合计 | 其中：… | 年末结转和结余``: the balance is back at the level of
            # the 合计, whether or not the items add up to it.
            in_list = False
        if in_list and owner is not None and listed == owner:
            in_list = False  # the 其中 items already make up their owner
        if in_list:
            listed += values.get(k, Decimal(0))
        else:
            kept.append(k)
    # A numbered total (``二、本年收入合计``) stands at its number's level.
    levels = {
        k: numbered_level(heads[k])
        for k in kept
        if not _TOTAL_ROW.search(heads[k]) or numbered_level(heads[k]) is not None
    }
    numbered = [lv for lv in levels.values() if lv is not None]
    if not numbered:
        return kept
    top = min(numbered)
    return [k for k in kept if k not in levels or levels[k] == top]


def _prefixed_lists(heads: Mapping[int, str], rows: Sequence[int]) -> bool:
    """Whether two rows in a row are both prefixed ``其中：`` (each item carries it)."""
    return any(
        _SUB_ITEM.match(heads[a]) and _SUB_ITEM.match(heads[b]) for a, b in itertools.pairwise(rows)
    )


def _sub_item_rows(t: Table, cells: _Cells) -> list[Breakdown]:
    """Class rows each followed by their own ``其中：`` rows, against those rows.

    ``社会保障和就业支出 | 其中：养老支出 | 其中：社会福利 | 卫生健康支出 | 其中：…`` with
    合计 at the bottom: the classes add up to the 合计, and each class's ``其中`` rows to
    the class. A ``其中`` list may be partial, so a class is checked against its rows
    only when the table shows its lists are whole: in that column the classes add up
    to the table's one 合计, every item of the table's lists carries the prefix, and
    most of its lists, one of two or more rows among them, add up exactly where their
    figures are not all zero (a list of zeros adds up under any reading). A shortfall
    is a warning that names the reading, an excess an error.
    """
    lay = layout(t)
    data = list(range(t.header_rows, t.n_rows))
    found: list[tuple[int, int, list[int]]] = []
    for c in lay.value_cols:
        heads = {r: lay.head(t, r, c) for r in data}
        if not _prefixed_lists(heads, data):
            continue
        groups: list[tuple[int, list[int]]] = []
        for i, r in enumerate(data):
            if not heads[r] or _SUB_ITEM.match(heads[r]) or _TOTAL_ROW.search(heads[r]):
                continue
            run = list(
                itertools.takewhile(
                    lambda k, h=heads: bool(_SUB_ITEM.match(h[k])),  # type: ignore[misc]
                    data[i + 1 :],
                )
            )
            if run:
                groups.append((r, run))
        totals = [r for r in data if _TOTAL_ROW.search(heads[r])]
        if len(groups) < 2 or len(totals) != 1 or (totals[0], c) not in cells:
            continue
        top = [
            r
            for r in data
            if heads[r] and not _SUB_ITEM.match(heads[r]) and not _TOTAL_ROW.search(heads[r])
        ]
        if not all((k, c) in cells for k in top) or not holds(
            cells[(totals[0], c)], [cells[(k, c)] for k in top]
        ):
            continue
        for r, run in groups:
            if all((k, c) in cells for k in [r, *run]) and all(
                cells[(k, c)].kind not in _NOT_ADDED for k in [r, *run]
            ):
                found.append((r, c, run))
    held = [holds(cells[(r, c)], [cells[(k, c)] for k in run]) for r, c, run in found]
    telling = sum(
        1
        for (r, c, run), ok in zip(found, held, strict=True)
        if ok and len(run) >= 2 and any(cells[(k, c)].value for k in [r, *run])
    )
    if not telling or sum(held) * 2 <= len(held):
        return []
    out: list[Breakdown] = []
    for (r, c, run), ok in zip(found, held, strict=True):
        if ok:
            continue
        owner, parts = cells[(r, c)], tuple(cells[(k, c)] for k in run)
        head = lay.head(t, r, c)
        short = sum((p.base_value for p in parts), Decimal(0)) < owner.base_value
        out.append(
            Breakdown(
                owner,
                parts,
                "table-row",
                True,
                head,
                structure=f"第{_row_ranges(run)}行为“{head}”的“其中”细项",
                confirmed=True,
                tentative=short,
            )
        )
    return out


def _total_columns(t: Table, cells: dict[tuple[int, int], Figure]) -> list[Breakdown]:
    """A column followed by a ``其中`` header group totals the columns directly under it."""
    out: list[Breakdown] = []
    groups: list[tuple[int, list[int]]] = []
    for h in range(t.header_rows):
        row = t.grid[h]
        c = 0
        while c < t.n_cols:
            cell = row[c]
            nxt_c = cell.col + cell.colspan
            if cell.row == h and nxt_c < t.n_cols:
                group = row[nxt_c]
                if (
                    group.row == h
                    and _QIZHONG.match(group.text)
                    and not _QIZHONG.match(cell.text)
                    and h + 1 < t.header_rows
                ):
                    parts = _children(t, h + 1, group.col, group.col + group.colspan)
                    if parts:
                        groups.append((cell.col, parts))
            c = nxt_c
    paths = column_paths(t)
    value_cols = [
        k
        for k in range(t.n_cols)
        if any(is_numeric_text(t.grid[r][k].text) for r in range(t.header_rows, t.n_rows))
    ]
    total_cols = [c for c, leaf in enumerate(paths) if leaf and _TOTAL_WORD.search(leaf[-1])]
    for c, leaf in enumerate(paths):
        block = _left_block(paths, value_cols, total_cols, c)
        if block and not any(g[0] == c for g in groups) and _block_adds_up(t, cells, c, block):
            # ``行政编制 | 事业编制 | 工勤编制 | 编制合计 | 实有行政 | … | 实有合计``: each
            # total closes the run of columns since the previous one, as every row shows.
            groups.append((c, block))
            continue
        if (
            leaf
            and _TOTAL_WORD.search(leaf[-1])
            and "小计" not in leaf[-1]
            and value_cols
            and c == value_cols[-1]
            and c != value_cols[0]
            and not any(g[0] == c for g in groups)
        ):
            before = [k for k in value_cols if k < c and paths[k][:-1] == leaf[:-1] and paths[k]]
            if len(before) >= 2:
                groups.append((c, before))
            continue
        if (
            leaf
            and _TOTAL_WORD.search(leaf[-1])
            and c + 1 < t.n_cols
            and not any(g[0] == c for g in groups)
        ):
            siblings = _sibling_parts(paths, c)
            if len(siblings) >= 2:
                groups.append((c, siblings))
    for total_col, part_cols in groups:
        out.extend(_chosen_column_structure(t, cells, paths, total_col, part_cols))
    return out


def _column_rows(
    t: Table, cells: dict[tuple[int, int], Figure], cols: Sequence[int]
) -> dict[int, dict[int, Figure | None]]:
    """Data row → column → figure, None for an empty cell (read as zero).

    A column whose cell holds text that is not a figure is left out of the row, so no
    identity that needs it is checked there.
    """
    rows: dict[int, dict[int, Figure | None]] = {}
    for r in range(t.header_rows, t.n_rows):
        row: dict[int, Figure | None] = {}
        for k in cols:
            if (r, k) in cells and cells[(r, k)].kind not in _NOT_ADDED:
                row[k] = cells[(r, k)]
            elif not t.grid[r][k].text or not is_numeric_text(t.grid[r][k].text):
                row[k] = None
        rows[r] = row
    return rows


def _chosen_column_structure(
    t: Table,
    cells: dict[tuple[int, int], Figure],
    paths: list[tuple[str, ...]],
    total_col: int,
    part_cols: list[int],
) -> list[Breakdown]:
    """A total column against its parts, read under the structure its rows confirm.

    Every nesting of the parts is a hypothesis (see :mod:`auditor.read.hypotheses`);
    the one under which most row identities hold is kept. A tie abstains.
    """
    cued = frozenset(
        p
        for i, p in enumerate(part_cols)
        if (i + 1 < len(part_cols) and _QIZHONG.match(_leaf(paths, part_cols[i + 1])))
        or _SUBTOTAL.search(_leaf(paths, p))
        or (_TOTAL_WORD.search(_leaf(paths, p)) is not None)
    )
    rows = _column_rows(t, cells, [total_col, *part_cols])
    scored = [
        score_columns(ColumnHypothesis(total_col, top, nests), list(rows.values()))
        for parts in _part_runs(paths, part_cols)
        for top, nests in nestings(parts, cued)
    ]
    # A reading under which the total never equals its parts explains nothing about
    # the total (its nestings alone scored); when no reading does, it totals none of them.
    scored = [s for s in scored if not s.total_never_holds]
    if not scored:
        return []
    best = choose(scored)
    if best is None:
        first = next((f for row in rows.values() if (f := row.get(total_col)) is not None), None)
        if first is None:
            return []
        leaf = _SUB_ITEM.sub("", _leaf(paths, total_col))
        return [
            Breakdown(
                first,
                (),
                "table-abstained",
                False,
                structure=f"列“{leaf}”有两种读法同样相符，未核对",
            )
        ]
    chosen = best.hypothesis
    identities = [
        (chosen.total, chosen.top),
        *((n.parent, n.children) for n in best.exhaustive_nests),
    ]
    description = _column_description(paths, chosen.total, chosen.top, best.exhaustive_nests)
    out: list[Breakdown] = []
    for whole, parts in identities:
        checked = [
            (r, row)
            for r, row in rows.items()
            if row.get(whole) is not None and all(k in row for k in parts)
        ]
        held = sum(1 for _, row in checked if holds(_given(row[whole]), [row[k] for k in parts]))
        for _r, row in checked:
            total = _given(row[whole])
            col_parts = [f for k in parts if (f := row[k]) is not None]
            if not col_parts:
                continue
            ok = holds(total, [row[k] for k in parts])
            out.append(
                lone_part_read(
                    Breakdown(
                        total,
                        tuple(col_parts),
                        "table-col",
                        True,
                        "其中",
                        structure=description,
                        confirmed=held - (1 if ok else 0) > 0,
                        tentative=bool(chosen.uncued) and held - (1 if ok else 0) <= 0,
                    )
                )
            )
    return out


def _part_runs(paths: list[tuple[str, ...]], part_cols: list[int]) -> list[list[int]]:
    """The part lists a total column may own: all of them, or those before a later total.

    ``收入合计 | 财政拨款 | 事业收入 | 其他收入 | 支出合计 | 基本支出 | 项目支出``: the
    second total starts its own group, unless (``收入总计 | 本年收入合计 | …``) the
    arithmetic reads it as a part; both readings are scored.
    """
    runs = [part_cols]
    for i, k in enumerate(part_cols):
        leaf = _leaf(paths, k)
        if i >= 2 and _TOTAL_WORD.search(leaf) and "小计" not in leaf:
            runs.append(part_cols[:i])
    return runs


def _given(fig: Figure | None) -> Figure:
    assert fig is not None
    return fig


def _leaf(paths: list[tuple[str, ...]], c: int) -> str:
    return paths[c][-1] if c < len(paths) and paths[c] else ""


def _column_description(
    paths: list[tuple[str, ...]], total: int, top: Sequence[int], nests: Sequence[Nest]
) -> str:
    """``列“支出合计”=基本支出+项目支出；“人员经费/公用经费”属“基本支出”``."""

    def name(c: int) -> str:
        return _SUB_ITEM.sub("", _leaf(paths, c)) or f"第{c + 1}列"

    text = f"列“{name(total)}”= " + " + ".join(name(c) for c in top)
    for n in nests:
        text += f"；列“{'/'.join(name(c) for c in n.children)}”属“{name(n.parent)}”"
    return text


_NOT_A_PART = cue("not_a_part")


def _left_block(
    paths: list[tuple[str, ...]], value_cols: Sequence[int], total_cols: Sequence[int], c: int
) -> list[int]:
    """The value columns between the previous total column and total column ``c``.

    Only for a flat run of one header level (the total's own level), two columns at least.
    """
    if c not in total_cols or c not in value_cols:
        return []
    start = max((k for k in total_cols if k < c), default=-1)
    block = [k for k in value_cols if start < k < c]
    if len(block) < 2 or any(paths[k][:-1] != paths[c][:-1] for k in block):
        return []
    return block


def _block_adds_up(
    t: Table, cells: dict[tuple[int, int], Figure], total_col: int, block: Sequence[int]
) -> bool:
    """Whether the block adds up to the total column in the data rows.

    Two rows at least, and all but one (a mistyped cell is then that row's finding,
    read under this structure), the failing one outnumbered two to one. A row whose
    figures are all zero proves nothing and is not counted.
    """
    rows = _column_rows(t, cells, [total_col, *block])
    held = failed = 0
    for row in rows.values():
        total = row.get(total_col)
        if total is None or any(k not in row for k in block):
            continue
        if not holds(total, [row[k] for k in block]):
            failed += 1
        elif total.value != 0:
            held += 1
    return held >= 2 and failed <= 1 and held > 2 * failed


def _sibling_parts(paths: list[tuple[str, ...]], c: int) -> list[int]:
    """Columns after total column ``c`` at its header level that add up to it.

    A sibling header group (``基本支出`` over ``小计 | 人员经费 | 公用经费``) counts
    through its 小计 column, or through all its columns when it has none. Year-end
    balances and ratios sit beside a total without being part of it.
    """
    leaf = paths[c]
    depth = len(leaf)
    parts: list[int] = []
    groups: dict[tuple[str, ...], list[int]] = {}
    for k in range(c + 1, len(paths)):
        path = paths[k]
        if (
            len(path) < depth
            or path[: depth - 1] != leaf[:-1]
            or _NOT_A_PART.search(path[depth - 1])
        ):
            continue
        if len(path) == depth:
            parts.append(k)
        else:
            groups.setdefault(path[:depth], []).append(k)
    for cols in groups.values():
        subtotal = [k for k in cols if _TOTAL_WORD.search(paths[k][-1])]
        parts.extend(subtotal[:1] or [k for k in cols if len(paths[k]) == depth + 1])
    return sorted(parts)


def _children(t: Table, h: int, c0: int, c1: int) -> list[int]:
    """Columns of the header cells in row ``h`` between c0 and c1 that are parts (not 其中)."""
    cols: list[int] = []
    c = c0
    while c < c1:
        cell = t.grid[h][c]
        if not _QIZHONG.match(cell.text):
            cols.append(cell.col if cell.col >= c0 else c)
        c = max(c + 1, cell.col + cell.colspan)
    return cols


_NOT_ADDED = ("percent", "score", "per_unit")
"""Rates and scores of a level row are not sums of its details'."""


def _level_rows(t: Table, cells: _Cells) -> list[Breakdown]:
    """Numbered level rows (``一、基本支出``) against the detail rows under them.

    No word says the rows under a level row are its parts (``人员经费`` indented
    under ``一、基本支出``, no 其中): the table's arithmetic does. Each level row is
    checked against its details only when, across the table, more of those identities
    hold than fail and another one holds besides it; otherwise nothing is said.
    """
    lay = layout(t)
    data = list(range(t.header_rows, t.n_rows))
    found: list[tuple[int, int, list[int]]] = []
    for c in lay.value_cols:
        heads = {r: lay.head(t, r, c) for r in data}
        levels = {
            r: numbered_level(heads[r])
            for r in data
            if not _TOTAL_ROW.search(heads[r]) and not _SUB_ITEM.match(heads[r])
        }
        numbered = [lv for lv in levels.values() if lv is not None]
        if not numbered:
            continue
        top = min(numbered)
        for i, r in enumerate(data):
            if levels.get(r) != top or (r, c) not in cells:
                continue
            under: list[int] = []
            for k in data[i + 1 :]:
                level = levels.get(k, -1)
                if level == -1 or (level is not None and level <= top):
                    break  # a total, a 其中 row or the next level row ends the group
                under.append(k)
            deeper = [lv for k in under if (lv := levels[k]) is not None]
            if deeper:
                under = [k for k in under if levels[k] == min(deeper)]
            if (
                len(under) >= 2
                and all((k, c) in cells for k in under)
                and all(cells[(k, c)].kind not in _NOT_ADDED for k in [r, *under])
            ):
                found.append((r, c, under))
    held = [holds(cells[(r, c)], [cells[(k, c)] for k in under]) for r, c, under in found]
    if sum(held) * 2 <= len(held):
        return []
    out: list[Breakdown] = []
    for (r, c, under), ok in zip(found, held, strict=True):
        # Confirmed by another group of the same column, or the same group elsewhere.
        others = [
            h
            for (r2, c2, _), h in zip(found, held, strict=True)
            if (r2 != r) != (c2 != c) and (c2 == c or r2 == r)
        ]
        if not ok and not any(others):
            continue
        head = layout(t).head(t, r, c)
        out.append(
            Breakdown(
                cells[(r, c)],
                tuple(cells[(k, c)] for k in under),
                "table-row",
                True,
                head,
                structure=f"第{_row_ranges(under)}行属“{head}”",
                confirmed=sum(held) - (1 if ok else 0) > 0,
            )
        )
    return out


def _code_rows(t: Table, cells: _Cells) -> list[Breakdown]:
    """类/款/项 rows (``201`` over ``20101`` over ``2010101``) against the rows coded under them.

    The codes' prefixes give the levels; each coded row with two or more direct children
    (or one, which must then equal it) is checked against their sum, column by column,
    only when across the table more of these identities hold than fail and another one
    holds besides it (as :func:`_level_rows`); otherwise nothing is said.
    """
    lay = layout(t)
    found: list[tuple[int, int, list[int]]] = []
    totals_held = 0
    for c in lay.value_cols:
        tree = code_tree(lay.codes(t, c))
        totals_held += _total_adds_roots(t, c, tree, cells)
        children: dict[int, list[int]] = {}
        for r, parent in tree.items():
            if parent is not None:
                children.setdefault(parent, []).append(r)
        for r, under in sorted(children.items()):
            if (r, c) not in cells or cells[(r, c)].kind in _NOT_ADDED:
                continue
            if not all((k, c) in cells or not t.grid[k][c].text for k in under):
                continue
            parts = [k for k in under if (k, c) in cells]
            if parts and all(cells[(k, c)].kind not in _NOT_ADDED for k in parts):
                found.append((r, c, parts))
    held = [holds(cells[(r, c)], [cells[(k, c)] for k in under]) for r, c, under in found]
    # A 合计 that adds the 类 rows is one more identity of the coded structure.
    agree = sum(held) + totals_held
    if agree * 2 <= len(held) + totals_held:
        return []
    out: list[Breakdown] = []
    for (r, c, under), ok in zip(found, held, strict=True):
        if not ok and agree == 0:
            continue
        head = lay.head(t, r, c)
        out.append(
            Breakdown(
                cells[(r, c)],
                tuple(cells[(k, c)] for k in under),
                "table-row",
                True,
                head,
                structure=f"按科目编码，第{_row_ranges(under)}行属“{head}”",
                confirmed=agree - (1 if ok else 0) > 0,
            )
        )
    return out


def _total_adds_roots(t: Table, c: int, tree: dict[int, int | None], cells: _Cells) -> int:
    """1 when an uncoded 合计 row of column ``c`` is the sum of its two or more 类 rows."""
    roots = [r for r, parent in tree.items() if parent is None]
    if len(roots) < 2 or any((r, c) not in cells for r in roots):
        return 0
    lay = layout(t)
    for r in range(t.header_rows, t.n_rows):
        if r in tree or (r, c) not in cells or not _TOTAL_ROW.search(lay.head(t, r, c)):
            continue
        if holds(cells[(r, c)], [cells[(k, c)] for k in roots]):
            return 1
    return 0
