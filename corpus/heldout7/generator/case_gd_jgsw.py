"""广东省江海市机关事务管理局 2024 年度部门整体支出绩效自评报告 — clean (no planted defect).

Template: a Guangdong-style form — 预算编制 / 预算执行 / 履职效能 一级指标, a 评分方法 column,
预算执行率 scored as 执行率 × 分值; a transposed 收支 table (rows = 2023 决算 / 2024 预算 /
2024 决算, columns = 合计, 基本支出, 其中人员经费, 其中公用经费, 项目支出); a sub-unit table
without a total row; Chinese-numeral date in the 落款; some full-width digits in prose.
Rendered to DOCX (fictional city)."""

from __future__ import annotations

from common import D, check, cn_date, fullwidth, money, pct, q, rate, total, yi, yuan
from render import Caption, H, P, Sign, Table, Title

SLUG = "gd-jgsw-2024"
FORMATS = ["docx"]
HEADINGS = "styled"

UNITS = [  # name, 编制, 实有, 调整后预算, 决算 (万元)
    ("江海市机关事务管理局（本级）", 52, 49, D("9862.40"), D("9718.35")),
    ("江海市机关后勤服务中心", 64, 60, D("7436.18"), D("7315.62")),
    ("江海市公务用车服务中心", 38, 36, D("4218.75"), D("4162.09")),
    ("江海市会议接待服务中心", 22, 21, D("2106.30"), D("2048.77")),
    ("江海市机关第一幼儿园", 45, 44, D("2863.52"), D("2839.16")),
    ("江海市公共机构节能监测中心", 12, 12, D("1327.85"), D("1254.38")),
]
BZ = sum(u[1] for u in UNITS)
SY = sum(u[2] for u in UNITS)
BUD1 = total(*(u[3] for u in UNITS))
SPEND = total(*(u[4] for u in UNITS))
check((BZ, SY) == (233, 222), "staff")
BUD0 = D("25600.00")
ADJ = BUD1 - BUD0
EXE = rate(SPEND, BUD1)
EXE_SCORE = q(EXE / 10, 2)  # 10 分 × 执行率
PERS, PUB = D("10624.83"), D("2935.47")
BASIC = PERS + PUB
PROJ = SPEND - BASIC
PY = (D("26218.90"), D("10312.56"), D("2874.12"))  # 2023 决算 合计, 人员, 公用
PY_BASIC = PY[1] + PY[2]
PY_PROJ = PY[0] - PY_BASIC
BU = (BUD0, D("10580.00"), D("2960.00"))
BU_BASIC = BU[1] + BU[2]
BU_PROJ = BU[0] - BU_BASIC
check(PY_PROJ > 0 and BU_PROJ > 0 and PROJ > 0, "proj")
check(SPEND > PY[0], "spending grew")

PROJECTS = [  # name, 预算, 执行
    ("市级党政机关办公用房维修改造", D("4862.00"), D("4798.56")),
    ("机关集中办公区物业管理服务", D("3215.60"), D("3215.60")),
    ("公务用车平台运行保障", D("1864.30"), D("1826.44")),
    ("公共机构节能改造及能耗监测", D("1126.85"), D("1058.17")),
    ("重要会议及公务活动服务保障", D("986.40"), D("954.28")),
    ("机关食堂食品安全及运营补助", D("720.00"), D("712.35")),
]
PB = total(*(p[1] for p in PROJECTS))
PA = total(*(p[2] for p in PROJECTS))
check(PA < PROJ, "projects part")

SG_BUD, SG = D("126.00"), D("104.58")
SG_CAR, SG_JD = D("91.36"), D("13.22")
check(SG_CAR + SG_JD == SG, "sg")
CG_BUD, CG = D("9640.20"), D("9512.66")
CARRY_PY, CARRY = D("1248.60"), D("1102.35")
CARRY_CHG = rate(CARRY - CARRY_PY, CARRY_PY)

