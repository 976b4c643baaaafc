"""Every figure of a report with its location, label and an evidence quote.

A figure is an :class:`~auditor.text.numbers.Amount` placed in the document: which
block (and table cell) it was read from, the phrase that names it (its *label*) and a
short quote a reviewer can find in the file. Labels in text are the words before the
number in its clause; in tables they come from the cell to the left, the column header
path (with ``其中`` groups resolved) and the row label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from auditor.model import Block, Document, Location, Paragraph, Table
from auditor.read.qualifiers import STATES_NO_VALUE, Role
from auditor.read.textindex import last_break_before, rfind_word
from auditor.read.wording import patterns
from auditor.text.cells import is_numeric_text, is_placeholder
from auditor.text.numbers import Amount, Scan, scan
from auditor.text.units import kind_of, same_dimension, to_base

MAX_COLON_HEAD = 12
"""Characters a name before a colon may have to label the number after it."""
_CLAUSE_BREAK = "，。；：、！？,;:（()）【】[]"
_SENTENCE_BREAK = "。！？!?"
_SCALE_WRITTEN = re.compile(r"(?:余|多)?(万|亿|千)")
"""The scale a count is written in right after its digits (``7.4亿人次``, ``1万余份``)."""
_QUOTE_BREAK = "。；！？;!?"


def cue(section: str, key: str) -> re.Pattern[str]:
    """The patterns listed under ``key`` in ``data/cues/<section>.yaml`` as one regex.

    A bureau's cue file (see :func:`auditor.read.wording.add_overrides`) extends the
    list; every pattern of it then counts. Patterns with named groups are not joined
    (the first is used): read those with :func:`auditor.read.wording.patterns`.
    """
    return _joined(patterns(section, key))


@cache
def _joined(found: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    if len(found) == 1 or any(p.groupindex for p in found):
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


def _cue(key: str) -> re.Pattern[str]:
    return cue("figures", key)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number read from one place in the document."""

    amount: Amount
    block: int
    location: Location
    label: str
    """The phrase that names the figure (``一般公共服务支出``; ``汇总/公共财政拨款``)."""
    quote: str
    """Short verbatim context for evidence (``一般公共服务支出1243.28万元``)."""
    unit: str | None
    """Unit after applying a table's declared unit (``(万元)`` in its caption)."""
    cell: tuple[int, int] | None = None
    row_label: str = ""
    column_path: tuple[str, ...] = ()
    left_label: str = ""
    """Table: the text cell just left of the value (key-value tables)."""
    table_value: bool = False
    column_part: bool = False
    """Table: the column is one part of a header group with its own 小计 column
    (``编制数`` over ``行政 | 事业 | 小计``), so it is not the group's whole figure."""
    """Whether the figure is a table cell holding only a number (not text in a cell)."""
    sentence_start: int = 0
    """Offset in the block text where the figure's sentence starts (text figures)."""
    verb: str = ""
    """Text figures: the verb stripped before the number (``计`` in ``计3分``)."""
    role: Role = Role.LEVEL
    """Text figures: what the number is in its sentence when its words alone tell —
    :attr:`Role.BOUND` (``超过8%``, ``≥95%``, ``90%（含）以上``) or :attr:`Role.RULE_STEP`
    (``每降低1个百分点扣0.5分``, ``95%得16分``); otherwise :attr:`Role.LEVEL`, and the
    facts reader tells changes, per-head values and remainders from the label."""

    @property
    def threshold(self) -> bool:
        """A bound or a parameter of a rule, not a stated value of any quantity."""
        return self.role in STATES_NO_VALUE

    @property
    def value(self) -> Decimal:
        """The value as written (in :attr:`unit`)."""
        return self.amount.value

    @property
    def kind(self) -> str:
        """Unit kind after the table unit is applied."""
        return kind_of(self.unit)

    @property
    def base_value(self) -> Decimal:
        """The value in the base unit of its dimension (元 for money)."""
        return to_base(self.amount.value, self.unit)

    @property
    def text(self) -> str:
        """The figure as written (``3,608.24万元`` or the cell text)."""
        return self.amount.raw

    @property
    def shown(self) -> str:
        """The figure with its unit for messages (``3,608.24 万元``, ``7.4 亿人次``)."""
        number = self.amount.number_text
        if self.unit and self.unit != "%":
            # ``7.4亿人次`` is read as 740,000,000 人次: the message shows the 亿 it was written in
            scale = _SCALE_WRITTEN.match(
                self.amount.raw, self.amount.raw.find(number) + len(number)
            )
            if scale and not self.unit.startswith(scale.group(1)):
                return f"{number} {scale.group(1)}{self.unit}"
            return f"{number} {self.unit}"
        return f"{number}{self.unit or ''}"


