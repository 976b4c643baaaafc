"""Build the part-d held-out reports: ``python make_d.py`` (from this folder or anywhere).

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

CASES = ["case_d_1_yn_lanyuan_wenlv", "case_d_2_gs_qiyuan_sifa"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def main() -> None:
    for name in CASES:
        mod = importlib.import_module(name)
        blocks = mod.blocks()
        chars = prose_chars(blocks)
        assert chars >= MIN_PROSE, f"{mod.SLUG}: only {chars} characters of prose"
        out = HERE.parent / mod.SLUG
        out.mkdir(parents=True, exist_ok=True)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "docx":
                render.to_docx(blocks, path, headings=mod.HEADINGS)
            elif fmt == "pdf":
                render.to_pdf_reportlab(blocks, path)
            elif fmt == "txt":
                render.to_txt(blocks, path)
            else:
                raise ValueError(fmt)
            print(f"{path.relative_to(HERE.parent)}  prose={chars}")


if __name__ == "__main__":
    main()
