"""A scoring method stated once for a whole score table, applied to its rows."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from auditor.model import Block, Document, Location, Paragraph, Table
from auditor.read.scoring.clauses import shared_method, value_kind
from auditor.read.scoring.links import name_key
from auditor.read.scoring.rules import (
    NAMED_TARGET_STEP,
    ScoringRule,
    full_marks_count,
    full_marks_on_target,
    names_quotient,
    parse_rule,
)
from auditor.read.scoring.sheet import Indicator, RowRatio, ScoreSheet, cue
from auditor.read.scoring.subjects import DEPARTMENT, is_project
from auditor.read.scoring.targets import (
    Measure,
    RowTarget,
    compare,
    completion_rate,
    lower_is_better,
    row_targets,
)
from auditor.read.wording import patterns

_SHEET_RULE_CUE = cue("sheet_rule_cue")
_SHEET_WIDE_CUE = cue("sheet_wide_cue")
_FUNDS_RULE = cue("funds_rule")
_SCOPE = cue("method_scope")
_JOINER = cue("method_subject_joiner")
_METHOD_HEADING = cue("method_heading")
_AWARDS = cue("method_awards")
_SUBJECT_END = cue("method_subject_end")
_CLAUSE_BREAK = cue("method_clause_break")
_SELF_EVALUATION = cue("self_evaluation_heading")
_METHOD_LEAD = cue("method_lead")
_STEP_DEDUCTION = cue("method_step_deduction")
_SCORING_CLAUSE = cue("method_scoring_clause")
_PROJECTS_SUBJECT = cue("projects_method_subject")
_DEPARTMENT_SUBJECT = cue("department_method_subject")
_PROJECT_CLASS = cue("project_class_clause")


def for_other_sheets(text: str, subject: str) -> bool:
    """Whether a method statement is about other sheets than one of this subject.

    ``两个重点项目的自评按照项目支出绩效自评表的统一格式进行…`` states the project
    sheets' method: the department's own sheet (:data:`DEPARTMENT`) takes none of it,
    unless the statement names that sheet too (``部门整体支出绩效自评表采用同样的评分方法``).
    """
    return (
        subject == DEPARTMENT
        and bool(_PROJECTS_SUBJECT.search(text))
        and not _DEPARTMENT_SUBJECT.search(text)
    )


_SECTION_REACH = 12
"""How many blocks back a method paragraph of the table's own section may stand."""


def _section_paragraphs(doc: Document, start: int) -> list[tuple[str, Location]]:
    """Body paragraphs before block ``start``, back to the section's heading or a table.

    ``八、自评打了多少分？`` then ``评分标准：预算执行率…；检验报告及时率…`` then two
    paragraphs of score notes, then the table: the method stands in the table's own
    section but beyond the three blocks a note is looked for.
    """
    out: list[tuple[str, Location]] = []
    for block in reversed(doc.blocks[max(0, start - _SECTION_REACH) : start]):
        if not isinstance(block, Paragraph) or block.heading_level is not None:
            break
        out.append((block.text, block.location))
    return out


def _heading(block: Block, caption: str | None) -> bool:
    """A heading other than the table's own caption (``表3　…自评表`` may be read as one)."""
    if not isinstance(block, Paragraph) or block.heading_level is None:
        return False
    return caption is None or _NOISE.sub("", block.text) != _NOISE.sub("", caption)


_NOISE = re.compile(r"\s")


def _candidates(
    doc: Document, sheet: ScoreSheet, *, section: bool = False
) -> list[tuple[str, Location]]:
    """Texts that may state a score table's method, and where.

    Its header cells, its rows spanning the whole table, its caption, and paragraphs
    within three blocks of it, when they carry a method cue. With ``section``, also the
    body paragraphs of the table's own section further back (a method stated clause by
    clause for named rows: naming the rows, it cannot be another table's).
    """
    if sheet.table is None:
        return []
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None:
        return []
    candidates: list[tuple[str, Location]] = []
    for r in range(table.n_rows):
        distinct = list(dict.fromkeys(table.grid[r]))
        for c in distinct:
            if r < table.header_rows or len(distinct) == 1:
                candidates.append((c.text, c.location))
    near = doc.blocks[max(0, table.index - 3) : table.index + 4]
    candidates += [(b.text, b.location) for b in near if isinstance(b, Paragraph)]
    first = max(0, table.index - 3)
    if section and not any(_heading(b, table.caption) for b in doc.blocks[first : table.index]):
        candidates += _section_paragraphs(doc, first)
    if table.caption:
        candidates.append((table.caption, table.location))
    return [(text, loc) for text, loc in candidates if _SHEET_RULE_CUE.search(text)]


_Bound = tuple[ScoringRule, str, Location, bool]
"""A rule, its quote, where it was read, and whether it is stated for many rows."""


