"""Builds one clean report from a case spec; cases then plant defects by explicit
string replacement (``plant``), each with its answer-key entry."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from common import D, cn_date, fullwidth, pct, q, rate, wan, yuan
from render import H, Caption, P, PageBreak, Sign, Table, Title, Center

GRADE = "评价得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"


def grade(t):
    t = D(t)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


@dataclass
class Ind:
    """one scored indicator"""
    l1: str
    l2: str
    l3: str
    maxi: Decimal
    target: str
    actual: str
    score: Decimal
    reason: str = "无"
    rule: str = ""


@dataclass
class Case:
    slug: str
    unit: str
    short: str
    place: str  # e.g. 安徽省
    year: int = 2024
    bz: int = 0
    bz_parts: list = field(default_factory=list)  # (label, n)
    sy: int = 0
    sy_parts: list = field(default_factory=list)
    wp: int = 0
    prev_income: Decimal = D(0)
    # income (元)
    gb: Decimal = D(0)  # 一般公共预算财政拨款
    jj: Decimal = D(0)  # 政府性基金
    gy_cap: Decimal = D(0)  # 国有资本经营预算
    sy_in: Decimal = D(0)  # 事业收入
    jy_in: Decimal = D(0)  # 经营收入
    qt_in: Decimal = D(0)  # 其他收入
    jz: Decimal = D(0)  # 上年结转结余
    ry: Decimal = D(0)  # 人员经费
    gyf: Decimal = D(0)  # 公用经费
    projects: list = field(default_factory=list)  # (name, budget, actual)
    ncys: Decimal = D(0)  # 年初预算
    sg_budget: Decimal = D(0)
    sg_actual: Decimal = D(0)
    sg_parts: list = field(default_factory=list)  # (name, actual)
    cg_budget: Decimal = D(0)
    cg_actual: Decimal = D(0)
    fa_total: Decimal = D(0)
    fa_use: Decimal = D(0)
    perf: list = field(default_factory=list)  # extra Ind (产出/效益)
    extra_common: list = field(default_factory=list)
    # layout options
    unit_table: str = "元"
    score_style: str = "A"  # A: 三级+扣分原因, B: 分值A/得分B/得分率, C: 年度指标值/实际完成值/偏差原因及改进措施
    table_first: bool = False
    subtotals: bool = True
    total_top: bool = False
    cn_dates: bool = False
    fw_prose: bool = False
    sign_labels: bool = True
    sign_date: tuple = (2025, 3, 20)
    leader: str = ""
    filler: str = ""
    phone: str = ""
    intro: list = field(default_factory=list)
    org: list = field(default_factory=list)
    tasks: list = field(default_factory=list)
    work: list = field(default_factory=list)  # (heading, [paragraphs])
    problems: list = field(default_factory=list)
    advice: list = field(default_factory=list)
    disclose: str = ""
    income_prev_label: str = "上年"
    table_no: dict = field(default_factory=dict)
    force: dict = field(default_factory=dict)
    qs: dict = field(default_factory=dict)
    fund_table: bool = False  # 收入按来源分列的横表（事业收入/经营收入/其他收入列）
    sg_table: bool = False  # 三公经费转置表  # 定性指标扣分: l3 -> (score, reason)

    # ------------------------------------------------------------- derived
    @property
    def fz(self):
        return self.gb + self.jj + self.gy_cap

    @property
    def income(self):
        return self.fz + self.sy_in + self.jy_in + self.qt_in

    @property
    def basic(self):
        return self.ry + self.gyf

    @property
    def proj(self):
        return sum((p[2] for p in self.projects), D(0))

    @property
    def proj_budget(self):
        return sum((p[1] for p in self.projects), D(0))

    @property
    def exp(self):
        return self.basic + self.proj

    @property
    def tzys(self):  # 调整后预算 = 基本(按实际) + 项目预算 : budget of basic equals actual
        return self.basic + self.proj_budget

    @property
    def jy(self):
        return self.income + self.jz - self.exp


def common_indicators(c: Case) -> list:
    """the common 投入/过程 indicators with rules applied exactly"""
    out = []
    zx = rate(c.exp, c.tzys)
    s = D(10) if zx >= 95 else max(D(0), q(D(10) - (D(95) - zx) * D("0.5"), 1))
    out.append(("预算执行率", D(10), "≥95%", f"{zx}%", s,
                "预算执行率≥95%得满分，每低1个百分点扣0.5分",
                f"预算执行率=支出决算数/调整后预算数×100%={wan(c.exp)}/{wan(c.tzys)}×100%={zx}%",
                zx))
    tz = rate(c.tzys - c.ncys, c.ncys)
    s2 = D(5) if tz <= 10 else max(D(0), q(D(5) - (tz - 10) * D("0.2"), 1))
    out.append(("预算调整率", D(5), "≤10%", f"{tz}%", s2,
                "预算调整率≤10%得满分，每超1个百分点扣0.2分",
                f"预算调整率=（调整后预算数-年初预算数）/年初预算数×100%=（{wan(c.tzys)}-{wan(c.ncys)}）/{wan(c.ncys)}×100%={tz}%",
                tz))
    jyl = rate(c.jy, c.tzys)
    s3 = D(5) if jyl <= 10 else max(D(0), q(D(5) - (jyl - 10) * D("0.5"), 1))
    out.append(("结转结余率", D(5), "≤10%", f"{jyl}%", s3,
                "结转结余率≤10%得满分，每超1个百分点扣0.5分",
                f"结转结余率=年末结转结余总额/调整后预算数×100%={wan(c.jy)}/{wan(c.tzys)}×100%={jyl}%",
                jyl))
    sg = rate(c.sg_actual, c.sg_budget)
    s4 = D(5) if sg <= 100 else D(0)
    out.append(("“三公”经费控制率", D(5), "≤100%", f"{sg}%", s4,
                "“三公”经费控制率≤100%得满分，超过100%不得分",
                f"“三公”经费控制率=“三公”经费实际支出数/“三公”经费预算安排数×100%={wan(c.sg_actual)}/{wan(c.sg_budget)}×100%={sg}%",
                sg))
    ry = rate(c.sy, c.bz)
    s5 = D(5) if ry <= 100 else D(0)
    out.append(("在职人员控制率", D(5), "≤100%", f"{ry}%", s5,
                "在职人员控制率≤100%得满分，超过100%不得分",
                f"在职人员控制率=在职人员数/编制数×100%={c.sy}/{c.bz}×100%={ry}%",
                ry))
    cg = rate(c.cg_actual, c.cg_budget)
    s6 = D(5) if cg >= 95 else max(D(0), q(D(5) - (D(95) - cg) * D("0.5"), 1))
    out.append(("政府采购执行率", D(5), "≥95%", f"{cg}%", s6,
                "政府采购执行率≥95%得满分，每低1个百分点扣0.5分",
                f"政府采购执行率=实际政府采购金额/政府采购预算数×100%={wan(c.cg_actual)}/{wan(c.cg_budget)}×100%={cg}%",
                cg))
    fa = rate(c.fa_use, c.fa_total)
    s7 = D(5) if fa >= 95 else max(D(0), q(D(5) - (D(95) - fa) * D("0.2"), 1))
    out.append(("固定资产利用率", D(5), "≥95%", f"{fa}%", s7,
                "固定资产利用率≥95%得满分，每低1个百分点扣0.2分",
                f"固定资产利用率=在用固定资产总额/所有固定资产总额×100%={wan(c.fa_use)}/{wan(c.fa_total)}×100%={fa}%",
                fa))
    # PLANTED hook: a case may force a score that contradicts the rule (its key lists it)
    out = [(n, m, t, a, c.force.get(n, sc), r, f, x) for (n, m, t, a, sc, r, f, x) in out]
    return out


QUAL = [
    ("过程", "预算管理", "管理制度健全性", D(4), "制度健全", "已建立健全", "已制定《财务管理办法》《合同管理办法》《政府采购内部控制规程》等制度"),
    ("过程", "预算管理", "资金使用合规性", D(4), "合规", "合规", "资金使用符合财经法规和财务管理制度规定，无截留、挤占、挪用"),
    ("过程", "预算管理", "预决算信息公开性", D(2), "按时公开", "按时公开", "按规定在门户网站公开预决算信息"),
    ("过程", "资产管理", "资产管理安全性", D(3), "安全规范", "安全规范", "资产保存完整、账实相符"),
]


def indicators(c: Case):
    """all scored rows: (l1, l2, l3, maxi, target, actual, score, reason)"""
    rows = []
    for name, mx, tgt, act, sc, rule, formula, r in common_indicators(c):
        l2 = "预算执行" if name in ("预算执行率", "预算调整率", "结转结余率") else "预算管理" if name != "固定资产利用率" else "资产管理"
        l1 = "投入" if name in ("预算执行率", "预算调整率", "在职人员控制率", "“三公”经费控制率") else "过程"
        reason = "无" if sc == mx else f"按评分标准扣{q(mx - sc, 1)}分"
        rows.append(Ind(l1, l2, name, mx, tgt, act, sc, reason, rule))
    for l1, l2, l3, mx, tgt, act, _ in QUAL:
        sc, why = c.qs.get(l3, (mx, "无"))
        rows.append(Ind(l1, l2, l3, mx, tgt, act if sc == mx else "基本" + act, sc, why))
    rows.extend(c.perf)
    order = {"投入": 0, "过程": 1, "产出": 2, "效益": 3}
    rows.sort(key=lambda i: order[i.l1])
    assert sum(i.maxi for i in rows) == 100, sum(i.maxi for i in rows)
    for i in rows:
        assert i.score <= i.maxi, i.l3
    return rows


def fmt_amt(c: Case, x):
    return yuan(x) if c.unit_table == "元" else wan(x, sep=True)


def score_table(c: Case, rows):
    total = sum(i.score for i in rows)
    grp = {}
    for i in rows:
        grp.setdefault(i.l1, []).append(i)
    out = []
    merges = []
    if c.score_style == "A":
        head = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "扣分原因"]
    elif c.score_style == "B":
        head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值（A）", "得分（B）", "得分率（B/A）"]
    else:
        head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因及改进措施"]
    out.append(head)
    tot_row = None
    if c.score_style == "A":
        tot_row = ["合计", "", "", "100", "", "", f"{total}", ""]
    elif c.score_style == "B":
        tot_row = ["合计", "", "", "", "", "100", f"{total}", f"{q(total, 2)}%"]
    else:
        tot_row = ["总分", "", "", "", "", "100", f"{total}", ""]
    if c.total_top:
        out.append(tot_row)
        merges.append((1, 0, 1, 2))
    for l1, items in grp.items():
        start = len(out)
        for i in items:
            if c.score_style == "A":
                out.append([l1, i.l2, i.l3, f"{i.maxi}", i.target, i.actual, f"{i.score}", i.reason])
            elif c.score_style == "B":
                out.append([l1, i.l2, i.l3, i.target, i.actual, f"{i.maxi}", f"{i.score}", pct(i.score, i.maxi)])
            else:
                out.append([l1, i.l2, i.l3, i.target, i.actual, f"{i.maxi}", f"{i.score}", i.reason])
        if len(items) > 1:
            merges.append((start, 0, len(out) - 1, 0))
        if c.subtotals:
            sm = sum(i.maxi for i in items)
            ss = sum(i.score for i in items)
            if c.score_style == "A":
                out.append([f"{l1}小计", "", "", f"{sm}", "", "", f"{ss}", ""])
            elif c.score_style == "B":
                out.append([f"{l1}小计", "", "", "", "", f"{sm}", f"{ss}", pct(ss, sm)])
            else:
                out.append([f"{l1}小计", "", "", "", "", f"{sm}", f"{ss}", ""])
    if not c.total_top:
        out.append(tot_row)
        merges.append((len(out) - 1, 0, len(out) - 1, 2))
    return Table(out, merges), total


def income_table(c: Case, prev: dict):
    """收入支出决算总表 in the case's unit; side by side 收入 | 支出 with 本年/上年 columns"""
    f = lambda x: fmt_amt(c, x)  # noqa: E731
    inc_rows = [
        ("一、财政拨款收入", c.fz),
        ("    其中：一般公共预算财政拨款", c.gb),
        ("          政府性基金预算财政拨款", c.jj),
    ]
    if c.gy_cap:
        inc_rows.append(("          国有资本经营预算财政拨款", c.gy_cap))
    inc_rows += [("二、事业收入", c.sy_in), ("三、经营收入", c.jy_in), ("四、其他收入", c.qt_in)]
    exp_rows = [
        ("一、基本支出", c.basic),
        ("    其中：人员经费", c.ry),
        ("          公用经费", c.gyf),
        ("二、项目支出", c.proj),
        ("三、经营支出", D(0)),
        ("", None),
    ]
    while len(exp_rows) < len(inc_rows):
        exp_rows.append(("", None))
    while len(inc_rows) < len(exp_rows):
        inc_rows.append(("", None))
    rows = [["收入项目", "本年决算数", "上年决算数", "支出项目", "本年决算数", "上年决算数"]]
    for (a, x), (b, y) in zip(inc_rows, exp_rows):
        rows.append([a, "" if x is None else f(x), "" if x is None else f(prev.get(a, D(0))),
                     b, "" if y is None else f(y), "" if y is None else f(prev.get(b, D(0))) if b else ""])
    rows.append(["本年收入合计", f(c.income), f(prev["本年收入合计"]), "本年支出合计", f(c.exp), f(prev["本年支出合计"])])
    rows.append(["上年结转结余", f(c.jz), f(prev["上年结转结余"]), "年末结转结余", f(c.jy), f(prev["年末结转结余"])])
    rows.append(["收入总计", f(c.income + c.jz), f(prev["本年收入合计"] + prev["上年结转结余"]),
                 "支出总计", f(c.exp + c.jy), f(prev["本年支出合计"] + prev["年末结转结余"])])
    assert prev["本年收入合计"] + prev["上年结转结余"] == prev["本年支出合计"] + prev["年末结转结余"]
    return Table(rows)


