"""Facts read from running text: a paragraph, or a table cell that holds text.

:func:`_text_facts` walks one text's labelled figures and gives each its concept and
qualifiers from its label and the clauses around it (:mod:`.clauses`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from auditor.read.facts.clauses import (
    REMAINDER_CONCEPTS,
    _ambiguous,
    _bracketed_part_scope,
    _budget_part,
    _budget_subject,
    _clause_names,
    _colon_subject,
    _compared_subject,
    _continues_list,
    _counted_group,
    _counted_projects,
    _head_subject_scope,
    _kept_subject,
    _kind_of_another_head,
    _listed_after,
    _listed_group,
    _modified_noun,
    _named_project,
    _opens_targets,
    _own_level_head,
    _part_of,
    _project_subject,
    _projects_counted,
    _rate_part,
    _respective_subject,
    _scoped_before,
    _spent,
    _unit_head_parts,
    _year,
    results_object,
    share_of_own_whole,
)
from auditor.read.facts.labels import (
    _DEPARTMENT_TOTALS,
    _cue,
    _without_concept,
    label_scope,
    rated_object,
    section_basis,
)
from auditor.read.facts.model import Fact
from auditor.read.facts.roles import figure_role
from auditor.read.figures import Figure, cue
from auditor.read.lexicon import Concept, Lexicon, clean_label
from auditor.read.qualifiers import Basis, Origin, Qualifiers, Role, Scope
from auditor.read.relations import holds_calculation
from auditor.read.textindex import open_before
from auditor.read.wording import patterns, words
from auditor.text.normalise import clause_start
from auditor.text.numbers import YearMention


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
    year_head: Figure | None = None
    """The last money figure read as no concept (``上年支出2,410.00万元。其中：…``): the
    parts listed after it have its year, when it states one."""
    titled = _titled_concept(text, lexicon, title)
    """The quantity a paragraph titled by its rate speaks of (``3.“三公”经费控制率。实际支出
    1.86万元，预算2.40万元``): its bare 实际支出/预算 are that quantity's."""
    carried = -1
    target_marks: dict[int, tuple[int, int]] = {}
    """Per sentence start: where its first clause of targets ends and where its first
    results-checking word stands (-1: none), found once per sentence."""
    """The sentence whose figures are the parts of the sentence before's head."""
    for i, fig in enumerate(group):
        label = _new_budget_label(fig)
        concept = lexicon.concept_for(label, fig.kind, title, unit=fig.unit) or _changed_concept(
            label, fig, lexicon, title
        )
        if concept is not None and _joint_total(label, fig, lexicon, title):
            # ``人员经费和公用经费合计1,334.72万元``: the sum of two quantities, neither one
            concept = None
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
        if subject is not None and not subject.concept.startswith(("budget.", "balance.")) and bare:
            # (a balance, ``结余8.85万元；…预算85.00万元，执行78.36万元``, has no outturn of
            # its own: a bare 执行 after it is the next clause's.)
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
        topic = _topic_concept(text, fig, lexicon, title)
        if (
            (titled is not None or topic is not None)
            and bare
            and subject_from == Origin.OWN
            and not any(h.figure.sentence_start == fig.sentence_start for h in heads)
        ):
            # ``3.“三公”经费控制率。实际支出1.86万元，预算2.40万元``: the title's quantity;
            # ``“三公”经费方面，全年预算8.6万元，实际支出7.1万元``: the sentence's topic.
            concept = lexicon.by_id(_kept_subject(topic or titled or "", bare.group(0)))
            subject_from = Origin.CLAUSE if topic is not None else Origin.SECTION
        changed = _changed_budget(fig, heads, lexicon) if concept is None else None
        if changed is not None:
            # ``年初预算1,540.00万元，…调减45.00万元``: a change of the sentence's budget.
            concept, subject_from = changed, Origin.CLAUSE
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
            # ``上年决算支出2,410.00万元。其中：基本支出…``: a sentence opening with the
            # head's parts keeps its basis (and year) too, when that head opens its own.
            not _continues_list(text, basis_head[0], fig)
            or (
                basis_head[0].sentence_start != fig.sentence_start
                and basis_head[0] is not year_head
            )
            or (owner is not None and owner.figure.amount.start > basis_head[0].amount.start)
        ):
            basis_head = None
        if year_head is not None and (
            not _continues_list(text, year_head, fig)
            or (owner is not None and owner.figure.amount.start > year_head.amount.start)
        ):
            year_head = None
        if concept is None and parent is None and _opens_sentence(group, i):
            year_head = fig
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
            concept is not None
            and concept.id.startswith("balance.")
            and _cue("bare_balance").fullmatch(clean_label(fig.label))
            and _named_budget_before(text, fig)
        ):
            # ``粮改饲…补助全年预算300.00万元，执行276.83万元，…结余23.17万元``: the named
            # item's balance, not the department's.
            continue
        counted_projects = None
        if (
            bare
            and concept is not None
            and concept.id == _DEPARTMENT_SPENDING
            and subject_from == Origin.OWN
        ):
            counted_projects = _projects_counted(text, fig)
            if counted_projects is not None:
                # ``全年共实施项目6个，实际支出…``: the projects' spending, not 支出合计.
                concept, subject_from = lexicon.by_id(_PROJECT_SPENDING), Origin.CLAUSE
        projects_budget = (
            _projects_counted(text, fig)
            if _cue("budget_only").match(_cue("year_prefix").sub("", clean_label(fig.label)))
            and concept is not None
            and concept.id.startswith("budget.")
            and subject_from == Origin.OWN
            else None
        )
        if projects_budget is not None:
            # ``部门共实施项目6个，调整后预算1,322.0万元``: the projects' budget, 项目支出 on
            # the budget's basis (its label's), not the department's budget.
            concept, subject_from = lexicon.by_id(_PROJECT_SPENDING), Origin.CLAUSE
        if (
            concept is None
            and subject_project
            and fig.kind == "money"
            and _fund_of_project(label, subject_project)
        ):
            # ``2.松材线虫病疫情防控项目。…松材线虫病除治专项资金支出246.30万元``: the fund
            # the paragraph's project spends, named in words of that project.
            concept, subject_from = lexicon.by_id(_PROJECT_SPENDING), Origin.SECTION
            fund_project = subject_project
        else:
            fund_project = ""
        if (
            fig.threshold
            or concept is None
            or (fig.kind == "score" and fig.verb in ("计", "得", "扣", "评", "打"))
            or (fig.kind == "score" and _cue("points_heading").match(text, fig.amount.end))
            or _indicator_points(text, fig, label, concept)
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
        if column and _explains(column):
            # ``扣分原因 | 实际完成率92%，…扣1分``: a figure the explanation quotes.
            role, role_word = Role.EXPLANATION, f"{clean_label(column)}所引"
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
            basis == Basis.BUDGET
            and inherit is not None
            and inherit.basis in (Basis.INITIAL_BUDGET, Basis.ADJUSTED_BUDGET)
        ):
            # ``年初预算4,736.80万元，其中…项目支出预算3,640.30万元``: a budget part of an
            # initial budget is the initial budget's part, not the year's whole budget.
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
        elif inherit is None and year_head is not None and _listed_after(text, year_head, fig):
            # ``上年可支配预算资金合计…，其中基本支出…``, ``上年支出…。其中：基本支出…``: a
            # head read as no concept still gives its parts its year.
            listed = True
            head_year, head_from = _year(
                year_head.label, text, year_head, years, lexicon, report_year
            )
            if year_from == Origin.DOCUMENT and head_from != Origin.DOCUMENT:
                year, year_from = head_year, Origin.CLAUSE
        provenance["year_from"] = year_from
        scope, scope_name = label_scope(rest, department)
        provenance["scope_from"] = Origin.OWN
        if fund_project:
            scope, scope_name = Scope.UNIT, fund_project
            provenance["scope_from"] = Origin.SECTION
        elif projects_budget:
            # ``本年度安排4个专项项目，全年预算…``: that kind of projects' budget.
            scope, scope_name = Scope.UNIT, projects_budget
            provenance["scope_from"] = Origin.CLAUSE
        if (
            scope in (Scope.UNSTATED, Scope.TOTAL)
            and concept.id in _DEPARTMENT_TOTALS
            and (counted_items := _counted_projects(text, fig))
        ):
            # ``三个项目…，三项合计支出6,440.72万元``: the items counted, not the department.
            scope, scope_name = Scope.UNIT, counted_items
        if scope == Scope.UNSTATED and concept.id == _PROJECT_SPENDING:
            named_project = _named_project(rest, lexicon) or _counted_projects(text, fig)
            if named_project:
                # ``文物保护项目支出210.00万元``: that project's spending, not the
                # department's 项目支出.
                scope, scope_name = Scope.UNIT, named_project
            elif counted_projects:
                # ``本年度安排4个专项项目，完成支出…``: the spending of that kind of project.
                scope, scope_name = Scope.UNIT, counted_projects
        if (
            scope == Scope.TOTAL
            and concept.id == _PROJECT_SPENDING
            and counted_projects
            and _cue("project_subset_caption").search(counted_projects)
        ):
            # ``本部门纳入重点绩效监控的项目共5个，…实际支出…``: some projects, not 项目支出
            scope, scope_name = Scope.UNIT, counted_projects
        if (
            scope == Scope.UNSTATED
            and fig.kind == "money"
            and (counted := _counted_group(text, fig))
        ):
            # ``其中政府性基金项目2个，实际支出合计…``: that group's money, not the department's.
            scope, scope_name = Scope.UNIT, counted
        if scope == Scope.UNSTATED and share_of_own_whole(text, fig, concept, lexicon):
            # ``两类学校支出合计115,232.42万元，占部门支出合计的84.43%``: a part of its kind.
            scope, scope_name = Scope.UNIT, rest.split("·")[0] or "所列分项"
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
        elif (
            scope == Scope.UNSTATED
            and is_part
            and owner is not None
            and concept.id == _INCOME
            and owner.concept.startswith(REMAINDER_CONCEPTS)
        ):
            # ``上年结转结余资金38.65万元，其中一般公共预算财政拨款31.24万元``: the part of
            # the carry-over from that source, not the source's income of the year.
            scope = Scope.UNIT
            scope_name = f"{owner.concept_name}中{rest.split('·')[0] or '所列分项'}"
            provenance["scope_from"] = Origin.CLAUSE
        elif scope == Scope.UNSTATED and parent is None:
            # ``县妇幼保健院编制120名，在编118人``: the clause goes on about the unit
            # the sentence named.
            named = _scoped_before(
                text, heads, fig, _cue("year_prefix").sub("", rest.split("·")[0])
            )
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
        if scope == Scope.UNSTATED and _cue("scope_own_level_lead").match(text):
            # ``5.局本级。全年支出5,898.90万元…``: the paragraph speaks of the own level.
            scope, scope_name = Scope.OWN_LEVEL, ""
            provenance["scope_from"] = Origin.SECTION
        if scope == Scope.UNSTATED and (lead := _unit_lead(text)):
            # ``1.市水文站。全年支出812.60万元…``: the paragraph speaks of that unit.
            scope, scope_name = Scope.UNIT, lead.group("name")
            provenance["scope_from"] = Origin.SECTION
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
        if scope == Scope.UNSTATED and _projects_topic(title, text, fig, concept):
            # ``一、项目支出执行情况`` / ``全年预算226.00万元，实际支出210.30万元``: a bare
            # basis word under a heading of the department's projects speaks of them.
            if concept.id == "expenditure.total":
                concept = lexicon.by_id(_PROJECT_SPENDING) or concept
            else:
                scope, scope_name = Scope.UNIT, "项目支出"
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


