"""Build the part-d held-out reports of round 48.

    python make_d.py

Each case module defines SLUG, FORMATS, HEADINGS and blocks(); the report is written to
../<SLUG>/report.<fmt> with the shared renderer from ../../heldout2/generator/render.py.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_d_1_xj_aketasi_xumu", "case_d_2_hn_qionglan_lvwen_2025"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def main() -> None:
    for name in CASES:
        mod = importlib.import_module(name)
        blocks = mod.blocks()
        n = prose_chars(blocks)
        assert n >= MIN_PROSE, f"{mod.SLUG}: only {n} characters of prose"
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
            print(f"{path.relative_to(HERE.parent)}  ({n} prose chars)")


if __name__ == "__main__":
    main()
