"""Per-text indexes that turn "walk back to the sentence start" into a look-up.

The readers ask, for every figure of a paragraph, where its sentence or clause
starts and which bracket encloses it. Walking back from each figure costs the
length of the sentence each time — quadratic on a line of thousands of figures or
brackets. These indexes are built in one pass per text and answered by bisection;
the last few texts are cached (a Python string caches its hash, so a look-up for
the same paragraph object costs O(1)).
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex


@lru_cache(maxsize=16)
def break_positions(text: str, breaks: str) -> tuple[int, ...]:
    """Positions in ``text`` of the characters in ``breaks``, ascending."""
    wanted = frozenset(breaks)
    return tuple(i for i, ch in enumerate(text) if ch in wanted)


def last_break_before(text: str, breaks: str, pos: int) -> int:
    """The largest ``i < pos`` with ``text[i]`` in ``breaks``; -1 when there is none."""
    found = break_positions(text, breaks)
    k = bisect.bisect_left(found, pos)
    return found[k - 1] if k else -1


@lru_cache(maxsize=16)
def open_before(text: str) -> tuple[int, ...]:
    """For each position ``p`` (0…len), the innermost bracket still open in ``text[:p]``.

    -1 when none is open. Brackets (``（``/``(``) match the usual way: a closing
    bracket closes the latest open one; one with nothing open is ignored.
    """
    out = [-1] * (len(text) + 1)
    stack: list[int] = []
    for i, ch in enumerate(text):
        out[i] = stack[-1] if stack else -1
        if ch in "（(":
            stack.append(i)
        elif ch in "）)" and stack:
            stack.pop()
    out[len(text)] = stack[-1] if stack else -1
    return tuple(out)


@lru_cache(maxsize=16)
def closing_brackets(text: str) -> dict[int, int]:
    """Each open bracket's position → its closing bracket's (``len(text)`` if none)."""
    out: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch in "（(":
            stack.append(i)
        elif ch in "）)" and stack:
            out[stack.pop()] = i
    for i in stack:
        out[i] = len(text)
    return out


@lru_cache(maxsize=32)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


@lru_cache(maxsize=16)
def _match_spans(text: str, pattern: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts of every (overlapping) match, ascending, and the least end from each on."""
    spans = [m.span() for m in _compiled(pattern).finditer(text, overlapped=True)]
    starts = tuple(s for s, _ in spans)
    least: list[int] = [0] * len(spans)
    smallest = len(text) + 1
    for k in range(len(spans) - 1, -1, -1):
        smallest = min(smallest, spans[k][1])
        least[k] = smallest
    return starts, tuple(least)


def has_match_within(text: str, pattern: str, lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches inside ``text[lo:hi]`` (same as searching the slice)."""
    starts, least_end = _match_spans(text, pattern)
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and least_end[k] <= hi


@lru_cache(maxsize=16)
def _occurrences(text: str, word: str) -> tuple[int, ...]:
    found = []
    i = text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return tuple(found)


def rfind_word(text: str, word: str, lo: int, hi: int) -> int:
    """``text.rfind(word, lo, hi)`` answered from an index of ``word``'s positions."""
    found = _occurrences(text, word)
    k = bisect.bisect_right(found, hi - len(word)) - 1
    return found[k] if k >= 0 and found[k] >= max(lo, 0) else -1


def last_match_start(text: str, pattern: str, lo: int, hi: int) -> int:
    """Start of the last match of ``pattern`` lying inside ``text[lo:hi]``; -1 if none.

    The same as the last of ``re.finditer(pattern, text, lo, hi)`` for a pattern of
    words (an alternation such as ``其中|包括``), answered from an index.
    """
    starts, _ = _match_spans(text, pattern)
    ends = _match_ends(text, pattern)
    k = bisect.bisect_left(starts, hi) - 1
    while k >= 0 and starts[k] >= lo:
        if ends[k] <= hi:
            return starts[k]
        k -= 1
    return -1


@lru_cache(maxsize=16)
def _match_ends(text: str, pattern: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _compiled(pattern).finditer(text, overlapped=True))


def next_break_at_or_after(text: str, breaks: str, pos: int) -> int:
    """The smallest ``i >= pos`` with ``text[i]`` in ``breaks``; -1 when there is none."""
    found = break_positions(text, breaks)
    k = bisect.bisect_left(found, pos)
    return found[k] if k < len(found) else -1


def first_match_start(text: str, pattern: str, lo: int, hi: int) -> int:
    """Start of the first match of ``pattern`` inside ``text[lo:hi]``; -1 if none.

    The same as ``re.search`` with ``pos``/``endpos``, answered from an index.
    """
    starts, _ = _match_spans(text, pattern)
    ends = _match_ends(text, pattern)
    k = bisect.bisect_left(starts, lo)
    while k < len(starts) and starts[k] < hi:
        if ends[k] <= hi:
            return starts[k]
        k += 1
    return -1
