"""Generate the synthetic corpus: complete self-evaluation reports and planted-defect mutants.

Run from the repository root::

    /work/venv/bin/python scripts/generate_corpus.py [--seed N] [--out DIR] [--render]

For each department profile (``synth_profiles.py``) a clean report is built from a
model whose figures all agree: tables add up, breakdowns add up, every restated
figure is identical, every rate is its operands rounded, every score follows its
stated rule, scores sum to the stated total and the grade matches the bands. Each
mutant copies the clean model and plants exactly one defect (plus what a real
department's slip would carry along, e.g. a total recomputed from a wrong score).
Every report gets an ``answer_key.yaml`` saying which findings must, must not and
may appear.

Why a model and slots instead of text edits: mutants must differ from their parent
only by the defect. The renderer reads each figure through a named slot; a mutant
overrides one slot (or one model value such as a score), so nothing else moves.

Generation is deterministic: every random draw comes from ``random.Random`` seeded
with ``--seed`` and the profile, and wording choices are hashed from the seed and a
slot name, so running twice writes byte-identical text. ``--render`` also writes
``report.docx``/``report.pdf`` for a representative subset (needs LibreOffice).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml
from synth_profiles import GIVEN, PROFILES, SURNAMES, IndicatorSpec, Profile

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "synthetic"
DEFAULT_SEED = 20250601

D = Decimal
CENT = D("0.01")
HUNDRED = D(100)
ONE = D(1)
HALF = D("0.5")
ZERO = D(0)
CN_NUM = "零一二三四五六七八九十"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# --------------------------------------------------------------------------- numbers


def q2(x: Decimal) -> Decimal:
    """Round to cents (half up), as departments do."""
    return x.quantize(CENT, ROUND_HALF_UP)


def pct(a: Decimal, b: Decimal) -> Decimal:
    """``a / b`` in percent, two decimals."""
    return q2(a / b * HUNDRED)


def cn(n: int) -> str:
    """Chinese numeral for section numbering (1..99)."""
    if n <= 10:
        return CN_NUM[n] if n < 10 else "十"
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_NUM[tens]
    return f"{head}十{CN_NUM[ones] if ones else ''}"


def score_text(v: Decimal) -> str:
    """A score as written: ``4``, ``3.5``, ``11.04``."""
    s = f"{v.normalize():f}"
    return s


def money_text(v: Decimal, sep: bool) -> str:
    """A money figure with two decimals, with or without thousands separators."""
    return f"{q2(v):,.2f}" if sep else f"{q2(v):.2f}"


def pct_text(v: Decimal) -> str:
    """A rate as written: two decimals and a percent sign."""
    return f"{q2(v):.2f}%"


def stable_index(seed: int, key: str, n: int) -> int:
    """A wording choice that depends only on the seed and the slot name."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % n


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """A scoring rule: how the department words it and what it gives at a rate."""

    kind: str
    """``le`` (full marks up to anchor, deduct above), ``ge`` (deduct below), ``bands``."""
    anchor: Decimal = HUNDRED
    step: Decimal = ONE
    points: Decimal = HALF
    wording: str = ""
    bands: tuple[tuple[Decimal | None, bool, Decimal | None, bool, Decimal], ...] = ()
    """(lo, lo inclusive, hi, hi inclusive, points below maximum)."""

    def score(self, rate: Decimal, maximum: Decimal) -> Decimal:
        """Score at ``rate`` read per completed step (one of the readings auditors accept)."""
        if self.kind == "bands":
            for lo, lo_incl, hi, hi_incl, minus in self.bands:
                if lo is not None and (rate < lo or (rate == lo and not lo_incl)):
                    continue
                if hi is not None and (rate > hi or (rate == hi and not hi_incl)):
                    continue
                return max(D(0), maximum - minus)
            return D(0)
        gap = rate - self.anchor if self.kind == "le" else self.anchor - rate
        if gap <= 0:
            return maximum
        steps = (gap / self.step).to_integral_value(ROUND_FLOOR)
        return max(D(0), maximum - steps * self.points)

    def text(self, name: str, maximum: Decimal) -> str:
        """The rule sentence with the indicator's own maximum filled in."""
        marks = {f"m{i}": score_text(max(D(0), maximum - b[4])) for i, b in enumerate(self.bands)}
        return self.wording.format(name=name, max=score_text(maximum), **marks)


def _quarter(maximum: Decimal, k: int) -> Decimal:
    """Points below maximum for the k-th lower band (a quarter of the maximum per band)."""
    step = (maximum / 4 * 2).to_integral_value(ROUND_HALF_UP) / 2
    return step * k


def band_rule(
    wording: str, edges: list[tuple[Decimal | None, bool, Decimal | None, bool]], maximum: Decimal
) -> Rule:
    """Bands whose scores fall by a quarter of the maximum per band."""
    bands = tuple(
        (lo, li, hi, hi_i, _quarter(maximum, k)) for k, (lo, li, hi, hi_i) in enumerate(edges)
    )
    return Rule("bands", wording=wording, bands=bands)


def make_rule(rule_id: str, maximum: Decimal) -> Rule:
    """The rule variants departments write (ids used in the profiles)."""
    if rule_id == "le_full_0":
        return Rule(
            "le", points=D("0.5"), wording="{name}≤100%，计{max}分；每超出1%扣0.5分，扣完为止"
        )
    if rule_id == "le_full_1":
        return Rule(
            "le", points=D(1), wording="100%以下（含）计满分，每超出1个百分点扣1分，扣完为止"
        )
    if rule_id == "le_full_2":
        return Rule(
            "le",
            points=D("0.5"),
            wording="控制在100%以内（含100%）的计满分，每超过1%扣0.5分，扣完为止",
        )
    if rule_id == "ge_full_0":
        return Rule("ge", points=D("0.5"), wording="100%计满分，每低于1%扣0.5分，扣完为止")
    if rule_id == "ge_full_1":
        return Rule("ge", points=D(1), wording="达到100%的得满分，每降低1个百分点扣1分，扣完为止")
    if rule_id == "ge_full_2":
        return Rule(
            "ge",
            points=D("0.2"),
            wording="{name}为100%的计满分，每低于100%一个百分点扣0.2分，扣完为止",
        )
    if rule_id == "change_0":
        return Rule(
            "le",
            anchor=D(0),
            points=D("0.5"),
            wording="“三公经费”变动率≤0，计{max}分；每增长1%扣0.5分，扣完为止",
        )
    if rule_id == "change_1":
        return Rule(
            "le",
            anchor=D(0),
            points=D("0.2"),
            wording="“三公经费”预算较上年持平或下降的计满分，每增长1个百分点扣0.2分，扣完为止",
        )
    if rule_id == "adjust_bands_0":
        return band_rule(
            "预算调整率≤10%，计{m0}分；10%-20%（含），计{m1}分；20%-30%（含），计{m2}分；30%以上计{m3}分",
            [
                (None, True, D(10), True),
                (D(10), False, D(20), True),
                (D(20), False, D(30), True),
                (D(30), False, None, True),
            ],
            maximum,
        )
    if rule_id == "adjust_bands_1":
        return band_rule(
            "调整率在15%（含）以内计满分；15%-30%（含）计{m1}分；30%-50%（含）计{m2}分；50%以上计{m3}分",
            [
                (None, True, D(15), True),
                (D(15), False, D(30), True),
                (D(30), False, D(50), True),
                (D(50), False, None, True),
            ],
            maximum,
        )
    if rule_id == "procure_bands_0":
        return band_rule(
            "执行率95%（含）以上计满分；85%（含）-95%，计{m1}分；75%（含）-85%，计{m2}分；低于75%计{m3}分",
            [
                (D(95), True, None, True),
                (D(85), True, D(95), False),
                (D(75), True, D(85), False),
                (None, True, D(75), False),
            ],
            maximum,
        )
    if rule_id == "sat_bands_0":
        return band_rule(
            "满意度90%（含）以上计满分；80%（含）-90%，计{m1}分；70%（含）-80%，计{m2}分；低于70%计{m3}分",
            [
                (D(90), True, None, True),
                (D(80), True, D(90), False),
                (D(70), True, D(80), False),
                (None, True, D(70), False),
            ],
            maximum,
        )
    if rule_id == "sat_bands_1":
        return band_rule(
            "满意度达到95%（含）以上的计满分；90%（含）-95%的，计{m1}分；85%（含）-90%的，计{m2}分；85%以下的，计{m3}分",
            [
                (D(95), True, None, True),
                (D(90), True, D(95), False),
                (D(85), True, D(90), False),
                (None, True, D(85), False),
            ],
            maximum,
        )
    raise ValueError(f"unknown rule {rule_id!r}")


