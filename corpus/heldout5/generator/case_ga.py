"""安徽 淮岭市公安局东湖分局 2024 年度部门整体支出绩效自评报告 (CLEAN).

Template: 安徽 city sub-bureau form — 一至六 sections, 表1 收入支出总表 (单列), 表2 分单位支出表
with the 合计 row first and a 派出所小计 group whose four stations follow it, 表3 项目, 表4 三公,
附件 自评表 with 总分 row first and each 一级 row carrying its group 分值/得分 above its items.
No carry-over and no balance (一般公共预算 spending equals its income).
"""

from __future__ import annotations

from common import (
    budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, management_paragraphs, monitoring_paragraphs, pct,
    process_paragraphs, score_at_least, score_at_most, w, wc,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "ga-donghu-2024"
FORMATS = ["pdf"]
Y = 2024
DEPT = "淮岭市公安局东湖分局"

gp_inc, oth_inc = D("7862.35"), D("36.80")
income = gp_inc + oth_inc
assert income == D("7899.15")
pers, pub = D("4687.95"), D("580.47")
basic = pers + pub
assert basic == D("5268.42")
projects = [
    ("办案业务经费", D("860.00"), D("842.36")),
    ("“天网工程”运维", D("620.00"), D("612.48")),
    ("交通管理设施维护", D("600.00"), D("580.40")),
    ("警务装备购置", D("380.00"), D("371.25")),
    ("社区警务专项", D("240.00"), D("224.24")),
]
proj = sum(p[2] for p in projects)
assert proj == D("2630.73")
proj_b = sum(p[1] for p in projects)
assert proj_b == D("2700.00")
total = basic + proj
assert total == income  # 上年结转 0, 年末结转结余 0
oth_sp = oth_inc  # 其他收入全部用于办案业务经费
gp_basic, gp_proj = basic, proj - oth_sp
assert gp_basic + gp_proj == gp_inc
stations = [
    ("东湖派出所", D("714.30"), D("254.12")),
    ("湖滨派出所", D("652.40"), D("223.75")),
    ("新桥派出所", D("598.12"), D("214.24")),
    ("城南派出所", D("553.45"), D("191.97")),
]
st_b, st_p = sum(x[1] for x in stations), sum(x[2] for x in stations)
assert (st_b, st_p) == (D("2518.27"), D("884.08"))
hq = (D("1820.15"), D("1166.25"))
tp = (D("930.00"), D("580.40"))
assert hq[0] + st_b + tp[0] == basic and hq[1] + st_p + tp[1] == proj
init, add = D("7520.00"), D("460.00")
adjusted = init + add
assert adjusted == D("7980.00")
basic_b = adjusted - proj_b
assert basic_b == D("5280.00")
exec_rate = pct(total, adjusted)
assert exec_rate == D("98.99")
adj_rate = pct(add, init)
assert adj_rate == D("6.12")
est, act, aux = 186, 179, 312
staff_rate = pct(D(act), D(est))
assert staff_rate == D("96.24")
sg_b_rec, sg_b_car = D("2.00"), D("60.00")
sg_rec, sg_car = D("1.12"), D("57.24")
sg = sg_rec + sg_car
assert sg == D("58.36")
sg_prev_rec, sg_prev_car = D("1.35"), D("59.70")
sg_prev = sg_prev_rec + sg_prev_car
assert sg_prev == D("61.05")
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-4.41")
pub_b = D("590.00")
pub_rate = pct(pub, pub_b)
assert pub_rate == D("98.38")
buy_b, buy = D("980.00"), D("952.30")
buy_rate = pct(buy, buy_b)
assert buy_rate == D("97.17")
fa, fa_use = D("6842.50"), D("6705.65")
fa_rate = pct(fa_use, fa)
assert fa_rate == D("98.00")
solved, filed = 842, 1268
solve_rate = pct(D(solved), D(filed))
assert solve_rate == D("66.40")

s_adj = score_at_most(adj_rate, D(3), D(5), D("0.5"))
assert s_adj == D("2.44")
s_110 = score_at_least(D("99.6"), D(5), D(100), D(1))
assert s_110 == D("4.60")
SHEET = [
    ("投入", [("绩效目标合理性", D(3), D(3)), ("绩效指标明确性", D(3), D(3)), ("在职人员控制率", D(3), D(3)),
              ("“三公经费”变动率", D(3), D(3)), ("预算调整率", D(3), s_adj)]),
    ("过程", [("预算执行率", D(8), D(8)), ("公用经费控制率", D(3), D(3)), ("政府采购执行率", D(4), D(4)),
              ("固定资产利用率", D(3), D(3)), ("管理制度健全性", D(4), D(4)), ("资金使用合规性", D(3), D(3))]),
    ("产出", [("刑事案件破案率", D(10), D(10)), ("电信网络诈骗立案数下降率", D(8), D(8)),
              ("道路交通事故死亡人数下降率", D(7), D(7)), ("110按时处警率", D(5), s_110), ("重点安保任务完成率", D(5), D(5))]),
    ("效益", [("社会治安秩序", D(10), D("9.5")), ("群众安全感", D(10), D(10)), ("群众满意度", D(5), D(5))]),
]
gsum = {g: (sum(i[1] for i in items), sum(i[2] for i in items)) for g, items in SHEET}
assert [v[0] for v in gsum.values()] == [15, 25, 35, 25]
total_score = sum(v[1] for v in gsum.values())
assert total_score == D("98.54")


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title(f"{DEPT}{Y}年度部门整体支出绩效自评报告"))
    b.append(P("根据《安徽省省级预算绩效管理办法》和淮岭市财政局《关于开展2024年度市直部门预算绩效自评工作的通知》要求，东湖分局组织开展了2024年度部门整体支出绩效自评工作，现将自评情况报告如下。"))
    for t in basis_paragraphs(DEPT, Y, "安徽省", "《公安机关经费保障标准》"):
        b.append(P(t))
    b.append(H(1, "一、部门概况"))
    b.append(P("（一）主要职能。东湖分局是淮岭市公安局的派出机构，负责东湖区辖区内的治安管理、刑事侦查、交通管理、户政管理、网络安全保卫、出入境证件受理、社区警务等公安工作，承担辖区重大活动安全保卫任务，预防、制止和侦查违法犯罪活动，维护辖区社会治安秩序。"))
    b.append(P("（二）机构设置。分局机关设指挥中心、政治处、警务保障室、法制大队、刑事侦查大队、治安管理大队、网络安全保卫大队等7个内设机构，下辖东湖、湖滨、新桥、城南4个派出所和交通警察大队。"))
    b.append(P(f"（三）人员情况。分局核定政法专项编制{est}名，2024年末实有民警{act}人，在职人员控制率{staff_rate}%；另有警务辅助人员{aux}人，由市公安局统一招聘、分局管理，不占用编制。离退休民警64人。"))
    b.append(H(1, "二、部门整体支出管理及使用情况"))
    b.append(P(f"（一）收入情况。2024年度收入合计{w(income)}万元，其中一般公共预算财政拨款收入{w(gp_inc)}万元，其他收入{w(oth_inc)}万元（为罚没物品变价款返还办案经费）。年初无结转结余。"))
    b.append(P(f"（二）支出情况。2024年度支出合计{w(total)}万元。按支出性质分，基本支出{w(basic)}万元，占{pct(basic, total)}%，其中人员经费{w(pers)}万元、公用经费{w(pub)}万元；项目支出{w(proj)}万元，占{pct(proj, total)}%。按资金来源分，一般公共预算财政拨款支出{w(gp_inc)}万元（基本支出{w(gp_basic)}万元，项目支出{w(gp_proj)}万元）；其他资金支出{w(oth_sp)}万元（项目支出{w(oth_sp)}万元）。年末无结转结余。"))
    b.append(P(f"按单位分，分局机关支出{w(hq[0] + hq[1])}万元；4个派出所支出合计{w(st_b + st_p)}万元，其中东湖派出所{w(stations[0][1] + stations[0][2])}万元、湖滨派出所{w(stations[1][1] + stations[1][2])}万元、新桥派出所{w(stations[2][1] + stations[2][2])}万元、城南派出所{w(stations[3][1] + stations[3][2])}万元；交通警察大队支出{w(tp[0] + tp[1])}万元。"))
    b.append(P(f"（三）预算调整情况。2024年年初预算{w(init)}万元，年中追加重大安保任务经费和“天网工程”扩容运维经费{w(add)}万元，调整后预算{w(adjusted)}万元（基本支出{w(basic_b)}万元、项目支出{w(proj_b)}万元），预算执行率{exec_rate}%。"))
    b.append(P(f"（四）“三公”经费情况。2024年“三公”经费预算{w(sg_b_rec + sg_b_car)}万元，决算{w(sg)}万元，其中公务接待费{w(sg_rec)}万元、公务用车运行维护费{w(sg_car)}万元；因公出国（境）费和公务用车购置费均为0。较2023年决算{w(sg_prev)}万元减少{w(sg_prev - sg)}万元，下降{abs(sg_chg)}%。分局现有执法执勤用车48辆，全部纳入公务用车平台管理。"))
    b.append(P("（五）资金管理情况。"))
    for t in budget_process_paragraphs("分局", Y):
        b.append(P(t))
    for t in management_paragraphs("分局", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("分局", Y):
        b.append(P(t))
    b.append(P(f"（六）资产管理情况。截至2024年末，分局固定资产原值{wc(fa)}万元，其中房屋3,680.20万元、车辆1,426.80万元（执法执勤用车48辆）、警用装备1,218.60万元、通用设备516.90万元；在用固定资产{wc(fa_use)}万元，待报废资产136.85万元。"))
    assert D("3680.20") + D("1426.80") + D("1218.60") + D("516.90") == fa and fa - fa_use == D("136.85")
    b.append(H(1, "三、部门整体支出绩效情况"))
    b.append(P("（一）自评工作开展情况。"))
    for t in process_paragraphs("分局", Y, "市财政局和市公安局", "分局局长周振宇", 12):
        b.append(P(t))
    b.append(P("（二）绩效目标完成情况。"))
    b.append(P(f"1.打击犯罪成效明显。全年刑事案件立案{filed}起，破案{solved}起，破案率{solve_rate}%，高于60%的年度目标；抓获犯罪嫌疑人1,036名，其中抓获网上在逃人员36名；破获命案积案2起，命案连续三年全破。"))
    b.append(P("2.电信网络诈骗高发态势得到遏制。全年电信网络诈骗立案386起，同比下降21.3%，高于下降10%的目标；紧急止付冻结涉案资金2,360万元，为群众挽回损失486万元；开展反诈宣传“进社区、进校园、进企业”活动312场次，国家反诈中心APP注册率提升至82.4%。"))
    b.append(P("3.治安和交通秩序持续向好。全年查处治安案件2,145起，行政拘留638人；110接警4.86万起，按时处警率99.6%；开展夜间巡逻防控，盗窃案件立案同比上升3.2%。辖区道路交通事故死亡12人，同比下降14.3%，查处酒驾醉驾违法行为1,128起。"))
    b.append(P("4.安保和服务任务圆满完成。圆满完成春节、“两会”、中考高考等重大安保任务26项，投入警力1.2万人次；户政窗口办理户籍业务3.2万件，“一网通办”办结率100%；出入境证件受理8,640件。"))
    b.append(P("5.群众安全感和满意度。据市统计局第三方调查，辖区群众安全感98.6%，高于95%的目标；群众对公安工作满意度93.2%，高于90%的目标。"))
    b.append(P("6.便民服务和“放管服”改革。推出户籍、出入境、交管等“一窗通办”事项68项，实现“跨省通办”事项18项；在4个派出所设立24小时自助服务区，全年自助办理业务2.1万件；为群众上门办理身份证320件，为企业开辟绿色通道办理出入境证件460件；全年收到群众感谢信和锦旗86件。"))
    b.append(P("7.网络安全和重点行业管理。开展“净网2024”专项行动，侦破网络犯罪案件48起，关停违法违规网站和账号126个；对辖区重点单位网络安全等级保护落实情况开展检查62家次，督促整改隐患94项；加强寄递物流、旅馆业、废旧金属收购等重点行业治安管理，检查场所1,860家次，查处违规经营行为132起。"))
    b.append(P("8.矛盾纠纷化解和信访维稳。深化“枫桥式公安派出所”创建，4个派出所均设立矛盾纠纷调解室，全年排查化解各类矛盾纠纷1,286起，化解率98.9%；受理公安信访事项164件，按期办结率100%，未发生进京赴省越级访；妥善处置各类涉稳突发事件21起。"))
    b.append(P("9.队伍建设和执法规范化。全年组织民警、辅警开展实战大练兵集中轮训12期，参训1,280人次；开展执法质量考评，抽查刑事、行政案卷640卷，案件质量优良率96.4%；落实“一案双查”，开展执法监督检查18次，整改执法问题46个；全年未发生民警违法违纪案件。"))
    b.append(P("10.基层基础工作。推进“一村（社区）一辅警”全覆盖，4个派出所共配备社区民警42名、驻社区辅警86名；完成实有人口采集录入12.6万人，出租房屋登记8,420户；建成智慧安防小区36个，发案同比下降37.5%。"))
    b.append(P("11.项目支出绩效情况。"))
    desc = [
        "保障刑事、治安案件侦办和涉案财物管理，全年办理刑事案件1,268起、治安案件2,145起；其他收入安排的36.80万元全部用于本项目。",
        "完成辖区1,860路视频监控点位运维和86路高清点位扩容，视频监控在线率98.7%。",
        "完成交通信号灯维护128处、交通标志标线更新42公里、隔离护栏维修6.8公里。",
        "购置执法记录仪160台、单警装备320套、无人机2架，装备配备达标率100%。",
        "保障4个派出所社区警务室运转，开展社区走访3.6万户次，采集更新社区基础信息4.2万条。",
    ]
    for t in project_paragraphs([(n, bud, sp, d) for (n, bud, sp), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(P("（三）主要量化指标计算。"))
    b.append(P(f"预算执行率=支出决算数/调整后预算×100%={w(total)}/{w(adjusted)}×100%={exec_rate}%，≥95%得满分，得8分。预算调整率={w(add)}/{w(init)}×100%={adj_rate}%，评分标准：≤5%得满分，每超过1个百分点扣0.5分，得{s(s_adj)}分。"))
    b.append(P(f"在职人员控制率={act}/{est}×100%={staff_rate}%，≤100%得满分，得3分。公用经费控制率={w(pub)}/{w(pub_b)}×100%={pub_rate}%，≤100%得满分，得3分。政府采购执行率={w(buy)}/{w(buy_b)}×100%={buy_rate}%，≥95%得满分，得4分。固定资产利用率={wc(fa_use)}/{wc(fa)}×100%={fa_rate}%，≥95%得满分，得3分。"))
    b.append(P(f"“三公经费”变动率=（{w(sg)}－{w(sg_prev)}）/{w(sg_prev)}×100%={sg_chg}%，≤0得满分，得3分。110按时处警率99.6%，评分标准：100%得满分，每降低1个百分点扣1分，得{s(s_110)}分。"))
    b.append(P("（四）自评结论。"))
    b.append(P(f"经自评，东湖分局2024年度部门整体支出绩效自评总分{s(total_score)}分，其中投入{s(gsum['投入'][1])}分、过程{s(gsum['过程'][1])}分、产出{s(gsum['产出'][1])}分、效益{s(gsum['效益'][1])}分，评价等级为“优”。"))
    b.append(H(1, "四、存在的问题"))
    b.append(P("一是预算调整率偏高。年中追加预算460.00万元，主要是重大安保任务和“天网工程”扩容运维经费年初未能预计。二是盗窃等多发性侵财案件有所上升，夜间巡防力量不足。三是部分项目执行率不高，社区警务专项执行率93.43%，交通管理设施维护执行率96.73%。"))
    assert pct(projects[4][2], projects[4][1]) == D("93.43") and pct(projects[2][2], projects[2][1]) == D("96.73")
    b.append(P("原因分析：一是重大安保任务具有不确定性，2024年辖区承办省级以上重大活动5项，均为年中确定，年初预算无法足额安排；“天网工程”扩容是根据市级统一部署实施，运维经费需随点位增加相应追加。二是辖区城中村改造和人口流动加快，出租房屋、群租房增多，夜间巡防警力不足，侵财类案件防控难度加大。三是社区警务专项部分支出按季度结算，12月发生的社区警务室水电、网络费用延至次年支付；交通管理设施维护项目部分标线施工受低温天气影响，工程量按实际完成结算。"))
    b.append(H(1, "五、下一步改进措施"))
    b.append(P("一是加强预算编制前期调研，将常态化安保任务经费纳入年初预算。二是优化巡逻防控布局，强化视频巡查和街面巡逻联动，压降侵财案件。三是加快项目实施进度，建立项目执行月调度机制。四是强化绩效结果运用，将自评结果作为2025年度预算安排的重要参考。"))
    b.append(P("2025年，分局将重点做好以下工作："))
    for t in plan_paragraphs("分局", Y, [
        "保持打击犯罪高压态势，刑事案件破案率稳定在60%以上。",
        "深化反诈“全民行动”，电信网络诈骗立案数继续下降。",
        "推进“天网工程”三期建设，新增高清视频点位300路。",
        "加强预算绩效管理，预算调整率控制在5%以内。",
    ])[1:]:
        b.append(P(t))
    b.append(H(1, "六、其他需要说明的情况"))
    b.append(P("分局警务辅助人员经费由市公安局统一列支，未纳入分局部门决算；分局执法执勤用车运行维护费按规定计入“三公”经费中的公务用车运行维护费。"))
    for t in application_paragraphs("分局"):
        b.append(P(t))
    b.append(P("（三）关于自评工作的说明。"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(P("（四）主要经验和做法。"))
    b.append(P("（一）坚持以打开路，保持对违法犯罪的高压态势。坚持“命案必破”“侵财必打”，深化打击治理电信网络诈骗犯罪，组织开展“夏季治安打击整治”等专项行动，以打开路、打防结合，有效压降了发案。"))
    b.append(P("（二）坚持基层基础，夯实社会治安防控根基。深化“一村（社区）一辅警”建设，推动警力下沉，将社区警务工作纳入基层网格化治理体系，实现社区警务与网格治理深度融合，群众安全感持续提升。"))
    b.append(P("（三）坚持科技强警，提升公安工作智能化水平。依托“天网工程”建设成果，推动视频监控资源与实战应用深度融合，视频监控在侦查破案、治安防控、交通管理中的作用日益突出。"))
    b.append(P("（四）坚持从严治警，锻造忠诚干净担当的公安队伍。常态化开展警示教育和纪律作风整顿，严格执法监督，推动执法规范化建设，队伍整体素质和执法水平不断提高。"))
    b.append(Sign(["淮岭市公安局东湖分局（公章）", "分局局长（签字）：周振宇", "2025年3月12日"]))
    b.append(PageBreak())
    b.append(Caption("表1　2024年度收入支出总表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["项目", "2024年度"],
        ["一、本年收入", w(income)],
        ["一般公共预算财政拨款收入", w(gp_inc)],
        ["其他收入", w(oth_inc)],
        ["二、本年支出", w(total)],
        ["基本支出", w(basic)],
        ["项目支出", w(proj)],
        ["三、年初结转和结余", "0.00"],
        ["四、年末结转和结余", "0.00"],
    ]))
    b.append(Caption("表2　2024年度分单位支出情况表"))
    b.append(P("单位：万元"))
    rows = [["单位", "支出合计", "基本支出", "项目支出"],
            ["合计", w(total), w(basic), w(proj)],
            ["分局机关", w(hq[0] + hq[1]), w(hq[0]), w(hq[1])],
            ["派出所小计", w(st_b + st_p), w(st_b), w(st_p)]]
    for n, bb, pp in stations:
        rows.append([f"　{n}", w(bb + pp), w(bb), w(pp)])
    rows.append(["交通警察大队", w(tp[0] + tp[1]), w(tp[0]), w(tp[1])])
    b.append(Table(rows))
    b.append(Caption("表3　2024年度项目支出情况表"))
    b.append(P("单位：万元"))
    rows = [["项目名称", "调整后预算", "实际支出", "执行率"]]
    for n, bud, sp in projects:
        rows.append([n, w(bud), w(sp), f"{pct(sp, bud)}%"])
    rows.append(["合计", w(proj_b), w(proj), f"{pct(proj, proj_b)}%"])
    b.append(Table(rows))
    b.append(Caption("表4　2024年度“三公”经费情况表"))
    b.append(P("单位：万元"))
    b.append(Table([
        ["项目", "2024年预算", "2024年决算", "2023年决算"],
        ["“三公”经费合计", w(sg_b_rec + sg_b_car), w(sg), w(sg_prev)],
        ["1.因公出国（境）费", "0.00", "0.00", "0.00"],
        ["2.公务用车购置及运行维护费", w(sg_b_car), w(sg_car), w(sg_prev_car)],
        ["（1）公务用车购置费", "0.00", "0.00", "0.00"],
        ["（2）公务用车运行维护费", w(sg_b_car), w(sg_car), w(sg_prev_car)],
        ["3.公务接待费", w(sg_b_rec), w(sg_rec), w(sg_prev_rec)],
    ]))
    b.append(PageBreak())
    b.append(Caption("附件　2024年度部门整体支出绩效自评表"))
    rows = [["一级指标", "二级指标", "分值", "得分"], ["总分", "", "100", s(total_score)]]
    for g, items in SHEET:
        rows.append([g, "", s(gsum[g][0]), s(gsum[g][1])])
        for name, mx, sc in items:
            rows.append(["", name, s(mx), s(sc)])
    b.append(Table(rows))
    b.append(P("评价等级：优（90分及以上为优，80—89.99分为良，60—79.99分为中，60分以下为差）"))
    return b
