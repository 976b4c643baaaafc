"""A scoring method stated once for many indicators, bound clause by clause.

A report may state its scoring methods in one sentence for the whole sheet::

    评分办法：预算执行率…得满分；在职人员控制率、公用经费控制率不超过100%得满分，
    超过的不得分；群众满意度达到90%得满分，每低1个百分点扣0.5分；其他指标按评分标准分档计分。

Each clause (split at ``；`` and ``。``) scores only the indicators named at its head
(several joined by ``、``/``和``/``及``), matched to the sheet's names as links.py
matches them (quotes, brackets and spaces aside). A clause naming no indicator of
the sheet (``其他指标…``) binds to none: its indicators are not named, so the reading
says nothing about them. An indicator named by two clauses, or
by a clause whose rule cannot be read, binds to none either. A clause opening with a
class of indicators (``满意度指标达到90%得满分，每低1个百分点扣1分；其他产出和效益指标…
按完成比例计分``) is that class's: methods.py gives it the rows whose labels name the class.
A clause opening with a kind of value (``比率类指标…``, ``数量类定量指标…``) is that kind's:
methods.py gives it the rows whose names end as the kind's do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from auditor.model import Location
from auditor.read.scoring.links import name_key
from auditor.read.scoring.rules import NAMED_TARGET_STEP, ScoringRule, parse_rule
from auditor.read.scoring.sheet import cue

_BREAK = cue("method_clause_break")
_LEAD = cue("method_clause_lead")
_JOINER = cue("method_subject_joiner")
_OTHERS = cue("method_others")
_COMMA = cue("method_subclause_break")
_SCOPE = cue("method_scope")
_VALUE_CLASS = cue("method_value_class")
_DEDUCTS = cue("method_clause_scores")
_CLASS_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{0,6}")
"""Words before a class at a clause's head (``服务对象`` of ``服务对象满意度指标``)."""
_NOISE = re.compile(r"[\s“”\"‘’'「」《》（）()]")


@dataclass(frozen=True, slots=True)
class BoundClause:
    """One clause of a shared method and the rule it gives its named indicators."""

    subjects: tuple[str, ...]
    """The name keys of the sheet's indicators the clause names at its head."""
    rule: ScoringRule | None
    """The clause's rule (without its subjects), or None when it cannot be read."""
    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class SharedMethod:
    """A method statement read clause by clause: each named indicator's rule, or None."""

    rules: dict[str, tuple[ScoringRule, str, Location] | None]
    """By indicator name key: its clause's rule, quote and place; None to abstain."""
    others: tuple[ScoringRule, str, Location] | None = None
    """The rule of a readable clause for the indicators it does not name (``其他指标…``)."""
    others_scope: tuple[str, ...] = ()
    """The classes the ``其他…指标`` clause names (``其他产出和效益指标``: 产出, 效益), if any."""
    classes: tuple[tuple[tuple[str, ...], ScoringRule, str, Location], ...] = ()
    """Clauses opening with a class of indicators (``满意度指标…``): its words, rule, quote, place."""
    kinds: tuple[tuple[str, ScoringRule, str, Location], ...] = ()
    """Clauses opening with a kind of value (``比率类指标…``): ``rate`` or ``count``, rule,
    quote, place. A deduction from ``指标值`` counts from each row's own target."""
    unread_classes: tuple[tuple[str, ...], ...] = ()
    """Classes a clause opens with whose rule is not read (``时效指标每有1所学校未按期完工
    扣1分``): their rows are that clause's, not the ``其他…`` clause's; they keep no rule."""


def scope_words(text: str) -> tuple[str, ...]:
    """The class words a text names (``产出和效益指标``: 产出, 效益)."""
    return tuple(
        dict.fromkeys(w for m in _SCOPE.finditer(text) for w in _JOINER.split(m.group("g")) if w)
    )