# --------------------------------------------------------------------------- model


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


# --------------------------------------------------------------------------- mutations


@dataclass
class Mutation:
    """One planted defect: slot overrides and/or changed scores, with its answer-key entries."""

    code: str
    note: str
    overrides: dict[str, str] = field(default_factory=dict)
    scores: dict[str, Decimal] = field(default_factory=dict)
    total_all: Decimal | None = None
    """A wrong total written everywhere the total is stated (SC005)."""
    grade: str | None = None
    expect: list[dict[str, Any]] = field(default_factory=list)
    allow: list[dict[str, Any]] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


CLEAN = Mutation("clean", "无缺陷")


# --------------------------------------------------------------------------- writer


class Writer:
    """Collects report lines; every figure that a mutant may change goes through a slot."""

    def __init__(self, model: Model, mutation: Mutation) -> None:
        self.m = model
        self.p = model.profile
        self.mut = mutation
        self.lines: list[str] = []
        self.slots: dict[str, str] = {}

    # -- slots and formatting

    def s(self, key: str, default: str) -> str:
        """The text of slot ``key``: the mutant's override or the clean text."""
        text = self.mut.overrides.get(key, default)
        self.slots[key] = default
        return text

    def pick(self, key: str, options: Iterable[str]) -> str:
        opts = list(options)
        return opts[stable_index(self.m.seed, f"{self.p.kind}:{key}", len(opts))]

    def money(self, v: Decimal, key: str = "") -> str:
        """Money in running text: separators as the department writes them."""
        if self.p.sep and (not key or abs(v) >= 1000):
            sep = self.pick(f"sep:{key}", (True, True, False)) if key else True
            return money_text(v, bool(sep))
        return money_text(v, False)

    def cell(self, v: Decimal) -> str:
        """Money in a table cell."""
        return money_text(v, self.p.sep)

    @property
    def u(self) -> str:
        return self.p.money

    # -- blocks

    def para(self, text: str) -> None:
        self.lines.extend([text, ""])

    def heading(self, text: str, marks: str = "") -> None:
        self.lines.extend([f"{marks} {text}" if marks else text, ""])

    def bold(self, text: str) -> None:
        self.lines.extend([f"**{text}**", ""])

    def table(self, rows: list[list[str]]) -> None:
        width = max(len(r) for r in rows)
        for r in rows:
            self.lines.append("\t".join(r + [""] * (width - len(r))))
        self.lines.append("")

    def text(self) -> str:
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


# --------------------------------------------------------------------------- scores as stated


def effective_scores(model: Model, mutation: Mutation) -> dict[str, Decimal]:
    """Scores as the (possibly mistaken) department wrote them."""
    return {i.kind: mutation.scores.get(i.kind, i.score) for i in model.indicators}


def grade_of(profile: Profile, total: Decimal) -> str:
    """The grade the department's own bands give."""
    words = profile.grade_words
    if total >= 90:
        return words[0]
    if total >= 80:
        return words[1]
    if total >= 60:
        return words[2]
    return words[3]


def stated_total(model: Model, mutation: Mutation) -> Decimal:
    """The total the department adds up from its indicator scores."""
    return sum(effective_scores(model, mutation).values(), D(0))


# --------------------------------------------------------------------------- rendering


def render(model: Model, mutation: Mutation = CLEAN) -> tuple[str, dict[str, str]]:
    """Write the whole report; returns the text and the clean text of every slot."""
    w = Writer(model, mutation)
    scores = effective_scores(model, mutation)
    true_total = stated_total(model, mutation)
    total = mutation.total_all if mutation.total_all is not None else true_total
    grade = mutation.grade or grade_of(model.profile, true_total)
    cover(w)
    self_evaluation_form(w, total, grade)
    signatures(w)
    narrative_report(w, scores, total, grade)
    attachment(w, scores, total)
    return w.text(), w.slots


def cover(w: Writer) -> None:
    p, y = w.p, w.m.year
    title = w.pick(
        "title",
        (
            f"{p.region}{y}年度部门整体支出绩效自评报告",
            f"{p.unit}{y}年度部门整体支出绩效自评报告",
            f"{y}年度部门整体支出绩效评价自评报告",
        ),
    )
    w.heading(title, "#")
    w.para(f"部门（单位）名称（公章）：{p.unit}")
    w.para(f"预算编码：{p.budget_code}")
    w.para("评价方式：部门（单位）绩效自评")
    w.para(f"评价机构：{p.unit}绩效自评工作小组")
    w.para(f"报告时间：{y + 1}年{p.report_month}月")


def activity_first(w: Writer, k: int) -> str:
    act = w.p.activities[k]
    value = w.s(f"act{k}.first", act.value)
    if w.p.fullwidth_summary:
        value = value.translate(FULLWIDTH)
    return act.first.format(v=value)


def activity_second(w: Writer, k: int) -> str:
    act = w.p.activities[k]
    return act.second.format(v=w.s(f"act{k}.second", act.value))


def self_evaluation_form(w: Writer, total: Decimal, grade: str) -> None:
    """Part one: the 自评表 (basic data, work summary, tables, score and grade)."""
    p, m, t = w.p, w.m, w.m.total
    w.table(
        [
            ["一、部门（单位）基本情况", "", "", ""],
            ["联系人", m.people[3][0], "联系电话", m.phone],
            [
                p.labels["auth"],
                w.s("form.auth", str(t.auth)),
                p.labels["actual"],
                w.s("form.actual", str(t.actual)),
            ],
            ["职能职责概述", "<p>" + "</p> <p>".join(p.functions[:3]) + "</p>", "", ""],
        ]
    )
    w.para("年度部门（单位）总体运行情况及取得的成绩")
    acts = {f"a{k}": activity_first(w, k) for k in range(len(p.activities))}
    for line in p.overview:
        w.para(line.format(year=m.year, **acts))
    w.heading("二、部门（单位）收支情况", "##")
    income_table(w)
    expenditure_table(w)
    sangong_table(w)
    assets_table(w)
    w.heading("三、部门（单位）整体支出绩效自评情况", "##")
    total_text = w.s("total.form", score_text(total))
    grade_text = w.s("grade.form", grade)
    if p.kind in ("county-edu", "city-drc", "hospital"):
        w.table(
            [
                ["绩效自评综合得分及评价等次", "", f"评分：{total_text}分　等级：{grade_text}"],
                ["", "", f"备注：{p.bands_text}。"],
            ]
        )
    else:
        w.table(
            [
                ["项目", "内容"],
                ["自评综合得分", f"{total_text}分"],
                ["评价等次", grade_text],
                ["等次划分", p.bands_text],
            ]
        )


def unit_rows(w: Writer) -> list[tuple[str, Any]]:
    m = w.m
    return [("汇总", m.total)] + [(u.label, u) for u in m.units]


def income_table(w: Writer) -> None:
    p = w.p
    unit = "万元" if p.money == "万元" else "元"
    w.para(w.s("caption.income", f"表1：{w.m.year}年度收入情况（单位：{unit}）"))
    lab = p.labels
    if p.layout["income"] == "total-last":
        rows = [
            [
                lab["unit_col"],
                "上年结转",
                "一般公共预算财政拨款",
                "政府性基金预算财政拨款",
                "其他收入",
                lab["income_total"],
            ]
        ]
        for name, u in unit_rows(w):
            rows.append(
                [
                    name,
                    w.cell(u.carry),
                    w.cell(u.general),
                    w.cell(u.fund),
                    w.cell(u.other),
                    w.s(f"inc.total.{name}", w.cell(u.income)),
                ]
            )
    elif p.layout["income"] == "qizhong-hospital":
        rows = [
            [lab["unit_col"], lab["income_total"], "其中：", "", "", ""],
            ["", "", "上年结转", "财政拨款收入", "事业收入", "其他收入"],
        ]
        for name, u in unit_rows(w):
            medical = q2(u.other * D("0.96"))
            rows.append(
                [
                    name,
                    w.cell(u.income),
                    w.cell(u.carry),
                    w.cell(u.general),
                    w.cell(medical),
                    w.cell(u.other - medical),
                ]
            )
    else:
        cols = ["上年结转", "一般公共预算拨款", "政府性基金拨款"]
        if w.m.total.capital:
            cols.append("国有资本经营预算拨款")
        cols.append("其他收入")
        rows = [
            [lab["unit_col"], lab["income_total"], "其中："] + [""] * (len(cols) - 1),
            ["", "", *cols],
        ]
        for name, u in unit_rows(w):
            vals = (
                [u.carry, u.general, u.fund]
                + ([u.capital] if w.m.total.capital else [])
                + [u.other]
            )
            rows.append([name, w.cell(u.income)] + [w.cell(v) for v in vals])
    w.table(rows)


