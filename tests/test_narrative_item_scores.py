"""Narrative score sheets: whose score a sentence states.

- a group named with words of its own around an item's name (``单位预算执行`` holds
  ``预算执行``): its ``合计得N分`` is the group's, not the item's;
- ``各得N分，共M分``: M is the item's, N each of its parts';
- an item whose text scores its parts one by one and never itself: no score is read."""

from __future__ import annotations

from decimal import Decimal

from helpers import read_text

from auditor.read.scoring.sheet import Indicator


def _items(text: str) -> dict[str, Indicator]:
    sheet = next(s for s in read_text(text).sheets if s.kind == "narrative")
    return {i.name: i for i in sheet.indicators}


_HEAD = "某区水务局2025年度部门整体支出绩效自评报告\n\n一、基本情况\n\n本局负责全区供排水管理。\n\n三、绩效自评情况"


def test_enclosing_groups_sum_is_not_the_items() -> None:
    for group, item in (("单位预算执行", "预算执行"), ("整体预算管理", "预算管理")):
        text = "\n\n".join(
            [
                _HEAD,
                f"（一）{group}（40分）",
                "1.目标管理（15分）。年度目标全部细化，本项得15分。",
                f"2.{item}（25分）。各项制度执行到位，本项得24分。{group}合计得39分。",
            ]
        )
        assert _items(text)[item].awarded == Decimal(24), group


def test_items_own_class_sum_stays_its_own() -> None:
    # ``产出指标合计得…`` under ``产出（30分）``: the suffix leaves it the item's own sum.
    text = "\n\n".join(
        [
            _HEAD,
            "1.产出（30分）。管网改造完成，得满分。漏损控制略低于目标，产出指标合计得28分。",
            "2.效益（20分）。群众满意，本项得20分。",
        ]
    )
    assert _items(text)["产出"].awarded == Decimal(28)


def test_sum_after_a_shared_part_score_is_the_items() -> None:
    for sentence, total in (
        ("两项指标各得4分，共8分。", 8),
        ("三个子项各计2.5分，合计7.5分。", Decimal("7.5")),
    ):
        text = "\n\n".join(
            [
                _HEAD,
                f"1.目标设定（8分）。目标与职责相符，指标细化量化。{sentence}",
                "2.预算执行（10分）。执行进度符合要求，本项得10分。",
            ]
        )
        assert _items(text)["目标设定"].awarded == Decimal(total), sentence


def test_item_scored_part_by_part_reads_no_score() -> None:
    for parts in (
        "绩效目标合理性得4分。指标明确性扣1分，得3分。",
        "资金到位率100%，得5分。支出进度符合序时要求，本项得4分。资金使用合规，得6分。",
    ):
        text = "\n\n".join(
            [
                _HEAD,
                f"1.过程管理（15分）。{parts}",
                "2.预算执行（10分）。执行进度符合要求，本项得10分。",
            ]
        )
        assert _items(text)["过程管理"].awarded is None, parts


def test_score_restated_or_concluded_is_read() -> None:
    for parts, score in (
        ("资金到位及时，得6分。经复核，故本项计6分。", 6),
        ("资金到位率100%，得6分。个别支出滞后，扣1分，故本项计5分。", 5),
        ("资金到位率100%，得4分。支出进度符合要求，得4分。", 4),
    ):
        text = "\n\n".join(
            [
                _HEAD,
                f"1.过程管理（6分）。{parts}",
                "2.预算执行（10分）。执行进度符合要求，本项得10分。",
            ]
        )
        assert _items(text)["过程管理"].awarded == Decimal(score), parts
