"""Read PDF reports with pdfplumber: each page once, tables apart from body text.

Per page: find the ruled tables, read each cell with its span (from the cell
geometry, not pdfplumber's ``None`` placeholders), take body text only from outside
the tables so cells are not interleaved into paragraphs, drop page-number footers,
and rebuild paragraphs from wrapped lines by indent and margins. Across pages:
stitch a table that continues on the next page (a row cut by the page break is
joined back) and a paragraph cut by the page break. Pages are closed as soon as they
are read so memory stays flat on long files.

A page that paints no path cannot hold a ruled table; its chars come from the fast
path (:mod:`auditor.extract.pdftext`, the same char dicts as ``page.chars`` at a
fraction of pdfminer's cost) and go through the same line and paragraph code.
``AUDITOR_PDF_ENGINE=plumber`` reads every page with pdfplumber.

A page with no text layer, or a garbage one (:mod:`auditor.extract.pdfgarbage`: cid
codes, a scanner's invisible junk), is read from its image by OCR when the
``auditor[ocr]`` extra is installed (:mod:`auditor.extract.ocr`); its lines and tables
join the same assembly, so a table continued from a text page onto a scanned one is
stitched as any other. Without the extra such pages are listed in
``Document.textless_pages`` and ``Document.garbage_pages``; a PDF whose every page is
garbage is refused as damaged (``AUD105``) with the way to turn OCR on.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.errors import CORRUPT_PDF, NO_TEXT_LAYER, InputError
from auditor.extract.grid import RawCell, build_table
from auditor.extract.paragraphs import (
    OPEN_OPERATORS,
    ParagraphPiece,
    caption_of,
    continues,
    glue,
    merge_piece,
    piece_paragraph,
)
from auditor.extract.pdfgarbage import is_garbage
from auditor.extract.pdfguard import classify, guarded
from auditor.extract.pdftext import (
    EngineStats,
    fast_enabled,
    install_content_parser,
    page_chars,
)
from auditor.model import BBox, Block, Document, Location
from auditor.text.cells import is_numeric_text
from auditor.text.normalise import ends_sentence, normalize_cell

if TYPE_CHECKING:
    from auditor.extract.ocr.page import OcrPage

X_TOLERANCE_RATIO = 0.3
"""Word gap as a share of font size: survives 12 pt and 16 pt CJK."""
EDGE_TOLERANCE = 2.0
_FOOTER = re.compile(
    r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|\d{1,4})\s*$"
)
_TOTAL_OR_ITEM = re.compile(
    r"^(?:合计|小计|总计|汇总|其中|\d{1,2}[、.．]|[（(]?[一二三四五六七八九十]+[）)、])"
)


@dataclass(slots=True)
class _PdfTable:
    """A table read from one or more pages, still in raw cells."""

    cells: list[RawCell]
    xs: list[float]
    n_rows: int
    top: float
    bottom: float
    page: int
    bbox: BBox
    pages: list[int] = field(default_factory=list)
    ocr: float | None = None
    """Lowest figure confidence of its cells when read by OCR."""


_Item = ParagraphPiece | _PdfTable


def extract_pdf(
    path: Path,
    source: str,
    *,
    password: str | None = None,
    stats: EngineStats | None = None,
    ocr: bool | None = None,
) -> Document:
    """Read a PDF report into a :class:`Document`.

    Owner-password-only encryption (printing/copying forbidden, no open password) is
    read normally; a user password gives ``AUD104``. Every other failure of pdfminer
    is mapped by :func:`~auditor.extract.pdfguard.classify`; stream decoding runs
    under :func:`~auditor.extract.pdfguard.guarded` limits. Pages without vector
    graphics are read by the pdfium fast path (:mod:`auditor.extract.pdftext`) unless
    ``AUDITOR_PDF_ENGINE=plumber``; ``stats`` receives how many pages each engine read.
    Pages without a usable text layer are OCR'd when ``ocr`` is true (default: when
    the OCR extra is installed).
    """
    import pdfplumber

    if not _holds_objects(path):
        raise InputError(CORRUPT_PDF, source, "文件中没有任何 PDF 对象（可能被清零或损坏）")
    from auditor.extract.ocr import ocr_available

    use_ocr = ocr_available() if ocr is None else ocr
    ocr_pages: list[int] = []
    install_content_parser()
    with guarded():
        try:
            pdf = pdfplumber.open(str(path), password=password or "")
        except Exception as exc:  # pdfminer raises a wide range of types on damaged files
            raise classify(exc, source, path, password=password) from exc
        try:
            pages, textless, garbage = _read_pages(pdf, path, source, password, stats)
            to_ocr = sorted([*textless, *garbage])
            if use_ocr and to_ocr:
                heights = _page_heights(pdf, to_ocr)
                for number, items in _ocr_pages(path, to_ocr, heights, password, source):
                    if items:  # a blank page stays a page without text
                        pages[number - 1] = items
                        ocr_pages.append(number)
                textless = [p for p in textless if p not in ocr_pages]
        finally:
            _close(pdf)
    unread = [p for p in garbage if p not in ocr_pages]
    if pages and len(textless) + len(unread) == len(pages):
        if unread:
            raise InputError(CORRUPT_PDF, source, _garbage_detail(unread, ocr_tried=use_ocr))
        raise InputError(NO_TEXT_LAYER, source)
    blocks = _assemble(pages)
    return Document(
        source=source,
        format="pdf",
        blocks=tuple(blocks),
        pages=len(pages),
        textless_pages=tuple(textless),
        ocr_pages=tuple(ocr_pages),
        garbage_pages=tuple(garbage),
    )


def _garbage_detail(pages: Sequence[int], *, ocr_tried: bool) -> str:
    from auditor.extract.ocr import INSTALL_HINT

    shown = "、".join(str(p) for p in pages[:20]) + ("等" if len(pages) > 20 else "")
    then = "OCR 也未能从页面图像识别出文字" if ocr_tried else INSTALL_HINT
    return f"文字层无法识别：第 {shown} 页的文字层是乱码（无法解码的字形或扫描仪附加的隐形文字）；{then}"


def _page_heights(pdf: Any, numbers: Sequence[int]) -> dict[int, float]:
    out: dict[int, float] = {}
    for number in numbers:
        page = pdf.pages[number - 1]
        out[number] = float(page.height)
        page.close()
    return out


def _ocr_pages(
    path: Path,
    numbers: Sequence[int],
    heights: dict[int, float],
    password: str | None,
    source: str,
) -> Iterator[tuple[int, list[_Item]]]:
    """OCR the given pages (pypdfium2 renders them) into this module's page items."""
    import pypdfium2 as pdfium

    from auditor.extract.ocr import report_page
    from auditor.extract.ocr.page import read_scanned_page

    document = pdfium.PdfDocument(str(path), password=password or None)
    try:
        for done, number in enumerate(numbers, start=1):
            report_page(done, len(numbers), source)
            page = document[number - 1]
            try:
                scanned = read_scanned_page(page, number)
            finally:
                page.close()
            yield number, _scanned_items(scanned, heights[number])
    finally:
        document.close()


