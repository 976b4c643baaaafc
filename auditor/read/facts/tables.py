"""Facts read from table cells: the concept from a column, a label cell or a row.

Column and row headers, captions and corner headers give a cell its concept, year,
basis and scope; table-wide readings (a caption's subject) are here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from auditor.read.facts.headers import crossed, grouped_basis_text, header_part, header_role
from auditor.read.facts.labels import (
    _DEPARTMENT_TOTALS,
    _cue,
    _without_concept,
    rated_object,
    section_basis,
)
from auditor.read.facts.model import Fact
from auditor.read.figures import Figure, cue
from auditor.read.lexicon import Concept, Lexicon, clean_label, composite_part
from auditor.read.qualifiers import Basis, Origin, Qualifiers, Role, Scope
from auditor.read.subjects import project_name
from auditor.read.wording import patterns
from auditor.text.numbers import scan

_QIZHONG_LEAD = re.compile(r"^(?:其中)[：:]?")


_HAN = re.compile(r"[\u4e00-\u9fff]")
"""A unit's name is written in characters: a header of digits names none."""


def _column_scope(leaf: str, lexicon: Lexicon, department: str = "") -> tuple[Scope, str] | None:
    """Scope named by a column header when rows carry the concepts (units as columns).

    None when the header names an amount or a basis (``金额``, ``决算数``), not a unit.
    """
    if leaf and _cue("scope_subordinate").fullmatch(_QIZHONG_LEAD.sub("", leaf)):
        return Scope.SUBORDINATE, ""  # ``所属单位`` beside ``部门汇总``: the sub-units together
    if not leaf or _cue("not_a_unit").search(leaf) or lexicon.basis_for(leaf):
        return None
    if not _HAN.search(leaf):
        return None  # ``0571-8862351`` over a 基本情况表's cells: a value, not a unit's name
    scope, name = scope_of(lexicon.scope_for(leaf))
    if scope == Scope.UNIT and not any(
        p.search(name) for p in patterns("facts", "scope_unit_name")
    ):
        # ``负责人 | 周建明`` atop a 基本情况表: a person's name, not a unit's (a unit's
        # name ends in 中心, 站, 大队 …).
        return None
    if scope == Scope.UNIT and _names_department(name, department):
        # ``单位名称 | 某县档案馆`` heading a 基本情况表: the report's own unit, the whole.
        return Scope.TOTAL, ""
    return scope, name


def _names_concept(label: str, concept: Concept, fig: Figure, lexicon: Lexicon) -> bool:
    """Whether a row label names the same quantity its column does (no unit of its own).

    A row named by the subject that gives a generic column its meaning (``政府采购`` over
    ``预算数``, the concept's ``context`` section) names that quantity too.
    """
    named = lexicon.concept_for(label, fig.kind, unit=fig.unit)
    if named is not None and named.id.split(".")[0] == concept.id.split(".")[0]:
        return True
    section = concept.context_section
    return section is not None and section.fullmatch(clean_label(label)) is not None


def _names_department(name: str, department: str) -> bool:
    """Whether ``name`` is the report's own unit (as :func:`label_scope` reads it)."""
    return bool(department) and bool(name) and (name in department or department.endswith(name))


def scope_of(legacy: str) -> tuple[Scope, str]:
    """The typed scope of the lexicon's ``total``/``subtotal``/``unit:<name>`` strings."""
    if legacy.startswith("unit:"):
        name = legacy[5:]
        # Only a row label that is nothing but a scope word names that scope; a row
        # ``农村饮水工程/局机关`` is one project's row, a unit of its own.
        for key, scope in (
            ("scope_whole", Scope.TOTAL),
            ("scope_own_level", Scope.OWN_LEVEL),
            ("scope_subordinate", Scope.SUBORDINATE),
        ):
            if _cue(key).fullmatch(name):
                return scope, ""
        if _cue("scope_own_level_row").search(name):
            return Scope.OWN_LEVEL, ""
        return Scope.UNIT, name
    return (Scope.SUBTOTAL, "") if legacy == "subtotal" else (Scope.TOTAL, "")


def caption_subject(caption: str | None) -> str:
    """What a table is about, from its caption (``表3“三公”经费情况（单位：万元）`` → 三公经费)."""
    if not caption:
        return ""
    text = clean_label(caption)
    for _ in range(3):
        text = _cue("caption_noise").sub("", text).strip()
    return text


