"""Render a report, written once as a list of blocks, to DOCX, plain text or PDF.

The blocks are deliberately simple -- what a department's clerk produces in Word:
a title, headings (real heading styles or bold Normal paragraphs), body paragraphs,
tables with merged cells, captions, page breaks and a right-aligned signature.

* DOCX: python-docx, merged cells through ``cell.merge``; the zip is rewritten with a
  fixed timestamp so the file is byte-for-byte reproducible.
* TXT: one line per paragraph, tables as tab-separated rows (a merged cell's text in
  its top-left position, the covered positions empty) -- the shape of a report that was
  copied out of Word into a text file.
* PDF: either LibreOffice from the DOCX (``soffice --headless --convert-to pdf``) or
  reportlab directly (CID font STSong-Light, no embedding needed).
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------- blocks


@dataclass
class Title:
    text: str


@dataclass
class Center:
    text: str
    bold: bool = False


@dataclass
class H:
    level: int
    text: str


@dataclass
class P:
    text: str
    bold: bool = False


@dataclass
class Caption:
    text: str


@dataclass
class Table:
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(row0, col0, row1, col1) inclusive; text lives in (row0, col0)."""
    widths: list[float] | None = None
    """relative column widths"""


@dataclass
class PageBreak:
    pass


@dataclass
class Sign:
    lines: list[str]


Block = Title | Center | H | P | Caption | Table | PageBreak | Sign


def covered(table: Table) -> set[tuple[int, int]]:
    """Cells hidden under a merge (every cell of a merge but its top-left)."""
    out = set()
    for r0, c0, r1, c1 in table.merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    out.add((r, c))
    return out


# --------------------------------------------------------------------------- text


def to_txt(blocks: list[Block], path: Path) -> None:
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, (Title, Center, H, P, Caption)):
            lines.append(b.text)
            lines.append("")
        elif isinstance(b, Table):
            hidden = covered(b)
            for r, row in enumerate(b.rows):
                cells = ["" if (r, c) in hidden else row[c] for c in range(len(row))]
                lines.append("\t".join(cells).rstrip("\t") if any(cells) else "")
            lines.append("")
        elif isinstance(b, Sign):
            lines.extend(b.lines)
            lines.append("")
        elif isinstance(b, PageBreak):
            lines.append("")
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- docx

FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def _set_east_asian(run_or_style, name: str) -> None:
    from docx.oxml.ns import qn

    el = run_or_style.element
    rpr = el.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def to_docx(
    blocks: list[Block],
    path: Path,
    *,
    headings: str = "styled",
    font: str = "Noto Serif CJK SC",
    size: float = 12,
    table_size: float = 10,
) -> None:
    """``headings``: ``styled`` (Heading 1-3), ``bold`` (bold Normal paragraphs) or
    ``mixed`` (level 1 styled, deeper levels bold Normal)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    _set_east_asian(normal, font)
    for lvl in (1, 2, 3):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(size + (4 - lvl) * 1.5)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
        _set_east_asian(st, font)
    doc.core_properties.author = "财务室"
    doc.core_properties.title = ""

    def para(text: str, *, bold=False, align=None, indent=True, pt=None):
        p = doc.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif indent:
            p.paragraph_format.first_line_indent = Pt((pt or size) * 2)
        run = p.add_run(text)
        run.bold = bold
        if pt:
            run.font.size = Pt(pt)
        return p

    for b in blocks:
        if isinstance(b, Title):
            para(b.text, bold=True, align="center", pt=size + 6)
        elif isinstance(b, Center):
            para(b.text, bold=b.bold, align="center")
        elif isinstance(b, H):
            if headings == "styled" or (headings == "mixed" and b.level == 1):
                doc.add_heading(b.text, level=min(b.level, 3))
            else:
                para(b.text, bold=True, indent=b.level > 1)
        elif isinstance(b, P):
            para(b.text, bold=b.bold)
        elif isinstance(b, Caption):
            para(b.text, bold=True, align="center", pt=table_size + 1)
        elif isinstance(b, PageBreak):
            doc.add_page_break()
        elif isinstance(b, Sign):
            for line in b.lines:
                para(line, align="right")
        elif isinstance(b, Table):
            nrows, ncols = len(b.rows), max(len(r) for r in b.rows)
            t = doc.add_table(rows=nrows, cols=ncols)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            hidden = covered(b)
            for r0, c0, r1, c1 in b.merges:
                t.cell(r0, c0).merge(t.cell(r1, c1))
            for r, row in enumerate(b.rows):
                for c in range(ncols):
                    if (r, c) in hidden:
                        continue
                    text = row[c] if c < len(row) else ""
                    cell = t.cell(r, c)
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(text)
                    run.font.size = Pt(table_size)
            if b.widths:
                total = sum(b.widths)
                usable = 15.8
                for c, w in enumerate(b.widths):
                    for r in range(nrows):
                        t.cell(r, c).width = Cm(usable * w / total)
            doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip with fixed timestamps and order so the file is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- pdf


def docx_to_pdf(docx: Path, pdf: Path) -> None:
    """Convert with LibreOffice (headless), into a private profile and temp folder."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("LibreOffice (soffice) not found; the committed PDF is kept")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        shutil.copyfile(Path(tmp) / (docx.stem + ".pdf"), pdf)


