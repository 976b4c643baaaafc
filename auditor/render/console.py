"""The console audit a reviewer reads: header, findings by category, score table, summary.

Readable at 80 columns; colour only on a terminal (rich honours ``NO_COLOR`` and
piped output). Every finding shows its code, severity and message, expected versus
found, and each piece of evidence: where (page, paragraph or table cell), what it is
(合计, 分项 …) and the quoted text with the value highlighted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from auditor.engine import DocumentMeta, DocumentResult, ScoreBlock, plain
from auditor.findings import CATEGORIES, CATEGORY_LABELS, Finding, Severity
from auditor.identity import value_offset
from auditor.render.wording import figures_line
from auditor.render.wrap import wrap

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
MAX_EVIDENCE = 6
DISPLAY_ORDER = ("input", *(c for c in CATEGORIES if c != "input"))
"""Input notices (unread scanned pages, not a report) first: they qualify everything else."""


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
    active = [f for f in result.findings if not f.dismissed]
    shown = [f for f in active if show_info or f.severity is not Severity.INFO]
    if not shown:
        console.print(Text("未发现问题。", style="green"))
    for category in DISPLAY_ORDER:
        group = [f for f in shown if f.category == category]
        if not group:
            continue
        console.print()
        console.print(
            Text(f"■ {CATEGORY_LABELS.get(category, category)}（{len(group)}）", style="bold")
        )
        for finding in sorted(group, key=Finding.sort_key):
            console.print(_finding(finding, console.width))
    fixed = [f for f in result.findings if f.status == "已修正"]
    if fixed:
        console.print()
        console.print(Text(f"■ 已修正（{len(fixed)}）", style="bold green"))
        for f in fixed:
            line = Text(f"{f.rule} ", style="bold")
            line.append(f.message, style="dim")
            console.print(_indented(line, console.width, 2))
    if result.score is not None and result.score.indicator_sum is not None:
        console.print()
        console.print(_score(result.score))
    console.print()
    console.print(Text(summary_line(result.counts()), style="bold"))
    dismissed = sum(1 for f in result.findings if f.status == "不是问题")
    if dismissed:
        console.print(
            Text(f"另有 {dismissed} 个问题已被审核人标为“不是问题”（见 JSON / Excel）", style="dim")
        )
    console.print()


def _header(result: DocumentResult, show_time: bool) -> Text:
    meta = result.meta or DocumentMeta()
    parts = [result.path]
    if meta.unit:
        parts.append(meta.unit)
    if meta.report_year:
        parts.append(f"{meta.report_year} 年度")
    if meta.pages:
        parts.append(f"{meta.pages} 页")
    if meta.format:
        parts.append(meta.format.upper())
    if show_time and "total" in result.timings:
        parts.append(f"用时 {result.timings['total']:.1f} 秒")
    return Text(" · ".join(parts), style="bold reverse")


def _indented(text: Text, width: int, indent: int) -> Group:
    """``text`` wrapped without cutting numbers, each line indented by ``indent`` cells."""
    out: list[Text] = []
    for line in wrap(text, width - indent):
        padded = Text(" " * indent, no_wrap=True, overflow="ignore")
        padded.append_text(line)
        out.append(padded)
    return Group(*out)


def _finding(f: Finding, width: int = 80) -> Padding:
    head = Text()
    head.append(f"{f.rule} ", style="bold")
    head.append(f"{f.severity.label} ", style=_STYLE[f.severity])
    if f.status:
        head.append(f"[{f.status}] ", style="bold magenta")
    head.append(f.message)
    inner = width - 2
    lines: list[Any] = [_indented(head, inner, 0)]
    figures = figures_line(f)
    if figures:
        lines.append(_indented(Text(figures, style="dim"), inner, 2))
    if f.note and f.status != "已修正":
        lines.append(_indented(Text(f"审核意见：{f.note}", style="dim"), inner, 2))
    for e in f.evidence[:MAX_EVIDENCE]:
        where = Text("· " + e.location.describe(), style="dim")
        if e.role:
            where.append(f" · {e.role}", style="dim")
        lines.append(_indented(where, inner, 2))
        lines.append(_indented(_highlight(quote_for_display(e.text, e.value), e.value), inner, 4))
    if len(f.evidence) > MAX_EVIDENCE:
        rest = f.evidence[MAX_EVIDENCE:]
        places = "、".join(dict.fromkeys(e.location.describe() for e in rest))
        lines.append(_indented(Text(f"· 另有 {len(rest)} 处：{places}", style="dim"), inner, 2))
    return Padding(Group(*lines), (0, 0, 1, 2))


_CUT_NUMBER = re.compile(r"(?<![0-9.,])[0-9][0-9.,]*…|…[0-9.,]*[0-9](?![0-9.,])")


def quote_for_display(text: str, value: str | None = None) -> str:
    """A quote cut by ``…`` inside a number loses that number's fragment.

    ``项目支出83…`` (836.40 cut) would show a figure the report never states;
    it reads ``基本支出…``. The finding's own value is never removed.
    """

    def drop(match: re.Match[str]) -> str:
        return match.group() if value and match.group().strip("…") == value else "…"

    return _CUT_NUMBER.sub(drop, text)


def _highlight(text: str, value: str | None) -> Text:
    out = Text(text)
    if value:
        start = value_offset(text, value)
        if start >= 0:
            out.stylize("bold underline", start, start + len(value))
    return out


def _score(score: ScoreBlock) -> Table:
    table = Table(
        title="得分复核", title_justify="left", show_edge=False, pad_edge=False, expand=False
    )
    table.add_column("项目")
    table.add_column("分值", justify="right")
    table.add_column("报告", justify="right")
    table.add_column("复核", justify="right")
    for ind in score.indicators:
        if ind.differs:
            table.add_row(ind.name, _n(ind.maximum), _n(ind.stated), _n(ind.recomputed))
    table.add_row("各指标得分之和", _n(score.maxima_sum), _n(score.indicator_sum), "")
    table.add_row("总分", "", _n(score.stated_total), _n(score.recomputed_total))
    table.add_row("等级", "", _v(score.stated_grade), _v(score.recomputed_grade))
    return table


def _n(value: Decimal | None) -> str:
    return _v(plain(value))


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
    detail: bool = True,
) -> None:
    """Print several audits: each in full when ``detail``, and a summary table for a batch."""
    if detail:
        for result in results:
            render_result(result, console, show_info=show_info, show_time=show_time)
    if len(results) > 1:
        console.print(batch_table(results))
        totals = {"error": 0, "warning": 0, "info": 0}
        for r in results:
            for k, n in r.counts().items():
                totals[k] += n
        failed = [r for r in results if r.status != "ok"]
        if failed and not detail:
            console.print(Text("无法审核的文件：", style="bold red"))
            for r in failed:
                error = r.error or {}
                line = Text(f"{r.path} — [{error.get('code', '')}] {error.get('message', '')}")
                console.print(_indented(line, console.width, 2))
        console.print(
            Text(
                f"共 {len(results)} 个文件（{len(failed)} 个无法审核）：{summary_line(totals)}",
                style="bold",
            )
        )
        if not detail:
            console.print(
                Text(
                    "逐份明细：audit 文件名，或加 --verbose；全部数据：--xlsx / --format json",
                    style="dim",
                )
            )


def _pair(stated: object, recomputed: object) -> str:
    if stated is None and recomputed is None:
        return "—"
    if recomputed is None or stated == recomputed:
        return _v(stated)
    return f"{_v(stated)}→{_v(recomputed)}"


def batch_table(results: Sequence[DocumentResult]) -> Table:
    """One line per file, most errors first: file, 单位, counts, score and grade, status."""
    from auditor.render.summary import summary_rows

    table = Table(
        title="审核汇总（按错误数排序；总分、等级：报告→复核）",
        title_justify="left",
        show_edge=False,
        pad_edge=False,
    )
    rows = summary_rows(results)
    longest = max((cell_len(row.name) for row in rows), default=4)
    table.add_column("文件", overflow="fold", min_width=min(longest, 22))
    table.add_column("单位", overflow="fold", max_width=12)
    table.add_column("错误", justify="right", no_wrap=True)
    table.add_column("警告", justify="right", no_wrap=True)
    table.add_column("总分", justify="right", no_wrap=True)
    table.add_column("等级", justify="right", no_wrap=True)
    table.add_column("状态", overflow="fold", max_width=18)
    for row in rows:
        errors = Text(str(row.errors), style="bold red" if row.errors else "")
        table.add_row(
            row.name,
            row.unit or "—",
            errors,
            str(row.warnings),
            _pair(row.stated_total, row.recomputed_total),
            _pair(row.stated_grade, row.recomputed_grade),
            Text(row.status, style="red" if row.result.status != "ok" else ""),
        )
    return table
