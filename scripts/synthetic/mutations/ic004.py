"""IC004: a count that no longer matches its list."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """IC004 mutants of one department (in a fixed order)."""
    p = ctx.p
    out: list[Mutation] = []
    # IC004: a count that no longer matches its list
    n = len(p.org_list)
    new = str(n - 1)
    out.append(
        Mutation(
            "IC004",
            f"机构设置列出 {n} 个，文中写“{new}{p.org_count_unit}”",
            overrides={"org.count": new},
            expect=[entry("IC004", [new], "所述数量与所列项目数不符", "error")],
            touched={new},
        )
    )
    return out
