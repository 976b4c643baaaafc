"""Build the part-a held-out reports of round 48: ``python make_a.py``.

Loads the shared renderer from ../../heldout2/generator and writes
../<SLUG>/report.<fmt> for every case_a_*.py in this folder.
"""

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_a_1_nx_renshe", "case_a_2_hb_chengguan"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(name: str) -> None:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    n = prose_chars(blocks)
    assert n >= MIN_PROSE, f"{mod.SLUG}: only {n} characters of body prose"
    out = HERE.parent / mod.SLUG
    out.mkdir(exist_ok=True)
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
        print(f"{mod.SLUG}: {path.name} ({n} prose chars)")


if __name__ == "__main__":
    for c in sys.argv[1:] or CASES:
        build(c)
