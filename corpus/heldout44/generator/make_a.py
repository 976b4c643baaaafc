"""Build the round-44 part-a held-out reports: python make_a.py

Writes ../<SLUG>/report.<fmt> for each case, using the shared renderer in
../../heldout2/generator/render.py (PDF through reportlab; DOCX through python-docx).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_a_1_jx_lianxi_linye", "case_a_2_gd_rongwan_minzheng"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(name: str) -> None:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    n = prose_chars(blocks)
    assert n >= MIN_PROSE, f"{mod.SLUG}: only {n} characters of prose"
    out = HERE.parent / mod.SLUG
    out.mkdir(parents=True, exist_ok=True)
    for fmt in mod.FORMATS:
        path = out / f"report.{fmt}"
        if fmt == "pdf":
            render.to_pdf_reportlab(blocks, path)
        elif fmt == "docx":
            render.to_docx(blocks, path, headings=mod.HEADINGS)
        elif fmt == "txt":
            render.to_txt(blocks, path)
        else:
            raise ValueError(fmt)
        print(f"{mod.SLUG}: {path.name} ({n} prose chars)")


def main() -> None:
    names = sys.argv[1:] or CASES
    for name in names:
        build(name)


if __name__ == "__main__":
    main()
