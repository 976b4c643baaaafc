"""Small Decimal helpers shared by the part-d case generators (held-out round 45)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x: Decimal, places: int = 2) -> Decimal:
    """Round half-up to ``places`` decimals."""
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(num, den, places: int = 2) -> Decimal:
    """num / den * 100, rounded half-up; refuses a rounding that sits on a knife edge."""
    raw = D(num) / D(den) * 100
    r = q(raw, places)
    # the digit after the last kept one must not be a bare 5 (ambiguous rounding)
    tail = (raw * D(10) ** places) % 1
    assert abs(tail - D("0.5")) > D("0.002"), (num, den, raw)
    return r


def money(x, sep: bool = True, places: int = 2) -> str:
    """1297.69 -> '1,297.69' (or '1297.69' with sep=False)."""
    v = q(D(x), places)
    return f"{v:,.{places}f}" if sep else f"{v:.{places}f}"


def intc(n: int, sep: bool = True) -> str:
    return f"{n:,}" if sep else str(n)


def total(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


def prose_chars(blocks) -> int:
    """Characters of body prose: P blocks only (titles, headings, tables, signatures excluded)."""
    from render import P

    return sum(len(b.text) for b in blocks if isinstance(b, P))
