"""Audit one file: extract, read, check; every failure ends as a typed result.

``audit_file`` never raises for a bad input: it returns a :class:`DocumentResult`
with ``status="error"`` and a bilingual error instead, so a batch goes on. It times
each stage so the benchmark can show where the time goes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.errors import INTERNAL, RESOURCE_LIMIT, AuditorError, InputError
from auditor.findings import Evidence, Finding, Severity
from auditor.model import Document, Location, Paragraph
from auditor.read.figures import cue

if TYPE_CHECKING:
    from auditor.assess import ScoreSummary
    from auditor.read.lexicon import Lexicon
    from auditor.read.reading import Reading
    from auditor.read.scoring.framework import Framework
    from auditor.runner import RunSettings


@dataclass(frozen=True)
class Knowledge:
    """Data the reading layer and rules need: concept lexicon and indicator framework."""

    lexicon: Lexicon
    framework: Framework | None


def load_knowledge(lexicon_path: Path, framework_path: Path | None) -> Knowledge:
    """Load lexicon and framework files once per process."""
    from auditor.read.lexicon import load_lexicon
    from auditor.read.scoring.framework import load_framework

    return Knowledge(
        lexicon=load_lexicon(lexicon_path),
        framework=load_framework(framework_path) if framework_path else None,
    )


@dataclass(frozen=True)
class IndicatorScore:
    """One indicator of the score block: its maximum, stated and recomputed score and rate."""

    name: str
    maximum: Decimal | None
    stated: Decimal | None
    recomputed: Decimal | None
    stated_rate: Decimal | None
    recomputed_rate: Decimal | None
    """Percent, to two places (as the report writes rates)."""

    @property
    def differs(self) -> bool:
        """Whether the recomputed score is not the stated one."""
        return plain(self.stated) != plain(self.recomputed)


@dataclass(frozen=True)
class ScoreBlock:
    """Stated versus recomputed scores of the report's main sheet, as the writers show them."""

    stated_total: Decimal | None
    indicator_sum: Decimal | None
    recomputed_total: Decimal | None
    maxima_sum: Decimal | None
    stated_grade: str | None
    recomputed_grade: str | None
    indicators: tuple[IndicatorScore, ...] = ()

    @classmethod
    def of(cls, summary: ScoreSummary) -> ScoreBlock:
        """The block of a score summary (its assessments in sheet order)."""
        return cls(
            stated_total=summary.stated_total,
            indicator_sum=summary.indicator_sum,
            recomputed_total=summary.recomputed_total,
            maxima_sum=summary.maxima_sum,
            stated_grade=summary.stated_grade,
            recomputed_grade=summary.recomputed_grade,
            indicators=tuple(
                IndicatorScore(
                    name=a.indicator.name,
                    maximum=a.indicator.maximum,
                    stated=a.indicator.awarded,
                    recomputed=a.expected,
                    stated_rate=a.stated_rate,
                    recomputed_rate=a.recomputed.rate.quantize(Decimal("0.01"))
                    if a.recomputed
                    else None,
                )
                for a in summary.assessments
            ),
        )

    @property
    def shown(self) -> bool:
        """Whether there is anything to show (a sum of scores or a stated total)."""
        return self.indicator_sum is not None or self.stated_total is not None


def plain(value: Decimal | None) -> int | float | None:
    """A score as JSON and every writer show it: an int when whole, else a float."""
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class DocumentMeta:
    """What the header of a result says about the report: unit, year, pages, format."""

    unit: str | None = None
    report_year: int | None = None
    pages: int | None = None
    format: str | None = None
    budget_code: str | None = None
    report_date: str | None = None
    """The report's own date as written."""
    compared: bool = False
    """Whether the result was compared with an earlier version (``--compare``)."""
    compared_with: str | None = None
    """The earlier version's path (None: compared, but no earlier version matched)."""
    reference: dict[str, Any] | None = None
    """``--reference``: the row of the reference table this report was matched with, or
    why none was (``auditor.reference.apply``); None when no table was given."""
    previous: dict[str, Any] | None = None
    """Last year's report of the same unit this report was compared with, or why none
    was (``auditor.pairing``); None when none was looked for."""


