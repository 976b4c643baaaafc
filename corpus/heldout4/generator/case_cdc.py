"""甘肃 陇泉市疾病预防控制中心 2024 — 市直部门（单位）整体支出绩效自评报告 (PDF, reportlab).

Gansu city form for a 公益一类事业单位: cover lines (单位名称/报告日期), 一、基本情况 二、收支情况
三、绩效指标完成情况 with numbered scored sections ``（N）指标（M分）`` holding formulas and own
rules, a 项目支出明细表 with 小计 groups, an 其中 row and 预算/决算/执行率 columns, and a
决策/过程/产出/效益 score table with 扣分原因. Six planted defects (../cdc-longquan-2024/NOTES.md).
"""

from __future__ import annotations

from common import D, check, money, pct, q, total
from render import Center, H, P, Sign, Table, Title, Caption

SLUG = "cdc-longquan-2024"
FORMATS = ["pdf"]

inc = {"财政拨款收入": D("3286.50"), "事业收入": D("412.30"), "其他收入": D("36.20")}
inc_total = total(*inc.values())
carry = D("186.40")
staff, public = D("1702.30"), D("266.45")
basic = staff + public
GROUPS = [
    ("公共卫生服务项目", [("重大传染病防控", D("500.00"), D("486.20")),
                  ("免疫规划", D("400.00"), D("392.60")),
                  ("慢性病及地方病防控", D("230.00"), D("218.40"))]),
    ("能力建设项目", [("实验室检测能力建设", D("450.00"), D("412.87")),
                ("疾控信息化建设", D("200.00"), D("186.50"))]),
    ("其他项目", [("卫生应急处置", D("120.00"), D("118.70"))]),
]
central_b, central_a = D("260.00"), D("260.00")
project = total(*(a for _, items in GROUPS for _, _, a in items))
project_b = total(*(bb for _, items in GROUPS for _, bb, _ in items))
spend = basic + project
balance = inc_total + carry - spend
check(project == D("1815.27") and spend == D("3784.02") and balance == D("137.38"), f"{project} {spend} {balance}")
sub1_written = D("1079.20")  # PLANTED AR001: 公共卫生服务项目 小计 (true 1,097.20)

budget_init, budget_full = D("3640.00"), D("3958.60")
rate = q(spend / budget_full * 100)
s_exec = q(rate / 100 * 6)
check(str(rate) == "95.59" and s_exec == D("5.74"), f"{rate} {s_exec}")
auth, real = 86, 82
fa_total, fa_use = D("2036.80"), D("1856.40")
fa_true = q(fa_use / fa_total * 100)
check(str(fa_true) == "91.14", "fa")
fa_written = "100%"  # PLANTED AR003; true 91.14%
s_fa = D(3)  # PLANTED SC003 (consequence): rule gives 3 - 8.86×0.1 = 2.11
pc_b, pc_a = D("620.00"), D("604.35")

SHEET = [
    ("决策", "绩效目标合理性", D(5), D(5), ""),
    ("决策", "预算编制科学性", D(5), D("4.5"), "年中追加实验室设备购置资金"),
    ("过程", "预算执行率", D(6), s_exec, "部分设备采购跨年支付"),
    ("过程", "在职人员控制率", D(3), D(3), ""),
    ("过程", "固定资产利用率", D(3), s_fa, ""),
    ("过程", "政府采购执行率", D(4), D(4), ""),
    ("过程", "管理制度健全性", D(4), D("3.5"), "内控制度个别条款未及时修订"),
    ("产出", "传染病报告及时率", D(10), D("9.5"), "个别医疗机构网络直报延迟"),
    ("产出", "免疫规划疫苗接种率", D(10), D("9.6"), "流动儿童接种率偏低"),
    ("产出", "流感监测样本检测数", D(10), D(8), "哨点医院送样不足"),
    ("产出", "重点工作完成率", D(10), D(10), ""),
    ("效益", "突发公共卫生事件处置率", D(10), D(9), "1起聚集性疫情报告稍有延迟"),
    ("效益", "居民健康素养水平", D(10), D("6.5"), "健康素养水平26.1%，低于目标值"),
    ("效益", "社会公众满意度", D(10), D("8.6"), "满意度86%"),
]
check(total(*(r[2] for r in SHEET)) == 100, "maxima")
total_score = total(*(r[3] for r in SHEET))
check(total_score == D("89.94"), f"total {total_score}")
grade_written = "优"  # PLANTED SC007: 89.94 is 良 under the stated bands


