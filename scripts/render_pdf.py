"""Make PDF reports: LibreOffice conversion of a .docx, or drawing with reportlab.

Two producers on purpose: LibreOffice lays out a Word file as a word processor
would (rows split across pages, autospace between CJK and digits, justified lines),
reportlab draws its own tables (whole rows move to the next page, ``SPAN`` for
merged cells, plain ruled grid) and its own text.

reportlab cannot read the Noto CJK ``.ttc`` files installed by ``fonts-noto-cjk``
because their outlines are CFF. :func:`cjk_truetype_font` therefore subsets the
wanted face to the characters of the document with fontTools and converts the
outlines to TrueType quadratics, in memory; if fontTools is missing it looks for
a TrueType CJK font with ``fc-list``.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from auditor.model import Document, Paragraph

try:  # run as ``python scripts/x.py`` (scripts/ on sys.path) or imported as a package
    from render_docx import (
        column_widths_em,
        display_text,
        em_width,
        natural_widths,
        part_break_indices,
    )
except ImportError:  # pragma: no cover - import path depends on the caller
    from scripts.render_docx import (
        column_widths_em,
        display_text,
        em_width,
        natural_widths,
        part_break_indices,
    )

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")


class SofficeMissingError(RuntimeError):
    """LibreOffice (``soffice``) is not installed or not on PATH."""


def find_soffice() -> str | None:
    """Path of the LibreOffice binary, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_version() -> str:
    """``soffice --version`` output, e.g. ``LibreOffice 7.4.7.2 40(Build:2)``."""
    binary = find_soffice()
    if binary is None:
        raise SofficeMissingError("soffice not found")
    result = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    return result.stdout.strip()


def docx_to_pdf(docx: Path, out_pdf: Path) -> None:
    """Convert ``docx`` to ``out_pdf`` with headless LibreOffice.

    Each call uses its own temporary user profile (``-env:UserInstallation``) and
    output directory, so parallel runs and a running desktop LibreOffice do not
    collide.

    Raises:
        SofficeMissingError: LibreOffice is not installed.
        RuntimeError: The conversion failed or produced no PDF.
    """
    binary = find_soffice()
    if binary is None:
        raise SofficeMissingError("soffice not found; install LibreOffice to build PDFs")
    with tempfile.TemporaryDirectory(prefix="auditor-soffice-") as tmp:
        tmp_path = Path(tmp)
        profile = tmp_path / "profile"
        outdir = tmp_path / "out"
        outdir.mkdir()
        command = [
            binary,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(outdir),
            str(docx.resolve()),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
        produced = outdir / f"{docx.stem}.pdf"
        if result.returncode != 0 or not produced.exists():
            raise RuntimeError(
                f"LibreOffice failed on {docx} (exit {result.returncode}): "
                f"{result.stderr.strip() or result.stdout.strip()}"
            )
        out_pdf.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), out_pdf)


# -------------------------------------------------------------------------- fonts


def _ttc_face_index(path: Path, family: str) -> int:
    """Index of the face called ``family`` (e.g. ``Noto Serif CJK SC``) in a .ttc."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    for i, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == family:
            return i
    raise LookupError(f"{family} not in {path}")


def _otf_to_ttf(font: Any) -> None:
    """Replace the CFF outlines of a fontTools ``TTFont`` by TrueType ``glyf`` ones."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def cjk_truetype_font(family: str, ttc: Path, chars: Iterable[str]) -> io.BytesIO:
    """TrueType bytes of ``family`` from ``ttc``, subset to ``chars``, via fontTools."""
    from fontTools import subset
    from fontTools.ttLib import TTFont as FTFont

    index = _ttc_face_index(ttc, family)
    font = FTFont(str(ttc), fontNumber=index, lazy=False, recalcTimestamp=False)
    options = subset.Options()
    options.font_number = index
    options.desubroutinize = True
    options.hinting = False
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in set(chars)} | {0x20})
    subsetter.subset(font)
    _otf_to_ttf(font)
    # reportlab keys embedded fonts by their PostScript name: a second subset under the
    # same name (the next document in one process) would be drawn with the first one's
    # glyph table and extract as ``\x00``. A name of its own per character set.
    tag = hashlib.sha1("".join(sorted(set(chars))).encode()).hexdigest()[:8]
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6):
            record.string = f"{record.toUnicode()}-{tag}"
    data = io.BytesIO()
    font.save(data)
    data.seek(0)
    return data


