"""Letter grades a score sheet converts at shares of each row's points, stated once.

A sheet may grade its rows instead of measuring them (``政策知晓度 | 6 | B | 6``) and
say once how a grade becomes points: in prose above or below the table, in its
caption, a header or spanning row, or its 评分标准 column::

    评价等级A、B、C、D分别按分值的100%、80%、60%、0计分。
    A级得满分，B级按分值的80%计分，C级按60%计分，D级不得分。

A row graded B of 6 points then earns 4.8. A row's grade is the one cell it writes
as a grade of the statement (in a 评价等级 or 实际完成值 column alike). The
reading abstains when the report states two different conversions, when a row holds
two grades (自评 and 复核), or when a row has a rule and rate of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal

from auditor.model import Cell, Document, Location, Paragraph, Table
from auditor.read.scoring.rules import Band, ScoringRule, normalise_grade
from auditor.read.scoring.sheet import Indicator, ScoreSheet, cue

_LIST = cue("grade_share_list")
_PAIR = cue("grade_share_pair")
_CELL = cue("grade_cell")
_GRADE_HEADER = cue("grade_header")
_SPLIT = re.compile(r"\s*(?:级|档|等)?\s*[、，,/和及与]\s*")

Conversion = dict[str, Decimal]
"""Grade (``B``, ``良``) → share of the row's points in percent (80)."""


def _grade(word: str) -> str:
    return normalise_grade(unicodedata.normalize("NFKC", word).strip().upper())


def parse_conversion(text: str) -> Conversion | None:
    """The grade → share conversion a sentence states, or None.

    Shares are percentages (``80%``) or, all written without ``%`` and none above 1,
    coefficients (``0.8``); bare numbers above 1 may be points or percents, so the
    reading abstains.
    """
    text = unicodedata.normalize("NFKC", text)
    m = _LIST.search(text)
    if m is not None:
        grades = [_grade(g) for g in _SPLIT.split(m.group("gs").strip()) if g]
        raw = [p.strip() for p in re.split(r"[、，,/和及与]", m.group("ps")) if p.strip()]
        if len(grades) != len(raw) or len(set(grades)) != len(grades):
            return None
        numbers = [Decimal(p.rstrip("%").strip()) for p in raw]
        if any(p.endswith("%") for p in raw):
            shares = numbers
        elif all(n <= 1 for n in numbers):
            shares = [n * 100 for n in numbers]
        else:
            return None
        return _checked(dict(zip(grades, shares, strict=True)))
    pairs: Conversion = {}
    for p in _PAIR.finditer(text):
        share = Decimal(100) if p.group("full") else Decimal(0) if p.group("zero") else None
        if share is None:
            share = Decimal(p.group("p"))
        grade = _grade(p.group("g"))
        if grade in pairs and pairs[grade] != share:
            return None
        pairs[grade] = share
    return _checked(pairs) if len(pairs) >= 2 else None


def _checked(conversion: Conversion) -> Conversion | None:
    """A conversion whose shares lie in 0–100 % and whose best grade earns full marks."""
    shares = list(conversion.values())
    if not shares or any(s < 0 or s > 100 for s in shares) or max(shares) != 100:
        return None
    return conversion


def _statements(doc: Document, table: Table) -> list[tuple[Conversion, str, Location]]:
    """Every conversion stated near the table, in its caption or in any of its cells."""
    # Anywhere in the text: the conversion is specific (grades, 分别, as many shares,
    # the best grade at full marks), and two that differ abstain.
    texts = [(b.text, b.location) for b in doc.blocks if isinstance(b, Paragraph)]
    if table.caption:
        texts.append((table.caption, table.location))
    texts += [(cell.text, cell.location) for cell in table.cells()]  # a merged cell once
    out = []
    for text, location in texts:
        conversion = parse_conversion(text)
        if conversion is not None:
            out.append((conversion, text.strip(), location))
    return out


def _grade_cells(
    table: Table, rows: dict[int, Indicator], conversion: Conversion
) -> dict[int, tuple[Cell, str]]:
    """Each row's one grade cell and its grade; a row with two grade cells has none.

    The cell is found by its content (``B``, ``B级``, a grade of the conversion), in
    whichever column the row writes it (评价等级, 实际完成值 …); a word grade (``良``)
    only under a grade header; two (自评 and 复核 grades) leave the row unread.
    """
    headed = {
        c
        for c in range(table.n_cols)
        if any(_GRADE_HEADER.search(table.grid[r][c].text) for r in range(table.header_rows))
    }
    out: dict[int, tuple[Cell, str]] = {}
    for r in rows:
        found: list[tuple[Cell, str]] = []
        for c, cell in enumerate(table.grid[r]):
            if c != cell.col:
                continue  # a merged cell once
            m = _CELL.fullmatch(unicodedata.normalize("NFKC", cell.text.strip()))
            if m is None or _grade(m.group("g")) not in conversion:
                continue
            # ``良好`` may be a measured quality (工程质量 | 良好): a word grade only
            # in a column headed as one (评价等级, 评定档次); a letter anywhere.
            if m.group("g").isascii() or c in headed:
                found.append((cell, _grade(m.group("g"))))
        if len(found) == 1:
            out[r] = found[0]
    return out


def with_letter_grades(doc: Document, sheet: ScoreSheet) -> ScoreSheet:
    """Give each graded row of a table sheet the rule its grade's stated share sets."""
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None or sheet.kind != "table":
        return sheet
    statements = _statements(doc, table)
    if not statements or len({tuple(sorted(c.items())) for c, _, _ in statements}) != 1:
        return sheet  # none, or two conversions that disagree: abstain
    conversion, quote, where = statements[0]
    rows = {
        i.awarded_location.row - 1: i
        for i in sheet.indicators
        if i.awarded_location is not None and i.awarded_location.row is not None
    }
    graded: dict[int, Indicator] = {}  # by 0-based grid row
    for r, (cell, grade) in _grade_cells(table, rows, conversion).items():
        ind = rows[r]
        if ind.rate is not None or (ind.rule is not None and not ind.rule.empty):
            continue  # the row's own rule and rate judge it
        share = conversion[grade]
        band = Band(share, True, share, True, None, quote, share)
        graded[r] = replace(
            ind,
            rule=ScoringRule(text=quote, bands=(band,)),
            rule_quote=quote,
            rule_location=where,
            rule_shared=True,
            rate=share,
            rate_quote=f"{ind.name} | {cell.text.strip()}",
            rate_location=cell.location,
            grade=grade,
        )
    if not graded:
        return sheet
    return replace(sheet, indicators=tuple(graded.get(_row(i), i) for i in sheet.indicators))


def _row(ind: Indicator) -> int:
    """The indicator's 0-based grid row (-1 when it has no table place)."""
    where = ind.awarded_location
    return where.row - 1 if where is not None and where.row is not None else -1
