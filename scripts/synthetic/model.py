"""The model of one department: every figure a report states, all agreeing."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from synth_profiles import GIVEN, SURNAMES, IndicatorSpec, Profile

from synthetic.numbers import HUNDRED, ZERO, D, pct, q2
from synthetic.rules import Rule, make_rule


@dataclass
class UnitFigures:
    """One row of the income/expenditure/三公/资产 tables."""

    label: str
    carry: Decimal
    general: Decimal
    fund: Decimal
    capital: Decimal
    other: Decimal
    personnel: Decimal
    public: Decimal
    project: Decimal
    balance: Decimal
    auth: int
    actual: int
    fa_in_use: Decimal
    fa_leased: Decimal
    fa_idle: Decimal
    sg_reception: Decimal
    sg_vehicle: Decimal

    @property
    def basic(self) -> Decimal:
        return self.personnel + self.public

    @property
    def spend(self) -> Decimal:
        return self.basic + self.project

    @property
    def income(self) -> Decimal:
        return self.carry + self.general + self.fund + self.capital + self.other

    @property
    def fa_total(self) -> Decimal:
        return self.fa_in_use + self.fa_leased + self.fa_idle

    @property
    def sg_total(self) -> Decimal:
        return self.sg_reception + self.sg_vehicle


def sum_units(label: str, units: list[UnitFigures]) -> UnitFigures:
    """The 汇总 row: the sum of every unit row."""

    def total(attr: str) -> Any:
        return sum((getattr(u, attr) for u in units), type(getattr(units[0], attr))(0))

    return UnitFigures(
        label,
        *(
            total(a)
            for a in (
                "carry",
                "general",
                "fund",
                "capital",
                "other",
                "personnel",
                "public",
                "project",
                "balance",
                "auth",
                "actual",
                "fa_in_use",
                "fa_leased",
                "fa_idle",
                "sg_reception",
                "sg_vehicle",
            )
        ),
    )


@dataclass
class Indicator:
    """An indicator as the clean report scores it."""

    spec: IndicatorSpec
    maximum: Decimal
    score: Decimal
    rate: Decimal | None = None
    rule: Rule | None = None
    deduction: Decimal = ZERO

    @property
    def kind(self) -> str:
        return self.spec.kind


@dataclass
class Model:
    """Every figure of one department's clean report."""

    profile: Profile
    seed: int
    units: list[UnitFigures]
    total: UnitFigures
    auth_admin: int
    actual_admin: int
    functional: list[tuple[str, Decimal]]
    econ: dict[str, Decimal]
    projects: list[tuple[str, Decimal]]
    sources: list[tuple[str, str, Decimal, Decimal]]
    """(source id, label, 基本支出, 项目支出) of the by-source spending paragraph."""
    budget_initial: Decimal
    budget_added: Decimal
    sg_budget: tuple[Decimal, Decimal]
    sg_last: Decimal
    pf_budget: Decimal
    pf_actual: Decimal
    pr_budget: Decimal
    pr_actual: Decimal
    survey: tuple[int, int, int]
    basis_score: Decimal
    people: list[tuple[str, str]]
    dates: dict[str, tuple[int, int, int]]
    indicators: list[Indicator]
    phone: str

    @property
    def year(self) -> int:
        return self.profile.year

    @property
    def budget_adjusted(self) -> Decimal:
        return self.budget_initial + self.budget_added

    def ind(self, kind: str) -> Indicator:
        return next(i for i in self.indicators if i.kind == kind)

    def has(self, kind: str) -> bool:
        return any(i.kind == kind for i in self.indicators)


TARGETS: dict[str, dict[str, float]] = {
    # rates the department reaches (approximately: the exact rate follows from rounded amounts)
    "county-edu": {
        "exec": 98.6,
        "public": 101.6,
        "sangong": 93.0,
        "procure": 97.2,
        "assets": 98.9,
        "sat": 95.2,
        "change": -6.0,
    },
    "township": {
        "exec": 97.4,
        "public": 99.1,
        "sangong": 104.3,
        "procure": 91.0,
        "assets": 97.2,
        "sat": 91.2,
        "change": 3.5,
    },
    "city-drc": {
        "exec": 99.2,
        "public": 97.5,
        "sangong": 88.0,
        "procure": 100.0,
        "assets": 99.6,
        "sat": 96.8,
        "change": -2.0,
    },
    "hospital": {
        "exec": 97.3,
        "public": 102.4,
        "sangong": 91.0,
        "procure": 93.5,
        "assets": 96.4,
        "sat": 92.7,
        "change": -1.0,
    },
    "school": {
        "exec": 98.1,
        "public": 99.0,
        "sangong": 95.0,
        "procure": 96.6,
        "assets": 99.3,
        "sat": 93.5,
        "change": -4.0,
    },
}
ADJUST_SHARE: dict[str, tuple[float, float]] = {
    "county-edu": (0.16, 0.19),
    "township": (0.32, 0.36),
    "city-drc": (0.11, 0.14),
    "hospital": (0.05, 0.08),
    "school": (0.06, 0.09),
}
QUAL_DEDUCTION: dict[str, Decimal] = {"compliance": D("0.5"), "output_qual": D(1), "benefit": D(1)}


