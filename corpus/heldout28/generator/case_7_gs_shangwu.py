"""甘肃 · 陇岚县商务局 · 2025 年度 · PDF · 6 planted + 1 info."""
from boiler import pick
from common import D, eq, f, g, pct, tot
from render import H, P, Caption, Sign, Table, Title

SLUG = "gs-longlan-shangwu-2025"
FORMATS = ["pdf"]
U = "陇岚县商务局"

bz_xz, bz_sy = 18, 7
bz = bz_xz + bz_sy
sy_written = 27  # PLANTED IC006: 27 在职 above 25 编制, no explanation
nb, adj = D("1250.00"), D("86.40")
full = tot(nb, adj)
eq(full, "1336.40")
fin, oth = D("1312.40"), D("24.00")
inc = tot(fin, oth)
eq(inc, full)
ry, gy = D("356.20"), D("56.66")
basic = tot(ry, gy)
eq(basic, "412.86")
proj = D("923.54")
exp = tot(basic, proj)
eq(exp, inc)  # 上年结转 0、年末结余 0: each source is spent in full
FIN_EXP_WRITTEN = "1,321.40"  # PLANTED IC002: 财政拨款收入 1,312.40, no carry-over, no balance
PROJ = [
    ("电子商务进农村综合示范项目", "386.00", "386.00"),
    ("县域商业体系建设项目", "312.54", "312.54"),
    ("促消费活动专项经费", "120.00", "120.00"),
    ("外贸发展及招商引资经费", "105.00", "105.00"),
]
eq(tot(*[x for _, x, _ in PROJ]), proj)
sg_b, sg = D("5.40"), D("4.86")
eq(pct(sg, sg_b), "90.00")
SG_RATE_WRITTEN = "91.00%"  # PLANTED AR003: 4.86/5.40 = 90.00%
cg_b, cg = D("62.00"), D("56.40")
CG_OPERAND = "58.40"  # PLANTED AR004: text states 实际采购金额 56.40
eq(pct(D(CG_OPERAND), cg_b), "94.19")
eq(pct(cg, cg_b), "90.97")
sat = "92.6%"

SHARE = {"A": D(1), "B": D("0.8"), "C": D("0.6"), "D": D(0)}
SHEET = [
    ("决策", "绩效目标设定", 5, "目标明确", "明确", "A"),
    ("决策", "预算编制合理性", 5, "合理", "合理", "A"),
    ("决策", "绩效指标明确性", 5, "细化量化", "个别指标未量化", "B"),
    ("过程", "预算执行率", 8, "≥95%", "100%", "A"),
    ("过程", "“三公”经费控制率", 5, "≤100%", SG_RATE_WRITTEN, "A"),
    ("过程", "政府采购执行率", 4, "≥90%", "94.19%", "A"),
    ("过程", "管理制度健全性", 4, "健全", "基本健全", "B"),
    ("过程", "资产管理规范性", 4, "规范", "规范", "A"),
    ("产出", "新建村级电商服务站点数", 8, "≥30个", "32个", "A"),
    ("产出", "消费促进活动场次", 7, "≥12场", "14场", "A"),
    ("产出", "外贸进出口总额", 7, "≥2.6亿元", "2.48亿元", "B"),
    ("产出", "商贸流通领域安全检查家次", 6, "≥200家次", "236家次", "A"),
    ("产出", "项目资金拨付及时性", 7, "按进度拨付", "部分滞后", "B"),
    ("效益", "社会消费品零售总额增速", 8, "≥6%", "6.4%", "A"),
    ("效益", "带动农产品网络销售额", 7, "≥1.2亿元", "1.35亿元", "A"),
    ("效益", "服务对象满意度", 10, "≥90%", sat, "A"),
]
assert sum(r[2] for r in SHEET) == 100
SC = [D(r[2]) * SHARE[r[5]] for r in SHEET]
total = tot(*SC)
eq(total, "95.4")


