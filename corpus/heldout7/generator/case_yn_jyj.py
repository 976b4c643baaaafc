"""云南省瑞川市教育体育局 2024 年度部门整体支出绩效自评报告 — 6 planted defects.

Template: the Yunnan (central outline) report — 基本情况 / 绩效评价工作开展情况 / 综合评价情况及
评价结论 / 绩效评价指标分析 / 主要经验做法、存在问题及建议 — with a 自评表 whose columns are
一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因; 成本指标
as its own 一级; a function-classification table (205 教育支出, 款 and 项 rows) with no
基本/项目 split in any table. Schools as 所属单位. Rendered to TXT (fictional city)."""

from __future__ import annotations

from common import D, check, money, pct, q, rate, total, yi, yuan
from render import Caption, Center, H, P, Sign, Table, Title

SLUG = "yn-jyj-2024"
FORMATS = ["txt"]

UNITS = [  # name, 编制, 实有, 学生数
    ("瑞川市教育体育局（本级）", 36, 35, 0),
    ("瑞川市第一中学", 286, 292, 4260),
    ("瑞川市第二中学", 214, 218, 3180),
    ("瑞川市民族中学", 168, 171, 2350),
    ("瑞川市职业技术学校", 152, 150, 3020),
    ("瑞川市特殊教育学校", 42, 42, 186),
    ("瑞川市实验小学", 118, 121, 2860),
    ("瑞川市幼儿园", 64, 66, 980),
    ("瑞川市教师发展中心", 28, 27, 0),
]
BZ = sum(u[1] for u in UNITS)
SY = sum(u[2] for u in UNITS)
STU = sum(u[3] for u in UNITS)
check(SY > BZ, "over establishment (PLANTED IC006: no explanation anywhere)")
CTRL = rate(SY, BZ)

FUNC = [
    ("205", "教育支出", None),
    ("20501", "教育管理事务", None),
    ("2050101", "行政运行", D("682.45")),
    ("20502", "普通教育", None),
    ("2050201", "学前教育", D("1536.28")),
    ("2050202", "小学教育", D("4218.63")),
    ("2050204", "高中教育", D("16842.17")),
    ("20503", "职业教育", None),
    ("2050302", "中等职业教育", D("5126.40")),
    ("20507", "特殊教育", None),
    ("2050701", "特殊学校教育", D("968.52")),
    ("20508", "进修及培训", None),
    ("2050801", "教师进修", D("486.30")),
    ("20509", "教育费附加安排的支出", None),
    ("2050999", "其他教育费附加安排的支出", D("1264.85")),
    ("229", "其他支出", None),
    ("22960", "彩票公益金安排的支出", None),
    ("2296003", "用于体育事业的彩票公益金支出", D("318.60")),
]
vals = {c: v for c, _, v in FUNC if v is not None}
FV = {c: (v if v is not None else total(*(vv for cc, vv in vals.items() if cc.startswith(c)))) for c, _, v in FUNC}
SPEND = total(*(FV[c] for c, _, _ in FUNC if len(c) == 3))
BASIC = D("24386.52")
PROJ_TRUE = SPEND - BASIC
PROJ_WRONG = PROJ_TRUE + D("200.00")  # PLANTED AR006: 基本 + 项目 (stated in separate paragraphs) = SPEND + 200
BUD1 = D("32862.40")
EXE = rate(SPEND, BUD1)
EXE_SC = q(EXE / 10, 2)

JY = D("1246.38")
JY_RATE = rate(JY, BUD1)
JY_RATE_WRONG = "2.31%"  # PLANTED AR003: 1,246.38/32,862.40 = JY_RATE
check(f"{JY_RATE}%" != JY_RATE_WRONG, f"jy {JY_RATE}")

SG, SG_WRONG = D("86.42"), D("84.62")  # PLANTED IC001: 三公经费支出 86.42 vs 84.62
SG_CAR, SG_JD = D("72.18"), D("14.24")
check(SG_CAR + SG_JD == SG, "sg")

