"""湖北 清川县自然资源和规划局 2024 — 县级部门整体绩效自评报告 (DOCX, heading styles). CLEAN.

Hubei county form: 一、部门基本情况 …六、其他需要说明的问题; a side-by-side 收入支出决算总表
(收入 | 金额 | 支出 | 金额), a transposed per-unit table (rows 编制数/实有人数/本年支出 with
其中 rows, columns 合计 first then three units), the 10号 budget block with 其中 rows and a
score sheet with 一级指标 小计 rows and 未完成原因 column; Chinese-numeral seal date.
Every figure is consistent (asserted below).
"""

from __future__ import annotations

from common import D, check, pct, q, total
from render import Caption, H, P, Sign, Table, Title

SLUG = "zrzy-qingchuan-2024"
FORMATS = ["docx"]

inc = {"gov": D("2436.18"), "fund": D("1250.00"), "biz": D("86.42"), "other": D("12.30")}
inc_total = total(*inc.values())
carry = D("318.55")
fn = {"208": D("372.15"), "210": D("146.00"), "212": D("1160.00"), "220": D("1930.47"), "221": D("190.00")}
spend = total(*fn.values())
basic, staff, public = D("1426.73"), D("1218.40"), D("208.33")
project = spend - basic
balance = inc_total + carry - spend
check(spend == D("3798.62") and project == D("2371.89") and staff + public == basic, "spend")
check(balance == D("304.83"), "balance")

units = ["局机关", "县不动产登记中心", "县自然资源执法大队"]
u_auth, u_real = [34, 14, 10], [33, 13, 9]
u_basic = [D("862.16"), D("328.20"), D("236.37")]
u_proj = [D("2330.24"), D("33.65"), D("8.00")]
check(total(*u_basic) == basic and total(*u_proj) == project, "units")
auth, real = sum(u_auth), sum(u_real)

proj_items = [("土地整治和耕地保护", D("1160.00")), ("国土空间规划编制", D("156.40")),
              ("自然资源调查监测", D("428.75")), ("不动产登记及信息化", D("186.32")),
              ("地质灾害防治和执法监督", D("440.42"))]
check(total(*(v for _, v in proj_items)) == project, "project items")

b_init = (D("3310.00"), D("0.00"), D("92.60"))
b_full = (D("3544.88"), carry, D("98.72"))
b_exec = (D("3402.30"), D("297.60"), D("98.72"))
check(sum(b_exec) == spend and sum(b_full) == D("3962.15") and sum(b_init) == D("3402.60"), "budget")
rate = q(spend / sum(b_full) * 100)
score_exec = q(rate / 100 * 10)
check(str(rate) == "95.87" and score_exec == D("9.59"), f"{rate} {score_exec}")

s3_b = (D("26.00"), D("6.00"))
s3_a = (D("23.18"), D("4.28"))
s3_p = D("29.85")

fa_total, fa_use = D("1286.40"), D("1241.73")

IND = [
    ("产出指标", "数量指标", "年度国土变更调查图斑核实数", "≥3000个", "3246个", D(10), D(10), ""),
    ("产出指标", "数量指标", "不动产登记办件量", "≥1.2万件", "1.36万件", D(8), D(8), ""),
    ("产出指标", "数量指标", "卫片执法图斑核查率", "100%", "100%", D(8), D(8), ""),
    ("产出指标", "质量指标", "耕地保有量", "≥38.62万亩", "38.75万亩", D(8), D(8), ""),
    ("产出指标", "质量指标", "不动产登记一次办结率", "≥98%", "97.4%", D(6), D("5.96"), "个别历史遗留登记需补充材料，已建立台账跟踪"),
    ("产出指标", "时效指标", "乡镇国土空间规划按期报批率", "100%", "90%", D(10), D(9), "1个乡镇规划因村庄布局调整未按期报批，2025年一季度完成"),
    ("效益指标", "经济效益指标", "土地出让收入", "≥8亿元", "6.85亿元", D(10), D("8.56"), "房地产市场下行，2宗经营性用地流拍"),
    ("效益指标", "社会效益指标", "违法用地案件查处率", "≥95%", "100%", D(10), D(10), ""),
    ("效益指标", "生态效益指标", "地质灾害隐患点监测覆盖率", "100%", "100%", D(10), D(10), ""),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "94.6%", D(10), D(10), ""),
]
groups = ["产出指标", "效益指标", "满意度指标"]
g_max = {g: total(*(r[5] for r in IND if r[0] == g)) for g in groups}
g_score = {g: total(*(r[6] for r in IND if r[0] == g)) for g in groups}
check(sum(g_max.values()) == 90, "maxima")
total_score = score_exec + sum(g_score.values())
check(total_score == D("97.11"), f"total {total_score}")


