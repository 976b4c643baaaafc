"""Rates read as the report writes them: a closing rate over what was 审结 (the stem in
other words), a rate its operands' rounding makes exact, a base the formula writes as a
sum of its own quantities, and a formula whose operands run together (a lost minus)."""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding
from auditor.read.formulas import parse_expression

TITLE = "2024年度某县人民检察院部门整体支出绩效自评报告\n"


def _rates(text: str, title: str = TITLE) -> list[Finding]:
    rules = ("AR003", "AR005", "AR007", "SC003")
    return [f for f in audit_text(title + text) if f.rule in rules]


# --- 结案率 over what was 审结/办结: the part named in other words than the rate's stem


def test_a_closing_rate_over_cases_closed_in_other_words_is_a_swapped_slip() -> None:
    # 142/156 = 91.03 %: written 91.30 % (two digits swapped); 审结 names 结案.
    text = "二、履职情况\n全年受理审查起诉案件156件，审结142件，案件结案率为91.30%。\n"
    (found,) = _rates(text)
    assert found.rule == "AR005" and found.expected == "91.03%"


def test_a_handling_rate_over_matters_closed_as_结案_is_a_slip() -> None:
    # 468/503 = 93.04 %: written 98.04 % (one digit changed), 办结率 over 结案.
    text = "三、信访工作\n全年接收群众来信来访503件次，已结案468件次，办结率达98.04%。\n"
    (found,) = _rates(text)
    assert found.rule == "AR005" and found.expected == "93.04%"


def test_a_closing_rate_its_figures_give_is_no_finding() -> None:
    text = "二、履职情况\n全年受理审查起诉案件156件，审结142件，案件结案率为91.03%。\n"
    assert not _rates(text)


# --- a rate stated without formula that the operands' own rounding makes exact


def test_a_rate_within_its_rounded_operands_is_no_finding() -> None:
    # 0.82万元 / 1.10万元 = 74.55 %; the written 74.91 % is 8,240 / 11,000 元, both
    # amounts rounded to the places written: one reading of the figures gives it.
    text = (
        "（五）“三公”经费\n2024年“三公”经费预算1.10万元，实际支出0.82万元，全部为公务接待费，"
        "“三公”经费控制率为74.91%。\n"
    )
    assert not [f for f in _rates(text) if f.found == "74.91%"]


def test_a_rate_beyond_its_operands_rounding_is_still_checked() -> None:
    # The same figures, written 47.91 %: no rounding of 0.82 and 1.10 gives it.
    text = (
        "（五）“三公”经费\n2024年“三公”经费预算1.10万元，实际支出0.82万元，全部为公务接待费，"
        "“三公”经费控制率为47.91%。\n"
    )
    assert [f for f in _rates(text) if f.found == "47.91%" and f.severity == "error"]


def test_a_last_digit_slip_of_a_rate_stays_a_rounding_warning() -> None:
    # 30.00 / 64.59 = 46.447 %: written 46.44 % (truncated), a last-digit difference.
    text = (
        "（十一）政府采购执行率（6分）\n政府采购金额为30.00万元，政府采购预算为64.59万元，"
        "执行率为46.44%。\n"
    )
    found = [f for f in _rates(text) if f.found == "46.44%"]
    assert found and all(f.severity == "warning" for f in found)


# --- a formula whose words define its base as a sum of its own quantities


SUM_BASE = (
    "2024年年初预算520.00万元，调整后预算548.60万元，上年结转31.40万元，"
    "收入总计580.00万元，支出合计561.75万元。\n"
    "（二）预算执行率（10分）\n{formula}\n"
)


def test_a_base_written_as_budget_plus_carryover_is_the_reports_own() -> None:
    formula = "预算执行率=支出合计÷（调整后预算+上年结转）×100%=561.75÷580.00×100%=96.85%。"
    assert not _rates(SUM_BASE.format(formula=formula))


def test_a_base_written_as_a_sum_in_ascii_brackets_is_the_reports_own() -> None:
    formula = "预算执行率=实际支出/(本年预算数+年初结转)×100%=561.75/580.00×100%=96.85%。"
    assert not _rates(SUM_BASE.format(formula=formula))


def test_a_base_of_one_other_quantity_is_still_a_wrong_base() -> None:
    # The words name one budget, the number is the 收入总计: AR007 reads the reading.
    formula = "预算执行率=支出合计÷调整后预算×100%=561.75÷580.00×100%=96.85%。"
    assert [f for f in _rates(SUM_BASE.format(formula=formula)) if f.rule in ("AR007", "AR004")]


# --- a formula whose operands run together: the operator between them was lost


def test_two_numbers_run_together_are_unreadable() -> None:
    assert parse_expression("（12.3611.80）÷11.80×100%") is None
    assert parse_expression("(3.5012.40)/12.40") is None
    assert parse_expression("(12.36-11.80)÷11.80×100%") is not None


def test_two_names_run_together_are_unreadable() -> None:
    assert parse_expression("（本年公用经费上年公用经费）÷上年公用经费×100%") is None
    assert parse_expression("（本年公用经费-上年公用经费）÷上年公用经费×100%") is not None
    assert parse_expression("项目支出÷支出合计×100%") is not None


def test_a_change_rate_with_its_minus_lost_is_no_finding() -> None:
    # Read as written, the run-together name resolves to a stated figure and the rate to
    # 100 %: a false error. Both sides are unreadable, so nothing is said.
    text = (
        "“三公”经费预算13.00万元，实际支出11.80万元。上年“三公”经费实际支出12.36万元。\n"
        "（六）“三公”经费变动率（4分）\n“三公”经费变动率=（本年“三公”经费实际支出"
        "上年“三公”经费实际支出）÷上年“三公”经费实际支出×100%=（11.8012.36）÷12.36×100%"
        "=-4.53%。故本项计4分。\n"
    )
    assert not _rates(text)


def test_a_change_rate_written_whole_is_still_checked() -> None:
    # The same formula with its minus: -4.53 % is right, -5.43 % is not.
    text = (
        "“三公”经费预算13.00万元，实际支出11.80万元。上年“三公”经费实际支出12.36万元。\n"
        "（六）“三公”经费变动率（4分）\n“三公”经费变动率=（本年“三公”经费实际支出"
        "-上年“三公”经费实际支出）÷上年“三公”经费实际支出×100%=（11.80-12.36）÷12.36×100%"
        "=-5.43%。故本项计4分。\n"
    )
    assert [f for f in _rates(text) if f.rule == "AR003"]
