"""Stale boilerplate (YR006): phrases of earlier years, each from the year it went stale.

The phrases and their years are data (``checks/data/stale_terms.yaml``); a phrase
quoted as history (``疫情防控期间``, ``三年新冠疫情``) is no stale use, and a place a more
specific phrase took is not told again under a wider one.
"""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding


def _stale(year: int, body: str) -> list[Finding]:
    text = f"某县文化广电旅游局{year}年度部门整体支出绩效自评报告\n{body}\n"
    return [f for f in audit_text(text, ["YR006"])]


def test_pandemic_years_phrases_are_stale_from_2023() -> None:
    (f,) = _stale(2023, "本局坚持疫情防控常态化，全年举办线下演出58场。")
    assert f.found == "疫情防控常态化" and f.severity.value == "info"
    (f,) = _stale(2023, "全年统筹疫情防控和经济社会发展，文旅消费稳步回升。")
    assert f.found == "统筹疫情防控和经济社会发展"
    (f,) = _stale(2024, "落实六稳工作要求，扶持文旅小微企业37家。")
    assert f.found == "六稳工作"
    # Before 2023 they were current; the bare 疫情防控 is stale only from 2024.
    assert not _stale(2022, "本局坚持疫情防控常态化，全年举办线下演出58场。")
    assert not _stale(2023, "做好景区疫情防控应急预案修订。")
    (f,) = _stale(2024, "做好景区疫情防控应急预案修订。")
    assert f.found == "疫情防控"


def test_one_place_is_told_once_by_its_most_specific_phrase() -> None:
    findings = _stale(2024, "在常态化疫情防控条件下开放文化场馆，另做好疫情防控物资储备。")
    assert sorted(f.found or "" for f in findings) == ["常态化疫情防控", "疫情防控"]
    (specific,) = [f for f in findings if f.found == "常态化疫情防控"]
    (wider,) = [f for f in findings if f.found == "疫情防控"]
    assert len(specific.evidence) == 1 and len(wider.evidence) == 1


def test_a_phrase_quoted_as_history_is_not_stale_use() -> None:
    for body in (
        "疫情防控期间暂停的送戏下乡活动全面恢复，全年送戏下乡86场。",
        "经历三年新冠疫情冲击后，全县旅游接待人次恢复至312万。",
        "2022年疫情防控任务较重，部分项目结转至本年实施。",
        "“十三五”期间建成的乡镇综合文化站均已投入使用。",
    ):
        assert not _stale(2024, body), body
    # The same words as current work are stale.
    assert _stale(2024, "“十三五”规划确定的文化站建设任务继续推进。")
