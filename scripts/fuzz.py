"""Fuzz the auditor with mutants of the example report (text, DOCX, PDF).

Run from the repository root::

    python scripts/fuzz.py [--count 420] [--seed 13] [--jobs 2] [--timeout 60] [--keep DIR]

Every mutant is derived from ``corpus/example/`` with a fixed seed, so a rerun writes
the same bytes. Mutations: byte flips, truncations, damaged zip members and XML
(attributes deleted, emptied or made huge, elements dropped or nested), damaged PDF
xref and content streams, size-0 fonts, and text files with hostile lines. The batch
is audited with the installed ``audit`` in a private ``TMPDIR``; the run fails when
any of these holds:

- ``audit`` printed a Python traceback, exited with anything but 0, 1 or 2, or did not
  finish within ``--count × --timeout`` seconds;
- the JSON output does not parse or lacks a document;
- a document ended in ``AUD001`` (an internal error rather than a typed input error);
- a file or folder was left in the private ``TMPDIR``.

(Findings quoting figures the mutant does not contain are dropped by the auditor
itself, :mod:`auditor.grounding`.)

``tests/test_hostile.py`` runs a small sample of the same mutants in CI.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpus" / "example"
SOURCES = {
    "txt": EXAMPLE / "report.txt",
    "docx": EXAMPLE / "report.docx",
    "pdf": EXAMPLE / "report-reportlab.pdf",
}
SEED = 13


# ----------------------------------------------------------------------- mutations


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(out))
        out[i] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _rezip(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            member = change(info.filename, source.read(info.filename))
            if member is not None:
                out.writestr(info.filename, member)
    return buffer.getvalue()


_ATTRIBUTE = re.compile(rb'(\s[\w:]+)="([^"]*)"')
_ELEMENT = re.compile(rb"<(w:(?:p|r|t|tc|tr|tbl|gridCol|tcPr|gridSpan|vMerge|sectPr))\b[^>]*>")


def damage_xml(xml: bytes, rng: random.Random) -> bytes:
    """One structural damage to a WordprocessingML part."""
    kind = rng.choice(
        ["drop-attr", "empty-attr", "huge-attr", "bad-number", "drop-open", "nest", "span"]
    )
    attrs = list(_ATTRIBUTE.finditer(xml))
    elements = list(_ELEMENT.finditer(xml))
    if kind in {"drop-attr", "empty-attr", "huge-attr", "bad-number"} and attrs:
        m = rng.choice(attrs)
        value = {
            "drop-attr": None,
            "empty-attr": b"",
            "huge-attr": b"9" * rng.choice([20, 4000, 200_000]),
            "bad-number": rng.choice([b"-1", b"2147483647", b"1e309", b"NaN", b"0x10"]),
        }[kind]
        repl = b"" if value is None else m.group(1) + b'="' + value + b'"'
        return xml[: m.start()] + repl + xml[m.end() :]
    if kind == "drop-open" and elements:
        m = rng.choice(elements)
        return xml[: m.start()] + xml[m.end() :]
    if kind == "span":
        spans = [m for m in re.finditer(rb'<w:gridSpan w:val="\d+"/>', xml)]
        value = rng.choice([b"0", b"100000", b"2147483647", b"99999999999999999999"])
        if spans:
            m = rng.choice(spans)
            return xml[: m.start()] + b'<w:gridSpan w:val="' + value + b'"/>' + xml[m.end() :]
        return xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="' + value + b'"/>', 1)
    depth = rng.choice([50, 500, 3000])
    return xml.replace(b"<w:body>", b"<w:body>" + b"<w:sdt><w:sdtContent>" * depth, 1)


def docx_mutant(data: bytes, rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.15:
        return flip_bytes(data, rng)
    if kind < 0.25:
        return truncate(data, rng)
    if kind < 0.35:
        victim = rng.choice(
            [
                "word/document.xml",
                "word/_rels/document.xml.rels",
                "[Content_Types].xml",
                "word/styles.xml",
            ]
        )
        return _rezip(data, lambda name, body: None if name == victim else body)
    target = rng.choice(["word/document.xml"] * 4 + ["word/styles.xml", "word/numbering.xml"])
    return _rezip(data, lambda name, body: damage_xml(body, rng) if name == target else body)


def pdf_mutant(data: bytes, rng: random.Random) -> bytes:
    kind = rng.random()
    if kind < 0.3:
        return flip_bytes(data, rng)
    if kind < 0.45:
        return truncate(data, rng)
    if kind < 0.6:
        at = data.rfind(b"startxref")
        return data[:at] + b"startxref\n" + str(rng.randrange(10**6)).encode() + b"\n%%EOF\n"
    if kind < 0.75:
        # size-0 text: every font size becomes 0
        return re.sub(rb"(/F\w*\s+)[\d.]+(\s+Tf)", rb"\g<1>0\2", data)
    # damage the middle of the file where content streams live
    start = rng.randrange(len(data) // 4, len(data) // 2)
    return (
        data[:start]
        + bytes(rng.randrange(256) for _ in range(rng.randint(16, 4096)))
        + data[start + 8 :]
    )


def text_mutant(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    lines = text.split("\n")
    kind = rng.choice(["flip", "truncate", "long-line", "brackets", "digits", "gbk", "nul"])
    if kind == "flip":
        return flip_bytes(data, rng)
    if kind == "truncate":
        return truncate(data, rng)
    if kind == "gbk":
        return text.encode("gbk", "replace")
    if kind == "nul":
        return data.replace(b"\n", b"\x00\n", rng.randint(1, 50))
    n = rng.choice([500, 2000, 6000])
    piece = {
        "long-line": rng.choice(["1,", "1.", "12.5万元、", "（1）"]) * n,
        "brackets": "（" * n + "1" + "）" * n,
        "digits": "9" * n + "万元",
    }[kind]
    i = rng.randrange(len(lines))
    lines.insert(i, piece)
    return "\n".join(lines).encode("utf-8")


MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "txt": text_mutant,
    "docx": docx_mutant,
    "pdf": pdf_mutant,
}


def write_mutants(folder: Path, count: int, seed: int) -> list[Path]:
    """Write ``count`` mutants (a third of each kind) into ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    sources = {kind: path.read_bytes() for kind, path in SOURCES.items()}
    kinds = sorted(sources)
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        data = MUTATORS[kind](sources[kind], rng)
        path = folder / f"m{i:04d}.{kind}"
        path.write_bytes(data)
        out.append(path)
    return out


