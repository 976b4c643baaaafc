"""Reports with several score sheets: the department's and one per project (round 19b).

A 项目支出绩效自评表 scores one project: its total and grade are that project's, never a
restatement of the department's total. Written in other words than any corpus report:
two variants per kind and a near miss that must still fire (or must not).
"""

from __future__ import annotations

import pytest
from helpers import audit_text

DEPARTMENT_SHEET = """某县农业农村局2025年度部门整体支出绩效自评报告
一、自评结论
按照“90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差”的标准，经自评，本局部门整体支出绩效自评得分{text_total}分，评价等级为优。
表3 某县农业农村局2025年度部门整体支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
| 产出指标 | 数量指标 | 高标准农田建设面积 | 30 | 29 |
| 产出指标 | 质量指标 | 农产品抽检合格率 | 20 | 20 |
| 效益指标 | 经济效益指标 | 农民人均可支配收入增长 | 30 | 28.5 |
| 满意度指标 | 满意度指标 | 农户满意度 | 20 | 19 |
| 合计 | | | 100 | {sheet_total} |
| 评价等级 | 优 | | | |
"""

PROJECT_SHEET = """{caption}
{name_row}| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |
| 产出指标 | 数量指标 | {item}完成量 | 40 | {a} |
| 效益指标 | 社会效益指标 | {item}受益人数 | 40 | {b} |
| 满意度指标 | 满意度指标 | {item}群众满意度 | 20 | {c} |
| 合计 | | | 100 | {total} |
| {grade_label} | {grade} | | | |
"""


def _project(
    caption: str,
    item: str,
    scores: tuple[str, str, str, str],
    grade: str = "优",
    name_row: str = "",
    grade_label: str = "评价等级",
) -> str:
    a, b, c, total = scores
    return PROJECT_SHEET.format(
        caption=caption,
        name_row=name_row,
        item=item,
        a=a,
        b=b,
        c=c,
        total=total,
        grade=grade,
        grade_label=grade_label,
    )


def _report(text_total: str, sheet_total: str, *projects: str) -> str:
    head = DEPARTMENT_SHEET.format(text_total=text_total, sheet_total=sheet_total)
    return "\n".join([head, *projects])


CAPTIONED = (
    _project(
        "附件2-1 项目支出绩效自评表（冷链物流补助）", "冷链仓储", ("39", "38.5", "18", "95.5")
    ),
    _project(
        "附件2-2 项目支出绩效自评表（耕地地力保护）", "地力监测", ("40", "39", "19.4", "98.4")
    ),
)
NAMED_BY_ROW = (
    _project(
        "附件3 项目自评表",
        "渠道清淤",
        ("38", "40", "19", "97"),
        name_row="| 项目名称 | 灌区渠道清淤工程 | | | |\n",
    ),
    _project(
        "附件4 项目自评表",
        "种苗发放",
        ("36.5", "38", "17.5", "92"),
        name_row="| 项目名称 | 良种补贴种苗发放 | | | |\n",
    ),
)


@pytest.mark.parametrize("projects", [CAPTIONED, NAMED_BY_ROW])
def test_a_project_sheets_total_is_not_the_departments(projects: tuple[str, ...]) -> None:
    """96.5 for the department, 95.5/98.4 (or 97/92) for its projects: no SC008."""
    text = _report("96.5", "96.5", *projects)
    assert not [f for f in audit_text(text, ["SC008"]) if f.rule == "SC008"]


def test_the_departments_own_total_stated_twice_still_differs() -> None:
    """Near miss: the text says 95.6 and the department's sheet 96.5: one SC008, no project's."""
    text = _report("95.6", "96.5", *CAPTIONED)
    found = [f for f in audit_text(text, ["SC008"]) if f.rule == "SC008"]
    assert len(found) == 1
    assert "95.6" in found[0].message and "96.5" in found[0].message
    assert "95.5" not in found[0].message and "98.4" not in found[0].message


