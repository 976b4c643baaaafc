"""重庆 渝澜区图书馆 2024 年度部门整体支出绩效自评报告 (CLEAN).

Template: 重庆 district form for a 公益一类事业单位 — 一至五 sections, 表1 支出 table with
`其中：` columns (财政拨款 / 其他资金) beside 决算数, `其中：` rows (人员经费 / 公用经费) under
基本支出, an 调整后预算 column and a 2023 决算 column, 表2 收入 by source with 上年结转,
自评表 with an 评分标准 column per row (完成比例 scoring), 合计 at the bottom.
"""

from __future__ import annotations

from common import (
    budget_process_paragraphs, basis_paragraphs, reflection_paragraphs, project_paragraphs, plan_paragraphs, D, application_paragraphs, management_paragraphs, monitoring_paragraphs, pct,
    process_paragraphs, score_at_least, score_at_most, w, wc,
)
from render import Caption, H, P, PageBreak, Sign, Table, Title

SLUG = "tsg-yulan-2024"
FORMATS = ["txt"]
Y = 2024
DEPT = "重庆市渝澜区图书馆"

carry = D("22.80")
gp_inc, fund_inc, biz_inc, oth_inc = D("926.40"), D("60.00"), D("18.60"), D("5.20")
income = gp_inc + fund_inc + biz_inc + oth_inc
assert income == D("1010.20")
pers, pub = D("538.27"), D("74.18")
basic = pers + pub
assert basic == D("612.45")
projects = [
    ("公共图书馆免费开放补助", D("120.00"), D("118.40")),
    ("图书资源购置", D("167.00"), D("156.25")),
    ("全民阅读推广活动", D("48.00"), D("45.80")),
    ("总分馆体系建设（彩票公益金）", D("60.00"), D("60.00")),
    ("数字图书馆运维", D("22.00"), D("17.70")),
]
proj = sum(p[2] for p in projects)
assert proj == D("398.15")
proj_b = sum(p[1] for p in projects)
assert proj_b == D("417.00")
total = basic + proj
assert total == D("1010.60")
balance = carry + income - total
assert balance == D("22.40")
# by source: 财政拨款 (一般公共预算 + 政府性基金) / 其他资金 (事业收入 + 其他收入)
pers_f, pub_f, pub_o = pers, D("59.98"), D("14.20")
assert pub_f + pub_o == pub
proj_f, proj_o = D("393.15"), D("5.00")
assert proj_f + proj_o == proj
basic_f = pers_f + pub_f
fin_sp, oth_sp = basic_f + proj_f, pub_o + proj_o
assert (fin_sp, oth_sp) == (D("991.40"), D("19.20")) and fin_sp + oth_sp == total
gp_sp = fin_sp - D("60.00")
assert gp_sp == D("931.40")
# budget
pers_b, pub_b = D("540.00"), D("75.00")
basic_b = pers_b + pub_b
init, adj_amt = D("960.00"), D("72.00")
adjusted = init + adj_amt
assert adjusted == basic_b + proj_b == D("1032.00")
exec_rate = pct(total, adjusted)
assert exec_rate == D("97.93")
adj_rate = pct(adj_amt, init)
assert adj_rate == D("7.50")
cc_rate = pct(balance, adjusted)
assert cc_rate == D("2.17")
p23_pers, p23_pub, p23_proj = D("520.36"), D("69.76"), D("378.22")
p23_basic = p23_pers + p23_pub
p23 = p23_basic + p23_proj
assert p23 == D("968.34")
est, act, extra = 32, 30, 8
staff_rate = pct(D(act), D(est))
assert staff_rate == D("93.75")
sg_b = D("2.40")
sg_rec, sg_car = D("0.28"), D("1.58")
sg = sg_rec + sg_car
sg_prev = D("2.05")
sg_chg = pct(sg - sg_prev, sg_prev)
assert sg_chg == D("-9.27")
pub_rate = pct(pub, pub_b)
assert pub_rate == D("98.91")
buy_b, buy = D("172.00"), D("168.50")
buy_rate = pct(buy, buy_b)
assert buy_rate == D("97.97")
fa_books, fa_eq = D("1920.40"), D("925.90")
fa = fa_books + fa_eq
assert fa == D("2846.30")
fa_use = D("2812.10")
fa_rate = pct(fa_use, fa)
assert fa_rate == D("98.80")

