"""Facts: figures whose label names a known concept, with their qualifiers.

A fact is concept + value + qualifiers (year, scope, budget/actual basis, funding
source) + where it was read. Rules compare facts that share concept and qualifiers;
qualifiers keep apart what must never be compared (the 2023 三公 budget and the 2024
one; the 汇总 row and a sub-unit row; a budget and its execution).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Document, Paragraph, Table
from auditor.read.figures import Figure
from auditor.read.lexicon import GENERIC_LABEL, Concept, Lexicon, clean_label
from auditor.read.numbers import Scan, YearMention, scan
from auditor.read.relations import holds_calculation
from auditor.textnorm import clause_start


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure that states the value of a concept."""

    concept: str
    concept_name: str
    figure: Figure
    year: int | None
    scope: str
    basis: str | None
    source: str | None
    origin: str
    """``text`` or ``table``."""
    parent: Figure | None = None
    """For a figure inside parentheses: the figure the parentheses explain."""

    @property
    def value(self) -> Decimal:
        """Value in the base unit of its dimension (元 for money)."""
        return self.figure.base_value

    def key(self) -> tuple[str, int | None, str, str, str | None]:
        """What must match for two facts to be about the same quantity."""
        return (self.concept, self.year, self.scope, self.basis or "actual", self.source)


@dataclass(frozen=True, slots=True)
class FactSheet:
    """All facts, indexed by concept for rules that look one concept up."""

    facts: tuple[Fact, ...]
    by_concept: dict[str, tuple[Fact, ...]]

    def of(self, concept: str) -> tuple[Fact, ...]:
        """Facts stating ``concept`` (any qualifiers)."""
        return self.by_concept.get(concept, ())


def paren_parent(text: str, figures: Sequence[Figure], index: int) -> Figure | None:
    """The figure that an enclosing ``（…）`` explains, e.g. 860.00 for ``（基本支出 …）``."""
    fig = figures[index]
    depth = 0
    i = fig.amount.start - 1
    while i >= fig.sentence_start:
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                if holds_calculation(text, i):
                    return None  # ``1339.37元（326.27万元÷2436人）`` is a derivation
                for prev in reversed(figures[:index]):
                    if prev.amount.end <= i and i - prev.amount.end <= 2:
                        return prev
                return None
            depth -= 1
        i -= 1
    return None


def build_facts(
    figures: Iterable[Figure],
    doc: Document,
    lexicon: Lexicon,
    report_year: int | None,
    section_title_of: Sequence[str],
    scans: dict[int, Scan],
) -> FactSheet:
    """Turn labelled figures into facts using the lexicon."""
    facts: list[Fact | None] = []
    by_block: dict[tuple[int, tuple[int, int] | None], list[Figure]] = defaultdict(list)
    ordered = list(figures)
    for f in ordered:
        by_block[(f.block, f.cell)].append(f)
    single_unit = _single_unit_tables(ordered, lexicon)
    for (block_index, cell), group in by_block.items():
        block = doc.blocks[block_index]
        title = section_title_of[block_index]
        if isinstance(block, Paragraph) or cell is None or not _is_table_value(group):
            text = (
                block.text if isinstance(block, Paragraph) else _cell_text(doc, block_index, cell)
            )
            years = (
                scans[block_index].years
                if isinstance(block, Paragraph) and block_index in scans
                else ()
            )
            facts.extend(_text_facts(group, text, years, lexicon, report_year, title))
        else:
            caption = block.caption if isinstance(block, Table) else None
            facts.extend(
                _table_fact(
                    f, lexicon, report_year, title, single_unit.get(block_index, False), caption
                )
                for f in group
            )
    kept = [f for f in facts if f is not None]
    index: dict[str, list[Fact]] = defaultdict(list)
    for fact in kept:
        index[fact.concept].append(fact)
    return FactSheet(tuple(kept), {k: tuple(v) for k, v in index.items()})


def _single_unit_tables(figures: Sequence[Figure], lexicon: Lexicon) -> dict[int, bool]:
    """Tables with one data row and no 合计/汇总 row: that row is the whole department."""
    rows: dict[int, set[str]] = defaultdict(set)
    for f in figures:
        if f.table_value and f.cell is not None:
            rows[f.block].add(f.row_label)
    return {
        block: len(labels) == 1 and lexicon.scope_for(next(iter(labels))).startswith("unit:")
        for block, labels in rows.items()
    }


def _is_table_value(group: list[Figure]) -> bool:
    return len(group) == 1 and group[0].table_value


def _cell_text(doc: Document, block_index: int, cell: tuple[int, int] | None) -> str:
    table = doc.blocks[block_index]
    if cell is None or isinstance(table, Paragraph):
        return ""
    return table.grid[cell[0]][cell[1]].text


