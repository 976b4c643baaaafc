"""Build every heldout17 case: python make.py [case ...]

Each case module defines SLUG, FORMATS, blocks(), KEY (answer key as a dict) and NOTES.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

import render
from render import H, P, Sign

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CASES = ["case_kjg", "case_dwy", "case_wbs", "case_bdc", "case_jyfw", "case_gs", "case_zyy", "case_qmjs"]


def prose_len(blocks):
    return sum(len(b.text) for b in blocks if isinstance(b, (H, P))) + sum(
        len("".join(b.lines)) for b in blocks if isinstance(b, Sign)
    )


def build(name):
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    out = ROOT / mod.SLUG
    out.mkdir(parents=True, exist_ok=True)
    for fmt in mod.FORMATS:
        if fmt == "txt":
            render.to_txt(blocks, out / "report.txt")
        elif fmt == "docx":
            render.to_docx(blocks, out / "report.docx", headings=getattr(mod, "HEADINGS", "styled"))
        elif fmt == "pdf":
            render.to_pdf_reportlab(blocks, out / "report.pdf")
    (out / "answer_key.yaml").write_text(
        getattr(mod, "KEY_HEADER", "") + yaml.safe_dump(mod.KEY, allow_unicode=True, sort_keys=False, width=1000),
        encoding="utf-8",
    )
    (out / "NOTES.md").write_text(mod.NOTES, encoding="utf-8")
    yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
    n = prose_len(blocks)
    print(f"{mod.SLUG}: prose {n} chars, formats {mod.FORMATS}, expect {len(mod.KEY['expect'] or [])}")
    if n < 9000:
        print("  WARNING: prose under 9000")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for name in sys.argv[1:] or CASES:
        build(name)
