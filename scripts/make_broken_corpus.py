"""Build ``corpus/broken/``: hostile and broken inputs the auditor must survive.

Run from the repository root::

    /work/venv/bin/python scripts/make_broken_corpus.py [--out corpus/broken] [--long-pages 351]

Every file is derived from ``corpus/example/`` or built from fixed bytes and a fixed
random seed, so a rerun writes the same bytes. Two exceptions, both kept when they
already exist unless ``--force`` is given: ``legacy.doc`` (LibreOffice stamps the
conversion time into it) and nothing else — pypdf's encryption salts are drawn from
a seeded generator here, so the encrypted PDFs are reproducible too.

The expected behaviour of each file is in ``corpus/broken/README.md`` and asserted by
``tests/test_broken_inputs.py``. ``write_long_pdf`` is also imported by the tests to
build the long PDF into a temporary folder when it is not committed.

Needs the dev extras (pypdf, reportlab, pypdfium2) and, for ``legacy.doc``,
LibreOffice (``soffice``).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example"
SOURCE_PDF = EXAMPLE / "report-12pt.pdf"
SOURCE_DOCX = EXAMPLE / "report.docx"
FIXED_ZIP_TIME = (2025, 6, 1, 0, 0, 0)
SEED = 20250601
USER_PASSWORD = "secret-2025"
OWNER_PASSWORD = "owner-only-2025"
LONG_PAGES = 351
"""13 copies of the 27-page example."""
CHINESE_NAME = "吉首市 峒河街道 2024年度 自评报告（副本）.docx"
XXE_MARKER = "XXE-MARKER"


# ----------------------------------------------------------------------- helpers


def write_zip(path: Path, members: list[tuple[str, bytes]], *, level: int = 9) -> None:
    """Write a ZIP with fixed timestamps so the bytes are reproducible."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def docx_members(build: Callable[[object], None] | None = None) -> list[tuple[str, bytes]]:
    """Members of a python-docx document built by ``build`` (default: empty)."""
    import docx

    word = docx.Document()
    word.core_properties.author = "auditor broken corpus"
    word.core_properties.revision = 1
    import datetime as dt

    fixed = dt.datetime(2025, 6, 1)
    word.core_properties.created = fixed
    word.core_properties.modified = fixed
    word.core_properties.last_printed = fixed
    if build is not None:
        build(word)
    buffer = io.BytesIO()
    word.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def replace_member(
    members: list[tuple[str, bytes]], name: str, data: bytes
) -> list[tuple[str, bytes]]:
    return [(n, data if n == name else d) for n, d in members]


@contextlib.contextmanager
def seeded_secrets(seed: int) -> Iterator[None]:
    """Make pypdf's encryption salts and file IDs reproducible while writing."""
    rng = random.Random(seed)
    original = secrets.token_bytes

    def token_bytes(n: int | None = None) -> bytes:
        return rng.randbytes(32 if n is None else n)

    secrets.token_bytes = token_bytes  # type: ignore[assignment]
    try:
        yield
    finally:
        secrets.token_bytes = original  # type: ignore[assignment]


def pdf_from_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A classic-xref PDF from raw object bodies (object n is ``objects[n - 1]``)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def render_page_images(pdf: Path, pages: list[int], dpi: int = 60) -> list[bytes]:
    """Grey JPEG scans of the given pages (1-based), like a photocopied submission."""
    import pypdfium2 as pdfium

    images = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for number in pages:
            bitmap = document[number - 1].render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=40, optimize=True)
            images.append(buffer.getvalue())
    finally:
        document.close()
    return images