class Draw:
    """Random amounts in the department's money unit (万元 or 元), two decimals."""

    def __init__(self, rng: random.Random, money: str) -> None:
        self.rng = rng
        self.scale = 10000 if money == "元" else 1

    def amount(self, lo: float, hi: float) -> Decimal:
        if hi <= 0:
            return D(0)
        a, b = round(lo * 100 * self.scale), round(hi * 100 * self.scale)
        return D(self.rng.randint(a, b)) / 100

    def share(self, whole: Decimal, lo: float, hi: float) -> Decimal:
        return q2(whole * D(str(round(self.rng.uniform(lo, hi), 4))))

    def split(self, whole: Decimal, n: int, lead: float = 0.0) -> list[Decimal]:
        """Split ``whole`` into ``n`` positive parts that add up exactly."""
        weights = [self.rng.uniform(0.5, 1.5) for _ in range(n)]
        if lead:
            weights[0] += lead * sum(weights)
        total = sum(weights)
        parts = [q2(whole * D(str(round(w / total, 6)))) for w in weights[:-1]]
        parts.append(whole - sum(parts, D(0)))
        return parts


def build_model(profile: Profile, seed: int) -> Model:
    """Draw every figure of the clean report; all relations hold by construction."""
    assert sum(i.maximum for i in profile.indicators) == 100, profile.kind
    assert all(
        sum(i.maximum for i in profile.indicators if i.group == g) == mx for g, mx in profile.groups
    )
    rng = random.Random(f"{seed}:{profile.kind}")
    draw = Draw(rng, profile.money)
    t = TARGETS[profile.kind]
    units: list[UnitFigures] = []
    for k, spec in enumerate(profile.units):
        spend = draw.amount(*spec.spend)
        project = draw.share(spend, *spec.project_share)
        basic = spend - project
        personnel = draw.share(basic, 0.74, 0.86)
        public = basic - personnel
        first = k == 0
        carry = draw.amount(*profile.carry) if first else D(0)
        balance = draw.amount(*profile.balance) if first else D(0)
        fund = draw.amount(*profile.fund_income) if first else D(0)
        capital = draw.amount(*profile.capital_income) if first else D(0)
        other = draw.amount(*profile.other_income) if first else D(0)
        general = spend + balance - carry - fund - capital - other
        assert general > 0, profile.kind
        fa_total = draw.share(spend, 0.25, 0.45)
        rate = D(str(t["assets"])) / HUNDRED
        fa_idle = q2(fa_total * (1 - rate)) if first else D(0)
        fa_leased = D(0)
        fa_in_use = fa_total - fa_idle - fa_leased
        sg_reception = draw.amount(1.2, 3.5) if first else draw.amount(0.2, 0.6)
        sg_vehicle = draw.amount(4.0, 9.0) if first else D(0)
        units.append(
            UnitFigures(
                f"{k + 1}、{spec.name}",
                carry,
                general,
                fund,
                capital,
                other,
                personnel,
                public,
                project,
                balance,
                spec.staff[0],
                spec.staff[1],
                fa_in_use,
                fa_leased,
                fa_idle,
                sg_reception,
                sg_vehicle,
            )
        )
    total = sum_units("汇总", units)
    admin_share = 0.0 if profile.kind in ("hospital", "school") else rng.uniform(0.42, 0.55)
    auth_admin = round(total.auth * admin_share)
    actual_admin = max(0, auth_admin - rng.randint(0, 2)) if auth_admin else 0
    functional_parts = draw.split(total.spend, len(profile.functional), lead=2.5)
    functional = list(zip(profile.functional, functional_parts, strict=True))
    wage = draw.share(total.personnel, 0.86, 0.93)
    goods = draw.share(total.public, 0.90, 0.97)
    econ = {
        "工资福利支出": wage,
        "商品和服务支出": goods,
        "对个人和家庭的补助": total.personnel - wage,
        "资本性支出": total.public - goods,
    }
    projects = list(
        zip(profile.projects, draw.split(total.project, len(profile.projects)), strict=True)
    )
    other_spend = total.other + total.carry - total.balance
    other_basic = (
        draw.share(total.basic, profile.other_basic_share, profile.other_basic_share)
        if profile.other_basic_share
        else D(0)
    )
    general_basic = total.basic - other_basic
    sources = [
        ("general", "一般公共预算财政拨款支出", general_basic, total.general - general_basic)
    ]
    if total.fund:
        sources.append(("fund", "政府性基金预算支出", D(0), total.fund))
    if total.capital:
        sources.append(("capital", "国有资本经营预算支出", D(0), total.capital))
    if other_spend:
        sources.append(
            (
                "other",
                "其他资金支出" if profile.kind != "hospital" else "非财政拨款支出",
                other_basic,
                other_spend - other_basic,
            )
        )
    assert all(b >= 0 and p >= 0 for _, _, b, p in sources), profile.kind
    adjusted = q2(total.spend * HUNDRED / D(str(t["exec"])))
    share = D(str(round(rng.uniform(*ADJUST_SHARE[profile.kind]), 4)))
    budget_initial = q2(adjusted / (1 + share))
    budget_added = adjusted - budget_initial
    sg_actual = total.sg_total
    sg_b_total = q2(sg_actual * HUNDRED / D(str(t["sangong"])))
    sg_b_reception = q2(sg_b_total * D("0.28"))
    sg_budget = (sg_b_reception, sg_b_total - sg_b_reception)
    sg_last = q2(sg_b_total / (1 + D(str(t["change"])) / HUNDRED))
    if profile.labels["public"] == "公用经费":
        pf_actual = total.public
    else:
        pf_actual = draw.share(total.public, 0.55, 0.75)
    pf_budget = q2(pf_actual * HUNDRED / D(str(t["public"])))
    pr_budget = draw.share(total.spend, 0.04, 0.09)
    pr_actual = q2(pr_budget * D(str(t["procure"])) / HUNDRED)
    valid = rng.randint(320, 560)
    issued = valid + rng.randint(6, 30)
    satisfied = round(valid * t["sat"] / 100)
    basis_score = D(rng.randint(188, 198)) / 2
    people = []
    used: set[str] = set()
    for role in profile.people:
        while True:
            name = rng.choice(SURNAMES) + rng.choice(GIVEN[::2]) + rng.choice(GIVEN[1::2])
            if name not in used:
                used.add(name)
                break
        people.append((name, role))
    y1 = profile.year + 1
    m = profile.report_month
    dates = {
        "leader": (y1, m, rng.randint(3, 12)),
        "seal": (y1, m, rng.randint(13, 20)),
        "scorer": (y1, max(1, m - 1), rng.randint(10, 26)),
        "survey": (profile.year, rng.randint(10, 12), 1),
    }
    phone = f"0{rng.randint(700, 799)}-{rng.randint(2200000, 8899999)}"
    model = Model(
        profile,
        seed,
        units,
        total,
        auth_admin,
        actual_admin,
        functional,
        econ,
        projects,
        sources,
        budget_initial,
        budget_added,
        sg_budget,
        sg_last,
        pf_budget,
        pf_actual,
        pr_budget,
        pr_actual,
        (issued, valid, satisfied),
        basis_score,
        people,
        dates,
        [],
        phone,
    )
    model.indicators = [score_indicator(model, spec) for spec in profile.indicators]
    return model


