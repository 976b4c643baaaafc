"""Generate the synthetic corpus: complete self-evaluation reports and planted-defect mutants.

Run from the repository root::

    /work/venv/bin/python scripts/generate_corpus.py [--seed N] [--out DIR] [--render]

For each department profile (``synth_profiles.py``) a clean report is built from a
model whose figures all agree: tables add up, breakdowns add up, every restated
figure is identical, every rate is its operands rounded, every score follows its
stated rule, scores sum to the stated total and the grade matches the bands. Each
mutant copies the clean model and plants exactly one defect (plus what a real
department's slip would carry along, e.g. a total recomputed from a wrong score).
Every report gets an ``answer_key.yaml`` saying which findings must, must not and
may appear.

Why a model and slots instead of text edits: mutants must differ from their parent
only by the defect. The renderer reads each figure through a named slot; a mutant
overrides one slot (or one model value such as a score), so nothing else moves.

Generation is deterministic: every random draw comes from ``random.Random`` seeded
with ``--seed`` and the profile, and wording choices are hashed from the seed and a
slot name, so running twice writes byte-identical text. ``--render`` also writes
``report.docx``/``report.pdf`` for a representative subset (needs LibreOffice).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml
from synth_profiles import PROFILES
from synthetic.keys import clean_must_not, mutant_must_not
from synthetic.model import build_model
from synthetic.mutation import entry
from synthetic.mutations import mutations
from synthetic.render import render

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "synthetic"
DEFAULT_SEED = 20250601


# ------------------------------------------------------------------- output


def key_yaml(doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)


def generate(seed: int, out: Path) -> list[tuple[str, str, Path]]:
    """Write every report and key; return (id, kind, folder) for each."""
    written: list[tuple[str, str, Path]] = []
    out.mkdir(parents=True, exist_ok=True)
    for profile in PROFILES:
        model = build_model(profile, seed)
        text, slots = render(model)
        base = f"{profile.kind}-{profile.year}"
        must_not = clean_must_not(model, slots)
        expect_clean: list[dict[str, Any]] = []
        if profile.kind == "township":
            expect_clean.append(
                entry("CP001", [], "部门盖章日期留空（年 月 日），有意保留的提示", "info")
            )
        allow = [entry("CP", [], "完整性提示"), entry("YR006", [], "过时表述提示")]
        folder = out / f"{base}-clean"
        write_report(
            folder,
            text,
            {
                "id": f"{base}-clean",
                "kind": profile.kind,
                "report_year": profile.year,
                "defect": "无",
                "expect": expect_clean,
                "must_not": must_not,
                "allow": allow,
            },
        )
        written.append((f"{base}-clean", profile.kind, folder))
        counts: dict[str, int] = {}
        for mutation in mutations(model, slots):
            counts[mutation.code] = counts.get(mutation.code, 0) + 1
            mid = f"{base}-mut-{mutation.code}-{counts[mutation.code]}"
            mtext, _ = render(model, mutation)
            assert mtext != text, mid
            key = {
                "id": mid,
                "kind": profile.kind,
                "report_year": profile.year,
                "defect": mutation.note,
                "expect": expect_clean + mutation.expect,
                "must_not": mutant_must_not(must_not, mutation),
                "allow": allow + mutation.allow,
            }
            write_report(out / mid, mtext, key)
            written.append((mid, profile.kind, out / mid))
    current = {folder.name for _, _, folder in written}
    for child in sorted(out.iterdir()):
        # a case this seed no longer generates (rendered files of current cases are kept)
        if child.is_dir() and (child / "answer_key.yaml").exists() and child.name not in current:
            shutil.rmtree(child)
    return written


def write_report(folder: Path, text: str, key: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.txt").write_text(text, encoding="utf-8")
    (folder / "answer_key.yaml").write_text(key_yaml(key), encoding="utf-8")


# ------------------------------------------------------------------- rendering subset

RENDER_SUBSET = {
    "county-edu-2024": ("clean", "mut-AR001-1", "mut-SC005-1"),
    "township-2023": ("clean", "mut-IC001-1", "mut-AR002-1"),
    "city-drc-2024": ("clean", "mut-AR003-1", "mut-YR002-1"),
    "hospital-2024": ("clean", "mut-IC003-1"),
    "school-2023": ("clean", "mut-SC002-1"),
}


def render_subset(out: Path) -> None:
    """Write report.docx and report.pdf for the representative subset (LibreOffice)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from render_docx import SANS_HEADINGS, DocxStyle, write_docx
    from render_pdf import docx_to_pdf, find_soffice

    from auditor.extract import open_document

    styles = [
        DocxStyle(),
        SANS_HEADINGS,
        DocxStyle(body_size_pt=16, table_size_pt=10.5, margins_cm=(3.0, 2.5, 2.8, 2.6)),
        DocxStyle(
            east_asian_font="Noto Serif CJK SC",
            body_size_pt=12,
            omml_formulas=True,
            first_line_indent_chars=0,
            justify=False,
        ),
    ]
    if find_soffice() is None:
        raise SystemExit("soffice (LibreOffice) not found: cannot render PDFs")
    n = 0
    for base, names in RENDER_SUBSET.items():
        for name in names:
            folder = out / f"{base}-{name}"
            doc = open_document(folder / "report.txt")
            style = styles[n % len(styles)]
            write_docx(doc, folder / "report.docx", style)
            docx_to_pdf(folder / "report.docx", folder / "report.pdf")
            print(f"rendered {folder.name} (DOCX style {n % len(styles)})")
            n += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--render", action="store_true", help="also write DOCX/PDF for the subset (LibreOffice)"
    )
    args = parser.parse_args(argv)
    written = generate(args.seed, args.out)
    kinds: dict[str, int] = {}
    for _, kind, _ in written:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"wrote {len(written)} reports: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    if args.render:
        render_subset(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
