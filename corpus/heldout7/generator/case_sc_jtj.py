"""四川省锦阳市交通运输局 2024 年度部门整体支出绩效自评报告 — 7 planted defects.

Template: a Sichuan 市级 form — 部门整体支出绩效自评表 with 投入/过程/产出/效果 一级指标, 小计
rows after each group, 评分标准 stated once under the table (评分方法), 扣分原因 column;
unit table with 合计 at the TOP, then 本级, then 12 所属单位 with a 所属单位小计 row; 元 in
tables, 万元/亿元 in prose. Rendered to DOCX (fictional city)."""

from __future__ import annotations

from common import D, check, money, pct, q, rate, total, yi, yuan
from render import Caption, H, P, Sign, Table, Title

SLUG = "sc-jtj-2024"
FORMATS = ["docx"]
HEADINGS = "mixed"

UNITS = [
    # name, 编制, 实有, 年初预算, 调整后预算, 决算支出 (万元)
    ("锦阳市交通运输局（本级）", 68, 64, D("4126.30"), D("4588.72"), D("4512.06")),
    ("锦阳市公路事业发展中心", 96, 91, D("12863.45"), D("14217.80"), D("13902.31")),
    ("锦阳市道路运输服务中心", 54, 52, D("2318.60"), D("2406.15"), D("2371.48")),
    ("锦阳市交通运输综合行政执法支队", 132, 127, D("5624.18"), D("5902.37"), D("5840.95")),
    ("锦阳市港航事务中心", 26, 25, D("1436.22"), D("1688.40"), D("1602.77")),
    ("锦阳市交通建设工程质量安全监督站", 22, 21, D("842.75"), D("861.30"), D("855.12")),
    ("锦阳市公共交通发展中心", 18, 17, D("9860.00"), D("11245.60"), D("11036.84")),
    ("锦阳市交通运输信息中心", 15, 14, D("968.40"), D("1052.18"), D("1014.63")),
    ("锦阳市农村公路养护中心", 84, 80, D("10215.36"), D("11328.95"), D("10977.29")),
    ("锦阳市超限超载检测站", 46, 45, D("1382.10"), D("1396.44"), D("1388.02")),
    ("锦阳市交通运输职业技能培训中心", 20, 19, D("512.38"), D("530.06"), D("521.70")),
    ("锦阳市机场建设服务中心", 12, 11, D("3846.00"), D("4012.52"), D("3745.86")),
    ("锦阳市交通物流发展服务中心", 14, 12, D("987.26"), D("985.29"), D("967.42")),
]
N_SUB = len(UNITS) - 1
check(N_SUB == 12, "12 units")
BZ = sum(u[1] for u in UNITS)
SY = sum(u[2] for u in UNITS)
SUB = [total(*(u[i] for u in UNITS[1:])) for i in (3, 4, 5)]
ALL = [total(*(u[i] for u in UNITS)) for i in (3, 4, 5)]
BUD0, BUD1, SPEND = ALL
check(BZ == 607 and SY == 578, f"staff {BZ} {SY}")
BUD0_WRONG = BUD0 + D("100.00")  # PLANTED AR001: 合计 row's 年初预算 is 100 万元 above its parts
EXE = rate(SPEND, BUD1)
EXE_WRONG = D("97.84")  # PLANTED AR005: stated 执行率, true value is EXE
check(EXE != EXE_WRONG, "exe planted")
SPEND_WRONG = SPEND + D("27.00")  # PLANTED IC001: conclusion restates 支出 with two digits swapped
check(money(SPEND)[-6:-4] != money(SPEND_WRONG)[-6:-4], "swap")

BASIC = D("21643.58")
PERS = D("17926.41")
PUB = BASIC - PERS
PROJ = SPEND - BASIC
# sources: 一般公共预算 (basic all + project part), 政府性基金 (project), 其他 (project)
GF_P = D("9842.16")
OT_P = D("1287.40")
YB_P = PROJ - GF_P - OT_P
YB = BASIC + YB_P
check(YB + GF_P + OT_P == SPEND, "sources")
PY_SPEND = D("55218.63")

