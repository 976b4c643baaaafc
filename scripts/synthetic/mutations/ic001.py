"""IC001: a restated figure changed in the 在职人员控制率 section."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """IC001 mutants of one department (in a fixed order)."""
    p = ctx.p
    slot = ctx.slot
    out: list[Mutation] = []
    # IC001: a restated figure changed in the 在职人员控制率 section
    which = "auth" if p.kind in ("county-edu", "township", "hospital") else "actual"
    key = f"ic001.{which}"
    new = str(int(slot(key)) + (3 if which == "auth" else -2))
    name = p.labels[which]
    out.append(
        Mutation(
            "IC001",
            f"{name}在指标部分写作 {new}，与基本情况表 {slot(key)} 不一致",
            overrides={key: new},
            expect=[entry("IC001", [new, slot(key)], f"{name}前后不一致", "error")],
            touched={new, slot(key)},
        )
    )
    return out