def _unit_lead(text: str) -> re.Match[str] | None:
    """A paragraph's lead naming the unit it speaks of (``1.市水文站。``, ``中学（9所）：``)."""
    return next(
        (m for p in patterns("facts", "scope_unit_lead") if (m := p.match(text)) is not None),
        None,
    )


def _changed_concept(label: str, fig: Figure, lexicon: Lexicon, title: str) -> Concept | None:
    """The concept a label names before a change word (``人员经费追加`` → 人员经费).

    A concept whose name must end the label (``人员经费``) is not found with the change
    word after it; the figure is still that quantity's change (:func:`figure_role` reads
    the tail), never nothing or another quantity.
    """
    text = clean_label(label)
    tail = _cue("change_tail").search(text)
    if tail is None or tail.start() == 0:
        return None
    return lexicon.concept_for(text[: tail.start()], fig.kind, title, unit=fig.unit)


def _opens_sentence(group: Sequence[Figure], i: int) -> bool:
    """Whether figure ``i`` is its sentence's first money figure and no comparison's base.

    ``上年支出2,410.00万元。其中：…`` opens with its head; in ``全年支出…，较2024年的
    8,856.12万元增长…。其中：…`` the base compared with heads nothing.
    """
    fig = group[i]
    if fig.kind != "money" or _cue("comparison_lead").match(clean_label(fig.label)):
        return False
    return not any(f.sentence_start == fig.sentence_start and f.kind == "money" for f in group[:i])


