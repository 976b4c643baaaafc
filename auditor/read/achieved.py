"""An indicator table's achieved value and the same activity stated in the text.

A 自评表 row ``困难残疾人生活补贴发放人数 | ≥3000人 | 3,418人`` and a sentence
``全年为3,481名困难残疾人发放生活补贴`` state one quantity twice. The row names the
activity, the sentence describes it; they are paired only when the pairing is
unambiguous: the clause holding the number covers the words of the activity (its name
without the counting word), states the same kind of unit, names no other year and no
target, and every such clause in the report gives one value. Anything less and the
reading abstains.

The counting and target words are data (``cues/achieved.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import pairwise

from auditor.model import Document, Paragraph
from auditor.read.activities import Measure as Counted
from auditor.read.activities import adds_the_named_act, counted_after, measure_of
from auditor.read.figures import Figure, cue
from auditor.read.scoring.sheets import ScoreSheet, indicator_targets
from auditor.read.scoring.targets import Measure
from auditor.read.slips import MIN_DIGITS, Slip, content_words, digits, slip
from auditor.read.wording import patterns
from auditor.text.numbers import scan
from auditor.text.units import kind_of, same_dimension

_CLAUSE_BREAKS = "，,。；;！？!?：:"
_MIN_PAIRS = Decimal("0.6")
"""Share of the activity's character pairs the clause must hold (word order may differ:
``生活补贴发放`` is written ``发放生活补贴``)."""
_MIN_CHARS = Decimal("0.9")
"""Share of the activity's characters the clause must hold."""
_NEAR_CHARS = Decimal("0.8")
"""… or this share, when the two values are also a typing slip of each other (two
adjacent digits swapped, two significant digits enough): ``全区86家重点排污单位…联网`` and
``重点排污单位在线监控联网 | 68家`` — the words nearly cover it and the digits tell."""
_ADDITIONS = frozenset({Counted.INCREMENT, Counted.ACCUMULATED})
"""Measures of a text figure that count additions (``新增…``, ``累计新增…``)."""
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BARE_DIGITS = MIN_DIGITS + 1
"""Significant digits a bare cell with no unit anywhere and its text count must have for
the slip alone to pair them (``136``/``163`` of a row with no unit is left alone)."""


def _cue(key: str) -> re.Pattern[str]:
    found = patterns("achieved", key)
    if len(found) == 1:
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


@dataclass(frozen=True, slots=True)
class ActivityPair:
    """An indicator row's achieved value and the text figure stating the same activity."""

    indicator: str
    activity: str
    """The indicator's name without its counting word (what the text must describe)."""
    actual: Measure
    text_figure: Figure
    clause: str
    """The clause of the text figure (evidence)."""
    restated: tuple[Figure, ...] = ()
    """Other text places giving the same value (the text agrees with itself there)."""


_PHYSICAL_KINDS = frozenset({"area", "length", "mass", "volume"})
"""Units of physical measure: a figure in them names its activity with fewer words."""


def _bigrams(text: str) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _part_before_total(text: str, fig: Figure, figures: Sequence[Figure]) -> bool:
    """Whether a figure listed after 其中 is followed, in its sentence, by their total.

    ``其中配合基本建设…3,412,600平方米，主动性考古调查…452,600平方米，合计勘探面积
    3,865,200平方米``: each part's clause may name the activity, the total states it.
    """
    end = next((i for i in range(fig.amount.end, len(text)) if text[i] in "。！？"), len(text))
    if "其中" not in text[fig.sentence_start : fig.amount.start]:
        return False
    return any(
        f.block == fig.block
        and fig.amount.end < f.amount.start < end
        and same_dimension(f.unit, fig.unit)
        and _cue("total_after_parts").search(text[fig.amount.end : f.amount.start]) is not None
        for f in figures
    )


_AWARD_VERBS = frozenset({"计", "得", "扣", "评", "打"})