@dataclass
class DocumentResult:
    """The audit of one file, as the JSON contract and the reporters need it."""

    path: str
    status: str = "ok"
    error: dict[str, str] | None = None
    meta: DocumentMeta | None = None
    """None when the file could not be read."""
    findings: list[Finding] = field(default_factory=list)
    score: ScoreBlock | None = None
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    path_bytes: bytes | None = None
    """The file name's raw bytes when they are not UTF-8 (``path`` shows them escaped)."""

    def counts(self) -> dict[str, int]:
        """Number of findings per severity (not counting dismissed or fixed ones)."""
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            if not f.dismissed:
                out[f.severity.value] += 1
        return out


_REPORT_MARKERS = cue("general", "report_markers")


def report_doubts(reading: Reading) -> list[str]:
    """Why the document does not look like a self-evaluation report (empty: it does).

    These doubts never stop the audit: a genuine report in an unusual layout must still
    have its errors found; the AUD003 warning only tells the reviewer why the findings
    may be thin.
    """
    headings = " ".join(
        p.text for p in reading.document.paragraphs[:80] if p.heading_level is not None
    )
    first_text = " ".join(p.text for p in reading.document.paragraphs[:15])
    doubts = []
    if not (_REPORT_MARKERS.search(headings) or _REPORT_MARKERS.search(first_text)):
        doubts.append("标题和开头未出现“绩效”“自评”“预算”“决算”等字样")
    facts = len(reading.facts.facts)
    if facts < 2 and not any(s.indicators for s in reading.sheets):
        doubts.append(f"只识别出 {facts} 个已知数据项且没有评分表")
    return doubts


def is_empty(document: Document) -> bool:
    """A document with no text at all: the only one the rules are not run on."""
    return not any(
        block.text.strip()
        if isinstance(block, Paragraph)
        else any(cell.text.strip() for row in block.grid for cell in row)
        for block in document.blocks
    )


def audit_file(
    path: Path,
    knowledge: Knowledge,
    settings: RunSettings,
    *,
    source: str | None = None,
    password: str | None = None,
    keep: bool = False,
) -> tuple[DocumentResult, Reading | None]:
    """Audit one file; return the result (and the reading when ``keep`` is set)."""
    from auditor.extract import open_document
    from auditor.outputs import display_name, name_bytes

    name = source or display_name(path)
    result = DocumentResult(path=name, path_bytes=name_bytes(path))
    started = time.perf_counter()
    try:
        document = open_document(path, source=name, password=password)
    except AuditorError as exc:
        result.status = "error"
        result.error = exc.to_json()
        result.timings["extract"] = time.perf_counter() - started
        return result, None
    except MemoryError:
        return _out_of_memory(result, name), None
    except Exception as exc:  # a bug of ours (RecursionError too): report it, go on
        return _internal(result, name, exc), None
    result.timings["extract"] = time.perf_counter() - started
    try:
        reading = _check(document, knowledge, settings, result)
    except MemoryError:
        return _out_of_memory(result, name), None
    except Exception as exc:
        return _internal(result, name, exc), None
    result.timings["total"] = time.perf_counter() - started
    return result, reading if keep else None


def _out_of_memory(result: DocumentResult, name: str) -> DocumentResult:
    error = InputError(RESOURCE_LIMIT, name, "内存不足")
    result.status = "error"
    result.error = error.to_json()
    result.findings = []
    return result


def _internal(result: DocumentResult, name: str, exc: BaseException) -> DocumentResult:
    import logging
    import traceback

    logging.getLogger(__name__).debug("internal error on %s:\n%s", name, traceback.format_exc())
    error = InputError(INTERNAL, name, type(exc).__name__)
    result.status = "error"
    result.error = error.to_json()
    result.findings = []  # what ran before the failure is not a complete audit
    return result


