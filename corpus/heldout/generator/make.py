"""Build the held-out reports: ``/work/venv/bin/python corpus/heldout/generator/make.py [id ...]``.

Each module computes its figures with ``Decimal`` and asserts every relation it states (see
``common.check``), applies its planted defects explicitly (marked ``# PLANT``), and writes
``corpus/heldout/<id>/report.txt`` or ``report.docx`` (+ ``report.pdf`` via LibreOffice).
Answer keys and NOTES.md are written by hand next to the reports.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

REPORTS = [
    "city_health_2024",
    "county_water_2023",
    "district_market_2024",
    "county_civil_2024",
    "township_sichuan_2024",
    "city_school_2023",
]


def main(argv: list[str]) -> int:
    wanted = [a.replace("-", "_") for a in argv] or REPORTS
    for name in wanted:
        module = importlib.import_module(name)
        before = len(common.CHECKS)
        out = module.build()
        print(f"{name}: {out.relative_to(common.ROOT)} ({len(common.CHECKS) - before} relations checked)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