def _shared_rules(
    doc: Document, sheet: ScoreSheet, measured: Callable[[Indicator, ScoringRule], bool]
) -> dict[str, _Bound | None]:
    """Rules of a method stated once for many indicators, by indicator name key.

    Each indicator named at the head of a clause takes that clause's rule (clauses.py);
    None where its clause cannot be read or two statements name it. A row whose labels
    (or name) hold the class a clause opens with (``满意度指标…``) takes that clause's
    rule, None when two classes' clauses reach it. The rows a ``其他指标…`` clause covers
    take its rule as one stated for many rows (``其他产出和效益指标…``: only rows of
    those classes). Near the table first; then a section headed as the scoring method
    (its clauses name rows); a statement split by classes further back (the narrative's
    scoring paragraph) when none is near.
    """
    out = _shared_from(_candidates(doc, sheet, section=True), sheet, measured)
    if not out and sheet.table is not None:
        # A section headed as the scoring method (``（三）评分标准。…``) names its rows.
        stated = [
            (t, loc)
            for t, loc in _method_section(doc, sheet.subject)
            if _SHEET_RULE_CUE.search(t) and not _awards(t)
        ]
        out = _shared_from(stated, sheet, measured)
    if not out:
        out = _shared_from(_far_candidates(doc, sheet), sheet, measured, by_class_only=True)
    return out


def _shared_from(
    candidates: list[tuple[str, Location]],
    sheet: ScoreSheet,
    measured: Callable[[Indicator, ScoringRule], bool],
    *,
    by_class_only: bool = False,
) -> dict[str, _Bound | None]:
    """:func:`_shared_rules` over these candidate statements.

    ``measured`` tells a row whose own cells hold its target and actual value: the rows
    a ``定量指标…`` clause reaches.
    """
    names = [i.name for i in sheet.indicators]
    out: dict[str, _Bound | None] = {}
    for text, loc in candidates:
        shared = shared_method(text, loc, names)
        if shared is None or (by_class_only and not shared.classes and not shared.kinds):
            continue
        for ind in sheet.indicators:
            key = name_key(ind.name)
            if key in shared.rules:
                continue
            labels = (*ind.path, ind.name)
            reached = [c for c in shared.classes if _labelled(c[0], labels)]
            if not reached:
                reached = [
                    (("",), *k[1:])
                    for k in shared.kinds
                    if (measured(ind, k[1]) if k[0] == "quantitative" else _of_kind(ind.name, k[0]))
                ]
            if any(_labelled(words, labels) for words in shared.unread_classes):
                out[key] = None  # its class's clause is not read: not the others' rule
            elif len(reached) > 1:
                out[key] = None  # two classes' clauses reach the row: which one scores it
            elif reached:
                _, rule, quote, where = reached[0]
                out.setdefault(key, (rule, quote, where, True))
            elif shared.others is not None and (
                not shared.others_scope or _labelled(shared.others_scope, ind.path)
            ):
                # ``其他指标完成目标得满分…``: the rows the statement does not name.
                out.setdefault(key, (*shared.others, True))
        for key, named in shared.rules.items():
            found = None if named is None else (*named, False)
            out[key] = None if key in out and out[key] != found else found
    return out


def _project_class_rules(doc: Document, sheet: ScoreSheet) -> dict[str, _Bound]:
    """Rate rows of one project's sheet scored by a clause stated for that project's rates.

    ``基本公共卫生服务项目中的各项服务率指标按考核办法，每低于指标值1个百分点扣0.5分``
    scores the rate rows (names ending in ``率``) of the sheet whose subject is that
    project, counting from each row's own target; no other sheet takes it. Only a
    deduction from the row's own target is read (``with_sheet_rule`` then abstains on a
    row without a percent target and actual).
    """
    if not is_project(sheet.subject):
        return {}
    out: dict[str, _Bound] = {}
    for text, loc in _class_statements(doc):
        for clause in re.split(r"[；;。]", text):
            m = _PROJECT_CLASS.search(clause)
            if m is None or not _same_project(m.group("p"), sheet.subject):
                continue
            rest = clause[m.end() :]
            named = NAMED_TARGET_STEP.search(rest) is not None
            rule = parse_rule(NAMED_TARGET_STEP.sub(r"\g<w>", rest))
            if named:  # ``每低于指标值1个百分点``: from the row's own target
                rule = replace(
                    rule, linears=tuple(replace(x, to_target=True) for x in rule.linears)
                )
            if rule.empty or not rule.to_target:
                continue
            for ind in sheet.indicators:
                if ind.name.endswith("率"):
                    out.setdefault(name_key(ind.name), (rule, clause.strip(), loc, True))
    return out


def _same_project(named: str, subject: str) -> bool:
    """Whether a project the text names is the sheet's: one name holds the other.

    ``基本公共卫生服务`` is the project of a sheet on ``基本公共卫生服务补助资金``.
    """
    named = _CAPTION_LEAD.sub("", named)
    return len(named) >= 4 and (named in subject or subject in named)


def _class_statements(doc: Document) -> list[tuple[str, Location]]:
    """Paragraphs of the self-evaluation and scoring-method sections that state a method."""
    blocks = [*_paragraphs_under(doc, _SELF_EVALUATION), *_paragraphs_under(doc, _METHOD_HEADING)]
    return [(b.text, b.location) for b in dict.fromkeys(blocks) if _SHEET_RULE_CUE.search(b.text)]


def _of_kind(name: str, kind: str) -> bool:
    """Whether a row's name ends as rows of that kind of value do (``…率``, ``…户数``).

    A name ending as both kinds' do takes neither.
    """
    rate = _RATE_NAME.search(name.strip()) is not None
    count = _COUNT_NAME.search(name.strip()) is not None
    return rate != count and (rate if kind == "rate" else count)


_RATE_NAME = cue("value_class_rate_name")
_COUNT_NAME = cue("value_class_count_name")


def _labelled(words: Sequence[str], labels: Sequence[str]) -> bool:
    """Whether any label holds any of the class words."""
    return any(word in label for word in words for label in labels)


