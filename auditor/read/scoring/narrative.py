"""Narrative score sheets: indicator sections and the scores their text states.

Sections headed ``（十七）固定资产利用率（3分）`` whose text states the awarded score
(``故本次…计3分``, ``计满分（即：1分）``), the rule (``根据…评价标准：…``) and the
computed rate (a formula result or ``执行率为9.53%``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from auditor.model import Document, Location, Paragraph
from auditor.read.figures import Figure
from auditor.read.formulas import Formula
from auditor.read.scoring.rules import parse_rule
from auditor.read.scoring.sheet import Indicator, ScoreSheet, cue, rule_cue
from auditor.read.scoring.stated import stated_totals, states_report_total
from auditor.read.structure import Section, section_name
from auditor.read.wording import patterns
from auditor.text.normalise import CLAUSE_MARKS, clause_start, sentences

_INDICATOR = cue("indicator")
_CONCLUSION = cue("conclusion")
_STRONG_LEAD = ("故", "因此", "所以", "综上", "综合", "最终")
_BY_STANDARD = cue("by_standard")
_SHARED_SUM = cue("shared_sum")
"""``按评分标准得10分``: the score, reached by the rule (not a clause of the rule)."""
_FULL = cue("full")
_ANY_SCORE = cue("any_score")
_CLASS_NAME = cue("indicator_class_name")
_SUM_SENTENCE = cue("sum_sentence")
"""A sentence stating a sum of points (``本项合计33分``)."""
_RULE_CUE = rule_cue()
_RATE_LABEL = cue("rate_label")
_GROUP_TOTAL = cue("group_total")
_GROUP_SUBJECT = cue("group_subject")
_CLASS_SUBJECT = cue("class_subject")
_REACHED_VERB = cue("reached_verb")
_CLAUSE_END = cue("reached_clause_end")
_TARGET_WORD = cue("target_word")


def _names_a_class(sentence: str, name: str) -> bool:
    """Whether the words before a sentence's first score name a class of indicators.

    ``管理类指标共计25分，本单位自评22分`` or several (``以上4项指标，…``), not ``name``.
    """
    score = _ANY_SCORE.search(sentence)
    lead = sentence[: score.start()] if score is not None else sentence
    subject = _CLASS_SUBJECT.search(lead)
    return subject is not None and name not in lead


def _own_paragraphs(doc: Document, unit: _Unit, first: int) -> list[Paragraph]:
    """The unit's paragraphs, up to a numbered heading of its level or above.

    ``3.2过程（30分，得28分）`` after the last indicator of 决策 opens another part:
    its points are that part's, not the indicator's above it.
    """
    out: list[Paragraph] = []
    for block in doc.blocks[first : unit.end]:
        if not isinstance(block, Paragraph):
            continue
        level = block.heading_level
        if block.index > unit.start and level is not None and 1 <= level <= min(unit.level, 4):
            break
        out.append(block)
    return out


def _names_another_group(subject: str, name: str) -> bool:
    """Whether the words before a ``合计得N分`` name a class of indicators, not ``name``.

    A group whose name holds ``name`` after words of its own is another, enclosing one:
    ``部门预算管理合计得57.18分`` under ``4.预算管理（23分）`` is the 一级 group's sum. A
    suffix alone leaves it ``name``'s (``产出指标合计`` under ``产出``).
    """
    m = _GROUP_SUBJECT.search(subject)
    if m is None:
        return False
    at = subject.find(name, m.start())
    return name not in subject or (at > m.start() and subject.find(name) >= m.start())


@dataclass(frozen=True, slots=True)
class _Unit:
    """A scored title and the blocks its text runs over."""

    name: str
    maximum: Decimal
    start: int
    """Block of the title (a heading, or a paragraph that opens with the title)."""
    end: int
    location: Location
    section: int
    inline: bool
    level: int = 99
    """Numbering level (1 ``一、``, 2 ``（一）``, 3 ``1.``); 99 when unnumbered."""
    begin: int = 0
    """Where the title starts in its paragraph (a later clause of a paragraph that scores
    several indicators in turn)."""
    cut: int | None = None
    """Where the next scored clause of the same paragraph starts: the unit's text stops there."""


_INLINE = cue("inline")
_CLAUSE = cue("clause_title")
_TOPICS = patterns("scores", "topic_lead")