IND = [  # 一级, 二级, 三级, 性质, 指标值, 单位, 完成值, 分值, 得分, 偏差
    ("产出指标", "数量指标", "高中阶段毛入学率", "≥", "92", "%", "93.6", 10, D("10"), ""),
    ("产出指标", "数量指标", "学前教育毛入园率", "≥", "90", "%", "91.2", 8, D("8"), ""),
    ("产出指标", "数量指标", "教师培训人次", "≥", "3000", "人次", "3268", 6, D("6"), ""),
    ("产出指标", "质量指标", "普通高中学业水平考试合格率", "≥", "95", "%", "96.8", 8, D("8"), ""),
    ("产出指标", "质量指标", "中职学生双证书获取率", "≥", "85", "%", "81.4", 8, D("6.5"), "部分专业职业技能等级证书考核推迟"),
    ("成本指标", "经济成本指标", "生均公用经费拨付标准", "=", "1000", "元/生·年", "1000", 5, D("5"), ""),
    ("成本指标", "经济成本指标", "校舍维修改造成本控制", "≤", "1450", "万元", "1386.5", 5, D("5"), ""),
    ("效益指标", "社会效益指标", "义务教育巩固率", "≥", "96", "%", "97.3", 10, D("10"), ""),
    ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", "=", "100", "%", "100", 10, D("10"), ""),
    ("效益指标", "可持续影响指标", "教育督导评估结果", "≥", "90", "分", "95", 10, D("10"), ""),
    ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", "90", "%", "91.5", 10, D("10"), ""),
]
IND_MAX = sum(r[7] for r in IND)
IND_SC = total(*(r[8] for r in IND))
check(IND_MAX == 90, "max")
TOTAL = EXE_SC + IND_SC
TOTAL_TEXT = TOTAL + 1  # PLANTED SC008: conclusion states one point more than the 自评表


def f(x):
    x = D(x)
    return str(int(x)) if x == int(x) else str(x)


