"""Totals and their parts, as the report itself asserts them.

Text: ``共计 X，其中 a、b、c`` or ``X，包括 a、b、c`` (a ``其中`` starting a sentence
attaches to the previous sentence's total), ``X（基本支出 a，项目支出 b）`` and nested
``其中`` inside parentheses, which belong to the figure the parentheses follow. Tables:
合计/小计/汇总 rows against the rows they total and total columns against their parts,
each read under the structure the table's own arithmetic confirms
(:mod:`auditor.read.hypotheses`): flat or nested columns (``其中：人员经费`` under
基本支出, a ``本年收入小计`` beside its sources), totals above or below, where a ``其中``
list of rows ends, a subtotal row owning its neighbours, and a table split in two.
Counted lists: ``A、B、C 等 3 个部门``, ``10个科室，即A、B…``. Cue words are in
``data/cues/tables.yaml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from auditor.model import Location, Paragraph, Table
from auditor.read.figures import Figure, column_paths
from auditor.read.hypotheses import ColumnHypothesis, Nest, choose, holds, nestings, score_columns
from auditor.read.tables import layout
from auditor.read.textindex import (
    closing_brackets,
    first_match_start,
    has_match_within,
    last_break_before,
    last_match_start,
    next_break_at_or_after,
    open_before,
)
from auditor.read.wording import alternation, patterns, words
from auditor.text.cells import is_numeric_text
from auditor.text.headings import numbered_level
from auditor.text.normalise import clause_start
from auditor.text.numbers import Amount
from auditor.text.units import same_dimension


def _cue(key: str) -> re.Pattern[str]:
    """The patterns listed under ``key`` in ``cues/tables.yaml``, as one regex."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns("tables", key)))


_TOTAL_CUE = _cue("total_before_list")
_TOTAL_WORD = _cue("total_word")
_TOTAL_ROW = _cue("total_row")
_SUBTOTAL = _cue("subtotal")
_SUB_ITEM = _cue("sub_item")
_QIZHONG = re.compile(alternation("tables", "part_openers"))
_COMPLETE = _cue("complete_cue")
_SENTENCE_END = "。！？!?"
RELATION_WINDOW = 400
RELATION_FIGURES = 100
MAX_NESTING = 8
"""Brackets nested deeper than this explain no figure (4,000 nested brackets are not a
breakdown of a breakdown of …)."""
"""Figures looked back over for the total a 其中 part belongs to."""
"""Characters before a figure searched for a clause that ends a 其中 list (a bound, so a
line of thousands of figures without a comma costs linear time)."""
EXHAUSTIVE_SHARE = Decimal("0.05")
"""Parts within 5 % of their total are read as a complete breakdown."""


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A total and the parts the report says it is made of."""

    total: Figure
    parts: tuple[Figure, ...]
    kind: str
    """``text``, ``paren``, ``table-row``, ``table-col``; ``table-abstained`` marks a
    total left unchecked because two structures fit the table equally (no parts)."""
    exhaustive: bool
    """Whether the parts claim to make up the whole total (checked for equality)."""
    cue: str = ""
    """Why it is read as complete (``共计``, ``互补``, ``差额小于5%`` …)."""
    structure: str = ""
    """The table structure chosen for it (``列“支出合计”= 基本支出 + 项目支出…``)."""
    confirmed: bool = False
    """The same identity holds elsewhere in the table (other rows or columns), so the
    structure it is read under is confirmed by the document's own arithmetic."""
    left_out: tuple[Figure, ...] = ()
    """Figures after the total in its sentence that were not read as its parts (the
    list was closed before them): a shortfall equal to some of them is a misread."""
    tentative: bool = False
    """Read under a nesting no header announces and no other row confirms: a
    mismatch is reported as a warning that names the reading."""


@dataclass(frozen=True, slots=True)
class CountedList:
    """A list followed or preceded by its count (``A、B、C 等 3 个部门``)."""

    count: Amount
    items: tuple[str, ...]
    open_ended: bool
    """Written with 等 (the list may be longer than shown)."""
    block: int
    location: Location
    quote: str


# ----------------------------------------------------------------- text


FamilyOf = Callable[[Figure], str | None]


