"""Build the two part-d held-out reports: python make_d.py"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "heldout2" / "generator"))
import render  # noqa: E402

import case_d_1_suibei_jiaoyu as c1  # noqa: E402
import case_d_2_xunjiang_shuili as c2  # noqa: E402


def prose_len(blocks):
    n = 0
    for b in blocks:
        if isinstance(b, (render.Title, render.Center, render.H, render.P, render.Caption)):
            n += len(b.text)
        elif isinstance(b, render.Sign):
            n += sum(len(x) for x in b.lines)
    return n


for case in (c1, c2):
    blocks = case.blocks()
    n = prose_len(blocks)
    assert n >= 9000, (case.SLUG, n)
    out = HERE.parent / case.SLUG
    out.mkdir(exist_ok=True)
    for fmt in case.FORMATS:
        path = out / f"report.{fmt}"
        if fmt == "docx":
            render.to_docx(blocks, path, headings=case.HEADINGS)
        elif fmt == "txt":
            render.to_txt(blocks, path)
        elif fmt == "pdf":
            render.to_pdf_reportlab(blocks, path)
        print(case.SLUG, fmt, n, "prose chars")
