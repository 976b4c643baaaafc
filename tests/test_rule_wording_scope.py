"""Scoring-rule wording: every per-step word marks a rule; a method keeps to its sheets.

Round 19b's kinds, in other words than its reports:

- a per-step deduction marks a rule clause whichever word it falls short with
  (``每低``, ``每少``, ``每下降`` as well as ``每低于``): the item's own rule, not the
  framework's;
- a score row's own figures (the funds row's budgets, the row's actual value) are no
  scoring standard when the table has no 评分标准 column;
- a method the text states for the project sheets (``三个重点项目均按照项目支出绩效
  自评表评分…``) does not score the department's own sheet, unless it says so;
- a clause for one project's rate indicators (``…项目中的各项达标率指标，每低于指标值1个
  百分点扣0.5分``) scores that project's sheet's rate rows from their own targets, and no
  other sheet's.
"""

from __future__ import annotations

import pytest
from helpers import audit_text, read_text

from auditor.assess import summarize
from auditor.findings import Finding

_HEAD = "某县林业局2024年度部门整体支出绩效自评报告\n"
_SHEET = """四、自评结论
自评得分100分，等级为优。
表3 部门整体支出绩效自评表
| 一级指标 | 三级指标 | 分值 | 实际完成值 | 得分 |
| 产出指标 | 苗木成活率 | 45 | 100% | 45 |
| 效益指标 | 森林防火巡护 | 50 | 100% | 50 |
| 管理指标 | 档案归档率 | 5 | 94.5% | 5 |
| 合计 |  | 100 |  | 100 |
"""


def _source(step: str) -> str:
    prose = (
        f"三、绩效指标完成情况\n（二）档案归档率（5分）：全年档案归档率94.5%。{step}本项得5分。\n"
    )
    (row,) = [
        a
        for a in summarize(read_text(_HEAD + prose + _SHEET)).assessments
        if a.indicator.name == "档案归档率"
    ]
    return row.rule_source


@pytest.mark.parametrize(
    "step",
    [
        "归档率达到100%的得满分，每低1个百分点扣0.2分。",
        "归档率为100%计满分，每下降一个百分点扣0.3分。",
        "全部归档得满分，归档率每少2个百分点扣0.5分。",
    ],
)
def test_every_step_word_marks_the_items_own_rule(step: str) -> None:
    assert _source(step) == "report"


def test_a_fall_without_a_step_is_no_rule() -> None:
    """Near miss: ``较上年下降1个百分点`` reports a change, it states no rule."""
    assert _source("归档率较上年下降1个百分点，") != "report"


_NO_RULE_COLUMN = """表4 项目支出绩效自评表
| 项目名称 | 护林防火专项 | | | | | |
| 项目资金（元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | 1,250,000.00 | 1,250,000.00 | 1,200,000.00 | 10 | 96.00% | 9.6 |
| 绩效指标 | 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| | 产出指标 | 护林员补助发放 | 年底前发放 | 11月30日前全部发放到位 | 45 | 45 | |
| | 效益指标 | 火情处置 | {cell} | 及时 | 45 | 45 | |
| 合计 | | | | | 100 | 99.6 | |
"""


def _rule_quotes(cell: str) -> dict[str, str]:
    reading = read_text(_HEAD + _NO_RULE_COLUMN.format(cell=cell))
    return {i.name: i.rule_quote for s in reading.sheets for i in s.indicators}


def test_a_rows_own_figures_are_no_scoring_standard() -> None:
    quotes = _rule_quotes("及时")
    assert quotes.keys() >= {"年度资金总额", "护林员补助发放"}
    assert not any("000.00" in q for q in quotes.values()), quotes
    assert quotes["护林员补助发放"] == ""


def test_a_rule_written_in_a_rows_cell_is_still_its_rule() -> None:
    """Near miss: a long cell that is no figure of the row stays its quoted standard."""
    quotes = _rule_quotes("处置率≥95%得满分，每低1个百分点扣1分")
    assert "每低1个百分点扣1分" in quotes["火情处置"]


_ROWS = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"


