"""Activity figures: counts and payments named by what was done (``摸排出租房屋住户230余户``).

A figure that names no known concept but an activity of the department is read here once,
with its label cleaned of leading words (``全年``, ``共``, ``2024年``) and trailing generic
nouns (``…进校园活动`` is ``…进校园``), and the qualifiers
its clause gives it:

* basis: whether the clause states a target or a plan (``计划新建15个``, ``绩效目标为：…``,
  ``完成6次（计划）``) rather than a result, or the figure stands in a section of plans
  (``下一步工作计划``, ``2025年工作思路``) or a sentence dated to a later year
  (``2025年，建成…12个``, ``下一年度…``);
* measure: whether it counts what was added this year (``新增停车泊位420个``) or a stock
  reached (``累计建成…1,126处``, ``停车泊位总数达到6,300个``, ``现有…``);
* year: a year other than the evaluated one stated in the clause (``2023年培训农民960人次``
  in a 2024 report, ``较上年…``), or a span of several years (``“十四五”以来…``, ``近三年…``);
* scope: whose work it counts, read from the sentence up to the figure, the nearest stated
  scope first: the whole department (``全局…``), its own level (``本级…``), its units
  (``所属3个中心…``) or one part (``其中第二大队…``).

The IC rules compare activities; they never read the text themselves.
Wording: ``auditor/read/data/cues/activities.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from auditor.model import Document, Paragraph, Table
from auditor.read.facts import FactSheet
from auditor.read.figures import Figure, cue
from auditor.read.lexicon import clean_label
from auditor.read.qualifiers import Scope
from auditor.read.target_places import checked_after, target_place
from auditor.read.wording import words
from auditor.text.normalise import clause_start
from auditor.text.numbers import scan
from auditor.text.units import to_base

ACTIVITY_KINDS = ("count", "money", "length", "area", "mass", "volume")
"""Kinds of figure an activity is counted or paid in."""
SCOPE_LOOKBACK = 80
"""Characters before a count searched for the scope or span its sentence states."""
MIN_BARE_LABEL = 4
"""Characters a label must keep once its trailing generic noun is dropped."""
CLAUSE_MARKS = "，,；;：:"
"""Marks that end the clause a target word must stand in."""
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


class Measure(StrEnum):
    """What an activity figure counts: this year's addition, a stock, or unstated."""

    UNSTATED = "unstated"
    INCREMENT = "increment"
    """新增 / 新建: what was added (``新增停车泊位420个``)."""
    STOCK = "stock"
    """累计 / 总数 / 现有 / 达到: the stock reached (``停车泊位总数达到6,300个``)."""
    ACCUMULATED = "accumulated"
    """累计新增 with no year word: additions summed over more than the evaluated year
    (``累计新增建档农户412户``): neither the year's addition nor the stock."""


@dataclass(frozen=True, slots=True)
class Activity:
    """A text figure that names an activity, not a concept of the lexicon."""

    label: str
    """The figure's label without leading words or a trailing ``活动``/``工作``
    (``摸排出租房屋住户``)."""
    figure: Figure
    planned: bool
    """The figure's clause states a target or a plan, not what was done."""
    measure: Measure = Measure.UNSTATED
    other_year: bool = False
    """The clause dates the figure to another year than the evaluated one (``2023年…``,
    ``较上年…``): not this year's account of the activity."""
    span: bool = False
    """The sentence counts it over several years (``“十四五”以来…``): not this year's."""
    scope: Scope = Scope.UNSTATED
    scope_words: str = ""
    """The words that state a part's scope (``所属``, ``其中``): two parts of different
    words are not one scope."""
    counted: str = ""
    """What the figure counts when it is named right after the unit (``火化6,281具遗体``:
    ``遗体``; ``接收1,560名小学生``: ``小学生``), or the subject its sentence opens with
    in a clause of its own (``农村特困人员，集中供养326人``), else ``""``."""


