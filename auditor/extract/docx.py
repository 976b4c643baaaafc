"""Read Word (.docx) reports with python-docx, in body order, equations included.

Before any XML is parsed the package is checked (:func:`check_archive`): zip bombs
(too many members, too large, implausible compression ratio) are refused with
``AUD107``, and any XML part that declares a DTD (``<!DOCTYPE``/``<!ENTITY``, the
vehicle of XXE and "billion laughs" attacks; Word and WPS never write one) with
``AUD116``. python-docx then parses the package with lxml settings that would
neutralise those payloads anyway (``resolve_entities=False``; lxml's defaults
``no_network=True`` and ``load_dtd=False``) — ``tests/test_broken_inputs.py`` checks
both layers. We walk the body XML
ourselves rather than ``iter_inner_content()`` so that content controls (``w:sdt``)
are not skipped, and we read ``w:t`` and ``m:t`` together because ``paragraph.text``
drops Word equations (OMML). Merged cells are rebuilt from ``w:gridSpan`` and
``w:vMerge`` so each merged cell appears once with its spans.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from auditor.errors import ARCHIVE_TOO_LARGE, CORRUPT_DOCX, UNSAFE_XML, InputError
from auditor.extract.grid import RawCell, build_table
from auditor.extract.paragraphs import caption_of
from auditor.model import Block, Document, Location, Paragraph
from auditor.text.headings import heading_level
from auditor.text.normalise import normalize

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_COLUMNS = 63
"""Word's own limit on table columns; a table without a ``w:tblGrid`` is clamped to it."""
MAX_RATIO = 200
PROLOG_BYTES = 64 * 1024
"""How much of each XML part is read to find its root element (and any DTD before it)."""
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_ROOT_START = re.compile(r"<[A-Za-z_]")


def check_archive(path: Path, name: str) -> None:
    """Refuse zip bombs and XML parts with a DTD before any XML is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos, name)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _check_prolog(archive, info, name)
    except InputError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        ValueError,
        EOFError,
        RuntimeError,  # zipfile: encrypted member, unsupported compression method
    ) as exc:
        raise InputError(CORRUPT_DOCX, name, f"ZIP: {exc}") from exc


def _check_prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a part whose prolog declares a DTD; the prolog must end within 64 KiB."""
    with archive.open(info) as handle:
        head = handle.read(PROLOG_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    root = _ROOT_START.search(text)
    prolog = text[: root.start()] if root else text
    if "<!DOCTYPE" in prolog or "<!ENTITY" in prolog:
        raise InputError(UNSAFE_XML, name, info.filename)
    if root is None and len(head) == PROLOG_BYTES:
        raise InputError(ARCHIVE_TOO_LARGE, name, f"{info.filename} 开头 64 KB 内没有 XML 根元素")


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise InputError(ARCHIVE_TOO_LARGE, name, f"{len(infos)} 个成员")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise InputError(ARCHIVE_TOO_LARGE, name, f"解压后 {total // (1024 * 1024)} MB")
    for info in infos:
        if (
            info.compress_size
            and info.file_size / info.compress_size > MAX_RATIO
            and info.file_size > 10 * 1024 * 1024
        ):
            raise InputError(ARCHIVE_TOO_LARGE, name, f"{info.filename} 压缩比异常")


def extract_docx(path: Path, source: str) -> Document:
    """Read a .docx report into a :class:`Document`."""
    check_archive(path, source)
    try:
        import docx

        word = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for damaged packages
        raise InputError(CORRUPT_DOCX, source, type(exc).__name__) from exc
    root = word.element
    body = root.find(f"{W}body") if root.tag == f"{W}document" else None
    if body is None:  # python-docx would fail with AttributeError on these shapes
        raise InputError(
            CORRUPT_DOCX, source, f"正文部件缺少 w:body（根元素为 {_local(root.tag)}）"
        )
    styles = _style_info(word)
    reader = _BodyReader(styles)
    for element in body_elements(body):
        reader.read(element)
    notes = tuple(reader.notes)
    return Document(source=source, format="docx", blocks=tuple(reader.blocks), notes=notes)


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2][:40]


def _style_info(word: Any) -> dict[str, tuple[str, bool]]:
    """Map style id to (style name, bold) so bold-by-style headings are seen."""
    info: dict[str, tuple[str, bool]] = {}
    for style in word.styles:
        try:
            style_id = style.style_id
            bold = bool(getattr(style, "font", None) and style.font.bold)
            info[style_id] = (style.name or "", bold)
        except (AttributeError, ValueError, KeyError):
            continue
    return info


def body_elements(body: Any) -> Iterator[Any]:
    """Paragraphs and tables of the body in order, looking inside content controls."""
    for child in body.iterchildren():
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from body_elements(content)


def paragraph_text(p: Any) -> str:
    """Text of a ``w:p`` including equation text; tabs and breaks become spaces/newlines."""
    parts: list[str] = []
    for el in p.iter(f"{W}t", f"{M}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if any(a.tag == _MC_FALLBACK for a in el.iterancestors()):
            continue  # a text box is stored twice: mc:Choice and its mc:Fallback copy
        tag = el.tag
        if tag in (f"{W}t", f"{M}t"):
            parts.append(el.text or "")
        elif tag == f"{W}tab":
            # w:tab also appears inside w:tabs (tab stop definitions) of pPr.
            if el.getparent() is not None and el.getparent().tag == f"{W}r":
                parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts)


