"""山东省地质矿产勘查开发局 2024 年度部门整体支出绩效自评报告 — 6 planted defects.

Template: a Shandong 省直 form — a two-row header table (预算数 and 执行数, each split into
合计 / 财政拨款 / 其他资金) for 局机关 and 10 所属单位 with a 合计 row at the bottom; a score
sheet whose group rows (一、决策 …) carry the group's 分值 and 得分 above their items; 落款 with
（公章）. Rendered to DOCX."""

from __future__ import annotations

from common import D, check, money, pct, q, rate, total, yi, yuan
from render import Caption, H, P, Sign, Table, Title

SLUG = "sd-dkj-2024"
FORMATS = ["docx"]
HEADINGS = "bold"

UNITS = [  # name, 编制, 实有, 预算(财政, 其他), 执行(财政, 其他)  万元
    ("局机关", 86, 81, (D("3864.20"), D("0.00")), (D("3802.57"), D("0.00"))),
    ("山东省第一地质矿产勘查院", 412, 398, (D("6218.40"), D("4326.15")), (D("6135.26"), D("4210.83"))),
    ("山东省第二地质矿产勘查院", 386, 372, (D("5862.75"), D("3918.60")), (D("5798.14"), D("3865.42"))),
    ("山东省第三地质矿产勘查院", 358, 347, (D("5436.18"), D("4102.35")), (D("5362.90"), D("3987.61"))),
    ("山东省第四地质矿产勘查院", 342, 330, (D("5124.66"), D("3264.20")), (D("5087.35"), D("3198.74"))),
    ("山东省第五地质矿产勘查院", 298, 289, (D("4486.30"), D("2815.48")), (D("4412.68"), D("2756.19"))),
    ("山东省第六地质矿产勘查院", 276, 268, (D("4218.94"), D("2436.72")), (D("4163.52"), D("2398.06"))),
    ("山东省第七地质矿产勘查院", 254, 246, (D("3862.15"), D("2218.36")), (D("3815.47"), D("2174.85"))),
    ("山东省地矿工程勘察院", 318, 306, (D("4126.38"), D("5864.22")), (D("4068.21"), D("5712.46"))),
    ("山东省地质测绘院", 196, 189, (D("2864.52"), D("1632.48")), (D("2831.06"), D("1598.33"))),
    ("山东省地矿局信息中心", 48, 46, (D("1036.72"), D("186.30")), (D("1012.85"), D("181.64"))),
]
N_SUB = len(UNITS) - 1
BZ = sum(u[1] for u in UNITS)
SY = sum(u[2] for u in UNITS)
B_CZ = total(*(u[3][0] for u in UNITS))
B_QT = total(*(u[3][1] for u in UNITS))
E_CZ = total(*(u[4][0] for u in UNITS))
E_QT = total(*(u[4][1] for u in UNITS))
BUD1, SPEND = B_CZ + B_QT, E_CZ + E_QT
check((N_SUB, BZ, SY) == (10, 2974, 2872), f"{BZ} {SY}")
ROW_BAD = 3  # 第三地质矿产勘查院
ROW_BAD_TOTAL = UNITS[ROW_BAD][4][0] + UNITS[ROW_BAD][4][1] + D("90.00")  # PLANTED AR001: row 执行数合计 90 万元 above 财政拨款 + 其他资金
EXE = rate(SPEND, BUD1)

BUD0 = D("73216.35")
ADJ = BUD1 - BUD0
BUD0_FORMULA = D("75216.35")  # PLANTED AR004: 预算调整率 formula puts 75,216.35 in for 年初预算数 (stated 73,216.35)
ADJ_RATE_F = rate(ADJ, BUD0_FORMULA)
ADJ_RATE = rate(ADJ, BUD0)
check(0 < ADJ_RATE_F <= 10 and 0 < ADJ_RATE <= 10, f"adj {ADJ} {ADJ_RATE_F} {ADJ_RATE}")

