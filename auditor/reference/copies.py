"""Results copied from last year's report: the same sentences and figures under a new year.

A department that restates last year's results changes the year and little else. Two
sentences are the same when they are equal once normalised (NFKC, no spaces, every
year written as ``YYYY`` — ``2023年`` and ``2024年`` alike). Only sentences that state
something are compared: at least :data:`MIN_SENTENCE` characters and a figure that is
not a year. A paragraph is reported when its copied sentences hold at least
:data:`MIN_COPIED` characters and :data:`MIN_FIGURES` figures, and it stands in a
section that states results (``成效``, ``完成情况``, ``工作回顾`` … in
``auditor/read/data/cues/reference.yaml``); sections that legitimately repeat (单位职能,
机构设置, 基本情况, the evaluation's method) are never compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from auditor.model import Location, Paragraph
from auditor.read.reading import Reading
from auditor.read.scoring.rules import DEDUCTION_STEP
from auditor.read.wording import patterns

MIN_SENTENCE = 20
"""Characters (normalised) a sentence needs to count: shorter ones repeat by chance."""
MIN_COPIED = 40
"""Characters of copied sentences a paragraph needs to be reported."""
MIN_FIGURES = 2
"""Non-year figures the copied sentences must hold together."""

_SENTENCE_END = re.compile(r"(?<=[。；！？;!?])")
_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)|[一二][〇零○一二三四五六七八九]{3}(?=年)")
_SPACE = re.compile(r"\s+")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Copy:
    """A paragraph of this year's report whose results sentences are last year's."""

    block: int
    location: Location
    quote: str
    """The first copied sentence as written this year."""
    previous_location: Location
    previous_quote: str
    copied: int
    """How many of the paragraph's stating sentences are copied."""
    sentences: int
    """How many stating sentences the paragraph has."""
    figures: tuple[str, ...]
    """The figures the copied sentences state."""


def normalise(sentence: str) -> str:
    """The comparable form of a sentence: NFKC, no spaces, years masked."""
    text = unicodedata.normalize("NFKC", sentence)
    text = _SPACE.sub("", text)
    return _YEAR.sub("YYYY", text)


def stating_figures(normal: str) -> list[str]:
    """The figures of a normalised sentence other than (masked) years."""
    return _FIGURE.findall(normal.replace("YYYY", ""))


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, as written."""
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text)) if s]


def _states(normal: str) -> bool:
    """A sentence that states something: long enough, a figure, not a rule or formula."""
    if len(normal) < MIN_SENTENCE or not stating_figures(normal):
        return False
    if DEDUCTION_STEP.search(normal):
        return False  # a rule's step (``每低1个百分点扣0.5分``) recurs every year
    return not any(p.search(normal) for p in patterns("reference", "copy_skip_sentence"))


def results_paragraphs(reading: Reading) -> list[Paragraph]:
    """Body paragraphs in sections that state results (innermost heading decides)."""
    boiler = patterns("reference", "boilerplate_section")
    results = patterns("reference", "results_section")
    out = []
    for block in reading.document.blocks:
        if not isinstance(block, Paragraph) or block.heading_level is not None:
            continue
        for section in reversed(reading.section_path(block.index)):
            if any(p.search(section.title) for p in boiler):
                break
            if any(p.search(section.title) for p in results):
                out.append(block)
                break
    return out


def copied_results(current: Reading, previous: Reading) -> list[Copy]:
    """Paragraphs of ``current`` whose stating sentences also stand in ``previous``."""
    earlier: dict[str, tuple[Location, str]] = {}
    for block in previous.document.blocks:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block.text):
            normal = normalise(sentence)
            if _states(normal):
                earlier.setdefault(normal, (block.location, sentence))
    out: list[Copy] = []
    for paragraph in results_paragraphs(current):
        stating = [(s, n) for s in sentences(paragraph.text) if _states(n := normalise(s))]
        copied = [(s, n) for s, n in stating if n in earlier]
        if not copied:
            continue
        figures = [f for _, n in copied for f in stating_figures(n)]
        if sum(len(n) for _, n in copied) < MIN_COPIED or len(figures) < MIN_FIGURES:
            continue
        first, first_normal = copied[0]
        where, before = earlier[first_normal]
        out.append(
            Copy(
                block=paragraph.index,
                location=paragraph.location,
                quote=first,
                previous_location=where,
                previous_quote=before,
                copied=len(copied),
                sentences=len(stating),
                figures=tuple(figures),
            )
        )
    return out
