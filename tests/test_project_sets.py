"""Several named projects before a 项目支出 label: their spending, not the department's.

``A、B两个项目支出合计X`` was compared with the department's 项目支出 (issue 12, a false
IC001 on an unseen report). Written in other departments' words.
"""

from __future__ import annotations

import pytest
from helpers import read_text

from auditor.read.qualifiers import Scope

TITLE = "某街道办事处2024年度部门整体支出绩效自评报告\n全年支出2,310.40万元，其中基本支出1,020.15万元、项目支出1,290.25万元。\n"


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("社区环境整治、老旧小区配套改造两个项目支出合计642.80万元，占项目支出的49.8%。", "642.80"),
        ("上述3个项目支出508.60万元，均已完工。", "508.60"),
        ("背街小巷提升、公厕改造等项目支出415.30万元。", "415.30"),
    ],
)
def test_listed_projects_spending_is_not_the_departments(sentence: str, written: str) -> None:
    reading = read_text(TITLE + sentence)
    fact = next(f for f in reading.facts.facts if f.figure.amount.raw.startswith(written))
    assert fact.scope == Scope.UNIT


def test_the_departments_project_spending_keeps_its_scope() -> None:
    reading = read_text(TITLE + "本年项目支出1,290.25万元，主要用于社区治理。")
    facts = [f for f in reading.facts.facts if f.concept == "expenditure.project"]
    assert facts and all(f.scope != Scope.UNIT for f in facts)
