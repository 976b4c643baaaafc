"""How two statements of one quantity relate by the document's layout and arithmetic.

IC001 compares statements that the facts give the same concept and qualifiers. Two
things the document's own layout and arithmetic say decide whether such a pair is a
restatement at all:

- **A table states a quantity once per row and once per column.** Two value cells of
  one table differ in their row or their column (行政/事业, 预算/实际, 本年/上年, 本级/
  所属单位), so they are two quantities by construction, whatever the reading made of
  their labels: a pair inside one table is never a restatement, unless the table
  names the same label twice (a label/value 基本情况表 listing ``编制数`` in two places).
- **A difference the document's arithmetic explains is not an error.** When the
  smaller value is a stated part of the larger (a ``其中`` item, a sub-column, a row of
  a table whose total is the larger), or the two differ by exactly another figure
  stated beside one of them (in its sentence, its table row or its table column: a
  part, a sub-unit, a change ``比上年增加X``), the pair is a misread structure.

This module only reads: it says which pairs the layout allows and what explains a
difference; the rule decides what to report.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Document, Paragraph
from auditor.read.figures import Figure, cue
from auditor.read.hypotheses import half_unit
from auditor.read.lexicon import clean_label
from auditor.read.relations import Breakdown
from auditor.read.wording import patterns
from auditor.text.units import same_dimension


def is_table_value(fig: Figure) -> bool:
    """A table cell holding only a number (text in a cell reads like a paragraph)."""
    return fig.cell is not None and fig.table_value


def same_table(a: Figure, b: Figure) -> bool:
    """Whether both are value cells of one table."""
    return is_table_value(a) and is_table_value(b) and a.block == b.block


def same_label(a: Figure, b: Figure) -> bool:
    """Whether two cells of one table carry the same label text (the table says it twice).

    ``| 编制数 | 46 |`` and, further down the same 基本情况表, ``| 编制数 | 44 |``: the
    table names one quantity in two places, so the two cells are a restatement. Cells
    whose rows or columns differ (``合计`` and ``局机关``; ``本年`` and ``上年``) are not.
    """
    if not a.label or clean_label(a.label) != clean_label(b.label):
        return False
    if a.cell and b.cell and a.cell[0] == b.cell[0] and not (a.left_label and b.left_label):
        # Two columns of one row (a continued table whose headers were not repeated):
        # a row states one quantity per column, never one quantity twice.
        return False
    return (a.row_label, a.column_path, a.left_label) == (b.row_label, b.column_path, b.left_label)


def paired_in_table(a: Figure, b: Figure) -> bool:
    """Whether two cells of one table may be compared as one quantity: only by one label."""
    return not same_table(a, b) or same_label(a, b)


@dataclass(frozen=True, slots=True)
class Explanation:
    """What in the document accounts for the difference between two values."""

    figure: Figure
    """The part or the difference as stated."""
    kind: str
    """``part``: the smaller is a stated part of the larger; ``difference``: the two
    differ by exactly this figure, stated beside one of them."""


class Neighbours:
    """Figures stated beside a figure: in its sentence, or in its table row or column."""

    def __init__(self, figures: Iterable[Figure], breakdowns: Sequence[Breakdown]) -> None:
        self._sentences: dict[tuple[int, tuple[int, int] | None, int], list[Figure]] = defaultdict(
            list
        )
        self._rows: dict[tuple[int, int], list[Figure]] = defaultdict(list)
        self._columns: dict[tuple[int, int], list[Figure]] = defaultdict(list)
        for fig in figures:
            if is_table_value(fig):
                assert fig.cell is not None
                self._rows[(fig.block, fig.cell[0])].append(fig)
                self._columns[(fig.block, fig.cell[1])].append(fig)
            else:
                self._sentences[(fig.block, fig.cell, fig.sentence_start)].append(fig)
        self._parts: dict[Figure, list[Figure]] = defaultdict(list)
        self._totals_of: dict[Figure, list[Figure]] = defaultdict(list)
        for b in breakdowns:
            for part in b.parts:
                self._parts[b.total].append(part)
                self._totals_of[part].append(b.total)
        for row in self._rows.values():
            for whole, part in _of_which_cells(row):
                self._parts[whole].append(part)
                self._totals_of[part].append(whole)

    def beside(self, fig: Figure) -> list[Figure]:
        """Figures in ``fig``'s sentence (text) or its row and column (table), not ``fig``."""
        if is_table_value(fig):
            assert fig.cell is not None
            near = self._rows[(fig.block, fig.cell[0])] + self._columns[(fig.block, fig.cell[1])]
        else:
            near = self._sentences[(fig.block, fig.cell, fig.sentence_start)]
        return [f for f in near if f != fig]

    def explain(self, lows: Sequence[Figure], highs: Sequence[Figure]) -> Explanation | None:
        """Why ``lows`` (one value) and ``highs`` (a larger one) may both be right.

        The smaller is a stated part of the larger (a breakdown whose total is one of
        ``highs`` has a part of the smaller value, or one of ``lows`` is a part of a
        total of the larger value); else a figure beside any of them equals the
        difference. None when the document's arithmetic says nothing.
        """
        low, high = lows[0], highs[0]
        for total in highs:
            for part in self._parts.get(total, ()):
                if _agrees(part, low.base_value, (part, low)):
                    return Explanation(part, "part")
        for fig in lows:
            for total in self._totals_of.get(fig, ()):
                if _agrees(total, high.base_value, (total, high)):
                    return Explanation(fig, "part")
        diff = high.base_value - low.base_value
        if diff <= 0:
            return None
        statements = {*lows, *highs}
        for fig in (*lows, *highs):
            for near in self.beside(fig):
                if near in statements or near.threshold:
                    continue
                if not _comparable(near, low):
                    continue
                if _agrees(near, diff, (near, low, high)):
                    return Explanation(near, "difference")
        return None


