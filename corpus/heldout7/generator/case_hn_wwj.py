"""湖南省文物局 2024 年度部门整体支出绩效自评报告 — 6 planted defects.

Template: a Hunan 省直 form — a transposed 基础数据表 (指标|数值|指标|数值 pairs), a 收支 table
with 汇总 / 其中：本级 / 所属单位 columns side by side, and a score sheet with 分值(A) /
得分(B) / 得分率(B/A) columns grouped by 投入/过程/产出/效益. Rendered to PDF (reportlab)."""

from __future__ import annotations

from common import D, check, money, pct, q, rate, total, yi, yuan
from render import Caption, Center, H, P, PageBreak, Sign, Table, Title

SLUG = "hn-wwj-2024"
FORMATS = ["pdf"]

UNITS = [  # name, 编制, 实有, 决算支出 万元
    ("湖南省文物局（本级）", 45, 43, D("6218.47")),
    ("湖南省文物考古研究院", 86, 82, D("9436.25")),
    ("湖南省革命文物保护中心", 32, 30, D("7125.60")),
    ("湖南省文物交流服务中心", 24, 22, D("3841.18")),
    ("湖南省文物鉴定中心", 18, 18, D("1302.76")),
    ("湖南省石窟寺及石刻保护研究所", 20, 19, D("2687.34")),
]
BZ = sum(u[1] for u in UNITS)
SY = sum(u[2] for u in UNITS)
SPEND = total(*(u[3] for u in UNITS))
check((BZ, SY) == (225, 214), f"{BZ} {SY}")
SUB_SPEND = SPEND - UNITS[0][3]

# 收支: 汇总 / 本级 / 所属单位
INC = {"财政拨款收入": (D("28963.40"), D("6012.35")), "事业收入": (D("1124.52"), D("0.00")),
       "其他收入": (D("208.36"), D("31.20"))}
JZ = (D("1836.92"), D("402.18"))
INC_ALL = total(*(v[0] for v in INC.values()))
INC_BJ = total(*(v[1] for v in INC.values()))
BASIC = (D("12874.63"), D("2386.51"))
PROJ = (SPEND - BASIC[0], UNITS[0][3] - BASIC[1])
JY = (INC_ALL + JZ[0] - SPEND, INC_BJ + JZ[1] - UNITS[0][3])
check(JY[0] > 0 and JY[1] > 0, f"jy {JY}")

BUD0 = D("27650.00")
ADJ = D("3926.30")
BUD1 = BUD0 + ADJ
ADJ_RATE = rate(ADJ, BUD0)
check(str(ADJ_RATE) == "14.20", f"adj {ADJ_RATE}")
EXE = rate(SPEND, BUD1)
check(EXE >= 95, f"exe {EXE}")

# 文物保护专项 text breakdown
ZX = (D("6215.40"), D("3846.20"), D("2318.40"))
ZX_TOTAL_WRONG = D("12480.00")  # PLANTED AR002: the three parts add up to 12,380.00
check(total(*ZX) == D("12380.00"), "zx")

SG_BUD, SG, PY_SG = D("64.00"), D("52.87"), D("58.16")
SG_CAR, SG_JD, SG_CG = D("38.42"), D("9.65"), D("4.80")
check(SG_CAR + SG_JD + SG_CG == SG, "sg")

SCORE = [
    ("投入", "绩效目标合理性", 3, D("3")), ("投入", "绩效指标明确性", 3, D("3")),
    ("投入", "在职人员控制率", 4, D("4")), ("投入", "“三公”经费变动率", 4, D("4")),
    ("投入", "重点支出安排率", 6, D("6")),
    ("过程", "预算执行率", 8, D("8")),
    ("过程", "预算调整率", 4, D("4")),  # PLANTED SC002: 14.20% under the stated rule gives 1.9 (2 or 1.5)
    ("过程", "支付进度率", 3, D("3")), ("过程", "结转结余率", 3, D("2")),
    ("过程", "公用经费控制率", 3, D("3")), ("过程", "政府采购执行率", 3, D("3")),
    ("过程", "管理制度健全性", 3, D("3")), ("过程", "资金使用合规性", 3, D("2.5")),
    ("过程", "预决算信息公开性", 2, D("2")), ("过程", "基础信息完善性", 1, D("1")),
    ("过程", "资产管理安全性", 1, D("1")), ("过程", "固定资产利用率", 1, D("1")),
    ("产出", "实际完成率", 7, D("7")), ("产出", "完成及时率", 6, D("5.5")),
    ("产出", "质量达标率", 6, D("6")), ("产出", "重点工作办结率", 6, D("5")),
    ("效益", "社会效益", 8, D("7")), ("效益", "可持续影响", 6, D("5")),
    ("效益", "社会公众或服务对象满意度", 6, D("5.5")),
]
GROUPS = ["投入", "过程", "产出", "效益"]
GMAX = {g: sum(r[2] for r in SCORE if r[0] == g) for g in GROUPS}
GSC = {g: total(*(r[3] for r in SCORE if r[0] == g)) for g in GROUPS}
check(GMAX == {"投入": 20, "过程": 35, "产出": 25, "效益": 20}, f"{GMAX}")
SUM = sum(GSC.values())
check(SUM == D("94.5"), f"sum {SUM}")
TOTAL_WRONG = D("95.5")  # PLANTED SC005: indicator scores add up to 94.5

