"""Totals and parts as read (issue 12): which figures a total is read to add.

The YAML cases in ``tests/fixtures/checks/AR001.yaml``/``AR002.yaml`` say what a
reviewer sees; these say what was read, so a right finding for a wrong reason fails.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import finding_mentions, knowledge, read_text

from auditor.extract.plaintext import parse_text
from auditor.findings import Finding
from auditor.read.reading import Reading
from auditor.registry import select
from auditor.runner import RunSettings

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _structure(r: Reading) -> set[tuple[str, tuple[str, ...]]]:
    """Each text breakdown as (total, parts), numbers as written."""
    return {
        (b.total.amount.number_text, tuple(p.amount.number_text for p in b.parts))
        for b in r.breakdowns
        if b.kind in ("text", "paren")
    }


@pytest.mark.parametrize(
    "text",
    [
        "预算执行率=实际支出/调整后预算×100%=986.20/1000.00×100%=98.62%。",
        "项目资金到位率＝实际到位资金÷计划到位资金 × 100% ＝ 95.00%。",
    ],
)
def test_times_100_percent_is_a_unit_conversion_not_a_rate(text: str) -> None:
    r = read_text("2024年度部门整体支出绩效自评报告\n" + text + "\n")
    assert all(f.value != Decimal(100) for f in r.figures if f.unit == "%")
    assert not [f for f in r.facts.facts if f.figure.value == Decimal(100)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年支出505.75万元，其中：基本支出368.92万元，包括人员经费320.00万元、"
            "公用经费48.92万元；项目支出136.83万元，包括业务经费100.00万元、专项经费36.83万元。",
            {
                ("505.75", ("368.92", "136.83")),
                ("368.92", ("320.00", "48.92")),
                ("136.83", ("100.00", "36.83")),
            },
        ),
        (
            "收入总计860.00万元（含上年结转60.00万元），其中本年收入800.00万元：一般公共预算"
            "拨款700.00万元、政府性基金预算拨款70.00万元、其他收入30.00万元。",
            {("860.00", ("60.00", "800.00")), ("800.00", ("700.00", "70.00", "30.00"))},
        ),
        (
            "年末在职22人，其中局机关14人、中心8人；离退休人员18人。",
            {("22", ("14", "8"))},
        ),
    ],
)
def test_nesting_chosen_by_arithmetic(text: str, expected: set) -> None:
    assert _structure(read_text(text + "\n")) == expected


def test_nesting_tie_abstains() -> None:
    # 乙 (10) may be the total's part or one more item of 甲's list: both readings
    # make one sum hold, so the list is left unchecked.
    text = "支出合计30.00万元，其中甲类20.00万元，包括子项10.00万元；乙类10.00万元。"
    assert _structure(read_text(text + "\n")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "年末在职职工60人，其中女性28人、中共党员35人。",
        "中心现有在编人员45人，其中：中共党员30人、高级职称20人。",
    ],
)
def test_overlapping_attributes_are_not_a_breakdown(text: str) -> None:
    assert _structure(read_text(text + "\n")) == set()


# Issue 12 round 3, kind 10: header hierarchies and split tables read the same way in
# text, DOCX (merged cells) and PDF (drawn grid). Each case: the table, and the values
# the AR001 finding must mention (none for a clean table).
INCOME_HEADER = (
    "表1 2024年度收入决算表（单位：万元）\n"
    "| 单位 | 收入总计 | 上年结转 | 本年收入合计 | 其中： |  |  |\n"
    "|  |  |  |  | 一般公共预算拨款 | 政府性基金预算拨款 | 其他收入 |\n"
    "| 本局机关 | 1,000.00 | 100.00 | 900.00 | 800.00 | 60.00 | 40.00 |\n"
    "| 所属中心 | 500.00 | 50.00 | 450.00 | 400.00 | 30.00 | {other} |\n"
)
SPENDING_HEADER = (
    "表2 2024年度支出决算表（单位：万元）\n"
    "| 单位 | 支出合计 | 基本支出 | 其中： |  | 项目支出 |\n"
    "|  |  |  | 人员经费 | 公用经费 |  |\n"
    "| 县林业局 | 730.00 | 500.00 | 420.00 | 80.00 | 230.00 |\n"
    "| 县林业站 | 310.00 | 210.00 | 180.00 | {public} | 100.00 |\n"
)
SPLIT_TABLE = (
    "表4 2024年度项目支出明细表（单位：万元）\n"
    "| 项目名称 | 预算数 | 支出数 |\n"
    "| 森林防火 | 120.00 | 118.00 |\n"
    "| 有害生物防治 | 80.00 | 76.50 |\n"
    "| 古树保护 | 40.00 | 39.00 |\n"
    "表4（续）\n"
    "| 项目名称 | 预算数 | 支出数 |\n"
    "| 林业改革 | 60.00 | 58.00 |\n"
    "| 生态护林员 | 100.00 | 100.00 |\n"
    "| 合计 | 400.00 | {total} |\n"
)
TABLE_CASES = {
    "income_clean": (INCOME_HEADER.format(other="20.00"), []),
    "income_off": (INCOME_HEADER.format(other="21.00"), ["450.00", "451.00"]),
    "spending_clean": (SPENDING_HEADER.format(public="30.00"), []),
    "spending_off": (SPENDING_HEADER.format(public="31.00"), ["210.00", "211.00"]),
    "split_clean": (SPLIT_TABLE.format(total="391.50"), []),
    "split_off": (SPLIT_TABLE.format(total="392.50"), ["392.50", "391.50"]),
}


def _ar001(path: Path) -> list[Finding]:
    from auditor.engine import audit_file

    settings = RunSettings(checks=tuple(select(["AR001"])), options={})
    result, _ = audit_file(path, knowledge(), settings, source=path.name)
    return [f for f in result.findings if f.rule == "AR001"]


def _write(text: str, fmt: str, folder: Path) -> Path:
    path = folder / f"report.{fmt}"
    if fmt == "txt":
        path.write_text(text, encoding="utf-8")
        return path
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    doc = parse_text(text, "report.txt")
    if fmt == "docx":
        from render_docx import DocxStyle, write_docx

        write_docx(doc, path, DocxStyle())
    else:
        from render_pdf import draw_pdf_reportlab

        draw_pdf_reportlab(doc, path)
    return path


@pytest.mark.parametrize(
    "fmt",
    [
        "txt",
        pytest.param("docx", marks=pytest.mark.slow),
        pytest.param("pdf", marks=pytest.mark.slow),
    ],
)
@pytest.mark.parametrize("case", sorted(TABLE_CASES))
def test_table_structure_in_every_format(case: str, fmt: str, tmp_path: Path) -> None:
    text, values = TABLE_CASES[case]
    found = _ar001(_write(text, fmt, tmp_path))
    if not values:
        assert found == [], [f.message for f in found]
        return
    assert len(found) == 1, [f.message for f in found]
    assert all(finding_mentions(found[0], v) for v in values), found[0].message


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("家庭医生签约1375.71万元", False),
        ("全年节约经费12.50万元", False),
        ("预约挂号服务3200人次", False),
        ("全年支出约12.50万元", True),
    ],
)
def test_yue_inside_a_word_is_not_approximate(text: str, approximate: bool) -> None:
    from auditor.text.numbers import scan

    assert [a.approximate for a in scan(text).amounts] == [approximate]


def test_labels_after_a_percent_factor_start_after_it() -> None:
    # ``…/年初预算*100%=0/1152.29=0%``: the 0 is not labelled 年初预算 once the factor
    # is dropped (its label starts after the factor, as it did before).
    r = read_text("故预算控制率=(本年追加预算/年初预算*100%=0/1152.29=0%。\n")
    zero = next(f for f in r.figures if f.value == 0 and f.unit is None)
    assert "年初预算" not in zero.label


def _row_parts(r: Reading) -> dict[str, set[tuple[str, ...]]]:
    """Each table-row total (numbers as written) → the parts it is read to add."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for b in r.breakdowns:
        if b.kind == "table-row":
            parts = tuple(p.amount.number_text for p in b.parts)
            out.setdefault(b.total.amount.number_text, set()).add(parts)
    return out


