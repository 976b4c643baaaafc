"""Reports in wordings the rules were not written against (issue 12, kinds 6, 11 and 12).

Each clean report in ``tests/fixtures/misses/`` must give no error or warning; each
single-defect mutant listed in ``defects.yaml`` (text replacements on a clean report)
must give exactly the planted finding at those levels, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import audit_text, finding_mentions

from auditor.findings import Finding, Severity

FOLDER = Path(__file__).parent / "fixtures" / "misses"
DEFECTS = yaml.safe_load((FOLDER / "defects.yaml").read_text(encoding="utf-8"))["reports"]


def _severe(text: str) -> list[Finding]:
    return [f for f in audit_text(text) if f.severity in (Severity.ERROR, Severity.WARNING)]


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_clean_report_has_no_error_or_warning(name: str) -> None:
    text = (FOLDER / name).read_text(encoding="utf-8")
    found = _severe(text)
    assert not found, [f"{f.rule} {f.severity.value}: {f.message}" for f in found]


MUTANTS = [(name, case) for name, cases in DEFECTS.items() for case in cases]


@pytest.mark.parametrize(
    ("name", "case"), MUTANTS, ids=[f"{n.split('.')[0]}-{c['name']}" for n, c in MUTANTS]
)
def test_mutant_gives_exactly_the_planted_finding(name: str, case: dict) -> None:
    text = (FOLDER / name).read_text(encoding="utf-8")
    for old, new in case["replace"]:
        assert old in text, f"replacement target missing: {old}"
        text = text.replace(old, new)
    found = _severe(text)
    described = [f"{f.rule} {f.severity.value}: {f.message}" for f in found]
    expect = case["expect"]
    assert len(found) == 1, described
    assert found[0].rule == expect["rule"], described
    assert all(finding_mentions(found[0], v) for v in expect.get("values", [])), described
