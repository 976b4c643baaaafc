"""Read scanned (image-only) PDF pages offline with OCR, into the same Document model.

Optional: ``pip install 'auditor[ocr]'`` brings ``rapidocr-onnxruntime`` (PP-OCRv4
Chinese detection and recognition models inside its wheel, no download at run time),
onnxruntime and OpenCV. Without it, scanned pages are reported as not read, with the
hint :data:`INSTALL_HINT`.

Modules, one job each: :mod:`.render` (page → image, deskew), :mod:`.engine` (the OCR
engine wrapper: image → text boxes with scores), :mod:`.figures` (checks each box's
numbers against the shapes a figure can take), :mod:`.tables` (ruling lines → cells,
boxes → cells), :mod:`.lines` (boxes → text lines), :mod:`.ink` (seals and handwriting
in signature boxes) and :mod:`.page` (one scanned page end to end).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from auditor.pdfium_lock import PDFIUM_LOCK

INSTALL_HINT = "安装 OCR 扩展后可识别扫描页：pip install 'auditor[ocr]'"
"""Shown wherever scanned pages were left unread because the extra is missing."""


def ocr_available() -> bool:
    """Whether the OCR extra is installed (and not turned off by ``AUDITOR_OCR=off``)."""
    if os.environ.get("AUDITOR_OCR", "").lower() in {"0", "off", "no", "false"}:
        return False
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("rapidocr_onnxruntime", "cv2", "numpy")
    )


PageListener = Callable[[int, int, str], None]
"""Called as ``listener(done, total, source)`` before each page is OCR'd."""
_listener: PageListener | None = None


def set_page_listener(listener: PageListener | None) -> None:
    """Have ``listener`` told of every page about to be OCR'd (None: nobody).

    A batch worker sends these to the parent, which shows ``识别扫描页 3/12：report.pdf``;
    text pages never call it, so text PDFs pay nothing.
    """
    global _listener
    _listener = listener


def report_page(done: int, total: int, source: str) -> None:
    """Tell the listener, if any, that page ``done`` of ``total`` is being OCR'd."""
    if _listener is not None:
        _listener(done, total, source)


SECONDS_PER_PAGE = 60.0
"""Time budget per page to OCR, added to a file's batch time limit (measured: 5–36 s a
page on 2 shared cores, see bench/results.md)."""
ADDRESS_SPACE = 2 * 1024 * 1024 * 1024
"""Extra address space a worker needs for onnxruntime (its thread pools and the mapped
models reserve ~1 GB of virtual memory beyond what they touch)."""


def scanned_page_count(path: str) -> int:
    """How many pages of a PDF have no text, or garbage text, to OCR (0 for a non-PDF).

    Cheap (pypdfium2 reads each page's characters without laying them out), so the
    batch can scale a file's time limit before the file is read.
    """
    from auditor.extract.pdfgarbage import is_garbage

    try:
        with Path(path).open("rb") as handle:
            if b"%PDF" not in handle.read(1024):
                return 0
        import pypdfium2 as pdfium
    except Exception:
        return 0
    count = 0
    with PDFIUM_LOCK:  # the web page may be rendering pages in another thread
        try:
            document = pdfium.PdfDocument(path)
        except Exception:
            return 0
        try:
            for index in range(len(document)):
                page = document[index]
                text = page.get_textpage()
                if text.count_chars() == 0 or is_garbage(text.get_text_range()):
                    count += 1
                text.close()
                page.close()
        except Exception:
            return count
        finally:
            document.close()
    return count
