"""福建省闽溪市临江区东湖街道办事处 2024 年度部门整体支出绩效自评报告 (TXT, 6 planted).

Skeleton: （一）/1、 headings; score sheet with 权重 and 评分方法 columns, 一级指标 rows carrying their
own weight above their items; scores restated in a 自评结论 at the end; thousands separators."""

from render import H, P, Caption, Table, Title, Sign

SLUG = "fj-linjiang-donghu-street-2024"
FORMATS = ["txt"]


def r2(x):
    return round(x + 1e-9, 2)


def pct(a, b):
    return f"{r2(a / b * 100):.2f}%"


GRANT, OTH, CARRY = 3126.48, 41.20, 96.32
SRC = r2(GRANT + OTH + CARRY)
assert SRC == 3264.00
EXP, BASIC, PROJ = 3198.75, 1642.30, 1556.45
assert r2(BASIC + PROJ) == EXP
PROJ_TYPED_END = "1,565.45"  # PLANTED IC001: 自评结论中项目支出写 1,565.45
PERS, PUB = 1418.62, 223.68
assert r2(PERS + PUB) == BASIC
END = r2(SRC - EXP)
assert END == 65.25
RATE = pct(EXP, SRC)
assert RATE == "98.00%"
RATE_TYPED = "98.2%"  # PLANTED AR003: 3,198.75/3,264.00 = 98.00%，写 98.2%
COMMUNITIES = ["东湖社区", "南塘社区", "龙津社区", "后浦社区", "新港社区", "文昌社区", "江滨社区", "榕荫社区", "湖前社区"]
assert len(COMMUNITIES) == 9
LISTED = COMMUNITIES[:8]  # PLANTED IC004: 写“辖9个社区”，括号内只列 8 个
COMM_FUND = r2(15.00 * 9)
assert COMM_FUND == 135.00
PROJS = [("社区工作经费", 135.00), ("城市管理及环境卫生", 486.30), ("老旧小区改造配套", 392.65), ("平安建设及网格化管理", 218.40),
         ("社区居家养老服务", 126.80), ("防汛防台及应急管理", 97.30), ("民生实事项目", 100.00)]
assert r2(sum(v for _, v in PROJS)) == PROJ
Q, STAFF = 86, 82
PRIOR = 3046.18
assert pct(EXP - PRIOR, PRIOR) == "5.01%"

SHEET = [
    ("决策", 15, [("目标设定合理性", 5, "依据充分、与职能相符得5分", 5), ("预算编制科学性", 5, "测算准确得5分，年中调整扣1分", 4), ("资金分配合理性", 5, "分配合理得5分", 5)]),
    ("过程", 25, [("支出进度", 8, "≥95%得满分", 8), ("资金使用合规性", 6, "无违规得满分", 6), ("“三公”经费控制", 6, "不超预算得满分", 6), ("制度执行有效性", 5, "发现问题每项扣1分", 4)]),
    ("产出", 35, [("老旧小区改造完成数", 10, "完成6个得满分，每少1个扣2分", 10), ("民生实事完成率", 10, "100%得满分", 10), ("网格事件办结率", 8, "≥98%得满分", 8), ("防汛防台隐患整改率", 7, "100%得满分，每少1处扣1分", 5)]),
    ("效益", 25, [("辖区环境卫生测评", 10, "全区排名前三得满分", 9), ("矛盾纠纷化解率", 10, "≥95%得满分", 8), ("居民满意度", 10, "≥90%得满分", 9)]),  # PLANTED SC006: 效益项分值 10+10+10=30，总和 105
]
MAXSUM = sum(m for _, _, items in SHEET for _, m, _, _ in items)
assert MAXSUM == 105
TOTAL = sum(s for _, _, items in SHEET for _, _, _, s in items)
assert TOTAL == 97


