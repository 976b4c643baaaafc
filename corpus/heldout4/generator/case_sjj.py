"""江苏 淮澄市审计局 2024 — 市级部门整体支出绩效自评报告 (TXT).

Jiangsu city form: 报告正文 with 一、部门基本情况 … 五、存在问题 六、改进措施, an 支出决算
按功能分类 table in 元 with 合计 on top and 类/款/项 小计 groups, a 三公 table with
合计 row first and 其中 rows plus 上年决算 and 预算 columns, and the 财预〔2020〕10号 style
自评表 (年初预算数/全年预算数/全年执行数/分值/执行率/得分, then 一级/二级/三级指标 with
年度指标值/实际完成值/分值/得分/偏差原因). Six planted defects (see ../sjj-huaicheng-2024/NOTES.md).
"""

from __future__ import annotations

from common import D, check, money, pct, q, total, wan
from render import Caption, H, P, Sign, Table, Title

SLUG = "sjj-huaicheng-2024"
FORMATS = ["txt"]

# ------------------------------------------------------------------ figures (元)
carry = D("286400.00")
inc_gov = D("18652300.00")
inc_other = D("120000.00")
inc_total = inc_gov + inc_other

# functional classification, 元
f_run = D("8246215.36")       # 行政运行
f_admin = D("1318904.00")     # 一般行政管理事务 (project)
f_audit = D("4000000.00")     # 审计业务 (project)
f_inst = D("1900000.00")      # 事业运行 (审计中心)
f_pension = D("1120000.00")
f_annuity = D("560000.00")
f_med_adm = D("620000.00")
f_med_inst = D("140000.00")
f_house = D("900000.00")
g201 = total(f_run, f_admin, f_audit, f_inst)
g208 = total(f_pension, f_annuity)
g210 = total(f_med_adm, f_med_inst)
g221 = f_house
spend = total(g201, g208, g210, g221)
project = f_admin + f_audit
basic = spend - project
staff_cost = D("11902480.12")
public_cost = basic - staff_cost
balance = carry + inc_total - spend
check(spend == D("18805119.36"), "spend")
check(basic == D("13486215.36"), "basic")

# 三公 (元)
b_car, b_rec = D("180000.00"), D("60000.00")
a_car, a_rec = D("156320.00"), D("38450.00")
p_car, p_rec = D("168900.00"), D("41200.00")
a_3g = a_car + a_rec  # 194,770.00
a_3g_written = D("197470.00")  # PLANTED AR001: digits transposed
p_3g = p_car + p_rec

# budget (万元)
budget_initial = D("1842.60")
budget_full = D("1905.87")
spend_wan = q(spend / 10000)
rate_true = q(spend_wan / budget_full * 100)
check(str(rate_true) == "98.67", "rate")
rate_written = "99.67%"  # PLANTED AR003
score_exec = D("9.97")  # PLANTED SC003: scored at the written 99.67% (true 9.87)

# project execution table (万元)
PROJ_EXEC = [("审计业务经费", D("380.00"), D("410.00"), D("400.00")),
             ("一般行政管理事务", D("120.00"), D("135.00"), q(f_admin / 10000))]
pe_init = total(*(r[1] for r in PROJ_EXEC))
pe_full = total(*(r[2] for r in PROJ_EXEC))
pe_exec = total(*(r[3] for r in PROJ_EXEC))
check(pe_exec == q(project / 10000), "project exec")

# staff
auth_adm, auth_inst = 38, 16
auth = auth_adm + auth_inst  # 54
real_adm, real_inst = 36, 15
real = real_adm + real_inst
auth_in_table = 52  # PLANTED IC001

