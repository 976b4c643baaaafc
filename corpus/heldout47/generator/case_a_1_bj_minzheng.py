"""Case a-1: 北京市潮白区民政局 2025 年度部门整体支出绩效自评报告 (clean, PDF).

Fictional district (潮白区) and unit.  Every figure is derived below and every identity
is asserted with Decimal; nothing in this report is planted.
"""

from __future__ import annotations

from render import H, P, Caption, PageBreak, Sign, Table, Title

from num_a import D, m, n, pc, q2, rate, sc, total

SLUG = "bj-chaobai-minzheng-2025"
FORMATS = ["pdf"]
HEADINGS = "styled"

YEAR = 2025
UNIT = "北京市潮白区民政局"

# ------------------------------------------------------------------ people
STAFF = [  # (单位, 编制类型, 编制, 实有)
    ("局机关", "行政编制", 42, 39),
    ("区社会福利中心", "事业编制", 30, 27),
    ("区婚姻登记和社会事务服务中心", "事业编制", 16, 14),
    ("区殡葬管理所", "事业编制", 12, 11),
]
BZ_XZ, SY_XZ = 42, 39
BZ_SY = sum(r[2] for r in STAFF[1:])
SY_SY = sum(r[3] for r in STAFF[1:])
BZ = BZ_XZ + BZ_SY
SY = SY_XZ + SY_SY
assert (BZ_SY, SY_SY, BZ, SY) == (58, 52, 100, 91)
RETIRED, LIXIU, TUIXIU = 63, 2, 61
assert LIXIU + TUIXIU == RETIRED
STAFF_RATE = rate(SY, BZ)
assert STAFF_RATE == D("91.00")

# ------------------------------------------------------------------ income (万元)
INC_GEN = D("38462.57")  # 一般公共预算财政拨款收入
INC_FUND = D("2316.40")  # 政府性基金预算财政拨款收入（彩票公益金）
INC_OTH = D("85.30")  # 其他收入
INC_YEAR = INC_GEN + INC_FUND + INC_OTH
assert INC_YEAR == D("40864.27")
CF_GEN, CF_FUND, CF_OTH = D("1012.30"), D("196.15"), D("0.00")
CF = CF_GEN + CF_FUND + CF_OTH
assert CF == D("1208.45")
INC_ALL = INC_YEAR + CF
assert INC_ALL == D("42072.72")
INC_YEAR_PREV = D("38927.66")  # 2024 年度本年收入（上年数）
INC_GROWTH = rate(INC_YEAR - INC_YEAR_PREV, INC_YEAR_PREV)
assert INC_GROWTH == D("4.97")
GEN_SHARE_INC = rate(INC_GEN, INC_YEAR)

# ------------------------------------------------------------------ expenditure (万元)
# economic classification: 基本支出 / 项目支出
ECON = [  # (类别, 基本, 项目)
    ("工资福利支出", D("7102.35"), D("0.00")),
    ("商品和服务支出", D("1083.44"), D("6018.75")),
    ("对个人和家庭的补助", D("699.17"), D("21940.53")),
    ("对企业补助", D("0.00"), D("2878.26")),
    ("资本性支出", D("47.20"), D("1578.34")),
]
BASIC = total(r[1] for r in ECON)
PROJ = total(r[2] for r in ECON)
assert BASIC == D("8932.16") and PROJ == D("32415.88")
EXP = BASIC + PROJ
assert EXP == D("41348.04")
PERS = ECON[0][1] + ECON[2][1]
PUB = ECON[1][1] + ECON[4][1]
assert PERS == D("7801.52") and PUB == D("1130.64") and PERS + PUB == BASIC
GEREN = ECON[2][1] + ECON[2][2]
assert GEREN == D("22639.70")
GEREN_SHARE = rate(GEREN, EXP)
assert GEREN_SHARE == D("54.75")

# by funding source
EXP_GEN, EXP_FUND, EXP_OTH = D("39007.21"), D("2262.23"), D("78.60")
assert EXP_GEN + EXP_FUND + EXP_OTH == EXP
EXP_FIN = EXP_GEN + EXP_FUND
assert EXP_FIN == D("41269.44")
# 基本支出 = 一般公共 + 其他资金；项目支出 = 一般公共 + 政府性基金
BASIC_GEN = BASIC - EXP_OTH
PROJ_GEN = EXP_GEN - BASIC_GEN
assert BASIC_GEN == D("8853.56") and PROJ_GEN + EXP_FUND == PROJ

# year-end balances
END_GEN = INC_GEN + CF_GEN - EXP_GEN
END_FUND = INC_FUND + CF_FUND - EXP_FUND
END_OTH = INC_OTH + CF_OTH - EXP_OTH
END = END_GEN + END_FUND + END_OTH
assert (END_GEN, END_FUND, END_OTH, END) == (D("467.66"), D("250.32"), D("6.70"), D("724.68"))
assert INC_ALL - EXP == END

SHARE_BASIC = rate(BASIC, EXP)
SHARE_PROJ = rate(PROJ, EXP)
assert (SHARE_BASIC, SHARE_PROJ) == (D("21.60"), D("78.40"))
SH_GEN, SH_FUND, SH_OTH = rate(EXP_GEN, EXP), rate(EXP_FUND, EXP), rate(EXP_OTH, EXP)
assert SH_GEN + SH_FUND + SH_OTH == 100
SH_PERS, SH_PUB = rate(PERS, BASIC), rate(PUB, BASIC)
assert SH_PERS + SH_PUB == 100

# budget
BUD0_GEN, BUD0_FUND, BUD0_OTH = D("35480.00"), D("2080.00"), D("60.00")
BUD0 = BUD0_GEN + BUD0_FUND + BUD0_OTH
assert BUD0 == D("37620.00")
BUD_GEN, BUD_FUND, BUD_OTH = INC_GEN + CF_GEN, INC_FUND + CF_FUND, INC_OTH + CF_OTH
BUD = BUD_GEN + BUD_FUND + BUD_OTH
assert BUD == INC_ALL
BUD_FIN = BUD_GEN + BUD_FUND
BUD0_FIN = BUD0_GEN + BUD0_FUND
ADDED = BUD - BUD0 - CF
assert ADDED == D("3244.27")
EXEC = rate(EXP, BUD)
EXEC_GEN, EXEC_FUND, EXEC_OTH = rate(EXP_GEN, BUD_GEN), rate(EXP_FUND, BUD_FUND), rate(EXP_OTH, BUD_OTH)
EXEC_FIN = rate(EXP_FIN, BUD_FIN)
assert (EXEC, EXEC_GEN, EXEC_FUND, EXEC_OTH, EXEC_FIN) == (
    D("98.28"), D("98.82"), D("90.04"), D("92.15"), D("98.29"))
BUD_BASIC = D("9006.50")
BUD_PROJ = BUD - BUD_BASIC
assert BUD_PROJ == D("33066.22")
EXEC_BASIC, EXEC_PROJ = rate(BASIC, BUD_BASIC), rate(PROJ, BUD_PROJ)
assert (EXEC_BASIC, EXEC_PROJ) == (D("99.17"), D("98.03"))

