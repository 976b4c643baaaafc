"""Audit many files: worker processes, a time limit per file, never stopping on one.

Every file, even a single one, is audited in a worker process, each fed one file
at a time over a pipe, so ``--timeout`` and crash isolation hold for one file as for
five hundred (the worker is forked, so this costs a few milliseconds). The parent
watches the clock and the workers: a file that runs past ``--timeout`` gets its
worker stopped (SIGTERM, which also kills a running LibreOffice conversion, then
SIGKILL after :data:`KILL_GRACE_SECONDS`) and a timeout result (``AUD110``); a worker
that dies (crash, out of memory) gets a crash result (``AUD113``); a fresh worker
takes its place and the batch goes on. Each worker has a private temporary folder
that the parent deletes when the worker ends, so a killed worker leaves nothing in
``/tmp``. Workers ignore Ctrl-C; the parent stops them. Results come back in input
order.

Test hooks (environment variables, read in worker processes and by --dump/--facts; they exist so
the tests can prove the timeout and crash handling without a genuinely
pathological file, and are inert when unset):

- ``AUDITOR_TEST_STALL="NAME:SECONDS"``: before auditing a file whose name contains
  ``NAME``, the worker sleeps ``SECONDS`` (``--dump``/``--facts`` too, in-process).
- ``AUDITOR_TEST_CRASH="NAME"``: the worker kills itself with SIGKILL (as the
  kernel's OOM killer would) before auditing a file whose name contains ``NAME``.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, NoReturn

from auditor.engine import DocumentResult, Knowledge, audit_file, load_knowledge
from auditor.errors import FILE_NOT_FOUND, TIMEOUT, WORKER_CRASHED, InputError
from auditor.outputs import display_name, name_bytes
from auditor.runner import RunSettings

WORKER_MEMORY_LIMIT = 2 * 1024 * 1024 * 1024
"""A worker auditing a 400-page report stays under 600 MB of address space (LibreOffice
conversions included); the cap turns a runaway file into a clean ``AUD118`` instead of
the kernel's OOM killer picking a process."""
KILL_GRACE_SECONDS = 0.5
"""How long a worker stopped with SIGTERM gets before SIGKILL."""
PARENT_POLL_SECONDS = 0.5
"""How often a worker checks that its parent is still alive (besides ``prctl``)."""
STALL_ENV = "AUDITOR_TEST_STALL"
CRASH_ENV = "AUDITOR_TEST_CRASH"


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch."""

    jobs: int | None = None
    timeout: float = 300.0
    password: str | None = None
    progress: bool = False
    memory_limit: int | None = WORKER_MEMORY_LIMIT
    """Address-space cap per worker in bytes (None: no cap); past it a file gets AUD118."""


def _error_result(path: str, kind: Any, detail: str = "") -> DocumentResult:
    name = display_name(path)
    error = InputError(kind, name, detail)
    return DocumentResult(
        path=name, status="error", error=error.to_json(), path_bytes=name_bytes(path)
    )


def run_batch(
    files: Sequence[Path],
    missing: Sequence[Path],
    settings: RunSettings,
    lexicon: Path,
    framework: Path | None,
    options: BatchOptions,
) -> list[DocumentResult]:
    """Audit ``files`` (and report ``missing`` paths) and return results in order."""
    results: list[DocumentResult] = [_error_result(str(p), FILE_NOT_FOUND) for p in missing]
    if not files:
        return results
    jobs = max(1, min(options.jobs or (os.cpu_count() or 1), len(files)))
    # Fork the workers before the progress bar starts its refresh thread.
    pool = _WorkerPool(jobs, settings, lexicon, framework, options)
    progress = _Progress(len(files)) if options.progress else None
    try:
        with _signals_end_the_batch():
            ordered = pool.run(files, progress)
    except BaseException:  # Ctrl-C, SIGTERM or a bug: stop the workers now, do not wait
        pool.close(abort=True)
        raise
    else:
        pool.close()
    finally:
        if progress:
            progress.close()
    results.extend(ordered)
    return results


@contextlib.contextmanager
def _signals_end_the_batch() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into ``SystemExit`` so the workers are stopped first.

    Python's default for these signals ends the process without running ``finally``
    blocks, which would leave the workers (and their temporary folders) behind.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _test_hooks() -> tuple[tuple[str, float] | None, str | None]:
    stall: tuple[str, float] | None = None
    raw = os.environ.get(STALL_ENV, "")
    if ":" in raw:
        name, _, seconds = raw.rpartition(":")
        with contextlib.suppress(ValueError):
            stall = (name, float(seconds))
    return stall, os.environ.get(CRASH_ENV) or None


_worker_tmpdir: str | None = None
"""This worker's private temporary folder, removed on every way out of the worker."""


