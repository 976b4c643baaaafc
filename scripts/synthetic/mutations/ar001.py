"""AR001: a table cell typed wrong (a sub-unit's 人员支出, or the 专项支出 row)."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import CENT, D, money_text


def mutations(ctx: Context) -> list[Mutation]:
    """AR001 mutants of one department (in a fixed order)."""
    model = ctx.model
    p = ctx.p
    t = ctx.t
    slot = ctx.slot
    bump = ctx.bump
    unit_delta = ctx.unit_delta
    out: list[Mutation] = []
    # AR001: a table cell typed wrong (a sub-unit's 人员支出, or the 专项支出 row)
    if p.layout["expenditure"] == "vertical":
        key = "exp.project.table"
        new = bump(slot(key), D(3) * unit_delta)
        out.append(
            Mutation(
                "AR001",
                f"支出表{p.labels['project']}行录入错误（{slot(key)}→{new}），合计行与分项之和不符",
                overrides={key: new},
                expect=[
                    entry(
                        "AR001",
                        [new],
                        f"支出合计与基本支出、{p.labels['project']}之和不符",
                        "error",
                    )
                ],
                allow=[entry("IC001", [new], "表中专项支出与正文不一致，是同一笔录入错误的后果")],
                touched={new, slot(key), money_text(t.spend, p.sep), money_text(t.project, p.sep)},
            )
        )
    else:
        target = model.units[-1]
        key = f"exp.personnel.{target.label}"
        new = bump(slot(key), D(2) * unit_delta)
        out.append(
            Mutation(
                "AR001",
                f"支出表“{target.label}”行人员支出录入错误（{slot(key)}→{new}）",
                overrides={key: new},
                expect=[
                    entry(
                        "AR001",
                        [new],
                        "基本支出与人员支出、公用支出之和不符（或汇总行与各单位之和不符）",
                        "error",
                    )
                ],
                allow=[entry("AR001", [new], "同一错误在行、列两个方向都不平")],
                touched={
                    new,
                    slot(key),
                    money_text(t.personnel, p.sep),
                    money_text(target.basic, p.sep),
                    money_text(t.basic, p.sep),
                },
            )
        )
    # AR001 rounding: a 闲置固定资产 cell 0.01 off in the 汇总 row
    key = "fa.idle.汇总"
    new = bump(slot(key), CENT)
    out.append(
        Mutation(
            "AR001",
            f"固定资产表汇总行闲置固定资产差 0.01（{slot(key)}→{new}），仅为舍入差异",
            overrides={key: new},
            expect=[entry("AR001", [new], "固定资产合计与分项之和差 0.01，舍入差异", "warning")],
            allow=[entry("AR001", [new], "汇总行与单位行之间同一舍入差异")],
            touched={new, slot(key), money_text(t.fa_total, p.sep)},
        )
    )
    return out
