"""陕西 秦原区科学技术局 2024 — 区级部门整体支出绩效自评报告 (DOCX bold headings, PDF).

Shaanxi district form: 一、部门概况 二、部门整体支出绩效目标 三、绩效目标完成情况 四、自评结论
五、问题及建议; funding-source paragraph, 科技专项资金 with 其中 by level of government,
a 一级指标 summary with 分值（A）/得分（B）/得分率（B/A）, then the 决策/过程/产出/效益 sheet with
评分标准 and 偏差原因 columns; one paragraph in full-width digits.
Six planted defects (see ../kjj-qinyuan-2024/NOTES.md).
"""

from __future__ import annotations

from common import D, check, fullwidth, pct, q, total
from render import Caption, H, P, Sign, Table, Title

SLUG = "kjj-qinyuan-2024"
FORMATS = ["docx", "pdf"]

inc_gov, inc_other = D("986.40"), D("23.60")
inc_total = inc_gov + inc_other
spend = inc_total  # no carry-over, no balance
check(spend == D("1010.00"), "spend")
gov_spend_written = D("968.40")  # PLANTED IC002: digits swapped (true 986.40)
basic, project = D("642.35"), D("367.65")
check(basic + project == spend, "basic+project")
project_written = D("377.65")  # PLANTED AR006
staff, public = D("561.20"), D("81.15")
check(staff + public == basic, "staff+public")
prev_spend = D("980.26")
fund_levels = [("区级财政安排", D("180.00")), ("市级转移支付", D("90.00")), ("省级转移支付", D("30.00"))]
fund = total(*(v for _, v in fund_levels))
voucher_yuan = D("1286500")
PLAN = [("重点研发计划", 18, D("126.00")), ("科技成果转化", 12, D("84.00")),
        ("科技创新平台建设", 6, D("48.00")), ("科技人才培育", 10, D("42.00"))]
check(sum(r[1] for r in PLAN) == 46 and total(*(r[2] for r in PLAN)) == total(*(v for _, v in [("", D("180.00")), ("", D("90.00")), ("", D("30.00"))])), "plan")
HTE = [("电子信息", 15), ("先进制造", 12), ("新材料", 7), ("生物医药", 4)]
check(sum(n for _, n in HTE) == 38, "hte")
FN = [("206", "科学技术支出", D("846.30")), ("208", "社会保障和就业支出", D("82.40")),
      ("210", "卫生健康支出", D("33.10")), ("221", "住房保障支出", D("48.20"))]
check(total(*(r[2] for r in FN)) == spend, "functional")

budget_init, budget_full = D("933.45"), D("1036.80")
exec_rate = q(spend / budget_full * 100)
exec_score = q(exec_rate / 10)
check(str(exec_rate) == "97.42" and exec_score == D("9.74"), "exec")
adj_rate = q((budget_full - budget_init) / budget_init * 100)
check(str(adj_rate) == "11.07", f"adj {adj_rate}")
adj_score_written = D(5)  # PLANTED SC002: rule gives 1.97 (pro rata), 1.5 or 2 per step

auth, real = 20, 22  # PLANTED IC006: 实有 above 编制, nothing explains it
sub_auth, sub_real = 6, 6

SHEET = [
    ("决策", "绩效目标合理性", D(5), D(5), "目标符合职能和年度计划", ""),
    ("决策", "绩效指标明确性", D(5), D("4.5"), "指标细化量化", "个别指标未设置目标值"),
    ("决策", "预算编制科学性", D(5), D(5), "预算编制经过论证", ""),
    ("过程", "预算执行率", D(10), exec_score, "执行率×10", "部分项目未完成支付"),
    ("过程", "预算调整率", D(5), adj_score_written, "调整率≤5%得满分，每超出1个百分点扣0.5分，扣完为止", ""),
    ("过程", "资金使用合规性", D(5), D(5), "无违规使用", ""),
    ("过程", "管理制度健全性", D(5), D(4), "制度健全且执行有效", "科技项目验收办法未及时修订"),
    ("产出", "科技计划项目立项数", D(10), D(10), "≥40项", ""),
    ("产出", "新认定高新技术企业数", D(10), D(10), "≥35家", ""),
    ("产出", "科技创新券兑付及时率", D(8), D("7.5"), "≥95%", "兑付及时率93.8%"),
    ("产出", "科技成果登记数", D(7), D(7), "≥60项", ""),
    ("效益", "技术合同成交额", D(10), D("9.2"), "≥13.7亿元", "完成12.6亿元"),
    ("效益", "科技型中小企业评价入库数", D(8), D(8), "≥300家", ""),
    ("效益", "服务对象满意度", D(7), D("6.5"), "≥95%", "满意度93%"),
]
groups = ["决策", "过程", "产出", "效益"]
g_max = {g: total(*(r[2] for r in SHEET if r[0] == g)) for g in groups}
g_score = {g: total(*(r[3] for r in SHEET if r[0] == g)) for g in groups}
check(sum(g_max.values()) == 100, "maxima")
sheet_total = sum(g_score.values())
check(sheet_total == D("96.44"), f"sheet {sheet_total}")
conclusion_total = sheet_total + 2  # PLANTED SC008: 98.44 in the conclusion


