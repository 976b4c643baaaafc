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


FILE_NOT_FOUND = ErrorKind(
    "AUD100",
    "找不到文件：{name}。请检查路径和文件名是否正确。",
    "file not found: {name}; check the path and file name",
)
NOT_A_FILE = ErrorKind(
    "AUD101",
    "不是普通文件（可能是设备或管道）：{name}。请给出报告文件或其所在的文件夹。",
    "not a regular file: {name}; give a report file or a folder of reports",
)
EMPTY_FILE = ErrorKind(
    "AUD102",
    "文件为空（0 字节）：{name}。可能上传或复制不完整，请重新获取文件。",
    "empty file (0 bytes): {name}; the upload or copy may have failed, get the file again",
)
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
PASSWORD_INCORRECT = ErrorKind(
    "AUD104",
    "PDF 打开密码不正确：{name}。请核对 --password 提供的密码，或向报送单位索取无密码版本。",
    "wrong PDF password for {name}; check --password or ask for an unprotected copy",
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
    "Word 文件解压后过大或结构异常（疑似压缩炸弹），已拒绝读取：{name}（{detail}）。"
    "请用 Word/WPS 打开后另存为 .docx 再提交。",
    "DOCX archive is implausibly large or complex (zip bomb?) and was refused: {name} "
    "({detail}); re-save it in Word/WPS",
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
    "PDF 没有文字层（可能是扫描件），无法审核：{name}。请提交可复制文字的电子版，"
    "或安装 OCR 扩展识别扫描页：pip install 'auditor[ocr]'。",
    "PDF has no text layer (scanned?): {name}; submit a text PDF or enable OCR with "
    "pip install 'auditor[ocr]'",
)
UNREADABLE_TEXT = ErrorKind(
    "AUD112",
    "文本文件编码无法识别：{name}。请另存为 UTF-8。",
    "text file encoding not recognised: {name}; save it as UTF-8",
)
WORKER_CRASHED = ErrorKind(
    "AUD113",
    "审核此文件时处理进程异常退出（可能是文件异常或内存不足），已跳过：{name}（{detail}）。"
    "请重新导出后重试；如仍失败，请把文件反馈给开发者。",
    "the worker process died while auditing {name} ({detail}); file skipped; export it "
    "again, or report the file if it keeps failing",
)
FILE_UNREADABLE = ErrorKind(
    "AUD114",
    "无法读取文件（{detail}）：{name}。请检查文件权限，或把文件复制到本机后重试。",
    "cannot read the file ({detail}): {name}; check its permissions or copy it locally",
)
NO_TEXT = ErrorKind(
    "AUD115",
    "文件中没有任何文字内容，无法审核：{name}。请确认提交的是报告正文而不是空白文档。",
    "the document contains no text at all: {name}; submit the report itself",
)
UNSAFE_XML = ErrorKind(
    "AUD116",
    "Word 文件内含 XML 实体声明（DTD），正常的 Word/WPS 文件不会包含，可能是恶意构造的文件，"
    "已拒绝读取：{name}（{detail}）。请用 Word/WPS 打开后另存为 .docx 再提交。",
    "DOCX contains an XML DTD / entity declarations, which Word never writes; refused as "
    "possibly malicious: {name} ({detail}); re-save it in Word/WPS",
)
PDF_ENCRYPTION_UNSUPPORTED = ErrorKind(
    "AUD117",
    "PDF 使用了不支持的加密方式，无法读取：{name}（{detail}）。请向报送单位索取未加密的版本。",
    "PDF uses an unsupported encryption method: {name} ({detail}); ask for an unencrypted copy",
)
RESOURCE_LIMIT = ErrorKind(
    "AUD118",
    "文件内容过大或结构异常，超出审核的资源限制，已拒绝读取：{name}（{detail}）。"
    "可能是异常或恶意构造的文件；请重新导出后再提交。",
    "the file exceeds the auditor's resource limits and was refused: {name} ({detail}); "
    "it may be malformed or malicious; export it again",
)
OUTPUT_REFUSED = ErrorKind(
    "AUD119",
    "拒绝写入输出文件 {name}：该路径{detail}。为免覆盖报告或设备，输出只能写到新路径或已有的普通文件；"
    "请换一个输出文件名。",
    "refusing to write output {name}: the path {detail}; outputs go only to a new path or an "
    "existing regular file that is not an input; choose another name",
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
