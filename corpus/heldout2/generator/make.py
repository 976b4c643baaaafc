"""Rebuild every report of corpus/heldout2 from the case modules next to this file.

    /work/venv/bin/python corpus/heldout2/generator/make.py            # all cases
    /work/venv/bin/python corpus/heldout2/generator/make.py --no-pdf   # skip LibreOffice

Each case module (``case_*.py``) holds the report as a list of blocks (see ``render.py``);
this script writes the formats listed in ``OUTPUTS`` into ``corpus/heldout2/<case>/``.
DOCX and TXT files are byte-for-byte reproducible; PDFs made by LibreOffice or reportlab
carry the same text on every run (their metadata may differ). The answer keys and
NOTES.md files are written by hand and are not touched here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import case_agri  # noqa: E402
import case_culture  # noqa: E402
import case_justice  # noqa: E402
import case_medins  # noqa: E402
import case_street  # noqa: E402
import case_transport  # noqa: E402
import render  # noqa: E402

ROOT = HERE.parent

# case module -> (formats, docx options)
OUTPUTS = [
    (case_agri, ["docx", "pdf-soffice"], {"headings": "styled", "size": 12}),
    (case_transport, ["docx"], {"headings": "bold", "size": 11.5, "table_size": 9.5}),
    (case_justice, ["pdf-reportlab"], {}),
    (case_medins, ["txt"], {}),
    (case_street, ["txt"], {}),
    (case_culture, ["docx", "pdf-soffice"], {"headings": "mixed", "size": 12}),
]


def build(module, formats: list[str], options: dict, *, pdf: bool) -> list[Path]:
    out_dir = ROOT / module.CASE
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    if "docx" in formats:
        path = out_dir / "report.docx"
        render.to_docx(module.BLOCKS, path, **options)
        written.append(path)
        if "pdf-soffice" in formats and pdf:
            target = out_dir / "report.pdf"
            render.docx_to_pdf(path, target)
            written.append(target)
    if "pdf-reportlab" in formats:
        path = out_dir / "report.pdf"
        render.to_pdf_reportlab(module.BLOCKS, path)
        written.append(path)
    if "txt" in formats:
        path = out_dir / "report.txt"
        render.to_txt(module.BLOCKS, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="do not run LibreOffice")
    ap.add_argument("cases", nargs="*", help="case ids to build (default: all)")
    args = ap.parse_args(argv)
    for module, formats, options in OUTPUTS:
        if args.cases and module.CASE not in args.cases:
            continue
        for path in build(module, formats, options, pdf=not args.no_pdf):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