def to_pdf_reportlab(blocks: list[Block], path: Path, *, size: float = 11.5) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (
        PageBreak as RLPageBreak,
    )
    from reportlab.platypus import (
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )
    from reportlab.platypus import (
        Table as RLTable,
    )
    from reportlab.platypus import (
        TableStyle,
    )

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light"
    lead = size * 1.65
    body = ParagraphStyle(
        "body", fontName=font, fontSize=size, leading=lead, firstLineIndent=size * 2,
        wordWrap="CJK", spaceAfter=size * 0.3,
    )
    bold = ParagraphStyle("bold", parent=body, fontName=font, firstLineIndent=0, spaceBefore=4)
    title = ParagraphStyle(
        "title", parent=body, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=TA_CENTER,
        firstLineIndent=0, spaceAfter=12,
    )
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle(
        "cell", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.35, wordWrap="CJK"
    )

    def esc(t: str) -> str:
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    width = A4[0] - 5 * cm
    for b in blocks:
        if isinstance(b, Title):
            story.append(Paragraph(f"<b>{esc(b.text)}</b>", title))
        elif isinstance(b, Center):
            story.append(Paragraph(esc(b.text), center))
        elif isinstance(b, H):
            # the CID font has no bold face; headings are set a little larger instead
            st = ParagraphStyle(
                f"h{b.level}", parent=bold, fontSize=size + (1.5 if b.level == 1 else 0.5),
                leading=lead, firstLineIndent=0 if b.level == 1 else size * 2,
            )
            story.append(Paragraph(esc(b.text), st))
        elif isinstance(b, P):
            story.append(Paragraph(esc(b.text), body))
        elif isinstance(b, Caption):
            story.append(Paragraph(esc(b.text), center))
        elif isinstance(b, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(b, Sign):
            story.append(Spacer(1, 12))
            for line in b.lines:
                story.append(Paragraph(esc(line), right))
        elif isinstance(b, Table):
            hidden = covered(b)
            ncols = max(len(r) for r in b.rows)
            data = [
                [
                    "" if (r, c) in hidden else Paragraph(esc(row[c] if c < len(row) else ""), cell)
                    for c in range(ncols)
                ]
                for r, row in enumerate(b.rows)
            ]
            ws = b.widths or [1] * ncols
            cw = [width * w / sum(ws) for w in ws]
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
            for r0, c0, r1, c1 in b.merges:
                style.append(("SPAN", (c0, r0), (c1, r1)))
            story.append(RLTable(data, colWidths=cw, style=TableStyle(style), repeatRows=0))
            story.append(Spacer(1, 8))
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
        topMargin=2.5 * cm, bottomMargin=2.5 * cm, title="", author="", creator="",
        producer="", invariant=1,
    )
    doc.build(story)
