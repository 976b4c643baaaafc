"""AR003: formula result wrong (在职人员控制率, scored the same either way)."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import D, pct_text


def mutations(ctx: Context) -> list[Mutation]:
    """AR003 mutants of one department (in a fixed order)."""
    model = ctx.model
    slot = ctx.slot
    out: list[Mutation] = []
    # AR003: formula result wrong (在职人员控制率, scored the same either way)
    ind = model.ind("staff")
    assert ind.rate is not None
    wrong = min(ind.rate + D("2.17"), D("99.86"))
    if wrong == ind.rate:
        wrong = ind.rate - D("1.35")
    new = pct_text(wrong)
    out.append(
        Mutation(
            "AR003",
            f"在职人员控制率计算结果写错（{slot('f.staff.rate')}→{new}）",
            overrides={"f.staff.rate": new},
            expect=[entry("AR003", [new], "公式结果与其分子分母不符", "error")],
            allow=[entry("SC003", [], "按重算比率评分")],
            touched={new, slot("f.staff.rate")},
        )
    )
    return out
