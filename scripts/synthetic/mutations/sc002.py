"""SC002: a rate indicator scored against its own rule."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import score_text


def mutations(ctx: Context) -> list[Mutation]:
    """SC002 mutants of one department (in a fixed order)."""
    model = ctx.model
    out: list[Mutation] = []
    # SC002: a rate indicator scored against its own rule
    partial = [i for i in model.indicators if i.rule is not None and i.score < i.maximum]
    ind = partial[0] if partial else next(i for i in model.indicators if i.rule is not None)
    new_score = ind.maximum if ind.score < ind.maximum else ind.maximum - 1
    out.append(
        Mutation(
            "SC002",
            f"{ind.spec.name}按其评分标准应计 {score_text(ind.score)} 分，报告计 {score_text(new_score)} 分",
            scores={ind.kind: new_score},
            expect=[entry("SC002", [score_text(new_score)], "得分不符合所述评分标准", "error")],
            allow=[entry("SC009")],
            touched={score_text(new_score), score_text(ind.score)},
        )
    )
    return out
