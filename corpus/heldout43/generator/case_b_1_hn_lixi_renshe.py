"""Case b-1: 湖南 · 澧溪县人力资源和社会保障局 · 2025 年度 · TXT · defective (9 planted).

Hunan county template (湘财绩〔2020〕7号 outline: 一、基本情况 … 十、其他需要说明的情况),
followed by the 部门整体支出绩效自评表 in the 预算执行 + 指标 layout.  Every figure is
computed below from its parts with Decimal; the planted slips are the lines marked
``# PLANTED`` and are the only places where the printed figure departs from the truth.
"""

from __future__ import annotations

from num_b import D, eq, m, n, pct, ps, q, sc, tot
from render import H, P, Caption, PageBreak, Sign, Table, Title

SLUG = "hn-lixi-renshe-2025"
FORMATS = ["txt"]
HEADINGS = "bold"

UNIT = "澧溪县人力资源和社会保障局"
YEAR = 2025

# --------------------------------------------------------------------------- people
# (编制, 实有在职) per budget unit
STAFF = [
    ("局机关本级", 22, 21),
    ("县就业服务中心", 18, 17),
    ("县社会保险服务中心", 24, 23),
    ("县劳动人事争议仲裁院", 6, 6),
    ("县劳动保障监察大队", 10, 9),
]
BZ = sum(s[1] for s in STAFF)
SY = sum(s[2] for s in STAFF)
assert (BZ, SY) == (80, 76)
BZ_XZ, BZ_SY = 22, 58
SY_XZ, SY_SY = 21, 55
assert BZ_XZ + BZ_SY == BZ and SY_XZ + SY_SY == SY
assert BZ_SY == 18 + 24 + 6 + 10 and SY_SY == 17 + 23 + 6 + 9
RETIRED = 41
GUS = ["办公室", "政策法规股", "就业促进和失业保险股", "职业能力建设股", "城乡居民养老保险股",
       "劳动关系股", "人事管理股", "工资福利股", "信访股"]
assert len(GUS) == 9
SUBS = [s[0] for s in STAFF[1:]]
assert len(SUBS) == 4 and len(STAFF) == 5

# --------------------------------------------------------------------------- money (万元)
CARRY = D("112.40")          # 上年结转（全部为财政拨款）
INC_FIN = D("3958.76")       # 一般公共预算财政拨款收入
INC_OTH = D("315.36")        # 其他收入
INC_YEAR = INC_FIN + INC_OTH
INC_ALL = CARRY + INC_YEAR
eq(INC_YEAR, "4274.12", "本年收入")
eq(INC_ALL, "4386.52", "收入总计")

BASIC = D("2613.47")
PROJ = D("1684.38")
EXP = BASIC + PROJ
eq(EXP, "4297.85", "支出合计")
LEFT = INC_ALL - EXP
eq(LEFT, "88.67", "年末结转结余")

PERS = D("2298.15")          # 人员经费
PUB = D("315.32")            # 公用经费
eq(PERS + PUB, BASIC, "人员+公用")

EXP_OTH = D("312.64")        # 其他资金支出（全部为项目支出）
EXP_FIN = EXP - EXP_OTH
eq(EXP_FIN, "3985.21", "财政拨款支出")
FIN_BASIC = BASIC
FIN_PROJ = PROJ - EXP_OTH
eq(FIN_PROJ, "1371.74", "财政拨款项目支出")
LEFT_FIN = CARRY + INC_FIN - EXP_FIN
LEFT_OTH = INC_OTH - EXP_OTH
eq(LEFT_FIN, "85.95", "财政拨款结转")
eq(LEFT_OTH, "2.72", "其他资金结余")
eq(LEFT_FIN + LEFT_OTH, LEFT, "结转结余分来源")

FUNC = [("社会保障和就业支出", D("3781.46")), ("卫生健康支出", D("206.83")),
        ("住房保障支出", D("192.40")), ("一般公共服务支出", D("117.16"))]
eq(tot(v for _, v in FUNC), EXP, "功能分类")
SHARES = [pct(v, EXP) for _, v in FUNC]
eq(tot(SHARES), 100, "功能分类占比")

# economic classification of 基本支出
WAGE_ITEMS = [("基本工资", "512.36"), ("津贴补贴", "436.80"), ("奖金", "52.14"), ("绩效工资", "398.65"),
              ("机关事业单位基本养老保险缴费", "214.38"), ("职业年金缴费", "85.75"),
              ("职工基本医疗保险缴费", "118.26"), ("其他社会保障缴费", "9.84"), ("住房公积金", "132.40"),
              ("其他工资福利支出", "25.85")]
WAGE = tot(v for _, v in WAGE_ITEMS)
eq(WAGE, "1986.43", "工资福利支出")
FAM_ITEMS = [("退休费", "268.40"), ("抚恤金", "12.60"), ("生活补助", "18.32"), ("医疗费补助", "6.00"),
             ("奖励金", "6.40")]
FAM = tot(v for _, v in FAM_ITEMS)
eq(FAM, "311.72", "对个人和家庭的补助")
eq(WAGE + FAM, PERS, "人员经费")
GOODS_ITEMS = [("办公费", "42.36"), ("印刷费", "8.75"), ("水电费", "21.40"), ("邮电费", "9.82"),
               ("物业管理费", "24.60"), ("差旅费", "26.18"), ("维修（护）费", "12.64"), ("会议费", "5.20"),
               ("培训费", "7.96"), ("公务接待费", "3.58"), ("劳务费", "18.45"), ("委托业务费", "22.30"),
               ("工会经费", "28.37"), ("福利费", "18.90"), ("公务用车运行维护费", "11.69"),
               ("其他交通费用", "30.12"), ("其他商品和服务支出", "6.40")]
GOODS = tot(v for _, v in GOODS_ITEMS)
eq(GOODS, "298.72", "商品和服务支出")
CAPITAL = D("16.60")
eq(GOODS + CAPITAL, PUB, "公用经费")
eq(WAGE + GOODS + FAM + CAPITAL, BASIC, "经济分类合计")

# 三公经费
SG_BUDGET = {"接待": D("4.60"), "运行": D("14.00"), "购置": D("0"), "出国": D("0")}
SG_ACT = {"接待": D("3.58"), "运行": D("11.69"), "购置": D("0"), "出国": D("0")}
SG_PREV = {"接待": D("4.12"), "运行": D("12.82"), "购置": D("0"), "出国": D("0")}
SGB, SGA, SGP = tot(SG_BUDGET.values()), tot(SG_ACT.values()), tot(SG_PREV.values())
eq(SGB, "18.60", "三公预算")
eq(SGA, "15.27", "三公实际")
eq(SGP, "16.94", "三公上年")
eq(SG_ACT["接待"], dict(GOODS_ITEMS)["公务接待费"], "接待费")
eq(SG_ACT["运行"], dict(GOODS_ITEMS)["公务用车运行维护费"], "运行费")
SG_RATE = ps(SGA, SGB)
assert SG_RATE == "82.10%"
SG_DOWN = ps(SGP - SGA, SGP)
assert SG_DOWN == "9.86%"

