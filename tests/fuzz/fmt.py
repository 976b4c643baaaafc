"""Writing figures the ways reports write them: units, separators, full-width digits, dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_CN_DIGIT = "〇一二三四五六七八九"
UNIT_DIVISOR = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}


def fullwidth(text: str) -> str:
    """Digits, decimal points and percent signs in their full-width forms."""
    return text.translate(_FULL)


def grouped(value: Decimal, places: int, thousands: bool) -> str:
    """``value`` with ``places`` decimals, optionally with thousands separators."""
    q = value.quantize(Decimal(1).scaleb(-places)) if places else value.quantize(Decimal(1))
    return f"{q:,}" if thousands else f"{q}"


def money(yuan: Decimal, unit: str, thousands: bool) -> str:
    """An amount held in 元 written in ``unit`` exactly (amounts are whole hundreds of 元)."""
    value = yuan / UNIT_DIVISOR[unit]
    if unit == "亿元":
        text = f"{value.normalize():f}"
        if thousands and "." in text:
            head, tail = text.split(".")
            return f"{int(head):,}.{tail}"
        return f"{int(value):,}" if thousands and value == value.to_integral() else text
    return grouped(value, 2, thousands)


def percent(rate: Decimal) -> str:
    """A rate in percent with two decimals: ``98.60%``."""
    return f"{rate.quantize(Decimal('0.01'))}%"


def score(value: Decimal) -> str:
    """A score as reports write it: ``4``, ``7.5``."""
    text = f"{value.normalize():f}"
    return text


def cn_number(n: int) -> str:
    """1..31 in Chinese numerals (一, 十, 十六, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    out = ""
    if tens:
        out = ("" if tens == 1 else _CN_DIGIT[tens]) + "十"
    if ones:
        out += _CN_DIGIT[ones]
    return out


def cn_year(year: int) -> str:
    """A year digit by digit: ``二〇二五``."""
    return "".join(_CN_DIGIT[int(d)] for d in str(year))


def write_date(day: date, style: str, *, with_day: bool = True) -> str:
    """``2025年4月16日`` or ``二〇二五年四月十六日``."""
    if style == "chinese":
        text = f"{cn_year(day.year)}年{cn_number(day.month)}月"
        return text + (f"{cn_number(day.day)}日" if with_day else "")
    text = f"{day.year}年{day.month}月"
    return text + (f"{day.day}日" if with_day else "")
