"""Every rule's docstring is its spec, and its Fails/Passes examples are executed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from helpers import audit_text

import checks  # noqa: F401  (registers rules)
from auditor.registry import DOC_SECTIONS, FAMILIES, all_checks, family_of

SPECS = all_checks()
ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("spec", SPECS, ids=[s.code for s in SPECS])
def test_docstring_has_every_section(spec) -> None:
    for heading in DOC_SECTIONS:
        assert spec.doc_section(heading), f"{spec.code} docstring lacks {heading}"
    assert spec.summary and spec.title and spec.source


@pytest.mark.parametrize("spec", SPECS, ids=[s.code for s in SPECS])
def test_fails_example_is_reported(spec) -> None:
    findings = audit_text(spec.doc_section("Fails:"), rules=[spec.code])
    assert any(f.rule == spec.code for f in findings), f"{spec.code}: Fails example not reported"


@pytest.mark.parametrize("spec", SPECS, ids=[s.code for s in SPECS])
def test_passes_example_is_silent(spec) -> None:
    findings = audit_text(spec.doc_section("Passes:"), rules=[spec.code])
    assert not [f for f in findings if f.rule == spec.code], [f.message for f in findings]


def test_codes_names_and_modules_agree() -> None:
    modules = {
        "AR": "arithmetic",
        "IC": "consistency",
        "SC": "scoring",
        "YR": "years",
        "CP": "completeness",
        "REF": "reference",
    }
    names = [s.name for s in SPECS]
    assert len(set(names)) == len(names)
    for spec in SPECS:
        assert re.fullmatch(r"(?:[A-Z]{2}|REF)\d{3}", spec.code)
        family = family_of(spec.code)
        assert spec.category == FAMILIES[family]
        assert spec.function.__module__ == f"checks.{modules[family]}"
        assert not spec.name.startswith(("check-", "ensure-", "no-")), spec.name


def test_every_rule_has_a_fixture_with_pass_and_fail() -> None:
    import yaml

    for spec in SPECS:
        path = ROOT / "tests" / "fixtures" / "checks" / f"{spec.code}.yaml"
        assert path.exists(), f"missing fixture {path.name}"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        kinds = {c["name"].split("_")[0] for c in cases}
        assert {"pass", "fail"} <= kinds, f"{spec.code} needs pass_ and fail_ cases"


def test_auditor_never_imports_checks_except_cli() -> None:
    for path in (ROOT / "auditor").rglob("*.py"):
        if path.name == "cli.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not any(a.name.split(".")[0] == "checks" for a in node.names), path
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] != "checks", path
