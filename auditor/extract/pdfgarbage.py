"""Is one PDF page's text layer garbage (to be read from its image instead)?

A scanner's "searchable PDF" may lay an invisible text layer of junk over the page
image, and a font that lost its ``ToUnicode`` map reads as ``(cid:17)(cid:4)…``. Such a
page has characters, so it is not taken for a scan, yet nothing on it can be read. A
page's text layer is garbage when, measured over its visible (non-space) characters:

* at least :data:`GARBAGE_SHARE` of them are unmapped (``(cid:N)``, each counted
  once), private-use, unassigned, replacement or control characters, or characters a
  Chinese report does not print (anything but CJK, ASCII, CJK and full-width
  punctuation and common symbols); or
* it has at least :data:`MIN_CHARS` characters but less than :data:`MIN_WORDLIKE` of
  them form plausible words: runs of two or more CJK characters, figures, or Latin
  words of two or more letters with a vowel and no run of four consonants (random
  letters have few of either).

Such pages go to OCR when the extra is installed (:mod:`auditor.extract.pdf`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

GARBAGE_SHARE = 0.5
"""A page whose unreadable characters reach this share is garbage."""
MIN_CHARS = 20
"""Fewer characters than this (a page number, a stamp) are never judged by their words."""
MIN_WORDLIKE = 0.3
"""A page whose characters form plausible words less than this share is garbage."""

_CID = re.compile(r"\(cid:\d+\)")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_FIGURE = re.compile(r"\d[\d,.]*%?")
_LATIN = re.compile(r"[A-Za-z]{2,}")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_CONSONANTS = re.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{4,}")
_PRINTED_BLOCKS = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xBF),  # Latin-1 punctuation (¥, °, ·, §)
    (0xD7, 0xD7),  # ×
    (0xF7, 0xF7),  # ÷
    (0x2010, 0x206F),  # general punctuation (“”‘’—…‰)
    (0x2100, 0x22FF),  # letterlike symbols, number forms (Ⅰ), arrows, maths (≤ ≥)
    (0x2460, 0x25FF),  # enclosed numbers (①), box drawing, shapes (□ ■)
    (0x2600, 0x27BF),  # symbols (☑ ✓)
    (0x3000, 0x303F),  # CJK punctuation
    (0x3200, 0x33FF),  # enclosed CJK, CJK compatibility (㎡)
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
)


def _printed(ch: str) -> bool:
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _PRINTED_BLOCKS):
        return unicodedata.category(ch) not in ("Co", "Cn", "Cc", "Cs")
    return False


def _plausible_latin(word: str) -> bool:
    return bool(_VOWEL.search(word)) and not _CONSONANTS.search(word)


def garbage_measure(texts: Iterable[str]) -> tuple[int, float, float]:
    """Visible characters, unreadable share and word-like share of a page's text."""
    text = "".join(texts)
    cids = len(_CID.findall(text))
    words = _CID.sub(" ", text).split()
    rest = "".join(words)  # CJK runs ignore spaces (``序 号``); Latin words do not
    total = cids + len(rest)
    if not total:
        return 0, 0.0, 1.0
    bad = cids + sum(1 for ch in rest if not _printed(ch))
    wordlike = sum(len(m) for m in _CJK_RUN.findall(rest)) + sum(
        len(m) for m in _FIGURE.findall(rest)
    )
    wordlike += sum(len(m) for word in words for m in _LATIN.findall(word) if _plausible_latin(m))
    return total, bad / total, wordlike / total


def is_garbage(texts: Iterable[str]) -> bool:
    """Whether a page's text layer (its characters' texts) is garbage (module doc)."""
    total, bad, wordlike = garbage_measure(texts)
    if not total:
        return False
    if bad >= GARBAGE_SHARE:
        return True
    return total >= MIN_CHARS and wordlike < MIN_WORDLIKE
