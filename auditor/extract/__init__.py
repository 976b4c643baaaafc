"""Open any supported report and return one :class:`~auditor.model.Document`.

The real type is read from the file's content; the suffix only matters for text.
Every failure becomes an :class:`~auditor.errors.InputError` with a stable code.
Files are opened read-only and never written. A document that yields no text at all
(an empty Word file, a whitespace-only text file) is refused with ``AUD115`` rather
than audited into an empty result; one whose text layer is mostly undecodable
(``(cid:N)`` glyphs, replacement and control characters) is refused as a damaged
file (:mod:`auditor.extract.damage`), not passed as "not a report".
"""

from __future__ import annotations

from pathlib import Path

from auditor.errors import (
    CORRUPT_DOCX,
    CORRUPT_PDF,
    EMPTY_FILE,
    FILE_NOT_FOUND,
    FILE_UNREADABLE,
    NO_TEXT,
    NOT_A_FILE,
    UNREADABLE_TEXT,
    UNSUPPORTED,
    InputError,
)
from auditor.extract.damage import DAMAGED_SHARE, unreadable_share
from auditor.extract.sniff import TEXT_SUFFIXES, sniff
from auditor.model import Block, Document, Paragraph

SUPPORTED_SUFFIXES = {".pdf", ".docx", ".doc", ".wps", ".rtf", *TEXT_SUFFIXES}


def open_document(
    path: Path, *, source: str | None = None, password: str | None = None
) -> Document:
    """Extract a report from ``path``.

    Args:
        path: The file to read.
        source: The name to show the user (defaults to ``str(path)``).
        password: PDF user password, if the reviewer has one.

    Raises:
        InputError: The file is missing, empty, of an unsupported type, locked or
            damaged.
    """
    name = source or str(path)
    document = _extract(path, name, password)
    if not any(_has_text(block) for block in document.blocks):
        raise InputError(NO_TEXT, name)
    share = unreadable_share(document)
    if share >= DAMAGED_SHARE:
        kind = {"pdf": CORRUPT_PDF, "docx": CORRUPT_DOCX}.get(document.format, UNREADABLE_TEXT)
        raise InputError(kind, name, f"文字层无法识别：{share:.0%} 的字符无法解码为文字")
    return document


def _has_text(block: Block) -> bool:
    if isinstance(block, Paragraph):
        return bool(block.text.strip())
    return any(cell.text.strip() for cell in block.cells())


def _extract(path: Path, name: str, password: str | None) -> Document:
    try:
        if not path.exists():
            raise InputError(FILE_NOT_FOUND, name)
        if not path.is_file():
            raise InputError(NOT_A_FILE, name)
        with path.open("rb") as handle:
            head = handle.read(4096)
    except PermissionError as exc:
        raise InputError(FILE_UNREADABLE, name, "没有读取权限") from exc
    except OSError as exc:
        raise InputError(FILE_UNREADABLE, name, exc.strerror or type(exc).__name__) from exc
    if not head:
        raise InputError(EMPTY_FILE, name)
    kind, detail = sniff(path, head)
    if kind == "pdf":
        from auditor.extract.pdf import extract_pdf

        return extract_pdf(path, name, password=password)
    if kind == "docx":
        from auditor.extract.docx import extract_docx

        return extract_docx(path, name)
    if kind == "legacy":
        from auditor.extract.legacy import extract_legacy

        return extract_legacy(path, name)
    if kind == "text" and (path.suffix.lower() in TEXT_SUFFIXES or path.suffix == ""):
        from auditor.extract.plaintext import extract_text_report

        return extract_text_report(path, name)
    if kind == "text":
        detail = f"内容为纯文本，但扩展名为 {path.suffix}"
    elif kind == "image" and path.suffix:
        detail = f"{detail}，但扩展名为 {path.suffix}"
    raise InputError(UNSUPPORTED, name, detail)