class _BodyReader:
    def __init__(self, styles: dict[str, tuple[str, bool]]) -> None:
        self.styles = styles
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.notes: list[str] = []

    def read(self, element: Any) -> None:
        if element.tag == f"{W}p":
            self._paragraph(element)
        else:
            self._table(element)

    def _paragraph(self, p: Any) -> None:
        raw = paragraph_text(p)
        text = normalize(raw)
        if not text:
            return
        # Numbered among non-empty body paragraphs, as a reader counts them in Word
        # (and as :mod:`auditor.render.annotate` finds them again).
        self.paragraphs += 1
        style_name, style_bold = self._style(p)
        style_level = _style_level(style_name)
        bold = style_bold or _all_runs_bold(p)
        styled = style_level is not None or bold
        level = heading_level(text, styled=styled, style_level=style_level)
        self.blocks.append(
            Paragraph(
                index=len(self.blocks),
                text=text,
                raw=raw,
                location=Location(paragraph=self.paragraphs),
                heading_level=level,
                style=style_name or None,
            )
        )

    def _style(self, p: Any) -> tuple[str, bool]:
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        style_id = style_el.get(f"{W}val") if style_el is not None else None
        if style_id is None:
            return "", False
        return self.styles.get(style_id, (style_id, False))

    def _table(self, tbl: Any) -> None:
        self.tables += 1
        number = self.tables
        raw_cells: list[RawCell] = []
        # owner[(row, col)] -> index into raw_cells, to extend vertical merges.
        owner: dict[tuple[int, int], int] = {}
        rows = [tr for tr in tbl.iterchildren(f"{W}tr")]
        grid = tbl.find(f"{W}tblGrid")
        width = len(grid.findall(f"{W}gridCol")) if grid is not None else 0
        limit = width or MAX_COLUMNS
        clamped = 0
        for r, tr in enumerate(rows):
            col = _grid_before(tr)
            if col > limit:
                clamped = max(clamped, col)
                col = limit
            for tc in tr.iterchildren(f"{W}tc"):
                span, vmerge = _tc_props(tc)
                if col + span > max(limit, col + 1):
                    clamped = max(clamped, span)
                    span = max(1, limit - col)
                if vmerge == "continue" and (r - 1, col) in owner:
                    k = owner[(r - 1, col)]
                    raw_cells[k].rowspan = r - raw_cells[k].row + 1
                    for c in range(col, col + span):
                        owner[(r, c)] = k
                else:
                    raw_cells.append(
                        RawCell(
                            row=r,
                            col=col,
                            raw=_cell_text(tc),
                            location=Location(),
                            colspan=span,
                        )
                    )
                    for c in range(col, col + span):
                        owner[(r, c)] = len(raw_cells) - 1
                col += span
        if clamped:
            self.notes.append(
                f"第 {number} 个表格中有单元格的合并跨度（gridSpan/gridBefore = {clamped}）超出表格的 "
                f"{limit} 列，已按 {limit} 列处理；该表的数字可能错位，请核对原文件。"
            )
        if not raw_cells:
            return
        caption = caption_of(self.blocks)
        self.blocks.append(
            build_table(
                raw_cells,
                index=len(self.blocks),
                number=number,
                location=Location(table=number),
                caption=caption,
            )
        )


def _grid_before(tr: Any) -> int:
    trpr = tr.find(f"{W}trPr")
    if trpr is None:
        return 0
    gb = trpr.find(f"{W}gridBefore")
    try:
        return max(0, int(gb.get(f"{W}val"))) if gb is not None else 0
    except (TypeError, ValueError):
        return 0


def _tc_props(tc: Any) -> tuple[int, str | None]:
    tcpr = tc.find(f"{W}tcPr")
    span = 1
    vmerge: str | None = None
    if tcpr is not None:
        gs = tcpr.find(f"{W}gridSpan")
        if gs is not None:
            try:
                span = max(1, int(gs.get(f"{W}val") or 1))
            except ValueError:
                span = 1
        vm = tcpr.find(f"{W}vMerge")
        if vm is not None:
            vmerge = "restart" if vm.get(f"{W}val") == "restart" else "continue"
    return span, vmerge


def _cell_text(tc: Any) -> str:
    """Paragraphs of a cell (nested tables included) joined by newlines."""
    lines = [paragraph_text(p) for p in tc.iter(f"{W}p")]
    return "\n".join(line for line in lines if line.strip())


def _style_level(name: str) -> int | None:
    lowered = name.lower()
    if lowered == "title" or name == "标题":
        return 0
    for prefix in ("heading ", "标题 "):
        if lowered.startswith(prefix):
            tail = lowered[len(prefix) :].strip()
            if tail.isdigit():
                return int(tail)
    return None


def _all_runs_bold(p: Any) -> bool:
    runs = [
        r for r in p.iterchildren(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()
    ]
    if not runs:
        return False
    for run in runs:
        rpr = run.find(f"{W}rPr")
        b = rpr.find(f"{W}b") if rpr is not None else None
        if b is None or b.get(f"{W}val") in ("0", "false"):
            return False
    return True
