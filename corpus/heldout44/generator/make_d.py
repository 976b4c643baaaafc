"""Build the round-44 part-d held-out reports: ``python make_d.py``.

Loads the shared renderer from ../../heldout2/generator and writes ../<SLUG>/report.<fmt>.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402
from render import P  # noqa: E402

CASES = ["case_d_1_sc_jialing_wenlv", "case_d_2_tj_jingu_shengtai"]
MIN_PROSE = 9000


def build(modname: str) -> Path:
    mod = importlib.import_module(modname)
    blocks = mod.blocks()
    prose = sum(len(b.text) for b in blocks if isinstance(b, P))
    assert prose >= MIN_PROSE, f"{mod.SLUG}: body prose {prose} < {MIN_PROSE}"
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
        print(f"{mod.SLUG}: {path.name} (prose {prose} chars)")
    return out


if __name__ == "__main__":
    for name in sys.argv[1:] or CASES:
        build(name)
