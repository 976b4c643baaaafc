"""Which one figure of a sum, with two adjacent digits swapped, makes the sum agree.

A reviewer told ``南关社区 11,230 若为 11,203 则相符`` checks one figure, not eight: a
swap of two adjacent digits is the commonest slip of the keyboard, and when exactly
one figure of a sum (a part or the total) explains the difference that way, the
finding names it. Two or more such figures explain it equally: none is named.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

from auditor.read.figures import Figure

NAME_CHARS = 12
"""The longest label shown beside a named figure (its last characters)."""


def _swaps(number_text: str) -> Iterator[str]:
    """Each text with two neighbouring, different digits swapped (across a comma too).

    ``11,230`` → ``11,320``, ``11,203``, …; never across the decimal point, and never
    to a leading zero.
    """
    digits = [i for i, ch in enumerate(number_text) if ch.isdigit()]
    for a, b in itertools.pairwise(digits):
        if number_text[a] == number_text[b] or "." in number_text[a:b]:
            continue
        if number_text[a + 1 : b] not in ("", ","):
            continue
        chars = list(number_text)
        chars[a], chars[b] = chars[b], chars[a]
        swapped = "".join(chars)
        if swapped.lstrip("-+")[0] == "0" and len(swapped.split(".")[0].lstrip("-+")) > 1:
            continue
        yield swapped


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _name(fig: Figure) -> str:
    label = (fig.label or "").strip().lstrip("其中包括：:，, ")
    return label[-NAME_CHARS:]


def transposed_hint(
    total: Figure,
    parts: Sequence[Figure],
    in_unit: Sequence[Decimal],
    stated: Decimal,
    computed: Decimal,
) -> str:
    """``；南关社区 11,230 若为 11,203 则相符`` when exactly one figure's swap explains it.

    ``in_unit`` holds each part's value in the total's unit (the sum's terms).
    """
    found: list[tuple[Figure, str]] = []
    for fig, term in zip(parts, in_unit, strict=True):
        if fig.value == 0:
            continue
        for swapped in _swaps(fig.amount.number_text):
            value = _value(swapped)
            if value is not None and computed - term + term * value / fig.value == stated:
                found.append((fig, swapped))
    for swapped in _swaps(total.amount.number_text):
        value = _value(swapped)
        if value is not None and total.value and stated * value / total.value == computed:
            found.append((total, swapped))
    if len(found) != 1:
        return ""
    fig, swapped = found[0]
    name = _name(fig)
    return f"；{name + ' ' if name else ''}{fig.amount.number_text} 若为 {swapped} 则相符"
