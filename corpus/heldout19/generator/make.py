"""Build every case of held-out round 19: python make.py [case_module ...]

Each case module defines SLUG, FORMATS, blocks(), KEY (answer key YAML text) and
NOTES (markdown). Clean figures are asserted inside the case module; planted defects
are written explicitly beside a ``# PLANTED`` comment.
"""
from __future__ import annotations
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import yaml  # noqa: E402
from render import H, P, Table, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CASES = ["case_tjtd", "case_hbps", "case_gsgq", "case_lndz", "case_fjch", "case_gxzd", "case_sxhh", "case_hlgx"]


def prose_len(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, (H, P)))


def table_len(blocks) -> int:
    return sum(len("".join(c for row in b.rows for c in row)) for b in blocks if isinstance(b, Table))


def build(name: str) -> None:
    mod = importlib.import_module(name)
    out = ROOT / mod.SLUG
    out.mkdir(parents=True, exist_ok=True)
    blocks = mod.blocks()
    n = prose_len(blocks)
    print(f"{mod.SLUG}: prose {n} chars, tables {table_len(blocks)} chars, formats {mod.FORMATS}")
    assert n >= 9000, (mod.SLUG, n)
    for fmt in mod.FORMATS:
        if fmt == "txt":
            to_txt(blocks, out / "report.txt")
        elif fmt == "docx":
            to_docx(blocks, out / "report.docx")
        elif fmt == "pdf":
            to_pdf_reportlab(blocks, out / "report.pdf")
    yaml.safe_load(mod.KEY)
    (out / "answer_key.yaml").write_text(mod.KEY.lstrip("\n"), encoding="utf-8")
    (out / "NOTES.md").write_text(mod.NOTES.lstrip("\n"), encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:] or CASES:
        build(name)
