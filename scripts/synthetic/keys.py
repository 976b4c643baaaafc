"""Answer-key entries: what a clean report and each mutant must not get."""

from __future__ import annotations

from typing import Any

from synthetic.model import Model
from synthetic.mutation import Mutation, entry
from synthetic.numbers import money_text


def clean_must_not(model: Model, slots: dict[str, str]) -> list[dict[str, Any]]:
    """Findings a correct report must not get: every relation the generator made hold."""
    p, t = model.profile, model.total
    out = [
        entry("AR", [money_text(t.income, p.sep)], "收入合计与其分项相符"),
        entry("AR", [money_text(t.spend, p.sep)], "支出合计与基本支出、项目支出及功能分类各项相符"),
        entry("AR", [money_text(t.basic, p.sep)], "基本支出与人员、公用支出及经济分类各项相符"),
        entry("AR", [money_text(t.project, p.sep)], "项目支出与项目明细相符"),
        entry("AR", [money_text(t.fa_total, p.sep)], "固定资产合计与分项相符"),
        entry("AR", [money_text(t.sg_total, p.sep)], "三公经费合计与分项相符"),
    ]
    for key, note in (
        ("f.staff.rate", "在职人员控制率计算正确"),
        ("f.change.rate", "三公经费变动率计算正确"),
        ("f.exec.rate", "预算执行率计算正确"),
        ("f.adjust.rate", "预算调整率计算正确"),
        ("f.public.rate", "公用经费控制率计算正确"),
        ("f.sangong.rate", "三公经费控制率计算正确"),
        ("f.assets.rate", "固定资产利用率计算正确"),
    ):
        if key in slots:
            out.append(entry("AR003", [slots[key]], note))
    out.append(entry("AR004", [], "公式所用数值与正文一致"))
    out.append(entry("AR005", [slots["procure.rate"]], "政府采购执行率与其金额相符"))
    out.append(entry("IC001", [str(t.auth)], "编制数各处一致"))
    out.append(entry("IC001", [str(t.actual)], "实有人数各处一致"))
    for rule, note in (
        ("IC002", "各资金来源支出与收入相符（或有结转结余，不适用）"),
        ("IC003", "按资金来源分列的支出之和与支出总数相符"),
        ("IC004", "机构数量与列举相符"),
        ("IC005", "同一事项各处数字相同"),
        ("SC001", "得分均未超过分值"),
        ("SC002", "得分均符合所述评分标准"),
        ("SC003", "比率均正确，无需重算"),
        ("SC005", "指标得分之和等于总分"),
        ("SC006", "分值之和为 100"),
        ("SC007", "等级与总分相符"),
        ("SC008", "总分各处一致"),
        ("SC009", "重算总分不改变等级"),
        ("YR001", "标题年份均为评价年度"),
        ("YR002", "签署日期在评价年度之后、报告日期之前"),
        ("YR003", "已公开的是评价年度预算（上年决算于本年公开属正常）"),
        ("YR004", "评分依据为评价年度结果"),
        ("YR005", "效益部分只列评价年度成绩"),
    ):
        out.append(entry(rule, [], note))
    return out


def rules_overlap(a: str, b: str) -> bool:
    return a == "*" or b == "*" or a.startswith(b) or b.startswith(a)


def mutant_must_not(base: list[dict[str, Any]], mutation: Mutation) -> list[dict[str, Any]]:
    """The parent's must_not entries the planted defect does not touch."""
    related = [e["rule"] for e in mutation.expect + mutation.allow]
    kept = []
    for m in base:
        if any(rules_overlap(m["rule"], r) for r in related) and (
            not m.get("values") or set(m["values"]) & mutation.touched
        ):
            continue
        kept.append(m)
    return kept
