"""The reviewer's round trip: finding ids, positions, marked-up copies, decisions, versions."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

import checks
from auditor.engine import DocumentResult, audit_file, load_knowledge
from auditor.findings import Evidence, Finding, Severity
from auditor.identity import normalize_value, stamp_ids, value_offset
from auditor.model import Location
from auditor.registry import select
from auditor.runner import RunSettings

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "corpus" / "example"


@lru_cache(maxsize=8)
def audit(rel: str) -> DocumentResult:
    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    settings = RunSettings(checks=tuple(select()), options={"YR002": {"today": "2026-11-26"}})
    result, _ = audit_file(ROOT / rel, knowledge, settings, source=rel)
    assert result.status == "ok"
    return result


def test_same_defect_same_id_in_pdf_and_docx() -> None:
    pdf = {f.id: f for f in audit("corpus/example/report-12pt.pdf").findings}
    docx = {f.id: f for f in audit("corpus/example/report.docx").findings}
    assert len(pdf) == len(audit("corpus/example/report-12pt.pdf").findings)  # unique
    # Every defect found in the PDF is found with the same id in the DOCX.
    assert set(pdf) <= set(docx), sorted(set(pdf) - set(docx))
    for fid, finding in pdf.items():
        assert docx[fid].rule == finding.rule
        assert (docx[fid].expected, docx[fid].found) == (finding.expected, finding.found)


def test_id_ignores_location_but_not_quantities() -> None:
    def finding(page: int, value: str) -> Finding:
        return Finding(
            rule="AR001",
            name="x-y",
            category="arithmetic",
            severity=Severity.ERROR,
            message=f"第 {page} 页",
            evidence=(Evidence(Location(page=page), f"合计{value}万元", value, "合计"),),
            expected="10",
            found=value,
        )

    a, b, c = (
        stamp_ids([finding(3, "2,415.05")])[0],
        stamp_ids([finding(9, "2415.05")])[0],
        stamp_ids([finding(3, "2415.06")])[0],
    )
    assert a.id == b.id
    assert a.id != c.id
    twice = stamp_ids([finding(3, "1"), finding(4, "1")])
    assert twice[0].id != twice[1].id


@pytest.mark.parametrize(
    ("text", "value", "at"),
    [
        ("*100%=0/1152.29=0%", "0", 6),
        ("*100%=0/1152.29=0%", "0%", 16),
        ("共3人，3.5万", "3", 1),
        ("计3分", "3", 1),
    ],
)
def test_value_offset_skips_digits_of_longer_numbers(text: str, value: str, at: int) -> None:
    assert value_offset(text, value) == at


def test_normalize_value() -> None:
    assert normalize_value("2,415.05") == normalize_value("2415.050") == "2415.05"
    assert normalize_value("１００％") == "100%"


def test_positions_in_json() -> None:
    for f in audit("corpus/example/report-12pt.pdf").findings:
        for e in f.evidence:
            out = e.to_json()
            assert out["page"] is not None
            assert len(out["bbox"]) == 4  # type: ignore[arg-type]
    docx = audit("corpus/example/report.docx")
    seen_paragraph = False
    for f in docx.findings:
        for e in f.evidence:
            out = e.to_json()
            assert out.get("heading_path") or out.get("table") == 1, out
            seen_paragraph |= "paragraph" in out
    assert seen_paragraph
