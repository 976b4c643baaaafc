"""The reviewer's round trip: finding ids, positions, marked-up copies, decisions, versions."""

from __future__ import annotations

import itertools
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


@pytest.mark.slow  # audits the example PDF (the fast layer audits its text and Word files)
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


@pytest.mark.slow  # audits the example PDF
def test_pdf_positions_in_json() -> None:
    for f in audit("corpus/example/report-12pt.pdf").findings:
        for e in f.evidence:
            out = e.to_json()
            assert out["page"] is not None
            assert len(out["bbox"]) == 4  # type: ignore[arg-type]


def test_docx_positions_in_json() -> None:
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
    "rel",
    [
        pytest.param("corpus/example/report-12pt.pdf", marks=pytest.mark.slow),
        pytest.param("corpus/example/report-16pt.pdf", marks=pytest.mark.slow),
        pytest.param("corpus/example/report-reportlab.pdf", marks=pytest.mark.slow),
    ],
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


def _corrected(tmp_path: Path) -> Path:
    """The example resubmitted: two defects fixed, one new error made."""
    text = (EXAMPLE / "report.txt").read_text(encoding="utf-8")
    for old, new in (
        ("人员编制共 58 名", "人员编制共 63 名"),  # IC001 fixed
        ("2023年度预算已按财政要求", "2024年度预算已按财政要求"),  # YR003 fixed
        ("*100%=99.80%", "*100%=89.80%"),  # a new formula error
    ):
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "report-v2.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from auditor.cli import main

    code = main([*args, "--no-progress", "--config", str(ROOT / "pyproject.toml")])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.mark.slow  # audits the example PDF, then its text twice