def _points(text: str, fig: Figure) -> bool:
    """Whether a score figure gives points: awarded (``得8分``) or a heading's (``…（8分）：``).

    An indicator counted in 分 (``综合考评得分 | 92.6分``) is stated by its value
    (``我区得分92.6分``), never by the points the sheet gives it.
    """
    if fig.kind != "score":
        return False
    if _ACTUAL_NEXT.match(text, fig.amount.end):
        return True  # ``市容环境综合考评得分7分，实际92.6分``: the points, then the value
    return fig.verb in _AWARD_VERBS or _POINTS_HEADING.match(text, fig.amount.end) is not None


_ACTUAL_NEXT = _cue("actual_next")
"""The value stated right after (``…得分7分，实际92.6分``): the figure before is points."""


_POINTS_HEADING = cue("facts", "points_heading")


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a “…” quote.

    A slogan or name (``“发现一户、改造一户”``) is no account of what was done.
    """
    return text.count("“", 0, pos) > text.count("”", 0, pos)


def _covers(
    clause: str, activity: str, wanted: set[str], chars_share: Decimal = _MIN_CHARS
) -> bool:
    """Whether a clause holds the activity's words (in any order of its parts)."""
    pairs = Decimal(len(wanted & _bigrams(clause))) / len(wanted)
    chars = set(_HAN.findall(activity))
    held = Decimal(len(chars & set(_HAN.findall(clause)))) / len(chars)
    return pairs >= _MIN_PAIRS and held >= chars_share


def _swapped(fig: Figure, actual: Measure, least: int = MIN_DIGITS) -> bool:
    """Whether the text value and the cell's are two adjacent digits swapped.

    ``least`` significant digits on both sides (:data:`~.slips.MIN_DIGITS` unless the
    words also nearly cover the indicator).
    """
    a = digits(fig, fig.unit, least=least)
    b = digits(
        replace(fig, amount=replace(fig.amount, value=actual.value)), actual.unit, least=least
    )
    return a is not None and b is not None and slip(a, b) == Slip.TRANSPOSED


