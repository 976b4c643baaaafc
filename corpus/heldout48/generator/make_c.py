"""Build the part-c held-out reports of round 48: ``python make_c.py``.

Each ``case_c_N_*.py`` defines SLUG, FORMATS, HEADINGS and blocks(); the renderer is
the shared one in ``../../heldout2/generator/render.py``. Output: ``../<SLUG>/report.<fmt>``.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

MIN_PROSE = 9000


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def build(mod_name: str) -> None:
    mod = importlib.import_module(mod_name)
    blocks = mod.blocks()
    n = prose_chars(blocks)
    assert n >= MIN_PROSE, (mod.SLUG, n)
    out = HERE.parent / mod.SLUG
    out.mkdir(exist_ok=True)
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
        print(f"{path.relative_to(HERE.parent)}  prose={n}")


def main() -> None:
    for f in sorted(HERE.glob("case_c_*.py")):
        build(f.stem)


if __name__ == "__main__":
    main()
