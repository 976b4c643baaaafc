"""A scoring method stated once for many indicators, bound clause by clause (clauses.py)."""

from __future__ import annotations

from decimal import Decimal

from auditor.model import Location
from auditor.read.scoring.clauses import shared_method, subjects

HERE = Location(line=3)
NAMES = ["在职人员控制率", "公用经费控制率", "“三公”经费控制率", "群众满意度", "救助对象覆盖率"]


def _quotes(text: str, names: list[str] = NAMES) -> dict[str, str | None]:
    shared = shared_method(text, HERE, names)
    assert shared is not None
    return {k: (v[1] if v is not None else None) for k, v in shared.rules.items()}


def test_each_clause_binds_the_indicators_at_its_head() -> None:
    found = _quotes(
        "评分办法：在职人员控制率、公用经费控制率不超过100%得满分，超过的不得分；“三公”经费控制率"
        "不超过100%得满分，每超1个百分点扣1分；群众满意度达到90%得满分，每低1个百分点扣0.5分；"
        "其他指标按评分标准分档计分。"
    )
    assert found["在职人员控制率"] == found["公用经费控制率"]
    assert found["三公经费控制率"] == "“三公”经费控制率不超过100%得满分，每超1个百分点扣1分"
    assert found["群众满意度"] == "群众满意度达到90%得满分，每低1个百分点扣0.5分"
    # 其他指标… names nothing: the unnamed row is not bound.
    assert "救助对象覆盖率" not in found


def test_clause_rule_is_read_without_its_subjects() -> None:
    shared = shared_method(
        "“三公”经费控制率不超过100%得满分，每超1个百分点扣1分；群众满意度达到90%得满分。",
        HERE,
        NAMES,
    )
    assert shared is not None
    bound = shared.rules["三公经费控制率"]
    assert bound is not None
    rule = bound[0]
    assert rule.readings(Decimal(102), Decimal(4)) == {Decimal(2)}


def test_comma_before_another_name_starts_a_clause() -> None:
    found = _quotes("群众满意度达到90%得满分，每低1个百分点扣1分，在职人员控制率不超过100%得满分。")
    assert found["群众满意度"] == "群众满意度达到90%得满分，每低1个百分点扣1分"
    assert found["在职人员控制率"] == "在职人员控制率不超过100%得满分"


def test_names_joined_by_a_comma_share_the_clause() -> None:
    found = _quotes("在职人员控制率，公用经费控制率不超过100%得满分；其余指标按完成比例计分。")
    assert found["在职人员控制率"] == found["公用经费控制率"] is not None


def test_indicator_named_twice_abstains() -> None:
    found = _quotes(
        "群众满意度达到90%得满分；群众满意度每低1个百分点扣1分；在职人员控制率不超过100%得满分。"
    )
    assert found["群众满意度"] is None


def test_unnamed_subjects_beside_other_indicators_clause_bind_none() -> None:
    shared = shared_method(
        "部门预算执行率达到100%得满分；其他指标完成目标得满分，未完成按完成比例得分。", HERE, NAMES
    )
    assert shared is not None
    assert shared.rules == {}


def test_table_wide_method_is_not_a_shared_statement() -> None:
    assert shared_method("注：完成目标得满分，未完成按完成比例得分。", HERE, NAMES) is None


def test_one_named_indicator_beside_an_others_clause_takes_its_own_clause() -> None:
    # Its clause is 群众满意度's; the 其他指标 clause scores the rows it does not name,
    # and the 90% threshold never reaches them.
    text = "群众满意度达到90%得满分；其他指标完成目标得满分，未完成按完成比例得分。"
    shared = shared_method(text, HERE, NAMES)
    assert shared is not None
    assert set(shared.rules) == {"群众满意度"}
    assert shared.others is not None and shared.others[1].startswith("其他指标")


def test_one_named_indicator_beside_a_rule_for_unnamed_rows_is_no_statement() -> None:
    text = "群众满意度达到90%得满分；完成目标得满分，未完成按完成比例得分。"
    assert shared_method(text, HERE, NAMES) is None


def test_readable_others_clause_is_kept_for_the_unnamed_rows() -> None:
    text = "群众满意度达到90%得满分；在职人员控制率不超过100%得满分；其他指标未完成按完成比例得分。"
    shared = shared_method(text, HERE, NAMES)
    assert shared is not None and shared.others is not None
    assert shared.others[1] == "其他指标未完成按完成比例得分"


def test_longest_name_first() -> None:
    named, rest = subjects("项目预算执行率达到100%得满分", ["预算执行率", "项目预算执行率"])
    assert named == ("项目预算执行率",)
    assert rest == "达到100%得满分"
