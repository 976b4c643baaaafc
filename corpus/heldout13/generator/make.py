"""Build every held-out round 13 case: ``/tmp/heldout13venv/bin/python make.py``.

Each ``case_*.py`` defines SLUG, FORMATS, HEADINGS, blocks(), KEY (answer_key.yaml text)
and NOTES (NOTES.md text). Arithmetic is asserted inside each blocks(); planted defects
are written explicitly beside ``# PLANTED`` comments."""
from __future__ import annotations
import importlib, sys
from pathlib import Path
import yaml
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402

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
        for fmt in mod.FORMATS:
            path = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, path)
            elif fmt == "docx":
                to_docx(blocks, path, headings=getattr(mod, "HEADINGS", "mixed"))
            elif fmt == "pdf":
                to_pdf_reportlab(blocks, path)
            print(path, path.stat().st_size)
        yaml.safe_load(mod.KEY)
        (out / "answer_key.yaml").write_text(mod.KEY.lstrip(), encoding="utf-8")
        (out / "NOTES.md").write_text(mod.NOTES.lstrip(), encoding="utf-8")
        n = sum(len(b.text) for b in blocks if hasattr(b, "text"))
        t = sum(len("".join(r)) for b in blocks if hasattr(b, "rows") for r in b.rows)
        print(f"  prose chars {n}, table chars {t}")

if __name__ == "__main__":
    main()