def _scanned_items(scanned: OcrPage, height: float) -> list[_Item]:
    """A scanned page's lines and tables as the items a text page gives."""
    number = scanned.number
    lines = [
        {
            "text": ln.text,
            "x0": ln.bbox[0],
            "top": ln.bbox[1],
            "x1": ln.bbox[2],
            "bottom": ln.bbox[3],
            "chars": [
                {"text": ch, "size": ln.size, "fontname": "OCR-Bold" if ln.title else "OCR"}
                for ch in ln.text
            ],
            "ocr": ln.confidence,
            "ocr_notes": list(ln.notes),
        }
        for ln in scanned.lines
    ]
    tables = [
        _PdfTable(
            cells=[
                RawCell(
                    row=c.row,
                    col=c.col,
                    raw=c.text,
                    location=Location(page=number, bbox=c.bbox, ocr=c.confidence, ocr_note=c.note),
                    rowspan=c.rowspan,
                    colspan=c.colspan,
                )
                for c in t.cells
            ],
            xs=list(t.xs),
            n_rows=t.n_rows,
            top=t.bbox[1],
            bottom=t.bbox[3],
            page=number,
            bbox=t.bbox,
            pages=[number],
            ocr=min((c.confidence for c in t.cells), default=1.0),
        )
        for t in scanned.tables
    ]
    return _page_items(lines, tables, height, number)


