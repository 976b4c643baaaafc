"""Build part b of held-out round 46: python make_b.py"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))
import render  # noqa: E402

CASES = ["case_b_1_sn_linye", "case_b_2_js_chengguan"]


def prose_len(blocks):
    return sum(len(b.text) for b in blocks if isinstance(b, (render.P, render.H, render.Title)))


def main():
    for name in CASES:
        mod = importlib.import_module(name)
        bl = mod.blocks()
        n = prose_len(bl)
        assert n >= 9000, (name, n)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        for fmt in mod.FORMATS:
            p = out / f"report.{fmt}"
            if fmt == "docx":
                render.to_docx(bl, p, headings=mod.HEADINGS)
            elif fmt == "pdf":
                render.to_pdf_reportlab(bl, p)
            elif fmt == "txt":
                render.to_txt(bl, p)
            print(p, n)


if __name__ == "__main__":
    main()