# 在职人员控制率 formula
CTRL = rate(SY, BZ)
CTRL_WRONG = "96.56%"  # PLANTED AR003: 578/607 = 95.22%
check(f"{CTRL}%" != CTRL_WRONG, "ctrl planted")

SG_BUD, SG = D("186.00"), D("163.42")
SG_CAR, SG_JD = D("148.57"), D("14.85")
check(SG_CAR + SG_JD == SG, "sg")
PY_SG = D("171.30")
SG_CHG = rate(SG - PY_SG, PY_SG)

CG_BUD, CG = D("8426.30"), D("8213.75")

SCORE = [
    # 一级, 二级, 三级, 分值, 得分, 扣分原因
    ("投入", "目标设定", "绩效目标合理性", 4, 4, ""),
    ("投入", "目标设定", "绩效指标明确性", 4, 3, "部分效益指标未量化"),
    ("投入", "预算配置", "在职人员控制率", 4, 4, ""),
    ("投入", "预算配置", "“三公”经费变动率", 4, 4, ""),
    ("投入", "预算配置", "重点支出安排率", 4, 4, ""),
    ("过程", "预算执行", "预算执行率", 6, 6, ""),
    ("过程", "预算执行", "预算调整率", 4, 2, "年中追加预算较多"),
    ("过程", "预算执行", "结转结余率", 4, 3, "机场建设服务中心项目结转较多"),
    ("过程", "预算执行", "公用经费控制率", 4, 4, ""),
    ("过程", "预算执行", "政府采购执行率", 4, 4, ""),
    ("过程", "预算管理", "管理制度健全性", 4, 4, ""),
    ("过程", "预算管理", "资金使用合规性", 2, 1.5, "个别单位差旅费报销审核不严"),
    ("过程", "预算管理", "预决算信息公开性", 2, 2, ""),
    ("产出", "产出数量", "国省干线公路养护里程", 8, 8, ""),
    ("产出", "产出数量", "农村公路新改建里程", 8, 7, "2个项目受征地影响延期"),
    ("产出", "产出质量", "交通执法案件办结率", 7, 6, "部分案件跨年办结"),
    ("产出", "产出时效", "重点工程按期完成率", 7, 5, "机场连接线工程滞后"),
    ("效果", "社会效益", "道路运输安全事故起数下降率", 5, 4, "未完成下降8%的目标"),
    ("效果", "社会效益", "公交出行分担率", 5, 6, ""),  # PLANTED SC001: 得分 6 above 分值 5
    ("效果", "可持续影响", "长效管护机制健全性", 5, 3, "农村公路管护资金未足额落实"),
    ("效果", "满意度", "服务对象满意度", 5, 5, ""),
]
GROUPS = ["投入", "过程", "产出", "效果"]
GMAX = {g: sum(r[3] for r in SCORE if r[0] == g) for g in GROUPS}
GSC = {g: sum(D(str(r[4])) for r in SCORE if r[0] == g) for g in GROUPS}
check(GMAX == {"投入": 20, "过程": 30, "产出": 30, "效果": 20}, f"gmax {GMAX}")
TOTAL = sum(GSC.values())
check(TOTAL == D("89.5"), f"total {TOTAL}")
GRADE_WRONG = "优"  # PLANTED SC007: 89.5 under the stated bands is 良


def fmt(x):
    x = D(str(x))
    return str(int(x)) if x == int(x) else str(x)


