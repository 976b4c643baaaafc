"""Shared builder for held-out round 6: one set of figures per case (Decimal, in 元),
every derived figure computed and asserted here; planted defects are passed by the case
module in ``plant`` (each one written beside a ``# PLANTED`` comment there) and replace
only the printed string at one spot."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal as D

from render import H, P, Caption, Center, PageBreak, Sign, Table, Title

CN_DIGITS = "〇一二三四五六七八九"
FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def q2(x: D) -> D:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def yuan(x: D, sep: bool = True) -> str:
    return f"{q2(x):,.2f}" if sep else f"{q2(x):.2f}"


def wan(x: D) -> str:
    return f"{q2(x / 10000):.2f}"


def pct(num: D, den: D) -> str:
    return f"{q2(num / den * 100):.2f}%"


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    units = ["", "十"]
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def cn_date(y: int, m: int, d: int) -> str:
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


def grade(total: D) -> str:
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Case:
    """Holds the figures; ``p(key, correct)`` returns the planted string if any."""

    def __init__(self, **kw):
        # every amount is a whole hundred 元, so 万元 figures in the prose add exactly
        r = lambda x: (x / 100).quantize(D("1"), rounding=ROUND_HALF_UP) * 100 if isinstance(x, D) else x
        for k, v in list(kw.items()):
            if isinstance(v, D) and not k.startswith(("s_", "sat")):
                kw[k] = r(v)
        kw["units"] = [(n, r(a)) for n, a in kw["units"]]
        kw["projects"] = [(n, r(b), r(a), t) for n, b, a, t in kw["projects"]]
        self.__dict__.update(kw)
        self.plant = kw.get("plant", {})
        self.must_not = []
        self.derive()

    def p(self, key: str, correct: str) -> str:
        return self.plant.get(key, correct)

    def t(self, x: D) -> str:
        """Table figure in the case's table unit."""
        if self.unit == "元":
            return yuan(x, self.sep)
        return f"{q2(x / 10000):,.2f}" if self.sep else wan(x)

    def fw(self, s: str) -> str:
        return s.translate(FW) if self.fullwidth else s

    # ------------------------------------------------------------------ figures
    def derive(self) -> None:
        self.proj_total = sum((pr[2] for pr in self.projects), D(0))
        self.basic = self.pe + self.pu
        self.exp = self.basic + self.proj_total
        self.income_cur = self.exp + self.balance - self.carry  # 本年收入合计
        self.gen = self.income_cur - self.fund - self.biz - self.other
        assert self.gen > 0
        self.income_all = self.carry + self.income_cur
        assert self.income_all == self.exp + self.balance
        # budget
        self.adj_basic = self.basic + self.basic_gap
        self.adj_proj = sum((pr[1] for pr in self.projects), D(0))
        self.adj = self.adj_basic + self.adj_proj
        self.exec_rate = q2(self.exp / self.adj * 100)
        self.exec_score = q2(min(self.exec_rate, D(100)) / 10)  # 10 分 × 执行率
        # sub-units: 本级 is the remainder
        self.units_all = [(self.units[0][0], self.exp - sum((u[1] for u in self.units[1:]), D(0)))] + list(self.units[1:])
        assert all(u[1] > 0 for u in self.units_all)
        # staff
        self.bz = self.bz_adm + self.bz_inst
        self.sy = self.sy_adm + self.sy_inst
        self.staff_rate = q2(D(self.sy) / D(self.bz) * 100)
        assert self.sy <= self.bz
        # 三公
        self.sg_b = self.sg_rec_b + self.sg_car_b
        self.sg_a = self.sg_rec_a + self.sg_car_a
        self.sg_prev = self.sg_rec_prev + self.sg_car_prev
        self.sg_rate = q2(self.sg_a / self.sg_b * 100)
        assert self.sg_rate <= 100
        self.pu_rate = q2(self.pu / self.pu_b * 100)
        assert self.pu_rate <= 100
        # scores
        fixed = [
            ("决策", "项目立项", "绩效目标合理性", D(4), self.s_goal, "目标与职能匹配，测算依据充分" if self.s_goal == 4 else "部分目标与预算资金量匹配不够，扣分"),
            ("决策", "项目立项", "绩效指标明确性", D(4), self.s_ind, "指标细化量化" if self.s_ind == 4 else "个别指标未量化，扣分"),
            ("决策", "资金投入", "预算编制科学性", D(4), D(4), "按程序编制"),
            ("决策", "资金投入", "资金分配合理性", D(3), D(3), "分配依据充分"),
            ("过程", "资金管理", "预算执行率", D(10), self.exec_score, "执行率低于100%，按比例计分" if self.exec_score < 10 else "全额执行"),
            ("过程", "资金管理", "人员控制率", D(3), D(3), "未超编"),
            ("过程", "资金管理", "“三公”经费控制率", D(4), D(4), "未超预算"),
            ("过程", "资金管理", "公用经费控制率", D(3), D(3), "未超预算"),
            ("过程", "组织实施", "管理制度健全性", D(4), self.s_sys, "制度健全" if self.s_sys == 4 else "内控制度更新不及时，扣分"),
            ("过程", "组织实施", "资金使用合规性", D(4), D(4), "无违规"),
            ("过程", "组织实施", "资产管理安全性", D(3), self.s_asset, "账实相符" if self.s_asset == 3 else "个别资产未及时入账，扣分"),
            ("过程", "组织实施", "预决算信息公开", D(4), D(4), "按时公开"),
        ]
        outs = [("产出",) + tuple(o[:2]) + (o[4], o[5], o[6]) for o in self.outputs]
        effs = [
            ("效益", "社会效益", self.social[0], D(10), self.social[1], self.social[2]),
            ("效益", "可持续影响", "长效机制建设", D(5), self.s_sust, "长效机制已建立" if self.s_sust == 5 else "长效机制尚需完善，扣分"),
            ("效益", "满意度", "服务对象满意度", D(10), self.sat_score, f"满意度{self.sat}%"),
        ]
        self.rows = fixed + outs + effs
        assert sum(r[3] for r in self.rows) == 100, sum(r[3] for r in self.rows)
        for r in self.rows:
            assert r[4] <= r[3], r
        self.total = sum(r[4] for r in self.rows)
        self.grade = grade(self.total)