def _of_which_cells(row: Sequence[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """Each cell under a flattened ``其中`` column with the row's cell it is a part of.

    ``项目 | 编制数 | 实有人数 | 其中：在编在岗`` / ``合计 | 54 | 51 | 49``: 49 is a part
    of the 51 just before it (the nearest column to its left that is no ``其中`` one).
    """
    ordered = sorted(row, key=lambda f: f.cell[1] if f.cell else 0)
    for i, fig in enumerate(ordered):
        if not _of_which(fig):
            continue
        whole = next((w for w in reversed(ordered[:i]) if not _of_which(w)), None)
        if whole is not None:
            yield whole, fig


def _of_which(fig: Figure) -> bool:
    leaf = fig.column_path[-1] if fig.column_path else ""
    return _OF_WHICH_COLUMN.match(leaf) is not None


_OF_WHICH_COLUMN = cue("tables", "sub_item")


def _points(fig: Figure) -> bool:
    """Whether a table cell stands under a points header (``分值``, ``得分``).

    A project sheet's funds row (``年度资金总额 | 160.00 | 140.00 | 10 | 87.50% | 8.75``)
    lends its 万元 to every cell, but its 分值 10 is points: a 10 万元 gap between the
    sheet's 140.00 and a table's 150.00 is not explained by it.
    """
    header = fig.column_path[-1] if is_table_value(fig) and fig.column_path else ""
    return any(p.search(header.strip()) for p in patterns("consistency", "points_header"))


def _comparable(a: Figure, b: Figure) -> bool:
    """Same kind of quantity: units of one dimension, or a unit left unstated."""
    if _points(a) != _points(b):
        return False
    if a.unit is None or b.unit is None:
        return a.unit == b.unit or "%" not in (a.unit, b.unit)
    return same_dimension(a.unit, b.unit)


def _agrees(fig: Figure, value: Decimal, written: Sequence[Figure]) -> bool:
    """Whether ``fig`` states ``value`` (in base units) up to the rounding of ``written``."""
    if fig.base_value <= 0:
        return False
    slack = sum((half_unit(f) for f in written), Decimal(0))
    return abs(fig.base_value - value) <= slack


def side_by_side(document: Document, figures: Sequence[Figure]) -> bool:
    """Whether the figures stand side by side in one paragraph, joined by 和/、 only.

    ``预算分别为100.00万元和140.00万元，执行96.75万元和134.28万元``: one label, a value
    for each of the things the sentence lists, not one quantity stated twice.
    """
    ordered = sorted(set(figures), key=lambda g: (g.block, g.amount.start))
    if len(ordered) < 2 or len({g.block for g in ordered}) != 1:
        return False
    block = document.blocks[ordered[0].block]
    if not isinstance(block, Paragraph):
        return False
    return all(
        _JOINED.fullmatch(block.text[a.amount.end : b.amount.start]) is not None
        for a, b in itertools.pairwise(ordered)
    )


_JOINED = cue("consistency", "respective_join")