def restatements(text: str, figures: Sequence[Figure]) -> frozenset[int]:
    """Indexes of text figures that restate the figure right before them in brackets.

    ``“三公”经费支出6.32万元（63,200.00元）``: the bracketed figure is the same amount
    in another unit (equal after conversion, up to the rounding of the less precise
    one), so it is neither a part of the figure nor a second value of it.
    ``figures`` are one text's figures in text order.
    """
    out: set[int] = set()
    for i in range(1, len(figures)):
        head, fig = figures[i - 1], figures[i]
        if fig.block != head.block or fig.unit is None or head.unit is None:
            continue
        if not same_dimension(head.unit, fig.unit):
            continue
        if not _cue("restatement_open").search(text[head.amount.end : fig.amount.start]):
            continue
        if not _cue("restatement_close").match(text[fig.amount.end : fig.amount.end + 3]):
            continue
        if abs(head.base_value - fig.base_value) <= max(_half_step(head), _half_step(fig)):
            out.add(i)
    return frozenset(out)


def _half_step(fig: Figure) -> Decimal:
    """Half the last written digit of ``fig``, in its dimension's base unit."""
    return to_base(Decimal(1).scaleb(-fig.amount.decimals) / 2, fig.unit)


def text_figures(p: Paragraph, found: Scan | None = None) -> list[Figure]:
    """Figures of a paragraph with labels from the words before each number."""
    return figures_in_text(p.text, p.index, p.location, found)


def figures_in_text(
    text: str, block: int, location: Location, found: Scan | None = None
) -> list[Figure]:
    """Figures of a text (paragraph or long table cell), labelled by their clause."""
    found = found or scan(text)
    figures: list[Figure] = []
    prev_end = 0
    prev_label = ""
    for amount in found.amounts:
        clause_start = _clause_start(text, amount.start)
        start = max(clause_start, prev_end if prev_end > clause_start else clause_start)
        phrase = text[start : amount.start]
        label = (
            _interrupted_head(text, start, phrase)
            or clean_text_label(phrase)
            or _aliased_head(text, start)
            or _colon_head(text, start)
        )
        verb = _trailing_verb(phrase)
        if not label and prev_end > clause_start:
            label = prev_label
        if is_ordinal(text, amount.start):
            continue  # ``九届三次全体会议``: the numeral names a session, it counts nothing
        if _is_percent_factor(text, amount):
            # ``×100%`` converts a ratio to a percentage; it states no figure (the
            # labels after it still start after it).
            prev_end, prev_label = amount.end, label
            continue
        figures.append(
            Figure(
                amount=amount,
                block=block,
                location=location,
                label=label,
                quote=quote(text, amount.start, amount.end),
                unit=amount.unit,
                sentence_start=_sentence_start(text, amount.start),
                verb=verb,
                role=rule_role(text, amount.start, amount.end),
            )
        )
        prev_end = amount.end
        prev_label = label
    return figures


ORDINAL_REACH = 16
"""How far before a numeral the words that make it an ordinal are looked for."""


def is_ordinal(text: str, start: int) -> bool:
    """Whether the numeral at ``start`` is an ordinal in a name (``第三次会员代表大会``).

    No figure is read there and no list is counted by it (``十八届人大二次``).
    """
    before = text[max(0, start - ORDINAL_REACH) : start]
    return cue("figures", "ordinal_before").search(before) is not None


_WHOLE_IN = {"%": 100, "‰": 1000}
"""How a ratio's unit writes one whole: ``×100%`` and ``×1000‰`` multiply by one."""


def _is_percent_factor(text: str, amount: Amount) -> bool:
    """Whether ``amount`` is the ``×100%`` (``×1000‰``) of a formula: a unit conversion, no figure."""
    return _WHOLE_IN.get(amount.unit or "") == amount.value and bool(
        _cue("percent_factor").search(text[max(0, amount.start - 3) : amount.start])
    )


