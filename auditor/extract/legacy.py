"""Read legacy Word/WPS files (.doc, .wps, .rtf) by converting them with LibreOffice.

python-docx cannot read the old binary formats. When ``soffice`` is installed the file
is copied into a private temporary folder and converted to .docx there, so the user's
file is never touched; otherwise the user is told how to convert it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from auditor.errors import LEGACY_CONVERSION_FAILED, LEGACY_NEEDS_CONVERTER, InputError
from auditor.model import Document

CONVERT_TIMEOUT_SECONDS = 120


def find_soffice() -> str | None:
    """Path of the LibreOffice binary, if installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def extract_legacy(path: Path, source: str) -> Document:
    """Convert a .doc/.wps/.rtf file to .docx with LibreOffice and read that."""
    soffice = find_soffice()
    if soffice is None:
        raise InputError(LEGACY_NEEDS_CONVERTER, source)
    from auditor.extract.docx import extract_docx

    with tempfile.TemporaryDirectory(prefix="auditor-legacy-") as tmp:
        work = Path(tmp)
        copy = work / ("input" + (path.suffix.lower() or ".doc"))
        shutil.copyfile(path, copy)
        profile = (work / "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(copy),
        ]
        try:
            subprocess.run(
                command,
                check=True,
                capture_output=True,
                timeout=CONVERT_TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired as exc:
            raise InputError(LEGACY_CONVERSION_FAILED, source, "转换超时") from exc
        except (subprocess.CalledProcessError, OSError) as exc:
            raise InputError(LEGACY_CONVERSION_FAILED, source, type(exc).__name__) from exc
        converted = work / "out" / "input.docx"
        if not converted.exists():
            raise InputError(LEGACY_CONVERSION_FAILED, source, "LibreOffice 未生成 .docx")
        doc = extract_docx(converted, source)
    note = "该文件为旧版 Word/WPS 格式，已用 LibreOffice 转换为 .docx 后审核。"
    return replace(doc, notes=(*doc.notes, note))