# projects: (name, 年初预算, 全年预算, 执行数)
PROJECTS = [
    ("职业技能培训补贴", "380.00", "426.00", "412.60"),
    ("公益性岗位补贴", "360.00", "392.00", "386.25"),
    ("创业担保贷款贴息", "120.00", "135.00", "128.47"),
    ("城乡居民养老保险经办经费", "90.00", "98.00", "96.30"),
    ("劳动保障监察及欠薪治理专项经费", "50.00", "60.00", "58.16"),
    ("人事考试及职称评审经费", "64.20", "75.00", "72.84"),
    ("人社信息化建设（社保卡“一卡通”）经费", "150.00", "238.37", "214.56"),
    ("劳动人事争议仲裁办案经费", "40.00", "42.00", "41.20"),
    ("高校毕业生就业见习补贴", "140.00", "280.00", "274.00"),
]
assert len(PROJECTS) == 9
P_INIT = tot(p[1] for p in PROJECTS)
P_FULL = tot(p[2] for p in PROJECTS)
P_EXEC = tot(p[3] for p in PROJECTS)
eq(P_EXEC, PROJ, "项目执行合计")
eq(P_INIT, "1394.20", "项目年初")
eq(P_FULL, "1746.37", "项目全年")

B_INIT, B_FULL = D("2480.00"), D("2640.15")
ALL_INIT, ALL_FULL = B_INIT + P_INIT, B_FULL + P_FULL
eq(ALL_INIT, "3874.20", "年初预算")
eq(ALL_FULL, INC_ALL, "全年预算=收入总计")
FIN_INIT, OTH_INIT = D("3594.20"), D("280.00")
eq(FIN_INIT + OTH_INIT, ALL_INIT, "年初预算分来源")
FIN_FULL, OTH_FULL = CARRY + INC_FIN, INC_OTH
eq(FIN_FULL, "4071.16", "财政拨款全年预算")
EXEC_RATE = pct(EXP, ALL_FULL)
assert str(EXEC_RATE) == "97.98"
assert ps(BASIC, B_FULL) == "98.99%" and ps(PROJ, P_FULL) == "96.45%"
assert ps(EXP_FIN, FIN_FULL) == "97.89%" and ps(EXP_OTH, OTH_FULL) == "99.14%"
TRAIN_SUB = D(PROJECTS[0][3])          # 412.60 万元 = 4,126,000 元
GWEI_SUB = D(PROJECTS[1][3])           # 386.25 万元 = 3,862,500 元
IT_LEFT = D(PROJECTS[6][2]) - D(PROJECTS[6][3])
eq(IT_LEFT, "23.81", "信息化未执行")

# --------------------------------------------------------------------------- outputs
JOBS, JOBS_T, JOBS_PREV = 3126, 2800, 2958
assert JOBS - JOBS_PREV == 168
REEMP, REEMP_T = 1048, 900
HARD, HARD_T = 287, 260                     # 其中：就业困难人员实现就业（1,048 的子集）
TRAIN_PARTS = [("农村转移劳动力", 1536), ("高校毕业生", 428), ("失业人员", 612), ("企业在岗职工", 836)]
TRAIN = sum(v for _, v in TRAIN_PARTS)
assert TRAIN == 3412
TRAIN_T = 3000
TRAIN_OK = 3108
assert ps(TRAIN_OK, TRAIN) == "91.09%"
PER_TRAIN_YUAN = TRAIN_SUB * 10000          # 4,126,000 元
PENSION, PENSION_BASE = 318642, 330518
assert ps(PENSION, PENSION_BASE) == "96.41%"
assert q(D(PENSION) / 10000) == D("31.86")
GW_PARTS = [("乡村公益性岗位", 298), ("城镇公益性岗位", 138)]
GW = sum(v for _, v in GW_PARTS)
assert GW == 436
UNEMP_RATE = "3.62%"
JC_OPEN, JC_DONE = 146, 142
assert ps(JC_DONE, JC_OPEN) == "97.26%"
WAGE_BACK, WAGE_WORKERS = D("1026.50"), 1387
ARB_OPEN, ARB_DONE, ARB_ONTIME, ARB_MED = 331, 318, 312, 204
ARB_RATE_TRUE = ps(ARB_DONE, ARB_OPEN)
assert ARB_RATE_TRUE == "96.07%"
ARB_ONTIME_RATE = ps(ARB_ONTIME, ARB_DONE)
assert ARB_ONTIME_RATE == "98.11%"
assert ps(ARB_MED, ARB_DONE) == "64.15%"
PAY_ALL, PAY_OK = 1250, 1210
assert ps(PAY_OK, PAY_ALL) == "96.80%"
RURAL = 5371
ZERO_FAM = 23
ECARD, ECARD_T = D("38.6"), D("40")
SURVEY, VALID, SATIS = 600, 586, 558
assert ps(SATIS, VALID) == "95.22%" and ps(VALID, SURVEY) == "97.67%"
LOAN, LOAN_PEOPLE, LOAN_JOBS = D("6850"), 389, 1167
JX_PEOPLE = 1096
FUND_PENSION = D("21386.40")     # 城乡居民养老保险基金支出（基金预算，不在部门预算内）
PENSION_RECV = 98315
JOB_FAIRS_ON, JOB_FAIRS_OFF = 18, 28
JOB_FAIRS = JOB_FAIRS_ON + JOB_FAIRS_OFF
assert JOB_FAIRS == 46
POSTS, INTENT = 12860, 2341
RECRUIT_BATCH, RECRUIT = 2, 126
TITLE_MID, TITLE_LOW = 213, 158
assert TITLE_MID + TITLE_LOW == 371
JG_INS, SY_INS = 6482, 13276
STAB_FIRMS, STAB_MONEY = 326, D("186.30")
CHECK_FIRMS = 618
ASSETS = [("房屋及构筑物", D("612.30")), ("车辆", D("86.40")), ("通用设备", D("285.16")), ("家具和用具", D("52.62"))]
ASSET_ALL = tot(v for _, v in ASSETS)
eq(ASSET_ALL, "1036.48", "固定资产")
CARS = 3
RECEP_BATCH, RECEP_PEOPLE = 52, 386
GP_BUDGET, GP_ACT = D("126.50"), D("118.72")
assert ps(GP_ACT, GP_BUDGET) == "93.85%"
SKILL_NEW, SKILL_HIGH = 1024, 186          # 新增技能人才，其中高技能人才（子集）
assert ps(JOBS, JOBS_T) == "111.64%" and ps(REEMP, REEMP_T) == "116.44%" and ps(HARD, HARD_T) == "110.38%"

# --------------------------------------------------------------------------- scores
SC_EXEC_TRUE = q(EXEC_RATE / 100 * 10)
eq(SC_EXEC_TRUE, "9.80", "预算执行率得分")
SC_PAY = q(pct(PAY_OK, PAY_ALL) / 100 * 4)
eq(SC_PAY, "3.87", "拨付及时率得分")
SC_ARB_T = q(pct(ARB_ONTIME, ARB_DONE) / 100 * 4)
eq(SC_ARB_T, "3.92", "仲裁时限得分")
SC_ECARD = q(ECARD / ECARD_T * 6)
eq(SC_ECARD, "5.79", "电子社保卡得分")

