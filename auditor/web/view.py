"""What the result page shows: findings by family, targets for every piece of evidence.

:func:`build_view` turns a :class:`DocumentResult` (and the file, for PDF page images
or the DOCX/text body) into plain data for the Jinja template shared by ``audit
serve`` and ``audit --html``. Every evidence gets a *target*: the id of the element
that shows it — a highlight box on a page image (PDF: page and bbox from the
document model, narrowed to the value's characters), a paragraph, table row or cell
(DOCX and text), or the page itself when only the page is known.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.engine import DocumentMeta, DocumentResult, ScoreBlock, plain
from auditor.findings import CATEGORIES, CATEGORY_LABELS, Finding
from auditor.model import BBox, Document, Location, Paragraph, Table
from auditor.web.pages import PageImage, refine_boxes, render_pages


@dataclass
class Box:
    """A highlight on a page image, in percent of the page's width and height."""

    id: str
    page: int
    left: float
    top: float
    width: float
    height: float
    severity: str
    findings: list[str] = field(default_factory=list)
    label: str = ""


@dataclass
class PageView:
    """One PDF page: number, image source (URL or data URI), aspect ratio, boxes."""

    number: int
    id: str
    src: str
    ratio: float
    boxes: list[Box] = field(default_factory=list)


@dataclass
class BlockView:
    """One DOCX/text block: a paragraph or a table, with marks on its evidence."""

    kind: str
    id: str
    text: str = ""
    heading: bool = False
    rows: list[list[dict[str, Any]]] = field(default_factory=list)
    caption: str = ""
    marked: str = ""
    """Severity of the worst finding citing the paragraph ('' when none)."""
    hits: list[str] = field(default_factory=list)


@dataclass
class ReportView:
    """Everything the result template needs for one report."""

    name: str
    status: str
    error: str
    meta: DocumentMeta
    counts: dict[str, int]
    groups: list[dict[str, Any]]
    score: dict[str, Any] | None
    pages: list[PageView]
    blocks: list[BlockView]
    notes: list[str]
    not_a_report: bool
    downloads: list[dict[str, str]] = field(default_factory=list)


_RANK = {"error": 0, "warning": 1, "info": 2}


def build_view(
    result: DocumentResult,
    source: Path | None,
    *,
    images: list[PageImage] | None = None,
    image_src: Any = None,
    document: Document | None = None,
    password: str | None = None,
    prefix: str = "",
) -> ReportView:
    """The view of one audited report.

    ``images`` are the PDF's rendered pages (rendered here from ``source`` when not
    given); ``image_src(page)`` gives each image's ``src`` (default: an inline data
    URI). ``document`` is the extracted DOCX/text body (read from ``source`` when not
    given). Element ids start with ``prefix`` so several reports can share a page.
    """
    meta = result.meta or DocumentMeta()
    fmt = meta.format or ""
    view = ReportView(
        name=result.path,
        status=result.status,
        error=(result.error or {}).get("message", "") if result.status != "ok" else "",
        meta=meta,
        counts=result.counts(),
        groups=[],
        score=_score(result.score),
        pages=[],
        blocks=[],
        notes=list(result.notes),
        not_a_report=any(f.rule == "AUD003" for f in result.findings),
    )
    if result.status != "ok":
        return view
    numbered = [(f"{prefix}f{n}", f) for n, f in enumerate(result.findings, start=1)]
    targets: dict[tuple[str, int], str] = {}
    if fmt == "pdf" and source is not None:
        if images is None:
            images = render_pages(source, password=password)
        view.pages = _pdf_pages(numbered, images, source, image_src, targets, password, prefix)
    elif fmt in ("docx", "text") and source is not None:
        if document is None:
            document = _open(source, password)
        if document is not None:
            view.blocks = _blocks(numbered, document, targets, prefix)
    view.groups = _groups(numbered, targets)
    return view


def _open(source: Path, password: str | None) -> Document | None:
    from auditor.errors import AuditorError
    from auditor.extract import open_document

    try:
        return open_document(source, password=password)
    except AuditorError:
        return None


