"""新疆 塔河县红十字会 2024 — stacked 收入/支出 tables in 元 without separators, score sheet with
总分 first, full-width digits in prose paragraphs on income/spending."""
from decimal import Decimal as D
from common import Case, grade, pct, wan, yuan
from build import sign

SLUG = "xj-tahe-hszh-2024"
FORMATS = ["pdf"]
HEADINGS = "mixed"
DEFECT = "红十字会整体支出自评：文字分项之和、得分超分值、评分不符规则、等级、项目个数、公开年度共 6 处错误"


def case() -> Case:
    c = Case(
        dept="塔河县红十字会", year=2024, unit="元", sep=False, layout="stack", total_top=False,
        fullwidth=True, sheet="top", head_note="（新疆维吾尔自治区县级部门整体支出绩效自评报告）",
        intro="按照自治区财政厅《关于做好2024年度自治区本级部门预算绩效自评工作的通知》精神和塔河县财政局工作安排，县红十字会对2024年度部门整体支出情况开展绩效自评。自评工作组由常务副会长任组长，成员包括办公室、赈济救护部和财务人员，采取查阅账簿凭证、核对项目资料、电话回访受助对象等方式开展。",
        duties=["塔河县红十字会是从事人道主义工作的社会救助团体，参照公务员法管理，主要职责是：开展救灾的准备工作，在自然灾害和突发事件中对伤病人员和其他受害者进行救助；普及卫生救护和防病知识，开展应急救护培训；参与、推动无偿献血、遗体和人体器官捐献工作；开展红十字青少年工作；开展人道主义救助和社会捐赠募集工作。",
                "截至2024年底，全县有红十字会员2,860名，其中青少年会员1,935名；红十字志愿服务队12支，注册志愿者640名。"],
        inner=3,
        units=[("塔河县红十字会（本级）", None), ("塔河县红十字应急救护培训中心", D("486230.50"))],
        unit_staff=[(7, 7), (4, 3)],
        bz_adm=7, bz_inst=4, sy_adm=7, sy_inst=3, retired=5, sy_prev=10, staff_change="人员稳定",
        pe=D("1186420.36"), pu=D("214377.80"), pu_b=D("230000.00"), basic_gap=D("12000.00"),
        projects=[("应急救护培训", D("300000.00"), D("286400.00"), "培训持证救护员1,520人，普及培训1.12万人次。"),
                  ("“博爱家园”项目", D("250000.00"), D("250000.00"), "在3个社区建设博爱家园，配置应急物资和AED设备。"),
                  ("困难群众人道救助", D("420000.00"), D("416800.00"), "救助困难家庭和大病患者386户，户均1,079.79元。"),
                  ("救灾备灾物资储备", D("180000.00"), D("172600.00"), "储备棉帐篷60顶、棉被800床、家庭包500个。")],
        carry=D("86340.00"), fund=D("0"), biz=D("0"), other=D("312600.00"), balance=D("124800.00"),
        balance_reason="社会捐赠资金定向结余",
        income_reason="主要是上级红十字会下拨博爱家园项目资金",
        prev_income=D("2418630.40"), prev_exp=D("2296715.22"), prev_basic=D("1352214.18"), prev_pe=D("1140389.52"),
        init_basic=D("1390000.00"), init_pe=D("1170000.00"), init_proj=D("950000.00"), init_other=D("300000.00"),
        sg_rec_b=D("8000.00"), sg_car_b=D("25000.00"), sg_rec_a=D("5320.00"), sg_car_a=D("23860.40"), sg_rec_prev=D("6140.00"), sg_car_prev=D("24620.00"),
        s_goal=D(3), s_ind=D(3), s_sys=D(3), s_asset=D(2),
        outputs=[("产出数量", "持证救护员培训人数", "≥1,500人", "1,520人", D(7), D(7), ""),
                 ("产出数量", "人道救助户数", "≥350户", "386户", D(6), D(6), ""),
                 ("产出质量", "救助资金发放准确率", "100%", "100%", D(6), D(6), ""),
                 ("产出时效", "救灾物资24小时内送达率", "100%", "96%", D(6), D(5), "1批物资因道路中断延迟送达")],
        social=("群众应急自救互救能力", D(6), "普及率仍低于全疆平均水平"),
        s_sust=D(3), sat=D("94.0"), sat_score=D("9.5"),
        results=["应急救护方面，全年举办救护员培训班38期，培训持证救护员1,520人，开展“救在身边”普及培训1.12万人次；在公共场所新增配置AED设备16台，全县累计达到41台。",
                 "人道救助方面，全年救助困难家庭和大病患者386户，发放救助资金41.68万元；春节前开展“博爱送万家”活动，慰问困难群众520户。",
                 "救灾备灾方面，储备棉帐篷60顶、棉被800床、家庭包500个，在2024年7月塔河流域洪涝灾害中调拨物资3批次，受益群众1,260人。"],
        site="塔河县人民政府网站", method_doc="《塔河县县级部门整体支出绩效自评指标体系》",
        problems=["一是募捐渠道单一，社会捐赠收入31.26万元，较上年有所减少。", "二是应急救护培训覆盖面不足，农牧区培训场次偏少。", "三是救灾物资调拨时效受交通条件影响较大。"],
        measures=["一是拓展网络募捐渠道，规范捐赠款物信息公开。", "二是将救护培训向乡镇、牧区延伸。", "三是在3个片区设立备灾物资前置点。"],
        apply_text="自评结果作为2026年预算编制和项目安排的依据，并在县政府网站公开。",
        lead="阿依古丽·买买提", head="王建疆",
    )
    # PLANTED: printed values that differ from the figures above
    c.plant["prose_basic"] = wan(c.basic + D("20000"))  # PLANTED AR002: 基本支出多 2 万元，与 支出合计 = 基本 + 项目 不符
    c.plant["proj_count"] = "5"  # PLANTED IC004: 写 5 个项目，只列 4 个
    c.plant["disclose_year"] = "2023"  # PLANTED YR003: 写“2023年度部门预算……已公开”
    c.plant["score_9"] = "5"  # PLANTED SC001: 资金使用合规性 分值 4 得 5
    c.plant["score_4"] = "10"  # PLANTED SC002: 预算执行率低于 100%，规则给 执行率×10，报告给 10
    delta = D(1) + (D(10) - c.exec_score)
    c.plant["sheet_total"] = str(c.total + delta)  # printed total = sum of printed scores (no SC005)
    c.plant["concl_total"] = str(c.total + delta)
    c.plant["concl_grade"] = "优"  # PLANTED SC007: 总分在 80–90 之间，写“优”
    assert grade(c.total + delta) == "良" and c.exec_score < 10
    assert c.sat_score == 10 - (D(95) - c.sat) * D("0.5")
    c.delta = delta
    c.sign_blocks = sign(c, labels=True, date="2025年3月20日")
    return c


