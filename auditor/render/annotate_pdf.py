"""A marked-up copy of a PDF: a highlight on the exact characters of every piece of evidence.

pdfplumber (already the PDF reader) gives each character's box; :mod:`locate` finds
the evidence's characters among those of the block the evidence was read from (its
bbox), then the whole page, then the next page (a paragraph cut by a page break).
pypdf writes the copy: one ``/Highlight`` annotation per piece of evidence, one quad
per line of the match, the finding's message as its note (``/Contents``) and the
finding id in ``/NM``. pypdf is pure Python (no qpdf binary to ship on a reviewer's
Windows machine), copies the original page objects untouched and writes annotations
with a few lines; pikepdf would add a C++ dependency for no gain here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from auditor.findings import Evidence, Finding, Severity
from auditor.render.locate import find_evidence, squeeze
from auditor.render.notes import AUTHOR, note_lines

COLOURS = {Severity.ERROR: "ff8080", Severity.WARNING: "ffd54f", Severity.INFO: "a5d6ff"}
FOLLOW_PAGES = 3
"""Pages after a paragraph's first page searched for the rest of it."""
MARGIN = 1.5
"""Points around a bbox within which characters still count as inside it."""


@dataclass(frozen=True)
class Mark:
    """One highlight: page (1-based), line boxes (x0, top, x1, bottom) and the text under it."""

    page: int
    boxes: tuple[tuple[float, float, float, float], ...]
    text: str
    finding: Finding
    evidence: Evidence


def _inside(ch: dict[str, Any], bbox: Sequence[float] | None) -> bool:
    if bbox is None:
        return True
    cx = (ch["x0"] + ch["x1"]) / 2
    cy = (ch["top"] + ch["bottom"]) / 2
    x0, top, x1, bottom = bbox
    return bool(x0 - MARGIN <= cx <= x1 + MARGIN and top - MARGIN <= cy <= bottom + MARGIN)


def _lines(chars: Sequence[dict[str, Any]]) -> tuple[tuple[float, float, float, float], ...]:
    """One box per text line of ``chars`` (a match may wrap)."""
    boxes: list[list[float]] = []
    for ch in chars:
        if boxes and abs(ch["top"] - boxes[-1][1]) < (ch["bottom"] - ch["top"]) * 0.5:
            box = boxes[-1]
            box[0] = min(box[0], ch["x0"])
            box[2] = max(box[2], ch["x1"])
            box[1] = min(box[1], ch["top"])
            box[3] = max(box[3], ch["bottom"])
        else:
            boxes.append([ch["x0"], ch["top"], ch["x1"], ch["bottom"]])
    return tuple((b[0], b[1], b[2], b[3]) for b in boxes)


class _Pages:
    """pdfplumber characters per page, read once."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf
        self.cache: dict[int, list[dict[str, Any]]] = {}

    def chars(self, page: int) -> list[dict[str, Any]]:
        if page not in self.cache:
            if not 1 <= page <= len(self.pdf.pages):
                return []
            self.cache[page] = [c for c in self.pdf.pages[page - 1].chars if c.get("text")]
        return self.cache[page]


def _match(pages: _Pages, evidence: Evidence) -> tuple[int, list[dict[str, Any]]] | None:
    page = evidence.location.page
    if page is None:
        return None
    bbox = evidence.location.bbox
    # A paragraph's bbox is that of its first page; a long one runs on for pages.
    attempts = [(page, bbox), (page, None), *((page + k, None) for k in range(1, FOLLOW_PAGES + 1))]
    if evidence.location.table is not None:
        attempts = attempts[:1]  # a cell's bbox is exact; elsewhere the value is another cell
    for loose in (False, True):
        for number, box in attempts:
            chars = [c for c in pages.chars(number) if _inside(c, box)]
            haystack, index = squeeze([c["text"] for c in chars])
            span = find_evidence(haystack, evidence.text, evidence.value, loose=loose)
            if span is None or span[1] <= span[0]:
                continue
            picked = sorted({index[i] for i in range(span[0], span[1])})
            return number, [chars[i] for i in picked]
    return None


def locate_marks(
    path: Path, findings: Sequence[Finding]
) -> tuple[list[Mark], list[tuple[Finding, Evidence]]]:
    """Every piece of evidence placed on its characters, and those that could not be."""
    import pdfplumber

    marks: list[Mark] = []
    missed: list[tuple[Finding, Evidence]] = []
    with pdfplumber.open(str(path)) as pdf:
        pages = _Pages(pdf)
        for finding in findings:
            for evidence in finding.evidence:
                if evidence.location.file is not None:
                    continue  # a place in the reference table or last year's report
                found = _match(pages, evidence)
                loc = evidence.location
                if found is None and loc.table is not None and loc.page and loc.bbox:
                    # An empty cell (unsigned, unfilled): the cell itself is the place.
                    marks.append(Mark(loc.page, (loc.bbox,), "", finding, evidence))
                    continue
                if found is None:
                    missed.append((finding, evidence))
                    continue
                page, chars = found
                text = "".join(c["text"] for c in chars)
                marks.append(Mark(page, _lines(chars), text, finding, evidence))
    return marks, missed


def write_marked_pdf(source: Path, marks: Sequence[Mark]) -> bytes:
    """The original PDF with one highlight annotation per mark (source unchanged)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    reader = PdfReader(str(source))
    writer = PdfWriter(clone_from=reader)
    for n, mark in enumerate(marks):
        page = writer.pages[mark.page - 1]
        box = page.mediabox
        height, left = float(box.top), float(box.left)
        quads: list[FloatObject] = []
        for x0, top, x1, low in mark.boxes:
            ux0, ux1 = left + x0, left + x1
            y_top, y_low = height - top, height - low
            quads.extend(FloatObject(v) for v in (ux0, y_top, ux1, y_top, ux0, y_low, ux1, y_low))
        xs = [float(q) for q in quads[0::2]]
        ys = [float(q) for q in quads[1::2]]
        annotation = Highlight(
            rect=(min(xs), min(ys), max(xs), max(ys)),
            quad_points=ArrayObject(quads),
            highlight_color=COLOURS[mark.finding.severity],
            printing=True,
        )
        annotation[NameObject("/Contents")] = TextStringObject("\n".join(note_lines(mark.finding)))
        annotation[NameObject("/T")] = TextStringObject(AUTHOR)
        annotation[NameObject("/NM")] = TextStringObject(f"{mark.finding.id}#{n}")
        writer.add_annotation(page_number=mark.page - 1, annotation=annotation)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
