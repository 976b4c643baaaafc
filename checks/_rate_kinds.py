"""Findings for rates written wrong in kinds a clerk makes (:mod:`auditor.read.rate_kinds`).

An inverted rate, a rate over last year's figure of the same noun, and an execution rate
over the initial budget beside an adjusted one. AR005 and AR007 call these; each says in
its message which figures give the written rate, so a reviewer sees the slip at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from auditor.assess import close
from auditor.findings import Certainty, Evidence, Issue
from auditor.read.figures import Figure
from auditor.read.implied_rates import HUNDRED, ImpliedRate, Operand, by_its_words, plan_fixed
from auditor.read.rate_kinds import InitialBase, compared_other_year, same_noun_other_year
from auditor.read.reading import Reading
from auditor.text.units import same_dimension
from checks._kinds import fmt


def percent_text(value: Decimal, decimals: int) -> str:
    """A rate written to ``decimals`` places with its percent sign."""
    return f"{fmt(value, decimals)}%"


def sure_of_pair(rate: ImpliedRate, pair: tuple[Operand, Operand]) -> bool:
    """Whether the rate's words fix the pair.

    Worded (``占A的``), money named by the rate (its pairs are kept only so), a part
    named by the rate over a labelled whole, or a plan completed.
    """
    part, whole = pair
    if rate.worded or part.amount.kind == "money" or plan_fixed(rate, pair):
        return True
    return by_its_words(rate, pair) and (whole.whole or whole.handled)


def rate_evidence(rate: ImpliedRate, num: Operand, den: Operand) -> tuple[Evidence, ...]:
    """The rate and the pair it was read over, as evidence."""
    return (
        Evidence(rate.location, rate.quote, rate.stated.raw, "比率"),
        Evidence(num.location or rate.location, num.quote, num.amount.number_text, "分子"),
        Evidence(den.location or rate.location, den.quote, den.amount.number_text, "分母"),
    )


def inverted_issue(rate: ImpliedRate, pair: tuple[Operand, Operand], title: str) -> Issue:
    """The written rate is the whole over the part: numerator and denominator swapped."""
    num, den = pair
    computed = num.base_value / den.base_value * HUNDRED
    shown = percent_text(computed, max(rate.stated.decimals, 2))
    return Issue(
        message=(
            f"{title}写作 {rate.stated.raw}，恰为“{den.shown}”÷“{num.shown}”之值，"
            f"分子分母颠倒；按“{num.shown}÷{den.shown}”应为 {shown}"
        ),
        evidence=rate_evidence(rate, num, den),
        expected=shown,
        found=rate.stated.raw,
        key=("implied-rate", rate.location, rate.percent),
        certainty=Certainty.HIGH if sure_of_pair(rate, pair) else Certainty.MEDIUM,
    )


def other_years_base(
    reading: Reading, rate: ImpliedRate, pair: tuple[Operand, Operand]
) -> Figure | None:
    """The figure of the whole's noun for another year that the part over it gives the rate.

    ``2024年接收群众来信412件，办结398件，办结率99.25%`` with ``2023年接收群众来信
    401件`` stated: 398/401 is the written rate, so last year's figure was the base.
    """
    num, den = pair
    found = [
        fig
        for fig in other_figures(reading, pair)
        if close(num.base_value / fig.base_value * HUNDRED, rate.percent, rate.stated.decimals)
        and (
            same_noun_other_year(den, fig.label)
            or (fig.block == rate.block and compared_other_year(den, fig.label, fig.amount.start))
        )
    ]
    return found[0] if len({f.base_value for f in found}) == 1 else None


def other_figures(reading: Reading, pair: tuple[Operand, Operand]) -> Iterator[Figure]:
    """Figures of the pair's unit elsewhere in the report that could stand for one of them.

    Positive levels (no bound, no percent) whose value is neither of the pair's.
    """
    num, den = pair
    for fig in reading.figures:
        if fig.value <= 0 or fig.threshold or fig.kind == "percent":
            continue
        if not same_dimension(fig.unit, num.amount.unit):
            continue
        if fig.base_value in (num.base_value, den.base_value):
            continue
        yield fig


def initial_base_issue(rate: ImpliedRate, found: InitialBase) -> Issue:
    """An execution rate over the initial budget when the adjusted one is stated beside it."""
    shown = percent_text(found.right, max(rate.stated.decimals, 2))
    return Issue(
        message=(
            f"{rate.name}写作 {rate.stated.raw}，恰为“{found.part.shown}”÷"
            f"“{found.initial.shown}”（{found.initial.label}）之值；同句已列"
            f"{found.adjusted.label}{found.adjusted.shown}，执行率应以调整后预算为分母，"
            f"按“{found.part.shown}÷{found.adjusted.shown}”为 {shown}，请核对"
        ),
        evidence=(
            Evidence(rate.location, rate.quote, rate.stated.raw, "比率"),
            Evidence(rate.location, found.part.quote, found.part.amount.number_text, "分子"),
            Evidence(
                rate.location, found.initial.quote, found.initial.amount.number_text, "所用分母"
            ),
            Evidence(
                rate.location, found.adjusted.quote, found.adjusted.amount.number_text, "应用分母"
            ),
        ),
        expected=shown,
        found=rate.stated.raw,
        key=("initial-base", rate.location, rate.percent),
        certainty=Certainty.HIGH,
    )
