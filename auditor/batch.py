"""Audit many files: worker processes, a time limit per file, never stopping on one.

A single file is audited in-process (fastest start). A batch runs in worker
processes, each fed one file at a time over a pipe; the parent watches the clock and
the workers: a file that runs past ``--timeout`` gets its worker killed and a timeout
result, a worker that dies (crash, out of memory) gets a crash result, and a fresh
worker takes its place. Results come back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from auditor.engine import DocumentResult, Knowledge, audit_file, load_knowledge
from auditor.errors import FILE_NOT_FOUND, TIMEOUT, WORKER_CRASHED, InputError
from auditor.runner import RunSettings


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch."""

    jobs: int | None = None
    timeout: float = 300.0
    password: str | None = None
    progress: bool = False


def _error_result(path: str, kind: Any, detail: str = "") -> DocumentResult:
    error = InputError(kind, path, detail)
    return DocumentResult(path=path, status="error", error=error.to_json())


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
    progress = _Progress(len(files)) if options.progress else None
    if len(files) == 1:
        knowledge = load_knowledge(lexicon, framework)
        result, _ = audit_file(files[0], knowledge, settings, password=options.password)
        results.append(result)
        if progress:
            progress.done(result)
            progress.close()
        return results
    pool = _WorkerPool(jobs, settings, lexicon, framework, options)
    try:
        ordered = pool.run(files, progress)
    finally:
        pool.close()
        if progress:
            progress.close()
    results.extend(ordered)
    return results


def _worker(
    conn: Connection,
    settings: RunSettings,
    lexicon: Path,
    framework: Path | None,
    password: str | None,
) -> None:
    knowledge: Knowledge = load_knowledge(lexicon, framework)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, path = task
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
        self.ctx = mp.get_context(method)
        self.args = (settings, lexicon, framework, options.password)
        self.timeout = options.timeout
        self.workers: list[dict[str, Any]] = [self._spawn() for _ in range(jobs)]

    def _spawn(self) -> dict[str, Any]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, *self.args), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "task": None, "started": 0.0}

    def run(self, files: Sequence[Path], progress: _Progress | None) -> list[DocumentResult]:
        pending = list(enumerate(files))
        pending.reverse()
        out: dict[int, DocumentResult] = {}
        while len(out) < len(files):
            for w in self.workers:
                if w["task"] is None and pending:
                    index, path = pending.pop()
                    w["conn"].send((index, str(path)))
                    w["task"] = (index, str(path))
                    w["started"] = time.monotonic()
            busy = [w for w in self.workers if w["task"] is not None]
            ready = wait(
                [w["conn"] for w in busy] + [w["proc"].sentinel for w in busy], timeout=0.2
            )
            now = time.monotonic()
            for i, w in enumerate(self.workers):
                if w["task"] is None:
                    continue
                index, path = w["task"]
                result: DocumentResult | None = None
                if w["conn"] in ready:
                    try:
                        got_index, result = w["conn"].recv()
                        assert got_index == index
                    except (EOFError, OSError):
                        result = _error_result(path, WORKER_CRASHED, f"退出码 {w['proc'].exitcode}")
                        self._replace(i)
                elif w["proc"].sentinel in ready or not w["proc"].is_alive():
                    result = _error_result(path, WORKER_CRASHED, f"退出码 {w['proc'].exitcode}")
                    self._replace(i)
                elif now - w["started"] > self.timeout:
                    result = _error_result(path, TIMEOUT, f"{self.timeout:g}")
                    self._replace(i)
                if result is not None:
                    out[index] = result
                    self.workers[i]["task"] = None
                    if progress:
                        progress.done(result)
        return [out[i] for i in range(len(files))]

    def _replace(self, i: int) -> None:
        old = self.workers[i]
        if old["proc"].is_alive():
            old["proc"].kill()
        old["proc"].join(timeout=5)
        old["conn"].close()
        self.workers[i] = self._spawn()

    def close(self) -> None:
        for w in self.workers:
            try:
                w["conn"].send(None)
            except (BrokenPipeError, OSError):
                pass
        for w in self.workers:
            w["proc"].join(timeout=2)
            if w["proc"].is_alive():
                w["proc"].kill()
            w["conn"].close()


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
        self.bar.start()

    def done(self, result: DocumentResult) -> None:
        from auditor.render.console import summary_line

        if result.status == "ok":
            line = f"[green]✓[/green] {result.path} — {summary_line(result.counts())}"
        else:
            line = f"[red]✗[/red] {result.path} — {(result.error or {}).get('message', '')}"
        self.bar.console.print(line, highlight=False)
        self.bar.advance(self.task)

    def close(self) -> None:
        self.bar.stop()
