"""浙江省临澄市卫生健康委员会 2024 年度部门整体支出绩效自评报告 — 6 planted defects + 1 info.

Template: a Zhejiang 市级 form — side-by-side 收支 table (收入 left, 支出 right, 本年收入合计 /
本年支出合计 rows, 其中 rows nested under 事业收入), a hospital table with 床位/诊疗人次/收入/支出
columns, a 部门整体绩效自评表 (指标 | 年度目标值 | 实际完成值 | 分值 | 得分 | 未完成原因分析) with
the 预算执行率 rule stated once above it. Rendered to TXT and PDF (fictional city)."""

from __future__ import annotations

from common import D, check, money, pct, q, rate, total, yi, yuan
from render import Caption, Center, H, P, Sign, Table, Title

SLUG = "zj-wjw-2024"
FORMATS = ["txt", "pdf"]

UNITS = [  # name, 编制, 实有, 床位, 决算支出 万元
    ("临澄市卫生健康委员会（本级）", 48, 46, 0, D("18264.37")),
    ("临澄市第一人民医院", 1960, 1912, 1500, D("168425.60")),
    ("临澄市中医院", 980, 951, 800, D("72318.45")),
    ("临澄市妇幼保健院", 620, 603, 450, D("41286.18")),
    ("临澄市第二人民医院", 540, 522, 600, D("28654.72")),
    ("临澄市急救中心", 186, 180, 0, D("6842.35")),
    ("临澄市疾病预防控制中心", 232, 224, 0, D("9816.24")),
    ("临澄市中心血站", 98, 95, 0, D("5418.63")),
    ("临澄市卫生健康综合行政执法队", 62, 60, 0, D("2305.86")),
]
BZ = sum(u[1] for u in UNITS)
SY = sum(u[2] for u in UNITS)
BEDS = sum(u[3] for u in UNITS)
SPEND = total(*(u[4] for u in UNITS))
check((BZ, SY, BEDS) == (4726, 4593, 3350), f"{BZ} {SY} {BEDS}")
BZ_WRONG = 4762  # PLANTED IC001: 自评表 states 编制 4,762 (elsewhere 4,726)
HOSP = UNITS[1:5]
HOSP_SPEND = total(*(u[4] for u in HOSP))

# 收入 (万元)
CZ = D("52382.15")        # 财政拨款收入
SYSR = D("296516.40")     # 事业收入
MZ, ZY = D("108624.35"), D("172418.60")   # 其中 门诊收入, 住院收入 (医疗收入)
YL = MZ + ZY
SYSR_OTHER = SYSR - YL
QT = D("3218.56")
INC = CZ + SYSR + QT
INC_WRONG = INC + D("900.00")  # PLANTED AR001: 本年收入合计 900 万元 above its parts
JZ_IN = D("6124.30")
BASIC, PROJ = D("301246.83"), SPEND - D("301246.83")
JY = INC + JZ_IN - SPEND
check(JY > 0, f"jy {JY}")

BUD1 = D("369804.60")
EXE = rate(SPEND, BUD1)
EXE_SCORE = q(EXE / 10, 2)
EXE_SCORE_WRONG = D("9.8")  # PLANTED SC002: rule 执行率×10 gives EXE_SCORE
check(EXE_SCORE != EXE_SCORE_WRONG, f"exe {EXE} {EXE_SCORE}")

SG, PY_SG = D("218.46"), D("246.30")
SG_CHG = rate(SG - PY_SG, PY_SG)
SG_CHG_WRONG = "-12.74%"  # PLANTED AR005: (218.46-246.30)/246.30 = SG_CHG
check(f"{SG_CHG}%" != SG_CHG_WRONG, f"sg {SG_CHG}")

QY_TEXT, QY_TABLE = "46.2", "42.6"  # PLANTED IC007: 家庭医生签约人数 text vs table

