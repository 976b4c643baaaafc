"""A funds table's rate column over its own amount columns.

The 10号 form's funds table (``年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
得分``) writes each row's 执行率 beside the amounts it is computed from. Which budget
column is the denominator is chosen by the table's own rows: the column over which
most written rates come out right; when two columns tie, nothing is read. When no
written rate comes out right over any column (a funds table whose one 合计 row has a
wrong rate), the table cannot choose, and the column the form defines the rate over
(全年预算数) is the denominator when exactly one column is it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Cell, Table
from auditor.read.scoring.sheet import RowRatio, cell_number, cue, table_cue
from auditor.text.cells import is_numeric_text

_RATE_HEADER = table_cue("rate_header")
_EXECUTED_HEADER = table_cue("executed_header")
_BUDGET_HEADER = table_cue("budget_header")
_DEFINED_BUDGET_HEADER = table_cue("defined_budget_header")
_PERCENT_CELL = cue("percent_cell")
_SCORE_HEADER = table_cue("score_header")


@dataclass(frozen=True, slots=True)
class RowRate:
    """A rate cell of a row, in percent, with its written decimals."""

    value: Decimal
    decimals: int
    cell: Cell


def _headers(t: Table) -> list[str]:
    return [
        "".join(dict.fromkeys(t.grid[r][c].text for r in range(t.header_rows)))
        for c in range(t.n_cols)
    ]


def _rate(cell: Cell) -> RowRate | None:
    m = _PERCENT_CELL.fullmatch(cell.text)
    if m is None:
        return None
    return RowRate(Decimal(m.group("v")), len(m.group("v").partition(".")[2]), cell)


def _amount(cell: Cell) -> Decimal | None:
    return Decimal(cell_number(cell.text)) if is_numeric_text(cell.text) else None


def _agrees(rate: RowRate, num: Decimal, den: Decimal) -> bool:
    if den == 0:
        return False
    unit = Decimal(1).scaleb(-rate.decimals)
    return abs(num / den * 100 - rate.value) <= unit


def row_agrees(rate: RowRate, ratio: RowRatio) -> bool:
    """Whether a row's written rate is its own numerator over its denominator."""
    return _agrees(rate, ratio.numerator, ratio.denominator)


def row_rates(t: Table) -> dict[int, tuple[RowRate, RowRatio]]:
    """Each row's written rate and its operands, by row index."""
    if not t.header_rows:
        return {}
    return _rates_under(t, _headers(t), range(t.header_rows, t.n_rows))


def block_rates(t: Table, header_row: int, end: int) -> dict[int, tuple[RowRate, RowRatio]]:
    """Row rates of a block under a header restated mid-table (the 10号 form's 资金 block)."""
    heads = [t.grid[header_row][c].text for c in range(t.n_cols)]
    return _rates_under(t, heads, range(header_row + 1, end))


def _rates_under(
    t: Table, heads: Sequence[str], rows: range
) -> dict[int, tuple[RowRate, RowRatio]]:
    # ``得分（执行率×分值）`` names the rate in the score column's header: not a rate column.
    rate_cols = [
        c for c, h in enumerate(heads) if _RATE_HEADER.search(h) and not _SCORE_HEADER.match(h)
    ]
    num_cols = [c for c, h in enumerate(heads) if _EXECUTED_HEADER.search(h)]
    den_cols = [c for c, h in enumerate(heads) if _BUDGET_HEADER.search(h) and c not in num_cols]
    if len(rate_cols) != 1 or len(num_cols) != 1 or not den_cols:
        return {}
    rate_col, num_col = rate_cols[0], num_cols[0]
    den_col = _denominator(t, rows, rate_col, num_col, den_cols)
    if den_col is None and not _any_agrees(t, rows, rate_col, num_col, den_cols):
        defined = [c for c in den_cols if _DEFINED_BUDGET_HEADER.search(heads[c])]
        den_col = defined[0] if len(defined) == 1 else None
    if den_col is None:
        return {}
    out: dict[int, tuple[RowRate, RowRatio]] = {}
    for r in rows:
        row = t.grid[r]
        rate, num, den = _rate(row[rate_col]), _amount(row[num_col]), _amount(row[den_col])
        if rate is None or num is None or den is None or den == 0:
            continue
        quote = " | ".join(
            [row[0].text, f"{heads[den_col]} {row[den_col].text}",
             f"{heads[num_col]} {row[num_col].text}", f"{heads[rate_col]} {row[rate_col].text}"]
        )  # fmt: skip
        out[r] = (rate, RowRatio(num, heads[num_col], den, heads[den_col], quote))
    return out


def _any_agrees(
    t: Table, rows: Sequence[int], rate_col: int, num_col: int, den_cols: Sequence[int]
) -> bool:
    """Whether any row's written rate comes out right over any budget column."""
    for r in rows:
        row = t.grid[r]
        rate, num = _rate(row[rate_col]), _amount(row[num_col])
        if rate is None or num is None:
            continue
        for c in den_cols:
            den = _amount(row[c])
            if den is not None and _agrees(rate, num, den):
                return True
    return False


def _denominator(
    t: Table, rows: Sequence[int], rate_col: int, num_col: int, den_cols: Sequence[int]
) -> int | None:
    """The budget column the written rates are over: most rows agree; a tie is no answer."""
    if len(den_cols) == 1:
        return den_cols[0]
    agree = dict.fromkeys(den_cols, 0)
    for r in rows:
        row = t.grid[r]
        rate, num = _rate(row[rate_col]), _amount(row[num_col])
        if rate is None or num is None:
            continue
        for c in den_cols:
            den = _amount(row[c])
            if den is not None and _agrees(rate, num, den):
                agree[c] += 1
    best = max(agree.values())
    winners = [c for c, n in agree.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else None