def concept_family(concept_id: str | None) -> str | None:
    """Kinds of quantity that can be parts of one another (编制 and its 行政/事业 parts).

    A 其中 list ends at a figure of another family: ``核定编制73名，其中行政编制39名、
    事业编制34名；实有人数69名`` lists no 实有人数 among the 编制.
    """
    if concept_id is None:
        return None
    if concept_id.startswith("headcount.authorised"):
        return "headcount.authorised"
    if concept_id == "headcount.actual":
        return concept_id
    return concept_id.split(".")[0]


def _compatible(total: str | None, part: str | None) -> bool:
    if total is None or part is None or total == part:
        return True
    return total == "budget" and part == "expenditure"


def text_parents(
    text: str, figures: Sequence[Figure], family_of: FamilyOf | None = None
) -> dict[int, tuple[int, str]]:
    """Map figure index -> (parent figure index, ``paren`` or ``qizhong``)."""
    parents: dict[int, tuple[int, str]] = {}
    depth_at = _paren_depths(text)
    open_paren_parent: dict[int, int] = {}
    for pos, ch in enumerate(text):
        if ch in "（(" and depth_at[pos] < MAX_NESTING and not holds_calculation(text, pos):
            # The last figure ending before the bracket (figures are in text order).
            j = bisect.bisect_right(figures, pos, key=lambda f: f.amount.end) - 1
            if j >= 0:
                f = figures[j]
                if pos - f.amount.end <= 2 and depth_at[f.amount.start] == depth_at[pos]:
                    open_paren_parent[pos] = j
    for i, fig in enumerate(figures):
        opener = _enclosing_open(text, fig.amount.start)
        if opener is not None and opener in open_paren_parent:
            qz = _qizhong_before(text, fig, opener)
            parents[i] = (open_paren_parent[opener], "paren" if qz is None else "qizhong")
            continue
        qz = _qizhong_before(text, fig, opener if opener is not None else -1)
        if qz is None:
            continue
        parent = _qizhong_parent(text, figures, i, qz, depth_at)
        if parent is not None:
            parents[i] = (parent, "qizhong")
    _close_lists_at_breaks(text, figures, parents)
    if family_of is not None:
        _close_lists_at_other_families(figures, parents, family_of)
    return parents


# A clause that leaves a 其中 list: another group (另有离退休人员), a comparison with
# last year (较上年减少, 上年实际支出), or the year-end balance beside 支出合计.
_LIST_BREAK = _cue("list_break")
_BALANCE_BREAK = _cue("balance_break")


