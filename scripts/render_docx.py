"""Write an :class:`auditor.model.Document` as a Word (.docx) report.

Used to build the example corpus (``build_example_corpus.py``) and meant to be
reused by a synthetic-report generator. The output imitates real 自评报告 files:

* CJK text in a Noto CJK font set through ``w:rFonts w:eastAsia`` (plus a Latin font
  for digits and letters), justified body text with a two-character first-line
  indent, A4 pages and a ``- N -`` page-number footer built from a ``PAGE`` field;
* section titles either as bold ``Normal`` paragraphs (``"bold-normal"``, as most
  real reports do) or as Word ``Heading n`` styles (``"heading-styles"``);
* tables as real Word tables whose merged cells use ``w:gridSpan`` and
  ``w:vMerge`` exactly as the model's ``Cell.rowspan``/``Cell.colspan`` say;
* optionally formulas as OMML equations (``m:oMath``), which python-docx's
  ``paragraph.text`` silently drops, as it does for real Word reports.

The file is byte-for-byte deterministic: fixed core properties and fixed ZIP
timestamps.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from auditor.model import Block, Cell, Document, Paragraph, Table

HeadingMode = Literal["bold-normal", "heading-styles"]

M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
A4_WIDTH_CM = 21.0
A4_HEIGHT_CM = 29.7
TWIPS_PER_CM = 566.9291
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class DocxStyle:
    """How a report is typeset; every field has the value real reports use most."""

    east_asian_font: str = "Noto Serif CJK SC"
    """Font for CJK characters (``w:rFonts w:eastAsia``)."""
    latin_font: str = "Liberation Serif"
    """Font for Latin letters and digits (``w:ascii``/``w:hAnsi``/``w:cs``)."""
    body_size_pt: float = 12.0
    title_size_pt: float | None = None
    """Size of part titles (heading level 0); default ``body_size_pt * 1.5``."""
    heading_mode: HeadingMode = "bold-normal"
    first_line_indent_chars: float = 2.0
    justify: bool = True
    line_spacing: float = 1.0
    """Line spacing as a multiple of single spacing."""
    table_size_pt: float | None = None
    """Font size inside tables; default ``body_size_pt``."""
    table_border_pt: float = 0.5
    shade_header_rows: bool = False
    header_fill: str = "D9D9D9"
    bold_header_rows: bool = False
    repeat_header_rows: bool = False
    """Mark the table's header rows ``w:tblHeader`` so they repeat on each page."""
    margins_cm: tuple[float, float, float, float] = (2.54, 2.54, 3.17, 3.17)
    """Page margins: top, bottom, left, right."""
    page_numbers: bool = True
    """Centred ``- N -`` footer built from a ``PAGE`` field."""
    footer_size_pt: float = 10.5
    page_break_before_parts: bool = True
    """Start each part (heading level 0 and the labels just above it) on a new page."""
    omml_formulas: bool = False
    """Write formula paragraphs as OMML equations instead of plain runs."""
    author: str = "auditor example corpus"
    created: datetime = datetime(2025, 6, 10, 9, 0, 0, tzinfo=UTC)

    @property
    def text_width_cm(self) -> float:
        """Width between the left and right margins of an A4 page."""
        return A4_WIDTH_CM - self.margins_cm[2] - self.margins_cm[3]


# --------------------------------------------------------------------------- text


_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_WRAP_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\n(?=[{_CJK}])")


def display_text(raw: str) -> str:
    """Return the text to print for a model string.

    Markdown backslash escapes left by the text extractor (``\\*100%``) are undone,
    and line breaks between CJK characters are joined; other breaks stay.
    """
    return _WRAP_BETWEEN_CJK.sub("", _MD_ESCAPE.sub(r"\1", raw))


def em_width(text: str) -> float:
    """Rough width of ``text`` in ems: full-width characters 1, others 0.5."""
    return sum(1.0 if _is_wide(ch) else 0.5 for ch in text)


def _is_wide(ch: str) -> bool:
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFF60
        or 0x3000 <= code <= 0x303F
        or ch in "“”‘’—…【】"
    )


# ----------------------------------------------------------------------- formulas

