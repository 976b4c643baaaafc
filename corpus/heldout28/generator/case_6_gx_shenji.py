"""广西 · 桂岑县审计局 · 2024 年度 · PDF · 6 planted."""
from boiler import pick
from common import D, eq, f, g, pct, tot
from render import H, P, Caption, Sign, Table, Title

SLUG = "gx-guicen-shenji-2024"
FORMATS = ["pdf"]
U = "桂岑县审计局"

fin, sj = D("8120000.00"), D("440000.00")
inc = tot(fin, sj)
eq(inc, "8560000.00")
ry, gy = D("5186520.00"), D("737860.00")
basic = tot(ry, gy)
eq(basic, "5924380.00")
PROJ = [
    ("审计业务经费（含委托社会中介机构）", "1150000.00", "1126400.00"),
    ("审计信息化建设经费", "680000.00", "662820.00"),
    ("政府投资项目审计经费", "520000.00", "508000.00"),
    ("经济责任审计专项经费", "210000.00", "200000.00"),
    ("审计业务培训经费", "90000.00", "85000.00"),
]
pb = tot(*[x for _, x, _ in PROJ])
pa = tot(*[x for _, _, x in PROJ])
eq(pb, "2650000.00")
eq(pa, "2582220.00")
PA_TOTAL_WRITTEN = "2,528,220.00"  # PLANTED AR001: rows add up to 2,582,220.00
exp = tot(basic, pa)
eq(exp, "8506600.00")
bal = inc - exp
eq(bal, "53400.00")
exe = pct(exp, inc)
eq(exe, "99.38")
fin_exp, sj_exp = D("8076600.00"), D("430000.00")
eq(tot(fin_exp, sj_exp), exp)
eq(tot(fin - fin_exp, sj - sj_exp), bal)
SJ_EXP_WRITTEN = "34.00"  # PLANTED IC003: 807.66 + 34.00 = 841.66 ≠ 850.66 (上级补助支出 43.00)


def w(x):
    return g(D(x) / 10000)


eq(tot(w(basic), w(pa)), w(exp))
wt, zg = 126, 118
eq(pct(zg, wt), "93.65")
ZG_RATE = "93.56%"  # PLANTED AR005: 118/126 = 93.65%
jh, wc = 32, 30
eq(pct(wc, jh), "93.75")
# rule: 100% full, −0.2 per point below: 8 − 6.25×0.2 = 6.75 (6.8 / 6.6 per whole / started point)
eq(D(8) - D("6.25") * D("0.2"), "6.75")
JH_SCORE = "8"  # PLANTED SC002
sh_song, sh_jian = D("18642.36"), D("1526.80")
eq(pct(sh_jian, sh_song), "8.19")

SHEET = [
    ("决策（15分）", "绩效目标设定合理性", 5, "0", "5", ""),
    ("决策（15分）", "绩效指标明确性", 5, "0.5", "4.5", "部分指标未细化量化"),
    ("决策（15分）", "预算编制科学性", 5, "0", "5", ""),
    ("过程（25分）", "预算执行率", 10, "0", "10", ""),
    ("过程（25分）", "资金使用合规性", 5, "0", "5", ""),
    ("过程（25分）", "管理制度执行有效性", 5, "0.5", "4.5", "个别审计项目档案归档不及时"),
    ("过程（25分）", "资产管理规范性", 5, "0", "5", ""),
    ("产出（35分）", "审计项目计划完成率", 8, "0", JH_SCORE, ""),
    ("产出（35分）", "审计查出问题整改率", 8, "0", "8", ""),
    ("产出（35分）", "审计报告按时出具率", 6, "0", "6", ""),
    ("产出（35分）", "政府投资项目审减率", 7, "0.5", "6.5", "个别项目送审资料不全，审核周期延长"),
    ("产出（35分）", "重点领域审计覆盖面", 6, "0.5", "5.5", "部分乡镇未纳入年度审计计划"),
    ("效益（25分）", "促进整改落实资金", 8, "0", "8", ""),
    ("效益（25分）", "审计成果转化运用", 7, "0.5", "6.5", "审计建议采纳情况跟踪不够"),
    ("效益（25分）", "社会公众满意度", 10, "0", "10", ""),
]
assert sum(r[2] for r in SHEET) == 100
for r_ in SHEET:
    eq(D(r_[2]) - D(r_[3]), r_[4])
total = tot(*[r[4] for r in SHEET])
eq(total, "97.5")
TOTAL_SUMMARY = "95.7"  # PLANTED SC008: sheet and conclusion say 97.5