def _close_lists_at_breaks(
    text: str, figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> None:
    """Drop 其中 parts from the first one whose clause leaves the list on."""

    def leaves(parent: int, i: int) -> bool:
        fig = figures[i]
        start = max(
            clause_start(text, fig.amount.start),
            fig.sentence_start,
            fig.amount.start - RELATION_WINDOW,
        )
        clause = text[start : fig.amount.start]
        return bool(
            _LIST_BREAK.search(clause)
            or (_BALANCE_BREAK.search(clause) and "总计" not in figures[parent].label)
        )

    _close_lists(parents, leaves)


def _close_lists_at_other_families(
    figures: Sequence[Figure], parents: dict[int, tuple[int, str]], family_of: FamilyOf
) -> None:
    """Drop 其中 parts from the first one that names another family of quantity on."""
    _close_lists(
        parents,
        lambda parent, i: not _compatible(family_of(figures[parent]), family_of(figures[i])),
    )


def _close_lists(parents: dict[int, tuple[int, str]], leaves: Callable[[int, int], bool]) -> None:
    """Drop each 其中 list's parts from the first one that ``leaves(parent, part)`` on."""
    closed: set[int] = set()
    for i in sorted(parents):
        parent, how = parents[i]
        if how != "qizhong":
            continue
        if parent in closed or leaves(parent, i):
            closed.add(parent)
            del parents[i]


_CALCULATION = _cue("calculation")


def holds_calculation(text: str, pos: int) -> bool:
    """Whether the parenthesis opened at ``pos`` shows a derivation, not parts."""
    close = closing_brackets(text).get(pos, len(text))
    return has_match_within(text, _CALCULATION.pattern, pos + 1, close)


def _paren_content(text: str, pos: int) -> str:
    """Text inside the parenthesis opened at ``pos`` (to its close or the text's end).

    A parenthesis holding a calculation (``1339.37元（326.27万元÷2436人）``) shows how a
    figure was derived; its numbers are not parts of the figure.
    """
    return text[pos + 1 : closing_brackets(text).get(pos, len(text))]


def _paren_depths(text: str) -> list[int]:
    depths = []
    depth = 0
    for ch in text:
        if ch in "）)":
            depth = max(0, depth - 1)
        depths.append(depth)
        if ch in "（(":
            depth += 1
    depths.append(depth)
    return depths


def _enclosing_open(text: str, pos: int) -> int | None:
    opener = open_before(text)[pos]
    return opener if opener > last_break_before(text, _SENTENCE_END, pos) else None


def _qizhong_before(text: str, fig: Figure, floor: int) -> int | None:
    """Position of the 其中 (or 包括) that governs ``fig`` in its sentence, if any."""
    start = max(fig.sentence_start, floor + 1)
    k = last_match_start(text, _QIZHONG.pattern, start, fig.amount.start)
    return k if k >= 0 else None


def _qizhong_parent(
    text: str, figures: Sequence[Figure], i: int, qz: int, depth_at: list[int]
) -> int | None:
    part = figures[i]

    def candidate(k: int) -> bool:
        return (
            figures[k].amount.end <= qz
            and depth_at[figures[k].amount.start] == depth_at[qz]
            and same_dimension(figures[k].unit, part.unit)
            and figures[k].kind not in ("percent", "number")
        )

    # The last candidate before the part: scan back (figures are in text order), at most
    # RELATION_FIGURES figures, so a line of thousands of figures stays linear.
    floor = max(-1, i - 1 - RELATION_FIGURES)
    j = next((k for k in range(i - 1, floor, -1) if candidate(k)), None)
    if j is None:
        return None
    same_sentence = figures[j].sentence_start == part.sentence_start
    if same_sentence:
        return j
    # 其中 opens the sentence: attach to the previous sentence's total only if that
    # sentence states one total (a single figure, or one introduced by 共计/合计).
    start = figures[j].sentence_start
    prev_sentence = [j]
    for k in range(j - 1, max(-1, j - 1 - RELATION_FIGURES), -1):
        if figures[k].sentence_start != start or len(prev_sentence) > 1:
            break
        if candidate(k):
            prev_sentence.append(k)
    clause = text[figures[j].sentence_start : figures[j].amount.start]
    if len(prev_sentence) == 1 or _TOTAL_CUE.search(clause[-8:]):
        between = text[figures[j].amount.end : qz]
        if len(between) <= 6:
            return j
    return None


def text_breakdowns(
    text: str, figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> list[Breakdown]:
    """Breakdowns a paragraph asserts: 其中 lists, parentheses, and ``…，合计X`` after parts.

    ``parents`` is :func:`text_parents` of the same text and figures.
    """
    children: dict[int, list[tuple[int, str]]] = {}
    for child, (parent, how) in parents.items():
        children.setdefault(parent, []).append((child, how))
    out: list[Breakdown] = []
    for parent, kids in sorted(children.items()):
        total = figures[parent]
        parts = [figures[k] for k, _ in kids if same_dimension(figures[k].unit, total.unit)]
        # Only direct parts: a part that is itself a parent keeps its own breakdown.
        if not parts or total.kind in ("percent", "number", "score"):
            continue
        if any(p.amount.approximate for p in parts) or total.amount.approximate:
            continue
        kind = "paren" if all(how == "paren" for _, how in kids) else "text"
        exhaustive, cue = _exhaustive(text, total, parts)
        # Figures of the same sentence after the total that the list was closed before
        # (up to a clause that leaves the list: a comparison, another group).
        stop = _list_end(text, total)
        # Figures are in text order: look at most RELATION_FIGURES ahead, up to ``stop``.
        left: list[Figure] = []
        for j in range(parent + 1, min(len(figures), parent + 1 + RELATION_FIGURES)):
            f = figures[j]
            if f.sentence_start != total.sentence_start or f.amount.start >= stop:
                break
            if (
                j not in parents
                and same_dimension(f.unit, total.unit)
                and not f.amount.approximate
                and f.kind not in ("percent", "number", "score")
            ):
                left.append(f)
        left_out = tuple(left)
        out.append(Breakdown(total, tuple(parts), kind, exhaustive, cue, left_out=left_out))
    out.extend(_totals_after_parts(figures, parents))
    return out


def _list_end(text: str, total: Figure) -> int:
    """Where the list after ``total`` surely ends: its sentence's end or a break clause."""
    k = next_break_at_or_after(text, _SENTENCE_END, total.amount.end)
    end = k if k >= 0 else len(text)
    for pattern in (_LIST_BREAK, _BALANCE_BREAK):
        m = first_match_start(text, pattern.pattern, total.amount.end, end)
        if m >= 0:
            end = min(end, m)
    return end


_TRAILING_TOTAL = frozenset(words("tables", "trailing_total"))


def _totals_after_parts(
    figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> list[Breakdown]:
    """``A a、B b、C c，合计X``: a total written after the parts it adds up."""
    out: list[Breakdown] = []
    for i, fig in enumerate(figures):
        if not (fig.label in _TRAILING_TOTAL or (not fig.label and fig.verb in ("合计", "共计"))):
            continue
        if fig.amount.approximate or fig.kind in ("percent", "number", "score") or i in parents:
            continue
        parts = [
            f
            for j, f in enumerate(figures[:i])
            if f.sentence_start == fig.sentence_start
            and j not in parents
            and same_dimension(f.unit, fig.unit)
            and not f.threshold
        ]
        if len(parts) < 2 or any(p.amount.approximate for p in parts):
            continue
        out.append(Breakdown(fig, tuple(parts), "text", True, "合计"))
    return out


def _exhaustive(text: str, total: Figure, parts: Sequence[Figure]) -> tuple[bool, str]:
    if len(parts) < 2:
        return False, ""
    clause = text[max(0, total.amount.start - 12) : total.amount.start]
    if _COMPLETE.search(clause):
        return True, "共计"
    if parts and all(
        p.amount.start > total.amount.end
        and text[total.amount.end : p.amount.start].lstrip("万元亿千人名 ").startswith(("（", "("))
        for p in parts[:1]
    ):
        return True, "括号内分项"
    whole = total.base_value
    parts_sum = sum((p.base_value for p in parts), Decimal(0))
    if whole and abs(whole - parts_sum) <= abs(whole) * EXHAUSTIVE_SHARE:
        return True, "差额小于5%"
    return False, ""


# ---------------------------------------------------------------- counted lists

_COUNT = _cue("count_after_list")
_COUNT_BEFORE_LIST = _cue("count_then_list")
_GENERIC_UNITS = frozenset(words("tables", "generic_count_units"))
_AMOUNT_IN_ITEM = _cue("amount_in_item")
_LEAD_VERB = _cue("list_lead_verb")
_CLAUSE_STOP = "，,。；;：:！？"
_LIST_TAIL = _cue("list_tail")
_REFERS_BACK = _cue("refers_back")


def counted_lists(p: Paragraph) -> list[CountedList]:
    """Lists whose length the text states (``A、B、C 等 3 个部门``, ``N 个方面：A、B、C``)."""
    from auditor.text.numbers import chinese_numeral

    out: list[CountedList] = []
    text = p.text
    for m in _COUNT.finditer(text):
        raw_n = m.group("n")
        n = int(raw_n) if raw_n.isdigit() else chinese_numeral(raw_n)
        deng = bool(m.group("deng"))
        unit = m.group("unit")
        if n is None or n < 2:
            continue
        if not (deng or not raw_n.isdigit() or unit in _GENERIC_UNITS):
            continue
        body = _clause_before(text, m.start())
        if not body or body[-1] in "、" or body[-1].isdigit() or body.endswith(("年", "号")):
            continue
        if _REFERS_BACK.search(body):
            continue  # ``委机关及上述3个二级单位``: the count refers to a list elsewhere
        items = _split_items(_LEAD_VERB.sub("", body))
        if len(items) < 2 or any(_AMOUNT_IN_ITEM.search(i) or _COUNT.search(i) for i in items):
            continue  # ``决策、过程、产出、效益四个维度共13项``: the list has its own count
        start = m.start("n")
        amount = Amount(Decimal(n), unit, text[start : m.end("unit")], start, m.end("unit"))
        out.append(
            CountedList(
                amount,
                tuple(items),
                deng,
                p.index,
                p.location,
                (body + text[m.start() : m.end() + 6])[-90:],
            )
        )
    for m in _COUNT_BEFORE_LIST.finditer(text):
        raw_n = m.group("n")
        n = int(raw_n) if raw_n.isdigit() else chinese_numeral(raw_n)
        if n is None or n < 2:
            continue
        items = _split_items(m.group("list"))
        if len(items) < 2 or any(_AMOUNT_IN_ITEM.search(i) for i in items):
            continue
        start = m.start("n")
        amount = Amount(
            Decimal(n), m.group("unit"), text[start : m.end("unit")], start, m.end("unit")
        )
        out.append(CountedList(amount, tuple(items), False, p.index, p.location, m.group(0)[-90:]))
    return out


def _clause_before(text: str, end: int) -> str:
    """Text from the last clause delimiter outside brackets up to ``end``."""
    depth = 0
    i = end - 1
    while i >= 0:
        ch = text[i]
        if ch in "）)》”":
            depth += 1
        elif ch in "（(《“":
            if depth == 0:
                break
            depth -= 1
        elif ch in _CLAUSE_STOP and depth == 0:
            break
        i -= 1
    return text[i + 1 : end].strip()


def _split_items(body: str) -> list[str]:
    depth = 0
    items: list[str] = []
    current = ""
    for ch in body:
        if ch in "（(《“":
            depth += 1
        elif ch in "）)》”":
            depth = max(0, depth - 1)
        if ch == "、" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    last = items[-1]
    tail = [t.strip() for t in re.split(r"(?:以及|和|及|与)", last)]
    if len(tail) == 2 and all(tail) and _same_kind(items[:-1], tail[0], tail[1]):
        items[-1:] = tail
    items = [i.strip() for i in items if i.strip()]
    if items:
        items[-1] = _LIST_TAIL.sub("", items[-1]) or items[-1]  # ``…民主社区共6个``
    return items


def _same_kind(items: list[str], first: str, second: str) -> bool:
    """Whether a 和 in the last item joins two items rather than two words of one.

    When the last item ends like earlier items (``…股``, ``…办公室``), its first half
    must too: ``规划和建设股`` is one 股, ``财务股和建设股`` two.
    """
    endings = {i.strip()[-1] for i in items if i.strip()}
    return second[-1] not in endings or first[-1] in endings


# ---------------------------------------------------------------- tables


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
    return [*_total_rows(t, cells, before), *_total_columns(t, cells)]


def _cells(figures: Sequence[Figure]) -> dict[tuple[int, int], Figure]:
    return {f.cell: f for f in figures if f.table_value and f.cell is not None}


def _continues(first: Table, second: Table) -> bool:
    """Whether ``second`` reads as the continuation of ``first`` (same header, no total)."""
    if first.n_cols != second.n_cols or not first.header_rows or not second.header_rows:
        return False
    heads = [tuple(c.text for c in first.grid[r]) for r in range(first.header_rows)]
    if heads != [tuple(c.text for c in second.grid[r]) for r in range(second.header_rows)]:
        return False
    lay = layout(first)
    return not any(
        _TOTAL_ROW.search(lay.head(first, r, c))
        for c in lay.value_cols
        for r in range(first.header_rows, first.n_rows)
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

    def candidates(r: int, c: int) -> list[tuple[str, list[Figure], list[Breakdown]]]:
        """Readings of total ``r`` in column ``c``: name, parts, nested subtotals."""
        heads, totals = heads_by_col[c], totals_by_col[c]
        group = lay.group(t, r, c)
        scope = data if group is None else [k for k in data if lay.group(t, k, c) == group]
        found: list[tuple[str, list[Figure], list[Breakdown]]] = []
        for direction in ("convention", "above", "below"):
            walked = _rows_totalled(r, scope, [k for k in totals if k in scope], heads, direction)
            rows = _top_level_rows(
                heads, walked, {k: cells[(k, c)].value for k in walked if (k, c) in cells}
            )
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
                earlier = [
                    first_cells[(k, c)]
                    for k in range(first.header_rows, first.n_rows)
                    if (k, c) in first_cells
                ]
                if earlier:
                    found.append(
                        (
                            f"{name}，并加上表{first.number}（同一表格的前半部分）",
                            [*earlier, *parts],
                            [],
                        )
                    )
        return found

    total_rows = sorted({r for c in lay.value_cols for r in totals_by_col[c]})
    for r in total_rows:
        cols = [c for c in lay.value_cols if r in totals_by_col[c]]
        readings = {c: candidates(r, c) for c in cols}
        # Score each reading by how many value columns add up under it.
        scores: dict[str, int] = {}
        for c in cols:
            for name, parts, _sub in readings[c]:
                scores.setdefault(name, 0)
                if holds(cells[(r, c)], parts):
                    scores[name] += 1
        for c in cols:
            total = cells[(r, c)]
            if total.kind in ("percent", "score") or not readings[c]:
                continue
            name, parts, sub = readings[c][0]  # the table's own convention wins a tie
            for other, other_parts, other_sub in readings[c][1:]:
                if scores[other] > scores[name]:
                    name, parts, sub = other, other_parts, other_sub
            ok = holds(total, parts)
            out.extend(replace(b, structure=name) for b in sub)
            out.append(
                Breakdown(
                    total,
                    tuple(parts),
                    "table-row",
                    True,
                    heads_by_col[c][r],
                    structure=name,
                    confirmed=scores[name] - (1 if ok else 0) > 0,
                )
            )
    return out


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
    r: int, data: list[int], totals: list[int], heads: dict[int, str], direction: str = "convention"
) -> list[int]:
    """The rows total ``r`` adds: ``above`` (parts below it), ``below``, or by convention.

    By convention a table whose first labelled row is a total puts every total above
    its parts (``收入合计`` then its sources, ``支出合计`` then its kinds); otherwise
    totals close the rows above them.
    """
    labelled = [k for k in data if heads[k]]
    above = bool(labelled) and labelled[0] in totals
    if direction != "convention":
        above = direction == "above"
    if above:
        return _walk(r, data[data.index(r) + 1 :], totals, heads)
    return list(reversed(_walk(r, list(reversed(data[: data.index(r)])), totals, heads)))


def _walk(r: int, rows: list[int], totals: list[int], heads: dict[int, str]) -> list[int]:
    """Rows met walking away from total ``r``, up to the next full total.

    A 小计 met on the way stands for its group, so the rows between it and the next
    total are skipped. A full total met on the way ends the walk; it is a part only
    under a 总计 (``本年收入合计`` within ``收入总计``), otherwise it totals another
    group (``收入合计`` beside ``支出合计``).
    """
    met: list[int] = []
    skipping = False
    for k in rows:
        if k in totals:
            if _SUBTOTAL.search(heads[k]):
                met.append(k)
                skipping = True
                continue
            if "总计" in heads[r] and "总计" not in heads[k]:
                met.append(k)
            break
        if not skipping:
            met.append(k)
    return met


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
    listed = Decimal(0)
    for k in rows:
        head = heads[k]
        level = numbered_level(head)
        if _SUB_ITEM.match(head):
            in_list = True
            owner = values.get(kept[-1]) if kept else None
            listed = values.get(k, Decimal(0))
            continue
        if level is not None or _TOTAL_ROW.search(head):
            in_list = False
        if in_list and owner is not None and listed == owner:
            in_list = False  # the 其中 items already make up their owner
        if in_list:
            listed += values.get(k, Decimal(0))
        else:
            kept.append(k)
    levels = {k: numbered_level(heads[k]) for k in kept if not _TOTAL_ROW.search(heads[k])}
    numbered = [lv for lv in levels.values() if lv is not None]
    if not numbered:
        return kept
    top = min(numbered)
    return [k for k in kept if k not in levels or levels[k] == top]


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
    for c, leaf in enumerate(paths):
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
            if (r, k) in cells and cells[(r, k)].kind not in ("percent", "score"):
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
        for top, nests in nestings(part_cols, cued)
    ]
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
    return out


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


_NOT_A_PART = _cue("not_a_part")


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