BASIC, PERS = D("52836.47"), D("46218.95")
PUB = BASIC - PERS
PROJ = SPEND - BASIC

XM_ALL = 236
XM_GY, XM_SY = 148, 96  # PLANTED AR002: 148 + 96 = 244 > 236
check(XM_GY + XM_SY != XM_ALL, "xm")
ZH_1, ZH_2 = "1,862", "1,826"  # PLANTED IC005: 地质灾害隐患点 1,862 处 vs 1,826 处

SG_BUD, SG = D("612.00"), D("538.74")
SG_CAR, SG_JD, SG_CG = D("486.35"), D("21.19"), D("31.20")
check(SG_CAR + SG_JD + SG_CG == SG, "sg")
PY_SG = D("566.82")

SCORE = [  # group, name, 分值, 得分
    ("一、决策", None, 15, None),
    ("", "绩效目标合理性", 5, D("5")), ("", "绩效指标明确性", 5, D("4.5")), ("", "预算编制科学性", 5, D("5")),
    ("二、过程", None, 25, None),
    ("", "预算执行率", 8, D("7.5")), ("", "预算调整率", 4, D("4")), ("", "资金使用合规性", 5, D("5")),
    ("", "政府采购规范性", 4, D("4")), ("", "资产管理规范性", 4, D("3.5")),
    ("三、产出", None, 40, None),  # PLANTED SC006: the group's four items have 分值 12+10+8+8 = 38, not 40
    ("", "地质勘查项目完成率", 12, D("12")), ("", "新发现矿产地", 10, D("9")),
    ("", "地质灾害防治技术支撑", 8, D("8")), ("", "成果报告优良率", 8, D("7.5")),
    ("四、效益", None, 20, None),
    ("", "服务经济社会发展", 8, D("7.5")), ("", "可持续发展能力", 6, D("5.5")), ("", "服务对象满意度", 6, D("6")),
]
ITEM_MAX = sum(r[2] for r in SCORE if r[1])
check(ITEM_MAX == 98, f"item max {ITEM_MAX}")
GROUP_SC = {}
cur = None
for r in SCORE:
    if r[1] is None:
        cur = r[0]
        GROUP_SC[cur] = D(0)
    else:
        GROUP_SC[cur] += r[3]
TOTAL = sum(GROUP_SC.values())
check(TOTAL == D("94"), f"total {TOTAL}")


def f(x):
    x = D(x)
    return str(int(x)) if x == int(x) else str(x)


