"""Whitespace and character normalisation shared by every extractor.

PDF producers insert spaces between CJK characters and digits (Word's "autospace"
gap becomes a space at 16 pt) and stretch justified lines into single letters. The
source documents also contain real spaces (``2024 年度``). None of these spaces carry
meaning next to a CJK character, so they are removed; spaces between two Latin words
or two numbers are kept because they separate values.
"""

from __future__ import annotations

import re

# Full-width ASCII variants that change how numbers read: digits, letters, % . + - / = < >.
# Chinese punctuation such as ，：；（） is kept: it is the clause structure we read.
_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULLWIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULLWIDTH.update(
    {
        "％": "%",
        "．": ".",
        "＋": "+",
        "－": "-",
        "／": "/",
        "＝": "=",
        "＜": "<",
        "＞": ">",
        "\u3000": " ",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u2212": "-",
    }
)
_TRANSLATE = str.maketrans(_FULLWIDTH)

# CJK ideographs, CJK punctuation and full-width forms: a space next to one is noise.
_CJK = (
    r"\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00d7\u2264\u2265"
)
_SPACE_NEXT_TO_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")
_SPACE_IN_NUMBER = re.compile(r"(?<=\d[,.])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[,.]\d)")
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d)[ \t]+(?=%)")
_SPACES = re.compile(r"[ \t]{2,}")


def fold_characters(text: str) -> str:
    """Map full-width digits, letters and operators to ASCII; unify odd spaces."""
    return text.translate(_TRANSLATE)


def normalize(text: str) -> str:
    """Return ``text`` ready for matching, without spaces that carry no meaning.

    Newlines are treated as spaces (a wrap inside a paragraph or cell is not a break).
    """
    text = fold_characters(text).replace("\r", "")
    text = text.replace("\n", " ")
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    text = _SPACE_IN_NUMBER.sub("", text)
    text = _SPACE_BEFORE_PERCENT.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.strip()


def normalize_cell(text: str) -> str:
    r"""Normalise a table cell: a wrap inside a cell never separates two values.

    pdfplumber keeps the wrap newlines of cells (``公共财政拨\\n款``, ``2,415.\\n05``).
    """
    return normalize(re.sub(r"\s*[\r\n]\s*", "", text))


_TERMINAL = "。！？；：…!?;:"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a finished sentence or clause list."""
    stripped = text.rstrip()
    if not stripped:
        return True
    last = stripped[-1]
    if last in _TERMINAL:
        return True
    # A closing bracket or quote ends the sentence only if a terminal mark precedes it.
    return last in "”」』）)】" and len(stripped) > 1 and stripped[-2] in _TERMINAL


CLAUSE_MARKS = "，,；;"
SENTENCE_ENDS = "。；;"


def sentences(text: str, ends: str = SENTENCE_ENDS) -> list[str]:
    """``text`` cut after each of ``ends``, each piece keeping its mark; blank pieces dropped."""
    out: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ends:
            out.append(text[start : i + 1])
            start = i + 1
    out.append(text[start:])
    return [piece for piece in out if piece.strip()]


def clause_start(text: str, pos: int, marks: str = CLAUSE_MARKS) -> int:
    """Where the clause holding ``pos`` begins: just after the last mark before it."""
    return max(text.rfind(ch, 0, pos) for ch in marks) + 1