def indicator_rate(model: Model, kind: str) -> Decimal | None:
    """The rate an indicator is scored on, computed from the model's amounts."""
    t = model.total
    if kind == "staff":
        return pct(D(t.actual), D(t.auth))
    if kind == "sangong_change":
        b1 = sum(model.sg_budget, D(0))
        return pct(b1 - model.sg_last, model.sg_last)
    if kind == "exec":
        return pct(t.spend, model.budget_adjusted)
    if kind == "adjust":
        return pct(model.budget_added, model.budget_initial)
    if kind == "public":
        return pct(model.pf_actual, model.pf_budget)
    if kind == "sangong_ctrl":
        return pct(t.sg_total, sum(model.sg_budget, D(0)))
    if kind == "procure":
        return pct(model.pr_actual, model.pr_budget)
    if kind == "assets":
        return pct(t.fa_in_use, t.fa_total)
    if kind == "satisfaction":
        return pct(D(model.survey[2]), D(model.survey[1]))
    return None


def score_indicator(model: Model, spec: IndicatorSpec) -> Indicator:
    """Score one indicator the way the department's own rule says."""
    maximum = D(spec.maximum)
    rate = indicator_rate(model, spec.kind)
    if spec.rule and rate is not None:
        rule = make_rule(spec.rule, maximum)
        return Indicator(spec, maximum, rule.score(rate, maximum), rate, rule)
    if spec.kind == "completion" and spec.style == "formula":
        score = q2(model.basis_score * maximum / HUNDRED)
        return Indicator(spec, maximum, score)
    if spec.style == "deduct":
        deduction = QUAL_DEDUCTION.get(spec.kind, D("0.5"))
        return Indicator(spec, maximum, maximum - deduction, deduction=deduction)
    return Indicator(spec, maximum, maximum)
