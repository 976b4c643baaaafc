"""Resource limits for pdfminer and the mapping of its failures to typed errors.

pdfminer decodes every stream it touches completely into memory and caches it for
the life of the document. A hostile PDF can therefore carry a "decompression bomb":
1 MB of FlateDecode data that inflates to gigabytes (measured before this guard: a
1 MB file, 1 GiB of spaces, 2.1 GB peak RSS). :func:`guarded` installs bounded
decoders into ``pdfminer.pdftypes`` (Flate, LZW, RunLength, and a linear-time
version of pdfminer's quadratic ``decompress_corrupted``) and gives each document a
budget: no single stream may decode to more than :data:`MAX_STREAM_BYTES` and all
streams of one document together to no more than :data:`MAX_DOCUMENT_BYTES`. Past
that the document is refused with ``AUD118``. Real reports stay far below: a
400-page report decodes to tens of MB, a fully embedded CJK font to about 20 MB.
Image streams (scans) are never decoded by text extraction, so they do not count.

The shims replace module attributes of ``pdfminer.pdftypes`` once per process; they
behave exactly like the originals below the limits (same output, same
``zlib.error`` on corrupt data), so other pdfminer users in the process are not
affected except for the limit.

:func:`classify` turns whatever pdfminer/pdfplumber raised (often wrapped in
pdfplumber's ``PdfminerException``) into one :class:`~auditor.errors.InputError`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from auditor.errors import (
    CORRUPT_PDF,
    PASSWORD_INCORRECT,
    PASSWORD_REQUIRED,
    PDF_ENCRYPTION_UNSUPPORTED,
    RESOURCE_LIMIT,
    InputError,
)

MAX_STREAM_BYTES = 128 * 1024 * 1024
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024
_CHUNK = 64 * 1024

log = logging.getLogger(__name__)


class StreamTooLarge(Exception):
    """A PDF stream (or all streams of a document) decoded past the budget."""

    def __init__(self, decoded: int, limit: int, scope: str) -> None:
        self.decoded = decoded
        self.limit = limit
        self.scope = scope
        super().__init__(f"{scope} decodes to more than {limit // (1024 * 1024)} MiB")


MAX_CMAP_ENTRIES = 1 << 17
"""Entries one embedded CMap may define (a full 2-byte CID font has at most 65,536); a
damaged ``beginbfrange <0000> <FFFFFFFF>`` would otherwise expand into billions."""


class CMapTooLarge(Exception):
    """An embedded CMap defines more than :data:`MAX_CMAP_ENTRIES` entries."""


def _counted_entries(add: Callable[..., None]) -> Callable[..., None]:
    def wrapper(self: Any, *args: Any) -> None:
        n = self.__dict__.get("_auditor_entries", 0) + 1
        if n > MAX_CMAP_ENTRIES:
            raise CMapTooLarge(f"CMap defines more than {MAX_CMAP_ENTRIES} entries")
        self.__dict__["_auditor_entries"] = n
        add(self, *args)

    return wrapper


def _nextline(self: Any) -> tuple[int, bytes]:
    """Pdfminer's ``PSBaseParser.nextline`` collecting pieces in a list.

    The original grows one ``bytes`` by ``+=`` per 4 KB buffer: quadratic on a long
    line (a PDF whose tail is megabytes of zeros: minutes in the xref fallback).
    """
    from pdfminer.psparser import EOL

    parts: list[bytes] = []
    linepos = self.bufpos + self.charpos
    eol = False
    while True:
        self.fillbuf()
        if eol:
            c = self.buf[self.charpos : self.charpos + 1]
            if c == b"\n":  # handle b"\r\n"
                parts.append(c)
                self.charpos += 1
            break
        m = EOL.search(self.buf, self.charpos)
        if m:
            parts.append(self.buf[self.charpos : m.end(0)])
            self.charpos = m.end(0)
            if parts[-1][-1:] == b"\r":
                eol = True
            else:
                break
        else:
            parts.append(self.buf[self.charpos :])
            self.charpos = len(self.buf)
    return (linepos, b"".join(parts))


def _revreadlines(self: Any) -> Iterator[bytes]:
    """Pdfminer's ``PSBaseParser.revreadlines`` without its quadratic ``buf = s + buf``."""
    import io

    self.fp.seek(0, io.SEEK_END)
    pos = self.fp.tell()
    parts: list[bytes] = []  # the current line's pieces, last piece first
    while pos > 0:
        prevpos = pos
        pos = max(0, pos - self.BUFSIZ)
        self.fp.seek(pos)
        s = self.fp.read(prevpos - pos)
        if not s:
            break
        while True:
            n = max(s.rfind(b"\r"), s.rfind(b"\n"))
            if n == -1:
                parts.append(s)
                break
            parts.append(s[n:])
            yield b"".join(reversed(parts))
            parts = []
            s = s[:n]


