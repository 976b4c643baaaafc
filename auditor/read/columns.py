"""Columns computed from other columns of the same table, named by their letters.

A score sheet headed ``分值（A） | 得分（B） | 得分率（B/A）`` states in its header how
each cell of the third column is computed from the row's first two: every row is one
formula (``18/20=90%``), checked like any formula the report writes (AR003).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from auditor.model import Cell, Table
from auditor.read.formulas import BinOp, Formula, Node, Num, Side, parse_expression
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text

_LETTER = patterns("tables", "column_letter")
_FORMULA = patterns("tables", "column_formula")
_PERCENT_WITHOUT_SIGN = Decimal("1.5")
_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?")


def _header(table: Table, col: int) -> str:
    return "".join(dict.fromkeys(table.grid[r][col].text for r in range(table.header_rows)))


def _first(found: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    return next((m for p in found if (m := p.search(text)) is not None), None)


def _divides(node: Node) -> bool:
    return isinstance(node, BinOp) and (
        node.op == "/" or _divides(node.left) or _divides(node.right)
    )


def _stated(text: str, ratio: bool) -> Num | None:
    """The number a cell writes, as a formula result (percentages as ratios).

    A ratio column's cell without a % sign (``90`` under ``B/A``) is a percentage when
    it is above 1.5; ``0.9`` is the ratio itself.
    """
    if not is_numeric_text(text):
        return None
    m = _NUMBER.search(text)
    if m is None:
        return None
    raw = m.group(0)
    value = parse_expression(raw)
    if not isinstance(value, Num):
        return None
    if "%" in text or "％" in text or (ratio and value.value > _PERCENT_WITHOUT_SIGN):
        return Num(value.value / 100, raw + "%", value.decimals, percent=True)
    return value


def _another_header(row: Sequence[Cell]) -> bool:
    """Whether a row with no figure names another block's columns (``一级指标 | … | 得分``)."""
    if any(is_numeric_text(c.text) for c in row):
        return False
    return any(_first(_BLOCK_HEADER, c.text.strip()) is not None for c in row)


_BLOCK_HEADER = patterns("tables", "column_block_header")


def column_formulas(table: Table) -> list[Formula]:
    """One formula per row for each column whose header computes it from lettered columns."""
    if not table.header_rows:
        return []
    letters: dict[str, int] = {}
    computed: list[tuple[int, str, str]] = []
    for c in range(table.n_cols):
        head = _header(table, c)
        formula = _first(_FORMULA, head)
        if formula is not None and len(re.findall(r"[A-Za-z]", formula.group("expr"))) >= 2:
            computed.append((c, head, formula.group("expr")))
            continue
        letter = _first(_LETTER, head)
        if letter is not None:
            letters.setdefault(letter.group("letter").upper(), c)
    out: list[Formula] = []
    for col, head, expr in computed:
        used = {ch.upper() for ch in re.findall(r"[A-Za-z]", expr)}
        if not used <= letters.keys() or col in (letters[u] for u in used):
            continue
        ratio_node = parse_expression(re.sub(r"[A-Za-z]", "1", expr))
        ratio = ratio_node is not None and _divides(ratio_node)
        for r in range(table.header_rows, table.n_rows):
            row = table.grid[r]
            if _another_header(row):
                break  # the lettered block ends where another block's header starts
            cell = row[col]
            stated = _stated(cell.text, ratio)
            if stated is None:
                continue
            values: dict[str, str] = {}
            for u in used:
                text = row[letters[u]].text
                number = _NUMBER.search(text) if is_numeric_text(text) else None
                if number is not None:
                    values[u] = number.group(0)
            if len(values) < len(used):
                continue
            numeric = "".join(values.get(ch.upper(), ch) if ch.isascii() else ch for ch in expr)
            node = parse_expression(numeric)
            if node is None or isinstance(node, Num):
                continue
            label = row[0].text if row[0] is not cell else ""
            out.append(
                Formula(
                    name=head,
                    sides=(Side(numeric, node), Side(cell.text, stated)),
                    stated=stated,
                    stated_unit=None,
                    block=table.index,
                    location=cell.location,
                    quote=f"{label} | {head}：{numeric}={cell.text}",
                )
            )
    return out
