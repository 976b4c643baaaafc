"""Recognise headings by their numbering, because styles are unreliable.

Real reports set section titles as bold ``Normal`` paragraphs, so the numbering
pattern (``一、``, ``（一）``, ``1.``, ``（1）``) decides the level. A long paragraph
that merely starts with ``（一）`` is an inline lead-in, not a heading.
"""

from __future__ import annotations

import re

from auditor.text.units import UNITS

_CN_NUM = "一二三四五六七八九十百零〇两"

LEVEL_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{_CN_NUM}]+[、.．]")),
    (2, re.compile(rf"^[（(][{_CN_NUM}]+[）)]")),
    (3, re.compile(r"^\d{1,2}(?:[、．]|\.(?!\d))")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]")),
)

# ``第三部分 绩效指标完成情况``, ``第二章 …``: a numbered part of the report, above ``一、``.
_NUMBERED_PART = re.compile(rf"^第[{_CN_NUM}]+(?:部分|章|篇)")

# Titles of document parts: the table, the report, an attachment, a scoring sheet.
_PART_TITLE = re.compile(
    r"(自评报告|评价报告|自评表|评分表|考核表|附件\s*\d*|绩效自评|(?:通知|决定|意见|方案)$|"
    r"整体支出绩效|基础数据表)"
)

MAX_HEADING_CHARS = 42
# ``3.1产出``, ``3.1.1 数量``, ``3绩效目标完成情况``: a decimal outline (PDF text often
# loses the space after the number). Its depth is its level; a number followed by a unit
# or a date word (``3.5万元``, ``12月``) is a figure, not an outline number.
_DECIMAL_OUTLINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?=[\u4e00-\u9fff])")
_UNIT_WORDS = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_NOT_OUTLINE_AFTER = re.compile(rf"^(?:[年月日号时岁倍万亿千百余多型种]|(?:{_UNIT_WORDS}))")
# ``13.65岁以上老年人健康管理率（6分）``: item 13, not the number 13.65 — a short title
# that ends in its points is an indicator heading whatever digits follow its number.
_SCORED_DECIMAL_LEAD = re.compile(r"^\d{1,2}\.(?=\d+[^\d%.])[^。；]*[（(]\d+(?:\.\d+)?分[）)]$")
_TABLE_CAPTION = re.compile(r"^(?:附)?表\s*\d+(?:\s*[：:．.、\s]|(?=[\u4e00-\u9fff“]))")
_UNIT_NOTE = re.compile(r"\s*[（(](?:(?:金额|计量)?单位\s*[：:])?\s*[^（）()]{1,6}[）)]$")
"""A trailing unit note (``（单位：万元）``, ``（万元）``) after a table's title."""
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[:：]|^附件\s*\d+\s+\S")
_FORM_TITLE = re.compile(
    r"(?:年度|年).{0,30}(?:评分表|考核表|自评表|报告|(?<![见如下附列])[\u4e00-\u9fff]表)$"
)


def numbered_level(text: str) -> int | None:
    """Return the level implied by a heading-like numbering prefix, or None."""
    for level, pattern in LEVEL_PATTERNS:
        if pattern.match(text):
            return level
    return None


_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
_SPACED_NUMBER = re.compile(r"(?:^|\s)[-\d.,%]+(?:\s|$)")


def _decimal_outline(text: str) -> int | None:
    """The level of a decimal-outline title (``3.1.1数量`` is 3), or None.

    Only a title without a comma qualifies: a sentence that starts with a figure
    (``3家企业完成改造，…``) is body text even when short.
    """
    match = _DECIMAL_OUTLINE.match(text)
    if match is None or "，" in _BRACKETED.sub("", text):
        return None  # a comma outside brackets: a sentence (``3.2过程（30分，得28分）`` is a title)
    rest = text[match.end() :]
    if _NOT_OUTLINE_AFTER.match(rest) or _SPACED_NUMBER.search(rest):
        return None  # a figure, or a table row flattened into a line (``1 预算执行率 10 9.5``)
    depth = match.group(1).count(".") + 1
    return min(depth, 4)


def looks_like_heading(text: str) -> bool:
    """Whether a paragraph is short enough and shaped like a title, not a sentence."""
    if not text or len(text) > MAX_HEADING_CHARS:
        return False
    body = text.rstrip("。:：")
    # A heading holds no full sentence: at most one closing full stop, at the end.
    return "。" not in body and "；" not in body


def is_table_caption(text: str) -> bool:
    """Whether a heading is a table's numbered caption (``表2 2025年度项目支出执行情况表``)."""
    return _TABLE_CAPTION.match(text) is not None


def heading_level(text: str, *, styled: bool = False, style_level: int | None = None) -> int | None:
    """Decide the heading level of a paragraph.

    Args:
        text: The normalised paragraph text.
        styled: Whether the format marked it as a heading (style, Markdown ``#``,
            bold or large font).
        style_level: The level the format gave, if any.

    Returns:
        None for body text, 0 for a part title (``第三部分 …`` too), 1-4 for numbered headings and
        5 for an unnumbered label heading inside a section.
    """
    if not looks_like_heading(text):
        return None
    level = numbered_level(text)
    if level is not None:
        return level
    if _SCORED_DECIMAL_LEAD.match(text):
        return 3
    outline = _decimal_outline(text)
    if outline is not None:
        return outline
    if _TABLE_CAPTION.match(text):
        return 5  # ``表3 …自评表`` captions its table even when it names a form
    if _ATTACHMENT.match(text) or (
        _FORM_TITLE.search(_UNIT_NOTE.sub("", text)) and "，" not in text and len(text) >= 8
    ):
        return 0
    if not styled:
        return None
    if _NUMBERED_PART.match(text) and "，" not in text:
        return 0  # a comma: a sentence that starts with a part (``第一部分工作已完成，…``)
    if _PART_TITLE.search(text) or style_level == 0:
        return 0
    return 5