def _read_pages(
    pdf: Any, path: Path, source: str, password: str | None, stats: EngineStats | None
) -> tuple[list[list[_Item]], list[int], list[int]]:
    """Every page's items, the pages without a text layer and those with a garbage one."""
    pages: list[list[_Item]] = []
    textless: list[int] = []
    garbage: list[int] = []
    try:
        page_list = pdf.pages
    except Exception as exc:
        raise classify(exc, source, path, password=password) from exc
    fast = fast_enabled()
    counts = EngineStats()
    for number, page in enumerate(page_list, start=1):
        try:
            chars = page_chars(page, pdf.rsrcmgr) if fast else "off"
            if isinstance(chars, str):
                counts.plumber += 1
                counts.reasons[chars] = counts.reasons.get(chars, 0) + 1
                junk = is_garbage(c["text"] for c in page.chars)
                items = None if junk else _read_page(page, number)
            else:
                counts.fast += 1
                junk = is_garbage(c["text"] for c in chars)
                items = None if junk else _read_chars(chars, page, number)
            blank = items is None and not junk and _blank(page)
        except Exception as exc:
            raise classify(exc, source, path, password=password, page=number) from exc
        finally:
            page.close()
        if junk:
            garbage.append(number)
        elif items is None and not blank:
            textless.append(number)
        pages.append(items or [])
    if stats is not None:
        stats.add(counts)
    return pages, textless, garbage


def _blank(page: Any) -> bool:
    """Whether a page without text draws nothing either (an empty page, not a scan).

    A page break before a table can leave an empty page; saying it may be a scan sends
    the reviewer looking for a page that holds nothing.
    """
    return not (page.images or page.rects or page.lines or page.curves)


def _holds_objects(path: Path) -> bool:
    """Whether the file holds at least one ``N 0 obj`` (one linear scan, in C).

    A ``%PDF`` header followed by megabytes of zeros sends pdfminer's xref search and
    its fallback line scanner into minutes of work for a file with nothing to read.
    """
    import mmap

    try:
        with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(b"obj") >= 0
    except (OSError, ValueError):
        return True  # let pdfminer report what is wrong


def _close(pdf: Any) -> None:
    """Close the PDF and its file handle, even when its page tree cannot be read.

    ``pdfplumber.PDF.close`` walks ``pdf.pages`` again before closing the stream, so
    on a broken page tree it raises and would leak the file handle (and, inside a
    ``with`` block, replace the real error by its own).
    """
    try:
        pdf.close()
    except Exception:
        stream = getattr(pdf, "stream", None)
        if stream is not None and not getattr(pdf, "stream_is_external", False):
            stream.close()


# --------------------------------------------------------------------------- page


def _read_page(page: Any, number: int) -> list[_Item] | None:
    """Read one page; None when the page has no text layer at all."""
    chars = page.chars
    if not chars:
        return None
    if _has_duplicate_chars(chars):
        page = _with_chars(page, _dedupe_chars(chars))
    tables = [t for t in (_read_table(t, number) for t in page.find_tables()) if t is not None]
    boxes = [t.bbox for t in tables]

    def outside_tables(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes)

    body = page.filter(outside_tables) if boxes else page
    lines = body.extract_text_lines(return_chars=True, x_tolerance_ratio=X_TOLERANCE_RATIO)
    return _page_items(lines, tables, float(page.height), number)


def _read_chars(chars: list[dict[str, Any]], page: Any, number: int) -> list[_Item] | None:
    """Read a page from chars the fast path gave, exactly as :func:`_read_page` would.

    Such a page has no vector graphics, hence no tables: the lines are built by the
    same pdfplumber code ``page.extract_text_lines`` runs, on the same char dicts.
    """
    if not chars:
        return None
    from pdfplumber.utils.text import chars_to_textmap

    if _has_duplicate_chars(chars):
        chars = _dedupe_chars(chars)
    textmap = chars_to_textmap(
        chars,
        layout_bbox=page.bbox,
        layout_width=page.width,
        layout_height=page.height,
        x_tolerance_ratio=X_TOLERANCE_RATIO,
    )
    lines = textmap.extract_text_lines(strip=True, return_chars=True)
    return _page_items(lines, [], float(page.height), number)


