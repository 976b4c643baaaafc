"""A counted group of projects after 其中 holds its own money, not the department's.

``其中政府性基金项目2个，实际支出合计a；一般公共预算项目5个，实际支出合计b``: each
clause's 支出合计 is its group's, so it is never compared with the department's income
or spending (IC002, IC001). A clause whose count names all the projects
(``共安排项目7个``) is the department's.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import audit_text, read_text

from auditor.read.qualifiers import Scope

_HEAD = (
    "某县文化馆2024年度部门整体支出绩效自评报告\n\n"
    "一、收支情况\n\n"
    "2024年度本单位收入合计860.00万元，全部为本年财政拨款收入，无上年结转；"
    "本年支出合计860.00万元，年末无结转结余。\n\n"
)


def _facts(text: str, raw: str) -> list[tuple[str, Scope, str]]:
    reading = read_text(text)
    return [
        (f.concept, f.scope, f.scope_name)
        for f in reading.facts.facts
        if f.figure.amount.value == Decimal(raw) and f.figure.block is not None
    ]


def test_groups_after_qizhong_hold_their_own_spending() -> None:
    for body in (
        "二、项目情况\n\n全年项目支出520.00万元，共实施项目6个。其中市级专项项目2个，"
        "实际支出合计180.00万元；中央转移支付项目4个，实际支出合计340.00万元。",
        "二、项目情况\n\n项目支出520.00万元。其中：上级补助项目共3个，支出合计180.00万元；"
        "本级安排项目3个，支出合计340.00万元。",
    ):
        text = _HEAD + body
        for raw in ("180.00", "340.00"):
            scopes = {(s, n) for _, s, n in _facts(text, raw)}
            assert scopes and all(s == Scope.UNIT and n.endswith("项目") for s, n in scopes), (
                body,
                raw,
                scopes,
            )
        assert [f for f in audit_text(text, ["IC002", "IC001"]) if f.severity == "error"] == []


def test_a_count_of_all_projects_keeps_the_departments_figure() -> None:
    text = _HEAD + "二、项目情况\n\n其中共安排项目6个，支出合计860.00万元。"
    assert all(s != Scope.UNIT for _, s, _ in _facts(text, "860.00"))


def test_no_qizhong_no_group() -> None:
    text = _HEAD + "二、项目情况\n\n重点项目3个，支出合计860.00万元，均按进度完成。"
    assert all(s != Scope.UNIT for _, s, _ in _facts(text, "860.00"))
