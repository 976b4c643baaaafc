"""How the audit's cost grows with pathological input: time and peak memory at N and 8N.

Run from the repository root::

    python bench/scaling.py [--shapes line,grouped,...] [--scale 1.0] [--out bench/results.md]

Each shape is the example report (``corpus/example/report.txt``) with one hostile
piece added — a line of N figures, N nested brackets, a table of N rows … — audited
(best of 2) by the installed ``audit`` in a fresh process (one worker, ``--timeout
600``), so the time is the whole command's and the peak memory is the largest resident
set in the process tree (``getrusage(RUSAGE_CHILDREN)``). The growth exponent is
``log(t(8N) / t(N)) / log 8`` of the time above the plain example's: 1 is linear, 2
quadratic (on a shared machine the times are noisy; ``tests/test_cost.py`` counts work
instead). Markdown goes to stdout and,
with ``--out``, replaces the scaling section of that file.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example"
MARK_BEGIN = "<!-- scaling:begin -->"
MARK_END = "<!-- scaling:end -->"


def _with_line(line: str) -> bytes:
    text = (EXAMPLE / "report.txt").read_text(encoding="utf-8")
    head, sep, tail = text.partition("\n\n")
    return (head + sep + line + "\n\n" + tail).encode("utf-8")


def line_of_figures(n: int) -> bytes:
    """One paragraph holding N figures: ``1.1、2.2、…``."""
    return _with_line("、".join(f"{i % 97}.{i % 7}" for i in range(n)) + "。")


def grouped_figures(n: int) -> bytes:
    """N figures with thousands separators: ``1,234.50万元，``."""
    return _with_line("，".join(f"{1000 + i:,}.50万元" for i in range(n)) + "。")


def nested_brackets(n: int) -> bytes:
    """N nested full-width brackets around figures."""
    return _with_line("合计" + "（其中1.5万元" * n + "）" * n + "。")


def bracket_list(n: int) -> bytes:
    """A flat list of N bracketed items: ``项目1（1.5万元）、…``."""
    return _with_line("、".join(f"项目{i}（{i % 50}.5万元）" for i in range(n)) + "。")


def long_digits(n: int) -> bytes:
    """A number of N digits, and a line of N one-digit figures ``1,1,1…``."""
    return _with_line("9" * n + "万元。" + "1," * n + "1。")


def table_rows(n: int) -> bytes:
    """A DOCX whose first table has N extra data rows (the example's table rows repeated)."""
    source = (EXAMPLE / "report.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                end = data.index(b"</w:tbl>")
                last_row = data.rindex(b"<w:tr", 0, end)
                row = data[last_row:end]
                data = data[:end] + row * n + data[end:]
            dst.writestr(info, data)
    return out.getvalue()


def grid_span(n: int) -> bytes:
    """A DOCX cell with ``w:gridSpan`` N (Word allows 63 columns)."""
    source = (EXAMPLE / "report.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                span = b'<w:tcPr><w:gridSpan w:val="%d"/>' % n
                data = data.replace(b"<w:tcPr>", span, 1)
            dst.writestr(info, data)
    return out.getvalue()


SHAPES: dict[str, tuple[Callable[[int], bytes], str, int]] = {
    "line": (line_of_figures, ".txt", 1250),
    "grouped": (grouped_figures, ".txt", 1250),
    "nested": (nested_brackets, ".txt", 500),
    "list": (bracket_list, ".txt", 1250),
    "digits": (long_digits, ".txt", 5000),
    "rows": (table_rows, ".docx", 250),
    "span": (grid_span, ".docx", 100_000),
}
"""Shape name: (builder, suffix, N)."""


_MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
elapsed = time.perf_counter() - started
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measure(data: bytes, suffix: str) -> tuple[float, float]:
    """Seconds and peak MB of ``audit FILE`` in a fresh process tree.

    A small wrapper process runs ``audit`` so that ``RUSAGE_CHILDREN`` covers exactly
    that command's processes (the largest resident set among them, KB on Linux).
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"case{suffix}"
        path.write_bytes(data)
        audit = str(Path(sys.executable).with_name("audit"))
        command = [audit, str(path), "--format", "json", "--jobs", "1", "--timeout", "600"]
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, check=True
        )
    elapsed, peak_kb = done.stdout.split()
    return float(elapsed), int(peak_kb) / 1024


def best(data: bytes, suffix: str, runs: int = 2) -> tuple[float, float]:
    """The fastest of ``runs`` measurements (the machine is shared; noise only adds)."""
    results = [measure(data, suffix) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def run(shapes: list[str], scale: float) -> str:
    """Measure each shape at N and 8N; the Markdown table."""
    base, _ = best((EXAMPLE / "report.txt").read_bytes(), ".txt")
    rows = [
        f"Plain example (start-up and the report itself): {base:.1f} s. Exponent: "
        "log(t(8N) / t(N)) / log 8 of the time above the plain example (1 linear, 2 quadratic).",
        "",
        "| shape | N | time N | peak N | 8N | time 8N | peak 8N | exponent |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in shapes:
        build, suffix, size = SHAPES[name]
        n = max(1, int(size * scale))
        t1, m1 = best(build(n), suffix)
        t8, m8 = best(build(8 * n), suffix)
        extra1, extra8 = max(t1 - base, 0.05), max(t8 - base, 0.05)
        exponent = math.log(extra8 / extra1) / math.log(8)
        rows.append(
            f"| {name}: {build.__doc__.splitlines()[0] if build.__doc__ else ''} | {n:,} | "
            f"{t1:.1f} s | {m1:.0f} MB | {8 * n:,} | {t8:.1f} s | {m8:.0f} MB | {exponent:.2f} |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: print the table, and write it into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    table = run([s for s in args.shapes.split(",") if s], args.scale)
    print(table)
    if args.out:
        text = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        block = f"{MARK_BEGIN}\n{table}{MARK_END}"
        if MARK_BEGIN in text and MARK_END in text:
            head, _, rest = text.partition(MARK_BEGIN)
            _, _, tail = rest.partition(MARK_END)
            text = head + block + tail
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
