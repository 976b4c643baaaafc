"""Find every number in a piece of report text, with its unit, span and precision.

Works on normalised text (see :mod:`auditor.text.normalise`). Handles thousands separators
(``3,608.24``), negatives (``-3.57%``), percentages, 万元/元/亿元, counts, lengths and
areas, scores (``97分``), approximate figures (``70余批``, ``约``, ``左右``, ``1万余份``),
and small Chinese numerals used as quantities (``五个领域``, but not ``三会一课``).
Dates, years, document numbers (``〔2020〕7号``), phone numbers, codes and list
enumerators (``1、``, ``（2）``, ``目标3``) are recognised so they are not read as
quantities.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

import regex

from auditor.text.units import SCALED_UNITS, UNITS, kind_of


@dataclass(frozen=True, slots=True)
class Amount:
    """A number as written in text, with the unit that follows it."""

    value: Decimal
    unit: str | None
    raw: str
    start: int
    end: int
    approximate: bool = False
    decimals: int = 0
    chinese: bool = False
    scaled: bool = False
    """Written in a 万 unit with decimals and no hedge (``12.6万亩``): exact to its last digit."""
    rounded_by_scale: bool = False
    """Approximate only because it is written in 万 or 亿 with no hedge word (``9.47万人次``,
    ``7.4亿人次``): the exact count rounded (or cut) to its last written place, so it
    stands for values half a place below it too, unlike ``9.47万余`` (at least that)."""

    @property
    def addable(self) -> bool:
        """Whether a sum may use it: not hedged (约, 余, 左右), or only rounded by its 万 unit.

        ``12.6万亩`` stays approximate where it is restated (``1.26万人`` is ``1.2万人``
        truncated) but adds up with its parts to its last written digit. An age
        (``80至89周岁``) is a bound of a group, never a quantity that adds.
        """
        if self.kind == "age":
            return False
        return not self.approximate or self.scaled

    @property
    def kind(self) -> str:
        """``money``, ``percent``, ``count``, ``score``, ``length`` … or ``number``."""
        return kind_of(self.unit)

    @property
    def number_text(self) -> str:
        """The digits as written, without unit (``3,608.24``)."""
        return _NUMBER_ONLY.search(self.raw).group(0) if _NUMBER_ONLY.search(self.raw) else self.raw


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date or month (``2024年5月29日``, ``2025年06月``, ``2024.5.29``)."""

    year: int
    month: int
    day: int | None
    raw: str
    start: int
    end: int

    def as_date(self) -> date | None:
        """The date (first of the month when no day is given); None if invalid."""
        try:
            return date(self.year, self.month, self.day or 1)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class YearMention:
    """A year (``2024 年度``, ``2023年``); ``range_end`` for a range of years.

    ``2023—2024年`` and ``2023年12月至2024年4月`` are ranges.
    """

    year: int
    raw: str
    start: int
    end: int
    fiscal: bool = False
    """Written as ``年度`` (a fiscal/report year)."""
    range_end: int | None = None


@dataclass(frozen=True, slots=True)
class Scan:
    """Everything numeric found in one text."""

    amounts: tuple[Amount, ...]
    dates: tuple[DateMention, ...]
    years: tuple[YearMention, ...]


_NUMBER_ONLY = regex.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")

_UNIT_ALTERNATIVES = sorted([u for u in UNITS if u not in ("%", "‰")], key=len, reverse=True)
_UNIT_RE = "|".join(regex.escape(u) for u in _UNIT_ALTERNATIVES)

_AMOUNT = regex.compile(
    r"""
    (?P<pre>(?<![签节制预合公契条协违履特邀相缔])约|近|逾|超过|达|共|计)?  # 签约, 履约 are no 约
    (?P<sign>(?<![\d%A-Za-z)）\]】])[-+])?
    (?<![\d.,A-Za-z])
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?![\d])
    (?P<approx1>余|多)?
    (?P<mult>万|亿|千(?![克米瓦伏]))?  # ``千克``, ``千米`` are units, not 千 of 克
    (?P<approx2>余|多)?
    (?P<unit>%|‰|个百分点|UNITS)?
    (?P<per>/(?:人|户|月|年|天|次|人次|亩|平方米))?
    (?P<post>左右|以上|以下)?
    """.replace("UNITS", _UNIT_RE),
    regex.VERBOSE,
)

