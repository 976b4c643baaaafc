"""青峰县水利局 2023 年度部门整体支出绩效自评报告 — text in the seed's format.

Style: 局机关 + 3 二级单位; money in 元 with thousands separators; income table with sources as
rows and units as columns; a 序号 column in the project table; 投入/过程/产出/效果 indicators
scored in the text as "扣1.42分，得2.58分"; summary score table by 一级指标; an attached
indicator sheet; dates written 2024.3.15.
"""

from __future__ import annotations

from common import D, check, fm, fp, fs, pct, q2, total, write_text

FOLDER = "county-water-2023"

UNITS = ["局机关", "水利工程管理站", "水土保持站", "防汛抗旱服务中心"]
STAFF = {"局机关": (22, 21), "水利工程管理站": (20, 19), "水土保持站": (12, 11), "防汛抗旱服务中心": (14, 13)}
# income by source (rows) and unit (columns)
SOURCES = ["上年结转", "一般公共预算拨款收入", "政府性基金预算拨款收入", "其他收入"]
INCOME = {
    "上年结转": [D("0.00")] * 4,
    "一般公共预算拨款收入": [D("6842350.00"), D("2315480.00"), D("1126900.00"), D("1487260.00")],
    "政府性基金预算拨款收入": [D("1200000.00"), D("0.00"), D("350000.00"), D("0.00")],
    "其他收入": [D("35600.00"), D("18240.00"), D("0.00"), D("6500.00")],
}
BASIC = [D("3612480.00"), D("1824300.00"), D("712650.00"), D("1046180.00")]
PROJECTS = [
    ("农村饮水安全巩固提升工程", "局机关", D("1862400.00")),
    ("中小河流治理（青峰河城区段）", "局机关", D("1508760.00")),
    ("河湖长制工作经费", "局机关", D("386200.00")),
    ("小型水库除险加固", "局机关", D("708110.00")),
    ("水利工程运行管护", "水利工程管理站", D("509420.00")),
    ("水土保持综合治理", "水土保持站", D("764250.00")),
    ("防汛抗旱及山洪灾害防治", "防汛抗旱服务中心", D("447580.00")),
]


