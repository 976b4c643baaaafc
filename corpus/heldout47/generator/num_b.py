"""Small Decimal helpers shared by the part-b generators (held-out round 47)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, places: int = 2) -> Decimal:
    """四舍五入 to ``places`` decimals."""
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def m(x) -> str:
    """Money with thousands separators and two decimals: 6,523.32."""
    return format(q(x), ",.2f")


def m0(x) -> str:
    """Money with two decimals, no separators: 6523.32."""
    return format(q(x), ".2f")


def pct(num, den, places: int = 2) -> Decimal:
    return q(D(num) / D(den) * 100, places)


def ps(x, places: int = 2) -> str:
    """A percentage as printed: 97.20%."""
    return format(q(x, places), f".{places}f") + "%"


def n(x) -> str:
    """An integer count with thousands separators: 2,146."""
    return format(int(x), ",d")


def sc(x) -> str:
    """A score as printed in a 自评表: 5, 4.56, 3.3."""
    v = q(x)
    if v == v.to_integral_value():
        return str(int(v))
    return format(v.normalize(), "f")


def grade(total) -> str:
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"
