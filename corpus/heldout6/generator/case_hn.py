"""海南 琼澜市委党校 2024 — side-by-side 收入支出决算总表 in 万元 with separators, score sheet
分值（A）/得分（B）/得分率（B/A）with 扣分原因; same figures in 万元 prose and 元 in brackets."""
from decimal import Decimal as D
from common import Case, grade, pct, wan, yuan, q2
from build import sign

SLUG = "hn-qionglan-dx-2024"
FORMATS = ["txt", "docx"]
HEADINGS = "bold"
DEFECT = "党校整体支出自评：同比增幅、单位表合计、结论总分、培训班次前后不一、年份笔误、分值之和共 6 处错误"


def case() -> Case:
    c = Case(
        dept="中共琼澜市委党校", year=2024, unit="万元", sep=True, layout="side", total_top=False,
        fullwidth=False, sheet="abc", head_note="（海南省市县部门整体支出绩效自评报告）",
        intro="根据《海南省财政厅关于开展2024年度财政支出绩效自评工作的通知》和琼澜市财政局部署，市委党校（琼澜市行政学院）成立绩效自评工作领导小组，由常务副校长任组长，对202年度部门整体支出开展自评。自评覆盖校本级和琼澜市干部教育培训中心，资料核查时段为2024年1月1日至12月31日。",  # PLANTED YR007: “202年度”
        duties=["市委党校是市委的重要部门，与琼澜市行政学院一个机构两块牌子，主要职责是：培训轮训全市党员领导干部和公务员，承担主体班次教学任务；开展党的创新理论研究和决策咨询；指导乡镇（街道）党校（党员教育培训阵地）建设；承担全市干部教育培训的组织协调工作。",
                "学校设有教研室4个、行政处室5个，共有专兼职教师38名，其中高级职称12名；建有现场教学点17个，其中自贸港建设主题教学点6个。"],
        inner=9,
        units=[("市委党校（本级）", None), ("琼澜市干部教育培训中心", D("1684300"))],
        unit_staff=[(32, 30), (10, 9)],
        bz_adm=0, bz_inst=42, sy_adm=0, sy_inst=39, retired=26, sy_prev=38, staff_change="引进博士研究生1名",
        pe=D("6215800"), pu=D("982400"), pu_b=D("1050000"), basic_gap=D("60000"),
        projects=[("主体班次教学", D("1600000"), D("1538600"), "全年举办主体班次46期，培训学员2,984人次。"),
                  ("自贸港政策专题培训", D("800000"), D("800000"), "围绕零关税、加工增值等政策举办专题班12期，培训986人次。"),
                  ("决策咨询研究", D("300000"), D("276500"), "完成市级课题14项，获市领导肯定性批示5篇。"),
                  ("现场教学点建设", D("500000"), D("462300"), "新建现场教学点3个，更新展陈2个。")],
        carry=D("128600"), fund=D("0"), biz=D("0"), other=D("264000"), balance=D("261900"),
        balance_reason="决策咨询研究和现场教学点建设项目结转",
        income_reason="主要是自贸港政策专题培训经费增加",
        prev_income=D("9912400"), prev_exp=D("9504200"), prev_basic=D("6934100"), prev_pe=D("5985300"),
        init_basic=D("7100000"), init_pe=D("6100000"), init_proj=D("3000000"), init_other=D("260000"),
        sg_rec_b=D("40000"), sg_car_b=D("60000"), sg_rec_a=D("31200"), sg_car_a=D("57400"), sg_rec_prev=D("36800"), sg_car_prev=D("59100"),
        s_goal=D(4), s_ind=D(4), s_sys=D(4), s_asset=D(3),
        outputs=[("产出数量", "主体班次", "≥44期", "46期", D(7), D(7), ""),
                 ("产出数量", "培训学员人次", "≥2,800人次", "2,984人次", D(6), D(6), ""),
                 ("产出质量", "学员结业合格率", "≥98%", "99.2%", D(6), D(6), ""),
                 ("产出时效", "课题按期结题率", "100%", "92.9%", D(6), D(5), "1项课题延期结题")],
        social=("干部理论素养和履职能力提升", D(10), "学员评价良好"),
        s_sust=D(5), sat=D("97.1"), sat_score=D(10),
        results=["教学培训方面，全年举办各类班次58期，培训学员3,970人次，其中主体班次43期、培训2,984人次，自贸港政策专题班12期、培训986人次；学员结业合格率99.2%，教学满意度97.1%。",  # PLANTED IC005: 主体班次 43 期（项目段与指标表为 46 期）
                 "科研咨询方面，完成市级课题14项，其中按期结题13项，课题按期结题率92.9%；获市领导肯定性批示5篇，在省级以上刊物发表论文9篇。",
                 "阵地建设方面，新建“自贸港加工增值”等现场教学点3个，全市现场教学点达到17个；指导乡镇党校规范化建设9个。"],
        site="琼澜市人民政府门户网站", method_doc="《海南省部门整体支出绩效评价共性指标体系》及琼澜市评分细则",
        problems=["一是项目预算执行仍有差距，决策咨询研究项目执行率92.17%。", "二是现场教学点建设与课程开发衔接不够，个别教学点使用频次偏低。", "三是绩效指标中效益指标量化不足。"],
        measures=["一是加强项目库管理，课题经费按研究进度拨付。", "二是建立现场教学点使用评估机制。", "三是细化效益类指标，引入学员跟踪评价。"],
        apply_text="自评结果报市财政局备案，作为2026年度预算安排的重要参考，并按规定公开。",
        lead="符海燕", head="陈明远",
    )
    c.plant["yoy"] = "4.36%"  # PLANTED AR005: 同比增幅应为 (exp-prev)/prev
    c.plant["unit_tbl_total"] = c.t(c.exp - D("100000"))  # PLANTED AR001: 单位表合计少 10 万元
    c.plant["concl_total"] = str(c.total - 1)  # PLANTED SC008: 结论总分比自评表少 1 分
    c.plant["max_2"] = "5"  # PLANTED SC006: 预算编制科学性 分值 4 写作 5，分值之和 101
    assert pct(c.exp - c.prev_exp, c.prev_exp) != "4.36%"
    assert grade(c.total - 1) == grade(c.total)
    assert all(x % 100 == 0 for x in [c.exp, c.gen, c.basic, c.units_all[0][1]])
    c.sign_blocks = sign(c, labels=False, date="2025年3月26日")
    return c


