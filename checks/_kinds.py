"""Reusable kinds of check: sums against totals, values against values, with tolerance.

Most arithmetic and consistency rules are one of a few shapes. Putting the shape here
keeps each rule a few lines and keeps tolerance and message wording the same
everywhere (proselint's ``existence``/``consistency`` kinds, for numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from auditor.findings import Evidence, Issue, Severity
from auditor.read.figures import Figure
from auditor.text.numbers import Amount
from auditor.text.units import convert, same_dimension, to_base
from checks._transposed import transposed_hint

PARTS_SHOWN = 10
"""Parts listed by value in a sum's finding; more are counted (``12 个分项``)."""


def fmt(value: Decimal, decimals: int = 2, grouped: bool = False) -> str:
    """A Decimal written with ``decimals`` places (no exponent, no float artefacts).

    ``grouped`` adds thousands separators, for amounts shown beside figures the report
    writes as ``13,382,330.00``.
    """
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    text = format(value.quantize(quantum, rounding=ROUND_HALF_UP), ",f" if grouped else "f")
    return "0" if text in ("-0", "-0.0", "-0.00") else text


def hedge_width(fig: Figure, unit: str | None) -> Decimal:
    """How far a hedged figure (约/近/逾/左右/余/多) may lie from its written value, in ``unit``.

    ``约3,416万元`` is 3,415.5–3,416.5 (half its last written place); ``3,410余万元`` is up
    to a whole place above it. An unhedged figure, or one written exactly in a 万 unit
    (``12.6万亩``), widens nothing.
    """
    if not fig.amount.approximate or fig.amount.scaled or fig.value == 0:
        return Decimal(0)
    written = Decimal(fig.amount.number_text.replace(",", "").lstrip("+-") or "0")
    if written == 0:
        return Decimal(0)
    place = Decimal(1).scaleb(-fig.amount.decimals)
    one_sided = any(w in fig.amount.raw for w in ("余", "多"))
    width = place if one_sided else place / 2
    return abs(width * in_unit(fig, unit) / written)


def fmt_auto(value: Decimal) -> str:
    """A Decimal without trailing zeros (``2.62``, ``96``)."""
    text = format(value.normalize(), "f")
    return text


def evidence(fig: Figure, role: str = "") -> Evidence:
    """Evidence for a figure: its location, quote and the value as written."""
    return Evidence(fig.location, fig.quote, fig.amount.number_text, role)


def in_unit(fig: Figure, unit: str | None) -> Decimal:
    """A figure's value expressed in ``unit`` (same dimension)."""
    if fig.unit == unit or unit is None or fig.unit is None:
        return fig.value
    return convert(fig.value, fig.unit, unit)


def precision(figs: Sequence[Figure], unit: str | None) -> int:
    """Decimal places the writer worked to: the most precise figure in ``unit``."""
    decimals = [f.amount.decimals for f in figs if f.unit == unit or f.unit is None]
    return max(decimals, default=0)


