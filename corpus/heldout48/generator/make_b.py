"""Build the part-b held-out reports of round 48: python make_b.py"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_b_1_xilan_jiaoyu", "case_b_2_mindong_yingji"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(name: str) -> None:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    chars = prose_chars(blocks)
    assert chars >= MIN_PROSE, f"{name}: only {chars} characters of body prose"
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
        print(f"{path.relative_to(HERE.parents[1])}: {chars} prose chars")


if __name__ == "__main__":
    for c in sys.argv[1:] or CASES:
        build(c)