def _is_generic(leaf: str) -> bool:
    """A header naming only a basis (``2025年实际支出``, ``预算数``), not what is counted."""
    plain = clean_label(_cue("year_prefix").sub("", leaf))
    # ``全年预算数`` / ``年初预算数`` name budget concepts of their own; only spending
    # words (``实际支出``, ``决算数``) take their subject from the rows.
    return (
        bool(plain)
        and "预算" not in plain
        and cue("lexicon", "generic_label").match(plain) is not None
    )


def _column_candidates(fig: Figure, lexicon: Lexicon, title: str) -> list[tuple[str, str]]:
    """Labels the column gives a cell: its leaf header, then the whole header path.

    A part of a group (``编制数`` over ``行政 | 事业 | 小计``, or over ``行政 | 事业``
    alone) is read as ``行政编制数`` and only when that names another concept than the
    group: the 行政 column is not the department's 编制数. Under a group header that
    names no quantity (a year over ``基本支出 | 项目支出``) a column is what its own
    header names, never what the group's words and its own name together might (two
    parts would then both read as one quantity). A part named by its funding source
    (``一般公共预算`` under ``财政拨款收入``) is the group's quantity from that source.
    """
    path_text = "".join(p for p in fig.column_path if not p.startswith("其中"))
    leaf = fig.column_path[-1] if fig.column_path else ""
    if not fig.column_part:
        return [(leaf, "column"), (path_text, "column")]
    parent = fig.column_path[-2]
    whole = lexicon.concept_for(parent, fig.kind, title, unit=fig.unit)
    if whole is None:
        return [(leaf, "column")]
    own = lexicon.concept_for(leaf + parent, fig.kind, title, unit=fig.unit)
    if own is not None and own.id != whole.id:
        return [(leaf + parent, "column")]
    alone = lexicon.concept_for(leaf, fig.kind, title, unit=fig.unit)
    if alone is not None and alone.id != whole.id:
        # ``基本支出`` over ``人员经费 | 公用经费``: each column is its own part, whatever
        # the row says of it (``2024年调整后预算``: that part's adjusted budget).
        return [(leaf, "column")]
    if lexicon.source_for(leaf) is not None:
        return [(path_text, "column")]
    return []


def _part_row(fig: Figure, label: str, concept: Concept) -> str:
    """The part a row label names when it holds its concept with more words.

    ``其中：其他项目支出`` or ``其他人员经费`` is a part of 项目支出/人员经费; ``其中：人员经费``
    (another concept's own name) and ``2024年项目支出`` are not.
    """
    text = clean_label(label or fig.row_label.split("/")[-1])
    rest = _without_concept(text, concept)
    if "·" not in rest:
        return ""
    before = rest.split("·")[0]
    name = _cue("part_row_lead").sub("", text)
    if _cue("part_row_words").search(before):
        return name
    lead = _cue("part_row_lead").match(before)
    if lead and not _cue("part_row_neutral").match(before[lead.end() :]):
        return name
    return ""


def _project_table(caption: str | None, corner: str) -> bool:
    """Whether a table's rows are projects (its caption names projects).

    A corner header, when there is one, must name projects too.
    """
    named = bool(caption) and _cue("project_table_caption").search(clean_label(caption or ""))
    return bool(named) and (not corner or bool(_cue("project_table_corner").match(corner)))


def _caption_concept(
    caption: str | None, corner: str, fig: Figure, lexicon: Lexicon, title: str
) -> tuple[Concept, Origin] | None:
    """The concept a table is about: its caption's subject, else its corner header's."""
    for subject, origin in ((caption_subject(caption), Origin.CAPTION), (corner, Origin.HEADER)):
        if subject:
            concept = lexicon.concept_for(subject, fig.kind, title, unit=fig.unit)
            if concept is not None:
                return concept, origin
    return None


def _first(*found: tuple[object, Origin] | None) -> tuple[object, Origin] | None:
    return next((f for f in found if f is not None), None)