def expenditure_table(w: Writer) -> None:
    p, lab = w.p, w.p.labels
    unit = "万元" if p.money == "万元" else "元"
    w.para(f"表2：{w.m.year}年度支出和结余情况（单位：{unit}）")
    if p.layout["expenditure"] == "vertical":
        t = w.m.total
        rows = [
            ["项目", f"决算数（{unit}）"],
            ["一、基本支出", w.cell(t.basic)],
            [f"其中：{lab['personnel']}", w.cell(t.personnel)],
            [f"　　　{lab['public']}", w.cell(t.public)],
            [f"二、{lab['project']}", w.s("exp.project.table", w.cell(t.project))],
            ["支出合计", w.cell(t.spend)],
            ["年末结余", w.cell(t.balance)],
        ]
        w.table(rows)
        return
    rows = [
        [lab["unit_col"], "支出合计", "其中：", "", "", "", "结余", ""],
        ["", "", "基本支出", "其中：", "", lab["project"], "当年结余", "累计结余"],
        ["", "", "", lab["personnel"], lab["public"], "", "", ""],
    ]
    for name, u in unit_rows(w):
        rows.append(
            [
                name,
                w.cell(u.spend),
                w.cell(u.basic),
                w.s(f"exp.personnel.{name}", w.cell(u.personnel)),
                w.cell(u.public),
                w.cell(u.project),
                w.cell(u.balance),
                w.cell(u.balance),
            ]
        )
    w.table(rows)


def sangong_table(w: Writer) -> None:
    p = w.p
    unit = "万元" if p.money == "万元" else "元"
    w.para(w.s("caption.sangong", f"表3：{w.m.year}年度“三公”经费支出情况（单位：{unit}）"))
    rows = [
        [p.labels["unit_col"], "三公经费合计", "其中：", "", "", ""],
        ["", "", "公务接待费", "公务用车运行维护费", "公务用车购置费", "因公出国（境）费用"],
    ]
    for name, u in unit_rows(w):
        rows.append(
            [
                name,
                w.cell(u.sg_total),
                w.cell(u.sg_reception),
                w.cell(u.sg_vehicle),
                w.cell(D(0)),
                w.cell(D(0)),
            ]
        )
    w.table(rows)


def assets_table(w: Writer) -> None:
    p = w.p
    unit = "万元" if p.money == "万元" else "元"
    w.para(f"表4：{w.m.year}年末固定资产情况（单位：{unit}）")
    rows = [
        [p.labels["unit_col"], "固定资产合计", "其中：", "", ""],
        ["", "", "在用固定资产", "出租固定资产", "闲置固定资产"],
    ]
    for name, u in unit_rows(w):
        rows.append(
            [
                name,
                w.cell(u.fa_total),
                w.cell(u.fa_in_use),
                w.cell(u.fa_leased),
                w.s(f"fa.idle.{name}", w.cell(u.fa_idle)),
            ]
        )
    w.table(rows)


def date_text(d: tuple[int, int, int]) -> str:
    return f"{d[0]}年{d[1]}月{d[2]}日"


def signatures(w: Writer) -> None:
    """The 评价人员 table and the signature and seal block of the form."""
    m, p = w.m, w.p
    w.heading("四、评价人员", "##")
    header = ["姓名", "职务/职称", "单位"] + (
        ["签字"] if p.kind in ("county-edu", "hospital") else []
    )
    rows = [header]
    for name, role in m.people:
        rows.append([name, role, p.unit] + ([""] if len(header) == 4 else []))
    w.table(rows)
    w.para("评价组组长签署意见：")
    w.para(
        w.pick(
            "opinion",
            (
                "整体支出绩效自评工作程序规范，数据真实、结论客观。",
                "同意自评结果。",
                "自评依据充分，评价结果客观公正。",
            ),
        )
    )
    w.lines.extend(
        [
            f"评价组组长（签字）：{m.people[0][0]}  ",
            w.s("date.leader", date_text(m.dates["leader"])),
            "",
        ]
    )
    w.para("部门（单位）意见：")
    w.para("同意。")
    w.lines.extend([f"部门（单位）负责人（签字）：{m.people[1][0]}  ", "部门（单位）（盖章）：  "])
    if p.kind == "township":
        w.lines.extend(["年　月　日", ""])
    else:
        w.lines.extend([date_text(m.dates["seal"]), ""])
    w.para("财政部门归口业务股室意见：")
    w.lines.extend(
        [
            "财政部门归口业务股室负责人（签字）：  ",
            "财政部门归口业务股室（盖章）：  ",
            "年　月　日",
            "",
        ]
    )


# ------------------------------------------------------------------- narrative report


def section_marks(w: Writer, level: int) -> str:
    """Markdown heading marks as this department's converted file shows them."""
    if w.p.kind in ("county-edu", "city-drc"):
        return "#" * (level + 1)
    return ""


def h(w: Writer, text: str, level: int) -> None:
    marks = section_marks(w, level)
    if not marks and w.p.kind in ("township", "hospital") and level >= 2:
        w.bold(text)
    else:
        w.heading(text, marks)


def narrative_report(w: Writer, scores: dict[str, Decimal], total: Decimal, grade: str) -> None:
    p, m, t = w.p, w.m, w.m.total
    y = m.year
    w.heading(f"{p.unit}{y}年度部门整体支出绩效评价报告", "#")
    h(w, "一、部门（单位）基本情况", 1)
    h(w, "（一）主要职能", 2)
    for k, f in enumerate(p.functions, 1):
        w.para(f"{k}.{f}")
    h(w, "（二）机构设置", 2)
    w.para(
        p.org_sentence.format(
            items="、".join(p.org_list),
            n=w.s("org.count", str(len(p.org_list))),
            unit=p.org_count_unit,
        )
    )
    h(w, "（三）人员情况", 2)
    auth, actual = str(t.auth), str(t.actual)
    if m.auth_admin:
        w.para(
            f"{y}年末{p.labels['auth']}{auth}名，其中行政编制{m.auth_admin}名、事业编制{t.auth - m.auth_admin}名；"
            f"{p.labels['actual']}{actual}名，其中行政{m.actual_admin}名、事业{t.actual - m.actual_admin}名。"
        )
    else:
        w.para(
            f"{y}年末{p.labels['auth']}{auth}名，均为事业编制；{p.labels['actual']}{actual}名，另有编外聘用人员若干。"
        )
    h(w, "二、部门（单位）收支情况", 1)
    h(w, "（一）收入情况", 2)
    income_paragraph(w)
    h(w, "（二）支出情况", 2)
    spending_paragraphs(w)
    h(w, "三、部门整体支出绩效情况", 1)
    indicators_section(w, scores)
    h(w, "四、评价结论", 1)
    conclusion_total = w.s("total.conclusion", score_text(total))
    conclusion_grade = w.s("grade.conclusion", grade)
    w.para(
        w.pick(
            "conclusion",
            (
                f"经自评，{p.unit}{y}年度部门整体支出绩效综合得分为{conclusion_total}分，评价等级为“{conclusion_grade}”。",
                f"根据上述指标逐项评分，{p.short}{y}年度部门整体支出绩效自评得分{conclusion_total}分，等级评定为“{conclusion_grade}”。",
            ),
        )
    )
    w.para(f"评价等级划分：{p.bands_text}。")
    h(w, "五、存在的问题", 1)
    for k, text in enumerate(p.problems, 1):
        w.para(f"{k}.{text}")
    h(w, "六、改进措施和建议", 1)
    for k, text in enumerate(p.suggestions, 1):
        w.para(f"{k}.{text}")
    h(w, "七、绩效自评结果应用及公开情况", 1)
    w.para(
        f"本次自评结果将在{p.region}人民政府门户网站公开，自评中发现的问题将在下一年度预算编制和执行中整改落实。"
    )


def income_paragraph(w: Writer) -> None:
    m, t, u = w.m, w.m.total, w.u
    parts = []
    if t.carry:
        parts.append(f"上年结转{w.money(t.carry, 'inc.carry')}{u}")
    parts.append(f"一般公共预算财政拨款收入{w.money(t.general, 'inc.general')}{u}")
    if t.fund:
        parts.append(f"政府性基金预算拨款收入{w.money(t.fund, 'inc.fund')}{u}")
    if t.capital:
        parts.append(f"国有资本经营预算拨款收入{w.money(t.capital, 'inc.capital')}{u}")
    if m.profile.kind == "hospital":
        parts.append(f"事业收入及其他收入{w.money(t.other, 'inc.other')}{u}")
    else:
        parts.append(f"其他收入{w.money(t.other, 'inc.other')}{u}")
    lead = m.profile.labels["income_total"]
    w.para(f"{m.year}年度{lead}{w.money(t.income, 'inc.total')}{u}，其中：{'，'.join(parts)}。")


