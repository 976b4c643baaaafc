"""Read reports that were already converted to text/Markdown (the seed format).

The format: Markdown headings (``#``), paragraphs separated by blank lines, table rows
as tab-separated lines whose cells may hold ``<p>…</p>`` paragraphs, and formulas as
``$$…$$`` LaTeX. Conversion from PDF split paragraphs at page breaks; those pieces are
joined again when the first piece stops mid-sentence.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from auditor.errors import RESOURCE_LIMIT, UNREADABLE_TEXT, InputError
from auditor.extract.grid import RawCell, build_table, spans_from_text_rows
from auditor.extract.latex import latex_to_text, replace_inline_math
from auditor.extract.paragraphs import ParagraphPiece, caption_of, join_pieces, piece_paragraph
from auditor.model import Block, Document, Location, Table

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*\s*$")
_SEPARATOR = re.compile(r"^[\s\-|:]+$")
_TAG = re.compile(r"<[^>]+>")
_MD_ESCAPE = re.compile(r"\\([*_#\[\]()`|<>~])")
_P_SPLIT = re.compile(r"</p>\s*<p>|<br\s*/?>", re.IGNORECASE)


def decode_text(data: bytes, name: str) -> str:
    """Decode a text report: UTF-8 (with or without BOM), else GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(UNREADABLE_TEXT, name)


def clean_cell(cell: str) -> str:
    """Strip HTML from a converted cell; ``<p>`` paragraphs become lines."""
    cell = _P_SPLIT.sub("\n", cell)
    cell = _TAG.sub("", cell)
    cell = html.unescape(cell).replace("**", "")
    cell = _MD_ESCAPE.sub(r"\1", cell)
    return replace_inline_math(cell).strip()


@dataclass(slots=True)
class _TableLines:
    rows: list[list[str]]
    lines: list[int]


MAX_TEXT_BYTES = 64 * 1024 * 1024
"""A converted report is a few hundred KB; anything this large is not one."""


def extract_text_report(path: Path, source: str) -> Document:
    """Read a text/Markdown report into a :class:`Document`."""
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise InputError(RESOURCE_LIMIT, source, f"文本文件 {size // (1024 * 1024)} MB")
    return parse_text(decode_text(path.read_bytes(), source), source)


_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|[\s:|\-]+\|\s*$")


