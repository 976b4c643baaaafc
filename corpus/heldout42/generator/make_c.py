"""Build part c of held-out round 42: ``python make_c.py [case ...]``.

Each ``case_c_*.py`` defines ``SLUG``, ``FORMATS``, ``HEADINGS`` and ``blocks()``; the report is
written once as blocks and rendered by round 2's ``render.py`` (loaded from
``../../heldout2/generator``) to ``../<SLUG>/report.<fmt>``. Every case asserts its own clean
identities with Decimal; planted defects are written explicitly beside ``# PLANTED`` comments.
Prose length (body paragraphs only, tables excluded) is measured and must be >= 9,000."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "heldout2" / "generator"))

from render import P, Table, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = [p.stem for p in sorted(HERE.glob("case_c_*.py"))]


def prose_len(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, P))


def table_len(blocks) -> int:
    return sum(len("".join(c for r in b.rows for c in r)) for b in blocks if isinstance(b, Table))


def main(names: list[str]) -> None:
    for name in names or CASES:
        mod = importlib.import_module(name)
        blocks = mod.blocks()
        n = prose_len(blocks)
        assert n >= 9000, f"{mod.SLUG}: prose only {n} characters"
        out = HERE.parent / mod.SLUG
        out.mkdir(parents=True, exist_ok=True)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "styled"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
        print(f"{mod.SLUG}: prose {n} chars, tables {table_len(blocks)} chars, {mod.FORMATS}")


if __name__ == "__main__":
    main(sys.argv[1:])
