"""Each score-table row's target, actual value and stated reason, and whether the target was met.

A 自评表 row states a target (``指标值 | ≥95%``), what was achieved (``实际完成值 |
93%``), the score and often a 偏差原因/扣分原因. Rules compare the score with the
achievement: full marks for a missed target, or points lost on a target met with no
reason given. The reading abstains (``met`` is None) whenever the comparison is not
certain: a qualitative target (``有效提升``), different units, several numbers in a
cell, or a target with no direction whose actual value exceeds it.

The column and direction words are data (``cues/targets.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from auditor.model import Cell, Location, Table
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text
from auditor.text.units import UNITS


def _cue(key: str) -> re.Pattern[str]:
    """The patterns under ``key`` in ``cues/targets.yaml``, or-ed into one."""
    found = patterns("targets", key)
    if len(found) == 1:
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


_TARGET_HEADER = _cue("target_header")
_ACTUAL_HEADER = _cue("actual_header")
_REASON_HEADER = _cue("reason_header")
_COMPLETION_HEADER = _cue("completion_header")
_LOWER_IS_BETTER = _cue("lower_is_better")
_HIGHER_IS_BETTER = _cue("higher_is_better")
_NO_REASON = _cue("no_reason")
_NOTE_HEADER = _cue("note_header")
_OP_HEADER = _cue("op_header")
_UNIT_HEADER = _cue("unit_header")
_OP_WORD = _cue("op_words")
_HEADER_UNIT = _cue("header_unit")
_BARE_NUMBER = re.compile(r"\s*\d+(?:\.\d+)?\s*")


def header_unit(header: str) -> str:
    """The unit a column header states for its bare numbers (``实际完成值（%）`` → ``%``)."""
    m = _HEADER_UNIT.search(header.strip())
    return m.group("unit").replace("％", "%") if m else ""


def bare_number(text: str) -> bool:
    """Whether a cell holds one number and nothing else (no unit, no comparison)."""
    return _BARE_NUMBER.fullmatch(text.replace(",", "")) is not None


_OPS = {
    "≥": ">=",
    ">=": ">=",
    "＞=": ">=",
    "不低于": ">=",
    "不少于": ">=",
    "大于等于": ">=",
    "达到": ">=",
    "≤": "<=",
    "<=": "<=",
    "＜=": "<=",
    "不高于": "<=",
    "不超过": "<=",
    "不多于": "<=",
    "小于等于": "<=",
    ">": ">",
    "＞": ">",
    "大于": ">",
    "高于": ">",
    "<": "<",
    "＜": "<",
    "小于": "<",
    "低于": "<",
    "=": "=",
    "＝": "=",
}
_OP_WORDS = "|".join(sorted((re.escape(k) for k in _OPS), key=len, reverse=True))
_LONG_UNITS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if len(u) > 3)
"""Units longer than a cell's usual three characters (``平方公里``, ``万平方米``)."""
_SYMBOL_UNITS = "|".join(
    re.escape(u)
    for u in sorted(UNITS, key=len, reverse=True)
    if any(not "\u4e00" <= ch <= "\u9fff" for ch in u)
)
"""Units written with a symbol (``㎡``, ``万㎡``): not the CJK words the cell pattern reads."""
_PER_BASE = r"/(?:10|十|1|一)?[万千百](?:人|例|活产)?"
"""A rate per a base population (``≤10/10万``, ``3.2/千``): its own unit, the same on both sides."""
_VALUE = re.compile(
    rf"^\s*(?P<op>{_OP_WORDS})?\s*(?P<v>\d+(?:\.\d+)?)\s*"
    rf"(?P<unit>%|％|‰|{_PER_BASE}|{_LONG_UNITS}|{_SYMBOL_UNITS}|[\u4e00-\u9fff]{{1,3}}?)?\s*"
    r"(?P<or_more>及以上|以上|以内|以下)?\s*$"
)


@dataclass(frozen=True, slots=True)
class Measure:
    """A value read from one cell: an optional comparison, a number and its unit."""

    op: str
    """``>=``, ``<=``, ``>``, ``<``, ``=``, or ``""`` when none is written."""
    value: Decimal
    unit: str
    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class RowTarget:
    """A score-table row's target, actual value, reason and whether the target was met."""

    table: int
    row: int
    """0-based grid row."""
    name: str
    target: Measure | None
    actual: Measure | None
    reason: str
    """The 偏差原因/扣分原因 cell (``""`` when empty, ``None``-like when no such column)."""
    has_reason_column: bool
    met: bool | None
    """True/False when certain; None when the reading abstains."""
    reading: str
    """How the comparison was read (``按“≥95%”理解，实际 93% 未达到``)."""
    completion: Measure | None = None
    """The row's own 完成率 cell, a percent (``完成率 | 92.00%``), when the table has one."""