def image_pdf(images: list[bytes]) -> bytes:
    """A PDF whose pages are only pictures (no text layer at all)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for data in images:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return buffer.getvalue()


def write_pdf(writer: object, path: Path) -> None:
    buffer = io.BytesIO()
    writer.write(buffer)  # type: ignore[attr-defined]
    path.write_bytes(buffer.getvalue())


# ----------------------------------------------------------------------- the files


def make_empty(out: Path) -> None:
    (out / "empty.pdf").write_bytes(b"")


def make_truncated_pdf(out: Path) -> None:
    data = SOURCE_PDF.read_bytes()
    (out / "truncated.pdf").write_bytes(data[: len(data) * 2 // 5])


def make_encrypted(out: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    for name, user, seed in (
        ("owner-password-only.pdf", "", SEED),
        ("user-password.pdf", USER_PASSWORD, SEED + 1),
    ):
        writer = PdfWriter(clone_from=PdfReader(SOURCE_PDF))
        with seeded_secrets(seed):
            writer.encrypt(
                user_password=user,
                owner_password=OWNER_PASSWORD,
                algorithm="AES-256",
                permissions_flag=0,  # printing and copying forbidden: must still be read
            )
            write_pdf(writer, out / name)


def make_scanned(out: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    scans = render_page_images(SOURCE_PDF, [1, 2])
    (out / "scanned-all-pages.pdf").write_bytes(image_pdf(scans))
    # The example's last two pages (附件 signature page and its table) become scans.
    reader = PdfReader(SOURCE_PDF)
    last = [len(reader.pages) - 1, len(reader.pages)]
    images = PdfReader(io.BytesIO(image_pdf(render_page_images(SOURCE_PDF, last))))
    writer = PdfWriter()
    for page in reader.pages[:-2]:
        writer.add_page(page)
    for page in images.pages:
        writer.add_page(page)
    writer.add_metadata({"/Producer": "auditor broken corpus"})
    write_pdf(writer, out / "scanned-some-pages.pdf")


def make_renamed(out: Path) -> None:
    from PIL import Image

    image = Image.new("RGB", (64, 48), (200, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    (out / "picture-renamed.pdf").write_bytes(buffer.getvalue())
    shutil.copyfile(SOURCE_PDF, out / "pdf-renamed.docx")
    shutil.copyfile(SOURCE_DOCX, out / "docx-renamed.pdf")


def make_random(out: Path) -> None:
    rng = random.Random(SEED)
    (out / "random-bytes.pdf").write_bytes(rng.randbytes(64 * 1024))
    (out / "random-bytes.docx").write_bytes(b"PK\x03\x04" + rng.randbytes(16 * 1024))


def make_truncated_docx(out: Path) -> None:
    data = SOURCE_DOCX.read_bytes()
    (out / "truncated.docx").write_bytes(data[: len(data) // 2])


def make_zip_bomb(out: Path) -> None:
    """A .docx whose document.xml inflates to 1 GiB of zeros (about 1 MB on disk)."""
    members = docx_members()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "word/document.xml":
                with archive.open(info, "w", force_zip64=True) as handle:
                    chunk = b"\0" * (1 << 20)
                    for _ in range(1024):
                        handle.write(chunk)
            else:
                archive.writestr(info, data)
    (out / "zip-bomb.docx").write_bytes(buffer.getvalue())


def _report_paragraphs(word: object, lines: list[str]) -> None:
    for line in lines:
        word.add_paragraph(line)  # type: ignore[attr-defined]


_XXE_LINES = [
    "吉首市某单位2024年度部门整体支出绩效自评报告",
    "单位名称：XXE_ENTITY_HERE",
    "一、部门基本情况",
    "本单位人员编制 10 名，实有人数 9 名。年度预算 100.00 万元，支出 95.00 万元。",
    "二、评价结论：自评得分 90 分，等级为优。XXE_ENTITY_HERE",
]


def _with_doctype(xml: bytes, doctype: bytes, entity_ref: bytes) -> bytes:
    head, sep, body = xml.partition(b"?>")
    assert sep, "document.xml has an XML declaration"
    body = body.replace(b"XXE_ENTITY_HERE", entity_ref)
    return head + sep + b"\n" + doctype + body


def make_xxe(out: Path) -> None:
    """External entities to /etc/passwd (file), /etc/hostname, and an http URL.

    Well-formed XML, so a parser that resolved entities would put the files' content
    into the paragraph text (and the unit name) and the core properties.
    """
    members = docx_members(lambda w: _report_paragraphs(w, _XXE_LINES))
    doctype = (
        b"<!DOCTYPE w:document [\n"
        b'  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
        b'  <!ENTITY host SYSTEM "file:///etc/hostname">\n'
        b'  <!ENTITY net SYSTEM "http://127.0.0.1:9/xxe">\n'
        b"]>"
    )
    xml = dict(members)["word/document.xml"]
    xml = _with_doctype(xml, doctype, XXE_MARKER.encode() + b"&xxe;&host;&net;")
    members = replace_member(members, "word/document.xml", xml)
    # The same payload in the core properties (dc:creator), which python-docx parses too.
    core = dict(members)["docProps/core.xml"]
    head, sep, body = core.partition(b"?>")
    core_doctype = b'<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    body = body.replace(b"<dc:creator>", b"<dc:creator>&xxe;", 1)
    members = replace_member(members, "docProps/core.xml", head + sep + b"\n" + core_doctype + body)
    write_zip(out / "xxe.docx", members)


def make_billion_laughs(out: Path) -> None:
    members = docx_members(lambda w: _report_paragraphs(w, _XXE_LINES))
    entities = [b'  <!ENTITY lol "lol">']
    previous = b"lol"
    for level in range(1, 10):
        name = b"lol%d" % level
        entities.append(b'  <!ENTITY %s "%s">' % (name, (b"&" + previous + b";") * 10))
        previous = name
    doctype = b"<!DOCTYPE w:document [\n" + b"\n".join(entities) + b"\n]>"
    xml = dict(members)["word/document.xml"]
    xml = _with_doctype(xml, doctype, b"&lol9;")
    write_zip(out / "billion-laughs.docx", replace_member(members, "word/document.xml", xml))


def make_empty_docx(out: Path) -> None:
    write_zip(out / "empty.docx", docx_members())


def make_english(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle("Quarterly maintenance memo")
    lines = [
        "Quarterly Maintenance Memo",
        "",
        "To: Facilities team      From: Operations      Date: 12 March 2024",
        "",
        "1. Summary",
        "The boiler in building 3 was serviced on 4 March. Parts cost 1,250.00 and labour",
        "was 6 hours at 45.50 per hour. Total cost 1,523.00.",
        "",
        "2. Next steps",
        "Replace 12 ceiling lights in the east corridor (about 30% of the fixtures) before",
        "the inspection in 2025. The budget for this is 800 dollars.",
        "",
        "3. Contacts",
        "Call extension 4471 for access to the plant room between 8 and 17 hours.",
    ]
    y = 780.0
    for line in lines:
        c.setFont("Helvetica-Bold" if line[:1].isdigit() or y == 780.0 else "Helvetica", 11)
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    (out / "english-memo.pdf").write_bytes(buffer.getvalue())


def make_cyclic(out: Path) -> None:
    """Page-tree cycle, a Form XObject that draws itself, annotations that nest."""
    content = b"BT /F1 12 Tf 72 720 Td (Cyclic page tree test) Tj ET\n/X1 Do\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        # The page tree lists itself and the page twice.
        b"<< /Type /Pages /Kids [3 0 R 2 0 R 3 0 R] /Count 3 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources 6 0 R /Annots 7 0 R >>",
        stream(content),
        # Form XObject that draws itself.
        stream(
            b"/X1 Do\nBT /F1 10 Tf 72 700 Td (inside form) Tj ET\n",
            b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources 6 0 R",
        ),
        b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"
        b" /XObject << /X1 5 0 R >> >>",
        # An annotation array that contains itself.
        b"[7 0 R << /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Parent 7 0 R >>]",
    ]
    (out / "cyclic.pdf").write_bytes(pdf_from_objects(objects))


def make_deeply_nested(out: Path) -> None:
    """A page tree 3000 levels deep and an annotation nested 100 000 arrays deep."""
    depth = 3000
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    # Objects 2 .. depth+1 are /Pages nodes, each the only kid of the previous one.
    for n in range(2, depth + 2):
        parent = b" /Parent %d 0 R" % (n - 1) if n > 2 else b""
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (n + 1, parent))
    page = depth + 2
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
        b" /Annots [%d 0 R] >>" % (page - 1, page + 1, page + 2)
    )
    objects.append(stream(b"BT /F1 12 Tf 72 720 Td (Deeply nested test) Tj ET\n"))
    nesting = 100_000
    objects.append(
        b"<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Contents (x) /Deep "
        + b"[" * nesting
        + b"1"
        + b"]" * nesting
        + b" >>"
    )
    (out / "deeply-nested.pdf").write_bytes(pdf_from_objects(objects))


_HELVETICA = b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"


def one_page_pdf(content: bytes, filters: bytes = b"/Filter /FlateDecode") -> bytes:
    """A one-page PDF with Helvetica as /F1 and ``content`` as its (encoded) stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources " + _HELVETICA + b" >>",
        stream(content, filters),
    ]
    return pdf_from_objects(objects)