def read_activities(
    document: Document,
    figures: Iterable[Figure],
    facts: FactSheet,
    report_year: int | None = None,
    section_titles: Sequence[str] = (),
) -> Iterator[Activity]:
    """Every text figure of an activity kind that no fact claims, in document order.

    ``section_titles`` holds, per block, the titles of its sections (innermost first, one
    per line): a figure under a section of plans is a plan.
    """
    claimed = {f.figure for f in facts.facts}
    leading = cue("activities", "leading_words")
    for fig in figures:
        if fig.table_value or fig in claimed or fig.kind not in ACTIVITY_KINDS:
            continue
        sentence = _sentence_before(document, fig)
        scope, words = _scope(sentence)
        label = _without_led_actor(clean_label(fig.label))
        label = leading.sub("", cue("activities", "scope_leading").sub("", leading.sub("", label)))
        bare = cue("activities", "trailing_words").sub("", label)
        label = bare if len(bare) >= MIN_BARE_LABEL else label  # ``宣传活动`` stays whole
        label = _list_verb(document, fig) + label
        # ``65岁及以上老年人6,160人，接受健康管理4,210人``: members of the set just stated
        label = population_before(document, fig) + label
        before = _clause_before(document, fig)
        titles = section_titles[fig.block] if fig.block < len(section_titles) else ""
        yield Activity(
            label,
            fig,
            _states_target(document, fig)
            or _in_target_place(document, fig, titles)
            or _plan_section(titles, report_year)
            or _dated_later(document, fig, report_year)
            or _left_undone(document, fig),
            measure_of(before),
            _other_year(before, report_year) or _sentence_dated_else(sentence, report_year),
            cue("activities", "span_words").search(sentence) is not None,
            scope,
            words,
            counted_after(document, fig) or subject_before(document, fig),
        )


def _results_column(block: object, fig: Figure) -> bool:
    """Whether a table cell's column is headed as what was done (``实际完成情况``)."""
    headers = list(fig.column_path)
    if isinstance(block, Table) and fig.cell is not None and fig.cell[0] > 0:
        above = block.grid[fig.cell[0] - 1][fig.cell[1]].text.strip()
        if above and not re.search(r"\d", above):
            headers.append(above)
    return any(cue("activities", "plan_section_results").search(h) for h in headers)


def stated_aims(document: Document, block: int) -> tuple[Decimal, ...]:
    """The amounts (in base units) a paragraph's own words state as targets.

    ``全年培育高素质农民480人，完成年度目标600人的80.0%``: 600 is the target named in
    the account of the result, and ``超额完成2.5万亩的年度任务`` names 2.5 万亩 so.
    """
    paragraph = document.blocks[block]
    if not isinstance(paragraph, Paragraph):
        return ()
    text = paragraph.text
    return tuple(
        to_base(amount.value, amount.unit)
        for amount in scan(text, stated_targets=True).amounts
        if _named_target(text, clause_start(text, amount.start, "。！？"), amount.start, amount.end)
    )


def _left_undone(document: Document, fig: Figure) -> bool:
    """Whether the figure's list ends saying it was not done (``A有2处、B有7个未按期完成``).

    The number counts what is left of a target, not what was done: read as a target's.
    """
    block = document.blocks[fig.block]
    text = block.text if isinstance(block, Paragraph) else ""
    rest = re.split(
        r"[，,。；;：:]", text[fig.amount.end : fig.amount.end + _UNDONE_REACH], maxsplit=1
    )[0]
    return cue("activities", "left_undone").search(rest) is not None


_UNDONE_REACH = 60
"""How far after a figure its list's closing predicate is looked for."""


_LIST_LEAD = re.compile(r"^\s*(?:其中)?[:：]?\s*")


def _list_verb(document: Document, fig: Figure) -> str:
    """The support verb a 、 list's first item opens with, when ``fig`` is a later item.

    ``资助发明专利42件（每件3,000元）、实用新型专利280件``: the patents of the second item
    were funded too (资助), not all the county's; its label carries the verb so that it is
    not taken for the count of all of them. "" when the figure opens its clause or the
    list's first item names no such verb.
    """
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph):
        return ""
    text = block.text
    start = clause_start(text, fig.amount.start, "，；;。：:")  # not ``3,000``'s comma
    run = text[start : fig.amount.start]
    if "、" not in run:
        return ""
    first = _LIST_LEAD.sub("", run)
    verb = next((v for v in words("activities", "support_verbs") if first.startswith(v)), "")
    return "" if fig.label.startswith(verb) else verb


