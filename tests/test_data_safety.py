"""Nothing lost, nothing overwritten, nothing left running (issue 13, data safety).

- outputs (``-o``, ``--xlsx``) never replace an input, a device, a pipe or a folder;
- a file name of any bytes is carried through: shown escaped, JSON valid UTF-8 with
  the raw bytes alongside, and a batch's outputs are always written;
- killing ``audit`` (SIGTERM or SIGKILL) mid-file leaves no worker, no LibreOffice and
  no temporary folder;
- size-0 glyphs do not lose repeated digits, and a finding quoting a figure the
  document does not contain is dropped.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from test_pdf_fast import make_pdf

from auditor import cli
from auditor.batch import STALL_ENV
from auditor.errors import InputError
from auditor.extract import open_document
from auditor.extract.pdf import extract_pdf
from auditor.extract.pdftext import ENGINE_VARIABLE
from auditor.findings import Evidence, Finding, Severity
from auditor.model import Location

ROOT = Path(__file__).resolve().parent.parent
GOOD_REPORT = ROOT / "corpus" / "example" / "report.txt"
GOOD_PDF = ROOT / "corpus" / "example" / "report-reportlab.pdf"
SCHEMA = ROOT / "auditor" / "schema" / "report.schema.json"
GBK_NAME = os.fsdecode("部门整体支出绩效自评报告".encode("gbk") + b".txt")


def display_name(name: str | Path) -> str:
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _snapshot(paths: list[Path]) -> dict[Path, tuple[bytes, int]]:
    return {p: (p.read_bytes(), p.stat().st_ino) for p in paths}


# ------------------------------------------------------------------ outputs onto inputs


@pytest.mark.parametrize(
    "case",
    ["same-text", "same-pdf-json", "xlsx-in-folder", "hard-link", "symlink", "dot-spelling"],
)
def test_output_onto_an_input_is_refused(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    shutil.copyfile(GOOD_REPORT, report)
    pdf = tmp_path / "r.pdf"
    shutil.copyfile(GOOD_PDF, pdf)
    argv = {
        "same-text": ["r.txt", "-o", "r.txt"],
        "same-pdf-json": ["r.pdf", "--format", "json", "-o", "r.pdf"],
        "xlsx-in-folder": [str(tmp_path), "--xlsx", str(pdf)],
        "hard-link": ["r.txt", "-o", "link.txt"],
        "symlink": ["r.txt", "--format", "json", "-o", "sym.json"],
        "dot-spelling": ["r.txt", "-o", "./sub/../r.txt"],
    }[case]
    (tmp_path / "sub").mkdir()
    os.link(report, tmp_path / "link.txt")
    (tmp_path / "sym.json").symlink_to(report)
    before = _snapshot([report, pdf])
    code = cli.main([*argv, "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "拒绝写入输出文件" in err and "输入文件" in err
    assert _snapshot([report, pdf]) == before


def _device(tmp_path: Path) -> Path:
    """A character device to aim an output at, never a shared one the old code could break.

    As root the audit could replace any device node, so the test makes its own null
    device; otherwise ``/dev/null`` is safe (it cannot be replaced without root).
    """
    if os.geteuid() != 0:
        return Path("/dev/null")
    node = tmp_path / "null-device"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot make a device node here")
    return node


def test_output_onto_a_device_pipe_or_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = _device(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, reason in [(device, "设备"), (fifo, "管道"), (tmp_path, "文件夹")]:
        code = cli.main([str(GOOD_REPORT), "--format", "json", "-o", str(target)])
        err = capsys.readouterr().err
        assert code == 2, target
        assert "拒绝写入输出文件" in err and reason in err, err
        code = cli.main([str(GOOD_REPORT), "--xlsx", str(target), "--no-progress"])
        assert code == 2 and reason in capsys.readouterr().err
    assert device.is_char_device()
    assert fifo.is_fifo()


def test_the_guard_accepts_new_paths_and_other_regular_files(tmp_path: Path) -> None:
    from auditor.outputs import check_output_path

    report = tmp_path / "r.txt"
    shutil.copyfile(GOOD_REPORT, report)
    other = tmp_path / "old.json"
    other.write_text("{}")
    check_output_path(tmp_path / "new.json", [report])
    check_output_path(other, [report])
    with pytest.raises(InputError) as caught:
        check_output_path(report, [other, report])
    assert caught.value.code == "AUD119"


# ------------------------------------------------------------------ file names of any bytes


def _gbk_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copyfile(GOOD_REPORT, folder / GBK_NAME)
    shutil.copyfile(GOOD_REPORT, folder / "b.txt")
    return folder


def test_gbk_file_name_in_a_batch_keeps_every_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _gbk_folder(tmp_path)
    out, xlsx = tmp_path / "out.json", tmp_path / "out.xlsx"
    code = cli.main(
        [str(folder), "--jobs", "2", "--format", "json", "-o", str(out), "--xlsx", str(xlsx)]
    )
    capsys.readouterr()
    assert code == 1  # the example has errors; both files audited
    raw = out.read_bytes()
    report = json.loads(raw.decode("utf-8"))
    jsonschema.validate(report, json.loads(SCHEMA.read_text()))
    docs = {Path(d["path"]).name: d for d in report["documents"]}
    assert set(docs) == {"b.txt", display_name(GBK_NAME)}
    odd = docs[display_name(GBK_NAME)]
    assert odd["status"] == "ok" and odd["findings"]
    assert "\\x" in odd["path"]
    assert base64.b64decode(odd["path_bytes_b64"]) == os.fsencode(folder / GBK_NAME)
    assert "path_bytes_b64" not in docs["b.txt"]
    sheet_text = " ".join(
        str(v)
        for ws in openpyxl.load_workbook(xlsx).worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    )
    assert display_name(GBK_NAME) in sheet_text


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["json", "console"])
def test_stdout_is_valid_utf8_whatever_the_file_name(tmp_path: Path, fmt: str) -> None:
    folder = _gbk_folder(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "auditor.cli", str(folder), "--format", fmt, "--no-progress"],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "300"},
    )
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")  # raises if not valid UTF-8
    assert "Traceback" not in done.stderr.decode("utf-8", "replace")
    if fmt == "json":
        text = " ".join(d["path"] for d in json.loads(text)["documents"])
    assert display_name(GBK_NAME)[:16] in text  # escaped, whatever the line wrapping


# ------------------------------------------------------------------ killed mid-file


def _children(pid: int) -> list[int]:
    out = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            out.append(int(proc.name))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _mentioning(marker: str) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline and _alive(int(proc.name)):
            found.append(int(proc.name))
    return found


def _wait(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


@pytest.mark.slow
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("stage", ["auditing", "converting"])
def test_killing_audit_mid_file_leaves_nothing_running(
    how: signal.Signals, stage: str, tmp_path: Path
) -> None:
    if not Path("/proc").exists():
        pytest.skip("needs /proc")
    base = tmp_path / "tmp"
    base.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    marker = f"fake-soffice-{os.getpid()}-{time.monotonic_ns()}"
    # A stand-in for LibreOffice (not installed here) that starts a helper and hangs.
    soffice = bin_dir / "soffice"
    soffice.write_text(
        f"#!{sys.executable}\n"
        "import subprocess, sys, time\n"
        f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)', '{marker}'])\n"
        f"time.sleep(120)  # {marker}\n"
    )
    soffice.chmod(0o755)
    if stage == "converting":
        target = tmp_path / "hangs.doc"
        target.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    else:
        target = tmp_path / "stall.txt"
        shutil.copyfile(GOOD_REPORT, target)
    env = {
        **os.environ,
        "TMPDIR": str(base),
        STALL_ENV: "stall:120",
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    parent = subprocess.Popen(
        [sys.executable, "-m", "auditor.cli", str(target), "--no-progress", "--format", "json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        workers: list[int] = []

        def started() -> bool:
            workers[:] = _children(parent.pid)
            busy = bool(_mentioning(marker)) if stage == "converting" else True
            return bool(workers) and any(base.iterdir()) and busy

        assert _wait(started, 30), "the worker did not start"
        time.sleep(0.3)  # mid-file
        parent.send_signal(how)
        parent.wait(timeout=10)
        assert _wait(lambda: not any(_alive(p) for p in workers), 10), "a worker outlived audit"
        assert _wait(lambda: not _mentioning(marker), 10), "LibreOffice outlived audit"
        assert _wait(lambda: not any(base.iterdir()), 10), list(base.iterdir())
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for pid in _mentioning(marker):
            os.kill(pid, signal.SIGKILL)


# ------------------------------------------------------------------ figures never invented


SIZE_ZERO = (
    b"BT /F1 0 Tf 72 700 Td (Total 1242.39 yuan in 2024) Tj "
    b"0 -20 Td (Staff 1100 and 2211 and 33) Tj 0 -20 Td (Rate 99.88%) Tj ET"
)


@pytest.mark.parametrize("engine", ["fast", "plumber"])
def test_size_zero_glyphs_keep_every_digit(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_VARIABLE, engine)
    document = extract_pdf(make_pdf(tmp_path / "size0.pdf", [SIZE_ZERO]), "size0.pdf")
    texts = [p.text for p in document.paragraphs]
    assert texts == ["Total 1242.39 yuan in 2024", "Staff 1100 and 2211 and 33", "Rate 99.88%"]


def _finding(*evidence: tuple[str, str | None]) -> Finding:
    return Finding(
        rule="AR001",
        name="table-total",
        category="arithmetic",
        severity=Severity.ERROR,
        message="合计不等于分项之和",
        evidence=tuple(Evidence(Location(page=1), text, value) for text, value in evidence),
    )


def test_findings_quoting_figures_not_in_the_document_are_dropped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from auditor.grounding import grounded

    document = open_document(GOOD_REPORT)
    real = _finding(
        ("1、吉首市峒河街道办事处（本级） | 项目支出 | 1242.39", "1242.39"),
        (
            "…其中：一般公共预算财政拨款支出1243.42万元（基本支出1176.67万元，项目支出1065.1",
            "1243.42",
        ),
    )
    invented = _finding(("1、吉首市峒河街道办事处（本级） | 项目支出 | 124.39", "124.39"))
    invented_value = _finding(("项目支出", "98765.43"))
    kept, dropped = grounded([real, invented, invented_value], document)
    assert kept == [real]
    assert dropped == 2
    assert "124.39" in caplog.text and "AR001" in caplog.text