def measure(cell: Cell, unit_of_column: str = "") -> Measure | None:
    """The single value a cell states (``≥95%``, ``12场``, ``30天以内``), else None.

    A bare number takes the unit its column's header states (``实际完成值（%）``).
    """
    text = cell.text.replace(",", "").replace("，", "")
    if unit_of_column and bare_number(text):
        return Measure("", Decimal(text.strip()), unit_of_column, cell.text, cell.location)
    m = _VALUE.match(text)
    if m is None:
        return None
    try:
        value = Decimal(m.group("v"))
    except InvalidOperation:
        return None
    op = _OPS.get(m.group("op") or "", "")
    more = m.group("or_more") or ""
    if not op and more:
        op = ">=" if "以上" in more else "<="
    unit = (m.group("unit") or "").replace("％", "%")
    return Measure(op, value, unit, cell.text, cell.location)


@dataclass(frozen=True, slots=True)
class _Columns:
    target: int | None
    actual: int | None
    reason: int | None
    target_unit: str = ""
    actual_unit: str = ""
    completion: int | None = None
    completion_unit: str = ""
    note: int | None = None
    """A 说明/备注 column (read for an achieved value when there is no actual column)."""
    op: int | None = None
    """The 指标性质 column (``≥``, ``≤``): the comparison of a bare target beside it."""
    unit: int | None = None
    """The 度量单位 column (``%``, ``件``): the unit of the row's bare target and actual."""


def _columns(rows: Sequence[Sequence[Cell]], n_cols: int) -> _Columns:
    heads = [
        "".join(dict.fromkeys(row[c].text for row in rows if c < len(row))) for c in range(n_cols)
    ]
    actual = [c for c, h in enumerate(heads) if _ACTUAL_HEADER.search(h)]
    target = [c for c, h in enumerate(heads) if _TARGET_HEADER.search(h) and c not in actual]
    reason = [c for c, h in enumerate(heads) if _REASON_HEADER.search(h)]
    completion = [
        c
        for c, h in enumerate(heads)
        if _COMPLETION_HEADER.search(h) and c not in actual and c not in target
    ]
    found = (
        target[0] if len(target) == 1 else None,
        actual[0] if len(actual) == 1 else None,
        reason[0] if reason else None,
    )
    # Only a percent: a count's unit in a header (``（批次）``) is read by achieved.py,
    # which knows how the text writes it (批).
    units = ["%" if c is not None and header_unit(heads[c]) == "%" else "" for c in found[:2]]
    ops = [c for c, h in enumerate(heads) if _OP_HEADER.match(h)]
    notes = [c for c, h in enumerate(heads) if _NOTE_HEADER.search(h)]
    unit_cols = [c for c, h in enumerate(heads) if _UNIT_HEADER.match(h)]
    return _Columns(
        *found,
        note=notes[0] if len(notes) == 1 else None,
        op=ops[0] if len(ops) == 1 else None,
        unit=unit_cols[0] if len(unit_cols) == 1 else None,
        target_unit=units[0],
        actual_unit=units[1],
        completion=completion[0] if len(completion) == 1 else None,
        completion_unit="%"
        if len(completion) == 1 and header_unit(heads[completion[0]]) == "%"
        else "",
    )


def _is_header_row(row: Sequence[Cell]) -> bool:
    texts = [c.text for c in row]
    return any(_ACTUAL_HEADER.search(t) for t in texts) and not any(
        is_numeric_text(t) for t in texts
    )


_COST_OR_TIME_UNITS = ("天", "日", "小时", "月", "年", "元", "万元", "亿元", "分钟")