IND = [
    # 指标, 目标, 完成, 分值, 得分, 原因
    ("预算执行率", "100%", f"{EXE}%", 10, EXE_SCORE_WRONG, "部分基建项目跨年支付"),
    ("门急诊人次", "≥420万人次", "436.8万人次", 8, D("8"), ""),
    ("出院人次", "≥15.5万人次", "15.92万人次", 8, D("8"), ""),
    ("家庭医生签约人数", "≥45万人", f"{QY_TABLE}万人", 8, D("7"), "部分乡镇签约进度慢"),
    ("孕产妇系统管理率", "≥95%", "97.6%", 6, D("6"), ""),
    ("3岁以下儿童系统管理率", "≥92%", "94.1%", 6, D("6"), ""),
    ("急救平均反应时间", "≤12分钟", "11.4分钟", 6, D("6"), ""),
    ("无偿献血量", "≥12吨", "12.8吨", 6, D("6"), ""),
    ("卫生监督抽检合格率", "≥95%", "96.3%", 6, D("6"), ""),
    ("三级医院平均住院日", "≤8天", "7.6天", 6, D("6"), ""),
    ("居民健康素养水平", "≥38%", "39.2%", 10, D("10"), ""),
    ("县域就诊率", "≥90%", "89.2%", 10, D("9"), "部分疑难病例外转"),
    ("患者满意度", "≥92%", "93.8%", 10, D("10"), ""),
]
MAX = sum(r[3] for r in IND)
SUMS = total(*(r[4] for r in IND))
check(MAX == 100, "max")


def f(x):
    x = D(x)
    return str(int(x)) if x == int(x) else str(x)


