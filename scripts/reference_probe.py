"""REF001 precision probe: each report against a reference row made of its own tables.

For every report given, a reference row is built from the report's own whole-department
table figures of the evaluated year (编制数, 实有人数, 收入合计, 支出合计, 基本支出,
项目支出, 三公经费, 固定资产总额 — what a 部门决算 holds), and REF001 is run. A clean report
states each figure once or consistently, so REF001 must stay silent on it; a finding is
a text figure that disagrees with the tables.

    python scripts/reference_probe.py corpus/synthetic/*-clean/report.txt corpus/heldout*/*/report.*
"""

from __future__ import annotations

import sys
from pathlib import Path

import checks
from auditor.engine import load_knowledge
from auditor.extract import open_document
from auditor.read.reading import read
from auditor.reference.apply import attach_reference
from auditor.reference.table import parse_rows
from auditor.registry import select
from auditor.runner import RunSettings, run_checks

HEADERS = {
    "headcount.authorised": "编制数",
    "headcount.actual": "实有人数",
    "income.total": "收入合计",
    "expenditure.total": "支出合计",
    "expenditure.basic": "基本支出",
    "expenditure.project": "项目支出",
    "sangong.total": "三公经费",
    "assets.fixed_total": "固定资产总额",
}


def main(paths: list[str]) -> int:
    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    settings = RunSettings(checks=tuple(select(["REF001"])), raise_errors=True)
    total = 0
    for name in paths:
        reading = read(open_document(Path(name)), knowledge.lexicon, knowledge.framework)
        row: dict[str, str] = {}
        for fact in reading.facts.facts:
            if (
                fact.concept in HEADERS
                and fact.origin == "table"
                and fact.scope.value == "total"
                and not fact.source
                and fact.year == reading.report_year
                and fact.basis.value == "unstated"
            ):
                if fact.figure.kind == "money":
                    row.setdefault(HEADERS[fact.concept] + "（元）", str(fact.value))
                elif fact.figure.kind in ("count", "number"):
                    row.setdefault(HEADERS[fact.concept], str(fact.value))
        if not row:
            print(f"{name}: no whole-department table figures")
            continue
        table = parse_rows(
            [["单位名称", *row], [reading.meta.unit or "?", *row.values()]], knowledge.lexicon
        )
        attach_reference(reading, table)
        findings = run_checks(reading, settings)
        total += len(findings)
        print(f"{name}: {len(row)} columns, {len(findings)} REF001")
        for finding in findings:
            print(f"  {finding.severity.label} {finding.message}")
    print(f"REF001 findings: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
