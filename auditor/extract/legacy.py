"""Read legacy Word/WPS files (.doc, .wps, .rtf) by converting them with LibreOffice.

python-docx cannot read the old binary formats. When ``soffice`` is installed the file
is copied into a private temporary folder and converted to .docx there, so the user's
file is never touched; otherwise the user is told how to convert it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
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


_active_groups: set[int] = set()
"""Process groups of running conversions, for :func:`kill_conversions`."""


def kill_conversions() -> None:
    """Kill every LibreOffice conversion this process started (all its processes).

    The batch worker calls this from its SIGTERM handler, so a conversion does not
    outlive a worker that is stopped for running past ``--timeout``.
    """
    for group in list(_active_groups):
        with contextlib.suppress(OSError):
            os.killpg(group, signal.SIGKILL)
        _active_groups.discard(group)


def _convert(command: list[str], source: str) -> None:
    """Run LibreOffice in its own process group; kill the whole group on any failure.

    ``soffice`` is a launcher that starts ``oosplash`` and ``soffice.bin``; killing
    only the launcher (what ``subprocess.run`` does on timeout) would leave them.
    """
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as exc:
        raise InputError(LEGACY_CONVERSION_FAILED, source, type(exc).__name__) from exc
    _active_groups.add(proc.pid)
    finished = False
    try:
        proc.communicate(timeout=CONVERT_TIMEOUT_SECONDS)
        finished = True
    except subprocess.TimeoutExpired as exc:
        raise InputError(LEGACY_CONVERSION_FAILED, source, "转换超时") from exc
    finally:
        if not finished:
            # The launcher is not reaped yet, so its group id cannot have been reused.
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
        _active_groups.discard(proc.pid)
    if proc.returncode != 0:
        raise InputError(LEGACY_CONVERSION_FAILED, source, f"LibreOffice 退出码 {proc.returncode}")


_LOCKED_DOWN = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting">
 <prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc">
 <prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""
"""A fresh profile's settings: macro execution disabled at the highest security level,
untrusted referer links blocked, no first-run dialogs."""


def write_locked_down_profile(profile: Path) -> None:
    """Create a fresh LibreOffice user profile in which no macro runs."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_LOCKED_DOWN, encoding="utf-8")


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
        profile = work / "profile"
        write_locked_down_profile(profile)
        command = [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--nologo",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(copy),
        ]
        _convert(command, source)
        converted = work / "out" / "input.docx"
        if not converted.exists():
            raise InputError(LEGACY_CONVERSION_FAILED, source, "LibreOffice 未生成 .docx")
        doc = extract_docx(converted, source)
    note = "该文件为旧版 Word/WPS 格式，已用 LibreOffice 转换为 .docx 后审核。"
    return replace(doc, notes=(*doc.notes, note))