def compare(name: str, target: Measure, actual: Measure) -> tuple[bool | None, str]:
    """Whether ``actual`` meets ``target``, and how that was read; None when unsure.

    A target with a direction (``≥95%``, ``≤7天``, ``40场以上``) is compared as
    written. A bare target (``100%``, ``40场``) is met when equalled; it is missed only
    when the actual value falls below a target that can only be a floor (100 %, a
    count of things on an indicator that is not a cost, time or ceiling, or a percent
    on an indicator whose name says more is better: ``参保率 | 98%``, ``满意度 | 90%``,
    which is also met above it); anything else is not judged.
    """
    if target.unit != actual.unit or actual.op:
        return None, ""
    a, t = actual.value, target.value
    op = target.op
    inferred = not op
    lower = bool(_LOWER_IS_BETTER.search(name))
    if not op:
        if a == t:
            op = "="
        elif (target.unit == "%" and not lower and _HIGHER_IS_BETTER.search(name.strip())) or (
            a < t
            and not lower
            and (
                (target.unit == "%" and t == 100)
                or (target.unit not in ("%", "") and target.unit not in _COST_OR_TIME_UNITS)
            )
        ):
            op = ">="
        else:
            return None, ""
    met = {
        ">=": a >= t,
        "<=": a <= t,
        ">": a > t,
        "<": a < t,
        "=": a == t,
    }[op]
    verdict = "达到" if met else "未达到"
    floor = "（视为下限）" if inferred and op == ">=" else ""
    how = f"按目标“{target.text.strip()}”{floor}理解，实际 {actual.text.strip()} {verdict}目标"
    return met, how


def row_targets(table: Table, rows: Sequence[tuple[int, str]]) -> list[RowTarget]:
    """The target reading of each given (0-based row, indicator name) of a score table."""
    wanted = dict(rows)
    cols = _columns([table.grid[r] for r in range(table.header_rows)], table.n_cols)
    out: list[RowTarget] = []
    for r in range(table.header_rows, table.n_rows):
        row = table.grid[r]
        if _is_header_row(row):
            cols = _columns([row], table.n_cols)
            continue
        if r not in wanted:
            continue
        if cols.actual is None:
            if (found := _value_in_explanation(row, cols, r)) is not None:
                out.append(RowTarget(table.number, r, wanted[r], None, found, "", False, None, ""))
            continue
        # Without a target column the row has only its actual value (a rule may state
        # the target: ``完成3个得满分，每少1个扣2分``).
        actual_cell = row[cols.actual]
        target_cell = row[cols.target] if cols.target is not None else None
        if target_cell is actual_cell or actual_cell.row != r:
            continue  # merged across rows: not this row's own values
        if target_cell is not None and target_cell.row != r:
            continue
        target = measure(target_cell, cols.target_unit) if target_cell is not None else None
        actual = measure(actual_cell, cols.actual_unit)
        if target is not None and actual is not None:
            target, actual = _split_target(row, cols, r, target, actual)
        reason = row[cols.reason].text.strip() if cols.reason is not None else ""
        if _NO_REASON.fullmatch(reason):
            reason = ""
        met, how = (None, "")
        if target is not None and actual is not None:
            met, how = compare(wanted[r], target, actual)
        out.append(
            RowTarget(
                table.number,
                r,
                wanted[r],
                target,
                actual,
                reason,
                cols.reason is not None,
                met,
                how,
                _completion(row, cols, r),
            )
        )
    return out


def _value_in_explanation(row: Sequence[Cell], cols: _Columns, r: int) -> Measure | None:
    """The achieved value a sheet with no 实际完成值 column writes as the row's 说明.

    ``新造林面积 | 8 | ≥1.2万亩得8分… | 8 | 1.26万亩``: a 评分说明 cell that is one value
    with its unit and nothing else states what was achieved. A bound (``≥``), a bare
    number or points (``扣1分``) are not read.
    """
    if cols.note is None or row[cols.note].row != r:
        return None
    found = measure(row[cols.note])
    if found is None or found.op or not found.unit or found.unit == "分":
        return None
    return found


_SPLIT_OPS = {"正向": ">=", "反向": "<="}


def _split_target(
    row: Sequence[Cell], cols: _Columns, r: int, target: Measure, actual: Measure
) -> tuple[Measure, Measure]:
    """A bare target and actual completed by the row's 指标性质 and 度量单位 cells.

    ``≥ | 95 | % | 93.6``: the target is ``≥95%``, the actual ``93.6%``. Only bare
    numbers are completed, and only from the row's own cells; a written op or unit stays.
    """
    unit_cell = row[cols.unit] if cols.unit is not None else None
    unit = ""
    if unit_cell is not None and unit_cell.row == r:
        unit = unit_cell.text.strip().replace("％", "%")
        if not _VALUE.match(f"1{unit}") or is_numeric_text(unit) or unit == "分":
            # ``—`` or a note, no unit; nor ``分``: a score sheet's points, which the
            # text's ``（10分）`` titles would be read as the row's value.
            unit = ""
    if unit and not target.unit and not actual.unit:
        target = replace(target, unit=unit, text=f"{target.text.strip()}{unit}")
        actual = replace(actual, unit=unit, text=f"{actual.text.strip()}{unit}")
    op_cell = row[cols.op] if cols.op is not None else None
    if op_cell is not None and op_cell.row == r and not target.op:
        m = _OP_WORD.match(op_cell.text)
        if m is not None:
            word = m.group("op")
            op = _SPLIT_OPS.get(word) or _OPS.get(word, "")
            if op:
                shown = op_cell.text.strip()
                target = replace(target, op=op, text=f"{shown}{target.text.strip()}")
    return target, actual


