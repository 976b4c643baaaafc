"""YR003: the published budget named with the previous year."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """YR003 mutants of one department (in a fixed order)."""
    y = ctx.y
    out: list[Mutation] = []
    # YR003: the published budget named with the previous year
    out.append(
        Mutation(
            "YR003",
            f"预决算公开写成 {y - 1} 年度预算已公开",
            overrides={"disclose.year": str(y - 1)},
            expect=[entry("YR003", [str(y - 1)], "所述已公开预算的年度不是评价年度", "error")],
            touched={str(y - 1)},
        )
    )
    return out
