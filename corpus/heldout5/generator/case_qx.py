"""贵州 黔岭县气象局 2024 年度部门整体支出绩效自评报告 (planted: 6).

Template: 贵州 county form after 财预〔2020〕10号 — 部门基本情况表 (编制/实有) on top, a
narrative report, and the 部门整体支出绩效自评表: 资金 rows (年度资金总额 with `其中：`
本年财政拨款 / 上年结转资金 / 其他资金; 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 /
得分), 年度总体目标 vs 实际完成, indicator rows 一级/二级/三级/年度指标值/实际完成值/分值/得分/
偏差原因, 总分 row. Funds score = 执行率 × 10 stated in a 说明 under the table.
"""

from __future__ import annotations

from common import (
    D, application_paragraphs, management_paragraphs, monitoring_paragraphs, pct,
    process_paragraphs, w,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "qx-qianling-2024"
FORMATS = ["docx"]
Y = 2024
DEPT = "黔岭县气象局"

central, local, other = D("412.60"), D("286.40"), D("1.80")
fin_inc = central + local
assert fin_inc == D("699.00")
income = fin_inc + other
assert income == D("700.80")
carry = D("8.60")
pers, pub = D("436.55"), D("61.57")
basic = pers + pub
assert basic == D("498.12")
projects = [
    ("人工影响天气作业", D("82.00"), D("80.60")),
    ("气象灾害预警能力建设", D("56.00"), D("54.28")),
    ("观测站网运行维护", D("40.50"), D("40.20")),
    ("农业气象服务", D("28.00"), D("28.00")),
]
proj = sum(p[2] for p in projects)
assert proj == D("203.08")
proj_b = sum(p[1] for p in projects)
assert proj_b == D("206.50")
total = basic + proj
assert total == D("701.20")
balance = carry + income - total
assert balance == D("8.20")
# funds rows: 年初预算, 全年预算, 全年执行
f_fin = (D("632.00"), D("701.90"), D("690.80"))
f_carry = (D("0.00"), D("8.60"), D("8.60"))
f_oth = (D("8.00"), D("2.00"), D("1.80"))
f_tot = tuple(a + b + c for a, b, c in zip(f_fin, f_carry, f_oth))
assert f_tot == (D("640.00"), D("712.50"), total)
assert fin_inc - f_fin[2] == balance
exec_rate = pct(total, f_tot[1])
assert exec_rate == D("98.41")
fund_score_true = (D(10) * total / f_tot[1]).quantize(D("0.01"))
assert fund_score_true == D("9.84")
fund_score = D(10)  # PLANTED SC002: 说明 says 执行率×10, 98.41% gives 9.84
est_nat, est_loc = 14, 6
est = est_nat + est_loc
assert est == 20
act = 19
sg_b, sg_rec, sg_car, sg_prev = D("4.20"), D("0.82"), D("2.84"), D("3.98")
sg = sg_rec + sg_car
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-8.04")

IND = [  # 一级, 二级, 三级, 指标值, 实际, 分值, 得分, 偏差
    ("产出指标", "数量指标", "地面自动气象站正常运行数", "46个", "46个", D(8), D(8), ""),
    ("产出指标", "数量指标", "人工增雨（防雹）作业次数", "≥120次", "136次", D(8), D(8), ""),
    ("产出指标", "数量指标", "发布气象预警信息条数", "≥300条", "342条", D(6), D(6), ""),
    ("产出指标", "质量指标", "暴雨预警准确率", "≥85%", "83.2%", D(8), D("6.5"), "局地强对流漏报2次"),
    ("产出指标", "质量指标", "观测数据可用率", "≥98%", "99.2%", D(6), D(8), ""),  # PLANTED SC001: 8 on a 6-point indicator
    ("产出指标", "时效指标", "预警信息平均提前量", "≥30分钟", "42分钟", D(6), D(6), ""),
    ("产出指标", "成本指标", "人影作业弹药费", "≤60万元", "58.40万元", D(8), D(8), ""),
    ("效益指标", "社会效益指标", "气象灾害造成死亡人数", "0人", "0人", D(10), D(10), ""),
    ("效益指标", "经济效益指标", "人影作业减灾增收效益", "≥2000万元", "1860万元", D(10), D("8.5"), "降雹区域超出作业覆盖范围"),
    ("效益指标", "可持续影响指标", "预警信息公众覆盖率", "≥95%", "96.3%", D(10), D(10), ""),
    ("满意度指标", "服务对象满意度指标", "公众气象服务满意度", "≥90%", "92.5%", D(10), D(10), ""),
]
assert sum(r[5] for r in IND) == 90
sheet_total = fund_score + sum(r[6] for r in IND)
assert sheet_total == D(99)
prose_total = D(98)  # PLANTED SC008: conclusion states 98, the 自评表 99


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title(f"{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(Caption("部门（单位）基本情况表"))
    b.append(Table([
        ["部门（单位）名称", DEPT, "主管部门", "贵州省气象局、黔岭县人民政府"],
        ["编制人数", "21", "实有人数", str(act)],  # PLANTED IC001: 21 here, 20 in the text (14 + 6)
        ["联系人", "杨明", "联系电话", "0854-5221365"],
    ]))
    b.append(P("根据《贵州省预算绩效管理办法》和黔岭县财政局《关于开展2024年度预算绩效自评工作的通知》要求，我局对2024年度部门整体支出开展了绩效自评，现将有关情况报告如下。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P("黔岭县气象局实行上级气象主管机构与县人民政府双重领导、以气象部门领导为主的管理体制，主要职责是：负责本行政区域内气象探测、预报、服务和气象灾害防御工作；组织实施人工影响天气作业；发布灾害性天气警报和气象灾害预警信号；为县委县政府防灾减灾决策和农业生产提供气象服务；管理气象探测环境和设施；组织开展气象科普宣传。"))
    b.append(H(2, "（二）机构和人员"))
    b.append(P(f"我局内设办公室、气象台、防灾减灾科3个机构，下设县人工影响天气中心（地方事业单位）。核定编制{est}名，其中国家气象事业编制{est_nat}名、地方事业编制{est_loc}名；2024年末实有人员{act}人，其中国家编制13人、地方编制6人。"))
    assert 13 + 6 == act
    b.append(H(2, "（三）资金来源"))
    b.append(P(f"我局经费实行中央和地方双重计划财务体制。2024年本年收入{w(income)}万元，其中：财政拨款收入{w(fin_inc)}万元（中央气象事业经费{w(central)}万元、县级财政拨款{w(local)}万元），其他收入{w(other)}万元。上年结转{w(carry)}万元，为上年未完成的观测站维修资金。"))
    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"2024年度支出合计{w(total)}万元，其中基本支出{w(basic)}万元（人员经费{w(pers)}万元、公用经费{w(pub)}万元），项目支出{w(proj)}万元。年末结转结余{w(balance)}万元。"))
    # PLANTED AR002: 农业气象服务 written 26.00 (table 28.00); parts add up to 201.08, not 203.08
    b.append(P(f"项目支出{w(proj)}万元，包括人工影响天气作业{w(projects[0][2])}万元、气象灾害预警能力建设{w(projects[1][2])}万元、观测站网运行维护{w(projects[2][2])}万元、农业气象服务26.00万元。其中人工影响天气作业经费中弹药购置58.40万元、作业人员补助16.80万元、作业点维护5.40万元。"))
    assert D("58.40") + D("16.80") + D("5.40") == projects[0][2]
    b.append(P(f"全年预算{w(f_tot[1])}万元（年初预算{w(f_tot[0])}万元，年中追加县级人影作业经费和预警能力建设资金{w(f_tot[1] - f_tot[0])}万元），全年执行{w(total)}万元，预算执行率{exec_rate}%。“三公”经费预算{w(sg_b)}万元，支出{w(sg)}万元，其中公务接待费{w(sg_rec)}万元、公务用车运行维护费{w(sg_car)}万元（人影作业车辆2辆），较上年{w(sg_prev)}万元下降{abs(sg_chg)}%。"))
    b.append(H(1, "三、部门整体支出绩效情况"))
    b.append(H(2, "（一）气象监测预报能力持续提升"))
    b.append(P("全县46个地面自动气象站全部正常运行，观测数据可用率99.2%；完成国家一般气象站观测设备换型1套、区域站维修19站次。2024年共发布气象预警信息342条，其中暴雨预警96条、冰雹预警41条、大风预警58条、高温预警23条、其他预警124条，暴雨预警准确率83.2%，预警信息平均提前量42分钟。"))
    assert 96 + 41 + 58 + 23 + 124 == 342
    b.append(P("2204年全县通过国家突发事件预警信息发布系统、应急广播、“村村响”和手机短信发布预警信息，覆盖公众96.3%。"))  # PLANTED YR007: 2204
    b.append(H(2, "（二）人工影响天气作业成效明显"))
    b.append(P("全年开展人工增雨（防雹）作业136次，其中增雨作业52次、防雹作业84次，发射增雨防雹火箭弹1,260枚、高炮炮弹3,480发，作业保护面积420平方公里；完成作业点标准化建设3个，作业人员培训考核32人次。经评估，人影作业减灾增收效益约1,860万元，受7月两次大范围冰雹天气影响未达2,000万元的目标。"))
    assert 52 + 84 == 136
    b.append(H(2, "（三）为农服务和防灾减灾扎实有效"))
    b.append(P("围绕茶叶、蔬菜、烤烟等特色产业开展农业气象服务，发布春播、烤烟移栽、秋收等专题服务材料48期，直通式服务新型农业经营主体126家；建成气象灾害风险普查数据库，完成全县17个乡镇气象灾害风险区划。全年未发生因气象灾害造成人员死亡事件。开展气象科普进校园、进社区活动18场，受众6,200人次。"))
    b.append(H(2, "（四）服务对象满意度"))
    b.append(P("委托第三方开展公众气象服务满意度调查，样本量800个，满意度92.5%，其中城镇用户94.1%、农村用户90.6%。"))
    b.append(H(2, "（五）资金和预算管理"))
    for t in management_paragraphs("我局", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("我局", Y):
        b.append(P(t))
    b.append(H(2, "（六）自评工作开展情况"))
    for t in process_paragraphs("我局", Y, "县财政局和市气象局", "局长杨明", 6):
        b.append(P(t))
    b.append(H(1, "四、自评结论"))
    b.append(P(f"经自评，我局2024年度部门整体支出绩效自评得分{s(prose_total)}分，等级为“优”。其中预算执行情况得{s(fund_score)}分，产出指标得{s(sum(r[6] for r in IND if r[0] == '产出指标'))}分，效益指标得{s(sum(r[6] for r in IND if r[0] == '效益指标'))}分，满意度指标得{s(sum(r[6] for r in IND if r[0] == '满意度指标'))}分。"))
    b.append(H(1, "五、存在的问题"))
    b.append(P("一是暴雨预警准确率83.2%，未达到85%的目标，对局地强对流天气的监测预报能力仍然不足。二是人影作业减灾增收效益未达目标，作业点布局与冰雹多发路径不完全匹配。三是偏远村寨预警信息接收仍存在盲区，应急广播终端老化。"))
    b.append(H(1, "六、改进措施"))
    b.append(P("一是加快推进X波段天气雷达建设，提升强对流天气监测能力。二是优化人影作业点布局，新增2个固定作业点。三是联合应急、广电部门更新应急广播终端，提高预警信息覆盖率。四是加强绩效目标管理，将自评中发现的问题纳入2025年预算编制统筹考虑。"))
    b.append(H(1, "七、自评结果应用"))
    for t in application_paragraphs("我局"):
        b.append(P(t))
    b.append(Sign(["黔岭县气象局（盖章）", "单位负责人：杨明", "2025年3月26日"]))
    b.append(PageBreak())
    b.append(Caption("附件　部门整体支出绩效自评表（2024年度）"))
    b.append(P("单位：万元"))
    rows = [
        ["部门名称", DEPT, "", "", "", "", "", ""],
        ["年度预算申请", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", w(f_tot[0]), w(f_tot[1]), w(f_tot[2]), "10", f"{exec_rate}%", s(fund_score)],
        ["其中：本年财政拨款", "", w(f_fin[0]), w(f_fin[1]), w(f_fin[2]), "—", f"{pct(f_fin[2], f_fin[1])}%", "—"],
        ["　　　上年结转资金", "", w(f_carry[0]), w(f_carry[1]), w(f_carry[2]), "—", "100.00%", "—"],
        ["　　　其他资金", "", w(f_oth[0]), w(f_oth[1]), w(f_oth[2]), "—", f"{pct(f_oth[2], f_oth[1])}%", "—"],
        ["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""],
        ["", "", "保障46个自动站正常运行，发布预警信息300条以上，开展人影作业120次以上，气象灾害零死亡。", "", "", "46个自动站正常运行，发布预警信息342条，开展人影作业136次，未发生因灾死亡。", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ]
    merges = [(0, 1, 0, 7), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1), (5, 0, 5, 1),
              (6, 0, 7, 1), (6, 2, 6, 4), (6, 5, 6, 7), (7, 2, 7, 4), (7, 5, 7, 7)]
    for r in IND:
        rows.append([r[0], r[1], r[2], r[3], r[4], s(r[5]), s(r[6]), r[7]])
    rows.append(["总分", "", "", "", "", "100", s(sheet_total), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    b.append(Table(rows, merges=merges))
    b.append(P("说明：预算执行情况得分=执行率×10分，最高不超过10分；产出、效益、满意度指标按指标完成情况计分，完成指标值的得满分，未完成的视偏差程度酌情扣分。"))
    return b
