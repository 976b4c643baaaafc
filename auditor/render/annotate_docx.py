"""A marked-up copy in Word: one comment (批注) per finding, on the exact characters.

For a ``.docx`` the original package is reopened with python-docx (≥ 1.2 writes
comments) and each finding's place is found again the way the extractor numbered it:
the n-th non-empty body paragraph, or table n's cell at (row, col) with merged cells
resolved. Within the paragraph (or the cell's paragraphs) the evidence's characters
are found among the runs' characters, the runs at both ends are split so the comment
covers exactly those characters, and the comment is anchored there. A ``.txt`` or
``.doc`` report is first written out as a new DOCX from the extracted document (one
run per paragraph and cell), then commented the same way. The source file is only
read.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from auditor.findings import Evidence, Finding
from auditor.model import Document, Location, Paragraph, Table
from auditor.render.locate import find_evidence, squeeze
from auditor.render.notes import AUTHOR, INITIALS, note_lines, primary_order
from auditor.text.normalise import normalize

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

Places = Callable[[Location], list[Any]]
"""Location → the ``w:p`` elements it may be in."""


def _runs(p_elements: Sequence[Any]) -> list[Any]:
    """Text units of the paragraphs in order: runs with ``w:t`` and whole equations.

    Runs inside hyperlinks and content controls count; an equation (``m:oMath``, or its
    ``m:oMathPara``) is one unit that a comment covers whole.
    """
    out: list[Any] = []
    for p in p_elements:
        for el in p.iter(f"{W}r", f"{M}oMath"):
            if any(a.tag in (f"{M}oMath", f"{M}oMathPara") for a in el.iterancestors()):
                parent = el.getparent()
                if parent.tag == f"{M}oMathPara" and el is parent.find(f"{M}oMath"):
                    out.append(parent)  # a display equation: the whole m:oMathPara
                continue
            if el.tag == f"{M}oMath" or el.find(f"{W}t") is not None:
                out.append(el)
    return out


def _run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(f"{W}t", f"{M}t"))


def _split(run: Any, offset: int) -> Any:
    """Split a single-``w:t`` run at ``offset``; return the run holding the tail."""
    texts = list(run.iter(f"{W}t"))
    if run.tag != f"{W}r" or len(texts) != 1:
        return None
    text = texts[0].text or ""
    if not 0 < offset < len(text):
        return None
    tail = copy.deepcopy(run)
    texts[0].text = text[:offset]
    texts[0].set(XML_SPACE, "preserve")
    tail_t = tail.find(f"{W}t")
    tail_t.text = text[offset:]
    tail_t.set(XML_SPACE, "preserve")
    run.addnext(tail)
    return tail


def _anchor(p_elements: Sequence[Any], evidence: Evidence) -> tuple[Any, Any, bool] | None:
    """The first and last run covering the evidence's characters (split to fit).

    The flag says whether the characters were found; if not, the whole paragraph or
    cell is the anchor (still the right place, less exactly).
    """
    runs = _runs(p_elements)
    if not runs and p_elements:
        # An empty cell or paragraph (unsigned, unfilled): anchor on an empty run there.
        from docx.text.paragraph import Paragraph as WordParagraph

        run = WordParagraph(p_elements[0], None).add_run("")._r  # type: ignore[arg-type]
        return run, run, True
    if not runs:
        return None
    texts = [_run_text(r) for r in runs]
    # One entry per character: (run index, offset in run).
    chars: list[tuple[int, int]] = [(i, k) for i, t in enumerate(texts) for k in range(len(t))]
    haystack, index = squeeze([texts[i][k] for i, k in chars])
    span = find_evidence(haystack, evidence.text, evidence.value)
    if span is None or span[1] <= span[0]:
        return runs[0], runs[-1], False
    (first, start), (last, end) = chars[index[span[0]]], chars[index[span[1] - 1]]
    first_run, last_run = runs[first], runs[last]
    if first == last:
        # A run that cannot be split (several w:t) is covered whole.
        tail = _split(first_run, start)
        if tail is not None:
            first_run, end = tail, end - start
        _split(first_run, end + 1)
        return first_run, first_run, True
    tail = _split(first_run, start)
    if tail is not None:
        first_run = tail
    _split(last_run, end + 1)
    return first_run, last_run, True


def comment_document(word: Any, findings: Sequence[Finding], places: Places) -> int:
    """Add one comment per finding to ``word``; return how many were anchored exactly."""
    body_runs = _runs(list(word.element.body.iter(f"{W}p")))
    exact = 0
    for finding in findings:
        anchor: tuple[Any, Any] | None = None
        where = ""
        for evidence in primary_order(finding):
            if evidence.location.file is not None:
                continue  # a place in the reference table or last year's report
            elements = places(evidence.location)
            found = _anchor(elements, evidence) if elements else None
            if found is not None:
                anchor = found[:2]
                exact += found[2]
                where = evidence.location.describe()
                break
        if anchor is None:
            if not body_runs:
                continue
            anchor = (body_runs[0], body_runs[0])  # a finding about the whole file
        lines = note_lines(finding)
        others = [e.location.describe() for e in finding.evidence if e.location.describe() != where]
        if others:
            lines.insert(-1, "另见：" + "；".join(dict.fromkeys(others)))
        comment = word.comments.add_comment(text=lines[0], author=AUTHOR, initials=INITIALS)
        for line in lines[1:]:
            comment.add_paragraph(line)
        _mark_range(anchor[0], anchor[1], comment.comment_id)
    return exact


def _mark_range(first: Any, last: Any, comment_id: int) -> None:
    """``w:commentRangeStart`` before ``first``, range end and reference run after ``last``.

    Written here rather than with ``Run.mark_comment_range`` because a unit may be an
    equation, not a run.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:commentRangeStart")
    start.set(qn("w:id"), str(comment_id))
    first.addprevious(start)
    end = OxmlElement("w:commentRangeEnd")
    end.set(qn("w:id"), str(comment_id))
    reference = OxmlElement("w:r")
    mark = OxmlElement("w:commentReference")
    mark.set(qn("w:id"), str(comment_id))
    reference.append(mark)
    last.addnext(end)
    end.addnext(reference)


