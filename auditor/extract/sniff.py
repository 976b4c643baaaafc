"""Tell a file's real type from its first bytes, not from its name.

Departments rename files: a PDF saved as ``.docx``, a photo saved as ``.pdf``. The
suffix only breaks ties between text formats.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

Kind = Literal["pdf", "docx", "legacy", "text", "image", "zip", "unknown"]

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
)
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


def sniff(path: Path, head: bytes) -> tuple[Kind, str]:
    """Classify a file by content; returns the kind and a short description."""
    if b"%PDF-" in head[:1024]:
        return "pdf", "PDF"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "docx", "damaged ZIP/DOCX"
        if "word/document.xml" in names:
            return "docx", "DOCX"
        if "content.xml" in names:
            return "unknown", "OpenDocument（.odt）"
        if any(n.startswith("xl/") for n in names):
            return "unknown", "Excel 工作簿"
        if any(n.startswith("ppt/") for n in names):
            return "unknown", "PowerPoint 演示文稿"
        return "zip", "ZIP 压缩包"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "legacy", "旧版 Office/WPS 文档"
    if head.startswith(b"{\\rtf"):
        return "legacy", "RTF"
    for magic, name in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "image", f"{name} 图片"
    if _looks_like_text(head):
        return "text", "文本"
    return "unknown", "无法识别的二进制文件"


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sample is still text.
            if exc.start >= len(head) - 4:
                return True
    return False
