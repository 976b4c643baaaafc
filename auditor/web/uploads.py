"""Stream a multipart upload into a temporary folder, under a size and a count limit.

python-multipart parses the body as it arrives; each file goes straight to disk in
the request's own temporary folder (the caller removes the folder after the
response). Past the size limit or the file count the rest of the body is read and
dropped, so the browser still gets the Chinese message instead of a reset
connection.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from python_multipart.multipart import MultipartParser, parse_options_header


class UploadRejected(Exception):
    """The upload breaks a limit; ``message`` is the Chinese text for the user."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class Upload:
    """One uploaded file: the name the user gave and where it was saved."""

    name: str
    path: Path
    size: int = 0


@dataclass
class _State:
    folder: Path
    max_bytes: int
    max_files: int
    files: list[Upload] = field(default_factory=list)
    header_field: bytes = b""
    header_value: bytes = b""
    headers: dict[bytes, bytes] = field(default_factory=dict)
    current: Upload | None = None
    handle: IO[bytes] | None = None
    too_big: Upload | None = None
    too_many: bool = False


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(raw: str) -> str:
    """The file name without folders or characters a file system refuses."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = _UNSAFE.sub("_", name).lstrip(".")
    return name[:120] or "未命名"


async def receive_files(
    stream: AsyncIterator[bytes],
    content_type: str,
    folder: Path,
    *,
    max_bytes: int,
    max_files: int,
) -> list[Upload]:
    """Save every file part of the body under ``folder``; raise :class:`UploadRejected`."""
    kind, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadRejected("上传格式不正确：请用页面上的“选择文件”按钮上传报告。", 400)
    state = _State(folder=folder, max_bytes=max_bytes, max_files=max_files)
    parser = MultipartParser(boundary, _callbacks(state))  # type: ignore[arg-type]
    try:
        async for chunk in stream:
            if state.too_big is not None or state.too_many:
                continue  # refused: read the rest of the body without parsing it
            if chunk:
                parser.write(chunk)
        if state.too_big is None and not state.too_many:
            parser.finalize()
    finally:
        if state.handle is not None:
            state.handle.close()
    if state.too_big is not None:
        limit = max_bytes / 1024 / 1024
        raise UploadRejected(
            f"文件「{state.too_big.name}」超过 {limit:g} MB 的大小限制，未审核。"
            "请压缩图片或删去附件后重新导出，或请管理员调高上限（--max-size）。",
            413,
        )
    if state.too_many:
        raise UploadRejected(
            f"一次最多上传 {max_files} 个文件，请分批上传。",
            413,
        )
    files = [f for f in state.files if f.name]
    if not files:
        raise UploadRejected("没有收到文件：请先选择要审核的报告。", 400)
    return files


def _callbacks(state: _State) -> dict[str, Any]:
    def on_part_begin() -> None:
        state.headers = {}

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state.header_field += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state.header_value += data[start:end]

    def on_header_end() -> None:
        state.headers[state.header_field.lower()] = state.header_value
        state.header_field = state.header_value = b""

    def on_headers_finished() -> None:
        _, options = parse_options_header(state.headers.get(b"content-disposition", b""))
        raw = options.get(b"filename")
        state.current = None
        if raw is None or state.too_big is not None or state.too_many:
            return
        if len(state.files) >= state.max_files:
            state.too_many = True
            return
        name = raw.decode("utf-8", "replace")
        upload = Upload(name=safe_name(name) if name else "", path=Path())
        if upload.name:
            sub = state.folder / str(len(state.files) + 1)
            sub.mkdir()
            # Saved under a plain name (no reserved or over-long names on any system);
            # the user's name is put back into the result.
            upload.path = sub / ("upload" + Path(upload.name).suffix.lower()[:8])
            state.handle = upload.path.open("xb")
        state.files.append(upload)
        state.current = upload

    def on_part_data(data: bytes, start: int, end: int) -> None:
        upload = state.current
        if upload is None or state.handle is None:
            return
        upload.size += end - start
        if upload.size > state.max_bytes:
            state.too_big = upload
            state.handle.close()
            state.handle = None
            upload.path.unlink(missing_ok=True)
            state.current = None
            return
        state.handle.write(data[start:end])

    def on_part_end() -> None:
        if state.handle is not None:
            state.handle.close()
            state.handle = None
        state.current = None

    return {
        "on_part_begin": on_part_begin,
        "on_header_field": on_header_field,
        "on_header_value": on_header_value,
        "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished,
        "on_part_data": on_part_data,
        "on_part_end": on_part_end,
    }
