"""Every year a report mentions, classified by what the sentence does with it.

Year rules need to know whether ``2023`` titles a form, names a published budget, is a
prior-year result copied into this year's evaluation, the basis of a score, a plan, a
legitimate comparison with last year, a multi-year plan or a document number. Reading
that out of the sentence is the reading layer's job; the rules only compare years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.model import Location
from auditor.read.wording import patterns
from auditor.text.numbers import DateMention, YearMention


def _cue(key: str) -> re.Pattern[str]:
    """The patterns under ``key`` in ``cues/years.yaml``, or-ed into one."""
    found = patterns("years", key)
    if len(found) == 1:
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


# ``已在网站公开2023年度部门预算``: 公开 just before the year, in the same clause (not
# ``在网站公开，并作为2026年度预算安排的参考``).
_PUBLISHED_BEFORE = _cue("published_before")
_FINAL = _cue("final_account")
_BUDGET = _cue("budget")
_BUDGET_AS_USE = _cue("budget_as_use")
_BUDGET_USE_CLAUSE = _cue("budget_use_clause")
_BUDGET_USE_BASIS = _cue("budget_use_basis")
_BUDGET_PREPARED = _cue("budget_prepared")
_A_YEAR = re.compile(r"(?:19|20)\d{2}")
_PUBLICATION_TIME_BEFORE = _cue("publication_time_before")
_PUBLISH_PLANNED = _cue("publish_planned")


CLAUSE_WITHIN = 90
"""Characters of the year's own clause read for its 公开 (``2023年度部门预算于2023年2月、
2023年度部门决算于2024年8月在…网站公开``: two disclosures, one verb)."""


def _published(before: str, after: str, *, later: bool = False) -> str:
    """``published_budget``/``published_final`` when the year names a disclosed 预算/决算.

    ``2023年度部门决算已于2024年8月公开`` (决算 of the year before) is the normal schedule,
    so the two are told apart; ``已在网站公开2023年度部门预算`` puts 公开 first.
    ``自评结果作为2025年预算安排的依据，并…公开`` publishes the evaluation, not a budget.
    The year's own noun is read up to the next year (``2024年度决算、2025年度预算均…公开``:
    2024's is the 决算). A ``later`` year's 预算 compiled in the words up to the next year
    (``完成2026年部门预算编制和2024年度部门决算公开``) is being prepared, not published.
    """
    if _PUBLICATION_TIME_BEFORE.search(before):
        return ""  # ``将于2026年公开``: when something is published, not what
    if _BUDGET_AS_USE.search(before[-BUDGET_USE_BEFORE:]):
        return ""  # ``作为2025年预算安排的依据``: the budget the evaluation feeds
    if _BUDGET_USE_CLAUSE.search(before) and _BUDGET_USE_BASIS.search(after):
        return ""  # ``作为编制2024年度、2025年度部门预算的重要依据``: the same, further on
    head = _A_YEAR.split(after[:NAMED_AFTER], maxsplit=1)[0]
    if not (_BUDGET.search(head) or _FINAL.search(head)):
        head = after[:NAMED_AFTER]  # ``2023年度、2024年度部门预算均已公开``: a shared noun
    own = _A_YEAR.split(re.split(r"[，,。；;]", after, maxsplit=1)[0], maxsplit=1)[0]
    own_before = re.split(r"[，,。；;]|(?:19|20)\d{2}", before)[-1]
    if (
        later
        and _BUDGET.search(head)
        and _BUDGET_PREPARED.search(own_before + own)
        and "公开" not in own_before + own
    ):
        return ""  # ``按时编制2026年度部门预算``: next year's budget, compiled this year
    rest = after[: max(0, after.find("。"))] if "。" in after else after[:DISCLOSED_WITHIN]
    clause = re.split(r"[，,。；;]", rest, maxsplit=1)[0][:CLAUSE_WITHIN]
    disclosed = (
        ("公开" in rest[:DISCLOSED_WITHIN] or "公开" in clause)
        and (_BUDGET.search(head) or _FINAL.search(head))
    ) or (
        _PUBLISHED_BEFORE.search(before) is not None
        and (_BUDGET.search(head) or _FINAL.search(head))
    )
    if not disclosed:
        return ""
    if _PUBLISH_PLANNED.search(own_before) or (
        "公开" in rest and _PUBLISH_PLANNED.search(rest[: rest.find("公开")])
    ):
        return ""  # ``2026年度部门预算将于…公开``: a disclosure still to come
    if _OTHER_PUBLISHED.search(rest[: rest.find("公开") + 2]):
        return ""  # ``…与下年度预算分配相衔接，并把本报告…公开``: the report is published
    if _FINAL.search(head) and not _BUDGET.search(head):
        return "published_final"
    return "published_budget"


_PLAN = _cue("plan")
_OTHER_PUBLISHED = _cue("other_published_object")
_COMPARISON_FROM_BEFORE = _cue("comparison_from_before")
_COMPARISON_FROM_AFTER = _cue("comparison_from_after")
_PRIOR_REVIEW_CLAUSE = _cue("prior_review_clause")
_TITLE_PLAN = _cue("title_plan")
_TITLE_RESULT = _cue("title_result")
_TITLE_FORM = _cue("title_form")
_COMPARISON = _cue("comparison")
_COMPARISON_SECTION = _cue("comparison_section")
_COMPARISON_BASE_BEFORE = _cue("comparison_base_before")
_COMPARISON_PAIR_BEFORE = _cue("comparison_pair_before")
_COMPARISON_PAIR_AFTER = _cue("comparison_pair_after")
_SPAN_START = _cue("span_start")
_SPAN_LATER = _cue("span_later")
_THIS_YEAR = _cue("this_year_words")
_CONTINUATION = _cue("continuation")
_CONTINUATION_BEFORE = _cue("continuation_before")
_CONTINUATION_AFTER = _cue("continuation_after")
_MENDED_BEFORE = _cue("mended_before")
_MENDED_AFTER = _cue("mended_after")
_REVIEWED_AFTER = _cue("reviewed_after")
_SPAN_STARTED = _cue("span_started")
_PRIOR_VALUE_AFTER = _cue("prior_value_after")
_CUMULATIVE = _cue("cumulative")
_PRIOR_REVIEW_YEAR_WORDS = _cue("prior_review_year_words")
_PRIOR_REVIEW_TOPIC = _cue("prior_review_topic")
_SCORE_BASIS = _cue("score_basis")
_BASIS_BEFORE = _cue("basis_before")
_PRIOR_YEAR_RELATIVE = _cue("prior_year_relative")
_SCORE_AWARDED = _cue("score_awarded")
_BASIS_NAMED = _cue("basis_named")
_EVIDENCE_AFTER = _cue("evidence_after")
_EVIDENCE_RESULT = _cue("evidence_result")
_RESULT = _cue("result")
_BOUND_RIGHT_AFTER = _cue("bound_right_after")
_TARGET_SET = _cue("target_set")
_REFERENCE = _cue("reference")
_DATA_PERIOD = _cue("data_period")
_CITED_DATA = _cue("cited_data_before")
CITED_DATA_BEFORE = 30
"""How far before a year a citation of published or fed-back statistics is read."""
_HENCE_SCORED = _cue("hence_scored")
_SINCE_BEFORE = _cue("since_before")
SINCE_BEFORE = 3
"""Characters before a year searched for ``自``/``从`` opening a span up to now."""
_SINCE_AFTER = _cue("since_after")
_SINCE_RIGHT_AFTER = _cue("since_right_after")
_TITLE_NOISE = _cue("title_noise")
MALFORMED_YEAR = _cue("malformed_year")
IMPLAUSIBLE_YEAR = _cue("implausible_year")
FORWARD = _cue("forward")
_DONE = _cue("done")
"""A year written with three or five digits (``202年度``, ``20224年3月``)."""
YEAR_END = _cue("year_end")
"""A stock at a year's end (``2021年末``, ``2021年12月31日``)."""
YEAR_COMPARISON = _cue("year_comparison")
"""A sentence comparing a figure with another year's (``较上年末增加2人``)."""

