"""Scanned pages read by OCR (issue 17).

The pieces (figure shapes, line assembly, ruled tables, seals, skew, garbage text
layers, demotion of errors resting on unsure readings) are tested on images drawn
here, without the engine. The engine itself runs in the ``slow`` layer on a few
pages of the example report scanned by ``scripts/make_scanned.py``: a mixed PDF
(text pages with scanned score-sheet and signature pages) audited as one document.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from auditor.extract.ocr import ocr_available
from auditor.extract.ocr.engine import TextBox
from auditor.extract.ocr.figures import figure_confidence, figure_doubts, is_uncertain
from auditor.extract.ocr.ink import SEAL_MARK, seal_centres, sealed_lines
from auditor.extract.ocr.lines import Line, cell_text, group_lines
from auditor.extract.ocr.page import OcrCell, doubt_gapped_columns
from auditor.extract.ocr.render import skew_angle
from auditor.extract.ocr.tables import find_grids, place_boxes
from auditor.findings import Evidence, Finding, Severity
from auditor.model import Location
from auditor.ocr_evidence import temper

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example" / "report-12pt.pdf"
sys.path.insert(0, str(ROOT / "scripts"))


def box(text: str, x0: float, top: float, x1: float, bottom: float, score: float = 0.99) -> TextBox:
    return TextBox(text, x0, top, x1, bottom, score)


# ----------------------------------------------------------------- figure shapes


@pytest.mark.parametrize(
    "text",
    ["合计2,415.05万元", "完成率96.18%", "63名", "362.9/377.3=96.18%", "2024年5月29日"],
)
def test_well_formed_figures_raise_no_doubt(text: str) -> None:
    assert figure_doubts(text) == []
    assert figure_confidence(text, 0.97) == 0.97


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("合计2,4l5.05", "易混字母"),
        ("共计1O5人", "易混字母"),
        ("362。9万元", "。"),
        ("2,41505万元", "千分位"),
        ("96.1.8%", "两个小数点"),
    ],
)
def test_misshapen_figures_are_uncertain(text: str, doubt: str) -> None:
    assert any(doubt in d for d in figure_doubts(text))
    assert figure_confidence(text, 0.99) == 0.0
    assert is_uncertain(figure_confidence(text, 0.99))


def test_text_without_figures_is_certain_and_low_scores_are_not() -> None:
    assert figure_confidence("整体支出评价真实", 0.3) == 1.0
    assert is_uncertain(figure_confidence("编制63名", 0.6))
    assert not is_uncertain(None)  # a text layer is not OCR


# ----------------------------------------------------------------- lines and cells


def test_boxes_on_one_row_form_a_line_read_left_to_right() -> None:
    boxes = [
        box("15080878", 600, 102, 700, 130),
        box("联系电话", 300, 100, 400, 131),
        box("第二行", 300, 150, 380, 180),
    ]
    lines = group_lines(boxes)
    assert [ln.text for ln in lines] == ["联系电话 15080878", "第二行"]
    assert lines[0].x0 == 300 and lines[0].x1 == 700


def test_cell_text_joins_lines_and_keeps_the_lowest_figure_confidence() -> None:
    text, confidence = cell_text([box("1242.39", 10, 40, 90, 60, 0.7), box("项目", 10, 0, 50, 30)])
    assert text == "项目\n1242.39"
    assert confidence == 0.7


# ----------------------------------------------------------------- ruled tables


def _table_image() -> np.ndarray:
    """3 rows × 3 columns; the first column's last two rows merged."""
    image = np.full((400, 700), 255, np.uint8)
    xs, ys = [50, 250, 450, 650], [50, 150, 250, 350]
    for y in ys:
        cv2.line(image, (xs[0], y), (xs[-1], y), 0, 2)
    for x in xs:
        cv2.line(image, (x, ys[0]), (x, ys[-1]), 0, 2)
    image[248:253, 52:248] = 255  # no rule between rows 2 and 3 in column 1: merged
    return image


def test_ruled_table_is_rebuilt_with_its_merged_cell() -> None:
    grids = find_grids(_table_image(), tolerance=8)
    assert len(grids) == 1
    grid = grids[0]
    spans = sorted((c.row, c.col, c.rowspan, c.colspan) for c in grid.cells)
    assert (1, 0, 2, 1) in spans
    assert len(grid.cells) == 8
    outside = place_boxes(grids, [box("合计", 80, 280, 150, 320), box("正文", 60, 370, 120, 395)])
    merged = next(c for c in grid.cells if c.rowspan == 2)
    assert [b.text for b in merged.boxes] == ["合计"]
    assert [b.text for b in outside] == ["正文"]