def blocks():
    b = []
    b.append(Title("临澄市卫生健康委员会2024年度部门整体支出绩效自评报告"))
    b.append(Center("（含委属医疗卫生单位）"))
    b.append(P("为落实《浙江省财政厅关于全面推进预算绩效管理的实施意见》和《临澄市财政局关于开展2024年度部门整体支出绩效自评工作的通知》（临财绩〔2025〕2号），市卫生健康委员会（以下简称“市卫健委”）组织委机关和8家委属单位，对2024年度部门整体支出情况开展绩效自评。本报告所称部门汇总数据包括委机关本级和8家委属单位。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）职能职责"))
    b.append(P("市卫健委是市政府工作部门，主要职责是：贯彻执行国家和省卫生健康工作方针政策，拟订全市卫生健康事业发展规划；统筹规划全市卫生健康资源配置，指导区域卫生健康规划的编制和实施；协调推进医药卫生体制改革，推进县域医共体和城市医联体建设；制定并组织落实疾病预防控制规划、免疫规划以及严重危害人民健康公共卫生问题的干预措施；负责卫生应急工作，组织指导突发公共卫生事件的预防控制和各类突发公共事件的医疗卫生救援；组织实施基本公共卫生服务项目，负责妇幼健康、老龄健康、职业健康等工作；负责医疗机构、医疗服务行业管理和卫生健康综合监督执法。"))
    b.append(H(2, "（二）机构人员"))
    b.append(P(f"委机关内设办公室、规划发展与信息化处、财务处、体制改革处、疾病预防控制处、医政医管处、基层卫生健康处、妇幼健康处、老龄健康处、综合监督处10个处室。委属单位8家，其中医院4家（市第一人民医院、市中医院、市妇幼保健院、市第二人民医院），公共卫生机构4家（市急救中心、市疾病预防控制中心、市中心血站、市卫生健康综合行政执法队）。2024年末，部门核定编制{BZ:,}名，实有在编人员{SY:,}名；其中委机关本级编制48名，实有46名。4家医院核定床位{BEDS:,}张，另有编外合同制人员3,218名。"))
    rows = [["单位名称", "编制数", "实有人数", "核定床位（张）", "2024年支出（元）"]]
    for u in UNITS:
        rows.append([u[0], f"{u[1]:,}", f"{u[2]:,}", str(u[3]) if u[3] else "—", yuan(u[4])])
    rows.append(["部门合计", f"{BZ:,}", f"{SY:,}", f"{BEDS:,}", yuan(SPEND)])
    b.append(Caption("表1  部门所属单位基本情况"))
    b.append(Table(rows, widths=[3.2, 1, 1, 1.2, 2]))

    b.append(H(1, "二、部门整体收支情况"))
    b.append(P(f"2024年度部门本年收入{money(INC)}万元（约{yi(INC)}亿元），其中：财政拨款收入{money(CZ)}万元，占{pct(CZ, INC)}；事业收入{money(SYSR)}万元，占{pct(SYSR, INC)}，主要是4家医院的医疗收入{money(YL)}万元（门诊收入{money(MZ)}万元、住院收入{money(ZY)}万元）；其他收入{money(QT)}万元。"))
    b.append(P(f"本年支出{money(SPEND)}万元（约{yi(SPEND)}亿元），其中基本支出{money(BASIC)}万元、项目支出{money(PROJ)}万元。4家医院支出{money(HOSP_SPEND)}万元，占部门支出的{pct(HOSP_SPEND, SPEND)}；委机关本级支出{money(UNITS[0][4])}万元，主要用于基本公共卫生服务补助、医疗卫生人才引进和卫生健康信息化建设等。年初结转和结余{money(JZ_IN)}万元，年末结转和结余{money(JY)}万元。"))
    rows = [["收入", "", "支出", ""],
            ["项目", "金额（元）", "项目", "金额（元）"],
            ["一、财政拨款收入", yuan(CZ), "一、基本支出", yuan(BASIC)],
            ["二、事业收入", yuan(SYSR), "二、项目支出", yuan(PROJ)],
            ["　其中：医疗收入", yuan(YL), "", ""],
            ["　　其中：门诊收入", yuan(MZ), "", ""],
            ["　　　　　住院收入", yuan(ZY), "", ""],
            ["三、其他收入", yuan(QT), "", ""],
            ["本年收入合计", yuan(INC_WRONG), "本年支出合计", yuan(SPEND)],
            ["年初结转和结余", yuan(JZ_IN), "年末结转和结余", yuan(JY)],
            ["总计", yuan(INC + JZ_IN), "总计", yuan(SPEND + JY)]]
    b.append(Caption("表2  2024年度部门收支决算总表（单位：元）"))
    b.append(Table(rows, merges=[(0, 0, 0, 1), (0, 2, 0, 3)], widths=[2.4, 2, 2.2, 2]))
    b.append(P(f"预算执行：全年调整后预算{money(BUD1)}万元，实际支出{money(SPEND)}万元，预算执行率{EXE}%。执行率未达100%的主要原因是市第一人民医院门诊综合楼改扩建工程和市中医院康复大楼建设工程按合同节点支付，部分工程款跨年支付。"))
    b.append(P(f"“三公”经费：2024年部门“三公”经费支出{money(SG)}万元，2023年为{money(PY_SG)}万元，变动率为{SG_CHG_WRONG}，主要是压减公务用车运行费用和公务接待。"))

    b.append(H(1, "三、绩效目标完成情况"))
    b.append(H(2, "（一）医疗服务"))
    b.append(P("全年4家委属医院门急诊436.8万人次，比上年增长4.3%；出院15.92万人次，增长3.6%；住院手术6.84万台次，其中三、四级手术占比达到54.6%。市第一人民医院成功通过三级甲等综合医院复评审，胸痛中心、卒中中心、创伤中心通过国家级认证；市中医院新增省级中医重点专科2个；市第二人民医院精神卫生服务辐射周边3个县（市）。三级医院平均住院日7.6天，较上年缩短0.3天。"))
    b.append(H(2, "（二）基层卫生与公共卫生"))
    b.append(P(f"深化县域医共体建设，全年家庭医生签约人数{QY_TEXT}万人，其中重点人群签约率82.4%；完成基本公共卫生服务项目绩效考核，65岁及以上老年人健康管理率达到73.5%。孕产妇系统管理率97.6%，3岁以下儿童系统管理率94.1%，孕产妇死亡率、婴儿死亡率均控制在全省平均水平以下。居民健康素养水平达到39.2%，比上年提高1.4个百分点。"))
    b.append(P("市疾病预防控制中心全年完成传染病监测报告、免疫规划疫苗接种等任务，适龄儿童免疫规划疫苗接种率保持在95%以上；开展重点慢性病早筛早诊，完成结直肠癌、上消化道癌筛查4.2万人。市中心血站全年采集全血12.8吨，机采血小板1.14万治疗量，保障了全市临床用血需求。"))
    b.append(H(2, "（三）应急救治与综合监督"))
    b.append(P("市急救中心全年受理呼救电话14.6万次，出车8.2万车次，城区急救平均反应时间11.4分钟。市卫生健康综合行政执法队开展“双随机”抽查1,286户次，监督抽检合格率96.3%，立案查处违法案件168件。于2023年9月成功承办全省卫生应急综合演练，获省卫生健康委通报表扬。"))  # PLANTED YR005
    b.append(H(2, "（四）满意度"))
    b.append(P("委托第三方对4家医院开展患者满意度调查，收回有效问卷1.2万份，门诊患者满意度92.9%、住院患者满意度94.7%，综合满意度93.8%。县域就诊率89.2%，略低于90%的目标，主要是部分疑难重症患者外转省级医院。"))

    b.append(H(1, "四、部门整体支出绩效自评情况"))
    b.append(P(f"自评采用部门整体绩效自评表，共设13项指标，满分100分。其中预算执行率10分，得分=预算执行率×10（保留两位小数）；其余12项指标完成年度目标的得满分，未完成的按完成程度酌情扣分。2024年部门编制{BZ_WRONG:,}名、实有{SY:,}名，在职人员控制在编制以内。"))
    rows = [["指标", "年度目标值", "实际完成值", "分值", "得分", "未完成原因分析"]]
    for r in IND:
        rows.append([r[0], r[1], r[2], str(r[3]), f(r[4]), r[5]])
    rows.append(["合计", "", "", str(MAX), f(SUMS), ""])
    b.append(Caption("表3  临澄市卫生健康委员会2024年度部门整体绩效自评表"))
    b.append(Table(rows, widths=[2.4, 1.4, 1.4, 0.6, 0.6, 2.4]))
    b.append(P(f"经自评，2024年度部门整体支出绩效自评得分{f(SUMS)}分，等级为“优”。扣分指标为：预算执行率、家庭医生签约人数和县域就诊率。"))

    b.append(H(1, "五、存在的问题"))
    b.append(P("（一）基建项目支付进度偏慢。两个医院基建项目体量大、工期长，按合同节点支付，年末形成较大结转，拉低了部门预算执行率。（二）基层服务能力仍有短板。部分乡镇卫生院全科医生不足，家庭医生签约服务“签而不约”现象仍然存在，签约人数未达年度目标。（三）医院运营管理精细化程度不够。个别医院成本核算体系不完善，绩效目标与医院发展规划衔接不够紧密。"))
    b.append(H(1, "六、改进措施"))
    b.append(P("（一）加强基建项目全过程管理，合理确定年度预算规模，按工程进度编制预算，减少结转。（二）实施基层卫生人才“县管乡用”，新招录全科医生60名，推进签约服务提质扩面。（三）推进公立医院全面预算管理和成本核算，开展医院运营管理评价，将评价结果与财政补助挂钩。（四）加强绩效自评结果应用，对自评发现的问题建立整改台账，逐项销号。"))
    b.append(H(1, "七、其他说明"))
    b.append(P("2024年度部门预算和2023年度部门决算已按规定在市政府门户网站公开。本报告数据来源于2024年度部门决算报表和各单位统计报表。"))
    b.append(Sign(["临澄市卫生健康委员会（盖章）", "单位负责人（签字）：", "日期：    年  月  日"]))  # PLANTED CP001
    _i = next(i for i, x in enumerate(b) if isinstance(x, H) and x.text.startswith("三、绩效目标完成情况"))
    _ps = [H(2, "收支结构分析")]
    _ps.append(P(f"收入结构方面，医疗收入{money(YL)}万元占事业收入{money(SYSR)}万元的{pct(YL, SYSR)}，其中门诊收入占医疗收入的{pct(MZ, YL)}、住院收入占{pct(ZY, YL)}；事业收入中的其他部分{money(SYSR_OTHER)}万元主要为科教、培训和公共卫生服务收入。财政拨款收入{money(CZ)}万元，按4家医院和4家公共卫生机构分配，公共卫生机构的经费主要来源于财政拨款。"))
    _ps.append(P("支出结构方面，" + "".join(f"{u[0]}支出{money(u[4])}万元，核定床位{u[3]:,}张，床均支出{money(u[4] / u[3])}万元；" for u in HOSP).rstrip("；") + f"。4家医院合计支出{money(HOSP_SPEND)}万元，核定床位{BEDS:,}张，床均支出{money(HOSP_SPEND / BEDS)}万元。"))
    b[_i:_i] = _ps
    import extras
    b = extras.walk(b, "五、存在的问题", "（附）绩效指标逐项分析", [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in IND[1:] if r[0] != '家庭医生签约人数'])
    return extras.apply(SLUG, b)


