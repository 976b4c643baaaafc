"""Build every round-22 case: ``python make.py``. Each ``case_*.py`` defines SLUG, FORMATS,
HEADINGS and ``blocks()``; prose length (headings + paragraphs) must be at least 9,000 characters."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402
from common import prose_len  # noqa: E402

CASES = [p.stem for p in sorted(HERE.glob("case_*.py"))]


def main() -> None:
    only = sys.argv[1:]
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        n = prose_len(blocks)
        print(name, "prose chars:", n)
        assert n >= 9000, (name, n)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(" ", path.relative_to(HERE.parent.parent.parent))


if __name__ == "__main__":
    main()
