"""AR005: procurement rate stated without formula, inconsistent with its amounts."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import D, pct_text


def mutations(ctx: Context) -> list[Mutation]:
    """AR005 mutants of one department (in a fixed order)."""
    model = ctx.model
    slot = ctx.slot
    out: list[Mutation] = []
    # AR005: procurement rate stated without formula, inconsistent with its amounts
    ind = model.ind("procure")
    assert ind.rate is not None and ind.rule is not None
    wrong = ind.rate - D("3.4") if ind.rate > 50 else ind.rate + D("3.4")
    new = pct_text(wrong)
    new_score = ind.rule.score(wrong, ind.maximum)
    out.append(
        Mutation(
            "AR005",
            f"政府采购执行率写作 {new}，按其预算与实际金额应为 {slot('procure.rate')}",
            overrides={"procure.rate": new},
            scores={"procure": new_score} if new_score != ind.score else {},
            expect=[entry("AR005", [new], "执行率与采购预算、实际金额不符", "error")],
            allow=[entry("SC003", [], "按重算比率得分不同"), entry("SC009")],
            touched={new, slot("procure.rate")},
        )
    )
    return out