def _fc_truetype_cjk() -> list[Path]:
    """TrueType-outline fonts covering Chinese, per ``fc-list``."""
    if shutil.which("fc-list") is None:
        return []
    out = subprocess.run(
        ["fc-list", ":lang=zh:fontformat=TrueType", "file"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return sorted(Path(line.split(":")[0]) for line in out.splitlines() if line.strip())


def register_cjk_fonts(family: str, chars: Iterable[str]) -> tuple[str, str]:
    """Register a regular and a bold CJK font with reportlab; return their names.

    ``family`` is a Noto CJK face such as ``Noto Serif CJK SC``. The .ttc is tried
    directly first (works for TrueType collections), then converted with fontTools,
    then any TrueType CJK font from ``fc-list`` is used for both weights.
    """
    chars = set(chars)
    stem = family.replace(" CJK", "CJK").split()[:2]  # ["Noto", "SerifCJK"]
    base = f"{''.join(stem)}"  # NotoSerifCJK
    names: list[str] = []
    # Each subset is registered under a name of its own per character set too.
    tag = hashlib.sha1("".join(sorted(chars)).encode()).hexdigest()[:8]
    for weight in ("Regular", "Bold"):
        ttc = NOTO_DIR / f"{base}-{weight}.ttc"
        name = f"{family.replace(' ', '')}-{weight}-{tag}"
        try:
            try:
                font = TTFont(name, str(ttc), subfontIndex=_ttc_face_index(ttc, family))
            except Exception:
                font = TTFont(name, cjk_truetype_font(family, ttc, chars))
        except Exception:
            fallback = _fc_truetype_cjk()
            if not fallback:
                raise
            font = TTFont(name, str(fallback[0]))
        pdfmetrics.registerFont(font)
        names.append(name)
    pdfmetrics.registerFontFamily(
        names[0], normal=names[0], bold=names[1], italic=names[0], boldItalic=names[1]
    )
    return names[0], names[1]


# ------------------------------------------------------------------------ drawing


def _document_chars(doc: Document) -> set[str]:
    chars = set("- 0123456789")
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            chars |= set(display_text(block.raw))
        else:
            for cell in block.cells():
                chars |= set(display_text(cell.raw))
    return chars


def draw_pdf_reportlab(
    doc: Document,
    out: Path,
    *,
    family: str = "Noto Serif CJK SC",
    size_pt: float = 11.0,
    leading_ratio: float = 1.6,
    margins_cm: tuple[float, float, float, float] = (2.54, 2.54, 3.17, 3.17),
    first_line_indent_chars: float = 2.0,
    border_pt: float = 0.5,
    page_break_before_parts: bool = True,
) -> None:
    """Draw ``doc`` as an A4 PDF with reportlab.

    Body text is left-aligned with CJK line breaking; tables are ruled grids with
    merged cells drawn through ``SPAN`` and split between pages by whole rows
    (a row taller than a page is split inside the row). Pages carry a ``- N -``
    footer. The file is deterministic (reportlab ``invariant`` mode).
    """
    regular, bold = register_cjk_fonts(family, _document_chars(doc))
    top, bottom, left, right = margins_cm
    frame_width = A4[0] - (left + right) * cm
    frame_height = A4[1] - (top + bottom) * cm - 12  # SimpleDocTemplate frame padding
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=size_pt,
        leading=size_pt * leading_ratio,
        firstLineIndent=first_line_indent_chars * size_pt,
        alignment=TA_LEFT,
        wordWrap="CJK",
    )
    heading = ParagraphStyle("heading", parent=body, fontName=bold, keepWithNext=1)
    title_size = size_pt * 1.6
    title = ParagraphStyle(
        "title",
        parent=heading,
        fontSize=title_size,
        leading=title_size * 1.4,
        firstLineIndent=0,
        alignment=TA_CENTER,
        spaceAfter=size_pt,
    )
    cell_size = size_pt
    cell = ParagraphStyle(
        "cell",
        fontName=regular,
        fontSize=cell_size,
        leading=cell_size * 1.3,
        alignment=TA_JUSTIFY,
        wordWrap="CJK",
        # reportlab hangs closing punctuation past the line end; keep it in the cell.
        rightIndent=cell_size,
    )
    cell_centre = ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER)

    story: list[Flowable] = []
    breaks = part_break_indices(doc.blocks) if page_break_before_parts else set()
    for block in doc.blocks:
        if block.index in breaks and story:
            story.append(PageBreak())
        if isinstance(block, Paragraph):
            text = escape(display_text(block.raw).replace("\n", " "))
            level = block.heading_level
            style = body if level is None else (title if level == 0 else heading)
            story.append(RLParagraph(text, style))
            continue
        widths_em = column_widths_em(natural_widths(block), frame_width / cell_size)
        col_widths = [w * cell_size for w in widths_em]
        data: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), border_pt, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r, row in enumerate(block.grid):
            out_row: list[Any] = []
            for c, slot in enumerate(row):
                if slot.row != r or slot.col != c:
                    out_row.append("")
                    continue
                lines = display_text(slot.raw).split("\n")
                short = len(lines) == 1 and em_width(lines[0]) <= 12
                style = cell_centre if short or r < block.header_rows else cell
                paragraphs = [RLParagraph(escape(line), style) for line in lines if line]
                out_row.append(paragraphs or "")
                if slot.rowspan > 1 or slot.colspan > 1:
                    commands.append(("SPAN", (c, r), (c + slot.colspan - 1, r + slot.rowspan - 1)))
            data.append(out_row)
        table = Table(data, colWidths=col_widths, style=TableStyle(commands), hAlign="CENTER")
        table.wrap(frame_width, frame_height)
        positions = table._rowpositions
        tallest = max((a - b for a, b in itertools.pairwise(positions)), default=0)
        if tallest > frame_height * 0.9:
            # A row taller than a page cannot move whole; let reportlab cut it.
            table = Table(
                data,
                colWidths=col_widths,
                style=TableStyle(commands),
                hAlign="CENTER",
                splitInRow=1,
            )
        story.append(table)
        story.append(Spacer(1, size_pt * 0.8))

    def footer(canvas: Any, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 10.5)
        canvas.drawCentredString(A4[0] / 2, bottom * cm / 2, f"- {canvas.getPageNumber()} -")
        canvas.restoreState()

    titles = [p.text for p in doc.paragraphs if p.heading_level == 0]
    out.parent.mkdir(parents=True, exist_ok=True)
    template = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        topMargin=top * cm,
        bottomMargin=bottom * cm,
        leftMargin=left * cm,
        rightMargin=right * cm,
        title=titles[0] if titles else "",
        author="auditor example corpus",
        creator="reportlab",
        invariant=1,
    )
    template.build(story, onFirstPage=footer, onLaterPages=footer)
