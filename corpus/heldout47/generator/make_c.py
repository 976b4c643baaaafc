"""Build the two part-c reports of held-out round 47.

    /work/main/.venv/bin/python make_c.py

Loads the shared renderer from ../../heldout2/generator, writes ../<SLUG>/report.<fmt>
(PDF through reportlab), and checks that each report has at least 9,000 characters of
body prose (paragraph text; headings and tables not counted).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_c_1_sh_songpu_yibao.py", "case_c_2_jx_heyuan_zrzy.py"]
MIN_PROSE = 9000


def load(name: str):
    spec = importlib.util.spec_from_file_location(name[:-3], HERE / name)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def prose_chars(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def main() -> None:
    for name in CASES:
        mod = load(name)
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
            print(f"{mod.SLUG}: {path.name}  prose {n} chars")


if __name__ == "__main__":
    main()
