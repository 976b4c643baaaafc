"""One consistent set of figures per report: every sum adds up, every rate and score is right.

Amounts are held in 元 as whole hundreds, so they are exact in 万元 with two decimals
and in 亿元 with six. Nothing here depends on the layout: the same truth is written
in every layout the dimensions allow, which is what lets a failure be shrunk to the
layout choices it needs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Department:
    """A department's name and the words its reports use."""

    name: str
    self_name: str
    units: tuple[str, ...]
    """Names of the subordinate units that may appear as rows beside 本级."""
    projects: tuple[str, ...]
    works: tuple[str, ...]


DEPARTMENTS: dict[str, Department] = {
    "forestry": Department(
        "松阳县林业局",
        "本局",
        ("松阳县林业技术推广站", "松阳县国有林场"),
        ("森林防火专项", "林地保护修复", "林业有害生物防治", "公益林补偿"),
        ("完成植树造林", "开展森林防火巡查"),
    ),
    "hrss": Department(
        "安平市人力资源和社会保障局",
        "本局",
        ("安平市就业服务中心", "安平市劳动保障监察支队"),
        ("就业创业补贴", "职业技能培训", "人才引进专项", "劳动关系协调"),
        ("发放就业补贴", "组织职业技能培训"),
    ),
    "township": Department(
        "白沙镇人民政府",
        "本镇",
        ("白沙镇农业综合服务中心", "白沙镇社会事务服务中心"),
        ("人居环境整治", "农村道路养护", "防汛抗旱", "乡村振兴衔接资金"),
        ("整治农村人居环境", "养护农村公路"),
    ),
    "health": Department(
        "云溪区卫生健康委员会",
        "本委",
        ("云溪区疾病预防控制中心", "云溪区卫生监督所"),
        ("基本公共卫生服务", "重大疾病防控", "家庭医生签约", "妇幼健康"),
        ("开展健康体检", "完成疫苗接种"),
    ),
    "sports": Department(
        "青石县体育局",
        "本局",
        ("青石县体育运动学校", "青石县全民健身中心"),
        ("全民健身设施", "青少年体育培训", "体育赛事组织", "体育场馆运行"),
        ("举办全民健身赛事", "培训青少年运动员"),
    ),
}


@dataclass(frozen=True)
class Unit:
    """One row of the department's tables (本级 or a subordinate unit)."""

    name: str
    staff_quota: int
    staff_actual: int
    fiscal: Decimal
    fund: Decimal
    other: Decimal
    personnel: Decimal
    public: Decimal
    project: Decimal
    carryover: Decimal
    """上年结转: not spent this year, so also the year-end 结转结余."""

    @property
    def income(self) -> Decimal:
        return self.fiscal + self.fund + self.other

    @property
    def basic(self) -> Decimal:
        return self.personnel + self.public

    @property
    def spending(self) -> Decimal:
        return self.basic + self.project


@dataclass(frozen=True)
class Indicator:
    """One line of the score sheet."""

    group: str
    name: str
    maximum: Decimal
    score: Decimal
    rule: str = ""
    """The scoring rule as one sentence, empty when the indicator is scored on judgement."""
    deduction: str = ""


@dataclass
class Truth:
    """Everything a report states, consistent with itself."""

    year: int
    dept_key: str
    dept: Department
    units: list[Unit]
    sangong_reception: Decimal
    sangong_vehicle: Decimal
    sangong_budget_reception: Decimal
    sangong_budget_vehicle: Decimal
    sangong_prior_budget: Decimal
    sangong_prior_reception: Decimal
    budget_initial: Decimal
    budget_added: Decimal
    budget_basic: Decimal
    prior_basic: Decimal
    prior_project: Decimal
    procurement_budget: Decimal
    procurement_actual: Decimal
    survey_valid: int
    survey_satisfied: int
    project_parts: list[tuple[str, Decimal]]
    women: int
    members: int
    report_date: date
    sign_date: date
    indicators: list[Indicator] = field(default_factory=list)

    # ---------------------------------------------------------------- derived figures
    @property
    def total_income(self) -> Decimal:
        return sum((u.income for u in self.units), Decimal(0))

    def total(self, attr: str) -> Decimal:
        return sum((getattr(u, attr) for u in self.units), Decimal(0))

    @property
    def staff_quota(self) -> int:
        return sum(u.staff_quota for u in self.units)

    @property
    def staff_actual(self) -> int:
        return sum(u.staff_actual for u in self.units)

    @property
    def sangong_actual(self) -> Decimal:
        return self.sangong_reception + self.sangong_vehicle

    @property
    def sangong_budget(self) -> Decimal:
        return self.sangong_budget_reception + self.sangong_budget_vehicle

    @property
    def budget_adjusted(self) -> Decimal:
        return self.budget_initial + self.budget_added

    @property
    def budget_project(self) -> Decimal:
        return self.budget_adjusted - self.budget_basic

    @property
    def prior_total(self) -> Decimal:
        return self.prior_basic + self.prior_project

    @property
    def score_total(self) -> Decimal:
        return sum((i.score for i in self.indicators), Decimal(0))

    @property
    def maximum_total(self) -> Decimal:
        return sum((i.maximum for i in self.indicators), Decimal(0))