def _units(doc: Document, sections: Sequence[Section], section_of: Sequence[int]) -> list[_Unit]:
    """Scored titles: headings, paragraphs opening with one, and title-only paragraphs.

    ``（十七）固定资产利用率（3分）`` as a heading; ``2.“三公”经费控制率（5分）：…`` opening
    a paragraph; ``在校学生人数（10分）`` alone when Word's list numbering was lost.
    """
    units: list[_Unit] = []
    headed: set[int] = set()
    for s in sections:
        m = _INDICATOR.match(section_name(s.title))
        if m and s.start < len(doc.blocks):
            headed.add(s.start)
            units.append(
                _Unit(
                    m.group("name"), Decimal(m.group("max")), s.start, s.end, s.location, s.id,
                    False, s.level,
                )
            )  # fmt: skip
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or block.index in headed:
            continue
        m = _INLINE.match(block.text)
        if m and not _RULE_CUE.search(m.group("name")):
            units.extend(_paragraph_units(block, m, sections, section_of))
    units.sort(key=lambda u: (u.start, u.begin, -u.end))
    out: list[_Unit] = []
    for i, u in enumerate(units):
        later = [v for v in units[i + 1 :] if u.start < v.start < u.end]
        if u.cut is not None:
            ends = [u.start + 1]  # a clause followed by another in its paragraph
        elif u.inline:
            # A paragraph unit runs to the next scored title in its section.
            ends = [v.start for v in later]
        else:
            # A heading runs over deeper titles (its children) but stops at a sibling
            # written as a paragraph (``12.…（6分）`` heading, then ``13.65岁…（6分）``).
            ends = [v.start for v in later if v.level <= u.level]
        out.append(replace(u, end=min([u.end, *ends])))
    return out


def _title_end(text: str, head: re.Match[str]) -> str:
    """The mark a paragraph's opening title ends with (``：`` or ``。``; empty at its end)."""
    return (
        text[head.end() - 1]
        if head.end() > head.start("max") and text[head.end() - 1] in "：:。"
        else ""
    )


def _same_end(end: str, ending: str) -> bool:
    """Whether a clause title ends as a title in this paragraph may.

    A title closed by a colon (``名称（10分）：``) is one after any sentence end, even in a
    paragraph whose own title ends with ``。`` (``4.项目支出控制数（5分）。…得5分。居民
    健康素养水平（10分）：…``); a title closed by ``。`` only where the paragraph's own
    title is closed so, else it may be a sentence naming an indicator and its points.
    """
    colons = "：:"
    if end in "，,":
        # ``…得4.5分。绩效目标合理性（5分），…得5分。``: a sentence opening with a title in a
        # paragraph whose own title ends with ``。`` scores the next indicator
        return ending == "。"
    return end == ending or end in colons


def _paragraph_units(
    block: Paragraph,
    head: re.Match[str],
    sections: Sequence[Section],
    section_of: Sequence[int],
) -> list[_Unit]:
    """A paragraph opening with a scored title, and each further ``名称（N分）：`` clause in it.

    ``预决算信息公开性（2分）：…得2分。资产管理规范性（3分）：…得3分。`` scores two
    indicators in turn: each clause is a unit whose text stops where the next one starts.
    """
    sid = section_of[block.index]
    level = _prefix_level(block.text)
    ending = _title_end(block.text, head)
    starts = [(0, head.group("name"), head.group("max"))] + [
        (c.start("name"), c.group("name"), c.group("max"))
        for c in _CLAUSE.finditer(block.text, head.end())
        if not _RULE_CUE.search(c.group("name")) and _same_end(c.group("end"), ending)
    ]
    units: list[_Unit] = []
    for i, (begin, name, maximum) in enumerate(starts):
        cut = starts[i + 1][0] if i + 1 < len(starts) else None
        units.append(
            _Unit(
                name, Decimal(maximum), block.index, sections[sid].end, block.location, sid,
                True, level, begin, cut,
            )
        )  # fmt: skip
    return units


def _topic(sentence: str) -> str | None:
    """The topic a sentence opens with (``资产管理方面，``), if any; a rule's lead is none."""
    for pattern in _TOPICS:
        if (m := pattern.match(sentence)) and not _RULE_CUE.search(m.group("topic")):
            return _plain(m.group("topic"))
    return None


def _plain(name: str) -> str:
    return re.sub(r"[“”\"\s]", "", name)


def _mentions(topic: str, name: str) -> bool:
    """Whether a topic and an indicator name refer to each other (one holds the other)."""
    return len(topic) >= 2 and len(name) >= 2 and (topic in name or name in topic)


