"""Small helpers shared by the round-22 case scripts (numbers only; no prose is shared)."""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_UP

D = Decimal


def q2(x) -> Decimal:
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def m(x, sep: bool = True) -> str:
    """Amount with 2 decimals, optional thousands separator."""
    x = q2(x)
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def pct(a, b, nd: int = 2) -> str:
    v = (D(a) / D(b) * 100).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return f"{v}%"


def s(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def prose_len(blocks) -> int:
    from render import H, P
    return sum(len(b.text) for b in blocks if isinstance(b, (P, H)))