def _page_items(
    lines: list[dict[str, Any]], tables: list[_PdfTable], height: float, number: int
) -> list[_Item]:
    lines = [ln for ln in lines if not _is_page_furniture(ln, height)]
    pieces = _lines_to_pieces(lines, number)
    items: list[_Item] = [*pieces, *tables]
    items.sort(key=_top)
    return items


def _top(item: _Item) -> float:
    if isinstance(item, _PdfTable):
        return item.top
    return item.bbox[1] if item.bbox else 0.0


def _solid(ch: dict[str, Any]) -> bool:
    """Whether a char has an extent (a width and a size).

    Size-0 text (``/F1 0 Tf``) stacks every glyph of a string at one point, where
    repeated digits would look like overprinted copies.
    """
    return bool(ch["width"] > 0 and ch["size"] > 0)


def _with_chars(page: Any, chars: list[dict[str, Any]]) -> Any:
    """The page with only ``chars`` as its chars (as pdfplumber's own ``dedupe_chars``)."""
    from pdfplumber.page import FilteredPage

    filtered = FilteredPage(page, lambda _: True)
    filtered._objects = {**page.objects, "char": chars}
    return filtered


def _dedupe_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pdfplumber's ``dedupe_chars`` (fake-bold overprint) over chars with an extent.

    Chars without width or size are kept as they are, so ``1242.39`` drawn at size 0
    is not read as ``124.39``. The order is restored through the chars' indices, in
    linear time (pdfplumber's ``sorted(key=chars.index)`` is quadratic in the page's chars).
    """
    from pdfplumber.utils.clustering import cluster_objects

    key = itemgetter("upright", "text", "fontname", "size")
    pos_key = itemgetter("doctop", "x0")
    kept: set[int] = set()
    solid = sorted(((i, c) for i, c in enumerate(chars) if _solid(c)), key=lambda ic: key(ic[1]))
    for _, group in itertools.groupby(solid, key=lambda ic: key(ic[1])):
        for row in cluster_objects(list(group), lambda ic: ic[1]["doctop"], 1):
            for cluster in cluster_objects(row, lambda ic: ic[1]["x0"], 1):
                kept.add(min(cluster, key=lambda ic: pos_key(ic[1]))[0])
    return [c for i, c in enumerate(chars) if i in kept or not _solid(c)]


def _has_duplicate_chars(chars: Sequence[dict[str, Any]]) -> bool:
    seen: set[tuple[str, int, int]] = set()
    dupes = 0
    for ch in chars:
        if not _solid(ch):
            continue
        key = (ch["text"], round(ch["x0"]), round(ch["top"]))
        if key in seen:
            dupes += 1
        seen.add(key)
    return dupes > max(3, len(chars) // 50)


def _is_page_furniture(line: dict[str, Any], height: float) -> bool:
    """Page numbers such as ``- 3 -`` or ``第 3 页`` in the top or bottom margin."""
    in_margin = line["top"] > height * 0.88 or line["bottom"] < height * 0.08
    return in_margin and bool(_FOOTER.match(line["text"]))


def _cluster(values: Sequence[float], tolerance: float = EDGE_TOLERANCE) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _index(edges: Sequence[float], value: float) -> int:
    i = bisect.bisect_left(edges, value - EDGE_TOLERANCE)
    return min(i, len(edges) - 1)


def _read_table(table: Any, page_number: int) -> _PdfTable | None:
    """Rebuild a table's grid and spans from its cell rectangles."""
    cells: list[BBox] = [tuple(c) for c in table.cells]
    if len(cells) < 2:
        return None  # a lone box (text frame, page border) is not a table
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    if len(xs) < 2 or len(ys) < 2:
        return None
    slots: dict[tuple[int, int], int] = {}
    placed: list[tuple[int, int, int, int, BBox]] = []
    for bbox in sorted(cells, key=lambda b: (b[1], b[0])):
        c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
        r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
        if c1 <= c0 or r1 <= r0 or (r0, c0) in slots:
            continue
        k = len(placed)
        placed.append((r0, c0, r1 - r0, c1 - c0, bbox))
        for r in range(r0, r1):
            for c in range(c0, c1):
                slots.setdefault((r, c), k)
    texts: list[list[dict[str, Any]]] = [[] for _ in placed]
    x0, top, x1, bottom = table.bbox
    for ch in table.page.chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        c = bisect.bisect_right(xs, cx) - 1
        r = bisect.bisect_right(ys, cy) - 1
        owner = slots.get((r, c))
        if owner is not None:
            texts[owner].append(ch)
    from pdfplumber.utils.text import extract_text

    raw_cells = [
        RawCell(
            row=r0,
            col=c0,
            raw=extract_text(texts[k], x_tolerance_ratio=X_TOLERANCE_RATIO) if texts[k] else "",
            location=Location(page=page_number, bbox=_round(bbox), page_row=r0 + 1),
            rowspan=rs,
            colspan=cs,
        )
        for k, (r0, c0, rs, cs, bbox) in enumerate(placed)
    ]
    return _PdfTable(
        cells=raw_cells,
        xs=xs,
        n_rows=len(ys) - 1,
        top=float(top),
        bottom=float(bottom),
        page=page_number,
        bbox=_round((x0, top, x1, bottom)),
        pages=[page_number],
    )