def sum_check(
    total: Figure,
    parts: Sequence[Figure],
    *,
    message: str,
    roles: tuple[str, str] = ("合计", "分项"),
    exact_only: bool = False,
    key: tuple[object, ...] = (),
    joint_quote: str | None = None,
    as_written: bool = False,
) -> Issue | None:
    """Compare a total with the sum of its parts, tolerating rounding of each figure.

    Args:
        total: The stated total.
        parts: The parts said to make it up (units may differ: 元 and 万元).
        message: Chinese lead-in naming what is compared (``表中合计数``).
        roles: Evidence roles for the total and the parts.
        exact_only: Report only when parts exceed the total (incomplete lists).
        key: Merge key so identical breakdowns stated twice become one finding.
        joint_quote: One quote holding the total and all parts (one sentence), used
            as the single piece of evidence instead of one quote per figure.
        as_written: Each figure may be off by half a unit of its own last written
            place (parts in 万元 to two decimals beside a total in 元 to the fen, stated
            in separate places: AR006).


    Returns:
        None when the sum matches; an Issue (error, or warning for a difference
        within rounding) otherwise.
    """
    unit = total.unit
    if any(
        not same_dimension(p.unit, unit) and p.unit is not None and unit is not None for p in parts
    ):
        return None
    stated = total.value
    computed = sum((in_unit(p, unit) for p in parts), Decimal(0))
    diff = stated - computed
    if diff == 0:
        return None
    if abs(diff) <= sum((hedge_width(f, unit) for f in (total, *parts)), Decimal(0)):
        return None  # ``约3,416万元`` is 3,415.5–3,416.5: a sum within it agrees
    coarse_total = finer_parts(total, parts)
    quantum = Decimal(1).scaleb(-total.amount.decimals)
    if coarse_total and stated in (
        computed.quantize(quantum, rounding=ROUND_HALF_UP),
        computed.quantize(quantum, rounding=ROUND_DOWN),
    ):
        return None  # ``2.43亿元`` beside parts in 万元 to the fen: their sum, rounded or cut
    if coarser_parts(total, parts) and abs(diff) * (
        to_base(Decimal(1), unit) if unit else Decimal(1)
    ) < sum((half_unit_base(f) for f in (total, *parts)), Decimal(0)):
        # ``应安排资金17,523,480.00元，其中中央补助1,226.64万元、省级350.47万元、县级
        # 175.23万元``: parts to the hundred 元 cannot add to the fen; a sum within their
        # own rounding agrees.
        return None
    if exact_only and diff > 0:
        return None
    decimals = precision([total, *parts], unit)
    # Whole numbers (headcounts, points, 元 amounts) are exact: no rounding to forgive.
    tolerance = (
        Decimal(len(parts) + 1) * Decimal(1).scaleb(-decimals) / 2 if decimals else Decimal(0)
    )
    # Parts written in a coarser unit (``2,471.90万元`` beside a total in 元 to the fen)
    # carry their own rounding: half a unit of their last written place each.
    factor = to_base(Decimal(1), unit) if unit else Decimal(1)
    own = sum((half_unit_base(f) for f in (total, *parts)), Decimal(0)) / (factor or 1)
    if as_written and factor:
        tolerance = max(tolerance, own)
    # Each written figure is off its true value by less than half a unit of its last
    # place, so rounding alone leaves the sum short of the whole tolerance: a difference
    # of exactly the tolerance (12.6 against 6.8 + 3.1 + 2.9) is a wrong figure.
    if coarse_total:
        tolerance = own  # finer parts leave only each figure's own last place to forgive
    rounding = abs(diff) < tolerance
    unit_text = f" {unit}" if unit and unit != "%" else (unit or "")
    grouped = "," in total.amount.number_text
    parts_text = (
        " + ".join(p.shown for p in parts) if len(parts) <= PARTS_SHOWN else f"{len(parts)} 个分项"
    )
    listing = f"（{parts_text}）" if len(parts) > 1 else f"（仅 1 项：{parts_text}）"
    if rounding:
        text = (
            f"{message}{total.shown}，分项之和为 {fmt(computed, decimals, grouped)}{unit_text}{listing}，"
            f"相差 {fmt(abs(diff), decimals)}{unit_text}，在各数四舍五入的误差范围内（±{fmt(tolerance, decimals + 1)}{unit_text}），"
            "仅为舍入差异"
        )
    else:
        relation = "少" if diff > 0 else "多"
        text = (
            f"{message}{total.shown}，分项之和为 {fmt(computed, decimals, grouped)}{unit_text}{listing}，"
            f"比合计{relation} {fmt(abs(diff), decimals, grouped)}{unit_text}"
            + transposed_hint(total, parts, [in_unit(p, unit) for p in parts], stated, computed)
        )
    return Issue(
        message=text,
        evidence=(
            (
                Evidence(
                    total.location, joint_quote, total.amount.number_text, f"{roles[0]}与{roles[1]}"
                ),
            )
            if joint_quote
            else (evidence(total, roles[0]), *(evidence(p, roles[1]) for p in parts))
        ),
        expected=fmt(computed, decimals),
        found=total.amount.number_text,
        severity=Severity.WARNING if rounding else None,
        key=key or ("sum", total.value, unit, tuple(sorted(in_unit(p, unit) for p in parts))),
    )


def differs_beyond_rounding(a: Figure, b: Figure) -> bool:
    """Whether two figures of one quantity disagree by more than rounding explains.

    ``3,608.24`` and ``3608.24`` agree; ``5.4 万元`` and ``54000 元`` agree; approximate
    figures (``320 余户``) agree with any value in their range.
    """
    if not same_dimension(a.unit, b.unit) and a.unit is not None and b.unit is not None:
        return False
    va, vb = a.base_value, b.base_value
    if va == vb:
        return False
    if a.amount.approximate or b.amount.approximate:
        return not ranges_overlap(a, b)
    ha, hb = half_unit_base(a), half_unit_base(b)
    return abs(va - vb) > ha + hb


