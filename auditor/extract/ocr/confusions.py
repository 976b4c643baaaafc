"""Correct OCR confusions in figures, but only when the page's arithmetic confirms it.

The recogniser confuses letters with digits (``O``/``o``/``D`` for 0, ``l``/``I``/``|``
for 1, ``S`` for 5, ``B`` for 8, …) and ``。`` with a decimal point. A figure token
holding such a character (``1,2O3.45``, ``5。4``) is not a number as read. Its
candidate reading puts the digit in place of each confusable character; the candidate
is adopted only when it makes an identity the page states hold exactly, which the
token as read cannot satisfy (it is not a number):

* a table column's 合计/总计/小计 row equals the sum of the rows above it (rows
  under ``其中`` left out), every other figure of the column read cleanly;
* a line's ``a/b=c%`` (or ``a÷b×100%=c%``) rate, or ``a+b=c`` sum, holds at the
  stated decimals.

Otherwise the token stays as read and its box stays uncertain (warnings, not errors).
An adopted correction is kept as a note, ``OCR 读作 1,2O3.45，按算术校正为 1,203.45``,
carried by the location of the cell or paragraph into every finding's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from auditor.extract.ocr.figures import figure_doubts

CONFUSABLE = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "I": "1",
    "l": "1",
    "|": "1",
    "i": "1",
    "Z": "2",
    "z": "2",
    "S": "5",
    "s": "5",
    "G": "6",
    "b": "6",
    "B": "8",
    "g": "9",
    "q": "9",
    "。": ".",
}
"""What each confusable character reads as inside a figure."""

_C = re.escape("".join(CONFUSABLE))
_TOKEN = re.compile(rf"(?<![A-Za-z\d.,])[\d{_C}][\d{_C},.]*[\d{_C}]%?")
_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^\d+(?:\.\d+)?%?$")
_TOTAL_LABEL = re.compile(r"^(?:合计|总计|小计|共计)")
_SUB_ITEM = re.compile(r"^其中")


@dataclass(frozen=True, slots=True)
class Correction:
    """A confusable token and the reading the arithmetic confirmed."""

    read: str
    corrected: str

    @property
    def note(self) -> str:
        """How the evidence says it."""
        return f"OCR 读作 {self.read}，按算术校正为 {self.corrected}"


def confused_tokens(text: str) -> list[str]:
    """Figure tokens of ``text`` with a confusable character after their first digit.

    ``1,2O3.45``, ``1OO%`` and ``1O`` are; ``SO2`` is not.
    """
    out: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if not token[:1].isdigit():  # a figure opens with a digit (not ``SO2``)
            continue
        if any(ch in CONFUSABLE for ch in token) and _candidate(token) is not None:
            out.append(token)
    return out


def _candidate(token: str) -> str | None:
    """The token with every confusable character read as its digit, if a figure."""
    corrected = "".join(CONFUSABLE.get(ch, ch) for ch in token)
    if not _NUMBER.match(corrected) or figure_doubts(corrected):
        return None
    return corrected


def value(text: str) -> Decimal | None:
    """A clean figure's value (``1,203.45`` → 1203.45, ``96.18%`` → 96.18)."""
    text = text.strip()
    if not _NUMBER.match(text):
        return None
    try:
        return Decimal(text.rstrip("%").replace(",", ""))
    except InvalidOperation:
        return None


def _decimals(text: str) -> int:
    body = text.strip().rstrip("%")
    return len(body.partition(".")[2])


# ----------------------------------------------------------------- table columns


def correct_column(labels: Sequence[str], figures: Sequence[str]) -> dict[int, Correction]:
    """Corrections for a column: ``figures[r]`` the column's text in row ``r``.

    ``labels[r]`` is the row's label (its first cell). Each 合计/总计/小计 row is the
    sum of the figure rows above it, back to the previous total row; a row labelled
    ``其中`` is a part of the row above and is not added.
    """
    out: dict[int, Correction] = {}
    start = 0
    for total_row, label in enumerate(labels):
        if not _TOTAL_LABEL.match(label.replace(" ", "")):
            continue
        rows = [
            r
            for r in range(start, total_row)
            if _is_figure(figures[r]) and not _SUB_ITEM.match(labels[r].replace(" ", ""))
        ]
        start = total_row + 1
        found = _confirm_sum([figures[r] for r in rows], figures[total_row])
        if found is not None:
            k, correction = found
            out[[*rows, total_row][k]] = correction
    return out


