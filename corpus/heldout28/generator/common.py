"""Decimal helpers shared by the round-28 cases (written for this round)."""
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def r(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def pct(a, b, n=2):
    """a / b as a percentage rounded half-up to n places."""
    return r(D(a) / D(b) * 100, n)


def f(x, n=2):
    """Thousands-separated with n decimals."""
    return format(r(x, n), f",.{n}f")


def g(x, n=2):
    """No separator, n decimals."""
    return format(r(x, n), f".{n}f")


def tot(*xs):
    return sum((D(x) for x in xs), D(0))


def eq(a, b):
    assert D(a) == D(b), (a, b)
