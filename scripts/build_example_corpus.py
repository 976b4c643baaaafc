"""Build ``corpus/example/``: the seed report as text, DOCX and PDF renderings.

Run from the repository root::

    python scripts/build_example_corpus.py [--seed PATH]

The seed is read through :func:`auditor.extract.open_document` and written with
``render_docx.write_docx`` (three typesettings), converted with LibreOffice
(``render_pdf.docx_to_pdf``) and drawn with reportlab
(``render_pdf.draw_pdf_reportlab``). Without ``soffice`` the LibreOffice PDFs are
skipped with a message; everything else is still written. ``NOTES.md`` is
regenerated with page counts and the table page breaks found by
``check_example_corpus``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

from check_example_corpus import check_docx, check_pdf, model_cjk, model_rows
from render_docx import SANS_HEADINGS, DocxStyle, write_docx
from render_pdf import docx_to_pdf, draw_pdf_reportlab, find_soffice, soffice_version

from auditor.extract import open_document
from auditor.model import Document

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "example"

BASE = DocxStyle(
    east_asian_font="Noto Serif CJK SC", latin_font="Liberation Serif", body_size_pt=12
)
SIXTEEN = DocxStyle(
    east_asian_font="Noto Serif CJK SC", latin_font="Liberation Serif", body_size_pt=16
)
ALT = replace(SANS_HEADINGS, table_border_pt=1.5, omml_formulas=True)
REPORTLAB_SIZE = 11.0

DOCX_FILES: dict[str, DocxStyle] = {
    "report.docx": BASE,
    "report-16pt.docx": SIXTEEN,
    "report-alt.docx": ALT,
}
PDF_FROM_DOCX = {
    "report-12pt.pdf": "report.docx",
    "report-16pt.pdf": "report-16pt.docx",
    "report-alt.pdf": "report-alt.docx",
}


def default_seed() -> Path:
    """The committed text copy of the seed (``--seed PATH`` renders another one)."""
    return OUT / "report.txt"


def build(seed: Path, out: Path) -> dict[str, float]:
    """Write every file of the example corpus; return LibreOffice timings in seconds."""
    out.mkdir(parents=True, exist_ok=True)
    doc: Document = open_document(seed)
    if seed.resolve() != (out / "report.txt").resolve():
        shutil.copyfile(seed, out / "report.txt")
    for name, style in DOCX_FILES.items():
        write_docx(doc, out / name, style)
        print(f"wrote {name}")
    timings: dict[str, float] = {}
    if find_soffice() is None:
        print("soffice (LibreOffice) not found: skipping " + ", ".join(PDF_FROM_DOCX))
    else:
        for pdf_name, docx_name in PDF_FROM_DOCX.items():
            start = time.perf_counter()
            docx_to_pdf(out / docx_name, out / pdf_name)
            timings[pdf_name] = time.perf_counter() - start
            print(f"wrote {pdf_name} (LibreOffice, {timings[pdf_name]:.1f} s)")
    start = time.perf_counter()
    draw_pdf_reportlab(
        doc,
        out / "report-reportlab.pdf",
        family="Noto Serif CJK SC",
        size_pt=REPORTLAB_SIZE,
    )
    print(f"wrote report-reportlab.pdf (reportlab, {time.perf_counter() - start:.1f} s)")
    return timings


def write_notes(out: Path) -> None:
    """Regenerate ``NOTES.md`` from the files present in ``out``."""
    try:
        lo_version = soffice_version()
    except RuntimeError:
        lo_version = "(LibreOffice not installed when NOTES.md was written)"
    seed = out / "report.txt"
    expected = model_cjk(seed)
    model = model_rows(seed)
    pdfs = {p.name: check_pdf(p, expected, model) for p in sorted(out.glob("*.pdf"))}
    docxs = {p.name: check_docx(p) for p in sorted(out.glob("*.docx"))}

    def pages(name: str) -> str:
        return f"{pdfs[name].pages} pages" if name in pdfs else "not built"

    lines = [
        "# Example corpus: 吉首市峒河街道办事处 2024 年度部门整体支出绩效自评报告",
        "",
        "## Provenance",
        "",
        "A real 部门整体支出绩效自评报告 of 吉首市峒河街道办事处 (Jishou, Hunan) for budget",
        "year 2024, submitted in June 2025 (报告时间：2025年06月; 评分表 signed 2024年5月29日",
        "in the original). The original was a PDF; `report.txt` is its conversion to",
        "Markdown-like text (tab-separated tables, `<p>` inside cells, one LaTeX formula),",
        "copied byte for byte from the project's seed `000_a967d7b66784ed30.txt`. It keeps",
        "the conversion's artefacts: the 整体支出绩效自评情况 table is cut into pieces at",
        "the original page breaks, and a few paragraphs are split where pages broke.",
        "",
        "Every other file is rendered from the model that `auditor.extract.open_document`",
        "builds from `report.txt` (paragraph `raw` text with Markdown escapes undone, table",
        "cells with the model's `rowspan`/`colspan` as real merged cells), so the DOCX/PDF",
        "files carry the same content as the text extractor's view of the seed.",
        "",
        "## Files",
        "",
        "| file | producer | typesetting | pages |",
        "| --- | --- | --- | --- |",
        "| `report.txt` | seed (byte copy) | — | — |",
        "| `report.docx` | `scripts/render_docx.py` (python-docx) | Noto Serif CJK SC + Liberation Serif, "
        "12 pt, section titles as bold `Normal` paragraphs, 0.5 pt borders, header rows not "
        "repeated, margins 2.54/2.54/3.17/3.17 cm | — |",
        f"| `report-12pt.pdf` | LibreOffice from `report.docx` | as `report.docx` | {pages('report-12pt.pdf')} |",
        "| `report-16pt.docx` | `scripts/render_docx.py` | as `report.docx` but 16 pt (三号) | — |",
        f"| `report-16pt.pdf` | LibreOffice from `report-16pt.docx` | 16 pt | {pages('report-16pt.pdf')} |",
        "| `report-alt.docx` | `scripts/render_docx.py` | Noto Sans CJK SC + Liberation Sans, 14 pt, "
        "line spacing 1.15, Word `Title`/`Heading 1..5` styles, shaded bold header rows repeated on "
        "each page (`w:tblHeader`, only where the header is short), 1.5 pt borders, margins "
        "3.7/3.5/2.8/2.6 cm (GB/T 9704), formulas as OMML equations | — |",
        f"| `report-alt.pdf` | LibreOffice from `report-alt.docx` | as `report-alt.docx` | {pages('report-alt.pdf')} |",
        f"| `report-reportlab.pdf` | `scripts/render_pdf.py` (reportlab) | Noto Serif CJK SC 11 pt, "
        f"left-aligned, leading 1.6, own ruled tables (`SPAN` merges), rows move whole to the next page "
        f"(a row taller than a page is cut) | {pages('report-reportlab.pdf')} |",
        "",
        f"LibreOffice: `{lo_version}`. All renderings are A4 with a centred `- N -` footer",
        "(a `PAGE` field in the DOCX files) and start each part (cover, 通知, 评价报告, 附件)",
        "on a new page.",
        "",
        "Notes for extractor work:",
        "",
        "- The DOCX files and `report-reportlab.pdf` are byte-for-byte reproducible. The",
        "  LibreOffice PDFs differ between runs only in their creation date and `/ID`.",
        "- LibreOffice embeds the Noto CJK faces under names such as",
        "  `NotoSerifCJKjp-Regular-VKana`: the faces of the `.ttc` share one CFF table, so",
        "  the name says `jp` while the glyphs are the SC ones.",
        "- reportlab cannot read CFF-based `.ttc` files; `render_pdf.py` subsets Noto Serif",
        "  CJK SC to the report's characters and converts it to TrueType with fontTools.",
        "- In `report-alt.docx` the formula paragraphs are OMML (`m:oMath` with `m:nor`",
        "  normal-text runs). python-docx's `paragraph.text` does not contain them; read",
        "  `m:t` too. A formula that is the whole paragraph is an `m:oMathPara`; a formula",
        "  inside prose is a row of inline `m:oMath` pieces cut before `=` signs, because",
        "  LibreOffice makes each `m:oMath` one unbreakable object. LibreOffice sets the",
        "  equations at its own 12 pt and turns `*` into `∗` only outside `m:nor` runs.",
        "- Table columns are never narrower than 3 em unless their content is: in a cell",
        "  one character wide LibreOffice 7.4 silently dropped a character (`指标1: 指标2:`",
        "  came out as `指标1:标2:`).",
        "- reportlab hangs closing CJK punctuation past the line end; cell paragraphs get",
        "  a one-character right indent so it stays inside its cell (otherwise pdfplumber",
        "  puts `、` into the next column).",
    ]
    if docxs:
        lines += ["", "DOCX read back with python-docx:", ""]
        for name, rep in docxs.items():
            omml = (
                f", {rep.omml_paragraphs} paragraphs with OMML, none of it in `paragraph.text`"
                if rep.omml_paragraphs and rep.omml_hidden_from_text == rep.omml_paragraphs
                else (f", {rep.omml_paragraphs} OMML paragraphs" if rep.omml_paragraphs else "")
            )
            lines.append(
                f"- `{name}`: {rep.tables} tables; income table `其中:` spans "
                f"{rep.income_qizhong_span} columns, `机构名称` spans {rep.income_name_rowspan} rows{omml}."
            )
    if pdfs:
        lines += [
            "",
            "## Tables across page breaks",
            "",
            "Found with pdfplumber (`page.find_tables()` defaults): the last table of a page",
            "reaches the bottom of the text area and the first table of the next page starts",
            "at its top (nothing but the footer below/above them). Rows are shown with",
            "whitespace removed and long cells cut; `None` is a slot pdfplumber saw as merged.",
            '"row split": the next row is the rest of a row cut by the page break (it does',
            "not begin any row of the model), e.g. a label cell continuing as `（本级）` with",
            'empty number cells. "whole rows": the next row begins a model row (the break',
            "fell between rows, or another table starts at the top of the page). Repeated",
            "header rows (report-alt only) are skipped before classifying.",
            "",
            "CJK ideographs extracted from every PDF equal the model's, counted with",
            "multiplicity (repeated header rows discounted).",
            "",
        ]
        for name, rep in pdfs.items():
            lines.append(f"### {name}")
            lines.append("")
            if not rep.splits:
                lines.append("No table continues across a page break.")
            for split in rep.splits:
                lines.append(f"- {split.describe()}")
            lines.append("")
    lines += [
        "## How to regenerate",
        "",
        "Needs LibreOffice (`soffice`), `fonts-noto-cjk`, `fonts-liberation` and, for",
        "the reportlab PDF, the Python package `fonttools` in the venv. Tests never need",
        "any of them: they read the committed files.",
        "",
        "```",
        "python scripts/build_example_corpus.py   # writes corpus/example/*",
        "python scripts/check_example_corpus.py   # reads everything back",
        "```",
        "",
        "Without `soffice` the three LibreOffice PDFs are skipped (the old ones stay).",
        "`--seed PATH` renders another seed; by default the committed `report.txt`.",
        "",
    ]
    (out / "NOTES.md").write_text("\n".join(lines), encoding="utf-8")
    print("wrote NOTES.md")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=None, help="seed report (text)")
    parser.add_argument("--out", type=Path, default=OUT, help="output directory")
    args = parser.parse_args(argv)
    seed = args.seed or default_seed()
    build(seed, args.out)
    write_notes(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
