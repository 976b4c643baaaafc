"""Near-miss restatements: one figure typed two ways (``9,418`` and ``9,481``).

IC001 pairs two statements by their concept and qualifiers, IC005 by the activity's
label; two places that word one quantity differently (``全年开展病媒生物监测9,481批次`` and,
earlier, ``完成病媒监测9,418批次``) are paired by neither. When the two values are a
*typing slip* of each other the values themselves are the evidence that both state one
quantity: a slip is

- two adjacent digits swapped (``468``/``486``, ``2,365.71``/``2,356.71``), or
- one digit changed (``4,870.30``/``4,810.30``),

compared digit by digit in the dimension's base unit (so ``2,356.71万元`` meets
``23,657,100.00元``), with at least :data:`MIN_DIGITS` significant digits on both sides
(``12``/``21`` or ``120``/``102`` happen by chance).

A slip alone is not enough: a budget ``1,250`` and an actual ``1,205`` of two projects
are a slip of each other by chance. A pair is kept only when, in order (each guard's
survivors are counted in :class:`Funnel`):

1. **signature**: the values are a slip, and the slip is two adjacent digits swapped
   (**transposed**; one changed digit is read but, measured, not evidence enough) (counts, money, lengths and areas only: never
   a percentage, a score, a year, a date, a code or a bare number of no kind; never a
   bound in a rule);
2. **places**: two blocks of two sections, never two cells of one table (a table states a quantity once
   per row and column), and no block states both values (one paragraph giving ``131``
   and ``531`` names two things);
3. **labels**: both facts of one concept (or a part and its whole when the part
   exceeds it or no other part is stated: ``事业编制468名`` and ``编制数 | 486``), or labels sharing a content word (two
   characters that are not generic words, ``data/cues/slips.yaml``) and narrowing the
   object by the same words (``城市低保`` is not ``低保户``: IC005's ``activity_narrowing``);
   an activity's words are its label and what it counts when that is named right after
   the unit (``实际火化6,281具遗体``) or as the sentence's subject in a clause of its own
   (``城镇困难职工家庭，全年走访…``): :attr:`Statement.words`;
4. **qualifiers**: nothing stated differently: year, basis (a budget only with the
   same budget), scope (本级 / 所属单位 / a named unit; a part counted within a whole
   named just before, ``火化遗体中，…``, meets only the same part), funding source, new vs
   cumulative, and no target or another year's account on either side;
5. **arithmetic**: the difference is not a figure stated beside either (a part, a
   change) and neither is a stated part of the other (:class:`~.restated.Neighbours`);
6. **new**: the pair is not one a rule already pairs (two facts of one key are IC001's;
   two accounts of one activity are IC005's only when it compares their group, which it
   does not across measures, ``新增…`` and unstated, nor when one paragraph gives the
   label two values: the rule checks).

Statements are facts, accounts of activities, and the achieved cells of indicator tables
that are not score sheets (:func:`from_cell`: ``| 无偿献血人次 | 人次 | … | 52,386 |``
under ``全年实际值``); a score sheet's achieved cell is IC007's.

This module only reads; the rules report (IC001 for one concept, else IC005).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from auditor.read.activities import ACTIVITY_KINDS, Activity, Measure, measure_of
from auditor.read.facts import Fact
from auditor.read.figures import Figure, cue
from auditor.read.lexicon import Lexicon, clean_label
from auditor.read.qualifiers import BUDGETS, Basis, Scope
from auditor.read.relations import Breakdown
from auditor.read.restated import Neighbours, same_table
from auditor.read.slip_verdict import Sums, Verdict, decide
from auditor.read.wording import patterns
from auditor.text.units import UNITS, kind_of, same_dimension, to_base

MIN_DIGITS = 3
"""Significant digits both values must have for a slip alone to be evidence."""
SHORT_DIGITS = 2
"""Significant digits enough when the document's arithmetic also decides which value is
right (:mod:`.slip_verdict`): ``79`` and ``97`` where ``97`` is ``52 + 45`` stated with it."""
SCALE = 4
"""Decimal places (in the base unit) the digits are compared at."""
GUARDS = (
    "signature",
    "transposed",
    "places",
    "labels",
    "qualifiers",
    "arithmetic",
    "short",
    "new",
)
"""The guards in the order they are applied (:class:`Funnel`)."""


class Slip(StrEnum):
    """How one value is a typing slip of the other."""

    TRANSPOSED = "transposed"
    """Two adjacent digits swapped."""
    DIGIT = "digit"
    """One digit changed."""

    @property
    def label(self) -> str:
        """Chinese wording for messages."""
        return "相邻两位数字颠倒" if self == Slip.TRANSPOSED else "仅一位数字不同"


REPORTED = frozenset({Slip.TRANSPOSED})
"""The slips taken as evidence. One changed digit is read (:func:`slip`) but not taken:
on the held-out rounds it paired two different amounts of one concept (a budget and an
outturn, two years' spending) far more often than one amount mistyped."""


@dataclass(frozen=True, slots=True)
class Statement:
    """A figure with what it states: a fact of a concept or an activity's count."""

    figure: Figure
    unit: str | None
    """The figure's unit, or for a bare cell of a headcount-like concept the unit its
    concept counts in (``编制数 | 486`` is 486 人)."""
    label: str
    """The words naming it (the fact's label and concept name, or the activity's label)."""
    concept: str | None
    """The concept of a fact; None for an activity."""
    year: int | None
    basis: Basis
    scope: Scope
    scope_name: str
    source: str | None
    measure: Measure
    prior: tuple[object, ...]
    """The grouping an existing rule compares it under (a fact's key, an activity's label)."""
    part_of: str = ""
    """For a fact, the concept its concept is a kind of (事业编制 of 编制数)."""

    name: str = ""
    """How the statement is named in messages (a fact's concept, an activity's label)."""
    counted: str = ""
    """What an activity's figure counts when named after its unit (``6,281具遗体``)."""
    context: str = ""
    """The run-in title of the figure's paragraph (``1.学生资助项目。``): words that narrow
    what the paragraph counts are the label's too (:func:`_narrowed_alike`)."""

    @property
    def words(self) -> str:
        """The words naming what is counted: the label and the object after the unit."""
        return f"{self.label} {self.counted}" if self.counted else self.label


@dataclass(frozen=True, slots=True)
class NearMiss:
    """Two statements whose values are a typing slip of each other."""

    first: Statement
    second: Statement
    slip: Slip
    verdict: Verdict | None = None
    """Which value the document's arithmetic or other restatements confirm, if any."""
    short: bool = False
    """Fewer than :data:`MIN_DIGITS` significant digits: kept only on a verdict."""
    generic: bool = False
    """The labels share only a generic head noun (``项目``): kept only on a verdict,
    and told as a note (the rule doubts that the two are one quantity)."""

    @property
    def same_concept(self) -> bool:
        """Both are facts of one concept (IC001's), else two wordings of one thing (IC005's)."""
        return self.first.concept is not None and self.first.concept == self.second.concept


class Funnel(Counter[str]):
    """Candidate pairs left after each guard (keys: :data:`GUARDS`)."""


def from_fact(fact: Fact, lexicon: Lexicon) -> Statement:
    """A fact as a statement (its label and its concept's name are its words).

    A bare cell (no unit) of a concept counted in one kind of unit (编制数 in 人/名)
    takes that unit; a bare money cell keeps none (元 or 万元 is not known).
    """
    concept = lexicon.by_id(fact.concept)
    unit = fact.figure.unit
    if unit is None and concept is not None and concept.units:
        counted = [u for u in concept.units if u is not None and kind_of(u) == "count"]
        if counted and fact.figure.value == fact.figure.value.to_integral_value():
            unit = counted[0]
    return Statement(
        fact.figure,
        unit,
        f"{clean_label(fact.figure.label)}{fact.concept_name}",
        fact.concept,
        fact.year,
        fact.basis,
        fact.scope,
        fact.scope_name,
        fact.source,
        Measure.UNSTATED,
        ("fact", *fact.key()),
        concept.part_of if concept is not None else "",
        fact.concept_name,
    )


def from_activity(activity: Activity, year: int | None) -> Statement | None:
    """An activity as a statement; None for a plan or another year's account.

    Money counts only when the label names a payment (``发放临时救助金``), as in IC005:
    other amounts in prose are a project's or a fund's, seldom one quantity restated.
    """
    if activity.planned or activity.other_year or activity.span:
        return None
    if activity.figure.kind == "money" and not cue("consistency", "activity_payment").search(
        activity.label
    ):
        return None
    return Statement(
        activity.figure,
        activity.figure.unit,
        activity.label,
        None,
        year,
        Basis.UNSTATED,
        activity.scope,
        activity.scope_words,
        None,
        activity.measure,
        # IC005 groups one label by its measure and scope too: ``新增登记市场主体2,718户``
        # and ``登记市场主体2,781户`` are two of its groups, so the slip is told here
        (
            "activity",
            activity.label,
            activity.measure,
            _scope_key(activity.scope),
            activity.scope_words,
        ),
        "",
        activity.label + activity.counted,
        activity.counted,
    )


def from_cell(fig: Figure, year: int | None) -> Statement | None:
    """An indicator table's achieved cell as a statement of its row's quantity, or None.

    ``| 无偿献血人次 | 人次 | 50,000 | 52,386 |`` under ``全年实际值`` states 52,386 人次
    of ``无偿献血人次``. Only a bare count, length or area cell under an achieved-value
    column (cue ``actual_column``; not a target, plan or another year's column) of a row
    named in words; its unit is the one its row names (a ``单位`` column), else its
    column header's (``实际完成值（场）``), else the row name's counting word (``…人次``).
    """
    if not fig.table_value or fig.cell is None or not fig.column_path:
        return None
    header = "".join(fig.column_path)
    if not cue("slips", "actual_column").search(fig.column_path[-1]):
        return None
    if cue("slips", "not_actual_column").search(header):
        return None
    if any(int(y) != year for y in cue("slips", "column_year").findall(header)):
        return None  # ``2023年实际值``: another year's account
    parts = [clean_label(p) for p in fig.row_label.split("/") if p.strip()]
    units = [p for p in parts if p in UNITS]
    # ``…/公共文化场馆接待观众人次/≥260万人次``: a target cell beside the name is no name
    names = [
        p for p in parts if p not in UNITS and content_words(p) and not any(c.isdigit() for c in p)
    ]
    if not names:
        return None
    name = names[-1]
    unit = fig.unit or (units[-1] if units else None) or _unit_named(header, name)
    if kind_of(unit) not in ACTIVITY_KINDS or kind_of(unit) == "money":
        return None
    return Statement(
        fig,
        unit,
        name,
        None,
        year,
        Basis.UNSTATED,
        Scope.UNSTATED,
        "",
        None,
        measure_of(name),
        ("cell", fig.block, fig.cell[0]),
        "",
        name,
    )


def _unit_named(header: str, name: str) -> str | None:
    """The unit a column header (``（场）``) or a row's counting word (``…人次``) gives."""
    for key, text in (("header_unit", header), ("counting_word_unit", name)):
        for pattern in patterns("achieved", key):
            m = pattern.search(text)
            if m:
                return m.group("unit")
    return None


def _scope_key(scope: Scope) -> Scope:
    return Scope.UNSTATED if scope == Scope.TOTAL else scope


def statements(
    facts: Iterable[Fact],
    activities: Iterable[Activity],
    year: int | None,
    lexicon: Lexicon,
    cells: Iterable[Figure] = (),
    titles: Mapping[int, str] | None = None,
) -> list[Statement]:
    """Every fact (not a formula's operand), every account of an activity, and cells.

    The cells are the achieved cells of indicator tables that no fact claims
    (:func:`from_cell`); ``titles`` gives a paragraph's run-in title by block.
    """
    facts = list(facts)
    out = [from_fact(f, lexicon) for f in facts if f.origin != "formula"]
    out.extend(s for a in activities if (s := from_activity(a, year)) is not None)
    claimed = {f.figure for f in facts}
    out.extend(s for f in cells if f not in claimed and (s := from_cell(f, year)) is not None)
    if titles:
        out = [replace(s, context=titles.get(s.figure.block, "")) for s in out]
    return out


def slip(a: str, b: str) -> Slip | None:
    """Whether two digit strings of one length are a slip of each other.

    >>> slip("9418", "9481"), slip("487030", "481030"), slip("1250", "1520")
    (<Slip.TRANSPOSED: 'transposed'>, <Slip.DIGIT: 'digit'>, None)
    """
    if len(a) != len(b) or a == b:
        return None
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return Slip.DIGIT
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        i = diff[0]
        if a[i] == b[i + 1] and a[i + 1] == b[i]:
            return Slip.TRANSPOSED
    return None


def digits(fig: Figure, unit: str | None, least: int = MIN_DIGITS) -> str | None:
    """The figure's value as a digit string at :data:`SCALE` places in its base unit.

    A unit whose base value has no exact decimal form (亩) is compared in its own unit
    (the string is marked ``亩|`` so that only figures in 亩 meet it).
    None when it is no quantity a slip is evidence for: a kind other than counts, money,
    lengths and areas (a bare number may be a year, a code or a phone number), a bound
    in a rule, a negative value, or fewer than ``least`` significant digits
    (:data:`MIN_DIGITS` unless told).
    """
    if fig.threshold or kind_of(unit) not in ACTIVITY_KINDS:
        return None
    scaled = to_base(fig.value, unit).scaleb(SCALE)
    marked = ""
    if scaled != scaled.to_integral_value():
        # 亩 is 2000/3 m²: compared in its own unit, marked so only 亩 meets 亩
        scaled, marked = fig.value.scaleb(SCALE), f"{unit}|"
    if scaled <= 0 or scaled != scaled.to_integral_value():
        return None
    text = str(int(scaled))
    if len(text.rstrip("0")) < least:
        return None
    return marked + text


def _short(text: str) -> bool:
    """Fewer than :data:`MIN_DIGITS` significant digits (``亩|`` marks kept apart)."""
    return len(text.split("|")[-1].rstrip("0")) < MIN_DIGITS


def _keys(text: str) -> Iterable[tuple[object, ...]]:
    """Buckets two slips of each other share: one digit blanked, or two adjacent sorted."""
    for i in range(len(text)):
        yield ("digit", i, text[:i] + "*" + text[i + 1 :])
    for i in range(len(text) - 1):
        pair = "".join(sorted(text[i : i + 2]))
        yield ("swap", i, text[:i] + pair + text[i + 2 :])


def content_words(label: str) -> set[str]:
    """Two-character runs of Chinese in ``label`` that are not generic words."""
    generic = cue("slips", "generic_words")
    runs = [
        label[i : i + 2]
        for i in range(len(label) - 1)
        if all("\u4e00" <= ch <= "\u9fff" for ch in label[i : i + 2])
    ]
    return {r for r in runs if not generic.fullmatch(r)}


def _labels_meet(a: Statement, b: Statement, found: Sequence[Statement]) -> bool:
    if a.concept is not None and b.concept is not None:
        if a.concept == b.concept:
            return True
        part, whole = (a, b) if a.part_of == b.concept else (b, a)
        if part.part_of != whole.concept:
            return False  # two concepts of the lexicon are two quantities
        # 事业编制 468 and 编制数 486: the part is the whole only when no other part is stated
        return part.figure.base_value > whole.figure.base_value or not any(
            s.part_of == whole.concept and s.concept != part.concept for s in found
        )
    if not _narrowed_alike(a, b):
        return False  # ``城市低保`` is a part of ``低保户``: another group counted
    shared = content_words(a.words) & content_words(b.words)
    return any(_negated(a.words, w) == _negated(b.words, w) for w in shared)


def _negated(label: str, word: str) -> bool:
    """Whether every mention of ``word`` in the label follows a negation (``未就业``, ``不合格``).

    ``离校未就业高校毕业生`` and ``就业困难人员就业`` share 就业 as its opposite: two groups.
    """
    negations = [m.start() for m in cue("slips", "negation").finditer(label)]
    return all(
        any(0 < at - n <= NEGATION_REACH for n in negations)
        for at in (m.start() for m in re.finditer(re.escape(word), label))
    )


NEGATION_REACH = 4
"""How many characters after a negation a word may start and still be negated
(``尚未稳定脱贫户``: 脱贫 and 贫户)."""


def _one_name(a: Statement, b: Statement) -> bool:
    """Whether one label's content words all stand in the other's.

    ``市级重点工程`` in ``全县纳入市级重点工程``: the same noun phrase, however the verbs
    differ. Two significant digits need it (sharing one word is chance at that length).
    """
    wa, wb = content_words(a.words), content_words(b.words)
    small, large = sorted((wa, wb), key=len)
    return len(small) >= 2 and small <= large


def _heads_meet(a: Statement, b: Statement) -> bool:
    """Two activities' labels sharing a generic head noun only (cue ``generic_heads``)."""
    if not _narrowed_alike(a, b):
        return False
    heads = cue("slips", "generic_heads")
    return any(heads.fullmatch(w) for w in _runs(a.words) & _runs(b.words))


def _runs(label: str) -> set[str]:
    """Two-character runs of Chinese in ``label``."""
    return {
        label[i : i + 2]
        for i in range(len(label) - 1)
        if all("\u4e00" <= ch <= "\u9fff" for ch in label[i : i + 2])
    }


def _narrowed_alike(a: Statement, b: Statement) -> bool:
    """Whether both labels narrow what they count by the same words.

    A word the paragraph's own title names is the label's too: ``发放资助资金`` under
    ``1.学生资助项目。`` counts the 学生 that ``发放各类学生资助资金`` names.
    """
    na, nb = _narrowing(a.words), _narrowing(b.words)
    if na == nb:
        return True
    return na | _narrowing(a.context) == nb | _narrowing(b.context)


def _narrowing(label: str) -> set[str]:
    """Words that narrow whom or what a label counts (``城市``, ``残疾``, ``其中``)."""
    return {m.group(0) for m in cue("consistency", "activity_narrowing").finditer(label)}


def _scope(s: Statement) -> tuple[Scope, str]:
    return (Scope.UNSTATED, "") if s.scope == Scope.TOTAL else (s.scope, s.scope_name)


def _within(s: Statement) -> bool:
    """A part counted within a whole named just before (``火化遗体中，…``), not ``其中``."""
    return s.scope == Scope.UNIT and len(s.scope_name) > 2 and s.scope_name.endswith("中")


def qualifiers_agree(a: Statement, b: Statement) -> bool:
    """Nothing is stated differently (a stated budget meets only the same budget)."""
    if a.year != b.year:
        return False
    if a.basis != b.basis and (a.basis in BUDGETS or b.basis in BUDGETS):
        return False
    if Basis.UNSTATED not in (a.basis, b.basis) and a.basis != b.basis:
        return False
    sa, sb = _scope(a), _scope(b)
    if sa != sb and Scope.UNSTATED not in (sa[0], sb[0]):
        return False
    if sa != sb and (_within(a) or _within(b)):
        return False  # ``接通用户中，按期接通…``: a part that only its whole names
    if a.source != b.source:
        return False  # a funding source's share is another quantity than the whole
    return a.measure == b.measure or Measure.UNSTATED in (a.measure, b.measure)


def near_misses(
    found: Sequence[Statement],
    neighbours: Neighbours,
    section_of: Sequence[int],
    funnel: Funnel | None = None,
    breakdowns: Sequence[Breakdown] = (),
) -> list[NearMiss]:
    """Pairs of statements that state one quantity typed two ways, in document order.

    ``section_of`` gives each block's section: two statements of one section are two
    things (a section states each of its quantities once), as in IC005.
    Each pair carries the :class:`~.slip_verdict.Verdict` the document gives (the parts
    of ``breakdowns`` adding up to one value, or a third place restating it); a pair of
    two significant digits (``79``/``97``) is kept only with one (guard ``short``).
    """
    funnel = funnel if funnel is not None else Funnel()
    sums = Sums(breakdowns)
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    texts: list[str | None] = [digits(s.figure, s.unit, SHORT_DIGITS) for s in found]
    same_text: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if text is not None:
            same_text[text].append(i)

    def restated_of(k: int, other: int) -> list[Figure]:
        """Third places stating statement ``k``'s value of the same thing."""
        s = found[k]
        away = {s.figure.block, found[other].figure.block}
        return list(
            dict.fromkeys(
                found[m].figure
                for m in same_text[texts[k] or ""]
                if found[m].figure.block not in away
                and _labels_meet(s, found[m], found)
                and qualifiers_agree(s, found[m])
            )
        )

    for i, text in enumerate(texts):
        if text is not None:
            for key in _keys(text):
                buckets[key].append(i)
    candidates: set[tuple[int, int]] = set()
    for members in buckets.values():
        for i, j in itertools.combinations(members, 2):
            if texts[i] != texts[j]:
                candidates.add((i, j))
    together: dict[int, set[str]] = defaultdict(set)
    for s, text in zip(found, texts, strict=True):
        if text is not None:
            together[s.figure.block].add(text)
    out: list[NearMiss] = []
    seen: set[tuple[str, str]] = set()
    for i, j in sorted(candidates):
        a, b = found[i], found[j]
        kind = slip(texts[i] or "", texts[j] or "")
        if kind is None or not same_dimension(a.unit, b.unit):
            continue
        funnel["signature"] += 1
        if kind not in REPORTED:
            continue
        funnel["transposed"] += 1
        ta, tb = texts[i] or "", texts[j] or ""
        if a.figure.block == b.figure.block or same_table(a.figure, b.figure):
            continue
        if section_of[a.figure.block] == section_of[b.figure.block]:
            continue
        if any(ta in values and tb in values for values in together.values()):
            continue  # one place states both values: they are two quantities
        funnel["places"] += 1
        generic = False
        if not _labels_meet(a, b, found):
            if a.concept is not None or b.concept is not None or not _heads_meet(a, b):
                continue
            generic = True  # ``民生项目``/``基础设施项目``: kept only on a verdict, as a note
        funnel["labels"] += 1
        if not qualifiers_agree(a, b):
            continue
        funnel["qualifiers"] += 1
        low, high = sorted((a, b), key=lambda s: s.figure.base_value)
        if neighbours.explain([low.figure], [high.figure]):
            continue
        funnel["arithmetic"] += 1
        restated = {a.figure: restated_of(i, j), b.figure: restated_of(j, i)}
        verdict = decide(a.figure, b.figure, sums, restated)
        short = _short(ta) or _short(tb)
        if short and not _one_name(a, b):
            continue  # two digits: the whole noun phrase must be one, not one shared word
        if (short or generic) and verdict is None:
            continue  # two digits swap by chance: only the document's arithmetic tells
        funnel["short"] += 1
        if a.prior == b.prior and a.concept is not None:
            continue  # IC001 compares two facts of one key itself
        # two accounts of one activity label are IC005's unless it leaves the group
        # uncompared (one paragraph giving the label two values): the rule tells
        if (min(ta, tb), max(ta, tb)) in seen:
            continue  # the same two values met again in other places
        seen.add((min(ta, tb), max(ta, tb)))
        funnel["new"] += 1
        first, second = sorted((a, b), key=lambda s: s.figure.block)
        out.append(NearMiss(first, second, kind, verdict, short, generic))
    return out
