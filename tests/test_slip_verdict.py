"""Which of two figures typed two ways is right (``auditor/read/slip_verdict.py``).

One quantity stated in two sections with a slip: the finding names the value the
document's own arithmetic (parts stated with it) or its other restatements confirm,
and the one in doubt; when both or neither side has such evidence it names none.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding


def _only(text: str, rule: str) -> Finding:
    found = [f for f in audit_text(text, rules=[rule]) if f.rule == rule]
    assert len(found) == 1, [f.message for f in found]
    return found[0]


def test_two_digit_slip_the_parts_name_the_right_value() -> None:
    f = _only(
        "某县发展和改革局2024年度部门整体支出绩效自评报告\n"
        "一、基本情况\n全县纳入市级重点工程79个，完成投资45.6亿元。\n"
        "二、主要成效\n全年共推进市级重点工程97个，其中续建52个、新开工45个。\n",
        "IC005",
    )
    assert "应以 97 个 为准，79 个 疑有误" in f.message
    assert (f.expected, f.found) == ("97", "79")
    assert f.severity.value == "warning"


def test_slip_without_evidence_names_neither() -> None:
    f = _only(
        "某区住房和城乡建设局2024年度部门整体支出绩效自评报告\n"
        "一、部门概况\n通过棚户区改造，全区2.47万户居民住房条件改善。\n"
        "二、主要工作\n（二）棚户区改造。完成安置房1.2万套，惠及居民2.74万户。\n",
        "IC005",
    )
    plain = f.message.replace(" ", "")
    assert "2.47万户" in plain and "2.74万户" in plain  # the 万 is shown
    assert "为准" not in f.message and f.expected is None


def test_slip_restated_in_a_third_place_names_it() -> None:
    f = _only(
        "某区住房和城乡建设局2024年度部门整体支出绩效自评报告\n"
        "一、部门概况\n通过棚户区改造，全区2.47万户居民住房条件改善。\n"
        "二、主要工作\n（二）棚户区改造。完成安置房1.2万套，惠及居民2.74万户。\n"
        "三、绩效结论\n棚户区改造惠及居民2.74万户。\n",
        "IC005",
    )
    assert "应以2.74万户为准，2.47万户疑有误" in f.message.replace(" ", "")


def test_the_parts_vote_between_two_restatements_of_a_whole() -> None:
    f = _only(
        "某县审计局2024年度部门整体支出绩效自评报告\n"
        "一、部门基本情况\n本局编制35名。在编在岗人员31人，其中行政9人、事业17人、工勤4人。\n"
        "二、绩效自评情况\n年末在编在岗人员30人，全部在岗。\n",
        "IC001",
    )
    assert "所列分项之和（9 + 17 + 4）为 30 人，应以 30 人 为准" in f.message
    assert "无法判断" not in f.message
    assert f.expected == "30"


def test_sheet_cell_against_a_text_stating_its_value_twice() -> None:
    f = _only(
        "某市自然资源和规划局2024年度部门整体支出绩效自评报告\n"
        "一、部门基本情况\n全年完成地形图更新1,640平方公里。\n"
        "二、绩效自评结论\n全年地形图更新1,640平方公里，任务全部完成。\n"
        "三、绩效指标完成情况\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 地形图更新面积 | 10 | ≥1500平方公里 | 1,460平方公里 | 10 |\n"
        "| 效益 | 满意度 | 服务对象满意度 | 10 | ≥90% | 96% | 10 |\n",
        "IC007",
    )
    assert "均为 1,640" in f.message and "自评表数值疑有误" in f.message
    assert (f.expected, f.found) == ("1,640", "1,460平方公里")
