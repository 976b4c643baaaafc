"""Tiny line markup -> render.py blocks (round 20). Not a paragraph builder: every
case writes its own prose; this only turns marked lines into blocks.

=T title | =C centred | =CAP caption | #1/#2/#3 heading | |a|b|c table row
('<' = merged with the cell on the left, '^' = merged with the cell above) |
=S signature line (consecutive lines form one block) | =PB page break | else paragraph.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render import H, P, Sign, Table, Title, Caption, Center, PageBreak  # noqa: E402
from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

OUT = Path(__file__).resolve().parents[1]


def _table(rows):
    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    merges = []
    done = set()
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            if (i, j) in done or c in ("<", "^"):
                continue
            j1 = j
            while j1 + 1 < n and rows[i][j1 + 1] == "<":
                j1 += 1
            i1 = i
            while i1 + 1 < len(rows) and rows[i1 + 1][j] == "^":
                i1 += 1
            if (i1, j1) != (i, j):
                merges.append((i, j, i1, j1))
                for a in range(i, i1 + 1):
                    for b in range(j, j1 + 1):
                        done.add((a, b))
    clean = [["" if c in ("<", "^") else c for c in r] for r in rows]
    return Table(clean, merges)


def parse(text: str):
    blocks, rows, sign = [], [], []
    prose = 0

    def flush():
        nonlocal rows, sign
        if rows:
            blocks.append(_table(rows))
            rows = []
        if sign:
            blocks.append(Sign(sign))
            sign = []

    for line in text.strip("\n").splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("|"):
            if sign:
                flush()
            rows.append([c.strip() for c in s[1:].split("|")])
            continue
        if s.startswith("=S "):
            if rows:
                flush()
            sign.append(s[3:])
            continue
        flush()
        if s.startswith("=T "):
            blocks.append(Title(s[3:]))
        elif s.startswith("=C "):
            blocks.append(Center(s[3:]))
        elif s.startswith("=CAP "):
            blocks.append(Caption(s[5:]))
        elif s == "=PB":
            blocks.append(PageBreak())
        elif s[:2] in ("#1", "#2", "#3"):
            blocks.append(H(int(s[1]), s[3:]))
            prose += len(s) - 3
        else:
            blocks.append(P(s))
            prose += len(s)
    flush()
    return blocks, prose


def build(slug: str, text: str, fmts, min_prose: int = 9000, **docx_kw):
    blocks, prose = parse(text)
    assert prose >= min_prose, (slug, prose)
    d = OUT / slug
    d.mkdir(exist_ok=True)
    for f in fmts:
        if f == "txt":
            to_txt(blocks, d / "report.txt")
        elif f == "docx":
            to_docx(blocks, d / "report.docx", **docx_kw)
        elif f == "pdf":
            to_pdf_reportlab(blocks, d / "report.pdf")
    print(slug, "prose chars", prose)
    return prose


def has(text: str, *frags: str):
    for f in frags:
        assert f in text, f
