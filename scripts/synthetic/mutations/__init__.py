"""Planted defects, one module per rule code, in a fixed order.

Each module's ``mutations(ctx)`` returns the mutants of its code that apply to one
department; :func:`mutations` chains them in ``MODULES`` order, which fixes each mutant's
case id (``city-drc-2024-mut-SC005-1``). A new rule's mutant is a new module here and one
line in ``MODULES``.
"""

from __future__ import annotations

from types import ModuleType

from synthetic.model import Model
from synthetic.mutation import Mutation
from synthetic.mutations import (
    ar001,
    ar002,
    ar003,
    ar004,
    ar005,
    ic001,
    ic002,
    ic003,
    ic004,
    ic005,
    sc001,
    sc002,
    sc005,
    sc006,
    sc007,
    sc008,
    yr001,
    yr002,
    yr003,
    yr004,
    yr005,
)
from synthetic.mutations.context import Context

MODULES: tuple[ModuleType, ...] = (
    ar001,
    ar002,
    ar003,
    ar004,
    ar005,
    ic001,
    ic002,
    ic003,
    ic004,
    ic005,
    sc001,
    sc002,
    sc005,
    sc006,
    sc007,
    sc008,
    yr001,
    yr002,
    yr003,
    yr004,
    yr005,
)


def mutations(model: Model, clean_slots: dict[str, str]) -> list[Mutation]:
    """Every planted defect that applies to this department, in a fixed order."""
    ctx = Context(model, clean_slots)
    out: list[Mutation] = []
    for module in MODULES:
        out.extend(module.mutations(ctx))
    return out