def _text_facts(
    group: list[Figure],
    text: str,
    years: Sequence[YearMention],
    lexicon: Lexicon,
    report_year: int | None,
    title: str,
) -> list[Fact]:
    out: list[Fact] = []
    resolved: dict[int, Fact] = {}
    subject: Fact | None = None
    for i, fig in enumerate(group):
        concept = lexicon.concept_for(fig.label, fig.kind, title, unit=fig.unit)
        parent = paren_parent(text, group, i)
        parent_fact = resolved.get(id(parent)) if parent is not None else None
        if subject is not None and (
            subject.figure.sentence_start != fig.sentence_start
            or "；" in text[subject.figure.amount.end : fig.amount.start]
            or ";" in text[subject.figure.amount.end : fig.amount.start]
        ):
            subject = None
        if (
            subject is not None
            and not subject.concept.startswith("budget.")
            and _BASIS_ONLY.match(clean_label(fig.label))
        ):
            # ``“三公”经费预算9.50万元，决算8.72万元``: the second clause keeps the subject;
            # a budget concept names a basis, not a subject (``全年预算数a，实际支出b``).
            concept = lexicon.by_id(subject.concept)
            if concept is not None and fig.kind not in concept.kinds:
                concept = None
        if (
            fig.threshold
            or concept is None
            or (fig.kind == "score" and fig.verb in ("计", "得", "扣", "评", "打"))
        ):
            continue
        rest = _without_concept(fig.label, concept)

        source = lexicon.source_for(fig.label)
        if source is None and parent is not None:
            source = parent_fact.source if parent_fact else lexicon.source_for(parent.label)
        basis = lexicon.basis_for(fig.label) or (parent_fact.basis if parent_fact else None)
        year = _year(rest, text, fig, years, lexicon, report_year)
        fact = Fact(
            concept=concept.id,
            concept_name=concept.name,
            figure=fig,
            year=year,
            scope="total",
            basis=basis,
            source=source,
            origin="text",
            parent=parent,
        )
        resolved[id(fig)] = fact
        out.append(fact)
        if parent is None:
            subject = fact
    return out


# Narrower than GENERIC_LABEL: in a running sentence only a bare basis word takes the
# previous clause's subject; ``本年支出`` after ``支出总计`` is a quantity of its own.
_BASIS_ONLY = re.compile(
    r"^(?:其中)?(?:(?:全年)?实际(?:支出|完成|执行|发生)?|决算|预算|执行|完成|实支|支出)(?:数|额|金额)?$"
)


def _without_concept(label: str, concept: Concept) -> str:
    text = clean_label(label)
    for p in concept.patterns:
        m = p.search(text)
        if m:
            return text[: m.start()] + "·" + text[m.end() :]
    return text


def _year(
    rest: str,
    text: str,
    fig: Figure,
    years: Sequence[YearMention],
    lexicon: Lexicon,
    report_year: int | None,
) -> int | None:
    offset = lexicon.year_offset(rest)
    if offset is not None and report_year is not None and offset != 0:
        return report_year + offset
    explicit = [
        y for y in years if y.range_end is None and fig.sentence_start <= y.start < fig.amount.start
    ]
    start = clause_start(text, fig.amount.start)
    if _THIS_YEAR.search(text[start : fig.amount.start]) and not any(
        y.start >= start for y in explicit
    ):
        # ``上年度（2022年）…26.80万元，本年度…25.50万元``: the clause names its own year.
        return report_year
    if explicit:
        return explicit[-1].year
    return report_year


_THIS_YEAR = re.compile(r"本年度?|今年|当年")
_SCORE_COLUMN = re.compile(r"^(?:自评)?(?:分值|得分|评分|权重|标准分|满分|实际得分|自评分|扣分)")
_NOT_A_UNIT = re.compile(r"金额|数额|数值|[预决]算|执行|实际|年|万元|元|单位|项目|内容|情况|金额")


def _column_scope(leaf: str, lexicon: Lexicon) -> str:
    """Scope named by a column header when rows carry the concepts (units as columns)."""
    if not leaf or _NOT_A_UNIT.search(leaf) or lexicon.basis_for(leaf):
        return "total"
    return lexicon.scope_for(leaf)


_CAPTION_NOISE = re.compile(
    r"^(?:附)?表\s*\d+\s*[：:．.、]?|[（(][^）)]*[）)]|(?:19|20)\d{2}\s*年度?|"
    r"(?:情况|明细|统计|汇总|决算|对比)?表?$"
)
_YEAR_PREFIX = re.compile(r"^(?:19|20)\d{2}\s*年度?")