class _Budget(threading.local):
    """Decoded bytes left for the document being read (per thread)."""

    def __init__(self) -> None:
        self.remaining: int | None = None

    def take(self, n: int) -> None:
        if self.remaining is None:
            return
        self.remaining -= n
        if self.remaining < 0:
            raise StreamTooLarge(MAX_DOCUMENT_BYTES - self.remaining, MAX_DOCUMENT_BYTES, "文档")


_budget = _Budget()


class _BoundedDecompressor:
    """A ``zlib.decompressobj`` that refuses to produce more than the budget."""

    def __init__(self, inner: Any, produced: int = 0) -> None:
        self._inner = inner
        self.produced = produced

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = MAX_STREAM_BYTES - self.produced + 1
        limit = room if max_length <= 0 else min(max_length, room)
        out: bytes = self._inner.decompress(data, limit)
        self._count(len(out))
        return out

    def flush(self, length: int = zlib.DEF_BUF_SIZE) -> bytes:
        out: bytes = self._inner.flush(length)
        self._count(len(out))
        return out

    def copy(self) -> _BoundedDecompressor:
        return _BoundedDecompressor(self._inner.copy(), self.produced)

    def _count(self, n: int) -> None:
        self.produced += n
        if self.produced > MAX_STREAM_BYTES:
            raise StreamTooLarge(self.produced, MAX_STREAM_BYTES, "单个数据流")
        _budget.take(n)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``."""

    error = zlib.error

    @staticmethod
    def decompressobj(*args: Any, **kwargs: Any) -> _BoundedDecompressor:
        return _BoundedDecompressor(zlib.decompressobj(*args, **kwargs))

    @staticmethod
    def decompress(data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = 0) -> bytes:
        """Like :func:`zlib.decompress` (including its errors), but bounded."""
        d = _BoundedZlib.decompressobj(wbits)
        parts = [d.decompress(data)]
        while d.unconsumed_tail and not d.eof:
            parts.append(d.decompress(d.unconsumed_tail))
        if not d.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return b"".join(parts)

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


def _decompress_corrupted(data: bytes) -> bytes:
    """Linear-time version of pdfminer's ``decompress_corrupted``, same result.

    The original feeds one byte at a time and appends to a ``bytes`` object, which is
    quadratic: a 600 KB stream with a bad checksum took 8 s, a few MB take minutes.
    Here whole chunks are fed and only a failing chunk is replayed byte by byte.
    """
    d = _BoundedZlib.decompressobj()
    parts: list[bytes] = []
    pos = 0
    while pos < len(data):
        chunk = data[pos : pos + _CHUNK]
        snapshot = d.copy()
        try:
            parts.append(d.decompress(chunk))
        except zlib.error:
            d = snapshot
            for k in range(len(chunk)):
                try:
                    parts.append(d.decompress(chunk[k : k + 1]))
                except zlib.error:
                    if pos + k < len(data) - 3:
                        raise
                    log.debug("data loss while decompressing corrupted data")
                    return b"".join(parts)
        pos += len(chunk)
    return b"".join(parts)


def _bounded_lzwdecode(data: bytes) -> bytes:
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    parts: list[bytes] = []
    produced = 0
    for piece in LZWDecoder(BytesIO(data)).run():
        produced += len(piece)
        if produced > MAX_STREAM_BYTES:
            raise StreamTooLarge(produced, MAX_STREAM_BYTES, "单个数据流")
        _budget.take(len(piece))
        parts.append(piece)
    return b"".join(parts)


def _bounded_rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 32000-1 §7.4.5), bounded; a truncated run ends the data."""
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        length = data[i]
        i += 1
        if length == 128:
            break
        if length < 128:
            out += data[i : i + length + 1]
            i += length + 1
        elif i < n:
            out += data[i : i + 1] * (257 - length)
            i += 1
        if len(out) > MAX_STREAM_BYTES:
            raise StreamTooLarge(len(out), MAX_STREAM_BYTES, "单个数据流")
    _budget.take(len(out))
    return bytes(out)


