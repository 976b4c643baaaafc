"""The reading layer: what each figure *is*, on the example and on reports in other words."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from helpers import audit_text, knowledge, read_text

from auditor.extract import open_document
from auditor.read.reading import Reading, read

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "corpus" / "example"
# Text and both Word files in the fast layer; the PDFs (seconds each to extract) in --all.
FORMATS = [
    "report.txt",
    "report.docx",
    "report-alt.docx",
    pytest.param("report-12pt.pdf", marks=pytest.mark.slow),
    pytest.param("report-16pt.pdf", marks=pytest.mark.slow),
    pytest.param("report-reportlab.pdf", marks=pytest.mark.slow),
]


@cache
def reading(path: str) -> Reading:
    k = knowledge()
    return read(open_document(ROOT / path), k.lexicon, k.framework)


def values(r: Reading, concept: str, **qualifiers: object) -> set[Decimal]:
    out = set()
    for f in r.facts.of(concept):
        if all(getattr(f, k) == v for k, v in qualifiers.items()):
            out.add(f.figure.value.normalize())
    return out


def D(text: str) -> Decimal:
    return Decimal(text).normalize()


@pytest.mark.parametrize("name", FORMATS)
def test_example_fact_sheet(name: str) -> None:
    r = reading(f"corpus/example/{name}")
    assert r.report_year == 2024
    assert r.meta.unit == "吉首市峒河街道办事处"
    assert r.meta.report_date is not None and (
        r.meta.report_date.year,
        r.meta.report_date.month,
    ) == (2025, 6)
    assert {(d.date.year, d.date.month, d.date.day) for d in r.meta.signature_dates} >= {
        (2024, 5, 29),
        (2025, 6, 10),
    }
    assert values(r, "headcount.authorised", scope="total") == {D("63"), D("58")}
    assert values(r, "headcount.actual", scope="total") == {D("61")}
    assert D("2415.05") in values(r, "income.total", scope="total", source=None)
    assert values(r, "income.total", scope="total", source="general") == {D("2237.76")}
    assert values(r, "income.total", scope="total", source="fund") == {D("1.15")}
    assert values(r, "income.total", scope="total", source="state_capital") == {D("10")}
    assert values(r, "income.total", scope="total", source="other") == {D("166.14")}
    assert values(r, "expenditure.basic", scope="total", source=None) == {D("1172.67")}
    assert values(r, "expenditure.basic", source="general") == {D("1176.67")}
    assert values(r, "expenditure.project", scope="total", source=None) == {D("1242.39")}
    assert D("5.4") in values(r, "sangong.total", year=2024)
    assert values(r, "sangong.total", year=2023) == {D("5.6")}
    assert values(r, "assets.fixed_total") == {D("374.69"), D("377.3")}
    assert values(r, "assets.fixed_in_use") == {D("374.69"), D("362.9")}
    assert values(r, "budget.added", origin="text") == {D("1262.76")}
    assert values(r, "budget.added", origin="formula") == {D("0")}

    assert values(r, "budget.initial") == {D("1152.29")}


@pytest.mark.parametrize("name", FORMATS)
def test_example_indicators(name: str) -> None:
    r = reading(f"corpus/example/{name}")
    sheet = next(s for s in r.sheets if s.kind == "narrative")
    assert len(sheet.indicators) == 21
    assert sum(i.maximum for i in sheet.indicators) == 100
    assert sum(i.awarded for i in sheet.indicators if i.awarded is not None) == 98
    assert all(i.awarded is not None for i in sheet.indicators)
    assert {t.value for t in sheet.totals} == {"97"}
    assert {g.value for g in sheet.grades} == {"优"}
    by_name = {i.name: i for i in sheet.indicators}
    procurement = by_name["政府采购执行率"]
    assert (
        procurement.rate == D("9.53") and procurement.awarded == 4 and procurement.rule is not None
    )
    assets = by_name["固定资产利用率"]
    assert assets.rule is not None and assets.rule.linears[0].points == D("0.1")
    table = next(s for s in r.sheets if s.kind == "table")
    assert [i.maximum for i in table.indicators] == [8, 2, 20, 10, 15, 15, 15, 15]


def test_report_year_comes_from_the_title_not_the_attachment() -> None:
    r = reading("corpus/example/report.txt")
    assert "标题" in r.meta.report_year_source


def test_county_report_in_yuan_with_transposed_tables_reads_same_concepts() -> None:
    r = reading("corpus/handwritten/county-education-2024/report.txt")
    assert r.meta.unit == "某某县教育局" and r.report_year == 2024
    assert values(r, "headcount.authorised") == {D("56")}
    assert values(r, "headcount.actual") == {D("53")}
    assert values(r, "income.grand_total", scope="total", source=None) == {D("8427500")}
    assert values(r, "income.total", scope="total", source="general") == {D("8050000")}
    assert values(
        r, "income.total", scope="unit", scope_name="县教师进修学校", source="business"
    ) == {D("320000")}
    assert values(r, "budget.initial") == {D("7600000")}
    assert values(r, "sangong.total", year=2024, basis="actual") == {D("52300")}
    assert values(r, "sangong.total", year=2024, basis="budget") == {D("60000")}
    assert values(r, "sangong.total", year=2023) == {D("65000")}
    money = next(f for f in r.facts.of("income.grand_total") if f.figure.value == D("8427500"))
    assert money.figure.base_value == D("8427500") and money.figure.unit == "元"


def test_township_report_with_score_table_reads_same_concepts() -> None:
    r = reading("corpus/handwritten/township-2023/report.txt")
    assert (
        r.meta.unit == "青山镇人民政府" and r.report_year == 2023 and r.meta.budget_code == "512007"
    )
    assert values(r, "headcount.authorised") == {D("47")}
    assert values(r, "headcount.actual") == {D("45")}
    assert values(r, "income.total", source="general") == {D("1402.20")}
    assert values(r, "expenditure.total", source="general") == {D("1402.20")}
    assert values(r, "sangong.total", basis="actual") == {D("8.72")}
    sheet = max(r.sheets, key=lambda s: len(s.indicators))
    assert sheet.kind == "table" and len(sheet.indicators) == 7
    assert {t.value for t in sheet.totals} == {"96"} and {g.value for g in sheet.grades} == {"优"}


def test_wan_yuan_equals_yuan() -> None:
    r = read_text("全年“三公”经费实际支出8.5万元。")
    fact = r.facts.of("sangong.total")[0]
    assert fact.figure.base_value == Decimal(85000)


def test_breakdown_nested_qizhong_attaches_to_right_parent() -> None:
    r = read_text(
        "年末编制数45名，其中行政编制12名，事业编制33名，（其中综合执法队15名；便民服务中心10名；农技站8名）。"
    )
    totals = {b.total.value: [p.value for p in b.parts] for b in r.breakdowns}
    assert totals[Decimal(45)] == [12, 33]
    assert totals[Decimal(33)] == [15, 10, 8]


def test_rule_thresholds_are_not_facts() -> None:
    r = read_text("满意度为93.6%。评分标准：满意度≥95%得20分，90%（含）-95%得16分。")
    assert values(r, "satisfaction") == {D("93.6")}


def test_generic_clause_keeps_its_subject() -> None:
    r = read_text("2024年“三公”经费预算9.50万元，决算8.72万元。")
    assert values(r, "sangong.total", basis="budget") == {D("9.50")}
    assert values(r, "sangong.total", basis="actual") == {D("8.72")}


def _county() -> str:
    return (ROOT / "corpus/handwritten/county-education-2024/report.txt").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        (
            "县教师进修学校	512,500	1,670,000	2,182,500",
            "县教师进修学校	512,500	1,670,000	2,192,500",
            "AR001",
        ),
        (
            "基本支出5,810,000元，其中人员经费4,935,000元",
            "基本支出5,810,000元，其中人员经费4,953,000元",
            "AR002",
        ),
        ("=53÷56×100%=94.64%", "=53÷56×100%=96.64%", "AR003"),
        ("核定编制	56", "核定编制	58", "IC001"),
        (
            "事业收入支出320,000元（基本支出250,000元",
            "事业收入支出320,000元（基本支出252,000元",
            "IC003",
        ),
        ("本项得5分。\n\n（三）", "本项得6分。\n\n（三）", "SC001"),
        ("满意度为93.6%", "满意度为88.6%", "SC002"),
        ("自评得分95分", "自评得分96分", "SC005"),
        ("2024年度部门预算、决算均已", "2023年度部门预算、决算均已", "YR003"),
        ("2025年4月10日", "2024年12月10日", "YR002"),
    ],
)
def test_planted_errors_in_other_words_are_found(old: str, new: str, rule: str) -> None:
    clean = _county()
    assert old in clean
    assert not [f for f in audit_text(clean) if f.rule == rule]
    found = [f for f in audit_text(clean.replace(old, new, 1)) if f.rule == rule]
    assert found, f"{rule} not found after planting {new!r}"


def test_seal_note_is_not_part_of_the_unit_name() -> None:
    r = read_text(
        "单位名称：江州市卫生健康委员会（盖章）\n江州市卫生健康委员会2024年度部门整体支出绩效自评报告\n"
    )
    assert r.meta.unit == "江州市卫生健康委员会"


def test_score_table_names_come_from_the_indicator_column() -> None:
    r = read_text(
        "得分复核表\n"
        "| 一级指标 | 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 扣分原因 |\n"
        "| 产出 | 抽检任务完成率 | 100% | 完成率90.00% | 50 | 45 | 任务未完成 |\n"
        "| 效益 | 服务对象满意度 | ≥90% | 满意度83.40% | 50 | 48 | 满意度未达标 |\n"
    )
    (sheet,) = [s for s in r.sheets if s.table is not None]
    assert [i.name for i in sheet.indicators] == ["抽检任务完成率", "服务对象满意度"]


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("单位名称：某区档案馆单位性质：公益一类事业单位", "某区档案馆"),
        ("部门名称：某县农业农村局主管部门：某县人民政府", "某县农业农村局"),
        ("单位名称：某区档案馆\t单位性质：公益一类事业单位", "某区档案馆"),
        ("填报单位：某县农机服务中心评分方法：90分（含）以上为优", "某县农机服务中心"),
        ("填报单位：某市殡葬服务所填报日期：2025年3月10日", "某市殡葬服务所"),
        ("填报单位：某县就业服务中心金额单位：元", "某县就业服务中心"),
    ],
)
def test_cover_line_with_two_label_value_pairs_names_the_unit_only(line: str, unit: str) -> None:
    r = read_text(f"2024年度部门整体支出绩效自评报告\n{line}\n")
    assert r.meta.unit == unit


@pytest.mark.parametrize(
    ("text", "stated", "beside_rule"),
    [
        # A computing chain ends at the clause after its last ``=``: the score it earns
        # is the next clause, not a scoring rule's band.
        ("检测收入增长率=(1,842.17-1,695.30)/1,695.30=6.86%，故本项计10分。", "6.86%", True),
        ("门诊量增长率=（52,380-48,610）÷48,610×100%=7.76%，本项计8分。", "7.76%", True),
        ("科研经费增长率=（386.40—352.10）÷352.10×100%=9.74%。", "9.74%", False),
        ("收入增长8.40%（收入增长率=(2,031.60–1,874.25)/1,874.25=8.40%）", "8.40%", False),
    ],
)
def test_computing_formula_chains_are_read_up_to_their_clause(
    text: str, stated: str, beside_rule: bool
) -> None:
    from auditor.model import Location
    from auditor.read.formulas import find_formulas

    (formula,) = find_formulas(text, 0, Location(page=1))
    assert formula.stated is not None and formula.stated.raw == stated
    assert formula.beside_rule is beside_rule
    assert formula.name.endswith("增长率") and "（" not in formula.name


@pytest.mark.parametrize(
    "text",
    [
        "评分标准：完成率=100%，计10分；完成率≥90%，计8分。",
        "调整率=0-10%（含），计5分；10-30%（含），计4分。",
    ],
)
def test_scoring_rules_with_equals_stay_rules(text: str) -> None:
    from auditor.model import Location
    from auditor.read.formulas import find_formulas

    assert find_formulas(text, 0, Location(page=1)) == []


def test_a_cover_with_the_units_name_above_a_title_starting_with_the_year() -> None:
    r = read_text(
        "甘肃省清溪县审计局\n2025年度部门整体支出绩效自评报告\n一、基本情况\n本局核定编制18名。\n"
    )
    assert r.meta.unit == "甘肃省清溪县审计局" and r.report_year == 2025


def test_a_first_line_that_is_no_unit_name_gives_no_unit() -> None:
    r = read_text("关于报送自评结果的说明\n2025年度部门整体支出绩效自评报告\n一、基本情况\n")
    assert r.meta.unit is None or "说明" not in r.meta.unit


@pytest.mark.parametrize(
    "unit", ["某县纪委监委机关", "某市侨联", "某县供销社", "某市国有林场", "某县动物园", "某区团委"]
)
def test_a_title_names_units_whose_names_end_in_organ_words(unit: str) -> None:
    r = read_text(f"{unit}2025年度部门整体支出绩效自评报告\n一、基本情况\n本单位核定编制9名。\n")
    assert r.meta.unit == unit
