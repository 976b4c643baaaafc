"""A list of parts the document completes elsewhere: incomplete, not wrong.

``全年支出2,406.18万元，其中一般公共预算支出2,311.05万元、其他资金支出52.40万元``
next to a table whose 合计 2,406.18 adds 一般公共预算 2,311.05, 政府性基金 42.73 and
其他资金 52.40: the sentence names two of the table's three parts. Its shortfall is the
part it left out, and the document's own arithmetic (the table's sum holds) says the
total is right.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from auditor.read.figures import Figure
from auditor.read.hypotheses import holds
from auditor.read.relations.model import Breakdown


def breakdowns_by_total(breakdowns: Iterable[Breakdown]) -> dict[Decimal, list[Breakdown]]:
    """The breakdowns by their total's amount in base units, built once per rule run.

    Asking for each list then costs constant work, not a pass over every breakdown.
    """
    index: dict[Decimal, list[Breakdown]] = defaultdict(list)
    for b in breakdowns:
        if b.parts:
            index[b.total.base_value].append(b)
    return dict(index)


def completed_elsewhere(
    total: Figure, parts: Sequence[Figure], by_total: Mapping[Decimal, Sequence[Breakdown]]
) -> bool:
    """Whether another breakdown of the same total holds and lists these parts and more.

    The other breakdown states the same amount (in base units) as its total, its parts
    add up to it, every one of ``parts`` is among its parts by amount, and the ones it
    lists besides are what ``parts`` fall short by. ``by_total``: :func:`breakdowns_by_total`.
    """
    if len(parts) < 1:
        return False
    mine = Counter(p.base_value for p in parts)
    short = total.base_value - sum(mine.elements(), Decimal(0))
    if short <= 0:
        return False
    for b in by_total.get(total.base_value, ()):
        if b.total is total:
            continue
        if any(p is q for p in parts for q in b.parts):
            continue  # the same list read twice
        theirs = Counter(p.base_value for p in b.parts)
        if len(b.parts) <= len(parts) or mine - theirs or not holds(b.total, b.parts):
            continue
        if sum((theirs - mine).elements(), Decimal(0)) == short:
            return True
    return False
