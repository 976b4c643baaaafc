"""What every mutation module reads: the clean model, its slots and a few derived values."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from synth_profiles import Profile

from synthetic.model import Model
from synthetic.numbers import D, money_text
from synthetic.render import grade_of


@dataclass
class Context:
    """One department's clean model and the slot texts its clean report was written with."""

    model: Model
    clean_slots: dict[str, str]

    @property
    def p(self) -> Profile:
        return self.model.profile

    @property
    def t(self) -> Any:
        return self.model.total

    @property
    def u(self) -> str:
        return self.model.profile.money

    @property
    def y(self) -> int:
        return self.model.year

    @cached_property
    def scores(self) -> dict[str, Decimal]:
        return {i.kind: i.score for i in self.model.indicators}

    @cached_property
    def total(self) -> Decimal:
        return sum(self.scores.values(), D(0))

    @property
    def unit_delta(self) -> Decimal:
        """A change large enough to matter in the report's money unit."""
        return D(10000) if self.u == "元" else D(1)

    @cached_property
    def same_band(self) -> list[Decimal]:
        """Wrong totals that keep the grade (SC005 writes one everywhere, SC008 in one place)."""
        total, p = self.total, self.p
        return [
            total + d
            for d in (D(1), D(-1), D("0.5"))
            if grade_of(p, total + d) == grade_of(p, total) and total + d <= 100
        ]

    def slot(self, key: str) -> str:
        """The text the clean report wrote in a slot."""
        return self.clean_slots[key]

    def bump(self, text: str, delta: Decimal) -> str:
        """A money text moved by ``delta``, with or without thousands separators as written."""
        sep = "," in text
        return money_text(D(text.replace(",", "")) + delta, sep)