def expect(c):
    return [
        {"rule": "AR002", "severity": "error", "values": [wan(c.exp), wan(c.basic + 20000)], "note": f"支出合计 {wan(c.exp)} 万元，其中基本支出写 {wan(c.basic + 20000)} + 项目支出 {wan(c.proj_total)} = {wan(c.exp + 20000)}"},
        {"rule": "IC004", "severity": "error", "values": ["5"], "note": "“共实施项目5个”，括号内只列 4 个项目（项目表亦 4 行）"},
        {"rule": "YR003", "severity": "error", "values": ["2023"], "note": "信息公开写“2023年度部门预算……已公开”，评价年度为 2024"},
        {"rule": "SC001", "severity": "error", "values": ["5", "4"], "note": "资金使用合规性 分值 4，得分 5"},
        {"rule": "SC002", "severity": "error", "values": ["10", f"{c.exec_rate}%"], "note": f"预算执行率 {c.exec_rate}%，按“执行率×10分”应得 {c.exec_score} 分，报告给 10 分"},
        {"rule": "SC007", "severity": "error", "values": [str(c.total + c.delta), "优"], "note": f"总分 {c.total + c.delta}（80–90 分为“良”），结论写“优”"},
    ]


def SKIP(c):
    return {"SC001", "SC007", "SC002", "YR003", wan(c.exp), c.t(c.basic)}
_ALLOW = [{"rule": "IC001", "values": [wan(D("1420798.16"))], "note": "同一个错写的基本支出在正文与表内也构成前后不一致（AR002 的另一面）"},
         {"rule": "SC001", "values": ["5"], "note": "分项指标评价段重复自评表的同一得分"},
         {"rule": "SC002", "values": ["10"], "note": "分项指标评价段重复自评表的同一得分"},
         {"rule": "SC005", "note": "超分值的得分和按规则应低的得分进入总分（SC001/SC002 的后果）"},
         {"rule": "SC009", "note": "按规则重算后总分变化（SC001/SC002 的后果）"}]


def extra_must_not(c):
    return [
        {"rule": "AR002", "values": ["1,079.79"], "note": "户均 416,800/386 = 1,079.79 元，正确"},
        {"rule": "IC005", "values": ["520"], "note": "“博爱送万家”慰问 520 户 与 人道救助 386 户 是不同活动"},
        {"rule": "AR002", "values": ["1,935"], "note": "青少年会员 1,935 是会员 2,860 的一部分"},
        {"rule": "IC005", "values": ["41"], "note": "AED 累计 41 台 与 本年新增 16 台 是不同数量"},
        {"rule": "YR005", "values": ["2024年7月"], "note": "2024年7月 是评价年度内"},
        {"rule": "SC010", "values": ["96%"], "note": "物资送达率未达目标已扣 1 分并写明原因"},
        {"rule": "SC002", "values": ["94.0%"], "note": "满意度 94.0% 得 9.5 分，正确"},
    ]


def ALLOW(c):
    return _ALLOW + [
        {"rule": "AR002", "values": [wan(c.basic + 20000)], "note": "错写的基本支出与人员经费 + 公用经费不符（同一 AR002 的另一面）"},
        {"rule": "AR005", "values": [pct(c.basic, c.exp)], "note": "基本支出占比按真实基本支出计算，与错写数不符（AR002 的另一面）"},
    ]
