"""Reports in wordings the rules were not written against (issue 12, kinds 6, 11 and 12).

Each clean report in ``tests/fixtures/misses/`` must give no error or warning; each
single-defect mutant listed in ``defects.yaml`` (text replacements on a clean report)
must give exactly the planted finding at those levels, and nothing else (a wrong rate
that also scores its indicator wrongly lists both).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from helpers import TODAY, audit_text, finding_mentions, knowledge

from auditor.engine import audit_file
from auditor.extract.plaintext import parse_text
from auditor.findings import Finding, Severity
from auditor.registry import select
from auditor.runner import RunSettings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from render_docx import DocxStyle, write_docx

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
    expected = _expected(case)
    assert len(found) == len(expected), described
    for finding, expect in zip(sorted(found, key=lambda f: f.rule), expected, strict=True):
        assert finding.rule == expect["rule"], described
        assert all(finding_mentions(finding, v) for v in expect.get("values", [])), described


def _expected(case: dict) -> list[dict]:
    """The planted finding (or the defect's findings, when one defect has two faces)."""
    expect = case["expect"]
    return sorted(expect if isinstance(expect, list) else [expect], key=lambda e: e["rule"])


def _mutant(name: str, case: dict) -> str:
    text = (FOLDER / name).read_text(encoding="utf-8")
    for old, new in case["replace"]:
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(
    "name",
    # One report (and its mutants) in the fast layer; every report in --all.
    [
        n if i == 0 else pytest.param(n, marks=pytest.mark.slow)
        for i, n in enumerate(sorted(DEFECTS))
    ],
)
def test_docx_renderings_give_the_same_findings_through_the_engine(
    name: str, tmp_path: Path
) -> None:
    """As Word files, audited by the engine (grounding included), each report and
    mutant gives the same error/warning rules as its text."""
    settings = RunSettings(checks=tuple(select([])), options={"YR002": {"today": TODAY}})
    variants = [("clean", (FOLDER / name).read_text(encoding="utf-8"), [])]
    variants += [
        (c["name"], _mutant(name, c), [e["rule"] for e in _expected(c)]) for c in DEFECTS[name]
    ]
    for label, text, rules in variants:
        path = tmp_path / f"{label}.docx"
        write_docx(parse_text(text, name), path, DocxStyle())
        result, _ = audit_file(path, knowledge(), settings)
        severe = sorted(f.rule for f in result.findings if f.severity.value in ("error", "warning"))
        assert severe == rules, (label, [f.message for f in result.findings])
