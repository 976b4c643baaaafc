"""The PDF fast path gives exactly pdfplumber's chars, or hands the page back to pdfplumber.

Exactness is checked at every level the audit depends on: each char dict (keys,
values and their types) against ``page.chars``, each Document against the one read
with ``AUDITOR_PDF_ENGINE=plumber``, on the example PDFs and on hand-written content
streams that use every text operator the fast path interprets.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from auditor.extract.pdf import extract_pdf
from auditor.extract.pdfguard import guarded
from auditor.extract.pdftext import (
    ENGINE_VARIABLE,
    EngineStats,
    _content_parser,
    fast_enabled,
    install_content_parser,
    page_chars,
)

EXAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "example"
# One example PDF in the fast layer; every example PDF in --all (each takes seconds).
PDFS = [
    pytest.param("report-12pt.pdf", marks=pytest.mark.slow),
    pytest.param("report-16pt.pdf", marks=pytest.mark.slow),
    pytest.param("report-alt.pdf", marks=pytest.mark.slow),
    "report-reportlab.pdf",
]
SLOW_PDFS = [
    pytest.param("report-12pt.pdf", marks=pytest.mark.slow),
    pytest.param("report-reportlab.pdf", marks=pytest.mark.slow),
]


def _compare_chars(path: Path) -> tuple[int, list[str]]:
    """Fast pages of a PDF and the reasons other pages went to pdfplumber."""
    fast = 0
    reasons: list[str] = []
    with guarded(), pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            chars = page_chars(page, pdf.rsrcmgr)
            if isinstance(chars, str):
                reasons.append(chars)
                continue
            fast += 1
            expected = page.chars
            assert len(chars) == len(expected)
            for mine, theirs in zip(chars, expected, strict=True):
                for key, value in mine.items():
                    assert theirs[key] == value, (key, theirs[key], value)
                    assert type(theirs[key]) is type(value), key
    return fast, reasons


@pytest.mark.parametrize("name", PDFS)
def test_example_chars_are_pdfplumbers(name: str) -> None:
    fast, reasons = _compare_chars(EXAMPLE / name)
    assert fast >= 10
    assert set(reasons) <= {"paths"}


@pytest.mark.parametrize("name", SLOW_PDFS)
def test_example_documents_identical_with_either_engine(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = EXAMPLE / name
    monkeypatch.setenv(ENGINE_VARIABLE, "plumber")
    slow_stats = EngineStats()
    slow = extract_pdf(path, name, stats=slow_stats)
    monkeypatch.delenv(ENGINE_VARIABLE)
    fast_stats = EngineStats()
    fast = extract_pdf(path, name, stats=fast_stats)
    assert fast == slow
    assert slow_stats.fast == 0
    assert fast_stats.fast > 0 and fast_stats.plumber > 0
    assert fast_stats.fast + fast_stats.plumber == fast.pages


def test_engine_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    assert fast_enabled()
    monkeypatch.setenv(ENGINE_VARIABLE, "plumber")
    assert not fast_enabled()
    monkeypatch.setenv(ENGINE_VARIABLE, "fast")
    assert fast_enabled()


# ----------------------------------------------------------- hand-written PDFs


def make_pdf(
    path: Path,
    pages: list[bytes],
    *,
    mediabox: str = "0 0 595 842",
    rotate: int = 0,
    extra: str = "",
    compress: bool = True,
) -> Path:
    """A PDF whose pages draw the given content streams with Helvetica as /F1 and /F2."""
    objects: list[bytes] = [b"", b""]  # catalog and page tree come first
    font = len(objects) + 1
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    bold = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>")
    form = len(objects) + 1
    body = b"BT /F1 9 Tf 10 10 Td (in a form) Tj ET"
    objects.append(
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Length %d >>\nstream\n%s\nendstream"
        % (len(body), body)
    )
    kids = []
    for content in pages:
        data = zlib.compress(content) if compress else content
        filt = b" /Filter /FlateDecode" if compress else b""
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), filt, data))
        stream = len(objects)
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [{mediabox}] /Rotate {rotate} {extra}"
                f"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> "
                f"/XObject << /Fm1 {form} 0 R >> >> /Contents {stream} 0 R >>"
            ).encode()
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
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


OPERATORS = [
    # plain lines, Td/TD/T*/TL, ' and "
    b"BT /F1 12 Tf 72 700 Td (Hello, world) Tj 0 -14 TD (second line) Tj T* (third) Tj ET",
    b"BT /F1 11 Tf 14 TL 72 600 Td (one) ' (two) ' 2 1 (three) \" ET",
    # spacing, scaling, rise, kerning in TJ, character and word spacing
    b"BT /F1 10 Tf 1.5 Tc 3 Tw 72 500 Td (spaced out words) Tj ET",
    b"BT /F1 10 Tf 80 Tz 72 480 Td (narrow text) Tj 100 Tz 5 Ts ( raised) Tj ET",
    b"BT /F2 12 Tf 72 460 Td [(Ke) 120 (rn) -250 (ing) 1000 (gap)] TJ ET",
    # matrices: Tm, cm, q/Q, scaled text, 1 Tf with the size in the matrix
    b"q 0.75 0 0 0.75 10 20 cm BT /F1 16 Tf 100 400 Td (scaled by cm) Tj ET Q",
    b"BT /F1 1 Tf 12 0 0 12 72 380 Tm (size in Tm) Tj 1 0 0 1 72 360 Tm (tiny) Tj ET",
    b"q BT /F1 12 Tf 72 340 Td (inside q) Tj ET Q BT 72 320 Td /F1 9 Tf (after Q) Tj ET",
    # strings: escapes, octal, nested parentheses, hex, names with #, comments
    b"BT /F1 12 Tf 72 300 Td (a\\(b\\) (nested) \\101\\102C \\q line\\\ncont) Tj ET % comment",
    b"BT /F1 12 Tf 72 280 Td <48656C6C6F> Tj <576F726C642> Tj ET",
    b"BT /F#31 12 Tf 72 260 Td (name with hex escape) Tj ET",
    # invisible text, marked content with a property dict, colour operators
    b"/Span <</MCID 3 /ActualText (x)>> BDC BT 3 Tr /F1 12 Tf 72 240 Td (invisible) Tj ET EMC",
    b"0.2 g 1 0 0 RG /DeviceRGB cs 0.1 0.2 0.3 sc BT /F1 12 Tf 72 220 Td (coloured) Tj ET",
    # clipping without painting, an unknown font resource, an empty text object
    b"q 0 0 100 100 re W n BT /F1 12 Tf 72 200 Td (clipped) Tj ET Q BT ET",
    b"BT /F9 12 Tf 72 180 Td (unknown font) Tj ET",
]


@pytest.mark.parametrize("content", OPERATORS, ids=range(len(OPERATORS)))
def test_text_operators_give_pdfplumbers_chars(content: bytes, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "ops.pdf", [content])
    fast, reasons = _compare_chars(path)
    assert (fast, reasons) == (1, [])
    assert _chars_of(path)


def test_offset_mediabox_and_uncompressed_stream(tmp_path: Path) -> None:
    content = b"BT /F1 12 Tf 72 700 Td (offset box) Tj ET"
    path = make_pdf(tmp_path / "box.pdf", [content], mediabox="10 20 605 862", compress=False)
    assert _compare_chars(path) == (1, [])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"0 0 m 100 100 l S BT /F1 12 Tf 72 700 Td (ruled) Tj ET", "paths"),
        (b"10 10 100 20 re f", "paths"),
        (b"q /Fm1 Do Q", "form"),
        (b"BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI", "inline image"),
        (b"BT /F1 12 Tf 72 700 Td (one) (two) Tj ET", "operator Tj"),
        (b"BT /F1 12 Tf 72 700 Td (\\777) Tj ET", "octal escape"),
        (b"BT /F1 12 Tf 72 700 Td [(open array) Tj ET", "unbalanced"),
    ],
)
def test_pages_the_fast_path_hands_back(content: bytes, reason: str, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "back.pdf", [content])
    assert _compare_chars(path) == (0, [reason])


def test_rotated_page_goes_to_pdfplumber(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "rot.pdf", [b"BT /F1 12 Tf 72 700 Td (turned) Tj ET"], rotate=90)
    assert _compare_chars(path) == (0, ["rotated"])


def test_page_without_text_is_textless(tmp_path: Path) -> None:
    """A page that draws something but holds no text (a picture of a page) is textless."""
    path = make_pdf(
        tmp_path / "drawn.pdf", [b"72 72 400 400 re f", b"BT /F1 12 Tf 72 700 Td (text) Tj ET"]
    )
    doc = extract_pdf(path, "drawn.pdf", ocr=False)  # the reading, not the recogniser
    assert doc.textless_pages == (1,)


def test_a_page_that_draws_nothing_is_blank_not_textless(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "blank.pdf", [b"q Q", b"BT /F1 12 Tf 72 700 Td (text) Tj ET"])
    with guarded(), pdfplumber.open(str(path)) as pdf:
        assert page_chars(pdf.pages[0], pdf.rsrcmgr) == []  # the fast path reads no text
    doc = extract_pdf(path, "blank.pdf", ocr=False)
    assert doc.textless_pages == ()


def test_documents_identical_on_mixed_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [
        b"BT /F2 16 Tf 200 780 Td (Title line) Tj ET BT /F1 12 Tf 72 740 Td "
        b"(A paragraph that wraps) Tj 0 -14 Td (onto a second line.) Tj ET",
        b"0 0 m 500 0 l S BT /F1 12 Tf 72 700 Td (after a rule) Tj ET",
        *OPERATORS[:6],
    ]
    path = make_pdf(tmp_path / "mixed.pdf", pages)
    monkeypatch.setenv(ENGINE_VARIABLE, "plumber")
    slow = extract_pdf(path, "mixed.pdf")
    monkeypatch.delenv(ENGINE_VARIABLE)
    stats = EngineStats()
    fast = extract_pdf(path, "mixed.pdf", stats=stats)
    assert fast == slow
    assert (stats.fast, stats.plumber, stats.reasons) == (7, 1, {"paths": 1})


def _chars_of(path: Path) -> list[dict[str, Any]]:
    with guarded(), pdfplumber.open(str(path)) as pdf:
        chars = page_chars(pdf.pages[0], pdf.rsrcmgr)
    assert isinstance(chars, list)
    return chars


def test_chars_carry_font_size_and_position(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "one.pdf", [b"BT /F2 14 Tf 72 700 Td (Hi) Tj ET"])
    chars = _chars_of(path)
    assert [c["text"] for c in chars] == ["H", "i"]
    assert chars[0]["fontname"] == "Helvetica-Bold"
    assert chars[0]["size"] == pytest.approx(14)
    assert chars[0]["x0"] == pytest.approx(72)
    assert chars[0]["bottom"] > chars[0]["top"]


# ------------------------------------------------- tokenizer inside pdfminer


def _page_objects(path: Path) -> list[dict[str, list[dict[str, Any]]]]:
    """Every object pdfplumber sees on every page.

    An image's stream object and an inline image's name (``id()`` of its stream)
    differ from one opening of the file to the next, so they are left out.
    """
    out = []
    with guarded(), pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            out.append(
                {
                    kind: [
                        {
                            k: v
                            for k, v in obj.items()
                            if kind != "image" or k not in ("stream", "name")
                        }
                        for obj in objs
                    ]
                    for kind, objs in page.objects.items()
                }
            )
    return out


@pytest.mark.parametrize("name", SLOW_PDFS)
def test_tokenizer_gives_pdfminer_the_same_objects(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pdfminer import pdfinterp

    install_content_parser()
    install_content_parser()  # once is enough; twice changes nothing
    assert pdfinterp.PDFContentParser is _content_parser
    monkeypatch.setenv(ENGINE_VARIABLE, "plumber")
    slow = _page_objects(EXAMPLE / name)
    monkeypatch.delenv(ENGINE_VARIABLE)
    fast = _page_objects(EXAMPLE / name)
    assert fast == slow
    assert sum(len(p.get("rect", [])) + len(p.get("line", [])) for p in fast) > 50


@pytest.mark.parametrize(
    "content",
    [
        b"BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI BT /F1 12 Tf 72 700 Td (after image) Tj ET",
        b"{ 1 2 } BT /F1 12 Tf 72 700 Td (after a procedure) Tj ET",
        b"BT /F1 12 Tf 72 700 Td [(open array) Tj ET",
        b"0 0 m 100 100 l S /Span <</MCID 1>> BDC BT /F1 12 Tf 72 700 Td (tagged) Tj ET EMC",
    ],
)
def test_tokenizer_hands_odd_streams_to_pdfminer(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_content_parser()
    path = make_pdf(tmp_path / "odd.pdf", [content])
    monkeypatch.setenv(ENGINE_VARIABLE, "plumber")
    slow = _page_objects(path)
    monkeypatch.delenv(ENGINE_VARIABLE)
    assert _page_objects(path) == slow


def test_fake_bold_overprint_is_read_once_and_size_zero_text_is_kept(tmp_path: Path) -> None:
    """A string drawn twice 0.3 pt apart (fake bold) is one string; size-0 digits stay."""
    path = make_pdf(
        tmp_path / "bold.pdf",
        [
            b"BT /F1 12 Tf 72 700 Td (Total 1242.39) Tj ET"
            b" BT /F1 12 Tf 72.3 700 Td (Total 1242.39) Tj ET"
            b" BT /F1 0 Tf 72 650 Td (1242.39) Tj ET"
            b" BT /F1 12 Tf 72 600 Td (after) Tj ET"
        ],
    )
    document = extract_pdf(path, "bold.pdf", ocr=False)
    assert [p.text for p in document.paragraphs] == ["Total 1242.39", "1242.39", "after"]
