"""Damaged and hostile inputs end in the right typed result (issue 13, part 2 and fuzzing).

- damaged DOCX shapes get the damaged-Word-file code (``AUD106``), never ``AUD001``;
- huge ``w:gridSpan``/``w:gridBefore`` values are clamped to the table's grid and noted;
- a text layer that cannot be decoded is a damaged file (exit 2), not a clean pass;
- a batch lists what it skipped and why;
- a fixed-seed sample of ``scripts/fuzz.py``'s mutants: no traceback, no internal
  error, no leftover file, JSON that parses.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import time
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from auditor import cli
from auditor.errors import InputError
from auditor.extract import open_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example"


def _docx_with(tmp_path: Path, name: str, change) -> Path:  # type: ignore[no-untyped-def]
    source = (EXAMPLE / "report.docx").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(buffer, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(
                info.filename, change(data) if info.filename == "word/document.xml" else data
            )
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(lambda x: re.sub(rb"<w:body>.*</w:body>", b"", x, flags=re.S), id="no-body"),
        pytest.param(lambda x: x.replace(b"w:document", b"w:documentx"), id="wrong-root"),
        pytest.param(
            lambda x: re.sub(rb"<w:body>.*</w:body>", b"<w:body/>", x, flags=re.S), id="empty-body"
        ),
    ],
)
def test_damaged_docx_shapes_get_the_damaged_file_code(shape, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _docx_with(tmp_path, "damaged.docx", shape)
    with pytest.raises(InputError) as caught:
        open_document(path)
    assert caught.value.code in {"AUD106", "AUD115"}  # damaged, or a body with no text


@pytest.mark.parametrize("value", ["100000", "10000000", "2147483647", "99999999999999999999"])
@pytest.mark.parametrize("attribute", ["gridSpan", "gridBefore"])
def test_huge_grid_spans_are_clamped_and_reported(
    attribute: str, value: str, tmp_path: Path
) -> None:
    def widen(xml: bytes) -> bytes:
        if attribute == "gridSpan":
            return xml.replace(
                b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="' + value.encode() + b'"/>', 1
            )
        return xml.replace(
            b"<w:tr>", b'<w:tr><w:trPr><w:gridBefore w:val="' + value.encode() + b'"/></w:trPr>', 1
        )

    path = _docx_with(tmp_path, "wide.docx", widen)
    started = time.monotonic()
    document = open_document(path)
    assert time.monotonic() - started < 20
    assert max(t.n_cols for t in document.tables) <= 63
    assert any("合并跨度" in note and value in note for note in document.notes)


@pytest.mark.slow  # reads the whole 27-page example PDF
def test_undecodable_text_layer_is_a_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Same length, so the xref stays valid: the fonts lose their ToUnicode maps and
    # every glyph reads as (cid:N). Without OCR (with it, the pages are read from
    # their images: tests/test_ocr_garbage.py).
    monkeypatch.setenv("AUDITOR_OCR", "off")
    data = (EXAMPLE / "report-16pt.pdf").read_bytes().replace(b"/ToUnicode", b"/ToUnicodX")
    path = tmp_path / "no-tounicode.pdf"
    path.write_bytes(data)
    code = cli.main([str(path), "--format", "json", "--no-progress"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert code == 2
    assert doc["error"]["code"] == "AUD105"
    assert "文字层无法识别" in doc["error"]["message"]
    assert "pip install 'auditor[ocr]'" in doc["error"]["message"]


def test_batch_lists_what_it_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes((EXAMPLE / "report.txt").read_bytes())
    (folder / "README.md").write_text("# notes\n")
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.pdf").symlink_to(folder / "nowhere.pdf")
    (folder / "chart.png").write_bytes(b"\x89PNG")
    code = cli.main([str(folder), "--format", "json", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [Path(d["path"]).name for d in json.loads(out)["documents"]] == ["a.txt"]
    assert "4 项未审核" in err
    assert "README.md：说明文件" in err
    assert "pipe.txt：不是普通文件" in err
    assert "gone.pdf：符号链接指向的文件不存在" in err
    assert ".png 1 个" in err


def _fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "scripts" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.fuzz
def test_fuzz_sample(tmp_path: Path) -> None:
    """12 fixed-seed mutants (the full run of 420 is ``python scripts/fuzz.py``)."""
    fuzz = _fuzz()
    fuzz.write_mutants(tmp_path / "mutants", 12, fuzz.SEED)
    result = fuzz.audit_folder(tmp_path / "mutants", jobs=2, timeout=60)
    assert result["problems"] == [], result
    assert result["files"] == 12


@pytest.mark.parametrize("flag", ["--dump", "--facts"])
def test_dump_and_facts_run_under_the_time_limit(
    flag: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from auditor.batch import STALL_ENV

    stall = tmp_path / "stall.txt"
    stall.write_bytes((EXAMPLE / "report.txt").read_bytes())
    monkeypatch.setenv(STALL_ENV, "stall:60")
    started = time.monotonic()
    code = cli.main([flag, str(stall), "--timeout", "0.5"])
    assert time.monotonic() - started < 30
    assert code == 2
    assert "审核超时" in capsys.readouterr().err


def test_libreoffice_runs_with_a_fresh_profile_without_macros(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in ``soffice`` (LibreOffice is not installed here) records what it gets."""
    import sys

    from auditor.extract import legacy

    record = tmp_path / "record.json"
    script = tmp_path / "soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, pathlib, sys, urllib.parse\n"
        "profile = next(a for a in sys.argv if a.startswith('-env:UserInstallation='))\n"
        "root = pathlib.Path(urllib.parse.urlparse(profile.split('=', 1)[1]).path)\n"
        "xcu = (root / 'user' / 'registrymodifications.xcu').read_text()\n"
        f"pathlib.Path({str(record)!r}).write_text(json.dumps([sys.argv, xcu]))\n"
        "sys.exit(1)\n"
    )
    script.chmod(0o755)
    monkeypatch.setattr(legacy, "find_soffice", lambda: str(script))
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(InputError):
        open_document(doc)
    argv, xcu = json.loads(record.read_text())
    assert "--headless" in argv and "--norestore" in argv
    assert '"DisableMacrosExecution"' in xcu and "<value>true</value>" in xcu
    assert '"MacroSecurityLevel"' in xcu
    assert not list(tmp_path.glob("auditor-legacy-*"))