_CAPTION_LEAD = re.compile(r"^[\s注：:（(）)0-9.、]*")
"""A note's lead (``注：``, ``1.``) before the words it opens with."""


def _paragraphs_under(doc: Document, heading: re.Pattern[str]) -> list[Paragraph]:
    """Body paragraphs under any heading the pattern matches, up to the next heading.

    A paragraph that opens with such a heading run in (``（三）评分方法。本次自评…``) is
    one of them too.
    """
    out: list[Paragraph] = []
    inside = False
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        if block.heading_level is not None:
            inside = bool(heading.search(block.text))
        elif inside or any(
            (lead := p.match(block.text)) and heading.search(lead.group(0)) for p in _RUN_IN
        ):
            out.append(block)
    return out


_RUN_IN = patterns("structure", "run_in_title")
"""A heading run into its paragraph's first sentence (``（三）评分方法。…``)."""


def _method_section(doc: Document, subject: str) -> list[tuple[str, Location]]:
    """Body paragraphs under a heading that names the scoring method (``1．评分办法``).

    A report may state its method once in the narrative's scoring section, far from the
    table, for every row of the sheet (one stated for other sheets aside).
    """
    return [
        (p.text, p.location)
        for p in _paragraphs_under(doc, _METHOD_HEADING)
        if not for_other_sheets(p.text, subject)
    ]


def _class_methods(doc: Document, subject: str) -> list[tuple[str, Location]]:
    """Methods for a class of rows stated in the narrative's self-evaluation section.

    ``五、绩效自评情况`` names no method, yet a paragraph there may state one by its own
    wording: a method cue, then a clause that scores rows and names a class of them or
    every row (``产出、效益和满意度指标完成指标值的得满分；未完成的，每低1个百分点扣1分``).
    The text from that clause on is returned: the clauses before it (the funds row's
    ``预算执行率达到95%以上的得满分…``, the points of each class) are another subject's.
    """
    out: list[tuple[str, Location]] = []
    for block in _paragraphs_under(doc, _SELF_EVALUATION):
        if not _SHEET_RULE_CUE.search(block.text) or for_other_sheets(block.text, subject):
            continue
        clauses = re.split(r"(?<=[。；;：:])", block.text)
        for i, clause in enumerate(clauses):
            if _SCORING_CLAUSE.search(clause) and (
                _SCOPE.search(clause) or _SHEET_WIDE_CUE.search(clause) or value_kind(clause)
            ):
                out.append(("".join(clauses[i:]), block.location))
                break
    return out


def _awards(text: str) -> bool:
    """Whether a text awards or deducts points, other than a rule's per-step deduction."""
    return bool(_AWARDS.search(_STEP_DEDUCTION.sub("", text)))


def _far_candidates(doc: Document, sheet: ScoreSheet) -> list[tuple[str, Location]]:
    """Method statements beyond the table's three neighbouring blocks, nearest first.

    The table's own section back to its heading, then the narrative's scoring section.
    A paragraph that awards or deducts points (``得9分``, ``扣1分``) explains an
    indicator's score: it is no method stated for the table.
    """
    near = {loc for _, loc in _candidates(doc, sheet)}
    found = _candidates(doc, sheet, section=True)
    led: list[tuple[str, Location]] = []
    if sheet.table is not None:
        found += [
            (t, loc) for t, loc in _method_section(doc, sheet.subject) if _SHEET_RULE_CUE.search(t)
        ]
        found += _class_methods(doc, sheet.subject)
        led = _led_methods(doc, sheet.subject)
    out: list[tuple[str, Location]] = []
    for text, loc in found:
        if loc in near or _awards(text) or (text, loc) in out:
            continue
        out.append((text, loc))
    # ``评分规则如下：…满意度指标90%（含）以上得10分…``: a paragraph that says it states
    # the method is one, whatever points its bands give.
    out += [(t, loc) for t, loc in led if loc not in near and all(loc != o[1] for o in out)]
    return out


def _led_methods(doc: Document, subject: str) -> list[tuple[str, Location]]:
    """Paragraphs that say they state the scoring method (``评分规则如下：…``), from there on."""
    out: list[tuple[str, Location]] = []
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or block.heading_level is not None:
            continue
        m = _METHOD_LEAD.search(block.text)
        if m is None or for_other_sheets(block.text, subject):
            continue
        out.append((block.text[m.end() :], block.location))
    return out


def _sheet_rule(doc: Document, sheet: ScoreSheet) -> tuple[ScoringRule, str, Location] | None:
    """A scoring method stated once for a whole score table (near it or far), and where.

    A method near the table (:func:`_near_rule`) outranks one stated further back in its
    section or in the narrative's scoring section (:func:`_far_candidates`), which is
    read the same way.
    """
    return _near_rule(doc, sheet, _candidates(doc, sheet)) or _near_rule(
        doc, sheet, _far_candidates(doc, sheet)
    )