def _class_head(clause: str) -> tuple[str, ...]:
    """The classes a clause opens with (``满意度指标达到90%…``), or () when it opens otherwise.

    A few words may qualify the class (``服务对象满意度指标``).
    """
    head = _without_lead(clause)
    m = _SCOPE.search(head)
    if m is None or not _CLASS_QUALIFIER.fullmatch(head[: m.start()]):
        return ()
    return scope_words(m.group(0))


def value_kind(clause: str) -> str:
    """The kind of value a clause opens with: ``rate``, ``count``, ``quantitative`` or "".

    ``定量指标…`` is ``quantitative``: it names the rows by their values, not their names.
    """
    m = _VALUE_CLASS.match(_without_lead(clause))
    if m is None:
        return ""
    if m.group("q"):
        return "quantitative"
    return "count" if m.group("k") in ("数量", "数值") else "rate"


def _kind_rule(clause: str) -> ScoringRule:
    """A class's clause read as a rule; ``每低于指标值1个百分点`` counts from the row's target."""
    named = NAMED_TARGET_STEP.search(clause) is not None
    rule = parse_rule(NAMED_TARGET_STEP.sub(r"\g<w>", clause))
    if named:
        rule = replace(rule, linears=tuple(replace(x, to_target=True) for x in rule.linears))
    return rule


def _clauses(text: str, keys: Sequence[str]) -> list[str]:
    """The statement's clauses: split at ``；``/``。``, and at a comma before a named indicator."""
    out: list[str] = []
    for part in (p.strip() for p in _BREAK.split(text)):
        if not part:
            continue
        part, asides = _named_asides(part, keys)
        out.extend(asides)
        pieces = _COMMA.split(part)
        current = pieces[0]
        for piece in pieces[1:]:
            named, rest = subjects(current, keys)
            if subjects(piece, keys)[0] and not (named and not rest.strip()):
                out.append(current)
                current = piece
            else:
                current += "，" + piece
        out.append(current)
    return out


def _named_asides(part: str, keys: Sequence[str]) -> tuple[str, list[str]]:
    """A clause without its bracketed asides that open with a named indicator, and those.

    ``完成率类指标…每低1个百分点扣1分（县域内就诊率每低1个百分点扣2分）``: the aside is
    the named row's own rule, an exception to the class's, not a second step of it.
    """
    asides: list[str] = []

    def pull(m: re.Match[str]) -> str:
        if not subjects(m.group("aside"), keys)[0]:
            return m.group(0)
        asides.append(m.group("aside"))
        return ""

    return _ASIDE.sub(pull, part), asides


_ASIDE = re.compile(r"[（(](?P<aside>[^（）()]+)[）)]")


def _without_lead(clause: str) -> str:
    while (m := _LEAD.match(clause)) is not None and m.end() > 0:
        clause = clause[m.end() :]
    return clause


def _stripped(text: str) -> tuple[str, list[int]]:
    """The text without quotes, brackets and spaces, and each kept character's offset."""
    kept = [(i, ch) for i, ch in enumerate(text) if not _NOISE.fullmatch(ch)]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def subjects(clause: str, keys: Sequence[str]) -> tuple[tuple[str, ...], str]:
    """The indicator name keys at a clause's head, and the clause after them.

    Names are tried longest first, so ``项目预算执行率`` is not read as a shorter
    ``预算执行率``; a joiner counts only when another name follows it.
    """
    head = _without_lead(clause)
    plain, offsets = _stripped(head)
    by_length = sorted({k for k in keys if k}, key=len, reverse=True)
    found: list[str] = []
    pos = 0
    while True:
        key = next((k for k in by_length if plain.startswith(k, pos)), None)
        if key is None:
            break
        found.append(key)
        pos += len(key)
        joiner = _JOINER.match(plain, pos)
        if joiner is None or not any(plain.startswith(k, joiner.end()) for k in by_length):
            break
        pos = joiner.end()
    if not found:
        return (), head
    rest = head[offsets[pos - 1] + 1 :] if pos else head
    return tuple(found), rest


