"""Read the example corpus back and report what the extractors will meet.

For every PDF in ``corpus/example/`` (pdfplumber, default ``find_tables()``
settings, ``extract_text(x_tolerance_ratio=0.3)``): the page count, whether the
income table (``机构名称/收入合计/其中:`` with the ``汇总`` row) is found, whether key
phrases survive (modulo whitespace), and every place where a table continues
across a page break, with the rows on both sides. For every DOCX (python-docx):
the table count, the merges of the income table and, where formulas are OMML,
that their text is missing from ``paragraph.text`` but present in ``m:t``.

Run: ``/work/venv/bin/python scripts/check_example_corpus.py [DIR]``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "example"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

INCOME_TOTAL_ROW = ["汇总", "2,415.05", "0", "2237.76", "1.15", "10", "166.14"]
KEY_PHRASES = ("编制共58名", "362.9/377.3", "2024年5月29日")
FOOTER = re.compile(r"^\s*-\s*\d+\s*-\s*$")
Slot = tuple[str, bool]
"""A model table slot: squashed text of its cell, and whether it is covered
vertically (continuation of a cell that starts in a row above)."""


def squash(text: str | None) -> str:
    """Remove all whitespace (wraps, autospace gaps, justification gaps)."""
    return re.sub(r"\s+", "", text or "")


@dataclass
class TableSplit:
    """A table that runs from the bottom of one page onto the top of the next."""

    page: int
    """The page the table continues from (1-based); it continues on ``page + 1``."""
    cols_before: int
    cols_after: int
    last_row: list[str]
    first_row: list[str]
    """First row of the continuation after any repeated header rows."""
    header_repeated: int = 0
    """How many header rows of the table are repeated at the top of the next page."""

    kind: str = "?"
    """``row split`` (the next row is the rest of a row cut by the break),
    ``whole rows`` (the next row starts a row of the model) or ``?`` (no model)."""

    def describe(self) -> str:
        """One line such as ``p.10→11 (8→8 cols, row split) …``."""
        header = f", {self.header_repeated} header row(s) repeated" if self.header_repeated else ""
        return (
            f"p.{self.page}→{self.page + 1} "
            f"({self.cols_before}→{self.cols_after} cols, "
            f"{self.kind}{header}): last row {_short(self.last_row)} | "
            f"next row {_short(self.first_row)}"
        )


@dataclass
class PdfReport:
    """What pdfplumber sees in one PDF."""

    path: Path
    pages: int = 0
    income_pages: list[int] = field(default_factory=list)
    income_header: list[str] = field(default_factory=list)
    phrases: dict[str, bool] = field(default_factory=dict)
    splits: list[TableSplit] = field(default_factory=list)
    table_pieces: int = 0
    missing_cjk: dict[str, int] = field(default_factory=dict)
    extra_cjk: dict[str, int] = field(default_factory=dict)


def _cells(row: list[Any]) -> list[str]:
    return [squash(c) if c is not None else "None" for c in row]


def _short(row: list[str], width: int = 14) -> list[str]:
    return [c if len(c) <= width else c[:width] + "…" for c in row]


def _is_cjk(text: str) -> bool:  # one character of the CJK ideograph blocks (not punctuation)
    return len(text) == 1 and ("\u3400" <= text <= "\u9fff" or "\uf900" <= text <= "\ufaff")


def model_rows(seed: Path) -> list[list[Slot]]:
    """Every table row of the seed's model as slots (merged slots: origin text)."""
    from render_docx import display_text

    from auditor.extract import open_document

    rows: list[list[Slot]] = []
    for table in open_document(seed).tables:
        for r, row in enumerate(table.grid):
            rows.append([(squash(display_text(cell.raw)), cell.row < r) for cell in row])
    return rows


def starts_model_row(row: list[str], model: list[list[Slot]]) -> bool:
    """Whether a PDF table row is the beginning of some model row.

    ``None`` (a slot pdfplumber saw merged) matches anything; ``''`` matches an
    empty cell or a vertical merge continuing from above; other text must begin
    the model cell's text (the cell may go on over the next page).
    """
    for candidate in model:
        if len(candidate) != len(row):
            continue
        if all(
            got == "None"
            or (got == "" and (text == "" or covered))
            or (got != "" and text.startswith(got))
            for got, (text, covered) in zip(row, candidate, strict=True)
        ):
            return True
    return False