_NUM_SLASH_NUM = re.compile(r"\d\s*/\s*\d")
_SENTENCE = re.compile(r"[^。；]*[。；]?")
_FORMULA_END = re.compile(r"=\s*[-−]?\s*\d[\d.,\s/×*%]*(?:%|分|万元|元)?")
_LEAD_IN_STOP = "，,：:。；;"
_PUNCT_ONLY = re.compile(r"^[\s。；，.;,]*$")


def is_formula(text: str) -> bool:
    """Whether ``text`` is a calculation: ``=`` with ``×100%`` or ``number/number``."""
    return "=" in text and ("×100%" in text or bool(_NUM_SLASH_NUM.search(text)))


def formula_segments(text: str) -> list[tuple[str, bool]]:
    """Split a paragraph into ``(text, is_formula)`` pieces.

    A formula piece runs from the clause that holds the first ``=`` of a formula
    sentence to the last ``= <number>`` of that sentence; everything else is prose.
    """
    pieces: list[tuple[str, bool]] = []
    for sentence in _SENTENCE.findall(text):
        if not sentence:
            continue
        if not is_formula(sentence):
            pieces.append((sentence, False))
            continue
        first_eq = sentence.index("=")
        start = max(sentence.rfind(ch, 0, first_eq) for ch in _LEAD_IN_STOP) + 1
        ends = list(_FORMULA_END.finditer(sentence))
        end = ends[-1].end() if ends else len(sentence)
        while end > start and sentence[end - 1].isspace():
            end -= 1
        if start:
            pieces.append((sentence[:start], False))
        pieces.append((sentence[start:end], True))
        if end < len(sentence):
            pieces.append((sentence[end:], False))
    merged: list[tuple[str, bool]] = []
    for piece, flag in pieces:
        if merged and merged[-1][1] == flag:
            merged[-1] = (merged[-1][0] + piece, flag)
        else:
            merged.append((piece, flag))
    return merged


def chunk_formula(text: str, max_em: float) -> list[str]:
    """Cut a formula into pieces of at most ``max_em`` ems, before ``=`` where possible.

    LibreOffice turns every ``m:oMath`` into one unbreakable formula object, so long
    formulas must be split for the line to wrap between the pieces.
    """
    parts = [p for p in re.split(r"(?==)", text) if p]
    chunks: list[str] = []
    for part in parts:
        while em_width(part) > max_em:
            cut = _cut_point(part, max_em)
            chunks.append(part[:cut])
            part = part[cut:]
        if chunks and em_width(chunks[-1] + part) <= max_em:
            chunks[-1] += part
        else:
            chunks.append(part)
    return chunks


def _cut_point(text: str, max_em: float) -> int:
    """Index to cut ``text`` at: the last operator before ``max_em``, else the limit."""
    width = 0.0
    limit = len(text)
    for i, ch in enumerate(text):
        width += 1.0 if _is_wide(ch) else 0.5
        if width > max_em:
            limit = i
            break
    for i in range(limit, 0, -1):
        if text[i - 1] in "/×*+-)）】":
            return i
    return max(1, limit)


# ----------------------------------------------------------------------- document


# The second house style reports come in: sans fonts, Word heading styles, shaded and
# repeated table headers, wider margins (the example's ``report-alt`` and the
# generator's second rendering).
SANS_HEADINGS = DocxStyle(
    east_asian_font="Noto Sans CJK SC",
    latin_font="Liberation Sans",
    body_size_pt=14,
    heading_mode="heading-styles",
    line_spacing=1.15,
    shade_header_rows=True,
    bold_header_rows=True,
    repeat_header_rows=True,
    table_border_pt=1.0,
    margins_cm=(3.7, 3.5, 2.8, 2.6),
)


def write_docx(doc: Document, out: Path, style: DocxStyle) -> None:
    """Write ``doc`` to ``out`` as a .docx typeset with ``style``.

    Paragraphs and tables are written in model order; empty documents give an
    empty body. The result is deterministic for a given model and style.
    """
    word = docx.Document()
    _setup_styles(word, style)
    _setup_page(word, style)
    _set_core_properties(word, doc, style)
    body = word.element.body
    breaks = part_break_indices(doc.blocks) if style.page_break_before_parts else set()
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            _add_paragraph(word, block, style, block.index in breaks)
        else:
            if block.index in breaks:
                _page_break_paragraph(word)
            _append_to_body(body, _table_element(block, style))
            # Word needs a paragraph between two adjacent tables or they merge.
            _spacer_paragraph(word, style)
    buffer = io.BytesIO()
    word.save(buffer)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(_normalise_zip(buffer.getvalue()))


