"""江州市卫生健康委员会 2024 年度部门整体支出绩效自评报告 — Word (Heading styles) + LibreOffice PDF.

Style: a 市直委办局 with three 二级单位; Word ``Title``/``Heading 1..3`` styles, Word-numbered
lists, tables with merged header cells and repeated header rows; money in 万元 with thousands
separators; income sources as columns, units as rows; scores written "自评得分为X分";
grades 优秀/良好/合格/不合格; dates 2025年3月15日.
"""

from __future__ import annotations

from common import (
    D, HELDOUT, add_table, check, docx_to_pdf, fm, fp, fs, new_document, numbered_list, page_break,
    para, pct, q2, total,
)

FOLDER = "city-health-2024"
S = 12  # body size, pt

UNITS = ["委机关", "市疾病预防控制中心", "市卫生健康综合监督执法支队", "市卫生健康事业发展中心"]

# staffing: (编制 行政, 编制 事业, 实有 行政, 实有 事业)
STAFF = {
    "委机关": (38, 0, 35, 0),
    "市疾病预防控制中心": (0, 96, 0, 91),
    "市卫生健康综合监督执法支队": (0, 42, 0, 40),
    "市卫生健康事业发展中心": (0, 18, 0, 17),
}
# income: (上年结转结余, 财政拨款收入, 事业收入, 其他收入)
INCOME = {
    "委机关": (D("120.50"), D("3286.40"), D("0.00"), D("12.30")),
    "市疾病预防控制中心": (D("215.80"), D("4102.75"), D("386.20"), D("25.15")),
    "市卫生健康综合监督执法支队": (D("0.00"), D("1538.62"), D("0.00"), D("4.18")),
    "市卫生健康事业发展中心": (D("18.00"), D("702.34"), D("56.40"), D("3.06")),
}
# spending: (人员经费, 公用经费, 项目支出)
SPEND = {
    "委机关": (D("1286.55"), D("225.75"), D("1789.15")),
    "市疾病预防控制中心": (D("2688.40"), D("331.78"), D("1548.14")),
    "市卫生健康综合监督执法支队": (D("1062.31"), D("142.35"), D("338.14")),
    "市卫生健康事业发展中心": (D("512.70"), D("77.74"), D("174.76")),
}


