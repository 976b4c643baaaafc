"""Hostile and broken inputs: never crash, never hang, never leak, never modify.

Every file of ``corpus/broken/`` (built by ``scripts/make_broken_corpus.py``; the
table of expected behaviour is ``corpus/broken/README.md``) must end in a clear
answer: a typed error with a stable code and a Chinese + English message, exit code 2
when it is the only file, and the rest of a batch audited. The fast tests share one
batch run (``--jobs 2``) of every quick file plus the example report; the long PDF,
the whole-folder batch and the memory cap are marked ``corpus``.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from auditor import cli
from auditor.errors import InputError
from auditor.extract import open_document
from auditor.extract.docx import extract_docx

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "corpus" / "broken"
EXAMPLE = ROOT / "corpus" / "example"
GOOD_REPORT = EXAMPLE / "report.txt"
CHINESE_NAME = "吉首市 峒河街道 2024年度 自评报告（副本）.docx"
LONG_PDF = BROKEN / "long-351-pages.pdf"
USER_PASSWORD = "secret-2025"

sys.path.insert(0, str(ROOT / "scripts"))

# name -> expected status, error code, exit code when audited alone (None: not run alone)
ERRORS: dict[str, str] = {
    "empty.pdf": "AUD102",
    "truncated.pdf": "AUD105",
    "user-password.pdf": "AUD104",
    "scanned-all-pages.pdf": "AUD111",
    "picture-renamed.pdf": "AUD103",
    "random-bytes.pdf": "AUD103",
    "random-bytes.docx": "AUD106",
    "truncated.docx": "AUD106",
    "zip-bomb.docx": "AUD107",
    "xxe.docx": "AUD116",
    "billion-laughs.docx": "AUD116",
    "empty.docx": "AUD115",
    "deeply-nested.pdf": "AUD105",
    "flate-bomb.pdf": "AUD118",
}
"""Files that cannot be audited, with their error code."""

AUDITED: dict[str, dict[str, Any]] = {
    "owner-password-only.pdf": {"format": "pdf", "pages": 27, "aud": set()},
    "pdf-renamed.docx": {"format": "pdf", "pages": 27, "aud": set()},
    "docx-renamed.pdf": {"format": "docx", "aud": set()},
    "scanned-some-pages.pdf": {"format": "pdf", "pages": 27, "aud": {"AUD002"}},
    "legacy.doc": {"format": "docx", "aud": set()},
    CHINESE_NAME: {"format": "docx", "aud": set()},
    "english-memo.pdf": {"format": "pdf", "only": ["AUD003"]},
    "cyclic.pdf": {"format": "pdf", "only": ["AUD003"]},
    "bad-checksum.pdf": {"format": "pdf", "only": ["AUD003"]},
}
"""Files that must be audited (``only``: exactly these error/warning findings, nothing
invented; the rules still run on them, so completeness notes may follow)."""

SLOW = {LONG_PDF.name}
"""In ``corpus/broken/`` but left out of the fast batch."""
HEAVY = {"owner-password-only.pdf", "pdf-renamed.docx", "scanned-some-pages.pdf", "legacy.doc"}
"""Audited whole (the 27-page example PDF, a LibreOffice conversion): their own batch, in --all."""

HAVE_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def _passwd_lines() -> list[str]:
    """Lines of /etc/passwd long enough not to appear in a report by chance."""
    try:
        text = Path("/etc/passwd").read_text(errors="replace")
    except OSError:
        return []
    return [line for line in text.splitlines() if len(line) >= 12 and ":" in line]


def _assert_no_leak(text: str) -> None:
    assert "root:x:0:0" not in text
    for line in _passwd_lines():
        assert line not in text
        assert line.split(":")[0] + ":x:" not in text


def _assert_no_traceback(text: str) -> None:
    assert "Traceback" not in text
    assert not re.search(r'File ".*", line \d+', text)


def _fingerprint(folder: Path) -> dict[str, tuple[str, int, int]]:
    return {
        p.name: (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
            p.stat().st_mode,
        )
        for p in sorted(folder.iterdir())
    }


def _cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``audit`` as a separate process, capturing everything it (and its workers) print."""
    return subprocess.run(
        [sys.executable, "-m", "auditor.cli", *map(str, args), "--no-progress"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        # The scanned files here test the reading without the OCR extra (tests/test_ocr.py
        # covers the reading with it).
        env={**os.environ, "AUDITOR_OCR": "off", **(env or {})},
        timeout=600,
        check=False,
    )


def _fast_files() -> list[Path]:
    names = [*ERRORS, *AUDITED]
    return [BROKEN / n for n in names if (BROKEN / n).exists() and n not in SLOW | HEAVY]


@pytest.fixture(scope="module")
def batch() -> Iterator[dict[str, Any]]:
    """One ``--jobs 2`` JSON batch of every quick broken file plus the example report."""
    before = _fingerprint(BROKEN)
    files = [*_fast_files(), GOOD_REPORT]
    started = time.monotonic()
    run = _cli(*files, "--format", "json", "--jobs", "2")
    elapsed = time.monotonic() - started
    report = json.loads(run.stdout)
    yield {
        "run": run,
        "report": report,
        "by_name": {Path(d["path"]).name: d for d in report["documents"]},
        "before": before,
        "elapsed": elapsed,
    }


@pytest.fixture(scope="module")
def heavy_batch() -> dict[str, Any]:
    """One ``--jobs 2`` JSON batch of the files audited whole (the fast batch leaves them out)."""
    run = _cli(
        *(BROKEN / n for n in sorted(HEAVY) if (BROKEN / n).exists()),
        "--format",
        "json",
        "--jobs",
        "2",
    )
    report = json.loads(run.stdout)
    return {"run": run, "by_name": {Path(d["path"]).name: d for d in report["documents"]}}


@pytest.fixture(scope="module")
def console_run() -> subprocess.CompletedProcess[str]:
    """The error files in the default console format."""
    files = [BROKEN / n for n in ERRORS]
    return _cli(*files, "--jobs", "2")


# ------------------------------------------------------------------ each file


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_unreadable_file_gets_typed_bilingual_error(batch: dict[str, Any], name: str) -> None:
    doc = batch["by_name"][name]
    assert doc["status"] == "error"
    assert doc["findings"] == []
    error = doc["error"]
    assert error["code"] == ERRORS[name]
    assert name in error["message"] and name in error["message_en"]
    assert re.search(r"[\u4e00-\u9fff]", error["message"])  # Chinese
    assert re.search(r"[A-Za-z]{4,}", error["message_en"])  # English
    _assert_no_traceback(json.dumps(error, ensure_ascii=False))


@pytest.mark.parametrize(
    "name",
    [n if n not in HEAVY else pytest.param(n, marks=pytest.mark.slow) for n in sorted(AUDITED)],
)
def test_readable_hostile_file_is_audited(name: str, request: pytest.FixtureRequest) -> None:
    if not (BROKEN / name).exists():
        pytest.skip(f"{name} not generated (LibreOffice missing when the corpus was built)")
    if name == "legacy.doc" and not HAVE_SOFFICE:
        pytest.skip("LibreOffice is not installed")
    expected = AUDITED[name]
    batch = request.getfixturevalue("heavy_batch" if name in HEAVY else "batch")
    doc = batch["by_name"][name]
    assert doc["status"] == "ok", doc["error"]
    assert doc["meta"]["format"] == expected["format"]
    if "pages" in expected:
        assert doc["meta"]["pages"] == expected["pages"]
    rules = [f["rule"] for f in doc["findings"]]
    if "only" in expected:
        assert [f["rule"] for f in doc["findings"] if f["severity"] != "info"] == expected["only"]
    else:
        assert {r for r in rules if r.startswith("AUD")} == expected["aud"]
        assert any(not r.startswith("AUD") for r in rules)  # the example's real errors


@pytest.mark.slow
def test_partly_scanned_pdf_names_the_pages_without_text(heavy_batch: dict[str, Any]) -> None:
    doc = heavy_batch["by_name"]["scanned-some-pages.pdf"]
    notice = next(f for f in doc["findings"] if f["rule"] == "AUD002")
    assert notice["severity"] == "warning"
    assert [e["page"] for e in notice["evidence"]] == [26, 27]
    assert "26" in notice["message"] and "27" in notice["message"]


def test_file_name_with_spaces_and_chinese_is_reported_as_given(batch: dict[str, Any]) -> None:
    paths = [d["path"] for d in batch["report"]["documents"]]
    assert str(BROKEN / CHINESE_NAME) in paths


def test_batch_goes_on_and_good_report_is_audited(batch: dict[str, Any]) -> None:
    run = batch["run"]
    assert run.returncode == 2  # some inputs could not be read
    summary = batch["report"]["summary"]
    assert summary["documents"] == len(_fast_files()) + 1
    assert summary["failed"] == len(ERRORS)
    good = batch["by_name"][GOOD_REPORT.name]
    assert good["status"] == "ok"
    assert any(f["severity"] == "error" for f in good["findings"])


@pytest.mark.parametrize("which", ["batch", pytest.param("heavy_batch", marks=pytest.mark.slow)])
def test_batch_output_has_no_traceback_and_no_leak(
    which: str, request: pytest.FixtureRequest
) -> None:
    run = request.getfixturevalue(which)["run"]
    _assert_no_traceback(run.stdout + run.stderr)
    _assert_no_leak(run.stdout + run.stderr)
    assert run.stderr.strip() == ""  # no library chatter (pdfminer warnings) either


def test_console_output_is_clear(console_run: subprocess.CompletedProcess[str]) -> None:
    assert console_run.returncode == 2
    text = console_run.stdout + console_run.stderr
    _assert_no_traceback(text)
    _assert_no_leak(text)
    for name, code in ERRORS.items():
        assert name in text
        assert code in text


def test_inputs_are_never_modified(batch: dict[str, Any]) -> None:
    assert _fingerprint(BROKEN) == batch["before"]


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_single_bad_file_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("AUDITOR_OCR", "off")  # scanned-all-pages.pdf: the reading without OCR
    code = cli.main([str(BROKEN / name), "--format", "json", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 2
    doc = json.loads(out)["documents"][0]
    assert doc["error"]["code"] == ERRORS[name]
    _assert_no_traceback(out + err)


@pytest.mark.parametrize("name", ["english-memo.pdf", "cyclic.pdf"])
def test_unrelated_document_is_a_warning_not_a_failure(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code = cli.main([str(BROKEN / name), "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "AUD003" in out
    _assert_no_traceback(out + err)


# ------------------------------------------------------------------ passwords


@pytest.mark.slow  # audits the whole 27-page example
def test_password_option_opens_user_password_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    pdf = BROKEN / "user-password.pdf"
    code = cli.main([str(pdf), "--password", USER_PASSWORD, "--format", "json", "--no-progress"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert code == 1
    assert doc["status"] == "ok"
    assert doc["meta"]["pages"] == 27


def test_wrong_password_says_so() -> None:
    with pytest.raises(InputError) as caught:
        open_document(BROKEN / "user-password.pdf", password="wrong")
    assert caught.value.code == "AUD104"
    assert "不正确" in caught.value.message_zh


# ------------------------------------------------------------------ XML attacks


def test_xxe_and_billion_laughs_are_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import docx

    def parse_forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx must not see this file")

    monkeypatch.setattr(docx, "Document", parse_forbidden)
    for name in ("xxe.docx", "billion-laughs.docx"):
        with pytest.raises(InputError) as caught:
            extract_docx(BROKEN / name, name)
        assert caught.value.code == "AUD116"


def test_xxe_cannot_leak_through_python_docx_either() -> None:
    """Second layer: python-docx's own parser does not resolve external entities."""
    import docx

    word = docx.Document(str(BROKEN / "xxe.docx"))
    texts = [p.text for p in word.paragraphs]
    texts.append(word.core_properties.author or "")
    joined = "\n".join(texts)
    assert "XXE-MARKER" in joined  # the paragraphs were read...
    _assert_no_leak(joined)  # ...without the entities' content
    hostname = Path("/etc/hostname")
    if hostname.exists() and len(hostname.read_text().strip()) >= 6:
        assert hostname.read_text().strip() not in joined


def _docx_with_document_xml(path: Path, document_xml: bytes) -> Path:
    source = BROKEN / "xxe.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = document_xml
            elif info.filename == "docProps/core.xml":
                data = re.sub(rb"<!DOCTYPE[^]]*]>", b"", data).replace(b"&xxe;", b"")
            dst.writestr(info, data)
    return path


def test_python_docx_parser_makes_no_network_request(tmp_path: Path) -> None:
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "LEAKED-OVER-HTTP">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        document = (
            b"<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
            b'<!DOCTYPE w:document SYSTEM "' + url.encode() + b'/dtd" ['
            b'<!ENTITY net SYSTEM "' + url.encode() + b'/entity">'
            b'<!ENTITY % remote SYSTEM "' + url.encode() + b'/param"> %remote;]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>before&net;after</w:t></w:r></w:p></w:body></w:document>"
        )
        path = _docx_with_document_xml(tmp_path / "net.docx", document)
        import docx

        try:
            word = docx.Document(str(path))
            text = "".join(p.text for p in word.paragraphs)
            assert "LEAKED" not in text
        except Exception as exc:  # refusing to parse is fine too
            assert "LEAKED" not in str(exc)
        # And our own reader refuses it outright.
        with pytest.raises(InputError) as caught:
            open_document(path)
        assert caught.value.code == "AUD116"
    finally:
        server.shutdown()
        thread.join(timeout=5)
    assert hits == []


def test_billion_laughs_does_not_blow_up_python_docx() -> None:
    import docx

    started = time.monotonic()
    try:
        word = docx.Document(str(BROKEN / "billion-laughs.docx"))
        assert sum(len(p.text) for p in word.paragraphs) < 10_000
    except Exception as exc:
        assert "amplification" in str(exc) or "entity" in str(exc).lower()
    assert time.monotonic() - started < 5


def test_dtd_in_utf16_part_is_refused(tmp_path: Path) -> None:
    document = (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    ).encode("utf-16")
    path = _docx_with_document_xml(tmp_path / "utf16.docx", document)
    with pytest.raises(InputError) as caught:
        open_document(path)
    assert caught.value.code == "AUD116"


# ------------------------------------------------------------------ archives and streams


def test_zip_bomb_is_refused_quickly_without_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("parsed a zip bomb"))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        open_document(BROKEN / "zip-bomb.docx")
    assert caught.value.code == "AUD107"
    assert time.monotonic() - started < 10  # refused before inflating (1 GiB would take minutes)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 100 * 1024


def test_flate_bomb_is_refused_within_the_stream_budget() -> None:
    from auditor.extract.pdfguard import MAX_STREAM_BYTES

    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        open_document(BROKEN / "flate-bomb.pdf")
    assert caught.value.code == "AUD118"
    assert f"{MAX_STREAM_BYTES // (1024 * 1024)} MB" in caught.value.message_zh
    assert time.monotonic() - started < 10


def test_corrupt_checksum_recovery_is_linear_and_identical() -> None:
    import random
    import zlib

    from pdfminer.lzw import lzwdecode as original_lzw
    from pdfminer.runlength import rldecode as original_rl

    from auditor.extract import pdfguard

    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(30_000)) + b"x" * 50_000
    packed = zlib.compress(data)
    broken = packed[:-4] + b"\0\0\0\0"
    # Like pdfminer's original: everything before the bad checksum is recovered,
    # corruption anywhere else is still an error.
    assert pdfguard._decompress_corrupted(broken) == data
    with pytest.raises(zlib.error):
        pdfguard._decompress_corrupted(b"not zlib at all")
    assert pdfguard._BoundedZlib.decompress(packed) == zlib.decompress(packed)
    for bad in (broken, packed[: len(packed) // 2], b"not zlib"):
        with pytest.raises(zlib.error):
            pdfguard._BoundedZlib.decompress(bad)
    rl = bytes([2]) + b"abc" + bytes([254, 0x41]) + bytes([128])
    assert pdfguard._bounded_rldecode(rl) == original_rl(rl) == b"abcAAA"
    lzw = bytes.fromhex("800b6050220c0c8501")
    assert pdfguard._bounded_lzwdecode(lzw) == original_lzw(lzw)
    # A whole corrupted content stream of 900 KB: pdfminer's original needs 47 s.
    started = time.monotonic()
    document = open_document(BROKEN / "bad-checksum.pdf")
    assert "Bad checksum test" in document.blocks[0].text  # type: ignore[union-attr]
    assert time.monotonic() - started < 15


def test_pdf_file_handle_is_closed_after_broken_page_tree() -> None:
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.exists():
        pytest.skip("needs /proc")

    def open_files() -> set[str]:
        out = set()
        for fd in fd_dir.iterdir():
            try:
                out.add(str(fd.readlink()))
            except OSError:
                continue
        return out

    target = str(BROKEN / "deeply-nested.pdf")
    with pytest.raises(InputError):
        open_document(BROKEN / "deeply-nested.pdf")
    assert target not in open_files()


# ------------------------------------------------------------------ permissions


def test_unreadable_file_permission(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "locked.txt"
    path.write_bytes(GOOD_REPORT.read_bytes())
    path.chmod(0)
    try:
        code = cli.main([str(path), "--format", "json", "--no-progress"])
    finally:
        path.chmod(0o644)
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert code == 2
    assert doc["error"]["code"] == "AUD114"


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same path for root, where chmod cannot lock a file."""
    path = tmp_path / "locked.txt"
    path.write_bytes(b"x")
    real_open = Path.open

    def deny(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(InputError) as caught:
        open_document(path)
    assert caught.value.code == "AUD114"
    assert "权限" in caught.value.message_zh


def test_fifo_and_folder_named_like_reports(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as caught:
        open_document(fifo)
    assert caught.value.code == "AUD101"


# ------------------------------------------------------------------ slow: long PDF, memory


def _peak_rss_of(args: list[str]) -> tuple[int, float, str]:
    """Run ``audit ARGS`` in a child; peak RSS (KiB) over it and its workers, seconds, stdout."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.monotonic()\n"
        "run = subprocess.run([sys.executable, '-m', 'auditor.cli', *sys.argv[1:]],"
        " capture_output=True, text=True)\n"
        "elapsed = time.monotonic() - t\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "sys.stderr.write(f'{peak} {elapsed}\\n')\n"
        "sys.stdout.write(run.stdout)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
        check=True,
    )
    peak, elapsed = run.stderr.split()[-2:]
    return int(peak), float(elapsed), run.stdout


@pytest.mark.corpus
def test_long_pdf_memory_stays_flat() -> None:
    base_peak, base_time, _ = _peak_rss_of(
        [str(EXAMPLE / "report-12pt.pdf"), "--format", "json", "--no-progress"]
    )
    peak, elapsed, out = _peak_rss_of([str(LONG_PDF), "--format", "json", "--no-progress"])
    doc = json.loads(out)["documents"][0]
    assert doc["status"] == "ok"
    assert doc["meta"]["pages"] == 351
    per_page = elapsed / 351
    print(
        f"\nlong PDF: 351 pages, {elapsed:.1f} s ({per_page * 1000:.0f} ms/page), "
        f"peak RSS {peak / 1024:.0f} MiB; 27-page example: {base_time:.1f} s, "
        f"peak RSS {base_peak / 1024:.0f} MiB"
    )
    # 13 times the pages may not cost more than 150 MiB over the 27-page example.
    assert peak - base_peak < 150 * 1024
    assert per_page < 1.0


@pytest.mark.corpus
def test_runaway_page_hits_the_worker_memory_cap(tmp_path: Path) -> None:
    """800 000 characters on one page: a clean AUD118, not the OOM killer.

    Run in a fresh interpreter, as the CLI would be: forked workers inherit their
    parent's address space, and a test process that has loaded OCR models and a browser
    driver would already be over the 700 MB cap before the worker reads a byte.
    """
    from make_broken_corpus import make_dense_page

    dense = make_dense_page(tmp_path)
    script = f"""
import json
import checks
from auditor import registry
from auditor.batch import BatchOptions, run_batch
from auditor.runner import RunSettings
from pathlib import Path
settings = RunSettings(checks=tuple(registry.select([], [])))
results = run_batch([Path({str(dense)!r}), Path({str(GOOD_REPORT)!r})], [], settings,
    checks.LEXICON_PATH, checks.FRAMEWORK_PATH,
    BatchOptions(jobs=2, timeout=120, memory_limit=700 * 1024 * 1024))
print(json.dumps([[r.status, r.error] for r in results], ensure_ascii=False))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=True
    )
    (dense_status, dense_error), (good_status, good_error) = json.loads(
        done.stdout.strip().splitlines()[-1]
    )
    assert dense_status == "error"
    assert dense_error is not None and dense_error["code"] == "AUD118"
    assert good_status == "ok", good_error


@pytest.mark.corpus
def test_worker_cap_leaves_room_above_a_large_parent() -> None:
    """A parent that has mapped 2.5 GB (a long test run) still gets its files audited.

    The fork inherits the parent's address space; a fixed 2 GB cap would leave the
    worker no room and turn every file into AUD118.
    """
    script = f"""
import json, mmap
import checks
from auditor import registry
from auditor.batch import BatchOptions, run_batch
from auditor.runner import RunSettings
from pathlib import Path
ballast = mmap.mmap(-1, 2560 * 1024 * 1024)
settings = RunSettings(checks=tuple(registry.select([], [])))
results = run_batch([Path({str(EXAMPLE / "report-12pt.pdf")!r})], [], settings,
    checks.LEXICON_PATH, checks.FRAMEWORK_PATH, BatchOptions(jobs=1, timeout=120))
print(json.dumps([[r.status, r.error] for r in results], ensure_ascii=False))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=True
    )
    [[status, error]] = json.loads(done.stdout.strip().splitlines()[-1])
    assert status == "ok", error


@pytest.mark.corpus
def test_whole_broken_folder_as_one_batch() -> None:
    before = _fingerprint(BROKEN)
    run = _cli(BROKEN, GOOD_REPORT, "--format", "json", "--jobs", "2")
    assert run.returncode == 2
    _assert_no_traceback(run.stdout + run.stderr)
    _assert_no_leak(run.stdout + run.stderr)
    docs = {Path(d["path"]).name: d for d in json.loads(run.stdout)["documents"]}
    for name, code in ERRORS.items():
        assert docs[name]["error"]["code"] == code, name
    for name in [*AUDITED, LONG_PDF.name, GOOD_REPORT.name]:
        if name == "legacy.doc" and not HAVE_SOFFICE:
            assert docs[name]["error"]["code"] == "AUD108"
        elif name in docs:
            assert docs[name]["status"] == "ok", (name, docs[name]["error"])
    assert len(docs) == len(list(p for p in BROKEN.iterdir() if p.name != "README.md")) + 1
    assert _fingerprint(BROKEN) == before


def test_readme_lists_every_file() -> None:
    readme = (BROKEN / "README.md").read_text(encoding="utf-8")
    for path in BROKEN.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name
