"""Breakdowns a sentence asserts: ``共计 X，其中 a、b、c``, ``X，包括 a、b``, ``X（a，b）``.

A ``其中`` starting a sentence attaches to the previous sentence's total; nested
``其中`` inside parentheses belongs to the figure the parentheses follow; a total written
after its parts (``A a、B b，合计X``) adds them. Cue words are in ``data/cues/tables.yaml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from auditor.read.figures import Figure, restatements
from auditor.read.hypotheses import holds
from auditor.read.qualifiers import Role
from auditor.read.relations.model import Breakdown, cue
from auditor.read.relations.nesting import choose_nesting
from auditor.read.textindex import (
    closing_brackets,
    first_match_start,
    has_match_within,
    last_break_before,
    last_match_start,
    next_break_at_or_after,
    open_before,
)
from auditor.read.wording import alternation, patterns, words
from auditor.text.normalise import clause_start
from auditor.text.numbers import chinese_numeral
from auditor.text.units import same_dimension

_TOTAL_CUE = cue("total_before_list")
_QIZHONG = re.compile(alternation("tables", "part_openers"))
_ADJACENT = re.compile(alternation("tables", "adjacent_part_openers"))
_ADJACENT_GAP = cue("adjacent_opener_gap")
_COUNTED_GAP = cue("counted_items_gap")
_CLAUSE_TOTAL_LEAD = cue("clause_total_lead")
_LIST_CLOSE = re.compile(r"[；;。]")
_PROJECT_MONEY_HEAD = cue("project_money_head")
_DIGIT = re.compile(r"\d")
_CLAUSE_TOTAL_GAP = cue("clause_total_gap")
_COMPLETE = cue("complete_cue")
_SENTENCE_END = "。！？!?"
RELATION_WINDOW = 400
"""Characters before a figure searched for a clause that ends a 其中 list (a bound, so a
line of thousands of figures without a comma costs linear time)."""
RELATION_FIGURES = 100
"""Figures looked back over for the total a 其中 part belongs to."""
MAX_NESTING = 8
"""Brackets nested deeper than this explain no figure (4,000 nested brackets are not a
breakdown of a breakdown of …)."""
EXHAUSTIVE_SHARE = Decimal("0.05")
"""Parts within 5 % of their total are read as a complete breakdown."""

FamilyOf = Callable[[Figure], str | None]
RoleOf = Callable[[Figure], Role]
BasisOf = Callable[[Figure], str | None]


def concept_family(concept_id: str | None) -> str | None:
    """Kinds of quantity that can be parts of one another (编制 and its 行政/事业 parts).

    A 其中 list ends at a figure of another family: ``核定编制73名，其中行政编制39名、
    事业编制34名；实有人数69名`` lists no 实有人数 among the 编制.
    """
    if concept_id is None:
        return None
    if concept_id.startswith("headcount.authorised"):
        return "headcount.authorised"
    if concept_id == "headcount.actual":
        return concept_id
    return concept_id.split(".")[0]


def _compatible(total: str | None, part: str | None) -> bool:
    if total is None or part is None or total == part:
        return True
    return total == "budget" and part == "expenditure"


def text_parents(
    text: str,
    figures: Sequence[Figure],
    family_of: FamilyOf | None = None,
    role_of: RoleOf | None = None,
    basis_of: BasisOf | None = None,
) -> dict[int, tuple[int, str]]:
    """Map figure index -> (parent figure index, ``paren`` or ``qizhong``).

    ``role_of`` tells a change (``较上年减少0.62万元``) from a level: a change owns no
    其中 list or parenthesis (its parts are the level's, or changes themselves), and a
    change is never a part of a level.
    """
    parents: dict[int, tuple[int, str]] = {}
    openers = _openers(text, figures)
    changes = (
        frozenset(i for i, f in enumerate(figures) if role_of(f) == Role.CHANGE)
        if role_of is not None
        else frozenset()
    )
    # ``较上年298件``: the base of a comparison heads no list either (its sentence's own
    # figure does).
    not_heads = changes | comparison_bases(figures) | _compared_with(text, figures)
    restating = restatements(text, figures)  # ``6.32万元（63,200.00元）``: one figure
    depth_at = _paren_depths(text)
    open_paren_parent: dict[int, int] = {}
    tentative: set[int] = set()
    for pos, ch in enumerate(text):
        if ch in "（(" and depth_at[pos] < MAX_NESTING and not holds_calculation(text, pos):
            # The last figure ending before the bracket (figures are in text order).
            j = bisect.bisect_right(figures, pos, key=lambda f: f.amount.end) - 1
            if j >= 0:
                f = figures[j]
                if pos - f.amount.end <= 2 and depth_at[f.amount.start] == depth_at[pos]:
                    open_paren_parent[pos] = j
    for i, fig in enumerate(figures):
        if i in restating:
            continue
        opener = _enclosing_open(text, fig.amount.start)
        if (
            opener is not None
            and opener not in open_paren_parent
            and _bracketed_amount(text, opener, fig)
        ):
            opener = None  # ``分别为A（96.30万元）、B（82.10万元）``: a name's amount
        if opener is not None and opener in open_paren_parent:
            if open_paren_parent[opener] in changes:
                continue  # ``减少0.62万元（办公费8.20万元…）``: a change owns no parts
            qz = _qizhong_before(openers, fig, opener)
            parents[i] = (open_paren_parent[opener], "paren" if qz is None else "qizhong")
            continue
        qz = _qizhong_before(openers, fig, opener if opener is not None else -1)
        if qz is None:
            continue
        parent = _qizhong_parent(text, figures, i, qz, depth_at, restating, not_heads, tentative)
        if parent is not None:
            parents[i] = (parent, "qizhong")
    _drop_base_and_reductions(figures, parents)
    for i in changes:
        if i in parents and parents[i][1] == "qizhong":
            del parents[i]  # ``其中办公费减少0.30万元``: a change, not a part of the level
    for i in _moves(text, figures):
        parents.pop(i, None)  # ``由180.00万元调整为205.00万元``: another time's values
    bounds = {i for i, f in enumerate(figures) if _BOUND_AFTER.match(text, f.amount.end)}
    for i in [i for i, (parent, _how) in parents.items() if i in bounds or parent in bounds]:
        del parents[i]  # ``全部达到5万元以上，其中20万元以上的…``: thresholds, no sum
    _drop_change_parts(figures, parents)
    _close_lists_at_breaks(text, figures, parents)
    if family_of is not None:
        _close_lists_at_other_families(figures, parents, family_of)
    _close_lists_at_other_actions(text, figures, parents)
    if basis_of is not None:
        _drop_parts_of_another_basis(figures, parents, basis_of)
    _choose_heads(text, figures, parents, depth_at, openers, tentative, not_heads)
    return parents


_COMPARISON_BASE = cue("comparison_base_label")
_OWN_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2}")
"""Words before a sentence's opener: a subject of its own, not the sentence before's total."""


def comparison_bases(figures: Sequence[Figure]) -> frozenset[int]:
    """Figures labelled only as a comparison's base (``较上年298件``, ``上年为3,380件``)."""
    return frozenset(
        i
        for i, f in enumerate(figures)
        if _COMPARISON_BASE.fullmatch(f.label.strip(" ，,、：:")) is not None
    )


def _compared_with(text: str, figures: Sequence[Figure]) -> frozenset[int]:
    """Figures a ``与…相比`` frames as the base of a comparison.

    ``与2024年度支出合计3,045.16万元相比，…增加153.11万元``: the value compared with heads no
    其中 list after it.
    """
    out: set[int] = set()
    for i, f in enumerate(figures):
        start = clause_start(text, f.amount.start, "，,；;。：:！？")
        if _COMPARED_AFTER.match(text, f.amount.end) and _COMPARED_BEFORE.match(text, start):
            out.add(i)
        elif _SHARE_OF.match(text, f.amount.end):
            out.add(i)  # ``为预算数12.60万元的85.95%``: the base of a share, no head
    return frozenset(out)


_COMPARED_BEFORE = cue("compared_with_before")
_COMPARED_AFTER = cue("compared_with_after")
_SHARE_OF = cue("share_of_after")
_FROM_BEFORE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("facts", "moved_from_before"))
)
_FROM_AFTER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in patterns("facts", "moved_from_after"))
)
_BOUND_AFTER = re.compile(r"\s*(?:" + patterns("tables", "count_bound")[0].pattern + ")")
"""A threshold right after a figure (``5万元以上``): it bounds, it does not sum."""
_CHANGE_PART = cue("change_part")
_CHANGE_BASE = cue("change_part_base")


