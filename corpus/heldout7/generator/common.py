"""Number helpers for the round 7 cases: exact Decimal arithmetic and the ways these
reports write figures (元 with separators, 万元/亿元 in prose, percentages)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def q(x, places: int = 2) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(x, places: int = 2, sep: bool = True) -> str:
    v = q(D(x), places)
    return f"{v:,.{places}f}" if sep else f"{v:.{places}f}"


def yuan(wanyuan, sep: bool = True) -> str:
    """万元 (2 decimals) -> 元 text."""
    return money(D(wanyuan) * 10000, 2, sep)


def yi(wanyuan, places: int = 2) -> str:
    return f"{q(D(wanyuan) / 10000, places)}"


def pct(a, b, places: int = 2) -> str:
    return f"{q(D(a) / D(b) * 100, places)}%"


def rate(a, b, places: int = 2) -> Decimal:
    return q(D(a) / D(b) * 100, places)


def total(*xs) -> Decimal:
    return sum((D(x) for x in xs), D(0))


FW = str.maketrans("0123456789,.%", "０１２３４５６７８９，．％")


def fullwidth(s: str) -> str:
    return s.translate(FW)


CN = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(y: int, m: int, d: int) -> str:
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


def check(cond: bool, what: str) -> None:
    """Clean figures are asserted; a planted defect is written explicitly."""
    if not cond:
        raise AssertionError(what)
