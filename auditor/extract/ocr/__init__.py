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