def rate(numerator: Decimal | int, denominator: Decimal | int) -> Decimal:
    """A rate in percent, rounded half up to two decimals as reports do."""
    value = Decimal(numerator) * HUNDRED / Decimal(denominator)
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(total: Decimal) -> str:
    """The grade bands every template in the corpus uses."""
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_BANDS = "90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差。"


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    """A whole number of hundreds of 元 between ``low`` and ``high`` 万元."""
    return Decimal(rng.randint(low * 100, high * 100) * 100)


def draw_truth(rng: random.Random, dept_key: str, single: bool, formula: bool = False) -> Truth:
    """One report's figures, for one department with or without subordinate units.

    ``formula``: the rate indicators are scored ``分值 × 完成率`` (two decimals) instead
    of by bands.
    """
    year = rng.choice((2022, 2023, 2024, 2025))
    dept = DEPARTMENTS[dept_key]
    units: list[Unit] = []
    names = [f"{dept.name}（本级）"] if single else [f"{dept.name}（本级）", *dept.units]
    for n, name in enumerate(names):
        scale = 1 if n == 0 else 0.3
        quota = rng.randint(int(30 * scale) + 5, int(80 * scale) + 8)
        actual = quota - rng.randint(1, max(2, quota // 10))
        personnel = _amount(rng, int(600 * scale), int(1200 * scale))
        public = _amount(rng, int(80 * scale), int(260 * scale))
        project = _amount(rng, int(300 * scale), int(1500 * scale))
        spending = personnel + public + project
        fund = _amount(rng, 5, 60) if n == 0 else Decimal(0)
        other = _amount(rng, 3, 40) if rng.random() < 0.7 else Decimal(0)
        fiscal = spending - fund - other
        carryover = _amount(rng, 5, 80) if n == 0 else _amount(rng, 0, 10)
        units.append(
            Unit(name, quota, actual, fiscal, fund, other, personnel, public, project, carryover)
        )
    total = sum((u.spending for u in units), Decimal(0))
    reception = _amount(rng, 1, 6)
    vehicle = _amount(rng, 3, 12)
    b_reception = reception + _amount(rng, 0, 2)
    b_vehicle = vehicle + _amount(rng, 0, 3)
    prior_budget = b_reception + b_vehicle + _amount(rng, 1, 3)
    # 调整后预算 so that 预算执行率 lands in 90–100 %.
    target = Decimal(rng.randint(9000, 9990)) / Decimal(10000)
    adjusted = (total / target / 100).quantize(Decimal(1)) * 100
    adjusted = max(adjusted, total)
    added = _amount(rng, 50, int(adjusted / 10000 / 5))
    initial = adjusted - added
    basic_total = sum((u.basic for u in units), Decimal(0))
    budget_basic = basic_total + _amount(rng, 0, 40)
    prior_basic = basic_total - _amount(rng, 10, 80)
    prior_project = sum((u.project for u in units), Decimal(0)) - _amount(rng, 20, 200)
    project_total = sum((u.project for u in units), Decimal(0))
    n_parts = rng.randint(3, 4)
    cuts = sorted(rng.sample(range(1, int(project_total / 100)), n_parts - 1))
    bounds = [0, *cuts, int(project_total / 100)]
    parts = [(dept.projects[i], Decimal((bounds[i + 1] - bounds[i]) * 100)) for i in range(n_parts)]
    proc_budget = _amount(rng, 80, 400)
    # Below 100 %: at exactly 100 % the words rule "95%（含）-100%，计4分" is ambiguous.
    proc_actual = (proc_budget * Decimal(rng.randint(940, 995)) / 1000 / 100).quantize(
        Decimal(1)
    ) * 100
    valid = rng.randint(180, 600)
    satisfied = valid - rng.randint(2, valid // 8)
    staff = sum(u.staff_actual for u in units)
    women = rng.randint(staff // 4, staff // 2)
    members = rng.randint(staff // 3, staff - 1)
    report_date = date(year + 1, rng.randint(3, 6), rng.randint(10, 28))
    sign_date = date(report_date.year, report_date.month, rng.randint(1, report_date.day - 1))
    truth = Truth(
        year=year,
        dept_key=dept_key,
        dept=dept,
        units=units,
        sangong_reception=reception,
        sangong_vehicle=vehicle,
        sangong_budget_reception=b_reception,
        sangong_budget_vehicle=b_vehicle,
        sangong_prior_budget=prior_budget,
        sangong_prior_reception=b_reception + _amount(rng, 0, 1),
        budget_initial=initial,
        budget_added=added,
        budget_basic=budget_basic,
        prior_basic=prior_basic,
        prior_project=prior_project,
        procurement_budget=proc_budget,
        procurement_actual=proc_actual,
        survey_valid=valid,
        survey_satisfied=satisfied,
        project_parts=parts,
        women=women,
        members=members,
        report_date=report_date,
        sign_date=sign_date,
    )
    truth.indicators = _indicators(rng, truth)
    if formula:
        truth.indicators = [_pro_rata(i, truth) for i in truth.indicators]
    return truth


def pro_rata_rate(t: Truth, name: str) -> Decimal | None:
    """The completion rate a ``分值 × 完成率`` indicator is scored at (``None``: not one)."""
    rates = {
        "预算执行率": (t.total("spending"), t.budget_adjusted),
        "政府采购执行率": (t.procurement_actual, t.procurement_budget),
        "服务对象满意度": (t.survey_satisfied, t.survey_valid),
    }
    if name not in rates:
        return None
    return rate(*rates[name])


def _pro_rata(ind: Indicator, t: Truth) -> Indicator:
    completion = pro_rata_rate(t, ind.name)
    if completion is None:
        return ind
    score = (ind.maximum * completion / HUNDRED).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return Indicator(ind.group, ind.name, ind.maximum, min(score, ind.maximum), ind.rule)


def _banded(value: Decimal, bands: list[tuple[Decimal, Decimal]], floor: Decimal) -> Decimal:
    for bound, points in bands:
        if value >= bound:
            return points
    return floor


def _indicators(rng: random.Random, t: Truth) -> list[Indicator]:
    """A 100-point sheet; rule-scored indicators follow their rule exactly."""
    d = Decimal
    exec_rate = rate(t.total("spending"), t.budget_adjusted)
    proc_rate = rate(t.procurement_actual, t.procurement_budget)
    satisfaction = rate(t.survey_satisfied, t.survey_valid)

    def judged(group: str, name: str, maximum: int) -> Indicator:
        lost = rng.choice((d(0), d(0), d("0.5"), d(1)))
        deduction = f"扣{lost.normalize():f}分" if lost else ""
        return Indicator(group, name, d(maximum), d(maximum) - lost, "", deduction)

    return [
        judged("投入", "绩效目标合理性", 5),
        judged("投入", "绩效目标明确性", 5),
        Indicator(
            "投入",
            "在职人员控制率",
            d(5),
            d(5),
            "在职人员控制率≤100%，计满分；每超出1个百分点扣0.5分，扣完为止。",
        ),
        Indicator(
            "投入",
            "“三公经费”控制率",
            d(5),
            d(5),
            "“三公经费”控制率≤100%，计满分；每超出1个百分点扣1分，扣完为止。",
        ),
        Indicator(
            "过程",
            "预算执行率",
            d(10),
            _banded(exec_rate, [(d(95), d(10)), (d(90), d(8))], d(6)),
            "预算执行率≥95%，计10分；90%（含）-95%，计8分；低于90%，计6分。",
        ),
        Indicator(
            "过程",
            "政府采购执行率",
            d(5),
            _banded(proc_rate, [(d(100), d(5)), (d(95), d(4))], d(3)),
            "政府采购执行率达到100%，计5分；95%（含）-100%，计4分；低于95%，计3分。",
        ),
        judged("过程", "管理制度健全性", 5),
        judged("过程", "资金使用合规性", 5),
        Indicator("过程", "预决算信息公开性", d(5), d(5)),
        Indicator("产出", "重点工作完成率", d(15), d(14), "", "扣1分"),
        judged("产出", "工作质量达标率", 10),
        judged("效益", "社会效益", 10),
        judged("效益", "可持续影响", 5),
        Indicator(
            "效益",
            "服务对象满意度",
            d(10),
            _banded(satisfaction, [(d(90), d(10)), (d(80), d(8))], d(6)),
            "满意度90%（含）以上，计10分；80%（含）-90%，计8分；低于80%，计6分。",
        ),
    ]
