"""青海 湟川县城市管理局 2023 — transposed 预算执行表 (年初/调整后/决算/执行率 rows) in 元 with
separators, 收入决算表 (totals at bottom), score sheet with 小计 rows and 等级 in the 总分 row."""
from decimal import Decimal as D
from common import Case, grade, pct, wan, yuan, q2
from build import sign

SLUG = "qh-huangchuan-cgj-2023"
FORMATS = ["docx"]
HEADINGS = "bold"
DEFECT = "城管局整体支出自评：表内合计、两处公式结果、按重算执行率的得分、表题年份、等级共 6 处错误"


def case() -> Case:
    c = Case(
        dept="湟川县城市管理局", year=2023, unit="元", sep=True, layout="transposed", total_top=False,
        fullwidth=False, sheet="subtotal", head_note="（青海省县级部门整体支出绩效自评报告）",
        intro="根据青海省财政厅《关于开展2023年度省级部门预算绩效自评工作的通知》和湟川县财政局安排，县城市管理局（县城市管理综合行政执法局）对2023年度部门整体支出开展绩效自评，自评范围为局本级、县环境卫生服务中心和县市政设施维护所。",
        duties=["湟川县城市管理局是县政府工作部门，加挂县城市管理综合行政执法局牌子，主要职责是：负责县城市政公用设施、市容环境卫生、园林绿化的管理；集中行使城市管理领域行政处罚权；负责城市生活垃圾收运处置和公厕管理；负责户外广告设置和占道经营管理。",
                "县城建成区面积16.8平方公里，管理城市道路94条、总长126.4公里，公厕68座，城市绿地面积592公顷。"],
        inner=6,
        units=[("县城市管理局（本级）", None), ("县环境卫生服务中心", D("7326418.90")), ("县市政设施维护所", D("2814306.25"))],
        unit_staff=[(28, 27), (34, 31), (18, 17)],
        bz_adm=28, bz_inst=52, sy_adm=27, sy_inst=48, retired=46, sy_prev=73, staff_change="县环境卫生服务中心招聘2名",
        pe=D("9863247.18"), pu=D("1735510.64"), pu_b=D("1800000.00"), basic_gap=D("120000.00"),
        projects=[("城市生活垃圾清运处置", D("4200000.00"), D("4186300.00"), "日均清运生活垃圾186吨，无害化处理率100%。"),
                  ("市政道路及路灯维护", D("2600000.00"), D("2311500.00"), "维修道路破损2.36万平方米，更换路灯灯具412盏。"),
                  ("园林绿化养护", D("1800000.00"), D("1713260.00"), "养护绿地592公顷，补植树木3,860株。"),
                  ("城管执法装备购置", D("350000.00"), D("298700.00"), "购置执法记录仪40台、执法车辆改装1辆。")],
        carry=D("418250.00"), fund=D("2000000.00"), biz=D("0"), other=D("156300.00"), balance=D("653126.05"),
        balance_reason="市政道路维护项目结转288,500.00元等",
        income_reason="主要是城市基础设施配套费（政府性基金）安排增加",
        prev_income=D("19846315.70"), prev_exp=D("19235800.48"), prev_basic=D("11302617.42"), prev_pe=D("9604310.25"),
        init_basic=D("11500000.00"), init_pe=D("9760000.00"), init_proj=D("8400000.00"), init_other=D("2150000.00"),
        sg_rec_b=D("20000.00"), sg_car_b=D("180000.00"), sg_rec_a=D("14360.00"), sg_car_a=D("171820.50"), sg_rec_prev=D("18740.00"), sg_car_prev=D("176306.00"),
        s_goal=D(4), s_ind=D(3), s_sys=D(4), s_asset=D(3),
        outputs=[("产出数量", "生活垃圾日均清运量", "≥180吨", "186吨", D(6), D(6), ""),
                 ("产出数量", "路灯灯具更换", "≥400盏", "412盏", D(6), D(6), ""),
                 ("产出质量", "生活垃圾无害化处理率", "100%", "100%", D(7), D(7), ""),
                 ("产出时效", "市政设施报修处置时限", "≤48小时", "平均31小时", D(6), D(6), "")],
        social=("城市环境面貌", D(8), "背街小巷保洁仍有短板"),
        s_sust=D(4), sat=D("95.8"), sat_score=D(10),
        results=["市容环卫方面，全年清运生活垃圾6.79万吨，日均186吨，无害化处理率100%；新建改建公厕6座，全县公厕达到68座。",
                 "市政设施方面，维修道路破损2.36万平方米，疏通排水管网38.5公里，更换路灯灯具412盏，主干道亮灯率99.1%。",
                 "执法管理方面，全年查处占道经营、乱设广告等违法违规行为1,286起，拆除违规户外广告牌136块，办理行政处罚案件43件。"],
        site="湟川县人民政府网站", method_doc="《湟川县部门整体支出绩效评价指标体系》",
        problems=["一是市政道路及路灯维护项目执行率88.90%，部分工程因气候原因停工顺延。", "二是环卫作业市场化程度低，人员老化。", "三是绩效指标对背街小巷保洁质量缺少量化考核。"],
        measures=["一是合理安排施工期，提前完成招标。", "二是推进环卫作业市场化试点。", "三是将背街小巷保洁纳入网格化考核。"],
        apply_text="自评结果作为2025年度预算编制的依据，并在县政府网站公开。",
        lead="韩永福", head="李德清",
    )
    c.plant["tbl_year"] = "2022"  # PLANTED YR001: 表1–表3 标题写“2022年度”
    c.plant["tbl_exp_total"] = c.t(c.exp + D("100"))  # PLANTED AR001: 执行表 决算数 合计 多 100 元（基本+项目 不等于合计）
    c.plant["sg_rate"] = "96.91%"  # PLANTED AR003: 三公控制率 公式结果错
    c.plant["exec_rate"] = "100.00%"  # PLANTED AR003 + SC003: 预算执行率写 100%，并据此给 10 分
    c.plant["score_4"] = "10"
    delta = D(10) - c.exec_score
    c.plant["sub_过程"] = str(sum(r[4] for r in c.rows if r[0] == "过程") + delta)
    c.plant["sheet_total"] = str(c.total + delta)
    c.plant["concl_total"] = str(c.total + delta)
    c.plant["concl_grade"] = grade(c.total + delta)  # conclusion grade follows the printed total
    c.plant["sheet_grade"] = "良"  # PLANTED SC007: 总分 ≥ 90，等级写“良”（结论写“优”）
    c.delta = delta
    assert grade(c.total + delta) == "优" and c.exec_score < 10 and c.sg_rate != D("96.91")
    c.sign_blocks = sign(c, labels=True, date="2024年3月22日")
    return c


