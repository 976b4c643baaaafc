"""The bureau's reference table: one row per department, one column per quantity.

A reference file is an Excel workbook (its first sheet) or a CSV file: optional title
lines, then a header row in Chinese, then one row per department. The header row is
the first row holding a 单位名称 or 预算编码 column. Each other header is matched
through the concept lexicon (``编制数``, ``支出合计``, ``一般公共预算拨款``, ``三公经费``
…) with its funding source, basis (决算 unless the header says 预算 / 调整后预算), year
(the report's year unless the header says 上年 or names one) and unit (the header's
``（万元）``, a ``单位：元`` note above the header, else 万元 for money and 人 for
headcounts). A header the lexicon does not know is listed in :attr:`ReferenceTable.unknown`,
never guessed.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from auditor.errors import ConfigError
from auditor.read.figures import cue
from auditor.read.lexicon import Lexicon, clean_label
from auditor.read.qualifiers import Basis
from auditor.read.wording import patterns
from auditor.text.units import kind_of, to_base

_ADJUSTED_HEADER = cue("reference", "adjusted_budget_header")

MAX_ROWS = 20_000
"""A reference table is one row per department; more rows is not a reference table."""
_HEADER_SCAN_ROWS = 15
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class RefColumn:
    """A quantity column of the reference table, read through the lexicon."""

    index: int
    """0-based column index."""
    header: str
    concept: str
    concept_name: str
    source: str | None
    basis: Basis
    year: int | None
    """A year the header names (``2024年支出合计``); None: see :attr:`year_offset`."""
    year_offset: int
    """Relative to the report's year (``上年`` → -1); used when :attr:`year` is None."""
    unit: str
    kind: str
    """``money`` or ``count``."""

    @property
    def letter(self) -> str:
        """The spreadsheet column letter (``A``, ``AB``)."""
        n, out = self.index + 1, ""
        while n:
            n, rem = divmod(n - 1, 26)
            out = chr(65 + rem) + out
        return out

    def year_for(self, report_year: int | None) -> int | None:
        """The year this column's figures are about, for a report of ``report_year``."""
        if self.year is not None:
            return self.year
        return report_year + self.year_offset if report_year is not None else None

    def describe(self) -> str:
        """How the column was read (``2024年·决算/实际·一般公共预算·收入合计（万元）``)."""
        parts = [f"{self.year}年" if self.year else ("上年" if self.year_offset == -1 else "本年")]
        parts.append(self.basis.label)
        return f"{'·'.join(parts)}·{self.concept_name}（{self.unit}）"


@dataclass(frozen=True, slots=True)
class RefValue:
    """One figure of the reference table."""

    column: RefColumn
    text: str
    """As written in the cell (``2,415.05``)."""
    value: Decimal
    """As written, in :attr:`RefColumn.unit`."""
    decimals: int

    @property
    def base_value(self) -> Decimal:
        """In the base unit of its dimension (元 for money)."""
        return to_base(self.value, self.column.unit)


@dataclass(frozen=True, slots=True)
class RefRow:
    """One department's row."""

    number: int
    """1-based row number in the sheet or file, as a spreadsheet shows it."""
    name: str
    code: str
    year: int | None
    values: tuple[RefValue, ...]


@dataclass(frozen=True)
class ReferenceTable:
    """The whole reference file, read."""

    path: str
    label: str
    """How evidence names the file (``参考数据《决算.xlsx》``)."""
    columns: tuple[RefColumn, ...]
    unknown: tuple[str, ...]
    """Headers the lexicon does not know (listed to the user, never guessed)."""
    rows: tuple[RefRow, ...]
    name_column: int | None
    code_column: int | None
    year: int | None = None
    """The year the title above the header names (``2024年度部门决算``), if any."""