def _grid_cells(tbl: Any) -> dict[tuple[int, int], Any]:
    """(row, col) 0-based grid slot → ``w:tc``, merges resolved as the extractor does."""
    from auditor.extract.docx import _grid_before, _tc_props

    owner: dict[tuple[int, int], Any] = {}
    for r, tr in enumerate(tbl.iterchildren(f"{W}tr")):
        col = _grid_before(tr)
        for tc in tr.iterchildren(f"{W}tc"):
            span, vmerge = _tc_props(tc)
            target = owner.get((r - 1, col)) if vmerge == "continue" else None
            for c in range(col, col + span):
                owner[(r, c)] = target if target is not None else tc
            col += span
    return owner


def docx_places(word: Any) -> Places:
    """Find locations in a real DOCX, numbered as :mod:`auditor.extract.docx` numbers them."""
    from auditor.extract.docx import body_elements, paragraph_text

    paragraphs: list[Any] = []
    tables: list[Any] = []
    for element in body_elements(word.element.body):
        if element.tag == f"{W}p":
            if normalize(paragraph_text(element)):
                paragraphs.append(element)
        else:
            tables.append(element)
    grids: dict[int, dict[tuple[int, int], Any]] = {}

    def places(loc: Location) -> list[Any]:
        if loc.table is not None and 1 <= loc.table <= len(tables):
            if loc.row is None or loc.col is None:
                return []
            grid = grids.setdefault(loc.table, _grid_cells(tables[loc.table - 1]))
            tc = grid.get((loc.row - 1, loc.col - 1))
            return list(tc.iter(f"{W}p")) if tc is not None else []
        if (
            loc.table is None
            and loc.paragraph is not None
            and 1 <= loc.paragraph <= len(paragraphs)
        ):
            return [paragraphs[loc.paragraph - 1]]
        return []

    return places


def rebuild(document: Document) -> tuple[Any, Places]:
    """A new DOCX holding the extracted document (for .txt/.doc), and its places."""
    import docx

    word = docx.Document()
    by_location: dict[Location, Any] = {}
    cells: dict[tuple[int, int, int], Any] = {}
    for block in document.blocks:
        if isinstance(block, Paragraph):
            if block.heading_level is not None:
                p = word.add_heading(block.text, level=min(block.heading_level, 9))
            else:
                p = word.add_paragraph(block.text)
            by_location.setdefault(block.location, p._p)
        elif isinstance(block, Table):
            _rebuild_table(word, block, cells)

    def places(loc: Location) -> list[Any]:
        if loc.table is not None and loc.row is not None and loc.col is not None:
            tc = cells.get((loc.table, loc.row, loc.col))
            return list(tc.iter(f"{W}p")) if tc is not None else []
        p = by_location.get(loc)
        return [p] if p is not None else []

    return word, places


def _rebuild_table(word: Any, block: Table, cells: dict[tuple[int, int, int], Any]) -> None:
    table = word.add_table(rows=block.n_rows, cols=block.n_cols)
    table.style = "Table Grid"
    for cell in block.cells():
        target = table.cell(cell.row, cell.col)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(
                table.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1)
            )
        target.paragraphs[0].add_run(cell.text)
        cells[(block.number, cell.row + 1, cell.col + 1)] = target._tc
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                cells.setdefault((block.number, r + 1, c + 1), target._tc)


def write_marked_docx(
    source: Path, findings: Sequence[Finding], document: Document | None
) -> tuple[bytes, int]:
    """The commented copy as bytes and how many findings were anchored on their place."""
    import docx

    if document is None:
        word = docx.Document(str(source))
        places = docx_places(word)
    else:
        word, places = rebuild(document)
    exact = comment_document(word, findings, places)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue(), exact