_BUDGET_LEVELS = ("budget.initial", "budget.adjusted")
"""The budgets a bare 追加/调减 changes (年初预算 toward 调整后预算)."""


def _changed_budget(fig: Figure, heads: Sequence[Fact], lexicon: Lexicon) -> Concept | None:
    """The sentence's budget a bare change word speaks of (``…，调减45.00万元``), or None.

    Read as that budget's change (:attr:`Role.CHANGE`, from the word itself), never as
    the budget, the department's spending or a part of a total.
    """
    if not _cue("budget_change_header").match(clean_label(fig.label)):
        return None
    head = next(
        (
            h
            for h in heads
            if h.concept in _BUDGET_LEVELS
            and h.role == Role.LEVEL
            and h.figure.sentence_start == fig.sentence_start
        ),
        None,
    )
    return lexicon.by_id(head.concept) if head is not None else None


def _explains(header: str) -> bool:
    """Whether a column header names reasons or criteria, not the result (``扣分原因``)."""
    text = clean_label(header)
    return bool(_cue("explanation_header").search(text)) and not _cue("actual_first_header").match(
        text
    )


def _indicator_points(text: str, fig: Figure, label: str, concept: Concept) -> bool:
    """Whether a score figure states an indicator's points, not the quantity's value.

    ``群众满意度指标得分7.5分`` and ``满意度指标分值8分`` say so in their label;
    ``服务对象满意度8分，…，得7.5分`` by standing bare after the indicator's name in a
    sentence that goes on to award it points. A survey's ``满意度为91.5分`` (a verb) or
    ``满意度91.5分。`` (nothing awarded) stays a value.
    """
    if fig.kind != "score":
        return False
    rest = _without_concept(label, concept)
    after = rest.split("·")[1] if "·" in rest else ""
    if _cue("points_label").search(after):
        return True
    return (
        not fig.verb
        and not after
        and _cue("points_awarded_after").match(text, fig.amount.end) is not None
    )


