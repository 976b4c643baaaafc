"""Decisions that stick: a reviewer's baseline, and a new version compared with an old one.

**Baseline** (``--baseline FILE``, written by ``--write-baseline FILE``): a TOML file a
reviewer edits, one ``[[finding]]`` per finding id with ``status`` 已核实 (confirmed),
不是问题 (dismissed) or 待定 (undecided), ``reason`` and ``by``. A dismissed finding
leaves the console and the exit code but stays in JSON and Excel with its status.
An entry applies to the file it names; when no audited file has that name (the
report was resubmitted under another name) it applies to any file with that id.

**Compare** (``--compare OLD``): each finding of the new version is 仍存在 (its id is
in the old version) or 新增; each old finding whose id is gone comes back as 已修正.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from auditor.engine import DocumentMeta, DocumentResult, IndicatorScore, ScoreBlock
from auditor.errors import ConfigError
from auditor.findings import Evidence, Finding, Severity
from auditor.model import Location

CONFIRMED, DISMISSED, UNDECIDED = "已核实", "不是问题", "待定"
FIXED, REMAINS, NEW = "已修正", "仍存在", "新增"
_STATUS_ALIASES = {
    "confirmed": CONFIRMED,
    "dismissed": DISMISSED,
    "undecided": UNDECIDED,
    "": UNDECIDED,
}


@dataclass(frozen=True)
class Decision:
    """A reviewer's word on one finding id."""

    id: str
    status: str
    reason: str = ""
    by: str = ""
    file: str = ""

    @property
    def note(self) -> str:
        """``理由 — 审核人`` for the JSON and the notes."""
        return " — ".join(part for part in (self.reason, self.by) if part)


def load_baseline(path: Path) -> list[Decision]:
    """Read a baseline file; a malformed one is a :class:`ConfigError` in Chinese."""
    from auditor.config import parse_toml

    data = parse_toml(path, "基线文件")
    entries = data.get("finding", [])
    if not isinstance(entries, list):
        raise ConfigError(f"基线文件 {path} 应由 [[finding]] 条目组成")
    out: list[Decision] = []
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ConfigError(f"基线文件 {path} 第 {n} 个 [[finding]] 缺少 id")
        raw = str(entry.get("status", "")).strip()
        status = _STATUS_ALIASES.get(raw.lower(), raw)
        if status not in (CONFIRMED, DISMISSED, UNDECIDED):
            raise ConfigError(
                f"基线文件 {path} 中 {entry['id']} 的 status 应为 已核实、不是问题 或 待定，而不是 {raw}"
            )
        out.append(
            Decision(
                id=entry["id"],
                status=status,
                reason=str(entry.get("reason", "")),
                by=str(entry.get("by", "")),
                file=str(entry.get("file", "")),
            )
        )
    return out


def apply_baseline(results: Sequence[DocumentResult], decisions: Iterable[Decision]) -> int:
    """Stamp decided findings with their status; return how many were matched."""
    paths = {r.path for r in results}
    by_key: dict[tuple[str, str], Decision] = {}
    anywhere: dict[str, Decision] = {}
    for d in decisions:
        if d.status == UNDECIDED:
            continue
        if d.file and d.file in paths:
            by_key[(d.file, d.id)] = d
        else:
            anywhere[d.id] = d
    matched = 0
    for r in results:
        updated: list[Finding] = []
        for f in r.findings:
            decision = by_key.get((r.path, f.id)) or anywhere.get(f.id)
            if decision is not None and f.status != FIXED:
                f = replace(f, status=decision.status, note=decision.note or None)
                matched += 1
            updated.append(f)
        r.findings = updated
    return matched


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def baseline_text(results: Sequence[DocumentResult], previous: Sequence[Decision] = ()) -> str:
    """The baseline file for ``results``, keeping every decision already taken."""
    kept = {(d.file, d.id): d for d in previous}
    kept_ids = {d.id: d for d in previous}
    lines = [
        "# auditor 审核决定（基线）。每个问题一条 [[finding]]，按编号（id）对应，与页码无关。",
        '# 把 status 改为 "已核实"（确认是问题）或 "不是问题"（核实后无误），',
        "# 并填写 reason（理由）和 by（审核人）。标为“不是问题”的问题不再显示在控制台、",
        "# 不影响退出码，但仍以其状态保留在 JSON 和 Excel 中。用法：audit 报告 --baseline 本文件",
        "",
    ]
    written: set[tuple[str, str]] = set()
    for r in results:
        for f in r.findings:
            if f.status == FIXED or (r.path, f.id) in written:
                continue
            written.add((r.path, f.id))
            d = kept.get((r.path, f.id)) or kept_ids.get(f.id)
            lines += [
                "[[finding]]",
                f"id = {_toml_string(f.id)}",
                f"file = {_toml_string(r.path)}",
                f"rule = {_toml_string(f.rule)}",
                f"severity = {_toml_string(f.severity.label)}",
                f"message = {_toml_string(f.message)}",
                f"where = {_toml_string(f.first_location.describe())}",
                f"status = {_toml_string(d.status if d else UNDECIDED)}   # 已核实 / 不是问题 / 待定",
                f"reason = {_toml_string(d.reason if d else '')}",
                f"by = {_toml_string(d.by if d else '')}",
                "",
            ]
    # Decisions on findings not seen in this run are kept, not silently dropped.
    for d in previous:
        if (d.file, d.id) in written or any(d.id == i for _, i in written):
            continue
        lines += [
            "[[finding]]",
            f"id = {_toml_string(d.id)}",
            f"file = {_toml_string(d.file)}",
            f"status = {_toml_string(d.status)}",
            f"reason = {_toml_string(d.reason)}",
            f"by = {_toml_string(d.by)}",
            "",
        ]
    return "\n".join(lines)