def stall_for_tests(path: Path) -> None:
    """The ``AUDITOR_TEST_STALL`` hook, for ``--dump``/``--facts`` (inert when unset)."""
    stall, _ = _test_hooks()
    if stall is not None and stall[0] in path.name:
        time.sleep(stall[1])


def _on_sigterm(signum: int, frame: Any) -> None:
    _worker_exit(128 + signum)


def _worker_exit(code: int) -> NoReturn:
    """Stop conversions, remove the temporary folder and leave at once."""
    from auditor.extract.legacy import kill_conversions

    with contextlib.suppress(Exception):
        kill_conversions()
    if _worker_tmpdir is not None:
        shutil.rmtree(_worker_tmpdir, ignore_errors=True)
    os._exit(code)


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid: int) -> None:
    """End this worker when the parent dies, however it dies (``kill -9`` included).

    On Linux the kernel sends SIGTERM when the parent goes (``prctl``); everywhere a
    daemon thread also watches the parent id, which changes when the worker is
    orphaned. Either way :func:`_on_sigterm` stops conversions and removes the
    worker's temporary folder.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the line above
        _worker_exit(128 + signal.SIGTERM)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent_pid:
                _worker_exit(128 + signal.SIGTERM)

    threading.Thread(target=watch, name="auditor-parent-watch", daemon=True).start()


def _with_ocr_room(limit: int | None, scanned: int) -> int | None:
    """The address-space limit for one file: more for onnxruntime if it has pages to OCR.

    ``scanned`` is counted by the parent (:func:`_time_limit`), outside the worker's cap.
    """
    from auditor.extract.ocr import ADDRESS_SPACE

    if limit is None or not scanned:
        return limit
    return limit + ADDRESS_SPACE


def _soft_memory_limit() -> int | None:
    """This process's soft address-space limit (None: unlimited or unknown)."""
    try:
        import resource
    except ImportError:  # not on this platform
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def _set_memory_limit(limit: int | None) -> None:
    """Set this worker's soft address-space limit for the next file (within the hard one)."""
    if limit is None:
        return
    try:
        import resource
    except ImportError:  # not on this platform
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _time_limit(timeout: float, path: str) -> tuple[float, int]:
    """A file's time limit, scaled with the scanned pages it has to OCR, and that count."""
    from auditor.extract.ocr import SECONDS_PER_PAGE, ocr_available, scanned_page_count

    if not ocr_available():
        return timeout, 0
    pages = scanned_page_count(path)
    return timeout + SECONDS_PER_PAGE * pages, pages