def _table_fact(
    fig: Figure,
    lexicon: Lexicon,
    report_year: int | None,
    title: str,
    single_unit: bool = False,
    caption: str | None = None,
    corner: str = "",
    project_rows: bool = False,
    department: str = "",
    initial_beside: bool = False,
    context: str | None = None,
    table_words: str = "",
) -> Fact | None:
    """A table cell's fact: the concept from its column, its label cell or its row.

    When the concept comes from the column, the row says the scope (汇总 or a unit);
    when it comes from the row (a transposed table, units as columns), the column does.
    Year and basis flow caption → column header → row label: the nearest that states
    one wins (``上年度“三公”经费预算数`` in a row overrides the caption's year).
    """
    path_text = "".join(p for p in fig.column_path if not p.startswith("其中"))
    leaf = fig.column_path[-1] if fig.column_path else ""
    row_leaf = fig.row_label.split("/")[-1] if fig.row_label else ""
    left_is_row = bool(fig.left_label) and fig.left_label == row_leaf and bool(leaf)
    if _cue("score_column").match(leaf):
        return None  # a 分值/得分 column holds points, whatever the row names
    if any(_cue("change_header").search(p) for p in (*fig.column_path, row_leaf)):
        return None  # a ``比上年增减`` column holds differences, not the row's values
    if _cue("target_header").search(leaf):
        return None  # a ``年度目标值`` column holds what was aimed at, not what was done
    # ``context``: the section title that may give a generic header its meaning.
    context = title if context is None else context
    column = _column_candidates(fig, lexicon, context)
    # A column (or row) under a funding source's name alone (``其中：财政拨款``,
    # ``自有资金``) gives its cells that source, not a concept: the row (column) label
    # stays what is counted (``基本支出 | 560.00`` under ``财政拨款`` is 基本支出).
    source_leaf = _source_only(leaf)
    own_column = column
    if source_leaf:
        column = [c for c in column if c[0] and not _source_only(c[0])]
    row_parent = fig.row_label.split("/")[0] if "/" in fig.row_label else ""
    source_row = bool(row_parent) and _source_only(row_leaf) and not source_leaf
    named_row = row_leaf  # what the row names, a funding source's row included
    if source_row:
        # ``年度部门整体支出 / 其中：财政拨款``: the row's parent names what is counted.
        row_leaf = row_parent
    elif (
        (
            _source_only(row_leaf)
            or (
                _cue("sub_item_lead").match(row_leaf)
                and _cue("funds_source_row").fullmatch(clean_label(row_leaf))
            )
            # ``资金来源 | … | 本年支出`` over ``事业收入 | …``: the corner says every row
            # is a source of money, whatever its own words name.
            or (bool(row_leaf) and _cue("source_corner").fullmatch(clean_label(corner)) is not None)
        )
        and not source_leaf
        and column
        and _spent_column(column[0][0], fig, lexicon, context)
    ):
        # ``其中：当年财政拨款 | … | 全年执行数 496.00`` with no parent row read, or a table
        # of funding sources (``一般公共预算财政拨款 | 上年结转 | 本年收入 | 本年支出``): the
        # column says what is counted (spent), the row only from which money.
        source_row, row_leaf = True, ""
    # The leaf header first (``决算数`` names no concept, ``公用经费`` does), then the
    # row's own label, then the whole header path: in a side-by-side table the
    # ``收入`` over ``决算数`` only says which half the row label belongs to. A header
    # that names only a basis (``2025年实际支出``) yields to the rows and then to the
    # caption's subject: the 合计 row of ``“三公”经费情况`` is the 三公经费.
    generic = bool(column) and _is_generic(column[0][0])
    subject = caption_subject(caption) if generic else ""
    own = [("" if source_row else fig.left_label, "row" if left_is_row else "left")]
    if not fig.left_label or left_is_row or source_row:
        # In a ``label | value | label | value`` row a value belongs to its own label
        # cell, never to the row's first cell.
        own.append((row_leaf, "row"))
    if generic:
        candidates = [*own, *([(subject + column[0][0], "caption")] if subject else []), *column]
    else:
        candidates = [*column[:1], own[0], *column[1:], *own[1:]]
    if source_leaf and not _cue("spending_caption").search(clean_label(f"{caption or ''}{corner}")):
        # A row naming no quantity (``合计``, a unit, none) under ``财政拨款`` in a table
        # of income is that income; in a table of spending it is nothing to compare.
        candidates.extend(c for c in own_column if c not in candidates)
    # Rows of projects by their caption, or by their rows under a corner naming project
    # names (``项目名称``; a bare ``项目`` corner heads rows of items, ``编制数 | 实有人数``).
    projects = _project_table(caption, corner) or (
        project_rows and _cue("project_name_corner").search(clean_label(corner)) is not None
    )
    for label, axis in candidates:
        if not label:
            continue
        if axis == "row" and projects and not _PROJECTS_TOTAL.search(label):
            # ``义务教育学校公用经费 | 7,842.60`` in a table of projects: the row names a
            # project, not the department's 公用经费; the column says what it counts.
            continue
        concept = lexicon.concept_for(label, fig.kind, context, unit=fig.unit)
        if concept is None:
            continue
        other = row_leaf if axis == "column" else leaf
        group, group_from = "", Origin.UNSTATED
        cross = crossed(concept, _other_concept(other, fig, lexicon, context))
        if cross is not None:
            # ``实有人数`` over a ``事业编制`` row: the staff on hand in that group; an
            # ``编制数`` column over a ``事业编制`` row: the 事业编制 itself.
            named_here = cross[0].id != concept.id  # the group is this axis's word
            concept, group = cross
            group_from = Origin.HEADER if (axis == "column") == named_here else Origin.LABEL
        if (
            other
            and not _source_only(other)
            and any(p.search(clean_label(other)) for p in concept.exclude)
        ):
            # ``在编人员`` row, ``编外人员`` column (or ``在校生`` column, ``在籍合计`` row):
            # the other axis names a group the quantity leaves out, so the cell is not it.
            return None
        subject_from = {"column": Origin.HEADER, "caption": Origin.CAPTION}.get(axis, Origin.LABEL)
        if concept.id in _DEPARTMENT_TOTALS or concept.id.startswith("budget."):
            named = _caption_concept(caption, corner, fig, lexicon, context)
            if (
                named is not None
                and named[0].id not in _DEPARTMENT_TOTALS
                and not named[0].id.startswith("budget.")
            ):
                # The 合计 of the ``“三公”经费`` table is the 三公经费, not 支出合计; its
                # 年初预算数 column is the 三公经费's budget, not the department's.
                concept, subject_from = named
        if axis == "caption":
            axis = "column"
        class_part = ""
        if axis == "column" and row_leaf and _cue("class_column").search(concept.id):
            row_concept = lexicon.concept_for(row_leaf, fig.kind, context, unit=fig.unit)
            if row_concept is not None and _cue("stock_row").search(row_concept.id):
                # ``年末结转结余资金 | 12.00`` under ``基本支出``: the balance of the
                # 基本支出 money, not 基本支出 of a unit named 年末结转结余资金.
                class_part = _cue("part_row_lead").sub("", clean_label(label))
                concept, label, axis, subject_from = row_concept, row_leaf, "row", Origin.LABEL
        if axis == "column" and row_leaf and concept.id.startswith("budget."):
            row_concept = lexicon.concept_for(row_leaf, fig.kind, context, unit=fig.unit)
            if (
                row_concept is not None
                and not row_concept.id.startswith("budget.")
                and row_concept.id not in _DEPARTMENT_TOTALS
            ):
                # ``基本支出 | 400.00`` under ``年初预算``: the 基本支出's budget (the column
                # gives the basis), not the 年初预算 of a unit named 基本支出.
                concept, label, axis, subject_from = row_concept, row_leaf, "row", Origin.LABEL
        row_source = lexicon.source_for(named_row) if axis == "column" and named_row else None
        scope_from = Origin.LABEL
        if (
            axis == "column"
            and row_source
            and row_parent
            and (project_rows or _project_table(caption, corner))
        ):
            # ``城镇老旧小区改造项目 | 政府性基金、一般公共预算 | 1,286.40``: a project's row
            # whose 资金来源 cell says where its money came from; the money is the project's.
            scope, scope_name = Scope.UNIT, row_parent
        elif axis == "column" and row_source:
            scope, scope_name = Scope.TOTAL, ""  # rows are funding sources, not units
        elif axis == "column" and row_leaf and _names_concept(row_leaf, concept, fig, lexicon):
            # ``在编人员 | 28 | 26`` under ``编制数 | 年末实有数``: the row names the
            # quantity's own group, not a sub-unit.
            scope, scope_name = Scope.TOTAL, ""
        elif axis == "column" and _qualifier_row(fig, lexicon):
            # ``基本支出 | 项目支出`` over rows ``年初预算 | 调整后预算 | 2024年决算``: the
            # row states the cell's basis and year, not a unit named 年初预算.
            scope, scope_name = Scope.TOTAL, ""
        elif axis == "column":
            scope, scope_name = (
                scope_of(lexicon.scope_for(fig.row_label)) if fig.row_label else (Scope.TOTAL, "")
            )
        elif axis == "row":
            header_scope = _column_scope(leaf, lexicon, department)
            scope, scope_name = header_scope or (Scope.TOTAL, "")
            scope_from = Origin.HEADER if header_scope else Origin.DOCUMENT
        else:
            scope, scope_name, scope_from = Scope.TOTAL, "", Origin.DOCUMENT
        if single_unit:
            scope, scope_name = Scope.TOTAL, ""
        part = _part_row(fig, label, concept) if axis in ("row", "left") else ""
        if part:
            # ``其中：其他项目支出`` under ``二、项目支出``: a part, not the parent.
            scope, scope_name, scope_from = Scope.UNIT, part, Origin.LABEL
        if class_part:
            scope, scope_name, scope_from = Scope.UNIT, class_part, Origin.HEADER
        widened = next((w for p in fig.column_path if (w := composite_part(p))), "")
        if widened:
            # ``全年预算（含上年结转）``: the column's money with another, not the quantity's.
            scope, scope_name, scope_from = Scope.UNIT, widened, Origin.HEADER
        if group and single_unit and group_from == Origin.LABEL:
            group = ""  # the table's one row (``事业编制 | 42 | 39``) is the whole department
        header_group = _header_group(leaf, axis, source_leaf, lexicon, department)
        if group or header_group:
            # ``事业编制 | 27`` under ``其中：专技`` (or ``实有人数 | 39`` over a 事业编制
            # row): one group's part of the quantity, never the department's whole.
            scope, scope_name = Scope.UNIT, group or header_group
            scope_from = group_from if group else Origin.HEADER
        role, role_word = (
            header_role(row_leaf, leaf, concept) if axis != "column" else (Role.LEVEL, "")
        )
        if (
            scope == Scope.TOTAL
            and (concept.id in _DEPARTMENT_TOTALS or concept.id.startswith(("budget.", "balance.")))
            and (project_rows or _project_table(caption, corner))
        ) or (
            # ``表2 主要项目支出情况表``: the 合计 of some projects, not the 项目支出
            scope == Scope.TOTAL
            and concept.id == "expenditure.project"
            and _cue("project_subset_caption").search(clean_label(caption or ""))
        ):
            # The 合计 of ``重点项目资金情况`` is the listed projects' total (its 结余 too).
            scope, scope_name = Scope.UNIT, f"{caption_subject(caption) or '所列项目'}合计"
            scope_from = Origin.CAPTION
        elif scope == Scope.TOTAL and (
            concept.id in _DEPARTMENT_TOTALS or concept.id.startswith("budget.")
        ):
            project = project_name(caption_subject(caption), heading=True)
            if project:
                # ``表5 信息化建设项目支出情况``: one project's table, its 合计 that project's.
                scope, scope_name, scope_from = Scope.UNIT, project, Origin.CAPTION
        year, year_from = _table_year(fig, concept, label, axis, caption, lexicon, report_year)
        basis, basis_from = _table_basis(fig, label, axis, row_source, caption, lexicon)
        if (
            initial_beside
            and basis == Basis.BUDGET
            and basis_from == Origin.HEADER
            and any(_cue("full_year_budget_header").match(clean_label(p)) for p in fig.column_path)
        ):
            # ``年初预算 | 全年预算 | 执行数``: the full-year budget is the adjusted one.
            basis = Basis.ADJUSTED_BUDGET
        if basis == Basis.UNSTATED and fig.kind == "money" and not concept.id.startswith("budget."):
            # a table under ``二、部门决算情况``
            basis = section_basis(
                title,
                concept.id,
                " ".join((fig.row_label, *fig.column_path, table_words)),
                lexicon,
            )
            basis_from = Origin.SECTION if basis != Basis.UNSTATED else basis_from
        source = lexicon.source_for(label) or lexicon.source_for(path_text) or row_source
        source_from = Origin.HEADER if source else Origin.UNSTATED
        if source is None and (source_leaf or source_row):
            named_source = fig.column_path[-1] if source_leaf else fig.row_label.split("/")[-1]
            source = lexicon.source_for(named_source)
            source_from = Origin.HEADER if source_leaf else Origin.LABEL
        if source is None and caption and lexicon.names_all_sources(caption):
            # ``预算执行情况（全口径，万元）``: every cell counts all sources of funds.
            source_from = Origin.CAPTION
        per_head = _cue("per_head").search(clean_label(label))
        change = None if concept.id.startswith("budget.") else _budget_change(fig, row_leaf)
        if change:
            role, role_word = Role.CHANGE, change
        elif per_head:
            role, role_word = Role.PER_HEAD, per_head.group(0)
        return Fact(
            concept=concept.id,
            concept_name=concept.name,
            figure=fig,
            year=year,
            scope=scope,
            basis=basis,
            source=source,
            origin="table",
            scope_name=scope_name,
            role=role,
            role_word=role_word,
            rated=rated_object(label, concept),
            provenance=Qualifiers(
                year_from=year_from,
                basis_from=basis_from,
                scope_from=scope_from,
                source_from=source_from,
                subject_from=subject_from,
            ),
        )
    return None


