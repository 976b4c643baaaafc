"""OCR confusions corrected only when the arithmetic confirms them (issue 17).

The pieces run on strings; the end-to-end cases build a synthetic scanned page: a PDF
page with a ruled table drawn and no text, rendered and read by the real page builder
(grid from the ruling lines, boxes into cells, lines, confidence), with the engine's
output injected — the boxes PP-OCRv4 would return, one of them misread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from auditor.extract.ocr.confusions import Correction, confused_tokens, correct_column, correct_line
from auditor.extract.ocr.engine import TextBox
from auditor.extract.ocr.figures import is_uncertain
from auditor.extract.pdf import extract_pdf
from auditor.model import Document, Location, Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

# ----------------------------------------------------------------- the pieces


def test_confused_tokens_are_figures_with_a_letter_or_cjk_point_inside() -> None:
    assert confused_tokens("合计1,2O3.45万元，执行率96.l8%，共5。4万元") == [
        "1,2O3.45",
        "96.l8%",
        "5。4",
    ]
    assert confused_tokens("PM2.5、SO2、2024年、第3页、5.4。") == []


@pytest.mark.parametrize(
    ("line", "read", "corrected"),
    [
        ("固定资产利用率=362.9/377.3=96.l8%。", "96.l8%", "96.18%"),
        ("控制率=（实际支出数/预算数）×100%=5.4/5.4×100%=1OO%。", "1OO%", "100%"),
        ("执行率=6.I6÷64.59=9.54%", "6.I6", "6.16"),
        ("合计=1O+20.5=30.5万元", "1O", "10"),
    ],
)
def test_a_rate_or_sum_on_the_line_confirms_the_correction(
    line: str, read: str, corrected: str
) -> None:
    assert correct_line(line) == [Correction(read, corrected)]


@pytest.mark.parametrize(
    "line",
    [
        "固定资产利用率=362.9/377.3=96.l9%。",  # 96.19 ≠ 96.18: the identity does not hold
        "合计=1O+20.5=31.5万元",
        "本年支出1,2O3.45万元。",  # nothing to confirm it
    ],
)
def test_without_a_confirming_identity_the_token_stays_as_read(line: str) -> None:
    assert correct_line(line) == []


def test_a_column_total_confirms_one_confused_part_and_skips_sub_items() -> None:
    labels = ["项目", "工资福利支出", "其中：基本工资", "商品和服务支出", "合计"]
    assert correct_column(labels, ["金额", "1,2O3.45", "800.00", "100.00", "1,303.45"]) == {
        1: Correction("1,2O3.45", "1,203.45")
    }
    # The total does not confirm it, or a second figure is confused: nothing changes.
    assert correct_column(labels, ["金额", "1,2O3.45", "800.00", "100.00", "1,313.45"]) == {}
    assert correct_column(labels, ["金额", "1,2O3.45", "800.00", "1OO.00", "1,303.45"]) == {}


# ----------------------------------------------------------------- a synthetic scanned page

DPI = 200
K = DPI / 72
COLS = (72.0, 250.0, 380.0, 510.0)
ROWS = (300.0, 330.0, 360.0, 390.0, 420.0)
TABLE = [
    ["项目", "预算数", "执行数"],
    ["工资福利支出", "1,2O3.45", "1,203.45"],
    ["商品和服务支出", "100.00", "90.00"],
    ["合计", "{total}", "1,303.45"],  # 执行数 adds up to 1,293.45: a real AR001 error
]


def _grid_pdf(path: Path) -> Path:
    """A page with the table's ruling lines and no text layer at all."""
    from reportlab.pdfgen import canvas

    sheet = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    sheet.setLineWidth(1.2)
    for x in COLS:
        sheet.line(x, 842 - ROWS[0], x, 842 - ROWS[-1])
    for y in ROWS:
        sheet.line(COLS[0], 842 - y, COLS[-1], 842 - y)
    sheet.showPage()
    sheet.save()
    return path


def _boxes(total: str, line: str) -> list[TextBox]:
    """What the recogniser would return: the table's cells and one line above it."""
    out = [TextBox(line, 72 * K, 200 * K, 500 * K, 214 * K, 0.99)]
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            x0, x1 = COLS[c] + 6, COLS[c + 1] - 6
            top, bottom = ROWS[r] + 8, ROWS[r + 1] - 8
            out.append(TextBox(text.format(total=total), x0 * K, top * K, x1 * K, bottom * K, 0.98))
    return out


def _read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, total: str, line: str
) -> tuple[Path, Document]:
    import auditor.extract.ocr.page as ocr_page

    boxes = _boxes(total, line)
    fake: Callable[[Any], Sequence[TextBox]] = lambda image: boxes  # noqa: E731
    monkeypatch.setattr(ocr_page, "recognise", fake)
    path = _grid_pdf(tmp_path / "scan.pdf")
    return path, extract_pdf(path, "scan.pdf", ocr=True)


def _cell(document: Document, text: str) -> tuple[str, Location]:
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    cell = table.grid[1][1]
    assert cell.text in (text, "1,2O3.45"), table.grid
    return cell.text, cell.location


def test_a_total_row_confirms_the_correction_and_the_evidence_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = "预算执行率=1,293.45/1,3O3.45=99.23%"
    _, document = _read(tmp_path, monkeypatch, "1,303.45", line)
    text, location = _cell(document, "1,203.45")
    assert text == "1,203.45"
    assert not is_uncertain(location.ocr)
    assert location.describe() == (
        "第 1 页 表 1 第 2 行第 2 列（扫描识别；OCR 读作 1,2O3.45，按算术校正为 1,203.45）"
    )
    assert location.to_json()["ocr_note"] == "OCR 读作 1,2O3.45，按算术校正为 1,203.45"
    (paragraph,) = document.paragraphs
    assert paragraph.text == "预算执行率=1,293.45/1,303.45=99.23%"
    assert paragraph.location.ocr_note == "OCR 读作 1,3O3.45，按算术校正为 1,303.45"
    assert not is_uncertain(paragraph.location.ocr)


def test_an_unconfirmed_confusion_stays_as_read_and_uncertain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, document = _read(tmp_path, monkeypatch, "1,313.45", "预算执行率=1,293.45/1,3O3.45=99.99%")
    text, location = _cell(document, "1,2O3.45")
    assert text == "1,2O3.45"
    assert is_uncertain(location.ocr) and location.ocr_note is None
    (paragraph,) = document.paragraphs
    assert "1,3O3.45" in paragraph.text and is_uncertain(paragraph.location.ocr)


@pytest.mark.parametrize(("total", "severity"), [("1,303.45", "error"), ("1,313.45", "warning")])
def test_a_table_error_stays_an_error_once_its_confusion_is_confirmed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, total: str, severity: str
) -> None:
    """执行数 adds up to 1,293.45, not 1,303.45: an error when the table's only doubtful
    figure was corrected by its own total, a warning while that figure stays unsure."""
    from quality import audit_one

    path, _ = _read(tmp_path, monkeypatch, total, "部门整体支出绩效自评报告")
    result = audit_one(str(path))
    ar001 = [f for f in result["findings"] if f["rule"] == "AR001" and "1,293.45" in f["message"]]
    assert [f["severity"] for f in ar001] == [severity]
