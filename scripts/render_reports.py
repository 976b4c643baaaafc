"""Regenerate ``reports/``: every corpus file's audit as the console shows it and as JSON.

A reader sees what the tool says on every corpus file without running it one by one.
``reports/`` is not committed (it is derived output: every rule change rewrote hundreds of
files); regenerate it when you want to read or diff the audits. Output is deterministic: no timings, a fixed
"today" for the date rule, paths relative to the repository.

    python scripts/render_reports.py            # rewrite reports/
    python scripts/render_reports.py --check    # exit 1 if reports/ is stale
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import logging
import sys
from pathlib import Path

from rich.console import Console

import checks
from auditor.engine import Knowledge, audit_file, load_knowledge
from auditor.extract import SUPPORTED_SUFFIXES
from auditor.registry import select
from auditor.render.console import plain_text, render_result
from auditor.render.json_report import build_report
from auditor.runner import RunSettings

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
TODAY = "2026-11-26"
MAX_BYTES = 5 * 1024 * 1024
SKIP_NAMES = {"NOTES.md", "README.md", "READING_ISSUES.md", "RESULTS.md", "answer_key.yaml"}


def corpus_files() -> list[Path]:
    """Every auditable corpus file (big generated stress files excluded)."""
    out = []
    for path in sorted((ROOT / "corpus").rglob("*")):
        if not path.is_file() or path.name in SKIP_NAMES or path.name.startswith("."):
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES and "broken" not in path.parts:
            continue
        if path.stat().st_size > MAX_BYTES:
            continue
        out.append(path)
    return out


def report_name(path: Path) -> str:
    """``corpus/example/report.txt`` → ``example__report.txt``."""
    return "__".join(path.relative_to(ROOT / "corpus").parts)


@functools.cache
def _setup() -> tuple[Knowledge, RunSettings]:
    """The lexicon, framework and rules, loaded once for all files."""
    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    return knowledge, RunSettings(checks=tuple(select()), options={"YR002": {"today": TODAY}})


def render(path: Path) -> tuple[str, str]:
    """Console text and JSON for one file."""
    knowledge, settings = _setup()
    rel = str(path.relative_to(ROOT))
    result, _ = audit_file(path, knowledge, settings, source=rel)
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None, force_terminal=False, record=False)
    render_result(result, console, show_time=False)
    text = plain_text(buffer.getvalue())

    payload = build_report([result])
    payload["tool"]["version"] = "reports"
    return text, json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    for noisy in ("pdfminer", "pdfplumber"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check that reports/ is current")
    args = parser.parse_args(argv)
    expected: dict[str, str] = {}
    for path in corpus_files():
        text, data = render(path)
        name = report_name(path)
        expected[f"{name}.txt"] = text
        expected[f"{name}.json"] = data
    existing = {p.name: p.read_text(encoding="utf-8") for p in REPORTS.glob("*.txt")} | {
        p.name: p.read_text(encoding="utf-8") for p in REPORTS.glob("*.json")
    }
    stale = sorted(k for k in expected if existing.get(k) != expected[k])
    extra = sorted(k for k in existing if k not in expected)
    if args.check:
        for name in stale + extra:
            print(f"stale: reports/{name}")
        return 1 if stale or extra else 0
    REPORTS.mkdir(exist_ok=True)
    for name in extra:
        (REPORTS / name).unlink()
    for name, content in expected.items():
        (REPORTS / name).write_text(content, encoding="utf-8")
    print(f"wrote {len(expected)} files to reports/ ({len(stale)} changed, {len(extra)} removed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
