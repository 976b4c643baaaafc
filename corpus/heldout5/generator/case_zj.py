"""山西 汾源县住房和城乡建设局 2023 年度部门整体支出绩效自评报告 (planted: 7 findings + 1 info).

Template: 山西 county form — 一至七 sections with narrative indicators ``（n）名称（x分）`` each
with its formula and own rule, a one-level summary table 一级指标 / 分值（A）/ 得分（B）/
得分率（B/A）, sub-unit table (基本/项目 columns, 合计 first), 收入 table with 上年结转, a
large budget (亿元 in prose, 万元 in tables), 落款 with 签字 labels.
"""

from __future__ import annotations

from common import (
    budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, management_paragraphs, monitoring_paragraphs, pct,
    process_paragraphs, score_at_least, score_at_most, w, wc,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "zj-fenyuan-2023"
FORMATS = ["docx", "pdf"]
Y = 2023
DEPT = "汾源县住房和城乡建设局"

gp_inc, fund_inc, oth_inc = D("4862.50"), D("7480.00"), D("58.60")
income = gp_inc + fund_inc + oth_inc
assert income == D("12401.10")
carry = D("326.40")
pers, pub = D("1214.36"), D("172.06")
basic = pers + pub
assert basic == D("1386.42")
projects = [
    ("城镇老旧小区改造", D("4860.00"), D("4826.50")),
    ("保障性安居工程", D("3240.00"), D("3186.20")),
    ("城市燃气管网更新改造", D("1980.00"), D("1942.68")),
    ("市政道路维修", D("820.00"), D("798.40")),
    ("园林绿化养护", D("360.00"), D("346.10")),
]
proj = sum(p[2] for p in projects)
assert proj == D("11099.88")
proj_b = sum(p[1] for p in projects)
assert proj_b == D("11260.00")
total = basic + proj
assert total == D("12486.30")
balance = carry + income - total
assert balance == D("241.20")
init, add = D("9680.00"), D("2980.00")
adjusted = init + add
assert adjusted == D("12660.00") and adjusted - proj_b == D("1400.00")
exec_rate = pct(total, adjusted)
assert exec_rate == D("98.63")
adj_rate = pct(add, init)
assert adj_rate == D("30.79")
add_written = D("1890.00")  # PLANTED AR004: formula uses 1890.00 for the 追加预算 stated as 2980.00
adj_rate_written = pct(add_written, init)
assert adj_rate_written == D("19.52")
s_adj_written = score_at_most(adj_rate_written, D(4), D(10), D("0.1"))
assert s_adj_written == D("3.05")  # PLANTED SC003: at 30.79% the rule gives 1.92 (1.9 / 2.0 per step)
assert score_at_most(adj_rate, D(4), D(10), D("0.1")) == D("1.92")
units = [  # name, basic, project
    ("局机关", D("612.35"), D("3426.50")),
    ("县住房保障服务中心", D("318.66"), D("5012.88")),
    ("县建设工程质量安全监督站", D("162.84"), D("0.00")),
    ("县城市园林绿化服务中心", D("292.57"), D("2660.50")),
]
assert sum(u[1] for u in units) == basic and sum(u[2] for u in units) == proj
est_a, est_s = 26, 48
est = est_a + est_s
act = 71
sg_b, sg_rec, sg_car, sg_prev = D("9.60"), D("1.26"), D("7.48"), D("9.12")
sg = sg_rec + sg_car
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-4.17")
pub_b = D("180.00")
pub_rate = pct(pub, pub_b)
assert pub_rate == D("95.59")
buy_b, buy = D("2460.00"), D("2396.80")
buy_rate = pct(buy, buy_b)
assert buy_rate == D("97.43")
assert D("1420.00") + D("126.30") + D("412.60") + D("227.50") == D("2186.40")

GROUPS = [  # name, maxima (A) as written, items
    ("决策", D(15), [("绩效目标合理性", D(5), D(5)), ("绩效指标明确性", D(5), D("4.5")), ("预算编制科学性", D(5), D(4))]),
    ("过程", D(25), [("预算执行率", D(8), D(8)), ("预算调整率", D(4), s_adj_written), ("公用经费控制率", D(3), D(3)),
                    ("政府采购执行率", D(4), D(4)), ("资金使用合规性", D(3), D(3)), ("固定资产管理", D(3), D(3))]),
    ("产出", D(40), [("老旧小区改造完成率", D(10), D(10)), ("保障性住房建设完成率", D(10), D("8.5")),
                    ("燃气管网更新改造完成率", D(10), D(8)), ("市政道路维修完成率", D(5), D(5)), ("园林绿化养护达标率", D(5), D(5))]),
    ("效益", D(25), [("社会效益", D(10), D("8.5")), ("生态效益", D(5), D(5)), ("服务对象满意度", D(10), D(10))]),
]
for g, a, items in GROUPS:
    assert sum(i[1] for i in items) == a
maxima = sum(g[1] for g in GROUPS)
assert maxima == D(105)  # PLANTED SC006: the 一级 maxima add up to 105, the table states 100
total_score = sum(i[2] for g in GROUPS for i in g[2])
assert total_score == D("97.55")


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title(f"{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(P("按照《山西省全面实施预算绩效管理实施方案》和汾源县财政局《关于开展2023年度部门整体支出绩效自评工作的通知》要求，我局对2023年度部门整体支出进行了绩效自评，现将有关情况报告如下。"))
    for t in basis_paragraphs(DEPT, Y, "山西省", "《中央财政城镇保障性安居工程补助资金管理办法》"):
        b.append(P(t))
    b.append(H(1, "一、部门基本情况"))
    b.append(P("（一）部门职能。汾源县住房和城乡建设局负责全县住房保障、城镇老旧小区改造、房地产市场监管、建筑市场和工程质量安全监管、市政公用设施建设和管理、城镇燃气和供热行业管理、园林绿化、村镇建设和农村危房改造等工作。"))
    # PLANTED IC004: six offices listed, count says 5
    b.append(P("（二）机构设置。局机关设办公室、规划建设股、房地产管理股、城建股、村镇建设股、人防股等5个股室，下设县住房保障服务中心、县建设工程质量安全监督站、县城市园林绿化服务中心3个事业单位。"))
    b.append(P(f"（三）人员情况。全局核定编制{est}名，其中行政编制{est_a}名、事业编制{est_s}名；年末实有人员{act}人。"))
    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"（一）收入情况。2023年本年收入{w(income)}万元，其中：一般公共预算财政拨款{w(gp_inc)}万元，政府性基金预算财政拨款{w(fund_inc)}万元（主要为专项债券资金和国有土地使用权出让收入安排的支出），其他收入{w(oth_inc)}万元。上年结转{w(carry)}万元。"))
    b.append(P(f"（二）支出情况。2023年全年支出1.25亿元，即{wc(total)}万元，其中基本支出{wc(basic)}万元（人员经费{wc(pers)}万元、公用经费{w(pub)}万元），项目支出{wc(proj)}万元，项目支出占支出总额的{pct(proj, total)}%。年末结转结余{w(balance)}万元，主要为保障性安居工程年末未完成结算的工程款。"))
    b.append(P(f"（三）预算调整情况。2023年年初预算{wc(init)}万元，年中追加预算{wc(add)}万元（主要为上级下达的城镇老旧小区改造和燃气管网更新改造专项资金），调整后预算{wc(adjusted)}万元，预算执行率{exec_rate}%。"))
    b.append(P(f"（四）“三公”经费。2023年“三公”经费预算{w(sg_b)}万元，决算{w(sg)}万元，其中公务接待费{w(sg_rec)}万元、公务用车运行维护费{w(sg_car)}万元，较2022年决算{w(sg_prev)}万元下降{abs(sg_chg)}%。"))
    b.append(P(f"（五）项目资金使用情况。城镇老旧小区改造项目支出{wc(projects[0][2])}万元，保障性安居工程支出{wc(projects[1][2])}万元，城市燃气管网更新改造支出{wc(projects[2][2])}万元，市政道路维修支出{w(projects[3][2])}万元，园林绿化养护支出{w(projects[4][2])}万元。"))
    b.append(P("（六）资产情况。年末固定资产原值2,186.40万元，其中房屋1,420.00万元、车辆126.30万元、通用设备412.60万元、专用设备227.50万元，资产账实相符；年内通过政府采购购置燃气检测设备等专用设备46.80万元。"))
    b.append(H(1, "三、部门整体绩效目标完成情况"))
    b.append(P("（一）城镇老旧小区改造。全年完成老旧小区改造38个，惠及居民4,260户，改造建筑面积36.8万平方米；同步改造供水、排水、供热管网21.6公里，加装电梯12部，新增停车位860个，完成年度计划38个的100%。"))
    b.append(P("改造中坚持“先地下、后地上”，同步实施雨污分流改造6.2公里、强弱电线缆规整入地3.4公里，改造小区全部建立业主委员会或物业管理委员会，引入专业化物业服务的小区21个，其余17个小区实行居民自治管理。经回访，改造小区居民对改造效果的满意率达到95.6%。"))
    b.append(P("（二）住房保障。开工建设保障性租赁住房420套，基本建成360套，完成年度目标400套的90%；发放城镇住房保障家庭租赁补贴1,126户、182.4万元；公租房在保家庭2,318户，年度复核退出不再符合条件家庭46户。"))
    b.append(P("（三）燃气管网更新改造。完成城市燃气老化管道更新改造48.6公里，为年度目标56公里的86.79%；排查整治燃气安全隐患1,340处，整改完成率100%；开展城镇燃气安全专项整治检查餐饮场所2,860家次。"))
    assert pct(D("48.6"), D("56")) == D("86.79") and pct(D(138), D(142)) == D("97.18")
    b.append(P("（四）市政设施和园林绿化。维修市政道路14.2公里、人行道3.6万平方米，更换路灯1,280盏；新增城市绿地12.4公顷，建成口袋公园6个，城区绿化覆盖率达到40.2%，园林绿化养护面积286公顷，养护达标率100%。"))
    b.append(P("（五）建筑市场和质量安全监管。全年监督在建工程项目126个，建筑面积168.4万平方米；开展建筑施工安全大检查18次，下达整改通知书216份，全年未发生较大及以上建筑施工安全事故；根治欠薪专项行动为农民工追回工资846万元。"))
    b.append(P("（六）供热和供水保障有力。督促城区供热企业完成换热站改造8座、供热管网更新12.6公里，2023—2024年供暖季城区集中供热面积达到486万平方米，供热投诉办结率100%；完成城区二次供水设施改造18处，城区供水普及率保持100%，污水集中处理率达到97.2%。"))
    b.append(P("（七）城市更新和城市体检。按照省住建厅统一部署，完成2023年度城市体检工作，梳理城市住房、小区、社区、街区等4个层面问题清单126项，形成城市更新项目库，入库项目42个、总投资38.6亿元；完成城区12条背街小巷提质改造，新建改造城市公厕8座。"))
    b.append(P("（八）建筑业发展和行业管理。全县建筑业企业完成产值24.8亿元，同比增长6.4%；新增建筑业资质企业9家；推行施工许可“容缺受理”，施工许可平均办理时限压缩至3个工作日；开展建筑市场“双随机、一公开”检查46次，对违法违规企业实施行政处罚11起、罚款86.4万元。"))
    b.append(P("（九）安全生产和信访工作。开展住建领域安全生产专项整治三年行动收官和“百日攻坚”行动，排查房屋建筑、市政工程、城镇燃气、自建房等领域隐患2,186项，整改2,186项；全年受理住建领域信访事项142件，办结138件，办结率97.18%，其余4件在法定期限内办理。"))
    b.append(P("（十）房地产市场平稳运行。全年全县商品房销售面积32.6万平方米，新建商品房网签备案2,846套；开展房地产市场秩序专项整治，检查房地产开发企业和中介机构58家，查处违规行为14起；稳妥推进保交楼工作，3个项目1,260套住房全部交付。"))
    b.append(P("（十一）村镇建设和农村危房改造。完成农村低收入群体等重点对象危房改造86户，开展农村房屋安全隐患排查整治，排查农村房屋4.62万栋，整治存在安全隐患的房屋312栋；完成传统村落保护发展项目2个。"))
    b.append(P("（十二）项目支出绩效情况。"))
    desc = [
        "实施38个小区的水电气暖管网、屋面防水、外墙保温、道路和停车设施改造，中央补助、专项债券和县级配套统筹使用。",
        "用于保障性租赁住房建设、公租房维修和租赁补贴发放，基本建成保障性租赁住房360套。",
        "更新改造燃气老化管道48.6公里、调压设施26处，排查整治燃气安全隐患1,340处。",
        "维修市政道路14.2公里、人行道3.6万平方米，更换路灯1,280盏。",
        "养护城市绿地286公顷，补植乔灌木1.6万株，新建口袋公园6个。",
    ]
    for t in project_paragraphs([(n, bud, sp, d) for (n, bud, sp), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(H(1, "四、绩效评价指标分析"))
    b.append(P("本次自评指标体系由决策、过程、产出、效益4个一级指标构成，主要指标得分情况如下："))
    b.append(P(f"（一）预算执行率（8分）。预算执行率=支出决算数/调整后预算数×100%={wc(total)}/{wc(adjusted)}×100%={exec_rate}%。评分标准：执行率≥98%得满分，每降低1个百分点扣0.5分。得8分。"))
    b.append(P(f"（二）预算调整率（4分）。预算调整率=（追加预算/年初预算）×100%={wc(add_written)}/{wc(init)}×100%={adj_rate_written}%。评分标准：调整率≤10%得满分，每超过1个百分点扣0.1分，扣完为止。得{s(s_adj_written)}分。"))
    b.append(P(f"（三）公用经费控制率（3分）。公用经费控制率=实际公用经费/预算公用经费×100%={w(pub)}/{w(pub_b)}×100%={pub_rate}%，≤100%得满分，得3分。"))
    b.append(P(f"（四）政府采购执行率（4分）。政府采购执行率=实际政府采购金额/政府采购预算×100%={wc(buy)}/{wc(buy_b)}×100%={buy_rate}%，≥95%得满分，得4分。"))
    b.append(P("（五）老旧小区改造完成率（10分）。年度计划改造老旧小区38个，实际完成38个，惠及居民4,620户，完成率100%，得10分。"))  # PLANTED IC005: 4,620 户 here, 4,260 户 in 三（一）
    b.append(P("（六）保障性住房建设完成率（10分）。基本建成保障性租赁住房360套，完成年度目标400套的90%，未完成年度目标，酌情扣1.5分，得8.5分。"))
    b.append(P("（七）燃气管网更新改造完成率（10分）。完成更新改造48.6公里，完成率86.79%，得8分。"))
    b.append(P("（八）服务对象满意度（10分）。依据2022年度全县住房城乡建设领域群众满意度测评结果（满意度95.2%），本项得10分。"))  # PLANTED YR004
    b.append(H(1, "五、评价结论"))
    b.append(P(f"经自评，我局2023年度部门整体支出绩效自评得分{s(total_score)}分，评价等级为“优”。各一级指标得分情况见下表。"))
    rows = [["一级指标", "分值（A）", "得分（B）", "得分率（B/A）"]]
    for g, a, items in GROUPS:
        sc = sum(i[2] for i in items)
        rows.append([g, s(a), s(sc), f"{pct(sc, a)}%"])
    rows.append(["合计", "100", s(total_score), f"{pct(total_score, D(100))}%"])
    b.append(Table(rows))
    b.append(H(1, "六、存在的问题及改进措施"))
    b.append(P(f"（一）存在问题。一是预算调整幅度大，年中追加预算{wc(add)}万元，预算调整率{adj_rate}%，主要是上级专项资金下达时间晚、年初无法预计。二是保障性住房和燃气管网改造未完成年度目标，受征拆和冬季停工影响。三是项目资金支付进度前慢后快，第四季度支付占全年项目支出的46.3%。"))
    b.append(P("（三）原因分析。从客观上看，2023年上级专项资金下达批次多、时间晚，城镇老旧小区改造和燃气管网更新改造中央补助资金分三批下达，最后一批于11月下达，县级只能通过年中追加预算安排，造成预算调整率偏高；保障性租赁住房项目涉及征收拆迁，2个地块因个别住户诉求未能如期交付施工，影响了建设进度；燃气管网改造涉及道路开挖，冬季停工期较长，实际有效施工期不足7个月。从主观上看，项目前期工作不够扎实，部分项目在资金下达后才开始施工图设计和招标，资金等项目的情况较为突出；对项目实施中的困难预判不足，调度督导的针对性有待加强。"))
    b.append(P("（二）改进措施。一是提前谋划储备项目，做好上级专项资金争取和年初预算衔接。二是建立重点项目周调度制度，倒排工期，确保2024年完成保障性住房剩余40套和燃气管网剩余7.4公里改造任务。三是均衡资金支付进度，按工程节点及时拨付资金。"))
    b.append(P("（三）2024年工作计划。"))
    for t in plan_paragraphs("我局", Y, [
        "计划改造城镇老旧小区30个，同步推进完整社区建设。",
        "完成保障性租赁住房剩余40套建设任务并分配入住。",
        "完成燃气管网剩余7.4公里更新改造，开展城镇燃气安全专项整治“回头看”。",
    ]):
        b.append(P(t))
    b.append(H(1, "七、其他情况说明"))
    for t in budget_process_paragraphs("我局", Y):
        b.append(P(t))
    for t in management_paragraphs("我局", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("我局", Y):
        b.append(P(t))
    for t in process_paragraphs("我局", Y, "县财政局", "局长郝建军", 10):
        b.append(P(t))
    for t in application_paragraphs("我局"):
        b.append(P(t))
    b.append(P("（四）关于自评工作的说明。"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(P("（五）主要经验和做法。"))
    b.append(P("（一）坚持规划引领，统筹推进城市更新。以城市体检结果为依据，编制城市更新专项规划，将老旧小区改造、燃气管网更新、市政设施提升等项目统筹谋划、打包实施，避免重复开挖、重复建设，提高了资金使用效益。"))
    b.append(P("（二）坚持群众参与，推动老旧小区改造共建共治共享。改造前入户征求居民意见，改造中邀请居民代表参与质量监督，改造后同步建立长效管理机制，引入专业化物业服务或推行居民自治管理，确保小区“改得好、管得住、有长效”。"))
    b.append(P("（三）坚持安全底线，守牢住建领域安全生产防线。建立健全城镇燃气、建筑施工、房屋安全等重点领域安全监管责任体系，实行隐患排查整改闭环管理，全年住建领域未发生较大及以上安全事故。"))
    b.append(Sign(["汾源县住房和城乡建设局（盖章）", "单位负责人（签字）：", "填报人（签字）：", "年　　月　　日"]))  # PLANTED CP001 (info): blank
    b.append(PageBreak())
    b.append(Caption("附表1　2023年度收入决算表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["项目", "金额"],
        ["本年收入合计", w(income)],
        ["一般公共预算财政拨款收入", w(gp_inc)],
        ["政府性基金预算财政拨款收入", w(fund_inc)],
        ["其他收入", w(oth_inc)],
        ["上年结转", w(carry)],
        ["收入总计", w(income + carry)],
    ]))
    b.append(Caption("附表2　2023年度分单位支出决算表"))
    b.append(P("单位：万元"))
    rows = [["单位名称", "基本支出", "项目支出"], ["合计", w(basic), w(proj)]]
    for n, bb, pp in units:
        bb_txt = "168.24" if n == "县建设工程质量安全监督站" else w(bb)  # PLANTED AR001: 162.84 written 168.24; column adds to 1391.82
        rows.append([n, bb_txt, w(pp)])
    b.append(Table(rows))
    b.append(Caption("附表3　2023年度项目支出执行表"))
    b.append(P("单位：万元"))
    rows = [["项目名称", "调整后预算", "实际支出", "执行率"]]
    for n, bud, sp in projects:
        rows.append([n, w(bud), w(sp), f"{pct(sp, bud)}%"])
    rows.append(["合计", w(proj_b), w(proj), f"{pct(proj, proj_b)}%"])
    b.append(Table(rows))
    return b