def _append_to_body(body: Any, element: Any) -> None:
    """Append a block element to the body, keeping ``w:sectPr`` last."""
    sect = body.find(qn("w:sectPr"))
    if sect is None:
        body.append(element)
    else:
        sect.addprevious(element)


def part_break_indices(blocks: Sequence[Block]) -> set[int]:
    """Blocks that start a new page: each part title and the short labels above it."""
    breaks: set[int] = set()
    for i, block in enumerate(blocks):
        if i == 0 or not isinstance(block, Paragraph) or block.heading_level != 0:
            continue
        j = i
        while j - 1 > 0:
            prev = blocks[j - 1]
            if not isinstance(prev, Paragraph) or prev.heading_level not in (0, 5):
                break
            j -= 1
        breaks.add(j)
    return breaks


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed timestamps so identical input gives identical bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _set_core_properties(word: Any, doc: Document, style: DocxStyle) -> None:
    props = word.core_properties
    titles = [p.text for p in doc.paragraphs if p.heading_level == 0]
    props.title = titles[0] if titles else ""
    props.author = style.author
    props.last_modified_by = style.author
    props.created = style.created
    props.modified = style.created
    props.last_printed = style.created
    props.revision = 1
    props.language = "zh-CN"
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""


def _setup_page(word: Any, style: DocxStyle) -> None:
    section = word.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width = Cm(A4_WIDTH_CM)
    section.page_height = Cm(A4_HEIGHT_CM)
    top, bottom, left, right = style.margins_cm
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(1.5)
    if style.page_numbers:
        _page_number_footer(section, style)


def _page_number_footer(section: Any, style: DocxStyle) -> None:
    """Footer paragraph ``- {PAGE} -`` centred, as a real complex field."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _no_indent(paragraph)

    def run(text: str | None = None) -> Any:
        r = paragraph.add_run(text)
        _font(r._r, style, style.footer_size_pt)
        return r

    run("- ")
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None)):
        r = run()
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._r.append(fld)
        else:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = instr
            r._r.append(text)
    run("1")
    end = run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    end._r.append(fld)
    run(" -")


# ------------------------------------------------------------------------- styles


def _set_rfonts(rpr: Any, style: DocxStyle, east_asian: str | None = None) -> None:
    """Set explicit fonts on an ``rPr`` and drop theme font references."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), style.latin_font)
    rfonts.set(qn("w:eastAsia"), east_asian or style.east_asian_font)
    rfonts.set(qn("w:hint"), "eastAsia")


def _setup_styles(word: Any, style: DocxStyle) -> None:
    styles_el = word.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_rfonts(rpr, style)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")
    normal = word.styles["Normal"]
    normal.font.size = Pt(style.body_size_pt)
    _set_rfonts(normal.element.get_or_add_rPr(), style)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = style.line_spacing
    for s in word.styles:
        rpr_el = s.element.rPr
        if rpr_el is not None and rpr_el.find(qn("w:rFonts")) is not None:
            _set_rfonts(rpr_el, style)
    if style.heading_mode == "heading-styles":
        _setup_heading_styles(word, style)


def _setup_heading_styles(word: Any, style: DocxStyle) -> None:
    """Black, bold, CJK-font Heading 1..5 and Title styles."""
    title_size = style.title_size_pt or style.body_size_pt * 1.5
    sizes = {
        "Title": title_size,
        "Heading 1": style.body_size_pt + 2,
        "Heading 2": style.body_size_pt + 1,
        "Heading 3": style.body_size_pt,
        "Heading 4": style.body_size_pt,
        "Heading 5": style.body_size_pt,
    }
    for name, size in sizes.items():
        s = word.styles[name]
        s.font.size = Pt(size)
        s.font.bold = True
        s.font.italic = False
        s.font.color.rgb = None
        rpr = s.element.get_or_add_rPr()
        for tag in ("w:color", "w:spacing", "w:kern", "w:i", "w:iCs"):
            for el in rpr.findall(qn(tag)):
                rpr.remove(el)
        _set_rfonts(rpr, style)
        ppr = s.element.get_or_add_pPr()
        for el in ppr.findall(qn("w:pBdr")):
            ppr.remove(el)
        pf = s.paragraph_format
        pf.space_before = Pt(6 if name != "Title" else 0)
        pf.space_after = Pt(6 if name != "Title" else 12)
        pf.line_spacing = style.line_spacing
        pf.keep_with_next = True
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if name == "Title" else None


