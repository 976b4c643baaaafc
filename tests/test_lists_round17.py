"""Lists and counts in prose, round 17 (AR002, IC004, YR007): kinds read, in other words."""

from __future__ import annotations

import pytest
from helpers import audit_text, read_text

from auditor.read.reading import Reading

HEAD = "2024年度部门整体支出绩效自评报告\n"


def _structure(r: Reading) -> set[tuple[str, tuple[str, ...]]]:
    """Each text breakdown as (total, parts), numbers as written."""
    return {
        (b.total.amount.number_text, tuple(p.amount.number_text for p in b.parts))
        for b in r.breakdowns
        if b.kind in ("text", "paren")
    }


# -- Enumerated sibling items are not parts of one item's figure -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A 其中 clause with no figure, then the next numbered items (other projects).
        "重点项目执行如下：（1）困难职工帮扶项目预算60.00万元，实际支出58.40万元，其中"
        "中央补助部分已单独建账；（2）职工书屋建设项目实际支出21.30万元；（3）劳模疗休养"
        "项目实际支出9.75万元；（4）法律援助项目实际支出6.20万元。",
        # Circled numerals, 共计 before the next item's figures.
        "各项目情况：①道路养护项目完成投资420.50万元，其中养护机械购置已按规定完成政府"
        "采购；②桥梁检测项目完成投资88.00万元；③路政巡查项目完成投资37.60万元。",
    ],
)
def test_next_enumerated_item_is_no_part_of_the_head(text: str) -> None:
    r = read_text(HEAD + text + "\n")
    assert not any(len(parts) > 1 for _total, parts in _structure(r))
    assert not [f for f in audit_text(HEAD + text + "\n", ["AR002"]) if f.rule == "AR002"]


def test_parts_inside_the_heads_item_stay_its_parts() -> None:
    # Near-miss: the 其中 parts sit in the head's own item; the sum is wrong and must fire.
    text = (
        HEAD + "（1）困难职工帮扶项目实际支出58.40万元，其中春节慰问30.00万元、医疗救助"
        "28.00万元；（2）职工书屋建设项目实际支出21.30万元。\n"
    )
    assert ("58.40", ("30.00", "28.00")) in _structure(read_text(text))
    assert [f for f in audit_text(text, ["AR002"]) if f.rule == "AR002"]


def test_parts_marked_in_their_own_numbering_stay_parts() -> None:
    # Near-miss: the parts themselves are numbered (from one), inside an unnumbered head.
    text = (
        HEAD + "全年支出合计80.00万元，其中：（1）人员经费50.00万元；（2）公用经费"
        "20.00万元；（3）项目经费5.00万元。\n"
    )
    assert ("80.00", ("50.00", "20.00", "5.00")) in _structure(read_text(text))


# -- A total after its parts: per-head rates and an earlier total are not its parts ---------


@pytest.mark.parametrize(
    "text",
    [
        # Per-head rates before each total, two totals in one sentence.
        "夏季为120名环卫工人每人发放防暑用品200元，共计2.40万元；为35户低保家庭每户"
        "发放临时救助金1,500元，共计5.25万元。",
        # Two lists, each closed by its own total, in one sentence.
        "购置办公电脑3.20万元、打印机1.10万元，合计4.30万元；维修村道12.00万元、"
        "便民桥6.50万元，合计18.50万元。",
    ],
)
def test_a_trailing_total_adds_only_its_own_list(text: str) -> None:
    assert not [f for f in audit_text(HEAD + text + "\n", ["AR002"]) if f.rule == "AR002"]


def test_a_trailing_total_still_checks_its_own_list() -> None:
    # Near-miss: the second list's own parts do not add up to its total.
    text = (
        HEAD + "购置办公电脑3.20万元、打印机1.10万元，合计4.30万元；维修村道12.00万元、"
        "便民桥6.50万元，合计18.00万元。\n"
    )
    assert ("18.00", ("12.00", "6.50")) in _structure(read_text(text))
    assert [f for f in audit_text(text, ["AR002"]) if f.rule == "AR002"]


# -- A count that fits either reading of a last ``A和B`` when items hold 和 themselves -----


@pytest.mark.parametrize(
    "text",
    [
        "绩效自评中，资金到位、合同签订和履约验收、服务质量和满意度3项指标有所扣分。",
        "全年重点推进档案数字化、馆藏征集和抢救保护、开放利用和史料编研3项工作。",
        # The other reading (the last 和 parts two items) fits as well.
        "全年重点推进档案数字化、馆藏征集和抢救保护、开放利用和史料编研4项工作。",
    ],
)
def test_a_count_fitting_either_reading_is_no_error(text: str) -> None:
    assert not [f for f in audit_text(HEAD + text + "\n", ["IC004"]) if f.rule == "IC004"]