def caption_subject(caption: str | None) -> str:
    """What a table is about, from its caption (``表3“三公”经费情况（单位：万元）`` → 三公经费)."""
    if not caption:
        return ""
    text = clean_label(caption)
    for _ in range(3):
        text = _CAPTION_NOISE.sub("", text).strip()
    return text


def _is_generic(leaf: str) -> bool:
    """A header naming only a basis (``2025年实际支出``, ``预算数``), not what is counted."""
    plain = clean_label(_YEAR_PREFIX.sub("", leaf))
    # ``全年预算数`` / ``年初预算数`` name budget concepts of their own; only spending
    # words (``实际支出``, ``决算数``) take their subject from the rows.
    return bool(plain) and "预算" not in plain and GENERIC_LABEL.match(plain) is not None


def _column_candidates(fig: Figure, lexicon: Lexicon, title: str) -> list[tuple[str, str]]:
    """Labels the column gives a cell: its leaf header, then the whole header path.

    A part of a group with its own 小计 (``编制数`` over ``行政 | 事业 | 小计``) is
    read as ``行政编制数`` and only when that names another concept than the group:
    the 行政 column is not the department's 编制数.
    """
    path_text = "".join(p for p in fig.column_path if not p.startswith("其中"))
    leaf = fig.column_path[-1] if fig.column_path else ""
    if not fig.column_part:
        return [(leaf, "column"), (path_text, "column")]
    parent = fig.column_path[-2]
    whole = lexicon.concept_for(parent, fig.kind, title, unit=fig.unit)
    own = lexicon.concept_for(leaf + parent, fig.kind, title, unit=fig.unit)
    if own is None or (whole is not None and own.id == whole.id):
        return []
    return [(leaf + parent, "column")]


def _table_fact(
    fig: Figure,
    lexicon: Lexicon,
    report_year: int | None,
    title: str,
    single_unit: bool = False,
    caption: str | None = None,
) -> Fact | None:
    """A table cell's fact: the concept from its column, its label cell or its row.

    When the concept comes from the column, the row says the scope (汇总 or a unit);
    when it comes from the row (a transposed table, units as columns), the column does.
    """
    path_text = "".join(p for p in fig.column_path if not p.startswith("其中"))
    leaf = fig.column_path[-1] if fig.column_path else ""
    row_leaf = fig.row_label.split("/")[-1] if fig.row_label else ""
    left_is_row = bool(fig.left_label) and fig.left_label == row_leaf and bool(leaf)
    if _SCORE_COLUMN.match(leaf):
        return None  # a 分值/得分 column holds points, whatever the row names
    column = _column_candidates(fig, lexicon, title)
    # The leaf header first (``决算数`` names no concept, ``公用经费`` does), then the
    # row's own label, then the whole header path: in a side-by-side table the
    # ``收入`` over ``决算数`` only says which half the row label belongs to. A header
    # that names only a basis (``2025年实际支出``) yields to the rows and then to the
    # caption's subject: the 合计 row of ``“三公”经费情况`` is the 三公经费.
    generic = bool(column) and _is_generic(column[0][0])
    subject = caption_subject(caption) if generic else ""
    own = [(fig.left_label, "row" if left_is_row else "left")]
    if not fig.left_label or left_is_row:
        # In a ``label | value | label | value`` row a value belongs to its own label
        # cell, never to the row's first cell.
        own.append((row_leaf, "row"))
    if generic:
        candidates = [*own, *([(subject + column[0][0], "column")] if subject else []), *column]
    else:
        candidates = [*column[:1], own[0], *column[1:], *own[1:]]
    for label, axis in candidates:
        if not label:
            continue
        concept = lexicon.concept_for(label, fig.kind, title, unit=fig.unit)
        if concept is None:
            continue
        row_source = lexicon.source_for(row_leaf) if axis == "column" and row_leaf else None
        context = " ".join([*fig.column_path, "" if row_source else fig.row_label])
        if axis == "column" and row_source:
            scope = "total"  # rows are funding sources (一般公共预算 / 政府性基金 …), not units
        elif axis == "column":
            scope = lexicon.scope_for(fig.row_label) if fig.row_label else "total"

        elif axis == "row":
            scope = _column_scope(leaf, lexicon)
        else:
            scope = "total"
        if single_unit:
            scope = "total"
        year = report_year
        for candidate in (leaf, path_text):
            offset = lexicon.year_offset(_without_concept(candidate, concept))
            if offset and report_year is not None:
                year = report_year + offset
        explicit = [y for y in scan(path_text).years if y.range_end is None]
        if explicit:
            year = explicit[-1].year
        return Fact(
            concept=concept.id,
            concept_name=concept.name,
            figure=fig,
            year=year,
            scope=scope,
            basis=lexicon.basis_for(label + " " + context),
            source=lexicon.source_for(label) or lexicon.source_for(path_text) or row_source,
            origin="table",
        )
    return None
