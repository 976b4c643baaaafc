"""Build the part-c held-out reports of round 44.

    cd corpus/heldout44/generator && python make_c.py

Loads the shared renderer from ../../heldout2/generator/render.py, writes
../<SLUG>/report.<fmt> for each case_c_*.py here, and checks that each report has
at least 9,000 characters of body prose (tables not counted).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

MIN_PROSE = 9000


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, (render.P, render.H)))


def main() -> None:
    for path in sorted(HERE.glob("case_c_*.py")):
        mod = load(path)
        blocks = mod.blocks()
        chars = prose_chars(blocks)
        assert chars >= MIN_PROSE, f"{mod.SLUG}: only {chars} characters of prose"
        out = HERE.parent / mod.SLUG
        out.mkdir(parents=True, exist_ok=True)
        for fmt in mod.FORMATS:
            target = out / f"report.{fmt}"
            if fmt == "docx":
                render.to_docx(blocks, target, headings=mod.HEADINGS)
            elif fmt == "txt":
                render.to_txt(blocks, target)
            elif fmt == "pdf":
                render.to_pdf_reportlab(blocks, target)
            else:
                raise ValueError(fmt)
            print(f"{mod.SLUG}: {target.relative_to(HERE.parent)} ({chars} prose chars)")


if __name__ == "__main__":
    main()
