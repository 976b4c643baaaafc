"""Stocks stated at the end of the year before: ``2021年末实有人数45人`` in a 2022 report.

A headcount or asset stock is dated by a year-end in its own sentence (or its table
cell's own label). YR008 asks this reader for the sentence that dates a figure at the
end of the previous year with no comparison (较、同比、增加 …), and never reads the
text itself.
"""

from __future__ import annotations

import re

from auditor.model import Document, Paragraph
from auditor.read.figures import Figure
from auditor.read.years import YEAR_COMPARISON, YEAR_END

SENTENCE_ENDS = "。；;！？"
"""Marks that end a sentence."""
CLAUSE_ENDS = "，,；;。：:"
"""Marks that end a clause."""
_OPENING = re.compile(r"\s*(?:截至|截止|至|到)?\s*")
_THEN_COMMA = re.compile(r"\s*[，,]")


def _sentence_of(text: str, pos: int) -> str:
    start = max(text.rfind(ch, 0, pos) for ch in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(ch, pos) for ch in SENTENCE_ENDS) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def prior_year_end(document: Document, figure: Figure, year: int) -> str | None:
    """The sentence (or cell label) stating ``figure`` at the end of ``year - 1``, else None.

    None also when the sentence compares the two years, or when the year-end neither
    qualifies the figure's own clause nor opens the sentence (``截至2022年末，…``).
    """
    block = document.blocks[figure.block]
    if figure.cell is not None and figure.table_value:
        # ``| 2021年末实有人数 | 27 |``: the cell's own label dates it (a column header
        # ``2021年末`` beside ``2022年末`` is a comparison, not this).
        label = figure.left_label
        ends = [int(m.group("y")) for m in YEAR_END.finditer(label)]
        return label if ends == [year - 1] and not YEAR_COMPARISON.search(label) else None
    if not isinstance(block, Paragraph) or figure.cell is not None:
        return None
    text = block.text
    pos = max(text.find(figure.amount.raw, figure.sentence_start), 0)
    sentence = _sentence_of(text, pos)
    clause = text[max(text.rfind(ch, 0, pos) for ch in CLAUSE_ENDS) + 1 : pos]
    ends = [int(m.group("y")) for m in YEAR_END.finditer(sentence)]
    opening = _OPENING.match(sentence)
    lead = YEAR_END.match(sentence, opening.end()) if opening else None
    leads = bool(lead and _THEN_COMMA.match(sentence[lead.end() :]))  # 截至2022年末，…
    if ends != [year - 1] or YEAR_COMPARISON.search(sentence):
        return None
    if not (YEAR_END.search(clause) or leads):
        return None  # the year-end must qualify this figure's clause, or open the sentence
    return sentence
