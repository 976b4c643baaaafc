"""Number formatting and Decimal arithmetic only (no prose): shared by the case files."""

from decimal import ROUND_HALF_UP, Decimal


def D(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q(x, n: int = 2) -> Decimal:
    return D(x).quantize(Decimal(1).scaleb(-n), ROUND_HALF_UP)


def f2(x) -> str:
    return f"{q(x):.2f}"


def c2(x) -> str:
    return f"{q(x):,.2f}"


def pct(a, b, n: int = 2) -> str:
    return f"{q(D(a) / D(b) * 100, n):.{n}f}%"


def S(xs) -> Decimal:
    return sum((D(x) for x in xs), Decimal(0))


def g(x) -> str:
    """A score or count without trailing zeros: 9.22, 4, 13.5."""
    s = f"{D(x):f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
