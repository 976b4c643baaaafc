"""SC008: the conclusion states a different total."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import score_text


def mutations(ctx: Context) -> list[Mutation]:
    """SC008 mutants of one department (in a fixed order)."""
    total = ctx.total
    same_band = ctx.same_band
    out: list[Mutation] = []
    # SC008: the conclusion states a different total
    other = same_band[0]
    out.append(
        Mutation(
            "SC008",
            f"评价结论写总分 {score_text(other)}，自评表为 {score_text(total)}",
            overrides={"total.conclusion": score_text(other)},
            expect=[
                entry("SC008", [score_text(other), score_text(total)], "总分在两处不一致", "error")
            ],
            allow=[entry("SC005", [score_text(other)], "结论中的总分也不等于指标得分之和")],
            touched={score_text(other), score_text(total)},
        )
    )
    return out
