"""SC006: one heading's maximum typed wrong, maxima sum to 101."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import score_text


def mutations(ctx: Context) -> list[Mutation]:
    """SC006 mutants of one department (in a fixed order)."""
    model = ctx.model
    out: list[Mutation] = []
    # SC006: one heading's maximum typed wrong, maxima sum to 101
    ind = model.ind("goal_clear")
    new_max = score_text(ind.maximum + 1)
    out.append(
        Mutation(
            "SC006",
            f"{ind.spec.name}分值写作 {new_max} 分，各指标分值之和为 101",
            overrides={f"max.{ind.kind}": new_max},
            expect=[entry("SC006", ["101"], "各指标分值之和不为 100", "error")],
            # Where indicators are grouped (（一）投入指标（20分）), the group's own
            # maximum no longer equals its items' sum either: a second, true finding.
            allow=[entry("SC006", [new_max], "分组分值与其下各项分值之和不符")],
            touched={"101", new_max},
        )
    )
    return out
