"""Run every rule's YAML cases: mini reports that must or must not produce findings.

Each file ``tests/fixtures/checks/<CODE>.yaml`` holds ``pass_*`` and ``fail_*`` cases
written in other departments' words and layouts. A case lists the findings of that
rule it expects (by values they must mention and, optionally, severity); a pass case
expects none. Numbers are matched by value and texts as whole quotes (``tests/helpers.py``),
and each expected value is checked to be able to fail. Only the case's rule runs, with the rules listed in ``also_run`` (a rule
that defers a case to another reports it itself when the other does not run).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import audit_text, finding_mentions, near_misses

FIXTURES = Path(__file__).parent / "fixtures" / "checks"


def _cases() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            out.append((data["rule"], case))
    return out


CASES = _cases()


@pytest.mark.parametrize(("code", "case"), CASES, ids=[f"{c}-{case['name']}" for c, case in CASES])
def test_case(code: str, case: dict) -> None:
    findings = [
        f
        for f in audit_text(
            case["doc"], rules=[code, *case.get("also_run", [])], options=case.get("options")
        )
        if f.rule == code
    ]
    expected = case.get("expect") or []
    described = [f"{f.severity.value}: {f.message}" for f in findings]
    assert len(findings) == len(expected), described
    unmatched = list(findings)
    for exp in expected:
        match = next(
            (
                f
                for f in unmatched
                if all(finding_mentions(f, v) for v in exp.get("values", []))
                and (not exp.get("severity") or f.severity.value == exp["severity"])
            ),
            None,
        )
        assert match is not None, f"expected {exp} in {described}"
        unmatched.remove(match)
        # The case can fail: a finding stating a value next to the expected one does not match.
        for value in exp.get("values", []):
            for wrong in near_misses(str(value), match):
                assert not finding_mentions(match, wrong), f"{value!r} also matches {wrong!r}"