def _near_rule(
    doc: Document, sheet: ScoreSheet, candidates: list[tuple[str, Location]]
) -> tuple[ScoringRule, str, Location] | None:
    """A scoring method stated once for a whole score table, and where.

    Read from a note or caption within three blocks of the table (``注：完成目标得满分，
    未完成按完成比例得分``), a row spanning the whole table, or a header cell
    (``得分（完成目标得满分，未完成按完成比例得分）``). The text must say it covers
    every row (``各项指标``, ``其他指标``, ``完成目标得满分``) or be a pro-rata method
    naming no indicator of the table: a rule naming one indicator is that indicator's,
    and a method stated clause by clause for named indicators (clauses.py) is theirs; a
    text opening with one indicator's name (``预算执行率评分标准：…其余指标按…``) is that
    indicator's, whatever it says of the others.
    """
    all_names = [i.name for i in sheet.indicators]
    names = [i.name for i in sheet.indicators if len(i.name) >= 3]
    for text, loc in candidates:
        if shared_method(text, loc, all_names) is not None:
            continue
        rule = parse_rule(text)
        if rule.empty:
            continue
        named = _without_funds_sentence(text)
        if any(_CAPTION_LEAD.sub("", named).startswith(name) for name in names):
            # ``预算执行率评分标准：…；其余指标按…统一标准``: the rule opens with the one
            # indicator it scores; the others follow a standard it does not state.
            continue
        # ``预算执行率≥95%得满分`` near the table scores one indicator, not every row; a
        # deduction from each row's own target stated for a class of rows is the class's.
        if (
            _SHEET_WIDE_CUE.search(text)
            or (rule.to_target and _SCOPE.search(named))
            or (
                rule.proportional
                and not any(name in named for name in names)
                and not _one_indicator(*_pro_rata_clause(text, named, rule), all_names)
            )
        ):
            return rule, text, loc
    return None


def _one_indicator(text: str, cue_text: str, names: list[str]) -> bool:
    """Whether the pro-rata clause's subject is part of one indicator's name.

    ``满意度未达到目标的按比例计分`` under a table with ``群众满意度`` scores that row
    only; ``数量指标按完成率计分`` (a class) and ``未完成的按比例计分`` (no subject) are
    methods for many rows.
    """
    at = text.find(cue_text)
    if at < 0:
        return False
    # The clause holding the cue, after its label (``评分说明：``).
    clause = re.split(r"[：:]", _CLAUSE_BREAK.split(text[:at])[-1])[-1]
    m = _SUBJECT_END.search(clause)
    subject = _CAPTION_LEAD.sub("", clause[: m.start()] if m else clause).strip()
    if len(subject) < 2 or subject.endswith("指标"):
        return False
    return any(subject in name for name in names)