def blocks():
    b = []
    b.append(Title("山东省地质矿产勘查开发局2024年度部门整体支出绩效自评报告"))
    b.append(P("按照《山东省省级部门单位预算绩效管理办法》和省财政厅关于开展202年度省级部门预算绩效自评工作的通知要求，山东省地质矿产勘查开发局（以下简称“省地矿局”）组织局机关和所属10个事业单位，以2024年度部门决算为基础，对部门整体支出开展了绩效自评。"))  # PLANTED YR007: 202年度
    b.append(H(1, "一、部门概况"))
    b.append(P("（一）主要职能。省地矿局是省政府直属的公益性地质工作机构，主要承担全省基础性、公益性、战略性地质矿产勘查工作；承担矿产资源调查评价、水文地质、工程地质、环境地质调查和地质灾害防治技术支撑工作；承担国土空间生态修复、自然资源调查监测等专业技术工作；参与省内重大工程建设的地质勘察和技术服务；承担地质资料汇交、地质信息化建设等工作。"))
    b.append(P(f"（二）机构人员。局机关内设办公室、规划发展处、财务处、地质矿产处、环境地质处、科技外事处、人事处、安全生产处8个处室。所属事业单位{N_SUB}个，包括7个地质矿产勘查院、山东省地矿工程勘察院、山东省地质测绘院和山东省地矿局信息中心。2024年末全局核定编制{BZ:,}名，实有在编人员{SY:,}名；局机关编制86名，实有81名。各勘查院另有野外项目劳务用工约1,400人，费用由项目经费列支。"))
    b.append(P("（三）年度工作目标。2024年，省地矿局围绕“找矿突破、生态修复、防灾减灾、服务民生”四项重点，确定了实施地质勘查项目不少于230个、新发现矿产地不少于8处、完成地质灾害隐患点巡查排查、提交地质成果报告优良率不低于90%等年度目标。"))

    b.append(H(1, "二、部门预算及执行情况"))
    b.append(P(f"2024年部门年初预算{money(BUD0)}万元，年中因承担省级找矿突破战略行动和地质灾害防治专项追加预算{money(ADJ)}万元，全年预算{money(BUD1)}万元，其中财政拨款{money(B_CZ)}万元、其他资金{money(B_QT)}万元。全年支出{money(SPEND)}万元（约{yi(SPEND)}亿元），其中财政拨款支出{money(E_CZ)}万元、其他资金支出{money(E_QT)}万元，预算执行率{EXE}%。"))
    b.append(P(f"按经济性质分，基本支出{money(BASIC)}万元，其中人员经费{money(PERS)}万元、公用经费{money(PUB)}万元；项目支出{money(PROJ)}万元，主要用于省级地质勘查基金项目、地质灾害防治、生态修复技术服务和野外装备更新。"))
    rows = [["单位名称", "编制", "实有", "预算数", "", "", "执行数", "", ""],
            ["", "", "", "合计", "财政拨款", "其他资金", "合计", "财政拨款", "其他资金"]]
    for i, u in enumerate(UNITS):
        bt = u[3][0] + u[3][1]
        et = u[4][0] + u[4][1] if i != ROW_BAD else ROW_BAD_TOTAL
        rows.append([u[0], str(u[1]), str(u[2]), yuan(bt), yuan(u[3][0]), yuan(u[3][1]), yuan(et), yuan(u[4][0]), yuan(u[4][1])])
    rows.append(["合计", f"{BZ:,}", f"{SY:,}", yuan(BUD1), yuan(B_CZ), yuan(B_QT), yuan(SPEND), yuan(E_CZ), yuan(E_QT)])
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8)]
    b.append(Caption("表1  2024年度局机关及所属单位预算执行情况表（单位：元）"))
    b.append(Table(rows, merges=merges, widths=[2.6, 0.6, 0.6, 1.5, 1.5, 1.4, 1.5, 1.5, 1.4]))
    b.append(P(f"“三公”经费：年初预算{money(SG_BUD)}万元，实际支出{money(SG)}万元，其中公务用车运行维护费{money(SG_CAR)}万元（野外作业车辆较多）、公务接待费{money(SG_JD)}万元、公务用车购置费{money(SG_CG)}万元（更新野外越野车辆4辆），较2023年{money(PY_SG)}万元减少{money(PY_SG - SG)}万元。"))
    b.append(P(f"预算调整率=预算调整数/年初预算数×100%={money(ADJ)}/{money(BUD0_FORMULA)}×100%={ADJ_RATE_F}%。"))

    b.append(H(1, "三、绩效目标完成情况"))
    b.append(P(f"（一）地质勘查。全年完成地质勘查项目{XM_ALL}个，其中公益性项目{XM_GY}个、商业性项目{XM_SY}个，项目完成率100%。新发现矿产地9处，其中大型2处、中型4处、小型3处，新增金资源量46.8吨、铁矿石资源量1.26亿吨、地热可采资源量折合标准煤320万吨/年。"))
    b.append(P(f"（二）地质灾害防治。承担全省16个地市的地质灾害防治技术支撑任务，汛前、汛中、汛后开展地质灾害隐患点巡查排查{ZH_1}处，编制应急预案和防灾明白卡2,460份，成功预警地质灾害3起，避免人员伤亡。"))
    b.append(P("（三）生态修复与民生服务。完成历史遗留矿山生态修复技术服务项目42个，修复面积1.86万亩；为乡村振兴开展土地质量地球化学调查面积4,200平方千米；在鲁西南干旱缺水地区实施找水打井128眼，解决了8.6万人的饮水问题。"))
    b.append(P("（四）科技创新和成果。全年提交地质成果报告186份，评审为优秀和良好的172份，成果报告优良率92.47%；获省部级科技奖励11项，取得专利43项。"))
    check(pct(172, 186) == "92.47%", "yl")

    b.append(H(1, "四、部门整体支出绩效自评情况"))
    b.append(P(f"（一）决策。局党委年初制定了年度工作要点和部门整体绩效目标，绩效指标基本细化量化，个别指标缺少可比口径，扣0.5分。决策部分得{f(GROUP_SC['一、决策'])}分。"))
    b.append(P(f"（二）过程。预算执行率{EXE}%，扣0.5分；预算调整率在10%以内，得满分；资产管理方面，部分野外设备台账登记不及时，扣0.5分。过程部分得{f(GROUP_SC['二、过程'])}分。"))
    b.append(P(f"（三）产出。完成地质勘查项目{XM_ALL}个，项目完成率100%；新发现矿产地9处，超过8处的目标，但大型矿产地数量少于计划，扣1分；排查地质灾害隐患点{ZH_2}处，技术支撑任务全部完成；成果报告优良率92.47%。产出部分得{f(GROUP_SC['三、产出'])}分。"))
    b.append(P(f"（四）效益。为全省经济社会发展提供了资源保障和地质技术服务，但成果转化效益有待提高，扣0.5分；部分勘查院人才断层问题突出，可持续发展能力扣0.5分；服务对象满意度94.2%。效益部分得{f(GROUP_SC['四、效益'])}分。"))
    rows = [["指标", "分值", "得分", "备注"]]
    for r in SCORE:
        if r[1] is None:
            rows.append([r[0], str(r[2]), f(GROUP_SC[r[0]]), ""])
        else:
            rows.append(["　" + r[1], str(r[2]), f(r[3]), ""])
    rows.append(["总分", "100", f(TOTAL), "优"])
    b.append(Caption("附件  2024年度省地矿局部门整体支出绩效自评评分表"))
    b.append(Table(rows, widths=[3, 1, 1, 2]))
    b.append(P(f"综合以上，省地矿局2024年度部门整体支出绩效自评得分{f(TOTAL)}分，评价等级为“优”（90分以上为优）。"))

    b.append(H(1, "五、存在问题及改进措施"))
    b.append(P("存在的问题：一是预算执行进度不够均衡，野外地质工作受季节影响大，支出集中在下半年；二是所属单位其他资金（经营性收入）预算编制不够精准，部分单位其他资金执行率偏低；三是成果转化机制不健全，地质成果服务地方经济发展的渠道有待拓宽；四是专业技术人才老龄化，青年人才补充不足。"))
    b.append(P("改进措施：一是合理安排野外工作计划，推行项目预算“分季度执行计划”，提高上半年支出进度；二是加强所属单位收入预测，将其他资金全部纳入预算管理；三是建立地质成果共享服务平台，推动成果向地方政府和企业转化；四是实施青年地质人才培养计划，完善野外一线人员激励机制。"))
    b.append(H(1, "六、自评结果应用及公开"))
    b.append(P("自评结果已报送省财政厅，并将在局门户网站公开。局党委将自评结果作为2026年部门预算编制、所属单位项目安排和年度考核的重要依据。2024年度部门预算于2024年2月公开，2023年度部门决算于2024年8月公开。"))
    b.append(Sign(["山东省地质矿产勘查开发局（公章）", "2025年3月31日"]))
    _i = next(i for i, x in enumerate(b) if isinstance(x, H) and x.text.startswith("三、绩效目标完成情况"))
    _ps = [P(f"从资金结构看，全年支出中财政拨款支出占{pct(E_CZ, SPEND)}，其他资金支出占{pct(E_QT, SPEND)}。局机关支出全部为财政拨款{money(UNITS[0][4][0])}万元。" + "".join(f"{u[0]}执行{money(u[4][0] + u[4][1])}万元，其中财政拨款{money(u[4][0])}万元、其他资金{money(u[4][1])}万元；" for j, u in enumerate(UNITS) if j not in (0, ROW_BAD) and j in (1, 2, 8, 9)).rstrip("；") + "。")]
    _ps.append(P(f"从执行率看，财政拨款执行率{pct(E_CZ, B_CZ)}，其他资金执行率{pct(E_QT, B_QT)}，其他资金执行率较低的单位是" + "、".join(f"{u[0].replace('山东省', '')}（{pct(u[4][1], u[3][1])}）" for u in sorted(UNITS[1:], key=lambda u: u[4][1] / u[3][1])[:3]) + "，主要是部分技术服务合同推迟实施。"))
    b[_i:_i] = _ps
    import extras
    b = extras.walk(b, "五、存在问题及改进措施", "（附）评分指标逐项说明", [(r[1], '', '', r[2], r[3], '') for r in SCORE if r[1]])
    return extras.apply(SLUG, b)


