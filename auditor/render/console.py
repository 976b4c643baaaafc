"""The console audit a reviewer reads: header, findings by category, score table, summary.

Readable at 80 columns; colour only on a terminal (rich honours ``NO_COLOR`` and
piped output). Every finding shows its code, severity and message, expected versus
found, and each piece of evidence: where (page, paragraph or table cell), what it is
(合计, 分项 …) and the quoted text with the value highlighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from auditor.engine import DocumentResult
from auditor.findings import CATEGORIES, CATEGORY_LABELS, Finding, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
MAX_EVIDENCE = 6


def render_result(
    result: DocumentResult, console: Console, *, show_info: bool = True, show_time: bool = True
) -> None:
    """Print the audit of one document."""
    console.print(_header(result, show_time))
    if result.status != "ok":
        error = result.error or {}
        console.print(
            Text(f"无法审核 [{error.get('code', '')}] {error.get('message', '')}", style="bold red")
        )
        console.print()
        return
    for note in result.notes:
        console.print(Text(f"注：{note}", style="dim"))
    shown = [f for f in result.findings if show_info or f.severity is not Severity.INFO]
    if not shown:
        console.print(Text("未发现问题。", style="green"))
    for category in CATEGORIES:
        group = [f for f in shown if f.category == category]
        if not group:
            continue
        console.print()
        console.print(
            Text(f"■ {CATEGORY_LABELS.get(category, category)}（{len(group)}）", style="bold")
        )
        for finding in sorted(group, key=Finding.sort_key):
            console.print(_finding(finding))
    if result.score and result.score.get("indicator_sum") is not None:
        console.print()
        console.print(_score(result.score))
    console.print()
    console.print(Text(summary_line(result.counts()), style="bold"))
    console.print()


def _header(result: DocumentResult, show_time: bool) -> Text:
    meta = result.meta
    parts = [result.path]
    if meta.get("unit"):
        parts.append(str(meta["unit"]))
    if meta.get("report_year"):
        parts.append(f"{meta['report_year']} 年度")
    if meta.get("pages"):
        parts.append(f"{meta['pages']} 页")
    if meta.get("format"):
        parts.append(str(meta["format"]).upper())
    if show_time and "total" in result.timings:
        parts.append(f"用时 {result.timings['total']:.1f} 秒")
    return Text(" · ".join(parts), style="bold reverse")


def _finding(f: Finding) -> Padding:
    head = Text()
    head.append(f"{f.rule} ", style="bold")
    head.append(f"{f.severity.label} ", style=_STYLE[f.severity])
    head.append(f.message)
    lines: list[Any] = [head]
    if f.expected is not None or f.found is not None:
        lines.append(
            Padding(
                Text(f"应为 {f.expected or '—'}，报告为 {f.found or '—'}", style="dim"),
                (0, 0, 0, 2),
            )
        )
    for e in f.evidence[:MAX_EVIDENCE]:
        where = Text("· " + e.location.describe(), style="dim")
        if e.role:
            where.append(f" · {e.role}", style="dim")

        lines.append(Padding(where, (0, 0, 0, 2)))
        lines.append(Padding(_highlight(e.text, e.value), (0, 0, 0, 4)))
    if len(f.evidence) > MAX_EVIDENCE:
        rest = len(f.evidence) - MAX_EVIDENCE
        lines.append(Padding(Text(f"· 另有 {rest} 处（见 JSON 输出）", style="dim"), (0, 0, 0, 2)))
    return Padding(Group(*lines), (0, 0, 1, 2))


def _highlight(text: str, value: str | None) -> Text:
    out = Text(text)
    if value:
        start = text.find(value)
        if start >= 0:
            out.stylize("bold underline", start, start + len(value))
    return out


def _score(score: dict[str, Any]) -> Table:
    table = Table(
        title="得分复核", title_justify="left", show_edge=False, pad_edge=False, expand=False
    )
    table.add_column("项目")
    table.add_column("分值", justify="right")
    table.add_column("报告", justify="right")
    table.add_column("复核", justify="right")
    for ind in score.get("indicators", []):
        if ind.get("stated") != ind.get("recomputed"):
            table.add_row(
                ind["name"],
                _v(ind.get("maximum")),
                _v(ind.get("stated")),
                _v(ind.get("recomputed")),
            )
    table.add_row("各指标得分之和", _v(score.get("maxima_sum")), _v(score.get("indicator_sum")), "")
    table.add_row("总分", "", _v(score.get("stated_total")), _v(score.get("recomputed_total")))
    table.add_row("等级", "", _v(score.get("stated_grade")), _v(score.get("recomputed_grade")))
    return table


def plain_text(result_text: str) -> str:
    """Console text for files: no trailing padding on any line."""
    return "\n".join(line.rstrip() for line in result_text.splitlines()) + "\n"


def _v(value: object) -> str:

    return "—" if value is None else str(value)


def summary_line(counts: dict[str, int]) -> str:
    """``错误 9 · 警告 6 · 提示 3``."""
    return f"错误 {counts.get('error', 0)} · 警告 {counts.get('warning', 0)} · 提示 {counts.get('info', 0)}"


def render_results(
    results: Sequence[DocumentResult],
    console: Console,
    *,
    show_info: bool = True,
    show_time: bool = True,
) -> None:
    """Print several audits and, for a batch, a closing summary."""
    for result in results:
        render_result(result, console, show_info=show_info, show_time=show_time)
    if len(results) > 1:
        totals = {"error": 0, "warning": 0, "info": 0}
        for r in results:
            for k, n in r.counts().items():
                totals[k] += n
        failed = sum(1 for r in results if r.status != "ok")
        console.print(
            Text(
                f"共 {len(results)} 个文件（{failed} 个无法审核）：{summary_line(totals)}",
                style="bold",
            )
        )