_DATE_YMD = regex.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"
)
_DATE_DOTTED = regex.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})(?![\d.])"
)
# ``二〇二五年三月十日``: signature dates written in Chinese numerals.
_DATE_CN = regex.compile(
    r"(?P<y>[一二][〇零○Ｏ一二三四五六七八九]{3})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
    r"(?:\s*(?P<d>[一二三四五六七八九十]{1,3})\s*[日号])?"
)
_YEAR_RANGE = regex.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:(?:年|年度)(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?)?"
    r"\s*[—–\-~～至到]+\s*(?P<y2>(?:19|20)\d{2})\s*(?P<suffix>年度|年)"
)
_YEAR = regex.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?P<suffix>年度|年)")
_DOC_NUMBER = regex.compile(r"[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号")
_PHONE = regex.compile(
    r"(?<![\d.,])(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?![\d.,])(?!\s*(?:余|多)?(?:万|亿|千)?(?:元|人|名|户|个|%|平方米|米|亩))"
)
_CODE = regex.compile(
    r"(?:编码|编号|代码|账号|帐号|文号|邮编|序号|电话|手机|身份证号?)\s*[:：]?\s*[\dA-Za-z\-]+"
)
_ENUM = regex.compile(
    r"(?:^|(?<=[\s，。；：:、“”（(）)]))(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[、)）]|\d{1,2}\s*\.(?!\d))"
)
MAX_FIGURE_DIGITS = 20
"""More digits than this in one number (a 5,000-digit run) is not read as a figure."""
_ORDINAL = regex.compile(
    r"(?:第|目标|指标|附件|附表|表|图|序号|条款|第\s*)\s*\d+|(?<!\d)\d+\s*(?:号文|号楼|号院|号线|级|届|季度|期(?:工程|项目|建设|改造)|楼|号(?!文))"
)
_STATED_TARGET = regex.compile(
    r"目标\s*\d[\d,]*(?:\.\d+)?(?=\s*(?:余|多)?(?:万|亿|千)?(?:余|多)?(?:UNITS))".replace(
        "UNITS", _UNIT_RE
    )
)
"""``目标260公里``: a target stated with its unit (``目标1`` numbers a target instead)."""
_QUOTED = regex.compile(r"[“\"'‘]([^”\"'’]{0,14})[”\"'’]")
_CIRCLED = regex.compile(r"[①-⑳]")

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_QUANTITY = regex.compile(
    r"(?<!第)(?<![第一二三四五六七八九十百千万两〇零\p{Han}&&[^等共计了有为和及与、，]])"
    r"(?P<num>[一二三四五六七八九十两]{1,3})"
    r"(?P<unit>个|项|名|户|次|处|件|家|类|批|支|起|条|所|大|方面|部分|种)"
    r"(?![一二三四五六七八九十两性])"
)
# Set phrases whose numeral counts nothing (八项规定, 四个意识, 三重一大) and common
# words that read like ``一 + unit`` (一次, 一批). Only phrases _CN_QUANTITY would
# otherwise match belong here.
_CN_FIXED_PHRASES = regex.compile(
    r"四种形态|一件事|四个意识|八项规定|一个百分点|两个维护|四个自信|五个不发生|三个问题|三重一大|"
    r"一支部|二十大|一次|一大|一项|一名|一个|一类|一批"
)


