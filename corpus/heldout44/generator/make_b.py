"""Build the part-b held-out reports of round 44: ``python make_b.py``.

Loads the shared renderer from ``../../heldout2/generator`` and writes
``../<SLUG>/report.<fmt>`` for each case.  Asserts at least 9,000 characters of body
prose (P blocks) per report.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_b_1_lingchuan", "case_b_2_aketasi"]


def build(modname: str) -> None:
    mod = importlib.import_module(modname)
    blocks = mod.blocks()
    prose = sum(len(b.text) for b in blocks if isinstance(b, render.P))
    assert prose >= 9000, f"{mod.SLUG}: only {prose} characters of prose"
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
        print(f"{path.relative_to(HERE.parent)}  prose={prose}")


if __name__ == "__main__":
    for name in sys.argv[1:] or CASES:
        build(name)