def blocks():
    b = [Title(f"{U}2024年度部门整体支出绩效自评报告")]
    b.append(P(f"按照《桂岑县财政局关于开展2024年度部门整体支出绩效自评工作的通知》要求，我局对2024年度部门整体支出开展了绩效自评。经自评，我局2024年度部门整体支出绩效自评得分{TOTAL_SUMMARY}分，自评等级为“优”。具体情况报告如下，请审阅："))
    b.append(H(1, "一、部门概况"))
    b.append(P("（一）主要职能。桂岑县审计局是县人民政府主管审计工作的工作部门，主要职责是：贯彻落实党中央关于审计工作的方针政策和决策部署以及自治区、市、县的工作要求；对县本级预算执行情况、决算草案和其他财政收支情况进行审计监督；对县直部门和乡镇的财政财务收支、国有企业和国有资本、政府投资项目、重大公共资金和民生资金进行审计监督；依法开展领导干部经济责任审计和自然资源资产离任审计；督促审计查出问题整改，向县委审计委员会和县人民政府报告审计结果。"))
    b.append(P("（二）机构和人员。我局内设办公室、财政审计股、经济责任审计股、固定资产投资审计股4个股室，下设县政府投资审计中心1个事业单位。核定编制28名，其中行政编制16名、事业编制12名；年末实有在职人员27人。"))
    b.append(P("（三）年度目标。2024年计划完成审计项目32个，审计查出问题整改率达到90%以上，审计报告在规定时限内按时出具，重点领域审计覆盖面进一步扩大，社会公众满意度保持在90%以上。"))
    b.extend(P(t) for t in pick(["dangjian", "lianzheng", "duiwu", "fazhi", "jiceng", "shuzi"], "局党组", "审计监督"))
    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"2024年我局本年收入{w(inc)}万元，其中财政拨款收入{w(fin)}万元、上级补助收入{w(sj)}万元（自治区审计厅下达的审计信息化补助资金），无上年结转。"))
    b.append(P(f"本年支出{w(exp)}万元，其中基本支出{w(basic)}万元、项目支出{w(pa)}万元；年末结转和结余{w(bal)}万元。预算执行率{exe}%。"))
    # PLANTED IC003
    b.append(P(f"按资金来源分，本年支出{w(exp)}万元，其中：财政拨款支出{w(fin_exp)}万元，上级补助收入安排的支出{SJ_EXP_WRITTEN}万元。"))
    b.append(P(f"基本支出中，人员经费{w(ry)}万元，公用经费{w(gy)}万元。“三公”经费支出2.86万元，全部为公务用车运行维护费，较上年下降。"))
    rows = [["项目", "金额（元）"],
            ["一、本年收入", f(inc)],
            ["  财政拨款收入", f(fin)],
            ["  上级补助收入", f(sj)],
            ["二、本年支出", f(exp)],
            ["  基本支出", f(basic)],
            ["    其中：人员经费", f(ry)],
            ["          公用经费", f(gy)],
            ["  项目支出", f(pa)],
            ["三、年末结转和结余", f(bal)]]
    b.append(Caption("表1 桂岑县审计局2024年度收入支出决算表"))
    b.append(Table(rows, widths=[3, 2]))
    prow = [["序号", "项目名称", "预算数（元）", "支出数（元）"]]
    for i, (n, bu, ac) in enumerate(PROJ, 1):
        prow.append([str(i), n, f(bu), f(ac)])
    prow.append(["", "合计", f(pb), PA_TOTAL_WRITTEN])
    b.append(Caption("表2 桂岑县审计局2024年度项目支出明细表"))
    b.append(Table(prow, widths=[0.5, 3.5, 1.5, 1.5]))
    b.append(H(1, "三、绩效目标完成情况"))
    b.append(P(f"（一）审计项目完成情况。2024年计划实施审计项目{jh}个，实际完成{wc}个，其中预算执行审计4个、经济责任审计11个、政府投资项目审计9个、专项审计调查6个。另有2个专项审计调查项目因上级审计机关统一组织的审计项目调用人员，延至2025年实施。"))
    assert 4 + 11 + 9 + 6 == wc
    b.append(P(f"（二）审计发现问题及整改情况。全年审计查出问题{wt}个，已整改{zg}个，整改率{ZG_RATE}；查出违规金额1,236.54万元、管理不规范金额3,862.40万元，促进整改落实有关问题资金2,856.32万元，向纪检监察机关移送问题线索3条。"))
    b.append(P(f"（三）政府投资项目审计。全年完成政府投资项目结算审核9个，送审金额{f(sh_song)}万元，审减金额{f(sh_jian)}万元，审减率{pct(sh_jian, sh_song)}%，节约了财政资金。"))
    b.append(P("（四）审计成果运用。全年向县委审计委员会、县政府报送审计要情和专题报告8篇，提出审计建议96条，被采纳89条；审计结果在县政府门户网站公告，审计发现的问题纳入被审计单位领导班子考核内容，审计结果和整改情况作为干部考核、任免和奖惩的重要依据。"))
    b.append(P("（五）审计报告出具情况。全年出具的审计报告均在审计实施结束后规定的时限内出具，审计报告按时出具率100%。"))
    b.append(P("（六）审计重点领域。围绕县委、县政府中心工作，重点关注乡村振兴衔接资金、义务教育和医疗卫生等民生资金、地方政府债务、国有资产管理和重大政策措施落实情况，对发现的资金闲置、项目进度滞后、政策落实不到位等问题及时向县政府报告，推动有关部门完善制度、堵塞漏洞。坚持研究型审计理念，探索“总体分析、发现疑点、分散核实、系统研究”的大数据审计方式，提高审计精准度和审计效率。"))
    b.extend(P(t) for t in pick(["xietong", "xuanchuan", "fengxian", "tongbao", "gaige", "xinfang", "zhengwu", "anquan"], "我局", "审计监督"))
    b.append(H(1, "四、部门整体支出管理情况"))
    b.extend(P(t) for t in pick(["mubiao_guanli", "yusuanguanli", "zijin_bofu", "caiwu", "kuaiji", "neikong", "zichan", "caigou", "hetong", "jixiao_yunxing", "jiandu", "zhengai_shangnian"], "我局", "审计监督"))
    b.append(H(1, "五、评价指标分析及得分"))
    b.extend(P(t) for t in pick(["zuzhi", "yiju", "chengxu", "fangfa", "shuju"], U, "审计"))
    b.append(P(f"预算执行率（10分）：全年预算{w(inc)}万元，实际支出{w(exp)}万元，预算执行率{exe}%。评分标准：预算执行率95%（含）以上得满分，每低1个百分点扣1分。本项得10分。"))
    b.append(P(f"审计项目计划完成率（8分）：全年计划完成审计项目{jh}个，实际完成{wc}个，完成率{pct(wc, jh)}%。评分标准：完成率100%得满分，每低于100%一个百分点扣0.2分，扣完为止。本项得{JH_SCORE}分。"))
    b.append(P(f"审计查出问题整改率（8分）：整改率{ZG_RATE}。评分标准：整改率90%（含）以上得满分，80%（含）—90%得6分，80%以下不得分。本项得8分。"))
    # PLANTED YR004: the satisfaction score rests on the 2023 appraisal
    b.append(P("社会公众满意度（10分）：根据2023年度全县机关绩效考核群众评议结果（优秀），本项得满分10分。"))
    srows = [["一级指标", "三级指标", "分值", "扣分", "得分", "扣分说明"]]
    merges = []
    start = 1
    for i, r_ in enumerate(SHEET):
        srows.append([r_[0], r_[1], str(r_[2]), r_[3], r_[4], r_[5]])
    for lvl in ("决策（15分）", "过程（25分）", "产出（35分）", "效益（25分）"):
        idx = [i + 1 for i, r_ in enumerate(SHEET) if r_[0] == lvl]
        merges.append((idx[0], 0, idx[-1], 0))
    deduct = tot(*[r[3] for r in SHEET])
    eq(100 - deduct, total)
    srows.append(["合计", "", "100", g(deduct, 1), g(total, 1), ""])
    b.append(Caption("附表 桂岑县审计局2024年度部门整体支出绩效自评评分表"))
    b.append(Table(srows, merges=merges, widths=[1.2, 2.6, 0.6, 0.6, 0.6, 2.6]))
    b.append(H(1, "六、评价结论"))
    b.append(P(f"综合以上各项指标评分，我局2024年度部门整体支出绩效自评综合得分{g(total, 1)}分，评价等级为“优”（90分及以上为优，80—89分为良，60—79分为中，60分以下为差）。"))
    b.append(H(1, "七、存在的问题"))
    b.append(P("一是审计力量与审计任务不匹配。审计人员中具有工程造价、信息技术等专业背景的人员较少，政府投资项目审计和大数据审计主要依靠委托社会中介机构，审计质量控制压力较大。二是审计整改长效机制有待完善，个别被审计单位存在屡审屡犯问题，审计整改“上半篇文章”与“下半篇文章”衔接不够紧密。"))
    b.append(P("三是" + pick(["wenti_jixiao"], U, "")[0]))
    b.append(P("四是" + pick(["wenti_renyuan"], U, "")[0]))
    b.append(P("五是" + pick(["wenti_jichu"], U, "")[0]))
    b.append(P("六是" + pick(["wenti_yusuan"], U, "")[0]))
    b.append(H(1, "八、改进措施"))
    b.extend(P(t) for t in pick(["cuoshi_yusuan", "cuoshi_zhixing", "cuoshi_zhidu", "cuoshi_jixiao", "cuoshi_renyuan", "cuoshi_jichu", "yishi", "jingyan", "jieguo_yingyong", "gongkai", "jianyi_caizheng", "jianyi_zhibiao", "jianyi_xinxihua", "guo_jinrizi", "zongjie", "hou_gongzuo"], U, "审计"))
    b.append(Sign(["桂岑县审计局（盖章）", "局长（签字）：黄永宁", "2025年3月20日"]))
    return b