def _topic_binding(topic: str, own: str, known: Sequence[Sequence[str]]) -> bool | None:
    """Whether a sentence's topic names this indicator (True), another one (False), or neither.

    ``known`` holds each indicator's names (the sheet's and the framework's, with their
    aliases): ``预算控制率`` is 预算调整率's own alias, ``资产管理`` names 资产管理规范性.
    """
    own = _plain(own)
    if _mentions(topic, own):
        return True
    mine = [g for g in known if any(_mentions(_plain(n), own) for n in g)]
    if any(_mentions(topic, _plain(n)) for g in mine for n in g):
        return True
    if any(_mentions(topic, _plain(n)) for g in known if g not in mine for n in g):
        return False
    return None


def _clause_text(doc: Document, unit: _Unit) -> str | None:
    """The text of a unit that is one clause of a paragraph scoring several in turn."""
    if unit.begin == 0 and unit.cut is None:
        return None
    block = doc.blocks[unit.start]
    return block.text[unit.begin : unit.cut] if isinstance(block, Paragraph) else None


def _prefix_level(text: str) -> int:
    """Numbering level of a paragraph's prefix, digits after ``13.`` allowed."""
    for level in (1, 2, 3, 4):
        if cue(f"level_{level}").match(text):
            return level
    return 99


def narrative_sheet(
    doc: Document,
    sections: Sequence[Section],
    section_of: Sequence[int],
    figures_by_block: dict[int, list[Figure]],
    formulas: Sequence[Formula],
    sheet_tables: set[int | None],
    known: Sequence[Sequence[str]] = (),
) -> ScoreSheet | None:
    """The sheet of scored indicator sections, with the totals and grades stated in the text.

    ``known`` names the indicators of the report's other sheets and of the framework: a
    sentence opening with one of them (``资产管理方面，…``) scores that one, not the unit.
    """
    units = _units(doc, sections, section_of)
    names = [*known, *((u.name,) for u in units)]
    # A scored title with scored titles inside its text (``（一）投入指标（20分）``) is a
    # group: its maximum is its children's sum, and its text is theirs.
    groups = [u for u in units if any(u.start < v.start < u.end for v in units)]
    indicators: list[Indicator] = []
    for u in units:
        if u in groups:
            continue
        indicator = _indicator(doc, u, figures_by_block, formulas, names)
        group = next((g for g in reversed(groups) if g.start < u.start < g.end), None)
        if group is not None:
            indicator = replace(indicator, group=group.name, group_maximum=group.maximum)
        indicators.append(indicator)
    inside = {b for u in units if u not in groups for b in range(u.start, u.end)}
    totals, grades, bands, bands_quote = stated_totals(doc, sheet_tables, inside)
    if not indicators and not totals:
        return None
    first = indicators[0].location if indicators else totals[0].location
    return ScoreSheet(
        kind="narrative",
        title="绩效指标评分",
        indicators=tuple(indicators),
        totals=tuple(totals),
        grades=tuple(grades),
        bands=bands,
        bands_quote=bands_quote,
        stated_maximum=None,
        location=first,
    )


