"""Rates stated beside their operands in words, without a formula.

``设备共有128台（套），年末完好124台（套），设备完好率96.88%`` and ``完成农村公路养护
286.5公里，完成年度目标260公里的110.19%`` state a quotient of two figures written just
before it without writing the division. Which two figures, the words do not always say;
this module reads, for each percentage named as a rate (``…率``, ``…度``, ``…的R%``),
every pair of figures of one dimension (``台``/``台``, ``万头``/``万头``, ``万元``/``元``)
in its sentence or the sentence before, both ways round (its *readings*), and among them
the *candidates*: a part over a whole its label names (``共有``, ``应…``, ``预算``,
``目标``, ``有效``; ``cues/implied_rates.yaml``). :func:`implied_slip` says when the
figures are evidence enough: one candidate gives a rate the written one is a telling
typing slip of, and no reading gives the written rate or any other slip of it;
:func:`implied_miss` when the rate is off by more than a slip from its only reading.

Candidates are also a part named by the rate's own word over another figure (合格 for
合格率, 办结 for 办结率), and a pair the words fix (the *worded* rates): the whole inside
``占A的``/``为A的``, a whole before ``中，``, a division written without its result
(``计分段37.80/40.00，得分率…``; in a table, :func:`cell_divisions`). Pairs of amounts of
money are kept only when the words fix them or the part's label names what the rate
measures and the whole's is a budget or an income, one project on both sides
(:func:`_money_pair_named`). :func:`by_its_words` says which rule reports a rate: its
own words give the pair (AR005), or the figures' labels do (AR003).

Nothing is read for a percentage whose clause states a change (``增长``, ``同比``) or a
bound, a hedged percentage (``约95%``), in a sentence that writes a formula (``=``, read
by :mod:`.formulas`), or from hedged figures (``约``, ``余``, ``左右``). A percentage
stated after another one in the window takes only the figures after that one: those
before belong to the first rate.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from auditor.model import Location, Table
from auditor.read.figures import cue
from auditor.read.figures import quote as make_quote
from auditor.read.slips import MIN_DIGITS, Slip, slip
from auditor.read.wording import keys, patterns, words
from auditor.text.numbers import Amount, parse_decimal, scan
from auditor.text.units import UNITS, same_dimension, to_base


@dataclass(frozen=True, slots=True)
class Operand:
    """A figure read as a possible operand of a rate stated beside it."""

    amount: Amount
    measure: str
    """Its unit, or the measure word after it when the number reader knows none (``头``)."""
    quote: str
    label: str = ""
    """The words before it in its clause (``年末完好``, ``完成年度目标``)."""
    location: Location | None = None
    """Where it was read, when not where the rate was (a table row's division cell)."""
    tail: str = ""
    """The words after it up to its clause's end (``61名结业``: ``结业``)."""
    worded_whole: bool = False
    """Whether the rate's own words make it the whole: it stands inside a ``占A的`` /
    ``为A的`` / ``完成A的`` name, or right before ``中`` (``排查的412处中，…``)."""
    among: bool = False
    """Whether it is a whole by the ``中`` after it only (``排查的412处中``), not inside the
    rate's own name: its part must then name what the rate measures."""

    @property
    def whole(self) -> bool:
        """Whether its label names a whole a rate is taken over (``设备共有``, ``应免``)."""
        (whole_re,) = patterns("implied_rates", "whole_label")
        (done_re,) = patterns("implied_rates", "done_part_label")
        # ``已纳入发放1,236人`` after ``应享受…1,248人``: what was done is the part
        return bool(whole_re.search(self.label)) and not done_re.search(self.label)

    @property
    def handled(self) -> bool:
        """Whether its label names what was handled, a rate's whole (``抽检``, ``受理``)."""
        (handled_re,) = patterns("implied_rates", "handled_label")
        return bool(handled_re.search(self.label))

    @property
    def shown(self) -> str:
        """The figure as written, for messages (``286.5公里``, ``12.16万头``)."""
        return self.amount.raw if self.amount.unit is not None else self.amount.raw + self.measure

    @property
    def base_value(self) -> Decimal:
        """The value in its dimension's base unit (元 for 万元), to divide by another's."""
        return to_base(self.amount.value, self.amount.unit)

    @property
    def half_unit(self) -> Decimal:
        """Half a unit of its last written digit, in the base unit (``12.14万`` → 50).

        A whole number written without a 万 (``238个``) is exact: zero.
        """
        written = parse_decimal(self.amount.number_text)
        if not written:
            return Decimal(0)
        scale = abs(self.amount.value / written)
        if self.amount.decimals == 0 and scale == 1:
            return Decimal(0)
        half = Decimal(5).scaleb(-self.amount.decimals - 1) * scale
        return to_base(half, self.amount.unit)


@dataclass(frozen=True, slots=True)
class ImpliedRate:
    """A percentage named as a rate, and the figures beside it that may be its operands."""

    name: str
    """The words that name it (``设备完好率``, ``完成年度目标260公里的``)."""
    stated: Amount
    block: int
    location: Location
    quote: str
    pairs: tuple[tuple[Operand, Operand], ...]
    """Candidate (numerator, denominator) pairs: the denominator labelled as a whole
    (``共有``, ``应…``, ``预算``, ``目标``, ``有效``), the numerator not."""
    readings: tuple[tuple[Operand, Operand], ...] = ()
    """Every pair of figures of one measure, both ways round: any of them that gives the
    written rate, or a slip of it, is a reading the rate may come from."""
    worded: bool = False
    """Whether its words fix the pair (``占A的``, ``A中B``): its one candidate is then
    the whole they name over the nearest figure of its measure on the other side."""

    @property
    def percent(self) -> Decimal:
        """The written rate in percent (``96.88``)."""
        return self.stated.value


def implied_rates(text: str, block: int, location: Location) -> list[ImpliedRate]:
    """Percentages of ``text`` named as rates, each with its candidate operand pairs."""
    (end_re,) = patterns("implied_rates", "sentence_end")
    ends = [m.end() for m in end_re.finditer(text)]
    amounts = list(scan(text, stated_targets=True).amounts)
    out: list[ImpliedRate] = []
    for i, rate in enumerate(amounts):
        if rate.unit != "%" or rate.value <= 0 or _hedged(text, rate):
            continue
        starts = [0, *(e for e in ends if e <= rate.start)]
        sentence_start = starts[-1]
        window_start = starts[-2] if len(starts) > 1 else 0
        if re.search("[=＝≈]", text[sentence_start : rate.start]):
            continue  # a formula: read by :mod:`.formulas`
        named = _rate_name(text, sentence_start, rate)
        if named is None:
            continue
        name, name_start = named
        before = [a for a in amounts[:i] if a.start >= window_start and a.end <= rate.start]
        percents = [j for j, a in enumerate(before) if a.unit == "%"]
        if percents:
            before = before[percents[-1] + 1 :]  # figures before another rate are that rate's
        operands = [
            o
            for k, a in enumerate(before)
            if (o := _operand(text, a, before[k - 1].end if k else window_start, name_start, name))
            is not None
        ]
        if not any(a.start >= sentence_start for a in before):
            after = _after(text, amounts[i + 1 :], rate, ends)
            operands += [
                o
                for k, a in enumerate(after)
                if (o := _operand(text, a, after[k - 1].end if k else rate.end, len(text), ""))
                is not None
            ]
        readings = tuple(
            (a, b)
            for a, b in itertools.permutations(operands, 2)
            if _same_measure(a, b) and a.shown != b.shown
        )
        division = _written_division(text, before, sentence_start)
        if division is not None:
            operands = list(division)
            readings = (division, (division[1], division[0]))
        worded = (
            (division,)
            if division is not None
            else _worded_pairs(operands, name, rate.value)
            or _complement_pair(operands, name)
            or _of_which_pair(operands, name)
        )
        if worded and worded[0][1] not in operands:
            readings = (*readings, worded[0])  # the whole its parts make: a reading too
        pairs = worded or tuple(
            (a, b)
            for a, b in readings
            if (b.whole and not a.whole) or (_names(a, name) and not _names(b, name))
        )
        pairs = tuple(p for p in pairs if _money_pair_named(p, name, bool(worded)))
        if not pairs:
            continue
        first = min(o.amount.start for o in operands)
        last = max(rate.end, *(o.amount.end for o in operands))
        out.append(
            ImpliedRate(
                name=name,
                stated=rate,
                block=block,
                location=location,
                quote=make_quote(text, min(first, name_start), last, before=0, after=0),
                pairs=pairs,
                readings=readings,
                worded=bool(worded),
            )
        )
    return out


def _after(text: str, later: list[Amount], rate: Amount, ends: list[int]) -> list[Amount]:
    """The figures after a rate that opens its sentence, up to the sentence's end.

    ``群众满意度96.8%，发放问卷1,250份，满意1,198份``: a rate stated first and its
    operands after it in the same sentence. None when another percentage follows in the
    sentence (the figures between may be that one's), or when the rest of the sentence
    states a change (``较上年提高…``).
    """
    end = min((e for e in ends if e > rate.end), default=len(text))
    after = [a for a in later if a.end <= end]
    if any(a.unit == "%" for a in after):
        return []
    rest = text[rate.end : end]
    if any(p.search(rest) for p in patterns("implied_rates", "not_a_quotient")):
        return []
    return after


def cell_divisions(table: Table) -> list[ImpliedRate]:
    """Rates written in a table row beside a division cell without its result.

    ``| 产出 | 41.60/45.00 | 93.44% |``: the row's one cell that holds a division of two
    numbers (``cues/implied_rates.yaml``, ``division_cell``) is the pair of its one
    percentage to the right, whose column header names a rate (``得分率``). Rows with two
    such cells or two percentages, tables without a header, and two whole numbers the
    first above the second (``2024/12``, a date) read nothing.
    """
    if not table.header_rows:
        return []
    (division_re,) = patterns("implied_rates", "division_cell")
    (percent_re,) = patterns("implied_rates", "percent_cell")
    (header_re,) = patterns("implied_rates", "rate_header")
    out: list[ImpliedRate] = []
    for r in range(table.header_rows, table.n_rows):
        cells = [c for c in table.grid[r] if c.row == r]
        cells = [c for i, c in enumerate(cells) if c not in cells[:i]]
        divisions = [c for c in cells if division_re.fullmatch(c.text.strip())]
        if len(divisions) != 1:
            continue
        (division,) = divisions
        rates = [c for c in cells if c.col > division.col and percent_re.fullmatch(c.text.strip())]
        if len(rates) != 1:
            continue
        (cell,) = rates
        header = "".join(table.grid[h][cell.col].text for h in range(table.header_rows)).strip()
        if not header_re.search(header):
            continue
        numbers = list(scan(division.text).amounts)
        stated = list(scan(cell.text).amounts)
        if len(numbers) != 2 or len(stated) != 1 or stated[0].unit != "%":
            continue
        a, b = numbers
        if a.unit is not None or b.unit is not None or a.value <= 0 or b.value <= 0:
            continue
        if a.decimals == 0 and b.decimals == 0 and a.value > b.value:
            continue  # ``2024/12``: a date, not a part over its whole
        shown = division.text.strip()
        num = Operand(a, "", shown, location=division.location)
        den = Operand(b, "", shown, location=division.location, worded_whole=True)
        out.append(
            ImpliedRate(
                name=header,
                stated=stated[0],
                block=table.index,
                location=cell.location,
                quote=f"{shown} | {cell.text.strip()}",
                pairs=((num, den),),
                readings=((num, den), (den, num)),
                worded=True,
            )
        )
    return out


def _written_division(
    text: str, before: list[Amount], sentence_start: int
) -> tuple[Operand, Operand] | None:
    """The one division written in the rate's sentence without its result (``41.60/45.00``).

    ``产出指标计分段41.60/45.00，得分率93.44%``: the written division is the rate's pair,
    whatever the figures' units (scores written bare). Two bare numbers joined by ``/``
    or ``÷`` (``cues/implied_rates.yaml``), one of them with decimals (a date
    ``2024/12/31`` is none).
    """
    (division_re,) = patterns("implied_rates", "written_division")
    found: list[tuple[Operand, Operand]] = []
    for a, b in itertools.pairwise(before):
        if a.start < sentence_start or a.unit is not None or b.unit is not None:
            continue
        if not division_re.fullmatch(text[a.end : b.start]):
            continue
        if a.decimals == 0 and b.decimals == 0:
            continue
        if a.value <= 0 or b.value <= 0:
            continue
        num = Operand(a, "", make_quote(text, a.start, b.end), text[sentence_start : a.start])
        den = Operand(b, "", make_quote(text, a.start, b.end), "", worded_whole=True)
        found.append((num, den))
    return found[0] if len(found) == 1 else None


def rate_stem(name: str) -> str:
    """The word a rate's name measures (``设备完好率`` → ``完好``), or "" for ``…的``."""
    if not name.endswith(("率", "度")):
        return ""
    return name[-3:-1]


def by_its_words(rate: ImpliedRate, pair: tuple[Operand, Operand]) -> bool:
    """Whether the rate's own words give the pair, not the figures' labels.

    They do when they fix it (``占参训3,150人的``, ``A中B``, a division written without
    its result) or when the rate names its part over what was handled (抽检 … 合格 …
    合格率, 受理 … 办结 … 办结率). Such a rate is stated against its own numerator and
    denominator (AR005). A part over a whole its label names a whole or a plan (共有,
    应…, 目标, 预算), and every pair of amounts of money, is an unwritten formula
    (AR003).
    """
    part, whole = pair
    if part.amount.kind == "money" or whole.whole:
        return False
    return rate.worded or _names(part, rate.name)


def _names(operand: Operand, name: str) -> bool:
    """Whether the operand's words name what the rate measures (``合格`` for 合格率).

    Before it (``合格632批次``) or after it in its clause (``其中61名结业``).
    """
    stem = rate_stem(name)
    if len(stem) != 2:
        return False
    if stem in operand.label or stem in operand.tail:
        return True
    key = f"stem_named_{stem}"  # 结案率 over what was 审结 (the stem in other words)
    return key in keys("implied_rates") and any(
        p.search(operand.label) or p.search(operand.tail) for p in patterns("implied_rates", key)
    )


def _worded_pairs(
    operands: list[Operand], name: str, stated: Decimal
) -> tuple[tuple[Operand, Operand], ...]:
    """The one pair the rate's words fix, or none.

    A whole named in ``占A的`` (or ``为A的``, ``完成A的``) is over the nearest figure of
    its measure before it; a whole followed by ``中`` over the nearest one after it, when
    that part names what the rate measures (``412处中，已整改405处，整改率``): ``十项指标
    中有九项达到目标，预算执行率…`` counts indicators, not the rate's operands. A bare
    rate word naming no subject of its own (``86所学校中79所完成建设，覆盖率…``) is the
    sentence's, over that pair, when their quotient is within :data:`MISS_POINTS` of it.
    """
    wholes = [o for o in operands if o.worded_whole]
    if len(wholes) != 1:
        return ()
    (whole,) = wholes
    at = operands.index(whole)
    before = [o for o in reversed(operands[:at]) if _same_measure(o, whole)]
    after = [o for o in operands[at + 1 :] if _same_measure(o, whole)]
    part = before[0] if before and not after else after[0] if after and not before else None
    if part is None or part.shown == whole.shown:
        return ()
    if whole.among and not _names(part, name):
        bare = len(name) == len(rate_stem(name)) + 1
        if not bare or abs(rate_of((part, whole)) - stated) > MISS_POINTS:
            return ()
    return ((part, whole),)


_SUB_ITEM = cue("tables", "sub_item")
"""A part opened by 其中 (``…12,480人，其中规范管理9,265人``)."""


def _of_which_pair(operands: list[Operand], name: str) -> tuple[tuple[Operand, Operand], ...]:
    """A ``其中`` part naming what the rate measures over the figure it is a part of.

    ``纳入管理的高血压患者12,480人，其中规范管理9,265人，规范管理率…``: the 其中 makes
    the second figure a part of the first, and its own words (not those after it) name
    the rate's measure, not the rate itself.
    None unless exactly one such pair stands in the rate's window.
    """
    found = [
        (part, whole)
        for whole, part in itertools.pairwise(operands)
        if _SUB_ITEM.match(label := part.label.strip("，,、；; "))
        and _same_measure(part, whole)
        and _names(replace(part, tail=""), name)
        and name not in label  # ``其中执法检查完成率10分``: the rate's own points
        and part.amount.value < whole.amount.value
    ]
    return (found[0],) if len(found) == 1 else ()


def _complement_pair(operands: list[Operand], name: str) -> tuple[tuple[Operand, Operand], ...]:
    """A part over itself plus its complement stated right after it, or none.

    ``合格1,259批次、不合格27批次，合格率97.09%``: the rate's word names the first figure,
    the second is the same word negated (不/未/非), so the whole is their sum (1,286).
    """
    (negated,) = patterns("implied_rates", "complement_label")
    for a, b in itertools.pairwise(operands):
        m = negated.match(b.label.strip("，,、；; "))
        if (
            m is None
            or not _same_measure(a, b)
            or not _names(a, name)
            or not a.label.endswith(m.group("word"))
        ):
            continue
        value = a.amount.value + b.amount.value
        grouped = "," in a.amount.raw or "," in b.amount.raw
        number = f"{value:,}" if grouped else f"{value}"  # ``1,286``: 1,259 + 27
        raw = a.amount.raw.replace(a.amount.number_text, number, 1)
        total = replace(a.amount, value=value, raw=raw, start=a.amount.start, end=b.amount.end)
        whole = replace(a, amount=total, label="合计", quote=b.quote, tail="", worded_whole=True)
        return ((a, whole),)
    return ()


def _money_pair_named(pair: tuple[Operand, Operand], name: str, worded: bool) -> bool:
    """Whether a pair of amounts of money is sure to be the rate's operands.

    A budget and an outturn are stated everywhere; a pair is kept only when the rate's
    words fix it (``占本年收入…的``), or the part's label names what the rate measures
    (执行率 over 实际支出, 结余率 over 结余, ``cues/implied_rates.yaml``), the whole's a
    budget, a plan or an income, and neither names another project or fund than the
    other. Pairs of other measures are kept as they are.
    """
    part, whole = pair
    if part.amount.kind != "money":
        return True
    if worded:
        return True
    stem = rate_stem(name)
    if stem not in words("implied_rates", "money_rate_stems"):
        return False
    (part_re,) = patterns("implied_rates", f"money_part_{stem}")
    (whole_re,) = patterns("implied_rates", "money_whole_label")
    (not_whole_re,) = patterns("implied_rates", "money_whole_not")
    if not part_re.search(part.label) or not whole_re.search(whole.label):
        return False
    if not_whole_re.search(whole.label):
        return False
    (subject_re,) = patterns("implied_rates", "subject")
    subjects = [_subject(subject_re, o.label) for o in pair]
    return not subjects[0] or subjects[0] == subjects[1]


def _subject(subject_re: re.Pattern[str], label: str) -> str:
    """The label's words up to its last project or fund word (``乙项目实际支出`` → ``乙项目``)."""
    hits = list(subject_re.finditer(label))
    return label[: hits[-1].end()] if hits else ""


CLAUSE_BREAK = re.compile(r"[，、]|,(?!\d{3})")
"""A clause break: a comma that is no thousands separator (``3,175.34``), or ``、``."""


def _rate_name(text: str, sentence_start: int, rate: Amount) -> tuple[str, int] | None:
    """The words naming the percentage a rate and where they start, or None."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, rate.start)]
    clause_start = max([sentence_start, *breaks[-1:]])
    clause = text[clause_start : rate.start]
    for pattern in patterns("implied_rates", "not_a_quotient"):
        if pattern.search(clause):
            return None
    for pattern in patterns("implied_rates", "rate_name"):
        m = pattern.search(clause)
        if m is not None:
            return m.group("name"), clause_start + m.start("name")
    return None


def _hedged(text: str, amount: Amount) -> bool:
    """Whether the figure is written as approximate or a bound (约95%, 1.2万余人)."""
    if any(ch in amount.raw for ch in "余多"):
        return True
    (before,) = patterns("implied_rates", "hedge_before")
    (after,) = patterns("implied_rates", "hedge_after")
    return bool(
        before.search(text[max(0, amount.start - 4) : amount.start])
        or after.search(text[amount.end : amount.end + 3])
    )


def _operand(text: str, amount: Amount, floor: int, name_start: int, name: str) -> Operand | None:
    """The figure as an operand: positive, not hedged, with a unit or a measure word.

    Its label is the text before it back to the clause start (or the figure before it,
    at ``floor``). It is a worded whole when it stands inside the rate's ``…的`` name
    (``占参训3,150人的``) or right before ``中`` (``cues/implied_rates.yaml``).
    """
    if amount.value <= 0 or _hedged(text, amount):
        return None
    if amount.unit is not None:
        if amount.unit not in UNITS:
            return None
        measure = amount.unit
    else:
        (not_measure,) = patterns("implied_rates", "not_a_measure")
        after = text[amount.end : amount.end + 1]
        if not re.fullmatch(r"[\u4e00-\u9fff]", after) or not_measure.fullmatch(after):
            return None  # a bare number may be a code, a rank or a year
        measure = after
    clause_start = max(floor, *(text.rfind(ch, 0, amount.start) + 1 for ch in "，,、；;。"))
    label = text[clause_start : amount.start]
    (change_re,) = patterns("implied_rates", "change_label")
    if change_re.search(label):
        return None  # ``较上年的212件增加9件``: the change, not a count of the rate
    (inside_re,) = patterns("implied_rates", "whole_name")
    (among_re,) = patterns("implied_rates", "whole_among")
    inside = amount.start >= name_start and bool(inside_re.match(name))
    among = bool(among_re.match(text[amount.end :]))
    worded = inside or among
    quote = make_quote(text, amount.start, amount.end)
    ends = [m.start() for m in CLAUSE_BREAK.finditer(text, amount.end)]
    tail = text[amount.end + (0 if amount.unit is not None else 1) : ends[0] if ends else None]
    tail = re.split(r"\d", tail, maxsplit=1)[0]  # up to the next figure (the rate itself)
    return Operand(
        amount, measure, quote, label, tail=tail, worded_whole=worded, among=among and not inside
    )


def _same_measure(a: Operand, b: Operand) -> bool:
    if a.amount.unit is None or b.amount.unit is None:
        return a.amount.unit is None and b.amount.unit is None and a.measure == b.measure
    return a.amount.unit == b.amount.unit or same_dimension(a.amount.unit, b.amount.unit)


HUNDRED = Decimal(100)

ImpliedSlip = tuple[tuple[Operand, Operand], Decimal, Slip]
"""The pair read as the rate's operands, the rate they give (percent) and the slip."""


def rate_of(pair: tuple[Operand, Operand]) -> Decimal:
    """The pair's quotient in percent (numerator over denominator)."""
    num, den = pair
    return num.base_value / den.base_value * HUNDRED


def gives(rate: ImpliedRate, pair: tuple[Operand, Operand]) -> bool:
    """Whether the pair gives the written rate, rounded or truncated to its places.

    One unit of the rate's last place, widened by what the operands' own rounding moves
    the quotient (``12.14万`` may be 12.135万 … 12.145万).
    """
    num, den = pair
    computed = rate_of(pair)
    spread = abs(computed) * (num.half_unit / num.base_value + den.half_unit / den.base_value)
    unit = Decimal(1).scaleb(-rate.stated.decimals)
    return abs(computed - rate.percent) <= unit + spread + Decimal("1e-9")


def gives_as_padded(rate: ImpliedRate, pair: tuple[Operand, Operand]) -> bool:
    """Whether the pair gives the written rate, its trailing zeros read as padding.

    ``满意及基本满意450份 … 收回482份``: 93.36 % is 93.4 %, written ``93.40%``. Such a
    reading is the rate's as much as one giving it to every written place.
    """
    if gives(rate, pair):
        return True
    places = rate.stated.decimals
    digits = rate.stated.raw.rstrip("%％").strip()
    while places > 0 and digits.endswith("0"):
        places, digits = places - 1, digits[:-1]
    if places == rate.stated.decimals:
        return False
    unit = Decimal(1).scaleb(-places)
    return abs(rate_of(pair) - rate.percent) <= unit / 2 + Decimal("1e-9")


def _excused(rate: ImpliedRate, pair: tuple[Operand, Operand], written: str) -> bool:
    """Whether the pair gives the written rate, and not only by its operands' rounding.

    ``4.60万立方米`` and ``3.95万立方米`` give 85.87 %; their rounding allows 85.66–86.08 %,
    but a written ``85.78%`` is the quotient's own digits with two swapped: a slip, not
    a rounding the figures happen to allow.
    """
    if not gives_as_padded(rate, pair):
        return False
    computed = rate_of(pair)
    shown = [digits_at(computed, rate.stated.decimals, r) for r in (ROUND_HALF_UP, ROUND_DOWN)]
    return not any(telling_slip(d, written) is Slip.TRANSPOSED for d in shown)


def implied_slip(rate: ImpliedRate) -> ImpliedSlip | None:
    """The one pair whose rate the written rate is a typing slip of, or None.

    The pair is a candidate (a part over a whole its label names) whose rate the
    written one is a telling slip of (:func:`telling_slip`). None (abstain) when any
    pair of figures, candidate or not, gives the written rate, when the written rate has
    fewer than :data:`~.slips.MIN_DIGITS` significant digits (``96%``, ``100%``), when no
    candidate is such a slip, or when any second pair is a slip of any kind; a written
    rate's trailing zeros may be padding (:func:`gives_as_padded`).
    """
    written = digits_at(rate.stated.value, rate.stated.decimals)
    if len(written.rstrip("0")) < MIN_DIGITS:
        return None
    if any(_excused(rate, pair, written) for pair in rate.readings):
        return None
    found: list[ImpliedSlip] = []
    near = 0
    for pair in rate.readings:
        computed = rate_of(pair)
        shown = [digits_at(computed, rate.stated.decimals, r) for r in (ROUND_HALF_UP, ROUND_DOWN)]
        if not any(slip(d, written) for d in shown):
            continue
        near += 1  # any slip of any pair, telling or not, is a reading the rate may come from
        kinds = {k for d in shown if (k := telling_slip(d, written)) is not None}
        if kinds and pair in rate.pairs:
            kind = Slip.TRANSPOSED if Slip.TRANSPOSED in kinds else Slip.DIGIT
            found.append((pair, computed, kind))
    return found[0] if len(found) == 1 and near == 1 else None


MISS_POINTS = Decimal(10)
"""How far (percentage points) a rate may be from its one reading's quotient for the
pair still to be read as its operands when the words do not fix them."""


@dataclass(frozen=True, slots=True)
class ImpliedMiss:
    """A rate its one reading does not give, by more than a typing slip or rounding."""

    pair: tuple[Operand, Operand]
    computed: Decimal
    """The rate the pair gives, in percent."""
    worded: bool
    """Whether the rate's words fix the pair (``占A的``, ``A中B``): sure of its operands."""


def implied_miss(rate: ImpliedRate) -> ImpliedMiss | None:
    """The one pair of operands whose rate the written one is not, or None.

    The pair must be the only reading: exactly two figures of its measure. A rate the
    words fix to them (``取得证书2,730人，占参训3,150人的…``) is theirs; otherwise the
    part must be labelled by what the rate measures (``办结`` for 办结率), the whole
    as a whole (受理, 共有, 应…), and the written rate be within :data:`MISS_POINTS` of
    theirs. A completion rate over a plan whose part is labelled by what was done
    (:func:`plan_fixed`) is fixed by its words too, within the same points.
    None (abstain) when the written rate has fewer than three significant digits
    (``96%``, ``100%``), when any reading gives it, when another reading gives a slip
    of it, when the pair is not the one candidate, or when a pair the words do not fix
    gives more than 100 % for a rate written at most 100 %.
    """
    written = digits_at(rate.stated.value, rate.stated.decimals)
    if len(written.rstrip("0")) < MIN_DIGITS or len(rate.pairs) != 1:
        return None
    if any(gives_as_padded(rate, pair) for pair in rate.readings):
        return None
    for pair in rate.readings:
        if pair == rate.pairs[0]:
            continue  # its own rate may be a slip (96 against 69) of no telling kind
        computed = rate_of(pair)
        shown = [digits_at(computed, rate.stated.decimals, r) for r in (ROUND_HALF_UP, ROUND_DOWN)]
        if any(slip(d, written) for d in shown):
            return None
    (pair,) = rate.pairs
    computed = rate_of(pair)
    part, whole = pair
    if len([p for p in rate.readings if _same_measure(p[0], part)]) != 2:
        return None  # another figure of its unit: the pair is not the only reading
    if rate.worded:
        return ImpliedMiss(pair, computed, worded=True)
    if computed > HUNDRED >= rate.percent:
        # ``发放问卷300份，回收有效问卷291份，满意度95.2%``: a "part" larger than its
        # whole names no part of it; the rate is of something the text does not state.
        return None
    if plan_fixed(rate, pair):
        if abs(computed - rate.percent) > MISS_POINTS:
            return None
        return ImpliedMiss(pair, computed, worded=True)
    money = part.amount.kind == "money"  # its labels are read by _money_pair_named
    named = not money and _names(part, rate.name)
    if not (money or (named and (whole.whole or whole.handled))):
        return None
    if abs(computed - rate.percent) > MISS_POINTS:
        return None
    # ``受理2,186件，办结2,164件，办结率…``: what was handled and the rate's own outcome
    # are the rate's definition, as sure as words that fix the pair
    return ImpliedMiss(pair, computed, worded=named and whole.handled and not whole.whole)


def plan_fixed(rate: ImpliedRate, pair: tuple[Operand, Operand]) -> bool:
    """Whether a completion rate's words fix the pair: a plan as the whole, a done part.

    ``新建渠道衬砌18.6公里，年度计划20公里，完成率95.30%``: 完成率 over 计划, the part
    labelled by what was done (新建, 完成, 改造 …; ``cues/implied_rates.yaml``).
    """
    if rate_stem(rate.name) not in words("implied_rates", "completion_stems"):
        return False
    part, whole = pair
    (plan_re,) = patterns("implied_rates", "plan_label")
    (done_re,) = patterns("implied_rates", "done_label")
    if plan_re.search(part.label) or not plan_re.search(whole.label):
        return False
    return bool(done_re.search(part.label))


def telling_slip(computed: str, written: str) -> Slip | None:
    """A slip that chance rarely makes, or None.

    Never in the first digit (96 against 36 is no typing slip of a rate), and one
    changed digit only with two digits after it that agree (96.26 against 98.26; a
    last-place difference, 96.26 against 96.29, is a near rate of slightly other
    figures, not evidence).
    """
    kind = slip(computed, written)
    if kind is None:
        return None
    first = next(i for i, (a, b) in enumerate(zip(computed, written, strict=True)) if a != b)
    if first == 0:
        return None
    if kind == Slip.DIGIT and len(written) - 1 - first < 2:
        return None
    return kind


def digits_at(value: Decimal, decimals: int, rounding: str = ROUND_HALF_UP) -> str:
    """The value's digits at ``decimals`` places, without the point (``96.26`` → ``9626``)."""
    text = str(value.quantize(Decimal(1).scaleb(-decimals), rounding=rounding))
    return text.replace(".", "").lstrip("0") or "0"
