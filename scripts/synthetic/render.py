"""Render a model (and a mutation) as the text of a self-evaluation report."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from synth_profiles import Profile

from synthetic.model import Indicator, Model
from synthetic.mutation import CLEAN, Mutation
from synthetic.numbers import FULLWIDTH, D, cn, pct, pct_text, q2, score_text
from synthetic.writer import Writer

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
