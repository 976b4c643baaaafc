"""Facts: figures whose label names a known concept, with their qualifiers.

A fact is concept + value + qualifiers (year, scope, budget/actual basis, funding
source) + where it was read. Rules compare facts that share concept and qualifiers;
qualifiers keep apart what must never be compared (the 2023 三公 budget and the 2024
one; the 汇总 row and a sub-unit row; a budget and its execution).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from auditor.model import Document, Paragraph, Table
from auditor.read.figures import Figure, column_paths, cue
from auditor.read.lexicon import Concept, Lexicon, clean_label
from auditor.read.qualifiers import Basis, Origin, Qualifiers, Role, Scope
from auditor.read.relations import holds_calculation
from auditor.read.subjects import listed_units, project_name, subjects_of
from auditor.read.textindex import open_before
from auditor.read.wording import patterns, words
from auditor.text.normalise import clause_start
from auditor.text.numbers import Scan, YearMention, scan


@dataclass(frozen=True, slots=True)
class Fact:
    """A figure that states the value of a concept, with the qualifiers it was read with."""

    concept: str
    concept_name: str
    figure: Figure
    year: int | None
    """The year the figure is about (the report's year when nothing else says)."""
    scope: Scope
    basis: Basis
    source: str | None
    origin: str
    """``text``, ``table`` or ``formula``."""
    scope_name: str = ""
    """The sub-unit for :attr:`Scope.UNIT` (``县就业服务中心``)."""
    provenance: Qualifiers = field(default_factory=Qualifiers)
    """Where each qualifier was read (caption, header, label, clause, document)."""
    role: Role = Role.LEVEL
    """The quantity itself, a change of it or a per-head value (:class:`Role`)."""
    role_word: str = ""
    """For a per-head value, per what (``人均``, ``生均``); for a change, its wording."""
    implied_actual: bool = False
    """Spending in prose whose basis nothing states (``部门整体支出3,481.27万元`` in a
    conclusion): 支出 names money spent, so it may join the actual figure when no other
    figure of unstated basis claims it (IC001)."""
    rated: str = ""
    """For a concept named by its object (a rate: ``提案办理满意率``), what it is of
    (``提案办理``); empty when the label states none."""
    period: str = ""
    """A point or part of the year the figure's own words name (``秋季学期``, ``上半年``,
    ``年初``); empty for the year as a whole or its end. Two periods are two quantities."""

    @property
    def source_stated(self) -> bool:
        """Whether the figure's words state its source of funds (one, or every: ``全口径``)."""
        return self.source is not None or self.provenance.source_from != Origin.UNSTATED

    @property
    def value(self) -> Decimal:
        """Value in the base unit of its dimension (元 for money)."""
        return self.figure.base_value

    def key(self) -> tuple[str, int | None, Scope, str, Basis, str | None, Role, str, str, str]:
        """What must match for two facts to be about the same quantity.

        Equal keys mean every qualifier is stated the same or unstated by both; an
        unstated basis never joins a stated one, a per-head value never joins a level.
        """
        return (
            self.concept,
            self.year,
            self.scope,
            self.scope_name,
            self.basis,
            self.source,
            self.role,
            self.role_word,
            self.rated,
            self.period,
        )

    def reading_text(self) -> str:
        """How the figure was read, for ``按…理解`` (``2024年·预算·全部门``)."""
        parts = [f"{self.year}年" if self.year else "年度未注明"]
        if self.role != Role.LEVEL:
            parts.append(self.role_word or self.role.label)
        if self.basis != Basis.UNSTATED:
            parts.append(self.basis.label)
        if self.scope == Scope.UNIT and self.scope_name:
            parts.append(self.scope_name)
        elif self.scope not in (Scope.TOTAL, Scope.UNSTATED):
            parts.append(self.scope.label)
        elif self.scope == Scope.TOTAL and "范围" in self.provenance.inferred():
            parts.append(f"{self.scope.label}（非某项目）")
        return f"{''.join(parts)}{self.rated}{self.concept_name}"


@dataclass(frozen=True, slots=True)
class FactSheet:
    """All facts, indexed by concept for rules that look one concept up.

    :attr:`facts` and :attr:`by_concept` hold levels only (what a rule means by a
    concept); changes and per-head values are in :attr:`roles`, shown to reviewers and
    compared only with figures of the same role.
    """

    facts: tuple[Fact, ...]
    by_concept: dict[str, tuple[Fact, ...]]
    roles: tuple[Fact, ...] = ()

    def of(self, concept: str) -> tuple[Fact, ...]:
        """Facts stating ``concept`` (any qualifiers)."""
        return self.by_concept.get(concept, ())


def paren_parent(text: str, figures: Sequence[Figure], index: int) -> Figure | None:
    """The figure that an enclosing ``（…）`` explains, e.g. 860.00 for ``（基本支出 …）``."""
    fig = figures[index]
    i = open_before(text)[fig.amount.start]  # the innermost open bracket before it
    if i < fig.sentence_start:
        return None
    if holds_calculation(text, i):
        return None  # ``1339.37元（326.27万元÷2436人）`` is a derivation
    # The figure ending at most 2 characters before the bracket (figures are in order).
    j = bisect.bisect_right(figures, i, hi=index, key=lambda f: f.amount.end) - 1
    if j >= 0 and i - figures[j].amount.end <= 2:
        return figures[j]
    return None


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
    table_subjects: dict[int, bool] = {}
    table_words: dict[int, str] = {}
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
            caption = block.caption if isinstance(block, Table) else None
            corner = _corner(block) if isinstance(block, Table) else ""
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
    kept = [f for f in read if f.role == Role.LEVEL]
    roles = tuple(f for f in read if f.role != Role.LEVEL)
    index: dict[str, list[Fact]] = defaultdict(list)
    for fact in kept:
        index[fact.concept].append(fact)
    return FactSheet(tuple(kept), {k: tuple(v) for k, v in index.items()}, roles)


def _whole_sources(facts: list[Fact], figures: Sequence[Figure], lexicon: Lexicon) -> list[Fact]:
    """Facts labelled by a whole funding source (``财政拨款收入``) take it as their source.

    Only when the report states a figure of another of its parts (``政府性基金收入…``);
    without such a figure the whole and its main part (``一般公共预算``) name one quantity.
    """
    whole = lexicon.whole_source
    if whole is None or not any(lexicon.source_for(f.label) in whole.other_parts for f in figures):
        return facts
    return [
        replace(f, source=whole.source)
        if f.source == whole.part and whole.names_whole(f.figure.label)
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

    The corner header names projects (``项目名称``, ``项目``) and every row with values,
    but the 合计, names neither a concept (``基本支出``) nor a unit (``县图书馆``): at
    least two such rows. Their 合计 is the listed projects' total, whatever the caption.
    """
    rows: dict[int, set[str]] = defaultdict(set)
    for f in figures:
        if f.table_value and f.cell is not None and f.row_label:
            rows[f.block].add(f.row_label.split("/")[-1])
    out: dict[int, bool] = {}
    for block, labels in rows.items():
        table = doc.blocks[block]
        if not isinstance(table, Table) or not _cue("project_table_corner").match(_corner(table)):
            continue
        items = [label for label in labels if lexicon.scope_for(label) not in ("total", "subtotal")]
        out[block] = len(items) >= 2 and not any(
            lexicon.concept_for(label, "money", "") is not None
            or lexicon.source_for(label) is not None
            or label_scope(clean_label(label))[0] != Scope.UNSTATED
            for label in items
        )
    return out


def _is_table_value(group: list[Figure]) -> bool:
    return len(group) == 1 and group[0].table_value


def _cell_text(doc: Document, block_index: int, cell: tuple[int, int] | None) -> str:
    table = doc.blocks[block_index]
    if cell is None or isinstance(table, Paragraph):
        return ""
    return table.grid[cell[0]][cell[1]].text


def _cue(key: str) -> re.Pattern[str]:
    return cue("facts", key)


def label_scope(rest: str, department: str = "") -> tuple[Scope, str]:
    """The scope named by a label's words other than its concept (``县就业服务中心·``).

    ``全局``/``本单位`` name the whole department, ``本级``/``局机关`` its own level,
    ``所属单位`` the subordinate units, a name ending in ``中心``/``站``/``大队`` … one
    sub-unit; nothing of these leaves the scope unstated.
    """
    before = _cue("year_prefix").sub("", rest.split("·")[0])
    if not before:
        return Scope.UNSTATED, ""
    if _cue("scope_whole").search(before):
        return Scope.TOTAL, ""
    if _cue("scope_subordinate").search(before):
        return Scope.SUBORDINATE, ""
    bare = _cue("scope_name_trail").sub("", _cue("scope_name_lead").sub("", before))
    for pattern in patterns("facts", "scope_unit_name"):
        m = pattern.search(bare)
        if m and not _cue("scope_not_a_name").search(m.group("name")):
            name = m.group("name")
            if department and (name in department or department.endswith(name)):
                return Scope.TOTAL, ""  # the report's own unit
            return Scope.UNIT, name
    if _cue("scope_own_level").search(before):
        return Scope.OWN_LEVEL, ""
    return Scope.UNSTATED, ""


def _part_of(text: str, owner: Fact | None, fig: Figure) -> bool:
    """Whether ``fig`` is listed among the parts of ``owner`` (``X，其中A a、B b``)."""
    return owner is not None and _listed_after(text, owner.figure, fig)


def _continues_list(text: str, head: Figure, fig: Figure) -> bool:
    """Whether ``fig`` is in ``head``'s sentence, or in the next one opening with its parts.

    ``全年实际支出856.40万元。其中：基本支出402.11万元…`` lists the head's parts in a
    sentence of their own.
    """
    if head.sentence_start == fig.sentence_start:
        return True
    if fig.sentence_start < head.amount.end:
        return False
    gap = text[head.amount.end : fig.sentence_start]
    if sum(gap.count(mark) for mark in "。！？") != 1 or gap.strip(" \t\u3000")[-1:] != "。":
        return False
    return bool(_cue("sentence_part_opener").match(text, fig.sentence_start))


def _listed_after(text: str, head: Figure, fig: Figure) -> bool:
    """Whether ``fig`` is listed among the parts of the figure ``head`` (``X，其中A a``)."""
    if head.sentence_start != fig.sentence_start:
        if not _continues_list(text, head, fig):
            return False
        between = text[fig.sentence_start : fig.amount.start]
        return "；" not in between and ";" not in between
    between = text[head.amount.end : fig.amount.start]
    if "；" in between or ";" in between:
        return False
    return _opens_parts(between)


def _opens_parts(between: str) -> bool:
    """Whether the words between a head and a figure open a list of the head's parts.

    ``其中``/``包括``…, or a classification (``按支出性质分，``, ``按经济分类：``).
    """
    return any(word in between for word in words("facts", "part_openers")) or bool(
        _cue("part_list_lead").search(between)
    )


def _text_facts(
    group: list[Figure],
    text: str,
    years: Sequence[YearMention],
    lexicon: Lexicon,
    report_year: int | None,
    title: str,
    department: str = "",
    column: str = "",
    subject_project: str = "",
    unit_of: Mapping[int, str] | None = None,
    *,
    maybe_other: bool = False,
) -> list[Fact]:
    """Facts of one text: a paragraph, or a cell holding text (``column``: its header).

    ``subject_project`` is the project the paragraph speaks of (its figures take its scope);
    ``unit_of`` names the sub-unit of figures in a parallel list, by amount start;
    ``maybe_other``: the paragraph may speak of a subject of its own (its figures keep the
    department's scope as a reading to confirm).
    """
    out: list[Fact] = []
    resolved: dict[Figure, Fact] = {}
    subject: Fact | None = None
    owner: Fact | None = None
    """The last figure that is not a listed part: the parts after its ``其中``/``包括``
    inherit its qualifiers."""
    heads: list[Fact] = []
    """The sentence's figures that are not parts: more than one kind of them makes an
    inherited qualifier a choice (:attr:`Qualifiers.ambiguous`)."""
    basis_only = _cue("basis_only")
    unread_head: Figure | None = None
    """The sentence's first figure when it is money read as no concept: the bare basis
    clauses after it (``实际支出b``) speak of it, not of the department's totals."""
    unit_head: tuple[Figure, Scope, str] | None = None
    """The last figure whose label names a sub-unit but no concept (``所属推广站2024年
    支出96.18万元，其中…``): the parts listed after it are that unit's."""
    basis_head: tuple[Figure, Basis] | None = None
    """The last money figure whose label states a basis but no concept (``本年可支配预算
    资金合计560.00万元，其中基本支出…``): the parts listed after it have that basis."""
    carried = -1
    target_marks: dict[int, tuple[int, int]] = {}
    """Per sentence start: where its first clause of targets ends and where its first
    results-checking word stands (-1: none), found once per sentence."""
    """The sentence whose figures are the parts of the sentence before's head."""
    for i, fig in enumerate(group):
        label = _new_budget_label(fig)
        concept = lexicon.concept_for(label, fig.kind, title, unit=fig.unit)
        parent = paren_parent(text, group, i)
        parent_fact = resolved.get(parent) if parent is not None else None
        if (
            owner is not None
            and owner.figure.sentence_start != fig.sentence_start
            and carried != fig.sentence_start
        ):
            # ``全年实际支出856.40万元。其中：…``: the parts of the one head of the sentence
            # before; with two heads there (``…9,021.45万元，较2024年的8,856.12万元增长``)
            # whose parts they are cannot be told.
            prev_heads = [
                h for h in heads if h.figure.sentence_start == owner.figure.sentence_start
            ]
            if len(prev_heads) == 1 and _continues_list(text, owner.figure, fig):
                carried = fig.sentence_start
            else:
                owner = None
        heads = [h for h in heads if h.figure.sentence_start == fig.sentence_start]
        if subject is not None and (
            subject.figure.sentence_start != fig.sentence_start
            or "；" in text[subject.figure.amount.end : fig.amount.start]
            or ";" in text[subject.figure.amount.end : fig.amount.start]
        ):
            # After ``；`` a bare ``实际支出`` speaks of the list's owner, not of the
            # last part listed (``预算9.00万元，其中接待费3.00万元；实际支出7.50万元``).
            subject = (
                owner
                if owner is not None and owner.figure.sentence_start == fig.sentence_start
                else None
            )
        subject_from = Origin.OWN
        bare = basis_only.match(_cue("year_prefix").sub("", clean_label(fig.label)))
        if subject is not None and not subject.concept.startswith("budget.") and bare:
            # ``“三公”经费预算9.50万元，决算8.72万元``: the second clause keeps the subject;
            # a budget concept names a basis, not a subject (``全年预算数a，实际支出b``).
            concept = lexicon.by_id(_kept_subject(subject.concept, bare.group(0)))
            own_subject = _clause_names(text, subject.figure, fig, lexicon, title)
            if own_subject is not None:
                # ``基本支出全年预算153.00万元；项目支出根据…编制，全年预算233.00万元``: the
                # clause names its own subject in words, the sentence's is not kept.
                concept = own_subject
            if concept is not None and fig.kind not in concept.kinds:
                concept = None
            subject_from = Origin.CLAUSE
        compared = _compared_subject(fig, owner or subject)
        if compared is not None:
            # ``“三公”经费支出6.42万元，其中…，较年初预算7.00万元节约…``: the base of a
            # comparison is the sentence head's, whatever parts were listed between.
            concept = lexicon.by_id(compared.concept)
            if concept is not None and fig.kind not in concept.kinds:
                concept = None
            subject_from = Origin.CLAUSE
        if unit_head is not None and unit_head[0].sentence_start != fig.sentence_start:
            unit_head = None
        if unread_head is not None and (
            unread_head.sentence_start != fig.sentence_start
            or any(mark in text[unread_head.amount.end : fig.amount.start] for mark in "；;")
        ):
            unread_head = None
        if basis_head is not None and (
            basis_head[0].sentence_start != fig.sentence_start
            or (owner is not None and owner.figure.amount.start > basis_head[0].amount.start)
        ):
            basis_head = None
        if concept is None and parent is None:
            head_basis = Basis.of(lexicon.basis_for(label)) if fig.kind == "money" else None
            if head_basis:
                basis_head = (fig, head_basis)
            head_scope = _head_subject_scope(fig.label, department)
            if head_scope[0] != Scope.UNSTATED:
                unit_head = (fig, *head_scope)
            if fig.kind == "money" and not any(
                f.sentence_start == fig.sentence_start for f in group[:i]
            ):
                unread_head = fig
        if (
            bare
            and concept is not None
            and concept.id in _DEPARTMENT_TOTALS
            and subject_from == Origin.OWN
            and unread_head is not None
        ):
            # ``公用经费中财政拨款安排96.00万元，实际支出91.80万元``: the bare clause speaks
            # of the sentence's head, which was not read; it is not the department's total.
            continue
        if (
            fig.threshold
            or concept is None
            or (fig.kind == "score" and fig.verb in ("计", "得", "扣", "评", "打"))
            or (fig.kind == "score" and _cue("points_heading").match(text, fig.amount.end))
        ):
            continue  # ``服务对象满意度8分：…`` names an indicator's points, not a value
        if _cue("another_group").match(text, clause_start(text, fig.amount.start)):
            continue  # ``在编58人，另有编外聘用21人``: another group, not the concept's
        noun = _modified_noun(text, fig, lexicon, title)
        if noun is not None and noun.id != concept.id:
            # ``年初预算760.00万元的项目支出``: the figure is the 项目支出's initial budget
            # (basis and year from the words before it), not the department's 年初预算.
            concept, subject_from = noun, Origin.CLAUSE
        role, role_word = figure_role(label, concept, fig.verb, fig.amount.raw)
        if (
            role == Role.LEVEL
            and lexicon.basis_for(label) is None
            and _opens_targets(text, fig, target_marks)
            and not _cue("target_result_after").match(text, fig.amount.end)
        ):
            role, role_word = Role.TARGET, ""  # ``年度绩效目标：预算执行率100%``
        respective = _respective_subject(text, group, i, concept)
        if respective is None:
            continue  # ``A、B…分别为a、b、c``: which value is whose cannot be told
        rest = _without_concept(label, concept)
        if respective:
            rest = respective + "·"
        elif compared is not None:
            rest = _cue("comparison_lead").sub("", clean_label(label), count=1) + "·"
        subject_concept = _budget_subject(rest, concept, fig, lexicon, title)
        if subject_concept is not None:
            # ``“三公”经费年初预算56.00万元``: the budget of the subject the label opens
            # with, not the department's 年初预算.
            concept, rest = subject_concept, _without_concept(label, subject_concept)
        is_part = parent is None and compared is None and _part_of(text, owner, fig)
        inherit = parent_fact or (owner if is_part else None)
        kind_of = _kind_of_another_head(concept, inherit, fig, lexicon)
        if kind_of is not None:
            # ``实有在职人员79人，其中行政编制21人``: the staff holding 行政编制 posts, a
            # part of the head's quantity, not the 行政编制 itself.
            concept, rest = kind_of, concept.name + "·"

        provenance: dict[str, Origin] = {"subject_from": subject_from}
        listed = False  # a part listed after a unit-named head without a concept
        all_sources = lexicon.names_all_sources(fig.label)
        source = None if all_sources else lexicon.source_for(fig.label)
        if source is not None or all_sources:
            # ``全口径预算执行率``: every source, stated (a typed "no source").
            provenance["source_from"] = Origin.OWN
        elif parent is not None:
            source = parent_fact.source if parent_fact else lexicon.source_for(parent.label)
        elif inherit is not None and inherit.source is not None:
            source = inherit.source
        elif bare and subject is not None and subject.source is not None:
            # ``财政拨款调整后预算3,936.00万元，实际支出3,900.00万元``: a clause naming only
            # a basis speaks of the money the clause before it named.
            source = subject.source
        if source is not None and "source_from" not in provenance:
            provenance["source_from"] = Origin.CLAUSE
        basis = Basis.of(lexicon.basis_for(label))
        provenance["basis_from"] = Origin.OWN if basis != Basis.UNSTATED else Origin.UNSTATED
        if basis == Basis.UNSTATED and inherit is not None and inherit.basis != Basis.UNSTATED:
            basis = inherit.basis
            provenance["basis_from"] = Origin.CLAUSE
        elif (
            basis == Basis.UNSTATED
            and inherit is None
            and basis_head is not None
            and _listed_after(text, basis_head[0], fig)
        ):
            # ``本年可支配预算资金合计560.00万元，其中基本支出318.00万元``: the parts of a
            # budget whose name the lexicon does not know are still that budget's.
            basis, listed = basis_head[1], True
            provenance["basis_from"] = Origin.CLAUSE
        if basis == Basis.UNSTATED and fig.kind == "money" and not concept.id.startswith("budget."):
            basis = section_basis(
                title, concept.id, text[fig.sentence_start : fig.amount.start], lexicon
            )
            if basis != Basis.UNSTATED:
                provenance["basis_from"] = Origin.SECTION
        implied_actual = basis == Basis.UNSTATED and _spent(concept, fig, text)
        year, year_from = _year(rest, text, fig, years, lexicon, report_year)
        if year_from == Origin.DOCUMENT and inherit is not None:
            # ``上年基本支出X，其中人员经费a``: a part states no year of its own, so it
            # has its head's, whether or not the parts add up.
            year, year_from = inherit.year, Origin.CLAUSE
        elif year_from == Origin.DOCUMENT and listed and basis_head is not None:
            # ``上年可支配预算资金合计…，其中基本支出…``: the budget's year is its parts'.
            head = basis_head[0]
            head_year, head_from = _year(head.label, text, head, years, lexicon, report_year)
            if head_from != Origin.DOCUMENT:
                year, year_from = head_year, Origin.CLAUSE
        provenance["year_from"] = year_from
        scope, scope_name = label_scope(rest, department)
        provenance["scope_from"] = Origin.OWN
        if scope == Scope.UNSTATED and concept.id == _PROJECT_SPENDING:
            named_project = _named_project(rest, lexicon) or _counted_projects(text, fig)
            if named_project:
                # ``文物保护项目支出210.00万元``: that project's spending, not the
                # department's 项目支出.
                scope, scope_name = Scope.UNIT, named_project
        if scope == Scope.UNSTATED and concept.id.startswith("rate."):
            part = _rate_part(rest, fig, lexicon, title)
            if part:
                # ``项目支出预算执行率95.10%``: the rate of a part, not the department's.
                scope, scope_name = Scope.UNIT, part
        if scope == Scope.UNSTATED and subject_concept is None and concept.id.startswith("budget."):
            part = _budget_part(rest, lexicon)
            if part:
                # ``会议费年初预算3.00万元，全年支出2.40万元``: the budget of the item the
                # label opens with (a kind of spending the lexicon does not name), and the
                # clauses after it go on about that item, not the department's totals.
                scope, scope_name = Scope.UNIT, part
        if scope == Scope.UNSTATED and concept.id in _DEPARTMENT_TOTALS:
            listed_items = _listed_group(rest)
            if listed_items:
                # ``上级补助、培训和场地租赁等收入合计512万元``: the listed group's total,
                # not the department's 收入合计.
                scope, scope_name = Scope.UNIT, listed_items
        if scope == Scope.UNSTATED and parent is not None:
            head_concept = (
                parent_fact.concept
                if parent_fact is not None
                else _column_concept(parent, column, lexicon, title)
            )
            scope, scope_name = _bracketed_part_scope(
                rest, concept, source, parent, parent_fact, head_concept, department
            )
            if scope == Scope.UNSTATED and parent_fact is None:
                scope, scope_name = _colon_subject(text, parent, department)
            if scope != Scope.UNSTATED:
                provenance["scope_from"] = Origin.CLAUSE
        if kind_of is not None and scope == Scope.UNSTATED:
            scope, scope_name = Scope.UNIT, rest.split("·")[0]
            provenance["scope_from"] = Origin.CLAUSE
        if scope == Scope.UNSTATED and inherit is not None and inherit.scope != Scope.TOTAL:
            scope, scope_name = inherit.scope, inherit.scope_name
            provenance["scope_from"] = Origin.CLAUSE
        elif (
            scope == Scope.UNSTATED
            and is_part
            and owner is not None
            and owner.concept == concept.id
            and owner.source == source
        ):
            # ``全局编制614名，其中455名…``: a listed part of the same quantity is a part.
            scope, scope_name = Scope.UNIT, rest.split("·")[0] or "所列分项"
            provenance["scope_from"] = Origin.CLAUSE
        elif scope == Scope.UNSTATED and parent is None:
            # ``县妇幼保健院编制120名，在编118人``: the clause goes on about the unit
            # the sentence named.
            named = _scoped_before(text, heads, fig)
            unit_parts = _unit_head_parts(text, unit_head, heads, fig)
            opener = _colon_subject(text, fig, department)
            if named is not None:
                scope, scope_name = named.scope, named.scope_name
                provenance["scope_from"] = Origin.CLAUSE
            elif unit_parts is not None:
                scope, scope_name = unit_parts
                provenance["scope_from"] = Origin.CLAUSE
                listed = True
            elif opener[0] != Scope.UNSTATED:
                # ``县林业技术推广站：支出合计96.18万元…``: the sentence's subject.
                scope, scope_name = opener
                provenance["scope_from"] = Origin.CLAUSE
            elif _own_level_head(text, fig):
                # ``某局（本级）核定编制59名``: the sentence opens with its own level.
                scope, scope_name = Scope.OWN_LEVEL, ""
        if scope == Scope.UNSTATED:
            project = _project_subject(text, fig)
            if project:
                # ``（一）农村公路养护项目。该项目…实际支出341.27万元``: the project's figures.
                scope, scope_name = Scope.UNIT, project
                provenance["scope_from"] = Origin.CLAUSE
        if scope in (Scope.UNSTATED, Scope.SUBORDINATE) and unit_of and fig.amount.start in unit_of:
            # ``其中：县能源办一般公共预算收入65.00万元，县水产良种场…``: each unit's own
            # (one of the 所属单位 a sentence's head may have named).
            scope, scope_name = Scope.UNIT, unit_of[fig.amount.start]
            provenance["scope_from"] = Origin.CLAUSE
        if scope == Scope.UNSTATED and subject_project:
            # ``（一）高标准农田建设工程`` / ``3.示范村创建行动：…``: the paragraph's subject.
            scope, scope_name = Scope.UNIT, subject_project
            provenance["scope_from"] = Origin.SECTION
        unsure_scope = False
        if scope == Scope.UNSTATED and maybe_other:
            # ``（一）义务教育薄弱环节改善：年初预算24,000万元…`` in a department of
            # 36,400万元: the department's by default, a project's by its layout.
            scope, unsure_scope = Scope.TOTAL, True
            provenance["scope_from"] = Origin.SECTION
        if scope == Scope.UNSTATED:
            scope = Scope.TOTAL  # the report speaks of its department unless it says otherwise
            provenance["scope_from"] = Origin.DOCUMENT
        fact = Fact(
            concept=concept.id,
            concept_name=concept.name,
            figure=fig,
            year=year,
            scope=scope,
            basis=basis,
            source=source,
            origin="formula" if _formula_term(text, fig) else "text",
            scope_name=scope_name,
            role=role,
            role_word=role_word,
            implied_actual=implied_actual,
            rated=rated_object(fig.label, concept) or results_object(text, fig, concept),
            provenance=Qualifiers(
                **provenance,
                ambiguous=unsure_scope
                or (
                    parent is None
                    and (
                        (
                            subject_from == Origin.CLAUSE
                            and _ambiguous(heads, subject, subject_only=True)
                        )
                        or _ambiguous(heads, inherit if is_part else None)
                    )
                ),
            ),
        )
        resolved[fig] = fact
        out.append(fact)
        if role != Role.LEVEL:
            continue  # a change or an average heads no list and is no clause's subject
        if parent is None:
            subject = fact
            if not is_part and not listed:
                owner = fact
                heads.append(fact)
    return out


def _kind_of_another_head(
    concept: Concept, head: Fact | None, fig: Figure, lexicon: Lexicon
) -> Concept | None:
    """The head's concept when ``concept`` is a kind of another quantity than the head's.

    Parts take their quantity from their head: under ``实有在职人员79人，其中…`` a
    ``行政编制21人`` is the head's staff in 行政编制 posts (实有人数 of that part), while
    under ``核定编制85名，其中…`` it is the 行政编制 itself. None: the part is read as
    its own label says.
    """
    if head is None or not concept.part_of or head.concept in (concept.part_of, concept.id):
        return None
    own = lexicon.by_id(head.concept)
    if own is None or fig.kind not in own.kinds:
        return None
    return own


def _head_subject_scope(label: str, department: str = "") -> tuple[Scope, str]:
    """The part of the department a head figure's label names before its quantity words.

    ``所属县林业技术推广站2024年支出`` → the 推广站; a label naming no unit → UNSTATED.
    """
    text = clean_label(label)
    end = _cue("head_subject_end").search(text)
    scope, name = label_scope(text[: end.start()] if end else text, department)
    if scope in (Scope.UNIT, Scope.SUBORDINATE, Scope.OWN_LEVEL):
        return scope, name
    return Scope.UNSTATED, ""


def _unit_head_parts(
    text: str,
    unit_head: tuple[Figure, Scope, str] | None,
    heads: Sequence[Fact],
    fig: Figure,
) -> tuple[Scope, str] | None:
    """The sub-unit scope of a part listed after a unit-named head (``…，其中基本支出a``).

    Only when the head is the sentence's latest, the part follows a 其中/包括 and no
    ``；`` stands between.
    """
    if unit_head is None:
        return None
    head = unit_head[0]
    if heads and heads[-1].figure.amount.start > head.amount.start:
        return None
    between = text[head.amount.end : fig.amount.start]
    if "；" in between or ";" in between:
        return None
    if not _opens_parts(between):
        return None
    return unit_head[1], unit_head[2]


def _colon_subject(text: str, fig: Figure, department: str = "") -> tuple[Scope, str]:
    """A sub-unit (or the own level) named at the head of the figure's sentence before a colon.

    ``县林业技术推广站：2024年支出96.18万元…`` speaks of the 推广站, ``某局机关：…`` of
    the department's own level. Only a colon in
    the sentence's first clause counts; UNSTATED otherwise.
    """
    head = text[fig.sentence_start : fig.amount.start]
    colon = min((i for i in (head.find("："), head.find(":")) if i >= 0), default=-1)
    if colon <= 0 or any(mark in head[:colon] for mark in "，,；;"):
        return Scope.UNSTATED, ""
    scope, name = label_scope(clean_label(head[:colon]), department)
    if scope in (Scope.UNIT, Scope.SUBORDINATE, Scope.OWN_LEVEL):
        return scope, name  # ``某局机关：2024年支出…``: the 本级 unit's own lines
    return Scope.UNSTATED, ""


def _bracketed_part_scope(
    rest: str,
    concept: Concept,
    source: str | None,
    parent: Figure,
    parent_fact: Fact | None,
    head_concept: str | None,
    department: str = "",
) -> tuple[Scope, str]:
    """The scope of a figure inside the brackets that explain ``parent``.

    ``核定编制28名（其中参公编制18名、事业编制10名）``: a bracketed figure of the head's
    own quantity is one of its parts, not the whole again. ``所属推广站支出96.18万元（基本
    支出71.18万元，…）``: the parts are the sub-unit's, even when the head names no
    concept of its own (its scope is read from its label). ``head_concept`` is the
    head's concept, from its fact or, in a table cell (``32（其中参公编制20）``), from the
    cell's column. UNSTATED: neither.
    """
    same_source = parent_fact is None or parent_fact.source == source
    if head_concept == concept.id and same_source:
        name = _cue("part_row_lead").sub("", rest.split("·")[0])
        return Scope.UNIT, name or "所列分项"
    if parent_fact is not None:
        return Scope.UNSTATED, ""
    return _head_subject_scope(parent.label, department)


def _column_concept(fig: Figure, column: str, lexicon: Lexicon, title: str) -> str | None:
    """The concept the header of the cell holding ``fig`` names (``编制数``), or None."""
    header = fig.column_path[-1] if fig.column_path else column
    if not header:
        return None
    concept = lexicon.concept_for(header, fig.kind, title, unit=fig.unit)
    return concept.id if concept is not None else None


def _column_leaf(table: Table, column: int) -> str:
    """The lowest header over a table column (empty when the table has none)."""
    paths = column_paths(table)
    return paths[column][-1] if 0 <= column < len(paths) and paths[column] else ""


def _new_budget_label(fig: Figure) -> str:
    """The label as a reader means it when a budget is said to become the figure.

    ``项目支出预算调整为880.00万元`` states 项目支出's adjusted budget (the verb makes it
    the new level, not a change): read as ``项目支出调整后预算``. Other labels unchanged.
    """
    m = _cue("budget_changed_to").search(fig.label)
    if m is None or not (m.group("verb") or _cue("level_verb").fullmatch(fig.verb)):
        return fig.label
    return fig.label[: m.start()] + words("facts", "adjusted_budget_label")[0]


def _budget_subject(
    rest: str, concept: Concept, fig: Figure, lexicon: Lexicon, title: str
) -> Concept | None:
    """The concept a budget label opens with (``“三公”经费`` in ``“三公”经费年初预算``).

    None when the words before the budget name no other concept, a funding source
    (``财政拨款年初预算`` keeps its concept and takes the source) or a department total.
    """
    if not concept.id.startswith("budget."):
        return None
    before = _cue("year_prefix").sub("", rest.split("·")[0])
    if not before or lexicon.source_for(before) is not None:
        return None
    other = lexicon.concept_for(before, fig.kind, title, unit=fig.unit)
    if other is None or other.id.startswith("budget.") or other.id in _DEPARTMENT_TOTALS:
        return None
    return other


def _listed_group(rest: str) -> str:
    """The items a total's label lists before it (``上级补助、培训和场地租赁等``), if any."""
    before = rest.split("·")[0]
    return before if _cue("listed_group").search(before) else ""


def _budget_part(rest: str, lexicon: Lexicon) -> str:
    """The item a budget's label names before its basis (``会议费`` in ``会议费年初预算``).

    Empty when the words before the budget name nothing, a funding source (``财政拨款年初
    预算`` is the department's budget from that source) or are not an item of spending.
    """
    before = _cue("year_prefix").sub("", rest.split("·")[0])
    before = _cue("scope_name_trail").sub("", _cue("scope_name_lead").sub("", before))
    if not before or lexicon.source_for(before) is not None:
        return ""
    if _cue("budget_part_whole").search(before) or not _cue("budget_part").search(before):
        return ""
    return before


def _rate_part(rest: str, fig: Figure, lexicon: Lexicon, title: str) -> str:
    """The part a rate's label names before the rate (``项目支出`` in ``项目支出预算执行率``).

    Empty when the words before the rate name no concept and no part (a year, 本局).
    """
    before = _cue("year_prefix").sub("", rest.split("·")[0])
    before = _cue("scope_name_trail").sub("", _cue("scope_name_lead").sub("", before))
    if not before:
        return ""
    other = lexicon.concept_for(before, "money", title)
    if (other is not None and other.id not in _DEPARTMENT_TOTALS) or _cue("rate_part").search(
        before
    ):
        return before
    return ""


def _respective_subject(
    text: str, group: Sequence[Figure], index: int, concept: Concept
) -> str | None:
    """The subject a ``分别`` list gives the figure (``局本级和监测站的执行率分别是a和b``).

    ``""`` when the figure is in no such list (or the list names no subjects before the
    concept); None when subjects and values do not pair up one to one.
    """
    fig = group[index]
    head = text[fig.sentence_start : fig.amount.start]
    at = head.rfind("分别")
    if at < 0:
        return ""
    start = max(head.rfind(ch, 0, at) for ch in "，,；;。：:") + 1
    phrase = clean_label(head[start:at])
    m = next((p.search(phrase) for p in concept.patterns if p.search(phrase)), None)
    if m is None or m.start() == 0:
        return ""
    subjects = [
        s
        for s in (
            _cue("scope_name_trail").sub("", _cue("scope_name_lead").sub("", part))
            for part in _cue("respective_join").split(phrase[: m.start()])
        )
        if s
    ]
    if len(subjects) < 2:
        return ""
    list_start = fig.sentence_start + at
    values = [
        f for f in group if f.sentence_start == fig.sentence_start and f.amount.start > list_start
    ]
    values = [
        f for f in values if not any(mark in text[list_start : f.amount.start] for mark in "，,；;")
    ]
    if len(values) != len(subjects) or fig not in values:
        return None
    return subjects[values.index(fig)]


_FLOW_COUNTERPART = {"income.total": "expenditure.total"}
"""A bare ``支出`` after a 收入 total (``全年收入1,870.60万元，支出1,863.20万元``) is the
department's spending: the opposite flow, not a second value of the income."""


def _opens_targets(text: str, fig: Figure, marks: dict[int, tuple[int, int]]) -> bool:
    """Whether a clause of targets opens before the figure in its sentence, none checking results.

    Found once per sentence (a long list of figures in one sentence costs linear work).
    """
    start = fig.sentence_start
    if start not in marks:
        end = text.find("。", start)
        sentence = text[start : end if end >= 0 else len(text)]
        target = _cue("target_clause").search(sentence)
        checked = _cue("target_checked").search(sentence)
        marks[start] = (
            start + target.end() if target else -1,
            start + checked.start() if checked else -1,
        )
    target_end, checked_at = marks[start]
    if target_end < 0 or target_end > fig.amount.start:
        return False
    return checked_at < 0 or checked_at >= fig.amount.start


def _clause_names(
    text: str, subject: Figure, fig: Figure, lexicon: Lexicon, title: str
) -> Concept | None:
    """The concept a clause after ``；`` opens with in words, before a bare basis figure."""
    between = text[subject.amount.end : fig.amount.start - len(fig.label)]
    cut = max(between.rfind("；"), between.rfind(";"))
    if cut < 0:
        return None
    head = re.split(r"[，,：:]", between[cut + 1 :], maxsplit=1)[0][:CLAUSE_SUBJECT_CHARS]
    named = lexicon.concept_for(head, fig.kind, title, unit=fig.unit)
    return None if named is None or named.id.startswith("budget.") else named


CLAUSE_SUBJECT_CHARS = 8
"""Characters of a clause's opening read for the subject it names (``项目支出根据…``)."""


def _compared_subject(fig: Figure, head: Fact | None) -> Fact | None:
    """The fact a comparison base speaks of (``较年初预算7.00万元``, ``比2024年支出…``).

    Only a label that is a comparison word and a bare basis, after a head of the same
    sentence that is no budget concept itself.
    """
    if head is None or head.figure.sentence_start != fig.sentence_start:
        return None
    if head.concept.startswith("budget."):
        return None
    label = clean_label(fig.label)
    lead = _cue("comparison_lead").match(label)
    if lead is None:
        return None
    core = _cue("year_prefix").sub("", label[lead.end() :])
    return head if _cue("compared_basis").fullmatch(core) else None


def _kept_subject(subject: str, bare: str) -> str:
    """The concept a bare basis word takes from the clause's subject."""
    counterpart = _FLOW_COUNTERPART.get(subject)
    if counterpart is not None and _cue("spending_word").search(bare):
        return counterpart
    return subject


def _formula_term(text: str, fig: Figure) -> bool:
    """Whether a number stands right of ``=`` in its sentence (``=在用资产180.5/…``).

    It is a formula's operand, compared with the body by AR004/AR008, not a second
    statement of its quantity; the rate a formula gives is still its own statement.
    """
    return fig.kind != "percent" and any(
        ch in text[fig.sentence_start : fig.amount.start] for ch in "=＝"
    )


_PROJECT_SPENDING = "expenditure.project"
"""The department's 项目支出; a label that names a project before it is that project's."""


def _counted_projects(text: str, fig: Figure) -> str:
    """The projects a count right before a 项目支出 label names (``A、B两个项目支出合计``)."""
    lead = text[fig.sentence_start : fig.amount.start - len(fig.label)]
    m = _cue("project_count_before").search(lead)
    if m is None:
        return ""
    clause = re.split(r"[，,；;：:]", lead)[-1].strip()
    return clause + "项目" if clause else "所列项目"


def _named_project(rest: str, lexicon: Lexicon) -> str:
    """The project a 项目支出 label names before its concept (``文物保护·`` → 文物保护项目)."""
    before = _cue("year_prefix").sub("", rest.split("·")[0])
    name = _cue("project_name_lead").sub("", before)
    if _cue("project_set").search(name) and not _cue("not_a_project_name").search(name):
        # ``社区环境整治、老旧小区配套改造两个项目支出合计…``: the listed projects' spending.
        return name + "项目"
    if (
        len(name) < 3
        or not re.fullmatch(r"[\u4e00-\u9fff“”]+", name)
        or _cue("not_a_project_name").search(name)
        or lexicon.source_for(name)
        or lexicon.basis_for(name)
    ):
        return ""
    return name + "项目"


CLAUSES_BACK = 4
"""Clauses before a figure looked at for a funded item's name (a bound, so that a long
list costs linear work)."""
CLAUSE_HEAD = 48
"""Characters of a clause's opening read for that name (30 of name, then its money word)."""


def _project_subject(text: str, fig: Figure) -> str:
    """The project a paragraph or the figure's sentence is about (``该项目``), or "".

    A clause of the figure's sentence may name it too (``为改善空气质量，大气污染防治
    专项预算3,200.00万元，全年支出3,010.50万元``): the nearest clause before the figure
    (with no ``；`` between) that opens with a funded item's name
    (``project_clause_subject``) names the figure's subject, unless that name is the
    department's own money (``项目资金``, ``“三公”经费``: ``not_a_project``).
    """
    lo = max(
        fig.sentence_start,
        text.rfind("；", fig.sentence_start, fig.amount.start) + 1,
        text.rfind(";", fig.sentence_start, fig.amount.start) + 1,
    )
    pos = fig.amount.start
    for _ in range(CLAUSES_BACK):
        # the nearest clause mark before, else the sentence's own opening
        # (``信息化建设专项支出合计282.64万元``)
        mark = max(max(text.rfind(ch, lo, pos) for ch in "，,：:"), lo - 1)
        head = text[mark + 1 : min(fig.amount.start, mark + 1 + CLAUSE_HEAD)]
        for pattern in patterns("facts", "project_clause_subject"):
            m = pattern.search(head)
            if m and not any(
                p.search(m.group("name")) for p in patterns("subjects", "not_a_project")
            ):
                return m.group("name")
        if mark < lo:
            break
        pos = mark
    for start, key in (
        (0, "project_subject"),
        (fig.sentence_start, "project_subject"),
        (fig.sentence_start, "project_item_subject"),
    ):
        head = text[start : fig.amount.start]
        for pattern in patterns("facts", key):
            m = pattern.search(head)
            if m and not any(
                p.search(m.group("name")) for p in patterns("subjects", "not_a_project")
            ):
                return m.group("name")
    return ""


def is_change(label: str) -> bool:
    """A label stating a change (``本年收入较上年增加``), not the quantity itself."""
    return any(p.search(clean_label(label)) for p in patterns("facts", "change_label"))


def _modified_noun(text: str, fig: Figure, lexicon: Lexicon, title: str) -> Concept | None:
    """The concept of the noun a figure modifies (``年初预算760.00万元的项目支出``), or None.

    Only a budget label (``年初预算``, ``调整后预算``) before the figure and a concept
    that is no budget word after ``的``.
    """
    m = _cue("modified_noun").match(text, fig.amount.end)
    if m is None or lexicon.basis_for(fig.label) is None:
        return None
    noun = lexicon.concept_for(m.group("noun"), fig.kind, title, unit=fig.unit)
    if noun is None or noun.id.startswith("budget."):
        return None
    return noun


def figure_role(
    label: str, concept: Concept, verb: str = "", written: str = ""
) -> tuple[Role, str]:
    """What the figure is of its concept: the level, a change, a per-head value, a remainder.

    A change is told by the label's end (``公用经费调整``, ``比上年增加``, ``较上年加快``),
    by the words just before the concept (``年中追加项目支出``, ``增加了项目支出``) or by
    the figure ``written`` in percentage points (``2.3个百分点``): a concept whose own
    name holds the change word (``年中追加预算``) keeps its level. A remainder is told by
    the words just before the concept (``未支付的财政拨款``, ``结余的基本支出``) or a balance
    word just after it (``基本支出结余``, ``项目支出结转``). A per-head value names per what (``人均公用经费``, ``生均``, ``平均每名学员``).
    """
    rest = _without_concept(label, concept)
    before = rest.split("·")[0]
    tail = not _cue("level_verb").fullmatch(verb) and _cue("change_tail").search(
        rest.replace("·", "")
    )
    if (
        is_change(label)
        or tail
        or _cue("change_lead").search(before)
        or _cue("change_unit").search(written)
    ):
        return Role.CHANGE, ""
    remainder = _cue("remainder_lead").search(before)
    if remainder:
        return Role.REMAINDER, remainder.group(0)
    after = rest.split("·")[1] if "·" in rest else ""
    balance = _cue("remainder_tail").match(after)
    if balance and not _cue("balance_word").search(concept.name):
        # ``基本支出结余``; but ``上年结转结余`` is the carry-over itself.
        return Role.REMAINDER, balance.group(0)
    m = _cue("per_head").search(clean_label(label))
    if m:
        return Role.PER_HEAD, m.group(0)
    return Role.LEVEL, ""


def _scoped_before(text: str, heads: Sequence[Fact], fig: Figure) -> Fact | None:
    """The sentence's last head when it named a part of the department.

    Only while the clauses since then (no ``；``) go on about it.
    """
    for head in reversed(heads):
        if head.provenance.scope_from != Origin.OWN or head.scope == Scope.TOTAL:
            return None
        between = text[head.figure.amount.end : fig.amount.start]
        return None if "；" in between or ";" in between else head
    return None


def _own_level_head(text: str, fig: Figure) -> bool:
    """Whether the figure's clause, the first of its sentence, opens with the own level.

    The subject sits before the label (a parenthesis ends a label), as in
    ``某县某局（本级）核定编制59名``.
    """
    head = text[fig.sentence_start : fig.amount.start]
    if any(mark in head for mark in "，,；;：:") or _cue("scope_whole").search(head):
        return False  # ``本局（含机关本级）核定编制93名`` is the whole department
    if any(word in head for word in words("facts", "part_openers")):
        return False
    return bool(_cue("scope_own_level_head").search(head))


def _ambiguous(heads: Sequence[Fact], used: Fact | None, *, subject_only: bool = False) -> bool:
    """Whether another head of the sentence could have given what ``used`` gave.

    For a bare ``决算8.72万元`` taking the sentence's subject only the concepts of the
    heads matter; for a listed part inheriting its head's basis, concept and basis do.
    """
    if used is None:
        return False
    if subject_only:
        return any(h.concept != used.concept for h in heads if h is not used)
    return any((h.concept, h.basis) != (used.concept, used.basis) for h in heads if h is not used)


def _spent(concept: Concept, fig: Figure, text: str) -> bool:
    """Whether a money figure of spending whose basis nothing states is actual by implication.

    ``支出`` names money spent: ``部门整体支出3,481.27万元`` in a conclusion is what was
    spent unless its clause speaks of a budget or plan (``预算安排支出…``).
    """
    if fig.kind != "money" or not _cue("spent_concepts").search(concept.id):
        return False
    clause = text[clause_start(text, fig.amount.start) : fig.amount.start]
    return not _cue("spent_not_actual").search(clause)


def section_basis(
    title: str, concept: str = "", said: str = "", lexicon: Lexicon | None = None
) -> Basis:
    """The basis a section heading states for its money figures (innermost heading first).

    ``二、部门决算情况`` → actual, ``一、部门预算情况`` → budget; an indicator heading
    (``预算执行率``) states none, and neither does a heading whose 预算 names the topic
    (``二、部门预算收支情况``). A heading alone never makes a budget of a quantity that
    is no budget (a year-end balance, ``concept``) or of a figure whose own words
    (``said``: its sentence before it, its row and column) state execution.
    """
    for heading in title.split(" "):
        if _cue("section_actual").search(heading):
            return Basis.ACTUAL
        if _cue("section_budget").search(heading):
            if _cue("section_budget_never").search(concept) or (
                lexicon is not None and said and lexicon.basis_for(said) == Basis.ACTUAL
            ):
                return Basis.UNSTATED
            return Basis.BUDGET
    return Basis.UNSTATED


def rated_object(label: str, concept: Concept) -> str:
    """What a figure of a concept named by its object is of (``提案办理满意率``: 提案办理).

    Empty for other concepts or when the label states none. Leading words that date or place the statement (``2024年度``, ``本会``, ``经测评``) and
    words that qualify the measure rather than its object (``综合``, ``总体``) are dropped.
    """
    if not concept.names_object:
        return ""
    text = clean_label(label)
    for p in concept.patterns:
        m = p.search(text)
        if m:
            before = text[: m.start()]
            break
    else:
        return ""
    before = _cue("rate_object_lead").sub("", before)
    return _cue("rate_object_trail").sub("", before)


def results_object(text: str, fig: Figure, concept: Concept) -> str:
    """What a rate computed from a count of results is of, when its label names nothing.

    ``参加能力验证30项，其中29项结果满意，满意率96.7%``: the rate is of the 30 能力验证,
    not a satisfaction survey, whatever its name; its object is the words the count of
    results is out of (``参加能力验证``), or ``结果`` when the sentence names none.
    """
    if not concept.names_object:
        return ""
    before = text[clause_start(text, fig.amount.start, "。；;！？!?") : fig.amount.start]
    results = list(_cue("rate_of_counted_results").finditer(before))
    if not results:
        return ""
    head = _cue("results_lead").sub("", before[: results[-1].start()])
    head = head[clause_start(head, len(head)) :]
    total = _cue("counted_total").search(head)
    if total is None:
        return "结果"
    named = _cue("rate_object_lead").sub("", clean_label(head[: total.start()]))
    return _cue("rate_object_trail").sub("", named) or "结果"


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
) -> tuple[int | None, Origin]:
    offset = lexicon.year_offset(rest)
    if offset is not None and report_year is not None and offset != 0:
        return report_year + offset, Origin.OWN
    explicit = [
        y for y in years if y.range_end is None and fig.sentence_start <= y.start < fig.amount.start
    ]
    start = clause_start(text, fig.amount.start)
    if _cue("this_year").search(text[start : fig.amount.start]) and not any(
        y.start >= start for y in explicit
    ):
        # ``上年度（2022年）…26.80万元，本年度…25.50万元``: the clause names its own year.
        return report_year, Origin.OWN
    if explicit:
        own = explicit[-1].start >= start
        return explicit[-1].year, Origin.OWN if own else Origin.CLAUSE
    return report_year, Origin.DOCUMENT


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
    if lexicon.source_for(leaf) is not None:
        return [(path_text, "column")]
    return []


# Concepts that name a department-wide total: inside a table whose caption names
# another subject (``“三公”经费支出情况``) a ``支出合计`` is that subject's total.
_DEPARTMENT_TOTALS = frozenset(
    {"expenditure.total", "income.total", "expenditure.grand_total", "income.grand_total"}
)


def _has_initial_budget_column(table: Table) -> bool:
    """Whether a table's header names a 年初预算 column (beside a 全年预算 one, say)."""
    return any(
        _cue("initial_budget_header").search(clean_label(cell.text))
        for row in table.grid[: table.header_rows]
        for cell in row
    )


def _corner(table: Table) -> str:
    """The header over the row labels (``“三公”经费`` in ``| “三公”经费 | 本年支出 |``)."""
    if table.header_rows < 1 or not table.grid or not table.grid[0]:
        return ""
    cell = table.grid[0][0]
    return cell.text if cell.colspan < table.n_cols else ""


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
    for label, axis in candidates:
        if not label:
            continue
        concept = lexicon.concept_for(label, fig.kind, context, unit=fig.unit)
        if concept is None:
            continue
        other = row_leaf if axis == "column" else leaf
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
        if axis == "column" and row_source:
            scope, scope_name = Scope.TOTAL, ""  # rows are funding sources, not units
        elif axis == "column" and row_leaf and _names_concept(row_leaf, concept, fig, lexicon):
            # ``在编人员 | 28 | 26`` under ``编制数 | 年末实有数``: the row names the
            # quantity's own group, not a sub-unit.
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
        if (
            scope == Scope.TOTAL
            and (concept.id in _DEPARTMENT_TOTALS or concept.id.startswith("budget."))
            and (project_rows or _project_table(caption, corner))
        ):
            # The 合计 of ``重点项目资金情况`` is the listed projects' total.
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
            role=Role.PER_HEAD if per_head else Role.LEVEL,
            role_word=per_head.group(0) if per_head else "",
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
    for texts, origin in (
        (labels, Origin.LABEL),
        ([leaf, path_text], Origin.HEADER),
        ([caption or ""], Origin.CAPTION),
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
    path = " ".join(fig.column_path)
    rows = "" if row_source else " ".join(_label_texts(fig, label, axis, lexicon))
    header = label + " " + path if axis == "column" else path
    if rows.strip() and lexicon.basis_only_implied(rows) and lexicon.basis_for(header):
        rows = ""  # ``本年支出合计`` under ``2024年预算数``: the header states the basis
    for text, origin in (
        (rows, Origin.LABEL),
        (header, Origin.HEADER),
        (caption or "", Origin.CAPTION),
    ):
        basis = Basis.of(lexicon.basis_for(text)) if text.strip() else Basis.UNSTATED
        if basis != Basis.UNSTATED:
            return basis, origin
    return Basis.UNSTATED, Origin.UNSTATED