def shared_method(text: str, location: Location, names: Sequence[str]) -> SharedMethod | None:
    """The statement read clause by clause, when it is one for many indicators.

    It is when clauses name two indicators of the sheet at their heads, or one whose
    clause is readable when no other clause is a rule for unnamed rows, or
    when it has a clause for the indicators it does not name (``其他指标…``) beside
    clauses with rules of their own: then the statement as a whole is no one row's
    rule and no table-wide rule.
    """
    keys = [name_key(n) for n in names]
    parts = _clauses(text, keys)
    bound: list[BoundClause] = []
    others = False
    others_rules: list[tuple[ScoringRule, str, Location]] = []
    others_scope: tuple[str, ...] = ()
    classes: list[tuple[tuple[str, ...], ScoringRule, str, Location]] = []
    kinds: list[tuple[str, ScoringRule, str, Location]] = []
    ruled_elsewhere = False
    unread: list[tuple[str, ...]] = []
    for part in parts:
        named, rest = subjects(part, keys)
        if named:
            rule = parse_rule(rest)
            bound.append(BoundClause(named, None if rule.empty else rule, part, location))
        elif _OTHERS.search(part):
            others = True
            rule = parse_rule(part)
            if not rule.empty:
                others_rules.append((rule, part, location))
                others_scope = scope_words(part)
        elif (kind := value_kind(part)) and not (rule := _kind_rule(part)).empty:
            kinds.append((kind, rule, part, location))
        elif (words := _class_head(part)) and not (rule := _kind_rule(part)).empty:
            classes.append((words, rule, part, location))
        elif not parse_rule(part).empty:
            ruled_elsewhere = True
        elif words and _DEDUCTS.search(part):
            unread.append(words)
    if any(r.to_target for _, r, _, _ in (*kinds, *classes)):
        # ``…达到指标值得满分，每低1个百分点扣1分（县域内就诊率每低1个百分点扣2分）``:
        # the aside changes the step only; it counts from the row's target as the class does.
        asides = {a for p in _BREAK.split(text) for a in _named_asides(p.strip(), keys)[1]}
        bound = [
            replace(c, rule=c.rule.from_row_target())
            if c.text in asides and c.rule is not None
            else c
            for c in bound
        ]
    named_keys = {k for c in bound for k in c.subjects}
    # One named indicator is a statement for it alone when nothing else in the statement
    # is a rule for unnamed rows but a ``其他指标…`` clause: ``支出进度≥96%得满分，每低1个
    # 百分点扣1分；其他指标完成目标值得满分`` scores 支出进度 by its clause, not every row.
    alone = len(named_keys) == 1 and not ruled_elsewhere and all(c.rule is not None for c in bound)
    # Clauses for classes of rows (``满意度指标…；其他产出和效益指标…``) split the rows
    # among them: the statement is no one rule for every row.
    # A ``定量指标…`` clause beside another ruled clause (``满意度达到90%以上得满分``) is the
    # quantitative rows' method, never one rule for the whole table.
    quantitative = any(k[0] == "quantitative" for k in kinds)
    # A class clause beside a named row's own (``比率类指标…（县域内就诊率每低…扣2分）``)
    # likewise: the named row is the class's exception.
    by_class = bool(classes or kinds) and (
        others
        or len(classes) + len(kinds) > 1
        or (quantitative and ruled_elsewhere)
        or any(c.rule is not None for c in bound)
    )
    if (
        len(named_keys) < 2
        and not alone
        and not by_class
        and not (not bound and others and ruled_elsewhere and len(parts) > 1)
    ):
        return None
    rules: dict[str, tuple[ScoringRule, str, Location] | None] = {}
    for clause in bound:
        for key in clause.subjects:
            if key in rules:
                rules[key] = None  # named twice: which clause scores it cannot be told
                continue
            rules[key] = (
                (clause.rule, clause.text, clause.location) if clause.rule is not None else None
            )
    one_other = len(others_rules) == 1
    return SharedMethod(
        rules,
        others_rules[0] if one_other else None,
        others_scope if one_other else (),
        tuple(classes),
        tuple(kinds),
        tuple(unread),
    )
