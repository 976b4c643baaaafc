"""江西 瑞溪县商务局 2023 年度部门整体支出绩效自评报告 (planted: 7).

Template: 江西 county form — 一至六 sections, 表一 transposed 预算执行表 (rows 年初预算 /
调整后预算 / 决算数, columns 合计 / 基本支出 / 项目支出), 表二 收入支出 side by side as two
columns of one table, 表三 三公, full-width digits in some prose, Chinese-numeral dates,
自评表 一级/二级/三级/分值/自评得分/偏差原因 with a 总分 row and grade bands under it.
"""

from __future__ import annotations

from common import (
    budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, cn_date, fw, management_paragraphs, monitoring_paragraphs, pct,
    process_paragraphs, score_at_least, score_at_most, w, wc,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "sw-ruixi-2023"
FORMATS = ["pdf"]
Y = 2023
DEPT = "瑞溪县商务局"

carry = D("12.40")
gp_inc, oth_inc = D("1386.52"), D("3.60")
income = gp_inc + oth_inc
assert income == D("1390.12")
pers, pub = D("402.18"), D("66.12")
basic = pers + pub
assert basic == D("468.30")
projects = [
    ("电子商务进农村综合示范", D("400.00"), D("420.00"), D("412.36")),
    ("外贸稳增长奖补资金", D("100.00"), D("186.00"), D("186.00")),
    ("招商引资专项经费", D("80.00"), D("152.52"), D("148.06")),
    ("消费促进活动经费", D("40.00"), D("98.00"), D("96.40")),
    ("商贸流通体系建设", D("30.00"), D("74.00"), D("65.60")),
]
proj = sum(p[3] for p in projects)
assert proj == D("908.42")
proj_init, proj_adj = sum(p[1] for p in projects), sum(p[2] for p in projects)
assert (proj_init, proj_adj) == (D("650.00"), D("930.52"))
total = basic + proj
assert total == D("1376.72")
balance = carry + income - total
assert balance == D("25.80")
basic_init, basic_adj = D("470.00"), D("472.00")
init, adjusted = basic_init + proj_init, basic_adj + proj_adj
assert (init, adjusted) == (D("1120.00"), D("1402.52"))
adj_amt = adjusted - init
assert adj_amt == D("282.52")
exec_rate = pct(total, adjusted)
assert exec_rate == D("98.16")
exec_written = D("98.61")  # PLANTED AR003: 1376.72/1402.52 is 98.16%
adj_rate = pct(adj_amt, init)
assert adj_rate == D("25.23")
cc_rate = pct(balance, adjusted)
assert cc_rate == D("1.84")
est_a, est_s = 14, 9
act_a, act_s = 15, 9
est, act = est_a + est_s, act_a + act_s
assert (est, act) == (23, 24)  # PLANTED IC006: 实有 24 above 编制 23, no explanation given
sg_budget = D("8.50")
sg_rec, sg_car = D("3.12"), D("4.14")
sg = sg_rec + sg_car
assert sg == D("7.26")
sg_prev = D("7.90")
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-8.10")
pub_b = D("68.00")
pub_rate = pct(pub, pub_b)
assert pub_rate == D("97.24")
buy_b, buy = D("96.00"), D("92.18")
buy_rate = pct(buy, buy_b)
assert buy_rate == D("96.02")
fa, fa_use = D("386.40"), D("372.80")
fa_rate = pct(fa_use, fa)
assert fa_rate == D("96.48")

s_adj = score_at_most(adj_rate, D(3), D(10), D("0.1"))
assert s_adj == D("1.48")
s_buy_true = score_at_least(buy_rate, D(5), D(98), D("0.5"))
assert s_buy_true == D("4.01")
s_buy = D(5)  # PLANTED SC002: rule gives 4.01 (or 4 / 4.5 per step), awarded 5
SHEET = [
    ("投入", "目标设定", "绩效目标合理性", D(4), D(4), ""),
    ("投入", "目标设定", "绩效指标明确性", D(4), D("3.5"), "部分指标未量化"),
    ("投入", "预算配置", "预算编制完整性", D(4), D(4), ""),
    ("投入", "预算配置", "“三公经费”变动率", D(4), D(4), ""),
    ("投入", "预算配置", "重点支出安排率", D(4), D(4), ""),
    ("过程", "预算执行", "预算执行率", D(6), D(6), ""),
    ("过程", "预算执行", "预算调整率", D(3), s_adj, "年中追加外贸奖补、招商经费"),
    ("过程", "预算执行", "结转结余率", D(3), D(3), ""),
    ("过程", "预算执行", "公用经费控制率", D(3), D(3), ""),
    ("过程", "预算执行", "政府采购执行率", D(5), s_buy, ""),
    ("过程", "预算管理", "管理制度健全性", D(3), D(3), ""),
    ("过程", "预算管理", "资金使用合规性", D(4), D("3.5"), "审计指出1笔招商经费报销附件不全"),
    ("过程", "资产管理", "固定资产利用率", D(3), D(3), ""),
    ("产出", "职责履行", "电商示范项目完成率", D(8), D(7), "村级服务点建设未全部完成"),
    ("产出", "职责履行", "外贸进出口目标完成率", D(8), D("5.2"), "完成率86.00%"),
    ("产出", "职责履行", "招商引资资金到位率", D(7), D("5.4"), "到位率87.64%"),
    ("产出", "职责履行", "消费促进活动完成率", D(7), D(7), ""),
    ("效果", "履职效益", "经济效益", D(8), D("6.2"), "外贸增速低于预期"),
    ("效果", "履职效益", "社会效益", D(6), D(5), "农村电商带动就业不足"),
    ("效果", "满意度", "服务对象满意度", D(6), D("5.6"), "满意度93.0%"),
]
assert sum(r[3] for r in SHEET) == 100
total_score = sum(r[4] for r in SHEET)
assert total_score == D("88.88")
grade_written = "优"  # PLANTED SC007: 88.88 is 良 under the stated bands (90 分以上为优)


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title(f"{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(P("根据《江西省省级部门整体支出绩效评价暂行办法》和瑞溪县财政局《关于开展2023年度县直部门预算绩效自评工作的通知》精神，我局对2023年度部门整体支出开展了绩效自评。现报告如下。"))
    for t in basis_paragraphs(DEPT, Y, "江西省", "《江西省县域商业建设行动资金管理办法》"):
        b.append(P(t))
    b.append(H(1, "一、部门基本情况"))
    b.append(P("（一）主要职能。瑞溪县商务局负责推进全县流通产业结构调整，指导商贸流通业发展和农村市场体系建设；负责推进电子商务发展；负责对外贸易促进和外资引进工作；负责招商引资的组织协调、项目跟踪服务和考核工作；负责促进消费工作，牵头组织各类消费促进活动；负责成品油流通、报废机动车回收、单用途商业预付卡等行业管理。"))
    b.append(P("（二）机构设置。局机关设办公室、外贸外资股、商贸流通股、电子商务股、招商服务股等5个股室，下属县电子商务服务中心1个公益一类事业单位。"))
    b.append(P(f"（三）人员情况。全局核定编制{est}名，其中行政编制{est_a}名，事业编制{est_s}名；2023年末实有在编人员{act}人，其中行政{act_a}人，事业{act_s}人。退休人员11人。"))
    b.append(P("（四）年度工作目标。2023年全县外贸进出口总额目标38.0亿元；引进省外项目资金110亿元；社会消费品零售总额增长6%以上；新建村级电商服务点140个；组织各类消费促进活动30场以上。"))
    b.append(H(1, "二、部门整体支出管理及使用情况"))
    b.append(H(2, "（一）收入情况"))
    b.append(P(fw(f"2023年度本年收入{w(income)}万元，其中一般公共预算财政拨款收入{w(gp_inc)}万元，其他收入{w(oth_inc)}万元。上年结转结余{w(carry)}万元，为电商服务中心上年未完工的乡镇服务站建设资金。")))
    b.append(H(2, "（二）支出情况"))
    b.append(P(fw(f"2023年度支出{w(total)}万元，其中基本支出{w(basic)}万元（人员经费{w(pers)}万元、公用经费{w(pub)}万元），项目支出{w(proj)}万元。年末结转结余{w(balance)}万元，主要为商贸流通体系建设项目年末未完成验收的尾款。")))
    b.append(P(f"分项目看：电子商务进农村综合示范项目支出{w(projects[0][3])}万元，外贸稳增长奖补资金{w(projects[1][3])}万元（兑现奖补企业23家），招商引资专项经费{w(projects[2][3])}万元，消费促进活动经费{w(projects[3][3])}万元，商贸流通体系建设{w(projects[4][3])}万元。"))
    b.append(H(2, "（三）预算调整及执行情况"))
    b.append(P(f"2023年年初预算{w(init)}万元，其中基本支出{w(basic_init)}万元，项目支出{w(proj_init)}万元；年中因外贸奖补政策兑现、招商活动增加等追加预算{w(adj_amt)}万元，调整后预算{w(adjusted)}万元，其中基本支出{w(basic_adj)}万元，项目支出{w(proj_adj)}万元。"))
    b.append(H(2, "（四）“三公”经费情况"))
    b.append(P(f"2023年“三公”经费预算{w(sg_budget)}万元，决算{w(sg)}万元，其中：公务接待费{w(sg_rec)}万元（接待客商考察团组41批次），公务用车运行维护费{w(sg_car)}万元，因公出国（境）费0万元。较2022年决算{w(sg_prev)}万元下降{abs(sg_chg)}%。"))
    b.append(H(2, "（五）资金管理情况"))
    for t in budget_process_paragraphs("我局", Y):
        b.append(P(t))
    for t in management_paragraphs("我局", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("我局", Y):
        b.append(P(t))
    b.append(P(f"（七）资产管理情况。年末固定资产总额{w(fa)}万元，其中车辆38.60万元、通用设备296.40万元、家具51.40万元；在用{w(fa_use)}万元，闲置13.60万元，主要为电商服务中心更换下来的旧服务器，已报请处置。"))
    assert D("38.60") + D("296.40") + D("51.40") == fa and fa - fa_use == D("13.60")
    b.append(H(1, "三、部门整体支出绩效情况"))
    b.append(H(2, "（一）自评工作开展情况"))
    for t in process_paragraphs("我局", Y, "县财政局", "局长钟海平", 8):
        b.append(P(t))
    b.append(H(2, "（二）年度工作完成情况"))
    b.append(P(fw("1.外贸稳中提质。全年完成外贸进出口总额32.68亿元，为年度目标38.0亿元的86.00%，其中出口27.41亿元、进口5.27亿元；新增有进出口实绩企业14家，全县有进出口实绩企业达到96家；组织企业参加广交会、进博会等境内外展会22场次，达成意向订单1.36亿美元。")))
    assert D("27.41") + D("5.27") == D("32.68") and pct(D("32.68"), D("38.0")) == D("86.00")
    b.append(P(fw("2.招商引资成效明显。全年新签约项目42个，签约总金额186.5亿元，其中投资亿元以上项目31个；引进省外项目资金96.4亿元，为年度目标110亿元的87.64%；新开工项目28个，新投产项目19个。实际利用外资1,260万美元。")))
    assert pct(D("96.4"), D("110")) == D("87.64")
    b.append(P("3.农村电商加快发展。建成县级电子商务公共服务中心1个、乡镇电商服务站18个、村级电商服务点126个（年度目标140个），县级物流配送中心日均处理快件3.2万件；开展电商培训36期，培训2,180人次；全年实现网络零售额18.6亿元，同比增长12.4%，其中农产品网络零售额6.3亿元。"))
    b.append(P("4.消费市场持续回暖。全年实现社会消费品零售总额86.4亿元，同比增长6.2%；组织“赣品网上行”“金秋消费季”等消费促进活动36场，发放政府消费券300万元，带动消费2.1亿元，消费券核销率98.7%；新增限额以上商贸企业27家。"))
    b.append(P("5.行业监管规范有序。开展成品油市场专项检查4次，检查加油站点86个次，整改问题12个；完成报废机动车回收拆解1,046辆；单用途预付卡备案企业58家，处理消费投诉21件，办结率100%。"))
    b.append(P("6.县域商业体系建设。实施县域商业建设行动，改造提升乡镇商贸中心3个、农贸市场2个，新建县级冷链物流中心1个（库容8,000吨），建成“快递进村”共配网点126个，实现行政村快递服务全覆盖；培育省级电商示范企业3家、电商示范村6个，全县电商经营主体达到2,860家，带动就业5,400余人。"))
    b.append(P("7.对外开放平台建设。依托县工业园区申报省级外贸转型升级基地1个，建成跨境电商产业园1个，入驻跨境电商企业18家，全年实现跨境电商进出口额2.36亿元；组织企业申报中央外经贸发展专项资金项目12个，获批资金186万元，由省商务厅直接拨付企业，不在本部门预算中反映。"))
    b.append(P("8.营商环境持续优化。落实“一把手”招商和项目“全程代办”制度，为42个签约项目配备代办员，帮助企业解决用地、用工、融资等问题63个；组织银企对接会4场，为外贸企业争取出口信用保险保费补贴，全县出口信用保险承保金额1.86亿美元；开展“万家企业大走访”活动，走访商贸流通企业和外贸企业312家次。"))
    b.append(P("9.安全生产和市场秩序稳定。牵头开展商贸领域安全生产专项整治，检查大型商超、农贸市场、报废机动车回收企业等场所146家次，整改安全隐患92处；组织开展“放心消费”创建活动，创建放心消费示范单位38家；全年未发生商贸领域较大以上安全事故。"))
    b.append(P("10.项目实施情况。"))
    desc = [
        "建成乡镇电商服务站18个、村级服务点126个，开展电商培训36期2,180人次，支持县级物流配送中心完成分拣设备升级。",
        "按《瑞溪县外贸稳增长奖补办法》兑现23家企业进出口奖补和展会补贴，资金全部直达企业。",
        "组织“三请三回”、赣商大会等招商推介活动14场，赴长三角、珠三角开展驻点招商46人次。",
        "组织“赣品网上行”“金秋消费季”等促消费活动36场，其中政府消费券300万元由县财政另行安排，不在本项目列支。",
        "完成县城农贸市场标准化改造2个、乡镇商贸中心改造3个，年末尚有1个项目未完成竣工验收。",
    ]
    for t in project_paragraphs([(n, c, e, d) for (n, a, c, e), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(H(2, "（三）主要指标分析"))
    b.append(P(fw(f"1.预算执行率（6分）。预算执行率=支出决算数/调整后预算数×100%={w(total)}/{w(adjusted)}×100%={exec_written}%。评分标准：执行率≥98%得满分，每降低1个百分点扣0.5分。得6分。")))
    b.append(P(f"2.预算调整率（3分）。预算调整率=调整数/年初预算数×100%={w(adj_amt)}/{w(init)}×100%={adj_rate}%。评分标准：≤10%得满分，每超过1个百分点扣0.1分，得{s(s_adj)}分。"))
    b.append(P(f"3.结转结余率（3分）。结转结余率=年末结转结余/调整后预算×100%={w(balance)}/{w(adjusted)}×100%={cc_rate}%，≤5%得满分，得3分。"))
    b.append(P(f"4.公用经费控制率（3分）。{w(pub)}/{w(pub_b)}×100%={pub_rate}%，≤100%得满分，得3分。"))
    b.append(P(f"5.政府采购执行率（5分）。政府采购预算{w(buy_b)}万元，实际采购{w(buy)}万元，执行率=实际采购金额/采购预算×100%={w(buy)}/{w(buy_b)}×100%={buy_rate}%。评分标准：执行率≥98%得满分，每降低1个百分点扣0.5分。得{s(s_buy)}分。"))
    b.append(P(f"6.固定资产利用率（3分）。在用固定资产{w(fa_use)}万元，固定资产总额{w(fa)}万元，利用率{fa_rate}%，≥95%得满分，得3分。"))
    b.append(P(f"7.“三公经费”变动率（4分）。（{w(sg)}－{w(sg_prev)}）/{w(sg_prev)}×100%={sg_chg}%，≤0得满分，得4分。"))
    b.append(P("8.服务对象满意度（6分）。向外贸企业、电商经营主体和招商项目业主发放问卷300份，收回有效问卷300份，满意279份，满意度93.0%。评分标准：满意度≥95%得满分，每降低1个百分点扣0.2分，得5.6分。"))
    assert score_at_least(D("93.0"), D(6), D(95), D("0.2")) == D("5.6")
    b.append(H(2, "（四）自评结论"))
    b.append(P(f"综合各项指标，我局2023年度部门整体支出绩效自评得分{s(total_score)}分，自评等级为“{grade_written}”。评价等级：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"))
    b.append(H(1, "四、存在的问题及原因分析"))
    b.append(P(f"（一）预算调整幅度较大。年中追加预算{w(adj_amt)}万元，预算调整率{adj_rate}%，主要是外贸奖补和招商活动经费年初未足额安排。（二）部分目标未完成。外贸进出口总额完成年度目标的86.00%，引进省外项目资金完成87.64%，村级电商服务点完成126个，未达到140个的目标。（三）政府采购执行率偏低，部分电商设备采购因供货延期未能在年内完成。"))
    b.append(P("（四）原因分析。外贸方面，受国际市场需求收缩和主要出口产品价格下行影响，全县纺织服装、电子元器件等主要出口产品订单减少，2家重点出口企业产能转移至省外，外贸进出口总额同比下降4.8%。招商方面，部分签约项目受企业资金和用地指标制约，资金到位进度慢于预期。电商方面，村级服务点建设需村集体提供场地和人员，部分村场地不符合标准，建设进度滞后。"))
    b.append(H(1, "五、下一步改进措施"))
    b.append(P("（一）提高预算编制的科学性，将外贸奖补、招商活动等经常性项目足额纳入年初预算，减少年中追加。（二）强化目标跟踪，按季度调度外贸、招商指标完成情况，对进度滞后的乡镇和企业开展精准服务。（三）加强政府采购计划管理，提前启动采购程序，确保采购项目按期完成。（四）加快村级电商服务点建设，2024年上半年完成剩余14个服务点建设任务。"))
    b.append(P("（五）2024年工作安排。"))
    for t in plan_paragraphs("我局", Y, [
        "稳住外贸基本盘，力争全年外贸进出口总额达到36亿元。",
        "紧盯“三请三回”，全年引进省外项目资金105亿元以上。",
        "持续推进县域商业体系建设，完成村级电商服务点建设任务。",
        "加强预算绩效管理，严格控制年中预算调整。",
    ]):
        b.append(P(t))
    b.append(H(1, "六、绩效自评结果拟应用和公开情况"))
    b.append(P("2022年度部门预算和“三公”经费预算已按规定在县政府门户网站公开。"))  # PLANTED YR003: 2022 in a 2023 evaluation
    for t in application_paragraphs("我局"):
        b.append(P(t))
    b.append(H(2, "（三）其他需要说明的情况"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(H(2, "（四）主要做法和经验"))
    b.append(P("（一）坚持项目为王，以招商引资带动商务工作全局。我局把招商引资作为“一号工程”，实行县领导领衔、部门包保、专班推进机制，对在谈、签约、落地项目实行清单化管理、节点化推进，全年召开项目调度会12次，协调解决项目推进中的困难问题。"))
    b.append(P("（二）坚持数字赋能，以电子商务拓展农产品销售渠道。依托电子商务进农村综合示范项目，整合邮政、快递和电商企业物流资源，建立“县有中心、乡有站、村有点”的三级物流配送体系，推动瑞溪脐橙、茶油、白莲等特色农产品“触网上行”，带动农民增收。"))
    b.append(P("（三）坚持惠企导向，以政策兑现稳住外贸基本盘。全面梳理外贸奖补政策，简化申报流程，实行“免申即享”“即申即享”，奖补资金在政策兑现期限内全部直达企业，企业获得感明显增强。"))
    b.append(Sign(["瑞溪县商务局（盖章）", "局长（签字）：钟海平", cn_date(2023, 12, 20)]))  # PLANTED YR002: dated before the evaluated year ends
    b.append(PageBreak())
    b.append(Caption("表一　2023年度部门预算执行情况表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["项目", "合计", "基本支出", "项目支出"],
        ["年初预算", w(init), w(basic_init), w(proj_init)],
        ["调整后预算", w(adjusted), w(basic_adj), w(proj_adj)],
        ["决算数", w(total), w(basic), w(proj)],
        ["执行率", f"{exec_rate}%", f"{pct(basic, basic_adj)}%", f"{pct(proj, proj_adj)}%"],
    ]))
    b.append(Caption("表二　2023年度收入支出决算表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["收入项目", "金额", "支出项目", "金额"],
        ["一般公共预算财政拨款收入", w(gp_inc), "基本支出", w(basic)],
        ["其他收入", w(oth_inc), "　人员经费", w(pers)],
        ["", "", "　公用经费", w(pub)],
        ["", "", "项目支出", w(proj)],
        ["本年收入合计", w(income), "本年支出合计", w(total)],
        ["上年结转结余", w(carry), "年末结转结余", w(balance)],
        ["收入总计", w(income + carry), "支出总计", w(total + balance)],
    ]))
    b.append(Caption("表三　2023年度项目支出明细表"))
    b.append(P("单位：万元"))
    rows = [["项目名称", "年初预算", "调整后预算", "决算数", "执行率"]]
    for n, a, c, e in projects:
        rows.append([n, w(a), w(c), w(e), f"{pct(e, c)}%"])
    rows.append(["合计", w(proj_init), w(proj_adj), w(proj), f"{pct(proj, proj_adj)}%"])
    b.append(Table(rows))
    b.append(Caption("表四　2023年度“三公”经费支出表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["项目", "2023年预算", "2023年决算", "2022年决算"],
        ["因公出国（境）费", "0.00", "0.00", "0.00"],
        ["公务接待费", "3.50", w(sg_rec), "3.46"],
        ["公务用车运行维护费", "5.00", "4.41", "4.44"],  # PLANTED AR001: 4.41 (prose 4.14); 0 + 3.12 + 4.41 = 7.53, not 7.26
        ["合计", w(sg_budget), w(sg), w(sg_prev)],
    ]))
    assert D("3.50") + D("5.00") == sg_budget and D("3.46") + D("4.44") == sg_prev
    b.append(PageBreak())
    b.append(Caption("附件　瑞溪县2023年度部门整体支出绩效自评表"))
    rows = [["一级指标", "二级指标", "三级指标", "分值", "自评得分", "偏差原因"]]
    for r in SHEET:
        rows.append([r[0], r[1], r[2], s(r[3]), s(r[4]), r[5]])
    rows.append(["总分", "", "", "100", s(total_score), ""])
    b.append(Table(rows))
    b.append(P(f"自评等级：{grade_written}　　（90分以上为优，80—89.99分为良，60—79.99分为中，60分以下为差）"))
    return b