def test_subtotal_above_its_items_read_from_a_total_at_the_bottom() -> None:
    """The 收入总计 adds the two rows above the 小计 and the 小计, not its items too."""
    r = read_text(
        "表3  2024年度水利站收支情况表（单位：万元）\n"
        "| 项目 | 年初预算数 | 决算数 |\n"
        "| 财政拨款收入 | 612.40 | 598.75 |\n"
        "| 上年结转 | 35.60 | 35.60 |\n"
        "| 本年事业收入小计 | 148.30 | 162.18 |\n"
        "| 技术服务收入 | 96.10 | 104.52 |\n"
        "| 检测收入 | 52.20 | 57.66 |\n"
        "| 收入总计 | 796.30 | 796.53 |\n"
    )
    parts = _row_parts(r)
    assert parts["796.53"] == {("598.75", "35.60", "162.18")}
    assert parts["162.18"] == {("104.52", "57.66")}


def test_second_total_does_not_add_the_first_totals_rows() -> None:
    """In a balanced table 支出合计 adds the spending rows, not the income rows again."""
    r = read_text(
        "表1  收支对比表（单位：万元）\n"
        "| 项目 | 年初预算数 | 决算数 |\n"
        "| 收入合计 | 1,460.00 | 1,532.80 |\n"
        "| 财政拨款 | 1,380.00 | 1,450.30 |\n"
        "| 其他收入 | 80.00 | 82.50 |\n"
        "| 支出合计 | 1,460.00 | 1,532.80 |\n"
        "| 基本支出 | 700.00 | 690.40 |\n"
        "| 项目支出 | 760.00 | 832.40 |\n"
    )
    assert _row_parts(r)["1,532.80"] == {("1,450.30", "82.50"), ("690.40", "832.40")}


