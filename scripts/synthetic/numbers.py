"""Numbers and their written forms (money, percentages, scores, Chinese numerals)."""

from __future__ import annotations

import hashlib
from decimal import ROUND_HALF_UP, Decimal

D = Decimal
CENT = D("0.01")
HUNDRED = D(100)
ONE = D(1)
HALF = D("0.5")
ZERO = D(0)
CN_NUM = "零一二三四五六七八九十"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def q2(x: Decimal) -> Decimal:
    """Round to cents (half up), as departments do."""
    return x.quantize(CENT, ROUND_HALF_UP)


def pct(a: Decimal, b: Decimal) -> Decimal:
    """``a / b`` in percent, two decimals."""
    return q2(a / b * HUNDRED)


def cn(n: int) -> str:
    """Chinese numeral for section numbering (1..99)."""
    if n <= 10:
        return CN_NUM[n] if n < 10 else "十"
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_NUM[tens]
    return f"{head}十{CN_NUM[ones] if ones else ''}"


def score_text(v: Decimal) -> str:
    """A score as written: ``4``, ``3.5``, ``11.04``."""
    s = f"{v.normalize():f}"
    return s


def money_text(v: Decimal, sep: bool) -> str:
    """A money figure with two decimals, with or without thousands separators."""
    return f"{q2(v):,.2f}" if sep else f"{q2(v):.2f}"


def pct_text(v: Decimal) -> str:
    """A rate as written: two decimals and a percent sign."""
    return f"{q2(v):.2f}%"


def stable_index(seed: int, key: str, n: int) -> int:
    """A wording choice that depends only on the seed and the slot name."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % n
