"""What a label or a heading says beside its concept, read the same in text and tables.

The scope a label's other words name, the basis a section heading states, the object a
rate is of: both the paragraph reader and the table reader ask these, so they live below
both.
"""

from __future__ import annotations

import re

from auditor.read.figures import cue
from auditor.read.lexicon import Concept, Lexicon, clean_label, examples_removed
from auditor.read.qualifiers import Basis, Scope
from auditor.read.wording import patterns


def _cue(key: str) -> re.Pattern[str]:
    return cue("facts", key)


def label_scope(rest: str, department: str = "") -> tuple[Scope, str]:
    """The scope named by a label's words other than its concept (``县就业服务中心·``).

    ``全局``/``本单位`` name the whole department, ``本级``/``局机关`` its own level,
    ``所属单位`` the subordinate units, a name ending in ``中心``/``站``/``大队`` … one
    sub-unit; a pronoun (``其承担的``) someone the sentence named before, not the whole;
    nothing of these leaves the scope unstated.
    """
    before = _cue("year_prefix").sub("", examples_removed(rest.split("·")[0]))
    if not before:
        return Scope.UNSTATED, ""
    if _cue("scope_pronoun").match(before):
        return Scope.UNIT, before  # ``其承担的项目支出``: whoever the sentence named, not the whole
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
    if concept.sub_kinds:
        return sub_kind(label, concept)
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


def sub_kind(label: str, concept: Concept) -> str:
    """The sub-kind a qualifier right before the concept's name makes of it (``公益一类``).

    ``其中行政编制14名、参照公务员法管理事业编制15名、其他事业编制23名``: the last two are
    two kinds of 事业编制, each compared only with its own restatement. Empty when the
    words before the name qualify nothing (``核定事业编制``).
    """
    text = clean_label(label)
    for p in concept.patterns:
        m = p.search(text)
        if m:
            before = text[: m.start()]
            return next((name for name, w in concept.sub_kinds if w.search(before)), "")
    return ""


def _without_concept(label: str, concept: Concept) -> str:
    text = clean_label(label)
    for p in concept.patterns:
        m = p.search(text)
        if m:
            return text[: m.start()] + "·" + text[m.end() :]
    return text


# Concepts that name a department-wide total: inside a table whose caption names
# another subject (``“三公”经费支出情况``) a ``支出合计`` is that subject's total.
_DEPARTMENT_TOTALS = frozenset(
    {"expenditure.total", "income.total", "expenditure.grand_total", "income.grand_total"}
)