KEY = f"""
# Answer key for 临澄市卫生健康委员会 2024 年度部门整体支出绩效自评报告 (fictional city, Zhejiang form).
id: zj-wjw-2024
kind: 卫生健康委员会
report_year: 2024
defect: 收支总表收入合计、编制数、三公变动率、执行率得分、家庭医生签约人数、以往年度成绩、落款空白
expect:
  - rule: AR001
    severity: error
    values: ["{yuan(INC_WRONG)}", "{yuan(INC)}"]
    note: 表2 本年收入合计 {yuan(INC_WRONG)}，财政拨款 + 事业收入 + 其他收入 = {yuan(INC)}（其中行不相加）
  - rule: IC001
    severity: error
    values: ["{BZ:,}", "{BZ_WRONG:,}"]
    note: 编制 {BZ:,}（一、表1），四 中写 {BZ_WRONG:,}
  - rule: AR005
    severity: error
    values: ["{SG_CHG_WRONG}"]
    note: 三公经费变动率 ({money(SG)}-{money(PY_SG)})/{money(PY_SG)} = {SG_CHG}%，写作 {SG_CHG_WRONG}
  - rule: SC002
    severity: error
    values: ["{f(EXE_SCORE_WRONG)}", "{EXE}%"]
    note: 预算执行率 {EXE}% 按“得分=预算执行率×10”应得 {EXE_SCORE}，表中给 {f(EXE_SCORE_WRONG)}
  - rule: IC007
    severity: warning
    values: ["{QY_TABLE}", "{QY_TEXT}"]
    note: 自评表 家庭医生签约人数 {QY_TABLE}万人，正文“全年家庭医生签约人数{QY_TEXT}万人”
  - rule: YR005
    severity: warning
    values: ["2023"]
    note: 三（三）“于2023年9月成功承办全省卫生应急综合演练”列为本年成绩
  - rule: CP001
    severity: info
    note: 单位负责人签字和日期未填写
must_not:
  - rule: AR001
    values: ["{yuan(SPEND)}"]
    note: 表1 九个单位支出之和 = 部门合计；表2 基本 + 项目 = 本年支出合计
  - rule: AR001
    values: ["{yuan(YL)}"]
    note: 医疗收入 = 门诊 + 住院，是事业收入的“其中”，不计入收入合计
  - rule: AR001
    values: ["{BEDS:,}"]
    note: 床位 1500+800+450+600 = {BEDS:,}；“—”为无床位单位
  - rule: AR002
    values: ["{money(MZ)}", "{money(ZY)}"]
    note: 医疗收入 {money(YL)} = 门诊 {money(MZ)} + 住院 {money(ZY)}
  - rule: AR006
    values: ["{money(BASIC)}", "{money(PROJ)}"]
    note: 基本 + 项目 = {money(SPEND)}
  - rule: AR005
    values: ["{EXE}%"]
    note: {money(SPEND)}/{money(BUD1)} = {EXE}%
  - rule: AR005
    values: ["{pct(HOSP_SPEND, SPEND)}"]
    note: 4 家医院支出占比正确
  - rule: IC001
    values: ["46", "{SY:,}"]
    note: 委机关本级实有 46 与部门 {SY:,} 口径不同
  - rule: IC001
    values: ["{yi(INC)}"]
    note: 约 {yi(INC)} 亿元是本年收入的舍入
  - rule: IC005
    values: ["12.8"]
    note: 采集全血 12.8 吨与自评表无偿献血量 12.8 吨一致
  - rule: SC001
    note: 无得分超过分值
  - rule: SC005
    values: ["{f(SUMS)}"]
    note: 13 项得分（按表中所写）之和 {f(SUMS)} = 合计
  - rule: SC006
    note: 分值之和 100
  - rule: SC007
    note: {f(SUMS)} 分为“优”
  - rule: SC010
    values: ["89.2%"]
    note: 县域就诊率未达目标已扣 1 分并写明原因
  - rule: YR003
    note: 2024 年度预算、2023 年度决算公开，正常
  - rule: IC006
    note: 实有 {SY:,} < 编制
  - rule: AR005
    values: ["{pct(YL, SYSR)}"]
    note: 医疗收入占事业收入、门诊/住院占医疗收入比例正确
  - rule: AR002
    values: ["{money(HOSP_SPEND / BEDS)}"]
    note: 床均支出 = 支出/床位，各医院与合计均正确
allow:
  - rule: AR001
    values: ["{yuan(INC + JZ_IN)}"]
    note: 收入侧总计按正确的收入合计计算，与所写本年收入合计 + 年初结转不符，为同一缺陷
  - rule: IC001
    values: ["{money(INC_WRONG)}"]
    note: 与 AR001 同一缺陷
  - rule: IC001
    values: ["{yuan(INC_WRONG)}"]
    note: 与 AR001 同一缺陷（表2 收入合计以元写出，正文 {money(INC)} 万元）
  - rule: SC010
    values: ["{QY_TABLE}"]
    note: 家庭医生签约人数已扣分
  - rule: CP
    note: 其他完整性提示
"""

