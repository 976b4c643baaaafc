"""Income the text says comes from one source of funds alone.

``全年收入合计612.48万元，全部为一般公共预算财政拨款收入``: the whole is that source's
income, though no figure states it under the source's name. IC002 holds that source's
spending to it. Wording: ``sole_source_after`` in ``data/cues/facts.yaml``.
"""

from __future__ import annotations

from auditor.model import Document, Paragraph
from auditor.read.facts import Fact
from auditor.read.lexicon import Lexicon
from auditor.read.wording import patterns


def sole_source(document: Document, fact: Fact, lexicon: Lexicon) -> str | None:
    """The one source the words right after a text total say all of it comes from, or None."""
    block = document.blocks[fact.figure.block]
    if fact.source is not None or fact.figure.cell is not None or not isinstance(block, Paragraph):
        return None
    for pattern in patterns("facts", "sole_source_after"):
        m = pattern.match(block.text, fact.figure.amount.end)
        source = lexicon.source_for(m.group("source")) if m else None
        if source is not None:
            return source
    return None