SCORE = [
    # 一级, 二级, 三级, 分值, 评分方法, 得分
    ("预算编制", "目标制定", "绩效目标合理性", 5, "目标与职能相符、量化可考核得满分", D("5")),
    ("预算编制", "预算编制", "预算编制规范性", 5, "按规定编制、无漏报错报得满分", D("5")),
    ("预算编制", "预算编制", "预算编制科学性", 5, "年中调整幅度≤10%得满分，每超过2个百分点扣1分", None),
    ("预算执行", "支出情况", "预算执行率", 10, "得分=预算执行率×10", EXE_SCORE),
    ("预算执行", "支出情况", "预算执行进度", 5, "各季度均达到序时进度得满分，每一季度未达到扣1分", D("4")),
    ("预算执行", "支出情况", "结转结余变动率", 5, "结转结余较上年减少得满分，增加不得分", D("5")),
    ("预算执行", "管理情况", "政府采购执行率", 5, "≥95%得满分，每降低1个百分点扣0.5分", D("5")),
    ("预算执行", "管理情况", "“三公”经费控制", 5, "未超预算得满分", D("5")),
    ("预算执行", "管理情况", "资产管理规范性", 5, "账实相符、处置合规得满分", D("5")),
    ("履职效能", "产出数量", "办公用房维修改造完成数", 8, "完成目标得满分，按比例扣分", D("8")),
    ("履职效能", "产出数量", "公务用车平台保障车次", 7, "完成目标得满分，按比例扣分", D("7")),
    ("履职效能", "产出质量", "公共机构单位面积能耗下降率", 10, "达到目标得满分，未达到的视完成程度扣分", D("8.5")),
    ("履职效能", "产出时效", "重要会议服务保障及时率", 5, "100%得满分", D("5")),
    ("履职效能", "效果", "机关运行成本下降", 10, "较上年下降得满分", D("10")),
    ("履职效能", "效果", "服务对象满意度", 10, "≥90%得满分，每降低1个百分点扣1分", D("10")),
]
ADJ_RATE = rate(ADJ, BUD0)
# 预算编制科学性: ≤10% full, each started 2pp above deducts 1
over = ADJ_RATE - 10
import math  # noqa: E402
ded = max(0, math.ceil(over / 2)) if over > 0 else 0
SCI = D(5 - ded)
SCORE[2] = SCORE[2][:5] + (SCI,)
check(ADJ_RATE <= 10 and SCI == 5, f"adj {ADJ_RATE} {SCI}")
MAX = sum(r[3] for r in SCORE)
TOTAL = total(*(r[5] for r in SCORE))
check(MAX == 100, "max")
GROUPS = ["预算编制", "预算执行", "履职效能"]
GMAX = {g: sum(r[3] for r in SCORE if r[0] == g) for g in GROUPS}
GSC = {g: total(*(r[5] for r in SCORE if r[0] == g)) for g in GROUPS}
check(GMAX == {"预算编制": 15, "预算执行": 35, "履职效能": 50}, f"{GMAX}")


def f(x):
    x = D(x)
    return str(int(x)) if x == int(x) else str(x)