s_exec = score_at_least(exec_rate, D(10), D(98), D(1))
assert s_exec == D("9.93")
s_adj = score_at_most(adj_rate, D(5), D(5), D("0.4"))
assert s_adj == D("4.00")
readers, readers_t = D("48.6"), D("50")
s_read = (D(10) * readers / readers_t).quantize(D("0.01"))
assert s_read == D("9.72")
branches, branches_t = 28, 30
s_branch = (D(10) * D(branches) / D(branches_t)).quantize(D("0.01"))
assert s_branch == D("9.33")
SHEET = [  # 一级, 三级, 分值, 评分标准, 得分
    ("预算编制", "绩效目标合理性", D(5), "目标与职责相符、细化量化的得满分，否则酌情扣分", D(5)),
    ("预算编制", "预算调整率", D(5), "≤5%得满分，每超1个百分点扣0.4分", s_adj),
    ("预算编制", "在职人员控制率", D(5), "≤100%得满分，否则不得分", D(5)),
    ("预算编制", "“三公”经费变动率", D(5), "≤0得满分，否则不得分", D(5)),
    ("预算执行", "预算执行率", D(10), "≥98%得满分，每降低1个百分点扣1分", s_exec),
    ("预算执行", "公用经费控制率", D(5), "≤100%得满分，否则不得分", D(5)),
    ("预算执行", "政府采购执行率", D(5), "≥95%得满分，每降低1个百分点扣0.5分", D(5)),
    ("预算执行", "结转结余率", D(5), "≤5%得满分，每超1个百分点扣0.5分", D(5)),
    ("预算执行", "固定资产利用率", D(5), "≥95%得满分，每降低1个百分点扣0.5分", D(5)),
    ("完成结果", "新增馆藏文献", D(10), "按完成比例得分，超额完成得满分", D(10)),
    ("完成结果", "到馆读者人次", D(10), "按完成比例得分，超额完成得满分", s_read),
    ("完成结果", "阅读推广活动场次", D(10), "按完成比例得分，超额完成得满分", D(10)),
    ("完成结果", "总分馆建设数量", D(10), "按完成比例得分，超额完成得满分", s_branch),
    ("完成结果", "读者满意度", D(10), "≥95%得满分，每降低1个百分点扣1分", D(10)),
]
assert sum(r[2] for r in SHEET) == 100
total_score = sum(r[4] for r in SHEET)
assert total_score == D("97.98")


def s(x: D) -> str:
    return f"{x.normalize():f}"