# --------------------------------------------------------------------- paragraphs


def _font(r: Any, style: DocxStyle, size_pt: float, bold: bool = False) -> None:
    """Give a ``w:r`` explicit fonts, size and (optionally) bold."""
    rpr = r.get_or_add_rPr()
    _set_rfonts(rpr, style)
    if bold:
        for tag in ("w:b", "w:bCs"):
            el = OxmlElement(tag)
            rpr.append(el)
    for tag in ("w:sz", "w:szCs"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(round(size_pt * 2)))
        rpr.append(el)


def _no_indent(paragraph: Any) -> None:
    """Remove every first-line and left indent (character-based ones included)."""
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
    for attr in ("w:firstLineChars", "w:leftChars", "w:hangingChars"):
        if ind.get(qn(attr)) is not None:
            del ind.attrib[qn(attr)]
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "0")


def _first_line_indent(paragraph: Any, style: DocxStyle, size_pt: float) -> None:
    """Indent by N characters (``w:firstLineChars``) with a twips fallback."""
    chars = style.first_line_indent_chars
    if chars <= 0:
        return
    # get_or_add_ind keeps w:ind at its schema position inside w:pPr.
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLine"), str(round(chars * size_pt * 20)))
    ind.set(qn("w:firstLineChars"), str(round(chars * 100)))


def _page_break_paragraph(word: Any) -> None:
    p = word.add_paragraph()
    p.paragraph_format.page_break_before = True


def _spacer_paragraph(word: Any, style: DocxStyle) -> None:
    p = word.add_paragraph()
    _no_indent(p)
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_after = Pt(0)


def _add_paragraph(word: Any, block: Paragraph, style: DocxStyle, page_break: bool) -> None:
    text = display_text(block.raw).replace("\n", " ")
    level = block.heading_level
    size = style.body_size_pt
    if level is not None and style.heading_mode == "heading-styles":
        p = word.add_paragraph(style="Title" if level == 0 else f"Heading {min(level, 9)}")
        r = p.add_run(text)
        _set_rfonts(r._r.get_or_add_rPr(), style)
        p.paragraph_format.page_break_before = page_break or None
        return
    p = word.add_paragraph()
    p.paragraph_format.page_break_before = page_break or None
    if level == 0:
        size = style.title_size_pt or style.body_size_pt * 1.5
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(size / 2)
        p.paragraph_format.keep_with_next = True
        _font(p.add_run(text)._r, style, size, bold=True)
        return
    if style.justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _first_line_indent(p, style, size)
    if level is not None:
        p.paragraph_format.keep_with_next = True
        _font(p.add_run(text)._r, style, size, bold=True)
        return
    if style.omml_formulas and is_formula(text):
        _write_formula_paragraph(p, text, style)
        return
    _font(p.add_run(text)._r, style, size)


def _write_formula_paragraph(p: Any, text: str, style: DocxStyle) -> None:
    """Prose as runs, formulas as OMML; a formula-only paragraph is display math."""
    size = style.body_size_pt
    # LibreOffice sets imported equations in 12 pt whatever the body size, as one
    # unbreakable object per m:oMath; cut what would not fit on a 12 pt line.
    max_em = style.text_width_cm / 2.54 * 72 / 12.0
    segments = formula_segments(text)
    only_formula = all(flag or _PUNCT_ONLY.match(seg) for seg, flag in segments)
    if only_formula:
        _no_indent(p)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        whole = "".join(seg for seg, _ in segments)
        chunks = chunk_formula(whole, max_em)
        if len(chunks) == 1:
            para = _m("oMathPara")
            para.append(_omath(chunks[0], style))
            p._p.append(para)
            return
        for chunk in chunks:
            p._p.append(_omath(chunk, style))
        return
    for seg, flag in segments:
        if not flag:
            _font(p.add_run(seg)._r, style, size)
            continue
        for chunk in chunk_formula(seg, max_em):
            p._p.append(_omath(chunk, style))