def expect(c):
    return [
        {"rule": "AR005", "severity": "error", "values": ["4.36%"], "note": f"支出同比增长 ({wan(c.exp)}-{wan(c.prev_exp)})/{wan(c.prev_exp)} = {pct(c.exp - c.prev_exp, c.prev_exp)}，写 4.36%"},
        {"rule": "AR001", "severity": "error", "values": [c.t(c.exp - 100000), c.t(c.exp)], "note": f"所属单位表 合计 {c.t(c.exp - 100000)}，两单位之和 {c.t(c.exp)}"},
        {"rule": "SC008", "severity": "error", "values": [str(c.total - 1), str(c.total)], "note": f"自评表合计 {c.total}，结论写 {c.total - 1}"},
        {"rule": "IC005", "severity": "warning", "values": ["43", "46"], "note": "主体班次：产出段写 43 期，项目段与指标表为 46 期"},
        {"rule": "YR007", "severity": "error", "values": ["202"], "note": "引言“对202年度部门整体支出开展自评”"},
        {"rule": "SC006", "severity": "error", "values": ["101"], "note": "预算编制科学性分值写 5（其余处为 4），各指标分值之和 101，表合计写 100"},
    ]


def SKIP(c):
    return {"SC006", c.t(c.exp), c.t(c.units_all[0][1])}
_ALLOW = [{"rule": "SC001", "note": "预算编制科学性 分值/得分一组的另一面"},
         {"rule": "AR002", "values": ["58"], "note": "各类班次 58 期 = 主体 46 + 专题 12；错写的 43 使其看似不符（IC005 的另一面）"}]


def extra_must_not(c):
    return [
        {"rule": "AR002", "values": ["3,970"], "note": "3,970 人次 = 主体班 2,984 + 专题班 986，相符"},
        {"rule": "AR003", "values": ["92.9%"], "note": "按期结题 13/14 = 92.86% ≈ 92.9%，正确"},
        {"rule": "AR003", "values": [pct(c.projects[2][2], c.projects[2][1])], "note": "决策咨询项目执行率 27.65/30 = 92.17%，正确"},
        {"rule": "IC001", "values": ["38"], "note": "38 是专兼职教师人数，也是上年末实有人数，均非本年实有人数"},
        {"rule": "IC005", "values": ["17", "3"], "note": "现场教学点累计 17 个 与 本年新建 3 个 不同"},
        {"rule": "SC010", "values": ["92.9%"], "note": "结题率未达目标已扣 1 分并写明原因"},
        {"rule": "CP001", "note": "落款无签字栏，是该省格式"},
    ]


def ALLOW(c):
    return _ALLOW + [
        {"rule": "IC001", "values": [c.t(c.exp - 100000)], "note": "单位表错写的合计与正文支出合计不一致（AR001 的另一面）"},
        {"rule": "AR002", "values": [str(c.total - 1)], "note": "结论总分与其后四类得分之和不符（SC008 的另一面）"},
        {"rule": "SC006", "note": "决策类分值之和 16 与正文“分值15分”不符（同一 SC006 的另一面）"},
        {"rule": "SC010", "note": "预算编制科学性 分值 5 得 4 无扣分原因（SC006 的另一面）"},
    ]