def blocks():
    b = []
    b.append(Title("秦原区科学技术局2024年度部门整体支出绩效自评报告"))
    b.append(P("根据《陕西省财政厅关于开展2024年度省级部门预算绩效自评工作的通知》及区财政局安排，我局组织对2024年度部门整体支出开展绩效自评，现将有关情况报告如下。"))
    b.append(H(1, "一、部门概况"))
    b.append(P("秦原区科学技术局是区政府工作部门，负责全区科技创新政策落实、科技计划项目管理、科技成果转化、高新技术企业培育和科技型中小企业服务等工作。局机关设办公室、科技计划科、成果转化科3个科室，下属秦原区科技情报研究所1个事业单位。"))
    b.append(P(f"本局核定编制{auth}名，2024年末实有人员{real}人。其中，所属科技情报研究所编制{sub_auth}名、实有{sub_real}人。"))
    b.append(P("2024年本局围绕“科技创新驱动区域高质量发展”目标，重点推进秦创原区域创新平台建设、科技型企业梯度培育、科技成果转化“三项改革”落地和科技特派员服务等工作。全年召开局务会议16次，研究科技计划项目立项、资金分配等重大事项22项。"))
    b.append(H(1, "二、部门整体收支情况"))
    b.append(P(f"2024年本局本年收入{inc_total:,}万元，其中一般公共预算财政拨款收入{inc_gov}万元，其他收入{inc_other}万元；上年结转0万元。本年支出合计{spend:,}万元，较上年{prev_spend}万元增长{pct(spend - prev_spend, prev_spend)}。年末结转和结余0万元。"))
    b.append(P(f"按资金来源分，一般公共预算财政拨款支出{gov_spend_written}万元，其他资金支出{inc_other}万元。"))
    b.append(P(f"基本支出{basic}万元，其中人员经费{staff}万元、公用经费{public}万元，主要用于保障机关及所属单位正常运转。"))
    b.append(P(f"项目支出{project_written}万元，主要用于科技计划项目、高新技术企业培育奖补和科技创新券兑付。全年安排科技专项资金{fund}万元，其中：" + "、".join(f"{n}{v}万元" for n, v in fund_levels) + f"。发放科技创新券{voucher_yuan:,}元（{q(voucher_yuan / 10000)}万元），惠及企业87家。"))
    b.append(Caption("表1  2024年度支出决算表（按功能分类）"))
    b.append(Caption("金额单位：万元"))
    rows = [["科目编码", "科目名称", "决算数", "占比"]]
    for c, n, v in FN:
        rows.append([c, n, str(v), pct(v, spend)])
    rows.append(["", "合计", f"{spend:,}", "100.00%"])
    b.append(Table(rows))
    b.append(H(1, "三、绩效目标完成情况"))
    b.append(H(2, "（一）预算执行"))
    b.append(P(f"2024年年初预算{budget_init}万元，调整后预算{budget_full:,}万元，实际支出{spend:,}万元，预算执行率{exec_rate}%。预算调整率=（调整后预算-年初预算）/年初预算×100%=（{budget_full:,}-{budget_init}）/{budget_init}×100%={adj_rate}%。"))
    b.append(H(2, "（二）产出完成情况"))
    b.append(P(fullwidth("全年组织实施区级科技计划项目46项，推荐申报省市科技计划项目31项；新认定高新技术企业38家，累计达到156家；登记科技成果64项；兑付科技创新券及时率93.8%。")))
    b.append(Caption("表2  2024年度区级科技计划项目立项及资助情况"))
    b.append(Caption("单位：项、万元"))
    rows = [["项目类别", "立项数", "资助金额"]]
    for n, c, v in PLAN:
        rows.append([n, str(c), str(v)])
    rows.append(["合计", str(sum(r[1] for r in PLAN)), str(total(*(r[2] for r in PLAN)))])
    b.append(Table(rows))
    b.append(P("新认定高新技术企业38家，其中" + "、".join(f"{n}{c}家" for n, c in HTE) + "；组织企业参加省市科技活动周、创新创业大赛等活动12场。"))
    b.append(P("组织申报202年度省级科技计划项目，获批立项12项，争取上级资金200万元。"))  # PLANTED YR007
    b.append(P("科技特派员方面，选派科技特派员42名，服务镇村和企业68个，开展技术培训96场次、培训2,860人次，引进推广新品种、新技术35项。"))
    b.append(H(2, "（三）效益实现情况"))
    b.append(P("全区技术合同成交额12.6亿元，较上年增长9.6%；科技型中小企业评价入库326家；组织“科技政策进园区”活动18场，服务企业540家次，满意度93%。"))
    b.append(H(1, "四、自评结论"))
    b.append(P(f"经评价小组综合评定，秦原区科学技术局2024年度部门整体支出绩效自评得分{conclusion_total}分，等级为“优”。"))
    b.append(Caption("表3  2024年度部门整体支出绩效自评得分汇总表"))
    rows = [["一级指标", "分值（A）", "得分（B）", "得分率（B/A）"]]
    for g in groups:
        rows.append([g, str(g_max[g]), str(g_score[g]), pct(g_score[g], g_max[g])])
    rows.append(["合计", "100", str(sheet_total), pct(sheet_total, D(100))])
    b.append(Table(rows))
    b.append(Caption("表4  2024年度部门整体支出绩效自评表"))
    rows = [["一级指标", "二级/三级指标", "分值", "得分", "评分标准（指标值）", "偏差原因"]]
    merges = []
    for g in groups:
        start = len(rows)
        for r in SHEET:
            if r[0] == g:
                rows.append([g if len(rows) == start else "", r[1], str(r[2]), str(r[3]), r[4], r[5]])
        merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["总分", "", "100", str(sheet_total), "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    b.append(Table(rows, merges=merges, widths=[0.8, 2, 0.7, 0.7, 2.6, 1.8]))
    b.append(H(1, "五、存在问题及改进建议"))
    b.append(P("一是年中追加项目较多，预算调整率偏高；二是科技创新券兑付流程较长；三是技术合同成交额未达目标。下一步，将提前谋划2025年度科技计划项目，精简兑付流程，加强技术经纪人队伍建设。"))
    b.append(Sign([
        "评价小组组长：孙建国",
        "秦原区科学技术局",
        "2025年3月28日",
    ]))
    return b
