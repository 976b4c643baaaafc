"""``--annotate DIR``: a marked-up copy of each audited report for the department.

:func:`annotate` writes ``<name>-批注.docx`` (for .docx, .txt, .doc/.wps inputs: a
Word comment per finding on the exact characters it is about) or ``<name>-批注.pdf``
(a highlight per piece of evidence with the finding as its note) into ``out_dir`` and
returns the path. The original is only read; the copy is written atomically.
Findings a reviewer dismissed (不是问题) or that were fixed (已修正) are left out of
the copy: the department is sent what is still to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.engine import DocumentResult
from auditor.findings import Finding
from auditor.render.atomic import write_bytes_atomic

SUFFIX = "-批注"


@dataclass(frozen=True)
class Annotated:
    """What :func:`annotate_report` wrote: the file, findings marked, places not found."""

    path: Path
    findings: int
    placed: int
    missed: int


def output_path(source: Path, out_dir: Path, *, keep_suffix: bool = False) -> Path:
    """``out_dir/<stem>-批注.pdf`` for a PDF, ``.docx`` for everything else.

    ``keep_suffix`` keeps the source's extension in the name (``report.txt-批注.docx``)
    for two sources that would otherwise share a copy.
    """
    suffix = ".pdf" if source.suffix.lower() == ".pdf" else ".docx"
    stem = source.name if keep_suffix else source.stem
    return out_dir / f"{stem}{SUFFIX}{suffix}"


def _to_mark(result: DocumentResult) -> list[Finding]:
    return [f for f in result.findings if not f.dismissed]


def annotate_report(
    source: Path, result: DocumentResult, out_dir: Path, *, target: Path | None = None
) -> Annotated:
    """Write the marked-up copy of ``source`` and say how much of it was placed."""
    target = target or output_path(source, out_dir)
    if target.resolve() == source.resolve():
        raise OSError(f"批注副本不能覆盖原文件：{source}")
    findings = _to_mark(result)
    if target.suffix == ".pdf":
        from auditor.render.annotate_pdf import locate_marks, write_marked_pdf

        marks, missed = locate_marks(source, findings)
        data = write_marked_pdf(source, marks)
        placed, missing = len(marks), len(missed)
    else:
        from auditor.render.annotate_docx import write_marked_docx

        document = None
        if source.suffix.lower() != ".docx":
            from auditor.extract import open_document

            document = open_document(source, source=result.path)
        data, placed = write_marked_docx(source, findings, document)
        missing = len(findings) - placed
    write_bytes_atomic(target, data)
    return Annotated(target, len(findings), placed, missing)


def annotate(source: Path, result: DocumentResult, out_dir: Path) -> Path:
    """Write the marked-up copy of ``source`` for ``result`` into ``out_dir``; return its path."""
    return annotate_report(source, result, out_dir).path
