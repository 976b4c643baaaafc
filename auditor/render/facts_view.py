"""``audit --facts``: what the tool read, so a reviewer can trust or correct it.

Shows the metadata, the fact sheet grouped by concept (every place each value was
read, with the year, basis and scope it was read with and where each came from:
caption, column header, row label, clause head or the report's own year), the breakdowns and formulas found, and the indicator table (name, maximum,
stated score, rate, rule text).
"""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor.read.facts import Fact
from auditor.read.qualifiers import Basis, Origin, Role, Scope
from auditor.read.reading import Reading


def _n(value: object) -> str:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return "—" if value is None else str(value)


def table_structures(reading: Reading) -> list[str]:
    """One line per table: the structure each of its totals was read under.

    ``表2：列“支出合计”= 基本支出 + 项目支出；列“人员经费/公用经费”属“基本支出”``.
    A table whose totals were left unchecked (two readings fit equally) says so.
    """
    from auditor.model import Table as DocTable

    by_table: dict[int, list[str]] = defaultdict(list)
    for b in reading.breakdowns:
        if b.kind in ("table-row", "table-col", "table-abstained") and b.structure:
            block = reading.document.blocks[b.total.block]
            if isinstance(block, DocTable) and b.structure not in by_table[block.number]:
                by_table[block.number].append(b.structure)
    return [f"表{n}：" + "；".join(items) for n, items in sorted(by_table.items())]


def qualifier_cells(fact: Fact) -> tuple[str, str, str, str]:
    """Year, basis, scope and concept-origin texts of a fact, each with where it came from.

    ``2023（行标签）``, ``预算（句首）``, ``县就业服务中心（行标签）``; the concept gets a
    note only when it was not read from the figure's own words (``（取自表题）``).
    """
    p = fact.provenance

    def said(text: str, origin: Origin) -> str:
        return text if origin == Origin.UNSTATED else f"{text}（{origin.label}）"

    year = said(_n(fact.year), p.year_from)
    basis = "—" if fact.basis == Basis.UNSTATED else said(fact.basis.label, p.basis_from)
    name = fact.scope_name if fact.scope == Scope.UNIT and fact.scope_name else fact.scope.label
    scope = said(name, p.scope_from)
    inherited = p.subject_from in (Origin.CAPTION, Origin.CLAUSE)
    subject = f"（取自{p.subject_from.label}）" if inherited else ""
    return year, basis, scope, subject


def source_cell(fact: Fact, reading: Reading) -> str:
    """The funding source as the text states it (``财政拨款``), with how it was compared.

    A label naming only the whole of 财政拨款 is read as its main part (一般公共预算)
    unless the report states a figure of another part; the cell then says so
    (``财政拨款（视同一般公共预算）``) instead of showing a word the text does not use.
    """
    lexicon = reading.lexicon
    name = lexicon.source_name(fact.source)
    whole = lexicon.whole_source
    fig = fact.figure
    said = " ".join((fig.label, fig.row_label, *fig.column_path))
    if name and whole is not None and fact.source == whole.part and whole.names_whole(said):
        return f"{lexicon.source_name(whole.source)}（视同{name}）"
    if name:
        return name
    return f"全口径（{fact.provenance.source_from.label}）" if fact.source_stated else "—"


def render_facts(reading: Reading, console: Console) -> None:
    """Print metadata, facts, breakdowns, formulas and score sheets."""
    meta = reading.meta
    console.print(Text(f"{reading.document.source}", style="bold reverse"))
    info = Table(show_header=False, show_edge=False, pad_edge=False)
    info.add_column(style="bold")
    info.add_column()
    info.add_row("单位", meta.unit or "—")
    info.add_row("预算编码", meta.budget_code or "—")
    info.add_row("评价年度", f"{_n(meta.report_year)}（{meta.report_year_source or '未识别'}）")
    info.add_row("报告时间", meta.report_date.raw if meta.report_date else "—")
    for sig in meta.signature_dates:
        info.add_row(
            "签署日期", f"{sig.date.raw}（{sig.role.strip()[:30]}，{sig.location.describe()}）"
        )
    console.print(info)

    console.print(Text("\n事实表（按概念；括号内为该限定取自何处）", style="bold"))
    facts = Table(show_lines=False)
    for col in ("概念", "值", "年度", "口径", "范围", "资金来源", "位置", "原文"):
        facts.add_column(col, overflow="fold")
    grouped = defaultdict(list)
    for f in (*reading.facts.facts, *reading.facts.roles):
        grouped[f.concept].append(f)
    for concept in sorted(grouped):
        for f in grouped[concept]:
            year, basis, scope, subject = qualifier_cells(f)
            # ``公用经费（人均）`` / ``项目支出（变动额）``: not the level of the concept.
            role = f"（{f.role_word or f.role.label}）" if f.role != Role.LEVEL else ""
            facts.add_row(
                f.rated + f.concept_name + role + subject,
                f.figure.shown,
                year,
                basis,
                scope,
                source_cell(f, reading),
                f.figure.location.describe(),
                f.figure.quote,
            )
    console.print(facts)

    console.print(Text("\n表格结构（按各表自身算术选定）", style="bold"))
    for line in table_structures(reading):
        console.print(f"  {line}")

    console.print(Text("\n合计与分项", style="bold"))
    for b in reading.breakdowns:
        if not b.parts:
            continue
        parts = " + ".join(p.shown for p in b.parts)
        console.print(
            f"  {b.total.location.describe()}  {b.total.shown} = {parts}"
            + ("" if b.exhaustive else "（不完整列举，只查分项不超过合计）")
        )

    console.print(Text("\n公式", style="bold"))
    for formula in reading.formulas:
        console.print(
            f"  {formula.location.describe()}  {formula.name} = "
            + " = ".join(s.raw for s in formula.sides)
        )

    for sheet in reading.sheets:
        title = (
            "指标评分（正文各指标）" if sheet.kind == "narrative" else f"评分表（{sheet.title}）"
        )
        table = Table(title=title, title_justify="left")
        for col in ("指标", "分值", "得分", "扣分", "比率", "评分标准"):
            table.add_column(col, overflow="fold")
        for ind in sheet.indicators:
            table.add_row(
                ind.name,
                _n(ind.maximum),
                _n(ind.awarded),
                _n(ind.deducted),
                f"{_n(ind.rate)}%" if ind.rate is not None else "—",
                ind.rule_quote[:80] or "—",
            )
        console.print(table)
        totals = "、".join(f"{t.value}（{t.location.describe()}）" for t in sheet.totals) or "—"
        grades = "、".join(f"{g.value}（{g.location.describe()}）" for g in sheet.grades) or "—"
        console.print(f"  总分：{totals}　等级：{grades}")
        if sheet.bands:
            console.print(
                "  分档：" + "；".join(f"{_n(b.lo)}–{_n(b.hi)} {b.grade}" for b in sheet.bands)
            )