@pytest.mark.parametrize(
    ("label", "grade", "scores"),
    [
        ("评价等级", "优", ("36", "35.5", "17", "88.5")),
        ("自评等级", "优秀", ("34", "37", "15.2", "86.2")),
    ],
)
def test_a_project_sheets_grade_is_graded_by_the_reports_bands(
    label: str, grade: str, scores: tuple[str, str, str, str]
) -> None:
    """A project's 88.5 (86.2) graded 优 in its own grade row is 良 under the report's bands."""
    project = _project(
        "附件2 项目支出绩效自评表（农机购置补贴）", "农机补贴", scores, grade, grade_label=label
    )
    found = [
        f for f in audit_text(_report("96.5", "96.5", project), ["SC007"]) if f.rule == "SC007"
    ]
    assert len(found) == 1
    assert scores[3] in found[0].message and "良" in found[0].message
    assert "农机购置补贴" in found[0].message


def test_a_project_graded_by_its_band_is_not_reported() -> None:
    """Near miss: the project's 88.5 graded 良 is right; the department's 96.5 优 too."""
    project = _project(
        "附件2 项目支出绩效自评表（农机购置补贴）", "农机补贴", ("36", "35.5", "17", "88.5"), "良"
    )
    assert not [
        f for f in audit_text(_report("96.5", "96.5", project), ["SC007"]) if f.rule == "SC007"
    ]


FUNDED_PROJECT = """{caption}
| 项目名称 | {name} | | | | | |
| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 项目资金（万元） | 年度资金总额 | {initial} | {budget} | {spent} | 10 | {rate} | {funds_score} |
| 项目资金（万元） | 其中：当年财政拨款 | {initial} | {budget} | {spent} | — | — | — |
| 绩效指标 | 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| | 产出指标 | {name}完成量 | ≥10处 | 10处 | 50 | 50 | |
| | 效益指标 | {name}受益人数 | ≥500人 | 520人 | 40 | 40 | |
| 合计 | | | | | 100 | {total} | |
"""


def _funded(caption: str, name: str, money: tuple[str, str, str, str, str], total: str) -> str:
    initial, budget, spent, rate, funds_score = money
    return FUNDED_PROJECT.format(
        caption=caption,
        name=name,
        initial=initial,
        budget=budget,
        spent=spent,
        rate=rate,
        funds_score=funds_score,
        total=total,
    )


@pytest.mark.parametrize(
    "projects",
    [
        (
            _funded(
                "附件2-1 项目支出绩效自评表",
                "乡村公路养护",
                ("120.00", "150.00", "150.00", "100%", "10"),
                "100",
            ),
            _funded(
                "附件2-2 项目支出绩效自评表",
                "农村饮水维修",
                ("80.00", "90.00", "81.00", "90%", "9"),
                "99",
            ),
        ),
        (
            _funded(
                "项目自评表（一）",
                "村级活动场所修缮",
                ("45.50", "45.50", "45.50", "100%", "10"),
                "100",
            ),
            _funded(
                "项目自评表（二）", "文化广场照明", ("30.00", "36.00", "36.00", "100%", "10"), "100"
            ),
        ),
    ],
)
def test_each_project_sheets_money_block_is_its_projects(projects: tuple[str, ...]) -> None:
    """Two projects' 年初预算数 (120 and 80) are two quantities, not one told twice."""
    text = _report("96.5", "96.5", *projects)
    assert not [f for f in audit_text(text, ["IC001"]) if f.rule == "IC001"]


def test_money_blocks_outside_project_sheets_are_still_compared() -> None:
    """Near miss: the department's 年度资金总额 told as 1,200 and 1,260 in two unscored tables."""
    block = (
        "{caption}\n"
        "| 资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 |\n"
        "| 资金（万元） | 年度资金总额 | {initial} | 1,300.00 | 1,250.00 |\n"
    )
    text = _report(
        "96.5",
        "96.5",
        block.format(caption="表5 部门预算资金情况", initial="1,200.00"),
        "二、部门预算执行\n",
        block.format(caption="表6 部门预算执行情况", initial="1,260.00"),
        *CAPTIONED,
    )
    found = [f for f in audit_text(text, ["IC001"]) if f.rule == "IC001"]
    assert found and any("1,200" in f.message and "1,260" in f.message for f in found)