def make_flate_bomb(out: Path) -> None:
    """1 MB on disk, a content stream that inflates to 1 GiB of spaces."""
    c = zlib.compressobj(9)
    parts = [c.compress(b"BT /F1 12 Tf 72 720 Td (Flate bomb test) Tj ET\n")]
    chunk = b" " * (1 << 20)
    parts += [c.compress(chunk) for _ in range(1024)]
    parts.append(c.flush())
    (out / "flate-bomb.pdf").write_bytes(one_page_pdf(b"".join(parts)))


def make_bad_checksum(out: Path) -> None:
    """A content stream whose zlib checksum is wrong (pdfminer's slow recovery path).

    The stream is one line of text and 1.5 MB of comment lines of random hex, so it
    compresses badly: pdfminer's byte-at-a-time recovery is quadratic in it.
    """
    rng = random.Random(SEED + 2)
    lines = [b"BT /F1 12 Tf 72 720 Td (Bad checksum test) Tj ET"]
    lines += [b"%" + rng.randbytes(48).hex().encode() for _ in range(16_000)]
    data = zlib.compress(b"\n".join(lines) + b"\n", 9)
    data = data[:-4] + bytes(4 - i for i in range(4))  # wrong Adler-32
    (out / "bad-checksum.pdf").write_bytes(one_page_pdf(data))


