"""Batch runner and outputs: time limits, crashes, clean-up, atomic writes.

The hang and the crash are simulated with the worker test hooks documented in
:mod:`auditor.batch` (``AUDITOR_TEST_STALL``, ``AUDITOR_TEST_CRASH``), which are read
only inside worker processes.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path

import pytest

import checks
from auditor import cli, registry
from auditor.batch import CRASH_ENV, STALL_ENV, BatchOptions, run_batch
from auditor.engine import DocumentResult
from auditor.errors import InputError
from auditor.extract import open_document
from auditor.render import atomic
from auditor.runner import RunSettings

ROOT = Path(__file__).resolve().parent.parent
GOOD_REPORT = ROOT / "corpus" / "example" / "report.txt"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the workers' temporary folders appear under ``tmp_path``."""
    base = tmp_path / "tmp"
    base.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(base))
    return base


def _copies(folder: Path, *names: str) -> list[Path]:
    out = []
    for name in names:
        target = folder / name
        shutil.copyfile(GOOD_REPORT, target)
        out.append(target)
    return out


def _run(files: list[Path], **options: object) -> list[DocumentResult]:
    settings = RunSettings(checks=tuple(registry.select([], [])))
    return run_batch(
        files,
        [],
        settings,
        checks.LEXICON_PATH,
        checks.FRAMEWORK_PATH,
        BatchOptions(**options),  # type: ignore[arg-type]
    )


def _leftovers(base: Path) -> list[str]:
    return sorted(p.name for p in base.iterdir())


# ------------------------------------------------------------------ time limit and crashes


