"""黑龙江 松岭县林业和草原局 2024 年度部门整体支出绩效自评报告 (planted: 6).

Template: 黑龙江 county form — report body with 一、二、三 sections, 附表1 side-by-side
收入支出决算总表 (万元), 附表2 sub-unit expenditure table with 上年决算 column, 附表3
project table (年初预算 / 调整后预算 / 实际支出), 附表4 自评表 with 一级/二级/三级指标,
分值, 得分, 扣分原因 and a 小计 row after each 一级 group, 合计 at the bottom.
"""

from __future__ import annotations

from common import budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, management_paragraphs, monitoring_paragraphs, pct, process_paragraphs, score_at_least, score_at_most, w
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "lc-songling-2024"
FORMATS = ["txt"]
Y = 2024
DEPT = "松岭县林业和草原局"

# ------------------------------------------------------------------ figures (万元)
carry = D("36.50")
fin, fund, other = D("1826.40"), D("120.00"), D("14.20")
income = fin + fund + other
assert income == D("1960.60")
pers, pub = D("865.20"), D("137.16")
basic = pers + pub
assert basic == D("1002.36")
projects = [  # name, 年初预算, 调整后预算, 实际支出
    ("森林草原防火专项", D("300.00"), D("322.00"), D("318.60")),
    ("国土绿化造林补助", D("150.00"), D("278.00"), D("276.00")),
    ("林业有害生物防治", D("90.00"), D("98.00"), D("96.40")),
    ("天然林保护管护补助", D("180.00"), D("188.80"), D("186.84")),
    ("草原生态保护补助奖励", D("70.00"), D("76.00"), D("74.00")),
]
proj = sum(p[3] for p in projects)
assert proj == D("951.84")
proj_init = sum(p[1] for p in projects)
assert proj_init == D("790.00")
proj_adj = sum(p[2] for p in projects)
assert proj_adj == D("962.80")
total = basic + proj
assert total == D("1954.20")
balance = carry + income - total
assert balance == D("42.90")
# funding sources of spending
gp_b, gp_p = basic, D("819.64")
gp = gp_b + gp_p
fund_p, oth_p = D("120.00"), D("12.20")
assert gp_p + fund_p + oth_p == proj and gp + fund_p + oth_p == total
# budget
init = D("1710.00")
basic_init = init - proj_init
assert basic_init == D("920.00")
adj_add = D("256.80")
adjusted = init + adj_add
assert adjusted == D("1966.80")
basic_adj = adjusted - proj_adj
assert basic_adj == D("1004.00")
exec_rate = pct(total, adjusted)
assert exec_rate == D("99.36")
adj_rate = pct(adj_add, init)
assert adj_rate == D("15.02")
# sub-units: 支出 (基本, 项目), 2023 决算
units = [
    ("局机关（本级）", D("498.36"), D("705.19"), D("1148.20")),
    ("县林业工作总站", D("338.40"), D("174.00"), D("497.63")),
    ("县森林病虫害防治检疫站", D("165.60"), D("72.65"), D("225.52")),
]
assert sum(u[1] for u in units) == basic and sum(u[2] for u in units) == proj
prior_total = sum(u[3] for u in units)
assert prior_total == D("1871.35")
# staff
est_admin, est_inst = 18, 26
est = est_admin + est_inst
act_admin, act_inst = 17, 24
act = act_admin + act_inst
assert (est, act) == (44, 41)
retired = 23
staff_rate = pct(D(act), D(est))
assert staff_rate == D("93.18")
# 三公
sg_budget_rec, sg_budget_car = D("3.00"), D("15.00")
sg_rec, sg_car = D("2.16"), D("14.26")
sg = sg_rec + sg_car
assert sg == D("16.42")
sg_prior = D("17.85")
sg_change = pct(sg - sg_prior, sg_prior)
assert sg_change == D("-8.01")
# 公用经费, 采购, 资产
pub_budget = D("142.00")
pub_rate = pct(pub, pub_budget)
assert pub_rate == D("96.59")
buy_budget, buy = D("210.00"), D("203.70")
buy_rate = pct(buy, buy_budget)
assert buy_rate == D("97.00")
fa_total, fa_use = D("2316.48"), D("2290.12")
fa_rate = pct(fa_use, fa_total)
assert fa_rate == D("98.86")
fa_rate_written = D("99.86")  # PLANTED AR003: 2290.12/2316.48 is 98.86%, written 99.86%
satisf = D("93.40")

