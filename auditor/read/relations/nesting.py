"""How the lists of one sentence nest, chosen by the sentence's own arithmetic.

The words alone leave a 其中 list open to several readings:

- ``其中：基本支出a，包括人员经费b、公用经费c；项目支出d`` — d is a part of the
  total (a sibling of 基本支出) or one more item of 基本支出's 包括 list;
- ``收入总计X，其中本年收入Z：一般e、政府性基金f、其他g`` — the items after the colon
  are parts of Z, or more parts of X;
- ``在职22人，其中局机关14人、中心8人；离退休人员18人`` — the clause after ``；`` is
  another part, or another subject beside the list.

Each reading is a set of identities (a total and the figures it adds). The reading
under which more of them hold exactly is kept; two different readings that hold
equally well abstain (nothing of the list is checked). When no reading holds at all,
one opened by the text itself (a ``；`` or a colon after a part) is taken when its sums
come far closer than the list as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.read.figures import Figure
from auditor.read.hypotheses import base, holds
from auditor.text.units import same_dimension

Lists = dict[int, list[int]]
"""Total figure index → the indices of its parts, in text order."""

CLOSER_BY = Decimal(2)
"""With no reading holding, one the text opens must come this many times closer."""

MAX_READ = 40
"""Lists with more figures than this (all levels) are read only as written."""

_SIBLING_BREAK = "；;"
_OWN_LIST = "：:"


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read the lists of a sentence: each total and its parts."""

    lists: Lists
    opened_by_text: bool


def choose_nesting(text: str, figures: Sequence[Figure], lists: Lists) -> tuple[Lists, set[int]]:
    """The lists as the arithmetic reads them, and the totals left unchecked (a tie).

    ``lists`` holds every 其中/括号 list of a paragraph as the words attach them; a
    total that is itself a part of another list is read with that list.
    """
    out = {k: list(v) for k, v in lists.items()}
    abstained: set[int] = set()
    nested = {kid for kids in lists.values() for kid in kids}
    for top in sorted(lists):
        if top in nested or top not in out:
            continue
        group = _group(top, out)
        readings = [Reading(group, False), *_alternatives(text, figures, top, group)]
        chosen = _pick(figures, readings)
        for k in group:
            out.pop(k, None)
        if chosen is None:
            abstained.update(group)
            continue
        out.update({k: v for k, v in chosen.lists.items() if v})
    return out, abstained


def _group(top: int, lists: Lists) -> Lists:
    """The total ``top``'s list and the lists of its parts (one level down)."""
    group = {top: list(lists[top])}
    for kid in lists[top]:
        if kid in lists:
            group[kid] = list(lists[kid])
    return group


def _alternatives(text: str, figures: Sequence[Figure], top: int, group: Lists) -> list[Reading]:
    kids = group[top]
    out: list[Reading] = []
    if sum(len(v) for v in group.values()) > MAX_READ:
        return out  # a line of hundreds of figures is read as written (linear cost)
    # A clause after ； that names another subject: the list ends before it.
    for s in range(1, len(kids)):
        between = text[figures[kids[s - 1]].amount.end : figures[kids[s]].amount.start]
        if any(ch in between for ch in _SIBLING_BREAK):
            lists = {**group, top: kids[:s]}
            for k in kids[s:]:
                lists.pop(k, None)
            out.append(Reading(lists, True))
    # A part followed by a colon owns the items after it (``本年收入Z：e、f、g``).
    for j, owner in enumerate(kids[:-1]):
        after = text[figures[owner].amount.end : figures[kids[j + 1]].amount.start]
        if owner in group or not after.lstrip(" 万元亿千人名个项").startswith(tuple(_OWN_LIST)):
            continue
        for m in range(j + 2, len(kids) + 1):
            lists = {**group, top: [*kids[: j + 1], *kids[m:]], owner: kids[j + 1 : m]}
            out.append(Reading(lists, True))
    # A part with a list of its own: the tail of that list may be the total's parts.
    for owner in kids:
        own = group.get(owner, [])
        for s in range(1, len(own)):
            at = kids.index(owner) + 1
            lists = {**group, top: [*kids[:at], *own[s:], *kids[at:]], owner: own[:s]}
            out.append(Reading(lists, False))
    return out


def _pick(figures: Sequence[Figure], readings: list[Reading]) -> Reading | None:
    """The reading the arithmetic prefers; None when two different ones tie."""
    scored = [(_held(figures, r.lists), _distance(figures, r.lists), r) for r in readings]
    written = scored[0]
    best = max(s for s, _, _ in scored)
    if best > 0:
        winners = [r for s, _, r in scored if s == best]
        distinct = {_key(r.lists) for r in winners}
        return winners[0] if len(distinct) == 1 else None
    if best == 0 and written[0] == 0:
        opened = [(d, r) for s, d, r in scored[1:] if r.opened_by_text]
        if opened:
            d, r = min(opened, key=lambda x: x[0])
            if d * CLOSER_BY < written[1] and sum(1 for x, _ in opened if x == d) == 1:
                return r
    return written[2]


def _key(lists: Lists) -> tuple[tuple[int, tuple[int, ...]], ...]:
    return tuple(sorted((k, tuple(v)) for k, v in lists.items() if v))


def _parts(figures: Sequence[Figure], total: int, kids: list[int]) -> list[Figure]:
    return [figures[k] for k in kids if same_dimension(figures[k].unit, figures[total].unit)]


def _held(figures: Sequence[Figure], lists: Lists) -> int:
    """How many totals of the reading equal their parts exactly."""
    return sum(
        1
        for total, kids in lists.items()
        if (parts := _parts(figures, total, kids)) and holds(figures[total], parts)
    )


def _distance(figures: Sequence[Figure], lists: Lists) -> Decimal:
    """How far the reading's sums miss their totals, each relative to its total."""
    out = Decimal(0)
    for total, kids in lists.items():
        parts = _parts(figures, total, kids)
        whole = base(figures[total])
        if not parts or not whole:
            continue
        out += abs(whole - sum((base(p) for p in parts), Decimal(0))) / abs(whole)
    return out