FA = D("18426.35")  # 固定资产原值 万元
FA_USE = D("18426.35")
CG_BUD, CG = D("2846.70"), D("2791.38")


def f(x):
    x = D(x)
    return str(int(x)) if x == int(x) else str(x)


def blocks():
    b = []
    b.append(Title("湖南省文物局2024年度部门整体支出绩效自评报告"))
    b.append(P("根据《湖南省财政厅关于开展2024年度省级预算绩效自评工作的通知》要求，省文物局组织局机关和5个所属单位，按照部门整体支出绩效评价指标体系，对2024年度部门整体支出开展了绩效自评。现将自评情况报告如下："))
    b.append(H(1, "一、部门基本情况"))
    b.append(P("（一）部门职能。省文物局为省文化和旅游厅管理的副厅级行政机构，主要职责是：贯彻执行文物工作的方针政策和法律法规，拟订全省文物和博物馆事业发展规划；负责不可移动文物、可移动文物和革命文物的保护管理，组织指导考古调查、勘探和发掘工作；指导全省博物馆建设和管理，推动文物资源的合理利用；负责文物安全督察，组织查处文物违法案件；负责文物进出境审核和文物鉴定管理；开展文物对外交流与合作。"))
    b.append(P(f"（二）机构设置及人员情况。局机关内设办公室、政策法规处、文物保护与考古处、革命文物处、博物馆与社会文物处、督察处6个处室。所属二级预算单位5个：湖南省文物考古研究院、湖南省革命文物保护中心、湖南省文物交流服务中心、湖南省文物鉴定中心、湖南省石窟寺及石刻保护研究所。2024年末全部门编制{BZ}名，实有人数{SY}名；局机关本级编制45名，实有43名。"))
    b.append(P("（三）年度主要工作任务。2024年，省文物局以第四次全国文物普查为抓手，围绕“保护第一、加强管理、挖掘价值、有效利用、让文物活起来”的工作要求，重点实施了长征国家文化公园（湖南段）革命文物保护、重点考古项目发掘、石窟寺保护、博物馆免费开放和文物安全“大排查大整治”等工作。"))

    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"2024年度部门收入合计{money(INC_ALL)}万元，其中财政拨款收入{money(INC['财政拨款收入'][0])}万元、事业收入{money(INC['事业收入'][0])}万元、其他收入{money(INC['其他收入'][0])}万元；年初结转和结余{money(JZ[0])}万元。全年支出合计{money(SPEND)}万元，约合{yi(SPEND)}亿元，其中基本支出{money(BASIC[0])}万元，项目支出{money(PROJ[0])}万元；年末结转和结余{money(JY[0])}万元。局本级支出{money(UNITS[0][3])}万元，所属单位支出{money(SUB_SPEND)}万元。"))
    rows = [["项目", "部门汇总", "其中：局本级", "所属单位"]]
    for k, (a, bj) in INC.items():
        rows.append([k, yuan(a), yuan(bj), yuan(a - bj)])
    rows.append(["收入合计", yuan(INC_ALL), yuan(INC_BJ), yuan(INC_ALL - INC_BJ)])
    rows.append(["年初结转和结余", yuan(JZ[0]), yuan(JZ[1]), yuan(JZ[0] - JZ[1])])
    rows.append(["基本支出", yuan(BASIC[0]), yuan(BASIC[1]), yuan(BASIC[0] - BASIC[1])])
    rows.append(["项目支出", yuan(PROJ[0]), yuan(PROJ[1]), yuan(PROJ[0] - PROJ[1])])
    rows.append(["支出合计", yuan(SPEND), yuan(UNITS[0][3]), yuan(SUB_SPEND)])
    rows.append(["年末结转和结余", yuan(JY[0]), yuan(JY[1]), yuan(JY[0] - JY[1])])
    b.append(Caption("表1  2024年度部门收支情况（单位：元）"))
    b.append(Table(rows, widths=[2.4, 2, 2, 2]))
    b.append(P(f"预算调整情况：年初预算{money(BUD0)}万元，年中追加中央文物保护专项补助等{money(ADJ)}万元，调整后预算{money(BUD1)}万元。预算调整率=预算调整数/年初预算数×100%={money(ADJ)}/{money(BUD0)}×100%={ADJ_RATE}%。预算执行率=支出合计/调整后预算×100%={money(SPEND)}/{money(BUD1)}×100%={EXE}%。"))
    b.append(P(f"文物保护专项资金共计{money(ZX_TOTAL_WRONG)}万元，分别用于不可移动文物保护{money(ZX[0])}万元、革命文物保护{money(ZX[1])}万元、考古发掘{money(ZX[2])}万元。上述资金均由省文物局按因素法分配，其中直接下达市县{money(D('7264.50'))}万元，由所属单位组织实施的{money(total(*ZX) - D('7264.50'))}万元。"))
    b.append(P(f"“三公”经费：2024年预算{money(SG_BUD)}万元，实际支出{money(SG)}万元，其中公务用车运行维护费{money(SG_CAR)}万元、公务接待费{money(SG_JD)}万元、公务用车购置费{money(SG_CG)}万元。比2023年{money(PY_SG)}万元下降{pct(PY_SG - SG, PY_SG)}。"))

    b.append(H(1, "三、绩效目标实现情况"))
    b.append(P("（一）文物保护。全年实施全国重点文物保护单位和省级文物保护单位保护修缮项目68个，竣工验收52个；完成长征国家文化公园（湖南段）革命文物保护展示项目14个；完成第四次全国文物普查实地调查，复查已登记不可移动文物2.1万处、新发现文物点1,326处。"))
    b.append(P("（二）考古工作。重点推进了城头山遗址、炭河里遗址、里耶古城遗址、铜官窑遗址等3个主动性考古项目，配合基本建设考古调查勘探面积达1,860万平方米，发掘面积2.3万平方米，出土各类文物标本1.8万余件；出版考古报告4部。"))  # PLANTED IC004: four sites listed, count says 3 (with 等 a longer list is still wrong)
    b.append(P("（三）博物馆和社会文物。全省登记备案博物馆达到168家，其中免费开放博物馆151家，全年接待观众3,280万人次；文物鉴定中心完成涉案文物鉴定412件（套），为公安机关依法办案提供支撑；文物交流服务中心举办“湘楚文明”等出境、入境交流展览5个。"))
    b.append(P("（四）文物安全。开展文物安全“大排查大整治”专项行动，检查文物单位2,846处，发现并督促整改安全隐患617处，整改率100%；全年未发生重大文物安全事故。"))
    b.append(P("（五）石窟寺保护。石窟寺及石刻保护研究所完成浯溪碑林、九嶷山摩崖石刻等8处石窟寺及石刻的数字化采集，实施抢险加固工程3处。"))

    b.append(H(1, "四、部门整体支出绩效自评情况"))
    b.append(P(f"（一）投入（20分）。年初设定了部门整体绩效目标，指标明确，得6分。在职人员控制率={SY}/{BZ}×100%={pct(SY, BZ)}，未超编，得4分。“三公”经费较上年下降，得4分。重点支出安排率较高，得6分。投入部分得{f(GSC['投入'])}分。"))
    b.append(P(f"（二）过程（35分）。预算执行率{EXE}%，达到95%，得8分；预算调整率{ADJ_RATE}%，主要为年中追加的中央补助资金，得4分；支付进度与序时进度基本匹配，得3分；年末结转结余较多，扣1分；资金使用合规性方面，审计发现个别项目存在以拨代支情况，扣0.5分。2024年度部门预算于2024年2月公开，2023年度部门决算于2024年8月公开，得2分。固定资产原值{money(FA)}万元，全部在用，固定资产利用率100%，得1分。政府采购预算{money(CG_BUD)}万元，实际采购{money(CG)}万元，执行率{pct(CG, CG_BUD)}，得3分。过程部分得{f(GSC['过程'])}分。"))
    b.append(P(f"（三）产出（25分）。保护修缮项目竣工验收52个，占实施项目68个的{pct(52, 68)}，完成及时率扣0.5分；重点工作办结率方面，2个省级重点项目未按期完工，扣1分。产出部分得{f(GSC['产出'])}分。"))
    b.append(P(f"（四）效益（20分）。文物保护利用的社会效益明显，博物馆观众人次持续增长，但文物活化利用的经济效益尚不充分，扣1分；部分市县文物保护管理机构力量薄弱，可持续影响扣1分；满意度调查显示服务对象满意度为91.6%，扣0.5分。效益部分得{f(GSC['效益'])}分。"))

    b.append(H(1, "五、自评结论"))
    b.append(P(f"经自评，省文物局2024年度部门整体支出绩效自评得分为{f(TOTAL_WRONG)}分，等级为“优”（90分以上为优，80—90分为良，60—80分为中，60分以下为差）。"))
    b.append(H(1, "六、存在的问题及原因"))
    b.append(P("一是预算调整幅度偏大。中央文物保护专项补助在年中下达，年初预算未能完整反映全年收支。二是项目执行进度不均衡。部分保护修缮项目受设计审批和雨季施工影响，年底集中支付。三是所属单位绩效管理水平参差不齐，部分绩效指标可衡量性不强。四是市县文物保护工作力量薄弱，专项资金使用效益有待提高。"))
    b.append(H(1, "七、改进措施及有关建议"))
    b.append(P("一是加强与上级部门的沟通，提前谋划中央补助项目，提高年初预算到位率。二是建立项目库动态管理机制，对前期工作不到位的项目不安排资金。三是组织所属单位开展预算绩效管理培训，规范绩效目标编制。四是将市县专项资金绩效评价结果与下年度资金分配挂钩。"))
    b.append(H(1, "八、其他需要说明的情况"))
    b.append(P("2023年度部门预算已在省文物局门户网站公开，本报告随2024年度部门决算一并公开。"))  # PLANTED YR003

    b.append(PageBreak())
    b.append(Caption("附件1  2023年度部门整体支出绩效评价基础数据表"))  # PLANTED YR001
    rows = [["指标", "数值", "指标", "数值"],
            ["编制人数（名）", str(BZ), "实有在职人数（名）", str(SY)],
            ["年初预算数（万元）", money(BUD0), "调整后预算数（万元）", money(BUD1)],
            ["支出合计（万元）", money(SPEND), "其中：基本支出（万元）", money(BASIC[0])],
            ["其中：项目支出（万元）", money(PROJ[0]), "年末结转结余（万元）", money(JY[0])],
            ["“三公”经费预算（万元）", money(SG_BUD), "“三公”经费支出（万元）", money(SG)],
            ["2023年“三公”经费支出（万元）", money(PY_SG), "政府采购执行数（万元）", money(CG)],
            ["固定资产总额（万元）", money(FA), "在用固定资产（万元）", money(FA_USE)]]
    b.append(Table(rows, widths=[2.6, 1.6, 2.6, 1.6]))
    b.append(Caption("附件2  2024年度部门整体支出绩效自评表"))
    rows = [["一级指标", "三级指标", "分值（A）", "得分（B）", "得分率（B/A）"]]
    merges = []
    for g in GROUPS:
        start = len(rows)
        for r in SCORE:
            if r[0] == g:
                rows.append([g, r[1], str(r[2]), f(r[3]), pct(r[3], r[2], 1)])
        merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["总分", "", "100", f(TOTAL_WRONG), f"{f(TOTAL_WRONG)}%"])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    b.append(Table(rows, merges=merges, widths=[1.2, 3, 1, 1, 1.2]))
    b.append(P("评分标准说明：在职人员控制率≤100%得满分；“三公”经费变动率≤0得满分；预算执行率≥95%得满分，每降低1个百分点扣0.5分；预算调整率≤10%得满分，每超过1个百分点扣0.5分，扣完为止；其余指标按评价要点分档计分。"))
    b.append(Sign(["湖南省文物局", "2025年4月8日"]))
    _i = next(i for i, x in enumerate(b) if isinstance(x, H) and x.text.startswith("三、绩效目标实现情况"))
    _ps = [H(2, "（附）支出结构分析")]
    _ps.append(P(f"从单位结构看，局本级支出{money(UNITS[0][3])}万元，占部门支出的{pct(UNITS[0][3], SPEND)}；5个所属单位支出{money(SUB_SPEND)}万元，占{pct(SUB_SPEND, SPEND)}。" + "".join(f"{u[0]}支出{money(u[3])}万元（{yuan(u[3])}元），占{pct(u[3], SPEND)}；" for u in UNITS[1:]).rstrip("；") + "。"))
    _ps.append(P(f"从支出性质看，基本支出{money(BASIC[0])}万元，占{pct(BASIC[0], SPEND)}，其中局本级{money(BASIC[1])}万元、所属单位{money(BASIC[0] - BASIC[1])}万元；项目支出{money(PROJ[0])}万元，占{pct(PROJ[0], SPEND)}，其中局本级{money(PROJ[1])}万元、所属单位{money(PROJ[0] - PROJ[1])}万元。从人均看，全部门人均基本支出{money(BASIC[0] / SY)}万元。"))
    _ps.append(P(f"从资金来源看，财政拨款收入{money(INC['财政拨款收入'][0])}万元，占本年收入的{pct(INC['财政拨款收入'][0], INC_ALL)}，其中局本级{money(INC['财政拨款收入'][1])}万元；事业收入{money(INC['事业收入'][0])}万元全部为所属单位收入，主要是文物考古研究院和文物鉴定中心的技术服务收入。"))
    b[_i:_i] = _ps
    import extras
    b = extras.walk(b, "五、自评结论", "（五）评分指标逐项说明", [(r[1], '', '', r[2], r[3], '') for r in SCORE])
    return extras.apply(SLUG, b)


