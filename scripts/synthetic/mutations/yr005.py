"""YR005: a prior-year result listed as this year's benefit."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """YR005 mutants of one department (in a fixed order)."""
    y = ctx.y
    out: list[Mutation] = []
    # YR005: a prior-year result listed as this year's benefit
    out.append(
        Mutation(
            "YR005",
            f"效益指标中列出 {y - 1} 年的成绩",
            overrides={"result.year": str(y - 1)},
            expect=[entry("YR005", [str(y - 1)], "本年度评价中列举以往年度成绩", "warning")],
            touched={str(y - 1)},
        )
    )
    return out