# 三公经费 (万元): (项目, 2025预算, 2025实际, 2024实际)
SG = [
    ("因公出国（境）费", D("0.00"), D("0.00"), D("0.00")),
    ("公务接待费", D("0.80"), D("0.42"), D("0.57")),
    ("公务用车购置费", D("0.00"), D("0.00"), D("0.00")),
    ("公务用车运行维护费", D("12.60"), D("11.35"), D("11.74")),
]
SG_BUD = total(r[1] for r in SG)
SG_ACT = total(r[2] for r in SG)
SG_PREV = total(r[3] for r in SG)
assert (SG_BUD, SG_ACT, SG_PREV) == (D("13.40"), D("11.77"), D("12.31"))
SG_CTRL = rate(SG_ACT, SG_BUD)
SG_CHG = rate(SG_ACT - SG_PREV, SG_PREV)
assert (SG_CTRL, SG_CHG) == (D("87.84"), D("-4.39"))
SG_ACT_YUAN = int(SG_ACT * 10000)
assert SG_ACT_YUAN == 117700

# projects (万元): (类别, 名称, 全年预算, 全年执行)
PROJECTS = [
    ("社会救助类", "城乡最低生活保障金", D("9216.00"), D("9184.37")),
    ("社会救助类", "特困人员救助供养金", D("2530.00"), D("2498.62")),
    ("社会救助类", "临时救助及支出型困难家庭救助", D("420.00"), D("386.52")),
    ("社会救助类", "孤儿及困境儿童基本生活保障", D("368.00"), D("352.16")),
    ("养老服务类", "老年人津贴补贴（高龄津贴、失能护理补贴、困难老年人养老服务补贴）", D("6850.00"), D("6812.40")),
    ("养老服务类", "养老服务驿站运营补贴", D("1980.00"), D("1936.85")),
    ("养老服务类", "养老机构运营补贴", D("1260.00"), D("1241.30")),
    ("养老服务类", "彩票公益金养老服务设施改造", D("1580.00"), D("1498.26")),
    ("社会治理与社会事务类", "社区公益事业补助", D("3195.00"), D("3195.00")),
    ("社会治理与社会事务类", "社会组织培育及社会工作服务", D("486.00"), D("452.73")),
    ("社会治理与社会事务类", "惠民殡葬及基本殡葬服务", D("742.00"), D("718.94")),
    ("社会治理与社会事务类", "婚姻登记服务及档案数字化", D("165.00"), D("158.42")),
]
GROUPS = ["社会救助类", "养老服务类", "社会治理与社会事务类"]
KEY_BUD = total(p[2] for p in PROJECTS)
KEY_ACT = total(p[3] for p in PROJECTS)
OTHER_BUD = BUD_PROJ - KEY_BUD
OTHER_ACT = PROJ - KEY_ACT
assert (KEY_BUD, KEY_ACT) == (D("28792.00"), D("28435.57"))
assert (OTHER_BUD, OTHER_ACT) == (D("4274.22"), D("3980.31"))
GSUM = {g: (total(p[2] for p in PROJECTS if p[0] == g), total(p[3] for p in PROJECTS if p[0] == g))
        for g in GROUPS}
assert GSUM["社会救助类"] == (D("12534.00"), D("12421.67"))
assert GSUM["养老服务类"] == (D("11670.00"), D("11488.81"))
assert GSUM["社会治理与社会事务类"] == (D("4588.00"), D("4525.09"))
LINSHI = PROJECTS[2][3]
LINSHI_YUAN = int(LINSHI * 10000)
assert LINSHI_YUAN == 3865200
YIZHAN = PROJECTS[5][3]
CAIPIAO_GAIZAO = PROJECTS[7][3]
YIZHAN_FUND = EXP_FUND - CAIPIAO_GAIZAO  # 驿站补贴中由彩票公益金安排的部分（子集）
assert YIZHAN_FUND == D("763.97") and YIZHAN_FUND < YIZHAN
GAIZAO_LEFT = PROJECTS[7][2] - CAIPIAO_GAIZAO
YIZHAN_FUND_LEFT = END_FUND - GAIZAO_LEFT
assert (GAIZAO_LEFT, YIZHAN_FUND_LEFT) == (D("81.74"), D("168.58"))
SHEQU = PROJECTS[8][3]
N_KEY = len(PROJECTS)
assert N_KEY == 12

# ------------------------------------------------------------------ outputs
DB_HU, DB_REN = 3126, 4853
DB_OLD, DB_DIS, DB_CHILD = 1309, 1126, 684  # overlapping subsets of DB_REN
TK_FS, TK_JZ = 498, 114
TK = TK_FS + TK_JZ
assert TK == 612
LS_RC = 1847
LS_JINAN = 426
OLD_BT = 96420
YZ_N, YZ_TARGET_N = 68, 68
YZ_RC, YZ_RC_TARGET = 142360, 150000
YZ_RC_RATE = rate(YZ_RC, YZ_RC_TARGET)
assert YZ_RC_RATE == D("94.91")
YZ_LX = 66
YZ_LX_RATE = rate(YZ_LX, YZ_N)
assert YZ_LX_RATE == D("97.06")
SQ_CITY, SQ_RURAL = 176, 37
SQ = SQ_CITY + SQ_RURAL
assert SQ == 213 and SHEQU / SQ == 15
JX, JX_JD, JX_XZ = 19, 12, 7
assert JX_JD + JX_XZ == JX
SO_ALL, SO_DUE, SO_DONE = 538, 502, 486
SO_RATE = rate(SO_DONE, SO_DUE)
assert SO_RATE == D("96.81")
SO_MISS = SO_DUE - SO_DONE
assert SO_MISS == 16
SO_PROJ, SO_PROJ_TARGET = 126, 130
YL_JG, YL_JG_OK = 37, 36
YL_RATE = rate(YL_JG_OK, YL_JG)
assert YL_RATE == D("97.30")
HY_JH, HY_LH = 3412, 1205
DA_JUAN = 86300
BZ_REN = 2764
MONTHS = 12
ORPHAN, KUNJING = 52, 318
# satisfaction surveys
S1_SENT, S1_VALID, S1_OK = 1200, 1146, 1098
S2_SENT, S2_VALID, S2_OK = 900, 846, 792
S1_RATE, S2_RATE = rate(S1_OK, S1_VALID), rate(S2_OK, S2_VALID)
assert (S1_RATE, S2_RATE) == (D("95.81"), D("93.62"))
S_VALID = S1_VALID + S2_VALID
assert S_VALID == 1992

# ------------------------------------------------------------------ self-evaluation sheet
BUD_SCORE_W = D(10)
BUD_SCORE = q2(EXEC / 100 * BUD_SCORE_W)
assert BUD_SCORE == D("9.83")


def prop(actual, target, w) -> D:
    return q2(D(actual) / D(target) * D(w))


S_YZRC = prop(YZ_RC, YZ_RC_TARGET, 4)
S_SO = prop(SO_RATE, 98, 5)
S_SOP = prop(SO_PROJ, SO_PROJ_TARGET, 6)
assert (S_YZRC, S_SO, S_SOP) == (D("3.80"), D("4.94"), D("5.82"))

