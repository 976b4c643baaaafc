"""The console audit a reviewer reads: header, findings by category, score table, summary.

Readable at 80 columns; colour only on a terminal (rich honours ``NO_COLOR`` and
piped output). Every finding shows its code, severity, the message, expected versus
found, and each piece of evidence with its location and the quoted text, the value
highlighted.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from auditor.engine import DocumentResult
from auditor.findings import CATEGORIES, CATEGORY_LABELS, Finding, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
MAX_EVIDENCE = 8


def render_result(result: DocumentResult, console: Console, *, show_info: bool = True) -> None:
    """Print the audit of one document."""
    console.print(_header(result))
    if result.status != "ok":
        error = result.error or {}
        console.print(
            Text(
                f"  无法审核 [{error.get('code', '')}] {error.get('message', '')}", style="bold red"
            )
        )
        console.print()
        return
    for note in result.notes:
        console.print(Text(f"  注：{note}", style="dim"))
    shown = [f for f in result.findings if show_info or f.severity is not Severity.INFO]
    if not shown:
        console.print(Text("  未发现问题。", style="green"))
    for category in (*CATEGORIES, "input"):
        group = [f for f in shown if f.category == category]
        if not group:
            continue
        console.print(
            Text(f"\n■ {CATEGORY_LABELS.get(category, category)}（{len(group)}）", style="bold")
        )
        for finding in sorted(group, key=Finding.sort_key):
            console.print(_finding(finding))
    if result.score:
        console.print(_score(result))
    console.print(Text(summary_line(result.counts()), style="bold"))
    console.print()


def _header(result: DocumentResult) -> Text:
    meta = result.meta
    parts = [f"文件：{result.path}"]
    if meta.get("unit"):
        parts.append(f"单位：{meta['unit']}")
    if meta.get("report_year"):
        parts.append(f"评价年度：{meta['report_year']}")
    if meta.get("pages"):
        parts.append(f"{meta['pages']} 页")
    if meta.get("format"):
        parts.append(str(meta["format"]).upper())
    if "total" in result.timings:
        parts.append(f"用时 {result.timings['total']:.1f} 秒")
    return Text(" · ".join(parts), style="bold reverse")


def _finding(f: Finding) -> Padding:
    head = Text()
    head.append(f"{f.rule} ", style="bold")
    head.append(f"[{f.severity.label}] ", style=_STYLE[f.severity])
    head.append(f.message)
    lines: list[Text] = [head]
    if f.expected is not None or f.found is not None:
        lines.append(Text(f"    应为：{f.expected or '—'}　报告为：{f.found or '—'}", style="dim"))
    for e in f.evidence[:MAX_EVIDENCE]:
        line = Text("    · ", style="dim")
        line.append(e.location.describe(), style="dim")
        if e.role:
            line.append(f"（{e.role}）", style="dim")
        line.append("  ")
        line.append_text(_highlight(e.text, e.value))
        lines.append(line)
    if len(f.evidence) > MAX_EVIDENCE:
        lines.append(
            Text(f"    · 另有 {len(f.evidence) - MAX_EVIDENCE} 处（见 JSON 输出）", style="dim")
        )
    return Padding(Group(*lines), (0, 0, 0, 2))


def _highlight(text: str, value: str | None) -> Text:
    out = Text(text)
    if value:
        start = text.find(value)
        if start >= 0:
            out.stylize("bold underline", start, start + len(value))
    return out


def _score(result: DocumentResult) -> Table:
    score = result.score or {}
    table = Table(title="得分复核", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("项目")
    table.add_column("报告所写", justify="right")
    table.add_column("复核结果", justify="right")
    table.add_row("总分", _v(score.get("stated_total")), _v(score.get("recomputed_total")))
    table.add_row("各指标得分之和", _v(score.get("indicator_sum")), "")
    table.add_row("分值合计", "", _v(score.get("maxima_sum")))
    table.add_row("等级", _v(score.get("stated_grade")), _v(score.get("recomputed_grade")))
    return table


def _v(value: object) -> str:
    return "—" if value is None else str(value)


def summary_line(counts: dict[str, int]) -> str:
    """``错误 9 · 警告 6 · 提示 3``."""
    return f"错误 {counts.get('error', 0)} · 警告 {counts.get('warning', 0)} · 提示 {counts.get('info', 0)}"


def render_results(
    results: Sequence[DocumentResult], console: Console, *, show_info: bool = True
) -> None:
    """Print several audits and, for a batch, a closing summary."""
    for result in results:
        render_result(result, console, show_info=show_info)
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
