"""Number formatting only (no prose): shared by the case files."""


def f2(x: float) -> str:
    return f"{x:.2f}"


def c2(x: float) -> str:
    return f"{x:,.2f}"


def pct(a: float, b: float) -> str:
    return f"{a / b * 100:.2f}%"


def close(a: float, b: float, eps: float = 0.005) -> bool:
    return abs(a - b) < eps
