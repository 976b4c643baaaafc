"""IC003: by-source 基本/项目 split does not add up to the department's."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import D, money_text


def mutations(ctx: Context) -> list[Mutation]:
    """IC003 mutants of one department (in a fixed order)."""
    model = ctx.model
    p = ctx.p
    t = ctx.t
    slot = ctx.slot
    unit_delta = ctx.unit_delta
    out: list[Mutation] = []
    # IC003: by-source 基本/项目 split does not add up to the department's
    gb = model.sources[0]
    shift = D(4) * unit_delta
    nb = money_text(gb[2] - shift, "," in slot("src.general.basic"))
    np_ = money_text(gb[3] + shift, "," in slot("src.general.project"))
    out.append(
        Mutation(
            "IC003",
            f"一般公共预算支出中基本支出写作 {nb}、项目支出 {np_}，按来源之和与部门基本支出、项目支出不符",
            overrides={"src.general.basic": nb, "src.general.project": np_},
            expect=[
                entry(
                    "IC003",
                    [nb, money_text(t.basic, p.sep)],
                    "按资金来源的基本支出之和不等于基本支出",
                    "error",
                ),
                entry(
                    "IC003",
                    [money_text(t.project, p.sep)],
                    "按资金来源的项目支出之和不等于项目支出",
                    "error",
                ),
            ],
            touched={nb, np_, money_text(t.basic, p.sep), money_text(t.project, p.sep)},
        )
    )
    return out