def _clause(text: str, start: int, end: int) -> str:
    left = max(text.rfind(ch, 0, start) for ch in _CLAUSE_BREAKS) + 1
    rights = [i for i in (text.find(ch, end) for ch in _CLAUSE_BREAKS) if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def _counted_part(text: str, start: int, end: int) -> str:
    """The part of a figure's clause that its number counts.

    ``完成9个乡镇总体规划报批和一批村庄规划编制``: the clause joins two objects, the
    second counted with no number (``一批``, cue ``indefinite_count``), so 9 counts only
    the part it stands in (``完成9个乡镇总体规划报批``). A clause whose other parts
    hold no such count is the figure's whole (``为120名残疾人和家属发放补贴``).
    """
    left = max(text.rfind(ch, 0, start) for ch in _CLAUSE_BREAKS) + 1
    clause = _clause(text, start, end)
    at, until = start - left, end - left
    items = _own_item(clause, at, until)
    if items is not None:
        return items
    cuts = [m.start() for m in _cue("joiner").finditer(clause)]
    bounds = [0, *cuts, len(clause)]
    parts = list(pairwise(bounds))
    own = next((p for p in parts if p[0] <= at < p[1]), None)
    if own is None or own[1] < until:
        return clause
    indefinite = _cue("indefinite_count")
    if not any(indefinite.search(clause[a:b]) for a, b in parts if (a, b) != own):
        return clause
    return clause[own[0] : own[1]]


def _own_item(clause: str, at: int, until: int) -> str | None:
    """The figure's own item of a 、 list whose every item states its own number.

    ``河道疏浚48.6公里、泵站更新改造18座、圩堤加固26.4公里``: 48.6 counts 河道疏浚 only.
    """
    bounds = [0, *(i + 1 for i, ch in enumerate(clause) if ch == "、"), len(clause) + 1]
    items = [(a, b - 1) for a, b in pairwise(bounds)]
    if len(items) < 2 or not all(_names_object(clause[a:b]) for a, b in items):
        # ``分别为480万亩、560万亩``: values of others named before; ``312处、面积82,614
        # 平方米``: two measures of one object
        return None
    if _cue("parts_lead").search(clause):
        return None  # ``其中城区线路9条、城乡线路29条``: parts of a whole the row may count
    own = next(((a, b) for a, b in items if a <= at and until <= b), None)
    return clause[own[0] : own[1]] if own is not None else None


def _names_object(item: str) -> bool:
    """Whether a list item names its own object before its number (``渠道衬砌18.5公里``).

    A measure word alone (``面积82,614平方米``) names a measure of the item before.
    """
    head = re.split(r"\d", item, maxsplit=1)[0]
    head = _cue("measure_words").sub("", re.sub(r"[^\u4e00-\u9fff]", "", head))
    return len(head) >= 2


def activity_pairs(
    doc: Document,
    sheets: Sequence[ScoreSheet],
    figures: Sequence[Figure],
    report_year: int | None,
    planned: Collection[Figure] = (),
) -> list[ActivityPair]:
    """Each table indicator whose achieved value the text states once, unambiguously.

    ``planned`` holds the text figures read as targets or plans (under ``年度绩效目标``,
    after ``（一）产出目标。``, ``不少于…``): what was aimed at, never the result stated.
    """
    text_figures = [
        f
        for f in figures
        if f.cell is None
        and not f.threshold
        and f not in planned
        and isinstance(block := doc.blocks[f.block], Paragraph)
        and not _quoted(block.text, f.amount.start)
    ]
    out: list[ActivityPair] = []
    for sheet in sheets:
        if sheet.table is None:
            continue
        for indicator, row in indicator_targets(doc, sheet):
            actual = row.actual
            bare = actual is not None and not actual.unit
            if actual is not None and not actual.unit:
                number = actual.location.table or sheet.table
                unit = _bare_unit(row.target, _header(doc, number, actual), indicator.name)
                actual = replace(actual, unit=unit or "")
            if actual is None or actual.op:
                continue
            if actual.unit == "%":
                rate = _stated_rate(doc, text_figures, actual, indicator.name, report_year)
                if rate is not None:
                    out.append(ActivityPair(indicator.name, indicator.name, actual, *rate))
                continue
            activity = _cue("measure_words").sub("", indicator.name.strip())
            wanted = _bigrams(activity)
            if len(wanted) < (2 if kind_of(actual.unit) in _PHYSICAL_KINDS else 3):
                # ``新造林面积 | 1.26万亩``: an area, length or mass is rarer in the text
                # than a count, so a shorter name (``新造林``) is enough to find it.
                continue
            if bare and not actual.unit:
                # no unit read for a bare cell: only a text figure whose digits are the
                # cell's with two adjacent swapped states it (the slip is the evidence)
                actual = _unit_by_slip(doc, text_figures, actual, indicator.name, activity)
                if actual is None:
                    continue
            found = _stated(doc, text_figures, actual, indicator.name, activity, report_year)
            if found is not None:
                (fig, clause), restated = found
                out.append(ActivityPair(indicator.name, activity, actual, fig, clause, restated))
    return out


def _stated_rate(
    doc: Document,
    figures: Sequence[Figure],
    actual: Measure,
    name: str,
    report_year: int | None,
) -> tuple[Figure, str] | None:
    """The one text percentage labelled with the indicator's own rate name, else None.

    ``| 路灯亮灯率 | ≥95% | 97.8% |`` and ``城区路灯亮灯率97.6%``: only a rate name
    (cue ``rate_name``; not a survey's 满意度, cue ``rate_not_compared``) that the text
    figure's own label ends with, in a clause that states no target, bound or other
    year; every such figure must give one value (else the reading abstains).
    """
    name = name.strip()
    if not _cue("rate_name").search(name) or _cue("rate_not_compared").search(name):
        return None
    hits: list[tuple[Figure, str]] = []
    for fig in figures:
        if fig.unit != "%" or not fig.label.endswith(name):
            continue
        block = doc.blocks[fig.block]
        assert isinstance(block, Paragraph)
        clause = _clause(block.text, fig.amount.start, fig.amount.end)
        if not _achieved_this_year(block.text, fig, clause, report_year):
            continue
        hits.append((fig, clause))
    if not hits or len({h[0].value for h in hits}) != 1:
        return None
    fig = hits[0][0]
    places = min(fig.amount.decimals, _decimals(actual.text))
    step = Decimal(1).scaleb(-places)
    if abs(fig.value - actual.value) <= step / 2:
        return None  # ``97.56%`` and ``97.6%``: one rate at two roundings
    return hits[0]


def _decimals(text: str) -> int:
    """Decimal places written in a cell's number (``97.60%`` → 2)."""
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def _unit_by_slip(
    doc: Document,
    figures: Sequence[Figure],
    actual: Measure,
    indicator: str,
    activity: str,
) -> Measure | None:
    """A bare achieved cell given the unit of the one text count stating it with a slip.

    ``无偿献血采集量 | ≥50000 | 52,386`` (no unit anywhere in the row) and
    ``全年采集无偿献血52,836人次``: the clause covers the activity and its value is the
    cell's with two adjacent digits swapped, so the cell counts in 人次. Every covering
    count must agree on the unit and the value; else None (the reading abstains).
    """
    wanted = _bigrams(activity)
    units: set[str] = set()
    values: set[Decimal] = set()
    for fig in figures:
        if fig.kind != "count" or fig.unit is None:
            continue
        block = doc.blocks[fig.block]
        assert isinstance(block, Paragraph)
        if _covers(_counted_part(block.text, fig.amount.start, fig.amount.end), activity, wanted):
            units.add(fig.unit)
            values.add(fig.value)
    if len(units) != 1 or len(values) != 1:
        return None
    value = values.pop()
    a, b = (_plain_digits(v) for v in (value, actual.value))
    if a is None or b is None or slip(a, b) != Slip.TRANSPOSED:
        return None
    return replace(actual, unit=units.pop())


def _plain_digits(value: Decimal) -> str | None:
    """A whole value's digits (:data:`_BARE_DIGITS` significant or more), else None."""
    if value <= 0 or value != value.to_integral_value():
        return None
    text = str(int(value))
    return text if len(text.rstrip("0")) >= _BARE_DIGITS else None


def _header(doc: Document, number: int, value: Measure) -> str:
    """The header text of the column a value of table ``number`` stands in, or ``""``."""
    table = next((t for t in doc.tables if t.number == number), None)
    col = value.location.col
    if table is None or col is None:
        return ""
    rows = table.grid[: max(1, table.header_rows)]
    return "".join(dict.fromkeys(row[col - 1].text for row in rows if col - 1 < len(row)))


def _bare_unit(target: Measure | None, header: str, name: str) -> str | None:
    """The unit of a bare achieved value (``2417``), or None (the reading abstains).

    Its row's target's unit, else the one its column header names (``实际完成值（场）``),
    else the one the indicator's counting word gives (``…起数`` → 起).
    """
    if target is not None and target.unit and target.unit != "%":
        return target.unit
    for pattern in patterns("achieved", "header_unit"):
        m = pattern.search(header)
        if m:
            return m.group("unit")
    for pattern in patterns("achieved", "counting_word_unit"):
        m = pattern.search(name.strip())
        if m:
            return m.group("unit")
    return None


def _stated(
    doc: Document,
    figures: Sequence[Figure],
    actual: Measure,
    indicator: str,
    activity: str,
    report_year: int | None,
) -> tuple[tuple[Figure, str], tuple[Figure, ...]] | None:
    """The one text figure (or several agreeing) that states the activity, else None.

    With it, the other places (other blocks) that state the same value.
    """
    wanted = _bigrams(activity)
    counted = measure_of(indicator)
    if counted == Counted.UNSTATED:
        counted = measure_of(re.split(r"\d", actual.text, maxsplit=1)[0])  # ``累计1,936户``
    hits: list[tuple[Figure, str]] = []
    slipped: list[tuple[Figure, str]] = []
    named = False
    for fig in figures:
        if not same_dimension(fig.unit, actual.unit):
            continue
        block = doc.blocks[fig.block]
        assert isinstance(block, Paragraph)
        if _points(block.text, fig):
            continue  # ``综合考评得分（8分）：…得8分``: the row's points, not its value
        clause = _clause(block.text, fig.amount.start, fig.amount.end)
        counted_part = _counted_part(block.text, fig.amount.start, fig.amount.end)
        covered = _covers(counted_part, activity, wanted)
        if (
            not covered
            and not _slip_of(fig, actual, clause, activity)
            and not (
                _covers(counted_part, activity, wanted, _NEAR_CHARS)
                and _swapped(fig, actual, least=2)
            )
        ):
            continue
        left = max(block.text.rfind(ch, 0, fig.amount.start) for ch in _CLAUSE_BREAKS) + 1
        if _cue("per_unit_before").search(block.text[left : fig.amount.start]):
            continue  # ``每村每月放映1场``: a standard per village and month, not the count
        counted_noun = counted_after(doc, fig)
        if len(counted_noun) >= 2 and not _bigrams(counted_noun) & _bigrams(indicator):
            # ``…整治效果核查、3处人工湿地运行维护以及8个国考断面的加密监测``: 8 counts
            # 国考断面, which the indicator does not name.
            continue
        if _part_before_total(block.text, fig, figures):
            # ``其中…A 452,600平方米，合计…3,865,200平方米``: a part of the total (looked for
            # only among the clauses that name the activity, not for every figure)
            continue
        named = named or covered
        said = measure_of(block.text[left : fig.amount.start])
        if said == Counted.INCREMENT and adds_the_named_act(
            block.text[left : fig.amount.start], indicator
        ):
            said = counted  # ``新认定…126家`` states ``…认定家数``: each act of the year is new
        if said != counted and (Counted.UNSTATED not in (counted, said) or said in _ADDITIONS):
            # ``新增建档农户412户`` is not the stock ``累计建档农户 | 1,936户``; an addition
            # is not what an indicator counts unless it says it counts additions too
            continue
        if not _achieved_this_year(block.text, fig, clause, report_year):
            continue
        (hits if covered else slipped).append((fig, clause))
    if not named and len({h[0].base_value for h in slipped}) == 1:
        # The one text count whose digits are the cell's, two swapped; not when a clause
        # that names the activity states it otherwise (read another way, or another year's).
        hits = slipped
    if not hits or len({h[0].base_value for h in hits}) != 1:
        return None  # not stated, or stated with values that disagree among themselves
    first = hits[0][0]
    others = tuple(dict.fromkeys(f for f, _ in hits[1:] if f.block != first.block))
    return hits[0], others


def _slip_of(fig: Figure, actual: Measure, clause: str, activity: str) -> bool:
    """Whether a text count not covering the activity's words still states it.

    ``完成机动车检测245.3万辆次`` and ``检测站机动车检测量 | 254.3万辆次``: the clause
    names only part of the indicator, but the two values are a typing slip of each
    other (two adjacent digits swapped, :data:`MIN_DIGITS` significant digits or more,
    compared in the base unit) and the clause shares a word that is not generic with
    the indicator (:func:`~.slips.content_words`).
    """
    if not content_words(activity) & content_words(clause):
        return False
    return _swapped(fig, actual)


def _achieved_this_year(text: str, fig: Figure, clause: str, report_year: int | None) -> bool:
    """Whether a text figure states the result achieved in the evaluated year.

    Not a plan or target (``not_achieved``, or a clause of a list of targets opened
    earlier in its sentence), and its sentence names no other year than as the base of
    a comparison (``较2024年的2,958人增加168人``).
    """
    if _cue("not_achieved").search(clause):
        return False
    if cue("activities", "target_list").search(text[fig.sentence_start : fig.amount.start]):
        return False  # ``年度目标为：…；向1,850户…发放``: every clause of the list is a target
    # A year in another ``；`` clause of the sentence (``…顺延至2025年上半年；完成危桥改造
    # 18座``) dates that clause, not this figure.
    start = max(fig.sentence_start, *(text.rfind(ch, 0, fig.amount.start) + 1 for ch in "；;"))
    sentence = text[start : fig.amount.end + 40]
    years = {
        y.year
        for y in scan(sentence).years
        if y.range_end is None and not _cue("comparison_base_year").search(sentence[: y.start])
    }  # ``较2024年的2,958人增加168人``: the base compared with, not the figure's year
    return not years or years == {report_year}