def finer_parts(total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether every part is written to a finer place than the total.

    ``2.43亿元`` beside parts of ``3,906.20万元`` and ``20,412.42万元`` restates their sum,
    2.431862 亿元, to two places: it agrees when the sum rounds to it. Parts written to
    the total's own place (``2,159.16`` against ``1,360.52 + 798.63``) are not finer.
    """

    def place(fig: Figure) -> Decimal:
        return abs(to_base(Decimal(1).scaleb(-fig.amount.decimals), fig.unit))

    return (
        bool(parts)
        and total.unit is not None
        and all(p.unit is not None and place(p) < place(total) for p in parts)
    )


def coarser_parts(total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether every part is written in another unit to a coarser place than the total.

    Parts in 万元 to two decimals (100 元) beside a total in 元 to the fen: the total
    is exact, the parts are rounded, their sum is the total only to their own places.
    """

    def place(fig: Figure) -> Decimal:
        return abs(to_base(Decimal(1).scaleb(-fig.amount.decimals), fig.unit))

    return (
        bool(parts)
        and total.unit is not None
        and all(
            p.unit is not None
            and p.unit != total.unit
            and p.amount.decimals > 0
            and place(p) > place(total)
            for p in parts
        )
    )


def half_unit_base(fig: Figure) -> Decimal:
    """Half a unit of the figure's last written place, in the base unit (0 for an integer)."""
    # An integer written in 万元 next to decimals elsewhere is an exact figure.
    if fig.amount.decimals == 0:
        return Decimal(0)
    return abs(
        fig.base_value - _scaled(fig, fig.value + Decimal(1).scaleb(-fig.amount.decimals) / 2)
    )


def _scaled(fig: Figure, value: Decimal) -> Decimal:
    return to_base(value, fig.unit)


def approx_range(fig: Figure) -> tuple[Decimal, Decimal]:
    """The range an approximate figure allows (``320余`` → 320–330, ``1万余`` → 1–2 万).

    A count written in 万 or 亿 with no hedge word (``9.47万人次``) is the exact count
    rounded or cut to its last written place: ``94,712`` and ``94,680`` are both it
    (9.465–9.48 万), ``94,620`` is not.
    """
    v = fig.base_value
    if not fig.amount.approximate:
        return v, v
    written = Decimal(fig.amount.number_text.replace(",", "").lstrip("+-") or "0")
    if written == 0 or fig.value == 0:
        return v, v
    if fig.amount.decimals:
        step_written = Decimal(1).scaleb(-fig.amount.decimals)
    else:
        digits = str(int(written))
        step_written = Decimal(10) ** (len(digits) - len(digits.rstrip("0")))
    step = step_written * (fig.value / written) * (fig.base_value / fig.value)
    if "左右" in fig.amount.raw or "约" in fig.quote or "近" in fig.quote:
        return v - step, v + step
    if fig.amount.rounded_by_scale:
        return v - step / 2, v + step
    return v, v + step


def scale_range(amount: Amount, unit: str | None) -> tuple[Decimal, Decimal] | None:
    """What a count written in 万 or 亿 with no hedge stands for (base unit), else None.

    ``9.47万人次`` is 94,650–94,800 人次: the exact count rounded or cut to the last
    written place (an indicator cell read apart from any figure, as IC007 reads one).
    """
    if not amount.rounded_by_scale or amount.value == 0:
        return None
    written = Decimal(amount.number_text.replace(",", "").lstrip("+-") or "0")
    if written == 0:
        return None
    base = to_base(amount.value, unit)
    step = Decimal(1).scaleb(-amount.decimals) * (base / written)
    return base - step / 2, base + step


def ranges_overlap(a: Figure, b: Figure) -> bool:
    """Whether two (possibly approximate) figures can describe the same quantity."""
    lo_a, hi_a = approx_range(a)
    lo_b, hi_b = approx_range(b)
    return lo_a <= hi_b and lo_b <= hi_a


PART_SHARE = Decimal("0.5")
"""A value under this share of another value of one quantity is most likely another subject's."""


def shifted(value: Decimal, whole: Decimal) -> bool:
    """Whether ``value`` is ``whole`` with its decimal point moved.

    ``531.24`` for ``5,312.40`` is a slip in restating the total, not a part of it.
    """
    return value > 0 and any(value * Decimal(10) ** k == whole for k in range(1, 9))


def far_apart(a: Decimal, b: Decimal) -> bool:
    """Two values of "one" quantity too far apart to be one figure mistyped.

    A clerk's slip changes a digit, swaps two, drops a decimal point or copies last
    year's figure: it rarely halves a value. ``46.73`` beside ``33,046.38`` (or 31 盏
    beside 2,480 盏) is another subject's figure (a project's, a sub-unit's, another
    activity's) read as the same quantity: the reading is doubtful, not the report.
    """
    low, high = sorted((a, b))
    return 0 < low < PART_SHARE * high and not shifted(low, high)
