"""江苏省淮丰县三河镇人民政府 2025 年度部门整体支出绩效自评报告 (PDF, clean).

Skeleton: 一、/（一）/1. three levels; 支出 by fund source with 合计/基本支出/项目支出 columns (其中 columns,
two-row header); score sheet with 一级指标 分值 beside 三级 rows and NO total row (total only in prose)."""

from render import H, P, Caption, Table, Title, Sign

SLUG = "js-huaifeng-sanhe-town-2025"
FORMATS = ["pdf"]


def r2(x):
    return round(x + 1e-9, 2)


def pct(a, b):
    return f"{r2(a / b * 100):.2f}%"


SRC = [("一般公共预算", 4286.40, 1836.52, 2409.66), ("政府性基金预算", 1120.00, 0.00, 1098.40), ("上级补助", 612.80, 0.00, 598.62)]
INC = r2(sum(x[1] for x in SRC))
assert INC == 6019.20
BASIC = r2(sum(x[2] for x in SRC))
PROJ = r2(sum(x[3] for x in SRC))
EXP = r2(BASIC + PROJ)
assert BASIC == 1836.52 and PROJ == 4106.68 and EXP == 5943.20
LEFTS = [r2(x[1] - x[2] - x[3]) for x in SRC]
assert LEFTS == [40.22, 21.60, 14.18] and r2(sum(LEFTS)) == 76.00
RATE = pct(EXP, INC)
assert RATE == "98.74%"
PERS, PUB = 1588.36, 248.16
assert r2(PERS + PUB) == BASIC
VILS, COMS = 16, 3
UNITS = VILS + COMS
VIL_FUND = r2(UNITS * 14.00)
assert VIL_FUND == 266.00
SHISHI = ["镇区雨污分流二期", "三河中心卫生院门诊楼改造", "镇敬老院适老化改造", "新建农贸市场", "大桥村至前湖村道路拓宽",
          "小学塑胶跑道更新", "镇区停车场建设", "农村桥梁危桥改造3座", "老年助餐点建设5个", "公共厕所新建改建6座"]
assert len(SHISHI) == 10
RIVER_T, RIVER = 24.0, 26.5
Q, STAFF = 96, 91
PRIOR = 5628.74
assert pct(EXP - PRIOR, PRIOR) == "5.59%"
SCORE_RATE = r2(8 * EXP / INC)
assert SCORE_RATE == 7.90
SHEET = [
    ("决策（10分）", "绩效目标设定", 5, 5, ""), ("", "预算编制", 5, 4.5, "年中追加防汛资金"),
    ("过程（20分）", "预算执行率", 8, SCORE_RATE, "得分=8×98.74%"), ("", "资金使用合规性", 6, 6, ""), ("", "资产管理", 6, 6, ""),
    ("产出（40分）", "民生实事完成数", 10, 10, ""), ("", "村（社区）转移支付拨付", 10, 10, ""), ("", "河道疏浚长度", 10, 10, ""),
    ("", "人居环境整治达标村", 10, 10, ""),
    ("效益（30分）", "汛期人员伤亡", 10, 10, ""), ("", "群众满意度", 10, 10, ""), ("", "设施长效管护", 10, 9, "部分村管护经费不足"),
]
assert sum(x[2] for x in SHEET) == 100
TOTAL = r2(sum(x[3] for x in SHEET))
assert TOTAL == 98.40


