"""Build the part-a held-out reports of round 43: ``python make_a.py``.

Loads the shared renderer from ``../../heldout2/generator`` and writes
``../<SLUG>/report.<fmt>`` for each case.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_a_1_hb_yingji", "case_a_2_fj_ziran"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(name: str) -> Path:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    n = prose_chars(blocks)
    assert n >= MIN_PROSE, f"{name}: only {n} characters of body prose"
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
        print(f"{path.relative_to(HERE.parents[1])}: {n} prose chars")
    return out


if __name__ == "__main__":
    for c in (sys.argv[1:] or CASES):
        build(c)
