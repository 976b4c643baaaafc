"""What the REF rules compare a reading with: a reference row and/or last year's reading.

The engine attaches a :class:`ReferenceContext` to a reading before the rules run (kept
beside the reading, weakly keyed by it: a reading is never written into); a REF rule
asks :func:`context_of` and says nothing when there is nothing to compare with, so a
report audited without ``--reference``/``--previous`` gets exactly the findings it got
before.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.model import Location
from auditor.reference.table import ReferenceTable, RefRow, RefValue

if TYPE_CHECKING:
    from auditor.read.reading import Reading

_CONTEXTS: weakref.WeakKeyDictionary[Reading, ReferenceContext] = weakref.WeakKeyDictionary()
"""Kept beside each reading, keyed weakly by it (a reading is never written into)."""


@dataclass(frozen=True)
class ReferenceContext:
    """The bureau's row for this report, and last year's report of the same unit."""

    table: ReferenceTable | None = None
    row: RefRow | None = None
    previous: Reading | None = None
    previous_label: str = ""
    """How evidence names last year's report (``上年报告《2023.pdf》``)."""

    def cell(self, value: RefValue) -> Location:
        """Where a reference figure is: the reference file, its row and column."""
        assert self.table is not None and self.row is not None
        return Location(file=self.table.label, row=self.row.number, col=value.column.index + 1)

    def previous_location(self, location: Location) -> Location:
        """A place in last year's report, marked as being in that file."""
        from dataclasses import replace

        return replace(location, file=self.previous_label, bbox=None)


def attach(reading: Reading, context: ReferenceContext) -> None:
    """Give the REF rules what to compare ``reading`` with."""
    _CONTEXTS[reading] = context


def context_of(reading: Reading) -> ReferenceContext | None:
    """The context attached to ``reading`` (None: no reference, no previous report)."""
    return _CONTEXTS.get(reading)