def project_table(c: Case):
    f = lambda x: fmt_amt(c, x)  # noqa: E731
    rows = [["序号", "项目名称", "调整后预算数", "实际支出数", "执行率"]]
    if c.total_top:
        rows.append(["", "合计", f(c.proj_budget), f(c.proj), pct(c.proj, c.proj_budget)])
    for k, (n, b, a) in enumerate(c.projects, 1):
        rows.append([str(k), n, f(b), f(a), pct(a, b)])
    if not c.total_top:
        rows.append(["", "合计", f(c.proj_budget), f(c.proj), pct(c.proj, c.proj_budget)])
    return Table(rows)


def build(c: Case, prev: dict):
    """returns (blocks, must_not entries, total)"""
    y = c.year
    W = (lambda s: fullwidth(s)) if c.fw_prose else (lambda s: s)
    u = "元" if c.unit_table == "元" else "万元"
    tn = {"inc": "表1", "proj": "表2", "score": "附表", **c.table_no}
    # last year's closing balance is this year's opening balance
    prev["年末结转结余"] = c.jz
    prev["上年结转结余"] = c.jz - prev["本年收入合计"] + prev["本年支出合计"]
    assert prev["上年结转结余"] >= 0, prev["上年结转结余"]
    rows = indicators(c)
    st, total = score_table(c, rows)
    g = grade(total)
    ci = common_indicators(c)
    mn = []
    b = []
    b.append(Title(f"{c.unit}{y}年度部门（单位）整体支出绩效自评报告"))
    b.append(Center(f"（{c.place}）"))

    def score_block():
        b.append(Caption(f"{tn['score']}  {c.unit}{y}年度部门整体支出绩效自评表"))
        b.append(P(f"填报单位：{c.unit}    评分方法：{GRADE[:-1]}；各三级指标按所列评分标准计分。"))
        b.append(st)
        b.append(P(f"自评总分：{total}分    自评等级：{g}"))

    if c.table_first:
        b.append(H(1, f"第一部分  {y}年度部门整体支出绩效自评表"))
        score_block()
        b.append(PageBreak())
        b.append(H(1, "第二部分  自评报告"))
    b.append(H(1, "一、部门（单位）基本情况"))
    b.append(H(2, "（一）单位职能及机构设置"))
    for t in c.intro:
        b.append(P(t))
    for t in c.org:
        b.append(P(t))
    bzp = "、".join(f"{a}{n}名" for a, n in c.bz_parts)
    syp = "、".join(f"{a}{n}人" for a, n in c.sy_parts)
    assert sum(n for _, n in c.bz_parts) == c.bz and sum(n for _, n in c.sy_parts) == c.sy
    b.append(P(W(f"人员情况：本单位核定编制{c.bz}名，其中{bzp}；截至{y}年12月31日，实有在编人员{c.sy}人，其中{syp}；另有编外聘用人员{c.wp}人（不计入在职人员控制率）。")))
    mn.append({"rule": "AR", "values": [str(c.bz_parts[0][1]), str(c.bz_parts[1][1])], "note": f"编制 {c.bz} = {bzp}，相符"})
    mn.append({"rule": "IC001", "values": [str(c.sy), str(c.wp)], "note": f"在编 {c.sy} 与编外 {c.wp} 是不同口径"})
    b.append(H(2, "（二）年度主要工作任务"))
    for t in c.tasks:
        b.append(P(t))

    n2 = len({(i.l1, i.l2) for i in rows})
    nout = sum(1 for i in rows if i.l1 == "产出")
    nben = sum(1 for i in rows if i.l1 == "效益")
    b.append(P(f"绩效目标设定情况：{y}年本单位按照财政部门统一的部门整体支出绩效指标框架，结合单位职能和年度重点工作设定整体绩效目标，共设置一级指标4个、二级指标{n2}个、三级指标{len(rows)}个，其中产出指标{nout}个、效益指标{nben}个；各项指标均设置了明确的年度指标值，并随部门预算一并报送财政部门审核、批复。年度执行中，本单位按季度对绩效目标实现情况开展监控，未对整体绩效目标进行调整。"))
    b.append(H(2, "（三）部门预算收支情况"))
    pi = prev["本年收入合计"]
    b.append(P(W(f"1.收入情况。{y}年度本单位收入总计{wan(c.income + c.jz)}万元，其中本年收入{wan(c.income)}万元、上年结转结余{wan(c.jz)}万元。"
                 f"本年收入中：财政拨款收入{wan(c.fz)}万元，事业收入{wan(c.sy_in)}万元，经营收入{wan(c.jy_in)}万元，其他收入{wan(c.qt_in)}万元。")))
    parts = f"一般公共预算财政拨款{wan(c.gb)}万元、政府性基金预算财政拨款{wan(c.jj)}万元" + (f"、国有资本经营预算财政拨款{wan(c.gy_cap)}万元" if c.gy_cap else "")
    b.append(P(W(f"财政拨款收入{wan(c.fz)}万元中，{parts}。本年收入较{y - 1}年的{wan(pi)}万元{'增加' if c.income >= pi else '减少'}{wan(abs(c.income - pi))}万元，{'增长' if c.income >= pi else '下降'}{pct(abs(c.income - pi), pi)}，主要是{('专项资金和' + ('事业收入' if c.sy_in else '其他收入') + '增加' if c.income >= pi else '一次性项目资金减少')}。")))
    shares = [("财政拨款收入", c.fz), ("事业收入", c.sy_in), ("经营收入", c.jy_in), ("其他收入", c.qt_in)]
    shares = [(n, x) for n, x in shares if x]
    b.append(P(W("从收入结构看，" + "，".join(f"{n}占本年收入的{pct(x, c.income)}" for n, x in shares)
                 + f"。与上年相比，本年收入中财政拨款收入{'增加' if c.fz >= prev['一、财政拨款收入'] else '减少'}{wan(abs(c.fz - prev['一、财政拨款收入']))}万元。")))
    mn.append({"rule": "AR005", "values": [pct(shares[0][1], c.income)], "note": "收入结构占比（各项/本年收入）正确"})
    mn.append({"rule": "AR", "values": [wan(c.income + c.jz), wan(c.jz)], "note": f"收入总计 {wan(c.income + c.jz)} = 本年收入 {wan(c.income)} + 上年结转 {wan(c.jz)}；本年收入的分项另列，属嵌套"})
    mn.append({"rule": "AR005", "values": [pct(abs(c.income - pi), pi)], "note": f"本年收入 {wan(c.income)} 较上年 {wan(pi)} 的变动率正确"})
    if c.fund_table:
        f = lambda x: fmt_amt(c, x)  # noqa: E731
        cur = [c.fz, c.sy_in, c.jy_in, c.qt_in]
        pv = [prev["一、财政拨款收入"], prev["二、事业收入"], prev["三、经营收入"], prev["四、其他收入"]]
        assert sum(cur) == c.income and sum(pv) == prev["本年收入合计"]
        frows = [["项目", "合计", "财政拨款收入", "事业收入", "经营收入", "其他收入"],
                [f"{y}年决算数", f(c.income)] + [f(x) for x in cur],
                [f"{y - 1}年决算数", f(prev["本年收入合计"])] + [f(x) for x in pv],
                ["增减额", f(c.income - prev["本年收入合计"])] + [f(a - p) for a, p in zip(cur, pv)],
                ["增减率", pct(c.income - prev["本年收入合计"], prev["本年收入合计"])] + [pct(a - p, p) if p else "—" for a, p in zip(cur, pv)]]
        b.append(Caption(f"{y}年度本年收入分来源对比表"))
        b.append(P(f"单位：{u}"))
        b.append(Table(frows))
        mn.append({"rule": "AR001", "values": [pct(c.income - prev["本年收入合计"], prev["本年收入合计"])], "note": "增减率行是比率，不相加；合计列各行（决算、增减额）均为分列之和"})
    b.append(P(W(f"2.支出情况。{y}年度本单位本年支出合计{wan(c.exp)}万元，其中：基本支出{wan(c.basic)}万元，占{pct(c.basic, c.exp)}；项目支出{wan(c.proj)}万元，占{pct(c.proj, c.exp)}。"
                 f"基本支出中，人员经费{wan(c.ry)}万元，主要用于在职及离退休人员工资福利、社会保障缴费等；公用经费{wan(c.gyf)}万元，主要用于办公、水电、物业、差旅、公务用车运行维护等。年末结转结余{wan(c.jy)}万元。")))
    mn.append({"rule": "AR", "values": [wan(c.ry), wan(c.gyf)], "note": f"基本支出 {wan(c.basic)} = 人员经费 {wan(c.ry)} + 公用经费 {wan(c.gyf)}（嵌套在支出合计之下）"})
    b.append(P(W(f"3.预算安排及调整情况。{y}年初预算批复{wan(c.ncys)}万元，年度执行中追加调整后，全年调整后预算为{wan(c.tzys)}万元（{yuan(c.tzys)}元），其中项目支出调整后预算{wan(c.proj_budget)}万元。")))
    mn.append({"rule": "IC001", "values": [wan(c.tzys), yuan(c.tzys)], "note": "同一调整后预算的万元与元写法"})
    b.append(Caption(f"{tn['inc']}  {c.unit}{y}年度收入支出决算总表"))
    b.append(P(f"单位：{u}"))
    b.append(income_table(c, prev))
    mn.append({"rule": "AR001", "values": [fmt_amt(c, c.fz)], "note": "财政拨款收入为其中两（三）项之和，其中行不再计入本年收入合计"})
    mn.append({"rule": "IC001", "values": [fmt_amt(c, prev["本年收入合计"])], "note": "上年决算数列是上年数据"})
    b.append(P(W(f"4.项目支出情况。本年度共安排项目{len(c.projects)}个，项目支出调整后预算{wan(c.proj_budget)}万元，实际支出{wan(c.proj)}万元，项目预算执行率{pct(c.proj, c.proj_budget)}。各项目执行情况见{tn['proj']}。")))
    b.append(Caption(f"{tn['proj']}  {y}年度项目支出执行情况表"))
    b.append(P(f"单位：{u}"))
    b.append(project_table(c))
    for k, (n, bb, a) in enumerate(c.projects, 1):
        left = bb - a
        tail = "预算全部执行完毕。" if not left else f"结余{wan(left)}万元，主要是项目政府采购节约资金和部分费用据实结算，结余资金已按规定收回或结转使用。"
        b.append(P(W(f"（{k}）{n}项目。调整后预算{wan(bb)}万元，实际支出{wan(a)}万元，预算执行率{pct(a, bb)}，{tail}")))
    b.append(P(W(f"按在编人员{c.sy}人计算，本年人均人员经费{wan(c.ry / c.sy, places=2) if False else q(c.ry / c.sy / 10000, 2)}万元，人均公用经费{q(c.gyf / c.sy / 10000, 2)}万元（公用经费按在编人员计算，编外聘用人员经费在项目和其他资金中列支）。")))
    mn.append({"rule": "AR", "values": [str(q(c.ry / c.sy / 10000, 2))], "note": "人均人员经费 = 人员经费/在编人数，四舍五入"})
    mn.append({"rule": "AR005", "values": [pct(c.proj, c.proj_budget)], "note": "项目支出执行率（项目口径）与部门预算执行率不同，均正确"})

    # 人员经费、公用经费 detail (nested, consistent)
    wf = q(c.ry * D("0.86") / 100, 0) * 100
    gr = c.ry - wf
    bg = q(c.gyf * D("0.42") / 100, 0) * 100
    wy = q(c.gyf * D("0.31") / 100, 0) * 100
    qt = c.gyf - bg - wy
    b.append(P(W(f"按经济分类，人员经费{wan(c.ry)}万元中，工资福利支出{wan(wf)}万元、对个人和家庭的补助{wan(gr)}万元；公用经费{wan(c.gyf)}万元中，办公及印刷、邮电、差旅等日常运转费用{wan(bg)}万元，水电、物业管理及维修（护）费{wan(wy)}万元，其他商品和服务支出{wan(qt)}万元。")))
    mn.append({"rule": "AR", "values": [wan(wf), wan(gr)], "note": f"人员经费 {wan(c.ry)} = 工资福利 + 对个人和家庭的补助；公用经费三项之和 {wan(c.gyf)}"})
    sgp = q(c.sg_actual * D("1.12") / 100, 0) * 100
    b.append(P(W(f"“三公”经费情况。{y}年“三公”经费支出{wan(c.sg_actual)}万元，较上年决算{wan(sgp)}万元减少{wan(sgp - c.sg_actual)}万元，下降{pct(sgp - c.sg_actual, sgp)}，主要是严格执行公务用车使用管理规定、压减公务接待批次和人数。" + ("本年未发生因公出国（境）团组。" if not dict(c.sg_parts).get("因公出国（境）费") else "因公出国（境）费用于经批准的境外交流培训团组。"))))
    mn.append({"rule": "AR005", "values": [pct(sgp - c.sg_actual, sgp)], "note": "三公经费较上年下降率正确"})
    if c.sg_table:
        f = lambda x: fmt_amt(c, x)  # noqa: E731
        names = [n for n, _ in c.sg_parts]
        acts = [a for _, a in c.sg_parts]
        buds = [q(c.sg_budget * a / c.sg_actual / 100, 0) * 100 for a in acts]
        buds[0] += c.sg_budget - sum(buds)  # the rounding remainder goes to the largest item
        assert sum(buds) == c.sg_budget and all(x >= 0 for x in buds)
        pvs = [q(a * D("1.12") / 100, 0) * 100 for a in acts]
        pvs[0] += sgp - sum(pvs)
        assert sum(pvs) == sgp and all(x >= 0 for x in pvs)
        srows = [["项目", "合计"] + names,
                [f"{y}年预算数", f(c.sg_budget)] + [f(x) for x in buds],
                [f"{y}年决算数", f(c.sg_actual)] + [f(x) for x in acts],
                [f"{y - 1}年决算数", f(sgp)] + [f(x) for x in pvs]]
        b.append(Caption(f"{y}年度“三公”经费预决算情况表"))
        b.append(P(f"单位：{u}"))
        b.append(Table(srows))
        mn.append({"rule": "AR001", "values": [f(sgp)], "note": "三公表合计列为三项之和；上年决算行是上年数"})
    b.append(H(1, "二、绩效自评情况"))
    b.append(P("（评价工作开展情况）自评工作分三个阶段进行：一是准备阶段，成立自评工作小组，制定自评工作方案，明确评价依据、评价内容、评价方法和时间安排；二是实施阶段，各科室对照年度绩效目标梳理履职成果，收集财务账簿、会计凭证、合同、验收资料、统计台账等佐证材料，财务部门核对收支数据，工作小组逐项核实指标完成情况并打分；三是总结阶段，汇总分析评价结果，查找存在问题，提出改进措施，形成自评报告，经单位领导班子会议审议后报送主管部门和财政部门。"))
    b.append(P(f"根据财政部门关于开展{y}年度预算绩效自评工作的通知要求，本单位成立了由主要负责人任组长、分管财务负责人任副组长、各科室负责人为成员的绩效自评工作小组，对照年初设定的部门整体绩效目标，从投入、过程、产出、效益四个方面，采取资料核查、数据比对、实地查看和问卷调查相结合的方式开展自评。"))
    b.append(H(2, "（一）投入及过程指标"))
    for k, (name, mx, tgt, act, sc, rule, formula, r) in enumerate(ci, 1):
        txt = f"{k}.{name}（{mx}分）。{formula}。评分标准：{rule}。"
        if name == "“三公”经费控制率":
            sp = "，".join(f"{n}{wan(a)}万元" for n, a in c.sg_parts)
            assert sum(a for _, a in c.sg_parts) == c.sg_actual
            txt = f"{k}.{name}（{mx}分）。{y}年“三公”经费预算{wan(c.sg_budget)}万元，实际支出{wan(c.sg_actual)}万元，其中{sp}。{formula}。评分标准：{rule}。"
        elif name == "在职人员控制率":
            txt += f"编外聘用人员{c.wp}人不计入在职人员数。"
        txt += f"该项得{sc}分。" if sc == mx else f"该项扣{q(mx - sc, 1)}分，得{sc}分。"
        b.append(P(W(txt)))
    def qtxt(l3, mx, good):
        sc, why = c.qs.get(l3, (mx, None))
        if why is None:
            return f"{l3}（{mx}分）。{good}得{mx}分。"
        return f"{l3}（{mx}分）。{why}，扣{q(mx - sc, 1)}分，得{sc}分。"
    b.append(P("8." + qtxt("管理制度健全性", D(4), "本单位修订完善了财务报销、合同管理、政府采购、资产管理、内部控制等制度，各项支出严格履行审批程序，")
               + qtxt("资金使用合规性", D(4), "经自查，资金拨付有完整的审批程序和手续，未发现截留、挤占、挪用资金情况，")))
    b.append(P(qtxt("预决算信息公开性", D(2), c.disclose) + qtxt("资产管理安全性", D(3), "资产保存完整，使用合规，配置合理，处置规范，收入及时足额上缴，")))
    # ---- standard management paragraphs with derived, consistent figures
    ga = q(c.cg_actual * D("0.55") / 100, 0) * 100
    sa = q(c.cg_actual * D("0.30") / 100, 0) * 100
    ea = c.cg_actual - ga - sa
    assert ga + sa + ea == c.cg_actual and ea >= 0
    b.append(P(W(f"（政府采购情况）{y}年本单位编制政府采购预算{wan(c.cg_budget)}万元，实际完成政府采购{wan(c.cg_actual)}万元，其中货物类{wan(ga)}万元、服务类{wan(sa)}万元、工程类{wan(ea)}万元。全部采购项目均按规定通过政府采购云平台或公共资源交易平台实施，采购合同按规定在指定媒体公开，未发现化整为零规避政府采购的情况。")))
    mn.append({"rule": "AR", "values": [wan(ga), wan(sa), wan(ea)], "note": f"政府采购 {wan(c.cg_actual)} = 货物 + 服务 + 工程，相符"})
    idle = c.fa_total - c.fa_use
    b.append(P(W(f"（资产管理情况）截至{y}年12月31日，本单位固定资产原值{wan(c.fa_total)}万元，其中在用固定资产{wan(c.fa_use)}万元，闲置及待报废固定资产{wan(idle)}万元。全年新增固定资产均按规定验收入账，资产处置均按规定权限报批，处置收入及时足额上缴国库。")))
    mn.append({"rule": "AR", "values": [wan(c.fa_use), wan(idle)], "note": f"固定资产 {wan(c.fa_total)} = 在用 + 闲置待报废"})
    b.append(P("（预算管理和绩效管理情况）本单位严格执行《中华人民共和国预算法》及其实施条例，预算编制坚持“以收定支、收支平衡、统筹兼顾、保证重点”的原则，基本支出按定员定额标准编制，项目支出全部纳入项目库管理，先评审后入库、先入库后安排。执行中坚持无预算不支出，对确需调整的事项按程序报财政部门审批。全面实施预算绩效管理，所有项目均编报了绩效目标，按季度开展绩效运行监控，对偏离目标的项目及时纠偏；年度终了逐项开展绩效自评，自评结果在单位内部通报，并作为下年度预算安排的参考。"))
    b.append(P("（财务管理和内部控制情况）本单位建立了以预算业务、收支业务、政府采购、资产管理、建设项目和合同管理为重点的内部控制体系，明确不相容岗位相互分离，大额资金支付实行集体决策和联签制度。全年接受财政、审计等部门检查，发现的问题均已按期整改到位；会计核算规范，账表相符、账实相符，决算报表按时报送。"))
    b.append(H(2, "（二）产出及效益指标"))
    for t in c.work:
        if isinstance(t, tuple):
            b.append(H(3, t[0]))
            for s in t[1]:
                b.append(P(s))
        else:
            b.append(P(t))
    for i in c.perf:
        b.append(P(W(f"{i.l3}（{i.maxi}分）：年度指标值{i.target}，实际完成{i.actual}。{i.rule}{'得满分' + str(i.maxi) + '分' if i.score == i.maxi else '扣' + str(q(i.maxi - i.score, 1)) + '分，得' + str(i.score) + '分'}。")))

    b.append(H(2, "（三）上年度绩效评价发现问题整改情况"))
    b.append(P(f"针对{y - 1}年度部门整体支出绩效自评和财政重点评价中指出的“部分项目绩效目标不够细化”“预算执行进度前慢后快”等问题，本单位于{y}年上半年逐项制定整改措施：一是修订项目绩效目标编报模板，要求三级指标全部量化；二是建立预算执行月通报制度，对执行进度低于序时进度的项目约谈项目负责人；三是将绩效自评结果与科室年度考核挂钩。截至{y}年底，上年度发现的问题已全部整改完毕。"))
    mn.append({"rule": "YR005", "values": [str(y - 1)], "note": "上年度评价发现问题的整改情况，不是以往年度成绩"})
    mn.append({"rule": "YR004", "values": [str(y - 1)], "note": "上年度问题整改不是评分依据"})
    b.append(H(1, "三、自评结论"))
    sums = {}
    for i in rows:
        sums.setdefault(i.l1, [D(0), D(0)])
        sums[i.l1][0] += i.maxi
        sums[i.l1][1] += i.score
    names = "、".join(sums)
    part = "、".join(f"{v[1]}分" for v in sums.values())
    mx = "、".join(f"{v[0]}分" for v in sums.values())
    b.append(P(f"经自评，本单位{y}年度部门整体支出绩效自评得分{total}分，{names}四类指标分别得{part}（四类指标的分值依次为{mx}）。{GRADE}本单位自评等级为“{g}”。"))
    b.append(P(f"总体来看，{y}年本单位预算编制较为科学，预算执行总体平稳，各项支出控制在预算范围之内，年初设定的部门整体绩效目标基本完成，履职效能和服务质量进一步提升；但在预算执行进度的均衡性、绩效目标的精细化和资产使用效率等方面仍有改进空间。"))
    mn.append({"rule": "SC", "values": [str(sums['产出'][0])], "note": "各一级指标分值、得分小计之和等于总分"})
    b.append(H(1, "四、存在的问题及原因分析"))
    for k, t in enumerate(c.problems, 1):
        b.append(P(f"（{'一二三四五'[k - 1]}）{t}"))
    b.append(P("上述问题的原因，一方面是部分项目前期论证和实施计划不够细化，预算编制与项目实施进度衔接不够紧密；另一方面是绩效管理专业力量不足，绩效目标设定、运行监控和自评工作主要依靠财务人员完成，业务科室参与深度不够。"))
    b.append(H(1, "五、改进措施及有关建议"))
    for k, t in enumerate(c.advice, 1):
        b.append(P(f"（{'一二三四五'[k - 1]}）{t}"))
    b.append(P("同时，建议财政部门进一步细化部门整体支出绩效评价共性指标的评分口径，加强对基层单位绩效管理工作的培训指导，为单位提升预算绩效管理水平创造条件。"))
    b.append(H(1, "六、自评结果应用及公开情况"))
    b.append(P(f"本单位将{y}年度自评结果作为{y + 2}年预算编制和项目安排的重要依据，对执行率偏低、绩效目标完成不理想的项目压减预算；自评报告将随{y}年度部门决算一并在单位门户网站公开，接受社会监督。"))
    b.append(H(1, "七、下一步工作打算"))
    b.append(P(f"{y + 1}年，本单位将继续坚持“花钱必问效、无效必问责”的理念，全面加强预算绩效管理：一是提高预算编制的科学性和精准度，结合本单位职能和{y + 1}年重点工作细化项目预算；二是加强绩效目标管理，做到绩效目标与预算同步申报、同步审核、同步批复；三是强化绩效运行监控，按月分析预算执行进度和绩效目标实现程度；四是做好绩效评价结果应用，推动评价结果与预算安排、政策调整和改进管理有机结合；五是加强财务人员和业务骨干的绩效管理培训，提升全员绩效意识。"))
    if not c.table_first:
        b.append(PageBreak())
        score_block()
    sd = cn_date(*c.sign_date) if c.cn_dates else f"{c.sign_date[0]}年{c.sign_date[1]}月{c.sign_date[2]}日"
    if c.sign_labels:
        b.append(Sign([f"单位负责人（签字）：{c.leader}", f"填报人：{c.filler}    联系电话：{c.phone}", f"{c.unit}（盖章）", sd]))
    else:
        b.append(Sign([c.unit, sd]))
    return b, mn, total