def _completion(row: Sequence[Cell], cols: _Columns, r: int) -> Measure | None:
    """The row's own 完成率 cell as a percent (``92.00%``, or ``92.00`` under ``完成率（%）``)."""
    if cols.completion is None or row[cols.completion].row != r:
        return None
    found = measure(row[cols.completion], cols.completion_unit)
    return found if found is not None and found.unit == "%" and not found.op else None


def lower_is_better(name: str, target: Measure | None) -> bool:
    """Whether a row's target is a ceiling (lower is better).

    ``≤100%``, ``<5%``, or a bare target on a control, cost or time indicator
    (``在职人员控制率 | 100%``). Its 完成比例 is not its rate: ``完成目标得满分，未完成按完成比例得分`` cannot score it
    pro rata (85 % of a ``≤100%`` ceiling is the target met, not 85 % of the points).
    """
    if target is not None and target.op in ("<=", "<"):
        return True
    if target is not None and target.op in (">=", ">"):
        return False
    return bool(_LOWER_IS_BETTER.search(name))


def completion_rate(target: Measure, actual: Measure) -> Decimal | None:
    """``actual/target`` in percent for a higher-is-better target (capped at 100), else None.

    A percent target other than 100 % is left alone: ``按完成比例`` could then mean the
    rate itself or its ratio to the target.
    """
    if target.unit != actual.unit or target.op not in ("", ">=") or target.value <= 0:
        return None
    if target.unit == "%":
        return actual.value if target.value == 100 else None
    return min(Decimal(100), actual.value / target.value * 100)


_TEXT_TARGET = _cue("text_target")
_TEXT_ACTUAL = _cue("text_actual")


@dataclass(frozen=True, slots=True)
class TextTarget:
    """A target and an actual value stated in an indicator's text, and the comparison."""

    target: Measure
    actual: Measure
    met: bool | None
    reading: str


def _text_measure(m: re.Match[str], location: Location, op_group: bool) -> Measure | None:
    try:
        value = Decimal(m.group("v"))
    except InvalidOperation:
        return None
    op = _OPS.get(m.group("op") or "", "") if op_group else ""
    unit = m.group("unit").replace("％", "%")
    return Measure(op, value, unit, m.group(0), location)


def text_actual(paragraphs: Sequence[tuple[str, Location]]) -> Measure | None:
    """The one actual value an indicator's text states (``全年实际开展1次``), else None."""
    actuals = [
        a
        for text, location in paragraphs
        for m in _TEXT_ACTUAL.finditer(text.replace(",", ""))
        if (a := _text_measure(m, location, False))
    ]
    if len({(a.value, a.unit) for a in actuals}) != 1:
        return None
    return actuals[0]


def text_target_alone(paragraphs: Sequence[tuple[str, Location]]) -> Measure | None:
    """The one target an indicator's text states (``目标值为98.0%``), else None."""
    targets = [
        t
        for text, location in paragraphs
        for m in _TEXT_TARGET.finditer(text.replace(",", ""))
        if (t := _text_measure(m, location, True))
    ]
    if len({(t.op, t.value, t.unit) for t in targets}) != 1:
        return None
    return targets[0]


def text_target(name: str, paragraphs: Sequence[tuple[str, Location]]) -> TextTarget | None:
    """The one target and one actual value an indicator's text states, compared.

    ``年度目标为培训1000人次，实际完成800人次``. None when either is missing or stated
    more than once with different values (the reading would have to guess which), or
    when the units differ.
    """
    targets: list[Measure] = []
    actuals: list[Measure] = []
    for text, location in paragraphs:
        clean = text.replace(",", "")
        targets += [
            t for m in _TEXT_TARGET.finditer(clean) if (t := _text_measure(m, location, True))
        ]
        actuals += [
            a for m in _TEXT_ACTUAL.finditer(clean) if (a := _text_measure(m, location, False))
        ]
    if len({(t.op, t.value, t.unit) for t in targets}) != 1:
        return None
    if len({(a.value, a.unit) for a in actuals}) != 1:
        return None
    target, actual = targets[0], actuals[0]
    met, how = compare(name, target, actual)
    if met is None:
        return None
    return TextTarget(target, actual, met, how)