_PROJECTS_TOTAL = cue("tables", "total_row")


def _budget_change(fig: Figure, row_leaf: str) -> str:
    """The change word of a cell under ``年中追加``/``调减数`` (column or row), or "".

    ``基本支出 | 20.00`` under ``年中追加`` is what was added to 基本支出's budget, not
    the budget itself (``追加预算`` names its own concept and keeps its level).
    """
    for header in (*fig.column_path, row_leaf):
        text = _QIZHONG_LEAD.sub("", clean_label(header))
        if _cue("budget_change_header").match(text):
            return text
    return ""


def _qualifier_row(fig: Figure, lexicon: Lexicon) -> bool:
    """Whether a row label states only a basis or a year (``2024年调整后预算``, ``决算数``).

    Such a row names no unit and no project: the column says what the cell is, the row
    how and when it was counted.
    """
    parts = [p for p in fig.row_label.split("/") if p]
    return bool(parts) and all(
        not lexicon.is_name(p, fig.kind)
        and (lexicon.basis_for(p) is not None or bool(_years_named(p)))
        for p in parts
    )


def _other_concept(label: str, fig: Figure, lexicon: Lexicon, context: str) -> Concept | None:
    """The concept the cell's other axis names, if any."""
    if not label or _source_only(label):
        return None
    return lexicon.concept_for(label, fig.kind, context, unit=fig.unit)