def with_sheet_rule(
    doc: Document, sheet: ScoreSheet, *, pro_rata_rates: bool = False
) -> ScoreSheet:
    """Apply a table-wide scoring method, and give pro-rata rows their completion ratio.

    The table's method goes to every row without a rule of its own. A row's rate is its own (a ``实际完成值`` percentage) or, for a pro-rata rule (the
    row's own or the table's), the ratio of its actual value to a higher-is-better
    target in the same unit; a percent target other than 100 % under a pro-rata rule is
    left alone (完成比例 could be the rate or its ratio to the target), and a row whose
    ratio cannot be read keeps no rate, so nothing is recomputed for it.
    ``pro_rata_rates``: the document's tables score percent rows pro rata
    (:func:`rates_scored_pro_rata`), so a class's pro-rata method reaches them too.
    """
    table = next((t for t in doc.tables if t.number == sheet.table), None)
    if table is None:
        return sheet
    found = _sheet_rule(doc, sheet)
    far = found is not None and found[2] not in {loc for _, loc in _candidates(doc, sheet)}
    at: Counter[tuple[int | None, int | None]] = Counter(
        (i.awarded_location.table, i.awarded_location.row)
        for i in sheet.indicators
        if i.awarded_location is not None and i.awarded_location.row is not None
    )
    by_row = targets_by_row(table, sheet)

    def measured(ind: Indicator, rule: ScoringRule) -> bool:
        """Whether the row counts in its own cells (``12个 | 10个``).

        A percent row is left out: reports score rates by bands or steps of their own
        more often than pro rata, and say so beside the row (``按“每超标1次扣1分”的约定
        得5分``) even when the class's method writes out its quotient. Unless the sheet's
        own scores say otherwise: percent rows short of their targets scored pro rata
        (:func:`rates_scored_pro_rata`) are the class's too.
        """
        where = ind.awarded_location
        row = where.row - 1 if where is not None and where.row is not None else None
        target = by_row.get(row) if row is not None else None
        return (
            _own_values(ind, target)
            and target is not None
            and target.target is not None
            and (target.target.unit != "%" or (pro_rata_rates and bool(rule.proportional)))
        )

    shared: dict[str, _Bound | None] = {
        **_project_class_rules(doc, sheet),
        **_shared_rules(doc, sheet, measured),
    }
    indicators: list[Indicator] = []
    for ind in sheet.indicators:
        row = (
            ind.awarded_location.row - 1
            if ind.awarded_location is not None and ind.awarded_location.row is not None
            else None
        )
        target = by_row.get(row) if row is not None else None
        if (
            ind.rule is None
            and ind.awarded_location is not None
            and at[(ind.awarded_location.table, ind.awarded_location.row)] > 1
        ):
            # A transposed sheet (indicators as columns, one 得分 row): its rows hold no
            # one indicator's target and actual, so no table-wide method is applied.
            indicators.append(ind)
            continue
        rule, text = (ind.rule, ind.rule_quote) if ind.rule is not None else (None, "")
        where = ind.rule_location
        many = False  # the rule is a method stated for many rows, not for this one
        key = name_key(ind.name)
        if rule is None and key in shared:
            # Named by a shared method statement: its own clause or nothing (abstain).
            # A ``其他指标…`` clause is stated for the rows it does not name.
            own = shared[key]
            if own is None:
                indicators.append(ind)
                continue
            rule, text, where, many = own
        if (
            rule is None
            and found is not None
            and _reaches(found[1], ind, sheet.title, [i.name for i in sheet.indicators])
            and (not far or _own_values(ind, target))
        ):
            rule, text, where = found
            many = True
        if rule is not None and rule.to_target:
            # ``完成指标值的得满分；未完成的，每低1个百分点扣1分``: from the row's own target,
            # whether the method is stated for many rows or in the row's own rule cell.
            bound = _on_own_target(ind, rule, target)
            if bound is None:
                # No percent target to count from: the row's own rule is not used either.
                indicators.append(replace(ind, rule=None) if not many and ind.rule else ind)
                continue
            ind, rule = bound
            if not many:
                indicators.append(replace(ind, rule=rule))
                continue
        if rule is not None and (rule.per_unit or rule.all_or_nothing):
            # ``每少1人扣0.5分``: on the row's completion of its count target, in its unit;
            # ``达到目标值得满分，未达到不得分``: on whether the row met its own target.
            scored = per_unit_indicator if rule.per_unit else met_indicator
            indicators.append(
                scored(
                    ind,
                    (rule, text, where, many),
                    target.target if target is not None else None,
                    target.actual if target is not None else None,
                )
            )
            continue
        if rule is None or (ind.rule is not None and not rule.proportional):
            indicators.append(ind)
            continue
        ceiling = lower_is_better(ind.name, target.target if target is not None else None)
        if (many or rule.generic) and rule.proportional and ceiling:
            # 完成比例 of a ceiling (``≤100%``, a 控制率) is not its rate: the general
            # method cannot score the row, so it takes none.
            indicators.append(replace(ind, rule=None) if ind.rule is not None else ind)
            continue
        completion = own_completion(ind, target) if rule.proportional else None
        if completion is not None:
            # ``完成率 | 92.00%``: the row states the completion the method multiplies.
            cell, ratio = completion
            ind = replace(
                ind,
                rate=cell.value.quantize(Decimal("0.01")),
                rate_quote=f"{ind.name} | 完成率 {cell.text}",
                rate_location=cell.location,
                rate_decimals=2,
                row_ratio=ratio,
                also_read_as_rate=ind.rate_location,
            )
        elif (
            rule.proportional
            and target is not None
            and target.completion is not None
            and ind.row_ratio is None
        ):
            indicators.append(ind)  # a 完成率 cell its own values do not give: abstain
            continue
        elif (
            rule.proportional
            and target
            and target.target
            and target.target.unit == "%"
            and target.target.value != 100
        ):
            met = _met_percent(target.target, target.actual)
            quotient = quotient_of_target(rule, target.target, target.actual)
            if quotient is not None and target.actual is not None:
                # ``按实际完成值÷年度指标值×该指标分值计分``: the ratio to the target, as written.
                ind = replace(
                    ind,
                    rate=quotient.quantize(Decimal("0.01")),
                    rate_quote=f"{ind.name} | {target.target.text} | {target.actual.text}",
                    rate_location=target.actual.location,
                    rate_decimals=2,
                    row_ratio=None,
                )
                indicators.append(
                    replace(ind, rule=rule, rule_quote=text, rule_location=where, rule_shared=many)
                )
                continue
            if met is None or many or not full_marks_on_target(text):
                # 按完成比例 of a percent target: the rate itself (``得分=执行率×10``) or its
                # ratio to the target; the row's own rule says no more (abstain).
                indicators.append(replace(ind, rule=None) if ind.rule is not None else ind)
                continue
            # The row's own ``达到目标值得满分，未达到按完成比例计分``, its target met: full
            # marks (a method stated for many rows may be another's, the funds row's).
            ind = replace(
                ind,
                rate=Decimal(100),
                rate_quote=f"{ind.name} | {target.target.text} | {met.text}",
                rate_location=met.location,
                rate_decimals=2,
                row_ratio=None,
            )
        if (
            ind.rate is None
            and rule.proportional
            and target
            and target.target is None
            and target.actual
            and not target.actual.op
            and (base := full_marks_count(rule.text, target.actual.unit)) is not None
        ):
            # ``达到目标值420家次得满分；未达到的按实际完成值/目标值×6分计分 | 386家次``: the rule
            # states the target the row does not.
            target = replace(
                target,
                target=Measure(">=", base, target.actual.unit, f"{base}{target.actual.unit}",
                               target.actual.location),
            )  # fmt: skip
        if ind.rate is None and rule.proportional and target and target.target and target.actual:
            rate = completion_rate(target.target, target.actual)
            if rate is not None:
                ind = replace(
                    ind,
                    rate=rate.quantize(Decimal("0.01")),
                    rate_quote=f"{ind.name} | {target.target.text} | {target.actual.text}",
                    rate_location=target.actual.location,
                )
        indicators.append(
            replace(ind, rule=rule, rule_quote=text, rule_location=where, rule_shared=many)
        )
    return replace(sheet, indicators=tuple(indicators))


