"""Render every heldout12 case: python make.py [case_module ...]

Each case module defines SLUG, FORMATS, BLOCKS, KEY (answer_key.yaml text), NOTES (NOTES.md text)
and runs its own arithmetic asserts on import.
"""
import importlib
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CASES = ["case_jingwei", "case_dongfang", "case_shuiwen", "case_linchang",
         "case_jiance", "case_paishui", "case_gonglu", "case_xumu"]


def build(name):
    m = importlib.import_module(name)
    out = ROOT / m.SLUG
    out.mkdir(exist_ok=True)
    for fmt in m.FORMATS:
        p = out / f"report.{fmt}"
        if fmt == "txt":
            to_txt(m.BLOCKS, p)
        elif fmt == "docx":
            to_docx(m.BLOCKS, p, headings=getattr(m, "HEADINGS", "styled"))
        elif fmt == "pdf":
            to_pdf_reportlab(m.BLOCKS, p)
    (out / "answer_key.yaml").write_text(m.KEY.lstrip(), encoding="utf-8")
    yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
    (out / "NOTES.md").write_text(m.NOTES.lstrip(), encoding="utf-8")
    print(m.SLUG, m.FORMATS)


if __name__ == "__main__":
    for n in sys.argv[1:] or CASES:
        if (Path(__file__).parent / f"{n}.py").exists():
            build(n)