# 自评表 indicators: (一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差原因)
IND = [
    ("产出指标", "数量指标", "完成审计（调查）项目数", "≥42个", "45个", D(8), D(8), ""),
    ("产出指标", "数量指标", "审计覆盖预算单位数", "≥60家", "63家", D(7), D(7), ""),
    ("产出指标", "数量指标", "报送审计信息被采用篇数", "≥25篇", "31篇", D(5), D("5.5"), ""),  # PLANTED SC001
    ("产出指标", "质量指标", "审计报告复核合格率", "100%", "100%", D(10), D(10), ""),
    ("产出指标", "质量指标", "审计整改完成率", "≥90%", "87.6%", D(10), D("9.73"), "部分问题涉及历史遗留，需跨年度整改"),
    ("产出指标", "时效指标", "年度审计计划按期完成率", "≥95%", "97.8%", D(10), D(10), ""),
    ("效益指标", "经济效益指标", "促进增收节支金额", "≥2亿元", "1.82亿元", D(10), D("9.1"), "部分项目审减金额低于预期"),
    ("效益指标", "社会效益指标", "移送违纪违法问题线索办结反馈率", "≥90%", "88.9%", D(10), D("9.88"), "1件线索尚在办理中"),
    ("效益指标", "可持续影响指标", "审计整改长效机制建立", "健全", "基本健全", D(5), D(4), "部分单位整改台账更新不及时"),
    ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥95%", "93.2%", D(5), D("4.91"), "个别单位对审计时间安排有意见"),
]
ind_max = total(*(r[5] for r in IND))
check(ind_max == 80, "indicator maxima 80")
# 10 for 预算执行率 + 10 for 部门管理 (二级 表内 2 rows)
MGMT = [
    ("管理指标", "预算管理", "“三公”经费控制", "不超预算", "未超预算", D(5), D(5), ""),
    ("管理指标", "资产管理", "固定资产账实相符率", "100%", "100%", D(5), D(5), ""),
]
total_score = score_exec + total(*(r[6] for r in IND)) + total(*(r[6] for r in MGMT))
check(total_score == D("98.09"), f"total {total_score}")