def parse_text(text: str, source: str = "<text>") -> Document:
    """Parse report text: the seed format, plus Markdown pipe tables (``| a | b |``)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_pipe_to_tabs(line) for line in lines]
    items: list[ParagraphPiece | _TableLines] = []
    current_table: _TableLines | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        stripped = line.strip()
        if "\t" in line and not stripped.startswith("$$"):
            if _SEPARATOR.match(line):
                i += 1
                continue
            if current_table is None:
                current_table = _TableLines([], [])
                items.append(current_table)
            current_table.rows.append([clean_cell(c) for c in line.split("\t")])
            current_table.lines.append(lineno)
            i += 1
            continue
        if stripped and current_table is not None and _SEPARATOR.match(stripped):
            i += 1
            continue
        current_table = None
        if not stripped:
            items.append(ParagraphPiece.blank())
            i += 1
            continue
        if stripped.startswith("$$"):
            formula = [stripped]
            while not (formula[-1].endswith("$$") and len("".join(formula)) > 2) and i + 1 < len(
                lines
            ):
                i += 1
                formula.append(lines[i].strip())
            items.append(ParagraphPiece(latex_to_text(" ".join(formula)), lineno, hard_break=True))
            i += 1
            continue
        styled = False
        style_level: int | None = None
        md = _MD_HEADING.match(stripped)
        if md:
            styled = True
            style_level = 0 if len(md.group(1)) == 1 else len(md.group(1))
            stripped = md.group(2)
        bold = _BOLD_LINE.match(stripped)
        if bold:
            styled = True
            stripped = bold.group(1)
        content = clean_cell(stripped.replace("**", ""))
        if content:
            items.append(
                ParagraphPiece(
                    content,
                    lineno,
                    styled=styled,
                    style_level=style_level,
                    hard_break=line.endswith("  "),
                )
            )
        i += 1
    return Document(source=source, format="text", blocks=tuple(_to_blocks(items)))


def _to_blocks(items: list[ParagraphPiece | _TableLines]) -> list[Block]:
    blocks: list[Block] = []
    pending: list[ParagraphPiece] = []
    table_number = 0

    def flush() -> None:
        for piece in join_pieces(pending):
            style = "heading" if piece.styled else None
            paragraph = piece_paragraph(piece, len(blocks), Location(line=piece.line), style)
            if paragraph is not None:
                blocks.append(paragraph)
        pending.clear()

    merged: list[ParagraphPiece | _TableLines] = []
    for item in items:
        if isinstance(item, _TableLines):
            k = len(merged) - 1
            while k >= 0 and isinstance(merged[k], ParagraphPiece) and merged[k].is_blank:  # type: ignore[union-attr]
                k -= 1
            prev = merged[k] if k >= 0 else None
            if isinstance(prev, _TableLines) and _continues_table(prev, item):
                prev.rows.extend(item.rows)
                prev.lines.extend(item.lines)
                del merged[k + 1 :]
                continue
        merged.append(item)
    for item in merged:
        if isinstance(item, ParagraphPiece):
            pending.append(item)
            continue
        flush()
        for rows, row_lines in _split_tables(item):
            table_number += 1
            caption = caption_of(blocks)
            blocks.append(_make_table(rows, row_lines, len(blocks), table_number, caption))
    flush()
    return blocks


def _pipe_to_tabs(line: str) -> str:
    """A Markdown pipe-table row becomes a tab-separated row; its separator row is dropped."""
    if _PIPE_SEPARATOR.match(line) and "-" in line:
        return "\t-\t"
    m = _PIPE_ROW.match(line)
    if not m:
        return line
    return "\t".join(cell.strip() for cell in m.group(1).split("|"))


def _continues_table(prev: _TableLines, nxt: _TableLines) -> bool:
    """A table cut by a page break: same width, and the next part starts mid-table."""
    width = max(len(r) for r in prev.rows)
    if max(len(r) for r in nxt.rows) != width:
        return False
    first = nxt.rows[0]
    return not first[0].strip() or first[0].strip() != prev.rows[0][0].strip()


def _split_tables(item: _TableLines) -> list[tuple[list[list[str]], list[int]]]:
    """Split a run of tab rows where a new header row repeats the first one's label."""
    rows = item.rows
    first = rows[0][0].strip() if rows and rows[0] else ""
    out: list[tuple[list[list[str]], list[int]]] = []
    start = 0
    seen_data = False
    for r, row in enumerate(rows):
        label = row[0].strip() if row else ""
        if r > start and seen_data and first and label == first:
            out.append((rows[start:r], item.lines[start:r]))
            start = r
            seen_data = False
        if any(re.search(r"\d", c) for c in row[1:]):
            seen_data = True
    out.append((rows[start:], item.lines[start:]))
    return out


def _make_table(
    rows: list[list[str]], row_lines: list[int], index: int, number: int, caption: str | None
) -> Table:
    n_cols = max(len(r) for r in rows)
    padded = [r + [""] * (n_cols - len(r)) for r in rows]
    keep = [c for c in range(n_cols) if any(r[c].strip() for r in padded)]
    padded = [[r[c] for c in keep] for r in padded]
    raw_cells = [
        RawCell(
            row=r0,
            col=c0,
            raw=padded[r0][c0],
            location=Location(line=row_lines[r0]),
            rowspan=rs,
            colspan=cs,
        )
        for r0, c0, rs, cs in spans_from_text_rows(padded)
    ]
    return build_table(
        raw_cells,
        index=index,
        number=number,
        location=Location(line=row_lines[0]),
        caption=caption,
        relocate=lambda loc, r, c: Location(line=row_lines[r]),
    )
