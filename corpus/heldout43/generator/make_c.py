"""Build the two part-c held-out cases: python make_c.py

Loads the shared renderer from ../../heldout2/generator and writes ../<SLUG>/report.<fmt>.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_c_1_fenyuan_wenlv", "case_c_2_jiaping_tuijun"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def main() -> None:
    for name in CASES:
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
            print(f"{mod.SLUG}: {path.name} ({n} prose chars)")


if __name__ == "__main__":
    main()
