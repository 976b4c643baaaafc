"""Build the two part-c held-out reports: python make_c.py"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

import render  # noqa: E402

CASES = ["case_c_1_fj_quanxi_rsj", "case_c_2_hn_yuancheng_jtj"]


def prose_len(blocks):
    return sum(len(b.text) for b in blocks if isinstance(b, render.P))


def main():
    for name in CASES:
        mod = importlib.import_module(name)
        blocks = mod.blocks()
        n = prose_len(blocks)
        assert n >= 9000, (name, n)
        out = HERE.parent / mod.SLUG
        out.mkdir(parents=True, exist_ok=True)
        for fmt in mod.FORMATS:
            p = out / f"report.{fmt}"
            if fmt == "txt":
                render.to_txt(blocks, p)
            elif fmt == "docx":
                render.to_docx(blocks, p, headings=mod.HEADINGS)
            elif fmt == "pdf":
                render.to_pdf_reportlab(blocks, p)
            print(p, n)


if __name__ == "__main__":
    main()