def quotient_of_target(rule: ScoringRule, goal: Measure, actual: Measure | None) -> Decimal | None:
    """The completion a rule writing out ``实际完成值÷年度指标值`` takes, for a percent row.

    Capped at 100 (the target met earns full points); None when the rule names no
    quotient or the row is no higher-is-better percent target with a percent actual.
    """
    if not names_quotient(rule.text) or actual is None or actual.unit != "%" or actual.op:
        return None
    if rule.bands or rule.linears:
        return None  # ``≥90%得满分；低于90%按实际值÷目标值×分值``: bands read the rate itself
    if goal.op not in ("", ">=", ">") or goal.value <= 0:
        return None
    return min(Decimal(100), actual.value / goal.value * 100)


def _met_percent(goal: Measure, actual: Measure | None) -> Measure | None:
    """The actual value when it meets a higher-is-better percent target, else None."""
    if actual is None or actual.unit != "%" or actual.op or goal.op not in ("", ">=", ">"):
        return None
    reached = actual.value > goal.value if goal.op == ">" else actual.value >= goal.value
    return actual if reached else None


def targets_by_row(table: Table, sheet: ScoreSheet) -> dict[int, RowTarget]:
    """Each scored row's target and actual value, by its 0-based grid row."""
    rows = {
        i.awarded_location.row - 1: i.name
        for i in sheet.indicators
        if i.awarded_location is not None and i.awarded_location.row is not None
    }
    return {t.row: t for t in row_targets(table, list(rows.items()))}


def rates_scored_pro_rata(pieces: Sequence[tuple[Table, ScoreSheet]]) -> bool:
    """Whether the document's score tables score percent rows short of their targets pro rata.

    ``卫片执法图斑核查整改率 | ≥98% | 96.90% | 5 | 4.94`` and ``…合格率 | 100% | 92.31% | 4 |
    3.69``: two such rows or more whose scores are actual ÷ target × points (to the
    hundredth), and more of them so than not, say a class's pro-rata method scores rates
    too. Every score table counts (a sheet continued in a second table is one sheet).
    """
    agree = disagree = 0
    for table, sheet in pieces:
        a, d = _pro_rata_counts(sheet, targets_by_row(table, sheet))
        agree, disagree = agree + a, disagree + d
    return agree >= _PRO_RATA_ROWS and agree > disagree


def _pro_rata_counts(sheet: ScoreSheet, by_row: Mapping[int, RowTarget]) -> tuple[int, int]:
    """Percent rows short of target scored pro rata, and those scored otherwise."""
    agree = disagree = 0
    for ind in sheet.indicators:
        where = ind.awarded_location
        if where is None or where.row is None or ind.maximum is None or ind.awarded is None:
            continue
        row = by_row.get(where.row - 1)
        if row is None or row.target is None or row.actual is None:
            continue
        goal, actual = row.target, row.actual
        if goal.unit != "%" or actual.unit != "%" or goal.op not in ("", ">=") or goal.value <= 0:
            continue
        if actual.value >= goal.value:
            continue
        pro_rata = (actual.value / goal.value * ind.maximum).quantize(Decimal("0.01"))
        if abs(pro_rata - ind.awarded) <= Decimal("0.01"):
            agree += 1
        else:
            disagree += 1
    return agree, disagree


_PRO_RATA_ROWS = 2
"""Percent rows scored pro rata needed before a class's method is read as theirs too."""


def _on_own_target(
    ind: Indicator, rule: ScoringRule, target: RowTarget | None
) -> tuple[Indicator, ScoringRule] | None:
    """The row with its actual rate, and the rule counting from its own percent target.

    Only a higher-is-better percent target (``≥10%``), or a ceiling (``≤2%``) under
    steps over it only (``每超过0.1个百分点扣0.5分``), and a percent actual value are
    read: points per percentage point below a count target (``≥3,600条``) or below a
    ceiling say nothing certain, and the row takes no rule (the reading abstains).
    """
    if target is None or target.target is None or target.actual is None:
        return None
    goal, actual = target.target, target.actual
    if goal.unit != "%" or actual.unit != "%" or actual.op:
        return None
    # ``≤2%`` under ``每超过0.1个百分点扣0.5分``: the steps count over the ceiling.
    ceiling = goal.op in ("<=", "<") and {
        lin.direction for lin in rule.linears if lin.to_target
    } == {"above"}
    if not ceiling and (
        goal.op not in ("", ">=", ">") or lower_is_better(ind.name, goal) or goal.value <= 0
    ):
        return None
    if ind.rate is not None and ind.rate != actual.value:
        return None
    rated = replace(
        ind,
        rate=actual.value,
        rate_quote=ind.rate_quote or f"{ind.name} | {goal.text} | {actual.text}",
        rate_location=ind.rate_location or actual.location,
    )
    return rated, rule.on_target(goal.value)


def _own_values(ind: Indicator, target: RowTarget | None) -> bool:
    """Whether a far method can score the row on its own table values alone.

    A method stated far from the table (its section's head, the 评分办法 section) is
    applied only to a row with a target and an actual value of one unit in its cells,
    and no rate read from elsewhere: a rate from the indicator's prose goes with the
    target that prose states (``预算执行率97.88%，达到95%以上的目标``).
    """
    if target is None or target.target is None or target.actual is None:
        return False
    if target.target.unit != target.actual.unit:
        return False
    return ind.rate is None or ind.rate_location == target.actual.location


