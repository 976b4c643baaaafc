"""Build the part-b held-out reports of round 43.

    cd corpus/heldout43/generator && python make_b.py

Loads the shared renderer from ../../heldout2/generator, imports every
``case_b_*.py`` here, writes ``../<SLUG>/report.<fmt>`` and checks that each report
carries at least 9,000 characters of body prose (tables not counted).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(mod) -> None:
    blocks = mod.blocks()
    chars = prose_chars(blocks)
    assert chars >= MIN_PROSE, f"{mod.SLUG}: only {chars} prose characters"
    out = HERE.parent / mod.SLUG
    out.mkdir(parents=True, exist_ok=True)
    for fmt in mod.FORMATS:
        path = out / f"report.{fmt}"
        if fmt == "txt":
            render.to_txt(blocks, path)
        elif fmt == "docx":
            render.to_docx(blocks, path, headings=mod.HEADINGS)
        elif fmt == "pdf":
            render.to_pdf_reportlab(blocks, path)
        else:
            raise ValueError(fmt)
        print(f"{mod.SLUG}: {path.name} ({chars} prose chars)")


def main() -> None:
    names = sorted(p.stem for p in HERE.glob("case_b_*.py"))
    for name in names:
        build(importlib.import_module(name))


if __name__ == "__main__":
    main()
