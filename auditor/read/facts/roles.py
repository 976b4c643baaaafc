"""What a figure is of its concept: the level, a change, a per-head value, a remainder.

Kept apart from the clause readers because :mod:`auditor.read.reading` asks it of
figures that are not facts.
"""

from __future__ import annotations

from auditor.read.facts.labels import _cue, _without_concept
from auditor.read.lexicon import Concept, clean_label
from auditor.read.qualifiers import Role
from auditor.read.wording import patterns


def is_change(label: str) -> bool:
    """A label stating a change (``本年收入较上年增加``), not the quantity itself."""
    return any(p.search(clean_label(label)) for p in patterns("facts", "change_label"))


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