def test_compare_marks_fixed_remaining_and_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_config: None
) -> None:
    import json

    from auditor.cli import main

    old_json = tmp_path / "old.json"
    assert (
        main(
            [
                str(EXAMPLE / "report-12pt.pdf"),
                "--format",
                "json",
                "-o",
                str(old_json),
                "--no-progress",
            ]
        )
        == 1
    )
    new = _corrected(tmp_path)
    capsys.readouterr()
    code = main([str(new), "--compare", str(old_json), "--format", "json", "--no-progress"])
    assert code == 1
    report = json.loads(capsys.readouterr().out)
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "auditor/schema/report.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(report)
    doc = report["documents"][0]
    assert doc["meta"]["compared_with"] == str(EXAMPLE / "report-12pt.pdf")
    by_status: dict[str, list[str]] = {}
    for f in doc["findings"]:
        by_status.setdefault(f["status"], []).append(f["rule"])
    assert sorted(by_status["已修正"]) == ["IC001", "YR003"]
    assert "AR003" in by_status["新增"]
    # Everything else the old PDF found is still there, found again in the text version.
    assert len(by_status["仍存在"]) == 32 - 2
    # Console and Excel show the same statuses.
    xlsx = tmp_path / "s.xlsx"
    main([str(new), "--compare", str(old_json), "--xlsx", str(xlsx), "--no-progress"])
    out = capsys.readouterr().out
    assert "■ 已修正（2）" in out and "[新增]" in out and "[仍存在]" in out
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx)["问题明细"]
    header = [c.value for c in sheet[1]]
    statuses = [row[header.index("状态")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert statuses.count("已修正") == 2 and statuses.count("新增") >= 1


def test_baseline_dismissal_sticks_across_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_config: None
) -> None:
    import json
    import tomllib

    from auditor.cli import main

    base = tmp_path / "决定.toml"
    assert main([str(EXAMPLE / "report.docx"), "--write-baseline", str(base), "--no-progress"]) == 1
    assert f"已写入 {base}" in capsys.readouterr().err
    text = base.read_text(encoding="utf-8")
    entries = tomllib.loads(text)["finding"]
    # A reviewer dismisses every error but one, confirms that one, saves with Notepad (BOM).
    errors = [e for e in entries if e["severity"] == "错误"]
    keep = errors[0]["id"]
    for e in entries:
        block = f'id = "{e["id"]}"'
        status = "已核实" if e["id"] == keep else "不是问题"
        head, tail = text.split(block, 1)
        tail = tail.replace('status = "待定"', f'status = "{status}"', 1).replace(
            'reason = ""', "reason = “已电话核实”", 1
        )
        text = head + block + tail
    base.write_bytes(
        b"\xef\xbb\xbf"
        + text.replace("reason = “已电话核实”", 'reason = "已电话核实"', 1).encode("utf-8")
    )
    # The resubmission as text: ids match across formats, the decisions apply.
    code = main([str(EXAMPLE / "report.txt"), "--baseline", str(base), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1  # the confirmed error still fails the run
    assert "[已核实]" in out and "错误 1 ·" in out
    assert "标为“不是问题”" in out
    code = main(
        [str(EXAMPLE / "report.txt"), "--baseline", str(base), "--format", "json", "--no-progress"]
    )
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert {f["status"] for f in doc["findings"] if f["id"] != keep} <= {"不是问题"}
    assert len(doc["findings"]) >= len(entries) - 1  # dismissed findings stay in JSON


@pytest.mark.parametrize("width", [60, 80, 100])
def test_console_never_breaks_inside_a_number(width: int) -> None:
    import io
    import re

    from rich.console import Console

    from auditor.render.console import render_result

    buffer = io.StringIO()
    render_result(
        audit("corpus/example/report-12pt.pdf"),
        Console(file=buffer, width=width, color_system=None),
    )
    lines = buffer.getvalue().splitlines()
    for a, b in itertools.pairwise(lines):
        if re.search(r"[\d.,]$", a.rstrip()) and re.match(r"\s*[\d%.]", b):
            if a.rstrip()[-1] in ",.":  # a sentence comma before a number is a fine break
                continue
            pytest.fail(f"number broken across lines:\n{a}\n{b}")
    assert not any(line.lstrip().startswith(("，", "。", "）", "、")) for line in lines)
    assert not re.search(r"\d…", buffer.getvalue())  # no quote cut inside a number


def test_batch_console_progress_summary_and_written_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_config: None
) -> None:
    from auditor.cli import main

    clean = ROOT / "corpus/handwritten/township-2023/report.txt"
    example = EXAMPLE / "report.txt"
    out = tmp_path / "r.json"
    assert main([str(clean), str(example), "--format", "json", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "[1/2]" in captured.err and "[2/2]" in captured.err  # progress even with -o
    assert f"已写入 {out}" in captured.err
    assert "✓" not in next(line for line in captured.err.splitlines() if "example" in line)
    # Console: one summary line per file, most errors first; no detail without --verbose.
    main([str(clean), str(example), "--no-progress"])
    text = capsys.readouterr().out
    assert "审核汇总" in text and "■ 算术" not in text
    rows = [
        line
        for line in text.splitlines()
        if "│" in line and ("example" in line or "township" in line)
    ]
    assert "example" in rows[0] and "township" in rows[1]
    assert "97→88.62" in rows[0] and "优→良" in rows[0]
    main([str(clean), str(example), "--no-progress", "--verbose"])
    assert "■ 算术" in capsys.readouterr().out


def test_excel_links_each_report_to_its_marked_up_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_config: None
) -> None:
    from openpyxl import load_workbook

    from auditor.cli import main

    xlsx = tmp_path / "汇总.xlsx"
    marked = tmp_path / "批注"
    sources = [EXAMPLE / "report.txt", ROOT / "corpus/handwritten/township-2023/report.txt"]
    assert (
        main([*map(str, sources), "--annotate", str(marked), "--xlsx", str(xlsx), "--no-progress"])
        == 1
    )
    err = capsys.readouterr().err
    sheet = load_workbook(xlsx)["汇总"]
    header = [c.value for c in sheet[1]]
    column = header.index("批注副本") + 1
    links = [sheet.cell(row=r, column=column).hyperlink for r in range(2, sheet.max_row + 1)]
    assert all(link is not None for link in links)
    for link in links:
        copy = (xlsx.parent / link.target).resolve()
        assert copy.exists() and copy.suffix == ".docx"
        assert f"已写入 {copy.relative_to(tmp_path.resolve())}" in err or str(copy.name) in err


@pytest.mark.parametrize(
    ("haystack", "value", "found"),
    [
        ("执行率=98.10%", "98.1%", "98.10%"),
        ("共计2,415.05万元", "2415.05", "2,415.05"),
        ("计5.00分", "5", "5.00"),
        ("第15项计5分", "5", "5"),
        ("100%=0/5=0%", "0%", "0%"),
        ("合计2415.051", "2415.05", None),
    ],
)
def test_find_value_tolerates_commas_and_trailing_zeros(
    haystack: str, value: str, found: str | None
) -> None:
    from auditor.render.locate import find_value

    span = find_value(haystack, value)
    assert (haystack[span[0] : span[1]] if span else None) == found


def test_rows_of_a_split_table_are_counted_on_their_page() -> None:
    # Table 8 of the 12 pt PDF runs from page 13 to 14; its total row is the 8th row of
    # the table and the 4th drawn on page 14 (checked on the rendered page).
    total = next(f for f in audit("corpus/example/report-12pt.pdf").findings if f.rule == "SC005")
    cell = next(e for e in total.evidence if e.location.table is not None)
    assert (cell.location.page, cell.location.row, cell.location.page_row) == (14, 8, 4)
    assert "本页第 4 行" in cell.location.describe()
    assert cell.to_json()["page_row"] == 4
    first_page = next(
        e
        for f in audit("corpus/example/report-12pt.pdf").findings
        for e in f.evidence
        if e.location.table is not None and e.location.page_row == e.location.row
    )
    assert "本页" not in first_page.location.describe()