def _address_space_in_use() -> int:
    """This process's mapped address space in bytes (0 where ``/proc`` is not there)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _room_above_inherited(limit: int | None) -> int | None:
    """The worker's cap: ``limit``, or half of it above what the fork inherited if larger.

    A forked worker starts with its parent's address space; a parent that has grown
    (a long test run, an embedding program) would leave a fixed cap no room at all, and
    every file would fail with AUD118 before a byte is read.
    """
    if limit is None:
        return None
    return max(limit, _address_space_in_use() + limit // 2)


def _limit_memory(limit: int | None) -> None:
    """Lower this process's soft address-space limit to ``limit`` (never raise it)."""
    if limit is None:
        return
    try:
        import resource
    except ImportError:  # not on this platform
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY and soft <= limit:
        return
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _worker(
    conn: Connection,
    settings: RunSettings,
    knowledge: Knowledge,
    password: str | None,
    memory_limit: int | None,
    tmpdir: str,
    inherited: list[Connection],
    parent_pid: int,
) -> None:
    global _worker_tmpdir
    _worker_tmpdir = tmpdir
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # The forked worker holds copies of the parent's ends of the pipes (its own and
    # the other workers'); while it does, ``recv`` never sees EOF when the parent dies.
    for other in inherited:
        with contextlib.suppress(OSError):
            other.close()
    signal.signal(signal.SIGTERM, _on_sigterm)
    _die_with_parent(parent_pid)
    _limit_memory(_room_above_inherited(memory_limit))
    base_limit = _soft_memory_limit()
    os.environ["TMPDIR"] = tmpdir
    tempfile.tempdir = tmpdir
    stall, crash = _test_hooks()
    from auditor.extract.ocr import set_page_listener

    current = [0]

    def tell_parent(done: int, total: int, source: str) -> None:
        """Each page about to be OCR'd, as ``("ocr", index, done, total)``."""
        with contextlib.suppress(OSError):
            conn.send(("ocr", current[0], done, total))

    set_page_listener(tell_parent)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            _worker_exit(0)
        if task is None:
            _worker_exit(0)
        index, path, scanned = task
        current[0] = index
        name = Path(path).name
        if stall is not None and stall[0] in name:
            time.sleep(stall[1])
        if crash is not None and crash in name:
            os.kill(os.getpid(), signal.SIGKILL)
        _set_memory_limit(_with_ocr_room(base_limit, scanned))
        result, _ = audit_file(Path(path), knowledge, settings, password=password)
        conn.send((index, result))


class _WorkerPool:
    def __init__(
        self,
        jobs: int,
        settings: RunSettings,
        lexicon: Path,
        framework: Path | None,
        options: BatchOptions,
    ) -> None:
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self.ctx: Any = mp.get_context(method)
        # Loaded once here: a forked worker starts ready, so its first file's time limit
        # is not spent loading the lexicon.
        knowledge = load_knowledge(lexicon, framework)
        self.args = (settings, knowledge, options.password, options.memory_limit)
        self.timeout = options.timeout
        self.workers: list[dict[str, Any]] = [self._spawn() for _ in range(jobs)]

    def _spawn(self) -> dict[str, Any]:
        tmpdir = tempfile.mkdtemp(prefix="auditor-worker-")
        parent, child = self.ctx.Pipe()
        inherited = [parent, *(w["conn"] for w in getattr(self, "workers", []))]
        proc = self.ctx.Process(
            target=_worker,
            args=(child, *self.args, tmpdir, inherited, os.getpid()),
            daemon=True,
        )
        proc.start()
        child.close()
        return {
            "proc": proc,
            "conn": parent,
            "task": None,
            "started": 0.0,
            "limit": self.timeout,
            "scanned": 0,
            "tmpdir": tmpdir,
        }

    def run(self, files: Sequence[Path], progress: _Progress | None) -> list[DocumentResult]:
        # Largest files first (popped from the end), so a long PDF does not start last
        # and leave the other worker idle; results still come back in the given order.
        pending = sorted(enumerate(files), key=lambda item: (_size(item[1]), -item[0]))
        out: dict[int, DocumentResult] = {}
        while len(out) < len(files):
            for i in range(len(self.workers)):
                if self.workers[i]["task"] is None and pending:
                    index, path = pending.pop()
                    self._assign(i, index, str(path))
            busy = [w for w in self.workers if w["task"] is not None]
            deadline = min(w["started"] + w["limit"] for w in busy)
            ready = wait(
                [w["conn"] for w in busy] + [w["proc"].sentinel for w in busy],
                timeout=min(1.0, max(0.0, deadline - time.monotonic())),
            )
            now = time.monotonic()
            for i, w in enumerate(self.workers):
                if w["task"] is None:
                    continue
                index, path = w["task"]
                result: DocumentResult | None = None
                if w["conn"] in ready:
                    try:
                        message = w["conn"].recv()
                    except (EOFError, OSError):
                        result = self._crashed(i, path, respawn=bool(pending))
                    else:
                        if message[0] == "ocr":  # a page about to be OCR'd
                            if progress:
                                progress.page(path, message[2], message[3])
                            continue
                        got_index, result = message
                        assert got_index == index
                elif w["proc"].sentinel in ready or not w["proc"].is_alive():
                    result = self._crashed(i, path, respawn=bool(pending))
                elif now - w["started"] >= w["limit"]:
                    result = _error_result(path, TIMEOUT, f"{w['limit']:g}")
                    self._replace(i, respawn=bool(pending))
                if result is not None:
                    out[index] = result
                    self.workers[i]["task"] = None
                    if progress:
                        progress.done(result, w["scanned"])
        return [out[i] for i in range(len(files))]

    def _assign(self, i: int, index: int, path: str) -> None:
        """Send a file to worker ``i``; a worker that died while idle is replaced first."""
        limit, scanned = _time_limit(self.timeout, path)
        try:
            self.workers[i]["conn"].send((index, path, scanned))
        except (BrokenPipeError, OSError):
            self._replace(i, respawn=True)
            self.workers[i]["conn"].send((index, path, scanned))
        self.workers[i]["task"] = (index, path)
        self.workers[i]["limit"], self.workers[i]["scanned"] = limit, scanned
        self.workers[i]["started"] = time.monotonic()

    def _crashed(self, i: int, path: str, *, respawn: bool) -> DocumentResult:
        proc = self.workers[i]["proc"]
        proc.join(timeout=KILL_GRACE_SECONDS)
        code = proc.exitcode
        detail = f"退出码 {code}"
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                detail = f"信号 {signal.Signals(-code).name}"
        self._replace(i, respawn=respawn)
        return _error_result(path, WORKER_CRASHED, detail)

    def _stop(self, w: dict[str, Any]) -> None:
        proc = w["proc"]
        if proc.is_alive():
            proc.terminate()
            proc.join(timeout=KILL_GRACE_SECONDS)
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=5)
        w["conn"].close()
        shutil.rmtree(w["tmpdir"], ignore_errors=True)

    def _replace(self, i: int, *, respawn: bool) -> None:
        self._stop(self.workers[i])
        if respawn:
            self.workers[i] = self._spawn()
        else:
            self.workers[i] = {**self.workers[i], "task": None, "dead": True}

    def close(self, *, abort: bool = False) -> None:
        """Let idle workers exit (or stop them all at once with ``abort``)."""
        live = [w for w in self.workers if not w.get("dead")]
        if not abort:
            for w in live:
                with contextlib.suppress(BrokenPipeError, OSError):
                    w["conn"].send(None)
            for w in live:
                w["proc"].join(timeout=2)
        for w in live:
            self._stop(w)


