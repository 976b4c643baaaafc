"""Blocks of one report from a ``common.Case``; layout flags vary the template per province."""

from __future__ import annotations

from decimal import Decimal as D

from common import Case, cn_date, grade, pct, q2, wan, yuan
from render import H, P, Caption, Center, PageBreak, Sign, Table, Title


def income_expense_tables(c: Case) -> list:
    u = c.unit
    b = []
    y = c.p("tbl_year", str(c.year))
    inc_rows = [
        ("一、上年结转", c.carry),
        ("二、一般公共预算财政拨款收入", c.gen),
        ("三、政府性基金预算财政拨款收入", c.fund),
        ("四、事业收入", c.biz),
        ("五、其他收入", c.other),
    ]
    exp_rows = [
        ("一、基本支出", c.basic),
        ("    其中：人员经费", c.pe),
        ("          公用经费", c.pu),
        ("二、项目支出", c.proj_total),
        ("三、年末结转和结余", c.balance),
    ]
    tot_in = c.p("tbl_income_total", c.t(c.income_all))
    tot_out = c.t(c.exp + c.balance)
    if c.layout == "side":
        b.append(Caption(f"表1  {c.dept}{y}年度收入支出决算总表"))
        b.append(Caption(f"单位：{u}"))
        rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]]
        for (a, x), (e, z) in zip(inc_rows, exp_rows):
            rows.append([a, c.t(x), e, c.t(z)])
        rows.append(["收入总计", tot_in, "支出总计", tot_out])
        b.append(Table(rows, merges=[(0, 0, 0, 1), (0, 2, 0, 3)]))
    elif c.layout == "transposed":
        b.append(Caption(f"表1  {c.dept}{y}年度部门预算执行情况表（单位：{u}）"))
        hdr = ["项目", "合计", "基本支出", "其中：人员经费", "公用经费", "项目支出"]
        def row(name, basic, pe, pu, proj):
            return [name, c.t(basic + proj), c.t(basic), c.t(pe), c.t(pu), c.t(proj)]
        rows = [hdr,
                row("年初预算数", c.init_basic, c.init_pe, c.init_basic - c.init_pe, c.init_proj),
                row("调整后预算数", c.adj_basic, c.adj_basic - c.pu_b, c.pu_b, c.adj_proj),
                [ "决算数", c.p("tbl_exp_total", c.t(c.exp)), c.t(c.basic), c.t(c.pe), c.t(c.pu), c.t(c.proj_total)],
                ["执行率", f"{c.exec_rate}%", pct(c.basic, c.adj_basic), "", "", pct(c.proj_total, c.adj_proj)]]
        b.append(Table(rows))
        b.append(Caption(f"表2  {c.dept}{y}年度收入决算表（单位：{u}）"))
        rows = [["项目", "本年决算"]]
        if c.total_top:
            rows.append(["收入总计", tot_in])
        for a, x in inc_rows:
            rows.append([a, c.t(x)])
        if not c.total_top:
            rows.append(["收入总计", tot_in])
        b.append(Table(rows))
    else:  # stack
        b.append(Caption(f"表1  {c.dept}{y}年度收入决算表"))
        b.append(Caption(f"金额单位：{u}"))
        rows = [["项目", "年初预算", "决算数"]]
        body = [[a, "", c.t(x)] for a, x in inc_rows]
        body[1][1] = c.t(c.init_basic + c.init_proj - c.init_other)
        body[3 if c.biz else 4][1] = c.t(c.init_other)
        tot = ["合计", c.t(c.init_basic + c.init_proj), tot_in]
        rows += ([tot] + body) if c.total_top else (body + [tot])
        b.append(Table(rows))
    # expenditure table with budget columns, always
    b.append(Caption(f"表{2 if c.layout != 'transposed' else 3}  {c.dept}{y}年度支出决算表（按经济性质）"))
    b.append(Caption(f"单位：{u}"))
    rows = [["项目", "预算数", "", "决算数", "上年决算数"], ["", "年初预算", "调整后预算", "", ""]]
    body = [
        ["基本支出", c.t(c.init_basic), c.t(c.adj_basic), c.p("tbl_basic", c.t(c.basic)), c.t(c.prev_basic)],
        ["  其中：人员经费", c.t(c.init_pe), c.t(c.adj_basic - c.pu_b), c.t(c.pe), c.t(c.prev_pe)],
        ["        公用经费", c.t(c.init_basic - c.init_pe), c.t(c.pu_b), c.t(c.pu), c.t(c.prev_basic - c.prev_pe)],
        ["项目支出", c.t(c.init_proj), c.t(c.adj_proj), c.t(c.proj_total), c.t(c.prev_exp - c.prev_basic)],
    ]
    tot = ["支出合计", c.t(c.init_basic + c.init_proj), c.t(c.adj), c.p("tbl_exp_total2", c.t(c.exp)), c.t(c.prev_exp)]
    rows += ([tot] + body) if c.total_top else (body + [tot])
    b.append(Table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)]))
    return b


