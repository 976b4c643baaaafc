"""Paragraphs named after a score-table row: the rule they state for it.

A report may walk through its indicators in paragraphs that open with the indicator's
name but state no maximum (``职业技能培训合格率：全年合格率为86.5%。评分标准：90%及以上得
满分，85%—90%得3分…``), and score them only in the 自评表. Such a paragraph is not a
narrative indicator (no ``（5分）``), so neither the name links of links.py nor the
table's notes (methods.py) reach it. Here a row without a rule takes the rule its
named paragraph states. The rate the paragraph states under the row's full name, or
computes from counts (``其中满意460份，满意度为95.2%``), is links.py's; a rate under a
tail of the name (``完成率`` of ``贷款逾期清收完成率``) is not read: the paragraph may
mention another rate.

A paragraph may name the row with the word for its standard after it
(``预算执行率评分标准：≥95%得8分；90%—96%得6分…``): it names the row all the same; or by
the tail of the row's name (``满意度。…`` for ``残疾人及亲属满意度``) when no other row of
the sheet ends with that tail.

A scoring-standard paragraph above the table (``评分标准：预算执行率≥98%得满分，95%（含）
-98%得8分，95%以下不得分；…``) gives a row without a rule the one clause its name opens.

The reading abstains whenever it would guess: two paragraphs named after the row, a
rule that counts per unit or against a target (their binding needs the row's target,
methods.py), or a row already scored in a narrative section of its own name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from auditor.model import Document, Paragraph
from auditor.read.scoring.links import name_key
from auditor.read.scoring.rules import parse_rule
from auditor.read.scoring.sheet import Indicator, ScoreSheet, cue, rule_cue
from auditor.text.normalise import sentences

_TOPIC = cue("paragraph_topic")
_STANDARD = cue("scoring_standard_lead")
_CLAUSE_HEAD = cue("standard_clause_head")
_RULE_CUE = rule_cue()
_SAME_NAME_PREFIX = cue("same_name_prefix")
_STANDARD_TAIL = cue("topic_standard_tail")
_QUOTED = cue("quoted_rule")
_NAMED_STANDARD = cue("named_standard")
_NAMED_STANDARD_MORE = cue("named_standard_more")
FULL_STOPS = "。！？!?"
T = TypeVar("T")


def _named(doc: Document) -> dict[str, list[Paragraph]]:
    """Paragraphs by the name they open with (``1.职业技能培训合格率。…``).

    A name followed by the word for its standard (``预算执行率评分标准：≥95%得8分…``)
    names the row without it.
    """
    out: dict[str, list[Paragraph]] = defaultdict(list)
    for block in doc.blocks:
        if isinstance(block, Paragraph) and (m := _TOPIC.match(block.text)):
            topic = _STANDARD_TAIL.sub("", m.group("topic"))
            out[name_key(topic or m.group("topic"))].append(block)
    return out


def _names_row(topic: str, key: str) -> bool:
    return topic == key or (
        topic.endswith(key) and bool(_SAME_NAME_PREFIX.match(topic[: -len(key)]))
    )


def _paragraph_for(
    row: Indicator, named: dict[str, list[Paragraph]], keys: Sequence[str] = ()
) -> Paragraph | None:
    """The one paragraph named after the row.

    A paragraph named by the tail of the row's name (``满意度。…`` for ``残疾人及亲属
    满意度``) names it when no other row of the sheet ends with that tail.
    """
    key = name_key(row.name)
    found = [p for topic, ps in named.items() if _names_row(topic, key) for p in ps]
    if not found:
        found = _by_unique_tail(key, named, keys)
    return found[0] if len(found) == 1 else None


def _by_unique_tail(key: str, by_name: Mapping[str, list[T]], keys: Sequence[str]) -> list[T]:
    """The entries named by a tail of the row's key that no other row of the sheet ends with."""
    return [
        entry
        for tail, entries in by_name.items()
        if len(tail) >= MIN_TAIL and key.endswith(tail) and sum(k.endswith(tail) for k in keys) == 1
        for entry in entries
    ]


MIN_TAIL = 3
"""Characters of a name's tail that may name its row (``满意度``, ``执行率``)."""


def _with_rule(row: Indicator, paragraph: Paragraph) -> Indicator:
    """The row scored by the rule its paragraph states, if that rule reads one way."""
    m = _TOPIC.match(paragraph.text)
    body = paragraph.text[m.end() :] if m else paragraph.text
    # Whole sentences: the bands of one rule are often cut by ``；`` (``≥95%得8分；
    # 90%—96%得6分；<90%不得分``), and a band without a cue word is still the rule's.
    parts = [s for s in sentences(body, FULL_STOPS) if _RULE_CUE.search(s)]
    if not parts:
        return row
    text = "".join(parts)
    rule = parse_rule(text)
    if rule.empty or rule.per_unit or rule.all_or_nothing or rule.proportional:
        return row  # bound to a target (methods.py) or a general method: not read here
    return replace(row, rule=rule, rule_quote=text, rule_location=paragraph.location)


