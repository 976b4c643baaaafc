"""Build every held-out round 9 case: ``python make.py`` (needs reportlab, python-docx, pyyaml).

Each ``case_*.py`` defines ``SLUG``, ``FORMATS``, ``HEADINGS`` and ``make()`` returning
(blocks, key); the clean report is built by ``builder.build`` and defects are planted by
explicit replacements marked ``# PLANTED``.  Writes report.<fmt>, answer_key.yaml, NOTES.md."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from builder import prose_len  # noqa: E402
from render import P, Table, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_ahgz", "case_jsgjj", "case_scrm", "case_gxjy", "case_hnnj", "case_sdkf", "case_zjjj", "case_jxsk"]


def notes(key, extra):
    lines = [f"# {key['id']}", "", key["defect"], ""]
    lines += ["## Planted defects", ""]
    if key["expect"]:
        lines += ["| # | rule | severity | values | what |", "|---|---|---|---|---|"]
        for k, e in enumerate(key["expect"], 1):
            lines.append(f"| {k} | {e['rule']} | {e.get('severity','')} | {', '.join(e.get('values') or [])} | {e['note']} |")
    else:
        lines.append("None — a clean report; every figure is consistent (asserted in the generator).")
    lines += ["", "## Tricky but correct", ""]
    for m in key["must_not"]:
        lines.append(f"- `{m['rule']}` {', '.join(m.get('values') or [])}: {m['note']}")
    lines += ["", extra, ""]
    return "\n".join(lines)


def main():
    for name in CASES:
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks, key, extra = mod.make()
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=mod.HEADINGS)
            else:
                to_pdf_reportlab(blocks, path)
        (out / "answer_key.yaml").write_text(
            "# Answer key written by the generator from its planted list (see NOTES.md).\n"
            + yaml.safe_dump(key, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        (out / "NOTES.md").write_text(notes(key, extra), encoding="utf-8")
        tl = sum(len("".join(r)) for bl in blocks if isinstance(bl, Table) for r in bl.rows)
        print(mod.SLUG, mod.FORMATS, "prose", prose_len(blocks), "tables", tl, "expect", len(key["expect"]))


if __name__ == "__main__":
    main()