# Character windows around a year mention (the text a cue must stand in).
AFTER_YEAR = 40
"""What follows a year that its role is read from."""
NAMED_AFTER = 14
"""A disclosed year names its 预算/决算 this close after it (``2023年度部门预算``)."""
DISCLOSED_WITHIN = 60
"""公开 must come this close after the year, in the same sentence."""
BUDGET_USE_BEFORE = 8
"""``作为`` this close before the year makes its budget the one the evaluation feeds."""
TITLE_PLAN_AFTER = 12
"""A title's year is a plan's when a plan word follows this close (``2025年工作计划``)."""
PLAN_AFTER = 16
"""A plan word this close after a year makes it a plan (``2025年将继续``)."""
PLAN_BEFORE = 6
"""… or this close before it (``计划于2025年``)."""
SCORE_BASIS_WITHIN = 30
"""In an indicator, the score-basis words must follow within this much of the clause."""
BASIS_BEFORE = 6
COMPARED_BEFORE = 8
"""较/比/与 this close before a year makes it the base of a comparison (``较2024年``)."""
"""``依据``/``根据`` this close before a year makes what follows it the evidence scored on."""


@dataclass(frozen=True, slots=True)
class YearUse:
    """A year mention with its role in the sentence."""

    year: int
    role: str
    """``title``, ``published_budget``, ``published_final``, ``published_next_budget`` (the
    next year's budget said published early in that year, dated so), ``score_basis``, ``evidence_basis`` (a survey or
    evaluation of that year named as what the score rests on), ``plan``, ``comparison``,
    ``continuation``, ``reference``, ``range``, ``data_period`` (the period of data
    worked on: ``完成2024年地区生产总值核算``), ``review`` (an earlier year in a section
    about that year's evaluation findings and their 整改), ``result`` or ``mention``."""
    raw: str
    sentence: str
    block: int
    location: Location
    section: int
    in_heading: bool = False
    date: DateMention | None = None