def blocks():
    b = [Title("淮丰县三河镇人民政府2025年度部门整体支出绩效自评报告")]
    b.append(P(
        "按照《淮丰县财政局关于开展2025年度部门整体支出绩效自评工作的通知》要求，三河镇人民政府对2025年度部门整体支出开展了绩效自评。"
        f"总体情况是：全年部门支出{EXP:,.2f}万元，预算执行率{RATE}，年初确定的10件民生实事全部完成，自评得分{TOTAL:.2f}分，等级为“优”。具体情况报告如下。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）镇情及职能"))
    b.append(P(
        f"三河镇位于淮丰县东南部，因淮河、新沂河、柴米河三河交汇得名，区域面积96.4平方公里，辖{VILS}个行政村和{COMS}个社区，共{UNITS}个村（社区），"
        "户籍人口6.42万人。镇域内有省级河道3条、县级河道7条，堤防总长46.8公里，是全县防汛重点镇。全镇以稻麦轮作和特色水产养殖为主导产业，"
        "镇区建有省级农业产业园1个。"))
    b.append(P(
        "镇政府主要职责是：执行镇人民代表大会的决议和上级国家行政机关的决定，组织实施本镇经济社会发展规划；负责本镇的农业农村、城乡建设、生态环境、"
        "社会事业、民政、平安建设、应急管理和防汛防旱等工作；指导村（居）民委员会工作，推进基层民主和基层治理。"))
    b.append(H(2, "（二）机构及人员"))
    b.append(P(
        f"镇政府设党政办公室、党建工作办公室、经济发展局、社会事业局、建设局、综合治理局等内设机构，下设为民服务中心、农业农村服务中心、综合执法局等。"
        f"核定编制{Q}名，年末在岗在编人员{STAFF}名，编制使用率{pct(STAFF, Q)}。"))
    assert pct(STAFF, Q) == "94.79%"
    b.append(H(1, "二、部门收支情况"))
    b.append(P(
        f"2025年全镇资金来源合计{INC:,.2f}万元，其中一般公共预算拨款{SRC[0][1]:,.2f}万元、政府性基金预算拨款{SRC[1][1]:,.2f}万元、上级补助{SRC[2][1]}万元。"
        f"全年支出{EXP:,.2f}万元，其中基本支出{BASIC:,.2f}万元（人员经费{PERS:,.2f}万元、公用经费{PUB}万元），项目支出{PROJ:,.2f}万元；"
        f"年末结余{r2(INC - EXP):.2f}万元。2025年支出较2024年的{PRIOR:,.2f}万元增长{pct(EXP - PRIOR, PRIOR)}。"))
    b.append(Caption("表1  2025年度分资金来源支出情况表（单位：万元）"))
    rows = [["资金来源", "收入", "支出", "", "", "年末结余"],
            ["", "", "合计", "其中：基本支出", "其中：项目支出", ""]]
    for (n, inc, ba, pr), lf in zip(SRC, LEFTS):
        rows.append([n, f"{inc:,.2f}", f"{r2(ba + pr):,.2f}", f"{ba:,.2f}", f"{pr:,.2f}", f"{lf:.2f}"])
    rows.append(["合计", f"{INC:,.2f}", f"{EXP:,.2f}", f"{BASIC:,.2f}", f"{PROJ:,.2f}", "76.00"])
    b.append(Table(rows, merges=[(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5)]))
    b.append(P(
        "从资金来源看，基本支出全部由一般公共预算安排；政府性基金预算支出1,098.40万元，全部用于镇区雨污分流、道路拓宽和停车场建设等城乡社区项目；"
        "上级补助支出598.62万元，主要为省、市下达的河道疏浚、农村危桥改造和农村人居环境整治补助资金。各资金来源的年末结余均为工程质保金和跨年度合同尾款。"))
    b.append(H(1, "三、绩效目标完成情况"))
    b.append(H(2, "（一）产出情况"))
    b.append(P(f"1.民生实事。年初镇人代会确定的{len(SHISHI)}件民生实事全部完成：{'；'.join(SHISHI)}。全部项目通过竣工验收并投入使用。"))
    b.append(P(
        f"2.村（社区）转移支付。按照每个村（社区）14.00万元的标准，向{UNITS}个村（社区）拨付运转经费{VIL_FUND:.2f}万元，拨付率100%。"))
    b.append(P(
        f"3.河道疏浚。全年疏浚县乡河道{RIVER}公里，完成年度目标{RIVER_T}公里的{pct(RIVER, RIVER_T)}，清理淤泥18.6万立方米。"))
    assert pct(RIVER, RIVER_T) == "110.42%"
    b.append(P(
        f"4.人居环境整治。全镇{VILS}个行政村全部通过县级农村人居环境整治达标验收，新建改建农村公厕6座（即民生实事中的公共厕所项目），农村生活垃圾集中收运处理率100%。"))
    b.append(H(2, "（二）效益情况"))
    b.append(P(
        "1.防汛安全。汛期三河水位多次超警，镇政府启动应急响应3次，组织巡堤查险人员2,860人次，转移安置群众426人，全镇未发生人员伤亡和重大险情。"
        "2.群众满意度。委托第三方对全镇19个村（社区）的600户群众开展问卷调查，满意度95.30%，高于90%的目标。"
        "3.长效管护。已建成的道路、桥梁、公厕等设施全部明确管护主体，但部分经济薄弱村管护经费不足，管护质量有待提高。"))
    b.append(H(1, "四、自评得分"))
    b.append(Caption("表2  三河镇2025年度部门整体支出绩效自评表"))
    b.append(Table([["一级指标", "三级指标", "分值", "得分", "说明"]]
                   + [[x[0], x[1], f"{x[2]}", f"{x[3]:g}", x[4]] for x in SHEET]))
    b.append(P(f"各项指标得分合计{TOTAL:.2f}分，其中决策类9.5分、过程类19.9分、产出类40分、效益类29分，自评等级为“优”。"))
    assert r2(5 + 4.5) == 9.5 and r2(SCORE_RATE + 12) == 19.9 and 10 + 10 + 9 == 29
    b.append(H(1, "五、问题及改进措施"))
    b.append(P(
        "一是年中追加防汛资金较多，预算编制的前瞻性不足；二是经济薄弱村设施管护经费保障不足。下一步，镇政府将在年初预算中足额安排防汛应急资金，"
        "建立镇村两级设施管护经费分担机制，并将自评结果用于2026年预算安排。"))
    b.append(Sign(["淮丰县三河镇人民政府", "2026年2月26日"]))
    return b


