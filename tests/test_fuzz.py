"""Property tests: the text layer never raises, and amounts survive any way of writing them.

Hostile documents reach these functions with arbitrary text (control characters,
lone surrogates, RTL marks, huge digit runs), so they must never raise. The round
trip checks that a money amount written the ways reports write it — thousands
separators, full-width digits, spaces a PDF inserts, 元/万元/亿元 — reads back as the
exact Decimal and unit, and converts exactly to 元.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import examples
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from auditor.extract.grid import spans_from_text_rows
from auditor.text.normalise import normalize, normalize_cell
from auditor.text.numbers import scan
from auditor.text.units import to_base

FAST = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

REPORT_CHARS = list(
    "0123456789０１２３４５６７８９,.，。．%％‰+-－−/年月日号第〔〕（）()[]【】约余多近逾"
    "万元亿千分人名个项次户米亩一二三四五六七八九十两表目标附件合计其中为是：:；、“”\"' \t\n\r\u3000"
    "\u00a0\u200b\ufeff"
)
report_text = st.text(
    st.one_of(st.sampled_from(REPORT_CHARS), st.characters(codec="utf-8")), max_size=300
)
any_text = st.one_of(report_text, st.text(max_size=300))


@FAST
@given(any_text)
@example("")
@example("9" * 5000 + "万元")
@example("1," * 2000 + "1元")
@example("\ud800 lone surrogate 12元")
def test_scan_never_raises(text: str) -> None:
    found = scan(text)
    for a in found.amounts:
        assert 0 <= a.start <= a.end <= len(text)
        assert a.raw == text[a.start : a.end]
    scan(normalize(text))


@FAST
@given(any_text)
def test_normalize_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "\n" not in once and not once.startswith(" ") and not once.endswith(" ")
    cell = normalize_cell(text)
    assert normalize_cell(cell) == cell


cell_text = st.one_of(
    st.just(""),
    st.text(st.sampled_from(REPORT_CHARS), max_size=10),
    st.text(max_size=10),
)


@FAST
@given(st.lists(st.lists(cell_text, max_size=7), max_size=9))
@example([["0"], ["", ":"], ["", "0"]])
@example([["2024年收支情况表", "", ""], ["", "预算数", "决算数"], ["收入", "100", "90"]])
def test_text_table_spans_never_raise_overlap_or_lose_text(rows: list[list[str]]) -> None:
    spans = spans_from_text_rows(rows)
    n_rows = len(rows)
    n_cols = max((len(r) for r in rows), default=0)
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    for r, c, rowspan, colspan in spans:
        assert rowspan >= 1 and colspan >= 1
        assert r >= 0 and r + rowspan <= n_rows and c >= 0 and c + colspan <= n_cols
        for i in range(r, r + rowspan):
            for j in range(c, c + colspan):
                assert (i, j) not in covered, f"slot {(i, j)} in two cells"
                covered[(i, j)] = (r, c)
    assert len(covered) == n_rows * n_cols
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text.strip():
                assert covered[(i, j)] == (i, j), f"text {text!r} at {(i, j)} lost"


# ------------------------------------------------------------------ round trip

FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
FACTOR = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
SPACES = st.sampled_from(["", " ", "  ", "\u3000", "\u00a0"])


@st.composite
def written_amount(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """(text, value, unit): an amount in a sentence, written one of the ways reports do."""
    integer = draw(st.integers(min_value=0, max_value=10**13))
    decimals = draw(st.text("0123456789", max_size=4))
    negative = draw(st.booleans()) and (integer > 0 or decimals.strip("0") != "")
    separators = draw(st.booleans())
    unit = draw(st.sampled_from(sorted(FACTOR)))
    digits = f"{integer:,}" if separators else str(integer)
    if separators and draw(st.booleans()):
        digits = digits.replace(",", ", ")  # a PDF's justified line stretched the number
    number = digits + ("." + decimals if decimals else "")
    if draw(st.booleans()):
        number = number.translate(FULL_WIDTH)
    sign = draw(st.sampled_from(["-", "－", "−"])) if negative else ""
    before = draw(st.sampled_from(["支出", "合计", "预算数为", "共计", "其中：", "较上年变动", ""]))
    after = draw(st.sampled_from(["。", "，", "；", "", "，占比较上年有所下降。"]))
    text = f"{before}{draw(SPACES)}{sign}{number}{draw(SPACES)}{unit}{after}"
    value = Decimal(f"{integer}.{decimals}" if decimals else str(integer))
    return text, -value if negative else value, unit


def _looks_like_phone(text: str) -> bool:
    """An 11-digit run starting 13-19 with no separators (see the xfail below)."""
    import re

    digits = re.sub(r"\D", "", normalize(text).split(".")[0])
    return len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written_amount())
@example(("支出2,415.05万元。", Decimal("2415.05"), "万元"))
@example(("合计 1, 172.67 万元", Decimal("1172.67"), "万元"))
@example(("预算数为１２３元，", Decimal("123"), "元"))
@example(("共计8.5万元", Decimal("8.5"), "万元"))
def test_written_amount_reads_back_exactly(case: tuple[str, Decimal, str]) -> None:
    text, value, unit = case
    assume(not _looks_like_phone(text))
    amounts = [a for a in scan(normalize(text)).amounts if a.kind == "money"]
    assert len(amounts) == 1, (text, amounts)
    amount = amounts[0]
    assert amount.value == value, text
    assert amount.unit == unit, text
    assert to_base(amount.value, amount.unit) == value * FACTOR[unit], text


def test_eleven_digit_amount_is_not_a_phone_number() -> None:
    amounts = scan(normalize("支出13000000000元。")).amounts
    assert [a.value for a in amounts] == [Decimal(13_000_000_000)]