def blocks():
    check(EXE_SCORE == q(EXE / 10, 2), "exe")
    check(EXE_SCORE <= 10, "exe score")
    check(TOTAL >= 90 and TOTAL == sum(GSC.values()), f"total {TOTAL}")
    b = []
    b.append(Title("江海市机关事务管理局2024年度部门整体支出绩效自评报告"))
    b.append(P("根据《广东省财政厅关于印发〈广东省省级部门整体支出绩效评价暂行办法〉的通知》和《江海市财政局关于做好2024年度市级财政资金绩效自评工作的通知》要求，我局组织局本级及5个下属单位，对2024年度部门整体支出情况进行了绩效自评，现将有关情况报告如下："))
    b.append(H(1, "一、部门概况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P("江海市机关事务管理局是市政府直属机构，负责市级机关事务的管理、保障和服务工作。主要职责包括：拟订市级机关事务管理的政策措施并组织实施；负责市级党政机关办公用房的统一管理、维修和调剂；负责市级党政机关公务用车的统一管理和平台调度；负责市级机关集中办公区的物业、安保、餐饮等后勤服务保障；负责全市公共机构节约能源资源工作的指导、协调和监督；承担市委、市政府重要会议和公务活动的服务保障。"))
    b.append(H(2, "（二）机构和人员"))
    b.append(P(f"局本级内设办公室、财务处、房产管理科、公务用车管理科、节能管理科、服务保障科6个科室，下属单位5个：市机关后勤服务中心、市公务用车服务中心、市会议接待服务中心、市机关第一幼儿园和市公共机构节能监测中心。2024年末，全局核定编制{BZ}名，实有在编人员{SY}名，另有编外聘用人员186名（主要为物业、餐饮、驾驶等辅助岗位，经费列入项目支出）。"))
    rows = [["单位", "编制数", "实有人数", "调整后预算（元）", "决算支出（元）", "执行率"]]
    for u in UNITS:
        rows.append([u[0], str(u[1]), str(u[2]), yuan(u[3]), yuan(u[4]), pct(u[4], u[3])])
    b.append(Caption("表1  局本级及下属单位2024年度预算执行情况"))
    b.append(Table(rows, widths=[3.4, 0.8, 0.8, 1.8, 1.8, 0.9]))
    b.append(P(f"上表六个单位合计：编制{BZ}名，实有{SY}名，调整后预算{money(BUD1)}万元，决算支出{money(SPEND)}万元，整体执行率{EXE}%。"))

    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"2024年部门年初预算{money(BUD0)}万元，年中因市级党政机关办公用房维修改造追加资金{money(ADJ)}万元，调整后预算{money(BUD1)}万元（约{yi(BUD1)}亿元）。全年决算支出{money(SPEND)}万元，约{yi(SPEND)}亿元。"))
    b.append(P(f"从支出结构看，基本支出{money(BASIC)}万元，占{pct(BASIC, SPEND)}，其中人员经费{money(PERS)}万元、公用经费{money(PUB)}万元；项目支出{money(PROJ)}万元，占{pct(PROJ, SPEND)}。与2023年决算{money(PY[0])}万元相比，部门决算支出增加{money(SPEND - PY[0])}万元，增长{pct(SPEND - PY[0], PY[0])}，主要是2024年办公用房维修改造支出增加，同时2023年一次性安排的集中办公区消防改造项目在2024年不再安排。"))
    rows = [["年度口径", "合计", "基本支出", "其中：人员经费", "其中：公用经费", "项目支出"],
            ["2023年决算", yuan(PY[0]), yuan(PY_BASIC), yuan(PY[1]), yuan(PY[2]), yuan(PY_PROJ)],
            ["2024年年初预算", yuan(BU[0]), yuan(BU_BASIC), yuan(BU[1]), yuan(BU[2]), yuan(BU_PROJ)],
            ["2024年决算", yuan(SPEND), yuan(BASIC), yuan(PERS), yuan(PUB), yuan(PROJ)]]
    b.append(Caption("表2  部门支出结构对比表（单位：元）"))
    b.append(Table(rows, widths=[1.8, 1.8, 1.8, 1.8, 1.8, 1.8]))
    b.append(P(f"“三公”经费：2024年预算{money(SG_BUD)}万元，实际支出{money(SG)}万元，其中公务用车运行维护费{money(SG_CAR)}万元、公务接待费{money(SG_JD)}万元，未发生因公出国（境）费用和公务用车购置费用。"))
    b.append(P(f"政府采购：全年政府采购预算{money(CG_BUD)}万元，实际采购{money(CG)}万元，执行率{pct(CG, CG_BUD)}；授予中小企业合同金额{fullwidth('6,128.40')}万元，占{pct(D('6128.40'), CG)}。"))
    b.append(P(f"结转结余：2024年末结转结余{money(CARRY)}万元，2023年末为{money(CARRY_PY)}万元，结转结余变动率{CARRY_CHG}%。"))

    b.append(H(1, "三、重点项目实施情况"))
    b.append(P(f"2024年局本级及下属单位共实施6个重点项目，预算合计{money(PB)}万元，支出{money(PA)}万元，执行率{pct(PA, PB)}。"))
    detail = [
        "完成市委大院1号楼、市政府综合楼等12栋办公用房的屋面防水、外立面和电梯更新改造，改造面积8.6万平方米，全部通过竣工验收",
        "保障集中办公区46个单位约5,800名干部职工的物业、安保和保洁服务，全年未发生安全责任事故",
        "公务用车平台全年保障用车12,686车次，平均派车响应时间缩短至18分钟",
        "完成18家公共机构的照明、空调节能改造，建成能耗在线监测平台，接入公共机构326家",
        "完成市人大、市政协全体会议及各类重要会议服务保障214场次",
        "机关食堂全年供餐约96万人次，食品安全抽检合格率100%",
    ]
    for (n, bud, act), d in zip(PROJECTS, detail):
        b.append(P(f"{n}项目：预算{money(bud)}万元，支出{money(act)}万元，执行率{pct(act, bud)}。{d}。"))

    b.append(H(1, "四、绩效目标完成情况"))
    b.append(P(f"（一）产出方面。全年完成办公用房维修改造12栋，完成年度目标12栋；公务用车平台保障用车{fullwidth('12,686')}车次，超过年度目标12,000车次；重要会议服务保障及时率100%。"))
    b.append(P("（二）效益方面。全市公共机构单位建筑面积能耗较上年下降2.6%，目标为下降3%，未完全达到，主要是新增两处数据中心机房用电增加；人均能耗下降3.4%。市级机关运行成本较上年下降4.1%。委托第三方对集中办公区46个单位开展满意度调查，综合满意度95.2%。"))

    b.append(H(1, "五、绩效自评结果"))
    b.append(P(f"按照评价指标体系，预算编制得分{f(GSC['预算编制'])}分（满分15分），预算执行得分{f(GSC['预算执行'])}分（满分35分），履职效能得分{f(GSC['履职效能'])}分（满分50分），自评总分{f(TOTAL)}分，评价等级为“优秀”（90分及以上为优秀，75—89分为良好，60—74分为一般，60分以下为较差）。主要扣分情况：预算执行率{EXE}%，按“得分=预算执行率×10”计{EXE_SCORE}分；第一季度支出未达到序时进度，扣1分；公共机构单位面积能耗下降2.6%，未达到3%的目标，扣1.5分。"))
    b.append(P(f"预算编制科学性：预算调整率={money(ADJ)}/{money(BUD0)}×100%={ADJ_RATE}%，在10%以内，得5分。"))
    rows = [["一级指标", "二级指标", "三级指标", "分值", "评分方法", "得分"]]
    for r in SCORE:
        rows.append([r[0], r[1], r[2], str(r[3]), r[4], f(r[5])])
    rows.append(["合计", "", "", "100", "", f(TOTAL)])
    merges = [(1, 0, 3, 0), (4, 0, 9, 0), (10, 0, 15, 0), (len(rows) - 1, 0, len(rows) - 1, 2)]
    b.append(Caption("附表  江海市2024年度部门整体支出绩效自评评分表"))
    b.append(Table(rows, merges=merges, widths=[1, 1, 2, 0.6, 3.2, 0.7]))

    b.append(H(1, "六、存在问题"))
    b.append(P("一是预算执行进度不够均衡。办公用房维修改造项目需在各单位正常办公的前提下分批施工，第一季度支出仅占全年的14.2%，低于序时进度。二是节能目标未全部完成。新增数据中心机房导致用电量增加，单位面积能耗下降幅度低于目标。三是绩效目标的细化程度不够，部分下属单位的绩效指标以定性描述为主。"))
    b.append(H(1, "七、改进措施"))
    b.append(P("一是科学安排维修改造施工计划，在春节前完成招标和设计，确保一季度开工。二是将数据中心机房纳入节能重点监管，推广液冷、余热回收等技术，确保2025年单位面积能耗下降3%以上。三是组织下属单位开展绩效目标编报培训，推动绩效指标量化。四是深化“机关运行成本统计”工作，逐步建立机关运行成本定额标准体系。"))
    b.append(H(1, "八、结果应用"))
    b.append(P("本次自评结果将在局门户网站公开，2024年度部门预算已于2024年1月在江海市人民政府门户网站公开。我局将把自评发现的问题作为2026年预算编制和项目安排的重要依据，对执行进度慢、绩效目标完成差的项目相应压减预算。"))
    b.append(Sign(["江海市机关事务管理局", cn_date(2025, 3, 20)]))
    _i = next(i for i, x in enumerate(b) if isinstance(x, H) and x.text.startswith("四、绩效目标完成情况"))
    _ps = [P(f"从项目结构看，6个重点项目支出{money(PA)}万元，占项目支出{money(PROJ)}万元的{pct(PA, PROJ)}。" + "".join(f"{n}支出{money(a)}万元，占重点项目支出的{pct(a, PA)}；" for n, _b, a in PROJECTS).rstrip("；") + "。")]
    _ps.append(P(f"从单位结构看，局本级决算支出{money(UNITS[0][4])}万元（{yuan(UNITS[0][4])}元），占{pct(UNITS[0][4], SPEND)}；5个下属单位决算支出{money(SPEND - UNITS[0][4])}万元，占{pct(SPEND - UNITS[0][4], SPEND)}。人员经费{money(PERS)}万元，按实有在编人员{SY}名计算，人均{money(PERS / SY)}万元。"))
    b[_i:_i] = _ps
    import extras
    b = extras.walk(b, "六、存在问题", "（附）评分指标逐项说明", [(r[2], '', '', r[3], r[5], '') for r in SCORE])
    return extras.apply(SLUG, b)


