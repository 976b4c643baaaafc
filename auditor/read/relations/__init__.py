"""Totals and their parts, as the report itself asserts them.

One module per idea: :mod:`.model` (a :class:`Breakdown`, a :class:`CountedList`),
:mod:`.text` (其中/包括 lists, parentheses, totals after their parts in a sentence),
:mod:`.counted` (lists whose length the text states), :mod:`.elsewhere` (a list the
document completes in another breakdown) and :mod:`.table_totals` (total rows
and columns, each read under the structure the table's own arithmetic confirms).
"""

from auditor.read.relations.counted import counted_lists
from auditor.read.relations.elsewhere import breakdowns_by_total, completed_elsewhere
from auditor.read.relations.model import Breakdown, CountedList
from auditor.read.relations.table_totals import table_breakdowns
from auditor.read.relations.text import (
    concept_family,
    holds_calculation,
    text_breakdowns,
    text_parents,
)

__all__ = [
    "Breakdown",
    "CountedList",
    "breakdowns_by_total",
    "completed_elsewhere",
    "concept_family",
    "counted_lists",
    "holds_calculation",
    "table_breakdowns",
    "text_breakdowns",
    "text_parents",
]