def own_completion(
    ind: Indicator, target: RowTarget | None
) -> tuple[Measure, RowRatio | None] | None:
    """The row's own 完成率 cell, and the count ratio it is to be recomputed from.

    ``年度指标值 | 实际完成值 | 完成率``: the cell is the completion a table-wide
    ``得分＝分值×完成率`` multiplies, also for a percent target other than 100 %
    (``≥95% | 87.4% | 92.00%``), where the values alone leave it open. When the actual
    value or its ratio to the target can be read, the cell must be one of them (within
    the rounding of its digits; 100 % for a count above its target). A cell that is not
    keeps its value as the rate when the row is a count over a count target of one unit
    (``3,150人 | 2,730人 | 88.67%``): that ratio is the row's own operands, so the rate
    is recomputed from them (SC003 states it). Any other cell in doubt gives None. A row
    whose rate carries its own operands (``92.0%（3,906/4,340）``) keeps that rate.
    """
    if target is None or target.completion is None or ind.row_ratio is not None:
        return None
    cell, goal, actual = target.completion, target.target, target.actual
    readings: list[Decimal] = []
    if actual is not None and actual.unit == "%" and not actual.op:
        readings.append(actual.value)
    counted: Decimal | None = None
    if (
        goal is not None
        and actual is not None
        and goal.unit == actual.unit
        and goal.value > 0
        and not actual.op
    ):
        ratio = actual.value / goal.value * 100
        readings += [ratio, min(ratio, Decimal(100))]
        if goal.unit not in ("", "%") and goal.op in ("", ">=", ">"):
            counted = ratio
    if not readings:
        return cell, None
    digits = max(0, -int(cell.value.normalize().as_tuple().exponent))
    tolerance = max(Decimal("0.5") * Decimal(10) ** -digits, Decimal("0.005"))
    if any(abs(r - cell.value) <= tolerance for r in readings):
        return cell, None
    if counted is None or lower_is_better(ind.name, goal) or len(readings) > 2:
        return None
    assert goal is not None and actual is not None
    return cell, RowRatio(
        actual.value,
        "实际完成值",
        goal.value,
        "年度指标值",
        f"{ind.name} | {goal.text} | {actual.text} | {cell.text}",
        scored_only=True,
    )


def per_unit_indicator(
    ind: Indicator,
    stated: tuple[ScoringRule, str, Location | None, bool],
    target: Measure | None,
    actual: Measure | None,
) -> Indicator:
    """An indicator under a per-unit deduction, scored on its completion of its count target.

    ``stated`` is the rule, its quote, where it was read and whether it is stated for
    many rows. The rate becomes ``actual/target`` (capped at 100 %) and the deduction
    per unit a deduction per share of the target; the target is the row's or the one
    the rule states (``完成3个得满分``, :func:`stated_base`). An indicator whose actual
    value is not in the rule's unit, whose two targets differ, or whose rate is its
    own, keeps no rule (the reading abstains).
    """
    rule = stated[0]
    bare = replace(ind, rule=None) if ind.rule is not None else ind
    if ind.rate is not None or actual is None or actual.unit == "%":
        return bare
    base = stated_base(rule, target, actual)
    if base is None:
        return bare
    rate = completion_rate(base, actual)
    bound = rule.against(base.value, base.unit)
    if rate is None or bound is None:
        return bare
    return _scored_on(ind, stated, bound, rate, f"{ind.name} | {base.text} | {actual.text}", actual)


def met_indicator(
    ind: Indicator,
    stated: tuple[ScoringRule, str, Location | None, bool],
    target: Measure | None,
    actual: Measure | None,
) -> Indicator:
    """An indicator under an all-or-nothing rule, scored on whether it met its own target.

    ``达到目标值得满分，未达到不得分``: the rate becomes its completion of the target (100 %
    when met, ``actual/target`` below it), so the rule's full marks or none follow. Only
    a higher-is-better target and an actual value in one unit are read; a ceiling
    (``≤100%``, a 控制率), a target with no clear direction, or a missing value leaves
    the indicator without the rule (the reading abstains).
    """
    rule = stated[0]
    bare = replace(ind, rule=None) if ind.rule is not None else ind
    if target is None or actual is None or target.unit != actual.unit or target.value <= 0:
        return bare
    if lower_is_better(ind.name, target):
        return bare
    met, _ = compare(ind.name, target, actual)
    if met is None:
        return bare
    rate = Decimal(100) if met else min(Decimal("99.99"), actual.value / target.value * 100)
    return replace(
        _scored_on(ind, stated, rule, rate, f"{ind.name} | {target.text} | {actual.text}", actual),
        formula=None,
        rate_decimals=2,
    )


def _scored_on(
    ind: Indicator,
    stated: tuple[ScoringRule, str, Location | None, bool],
    rule: ScoringRule,
    rate: Decimal,
    quote: str,
    actual: Measure,
) -> Indicator:
    """The indicator under ``rule``, its rate the completion read from ``actual``."""
    _, text, where, many = stated
    return replace(
        ind,
        rule=rule,
        rule_quote=text,
        rule_location=where,
        rule_shared=many,
        rate=rate.quantize(Decimal("0.01")),
        rate_quote=quote,
        rate_location=actual.location,
    )


def stated_base(rule: ScoringRule, target: Measure | None, actual: Measure) -> Measure | None:
    """The count target a per-unit deduction counts from: the row's, or the rule's own.

    ``完成3个得满分，每少1个扣2分`` states its base; a row's target in the same unit
    is the base too. When both are stated and differ, or neither is, the reading
    abstains (None): two bases give two scores.
    """
    own = rule.base(actual.unit)
    if target is not None and target.unit == actual.unit:
        if own is not None and own != target.value:
            return None
        return target
    if target is not None or own is None:
        return None  # a target in another unit (or none and no stated base)
    return Measure("", own, actual.unit, f"{own.normalize():f}{actual.unit}", actual.location)