# ------------------------------------------------------------------ planting

def _texts(blocks):
    for bi, bl in enumerate(blocks):
        if isinstance(bl, Table):
            for r, row in enumerate(bl.rows):
                for ci, cell in enumerate(row):
                    yield ("cell", bi, r, ci), cell
        elif isinstance(bl, Sign):
            for k, line in enumerate(bl.lines):
                yield ("sign", bi, k), line
        elif hasattr(bl, "text"):
            yield ("text", bi), bl.text


def plant(blocks, old, new, nth=None, cell=False):
    """replace ``old`` by ``new``: exactly one place unless ``nth`` picks one (0-based)."""
    hits = []
    for loc, t in _texts(blocks):
        if (t == old) if cell else (old in t):
            hits.append(loc)
    if nth is None:
        assert len(hits) == 1, (old, len(hits))
        loc = hits[0]
    else:
        loc = hits[nth]
    bl = blocks[loc[1]]
    if loc[0] == "cell":
        bl.rows[loc[2]][loc[3]] = new if cell else bl.rows[loc[2]][loc[3]].replace(old, new, 1)
    elif loc[0] == "sign":
        bl.lines[loc[2]] = bl.lines[loc[2]].replace(old, new, 1)
    else:
        bl.text = bl.text.replace(old, new, 1)


def prose_len(blocks):
    return sum(len(bl.text) for bl in blocks if isinstance(bl, P))


def make_prev(gb, jj, sy, jy, qt, jz, ry, gyf, proj, gy=D(0)):
    d = {"一、财政拨款收入": gb + jj + gy, "    其中：一般公共预算财政拨款": gb,
         "          政府性基金预算财政拨款": jj, "          国有资本经营预算财政拨款": gy,
         "二、事业收入": sy, "三、经营收入": jy, "四、其他收入": qt,
         "一、基本支出": ry + gyf, "    其中：人员经费": ry, "          公用经费": gyf, "二、项目支出": proj}
    d["本年收入合计"] = gb + jj + gy + sy + jy + qt
    d["本年支出合计"] = ry + gyf + proj
    d["上年结转结余"] = jz
    d["年末结转结余"] = d["本年收入合计"] + jz - d["本年支出合计"]
    assert d["年末结转结余"] >= 0
    return d