def _without_led_actor(label: str) -> str:
    """The label without the people the department leads to do the work.

    ``组织委员开展视察调研`` counts the department's 视察调研 (its own members do it at
    its call); others it leads (``组织青年志愿者开展…``) or a unit do a share of their own.
    """
    m = cue("activities", "led_actor_lead").match(label)
    if m is None or not cue("activities", "led_actor_own").match(m.group("actor")):
        return label
    return label[m.end() :]


def counted_after(document: Document, fig: Figure) -> str:
    """The object a text figure counts, named right after its unit (``6,281具遗体，``).

    Only the words up to the clause's end or a joining word (``均``, ``和``, ``的`` …:
    cue ``counted_object``); nothing when the figure is a table cell or no object follows.
    """
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph) or fig.cell is not None:
        return ""
    m = cue("activities", "counted_object").match(block.text, fig.amount.end)
    return m.group("object") if m else ""


def subject_before(document: Document, fig: Figure) -> str:
    """The subject a sentence opens with in a clause of its own (``农村特困人员，…326人``).

    Only a short opening clause of words alone (no number, cue ``opening_subject``), not
    an adverbial opening (``全年，``, ``通过…，``: cue ``opening_not_subject``).
    """
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph) or fig.cell is not None:
        return ""
    text = block.text
    start = clause_start(text, fig.amount.start, CLAUSE_MARKS)
    if start <= fig.sentence_start:
        return ""  # the figure stands in the sentence's first clause
    m = cue("activities", "opening_subject").match(text, fig.sentence_start, start)
    if m is None or cue("activities", "opening_not_subject").match(m.group("subject")):
        return ""
    return m.group("subject")


def population_before(document: Document, fig: Figure) -> str:
    """The set the clause right before states with its size, in the figure's unit.

    ``65岁及以上老年人6,160人，接受健康管理4,210人``: the figure counts members of that
    set, not anyone served. Only a clause of words and one count in the same unit (cue
    ``population_clause``).
    """
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph) or fig.cell is not None or not fig.unit:
        return ""
    text = block.text
    start = clause_start(text, fig.amount.start, "，；;。：:")
    if start <= fig.sentence_start or text[start - 1] != "，":
        return ""  # only a comma joins the set to its members (``；`` starts another account)
    before = clause_start(text, start - 1, "，；;。：:")
    m = cue("activities", "population_clause").fullmatch(
        text, max(before, fig.sentence_start), start - 1
    )
    if m is None or m.group("unit") != fig.unit:
        return ""
    return m.group("subject")


def _sentence_before(document: Document, fig: Figure) -> str:
    """The figure's sentence up to the figure, at most :data:`SCOPE_LOOKBACK` characters.

    The bound keeps the reading linear in a sentence that never ends (thousands of
    figures without a full stop): a scope or span is stated near the count it qualifies.
    """
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph):
        return clean_label(fig.label)
    start = max(fig.sentence_start, fig.amount.start - SCOPE_LOOKBACK)
    return block.text[start : fig.amount.start]


def _scope(sentence: str) -> tuple[Scope, str]:
    """The scope the sentence states nearest before the figure, and its words.

    A whole, own-level or units' scope holds to the sentence's end; ``其中`` only for its
    own clause (``查处案件86件，其中简易程序52件，开展检查1,260次``: 1,260 is no part).
    """
    found: list[tuple[int, Scope, str]] = []
    clause = _last_clause_mark(sentence)
    for key, scope in (
        ("scope_whole", Scope.TOTAL),
        ("scope_own", Scope.OWN_LEVEL),
        ("scope_subordinate", Scope.SUBORDINATE),
        ("scope_unit", Scope.UNIT),
    ):
        found += [
            (m.end(), scope, m.group(0))
            for m in cue("activities", key).finditer(sentence)
            if scope != Scope.UNIT or m.end() >= clause - 1
        ]
    found += _within_named(sentence, clause)
    if not found:
        return Scope.UNSTATED, ""
    _, scope, words = max(found, key=lambda f: f[0])
    return scope, words if scope in (Scope.SUBORDINATE, Scope.UNIT) else ""