def _score(score: ScoreBlock | None) -> dict[str, Any] | None:
    """The score table's cells for the template (numbers as the JSON shows them)."""
    if score is None or not score.shown:
        return None
    rows = [
        {
            "name": i.name,
            "maximum": plain(i.maximum),
            "stated": plain(i.stated),
            "recomputed": plain(i.recomputed),
            "stated_rate": plain(i.stated_rate),
            "recomputed_rate": plain(i.recomputed_rate),
            "differs": i.differs,
        }
        for i in score.indicators
    ]
    return {
        "stated_total": plain(score.stated_total),
        "indicator_sum": plain(score.indicator_sum),
        "recomputed_total": plain(score.recomputed_total),
        "maxima_sum": plain(score.maxima_sum),
        "stated_grade": score.stated_grade,
        "recomputed_grade": score.recomputed_grade,
        "rows": rows,
    }


def _groups(
    numbered: list[tuple[str, Finding]], targets: dict[tuple[str, int], str]
) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = []
    for category in CATEGORIES:
        items = []
        for fid, f in numbered:
            if f.category != category:
                continue
            evidence = []
            for k, e in enumerate(f.evidence):
                evidence.append(
                    {
                        "where": e.location.describe() if e.location != Location() else "",
                        "role": e.role,
                        "text": e.text,
                        "parts": _marked(e.text, e.value),
                        "target": targets.get((fid, k), ""),
                    }
                )
            items.append(
                {
                    "id": fid,
                    "rule": f.rule,
                    "title": f.title,
                    "severity": f.severity.value,
                    "label": f.severity.label,
                    "message": f.message,
                    "expected": f.expected,
                    "found": f.found,
                    "evidence": evidence,
                    "target": next((e["target"] for e in evidence if e["target"]), ""),
                }
            )
        if items:
            groups.append(
                {
                    "category": category,
                    "label": CATEGORY_LABELS.get(category, category),
                    "findings": items,
                }
            )
    return groups


_NUMERIC = frozenset("0123456789.,")


def find_value(text: str, value: str, start: int = 0) -> int:
    """Where ``value`` occurs in ``text`` as a whole number (``0`` not inside ``100``).

    Falls back to the first plain occurrence; -1 when absent.
    """
    first = -1
    numeric = value[:1] in _NUMERIC and value[-1:] in _NUMERIC
    while (at := text.find(value, start)) >= 0:
        if first < 0:
            first = at
        if not numeric or _stands_alone(text, at, at + len(value)):
            return at
        start = at + 1
    return first