def test_lone_rules_are_not_tables() -> None:
    image = np.full((300, 600), 255, np.uint8)
    cv2.line(image, (50, 100), (550, 100), 0, 2)  # a separator
    cv2.rectangle(image, (100, 150), (400, 250), 0, 2)  # a text frame: one cell
    assert find_grids(image, tolerance=8) == []


def test_a_figure_column_with_a_gap_is_uncertain() -> None:
    cells = [
        OcrCell(r, 1, 1, 1, t, (0, 0, 1, 1), 1.0)
        for r, t in enumerate(["得分", "8", "", "19", "97"])
    ]
    cells.append(OcrCell(1, 0, 1, 1, "自评通知", (0, 0, 1, 1), 1.0))
    out = doubt_gapped_columns(cells)
    assert all(is_uncertain(c.confidence) for c in out if c.col == 1 and c.text[:1].isdigit())
    assert not is_uncertain(next(c for c in out if c.col == 0).confidence)
    whole = [OcrCell(r, 1, 1, 1, t, (0, 0, 1, 1), 1.0) for r, t in enumerate(["8", "19", "97"])]
    assert doubt_gapped_columns(whole) == whole


# ----------------------------------------------------------------- seals and skew


def _line(text: str, top: float) -> Line:
    return Line(text, 100, top, 500, top + 30, 1.0, (box(text, 100, top, 500, top + 30),))


def test_a_red_seal_signs_the_lines_through_its_core_only() -> None:
    image = np.full((800, 800, 3), 255, np.uint8)
    cv2.circle(image, (300, 400), 150, (30, 30, 220), 8)  # BGR red ring
    cv2.circle(image, (300, 400), 40, (30, 30, 220), -1)
    lines = [
        _line("评价组组长（签字）：", 150),
        _line("部门（单位）负责人（签字）：", 350),
        _line("部门（单位）（盖章）：", 390),
        _line("财政部门归口业务股室负责人（签字）：", 520),
        _line("整体支出评价真实、合理有效。", 400),
    ]
    seals = seal_centres(image, dpi=200)
    assert len(seals) == 1
    assert sealed_lines(lines, seals) == {1, 2}
    assert seal_centres(np.full((400, 400, 3), 255, np.uint8), dpi=200) == []
    assert SEAL_MARK.startswith("（")


@pytest.mark.parametrize("angle", [0.0, 0.7, -0.9])
def test_skew_is_measured_from_the_rows_of_ink(angle: float) -> None:
    image = np.full((1400, 1000), 255, np.uint8)
    for y in range(100, 1300, 40):
        cv2.rectangle(image, (100, y), (900, y + 14), 0, -1)
    matrix = cv2.getRotationMatrix2D((500, 700), angle, 1.0)
    turned = cv2.warpAffine(image, matrix, (1000, 1400), borderValue=255)
    assert skew_angle(turned) == pytest.approx(-angle, abs=0.15)


# ----------------------------------------------------------------- findings on OCR text


def _finding(ocr: float | None) -> Finding:
    return Finding(
        rule="IC001",
        name="x",
        category="consistency",
        severity=Severity.ERROR,
        message="编制数前后不一致",
        evidence=(Evidence(Location(page=2, bbox=(1, 2, 3, 4), ocr=ocr), "63", "63", "多数值"),),
    )


def test_an_error_resting_on_an_uncertain_ocr_figure_is_a_warning() -> None:
    (tempered,) = temper([_finding(0.4)])
    assert tempered.severity is Severity.WARNING
    assert tempered.confidence == "low"
    assert "扫描识别" in tempered.message
    assert temper([_finding(0.99)])[0].severity is Severity.ERROR
    assert temper([_finding(None)])[0].severity is Severity.ERROR


def test_ocr_evidence_says_so_with_its_image_box() -> None:
    loc = Location(page=2, bbox=(90.0, 300.0, 160.0, 320.0), table=1, row=3, col=2, ocr=0.97)
    assert loc.describe() == "第 2 页 表 1 第 3 行第 2 列（扫描识别）"
    assert loc.to_json()["ocr"] == 0.97
    assert loc.to_json()["bbox"] == [90.0, 300.0, 160.0, 320.0]
    assert "ocr" not in Location(page=2).to_json()


# ----------------------------------------------------------------- without the extra


