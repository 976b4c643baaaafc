"""Narrative indicators and score-table rows linked by name.

A report may score an indicator twice: its section in the text (``5.预算执行率（10分）``
with the computed rate) and its row in the 自评表 (the rule in a ``评分标准`` column).
Each side lacks what the other has. Linked by the indicator's name, a narrative
indicator without a rule takes its row's rule, and a table row without a rate takes
the rate the text computes for it (a formula named after the row) or, with no such
formula, the rate a sentence states for it (``全年预算调整率为15%``; a name that ends
with the row's, so ``本年预算调整率`` is the row's ``预算调整率``). A name that links
to more than one row, or a row whose name has two different computed or stated
rates, links to nothing: the reading says less rather than guess.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from auditor.read.figures import Figure
from auditor.read.formulas import Formula
from auditor.read.scoring.sheet import Indicator, ScoreSheet, cue

_NOISE = re.compile(r"[\s“”\"‘’'「」《》（）()]")
_RULE_CUE = cue("rule_cue")
_MIN_NAME = 4
"""Shortest row name matched at the end of a longer one (``预算调整率``, not ``执行率``)."""


def name_key(name: str) -> str:
    """An indicator name without quotes, brackets or spaces (``“三公”经费控制率``)."""
    return _NOISE.sub("", name)


def linked(
    sheets: Sequence[ScoreSheet],
    formulas: Sequence[Formula],
    text_figures: Sequence[Figure] = (),
) -> list[ScoreSheet]:
    """The sheets with rules and rates shared between the text and the table rows."""
    narrative_names = {
        name_key(i.name) for s in sheets if s.kind == "narrative" for i in s.indicators
    }
    rows: dict[str, list[Indicator]] = defaultdict(list)
    for sheet in sheets:
        if sheet.kind == "table" and not sheet.partial:
            for row in sheet.indicators:
                rows[name_key(row.name)].append(row)
    out: list[ScoreSheet] = []
    for sheet in sheets:
        if sheet.kind == "narrative":
            indicators = tuple(_with_row_rule(i, rows) for i in sheet.indicators)
        else:
            indicators = tuple(
                _with_text_rate(i, formulas, text_figures)
                if name_key(i.name) not in narrative_names
                else i
                for i in sheet.indicators
            )
        out.append(replace(sheet, indicators=indicators))
    return out


def _with_row_rule(indicator: Indicator, rows: dict[str, list[Indicator]]) -> Indicator:
    """A narrative indicator without a rule takes the rule of its one table row."""
    if indicator.rule is not None:
        return indicator
    found = [r for r in rows.get(name_key(indicator.name), []) if r.rule is not None]
    if len(found) != 1 or found[0].maximum != indicator.maximum:
        return indicator
    row = found[0]
    return replace(
        indicator,
        rule=row.rule,
        rule_quote=row.rule_quote,
        rule_location=row.rule_location or row.location,
    )


def _names_row(name: str, key: str) -> bool:
    """Whether a formula's or a sentence's name is the row's (equal, or ending with it)."""
    found = name_key(name)
    return found == key or (len(key) >= _MIN_NAME and found.endswith(key))


def _with_text_rate(
    row: Indicator, formulas: Sequence[Formula], text_figures: Sequence[Figure]
) -> Indicator:
    """A table row with a rule and no rate takes the rate the text computes or states for it."""
    if row.rule is None or row.rate is not None:
        return row
    key = name_key(row.name)
    named = [
        f
        for f in formulas
        if f.stated is not None and f.stated_unit == "%" and _names_row(f.name, key)
    ]
    if named:
        values = {f.stated.value for f in named if f.stated is not None}
        if len(values) != 1:
            return row
        f = named[-1]
        assert f.stated is not None
        rate = (f.stated.value * 100).quantize(Decimal(1).scaleb(-f.stated.decimals))
        return replace(
            row,
            rate=rate,
            rate_quote=f.quote,
            rate_location=f.location,
            formula=f,
            rate_decimals=f.stated.decimals,
        )
    stated = [
        fig
        for fig in text_figures
        if fig.kind == "percent"
        and fig.cell is None
        and not fig.threshold
        and fig.verb not in ("计", "得", "扣")
        and not _RULE_CUE.search(fig.quote)
        and _names_row(fig.label, key)
    ]
    if len({fig.value for fig in stated}) != 1:
        return row
    fig = stated[-1]
    return replace(
        row,
        rate=fig.value,
        rate_quote=fig.quote,
        rate_location=fig.location,
        rate_decimals=fig.amount.decimals,
    )