def _header_group(
    leaf: str, axis: str, source_leaf: bool, lexicon: Lexicon, department: str
) -> str:
    """The group a column header names inside the row's quantity (``其中：专技``), or ``""``.

    Only for a cell whose row names the quantity; a header naming a funding source or a
    unit (``其中：财政拨款``, ``其中：局本级``) says which money or whose, read elsewhere.
    """
    if axis == "column" or not leaf or source_leaf:
        return ""
    if _column_scope(_QIZHONG_LEAD.sub("", clean_label(leaf)), lexicon, department):
        return ""
    return header_part(leaf)


def _spent_column(header: str, fig: Figure, lexicon: Lexicon, context: str) -> bool:
    """Whether a column header names spending (``全年执行数``, ``实际支出``)."""
    concept = lexicon.concept_for(header, fig.kind, context, unit=fig.unit)
    return concept is not None and concept.id.startswith("expenditure.")


def _source_only(header: str) -> bool:
    """Whether a header or row label names only a funding source (``其中：财政拨款``)."""
    return bool(header) and _cue("source_only_header").fullmatch(clean_label(header)) is not None


def _label_texts(fig: Figure, label: str, axis: str, lexicon: Lexicon) -> list[str]:
    """The row-side texts of a cell: its own key cell and row label (not the column's).

    When the column says what the cell is, a row label that is a name (a project
    ``预算绩效管理系统维护``, a unit) states no qualifier: the 预算 or 上年 inside it
    is part of the name, not the row's basis or year.
    """
    texts = [fig.row_label] if fig.row_label else []
    if axis == "column":
        texts = [t for t in texts if not _names_only(t, fig, lexicon)]
    if axis != "column" and label not in texts:
        texts.append(label)
    return texts