def blocks():
    b = []
    b.append(Title("锦阳市交通运输局2024年度部门整体支出绩效自评报告"))
    b.append(Center("（部门汇总）"))
    b.append(P("根据《四川省财政厅关于印发〈四川省省级部门整体支出绩效评价管理办法〉的通知》精神和《锦阳市财政局关于开展2024年度市级部门预算绩效自评工作的通知》（锦财绩〔2025〕3号）要求，市交通运输局对2024年度部门整体支出开展绩效自评。自评范围包括局本级和12个所属单位，自评口径为部门汇总决算数。现将有关情况报告如下。"))
    b.append(H(1, "一、部门概况"))
    b.append(H(2, "（一）主要职能"))
    b.append(P("市交通运输局是市政府工作部门，负责全市公路、水路、城市公共交通和综合交通运输管理。主要职责包括：拟订全市综合交通运输发展规划并组织实施；负责国省干线公路和农村公路的建设、养护和路政管理；负责道路运输、水路运输市场监管；指导城市公共交通和出租汽车行业管理；负责交通建设工程质量安全监督；统筹交通运输综合行政执法；协调推进机场、物流等综合交通枢纽建设。"))
    b.append(H(2, "（二）机构及人员"))
    b.append(P(f"局机关内设办公室、规划发展科、财务审计科、公路管理科、运输管理科、安全监督科、建设管理科、法规科、人事科9个科室。所属二级预算单位{N_SUB}个，均为财政全额或差额拨款事业单位。截至2024年底，全系统核定编制{BZ}名，实有在职人员{SY}名；其中局本级编制68名，实有64名。退休人员392名。"))
    rows = [["单位名称", "编制数", "实有人数", "年初预算数", "调整后预算数", "决算支出数", "执行率"]]
    rows.append(["合计", str(BZ), str(SY), yuan(BUD0_WRONG), yuan(BUD1), yuan(SPEND), f"{EXE}%"])
    u = UNITS[0]
    rows.append([u[0], str(u[1]), str(u[2]), yuan(u[3]), yuan(u[4]), yuan(u[5]), pct(u[5], u[4])])
    rows.append(["所属单位小计", str(BZ - 68), str(SY - 64), yuan(SUB[0]), yuan(SUB[1]), yuan(SUB[2]), pct(SUB[2], SUB[1])])
    for u in UNITS[1:]:
        rows.append(["　" + u[0], str(u[1]), str(u[2]), yuan(u[3]), yuan(u[4]), yuan(u[5]), pct(u[5], u[4])])
    b.append(Caption("表1  2024年度部门预算单位构成及预算执行情况（单位：元）"))
    b.append(Table(rows, widths=[3.4, 0.8, 0.8, 1.6, 1.6, 1.6, 0.9]))

    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"（一）预算安排情况。2024年部门年初预算{money(BUD0)}万元，年中根据省交通运输厅下达的车购税补助、成品油税费改革转移支付和市委市政府重点工作追加调整，调整后预算{money(BUD1)}万元，调整数{money(BUD1 - BUD0)}万元。"))
    b.append(P(f"（二）支出情况。2024年部门决算支出{money(SPEND)}万元，约{yi(SPEND)}亿元，较2023年{money(PY_SPEND)}万元增长{pct(SPEND - PY_SPEND, PY_SPEND)}。按支出性质分，基本支出{money(BASIC)}万元，其中人员经费{money(PERS)}万元、公用经费{money(PUB)}万元；项目支出{money(PROJ)}万元。按资金来源分：一般公共预算支出{money(YB)}万元（基本支出{money(BASIC)}万元，项目支出{money(YB_P)}万元）；政府性基金预算支出{money(GF_P)}万元（全部为项目支出）；其他资金支出{money(OT_P)}万元（全部为项目支出）。"))
    b.append(P(f"（三）预算执行率。调整后预算{money(BUD1)}万元，决算支出{money(SPEND)}万元，预算执行率{EXE_WRONG}%。执行率最低的是机场建设服务中心，为{pct(UNITS[11][5], UNITS[11][4])}，主要是机场连接线征地拆迁进度滞后，部分资金结转至2025年使用。"))
    b.append(P(f"（四）“三公”经费。2024年“三公”经费预算{money(SG_BUD)}万元，实际支出{money(SG)}万元，其中公务用车运行维护费{money(SG_CAR)}万元、公务接待费{money(SG_JD)}万元，因公出国（境）费0元。与2023年{money(PY_SG)}万元相比减少{money(PY_SG - SG)}万元，变动率{SG_CHG}%。"))
    b.append(P(f"（五）政府采购。全年政府采购预算{money(CG_BUD)}万元，实际采购{money(CG)}万元，政府采购执行率{pct(CG, CG_BUD)}，其中公路养护工程类采购6,318.40万元、货物类采购1,127.65万元、服务类采购767.70万元。"))
    check(D("6318.40") + D("1127.65") + D("767.70") == CG, "cg")

    b.append(H(1, "三、部门整体绩效目标完成情况"))
    b.append(H(2, "（一）产出完成情况"))
    b.append(P("1.公路养护。全年完成国省干线公路日常养护里程1,286公里，完成目标1,280公里的100.5%；实施路面大中修工程42.6公里，完成安全生命防护工程218公里，整治危旧桥梁11座。国省干线公路优良路率达到89.3%，比上年提高2.1个百分点。"))
    b.append(P("2.农村公路。全年完成农村公路新改建里程356公里，目标为380公里，完成率93.7%，未完成部分为三江镇至白鹤乡、龙泉乡至石门村2个项目，因征地协调延期至2025年一季度完工。新增通客车建制村14个，全市建制村通客车率保持100%。"))
    b.append(P("3.运输服务。全市新增和更新新能源公交车186辆，新开和优化公交线路23条，中心城区公交站点500米覆盖率达到98.6%；完成出租汽车网约化改造1,420辆；道路运输从业人员继续教育培训12,860人次。"))
    b.append(P("4.综合执法。全年开展路政、运政、港航联合执法检查1,652次，查处各类违法违规案件3,418件，办结3,327件，案件办结率97.34%；治超检测站检测货车48.6万辆次，超限超载率控制在0.8%以内。"))
    check(pct(3327, 3418) == "97.34%", "jb")
    b.append(P("5.重点工程。年初确定的10项市级重点交通工程中，按期完成8项，按期完成率80%；机场连接线工程和锦江航道整治二期工程未按期完工。"))
    b.append(H(2, "（二）效果实现情况"))
    b.append(P("全市道路运输安全事故起数较上年下降5.6%，未达到下降8%的目标；中心城区公交出行分担率达到41.2%，较上年提高1.8个百分点；全年第三方满意度测评综合满意度为92.4%。农村公路“路长制”全面推行，但县（区）配套的农村公路管护资金到位率仅为76%，长效管护机制仍需完善。"))

    b.append(H(1, "四、所属单位绩效情况"))
    desc = {
        "锦阳市公路事业发展中心": "完成国省干线养护和大中修工程，优良路率89.3%",
        "锦阳市道路运输服务中心": "完成道路运输从业人员继续教育培训和客运班线调整",
        "锦阳市交通运输综合行政执法支队": "开展联合执法检查1,652次，案件办结率97.34%",
        "锦阳市港航事务中心": "完成锦江航道日常维护，锦江航道整治二期工程延期",
        "锦阳市交通建设工程质量安全监督站": "监督在建项目38个，抽检合格率98.9%",
        "锦阳市公共交通发展中心": "新增和更新新能源公交车186辆，发放公交运营补贴",
        "锦阳市交通运输信息中心": "建成交通运行监测平台二期，接入视频监控点位2,460个",
        "锦阳市农村公路养护中心": "完成农村公路新改建356公里和日常养护",
        "锦阳市超限超载检测站": "检测货车48.6万辆次",
        "锦阳市交通运输职业技能培训中心": "开展驾驶员及从业人员培训",
        "锦阳市机场建设服务中心": "推进机场连接线征地拆迁，部分资金结转",
        "锦阳市交通物流发展服务中心": "完成物流园区规划和冷链物流项目申报",
    }
    for u in UNITS[1:]:
        b.append(P(f"{u[0]}：调整后预算{money(u[4])}万元，决算支出{money(u[5])}万元，执行率{pct(u[5], u[4])}；{desc[u[0]]}。"))

    b.append(H(1, "五、部门整体支出绩效自评情况"))
    b.append(P(f"（一）投入情况（20分）。部门整体绩效目标与“十四五”综合交通运输发展规划相衔接，指标基本明确。在职人员控制率=在职人员数/编制数×100%={SY}/{BZ}×100%={CTRL_WRONG}，控制在100%以内，得4分。“三公”经费变动率{SG_CHG}%，支出较上年下降，得4分。本项得{fmt(GSC['投入'])}分。"))
    b.append(P(f"（二）过程情况（30分）。预算执行率{EXE_WRONG}%，达到95%以上，得6分；预算调整率较高，得2分；年末结转结余主要集中在机场建设服务中心，得3分；政府采购执行率{pct(CG, CG_BUD)}，得4分；个别单位差旅费报销审核不严，资金使用合规性扣0.5分。2024年度部门预算已于2024年2月5日在市政府门户网站公开，2023年度部门决算已于2024年8月公开，得2分。本项得{fmt(GSC['过程'])}分。"))
    b.append(P(f"（三）产出情况（30分）。国省干线养护完成目标，得8分；农村公路新改建完成率93.7%，扣1分；案件办结率97.34%，扣1分；重点工程按期完成率80%，扣2分。本项得{fmt(GSC['产出'])}分。"))
    b.append(P(f"（四）效果情况（20分）。道路运输安全事故起数下降5.6%，未完成目标，扣1分；公交出行分担率提高，满意度92.4%，长效管护机制有待完善，扣2分。本项得{fmt(GSC['效果'])}分。"))

    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"]]
    merges = []
    for g in GROUPS:
        start = len(rows)
        for r in SCORE:
            if r[0] == g:
                rows.append([r[0], r[1], r[2], fmt(r[3]), fmt(r[4]), r[5]])
        merges.append((start, 0, len(rows) - 1, 0))
        rows.append([f"{g}小计", "", "", fmt(GMAX[g]), fmt(GSC[g]), ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    rows.append(["合计", "", "", "100", fmt(TOTAL), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    b.append(Caption("附件  锦阳市2024年度部门整体支出绩效自评表"))
    b.append(Table(rows, merges=merges, widths=[1, 1.2, 2.6, 0.7, 0.7, 3]))
    b.append(P("评分方法：在职人员控制率≤100%得满分，每超过1个百分点扣0.5分；“三公”经费变动率≤0得满分，>0不得分；预算执行率≥95%得满分，每降低1个百分点扣0.5分；预算调整率≤5%得满分，每超过2个百分点扣1分，扣完为止；政府采购执行率≥95%得满分；其余指标按完成情况酌情评分。", bold=False))

    b.append(H(1, "六、评价结论"))
    b.append(P(f"综上，2024年全局部门决算支出{money(SPEND_WRONG)}万元，预算执行总体较好，年度绩效目标基本完成。经自评，2024年度部门整体支出绩效自评得分{fmt(TOTAL)}分。评价结果分为优（90分及以上）、良（80—89.99分）、中（60—79.99分）、差（60分以下）四个等级，本部门自评等级为“{GRADE_WRONG}”。"))
    b.append(H(1, "七、存在的问题"))
    b.append(P("一是重点工程推进不及预期。机场连接线、锦江航道整治二期工程受征地拆迁和汛期影响，未能按期完工，相关资金结转至下年，影响了部门预算执行率。二是预算调整幅度较大。年中追加的车购税补助和成品油税费改革转移支付资金较多，年初预算编制的前瞻性不足。三是部分所属单位绩效管理基础薄弱，绩效目标设置偏重数量，效益指标量化不足，自评工作由财务人员包办，业务科室参与不够。四是农村公路长效管护资金保障不足，部分县（区）配套资金未足额到位。"))
    b.append(H(1, "八、改进措施"))
    b.append(P("一是建立重点工程“月调度、季通报”机制，提前做好征地拆迁等前期工作，确保项目按期推进。二是提高年初预算编制的完整性，将可预见的上级补助资金提前列入年初预算，减少年中调整。三是加强所属单位绩效管理培训，将绩效目标完成情况纳入单位年度目标考核。四是积极争取省级农村公路管护补助资金，督促县（区）落实配套资金。"))
    b.append(H(1, "九、自评结果应用"))
    b.append(P("自评结果将在局门户网站公开，并作为2026年部门预算编制的参考依据。对执行率低于90%的项目，下年度预算按不低于10%的比例压减；对绩效目标完成较好的所属单位，在项目安排上予以倾斜。"))
    b.append(Sign(["锦阳市交通运输局（盖章）", "部门负责人（签字）：王志远", "日期：2024年12月20日"]))  # PLANTED YR002
    import extras
    b = extras.walk(b, "六、评价结论", "（五）评分指标逐项说明", [(r[2], '', '', r[3], r[4], r[5]) for r in SCORE])
    return extras.apply(SLUG, b)


from render import Center  # noqa: E402

KEY = f"""
# Answer key for 锦阳市交通运输局 2024 年度部门整体支出绩效自评报告 (fictional city, Sichuan form).
id: sc-jtj-2024
kind: 交通运输局
report_year: 2024
defect: 合计行年初预算、在职人员控制率、预算执行率、支出合计重述、得分超分值、等级、签署日期
expect:
  - rule: AR001
    severity: error
    values: ["{yuan(BUD0_WRONG)}", "{yuan(BUD0)}"]
    note: 表1 合计行年初预算 {yuan(BUD0_WRONG)}，本级 {yuan(UNITS[0][3])} + 所属单位小计 {yuan(SUB[0])} = {yuan(BUD0)}
  - rule: AR003
    severity: error
    values: ["{CTRL_WRONG}"]
    note: 在职人员控制率 {SY}/{BZ} = {CTRL}%，写作 {CTRL_WRONG}
  - rule: AR005
    severity: error
    values: ["{EXE_WRONG}%"]
    note: 预算执行率 {money(SPEND)}/{money(BUD1)} = {EXE}%，写作 {EXE_WRONG}%（同段给出分子分母）
  - rule: IC001
    severity: error
    values: ["{money(SPEND)}", "{money(SPEND_WRONG)}"]
    note: 决算支出 {money(SPEND)}（二、表1）在评价结论写作 {money(SPEND_WRONG)}
  - rule: SC001
    severity: error
    values: ["6", "5"]
    note: 公交出行分担率 分值 5，得分 6
  - rule: SC007
    severity: error
    values: ["{fmt(TOTAL)}"]
    note: 89.5 分按报告所写等级（优 90 分及以上、良 80—89.99）应为“良”，报告写“优”
  - rule: YR002
    severity: error
    values: ["2024年12月20日"]
    note: 部门负责人签字日期 2024年12月20日，在被评价年度之内
must_not:
  - rule: AR001
    values: ["{yuan(BUD1)}"]
    note: 合计行调整后预算 {yuan(BUD1)} = 本级 + 所属单位小计，相符（合计在表头下第一行）
  - rule: AR001
    values: ["{yuan(SPEND)}"]
    note: 合计行决算支出 {yuan(SPEND)} = 本级 {yuan(UNITS[0][5])} + 小计 {yuan(SUB[2])}；小计 = 12 个所属单位之和
  - rule: AR001
    values: ["{BZ}", "{SY}"]
    note: 编制 {BZ}、实有 {SY} = 本级 68/64 + 小计 {BZ - 68}/{SY - 64}
  - rule: AR001
    values: ["{yuan(SUB[0])}"]
    note: 所属单位小计的年初预算 {yuan(SUB[0])} 等于 12 个单位之和（合计不是本级+小计+单位行之和）
  - rule: IC003
    values: ["{money(YB)}", "{money(GF_P)}", "{money(OT_P)}"]
    note: 一般公共预算 {money(YB)} + 政府性基金 {money(GF_P)} + 其他 {money(OT_P)} = {money(SPEND)}；基本支出只来自一般公共预算
  - rule: AR002
    values: ["{money(PERS)}", "{money(PUB)}"]
    note: 人员经费 + 公用经费 = 基本支出 {money(BASIC)}
  - rule: AR006
    values: ["{money(BASIC)}", "{money(PROJ)}"]
    note: 基本 {money(BASIC)} + 项目 {money(PROJ)} = {money(SPEND)}
  - rule: AR002
    values: ["{money(CG)}"]
    note: 政府采购 6,318.40 + 1,127.65 + 767.70 = {money(CG)}
  - rule: AR002
    values: ["{money(SG)}"]
    note: 三公 {money(SG_CAR)} + {money(SG_JD)} + 0 = {money(SG)}
  - rule: AR005
    values: ["{SG_CHG}%"]
    note: 三公经费变动率 ({money(SG)}-{money(PY_SG)})/{money(PY_SG)} = {SG_CHG}%
  - rule: AR005
    values: ["97.34%"]
    note: 案件办结率 3,327/3,418 = 97.34%
  - rule: AR005
    values: ["{pct(CG, CG_BUD)}"]
    note: 政府采购执行率 {money(CG)}/{money(CG_BUD)}
  - rule: AR005
    values: ["{pct(UNITS[11][5], UNITS[11][4])}"]
    note: 机场建设服务中心执行率为单位口径，正确
  - rule: IC001
    values: ["{money(PY_SPEND)}"]
    note: 2023 年支出是上年数
  - rule: IC001
    values: ["64", "{SY}"]
    note: 局本级实有 64 与全系统 {SY} 口径不同
  - rule: SC005
    note: 各指标得分（按所写 6 分计）之和 89.5 与合计 89.5 相符；各小计亦相符
  - rule: SC006
    note: 分值 20+30+30+20 = 100
  - rule: SC002
    values: ["{SG_CHG}%"]
    note: 变动率 ≤ 0 得满分 4，正确
  - rule: YR003
    note: 2024 年度预算 2024 年公开、2023 年度决算 2024 年公开
  - rule: IC006
    note: 实有 {SY} < 编制 {BZ}
allow:
  - rule: IC001
    values: ["{EXE_WRONG}%"]
    note: 与 AR005 同一缺陷（表1 合计行执行率 {EXE}%）
  - rule: SC001
    values: ["6"]
    note: 五（五）逐项说明中重述同一得分（与自评表同一缺陷）
  - rule: IC001
    values: ["{money(BUD0_WRONG)}", "{money(BUD0)}"]
    note: 与 AR001 同一缺陷（表1 合计行年初预算与正文年初预算 {money(BUD0)} 不符）
  - rule: IC001
    values: ["{yuan(BUD0_WRONG)}"]
    note: 同上，以元写出
  - rule: AR006
    values: ["{money(SPEND_WRONG)}"]
    note: 与 IC001 同一缺陷（结论中支出合计写错）
  - rule: SC009
    note: 与 SC007 同一缺陷；得分超分值纠正后 88.5 仍为良
  - rule: SC003
    note: 执行率重算为 {EXE}% 仍 ≥95%，不影响得分；若报告，则为同一缺陷
  - rule: CP
    note: 完整性提示
"""

NOTES = f"""
# sc-jtj-2024 — 锦阳市交通运输局 2024（四川市级，7 处缺陷）

虚构地级市的交通运输局，本级 + 12 个所属单位。表1 合计行在最上方，随后本级、所属单位小计和 12 个单位行。
自评表按 投入/过程/产出/效果 分组，每组后有小计行，评分方法在表下统一说明，有扣分原因列。格式：DOCX。

## Planted defects

| # | rule | where | what |
|---|------|-------|------|
| 1 | AR001 | 表1 合计行 | 年初预算 {yuan(BUD0_WRONG)}，应为 {yuan(BUD0)} |
| 2 | AR003 | 五（一） | {SY}/{BZ}×100% 写作 {CTRL_WRONG}，应为 {CTRL}% |
| 3 | AR005 | 二（三） | 执行率 {EXE_WRONG}%，应为 {EXE}% |
| 4 | IC001 | 六 评价结论 | 支出 {money(SPEND_WRONG)}，他处 {money(SPEND)} |
| 5 | SC001 | 自评表 | 公交出行分担率 分值 5 得分 6 |
| 6 | SC007 | 六 | 89.5 分写“优”，按所写等级为“良” |
| 7 | YR002 | 落款 | 签字日期 2024年12月20日 |

## Tricky but correct

- 合计在上、所属单位小计居中：合计 = 本级 + 小计，不是所有行之和。
- 按资金来源：一般公共预算（基本+项目）+ 政府性基金（只有项目）+ 其他资金（只有项目）= 支出合计。
- 三公经费变动率为负，得满分；政府采购三类之和相符；案件办结率正确。
- 单位执行率（机场建设服务中心）与部门执行率口径不同。
- 局本级编制 68 / 实有 64 与全系统 {BZ}/{SY}。
"""
