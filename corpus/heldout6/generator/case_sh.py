"""上海 浦江区临江中学 2024 — stacked 收入/支出 tables in 元 with separators, 分值（A）/得分（B）
score sheet, Chinese-numeral date; school with 事业收入 and 其他收入."""
from decimal import Decimal as D
from common import Case, grade, pct, wan, yuan, cn_date
from build import sign

SLUG = "sh-pujiang-ljzx-2024"
FORMATS = ["pdf", "txt"]
HEADINGS = "mixed"
DEFECT = "中学整体支出自评：项目表合计、项目执行率、公式人数、满意度得分、落款年份共 5 处错误，另评价组组长签字空白"


def case() -> Case:
    c = Case(
        dept="上海市浦江区临江中学", year=2024, unit="元", sep=True, layout="stack", total_top=False,
        fullwidth=False, sheet="abc", head_note="（上海市区级预算单位整体支出绩效自评报告）",
        intro="根据上海市财政局《关于开展2024年度预算绩效自评工作的通知》和浦江区教育局部署，临江中学成立由校长任组长，分管副校长、总务处、教务处和财务室负责人组成的绩效自评小组，对学校2024年度整体支出开展自评。",
        duties=["临江中学是浦江区教育局所属公办完全中学（公益一类事业单位），设初中部和高中部，主要职责是实施初中义务教育和普通高中教育，开展教育教学改革和课程建设，承担区域教师培训基地任务。",
                "2024学年学校共有教学班42个，其中初中24个、高中18个；在校学生1,742名，其中初中1,016名、高中726名；教职工编制168名。"],
        inner=6,
        units=[("临江中学（初中部）", None), ("临江中学（高中部）", D("18462317.40"))],
        unit_staff=[(96, 92), (72, 70)],
        bz_adm=0, bz_inst=168, sy_adm=0, sy_inst=162, retired=118, sy_prev=160, staff_change="新进教师6名、退休4名",
        pe=D("29416203.85"), pu=D("4326718.40"), pu_b=D("4500000.00"), basic_gap=D("380000.00"),
        projects=[("教育信息化设备更新", D("1800000.00"), D("1726500.00"), "更新智慧教室12间，采购学生平板电脑180台。"),
                  ("校舍维修改造", D("2500000.00"), D("2488300.00"), "完成实验楼外立面和屋面防水维修，面积3,260平方米。"),
                  ("课后服务和社团活动", D("960000.00"), D("902600.00"), "开设课后服务课程64门，参与学生1,388人。"),
                  ("教师专业发展培训", D("420000.00"), D("386200.00"), "组织教师培训2,346人次，其中市级培训318人次。")],
        carry=D("512300.00"), fund=D("0"), biz=D("1286400.00"), other=D("245600.00"), balance=D("602618.20"),
        balance_reason="教育信息化设备更新项目尾款和课后服务收入结余",
        income_reason="主要是校舍维修改造项目资金增加",
        prev_income=D("37834615.22"), prev_exp=D("37216419.80"), prev_basic=D("32801236.50"), prev_pe=D("28640215.30"),
        init_basic=D("33600000.00"), init_pe=D("29300000.00"), init_proj=D("5200000.00"), init_other=D("1500000.00"),
        sg_rec_b=D("15000.00"), sg_car_b=D("0.00"), sg_rec_a=D("9860.00"), sg_car_a=D("0.00"), sg_rec_prev=D("12400.00"), sg_car_prev=D("0.00"),
        s_goal=D(4), s_ind=D(4), s_sys=D(4), s_asset=D(3),
        outputs=[("产出数量", "智慧教室更新", "12间", "12间", D(6), D(6), ""),
                 ("产出数量", "课后服务课程", "≥60门", "64门", D(6), D(6), ""),
                 ("产出质量", "学业水平考试合格率", "≥98%", "99.4%", D(7), D(7), ""),
                 ("产出时效", "维修工程按期完工率", "100%", "100%", D(6), D(6), "")],
        social=("教育质量提升", D(9), "高考本科达线率较上年略降"),
        s_sust=D(5), sat=D("93.0"), sat_score=D(9),
        results=["教育教学方面，2024年高中学业水平考试合格率99.4%，高考本科达线率86.3%；中考平均分较区平均高12.6分。学生在市级以上竞赛中获奖147人次。",
                 "办学条件方面，完成实验楼外立面和屋面防水维修3,260平方米，更新智慧教室12间，采购学生平板电脑180台，生均教学仪器设备值达到1.36万元。",
                 "课后服务方面，开设课后服务课程64门，参与学生1,388人，占初中在校生的比例为80.2%（按初中部参与人数815人计）。"],
        site="浦江区教育局网站", method_doc="《浦江区教育系统部门整体支出绩效评价指标体系》",
        problems=["一是课后服务和社团活动项目执行率94.02%，部分外聘课程因师资原因未开设。", "二是家长满意度93.0%，对课后服务课程丰富度评价偏低。", "三是资产管理信息系统与财务系统数据衔接不够。"],
        measures=["一是拓展课后服务师资来源。", "二是开展家长意见征集，优化课程设置。", "三是推进资产系统与财务系统对接。"],
        apply_text="自评结果报区教育局和区财政局，作为2026年度预算安排的参考，并在校务公开栏公开。",
        lead="周文静", head="沈国华",
    )
    return c


