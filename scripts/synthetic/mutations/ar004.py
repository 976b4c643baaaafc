"""AR004: formula operand differs from the figure stated in the sentence before."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import D, money_text, pct, pct_text, q2


def mutations(ctx: Context) -> list[Mutation]:
    """AR004 mutants of one department (in a fixed order)."""
    model = ctx.model
    slot = ctx.slot
    out: list[Mutation] = []
    # AR004: formula operand differs from the figure stated in the sentence before
    ind = model.ind("public")
    stated = slot("pfa")
    operand = money_text(q2(model.pf_actual * D("0.93")), "," in stated)
    new_rate = pct(D(operand.replace(",", "")), model.pf_budget)
    assert ind.rule is not None
    new_score = ind.rule.score(new_rate, ind.maximum)
    m4 = Mutation(
        "AR004",
        f"公用经费控制率公式分子用了 {operand}，与上文实际支出公用经费 {stated} 不一致",
        overrides={"f.public.actual": operand, "f.public.rate": pct_text(new_rate)},
        scores={"public": new_score} if new_score != ind.score else {},
        expect=[
            entry("AR004", [operand, stated], "公式中的实际支出公用经费与正文所列不一致", "error")
        ],
        allow=[entry("SC003", [], "按正文数值重算比率后得分不同"), entry("SC009")],
        touched={operand, stated, pct_text(new_rate), pct_text(ind.rate or D(0))},
    )
    out.append(m4)
    return out