def parse_decimal(text: str) -> Decimal | None:
    """Parse ``3,608.24`` (already ASCII) into an exact Decimal."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def chinese_numeral(text: str) -> int | None:
    """Value of a small Chinese numeral (一 … 九十九)."""
    if not text:
        return None
    if "十" in text:
        head, _, tail = text.partition("十")
        tens = _CN_DIGITS.get(head, 1) if head else 1
        ones = _CN_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in _CN_DIGITS) or (tail and tail not in _CN_DIGITS):
            return None
        return tens * 10 + ones
    if len(text) == 1:
        return _CN_DIGITS.get(text)
    return None


def _chinese_date(m: regex.Match[str]) -> DateMention | None:
    """A date in Chinese numerals; None if a part does not read as a number."""
    digits = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, **_CN_DIGITS}
    year_digits = [digits.get(ch) for ch in m.group("y")]
    if any(d is None for d in year_digits):
        return None
    year = int("".join(str(d) for d in year_digits))
    month = chinese_numeral(m.group("m"))
    day = chinese_numeral(m.group("d")) if m.group("d") else None
    if month is None or (m.group("d") and day is None) or not 1900 <= year <= 2099:
        return None
    return DateMention(year, month, day, m.group(0), m.start(), m.end())


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in (_DOC_NUMBER, _PHONE, _CODE, _ORDINAL, _CIRCLED):
        spans.extend(m.span() for m in pattern.finditer(text))
    for m in _ENUM.finditer(text):
        spans.append(m.span())
    for m in _QUOTED.finditer(text):
        inner = m.group(1)
        # Numbers inside short quoted names (“3.11”火灾, “1+6+N”) are names, not figures.
        if regex.search(r"\d", inner) and not regex.search(r"\d\s*(?:%|万元|元)", inner):
            spans.append(m.span())
    return spans


def _inside(span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    return any(b0 <= span[0] and span[1] <= b1 for b0, b1 in blocked)


def scan(text: str, *, stated_targets: bool = False) -> Scan:
    """Find amounts, dates and years in ``text``.

    ``stated_targets`` reads a number after ``目标`` with its unit (``完成年度目标260公里的
    110.19%``) as an amount; by default ``目标`` numbers the targets, like ``第``.
    """
    dates: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_DATE_YMD, _DATE_DOTTED):
        for m in pattern.finditer(text):
            if _inside(m.span(), taken):
                continue
            day = int(m.group("d")) if m.group("d") else None
            dates.append(
                DateMention(
                    int(m.group("y")), int(m.group("m")), day, m.group(0), m.start(), m.end()
                )
            )
            taken.append(m.span())
    for m in _DATE_CN.finditer(text):
        cn = _chinese_date(m)
        if cn is not None:
            dates.append(cn)
    blocked = _blocked_spans(text)
    if stated_targets:
        targets = [m.span() for m in _STATED_TARGET.finditer(text)]
        blocked = [b for b in blocked if b not in targets]
    years: list[YearMention] = []
    ranges: list[tuple[int, int]] = []
    for m in _YEAR_RANGE.finditer(text):
        if _inside(m.span(), blocked):
            continue
        years.append(
            YearMention(
                int(m.group("y")),
                m.group(0),
                m.start(),
                m.end(),
                fiscal=m.group("suffix") == "年度",
                range_end=int(m.group("y2")),
            )
        )
        taken.append(m.span())
        ranges.append((m.start(), m.end() + _month_after(text, m.end())))
    for m in _YEAR.finditer(text):
        if _inside(m.span(), blocked) or _inside(m.span(), taken):
            continue
        years.append(
            YearMention(
                int(m.group("y")),
                m.group(0),
                m.start(),
                m.end(),
                fiscal=m.group("suffix") == "年度",
            )
        )
        taken.append(m.span())
    for d in dates:
        if any(a <= d.start and d.end <= b for a, b in ranges):
            continue  # ``2023年12月至2024年4月``: the range says it once
        years.append(YearMention(d.year, d.raw, d.start, d.end))
    amounts = [a for a in _scan_amounts(text, blocked + taken)]
    amounts.extend(_scan_chinese(text, blocked))
    amounts.sort(key=lambda a: a.start)
    years.sort(key=lambda y: y.start)
    dates.sort(key=lambda d: d.start)
    return Scan(tuple(amounts), tuple(dates), tuple(years))


def _month_after(text: str, end: int) -> int:
    """Length of a ``3月``/``3月5日`` that closes a range ending at ``end`` (else 0)."""
    m = regex.match(r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?", text[end:])
    return m.end() if m else 0


def _scan_amounts(text: str, blocked: list[tuple[int, int]]) -> list[Amount]:
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        num_span = m.span("num")
        if _inside(num_span, blocked):
            continue
        if sum(ch.isdigit() for ch in m.group("num")) > MAX_FIGURE_DIGITS:
            continue  # a run of digits no report states as one figure
        value = parse_decimal(m.group("num"))
        if value is None:
            continue
        unit = m.group("unit")
        mult = m.group("mult")
        if mult and unit == "元":
            unit = {"万": "万元", "亿": "亿元", "千": "千元"}[mult]
            mult = None
        scaled = bool(mult and unit and f"{mult}{unit}" in SCALED_UNITS)
        if scaled:
            # ``12.6万亩`` is 12.6 in 万亩 (pint converts it to 亩), not a rounded 126000.
            unit = f"{mult}{unit}"
            mult = None
        if mult:
            value *= {"万": Decimal(10000), "亿": Decimal(100000000), "千": Decimal(1000)}[mult]
        if unit == "个百分点":
            unit = "%"
        per = m.group("per")
        if per and unit:
            unit = None  # a per-unit price (941 元/人) is not an amount of money
        if m.group("sign") == "-":
            value = -value
        decimals = len(m.group("num").split(".")[1]) if "." in m.group("num") else 0
        start = m.start("sign") if m.group("sign") else num_span[0]
        end = m.end()
        if m.group("post") and m.group("post") != "左右":
            end = m.start("post")
        approximate = bool(
            m.group("approx1")
            or m.group("approx2")
            or m.group("post") == "左右"
            or m.group("pre") in ("约", "近", "逾", "超过")
            or (mult is not None)
        )
        # A 万 unit keeps the approximate reading of a 万 (restated as rounded), but a
        # written decimal (``2.36万人次``) states the precision a sum is checked to.
        exact_in_scale = scaled and "." in m.group("num") and not approximate
        hedged = bool(
            m.group("approx1")
            or m.group("approx2")
            or m.group("post") == "左右"
            or m.group("pre") in ("约", "近", "逾", "超过")
        )
        approximate = approximate or scaled
        out.append(
            Amount(
                value,
                unit,
                text[start:end],
                start,
                end,
                approximate=approximate,
                decimals=decimals,
                scaled=exact_in_scale,
                rounded_by_scale=approximate and not hedged,
            )
        )
    return out


def _scan_chinese(text: str, blocked: list[tuple[int, int]]) -> list[Amount]:
    fixed = [m.span() for m in _CN_FIXED_PHRASES.finditer(text)]
    out: list[Amount] = []
    for m in _CN_QUANTITY.finditer(text):
        if _inside(m.span(), blocked) or any(f0 <= m.start() < f1 for f0, f1 in fixed):
            continue
        value = chinese_numeral(m.group("num"))
        if value is None:
            continue
        unit = m.group("unit")
        out.append(
            Amount(
                Decimal(value),
                unit if unit in UNITS else "个",
                m.group(0),
                m.start(),
                m.end(),
                chinese=True,
            )
        )
    return out