@pytest.mark.parametrize(
    "text",
    [
        # Near-miss: no item holds a 和 of its own, so the last 和 parts two items.
        "绩效自评中，资金到位及时率、合同签订规范性、培训和宣传报道3项指标有所扣分。",
        # Near-miss: items hold 和, but the count fits neither reading.
        "全年重点推进档案数字化、馆藏征集和抢救保护、开放利用和史料编研5项工作。",
    ],
)
def test_a_count_fitting_no_reading_still_fires(text: str) -> None:
    assert [f for f in audit_text(HEAD + text + "\n", ["IC004"]) if f.rule == "IC004"]


# -- A name with its other name in brackets is a whole name ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "局机关下设办公室、法规科（行政审批科）、执法监督科、应急指挥中心共3个内设机构。",
        "卫健局下属县疾控中心、县卫生监督所（县卫生健康综合执法大队）、县妇幼保健院共2个单位。",
    ],
)
def test_a_bracketed_alias_does_not_join_the_next_name(text: str) -> None:
    assert [f for f in audit_text(HEAD + text + "\n", ["IC004"]) if f.rule == "IC004"]


@pytest.mark.parametrize(
    "text",
    [
        # Near-miss: the count fits.
        "局机关下设办公室、法规科（行政审批科）、执法监督科共3个内设机构。",
        # A first half of a name holding a 、 may still join the next one (2 or 3 names).
        "馆内设有档案保管、利用服务中心、编研科（史志办）共2个机构。",
    ],
)
def test_names_with_brackets_that_fit_are_no_error(text: str) -> None:
    assert not [f for f in audit_text(HEAD + text + "\n", ["IC004"]) if f.rule == "IC004"]


# -- A sum's finding shows its parts and names the one figure a digit swap explains -------


def _ar002(text: str) -> list[str]:
    return [f.message for f in audit_text(HEAD + text + "\n", ["AR002"]) if f.rule == "AR002"]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # Eight parts, one of them with two digits swapped (5,472 for 5,427).
        (
            "全镇学生共42,230名，其中一中5,120名、二中4,980名、三中5,472名、四中6,013名、"
            "五中5,387名、六中4,906名、七中5,211名、八中5,186名。",
            "三中 5,472 若为 5,427 则相符",
        ),
        # Money, the swap across the thousands separator (1,324.60 for 3,124.60).
        (
            "项目支出合计6,861.30万元，其中道路工程1,324.60万元、供水工程2,150.40万元、"
            "绿化工程1,586.30万元。",
            "道路工程 1,324.60 若为 3,124.60 则相符",
        ),
        # The total itself with two digits swapped.
        (
            "基本支出2,154.00万元，其中人员经费1,800.00万元、公用经费714.00万元。",
            "2,154.00 若为 2,514.00 则相符",
        ),
    ],
)
def test_a_swapped_part_is_named(text: str, hint: str) -> None:
    messages = _ar002(text)
    assert messages and hint in messages[0]


def test_eight_parts_are_listed() -> None:
    text = (
        "全镇学生共42,230名，其中一中5,120名、二中4,980名、三中5,472名、四中6,013名、"
        "五中5,387名、六中4,906名、七中5,211名、八中5,186名。"
    )
    assert "6,013 名" in _ar002(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # Near-miss: two parts' swaps explain the difference (45 either way): none named.
        "全年接待游客共1,266人次，其中春季450人次、夏季561人次、秋季300人次。",
        # Near-miss: no swap explains the difference (off by 100).
        "全镇学生共42,130名，其中一中5,120名、二中4,980名、三中5,427名、四中6,013名、"
        "五中5,387名、六中4,906名、七中5,211名、八中5,186名。",
    ],
)
def test_no_single_swap_no_name(text: str) -> None:
    messages = _ar002(text)
    assert messages and "若为" not in messages[0]


# -- A malformed year inside a document's title -------------------------------------------


def _yr007(text: str) -> list[str]:
    return [f.found for f in audit_text(HEAD + text + "\n", ["YR007"]) if f.rule == "YR007"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("按照《某县教育局203年工作计划》要求，全年完成校舍维修14所。", "203年"),
        ("局党组印发了《关于做好202年汛期安全工作的通知》，组织演练6次。", "202年"),
        ("依据《某市水务局20225年绩效目标》开展自评。", "20225年"),
    ],
)
def test_a_malformed_year_in_a_title(text: str, found: str) -> None:
    assert found in _yr007(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: a whole year in the title; a three-digit count of households.
        "按照《某县教育局2024年工作计划》要求，全年完成校舍维修14所。",
        "局党组印发了《关于为206户困难家庭发放临时救助金的通知》，已全部发放。",
    ],
)
def test_a_whole_year_or_a_count_in_a_title_is_no_error(text: str) -> None:
    assert not _yr007(text)
