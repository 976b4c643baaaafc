"""Is a document's text layer damaged beyond reading?

A PDF whose fonts lost their ``ToUnicode`` map reads as ``(cid:17)(cid:4)…``; a damaged
stream or a binary file taken for text reads as replacement characters, control
characters and private-use glyphs. Such a document is not "not a report" (a warning,
exit 0, which a script reads as a clean pass): it is a damaged file (exit 2).
"""

from __future__ import annotations

import re
import unicodedata

from auditor.model import Document, block_texts

DAMAGED_SHARE = 0.3
"""A text layer in which this share of the glyphs is unreadable is refused as damaged."""

_CID = re.compile(r"\(cid:\d+\)")


def unreadable_share(document: Document) -> float:
    """The share of visible glyphs that are undecodable (``(cid:N)``, U+FFFD, controls)."""
    bad = good = 0
    for block in document.blocks:
        for text, _ in block_texts(block):
            cids = len(_CID.findall(text))
            bad += cids
            rest = _CID.sub("", text) if cids else text
            for ch in rest:
                if ch.isspace():
                    continue
                if ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn"):
                    bad += 1
                else:
                    good += 1
    total = bad + good
    return bad / total if total else 0.0