def _indicator(
    doc: Document,
    unit: _Unit,
    figures_by_block: dict[int, list[Figure]],
    formulas: Sequence[Formula],
    known: Sequence[Sequence[str]] = (),
) -> Indicator:
    name, maximum = unit.name, unit.maximum
    awarded: Decimal | None = None
    awarded_quote = ""
    awarded_loc: Location | None = None
    rule_parts: list[str] = []
    fallback: tuple[Decimal, str, Location] | None = None
    group_total: tuple[Decimal, str, Location] | None = None
    first = unit.start if unit.inline else unit.start + 1
    paragraphs = _own_paragraphs(doc, unit, first)
    # A sentence opened with another indicator moves the binding there: the scores
    # after it are not this unit's until a sentence names this one again.
    elsewhere = False
    awards: list[tuple[Decimal, bool]] = []
    for p in paragraphs:
        text = p.text
        if p.index == unit.start and unit.inline:
            text = text[unit.begin : unit.cut]
        head = _INLINE.match(text) if p.index == unit.start and unit.inline else None
        if head is not None:
            text = text[head.end() :]
        for sentence in sentences(text, "。"):
            topic = _topic(sentence)
            bound = _topic_binding(topic, name, known) if topic is not None else None
            if bound is not None:
                elsewhere = not bound
            if elsewhere:
                continue
            if states_report_total(sentence):
                continue  # the report's total (``逐项打分，自评得分为99分``), not this item's
            if _names_a_class(sentence, name):
                continue  # ``决策部分满分10分，得9分`` after its last item: the class's points
            over = _SUM_SENTENCE.search(sentence)
            if over is not None and maximum is not None and Decimal(over.group("v")) > maximum:
                continue  # ``…得3.5分。本项合计33分。``: its group's sum, above its own points
            summed = _GROUP_TOTAL.search(sentence)
            if summed is not None and _names_another_group(sentence[: summed.start()], name):
                continue  # ``预算管理类指标合计得15分`` after its last item: the class's sum
            if summed is not None and not _RULE_CUE.search(sentence):
                # ``效益指标合计得28.5分``: the item's own sum outranks a sub-item's 得满分.
                group_total = (Decimal(summed.group("v")), sentence, p.location)
                continue
            m = _conclusion(sentence)
            rule_part = sentence[: m.start()] if m else sentence
            if _RULE_CUE.search(rule_part):
                rule_parts.append(rule_part)
                if m is None:
                    continue
            full = _FULL.search(sentence[m.start() :] if m else sentence)
            if full and (not m or full.start() < m.start()):
                awarded = Decimal(full.group("v")) if full.group("v") else maximum
                awarded_quote, awarded_loc = sentence, p.location
                awards.append((awarded, False))
            elif m:
                awarded = Decimal(m.group("v"))
                awarded_quote, awarded_loc = sentence, p.location
                awards.append((awarded, _strong(m)))
            elif (any_score := _ANY_SCORE.search(sentence)) and not _RULE_CUE.search(sentence):
                fallback = (Decimal(any_score.group("v")), sentence, p.location)
                awards.append((fallback[0], False))
    clause = _clause_text(doc, unit)
    section_formulas = [
        f
        for f in formulas
        if first <= f.block < unit.end
        and (clause is None or f.block != unit.start or f.quote in clause)
    ]
    if group_total is not None:
        awarded, awarded_quote, awarded_loc = group_total
    if awarded is None:
        scored = [f for f in section_formulas if f.stated is not None and f.stated_unit == "分"]
        if scored:
            awarded = scored[-1].stated.value if scored[-1].stated else None
            awarded_quote, awarded_loc = scored[-1].quote, scored[-1].location
        elif fallback is not None:
            awarded, awarded_quote, awarded_loc = fallback
    if group_total is None and _scored_by_parts(awards, maximum):
        awarded = None  # ``绩效目标合理性得4分。…明确性得3.5分``: the parts', not the item's
    if group_total is None and len(awards) > 1 and _CLASS_NAME.search(name):
        # ``质量指标（19分）。…分别得5分、5分和4分。…本项得5分``: a class of indicators
        # scored indicator by indicator; only its own sum (合计得, 共得) is the class's.
        awarded = None
    if clause is not None:
        figures_by_block = {
            b: [f for f in figs if b != unit.start or f.quote in clause]
            for b, figs in figures_by_block.items()
        }
    rate, rate_quote, rate_loc, formula, rate_decimals = _rate(
        first, unit.end, section_formulas, figures_by_block, name
    )
    if _CLASS_NAME.search(name) and (group_total is not None or len(awards) > 1):
        # ``产出指标（50分）。…“每少1个扣1.5分”，本项得4.5分。产出指标合计得48.5分``: a
        # class scored indicator by indicator; a rule in its text is one indicator's.
        rule_parts = []
    rule_text = "".join(rule_parts)
    rule = parse_rule(rule_text) if rule_text else None
    return Indicator(
        name=name,
        maximum=maximum,
        awarded=awarded,
        awarded_quote=awarded_quote,
        awarded_location=awarded_loc,
        location=unit.location,
        rule=rule if rule and not rule.empty else None,
        rule_quote=rule_text,
        rate=rate,
        rate_quote=rate_quote,
        rate_location=rate_loc,
        formula=formula,
        section=unit.section,
        rate_decimals=rate_decimals,
        blocks=(unit.start, unit.end),
        clause=(unit.begin, unit.cut) if clause is not None else None,
    )


def _strong(m: re.Match[str]) -> bool:
    """Whether a score clause concludes the item (``故本项计9分``, ``按评分标准得…``)."""
    return (
        "lead" not in m.groupdict()
        or m.group("lead") in _STRONG_LEAD
        or bool(_BY_STANDARD.fullmatch(m.group(0)))
    )