def _aliased_head(text: str, start: int) -> str:
    """The head a bracketed alias closes right before a number (``全年可用预算（调整后预算）为``).

    The bracket breaks the clause, so the words before the number name nothing; the
    name before the bracket and its alias are the label (the alias often names the
    quantity in the lexicon's words). A bracket that qualifies (``（不含上年结转）``),
    holds a number or a unit is no alias: no label, as before.
    """
    if start < 2 or text[start - 1] not in "）)":
        return ""
    opened = max(text.rfind("（", 0, start - 1), text.rfind("(", 0, start - 1))
    if opened <= 0:
        return ""
    alias = text[opened + 1 : start - 1]
    if not _cue("bracket_alias").fullmatch(alias):
        return ""
    name = clean_text_label(text[_clause_start(text, opened) : opened])
    return f"{name}（{alias}）" if name else ""


INTERRUPTED_TAIL = 4
"""The longest word after a bracketed aside that still finishes the name before it."""


def _interrupted_head(text: str, start: int, phrase: str) -> str:
    """A name split by a bracketed aside (``非财政拨款资金（事业收入、其他收入）支出``).

    The bracket breaks the clause, so the words after it (``支出``) alone would be the
    label and the name before the bracket, which says whose money it is, would be lost.
    The aside is dropped when it lists what the name covers (a 、 or 及 in it), holds no
    figure, and the words after it are short.
    """
    tail = clean_text_label(phrase)
    if not tail or len(tail) > INTERRUPTED_TAIL or start < 2 or text[start - 1] not in "）)":
        return ""
    opened = max(text.rfind("（", 0, start - 1), text.rfind("(", 0, start - 1))
    aside = text[opened + 1 : start - 1]
    if opened <= 0 or any(ch.isdigit() for ch in aside) or not _cue("aside_list").search(aside):
        return ""  # ``临江中学（初中部）核定编制``: a short aside names a part, it is kept apart
    name = clean_text_label(text[_clause_start(text, opened) : opened])
    return f"{name}{tail}" if name and not name[-1].isdigit() else ""


def _colon_head(text: str, start: int) -> str:
    """The name a colon gives the number right after it (``基本支出：588.15万元``).

    The colon breaks the clause, so the words before the number name nothing; the
    short name before the colon (no digits, :data:`MAX_COLON_HEAD` characters at most) is
    the label, as in a label/value table row. Anything between the colon and the number
    (``主要成效：全年…``) leaves it to the words there.
    """
    if start < 2 or text[start - 1] not in "：:":
        return ""
    head = text[_clause_start(text, start - 1) : start - 1]
    head = clean_text_label(_cue("colon_head_number").sub("", head))
    if not head or len(head) > MAX_COLON_HEAD or any(ch.isdigit() for ch in head):
        return ""
    return head


def _clause_start(text: str, pos: int) -> int:
    start = last_break_before(text, _CLAUSE_BREAK, pos) + 1
    k = rfind_word(text, "其中", start, pos)
    return k + 2 if k >= 0 else start


def _sentence_start(text: str, pos: int) -> int:
    return last_break_before(text, _SENTENCE_BREAK, pos) + 1


def clean_text_label(phrase: str) -> str:
    """Strip connectors and verbs around a label (``共计``, ``为``, leading ``其中``)."""
    phrase = phrase.strip(" “”\"'：:")
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _cue("label_lead").sub("", phrase)
        phrase = _cue("label_trail").sub("", phrase)
        phrase = phrase.strip(" “”\"'：:")
    return phrase


def rule_role(text: str, start: int, end: int) -> Role:
    """Whether the number at ``text[start:end]`` is a rule's parameter or a bound, not a value.

    A step of a scoring rule (``每降低1个百分点扣0.5分``: 每… before it, a deduction or an
    award of points after it) or a figure a score is given at (``95%得16分``) is
    :attr:`Role.RULE_STEP`; a figure after a bound word (``超过8%``, ``不低于90%``) or
    before one (``90%（含）以上``) is :attr:`Role.BOUND`. Anything else is read as
    :attr:`Role.LEVEL` here.
    """
    before = text[max(0, start - 8) : start]
    after = text[end : end + 16]
    step = _cue("rule_step_before").search(before) and _cue("rule_step_after").match(after)
    if step or _cue("score_clause").match(after):
        return Role.RULE_STEP
    if _cue("bound_before").search(before[-5:]) or _cue("bound_after").match(after):
        return Role.BOUND
    return Role.LEVEL


