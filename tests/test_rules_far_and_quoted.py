"""Scoring rules stated away from their row: a method paragraph at the head of the
table's section (beyond the three blocks a note is looked for), and a rule quoted for
one named indicator inside prose (``某指标按“…”评分``)."""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding


def _sc(text: str) -> list[Finding]:
    return [f for f in audit_text(text, ["SC002"]) if f.rule == "SC002"]


def _far_method(method: str, row: str, heading: str = "四、自评得分情况") -> str:
    return "\n\n".join(
        [
            "某市图书馆2025年度部门整体支出绩效自评报告",
            heading,
            method,
            "各项指标得分说明：资金结余较少，在职人员控制率未超过100%，得5分。",
            "借阅服务方面，全年开放时长稳定，读者反映良好，各分馆运行平稳。",
            "数字资源方面，电子书采购按计划推进，平台访问量较上年有所增长。",
            "表2　2025年度部门整体支出绩效自评表",
            "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "投入\t在职人员控制率\t≤100%\t92.15%\t5\t5\n"
            f"{row}\n"
            "合计\t\t\t\t15\t15",
        ]
    )


def test_far_method_deduction_per_point_below_target() -> None:
    text = _far_method(
        "答：评分标准：在职人员控制率≤100%得满分，超过不得分；图书外借率≥95%得满分，"
        "每低1个百分点扣2分；其余指标完成目标得满分。",
        "产出\t图书外借率\t≥95%\t92.5%\t10\t10",
    )
    found = _sc(text)
    assert len(found) == 1 and "图书外借率" in found[0].message, [f.message for f in found]
    assert "10" in found[0].found


def test_far_method_second_wording_per_half_point() -> None:
    text = _far_method(
        "本次自评的评分办法为：读者满意度达到90%得满分，每下降0.5个百分点扣1分；在职人员控制率不超过100%"
        "得满分。",
        "效益\t读者满意度\t≥90%\t88.0%\t10\t10",
    )
    found = _sc(text)
    assert len(found) == 1 and "读者满意度" in found[0].message, [f.message for f in found]


def test_far_method_score_that_follows_it_passes() -> None:
    text = _far_method(
        "评分标准：在职人员控制率≤100%得满分，超过不得分；图书外借率≥95%得满分，"
        "每低1个百分点扣2分；其余指标完成目标得满分。",
        "产出\t图书外借率\t≥95%\t92.5%\t10\t5",
    )
    assert _sc(text) == []


def test_method_in_another_section_is_not_the_tables() -> None:
    # A heading stands between the statement and the table: another part's standard.
    text = _far_method(
        "答：评分标准：在职人员控制率≤100%得满分，超过不得分；图书外借率≥95%得满分，"
        "每低1个百分点扣2分；其余指标完成目标得满分。",
        "产出\t图书外借率\t≥95%\t92.5%\t10\t10",
    ).replace("各项指标得分说明", "五、自评表\n\n各项指标得分说明")
    assert _sc(text) == []


def _quoted(sentence: str, rate: str, score: str) -> str:
    return "\n\n".join(
        [
            "某县疾病预防控制中心2024年度部门整体支出绩效自评报告",
            "一、自评工作开展情况",
            f"中心成立自评小组，对照指标体系逐项打分。{sentence}",
            "二、指标完成情况",
            "（一）资金到位率（5分）",
            "资金全部按时到位，到位率100%，得5分。",
            "（二）项目支出执行率（10分）",
            f"项目支出16.20万元，项目预算18.00万元，执行率{rate}，得{score}分。",
        ]
    )


def test_quoted_rule_per_point_for_a_narrative_indicator() -> None:
    text = _quoted(
        "项目支出执行率按“执行率100%得满分，每降低1个百分点扣0.5分”评分，其余指标按完成比例扣分。",
        "90%",
        "10",
    )
    found = _sc(text)
    assert len(found) == 1 and "项目支出执行率" in found[0].message, [f.message for f in found]


def test_quoted_rule_second_wording() -> None:
    text = _quoted(
        "其中，项目支出执行率依据「达到95%得满分，每低1个百分点扣1分」计分。",
        "90%",
        "10",
    )
    found = _sc(text)
    assert len(found) == 1 and "5" in found[0].expected, [f.message for f in found]


def test_quoted_rule_for_a_name_no_indicator_has_says_nothing() -> None:
    # 专项资金执行率 is not the indicator's name: the quote is another measure's rule.
    text = _quoted(
        "专项资金执行率按“执行率100%得满分，每降低1个百分点扣0.5分”评分。",
        "90%",
        "10",
    )
    assert _sc(text) == []