def make_dense_page(out: Path) -> Path:
    """One page with 800 000 characters (a normal page has 2 000-5 000).

    Not part of ``corpus/broken/``: reading it takes minutes and about 2 GB, so the
    memory-cap test builds it in a temporary folder and audits it with a low cap.
    """
    # Words, so the page is read as text (not judged a garbage layer and sent to OCR).
    op = b"BT /F1 4 Tf 20 20 Td (report on the budget) Tj ET\n"
    target = out / "dense-page.pdf"
    target.write_bytes(one_page_pdf(zlib.compress(op * 40_000, 9)))
    return target


def write_long_pdf(path: Path, pages: int = LONG_PAGES, source: Path = SOURCE_PDF) -> int:
    """The example's pages repeated until ``pages`` pages; returns the page count.

    Fonts are shared, but every page gets its own content stream (a copy of the
    original's with a comment naming the copy), so pdfminer decodes and caches each
    page separately, as it would for a genuinely long report.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    reader = PdfReader(source)
    writer = PdfWriter()
    n = 0
    while n < pages:
        for page in reader.pages:
            if n == pages:
                break
            added = writer.add_page(page)
            data = page.get_contents().get_data()  # type: ignore[union-attr]
            content = DecodedStreamObject()
            content.set_data(data + b"\n%% copy %d\n" % n)
            added[NameObject("/Contents")] = writer._add_object(content.flate_encode())
            n += 1
    writer.add_metadata({"/Producer": "auditor broken corpus"})
    write_pdf(writer, path)
    return n


def make_long(out: Path, pages: int) -> None:
    write_long_pdf(out / f"long-{pages}-pages.pdf", pages)


def make_legacy(out: Path, force: bool) -> None:
    target = out / "legacy.doc"
    if target.exists() and not force:
        print(f"kept {target.name} (LibreOffice output is time-stamped; --force rebuilds)")
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("skipped legacy.doc: LibreOffice (soffice) is not installed", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="broken-corpus-") as tmp:
        work = Path(tmp)
        shutil.copyfile(SOURCE_DOCX, work / "legacy.docx")
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "doc:MS Word 97",
                "--outdir",
                str(work / "out"),
                str(work / "legacy.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copyfile(work / "out" / "legacy.doc", target)


def make_chinese_name(out: Path) -> None:
    shutil.copyfile(SOURCE_DOCX, out / CHINESE_NAME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "broken")
    parser.add_argument("--long-pages", type=int, default=LONG_PAGES)
    parser.add_argument("--force", action="store_true", help="rebuild legacy.doc too")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    steps: list[Callable[[Path], None]] = [
        make_empty,
        make_truncated_pdf,
        make_encrypted,
        make_scanned,
        make_renamed,
        make_random,
        make_truncated_docx,
        make_zip_bomb,
        make_xxe,
        make_billion_laughs,
        make_empty_docx,
        make_english,
        make_cyclic,
        make_deeply_nested,
        make_flate_bomb,
        make_bad_checksum,
        make_chinese_name,
    ]
    for step in steps:
        step(out)
    make_long(out, args.long_pages)
    make_legacy(out, args.force)
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"wrote {out} ({total / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
