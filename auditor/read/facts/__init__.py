"""Facts: figures whose label names a known concept, with their qualifiers.

A fact is concept + value + qualifiers (year, scope, budget/actual basis, funding
source) + where it was read. Rules compare facts that share concept and qualifiers;
qualifiers keep apart what must never be compared (the 2023 三公 budget and the 2024
one; the 汇总 row and a sub-unit row; a budget and its execution).

The package reads them in layers, each importing only those below it:
:mod:`.model` (the data types) ← :mod:`.labels` (what a label or heading says) ←
:mod:`.roles`, :mod:`.clauses` (a figure's role; the clauses around it in text) ←
:mod:`.headers` (what a column header says of a cell beside its row's quantity) ←
:mod:`.text`, :mod:`.tables` (facts from paragraphs; from table cells) ←
:mod:`.build` (the whole document).
"""

from auditor.read.facts.build import build_facts, resolve_objects
from auditor.read.facts.labels import label_scope, rated_object, section_basis
from auditor.read.facts.model import Fact, FactSheet
from auditor.read.facts.roles import figure_role, is_change
from auditor.read.facts.tables import caption_subject, scope_of
from auditor.read.facts.text import paren_parent

__all__ = [
    "Fact",
    "FactSheet",
    "build_facts",
    "caption_subject",
    "figure_role",
    "is_change",
    "label_scope",
    "paren_parent",
    "rated_object",
    "resolve_objects",
    "scope_of",
    "section_basis",
]
