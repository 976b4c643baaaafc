"""The finding on a rate over last year's whole of its noun (:mod:`auditor.read.far_base`)."""

from __future__ import annotations

from auditor.findings import Certainty, Issue
from auditor.read.far_base import FarBase
from checks._kinds import evidence, fmt


def far_base_issue(found: FarBase) -> Issue:
    """The rate over last year's whole: an error naming both readings."""
    rate, part, this, other = found.rate, found.part, found.this_year, found.other_year
    shown = f"{fmt(found.right, max(rate.amount.decimals, 2))}%"
    return Issue(
        message=(
            f"{found.name}写作 {rate.amount.raw}，恰为“{part.label}{part.amount.raw}”÷"
            f"“{other.label}{other.amount.raw}”（{other.location.describe()}，另一年度的同项数）"
            f"之值；本年“{this.label}{this.amount.raw}”（{this.location.describe()}）已列明，"
            f"按“{part.amount.raw}÷{this.amount.raw}”应为 {shown}，疑以上年数为分母"
        ),
        evidence=(
            evidence(rate, "比率"),
            evidence(part, "分子"),
            evidence(other, "所用分母（另一年度）"),
            evidence(this, "应用分母（本年）"),
        ),
        expected=shown,
        found=rate.amount.raw,
        key=("far-base", rate.location, rate.value),
        certainty=Certainty.HIGH,
    )
