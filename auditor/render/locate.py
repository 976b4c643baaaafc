"""Find the exact characters of a piece of evidence in a page or paragraph's characters.

Shared by the marked-up copies: the PDF highlighter matches against pdfplumber's
characters, the Word commenter against the characters of runs. Both sides are
compared *squeezed*: full-width digits and operators folded to ASCII (as the
extractors do) and every space dropped, so ``2024 年`` matches ``2024年`` and a wrap
inside a number does not hide it. The evidence's quote (a window of the paragraph,
``…`` marking cuts) fixes which occurrence of the value is meant: the ``3`` in
``计3分`` and not the one in ``第3项``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.identity import value_offset
from auditor.text.normalise import fold_characters

_CUT = "…"
GLUED_MIN = 4
"""A value this long found inside a longer digit run is taken to be glued to a neighbour."""
QUOTE_CONTEXT = (16, 10, 6, 3)
"""Characters of quote kept on each side of the value when the whole quote is not found."""


def squeeze(texts: Sequence[str]) -> tuple[str, list[int]]:
    """Join ``texts`` (one per source character) folded, without spaces; map back to indices."""
    out: list[str] = []
    index: list[int] = []
    for i, text in enumerate(texts):
        for ch in fold_characters(text):
            if ch.isspace():
                continue
            out.append(ch)
            index.append(i)
    return "".join(out), index


def squeeze_text(text: str) -> str:
    """``text`` folded and without spaces."""
    return squeeze(list(text))[0]


_NUMERIC_VALUE = re.compile(r"^([+-]?)(\d+)(?:\.(\d+))?(%?)$")


def _value_pattern(value: str) -> re.Pattern[str]:
    """``3608.24`` also matches ``3,608.24``, ``98.1%`` also ``98.10%``; never inside a number."""
    numeric = _NUMERIC_VALUE.match(value)
    if numeric:
        sign, whole, decimals, percent = numeric.groups()
        body = re.escape(sign) + "".join(d + "[,，]?" for d in whole[:-1]) + whole[-1]
        body += rf"\.{decimals}0*" if decimals else r"(?:\.0+)?"
        body += re.escape(percent)
    else:
        body = "".join(re.escape(ch) + (r"[,，]?" if ch.isdigit() else "") for ch in value)
    if value[:1].isdigit():
        body = r"(?<![\d.])" + body
    if value[-1:].isdigit():
        body += r"(?![\d])(?!\.\d)"
    return re.compile(body)


def find_value(haystack: str, value: str) -> tuple[int, int] | None:
    """Span of ``value`` standing alone in ``haystack``, commas tolerated."""
    at = value_offset(haystack, value, strict=True)
    if at >= 0:
        return at, at + len(value)
    match = _value_pattern(value.replace(",", "")).search(haystack)
    if match:
        return match.span()
    if len(value) >= GLUED_MIN:
        # ``表2 2022年度`` drawn without a space char reads ``表22022年度``: glued on the
        # left only; a value followed by more digits is part of another number.
        glued = re.search(re.escape(value) + r"(?![\d])(?!\.\d)", haystack)
        if glued:
            return glued.span()
    return None


def find_evidence(
    haystack: str, quote: str, value: str | None, *, loose: bool = True
) -> tuple[int, int] | None:
    """Span in ``haystack`` (squeezed) of ``value`` as quoted in ``quote``, or of the quote.

    With ``loose``, a rate the rule formatted as ``0%`` that the report writes as
    ``=0`` is found as written (a caller searching several places tries them all
    without ``loose`` first).
    """
    span = _find_evidence(haystack, quote, value)
    if span is None and loose and value and value.endswith("%") and len(value) > 1:
        span = _find_evidence(haystack, quote, value[:-1])
    return span


def _find_evidence(haystack: str, quote: str, value: str | None) -> tuple[int, int] | None:
    """Span in ``haystack`` (squeezed) of ``value`` as quoted in ``quote``, or of the quote.

    Tries the whole quote, then ever shorter windows of it around the value, then the
    value alone; ``None`` when nothing matches.
    """
    quote = squeeze_text(quote.replace(_CUT, " ")).strip()
    if "|" in quote:  # a table row rendered ``label | header | value``: the cell is last
        quote = quote.rsplit("|", 1)[-1]
    value = squeeze_text(value) if value else None
    if not value:
        at = haystack.find(quote) if quote else -1
        return (at, at + len(quote)) if at >= 0 else None
    inner = find_value(quote, value) if quote else None
    if inner is not None:
        contexts = (len(quote), *QUOTE_CONTEXT)
        for i, context in enumerate(contexts):
            lo = max(0, inner[0] - context)
            hi = min(len(quote), inner[1] + context)
            window = quote[lo:hi]
            at = haystack.find(window)
            if at < 0:
                continue
            unique = haystack.find(window, at + 1) < 0
            if unique or i in (0, len(contexts) - 1):
                return at + inner[0] - lo, at + inner[1] - lo
    return find_value(haystack, value)