def blocks():
    b = [Title("东湖街道办事处2024年度部门整体支出绩效自评报告")]
    b.append(P(
        "根据《临江区财政局关于开展２０２４年度区级部门整体支出绩效自评工作的通知》（临财绩〔２０２５〕５号）要求，东湖街道办事处对2024年度部门整体支出情况开展了绩效自评，现报告如下。"))
    b.append(H(1, "（一）部门基本情况"))
    b.append(P(
        f"1、辖区概况。东湖街道位于临江区中心城区东部，辖区面积6.8平方公里，辖{len(COMMUNITIES)}个社区（{'、'.join(LISTED)}），常住人口8.62万人，"
        "辖区内有商务楼宇14栋、农贸市场3个、中小学7所，老旧小区较多，城市管理和社会治理任务较重。街道东临闽溪江，防汛防台是每年汛期的重点工作。"))
    b.append(P(
        f"2、机构人员。街道内设党政办公室、党建工作办公室、经济发展办公室、城市管理办公室、社会事务办公室、平安建设办公室6个办公室，下设综合便民服务中心、网格化服务管理中心。"
        f"核定编制{Q}名，年末实有在编人员{STAFF}名；另有社区专职工作者108名，其报酬由街道按区定标准统一发放，列入社区工作经费以外的基本支出。"))
    b.append(H(1, "（二）部门收支情况"))
    b.append(P(
        f"1、资金来源。2024年街道资金总额{SRC:,.2f}万元，其中区财政拨款{GRANT:,.2f}万元、其他收入{OTH}万元、上年结转{CARRY}万元。"))
    b.append(P(
        f"2、资金支出。2024年全年支出{EXP:,.2f}万元，其中基本支出{BASIC:,.2f}万元（人员经费{PERS:,.2f}万元，公用经费{PUB}万元），"
        f"项目支出{PROJ:,.2f}万元。年末结转{END}万元。与2023年支出{PRIOR:,.2f}万元相比，增加{r2(EXP - PRIOR)}万元，增长{pct(EXP - PRIOR, PRIOR)}。"))
    assert r2(EXP - PRIOR) == 152.57
    b.append(P(
        f"3、支出进度。资金使用率=全年支出/资金总额×100%={EXP:,.2f}/{SRC:,.2f}×100%={RATE_TYPED}，各季度支出进度基本符合序时要求。"))
    b.append(Caption("表一  2024年度项目支出明细表（单位：万元）"))
    b.append(Table([["序号", "项目名称", "全年支出", "其中：区级专项"]]
                   + [[str(i + 1), n, f"{v:,.2f}", f"{sp:,.2f}"] for i, ((n, v), sp) in enumerate(zip(PROJS, [135.00, 300.00, 392.65, 120.00, 80.00, 60.00, 100.00]))]
                   + [["", "合计", f"{PROJ:,.2f}", "1,187.65"]]))
    assert r2(135 + 300 + 392.65 + 120 + 80 + 60 + 100) == 1187.65
    b.append(H(1, "（三）绩效目标完成情况"))
    b.append(P(
        f"1、社区保障。按照每个社区每年15.00万元的标准，向{len(COMMUNITIES)}个社区拨付社区工作经费{COMM_FUND:.2f}万元，用于社区党群服务中心运转、社区活动和居民议事协商。"))
    b.append(P(
        "2、老旧小区改造。2024年计划改造老旧小区6个，实际完成6个，涉及居民1,286户，完成雨污分流、立面整治、加装电梯18部、新增停车位326个，"
        "街道承担的配套资金392.65万元全部由区级专项安排。"))
    b.append(P(
        "3、民生实事。年初确定的民生实事5件全部完成，投入资金100.00万元，分别是：江滨社区长者食堂建设32.00万元、龙津社区口袋公园建设28.00万元、"
        "后浦社区充电车棚建设16.00万元、新港社区道路修缮14.00万元、文昌社区“一老一小”活动室改造10.00万元。"))
    assert 32 + 28 + 16 + 14 + 10 == 100
    b.append(P(
        "4、平安建设和网格化管理。全街道划分网格126个，配备专兼职网格员126名，全年网格事件上报8,642件，办结8,596件，办结率99.47%；"
        "受理矛盾纠纷412件，调解成功384件，化解率93.20%。"))
    assert pct(8596, 8642) == "99.47%" and pct(384, 412) == "93.20%"
    b.append(P(
        "5、防汛防台。汛前排查各类隐患点52处，已整改50处，整改率96.15%，其余2处为需区级部门立项的排水管网改造，已列入2025年计划。"
        "全年应对台风3次，转移群众1,146人次，未发生人员伤亡。"))
    assert pct(50, 52) == "96.15%"
    b.append(P(
        "6、工作成效。街道2024年在全区城市管理考评中排名第二；东湖社区2023年获评省级文明社区，龙津社区2023年获评全国示范性老年友好型社区，这些荣誉体现了街道长期以来的工作成效。"))  # PLANTED YR005
    b.append(H(1, "（四）评分情况"))
    b.append(Caption("表二  东湖街道2024年度部门整体支出绩效评价评分表"))
    rows = [["指标", "权重", "评分方法", "自评得分"]]
    for lvl, w, items in SHEET:
        rows.append([f"{lvl}类指标", str(w), "", str(sum(s for _, _, _, s in items))])
        for n, m, how, sc in items:
            rows.append([f"  {n}", str(m), how, f"{sc:g}"])
    rows.append(["总分", "100", "", str(TOTAL)])
    b.append(Table(rows))
    b.append(P(
        "扣分说明：预算编制科学性因年中追加防台资金扣1分；制度执行有效性因区审计发现1项票据不规范扣1分；防汛防台隐患整改率96.15%，少整改2处扣2分；"
        "辖区环境卫生测评全区排名第二，扣1分；矛盾纠纷化解率93.20%未达95%扣2分；居民满意度88.60%未达90%扣1分。"))
    b.append(H(1, "（五）存在问题和改进措施"))
    b.append(P(
        "1、存在问题：一是年初预算对防汛防台等应急支出预估不足；二是矛盾纠纷化解率未达目标；三是老旧小区改造后长效管理机制尚未健全。"
        "2、改进措施：一是合理预留应急资金；二是完善“街道—社区—网格”三级调解体系；三是推动改造小区引入物业服务或建立居民自治管理机制。"))
    b.append(H(1, "（六）自评结论"))
    b.append(P(
        f"2024年街道部门整体支出{EXP:,.2f}万元，其中基本支出{BASIC:,.2f}万元、项目支出{PROJ_TYPED_END}万元。经自评，综合得分{TOTAL}分，等级为“优”。"
        "本报告及评分表在街道政务公开栏和区政府网站公开。"))
    b.append(Sign(["临江区东湖街道办事处", "20224年4月12日"]))  # PLANTED YR007: 年份多打一位
    return b


