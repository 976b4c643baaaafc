"""SC003 says whose rule it re-scored by: the report's own, or the reference framework's.

A reviewer must not read "按其评分标准" when the report states no rule and the
recomputation rests on the reference framework's (财预〔2020〕10号 practice) instead.
"""

from __future__ import annotations

from helpers import audit_text


def _sc003(text: str) -> list[str]:
    return [f.message for f in audit_text(text, ["SC003"]) if f.rule == "SC003"]


_HEAD = "某县档案馆2024年度部门整体支出绩效自评报告\n\n四、绩效自评情况\n\n"


def test_framework_rule_is_named_as_such() -> None:
    for body in (
        "（十二）固定资产利用率（3分）\n固定资产利用率=(在用固定资产/固定资产总额)×100%=180/200=100%。故本项计3分。",
        "3.固定资产利用率（3分）：在用资产÷资产总额×100%=342/380×100%=100%，本项得3分。",
    ):
        messages = _sc003(_HEAD + body)
        assert messages and all("参考框架评分标准" in m for m in messages), messages


def test_the_reports_own_rule_is_its_own() -> None:
    body = (
        "（十二）固定资产利用率（3分）\n固定资产利用率=(在用固定资产/固定资产总额)×100%=180/200=100%。"
        "评价标准：每低于100%一个百分点扣0.1分，扣完为止。故本项计3分。"
    )
    messages = _sc003(_HEAD + body)
    assert messages and all("按其评分标准" in m for m in messages), messages
