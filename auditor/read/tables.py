"""How a table is laid out: which columns hold values, labels and serial numbers.

Reports lay tables out in many ways: the row label in the first column; a 序号 column
before it; two label/value pairs side by side (``收入 | 决算数 | 支出 | 决算数``);
``label | value | label | value`` key-value rows. Every value column gets the label
columns just left of it (back to the previous value column), so a row total, a row
label and a figure's label are read from the right pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import Table
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text, is_placeholder

_SERIAL_HEADER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("tables", "serial_header"))
)
_FUNCTION_CODE = patterns("tables", "function_code")


def function_code(text: str, alone: bool = False) -> str | None:
    """The 类/款/项 code (``201``, ``20101``, ``2010101``) a cell holds or a label opens with.

    ``alone``: only a cell that holds nothing but the code.
    """
    for pattern in _FUNCTION_CODE[:1] if alone else _FUNCTION_CODE:
        m = pattern.match(text.strip())
        if m:
            return m.group("code")
    return None


def code_tree(codes: dict[int, str]) -> dict[int, int | None]:
    """Row → the row of its nearest coded ancestor (None for a root), or {} if not a tree.

    Codes are trusted as 类/款/项 only when at least two rows carry one and some code
    has another row's code as its prefix (``20101`` under ``201``): a column of
    three-digit amounts is no classification.
    """
    if len(codes) < 2:
        return {}
    by_code = {code: r for r, code in codes.items()}
    parents: dict[int, int | None] = {}
    for r, code in codes.items():
        parent = None
        for cut in range(len(code) - 2, 2, -2):
            if code[:cut] in by_code:
                parent = by_code[code[:cut]]
                break
        parents[r] = parent
    if all(p is None for p in parents.values()):
        return {}
    return parents


@dataclass(frozen=True, slots=True)
class TableLayout:
    """Value, label and serial columns of one table."""

    value_cols: tuple[int, ...]
    serial_cols: frozenset[int]
    labels_for: dict[int, tuple[int, ...]]
    """Value column → the label columns just left of it."""
    code_cols: frozenset[int] = frozenset()
    """Columns of 类/款/项 codes (``201``, ``20101``): labels, not values."""

    def label(self, t: Table, r: int, c: int) -> str:
        """The row label a value in (r, c) belongs to (``合计`` under an empty 序号)."""
        parts: list[str] = []
        for lc in self.labels_for.get(c, ()):
            text = t.grid[r][lc].text
            if is_numeric_text(text):
                continue  # a form's mixed rows (``基本支出 | 3,080.00 | 3,186.20 | 3,126.84``)
            if text and len(text) <= 40 and text not in parts:
                parts.append(text)
        return "/".join(parts[-2:])

    def group(self, t: Table, r: int, c: int) -> tuple[int, int] | None:
        """The merged outer label cell row ``r`` sits under (``收入`` spanning 5 rows).

        Rows under one merged group label form their own block: its 小计 totals
        only them.
        """
        cols = self.labels_for.get(c, ())
        if len(cols) < 2:
            return None
        cell = t.grid[r][cols[0]]
        return (cell.row, cell.col) if cell.rowspan > 1 else None

    def head(self, t: Table, r: int, c: int) -> str:
        """The innermost label of (r, c): what a total row is recognised by."""
        for lc in reversed(self.labels_for.get(c, ())):
            text = t.grid[r][lc].text
            if text:
                return text
        for lc in sorted(self.code_cols, reverse=True):
            text = t.grid[r][lc].text
            if lc < c and text and function_code(text, alone=True) is None:
                return text  # ``合计`` written in the code column
        for lc in sorted(self.serial_cols, reverse=True):
            text = t.grid[r][lc].text
            if lc < c and text and not is_numeric_text(text):
                return text  # ``| 合计 |  | 1,540.00 |``: written in the 序号 column
        return ""

    def codes(self, t: Table, c: int) -> dict[int, str]:
        """Data row → its 类/款/项 code (own column or leading the label), for column ``c``."""
        out: dict[int, str] = {}
        for r in range(t.header_rows, t.n_rows):
            code = None
            for lc in sorted(self.code_cols, reverse=True):
                if lc < c and (code := function_code(t.grid[r][lc].text, alone=True)):
                    break
            if code is None:
                code = function_code(self.head(t, r, c))
            if code is not None:
                out[r] = code
        return out if code_tree(out) else {}


def layout(t: Table) -> TableLayout:
    """Work out a table's value, label and serial columns from its data rows."""
    data = range(t.header_rows, t.n_rows)
    serial: set[int] = set()
    numeric_share: dict[int, float] = {}
    texts: dict[int, int] = {}
    for c in range(t.n_cols):
        values = [
            t.grid[r][c].text
            for r in data
            if t.is_origin(r, c) and t.grid[r][c].text and not is_placeholder(t.grid[r][c].text)
        ]
        header = t.grid[t.header_rows - 1][c].text if t.header_rows else ""
        numeric = [v for v in values if is_numeric_text(v)]
        numeric_share[c] = len(numeric) / len(values) if values else 0.0
        texts[c] = len(values) - len(numeric)
        if _SERIAL_HEADER.match(header) or (values and _consecutive(values)):
            serial.add(c)
    codes = {c for c in range(t.n_cols) if c not in serial and _code_column(t, c)}
    value_cols = tuple(
        c
        for c in range(t.n_cols)
        if c not in serial and c not in codes and numeric_share[c] >= 0.5 and texts[c] < len(data)
    )
    labels_for: dict[int, tuple[int, ...]] = {}
    previous = -1
    for v in value_cols:
        own = tuple(
            c
            for c in range(previous + 1, v)
            if c not in serial and c not in value_cols and c not in codes and texts[c]
        )
        # Adjacent value columns (预算数 | 决算数) share the labels to their left.
        labels_for[v] = own or labels_for.get(previous, ())
        previous = v
    return TableLayout(value_cols, frozenset(serial), labels_for, frozenset(codes))


