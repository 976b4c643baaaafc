"""Pair each report with the same unit's report for the year before, and compare them (REF).

After a batch is audited, every report whose unit also filed the year before — in the
batch itself, or among the files given with ``--previous`` — is read again next to
that earlier report and the REF rules run on the pair (REF002 last year's figures,
REF003 copied results). "The same unit" is :func:`auditor.reference.match.same_unit`:
equal 预算编码 when both reports state one, else equal normalised unit names. Two
earlier reports that both fit are not guessed between: the report is marked unmatched
with the reason. The pass runs in the parent process after the batch; a file that
cannot be read again is skipped with a note, never stopping the others.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.findings import Finding
from auditor.outputs import display_name
from auditor.reference.match import same_unit
from auditor.timelimit import TimeLimitExceeded, time_limit

if TYPE_CHECKING:
    from auditor.engine import DocumentResult, Knowledge
    from auditor.read.reading import Reading
    from auditor.runner import RunSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Filed:
    """A report known by its unit and year (from an audit's meta or a fresh reading)."""

    path: Path
    unit: str | None
    code: str | None
    year: int | None


def read_filed(path: Path, knowledge: Knowledge, password: str | None = None) -> Reading:
    """Extract and read one file (no rules)."""
    from auditor.extract import open_document
    from auditor.read.reading import read

    document = open_document(path, source=display_name(path), password=password)
    return read(document, knowledge.lexicon, knowledge.framework)


def pair_previous(
    current: Sequence[Filed], earlier: Sequence[Filed]
) -> dict[Path, tuple[Filed | None, str]]:
    """For each current report: its previous-year report (or None) and why not."""
    pool = [*current, *earlier]
    out: dict[Path, tuple[Filed | None, str]] = {}
    for report in current:
        if report.year is None:
            out[report.path] = (None, "未读到评价年度")
            continue
        fits = [
            other
            for other in pool
            if other.path != report.path
            and other.year == report.year - 1
            and same_unit(report.unit, report.code, other.unit, other.code)
        ]
        unique = list({f.path.resolve(): f for f in fits}.values())
        if len(unique) == 1:
            out[report.path] = (unique[0], "")
        elif unique:
            names = "、".join(f.path.name for f in unique[:3])
            out[report.path] = (None, f"有 {len(unique)} 份同一单位的上年报告（{names}），未猜测")
        else:
            out[report.path] = (None, f"未找到同一单位 {report.year - 1} 年度的报告")
    return out


def compare_with_previous(
    results: Sequence[DocumentResult],
    files: Sequence[Path],
    previous_files: Sequence[Path],
    knowledge: Knowledge,
    settings: RunSettings,
    password: str | None = None,
    timeout: float = 300.0,
) -> list[str]:
    """Run the REF rules on every report that has last year's report; return notes.

    Each file is read under ``timeout`` seconds (as in the batch); one that runs past
    it, or cannot be read, is left out with a note.

    ``previous_files`` are earlier reports given with ``--previous`` (read, not
    audited). Findings are added to the results in place, and ``meta.previous`` says
    which report each was compared with. Reports of a batch without an earlier one and
    without ``--previous`` are left exactly as they were.
    """
    if not any(spec.code.startswith("REF") for spec in settings.checks):
        return []
    by_name = {display_name(p): p for p in files}
    current: list[Filed] = []
    for result in results:
        path = by_name.get(result.path)
        if result.status != "ok" or path is None:
            continue
        meta = result.meta
        if meta is None:
            continue
        current.append(Filed(path, meta.unit, meta.budget_code, meta.report_year))
    notes: list[str] = []
    readings: dict[Path, Reading] = {}

    def reading_of(path: Path) -> Reading | None:
        if path not in readings:
            try:
                with time_limit(timeout):
                    readings[path] = read_filed(path, knowledge, password)
            except TimeLimitExceeded:
                notes.append(f"读取 {display_name(path)} 超过 {timeout:g} 秒，未与上年报告比较")
                return None
            except Exception as exc:  # an unreadable earlier report never stops the batch
                log.debug("cannot read %s: %s", path, exc)
                notes.append(f"无法读取上年报告 {display_name(path)}（{type(exc).__name__}）")
                return None
        return readings[path]

    earlier: list[Filed] = []
    for path in previous_files:
        reading = reading_of(path)
        if reading is not None:
            earlier.append(
                Filed(path, reading.meta.unit, reading.meta.budget_code, reading.report_year)
            )
    pairs = pair_previous(current, earlier)
    for result in results:
        path = by_name.get(result.path)
        if path is None or path not in pairs:
            continue
        found, why = pairs[path]
        if found is None:
            if previous_files:
                _set_previous(result, {"file": "", "status": "unmatched", "reason": why})
            continue
        _compare_pair(result, path, found.path, reading_of, settings)
    return notes


def _set_previous(result: DocumentResult, info: dict[str, Any]) -> None:
    """Record in the result's header which earlier report it was compared with (or why not)."""
    from dataclasses import replace

    if result.meta is not None:
        result.meta = replace(result.meta, previous=info)


def _compare_pair(
    result: DocumentResult,
    path: Path,
    previous_path: Path,
    reading_of: Any,
    settings: RunSettings,
) -> None:
    from auditor.grounding import grounded
    from auditor.identity import stamp_ids
    from auditor.reference.apply import attach_previous
    from auditor.runner import RunSettings as Settings
    from auditor.runner import run_checks
    from auditor.sections import stamp_sections

    reading = reading_of(path)
    previous = reading_of(previous_path)
    if reading is None or previous is None:
        return
    matched = attach_previous(reading, previous, previous_path.name)
    _set_previous(result, matched)
    if matched["status"] != "matched":
        return
    rules = tuple(s for s in settings.checks if s.code.startswith("REF"))
    only_previous = Settings(
        checks=rules,
        severity=settings.severity,
        options=settings.options,
        raise_errors=settings.raise_errors,
    )
    found, _dropped = grounded(run_checks(reading, only_previous), reading.document)
    if not found:
        return
    merged = sorted(
        [*result.findings, *stamp_sections(found, reading.document)], key=Finding.sort_key
    )
    result.findings = stamp_ids(merged)