def classify_years(
    text: str,
    years: tuple[YearMention, ...],
    dates: tuple[DateMention, ...],
    *,
    block: int,
    location: Location,
    section: int,
    is_title: bool,
    section_title: str,
    in_indicator: bool,
    report_year: int | None,
    row_years: frozenset[int] = frozenset(),
    in_prior_review: bool = False,
) -> list[YearUse]:
    """Classify each year mention of one text (a paragraph, caption or cell).

    ``row_years`` are the years the other cells of a table cell's row name: a prior year
    heading a column beside the evaluated year's (``2024年完成数 | 2025年完成数``) is the
    comparison column of that table. ``in_prior_review``: the text sits in a section about
    an earlier year's evaluation findings and their 整改 (``reviews_prior_year``).
    """
    out: list[YearUse] = []
    date_at = {(d.start, d.end): d for d in dates}
    mentions: list[YearMention | _Relative] = list(years)
    if report_year is not None and (in_indicator or _SCORE_AWARDED.search(text)):
        mentions.extend(_relative_prior_years(text, report_year))
    for y in mentions:
        sentence, offset = _sentence_of(text, y.start)
        before = text[offset : y.start]
        after = text[y.end : y.end + AFTER_YEAR]
        role = _role(
            y,
            sentence,
            before,
            after,
            is_title,
            section_title,
            in_indicator,
            report_year,
            text[y.end : y.end + CLAUSE_WITHIN],
        )
        if (
            role == "result"
            and in_prior_review
            and report_year is not None
            and y.year < report_year
        ):
            role = "review"  # ``2024年度自评提出的问题已整改`` under 上年度…问题整改情况
        if isinstance(y, _Relative) and role not in ("score_basis", "evidence_basis"):
            continue  # ``较上年提高``: a relative year is read only as a score's basis
        if (
            role == "result"
            and report_year is not None
            and y.year < report_year
            and report_year in row_years
        ):
            role = "comparison"  # a column of last year's figures beside this year's
        out.append(
            YearUse(
                year=y.year,
                role=role,
                raw=y.raw,
                sentence=sentence,
                block=block,
                location=location,
                section=section,
                in_heading=is_title,
                date=date_at.get((y.start, y.end)),
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class _Relative:
    """``上年度`` in a report on ``report_year``: the year before, named without its number."""

    year: int
    raw: str
    start: int
    end: int
    range_end: None = None


def names_prior_year_in_words(text: str) -> bool:
    """Whether a text names the previous year without its number (``上年度``)."""
    return bool(_PRIOR_YEAR_RELATIVE.search(text))


def _relative_prior_years(text: str, report_year: int) -> list[_Relative]:
    """The previous year named as words (``依据上年度考核结果``), as year mentions."""
    return [
        _Relative(report_year - 1, m.group(0), m.start(), m.end())
        for m in _PRIOR_YEAR_RELATIVE.finditer(text)
    ]


def reviews_prior_year(title: str, report_year: int | None) -> bool:
    """Whether a section title is about an earlier year's evaluation and its 整改.

    ``上年度绩效评价发现问题整改情况``, ``2024年度自评问题整改落实情况`` (in a 2025
    report): the section's sentences name that year by design, as the findings they
    rectify, not as this year's results. ``问题整改情况`` alone names no earlier year.
    """
    if report_year is None or not _PRIOR_REVIEW_TOPIC.search(title):
        return False
    if _PRIOR_REVIEW_YEAR_WORDS.search(title):
        return True
    return any(int(y) < report_year for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)", title))


def _own_clause(before: str, after: str) -> str:
    """The words of a year's own clause, between the commas around it (the year left out)."""
    head = re.split(r"[，,；;。：:]", before)[-1]
    tail = re.split(r"[，,；;。：:]", after, maxsplit=1)[0]
    return head + tail


def _stated_basis(before: str, after: str) -> bool:
    """``依据2023年度考核结果（优秀）得满分``: a basis word before the year, a result after.

    Read before any comparison elsewhere in the sentence (``比2023年增加5项，依据2023年度
    考核结果…``): the year's own clause decides, and one that compares (``较2023年度考核
    得分提高``) is no basis.
    """
    clause = re.split(r"[。；]", after, maxsplit=1)[0]
    return (
        bool(_BASIS_BEFORE.search(before[-BASIS_BEFORE:]))
        and bool(_SCORE_BASIS.search(clause[:SCORE_BASIS_WITHIN]))
        and not _COMPARISON.search(_own_clause(before, after))
    )


def _role(
    y: YearMention | _Relative,
    sentence: str,
    before: str,
    after: str,
    is_title: bool,
    section_title: str,
    in_indicator: bool,
    report_year: int | None,
    clause_after: str = "",
) -> str:
    """The year's role; ``clause_after`` is the longer run after it a 公开 is read in."""
    if y.range_end is not None:
        return "range"
    if _REFERENCE.search(before):
        return "reference"
    if is_title:
        if (
            report_year is not None
            and y.year < report_year
            and reviews_prior_year(sentence, report_year)
        ):
            return (
                "review"  # ``三、2024年度自评问题整改落实情况``: a section on that year's findings
            )
        if _PLAN.search(after[:TITLE_PLAN_AFTER]):
            return "plan"
        later = report_year is not None and y.year > report_year
        if (
            later
            and (_TITLE_PLAN.search(sentence) or not _TITLE_FORM.search(sentence))
            and not _TITLE_RESULT.search(sentence)
        ):
            return "plan"  # ``五、下一步工作打算（2025年）``, ``2026年重点工作``: later work
        if later and _BUDGET_PREPARED.search(sentence) and not _TITLE_FORM.search(sentence):
            return "plan"  # ``2026年部门预算编制情况``: next year's budget compiled this year
        return "title"
    if report_year is not None and y.year < report_year and _PRIOR_REVIEW_CLAUSE.match(after):
        return "review"  # ``针对2024年度自评中发现的问题，…``: that year's findings taken up
    published = _published(
        before, clause_after or after, later=report_year is not None and y.year > report_year
    )
    if (
        published == "published_budget"
        and report_year is not None
        and y.year == report_year + 1
        and _published_in(sentence, y.year)
    ):
        return "published_next_budget"  # ``2025年度部门预算已于2025年1月公开``: on time
    if published:
        return published
    if report_year is not None and y.year > report_year:
        return "plan"
    if (report_year is None or y.year >= report_year) and (
        _PLAN.search(after[:PLAN_AFTER]) or _PLAN.search(before[-PLAN_BEFORE:])
    ):
        return "plan"
    clause = re.split(r"[。；]", after, maxsplit=1)[0]
    # The sentence scores (``该指标得满分``, ``作为本指标计分依据``): it is scoring, whatever
    # heading it stands under.
    scoring = in_indicator or bool(_SCORE_AWARDED.search(clause) or _BASIS_NAMED.search(clause))
    if (
        scoring
        and report_year is not None
        and y.year < report_year
        and _stated_basis(before, after)
    ):
        return "score_basis"
    if (
        report_year is not None
        and y.year < report_year
        and _SCORE_BASIS.search(clause[:SCORE_BASIS_WITHIN])
        and _HENCE_SCORED.search(clause)
        and not _COMPARISON.search(_own_clause(before, after))
    ):
        return "score_basis"  # ``2023年度…综合考核被评为优秀等次，因此本项计满分``
    if isinstance(y, _Relative) and _COMPARISON.search(_own_clause(before, after)):
        return "comparison"  # ``较上年度考核得分提高``
    if _COMPARISON_SECTION.search(section_title) or _compared_with(before, after):
        return "comparison"
    if _COMPARISON.search(sentence) and (
        report_year is None
        or y.year >= report_year
        or str(report_year) in sentence
        or _THIS_YEAR.search(sentence)
        or _PRIOR_VALUE_AFTER.match(after)
    ):
        return "comparison"  # ``…，2024年为2.5元/吨，下降8%``: the base of the change
    window = before[-PLAN_BEFORE:] + y.raw + after[:PLAN_AFTER]  # this mention's own surroundings
    if _CONTINUATION.search(window):
        return "continuation"
    if _MENDED_BEFORE.search(before[-PLAN_BEFORE:]) and _MENDED_AFTER.match(after):
        return "continuation"  # ``完成2023年汛期水毁工程的修复``: this year's work on then's damage
    if y.raw.endswith("年度") and _REVIEWED_AFTER.match(after):
        return (
            "continuation"  # ``2024年组织开展2023年度社会组织年检``: this year's review of then's
        )
    if (
        report_year is not None
        and y.year < report_year
        and (
            _SPAN_STARTED.match(after)
            or (
                (
                    _CONTINUATION_BEFORE.search(before[-PLAN_BEFORE:])
                    or _CONTINUATION_AFTER.match(after)
                )
                and not _EVIDENCE_AFTER.search(clause[:SCORE_BASIS_WITHIN])
            )
        )
    ):
        return "continuation"  # ``2024年开工建设的…``, ``沿用2024年的机制``: history carried on
    if (
        report_year is not None
        and y.year < report_year
        and _SPAN_START.match(after)
        and _reaches(sentence, report_year)
    ):
        return "continuation"  # ``2024年10月开工，2025年7月竣工``: a project spanning both
    if scoring and _SCORE_BASIS.search(clause[:SCORE_BASIS_WITHIN]):
        if _COMPARISON.search(_own_clause(before, after)):
            return "comparison"  # ``比2023年增加5个，根据…考核结果``: the basis is another year's
        return "score_basis"
    if scoring and (
        (
            _BASIS_BEFORE.search(before[-BASIS_BEFORE:])
            and _EVIDENCE_AFTER.search(clause[:SCORE_BASIS_WITHIN])
        )
        or _EVIDENCE_RESULT.search(clause)
    ):
        if _SCORE_AWARDED.search(clause):
            return (
                "score_basis"  # ``依据2022年度…测评结果（…），本项得10分``: the score rests on it
            )
        return "evidence_basis"  # ``得分依据2023年度满意度调查结果``: that year's evidence
    if _SINCE_BEFORE.search(before[-SINCE_BEFORE:]) and _SINCE_AFTER.search(clause):
        return "since"  # ``自2017年实施…以来，累计完成…``: counted from then up to now
    if _SINCE_RIGHT_AFTER.match(after):
        return "since"  # ``对2022年以来的结算单据抽查…``: the year opens a span up to now
    if _BOUND_RIGHT_AFTER.match(after):
        return "mention"  # ``2016年以前安装的健身器材``: when things date from, no result
    if (
        report_year is not None
        and y.year < report_year
        and _CUMULATIVE.search(sentence)
        and _reaches(sentence, report_year)
    ):
        return "since"  # ``截至2025年底，累计建成…，其中2024年建成…``: part of a running count
    if (
        report_year is not None
        and y.year < report_year
        and _BASIS_BEFORE.search(before[-BASIS_BEFORE:])
        and _TARGET_SET.search(sentence)
    ):
        return "target_basis"  # ``以2023年为基期``, ``依据2023年实绩…设定年度目标``: a basis
    data = _DATA_PERIOD.match(after)
    if data and not _RESULT.search(data.group(0)):
        return "data_period"  # ``完成2024年地区生产总值核算``: work on that year's data
    if _CITED_DATA.search(before[-CITED_DATA_BEFORE:]):
        return "data_period"  # ``据统计局反馈的数据，2023年度R&D经费投入…``: lagged statistics
    if _RESULT.search(sentence):
        return "result"
    return "mention"


def _published_in(sentence: str, year: int) -> bool:
    """Whether a sentence dates a publication in ``year`` (``已于2025年1月26日…公开``)."""
    return any(
        int(m.group(0)) == year and _PUBLICATION_TIME_BEFORE.search(sentence[: m.start()])
        for m in _A_YEAR.finditer(sentence)
    )


def _reaches(sentence: str, report_year: int) -> bool:
    """Whether a sentence names the evaluated year or a later point (``2025年6月竣工``, 本年度)."""
    if _THIS_YEAR.search(sentence) or _SPAN_LATER.search(sentence):
        return True
    return any(
        int(y) >= report_year for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?=\s*年)", sentence)
    )


def _compared_with(before: str, after: str) -> bool:
    """Whether the year is itself the base of a comparison (``较2024年的``, ``与2023年相比``)."""
    if _COMPARISON_BASE_BEFORE.search(before[-COMPARED_BEFORE:]):
        return True
    if _COMPARISON_FROM_BEFORE.search(before[-COMPARED_BEFORE:]) and _COMPARISON_FROM_AFTER.match(
        after
    ):
        return True  # ``由2023年的12.4天压缩到9.0天``: the value the change moved from
    return bool(
        _COMPARISON_PAIR_BEFORE.search(before[-COMPARED_BEFORE:])
        and _COMPARISON_PAIR_AFTER.search(after)
    )


def told_as_done(sentence: str) -> bool:
    """Whether a sentence recounts work done (完成、开展 …) and looks nowhere ahead."""
    return bool(_DONE.search(sentence)) and not FORWARD.search(sentence)


def looks_ahead(title: str) -> bool:
    """Whether a section title is about plans (``下一步工作打算``, ``工作计划``)."""
    return bool(FORWARD.search(title) or _PLAN.search(title))


def title_subject(title: str) -> str:
    """A title without its number, year and bracketed notes (``“三公”经费预算``).

    Two titles with the same subject and different years are one table of two years.
    """
    return _TITLE_NOISE.sub("", title)


def _sentence_of(text: str, pos: int) -> tuple[str, int]:
    start = max((text.rfind(ch, 0, pos) for ch in "。；！？"), default=-1) + 1
    ends = [i for i in (text.find(ch, pos) for ch in "。；！？") if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end], start