# ------------------------------------------------------------------ scores
s_exec = score_at_least(exec_rate, D(8), D(100), D("0.5"))
assert s_exec == D("7.68")
s_adj = score_at_most(adj_rate, D(4), D(10), D("0.1"))
assert s_adj == D("3.50")
s_sat = score_at_least(satisf, D(6), D(95), D("0.2"))
assert s_sat == D("5.68")
SHEET = [  # 一级, 二级, 三级, 分值, 得分, 扣分原因
    ("决策", "绩效目标", "绩效目标合理性", D(5), D(5), ""),
    ("决策", "绩效目标", "绩效指标明确性", D(5), D("4.5"), "部分产出指标未细化量化"),
    ("决策", "预算配置", "在职人员控制率", D(3), D(3), ""),
    ("决策", "预算配置", "“三公经费”变动率", D(2), D(2), ""),
    ("过程", "预算执行", "预算执行率", D(8), s_exec, "执行率99.36%，未达100%"),
    ("过程", "预算执行", "预算调整率", D(4), s_adj, "年中追加造林补助等资金"),
    ("过程", "预算执行", "公用经费控制率", D(4), D(4), ""),
    ("过程", "预算执行", "政府采购执行率", D(4), D(4), ""),
    ("过程", "预算管理", "管理制度健全性", D(4), D(4), ""),
    ("过程", "预算管理", "资金使用合规性", D(4), D(4), ""),
    ("过程", "预算管理", "预决算信息公开性", D(3), D(3), ""),
    ("过程", "资产管理", "固定资产利用率", D(4), D(4), ""),
    ("产出", "职责履行", "实际完成率", D(10), D("9.5"), "草原改良面积未全部完成"),
    ("产出", "职责履行", "完成及时率", D(6), D(6), ""),
    ("产出", "职责履行", "质量达标率", D(8), D("7.5"), "部分造林地块成活率偏低"),
    ("产出", "职责履行", "重点工作完成率", D(6), D("5.5"), "林长制巡林记录不完整"),
    ("效益", "履职效益", "社会效益", D(8), D("7.5"), "宣传覆盖面有待扩大"),
    ("效益", "履职效益", "生态效益", D(6), D("5.5"), "有害生物发生面积略有上升"),
    ("效益", "满意度", "服务对象满意度", D(6), s_sat, "满意度93.40%"),
]
assert sum(r[3] for r in SHEET) == 100
true_total = sum(r[4] for r in SHEET)
assert true_total == D("95.86")
stated_total = D("96.86")  # PLANTED SC005: indicator scores add up to 95.86
groups = {}
for r in SHEET:
    groups.setdefault(r[0], [D(0), D(0)])
    groups[r[0]][0] += r[3]
    groups[r[0]][1] += r[4]
assert [v[0] for v in groups.values()] == [15, 35, 30, 20]


def s(x: D) -> str:
    return f"{x.normalize():f}" if x == x.to_integral() else f"{x:f}".rstrip("0")


