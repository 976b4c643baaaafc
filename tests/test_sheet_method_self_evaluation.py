"""A per-point method for a class of rows, stated in the self-evaluation section.

The narrative's ``自评情况`` heading names no method, yet one paragraph there says how a
class of rows (or every row) is scored, counting each point lost from the row's OWN
target (``≥96%``), not from 100 %. A paragraph explaining one row's score, a rule for one
named indicator, and a row at its target are no finding."""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding

_HEAD = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"


def _sc(text: str) -> list[Finding]:
    return [f for f in audit_text(text, ["SC002"]) if f.rule == "SC002"]


def _report(method: str, rows: str, heading: str = "四、部门自评结果") -> str:
    return "\n\n".join(
        [
            "某县农技站2024年度部门整体支出绩效自评报告",
            "一、基本情况",
            "本站负责全县农技推广。",
            heading,
            "本次自评满分30分，其中产出指标20分，效益指标10分。" + method,
            "经自评，各项工作总体完成，自评表见附表。",
            "五、存在的问题",
            "个别乡镇推广进度偏慢。",
            "附表　部门整体支出绩效自评表",
            f"{_HEAD}\n{rows}\n合计\t\t\t\t\t30\t28",
        ]
    )


_ROWS = (
    "产出指标\t质量指标\t病虫害防控覆盖率\t≥96%\t92%\t8\t8\n"
    "产出指标\t数量指标\t示范基地建设数\t≥12个\t12个\t12\t12\n"
    "效益指标\t社会效益指标\t技术到位率\t≥80%\t74%\t10\t8"
)


def _names(findings: list[Finding]) -> set[str]:
    return {f.message.split("：")[0] for f in findings}


def test_every_row_method_counts_from_each_rows_own_target() -> None:
    method = "计分方法：各项指标达到年度指标值的计满分；未达到的，每低1个百分点扣0.5分。"
    found = _sc(_report(method, _ROWS))
    # 8 − (96 − 92) × 0.5 = 6 (not 8); 10 − (80 − 74) × 0.5 = 7 (not 8).
    assert _names(found) == {"病虫害防控覆盖率", "技术到位率"}, found


def test_class_method_reaches_only_its_class() -> None:
    method = "评分标准：效益指标完成目标值的得满分，未完成的每低2个百分点扣1分，扣完为止。"
    found = _sc(_report(method, _ROWS, "三、绩效自评情况"))
    # 10 − (80 − 74) / 2 = 7 (not 8); the 产出 row is not the class's.
    assert _names(found) == {"技术到位率"}, found


def test_rows_scored_from_their_own_target_pass() -> None:
    rows = _ROWS.replace("92%\t8\t8", "92%\t8\t6").replace("74%\t10\t8", "74%\t10\t7")
    method = "计分方法：各项指标达到年度指标值的计满分；未达到的，每低1个百分点扣0.5分。"
    assert _sc(_report(method, rows)) == []


def test_rows_at_or_above_target_pass() -> None:
    rows = _ROWS.replace("92%\t8\t8", "97%\t8\t8").replace("74%\t10\t8", "80%\t10\t10")
    method = "计分方法：各项指标达到年度指标值的计满分；未达到的，每低1个百分点扣0.5分。"
    assert _sc(_report(method, rows)) == []


def test_paragraph_explaining_one_rows_score_is_no_method() -> None:
    method = (
        "评分说明：技术到位率未达到80%的指标值，每低1个百分点扣0.5分，扣2分，得8分；"
        "其余指标均达到目标，得满分。"
    )
    assert _sc(_report(method, _ROWS)) == []


def test_rule_for_one_named_indicator_binds_no_other_row() -> None:
    method = "评分标准：技术到位率完成指标值的得满分，未完成的每低1个百分点扣1分。"
    found = _sc(_report(method, _ROWS))
    assert "病虫害防控覆盖率" not in _names(found), found
