"""Benchmark: what the audit costs against the cost of just reading the PDF.

Measures in one run (so the machine's speed cancels out of the ratios):

- bare pdfplumber, one pass per page, text and tables (the floor for our extractor);
- pypdfium2 plain text (the practical floor for any PDF reader);
- our full audit per file, by stage (extract, read, check, render);
- batch throughput with ``--jobs 1`` and ``--jobs 2`` on a folder of ≥ 20 files;
- peak memory auditing a ~400-page PDF (the example's pages repeated);
- ``audit --version`` start-up time.

Prints a table and writes ``bench/results.md``. Run with::

    python bench/bench.py [--repeat 3] [--quick]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example"
PDFS = ["report-12pt.pdf", "report-16pt.pdf", "report-reportlab.pdf"]
AUDIT = [sys.executable, "-m", "auditor.cli"]


def best(fn: Callable[[], object], repeat: int) -> float:
    """Minimum wall time of ``repeat`` runs (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_pdfplumber(path: Path) -> None:
    """Text and tables of every page in one pass, pages closed after use.

    pdfminer as shipped: the audit installs its faster content-stream tokenizer into
    pdfminer for the whole process, so it is switched off here to keep this the floor
    of a plain pdfplumber reader.
    """
    import pdfplumber

    saved = os.environ.get("AUDITOR_PDF_ENGINE")
    os.environ["AUDITOR_PDF_ENGINE"] = "plumber"
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                page.extract_text(x_tolerance_ratio=0.3)
                for table in page.find_tables():
                    table.extract()
                page.close()
    finally:
        if saved is None:
            del os.environ["AUDITOR_PDF_ENGINE"]
        else:
            os.environ["AUDITOR_PDF_ENGINE"] = saved


def bare_pypdfium2(path: Path) -> None:
    """Plain text of every page with pypdfium2."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def our_stages(path: Path) -> dict[str, float]:
    """Our audit of one file, timed by stage."""
    from rich.console import Console

    import checks
    from auditor.engine import audit_file, load_knowledge
    from auditor.registry import select
    from auditor.render.console import render_result
    from auditor.runner import RunSettings

    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    settings = RunSettings(checks=tuple(select()))
    start = time.perf_counter()
    result, _ = audit_file(path, knowledge, settings)
    t_audit = time.perf_counter() - start
    start = time.perf_counter()
    render_result(result, Console(file=io.StringIO(), width=100, color_system=None))
    t_render = time.perf_counter() - start
    return {
        "extract": result.timings.get("extract", 0.0),
        "read": result.timings.get("read", 0.0),
        "check": result.timings.get("check", 0.0),
        "render": t_render,
        "total": t_audit + t_render,
    }


def engine_split(path: Path) -> tuple[int, int]:
    """Pages of one PDF read by the fast path and by pdfplumber."""
    from auditor.extract.pdf import extract_pdf
    from auditor.extract.pdftext import EngineStats

    stats = EngineStats()
    extract_pdf(path, path.name, stats=stats)
    return stats.fast, stats.fast + stats.plumber


def make_long_pdf(target: Path, pages: int = 400) -> int:
    """The example's pages repeated to ``pages`` pages, each with its own content stream.

    The same builder as the hostile-input corpus's long PDF, so pdfminer decodes every
    page as it would in a genuinely long report (shared streams would be decoded once).
    """
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_broken_corpus import write_long_pdf

    return write_long_pdf(target, pages=pages, source=EXAMPLE / "report-12pt.pdf")


def peak_rss_mb(command: list[str]) -> tuple[float, float]:
    """Peak resident memory (MB) and wall time of this one child process.

    ``os.wait4`` gives the child's own usage; ``RUSAGE_CHILDREN`` would report the
    largest of every child run before it.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = 0  # reaped by wait4; keep Popen from waiting again
    return usage.ru_maxrss / 1024, elapsed


def batch_folder(folder: Path, count: int) -> None:
    """A folder of ≥ ``count`` reports mixing text, DOCX and PDF from the corpus."""
    sources = sorted((ROOT / "corpus").glob("*/**/report*.*"))
    sources = [
        p for p in sources if p.suffix in (".txt", ".docx", ".pdf") and "broken" not in p.parts
    ]
    i = 0
    while i < count:
        for src in sources:
            if i >= count:
                break
            shutil.copy(src, folder / f"{i:03d}-{src.parent.name}{src.suffix}")
            i += 1


def run(repeat: int, quick: bool) -> str:
    """Every measurement, as the Markdown body of ``bench/results.md``."""
    lines: list[str] = []
    rows: list[tuple[str, float, float, float, dict[str, float]]] = []
    for name in PDFS if not quick else PDFS[:1]:
        path = EXAMPLE / name
        plumber = best(lambda p=path: bare_pdfplumber(p), repeat)
        pdfium = best(lambda p=path: bare_pypdfium2(p), repeat)
        stage_runs = [our_stages(path) for _ in range(repeat)]
        ours = min(stage_runs, key=lambda s: s["total"])
        rows.append((name, pdfium, plumber, ours["total"], ours))
    lines.append(f"## Per file (best of {repeat} runs)\n")
    lines.append(
        "| file | pypdfium2 text | bare pdfplumber | full audit | audit / pdfplumber | extract | read | check | render |"
    )
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, pdfium, plumber, total, s in rows:
        lines.append(
            f"| {name} | {pdfium:.2f} s | {plumber:.2f} s | {total:.2f} s | **{total / plumber:.2f}×** | "
            f"{s['extract']:.2f} | {s['read']:.2f} | {s['check']:.2f} | {s['render']:.2f} |"
        )
    share = [(s["read"] + s["check"] + s["render"]) / s["total"] for *_, s in rows]
    lines.append(
        f"\nReading + rules + rendering: {statistics.mean(share) * 100:.0f} % of the audit time.\n"
    )
    splits = {name: engine_split(EXAMPLE / name) for name, *_ in rows}
    fast_pages = sum(f for f, _ in splits.values())
    all_pages = sum(n for _, n in splits.values())
    engine = os.environ.get("AUDITOR_PDF_ENGINE") or "default"
    detail = ", ".join(f"{name} {f}/{n}" for name, (f, n) in splits.items())
    lines.append(
        f"Fast path (`AUDITOR_PDF_ENGINE={engine}`): {fast_pages} of {all_pages} pages "
        f"({fast_pages / all_pages * 100:.0f} %) read without pdfplumber ({detail}).\n"
    )

    with tempfile.TemporaryDirectory(prefix="auditor-bench-") as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        count = 20 if quick else 24
        batch_folder(folder, count)
        env = {**os.environ, "NO_COLOR": "1"}
        timings = {}
        for jobs in (1, 2):
            cmd = [
                *AUDIT,
                str(folder),
                "--jobs",
                str(jobs),
                "--no-progress",
                "--format",
                "json",
                "-o",
                str(Path(tmp) / f"j{jobs}.json"),
            ]
            timings[jobs] = best(
                lambda c=cmd: subprocess.run(c, check=False, capture_output=True, env=env),
                1 if quick else 2,
            )
        lines.append(f"## Batch of {count} files (text, DOCX, PDF)\n")
        lines.append("| jobs | wall time | files/s |")
        lines.append("| ---: | ---: | ---: |")
        for jobs, t in timings.items():
            lines.append(f"| {jobs} | {t:.1f} s | {count / t:.2f} |")
        lines.append(
            f"\n`--jobs 2` / `--jobs 1` throughput: **{timings[1] / timings[2]:.2f}×** on {os.cpu_count()} cores.\n"
        )

        long_pdf = Path(tmp) / "long.pdf"
        pages = make_long_pdf(long_pdf, 100 if quick else 400)
        rss, elapsed = peak_rss_mb(
            [
                *AUDIT,
                str(long_pdf),
                "--no-progress",
                "--format",
                "json",
                "-o",
                str(Path(tmp) / "long.json"),
                "--timeout",
                "3600",
            ]
        )
        lines.append(f"## Long PDF ({pages} pages)\n")
        lines.append(
            f"Peak memory **{rss:.0f} MB**, {elapsed:.1f} s ({elapsed / pages * 1000:.0f} ms per page).\n"
        )

    startup = best(
        lambda: subprocess.run([*AUDIT, "--version"], check=False, capture_output=True), 5
    )
    entry = shutil.which("audit")
    if entry:
        startup = min(
            startup,
            best(lambda: subprocess.run([entry, "--version"], check=False, capture_output=True), 5),
        )
    lines.append("## Start-up\n")
    lines.append(f"`audit --version`: **{startup:.2f} s**.\n")
    return "\n".join(lines)


SCALING_HEADING = "## Scaling on hostile input"


def main() -> int:
    """Run the benchmark, print it and (unless ``--quick``) write ``bench/results.md``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one PDF, smaller batch and long PDF")
    args = parser.parse_args()
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    body = run(args.repeat, args.quick)
    text = f"# Benchmark results\n\nMeasured by `python bench/bench.py` on {machine}, {time.strftime('%Y-%m-%d')}.\n\n{body}"
    print(text)
    if not args.quick:
        out = ROOT / "bench" / "results.md"
        out.write_text(text + kept_sections(out), encoding="utf-8")
    return 0


def kept_sections(out: Path) -> str:
    """The sections other scripts own (``bench/scaling.py``), kept when the file is rewritten."""
    if not out.exists():
        return ""
    old = out.read_text(encoding="utf-8")
    start = old.find(SCALING_HEADING)
    return "" if start < 0 else "\n" + old[start:]


if __name__ == "__main__":
    sys.exit(main())
