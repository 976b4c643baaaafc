"""Run the layout and phrasing fuzzer and print which dimension values make the tool fail.

Run from the repository root::

    .venv/bin/python scripts/fuzz_reports.py --cases 3000 --seed 12 [--out fuzz-out]
        [--formats txt,docx,pdf] [--sample 6] [--write-gaps tests/fuzz/known_gaps.yaml]

Every case is a complete text report composed from independent choices (see
``tests/fuzz/dimensions.py``), clean or with one planted defect, audited in-process.
Each failure (an error on a clean report, a planted defect not found, another error
beside it) is shrunk to the non-default dimension values it needs; failures are
grouped by kind and those values, and one minimal reproducer per group is written to
``--out`` (``<group>.txt`` plus ``<group>.yaml`` with the case and the findings).
``--formats`` also renders a sample of cases to DOCX (python-docx) and PDF (reportlab)
and checks that the three formats give the same findings. ``--write-gaps`` rewrites
the known-gaps list the test ``tests/test_fuzz_reports.py`` checks.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fuzz.dimensions import DEFAULTS, DIMENSIONS  # noqa: E402
from fuzz.run import Case, Group, Outcome, build, evaluate, iter_cases, run  # noqa: E402

FAMILIES = {
    "AR": ("table_part", "text_part", "rate_wrong"),
    "IC": ("restated", "restated_amount"),
    "SC": ("score_over_max", "score_vs_rule", "total_vs_sum", "grade_wrong"),
    "YR": ("title_year", "sign_date"),
}
"""Which planted defects test which rule family."""


def slug(group: Group) -> str:
    dims = "-".join(f"{k}={v}" for k, v in sorted(group.dims.items())) or "default"
    return f"{group.kind.replace(':', '-')}__{dims}"


def write_reproducers(out: Outcome, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for group in out.groups:
        built = build(group.reproducer)
        verdict = evaluate(group.reproducer)
        if built is None or verdict is None:
            continue
        name = slug(group)
        (folder / f"{name}.txt").write_text(built.text, encoding="utf-8")
        info: dict[str, Any] = {
            "kind": group.kind,
            "dims": group.dims,
            "cases": group.cases,
            "case": group.reproducer.to_yaml(),
            "planted": built.planted.description if built.planted else None,
            "findings": list(verdict.findings),
        }
        (folder / f"{name}.yaml").write_text(
            yaml.safe_dump(info, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )


def print_table(out: Outcome) -> None:
    per_1000 = out.seconds / max(out.cases, 1) * 1000
    print(
        f"\n{out.cases} cases, {out.failing_cases} with a failure "
        f"({out.failing_cases / max(out.cases, 1):.0%}), {out.seconds:.0f} s ({per_1000:.0f} s per 1000; "
        f"CPU {out.cpu_seconds / max(out.cases, 1) * 1000:.0f} s per 1000)"
    )
    kinds_of: dict[Case, set[str]] = {}
    for case, kind in out.failures:
        kinds_of.setdefault(case, set()).add(kind)
    clean = out.per_defect.get("none", Counter())["cases"]
    clean_erring = sum(1 for c in kinds_of if c.defect == "none")
    print(f"\nClean reports with no error-level finding: {clean - clean_erring}/{clean}")
    errors_on_clean = Counter(
        family
        for c, ks in kinds_of.items()
        if c.defect == "none"
        for family in {k.split(":")[1][:2] for k in ks if k.startswith("false_error:")}
    )
    print(
        "  clean reports with an error, per family: "
        + (", ".join(f"{fam} {n}" for fam, n in sorted(errors_on_clean.items())) or "none")
    )
    print("Planted defects found (rule and value), and found with no other error, per family:")
    for family, defects in FAMILIES.items():
        n = sum(out.per_defect.get(d, Counter())["cases"] for d in defects)
        missed = sum(
            n
            for d in defects
            for k, n in out.per_defect.get(d, Counter()).items()
            if k == f"missed:{d}" or k.startswith(f"missed:{d}@")
        )
        alone = n - sum(1 for c in kinds_of if c.defect in defects)
        print(f"  {family}  found {n - missed}/{n}  ·  found and nothing else {alone}/{n}")
    print("\nPer defect (cases, failing kinds):")
    for defect, counts in sorted(out.per_defect.items()):
        kinds = ", ".join(f"{k} {n}" for k, n in counts.most_common() if k != "cases")
        print(f"  {defect:<15} {counts['cases']:>5}  {kinds or 'all pass'}")
    print(
        "\nFailure groups (kind · dimension values it needs · cases explained · reproducer; "
        "a case whose values match several groups counts in each):"
    )
    for group in sorted(out.groups, key=lambda g: (-g.cases, g.kind)):
        print(f"  {group.kind:<24} {group.label:<60} {group.cases:>5}  {slug(group)}.txt")
    print(
        "\nPer dimension value: cases drawn with it, and cases failing because of it "
        "(a failure whose group needs this value); 0 = the value works:"
    )
    blamed: dict[tuple[str, str], set[Case]] = {}
    for case, kind in out.failures:
        for group in out.groups:
            if group.explains(kind, case):
                for dim_value in group.dims.items():
                    blamed.setdefault(dim_value, set()).add(case)
    for dim, values in DIMENSIONS.items():
        cells = []
        for value in values:
            n = out.per_value.get((dim, value), Counter())["cases"]
            cells.append(f"{value} {len(blamed.get((dim, value), ()))}/{n}")
        print(f"  {dim:<15} " + " · ".join(cells))


def check_formats(cases: list[Case], formats: list[str], out_dir: Path) -> int:
    """Render each case to the other formats; count cases whose findings differ.

    A case that differs is kept in ``out_dir`` (``formats-<seed>.txt`` and the
    renderings) so the difference can be reproduced.
    """
    from fuzz.formats import audit_format, summary, write_format

    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            built = build(case)
            if built is None:
                continue
            seen = {fmt: summary(audit_format(built, fmt, Path(tmp))) for fmt in ["txt", *formats]}
            same = all(v == seen["txt"] for v in seen.values())
            if not same:
                differing += 1
                out_dir.mkdir(parents=True, exist_ok=True)
                (out_dir / f"formats-{case.seed}.txt").write_text(built.text, encoding="utf-8")
                for fmt in formats:
                    if fmt != "txt":
                        write_format(built, fmt, out_dir / f"formats-{case.seed}.{fmt}")
            print(
                f"  seed {case.seed} ({case.defect}; {case.non_default()}): "
                + ("same findings in " + ", ".join(seen) if same else f"DIFFER {seen}")
            )
    return differing


def write_gaps(out: Outcome, path: Path, reproducers: Path) -> None:
    gaps = []
    for group in sorted(out.groups, key=lambda g: (g.kind, g.label)):
        built = build(group.reproducer)
        gaps.append(
            {
                "kind": group.kind,
                "dims": group.dims,
                "cases": group.cases,
                "reproducer": group.reproducer.to_yaml(),
                "text": str((reproducers / f"{slug(group)}.txt").relative_to(ROOT))
                if (reproducers / f"{slug(group)}.txt").is_relative_to(ROOT)
                else f"{slug(group)}.txt",
                "planted": built.planted.description if built and built.planted else None,
            }
        )
    header = (
        "# Known gaps of the reading layer found by the fuzzer (scripts/fuzz_reports.py).\n"
        "# Each entry: a failure kind, the dimension values it needs, how many cases of the\n"
        "# measuring run it explained, and a minimal reproducer (seed + non-default dims).\n"
        "# tests/test_fuzz_reports.py fails on a failure no entry explains, and reports an\n"
        "# XPASS (a failure) for an entry whose reproducer passes: then remove the entry.\n"
    )
    path.write_text(
        header + yaml.safe_dump(gaps, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, default=Path("fuzz-out"))
    parser.add_argument("--formats", default="txt")
    parser.add_argument("--sample", type=int, default=6, help="cases rendered to DOCX/PDF")
    parser.add_argument("--write-gaps", type=Path, default=None)
    parser.add_argument(
        "--no-shrink", action="store_true", help="count failures only; no groups or reproducers"
    )
    args = parser.parse_args(argv)
    print(f"dimensions: {len(DIMENSIONS)}; defaults: {DEFAULTS}")
    cases = list(iter_cases(args.cases, args.seed))
    out = run(cases, progress=True, shrink_new=not args.no_shrink)
    print_table(out)
    write_reproducers(out, args.out)
    print(f"\nreproducers written to {args.out}/")
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    if any(f != "txt" for f in formats):
        print(f"\nFormats ({', '.join(formats)}) on {args.sample} cases:")
        differing = check_formats(cases[: args.sample], formats, args.out)
        print(f"  {differing} of {args.sample} cases differ between formats")
    if args.write_gaps:
        write_gaps(out, args.write_gaps, args.out.resolve())
        print(f"known gaps written to {args.write_gaps}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