@pytest.mark.slow  # waits out a 10 s limit
def test_timeout_kills_the_worker_and_the_batch_goes_on(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _copies(tmp_path, "a-stall.txt", "b-good.txt", "c-good.txt")
    monkeypatch.setenv(STALL_ENV, "stall:300")
    started = time.monotonic()
    # The limit leaves the good files room on a loaded machine; the stall is far beyond it.
    results = _run(files, jobs=2, timeout=10.0)
    elapsed = time.monotonic() - started
    assert [Path(r.path).name for r in results] == ["a-stall.txt", "b-good.txt", "c-good.txt"]
    stalled, *good = results
    assert stalled.status == "error"
    assert stalled.error is not None and stalled.error["code"] == "AUD110"
    assert "10" in stalled.error["message"] and "--timeout" in stalled.error["message"]
    assert all(r.status == "ok" and r.findings for r in good)
    latency = elapsed - 10.0
    print(f"\ntimeout 10 s: batch of 3 done in {elapsed:.2f} s (kill latency <= {latency:.2f} s)")
    # Not a timing test: the stalled worker (300 s) must have been killed, not awaited.
    assert elapsed < 120
    assert _leftovers(private_tmp) == []


def test_single_file_honours_timeout(
    tmp_path: Path,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (stall,) = _copies(tmp_path, "stall.txt")
    monkeypatch.setenv(STALL_ENV, "stall:60")
    started = time.monotonic()
    code = cli.main([str(stall), "--timeout", "0.5", "--format", "json", "--no-progress"])
    elapsed = time.monotonic() - started
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert code == 2
    assert doc["error"]["code"] == "AUD110"
    assert elapsed < 30  # killed at the timeout, not after the 60 s stall


def test_crashed_worker_is_replaced(
    tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _copies(tmp_path, "a-crash.txt", "b-good.txt", "c-crash.txt", "d-good.txt")
    monkeypatch.setenv(CRASH_ENV, "crash")
    results = _run(files, jobs=2, timeout=60)
    codes = [(r.error or {}).get("code") for r in results]
    assert codes == ["AUD113", None, "AUD113", None]
    assert "SIGKILL" in (results[0].error or {})["message"]
    assert results[1].status == results[3].status == "ok"
    assert _leftovers(private_tmp) == []


def test_hooks_are_inert_when_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(STALL_ENV, raising=False)
    monkeypatch.delenv(CRASH_ENV, raising=False)
    files = _copies(tmp_path, "stall-crash.txt")
    (result,) = _run(files, jobs=1, timeout=60)
    assert result.status == "ok"


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmdline:
            found.append(f"{proc.name}: {cmdline[:120]}")
    return found


@pytest.fixture
def hanging_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A stand-in for LibreOffice that starts a helper process and never finishes.

    Returns a marker found in the command line of both processes.
    """
    if not Path("/proc").exists():
        pytest.skip("needs /proc")
    marker = f"fake-soffice-{os.getpid()}-{time.monotonic_ns()}"
    script = tmp_path / "soffice"
    script.write_text(
        f"#!{sys.executable}\n"
        "import subprocess, sys, time\n"
        f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)', '{marker}'])\n"
        f"time.sleep(120)  # {marker}\n"
    )
    script.chmod(0o755)
    from auditor.extract import legacy

    monkeypatch.setattr(legacy, "find_soffice", lambda: str(script))
    return marker


def _fake_doc(folder: Path) -> Path:
    doc = folder / "hangs.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    return doc


def _gone_soon(marker: str, seconds: float = 0.5) -> list[str]:
    deadline = time.monotonic() + seconds
    while (alive := _processes_mentioning(marker)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def test_timeout_during_conversion_kills_libreoffice_too(
    tmp_path: Path, private_tmp: Path, hanging_soffice: str
) -> None:
    doc = _fake_doc(tmp_path)
    (result,) = _run([doc], jobs=1, timeout=1.0)
    assert result.error is not None and result.error["code"] == "AUD110"
    assert _gone_soon(hanging_soffice) == []
    assert _leftovers(private_tmp) == []


def test_conversion_timeout_kills_the_whole_process_group(
    tmp_path: Path, hanging_soffice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from auditor.extract import legacy

    monkeypatch.setattr(legacy, "CONVERT_TIMEOUT_SECONDS", 1)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        open_document(_fake_doc(tmp_path))
    # Killing only the launcher would leave the helper holding the output pipes, and
    # reading them to the end would wait for it (what subprocess.run(timeout=) does).
    assert time.monotonic() - started < 10
    assert caught.value.code == "AUD109"
    assert "超时" in caught.value.message_zh
    assert _gone_soon(hanging_soffice) == []


def test_timeout_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([str(GOOD_REPORT), "--timeout", "0"]) == 2
    assert "--timeout" in capsys.readouterr().err


# ------------------------------------------------------------------ atomic outputs


def _fail_fsync(exc: BaseException):  # type: ignore[no-untyped-def]
    def fsync(fd: int) -> None:
        raise exc

    return fsync


@pytest.mark.parametrize(
    "failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()]
)
def test_failed_write_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    target = tmp_path / "out.json"
    monkeypatch.setattr(atomic.os, "fsync", _fail_fsync(failure))
    with pytest.raises(type(failure)):
        atomic.write_text_atomic(target, "new")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    monkeypatch.setattr(atomic.os, "fsync", _fail_fsync(OSError(errno.EIO, "I/O error")))
    with pytest.raises(OSError):
        atomic.write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_written_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        atomic.write_text_atomic(tmp_path / "new.json", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644
    existing = tmp_path / "shared.json"
    existing.write_text("old")
    existing.chmod(0o664)
    atomic.write_text_atomic(existing, "new")
    assert existing.read_text() == "new"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o664


def test_cli_output_failure_is_reported_not_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    code = cli.main(
        [
            str(GOOD_REPORT),
            "--format",
            "json",
            "--output",
            str(blocker / "out.json"),
            "--no-progress",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 2
    assert "无法写入输出文件" in err and "cannot write output" in err
    assert "Traceback" not in out + err


def test_cli_xlsx_failure_leaves_old_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "summary.xlsx"
    summary.write_bytes(b"old workbook")
    monkeypatch.setattr(
        atomic.os, "fsync", _fail_fsync(OSError(errno.ENOSPC, "No space left on device"))
    )
    code = cli.main(
        [
            str(GOOD_REPORT),
            "--format",
            "json",
            "--output",
            str(tmp_path / "out.json"),
            "--xlsx",
            str(summary),
            "--no-progress",
        ]
    )
    _, err = capsys.readouterr()
    assert code == 2
    assert "No space left" in err
    assert summary.read_bytes() == b"old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.xlsx"]


def test_outputs_written_next_to_inputs_do_not_touch_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _copies(tmp_path, "a.txt", "b.txt")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    code = cli.main(
        [
            str(tmp_path),
            "--jobs",
            "2",
            "--format",
            "json",
            "--output",
            str(tmp_path / "r.json"),
            "--xlsx",
            str(tmp_path / "r.xlsx"),
            "--no-progress",
        ]
    )
    assert code == 1
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before
    report = json.loads((tmp_path / "r.json").read_text())
    assert [d["status"] for d in report["documents"]] == ["ok", "ok"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "r.json", "r.xlsx"]