def blocks():
    b = []
    b.append(Title("陇泉市疾病预防控制中心2024年度部门（单位）整体支出绩效自评报告"))
    b.append(Center("单位名称：陇泉市疾病预防控制中心（公章）"))
    b.append(Center("报告日期：2025年4月"))
    b.append(H(1, "一、基本情况"))
    b.append(P("陇泉市疾病预防控制中心为市卫生健康委员会所属公益一类事业单位，承担全市传染病、慢性病和地方病防控，免疫规划，突发公共卫生事件应急处置，卫生检验检测和健康教育等职能，业务指导全市7个县区疾控中心。"))
    b.append(P(f"中心核定事业编制{auth}名，2024年末在职在编人员{real}人，另有编外聘用人员14人。内设办公室、疾病控制科、免疫规划科、检验科、健康教育科等11个科室。"))
    b.append(Caption("表1  2024年末人员结构情况"))
    b.append(Caption("单位：人"))
    b.append(Table([["项目", "人数", "占在编人数比例"],
                    ["在编人员合计", str(real), "100.00%"],
                    ["其中：专业技术人员", "68", pct(D(68), D(real))],
                    ["      其中：高级职称", "21", pct(D(21), D(real))],
                    ["            中级职称", "30", pct(D(30), D(real))],
                    ["            初级职称", "17", pct(D(17), D(real))],
                    ["      管理人员", "8", pct(D(8), D(real))],
                    ["      工勤技能人员", "6", pct(D(6), D(real))]]))
    b.append(H(1, "二、收支情况"))
    b.append(P(f"2024年中心本年收入{money(inc_total)}万元，其中财政拨款收入{money(inc['财政拨款收入'])}万元、事业收入{inc['事业收入']}万元、其他收入{inc['其他收入']}万元；上年结转结余{carry}万元。"))
    b.append(P(f"本年支出{money(spend)}万元，其中基本支出{money(basic)}万元（人员经费{money(staff)}万元、公用经费{public}万元），项目支出{money(project)}万元。年末结转结余{balance}万元。"))
    b.append(Caption("表2  2024年度项目支出明细表"))
    b.append(Caption("单位：万元"))
    rows = [["项目名称", "2024年预算数", "2024年决算数", "执行率"]]
    for gname, items in GROUPS:
        gb = total(*(x[1] for x in items))
        ga = total(*(x[2] for x in items))
        shown = sub1_written if gname == "公共卫生服务项目" else ga
        rows.append([f"{gname}小计", money(gb), money(shown), pct(ga, gb)])
        for n, bb, a in items:
            rows.append([f"  {n}", money(bb), money(a), pct(a, bb)])
            if n == "实验室检测能力建设":
                rows.append(["    其中：中央转移支付资金", money(central_b), money(central_a), pct(central_a, central_b)])
    rows.append(["合计", money(project_b), money(project), pct(project, project_b)])
    b.append(Table(rows, widths=[2.6, 1.2, 1.2, 1]))
    b.append(P(f"实验室检测能力建设项目决算{D('412.87')}万元，折合{money(D('4128700'), 2)}元，主要用于购置气相色谱质谱联用仪等检测设备，其中中央转移支付资金{central_a}万元。"))
    b.append(H(1, "三、绩效目标完成情况"))
    b.append(P("2024年，中心全年报告法定传染病12,436例，传染病报告及时率99.2%；全市免疫规划疫苗接种率96.8%；完成流感哨点监测，检测流感监测样本2,860份；完成市卫生健康委下达的重点工作任务18项。"))
    b.append(P("法定传染病报告中，乙类传染病5,218例、丙类传染病7,218例，无甲类传染病报告。全年接种免疫规划疫苗43.6万剂次；处置突发公共卫生事件及聚集性疫情9起；完成生活饮用水监测水样1,248份、食品安全风险监测样品860份；开展居民健康素养监测，全市居民健康素养水平26.1%，较上年提高1.8个百分点。"))
    b.append(P("实验室检测方面，中心全年完成各类检测样品8,426份、检测项目4.2万项次，通过CMA资质复评审，检测能力由386项扩展至412项。指导7个县区疾控中心开展实验室能力比对，合格率100%。"))
    b.append(P("健康教育方面，开展“健康甘肃行”“全民健康生活方式”等宣传活动126场，发放宣传资料8.6万份，建成健康促进示范单位35个。"))
    b.append(H(1, "四、绩效指标评分情况"))
    b.append(H(2, "（一）绩效目标合理性（5分）"))
    b.append(P("年度绩效目标与中心职能和年度工作计划相符，本项得5分。"))
    b.append(H(2, "（二）预算执行率（6分）"))
    b.append(P(f"年初预算{money(budget_init)}万元，调整后预算{money(budget_full)}万元。预算执行率=实际支出/调整后预算×100%={money(spend)}/{money(budget_full)}×100%={rate}%。评分标准：得分=执行率×分值。本项得{s_exec}分。"))
    b.append(H(2, "（三）在职人员控制率（3分）"))
    b.append(P(f"在职人员控制率=在职人数/编制数×100%={real}/{auth}×100%={pct(real, auth)}。评分标准：≤100%得满分。本项得3分。"))
    b.append(H(2, "（四）固定资产利用率（3分）"))
    b.append(P(f"固定资产总额{money(fa_total)}万元，其中在用{money(fa_use)}万元、待报废{fa_total - fa_use}万元。固定资产利用率=在用固定资产/固定资产总额×100%={money(fa_use)}/{money(fa_total)}×100%={fa_written}。评分标准：利用率100%得满分，每低于1个百分点扣0.1分，扣完为止。本项得{s_fa}分。"))
    b.append(H(2, "（五）政府采购执行率（4分）"))
    b.append(P(f"政府采购预算{pc_b}万元，实际采购{pc_a}万元，政府采购执行率{pct(pc_a, pc_b)}。评分标准：执行率≥95%得满分。本项得4分。"))
    b.append(H(2, "（六）流感监测样本检测数（10分）"))
    b.append(P("目标值：≥3,000份。全年检测流感监测样本2,680份，完成目标值的89.3%。因部分哨点医院送样不足扣2分，本项得8分。"))  # PLANTED IC005 (2,860 above)
    b.append(H(2, "（七）重点工作完成率（10分）"))
    b.append(P("依据2023年度全省疾控机构绩效考核结果（优秀等次），本项得10分。"))  # PLANTED YR004
    b.append(H(2, "（八）社会公众满意度（10分）"))
    b.append(P("委托第三方开展电话调查，有效样本500个，满意度86%。目标值≥90%。评分标准：得分=满意度×分值。本项得8.6分。"))
    b.append(H(1, "五、自评结论"))
    b.append(Caption("表3  2024年度整体支出绩效自评评分表"))
    rows = [["一级指标", "三级指标", "分值", "得分", "扣分原因"]]
    merges = []
    for g in ["决策", "过程", "产出", "效益"]:
        start = len(rows)
        for r in SHEET:
            if r[0] == g:
                rows.append([g if len(rows) == start else "", r[1], str(r[2]), str(r[3]), r[4]])
        merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["合计", "", "100", str(total_score), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    b.append(Table(rows, merges=merges, widths=[0.9, 2.2, 0.7, 0.7, 2.6]))
    b.append(P(f"综上，中心2024年度整体支出绩效自评得分{total_score}分，评价等级为“{grade_written}”。（等级划分：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。）"))
    b.append(H(1, "六、存在的问题及改进措施"))
    b.append(P("一是部分实验室设备采购跨年度支付，影响预算执行进度；二是居民健康素养水平提升较慢；三是哨点医院送样积极性不高。2025年，中心将提前启动政府采购程序，开展健康素养促进行动，完善哨点医院考核办法。"))
    b.append(Sign(["评价组组长（签字）：马晓东", "陇泉市疾病预防控制中心（盖章）", "2026年4月15日"]))  # PLANTED YR002
    return b
