"""SC005: the total written everywhere differs from the sum of the scores."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import score_text


def mutations(ctx: Context) -> list[Mutation]:
    """SC005 mutants of one department (in a fixed order)."""
    total = ctx.total
    same_band = ctx.same_band
    out: list[Mutation] = []
    # SC005: the total written everywhere differs from the sum of the scores
    wrong_total = same_band[0]
    out.append(
        Mutation(
            "SC005",
            f"各指标得分之和为 {score_text(total)}，报告总分写作 {score_text(wrong_total)}",
            total_all=wrong_total,
            expect=[entry("SC005", [score_text(wrong_total)], "指标得分之和与总分不符", "error")],
            allow=[
                entry("SC005", [score_text(wrong_total)], "附表合计与指标得分之和也不符"),
                entry("AR001", [score_text(wrong_total)], "附表合计行与各项得分之和不符"),
                entry("SC008"),
            ],
            touched={score_text(wrong_total), score_text(total)},
        )
    )
    return out