def blocks():
    b = []
    b.append(Title("清川县自然资源和规划局2024年度部门整体绩效自评报告"))
    b.append(P("按照《湖北省财政厅关于开展2024年度预算绩效自评工作的通知》和县财政局《关于开展2024年度县直部门整体绩效自评工作的通知》（清财绩发〔2025〕2号）要求，我局对2024年度部门整体支出开展了绩效自评，现将自评情况报告如下。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P("清川县自然资源和规划局负责全县自然资源统一确权登记、国土空间规划编制和监督实施、耕地保护和土地整治、不动产登记、地质灾害防治及自然资源执法监督等工作。"))
    b.append(H(2, "（二）机构设置及人员情况"))
    b.append(P(f"本部门由局机关和县不动产登记中心、县自然资源执法大队2个二级单位组成，共3个预算单位。局机关内设办公室、规划科、耕地保护科、调查确权科、生态修复科5个股室，另设乡镇自然资源所12个。全局核定编制{auth}名，年末实有人数{real}人，具体情况见表1。"))
    b.append(Caption("表1  2024年度部门人员及支出情况（按单位）"))
    rows = [["项目", "合计"] + units,
            ["编制数（名）", str(auth)] + [str(x) for x in u_auth],
            ["实有人数（人）", str(real)] + [str(x) for x in u_real],
            ["本年支出（万元）", f"{spend:,}"] + [f"{b_ + p_:,}" for b_, p_ in zip(u_basic, u_proj)],
            ["其中：基本支出", f"{basic:,}"] + [f"{x:,}" for x in u_basic],
            ["      项目支出", f"{project:,}"] + [f"{x:,}" for x in u_proj]]
    b.append(Table(rows))
    b.append(H(2, "（三）部门年度整体收支情况"))
    b.append(P(f"2024年度本部门本年收入合计{inc_total:,}万元，其中：一般公共预算财政拨款收入{inc['gov']:,}万元，政府性基金预算财政拨款收入{inc['fund']:,}万元，事业收入{inc['biz']}万元，其他收入{inc['other']}万元。加上年结转结余{carry}万元，收入总计{inc_total + carry:,}万元。"))
    b.append(P(f"本年支出合计{spend:,}万元，其中：基本支出{basic:,}万元，占{pct(basic, spend)}；项目支出{project:,}万元，占{pct(project, spend)}。基本支出中，人员经费{staff:,}万元，公用经费{public}万元。年末结转和结余{balance}万元。"))
    b.append(Caption("表2  2024年度收入支出决算总表"))
    b.append(Caption("单位：万元"))
    b.append(Table([
        ["收入", "", "支出", ""],
        ["项目", "决算数", "项目", "决算数"],
        ["一般公共预算财政拨款收入", f"{inc['gov']:,}", "社会保障和就业支出", str(fn["208"])],
        ["政府性基金预算财政拨款收入", f"{inc['fund']:,}", "卫生健康支出", str(fn["210"])],
        ["事业收入", str(inc["biz"]), "城乡社区支出", f"{fn['212']:,}"],
        ["其他收入", str(inc["other"]), "自然资源海洋气象等支出", f"{fn['220']:,}"],
        ["", "", "住房保障支出", str(fn["221"])],
        ["本年收入合计", f"{inc_total:,}", "本年支出合计", f"{spend:,}"],
        ["上年结转结余", str(carry), "年末结转和结余", str(balance)],
        ["收入总计", f"{inc_total + carry:,}", "支出总计", f"{spend + balance:,}"],
    ], merges=[(0, 0, 0, 1), (0, 2, 0, 3)]))
    items = "、".join(f"{n}{v:,}万元" for n, v in proj_items)
    b.append(P(f"项目支出{project:,}万元，其中：{items}。"))
    b.append(P(f"“三公”经费：2024年预算{sum(s3_b)}万元，决算{sum(s3_a)}万元，其中公务用车运行维护费{s3_a[0]}万元、公务接待费{s3_a[1]}万元，因公出国（境）费和公务用车购置费均为0。“三公”经费决算较上年{s3_p}万元下降{pct(s3_p - sum(s3_a), s3_p)}。"))
    b.append(H(1, "二、部门整体支出绩效目标设定及完成情况"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(f"2024年年初预算{sum(b_init):,}万元，全年预算（调整后预算）{sum(b_full):,}万元，全年执行{spend:,}万元，预算执行率{rate}%。年初预算与调整后预算的差额主要为年中追加的土地整治项目资金和上年结转资金。"))
    b.append(H(2, "（二）绩效目标完成情况"))
    b.append(P("1.产出方面。完成2024年度国土变更调查，核实图斑3246个；办理不动产登记1.36万件，一次办结率97.4%；卫片执法图斑核查率100%；全县耕地保有量38.75万亩，完成市下达38.62万亩的保护任务；全县10个乡镇中9个完成乡镇国土空间规划报批，按期报批率90%。"))
    b.append(P("2.效益方面。全年实现土地出让收入6.85亿元；查处违法用地案件23起，查处率100%；全县76处地质灾害隐患点全部落实群测群防，监测覆盖率100%，全年未发生因灾伤亡事件。"))
    b.append(P("3.满意度方面。通过“好差评”系统和问卷收集评价2,318条，办事群众满意度94.6%。"))
    b.append(H(2, "（三）部门管理情况"))
    b.append(P(f"在职人员控制率={real}/{auth}×100%={pct(real, auth)}。政府采购预算420.00万元，实际采购396.58万元，执行率{pct(D('396.58'), D('420.00'))}。固定资产总额{fa_total:,}万元，其中在用{fa_use:,}万元、待处置{fa_total - fa_use}万元，固定资产利用率{pct(fa_use, fa_total)}。本局2024年度部门预算和2023年度部门决算已按规定在县政府门户网站公开。"))
    b.append(H(1, "三、自评结论"))
    b.append(P(f"经自评，本部门2024年度部门整体支出绩效自评得分{total_score}分，等级为“优”。其中预算执行率得分{score_exec}分，产出指标得分{g_score['产出指标']}分，效益指标得分{g_score['效益指标']}分，满意度指标得分{g_score['满意度指标']}分。（分级标准：得分90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。）"))
    b.append(H(1, "四、存在问题及原因分析"))
    b.append(P("一是土地出让收入未达预期目标，受房地产市场影响2宗经营性用地流拍；二是乡镇国土空间规划编制进度不均衡；三是部分项目资金年底集中支付，执行进度前松后紧。"))
    b.append(H(1, "五、下一步改进措施"))
    b.append(P("一是加强土地储备和供应计划管理，优化出让时序；二是督促剩余乡镇规划于2025年一季度完成报批；三是按月通报预算执行进度，推动项目资金均衡支出。"))
    b.append(H(1, "六、其他需要说明的问题"))
    b.append(P("无。"))
    b.append(Caption("附表1  清川县自然资源和规划局2024年度部门整体支出绩效自评表"))
    rows = [
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", f"{sum(b_init):,}", f"{sum(b_full):,}", f"{spend:,}", "10", f"{rate}%", str(score_exec)],
        ["其中：当年财政拨款", "", f"{b_init[0]:,}", f"{b_full[0]:,}", f"{b_exec[0]:,}", "—", "—", "—"],
        ["      上年结转资金", "", str(b_init[1]), str(b_full[1]), str(b_exec[1]), "—", "—", "—"],
        ["      其他资金", "", str(b_init[2]), str(b_full[2]), str(b_exec[2]), "—", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分", "未完成原因和改进措施"],
    ]
    merges = [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1)]
    for g in groups:
        for r in IND:
            if r[0] == g:
                rows.append([r[0], r[1], r[2], r[3], r[4], str(r[5]), str(r[6]), r[7]])
        rows.append([f"{g}小计", "", "", "", "", str(g_max[g]), str(g_score[g]), ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    rows.append(["总分", "", "", "", "", "100", str(total_score), "自评等级：优"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    b.append(Table(rows, merges=merges))
    b.append(P("说明：预算执行率得分=执行率×10分；定量指标未达到指标值的，按实际完成值占指标值的比例计分；定性指标由评价小组根据完成情况酌情扣分。"))
    b.append(Sign([
        "单位负责人（签字）：汪德胜        财务负责人（签字）：刘芳",
        "填表人：陈晓雯        联系电话：0715-6238817",
        "清川县自然资源和规划局（盖章）",
        "二〇二五年四月十日",
    ]))
    return b
