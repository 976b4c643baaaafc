"""Build the part-b held-out reports of round 45: ``python make_b.py``.

Each case module defines SLUG, FORMATS, HEADINGS and blocks(); the report is written to
``../<SLUG>/report.<fmt>`` with the shared renderer from ``../../heldout2/generator``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

import case_b_1_xz_langjie_jiaoyu as case1  # noqa: E402
import case_b_2_jl_songling_jiaotong_2025 as case2  # noqa: E402

CASES = [case1, case2]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(case) -> Path:
    blocks = case.blocks()
    n = prose_chars(blocks)
    assert n >= MIN_PROSE, f"{case.SLUG}: only {n} characters of body prose"
    out = HERE.parent / case.SLUG
    out.mkdir(parents=True, exist_ok=True)
    for fmt in case.FORMATS:
        path = out / f"report.{fmt}"
        if fmt == "docx":
            render.to_docx(blocks, path, headings=case.HEADINGS)
        elif fmt == "txt":
            render.to_txt(blocks, path)
        elif fmt == "pdf":
            render.to_pdf_reportlab(blocks, path)
        else:
            raise ValueError(fmt)
        print(f"{path.relative_to(HERE.parent)}  ({n} prose chars)")
    return out


if __name__ == "__main__":
    for c in CASES:
        build(c)