def build():
    # ------------------------------------------------------------------ figures
    bz_x = sum(STAFF[u][0] for u in UNITS)
    bz_s = sum(STAFF[u][1] for u in UNITS)
    sy_x = sum(STAFF[u][2] for u in UNITS)
    sy_s = sum(STAFF[u][3] for u in UNITS)
    bz, sy = bz_x + bz_s, sy_x + sy_s
    check((bz, sy) == (194, 183), "编制 194, 实有 183")

    inc_unit = {u: total(*INCOME[u]) for u in UNITS}
    inc_col = [total(*(INCOME[u][k] for u in UNITS)) for k in range(4)]
    inc_all = total(*inc_unit.values())
    check(inc_all == total(*inc_col) == D("10471.70"), "收入 10471.70 both ways")

    basic_unit = {u: SPEND[u][0] + SPEND[u][1] for u in UNITS}
    exp_unit = {u: basic_unit[u] + SPEND[u][2] for u in UNITS}
    bal_unit = {u: inc_unit[u] - exp_unit[u] for u in UNITS}
    for u in UNITS:
        check(bal_unit[u] >= 0, f"{u} 结余非负")
    persons = total(*(SPEND[u][0] for u in UNITS))
    public = total(*(SPEND[u][1] for u in UNITS))
    basic = persons + public
    project = total(*(SPEND[u][2] for u in UNITS))
    exp_all = basic + project
    bal_all = total(*bal_unit.values())
    check(exp_all == total(*exp_unit.values()) == D("10177.77"), "支出 10177.77")
    check(basic == D("6327.58") and project == D("3850.19"), "基本 6327.58 项目 3850.19")
    check(bal_all == inc_all - exp_all == D("293.93"), "结余 293.93")

    # PLANT AR001: 疾控中心 支出合计 typed 4,586.32 for 4,568.32
    exp_unit_shown = dict(exp_unit)
    check(exp_unit["市疾病预防控制中心"] == D("4568.32"), "疾控 4568.32")
    exp_unit_shown["市疾病预防控制中心"] = D("4586.32")

    func = [("卫生健康支出", D("9212.46")), ("社会保障和就业支出", D("612.35")),
            ("住房保障支出", D("318.76")), ("一般公共服务支出", D("34.20"))]
    check(total(*(v for _, v in func)) == exp_all, "功能分类 = 支出")

    # PLANT AR002 (warning): project items add to 3,850.18, total 3,850.19
    proj_items = [("基本公共卫生服务项目", D("1286.43")), ("重大传染病防控", D("842.17")),
                  ("医疗卫生机构能力建设", D("1103.62")), ("卫生健康综合监督执法", D("318.55")),
                  ("其他项目", D("299.41"))]
    check(total(*(v for _, v in proj_items)) == project - D("0.01"), "项目明细差 0.01")

    sg_budget_prev, sg_budget, sg_host, sg_car = D("48.60"), D("45.20"), D("6.82"), D("34.55")
    sg_actual = sg_host + sg_car
    check(sg_actual == D("41.37"), "三公 41.37")
    sg_change = pct(sg_budget - sg_budget_prev, sg_budget_prev)
    sg_ctrl = pct(sg_actual, sg_budget)
    check(sg_change == D("-7.00") and sg_ctrl == D("91.53"), "三公 rates")

    exec_rate = pct(exp_all, inc_all)
    check(exec_rate == D("97.19"), "执行率 97.19")
    initial, added = D("8946.30"), D("1171.10")
    check(initial + added + inc_col[0] == inc_all, "年初+追加+结转 = 全年预算")
    adj_rate = pct(added, initial)
    check(adj_rate == D("13.09"), "调整率 13.09")
    gp_budget, gp_actual = D("862.40"), D("706.50")
    gp_rate = pct(gp_actual, gp_budget)
    check(gp_rate == D("81.92"), "采购 81.92")
    elder_all, elder_managed = 73412, 48736
    elder_rate = pct(elder_managed, elder_all)
    check(elder_rate == D("66.39"), "老年人 66.39")
    sat_valid, sat_ok = 1168, 1089
    sat = pct(sat_ok, sat_valid)
    check(sat == D("93.24"), "满意度 93.24")
    phc = q2(D("92.6") / 100 * 8)
    check(phc == D("7.41"), "基本公卫 7.41")

    # indicator sheet: (一级, 二级, 三级, 分值, 得分)
    ind = [
        ("决策", "目标设定", "绩效目标合理性", 4, D(4)),
        ("决策", "目标设定", "绩效指标明确性", 4, D(4)),
        ("决策", "预算编制", "预算编制科学性", 7, D(6)),
        ("过程", "预算执行", "预算执行率", 10, D(10)),
        ("过程", "预算执行", "预算调整率", 5, D(4)),
        ("过程", "财务管理", "“三公”经费控制率", 5, D(5)),
        ("过程", "财务管理", "“三公”经费变动率", 3, D(3)),
        ("过程", "财务管理", "政府采购执行率", 4, D(4)),  # PLANT SC002: 81.92% earns 3
        ("过程", "财务管理", "管理制度健全性", 4, D(4)),
        ("过程", "资产管理", "资产管理规范性", 4, D(3)),
        ("产出", "产出数量", "重点工作任务完成率", 10, D(10)),
        ("产出", "产出质量", "基本公共卫生服务项目完成情况", 8, phc),
        ("产出", "产出质量", "65岁以上老年人健康管理率", 6, D(6)),
        ("产出", "产出时效", "法定传染病报告及时率", 6, D(6)),
        ("效益", "社会效益", "居民健康素养水平", 10, D(10)),
        ("效益", "满意度", "服务对象满意度", 10, D(10)),
    ]
    check(sum(i[3] for i in ind) == 100, "分值 100")
    group_max = {g: sum(i[3] for i in ind if i[0] == g) for g in ("决策", "过程", "产出", "效益")}
    check(group_max == {"决策": 15, "过程": 35, "产出": 30, "效益": 20}, "一级分值")
    score = total(*(i[4] for i in ind))
    check(score == D("96.41"), "总分 96.41")
    check(len(ind) == 16, "16 个三级指标")

    # ------------------------------------------------------------------ document
    doc = new_document("Liberation Serif", "Noto Serif CJK SC", S, margins_cm=(3.7, 3.5, 2.8, 2.6))
    doc.add_paragraph("江州市卫生健康委员会2024年度部门整体支出绩效自评报告", style="Title")
    para(doc, "单位名称：江州市卫生健康委员会（盖章）", indent=False)
    para(doc, "报告日期：2025年3月15日", indent=False)

    doc.add_paragraph("一、部门概况", style="Heading 1")
    doc.add_paragraph("（一）部门职能", style="Heading 2")
    para(doc, "根据《江州市卫生健康委员会职能配置、内设机构和人员编制规定》，我委主要职责是：")
    numbered_list(doc, [
        "贯彻执行国家、省卫生健康工作方针政策和法律法规，拟订全市卫生健康事业发展规划并组织实施。",
        "协调推进深化医药卫生体制改革，组织推进公立医院综合改革，健全现代医院管理制度。",
        "制定并组织落实全市疾病预防控制规划、免疫规划以及严重危害人民健康公共卫生问题的干预措施。",
        "组织拟订并协调落实应对人口老龄化政策措施，推进老年健康服务体系建设和医养结合工作。",
        "负责职责范围内的职业卫生、放射卫生、环境卫生、学校卫生、公共场所卫生、饮用水卫生等公共卫生的监督管理。",
        "完成市委、市政府交办的其他任务。",
    ], lvl_text="（%1）")

    doc.add_paragraph("（二）机构设置及人员情况", style="Heading 2")
    para(doc, "委机关设办公室、规划发展与信息化科、财务科、医政医管科、基层卫生健康科、疾病预防控制科、"
              "人事科7个内设科室。所属二级预算单位3个：市疾病预防控制中心、市卫生健康综合监督执法支队、"
              "市卫生健康事业发展中心。纳入本次整体支出评价范围的为委机关及上述3个二级单位。")
    # PLANT IC001: 年末实有在编人员 185 here, 183 in the table
    para(doc, f"截至2024年12月31日，全委核定编制{bz}名，其中行政编制{bz_x}名、事业编制{bz_s}名；"
              "年末实有在编人员185人。各单位人员情况见表1。")
    para(doc, "表1  人员编制及实有人数情况表（单位：人）", bold=True, center=True)
    rows = [["单位", "编制数", "", "", "年末实有人数", "", ""],
            ["", "行政", "事业", "小计", "行政", "事业", "小计"]]
    for u in UNITS:
        a, b, c, d_ = STAFF[u]
        rows.append([u, str(a), str(b), str(a + b), str(c), str(d_), str(c + d_)])
    rows.append(["合计", str(bz_x), str(bz_s), str(bz), str(sy_x), str(sy_s), str(sy)])
    add_table(doc, rows, merges=[((0, 0), (1, 0)), ((0, 1), (0, 3)), ((0, 4), (0, 6))],
              header_rows=2, repeat=True)

    doc.add_paragraph("（三）年度部门收支情况", style="Heading 2")
    doc.add_paragraph("1.收入情况", style="Heading 3")
    para(doc, f"2024年度全委收入合计{fm(inc_all)}万元，其中：上年结转结余{fm(inc_col[0])}万元，"
              f"财政拨款收入{fm(inc_col[1])}万元，事业收入{fm(inc_col[2])}万元，其他收入{fm(inc_col[3])}万元。"
              "分单位收入情况见表2。")
    para(doc, "表2  2024年度收入决算情况表（单位：万元）", bold=True, center=True)
    rows = [["单位", "收入合计", "其中", "", "", ""],
            ["", "", "上年结转结余", "财政拨款收入", "事业收入", "其他收入"]]
    for u in UNITS:
        rows.append([u, fm(inc_unit[u])] + [fm(x) for x in INCOME[u]])
    rows.append(["合计", fm(inc_all)] + [fm(x) for x in inc_col])
    add_table(doc, rows, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 5))],
              header_rows=2, repeat=True)

    doc.add_paragraph("2.支出情况", style="Heading 3")
    para(doc, f"2024年度全委支出合计{fm(exp_all)}万元，其中基本支出{fm(basic)}万元、项目支出{fm(project)}万元；"
              f"年末结转结余{fm(bal_all)}万元。分单位支出情况见表3。")
    para(doc, "表3  2024年度支出决算情况表（单位：万元）", bold=True, center=True)
    rows = [["单位", "支出合计", "基本支出", "", "", "项目支出", "年末结转结余"],
            ["", "", "小计", "人员经费", "公用经费", "", ""]]
    for u in UNITS:
        p_, g_, x_ = SPEND[u]
        rows.append([u, fm(exp_unit_shown[u]), fm(basic_unit[u]), fm(p_), fm(g_), fm(x_), fm(bal_unit[u])])
    rows.append(["合计", fm(exp_all), fm(basic), fm(persons), fm(public), fm(project), fm(bal_all)])
    add_table(doc, rows, merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 4)), ((0, 5), (1, 5)),
                                 ((0, 6), (1, 6))], header_rows=2, repeat=True, size_pt=10)
    para(doc, f"按支出功能分类，全年支出{fm(exp_all)}万元分别为："
              + "，".join(f"{k}{fm(v)}万元" for k, v in func) + "。")
    para(doc, f"项目支出{fm(project)}万元，其中：" + "、".join(f"{k}{fm(v)}万元" for k, v in proj_items) + "。")

    doc.add_paragraph("3.“三公”经费情况", style="Heading 3")
    para(doc, f"2024年“三公”经费预算{fm(sg_budget)}万元，实际支出{fm(sg_actual)}万元，其中：公务接待费"
              f"{fm(sg_host)}万元、公务用车运行维护费{fm(sg_car)}万元，公务用车购置费和因公出国（境）费用均为0。"
              f"2023年“三公”经费预算{fm(sg_budget_prev)}万元。")

    doc.add_paragraph("二、部门整体支出绩效目标", style="Heading 1")
    para(doc, "2024年度我委围绕“健康江州”建设，设定以下整体绩效目标：")
    numbered_list(doc, [
        "基本公共卫生服务项目全面落实，65岁以上老年人健康管理率不低于62%；",
        "法定传染病报告及时率达到100%，不发生重大传染病暴发流行；",
        "居民健康素养水平达到28%以上；",
        "全年预算执行率不低于95%，“三公”经费支出不超过预算。",
    ], lvl_text="%1.")

    doc.add_paragraph("三、绩效自评工作开展情况", style="Heading 1")
    para(doc, "按照《江州市财政局关于开展2024年度预算绩效自评工作的通知》要求，我委成立了由党组书记、主任任组长，"
              "分管副主任任副组长，财务科、规划发展与信息化科及各二级单位负责人为成员的绩效自评工作小组，采取资料"
              "核查、数据比对、实地抽查和问卷调查相结合的方式开展自评。评价指标体系由决策、过程、产出、效益4个一级"
              f"指标、{len(ind)}个三级指标构成，总分100分。")

    doc.add_paragraph("四、绩效指标完成情况及评分", style="Heading 1")
    doc.add_paragraph(f"（一）决策指标（{group_max['决策']}分）", style="Heading 2")
    doc.add_paragraph("1.绩效目标合理性（4分）", style="Heading 3")
    para(doc, "整体绩效目标依据“三定”规定和全市卫生健康事业发展“十四五”规划设定，与年度工作任务和预算规模相匹配。"
              "自评得分为4分。")
    doc.add_paragraph("2.绩效指标明确性（4分）", style="Heading 3")
    para(doc, "绩效目标细化为数量、质量、时效和效益指标，指标值均可衡量。自评得分为4分。")
    doc.add_paragraph("3.预算编制科学性（7分）", style="Heading 3")
    para(doc, "预算编制经集体研究、程序规范，但部分专项资金在年初未细化到具体项目，年中调剂较多。评分标准：预算编制"
              "程序规范、内容完整、测算依据充分的得满分，存在未细化情况的扣1分。自评得分为6分。")

    doc.add_paragraph(f"（二）过程指标（{group_max['过程']}分）", style="Heading 2")
    doc.add_paragraph("4.预算执行率（10分）", style="Heading 3")
    para(doc, f"2024年全年预算数{fm(inc_all)}万元（含上年结转结余{fm(inc_col[0])}万元），全年支出{fm(exp_all)}万元。"
              f"预算执行率=全年支出数÷全年预算数×100%={fm(exp_all)}÷{fm(inc_all)}×100%={fp(exec_rate)}。"
              "评分标准：执行率≥95%的得10分；90%（含）—95%的得8分；85%（含）—90%的得6分；85%以下不得分。"
              "自评得分为10分。")
    doc.add_paragraph("5.预算调整率（5分）", style="Heading 3")
    para(doc, f"年初预算批复数{fm(initial)}万元，年中追加{fm(added)}万元，调整后本年预算数{fm(initial + added)}万元"
              f"（不含上年结转）。预算调整率=本年追加预算数÷年初预算批复数×100%={fm(added)}÷{fm(initial)}×100%"
              f"={fp(adj_rate)}。评分标准：调整率≤10%的得5分；10%—20%（含）的得4分；20%—30%（含）的得3分；"
              "30%以上不得分。自评得分为4分。")
    doc.add_paragraph("6.“三公”经费控制率（5分）", style="Heading 3")
    para(doc, f"“三公”经费控制率=实际支出数÷预算数×100%={fm(sg_actual)}÷{fm(sg_budget)}×100%={fp(sg_ctrl)}。"
              "评分标准：控制率≤100%的得满分，每超过1个百分点扣1分。自评得分为5分。")
    doc.add_paragraph("7.“三公”经费变动率（3分）", style="Heading 3")
    para(doc, f"“三公”经费变动率=（本年预算数-上年预算数）÷上年预算数×100%=（{fm(sg_budget)}-{fm(sg_budget_prev)}）"
              f"÷{fm(sg_budget_prev)}×100%={fp(sg_change)}。变动率≤0的得3分，大于0的不得分。自评得分为3分。")
    doc.add_paragraph("8.政府采购执行率（4分）", style="Heading 3")
    para(doc, f"2024年政府采购预算{fm(gp_budget)}万元，实际采购金额{fm(gp_actual)}万元，政府采购执行率为{fp(gp_rate)}。"
              "评分标准：执行率达到90%及以上的得4分；80%（含）—90%的得3分；80%以下的不得分。部分医疗设备采购因"
              "厂家供货延迟结转至下年度执行。自评得分为4分。")
    doc.add_paragraph("9.管理制度健全性（4分）", style="Heading 3")
    # PLANT YR003: a prior year's 预算 said to be published
    para(doc, "我委修订完善了《财务管理办法》《预算绩效管理实施细则》《政府采购内部控制规程》等制度，严格执行预决算"
              "公开制度，2023年度部门预算已于2023年2月在市政府门户网站公开。自评得分为4分。")
    doc.add_paragraph("10.资产管理规范性（4分）", style="Heading 3")
    para(doc, "年末对固定资产开展全面清查，账实基本相符。评分标准：资产配置、使用、处置规范的得满分，每发现一处"
              "不规范扣0.5分。清查中发现疾控中心2台检测设备验收后未及时入账，扣1分，自评得分为3分。")

    doc.add_paragraph(f"（三）产出指标（{group_max['产出']}分）", style="Heading 2")
    doc.add_paragraph("11.重点工作任务完成率（10分）", style="Heading 3")
    para(doc, "市委、市政府下达我委的年度重点工作任务共12项，全部按期完成，完成率100%。评分标准：完成率达到100%的得"
              "满分，每少完成1项扣1分。自评得分为10分。")
    doc.add_paragraph("12.基本公共卫生服务项目完成情况（8分）", style="Heading 3")
    para(doc, "2024年度基本公共卫生服务项目经省级绩效考核，考核得分92.6分。本指标得分=考核得分÷100×8"
              f"=92.6÷100×8={fs(phc)}分，自评得分为{fs(phc)}分。")
    doc.add_paragraph("13.65岁以上老年人健康管理率（6分）", style="Heading 3")
    para(doc, f"全市辖区65岁以上常住老年人{elder_all}人，纳入健康管理{elder_managed}人，健康管理率为{fp(elder_rate)}，"
              "高于62%的目标值。评分标准：达到目标值的得满分，每低于目标值1个百分点扣1分。自评得分为6分。")
    doc.add_paragraph("14.法定传染病报告及时率（6分）", style="Heading 3")
    para(doc, "全年网络直报法定传染病报告卡3826张，全部在规定时限内报告，报告及时率100%。自评得分为6分。")

    doc.add_paragraph(f"（四）效益指标（{group_max['效益']}分）", style="Heading 2")
    doc.add_paragraph("15.居民健康素养水平（10分）", style="Heading 3")
    para(doc, "经省级居民健康素养监测，我市居民健康素养水平为29.30%，达到28%以上的目标。自评得分为10分。")
    doc.add_paragraph("16.服务对象满意度（10分）", style="Heading 3")
    para(doc, f"委托第三方开展满意度调查，发放问卷1200份，回收有效问卷{sat_valid}份，其中表示“满意”或“比较满意”的"
              f"{sat_ok}份，满意度={sat_ok}÷{sat_valid}×100%={fp(sat)}。评分标准：满意度≥90%得10分；80%（含）—90%"
              "得8分；70%（含）—80%得5分；70%以下不得分。自评得分为10分。")

    doc.add_paragraph("五、自评结论", style="Heading 1")
    para(doc, f"经对照评价指标逐项打分，我委2024年度部门整体支出绩效自评得分为{fs(score)}分，评价等级为“优秀”。"
              "等级划分标准：90分（含）以上为优秀，80分（含）—90分为良好，60分（含）—80分为合格，60分以下为不合格。"
              "各指标得分情况见附表。")

    doc.add_paragraph("六、存在的问题及原因", style="Heading 1")
    numbered_list(doc, [
        "部分专项资金年初预算细化不够，年中追加和调剂较多，预算调整率偏高。",
        "政府采购执行进度偏慢，部分医疗设备采购项目结转至下年度。",
        "个别二级单位资产管理不够及时，存在资产入账滞后现象。",
    ], lvl_text="%1.")
    doc.add_paragraph("七、改进措施", style="Heading 1")
    numbered_list(doc, [
        "提前谋划项目，推动专项资金在年初预算中细化到具体项目。",
        "加强政府采购计划管理，按月通报采购执行进度。",
        "落实资产管理责任，定期开展资产清查和账实核对。",
    ], lvl_text="%1.")
    doc.add_paragraph("八、自评结果应用", style="Heading 1")
    para(doc, "自评结果将在委门户网站公开，并作为2026年度预算安排和项目立项的重要参考。")
    para(doc, "自评工作小组组长（签字）：周建平", indent=False)
    para(doc, "江州市卫生健康委员会（盖章）", indent=False)
    para(doc, "2025年3月15日", indent=False)

    page_break(doc)
    para(doc, "附表", bold=True, indent=False)
    para(doc, "江州市卫生健康委员会2024年度部门整体支出绩效自评指标得分表", bold=True, center=True)
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分"]]
    merges = []
    start = {}
    for i, (g1, g2, name, mx, sc) in enumerate(ind):
        r = i + 1
        first1 = i == 0 or ind[i - 1][0] != g1
        first2 = first1 or ind[i - 1][1] != g2
        rows.append([f"{g1}（{group_max[g1]}分）" if first1 else "", g2 if first2 else "", name, str(mx), fs(sc)])
        if first1:
            start[g1] = r
        if first2:
            start[(g1, g2)] = r
    for key, r0 in start.items():
        if isinstance(key, tuple):
            r1 = max(i + 1 for i, x in enumerate(ind) if (x[0], x[1]) == key)
            if r1 > r0:
                merges.append(((r0, 1), (r1, 1)))
        else:
            r1 = max(i + 1 for i, x in enumerate(ind) if x[0] == key)
            if r1 > r0:
                merges.append(((r0, 0), (r1, 0)))
    rows.append(["合计", "", "", "100", fs(score)])
    merges.append(((len(rows) - 1, 0), (len(rows) - 1, 2)))
    add_table(doc, rows, merges=merges, header_rows=1, repeat=True)

    out = HELDOUT / FOLDER / "report.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    docx_to_pdf(out, out.with_suffix(".pdf"))
    return out
