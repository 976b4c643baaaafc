"""A wrong rate restated consistently is still wrong: one finding that names every copy.

A rate written wrong beside its operands and copied as written into the 自评表 or the
conclusion is one defect; the copies agreeing with each other is no reason to say
nothing (:mod:`auditor.read.rate_restatements`). The abstentions that have a reason stay:
a rate its figures read two ways, a rate a figure elsewhere gives with one of the pair.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import audit_text, read_text

from auditor.findings import Finding
from auditor.read.rate_restatements import rate_word, restatements

TITLE = "2025年度某县图书馆部门整体支出绩效自评报告\n"


def _rate_findings(text: str) -> list[Finding]:
    return [f for f in audit_text(TITLE + text) if f.rule in ("AR003", "AR005")]


def test_the_rate_word_is_what_the_name_ends_in() -> None:
    assert rate_word("读者服务满意度") == "满意度"
    assert rate_word("古籍修复合格率") == "合格率"
    assert rate_word("完成年度目标260公里的") == ""


def test_counts_after_the_rate_restated_in_the_conclusion() -> None:
    # 1,431/1,520 = 94.14 %, written 95.14 % and copied as written (达到 states the value).
    findings = _rate_findings(
        "（一）满意度指标\n"
        "读者服务满意度95.14%，回收有效问卷1,520份，其中满意1,431份。\n"
        "三、自评结论\n"
        "全年读者服务满意度达到95.14%，较好完成年度目标。\n"
    )
    (f,) = findings
    assert f.found == "95.14%" and f.expected == "94.14%"
    (copy,) = [e for e in f.evidence if e.role == "同一比率"]
    assert copy.location.line == 5 and copy.value == "95.14"
    assert "亦写作 95.14%" in f.message


def test_a_part_over_what_was_handled_restated_in_the_score_table() -> None:
    # 原生数字化 over 抽检: 1,187/1,240 = 95.73 %; the sheet copies the written 96.73 %.
    findings = _rate_findings(
        "（二）质量指标\n"
        "全年抽检古籍修复成果1,240叶，合格1,187叶，古籍修复合格率为96.73%。\n"
        "三、部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 质量指标 | 古籍修复合格率 | ≥95% | 96.73% | 10 | 10 |\n"
    )
    (f,) = findings
    assert f.rule == "AR005" and f.found == "96.73%"
    (copy,) = [e for e in f.evidence if e.role == "同一比率"]
    assert copy.location.table == 1 and copy.value == "96.73"


def test_an_indicator_rate_copied_into_the_sheet_and_the_conclusion() -> None:
    # 2,306.40/2,418.00 = 95.38 %, written 96.38 % in three places: one finding.
    findings = _rate_findings(
        "二、预算执行情况\n"
        "2025年调整后预算2,418.00万元，全年实际支出2,306.40万元。\n"
        "三、绩效指标完成情况\n"
        "（一）预算执行率（15分）\n"
        "本年度预算执行率为96.38%，按评分标准计15分。\n"
        "四、自评结论\n"
        "全年预算执行率96.38%，自评得分96分。\n"
    )
    (f,) = findings
    assert f.rule == "AR005"
    (copy,) = [e for e in f.evidence if e.role == "同一比率"]
    assert copy.location.line == 8 and "96.38%" in copy.text


def test_a_right_rate_restated_says_nothing() -> None:
    assert not _rate_findings(
        "（一）满意度指标\n"
        "读者服务满意度94.14%，回收有效问卷1,520份，其中满意1,431份。\n"
        "三、自评结论\n"
        "全年读者服务满意度达到94.14%，较好完成年度目标。\n"
    )


def test_copies_are_the_same_rate_of_this_year_only() -> None:
    reading = read_text(
        TITLE + "全年抽检古籍修复成果1,240叶，合格1,187叶，古籍修复合格率为96.73%。\n"
        "上年古籍修复合格率为96.73%。\n"
        "志愿服务参与率96.73%。\n"
        "2024年古籍修复合格率96.73%。\n"
        "年度目标古籍修复合格率达到96.73%。\n"
        "2025年古籍修复合格率96.73%。\n"
    )
    (rate,) = reading.implied
    copies = restatements(
        reading.figures, rate.name, Decimal("96.73"), rate.block, rate.location, 2025
    )
    assert [f.quote for f in copies] == ["2025年古籍修复合格率96.73%"]


def test_restated_or_not_an_ambiguous_pair_abstains() -> None:
    # Two wholes (计划, 目标) over one done part: two readings, neither fixed by the words.
    assert not _rate_findings(
        "（一）数量指标\n"
        "全年计划修复古籍1,300叶，年度目标1,240叶，实际修复1,187叶，修复完成率93.50%。\n"
        "三、自评结论\n"
        "修复完成率93.50%。\n"
    )


def test_a_rate_before_its_sent_questionnaires_is_a_warning_that_names_its_copy() -> None:
    # 发放 is what was sent, not what came back: the reading is shown, as a warning.
    findings = _rate_findings(
        "（一）满意度指标\n"
        "读者满意度97.6%，发放问卷860份，满意823份。\n"
        "三、部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 满意度指标 | 服务对象满意度 | 读者满意度 | ≥95% | 97.6% | 10 | 10 |\n"
    )
    (f,) = findings
    assert f.severity.value == "warning" and f.found == "97.6%"
    assert "823份÷860份" in f.message
    (copy,) = [e for e in f.evidence if e.role == "同一比率"]
    assert copy.location.table == 1


def test_a_copy_beside_the_figures_that_give_it_shows_the_rate_was_right() -> None:
    # The first paragraph's figures are other counts; the rate is computed in the second.
    assert not _rate_findings(
        "（一）时效指标\n"
        "全年受理行政许可申请1,280件，其中当场办结1,150件，按时办结率为98.36%。\n"
        "（二）办结情况\n"
        "全年应办结1,280件，按时办结1,259件，按时办结率98.36%。\n"
    )


def test_counts_of_indicators_are_not_the_rates_operands() -> None:
    # ``A中B`` counts indicators met; the rate after it is another quantity.
    assert not _rate_findings(
        "（一）总体完成情况\n"
        "12项绩效指标中有11项达到年度目标，资金到位率为97.40%。\n"
        "三、自评结论\n"
        "资金到位率97.40%。\n"
    )


def test_a_rate_padded_with_zeros_is_read_at_its_places() -> None:
    # 914/971 = 94.13 %, written 94.10 %: no slip of 971/1,000 = 97.10 %.
    assert not _rate_findings(
        "（一）满意度指标\n"
        "发放问卷1,000份，收回971份，满意及基本满意914份，满意度94.10%。\n"
        "三、部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 满意度指标 | 服务对象满意度 | 满意度 | ≥90% | 94.10% | 10 | 10 |\n"
    )


def test_a_copy_scored_pro_rata_is_still_named() -> None:
    # 9.64 of 10 points is the copy's score rate, not operands that give 96.4 %.
    findings = _rate_findings(
        "（一）质量指标\n"
        "全年抽检馆藏档案1,400卷，合格1,337卷，档案合格率为96.4%。\n"
        "三、部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 质量指标 | 档案合格率 | ≥95% | 96.4% | 10 | 9.64 |\n"
    )
    (f,) = findings
    assert f.expected == "95.5%"
    assert [e.location.table for e in f.evidence if e.role == "同一比率"] == [1]


def test_a_copy_stating_the_pairs_value_confirms_the_reading() -> None:
    # 49/52 = 94.23 %: the sheet states 94.23 %, the paragraph 96.15 %.
    body = (
        "（一）安全指标\n"
        "全年排查消防隐患52处，整改49处，整改率96.15%。\n"
        "三、部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 质量指标 | {row} | 100% | 94.23% | 10 | 9 |\n"
    )
    (f,) = _rate_findings(body.format(row="消防隐患整改率"))
    assert f.severity.value == "error" and f.expected == "94.23%"
    assert [e.location.table for e in f.evidence if e.role == "他处所写"] == [1]
    # Another rate at that value is no copy: the places are not known to disagree.
    assert not _rate_findings(body.format(row="设备完好率"))
