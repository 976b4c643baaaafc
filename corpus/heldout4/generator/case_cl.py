"""广西 岜山县残疾人联合会 2024 — 县级部门整体支出绩效自评报告 (TXT). CLEAN.

Guangxi county form: 一、部门基本情况 … 六、其他需要说明的问题; a per-unit 收入支出决算表 with a
two-row header (本年收入: 小计/财政拨款/其他收入; 本年支出: 小计/基本支出/项目支出) and 合计 at
the bottom; a transposed 三公 table (rows 2024年预算/2024年决算/2023年决算); a funding-source
paragraph with no carry-over and no balance; one paragraph in full-width digits; the 10号
自评表 with 其中 rows; Chinese-numeral seal date. Every figure is consistent (asserted below).
"""

from __future__ import annotations

from common import D, check, fullwidth, pct, q, total
from render import Caption, H, P, Sign, Table, Title

SLUG = "cl-bashan-2024"
FORMATS = ["txt"]

UNITS = [  # name, 财政拨款, 其他收入, 基本, 项目, 编制, 实有
    ("县残联机关", D("412.36"), D("0.00"), D("168.42"), D("243.94"), 12, 11),
    ("县残疾人康复中心", D("286.50"), D("18.20"), D("132.60"), D("172.10"), 18, 17),
    ("县残疾人就业服务所", D("96.14"), D("0.00"), D("61.04"), D("35.10"), 6, 6),
]
for u in UNITS:
    check(u[1] + u[2] == u[3] + u[4], u[0])
gov = total(*(u[1] for u in UNITS))
oth = total(*(u[2] for u in UNITS))
basic = total(*(u[3] for u in UNITS))
project = total(*(u[4] for u in UNITS))
inc = gov + oth
spend = basic + project
check(inc == spend == D("813.20"), "balance")
auth = sum(u[5] for u in UNITS)
real = sum(u[6] for u in UNITS)
staff, public = D("318.46"), D("43.60")
check(staff + public == basic, "basic")

PROJ = [("残疾人康复救助", D("168.40")), ("残疾人就业扶持", D("86.30")), ("残疾人托养服务", D("62.50")),
        ("困难重度残疾人家庭无障碍改造", D("74.00")), ("残疾人辅助器具适配", D("38.14")),
        ("残疾人组织建设和宣传文体", D("21.80"))]
check(total(*(v for _, v in PROJ)) == project, "project")
homes, per_home = 148, D("5000")
check(homes * per_home / 10000 == D("74.00"), "homes")

s3 = {"2024年预算数": (D("1.80"), D("5.00")), "2024年决算数": (D("1.26"), D("4.66")),
      "2023年决算数": (D("1.45"), D("4.90"))}

budget_init = D("742.60")
budget_full = D("826.48")
rate = q(spend / budget_full * 100)
score_exec = q(rate / 10)
check(str(rate) == "98.39" and score_exec == D("9.84"), f"{rate} {score_exec}")
b_rows = [("其中：当年财政拨款", D("742.60"), D("808.28"), gov), ("      上年结转资金", D("0.00"), D("0.00"), D("0.00")),
          ("      其他资金", D("0.00"), D("18.20"), oth)]
check(sum(r[2] for r in b_rows) == budget_full and sum(r[3] for r in b_rows) == spend, "budget rows")

IND = [
    ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥150人", "163人", D(10), D(10), ""),
    ("产出指标", "数量指标", "困难重度残疾人家庭无障碍改造户数", "≥140户", "148户", D(10), D(10), ""),
    ("产出指标", "数量指标", "辅助器具适配人数", "≥300人", "286人", D(8), D("7.63"), "部分申请人评估后不符合适配条件，下年度加强前期筛查"),
    ("产出指标", "质量指标", "持证残疾人基本康复服务覆盖率", "≥85%", "88.6%", D(8), D(8), ""),
    ("产出指标", "时效指标", "补助资金发放及时率", "100%", "100%", D(7), D(7), ""),
    ("产出指标", "成本指标", "无障碍改造户均补助标准", "≤5000元/户", "5000元/户", D(7), D(7), ""),
    ("效益指标", "社会效益指标", "培训后实现就业人数", "≥120人", "131人", D(10), D(10), ""),
    ("效益指标", "社会效益指标", "托养服务人数", "≥80人", "76人", D(10), D("9.5"), "4名托养对象年内入住养老机构，已调整托养名单"),
    ("效益指标", "可持续影响指标", "残疾人服务长效机制", "持续完善", "持续完善", D(10), D(10), ""),
    ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", "≥90%", "95.2%", D(10), D(10), ""),
]
check(total(*(r[5] for r in IND)) == 90, "maxima")
total_score = score_exec + total(*(r[6] for r in IND))
check(total_score == D("98.97"), f"total {total_score}")