_DIGIT_COMMA = re.compile(r"(?<=\d)[,，](?=\d{3})")


def _last_clause_mark(sentence: str) -> int:
    """Where the sentence's last clause mark stands, or -1.

    A thousands separator (``3,186件``) is no clause mark: ``其中民事案件3,186件、执行案件
    1,562件`` is one clause of parts, all of them under its ``其中``.
    """
    plain = _DIGIT_COMMA.sub("0", sentence)
    return max(plain.rfind(mark) for mark in CLAUSE_MARKS)


def _within_named(sentence: str, clause: int) -> list[tuple[int, Scope, str]]:
    """Parts counted within a whole named before (``…遗体6,218具，火化遗体中，…5,984具``).

    A clause opened by ``X中，`` where ``X`` (or its end) was named before in the
    sentence counts a part of ``X`` (cue ``scope_within``); only the clause right after.
    """
    out: list[tuple[int, Scope, str]] = []
    for m in cue("activities", "scope_within").finditer(sentence):
        if m.end() < clause:
            continue
        whole = m.group("whole")
        named = sentence[: m.start("whole")]
        if any(whole[i:] in named for i in range(len(whole) - 1)):
            out.append((m.end(), Scope.UNIT, m.group(0).rstrip("，,：:")))
    return out


def _clause_before(document: Document, fig: Figure) -> str:
    """The figure's clause (within its sentence) up to the figure."""
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph):
        return clean_label(fig.label)
    text = block.text
    start = clause_start(text, fig.amount.start, CLAUSE_MARKS)
    return text[max(fig.sentence_start, start) : fig.amount.start]


def measure_of(before: str) -> Measure:
    """Whether words before a figure count an addition, a stock reached, or leave it unstated.

    ``before`` is a clause up to the figure or an indicator's name (``累计建档农户``);
    IC005 and IC007 read the measure here, once.
    """
    if cue("activities", "stock_words").search(before):
        return Measure.STOCK
    flow = cue("activities", "year_flow_words").search(before)
    added = cue("activities", "increment_words").search(before)
    if not flow and cue("activities", "stock_soft_words").search(before):
        # ``累计建成…``, ``停车泊位达到…`` are stocks; ``累计新增…`` sums additions over
        # years; ``全年累计开展…`` is the year's
        return Measure.ACCUMULATED if added else Measure.STOCK
    if added:
        return Measure.INCREMENT
    return Measure.UNSTATED


def adds_the_named_act(before: str, indicator: str) -> bool:
    """Whether the clause's addition is the act the indicator counts (``新认定`` / ``认定家数``).

    An indicator that names an act (认定, 培育, 登记) counts the year's acts, and each
    is new: ``新认定高新技术企业126家`` states ``高新技术企业认定家数`` itself, not an
    addition to a stock. Only a verb of two characters or more after ``新`` is matched.
    """
    added = cue("activities", "increment_words").search(before)
    if added is None or not added.group().startswith("新"):
        return False
    act = added.group()[1:]
    return len(act) >= 2 and act in indicator


def _other_year(before: str, report_year: int | None) -> bool:
    """Whether the clause dates the figure to another year than the evaluated one."""
    if cue("activities", "prior_year_words").search(before):
        return True
    years = _YEAR.findall(before)
    return bool(years) and report_year is not None and int(years[-1]) != report_year