def _code_column(t: Table, c: int) -> bool:
    """Whether column ``c`` holds 类/款/项 codes (every other cell is a total's label)."""
    codes: dict[int, str] = {}
    for r in range(t.header_rows, t.n_rows):
        text = t.grid[r][c].text
        if not text or not t.is_origin(r, c):
            continue
        code = function_code(text, alone=True)
        if code is None and is_numeric_text(text):
            return False
        if code is not None:
            codes[r] = code
    return bool(code_tree(codes))


def _consecutive(values: list[str]) -> bool:
    """``1, 2, 3 …`` (or ``1、 2、 …``): a serial-number column, not values."""
    numbers = []
    for v in values:
        m = re.fullmatch(r"(\d{1,3})[、.．]?", v)
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_GROUP_LEAF_QUALIFIER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("tables", "group_leaf_qualifier"))
)
_GROUP_TOTAL_LEAF = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("tables", "total_word"))
)
_GROUP_LEAF_NAME = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("tables", "group_leaf_name"))
)
_PART_OPENER_HEAD = re.compile("|".join(f"(?:{p.pattern})" for p in patterns("tables", "sub_item")))


def part_groups(paths: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[int, ...]]:
    """Header groups whose sub-columns are parts of the group's quantity.

    ``编制数`` spanning ``行政 | 事业``: each sub-column holds one part (行政编制, 事业编制),
    and together they make the group's figure. A group whose sub-columns qualify the
    figure instead (``预算数 | 决算数``, ``2023年 | 2024年``), a ``其中：`` group and a
    group with its own 小计/合计 column (read as its parts already) are left out.
    Returns the group's header path → its columns (two or more, adjacent).
    """
    groups: dict[tuple[str, ...], list[int]] = {}
    for c, path in enumerate(paths):
        if len(path) >= 2:
            groups.setdefault(path[:-1], []).append(c)
    out: dict[tuple[str, ...], tuple[int, ...]] = {}
    for prefix, cols in groups.items():
        leaves = [paths[c][-1] for c in cols]
        if (
            len(cols) < 2
            or cols != list(range(cols[0], cols[0] + len(cols)))
            or _PART_OPENER_HEAD.match(prefix[-1])
            or any(
                len(leaf) > 10
                or _GROUP_LEAF_QUALIFIER.search(_GROUP_LEAF_NAME.sub("", leaf))
                or _GROUP_TOTAL_LEAF.search(leaf)
                for leaf in leaves
            )
        ):
            continue
        out[prefix] = tuple(cols)
    return out


def repeats_header(first: Table, second: Table) -> bool:
    """Whether ``second`` repeats ``first``'s header, as a table continued on a new page does.

    The continuation repeats the header rows; the first part may have read a group's
    heading row with no figures (``一 | 一般公共预算财政拨款项目 | | |``) as a header row
    too, so only the rows both read as header are compared.
    """
    if first.n_cols != second.n_cols or not first.header_rows or not second.header_rows:
        return False
    if second.header_rows > first.header_rows:
        return False
    return all(
        [c.text for c in first.grid[r]] == [c.text for c in second.grid[r]]
        for r in range(second.header_rows)
    )