def spending_paragraphs(w: Writer) -> None:
    m, p, t, u = w.m, w.p, w.m.total, w.u
    y = m.year
    proj = p.labels["project"]
    w.para(
        f"{y}年度部门整体支出{w.money(t.spend, 'exp.total')}{u}，其中基本支出{w.money(t.basic, 'exp.basic')}{u}，"
        f"{proj}{w.money(t.project, 'exp.project')}{u}，年末结余{w.money(t.balance, 'exp.balance')}{u}。"
    )
    pieces = []
    for sid, label, basic, project in m.sources:
        spend = basic + project
        key = f"src.{sid}"
        inner = []
        if basic:
            inner.append(f"基本支出{w.s(key + '.basic', w.money(basic, key + '.basic'))}{u}")
        inner.append(f"项目支出{w.s(key + '.project', w.money(project, key + '.project'))}{u}")
        pieces.append(
            f"{label}{w.s(key + '.total', w.money(spend, key + '.total'))}{u}（{'，'.join(inner)}）"
        )
    w.para(f"按资金来源分，{'；'.join(pieces)}。")
    items = [
        (name, w.s(f"func.{k}", w.money(v, f"func.{k}")))
        for k, (name, v) in enumerate(m.functional)
    ]
    listing = "、".join(f"{name}{v}{u}" for name, v in items)
    if p.layout["functional"] == "trailing":
        w.para(f"按支出功能分类，{listing}，合计{w.money(t.spend, 'func.total')}{u}。")
    else:
        w.para(
            f"按支出功能分类，{y}年度支出共计{w.money(t.spend, 'func.total')}{u}，其中：{listing}。"
        )
    h(w, "1.基本支出", 3)
    e = m.econ
    w.para(
        f"{y}年基本支出{w.money(t.basic, 'basic.total')}{u}，其中：工资福利支出{w.money(e['工资福利支出'], 'e1')}{u}，"
        f"商品和服务支出{w.money(e['商品和服务支出'], 'e2')}{u}，对个人和家庭的补助{w.money(e['对个人和家庭的补助'], 'e3')}{u}，"
        f"资本性支出{w.money(e['资本性支出'], 'e4')}{u}。基本支出保障了{p.short}机构正常运转和人员工资按时足额发放。"
    )
    h(w, f"2.{proj}", 3)
    plist = "、".join(
        f"{name}{w.s(f'proj.{k}', w.money(v, f'proj.{k}'))}{u}"
        for k, (name, v) in enumerate(m.projects)
    )
    w.para(
        f"{y}年{proj}{w.money(t.project, 'proj.total')}{u}，其中：{plist}。各项目资金均按批复用途使用，实行专款专用。"
    )


# ------------------------------------------------------------------- indicators


SECOND_LEVEL = {
    "goal_fit": ("投入", "目标设定"),
    "goal_clear": ("投入", "目标设定"),
    "staff": ("投入", "预算配置"),
    "sangong_change": ("投入", "预算配置"),
    "adjust": ("投入", "预算配置"),
    "exec": ("过程", "预算执行"),
    "public": ("过程", "预算执行"),
    "sangong_ctrl": ("过程", "预算执行"),
    "procure": ("过程", "预算执行"),
    "mgmt": ("过程", "财务管理"),
    "compliance": ("过程", "财务管理"),
    "disclose": ("过程", "财务管理"),
    "asset_safe": ("过程", "资产管理"),
    "asset_mgmt": ("过程", "资产管理"),
    "assets": ("过程", "资产管理"),
    "completion": ("产出", "职责履行"),
    "output_qual": ("产出", "职责履行"),
    "benefit": ("效益", "履职效益"),
    "sustain": ("效益", "履职效益"),
    "satisfaction": ("效益", "满意度"),
}


def indicators_section(w: Writer, scores: dict[str, Decimal]) -> None:
    p = w.p
    grouped = p.layout["indicator_headings"] == "grouped"
    number = 0
    group_no = 0
    current_group = None
    for ind in w.m.indicators:
        if grouped and ind.spec.group != current_group:
            current_group = ind.spec.group
            group_no += 1
            maximum = dict(p.groups)[current_group]
            h(w, f"（{cn(group_no)}）{current_group}指标（{maximum}分）", 2)
            number = 0
        number += 1
        label = f"{number}." if grouped else f"（{cn(number)}）"
        max_text = w.s(f"max.{ind.kind}", score_text(ind.maximum))
        h(w, f"{label}{ind.spec.name}（{max_text}分）", 3 if grouped else 2)
        for para in indicator_paragraphs(w, ind, scores[ind.kind]):
            w.para(para)


def conclude(w: Writer, ind: Indicator, score: Decimal) -> str:
    """The sentence that awards the score, in the department's own words."""
    value = w.s(f"score.{ind.kind}", score_text(score))
    verb = w.p.layout["score_word"]
    return w.pick(
        f"conclude.{ind.kind}",
        (
            f"故本项{verb}{value}分。",
            f"因此，该指标{verb}{value}分。",
            f"综上，本项{verb}{value}分。",
        ),
    )


def rule_sentence(w: Writer, ind: Indicator) -> str:
    assert ind.rule is not None
    lead = w.pick(
        f"rule.{ind.kind}", ("评分标准：", f"根据{ind.spec.name}评价标准：", "按照评分办法：")
    )
    return f"{lead}{ind.rule.text(ind.spec.name, ind.maximum)}。"


def deduction_sentence(ind: Indicator, score: Decimal) -> str:
    """Why points were lost, for a rate indicator below its top band."""
    assert ind.rate is not None and ind.rule is not None
    if score >= ind.maximum:
        return ""
    lost = ind.maximum - score
    return f"实际{pct_text(ind.rate)}未达到满分标准，扣{score_text(lost)}分。"