def _m(tag: str) -> Any:
    """New element in the OMML namespace (prefix ``m`` is declared on the body root)."""
    return OxmlElement(f"m:{tag}")


def _omath(text: str, style: DocxStyle) -> Any:
    """One ``m:oMath`` with one normal-text ``m:r`` holding ``text``."""
    omath = _m("oMath")
    run = _m("r")
    mrpr = _m("rPr")
    mrpr.append(_m("nor"))  # normal text: no operator parsing, no italics
    run.append(mrpr)
    wrpr = OxmlElement("w:rPr")
    rfonts = OxmlElement("w:rFonts")
    rfonts.set(qn("w:ascii"), "Cambria Math")
    rfonts.set(qn("w:hAnsi"), "Cambria Math")
    rfonts.set(qn("w:eastAsia"), style.east_asian_font)
    wrpr.append(rfonts)
    for tag in ("w:sz", "w:szCs"):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(round(style.body_size_pt * 2)))
        wrpr.append(el)
    run.append(wrpr)
    t = _m("t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    omath.append(run)
    return omath


# ------------------------------------------------------------------------- tables


def natural_widths(table: Table) -> list[float]:
    """Longest line (in ems) of the single-column cells of each column, plus padding."""
    longest = [0.0] * table.n_cols
    for cell in table.cells():
        if cell.colspan != 1:
            continue
        lines = display_text(cell.raw).split("\n") or [""]
        width = max(em_width(line) for line in lines)
        longest[cell.col] = max(longest[cell.col], width)
    return [max(w, 1.0) + 1.0 for w in longest]


MIN_COLUMN_EM = 3.0
"""Narrowest column (in ems) unless its content is narrower: LibreOffice drops
characters from cells only one character wide."""


def column_widths_em(natural: Sequence[float], total_em: float) -> list[float]:
    """Share ``total_em`` between columns by weighted water-filling.

    Columns narrower than their share keep their natural width; the rest split what
    is left in proportion to the square root of their natural width, so short
    labels and numbers stay on one line and long text columns take the remainder.
    No column gets less than ``min(natural, MIN_COLUMN_EM)``.
    """
    n = len(natural)
    if sum(natural) <= total_em:
        scale = total_em / sum(natural)
        return [w * scale for w in natural]
    widths: list[float | None] = [None] * n
    remaining = total_em
    while True:
        open_cols = [c for c in range(n) if widths[c] is None]
        if not open_cols:
            break
        weights = {c: natural[c] ** 0.5 for c in open_cols}
        total_w = sum(weights.values())
        share = {c: remaining * weights[c] / total_w for c in open_cols}
        fixed = {c: natural[c] for c in open_cols if natural[c] <= share[c]}
        if not fixed:
            fixed = {
                c: min(natural[c], MIN_COLUMN_EM)
                for c in open_cols
                if share[c] < min(natural[c], MIN_COLUMN_EM)
            }
        if not fixed:
            for c in open_cols:
                widths[c] = share[c]
            break
        for c, width in fixed.items():
            widths[c] = width
            remaining -= width
    return [w or 0.0 for w in widths]


def column_widths_twips(table: Table, total_twips: int, size_pt: float) -> list[int]:
    """Column widths in twips for ``table`` set in ``size_pt`` text."""
    em_twips = size_pt * 20
    widths_em = column_widths_em(natural_widths(table), total_twips / em_twips)
    widths = [int(w * em_twips) for w in widths_em]
    widths[-1] += total_twips - sum(widths)
    return widths


def _table_element(table: Table, style: DocxStyle) -> Any:
    total = int(style.text_width_cm * TWIPS_PER_CM)
    size = style.table_size_pt or style.body_size_pt
    widths = column_widths_twips(table, total, size)
    tbl = OxmlElement("w:tbl")
    tbl.append(_tbl_pr(total, style))
    grid = OxmlElement("w:tblGrid")
    for w in widths:
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(w))
        grid.append(col)
    tbl.append(grid)
    for r, row in enumerate(table.grid):
        tbl.append(_row(table, r, row, widths, style))
    return tbl


