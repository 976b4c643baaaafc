"""Start-up warm pass: run every code path of the page once before any worker is forked.

Each upload is audited in a worker forked from the server while other threads render
pages and build results. A module being imported by one thread at the moment of a fork
stays locked in the child forever (Python does not reset per-module import locks in a
forked child): a worker that then imports it hangs until the time limit. Auditing a
small generated PDF, DOCX and text report here, and building their result pages and
downloads, loads what those paths import lazily (pdfminer's parsers, PIL's image
plugins, openpyxl's writers, the rules' data), so neither side imports much after
start-up; each worker also starts warm instead of importing pdfplumber and the rules
again for every file.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

from auditor.web.setup import AuditSetup

REPORT = """2024年度部门整体支出绩效自评报告
一、部门基本情况
年末编制数10名，实有人数9名。
二、收支情况
2024年度收入合计100万元，其中：财政拨款90万元，其他收入10万元。
表1 收支情况（万元）
项目\t金额
财政拨款\t90
其他收入\t10
合计\t100
三、自评得分
预算执行率=90/100×100%=90%，得分9分。自评得分90分，等级为优。
"""


def warm_up(setup: AuditSetup) -> None:
    """Import and exercise the audit, page rendering and downloads once (about a second)."""
    import ctypes
    import threading

    with contextlib.suppress(ImportError):  # not on Windows
        import resource  # noqa: F401
    import auditor.batch
    import auditor.extract.legacy  # noqa: F401
    from auditor.engine import audit_file, load_knowledge
    from auditor.render.json_report import dumps
    from auditor.web.standalone import inline_downloads, render_page
    from auditor.web.templating import environment

    for codec in (
        "utf-16-be",
        "utf-16-le",
        "utf-16",
        "gbk",
        "gb18030",
        "gb2312",
        "cp1252",
        "latin-1",
    ):
        "".encode(codec)  # codecs a PDF or text file may need load their module once
    del ctypes, threading
    knowledge = load_knowledge(setup.lexicon, setup.framework)
    folder = Path(tempfile.mkdtemp(prefix="auditor-warm-"))
    try:
        for path in _samples(folder):
            result, _ = audit_file(path, knowledge, setup.settings)
            from auditor.web.view import build_view

            view = build_view(result, path)
            view.downloads = inline_downloads(result)
            render_page([view])
            dumps([result])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for name in ("index.html", "result.html", "batch.html", "message.html"):
        environment().get_template(name)


def _samples(folder: Path) -> list[Path]:
    text = folder / "warm.txt"
    text.write_text(REPORT, encoding="utf-8")
    out = [text]
    with contextlib.suppress(Exception):  # a warm pass that cannot build a sample skips it
        out.append(_docx(folder / "warm.docx"))
    with contextlib.suppress(Exception):
        out.append(_pdf(folder / "warm.pdf"))
    return out


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    lines = REPORT.splitlines()
    for line in lines[:5]:
        document.add_paragraph(line)
    table = document.add_table(rows=4, cols=2)
    for r, line in enumerate(lines[6:10]):
        for c, cell in enumerate(line.split("\t")):
            table.cell(r, c).text = cell
    for line in lines[10:]:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    """A one-page PDF with a text line (pdfium's standard Helvetica) and a ruled box."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    font = raw.FPDFText_LoadStandardFont(pdf, b"Helvetica")
    text = raw.FPDFPageObj_NewTextObj(pdf, b"Helvetica", 12.0)
    message = "Total 100 = 90 + 10\x00".encode("utf-16-le")
    buffer = (raw.c_ushort * (len(message) // 2)).from_buffer_copy(message)
    raw.FPDFText_SetText(text, buffer)
    raw.FPDFPageObj_Transform(text, 1, 0, 0, 1, 72, 760)
    raw.FPDFPage_InsertObject(page, text)
    rect = raw.FPDFPageObj_CreateNewRect(72, 600, 300, 100)
    raw.FPDFPath_SetDrawMode(rect, 0, 1)
    raw.FPDFPage_InsertObject(page, rect)
    raw.FPDFPage_GenerateContent(page)
    raw.FPDFFont_Close(font)
    data = io.BytesIO()
    pdf.save(data)
    page.close()
    pdf.close()
    path.write_bytes(data.getvalue())
    return path
