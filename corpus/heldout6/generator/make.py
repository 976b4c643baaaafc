"""Build every held-out round 6 case: ``python make.py [case_xx ...]``.

Each ``case_*.py`` defines SLUG, FORMATS, HEADINGS, DEFECT, case(), expect(c), SKIP and
extra_must_not(c); the report is built by build.py and rendered by render.py (round 2's
block renderer) to ``../<SLUG>/report.<fmt>``; answer_key.yaml and NOTES.md are written
beside it from the same figures."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import build  # noqa: E402
from common import dump_key, std_must_not  # noqa: E402
from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

CASES = ["case_nm", "case_jl", "case_xj", "case_hn", "case_nx", "case_qh", "case_tj", "case_sh"]


def main(names) -> None:
    for name in names:
        mod = importlib.import_module(name)
        c = mod.case()
        out = HERE.parent / mod.SLUG
        out.mkdir(exist_ok=True)
        blocks = build(c)
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=mod.HEADINGS)
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(path.relative_to(HERE.parent), path.stat().st_size)
        exp = mod.expect(c)
        skip = mod.SKIP(c) if callable(mod.SKIP) else mod.SKIP
        mn = std_must_not(c, skip) + mod.extra_must_not(c)
        allow = getattr(mod, "ALLOW", None)
        allow = allow(c) if callable(allow) else allow
        dump_key(out / "answer_key.yaml", id_=mod.SLUG + ("-clean" if not exp else ""), kind="heldout6", year=c.year,
                 defect=mod.DEFECT, expect=exp, must_not=mn, allow=allow)
        lines = [f"# {mod.SLUG}", "", mod.__doc__.strip(), "", f"Formats: {', '.join(mod.FORMATS)}.", "",
                 "## Planted defects", ""]
        if exp:
            lines += ["| # | rule | severity | values | what |", "| --- | --- | --- | --- | --- |"]
            lines += [f"| {i} | {e['rule']} | {e['severity']} | {', '.join(e.get('values', []))} | {e['note']} |" for i, e in enumerate(exp, 1)]
        else:
            lines.append("None — clean report (`expect: []`).")
        lines += ["", "## Tricky but correct", ""]
        lines += [f"- {m['rule']} {', '.join(m.get('values', []))}: {m['note']}" for m in mn]
        (out / "NOTES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:] or CASES)