def blocks() -> list:
    b: list = []
    b.append(Title("重庆市渝澜区图书馆2024年度部门整体支出绩效自评报告"))
    b.append(P("根据《重庆市预算绩效管理办法》和区财政局《关于开展2024年度区级部门整体支出绩效自评工作的通知》（渝澜财发〔2025〕6号）要求，区图书馆对2024年度部门整体支出情况开展了自评，现将有关情况报告如下。"))
    for t in basis_paragraphs(DEPT, Y, "重庆市", "《重庆市公共图书馆服务规范》"):
        b.append(P(t))
    b.append(H(1, "一、部门概况"))
    b.append(H(2, "（一）部门职能"))
    b.append(P("重庆市渝澜区图书馆是区文化和旅游发展委员会所属公益一类事业单位，主要职能是：收集、整理、保存文献信息资源，向社会公众免费提供文献借阅、参考咨询、数字资源、讲座展览等公共文化服务；组织开展全民阅读推广活动；牵头建设区级公共图书馆总分馆体系，指导街镇分馆和村（社区）服务点业务工作；开展地方文献征集、古籍保护和图书馆学研究。"))
    b.append(H(2, "（二）机构设置及人员情况"))
    b.append(P(f"我馆内设办公室、采编部、借阅部、数字资源部、阅读推广部、总分馆管理部等6个部门。核定事业编制{est}名，2024年末实有在编人员{act}人，其中专业技术人员24人、管理人员4人、工勤技能人员2人；另有编外聘用人员{extra}人，经费在公用经费中列支，不计入在编人数。"))
    assert 24 + 4 + 2 == act
    b.append(H(2, "（三）年度绩效目标"))
    b.append(P("2024年度绩效目标：新增馆藏纸质文献2.8万册；到馆读者50万人次；开展阅读推广活动400场；建成街镇、村（社区）分馆30个；读者满意度95%以上；预算执行率98%以上。"))
    b.append(H(1, "二、部门整体支出绩效实现情况"))
    b.append(H(2, "（一）预算编制和执行情况"))
    b.append(P(f"1.收入情况。2024年收入合计{w(income)}万元，其中：一般公共预算财政拨款{w(gp_inc)}万元，政府性基金预算财政拨款（彩票公益金）{w(fund_inc)}万元，事业收入{w(biz_inc)}万元（主要为场地租赁和复印服务收入），其他收入{w(oth_inc)}万元。上年结转和结余{w(carry)}万元。"))
    b.append(P(f"2.支出情况。2024年支出合计{w(total)}万元，较2023年的{w(p23)}万元增长{pct(total - p23, p23)}%。其中：基本支出{w(basic)}万元，包括人员经费{w(pers)}万元、公用经费{w(pub)}万元；项目支出{w(proj)}万元。按资金性质分，财政拨款支出{w(fin_sp)}万元（其中一般公共预算{w(gp_sp)}万元、政府性基金{w(D('60.00'))}万元），其他资金支出{w(oth_sp)}万元。年末结转和结余{w(balance)}万元。"))
    b.append(P(f"3.预算调整情况。年初预算{w(init)}万元，年中追加图书资源购置{w(adj_amt)}万元，调整后预算{w(adjusted)}万元，其中基本支出{w(basic_b)}万元、项目支出{w(proj_b)}万元。预算执行率{exec_rate}%。"))
    b.append(P(f"4.项目支出情况。公共图书馆免费开放补助支出{w(projects[0][2])}万元，执行率{pct(projects[0][2], projects[0][1])}%；图书资源购置支出{w(projects[1][2])}万元，执行率{pct(projects[1][2], projects[1][1])}%，购置图书2.86万册、期刊报纸326种、电子书1.2万种；全民阅读推广活动支出{w(projects[2][2])}万元；总分馆体系建设支出{w(projects[3][2])}万元，全部为彩票公益金；数字图书馆运维支出{w(projects[4][2])}万元，执行率{pct(projects[4][2], projects[4][1])}%，结余主要是服务器租赁合同按季度结算。"))
    b.append(P(f"5.“三公”经费情况。2024年“三公”经费预算{w(sg_b)}万元，实际支出{w(sg)}万元，其中公务接待费{w(sg_rec)}万元、公务用车运行维护费{w(sg_car)}万元（流动图书车1辆），较上年{w(sg_prev)}万元下降{abs(sg_chg)}%。"))
    b.append(H(2, "（二）资金管理情况"))
    for t in budget_process_paragraphs("我馆", Y):
        b.append(P(t))
    for t in management_paragraphs("我馆", Y):
        b.append(P(t))
    for t in monitoring_paragraphs("我馆", Y):
        b.append(P(t))
    b.append(P(f"（七）资产管理。年末固定资产{wc(fa)}万元，其中图书文献{wc(fa_books)}万元、设备{w(fa_eq)}万元；在用固定资产{wc(fa_use)}万元，另有待剔除的旧损图书34.20万元，已按《公共图书馆文献剔旧管理办法》履行审批程序。全年新增图书资产156.25万元、设备资产18.60万元。"))
    assert fa - fa_use == D("34.20")
    b.append(H(2, "（三）绩效目标实现情况"))
    b.append(P("1.文献资源建设。全年新增纸质图书2.86万册，完成目标2.8万册的102.14%；年末馆藏纸质文献62.4万册，数字资源总量48TB。完成地方文献征集1,260件，修复古籍38册。"))
    assert pct(D("2.86"), D("2.8")) == D("102.14")
    b.append(P(f"2.读者服务。全年接待到馆读者48.6万人次，完成目标50万人次的{pct(readers, readers_t)}%；外借文献32.1万册次；新办读者证6,420张；数字资源访问量126万次。延长开放时间，每周开放84小时，节假日不闭馆。"))
    b.append(P("3.阅读推广。全年开展“渝澜书香”讲座、展览、读书会、少儿阅读等各类阅读推广活动420场，参与读者8.6万人次，其中线上活动96场、线下活动324场；“4·23”世界读书日期间开展主题活动28场。"))
    assert 96 + 324 == 420
    b.append(P(f"4.总分馆建设。全年新建分馆8个，累计建成分馆{branches}个，其中街镇分馆18个、村（社区）分馆10个，完成目标30个的{pct(D(branches), D(branches_t))}%；设立流动服务点36个，实现通借通还的分馆24个。"))
    assert 18 + 10 == branches
    b.append(P("5.读者满意度。通过线上问卷和现场调查共收回有效问卷1,000份，满意968份，读者满意度96.8%。"))
    b.append(P("6.服务效能提升。全面推行“一证通借通还”，读者凭身份证或电子读者证即可在总馆、分馆和服务点借还图书；上线“渝澜悦读”线上借书平台，读者线上下单、快递到家，全年线上借阅1.26万册次；在总馆设置24小时自助图书馆1个，全年自助借还4.8万册次；开展读者意见征集活动2次，收集意见建议86条，采纳落实62条。"))
    b.append(P("7.少儿和青少年服务。少儿借阅区全年接待少年儿童读者14.6万人次，外借少儿图书11.8万册次；开展“小小图书管理员”“亲子共读”“寒暑假阅读营”等品牌活动112场，参与家庭3,860户；与辖区26所中小学建立馆校合作关系，为学校配送图书1.6万册，开展“图书馆里的思政课”等研学活动34场。"))
    b.append(P("8.全民阅读氛围营造。联合区委宣传部、区教委等单位举办第十届渝澜读书月活动，开展“书香家庭”“最美读书人”评选，评选书香家庭50户、阅读推广人20名；在地铁站、商圈、公园设置城市书房和“悦读驿站”9个，全年服务市民12.4万人次；通过“渝澜图书馆”微信公众号发布阅读推荐和活动信息486条，粉丝数达到6.8万人。"))
    b.append(P("9.特色服务和社会合作。开展“阅读进万家”流动图书车服务，全年下乡进社区流动服务142次，流通图书3.8万册次；为视障读者提供有声读物和代借代还服务，服务视障读者460人次；与区教委合作建设校园阅读角12个，与区老年大学合作开设数字阅读课程8期；组建图书馆志愿者队伍3支，注册志愿者286人，全年志愿服务时长1.12万小时。"))
    b.append(P("10.地方文献和古籍保护。完成地方文献数据库建设，著录地方文献书目数据2,860条，数字化扫描民国报刊1.6万页；参加全市古籍普查登记，完成馆藏古籍普查登记326部，修复破损古籍38册，举办古籍保护专题展览2场。"))
    b.append(P("11.项目绩效情况。"))
    desc = [
        "保障馆舍免费开放、基本服务项目免费提供，全年免费开放天数358天。",
        "采购纸质图书2.86万册、期刊报纸326种、电子书1.2万种，图书采购均通过政府采购平台公开招标。",
        "举办讲座、展览、读书会、少儿阅读活动420场，其中“渝澜书香”系列讲座48场。",
        "为8个新建分馆配置图书、书架、自助借还设备，实现分馆通借通还。",
        "完成数字图书馆平台、门户网站和微信公众号运维，数字资源访问量126万次。",
    ]
    for t in project_paragraphs([(n, bud, sp, d) for (n, bud, sp), d in zip(projects, desc)]):
        b.append(P(t))
    b.append(H(2, "（四）自评工作开展情况"))
    for t in process_paragraphs("我馆", Y, "区财政局和区文化旅游委", "馆长王晓燕", 7):
        b.append(P(t))
    b.append(H(2, "（五）主要指标计算"))
    b.append(P(f"在职人员控制率={act}/{est}×100%={staff_rate}%；预算执行率={w(total)}/{w(adjusted)}×100%={exec_rate}%；预算调整率={w(adj_amt)}/{w(init)}×100%={adj_rate}%；公用经费控制率={w(pub)}/{w(pub_b)}×100%={pub_rate}%；政府采购执行率={w(buy)}/{w(buy_b)}×100%={buy_rate}%；结转结余率={w(balance)}/{w(adjusted)}×100%={cc_rate}%；固定资产利用率={wc(fa_use)}/{wc(fa)}×100%={fa_rate}%；“三公”经费变动率=（{w(sg)}－{w(sg_prev)}）/{w(sg_prev)}×100%={sg_chg}%。"))
    b.append(P(f"按自评表所列评分标准，预算执行率97.93%低于98%，扣0.07分，得{s(s_exec)}分；预算调整率7.50%，超过5%共2.5个百分点，扣1分，得{s(s_adj)}分；到馆读者完成97.20%，得{s(s_read)}分；总分馆建设完成93.33%，得{s(s_branch)}分；其余指标均得满分。"))
    b.append(H(1, "三、存在的问题"))
    b.append(P("（一）预算执行率略低于目标。数字图书馆运维项目结余4.30万元，图书资源购置项目结余10.75万元，主要是部分图书采购合同年末未完成验收。（二）到馆读者人次未达目标，受馆舍改造期间部分区域闭馆两个月影响。（三）总分馆建设进度滞后，2个村（社区）分馆因场地未落实未能按期建成。"))
    assert projects[4][1] - projects[4][2] == D("4.30") and projects[1][1] - projects[1][2] == D("10.75")
    b.append(P("（四）原因分析。一是图书采购验收周期较长。图书采购实行“供应商配书—馆员查重验收—编目加工—上架”的流程，年末到馆的图书在12月31日前未完成验收，相应款项未能支付，形成预算结余。二是馆舍改造影响读者到馆。2024年8月至9月对一楼借阅区和少儿区进行改造，期间读者只能在二楼临时借阅区借还图书，日均到馆人次下降约四成。三是分馆建设依赖街镇提供场地，部分村（社区）公共服务用房紧张，场地落实难度较大，分馆建设的统筹协调机制还不够完善。四是数字资源推广不足，部分读者对数字资源的知晓度不高，数字资源利用率与投入相比仍有差距。"))
    b.append(H(1, "四、改进措施"))
    b.append(P("（一）加强项目前期准备，图书采购在上半年完成招标，确保年内完成验收支付。（二）馆舍改造完成后加大宣传推广，增加周末和假期阅读活动，吸引读者到馆。（三）加强与街镇沟通协调，提前落实分馆场地，2025年完成剩余分馆建设。（四）加强数字资源宣传推广，提高数字资源利用率。"))
    b.append(P("（五）2025年工作打算。"))
    for t in plan_paragraphs("我馆", Y, [
        "完成剩余2个村（社区）分馆建设，分馆总数达到30个。",
        "馆舍改造完成后全面恢复开放，力争到馆读者达到52万人次。",
        "打造“渝澜书香”阅读品牌，开展阅读推广活动430场以上。",
    ]):
        b.append(P(t))
    b.append(H(1, "五、自评结论及结果应用"))
    b.append(P(f"经自评，区图书馆2024年度部门整体支出绩效自评得分{s(total_score)}分，自评等级为“优”（90分及以上为优，80分至89分为良，60分至79分为中，60分以下为差）。"))
    for t in application_paragraphs("我馆"):
        b.append(P(t))
    b.append(H(1, "六、其他需要说明的情况"))
    for t in reflection_paragraphs("我单位"):
        b.append(P(t))
    b.append(H(1, "七、主要经验和做法"))
    b.append(P("（一）以总分馆建设推动公共文化服务均等化。我馆作为总馆，统一负责文献资源的采购、编目、配送和业务培训，分馆负责日常开放和读者服务，形成“统一采购、统一编目、统一配送、通借通还”的运行模式，推动优质阅读资源向基层延伸，群众在家门口即可享受图书借阅服务。"))
    b.append(P("（二）以品牌活动引领全民阅读。围绕“渝澜书香”阅读品牌，整合讲座、展览、读书会、少儿阅读等活动资源，联合学校、社区、企业和社会组织共同开展阅读推广，形成了“月月有主题、周周有活动”的阅读推广格局，全民阅读氛围日益浓厚。"))
    b.append(P("（三）以数字化转型提升服务效能。推进智慧图书馆建设，上线线上借书、数字阅读、场馆预约、活动报名等功能，读者通过手机即可享受图书馆服务；加强数字资源建设，拓展服务时间和空间，推动图书馆服务从“到馆服务”向“全时空服务”转变。"))
    b.append(P("（四）以规范管理保障资金安全。严格落实政府采购制度，图书、设备采购全部通过政府采购平台实施；加强项目资金管理，建立项目台账，资金支付经馆务会研究，确保资金使用安全、规范、高效。"))
    b.append(Sign(["重庆市渝澜区图书馆", "馆长：王晓燕", "2025年4月8日"]))
    b.append(PageBreak())
    b.append(Caption("表1　2024年度支出情况表"))
    b.append(P("金额单位：万元"))
    b.append(Table([
        ["项目", "调整后预算", "2024年决算数", "其中：财政拨款", "其中：其他资金", "2023年决算数"],
        ["合计", w(adjusted), w(total), w(fin_sp), w(oth_sp), w(p23)],
        ["一、基本支出", w(basic_b), w(basic), w(basic_f), w(pub_o), w(p23_basic)],
        ["其中：人员经费", w(pers_b), w(pers), w(pers_f), "0.00", w(p23_pers)],
        ["　　　公用经费", w(pub_b), w(pub), w(pub_f), w(pub_o), w(p23_pub)],
        ["二、项目支出", w(proj_b), w(proj), w(proj_f), w(proj_o), w(p23_proj)],
    ]))
    b.append(Caption("表2　2024年度收入情况表"))
    b.append(P("金额单位：万元"))
    b.append(Table([
        ["项目", "金额", "占比"],
        ["一般公共预算财政拨款", w(gp_inc), f"{pct(gp_inc, income)}%"],
        ["政府性基金预算财政拨款", w(fund_inc), f"{pct(fund_inc, income)}%"],
        ["事业收入", w(biz_inc), f"{pct(biz_inc, income)}%"],
        ["其他收入", w(oth_inc), f"{pct(oth_inc, income)}%"],
        ["本年收入合计", w(income), ""],
        ["上年结转和结余", w(carry), ""],
        ["收入总计", w(income + carry), ""],
    ]))
    b.append(Caption("表3　2024年度项目支出情况表"))
    b.append(P("金额单位：万元"))
    rows = [["项目名称", "调整后预算", "支出数", "执行率"]]
    for n, bud, sp in projects:
        rows.append([n, w(bud), w(sp), f"{pct(sp, bud)}%"])
    rows.append(["合计", w(proj_b), w(proj), f"{pct(proj, proj_b)}%"])
    b.append(Table(rows))
    b.append(Caption("表4　2024年度部门整体支出绩效自评表"))
    rows = [["一级指标", "三级指标", "分值", "评分标准", "得分"]]
    for r in SHEET:
        rows.append([r[0], r[1], s(r[2]), r[3], s(r[4])])
    rows.append(["合计", "", "100", "", s(total_score)])
    b.append(Table(rows))
    return b
