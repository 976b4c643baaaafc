"""Issue 17's acceptance run: the example report scanned, audited by OCR, against the text PDF.

Usage::

    python scripts/ocr_acceptance.py [--out DIR] [--pages 1-27] [--json out.json] [--dump]

Builds two image-only copies of ``corpus/example/report-12pt.pdf`` with
``scripts/make_scanned.py`` (200 dpi; the second turned 0.7° with scanner grain and a
red seal over the signature block), audits the text PDF and both scans in-process
(``scripts/quality.py``'s fixed "today"), and reports for each scan:

* the defects of the answer key the text PDF finds (rule and values), and how many of
  them the scan finds too (severity aside: an error resting on an uncertain OCR
  reading is deliberately a warning), and how many with the same severity;
* every error-level finding of the scan that the text PDF has no error for (same rule,
  every number of the scan's finding among the text finding's numbers): must be none;
* seconds per OCR'd page and the peak memory of the process.

``--dump`` writes each audit's JSON next to its scan (``DIR/<copy>.audit.json``), to
trace a misreading without auditing the scan again.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from make_scanned import make_scanned, parse_pages  # noqa: E402
from quality import Searchable, audit_one, entry_matches  # noqa: E402

EXAMPLE = ROOT / "corpus" / "example"
SOURCE = EXAMPLE / "report-12pt.pdf"
COPIES: dict[str, dict[str, Any]] = {
    "scan-200dpi": {"dpi": 200},
    "scan-skewed-sealed": {"dpi": 200, "skew": 0.7, "noise": 10.0, "seal": True},
}


def found_defects(result: dict[str, Any], entries: list[dict[str, Any]]) -> list[int]:
    """Indexes of key entries some finding matches (one finding per entry, greedy)."""
    found = [Searchable(f) for f in result.get("findings", [])]
    used: set[int] = set()
    hits: list[int] = []
    for i, entry in enumerate(entries):
        for j, s in enumerate(found):
            if j not in used and entry_matches(entry, s):
                used.add(j)
                hits.append(i)
                break
    return hits


def new_errors(scan: dict[str, Any], text: dict[str, Any]) -> list[dict[str, Any]]:
    """Errors of the scan that no error of the text PDF backs."""
    text_errors = [Searchable(f) for f in text["findings"] if f["severity"] == "error"]
    out = []
    for f in scan["findings"]:
        if f["severity"] != "error":
            continue
        mine = Searchable(f)
        if not any(
            t.finding["rule"] == f["rule"] and mine.numbers <= t.numbers for t in text_errors
        ):
            out.append(f)
    return out


def loose(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k != "severity"}


def compare(scan: dict[str, Any], text: dict[str, Any], key: dict[str, Any]) -> dict[str, Any]:
    expect = [e for e in key.get("expect") or [] if e.get("severity") != "info"]
    base = found_defects(text, expect)
    defects = [expect[i] for i in base]
    exact = found_defects(scan, defects)
    any_severity = found_defects(scan, [loose(e) for e in defects])
    missing = [defects[i] for i in range(len(defects)) if i not in any_severity]
    return {
        "text_defects": len(defects),
        "found": len(any_severity),
        "found_same_severity": len(exact),
        "missing": [f"{e['rule']} {e.get('values')}" for e in missing],
        "new_errors": [f"{f['rule']} {f['message']}" for f in new_errors(scan, text)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/auditor-ocr-acceptance"))
    parser.add_argument("--pages", help="pages of the example to scan (default: all)")
    parser.add_argument("--copies", default=",".join(COPIES))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--dump", action="store_true", help="keep each audit's JSON in --out")
    args = parser.parse_args(argv)
    key = yaml.safe_load((EXAMPLE / "answer_key.yaml").read_text(encoding="utf-8"))
    import pypdfium2 as pdfium

    count = len(pdfium.PdfDocument(str(SOURCE)))
    pages = parse_pages(args.pages, count)
    text = audit_one(str(SOURCE))
    report: dict[str, Any] = {}
    for name in args.copies.split(","):
        target = args.out / f"{name}.pdf"
        if not target.exists():
            make_scanned(SOURCE, target, pages=pages, **COPIES[name])
        started = time.perf_counter()
        scan = audit_one(str(target))
        seconds = time.perf_counter() - started
        if args.dump:
            dump = args.out / f"{name}.audit.json"
            dump.write_text(json.dumps(scan, ensure_ascii=False, indent=1), encoding="utf-8")
        summary = compare(scan, text, key)
        summary["seconds_per_page"] = round(seconds / len(pages), 2)
        summary["status"] = scan.get("status")
        report[name] = summary
        print(name, json.dumps(summary, ensure_ascii=False, indent=1), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["peak_memory_mb"] = round(peak)
    print(f"peak memory {peak:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