def _pdf_with_cmap(path: Path, bfrange: bytes) -> Path:
    """A one-page PDF whose font's ToUnicode CMap holds ``bfrange``."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def "
        b"1 begincodespacerange <00> <FF> endcodespacerange "
        b"1 beginbfrange " + bfrange + b" endbfrange endcmap end end"
    )
    content = b"BT /F1 12 Tf 72 700 Td (Hello 2024) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


@pytest.mark.slow
def test_cmap_with_a_huge_range_is_refused_quickly(tmp_path: Path) -> None:
    path = _pdf_with_cmap(tmp_path / "cmap.pdf", b"<00000000> <FFFFFFFF> <0041>")
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        open_document(path)
    assert time.monotonic() - started < 30
    assert caught.value.code == "AUD118" and "CMap" in caught.value.detail


def test_cmap_with_an_ordinary_range_is_read(tmp_path: Path) -> None:
    path = _pdf_with_cmap(tmp_path / "cmap.pdf", b"<20> <7E> <0020>")
    assert [p.text for p in open_document(path).paragraphs] == ["Hello 2024"]


@pytest.mark.slow
@pytest.mark.parametrize("head", ["report", "header-only"])
def test_pdf_with_megabytes_of_zeros_is_read_in_linear_time(
    head: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pdfminer's line readers were quadratic on a newline-free tail (minutes at 48 MB)."""
    start = (EXAMPLE / "report-reportlab.pdf").read_bytes() if head == "report" else b"%PDF-1.4\n"
    path = tmp_path / "zeros.pdf"
    with path.open("wb") as handle:
        handle.write(start)
        for _ in range(48):
            handle.write(bytes(1024 * 1024))
    code = cli.main([str(path), "--format", "json", "--timeout", "120", "--no-progress"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    if head == "report":
        assert code == 1 and doc["status"] == "ok" and doc["findings"]
    else:
        assert code == 2 and doc["error"]["code"] == "AUD105"
