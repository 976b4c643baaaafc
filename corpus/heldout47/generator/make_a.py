"""Build the two part-a held-out reports: python make_a.py"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_a_1_bj_minzheng", "case_a_2_hb_shichang"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(name: str) -> Path:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    chars = prose_chars(blocks)
    assert chars >= MIN_PROSE, f"{name}: only {chars} prose characters"
    out = HERE.parent / mod.SLUG
    out.mkdir(parents=True, exist_ok=True)
    for fmt in mod.FORMATS:
        path = out / f"report.{fmt}"
        if fmt == "docx":
            render.to_docx(blocks, path, headings=mod.HEADINGS)
        elif fmt == "txt":
            render.to_txt(blocks, path)
        elif fmt == "pdf":
            render.to_pdf_reportlab(blocks, path)
        else:
            raise ValueError(fmt)
        print(f"{path.relative_to(HERE.parent)}  ({chars} prose chars)")
    return out


if __name__ == "__main__":
    names = sys.argv[1:] or CASES
    for name in names:
        build(name)