def std_must_not(c: Case, skip: set[str] = frozenset()) -> list[dict]:
    """Tricky-but-correct figures common to every report; ``skip`` drops entries whose
    values are involved in a planted defect."""
    m = [
        ("AR", [c.t(c.exp)], "支出表 合计 = 基本支出 + 项目支出，相符"),
        ("AR", [c.t(c.basic)], "基本支出 = 人员经费 + 公用经费，相符"),
        ("AR", [c.t(c.proj_total)], "项目支出明细之和 = 项目支出，相符"),
        ("AR", [c.t(c.income_all)], "收入总计 = 上年结转 + 本年收入，相符"),
        ("AR", [c.t(c.gen)], "一般公共预算财政拨款收入，与分项相符"),
        ("AR003", [f"{c.exec_rate}%"], "预算执行率 决算/调整后预算，正确"),
        ("AR", [wan(c.exp)], "同一支出总额在正文以万元表述（表内为元或万元），同一数"),
        ("IC001", [str(c.bz)], "编制数各处一致"),
        ("IC001", [str(c.sy)], "实有人数各处一致"),
        ("AR003", [f"{c.sg_rate}%"], "三公经费控制率 正确"),
        ("AR003", [f"{c.pu_rate}%"], "公用经费控制率 正确"),
        ("SC002", [f"{c.exec_score}"], "预算执行率得分 = 执行率 × 10，正确"),
        ("SC001", [], "没有指标得分超过分值"),
        ("SC006", [], "各指标分值之和为 100"),
        ("SC007", [f"{c.total}"], f"{c.total} 分按所写分档为“{c.grade}”，相符"),
        ("AR", [c.t(c.units_all[0][1])], "本级支出 = 合计 − 所属单位，相符（所属单位数字不是全部门数）"),
        ("AR", [c.t(c.sg_prev)], "上年三公经费是上年数，不是本年数"),
        ("YR003", [str(c.year - 1)], f"{c.year - 1}年度部门决算在{c.year}年公开，是正确的年度"),
        ("YR001", [str(c.year + 2)], f"{c.year + 2}年度预算安排是结果应用的计划年度，不是标题年份"),
        ("AR007", [], "预算调整率以年初预算为分母，口径正确"),
        ("IC001", [wan(c.adj_proj - c.proj_total)], "项目支出结转结余（调整后项目预算 − 项目支出）与部门年末结转和结余是不同口径"),
        ("IC001", [str(c.bz - c.sy)], "空编数 = 编制 − 实有，各单位空编之和相符"),
        ("AR003", [str(c.staff_rate) + "%"], "在职人员控制率 实有/编制，正确"),
    ]
    out = []
    for rule, vals, note in m:
        if any(v in skip for v in vals) or rule in skip:
            continue
        e = {"rule": rule}
        if vals:
            e["values"] = vals
        e["note"] = note
        out.append(e)
    return out


def dump_key(path, *, id_, kind, year, defect, expect, must_not, allow=None) -> None:
    import yaml

    key = {"id": id_, "kind": kind, "report_year": year, "defect": defect, "expect": expect, "must_not": must_not}
    if allow:
        key["allow"] = allow
    text = yaml.safe_dump(key, allow_unicode=True, sort_keys=False, width=200)
    path.write_text("# Answer key written from the generator's own figures (not from the tool).\n" + text, encoding="utf-8")
    yaml.safe_load(path.read_text(encoding="utf-8"))