# ============================================================== PLANTED DEFECTS
# 1 AR001: 表3 创业担保贷款贴息 执行数 typed with two digits swapped (true 128.47); 合计 stays 1,684.38
P3_LOAN_PRINTED = "128.74"  # PLANTED AR001
# 2 AR003: 仲裁结案率 318÷331 = 96.07%, written 96.70%
ARB_RATE_PRINTED = "96.70%"  # PLANTED AR003
# 3 AR004: 人均培训补贴 formula divides by 3,421 人次 (3,412 everywhere else); result fits its own inputs
TRAIN_IN_FORMULA = 3421  # PLANTED AR004
PER_TRAIN = q(PER_TRAIN_YUAN / TRAIN_IN_FORMULA)
eq(PER_TRAIN, "1206.08", "人均培训补贴（按公式所用 3,421）")
# 4 IC001: prose 年末结转结余 88.76 (table and arithmetic 88.67)
LEFT_PROSE = "88.76"  # PLANTED IC001
# 5 IC007: 自评表 城镇新增就业 实际完成值 3,216 (prose 3,126 twice)
JOBS_TABLE = "3,216人"  # PLANTED IC007
# 6 SC002: 预算执行率 得分 9.90, rule 得分 = 执行率 × 分值 = 97.98% × 10 = 9.80
SC_EXEC_PRINTED = D("9.90")  # PLANTED SC002
# 7 SC005: 总分 99.28 while the printed scores add to 99.48 (电子社保卡 raised from 5.59 to 5.79, total not updated)
TOTAL_PRINTED = "99.28"  # PLANTED SC005
# 8 YR001: 表3 title says 2024年度
T3_YEAR = "2024"  # PLANTED YR001
# 9 YR002: 自评表 填报日期 2025年4月16日, inside the year under evaluation
FORM_DATE = "2025年4月16日"  # PLANTED YR002
# ==============================================================================

# indicator rows: (一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差说明)
IND = [
    ("产出指标", "数量指标", "城镇新增就业人数", f"≥{n(JOBS_T)}人", JOBS_TABLE, 4, 4, "超额完成"),
    ("产出指标", "数量指标", "失业人员再就业人数", f"≥{REEMP_T}人", f"{n(REEMP)}人", 4, 4, "超额完成"),
    ("产出指标", "数量指标", "就业困难人员实现就业人数", f"≥{HARD_T}人", f"{HARD}人", 3, 3, "超额完成"),
    ("产出指标", "数量指标", "职业技能培训人次", f"≥{n(TRAIN_T)}人次", f"{n(TRAIN)}人次", 4, 4, "超额完成"),
    ("产出指标", "数量指标", "城乡居民基本养老保险参保人数", "≥31.5万人", "31.86万人", 3, 3, "完成"),
    ("产出指标", "数量指标", "公益性岗位安置人数", "≥420人", f"{GW}人", 2, 2, "完成"),
    ("产出指标", "质量指标", "城镇登记失业率", "≤4.5%", UNEMP_RATE, 4, 4, "控制在目标以内"),
    ("产出指标", "质量指标", "劳动保障监察案件结案率", "≥95%", ps(JC_DONE, JC_OPEN), 3, 3, "完成"),
    ("产出指标", "质量指标", "劳动人事争议仲裁结案率", "≥92%", ARB_RATE_PRINTED, 3, 3, "完成"),
    ("产出指标", "质量指标", "社保待遇按时足额发放率", "100%", "100%", 3, 3, "完成"),
    ("产出指标", "质量指标", "职业技能培训合格率", "≥90%", ps(TRAIN_OK, TRAIN), 2, 2, "完成"),
    ("产出指标", "时效指标", "就业补贴资金拨付及时率", "100%", ps(PAY_OK, PAY_ALL), 4, SC_PAY,
     "40笔补贴因申报材料补正延后拨付；已建立材料一次性告知制度"),
    ("产出指标", "时效指标", "仲裁案件法定期限内结案率", "100%", ARB_ONTIME_RATE, 4, SC_ARB_T,
     "6件案件因鉴定、公告送达超出审限；加强案件流程节点管理"),
    ("产出指标", "成本指标", "人均职业技能培训补贴", "≤1,500元", f"{m(PER_TRAIN)}元", 4, 4, "控制在标准以内"),
    ("产出指标", "成本指标", "“三公”经费支出", f"≤{m(SGB)}万元", f"{m(SGA)}万元", 3, 3, "控制在预算以内"),
    ("效益指标", "社会效益指标", "农村劳动力转移就业新增人数", "≥5,000人", f"{n(RURAL)}人", 6, 6, "超额完成"),
    ("效益指标", "社会效益指标", "为劳动者追回被拖欠工资", "≥800万元", f"{m(WAGE_BACK)}万元", 6, 6, "超额完成"),
    ("效益指标", "社会效益指标", "零就业家庭动态清零率", "100%", "100%", 6, 6, "完成"),
    ("效益指标", "社会效益指标", "城乡居民基本养老保险参保率", "≥95%", ps(PENSION, PENSION_BASE), 6, 6, "完成"),
    ("效益指标", "可持续影响指标", "电子社保卡累计签发量", "≥40万张", "38.6万张", 6, SC_ECARD,
     "部分老年群体使用智能手机不便；开展上门代办、设置帮办窗口"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", ps(SATIS, VALID), 10, 10, "完成"),
]
WEIGHT_SUM = 10 + sum(r[5] for r in IND)
assert WEIGHT_SUM == 100
SCORE_SUM = SC_EXEC_PRINTED + tot(r[6] for r in IND)
eq(SCORE_SUM, "99.48", "打印得分之和")
assert D(TOTAL_PRINTED) != SCORE_SUM
assert sum(r[5] for r in IND if r[1] == "数量指标") == 20
assert sum(r[5] for r in IND if r[1] == "质量指标") == 15
assert sum(r[5] for r in IND if r[1] == "时效指标") == 8
assert sum(r[5] for r in IND if r[1] == "成本指标") == 7
assert sum(r[5] for r in IND if r[0] == "效益指标") == 30
GRADE = "优"   # 99.28 and 99.48 are both ≥ 90


def _t1() -> Table:
    rows = [
        ["资金来源", "上年结转", "本年收入", "本年支出", "", "", "年末结转结余"],
        ["", "", "", "合计", "基本支出", "项目支出", ""],
        ["一般公共预算财政拨款", m(CARRY), m(INC_FIN), m(EXP_FIN), m(FIN_BASIC), m(FIN_PROJ), m(LEFT_FIN)],
        ["其他资金", "0.00", m(INC_OTH), m(EXP_OTH), "0.00", m(EXP_OTH), m(LEFT_OTH)],
        ["合计", m(CARRY), m(INC_YEAR), m(EXP), m(BASIC), m(PROJ), m(LEFT)],
    ]
    eq(FIN_BASIC + FIN_PROJ, EXP_FIN, "t1 财政拨款行")
    return Table(rows, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
                 widths=[2.4, 1.2, 1.3, 1.3, 1.3, 1.3, 1.3])


def _t2() -> Table:
    rows = [["经济分类", "金额（万元）", "其中：人员经费", "其中：公用经费"],
            ["工资福利支出", m(WAGE), m(WAGE), "—"],
            ["商品和服务支出", m(GOODS), "—", m(GOODS)],
            ["对个人和家庭的补助", m(FAM), m(FAM), "—"],
            ["资本性支出", m(CAPITAL), "—", m(CAPITAL)],
            ["合计", m(BASIC), m(PERS), m(PUB)]]
    return Table(rows, widths=[2.4, 1.4, 1.4, 1.4])


def _t3() -> Table:
    rows = [["序号", "项目名称", "年初预算数", "全年预算数", "全年执行数"]]
    for i, (name, a, b, c) in enumerate(PROJECTS, 1):
        c_print = P3_LOAN_PRINTED if name == "创业担保贷款贴息" else m(c)
        rows.append([str(i), name, m(a), m(b), c_print])
    rows.append(["合计", "", m(P_INIT), m(P_FULL), m(PROJ)])
    return Table(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 1)], widths=[0.6, 3.6, 1.3, 1.3, 1.3])


