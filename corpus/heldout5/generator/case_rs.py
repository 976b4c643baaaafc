"""河北 清漳县人力资源和社会保障局 2024 年度部门整体支出绩效自评报告 (CLEAN).

Template: 河北 county form — 第X部分 headings, tables in 元 with thousands separators
(prose in 万元, rounded), 表1 收入表 with 合计 row first and nested 其中 rows, 表2 支出表 with a
two-row header (基本支出 split into 人员经费/公用经费) and rows 调整后预算 / 2024年决算 /
2023年决算, 表3 分单位 table, 表4 三公, 附件 自评表 with 分值（A）/得分（B）/得分率（B/A）/偏差原因.
"""

from __future__ import annotations

from common import (
    budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, cn_date, management_paragraphs, monitoring_paragraphs, pct, process_paragraphs,
    score_at_least, score_at_most, w, wc, yuan_to_wan,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "rs-qingzhang-2024"
FORMATS = ["docx"]
Y = 2024
DEPT = "清漳县人力资源和社会保障局"

# ---------------------------------------------------------------- figures (元)
gp_inc, oth_inc = D("31684520.00"), D("215600.00")
income = gp_inc + oth_inc
assert income == D("31900120.00")
pers, pub = D("16203150.00"), D("2223230.00")
basic = pers + pub
assert basic == D("18426380.00")
projects = [  # name, unit, 调整后预算, 支出, source
    ("就业补助资金（县级配套）", "县就业服务中心", D("5860000"), D("5812400"), "一般公共预算"),
    ("城乡居民基本养老保险县级补贴", "局机关", D("4200000"), D("4200000"), "一般公共预算"),
    ("人才引进及职称评审经费", "局机关", D("1350000"), D("1320000"), "一般公共预算"),
    ("人社信息化建设运维", "局机关", D("980000"), D("968600"), "一般公共预算"),
    ("劳动人事争议仲裁经费", "局机关", D("380000"), D("358800"), "一般公共预算"),
    ("劳动保障监察及根治欠薪", "县劳动保障监察综合行政执法队", D("620000"), D("598340"), "一般公共预算"),
    ("职业技能培训（培训收费）", "县就业服务中心", D("220000"), D("215600"), "其他收入"),
]
proj = sum(p[3] for p in projects)
assert proj == D("13473740")
proj_budget = sum(p[2] for p in projects)
assert proj_budget == D("13610000")
total = basic + proj
assert total == income  # 上年结转 0, 年末结转结余 0
gp_proj = sum(p[3] for p in projects if p[4] == "一般公共预算")
assert gp_proj == D("13258140") and basic + gp_proj == gp_inc
# budget
init, add = D("28640000"), D("3420000")
adjusted = init + add
assert adjusted == D("32060000")
pers_b, pub_b = D("16150000"), D("2300000")
basic_b = pers_b + pub_b
assert basic_b + proj_budget == adjusted
exec_rate = pct(total, adjusted)
assert exec_rate == D("99.50")
adj_rate = pct(add, init)
assert adj_rate == D("11.94")
# 2023 决算
p23_pers, p23_pub, p23_proj = D("15870210"), D("2110250"), D("12532400")
p23_basic = p23_pers + p23_pub
p23_total = p23_basic + p23_proj
assert p23_total == D("30512860")
# units: basic, project
units = [
    ("局机关", D("6120450")),
    ("县就业服务中心", D("5386920")),
    ("县社会保险事业服务中心", D("5402610")),
    ("县劳动保障监察综合行政执法队", D("1516400")),
]
assert sum(u[1] for u in units) == basic
uproj = {u[0]: sum((p[3] for p in projects if p[1] == u[0]), D(0)) for u in units}
assert sum(uproj.values()) == proj
# staff
est_a, est_s, act_a, act_s = 22, 58, 21, 55
est, act = est_a + est_s, act_a + act_s
staff_rate = pct(D(act), D(est))
assert staff_rate == D("95.00")
# 三公 (元)
sg_b_rec, sg_b_car = D("25000"), D("60000")
sg_rec, sg_car = D("16480"), D("54880")
sg = sg_rec + sg_car
assert sg == D("71360")
sg_prev = D("79520")
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-10.26")
pub_rate = pct(pub, pub_b)
assert pub_rate == D("96.66")
buy_b, buy = D("1260000"), D("1198500")
buy_rate = pct(buy, buy_b)
assert buy_rate == D("95.12")
fa, fa_use = D("8634200"), D("8512600")
fa_rate = pct(fa_use, fa)
assert fa_rate == D("98.59")
arb_rate, satisf = D("97.20"), D("94.60")

# the 万元 roundings used in prose add up as written
W = yuan_to_wan
assert W(pers) + W(pub) == W(basic) and W(basic) + W(proj) == W(total)
assert W(gp_inc) + W(oth_inc) == W(income) and W(basic) + W(gp_proj) == W(gp_inc)

# ---------------------------------------------------------------- scores
s_exec = score_at_least(exec_rate, D(8), D(100), D(1))
assert s_exec == D("7.50")
s_adj = score_at_most(adj_rate, D(4), D(5), D("0.2"))
assert s_adj == D("2.61")
s_arb = score_at_least(arb_rate, D(5), D(98), D("0.25"))
assert s_arb == D("4.80")
s_sat = score_at_least(satisf, D(8), D(95), D("0.5"))
assert s_sat == D("7.80")
SHEET = [
    ("决策（20分）", "绩效目标", "绩效目标合理性", D(5), D(5), ""),
    ("决策（20分）", "绩效目标", "绩效指标明确性", D(5), D(5), ""),
    ("决策（20分）", "预算配置", "预算编制科学性", D(5), D("4.5"), "年中追加342万元，年初预算编制不够充分"),
    ("决策（20分）", "预算配置", "在职人员控制率", D(5), D(5), ""),
    ("过程（30分）", "预算执行", "预算执行率", D(8), s_exec, "执行率99.50%"),
    ("过程（30分）", "预算执行", "预算调整率", D(4), s_adj, "调整率11.94%，超过5%"),
    ("过程（30分）", "预算执行", "“三公”经费变动率", D(3), D(3), ""),
    ("过程（30分）", "预算执行", "公用经费控制率", D(3), D(3), ""),
    ("过程（30分）", "预算执行", "政府采购执行率", D(3), D(3), ""),
    ("过程（30分）", "预算管理", "管理制度健全性", D(3), D(3), ""),
    ("过程（30分）", "预算管理", "资金使用合规性", D(3), D(3), ""),
    ("过程（30分）", "资产管理", "固定资产利用率", D(3), D(3), ""),
    ("产出（30分）", "产出数量", "城镇新增就业人数", D(8), D(8), ""),
    ("产出（30分）", "产出数量", "职业技能培训人次", D(6), D(6), ""),
    ("产出（30分）", "产出质量", "欠薪案件结案率", D(6), D(6), ""),
    ("产出（30分）", "产出质量", "劳动人事争议仲裁结案率", D(5), s_arb, "结案率97.20%，低于98%"),
    ("产出（30分）", "产出时效", "社保待遇按时足额发放率", D(5), D(5), ""),
    ("效益（20分）", "社会效益", "城镇登记失业率", D(6), D(6), ""),
    ("效益（20分）", "社会效益", "劳动关系和谐稳定", D(6), D("5.5"), "发生1起群体性欠薪事件"),
    ("效益（20分）", "满意度", "服务对象满意度", D(8), s_sat, "满意度94.60%"),
]
assert sum(r[3] for r in SHEET) == 100
total_score = sum(r[4] for r in SHEET)
assert total_score == D("96.71")


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title(f"{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(P("按照《河北省省级部门整体支出绩效评价管理暂行办法》和清漳县财政局《关于做好2024年度县级预算绩效自评工作的通知》（清财绩〔2025〕3号）要求，我局对2024年度部门整体支出开展了绩效自评，现将自评情况报告如下："))
    for t in basis_paragraphs(DEPT, Y, "河北省", "《河北省就业补助资金管理办法》"):
        b.append(P(t))
    b.append(H(1, "第一部分　部门概况"))
    b.append(H(2, "一、部门职能"))
    b.append(P("清漳县人力资源和社会保障局是县政府工作部门，主要职责包括：拟订全县人力资源和社会保障事业发展规划和政策并组织实施；统筹建立覆盖城乡的社会保障体系，组织实施城乡居民基本养老保险、工伤保险、失业保险政策；负责促进就业工作，拟订统筹城乡的就业发展规划和政策；负责全县职业能力建设和技能人才队伍建设；负责专业技术人员管理和职称工作；统筹拟订劳动人事争议调解仲裁制度和劳动关系政策，组织实施劳动保障监察，依法查处劳动保障违法案件，承担根治拖欠农民工工资工作。"))
    b.append(H(2, "二、机构和人员情况"))
    b.append(P("我局机关内设办公室、就业促进和职业能力建设股、社会保险股、人才开发和职称管理股、劳动关系股、政策法规股、劳动人事争议仲裁院等7个股室（院），下属县就业服务中心、县社会保险事业服务中心、县劳动保障监察综合行政执法队3个事业单位，纳入部门决算编报的单位共4个。"))
    b.append(P(f"截至2024年12月31日，全局核定编制{est}名，其中行政编制{est_a}名、事业编制{est_s}名；实有在职人员{act}人，其中行政人员{act_a}人、事业人员{act_s}人。局机关编制22名、实有21人；县就业服务中心编制24名、实有23人；县社会保险事业服务中心编制26名、实有25人；县劳动保障监察综合行政执法队编制8名、实有7人。另有离退休人员38人。"))
    assert 22 + 24 + 26 + 8 == est and 21 + 23 + 25 + 7 == act
    b.append(H(2, "三、部门收支情况"))
    b.append(P(f"（一）收入情况。2024年度收入合计{w(W(income))}万元（{wc(income)}元），其中：财政拨款收入{w(W(gp_inc))}万元，全部为一般公共预算财政拨款；其他收入{w(W(oth_inc))}万元，为县就业服务中心职业技能培训收费。年初无结转和结余。"))
    b.append(P(f"（二）支出情况。2024年度支出合计{w(W(total))}万元，其中：基本支出{w(W(basic))}万元，占57.76%；项目支出{w(W(proj))}万元，占42.24%。基本支出中，人员经费{w(W(pers))}万元，公用经费{w(W(pub))}万元。按资金来源分，一般公共预算财政拨款支出{w(W(gp_inc))}万元（基本支出{w(W(basic))}万元，项目支出{w(W(gp_proj))}万元）；其他资金支出{w(W(oth_inc))}万元（项目支出{w(W(oth_inc))}万元）。年末无结转和结余。"))
    assert pct(basic, total) == D("57.76") and pct(proj, total) == D("42.24")
    b.append(P(f"（三）预算调整情况。2024年年初预算{w(W(init))}万元，年中追加预算{w(W(add))}万元，主要是追加就业补助县级配套资金210.00万元、城乡居民基本养老保险县级补贴132.00万元，调整后预算{w(W(adjusted))}万元。与2023年决算{w(W(p23_total))}万元相比，2024年支出增加{w(W(total - p23_total))}万元，增长{pct(total - p23_total, p23_total)}%。"))
    assert D("2100000") + D("1320000") == add
    b.append(P(f"（四）“三公”经费情况。2024年“三公”经费预算{w(W(sg_b_rec + sg_b_car))}万元，实际支出{w(W(sg))}万元（{wc(sg)}元），其中公务接待费{wc(sg_rec)}元、公务用车运行维护费{wc(sg_car)}元，未发生因公出国（境）费用和公务用车购置费用。较2023年决算{wc(sg_prev)}元减少{wc(sg_prev - sg)}元，下降{abs(sg_chg)}%。"))
    b.append(H(1, "第二部分　部门整体支出绩效目标"))
    b.append(P("2024年我局部门整体支出绩效目标为：城镇新增就业2,600人以上，城镇登记失业率控制在4.5%以内；开展各类职业技能培训3,000人次以上；城乡居民基本养老保险参保率稳定在95%以上，社保待遇按时足额发放率100%；欠薪案件结案率100%，劳动人事争议仲裁结案率98%以上；服务对象满意度95%以上。"))
    b.append(H(1, "第三部分　绩效自评工作开展情况"))
    for t in process_paragraphs("我局", Y, "县财政局", "局长刘建华", 9):
        b.append(P(t))
    b.append(H(1, "第四部分　绩效目标实现情况"))
    b.append(H(2, "一、产出完成情况"))
    b.append(P("（一）就业形势保持稳定。全年城镇新增就业2,856人，完成年度目标2,600人的109.85%；帮助失业人员再就业612人、就业困难人员实现就业186人；城镇登记失业率3.10%，控制在4.5%以内。组织“春风行动”“民营企业招聘月”等专场招聘会24场，参会企业412家次，提供岗位1.18万个，达成就业意向2,340人。"))
    b.append(P(f"（二）技能培训扎实开展。全年开展职业技能培训3,420人次，其中企业职工岗位技能提升培训1,260人次、农村劳动力转移就业培训1,540人次、创业培训620人次；取得职业资格证书或职业技能等级证书2,185人。就业补助资金（县级配套）支出{wc(projects[0][3])}元，即{w(W(projects[0][3]))}万元，主要用于职业培训补贴、社会保险补贴和公益性岗位补贴。"))
    assert 1260 + 1540 + 620 == 3420
    b.append(P(f"（三）社会保障覆盖面持续扩大。年末城乡居民基本养老保险参保286,430人，参保率96.2%；全年发放城乡居民养老金待遇9,862.6万元，惠及领取待遇人员6.84万人，按时足额发放率100%。县级财政补贴{w(W(projects[1][3]))}万元已全部拨付到位。工伤保险参保单位新增86家，失业保险参保职工2.31万人。"))
    b.append(P(f"（四）劳动者合法权益得到有效维护。全年受理欠薪案件46件，结案46件，结案率100%，为1,032名劳动者追回工资1,286.4万元；开展根治欠薪冬季专项行动，检查用人单位318户，工程建设项目96个。劳动人事争议仲裁院受理案件250件，审结243件，结案率{arb_rate}%，调解成功率63.4%。"))
    assert pct(D(243), D(250)) == arb_rate
    b.append(P(f"（五）人才工作稳步推进。引进各类急需紧缺人才58名，其中硕士研究生以上学历21名；组织完成中初级职称评审，申报1,126人，评审通过948人。人社信息化建设运维支出{w(W(projects[3][3]))}万元，实现社保卡“一卡通”应用场景32个，线上业务办理量占比达到71.5%。"))
    b.append(P("（六）创业带动就业成效明显。全年发放创业担保贷款2,860万元，扶持个人创业236人、小微企业14家，带动就业1,040人；建成县级创业孵化基地1个，入驻创业实体48家；举办“清漳创业大赛”1届，评选优秀创业项目12个，给予一次性创业补贴36万元（由就业补助资金列支）。"))
    b.append(P("（七）工伤和失业保险保障有力。全年认定工伤412件，工伤认定按时办结率100%；发放工伤保险待遇1,286.7万元，失业保险金386.4万元，惠及失业人员1,168人；向326家不裁员、少裁员的参保企业返还失业保险费218.6万元，稳定就业岗位1.86万个。"))
    b.append(P("（八）队伍和作风建设持续加强。局党组全年召开党组会议22次，开展理论学习中心组学习12次；开展“人社服务快办行动”，梳理高频服务事项86项，其中“即时办结”事项52项，“一件事一次办”事项14项；组织窗口人员业务技能练兵比武，全系统参加练兵人员126人次，评选“人社服务标兵”10名。全年收到群众表扬信和锦旗23件，未发生有效投诉。"))
    b.append(P("（九）政策宣传和信访工作扎实开展。组织“人社政策进万家”宣传活动38场，发放政策宣传资料2.6万份，通过县融媒体和“清漳人社”公众号推送政策解读文章164篇；全年受理人社领域信访事项87件，办结87件，按期办结率100%。"))
    b.append(H(2, "（十）项目支出绩效情况"))
    desc = [
        "发放职业培训补贴、社会保险补贴和公益性岗位补贴，开发公益性岗位142个，安置就业困难人员186人。",
        "按每人每月县级补贴标准足额配套，资金于每季度首月拨付至社保基金财政专户。",
        "组织引进急需紧缺人才58名，完成职称评审申报1,126人、评审通过948人，评审通过率84.19%。",
        "完成社保卡应用平台、就业信息平台和仲裁办案系统运维，全年系统可用率99.9%。",
        "用于仲裁庭审、案件送达、调解员补贴，全年受理仲裁案件250件。",
        "开展根治欠薪专项检查和劳动保障书面审查，全年检查用人单位318户，查处欠薪案件46件。",
        "开展培训收费项目的职业技能培训，全部由培训收费安排，收支相抵。",
    ]
    assert pct(D(948), D(1126)) == D("84.19")
    for t in project_paragraphs([(n, W(bud), W(sp), d) for (n, u, bud, sp, src), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(H(2, "二、效益实现情况"))
    b.append(P(f"一是社会效益。就业优先政策落地见效，重点群体就业保持稳定，高校毕业生就业率93.8%，脱贫人口务工规模稳定在1.42万人，全县劳动关系总体和谐稳定，仅发生1起群体性欠薪事件并在3日内妥善处置。二是满意度。通过窗口评价器、电话回访和问卷调查等方式开展服务对象满意度调查，共回收有效问卷1,500份，满意及比较满意1,419份，满意度{satisf}%。"))
    assert pct(D(1419), D(1500)) == satisf
    b.append(H(2, "三、预算管理情况"))
    for t in budget_process_paragraphs("我局", Y):
        b.append(P(t))
    for t in management_paragraphs("我局", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("我局", Y):
        b.append(P(t))
    b.append(P(f"（七）资产管理情况。截至2024年末，全局固定资产原值{wc(fa)}元，其中房屋5,260,000.00元、车辆486,000.00元、通用设备2,648,200.00元、家具240,000.00元；在用固定资产{wc(fa_use)}元，待处置资产121,600.00元，主要为已达使用年限的计算机和打印设备，已按程序申请报废。"))
    assert D("5260000") + D("486000") + D("2648200") + D("240000") == fa and fa - fa_use == D("121600")
    b.append(H(2, "四、主要指标评分情况"))
    b.append(P(f"1.在职人员控制率=在职人数/编制人数×100%={act}/{est}×100%={staff_rate}%，≤100%得满分，得5分。"))
    b.append(P(f"2.预算执行率=支出决算数/调整后预算数×100%={w(W(total))}/{w(W(adjusted))}×100%={exec_rate}%。评分标准：执行率100%得满分，每降低1个百分点扣1分，得{s(s_exec)}分。"))
    b.append(P(f"3.预算调整率=预算调整数/年初预算数×100%={w(W(add))}/{w(W(init))}×100%={adj_rate}%。评分标准：调整率≤5%得满分，每超过1个百分点扣0.2分，得{s(s_adj)}分。"))
    b.append(P(f"4.“三公”经费变动率=（{wc(sg)}－{wc(sg_prev)}）/{wc(sg_prev)}×100%={sg_chg}%，≤0得满分，得3分。公用经费控制率={w(W(pub))}/{w(W(pub_b))}×100%={pub_rate}%，≤100%得满分，得3分。"))
    b.append(P(f"5.政府采购执行率=实际采购金额/政府采购预算×100%={w(W(buy))}/{w(W(buy_b))}×100%={buy_rate}%，≥95%得满分，得3分。固定资产利用率=在用固定资产/固定资产总额×100%={w(W(fa_use))}/{w(W(fa))}×100%={fa_rate}%，≥98%得满分，得3分。"))
    b.append(P(f"6.劳动人事争议仲裁结案率{arb_rate}%，评分标准：≥98%得满分，每降低1个百分点扣0.25分，得{s(s_arb)}分。服务对象满意度{satisf}%，评分标准：≥95%得满分，每降低1个百分点扣0.5分，得{s(s_sat)}分。"))
    b.append(H(1, "第五部分　自评结论"))
    b.append(P(f"经综合评价，我局2024年度部门整体支出绩效自评得分{s(total_score)}分，等级为“优”。评价等级划分：90分（含）以上为“优”、80分（含）—90分为“良”、60分（含）—80分为“中”、60分以下为“差”。"))
    b.append(H(1, "第六部分　存在的问题及原因分析"))
    b.append(P(f"一是预算调整幅度偏大。年中追加预算{w(W(add))}万元，预算调整率{adj_rate}%，主要是上级就业补助资金和城乡居民养老保险补贴标准提高后县级配套增加，年初预算未能充分预计。二是部分项目执行进度偏慢。劳动保障监察及根治欠薪项目执行率{pct(projects[5][3], projects[5][2])}%，劳动人事争议仲裁经费执行率{pct(projects[4][3], projects[4][2])}%，部分宣传和办案经费结余。三是仲裁结案率未达到目标值，年末尚有7件案件处于审理期限内。"))
    b.append(H(1, "第七部分　改进措施"))
    b.append(P("一是提高预算编制质量，提前测算上级补助资金和政策调标对县级配套的影响，减少年中追加。二是加强项目执行监控，按月通报项目资金支出进度，对执行缓慢的项目及时调整。三是优化仲裁办案流程，推行速裁机制，提高结案率。四是持续开展满意度回访，针对群众反映较多的办事排队时间长问题，增设自助服务终端，推进“高效办成一件事”。"))
    b.append(H(1, "第八部分　2025年工作打算"))
    for t in plan_paragraphs("我局", Y, [
        "坚持就业优先，全年实现城镇新增就业2,700人以上，城镇登记失业率控制在4.5%以内。",
        "扎实推进技能培训，开展各类职业技能培训3,200人次以上。",
        "持续推进根治欠薪，实现欠薪案件动态清零。",
        "深化“高效办成一件事”改革，人社业务线上办理占比提高到75%以上。",
    ]):
        b.append(P(t))
    b.append(H(1, "第九部分　自评结果应用"))
    for t in application_paragraphs("我局"):
        b.append(P(t))
    b.append(H(1, "第十部分　其他需要说明的情况"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(Sign(["单位负责人（签字）：刘建华", "财务负责人（签字）：赵文静", "清漳县人力资源和社会保障局（盖章）", cn_date(2025, 3, 20)]))

    b.append(PageBreak())
    b.append(Caption("表1　2024年度部门收入情况表"))
    b.append(P("单位：元"))
    b.append(Table([
        ["项目", "2024年决算数", "2023年决算数"],
        ["收入合计", wc(income), wc(p23_total)],
        ["一、财政拨款收入", wc(gp_inc), wc(D("30305260"))],
        ["其中：一般公共预算财政拨款", wc(gp_inc), wc(D("30305260"))],
        ["　　　政府性基金预算财政拨款", "0.00", "0.00"],
        ["二、其他收入", wc(oth_inc), wc(D("207600"))],
        ["上年结转和结余", "0.00", "0.00"],
    ]))
    assert D("30305260") + D("207600") == p23_total
    b.append(Caption("表2　2024年度部门支出情况表"))
    b.append(P("单位：元"))
    b.append(Table([
        ["项目", "支出合计", "基本支出", "", "", "项目支出"],
        ["", "", "小计", "人员经费", "公用经费", ""],
        ["2024年调整后预算", wc(adjusted), wc(basic_b), wc(pers_b), wc(pub_b), wc(proj_budget)],
        ["2024年决算", wc(total), wc(basic), wc(pers), wc(pub), wc(proj)],
        ["2023年决算", wc(p23_total), wc(p23_basic), wc(p23_pers), wc(p23_pub), wc(p23_proj)],
    ], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]))
    b.append(Caption("表3　2024年度分单位支出情况表"))
    b.append(P("单位：元"))
    rows = [["单位", "支出合计", "基本支出", "项目支出"]]
    rows.append(["合计", wc(total), wc(basic), wc(proj)])
    for n, ub in units:
        rows.append([n, wc(ub + uproj[n]), wc(ub), wc(uproj[n])])
    b.append(Table(rows))
    b.append(Caption("表4　2024年度项目支出情况表"))
    b.append(P("单位：元"))
    rows = [["项目名称", "实施单位", "调整后预算", "实际支出", "执行率"]]
    for n, u, bud, sp, src in projects:
        rows.append([n, u, wc(bud), wc(sp), f"{pct(sp, bud)}%"])
    rows.append(["合计", "", wc(proj_budget), wc(proj), f"{pct(proj, proj_budget)}%"])
    b.append(Table(rows))
    b.append(Caption("表5　2024年度“三公”经费支出情况表"))
    b.append(P("单位：元"))
    b.append(Table([
        ["项目", "2024年预算", "2024年决算", "2023年决算"],
        ["合计", wc(sg_b_rec + sg_b_car), wc(sg), wc(sg_prev)],
        ["因公出国（境）费", "0.00", "0.00", "0.00"],
        ["公务接待费", wc(sg_b_rec), wc(sg_rec), wc(D("19860"))],
        ["公务用车购置及运行维护费", wc(sg_b_car), wc(sg_car), wc(D("59660"))],
        ["其中：公务用车运行维护费", wc(sg_b_car), wc(sg_car), wc(D("59660"))],
    ]))
    assert D("19860") + D("59660") == sg_prev
    b.append(PageBreak())
    b.append(Caption("附件　清漳县2024年度部门整体支出绩效自评表"))
    rows = [["一级指标", "二级指标", "三级指标", "分值（A）", "得分（B）", "得分率（B/A）", "偏差原因分析"]]
    merges = []
    cur, start = None, 1
    for r in SHEET:
        if r[0] != cur:
            if cur is not None:
                merges.append((start, 0, len(rows) - 1, 0))
            cur, start = r[0], len(rows)
        rows.append([r[0], r[1], r[2], s(r[3]), s(r[4]), f"{pct(r[4], r[3])}%", r[5]])
    merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["合计", "", "", "100", s(total_score), f"{pct(total_score, D(100))}%", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    b.append(Table(rows, merges=merges))
    b.append(P(f"自评等级：优　　　填表人：赵文静　　　填表日期：{cn_date(2025, 3, 20)}"))
    return b
