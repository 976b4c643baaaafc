"""甘肃省陇川县石门乡人民政府 2025 年度部门整体支出绩效自评报告 (DOCX, 7 planted).

Skeleton: 一、/（一） headings; scoring method stated ONCE above the sheet; sheet columns in an unusual order
(三级指标 | 得分 | 分值 | 年度指标值 | 实际完成值); 上级补助 split into 其中 rows; economic-class table."""

from render import H, P, Caption, Table, Title, Sign

SLUG = "gs-longchuan-shimen-town-2025"
FORMATS = ["docx"]
HEADINGS = "mixed"


def r2(x):
    return round(x + 1e-9, 2)


def pct(a, b):
    return f"{r2(a / b * 100):.2f}%"


GEN, FUND, SUP = 1286.52, 120.00, 440.20
SUP_P, SUP_C, SUP_X = 260.00, 80.20, 100.00
assert r2(SUP_P + SUP_C + SUP_X) == SUP
INC = r2(GEN + FUND + SUP)
assert INC == 1846.72
EXP, BASIC, PROJ = 1812.36, 768.44, 1043.92
assert r2(BASIC + PROJ) == EXP
LEFT = r2(INC - EXP)
assert LEFT == 34.36
RATE = pct(EXP, INC)
assert RATE == "98.14%"
ECON = [("工资福利支出", 612.30), ("商品和服务支出", 186.42), ("对个人和家庭的补助", 240.16), ("资本性支出", 773.48)]
assert r2(sum(v for _, v in ECON)) == EXP
ECON_TYPED = {"商品和服务支出": "168.42"}  # PLANTED AR001: 186.42 误录为 168.42，合计仍 1,812.36
VIL = 11
VIL_TOTAL = r2(VIL * 12.40)
assert VIL_TOTAL == 136.40
VIL_PAY = r2(VIL * 8.80)
VIL_OFFICE = r2(VIL * 3.60)
assert VIL_PAY == 96.80 and VIL_OFFICE == 39.60 and r2(VIL_PAY + VIL_OFFICE) == VIL_TOTAL
VIL_OFFICE_TYPED = "33.00"  # PLANTED AR002: 沿用上年每村 3.00 万元标准，写 33.00（应 39.60）
Q, STAFF = 42, 45  # PLANTED IC006: 实有在编 45 名超过核定编制 42 名，未作说明
HAZ, FIXED = 38, 36
assert pct(FIXED, HAZ) == "94.74%"
HAZ_RATE_TYPED = "97.37%"  # PLANTED AR005: 36/38 = 94.74%，写 97.37%（37/38）
assert pct(37, HAZ) == HAZ_RATE_TYPED
TOIL_T, TOIL = 300, 260
SHISHI_T, SHISHI = 6, 5
SAT = 86.00
SG_B, SG = 8.00, 6.42
PRIOR = 1728.50
assert pct(EXP - PRIOR, PRIOR) == "4.85%"

# (三级指标, 得分, 分值, 年度指标值, 实际完成值)
SHEET = [
    ("预算编制科学性", 7, 10, "科学合理", "年中调整较多"),
    ("目标管理", 5, 5, "目标明确", "目标明确"),
    ("预算执行率", r2(10 * EXP / INC), 10, "100%", RATE),
    ("“三公”经费控制", 5, 5, "≤8.00万元", ""),  # PLANTED CP003: 实际完成值空白
    ("资金使用合规性", 6, 10, "无违规", "审计发现2项问题"),
    ("村级转移支付拨付率", 10, 10, "100%", "100%"),
    ("民生实事完成数", r2(10 * SHISHI / SHISHI_T), 10, "6件", "5件"),
    ("人居环境整治村覆盖", 10, 10, "11个村", "11个村"),
    ("防汛隐患整改率", r2(10 * FIXED / HAZ), 10, "100%", "94.74%"),
    ("农村户厕改造", r2(10 * TOIL / TOIL_T), 10, "300户", "260户"),
    ("群众满意度", r2(10 * SAT / 90), 10, "≥90%", "86.00%"),
]
assert [x[1] for x in SHEET][2] == 9.81 and SHEET[6][1] == 8.33 and SHEET[8][1] == 9.47 and SHEET[9][1] == 8.67 and SHEET[10][1] == 9.56
assert sum(x[2] for x in SHEET) == 100
TOTAL = r2(sum(x[1] for x in SHEET))
assert TOTAL == 88.84
GRADE_TYPED = "优"  # PLANTED SC007: 88.84 按“90分以上为优、80—90分为良”应为“良”


