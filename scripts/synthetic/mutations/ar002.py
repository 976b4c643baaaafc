"""AR002: one functional-classification item wrong."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import CENT, D, money_text


def mutations(ctx: Context) -> list[Mutation]:
    """AR002 mutants of one department (in a fixed order)."""
    p = ctx.p
    t = ctx.t
    slot = ctx.slot
    bump = ctx.bump
    unit_delta = ctx.unit_delta
    out: list[Mutation] = []
    # AR002: one functional-classification item wrong
    key = "func.1"
    new = bump(slot(key), D(5) * unit_delta)
    out.append(
        Mutation(
            "AR002",
            f"功能分类第二项写错（{slot(key)}→{new}），各项之和不等于支出总数",
            overrides={key: new},
            expect=[entry("AR002", [new], "按功能分类各项之和与支出合计不符", "error")],
            touched={new, slot(key), money_text(t.spend, p.sep), money_text(t.spend, False)},
        )
    )
    # AR002 rounding: a project 0.01 off
    key = "proj.0"
    new = bump(slot(key), CENT)
    out.append(
        Mutation(
            "AR002",
            f"项目支出明细第一项差 0.01（{slot(key)}→{new}），仅为舍入差异",
            overrides={key: new},
            expect=[
                entry("AR002", [new], "项目支出明细之和与项目支出差 0.01，舍入差异", "warning")
            ],
            touched={new, slot(key), money_text(t.project, p.sep), money_text(t.project, False)},
        )
    )
    return out