def _tbl_pr(total: int, style: DocxStyle) -> Any:
    pr = OxmlElement("w:tblPr")
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(total))
    width.set(qn("w:type"), "dxa")
    pr.append(width)
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    pr.append(jc)
    borders = OxmlElement("w:tblBorders")
    size = str(max(2, round(style.table_border_pt * 8)))
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), size)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    pr.append(borders)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    pr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("left", 85), ("right", 85)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    pr.append(margins)
    look = OxmlElement("w:tblLook")
    look.set(qn("w:val"), "04A0")
    pr.append(look)
    return pr


MAX_REPEATED_HEADER_EM = 40.0


def repeatable_header(table: Table) -> bool:
    """Whether the header rows are short labels, fit to repeat on every page.

    The text extractor marks one header row on every table, even on a table piece
    whose first row is a page of prose; repeating that would fill each page.
    """
    for r in range(min(table.header_rows, table.n_rows)):
        for c in range(table.n_cols):
            if table.is_origin(r, c) and (
                em_width(display_text(table.grid[r][c].raw)) > MAX_REPEATED_HEADER_EM
            ):
                return False
    return table.header_rows > 0


def _row(table: Table, r: int, row: Sequence[Cell], widths: Sequence[int], style: DocxStyle) -> Any:
    tr = OxmlElement("w:tr")
    header = r < table.header_rows
    if header and style.repeat_header_rows and repeatable_header(table):
        trpr = OxmlElement("w:trPr")
        trpr.append(OxmlElement("w:tblHeader"))
        tr.append(trpr)
    c = 0
    while c < len(row):
        cell = row[c]
        span = cell.colspan if cell.col == c else 1
        if cell.col != c:  # covered by a horizontal span of a cell to the left
            c += 1
            continue
        width = sum(widths[c : c + span])
        if cell.row == r:
            vmerge = "restart" if cell.rowspan > 1 else None
            text = display_text(cell.raw)
        else:
            vmerge = "continue"
            text = ""
        tr.append(_cell(text, width, span, vmerge, header, style))
        c += span
    return tr


def _cell(
    text: str, width: int, span: int, vmerge: str | None, header: bool, style: DocxStyle
) -> Any:
    tc = OxmlElement("w:tc")
    pr = OxmlElement("w:tcPr")
    w = OxmlElement("w:tcW")
    w.set(qn("w:w"), str(width))
    w.set(qn("w:type"), "dxa")
    pr.append(w)
    if span > 1:
        gs = OxmlElement("w:gridSpan")
        gs.set(qn("w:val"), str(span))
        pr.append(gs)
    if vmerge is not None:
        vm = OxmlElement("w:vMerge")
        if vmerge == "restart":
            vm.set(qn("w:val"), "restart")
        pr.append(vm)
    if header and style.shade_header_rows:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), style.header_fill)
        pr.append(shd)
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    pr.append(va)
    tc.append(pr)
    size = style.table_size_pt or style.body_size_pt
    lines = text.split("\n") if text else [""]
    centred = header or (len(lines) == 1 and em_width(lines[0]) <= 12)
    for line in lines:
        bold = header and style.bold_header_rows
        tc.append(_cell_paragraph(line, size, centred, bold, style))
    return tc


def _cell_paragraph(text: str, size: float, centred: bool, bold: bool, style: DocxStyle) -> Any:
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    ppr.append(spacing)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLine"), "0")
    ind.set(qn("w:firstLineChars"), "0")
    ppr.append(ind)
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center" if centred else ("both" if style.justify else "left"))
    ppr.append(jc)
    p.append(ppr)
    if text:
        r = OxmlElement("w:r")
        _font(r, style, size, bold=bold)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        p.append(r)
    return p


def iter_formula_texts(blocks: Iterable[Block]) -> Iterable[str]:
    """Texts of the body paragraphs :func:`write_docx` would set as OMML."""
    for block in blocks:
        if isinstance(block, Paragraph) and block.heading_level is None:
            text = display_text(block.raw)
            if is_formula(text):
                yield text