def _key():
    return f"""
# Answer key for 江海市机关事务管理局 2024 年度部门整体支出绩效自评报告 (clean case; fictional city).
id: gd-jgsw-2024
kind: 机关事务管理局
report_year: 2024
defect: 无（干净报告）
expect: []
must_not:
  - rule: AR001
    values: ["{yuan(SPEND)}"]
    note: 表2 每行 合计 = 基本支出 + 项目支出；两个“其中”列相加为基本支出，不与合计相加
  - rule: AR001
    values: ["{yuan(PY_BASIC)}"]
    note: 2023 年决算 基本支出 = 人员 {yuan(PY[1])} + 公用 {yuan(PY[2])}
  - rule: AR001
    values: ["{yuan(BU_BASIC)}"]
    note: 2024 年初预算 基本支出 = {yuan(BU[1])} + {yuan(BU[2])}
  - rule: AR002
    values: ["{money(BUD1)}", "{money(SPEND)}"]
    note: 表1 后的文字合计 编制 {BZ}、实有 {SY}、调整后预算 {money(BUD1)}、决算 {money(SPEND)} 与六个单位相符（表1 无合计行）
  - rule: AR002
    values: ["{money(PERS)}", "{money(PUB)}"]
    note: 人员 + 公用 = 基本 {money(BASIC)}
  - rule: AR006
    values: ["{money(BASIC)}", "{money(PROJ)}"]
    note: 基本 + 项目 = {money(SPEND)}
  - rule: AR002
    values: ["{money(SG)}"]
    note: 三公 {money(SG_CAR)} + {money(SG_JD)} = {money(SG)}
  - rule: AR003
    values: ["{ADJ_RATE}%"]
    note: {money(ADJ)}/{money(BUD0)} = {ADJ_RATE}%
  - rule: AR005
    values: ["{EXE}%"]
    note: {money(SPEND)}/{money(BUD1)} = {EXE}%
  - rule: AR005
    values: ["{pct(CG, CG_BUD)}"]
    note: 政府采购执行率正确
  - rule: AR005
    values: ["{CARRY_CHG}%"]
    note: 结转结余变动率 ({money(CARRY)}-{money(CARRY_PY)})/{money(CARRY_PY)}
  - rule: AR005
    values: ["{pct(PA, PB)}"]
    note: 六个重点项目执行率正确；项目合计只是项目支出的一部分
  - rule: IC001
    values: ["{money(PY[0])}"]
    note: 2023 年决算是上年数
  - rule: IC001
    values: ["{yi(SPEND)}"]
    note: 约 {yi(SPEND)} 亿元是 {money(SPEND)} 万元的舍入；约 {yi(BUD1)} 亿元是调整后预算
  - rule: IC005
    values: ["12,686"]
    note: 保障用车 12,686 车次（全角与半角写法）各处一致
  - rule: IC005
    values: ["6,128.40"]
    note: 全角数字 ６，１２８．４０ 万元 与采购额比例正确
  - rule: SC002
    values: ["{EXE_SCORE}"]
    note: 预算执行率得分 = {EXE}% × 10 = {EXE_SCORE}
  - rule: SC002
    values: ["{ADJ_RATE}%"]
    note: 调整率 ≤10% 得满分 5
  - rule: SC005
    values: ["{f(TOTAL)}"]
    note: 15 项得分之和 {f(TOTAL)}
  - rule: SC006
    note: 15 + 35 + 50 = 100
  - rule: SC007
    note: {f(TOTAL)} 分为“优秀”
  - rule: SC010
    values: ["2.6%"]
    note: 能耗下降 2.6% 未达 3% 已扣 1.5 分并说明
  - rule: YR002
    note: 落款日期 二〇二五年三月二十日，正常
  - rule: YR003
    note: 2024 年度预算 2024 年 1 月公开
  - rule: IC006
    note: 实有 {SY} < 编制 {BZ}；编外聘用 186 名另行说明
  - rule: YR005
    values: ["2023"]
    note: “2023年度绩效自评中发现的……问题，在2024年通过提前招标得到改善”是整改跟进，不是以往成绩
  - rule: AR005
    values: ["98.38%", "94.47%"]
    note: 下属单位执行率（单位口径）正确
  - rule: AR005
    values: ["{pct(PA, PROJ)}"]
    note: 重点项目占项目支出的比例、各项目占重点项目的比例均正确
  - rule: AR002
    values: ["{money(PERS / SY)}"]
    note: 人均人员经费 = {money(PERS)}/{SY}
allow:
  - rule: CP
    note: 完整性提示
"""


KEY = _key()

NOTES = f"""
# gd-jgsw-2024 — 江海市机关事务管理局 2024（广东市级，干净）

虚构地级市机关事务管理局，本级 + 5 个下属单位。表1 单位表没有合计行（合计写在表下文字中）；表2 转置：行为
2023 决算 / 2024 年初预算 / 2024 决算，列为 合计、基本支出、其中：人员经费、其中：公用经费、项目支出。
评分表有“评分方法”列，预算执行率得分 = 执行率 × 10。落款为汉字日期。部分正文数字为全角。格式：DOCX。

## Planted defects

无。

## Tricky but correct

- 表2 “其中”列属于基本支出，合计 = 基本 + 项目。
- 表1 无合计行，表下文字给出六个单位合计。
- 调整后预算与决算的亿元约数各自正确。
- 预算执行率 {EXE}% × 10 = {EXE_SCORE}；总分 {f(TOTAL)} 含小数。
- 能耗下降未达目标，已扣分并说明原因。
- 全角数字 １２，６８６ 与半角 12,686 为同一数。
- 项目结构与单位结构占比、人均人员经费均正确；下属单位执行率（单位口径）正确。
- “2023年度绩效自评中发现的问题在2024年改善”是整改跟进，不是以往成绩。
"""
