"""Planted defects: one slot (or one figure written in several places) changed.

Each defect breaks exactly one identity of the truth and names the finding it must
produce: the rule (any of ``rules``), and the values the finding must cite (any of
``cited``). ``also`` lists rules that may legitimately report the same planted value
a second time (an IC001 restatement is also a formula operand, AR004).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .compose import Slot, Writer
from .truth import grade

WAN = Decimal(10000)


@dataclass(frozen=True)
class Planted:
    """A defect placed in one report: the overrides and the finding it must produce."""

    defect: str
    overrides: dict[str, Any]
    rules: tuple[str, ...]
    cited: tuple[str, ...]
    also: tuple[str, ...] = ()
    description: str = ""
    target: str = ""
    """Which kind of place was changed (``survey`` rate, ``income`` table …), named in a miss."""


Planter = Callable[[random.Random, Writer], Planted | None]


def _amounts(*yuan: Decimal) -> tuple[str, ...]:
    """Amounts as a finding may cite them: in 元, 万元 or 亿元 (a finding may convert)."""
    divisors = (Decimal(1), WAN, Decimal(100000000))
    return tuple(f"{(v / d).normalize():f}" for v in yuan for d in divisors)


def _money_change(rng: random.Random, slot: Slot) -> Decimal:
    delta = Decimal(rng.randint(1, 30) * 10000 + rng.choice((0, 3700, 5100)))
    value = Decimal(slot.value)
    return value - delta if value > delta * 2 and rng.random() < 0.5 else value + delta


def table_part(rng: random.Random, w: Writer) -> Planted | None:
    """A part of a table total changed where it is stated only once (AR001)."""
    candidates = sorted(s for s, slot in w.slots.items() if s.startswith("t.") and slot.part)
    if not candidates:
        return None
    slot = w.slots[rng.choice(candidates)]
    new = _money_change(rng, slot)
    return Planted(
        "table_part",
        {slot.name: new},
        ("AR001",),
        _amounts(new, abs(new - slot.value)),
        # When the prose restates the part, the total agrees with the prose value: the
        # cell against the prose is the one error (IC001, auditor.read.onecell).
        also=("IC001",),
        description=f"{slot.name}: {slot.value} -> {new} 元",
        target=slot.name.split(".")[1],
    )


def text_part(rng: random.Random, w: Writer) -> Planted | None:
    """A part of a 其中 list in prose changed (AR002)."""
    candidates = sorted(
        s for s, slot in w.slots.items() if s.startswith("p.project.") and slot.part
    )
    if not candidates:
        return None
    slot = w.slots[rng.choice(candidates)]
    new = _money_change(rng, slot)
    return Planted(
        "text_part",
        {slot.name: new},
        ("AR002",),
        _amounts(new, abs(new - slot.value)),
        description=f"{slot.name}: {slot.value} -> {new} 元",
    )


BANDS = {
    "rate.staff": (Decimal(100),),
    "rate.sangong": (Decimal(100),),
    "rate.exec": (Decimal(95), Decimal(90)),
    "rate.proc": (Decimal(100), Decimal(95)),
    "rate.survey": (Decimal(90), Decimal(80)),
}
"""The bounds of each rate's scoring bands: a planted rate stays inside its band."""


def _band(name: str, value: Decimal) -> int:
    if name in ("rate.staff", "rate.sangong"):
        return 0 if value <= 100 else 1
    return sum(1 for bound in BANDS[name] if value < bound)


def rate_wrong(rng: random.Random, w: Writer) -> Planted | None:
    """A stated rate off by 1.1 points, within its scoring band (AR003 or AR005)."""
    step = Decimal("1.1")
    options = []
    for name in sorted(BANDS):
        slot = w.slots.get(name)
        if slot is None:
            continue
        old = Decimal(slot.value)
        for new in (old - step, old + step):
            if new <= 100 and _band(name, new) == _band(name, old):
                options.append((name, old, new))
                break
    if not options:
        return None
    name, old, new = rng.choice(options)
    return Planted(
        "rate_wrong",
        {name: new},
        ("AR003", "AR005"),  # the formula rule or the stated-rate rule: same family
        (f"{new:.2f}",),
        description=f"{name}: {old}% -> {new}%",
        target=name.split(".")[1],
    )


def _rescored(w: Writer, name: str, new: Decimal) -> dict[str, Any]:
    """A changed score carried into the total and the grade, as a department would."""
    t = w.truth
    total = t.score_total + new - next(i.score for i in t.indicators if i.name == name)
    return {f"score.{name}": new, "score_total": total, "grade": grade(total)}


def score_over_max(rng: random.Random, w: Writer) -> Planted | None:
    """A judged indicator given one point above its maximum (SC001)."""
    t = w.truth
    full = [i for i in t.indicators if not i.rule and i.score == i.maximum]
    if not full or t.score_total + 1 > t.maximum_total:
        return None
    ind = rng.choice(full)
    new = ind.maximum + 1
    return Planted(
        "score_over_max",
        _rescored(w, ind.name, new),
        ("SC001",),
        (f"{new.normalize():f}",),
        description=f"{ind.name}: {ind.score} -> {new} (分值 {ind.maximum})",
    )


