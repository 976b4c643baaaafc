"""Build every held-out round 10 case: ``python make.py`` from any folder.

Each ``case_*.py`` defines SLUG, FORMATS, HEADINGS, YEAR, TITLE, DEFECT, blocks(),
EXPECT, MUST_NOT, ALLOW, PLANTED (rows for NOTES.md) and TRICKY (lines for NOTES.md).
The report prose lives in each case module (written by hand, nothing shared);
this script only renders the blocks and writes answer_key.yaml and NOTES.md."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_hospital", "case_school", "case_agri", "case_welfare",
         "case_inspect", "case_museum", "case_sport", "case_clinic"]


def key(mod) -> str:
    data = {
        "id": f"heldout10-{mod.SLUG}",
        "kind": "heldout10",
        "report_year": mod.YEAR,
        "defect": mod.DEFECT,
        "expect": mod.EXPECT,
        "must_not": mod.MUST_NOT,
    }
    if getattr(mod, "ALLOW", None):
        data["allow"] = mod.ALLOW
    head = f"# Answer key for {mod.TITLE}.\n# Written by hand from the generator's own arithmetic, without running the tool.\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def notes(mod) -> str:
    out = [f"# {mod.TITLE}", "", f"Formats: {', '.join(mod.FORMATS)}. Fiscal year {mod.YEAR}.", ""]
    out.append(f"## Planted defects ({len(mod.PLANTED)})")
    out.append("")
    if mod.PLANTED:
        out.append("| # | rule | where | what |")
        out.append("|---|------|-------|------|")
        for i, (rule, where, what) in enumerate(mod.PLANTED, 1):
            out.append(f"| {i} | {rule} | {where} | {what} |")
    else:
        out.append("None: this is a clean case; every figure is consistent.")
    out.append("")
    out.append("## Tricky but correct")
    out.append("")
    out.extend(f"- {t}" for t in mod.TRICKY)
    return "\n".join(out) + "\n"


def main(names: list[str]) -> None:
    for name in names or CASES:
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(path)
        (out / "answer_key.yaml").write_text(key(mod), encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        (out / "NOTES.md").write_text(notes(mod), encoding="utf-8")
        n = sum(len(b.text) for b in blocks if hasattr(b, "text"))
        print(f"  {name}: {n} chars of prose/headings")


if __name__ == "__main__":
    main(sys.argv[1:])