def load_reference(path: Path, lexicon: Lexicon) -> ReferenceTable:
    """Read a reference table from an ``.xlsx`` or ``.csv`` file.

    Raises:
        ConfigError: The file cannot be read, or has no 单位名称/预算编码 header row.
    """
    try:
        rows = _xlsx_rows(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv_rows(path)
    except ConfigError:
        raise
    except Exception as exc:
        raise ConfigError(
            f"无法读取参考数据文件 {path}（{type(exc).__name__}），请提供 .xlsx 或 .csv 文件"
        ) from exc
    return parse_rows(rows, lexicon, path=str(path), label=f"参考数据《{path.name}》")


def load_checked(path: Path, lexicon_path: Path) -> ReferenceTable:
    """Load the ``--reference`` file of ``audit`` or ``audit serve``, refusing a useless one.

    Raises:
        ConfigError: The file is missing or unreadable, or no column is one the lexicon knows.
    """
    from auditor.read.lexicon import load_lexicon

    if not path.is_file():
        raise ConfigError(f"找不到参考数据文件：{path}")
    table = load_reference(path, load_lexicon(lexicon_path))
    if not table.columns:
        raise ConfigError(f"参考数据 {path} 中没有可识别的数据列（如 编制数、支出合计、三公经费）")
    return table


def parse_rows(
    rows: list[list[str]], lexicon: Lexicon, *, path: str = "", label: str = "参考数据"
) -> ReferenceTable:
    """Read the header row and the department rows from a grid of cell texts.

    Raises:
        ConfigError: No row within the first lines has a 单位名称 or 预算编码 header.
    """
    header_at = _header_row(rows)
    if header_at is None:
        raise ConfigError(
            f"参考数据 {path or ''} 中找不到表头行（应有“单位名称”或“预算编码”列）".replace(
                "  ", " "
            )
        )
    header = rows[header_at]
    above = " ".join(" ".join(r) for r in rows[:header_at])
    note_unit = _unit_in(above)
    title_year = _year_in(above)
    name_col = _find_column(header, "name_header")
    code_col = _find_column(header, "code_header")
    year_col = _find_column(header, "year_header")
    columns: list[RefColumn] = []
    unknown: list[str] = []
    for index, text in enumerate(header):
        if index in (name_col, code_col, year_col) or not text.strip():
            continue
        column = _column(index, text.strip(), lexicon, note_unit, title_year)
        if column is None:
            unknown.append(text.strip())
        else:
            columns.append(column)
    out: list[RefRow] = []
    for offset, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        name = _cell(row, name_col)
        code = _cell(row, code_col).replace(" ", "")
        if not name and not code:
            continue
        if re.fullmatch(r"(?:合计|总计|汇总|小计)", clean_label(name)):
            continue
        year_text = _cell(row, year_col)
        year = int(m.group(1)) if (m := re.search(r"(?:19|20)\d{2}", year_text)) else None
        values = tuple(v for c in columns if (v := _value(c, _cell(row, c.index))) is not None)
        out.append(RefRow(number=offset, name=name, code=code, year=year, values=values))
    return ReferenceTable(
        path=path,
        label=label,
        columns=tuple(columns),
        unknown=tuple(unknown),
        rows=tuple(out),
        name_column=name_col,
        code_column=code_col,
        year=title_year,
    )


def _cell(row: list[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index].strip()


def _header_row(rows: list[list[str]]) -> int | None:
    for i, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        if _find_column(row, "name_header") is not None or (
            _find_column(row, "code_header") is not None
        ):
            return i
    return None


def _find_column(row: list[str], key: str) -> int | None:
    for index, text in enumerate(row):
        bare = _bare_header(text)
        if bare and any(p.search(bare) for p in patterns("reference", key)):
            return index
    return None


def _bare_header(text: str) -> str:
    """The header without its unit note and spaces (``支出合计（万元）`` → ``支出合计``)."""
    bare = clean_label(text)
    for pattern in patterns("reference", "header_unit"):
        bare = pattern.sub("", bare)
    return bare


def _unit_in(text: str) -> str | None:
    for pattern in patterns("reference", "header_unit"):
        m = pattern.search(text)
        if m:
            return m.group("unit")
    return None


def _year_in(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def _column(
    index: int, header: str, lexicon: Lexicon, note_unit: str | None, title_year: int | None
) -> RefColumn | None:
    bare = _bare_header(header)
    year_match = _YEAR.search(bare)
    label = _YEAR.sub("", bare)
    unit = _unit_in(header)
    for kind in ("money", "count"):
        if unit is not None and kind_of(_canonical_unit(unit)) not in (kind, "number"):
            continue
        concept = lexicon.concept_for(label, kind)
        if concept is None:
            continue
        chosen = _canonical_unit(unit or (note_unit if kind == "money" else None)) or (
            "万元" if kind == "money" else "人"
        )
        if kind_of(chosen) != kind:
            chosen = "万元" if kind == "money" else "人"
        basis = _basis(lexicon, label, concept.id)
        offset = lexicon.year_offset(label) if year_match is None else None
        return RefColumn(
            index=index,
            header=header,
            concept=concept.id,
            concept_name=concept.name,
            source=lexicon.source_for(label),
            basis=basis,
            year=int(year_match.group(1)) if year_match else (title_year if not offset else None),
            year_offset=offset or 0,
            unit=chosen,
            kind=kind,
        )
    return None


def _canonical_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    return {"名": "人"}.get(unit, unit)


def _basis(lexicon: Lexicon, label: str, concept: str) -> Basis:
    """决算 unless the header says otherwise; a budget concept is a budget."""
    if concept == "budget.adjusted" or _ADJUSTED_HEADER.search(label):
        return Basis.ADJUSTED_BUDGET
    if concept.startswith("budget.") or concept == "procurement.budget":
        return Basis.BUDGET
    said = lexicon.basis_for(label)
    return Basis.BUDGET if said in ("budget", "initial_budget") else Basis.ACTUAL


def _value(column: RefColumn, text: str) -> RefValue | None:
    cleaned = text.replace("，", ",").replace(" ", "")
    if not cleaned or not _NUMBER.match(cleaned):
        return None
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        return None
    _, _, fraction = cleaned.partition(".")
    return RefValue(column=column, text=text.strip(), value=value, decimals=len(fraction))


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ConfigError(f"参考数据文件 {path} 不是 UTF-8 或 GB18030 编码的 CSV")
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    rows = list(csv.reader(io.StringIO(text), dialect))
    if len(rows) > MAX_ROWS:
        raise ConfigError(f"参考数据文件 {path} 超过 {MAX_ROWS} 行")
    return rows


def _xlsx_rows(path: Path) -> list[list[str]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        rows: list[list[str]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in row])
            if len(rows) > MAX_ROWS:
                raise ConfigError(f"参考数据文件 {path} 超过 {MAX_ROWS} 行")
        return rows
    finally:
        book.close()


def _cell_text(value: object) -> str:
    """A cell's value as text; floats through ``repr`` so ``1306.18`` stays ``1306.18``."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).removesuffix(".0") if value.is_integer() else repr(value)
    return str(value)