def _standard_clauses(doc: Document) -> dict[str, list[tuple[str, Paragraph]]]:
    """Clauses of a scoring-standard paragraph, by the row name each opens with.

    ``评分标准：预算执行率≥98%得满分，95%（含）-98%得8分，95%以下不得分；产出和效益指标…``
    states, once above the table, one row's rule in the clause its name opens.
    """
    out: dict[str, list[tuple[str, Paragraph]]] = defaultdict(list)
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        if m := _STANDARD.match(block.text):
            stated = sentences(block.text[m.end() :])
        else:
            # ``…服务对象满意度为88.6%。…评分标准：满意度90%（含）以上得10分；85%（含）—90%
            # 得8分…。本项得10分。``: a sentence of the paragraph opening with the lead.
            stated = [
                piece
                for s in sentences(block.text, "。")
                if (m := _STANDARD.match(s.lstrip()))
                for piece in sentences(s.lstrip()[m.end() :])
            ]
        for clause in _row_clauses(stated):
            head = _CLAUSE_HEAD.match(clause.lstrip())
            if head is not None and _RULE_CUE.search(clause):
                out[name_key(head.group("name"))].append((clause.strip("。；; "), block))
    return out


def _row_clauses(stated: Sequence[str]) -> list[str]:
    """Clauses of a standard, one per row.

    A clause that opens with no name (``85%（含）—90%得8分``) is a further band of the
    clause before it, not a row's of its own.
    """
    out: list[str] = []
    for clause in stated:
        if out and _CLAUSE_HEAD.match(clause.lstrip()) is None and not out[-1].endswith("。"):
            out[-1] += clause
        else:
            out.append(clause)
    return out


def _with_standard_clause(
    row: Indicator, clauses: dict[str, list[tuple[str, Paragraph]]], keys: Sequence[str] = ()
) -> Indicator:
    """The row scored by the one standard clause its name opens, if it reads one way.

    A clause may name the row by the tail of its name (``满意度…`` for ``供排水服务对象满意度``)
    when no other row of the sheet ends with that tail.
    """
    key = name_key(row.name)
    found = clauses.get(key, []) or _by_unique_tail(key, clauses, keys)
    if len(found) != 1:
        return row  # none, or two clauses for one row: say nothing
    text, paragraph = found[0]
    rule = parse_rule(text)
    if rule.empty or rule.per_unit or rule.all_or_nothing or rule.proportional:
        return row
    return replace(row, rule=rule, rule_quote=text, rule_location=paragraph.location)


def _quoted_rules(doc: Document) -> dict[str, list[tuple[str, Paragraph]]]:
    """Rules quoted for one named indicator in prose, by that name's key.

    ``预算执行率按“执行率100%得满分，每降低1个百分点扣0.5分”评分，床位使用率…按比例扣分``
    states the rule of 预算执行率 inside a paragraph on the self-evaluation's procedure.
    """
    out: dict[str, list[tuple[str, Paragraph]]] = defaultdict(list)
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            for m in _QUOTED.finditer(block.text):
                out[name_key(m.group("name"))].append((m.group("rule"), block))
            for m in _NAMED_STANDARD.finditer(block.text):
                out[name_key(m.group("name"))].append((_rule_clauses(m.group("rule")), block))
    return out


def _rule_clauses(text: str) -> str:
    """A named standard's clauses up to the first that states no band or step.

    ``接种率达到90%（含）以上得满分5分，每低于1个百分点扣0.5分；全县报告接种率98.12%，…``:
    the rule ends where the sentence goes on to the year's value.
    """
    first, *rest = re.split(r"[；;]", text)
    kept = [first]
    for clause in rest:
        if not _NAMED_STANDARD_MORE.match(clause):
            break
        kept.append(clause)
    return "；".join(kept)


def _with_quoted_rule(row: Indicator, quoted: dict[str, list[tuple[str, Paragraph]]]) -> Indicator:
    """The indicator scored by the one rule quoted for its exact name, if it reads one way."""
    found = quoted.get(name_key(row.name), [])
    if len(found) != 1 or row.rule is not None or row.grade:
        return row  # none, or two quotes for one name: say nothing
    text, paragraph = found[0]
    rule = parse_rule(text)
    if rule.empty or rule.per_unit or rule.all_or_nothing or rule.proportional:
        return row  # bound to a target (methods.py) or a general method: not read here
    return replace(row, rule=rule, rule_quote=text, rule_location=paragraph.location)


def with_topic_paragraphs(
    doc: Document,
    sheets: Sequence[ScoreSheet],
) -> list[ScoreSheet]:
    """Table sheets whose rows take the rule of a paragraph named after them.

    Any sheet's indicator without a rule also takes a rule quoted for its exact name
    in prose (``预算执行率按“…”评分``).
    """
    quoted = _quoted_rules(doc)
    if quoted:
        sheets = [
            sheet
            if sheet.scorer
            else replace(
                sheet,
                indicators=tuple(_with_quoted_rule(i, quoted) for i in sheet.indicators),
            )
            for sheet in sheets
        ]
    narrative = {name_key(i.name) for s in sheets if s.kind == "narrative" for i in s.indicators}
    named = _named(doc)
    clauses = _standard_clauses(doc)
    if not named and not clauses:
        return list(sheets)
    out: list[ScoreSheet] = []
    for sheet in sheets:
        if sheet.kind != "table" or sheet.scorer:
            out.append(sheet)
            continue
        rows: list[Indicator] = []
        keys = [name_key(i.name) for i in sheet.indicators]
        for row in sheet.indicators:
            paragraph = _paragraph_for(row, named, keys)
            if name_key(row.name) in narrative or row.grade:
                rows.append(row)
                continue
            if paragraph is None:
                rows.append(_with_standard_clause(row, clauses, keys) if row.rule is None else row)
                continue
            if row.rule is None:
                row = _with_rule(row, paragraph)
            rows.append(row)
        out.append(replace(sheet, indicators=tuple(rows)))
    return out
