"""Small Decimal helpers for part b generators."""
from decimal import Decimal, ROUND_HALF_UP

D = Decimal


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def q1(x):
    return D(x).quantize(D("0.1"), rounding=ROUND_HALF_UP)


def m(x):
    """thousands separator, 2 decimals"""
    return f"{q2(x):,.2f}"


def pct(a, b):
    return q2(D(a) / D(b) * 100)


def wan(yuan):
    return q2(D(yuan) / 10000)
