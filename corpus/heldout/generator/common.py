"""Shared helpers for the held-out reports: exact arithmetic, number formatting, Word output.

Every figure of a report is a ``Decimal`` computed here, so a total, a rate or a score
in the text is what its parts give unless a planted defect changes it explicitly
(each plant is marked ``# PLANT`` in the report modules and listed in the folder's
NOTES.md and answer_key.yaml).
"""

from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parents[3]
HELDOUT = ROOT / "corpus" / "heldout"

D = Decimal
CHECKS: list[str] = []


def check(cond: bool, what: str) -> None:
    """Assert one arithmetic relation of a report; remember it for the log."""
    if not cond:
        raise AssertionError(what)
    CHECKS.append(what)


def q2(x: Decimal) -> Decimal:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def pct(num: Decimal, den: Decimal) -> Decimal:
    """Rate in per cent rounded half-up to 0.01."""
    return q2(D(num) / D(den) * 100)


def fm(x: Decimal | int | str, sep: bool = True, dp: int = 2) -> str:
    """Money: ``1,234.50`` (sep) or ``1234.50``."""
    x = D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP) if dp else D(x).quantize(D(1))
    return f"{x:,.{dp}f}" if sep else f"{x:.{dp}f}"


def fp(x: Decimal) -> str:
    """A per-cent value as written: ``96.83%``."""
    return f"{q2(x):.2f}%"


def fs(x: Decimal | int) -> str:
    """A score as people write it: 8, 7.5, 8.33."""
    x = D(x)
    s = f"{x.normalize():f}"
    return s


def total(*xs: Decimal) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def write_text(folder: str, text: str) -> Path:
    out = HELDOUT / folder / "report.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text.strip("\n") + "\n", encoding="utf-8")
    return out


# --------------------------------------------------------------------------- Word


def new_document(font_latin: str, font_cjk: str, size_pt: float, margins_cm=(3.7, 3.5, 2.8, 2.6)):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(m) for m in margins_cm)
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Number", "Caption"):
        st = doc.styles[name]
        st.font.name = font_latin
        rpr = st.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), font_latin)
        fonts.set(qn("w:eastAsia"), font_cjk)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if fonts.get(qn(attr)) is not None:
                del fonts.attrib[qn(attr)]
    doc.styles["Normal"].font.size = Pt(size_pt)
    for name, size in (("Title", size_pt + 6), ("Heading 1", size_pt + 2), ("Heading 2", size_pt + 1),
                       ("Heading 3", size_pt)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = None
    page_number_footer(sec)
    return doc


def page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    p.add_run(" —")


def para(doc, text: str, bold: bool = False, center: bool = False, indent: bool = True, style=None,
         size=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent and style is None:
        p.paragraph_format.first_line_indent = Pt((size or 12) * 2)
    return p


def page_break(doc) -> None:
    from docx.enum.text import WD_BREAK

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell_border(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def add_table(doc, rows: list[list[str]], merges=(), header_rows: int = 1, repeat: bool = False,
              widths_cm=None, size_pt: float = 10.5, bold_header: bool = True):
    """A ruled table; ``merges`` are ((r1, c1), (r2, c2)) corner pairs merged with ``cell.merge``.

    Text of a merged range is the text of its top-left cell in ``rows`` (other cells of the
    range are given as "" and dropped by the merge).
    """
    n_cols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=n_cols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_border(table)
    for i, row in enumerate(rows):
        for j in range(n_cols):
            text = row[j] if j < len(row) else ""
            cell = table.cell(i, j)
            p = cell.paragraphs[0]
            run = p.add_run(text)
            run.font.size = Pt(size_pt)
            if i < header_rows and bold_header:
                run.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for (r1, c1), (r2, c2) in merges:
        a, b = table.cell(r1, c1), table.cell(r2, c2)
        merged = a.merge(b)
        # merge concatenates the paragraphs of the merged cells; keep only the top-left one
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    if repeat:
        for i in range(header_rows):
            repeat_header(table.rows[i])
    if widths_cm:
        for row in table.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return table


def docx_to_pdf(docx_path: Path, pdf_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT))
    from render_pdf import docx_to_pdf as convert

    convert(docx_path, pdf_path)


_NUM_COUNTER = [100]


def numbered_list(doc, items: list[str], lvl_text: str = "%1.", num_fmt: str = "decimal",
                  size_pt: float | None = None, style: str = "List Number"):
    """Paragraphs numbered by Word itself (w:numPr), restarting at 1 for this list.

    Creates its own abstract numbering (``lvl_text`` such as ``%1.`` or ``（%1）``, ``num_fmt``
    ``decimal`` or ``chineseCounting``) so the numbers are Word list numbers, not typed text.
    """
    numbering = doc.part.numbering_part.element
    _NUM_COUNTER[0] += 1
    abs_id = num_id = _NUM_COUNTER[0]
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", num_fmt), ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "420")
    ind.set(qn("w:hanging"), "420")
    ppr.append(ind)
    lvl.append(ppr)
    abstract.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abs_id))
    num.append(ref)
    numbering.append(num)
    out = []
    for text in items:
        p = doc.add_paragraph(style=style)
        p_pr = p._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        num_pr.append(ilvl)
        num_pr.append(nid)
        p_pr.insert(0, num_pr) if p_pr.find(qn("w:pStyle")) is None else p_pr.find(qn("w:pStyle")).addnext(num_pr)
        r = p.add_run(text)
        if size_pt:
            r.font.size = Pt(size_pt)
        out.append(p)
    return out