def model_cjk(seed: Path) -> Counter[str]:
    """CJK ideographs of the seed as the renderers print them, with multiplicity."""
    from render_docx import display_text

    from auditor.extract import open_document
    from auditor.model import Paragraph

    counts: Counter[str] = Counter()
    for block in open_document(seed).blocks:
        texts = (
            [block.raw] if isinstance(block, Paragraph) else [cell.raw for cell in block.cells()]
        )
        for text in texts:
            counts.update(ch for ch in display_text(text) if _is_cjk(ch))
    return counts


def check_pdf(
    path: Path,
    expected_cjk: Counter[str] | None = None,
    model: list[list[Slot]] | None = None,
) -> PdfReport:
    """Open ``path`` with pdfplumber and fill a :class:`PdfReport`.

    With ``expected_cjk`` (see :func:`model_cjk`) the PDF's ideographs are compared
    with the model's, counted with multiplicity.
    """
    import pdfplumber

    report = PdfReport(path)
    texts: list[str] = []
    # (first table top is first on page, last table is last on page, tables)
    per_page: list[tuple[bool, bool, list[list[list[str]]]]] = []
    cjk: Counter[str] = Counter()
    with pdfplumber.open(path) as pdf:
        report.pages = len(pdf.pages)
        for number, page in enumerate(pdf.pages, start=1):
            texts.append(page.extract_text(x_tolerance_ratio=0.3) or "")
            cjk.update(ch["text"] for ch in page.chars if _is_cjk(ch["text"]))
            tables = page.find_tables()
            report.table_pieces += len(tables)
            rows_per_table = [[_cells(r) for r in t.extract()] for t in tables]
            for rows in rows_per_table:
                if rows and rows[0][:2] == ["机构名称", "收入合计"] and INCOME_TOTAL_ROW in rows:
                    report.income_pages.append(number)
                    report.income_header = rows[0]
            if not tables:
                per_page.append((False, False, []))
                continue
            body_chars = [ch for ch in page.chars if not _is_footer_char(ch, page.height)]
            first, last = tables[0], tables[-1]
            starts_page = not any(ch["bottom"] <= first.bbox[1] + 1 for ch in body_chars)
            ends_page = not any(ch["top"] >= last.bbox[3] - 1 for ch in body_chars)
            per_page.append((starts_page, ends_page, rows_per_table))
    joined = squash(
        "".join(line for t in texts for line in t.splitlines() if not FOOTER.match(line))
    )
    report.phrases = {key: key in joined for key in KEY_PHRASES}
    origin: list[list[str]] | None = None
    repeated_cjk: Counter[str] = Counter()
    for i in range(len(per_page) - 1):
        _, ends, tables = per_page[i]
        starts, _, next_tables = per_page[i + 1]
        if not (ends and starts and tables and next_tables):
            origin = None
            continue
        before, after = tables[-1], next_tables[0]
        if origin is None or len(tables) > 1:
            origin = before
        repeated = 0
        for k in range(min(3, len(after) - 1, len(origin)), 0, -1):
            if after[:k] == origin[:k]:
                repeated = k
                break
        for header_row in after[:repeated]:
            repeated_cjk.update(ch for cell in header_row for ch in cell if _is_cjk(ch))
        next_row = after[repeated] if len(after) > repeated else []
        kind = "?"
        if model is not None:
            kind = "whole rows" if starts_model_row(next_row, model) else "row split"
        report.splits.append(
            TableSplit(
                page=i + 1,
                cols_before=len(before[-1]) if before else 0,
                cols_after=len(after[0]) if after else 0,
                last_row=before[-1] if before else [],
                first_row=next_row,
                header_repeated=repeated,
                kind=kind,
            )
        )
        if len(next_tables) > 1:
            origin = None
    if expected_cjk is not None:
        # Repeated header rows print their text again on every page they open.
        report.missing_cjk = dict(expected_cjk - (cjk - repeated_cjk))
        report.extra_cjk = dict((cjk - repeated_cjk) - expected_cjk)
    return report


def _is_footer_char(ch: dict[str, Any], height: float) -> bool:
    """Characters of the ``- N -`` footer in the bottom margin."""
    return ch["top"] > height - 72 and (ch["text"] in "- " or ch["text"].isdigit())


