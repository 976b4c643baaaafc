"""Build every held-out round 7 case: ``python make.py``.

Each ``case_*.py`` defines ``SLUG``, ``FORMATS``, ``HEADINGS``, ``blocks()``, ``KEY``
(answer_key.yaml text) and ``NOTES`` (NOTES.md text); the report is written once as
blocks and rendered by ``render.py`` to ``../<SLUG>/report.<fmt>``. PDFs by reportlab."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_xz_tyj", "case_sc_jtj", "case_hn_wwj", "case_gd_jgsw",
         "case_zj_wjw", "case_sd_dkj", "case_hen_swj", "case_yn_jyj"]


def main() -> None:
    only = sys.argv[1:]
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(path.relative_to(HERE.parent.parent.parent))
        key = mod.KEY.strip() + "\n"
        yaml.safe_load(key)
        (out / "answer_key.yaml").write_text(key, encoding="utf-8")
        (out / "NOTES.md").write_text(mod.NOTES.strip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