KEY = f"""
# Answer key for 湖南省文物局 2024 年度部门整体支出绩效自评报告 (Hunan provincial form).
id: hn-wwj-2024
kind: 文物局
report_year: 2024
defect: 专项资金合计、所列数量、预算调整率得分、总分、附件标题年份、公开年度
expect:
  - rule: AR002
    severity: error
    values: ["{money(ZX_TOTAL_WRONG)}"]
    note: 文物保护专项“共计 {money(ZX_TOTAL_WRONG)}，分别用于” 三项之和 {money(total(*ZX))}
  - rule: IC004
    severity: error
    values: ["3"]
    note: “城头山、炭河里、里耶古城、铜官窑遗址等3个主动性考古项目”列出 4 个
  - rule: SC002
    severity: error
    values: ["4", "{ADJ_RATE}%"]
    note: 预算调整率 {ADJ_RATE}% 按“≤10%满分，每超1个百分点扣0.5分”应得 1.9（按步 1.5 或 2），报告给满分 4
  - rule: SC005
    severity: error
    values: ["{f(TOTAL_WRONG)}", "{f(SUM)}"]
    note: 24 项得分之和 {f(SUM)}，自评表总分与结论均写 {f(TOTAL_WRONG)}
  - rule: YR001
    severity: error
    values: ["2023"]
    note: 附件1 标题“2023年度部门整体支出绩效评价基础数据表”
  - rule: YR003
    severity: error
    values: ["2023"]
    note: “2023年度部门预算已在省文物局门户网站公开”
must_not:
  - rule: AR001
    values: ["{yuan(INC_ALL)}"]
    note: 表1 收入三项之和 = 收入合计；每行 汇总 = 本级 + 所属单位（本级列是“其中”，不与汇总相加）
  - rule: AR001
    values: ["{yuan(SPEND)}", "{yuan(UNITS[0][3])}"]
    note: 支出合计 = 基本 + 项目；汇总 {yuan(SPEND)} = 本级 {yuan(UNITS[0][3])} + 所属单位 {yuan(SUB_SPEND)}
  - rule: AR003
    values: ["{ADJ_RATE}%"]
    note: {money(ADJ)}/{money(BUD0)} = {ADJ_RATE}%，正确
  - rule: AR003
    values: ["{EXE}%"]
    note: {money(SPEND)}/{money(BUD1)} = {EXE}%，正确
  - rule: AR003
    values: ["{pct(SY, BZ)}"]
    note: {SY}/{BZ} = {pct(SY, BZ)}，正确
  - rule: AR002
    values: ["{money(SG)}"]
    note: 三公 {money(SG_CAR)} + {money(SG_JD)} + {money(SG_CG)} = {money(SG)}
  - rule: AR005
    values: ["{pct(CG, CG_BUD)}"]
    note: 政府采购执行率正确
  - rule: AR005
    values: ["{pct(52, 68)}"]
    note: 52/68 正确
  - rule: AR006
    values: ["{money(BASIC[0])}", "{money(PROJ[0])}"]
    note: 基本 + 项目 = 支出合计
  - rule: IC001
    values: ["43", "{SY}"]
    note: 本级实有 43 与全部门 {SY} 口径不同
  - rule: IC001
    values: ["{money(UNITS[0][3])}"]
    note: 局本级支出是本级口径
  - rule: SC001
    note: 没有得分超过分值
  - rule: SC006
    note: 20+35+25+20 = 100
  - rule: SC007
    note: 按所写 {f(TOTAL_WRONG)} 与按实际之和 {f(SUM)} 都是“优”
  - rule: SC008
    note: 自评表与结论总分均为 {f(TOTAL_WRONG)}
  - rule: YR001
    values: ["2024"]
    note: 附件2 标题年份正确
  - rule: YR003
    values: ["2024年2月"]
    note: （二）过程中写 2024 年度预算公开、2023 年度决算 2024 年公开，正常
  - rule: AR005
    values: ["{pct(UNITS[0][3], SPEND)}"]
    note: 支出结构分析中各单位占比（局本级 {pct(UNITS[0][3], SPEND)}、所属单位 {pct(SUB_SPEND, SPEND)} 等）均按支出合计计算，正确
  - rule: IC001
    values: ["{money(SUB_SPEND)}"]
    note: 所属单位支出 {money(SUB_SPEND)} 是所属单位口径
allow:
  - rule: AR002
    values: ["{money(ZX_TOTAL_WRONG)}"]
    note: “其中直接下达市县 7,264.50、所属单位实施 {money(total(*ZX) - D('7264.50'))}”之和 {money(total(*ZX))} 同样不等于所写共计 {money(ZX_TOTAL_WRONG)}，为同一缺陷
  - rule: SC002
    values: ["4"]
    note: 四（五）逐项说明中重述预算调整率得 4 分（同一缺陷）
  - rule: SC003
    note: 与 SC002 同一缺陷
  - rule: SC004
    note: 无
  - rule: CP
    note: 完整性提示
"""