@dataclass
class DocxReport:
    """What python-docx sees in one DOCX."""

    path: Path
    tables: int = 0
    income_qizhong_span: int | None = None
    income_name_rowspan: int | None = None
    omml_paragraphs: int = 0
    omml_hidden_from_text: int = 0
    omml_samples: list[str] = field(default_factory=list)


def _spans(tbl: Any) -> dict[str, tuple[int, int]]:
    """Map the text of each origin cell to its (rowspan, colspan) from the XML."""
    spans: dict[str, tuple[int, int]] = {}
    origin_at: dict[tuple[int, int], str] = {}
    for r, tr in enumerate(tbl.iterchildren(f"{W}tr")):
        col = 0
        for tc in tr.iterchildren(f"{W}tc"):
            pr = tc.find(f"{W}tcPr")
            gs = pr.find(f"{W}gridSpan") if pr is not None else None
            vm = pr.find(f"{W}vMerge") if pr is not None else None
            span = int(gs.get(f"{W}val")) if gs is not None else 1
            text = "".join(t.text or "" for t in tc.iter(f"{W}t"))
            if vm is not None and vm.get(f"{W}val") != "restart" and (r - 1, col) in origin_at:
                key = origin_at[(r - 1, col)]
                rows, cols = spans[key]
                spans[key] = (rows + 1, cols)
                origin_at[(r, col)] = key
            else:
                spans.setdefault(text, (1, span))
                origin_at[(r, col)] = text
            col += span
    return spans


def check_docx(path: Path) -> DocxReport:
    """Open ``path`` with python-docx and fill a :class:`DocxReport`."""
    import docx

    word = docx.Document(str(path))
    report = DocxReport(path, tables=len(word.tables))
    for table in word.tables:
        first = table.rows[0].cells
        if first[0].text == "机构名称" and first[1].text == "收入合计":
            spans = _spans(table._tbl)
            report.income_qizhong_span = spans.get("其中:", (0, 0))[1]
            report.income_name_rowspan = spans.get("机构名称", (0, 0))[0]
            break
    for paragraph in word.paragraphs:
        maths = list(paragraph._p.iter(f"{M}oMath"))
        if not maths:
            continue
        report.omml_paragraphs += 1
        math_text = "".join(t.text or "" for m in maths for t in m.iter(f"{M}t"))
        if math_text and math_text not in paragraph.text:
            report.omml_hidden_from_text += 1
        if len(report.omml_samples) < 3:
            report.omml_samples.append(math_text)
    return report


def main(argv: list[str]) -> int:
    """Print a report for every PDF and DOCX of the corpus directory."""
    folder = Path(argv[1]) if len(argv) > 1 else CORPUS
    ok = True
    seed = folder / "report.txt"
    expected = model_cjk(seed) if seed.exists() else None
    model = model_rows(seed) if seed.exists() else None
    for path in sorted(folder.glob("*.pdf")):
        rep = check_pdf(path, expected, model)
        good = bool(rep.income_pages) and all(rep.phrases.values())
        good &= not rep.missing_cjk and not rep.extra_cjk
        ok &= good
        print(
            f"{path.name}: {rep.pages} pages, {rep.table_pieces} table pieces, "
            f"income table on p.{rep.income_pages}, phrases {rep.phrases}, "
            f"CJK missing {rep.missing_cjk or 0} extra {rep.extra_cjk or 0}"
        )
        for split in rep.splits:
            print("   ", split.describe())
    for path in sorted(folder.glob("*.docx")):
        rep = check_docx(path)
        good = rep.income_qizhong_span == 5 and rep.income_name_rowspan == 2
        if rep.omml_paragraphs:
            good &= rep.omml_hidden_from_text == rep.omml_paragraphs
        ok &= good
        print(
            f"{path.name}: {rep.tables} tables, "
            f"其中: colspan {rep.income_qizhong_span}, "
            f"机构名称 rowspan {rep.income_name_rowspan}, "
            f"OMML paragraphs {rep.omml_paragraphs} "
            f"(hidden from paragraph.text: {rep.omml_hidden_from_text})"
        )
        for sample in rep.omml_samples:
            print("    m:t:", sample)
    print("OK" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