def test_lone_part_of_a_table_total_is_read_as_a_subset() -> None:
    """One row under a total is part of it, not its breakdown: unchecked, and why."""
    r = read_text(
        "表3  县民政局收支对比表（单位：万元）\n"
        "| 项目 | 2023年决算数 | 2024年决算数 |\n"
        "| 收入合计 | 3,406.20 | 3,512.75 |\n"
        "| 一般公共预算财政拨款 | 3,118.40 | 3,290.05 |\n"
    )
    table = [b for b in r.breakdowns if b.kind.startswith("table")]
    assert table and all(b.kind == "table-abstained" and not b.parts for b in table)
    assert all("仅列出 1 项" in b.structure for b in table)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The parts after a change belong to the level before it.
        (
            "2024年度县民政局公用经费支出52.10万元，较上年减少2.35万元，其中：办公费"
            "12.40万元、差旅费8.15万元。",
            {("52.10", ("12.40", "8.15"))},
        ),
        # Changes listed after a change are parts of nothing checked.
        ("公用经费较上年减少2.35万元，其中办公费减少1.20万元，差旅费减少0.95万元。", set()),
        # ``分别用于`` right after a total opens its list.
        (
            "县民政局项目支出共计288.00万元，分别用于低保补助120.00万元、临时救助98.00万元、"
            "养老服务70.00万元。",
            {("288.00", ("120.00", "98.00", "70.00"))},
        ),
        # ``分别为`` after a list of years pairs figures with names: no breakdown.
        ("县民政局部门支出1,286.40万元，2022年、2023年分别为1,120.30万元、1,205.80万元。", set()),
        # A count's part naming another action ends the list.
        (
            "全年新录用社工48名，其中：社区岗位30名，街道岗位18名，参加岗前培训48名。",
            {("48", ("30", "18"))},
        ),
    ],
)
def test_what_a_list_after_a_total_lists(text: str, expected: set) -> None:
    assert _structure(read_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("其中第二大队完成执法检查318次", ["318"]),
        ("第三中队开展巡查52次", ["52"]),
        ("所属三个中心共开展培训41场", ["三个", "41"]),
    ],
)
def test_a_chinese_numeral_after_di_is_an_ordinal(text: str, numbers: list[str]) -> None:
    from auditor.text.numbers import scan

    assert [a.number_text for a in scan(text).amounts] == numbers


@pytest.mark.parametrize(
    ("text", "unit", "base", "addable"),
    [
        ("推广12.6万亩", "万亩", Decimal(126000), True),  # exact to 0.1 万亩 in a sum
        ("收储2.35万吨", "万吨", Decimal(23500), True),
        ("服务2.36万人次", "万人次", Decimal(23600), True),
        ("服务3万人次", "万人次", Decimal(30000), False),  # a whole 万 is a rounded count
        ("约1.2万人", "万人", Decimal(12000), False),  # hedged
        ("1.5万余亩", "万亩", Decimal(15000), False),
    ],
)
def test_a_wan_unit_is_a_unit_and_its_decimals_add(
    text: str, unit: str, base: Decimal, addable: bool
) -> None:
    from auditor.text.numbers import scan
    from auditor.text.units import to_base

    (amount,) = scan(text).amounts
    assert amount.unit == unit
    plain = amount.unit.removeprefix("万")
    assert to_base(amount.value, amount.unit) == to_base(base, plain)  # pint converts
    assert amount.addable is addable
    assert amount.approximate  # restated elsewhere, it reads as rounded (1.26万 is 1.2万)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("开展远程会诊1,286例", "例"),
        ("加装电梯12部", "部"),
        ("印发宣传手册3,600册", "册"),
    ],
)
def test_counting_words_of_cases_items_and_booklets_are_units(text: str, unit: str) -> None:
    """例/部/册 count things: a figure written with them is a count IC005 can compare."""
    from auditor.text.numbers import scan
    from auditor.text.units import kind_of

    (amount,) = scan(text).amounts
    assert amount.unit == unit
    assert kind_of(amount.unit) == "count"
