"""Build the part-a held-out reports: python make_a.py"""
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))
import render  # noqa: E402

CASES = ["case_a_1_sd_tuiyi", "case_a_2_ha_weijian"]


def main():
    for name in CASES:
        m = importlib.import_module(name)
        blocks = m.blocks()
        prose = sum(len(b.text) for b in blocks if isinstance(b, (render.P, render.H)))
        assert prose >= 9000, (name, prose)
        out = HERE.parent / m.SLUG
        out.mkdir(exist_ok=True)
        for fmt in m.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "docx":
                render.to_docx(blocks, path, headings=m.HEADINGS)
            elif fmt == "pdf":
                render.to_pdf_reportlab(blocks, path)
            elif fmt == "txt":
                render.to_txt(blocks, path)
            print(name, path, prose)


if __name__ == "__main__":
    main()
