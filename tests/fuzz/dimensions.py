"""The independent choices a report is composed from; the first value of each is the default.

The defaults are the layout the seen corpus uses most (multi-row headers, a 合计 row at
the bottom, 万元, rules written as sentences …); every other value is a way real reports
of other provinces write the same thing. A failure is shrunk by resetting dimensions to
their defaults one at a time, so it ends up named by the values it needs.
"""

from __future__ import annotations

import random

DIMENSIONS: dict[str, tuple[str, ...]] = {
    # who and in what words
    "dept": ("forestry", "hrss", "township", "health", "sports"),
    "wording": ("standard", "variant"),
    # tables
    "units_rows": ("multi", "single"),
    "total_pos": ("bottom", "top", "none"),
    "header": ("multirow", "flattened", "flat"),
    "transposed": ("no", "yes"),
    "subtotal_table": ("none", "groups"),
    "budget_cols": ("none", "beside", "beside_prior"),
    "income_layout": ("simple", "carryover", "balance", "side"),
    "child_rows": ("none", "plain", "qizhong"),
    # numbers
    "table_unit": ("万元", "元"),
    "prose_unit": ("same", "万元", "亿元"),
    "thousands": ("no", "yes"),
    "fullwidth": ("none", "prose", "tables"),
    "dates": ("arabic", "chinese"),
    # qualifiers and statements
    "sangong_qual": ("clause", "clause_incl", "header", "label", "caption"),
    "qizhong_subset": ("none", "text", "table"),
    "row_sentence": ("no", "yes"),
    "unit_staff": ("no", "own"),
    "rate_style": ("formula", "sentence"),
    # score sheet and signature
    "sheet_subtotal": ("no", "yes"),
    "rules_as": ("sentence", "column", "paragraph", "formula"),
    "band_style": ("words", "symbols"),
    "score_phrase": ("计", "得", "为"),
    "sheet_total": ("bottom", "top"),
    "signature": ("labeled", "bare"),
    "fill_date": ("none", "attachment"),
    # outline and summaries
    "headings": ("chinese", "decimal", "decimal_tight", "part", "question"),
    "class_points": ("none", "prose", "heading"),
    "restate": ("none", "wan", "yi"),
}
"""Dimension name -> its values, default first."""

DEFAULTS: dict[str, str] = {name: values[0] for name, values in DIMENSIONS.items()}


def draw_choices(rng: random.Random, bias: float = 0.5) -> dict[str, str]:
    """One value per dimension: the default with probability ``bias``, else another one.

    Keeping defaults likely keeps most cases close to the seen layout, so a failure
    usually involves few non-default values and shrinks quickly.
    """
    out: dict[str, str] = {}
    for name, values in DIMENSIONS.items():
        if name == "dept":
            out[name] = rng.choice(values)
        elif rng.random() < bias:
            out[name] = values[0]
        else:
            out[name] = rng.choice(values[1:])
    return out