def _round(b: Sequence[float]) -> BBox:
    return (round(b[0], 1), round(b[1], 1), round(b[2], 1), round(b[3], 1))


def _line_size(line: dict[str, Any]) -> float:
    sizes = [c["size"] for c in line.get("chars", []) if c["text"].strip()]
    return float(statistics.median(sizes)) if sizes else 0.0


def _line_bold(line: dict[str, Any]) -> bool:
    chars = [c for c in line.get("chars", []) if c["text"].strip()]
    if not chars:
        return False
    bold = sum(1 for c in chars if re.search(r"bold|heavy|black|-b$", c.get("fontname", ""), re.I))
    return bold >= len(chars) * 0.8


_WRAPPED_FORMULA = re.compile(r"^\s*[\d*×/÷=+\-%)）]")
_LIST_MARK = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]|[（(]?[一二三四五六七八九十]+[）)、])"
)


def _lines_to_pieces(lines: list[dict[str, Any]], page: int) -> list[ParagraphPiece]:
    """Group wrapped lines into paragraph pieces by indent, margins, gaps and font."""
    if not lines:
        return []
    sizes = [s for s in (_line_size(ln) for ln in lines) if s]
    body_size = statistics.median(sizes) if sizes else 12.0
    lefts = sorted(ln["x0"] for ln in lines)
    rights = sorted(ln["x1"] for ln in lines)
    left = lefts[len(lefts) // 10]
    right = rights[-1 - len(rights) // 10]
    pieces: list[ParagraphPiece] = []
    current: list[dict[str, Any]] = []

    def flush() -> None:
        if not current:
            return
        pieces.append(_piece(current, page, left, right, body_size))
        current.clear()

    prev: dict[str, Any] | None = None
    for ln in lines:
        size = _line_size(ln) or body_size
        if prev is not None:
            prev_size = _line_size(prev) or body_size
            gap = ln["top"] - prev["bottom"]
            # A line left short because an unbreakable formula (``*100%=180.5/200.0``) was
            # moved to the next line is not a paragraph end.
            open_sentence = not ends_sentence(prev["text"])
            # A numbered title line (``（三）预算收支情况``) is not a formula cut short,
            # even when the next line opens with a year.
            after_title = (
                len(current) == 1
                and _LIST_MARK.match(current[0]["text"]) is not None
                and ln["text"].lstrip()[:1].isdigit()
                and not prev["text"].rstrip().endswith(OPEN_OPERATORS)
            )
            wrapped_formula = (
                _WRAPPED_FORMULA.match(ln["text"])
                and not _LIST_MARK.match(ln["text"])
                and open_sentence
                and not after_title
            )
            # A list item's wrapped lines hang under its text (``6. 生均…`` then
            # ``÷2436人）`` indented to the text after ``6. ``).
            hanging = (
                not prev["text"].rstrip().endswith(("。", "！", "？"))
                and bool(current)
                and _LIST_MARK.match(current[0]["text"]) is not None
                and ln["x0"] <= current[0]["x0"] + 4 * size
            )
            new = (
                gap > 0.9 * max(size, prev_size)
                or (prev["x1"] < right - _slack(ln["text"]) * prev_size and not wrapped_formula)
                or (ln["x0"] > left + 1.2 * size and not hanging)
                or abs(size - prev_size) > 0.15 * body_size
                or _line_bold(ln) != _line_bold(prev)
                or (not open_sentence and _LIST_MARK.match(ln["text"]) is not None)
            )
            if new:
                flush()
        current.append(ln)
        prev = ln
    flush()
    return pieces


_KINSOKU_PAIR = re.compile(r"^\s*\S[，。；：、）)”’》！？]")


_NUMBER_START = re.compile(r"^\s*\d[\d,.，]*\d")


def _slack(next_text: str) -> float:
    """How many characters short of the margin a wrapped line may end.

    A line may not start with 。，；: when the next line begins ``分，`` the word before
    the comma moves down with it and leaves a gap of up to two characters. A number is
    never broken either: when the next line begins ``1,186件``, the whole number moved
    down and left a gap of its width (a digit is about half a character).
    """
    slack = 2.6 if _KINSOKU_PAIR.match(next_text) else 1.5
    number = _NUMBER_START.match(next_text)
    if number is not None:
        slack += min(MAX_NUMBER_SLACK, DIGIT_WIDTH * len(number.group(0).strip()))
    return slack


DIGIT_WIDTH = 0.6
"""A digit's width in characters of the body font (Noto/Song digits are half-width)."""
MAX_NUMBER_SLACK = 6.0
"""The widest number a wrapped line may have moved down (characters)."""


def _piece(
    lines: list[dict[str, Any]], page: int, left: float, right: float, body: float
) -> ParagraphPiece:
    text = ""
    for ln in lines:
        text = glue(text, ln["text"])
    first, last = lines[0], lines[-1]
    size = _line_size(first) or body
    centered = (
        first["x0"] > left + 3 * size
        and abs((first["x0"] + first["x1"]) / 2 - (left + right) / 2) < 2 * size
    )
    styled = _line_bold(first) or size > body * 1.15 or (centered and len(lines) == 1)
    bbox = _round(
        (
            min(ln["x0"] for ln in lines),
            first["top"],
            max(ln["x1"] for ln in lines),
            last["bottom"],
        )
    )
    scores = [ln["ocr"] for ln in lines if ln.get("ocr") is not None]
    return ParagraphPiece(
        text=text,
        ocr=min(scores) if scores else None,
        ocr_notes=[note for ln in lines for note in ln.get("ocr_notes", ())],
        styled=styled,
        style_level=0 if (centered and size > body * 1.15) else None,
        page=page,
        bbox=bbox,
        reaches_margin=last["x1"] >= right - 1.5 * (_line_size(last) or body),
        starts_indented=first["x0"] > left + 1.2 * size,
    )


# ----------------------------------------------------------------------- document


def _assemble(pages: list[list[_Item]]) -> list[Block]:
    """Join items across page breaks and number the blocks."""
    items: list[_Item] = []
    for page_items in pages:
        for n, item in enumerate(page_items):
            prev = items[-1] if items else None
            at_page_start = n == 0
            if (
                at_page_start
                and isinstance(prev, _PdfTable)
                and isinstance(item, _PdfTable)
                and _stitch(prev, item)
            ):
                continue
            if (
                at_page_start
                and isinstance(prev, ParagraphPiece)
                and isinstance(item, ParagraphPiece)
                and continues(prev, item)
            ):
                merge_piece(prev, item)
                continue
            items.append(item)
    blocks: list[Block] = []
    table_number = 0
    for item in items:
        if isinstance(item, ParagraphPiece):
            note = "；".join(dict.fromkeys(item.ocr_notes)) or None
            location = Location(page=item.page, bbox=item.bbox, ocr=item.ocr, ocr_note=note)
            paragraph = piece_paragraph(item, len(blocks), location)
            if paragraph is not None:
                blocks.append(paragraph)
        else:
            table_number += 1
            blocks.append(
                build_table(
                    item.cells,
                    index=len(blocks),
                    number=table_number,
                    location=Location(page=item.page, bbox=item.bbox, ocr=item.ocr),
                    caption=caption_of(blocks),
                    pages=tuple(item.pages),
                )
            )
    return blocks


def _stitch(prev: _PdfTable, nxt: _PdfTable) -> bool:
    """Append ``nxt`` (first table of a page) to ``prev`` if it continues it."""
    mapping = _map_columns(prev.xs, nxt.xs)
    if mapping is None:
        return False
    if nxt.ocr is not None:
        prev.ocr = nxt.ocr if prev.ocr is None else min(prev.ocr, nxt.ocr)
    cells = [
        RawCell(
            c.row,
            mapping[c.col],
            c.raw,
            c.location,
            c.rowspan,
            mapping[c.col + c.colspan] - mapping[c.col],
        )
        for c in nxt.cells
    ]
    cells = _drop_repeated_header(prev, cells)
    if not cells:
        prev.pages.append(nxt.page)
        return True
    first_row = min(c.row for c in cells)
    row_shift = prev.n_rows - first_row
    if _continues_row(prev, [c for c in cells if c.row == first_row]):
        last = prev.n_rows - 1
        by_col = {c.col: c for c in prev.cells if c.row <= last < c.row + c.rowspan}
        for c in cells:
            if c.row != first_row:
                continue
            target = by_col.get(c.col)
            if target is not None and c.raw.strip():
                target.raw = (target.raw + "\n" + c.raw).strip()
            if target is not None and c.rowspan > 1:
                target.rowspan += c.rowspan - 1
        cells = [c for c in cells if c.row != first_row]
        row_shift -= 1
    for c in cells:
        c.row += row_shift
    prev.cells.extend(cells)
    prev.n_rows = max([prev.n_rows, *(c.row + c.rowspan for c in cells)])
    prev.pages.append(nxt.page)
    prev.bottom = nxt.bottom
    return True


def _map_columns(prev_xs: list[float], next_xs: list[float]) -> dict[int, int] | None:
    """Map the continuation's column edges onto the first part's, or None if they differ."""
    tolerance = 3.0
    mapping: dict[int, int] = {}
    for i, x in enumerate(next_xs):
        j = min(range(len(prev_xs)), key=lambda k: abs(prev_xs[k] - x))
        if abs(prev_xs[j] - x) > tolerance:
            return None
        mapping[i] = j
    if mapping[0] != 0 or mapping[len(next_xs) - 1] != len(prev_xs) - 1:
        return None
    return mapping


def _row_texts(cells: Sequence[RawCell], row: int) -> dict[int, str]:
    return {c.col: normalize_cell(c.raw) for c in cells if c.row == row}


def _drop_repeated_header(prev: _PdfTable, cells: list[RawCell]) -> list[RawCell]:
    """Remove header rows that Word/LibreOffice repeat at the top of each page."""
    if not cells:
        return cells
    first = min(c.row for c in cells)
    prev_first = min(c.row for c in prev.cells)
    repeated = 0
    while True:
        mine = _row_texts(cells, first + repeated)
        theirs = _row_texts(prev.cells, prev_first + repeated)
        if not mine or mine != theirs or any(is_numeric_text(t) for t in mine.values()):
            break
        repeated += 1
    if not repeated:
        return cells
    kept = [c for c in cells if c.row >= first + repeated]
    for c in kept:
        c.row -= repeated
    return kept


def _continues_row(prev: _PdfTable, first_row: list[RawCell]) -> bool:
    """Whether the continuation's first row is the rest of a row cut by the page break.

    A cut row carries no numbers of its own: its values stayed on the previous page,
    so every column where the previous row holds a number is empty here.
    """
    texts = {c.col: normalize_cell(c.raw) for c in first_row}
    if not any(texts.values()) or any(is_numeric_text(t) for t in texts.values() if t):
        return False
    last = prev.n_rows - 1
    prev_row = {
        c.col: normalize_cell(c.raw) for c in prev.cells if c.row <= last < c.row + c.rowspan
    }
    value_cols = [col for col, t in prev_row.items() if is_numeric_text(t)]
    lead = texts.get(min(texts), "")
    if not value_cols:
        return lead == ""
    if any(texts.get(col) for col in value_cols):
        return False
    return not (lead and _TOTAL_OR_ITEM.match(lead))