def _scored_by_parts(awards: list[tuple[Decimal, bool]], maximum: Decimal) -> bool:
    """Whether an item's text scores its parts one by one and never the item itself.

    ``4.预算管理（23分）`` then ``公用经费控制率…得4分``, ``政府采购执行率…得4分``,
    ``本项得5分``…: several scores in separate sentences, none a conclusion (``故…``),
    together within the item's points. None of them is the item's score, so the reading
    abstains; a score restated or corrected (``得6分。…故本项计5分``) is not this.
    """
    if len(awards) < 2 or any(strong for _, strong in awards):
        return False
    values = [v for v, _ in awards]
    return len(set(values)) > 1 and sum(values) <= maximum


def _conclusion(sentence: str) -> re.Match[str] | None:
    """The awarded-score clause of a sentence.

    The last one; ``按评分标准得…``, the sum after ``各得N分`` and strong leads (故…) first.
    """
    matches = list(_CONCLUSION.finditer(sentence))
    by_standard = list(_BY_STANDARD.finditer(sentence))
    if by_standard:
        return by_standard[-1]
    if shared := list(_SHARED_SUM.finditer(sentence)):
        # ``两项指标各得3分，共6分``: each sub-item's score, then the item's sum.
        return shared[-1]
    strong = [m for m in matches if m.group("lead") in _STRONG_LEAD]
    if strong:
        return strong[-1]
    return matches[-1] if matches else None


def _related(label: str, name: str) -> bool:
    """Whether a rate's label names the indicator (shares two characters besides 率)."""
    core = label.replace("率", "")
    target = name.replace("率", "")
    return any(core[i : i + 2] in target for i in range(len(core) - 1)) or label in (
        "执行率",
        "完成率",
        "利用率",
        "控制率",
    )


def _rate(
    start: int,
    end: int,
    formulas: Sequence[Formula],
    figures_by_block: dict[int, list[Figure]],
    name: str,
) -> tuple[Decimal | None, str, Location | None, Formula | None, int]:
    for f in reversed(formulas):
        if f.stated is not None and f.stated_unit == "%":
            rate = (f.stated.value * 100).quantize(Decimal(1).scaleb(-f.stated.decimals))
            return rate, f.quote, f.location, f, f.stated.decimals
    candidates: list[Figure] = []
    for block in range(start, end):
        for fig in figures_by_block.get(block, []):
            if fig.verb in ("计", "得", "扣") or _RULE_CUE.search(_before_figure(fig)):
                continue
            if fig.threshold and not _reached_value(fig):
                continue
            if (
                fig.kind == "percent"
                and _RATE_LABEL.search(fig.label)
                and _related(fig.label, name)
            ) or (fig.kind == "score" and "满意度" in fig.label and "满意度" in name):
                candidates.append(fig)
    if candidates:
        fig = candidates[-1]
        return fig.value, fig.quote, fig.location, None, fig.amount.decimals
    return None, "", None, None, 2


def _figure_at(fig: Figure) -> int:
    """Where the figure's number starts in its quote (-1 when not found)."""
    return fig.quote.replace(",", "").find(fig.amount.number_text.replace(",", ""))


def _before_figure(fig: Figure) -> str:
    """The quote up to the figure.

    A rule cue after it (``成活率93.2%，评分标准为…``) does not make it part of the rule.
    """
    at = _figure_at(fig)
    return fig.quote if at < 0 else fig.quote.replace(",", "")[:at]


def _reached_value(fig: Figure) -> bool:
    """Whether a figure after a verb that also opens bounds is a value reached.

    ``管理率达到96%。``: its clause ends there, so it is no bound (``达到95%以上``,
    ``达到95%得满分`` are), nor a target (``目标为达到95%``); a target in a clause of
    its own before it (``目标值为98%，全年参保率达到97.6%。``) is another figure's word.
    """
    before = _before_figure(fig)
    own_clause = before[clause_start(before, len(before), CLAUSE_MARKS + "。") :]
    if not _REACHED_VERB.fullmatch(fig.verb) or _TARGET_WORD.search(own_clause):
        return False
    at = _figure_at(fig)
    if at < 0:
        return False
    after = fig.quote.replace(",", "")[at + len(fig.amount.number_text.replace(",", "")) :]
    return _CLAUSE_END.match(after) is not None