KEY = """
# Answer key: 闽溪市临江区东湖街道办事处 2024 年度部门整体支出绩效自评报告 (report.txt).
id: heldout18-fj-linjiang-donghu-street-2024
kind: heldout
report_year: 2024
defect: 6 处埋设缺陷（社区数与列举、资金使用率公式、结论中项目支出、分值之和、以往年度荣誉、落款年份）
expect:
  - rule: IC004
    severity: error
    values: ["9"]
    note: 写“辖9个社区”，括号内只列出 8 个社区（湖前社区漏列）
  - rule: AR003
    severity: error
    values: ["98.2%"]
    note: 资金使用率 = 3,198.75/3,264.00×100% = 98.00%，公式结果写作 98.2%
  - rule: IC001
    severity: error
    values: ["1,565.45", "1,556.45"]
    note: 自评结论写项目支出 1,565.45 万元，（二）和表一均为 1,556.45
  - rule: SC006
    severity: error
    values: ["105"]
    note: 评分表各三级指标分值之和 105（效益类三项 10+10+10=30，而效益类权重 25），总分写 100
  - rule: YR005
    severity: warning
    values: ["2023"]
    note: 2024 年度“工作成效”列举 2023 年获评省级文明社区、全国示范性老年友好型社区
  - rule: YR007
    severity: error
    values: ["20224"]
    note: 落款日期写作“20224年4月12日”
must_not:
  - rule: AR
    values: ["3,264.00"]
    note: 资金总额 3,264.00 = 3,126.48 + 41.20 + 96.32（含上年结转）；3,198.75 + 65.25 = 3,264.00
  - rule: AR
    values: ["1,642.30"]
    note: 基本支出 = 人员 1,418.62 + 公用 223.68
  - rule: AR
    values: ["1,556.45"]
    note: 表一七项之和 1,556.45；“其中：区级专项”列之和 1,187.65
  - rule: AR
    values: ["135.00"]
    note: 9 个社区 × 15.00 = 135.00
  - rule: AR
    values: ["100.00"]
    note: 5 件民生实事 32+28+16+14+10 = 100.00
  - rule: AR
    values: ["99.47%"]
    note: 8,596/8,642 = 99.47%
  - rule: AR
    values: ["93.20%"]
    note: 384/412 = 93.20%
  - rule: AR
    values: ["96.15%"]
    note: 50/52 = 96.15%
  - rule: AR
    values: ["5.01%", "152.57"]
    note: (3,198.75-3,046.18)/3,046.18 = 5.01%
  - rule: SC005
    note: 三级得分之和 97 = 总分 97；一级行得分为其项之和（15 行写 14，见表）
  - rule: SC002
    values: ["5"]
    note: 防汛隐患少整改 2 处，每处扣 1 分，7-2 = 5，相符
  - rule: SC007
    note: 97 分为优
  - rule: IC006
    note: 实有 82 ≤ 编制 86；社区专职工作者 108 名不是在编
  - rule: YR
    values: ["2025"]
    note: 通知文号〔２０２５〕、2025 年计划均合理
  - rule: YR007
    values: ["２０２４"]
    note: 全角数字年份是正确写法
allow:
  - rule: AR005
    values: ["98.2%"]
    note: 与 AR003 同一缺陷
  - rule: IC005
    values: ["1,565.45"]
    note: 与 IC001 同一缺陷
  - rule: AR001
    note: 评分表一级行与其项（权重列）之和：效益 25 vs 30 与 SC006 同一缺陷
  - rule: YR002
    values: ["20224"]
    note: 与 YR007 同一缺陷
  - rule: CP
    note: 完整性提示
"""

NOTES = """
# fj-linjiang-donghu-street-2024 — 福建 闽溪市临江区东湖街道办事处 2024

Format: TXT. Skeleton: （一）…（六） with 1、 items; full-width digits in the notice's title and 文号;
score table with 权重 / 评分方法 / 自评得分, 一级 rows above their items (carrying their own weight and score);
扣分说明 paragraph; 自评结论 at the end restates 支出 figures.

## Planted defects

| # | Rule | Where | What |
|---|------|-------|------|
| 1 | IC004 | （一）1、 | 辖9个社区, 8 listed |
| 2 | AR003 | （二）3、 | 3,198.75/3,264.00 = 98.00%, written 98.2% |
| 3 | IC001 | （六） | 项目支出 1,565.45 vs 1,556.45 |
| 4 | SC006 | 表二 | item maxima sum 105 (效益 items 30 under weight 25) |
| 5 | YR005 | （三）6、 | 2023 honours listed as results |
| 6 | YR007 | 落款 | 20224年4月12日 |

## Tricky but correct
上年结转 in 资金总额; 其中：区级专项 column; 135.00 = 9 × 15.00 (the real count is 9); 民生实事 5 items = 100.00;
2023 支出 comparison; 全角 ２０２４ in the notice title.
"""