NOTES = f"""
# hn-wwj-2024 — 湖南省文物局 2024（湖南省直，6 处缺陷）

省级局，本级 + 5 个所属单位。表1 汇总/其中：局本级/所属单位三列并列；附件1 基础数据表为“指标|数值|指标|数值”
横排；附件2 自评表列为 分值（A）/得分（B）/得分率（B/A），评分标准在表下统一说明。格式：PDF（reportlab）。

## Planted defects

| # | rule | where | what |
|---|------|-------|------|
| 1 | AR002 | 二 | 专项资金共计 {money(ZX_TOTAL_WRONG)}，三项之和 {money(total(*ZX))} |
| 2 | IC004 | 三（二） | 列 4 个遗址写“等3个” |
| 3 | SC002 | 附件2 / 四（二） | 预算调整率 {ADJ_RATE}% 得满分 4 |
| 4 | SC005 | 附件2 / 五 | 得分之和 {f(SUM)}，总分写 {f(TOTAL_WRONG)} |
| 5 | YR001 | 附件1 标题 | 2023年度 |
| 6 | YR003 | 八 | 2023年度部门预算已公开 |

## Tricky but correct

- 表1 本级列是汇总的“其中”，汇总 = 本级 + 所属单位；年初结转、年末结余不计入收入合计。
- 得分率列 B/A 是百分比，不是得分；总分行得分率等于总分。
- 专项资金“其中直接下达市县 / 所属单位实施”按三项实际之和拆分（与错误的共计同样不符，属同一缺陷）。
- 预算调整率、执行率、控制率公式正确（调整率分母为年初预算）。
- 固定资产全部在用，利用率 100%。
- 支出结构分析：各单位支出同时以万元和元写出，占比按部门支出计算；本级/所属单位的基本、项目支出拆分与表1 一致。
"""