def blocks():
    b = []
    b.append(Title("岜山县残疾人联合会2024年度部门整体支出绩效自评报告"))
    b.append(P("根据《广西壮族自治区财政厅关于开展2024年度预算绩效自评工作的通知》和岜山县财政局《关于开展2024年度县本级部门整体支出绩效自评工作的通知》（岜财绩〔2025〕4号）要求，我会组织开展了2024年度部门整体支出绩效自评，现将自评情况报告如下。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(P("（一）部门职能。岜山县残疾人联合会是全县残疾人的统一组织，承担代表残疾人共同利益、维护残疾人合法权益、团结教育残疾人、为残疾人服务和管理发展残疾人事业的职责。"))
    b.append(P(f"（二）机构和人员。本部门由县残联机关、县残疾人康复中心、县残疾人就业服务所3个单位组成。全部门核定编制{auth}名，2024年末实有在职人员{real}人；其中县残联机关编制12名、实有11人，县残疾人康复中心编制18名、实有17人，县残疾人就业服务所编制6名、实有6人。"))
    b.append(H(1, "二、部门整体收支情况"))
    b.append(P(f"2024年度本部门本年收入{inc}万元，其中财政拨款收入{gov}万元、其他收入{oth}万元（为县残疾人康复中心康复服务收入）；本年支出{spend}万元，其中基本支出{basic}万元、项目支出{project}万元。本年无上年结转，年末结转和结余为0。"))
    b.append(P(f"按资金来源分，财政拨款支出{gov}万元（基本支出{basic}万元，项目支出{gov - basic}万元），其他资金支出{oth}万元（项目支出{oth}万元）。基本支出中，人员经费{staff}万元、公用经费{public}万元。"))
    b.append(Caption("表1  2024年度收入支出决算表（分单位）"))
    b.append(Caption("单位：万元"))
    rows = [["单位名称", "本年收入", "", "", "本年支出", "", ""],
            ["", "小计", "财政拨款", "其他收入", "小计", "基本支出", "项目支出"]]
    for u in UNITS:
        rows.append([u[0], str(u[1] + u[2]), str(u[1]), str(u[2]), str(u[3] + u[4]), str(u[3]), str(u[4])])
    rows.append(["合计", str(inc), str(gov), str(oth), str(spend), str(basic), str(project)])
    b.append(Table(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]))
    b.append(P("项目支出" + str(project) + "万元，具体为：" + "、".join(f"{n}{v}万元" for n, v in PROJ) + "。"))
    b.append(Caption("表2  “三公”经费情况表"))
    b.append(Caption("单位：万元"))
    rows = [["项目", "合计", "公务接待费", "公务用车运行维护费"]]
    for k, (a, c) in s3.items():
        rows.append([k, str(a + c), str(a), str(c)])
    b.append(Table(rows))
    p24, a24, a23 = (sum(v) for v in s3.values())
    b.append(P(f"2024年“三公”经费决算{a24}万元，为预算的{pct(a24, p24)}，较2023年减少{a23 - a24}万元，下降{pct(a23 - a24, a23)}。因公出国（境）费和公务用车购置费均为0。"))
    b.append(H(1, "三、部门整体支出绩效目标完成情况"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(f"2024年年初预算{budget_init}万元，年中追加残疾人康复救助、无障碍改造等项目资金，全年预算数{budget_full}万元，全年执行数{spend}万元，预算执行率{rate}%，未执行部分已按规定收回。"))
    b.append(H(2, "（二）产出完成情况"))
    b.append(P(fullwidth("全年为163名残疾儿童提供康复救助；完成困难重度残疾人家庭无障碍改造148户，每户补助标准5000元；为286名残疾人适配辅助器具；持证残疾人基本康复服务覆盖率88.6%。")))
    b.append(P("县残疾人康复中心全年开展康复训练1.26万人次，其中儿童康复训练0.84万人次、成人康复训练0.42万人次。"))
    b.append(H(2, "（三）效益实现情况"))
    b.append(P("举办残疾人实用技术和就业技能培训班9期，培训残疾人412人次，培训后实现就业131人；为76名智力、精神和重度肢体残疾人提供托养服务；发放满意度调查问卷250份，收回有效问卷248份，残疾人及家属满意度95.2%。"))
    b.append(H(2, "（四）部门管理情况"))
    b.append(P(f"在职人员控制率={real}/{auth}×100%={pct(real, auth)}。本部门2024年度部门预算、2023年度部门决算均已在岜山县人民政府门户网站公开。“全国助残日”“国际残疾人日”“全国爱耳日”3项主题宣传活动均按计划开展。"))
    b.append(H(1, "四、自评结论"))
    b.append(P(f"经自评，本部门2024年度部门整体支出绩效自评得分{total_score}分，自评等级为“优”（90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差）。"))
    b.append(H(1, "五、存在问题和改进措施"))
    b.append(P("一是辅助器具适配、托养服务等指标未全部完成，需求摸底不够精准；二是康复中心专业技术人员不足。下一步，我会将在2025年开展残疾人需求全面摸底，加强与县人民医院的康复技术合作。"))
    b.append(H(1, "六、其他需要说明的问题"))
    b.append(P("无。"))
    b.append(Caption("附件：岜山县残疾人联合会2024年度部门整体支出绩效自评表"))
    rows = [["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额", "", str(budget_init), str(budget_full), str(spend), "10", f"{rate}%", str(score_exec)]]
    for n, a, f, e in b_rows:
        rows.append([n, "", str(a), str(f), str(e), "—", "—", "—"])
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for r in IND:
        rows.append([r[0], r[1], r[2], r[3], r[4], str(r[5]), str(r[6]), r[7]])
    rows.append(["总分", "", "", "", "", "100", str(total_score), ""])
    b.append(Table(rows))
    b.append(P("评分方法：预算执行率得分=执行率×10；定量指标未达到年度指标值的，按实际完成值与年度指标值之比乘以分值计分。"))
    b.append(Sign(["单位负责人（签字）：韦秀兰", "岜山县残疾人联合会（盖章）", "二〇二五年三月二十日"]))
    return b