def indicator_paragraphs(w: Writer, ind: Indicator, score: Decimal) -> list[str]:
    """The paragraphs of one indicator section."""
    m, p, t, u = w.m, w.p, w.m.total, w.u
    y = m.year
    k = ind.kind
    rate = pct_text(ind.rate) if ind.rate is not None else ""
    out: list[str] = []
    if k == "staff":
        auth = w.s("ic001.auth", str(t.auth))
        actual = w.s("ic001.actual", str(t.actual))
        out.append(
            w.pick(
                "staff.lead",
                (
                    f"根据机构编制部门核定，{p.short}{p.labels['auth']}共{auth}名，{y}年末{p.labels['actual']}{actual}名，未超编。",
                    f"{p.short}{p.labels['auth']}{auth}名，年末{p.labels['actual']}{actual}名，人员控制在编制以内。",
                ),
            )
        )
        if p.layout["staff_table"] == "yes":
            staff_table(w)
        if p.layout["formula"] == "named":
            out.append(f"在职人员控制率=在职人数/编制数×100%={w.s('f.staff.rate', rate)}。")
        else:
            out.append(
                f"在职人员控制率=（在职人员数/编制数）×100%={w.s('f.staff.actual', str(t.actual))}/{w.s('f.staff.auth', str(t.auth))}×100%={w.s('f.staff.rate', rate)}。"
            )
        out.append(rule_sentence(w, ind) + conclude(w, ind, score))
    elif k == "sangong_change":
        b1 = sum(m.sg_budget, D(0))
        out.append(
            f"{y - 1}年度“三公经费”预算{w.money(m.sg_last, 'sgl')}{u}；{y}年度“三公经费”预算{w.money(b1, 'sgb')}{u}，"
            f"其中公务接待费{w.money(m.sg_budget[0], 'sgb0')}{u}、公务用车运行维护费{w.money(m.sg_budget[1], 'sgb1')}{u}。"
        )
        out.append(
            f"“三公经费”变动率=（本年度“三公经费”预算数-上年度“三公经费”预算数）/上年度“三公经费”预算数×100%"
            f"=（{w.money(b1, 'sgb.f')}-{w.money(m.sg_last, 'sgl.f')}）/{w.money(m.sg_last, 'sgl.f2')}×100%={w.s('f.change.rate', rate)}。"
        )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "exec":
        adj = m.budget_adjusted
        out.append(
            f"{y}年{p.labels['initial']}{w.money(m.budget_initial, 'bi')}{u}，年中追加预算{w.money(m.budget_added, 'ba')}{u}，"
            f"调整后预算数{w.money(adj, 'badj')}{u}；全年实际支出{w.money(t.spend, 'bspent')}{u}。"
        )
        if ind.spec.style == "named" or p.layout["formula"] == "named":
            out.append(f"{ind.spec.name}=实际支出数/调整后预算数×100%={w.s('f.exec.rate', rate)}。")
        else:
            out.append(
                f"{ind.spec.name}=实际支出/调整后预算×100%={w.money(t.spend, 'bspent.f')}/{w.money(adj, 'badj.f')}×100%={w.s('f.exec.rate', rate)}。"
            )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "adjust":
        if not m.has("exec"):
            out.append(
                f"{y}年{p.labels['initial']}{w.money(m.budget_initial, 'bi2')}{u}，年中追加预算{w.money(m.budget_added, 'ba2')}{u}。"
            )
        else:
            out.append(
                f"{y}年度年中追加预算{w.money(m.budget_added, 'ba2')}{u}，主要为上级下达的专项补助资金。"
            )
        out.append(
            f"预算调整率=本年追加预算/年初预算×100%={w.money(m.budget_added, 'ba.f')}/{w.money(m.budget_initial, 'bi.f')}×100%={w.s('f.adjust.rate', rate)}。"
        )
        out.append(rule_sentence(w, ind) + conclude(w, ind, score))
    elif k == "public":
        pa = w.s("pfa", w.money(m.pf_actual, "pfa"))
        pb = w.s("pfb", w.money(m.pf_budget, "pfb"))
        out.append(f"{y}年度公用经费预算安排{pb}{u}，实际支出公用经费{pa}{u}。")
        out.append(
            f"公用经费控制率=实际支出公用经费/预算安排公用经费×100%={w.s('f.public.actual', w.money(m.pf_actual, 'pfa.f'))}/{w.money(m.pf_budget, 'pfb.f')}×100%={w.s('f.public.rate', rate)}。"
        )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "sangong_ctrl":
        b1 = sum(m.sg_budget, D(0))
        out.append(
            f"{y}年度“三公经费”预算{w.money(b1, 'sgb2')}{u}，实际支出{w.money(t.sg_total, 'sga')}{u}，"
            f"其中公务接待费{w.money(t.sg_reception, 'sga0')}{u}、公务用车运行维护费{w.money(t.sg_vehicle, 'sga1')}{u}，未发生公务用车购置和因公出国（境）费用。"
        )
        out.append(
            f"“三公经费”控制率=“三公经费”实际支出数/“三公经费”预算安排数×100%={w.money(t.sg_total, 'sga.f')}/{w.money(b1, 'sgb.f2')}×100%={w.s('f.sangong.rate', rate)}。"
        )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "procure":
        pb, pa = w.money(m.pr_budget, "prb"), w.money(m.pr_actual, "pra")
        stated = w.s("procure.rate", rate)
        out.append(
            w.pick(
                "procure.lead",
                (
                    f"{y}年度政府采购预算{pb}{u}，实际采购金额{pa}{u}，政府采购执行率为{stated}。",
                    f"经核实，{p.short}全年政府采购预算数{pb}{u}，政府采购实际金额{pa}{u}，执行率{stated}。",
                ),
            )
        )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "assets":
        out.append(
            f"{y}年末固定资产总额{w.money(t.fa_total, 'fat')}{u}，其中在用固定资产{w.money(t.fa_in_use, 'fau')}{u}。"
        )
        out.append(
            f"固定资产利用率=在用固定资产总额/固定资产总额×100%={w.money(t.fa_in_use, 'fau.f')}/{w.money(t.fa_total, 'fat.f')}×100%={w.s('f.assets.rate', rate)}。"
        )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "satisfaction":
        issued, valid, sat = m.survey
        sy, sm, _ = m.dates["survey"]
        out.append(
            f"{sy}年{sm}月，{p.short}以问卷方式开展满意度调查，共发放问卷{issued}份，收回有效问卷{valid}份，"
            f"其中表示满意的{sat}份，{ind.spec.name}为{w.s('sat.rate', rate)}。"
        )
        out.append(rule_sentence(w, ind) + deduction_sentence(ind, score) + conclude(w, ind, score))
    elif k == "completion":
        basis = score_text(m.basis_score)
        out.append(p.basis_sentence.format(year=w.s("basis.year", str(y)), score=basis))
        if ind.spec.style == "formula":
            out.append(
                f"{ind.spec.name}得分=（考核得分/100）×{score_text(ind.maximum)}={basis}/100×{score_text(ind.maximum)}={w.s(f'score.{k}', score_text(score))}分。"
            )
        else:
            out.append(
                f"全年各项重点工作任务均按计划完成，评分标准为重点任务全部完成的计满分，每有一项未完成扣2分。{conclude(w, ind, score)}"
            )
    elif k == "benefit":
        acts = "；".join(activity_second(w, j) for j in range(len(p.activities)))
        out.append(f"{y}年，{p.short}履职效益明显：{acts}。")
        out.append(p.prior_result.format(year=w.s("result.year", str(y))))
        if ind.deduction:
            out.append(
                f"部分工作的长效机制尚不健全，扣{score_text(ind.deduction)}分。{conclude(w, ind, score)}"
            )
        else:
            out.append(conclude(w, ind, score))
    elif k == "disclose":
        out.append(p.disclosure.format(year=w.s("disclose.year", str(y)), prev=y - 1))
        out.append(conclude(w, ind, score))
    elif k == "compliance":
        out.append(
            f"{p.short}支出符合国家财经法规和财务管理制度规定，资金拨付有完整的审批程序和手续。"
            f"在年度内部检查中发现2笔差旅费报销单据审批手续不完整，已督促整改，扣{score_text(ind.deduction)}分。{conclude(w, ind, score)}"
        )
    else:
        out.append(
            QUALITATIVE[k](w)
            + (f"扣{score_text(ind.deduction)}分。" if ind.deduction else "")
            + conclude(w, ind, score)
        )
    return out


QUALITATIVE: dict[str, Callable[[Writer], str]] = {
    "goal_fit": lambda w: (
        f"{w.p.short}{w.m.year}年度整体支出绩效目标依据部门职责和年度工作计划设定，与中长期发展规划相衔接，目标设置合理。"
    ),
    "goal_clear": lambda w: (
        "绩效目标细化分解为产出、效益和满意度指标，指标值清晰、可衡量，与年度预算资金量相匹配。"
    ),
    "mgmt": lambda w: (
        f"{w.p.short}制定了财务管理、内部控制、政府采购、资产管理等内部管理制度，制度合法合规、内容完整，并得到有效执行。"
    ),
    "asset_safe": lambda w: (
        "年末开展资产清查，资产保存完整、使用合规、配置合理、处置规范，账实相符。"
    ),
    "asset_mgmt": lambda w: (
        f"{w.p.short}制定了资产配置、使用、处置管理办法，明确了资产管理岗位职责，制度健全。"
    ),
    "sustain": lambda w: "通过建立健全长效工作机制，各项事业发展的可持续性得到增强。",
    "output_qual": lambda w: (
        "全年教育事业发展主要目标基本完成，但义务教育学校大班额消除进度略低于计划。"
    ),
}


def staff_table(w: Writer) -> None:
    rows = [["单位名称", w.p.labels["auth"], w.p.labels["actual"], "控制率"]]
    for u in w.m.units:
        rows.append(
            [
                u.label.split("、", 1)[1],
                str(u.auth),
                str(u.actual),
                pct_text(pct(D(u.actual), D(u.auth))),
            ]
        )
    t = w.m.total
    rows.append(
        [
            "合计",
            w.s("staff.table.auth", str(t.auth)),
            str(t.actual),
            pct_text(pct(D(t.actual), D(t.auth))),
        ]
    )
    w.table(rows)


# ------------------------------------------------------------------- attachment


