"""Garbage text layers (issue 17): cid codes or a scanner's invisible junk over a scan.

Such a page is routed to OCR when the extra is installed, and named with the way to
turn OCR on when it is not. The PDFs are built by ``scripts/make_scanned.py --junk``:
page 27 of the example (signature block and date) as an image with an invisible
(render mode 3) text layer of random Latin-1 glyphs or of random letters.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from auditor.extract.ocr import ocr_available
from auditor.extract.ocr.page import OcrLine, OcrPage
from auditor.extract.pdf import extract_pdf
from auditor.extract.pdfgarbage import is_garbage

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example" / "report-12pt.pdf"
sys.path.insert(0, str(ROOT / "scripts"))


@pytest.mark.parametrize(
    "text",
    [
        "(cid:17)(cid:4)(cid:5)(cid:9)(cid:17)(cid:4)",
        "\ue001\ue002\ue003\ue004 2024",
        "õæîåÖãÎÃßñõàèóÑÇÑÙÓÚêÏÈçôÊüÒôëÂ÷ïÆíÆýïÀóÞÎÛ",
        "\x01\x04\x05\x06\x01\x01\x04\x07\x08\t\x0b\x0c\x0e\x06\x0f",
        "rmpmhwlf kqrl nqgwcgjg wwjnwfdmr vtzg rvnbrpxcp tpxb kfwjkvp",
    ],
)
def test_junk_text_layers_are_garbage(text: str) -> None:
    assert is_garbage(text)


@pytest.mark.parametrize(
    "text",
    [
        "2024年度吉首市峒河街道办事处“三公经费”预算共计5.4万元，其中：公务接待费0万元。",
        "序号 项目 预算数 执行数 1 2,415.05 2,415.05 100% ① ② ≤ ≥ ×",
        "- 19 -",
        "Performance evaluation report of the department, fiscal year 2024",
        "The strengths and weaknesses of the first strike were twelfth in rank",
        "二〇二四",  # too little to judge by its words
        "",
    ],
)
def test_real_text_layers_are_not_garbage(text: str) -> None:
    assert not is_garbage(text)


def _junk_pdf(tmp_path: Path, kind: str, *, mixed: bool = True) -> Path:
    from make_scanned import make_scanned

    name = f"junk-{kind}-{'mixed' if mixed else 'whole'}.pdf"
    return make_scanned(EXAMPLE, tmp_path / name, dpi=60, pages=[27], mixed=mixed, junk=kind)


def _cli(path: Path, *env: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "auditor.cli", str(path), "--format", "json", "--no-progress"],
        capture_output=True,
        text=True,
        env={"AUDITOR_OCR": "off", "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
        check=False,
    )
    result: dict[str, Any] = json.loads(out.stdout)["documents"][0]
    return result


@pytest.mark.slow  # a whole audit of the example in a new process
@pytest.mark.parametrize("kind", ["latin1", "letters"])
def test_without_ocr_a_junk_page_is_named_with_the_install_hint(tmp_path: Path, kind: str) -> None:
    doc = _cli(_junk_pdf(tmp_path, kind))
    assert doc["status"] == "ok"
    notice = next(f for f in doc["findings"] if f["rule"] == "AUD002")
    assert [e["page"] for e in notice["evidence"]] == [27]
    assert "乱码" in notice["message"]
    assert "pip install 'auditor[ocr]'" in notice["message"]
    # The junk never reaches the rules as text.
    assert not any("õ" in json.dumps(f, ensure_ascii=False) for f in doc["findings"])


def test_without_ocr_a_wholly_junk_pdf_is_refused_naming_its_pages(tmp_path: Path) -> None:
    doc = _cli(_junk_pdf(tmp_path, "latin1", mixed=False))
    assert doc["error"]["code"] == "AUD105"
    assert "第 1 页" in doc["error"]["message"]
    assert "pip install 'auditor[ocr]'" in doc["error"]["message"]


@pytest.mark.slow  # reads the whole example
def test_with_ocr_a_junk_page_is_read_from_its_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The routing, with the engine replaced by what it would read on page 27."""
    import auditor.extract.ocr.page as ocr_page

    seen: list[int] = []

    def read(page: Any, number: int, dpi: int = 200) -> OcrPage:
        seen.append(number)
        line = OcrLine("评价人（签字）：张三2024年5月29日", (72.0, 100.0, 400.0, 114.0), 12.0, 0.99)
        return OcrPage(number=number, lines=[line])

    monkeypatch.setattr(ocr_page, "read_scanned_page", read)
    path = _junk_pdf(tmp_path, "letters")
    document = extract_pdf(path, "junk.pdf", ocr=True)
    assert seen == [27]
    assert document.ocr_pages == (27,) and document.garbage_pages == (27,)
    assert document.textless_pages == ()
    page_27 = [p.text for p in document.paragraphs if p.location.page == 27]
    assert page_27 == ["评价人（签字）：张三2024年5月29日"]


@pytest.mark.slow
@pytest.mark.skipif(not ocr_available(), reason="the auditor[ocr] extra is missing")
def test_with_the_engine_a_junk_page_is_ocrd_and_the_notice_says_why(tmp_path: Path) -> None:
    from make_scanned import make_scanned
    from quality import audit_one

    path = make_scanned(
        EXAMPLE, tmp_path / "junk.pdf", dpi=150, pages=[27], mixed=True, junk="latin1"
    )
    result = audit_one(str(path))
    notice = next(f for f in result["findings"] if f["rule"] == "AUD004")
    assert [e["page"] for e in notice["evidence"]] == [27]
    assert "第 27 页的文字层是乱码" in notice["message"]
    assert "AUD002" not in {f["rule"] for f in result["findings"]}
    yr002 = next(f for f in result["findings"] if f["rule"] == "YR002")
    assert "2024年5月29日" in yr002["message"]
