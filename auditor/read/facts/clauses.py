"""Readings of one clause or sentence around a figure in running text.

Lists of a head's parts, the subject a head or a ``分别`` list gives, targets, comparison
bases, projects named before a label, the year a clause names: the words around a
figure that its label alone does not hold. Only :mod:`.text` asks them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from auditor.read.facts.labels import _DEPARTMENT_TOTALS, _cue, label_scope
from auditor.read.facts.model import Fact
from auditor.read.figures import Figure
from auditor.read.lexicon import Concept, Lexicon, clean_label
from auditor.read.qualifiers import Origin, Scope
from auditor.read.wording import patterns, words
from auditor.text.normalise import clause_start
from auditor.text.numbers import YearMention


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


REMAINDER_CONCEPTS = ("income.carryover", "balance.")
"""Heads whose parts listed by source are theirs (a carry-over, a year-end balance)."""


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
    if (
        parent_fact is not None
        and concept.id == "income.total"
        and parent_fact.concept.startswith(REMAINDER_CONCEPTS)
    ):
        # ``上年结转结余资金38.65万元，其中一般公共预算财政拨款31.24万元``: the part of the
        # carry-over from that source, not the source's income of the year.
        name = _cue("part_row_lead").sub("", rest.split("·")[0])
        return Scope.UNIT, f"{parent_fact.concept_name}中{name or '所列分项'}"
    if parent_fact is not None:
        return Scope.UNSTATED, ""
    return _head_subject_scope(parent.label, department)


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


def _counted_projects(text: str, fig: Figure) -> str:
    """The projects a count right before a 项目支出 label names (``A、B两个项目支出合计``)."""
    lead = text[fig.sentence_start : fig.amount.start - len(fig.label)]
    m = _cue("project_count_before").search(lead)
    if m is None:
        return ""
    clause = re.split(r"[，,；;：:]", lead)[-1].strip()
    return clause + "项目" if clause else "所列项目"


def _counted_group(text: str, fig: Figure) -> str:
    """The group of projects a clause opens with after 其中, or "".

    ``其中政府性基金项目2个，实际支出合计a；一般公共预算项目5个，实际支出合计b``: each
    clause's money is its group's. The group must open the figure's clause (after the
    sentence's start or a ``；``) in a sentence that says 其中 before it.
    """
    lead = text[fig.sentence_start : fig.amount.start]
    if "其中" not in lead:
        return ""
    clause = re.split(r"[；;]", lead)[-1]
    clause = clause.split("其中", 1)[-1] if "其中" in clause else clause
    opening = re.split(r"[，,：:]", clause.strip())[0]
    m = _cue("counted_group").search(opening)
    if m is None or m.start() > 2:
        return ""
    name = m.group("name").removeprefix("其中")
    return "" if _cue("counted_group_not_a_kind").search(name) else name


def _projects_counted(text: str, fig: Figure) -> str | None:
    """The projects a sentence opening with their count is about, or None.

    ``全年共实施项目6个，实际支出520.00万元``: the clause after the count speaks of those
    projects (``""``: all the department's projects, its 项目支出); ``本年度安排4个专项
    项目，完成支出…`` names a kind (``专项项目``). A new sentence (``全年共实施项目6个。
    本年支出合计…``) is the department's again. A count closing the clause before
    (``…3个项目确定为重点项目，全年支出…``) gives ``所列项目``: some projects only.
    """
    lead = text[fig.sentence_start : fig.amount.start - len(fig.label)]
    found = (p.search(lead) for p in patterns("facts", "projects_counted_subject"))
    m = next((m for m in found if m is not None), None)
    if m is None:
        # The count closes the clause before (``A、B及C3个项目确定为重点项目，全年支出…``):
        # some of the projects, their extent the sentence's own.
        return "所列项目" if _cue("projects_counted_clause").search(lead) else None
    name = m.group("name").strip()
    if not name or _cue("counted_group_not_a_kind").search(name + "项目"):
        return ""
    return name + "项目"


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


def _scoped_before(
    text: str, heads: Sequence[Fact], fig: Figure, own_words: str = ""
) -> Fact | None:
    """The sentence's last head when it named a part of the department.

    Only while the clauses since then (no ``；``) go on about it; a head that took the
    part from the one before it passes it on (``其中机关编制58名，在职54人，退休31人``)
    to a figure that names no subject of its own (``own_words``: the label's words
    before its concept; ``县非遗保护办支出合计`` names one).
    """
    for head in reversed(heads):
        passed_on = head.provenance.scope_from == Origin.CLAUSE and not own_words
        if (
            head.provenance.scope_from != Origin.OWN and not passed_on
        ) or head.scope == Scope.TOTAL:
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
    # A comparison base's year in an earlier clause (``较2023年的…增加…；其他收入4.18万元``)
    # is the base's own, not the year of what the sentence goes on to state.
    explicit = [
        y
        for y in explicit
        if y.start >= start
        or not _cue("comparison_year_lead").search(text[fig.sentence_start : y.start])
    ]
    if _cue("this_year").search(text[start : fig.amount.start]) and not any(
        y.start >= start for y in explicit
    ):
        # ``上年度（2022年）…26.80万元，本年度…25.50万元``: the clause names its own year.
        return report_year, Origin.OWN
    if explicit:
        own = explicit[-1].start >= start
        return explicit[-1].year, Origin.OWN if own else Origin.CLAUSE
    return report_year, Origin.DOCUMENT


def share_of_own_whole(text: str, fig: Figure, concept: Concept, lexicon: Lexicon) -> bool:
    """Whether the figure is followed by its share (under 100 %) of a whole of its own kind.

    ``在职教职工合计2,480人，占部门在职人员的87.76%``: 2,480 is some units' 在职, a part
    of the department's, whatever the words before it say.
    """
    m = _cue("share_of_whole").match(text, fig.amount.end)
    if m is None or Decimal(m.group("pct")) >= 100:
        return False
    whole = lexicon.concept_for(m.group("whole"), fig.kind)
    return whole is not None and whole.id == concept.id
