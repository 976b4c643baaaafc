"""Build every case of held-out round 14: python make.py [case ...]

Each ``case_*.py`` defines SLUG, FORMATS, blocks() (asserting its own arithmetic),
KEY (answer_key.yaml text) and NOTES (NOTES.md text). Output goes to ../<SLUG>/.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import P, H, Title, Center, Caption, Sign, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

MIN_PROSE = 9000


def prose_len(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, (P, H, Title, Center, Caption)))


def build(name: str) -> None:
    mod = importlib.import_module(name)
    blocks = mod.blocks()
    n = prose_len(blocks)
    out = HERE.parent / mod.SLUG
    out.mkdir(exist_ok=True)
    for fmt in mod.FORMATS:
        p = out / f"report.{fmt}"
        if fmt == "txt":
            to_txt(blocks, p)
        elif fmt == "docx":
            to_docx(blocks, p, headings=getattr(mod, "DOCX_HEADINGS", "styled"))
        elif fmt == "pdf":
            to_pdf_reportlab(blocks, p)
    (out / "answer_key.yaml").write_text(mod.KEY.lstrip("\n"), encoding="utf-8")
    (out / "NOTES.md").write_text(mod.NOTES.lstrip("\n"), encoding="utf-8")
    key = yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
    assert key["report_year"] and "expect" in key and "must_not" in key
    for e in (key["expect"] or []):
        assert e["rule"] and e["severity"] in ("error", "warning", "info"), e
    print(f"{mod.SLUG}: prose {n} chars, formats {mod.FORMATS}, expect {len(key['expect'] or [])}, must_not {len(key['must_not'])}")
    assert n >= MIN_PROSE, f"{mod.SLUG}: prose only {n} chars"


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in HERE.glob("case_*.py"))
    for nm in names:
        build(nm)