def _moves(text: str, figures: Sequence[Figure]) -> set[int]:
    """Figures a quantity moved from and to (``由180.00万元调整为205.00万元``): no parts.

    The value before (:attr:`Role.PRIOR`) and the one after state the same item at two
    times; neither is a share of a total the sentence lists.
    """
    out: set[int] = set()
    for i, fig in enumerate(figures):
        start = fig.amount.start
        if not _FROM_BEFORE.search(text, max(0, start - 4), start):
            continue
        m = _FROM_AFTER.match(text, fig.amount.end)
        if m is None:
            continue
        out.add(i)
        if i + 1 < len(figures) and not text[m.end() : figures[i + 1].amount.start].strip():
            out.add(i + 1)
    return out


def _drop_change_parts(figures: Sequence[Figure], parents: dict[int, tuple[int, str]]) -> None:
    """Drop parts named as a budget's change (``年中调增预算25.00万元``) from their list.

    A change is what the year's adjustment moved, not a share of the total, unless a
    sibling part names the base it was added to (``年初预算500万元、追加预算55万元``).
    """
    lists: dict[int, list[int]] = {}
    for child, (parent, _how) in parents.items():
        lists.setdefault(parent, []).append(child)
    for kids in lists.values():
        if any(_CHANGE_BASE.search(figures[k].label) for k in kids):
            continue
        for k in kids:
            if _CHANGE_PART.search(figures[k].label.strip()):
                del parents[k]


_REDUCTION_PART = cue("reduction_part")


