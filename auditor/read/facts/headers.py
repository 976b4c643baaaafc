"""What a table's column header says of a cell beside the quantity its row names.

A cell takes its meaning from its column header as well as from its row label. Under
``其中：专技`` a ``事业编制`` row's cell is the 专技 posts of that group, not the 事业编制;
under ``实有人数`` it is the staff on hand in that group, not its 编制; under ``结余结转``
it is what is left of the row's spending; under ``预算数`` over ``年初 | 调整后`` it is
the initial or the adjusted budget. The table reader (:mod:`.tables`) asks these once it
has the cell's concept.
"""

from __future__ import annotations

from auditor.read.facts.labels import _cue
from auditor.read.facts.roles import figure_role
from auditor.read.lexicon import Concept, Lexicon, clean_label
from auditor.read.qualifiers import Role


def _family(concept: Concept) -> str:
    return concept.id.split(".")[0]


def crossed(concept: Concept, other: Concept | None) -> tuple[Concept, str] | None:
    """The quantity a cell states when both its axes name one of the same family.

    ``concept`` is what the reader chose (column first), ``other`` what the other axis
    names. A kind of a quantity (``part_of``: 行政编制 of 编制数) crossed with its whole is
    the kind (``编制数`` column, ``事业编制`` row: the 事业编制); crossed with another
    quantity it is a group of people, and the cell that quantity for the group
    (``实有人数`` × ``事业编制``: the staff on hand in 事业编制 posts, as
    ``实有在职人员79人，其中行政编制21人`` reads in text). Returns the cell's concept and
    the group's name (empty for the kind itself); None when the axes do not cross so.
    """
    if other is None or other.id == concept.id or _family(other) != _family(concept):
        return None
    if other.part_of == concept.id:
        return other, ""
    if concept.part_of == other.id:
        return None
    if concept.part_of and not other.part_of:
        return other, concept.name
    if other.part_of and not concept.part_of:
        return concept, other.name
    return None


def _plain(header: str) -> str:
    """A header's words without a trailing note of its unit (``结转（元）`` → 结转)."""
    return _cue("header_note").sub("", clean_label(header))


def header_part(header: str) -> str:
    """The group a column header names inside the row's quantity, or ``""``.

    ``其中：专技``, ``专业技术岗位``, ``工勤技能人员`` name a part of whatever the row
    counts; the cell is that part's, never the row's whole. Headers naming a funding
    source or a unit are read elsewhere (:func:`.tables._source_only`, ``_column_scope``)
    and must be ruled out by the caller first.
    """
    text = _plain(header)
    if not text or not _cue("part_header").search(text):
        return ""
    return _cue("part_row_lead").sub("", text) or text


def header_role(row_label: str, header: str, concept: Concept) -> tuple[Role, str]:
    """The role a column header gives the row's quantity (``基本支出`` under ``结余结转``).

    Read as the text reader reads ``基本支出结余结转``: a balance word after the
    quantity makes the cell what is left of it (:func:`.roles.figure_role`).
    """
    text = _plain(header)
    if not text:
        return Role.LEVEL, ""
    role, word = figure_role(clean_label(row_label) + text, concept)
    if role == Role.REMAINDER:
        return role, word or text
    return Role.LEVEL, ""


def grouped_basis_text(path: tuple[str, ...], lexicon: Lexicon) -> str:
    """The header words that state a cell's basis, a grouped header read as one phrase.

    ``预算数`` over ``年初 | 调整后`` states 年初预算数 and 调整后预算数: the leaf's words
    before its group's, when together they name a budget of a stated kind and the
    path as written names only a budget of unstated kind.
    """
    joined = " ".join(path)
    if len(path) < 2:
        return joined
    phrase = clean_label(path[-1]) + clean_label(path[-2])
    kind = lexicon.basis_for(phrase)
    if kind in ("initial_budget", "adjusted_budget") and lexicon.basis_for(joined) == "budget":
        return phrase
    return joined