NOTES = f"""
# zj-wjw-2024 — 临澄市卫生健康委员会 2024（浙江市级，6 处缺陷 + 1 处提示）

虚构地级市卫健委，委机关 + 8 家委属单位（4 家医院、4 家公共卫生机构），部门收入约 {yi(INC)} 亿元，以医院事业收入为主。
表2 为左右并列的收支决算总表（收入侧有嵌套“其中”：医疗收入 → 门诊/住院）。自评表为 指标|年度目标值|实际完成值|
分值|得分|未完成原因分析，预算执行率规则在正文中统一说明。格式：TXT 和 PDF。

## Planted defects

| # | rule | where | what |
|---|------|-------|------|
| 1 | AR001 | 表2 | 本年收入合计 {yuan(INC_WRONG)}，应为 {yuan(INC)} |
| 2 | IC001 | 四 | 编制 {BZ_WRONG:,}，他处 {BZ:,} |
| 3 | AR005 | 二 | 三公变动率 {SG_CHG_WRONG}，应为 {SG_CHG}% |
| 4 | SC002 | 表3 | 执行率 {EXE}% × 10 = {EXE_SCORE}，给 {f(EXE_SCORE_WRONG)} |
| 5 | IC007 | 表3 / 三（二） | 家庭医生签约人数 {QY_TABLE} vs {QY_TEXT} 万人 |
| 6 | YR005 | 三（三） | 2023年9月演练列为成绩 |
| 7 | CP001 | 落款 | 签字与日期空白（提示） |

## Tricky but correct

- 收入侧“其中：医疗收入”及其下“其中：门诊/住院”不计入合计。
- 总计两侧相等；年初结转、年末结余正确。
- 医院支出占比、执行率、约亿元均正确。
- 委机关本级 48/46 与部门 {BZ:,}/{SY:,}。
- 床位合计只含四家医院；其他单位“—”。
- 收支结构分析：医疗收入占比、床均支出（各院与合计）均按表中数计算。
- 逐项分析段落不含家庭医生签约人数（正文只在三（二）陈述一次，与自评表不同，为缺陷 5）。
"""