def _drop_base_and_reductions(
    figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> None:
    """Drop a list naming a budget's base and what the year took out of it.

    ``调整后预算1,815.00万元，其中年初预算1,540.00万元、追加320.00万元、调减45.00万元``:
    the whole is the base plus the additions less the reductions, not the sum of the
    items listed, so the list is not read as its parts (nothing is checked).
    """
    lists: dict[int, list[int]] = {}
    for child, (parent, _how) in parents.items():
        lists.setdefault(parent, []).append(child)
    for kids in lists.values():
        labels = [figures[k].label.strip() for k in kids]
        if any(_CHANGE_BASE.search(x) for x in labels) and any(
            _REDUCTION_PART.search(x) for x in labels
        ):
            for k in kids:
                del parents[k]


def _openers(text: str, figures: Sequence[Figure]) -> tuple[int, ...]:
    """Where a list of parts opens: every 其中/包括, and each 分别用于/分别为 right after a figure."""
    found = {m.start() for m in _QIZHONG.finditer(text)}
    by_end = sorted(figures, key=lambda f: f.amount.end)
    ends = [f.amount.end for f in by_end]
    starts = [f.amount.start for f in by_end]
    for m in _ADJACENT.finditer(text):
        k = bisect.bisect_right(ends, m.start()) - 1
        if k >= 0 and _ADJACENT_GAP.search(text[ends[k] : m.start()]):
            found.add(m.start())
        elif k >= 1 and _COUNTED_GAP.search(text[ends[k - 1] : m.start()]):
            found.add(m.start())  # ``285.40万元，主要用于4个项目，分别为…``
        elif k >= 0 and _totalled_clause(text, starts[k], ends[k], m.start()):
            found.add(m.start())  # ``共计对38家调查对象开展检查，分别为…``
    return tuple(sorted(found))


def _totalled_clause(text: str, start: int, end: int, opener: int) -> bool:
    """Whether a total's own clause runs on to the opener (``共计对38家调查对象开展…，分别为``).

    The clause must mark the figure as a total (共/共计/合计 before it) and name no
    other figure after it: the words between are what it counts and the action.
    """
    lead = text[clause_start(text, start, "，；;。") : start]  # not a ``3,000``'s comma
    return bool(_CLAUSE_TOTAL_LEAD.search(lead)) and bool(
        _CLAUSE_TOTAL_GAP.search(text[end:opener])
    )


def opens_adjacent_list(text: str, total: Figure) -> bool:
    """Whether ``分别用于``/``分别为`` … follows ``total`` right away (a complete list)."""
    m = _ADJACENT.search(text, total.amount.end, total.amount.end + 12)
    return m is not None and bool(_ADJACENT_GAP.search(text[total.amount.end : m.start()]))


_PART_ACTION = patterns("tables", "part_action")


def _action(text: str) -> str | None:
    """The action a part's clause names (``签订`` in ``签订采购合同``), if any."""
    for pattern in _PART_ACTION:
        m = pattern.search(text)
        if m:
            return m.group("verb")
    return None


def _close_lists_at_other_actions(
    text: str, figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> None:
    """Drop a count's 其中 parts from the first that counts the objects of another action.

    ``组织公开招标项目38个，其中：货物类12个，服务类9个，签订合同35个``: the contracts are
    not projects; ``新招录干警54名，其中参加培训86名，晋升职级12名``: neither group is a
    share of the recruits. A part naming an action the total's own clause does not
    name counts something else, unless every part names the same action
    (``查出问题41个，其中已整改38个、未整改3个``: the items of one list).
    """
    lists: dict[int, list[int]] = {}
    for child, (parent, how) in sorted(parents.items()):
        if how == "qizhong":
            lists.setdefault(parent, []).append(child)
    for parent, kids in lists.items():
        total = figures[parent]
        if total.kind in ("money", "percent", "number", "score"):
            continue  # amounts are spent on actions (``用于培训12.00万元``): still parts
        own = text[clause_start(text, total.amount.start) : total.amount.start]
        names = [
            text[
                max(
                    clause_start(text, figures[k].amount.start), figures[k].sentence_start
                ) : figures[k].amount.start
            ]
            for k in kids
        ]
        verbs = [_action(name) for name in names]
        parallel = len(kids) >= 2 and verbs[0] is not None and len(set(verbs)) == 1
        noun = _counted_noun(total.label)
        running = Decimal(0)
        for n, (k, verb, name) in enumerate(zip(kids, verbs, names, strict=True)):
            before = running
            running += figures[k].base_value
            other_action = not parallel and verb is not None and verb not in own
            if (
                other_action
                or _other_noun(noun, names[:n], name, before, running, total)
                or _other_unit(total.label, name)
            ):
                for later in kids[n:]:
                    del parents[later]
                break


_NOUN_TAIL = cue("counted_noun_tail")
_KIND_NAME = cue("kind_name")
_WORDED = frozenset({"分别", "列出为零的分项", "互补", "列出其余", "地名分项", "合计所列各类"})
"""Reasons a list is complete that the list's own words give (see ``Breakdown.worded``)."""


def _counted_noun(label: str) -> str:
    """The thing a count total counts: its label's last two characters (``项目``) or empty."""
    stem = _NOUN_TAIL.sub("", label.strip())
    tail = stem[-2:]
    return tail if len(tail) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in tail) else ""


def _other_noun(
    noun: str, earlier: Sequence[str], name: str, before: Decimal, running: Decimal, total: Figure
) -> bool:
    """Whether a later part names another thing than the total and earlier parts count.

    ``招标项目42个，其中：公路类项目17个，站场类项目11个，施工合同39个``: the earlier parts
    repeat the total's thing (项目), this one names none and is no kind of it (not
    ``…类``), and only with it do the parts exceed the total: it counts contracts.
    """
    if not noun or not earlier or not any(noun in e for e in earlier) or noun in name:
        return False
    if _KIND_NAME.search(name.strip(" ：:，,、；;")):
        return False
    return running > total.base_value >= before


_UNIT_NOUN = cue("organisation_noun")
_UNIT_CONTAINER = cue("organisation_container")
_UNIT_TOTAL = cue("organisation_total_words")


def _unit_noun(label: str) -> str:
    m = _UNIT_NOUN.search(_NOUN_TAIL.sub("", label.strip(" ：:，,、；;")))
    return m.group(0) if m else ""


def _other_unit(total_label: str, name: str) -> bool:
    """Whether a part counts another organisational unit than its total.

    ``局机关设股室7个，其中稽查中队5个、事业单位3个``: 股室 are not made of 中队 and 事业单位;
    the counts describe a department's structure side by side. A total counting units of
    any kind (``内设机构``, ``所属单位``) has any unit as its part.
    """
    noun = _unit_noun(total_label)
    if (
        not noun
        or not _UNIT_TOTAL.search(total_label)
        or _UNIT_CONTAINER.search(_NOUN_TAIL.sub("", total_label.strip()))
    ):
        return False
    part = _unit_noun(name)
    return bool(part) and not part.endswith(noun) and not noun.endswith(part)


_HEAD_GENERIC = cue("head_generic_words")
_HEAD_BREAK = "；;"
_ELIDED_SUBJECT = cue("elided_subject_label")


def _choose_heads(
    text: str,
    figures: Sequence[Figure],
    parents: dict[int, tuple[int, str]],
    depth_at: list[int],
    openers: Sequence[int],
    tentative: set[int] | None = None,
    not_heads: frozenset[int] = frozenset(),
) -> None:
    """Give each 其中 list the head, among its sentence's totals, that the text supports.

    ``受理申请412件，办结398件；其中受理A类236件、B类97件、C类79件``: the words attach
    the list to the nearer 398, the document's own arithmetic to 412. Among the figures
    of the sentence before the 其中 (back to the previous list), the one the parts add up
    to exactly wins; with none, the one whose words the list repeats (``受理``); with
    neither, a list after ``；`` or opening a sentence (``tentative``) is left unchecked
    (two heads, no way to tell), and one right after its figure, or after a total named
    so (``共计``), stays with it.
    """
    tentative = tentative or set()
    groups: dict[tuple[int, int], list[int]] = {}
    for i, (parent, how) in sorted(parents.items()):
        if how != "qizhong":
            continue
        if parent in parents:
            if i in tentative:
                del parents[i]  # a part of the sentence before: no evidence to weigh
            continue
        if _enclosing_open(text, figures[i].amount.start) is not None:
            continue  # a 其中 inside brackets belongs to the figure the brackets follow
        qz = _qizhong_before(openers, figures[i], -1)
        if qz is not None:
            groups.setdefault((parent, qz), []).append(i)
    for (parent, qz), kids in groups.items():
        heads = [
            h
            for h in _candidate_heads(figures, parents, depth_at, parent, qz, kids[0])
            if h not in not_heads or h == parent
        ]
        if len(heads) < 2:
            continue  # one head: the words' reading (a tentative one has two by design)
        parts = [figures[k] for k in kids if same_dimension(figures[k].unit, figures[parent].unit)]
        chosen: int | None = None
        if len(parts) >= 2 and all(p.amount.addable for p in parts):
            exact = [h for h in heads if holds(figures[h], parts)]
            if parent in exact:
                continue
            if len(exact) == 1:
                chosen = exact[0]
        if chosen is None:
            chosen = _repeated_head(text, figures, heads, qz, kids[0])
            if chosen != parent and _ELIDED_SUBJECT.fullmatch(
                figures[parent].label.strip(" ，,：:")
            ):
                # ``编制数420辆，实有412辆，其中…用车238辆``: the nearer head's subject is
                # the earlier one's, elided; the words it shares are no evidence
                chosen = None
        if chosen is None and not any(k in tentative for k in kids):
            total = figures[parent]
            named = _TOTAL_CUE.search(text[total.sentence_start : total.amount.start][-8:])
            if named or not any(ch in _HEAD_BREAK for ch in text[total.amount.end : qz]):
                continue  # right after its figure, or a total named so: the words stand
        for k in kids:
            if chosen is None:
                del parents[k]
            else:
                parents[k] = (chosen, "qizhong")


def _candidate_heads(
    figures: Sequence[Figure],
    parents: dict[int, tuple[int, str]],
    depth_at: list[int],
    parent: int,
    qz: int,
    first: int,
) -> list[int]:
    """Figures of ``parent``'s sentence before the 其中 at ``qz`` that could head its list.

    Back from the 其中 to the sentence's start or the last part of an earlier list;
    each of the parent's kind of quantity (same dimension, not a rate or a bare number).
    """
    total = figures[parent]
    out: list[int] = []
    for k in range(first - 1, max(-1, first - 1 - RELATION_FIGURES), -1):
        f = figures[k]
        if f.sentence_start != total.sentence_start or k in parents:
            break
        if (
            f.amount.end <= qz
            and depth_at[f.amount.start] == depth_at[qz]
            and same_dimension(f.unit, total.unit)
            and f.kind not in ("percent", "number", "score")
            and f.amount.addable
        ):
            out.append(k)
    return out


def _repeated_head(
    text: str, figures: Sequence[Figure], heads: Sequence[int], qz: int, first: int
) -> int | None:
    """The one head whose words the list's opening repeats (``受理…；其中受理A类…``)."""
    words_ = text[qz : figures[first].amount.start]
    opening = _bigrams(_ADJACENT.sub("", _QIZHONG.sub("", words_, count=1), count=1))
    scores = {h: len(opening & _bigrams(figures[h].label)) for h in heads}
    best = max(scores.values(), default=0)
    winners = [h for h, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _bigrams(words_: str) -> set[str]:
    """Pairs of adjacent Chinese characters, generic words (全年, 共计) left out."""
    kept = _HEAD_GENERIC.sub(" ", words_)
    return {
        kept[i : i + 2]
        for i in range(len(kept) - 1)
        if all("\u4e00" <= ch <= "\u9fff" for ch in kept[i : i + 2])
    }


# A clause that leaves a 其中 list: another group (另有离退休人员), a comparison with
# last year (较上年减少, 上年实际支出), or the year-end balance beside 支出合计.
_LIST_BREAK = cue("list_break")
_BALANCE_BREAK = cue("balance_break")


def _close_lists_at_breaks(
    text: str, figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> None:
    """Drop 其中 parts from the first one whose clause leaves the list on."""

    def leaves(parent: int, i: int) -> bool:
        fig = figures[i]
        start = max(
            clause_start(text, fig.amount.start),
            fig.sentence_start,
            fig.amount.start - RELATION_WINDOW,
        )
        clause = text[start : fig.amount.start]
        return bool(
            _LIST_BREAK.search(clause)
            or (_BALANCE_BREAK.search(clause) and "总计" not in figures[parent].label)
            or _states_its_own(text, figures[parent], fig)
            or _sibling_classes(figures[parent], fig)
            or _sibling_units(text, figures[parent], fig)
            or next_item_between(text, figures[parent], fig)
            or _named_in_words(text, figures[parent], fig)
            or _another_project_after_break(text, figures, figures[parent], fig)
            or _rest_of_an_earlier_whole(figures, figures[parent], fig)
        )

    _close_lists(parents, leaves)


def _rest_of_an_earlier_whole(figures: Sequence[Figure], total: Figure, fig: Figure) -> bool:
    """Whether a part named as what is left is an earlier figure less the list's total.

    ``项目总投资5,400.00万元…当年实际支付4,860.00万元，其中中央资金3,240.00万元；剩余
    540.00万元…结转下年支付``: 540 is 5,400 − 4,860, what is left of the investment,
    not a part of what was paid.
    """
    label = (fig.label or "").strip(" ，,、；;：:")
    if not _REMAINDER.search(label):
        return False
    return any(
        f.block == total.block
        and f.amount.end <= total.amount.start
        and same_dimension(f.unit, total.unit)
        and f.base_value - total.base_value == fig.base_value
        for f in figures
    )


def _another_project_after_break(
    text: str, figures: Sequence[Figure], total: Figure, fig: Figure
) -> bool:
    """Whether ``fig``'s clause, after a ``；``, opens with another project's money.

    ``甲项目全年预算130,000.00元，支出126,800.00元，其中…；光彩事业项目全年预算200,000.00
    元``: the project named after the break is the total's sibling, not one of its parts.
    """
    brk = max(text.rfind(ch, total.amount.end, fig.amount.start) for ch in "；;")
    if brk < 0:
        return False
    head = re.sub(r"[“”\"'‘’]", "", text[brk + 1 : fig.amount.start])  # ``“万企兴万村”行动…``
    if _PROJECT_MONEY_HEAD.match(head) is None:
        return False
    # ``项目支出X。其中：A项目预算a，实际支出b；B项目预算c…``: a list of projects goes on
    # with the next project after the break.
    opener = _QIZHONG.search(text, total.amount.end, brk)
    if opener is None:
        return True
    first = next(
        (
            f
            for f in figures
            if f.amount.start >= opener.end() and same_dimension(f.unit, total.unit)
        ),
        fig,
    )
    # The first item's name up to its amount, digits inside the name (``全国1%人口``) aside.
    name = re.sub(r"[“”\"'‘’\d.%％]", "", text[opener.end() : first.amount.start])
    return _PROJECT_MONEY_HEAD.match(name.lstrip("：:，, 年")) is None


def _named_in_words(text: str, total: Figure, fig: Figure) -> bool:
    """Whether the total's 包括/其中 list names its parts in words and ends before ``fig``.

    ``财政拨款收入6,318.62万元，主要包括县级安排的基本支出和…转移支付资金；政府性基金
    预算财政拨款收入480.00万元``: the list closes at its ``；`` with no figure in it, so
    the figures after it are the total's siblings, not its parts.
    """
    opener = last_match_start(text, _QIZHONG.pattern, total.amount.end, fig.amount.start)
    if opener < 0:
        return False
    end = _LIST_CLOSE.search(text, opener, fig.amount.start)
    return end is not None and not _DIGIT.search(text, opener, end.start())


_ITEM_MARKERS = patterns("tables", "item_marker")


def _item_number(mark: re.Match[str]) -> int | None:
    raw = mark.group("n")
    if "\u2460" <= raw <= "\u2473":
        return ord(raw) - 0x2460 + 1
    if raw.isascii() and raw.isdigit():
        return int(raw)
    return chinese_numeral(raw)


def next_item_between(text: str, head: Figure, fig: Figure) -> bool:
    """Whether ``fig`` lies in the enumerated item after the one ``head`` is stated in.

    ``（2）甲项目实际支出103.86万元，其中…已单独核算；（3）乙项目实际支出41.83万元``: the
    head's item opens with ``（2）`` and ``（3）`` opens its sibling, whose figures are
    not the head's parts. A list of parts marked in a style of its own (``其中：①…；②…``)
    or numbered from one again stays the head's.
    """
    start = max(head.sentence_start, head.amount.start - RELATION_WINDOW)
    for style in _ITEM_MARKERS:
        own = None
        for mark in style.finditer(text, start, head.amount.start):
            own = mark  # the last marker before the head: the head's own item
        if own is None:
            continue
        number = _item_number(own)
        if number is None:
            continue
        for mark in style.finditer(text, head.amount.end, fig.amount.start):
            if _item_number(mark) == number + 1:
                return True
    return False


_STATEMENT_VERB = cue("statement_verb")
FUNCTION_CLASS = re.compile(
    f"(?P<cls>{'|'.join(map(re.escape, words('tables', 'function_class_name')))})支出$"
)
"""A label naming a function class of spending (``一般公共服务支出``; group ``cls``)."""


def _sibling_classes(total: Figure, fig: Figure) -> bool:
    """Whether ``fig`` and the total name two 类 of spending (``城乡社区支出``, ``农林水支出``).

    ``城乡社区支出598.62万元，其中使用政府性基金312.60万元，…；农林水支出520.33万元``:
    a class of the same level as the total is its sibling, so the 其中 list ends there.
    A 款 naming its own class (``其他城乡社区支出``) stays a part.
    """
    own = FUNCTION_CLASS.search((total.label or "").strip())
    other = FUNCTION_CLASS.search((fig.label or "").strip())
    return own is not None and other is not None and own.group("cls") != other.group("cls")


_UNIT_LEAD = cue("unit_name_lead")


def _sibling_units(text: str, total: Figure, fig: Figure) -> bool:
    """Whether ``fig``'s clause opens with a unit other than the one the total names.

    ``市国有长岭林场支出2,763.19万元，其中项目支出…；市国有石门林场支出1,919.51万元``:
    the second 林场 is the first one's sibling, so the 其中 list ends before it.
    """
    own = _UNIT_LEAD.match((total.label or "").strip())
    start = clause_start(text, fig.amount.start)
    other = _UNIT_LEAD.match(text[start : fig.amount.start].strip())
    return own is not None and other is not None and own.group("name") != other.group("name")


def _states_its_own(text: str, total: Figure, fig: Figure) -> bool:
    """Whether ``fig``'s clause, after the 其中's own, states a figure beside the total.

    ``查出违规金额3.26亿元，其中已整改2.84亿元；查出管理不规范金额7.15亿元``: the clause
    opens with the verb of the total's clause, so it is a second total, not a part.
    ``完成项目12个，其中专项5个，发现问题41个``: it opens with another verb and its
    figure alone exceeds the total, so it counts another thing. Items that open with
    the verb the 其中 item opens with (``其中完成A 3个，完成B 4个``) stay parts.
    """
    opener = last_match_start(text, _QIZHONG.pattern, total.amount.end, fig.amount.start)
    start = clause_start(text, fig.amount.start)
    if opener < 0 or start <= opener:
        return False  # the 其中's own clause
    m = _STATEMENT_VERB.search(text[start : fig.amount.start].strip())
    if m is None:
        return _repeats_head_verb(text, total, opener, fig)
    verb = m.group("verb")
    first = _QIZHONG.sub("", text[opener : opener + 12], count=1).lstrip("：:，, ")
    if first.startswith(verb):
        return False  # parallel items (``其中完成A 3个，完成B 4个``)
    own = text[clause_start(text, total.amount.start, _OWN_MARKS) : total.amount.start]
    return verb in own or fig.base_value > total.base_value


_LEAD_WORDS = re.compile(r"^(?:全年|本年度?|当年|年末|年初|年底|累计|共|并|还|同时)+")
_OWN_MARKS = "，,；;。！？"
"""Where the total's own clause begins: a sentence's end too (``…体检。纳入管理的…``)."""
_VERB_CHARS = 2
"""Characters of a clause's opening verb compared with the total's (``管理``)."""


def _repeats_head_verb(text: str, total: Figure, opener: int, fig: Figure) -> bool:
    """Whether a clause after a ``；`` opens with the verb the total's clause opens with.

    ``管理高血压患者32,860人，其中规范管理25,914人；管理2型糖尿病患者10,472人``: the
    clause after the ``；`` states a second total of its own, not a part, whatever the
    verb (the 其中 items opening with it too stay parts).
    """
    brk = max(text.rfind(ch, opener, fig.amount.start) for ch in "；;")
    if brk < 0:
        return False
    after = _LEAD_WORDS.sub("", text[brk + 1 : fig.amount.start].strip())
    own = _LEAD_WORDS.sub(
        "", text[clause_start(text, total.amount.start, _OWN_MARKS) : total.amount.start]
    )
    own = own.strip()
    first = _QIZHONG.sub("", text[opener : opener + 12], count=1).lstrip("：:，, ")
    verb = own[:_VERB_CHARS]
    return (
        len(verb) == _VERB_CHARS
        and all("\u4e00" <= ch <= "\u9fff" for ch in verb)
        and after.startswith(verb)
        and not first.startswith(verb)
    )


def _close_lists_at_other_families(
    figures: Sequence[Figure], parents: dict[int, tuple[int, str]], family_of: FamilyOf
) -> None:
    """Drop 其中 parts from the first one that names another family of quantity on."""
    _close_lists(
        parents,
        lambda parent, i: not _compatible(family_of(figures[parent]), family_of(figures[i])),
    )


_BUDGET_BASES = frozenset({"budget", "initial_budget", "adjusted_budget"})


def _basis_kind(basis: str | None) -> str | None:
    """``budget`` for any kind of budget, ``actual``, or None when the words state none."""
    if basis is None:
        return None
    return "budget" if basis in _BUDGET_BASES else "actual"


def _drop_parts_of_another_basis(
    figures: Sequence[Figure], parents: dict[int, tuple[int, str]], basis_of: BasisOf
) -> None:
    """In a list whose items state budgets and actuals, keep the parts of the total's basis.

    ``项目支出375.52万元。其中：A项目预算186.40万元，实际支出178.62万元；B项目支出…``:
    each item gives what was budgeted and what was spent; the spending total adds the
    amounts spent, a budget total the budgets. A total that states no basis reads as
    actual, as everywhere in a self-evaluation; a list of one basis is left as it is.
    """
    lists: dict[int, list[int]] = {}
    for child, (parent, _how) in parents.items():
        lists.setdefault(parent, []).append(child)
    for parent, kids in lists.items():
        kinds = {k: _basis_kind(basis_of(figures[k])) for k in kids}
        if not {"budget", "actual"} <= set(kinds.values()):
            continue
        own = _basis_kind(basis_of(figures[parent])) or "actual"
        for k, kind in kinds.items():
            if kind is not None and kind != own:
                del parents[k]


def _close_lists(parents: dict[int, tuple[int, str]], leaves: Callable[[int, int], bool]) -> None:
    """Drop each 其中 list's parts from the first one that ``leaves(parent, part)`` on."""
    closed: set[int] = set()
    for i in sorted(parents):
        parent, how = parents[i]
        if how != "qizhong":
            continue
        if parent in closed or leaves(parent, i):
            closed.add(parent)
            del parents[i]


_CALCULATION = cue("calculation")


def holds_calculation(text: str, pos: int) -> bool:
    """Whether the parenthesis opened at ``pos`` shows a derivation, not parts."""
    close = closing_brackets(text).get(pos, len(text))
    return has_match_within(text, _CALCULATION.pattern, pos + 1, close)


def _paren_content(text: str, pos: int) -> str:
    """Text inside the parenthesis opened at ``pos`` (to its close or the text's end).

    A parenthesis holding a calculation (``1339.37元（326.27万元÷2436人）``) shows how a
    figure was derived; its numbers are not parts of the figure.
    """
    return text[pos + 1 : closing_brackets(text).get(pos, len(text))]


def _paren_depths(text: str) -> list[int]:
    depths = []
    depth = 0
    for ch in text:
        if ch in "）)":
            depth = max(0, depth - 1)
        depths.append(depth)
        if ch in "（(":
            depth += 1
    depths.append(depth)
    return depths


_BRACKET_TAIL = re.compile(r"[^（）()，,、。；;：:\d]{0,4}[）)]")


def _bracketed_amount(text: str, opener: int, fig: Figure) -> bool:
    """Whether the bracket at ``opener`` holds only ``fig`` and its unit (``A（96.30万元）``)."""
    return not text[opener + 1 : fig.amount.start].strip() and bool(
        _BRACKET_TAIL.match(text, fig.amount.end)
    )


def _enclosing_open(text: str, pos: int) -> int | None:
    opener = open_before(text)[pos]
    return opener if opener > last_break_before(text, _SENTENCE_END, pos) else None


def _qizhong_before(openers: Sequence[int], fig: Figure, floor: int) -> int | None:
    """Position of the 其中 (or 包括, 分别用于) that governs ``fig`` in its sentence, if any.

    ``openers`` are the text's list openers (:func:`_openers`), in text order.
    """
    start = max(fig.sentence_start, floor + 1)
    k = bisect.bisect_left(openers, fig.amount.start) - 1
    return openers[k] if k >= 0 and openers[k] >= start else None


def _qizhong_parent(
    text: str,
    figures: Sequence[Figure],
    i: int,
    qz: int,
    depth_at: list[int],
    restating: frozenset[int] = frozenset(),
    changes: frozenset[int] = frozenset(),
    tentative: set[int] | None = None,
) -> int | None:
    """The figure a 其中 part at ``i`` belongs to, if the words say.

    A sentence-opening 其中 after a sentence of several totals is added to ``tentative``
    (when given): it keeps the parent only if :func:`_choose_heads` finds evidence.
    """
    part = figures[i]

    def candidate(k: int) -> bool:
        return (
            k not in changes
            and figures[k].amount.end <= qz
            and depth_at[figures[k].amount.start] == depth_at[qz]
            and same_dimension(figures[k].unit, part.unit)
            and figures[k].kind not in ("percent", "number")
        )

    # The last candidate before the part: scan back (figures are in text order), at most
    # RELATION_FIGURES figures, so a line of thousands of figures stays linear.
    floor = max(-1, i - 1 - RELATION_FIGURES)
    j = next((k for k in range(i - 1, floor, -1) if candidate(k)), None)
    if j is None:
        return None
    # The 其中 belongs to the figure right before it: when that figure counts another
    # thing (``事项42次，其中…27项``), an earlier figure that shares the parts' unit
    # belongs to another clause; abstain rather than reach back to it.
    nearest = next(
        (
            k
            for k in range(i - 1, floor, -1)
            if k not in changes
            and figures[k].amount.end <= qz
            and depth_at[figures[k].amount.start] == depth_at[qz]
            and figures[k].kind not in ("percent", "number")
        ),
        None,
    )
    if (
        nearest is not None
        and nearest != j
        and not _COUNTED_GAP.search(text[figures[j].amount.end : qz])
    ):
        return None
    same_sentence = figures[j].sentence_start == part.sentence_start
    if same_sentence:
        return j
    # 其中 opens the sentence: attach to the previous sentence's total only if that
    # sentence states one total (a single figure, or one introduced by 共计/合计).
    start = figures[j].sentence_start
    prev_sentence = [j]
    for k in range(j - 1, max(-1, j - 1 - RELATION_FIGURES), -1):
        if figures[k].sentence_start != start or len(prev_sentence) > 1:
            break
        if candidate(k):
            prev_sentence.append(k)
    clause = text[figures[j].sentence_start : figures[j].amount.start]
    end = figures[j].amount.end
    if j + 1 in restating:  # ``6.32万元（63,200.00元）。其中…``: past the restatement
        end = figures[j + 1].amount.end + 1
    # ``326件，较上年298件增加28件。其中…``: past the comparison that follows the head.
    for k in range(j + 1, i):
        if figures[k].sentence_start == start and k in changes and figures[k].amount.end <= qz:
            end = max(end, figures[k].amount.end)
    if len(text[end:qz]) > 6:
        return None
    if _OWN_SUBJECT.search(text[part.sentence_start : qz]):
        return None  # ``…27个。本部门决算包括A、B共62个``: the list is its own subject's
    if len(prev_sentence) > 1 and not _TOTAL_CUE.search(clause[-8:]) and tentative is not None:
        # Several totals before: only the arithmetic or the list's words can tell which
        # one the list belongs to (:func:`_choose_heads`).
        tentative.add(i)
        return j
    if len(prev_sentence) == 1 or _TOTAL_CUE.search(clause[-8:]):
        return j
    return None


def text_breakdowns(
    text: str, figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> list[Breakdown]:
    """Breakdowns a paragraph asserts: 其中 lists, parentheses, and ``…，合计X`` after parts.

    ``parents`` is :func:`text_parents` of the same text and figures.
    """
    lists: dict[int, list[int]] = {}
    for child, (parent, _how) in sorted(parents.items()):
        lists.setdefault(parent, []).append(child)
    lists, abstained = choose_nesting(text, figures, lists)
    parents = {
        child: (parent, parents[child][1] if child in parents else "qizhong")
        for parent, kids in lists.items()
        for child in kids
    }
    children: dict[int, list[tuple[int, str]]] = {}
    for child, (parent, how) in sorted(parents.items()):
        children.setdefault(parent, []).append((child, how))
    out: list[Breakdown] = []
    for parent, kids in sorted(children.items()):
        total = figures[parent]
        parts = [figures[k] for k, _ in kids if same_dimension(figures[k].unit, total.unit)]
        # Only direct parts: a part that is itself a parent keeps its own breakdown.
        if not parts or total.kind in ("percent", "number", "score") or parent in abstained:
            continue
        if any(not p.amount.addable for p in parts) or not total.amount.addable:
            continue
        if len(parts) == 1 and _other_count(text, total, parts[0]):
            continue
        if _subsets(text, parts):
            continue
        parts = _without_running_subtotals(_before_one_above(total, parts))
        parts = [p for p in parts if not _INCLUDED_NOTE.match(text, p.amount.end)]
        if not parts:
            continue  # ``其中A（已包含在…中，不单独加计）``: named, not added
        kind = "paren" if all(how == "paren" for _, how in kids) else "text"
        exhaustive, cue = _exhaustive(text, total, parts)
        # Figures of the same sentence after the total that the list was closed before
        # (up to a clause that leaves the list: a comparison, another group).
        stop = _list_end(text, total)
        # Figures are in text order: look at most RELATION_FIGURES ahead, up to ``stop``.
        left: list[Figure] = []
        for j in range(parent + 1, min(len(figures), parent + 1 + RELATION_FIGURES)):
            f = figures[j]
            if f.sentence_start != total.sentence_start or f.amount.start >= stop:
                break
            if (
                j not in parents
                and same_dimension(f.unit, total.unit)
                and f.amount.addable
                and f.kind not in ("percent", "number", "score")
            ):
                left.append(f)
        # And the rest of the sentence the last part stands in: ``收入合计X。其中：A a，
        # 占…；B b，较上年…增长…；C c``: a shortfall of exactly c is the list read short.
        last = max(k for k, _ in kids)
        for j in range(last + 1, min(len(figures), last + 1 + RELATION_FIGURES)):
            f = figures[j]
            if f.sentence_start != figures[last].sentence_start:
                break
            clause = text[clause_start(text, f.amount.start) : f.amount.start]
            if (
                j not in parents
                and f not in left
                and same_dimension(f.unit, total.unit)
                and f.amount.addable
                and f.kind not in ("percent", "number", "score")
                and not _LIST_BREAK.search(clause)  # ``较上年减少50.00万元``: a change
            ):
                left.append(f)
        left_out = tuple(left)
        if _remainder_named(parts) and not _rest_of_a_pair(figures, total, parts):
            exhaustive, cue = True, "列出其余"
        elif kind == "text" and not exhaustive and _places_named(parts):
            exhaustive, cue = True, "地名分项"
        worded = cue in _WORDED or (
            all(_KIND_NAME.search(p.label or "") for p in parts)
            and not all(_GRADED.search(p.label or "") for p in parts)
        )
        out.append(
            Breakdown(total, tuple(parts), kind, exhaustive, cue, worded=worded, left_out=left_out)
        )
    out.extend(_totals_after_parts(text, figures, parents))
    return out


_GRADED = cue("graded_part")
_INCLUDED_NOTE = cue("included_note")
_REMAINDER = cue("remainder_part")


def _rest_of_a_pair(figures: Sequence[Figure], total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether the list's ``其余`` item is the total less a figure stated before the list.

    ``排查隐患2,184处，已整改2,139处，整改率97.94%，其中重大隐患3处…；其余45处…``:
    45 is 2,184 − 2,139, the ones not yet put right, not the rest of the list.
    """
    rest = parts[-1]
    return any(
        f.sentence_start == total.sentence_start
        and total.amount.end <= f.amount.start < parts[0].amount.start
        and same_dimension(f.unit, total.unit)
        and total.value - f.value == rest.value
        for f in figures
    )


def _remainder_named(parts: Sequence[Figure]) -> bool:
    """Whether the list's last item names the rest of the whole (``未定级133处``, ``其他…``).

    A list that ends with what is left names all of the total in its own words, even
    when its other items are grades or levels only some of the counted have.
    """
    return len(parts) >= 2 and bool(
        _REMAINDER.search((parts[-1].label or "").strip(" ，,、；;：:"))
    )


_PLACE = cue("place_part")
_PLACE_GENERIC = cue("place_part_generic")


def _places_named(parts: Sequence[Figure]) -> bool:
    """Whether every part of a 其中 list is named by a distinct place (``城关镇41个``).

    ``改造老旧小区118个，其中城关镇41个、河西镇33个、东坝乡26个、柳林乡27个``: a list of
    towns or districts divides the total among them, one share each; it reads as a
    breakdown, complete in its own words. Generic words (``农村``, ``乡镇``) name kinds.
    """
    if len(parts) < 2:
        return False
    names = [
        (p.label or "").strip(" ：:，,、；;").removeprefix("其中").strip(" ：:，,") for p in parts
    ]
    if len(set(names)) != len(names):
        return False
    return all(_PLACE.search(n) and not _PLACE_GENERIC.search(n) for n in names)


def _without_running_subtotals(parts: list[Figure]) -> list[Figure]:
    """The parts less any named as a sum that adds up the two or more listed before it.

    ``在园幼儿8,642人，其中公办园5,930人，普惠性民办园2,287人，普惠性幼儿园在园幼儿合计
    8,217人``: 8,217 is the sum of the two before it, a subtotal inside the list, not a part.
    """
    out: list[Figure] = []
    for p in parts:
        if (
            len(out) >= 2
            and _SUBTOTAL_WORD.search(p.label or "")
            and sum((q.base_value for q in out), Decimal(0)) == p.base_value
        ):
            continue
        out.append(p)
    return out


_SUBTOTAL_WORD = cue("subtotal_word")
"""A part's label that names a sum (``…在园幼儿合计``): with the arithmetic, a subtotal."""


def _before_one_above(total: Figure, parts: list[Figure]) -> list[Figure]:
    """A count's parts up to one that alone exceeds the total (a misread structure).

    A list of two or more parts that each exceed the total lists something else (one
    part named right after 其中 and larger than its total is read as said: an error).

    ``受理项目45个，其中市级12个、县级21个，现场检查项目96个``: 96 alone is more than the
    45 it would be part of; it counts another statement of the paragraph. The parts
    before it are the list; the first part right after 其中 is read as said.
    """
    if (
        len(parts) >= 2
        and total.base_value > 0
        and all(p.base_value > total.base_value for p in parts)
    ):
        # ``…追加30.61万元。其中…列入基本支出，其余4项均列入项目支出，调整后基本支出预算
        # 1,445.20万元、项目支出预算3,701.60万元``: every "part" alone exceeds the total, so
        # the list counts other quantities; unless they add up to the total with its
        # decimal point moved (a slip the arithmetic names).
        added = sum((p.base_value for p in parts), Decimal(0))
        shifts = (total.base_value * Decimal(10) ** k for k in range(1, 5))
        return parts if added in shifts else []
    if total.kind != "count":
        return parts
    for n, part in enumerate(parts):
        if n > 0 and part.base_value > total.base_value:
            return parts[:n]
    return parts


def _other_count(text: str, total: Figure, part: Figure) -> bool:
    """Whether a lone "part" larger than its total counts something else.

    ``其中涉及土地问题141件`` right after its 其中 is read as said (a finding when it
    exceeds the total); one in a later clause (``其中办结率100%，涉及…23件``) is not.
    """
    if part.base_value <= total.base_value:
        return False
    opener = last_match_start(text, _QIZHONG.pattern, total.amount.end, part.amount.start)
    return opener < 0 or clause_start(text, part.amount.start) > opener


_SUBSET = cue("subset_attribute")
_COMPLEMENTS = tuple(tuple(w.split("/")) for w in words("tables", "complementary_attributes"))


def _subsets(text: str, parts: Sequence[Figure]) -> bool:
    """Whether the parts are people named by overlapping attributes (女性, 中共党员).

    Such a 其中 list names subsets of the whole, not a breakdown: the same person may
    be a woman and a party member. Complementary attributes named together (男性 and
    女性) still make up the whole.
    """
    if not all(p.unit is not None and same_dimension(p.unit, "人") for p in parts):
        return False  # amounts of money are never overlapping attributes of people
    names = [text[clause_start(text, p.amount.start) : p.amount.start] for p in parts]
    if not any(_SUBSET.search(name) for name in names):
        return False
    return not _complementary(text, parts)


def _complementary(text: str, parts: Sequence[Figure]) -> bool:
    """Whether the parts name both sides of a complementary pair (男性 and 女性): all of it."""
    names = [text[clause_start(text, p.amount.start) : p.amount.start] for p in parts]
    return any(all(any(word in name for name in names) for word in pair) for pair in _COMPLEMENTS)


def _list_end(text: str, total: Figure) -> int:
    """Where the list after ``total`` surely ends: its sentence's end or a break clause."""
    k = next_break_at_or_after(text, _SENTENCE_END, total.amount.end)
    end = k if k >= 0 else len(text)
    for pattern in (_LIST_BREAK, _BALANCE_BREAK):
        m = first_match_start(text, pattern.pattern, total.amount.end, end)
        if m >= 0:
            end = min(end, m)
    return end


_TRAILING_TOTAL = frozenset(words("tables", "trailing_total"))


def _totals_after_parts(
    text: str, figures: Sequence[Figure], parents: dict[int, tuple[int, str]]
) -> list[Breakdown]:
    """``A a、B b、C c，合计X``: a total written after the parts it adds up.

    ``以上共计X`` / ``以上3项共计X`` refers back to the list before it, which may be the
    previous sentence (``具体为：A a；B b；C c。以上共计X``); a count (``3项``) takes
    that many figures back.
    """
    out: list[Breakdown] = []
    trailing = [
        fig.label in _TRAILING_TOTAL or (not fig.label and fig.verb in ("合计", "共计"))
        for fig in figures
    ]
    for i, fig in enumerate(figures):
        back = bool(_REFERS_BACK_TOTAL.search(fig.label)) and fig.verb in _TRAILING_VERBS
        # ``城乡居民参保312,486人，职工参保28,640人，全县参保共计341,126人``: a named total
        # after its parts; the words alone do not say which figures it adds, so it is
        # kept only when the sentence's figures before it add up to it exactly.
        named = not (back or trailing[i]) and fig.verb in _NAMED_TOTAL_VERBS
        if not (back or trailing[i] or named):
            continue
        # ``每户1,000元，共计31.20万元；每人3,000元，共计13.80万元``: a list ends at the
        # total before it, which adds its own parts (a total that refers back adds those).
        floor = -1 if back else max((j for j in range(i) if trailing[j]), default=-1)
        if not fig.amount.addable or fig.kind in ("percent", "number", "score") or i in parents:
            continue

        def part_of(j: int, f: Figure, total: Figure = fig, floor: int = floor) -> bool:
            return (
                j not in parents
                and j > floor
                and not _PER_HEAD.search(f.label)
                and not _operand(text, f)
                and same_dimension(f.unit, total.unit)
                and not f.threshold
                and f.kind not in ("percent", "number", "score")
            )

        parts = [
            f
            for j, f in enumerate(figures[:i])
            if f.sentence_start == fig.sentence_start and part_of(j, f)
        ]
        # ``…；普通高中国家助学金9,874人次，按每人次1,000元发放，共计9,874,000元；``: a
        # clause that states a standard per head totals its own item, not the list's.
        brk = max(text.rfind(ch, fig.sentence_start, fig.amount.start) for ch in "；;")
        if brk >= 0 and any(
            brk < f.amount.start < fig.amount.start and _PER_HEAD.search(f.label)
            for f in figures[:i]
        ):
            parts = [f for f in parts if f.amount.start > brk]
        counted = _stated_count(figures, i) if back else None
        if back and (len(parts) < 2 or (counted is not None and len(parts) < counted)):
            # The list is the previous sentence (figures are in text order).
            earlier = [j for j in range(i) if figures[j].sentence_start < fig.sentence_start]
            if earlier:
                start = figures[earlier[-1]].sentence_start
                parts = [
                    f
                    for j, f in enumerate(figures[:i])
                    if f.sentence_start >= start and part_of(j, f)
                ]
        if counted is not None:
            if len(parts) < counted:
                continue
            parts = parts[len(parts) - counted :]
        if len(parts) < 2 or any(not p.amount.addable for p in parts):
            continue
        if named and sum((p.base_value for p in parts), Decimal(0)) != fig.base_value:
            continue
        out.append(Breakdown(fig, tuple(parts), "text", True, "合计", worded=True))
    return out


def _operand(text: str, fig: Figure) -> bool:
    """Whether the figure is a factor of a product (``3,864人×90元×12个月``), not an amount."""
    before = text[max(0, fig.amount.start - 2) : fig.amount.start]
    after = text[fig.amount.end : fig.amount.end + 2]
    return bool(_PRODUCT_SIGN.search(before) or _PRODUCT_SIGN.search(after))


_PRODUCT_SIGN = re.compile(r"[×✕*＊÷/]")
_REFERS_BACK_TOTAL = cue("total_refers_back")
_PER_HEAD = re.compile("|".join(p.pattern for p in patterns("facts", "per_head")))
"""A rate per person or household (``每户发放1,000元``): what each got, not a part."""
_TRAILING_VERBS = frozenset(words("tables", "trailing_total_verb"))
_NAMED_TOTAL_VERBS = frozenset(words("tables", "named_total_verb"))


def _stated_count(figures: Sequence[Figure], i: int) -> int | None:
    """The N of ``以上N项共计X``: a count figure right before the total, in its clause."""
    if i == 0:
        return None
    prev = figures[i - 1]
    if prev.kind != "count" or prev.sentence_start != figures[i].sentence_start:
        return None
    if not _REFERS_BACK_TOTAL.search(prev.label) or figures[i].amount.start - prev.amount.end > 4:
        return None
    n = int(prev.value)
    return n if n == prev.value and n >= 2 else None


def _kinds_named_by_total(total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether the total's own label names each part's kind, one each (``A和B…284名，其中A…、B…``).

    ``共选聘普查指导员和调查员（“两员”）284名，其中普查指导员38名、调查员236名``: the
    total says it is made of exactly the kinds listed, so the list is the whole of it.
    """
    label = _PLAIN.sub("", re.sub(r"[（(][^）)]*[）)]", "", total.label or ""))
    kinds = [k for k in _KIND_JOINER.split(label) if k]
    names = [_QIZHONG.sub("", _PLAIN.sub("", p.label or "")) for p in parts]
    if len(kinds) != len(parts) or len(kinds) < 2 or any(len(n) < 2 for n in names):
        return False
    return all(kind.endswith(name) for kind, name in zip(kinds, names, strict=True))


_KIND_JOINER = re.compile(r"和|与|及|、")
_PLAIN = re.compile(r"[\s“”\"'‘’：:，,；;]")


def _exhaustive(text: str, total: Figure, parts: Sequence[Figure]) -> tuple[bool, str]:
    if len(parts) < 2:
        return False, ""
    clause = text[max(0, total.amount.start - 12) : total.amount.start]
    if opens_adjacent_list(text, total):
        return True, "分别"
    if _COMPLETE.search(clause):
        return True, "共计"
    if _complementary(text, parts):
        return True, "互补"
    if parts and all(
        p.amount.start > total.amount.end
        and text[total.amount.end : p.amount.start].lstrip("万元亿千人名 ").startswith(("（", "("))
        for p in parts[:1]
    ):
        return True, "括号内分项"
    if any(p.value == 0 for p in parts) and len(parts) >= 3:
        # Only a list that names every item names the ones that are zero.
        return True, "列出为零的分项"
    if _kinds_named_by_total(total, parts):
        return True, "合计所列各类"
    whole = total.base_value
    parts_sum = sum((p.base_value for p in parts), Decimal(0))
    if whole and abs(whole - parts_sum) <= abs(whole) * EXHAUSTIVE_SHARE:
        return True, "差额小于5%"
    return False, ""