def _column_concept(fig: Figure, column: str, lexicon: Lexicon, title: str) -> str | None:
    """The concept the header of the cell holding ``fig`` names (``编制数``), or None."""
    header = fig.column_path[-1] if fig.column_path else column
    if not header:
        return None
    concept = lexicon.concept_for(header, fig.kind, title, unit=fig.unit)
    return concept.id if concept is not None else None


def _new_budget_label(fig: Figure) -> str:
    """The label as a reader means it when a budget is said to become the figure.

    ``项目支出预算调整为880.00万元`` states 项目支出's adjusted budget (the verb makes it
    the new level, not a change): read as ``项目支出调整后预算``. Other labels unchanged.
    """
    m = _cue("budget_changed_to").search(fig.label)
    if m is None or not (m.group("verb") or _cue("level_verb").fullmatch(fig.verb)):
        return fig.label
    return fig.label[: m.start()] + words("facts", "adjusted_budget_label")[0]


def _formula_term(text: str, fig: Figure) -> bool:
    """Whether a number stands right of ``=`` in its sentence (``=在用资产180.5/…``).

    It is a formula's operand, compared with the body by AR004/AR008, not a second
    statement of its quantity; the rate a formula gives is still its own statement.
    """
    return fig.kind != "percent" and any(
        ch in text[fig.sentence_start : fig.amount.start] for ch in "=＝"
    )


_SHARED_WORD = 3
"""Characters a fund's name must share with its paragraph's project, in one run."""


def _titled_concept(text: str, lexicon: Lexicon, title: str) -> str | None:
    """The concept a paragraph's run-in rate title names before its rate word, if any."""
    m = _cue("rate_title_lead").match(text)
    if m is None:
        return None
    concept = lexicon.concept_for(m.group("stem"), "money", title)
    return concept.id if concept is not None and concept.id not in _DEPARTMENT_TOTALS else None


