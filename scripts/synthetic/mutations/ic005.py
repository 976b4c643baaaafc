"""IC005: an activity restated with last year's figure."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context


def mutations(ctx: Context) -> list[Mutation]:
    """IC005 mutants of one department (in a fixed order)."""
    p = ctx.p
    out: list[Mutation] = []
    # IC005: an activity restated with last year's figure
    k = 1 if p.kind != "city-drc" else 2
    act = p.activities[k]
    out.append(
        Mutation(
            "IC005",
            f"同一事项在效益部分写作 {act.mutated}，工作总结中为 {act.value}",
            overrides={f"act{k}.second": act.mutated},
            expect=[entry("IC005", [act.mutated], "同一事项两处数字不同", "warning")],
            touched={act.mutated, act.value},
        )
    )
    return out