def blocks():
    check(TOTAL >= 90 and TOTAL_TEXT >= 90, f"total {TOTAL}")
    b = []
    b.append(Title("瑞川市教育体育局2024年度部门整体支出绩效自评报告"))
    b.append(H(1, "一、基本情况"))
    b.append(H(2, "（一）部门概况"))
    b.append(P("瑞川市教育体育局是市人民政府工作部门，主管全市教育和体育工作。主要职责是：贯彻执行国家和省的教育、体育工作方针政策，拟订全市教育体育事业发展规划；统筹管理全市各级各类教育，负责义务教育均衡发展和学前教育普及普惠；指导普通高中和职业教育改革发展；负责教师队伍建设和教育督导；负责学生资助工作；推行全民健身计划，组织开展群众性体育活动和青少年体育工作。"))
    b.append(P(f"部门预算由局本级和8个所属单位组成，所属单位为：瑞川市第一中学、瑞川市第二中学、瑞川市民族中学、瑞川市职业技术学校、瑞川市特殊教育学校、瑞川市实验小学、瑞川市幼儿园和瑞川市教师发展中心。2024年末，部门核定编制{BZ:,}名，实有在职人员{SY:,}名；所属学校在校学生{STU:,}人。"))
    rows = [["单位名称", "编制数（名）", "实有人数（名）", "在校学生（人）"]]
    for u in UNITS:
        rows.append([u[0], str(u[1]), str(u[2]), f"{u[3]:,}" if u[3] else "—"])
    rows.append(["合计", f"{BZ:,}", f"{SY:,}", f"{STU:,}"])
    b.append(Caption("表1  部门所属单位人员及学生情况"))
    b.append(Table(rows, widths=[3.4, 1.4, 1.4, 1.4]))
    b.append(H(2, "（二）部门绩效目标"))
    b.append(P("2024年部门整体绩效目标为：高中阶段毛入学率不低于92%，学前教育毛入园率不低于90%，义务教育巩固率不低于96%；落实家庭经济困难学生资助政策，做到应助尽助；完成教师培训3,000人次以上；普通高中学业水平考试合格率不低于95%；学生及家长满意度不低于90%。"))
    b.append(H(2, "（三）部门预算及支出情况"))
    b.append(P(f"2024年全年预算{money(BUD1)}万元，约{yi(BUD1)}亿元，主要来源为一般公共预算拨款、教育费附加和体育彩票公益金。"))
    b.append(P(f"2024年度部门支出合计{money(SPEND)}万元，预算执行率{EXE}%。"))
    rows = [["科目编码", "科目名称", "决算数（元）"]]
    for c, n, v in FUNC:
        rows.append([c, n, yuan(FV[c])])
    rows.append(["", "支出合计", yuan(SPEND)])
    b.append(Caption("表2  2024年度部门支出决算表（按功能分类科目）"))
    b.append(Table(rows, widths=[1.4, 4.4, 2]))
    b.append(P(f"从支出科目看，教育支出{money(FV['205'])}万元，占{pct(FV['205'], SPEND)}，其中普通教育{money(FV['20502'])}万元（高中教育{money(FV['2050204'])}万元、小学教育{money(FV['2050202'])}万元、学前教育{money(FV['2050201'])}万元），职业教育{money(FV['20503'])}万元；其他支出{money(FV['229'])}万元，为体育彩票公益金安排的全民健身和青少年体育支出。"))
    b.append(P(f"从支出性质看，基本支出{money(BASIC)}万元，主要为在职人员工资福利、社会保障缴费和学校日常公用经费。"))
    b.append(P(f"项目支出{money(PROJ_WRONG)}万元，主要用于学生资助、校舍维修改造、教师培训、职业教育实训基地建设和体育彩票公益金项目。"))
    b.append(P(f"“三公”经费支出{money(SG)}万元，其中公务用车运行维护费{money(SG_CAR)}万元、公务接待费{money(SG_JD)}万元，无因公出国（境）费用。年末结转结余{money(JY)}万元。"))

    b.append(H(1, "二、绩效评价工作开展情况"))
    b.append(P("（一）评价目的。通过自评，全面了解部门整体支出的执行情况和绩效目标完成情况，查找预算管理和资金使用中存在的问题，为2026年部门预算编制和教育资源配置提供依据。"))
    b.append(P("（二）评价对象和范围。评价对象为瑞川市教育体育局2024年度部门整体支出，范围包括局本级和8个所属单位的全部收支。"))
    b.append(P("（三）评价方法和过程。成立由局长任组长、分管副局长任副组长，计划财务科、基础教育科、职业教育科、体育科、人事科负责人为成员的绩效自评工作领导小组。采取资料审查、现场核查和问卷调查相结合的方式，抽查了第一中学、职业技术学校和实验小学3个单位的会计凭证和项目档案，发放学生及家长满意度调查问卷2,000份，收回有效问卷1,846份。"))

    b.append(H(1, "三、综合评价情况及评价结论"))
    b.append(P(f"经自评，瑞川市教育体育局2024年度部门整体支出绩效自评得分{f(TOTAL_TEXT)}分，评价等级为“优”。全年各项教育体育工作任务基本完成，主要绩效目标基本实现，资金使用规范。"))

    b.append(H(1, "四、绩效评价指标分析"))
    b.append(H(2, "（一）预算执行情况"))
    b.append(P(f"全年预算{money(BUD1)}万元，决算支出{money(SPEND)}万元，预算执行率{EXE}%，按“执行率×10”计得{EXE_SC}分。结转结余率=年末结转结余/全年预算数×100%={money(JY)}/{money(BUD1)}×100%={JY_RATE_WRONG}。“三公”经费支出{money(SG_WRONG)}万元，控制在年初预算以内。在职人员控制率为{CTRL}%。"))
    b.append(H(2, "（二）产出情况"))
    b.append(P("1.数量指标。全市高中阶段毛入学率93.6%，比上年提高1.2个百分点；学前教育毛入园率91.2%；全年组织各级各类教师培训3,268人次，其中国培、省培计划412人次，市级培训1,236人次，校本研修1,620人次。"))
    b.append(P("2.质量指标。普通高中学业水平考试合格率96.8%；2024年高考本科上线率48.6%，较上年提高2.3个百分点；职业技术学校学生双证书获取率81.4%，低于85%的目标，主要是部分专业的职业技能等级证书考核推迟至2025年上半年。"))
    b.append(H(2, "（三）成本情况"))
    b.append(P("严格落实普通高中、中职学校生均公用经费每生每年1,000元的拨付标准，全年拨付生均公用经费1,364.2万元；校舍维修改造项目实际支出1,386.5万元，控制在1,450万元的成本目标以内，完成第一中学学生宿舍、民族中学食堂等8个维修改造项目。"))
    b.append(H(2, "（四）效益情况"))
    b.append(P("义务教育巩固率97.3%；全年资助家庭经济困难学生1.86万人次，发放资助资金2,846.3万元，资助覆盖率100%。根据2023年度全市教育督导评估考核结果（95分），教育督导评估结果指标得满分10分。全年举办市级群众体育赛事26项，参与群众4.2万人次。"))
    b.append(H(2, "（五）满意度情况"))
    b.append(P("本次共收回学生及家长有效问卷1,846份，满意和基本满意1,689份，满意度91.5%。"))
    check(pct(1689, 1846) == "91.50%", "myd")

    rows = [["年度资金", "", "", "全年预算数", "全年执行数", "", "", "分值", "得分", "执行率"],
            ["资金总额", "", "", yuan(BUD1), yuan(SPEND), "", "", "10", str(EXE_SC), f"{EXE}%"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因"]]
    for r in IND:
        rows.append([r[0], r[1], r[2], r[3], r[4], r[5], r[6], str(r[7]), f(r[8]), r[9]])
    rows.append(["合计", "", "", "", "", "", "", "100", f(TOTAL), ""])
    merges = [(0, 0, 0, 2), (1, 0, 1, 2), (len(rows) - 1, 0, len(rows) - 1, 6)]
    b.append(Caption("附表  瑞川市教育体育局2024年度部门整体支出绩效自评表"))
    b.append(Table(rows, merges=merges, widths=[1, 1.1, 2.2, 0.7, 0.8, 0.9, 0.9, 0.6, 0.6, 1.6]))

    b.append(H(1, "五、主要经验做法、存在问题及建议"))
    b.append(P("（一）主要经验做法。一是坚持教育优先发展，财政教育支出保持“两个只增不减”；二是建立学生资助“一人一档”管理制度，做到精准资助；三是推行校长职级制和教师“县管校聘”，优化教师资源配置。"))
    b.append(P("（二）存在问题。一是职业教育双证书获取率未达目标，职业技能等级证书考核组织不及时；二是校舍维修改造项目集中在暑期实施，资金支付集中在下半年；三是部分学校绩效管理意识不强，项目绩效目标设置不够科学。"))
    b.append(P("（三）改进建议。一是加强与人社部门和第三方评价组织的沟通，合理安排职业技能等级证书考核；二是提前启动维修改造项目的设计和招标，均衡支出进度；三是加强学校财务人员和校长的预算绩效管理培训。"))
    b.append(H(1, "六、其他需要说明的问题"))
    b.append(P("2024年度部门预算已于2024年2月在瑞川市人民政府门户网站公开，2023年度部门决算已于2024年9月公开。"))
    b.append(Sign(["瑞川市教育体育局", "2025年3月25日"]))
    _i = next(i for i, x in enumerate(b) if isinstance(x, H) and x.text.startswith("二、绩效评价工作开展情况"))
    _ps = [P(f"按支出科目的结构看，高中教育{money(FV['2050204'])}万元占支出合计的{pct(FV['2050204'], SPEND)}，小学教育占{pct(FV['2050202'], SPEND)}，学前教育占{pct(FV['2050201'], SPEND)}，中等职业教育占{pct(FV['2050302'], SPEND)}，特殊学校教育{money(FV['2050701'])}万元占{pct(FV['2050701'], SPEND)}，教师进修{money(FV['2050801'])}万元占{pct(FV['2050801'], SPEND)}，教育费附加安排的支出{money(FV['2050999'])}万元占{pct(FV['2050999'], SPEND)}，行政运行{money(FV['2050101'])}万元占{pct(FV['2050101'], SPEND)}。")]
    b[_i:_i] = _ps
    import extras
    b = extras.walk(b, "五、主要经验做法、存在问题及建议", "（六）三级指标逐项分析", [(r[2], r[3] + r[4] + r[5], r[6] + r[5], r[7], r[8], r[9]) for r in IND])
    return extras.apply(SLUG, b)


KEY = f"""
# Answer key for 瑞川市教育体育局 2024 年度部门整体支出绩效自评报告 (fictional city, Yunnan form).
id: yn-jyj-2024
kind: 教育局
report_year: 2024
defect: 基本+项目与支出合计、结转结余率、超编未说明、以往年度考核结果、三公经费重述、总分不一
expect:
  - rule: AR006
    severity: error
    values: ["{money(SPEND)}", "{money(BASIC)}", "{money(PROJ_WRONG)}"]
    note: 支出合计 {money(SPEND)}、基本支出 {money(BASIC)}、项目支出 {money(PROJ_WRONG)} 分三段陈述，{money(BASIC)} + {money(PROJ_WRONG)} = {money(BASIC + PROJ_WRONG)}
  - rule: AR003
    severity: error
    values: ["{JY_RATE_WRONG}"]
    note: 结转结余率 {money(JY)}/{money(BUD1)} = {JY_RATE}%，写作 {JY_RATE_WRONG}
  - rule: IC006
    severity: warning
    values: ["{SY:,}", "{BZ:,}"]
    note: 实有在职 {SY:,} 名多于编制 {BZ:,} 名，报告未说明原因（在职人员控制率 {CTRL}%）
  - rule: YR004
    severity: error
    values: ["2023"]
    note: 四（四）“根据2023年度全市教育督导评估考核结果（95分），教育督导评估结果指标得满分10分”
  - rule: IC001
    severity: error
    values: ["{money(SG)}", "{money(SG_WRONG)}"]
    note: “三公”经费支出 一（三）{money(SG)}，四（一）{money(SG_WRONG)}
  - rule: SC008
    severity: error
    values: ["{f(TOTAL)}", "{f(TOTAL_TEXT)}"]
    note: 自评表合计 {f(TOTAL)}（= 各项之和），三、评价结论写 {f(TOTAL_TEXT)}
must_not:
  - rule: AR001
    values: ["{yuan(SPEND)}"]
    note: 表2 支出合计 = 205 + 229 两个类；款、项行不重复相加
  - rule: AR001
    values: ["{yuan(FV['20502'])}"]
    note: 20502 普通教育 = 学前 + 小学 + 高中
  - rule: AR001
    values: ["{BZ:,}", "{SY:,}", "{STU:,}"]
    note: 表1 合计各列相符；“—”为无学生单位
  - rule: AR002
    values: ["{money(FV['2050204'])}", "{money(FV['2050202'])}", "{money(FV['2050201'])}"]
    note: 普通教育 {money(FV['20502'])} = 高中 + 小学 + 学前
  - rule: AR002
    values: ["{money(SG_CAR)}", "{money(SG_JD)}"]
    note: 三公 {money(SG_CAR)} + {money(SG_JD)} = {money(SG)}（IC001 另计）
  - rule: AR002
    values: ["3,268", "412", "1,236", "1,620"]
    note: 教师培训 3,268 = 412 + 1,236 + 1,620
  - rule: AR005
    values: ["{EXE}%"]
    note: {money(SPEND)}/{money(BUD1)} = {EXE}%
  - rule: AR005
    values: ["91.5%"]
    note: 1,689/1,846 = 91.495%，约 91.5%
  - rule: AR003
    values: ["{CTRL}%"]
    note: 在职人员控制率 {SY:,}/{BZ:,} = {CTRL}%，正确
  - rule: IC001
    values: ["35", "{SY:,}"]
    note: 局本级实有 35 与部门 {SY:,}
  - rule: IC001
    values: ["{yi(BUD1)}"]
    note: 约 {yi(BUD1)} 亿元为全年预算
  - rule: IC007
    values: ["3268"]
    note: 教师培训 3268 人次 与正文 3,268 人次一致
  - rule: SC002
    values: ["{EXE_SC}"]
    note: 执行率 × 10 = {EXE_SC}
  - rule: SC006
    note: 10 + 90 = 100
  - rule: SC007
    note: 两个总分都是“优”
  - rule: SC010
    values: ["81.4"]
    note: 双证书获取率未达目标已扣 1.5 分并写明原因
  - rule: YR003
    note: 2024 年度预算与 2023 年度决算公开正常
  - rule: AR002
    values: ["2,846.3", "186.4", "1,024.6"]
    note: 学生资助 2,846.3 = 186.4 + 1,024.6 + 986.5 + 648.8
  - rule: AR005
    values: ["24.8%"]
    note: 局属学校在校学生 16,836 占全市约 6.8 万人的 24.8%（约数）
  - rule: IC001
    values: ["56.2%", "48.6%"]
    note: 第一中学本科上线率 56.2% 是单校口径，全市 48.6%
  - rule: AR005
    values: ["{pct(FV['2050204'], SPEND)}"]
    note: 各科目占支出合计的比例正确
allow:
  - rule: SC005
    values: ["{f(TOTAL_TEXT)}"]
    note: 与 SC008 同一缺陷（结论中的总分 {f(TOTAL_TEXT)}；自评表 {EXE_SC} + {f(IND_SC)} = {f(TOTAL)} 相符）
  - rule: CP
    note: 完整性提示
"""

NOTES = f"""
# yn-jyj-2024 — 瑞川市教育体育局 2024（云南市级，6 处缺陷）

虚构地级市教育体育局，局本级 + 8 个所属单位（7 所学校及教师发展中心）。报告按中央/云南通行提纲（基本情况、绩效评价
工作开展情况、综合评价情况及评价结论、绩效评价指标分析、经验问题建议）；自评表有 指标性质/指标值/度量单位 列，
成本指标单列为一级；功能分类表（类/款/项）无基本/项目拆分。格式：TXT。

## Planted defects

| # | rule | where | what |
|---|------|-------|------|
| 1 | AR006 | 一（三） | 支出合计 {money(SPEND)} ≠ 基本 {money(BASIC)} + 项目 {money(PROJ_WRONG)}（三段分述） |
| 2 | AR003 | 四（一） | 结转结余率 {money(JY)}/{money(BUD1)} 写作 {JY_RATE_WRONG}，应为 {JY_RATE}% |
| 3 | IC006 | 一（一）/表1 | 实有 {SY:,} > 编制 {BZ:,}，未说明 |
| 4 | YR004 | 四（四） | 以 2023 年度督导评估结果计分 |
| 5 | IC001 | 一（三）/四（一） | 三公经费 {money(SG)} vs {money(SG_WRONG)} |
| 6 | SC008 | 三 / 附表 | 结论 {f(TOTAL_TEXT)}，自评表 {f(TOTAL)} |

## Tricky but correct

- 功能分类表：类、款、项分层；合计只加类。
- 在职人员控制率 {CTRL}% 计算正确（超编本身是缺陷 3）。
- 满意度 1,689/1,846 = 91.495% 写作 91.5%（一位小数舍入）。
- 教师培训 3,268 = 412 + 1,236 + 1,620。
- 预算执行率得分 = 执行率 × 10。
- 学生资助 2,846.3 = 186.4 + 1,024.6 + 986.5 + 648.8；科目占比正确；第一中学本科上线率 56.2% 为单校口径。
"""
