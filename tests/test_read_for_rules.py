"""The facts the reading layer gives rules that once read the text themselves.

IC006 (staff above posts, unless explained), SC010 (a deduction explained), CP002 (the
outline's parts) and CP003 (required figure columns left blank) read these; the rules'
own fixtures (``tests/fixtures/checks/``) test the findings.
"""

from __future__ import annotations

from helpers import read_text

HEAD = "2024年度部门整体支出绩效自评报告\n"


def test_a_staffing_reason_is_read_with_its_sentence_and_whether_it_is_about_staff() -> None:
    r = read_text(
        HEAD + "本单位核定编制50名，实有人数52人，其中借调人员2名。\n负责退役军人安置工作。\n"
    )
    reasons = [(e.cue, e.about_staff) for e in r.explanations.staffing]
    assert reasons == [("借调", True), ("安置", False)]
    staff = r.explanations.staffing[0]
    assert staff.text == "本单位核定编制50名，实有人数52人，其中借调人员2名"
    assert r.explanations.staffing_explained({-1})
    only_task = read_text(HEAD + "本单位核定编制50名，实有人数52人。\n负责退役军人安置工作。\n")
    assert not only_task.explanations.staffing_explained({-1})


def test_a_deduction_is_found_for_its_indicator_and_within_blocks() -> None:
    r = read_text(HEAD + "培训人次完成率未达目标，扣1分。\n资金到位率为100%。\n")
    found = r.explanations.deduction_for("培训人次完成率")
    assert found is not None and found.cue in ("未达", "扣")
    assert r.explanations.deduction_for("资金到位率") is None
    assert r.explanations.deduction_within(found.block, found.block + 1) == found
    assert r.explanations.deduction_within(found.block + 1, found.block + 2) is None


def test_the_outline_parts_named_and_missing() -> None:
    r = read_text(HEAD + "一、部门基本情况\n二、存在的问题\n三、改进建议\n")
    found = {p.name: p.found for p in r.parts}
    assert found["部门（单位）基本情况"] and found["存在的问题"] and found["改进措施或建议"]
    assert not found["绩效目标"]


def test_a_required_column_left_blank_in_a_data_row() -> None:
    r = read_text(
        HEAD
        + "| 单位 | 编制人数 | 实有人数 | 空编 |\n| --- | --- | --- | --- |\n"
        + "| 本级 | 40 | 38 |  |\n| 下属 | 10 | 9 | 1 |\n"
    )
    (column,) = r.blank_columns
    assert column.name == "空编"
    assert [b.label for b in column.cells] == ["本级 | 空编"]
    assert column.location == column.cells[0].cell.location