def _plant(c):
    c.plant["proj_tbl_total"] = yuan(c.proj_total + D("1000"))  # PLANTED AR001: 项目表合计多 1,000 元
    c.plant["proj_rate_2"] = "98.53%"  # PLANTED AR005: 校舍维修执行率 2,488,300.00/2,500,000 = 99.53%
    c.plant["staff_f_sy"] = "164"  # PLANTED AR004: 人员控制率公式以 164 代入实有人数（他处 162）
    c.plant["score_18"] = "10"  # PLANTED SC002: 满意度 93.0%，规则得 9 分，报告给 10
    c.plant["sheet_total"] = str(c.total + 1)
    c.plant["concl_total"] = str(c.total + 1)
    c.plant["concl_grade"] = grade(c.total + 1)
    # PLANTED YR002: 落款 二〇二六年 — 评价年度后两年; PLANTED CP001 (info): 评价组组长签字空白
    c.sign_blocks = sign(c, labels=True, date=cn_date(2026, 3, 27), blank_lead=True)
    return c


_case = case


def case():  # noqa: F811
    c = _plant(_case())
    assert c.rows[18][2] == "服务对象满意度" and c.sat_score == 9
    assert pct(c.projects[1][2], c.projects[1][1]) == "99.53%"
    return c


def expect(c):
    return [
        {"rule": "AR001", "severity": "error", "values": [yuan(c.proj_total + 1000), yuan(c.proj_total)], "note": f"项目支出明细表 合计 {yuan(c.proj_total + 1000)}，四个项目之和 {yuan(c.proj_total)}"},
        {"rule": "AR005", "severity": "error", "values": ["98.53%"], "note": "校舍维修改造 2,488,300.00/2,500,000.00 = 99.53%，表中写 98.53%"},
        {"rule": "AR004", "severity": "error", "values": ["164", "162"], "note": "在职人员控制率公式代入 164，人员段与人员表实有 162 名（比率 96.43% 亦按 162 算）"},
        {"rule": "SC002", "severity": "error", "values": ["10", "93.0%"], "note": "满意度 93.0%，按“每低1个百分点扣0.5分”应得 9 分，报告给 10 分"},
        {"rule": "YR002", "severity": "error", "note": "2024 年度报告落款 2026 年 3 月，评价年度后两年"},
        {"rule": "CP001", "severity": "info", "note": "评价组组长（签字）空白"},
    ]


def SKIP(c):
    return {"SC002", "AR003", "IC001", c.t(c.proj_total)}
_ALLOW = [{"rule": "IC001", "values": ["164"], "note": "公式中的 164 与他处 162 不一致（AR004 的另一面）"},
         {"rule": "AR003", "values": ["164"], "note": "164/168 不等于所写控制率（AR004 的另一面）"},
         {"rule": "SC002", "values": ["10"], "note": "分项指标评价段重复自评表的同一得分"},
         {"rule": "SC009", "note": "按规则重算后总分变化（SC002 的后果）"}]


def extra_must_not(c):
    return [
        {"rule": "AR002", "values": ["1,742"], "note": "在校生 1,742 = 初中 1,016 + 高中 726，相符"},
        {"rule": "AR002", "values": ["42"], "note": "教学班 42 = 24 + 18，相符"},
        {"rule": "AR005", "values": ["80.2%"], "note": "815/1,016 = 80.22%，按所述口径正确（1,388 含高中生）"},
        {"rule": "AR003", "values": [pct(c.projects[2][2], c.projects[2][1])], "note": "课后服务执行率 902,600/960,000 = 94.02%，正确"},
        {"rule": "IC001", "values": ["160"], "note": "160 是上年末实有人数"},
        {"rule": "IC005", "values": ["318", "2,346"], "note": "市级培训 318 人次是教师培训 2,346 人次的一部分"},
        {"rule": "AR002", "values": ["1,388"], "note": "参与课后服务 1,388 人 两处一致"},
    ]


def ALLOW(c):
    return _ALLOW + [
        {"rule": "IC001", "values": [yuan(c.proj_total + 1000)], "note": "项目表错写的合计与正文项目支出不一致（AR001 的另一面）"},
    ]
