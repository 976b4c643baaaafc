"""Build the fact sheet of a document, and the passes that need the whole document.

:func:`build_facts` reads every paragraph (:mod:`.text`) and table cell (:mod:`.tables`),
then settles what one fact alone cannot: funding sources named by a whole table,
values a quantity moved from, ``分别`` lists, periods, and one name per object.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from auditor.model import Document, Paragraph, Table
from auditor.read.facts.labels import _cue, label_scope
from auditor.read.facts.model import Fact, FactSheet
from auditor.read.facts.tables import _table_fact, caption_subject
from auditor.read.facts.text import _text_facts
from auditor.read.figures import Figure, column_paths, cue
from auditor.read.lexicon import Lexicon, clean_label
from auditor.read.qualifiers import Role, Scope
from auditor.read.relations.text import FUNCTION_CLASS
from auditor.read.subjects import listed_units, subjects_of
from auditor.read.tables import layout, repeats_header
from auditor.text.normalise import clause_start
from auditor.text.numbers import Scan


def build_facts(
    figures: Iterable[Figure],
    doc: Document,
    lexicon: Lexicon,
    report_year: int | None,
    section_title_of: Sequence[str],
    scans: dict[int, Scan],
    department: str = "",
) -> FactSheet:
    """Turn labelled figures into facts using the lexicon.

    ``department`` is the report's own unit: a label naming it speaks of the whole.
    """
    facts: list[Fact | None] = []
    by_block: dict[tuple[int, tuple[int, int] | None], list[Figure]] = defaultdict(list)
    ordered = list(figures)
    for f in ordered:
        by_block[(f.block, f.cell)].append(f)
    single_unit = _single_unit_tables(ordered, lexicon)
    project_rows = _project_row_tables(ordered, doc, lexicon)
    projects, unsure = subjects_of(
        doc, ordered, lambda title: any(lexicon.concept_for(title, k) for k in ("money", "percent"))
    )
    units = listed_units(
        doc,
        ordered,
        lambda label: getattr(lexicon.concept_for(label, "money"), "id", None),
        lambda head: bool(
            lexicon.source_for(head) or lexicon.basis_for(head) or lexicon.year_offset(head)
        ),
    )
    captions = continued_captions(doc)
    table_subjects: dict[int, bool] = {}
    table_words: dict[int, str] = {}
    corners: dict[int, str] = {}
    row_labels: dict[int, list[Figure]] = defaultdict(list)
    for f in ordered:
        if f.table_value and f.cell is not None:
            row_labels[f.block].append(f)
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
            column = (
                _column_leaf(block, cell[1])
                if isinstance(block, Table) and cell is not None
                else ""
            )
            facts.extend(
                _moved_from(_respective(_with_period(fact, text), text), text)
                for fact in _text_facts(
                    group,
                    text,
                    years,
                    lexicon,
                    report_year,
                    title,
                    department,
                    column,
                    projects.get(block_index, "") if cell is None else "",
                    {s: n for (b, s), n in units.items() if b == block_index and cell is None},
                    maybe_other=cell is None and block_index in unsure,
                )
            )
        else:
            caption = captions.get(block_index) if isinstance(block, Table) else None
            if isinstance(block, Table) and block_index not in corners:
                corners[block_index] = _corner(block)  # once a table: it reads every row
            corner = corners.get(block_index, "")
            initial_beside = isinstance(block, Table) and _has_initial_budget_column(block)
            # A table that names its own subject (caption, corner, row labels) takes no
            # meaning from the section it sits in (``预算数`` under 政府采购 is not the
            # 政府采购预算 in a “三公”经费 table).
            if block_index not in table_subjects:
                table_subjects[block_index] = _names_own_subject(
                    row_labels[block_index], caption, corner, lexicon
                )
            context = "" if table_subjects[block_index] else title
            if block_index not in table_words:
                # A table's own words: one stating execution anywhere (``支出决算``
                # over its ``其中`` rows) keeps a budget heading from its cells.
                table_words[block_index] = " ".join(
                    dict.fromkeys(
                        t
                        for f in row_labels[block_index]
                        for t in (f.row_label, f.left_label, *f.column_path)
                    )
                )
            facts.extend(
                _with_period(fact, " ".join((caption or "", *fact.figure.column_path)))
                if fact is not None
                else None
                for fact in (
                    _table_fact(
                        f,
                        lexicon,
                        report_year,
                        title,
                        single_unit.get(block_index, False),
                        caption,
                        corner,
                        project_rows.get(block_index, False),
                        department,
                        initial_beside,
                        context,
                        table_words[block_index],
                    )
                    for f in group
                )
            )
    read = _whole_sources(resolve_objects([f for f in facts if f is not None]), ordered, lexicon)
    read = _year_end_remainders(read, ordered, lexicon, project_rows)
    kept = [f for f in read if f.role == Role.LEVEL]
    roles = tuple(f for f in read if f.role != Role.LEVEL)
    return FactSheet.indexed(kept, roles)


def continued_captions(doc: Document) -> dict[int, str | None]:
    """Each table's caption, a continued part's (``表6（续）``) read with its first part's.

    The continuation repeats only the number; the title that says what its rows are
    (``表6 2024年度项目支出预算执行情况表``: projects, their 合计 the projects') is the
    first part's, the nearest table before it whose header row it repeats.
    """
    out: dict[int, str | None] = {}
    previous: Table | None = None
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Table):
            continue
        caption = block.caption
        if (
            caption
            and _CONTINUED.search(caption)
            and previous is not None
            and previous.caption
            and repeats_header(previous, block)
        ):
            caption = f"{out.get(previous.index, previous.caption)} {caption}"
        out[i] = caption
        previous = block
    return out


_CONTINUED = cue("tables", "continued_table")


def _year_end_remainders(
    facts: list[Fact], figures: Sequence[Figure], lexicon: Lexicon, project_rows: dict[int, bool]
) -> list[Fact]:
    """A bare ``结转`` that is the budget left unspent is the year-end remainder.

    ``全年预算数合计79,615,400.00元，执行数合计76,364,900.00元，结转3,250,500.00元``
    and a project table's ``全年预算数 | 执行数 | 结转`` columns: the document's own
    arithmetic (two figures before it in its sentence or row, one less the other, give
    it exactly) says it is what is carried out of the year, not 上年结转 carried in. In a
    table of projects it is the projects' remainder (their 合计 too), not the department's.
    """
    year_end = lexicon.by_id(YEAR_END)
    if year_end is None:
        return facts
    bare = [
        f
        for f in facts
        if f.concept == CARRIED_IN and _cue("bare_carryover").match(clean_label(f.figure.label))
    ]
    if not bare:
        return facts
    places: dict[tuple[int, int], list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.kind in ("money", "number"):  # an undeclared table's cells are bare numbers
            places[_place(figure)].append(figure)
    held = {f.figure: _budget_less_spending(f.figure, places[_place(f.figure)]) for f in bare}
    # A table column whose other rows confirm it (two at least) is the remainder in every
    # row, its total row too (a stale total there is AR001's, not another quantity).
    confirmed: dict[tuple[int, int], int] = defaultdict(int)
    for f in bare:
        if f.figure.cell is not None and held[f.figure]:
            confirmed[(f.figure.block, f.figure.cell[1])] += 1
    out = []
    for fact in facts:
        fig = fact.figure
        column = (fig.block, fig.cell[1]) if fig.cell else None
        if (
            fact.concept == CARRIED_IN
            and fig in held
            and (held[fig] or (column is not None and confirmed[column] >= MIN_CONFIRMING_ROWS))
        ):
            fact = replace(fact, concept=year_end.id, concept_name=year_end.name)
            if fig.cell is not None and project_rows.get(fig.block, False):
                fact = replace(fact, scope=Scope.UNIT, scope_name=PROJECTS)
        out.append(fact)
    return out


def _place(fig: Figure) -> tuple[int, int]:
    """A figure's sentence, or its table row: where its operands are stated."""
    return (fig.block, fig.cell[0] if fig.cell else fig.sentence_start)


def _budget_less_spending(fig: Figure, beside: Sequence[Figure]) -> bool:
    """Whether two figures before ``fig`` in its place, one less the other, give it exactly."""
    earlier = [
        f
        for f in beside
        if f.unit == fig.unit
        and (f.cell[1] < fig.cell[1] if f.cell and fig.cell else f.amount.end <= fig.amount.start)
    ]
    values = {f.value for f in earlier}
    return any(f.value - fig.value in values and fig.value > 0 for f in earlier)


MIN_CONFIRMING_ROWS = 2
"""Rows of a ``结转`` column that must show it is budget less spending for all its rows."""


_TRAILING_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
CARRIED_IN = "income.carryover"
YEAR_END = "balance.year_end"
PROJECTS = "项目支出"
"""The scope name of the department's projects taken together."""


def _whole_sources(facts: list[Fact], figures: Sequence[Figure], lexicon: Lexicon) -> list[Fact]:
    """Facts labelled by a whole funding source (``财政拨款收入``) take it as their source.

    Only when the report states a figure of another of its parts (``政府性基金收入…``);
    without such a figure the whole and its main part (``一般公共预算``) name one quantity.
    """
    whole = lexicon.whole_source
    if whole is None or not any(
        lexicon.source_for(text) in whole.other_parts
        for f in figures
        for text in (f.label, f.row_label)
        if text
    ):
        return facts
    # A table cell's source is named by its row (``其中：财政拨款 | 7,801.76``).
    return [
        replace(f, source=whole.source)
        if f.source == whole.part
        and (whole.names_whole(f.figure.label) or whole.names_whole(f.figure.row_label))
        else f
        for f in facts
    ]


def _names_own_subject(
    cells: Sequence[Figure], caption: str | None, corner: str, lexicon: Lexicon
) -> bool:
    """Whether a table says what it is about without the section around it.

    Its caption, its corner header or one of its row labels names a concept.
    """
    for text in (caption_subject(caption), corner):
        if text and any(lexicon.concept_for(text, kind) is not None for kind in ("money", "count")):
            return True
    labels = {(f.row_label.split("/")[-1], f.kind, f.unit) for f in cells if f.row_label}
    return any(
        lexicon.concept_for(label, kind, unit=unit) is not None for label, kind, unit in labels
    )


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


def _project_row_tables(
    figures: Sequence[Figure], doc: Document, lexicon: Lexicon
) -> dict[int, bool]:
    """Tables whose rows are projects, told by the rows themselves.

    The corner header names projects (``项目名称``, ``项目``; after a 序号 column) and
    every row with values (its name under that header, not a 实施单位 or 资金来源 cell
    beside it),
    but the 合计, names neither a concept (``基本支出``) nor a unit (``县图书馆``) nor a
    function class of spending (``一般公共服务支出``): at least two such rows. Their 合计 is the listed projects' total, whatever the caption.
    """
    rows: dict[int, set[str]] = defaultdict(set)
    corner_cols: dict[int, int] = {}
    for f in figures:
        if f.table_value and f.cell is not None and f.row_label:
            # The name under the corner header names the row; 实施单位 and 资金来源
            # columns beside it (``某某项目 | 县水文站 | 政府性基金预算``) only qualify it.
            table = doc.blocks[f.block]
            name = ""
            if isinstance(table, Table):
                if f.block not in corner_cols:
                    # once a table: it reads all rows
                    corner_cols[f.block] = _project_name_col(table) or _corner_col(table)
                first = corner_cols[f.block]
                name = table.grid[f.cell[0]][first].text if first < f.cell[1] else ""
            rows[f.block].add(name or f.row_label.split("/")[-1])
    out: dict[int, bool] = {}
    for block, labels in rows.items():
        table = doc.blocks[block]
        if not isinstance(table, Table) or (
            not _cue("project_table_corner").match(_corner(table)) and not _project_name_col(table)
        ):
            continue
        # ``…前期经费（上年结转）``: a note in brackets after a project's name names no concept
        items = [
            _TRAILING_NOTE.sub("", label)
            for label in labels
            if lexicon.scope_for(label) not in ("total", "subtotal")
        ]
        out[block] = len(items) >= 2 and not any(
            _names_concept_alone(label, lexicon)
            or lexicon.source_for(label) is not None
            or FUNCTION_CLASS.search(clean_label(label))
            or label_scope(clean_label(label))[0] != Scope.UNSTATED
            or _qualifier_label(label, lexicon)
            for label in items
        )
    return out


def _names_concept_alone(label: str, lexicon: Lexicon) -> bool:
    """Whether a row label is a concept's name, not a project named after one.

    ``人员经费`` and ``其中：公用经费`` are the department's quantities; ``城市管理执法
    协管人员经费`` names a project whose money is for people: four or more characters of
    Chinese before the concept's word name the thing.
    """
    cleaned = clean_label(label)
    concept = lexicon.concept_for(cleaned, "money", "")
    if concept is None:
        return False
    found = next((m for p in concept.patterns if (m := p.search(cleaned))), None)
    if found is None:
        return True
    before = _cue("project_name_lead").sub("", cleaned[: found.start()])
    return not (len(before) >= PROJECT_NAME_CHARS and _ALL_HAN.fullmatch(before))


PROJECT_NAME_CHARS = 4
"""Characters of a name before a concept's word that make the label a project's name."""
_ALL_HAN = re.compile(r"[\u4e00-\u9fff“”]+")


def _qualifier_label(label: str, lexicon: Lexicon) -> bool:
    """A row stating only a basis and a year (``2024年决算数``): no project's name."""
    return lexicon.basis_for(label) is not None and not lexicon.is_name(label)


def _is_table_value(group: list[Figure]) -> bool:
    return len(group) == 1 and group[0].table_value


def _cell_text(doc: Document, block_index: int, cell: tuple[int, int] | None) -> str:
    table = doc.blocks[block_index]
    if cell is None or isinstance(table, Paragraph):
        return ""
    return table.grid[cell[0]][cell[1]].text


def _column_leaf(table: Table, column: int) -> str:
    """The lowest header over a table column (empty when the table has none)."""
    paths = column_paths(table)
    return paths[column][-1] if 0 <= column < len(paths) and paths[column] else ""


def resolve_objects(facts: Sequence[Fact]) -> list[Fact]:
    """One name per object across the document.

    A longer name that ends with another (``社会公众或服务对象`` and ``服务对象``) is that object.
    """
    names: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.rated:
            names[f.concept].add(f.rated)
    out: list[Fact] = []
    for f in facts:
        if f.rated:
            shorter = [n for n in names[f.concept] if n != f.rated and f.rated.endswith(n)]
            if shorter:
                f = replace(f, rated=min(shorter, key=len))
        out.append(f)
    return out


_PERIOD = _cue("period")


STATEMENT_MARKS = "。；;！？"
"""Marks that end one statement of a sentence: the words a figure's own statement holds."""


_RESPECTIVELY = _cue("respectively")


_FROM_BEFORE = _cue("moved_from_before")


_FROM_AFTER = _cue("moved_from_after")


def _moved_from(fact: Fact | None, text: str) -> Fact | None:
    """The fact as the value its quantity moved from (``由148.20万元增加到155.60万元``)."""
    if fact is None or fact.figure.cell is not None or fact.role != Role.LEVEL:
        return fact
    fig = fact.figure
    start = fig.amount.start
    if _FROM_BEFORE.search(text, max(0, start - 4), start) and _FROM_AFTER.match(
        text, fig.amount.end
    ):
        return replace(fact, role=Role.PRIOR, role_word="由…到")
    return fact


_LIST_BETWEEN = _cue("respective_list_between")


def _respective(fact: Fact | None, text: str) -> Fact | None:
    """The fact as one subject's value when it stands in a ``分别为a、b和c`` list.

    ``会议、车辆和餐饮服务…满意度分别为91.8%、97.0%和97.1%``, ``参训学员和带队单位的
    满意度分别为94.1%和96.3%``: each value is its own subject's, none the whole's.
    """
    if fact is None or fact.figure.cell is not None or fact.role != Role.LEVEL:
        return fact
    fig = fact.figure
    start = clause_start(text, fig.amount.start, STATEMENT_MARKS)
    cues = list(_RESPECTIVELY.finditer(text, start, fig.amount.start))
    if not cues or not _LIST_BETWEEN.fullmatch(text[cues[-1].end() : fig.amount.start]):
        return fact
    return replace(fact, role=Role.RESPECTIVE, role_word=cues[-1].group(0))


def _with_period(fact: Fact | None, text: str) -> Fact | None:
    """The fact with the part of the year its sentence (or its table's header) names.

    For prose, the words from the start of the figure's sentence (or ``；`` clause) to
    the figure: ``春季学期在园幼儿为597人`` is the spring term's, ``秋季学期…612人`` the
    autumn's, and the two are not one quantity stated twice.
    """
    if fact is None:
        return None
    fig = fact.figure
    if fig.cell is None or not fig.table_value:
        text = text[clause_start(text, fig.amount.start, STATEMENT_MARKS) : fig.amount.start]
    named = _PERIOD.findall(text)  # the nearest before the figure: ``春季…421人，秋季…438人``
    return replace(fact, period=named[-1]) if named else fact


def _has_initial_budget_column(table: Table) -> bool:
    """Whether a table's header names a 年初预算 column (beside a 全年预算 one, say)."""
    return any(
        _cue("initial_budget_header").search(clean_label(cell.text))
        for row in table.grid[: table.header_rows]
        for cell in row
    )


def _corner(table: Table) -> str:
    """The header over the row labels (``“三公”经费`` in ``| “三公”经费 | 本年支出 |``).

    A leading 序号 column holds numbers, not labels: the header after it is the corner
    (``| 序号 | 项目名称 | 调整后预算数 |``).
    """
    if table.header_rows < 1 or not table.grid or not table.grid[0]:
        return ""
    cell = table.grid[0][_corner_col(table)]
    return cell.text if cell.colspan < table.n_cols else ""


def _project_name_col(table: Table) -> int | None:
    """A 项目名称 column among the label columns before the first figure.

    ``| 序号 | 实施单位 | 项目名称 | 全年预算数 |``: the rows are projects, named in the
    third column; the 实施单位 beside it only says who carried each out.
    """
    if table.header_rows < 1 or not table.grid:
        return None
    values = layout(table).value_cols
    for c in range(min(values, default=table.n_cols)):  # the label columns before the figures
        header = table.grid[table.header_rows - 1][c]
        if header.colspan == 1 and _cue("project_table_corner").match(header.text.strip()):
            return c if c > 0 else None
    return None


def _corner_col(table: Table) -> int:
    """The first column that is not a 序号 column: the row labels' column."""
    serial = layout(table).serial_cols
    return next((c for c in range(table.n_cols) if c not in serial), 0)
