"""Build every held-out round 5 case: ``python make.py`` from this folder (or any folder).

Each ``case_*.py`` defines ``SLUG``, ``FORMATS`` and ``blocks()``; the report is written
once as blocks and rendered by ``render.py`` to ``../<SLUG>/report.<fmt>``.
PDFs are drawn by reportlab (no LibreOffice needed)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_lc", "case_rs", "case_sw", "case_tsg", "case_qx", "case_ga", "case_zj", "case_jd"]
HEADINGS: dict[str, str] = {"case_qx": "bold", "case_rs": "styled", "case_zj": "styled"}


def main() -> None:
    only = sys.argv[1:]
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=HEADINGS.get(name, "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(path.relative_to(HERE.parent.parent.parent), len(path.read_bytes()))


if __name__ == "__main__":
    main()