def _joint_total(label: str, fig: Figure, lexicon: Lexicon, title: str) -> bool:
    """Whether the label totals two named quantities (``事业收入和经营收入合计``)."""
    m = _cue("joint_total_label").search(clean_label(label))
    return m is not None and (
        lexicon.concept_for(m.group("a"), fig.kind, title, unit=fig.unit) is not None
        or lexicon.source_for(m.group("a")) is not None
    )


def _topic_concept(text: str, fig: Figure, lexicon: Lexicon, title: str) -> str | None:
    """The concept a sentence's topic lead names (``“三公”经费方面，…``), if any.

    A department total is no topic of its own (``支出方面，`` leaves bare words as read).
    """
    m = _cue("sentence_topic_lead").match(text, fig.sentence_start)
    if m is None:
        # ``“三公”经费方面，…预算38.60万元…。全年实际支出31.27万元，…``: a paragraph led by
        # its topic keeps it for the bare words of its later sentences.
        m = _cue("sentence_topic_lead").match(text)
    if m is None or m.end() > fig.amount.start - len(fig.label):
        return None
    concept = lexicon.concept_for(m.group("topic"), "money", title)
    return concept.id if concept is not None and concept.id not in _DEPARTMENT_TOTALS else None


def _named_budget_before(text: str, fig: Figure) -> bool:
    """Whether the figure's clause group opened with a budget of something it names.

    ``…；粮改饲及饲草料基地建设补助全年预算300.00万元，执行276.83万元，结余23.17万元``:
    the group after the last ``；`` of the sentence names the item first.
    """
    lead = text[fig.sentence_start : fig.amount.start]
    group = re.split(r"[；;]", lead)[-1]
    return _cue("named_budget_lead").match(group) is not None


def _fund_of_project(label: str, project: str) -> bool:
    """Whether a label names the spending of a fund called after the paragraph's project."""
    m = _cue("fund_spending_label").match(clean_label(label))
    if m is None:
        return False
    head = m.group("head")
    if _cue("joint_title").search(project) and not _cue("joint_title").search(head):
        return False  # ``大气和水污染防治资金使用``: each fund's figure is that fund's alone
    return any(head[i : i + _SHARED_WORD] in project for i in range(len(head) - _SHARED_WORD + 1))


_DEPARTMENT_SPENDING = "expenditure.total"
"""The department's 支出合计 (a bare ``实际支出`` with no subject of its own)."""
_INCOME = "income.total"
"""A source's income named bare (``一般公共预算财政拨款``): under a carry-over, its part."""
_PROJECT_SPENDING = "expenditure.project"
"""The department's 项目支出; a label that names a project before it is that project's."""
_TOTAL_TAIL = re.compile(r"(?:合计|总计|共计)$")
"""``全年预算数合计``: a total's word after a generic label leaves it generic."""


def _projects_topic(title: str, text: str, fig: Figure, concept: Concept) -> bool:
    """Whether a bare money word (``实际支出``, ``全年预算``) speaks of the projects as a whole.

    Only the department's totals and budgets move (a named concept keeps its name), only
    when the heading names 项目支出 or the projects as a whole (``项目支出执行情况``), and
    only in the heading's own paragraphs: a numbered item under it (``3.公共机构节能改造。
    预算…``) is one project's. A sentence that opens with the projects as its topic
    (``项目支出方面，``, ``项目支出共6个，``) is read as such a heading for its own figures.
    """
    if not (concept.id == "expenditure.total" or concept.id.startswith("budget.")):
        return False
    # ``全年预算数合计``: the projects' total of a generic word is as generic
    label = _TOTAL_TAIL.sub("", _cue("year_prefix").sub("", clean_label(fig.label)))
    if not cue("lexicon", "generic_label").match(label):
        return False
    lead = _cue("projects_topic_lead").match(text, fig.sentence_start)
    if lead is not None and lead.end() <= fig.amount.start - len(fig.label):
        # ``项目支出方面，全年预算535.00万元…`` / ``项目支出共6个，全年预算…``: the
        # sentence's topic is the projects, as a heading of projects would make it.
        return True
    if _cue("numbered_item").match(text):
        return False
    return _cue("projects_heading").search(clean_label(title)) is not None
