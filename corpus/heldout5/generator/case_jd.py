"""辽宁 海州市辽滨区新华街道办事处 2024 年度部门整体支出绩效自评报告 (planted: 6).

Template: 辽宁 district street-office form — 一至七 sections, 收入支出 table by function class
(功能分类 类级 rows, no 基本/项目 split), basic and project spending stated only in separate
paragraphs, projects table, 社区 list, 自评表 with merged 一级 cells ``决策（20）``,
二级/三级/权重/自评分/扣分说明, 合计 at the bottom, 评分日期 line.
"""

from __future__ import annotations

from common import (
    budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, management_paragraphs, monitoring_paragraphs, pct,
    process_paragraphs, score_at_least, score_at_most, w, wc,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "jd-xinhua-2024"
FORMATS = ["txt"]
Y = 2024
DEPT = "辽滨区新华街道办事处"

gp_inc, oth_inc = D("2168.40"), D("12.00")
income = gp_inc + oth_inc
assert income == D("2180.40")
pers, pub = D("1148.32"), D("178.26")
basic = pers + pub
assert basic == D("1326.58")
projects = [
    ("社区工作者薪酬补助", D("412.80"), D("412.80")),
    ("社区党群服务中心运转", D("96.00"), D("92.46")),
    ("老旧楼院环境整治", D("186.00"), D("181.36")),
    ("网格化社会治理", D("64.00"), D("60.20")),
    ("困难群众临时救助", D("48.00"), D("46.40")),
    ("应急物资储备", D("24.00"), D("20.60")),
    ("文明城市创建", D("42.00"), D("40.00")),
]
proj = sum(p[2] for p in projects)
assert proj == D("853.82")
proj_b = sum(p[1] for p in projects)
assert proj_b == D("872.80")
total = basic + proj
assert total == income  # 上年结转 0, 年末结转结余 0
proj_written = D("835.82")  # PLANTED AR006: 项目支出 written 835.82 in its own paragraph; 1326.58 + 835.82 ≠ 2180.40
gp_sp_written = D("2186.40")  # PLANTED IC002: 一般公共预算支出 2186.40, income 2168.40, no carry-over / balance
func = [  # 功能分类
    ("一般公共服务支出", D("986.42")),
    ("公共安全支出", D("84.80")),
    ("社会保障和就业支出", D("412.66")),
    ("卫生健康支出", D("68.40")),
    ("城乡社区支出", D("628.12")),
]
assert sum(f[1] for f in func) == total
init, add = D("2040.00"), D("172.80")
adjusted = init + add
assert adjusted == D("2212.80") and adjusted - proj_b == D("1340.00")
exec_rate = pct(total, adjusted)
assert exec_rate == D("98.54")
s_exec_true = score_at_least(exec_rate, D(10), D(100), D(1))
assert s_exec_true == D("8.54")
s_exec = D(10)  # PLANTED SC002: rule 100% full, 1 point per percentage point below → 8.54 (8 / 9 per step)
adj_rate = pct(add, init)
assert adj_rate == D("8.47")
est_a, est_s = 28, 22
est = est_a + est_s
act = 47
act_written_formula = 45  # PLANTED AR008: formula uses 45, the body states 47
staff_rate_written = pct(D(act_written_formula), D(est))
assert staff_rate_written == D("90.00")
workers = 86
sg_b, sg_rec, sg_car, sg_prev = D("5.00"), D("0.46"), D("3.66"), D("4.58")
sg = sg_rec + sg_car
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-10.04")
pub_b = D("185.00")
pub_rate = pct(pub, pub_b)
assert pub_rate == D("96.36")
assert D("812.40") + D("28.60") + D("184.70") + D("42.50") == D("1068.20")
buy_b, buy = D("86.00"), D("78.40")
buy_rate = pct(buy, buy_b)
assert buy_rate == D("91.16")
buy_rate_written = D("93.16")  # PLANTED AR005: 78.40/86.00 is 91.16%
drills, drills_t = 6, 8
s_drill = (D(7) * drills / drills_t).quantize(D("0.01"))
assert s_drill == D("5.25")
SHEET = [
    ("决策（20）", "绩效目标", "绩效目标合理性", D(5), D(5), ""),
    ("决策（20）", "绩效目标", "绩效指标明确性", D(5), D(5), ""),
    ("决策（20）", "预算配置", "在职人员控制率", D(5), D(5), ""),
    ("决策（20）", "预算配置", "预算调整率", D(5), D(5), ""),
    ("过程（30）", "预算执行", "预算执行率", D(10), s_exec, ""),
    ("过程（30）", "预算执行", "公用经费控制率", D(5), D(5), ""),
    ("过程（30）", "预算执行", "政府采购执行率", D(5), D(5), ""),
    ("过程（30）", "预算执行", "“三公经费”变动率", D(5), D(5), ""),
    ("过程（30）", "财务管理", "资金使用合规性", D(5), D("4.5"), "2笔差旅费报销手续不全"),
    ("产出（30）", "履职产出", "网格事件办结率", D(8), D(8), ""),
    ("产出（30）", "履职产出", "老旧楼院整治完成数", D(8), D(8), ""),
    ("产出（30）", "履职产出", "困难群众救助覆盖率", D(7), D(7), ""),
    ("产出（30）", "履职产出", "应急演练次数", D(7), s_drill, "完成6次，目标8次"),
    ("效益（20）", "履职效益", "社会效益", D(10), D("9.5"), "矛盾纠纷调解成功率略低于目标"),
    ("效益（20）", "满意度", "居民满意度", D(10), D(10), ""),
]
assert sum(r[3] for r in SHEET) == 100
total_score = sum(r[4] for r in SHEET)
assert total_score == D("97.25")
COMMUNITIES = ["新华", "光明", "胜利", "和平", "向阳", "朝阳", "建设", "友谊"]


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title(f"海州市{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(P("根据《辽宁省预算绩效管理办法》和辽滨区财政局《关于组织开展2024年度区级预算部门绩效自评工作的通知》要求，新华街道办事处对2024年度部门整体支出开展了绩效自评，现报告如下。"))
    for t in basis_paragraphs(DEPT, Y, "辽宁省", "《辽滨区街道经费保障管理办法》"):
        b.append(P(t))
    b.append(H(1, "一、部门基本情况"))
    b.append(P("（一）主要职能。新华街道办事处是辽滨区人民政府的派出机关，主要负责加强基层党建、统筹辖区发展、组织公共服务、实施综合管理、维护公共安全、推进基层治理、指导社区居民委员会建设、组织动员辖区单位和居民参与社区治理，完成区委、区政府交办的其他工作。"))
    b.append(P(f"（二）机构及人员。街道内设党政综合办公室、党建工作办公室、社区建设办公室、平安建设办公室、公共服务办公室等5个办公室，下设街道综合服务中心、综合行政执法队2个事业单位；下辖{'、'.join(COMMUNITIES)}{len(COMMUNITIES)}个社区。"))
    b.append(P(f"街道核定编制{est}名，其中行政编制{est_a}名、事业编制{est_s}名；2024年末实有在编人员{act}人。另聘用社区工作者{workers}人，薪酬由区财政按项目补助，不计入在编人数。辖区面积6.8平方公里，常住人口8.62万人。"))
    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"（一）收入情况。2024年收入合计{w(income)}万元，其中一般公共预算财政拨款收入{w(gp_inc)}万元，其他收入{w(oth_inc)}万元。上年结转和结余0万元。"))
    b.append(P(f"（二）支出情况。2024年支出合计{w(total)}万元，按功能分类：一般公共服务支出{w(func[0][1])}万元，公共安全支出{w(func[1][1])}万元，社会保障和就业支出{w(func[2][1])}万元，卫生健康支出{w(func[3][1])}万元，城乡社区支出{w(func[4][1])}万元。年末结转和结余0万元。"))
    b.append(P(f"本年基本支出{w(basic)}万元，其中人员经费{w(pers)}万元，主要用于在编人员工资、社会保障缴费、住房公积金等；公用经费{w(pub)}万元，主要用于办公、水电、物业、维修等机关运转。"))
    b.append(P(f"本年项目支出{w(proj_written)}万元，主要用于社区工作者薪酬补助、社区党群服务中心运转、老旧楼院环境整治、网格化社会治理、困难群众临时救助、应急物资储备和文明城市创建等7个项目。"))
    b.append(P(f"按资金来源分，一般公共预算财政拨款支出{w(gp_sp_written)}万元，其他资金支出{w(oth_inc)}万元，其他资金为辖区门市房租赁收入安排的社区活动经费。"))
    b.append(P(f"（三）预算调整情况。年初预算{w(init)}万元，年中追加{w(add)}万元（老旧楼院整治区级配套资金和文明城市创建经费），调整后预算{w(adjusted)}万元，预算执行率{exec_rate}%。"))
    b.append(P(f"（四）“三公”经费情况。2024年“三公”经费预算{w(sg_b)}万元，实际支出{w(sg)}万元，其中公务接待费{w(sg_rec)}万元，公务用车运行维护费{w(sg_car)}万元（应急保障用车1辆），较2023年{w(sg_prev)}万元下降{abs(sg_chg)}%。"))
    b.append(P("（五）资产情况。年末固定资产原值1,068.20万元，其中房屋812.40万元、车辆28.60万元、通用设备184.70万元、家具42.50万元；社区党群服务中心用房均登记在街道资产账上，由各社区使用管理。"))
    b.append(H(1, "三、年度工作完成情况"))
    b.append(P("（一）基层党建引领有力。街道党工委下设社区党委8个、非公企业和社会组织党支部26个，全年发展党员14名；开展“党员进社区、服务零距离”活动96场次，在职党员到社区报到1,380人次；建成“红色物业”示范小区11个。"))
    b.append(P("（二）网格化治理精细高效。全街道划分基础网格64个，配备专职网格员64名；全年网格员采集上报各类事件8,426件，办结8,308件，办结率98.60%；受理12345政务服务便民热线诉求2,418件，按时办结率99.2%。"))
    assert pct(D(8308), D(8426)) == D("98.60") and pct(D(81), D(86)) == D("94.19")
    b.append(P(f"（三）城市环境持续改善。完成老旧楼院环境整治12个，惠及居民2,680户，整治项目支出{w(projects[2][2])}万元；清理楼道堆物1,860处，新增非机动车充电桩320个；配合完成文明城市创建测评，点位达标率97.8%。"))
    b.append(P(f"（四）民生保障应保尽保。全年发放临时救助金{w(projects[4][2])}万元，救助困难群众312人次；为辖区618户低保家庭、42户特困人员做好动态管理和走访慰问；新增就业420人，帮助困难人员就业36人；开展居家养老上门服务1.26万人次。"))
    b.append(P(f"（五）平安建设扎实推进。组织开展消防、防汛、燃气泄漏等应急演练{drills}次（年度计划{drills_t}次）；排查整治安全隐患436处，整改率100%；调解矛盾纠纷236起，调解成功229起，调解成功率97.03%，略低于98%的目标；全年未发生较大及以上安全事故。"))
    assert pct(D(229), D(236)) == D("97.03")
    b.append(P("（六）居民满意度。委托第三方机构对辖区居民开展满意度电话调查，有效样本1,000个，满意962个，满意度96.2%。"))
    b.append(P("（七）退役军人服务和双拥工作。街道退役军人服务站和8个社区退役军人服务室全部实现规范化建设，全年走访慰问退役军人和其他优抚对象620人次，帮助12名退役军人实现就业；开展“八一”拥军慰问和“光荣之家”挂牌复查，为辖区驻军单位解决实际困难6件。"))
    b.append(P("（八）基层治理创新。推行“街道吹哨、部门报到”工作机制，全年街道吹哨86次，区直部门报到解决问题81个，解决率94.19%；建立“网格长+楼栋长+单元长”三级联动体系，选聘楼栋长216名、单元长648名；在8个社区推行“居民议事会”制度，全年召开议事会96次，解决停车难、楼道照明、垃圾清运等身边问题138件。"))
    b.append(P("（九）安全生产和消防。落实街道安全生产属地责任，组织开展“九小场所”、沿街门市、老旧小区消防安全专项检查24次，检查场所1,420家次，下达整改通知书186份，督促整改隐患436处；为独居老人、困难家庭免费安装独立式烟感报警器680个；开展燃气安全入户宣传1.2万户。"))
    b.append(P("（十）生态环境和城市管理。开展“清洁家园”行动，清运积存垃圾1,860吨，整治乱堆乱放点位420处；推进生活垃圾分类，建成分类投放点86个，居民分类知晓率达到92%；配合区城市管理部门拆除违章建筑36处、面积2,460平方米。"))
    b.append(P("（十一）为民服务和社区建设。街道便民服务中心设综合窗口12个，全年办理社保、民政、计生、残联等各类业务2.36万件，群众办事“最多跑一次”事项占比92.4%；8个社区全部建成“一站式”服务大厅，社区嵌入式养老服务站4个、社区食堂3个，全年为老年人提供助餐服务4.2万人次；开展“邻里节”“社区文化节”等活动68场，参与居民1.6万人次。"))
    b.append(P("（十二）招商和经济发展。全年走访辖区企业和个体工商户1,260家次，新引进市场主体186户，其中企业64户；协助辖区企业解决用工、融资、用电等问题41个；完成规模以上服务业企业培育入统3家。"))
    b.append(P("（十三）项目实施情况。"))
    desc = [
        f"按月足额发放{workers}名社区工作者薪酬，落实“五险一金”。",
        "保障8个社区党群服务中心水电、取暖、物业和活动开展，全年开放服务1.8万人次。",
        "整治老旧楼院12个，修缮屋面防水1.2万平方米，硬化楼院地面8,600平方米，新增非机动车充电桩320个。",
        "为64名网格员配备网格通终端，开展网格员培训6期，网格事件办结率98.60%。",
        "对突发性、紧迫性困难群众实施临时救助312人次。",
        "储备防汛、消防、应急救援物资82类3,600余件，部分物资年底招标后延至次年交付。",
        "开展背街小巷整治、公益广告更新和志愿服务活动，文明城市测评点位达标率97.8%。",
    ]
    for t in project_paragraphs([(n, bud, sp, d) for (n, bud, sp), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(H(1, "四、主要绩效指标分析"))
    b.append(P(f"（一）在职人员控制率（5分）。在职人员控制率=在职人数/编制人数×100%={act_written_formula}/{est}×100%={staff_rate_written}%，≤100%得满分，得5分。"))
    b.append(P(f"（二）预算调整率（5分）。预算调整率=追加预算/年初预算×100%={w(add)}/{w(init)}×100%={adj_rate}%，≤10%得满分，得5分。"))
    b.append(P(f"（三）预算执行率（10分）。预算执行率=支出决算/调整后预算×100%={w(total)}/{w(adjusted)}×100%={exec_rate}%。评分标准：执行率100%得满分，每降低1个百分点扣1分。得{s(s_exec)}分。"))
    b.append(P(f"（四）公用经费控制率（5分）。{w(pub)}/{w(pub_b)}×100%={pub_rate}%，≤100%得满分，得5分。"))
    b.append(P(f"（五）政府采购执行率（5分）。政府采购预算{w(buy_b)}万元，实际采购金额{w(buy)}万元，执行率为{buy_rate_written}%，≥90%得满分，得5分。"))
    b.append(P(f"（六）“三公经费”变动率（5分）。（{w(sg)}－{w(sg_prev)}）/{w(sg_prev)}×100%={sg_chg}%，≤0得满分，得5分。"))
    b.append(P(f"（七）应急演练次数（7分）。计划{drills_t}次，完成{drills}次，按完成比例得分，得{s(s_drill)}分。"))
    b.append(H(1, "五、预算管理情况"))
    for t in budget_process_paragraphs("街道", Y):
        b.append(P(t))
    for t in management_paragraphs("街道", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("街道", Y):
        b.append(P(t))
    b.append(H(1, "六、评价结论及存在问题"))
    b.append(P(f"（一）评价结论。经自评，新华街道办事处2024年度部门整体支出绩效自评得分{s(total_score)}分，等级为“优”。"))
    b.append(P("（二）存在问题。一是部分项目执行率偏低，应急物资储备项目执行率85.83%，社区党群服务中心运转项目执行率96.31%。二是应急演练未完成年度计划，2次演练因天气原因推迟至2025年一季度。三是社区工作者队伍流动性较大，全年离职9人，影响网格工作连续性。"))
    assert pct(projects[5][2], projects[5][1]) == D("85.83") and pct(projects[1][2], projects[1][1]) == D("96.31")
    b.append(P("（三）2025年工作打算。2025年街道计划完成老旧楼院整治10个，开展应急演练8次，网格事件办结率保持在98%以上，居民满意度保持在95%以上。"))
    b.append(P("（三）原因分析。一是项目前期谋划不足。应急物资储备项目年初未编制详细采购清单，物资需求在汛前才集中提出，招标时间晚，部分物资延至次年交付；社区党群服务中心运转项目按实际发生结算，部分社区冬季取暖费按供热季跨年结算。二是应急演练计划安排不合理。全年8次演练中有4次安排在第四季度，受寒潮和降雪天气影响，2次演练被迫推迟。三是社区工作者待遇偏低，职业发展通道不畅，年轻社区工作者流失较多，新招聘人员熟悉网格情况需要一定周期。"))
    b.append(H(1, "七、改进措施及结果应用"))
    b.append(P("一是加强项目执行管理，按季度制定用款计划，提高预算执行的均衡性。二是科学制定应急演练计划，避开汛期和冬季极端天气。三是完善社区工作者激励保障机制，稳定网格员队伍。"))
    for t in process_paragraphs("街道", Y, "区财政局", "街道办事处主任李春雨", 9):
        b.append(P(t))
    for t in application_paragraphs("街道"):
        b.append(P(t))
    b.append(P("（三）关于自评工作的说明。"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(P("（四）主要经验和做法。"))
    b.append(P("（一）坚持党建引领基层治理。以街道党工委为核心、社区党委为基础、网格党支部为支撑，构建“街道—社区—网格—楼栋”四级组织体系，推动党组织和党员力量下沉到网格、延伸到楼栋，发挥党建在基层治理中的统领作用。"))
    b.append(P("（二）坚持服务居民需求导向。围绕“一老一小”、困难群众、就业创业等居民关切，整合民政、人社、卫健等部门资源，推动服务事项下沉社区，打造“15分钟便民生活圈”，让居民办事更方便、生活更便利。"))
    b.append(P("（三）坚持精打细算过紧日子。严控一般性支出，压减非必要、非刚性支出，集中财力保障社区工作者薪酬、民生救助和城市环境整治等重点支出，提高了财政资金的使用效益。"))
    b.append(Sign(["辽滨区新华街道办事处（章）", "主任：李春雨", "2025年3月21日"]))
    b.append(PageBreak())
    b.append(Caption("表一　2024年度收入支出决算表（按功能分类）"))
    b.append(P("单位：万元"))
    rows = [["收入", "金额", "支出（功能分类）", "金额"],
            ["一般公共预算财政拨款收入", w(gp_inc), func[0][0], w(func[0][1])],
            ["其他收入", w(oth_inc), func[1][0], w(func[1][1])]]
    for n, v in func[2:]:
        rows.append(["", "", n, w(v)])
    rows.append(["本年收入合计", w(income), "本年支出合计", w(total)])
    rows.append(["上年结转和结余", "0.00", "年末结转和结余", "0.00"])
    b.append(Table(rows))
    b.append(Caption("表二　2024年度项目支出情况表"))
    b.append(P("单位：万元"))
    rows = [["序号", "项目名称", "调整后预算", "实际支出", "执行率"]]
    for i, (n, bud, sp) in enumerate(projects, 1):
        rows.append([str(i), n, w(bud), w(sp), f"{pct(sp, bud)}%"])
    rows.append(["", "合计", w(proj_b), w(proj), f"{pct(proj, proj_b)}%"])
    b.append(Table(rows))
    b.append(Caption("表三　2024年度部门整体支出绩效自评表"))
    rows = [["一级指标（权重）", "二级指标", "三级指标", "权重", "自评分", "扣分说明"]]
    merges = []
    cur, start = None, 1
    for r in SHEET:
        if r[0] != cur:
            if cur is not None:
                merges.append((start, 0, len(rows) - 1, 0))
            cur, start = r[0], len(rows)
        rows.append([r[0], r[1], r[2], s(r[3]), s(r[4]), r[5]])
    merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["合计", "", "", "100", s(total_score), ""])
    b.append(Table(rows, merges=merges))
    b.append(P("评价等级：优　　评分人：王丽娜　　评分日期：2024年11月30日"))  # PLANTED YR002: scored before the year ends
    return b
