"""Build the part-d held-out reports of round 45: ``python make_d.py``.

Loads the shared renderer from ``../../heldout2/generator`` and writes
``../<SLUG>/report.<fmt>`` for every case module ``case_d_*.py`` in this folder.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402
from num_d import prose_chars  # noqa: E402

CASES = ["case_d_1_gz_wengyang_yibao", "case_d_2_zj_qinglan_tiyu"]
MIN_PROSE = 9000


def build(name: str) -> None:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    n = prose_chars(blocks)
    assert n >= MIN_PROSE, f"{mod.SLUG}: only {n} characters of body prose"
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
    for case in sys.argv[1:] or CASES:
        build(case)
