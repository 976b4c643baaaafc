"""Rejoin paragraphs that a page break (or a converter) cut in two.

A piece that stops mid-sentence (no 。；： at its end) and is long enough to be a full
line continues in the next piece, unless that piece starts a new heading or list
item. Short pieces without punctuation are names, titles or signature lines and are
never joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from auditor.model import BBox, Block, Location, Paragraph
from auditor.text.headings import heading_level, numbered_level
from auditor.text.normalise import ends_sentence, normalize

MIN_CONTINUED_CHARS = 28
_NEW_ITEM = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十]+[）)、.]|[（(]?\d{1,2}[）)、.．](?!\d)|目标\s*\d|"
    r"[①②③④⑤⑥⑦⑧⑨⑩]|附件|其中[:：]?$)"
)


OPEN_OPERATORS = ("=", "＝", "÷", "×", "+", "＋")
"""A line ending in one of these waits for its operand: a line can never end a paragraph so."""
_PUNCT_START = re.compile(r"^[，,。；;：:、）)”]")


@dataclass(slots=True)
class ParagraphPiece:
    """A paragraph as read from one page or one converted line."""

    text: str
    line: int | None = None
    styled: bool = False
    style_level: int | None = None
    hard_break: bool = False
    page: int | None = None
    bbox: BBox | None = None
    reaches_margin: bool = True
    """PDF: whether the piece's last line runs to the right margin."""
    starts_indented: bool = False
    """PDF: whether the piece's first line is indented like a new paragraph."""
    pages: list[int] = field(default_factory=list)
    is_blank: bool = False
    ocr: float | None = None
    """PDF: figure confidence when the piece was read by OCR (None for a text layer)."""
    ocr_notes: list[str] = field(default_factory=list)
    """PDF: OCR figures corrected by arithmetic (``OCR 读作 X，按算术校正为 Y``)."""

    @classmethod
    def blank(cls) -> ParagraphPiece:
        """A blank line (a paragraph separator that may hide a page break)."""
        return cls("", is_blank=True)


def continues(prev: ParagraphPiece, nxt: ParagraphPiece) -> bool:
    """Whether ``nxt`` is the rest of ``prev`` cut off by a break."""
    if prev.styled or nxt.styled or prev.hard_break:
        return False
    prev_text = normalize(prev.text)
    next_text = normalize(nxt.text)
    if not prev_text or not next_text:
        return False
    if ends_sentence(prev_text) or len(prev_text) < MIN_CONTINUED_CHARS:
        return False
    if heading_level(prev_text) in (0, 5):
        return False  # an attachment, form or table title (``附件1 …基础数据表``) is whole
    if prev_text.endswith(OPEN_OPERATORS):
        return True  # ``…×100%＝`` / ``4326.18÷…``: a formula wrapped before its operand
    if not prev.reaches_margin or nxt.starts_indented:
        return False
    if numbered_level(next_text) is not None or _NEW_ITEM.match(next_text):
        return False
    # A formula or figure ending in % is complete; a new sentence does not follow it
    # without punctuation (``…=100%`` / ``根据…``).
    return not (prev_text.endswith("%") and not _PUNCT_START.match(next_text))


def glue(left: str, right: str) -> str:
    """``left`` and ``right`` joined as one line: a space only between two Latin words."""
    left, right = left.rstrip(), right.lstrip()
    latin = (
        left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha()
    )
    return left + (" " if latin else "") + right


def merge_piece(current: ParagraphPiece, piece: ParagraphPiece) -> None:
    """Append ``piece`` (the rest of ``current`` cut off by a break) to ``current``."""
    current.text = glue(current.text, piece.text)
    current.reaches_margin = piece.reaches_margin
    current.hard_break = piece.hard_break
    if piece.ocr is not None:
        current.ocr = piece.ocr if current.ocr is None else min(current.ocr, piece.ocr)
    current.ocr_notes.extend(piece.ocr_notes)
    if piece.page is not None and piece.page not in current.pages:
        current.pages.append(piece.page)


def join_pieces(pieces: Iterable[ParagraphPiece]) -> Iterator[ParagraphPiece]:
    """Merge continuation pieces into their paragraph; drop blank separators."""
    current: ParagraphPiece | None = None
    for piece in pieces:
        if piece.is_blank:
            continue
        if current is not None and continues(current, piece):
            merge_piece(current, piece)
            continue
        if current is not None:
            yield current
        current = piece
        if piece.page is not None and not piece.pages:
            piece.pages.append(piece.page)
    if current is not None:
        yield current


_CAPTION_WORDS = re.compile(r"(表|情况|明细|清单|单位[:：]|[（(](?:万?元|人|%)[）)]|[（(]续)")


def piece_paragraph(
    piece: ParagraphPiece, index: int, location: Location, style: str | None = None
) -> Paragraph | None:
    """The paragraph block of a finished piece (None when it holds no text)."""
    text = normalize(piece.text)
    if not text:
        return None
    return Paragraph(
        index=index,
        text=text,
        raw=piece.text,
        location=location,
        heading_level=heading_level(text, styled=piece.styled, style_level=piece.style_level),
        style=style,
    )


def caption_of(blocks: list[Block]) -> str | None:
    """The short title paragraph right above a table, if there is one.

    A line stating only the unit (``金额单位：元``) between the title and the table is
    part of the caption: the title above it names the table (``表2 …项目支出…情况表``).
    """
    if blocks and isinstance(blocks[-1], Paragraph):
        p = blocks[-1]
        if len(p.text) <= 40 and (p.heading_level is not None or _CAPTION_WORDS.search(p.text)):
            if _UNIT_LINE.fullmatch(p.text) and len(blocks) > 1:
                title = caption_of(blocks[:-1])
                if title is not None and not _UNIT_LINE.fullmatch(title):
                    return f"{title} {p.text}"
            return p.text
    return None


_UNIT_LINE = re.compile(r"\s*[（(]?\s*(?:金额)?单位\s*[:：]\s*\S{1,4}\s*[）)]?\s*")
