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


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "rel", ["corpus/example/report-12pt.pdf", "corpus/example/report-16pt.pdf"]
)
def test_pdf_highlights_cover_exactly_the_evidence(rel: str, tmp_path: Path) -> None:
    import pdfplumber
    from pypdf import PdfReader

    from auditor.render.annotate import annotate
    from auditor.render.locate import squeeze_text

    result = audit(rel)
    before = _sha(ROOT / rel)
    out = annotate(ROOT / rel, result, tmp_path)
    assert _sha(ROOT / rel) == before
    assert out.name.endswith("-批注.pdf")
    by_id = {f.id: f for f in result.findings}
    seen: dict[str, list[str]] = {}
    reader = PdfReader(str(out))
    with pdfplumber.open(str(ROOT / rel)) as pdf:
        for number, page in enumerate(reader.pages):
            height = float(page.mediabox.top)
            chars = pdf.pages[number].chars
            for ref in page.get("/Annots") or []:
                annot = ref.get_object()
                if annot.get("/Subtype") != "/Highlight":
                    continue
                q = [float(v) for v in annot["/QuadPoints"]]
                boxes = [
                    (q[i], height - q[i + 1], q[i + 2], height - q[i + 5])
                    for i in range(0, len(q), 8)
                ]
                text = "".join(
                    c["text"]
                    for c in chars
                    if any(
                        x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                        and top <= (c["top"] + c["bottom"]) / 2 <= low
                        for x0, top, x1, low in boxes
                    )
                )
                fid = str(annot["/NM"]).split("#")[0]
                assert str(annot["/Contents"]).startswith(f"【{by_id[fid].rule}")
                seen.setdefault(fid, []).append(squeeze_text(text))
    assert set(seen) == set(by_id)  # every finding marked somewhere
    for fid, texts in seen.items():
        finding = by_id[fid]
        values = sorted(normalize_value(e.value) for e in finding.evidence if e.value)
        marked = sorted(
            normalize_value(t)
            for t in texts
            if t and any(e.value for e in finding.evidence) and normalize_value(t) in values
        )
        assert marked == values, (finding.rule, texts, values)
        quotes = [squeeze_text(e.text.replace("…", "")) for e in finding.evidence if not e.value]
        for t in texts:
            assert normalize_value(t) in values or t == "" or any(t in q for q in quotes), (
                finding.rule,
                t,
            )


def _comment_ranges(path: Path) -> dict[str, tuple[str, bool]]:
    """Comment id → the text between its range start and end, and whether it holds an equation."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    m = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    open_ranges: dict[str, list[str]] = {}
    done: dict[str, tuple[str, bool]] = {}
    for el in root.iter(f"{w}commentRangeStart", f"{w}commentRangeEnd", f"{w}t", f"{m}t"):
        if el.tag == f"{w}commentRangeStart":
            open_ranges[el.get(f"{w}id")] = []
        elif el.tag == f"{w}commentRangeEnd":
            parts = open_ranges.pop(el.get(f"{w}id"))
            done[el.get(f"{w}id")] = (
                "".join(p.lstrip("\0") for p in parts),
                any(p.startswith("\0") for p in parts),
            )
        elif el.tag == f"{m}t":
            for parts in open_ranges.values():
                parts.append("\0" + (el.text or ""))
        else:
            for parts in open_ranges.values():
                parts.append(el.text or "")
    return done


@pytest.mark.parametrize(
    "rel",
    ["corpus/example/report.docx", "corpus/example/report.txt", "corpus/example/report-alt.docx"],
)
def test_docx_one_comment_per_finding_on_its_characters(rel: str, tmp_path: Path) -> None:
    import docx

    from auditor.render.annotate import annotate
    from auditor.render.locate import squeeze_text
    from auditor.render.notes import primary_order

    result = audit(rel)
    before = _sha(ROOT / rel)
    out = annotate(ROOT / rel, result, tmp_path)
    assert _sha(ROOT / rel) == before
    assert out.suffix == ".docx"
    word = docx.Document(str(out))  # opens
    comments = list(word.comments)
    assert len(comments) == len(result.findings)
    ranges = _comment_ranges(out)
    assert len(ranges) == len(result.findings)
    exact = 0
    for comment, finding in zip(comments, result.findings, strict=True):
        assert comment.text.startswith(f"【{finding.rule}")
        assert finding.id in comment.text
        first = primary_order(finding)[0] if finding.evidence else None
        text, equation = ranges[str(comment.comment_id)]
        covered = squeeze_text(text)
        if first is not None and first.value:
            if equation:  # a Word equation is covered whole
                assert squeeze_text(first.value) in covered, (finding.rule, covered, first.value)
                continue
            assert normalize_value(covered) == normalize_value(first.value), (
                finding.rule,
                covered,
                first.value,
            )
            exact += 1
    assert exact >= 20
