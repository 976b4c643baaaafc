"""Line breaking for Chinese console text: never inside a number, never before ，。.

rich breaks lines only at spaces and folds a longer "word" anywhere; a Chinese
sentence has no spaces, so ``=100%`` came out as ``=10`` / ``0%``. Here a line may
break between any two Chinese characters, but a number with its decimals, commas
and percent sign (or a Latin word) stays whole, and closing punctuation (，。）”…)
never starts a line.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

_UNBREAKABLE = re.compile(r"[0-9A-Za-z][0-9A-Za-z.,%‰_\-]*[0-9A-Za-z%‰]|[0-9A-Za-z]|\s+|.", re.S)
_NO_LINE_START = set("，。、；：？！）》」』】”’…%,.;:)!?")
_NO_LINE_END = set("（《「『【“‘(")


def break_offsets(plain: str, width: int) -> list[int]:
    """Offsets in ``plain`` where lines should start after the first, for ``width`` cells."""
    width = max(width, 8)
    offsets: list[int] = []
    line = 0
    tokens = [(m.start(), m.group()) for m in _UNBREAKABLE.finditer(plain)]
    for i, (start, token) in enumerate(tokens):
        size = cell_len(token)
        if token == "\n":
            offsets.append(start + 1)
            line = 0
            continue
        if line + size <= width or line == 0:
            line += size
            continue
        if token.isspace():
            offsets.append(start + len(token))
            line = 0
            continue
        # Carry characters down so the new line does not start with closing
        # punctuation, and the old one does not end with an opening bracket.
        j = i
        while (
            j > 0
            and i - j < 4
            and not tokens[j - 1][1].isspace()
            and (tokens[j][1][0] in _NO_LINE_START or tokens[j - 1][1] in _NO_LINE_END)
            and not (offsets and tokens[j - 1][0] <= offsets[-1])
        ):
            j -= 1
        cut = tokens[j][0]
        size = sum(cell_len(t) for _, t in tokens[j : i + 1])
        offsets.append(cut)
        line = size
    return offsets


def wrap(text: Text, width: int) -> list[Text]:
    """``text`` as lines of at most ``width`` cells, broken as described above."""
    offsets = break_offsets(text.plain, width)
    lines = list(text.divide(offsets)) if offsets else [text]
    out: list[Text] = []
    for line in lines:
        line.rstrip()
        if line.plain.startswith(" "):
            line = line[len(line.plain) - len(line.plain.lstrip(" ")) :]
        line.no_wrap = True
        line.overflow = "ignore"
        out.append(line)
    return out