def blocks():
    b = [Title(f"{U}2025年度部门整体支出绩效自评报告")]
    b.append(P("根据县财政局《关于开展2025年度县级部门整体支出绩效自评工作的通知》安排，我局成立自评工作小组，对2025年度部门整体支出情况开展了自评，现将自评情况报告如下。"))
    b.append(H(1, "一、部门基本情况"))
    b.append(P("（一）部门职责。陇岚县商务局是县政府工作部门，主要负责拟订全县国内外贸易和招商引资的发展规划并组织实施；推进流通产业结构调整，指导城乡商贸流通体系和县域商业体系建设；负责电子商务进农村、农产品流通、消费促进、市场运行监测和重要生活必需品储备管理；负责对外贸易和外商投资促进工作；负责商贸流通行业安全生产监督管理；承办县委、县政府交办的其他事项。"))
    b.append(P(f"（二）机构人员。我局内设办公室、商贸流通股、对外贸易和投资促进股3个股室，下属县电子商务服务中心1个事业单位。核定编制{bz}名，其中行政编制{bz_xz}名、事业编制{bz_sy}名；2025年末实有在职人员{sy_written}人。"))
    b.append(P("（三）年度绩效目标。2025年新建村级电商服务站点30个以上；举办各类消费促进活动12场以上；外贸进出口总额达到2.6亿元；商贸流通领域安全检查200家次以上；社会消费品零售总额增长6%以上；带动农产品网络销售额1.2亿元以上；服务对象满意度90%以上。"))
    b.extend(P(t) for t in pick(["dangjian", "lianzheng", "duiwu", "fazhi", "gaige", "jiceng"], "局党组", "商务"))
    b.append(H(1, "二、部门预算收支情况"))
    b.append(P(f"2025年我局年初预算{f(nb)}万元，年中追加{g(adj)}万元，调整后预算{f(full)}万元。本年收入{f(inc)}万元，其中财政拨款收入{f(fin)}万元、其他收入{g(oth)}万元。上年结转和年末结余均为0。"))
    b.append(P(f"本年支出{f(exp)}万元，其中基本支出{g(basic)}万元（人员经费{g(ry)}万元、公用经费{g(gy)}万元），项目支出{g(proj)}万元，预算执行率100%。"))
    # PLANTED IC002
    b.append(P(f"从资金来源看，一般公共预算财政拨款支出{FIN_EXP_WRITTEN}万元，全部用于保障机构运转和商务发展重点项目。"))
    rows = [["项目名称", "调整后预算（万元）", "实际支出（万元）"]]
    for n, bu, ac in PROJ:
        rows.append([n, g(bu), g(ac)])
    rows.append(["合计", g(proj), g(proj)])
    b.append(Caption("表1 2025年度项目支出情况表"))
    b.append(Table(rows, widths=[3.2, 1.4, 1.4]))
    b.append(P(f"“三公”经费方面，全年“三公”经费预算{g(sg_b)}万元，实际支出{g(sg)}万元，全部为公务用车运行维护费和公务接待费，无因公出国（境）费用和公务用车购置费。"))
    b.append(P(f"政府采购方面，全年政府采购预算{g(cg_b)}万元，实际政府采购金额{g(cg)}万元，主要为电商服务站点设备和办公设备采购，采购程序规范。"))
    b.append(H(1, "三、绩效目标完成情况"))
    b.append(P("（一）电子商务进农村。全年新建村级电商服务站点32个，升级县级电商公共服务中心和县级物流配送中心，开展电商技能培训，带动农产品网络销售额1.35亿元，陇岚花椒、陇岚苹果等特色农产品线上销售规模持续扩大。"))
    b.append(P("（二）消费促进。围绕春节、“五一”、国庆等节点，举办汽车家电以旧换新、美食节、年货节等消费促进活动14场，全县社会消费品零售总额增长6.4%。"))
    b.append(P("（三）外贸和招商。全年外贸进出口总额2.48亿元，未完成2.6亿元的年度目标，主要是受国际市场需求下降影响，部分出口企业订单减少。全年引进商贸流通项目6个，到位资金3.2亿元。"))
    # PLANTED YR007: a three-digit year
    b.append(P("（四）商贸流通安全。202年度全县商贸流通领域共开展安全检查236家次，检查加油站、商场超市、餐饮企业、再生资源回收站点等，排查整改安全隐患，行业安全形势总体平稳。"))
    b.append(P("（五）县域商业体系建设。围绕补齐农村商业设施短板，支持改造提升乡镇商贸中心和农贸市场，引导连锁商超、物流快递企业向乡镇和村延伸网点，推动县乡村三级物流共同配送，农村消费品下行和农产品上行的渠道进一步畅通。同时加强市场运行监测，保障节日期间重要生活必需品市场供应和价格基本稳定，认真做好县级储备肉、储备菜的轮换和管理。"))
    b.extend(P(t) for t in pick(["xietong", "xuanchuan", "fengxian", "tongbao", "shuzi", "zhengwu", "xinfang", "anquan"], "我局", "商务"))
    b.append(H(1, "四、部门整体支出管理情况"))
    b.extend(P(t) for t in pick(["mubiao_guanli", "yusuanguanli", "zijin_bofu", "caiwu", "kuaiji", "neikong", "zichan", "caigou", "hetong", "jixiao_yunxing", "jiandu", "zhengai_shangnian"], "我局", "商务"))
    b.append(H(1, "五、主要指标评价"))
    b.extend(P(t) for t in pick(["zuzhi", "yiju", "chengxu", "fangfa", "shuju"], U, "商务"))
    b.append(P(f"“三公”经费控制率（5分）：“三公”经费控制率=实际支出/预算数×100%={g(sg)}/{g(sg_b)}×100%={SG_RATE_WRITTEN}。评分标准：控制率≤100%得满分，超过100%不得分。本项评价等级为A，得5分。"))
    b.append(P(f"政府采购执行率（4分）：政府采购执行率=实际采购金额/采购预算×100%={CG_OPERAND}/{g(cg_b)}×100%=94.19%。评分标准：执行率≥90%得满分，低于90%不得分。本项评价等级为A，得4分。"))
    # PLANTED SC004: 90%–95% is scored both 10 and 8
    b.append(P(f"服务对象满意度（10分）：通过问卷调查，服务对象满意度为{sat}。评分标准：满意度≥90%得10分，85%—95%得8分，85%以下得5分。本项评价等级为A，得10分。"))
    b.append(P("评分说明：本次自评采用等级评分法，评价等级A、B、C、D分别按分值的100%、80%、60%、0计分。"))
    srows = [["一级指标", "三级指标", "分值", "指标值", "实际完成值", "评价等级", "得分"]]
    for r_, s_ in zip(SHEET, SC):
        srows.append([r_[0], r_[1], str(r_[2]), r_[3], r_[4], r_[5], g(s_, 1)])
    srows.append(["合计", "", "100", "", "", "", g(total, 1)])
    b.append(Caption("表2 陇岚县商务局2025年度部门整体支出绩效自评表"))
    b.append(Table(srows, widths=[0.8, 2.6, 0.6, 1.2, 1.2, 0.8, 0.7]))
    b.append(P(f"经自评，我局2025年度部门整体支出绩效自评得分{g(total, 1)}分，评价等级为“优”（90分以上为优，80—90分为良，60—80分为中，60分以下为差）。"))
    b.append(H(1, "六、存在的问题"))
    b.append(P("一是外贸进出口未完成年度目标，外贸企业规模小、抗风险能力弱。二是部分项目资金拨付进度滞后，县域商业体系建设项目按验收进度拨付，年中拨付进度偏慢。三是村级电商服务站点运营可持续性不强，部分站点业务量偏少，站点运营主要依靠项目补助，市场化运营能力不足；电商人才缺乏，懂运营、会营销的本土电商人才较少，农产品标准化、品牌化程度不高，网销产品同质化现象较为突出，产品附加值偏低，带动农民增收的作用还没有充分发挥。"))
    b.append(P("四是" + pick(["wenti_jixiao"], U, "")[0]))
    b.append(P("五是" + pick(["wenti_jichu"], U, "")[0]))
    b.append(P("六是" + pick(["wenti_renyuan"], U, "")[0]))
    b.append(H(1, "七、改进措施及建议"))
    b.append(P("一是帮助外贸企业稳订单、拓市场，组织企业参加广交会、兰洽会等展会，落实出口信用保险和外贸发展专项资金支持政策。二是加快项目资金拨付进度，对县域商业体系建设项目实行分阶段验收、分阶段拨付。三是推动村级电商服务站点与邮政、快递、供销网点融合运营，提升站点自我造血能力。"))
    b.extend(P(t) for t in pick(["cuoshi_yusuan", "cuoshi_zhixing", "cuoshi_zhidu", "cuoshi_jixiao", "cuoshi_jichu", "cuoshi_renyuan", "yishi", "jingyan", "jieguo_yingyong", "gongkai", "jianyi_caizheng", "jianyi_zhibiao", "jianyi_xinxihua", "guo_jinrizi", "zongjie", "hou_gongzuo"], U, "商务"))
    # PLANTED CP001 (info): seal date left blank
    b.append(Sign(["陇岚县商务局（盖章）", "单位负责人：杨志平", "年    月    日"]))
    return b
