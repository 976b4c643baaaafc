"""Build every held-out round 11 case: ``python make.py`` from this folder.

Each ``case_*.py`` defines ``SLUG``, ``FORMATS``, ``HEADINGS``, ``KEY`` (answer key YAML),
``NOTES`` (NOTES.md text) and ``blocks()``; the report is written once as blocks and
rendered by ``render.py`` (copied from heldout2) to ``../<SLUG>/report.<fmt>``.
PDFs are drawn by reportlab. Arithmetic is asserted inside each case file."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = [p.stem for p in sorted(HERE.glob("case_*.py"))]


def main() -> None:
    names = sys.argv[1:] or CASES
    for name in names:
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=mod.HEADINGS)
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(path.relative_to(HERE.parent.parent.parent))
        (out / "answer_key.yaml").write_text(mod.KEY.lstrip("\n"), encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        (out / "NOTES.md").write_text(mod.NOTES.lstrip("\n"), encoding="utf-8")


if __name__ == "__main__":
    main()