def expect(c):
    return [
        {"rule": "YR001", "severity": "error", "values": ["2022"], "note": "收入决算表、支出决算表、预算执行表标题写“2022年度”"},
        {"rule": "AR001", "severity": "error", "values": [yuan(c.exp + 100), yuan(c.exp)], "note": f"预算执行表 决算数 合计 {yuan(c.exp + 100)}，基本 {yuan(c.basic)} + 项目 {yuan(c.proj_total)} = {yuan(c.exp)}"},
        {"rule": "AR003", "severity": "error", "values": ["96.91%"], "note": f"“三公”经费控制率 {wan(c.sg_a)}/{wan(c.sg_b)} = {c.sg_rate}%，写 96.91%"},
        {"rule": "AR003", "severity": "error", "values": ["100.00%"], "note": f"预算执行率 {wan(c.exp)}/{wan(c.adj)} = {c.exec_rate}%，写 100.00%"},
        {"rule": "SC003", "severity": "error", "values": ["10", f"{c.exec_rate}%"], "note": f"按重算执行率 {c.exec_rate}%，执行率×10 应得 {c.exec_score} 分，报告给 10 分"},
        {"rule": "SC007", "severity": "error", "values": [str(c.total + c.delta), "良"], "note": f"自评表总分 {c.total + c.delta}（≥90 为“优”），总分行等级写“良”"},
    ]


def SKIP(c):
    return {"AR003", "SC002", "SC007", c.t(c.exp)}
_ALLOW = [{"rule": "SC009", "note": "按重算得分总分仍 ≥ 90 或降档，SC003 的后果"},
         {"rule": "SC003", "values": ["10"], "note": "分项指标评价段重复自评表的同一得分"},
         {"rule": "SC002", "values": ["10"], "note": "同一得分从规则角度的另一面"}]


def extra_must_not(c):
    return [
        {"rule": "AR002", "values": ["6.79"], "note": "全年清运 6.79 万吨 ≈ 186 吨×365 天，约数"},
        {"rule": "AR003", "values": [pct(c.projects[1][2], c.projects[1][1])], "note": "市政道路维护执行率 231.15/260 = 88.90%，正确"},
        {"rule": "IC005", "values": ["68", "6"], "note": "公厕累计 68 座 与 新建改建 6 座 不同"},
        {"rule": "IC001", "values": ["73"], "note": "73 是上年末实有人数"},
        {"rule": "AR003", "values": [f"{c.pu_rate}%"], "note": "公用经费控制率 正确"},
        {"rule": "YR002", "values": ["2024年3月22日"], "note": "2023 年度报告 2024 年 3 月落款，合理"},
        {"rule": "YR", "values": ["2025"], "note": "2025年度预算是计划年度"},
    ]


def ALLOW(c):
    return _ALLOW + [
        {"rule": "YR001", "values": ["2022"], "note": "三张表标题同一错误年份，只计一次"},
        {"rule": "IC001", "values": [yuan(c.exp + 100)], "note": "执行表错写的合计与支出表、正文不一致（AR001 的另一面）"},
        {"rule": "IC001", "values": ["100.00%"], "note": "执行表执行率行 97.29% 与公式 100.00%（AR003 的另一面）"},
        {"rule": "IC001", "values": ["良"], "note": "总分行等级“良”与结论“优”（SC007 的另一面）"},
        {"rule": "SC008", "values": ["良"], "note": "等级前后不一（SC007 的另一面）"},
    ]
