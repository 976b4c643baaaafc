"""The score-sheet model: indicators, stated totals and grades, the sheet they add up in.

Also the cue lookups and the cell-number reading the sheet readers share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from auditor.model import Location
from auditor.read.formulas import Formula
from auditor.read.scoring.rules import DEDUCTION_STEP, GradeBand, ScoringRule
from auditor.read.wording import patterns

HUNDRED_POINTS = Decimal(100)


def table_cue(key: str) -> re.Pattern[str]:
    """Score-sheet wording from ``cues/tables.yaml`` (the table part of the readers)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns("tables", key)))


def cue(key: str) -> re.Pattern[str]:
    """The patterns under ``key`` in ``cues/scores.yaml``, or-ed into one."""
    found = patterns("scores", key)
    if len(found) == 1:
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


def rule_cue() -> re.Pattern[str]:
    """Words that mark a sentence as (part of) a scoring rule.

    ``rule_cue`` of ``cues/scores.yaml`` (评分标准, 扣完为止, ≥ …) or a per-step
    deduction in any of the words ``cues/scoring_rules.yaml`` lists (``每低1个百分点``,
    ``每少``, ``每下降``): the readers of rules and of sentences that are no rule share
    one list.
    """
    return re.compile(f"(?:{cue('rule_cue').pattern})|(?:{DEDUCTION_STEP.pattern})")


def cell_number(text: str) -> str:
    """The first number of a cell's text, thousands separators dropped."""
    m = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
    return m.group(0) if m else text


@dataclass(frozen=True, slots=True)
class RowRatio:
    """A rate written in a table row over the row's own numerator and denominator cells.

    ``年度资金总额 | 全年预算数 520 | 全年执行数 468 | 执行率 95%``: 468 / 520.
    """

    numerator: Decimal
    numerator_name: str
    denominator: Decimal
    denominator_name: str
    quote: str
    """The row's cells the ratio was read from."""
    scored_only: bool = False
    """A 完成率 cell over the row's count and its count target, read for a table-wide
    pro-rata method (methods.py): the score's finding (SC003) states the recomputed
    rate; no separate rate finding (one defect, one finding)."""


@dataclass(frozen=True, slots=True)
class Indicator:
    """One scored item: its maximum, the score awarded and how it was reached."""

    name: str
    maximum: Decimal
    awarded: Decimal | None
    awarded_quote: str
    awarded_location: Location | None
    location: Location
    rule: ScoringRule | None
    rule_quote: str
    rate: Decimal | None
    """The rate the report computes, in percent (96.83 for 96.83%)."""
    rate_quote: str
    rate_location: Location | None
    formula: Formula | None
    section: int | None
    group: str = ""
    """First-level indicator name in a table sheet (``实施评价``)."""
    rate_decimals: int = 2
    """Decimal places of the written rate (``9.53%`` → 2)."""
    blocks: tuple[int, int] = (0, 0)
    """Block range of the indicator's text (title block first)."""
    group_maximum: Decimal | None = None
    row_ratio: RowRatio | None = None
    """The row's own operands of its rate (a funds table's 执行数 / 预算数)."""
    rule_location: Location | None = None
    """Where the rule was read when it is not the indicator's own text (a note under
    the table stating one method for every row)."""
    rule_shared: bool = False
    """The rule is a method stated once for many rows (a note, a caption, a header
    cell, ``其他指标…``), not one stated for this indicator by name: a rule the
    report states for the indicator itself (its prose section) replaces it."""
    path: tuple[str, ...] = ()
    """A table row's labels left of its name (一级, 二级指标), for methods stated for a
    group of indicators (``产出指标完成目标得满分…``)."""
    grade: str = ""
    """The row's letter grade (``B``) when its rate is the share of points the sheet
    states for that grade (letter_grades.py), else ``""``."""
    also_read_as_rate: Location | None = None
    """The cell first read as the row's rate when its 完成率 cell replaced it as the
    rate a table-wide pro-rata method multiplies (``实际完成值 | 87.4%``): still the
    indicator's own value, not a table rate cell to check apart (methods.py)."""
    deducted: Decimal | None = None
    """Points the row says it lost: its ``扣分`` cell, else the one ``扣N分`` its reason
    cell states (``原计划12期，实际办10期，扣2分``). A deduction, never the score."""
    deducted_quote: str = ""
    deducted_location: Location | None = None
    clause: tuple[int, int | None] | None = None
    """Where a narrative indicator's text starts and stops in its first paragraph when
    that paragraph scores several indicators in turn (``…得5分。B（8分）：…``): its
    target and actual are read there only, not from the next clause."""


@dataclass(frozen=True, slots=True)
class StatedValue:
    """A stated total or grade and where it was read."""

    value: str
    location: Location
    quote: str
    block: int
    of_table: bool = False
    """A total whose clause names one table (``附表1各指标得分合计55.5分``): that table's
    sum, the report's total unless the table is one piece of a sheet (pieces.py)."""


@dataclass(frozen=True, slots=True)
class Subtotal:
    """A group's 小计 row in a score table and the indicator rows it sums."""

    maximum: Decimal | None
    awarded: Decimal
    location: Location
    quote: str
    items: tuple[Indicator, ...]
    head: Indicator | None = None
    """The class row itself when it stands above its items (``决策 | | | 20 | 19``),
    read as their subtotal on top; None for a 小计 row under them."""


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Indicators that add up to one stated total."""

    kind: str
    """``narrative`` (indicator sections) or ``table``."""
    title: str
    indicators: tuple[Indicator, ...]
    totals: tuple[StatedValue, ...]
    grades: tuple[StatedValue, ...]
    bands: tuple[GradeBand, ...]
    bands_quote: str
    stated_maximum: Decimal | None
    location: Location
    table: int | None = None
    partial: bool = False
    """Maxima short of the full score, with points scored in another table that do not
    complete them: part of a sheet whose other part cannot be told, so its sums are
    not checked."""
    subtotals: tuple[Subtotal, ...] = ()
    """小计 rows of a table sheet, each with the rows of its group."""
    joined: tuple[int, ...] = ()
    """Other tables whose scored rows complete this sheet (the 10号 form's funds table)."""
    group: str = ""
    """The first-level group (``产出``) a table scoring that group only is (groups.py): its
    maxima make up the group's maximum, its 合计 is the group's sum (a subtotal)."""
    group_maximum: Decimal | None = None
    """The group's maximum as the report states it elsewhere, when it does."""
    pieces: tuple[int, ...] = ()
    """Further tables of a sheet printed in pieces (``表3`` then ``表4``, pieces.py): their
    rows are this sheet's, the first piece is ``table``."""
    bonuses: tuple[StatedValue, ...] = ()
    """Bonus rows of a table sheet (``加分项 | — | 1.0``): points on top of the
    indicators' sum, so the total is that sum plus these."""
    scorer: str = ""
    """Whose scores these are when a table has one score column per scorer
    (``部门自评得分 | 主管部门审核得分``): ``review`` for a reviewer's column; empty for
    the report's own (self-evaluation) scores."""
    subject: str = ""
    """What the sheet scores (subjects.py): a project's name for a 项目支出绩效自评表,
    ``部门整体`` for the department's own sheet, ``""`` when the report does not say."""

    @property
    def bonus(self) -> Decimal:
        """The bonus points the total adds to the indicators' sum (0 without bonus rows)."""
        return sum((Decimal(b.value) for b in self.bonuses), Decimal(0))

    @property
    def table_numbers(self) -> tuple[int, ...]:
        """The tables the sheet's rows are read from (a joined funds table aside)."""
        return (*(() if self.table is None else (self.table,)), *self.pieces)
