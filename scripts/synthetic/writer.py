"""The writer: every figure rendered through a named slot a mutant can override."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from synthetic.model import Model
from synthetic.mutation import Mutation
from synthetic.numbers import money_text, stable_index


class Writer:
    """Collects report lines; every figure that a mutant may change goes through a slot."""

    def __init__(self, model: Model, mutation: Mutation) -> None:
        self.m = model
        self.p = model.profile
        self.mut = mutation
        self.lines: list[str] = []
        self.slots: dict[str, str] = {}

    # -- slots and formatting

    def s(self, key: str, default: str) -> str:
        """The text of slot ``key``: the mutant's override or the clean text."""
        text = self.mut.overrides.get(key, default)
        self.slots[key] = default
        return text

    def pick(self, key: str, options: Iterable[str]) -> str:
        opts = list(options)
        return opts[stable_index(self.m.seed, f"{self.p.kind}:{key}", len(opts))]

    def money(self, v: Decimal, key: str = "") -> str:
        """Money in running text: separators as the department writes them."""
        if self.p.sep and (not key or abs(v) >= 1000):
            sep = self.pick(f"sep:{key}", (True, True, False)) if key else True
            return money_text(v, bool(sep))
        return money_text(v, False)

    def cell(self, v: Decimal) -> str:
        """Money in a table cell."""
        return money_text(v, self.p.sep)

    @property
    def u(self) -> str:
        return self.p.money

    # -- blocks

    def para(self, text: str) -> None:
        self.lines.extend([text, ""])

    def heading(self, text: str, marks: str = "") -> None:
        self.lines.extend([f"{marks} {text}" if marks else text, ""])

    def bold(self, text: str) -> None:
        self.lines.extend([f"**{text}**", ""])

    def table(self, rows: list[list[str]]) -> None:
        width = max(len(r) for r in rows)
        for r in rows:
            self.lines.append("\t".join(r + [""] * (width - len(r))))
        self.lines.append("")

    def text(self) -> str:
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n"