def attachment(w: Writer, scores: dict[str, Decimal], total: Decimal) -> None:
    p, m = w.p, w.m
    y = m.year
    if p.attachment == "indicator-table":
        w.para("附件：")
        w.heading(f"{w.s('attach.year', str(y))}年度部门整体支出绩效自评指标评分表", "##")
        rows = [["一级指标", "二级指标", "三级指标", "分值", "得分"]]
        last1 = last2 = None
        for ind in m.indicators:
            first, second = SECOND_LEVEL[ind.kind]
            if p.groups:
                first = ind.spec.group
            rows.append(
                [
                    first if first != last1 else "",
                    second if (second, first) != (last2, last1) else "",
                    ind.spec.name,
                    score_text(ind.maximum),
                    score_text(scores[ind.kind]),
                ]
            )
            last1, last2 = first, second
        rows.append(["合计", "", "", "100", w.s("total.attach", score_text(total))])
        w.table(rows)
        w.lines.extend(
            [f"填表人：{m.people[4][0]}  ", w.s("date.scorer", date_text(m.dates["scorer"])), ""]
        )
    elif p.attachment == "work-sheet":
        w.para("附件2：")
        w.heading(f"{w.s('attach.year', str(y))}年度市直部门整体支出绩效自评工作质量评分表", "##")
        w.para(f"被评价单位：{p.unit}")
        items = [
            ("组织实施", "成立自评工作小组并明确分工", 5, 5),
            ("组织实施", "按规定时限完成自评并报送", 15, 15),
            ("数据质量", "基础数据完整且与决算一致", 20, 18),
            ("报告质量", "报告结构完整、内容翔实", 25, 24),
            ("报告质量", "问题分析深入、措施可行", 20, 18),
            ("结果应用", "自评结果公开并用于预算", 15, 14),
        ]
        rows = [["考核内容", "考核要点", "分值", "得分"]]
        last = None
        for group, point, mx, sc in items:
            rows.append([group if group != last else "", point, str(mx), str(sc)])
            last = group
        rows.append(["合计", "", "100", str(sum(i[3] for i in items))])
        rows.append(
            [
                "评分等级",
                "90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差",
                "",
                "优",
            ]
        )
        w.table(rows)
        w.lines.extend(
            [
                f"评分人签名：{m.people[3][0]}  ",
                w.s("date.scorer", date_text(m.dates["scorer"])),
                "",
            ]
        )


# ------------------------------------------------------------------- mutations


def entry(
    rule: str, values: Iterable[str] = (), note: str = "", severity: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"rule": rule}
    if severity:
        out["severity"] = severity
    vals = [str(v) for v in values]
    if vals:
        out["values"] = vals
    if note:
        out["note"] = note
    return out


