"""Exact money helpers (amounts kept in 元 as Decimal) and the ways the reports write them."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal
CN = "〇一二三四五六七八九"


def q(x, places=2):
    return D(x).quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def yuan(x, sep=True):
    v = q(x)
    return f"{v:,.2f}" if sep else f"{v:.2f}"


def wan(x, sep=False, places=2):
    v = D(x) / 10000
    assert v == q(v, places) or places < 2, x
    v = q(v, places)
    return f"{v:,.{places}f}" if sep else f"{v:.{places}f}"


def pct(a, b, places=2):
    return f"{q(D(a) / D(b) * 100, places)}%"


def rate(a, b):
    return q(D(a) / D(b) * 100, 2)


def cn_year(y):
    return "".join(CN[int(c)] for c in str(y))


def cn_num(n):
    n = int(n)
    if n < 10:
        return CN[n] if n else "〇"
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(y, m, d):
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fullwidth(s):
    return s.translate(FW)
