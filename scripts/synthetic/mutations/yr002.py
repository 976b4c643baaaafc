"""YR002: a signature dated inside the evaluated year."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.render import date_text


def mutations(ctx: Context) -> list[Mutation]:
    """YR002 mutants of one department (in a fixed order)."""
    model = ctx.model
    y = ctx.y
    out: list[Mutation] = []
    # YR002: a signature dated inside the evaluated year
    d = model.dates["leader"]
    new = date_text((y, d[1], d[2]))
    out.append(
        Mutation(
            "YR002",
            f"评价组组长签字日期写作 {new}（评价年度之内）",
            overrides={"date.leader": new},
            expect=[entry("YR002", [new], "签署日期在被评价年度结束之前", "error")],
            touched={new},
        )
    )
    return out