def _trailing_verb(phrase: str) -> str:

    m = _cue("verb_before").search(phrase.rstrip())
    return m.group(1) if m else ""


def quote(text: str, start: int, end: int, before: int = 24, after: int = 8) -> str:
    """A short quote around ``text[start:end]`` that stays inside its clause list."""
    i = start - 1
    floor = start - before  # no need to look further back than the quote reaches
    while i >= 0 and i >= floor and text[i] not in _QUOTE_BREAK:
        i -= 1
    s = max(i + 1, start - before)
    e = end
    while e < len(text) and e < end + after and text[e] not in _QUOTE_BREAK:
        e += 1
    prefix = "…" if s > 0 and text[s - 1] not in _QUOTE_BREAK else ""
    suffix = "…" if e < len(text) and text[e] not in _QUOTE_BREAK else ""
    return f"{prefix}{text[s:e]}{suffix}"


# ------------------------------------------------------------------- tables


def _sub_header(t: Table, r: int, value_cols: Sequence[int]) -> bool:
    """Whether data row ``r`` is a header again: text, no values, in every value column."""
    if len(value_cols) < 2:
        return False
    texts = [t.grid[r][c].text for c in value_cols]
    return all(
        text and not is_numeric_text(text) and not is_placeholder(text) and len(text) <= 20
        for text in texts
    ) and len(set(texts)) == len(texts)


def column_paths(t: Table) -> list[tuple[str, ...]]:
    """Header path of each column, top to bottom, with merged headers repeated once.

    A header cell spanning every column is the table's title, not a column header.
    """
    paths: list[tuple[str, ...]] = []
    for c in range(t.n_cols):
        path: list[str] = []
        last_cell = None
        for r in range(t.header_rows):
            cell = t.grid[r][c]
            if cell is last_cell or not cell.text or (cell.colspan == t.n_cols and t.n_cols > 1):
                continue
            last_cell = cell
            path.append(cell.text)
        paths.append(tuple(path))
    return paths


def row_label(t: Table, r: int) -> str:
    """The label of a data row: its leading text cells (short ones), joined by ``/``."""
    parts: list[str] = []
    for cell in dict.fromkeys(t.grid[r]):  # a merged cell once
        if is_numeric_text(cell.text):
            break
        if cell.text and len(cell.text) <= 40:
            parts.append(cell.text)
        if len(parts) == 2:
            break
    return "/".join(parts)


def table_unit(t: Table, before: str = "") -> str | None:
    """The unit a table declares in its caption, header or the line above it.

    A header cell's ``（%）`` is its own column's unit (``得分率（%）``), never the table's:
    the 分值 and 得分 beside it are no percentages.
    """
    texts = [(t.caption or "", False), (before, False)]
    for r in range(t.header_rows):
        texts.extend((cell.text, True) for cell in t.grid[r])
    for text, header in texts:
        m = _cue("table_unit").search(text)
        if m and not (header and m.group("u") == "%"):
            return _declared(m)
    return None


def _declared(m: re.Match[str]) -> str:
    """``万元``; ``元/亩`` for a per-unit declaration (its figures are rates, never added)."""
    return f"{m.group('u')}/{m.group('per')}" if m.group("per") else m.group("u")


def _column_unit(path: tuple[str, ...]) -> str | None:
    for text in reversed(path):
        m = _cue("table_unit").search(text)
        if m:
            return _declared(m)
    return None