def score_vs_rule(rng: random.Random, w: Writer) -> Planted | None:
    """A rule-scored indicator that earns full points given one point less (SC002)."""
    t = w.truth
    ruled = [i for i in t.indicators if i.rule and i.score == i.maximum]
    if not ruled:
        return None
    ind = rng.choice(ruled)
    new = ind.score - 1
    return Planted(
        "score_vs_rule",
        _rescored(w, ind.name, new),
        ("SC002",),
        (f"{new.normalize():f}",),
        also=("SC003",),
        description=f"{ind.name}: {ind.score} -> {new}（评分标准应得满分）",
        target=ind.name.replace("“", "").replace("”", ""),
    )


def total_vs_sum(rng: random.Random, w: Writer) -> Planted | None:
    """The stated total one point off the indicator sum, grade unchanged (SC005)."""
    t = w.truth
    total = t.score_total
    for step in (Decimal(1), Decimal(-1)):
        new = total + step
        if grade(new) == grade(total) and new <= t.maximum_total:
            return Planted(
                "total_vs_sum",
                {"score_total": new},
                ("SC005",),
                (f"{new.normalize():f}",),
                description=f"总分 {total} -> {new}",
            )
    return None


def grade_wrong(rng: random.Random, w: Writer) -> Planted | None:
    """The stated grade one band above the total's (SC007)."""
    better = {"良": "优", "中": "良", "差": "中"}
    now = grade(w.truth.score_total)
    better_grade = better.get(now, "良")  # an 优 report stated as 良
    return Planted(
        "grade_wrong",
        {"grade": better_grade},
        ("SC007",),
        (better_grade,),
        description=f"等级 {now} -> {better_grade}",
    )


def title_year(rng: random.Random, w: Writer) -> Planted | None:
    """A table caption titled with the year before the evaluated year (YR001)."""
    name = rng.choice(("caption.income", "caption.spend"))
    if name not in w.slots:
        return None
    wrong = w.truth.year - 1
    return Planted(
        "title_year",
        {name: wrong},
        ("YR001",),
        (str(wrong),),
        description=f"{name}: {w.truth.year} -> {wrong}",
    )


def sign_date(rng: random.Random, w: Writer) -> Planted | None:
    """Signatures dated inside the evaluated year (YR002)."""
    t = w.truth
    wrong = date(t.year, rng.randint(9, 12), rng.randint(1, 28))
    return Planted(
        "sign_date",
        {"sign_date": wrong},
        ("YR002",),
        (str(t.year),),
        description=f"签署日期 {t.sign_date} -> {wrong}",
    )


def restated(rng: random.Random, w: Writer) -> Planted | None:
    """编制 restated in prose with another value (IC001; AR004 when it names the same value)."""
    slot = w.slots.get("p.quota")
    if slot is None:
        return None
    new = int(slot.value) + rng.randint(2, 6)
    return Planted(
        "restated",
        {"p.quota": new},
        ("IC001", "AR004"),
        (str(new),),
        description=f"正文编制 {slot.value} -> {new}",
    )


def restated_amount(rng: random.Random, w: Writer) -> Planted | None:
    """Total spending restated in the conclusion with another value (IC001)."""
    slot = w.slots.get("p.restate.spending")
    if slot is None:
        return None
    new = _money_change(rng, slot)
    return Planted(
        "restated_amount",
        {slot.name: new},
        ("IC001", "AR004"),
        _amounts(new),
        description=f"结论中支出 {slot.value} -> {new} 元",
    )


def qizhong_child(rng: random.Random, w: Writer) -> Planted | None:
    """A child row of a function class mistyped above its class (AR001).

    Child rows prefixed ``其中：`` may be a subset of their class, so only a child that
    makes its class's children exceed it is an error whatever the prefix means.
    """
    from .compose import function_rows

    if not any(s.startswith("t.func.") for s in w.slots):
        return None
    rows = function_rows(w.truth)
    children = [i for i, (_, _, _, child) in enumerate(rows) if child]
    index = rng.choice(children)
    old = Decimal(rows[index][2])
    new = old + Decimal(rng.randint(1, 30) * 10000 + rng.choice((0, 3700, 5100)))
    return Planted(
        "qizhong_child",
        {f"t.func.{index}": new},
        ("AR001",),
        _amounts(new, new - old),
        description=f"t.func.{index}: {old} -> {new} 元",
        target="func",
    )


DEFECTS: dict[str, Planter] = {
    "restated_amount": restated_amount,
    "table_part": table_part,
    "text_part": text_part,
    "rate_wrong": rate_wrong,
    "score_over_max": score_over_max,
    "score_vs_rule": score_vs_rule,
    "total_vs_sum": total_vs_sum,
    "grade_wrong": grade_wrong,
    "title_year": title_year,
    "sign_date": sign_date,
    "restated": restated,
    "qizhong_child": qizhong_child,
}
"""Defect kind -> how to plant it (``None`` when the layout has no place for it)."""