def _projects_report(method: str) -> str:
    return "\n\n".join(
        [
            "某县农业农村局2024年度部门整体支出绩效自评报告",
            "一、基本情况",
            "本局负责全县农业农村工作。",
            "四、重点项目自评情况",
            method,
            "五、存在的问题",
            "个别乡镇进度偏慢。",
            "附件1　部门整体支出绩效自评表",
            f"{_ROWS}\n"
            "产出指标\t数量指标\t农机作业补贴兑付率\t≥98%\t94%\t20\t20\n"
            "效益指标\t社会效益指标\t粮食生产功能区覆盖\t≥12个\t12个\t10\t10\n"
            "合计\t\t\t\t\t30\t30",
            "附件2　项目支出绩效自评表（高标准农田建设项目）",
            f"{_ROWS}\n"
            "产出指标\t质量指标\t田间工程验收合格率\t≥98%\t94%\t20\t20\n"
            "效益指标\t社会效益指标\t新增灌溉面积\t≥800亩\t800亩\t10\t10\n"
            "合计\t\t\t\t\t30\t30",
        ]
    )


def _sc002(text: str) -> set[str]:
    found: list[Finding] = [f for f in audit_text(text, ["SC002"]) if f.rule == "SC002"]
    return {f.message.split("：")[0] for f in found}


@pytest.mark.parametrize(
    "subject",
    ["三个重点项目均按照项目支出绩效自评表评分。", "各重点项目的自评按项目自评表的统一格式进行，"],
)
def test_a_method_for_the_projects_does_not_score_the_departments_sheet(subject: str) -> None:
    method = subject + "计分方法：各项指标达到年度指标值的计满分；未达到的，每低1个百分点扣1分。"
    # 20 − (98 − 94) × 1 = 16 on the project's row; the department's row is not its.
    assert _sc002(_projects_report(method)) == {"田间工程验收合格率"}


def test_a_method_said_to_cover_the_departments_sheet_too_scores_it() -> None:
    """Near miss: the statement names the department's sheet as well."""
    method = (
        "三个重点项目均按照项目支出绩效自评表评分，部门整体支出绩效自评表采用同样的方法。"
        "计分方法：各项指标达到年度指标值的计满分；未达到的，每低1个百分点扣1分。"
    )
    assert _sc002(_projects_report(method)) == {"田间工程验收合格率", "农机作业补贴兑付率"}


def _two_projects(method: str, awarded: str = "20") -> str:
    rows = (
        "产出指标\t质量指标\t灌溉水质达标率\t≥95%\t91%\t20\t{a}\n"
        "效益指标\t社会效益指标\t新增灌溉面积\t≥800亩\t800亩\t10\t10\n"
        "合计\t\t\t\t\t30\t{t}"
    )
    total = str(10 + int(awarded))
    return "\n\n".join(
        [
            "某县水利局2024年度部门整体支出绩效自评报告",
            "一、基本情况",
            "本局负责全县水利工作。",
            "四、项目自评情况",
            "两个项目均按项目支出绩效自评表评分。评分规则为：" + method,
            "五、存在的问题",
            "个别乡镇进度偏慢。",
            "附件1　部门整体支出绩效自评表",
            f"{_ROWS}\n" + rows.format(a="20", t="30"),
            "附件2　项目支出绩效自评表（农田水利建设项目）",
            f"{_ROWS}\n" + rows.format(a=awarded, t=total),
            "附件3　项目支出绩效自评表（山洪灾害防治项目）",
            f"{_ROWS}\n" + rows.format(a="20", t="30"),
        ]
    )


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("农田水利建设项目中的各项达标率指标，每低于指标值1个百分点扣0.5分；", "18"),
        ("农田水利建设项目中各项水质达标率指标按省厅办法，每低于年度指标值2个百分点扣1分。", "18"),
    ],
)
def test_a_projects_rate_clause_scores_that_projects_rate_rows_only(
    method: str, expected: str
) -> None:
    # 20 − (95 − 91) × 0.5 = 18 on the named project's sheet; the department's sheet and
    # the other project's, with the same row and the same full marks, are not its.
    found = [f for f in audit_text(_two_projects(method), ["SC002"]) if f.rule == "SC002"]
    assert len(found) == 1, found
    assert "灌溉水质达标率" in found[0].message and expected in found[0].message
    assert all(e.location.table in (None, 2) for e in found[0].evidence), found[0].evidence


def test_a_rate_row_scored_by_its_projects_clause_passes() -> None:
    """Near miss: the named project's row carries the clause's score."""
    method = "农田水利建设项目中的各项达标率指标，每低于指标值1个百分点扣0.5分；"
    assert _sc002(_two_projects(method, awarded="18")) == set()