def blocks():
    b = [Title("陇川县石门乡人民政府2025年度部门整体支出绩效自评报告")]
    b.append(P(
        "为全面掌握我乡2025年度财政资金使用情况和绩效目标实现程度，根据陇川县财政局《关于开展2025年度部门整体支出绩效自评工作的通知》精神，"
        "乡党委、乡政府高度重视，成立了由乡长任组长、分管财政的副乡长任副组长，党政办、财政所、农业农村综合服务中心、社会保障服务中心负责人为成员的自评工作组，"
        "通过查阅资料、实地查看、入户调查等方式，对全乡2025年度部门整体支出开展了绩效自评。"))
    b.append(H(1, "一、部门概况"))
    b.append(H(2, "（一）乡情概况"))
    b.append(P(
        f"石门乡地处陇川县南部山区，距县城42公里，辖{VIL}个行政村、68个村民小组，总户数4,862户、总人口1.93万人，耕地面积5.6万亩，"
        "主要种植马铃薯、中药材和玉米，是典型的山区农业乡。乡域内沟壑纵横，有石门河、黑沟河两条季节性河流，每年汛期山洪灾害和地质灾害防范任务较重。"))
    b.append(H(2, "（二）机构和人员"))
    b.append(P(
        f"乡政府内设党政综合办公室、经济发展办公室、社会事务办公室、社会治安综合治理办公室，下设农业农村综合服务中心、社会保障服务中心、综合执法队、便民服务中心。"
        f"核定编制{Q}名，年末实有在编人员{STAFF}名。另有乡村公益性岗位人员56名，其工资由县人社局按公益性岗位补贴标准发放，不纳入乡政府在编人员统计。"))
    b.append(H(1, "二、部门收支情况"))
    b.append(H(2, "（一）收入情况"))
    b.append(P(
        f"2025年全乡收入合计{INC:,.2f}万元，其中一般公共预算拨款{GEN:,.2f}万元，政府性基金预算拨款{FUND:.2f}万元（用于乡村道路和小型水利设施建设），"
        f"上级补助收入{SUP}万元。上级补助收入中，省级资金{SUP_P:.2f}万元、市级资金{SUP_C}万元、县级资金{SUP_X:.2f}万元。"))
    b.append(Caption("表1  2024年度收入支出决算表（单位：万元）"))  # PLANTED YR001: 2025 年度报告表题写 2024
    b.append(Table([
        ["收入项目", "本年决算数", "支出项目", "本年决算数"],
        ["一般公共预算拨款", f"{GEN:,.2f}", "基本支出", f"{BASIC}"],
        ["政府性基金预算拨款", f"{FUND:.2f}", "项目支出", f"{PROJ:,.2f}"],
        ["上级补助收入", f"{SUP}", "", ""],
        ["  其中：省级", f"{SUP_P:.2f}", "", ""],
        ["        市级", f"{SUP_C}", "", ""],
        ["        县级", f"{SUP_X:.2f}", "", ""],
        ["收入合计", f"{INC:,.2f}", "支出合计", f"{EXP:,.2f}"],
        ["", "", "年末结余", f"{LEFT}"],
    ]))
    b.append(H(2, "（二）支出情况"))
    b.append(P(
        f"2025年全乡支出合计{EXP:,.2f}万元，较2024年的{PRIOR:,.2f}万元增长{pct(EXP - PRIOR, PRIOR)}。其中基本支出{BASIC}万元，主要用于在编人员工资福利和机关日常运转；"
        f"项目支出{PROJ:,.2f}万元，主要用于村级转移支付、民生实事、农村人居环境整治、防汛减灾和乡村振兴项目。年末结余{LEFT}万元，支出进度{RATE}。"))
    b.append(Caption("表2  2025年度支出经济分类表（单位：万元）"))
    b.append(Table([["经济分类", "金额"]] + [[n, ECON_TYPED.get(n, f"{v:.2f}")] for n, v in ECON] + [["合计", f"{EXP:,.2f}"]]))
    b.append(H(1, "三、绩效目标完成情况"))
    b.append(H(2, "（一）村级组织运转保障"))
    b.append(P(
        f"全年向{VIL}个行政村拨付村级转移支付资金{VIL_TOTAL:.2f}万元，其中村干部基本报酬{VIL_PAY:.2f}万元、村级组织办公经费{VIL_OFFICE_TYPED}万元，拨付率100%。"
        "按照县上2025年新标准，每村村干部基本报酬8.80万元、办公经费3.60万元，均在每季度首月拨付到村，保障了村级组织正常运转。"))
    b.append(H(2, "（二）民生实事"))
    b.append(P(
        f"年初确定民生实事{SHISHI_T}件，完成{SHISHI}件：石门村至沙坪村道路硬化4.2公里、黑沟村人饮工程管网改造、乡卫生院村医培训、乡中心小学厕所改造、"
        "敬老院冬季取暖设施更新；原计划的乡文化广场建设因用地手续未办结顺延至2026年实施。"))
    b.append(H(2, "（三）农村人居环境整治"))
    b.append(P(
        f"全乡{VIL}个行政村全部开展村庄清洁行动，清理垃圾1,260吨、残垣断壁186处；完成农村户厕改造{TOIL}户，完成年度目标{TOIL_T}户的{pct(TOIL, TOIL_T)}，"
        "未完成的40户因群众外出务工无法入户施工，已纳入2026年计划。"))
    assert pct(TOIL, TOIL_T) == "86.67%"
    b.append(H(2, "（四）防汛减灾"))
    b.append(P(
        f"汛前组织对全乡山洪沟道、地质灾害隐患点、病险淤地坝进行拉网式排查，排查隐患{HAZ}处，整改{FIXED}处，整改率{HAZ_RATE_TYPED}，"
        "剩余隐患点落实了监测责任人和避险转移方案。汛期组织转移受威胁群众312人次，全年未发生因灾死亡事件。"))
    b.append(H(2, "（五）“三公”经费"))
    b.append(P(f"全年“三公”经费预算{SG_B:.2f}万元，实际支出{SG}万元，控制在预算以内。"))
    b.append(H(1, "四、绩效自评情况"))
    b.append(P(
        "评分方法：定性指标按评价标准分档计分；定量指标按完成比例计分，即得分=分值×实际完成值÷年度指标值，最高不超过该指标分值。"
        "评价等级：90分以上为优，80—90分为良，60—80分为中，60分以下为差。"))
    b.append(Caption("表3  石门乡2025年度部门整体支出绩效自评表"))
    b.append(Table([["三级指标", "得分", "分值", "年度指标值", "实际完成值"]]
                   + [[x[0], f"{x[1]:g}", f"{x[2]}", x[3], x[4]] for x in SHEET]
                   + [["合计", f"{TOTAL}", "100", "", ""]]))
    b.append(P(f"经自评，石门乡2025年度部门整体支出绩效得分{TOTAL}分，评价等级为“{GRADE_TYPED}”。"))
    b.append(H(1, "五、存在问题及改进措施"))
    b.append(P(
        "一是预算编制不够精准，年中调整较多；二是部分民生实事受用地等因素影响未按期完成；三是审计发现票据不规范和公务卡使用不充分等问题。"
        "下一步将加强项目前期论证，提前办理用地等前置手续，严格执行财务制度，并将自评结果运用到2026年预算编制中。"))
    b.append(Sign(["陇川县石门乡人民政府", "2026年3月20日"]))
    return b