def _reaches(text: str, ind: Indicator, title: str = "", names: Sequence[str] = ()) -> bool:
    """Whether a table's method reaches a row.

    A funds method (``执行率×分值``) reaches only rows with their own 执行数/预算数,
    and ``执行率×10分`` only a 10-point one, unless the same text states a pro-rata
    method for every row in other words (``各项指标均按完成比例计分，即得分=执行率×分值``),
    or a pro-rata method beside it that names no one row (``预算执行率得分=执行率×10。
    绩效指标未完成的按比例计分``: the funds row's formula, then the others' method). A
    method stated for a class of indicators (``产出指标完成目标得满分…``) reaches only
    the rows whose 一级/二级 label names the class, or every row of a table whose title
    names it (``产出指标完成情况``); a row whose labels are not known is not reached.
    """
    scopes = {w for m in _SCOPE.finditer(text) for w in _JOINER.split(m.group("g")) if w}
    if scopes and not any(word in label for word in scopes for label in (*ind.path, title)):
        return False
    m = _FUNDS_RULE.search(text)
    if m is None:
        return True
    points = m.groupdict().get("points")
    funds_row = ind.row_ratio is not None and (points is None or Decimal(points) == ind.maximum)
    if (
        _SHEET_WIDE_CUE.search(text)
        and parse_rule(text[: m.start()] + text[m.end() :]).proportional
    ):
        # ``各项指标均按完成比例计分，即得分=执行率×分值``: the product restates a
        # method stated for every row, not the funds row's own.
        return True
    rest = _without_funds_sentence(text)
    others = parse_rule(rest).proportional
    if (
        others
        and not any(name in rest for name in names if len(name) >= 3)
        and not _one_indicator(rest, others, list(names))
    ):
        # The funds row's formula stands beside the others' pro-rata method.
        return ind.row_ratio is None or funds_row
    return funds_row


def _pro_rata_clause(text: str, rest: str, rule: ScoringRule) -> tuple[str, str]:
    """The text and cue whose subject says whom a pro-rata method scores.

    Beside the funds row's own formula, the other sentences' method is the one whose
    subject matters (``资金执行率得分=执行率×10。绩效指标未完成的按比例计分``).
    """
    others = parse_rule(rest).proportional
    return (rest, others) if others else (text, rule.proportional)


def _without_funds_sentence(text: str) -> str:
    """The text without the sentences that state the funds row's ``执行率×分值``."""
    return "".join(s for s in re.split(r"(?<=[。；;])", text) if not _FUNDS_RULE.search(s))


def with_funds_rule(
    doc: Document, rows: tuple[Indicator, ...], subject: str = ""
) -> tuple[Indicator, ...]:
    """Funds rows without a rule take the ``执行率×分值`` method the text states for them.

    The 10号 form scores its funds row at 执行率×分值; a report may state it far from
    the table (in the scoring method section, or as the score's own formula in the
    item's paragraph). Only the product is read, so the numbers after it
    (``=95%×10=9.5分``) are not taken for the rule; rows without their own
    执行数/预算数 operands are left alone, and a product with the points written out
    (``执行率×10分``) reaches only a row with those points. A statement about the
    project sheets does not score the department's (``subject``, :func:`for_other_sheets`).
    """
    if not any(r.rule is None and r.row_ratio is not None for r in rows):
        return rows
    found: tuple[ScoringRule, str, Location, Decimal | None] | None = None
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            continue
        m = _FUNDS_RULE.search(block.text)
        if m is None or for_other_sheets(block.text, subject):
            continue
        rule = parse_rule(m.group(0))
        if not rule.empty and rule.proportional:
            # ``执行率×10分`` is the method of a 10-point row only.
            points = m.groupdict().get("points")
            found = (rule, m.group(0), block.location, Decimal(points) if points else None)
            break
    if found is None:
        return rows
    rule, text, where, points = found
    return tuple(
        replace(r, rule=rule, rule_quote=text, rule_location=where)
        if r.rule is None and r.row_ratio is not None and points in (None, r.maximum)
        else r
        for r in rows
    )


def indicator_targets(doc: Document, sheet: ScoreSheet) -> list[tuple[Indicator, RowTarget]]:
    """Each table-sheet indicator with its row's target, actual value and reason.

    A sheet split over two tables (``表5`` and ``表5（续）`` on the next page) numbers
    each indicator's row within its own table: the row is read in that table, never at
    the same row number of the first (``结转结余率 | 1.80%`` for the continuation's
    second row).
    """
    by_table: dict[int, dict[int, Indicator]] = {}
    for i in sheet.indicators:
        where = i.awarded_location
        if where is None or where.row is None:
            continue
        number = where.table if where.table is not None else sheet.table
        if number is not None:
            by_table.setdefault(number, {})[where.row - 1] = i
    out: list[tuple[Indicator, RowTarget]] = []
    for number, by_row in by_table.items():
        table = next((t for t in doc.tables if t.number == number), None)
        if table is None:
            continue
        found = row_targets(table, [(r, i.name) for r, i in by_row.items()])
        out += [(by_row[t.row], t) for t in found]
    return out