def _t4() -> Table:
    rows = [["项目", "2025年预算数", "2025年实际支出", "2024年实际支出"],
            ["因公出国（境）费", "0.00", "0.00", "0.00"],
            ["公务接待费", m(SG_BUDGET["接待"]), m(SG_ACT["接待"]), m(SG_PREV["接待"])],
            ["公务用车购置费", "0.00", "0.00", "0.00"],
            ["公务用车运行维护费", m(SG_BUDGET["运行"]), m(SG_ACT["运行"]), m(SG_PREV["运行"])],
            ["合计", m(SGB), m(SGA), m(SGP)]]
    return Table(rows, widths=[2.2, 1.4, 1.4, 1.4])


def _tstaff() -> Table:
    rows = [["单位名称", "编制数", "实有在职人数", "空编数"]]
    for name, b, s in STAFF:
        rows.append([name, str(b), str(s), str(b - s)])
    rows.append(["合计", str(BZ), str(SY), str(BZ - SY)])
    return Table(rows, widths=[2.6, 1, 1.2, 1])


def _form() -> Table:
    rows: list[list[str]] = []
    merges = []
    rows.append(["部门（单位）名称", UNIT, "", "", "", "", "", ""])
    merges.append((0, 1, 0, 7))
    rows.append(["年度预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    rows.append(["", "年度资金总额", m(ALL_INIT), m(ALL_FULL), m(EXP), "10", f"{EXEC_RATE}%",
                 sc(SC_EXEC_PRINTED)])
    rows.append(["", "其中：基本支出", m(B_INIT), m(B_FULL), m(BASIC), "—", ps(BASIC, B_FULL), "—"])
    rows.append(["", "项目支出", m(P_INIT), m(P_FULL), m(PROJ), "—", ps(PROJ, P_FULL), "—"])
    rows.append(["", "其中：财政拨款", m(FIN_INIT), m(FIN_FULL), m(EXP_FIN), "—", ps(EXP_FIN, FIN_FULL), "—"])
    rows.append(["", "其他资金", m(OTH_INIT), m(OTH_FULL), m(EXP_OTH), "—", ps(EXP_OTH, OTH_FULL), "—"])
    merges.append((1, 0, 6, 0))
    r = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    rows.append(["", "全年城镇新增就业2,800人以上，城镇登记失业率控制在4.5%以内；开展职业技能培训3,000人次以上；"
                 "城乡居民基本养老保险参保率稳定在95%以上；劳动保障监察案件结案率95%以上、仲裁结案率92%以上；"
                 "社保待遇按时足额发放；服务对象满意度90%以上。", "", "",
                 f"城镇新增就业{n(JOBS)}人，城镇登记失业率{UNEMP_RATE}；开展职业技能培训{n(TRAIN)}人次；"
                 f"城乡居民基本养老保险参保率{ps(PENSION, PENSION_BASE)}；监察案件结案率{ps(JC_DONE, JC_OPEN)}、"
                 f"仲裁结案率{ARB_RATE_PRINTED}；待遇按时足额发放；服务对象满意度{ps(SATIS, VALID)}。", "", "", ""])
    merges += [(r, 0, r + 1, 0), (r, 1, r, 3), (r, 4, r, 7), (r + 1, 1, r + 1, 3), (r + 1, 4, r + 1, 7)]
    head = len(rows)
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    start = len(rows)
    for one, two, three, tgt, act, w, s, why in IND:
        rows.append([one, two, three, tgt, act, str(w), sc(s), why])
    # vertical merges for 一级 and 二级 groups
    for col in (0, 1):
        i = start
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][col] == rows[i][col] and (
                    col == 0 or rows[j + 1][0] == rows[i][0]):
                j += 1
            if j > i:
                merges.append((i, col, j, col))
            i = j + 1
    assert head == start - 1
    t = len(rows)
    rows.append(["总分", "", "", "", "", "100", TOTAL_PRINTED, ""])
    merges.append((t, 0, t, 4))
    rows.append(["评价等次", GRADE, "", "", "", "", "", ""])
    merges.append((t + 1, 1, t + 1, 7))
    return Table(rows, merges=merges, widths=[1.1, 1.3, 2.2, 1.2, 1.2, 0.6, 0.7, 2.4])