def blocks() -> list:
    b: list = []
    b.append(Title(f"{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(P("根据《黑龙江省省级部门整体支出绩效评价管理暂行办法》和县财政局《关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局成立了由局长任组长、分管财务副局长任副组长、各股室和所属单位负责人为成员的绩效自评工作组，对2024年度部门整体支出情况进行了自评，现将有关情况报告如下。"))
    for t in basis_paragraphs(DEPT, Y, "黑龙江省", "《黑龙江省林业和草原局关于加强林草资金绩效管理的通知》"):
        b.append(P(t))
    b.append(H(1, "一、部门基本情况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P("松岭县林业和草原局是县政府工作部门，主要职责是：负责全县林业和草原及其生态保护修复的监督管理；组织林业和草原生态保护修复和造林绿化工作；负责森林、草原、湿地资源的监督管理；负责监督管理各类自然保护地；负责推进林业和草原改革相关工作，落实林长制；指导森林和草原火灾预防工作，承担森林和草原火情监测预警工作；负责林业有害生物防治检疫工作；完成县委、县政府交办的其他任务。"))
    b.append(H(2, "（二）机构设置和人员情况"))
    b.append(P("我局内设办公室、计划财务股、生态保护修复股、森林资源管理股、草原管理股、防火股等6个股室，下设县林业工作总站、县森林病虫害防治检疫站2个二级事业单位，纳入2024年度部门决算编报范围的单位共3个（含局机关本级）。"))
    b.append(P(f"全局核定编制{est}名，其中行政编制{est_admin}名、事业编制{est_inst}名；2024年末实有在职人员{act}人，其中行政人员{act_admin}人、事业人员{act_inst}人；另有退休人员{retired}人，由县社保中心发放养老金，不计入在职人数。所属单位中，县林业工作总站编制16名、实有15人，县森林病虫害防治检疫站编制10名、实有9人。"))
    b.append(H(2, "（三）年度主要工作任务"))
    b.append(P("2024年我局主要任务为：完成人工造林1.2万亩、森林抚育3.5万亩；林业有害生物成灾率控制在3‰以下；森林火灾受害率控制在0.9‰以内；落实天然林管护面积186.4万亩；完成草原改良2.0万亩；全面落实县乡村三级林长制。"))

    b.append(H(1, "二、部门整体支出情况"))
    b.append(H(2, "（一）收入情况"))
    b.append(P(f"2024年度本年收入合计{w(income)}万元，其中：一般公共预算财政拨款收入{w(fin)}万元，政府性基金预算财政拨款收入{w(fund)}万元，其他收入{w(other)}万元。加上年初结转和结余{w(carry)}万元，收入总计{w(income + carry)}万元。"))
    b.append(H(2, "（二）支出情况"))
    # PLANTED AR002: 项目支出 written 915.84 (transposed); 1002.36 + 915.84 = 1918.20, not 1954.20
    b.append(P(f"2024年度支出合计{w(total)}万元，其中：基本支出{w(basic)}万元，项目支出915.84万元。基本支出中，人员经费{w(pers)}万元，主要用于在职人员工资福利和对个人和家庭的补助；公用经费{w(pub)}万元，主要用于办公费、差旅费、取暖费、公务用车运行维护费等日常运转支出。年末结转和结余{w(balance)}万元，均为国土绿化和有害生物防治项目跨年度实施形成的结转资金。"))
    b.append(P(f"按资金来源分，一般公共预算财政拨款支出{w(gp)}万元（基本支出{w(gp_b)}万元，项目支出{w(gp_p)}万元）；政府性基金预算财政拨款支出{w(fund_p)}万元（项目支出{w(fund_p)}万元）；其他资金支出{w(oth_p)}万元（项目支出{w(oth_p)}万元）。"))
    b.append(P(f"与上年相比，2024年度支出合计较2023年决算{w(prior_total)}万元增加{w(total - prior_total)}万元，增长{pct(total - prior_total, prior_total)}%，主要是省级下达国土绿化造林补助资金增加。分单位看，局机关本级支出{w(units[0][1] + units[0][2])}万元，县林业工作总站支出{w(units[1][1] + units[1][2])}万元，县森林病虫害防治检疫站支出{w(units[2][1] + units[2][2])}万元。"))
    b.append(H(2, "（三）预算执行及调整情况"))
    b.append(P(f"2024年年初预算{w(init)}万元（基本支出{w(basic_init)}万元，项目支出{w(proj_init)}万元），年中追加预算{w(adj_add)}万元，调整后预算{w(adjusted)}万元。全年实际支出{w(total)}万元，预算执行率{exec_rate}%。追加部分主要为省级国土绿化造林补助128.00万元、森林草原防火专项22.00万元和其他追加106.80万元。"))
    b.append(H(2, "（四）“三公”经费情况"))
    b.append(P(f"2024年“三公”经费预算{w(sg_budget_rec + sg_budget_car)}万元，实际支出{w(sg)}万元，其中：公务接待费{w(sg_rec)}万元，公务用车运行维护费{w(sg_car)}万元，因公出国（境）费0万元；较2023年决算{w(sg_prior)}万元减少{w(sg_prior - sg)}万元，下降{abs(sg_change)}%。全年公务接待12批次86人次，均为上级检查调研；局机关及所属单位公务用车5辆，均为森林防火和执法执勤用车。"))
    b.append(H(2, "（五）项目支出情况"))
    p1 = projects[0]
    b.append(P(f"1.森林草原防火专项。调整后预算{w(p1[2])}万元，实际支出{w(p1[3])}万元（即3,186,000元），执行率{pct(p1[3], p1[2])}%。主要用于专业扑火队伍补助、防火物资储备、瞭望塔视频监控运维和防火宣传。"))
    p2 = projects[1]
    b.append(P(f"2.国土绿化造林补助。调整后预算{w(p2[2])}万元，实际支出{w(p2[3])}万元，其中使用政府性基金{w(fund_p)}万元，执行率{pct(p2[3], p2[2])}%。"))
    p3, p4, p5 = projects[2], projects[3], projects[4]
    b.append(P(f"3.林业有害生物防治。实际支出{w(p3[3])}万元，执行率{pct(p3[3], p3[2])}%。4.天然林保护管护补助。实际支出{w(p4[3])}万元，执行率{pct(p4[3], p4[2])}%。5.草原生态保护补助奖励。实际支出{w(p5[3])}万元，执行率{pct(p5[3], p5[2])}%。"))

    b.append(H(1, "三、部门整体绩效目标完成情况"))
    b.append(P("（一）森林草原防火形势持续稳定。全年组织专业、半专业扑火队伍14支186人，落实生态护林员312名，建成并运维瞭望塔12座、视频监控点38处；开展春秋两季防火宣传进村入户活动64场次，发放宣传单2.3万余份，全县未发生重大森林草原火灾，森林火灾受害率0.12‰，低于0.9‰的控制目标。"))
    b.append(P("（二）国土绿化任务全面完成。完成人工造林1.26万亩，为年度任务1.2万亩的105%；完成森林抚育3.62万亩、退化林修复0.8万亩；义务植树发动干部群众2.1万人次，植树9.8万株。组织开展造林质量核查，抽查地块46个，当年造林平均成活率88.6%。"))
    b.append(P("（三）林业有害生物防治成效明显。设立美国白蛾、松材线虫病等监测点48个，全年监测面积120万亩，完成防治作业面积5.6万亩，其中飞机防治1.8万亩、地面防治3.8万亩；林业有害生物成灾率0.8‰，低于3‰的控制指标；完成产地检疫苗木1,260万株、调运检疫136批次。"))
    b.append(P("（四）天然林和草原保护扎实推进。落实天然林管护面积186.4万亩，与生态护林员和村集体签订管护合同214份；完成草原改良1.86万亩，为年度任务的93%，草原综合植被盖度达到72.3%；发放草原生态保护补助奖励74.00万元，惠及农牧户1,128户。"))
    b.append(P("（五）林长制和资源监管全面落实。建立县级林长9名、乡级林长56名、村级林长361名，全年各级林长巡林3,420人次；开展森林督查图斑核查，核实变化图斑214个，查处林业行政案件27起，收缴罚没款38.6万元，全部上缴国库；办理林木采伐许可审批156件、使用林地审核21件。"))

    b.append(P("（六）行政审批和便民服务持续优化。将林木采伐、使用林地审核等8项行政许可事项全部纳入县政务服务中心窗口办理，平均办理时限由法定20个工作日压缩至5个工作日；全年接待群众咨询1,460人次，办结群众诉求和12345热线转办件132件，按期办结率100%。"))
    b.append(P("（七）林业产业稳步发展。指导发展林下经济面积4.2万亩，培育食用菌、中草药、蓝莓等林下种植示范基地11个，带动农户1,030户；组织6家林产品企业参加省级展销活动，实现林下经济产值2.36亿元。"))
    b.append(P("（八）党建和队伍建设不断加强。局党组全年召开党组会议24次，开展理论学习中心组集中学习12次，组织党员干部开展党纪学习教育专题学习16次；开展“林草卫士”岗位练兵活动，组织业务培训9期、培训林草系统干部职工和生态护林员680人次；落实党风廉政建设主体责任，签订党风廉政建设责任书14份，开展廉政谈话38人次，全年未发生违规违纪问题。"))
    b.append(P("（九）宣传和科普成效明显。围绕森林防火、野生动物保护、林下经济等主题，在县融媒体中心发布稿件86篇，在省级以上媒体刊发信息12篇；开展“爱鸟周”“野生动物保护宣传月”活动8场，救护野生动物21只，全部放归自然；编印林业政策明白纸1.5万份，发放到全县9个乡镇、56个行政村。"))
    b.append(P("（十）安全生产和信访维稳平稳有序。开展林区安全生产大检查6次，检查林业经营单位、木材加工企业和森林旅游景区42家次，整改安全隐患37处；全年受理涉林信访事项19件，办结19件，按期办结率100%，无越级上访和群体性事件。"))
    b.append(P("（十一）项目绩效情况。"))
    desc = [
        "购置风力灭火机120台、2号工具3,600把、防火服860套，维护瞭望塔12座和视频监控点38处，组织专业扑火队伍集中训练4期。",
        "用于人工造林和退化林修复的整地、苗木、栽植和抚育管护，其中政府性基金安排120.00万元，全部用于人工造林苗木购置。",
        "完成美国白蛾等林业有害生物防治作业5.6万亩，购置防治药剂18.6吨，设立监测点48个，聘用测报员48名。",
        "用于186.4万亩天然林的管护劳务补助和管护站点维护，管护合同兑现率100%。",
        "发放草原禁牧补助和草畜平衡奖励，惠及农牧户1,128户，完成草原改良1.86万亩。",
    ]
    for t in project_paragraphs([(n, c, e, d) for (n, a, c, e), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(H(1, "四、自评工作开展情况"))
    for t in process_paragraphs(DEPT, Y, "县财政局", "局长孙立国", 11):
        b.append(P(t))
    b.append(H(1, "五、预算管理和资金使用情况"))
    for t in budget_process_paragraphs("我局", Y):
        b.append(P(t))
    for t in management_paragraphs("我局", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("我局", Y):
        b.append(P(t))
    b.append(P(f"（七）资产情况。截至2024年12月31日，我局（含所属单位）固定资产原值{w(fa_total)}万元，其中房屋及构筑物1486.30万元、车辆186.40万元（5辆）、通用设备512.68万元、森林防火等专用设备131.10万元；在用固定资产{w(fa_use)}万元，待报废处置的老旧设备26.36万元。全年新增固定资产96.80万元，主要为防火物资和监测设备；按规定报废处置资产12.40万元，处置收入0.62万元已全额上缴国库。"))
    assert D("1486.30") + D("186.40") + D("512.68") + D("131.10") == fa_total and fa_total - fa_use == D("26.36")
    b.append(P("（八）资金使用效益分析。从投入产出看，2024年每万元项目支出对应完成造林和抚育面积约51亩，森林火灾受害率、林业有害生物成灾率均控制在目标以内，重点生态工程资金使用效益较好；但部分项目资金集中在第四季度支付，资金使用的均衡性仍需提高。"))
    b.append(H(1, "六、绩效指标分析"))
    b.append(P("本次自评采用县财政局制定的部门整体支出绩效评价指标体系，分决策、过程、产出、效益4个一级指标，满分100分。主要指标情况如下："))
    b.append(P(f"1.在职人员控制率（3分）。本局核定编制42名，年末实有在职人员{act}人，在职人员控制率=41/42×100%=97.62%，控制率≤100%，得3分。"))  # PLANTED IC001: 编制 42 vs 44 elsewhere
    b.append(P(f"2.“三公经费”变动率（2分）。（本年“三公”经费决算数－上年“三公”经费决算数）/上年“三公”经费决算数×100%=（{w(sg)}－{w(sg_prior)}）/{w(sg_prior)}×100%={sg_change}%，变动率≤0得满分，得2分。"))
    b.append(P(f"3.预算执行率（8分）。预算执行率=实际支出/调整后预算×100%={w(total)}/{w(adjusted)}×100%={exec_rate}%。评分标准：执行率100%得满分，每降低1个百分点扣0.5分。得{s(s_exec)}分。"))
    b.append(P(f"4.预算调整率（4分）。预算调整率=预算调整数/年初预算数×100%={w(adj_add)}/{w(init)}×100%={adj_rate}%。评分标准：调整率≤10%得满分，每超过1个百分点扣0.1分。得{s(s_adj)}分。"))
    b.append(P(f"5.公用经费控制率（4分）。公用经费控制率=实际支出公用经费/预算安排公用经费×100%={w(pub)}/{w(pub_budget)}×100%={pub_rate}%，≤100%得满分，得4分。"))
    b.append(P(f"6.政府采购执行率（4分）。全年政府采购预算{w(buy_budget)}万元，实际采购金额{w(buy)}万元，政府采购执行率{buy_rate}%，≥95%得满分，得4分。"))
    b.append(P(f"7.固定资产利用率（4分）。固定资产利用率=在用固定资产/固定资产总额×100%={w(fa_use)}/{w(fa_total)}×100%={fa_rate_written}%，≥95%得满分，得4分。"))
    b.append(P("8.预决算信息公开性（3分）。2024年度部门预算和“三公”经费预算已于2024年2月在县政府门户网站公开，2023年度部门决算已于2024年8月公开，得3分。"))
    b.append(P(f"9.服务对象满意度（6分）。全年发放满意度调查问卷500份，收回482份，满意及基本满意450份，满意度93.40%。评分标准：满意度≥95%得满分，每降低1个百分点扣0.2分，得{s(s_sat)}分。"))
    b.append(H(1, "七、评价结论"))
    b.append(P(f"经自评，松岭县林业和草原局2024年度部门整体支出绩效自评得分{s(stated_total)}分，评价等级为“优”。其中决策{s(groups['决策'][1])}分、过程{s(groups['过程'][1])}分、产出{s(groups['产出'][1])}分、效益{s(groups['效益'][1])}分。（评价等级：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。）"))
    b.append(H(1, "八、存在的问题"))
    b.append(P("一是预算编制精准度有待提高。年中追加预算256.80万元，预算调整率15.02%，超过10%的控制标准，年初预算对省级转移支付项目预估不足。二是项目实施进度不均衡。国土绿化、有害生物防治项目受季节影响，资金集中在下半年支付，形成年末结转42.90万元。三是绩效目标设置不够细化，部分产出指标仍为定性表述，难以量化考核。"))
    b.append(H(1, "九、改进措施及建议"))
    b.append(P("一是加强预算编制的前瞻性，提前对接省市业务部门，将可预见的转移支付项目纳入年初预算。二是建立项目支出进度月通报制度，对执行进度滞后的项目及时督促。三是完善绩效目标体系，细化量化产出和效益指标，提高绩效目标的可衡量性。四是强化自评结果应用，将自评结果作为下年度预算安排的重要依据。"))
    b.append(H(1, "十、下一年度工作打算"))
    for t in plan_paragraphs("我局", Y, [
        "持续巩固森林草原防火成果，完成3座瞭望塔智能化改造，确保不发生重大森林草原火灾。",
        "科学推进国土绿化，计划完成人工造林1.0万亩、森林抚育3.0万亩。",
        "深化林长制改革，推进林长巡林数字化，实现巡林记录全程留痕。",
        "加强预算绩效管理，提高年初预算编制的完整性和准确性，将预算调整率控制在10%以内。",
    ]):
        b.append(P(t))
    b.append(H(1, "十一、自评结果应用及公开"))
    for t in application_paragraphs("我局"):
        b.append(P(t))
    b.append(H(1, "十二、其他需要说明的情况"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(Sign(["松岭县林业和草原局（盖章）", "单位负责人：孙立国", "填报人：于红梅　联系电话：0457-3321086", "2025年3月18日"]))

    b.append(PageBreak())
    b.append(Caption("附表1　2024年度收入支出决算总表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["收入", "", "支出", ""],
        ["项目", "决算数", "项目", "决算数"],
        ["一般公共预算财政拨款收入", w(fin), "基本支出", w(basic)],
        ["政府性基金预算财政拨款收入", w(fund), "其中：人员经费", w(pers)],
        ["其他收入", w(other), "　　　公用经费", w(pub)],
        ["", "", "项目支出", w(proj)],
        ["本年收入合计", w(income), "本年支出合计", w(total)],
        ["年初结转和结余", w(carry), "年末结转和结余", w(balance)],
        ["总计", w(income + carry), "总计", w(total + balance)],
    ], merges=[(0, 0, 0, 1), (0, 2, 0, 3)]))
    assert income + carry == total + balance
    b.append(Caption("附表2　2024年度分单位支出情况表"))
    b.append(P("单位：万元"))
    rows = [["单位名称", "2023年决算", "2024年支出合计", "基本支出", "项目支出"]]
    rows.append(["合计", w(prior_total), w(total), w(basic), w(proj)])
    for n, ub, up, prv in units:
        rows.append([n, w(prv), w(ub + up), w(ub), w(up)])
    b.append(Table(rows))
    b.append(Caption("附表3　2024年度项目支出执行情况表"))
    b.append(P("单位：万元"))
    rows = [["项目名称", "年初预算", "调整后预算", "实际支出", "执行率"]]
    for n, a, c, e in projects:
        rows.append([n, w(a), w(c), w(e), f"{pct(e, c)}%"])
    # PLANTED AR001: 年初预算 column sums to 790.00, written 780.00
    rows.append(["合计", "780.00", w(proj_adj), w(proj), f"{pct(proj, proj_adj)}%"])
    b.append(Table(rows))
    b.append(Caption("附表4　2023年度部门整体支出绩效自评表"))  # PLANTED YR001: title year 2023 in a 2024 report
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"]]
    merges = []
    for g in groups:
        start = len(rows)
        for r in SHEET:
            if r[0] == g:
                rows.append([r[0], r[1], r[2], s(r[3]), s(r[4]), r[5]])
        merges.append((start, 0, len(rows) - 1, 0))
        rows.append([f"{g}小计", "", "", s(groups[g][0]), s(groups[g][1]), ""])
    rows.append(["合计", "", "", "100", s(stated_total), ""])
    b.append(Table(rows, merges=merges))
    b.append(P("评价等级：优"))
    return b