KEY = f"""
# Answer key for 山东省地质矿产勘查开发局 2024 年度部门整体支出绩效自评报告 (Shandong provincial form).
id: sd-dkj-2024
kind: 地质勘查局
report_year: 2024
defect: 单位行执行数合计、项目个数、预算调整率公式、地灾隐患点数、产出组分值、年份笔误
expect:
  - rule: AR001
    severity: error
    values: ["{yuan(ROW_BAD_TOTAL)}", "{yuan(UNITS[ROW_BAD][4][0] + UNITS[ROW_BAD][4][1])}"]
    note: 表1 第三地质矿产勘查院 执行数合计 {yuan(ROW_BAD_TOTAL)}，财政拨款 {yuan(UNITS[ROW_BAD][4][0])} + 其他资金 {yuan(UNITS[ROW_BAD][4][1])} = {yuan(UNITS[ROW_BAD][4][0] + UNITS[ROW_BAD][4][1])}；合计行 {yuan(SPEND)} 按正确数计算，列合计也因此不等于各行之和
  - rule: AR002
    severity: error
    values: ["{XM_ALL}"]
    note: 完成地质勘查项目 {XM_ALL} 个，其中公益性 {XM_GY} 个、商业性 {XM_SY} 个，之和 {XM_GY + XM_SY}
  - rule: AR004
    severity: error
    values: ["{money(BUD0_FORMULA)}", "{money(BUD0)}"]
    note: 预算调整率公式中年初预算数 {money(BUD0_FORMULA)}，正文年初预算 {money(BUD0)}
  - rule: IC005
    severity: warning
    values: ["{ZH_1}", "{ZH_2}"]
    note: 地质灾害隐患点巡查排查：三（二）{ZH_1} 处，四（三）{ZH_2} 处
  - rule: SC006
    severity: error
    values: ["40", "38"]
    note: 三、产出 分值 40，其下四项 12+10+8+8 = 38；各项分值合计 98
  - rule: YR007
    severity: error
    values: ["202"]
    note: 导语“关于开展202年度省级部门预算绩效自评工作的通知”
must_not:
  - rule: AR001
    values: ["{yuan(BUD1)}", "{yuan(B_CZ)}", "{yuan(B_QT)}"]
    note: 预算数三列：合计行 = 各行之和；每行 合计 = 财政拨款 + 其他资金（二行表头）
  - rule: AR001
    values: ["{BZ:,}", "{SY:,}"]
    note: 编制 {BZ:,}、实有 {SY:,} = 11 行之和
  - rule: AR002
    values: ["{money(PERS)}", "{money(PUB)}"]
    note: 人员经费 + 公用经费 = 基本支出 {money(BASIC)}
  - rule: AR002
    values: ["{money(SG)}"]
    note: 三公 {money(SG_CAR)} + {money(SG_JD)} + {money(SG_CG)} = {money(SG)}
  - rule: AR002
    values: ["{money(E_CZ)}", "{money(E_QT)}"]
    note: 全年支出 {money(SPEND)} = 财政拨款 {money(E_CZ)} + 其他 {money(E_QT)}；全年预算同理
  - rule: AR002
    values: ["9", "2", "4", "3"]
    note: 新发现矿产地 9 处 = 大型 2 + 中型 4 + 小型 3
  - rule: AR006
    values: ["{money(BASIC)}", "{money(PROJ)}"]
    note: 基本 + 项目 = {money(SPEND)}
  - rule: AR005
    values: ["{EXE}%"]
    note: {money(SPEND)}/{money(BUD1)} = {EXE}%
  - rule: AR005
    values: ["92.47%"]
    note: 172/186 = 92.47%
  - rule: AR003
    values: ["{ADJ_RATE_F}%"]
    note: 公式按其自身数字计算正确（错的是代入的年初预算数，见 AR004）
  - rule: IC001
    values: ["81", "{SY:,}"]
    note: 局机关实有 81 与全局 {SY:,}
  - rule: SC005
    values: ["{f(TOTAL)}"]
    note: 各组得分之和 = 各项得分之和 = {f(TOTAL)}；组行的得分是其下各项之和
  - rule: SC007
    note: {f(TOTAL)} 为优
  - rule: SC001
    note: 无得分超过分值
  - rule: YR003
    note: 2024 年度预算、2023 年度决算公开正常
  - rule: IC006
    note: 实有 < 编制
  - rule: AR005
    values: ["{pct(E_CZ, B_CZ)}", "{pct(E_QT, B_QT)}"]
    note: 财政拨款执行率与其他资金执行率按表1 合计行计算，正确
  - rule: AR002
    values: ["{money(UNITS[1][4][0] + UNITS[1][4][1])}"]
    note: 资金结构段落中各单位执行数 = 财政拨款 + 其他资金（不含第三地质矿产勘查院）
allow:
  - rule: AR001
    values: ["{yuan(SPEND)}"]
    note: 执行数合计列：合计行（正确数）与各行之和（含错误行）差 90 万元，为同一缺陷
  - rule: SC005
    note: 若以分值差异牵连得分核对，视为 SC006 同一缺陷
  - rule: SC009
    note: 无
  - rule: CP
    note: 完整性提示
"""

