"""Explanations: sentences that give a reason for a figure (``借调4人``, ``扣1分，原因是…``).

Read once per document so the rules that excuse a case when the report explains it
(IC006's staff above the authorised posts, SC010's deduction or shortfall) read typed
facts, never the text. Wording: ``auditor/read/data/cues/explanations.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.model import Document, Location, Paragraph
from auditor.read.figures import cue

SENTENCE_ENDS = "。；;！？"
"""Marks that end the sentence a staffing reason is read in."""
INDICATOR_NAME_CORE = 6
"""Leading characters of an indicator's name a paragraph must repeat to be about it."""

_STAFFING_REASON = cue("explanations", "staffing_reason")
_STAFF_WORDS = cue("explanations", "staff_words")
_STAFFING_PLAN = cue("explanations", "staffing_plan")
_DEDUCTION = cue("explanations", "deduction")
_ROUNDING_NOTE = cue("explanations", "rounding_note")


@dataclass(frozen=True, slots=True)
class Explanation:
    """A sentence (or, for deductions, a paragraph) holding a reason word."""

    cue: str
    """The reason word found (``借调``, ``扣``, ``偏差``)."""
    text: str
    """The sentence holding it (a deduction: the whole paragraph)."""
    block: int
    location: Location
    about_staff: bool = False
    """A staffing reason's sentence speaks of staff (``借调人员4名``)."""


@dataclass(frozen=True, slots=True)
class Explanations:
    """Every reason the document gives, by what it explains."""

    staffing: tuple[Explanation, ...] = ()
    """Sentences giving a reason for more staff than posts (超编、借调、挂职、安置 …)."""
    deductions: tuple[Explanation, ...] = ()
    """Paragraphs giving a deduction or shortfall (扣、偏差、原因、未完成、未达、差距)."""
    rounding: tuple[Explanation, ...] = ()
    """Sentences saying the figures were rounded and sums may differ in the last place (尾差)."""

    def staffing_explained(self, blocks: set[int]) -> bool:
        """A staffing reason in one of ``blocks`` (those stating the figures) or about staff."""
        return any(e.block in blocks or e.about_staff for e in self.staffing)

    def deduction_for(self, indicator: str) -> Explanation | None:
        """A paragraph naming ``indicator`` (its first characters) with a deduction or shortfall."""
        core = indicator[:INDICATOR_NAME_CORE]
        return next((e for e in self.deductions if core in e.text), None)

    def deduction_within(self, first: int, end: int) -> Explanation | None:
        """A deduction or shortfall stated in blocks ``first`` to ``end`` (exclusive)."""
        return next((e for e in self.deductions if first <= e.block < end), None)


NO_EXPLANATIONS = Explanations()
"""A reading built without its document's reasons (a hand-made ``Reading`` in a test)."""


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``."""
    begin = max(text.rfind(ch, 0, start) for ch in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(ch, end) for ch in SENTENCE_ENDS) if i >= 0]
    return text[begin : min(ends) if ends else len(text)]


def read_explanations(document: Document) -> Explanations:
    """The staffing reasons, deductions and rounding notes every paragraph gives."""
    staffing: list[Explanation] = []
    deductions: list[Explanation] = []
    rounding: list[Explanation] = []
    for block in document.blocks:
        if not isinstance(block, Paragraph):
            continue
        text = block.text
        for m in _STAFFING_REASON.finditer(text):
            sentence = _sentence(text, m.start(), m.end())
            if _STAFFING_PLAN.search(sentence):
                continue  # ``积极争取编制，通过遴选补充人员``: a plan, no reason
            about_staff = bool(_STAFF_WORDS.search(sentence))
            staffing.append(
                Explanation(m.group(0), sentence, block.index, block.location, about_staff)
            )
        if found := _DEDUCTION.search(text):
            deductions.append(Explanation(found.group(0), text, block.index, block.location))
        if found := _ROUNDING_NOTE.search(text):
            sentence = _sentence(text, found.start(), found.end())
            rounding.append(Explanation(found.group(0), sentence, block.index, block.location))
    return Explanations(tuple(staffing), tuple(deductions), tuple(rounding))