def _is_figure(text: str) -> bool:
    """A clean figure, or one confused token and nothing else."""
    text = text.strip()
    return value(text) is not None or confused_tokens(text) == [text]


def _confirm_sum(parts: Sequence[str], total: str) -> tuple[int, Correction] | None:
    """The one confused figure among ``parts`` + ``total`` whose candidate makes the sum.

    Index ``len(parts)`` stands for the total. None unless exactly one figure is
    confused, every other one reads cleanly, and the candidate makes the sum exact.
    """
    texts = [p.strip() for p in parts] + [total.strip()]
    if len(texts) < 3:
        return None
    confused = [i for i, t in enumerate(texts) if value(t) is None]
    if len(confused) != 1:
        return None
    (k,) = confused
    tokens = confused_tokens(texts[k])
    if len(tokens) != 1 or tokens[0] != texts[k]:
        return None
    candidate = _candidate(texts[k])
    if candidate is None:
        return None
    values = [value(t) if i != k else value(candidate) for i, t in enumerate(texts)]
    if any(v is None for v in values):
        return None
    numbers = [v for v in values if v is not None]
    if sum(numbers[:-1], Decimal(0)) != numbers[-1]:
        return None
    return k, Correction(texts[k], candidate)


# ----------------------------------------------------------------- lines

_F = rf"((?<![\d.,\0])[\d{_C},.\0]+%?)"
"""An operand: digits, confusable characters, separators (``\0`` marks a candidate)."""
_RATE = re.compile(rf"{_F}\s*[/÷]\s*{_F}\s*(?:[×xX*]\s*100\s*%)?\s*[=＝]\s*{_F}")
_SUM = re.compile(rf"{_F}((?:\s*[+＋]\s*[\d{_C},.\0]+%?)+)\s*[=＝]\s*{_F}")


def _rate_holds(a: Decimal, b: Decimal, c_text: str) -> bool:
    c = value(c_text)
    if c is None or b == 0:
        return False
    rate = a / b * (100 if c_text.strip().endswith("%") else 1)
    unit = Decimal(1).scaleb(-_decimals(c_text))
    return abs(rate.quantize(unit) - c) < unit / 2 or abs(rate - c) < unit / 2


def correct_line(text: str) -> list[Correction]:
    """Corrections confirmed by a rate or a sum written out on the line."""
    tokens = confused_tokens(text)
    if not tokens:
        return []
    out: list[Correction] = []
    for token in dict.fromkeys(tokens):
        candidate = _candidate(token)
        if candidate is None:
            continue
        if _confirms(text, token, candidate):
            out.append(Correction(token, candidate))
    return out


def _confirms(text: str, token: str, candidate: str) -> bool:
    """Whether putting ``candidate`` for ``token`` makes a written rate or sum hold."""
    fixed = text.replace(token, f"\0{candidate}\0")

    def operands(*texts: str) -> list[Decimal] | None:
        out: list[Decimal] = []
        for t in texts:
            v = value(t.replace("\0", ""))
            if v is None:
                return None
            out.append(v)
        return out

    def uses_token(*texts: str) -> bool:
        return any("\0" in t for t in texts)

    checks: list[Callable[[], bool]] = []
    for m in _RATE.finditer(fixed):
        a_text, b_text, c_text = m.group(1), m.group(2), m.group(3)

        def rate(a_text: str = a_text, b_text: str = b_text, c_text: str = c_text) -> bool:
            if not uses_token(a_text, b_text, c_text):
                return False
            ab = operands(a_text, b_text)
            return ab is not None and _rate_holds(ab[0], ab[1], c_text.replace("\0", ""))

        checks.append(rate)
    for m in _SUM.finditer(fixed):
        first, rest, total = m.group(1), m.group(2), m.group(3)
        parts = [first, *re.split(r"\s*[+＋]\s*", rest.strip())[1:]]

        def add(parts: list[str] = parts, total: str = total) -> bool:
            if not uses_token(*parts, total):
                return False
            values = operands(*parts, total)
            return values is not None and sum(values[:-1], Decimal(0)) == values[-1]

        checks.append(add)
    return any(check() for check in checks)