def _names_only(row_label: str, fig: Figure, lexicon: Lexicon) -> bool:
    """Whether every part of a row label (``单位/项目``) is a name."""
    parts = [p for p in row_label.split("/") if p]
    return bool(parts) and all(lexicon.is_name(p, fig.kind) for p in parts)


_JOINED_UNIT_LINE = re.compile(r"(?<=\s)[（(]?\s*(?:金额)?单位\s*[:：]\s*\S{1,4}\s*[）)]?$")
"""A unit line joined under its table's title (extract.paragraphs.caption_of)."""


def _table_year(
    fig: Figure,
    concept: Concept,
    label: str,
    axis: str,
    caption: str | None,
    lexicon: Lexicon,
    report_year: int | None,
) -> tuple[int | None, Origin]:
    """The cell's year: its row label, else its column header, else the caption."""

    def stated(texts: Sequence[str]) -> int | None:
        for text in texts:
            explicit = set(_years_named(text))
            if len(explicit) == 1:
                return explicit.pop()
            if explicit:
                return None  # ``2023年与2024年对比``: the caption names both
            plain = _without_concept(text, concept)
            offset = lexicon.year_offset(plain)
            if offset is None or report_year is None or _carryover_word(text):
                continue
            if offset != 0 and lexicon.year_offset(_cue("this_year").sub("", plain)) != offset:
                return None  # ``上年与本年…``: both years named, neither is the cell's
            return report_year + offset
        return None

    leaf = fig.column_path[-1] if fig.column_path else ""
    path_text = "".join(p for p in fig.column_path if not p.startswith("其中"))
    labels = _label_texts(fig, label, axis, lexicon)
    header_year = stated([leaf, path_text])
    if header_year is not None and all(_names_this_year_only(t, concept, lexicon) for t in labels):
        # ``本年支出合计`` under ``2023年决算数``: 本年 is part of the quantity's name
        # (not 上年结转); the column says which year the cell is.
        return header_year, Origin.HEADER
    # A self-evaluation form scores the evaluated year whatever year its title names (a
    # wrong one is YR001's finding): its title dates none of its cells.
    form = caption is not None and cue("years", "evaluation_form_title").search(caption)
    # A title set off from its table by a unit line (``表3 2022年度…表`` / ``单位：元``)
    # names the table but dates none of its cells: the unit line is the caption proper.
    unit_line = _JOINED_UNIT_LINE.search(caption or "")
    dating = "" if form else unit_line.group(0) if unit_line else caption or ""
    for texts, origin in (
        (labels, Origin.LABEL),
        ([leaf, path_text], Origin.HEADER),
        ([dating], Origin.CAPTION),
    ):
        year = stated(texts)
        if year is not None:
            return year, origin
    return report_year, Origin.DOCUMENT