def blocks():
    b = []
    b.append(Title(f"{UNIT}{YEAR}年度部门整体支出绩效自评报告"))
    b.append(P(f"部门（单位）名称（公章）：{UNIT}"))
    b.append(P("预算编码：108001"))
    b.append(P("评价方式：部门（单位）绩效自评"))
    b.append(P("评价机构：部门（单位）自评工作组"))
    b.append(P("报告时间：2026年4月"))
    b.append(PageBreak())

    # ------------------------------------------------------------ 一
    b.append(H(1, "一、部门（单位）基本情况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P(f"{UNIT}是县人民政府工作部门，为正科级，加挂县公务员局牌子。根据县委、县政府批准的“三定”规定，"
               "本局围绕“民生为本、人才优先”的工作主线，承担全县就业创业、社会保障、人才人事、工资福利和劳动关系等方面的"
               "管理与服务职责，主要包括以下几个方面："))
    b.append(P("1.贯彻落实国家和省、市关于人力资源和社会保障工作的法律法规和方针政策，拟订全县人力资源和社会保障事业"
               "发展规划、年度计划并组织实施，承担本系统统计和信息发布工作。"))
    b.append(P("2.统筹城乡就业创业工作，落实就业援助和创业扶持政策，牵头做好高校毕业生、农村转移劳动力、退役军人和"
               "就业困难人员等重点群体的就业工作，按规定管理和使用就业补助资金。"))
    b.append(P("3.统筹推进覆盖城乡的多层次社会保障体系建设，组织实施城乡居民基本养老保险、机关事业单位养老保险、"
               "失业保险和工伤保险政策，会同有关部门做好社会保险基金监督和风险防控。"))
    b.append(P("4.负责全县职业能力建设，组织实施职业技能培训和技能人才评价，指导职业技能竞赛和技能人才队伍建设。"))
    b.append(P("5.负责事业单位人事管理和专业技术人员管理，组织实施县直事业单位公开招聘、岗位设置和职称评审工作，"
               "承担公务员录用考试的组织协调和考务工作。"))
    b.append(P("6.贯彻落实机关事业单位工作人员工资收入分配、福利和离退休政策，负责工资统发和正常晋升审核。"))
    b.append(P("7.统筹拟订劳动关系政策，组织实施劳动保障监察，依法查处违反劳动保障法律法规的案件，牵头做好根治欠薪"
               "和保障农民工工资支付工作，承担劳动人事争议调解仲裁工作。"))
    b.append(P("8.完成县委、县人民政府交办的其他任务。"))
    b.append(H(2, "（二）机构设置及人员情况"))
    b.append(P(f"本局内设股室{len(GUS)}个，分别为：" + "、".join(GUS) + f"。下属二级事业单位{len(SUBS)}个："
               + "、".join(SUBS) + f"。纳入{YEAR}年度部门决算编制范围的预算单位共{len(STAFF)}个，即局机关本级和上述"
               f"{len(SUBS)}个二级单位，本报告所列收支数据均为上述{len(STAFF)}个单位的汇总数。"))
    b.append(P(f"截至{YEAR}年12月31日，本部门核定编制{BZ}名，其中行政编制{BZ_XZ}名、事业编制{BZ_SY}名；实有在职人员"
               f"{SY}人，其中行政人员{SY_XZ}人、事业人员{SY_SY}人，实有人数未超过编制数，空编{BZ - SY}名。另有离退休人员"
               f"{RETIRED}人，其退休费由本部门按规定列支，但不计入在职人数；各窗口聘用的12名劳务派遣人员不占编制，其费用在"
               "劳务费中列支。各单位编制和实有人数见下表。"))
    b.append(Caption("人员编制及实有人数情况表（单位：名）"))
    b.append(_tstaff())
    b.append(H(2, f"（三）{YEAR}年度主要工作任务"))
    b.append(P(f"{YEAR}年，本局紧扣县委、县政府“稳就业、保民生、促和谐”的年度部署，确定了以下重点任务：一是稳住就业"
               "基本盘，全年城镇新增就业2,800人以上、失业人员再就业900人以上，城镇登记失业率控制在4.5%以内；二是扩大社会"
               "保险覆盖面，城乡居民基本养老保险参保率稳定在95%以上，确保各项待遇按时足额发放；三是大规模开展职业技能"
               "培训，全年培训3,000人次以上；四是深化根治欠薪，劳动保障监察案件结案率达到95%以上；五是提升劳动人事争议"
               "处理效能，仲裁结案率达到92%以上；六是推进人社服务数字化，扩大电子社保卡签发应用。"))
    b.append(P(f"全年工作总体平稳有序，就业、社保、人才和劳动关系各项主要指标均达到或超过年度目标，个别数字化服务"
               "指标未完全达标。本局先后承接了省级人社服务“快办”试点和全市根治欠薪工作现场推进会的观摩任务，县劳动人事"
               "争议仲裁院被评为全市“调裁审”衔接工作先进单位。"))
    b.append(P(f"围绕上述任务，本局在编制{YEAR}年度部门预算时同步申报了部门整体支出绩效目标，设置产出、效益和满意度"
               "三类指标，经县财政局审核后随预算一并批复。年中结合上级新增的就业见习和技能培训任务，对见习补贴、培训补贴的"
               "资金规模作了调整，但未调整已批复的绩效指标值。年度执行中，本局按季度开展绩效运行监控，对拨付进度偏慢的"
               "补贴类项目和信息化项目进行了重点跟踪，监控结果作为下半年资金调度的依据。"))

    # ------------------------------------------------------------ 二
    b.append(H(1, "二、一般公共预算支出情况"))
    b.append(H(2, "（一）部门收支总体情况"))
    b.append(P(f"{YEAR}年度本部门收入总计{m(INC_ALL)}万元，其中上年结转{m(CARRY)}万元（均为一般公共预算财政拨款），"
               f"本年收入{m(INC_YEAR)}万元。本年收入中，一般公共预算财政拨款收入{m(INC_FIN)}万元，其他收入"
               f"{m(INC_OTH)}万元（主要为人事考试考务费收入和人力资源市场服务收入）。本年度无政府性基金预算和国有资本"
               "经营预算收入。"))
    b.append(P(f"{YEAR}年度本部门支出合计{m(EXP)}万元，其中基本支出{m(BASIC)}万元、项目支出{m(PROJ)}万元。按资金来源分，"
               f"一般公共预算财政拨款支出{m(EXP_FIN)}万元，其他资金支出{m(EXP_OTH)}万元。财政拨款支出大于本年财政拨款"
               f"收入，是因为使用了上年结转资金。收支相抵，年末结转结余{LEFT_PROSE}万元，主要为人社信息化建设项目"
               "未到付款节点的尾款和部分补贴资金的清算余额，已按规定结转下年使用。"))
    b.append(Caption(f"表1 {UNIT}{YEAR}年度收入支出决算情况表（单位：万元）"))
    b.append(_t1())
    b.append(P("按支出功能分类，" + "；".join(f"{k}{m(v)}万元，占支出合计的{s}%" for (k, v), s in zip(FUNC, SHARES))
               + "。社会保障和就业支出占比最高，主要用于就业补助、公益性岗位补贴、社会保险经办和机关事业单位基本养老"
               "保险缴费等。"))
    b.append(H(2, "（二）基本支出"))
    b.append(P(f"{YEAR}年度基本支出{m(BASIC)}万元，是保障机构正常运转、完成日常工作任务所发生的支出，包括人员经费"
               f"和公用经费两部分。其中：人员经费{m(PERS)}万元，由工资福利支出{m(WAGE)}万元和对个人和家庭的补助"
               f"{m(FAM)}万元构成。工资福利支出包括" + "、".join(f"{k}{v}万元" for k, v in WAGE_ITEMS)
               + "；对个人和家庭的补助包括" + "、".join(f"{k}{v}万元" for k, v in FAM_ITEMS) + "。"))
    b.append(P(f"公用经费{m(PUB)}万元，由商品和服务支出{m(GOODS)}万元和资本性支出{m(CAPITAL)}万元构成。商品和服务支出包括"
               + "、".join(f"{k}{v}万元" for k, v in GOODS_ITEMS)
               + f"；资本性支出{m(CAPITAL)}万元，主要用于经办窗口更新办公电脑、高拍仪和叫号设备。本局坚持“过紧日子”要求，"
               "从严控制会议、培训和差旅开支，公用经费未超出年度预算。"))
    b.append(Caption(f"表2 {YEAR}年度基本支出按经济分类情况表（单位：万元）"))
    b.append(_t2())
    b.append(H(2, "（三）项目支出"))
    b.append(P(f"{YEAR}年度本部门共实施项目{len(PROJECTS)}个，年初预算{m(P_INIT)}万元，年中根据上级转移支付和县政府"
               f"追加安排调整为{m(P_FULL)}万元，全年执行{m(PROJ)}万元。项目支出中，财政拨款资金{m(FIN_PROJ)}万元，其他资金"
               f"{m(EXP_OTH)}万元（人事考试考务费和人力资源市场服务收入安排的支出）。各项目预算和执行情况见表3。"))
    b.append(Caption(f"表3 {UNIT}{T3_YEAR}年度项目支出明细表（单位：万元）"))
    b.append(_t3())
    b.append(P(f"主要项目情况如下：职业技能培训补贴全年执行{m(PROJECTS[0][3])}万元，执行率"
               f"{ps(PROJECTS[0][3], PROJECTS[0][2])}，用于按培训合格人数向定点培训机构拨付补贴；公益性岗位补贴执行"
               f"{m(PROJECTS[1][3])}万元，执行率{ps(PROJECTS[1][3], PROJECTS[1][2])}，按月发放岗位补贴并代缴社会保险；"
               f"高校毕业生就业见习补贴执行{m(PROJECTS[8][3])}万元，执行率{ps(PROJECTS[8][3], PROJECTS[8][2])}，全年组织"
               f"{n(JX_PEOPLE)}名离校未就业高校毕业生和青年参加就业见习。人社信息化建设（社保卡“一卡通”）经费全年预算"
               f"{m(PROJECTS[6][2])}万元，执行{m(PROJECTS[6][3])}万元，执行率{ps(PROJECTS[6][3], PROJECTS[6][2])}，"
               f"是执行率最低的项目，未执行的{m(IT_LEFT)}万元为系统终验后支付的尾款，已按规定结转下年使用。"))
    b.append(P(f"劳动保障监察及欠薪治理专项经费执行{m(PROJECTS[4][3])}万元，主要用于工程建设领域欠薪排查、案件办理和"
               f"根治欠薪冬季专项行动；劳动人事争议仲裁办案经费执行{m(PROJECTS[7][3])}万元，主要用于仲裁庭审、文书送达和"
               f"兼职仲裁员办案补贴；人事考试及职称评审经费执行{m(PROJECTS[5][3])}万元，主要用于事业单位公开招聘和"
               f"中初级职称评审的考务支出；城乡居民养老保险经办经费执行{m(PROJECTS[3][3])}万元，用于乡镇经办平台运行、"
               "待遇资格认证和业务档案整理。"))
    b.append(P("各项目均制定了资金管理办法和实施方案，明确补助对象、标准和发放程序。补贴类项目实行“先审核、后公示、"
               "再拨付”，公示期不少于5个工作日；培训补贴与培训机构的培训质量、学员取证情况挂钩，对未按合同完成培训任务"
               "的机构核减补贴；信息化项目严格按合同约定的验收节点付款，未验收部分不予支付。"))
    b.append(H(2, "（四）“三公”经费支出"))
    b.append(P(f"{YEAR}年度“三公”经费预算{m(SGB)}万元，实际支出{m(SGA)}万元，其中公务接待费{m(SG_ACT['接待'])}万元、"
               f"公务用车运行维护费{m(SG_ACT['运行'])}万元，无因公出国（境）费和公务用车购置费。“三公”经费控制率="
               f"{m(SGA)}÷{m(SGB)}×100%={SG_RATE}。与2024年实际支出{m(SGP)}万元相比，减少{m(SGP - SGA)}万元，下降"
               f"{SG_DOWN}。下降的主要原因是严格执行公务接待审批和公务用车定点维修制度，压减了非必要接待和车辆"
               "使用频次。"))
    b.append(P(f"公务接待方面，全年接待上级业务督导、兄弟县市考察交流等公务活动{RECEP_BATCH}批次、{RECEP_PEOPLE}人次，"
               "均凭公函接待，严格执行接待标准，无超标准接待和违规宴请。公务用车方面，本部门现有公务用车"
               f"{CARS}辆，实行集中管理、统一调度，加油、维修和保险均执行定点和公开招标，运行维护费较上年有所下降。"))
    b.append(Caption("“三公”经费支出情况表（单位：万元）"))
    b.append(_t4())

    b.append(H(2, "（五）政府采购和资产管理情况"))
    b.append(P(f"{YEAR}年度政府采购预算{m(GP_BUDGET)}万元，实际采购{m(GP_ACT)}万元，政府采购执行率={m(GP_ACT)}÷"
               f"{m(GP_BUDGET)}×100%={ps(GP_ACT, GP_BUDGET)}，采购内容主要为经办窗口办公设备、社保卡制卡耗材和信息系统"
               "运维服务，均通过政府采购云平台按规定方式实施，未发生化整为零规避采购的情况。"))
    b.append(P(f"截至{YEAR}年末，本部门固定资产原值{m(ASSET_ALL)}万元，其中" + "、".join(f"{k}{m(v)}万元" for k, v in ASSETS)
               + f"。现有公务用车{CARS}辆，均为执法执勤和业务用车。本局建立了资产登记、领用、盘点和处置制度，年末开展了"
               "资产清查，账实相符，未发现资产流失或闲置浪费问题；报废的电脑等设备已按规定报县财政局审批后处置。"))
    b.append(H(2, "（六）预算和财务管理情况"))
    b.append(P("本局修订完善了《财务管理制度》《专项资金管理办法》《内部控制手册》和《政府采购内部管理规定》，对经费审批、"
               "合同管理、资金支付实行分级授权和集体决策，大额资金使用经局党组会研究。所有资金通过国库集中支付系统支付，"
               "补贴类资金通过“一卡通”直接发放到个人账户，做到专款专用。全年未发现截留、挤占、挪用和虚列支出等情况，"
               "县审计局和县财政局组织的专项检查中未发现重大违规问题。"))
    b.append(P("在资金绩效管理上，本局将绩效目标管理嵌入项目申报环节，对新增项目开展事前论证；对就业补助资金实行"
               "“项目申报—公示—审核—拨付—回访”全流程管理，每季度对补贴发放对象进行抽查回访，重点核实培训真实性、"
               "岗位在岗情况和见习协议履行情况，对发现的问题责令培训机构和用人单位限期整改。"))

    # ------------------------------------------------------------ 三 四 五
    b.append(H(1, "三、政府性基金预算支出情况"))
    b.append(P(f"{YEAR}年度本部门无政府性基金预算收入，也未安排政府性基金预算支出。"))
    b.append(H(1, "四、国有资本经营预算支出情况"))
    b.append(P(f"{YEAR}年度本部门无国有资本经营预算收支。"))
    b.append(H(1, "五、社会保险基金预算支出情况"))
    b.append(P("本部门不单独编报社会保险基金预算。城乡居民基本养老保险基金由县社会保险服务中心负责经办，其收支纳入"
               f"县级社会保险基金预算另行编报和评价。{YEAR}年全县城乡居民基本养老保险待遇领取人数{n(PENSION_RECV)}人，"
               f"基金支出{m(FUND_PENSION)}万元，该项支出属于基金支出，不包含在本报告的部门支出合计之内；本部门支出中"
               "与之相关的仅为经办经费。"))

    # ------------------------------------------------------------ 六
    b.append(H(1, "六、部门整体支出绩效情况"))
    b.append(P(f"{YEAR}年度自评工作于2026年1月启动。本局成立由局长任组长、分管财务的副局长任副组长、各股室和二级单位"
               "负责人为成员的自评工作组，对照年初批复的绩效目标，逐项收集业务台账、会计账簿、资金拨付凭证和第三方调查"
               "资料，采用目标比较法和因素分析法进行评价。评价范围覆盖纳入部门决算的全部预算单位和全部项目，数据以"
               f"{YEAR}年度部门决算报表为准，业务数据以省人社一体化信息平台和各股室工作台账为准。"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(f"全年预算数{m(ALL_FULL)}万元（含上年结转{m(CARRY)}万元），全年执行数{m(EXP)}万元。预算执行率=全年执行数"
               f"÷全年预算数×100%={m(EXP)}÷{m(ALL_FULL)}×100%={EXEC_RATE}%。其中基本支出执行率{ps(BASIC, B_FULL)}，"
               f"项目支出执行率{ps(PROJ, P_FULL)}；分资金来源看，财政拨款执行率{ps(EXP_FIN, FIN_FULL)}，其他资金执行率"
               f"{ps(EXP_OTH, OTH_FULL)}。未执行部分主要是人社信息化建设项目尾款和部分补贴资金的清算余额。"))
    b.append(H(2, "（二）产出指标完成情况"))
    b.append(H(3, "1.数量指标"))
    b.append(P(f"城镇新增就业{n(JOBS)}人，完成年度目标{n(JOBS_T)}人的{ps(JOBS, JOBS_T)}，较2024年的{n(JOBS_PREV)}人增加"
               f"{JOBS - JOBS_PREV}人。失业人员再就业{n(REEMP)}人，完成目标{REEMP_T}人的{ps(REEMP, REEMP_T)}，其中就业困难"
               f"人员实现就业{HARD}人，完成目标{HARD_T}人的{ps(HARD, HARD_T)}。全年开展职业技能培训{n(TRAIN)}人次，其中"
               + "、".join(f"{k}{n(v)}人次" for k, v in TRAIN_PARTS)
               + f"。城乡居民基本养老保险参保{n(PENSION)}人，约合31.86万人，超过31.5万人的年度目标。开发和管理公益性岗位"
               f"安置{GW}人，其中" + "、".join(f"{k}{v}人" for k, v in GW_PARTS) + "，全部为就业困难人员和脱贫劳动力。"))
    b.append(P(f"在促进就业方面，全年举办各类招聘活动{JOB_FAIRS}场，其中线上招聘会{JOB_FAIRS_ON}场、线下招聘会"
               f"{JOB_FAIRS_OFF}场，累计提供就业岗位{n(POSTS)}个，现场达成就业意向{n(INTENT)}人。依托县乡村三级就业服务"
               "平台，对离校未就业高校毕业生实行实名制帮扶，做到“一人一档、一人一策”；对脱贫劳动力开展“点对点”劳务"
               "输出，与粤港澳大湾区和长株潭地区的用工企业建立稳定的劳务协作关系。"))
    b.append(P(f"在人才人事方面，全年组织县直事业单位公开招聘{RECRUIT_BATCH}批次，招聘工作人员{RECRUIT}人；组织中初级职称"
               f"评审，通过中级职称{TITLE_MID}人、初级职称{TITLE_LOW}人，合计{TITLE_MID + TITLE_LOW}人。在社会保险方面，"
               f"机关事业单位养老保险参保{n(JG_INS)}人，失业保险参保{n(SY_INS)}人；向{STAB_FIRMS}户参保企业发放失业保险"
               f"稳岗返还资金{m(STAB_MONEY)}万元。稳岗返还从失业保险基金中列支，不在本部门预算支出之内。"))
    b.append(H(3, "2.质量指标"))
    b.append(P(f"全县城镇登记失业率{UNEMP_RATE}，控制在4.5%的目标以内。劳动保障监察全年立案{JC_OPEN}件，结案{JC_DONE}件，"
               f"结案率={JC_DONE}÷{JC_OPEN}×100%={ps(JC_DONE, JC_OPEN)}，其余{JC_OPEN - JC_DONE}件为年末立案、仍在法定办案期限内的案件。"
               f"劳动人事争议仲裁院全年受理案件{ARB_OPEN}件，审结{ARB_DONE}件，结案率={ARB_DONE}÷{ARB_OPEN}×100%="
               f"{ARB_RATE_PRINTED}；审结案件中调解结案{ARB_MED}件，调解率{ps(ARB_MED, ARB_DONE)}。各项社会保险待遇均"
               f"按时足额发放，发放率100%。职业技能培训结业考核合格{n(TRAIN_OK)}人次，合格率={n(TRAIN_OK)}÷{n(TRAIN)}"
               f"×100%={ps(TRAIN_OK, TRAIN)}，达到90%的目标。"))
    b.append(P("劳动人事争议处理方面，县仲裁院推行“互联网+调解仲裁”，开通网上立案和视频庭审，在工业园区和3个中心乡镇设立"
               "劳动争议调解工作站，把矛盾化解在基层和萌芽状态；与县人民法院建立“调裁审”衔接机制，统一裁审尺度，"
               "仲裁裁决后起诉到法院的案件明显减少。劳动保障监察方面，推行“双随机、一公开”抽查，全年未发生行政复议被撤销"
               "或行政诉讼败诉的案件。"))
    b.append(H(3, "3.时效指标"))
    b.append(P(f"全年受理就业补贴申请{n(PAY_ALL)}笔，在承诺时限内拨付{n(PAY_OK)}笔，拨付及时率={n(PAY_OK)}÷{n(PAY_ALL)}"
               f"×100%={ps(PAY_OK, PAY_ALL)}，未达到100%的目标，{PAY_ALL - PAY_OK}笔因申报材料需要补正而延后拨付。仲裁审结的"
               f"{ARB_DONE}件案件中，在法定审限内结案{ARB_ONTIME}件，法定期限内结案率={ARB_ONTIME}÷{ARB_DONE}×100%="
               f"{ARB_ONTIME_RATE}，{ARB_DONE - ARB_ONTIME}件因工伤鉴定和公告送达超出审限。"))
    b.append(P("为提高补贴资金拨付效率，本局在下半年上线了就业补贴网上申领模块，申请人可在线提交材料、查询办理进度，"
               "审核结果通过短信告知；同时将补贴审核权限部分下放至乡镇人社服务平台，第四季度补贴平均办理时长较第一季度"
               "明显缩短。"))
    b.append(H(3, "4.成本指标"))
    b.append(P(f"职业技能培训补贴支出{m(TRAIN_SUB)}万元，即{PER_TRAIN_YUAN:,.0f}元。人均培训补贴=培训补贴支出÷培训人次="
               f"{PER_TRAIN_YUAN:,.0f}÷{n(TRAIN_IN_FORMULA)}≈{m(PER_TRAIN)}元，低于每人次1,500元的控制标准。"
               f"公益性岗位补贴全年发放{GWEI_SUB * 10000:,.0f}元，按岗位补贴标准和实际在岗月数核发。“三公”经费支出"
               f"{m(SGA)}万元，控制在{m(SGB)}万元的预算以内。"))
    b.append(H(2, "（三）效益指标完成情况"))
    b.append(P(f"社会效益方面：全年新增农村劳动力转移就业{n(RURAL)}人，超过5,000人的目标。发放创业担保贷款{n(LOAN)}万元，"
               f"扶持{LOAN_PEOPLE}人自主创业，带动就业{n(LOAN_JOBS)}人。深入开展根治欠薪专项行动，为{n(WAGE_WORKERS)}名劳动者"
               f"追回被拖欠工资{m(WAGE_BACK)}万元，实现欠薪案件动态清零。全年动态认定零就业家庭{ZERO_FAM}户，均在认定后"
               f"30日内实现至少1人就业，动态清零率100%。城乡居民基本养老保险参保率={n(PENSION)}÷{n(PENSION_BASE)}×100%="
               f"{ps(PENSION, PENSION_BASE)}，稳定在95%以上。"))
    b.append(P(f"在构建和谐劳动关系方面，全年开展根治欠薪冬季专项行动和工程建设领域专项检查，检查用人单位{CHECK_FIRMS}户，"
               "对在建工程项目全面推行农民工实名制管理、工资专用账户和工资保证金制度，对发现的欠薪隐患实行清单化管理、"
               "限期销号。全县未发生因欠薪引发的群体性事件，劳动关系总体和谐稳定，为县域经济发展营造了良好的用工环境。"))
    b.append(P(f"经济效益方面：创业担保贷款贴息项目按季度向经办银行拨付贴息资金，撬动金融资源支持返乡创业和小微企业"
               f"发展，全年新增的{LOAN_PEOPLE}名创业者中，有一半以上从事特色种养、农产品加工和电商物流。通过职业技能"
               f"培训和技能人才评价，全年新增取得职业资格证书或职业技能等级证书的技能人才{n(SKILL_NEW)}人，其中高技能人才"
               f"{SKILL_HIGH}人，为县内工业园区企业提供了较为稳定的技能劳动力供给，企业招工难问题有所缓解。"))
    b.append(P(f"可持续影响方面：全县电子社保卡累计签发38.6万张，未达到40万张的年度目标，完成率"
               f"{q(ECARD / ECARD_T * 100)}%。主要原因是部分农村老年参保人员没有智能手机或操作不便，线上申领意愿不强。"
               "本局已在各乡镇便民服务中心设置帮办窗口，并组织工作人员进村入户代为申领。"))
    b.append(H(2, "（四）满意度指标完成情况"))
    b.append(P(f"年末委托第三方在各经办窗口和乡镇开展服务对象满意度调查，发放问卷{SURVEY}份，收回有效问卷{VALID}份，"
               f"有效回收率{ps(VALID, SURVEY)}；其中表示“满意”或“比较满意”的{SATIS}份，满意度={SATIS}÷{VALID}×100%="
               f"{ps(SATIS, VALID)}，高于90%的目标。群众反映较多的意见集中在窗口高峰时段排队时间较长和部分业务线上办理"
               "指引不够清晰两个方面。"))
    b.append(P("针对调查中反映的问题，本局已在社保经办大厅增设2个综合受理窗口，在每月初和季度末等业务高峰期实行"
               "弹性延时服务，并对网上办事指南逐项进行了修订，增加操作截图和常见问题解答，群众线上办事的体验明显改善。"))
    b.append(H(2, "（五）自评结果"))
    b.append(P("评分规则：预算执行率指标分值10分，得分=执行率×分值；产出指标和效益指标达到年度指标值的得满分，未达到的按"
               "“实际完成值÷年度指标值×分值”计分；满意度指标90%（含）以上得满分，80%（含）—90%得8分，80%以下不得分。评价"
               "等次：90分（含）以上为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差。"))
    b.append(P(f"按上述规则，本部门{YEAR}年度整体支出绩效自评共设三级指标{len(IND) + 1}个，其中预算执行率1个、产出指标"
               f"{sum(1 for r in IND if r[0] == '产出指标')}个、效益指标{sum(1 for r in IND if r[0] == '效益指标')}个、"
               f"满意度指标1个。除就业补贴资金拨付及时率得{sc(SC_PAY)}分、仲裁案件法定期限内结案率得{sc(SC_ARB_T)}分、"
               f"电子社保卡累计签发量得{sc(SC_ECARD)}分外，其余产出、效益和满意度指标均得满分。自评总分{TOTAL_PRINTED}分，"
               f"评价等次为“{GRADE}”。各指标得分详见附件。"))

    # ------------------------------------------------------------ 七 八 九 十
    b.append(H(1, "七、存在的问题及原因分析"))
    b.append(P("（一）预算编制精准度有待提高。项目年初预算与全年预算差距较大，高校毕业生就业见习补贴、人社信息化建设等"
               "项目年中追加较多，反映出年初对见习人数增长和信息化建设进度预判不足，预算编制与业务计划衔接不够紧密。"))
    b.append(P("（二）部分补贴资金拨付不够及时。就业补贴实行“申请—审核—公示—拨付”流程，部分申请人材料不全需多次补正，"
               "个别乡镇初审环节停留时间偏长，导致少数补贴超过承诺时限拨付。"))
    b.append(P("（三）数字化服务覆盖仍有短板。电子社保卡签发量未完成年度目标，农村老年群体线上办事能力弱，“一网通办”的"
               "便利没有充分惠及这部分群众；部分绩效指标仍偏重数量，反映服务质量和群众获得感的指标不够充分。"))
    b.append(P("（四）基层经办能力相对薄弱。乡镇人社服务平台工作人员多为兼职，业务变动频繁，对政策掌握不够全面，"
               "部分业务需要多次往返县级窗口办理；劳动保障监察执法人员与全县用人单位数量相比明显不足，主动监察覆盖面"
               "有限，欠薪隐患发现仍较多依赖举报投诉。"))
    b.append(P("（五）绩效自评基础工作仍需夯实。部分业务数据分散在不同股室和信息系统中，统计口径不完全一致，自评时需要"
               "反复核对；个别股室对绩效管理的认识仍停留在“填表”层面，绩效目标设定、运行监控和自评之间衔接不够。"))
    b.append(H(1, "八、下一步改进措施"))
    b.append(P("（一）提高预算编制质量。建立业务股室与财务股室联合测算机制，以上年实际执行数和本年工作计划为基础测算"
               "见习、培训和岗位补贴需求，信息化项目按合同付款节点编列预算，减少年中追加和年末结转。"))
    b.append(P("（二）压缩补贴拨付周期。推行申报材料“一次性告知”和容缺受理，将乡镇初审时限压缩至5个工作日，每月通报"
               "各乡镇补贴审核进度，对超时限事项逐笔督办。"))
    b.append(P("（三）补齐数字服务短板，完善指标体系。在乡镇和村级服务点推行电子社保卡帮办代办，开展“人社服务进村”活动；"
               "在2026年度绩效目标中增加群众办事等候时长、一次办结率等体现服务质量的指标，提高指标的针对性。"))
    b.append(P("（四）加强基层队伍建设。每季度组织乡镇人社专干集中业务培训，编印常办业务操作手册；推动劳动保障监察"
               "网格化管理，将欠薪隐患排查纳入乡镇综治网格员日常巡查内容，形成县级执法、乡镇排查、村级发现的联动机制。"))
    b.append(P("（五）深化绩效管理。把绩效运行监控由按季度监控改为按月跟踪重点项目，对偏离绩效目标的项目及时预警、"
               "及时纠偏；完善绩效自评的数据核对程序，自评表数据与业务台账、会计账簿逐项核对后再行报送。"))
    b.append(H(1, "九、部门整体支出绩效自评结果拟应用和公开情况"))
    b.append(P(f"本局2025年度部门预算和“三公”经费预算已于2025年2月在县人民政府门户网站公开，2024年度部门决算已于"
               f"2025年9月公开。本次自评报告经局党组会审议后报县财政局，并将随{YEAR}年度部门决算一并公开。自评发现的问题"
               "已列入整改清单，自评结果将作为2026年度预算安排和绩效目标调整的重要依据。"))
    b.append(P("在结果应用上，对执行率偏低、年中追加较多的项目，在下年度预算编制时从严核定规模；对拨付及时率、电子社保卡"
               "签发量等未达标指标，明确责任股室和整改时限，整改情况纳入年度目标管理考核。本局还将自评中发现的预算编制、"
               "资金拨付和基层经办方面的问题向县财政局作了专题报告，争取在资金调度和经办能力建设方面给予支持。"))
    b.append(H(1, "十、其他需要说明的情况"))
    b.append(P("无其他需要说明的情况。"))
    b.append(Sign([UNIT, "2026年4月18日"]))

    # ------------------------------------------------------------ 附件
    b.append(PageBreak())
    b.append(P("附件"))
    b.append(Caption(f"{UNIT}{YEAR}年度部门整体支出绩效自评表"))
    b.append(_form())
    b.append(P(f"填表人：刘晓琴        联系电话：0736-5218630        填报日期：{FORM_DATE}"))
    return b