def _check(
    document: Document, knowledge: Knowledge, settings: RunSettings, result: DocumentResult
) -> Reading:
    from auditor.assess import summarize
    from auditor.grounding import grounded
    from auditor.read.reading import read
    from auditor.runner import run_checks

    t0 = time.perf_counter()
    reading = read(document, knowledge.lexicon, knowledge.framework)
    t1 = time.perf_counter()
    result.timings["read"] = t1 - t0
    reference = None
    if settings.reference is not None:
        from auditor.reference.apply import attach_reference
        from auditor.reference.table import ReferenceTable

        assert isinstance(settings.reference, ReferenceTable)
        reference = attach_reference(reading, settings.reference)
    result.meta = DocumentMeta(
        unit=reading.meta.unit,
        report_year=reading.report_year,
        pages=document.pages,
        format=document.format,
        budget_code=reading.meta.budget_code,
        report_date=reading.meta.report_date.raw if reading.meta.report_date else None,
        reference=reference,
    )
    result.notes.extend(document.notes)
    notices = _notices(document, reading)
    from auditor.identity import stamp_ids
    from auditor.sections import stamp_sections

    if is_empty(document):
        result.findings = stamp_ids(
            [*notices, _not_a_report(["文件中没有可读的文字"], audited=False)]
        )
        result.timings["check"] = time.perf_counter() - t1
        return reading
    doubts = report_doubts(reading)
    if doubts:
        notices.append(_not_a_report(doubts, audited=True))
    findings, dropped = grounded(run_checks(reading, settings), document)
    if document.ocr_pages:
        from auditor.ocr_evidence import temper

        findings = temper(findings, document)
    if dropped:
        result.notes.append(
            f"已略去 {dropped} 条问题：其引用的数字在文档文字中找不到（可能是文字层损坏或读取有误）。"
        )
    ordered = sorted([*notices, *findings], key=Finding.sort_key)
    result.findings = stamp_ids(stamp_sections(ordered, document))
    summary: ScoreSummary = summarize(reading)
    result.score = ScoreBlock.of(summary) if summary.sheet is not None else None
    result.timings["check"] = time.perf_counter() - t1
    return reading


def _notices(document: Document, reading: Reading) -> list[Finding]:
    from auditor.extract.ocr import INSTALL_HINT, ocr_available

    out: list[Finding] = []
    if document.ocr_pages:
        pages = _page_list(document.ocr_pages)
        junk = tuple(p for p in document.garbage_pages if p in document.ocr_pages)
        why = f"（其中第 {_page_list(junk)} 页的文字层是乱码）" if junk else ""
        out.append(
            Finding(
                rule="AUD004",
                name="pages-read-by-ocr",
                category="input",
                severity=Severity.INFO,
                message=f"第 {pages} 页没有可用的文字层（扫描件）{why}，已用 OCR 从图像识别；"
                "识别不确定的数字只作警告，请对照原件核实",
                evidence=tuple(
                    Evidence(Location(page=p, ocr=1.0), "（扫描页，OCR 识别）", None, "扫描页")
                    for p in document.ocr_pages[:50]
                ),
                title="扫描页已 OCR 识别",
            )
        )
    if document.textless_pages:
        pages = _page_list(document.textless_pages)
        hint = f"。{INSTALL_HINT}" if not ocr_available() else ""
        out.append(
            Finding(
                rule="AUD002",
                name="pages-without-text",
                category="input",
                severity=Severity.WARNING,
                message=f"第 {pages} 页没有文字层（可能是扫描件），这些页未被审核{hint}",
                evidence=tuple(
                    Evidence(Location(page=p), "（无文字层）", None, "扫描页")
                    for p in document.textless_pages[:50]
                ),
                title="部分页面无文字层",
            )
        )
    unread = tuple(p for p in document.garbage_pages if p not in document.ocr_pages)
    if unread:
        pages = _page_list(unread)
        hint = f"。{INSTALL_HINT}" if not ocr_available() else ""
        out.append(
            Finding(
                rule="AUD002",
                name="pages-without-text",
                category="input",
                severity=Severity.WARNING,
                message=f"第 {pages} 页的文字层是乱码（无法解码的字形或扫描仪附加的隐形文字），"
                f"这些页未被审核{hint}",
                evidence=tuple(
                    Evidence(Location(page=p), "（文字层为乱码）", None, "乱码页")
                    for p in unread[:50]
                ),
                title="部分页面文字层为乱码",
            )
        )
    return out


def _page_list(pages: tuple[int, ...]) -> str:
    return "、".join(str(p) for p in pages)


def _not_a_report(doubts: list[str], *, audited: bool) -> Finding:
    what = "已照常运行全部审核规则，结果可能不完整" if audited else "未运行审核规则"
    return Finding(
        rule="AUD003",
        name="not-a-self-evaluation-report",
        category="input",
        severity=Severity.WARNING,
        message=("该文件看起来不像部门整体支出绩效自评报告（" + "；".join(doubts) + f"），{what}"),
        evidence=(),
        title="不像自评报告",
    )
