"""Typed errors that end the audit of one file with a clear, bilingual message.

Every error a user can meet has a stable code (``AUD1xx`` for input problems,
``AUD0xx`` for the engine), a Chinese message that names the file and says what to
do, and an English message for logs and other tools. Only the CLI and the batch
runner catch these; nothing prints a traceback unless ``--debug`` asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ErrorKind:
    """A class of input failure: stable code, Chinese and English templates."""

    code: str
    zh: str
    en: str


FILE_NOT_FOUND = ErrorKind("AUD100", "找不到文件：{name}", "file not found: {name}")
NOT_A_FILE = ErrorKind("AUD101", "不是文件：{name}", "not a regular file: {name}")
EMPTY_FILE = ErrorKind("AUD102", "文件为空（0 字节）：{name}", "empty file: {name}")
UNSUPPORTED = ErrorKind(
    "AUD103",
    "不支持的文件类型（{detail}）：{name}。请提交 PDF、Word（.docx）或文本文件。",
    "unsupported file type ({detail}): {name}; submit PDF, DOCX or text",
)
PASSWORD_REQUIRED = ErrorKind(
    "AUD104",
    "PDF 需要打开密码：{name}。请向报送单位索取无密码版本，或用 --password 提供密码。",
    "PDF requires a user password: {name}; ask for an unprotected copy or pass --password",
)
CORRUPT_PDF = ErrorKind(
    "AUD105",
    "PDF 文件已损坏或不完整，无法读取：{name}（{detail}）。请重新导出或重新报送。",
    "PDF is damaged or truncated: {name} ({detail}); export or submit it again",
)
CORRUPT_DOCX = ErrorKind(
    "AUD106",
    "Word 文件已损坏，无法读取：{name}（{detail}）。请用 Word/WPS 另存为 .docx 后重试。",
    "DOCX is damaged: {name} ({detail}); re-save it as .docx and try again",
)
ARCHIVE_TOO_LARGE = ErrorKind(
    "AUD107",
    "Word 文件解压后过大或结构异常，已拒绝读取：{name}（{detail}）。",
    "DOCX archive is implausibly large or complex and was refused: {name} ({detail})",
)
LEGACY_NEEDS_CONVERTER = ErrorKind(
    "AUD108",
    "旧版 Word/WPS 文件（.doc/.wps）需要 LibreOffice 才能转换：{name}。"
    "请安装 LibreOffice，或用 Word/WPS 另存为 .docx 后重试。",
    "legacy .doc/.wps needs LibreOffice to convert: {name}; install it or save as .docx",
)
LEGACY_CONVERSION_FAILED = ErrorKind(
    "AUD109",
    "旧版 Word/WPS 文件转换失败：{name}（{detail}）。请用 Word/WPS 另存为 .docx 后重试。",
    "legacy .doc/.wps conversion failed: {name} ({detail}); save it as .docx",
)
TIMEOUT = ErrorKind(
    "AUD110",
    "审核超时（超过 {detail} 秒），已跳过：{name}。可用 --timeout 放宽时限。",
    "audit timed out after {detail} s and was skipped: {name}; raise --timeout",
)
NO_TEXT_LAYER = ErrorKind(
    "AUD111",
    "PDF 没有文字层（可能是扫描件），无法审核：{name}。请提交可复制文字的电子版。",
    "PDF has no text layer (scanned?): {name}; submit a text PDF",
)
UNREADABLE_TEXT = ErrorKind(
    "AUD112",
    "文本文件编码无法识别：{name}。请另存为 UTF-8。",
    "text file encoding not recognised: {name}; save it as UTF-8",
)
WORKER_CRASHED = ErrorKind(
    "AUD113",
    "审核此文件时处理进程异常退出，已跳过：{name}（{detail}）。",
    "the worker process died while auditing {name} ({detail}); file skipped",
)
INTERNAL = ErrorKind(
    "AUD001",
    "审核程序内部错误，已跳过此文件：{name}（{detail}）。请将文件和 --debug 输出反馈给开发者。",
    "internal error while auditing {name} ({detail}); please report it with --debug output",
)


class AuditorError(Exception):
    """Base of every error that ends the audit of one file."""

    def __init__(self, kind: ErrorKind, name: str, detail: str = "") -> None:
        self.kind = kind
        self.name = name
        self.detail = detail
        super().__init__(self.message_en)

    @property
    def code(self) -> str:
        """Stable error code such as ``AUD104``."""
        return self.kind.code

    @property
    def message_zh(self) -> str:
        """Chinese message naming the file and the remedy."""
        return self.kind.zh.format(name=self.name, detail=self.detail)

    @property
    def message_en(self) -> str:
        """English message naming the file and the remedy."""
        return self.kind.en.format(name=self.name, detail=self.detail)

    def to_json(self) -> dict[str, str]:
        """The ``error`` object of the JSON contract."""
        return {"code": self.code, "message": self.message_zh, "message_en": self.message_en}


class InputError(AuditorError):
    """The file cannot be read as a report (missing, damaged, wrong type, locked)."""


class ConfigError(Exception):
    """The command line or ``auditor.toml`` is wrong; the whole run stops (exit 2)."""