@pytest.mark.slow  # a whole audit in a new process (the fast layer has it on a broken file)
def test_without_ocr_scanned_pages_are_listed_with_the_install_hint(tmp_path: Path) -> None:
    from make_scanned import make_scanned

    mixed = make_scanned(EXAMPLE, tmp_path / "mixed.pdf", dpi=50, pages=[27], mixed=True)
    out = subprocess.run(
        [sys.executable, "-m", "auditor.cli", str(mixed), "--format", "json", "--no-progress"],
        capture_output=True,
        text=True,
        env={"AUDITOR_OCR": "off", "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        check=False,
    )
    doc = json.loads(out.stdout)["documents"][0]
    notice = next(f for f in doc["findings"] if f["rule"] == "AUD002")
    assert [e["page"] for e in notice["evidence"]] == [27]
    assert "pip install 'auditor[ocr]'" in notice["message"]


# ----------------------------------------------------------------- the engine (slow)

needs_ocr = pytest.mark.skipif(not ocr_available(), reason="the auditor[ocr] extra is missing")


def _audit(path: Path) -> dict[str, Any]:
    from quality import audit_one

    return audit_one(str(path))


@pytest.fixture(scope="module")
def text_result() -> dict[str, Any]:
    return _audit(EXAMPLE)


@pytest.mark.slow
@needs_ocr
def test_mixed_pdf_with_scanned_score_sheet_is_audited_as_one_document(
    tmp_path: Path, text_result: dict[str, Any]
) -> None:
    """Pages 26–27 (附件9 score sheet, its signature and date) scanned at 150 dpi."""
    from make_scanned import make_scanned
    from ocr_acceptance import new_errors

    mixed = make_scanned(EXAMPLE, tmp_path / "mixed.pdf", dpi=150, pages=[26, 27], mixed=True)
    result = _audit(mixed)
    assert result["status"] == "ok"
    rules = {f["rule"] for f in result["findings"]}
    assert "AUD002" not in rules
    notice = next(f for f in result["findings"] if f["rule"] == "AUD004")
    assert [e["page"] for e in notice["evidence"]] == [26, 27]
    # The score sheet's 2023 title and the scorer's date are read from the images.
    yr001 = next(f for f in result["findings"] if f["rule"] == "YR001" and "2023" in f["message"])
    assert yr001["evidence"][0]["page"] == 26 and "ocr" in yr001["evidence"][0]
    yr002 = next(f for f in result["findings"] if f["rule"] == "YR002")
    assert "2024年5月29日" in yr002["message"]
    assert new_errors(result, text_result) == []


@pytest.mark.slow
@needs_ocr
def test_skewed_sealed_scan_reads_table_figures_and_the_seal(
    tmp_path: Path, text_result: dict[str, Any]
) -> None:
    """Page 2 (基本情况 table: 编制 63) and page 15 (signature block under a red seal),
    scanned turned by 0.7° with grain, in a mixed PDF."""
    from make_scanned import make_scanned
    from ocr_acceptance import new_errors

    mixed = make_scanned(
        EXAMPLE,
        tmp_path / "sealed.pdf",
        dpi=150,
        pages=[2, 15],
        mixed=True,
        skew=0.7,
        noise=10.0,
        seal=True,
    )
    from auditor.extract import open_document

    doc = open_document(mixed)
    assert doc.ocr_pages == (2, 15)
    cells = [c for t in doc.tables if 2 in t.pages for c in t.cells()]
    assert any(c.text == "63" and c.location.ocr is not None for c in cells)
    signed = [p.text for p in doc.paragraphs if p.location.page == 15 and SEAL_MARK in p.text]
    assert signed, "the seal over the department's signature block was not seen"
    result = _audit(mixed)
    ic001 = next(f for f in result["findings"] if f["rule"] == "IC001")
    assert any(e["page"] == 2 and "ocr" in e for e in ic001["evidence"])
    assert new_errors(result, text_result) == []


def test_an_error_on_a_table_holding_an_uncertain_figure_is_a_warning() -> None:
    from auditor.extract.grid import RawCell, build_table
    from auditor.model import Document

    cells = [
        RawCell(0, 0, "自评报告60分", Location(page=26, ocr=1.0)),
        RawCell(1, 0, "（151分)", Location(page=27, ocr=0.92)),
    ]
    table = build_table(cells, index=0, number=11, location=Location(page=26, ocr=0.92))
    document = Document(source="x.pdf", format="pdf", blocks=(table,), ocr_pages=(26, 27))
    quoted = table.grid[0][0].location  # the rule quotes the group, not the misread item
    finding = Finding(
        rule="SC006",
        name="x",
        category="scoring",
        severity=Severity.ERROR,
        message="分值之和不符",
        evidence=(Evidence(quoted, "自评报告60分", "60", "分值"),),
    )
    assert temper([finding], document)[0].severity is Severity.WARNING
    assert temper([finding])[0].severity is Severity.ERROR