def _stands_alone(text: str, start: int, end: int) -> bool:
    """No digit or decimal mark glued to text[start:end] (a full stop after it is fine)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end : end + 1]
    if before and before in _NUMERIC:
        return False
    if after and after in _NUMERIC:
        following = text[end + 1 : end + 2]
        return after in ".," and not (following and following in _NUMERIC)
    return True


def _marked(text: str, value: str | None) -> list[tuple[str, bool]]:
    """``text`` split into (piece, is_value) so the template can mark the value."""
    if value:
        start = find_value(text, value)
        if start >= 0:
            end = start + len(value)
            return [(text[:start], False), (value, True), (text[end:], False)]
    return [(text, False)]


def data_uri(jpeg: bytes) -> str:
    """A JPEG as an inline ``data:`` URI (for the self-contained HTML)."""
    return "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii")


def _pdf_pages(
    numbered: list[tuple[str, Finding]],
    images: list[PageImage],
    source: Path,
    image_src: Any,
    targets: dict[tuple[str, int], str],
    password: str | None,
    prefix: str,
) -> list[PageView]:
    sizes = {p.number: (p.width, p.height) for p in images}
    pages = {
        p.number: PageView(
            number=p.number,
            id=f"{prefix}page-{p.number}",
            src=image_src(p) if image_src else data_uri(p.jpeg),
            ratio=p.height / p.width if p.width else 1.414,
        )
        for p in images
    }
    wanted: list[tuple[int, BBox, str]] = [
        (e.location.page, e.location.bbox, e.value)
        for _, f in numbered
        for e in f.evidence
        if e.location.page in sizes and e.location.bbox and e.value and e.location.file is None
    ]
    exact = refine_boxes(source, wanted, password=password)
    boxes: dict[tuple[int, BBox], Box] = {}
    for fid, f in numbered:
        for k, e in enumerate(f.evidence):
            page = e.location.page
            if page not in pages or e.location.file is not None:
                continue
            bbox = e.location.bbox
            if bbox is None:
                targets[(fid, k)] = pages[page].id
                continue
            if e.value:
                bbox = exact.get((page, bbox, e.value), bbox)
            key = (page, bbox)
            box = boxes.get(key)
            if box is None:
                width, height = sizes[page]
                box = Box(
                    id=f"{prefix}b{len(boxes) + 1}",
                    page=page,
                    left=100 * bbox[0] / width,
                    top=100 * bbox[1] / height,
                    width=100 * (bbox[2] - bbox[0]) / width,
                    height=100 * (bbox[3] - bbox[1]) / height,
                    severity=f.severity.value,
                    label=f"{f.rule} {e.value or ''}".strip(),
                )
                boxes[key] = box
                pages[page].boxes.append(box)
            elif _RANK[f.severity.value] < _RANK[box.severity]:
                box.severity = f.severity.value
            if fid not in box.findings:
                box.findings.append(fid)
            targets[(fid, k)] = box.id
    return [pages[n] for n in sorted(pages)]


def _blocks(
    numbered: list[tuple[str, Finding]],
    document: Document,
    targets: dict[tuple[str, int], str],
    prefix: str,
) -> list[BlockView]:
    fmt = document.format
    out: list[BlockView] = []
    para_ids: dict[int, BlockView] = {}
    cells: dict[tuple[int, int, int], dict[str, Any]] = {}
    row_ids: dict[tuple[int, int], str] = {}
    table_ids: dict[int, BlockView] = {}
    for block in document.blocks:
        if isinstance(block, Paragraph):
            view = BlockView(
                kind="p",
                id=f"{prefix}p{block.index}",
                text=block.text,
                heading=block.heading_level is not None,
            )
            key = block.location.paragraph if fmt == "docx" else block.location.line
            if key is not None:
                para_ids.setdefault(key, view)
            out.append(view)
        elif isinstance(block, Table):
            view = BlockView(
                kind="table", id=f"{prefix}t{block.number}", caption=block.caption or ""
            )
            table_ids[block.number] = view
            for r, grid_row in enumerate(block.grid):
                row: list[dict[str, Any]] = []
                row_ids[(block.number, r + 1)] = f"{prefix}t{block.number}r{r + 1}"
                for c, cell in enumerate(grid_row):
                    if not block.is_origin(r, c):
                        continue
                    item = {
                        "id": f"{prefix}t{block.number}c{r + 1}-{c + 1}",
                        "text": cell.text,
                        "rowspan": cell.rowspan,
                        "colspan": cell.colspan,
                        "marked": "",
                        "hits": [],
                    }
                    cells[(block.number, r + 1, c + 1)] = item
                    row.append(item)
                view.rows.append(row)
            out.append(view)
    for fid, f in numbered:
        for k, e in enumerate(f.evidence):
            loc = e.location
            if loc.file is not None:
                continue  # a place in the reference table or last year's report
            target: dict[str, Any] | BlockView | None = None
            if loc.table is not None:
                if loc.row is not None and loc.col is not None:
                    target = cells.get((loc.table, loc.row, loc.col))
                if target is None and loc.row is not None and (loc.table, loc.row) in row_ids:
                    targets[(fid, k)] = row_ids[(loc.table, loc.row)]
                    continue
                if target is None:
                    target = table_ids.get(loc.table)
            else:
                key = loc.paragraph if fmt == "docx" else loc.line
                target = para_ids.get(key) if key is not None else None
            if target is None:
                continue
            _mark(target, f.severity.value, e.value)
            targets[(fid, k)] = target["id"] if isinstance(target, dict) else target.id
    return out


def _mark(target: dict[str, Any] | BlockView, severity: str, value: str | None) -> None:
    current = target["marked"] if isinstance(target, dict) else target.marked
    if not current or _RANK[severity] < _RANK[current]:
        current = severity
    values = target["hits"] if isinstance(target, dict) else target.hits
    if value and value not in values:
        values.append(value)
    if isinstance(target, dict):
        target["marked"] = current
    else:
        target.marked = current


def paragraph_parts(text: str, values: list[str]) -> list[tuple[str, bool]]:
    """``text`` split so that each cited value is marked where it stands as a number."""
    spans: list[tuple[int, int]] = []
    for value in sorted(values, key=len, reverse=True):
        at = find_value(text, value)
        if at >= 0:
            end = at + len(value)
            if all(end <= s or at >= e for s, e in spans):
                spans.append((at, end))
    spans.sort()
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in spans:
        out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    out.append((text[pos:], False))
    return [p for p in out if p[0]]
