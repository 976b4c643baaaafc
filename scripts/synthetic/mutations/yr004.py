"""YR004: last year's assessment used as the score basis."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """YR004 mutants of one department (in a fixed order)."""
    y = ctx.y
    out: list[Mutation] = []
    # YR004: last year's assessment used as the score basis
    out.append(
        Mutation(
            "YR004",
            f"重点工作指标以 {y - 1} 年度考核结果作评分依据",
            overrides={"basis.year": str(y - 1)},
            expect=[entry("YR004", [str(y - 1)], "以往年度考核结果作为评分依据", "error")],
            touched={str(y - 1)},
        )
    )
    return out
