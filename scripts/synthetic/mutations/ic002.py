"""IC002: general-budget spending differs from general-budget income (no carry-over, no balance)."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import D, money_text


def mutations(ctx: Context) -> list[Mutation]:
    """IC002 mutants of one department (in a fixed order)."""
    model = ctx.model
    p = ctx.p
    t = ctx.t
    slot = ctx.slot
    unit_delta = ctx.unit_delta
    out: list[Mutation] = []
    # IC002: general-budget spending differs from general-budget income (no carry-over, no balance)
    if not t.carry and not t.balance:
        gb = model.sources[0]
        delta = D(12) * unit_delta
        new_total = money_text(gb[2] + gb[3] + delta, "," in slot("src.general.total"))
        new_project = money_text(gb[3] + delta, "," in slot("src.general.project"))
        out.append(
            Mutation(
                "IC002",
                f"一般公共预算支出写作 {new_total}（项目支出 {new_project}），与一般公共预算收入 {money_text(t.general, p.sep)} 不符",
                overrides={"src.general.total": new_total, "src.general.project": new_project},
                expect=[
                    entry("IC002", [new_total], "无结转结余时一般公共预算支出应等于其收入", "error")
                ],
                allow=[entry("IC003", [], "按来源分列之和随之不等于支出合计")],
                touched={
                    new_total,
                    new_project,
                    slot("src.general.total"),
                    money_text(t.general, p.sep),
                },
            )
        )
    return out
