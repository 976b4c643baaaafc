"""YR001: an attachment (or table) titled with the previous year."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """YR001 mutants of one department (in a fixed order)."""
    p = ctx.p
    y = ctx.y
    slot = ctx.slot
    out: list[Mutation] = []
    # YR001: an attachment (or table) titled with the previous year
    key = "attach.year" if p.attachment else "caption.income"
    if p.attachment:
        override = {key: str(y - 1)}
    else:
        override = {key: slot(key).replace(f"{y}年度", f"{y - 1}年度")}
    out.append(
        Mutation(
            "YR001",
            f"{'附件' if p.attachment else '收入表'}标题写成 {y - 1} 年度",
            overrides=override,
            expect=[entry("YR001", [str(y - 1)], "标题年份与评价年度不符", "error")],
            touched={str(y - 1)},
        )
    )
    return out