class _Progress:
    """A rich progress bar with one status line per finished file (on stderr)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = Console(stderr=True)
        self.bar = Progress(
            TextColumn("审核中"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=True,
        )
        self.task = self.bar.add_task("audit", total=total)
        self.total = total
        self.finished = 0
        self.bar.start()

    def done(self, result: DocumentResult, scanned: int = 0) -> None:
        from rich.markup import escape

        from auditor.render.console import summary_line

        self.finished += 1
        counter = f"[{self.finished}/{self.total}]"
        counts = result.counts()
        pages = f"（扫描页 {scanned} 页已 OCR 识别）" if scanned else ""
        if result.status != "ok":
            mark = "[red]✗ 无法审核[/red]"
            tail = (result.error or {}).get("message", "")
        else:
            # A green tick only for a report with no error and no warning.
            mark = (
                "[red]●[/red]"
                if counts["error"]
                else "[yellow]●[/yellow]"
                if counts["warning"]
                else "[green]✓[/green]"
            )
            tail = summary_line(counts)
        line = f"{counter} {mark} {escape(result.path)}{pages} — {escape(str(tail))}"
        self.bar.console.print(line, highlight=False)
        self.bar.advance(self.task)

    def page(self, path: str, done: int, total: int) -> None:
        """One line per scanned page as a worker starts to OCR it."""
        from rich.markup import escape

        self.bar.console.print(
            f"识别扫描页 {done}/{total}：{escape(display_name(path))}",
            highlight=False,
            soft_wrap=True,
        )

    def close(self) -> None:
        self.bar.stop()