def mutations(model: Model, clean_slots: dict[str, str]) -> list[Mutation]:
    """Every planted defect that applies to this department, in a fixed order."""
    p, t, u = model.profile, model.total, model.profile.money
    y = model.year
    scores = {i.kind: i.score for i in model.indicators}
    total = sum(scores.values(), D(0))
    out: list[Mutation] = []

    def slot(key: str) -> str:
        return clean_slots[key]

    def bump(text: str, delta: Decimal) -> str:
        sep = "," in text
        return money_text(D(text.replace(",", "")) + delta, sep)

    unit_delta = D(10000) if u == "元" else D(1)

    # AR001: a table cell typed wrong (a sub-unit's 人员支出, or the 专项支出 row)
    if p.layout["expenditure"] == "vertical":
        key = "exp.project.table"
        new = bump(slot(key), D(3) * unit_delta)
        out.append(
            Mutation(
                "AR001",
                f"支出表{p.labels['project']}行录入错误（{slot(key)}→{new}），合计行与分项之和不符",
                overrides={key: new},
                expect=[
                    entry(
                        "AR001",
                        [new],
                        f"支出合计与基本支出、{p.labels['project']}之和不符",
                        "error",
                    )
                ],
                allow=[entry("IC001", [new], "表中专项支出与正文不一致，是同一笔录入错误的后果")],
                touched={new, slot(key), money_text(t.spend, p.sep), money_text(t.project, p.sep)},
            )
        )
    else:
        target = model.units[-1]
        key = f"exp.personnel.{target.label}"
        new = bump(slot(key), D(2) * unit_delta)
        out.append(
            Mutation(
                "AR001",
                f"支出表“{target.label}”行人员支出录入错误（{slot(key)}→{new}）",
                overrides={key: new},
                expect=[
                    entry(
                        "AR001",
                        [new],
                        "基本支出与人员支出、公用支出之和不符（或汇总行与各单位之和不符）",
                        "error",
                    )
                ],
                allow=[entry("AR001", [new], "同一错误在行、列两个方向都不平")],
                touched={
                    new,
                    slot(key),
                    money_text(t.personnel, p.sep),
                    money_text(target.basic, p.sep),
                    money_text(t.basic, p.sep),
                },
            )
        )
    # AR001 rounding: a 闲置固定资产 cell 0.01 off in the 汇总 row
    key = "fa.idle.汇总"
    new = bump(slot(key), CENT)
    out.append(
        Mutation(
            "AR001",
            f"固定资产表汇总行闲置固定资产差 0.01（{slot(key)}→{new}），仅为舍入差异",
            overrides={key: new},
            expect=[entry("AR001", [new], "固定资产合计与分项之和差 0.01，舍入差异", "warning")],
            allow=[entry("AR001", [new], "汇总行与单位行之间同一舍入差异")],
            touched={new, slot(key), money_text(t.fa_total, p.sep)},
        )
    )
    # AR002: one functional-classification item wrong
    key = "func.1"
    new = bump(slot(key), D(5) * unit_delta)
    out.append(
        Mutation(
            "AR002",
            f"功能分类第二项写错（{slot(key)}→{new}），各项之和不等于支出总数",
            overrides={key: new},
            expect=[entry("AR002", [new], "按功能分类各项之和与支出合计不符", "error")],
            touched={new, slot(key), money_text(t.spend, p.sep), money_text(t.spend, False)},
        )
    )
    # AR002 rounding: a project 0.01 off
    key = "proj.0"
    new = bump(slot(key), CENT)
    out.append(
        Mutation(
            "AR002",
            f"项目支出明细第一项差 0.01（{slot(key)}→{new}），仅为舍入差异",
            overrides={key: new},
            expect=[
                entry("AR002", [new], "项目支出明细之和与项目支出差 0.01，舍入差异", "warning")
            ],
            touched={new, slot(key), money_text(t.project, p.sep), money_text(t.project, False)},
        )
    )
    # AR003: formula result wrong (在职人员控制率, scored the same either way)
    ind = model.ind("staff")
    assert ind.rate is not None
    wrong = min(ind.rate + D("2.17"), D("99.86"))
    if wrong == ind.rate:
        wrong = ind.rate - D("1.35")
    new = pct_text(wrong)
    out.append(
        Mutation(
            "AR003",
            f"在职人员控制率计算结果写错（{slot('f.staff.rate')}→{new}）",
            overrides={"f.staff.rate": new},
            expect=[entry("AR003", [new], "公式结果与其分子分母不符", "error")],
            allow=[entry("SC003", [], "按重算比率评分")],
            touched={new, slot("f.staff.rate")},
        )
    )
    # AR004: formula operand differs from the figure stated in the sentence before
    ind = model.ind("public")
    stated = slot("pfa")
    operand = money_text(q2(model.pf_actual * D("0.93")), "," in stated)
    new_rate = pct(D(operand.replace(",", "")), model.pf_budget)
    assert ind.rule is not None
    new_score = ind.rule.score(new_rate, ind.maximum)
    m4 = Mutation(
        "AR004",
        f"公用经费控制率公式分子用了 {operand}，与上文实际支出公用经费 {stated} 不一致",
        overrides={"f.public.actual": operand, "f.public.rate": pct_text(new_rate)},
        scores={"public": new_score} if new_score != ind.score else {},
        expect=[
            entry("AR004", [operand, stated], "公式中的实际支出公用经费与正文所列不一致", "error")
        ],
        allow=[entry("SC003", [], "按正文数值重算比率后得分不同"), entry("SC009")],
        touched={operand, stated, pct_text(new_rate), pct_text(ind.rate or D(0))},
    )
    out.append(m4)
    # AR005: procurement rate stated without formula, inconsistent with its amounts
    ind = model.ind("procure")
    assert ind.rate is not None and ind.rule is not None
    wrong = ind.rate - D("3.4") if ind.rate > 50 else ind.rate + D("3.4")
    new = pct_text(wrong)
    new_score = ind.rule.score(wrong, ind.maximum)
    out.append(
        Mutation(
            "AR005",
            f"政府采购执行率写作 {new}，按其预算与实际金额应为 {slot('procure.rate')}",
            overrides={"procure.rate": new},
            scores={"procure": new_score} if new_score != ind.score else {},
            expect=[entry("AR005", [new], "执行率与采购预算、实际金额不符", "error")],
            allow=[entry("SC003", [], "按重算比率得分不同"), entry("SC009")],
            touched={new, slot("procure.rate")},
        )
    )
    # IC001: a restated figure changed in the 在职人员控制率 section
    which = "auth" if p.kind in ("county-edu", "township", "hospital") else "actual"
    key = f"ic001.{which}"
    new = str(int(slot(key)) + (3 if which == "auth" else -2))
    name = p.labels[which]
    out.append(
        Mutation(
            "IC001",
            f"{name}在指标部分写作 {new}，与基本情况表 {slot(key)} 不一致",
            overrides={key: new},
            expect=[entry("IC001", [new, slot(key)], f"{name}前后不一致", "error")],
            touched={new, slot(key)},
        )
    )
    # IC002: general-budget spending differs from general-budget income (no carry-over, no balance)
    if not t.carry and not t.balance:
        gb = model.sources[0]
        delta = D(12) * unit_delta
        new_total = money_text(gb[2] + gb[3] + delta, "," in slot("src.general.total"))
        new_project = money_text(gb[3] + delta, "," in slot("src.general.project"))
        out.append(
            Mutation(
                "IC002",
                f"一般公共预算支出写作 {new_total}（项目支出 {new_project}），与一般公共预算收入 {money_text(t.general, p.sep)} 不符",
                overrides={"src.general.total": new_total, "src.general.project": new_project},
                expect=[
                    entry("IC002", [new_total], "无结转结余时一般公共预算支出应等于其收入", "error")
                ],
                allow=[entry("IC003", [], "按来源分列之和随之不等于支出合计")],
                touched={
                    new_total,
                    new_project,
                    slot("src.general.total"),
                    money_text(t.general, p.sep),
                },
            )
        )
    # IC003: by-source 基本/项目 split does not add up to the department's
    gb = model.sources[0]
    shift = D(4) * unit_delta
    nb = money_text(gb[2] - shift, "," in slot("src.general.basic"))
    np_ = money_text(gb[3] + shift, "," in slot("src.general.project"))
    out.append(
        Mutation(
            "IC003",
            f"一般公共预算支出中基本支出写作 {nb}、项目支出 {np_}，按来源之和与部门基本支出、项目支出不符",
            overrides={"src.general.basic": nb, "src.general.project": np_},
            expect=[
                entry(
                    "IC003",
                    [nb, money_text(t.basic, p.sep)],
                    "按资金来源的基本支出之和不等于基本支出",
                    "error",
                ),
                entry(
                    "IC003",
                    [money_text(t.project, p.sep)],
                    "按资金来源的项目支出之和不等于项目支出",
                    "error",
                ),
            ],
            touched={nb, np_, money_text(t.basic, p.sep), money_text(t.project, p.sep)},
        )
    )
    # IC004: a count that no longer matches its list
    n = len(p.org_list)
    new = str(n - 1)
    out.append(
        Mutation(
            "IC004",
            f"机构设置列出 {n} 个，文中写“{new}{p.org_count_unit}”",
            overrides={"org.count": new},
            expect=[entry("IC004", [new], "所述数量与所列项目数不符", "error")],
            touched={new},
        )
    )
    # IC005: an activity restated with last year's figure
    k = 1 if p.kind != "city-drc" else 2
    act = p.activities[k]
    out.append(
        Mutation(
            "IC005",
            f"同一事项在效益部分写作 {act.mutated}，工作总结中为 {act.value}",
            overrides={f"act{k}.second": act.mutated},
            expect=[entry("IC005", [act.mutated], "同一事项两处数字不同", "warning")],
            touched={act.mutated, act.value},
        )
    )
    # SC001: a qualitative indicator awarded more than its maximum
    ind = model.ind("mgmt")
    new_score = ind.maximum + 1
    out.append(
        Mutation(
            "SC001",
            f"{ind.spec.name}（{score_text(ind.maximum)}分）计 {score_text(new_score)} 分",
            scores={"mgmt": new_score},
            expect=[entry("SC001", [score_text(new_score)], "得分超过分值", "error")],
            allow=[
                entry("SC001", [score_text(new_score)], "附表中同一得分也超过分值"),
                entry("SC009"),
            ],
            touched={score_text(new_score)},
        )
    )
    # SC002: a rate indicator scored against its own rule
    partial = [i for i in model.indicators if i.rule is not None and i.score < i.maximum]
    ind = partial[0] if partial else next(i for i in model.indicators if i.rule is not None)
    new_score = ind.maximum if ind.score < ind.maximum else ind.maximum - 1
    out.append(
        Mutation(
            "SC002",
            f"{ind.spec.name}按其评分标准应计 {score_text(ind.score)} 分，报告计 {score_text(new_score)} 分",
            scores={ind.kind: new_score},
            expect=[entry("SC002", [score_text(new_score)], "得分不符合所述评分标准", "error")],
            allow=[entry("SC009")],
            touched={score_text(new_score), score_text(ind.score)},
        )
    )
    # SC005: the total written everywhere differs from the sum of the scores
    same_band = [
        total + d
        for d in (D(1), D(-1), D("0.5"))
        if grade_of(p, total + d) == grade_of(p, total) and total + d <= 100
    ]
    wrong_total = same_band[0]
    out.append(
        Mutation(
            "SC005",
            f"各指标得分之和为 {score_text(total)}，报告总分写作 {score_text(wrong_total)}",
            total_all=wrong_total,
            expect=[entry("SC005", [score_text(wrong_total)], "指标得分之和与总分不符", "error")],
            allow=[
                entry("SC005", [score_text(wrong_total)], "附表合计与指标得分之和也不符"),
                entry("AR001", [score_text(wrong_total)], "附表合计行与各项得分之和不符"),
                entry("SC008"),
            ],
            touched={score_text(wrong_total), score_text(total)},
        )
    )
    # SC006: one heading's maximum typed wrong, maxima sum to 101
    ind = model.ind("goal_clear")
    new_max = score_text(ind.maximum + 1)
    out.append(
        Mutation(
            "SC006",
            f"{ind.spec.name}分值写作 {new_max} 分，各指标分值之和为 101",
            overrides={f"max.{ind.kind}": new_max},
            expect=[entry("SC006", ["101"], "各指标分值之和不为 100", "error")],
            # Where indicators are grouped (（一）投入指标（20分）), the group's own
            # maximum no longer equals its items' sum either: a second, true finding.
            allow=[entry("SC006", [new_max], "分组分值与其下各项分值之和不符")],
            touched={"101", new_max},
        )
    )
    # SC007: wrong grade for the total
    words = p.grade_words
    right = grade_of(p, total)
    wrong_grade = words[1] if right == words[0] else words[0]
    out.append(
        Mutation(
            "SC007",
            f"总分 {score_text(total)} 按等级标准为“{right}”，报告写作“{wrong_grade}”",
            grade=wrong_grade,
            expect=[entry("SC007", [score_text(total)], "评价等级与总分不符", "error")],
            allow=[entry("SC009")],
            touched={score_text(total)},
        )
    )
    # SC008: the conclusion states a different total
    other = same_band[0]
    out.append(
        Mutation(
            "SC008",
            f"评价结论写总分 {score_text(other)}，自评表为 {score_text(total)}",
            overrides={"total.conclusion": score_text(other)},
            expect=[
                entry("SC008", [score_text(other), score_text(total)], "总分在两处不一致", "error")
            ],
            allow=[entry("SC005", [score_text(other)], "结论中的总分也不等于指标得分之和")],
            touched={score_text(other), score_text(total)},
        )
    )
    # YR001: an attachment (or table) titled with the previous year
    key = "attach.year" if p.attachment else "caption.income"
    if p.attachment:
        override = {key: str(y - 1)}
    else:
        override = {key: slot(key).replace(f"{y}年度", f"{y - 1}年度")}
    out.append(
        Mutation(
            "YR001",
            f"{'附件' if p.attachment else '收入表'}标题写成 {y - 1} 年度",
            overrides=override,
            expect=[entry("YR001", [str(y - 1)], "标题年份与评价年度不符", "error")],
            touched={str(y - 1)},
        )
    )
    # YR002: a signature dated inside the evaluated year
    d = model.dates["leader"]
    new = date_text((y, d[1], d[2]))
    out.append(
        Mutation(
            "YR002",
            f"评价组组长签字日期写作 {new}（评价年度之内）",
            overrides={"date.leader": new},
            expect=[entry("YR002", [new], "签署日期在被评价年度结束之前", "error")],
            touched={new},
        )
    )
    # YR003: the published budget named with the previous year
    out.append(
        Mutation(
            "YR003",
            f"预决算公开写成 {y - 1} 年度预算已公开",
            overrides={"disclose.year": str(y - 1)},
            expect=[entry("YR003", [str(y - 1)], "所述已公开预算的年度不是评价年度", "error")],
            touched={str(y - 1)},
        )
    )
    # YR004: last year's assessment used as the score basis
    out.append(
        Mutation(
            "YR004",
            f"重点工作指标以 {y - 1} 年度考核结果作评分依据",
            overrides={"basis.year": str(y - 1)},
            expect=[entry("YR004", [str(y - 1)], "以往年度考核结果作为评分依据", "error")],
            touched={str(y - 1)},
        )
    )
    # YR005: a prior-year result listed as this year's benefit
    out.append(
        Mutation(
            "YR005",
            f"效益指标中列出 {y - 1} 年的成绩",
            overrides={"result.year": str(y - 1)},
            expect=[entry("YR005", [str(y - 1)], "本年度评价中列举以往年度成绩", "warning")],
            touched={str(y - 1)},
        )
    )
    return out