# -- compare ---------------------------------------------------------------------------


def _location_from_json(data: dict[str, Any]) -> Location:
    bbox = data.get("bbox")
    return Location(
        page=data.get("page"),
        bbox=(bbox[0], bbox[1], bbox[2], bbox[3])
        if isinstance(bbox, list) and len(bbox) == 4
        else None,
        paragraph=data.get("paragraph"),
        table=data.get("table"),
        row=data.get("row"),
        col=data.get("col"),
        line=data.get("line"),
        page_row=data.get("page_row"),
    )


def finding_from_json(data: dict[str, Any]) -> Finding:
    """A finding read back from the JSON contract (for ``--compare old.json``)."""
    return Finding(
        rule=data["rule"],
        name=data["name"],
        category=data["category"],
        severity=Severity(data["severity"]),
        message=data["message"],
        evidence=tuple(
            Evidence(
                _location_from_json(e),
                e.get("text", ""),
                e.get("value"),
                e.get("role", ""),
                tuple(e.get("heading_path", ())),
            )
            for e in data.get("evidence", [])
        ),
        expected=data.get("expected"),
        found=data.get("found"),
        title=data.get("title", ""),
        confidence=data.get("confidence", "high"),
        id=data.get("id", ""),
    )


def results_from_json(path: Path) -> list[DocumentResult]:
    """The documents of an earlier ``--format json`` report."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        documents = data["documents"]
        return [
            DocumentResult(
                path=d["path"],
                status=d["status"],
                error=d.get("error"),
                meta=meta_from_json(d.get("meta")),
                findings=[finding_from_json(f) for f in d.get("findings", [])],
                score=score_from_json(d.get("score")),
            )
            for d in documents
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"无法读取用于对比的 JSON 报告：{path}（{exc}）") from exc


def meta_from_json(data: dict[str, Any] | None) -> DocumentMeta | None:
    """The ``meta`` object of an earlier JSON report."""
    if not data:
        return None
    return DocumentMeta(
        unit=data.get("unit"),
        report_year=data.get("report_year"),
        pages=data.get("pages"),
        format=data.get("format"),
        budget_code=data.get("budget_code"),
        report_date=data.get("report_date"),
        compared="compared_with" in data,
        compared_with=data.get("compared_with"),
    )


def score_from_json(data: dict[str, Any] | None) -> ScoreBlock | None:
    """The score block of an earlier JSON report (numbers back to Decimals)."""
    if not data:
        return None
    return ScoreBlock(
        stated_total=_decimal(data.get("stated_total")),
        indicator_sum=_decimal(data.get("indicator_sum")),
        recomputed_total=_decimal(data.get("recomputed_total")),
        maxima_sum=_decimal(data.get("maxima_sum")),
        stated_grade=data.get("stated_grade"),
        recomputed_grade=data.get("recomputed_grade"),
        indicators=tuple(
            IndicatorScore(
                name=str(i.get("name", "")),
                maximum=_decimal(i.get("maximum")),
                stated=_decimal(i.get("stated")),
                recomputed=_decimal(i.get("recomputed")),
                stated_rate=_decimal(i.get("stated_rate")),
                recomputed_rate=_decimal(i.get("recomputed_rate")),
            )
            for i in data.get("indicators", [])
        ),
    )


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _stem(path: str) -> str:
    return Path(path).stem.lower()


def pair_versions(
    new: Sequence[DocumentResult], old: Sequence[DocumentResult]
) -> list[tuple[DocumentResult, DocumentResult | None]]:
    """Match each new document with its earlier version: one to one, by name, by unit."""
    old_ok = [o for o in old if o.status == "ok"]
    new_ok = [n for n in new if n.status == "ok"]
    if len(new_ok) == 1 and len(old_ok) == 1:
        return [(new_ok[0], old_ok[0])]
    by_stem = {_stem(o.path): o for o in old_ok}
    by_unit = {o.meta.unit: o for o in old_ok if o.meta and o.meta.unit}
    pairs: list[tuple[DocumentResult, DocumentResult | None]] = []
    for n in new_ok:
        unit = n.meta.unit if n.meta else None
        pairs.append((n, by_stem.get(_stem(n.path)) or (by_unit.get(unit) if unit else None)))
    return pairs


def apply_compare(new: Sequence[DocumentResult], old: Sequence[DocumentResult]) -> None:
    """Mark findings 仍存在/新增 and bring back fixed ones as 已修正."""
    for current, previous in pair_versions(new, old):
        if previous is None:
            current.findings = [replace(f, status=NEW) for f in current.findings]
            current.meta = replace(current.meta or DocumentMeta(), compared=True)
            continue
        old_ids = {f.id for f in previous.findings}
        new_ids = {f.id for f in current.findings}
        marked = [replace(f, status=REMAINS if f.id in old_ids else NEW) for f in current.findings]
        fixed = [
            replace(f, status=FIXED, note=f"见旧版本 {previous.path}")
            for f in previous.findings
            if f.id not in new_ids
        ]
        current.findings = [*marked, *fixed]
        current.meta = replace(
            current.meta or DocumentMeta(), compared=True, compared_with=previous.path
        )
