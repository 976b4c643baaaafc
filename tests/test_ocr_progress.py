"""A batch shows OCR progress per scanned page on stderr (issue 17).

The worker tells the parent of every page it is about to OCR through the pipe that
carries its results; the parent prints ``识别扫描页 2/2：mixed.pdf``. The engine is
replaced by a stand-in (the workers are forked, so they inherit it): the channel is
under test, not the recogniser.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from auditor import cli
from auditor.extract.ocr import ocr_available
from auditor.extract.ocr.page import OcrLine, OcrPage

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example"
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.mark.slow  # two whole audits in worker processes
@pytest.mark.skipif(not ocr_available(), reason="the auditor[ocr] extra is missing")
def test_batch_shows_each_scanned_page_as_it_is_ocrd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from make_scanned import make_scanned

    import auditor.extract.ocr.page as ocr_page

    def read(page: Any, number: int, dpi: int = 200) -> OcrPage:
        line = OcrLine(f"第{number}页的识别文字", (72.0, 100.0, 300.0, 114.0), 12.0, 0.99)
        return OcrPage(number=number, lines=[line])

    monkeypatch.setattr(ocr_page, "read_scanned_page", read)
    mixed = make_scanned(
        EXAMPLE / "report-12pt.pdf", tmp_path / "mixed.pdf", dpi=40, pages=[26, 27], mixed=True
    )
    text = EXAMPLE / "report-reportlab.pdf"
    code = cli.main([str(mixed), str(text), "--format", "json", "--jobs", "2"])
    err = capsys.readouterr().err
    assert code in (0, 1)
    pages = [line for line in err.splitlines() if line.startswith("识别扫描页")]
    assert pages == [f"识别扫描页 {k}/2：{mixed}" for k in (1, 2)]


@pytest.mark.slow  # a whole audit of the example
def test_without_progress_no_page_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--no-progress`` keeps stderr quiet, OCR or not (the listener sends, nobody prints)."""
    monkeypatch.setenv("AUDITOR_OCR", "off")
    from make_scanned import make_scanned

    mixed = make_scanned(
        EXAMPLE / "report-12pt.pdf", tmp_path / "mixed.pdf", dpi=40, pages=[27], mixed=True
    )
    cli.main([str(mixed), "--format", "json", "--no-progress"])
    assert "识别扫描页" not in capsys.readouterr().err