def _sentence_dated_else(sentence: str, report_year: int | None) -> bool:
    """Whether the sentence opens with another year than the evaluated one, kept to the figure.

    ``2023年全县以工代赈项目带动务工1,350人，发放劳务报酬312.60万元``: the year the
    sentence opens with dates each of its clauses, unless a later one names a year or the
    evaluated one (``本年``, ``今年``) of its own.
    """
    lead = cue("activities", "sentence_year_lead").match(sentence)
    if lead is None or report_year is None or int(lead.group("year")) == report_year:
        return False
    rest = sentence[lead.end() :]
    return not _YEAR.search(rest) and not cue("activities", "this_year_words").search(rest)


def _in_target_place(document: Document, fig: Figure, titles: str) -> bool:
    """Whether the figure's paragraph states targets (:mod:`auditor.read.target_places`).

    A table cell's words are targets when its row is named as targets (``年度总体目标 |
    完成新造林5000亩、森林抚育1.2万亩``), as a heading of targets names a paragraph's,
    unless its column is headed as the results (``预期目标 | 实际完成情况``).
    """
    block = document.blocks[fig.block]
    if fig.cell is not None and fig.row_label:
        head = fig.row_label.split("/")[0]
        return target_place([head], "") and not _results_column(block, fig)
    return (
        isinstance(block, Paragraph)
        and target_place(titles.splitlines(), block.text)
        and not checked_after(block.text, fig.amount.end)
    )


def _plan_section(titles: str, report_year: int | None) -> bool:
    """Whether one of the block's section titles announces plans, not results."""
    for title in titles.splitlines():
        if not title or cue("activities", "plan_section_results").search(title):
            continue
        if cue("activities", "plan_section").search(title):
            return True  # ``下一步工作计划``, ``明年工作打算``
        years = cue("activities", "plan_section_year").findall(title)
        if report_year is not None and any(int(y) > report_year for y in years):
            return True  # ``2025年工作重点`` in a 2024 report
    return False


def _dated_later(document: Document, fig: Figure, report_year: int | None) -> bool:
    """Whether the figure's sentence, before it, dates it to a later year than evaluated.

    ``2025年，建成…12个`` and ``下一年度组织…100场`` are plans; ``截至2025年2月底，完成…``
    dates this year's result.
    """
    block = document.blocks[fig.block]
    if not isinstance(block, Paragraph):
        return False
    before = block.text[fig.sentence_start : fig.amount.start]
    if cue("activities", "next_year_words").search(before):
        return True
    if report_year is None:
        return False
    for m in _YEAR.finditer(before):
        if int(m.group(1)) <= report_year:
            continue
        if cue("activities", "later_year_as_date").search(before[: m.start()]):
            continue
        if cue("activities", "later_year_month").match(before[m.end() :]):
            continue
        return True
    return False


def _states_target(document: Document, fig: Figure) -> bool:
    """Whether the figure's clause, before it, says it is a target or plan.

    A table cell that holds a sentence (a 自评表's ``目标1：完成抽检2,800批次以上``) is
    read as one.
    """
    block = document.blocks[fig.block]
    if isinstance(block, Paragraph):
        text = block.text
    elif isinstance(block, Table) and fig.cell is not None:
        text = block.grid[fig.cell[0]][fig.cell[1]].text
        if text[fig.amount.start : fig.amount.end] != fig.amount.raw:
            return False  # positions not in this cell's text: no reading
    else:
        return False
    return _named_target(text, fig.sentence_start, fig.amount.start, fig.amount.end)


def _named_target(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` name it a target, plan or bar to pass."""
    if cue("activities", "target_list").search(text[sentence_start:start]):
        return True  # ``绩效目标为：…；新建服务点15个；…``
    if cue("activities", "target_after").match(text[end:]):
        return True  # ``组织演练6次（计划）``
    if cue("activities", "target_bound_before").search(text[sentence_start:start]) or cue(
        "activities", "target_bound_after"
    ).match(text[end:]):
        return True  # ``培训不少于400人次``, ``巡查1,500公里以上``: a bar to pass
    before = text[max(sentence_start, clause_start(text, start, CLAUSE_MARKS)) : start]
    # Otherwise only the figure's own clause: ``目标值≥150场，全年开展演出162场`` is a result.
    return cue("activities", "target_words").search(before) is not None