# ----------------------------------------------------------------------- running


def audit_folder(
    folder: Path, *, jobs: int, timeout: float, audit: str | None = None
) -> dict[str, object]:
    """Audit ``folder`` in a private TMPDIR and return what went wrong (if anything)."""
    command = audit or str(Path(sys.executable).with_name("audit"))
    files = sorted(p for p in folder.iterdir() if p.is_file())
    with tempfile.TemporaryDirectory(prefix="auditor-fuzz-") as scratch:
        tmp = Path(scratch) / "tmp"
        tmp.mkdir()
        output = Path(scratch) / "out.json"
        env = {**os.environ, "TMPDIR": str(tmp)}
        started = time.monotonic()
        try:
            done = subprocess.run(
                [
                    command,
                    str(folder),
                    "--format",
                    "json",
                    "-o",
                    str(output),
                    "--jobs",
                    str(jobs),
                    "--timeout",
                    str(timeout),
                    "--no-progress",
                ],
                capture_output=True,
                env=env,
                timeout=max(120.0, timeout * len(files) / max(1, jobs) + 60),
            )
        except subprocess.TimeoutExpired:
            return {"problems": ["the batch hung"], "files": len(files)}
        elapsed = time.monotonic() - started
        problems: list[str] = []
        stderr = done.stderr.decode("utf-8", "replace")
        if "Traceback" in stderr:
            problems.append("traceback on stderr:\n" + stderr[-2000:])
        if done.returncode not in (0, 1, 2):
            problems.append(f"exit code {done.returncode}")
        codes: Counter[str] = Counter()
        try:
            report = json.loads(output.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"JSON output unreadable: {exc}")
            report = {"documents": []}
        documents = report.get("documents", [])
        if len(documents) != len(files):
            problems.append(f"{len(documents)} documents for {len(files)} files")
        for doc in documents:
            code = (doc.get("error") or {}).get("code") or "ok"
            codes[code] += 1
            if code == "AUD001":
                problems.append(f"internal error on {doc['path']}: {doc['error']['message']}")
        leftovers = sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*"))
        if leftovers:
            problems.append(f"left in TMPDIR: {leftovers[:10]}")
    return {
        "files": len(files),
        "seconds": round(elapsed, 1),
        "codes": dict(sorted(codes.items())),
        "problems": problems,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=420)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--keep", type=Path, help="write the mutants here and keep them")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="auditor-mutants-") as scratch:
        folder = args.keep or Path(scratch) / "mutants"
        write_mutants(folder, args.count, args.seed)
        result = audit_folder(folder, jobs=args.jobs, timeout=args.timeout)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
