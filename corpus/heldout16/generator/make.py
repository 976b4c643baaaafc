"""Build every held-out round 16 case: ``python make.py [case_x ...]``.

Each ``case_*.py`` defines SLUG, FORMATS, HEADINGS, blocks(), KEY (answer key dict)
and PLANTED / TRICKY (lists for NOTES.md). Arithmetic is asserted inside each case
module; planted defects are written explicitly beside ``# PLANTED`` comments.
The prose length (paragraphs and headings, tables excluded) is measured and must be
at least 9,000 characters."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import H, P, Table, Title, Center, Sign, to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_gzw", "case_xczx", "case_sjj", "case_mzj", "case_tcj", "case_spj", "case_ymzx", "case_yshj"]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str)


def _list(dumper, data):
    flow = bool(data) and all(isinstance(x, str) for x in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _list)


def prose_len(blocks) -> int:
    return sum(len(b.text) for b in blocks if isinstance(b, (P, H, Title, Center)))


def table_len(blocks) -> int:
    return sum(len("".join(c for r in b.rows for c in r)) for b in blocks if isinstance(b, Table))


def main(names: list[str]) -> None:
    for name in names or CASES:
        mod = importlib.import_module(name)
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = mod.blocks()
        n = prose_len(blocks)
        assert n >= 9000, (name, n)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=mod.HEADINGS)
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
        key = mod.KEY
        text = "# " + key.pop("_comment") + "\n" if "_comment" in key else ""
        text += yaml.dump(key, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200)
        (out / "answer_key.yaml").write_text(text, encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        notes = [f"# {mod.SLUG}\n\n", mod.ABOUT.strip() + "\n\n",
                 f"Prose length: {n} characters (tables: {table_len(blocks)} more). Formats: {', '.join(mod.FORMATS)}.\n\n",
                 "## Planted defects\n\n"]
        if mod.PLANTED:
            notes.append("| # | rule | where | what |\n|---|---|---|---|\n")
            for i, (rule, where, what) in enumerate(mod.PLANTED, 1):
                notes.append(f"| {i} | {rule} | {where} | {what} |\n")
        else:
            notes.append("None: this is a clean case; every figure is consistent (asserted in the generator).\n")
        notes.append("\n## Tricky but correct\n\n")
        for t in mod.TRICKY:
            notes.append(f"- {t}\n")
        (out / "NOTES.md").write_text("".join(notes), encoding="utf-8")
        print(mod.SLUG, "prose", n, "tables", table_len(blocks), "formats", mod.FORMATS)


if __name__ == "__main__":
    main(sys.argv[1:])