def blocks():
    b = []
    b.append(Title("淮澄市审计局2024年度部门整体支出绩效自评报告"))
    b.append(P("根据《江苏省财政厅关于开展2024年度省级部门预算绩效自评工作的通知》精神和淮澄市财政局《关于做好2024年度市级预算部门整体支出绩效自评工作的通知》（淮财绩〔2025〕3号）要求，我局成立绩效自评工作小组，对2024年度部门整体支出情况开展了自评，现将有关情况报告如下。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P("淮澄市审计局是市政府工作部门，主管全市审计工作，负责对市级预算执行、决算草案和其他财政收支、国有企业、政府投资项目、领导干部经济责任等进行审计监督。局机关内设办公室、法规审理科、财政审计科、经济责任审计科、固定资产投资审计科、企业审计科6个科室，下设淮澄市政府投资审计中心1个全额拨款事业单位。"))
    b.append(P("主要职责包括：贯彻执行审计工作方针政策和法律法规；组织编制全市审计项目计划并组织实施；向市委审计委员会、市政府报告审计工作，代市政府起草年度市级预算执行和其他财政收支审计工作报告；依法对市级部门、单位的财政财务收支，国有企业和国有资本占控股地位企业的资产负债损益，政府投资和以政府投资为主的建设项目的预算执行情况和决算，以及领导干部履行经济责任、自然资源资产管理和生态环境保护责任情况进行审计；对下级审计机关进行业务领导。"))
    b.append(H(2, "（二）人员情况"))
    b.append(P(f"全局核定编制{auth}名，其中行政编制{auth_adm}名、事业编制{auth_inst}名；2024年末实有人员{real}人，其中局机关{real_adm}人、审计中心{real_inst}人。另有退休人员27人，由社保统一发放。"))
    b.append(Table([
        ["项目", "编制人数", "实有人数", "退休人数", "车辆（辆）"],
        ["全局", str(auth_in_table), str(real), "27", "3"],
    ]))
    b.append(H(2, "（三）部门收支情况"))
    b.append(P(f"2024年度本部门收入合计{wan(inc_total)}万元，其中一般公共预算财政拨款收入{wan(inc_gov)}万元、其他收入{wan(inc_other)}万元；上年结转{wan(carry)}万元。本年支出合计{wan(spend)}万元，其中基本支出{wan(basic)}万元（人员经费{wan(staff_cost)}万元、公用经费{wan(public_cost)}万元），项目支出{wan(project)}万元。年末结转和结余{wan(balance)}万元。"))
    b.append(P(f"其中，政府投资审计中心支出{wan(f_inst + f_med_inst + D('680000.00'))}万元，全部为基本支出。"))
    b.append(Caption("表1  2024年度支出决算表（按功能分类）"))
    b.append(Caption("单位：元"))
    rows = [
        ["科目编码", "科目名称", "本年支出", "基本支出", "项目支出"],
        ["", "合计", money(spend), money(basic), money(project)],
        ["201", "一般公共服务支出", money(g201), money(f_run + f_inst), money(project)],
        ["20108", "  审计事务", money(g201), money(f_run + f_inst), money(project)],
        ["2010801", "    行政运行", money(f_run), money(f_run), ""],
        ["2010802", "    一般行政管理事务", money(f_admin), "", money(f_admin)],
        ["2010804", "    审计业务", money(f_audit), "", money(f_audit)],
        ["2010850", "    事业运行", money(f_inst), money(f_inst), ""],
        ["208", "社会保障和就业支出", money(g208), money(g208), ""],
        ["20805", "  行政事业单位养老支出", money(g208), money(g208), ""],
        ["2080505", "    机关事业单位基本养老保险缴费支出", money(f_pension), money(f_pension), ""],
        ["2080506", "    机关事业单位职业年金缴费支出", money(f_annuity), money(f_annuity), ""],
        ["210", "卫生健康支出", money(g210), money(g210), ""],
        ["21011", "  行政事业单位医疗", money(g210), money(g210), ""],
        ["2101101", "    行政单位医疗", money(f_med_adm), money(f_med_adm), ""],
        ["2101102", "    事业单位医疗", money(f_med_inst), money(f_med_inst), ""],
        ["221", "住房保障支出", money(g221), money(g221), ""],
        ["22102", "  住房改革支出", money(g221), money(g221), ""],
        ["2210201", "    住房公积金", money(f_house), money(f_house), ""],
    ]
    b.append(Table(rows))
    b.append(P(f"按支出性质分，人员经费{money(staff_cost)}元，占支出合计的{pct(staff_cost, spend)}；公用经费{money(public_cost)}元，占{pct(public_cost, spend)}。"))
    b.append(Caption("表2  2024年度“三公”经费支出情况表"))
    b.append(Caption("单位：元"))
    b.append(Table([
        ["项目", "2024年预算数", "2024年决算数", "2023年决算数"],
        ["合计", money(b_car + b_rec), money(a_3g_written), money(p_3g)],
        ["1.因公出国（境）费", "0.00", "0.00", "0.00"],
        ["2.公务用车购置及运行维护费", money(b_car), money(a_car), money(p_car)],
        ["其中：公务用车购置费", "0.00", "0.00", "0.00"],
        ["      公务用车运行维护费", money(b_car), money(a_car), money(p_car)],
        ["3.公务接待费", money(b_rec), money(a_rec), money(p_rec)],
    ]))
    b.append(P(f"2024年公务用车运行维护费{wan(a_car)}万元，较上年减少{wan(p_car - a_car)}万元；公务接待费{wan(a_rec)}万元，较上年减少{wan(p_rec - a_rec)}万元，全年接待批次42批、人次386人次。“三公”经费决算较上年下降{pct(p_3g - a_3g, p_3g)}，均控制在预算以内。"))
    b.append(H(1, "二、部门整体支出绩效目标完成情况"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(f"2024年年初预算{budget_initial}万元，年中追加审计业务经费等{budget_full - budget_initial}万元，全年预算数{budget_full}万元，全年执行数{spend_wan}万元。预算执行率=全年执行数/全年预算数×100%={spend_wan}/{budget_full}×100%={rate_written}。按“执行率×分值”计分，该项得{score_exec}分。"))
    b.append(H(2, "（二）产出完成情况"))
    b.append(P("全年共完成审计（调查）项目45个，其中预算执行审计11个、经济责任审计14个、政府投资审计12个、专项审计调查8个，审计覆盖预算单位63家。查出违规金额3.26亿元，其中已整改2.84亿元；查出管理不规范金额7.15亿元。向纪检监察和司法机关移送问题线索9件，已办结反馈8件，办结反馈率88.9%。"))
    b.append(P("政府投资审计中心全年完成结算审计项目96个，送审金额18.47亿元，审减金额1.26亿元，审减率6.82%。"))
    b.append(P("1.预算执行审计。完成2023年度市级预算执行和其他财政收支审计，延伸审计市级预算单位28家，涉及资金86.35亿元；查出预算编制不够细化、结余资金未及时清理等问题37个，涉及金额2.18亿元，已督促整改问题33个、整改金额1.97亿元。"))
    b.append(P("2.经济责任审计。完成经济责任审计项目14个，涉及领导干部16人，其中党政主要领导干部11人、国有企业领导人员5人；提出审计建议58条，被采纳52条。"))
    b.append(P("3.政府投资审计。完成政府投资审计项目12个，审计总投资额34.62亿元，其中政府性基金安排投资12.40亿元；发现工程多计价、未按规定招标等问题41个。"))
    b.append(P("4.专项审计调查。开展养老服务资金、稳就业政策落实等8项专项审计调查，揭示政策落实中的堵点问题19个，形成综合性审计报告3篇。"))
    b.append(P("5.审计信息和队伍建设。全年编报审计信息78篇，被市级以上采用31篇，其中省级采用6篇。组织业务培训6期、培训320人次；全局51名在职人员中具有审计、会计等中级以上职称的32人，占" + pct(D(32), D(51)) + "。"))
    b.append(Caption("表3  2024年度项目支出执行情况表"))
    b.append(Caption("单位：万元"))
    rows = [["项目名称", "年初预算数", "调整后预算数", "执行数", "执行率"]]
    for n, a, f, e in PROJ_EXEC:
        rows.append([n, str(a), str(f), str(e), pct(e, f)])
    rows.append(["合计", str(pe_init), str(pe_full), str(pe_exec), pct(pe_exec, pe_full)])
    b.append(Table(rows))
    b.append(H(2, "（三）效益实现情况"))
    b.append(P("通过审计促进增收节支1.82亿元，推动出台和完善制度46项；审计整改完成率87.6%，较上年提高4.2个百分点。发放满意度调查问卷120份，收回118份，被审计单位满意度93.2%。"))
    b.append(P("审计整改方面，建立“清单制+责任制+销号制”整改机制，对2024年审计查出的问题逐项建立台账，已完成整改问题数占应整改问题数的87.6%；对上年度审计发现的9个未完成整改问题开展“回头看”，已整改到位7个，剩余2个列入长期整改计划。"))
    b.append(P("政府投资审计中心编制16名，2024年末实有15人，全年派出投资审计组42个，完成结算审计的96个项目中，市政基础设施项目38个、房屋建筑项目29个、水利及其他项目29个。"))
    b.append(H(2, "（四）部门管理情况"))
    b.append(P(f"在职人员控制率=实有人数/编制数×100%={real}/{auth}×100%={pct(real, auth)}。全年政府采购金额86.40万元，均按规定程序实施。固定资产总额412.36万元，其中在用412.36万元，账实相符。2024年度部门预算、2023年度部门决算均已在淮澄市人民政府门户网站公开。"))
    b.append(P("内部管理方面，全年召开党组会议24次、局务会议12次，修订《淮澄市审计局财务管理办法》等内部管理制度9项；严格执行中央八项规定精神，全年未发生违规违纪问题。局机关公务用车3辆，均为执法执勤用车，运行维护费按车辆单独核算。"))
    b.append(H(1, "三、自评结论"))
    b.append(P(f"经自评，2024年度部门整体支出绩效自评得分{total_score}分，评价等级为“优”。（评价等级：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。）"))
    b.append(H(1, "四、存在问题"))
    b.append(P("一是部分审计项目年初计划与实际执行存在偏差，个别项目结转至下一年度实施；二是审计整改跟踪问效机制还需完善，少数历史遗留问题整改进度偏慢；三是审计信息化建设投入不足，大数据审计应用水平不高。"))
    b.append(H(1, "五、改进措施"))
    b.append(P("一是科学编制年度审计项目计划，加强项目预算与计划的衔接；二是健全审计整改“对账销号”制度，将整改情况纳入单位年度考核；三是2025年计划投入45万元推进审计数据分析平台建设，提升大数据审计能力。"))
    b.append(H(1, "六、绩效自评结果应用"))
    b.append(P("自评结果将作为2025年度部门预算安排的重要参考，并按要求随部门决算一并公开。"))
    # 自评表
    b.append(Caption("附件：2023年度部门整体支出绩效自评表"))  # PLANTED YR001
    b.append(P("部门名称：淮澄市审计局（公章）            填报日期：2025年3月18日"))
    rows = [
        ["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", str(budget_initial), str(budget_full), str(spend_wan), "10", rate_written, str(score_exec)],
        ["其中：当年财政拨款", "", "1842.60", "1877.23", "1852.51", "—", "—", "—"],
        ["      上年结转资金", "", "0.00", "28.64", "28.00", "—", "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    for r in IND + MGMT:
        rows.append([r[0], r[1], r[2], r[3], r[4], str(r[5]), str(r[6]), r[7]])
    rows.append(["总分", "", "", "", "", "100", str(total_score), ""])
    b.append(Table(rows, merges=[(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (len(rows) - 1, 0, len(rows) - 1, 4)]))
    b.append(P("评分说明：预算执行率按“执行率×分值”计分，最高不超过分值；其余指标完成目标值的得满分，未完成的按完成比例计分。"))
    b.append(Sign([
        "自评工作小组组长（签字）：周启明",
        "淮澄市审计局（盖章）",
        "2024年12月20日",  # PLANTED YR002
    ]))
    return b