KEY = """
# Answer key: 淮丰县三河镇人民政府 2025 年度部门整体支出绩效自评报告 (report.pdf). Clean case.
id: heldout18-js-huaifeng-sanhe-town-2025
kind: heldout
report_year: 2025
defect: 无埋设缺陷（清洁报告）
expect: []
must_not:
  - rule: AR
    values: ["6,019.20"]
    note: 收入 4,286.40 + 1,120.00 + 612.80 = 6,019.20
  - rule: AR
    values: ["5,943.20"]
    note: 表1 支出合计 = 各来源之和 = 基本 1,836.52 + 项目 4,106.68；各行 合计 = 基本 + 项目
  - rule: AR
    values: ["4,106.68"]
    note: 项目支出 2,409.66 + 1,098.40 + 598.62 = 4,106.68
  - rule: AR
    values: ["76.00"]
    note: 年末结余 40.22 + 21.60 + 14.18 = 76.00；每行 收入 - 支出 = 结余
  - rule: AR
    values: ["1,836.52"]
    note: 基本支出 = 人员 1,588.36 + 公用 248.16
  - rule: AR
    values: ["98.74%", "7.90"]
    note: 5,943.20/6,019.20 = 98.74%；8 × 98.74% = 7.90
  - rule: AR
    values: ["5.59%"]
    note: (5,943.20-5,628.74)/5,628.74 = 5.59%
  - rule: AR
    values: ["266.00"]
    note: 19 个村（社区）× 14.00 = 266.00（16 村 + 3 社区）
  - rule: AR
    values: ["110.42%"]
    note: 26.5/24 = 110.42%
  - rule: AR
    values: ["94.79%"]
    note: 91/96 = 94.79%
  - rule: IC002
    note: 各来源支出与收入之差为年末结余，已逐行列出
  - rule: IC003
    note: 分来源支出之和等于支出总数
  - rule: IC004
    values: ["10"]
    note: 10 件民生实事列出 10 项
  - rule: SC
    values: ["98.40"]
    note: 12 项得分之和 98.40；分值和 100；类分 9.5/19.9/40/29；等级优
  - rule: SC010
    note: 未满分的两项均有说明
  - rule: CP002
    note: 评分表无合计行，总分在正文给出
  - rule: YR
    values: ["2026"]
    note: 落款与计划年份合理
  - rule: CP
    note: 落款完整
allow: []
"""

NOTES = """
# js-huaifeng-sanhe-town-2025 — 江苏 淮丰县三河镇人民政府 2025 (clean)

Format: PDF. Skeleton: summary paragraph at the top (restates 支出/执行率/得分); 一、/（一）/1.; 分资金来源 table with
two-row header (支出 合计 / 其中：基本支出 / 其中：项目支出 / 年末结余); score sheet with the 一级指标's points in its label
(决策（10分）…), no total row (total and class points in prose).

## Planted defects
None.

## Tricky but correct
Per-source rows each add (收入 − 支出 = 结余); 其中 columns; 19 = 16 村 + 3 社区 × 14.00 = 266.00; 10 民生实事 listed;
公厕 6 座 both a 民生实事 and 人居环境 item; 7.90 = 8 × 98.74%; class points 9.5/19.9/40/29.
"""