# (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因)
IND = [
    ("产出指标", "数量指标", "城乡低保月均保障人数", "≥4,700人", f"{n(DB_REN)}人", 4, 4, ""),
    ("产出指标", "数量指标", "特困供养人员救助供养人数", "≥600人", f"{TK}人", 3, 3, ""),
    ("产出指标", "数量指标", "养老服务驿站运营数量", f"≥{YZ_TARGET_N}家", f"{YZ_N}家", 4, 4, ""),
    ("产出指标", "数量指标", "养老服务驿站服务人次", f"≥{n(YZ_RC_TARGET)}人次", f"{n(YZ_RC)}人次", 4, S_YZRC,
     "部分驿站改造期间暂停助餐、助浴服务，未达目标；已督促驿站恢复服务并拓展上门服务"),
    ("产出指标", "数量指标", "社区公益事业补助覆盖社区数", f"{SQ}个", f"{SQ}个", 3, 3, ""),
    ("产出指标", "数量指标", "老年人津贴补贴发放人数", "≥95,000人", f"{n(OLD_BT)}人", 2, 2, ""),
    ("产出指标", "质量指标", "救助资金社会化发放准确率", "100%", "100%", 4, 4, ""),
    ("产出指标", "质量指标", "社会组织年报率", "≥98%", pc(SO_RATE), 5, S_SO,
     f"{SO_MISS}家社会组织未按期报送，已列入异常名录并督促整改"),
    ("产出指标", "质量指标", "婚姻登记档案合格率", "100%", "100%", 3, 3, ""),
    ("产出指标", "质量指标", "养老机构服务质量达标率", "≥95%", pc(YL_RATE), 3, 3, ""),
    ("产出指标", "时效指标", "低保金按月发放及时率", "100%", "100%", 4, 4, ""),
    ("产出指标", "时效指标", "急难型临时救助审批时限", "≤3个工作日", "全部在3个工作日内办结", 4, 4, ""),
    ("产出指标", "成本指标", "项目支出控制在全年预算内", f"≤{m(BUD_PROJ)}万元", f"{m(PROJ)}万元", 4, 4, ""),
    ("产出指标", "成本指标", "“三公”经费控制在预算内", f"≤{m(SG_BUD)}万元", f"{m(SG_ACT)}万元", 3, 3, ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%", 8, 8, ""),
    ("效益指标", "社会效益指标", "养老服务驿站街乡覆盖率", "100%", "100%", 6, 6, ""),
    ("效益指标", "社会效益指标", "惠民殡葬政策覆盖率", "100%", "100%", 5, 5, ""),
    ("效益指标", "社会效益指标", "社会组织参与社区治理服务项目数", f"≥{SO_PROJ_TARGET}个", f"{SO_PROJ}个", 6, S_SOP,
     "4个项目因社区需求调整未立项，下年度纳入项目库统筹"),
    ("效益指标", "可持续影响指标", "养老服务驿站连续运营率", "≥95%", pc(YZ_LX_RATE), 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "社会救助对象满意度", "≥90%", pc(S1_RATE), 5, 5, ""),
    ("满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", pc(S2_RATE), 5, 5, ""),
]
assert len(IND) == 21
assert sum(1 for r in IND if D(r[6]) == D(r[5])) == 18
assert SO_PROJ_TARGET - SO_PROJ == 4 and YZ_N - YZ_LX == 2
W_SUM = sum(D(r[5]) for r in IND)
assert W_SUM + BUD_SCORE_W == 100
IND_SCORE = total(r[6] for r in IND)
assert IND_SCORE == D("89.56")
TOTAL = BUD_SCORE + IND_SCORE
assert TOTAL == D("99.39")
GRADE = "优" if TOTAL >= 90 else "良" if TOTAL >= 80 else "中" if TOTAL >= 60 else "差"
assert GRADE == "优"
DED_IND = 90 - IND_SCORE
DED_BUD = BUD_SCORE_W - BUD_SCORE
assert (DED_IND, DED_BUD) == (D("0.44"), D("0.17")) and DED_IND + DED_BUD + TOTAL == 100
for r in IND:
    assert D(r[6]) <= D(r[5])
W = {}
for r in IND:
    W[r[1]] = W.get(r[1], 0) + r[5]
assert W == {"数量指标": 20, "质量指标": 15, "时效指标": 8, "成本指标": 7, "社会效益指标": 25,
             "可持续影响指标": 5, "服务对象满意度指标": 10}

# procurement and assets (万元)
CG_BUD, CG_ACT = D("2386.50"), D("2312.08")
CG_RATE = rate(CG_ACT, CG_BUD)
CG_SMALL = D("1421.35")  # 其中面向中小企业采购（子集）
assert CG_RATE == D("96.88") and CG_SMALL < CG_ACT
CG_SMALL_SHARE = rate(CG_SMALL, CG_ACT)
ASSETS = [("房屋及构筑物", D("5126.90")), ("通用设备", D("1043.28")), ("专用设备", D("482.61")),
          ("家具、用具及装具", D("189.58"))]
ASSET_ALL = total(a[1] for a in ASSETS)
assert ASSET_ALL == D("6842.37")
CARS = 7

REPORT_DATE = "2026年3月20日"
SHEET_DATE = "2026年3月18日"


# ------------------------------------------------------------------ blocks
def _income_table() -> Table:
    rows = [
        ["收入", "", "支出", ""],
        ["项目", "金额", "项目", "金额"],
        ["一、一般公共预算财政拨款收入", m(INC_GEN), "一、基本支出", m(BASIC)],
        ["二、政府性基金预算财政拨款收入", m(INC_FUND), "其中：人员经费", m(PERS)],
        ["三、其他收入", m(INC_OTH), "      公用经费", m(PUB)],
        ["", "", "二、项目支出", m(PROJ)],
        ["本年收入合计", m(INC_YEAR), "本年支出合计", m(EXP)],
        ["年初结转和结余", m(CF), "年末结转和结余", m(END)],
        ["收入总计", m(INC_ALL), "支出总计", m(EXP + END)],
    ]
    return Table(rows, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], widths=[3.2, 1.6, 2.6, 1.6])


def _econ_table() -> Table:
    rows = [["经济分类", "基本支出", "项目支出", "合计"]]
    for name, b, p in ECON:
        rows.append([name, m(b), m(p), m(b + p)])
    rows.append(["合计", m(BASIC), m(PROJ), m(EXP)])
    return Table(rows, widths=[2.4, 1.5, 1.5, 1.5])


