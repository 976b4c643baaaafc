"""SC001: a qualitative indicator awarded more than its maximum."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import score_text


def mutations(ctx: Context) -> list[Mutation]:
    """SC001 mutants of one department (in a fixed order)."""
    model = ctx.model
    out: list[Mutation] = []
    # SC001: a qualitative indicator awarded more than its maximum
    ind = model.ind("mgmt")
    new_score = ind.maximum + 1
    out.append(
        Mutation(
            "SC001",
            f"{ind.spec.name}（{score_text(ind.maximum)}分）计 {score_text(new_score)} 分",
            scores={"mgmt": new_score},
            expect=[entry("SC001", [score_text(new_score)], "得分超过分值", "error")],
            allow=[
                entry("SC001", [score_text(new_score)], "附表中同一得分也超过分值"),
                entry("SC009"),
            ],
            touched={score_text(new_score)},
        )
    )
    return out