def _year_report(captions: tuple[str, ...]) -> str:
    sheets = [
        _project(c, f"事项{n}", ("38", "39", "19", "96")) for n, c in enumerate(captions, start=1)
    ]
    return _report("96.5", "96.5", *sheets)


@pytest.mark.parametrize(
    "captions",
    [
        (
            "附表2 2025年度项目支出绩效自评表（林下经济扶持）",
            "附表3 2024年度项目支出绩效自评表（森林防火巡护）",
        ),
        (
            "表6：2025年度项目绩效评价表（社区养老服务）",
            "表7：2025年度项目绩效评价表（残疾人康复）",
            "表8：2024年度项目绩效评价表（助餐点运营）",
        ),
    ],
)
def test_last_years_project_form_beside_this_years_is_reported(captions: tuple[str, ...]) -> None:
    """A 2024 project form among the 2025 ones of a 2025 report is last year's form left in."""
    text = _year_report(captions)
    found = [f for f in audit_text(text, ["YR001"]) if f.rule == "YR001"]
    assert len(found) == 1 and "2024" in found[0].message


def test_last_years_budget_table_beside_this_years_is_a_comparison() -> None:
    """Near miss: ``2024年度“三公”经费预算`` beside the 2025 one compares two years."""
    tables = (
        "表4 2025年度“三公”经费预算（单位：万元）\n| 项目 | 预算数 |\n| 公务接待费 | 3.00 |\n"
        "| 公务用车运行维护费 | 6.00 |\n| 合计 | 9.00 |\n"
        "表5 2024年度“三公”经费预算（单位：万元）\n| 项目 | 预算数 |\n| 公务接待费 | 3.50 |\n"
        "| 公务用车运行维护费 | 6.00 |\n| 合计 | 9.50 |\n"
    )
    text = _report("96.5", "96.5", tables, *CAPTIONED)
    assert not [f for f in audit_text(text, ["YR001"]) if f.rule == "YR001"]


TOTAL_FIRST = """某区体育局2024年度部门整体支出绩效自评报告
一、自评结论
经自评，本局综合得分{total}分，等级为优。
表4 {caption}
| 绩效指标 | 一级指标 | 三级指标 | 分值 | 得分 |
| {total_label} | | | 100 | {total} |
| | 产出指标 | 健身路径安装数量 | 30 | 30 |
| | 产出指标 | 赛事举办场次 | 30 | 27.5 |
| | 效益指标 | 群众参与人次 | 20 | 20 |
| | 满意度指标 | 群众满意度 | 20 | 19 |
"""


@pytest.mark.parametrize(
    ("caption", "total_label"),
    [("部门整体支出绩效自评表", "合计"), ("项目支出绩效评分表（全民健身工程）", "总计")],
)
def test_a_total_row_printed_first_heads_no_rows(caption: str, total_label: str) -> None:
    """96.5 is 30 + 27.5 + 20 + 19; a written 97.5 is SC005's, not a money sum's (AR001)."""
    text = TOTAL_FIRST.format(caption=caption, total_label=total_label, total="97.5")
    found = audit_text(text, ["SC005", "AR001"])
    assert [f.rule for f in found] == ["SC005"]
    assert "96.5" in found[0].message and "97.5" in found[0].message


def test_a_total_row_printed_first_that_holds_is_clean() -> None:
    """Near miss: the same sheet totalled 96.5 is right: nothing to report."""
    text = TOTAL_FIRST.format(caption="部门整体支出绩效自评表", total_label="合计", total="96.5")
    assert not audit_text(text, ["SC005", "AR001"])
