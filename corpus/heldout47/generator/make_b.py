"""Build the part-b held-out reports of round 47: ``python make_b.py``.

Loads the shared renderer from ../../heldout2/generator, writes ../<SLUG>/report.<fmt>
and checks that each report has at least 9,000 characters of body prose.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_b_1_fenchuan_sthjj", "case_b_2_liuan_nyncj"]
MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(name: str) -> None:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    chars = prose_chars(blocks)
    assert chars >= MIN_PROSE, f"{mod.SLUG}: only {chars} characters of prose"
    out = HERE.parent / mod.SLUG
    out.mkdir(parents=True, exist_ok=True)
    for fmt in mod.FORMATS:
        path = out / f"report.{fmt}"
        if fmt == "txt":
            render.to_txt(blocks, path)
        elif fmt == "docx":
            render.to_docx(blocks, path, headings=mod.HEADINGS)
        elif fmt == "pdf":
            render.to_pdf_reportlab(blocks, path, size=getattr(mod, "PDF_SIZE", 11.5))
        else:
            raise ValueError(fmt)
        print(f"{path.relative_to(HERE.parent)}  ({chars} prose chars)")


def main(argv: list[str]) -> None:
    for name in argv or CASES:
        build(name)


if __name__ == "__main__":
    main(sys.argv[1:])
