"""Build held-out round 13 (heldout18) cases: ``python make.py [case_x ...]``.

Each ``case_*.py`` defines SLUG, FORMATS, blocks(), KEY (answer_key.yaml text) and NOTES
(NOTES.md text); every clean figure is asserted inside the case module, every planted
defect sits beside a ``# PLANTED`` comment. The report is rendered by ``render.py``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import yaml  # noqa: E402
from render import P, H, Table, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_tj_sthj", "case_gx_nyzf", "case_ln_whzf", "case_sx_jtzf",
         "case_hlj_town", "case_fj_street", "case_gs_town", "case_js_town"]


def prose_len(blocks) -> tuple[int, int]:
    prose = sum(len(b.text) for b in blocks if isinstance(b, (P, H)))
    table = sum(len(c) for b in blocks if isinstance(b, Table) for r in b.rows for c in r)
    return prose, table


def main(names) -> None:
    for name in names:
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        prose, table = prose_len(blocks)
        print(f"{mod.SLUG}: prose {prose} chars, tables {table} chars")
        assert prose >= 9000, (mod.SLUG, prose)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
        (out / "answer_key.yaml").write_text(mod.KEY.lstrip(), encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        (out / "NOTES.md").write_text(mod.NOTES.lstrip(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:] or [c for c in CASES if (HERE / f"{c}.py").exists()])