def _counted(decode: Callable[..., bytes]) -> Callable[..., bytes]:
    def wrapper(*args: Any, **kwargs: Any) -> bytes:
        out = decode(*args, **kwargs)
        if len(out) > MAX_STREAM_BYTES:
            raise StreamTooLarge(len(out), MAX_STREAM_BYTES, "单个数据流")
        _budget.take(len(out))
        return out

    return wrapper


_installed = False
_install_lock = threading.Lock()


def install() -> None:
    """Put the bounded decoders into ``pdfminer.pdftypes`` (once per process)."""
    global _installed
    with _install_lock:
        if _installed:
            return
        from pdfminer import pdftypes

        namespace: dict[str, Any] = vars(pdftypes)
        namespace["zlib"] = _BoundedZlib()
        namespace["decompress_corrupted"] = _decompress_corrupted
        namespace["lzwdecode"] = _bounded_lzwdecode
        namespace["rldecode"] = _bounded_rldecode
        namespace["ccittfaxdecode"] = _counted(namespace["ccittfaxdecode"])
        from pdfminer import cmapdb, psparser

        psparser.PSBaseParser.nextline = _nextline  # type: ignore[method-assign]
        psparser.PSBaseParser.revreadlines = _revreadlines  # type: ignore[method-assign]

        cmapdb.FileUnicodeMap.add_cid2unichr = _counted_entries(  # type: ignore[method-assign]
            cmapdb.FileUnicodeMap.add_cid2unichr
        )
        cmapdb.FileCMap.add_code2cid = _counted_entries(  # type: ignore[method-assign]
            cmapdb.FileCMap.add_code2cid
        )
        _installed = True


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Read one PDF under the decoding budget."""
    install()
    previous = _budget.remaining
    _budget.remaining = MAX_DOCUMENT_BYTES
    try:
        yield
    finally:
        _budget.remaining = previous


# ------------------------------------------------------------------ classification


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, what pdfplumber wrapped in it, and its causes, once each."""
    seen: list[BaseException] = []
    stack = [exc]
    while stack:
        e = stack.pop()
        if any(e is s for s in seen):  # a chain is a handful of exceptions
            continue
        seen.append(e)
        yield e
        stack.extend(a for a in e.args if isinstance(a, BaseException))
        if e.__cause__ is not None:
            stack.append(e.__cause__)
        if e.__context__ is not None:
            stack.append(e.__context__)


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def is_truncated(path: Path) -> bool:
    """Whether the file lacks the ``%%EOF`` marker a complete PDF ends with."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 2048))
            tail = handle.read()
    except OSError:
        return False
    return b"%%EOF" not in tail


def classify(
    exc: BaseException, source: str, path: Path, *, password: str | None, page: int | None = None
) -> InputError:
    """The typed error for a failure while opening or reading a PDF."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    causes = list(_causes(exc))
    for e in causes:
        if isinstance(e, InputError):
            return e
    for e in causes:
        if isinstance(e, PDFPasswordIncorrect):
            return InputError(PASSWORD_INCORRECT if password else PASSWORD_REQUIRED, source)
    for e in causes:
        if isinstance(e, PDFEncryptionError):
            return InputError(PDF_ENCRYPTION_UNSUPPORTED, source, _short(e))
        if isinstance(e, StreamTooLarge):
            return InputError(
                RESOURCE_LIMIT, source, f"{e.scope}解压后超过 {e.limit // (1024 * 1024)} MB"
            )
        if isinstance(e, MemoryError):
            return InputError(RESOURCE_LIMIT, source, "内存不足")
        if isinstance(e, CMapTooLarge):
            return InputError(
                RESOURCE_LIMIT, source, f"字体编码表（CMap）超过 {MAX_CMAP_ENTRIES} 项"
            )
    where = f"第 {page} 页：" if page is not None else ""
    for e in causes:
        if isinstance(e, RecursionError):
            return InputError(CORRUPT_PDF, source, f"{where}对象结构嵌套过深或循环引用")
    if is_truncated(path):
        return InputError(CORRUPT_PDF, source, f"{where}文件末尾缺失，可能下载或复制时被截断")
    inner = causes[1] if len(causes) > 1 and type(exc).__name__ == "PdfminerException" else exc
    return InputError(CORRUPT_PDF, source, where + _short(inner))
