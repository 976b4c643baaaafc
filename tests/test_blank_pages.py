"""An empty page in a PDF is no scan: only a page that draws something without text is.

A page break before a long table can leave a page with nothing on it; AUD002 used to
call it a possible scan and send the reviewer looking for it.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from auditor.extract import open_document

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _pdf(path: Path, middle: str) -> Path:
    """Three pages: text, then ``middle`` (``blank`` or ``drawn``), then text."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in ("text", middle, "text"):
        if page == "text":
            c.setFont("STSong-Light", 12)
            c.drawString(72, 760, "2024年度部门整体支出绩效自评报告")
            c.drawString(72, 740, "本年支出合计860.00万元，其中基本支出520.00万元。")
        elif page == "drawn":
            c.rect(72, 200, 400, 500, fill=1)  # a picture of a page: no text layer
        c.showPage()
    c.save()
    return path


def test_an_empty_page_is_not_reported_as_without_text(tmp_path: Path) -> None:
    doc = open_document(_pdf(tmp_path / "blank.pdf", "blank"))
    assert doc.textless_pages == ()


def test_a_page_that_draws_something_without_text_still_is(tmp_path: Path) -> None:
    doc = open_document(_pdf(tmp_path / "drawn.pdf", "drawn"))
    assert doc.textless_pages == (2,) or 2 in doc.ocr_pages
