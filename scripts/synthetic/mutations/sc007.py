"""SC007: wrong grade for the total."""

from __future__ import annotations

from synthetic.mutation import Mutation, entry
from synthetic.mutations.context import Context
from synthetic.numbers import score_text
from synthetic.render import grade_of


def mutations(ctx: Context) -> list[Mutation]:
    """SC007 mutants of one department (in a fixed order)."""
    p = ctx.p
    total = ctx.total
    out: list[Mutation] = []
    # SC007: wrong grade for the total
    words = p.grade_words
    right = grade_of(p, total)
    wrong_grade = words[1] if right == words[0] else words[0]
    out.append(
        Mutation(
            "SC007",
            f"总分 {score_text(total)} 按等级标准为“{right}”，报告写作“{wrong_grade}”",
            grade=wrong_grade,
            expect=[entry("SC007", [score_text(total)], "评价等级与总分不符", "error")],
            allow=[entry("SC009")],
            touched={score_text(total)},
        )
    )
    return out