def build(c: Case) -> list:
    y = c.year
    b: list = []
    b.append(Title(c.p("title", f"{c.dept}{y}年度部门整体支出绩效自评报告")))
    if c.head_note:
        b.append(Center(c.head_note))
    b.append(P(c.intro))
    # ---------------------------------------------------------------- 一
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）部门职能"))
    for t in c.duties:
        b.append(P(t))
    b.append(H(2, "（二）机构设置及人员情况"))
    names = "、".join(u[0] for u in c.units_all[1:])
    b.append(P(
        f"{c.dept}{c.p('unit_count', '内设' + str(c.inner) + '个股室')}，下属{c.p('sub_count_text', str(len(c.units_all) - 1))}个单位（{names}），"
        f"纳入{y}年度部门决算编报范围的单位共{len(c.units_all)}个（含本级）。"
        f"{y}年末核定编制{c.bz}名，其中行政编制{c.bz_adm}名、事业编制{c.bz_inst}名；"
        f"年末实有在职人员{c.p('sy_prose', str(c.sy))}名，其中行政人员{c.sy_adm}名、事业人员{c.sy_inst}名；离退休人员{c.retired}名。"
        f"上年末实有在职人员{c.sy_prev}名，本年{'增加' if c.sy >= c.sy_prev else '减少'}{abs(c.sy - c.sy_prev)}名，主要是{c.staff_change}。"
    ))
    rows = [["单位名称", "编制数", "实有人数", f"{y}年支出（{c.unit}）"]]
    # per-unit staff split: 本级 gets adm + remainder inst
    for i, (nm, amt) in enumerate(c.units_all):
        bz, sy = c.unit_staff[i]
        rows.append([nm, str(bz), str(sy), c.t(amt)])
    assert sum(s[0] for s in c.unit_staff) == c.bz and sum(s[1] for s in c.unit_staff) == c.sy
    tot = ["合计", str(c.bz), str(c.sy), c.p("unit_tbl_total", c.t(c.exp))]
    rows = [rows[0]] + ([tot] + rows[1:] if c.total_top else rows[1:] + [tot])
    b.append(Caption(f"表  {c.dept}所属单位及人员情况（单位：人、{c.unit}）"))
    b.append(Table(rows))
    staff_parts = []
    for (nm, _), (bz, sy) in zip(c.units_all, c.unit_staff):
        staff_parts.append(f"{nm}核定编制{bz}名、实有{sy}名" + (f"、空编{bz - sy}名" if bz > sy else "、无空编"))
    b.append(P("分单位看，" + "；".join(staff_parts) + f"。全部门空编{c.bz - c.sy}名，均按程序纳入招录计划。"))
    # ---------------------------------------------------------------- 二
    b.append(H(2, "（三）部门整体绩效目标"))
    b.append(P(
        f"{y}年度部门整体绩效目标为：保障{len(c.units_all)}个预算单位{c.sy}名在职人员和{c.retired}名离退休人员的经费需要，"
        f"基本支出控制在调整后预算{wan(c.adj_basic)}万元以内；实施{'、'.join(pr[0] for pr in c.projects)}等重点项目，"
        f"项目支出预算{wan(c.adj_proj)}万元；完成" + "，".join(f"{o[1]}{o[2]}" for o in c.outputs) + "的年度产出目标；"
        f"服务对象满意度达到95%以上。"
    ))
    b.append(H(2, "（四）自评工作开展情况"))
    b.append(P(
        f"自评工作分三个阶段进行：一是前期准备阶段，成立自评工作组，制定自评方案，明确自评范围、内容和时间安排；"
        f"二是组织实施阶段，收集整理{y}年度预算批复、调整文件、会计账簿、项目资料和产出数据，对{len(c.projects)}个项目逐一核实，"
        f"并向服务对象发放满意度问卷；三是分析评价阶段，对照评价指标体系逐项打分，形成自评结论和本报告。"
    ))
    b.append(H(1, "二、部门整体支出情况"))
    b.append(H(2, "（一）收入情况"))
    b.append(P(c.fw(
        f"{y}年度收入总计{wan(c.income_all)}万元，其中：上年结转{wan(c.carry)}万元，"
        f"本年收入{wan(c.income_cur)}万元。本年收入中，一般公共预算财政拨款收入{wan(c.gen)}万元，"
        f"占本年收入的{pct(c.gen, c.income_cur)}；政府性基金预算财政拨款收入{wan(c.fund)}万元；事业收入{wan(c.biz)}万元；"
        f"其他收入{wan(c.other)}万元。与上年决算收入{wan(c.prev_income)}万元相比，"
        f"{'增加' if c.income_all >= c.prev_income else '减少'}{wan(abs(c.income_all - c.prev_income))}万元，{c.income_reason}。"
    )))
    b.append(H(2, "（二）支出情况"))
    basic_p = c.p("prose_basic", wan(c.basic))
    b.append(P(c.fw(
        f"{y}年度支出合计{c.p('prose_exp', wan(c.exp))}万元（{yuan(c.exp)}元），其中基本支出{basic_p}万元、"
        f"项目支出{wan(c.proj_total)}万元，分别占支出合计的{pct(c.basic, c.exp)}和{pct(c.proj_total, c.exp)}。"
        f"基本支出中，人员经费{wan(c.pe)}万元，公用经费{wan(c.pu)}万元。年末结转和结余{wan(c.balance)}万元，"
        f"为{c.balance_reason}。上年支出{wan(c.prev_exp)}万元，本年比上年{'增长' if c.exp >= c.prev_exp else '下降'}"
        f"{c.p('yoy', pct(abs(c.exp - c.prev_exp), c.prev_exp))}。"
    )))
    b.append(P(
        f"按单位分，{c.units_all[0][0]}支出{wan(c.units_all[0][1])}万元，"
        + "，".join(f"{nm}支出{wan(a)}万元" for nm, a in c.units_all[1:])
        + f"；所属单位支出合计{wan(c.exp - c.units_all[0][1])}万元，占部门支出的{pct(c.exp - c.units_all[0][1], c.exp)}。"
    ))
    for (nm, amt), (bz, sy) in zip(c.units_all, c.unit_staff):
        b.append(P(f"{nm}：{y}年支出{wan(amt)}万元，占部门支出的{pct(amt, c.exp)}；年末实有在职人员{sy}名，"
                   f"人均支出{wan(amt / sy)}万元。"))
    b.extend(income_expense_tables(c))
    # 项目
    b.append(H(2, "（三）项目支出情况"))
    b.append(P(
        f"{y}年度共实施项目{c.p('proj_count', str(len(c.projects)))}个（"
        + "、".join(pr[0] for pr in c.projects)
        + f"），调整后预算{wan(c.adj_proj)}万元，实际支出{wan(c.proj_total)}万元，项目预算执行率{pct(c.proj_total, c.adj_proj)}。"
    ))
    rows = [["序号", "项目名称", f"调整后预算（{c.unit}）", f"实际支出（{c.unit}）", "执行率"]]
    for i, (nm, bud, act, _) in enumerate(c.projects, 1):
        rows.append([str(i), nm, c.t(bud), c.t(act), c.p(f"proj_rate_{i}", pct(act, bud))])
    rows.append(["", "合计", c.t(c.adj_proj), c.p("proj_tbl_total", c.t(c.proj_total)), pct(c.proj_total, c.adj_proj)])
    b.append(Caption(f"表  {y}年度项目支出明细表"))
    b.append(Table(rows))
    for i, (nm, bud, act, text) in enumerate(c.projects, 1):
        rest = f"结余{wan(bud - act)}万元，" if bud > act else "资金全部执行到位，"
        b.append(P(f"{i}.{nm}。该项目调整后预算{wan(bud)}万元，实际支出{wan(act)}万元，{rest}"
                   f"占项目支出总额的{pct(act, c.proj_total)}。{text}项目资金按规定程序审批拨付，未发现截留、挤占、挪用等问题。"))
    # 三公
    b.append(H(2, "（四）“三公”经费及公用经费情况"))
    b.append(P(c.fw(
        f"{y}年“三公”经费预算{wan(c.sg_b)}万元，实际支出{wan(c.sg_a)}万元，"
        f"其中公务接待费{wan(c.sg_rec_a)}万元、公务用车运行维护费{wan(c.sg_car_a)}万元，因公出国（境）费和公务用车购置费均为0。"
        f"“三公”经费控制率={yuan(c.sg_a)}/{yuan(c.sg_b)}×100%={c.p('sg_rate', str(c.sg_rate) + '%')}。"
        f"上年“三公”经费支出{wan(c.sg_prev)}万元，本年比上年减少{wan(c.sg_prev - c.sg_a)}万元。"
        f"公用经费预算（调整后）{wan(c.pu_b)}万元，实际支出{wan(c.pu)}万元，公用经费控制率{c.pu_rate}%。"
    )))
    rows = [["项目", f"{y}年预算", f"{y}年决算", f"{y - 1}年决算"],
            ["合计", c.t(c.sg_b), c.p("sg_tbl_total", c.t(c.sg_a)), c.t(c.sg_prev)],
            ["1.因公出国（境）费", c.t(D(0)), c.t(D(0)), c.t(D(0))],
            ["2.公务用车购置及运行维护费", c.t(c.sg_car_b), c.t(c.sg_car_a), c.t(c.sg_car_prev)],
            ["  其中：公务用车购置费", c.t(D(0)), c.t(D(0)), c.t(D(0))],
            ["        公务用车运行维护费", c.t(c.sg_car_b), c.t(c.sg_car_a), c.t(c.sg_car_prev)],
            ["3.公务接待费", c.t(c.sg_rec_b), c.t(c.sg_rec_a), c.t(c.sg_rec_prev)]]
    b.append(Caption(f"表  “三公”经费支出情况表（单位：{c.unit}）"))
    b.append(Table(rows))
    # ---------------------------------------------------------------- 三
    b.append(H(1, "三、部门整体支出绩效情况"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(c.fw(
        f"{y}年度调整后预算{wan(c.adj)}万元（年初预算{wan(c.init_basic + c.init_proj)}万元，年中追加{wan(c.adj - c.init_basic - c.init_proj)}万元），"
        f"决算支出{wan(c.exp)}万元。预算执行率=决算支出/调整后预算×100%={wan(c.exp)}/{wan(c.adj)}×100%="
        f"{c.p('exec_rate', str(c.exec_rate) + '%')}。"
        f"在职人员控制率=实有在职人数/编制数×100%={c.p('staff_f_sy', str(c.sy))}/{c.bz}×100%={c.staff_rate}%。"
    )))
    init = c.init_basic + c.init_proj
    b.append(P(
        f"预算调整方面，年初预算{wan(init)}万元，其中基本支出{wan(c.init_basic)}万元、项目支出{wan(c.init_proj)}万元；"
        f"调整后预算{wan(c.adj)}万元，其中基本支出{wan(c.adj_basic)}万元、项目支出{wan(c.adj_proj)}万元。"
        f"基本支出调整{wan(c.adj_basic - c.init_basic)}万元，项目支出调整{wan(c.adj_proj - c.init_proj)}万元，"
        f"预算调整率=(调整后预算-年初预算)/年初预算×100%={pct(c.adj - init, init)}。"
    ))
    per = c.pu / D(c.sy)
    b.append(P(
        f"支出结构方面，人员经费占基本支出的{pct(c.pe, c.basic)}，公用经费占基本支出的{pct(c.pu, c.basic)}；"
        f"按年末实有在职人数计算，人均公用经费{wan(per)}万元。上年基本支出{wan(c.prev_basic)}万元，"
        f"其中人员经费{wan(c.prev_pe)}万元、公用经费{wan(c.prev_basic - c.prev_pe)}万元；本年基本支出比上年"
        f"{'增加' if c.basic >= c.prev_basic else '减少'}{wan(abs(c.basic - c.prev_basic))}万元。"
        f"“三公”经费中，公务接待费预算{wan(c.sg_rec_b)}万元、支出{wan(c.sg_rec_a)}万元，上年{wan(c.sg_rec_prev)}万元；"
        f"公务用车运行维护费预算{wan(c.sg_car_b)}万元、支出{wan(c.sg_car_a)}万元，上年{wan(c.sg_car_prev)}万元。"
    ))
    # quarterly execution (cumulative shares of the year's spending, fixed)
    r100 = lambda x: (x / 100).quantize(D("1")) * 100
    q1 = r100(c.exp * D("0.21"))
    q2_ = r100(c.exp * D("0.27"))
    q3 = r100(c.exp * D("0.24"))
    q4 = c.exp - q1 - q2_ - q3
    assert q1 + q2_ + q3 + q4 == c.exp and q4 > 0
    b.append(P(
        f"执行进度方面，一季度支出{wan(q1)}万元，累计执行率{pct(q1, c.adj)}；二季度支出{wan(q2_)}万元，上半年累计支出{wan(q1 + q2_)}万元，"
        f"累计执行率{pct(q1 + q2_, c.adj)}；三季度支出{wan(q3)}万元，前三季度累计支出{wan(q1 + q2_ + q3)}万元，累计执行率{pct(q1 + q2_ + q3, c.adj)}；"
        f"四季度支出{wan(q4)}万元，全年累计支出{wan(c.exp)}万元。"
        f"年末结转和结余=收入总计-支出合计={wan(c.income_all)}-{wan(c.exp)}={wan(c.balance)}万元，"
        f"其中财政拨款结转结余{wan(c.balance - min(c.balance, c.other))}万元、其他资金结余{wan(min(c.balance, c.other))}万元。"
    ))
    # 资产与政府采购 (figures derived from the case's own totals, all consistent)
    fa = r100(c.exp * D("0.42"))
    fa_house = r100(fa * D("0.55"))
    fa_car = r100(fa * D("0.08"))
    fa_gen = fa - fa_house - fa_car
    fa_prev = r100(fa * D("0.93"))
    gp_plan = r100(c.proj_total * D("0.35"))
    gp_act = gp_plan - r100(gp_plan * D("0.04"))
    assert fa_house + fa_car + fa_gen == fa and gp_act <= gp_plan
    b.append(P(
        f"资产管理方面，{y}年末部门固定资产原值{wan(fa)}万元，其中房屋及构筑物{wan(fa_house)}万元、车辆{wan(fa_car)}万元、"
        f"通用及专用设备等{wan(fa_gen)}万元；上年末固定资产原值{wan(fa_prev)}万元，本年净增加{wan(fa - fa_prev)}万元。"
        f"全年政府采购预算{wan(gp_plan)}万元，实际采购{wan(gp_act)}万元（{yuan(gp_act)}元），政府采购执行率{pct(gp_act, gp_plan)}，"
        f"节约资金{wan(gp_plan - gp_act)}万元。"
    ))
    b.append(P(
        f"绩效管理方面，{y}年度{len(c.projects)}个项目全部编报绩效目标，绩效目标覆盖率100%；"
        f"分别于{y}年6月和10月开展两次绩效运行监控，对执行进度偏慢的项目及时督促；"
        f"年初预算中基本支出{wan(c.init_basic)}万元按定员定额标准编制，项目支出{wan(c.init_proj)}万元均经项目库论证后纳入预算。"
        f"公用经费控制率=公用经费实际支出/公用经费预算×100%={yuan(c.pu)}/{yuan(c.pu_b)}×100%={c.pu_rate}%；"
        f"“三公”经费实际支出{yuan(c.sg_a)}元，比预算节约{yuan(c.sg_b - c.sg_a)}元。"
    ))
    b.append(H(2, "（二）产出和效益情况"))
    for t in c.results:
        b.append(P(t))
    assert abs(D(wan(c.exp)) / D(wan(c.adj)) * 100 - c.exec_rate) < D("0.006"), (c.dept, c.exec_rate)
    for o in c.outputs:
        ok = o[5] == o[4]
        b.append(P(f"{o[1]}：年度目标{o[2]}，实际完成{o[3]}，{'达到年度目标' if ok else '未达到年度目标，' + o[6]}。"))
    k = int(c.sat * 10)
    assert D(k) / 10 == c.sat
    b.append(P(f"满意度调查方面，采取问卷调查和电话回访方式，共发放问卷1,050份，收回有效问卷1,000份，"
               f"其中“满意”和“基本满意”{k:,}份，服务对象满意度{c.sat}%。"))
    b.append(H(2, "（三）信息公开情况"))
    b.append(P(f"按照预决算公开有关规定，{c.dept}{c.p('disclose_year', str(y))}年度部门预算、{y - 1}年度部门决算及“三公”经费情况已在{c.site}公开，"
               f"公开时间、内容和格式符合要求。{y}年度部门决算将于{y + 1}年按规定时限公开。"))
    # ---------------------------------------------------------------- 四 自评
    b.append(H(2, "（四）分项指标评价情况"))
    for grp in ["决策", "过程", "产出", "效益"]:
        g = [(i, r) for i, r in enumerate(c.rows) if r[0] == grp]
        parts = []
        for i, r in g:
            if f"score_{i}" in c.plant:
                parts.append(f"{r[2]}（{r[3]}分），得{c.plant[f'score_{i}']}分")
            elif r[4] < r[3]:
                parts.append(f"{r[2]}（{r[3]}分），{r[5]}，得{r[4]}分")
            else:
                parts.append(f"{r[2]}（{r[3]}分），{r[5] or '达到年度目标'}，得满分")
        b.append(P(f"{grp}类指标共{len(g)}项、分值{sum(r[3] for _, r in g)}分：" + "；".join(parts) + "。"))
    b.append(H(1, "四、自评结论"))
    b.append(P(
        f"按照{c.method_doc}，评价组对照部门整体支出绩效评价指标体系逐项评分。评分方法：预算执行率得分=执行率×10分（100%及以上得满分）；"
        f"人员控制率、公用经费控制率不超过100%得满分，超过不得分；“三公”经费控制率不超过100%得满分，每超过1个百分点扣1分；"
        f"服务对象满意度达到95%得满分，每低1个百分点扣0.5分；其余指标按评分标准分档计分。"
        f"评价等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
    ))
    b.extend(score_sheet(c))
    b.append(P(
        f"经评价，{c.dept}{y}年度部门整体支出绩效自评得分{c.p('concl_total', str(c.total))}分，"
        f"评价等级为“{c.p('concl_grade', c.grade)}”。其中决策类指标得分{sum(ps(c, i) for i, r in enumerate(c.rows) if r[0] == '决策')}分、"
        f"过程类指标得分{sum(ps(c, i) for i, r in enumerate(c.rows) if r[0] == '过程')}分、产出类指标得分{sum(ps(c, i) for i, r in enumerate(c.rows) if r[0] == '产出')}分、"
        f"效益类指标得分{sum(ps(c, i) for i, r in enumerate(c.rows) if r[0] == '效益')}分。"
    ))
    # ---------------------------------------------------------------- 五
    b.append(P(
        f"从分项得分看，失分主要集中在" +
        "、".join(r[2] for i, r in enumerate(c.rows) if ps(c, i) < r[3]) +
        f"等{sum(1 for i, r in enumerate(c.rows) if ps(c, i) < r[3])}项指标，反映出部门在预算执行、绩效目标设置和管理基础等方面仍有提升空间。"
    ))
    b.append(H(1, "五、存在的问题及原因分析"))
    for t in c.problems:
        b.append(P(t))
    b.append(P(
        f"上述问题的原因，一方面是部分项目前期论证不充分，年初预算{wan(c.init_proj)}万元的项目支出在执行中调整为{wan(c.adj_proj)}万元，"
        f"实际支出{wan(c.proj_total)}万元，形成结转结余{wan(c.adj_proj - c.proj_total)}万元；另一方面是绩效管理专业力量不足，"
        f"财务和业务部门协同不够，绩效目标、预算执行和评价结果之间的衔接仍需加强。"
    ))
    b.append(P(f"上年自评问题整改方面，针对{y - 1}年度自评发现的问题，部门制定整改措施3条：一是细化项目预算测算，二是按季度开展绩效运行监控，"
               f"三是完善资产登记和清查制度。3条措施均已落实，整改情况已报财政部门。"))
    b.append(H(1, "六、下一步改进措施"))
    for t in c.measures:
        b.append(P(t))
    b.append(P(
        f"同时，严格落实过紧日子要求，{y + 1}年“三公”经费预算按不超过{y}年实际支出{wan(c.sg_a)}万元的规模安排，"
        f"公用经费按定额标准从严控制；加强财务人员业务培训，提升预算编制、执行监控和绩效评价的质量。"
    ))
    b.append(H(1, "七、评价结果应用"))
    b.append(P(c.apply_text))
    b.extend(c.sign_blocks)
    return b


def ps(c: Case, i: int) -> D:
    """The score printed for row i (a planted score if any)."""
    return D(c.plant.get(f"score_{i}", str(c.rows[i][4])))


def score_sheet(c: Case) -> list:
    b = [Caption(c.p("sheet_title", f"附表  {c.dept}{c.year}年度部门整体支出绩效自评表"))]
    rows_src = c.rows
    shape = c.sheet
    if shape == "abc":
        rows = [["一级指标", "二级指标", "三级指标", "分值（A）", "得分（B）", "得分率（B/A）", "扣分原因"]]
        for i, r in enumerate(rows_src):
            sc = c.p(f"score_{i}", str(r[4]))
            rows.append([r[0], r[1], r[2], c.p(f"max_{i}", str(r[3])), sc, pct(r[4], r[3]) if f"score_{i}" not in c.plant and f"max_{i}" not in c.plant else "", r[5] if r[4] < r[3] else ""])
        rows.append(["合计", "", "", "100", c.p("sheet_total", str(c.total)), c.p("sheet_total", str(c.total)) + "%", ""])
    elif shape == "subtotal":
        rows = [["一级指标", "二级指标", "三级指标", "分值", "自评得分", "偏差原因分析"]]
        for grp in ["决策", "过程", "产出", "效益"]:
            g = [(i, r) for i, r in enumerate(rows_src) if r[0] == grp]
            for i, r in g:
                rows.append([r[0], r[1], r[2], c.p(f"max_{i}", str(r[3])), c.p(f"score_{i}", str(r[4])), r[5] if r[4] < r[3] else "—"])
            rows.append([f"{grp}小计", "", "", str(sum(r[3] for _, r in g)), c.p(f"sub_{grp}", str(sum(r[4] for _, r in g))), ""])
        rows.append(["总分", "", "", "100", c.p("sheet_total", str(c.total)), f"等级：{c.p('sheet_grade', c.grade)}"])
    else:  # top: 总分 first, then rows with 指标值/实际值
        rows = [["指标", "", "", "分值", "得分", "扣分说明"], ["总分", "", "", "100", c.p("sheet_total", str(c.total)), ""]]
        for i, r in enumerate(rows_src):
            rows.append([r[0], r[1], r[2], c.p(f"max_{i}", str(r[3])), c.p(f"score_{i}", str(r[4])), r[5] if r[4] < r[3] else ""])
    b.append(Table(rows))
    # indicator targets (产出)
    rows = [["产出指标", "年度指标值", "实际完成值", "分值", "得分"]]
    for o in c.outputs:
        rows.append([o[1], o[2], o[3], str(o[4]), str(o[5])])
    b.append(Caption("产出指标完成情况"))
    b.append(Table(rows))
    return b


def sign(c: Case, *, labels: bool, date: str, blank_lead: bool = False) -> list:
    lines = []
    if labels:
        lines.append("评价组组长（签字）：" + ("" if blank_lead else c.lead))
        lines.append("部门负责人（签字）：" + c.head)
        lines.append("（部门盖章）")
    lines.append(c.dept)
    lines.append(date)
    return [Sign(lines)]
