"""The typed document every extractor returns and every later stage reads.

A report is an ordered list of blocks (paragraphs and tables). Every block and every
table cell carries a :class:`Location`, so each number shown to a user can say where
it was read. Objects are frozen: stages after extraction never change what was read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

BBox = tuple[float, float, float, float]
Format = Literal["pdf", "docx", "text"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where something was read: a PDF page, a DOCX paragraph or cell, a text line."""

    page: int | None = None
    """1-based PDF page."""
    bbox: BBox | None = None
    """PDF bounding box (x0, top, x1, bottom) in points."""
    paragraph: int | None = None
    """1-based number of the paragraph among the non-empty paragraphs of a DOCX body."""
    table: int | None = None
    """1-based table number in document order (all formats)."""
    row: int | None = None
    """1-based row inside :attr:`table`."""
    col: int | None = None
    """1-based column inside :attr:`table`."""
    line: int | None = None
    """1-based line in a text/Markdown file."""
    page_row: int | None = None
    """PDF: 1-based row of the table as drawn on :attr:`page` (repeated headers included).

    Differs from :attr:`row` on the later pages of a table split across pages, where a
    reader counts rows from the top of that page."""
    ocr: float | None = None
    """Set when the text was read by OCR from a page image: the confidence (0–1) of the
    figures read there (:mod:`auditor.extract.ocr.figures`); ``bbox`` is then the box
    on the page image, in points."""
    ocr_note: str | None = None
    """Set when an OCR figure there was corrected because the arithmetic confirmed it:
    ``OCR 读作 1,2O3.45，按算术校正为 1,203.45`` (:mod:`auditor.extract.ocr.confusions`)."""
    file: str | None = None
    """Set when the place is in another file than the audited report: the bureau's
    reference table (``参考数据《决算.xlsx》``, with :attr:`row`/:attr:`col` of the sheet)
    or last year's report (``上年报告《2023.pdf》``). Renderers that mark the audited
    document skip such places."""

    def describe(self) -> str:
        """Short Chinese description: ``第 3 页 表 2 第 4 行第 2 列``, ``第 41 段``, ``文件第 120 行``."""
        parts: list[str] = [self.file] if self.file is not None else []
        if self.file is not None and self.table is None and self.row is not None:
            column = f"第 {self.col} 列" if self.col is not None else ""
            parts.append(f"第 {self.row} 行{column}")
        if self.page is not None:
            parts.append(f"第 {self.page} 页")
        if self.table is not None:
            cell = ""
            if self.row is not None:
                cell = f" 第 {self.row} 行"
                if self.col is not None:
                    cell += f"第 {self.col} 列"
                if self.page_row is not None and self.page_row != self.row:
                    cell += f"（续表，本页第 {self.page_row} 行）"
            parts.append(f"表 {self.table}{cell}")
        elif self.paragraph is not None:
            parts.append(f"第 {self.paragraph} 段")
        text = " ".join(parts)
        if self.line is not None and self.page is None:
            text += " " if self.file is not None and self.table is None else ""
            text += (
                f"（文件第 {self.line} 行）" if self.table is not None else f"文件第 {self.line} 行"
            )
        if self.ocr is not None and text:
            text += f"（扫描识别；{self.ocr_note}）" if self.ocr_note else "（扫描识别）"
        return text or "位置不明"

    def sort_key(self) -> tuple[int, int, int, int, int]:
        """Order locations by page, then line/paragraph, table, row and column."""
        return (
            self.page or 0,
            self.line or self.paragraph or 0,
            self.table or 0,
            self.row or 0,
            self.col or 0,
        )

    def to_json(self) -> dict[str, object]:
        """Return the JSON fields of this location (``page`` is always present)."""
        out: dict[str, object] = {"page": self.page}
        for key in ("paragraph", "line", "table", "row", "col"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.bbox is not None:
            out["bbox"] = [round(v, 1) for v in self.bbox]
        if self.page_row is not None and self.page_row != self.row:
            out["page_row"] = self.page_row
        if self.ocr is not None:
            out["ocr"] = round(self.ocr, 2)
        if self.ocr_note:
            out["ocr_note"] = self.ocr_note
        if self.file is not None:
            out["file"] = self.file
        return out


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of body text, rebuilt from wrapped lines where the format wraps."""

    index: int
    """Position of the block in the document (0-based)."""
    text: str
    """Normalised text: spaces next to CJK characters removed, wraps joined."""
    raw: str
    """The text as the extractor returned it."""
    location: Location
    heading_level: int | None = None
    """None for body text; 0 for a part title; 1.. for numbered headings."""
    style: str | None = None
    kind: Literal["paragraph"] = "paragraph"


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell; a merged cell appears once, with its spans."""

    text: str
    raw: str
    row: int
    """0-based grid row of the cell's top-left slot."""
    col: int
    """0-based grid column of the cell's top-left slot."""
    location: Location
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A table as a rectangular grid; merged slots point at their origin cell."""

    index: int
    """Position of the block in the document (0-based)."""
    number: int
    """1-based table number in document order."""
    grid: tuple[tuple[Cell, ...], ...]
    location: Location
    header_rows: int = 0
    """How many leading rows are column headers."""
    caption: str | None = None
    """Title paragraph just above the table, e.g. ``年度收入情况(万元)``."""
    pages: tuple[int, ...] = ()
    kind: Literal["table"] = "table"

    @property
    def n_rows(self) -> int:
        """Number of grid rows."""
        return len(self.grid)

    @property
    def n_cols(self) -> int:
        """Number of grid columns."""
        return len(self.grid[0]) if self.grid else 0

    def cells(self) -> Iterator[Cell]:
        """Yield every distinct cell once, in row-major order of its origin."""
        for r, row in enumerate(self.grid):
            for c, cell in enumerate(row):
                if cell.row == r and cell.col == c:
                    yield cell

    def is_origin(self, r: int, c: int) -> bool:
        """Whether slot (r, c) is the top-left slot of its cell."""
        cell = self.grid[r][c]
        return cell.row == r and cell.col == c


Block = Paragraph | Table


def block_texts(block: Block) -> list[tuple[str, Location]]:
    """The texts of a block with their locations: the paragraph, or each table cell."""
    if isinstance(block, Table):
        return [(c.text, c.location) for c in block.cells()]
    return [(block.text, block.location)]


@dataclass(frozen=True, slots=True)
class Document:
    """An extracted report: blocks in reading order plus what is known of the file."""

    source: str
    """The path as the user gave it."""
    format: Format
    blocks: tuple[Block, ...]
    pages: int | None = None
    textless_pages: tuple[int, ...] = ()
    """PDF pages that have no text layer (scans) and were not read."""
    ocr_pages: tuple[int, ...] = ()
    """PDF pages read by OCR from their image (scans, garbage text layers)."""
    garbage_pages: tuple[int, ...] = ()
    """PDF pages whose text layer was garbage (cid codes, junk); OCR'd if in ``ocr_pages``."""
    notes: tuple[str, ...] = field(default=())
    """Extraction notices for the user (Chinese), e.g. a converted legacy file."""

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """All paragraphs in order."""
        return tuple(b for b in self.blocks if isinstance(b, Paragraph))

    @property
    def tables(self) -> tuple[Table, ...]:
        """All tables in order."""
        return tuple(b for b in self.blocks if isinstance(b, Table))
