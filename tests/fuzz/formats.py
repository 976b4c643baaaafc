"""Render a fuzzer case to DOCX (python-docx) or PDF (reportlab) and audit the file.

The renderers are the corpus's own (``scripts/render_docx.py``, ``scripts/render_pdf.py``);
the PDF one needs reportlab and fontTools from the ``dev`` extra.
"""

from __future__ import annotations

import sys
from pathlib import Path

from auditor.findings import Finding

from .oracle import audit_file_findings, audit_text
from .run import Built

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def write_format(built: Built, fmt: str, path: Path) -> None:
    """Write the case's report as ``fmt`` (``docx`` or ``pdf``) to ``path``."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from auditor.extract.plaintext import parse_text

    doc = parse_text(built.text, "report.txt")
    if fmt == "docx":
        from render_docx import DocxStyle, write_docx

        write_docx(doc, path, DocxStyle())
    elif fmt == "pdf":
        from render_pdf import draw_pdf_reportlab

        draw_pdf_reportlab(doc, path)
    else:
        raise ValueError(fmt)


def audit_format(built: Built, fmt: str, folder: Path) -> list[Finding]:
    """Findings on the case written as ``fmt`` (``txt`` audits the text directly)."""
    if fmt == "txt":
        return audit_text(built.text)
    path = folder / f"{built.case.seed}-{built.case.defect}.{fmt}"
    write_format(built, fmt, path)
    return audit_file_findings(path)


def summary(findings: list[Finding]) -> list[str]:
    """Rule and severity of every finding, sorted: what must agree between formats."""
    return sorted(f"{f.rule}/{f.severity.value}" for f in findings)
