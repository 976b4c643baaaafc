"""Narrative indicators and score-table rows linked by name.

A report may score an indicator twice: its section in the text (``5.预算执行率（10分）``
with the computed rate) and its row in the 自评表 (the rule in a ``评分标准`` column).
Each side lacks what the other has. Linked by the indicator's name, a narrative
indicator without a rule takes its row's rule, and an indicator with a rule but no
rate (a table row, or a narrative item whose text computes none) takes
the rate the text computes for it (a formula named after the row) or, with no such
formula, the rate a sentence states for it (``全年预算调整率为15%``; a name that ends
with the row's, so ``全年预算调整率`` is the row's ``预算调整率``, ``项目预算执行率`` is not the department's). A name that links
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
from auditor.read.scoring.rules import names_quotient
from auditor.read.scoring.sheet import Indicator, ScoreSheet, cue, rule_cue

_NOISE = re.compile(r"[\s“”\"‘’'「」《》（）()]")
_RULE_CUE = rule_cue()
_SAME_NAME_PREFIX = cue("same_name_prefix")
_RATE_LABEL = cue("rate_label")


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
    own_rules: dict[str, list[Indicator]] = defaultdict(list)
    for sheet in sheets:
        if sheet.kind == "narrative":
            for item in sheet.indicators:
                if item.rule is not None:
                    own_rules[name_key(item.name)].append(item)
    rows: dict[str, list[Indicator]] = defaultdict(list)
    for sheet in sheets:
        if sheet.kind == "table" and not sheet.partial:
            for row in sheet.indicators:
                rows[name_key(row.name)].append(row)
    out: list[ScoreSheet] = []
    sheets = [
        replace(s, indicators=tuple(_with_rate_formula(i, formulas) for i in s.indicators))
        for s in sheets
    ]
    for sheet in sheets:
        if sheet.kind == "narrative":
            # A walk-through item that takes its row's rule may have its rate computed
            # sections earlier (预算执行情况), outside its own text.
            indicators = tuple(
                _with_text_rate(_with_row_rule(i, rows), formulas, text_figures)
                for i in sheet.indicators
            )
        else:
            indicators = tuple(
                _with_text_rate(_with_section_rule(i, own_rules), formulas, text_figures)
                if name_key(i.name) not in narrative_names
                else _with_section_rule(i, own_rules)
                for i in sheet.indicators
            )
        out.append(replace(sheet, indicators=indicators))
    return out


def _with_section_rule(row: Indicator, own_rules: dict[str, list[Indicator]]) -> Indicator:
    """A table row scored by a general method takes its prose section's rule.

    ``注：完成目标得满分，未完成按完成比例得分`` under the table, or the same words in
    every row's 评分标准 cell, is general; the rule written in the indicator's own
    section (``（四）资产利用率（5分）… 评分标准：≥95%得满分，每低1个百分点扣0.5分``) is
    stated for it, and is its rule. A row with no rule but its own actual rate takes
    the rule of a section that states no rate (else the section is judged itself). Two sections of that name and maximum with
    different rules leave the row with none (the reading abstains).
    """
    found = [i for i in own_rules.get(name_key(row.name), []) if i.maximum == row.maximum]
    general = row.rule_shared or (row.rule is not None and row.rule.generic)
    # A row with its actual rate and no rule, its section with the rule and no rate
    # (``评分标准：支出进度≥96%得满分，每低1个百分点扣1分``): only together are they judged.
    ruleless = row.rule is None and row.rate is not None and all(i.rate is None for i in found)
    if not found or not (general or ruleless):
        return row
    if len({i.rule_quote for i in found}) != 1:
        return replace(row, rule=None, rule_quote="", rule_location=None, rule_shared=False)
    return replace(_taking_rule(row, found[0]), rule_shared=False)


def _with_row_rule(indicator: Indicator, rows: dict[str, list[Indicator]]) -> Indicator:
    """A narrative indicator without a rule takes the rule of its one table row."""
    if indicator.rule is not None:
        return indicator
    found = [r for r in rows.get(name_key(indicator.name), []) if r.rule is not None]
    if len(found) != 1 or found[0].maximum != indicator.maximum:
        return indicator
    row = found[0]
    assert row.rule is not None
    if row.rule.proportional and names_quotient(row.rule.text):
        # ``按实际完成值÷目标值×分值计分``: the row's completion against its own target
        # (76.92% of a ≥75% target is 100), not the rate the prose restates.
        return replace(
            _taking_rule(indicator, row),
            rate=row.rate,
            rate_quote=row.rate_quote,
            rate_location=row.rate_location,
            rate_decimals=row.rate_decimals,
        )
    return _taking_rule(indicator, row)


def _taking_rule(indicator: Indicator, source: Indicator) -> Indicator:
    """``indicator`` scored by ``source``'s rule, quoted and located where it was stated."""
    return replace(
        indicator,
        rule=source.rule,
        rule_quote=source.rule_quote,
        rule_location=source.rule_location or source.location,
    )


def _names_row(name: str, key: str) -> bool:
    """Whether a formula's or a sentence's name is the row's.

    Equal, or the row's name after a year or scope word (``2024年预算调整率``,
    ``全年预算调整率``); a name followed by its definition after a colon counts by
    the part before it.
    """
    # ``预算调整率：（调整后预算数-年初预算数）/…``: the name before its definition.
    found = name_key(re.split(r"[：:]", name, maxsplit=1)[0])
    if found == key:
        return True
    return found.endswith(key) and bool(_SAME_NAME_PREFIX.match(found[: -len(key)]))


def _percent(f: Formula) -> Decimal | None:
    if f.stated is None or f.stated_unit != "%":
        return None
    return (f.stated.value * 100).quantize(Decimal(1).scaleb(-f.stated.decimals))


def _tail_of(name: str, key: str) -> bool:
    """A formula's name naming the row by its tail with the rate word (``满意度``)."""
    found = name_key(re.split(r"[：:]", name, maxsplit=1)[0])
    return len(found) >= 2 and key.endswith(found) and bool(_RATE_LABEL.search(found))


def _with_rate_formula(ind: Indicator, formulas: Sequence[Formula]) -> Indicator:
    """An indicator scored at a rate the text computes elsewhere, with that computation.

    ``共回收有效问卷500份，其中满意460份，满意度为95.2%`` in the section on targets and
    ``群众满意度为95.2%…本项得5分`` in the indicator's: the one formula named after the
    indicator (its name or its tail, ``满意度``) that states the same rate goes with it,
    so a wrong rate is recomputed (SC003). Two such formulas leave it alone.
    """
    if ind.rule is None or ind.rate is None or ind.formula is not None:
        return ind
    key = name_key(ind.name)
    found = [
        f
        for f in formulas
        if _percent(f) == ind.rate and (_names_row(f.name, key) or _tail_of(f.name, key))
    ]
    if len(found) != 1:
        return ind
    return replace(ind, formula=found[0])


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