def _names_this_year_only(text: str, concept: Concept, lexicon: Lexicon) -> bool:
    """Whether a row label's only year word is ``本年`` (no calendar year, no 上年)."""
    if _years_named(text):
        return False
    return lexicon.year_offset(_without_concept(text, concept)) in (0, None)


@lru_cache(maxsize=4096)
def _years_named(text: str) -> tuple[int, ...]:
    """Calendar years a header, label or caption names (the same few texts recur per cell)."""
    return tuple(y.year for y in scan(text).years if y.range_end is None)


def _carryover_word(text: str) -> bool:
    """``上年结转`` names a quantity of this year, not last year's figure."""
    return bool(_cue("carryover_word").search(clean_label(text)))


def _table_basis(
    fig: Figure,
    label: str,
    axis: str,
    row_source: str | None,
    caption: str | None,
    lexicon: Lexicon,
) -> tuple[Basis, Origin]:
    """The cell's basis: its row label, else its column header, else the caption."""
    path = grouped_basis_text(fig.column_path, lexicon)
    rows = "" if row_source else " ".join(_label_texts(fig, label, axis, lexicon))
    header = label + " " + path if axis == "column" else path
    if rows.strip() and lexicon.basis_only_implied(rows) and lexicon.basis_for(header):
        rows = ""  # ``本年支出合计`` under ``2024年预算数``: the header states the basis
    elif (
        axis == "column"
        and lexicon.basis_for(rows) == "budget"
        and lexicon.basis_for(header) is not None
        and _qualifier_row(fig, lexicon)
    ):
        rows = ""  # ``部门预算 | 年初预算数 | 全年支出数``: the header says which kind, or 决算
    for text, origin in (
        (rows, Origin.LABEL),
        (header, Origin.HEADER),
        (caption or "", Origin.CAPTION),
    ):
        basis = Basis.of(lexicon.basis_for(text)) if text.strip() else Basis.UNSTATED
        if basis != Basis.UNSTATED:
            return basis, origin
    return Basis.UNSTATED, Origin.UNSTATED
