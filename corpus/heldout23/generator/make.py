"""Build held-out round 23 cases: ``python make.py [case_x ...]``.

Each ``case_*.py`` defines SLUG, FORMATS, HEADINGS, blocks(), KEY (answer key dict) and NOTES
(markdown).  The report is rendered to ``../<SLUG>/report.<fmt>``; the answer key and notes are
written beside it.  Each case asserts its own arithmetic when blocks() runs; prose length
(P blocks only) is measured and must be at least 9,000 characters."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import P, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_ah", "case_zj", "case_sd", "case_hn", "case_yn", "case_gz", "case_cq", "case_hb"]


def main(names: list[str]) -> None:
    for name in names or CASES:
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        prose = sum(len(b.text) for b in blocks if isinstance(b, P))
        assert prose >= 9000, (name, prose)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
        (out / "answer_key.yaml").write_text(
            "# " + mod.KEY_COMMENT + "\n" + yaml.safe_dump(mod.KEY, allow_unicode=True, sort_keys=False, width=200),
            encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        (out / "NOTES.md").write_text(mod.NOTES, encoding="utf-8")
        print(name, mod.SLUG, mod.FORMATS, "prose", prose)


if __name__ == "__main__":
    main(sys.argv[1:])
