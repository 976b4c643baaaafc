"""PDF pages as images for the result page, and exact boxes for evidence values (pypdfium2).

pdfium is not thread-safe, so every call into it holds :data:`PDFIUM_LOCK`. Page
images are JPEG (a tenth of PNG's encoding time and half its size for scanned-looking
report pages); boxes are in PDF points measured from the page's top-left corner, the
same frame as :attr:`auditor.model.Location.bbox`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from auditor.model import BBox
from auditor.pdfium_lock import PDFIUM_LOCK

SCALE = 1.4
"""Pixels per point: an A4 page becomes 833 px wide, sharp at the page column's width."""
QUALITY = 60
MAX_PAGES = 400


@dataclass(frozen=True)
class PageImage:
    """One rendered page: its number, size in points and the JPEG bytes."""

    number: int
    width: float
    height: float
    jpeg: bytes


def render_pages(path: Path, *, password: str | None = None) -> list[PageImage]:
    """Render every page (up to :data:`MAX_PAGES`); an unreadable PDF gives no pages."""
    import pypdfium2 as pdfium

    out: list[PageImage] = []
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError:
            return []
        try:
            for i in range(min(len(pdf), MAX_PAGES)):
                page = pdf[i]
                try:
                    width, height = page.get_size()
                    image = page.render(scale=SCALE).to_pil().convert("RGB")
                    buffer = io.BytesIO()
                    image.save(buffer, "JPEG", quality=QUALITY)
                    out.append(PageImage(i + 1, width, height, buffer.getvalue()))
                finally:
                    page.close()
        finally:
            pdf.close()
    return out


def refine_boxes(
    path: Path, wanted: list[tuple[int, BBox, str]], *, password: str | None = None
) -> dict[tuple[int, BBox, str], BBox]:
    """Narrow each (page, block box, value) to the box of the value inside the block.

    A paragraph's location is the whole paragraph; the value (``58``) is a few
    characters of it. pdfium's text search finds each occurrence on the page; the one
    whose centre lies in the block box wins. Values not found keep no entry.
    """
    import pypdfium2 as pdfium

    found: dict[tuple[int, BBox, str], BBox] = {}
    if not wanted:
        return found
    by_page: dict[int, list[tuple[int, BBox, str]]] = {}
    for item in wanted:
        by_page.setdefault(item[0], []).append(item)
    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError:
            return found
        try:
            for number, items in by_page.items():
                if not 1 <= number <= len(pdf):
                    continue
                page = pdf[number - 1]
                text = page.get_textpage()
                height = page.get_size()[1]
                try:
                    for item in items:
                        box = _search(text, height, item[1], item[2])
                        if box is not None:
                            found[item] = box
                finally:
                    text.close()
                    page.close()
        finally:
            pdf.close()
    return found


def _search(text: object, height: float, block: BBox, value: str) -> BBox | None:
    searcher = text.search(value, match_case=True)  # type: ignore[attr-defined]
    numeric = value[:1] in _NUMERIC and value[-1:] in _NUMERIC
    fallback: BBox | None = None
    try:
        while (hit := searcher.get_next()) is not None:
            start, count = hit
            whole = not numeric or not (
                _char(text, start - 1) in _NUMERIC or _char(text, start + count) in _DIGITS
            )
            boxes = [text.get_charbox(i) for i in range(start, start + count)]  # type: ignore[attr-defined]
            x0 = min(b[0] for b in boxes)
            x1 = max(b[2] for b in boxes)
            top = height - max(b[3] for b in boxes)
            bottom = height - min(b[1] for b in boxes)
            cx, cy = (x0 + x1) / 2, (top + bottom) / 2
            if block[0] - 2 <= cx <= block[2] + 2 and block[1] - 2 <= cy <= block[3] + 2:
                box = (x0 - 1.5, top - 1.5, x1 + 1.5, bottom + 1.5)
                if whole:
                    return box
                fallback = fallback or box
    finally:
        searcher.close()
    return fallback


_DIGITS = frozenset("0123456789")
_NUMERIC = _DIGITS | {".", ","}


def _char(text: object, index: int) -> str:
    if index < 0:
        return ""
    try:
        return str(text.get_text_range(index, 1))  # type: ignore[attr-defined]
    except Exception:  # past the end of the page's text
        return ""