def _budget_table() -> Table:
    rows = [
        ["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "年末结转和结余"],
        ["财政拨款小计", m(BUD0_FIN), m(BUD_FIN), m(EXP_FIN), pc(EXEC_FIN), m(END_GEN + END_FUND)],
        ["  一般公共预算财政拨款", m(BUD0_GEN), m(BUD_GEN), m(EXP_GEN), pc(EXEC_GEN), m(END_GEN)],
        ["  政府性基金预算财政拨款", m(BUD0_FUND), m(BUD_FUND), m(EXP_FUND), pc(EXEC_FUND), m(END_FUND)],
        ["其他资金", m(BUD0_OTH), m(BUD_OTH), m(EXP_OTH), pc(EXEC_OTH), m(END_OTH)],
        ["合计", m(BUD0), m(BUD), m(EXP), pc(EXEC), m(END)],
    ]
    return Table(rows, widths=[2.6, 1.4, 1.4, 1.4, 1.0, 1.4])


def _sg_table() -> Table:
    rows = [
        ["项目", "2025年预算数", "2025年实际支出", "上年（2024年）实际支出"],
    ]
    for name, b, a, p in SG:
        rows.append([name, m(b), m(a), m(p)])
    rows.append(["合计", m(SG_BUD), m(SG_ACT), m(SG_PREV)])
    return Table(rows, widths=[2.4, 1.4, 1.4, 1.8])


def _project_tables() -> list:
    head = ["序号", "项目名称", "全年预算数", "全年执行数", "执行率"]
    rows1 = [head]
    rows2 = [head]
    i = 0
    for g in GROUPS:
        target = rows1 if g != "社会治理与社会事务类" else rows2
        for p in PROJECTS:
            if p[0] != g:
                continue
            i += 1
            target.append([str(i), p[1], m(p[2]), m(p[3]), pc(rate(p[3], p[2]))])
        b, a = GSUM[g]
        target.append(["", f"{g}小计", m(b), m(a), pc(rate(a, b))])
    rows2.append(["", "重点项目合计", m(KEY_BUD), m(KEY_ACT), pc(rate(KEY_ACT, KEY_BUD))])
    rows2.append(["", "其他项目（行政运转、信息化运维等）", m(OTHER_BUD), m(OTHER_ACT),
                  pc(rate(OTHER_ACT, OTHER_BUD))])
    rows2.append(["", "项目支出总计", m(BUD_PROJ), m(PROJ), pc(EXEC_PROJ)])
    w = [0.6, 4.2, 1.3, 1.3, 1.0]
    return [
        Caption("表6  2025年度项目支出执行情况表（单位：万元）"),
        Table(rows1, widths=w),
        Caption("表6（续）"),
        Table(rows2, widths=w),
    ]


def _sheet() -> list:
    head_rows = [
        ["部门名称", UNIT, "", "", "", "", "", ""],
        ["预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", m(BUD0), m(BUD), m(EXP), "10", pc(EXEC), sc(BUD_SCORE)],
        ["其中：财政拨款", "", m(BUD0_FIN), m(BUD_FIN), m(EXP_FIN), "—", pc(EXEC_FIN), "—"],
        ["      其他资金", "", m(BUD0_OTH), m(BUD_OTH), m(EXP_OTH), "—", pc(EXEC_OTH), "—"],
    ]
    head = Table(head_rows, merges=[(0, 1, 0, 7), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 4, 1)],
                 widths=[1.2, 1.0, 1.2, 1.2, 1.2, 0.7, 0.9, 0.7])
    goal = Table([
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["",
         "兜牢困难群众基本生活底线，低保、特困、临时救助资金按时足额发放；养老服务驿站稳定运营并覆盖全部街乡，"
         "老年人津贴补贴应发尽发；社会组织规范管理，社区公益事业补助全覆盖；婚姻登记、殡葬服务规范便民。",
         f"全年保障低保对象月均{n(DB_REN)}人、特困人员{TK}人，临时救助{n(LS_RC)}人次；{YZ_N}家驿站覆盖{JX}个街乡，"
         f"服务{n(YZ_RC)}人次；发放老年人津贴补贴{n(OLD_BT)}人；社区公益事业补助覆盖{SQ}个社区；"
         f"社会组织年报率{pc(SO_RATE)}。除驿站服务人次、社会组织年报率和参与社区治理项目数外，其余目标均已完成。"],
    ], merges=[(0, 0, 1, 0)], widths=[1.2, 3.6, 3.6])
    rows = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    for r in IND:
        rows.append([r[0], r[1], r[2], r[3], r[4], str(r[5]), sc(r[6]), r[7]])
    # merge runs of equal 一级 / 二级 cells
    def runs(col):
        out = []
        s = 1
        for i in range(2, len(rows) + 1):
            if i == len(rows) or rows[i][col] != rows[s][col]:
                if i - 1 > s:
                    out.append((s, col, i - 1, col))
                s = i
        return out
    merges = runs(0) + runs(1)
    for r0, c0, r1, c1 in merges:
        for r in range(r0 + 1, r1 + 1):
            rows[r][c0] = rows[r0][c0]
    rows.append(["总分", "", "", "", "", "100", sc(TOTAL), f"评价等级：{GRADE}"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    ind = Table(rows, merges=merges, widths=[0.7, 0.9, 1.6, 1.8, 1.8, 0.6, 0.8, 1.6])
    return [
        Caption(f"{UNIT}{YEAR}年度部门整体支出绩效自评表"),
        P("填报单位（盖章）：北京市潮白区民政局    填报日期：" + SHEET_DATE + "    金额单位：万元"),
        head,
        goal,
        ind,
        P(f"评价等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"
          f"预算执行率得分=执行率×10分，即{pc(EXEC)}×10={sc(BUD_SCORE)}分；总分={sc(BUD_SCORE)}+{sc(IND_SCORE)}={sc(TOTAL)}分。"),
        P("填报人：韩雪梅    联系电话：010-69420317    单位负责人：周建平"),
    ]


def blocks() -> list:
    b: list = []
    b.append(Title(f"{UNIT}{YEAR}年度部门整体支出绩效自评报告"))

    b.append(P(
        f"根据《中共北京市委 北京市人民政府关于全面实施预算绩效管理的实施意见》和区财政局关于开展{YEAR}年度"
        f"预算绩效自评工作的通知要求，我局成立由主要负责同志任组长、分管财务工作的副局长任副组长、各科室和"
        f"所属事业单位负责人为成员的绩效自评工作组，对本部门{YEAR}年度整体支出开展了自评。自评以部门决算数据为基础，"
        f"结合各业务科室报送的台账、第三方满意度调查结果和项目支出绩效自评结果，对预算执行、产出、效益和满意度"
        f"四个方面进行了逐项核对和打分。现将自评情况报告如下。"))

    # ---------------------------------------------------------- 一
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P(
        "北京市潮白区民政局是区政府工作部门，主管全区民政工作。主要职责包括：贯彻落实国家和本市关于民政工作的"
        "方针政策和法律法规，拟订本区民政事业发展规划和政策措施并组织实施；负责全区最低生活保障、特困人员救助"
        "供养、临时救助等社会救助工作，统筹全区社会救助体系建设和困难群众信息动态管理；统筹推进、督促指导、"
        "监督管理全区养老服务工作，负责养老服务体系建设以及养老机构和养老服务驿站的行业管理，组织落实老年人"
        "津贴补贴制度；依法负责社会组织登记管理和执法监督，培育发展社区社会组织；指导城乡社区治理体系和治理"
        "能力建设，承担社区公益事业补助资金的分配和监督管理；负责婚姻登记管理、殡葬管理和殡葬服务监管，"
        "推进殡葬改革；负责孤儿、事实无人抚养儿童和困境儿童保障工作，推动慈善事业、社会工作和志愿服务发展；"
        "负责行政区划、地名和行政区域界线管理工作；完成区委、区政府交办的其他任务。"))
    b.append(H(2, "（二）机构设置及人员情况"))
    b.append(P(
        "局机关内设科室9个，分别为办公室、规划财务科、社会救助科、养老服务科、社会事务科（区划地名科）、"
        "基层政权和社区建设科、社会组织管理科、儿童福利和慈善社工科、法制和执法监督科。所属事业单位3个，"
        "分别为北京市潮白区社会福利中心、北京市潮白区婚姻登记和社会事务服务中心、北京市潮白区殡葬管理所。"
        "本报告按局机关和3个所属事业单位汇总口径编制。"))
    b.append(P(
        f"截至{YEAR}年12月31日，部门核定编制{BZ}名，其中行政编制{BZ_XZ}名、事业编制{BZ_SY}名；实有在职人员{SY}人，"
        f"其中行政人员{SY_XZ}人、事业人员{SY_SY}人，空编{BZ - SY}名，实有人数未超过核定编制。另有离退休人员{RETIRED}人"
        f"（离休{LIXIU}人、退休{TUIXIU}人），不计入在职人员。按“实有在职人数÷核定编制数×100%”计算，在职人员控制率为"
        f"{SY}÷{BZ}×100%={pc(STAFF_RATE)}。各单位编制和实有人数见表1，表中“事业单位小计”为3个事业单位之和，"
        f"“合计”为局机关与事业单位小计之和。"))
    b.append(Caption(f"表1  {YEAR}年末编制及实有人员情况表（单位：人）"))
    t1 = [["单位", "编制类型", "核定编制数", "实有人数", "空编数"]]
    t1.append([STAFF[0][0], STAFF[0][1], str(STAFF[0][2]), str(STAFF[0][3]), str(STAFF[0][2] - STAFF[0][3])])
    for u, k, bz, sy in STAFF[1:]:
        t1.append([u, k, str(bz), str(sy), str(bz - sy)])
    t1.append(["事业单位小计", "事业编制", str(BZ_SY), str(SY_SY), str(BZ_SY - SY_SY)])
    t1.append(["合计", "", str(BZ), str(SY), str(BZ - SY)])
    b.append(Table(t1, widths=[3.0, 1.4, 1.2, 1.2, 1.0]))
    b.append(H(2, "（三）年度主要工作任务"))
    b.append(P(
        f"{YEAR}年，我局围绕“兜底线、织密网、建机制”的要求，重点抓好五个方面工作：一是兜牢基本民生底线，"
        "落实低保、特困供养和临时救助政策，推进低收入人口动态监测和分层分类救助；二是完善养老服务体系，"
        "巩固养老服务驿站街乡全覆盖成果，落实老年人津贴补贴和养老机构运营补贴；三是提升基层治理效能，"
        "用好社区公益事业补助资金，引导社会组织参与社区服务；四是规范社会组织和社会事务管理，做好社会组织"
        "年报、婚姻登记、惠民殡葬和地名管理；五是加强部门自身建设，严格预算和资产管理，压减一般性支出。"))

    b.append(H(2, "（四）自评工作开展情况"))
    b.append(P(
        f"本次自评于{YEAR + 1}年1月启动，分三个阶段进行。第一阶段为数据准备，规划财务科以{YEAR}年度部门决算报表为"
        "基础，整理收支、“三公”经费、政府采购和资产数据，各业务科室和所属事业单位报送绩效目标完成台账及佐证材料；"
        "第二阶段为核对评分，自评工作组对照年初批复的绩效目标逐项核实实际完成值，对数据口径不一致的事项与业务科室"
        "当面核对，对未完成目标的指标逐项分析原因；第三阶段为审核定稿，自评报告和自评表经局长办公会审议后报送区"
        "财政局。自评中，社会救助数据以低收入人口动态监测信息平台年末数据为准，养老服务数据以驿站服务管理系统"
        "统计为准，满意度数据采用第三方调查结果，资金数据以国库集中支付系统和部门决算为准。"))

    # ---------------------------------------------------------- 二
    b.append(H(1, "二、部门年度收支及预算执行情况"))
    b.append(H(2, "（一）收入情况"))
    b.append(P(
        f"{YEAR}年度部门收入总计{m(INC_ALL)}万元，其中本年收入{m(INC_YEAR)}万元，年初结转和结余{m(CF)}万元。"
        f"本年收入中，一般公共预算财政拨款收入{m(INC_GEN)}万元，占本年收入的{pc(GEN_SHARE_INC)}；政府性基金预算"
        f"财政拨款收入{m(INC_FUND)}万元，全部为市、区两级彩票公益金；其他收入{m(INC_OTH)}万元，主要为区社会福利中心"
        f"代养服务收入。年初结转和结余中，一般公共预算{m(CF_GEN)}万元、政府性基金预算{m(CF_FUND)}万元。"
        f"上年（2024年度）本年收入为{m(INC_YEAR_PREV)}万元，本年收入较上年增加{m(INC_YEAR - INC_YEAR_PREV)}万元，"
        f"增长{pc(INC_GROWTH)}，增加的主要原因是低保标准和老年人津贴补贴标准提高，以及养老服务设施改造项目"
        f"追加彩票公益金。收支总体情况见表2。"))
    b.append(Caption(f"表2  {YEAR}年度收入支出决算总表（单位：万元）"))
    b.append(_income_table())
    b.append(H(2, "（二）支出情况"))
    b.append(P(
        f"{YEAR}年度本年支出合计{m(EXP)}万元（约4.13亿元），其中基本支出{m(BASIC)}万元，占{pc(SHARE_BASIC)}；"
        f"项目支出{m(PROJ)}万元，占{pc(SHARE_PROJ)}。基本支出中，人员经费{m(PERS)}万元，占基本支出的{pc(SH_PERS)}，"
        f"主要用于在职人员工资福利和离退休人员费用；公用经费{m(PUB)}万元，占基本支出的{pc(SH_PUB)}，主要用于"
        f"办公、水电、物业、公务用车运行维护和少量办公设备购置。年末结转和结余{m(END)}万元。"))
    b.append(P(
        f"按资金来源分，一般公共预算财政拨款支出{m(EXP_GEN)}万元，占{pc(SH_GEN)}；政府性基金预算财政拨款支出"
        f"{m(EXP_FUND)}万元，占{pc(SH_FUND)}，全部用于项目支出；其他资金支出{m(EXP_OTH)}万元，占{pc(SH_OTH)}，"
        f"用于区社会福利中心基本运转。由此，基本支出{m(BASIC)}万元由一般公共预算安排{m(BASIC_GEN)}万元、"
        f"其他资金安排{m(EXP_OTH)}万元；项目支出{m(PROJ)}万元由一般公共预算安排{m(PROJ_GEN)}万元、"
        f"政府性基金预算安排{m(EXP_FUND)}万元。"))
    b.append(P(
        f"按支出经济分类，民政部门支出以对个人和家庭的补助为主，基本支出和项目支出中的对个人和家庭的补助合计"
        f"{m(GEREN)}万元，占本年支出的{pc(GEREN_SHARE)}，主要是低保金、特困供养金、临时救助金和老年人津贴补贴；"
        f"对企业补助{m(ECON[3][2])}万元，为向社会力量运营的养老机构和养老服务驿站拨付的运营补贴；资本性支出"
        f"{m(ECON[4][1] + ECON[4][2])}万元，主要为养老服务设施改造。经济分类明细见表3。"))
    b.append(P(
        f"年末结转和结余{m(END)}万元中，一般公共预算{m(END_GEN)}万元，主要是社会组织培育、婚姻登记档案数字化等"
        f"项目按合同约定尚未到付款节点的资金；政府性基金预算{m(END_FUND)}万元，其中养老服务设施改造项目未付"
        f"工程尾款{m(GAIZAO_LEFT)}万元、养老服务驿站运营补贴中彩票公益金部分待考核结算{m(YIZHAN_FUND_LEFT)}万元；其他资金{m(END_OTH)}万元，为区社会福利中心代养服务收入的当年结余。上述结转资金已在{YEAR + 1}年"
        f"预算中按原用途继续安排，不存在长期沉淀的情况。"))
    b.append(Caption(f"表3  {YEAR}年度支出按经济分类情况表（单位：万元）"))
    b.append(_econ_table())
    b.append(H(2, "（三）预算执行情况"))
    b.append(P(
        f"{YEAR}年度全年预算数{m(BUD)}万元，由年初预算{m(BUD0)}万元、年初结转和结余{m(CF)}万元和年中追加调整"
        f"{m(ADDED)}万元构成；全年执行数{m(EXP)}万元。预算执行率=全年执行数÷全年预算数×100%="
        f"{m(EXP)}÷{m(BUD)}×100%={pc(EXEC)}。分支出类型看，基本支出全年预算{m(BUD_BASIC)}万元，执行{m(BASIC)}万元，"
        f"执行率{pc(EXEC_BASIC)}；项目支出全年预算{m(BUD_PROJ)}万元，执行{m(PROJ)}万元，执行率{pc(EXEC_PROJ)}。"
        f"分资金来源看，政府性基金预算执行率为{pc(EXEC_FUND)}，明显低于一般公共预算的{pc(EXEC_GEN)}，主要是彩票公益金"
        f"养老服务设施改造项目中有2处驿站改造工程因消防验收延后，部分尾款未能在年内支付。分资金来源执行情况见表4。"))
    b.append(Caption(f"表4  {YEAR}年度分资金来源预算执行情况表（单位：万元）"))
    b.append(_budget_table())
    b.append(P(
        "从执行进度看，我局按月调度支出进度，对进度滞后的项目逐一约谈项目负责科室。全年预算执行总体均衡，"
        "低保金、特困供养金、老年人津贴补贴等按月发放的资金均在当月完成支付，社区公益事业补助资金在当年"
        "三季度前全部拨付到街乡，年末结转资金主要集中在设施改造类项目。"))
    b.append(H(2, "（四）“三公”经费情况"))
    b.append(P(
        f"{YEAR}年“三公”经费预算{m(SG_BUD)}万元，实际支出{m(SG_ACT)}万元（即{n(SG_ACT_YUAN)}元），"
        f"其中公务接待费{m(SG[1][2])}万元、公务用车运行维护费{m(SG[3][2])}万元，因公出国（境）费和公务用车购置费"
        f"均未发生。“三公”经费控制率={m(SG_ACT)}÷{m(SG_BUD)}×100%={pc(SG_CTRL)}。与上年（2024年）实际支出"
        f"{m(SG_PREV)}万元相比，减少{m(SG_PREV - SG_ACT)}万元，下降{pc(-SG_CHG)}，主要是严格执行公务接待审批，"
        f"公务用车按里程和用途实行台账管理。表5中“上年实际支出”一列仅用于对比，不计入本年数据。"))
    b.append(Caption(f"表5  {YEAR}年度“三公”经费支出情况表（单位：万元）"))
    b.append(_sg_table())
    b.append(H(2, "（五）项目支出情况"))
    b.append(P(
        f"{YEAR}年度我局列入重点绩效管理的项目共{N_KEY}个，全年预算{m(KEY_BUD)}万元，执行{m(KEY_ACT)}万元，"
        f"执行率{pc(rate(KEY_ACT, KEY_BUD))}；其余为行政运转、信息化运维等一般性项目，全年预算{m(OTHER_BUD)}万元，"
        f"执行{m(OTHER_ACT)}万元。按类别看，社会救助类项目4个，执行{m(GSUM['社会救助类'][1])}万元；养老服务类项目4个，"
        f"执行{m(GSUM['养老服务类'][1])}万元；社会治理与社会事务类项目4个，执行{m(GSUM['社会治理与社会事务类'][1])}万元。"
        f"项目明细见表6。"))
    b.extend(_project_tables())
    b.append(P(
        f"需要说明的是，养老服务驿站运营补贴{m(YIZHAN)}万元中，有{m(YIZHAN_FUND)}万元由彩票公益金安排，"
        f"与彩票公益金养老服务设施改造项目{m(CAIPIAO_GAIZAO)}万元合计即为政府性基金预算支出{m(EXP_FUND)}万元；"
        f"临时救助及支出型困难家庭救助项目执行{m(LINSHI)}万元，按元计为{n(LINSHI_YUAN)}元，与救助台账一致；"
        f"社区公益事业补助{m(SHEQU)}万元按每个社区15万元标准拨付到{SQ}个社区。"))

    b.append(H(2, "（六）预算和财务管理情况"))
    b.append(P(
        "在制度建设方面，我局修订了《内部控制管理手册》《专项资金管理办法》和《政府采购内部管理规定》，"
        "明确预算编制、执行、决算和绩效管理各环节的责任科室和审批权限；社会救助、养老服务等资金实行业务科室"
        "审核、规划财务科复核、分管领导审批的三级审核，大额资金支付经局长办公会集体研究。全年未发现截留、挤占、"
        "挪用专项资金的情况。"))
    b.append(P(
        f"在政府采购方面，全年政府采购预算{m(CG_BUD)}万元，实际采购{m(CG_ACT)}万元，政府采购执行率="
        f"{m(CG_ACT)}÷{m(CG_BUD)}×100%={pc(CG_RATE)}。实际采购金额中，面向中小企业采购{m(CG_SMALL)}万元，"
        f"占{pc(CG_SMALL_SHARE)}，该部分已包含在实际采购金额之内。采购项目主要为养老服务驿站第三方评估、"
        f"社会救助家庭经济状况核对服务、婚姻登记档案数字化加工和办公设备等，均按规定程序实施。"))
    b.append(P(
        f"在资产管理方面，截至{YEAR}年末部门固定资产原值{m(ASSET_ALL)}万元，其中房屋及构筑物{m(ASSETS[0][1])}万元、"
        f"通用设备{m(ASSETS[1][1])}万元、专用设备{m(ASSETS[2][1])}万元、家具用具及装具{m(ASSETS[3][1])}万元。"
        f"现有公务用车{CARS}辆，主要用于入户核查、殡葬执法和应急救助。年内组织资产清查一次，对已达使用年限且"
        f"无法修复的办公设备按程序报废处置，资产卡片与实物核对相符。"))

    # ---------------------------------------------------------- 三
    b.append(H(1, "三、部门整体绩效目标及完成情况"))
    b.append(H(2, "（一）年度绩效目标"))
    b.append(P(
        f"{YEAR}年初，我局在编报部门预算时同步设定了部门整体绩效目标：低保、特困、临时救助资金按时足额发放，"
        f"困难群众基本生活保障率达到100%；养老服务驿站运营不少于{YZ_TARGET_N}家并实现街乡全覆盖，全年服务不少于"
        f"{n(YZ_RC_TARGET)}人次；老年人津贴补贴应发尽发；社会组织年报率不低于98%，社会组织参与社区治理服务项目不少于"
        f"{SO_PROJ_TARGET}个；社区公益事业补助覆盖全部{SQ}个社区；服务对象满意度不低于90%。"
        f"目标设置共包括产出、效益、满意度三类一级指标和21个三级指标，另设预算执行率指标。"))
    b.append(H(2, "（二）产出完成情况"))
    b.append(P(
        f"1.数量指标。全年城乡低保月均保障{n(DB_HU)}户、{n(DB_REN)}人，高于不少于4,700人的目标。低保对象中，"
        f"60周岁以上老年人{n(DB_OLD)}人、持证残疾人{n(DB_DIS)}人、未成年人{DB_CHILD}人，因部分对象同时属于两类以上，"
        f"上述分类人数仅反映结构，不能相加，也不构成对{n(DB_REN)}人的完整拆分。特困供养人员{TK}人，其中分散供养"
        f"{TK_FS}人、集中供养{TK_JZ}人。全年实施临时救助{n(LS_RC)}人次，其中急难型临时救助{LS_JINAN}人次。"
        f"向{n(OLD_BT)}名老年人发放高龄津贴、失能护理补贴和困难老年人养老服务补贴。全区运营养老服务驿站{YZ_N}家，"
        f"达到{YZ_TARGET_N}家的目标；驿站全年提供助餐、助浴、助洁、呼叫、健康指导等服务{n(YZ_RC)}人次，"
        f"目标完成率={n(YZ_RC)}÷{n(YZ_RC_TARGET)}×100%={pc(YZ_RC_RATE)}，未达到年度目标。社区公益事业补助覆盖"
        f"{SQ}个社区，其中城市社区{SQ_CITY}个、农村社区{SQ_RURAL}个。全年办理结婚登记{n(HY_JH)}对、离婚登记"
        f"{n(HY_LH)}对。"))
    b.append(P(
        f"从资金与产出的对应关系看，老年人津贴补贴项目执行{m(PROJECTS[4][3])}万元，覆盖{n(OLD_BT)}名老年人，"
        f"高龄津贴、失能护理补贴均按月直接发放至老年人社会保障卡；养老服务驿站运营补贴执行{m(YIZHAN)}万元，"
        f"按驿站服务量和星级评定结果核拨；养老机构运营补贴执行{m(PROJECTS[6][3])}万元，按实际收住本区户籍"
        f"老年人床位数和护理等级核定。特困人员救助供养金执行{m(PROJECTS[1][3])}万元，集中供养部分按月拨付给"
        f"供养机构，分散供养部分按月发放给本人。"))
    b.append(P(
        f"2.质量指标。低保金、特困供养金和老年人津贴补贴全部通过社会保障卡或银行账户社会化发放，经与银行回单"
        f"逐月核对，发放准确率100%。全区登记社会组织{SO_ALL}家，其中应参加年报的{SO_DUE}家（{YEAR}年内新成立的"
        f"社会组织不参加当年年报），已按时报送{SO_DONE}家，年报率={SO_DONE}÷{SO_DUE}×100%={pc(SO_RATE)}，低于98%"
        f"的目标；未报送的{SO_MISS}家已按规定列入活动异常名录。需要说明的是，社会组织于{YEAR}年报送的是其2024年度"
        f"工作报告，年报工作本身属于{YEAR}年度的监管任务。婚姻登记档案经区档案馆抽查，合格率100%。全区养老机构"
        f"{YL_JG}家，经服务质量检查达标{YL_JG_OK}家，达标率={YL_JG_OK}÷{YL_JG}×100%={pc(YL_RATE)}。"))
    b.append(P(
        f"3.时效指标。低保金、特困供养金全年{MONTHS}个月均在每月10日前发放到位，按月发放及时率="
        f"{MONTHS}÷{MONTHS}×100%=100%。急难型临时救助实行“先行救助、事后补充说明”，全年{LS_JINAN}件急难型救助"
        f"均在3个工作日内完成审批，未发生超时办理。"))
    b.append(P(
        f"4.成本指标。项目支出{m(PROJ)}万元，控制在全年项目预算{m(BUD_PROJ)}万元以内；“三公”经费实际支出"
        f"{m(SG_ACT)}万元，控制在预算{m(SG_BUD)}万元以内。低保、特困等救助资金严格按标准和人数核定，"
        f"未发生超标准发放。"))
    b.append(H(2, "（三）效益实现情况"))
    b.append(P(
        f"1.社会效益。全年符合条件的困难群众全部纳入相应救助范围，未发生因救助不及时导致的冲击社会道德底线"
        f"事件，困难群众基本生活保障率100%。{YZ_N}家养老服务驿站覆盖全区{JX}个街乡（街道{JX_JD}个、乡镇{JX_XZ}个），"
        f"街乡覆盖率={JX}÷{JX}×100%=100%，老年人在家门口即可获得助餐等基本服务。惠民殡葬政策覆盖全部户籍逝者，"
        f"全年为{n(BZ_REN)}名逝者减免基本殡葬服务费用。社会组织参与社区治理服务项目{SO_PROJ}个，较{SO_PROJ_TARGET}个的"
        f"目标少4个，主要是部分社区调整服务需求后项目未立项。"))
    b.append(P(
        f"2.可持续影响。我局修订了养老服务驿站运营扶持办法，将运营补贴与服务量、服务质量评价结果挂钩。"
        f"年内{YZ_N}家驿站中{YZ_LX}家全年连续运营，另有2家因设施改造阶段性停业，连续运营率={YZ_LX}÷{YZ_N}×100%="
        f"{pc(YZ_LX_RATE)}，达到不低于95%的目标。社会救助方面，低收入人口动态监测信息平台已与人社、医保、住建、"
        f"残联等部门实现数据比对，为常态化救助提供了长效支撑。"))
    b.append(H(2, "（四）满意度情况"))
    b.append(P(
        f"我局委托第三方机构在{YEAR}年11月至12月开展服务对象满意度调查。社会救助对象问卷发放{n(S1_SENT)}份，"
        f"回收有效问卷{n(S1_VALID)}份，表示满意和比较满意的{n(S1_OK)}份，满意度={n(S1_OK)}÷{n(S1_VALID)}×100%="
        f"{pc(S1_RATE)}；养老服务对象问卷发放{S2_SENT}份，回收有效问卷{S2_VALID}份，满意和比较满意的{S2_OK}份，"
        f"满意度={S2_OK}÷{S2_VALID}×100%={pc(S2_RATE)}。两项满意度均达到不低于90%的目标。两类问卷有效样本共"
        f"{n(S_VALID)}份。服务对象反映较多的意见集中在驿站助餐品种偏少、部分救助事项需往返提交材料等方面。"))

    b.append(H(2, "（五）主要工作成效"))
    b.append(P(
        "一是社会救助更加精准。依托低收入人口动态监测信息平台，每月与人社、医保、住建、残联等部门比对数据，"
        "对收入和财产状况发生变化的家庭及时调整救助待遇；推行“一门受理、协同办理”，将低保、特困、临时救助申请"
        "下放到街乡办理，申请人只需提交一次材料；对低保边缘家庭和支出型困难家庭开展常态化走访，全年主动发现并"
        "纳入救助的困难群众较以往明显增多。"))
    b.append(P(
        "二是养老服务网络更加完善。坚持“区级统筹、街乡主责、驿站落地”，推动驿站由单一助餐向助餐、助浴、助洁、"
        "助医、呼叫等综合服务拓展；对驿站实行星级评定和服务量考核，评定结果与运营补贴挂钩；利用彩票公益金"
        "完成部分驿站适老化和消防设施改造，改善了服务环境。同时，推动养老机构开展服务质量提升行动，对检查中发现"
        "问题的机构下达整改通知并跟踪复查。"))
    b.append(P(
        "三是基层治理基础更加扎实。社区公益事业补助资金全部由社区居民议事会议定使用方向，主要用于小区环境整治、"
        "老旧设施维修、为老为小服务和社区文化活动，资金使用情况在社区公示栏公开；通过公益创投等方式支持社会组织"
        "参与社区服务，培育了一批扎根社区的服务类社会组织。"))
    b.append(P(
        "四是社会事务服务更加便民。婚姻登记推行预约办理和颁证服务，历史婚姻登记档案数字化加工"
        f"{n(DA_JUAN)}卷，实现档案电子化查询；落实惠民殡葬政策，基本殡葬服务费用减免实现“逝者身后一件事”"
        "联办；完成地名普查成果转化和部分道路标志更新。"))

    b.append(P(
        f"五是儿童福利保障更加有力。落实孤儿、事实无人抚养儿童基本生活费按月发放制度，全年保障孤儿和事实无人"
        f"抚养儿童{ORPHAN}人、其他困境儿童{KUNJING}人，相关支出在“孤儿及困境儿童基本生活保障”项目中列支"
        f"{m(PROJECTS[3][3])}万元；组织儿童督导员、儿童主任开展全覆盖走访，对监护缺失、监护不当的儿童落实"
        "临时监护和帮扶措施，全年未发生困境儿童漏保情况。"))
    b.append(P(
        "六是部门自身建设和资金管理更加规范。坚持过“紧日子”，压减会议费、培训费和一般性办公支出，公用经费"
        "控制在预算以内；加强对街乡民政资金的监督检查，结合社会救助领域群众身边不正之风和腐败问题集中整治，"
        "对低保、特困人员认定和资金发放开展专项核查，对核查中发现的不符合条件人员按程序停发待遇并追回资金，"
        "追回资金已全额上缴国库。"))

    # ---------------------------------------------------------- 四
    b.append(H(1, "四、自评结论"))
    b.append(P(
        f"评分方法：预算执行率指标分值10分，得分=执行率×10分；产出、效益、满意度指标合计90分，定量指标达到"
        f"年度指标值的得满分，未达到的按“实际完成值÷年度指标值×该指标分值”计分，得分保留两位小数；定性指标"
        f"按完成情况分档计分。按上述方法，预算执行率{pc(EXEC)}，得{sc(BUD_SCORE)}分；21个三级指标合计得"
        f"{sc(IND_SCORE)}分。其中，养老服务驿站服务人次得分={n(YZ_RC)}÷{n(YZ_RC_TARGET)}×4={sc(S_YZRC)}分；"
        f"社会组织年报率得分={pc(SO_RATE)}÷98%×5={sc(S_SO)}分；社会组织参与社区治理服务项目数得分="
        f"{SO_PROJ}÷{SO_PROJ_TARGET}×6={sc(S_SOP)}分；其余18个指标均得满分。"))
    b.append(P(
        f"综上，{UNIT}{YEAR}年度部门整体支出绩效自评总分为{sc(TOTAL)}分（{sc(BUD_SCORE)}+{sc(IND_SCORE)}），"
        f"共扣{sc(DED_IND + DED_BUD)}分，其中预算执行扣{sc(DED_BUD)}分、产出和效益指标扣{sc(DED_IND)}分。"
        f"按90分（含）以上为优、80分（含）至90分为良、60分（含）至80分为中、60分以下为差的标准，自评等级为“{GRADE}”。"
        f"自评表见附件。"))

    # ---------------------------------------------------------- 五
    b.append(H(1, "五、存在的问题及原因分析"))
    b.append(P(
        f"（一）政府性基金预算执行偏慢。彩票公益金全年预算{m(BUD_FUND)}万元，执行{m(EXP_FUND)}万元，执行率"
        f"{pc(EXEC_FUND)}，年末结转{m(END_FUND)}万元。原因一是设施改造项目前期论证时间较长，施工单位进场晚，"
        f"2处驿站改造工程消防验收延后，{m(GAIZAO_LEFT)}万元工程尾款未能在年内支付；二是驿站运营补贴中由彩票"
        f"公益金安排的部分按季度考核后结算，四季度考核结果在次年1月才能确定，相应的{m(YIZHAN_FUND_LEFT)}万元"
        f"结转下年支付。"))
    b.append(P(
        f"（二）部分产出目标未完成。养老服务驿站服务人次完成{pc(YZ_RC_RATE)}，社会组织年报率{pc(SO_RATE)}、"
        f"社会组织参与社区治理服务项目{SO_PROJ}个，均未达到年初目标。反映出目标设定时对设施改造停业、"
        f"新成立社会组织能力不足等因素估计不够，过程监控中发现偏差后纠偏措施不够及时。"))
    b.append(P(
        "（三）绩效指标的精细化程度有待提高。部分效益指标仍以覆盖率等过程性指标代替，反映救助对象生活改善、"
        "老年人服务获得感等结果的指标较少；个别指标的年度指标值直接沿用上年数值，与当年预算增长幅度不匹配。"))
    b.append(P(
        "（四）预算编制与绩效目标衔接不够紧密。年中追加的资金中，有部分在追加时未同步补充绩效目标，"
        "导致年度绩效目标未能完全反映追加后的预算规模；个别项目申报时对实施周期估计偏乐观，"
        "年初预算安排与当年实际支付能力不匹配，形成年末结转。"))
    b.append(P(
        "（五）基层经办能力不均衡。部分街乡民政专干兼职较多、流动较快，社会救助入户核查记录、驿站服务台账"
        "填报不够规范，影响了数据采集的及时性和准确性。"))

    # ---------------------------------------------------------- 六
    b.append(H(1, "六、改进措施及下一步工作"))
    b.append(P(
        "（一）加快项目前期工作和支出进度。2026年起，设施改造类项目在预算编报前完成选址、方案和消防等前置"
        "审查，未完成前期工作的不纳入当年预算；建立月通报、季约谈机制，对执行进度低于序时进度10个百分点的"
        "项目暂缓安排新增资金。"))
    b.append(P(
        "（二）强化绩效运行监控。对驿站服务量、社会组织年报等易受外部因素影响的指标实行季度监控，发现偏差"
        "及时调整工作安排；对改造期间暂停服务的驿站，协调周边驿站提供替代服务，保障老年人基本需求。"))
    b.append(P(
        "（三）完善绩效指标体系。结合民政部门职责，增加困难群众收入改善、老年人服务满意度分项等结果性指标，"
        "按照预算规模和政策调整合理测算年度指标值，做到目标与预算相匹配。"))
    b.append(P(
        "（四）加强基层队伍建设和数据管理。2026年组织街乡民政工作人员分批次业务培训，推行社会救助和养老服务"
        "台账电子化，由规划财务科牵头定期与业务科室核对资金和业务数据，提高绩效数据质量。"))
    b.append(P(
        "（五）做到追加资金与绩效目标同步。年中追加预算时同步申报或调整绩效目标，对追加规模较大的项目同步修订"
        "年度指标值，确保年末自评时目标与预算口径一致。"))
    b.append(P(
        "（六）用好自评结果。将本次自评发现的问题纳入2026年预算编制和项目排序的重要依据，对执行偏慢、"
        "目标未完成的项目在下年度预算安排中从严审核。"))

    # ---------------------------------------------------------- 七
    b.append(H(1, "七、其他需要说明的情况"))
    b.append(P(
        f"我局已按规定于{YEAR}年2月在区政府门户网站公开了{YEAR}年度部门预算，于{YEAR}年8月公开了上一年度即2024年度"
        f"部门决算，公开内容包括收支总表、“三公”经费和项目支出绩效目标等。本报告及附件将在区财政局审核后，"
        f"随{YEAR}年度部门决算一并向社会公开。本报告中金额单位除特别注明外均为万元，百分比保留两位小数。"))
    b.append(P(
        f"关于数据口径的说明：本报告中编制和在职人数为{YEAR}年12月31日时点数；低保保障人数为全年月均数，"
        f"特困供养人员为年末在册数，临时救助为全年累计人次；养老服务驿站服务人次为全年累计数，连续运营率以"
        f"年末在营驿站为基数计算；满意度按有效问卷计算，未回收和无效问卷不计入分母。“三公”经费、政府采购和"
        f"固定资产数据均与{YEAR}年度部门决算报表一致，上年数据仅作对比之用，均已在表头或文中注明“上年”字样。"
        f"社区公益事业补助按社区个数核拨，低保、特困等救助资金按实际保障人数和标准核发，资金与业务数据已逐项"
        f"核对一致。"))
    b.append(Sign([UNIT, REPORT_DATE]))

    # ---------------------------------------------------------- 附件
    b.append(PageBreak())
    b.append(P("附件"))
    b.extend(_sheet())
    return b
