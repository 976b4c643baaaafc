"""Held-out round 45, case a-1: 宁夏 固原市萧关县卫生健康局 2025 年度部门整体支出绩效自评报告.

CLEAN report: every figure is meant to be consistent. All identities are asserted below
with Decimal. Tricky-but-correct material (subsets, prior-year columns, budget vs actual,
元 vs 万元, rounding-only share totals, 〔2026〕 document numbers, disclosure of the 2024
决算 in a 2025 report) is listed in the answer key's must_not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from num_a import D, check, m, m0, n, ps, q, rate, total  # noqa: E402

SLUG = "nx-xiaoguan-weijian-2025"
FORMATS = ["docx"]
HEADINGS = "styled"
YEAR = 2025

UNIT = "萧关县卫生健康局"
COUNTY = "萧关县"

# --------------------------------------------------------------------------- people
# (name, nature, 编制, 实有, 其中专业技术人员)
PEOPLE = [
    ("萧关县卫生健康局（机关）", "行政机关", 13, 12, 0),
    ("萧关县疾病预防控制中心", "公益一类事业单位", 38, 36, 31),
    ("萧关县妇幼保健计划生育服务中心", "公益一类事业单位", 32, 31, 27),
    ("萧关县卫生健康综合监督执法所", "公益一类事业单位", 13, 12, 9),
]
BZ = sum(p[2] for p in PEOPLE)
SY = sum(p[3] for p in PEOPLE)
ZJ = sum(p[4] for p in PEOPLE)
BZ_XZ, BZ_SY = 13, 83
SY_XZ, SY_SY = 12, 79
check(BZ == 96 and SY == 91 and BZ_XZ + BZ_SY == BZ and SY_XZ + SY_SY == SY, "people")
check(BZ_SY == 38 + 32 + 13 and SY_SY == 36 + 31 + 12, "people split")
RETIRED, HIRED = 54, 17
INNER = ["办公室", "规划财务与信息股", "医政医管股（挂中医药管理股牌子）", "基层卫生与健康促进股",
         "疾病预防控制股（挂县爱国卫生运动委员会办公室牌子）", "人口监测与家庭发展股"]
check(len(INNER) == 6, "inner")

# --------------------------------------------------------------------------- projects (万元)
# (name, source, budget, actual)
POP = 167630
BPHS_STD = 94  # 元/人
BPHS_BUDGET = q(D(POP * BPHS_STD) / 10000)  # 1,575.72
check(BPHS_BUDGET == D("1575.72"), "bphs")
JF_N, JF_STD = 9340, 960
TF_SC_N, TF_SC_STD = 288, 4800
TF_SW_N, TF_SW_STD = 156, 6000
JF_AMT = D(JF_N * JF_STD) / 10000          # 896.64
TF_SC_AMT = D(TF_SC_N * TF_SC_STD) / 10000  # 138.24
TF_SW_AMT = D(TF_SW_N * TF_SW_STD) / 10000  # 93.60
JF_TOTAL = JF_AMT + TF_SC_AMT + TF_SW_AMT   # 1,128.48
check(JF_TOTAL == D("1128.48"), "jf")
VD_N, VD_STD = 252, 14400
VD_AMT = D(VD_N * VD_STD) / 10000           # 362.88
check(VD_AMT == D("362.88"), "vd")

PROJECTS = [
    ("基本公共卫生服务补助资金", "中央、自治区、县级", BPHS_BUDGET, D("1562.36")),
    ("基本药物制度补助资金", "中央、自治区", D("486.20"), D("486.20")),
    ("计划生育家庭奖励扶助和特别扶助资金", "中央、自治区、县级", D("1135.00"), JF_TOTAL),
    ("县域医共体建设及医疗服务能力提升资金", "自治区、县级", D("950.00"), D("920.00")),
    ("重大传染病防控经费", "中央", D("320.00"), D("318.45")),
    ("妇幼健康服务项目资金", "中央、自治区", D("280.00"), D("275.36")),
    ("乡村医生补助资金", "自治区、县级", VD_AMT, VD_AMT),
    ("卫生健康综合监督执法经费", "县级", D("88.00"), D("84.50")),
    ("计划生育特殊家庭关爱项目（彩票公益金）", "自治区彩票公益金", D("186.00"), D("186.00")),
    ("托育服务、爱国卫生及健康教育项目", "县级", D("530.00"), D("518.80")),
]
PROJ_BUD = total(p[2] for p in PROJECTS)
PROJ_ACT = total(p[3] for p in PROJECTS)
check(PROJ_BUD == D("5913.80") and PROJ_ACT == D("5843.03"), "proj totals")
N_PROJ = len(PROJECTS)
N_CENTRAL = sum(1 for p in PROJECTS if "中央" in p[1])
check(N_PROJ == 10 and N_CENTRAL == 5, "project counts")
N_FULL = sum(1 for p in PROJECTS if p[2] == p[3])
check(N_FULL == 3, "fully executed projects")

# --------------------------------------------------------------------------- basic spending
PERS_BUD, PUB_BUD = D("1938.20"), D("312.63")
PERS_ACT, PUB_ACT = D("1896.45"), D("287.27")
BASIC_BUD = PERS_BUD + PUB_BUD
BASIC_ACT = PERS_ACT + PUB_ACT
check(BASIC_BUD == D("2250.83") and BASIC_ACT == D("2183.72"), "basic")

EXP_BUD = BASIC_BUD + PROJ_BUD   # 全年预算数 8,164.63
EXP_ACT = BASIC_ACT + PROJ_ACT   # 全年执行数 8,026.75
check(EXP_BUD == D("8164.63") and EXP_ACT == D("8026.75"), "exp")
CARRY_END = EXP_BUD - EXP_ACT    # 137.88
check(CARRY_END == D("137.88"), "carry end")

# --------------------------------------------------------------------------- income (万元)
CARRY_BEG = D("312.64")
CARRY_BEG_FIS, CARRY_BEG_OTH = D("287.46"), D("25.18")
check(CARRY_BEG_FIS + CARRY_BEG_OTH == CARRY_BEG, "carry beg split")
FUND, BIZ, OTH = D("186.00"), D("268.43"), D("69.26")
INC_YEAR = EXP_BUD - CARRY_BEG   # 7,851.99
GP = INC_YEAR - FUND - BIZ - OTH  # 7,328.30
check(INC_YEAR == D("7851.99") and GP == D("7328.30"), "income")
INIT_GP, INIT_FUND, INIT_BIZ, INIT_OTH = D("6612.40"), D("0.00"), D("250.00"), D("63.00")
INIT = INIT_GP + INIT_FUND + INIT_BIZ + INIT_OTH
check(INIT == D("6925.40"), "init")
INC_DIFF = EXP_BUD - INIT
check(INC_DIFF == D("1239.23"), "diff")

# expenditure by funding source
EXP_FUND, EXP_BIZ, EXP_OTH = D("186.00"), D("265.15"), D("68.26")
EXP_GP = EXP_ACT - EXP_FUND - EXP_BIZ - EXP_OTH   # 7,507.34
check(EXP_GP == D("7507.34"), "exp gp")
CARRY_END_OTH = CARRY_BEG_OTH + BIZ + OTH - EXP_BIZ - EXP_OTH  # 29.46
CARRY_END_FIS = CARRY_BEG_FIS + GP + FUND - EXP_GP - EXP_FUND  # 108.42
check(CARRY_END_OTH == D("29.46") and CARRY_END_FIS == D("108.42"), "carry end split")
check(CARRY_END_OTH + CARRY_END_FIS == CARRY_END, "carry end sum")

# 自评表 预算执行 rows: 财政拨款 / 其他资金
FIS_INIT = INIT_GP + INIT_FUND
OTH_INIT = INIT_BIZ + INIT_OTH
FIS_BUD = CARRY_BEG_FIS + GP + FUND
OTH_BUD = CARRY_BEG_OTH + BIZ + OTH
FIS_ACT = EXP_GP + EXP_FUND
OTH_ACT = EXP_BIZ + EXP_OTH
check(FIS_BUD + OTH_BUD == EXP_BUD and FIS_ACT + OTH_ACT == EXP_ACT and FIS_INIT + OTH_INIT == INIT, "fis/oth")

# function classification (万元)
FN_SB, FN_ZF, FN_QT = D("342.18"), D("139.55"), D("186.00")
FN_WJ = EXP_ACT - FN_SB - FN_ZF - FN_QT  # 7,359.02
check(FN_WJ == D("7359.02"), f"fn wj {FN_WJ}")
FN_WJ_GW, FN_WJ_JS = D("3214.57"), D("1206.35")  # 其中 rows, subsets only
check(FN_WJ_GW + FN_WJ_JS < FN_WJ, "fn subsets")

# 三公 (万元)
SG_BUD = {"cg": D("0.00"), "jd": D("3.20"), "gz": D("0.00"), "yx": D("18.40")}
SG_ACT = {"cg": D("0.00"), "jd": D("2.36"), "gz": D("0.00"), "yx": D("15.48")}
SG_PRV = {"cg": D("0.00"), "jd": D("2.71"), "gz": D("0.00"), "yx": D("16.56")}
SGB, SGA, SGP = (total(d.values()) for d in (SG_BUD, SG_ACT, SG_PRV))
check(SGB == D("21.60") and SGA == D("17.84") and SGP == D("19.27"), "sangong")
SG_CTRL = rate(SGA, SGB)            # 82.59%
SG_DOWN = rate(SGP - SGA, SGP)      # 7.42%
check(SG_CTRL == D("82.59") and SG_DOWN == D("7.42"), "sg rates")
JD_YUAN = int(SG_ACT["jd"] * 10000)
check(JD_YUAN == 23600, "jd yuan")
JD_BATCH, JD_PERSON = 41, 286
CARS = 6

# --------------------------------------------------------------------------- indicators
EXEC_RATE = rate(EXP_ACT, EXP_BUD)          # 98.31
EXEC_SCORE = q(EXEC_RATE / 100 * 10)        # 9.83
check(EXEC_RATE == D("98.31") and EXEC_SCORE == D("9.83"), "exec")
BASIC_RATE = rate(BASIC_ACT, BASIC_BUD)
PROJ_RATE = rate(PROJ_ACT, PROJ_BUD)

DA_N = 154820
DA_RATE = rate(DA_N, POP)                   # 92.36
DA_PREV = D("91.08")
OLD_BASE, OLD_N = 21540, 14286
OLD_RATE = rate(OLD_N, OLD_BASE)            # 66.32
HBP_N, HBP_STD = 13870, 9412
HBP_RATE = rate(HBP_STD, HBP_N)             # 67.86
VAC_DUE, VAC_DONE = 24316, 23944
VAC_RATE = rate(VAC_DONE, VAC_DUE)          # 98.47
LIVE, MAT_MGD = 1356, 1289
MAT_RATE = rate(MAT_MGD, LIVE)              # 95.06
INF_DEATH = 4
INF_RATE = q(D(INF_DEATH) / LIVE * 1000)    # 2.95‰
PRE_BASE, PRE_DONE = 1334, 1019
PRE_RATE = rate(PRE_DONE, PRE_BASE)         # 76.39
HL = D("29.60")
HL_PREV = D("27.35")
LOCAL = D("88.70")
THC_ALL, THC_OK = 13, 11
THC_RATE = rate(THC_OK, THC_ALL)            # 84.62
SAT_N, SAT_OK = 980, 933
SAT_RATE = rate(SAT_OK, SAT_N)              # 95.20
check((DA_RATE, OLD_RATE, HBP_RATE, VAC_RATE, MAT_RATE, INF_RATE, PRE_RATE, THC_RATE, SAT_RATE) ==
      (D("92.36"), D("66.32"), D("67.86"), D("98.47"), D("95.06"), D("2.95"), D("76.39"), D("84.62"), D("95.20")),
      "indicator rates")
check(DA_RATE - DA_PREV == D("1.28"), "da prev")


def prop(actual, target, weight):
    """Scoring rule stated in the report: target met → full; else actual÷target×weight."""
    a, t = D(actual), D(target)
    return D(weight) if a >= t else q(a / t * weight)


# (一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差说明)
IND = [
    ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥150,000人", f"{n(DA_N)}人", 4, prop(DA_N, 150000, 4), "无偏差"),
    ("产出指标", "数量指标", "计划生育家庭奖励扶助对象人数", f"{n(JF_N)}人", f"{n(JF_N)}人", 4, D(4), "无偏差"),
    ("产出指标", "数量指标", "乡村医生补助发放人数", "≥250人", f"{VD_N}人", 3, prop(VD_N, 250, 3), "无偏差"),
    ("产出指标", "数量指标", "孕前优生健康检查目标人群覆盖率", "≥80%", ps(PRE_RATE), 4, prop(PRE_RATE, 80, 4),
     "外出务工人员多，部分目标人群未能在县内完成检查；下年度联合乡镇开展集中检查"),
    ("产出指标", "质量指标", "居民电子健康档案建档率", "≥90%", ps(DA_RATE), 4, prop(DA_RATE, 90, 4), "无偏差"),
    ("产出指标", "质量指标", "65岁及以上老年人健康管理率", "≥62%", ps(OLD_RATE), 4, prop(OLD_RATE, 62, 4), "无偏差"),
    ("产出指标", "质量指标", "高血压患者规范管理率", "≥70%", ps(HBP_RATE), 4, prop(HBP_RATE, 70, 4),
     "部分患者随访次数不足、血压控制未达标；下年度推行签约医生按季随访"),
    ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", ps(VAC_RATE), 4, prop(VAC_RATE, 90, 4), "无偏差"),
    ("产出指标", "质量指标", "孕产妇系统管理率", "≥90%", ps(MAT_RATE), 4, prop(MAT_RATE, 90, 4), "无偏差"),
    ("产出指标", "时效指标", "补助资金拨付及时率", "100%", "100%", 5, D(5), "无偏差"),
    ("产出指标", "成本指标", "乡村医生补助标准", "14,400元/人·年", "14,400元/人·年", 5, D(5), "无偏差"),
    ("产出指标", "成本指标", "农村部分计划生育家庭奖励扶助标准", "960元/人·年", "960元/人·年", 5, D(5), "无偏差"),
    ("效益指标", "社会效益指标", "孕产妇死亡率", "≤16/10万", "0", 5, D(5), "无偏差"),
    ("效益指标", "社会效益指标", "婴儿死亡率", "≤6‰", f"{INF_RATE}‰", 5, D(5), "无偏差"),
    ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%", ps(HL), 5, prop(HL, 28, 5), "无偏差"),
    ("效益指标", "社会效益指标", "县域内就诊率", "≥90%", ps(LOCAL), 5, prop(LOCAL, 90, 5),
     "部分重症和专科患者赴银川、固原就诊；下年度依托医共体补齐专科短板"),
    ("效益指标", "可持续影响指标", "甲、乙类传染病暴发疫情发生起数", "0起", "0起", 5, D(5), "无偏差"),
    ("效益指标", "可持续影响指标", "乡镇卫生院达到服务能力基本标准占比", "≥80%", ps(THC_RATE), 5, prop(THC_RATE, 80, 5), "无偏差"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", ps(SAT_RATE), 10, prop(SAT_RATE, 90, 10), "无偏差"),
]
W_OUT = sum(i[5] for i in IND if i[0] == "产出指标")
W_BEN = sum(i[5] for i in IND if i[0] == "效益指标")
W_SAT = sum(i[5] for i in IND if i[0] == "满意度指标")
check((W_OUT, W_BEN, W_SAT) == (50, 30, 10), "weights")
check(10 + W_OUT + W_BEN + W_SAT == 100, "full score 100")
S_OUT = total(i[6] for i in IND if i[0] == "产出指标")
S_BEN = total(i[6] for i in IND if i[0] == "效益指标")
S_SAT = total(i[6] for i in IND if i[0] == "满意度指标")
SCORE = EXEC_SCORE + S_OUT + S_BEN + S_SAT
PRE_SCORE = prop(PRE_RATE, 80, 4)
HBP_SCORE = prop(HBP_RATE, 70, 4)
LOCAL_SCORE = prop(LOCAL, 90, 5)
check((PRE_SCORE, HBP_SCORE, LOCAL_SCORE) == (D("3.82"), D("3.88"), D("4.93")), "partial scores")
check(S_OUT == D("49.70") and S_BEN == D("29.93") and S_SAT == D("10"), f"group scores {S_OUT} {S_BEN}")
check(SCORE == D("99.46"), f"score {SCORE}")
GRADE = "优" if SCORE >= 90 else "良" if SCORE >= 80 else "中" if SCORE >= 60 else "差"
check(GRADE == "优", "grade")
N_IND = len(IND) + 1  # + 预算执行率
N_OUT = sum(1 for i in IND if i[0] == "产出指标")
N_BEN = sum(1 for i in IND if i[0] == "效益指标")
check((N_IND, N_OUT, N_BEN) == (20, 12, 6), "indicator counts")
N_MISS = sum(1 for i in IND if i[6] < i[5])
check(N_MISS == 3, "missed")
LOST = D(100) - SCORE
check(LOST == D("0.54"), "lost")


def blocks():
    from render import H, P, Caption, Center, PageBreak, Sign, Table, Title

    b = []
    b.append(Title(f"{UNIT}{YEAR}年度部门整体支出绩效自评报告"))
    b.append(Center("（2026年3月）"))
    b.append(P(
        f"为全面反映本部门{YEAR}年度预算资金的使用效益，压实预算绩效管理主体责任，根据《自治区财政厅关于做好{YEAR}年度"
        f"预算绩效自评工作的通知》和《萧关县财政局关于开展{YEAR}年度部门整体支出绩效自评工作的通知》（萧财发〔2026〕9号）"
        f"的安排，我局按照“谁花钱、谁评价”的原则，对本部门{YEAR}年度整体支出的预算执行、绩效目标实现和资金管理情况"
        "进行了全面自评，现将有关情况报告如下。"))

    # ------------------------------------------------------------------ 一
    b.append(H(1, "一、部门概况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P(
        f"{UNIT}是县人民政府工作部门，为正科级，加挂县中医药管理局牌子。主要职责是：贯彻执行国家和自治区卫生健康工作方针政策"
        "和法律法规，拟订全县卫生健康事业发展规划并组织实施；统筹全县卫生健康资源配置，推进县域医疗卫生服务体系建设；"
        "协调推进深化医药卫生体制改革，牵头推进紧密型县域医共体建设和公立医院综合改革；组织落实疾病预防控制规划、"
        "国家免疫规划以及严重危害群众健康的公共卫生问题干预措施，依法报告和发布传染病疫情信息；组织实施国家基本药物制度，"
        "落实基层医疗卫生机构基本药物补助政策；负责职责范围内的职业卫生、放射卫生、环境卫生、学校卫生、公共场所卫生和"
        "饮用水卫生的监督管理，负责医疗机构和医疗服务行业的准入管理与监督；组织拟订并落实应对人口老龄化政策措施，"
        "负责计划生育管理和服务工作，落实计划生育家庭奖励扶助和特别扶助政策；指导乡镇卫生院、村卫生室和社区卫生服务机构"
        "建设，组织实施国家基本公共卫生服务项目；负责中医药事业的传承、发展和管理；完成县委、县政府交办的其他任务。"))
    b.append(H(2, "（二）机构设置及人员情况"))
    b.append(P(
        f"局机关内设{len(INNER)}个股室，分别是{'、'.join(INNER)}。纳入本次部门整体支出评价范围的二级预算单位3个，分别是"
        "萧关县疾病预防控制中心、萧关县妇幼保健计划生育服务中心和萧关县卫生健康综合监督执法所。县人民医院、县中医医院和"
        "13所乡镇卫生院为差额拨款事业单位，单独编报部门预算并另行开展绩效自评，其自身收支不在本报告中反映；但由我局作为"
        "主管部门分配拨付至上述机构的基本公共卫生服务、基本药物制度、乡村医生补助等资金，列入本部门项目支出，在本报告中一并评价。"))
    b.append(P(
        f"截至{YEAR}年12月31日，本部门核定编制{BZ}名，其中行政编制{BZ_XZ}名、事业编制{BZ_SY}名；年末实有在职人员{SY}人，"
        f"其中行政人员{SY_XZ}人、事业人员{SY_SY}人，实有人数未超过编制数，空编{BZ - SY}名。在职人员中专业技术人员{ZJ}人，"
        f"主要集中在疾控中心和妇幼保健计划生育服务中心。另有离退休人员{RETIRED}人、编外聘用人员{HIRED}人，均不占用编制，"
        "未计入实有在职人数。各单位编制及人员情况见表1。"))
    b.append(Caption(f"表1 {YEAR}年末编制及实有人员情况表"))
    rows = [["单位名称", "单位性质", "核定编制（名）", "年末实有人数（人）", "其中：专业技术人员（人）", "空编（名）"]]
    for name, nat, bz, sy, zj in PEOPLE:
        rows.append([name, nat, str(bz), str(sy), str(zj), str(bz - sy)])
    rows.append(["合计", "—", str(BZ), str(SY), str(ZJ), str(BZ - SY)])
    b.append(Table(rows, widths=[3.2, 2.0, 1.3, 1.4, 1.6, 1.0]))

    b.append(H(2, "（三）部门年度收支情况"))
    b.append(H(3, "1.收入情况"))
    b.append(P(
        f"{YEAR}年度本部门全年预算数（收入总计）为{m(EXP_BUD)}万元，其中上年结转结余{m(CARRY_BEG)}万元，本年收入{m(INC_YEAR)}万元。"
        f"本年收入中，一般公共预算财政拨款收入{m(GP)}万元，政府性基金预算财政拨款收入{m(FUND)}万元（全部为自治区下达的"
        f"彩票公益金），事业收入{m(BIZ)}万元，其他收入{m(OTH)}万元。全年预算数较年初预算数{m(INIT)}万元增加{m(INC_DIFF)}万元，"
        "增加的主要原因：一是上年结转结余资金按规定纳入当年预算；二是年中追加了中央和自治区基本公共卫生服务、医疗服务与"
        "保障能力提升等转移支付资金以及计划生育特殊家庭关爱彩票公益金。"))
    b.append(Caption(f"表2 {YEAR}年度收入预算情况表"))
    b.append(Center("单位：万元"))
    inc_rows = [
        ("上年结转结余", None, CARRY_BEG),
        ("一般公共预算财政拨款收入", INIT_GP, GP),
        ("政府性基金预算财政拨款收入", INIT_FUND, FUND),
        ("事业收入", INIT_BIZ, BIZ),
        ("其他收入", INIT_OTH, OTH),
    ]
    rows = [["收入项目", "年初预算数", "全年预算数", "占全年预算比重"]]
    shares = []
    for name, ini, full in inc_rows:
        sh = rate(full, EXP_BUD)
        shares.append(sh)
        rows.append([name, "—" if ini is None else m(ini), m(full), ps(sh)])
    rows.append(["合计", m(INIT), m(EXP_BUD), "100.00%"])
    global INC_SHARE_SUM
    INC_SHARE_SUM = total(shares)
    check(abs(INC_SHARE_SUM - 100) <= D("0.02"), "income shares rounding")
    check(total(r[2] for r in inc_rows) == EXP_BUD, "income table sum")
    b.append(Table(rows, widths=[3, 1.6, 1.6, 1.6]))

    b.append(H(3, "2.支出情况"))
    b.append(P(
        f"{YEAR}年度本部门支出合计{m(EXP_ACT)}万元，其中基本支出{m(BASIC_ACT)}万元，占支出合计的{ps(rate(BASIC_ACT, EXP_ACT))}；"
        f"项目支出{m(PROJ_ACT)}万元，占支出合计的{ps(rate(PROJ_ACT, EXP_ACT))}。基本支出中，人员经费{m(PERS_ACT)}万元，"
        "主要用于在职人员基本工资、津贴补贴、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金和离退休人员费用；"
        f"公用经费{m(PUB_ACT)}万元，主要用于办公费、水电费、差旅费、维修（护）费、培训费、公务用车运行维护费等日常运转开支。"))
    b.append(P(
        f"按资金来源划分，一般公共预算财政拨款支出{m(EXP_GP)}万元，政府性基金预算财政拨款支出{m(EXP_FUND)}万元，"
        f"事业收入安排的支出{m(EXP_BIZ)}万元，其他资金支出{m(EXP_OTH)}万元。年末结转结余{m(CARRY_END)}万元，其中财政拨款结转"
        f"{m(CARRY_END_FIS)}万元，其他资金结转结余{m(CARRY_END_OTH)}万元，主要是基本支出中年末尚未支付的人员经费和公用经费，"
        "以及县域医共体建设项目中尚未完成验收的设备购置尾款。"))
    b.append(Caption(f"表3 {YEAR}年度支出预算执行情况表"))
    b.append(Center("单位：万元"))
    rows = [
        ["支出项目", "全年预算数", "实际支出数", "预算执行率", "占支出合计比重"],
        ["基本支出", m(BASIC_BUD), m(BASIC_ACT), ps(BASIC_RATE), ps(rate(BASIC_ACT, EXP_ACT))],
        ["  其中：人员经费", m(PERS_BUD), m(PERS_ACT), ps(rate(PERS_ACT, PERS_BUD)), ps(rate(PERS_ACT, EXP_ACT))],
        ["        公用经费", m(PUB_BUD), m(PUB_ACT), ps(rate(PUB_ACT, PUB_BUD)), ps(rate(PUB_ACT, EXP_ACT))],
        ["项目支出", m(PROJ_BUD), m(PROJ_ACT), ps(PROJ_RATE), ps(rate(PROJ_ACT, EXP_ACT))],
        ["合计", m(EXP_BUD), m(EXP_ACT), ps(EXEC_RATE), "100.00%"],
    ]
    check(rate(BASIC_ACT, EXP_ACT) + rate(PROJ_ACT, EXP_ACT) == 100, "basic/proj shares")
    b.append(Table(rows, widths=[2.6, 1.6, 1.6, 1.5, 1.6]))

    fn_rows = [
        ("210", "卫生健康支出", FN_WJ),
        ("", "  其中：公共卫生", FN_WJ_GW),
        ("", "        计划生育事务", FN_WJ_JS),
        ("208", "社会保障和就业支出", FN_SB),
        ("221", "住房保障支出", FN_ZF),
        ("229", "其他支出（彩票公益金安排的支出）", FN_QT),
    ]
    fn_main = [FN_WJ, FN_SB, FN_ZF, FN_QT]
    fn_sh = [rate(x, EXP_ACT) for x in fn_main]
    global FN_SHARE_SUM
    FN_SHARE_SUM = total(fn_sh)
    check(total(fn_main) == EXP_ACT, "function sum")
    b.append(P(
        f"按支出功能分类，卫生健康支出{m(FN_WJ)}万元，占{ps(fn_sh[0])}，其中公共卫生支出{m(FN_WJ_GW)}万元、计划生育事务支出"
        f"{m(FN_WJ_JS)}万元（以上两项为卫生健康支出的组成部分，并非全部明细）；社会保障和就业支出{m(FN_SB)}万元，占{ps(fn_sh[1])}；"
        f"住房保障支出{m(FN_ZF)}万元，占{ps(fn_sh[2])}；其他支出{m(FN_QT)}万元，占{ps(fn_sh[3])}，为彩票公益金安排的计划生育"
        "特殊家庭关爱支出。"))
    b.append(Caption(f"表4 {YEAR}年度支出功能分类情况表"))
    b.append(Center("单位：万元"))
    rows = [["科目编码", "科目名称", "决算数", "占支出合计比重"]]
    k = 0
    for code, name, amt in fn_rows:
        if code:
            rows.append([code, name, m(amt), ps(fn_sh[k])])
            k += 1
        else:
            rows.append([code, name, m(amt), "—"])
    rows.append(["", "合计", m(EXP_ACT), "100.00%"])
    b.append(Table(rows, widths=[1.0, 3.4, 1.5, 1.5]))

    b.append(H(3, "3.“三公”经费情况"))
    b.append(P(
        f"{YEAR}年度“三公”经费预算{m(SGB)}万元，实际支出{m(SGA)}万元，“三公”经费控制率为{ps(SG_CTRL)}；较{YEAR - 1}年决算数"
        f"{m(SGP)}万元减少{m(SGP - SGA)}万元，下降{ps(SG_DOWN)}。其中：因公出国（境）费0万元，全年未安排因公出国（境）团组；"
        f"公务接待费{m(SG_ACT['jd'])}万元（即{n(JD_YUAN)}元），共接待上级检查指导、对口帮扶等公务活动{JD_BATCH}批次{JD_PERSON}人次，"
        f"全部执行公务接待清单制度；公务用车购置费0万元；公务用车运行维护费{m(SG_ACT['yx'])}万元，主要用于{CARS}辆执法、"
        "疾控应急和妇幼下乡服务用车的燃料费、维修费、保险费和过路费。“三公”经费下降的主要原因是严格落实过紧日子要求，"
        "压减公务接待频次，并对公务用车实行定点加油、定点维修和单车核算。"))
    b.append(Caption(f"表5 “三公”经费预决算对比表"))
    b.append(Center("单位：万元"))
    sg = lambda d, k: m(d[k])  # noqa: E731
    rows = [
        ["项目", f"{YEAR}年预算数", f"{YEAR}年决算数", f"{YEAR - 1}年决算数（上年）", "决算较上年增减额"],
        ["合计", m(SGB), m(SGA), m(SGP), m(SGA - SGP)],
        ["因公出国（境）费", sg(SG_BUD, "cg"), sg(SG_ACT, "cg"), sg(SG_PRV, "cg"), m(SG_ACT["cg"] - SG_PRV["cg"])],
        ["公务接待费", sg(SG_BUD, "jd"), sg(SG_ACT, "jd"), sg(SG_PRV, "jd"), m(SG_ACT["jd"] - SG_PRV["jd"])],
        ["公务用车购置及运行维护费", m(SG_BUD["gz"] + SG_BUD["yx"]), m(SG_ACT["gz"] + SG_ACT["yx"]),
         m(SG_PRV["gz"] + SG_PRV["yx"]), m(SG_ACT["gz"] + SG_ACT["yx"] - SG_PRV["gz"] - SG_PRV["yx"])],
        ["  其中：公务用车购置费", sg(SG_BUD, "gz"), sg(SG_ACT, "gz"), sg(SG_PRV, "gz"), m(SG_ACT["gz"] - SG_PRV["gz"])],
        ["        公务用车运行维护费", sg(SG_BUD, "yx"), sg(SG_ACT, "yx"), sg(SG_PRV, "yx"), m(SG_ACT["yx"] - SG_PRV["yx"])],
    ]
    b.append(Table(rows, widths=[3.0, 1.4, 1.4, 1.7, 1.6]))

    b.append(H(3, "4.项目支出情况"))
    central_names = [p[0] for p in PROJECTS if "中央" in p[1]]
    b.append(P(
        f"{YEAR}年度本部门共实施项目{N_PROJ}个，全年预算数{m(PROJ_BUD)}万元，实际支出{m(PROJ_ACT)}万元，项目支出预算执行率"
        f"{ps(PROJ_RATE)}。其中含有中央转移支付资金的项目{N_CENTRAL}个，即{'、'.join(central_names)}；其余项目由自治区和县级"
        f"财政安排。{N_PROJ}个项目中有{N_FULL}个项目全年预算全部执行完毕，其余项目的未执行资金主要为按合同约定尚未到期的"
        "设备尾款和年末尚未完成结算的服务费用。各项目预算执行情况见表6。"))
    b.append(Caption(f"表6 {YEAR}年度项目支出预算执行情况表"))
    b.append(Center("单位：万元"))
    rows = [["序号", "项目名称", "资金来源", "全年预算数", "实际支出数", "执行率"]]
    for i, (name, src, bud, act) in enumerate(PROJECTS, 1):
        rows.append([str(i), name, src, m(bud), m(act), ps(rate(act, bud))])
    rows.append(["合计", "", "", m(PROJ_BUD), m(PROJ_ACT), ps(PROJ_RATE)])
    b.append(Table(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 2)], widths=[0.6, 3.6, 1.8, 1.3, 1.3, 1.0]))

    b.append(H(2, "（四）年度主要工作"))
    b.append(P(
        f"{YEAR}年，我局围绕“强基层、保基本、建机制”的工作思路，重点开展了以下工作：一是持续推进紧密型县域医共体建设，"
        "以县人民医院为牵头单位，统一医共体内人员调配、药品耗材采购和信息系统，推动县级医院专家下沉乡镇卫生院坐诊带教；"
        "二是深入实施国家基本公共卫生服务项目，推行家庭医生签约服务与基本公共卫生服务融合开展，对重点人群实行分类管理；"
        "三是加强疾病预防控制体系建设，完善传染病监测预警和应急处置机制，组织开展传染病防控应急演练和流行季节重点场所"
        "健康监测；四是扎实做好妇幼健康服务，落实母婴安全五项制度，开展农村妇女“两癌”筛查、孕前优生健康检查和新生儿"
        "疾病筛查；五是按时足额兑现计划生育家庭奖励扶助和特别扶助资金，开展计划生育特殊家庭“双岗”联系人帮扶活动；"
        "六是加强卫生健康综合监督执法，对医疗机构、公共场所、学校和生活饮用水开展“双随机、一公开”抽查。"))

    # ------------------------------------------------------------------ 二
    b.append(H(1, "二、部门整体支出绩效目标设定情况"))
    b.append(P(
        f"{YEAR}年初，我局结合“健康宁夏”行动和全县卫生健康事业发展规划，围绕部门职能和年度重点工作编制了部门整体支出绩效目标，"
        "经县财政局审核后随部门预算一并批复。年度总体目标为：一是巩固基本公共卫生服务成果，提高居民电子健康档案质量，"
        "做实老年人、高血压等重点人群健康管理；二是做好传染病防控和国家免疫规划，守住不发生重大传染病疫情的底线；"
        "三是保障母婴安全，降低孕产妇和婴儿死亡风险，落实孕前优生健康检查；四是足额兑现计划生育奖励扶助、特别扶助和"
        "乡村医生补助政策；五是推进紧密型县域医共体建设，提高县域内就诊率和乡镇卫生院服务能力。"))
    b.append(P(
        "为确保目标可衡量、可考核，我局在设定绩效目标时坚持三条原则：一是与部门职能相匹配，指标覆盖基本公共卫生、疾病预防"
        "控制、妇幼健康、计划生育服务管理和基层卫生等主要职责；二是与预算资金相对应，主要项目资金均有对应的产出或效益指标；"
        "三是与上级考核要求相衔接，建档率、老年人健康管理率、高血压患者规范管理率、孕产妇系统管理率等指标值参照国家和"
        "自治区年度考核标准确定，县域内就诊率、乡镇卫生院服务能力等指标结合县域医共体建设目标确定。"))
    b.append(P(
        f"围绕上述目标，部门整体支出绩效指标体系共设置三级指标{N_IND}个，其中预算执行率指标1个、产出指标{N_OUT}个、"
        f"效益指标{N_BEN}个、满意度指标{len(IND) - N_OUT - N_BEN}个。各指标分值为：预算执行率10分，产出指标{W_OUT}分，"
        f"效益指标{W_BEN}分，满意度指标{W_SAT}分，合计100分。"))

    # ------------------------------------------------------------------ 三
    b.append(H(1, "三、绩效自评工作开展情况"))
    b.append(H(2, "（一）自评组织"))
    b.append(P(
        "收到县财政局通知后，我局成立了由局长任组长、分管财务工作的副局长任副组长，规划财务与信息股、基层卫生与健康促进股、"
        "疾病预防控制股、人口监测与家庭发展股负责人和各二级单位负责人为成员的绩效自评工作领导小组，领导小组办公室设在"
        "规划财务与信息股，具体负责自评方案制定、数据汇总和报告撰写。各二级单位分别明确一名分管领导和一名财务人员负责"
        "本单位数据采集和佐证资料整理。"))
    b.append(H(2, "（二）自评方法和过程"))
    b.append(P(
        "本次自评以年初批复的绩效目标为依据，采用比较法、因素分析法和公众评判法，将年度实际完成值与目标值逐项对比，"
        "并结合财务账簿、决算报表和业务统计资料进行核实。自评工作分三个阶段进行：2026年1月上旬为准备阶段，制定自评"
        "工作方案，明确评价范围、指标体系和时间安排；2026年1月中旬至2月下旬为实施阶段，各股室和二级单位对照指标收集"
        "佐证资料，规划财务与信息股对预算执行数据与部门决算逐项核对，业务股室对基本公共卫生、妇幼健康、疾病防控等数据"
        "与国家基本公共卫生服务管理系统、妇幼健康监测系统和免疫规划信息系统进行比对，并抽取4个乡镇、12个行政村开展"
        "现场核查；2026年3月上旬为总结阶段，领导小组集体研究评分结果，形成自评报告。"))
    b.append(P(
        "为保证自评结果客观真实，领导小组对各股室和二级单位报送的数据实行“三级审核”：填报人对原始数据负责，股室负责人"
        "对指标口径负责，规划财务与信息股对财务数据与决算报表的一致性负责。对同一数据在不同系统中存在差异的，以经上级"
        "业务部门审核确认的年报数据为准，并在自评底稿中注明数据来源和计算过程。自评打分由领导小组成员背靠背评分后集体"
        "讨论确定，避免个人意见代替集体意见。"))
    b.append(H(2, "（三）数据来源"))
    b.append(P(
        f"预算收支数据来源于{YEAR}年度部门决算报表和财务账簿；业务数据来源于卫生健康统计年报、国家基本公共卫生服务"
        "管理系统、妇幼健康监测系统、免疫规划信息系统和计划生育奖励扶助信息管理系统；满意度数据来源于我局委托县统计调查"
        "队开展的问卷调查。报告中引用的上年数据均取自上年度部门决算和统计年报，仅用于同口径对比。"))

    # ------------------------------------------------------------------ 四
    b.append(H(1, "四、综合评价结论"))
    b.append(P(
        f"经自评，{UNIT}{YEAR}年度部门整体支出绩效自评得分为{SCORE}分，评价等级为“{GRADE}”。其中预算执行率得分{EXEC_SCORE}分，"
        f"产出指标得分{S_OUT}分，效益指标得分{S_BEN}分，满意度指标得分{q(S_SAT)}分。{N_IND}个三级指标中，{N_IND - N_MISS - 1}个指标"
        f"达到或优于年度指标值，预算执行率未达到100%，孕前优生健康检查目标人群覆盖率、高血压患者规范管理率和县域内就诊率"
        f"{N_MISS}个指标未达到年度指标值，预算执行率及上述{N_MISS}个指标合计扣减{LOST}分。总体来看，本部门预算编制较为合理，资金拨付及时，重点民生政策足额"
        "兑现，基本公共卫生服务、妇幼健康和疾病防控等核心任务全面完成，较好地实现了年度绩效目标。"))

    # ------------------------------------------------------------------ 五
    b.append(H(1, "五、绩效目标完成情况分析"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(
        f"{YEAR}年度本部门全年预算数{m(EXP_BUD)}万元，全年执行数{m(EXP_ACT)}万元。预算执行率=全年执行数÷全年预算数×100%="
        f"{m(EXP_ACT)}÷{m(EXP_BUD)}×100%={ps(EXEC_RATE)}，按“预算执行率×10分”计分，该指标得{EXEC_SCORE}分。分类看，基本支出"
        f"预算执行率为{ps(BASIC_RATE)}，项目支出预算执行率为{ps(PROJ_RATE)}。年初预算数为{m(INIT)}万元，年初预算与全年预算"
        "的差异已在收入情况中说明，计算执行率时以调整后的全年预算数为分母。"))
    b.append(P(
        f"“三公”经费控制率=“三公”经费实际支出数÷“三公”经费预算数×100%={m(SGA)}÷{m(SGB)}×100%={ps(SG_CTRL)}，"
        f"控制在预算以内。公用经费实际支出{m(PUB_ACT)}万元，预算为{m(PUB_BUD)}万元，公用经费控制率为"
        f"{ps(rate(PUB_ACT, PUB_BUD))}。全年政府采购均按规定履行了采购程序，未发生超预算、无预算采购的情况。"))

    b.append(H(2, "（二）产出指标完成情况"))
    b.append(H(3, "1.数量指标"))
    b.append(P(
        f"居民电子健康档案建档人数：年度指标值为不少于150,000人，全年累计为辖区常住居民建立电子健康档案{n(DA_N)}人，"
        f"完成年度指标。计划生育家庭奖励扶助对象人数：年度指标值为{n(JF_N)}人，经乡镇初审、县级审核和公示，全年确认并"
        f"兑现农村部分计划生育家庭奖励扶助对象{n(JF_N)}人，做到应享尽享；另确认计划生育家庭特别扶助对象{TF_SC_N + TF_SW_N}人，"
        f"其中独生子女伤残家庭{TF_SC_N}人、独生子女死亡家庭{TF_SW_N}人。乡村医生补助发放人数：年度指标值为不少于250人，"
        f"全年为在岗乡村医生{VD_N}人足额发放补助，完成年度指标。"))
    b.append(P(
        f"孕前优生健康检查目标人群覆盖率：年度指标值为不低于80%。全年辖区计划怀孕夫妇目标人群{n(PRE_BASE)}对，完成免费"
        f"孕前优生健康检查{n(PRE_DONE)}对，覆盖率={n(PRE_DONE)}÷{n(PRE_BASE)}×100%={ps(PRE_RATE)}，未达到年度指标值。按"
        f"评分规则，该指标得分={ps(PRE_RATE)}÷80%×4分={PRE_SCORE}分。未达标的主要原因是我县外出务工人员较多，部分目标"
        "人群常年在外，未能返回县内参加检查。"))
    b.append(H(3, "2.质量指标"))
    b.append(P(
        f"居民电子健康档案建档率：全县常住人口{n(POP)}人，建档{n(DA_N)}人，建档率={n(DA_N)}÷{n(POP)}×100%={ps(DA_RATE)}，"
        f"高于年度指标值90%，较{YEAR - 1}年的{ps(DA_PREV)}提高{q(DA_RATE - DA_PREV)}个百分点。全年对电子健康档案开展"
        "两轮质量抽查，对信息不完整、更新不及时的档案督促乡镇卫生院限期补正，档案动态使用情况有所改善。"))
    b.append(P(
        f"65岁及以上老年人健康管理率：辖区65岁及以上常住老年人{n(OLD_BASE)}人，全年接受健康管理{n(OLD_N)}人，健康管理率为"
        f"{ps(OLD_RATE)}，高于年度指标值62%。各乡镇卫生院结合家庭医生签约服务，为老年人提供生活方式评估、体格检查、"
        "辅助检查和健康指导，并对体检中发现异常的老年人进行了转诊和随访。"))
    b.append(P(
        f"高血压患者规范管理率：全年在管高血压患者{n(HBP_N)}人，其中按照规范要求进行健康管理的{n(HBP_STD)}人，规范管理率为"
        f"{ps(HBP_RATE)}，低于年度指标值70%，该指标得分={ps(HBP_RATE)}÷70%×4分={HBP_SCORE}分。主要原因是部分偏远村组"
        "患者年内随访次数不足4次，少数患者血压控制不稳定，未纳入规范管理人数。"))
    b.append(P(
        f"适龄儿童国家免疫规划疫苗接种率：全年国家免疫规划疫苗应种{n(VAC_DUE)}剂次，实种{n(VAC_DONE)}剂次，接种率为"
        f"{ps(VAC_RATE)}，高于年度指标值90%。县疾控中心全年完成疫苗冷链运转和接种单位规范化门诊巡查，未发生疫苗"
        f"储存运输安全事件。孕产妇系统管理率：全年全县活产数{n(LIVE)}人，孕产妇系统管理{n(MAT_MGD)}人，系统管理率="
        f"{n(MAT_MGD)}÷{n(LIVE)}×100%={ps(MAT_RATE)}，高于年度指标值90%。"))
    b.append(H(3, "3.时效指标"))
    b.append(P(
        "补助资金拨付及时率：年度指标值为100%。基本公共卫生服务、基本药物制度、乡村医生补助等资金在收到上级资金文件后，"
        "均在规定时限内完成分配并拨付至乡镇卫生院和村卫生室；计划生育奖励扶助和特别扶助资金通过“一卡通”系统按时发放到人，"
        "全年资金拨付及时率为100%，完成年度指标。"))
    b.append(H(3, "4.成本指标"))
    b.append(P(
        f"乡村医生补助标准：年度指标值为每人每年14,400元，实际执行标准与指标值一致。全年补助资金={VD_N}人×14,400元="
        f"{n(VD_N * VD_STD)}元，即{m(VD_AMT)}万元，与表6中乡村医生补助资金实际支出数一致。农村部分计划生育家庭奖励扶助标准："
        f"年度指标值为每人每年{JF_STD}元，实际执行标准一致。全年奖励扶助资金={n(JF_N)}人×{JF_STD}元={n(JF_N * JF_STD)}元，"
        f"即{m(JF_AMT)}万元；特别扶助资金中，伤残家庭{TF_SC_N}人×{n(TF_SC_STD)}元={n(TF_SC_N * TF_SC_STD)}元，死亡家庭"
        f"{TF_SW_N}人×{n(TF_SW_STD)}元={n(TF_SW_N * TF_SW_STD)}元。以上三项合计{m(JF_TOTAL)}万元，与表6中计划生育家庭奖励扶助和"
        f"特别扶助资金实际支出数一致，该项目全年预算{m(PROJECTS[2][2])}万元，结余部分为年内因对象死亡、迁出等核减后的资金。"))

    b.append(H(2, "（三）效益指标完成情况"))
    b.append(P(
        f"孕产妇死亡率：年度指标值为不高于16/10万，全年未发生孕产妇死亡，完成年度指标。婴儿死亡率：年度指标值为不高于6‰，"
        f"全年婴儿死亡{INF_DEATH}例，婴儿死亡率={INF_DEATH}÷{n(LIVE)}×1000‰={INF_RATE}‰，完成年度指标。全县建成危重孕产妇"
        "救治中心和危重新生儿救治中心各1个，落实妊娠风险筛查评估、高危孕产妇专案管理和孕产妇死亡个案报告制度。"))
    b.append(P(
        f"居民健康素养水平：年度指标值为不低于28%，{YEAR}年监测结果为{ps(HL)}，较{YEAR - 1}年监测结果{ps(HL_PREV)}提高"
        f"{q(HL - HL_PREV)}个百分点。全年在县电视台、融媒体平台开设健康教育栏目，组织健康知识进乡村、进学校、进机关活动，"
        "发放健康教育资料和宣传品。"))
    b.append(P(
        f"县域内就诊率：年度指标值为不低于90%，全年县域内就诊率为{ps(LOCAL)}，未达到年度指标值，该指标得分={ps(LOCAL)}÷90%×5分="
        f"{LOCAL_SCORE}分。主要原因是县级医院心血管、肿瘤等专科能力仍然薄弱，部分重症和专科患者仍选择赴银川、固原等地就诊。"))
    b.append(P(
        f"甲、乙类传染病暴发疫情发生起数：全年未发生甲、乙类传染病暴发疫情，完成年度指标。乡镇卫生院达到服务能力基本标准占比："
        f"全县{THC_ALL}所乡镇卫生院中有{THC_OK}所达到国家“优质服务基层行”基本标准，占比={THC_OK}÷{THC_ALL}×100%={ps(THC_RATE)}，"
        "高于年度指标值80%。"))

    b.append(H(2, "（四）满意度指标完成情况"))
    b.append(P(
        f"我局委托县统计调查队于2026年1月采取入户访问和电话回访相结合的方式，对基本公共卫生服务对象、计划生育扶助对象和"
        f"孕产妇等服务对象开展满意度调查，共回收有效问卷{SAT_N}份，其中表示“满意”和“比较满意”的{SAT_OK}份，服务对象满意度="
        f"{SAT_OK}÷{SAT_N}×100%={ps(SAT_RATE)}，高于年度指标值90%，该指标得满分{W_SAT}分。群众意见主要集中在村卫生室"
        "药品种类偏少、部分乡镇卫生院专科医生不足等方面。"))

    b.append(H(2, "（五）部门管理情况"))
    b.append(P(
        "预算管理方面，我局严格按照“零基预算”要求编制部门预算，基本支出按照人员编制、工资标准和公用经费定额据实测算，"
        "项目支出以上级资金文件和年度工作任务为依据逐项论证，做到预算编制与绩效目标同步申报、同步审核、同步批复。"
        "预算执行中严格执行批复的预算，确需调整的按程序报县财政局审批，未发生无预算、超预算支出和随意调剂资金用途的情况。"))
    b.append(P(
        "财务管理方面，我局结合内部控制建设修订完善了财务管理、资金审批、公务接待、差旅费报销、公务用车使用和政府采购"
        "等管理制度，明确了各类支出的审批权限和报销流程。对拨付至乡镇卫生院和村卫生室的补助资金，实行“县级审核、乡镇"
        "复核、按绩效拨付”的管理方式，并将资金使用情况纳入对乡镇卫生院的年度考核。全年配合县审计局开展了专项资金审计，"
        "对审计指出的个别票据不规范问题已于当年整改完毕。"))
    b.append(P(
        "资产管理方面，各单位按规定设置了资产卡片和台账，固定资产购置纳入政府采购管理，资产出租、出借和报废处置均履行"
        "了审批程序。年末组织开展资产清查，账账、账卡、账实基本相符。疾控中心冷链设备、妇幼保健计划生育服务中心检验设备"
        "等专业设备均有专人管理、定期维护，使用状况良好。"))
    b.append(P(
        f"绩效运行监控方面，我局于{YEAR}年7月对{N_PROJ}个项目和部门整体支出开展了年中绩效运行监控，对照绩效目标逐项分析"
        "指标完成进度和预算执行进度。监控中发现孕前优生健康检查、高血压患者规范管理等指标进度偏慢，及时向相关股室和"
        "乡镇卫生院发出提醒，并调整了下半年工作安排；对县域医共体建设项目支出进度偏慢的问题，督促加快采购和验收进度。"
        "监控结果已按要求报送县财政局。"))

    # ------------------------------------------------------------------ 六
    b.append(H(1, "六、存在的问题及原因分析"))
    b.append(P(
        f"（一）部分项目预算执行进度不均衡。全年预算执行率为{ps(EXEC_RATE)}，年末仍有结转结余{m(CARRY_END)}万元。县域医共体建设"
        "项目中的部分设备采购在第四季度才完成招标，验收和付款延至次年；部分项目在上半年支出进度偏慢，下半年集中支付，"
        "反映出项目前期论证和支出计划安排还不够细。"))
    b.append(P(
        f"（二）个别绩效指标未达到年度指标值。孕前优生健康检查目标人群覆盖率{ps(PRE_RATE)}、高血压患者规范管理率"
        f"{ps(HBP_RATE)}、县域内就诊率{ps(LOCAL)}均未达标。原因一是流动人口较多，部分服务对象难以在县内接受服务；"
        "二是村级随访力量不足，乡村医生年龄偏大，信息化随访手段应用不充分；三是县级医院专科建设相对滞后，"
        "对上级医院的依赖较强。"))
    b.append(P(
        "（三）绩效指标设置还不够精细。部分指标以人数和覆盖率为主，反映资金使用效益和服务质量的指标偏少；个别指标值"
        "直接沿用上年标准，未充分结合年度工作任务变化进行测算，指标的导向作用还需进一步加强。"))

    b.append(P(
        "（四）基层信息化支撑能力不足。基本公共卫生服务管理系统、妇幼健康监测系统和医共体信息平台之间数据尚未完全互通，"
        "乡镇卫生院和村卫生室人员需在多个系统重复录入，既增加了基层工作负担，也影响了数据的及时性和准确性，部分指标"
        "数据需人工汇总后才能核实，绩效监控的时效性受到一定影响。"))

    # ------------------------------------------------------------------ 七
    b.append(H(1, "七、改进措施及有关建议"))
    b.append(P(
        "（一）加快预算执行。在预算编制阶段细化项目实施计划，对设备购置类项目提前完成需求论证和采购准备；建立月调度、"
        "季通报制度，对执行进度滞后的项目逐一分析原因、明确时限，力争下一年度各季度支出进度均衡。"))
    b.append(P(
        "（二）补齐服务短板。针对孕前优生健康检查，联合乡镇在春节前后务工人员返乡期间开展集中检查；针对高血压患者管理，"
        "推行家庭医生按季随访和智能血压计远程监测；针对县域内就诊率，依托紧密型县域医共体引进上级医院专家坐诊，"
        "重点加强心血管、肿瘤等专科建设。"))
    b.append(P(
        "（三）完善指标体系。按照部门整体支出绩效管理要求，增加反映资金使用效益和服务质量的指标，指标值结合历史数据和"
        "年度任务科学测算，并加强绩效运行监控，发现偏差及时纠偏。"))
    b.append(P(
        "（四）推进数据互联互通。协调上级业务部门和医共体信息平台建设单位，推动基本公共卫生、妇幼健康和医共体诊疗数据"
        "共享，减少基层重复录入；在村卫生室推广移动随访终端，提高随访数据的实时性。"))
    b.append(P(
        "（五）强化结果应用。将本次自评发现的问题纳入整改台账，明确责任股室和完成时限；自评结果作为下年度预算安排、"
        "项目资金分配和二级单位年度考核的重要参考。"))

    # ------------------------------------------------------------------ 八、九
    b.append(H(1, "八、绩效自评结果应用及公开情况"))
    b.append(P(
        f"我局{YEAR}年度部门预算已于{YEAR}年2月在萧关县人民政府门户网站公开，{YEAR - 1}年度部门决算已于{YEAR}年8月公开。本次"
        f"{YEAR}年度部门整体支出绩效自评报告经县财政局审核后，将随{YEAR}年度部门决算一并在县人民政府门户网站公开，"
        "接受社会监督。"))
    b.append(P(
        "在结果应用方面，我局将把自评中发现的预算执行进度不均衡、个别指标未达标等问题作为下一年度预算编制和绩效目标设定"
        "的重要依据：对执行率偏低的项目，在下年度预算中适当压减或调整安排节奏；对未达标的指标，分析原因后细化年度任务和"
        "工作措施，并在年中绩效运行监控中作为重点监控内容，形成“评价—反馈—整改—提升”的闭环管理。"))
    b.append(H(1, "九、其他需要说明的情况"))
    b.append(P(
        f"本报告金额单位除特别注明外均为万元，因四舍五入，个别合计数与分项之和、比重合计与100%之间可能存在尾差。"
        f"报告中标注为{YEAR - 1}年的数据均为上年实际数，仅作对比参考，不计入本年度评价。"))

    # ------------------------------------------------------------------ 附件
    b.append(PageBreak())
    b.append(P("附件"))
    b.append(Caption(f"{UNIT}{YEAR}年度部门整体支出绩效自评表"))
    rows = [
        ["部门名称", UNIT, "", "", "", "", ""],
        ["主管部门", f"{COUNTY}人民政府", "", "实施单位", UNIT, "", ""],
        ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", m(INIT), m(EXP_BUD), m(EXP_ACT), "10", ps(EXEC_RATE), str(EXEC_SCORE)],
        ["其中：财政拨款", m(FIS_INIT), m(FIS_BUD), m(FIS_ACT), "—", ps(rate(FIS_ACT, FIS_BUD)), "—"],
        ["其他资金", m(OTH_INIT), m(OTH_BUD), m(OTH_ACT), "—", ps(rate(OTH_ACT, OTH_BUD)), "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
        ["", "巩固基本公共卫生服务成果，做实重点人群健康管理；做好传染病防控和免疫规划；保障母婴安全；足额兑现计划生育"
             "扶助和乡村医生补助政策；推进县域医共体建设。", "", "",
         f"建档率{ps(DA_RATE)}，老年人健康管理率{ps(OLD_RATE)}；未发生传染病暴发疫情；孕产妇死亡率为0；奖励扶助对象"
         f"{n(JF_N)}人、乡村医生{VD_N}人补助足额发放；县域内就诊率{ps(LOCAL)}。", "", ""],
    ]
    merges = [(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6), (6, 1, 6, 3), (6, 4, 6, 6), (7, 1, 7, 3), (7, 4, 7, 6),
              (6, 0, 7, 0)]
    b.append(Table(rows, merges=merges, widths=[2.2, 1.5, 1.5, 1.5, 1.0, 1.2, 1.0]))
    b.append(P("绩效指标完成情况："))
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    merges = []
    start = {}
    for i, (l1, l2, l3, tgt, act, w, s, note) in enumerate(IND, 1):
        rows.append([l1, l2, l3, tgt, act, str(w), str(s), note])
    # merge repeated 一级/二级 cells
    for col in (0, 1):
        r = 1
        while r < len(rows):
            r2 = r
            while r2 + 1 < len(rows) and rows[r2 + 1][col] == rows[r][col] and (col == 0 or rows[r2 + 1][0] == rows[r][0]):
                r2 += 1
            if r2 > r:
                merges.append((r, col, r2, col))
            r = r2 + 1
    rows.append(["总分", "", "", "", "", "100", str(SCORE), f"评价等级：{GRADE}"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    b.append(Table(rows, merges=merges, widths=[1.1, 1.3, 2.6, 1.4, 1.4, 0.7, 0.7, 2.6]))
    b.append(P(
        "评分规则：预算执行率指标按“预算执行率×10分”计分；其他定量指标实际完成值达到年度指标值的得满分，未达到的按"
        "“实际完成值÷年度指标值×该指标分值”计分，保留两位小数；孕产妇死亡率、婴儿死亡率、传染病暴发疫情起数等反向"
        "指标实际值不高于指标值的得满分。评价等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，"
        "60分以下为“差”。"))
    b.append(Sign([f"{UNIT}", "2026年3月20日"]))
    return b