def table_figures(t: Table, unit: str | None) -> list[Figure]:
    """Figures of a table's numeric cells, labelled by neighbour, column and row."""
    from auditor.read.tables import layout, part_groups

    paths = column_paths(t)
    parts = _part_columns(paths)
    groups = part_groups(paths)
    parts.update(c for cols in groups.values() for c in cols)
    lay = layout(t)
    figures: list[Figure] = []
    for r in range(t.header_rows, t.n_rows):
        if _sub_header(t, r, lay.value_cols):
            # ``经费控制情况 | 2022年决算数 | 2023年预算数 | 2023年决算数`` inside the data:
            # the rows below stand under these headers, not the table's first ones.
            paths = [
                (t.grid[r][c].text,) if c in lay.value_cols else path
                for c, path in enumerate(paths)
            ]
            continue
        leading = row_label(t, r)
        for c in range(t.n_cols):
            if not t.is_origin(r, c):
                continue
            label_of_row = (lay.label(t, r, c) if lay.labels_for.get(c) else "") or leading
            cell = t.grid[r][c]
            if not is_numeric_text(cell.text):
                if len(cell.text) > 4 and re.search(r"\d", cell.text):
                    figures.extend(
                        replace(f, cell=(r, c), row_label=label_of_row)
                        for f in figures_in_text(cell.text, t.index, cell.location)
                    )
                continue
            amounts = scan(cell.text).amounts
            if not amounts:
                continue
            amount = amounts[0]
            left = _left_text(t, r, c) if (c - 1) not in lay.serial_cols else ""
            # The unit flows like the other qualifiers: the cell's own, then its key
            # cell (``年初预算数（万元） | 1,152.29``), the row label, the column header,
            # and last the table's caption or the line above it.
            cell_unit = (
                amount.unit
                or _column_unit((left,))
                or _column_unit((leading.split("/")[0],))
                or _column_unit(paths[c])
                or unit
            )
            path = paths[c]
            whole = group_value(t, r, c, groups)
            if whole is not None:
                path = whole  # the value the row writes once for the whole group
            label = (
                (left if not path or c == 0 or t.grid[r][c - 1].col != 0 else "")
                or (path[-1] if path else "")
                or label_of_row
            )
            figures.append(
                Figure(
                    amount=amount,
                    block=t.index,
                    location=cell.location,
                    label=label,
                    quote=_cell_quote(label_of_row, path, left, cell.text),
                    unit=cell_unit,
                    cell=(r, c),
                    row_label=label_of_row,
                    column_path=path,
                    left_label=left,
                    table_value=True,
                    column_part=c in parts and whole is None,
                )
            )
    return figures


_TOTAL_ROW = re.compile("|".join(f"(?:{p.pattern})" for p in patterns("tables", "total_row")))


def group_value(
    t: Table, r: int, c: int, groups: Mapping[tuple[str, ...], tuple[int, ...]]
) -> tuple[str, ...] | None:
    """The header path of the group whose whole figure cell (r, c) states, if it does.

    A 合计 row writes one value for a group of part columns (``编制数`` over ``行政 |
    事业``): in a cell spanning the group, or in its first column with the others left
    empty. That value is the group's total (编制数), not its first part's (行政).
    """
    for prefix, cols in groups.items():
        if c != cols[0]:
            continue
        cell = t.grid[r][c]
        if cell.colspan >= len(cols):
            return prefix
        rest_empty = all(not t.grid[r][k].text or t.grid[r][k] is cell for k in cols[1:])
        if rest_empty and _TOTAL_ROW.search(row_label(t, r)):
            return prefix
    return None


def _part_columns(paths: list[tuple[str, ...]]) -> set[int]:
    """Columns that are parts of a header group which has its own 小计/合计 column."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for c, path in enumerate(paths):
        if len(path) >= 2:
            groups.setdefault(path[:-1], []).append(c)
    out: set[int] = set()
    for cols in groups.values():
        if any(_cue("group_total").match(paths[c][-1]) for c in cols):
            out.update(c for c in cols if not _cue("group_total").match(paths[c][-1]))
    return out


def _left_text(t: Table, r: int, c: int) -> str:
    """The short text cell just left of (r, c), if there is one."""
    if c == 0:
        return ""
    left = t.grid[r][c - 1]
    if left.text and not is_numeric_text(left.text) and len(left.text) <= 20:
        return left.text
    return ""


def _cell_quote(row: str, path: tuple[str, ...], left: str, value: str) -> str:
    column = left or "/".join(x for x in path if not x.startswith("其中"))
    parts = [row] if row else []
    if column and column != row and column not in row.split("/"):
        parts.append(column)
    return " | ".join([*parts, value])


def iter_figures(doc: Document, scans: dict[int, Scan]) -> Iterator[Figure]:
    """All figures of the document in reading order (tables get their declared unit)."""
    last_unit: str | None = None
    previous: Block | None = None
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield from text_figures(block, scans.get(block.index))
            if block.heading_level is not None:
                last_unit = None
        else:
            before = previous.text if isinstance(previous, Paragraph) else ""
            unit = table_unit(block, before)
            if unit is None and isinstance(previous, Table):
                unit = last_unit
            last_unit = unit
            yield from table_figures(block, unit)
        previous = block
