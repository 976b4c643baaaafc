"""A rate stated beside its part only, over last year's whole of the same noun.

The rate's sentence holds the part (办结 for 办结率); this year's whole and last year's
are stated in another paragraph. When the written rate is the part over last year's
whole and not over this year's, the finding names both readings (AR005).
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding

TITLE = "2024年度某县信访局部门整体支出绩效自评报告\n"


def _rate_findings(text: str) -> list[Finding]:
    return [f for f in audit_text(TITLE + text) if f.rule in ("AR003", "AR005")]


PETITIONS = (
    "一、部门基本情况\n"
    "2023年，我局受理群众信访事项1,362件。2024年，全年受理群众信访事项1,318件，"
    "其中来信412件、来访906件。\n"
    "二、绩效目标完成情况\n"
    "（一）产出指标\n"
)


def test_a_handled_rate_over_last_years_figure_of_the_same_noun() -> None:
    # 1,251 ÷ 1,362 (2023) = 91.85 %; over this year's 1,318 it is 94.92 %.
    (f,) = _rate_findings(PETITIONS + "全年办结信访事项1,251件，办结率91.85%，按期办结。\n")
    assert f.rule == "AR005" and f.severity.value == "error"
    assert f.found == "91.85%" and f.expected == "94.92%"
    assert "1,362" in f.message and "1,318" in f.message


def test_last_year_named_by_words_and_another_unit() -> None:
    # 上年 marks last year's figure; 批次, 合格率: 2,563 ÷ 2,700 = 94.93 %, by 2,615 98.01 %.
    (f,) = _rate_findings(
        "一、部门基本情况\n"
        "上年抽检食品样品2,700批次。本年度共抽检食品样品2,615批次，覆盖18个乡镇。\n"
        "二、绩效指标完成情况\n"
        "食品安全监督抽检中，检验合格2,563批次，合格率94.93%。\n"
    )
    assert f.rule == "AR005" and f.found == "94.93%" and f.expected == "98.01%"


def test_a_rate_right_over_this_years_whole_is_no_finding() -> None:
    assert not _rate_findings(PETITIONS + "全年办结信访事项1,251件，办结率94.92%，按期办结。\n")


def test_a_change_over_last_year_is_no_finding() -> None:
    # A comparison in the rate's own clause (同比) is over last year's figure by right.
    assert not _rate_findings(PETITIONS + "全年办结信访事项1,251件，同比办结率91.85%，按期办结。\n")
    # (1,318 − 1,362) ÷ 1,362: a change rate, stated over last year's figure.
    assert not _rate_findings(PETITIONS + "全年受理量较上年下降率为3.23%，信访秩序好转。\n")


def test_two_figures_of_last_year_for_the_noun_say_nothing() -> None:
    # Last year's whole is written twice, differently: which base was meant is unsure.
    assert not _rate_findings(
        PETITIONS.replace("其中来信", "（上年受理群众信访事项1,402件）其中来信")
        + "全年办结信访事项1,251件，办结率91.85%。\n"
    )
