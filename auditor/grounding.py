"""The last line of defence: a finding may only quote figures the document holds.

Every figure in a finding's evidence (the quoted text and the value read there) must
occur as a whole number in the document's own text (paragraphs and table cells,
thousands separators ignored) before the finding is reported. A finding that quotes
a figure the document does not contain — a misread glyph, a damaged text layer, a bug
in a reader — is dropped and logged, never shown as an error in someone's report.

A quote is shortened to a fixed width, so a figure at its ends or next to its
ellipsis (``…53万元``) may be a piece of a longer one: it must then begin or end a
figure of the document. The value field always carries a whole figure.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.findings import Finding
from auditor.model import Document, block_texts

log = logging.getLogger(__name__)

_SEPARATOR = re.compile(r"(?<=\d)[,，\u2009\u202f'](?=\d)")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_CHINESE_DIGITS = re.compile(r"[〇零一二三四五六七八九]{2,}")
_CHINESE_VALUE = str.maketrans("〇零一二三四五六七八九", "00123456789")
_ELLIPSIS = "…"
_TRIM = ".,，"


def _normal(text: str) -> str:
    return _SEPARATOR.sub("", text)


def _canonical(figure: str) -> str:
    """``98.10`` and ``98.1``, ``07`` and ``7`` are one figure."""
    whole, _, fraction = figure.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


@dataclass(frozen=True)
class Figures:
    """The figures written in a document, indexed for whole, prefix and suffix look-ups."""

    whole: frozenset[str]
    starts: tuple[str, ...]
    """Every figure as written, sorted (a prefix is found by bisection)."""
    ends: tuple[str, ...]
    """Every figure reversed, sorted (a suffix is found by bisection)."""

    def has(self, figure: str, *, cut_left: bool = False, cut_right: bool = False) -> bool:
        """Whether ``figure`` is in the document (a part of one when the quote cut it)."""
        if cut_left and cut_right:
            return True  # a middle piece of a longer figure: nothing to check
        if cut_right:
            return _has_prefix(self.starts, figure)
        if cut_left:
            return _has_prefix(self.ends, figure[::-1])
        return _canonical(figure) in self.whole


def _has_prefix(ordered: tuple[str, ...], prefix: str) -> bool:
    i = bisect.bisect_left(ordered, prefix)
    return i < len(ordered) and ordered[i].startswith(prefix)


def document_figures(document: Document) -> Figures:
    """Every figure written in the document (one pass over its text, then a sort)."""
    raw: set[str] = set()
    for block in document.blocks:
        caption = getattr(block, "caption", None) or ""
        for text in (caption, *(t for t, _ in block_texts(block))):
            normal = _normal(text)
            raw.update(_FIGURE.findall(normal))
            for run in _CHINESE_DIGITS.findall(normal):  # 二〇二五年
                raw.add(run.translate(_CHINESE_VALUE))
    return Figures(
        whole=frozenset(_canonical(f) for f in raw),
        starts=tuple(sorted(raw)),
        ends=tuple(sorted(f[::-1] for f in raw)),
    )


def quoted_figures(text: str) -> list[tuple[str, bool, bool]]:
    """The figures in a quote, each with whether the quote may have cut it.

    A figure at either end of the quote, or next to an ellipsis, may be a piece of a
    longer one (quotes are shortened to a fixed width).
    """
    normal = _normal(text)
    out = []
    for match in _FIGURE.finditer(normal):
        start, end = match.span()
        before = normal[max(0, start - 3) : start].rstrip(_TRIM)
        after = normal[end : end + 3].lstrip(_TRIM)
        cut_left = not normal[:start].strip(_TRIM) or before.endswith(_ELLIPSIS)
        cut_right = not normal[end:].strip(_TRIM) or after.startswith(_ELLIPSIS)
        out.append((match.group(), cut_left, cut_right))
    return out


def ungrounded(finding: Finding, figures: Figures) -> list[str]:
    """Figures the finding quotes that the document does not contain."""
    missing: list[str] = []
    for evidence in finding.evidence:
        if evidence.location.file is not None:
            continue  # quoted from the reference table or last year's report
        for figure, left, right in quoted_figures(evidence.text):
            if not figures.has(figure, cut_left=left, cut_right=right):
                missing.append(figure)
        if evidence.value:
            missing.extend(
                f for f in _FIGURE.findall(_normal(evidence.value)) if not figures.has(f)
            )
    return missing


def grounded(findings: Sequence[Finding], document: Document) -> tuple[list[Finding], int]:
    """The findings whose quoted figures are all in ``document``; and how many were dropped."""
    if not findings:
        return [], 0
    figures = document_figures(document)
    kept: list[Finding] = []
    dropped = 0
    for finding in findings:
        missing = ungrounded(finding, figures) if finding.category != "input" else []
        if missing:
            dropped += 1
            log.warning(
                "%s: dropped %s: quotes %s, not found in the document's text",
                document.source,
                finding.rule,
                ", ".join(sorted(set(missing))[:5]),
            )
            continue
        kept.append(finding)
    return kept, dropped