def clean_must_not(model: Model, slots: dict[str, str]) -> list[dict[str, Any]]:
    """Findings a correct report must not get: every relation the generator made hold."""
    p, t = model.profile, model.total
    out = [
        entry("AR", [money_text(t.income, p.sep)], "收入合计与其分项相符"),
        entry("AR", [money_text(t.spend, p.sep)], "支出合计与基本支出、项目支出及功能分类各项相符"),
        entry("AR", [money_text(t.basic, p.sep)], "基本支出与人员、公用支出及经济分类各项相符"),
        entry("AR", [money_text(t.project, p.sep)], "项目支出与项目明细相符"),
        entry("AR", [money_text(t.fa_total, p.sep)], "固定资产合计与分项相符"),
        entry("AR", [money_text(t.sg_total, p.sep)], "三公经费合计与分项相符"),
    ]
    for key, note in (
        ("f.staff.rate", "在职人员控制率计算正确"),
        ("f.change.rate", "三公经费变动率计算正确"),
        ("f.exec.rate", "预算执行率计算正确"),
        ("f.adjust.rate", "预算调整率计算正确"),
        ("f.public.rate", "公用经费控制率计算正确"),
        ("f.sangong.rate", "三公经费控制率计算正确"),
        ("f.assets.rate", "固定资产利用率计算正确"),
    ):
        if key in slots:
            out.append(entry("AR003", [slots[key]], note))
    out.append(entry("AR004", [], "公式所用数值与正文一致"))
    out.append(entry("AR005", [slots["procure.rate"]], "政府采购执行率与其金额相符"))
    out.append(entry("IC001", [str(t.auth)], "编制数各处一致"))
    out.append(entry("IC001", [str(t.actual)], "实有人数各处一致"))
    for rule, note in (
        ("IC002", "各资金来源支出与收入相符（或有结转结余，不适用）"),
        ("IC003", "按资金来源分列的支出之和与支出总数相符"),
        ("IC004", "机构数量与列举相符"),
        ("IC005", "同一事项各处数字相同"),
        ("SC001", "得分均未超过分值"),
        ("SC002", "得分均符合所述评分标准"),
        ("SC003", "比率均正确，无需重算"),
        ("SC005", "指标得分之和等于总分"),
        ("SC006", "分值之和为 100"),
        ("SC007", "等级与总分相符"),
        ("SC008", "总分各处一致"),
        ("SC009", "重算总分不改变等级"),
        ("YR001", "标题年份均为评价年度"),
        ("YR002", "签署日期在评价年度之后、报告日期之前"),
        ("YR003", "已公开的是评价年度预算（上年决算于本年公开属正常）"),
        ("YR004", "评分依据为评价年度结果"),
        ("YR005", "效益部分只列评价年度成绩"),
    ):
        out.append(entry(rule, [], note))
    return out


def rules_overlap(a: str, b: str) -> bool:
    return a == "*" or b == "*" or a.startswith(b) or b.startswith(a)


def mutant_must_not(base: list[dict[str, Any]], mutation: Mutation) -> list[dict[str, Any]]:
    """The parent's must_not entries the planted defect does not touch."""
    related = [e["rule"] for e in mutation.expect + mutation.allow]
    kept = []
    for m in base:
        if any(rules_overlap(m["rule"], r) for r in related) and (
            not m.get("values") or set(m["values"]) & mutation.touched
        ):
            continue
        kept.append(m)
    return kept


# ------------------------------------------------------------------- output


def key_yaml(doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000)


def generate(seed: int, out: Path) -> list[tuple[str, str, Path]]:
    """Write every report and key; return (id, kind, folder) for each."""
    written: list[tuple[str, str, Path]] = []
    out.mkdir(parents=True, exist_ok=True)
    for profile in PROFILES:
        model = build_model(profile, seed)
        text, slots = render(model)
        base = f"{profile.kind}-{profile.year}"
        must_not = clean_must_not(model, slots)
        expect_clean: list[dict[str, Any]] = []
        if profile.kind == "township":
            expect_clean.append(
                entry("CP001", [], "部门盖章日期留空（年 月 日），有意保留的提示", "info")
            )
        allow = [entry("CP", [], "完整性提示"), entry("YR006", [], "过时表述提示")]
        folder = out / f"{base}-clean"
        write_report(
            folder,
            text,
            {
                "id": f"{base}-clean",
                "kind": profile.kind,
                "report_year": profile.year,
                "defect": "无",
                "expect": expect_clean,
                "must_not": must_not,
                "allow": allow,
            },
        )
        written.append((f"{base}-clean", profile.kind, folder))
        counts: dict[str, int] = {}
        for mutation in mutations(model, slots):
            counts[mutation.code] = counts.get(mutation.code, 0) + 1
            mid = f"{base}-mut-{mutation.code}-{counts[mutation.code]}"
            mtext, _ = render(model, mutation)
            assert mtext != text, mid
            key = {
                "id": mid,
                "kind": profile.kind,
                "report_year": profile.year,
                "defect": mutation.note,
                "expect": expect_clean + mutation.expect,
                "must_not": mutant_must_not(must_not, mutation),
                "allow": allow + mutation.allow,
            }
            write_report(out / mid, mtext, key)
            written.append((mid, profile.kind, out / mid))
    current = {folder.name for _, _, folder in written}
    for child in sorted(out.iterdir()):
        # a case this seed no longer generates (rendered files of current cases are kept)
        if child.is_dir() and (child / "answer_key.yaml").exists() and child.name not in current:
            shutil.rmtree(child)
    return written


def write_report(folder: Path, text: str, key: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.txt").write_text(text, encoding="utf-8")
    (folder / "answer_key.yaml").write_text(key_yaml(key), encoding="utf-8")


# ------------------------------------------------------------------- rendering subset

RENDER_SUBSET = {
    "county-edu-2024": ("clean", "mut-AR001-1", "mut-SC005-1"),
    "township-2023": ("clean", "mut-IC001-1", "mut-AR002-1"),
    "city-drc-2024": ("clean", "mut-AR003-1", "mut-YR002-1"),
    "hospital-2024": ("clean", "mut-IC003-1"),
    "school-2023": ("clean", "mut-SC002-1"),
}


def render_subset(out: Path) -> None:
    """Write report.docx and report.pdf for the representative subset (LibreOffice)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from render_docx import SANS_HEADINGS, DocxStyle, write_docx
    from render_pdf import docx_to_pdf, find_soffice

    from auditor.extract import open_document

    styles = [
        DocxStyle(),
        SANS_HEADINGS,
        DocxStyle(body_size_pt=16, table_size_pt=10.5, margins_cm=(3.0, 2.5, 2.8, 2.6)),
        DocxStyle(
            east_asian_font="Noto Serif CJK SC",
            body_size_pt=12,
            omml_formulas=True,
            first_line_indent_chars=0,
            justify=False,
        ),
    ]
    if find_soffice() is None:
        raise SystemExit("soffice (LibreOffice) not found: cannot render PDFs")
    n = 0
    for base, names in RENDER_SUBSET.items():
        for name in names:
            folder = out / f"{base}-{name}"
            doc = open_document(folder / "report.txt")
            style = styles[n % len(styles)]
            write_docx(doc, folder / "report.docx", style)
            docx_to_pdf(folder / "report.docx", folder / "report.pdf")
            print(f"rendered {folder.name} (DOCX style {n % len(styles)})")
            n += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--render", action="store_true", help="also write DOCX/PDF for the subset (LibreOffice)"
    )
    args = parser.parse_args(argv)
    written = generate(args.seed, args.out)
    kinds: dict[str, int] = {}
    for _, kind, _ in written:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"wrote {len(written)} reports: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    if args.render:
        render_subset(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