KEY = """
# Answer key: 陇川县石门乡人民政府 2025 年度部门整体支出绩效自评报告 (report.docx).
id: heldout18-gs-longchuan-shimen-town-2025
kind: heldout
report_year: 2025
defect: 7 处埋设缺陷（经济分类表单元格、村级转移支付分项、整改率、等级、表题年份、超编未说明、空白单元格）
expect:
  - rule: AR001
    severity: error
    values: ["1,812.36", "168.42"]
    note: 表2 612.30+168.42+240.16+773.48 = 1,794.36，合计写 1,812.36（商品和服务支出 186.42 误录 168.42）
  - rule: AR002
    severity: error
    values: ["136.40", "33.00"]
    note: 村级转移支付 136.40，其中报酬 96.80 + 办公经费 33.00 = 129.80（按新标准应为 11×3.60 = 39.60）
  - rule: AR005
    severity: error
    values: ["97.37%"]
    note: 整改 36 / 排查 38 = 94.74%，写 97.37%（自评表实际完成值 94.74%）
  - rule: SC007
    severity: error
    values: ["88.84"]
    note: 总分 88.84，按所写“90分以上为优，80—90分为良”应为良，写“优”
  - rule: YR001
    severity: error
    values: ["2024"]
    note: 表1 标题“2024年度收入支出决算表”，评价年度 2025
  - rule: IC006
    severity: warning
    values: ["45", "42"]
    note: 实有在编 45 名超过核定编制 42 名，未作说明
  - rule: CP003
    severity: info
    note: 自评表“三公”经费控制的实际完成值为空
must_not:
  - rule: AR
    values: ["1,846.72"]
    note: 收入 1,846.72 = 1,286.52 + 120.00 + 440.20；440.20 = 260.00 + 80.20 + 100.00（其中行不另加）
  - rule: AR
    values: ["1,043.92"]
    note: 1,812.36 = 768.44 + 1,043.92；1,812.36 + 34.36 = 1,846.72
  - rule: AR
    values: ["98.14%", "9.81"]
    note: 1,812.36/1,846.72 = 98.14%；10×98.14% = 9.81
  - rule: AR
    values: ["4.85%"]
    note: (1,812.36-1,728.50)/1,728.50 = 4.85%
  - rule: AR
    values: ["86.67%", "8.67"]
    note: 260/300 = 86.67%；10×260/300 = 8.67
  - rule: AR
    values: ["8.33"]
    note: 10×5/6 = 8.33
  - rule: AR
    values: ["9.56"]
    note: 10×86/90 = 9.56
  - rule: AR
    values: ["9.47"]
    note: 10×94.74% = 9.47
  - rule: AR
    values: ["96.80"]
    note: 11 × 8.80 = 96.80
  - rule: SC005
    note: 各项得分之和 88.84 = 合计
  - rule: SC006
    note: 分值之和 100
  - rule: SC002
    values: ["5件", "6件"]
    note: 民生实事 5/6 按比例 8.33，相符
  - rule: IC004
    values: ["5"]
    note: 民生实事完成 5 件，列出 5 件（第 6 件注明顺延）
  - rule: IC
    values: ["56"]
    note: 公益性岗位 56 名不是在编人员
  - rule: YR
    values: ["2026"]
    note: 2026 年计划与落款合理
allow:
  - rule: IC007
    values: ["97.37%", "94.74%"]
    note: 与 AR005 同一缺陷
  - rule: IC001
    values: ["168.42", "186.42"]
    note: 与 AR001 同一缺陷
  - rule: SC009
    note: 与 SC007 同一事实
  - rule: CP
    note: 其他完整性提示
"""

NOTES = """
# gs-longchuan-shimen-town-2025 — 甘肃 陇川县石门乡人民政府 2025

Format: DOCX (mixed headings). Skeleton: 一、…五、 with （一）; scoring method stated once above the sheet;
sheet columns 三级指标 | 得分 | 分值 | 年度指标值 | 实际完成值 (得分 before 分值); 上级补助 其中 rows; 经济分类 table.

## Planted defects

| # | Rule | Where | What |
|---|------|-------|------|
| 1 | AR001 | 表2 | 商品和服务支出 168.42 (is 186.42) |
| 2 | AR002 | 三（一） | 136.40 = 96.80 + 33.00 (old 3.00/村 standard; should be 39.60) |
| 3 | AR005 | 三（四） | 36/38 written 97.37% |
| 4 | SC007 | 四 | 88.84 graded 优 (bands say 良) |
| 5 | YR001 | 表1 title | 2024年度 |
| 6 | IC006 | 一（二） | 实有 45 > 编制 42, unexplained |
| 7 | CP003 | 表3 | 三公 实际完成值 blank |

## Tricky but correct
其中 省/市/县 rows under 上级补助; score formula 分值×实际÷目标 for 5 indicators; 民生实事 5 of 6 listed; 公益性岗位 56.
"""