def build():
    bz = sum(v[0] for v in STAFF.values())
    zz = sum(v[1] for v in STAFF.values())
    check((bz, zz) == (68, 64), "编制 68 在职 64")

    inc_unit = [total(*(INCOME[s][i] for s in SOURCES)) for i in range(4)]
    inc_src = {s: total(*INCOME[s]) for s in SOURCES}
    inc_all = total(*inc_unit)
    check(inc_all == total(*inc_src.values()) == D("13382330.00"), "收入 13,382,330")

    proj_unit = [total(*(p[2] for p in PROJECTS if p[1] == u)) for u in UNITS]
    exp_unit = [BASIC[i] + proj_unit[i] for i in range(4)]
    check(exp_unit == inc_unit, "各单位支出 = 收入（结余 0）")
    basic, project = total(*BASIC), total(*proj_unit)
    check(basic + project == inc_all and project == D("6186720.00") and basic == D("7195610.00"), "基本/项目")
    persons, public = D("6133152.65"), D("1062457.35")
    check(persons + public == basic, "人员+公用 = 基本")

    # funding sources of spending: 基本支出 all from 一般公共预算, the rest project
    gen_spend = inc_src["一般公共预算拨款收入"]
    gen_project = gen_spend - basic
    fund_spend = inc_src["政府性基金预算拨款收入"]
    other_spend = inc_src["其他收入"]
    check(gen_project + fund_spend + other_spend == project, "来源项目支出之和 = 项目支出")
    fund_spend_shown = D("1500000.00")  # PLANT IC003: 政府性基金 spending written 1,500,000 (income 1,550,000)

    proj_total_shown = project + D("10000.00")  # PLANT AR001: 项目明细表合计 6,196,720.00

    sg_prev, sg_budget, sg_car, sg_host = D("186000.00"), D("172000.00"), D("132630.00"), D("26000.00")
    sg_actual = sg_car + sg_host
    check(sg_actual == D("158630.00"), "三公 158,630")
    staff_rate = pct(zz, bz)
    sg_change = pct(sg_budget - sg_prev, sg_prev)
    initial, added = D("11860000.00"), D("1522330.00")
    check(initial + added == inc_all, "年初 + 追加 = 全年预算")
    adj = pct(added, initial)
    adj_ded = q2((adj - 10) * D("0.5"))
    adj_score = 4 - adj_ded
    public_budget = D("1085000.00")
    public_rate = pct(public, public_budget)
    sg_ctrl = pct(sg_actual, sg_budget)
    gp_budget, gp_actual = D("2360000.00"), D("2298500.00")
    gp_rate = pct(gp_actual, gp_budget)
    works_rate = pct(11, 12)
    works_ded = q2((100 - D(11) / 12 * 100) * D("0.2"))
    works_score = 10 - works_ded
    sat = pct(300, 312)
    check((staff_rate, sg_change, adj, public_rate, sg_ctrl, gp_rate, works_rate, sat)
          == (D("94.12"), D("-7.53"), D("12.84"), D("97.92"), D("92.23"), D("97.39"), D("91.67"), D("96.15")),
          "rates")
    check(adj_ded == D("1.42") and adj_score == D("2.58"), "调整率 2.58")
    check(works_ded == D("1.67") and works_score == D("8.33"), "工程 8.33")

    ind = [  # (一级, 指标, 分值, 得分)
        ("投入", "绩效目标合理性", 5, D(5)),
        ("投入", "绩效指标明确性", 5, D(4)),
        ("投入", "在职人员控制率", 5, D(5)),
        ("投入", "“三公”经费变动率", 5, D(5)),
        ("过程", "预算执行率", 8, D(8)),
        ("过程", "预算调整率", 4, adj_score),
        ("过程", "公用经费控制率", 4, D(4)),
        ("过程", "“三公”经费控制率", 4, D(4)),
        ("过程", "政府采购执行率", 4, D(4)),
        ("过程", "管理制度健全性", 3, D(3)),
        ("过程", "资金使用合规性", 3, D(3)),
        ("产出", "水利工程建设任务完成率", 10, works_score),
        ("产出", "水土流失综合治理面积", 8, D(8)),
        ("产出", "防汛物资储备", 6, D(6)),
        ("产出", "河湖“清四乱”问题整改率", 6, D(6)),
        ("效果", "农村供水保障", 10, D(10)),
        ("效果", "服务对象满意度", 10, D(10)),
    ]
    groups = ["投入", "过程", "产出", "效果"]
    gmax = {g: sum(i[2] for i in ind if i[0] == g) for g in groups}
    gscore = {g: total(*(i[3] for i in ind if i[0] == g)) for g in groups}
    check(gmax == {"投入": 20, "过程": 30, "产出": 30, "效果": 20}, "一级分值")
    score = total(*gscore.values())
    check(score == D("95.91"), "得分之和 95.91")
    score_shown = score + 1  # PLANT SC005: total stated 96.91 (not updated after 明确性 was cut to 4)

    s = fs
    n = 0

    def h(i):
        """Heading line of indicator i: ``1.绩效目标合理性（5分）``."""
        return f"{i + 1}.{ind[i][1]}（{ind[i][2]}分）"

    staff_rows = "\n".join(f"{u}\t{STAFF[u][0]}\t{STAFF[u][1]}\t{STAFF[u][0] - STAFF[u][1]}" for u in UNITS)
    inc_rows = "\n".join(f"{src}\t{fm(inc_src[src])}\t" + "\t".join(fm(x) for x in INCOME[src]) for src in SOURCES)
    exp_rows = "\n".join(f"{u}\t{fm(exp_unit[i])}\t{fm(BASIC[i])}\t{fm(proj_unit[i])}\t0.00" for i, u in enumerate(UNITS))
    proj_rows = "\n".join(f"{k + 1}\t{p[0]}\t{p[1]}\t{fm(p[2])}" for k, p in enumerate(PROJECTS))
    sum_rows = "\n".join(f"{g}\t{gmax[g]}\t{s(gscore[g])}" for g in groups)
    att_rows = []
    for k, (g, name, mx, sc) in enumerate(ind):
        first = k == 0 or ind[k - 1][0] != g
        att_rows.append(f"{g + '（' + str(gmax[g]) + '分）' if first else ''}\t{name}\t{mx}\t{s(sc)}")
    att_rows = "\n".join(att_rows)
    del n

    text = f"""
# 青峰县水利局2023年度部门整体支出绩效自评报告

填报单位（盖章）：青峰县水利局

主管部门：青峰县水利局

报告日期：2024.3.15

## 一、部门概况

### （一）主要职责

青峰县水利局是县人民政府工作部门，主要负责保障全县水资源的合理开发利用，组织编制并实施水利发展规划，负责水利工程建设与运行管理，组织实施水土保持和河湖管理保护，承担县防汛抗旱指挥部日常工作。

### （二）机构及人员

本部门由局机关和3个二级单位组成，二级单位为青峰县水利工程管理站、青峰县水土保持站、青峰县防汛抗旱服务中心。局机关内设办公室、规划建设股、水政水资源股、农村水利股4个股室。

2023年末，本部门核定编制{bz}名，在职在编人员{zz}人，分单位情况如下：

单位	编制数	在职在编人数	空编数
{staff_rows}
合计	{bz}	{zz}	{bz - zz}

## 二、部门收支情况

### （一）收入情况

2023年度部门收入合计{fm(inc_all)}元，全部为本年收入，无上年结转。分来源、分单位收入见表1。

表1  2023年度收入决算表（单位：元）

收入来源	合计	局机关	水利工程管理站	水土保持站	防汛抗旱服务中心
{inc_rows}
收入合计	{fm(inc_all)}	{fm(inc_unit[0])}	{fm(inc_unit[1])}	{fm(inc_unit[2])}	{fm(inc_unit[3])}

### （二）支出情况

2023年度部门支出合计{fm(inc_all)}元，其中基本支出{fm(basic)}元，项目支出{fm(project)}元，年末结余0元。基本支出中，人员经费{fm(persons)}元，公用经费{fm(public)}元。

表2  2023年度支出决算表（单位：元）

单位	支出合计	基本支出	项目支出	年末结余
{exp_rows}
合计	{fm(inc_all)}	{fm(basic)}	{fm(project)}	0.00

按资金来源分，一般公共预算支出{fm(gen_spend)}元（基本支出{fm(basic)}元，项目支出{fm(gen_project)}元）；政府性基金预算支出{fm(fund_spend_shown)}元（项目支出{fm(fund_spend_shown)}元）；其他资金支出{fm(other_spend)}元（项目支出{fm(other_spend)}元）。

表3  2023年度项目支出明细表（单位：元）

序号	项目名称	实施单位	支出金额
{proj_rows}
	合计		{fm(proj_total_shown)}

### （三）“三公”经费

2023年“三公”经费预算{fm(sg_budget)}元，实际支出{fm(sg_actual)}元，其中公务用车运行维护费{fm(sg_car)}元，公务接待费{fm(sg_host)}元，因公出国（境）费0元，公务用车购置费0元。2022年“三公”经费预算为{fm(sg_prev)}元。

## 三、部门整体支出绩效目标

2023年，我局以保障防洪安全、供水安全和水生态安全为目标，计划实施水利工程项目12个，完成水土流失综合治理面积12.5平方公里，新增和改善农村供水受益人口1.2万人，确保全县不发生因洪涝灾害造成的人员伤亡。

## 四、绩效自评情况

我局成立以局长为组长的自评工作领导小组，对照投入、过程、产出、效果四类指标逐项自评，评分结果如下。

### （一）投入（{gmax['投入']}分）

{h(0)}：绩效目标依据部门职责和全县水利发展“十四五”规划设定，与预算资金量相匹配，得5分。

{h(1)}：绩效目标已细化为产出和效果指标，但部分指标未量化，扣1分，得4分。

{h(2)}：在职人员控制率=在职在编人数/编制数×100%={zz}/{bz}×100%={fp(staff_rate)}。评分标准：控制率≤100%得5分，每超过1%扣1分。得5分。

{h(3)}：“三公”经费变动率=（本年预算数-上年预算数）/上年预算数×100%=（{fm(sg_budget)}-{fm(sg_prev)}）/{fm(sg_prev)}×100%={fp(sg_change)}。评分标准：变动率≤0得满分，每增加1%扣1分。得5分。

### （二）过程（{gmax['过程']}分）

{h(4)}：全年预算数{fm(inc_all)}元，实际支出{fm(inc_all)}元，预算执行率100%。评分标准：执行率100%得满分，每降低1个百分点扣0.5分。得8分。

{h(5)}：年初预算数{fm(initial)}元，年中追加预算{fm(added)}元。预算调整率=追加预算/年初预算×100%={fm(added)}/{fm(initial)}×100%={fp(adj)}。评分标准：调整率在10%以内（含）得4分，每超过1个百分点扣0.5分，扣完为止。超出{q2(adj - 10)}个百分点，扣{s(adj_ded)}分，得{s(adj_score)}分。

{h(6)}：公用经费预算数{fm(public_budget)}元，实际公用经费支出{fm(public)}元，公用经费控制率={fm(public)}/{fm(public_budget)}×100%={fp(public_rate)}。评分标准：控制率≤100%得满分，每超过1%扣1分。得4分。

{h(7)}：“三公”经费控制率={fm(sg_actual)}/{fm(sg_budget)}×100%={fp(sg_ctrl)}。评分标准：控制率≤100%得满分，每超过1%扣1分。得4分。

{h(8)}：政府采购预算{fm(gp_budget)}元，实际政府采购金额{fm(gp_actual)}元，政府采购执行率{fp(gp_rate)}。评分标准：执行率≥95%得满分，每低1个百分点扣0.5分。得4分。

{h(9)}：我局制定了《财务管理制度》《项目资金管理办法》《内部控制手册》等制度并严格执行，得3分。

{h(10)}：资金支付审批手续完整，未发现截留、挤占、挪用情况，得3分。

### （三）产出（{gmax['产出']}分）

{h(11)}：年度计划实施水利工程项目12个，已完工11个，完成率{fp(works_rate)}，小型水库除险加固项目因汛期停工顺延至2024年4月完工。评分标准：完成率100%得满分，每低1个百分点扣0.2分。扣{s(works_ded)}分，得{s(works_score)}分。

{h(12)}：计划完成水土流失综合治理面积12.5平方公里，实际完成13.2平方公里，得8分。

{h(13)}：按要求储备编织袋2万条、救生衣500件、冲锋舟4艘，物资台账清晰，得6分。

{h(14)}：全年排查发现河湖“四乱”问题38处，已整改销号38处，整改率100%，得6分。

### （四）效果（{gmax['效果']}分）

{h(15)}：全年新增和改善农村供水受益人口1.26万人，农村自来水普及率达到92.5%，得10分。

{h(16)}：向受益群众发放问卷320份，收回有效问卷312份，其中满意300份，满意度{fp(sat)}，得10分。

## 五、自评结论

自评得分汇总如下：

一级指标	分值	得分
{sum_rows}
合计	100	{s(score_shown)}

经自评，青峰县水利局2023年度部门整体支出绩效自评得分{s(score_shown)}分，等级为“优”。（评价等级：90分以上（含90分）为优，80—89分为良，60—79分为中，60分以下为差。）

## 六、存在的问题

一是个别水利工程项目受汛期影响进度滞后，未能在年内完工；二是预算编制精细化程度不高，年中追加预算较多；三是部分绩效指标设置不够量化，不便于考核。

## 七、下一步改进措施

一是加强项目前期工作，合理安排施工时序，避开主汛期；二是提高预算编制的准确性，减少年中追加；三是细化量化绩效指标，提升绩效目标质量。

## 八、其他需说明的情况

无。

评价组组长（签字）：陈立新　　　　2024.3.12

单位负责人（签字）：吴国华　　　　2024.3.14

（单位盖章）

财政部门审核意见：

审核人（签字）：　　　　　　年　月　日

附件

### 2022年度部门整体支出绩效自评表

填报单位：青峰县水利局

一级指标	三级指标	分值	得分
{att_rows}
合计		100	{s(score_shown)}
"""
    return write_text(FOLDER, text)