NOTES = f"""
# sd-dkj-2024 — 山东省地质矿产勘查开发局 2024（山东省直，6 处缺陷）

省直事业局，局机关 + 10 个所属事业单位，约 {yi(SPEND)} 亿元。表1 为二行表头（预算数、执行数各分 合计/财政拨款/其他资金），
合计行在底部。评分表的组行（一、决策 …）在组首列出该组分值与得分。格式：DOCX（标题为加粗正文）。

## Planted defects

| # | rule | where | what |
|---|------|-------|------|
| 1 | AR001 | 表1 第三地质矿产勘查院行 | 执行数合计多 90 万元 |
| 2 | AR002 | 三（一） | 236 个 = 148 + 96？（244） |
| 3 | AR004 | 二 | 调整率公式代入年初预算 {money(BUD0_FORMULA)}，正文 {money(BUD0)} |
| 4 | IC005 | 三（二）/四（三） | 地质灾害隐患点 {ZH_1} vs {ZH_2} |
| 5 | SC006 | 附件 | 产出组分值 40，项合计 38 |
| 6 | YR007 | 导语 | “202年度” |

## Tricky but correct

- 二行表头：每行合计 = 财政拨款 + 其他资金；合计行 = 各行之和（执行数合计列因缺陷 1 相差 90 万元）。
- 组行的得分 = 其下各项之和，组行与项不重复相加。
- 新发现矿产地 9 = 2 + 4 + 3；成果优良率 172/186。
- 局机关 86/81 与全局 {BZ:,}/{SY:,}。
- 资金结构段落：按资金来源的执行率、各单位执行数拆分正确。
"""
