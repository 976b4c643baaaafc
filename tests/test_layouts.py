"""New layouts of issue 12 (``tests/fixtures/layouts/``): read by their own arithmetic.

Each layout has a clean report, which must give no arithmetic (AR) or scoring (SC)
error, and a copy with one planted defect, whose expected findings must appear.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import audit_text, finding_mentions

from auditor.findings import Severity

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
CASES = sorted(p for p in LAYOUTS.iterdir() if (p / "answer_key.yaml").exists())


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_layout(case: Path) -> None:
    key = yaml.safe_load((case / "answer_key.yaml").read_text(encoding="utf-8"))
    findings = audit_text((case / "report.txt").read_text(encoding="utf-8"))
    if case.name.endswith("-clean"):
        errors = [
            f.message
            for f in findings
            if f.rule[:2] in ("AR", "SC") and f.severity is Severity.ERROR
        ]
        assert errors == []
    for expected in key.get("expect") or []:
        assert any(
            f.rule == expected["rule"]
            and all(finding_mentions(f, str(v)) for v in expected.get("values", []))
            for f in findings
        ), expected
