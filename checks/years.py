"""Year and date rules (YR): titles, signatures, disclosures and results of the wrong year."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import yaml

from auditor.findings import Evidence, Issue, Severity
from auditor.model import Location
from auditor.read.figures import cue
from auditor.read.reading import Reading, TextHit
from auditor.read.structure import is_finance_block
from auditor.read.year_end import prior_year_end
from auditor.read.years import (
    IMPLAUSIBLE_YEAR,
    MALFORMED_YEAR,
    YearUse,
    looks_ahead,
    title_subject,
    told_as_done,
)
from auditor.registry import Option, check
from checks._paths import DATA_DIR

_COMPARISON_TITLE = re.compile(r"对比|比较|同比|增减|变动|上年")
_EVALUATION_FORM = cue("years", "evaluation_form_title")
"""A self-evaluation form's title: one year's form, never a comparison (``years.yaml``)."""
_EVALUATION_SECTION = cue("years", "evaluation_section")
"""Section titles about the year's results (``years.yaml``)."""


def _wrong_year(use: YearUse, year: int, message: str) -> Issue:
    """A finding about one year mention that should have been the evaluated year."""
    return Issue(
        message=message, evidence=(_year_evidence(use),), expected=str(year), found=str(use.year)
    )


_ROLE_NAMES = {
    "title": "标题年份",
    "published_budget": "公开的预算年度",
    "published_final": "公开的决算年度",
    "published_next_budget": "公开的下一年度预算",
    "score_basis": "评分依据年份",
    "evidence_basis": "评分依据年份",
    "result": "成绩年份",
    "plan": "计划年份",
    "comparison": "比较年份",
    "since": "起算年份",
    "target_basis": "基期年份",
    "mention": "年份",
}


def _year_evidence(use: YearUse) -> Evidence:
    role = _ROLE_NAMES.get(use.role, "年份")
    return Evidence(use.location, use.sentence.strip()[:120], str(use.year), role)


@check(
    code="YR001",
    name="title-year-mismatch",
    title="表格或附件标题年份与评价年度不符",
    source="自评报告及其附件应针对同一评价年度（部门整体支出绩效自评操作规程）",
)
def title_year_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A form, table or attachment is titled with another year than the one evaluated.

    Why: an attached ``2023 年度…考核评分表`` in a 2024 report is last year's form (or
    last year's scores) and cannot support this year's evaluation.

    Exceptions: headings about later work (``2025年工作打算``, ``下一步工作打算（2025年）``,
    ``2024年重点工作安排``, ``2025年工作目标``: a later year in a heading that titles no
    form, table or report and reports on nothing; ``2026年部门预算编制情况``: next year's
    budget compiled this year), multi-year ranges
    (``2023—2025年``) and comparison tables naming both years (``2023年与2024年对比``)
    are fine, as is last year's table of a subject beside this year's table of the
    same subject (``2023年度“三公”经费预算`` next to ``2024年度“三公”经费预算``), unless
    it is a self-evaluation form (``2023年度项目支出绩效自评表`` beside this year's project
    sheets: a form scores one year); table captions (``表1：2023年度收入情况``) and a
    table's own title line right above it in plain text (``…自评表（2023年度）``) count as
    titles; the year is
    taken from the report title.

    Fails:
        2024年度部门整体支出绩效自评报告
        附件2：2023年度部门整体支出绩效评分表

    Passes:
        2024年度部门整体支出绩效自评报告
        附件2：2024年度部门整体支出绩效评分表
    """
    year = reading.report_year
    if year is None:
        return
    current = {
        title_subject(u.sentence)
        for u in reading.years
        if u.role == "title" and u.year == year and u.date is None
    }
    for use in reading.years:
        if use.role != "title" or use.year == year or use.date is not None:
            continue
        if str(year) in use.sentence or _COMPARISON_TITLE.search(use.sentence):
            continue  # 2023年与2024年对比表: a comparison names both years
        if (
            use.year == year - 1
            and title_subject(use.sentence) in current - {""}
            and not _EVALUATION_FORM.search(use.sentence)
        ):
            continue  # last year's table of a subject beside this year's: a comparison
        yield _wrong_year(
            use,
            year,
            f"标题“{use.sentence.strip()}”写的是 {use.year} 年，而本报告评价的是 {year} 年度",
        )


@check(
    code="YR002",
    name="signature-date-out-of-window",
    title="签署或评分日期不合理",
    source="自评须在评价年度结束后、报告报送前完成（部门整体支出绩效自评操作规程）",
    options=(Option("today", "", "视为“今天”的日期（YYYY-MM-DD），默认取系统日期；测试用"),),
)
def signature_date_out_of_window(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A signature, scoring or seal date lies inside the evaluated year, two or more years after it, after the report date or in the future.

    Why: a 2024 report whose scoring sheet is signed on 2024-05-29 was scored before
    the year it scores had ended — copied from last year or back-dated; a 2022 report
    signed in 2024 is an old report re-dated, or a new one titled with the wrong year.

    Exceptions: the finance bureau's own blocks may be dated after the report date;
    a date without a day is compared by month. A bare sign-off (the unit's name over a
    date line, no 签字/盖章 label) is a signature; an attachment's ``填报日期`` dates
    that form, not the report. A line that opens with a date and goes on
    (``2023年8月圆满完成…``) is not a signing date, nor is a date inside a sentence
    (``于2025年12月31日前完成全部整改``) or a table's column of dates listing work
    (``| 负责人 | 完成时限 |``). The evaluation work's period (``评价时间：``) does not date
    the report: a signature after it is the normal order. The report's own date
    (``报告时间：``) two or more years after the evaluated year is reported too. A
    date after a report date that itself lies inside the evaluated year is the right
    one: only the early date is reported.

    Fails:
        2024年度部门整体支出绩效自评报告
        报告时间：2025年6月
        评分人签名：张三
        2024年5月29日

    Passes:
        2024年度部门整体支出绩效自评报告
        报告时间：2025年6月
        评分人签名：张三
        2025年5月29日
    """
    year = reading.report_year
    if year is None:
        return
    today = date.fromisoformat(options["today"]) if options.get("today") else date.today()
    report = reading.meta.report_date
    report_end = None
    if report is not None and report.as_date() is not None:
        month_end = date(report.year + (report.month == 12), report.month % 12 + 1, 1)
        report_end = month_end if report.day is None else report.as_date()
    late = _late_report_date(reading, year)
    if late is not None:
        yield late
    for sig in reading.meta.signature_dates:
        when = sig.date.as_date()
        if when is None:
            continue
        problem = ""
        if when.year <= year:
            problem = f"在被评价年度（{year} 年）结束之前"
        elif when.year >= year + 2 and not is_finance_block(sig.role):
            problem = f"已是被评价年度（{year} 年）之后第 {when.year - year} 年，自评应在次年完成"
        elif when > today:
            problem = f"晚于今天（{today.isoformat()}）"
        elif (
            report_end is not None
            and not reading.meta.report_date_is_period
            and when >= report_end
            and not is_finance_block(sig.role)
            and report is not None
            and report.year > year  # a report date inside the year is the wrong one
            and sig.date.raw != report.raw
        ):
            problem = f"晚于报告时间（{report.raw if report else ''}）"
        if not problem:
            continue
        yield Issue(
            message=f"“{sig.role.strip()[:30]}”的日期为 {sig.date.raw}，{problem}",
            evidence=(
                Evidence(
                    sig.location,
                    # A quote of the document; the date (read here or next to it) is the value.
                    sig.role.strip()[:60],
                    sig.date.raw,
                    "签署日期",
                ),
            ),
            expected=f"{year + 1} 年",
            found=sig.date.raw,
        )


def _late_report_date(reading: Reading, year: int) -> Issue | None:
    """The report's own date when it is two or more years after the evaluated year.

    None when a signature carries the same date (that signature is reported instead).
    """
    report = reading.meta.report_date
    location = reading.meta.report_date_location
    if report is None or location is None or report.year < year + 2:
        return None
    if any(s.date.raw == report.raw for s in reading.meta.signature_dates):
        return None
    return Issue(
        message=(
            f"报告时间为 {report.raw}，已是被评价年度（{year} 年）之后第 {report.year - year} 年，"
            "自评应在次年完成"
        ),
        evidence=(Evidence(location, report.raw, report.raw, "报告时间"),),
        expected=f"{year + 1} 年",
        found=report.raw,
    )


@check(
    code="YR003",
    name="disclosure-year-mismatch",
    title="所述已公开的预决算年度与评价年度不符",
    source="预决算信息公开性指标考核评价年度的预决算公开（《地方预决算公开操作规程》财预〔2016〕143号）",
)
def disclosure_year_mismatch(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The report says a budget of another year was published (``2023年度预算已公开``).

    Why: the 预决算信息公开性 indicator scores the evaluated year's disclosure; citing
    last year's disclosure earns points for the wrong year.

    Exceptions: a 决算 is published the year after the one it closes, so the previous
    year's 决算 (``2023年度部门决算已于2024年8月公开`` in a 2024 report) is the normal
    schedule; only a 预算 of another year, or a 决算 older than the previous year, is
    flagged. The year may come before or after 公开. A later year's 预算 being compiled
    (``完成2026年部门预算编制和2024年度部门决算公开``) is not said to be published. The
    next year's 预算 is on time when published early in that year: the sentence dates it
    so (``2025年度部门预算已于2025年1月公开`` in a 2024 report) or the report itself is
    dated in that year. A year that is when something is published (``将于2026年公开``) and
    a budget still to be published (``将于…公开``) are no disclosure. Two disclosures
    sharing one 公开 (``2023年度部门预算于2023年2月、2023年度部门决算于2024年8月在…网站
    公开``) are both read.

    Fails:
        2024年度部门整体支出绩效自评报告
        本单位2023年度预算已按要求在门户网站公开。

    Passes:
        2024年度部门整体支出绩效自评报告
        本单位2024年度预算已按要求在门户网站公开。
    """
    year = reading.report_year
    if year is None:
        return
    report = reading.meta.report_date
    # A report written in the next year may cite that year's budget, published early in it.
    next_budget_out = report is not None and report.year > year
    for use in reading.years:
        budget_wrong = (
            use.role == "published_budget"
            and use.year != year
            and not (use.year == year + 1 and next_budget_out)
        )
        final_wrong = use.role == "published_final" and not year - 1 <= use.year <= year
        if budget_wrong or final_wrong:
            message = f"文中称 {use.year} 年度{'预算' if budget_wrong else '决算'}已公开，而评价的是 {year} 年度"
            if final_wrong:
                message += f"（应公开 {year - 1} 或 {year} 年度决算）"
            yield _wrong_year(use, year, message)


@check(
    code="YR004",
    name="prior-year-score-basis",
    title="以往年度结果作为本年度评分依据",
    source="评分依据应为被评价年度的结果",
)
def prior_year_score_basis(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """An indicator's score is based on a result of an earlier year.

    Why: ``2023年度…考核结果分数为100分`` used to score 2024's 重点工作完成率 credits last
    year's result to this year.

    Exceptions: only inside scored indicator sections (or in a sentence that itself
    awards the score: ``根据2023年度考核结果（优秀）得满分``) and only for results,
    scores or assessments (考核结果, 得分) of a year before the evaluated one. A score said to rest
    on (依据/根据/按照) an earlier year's survey or evaluation (``得分依据2023年度满意度调查
    结果``) is a warning that quotes the basis, and an error when the same sentence awards
    the score (``…调查结果，得10分``); a comparison with that year is no basis. The year
    may be named as words (``依据上年度考核结果``, ``去年``: the evaluated year minus one),
    and a basis stands even when another clause of the sentence compares with that year
    (``比2023年增加5个，根据2023年度绩效考核结果（优秀）得满分``); the year's own clause
    decides whether it is a comparison (``较2023年提高``).

    Fails:
        2024年度部门整体支出绩效自评报告
        （十八）产出及效果（8分）
        2023年度全市目标管理考核结果为100分，故本项计8分。

    Passes:
        2024年度部门整体支出绩效自评报告
        （十八）产出及效果（8分）
        2024年度全市目标管理考核结果为100分，故本项计8分。
    """
    year = reading.report_year
    if year is None:
        return
    for use in reading.years:
        if use.role == "score_basis" and use.year < year:
            message = f"评分依据为 {use.year} 年度的结果（“{use.sentence.strip()[:50]}”），而评价的是 {year} 年度"
            yield _wrong_year(use, year, message)
        elif use.role == "evidence_basis" and use.year < year:
            # The survey or evaluation is named, not its result: the reading is shown.
            message = (
                f"按“{use.sentence.strip()[:60]}”理解，本项评分依据 {use.year} 年度的调查或评价，"
                f"而评价的是 {year} 年度，请核对"
            )
            yield replace(_wrong_year(use, year, message), severity=Severity.WARNING)


@check(
    code="YR005",
    name="prior-year-results-in-evaluation",
    title="本年度评价中列举以往年度的成绩",
    severity="warning",
    source="评价内容应为被评价年度的产出和效果",
)
def prior_year_results_in_evaluation(
    reading: Reading, options: Mapping[str, Any]
) -> Iterator[Issue]:
    """A section evaluating this year lists results dated in earlier years.

    Why: ``于2023年9月25日成功举办…``, ``完成2023年村级集体经济目标任务`` in a 2024
    evaluation is last year's report copied forward; it inflates this year's results.

    Exceptions: comparisons with the prior year (上年、同比、较…), a prior year named as
    the base of a comparison (``较2024年的11,480批次增长``, ``与2023年相比``), follow-up of
    earlier projects (后续、遗留、收尾), a project's start dated in an earlier year when
    the sentence names the evaluated year (``2024年10月开工，2025年7月竣工``),
    a thing named by its start in an earlier year (``2024年开工建设的冷链物流中心已建成``),
    a year bounding when things date from (``2016年以前安装的健身器材``),
    an earlier year's practice carried on (``沿用2024年的工作机制``, ``在2024年试点基础上``),
    an earlier year's damage or problem mended this year (``完成2023年汛期水毁工程的修复``,
    ``整改2023年审计发现的问题``),
    an earlier year's figure beside this year's (``全年…，2024年同期为2.0万元``,
    ``2024年为2.5元/吨，下降8%``), an earlier year's part of a count accumulated up to this year
    (``截至2025年底，累计建成…，其中2024年建成…``),
    a section about an earlier year's evaluation findings and their 整改
    (``上年度绩效评价发现问题整改情况``), multi-year plans and document numbers are fine; only
    indicator sections and sections about results (成效、完成情况…) are read. One
    finding per section lists every such mention.

    Fails:
        2024年度部门整体支出绩效自评报告
        （十九）经济效益和社会效益（6分）
        2023年完成老旧小区改造12个，举办招聘会5场。故本项计6分。

    Passes:
        2024年度部门整体支出绩效自评报告
        （十九）经济效益和社会效益（6分）
        2024年完成老旧小区改造12个，较上年增加2个。故本项计6分。
    """
    year = reading.report_year
    if year is None:
        return
    indicator_sections = reading.indicator_section_ids()
    by_section: dict[int, list[YearUse]] = defaultdict(list)
    for use in reading.years:
        if use.role != "result" or use.year >= year:
            continue
        path = reading.section_path(use.block)
        if not any(s.id in indicator_sections or _EVALUATION_SECTION.search(s.title) for s in path):
            continue
        if not any(u.sentence == use.sentence for u in by_section[use.section]):
            by_section[use.section].append(use)  # one quote per sentence, however many years
    for sid, uses in by_section.items():
        title = reading.sections[sid].title or "正文"
        years = sorted({u.year for u in uses})
        yield Issue(
            message=(
                f"“{title}”中有 {len(uses)} 处把 {'、'.join(map(str, years))} 年的事项作为本年度成绩"
                f"（{'；'.join(_dated_phrase(u) for u in uses[:QUOTED_USES])}；评价的是 {year} 年度），"
                "可能沿用了往年报告"
            ),
            evidence=tuple(_year_evidence(u) for u in uses),
            expected=str(year),
            found="、".join(map(str, years)),
        )


QUOTED_USES = 3
"""How many of a section's earlier-year mentions a finding quotes."""
PHRASE_CHARS = 24
"""How much of the sentence from the year on a quote shows."""


def _dated_phrase(use: YearUse) -> str:
    """``“2024年11月，我县获评全省农业农村工作先进县…”``: the sentence from the year on."""
    at = max(use.sentence.find(use.raw), 0)
    tail = use.sentence[at : at + PHRASE_CHARS]
    return f"“{tail}{'…' if len(use.sentence) > at + PHRASE_CHARS else ''}”"


@dataclass(frozen=True)
class _StaleTerm:
    """A phrase stale from a year on, and the words that quote it as history instead."""

    pattern: re.Pattern[str]
    stale_from: int
    why: str
    history_before: tuple[re.Pattern[str], ...] = ()
    history_after: tuple[re.Pattern[str], ...] = ()
    other_meaning: re.Pattern[str] | None = None
    """Words that, stated anywhere in the report, give the term another meaning there
    (``松材线虫病疫情`` makes a forestry bureau's bare 疫情防控 that disease's)."""

    def as_history(self, hit: TextHit) -> bool:
        """Whether the hit's sentence quotes the phrase as history (``疫情防控期间``)."""
        return any(p.search(hit.before) for p in self.history_before) or any(
            p.search(hit.after) for p in self.history_after
        )


@functools.cache
def _stale_terms() -> tuple[_StaleTerm, ...]:
    """The stale-term list, read once per process (a batch audits many files)."""
    data = yaml.safe_load((DATA_DIR / "stale_terms.yaml").read_text(encoding="utf-8"))
    history = data.get("history") or {}
    out: list[_StaleTerm] = []
    for term in data["terms"]:
        words = history[term["history"]] if term.get("history") else {}
        out.append(
            _StaleTerm(
                re.compile(term["pattern"]),
                int(term["stale_from"]),
                term["why"],
                tuple(re.compile(p) for p in words.get("before", ())),
                tuple(re.compile(p) for p in words.get("after", ())),
                re.compile(term["other_meaning"]) if term.get("other_meaning") else None,
            )
        )
    return tuple(out)


@check(
    code="YR006",
    name="stale-boilerplate",
    title="沿用已过时的表述",
    severity="info",
    source="checks/data/stale_terms.yaml（各条目注明依据）",
)
def stale_boilerplate(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """The report uses wording that no longer applies in the evaluated year (疫情防控 in 2024).

    Why: boilerplate copied from old reports signals that the text was not written
    for this year, and reviewers should read those sections more carefully.

    Exceptions: terms apply only from the year in ``stale_terms.yaml`` (``疫情防控常态化``,
    ``统筹疫情防控和经济社会发展``, ``六稳六保`` from 2023; ``疫情防控`` from 2024); one
    finding per term lists every place, and a place a more specific term took
    (``疫情防控常态化``) is not told again under a wider one (``疫情防控``). A phrase quoted
    as history is no stale use: the words around it in its sentence say so (``疫情防控
    期间``, ``经历三年新冠疫情``, ``2022年疫情防控…``, ``“十三五”期间``, ``脱贫攻坚战取得
    全面胜利``; listed with the terms). A report that names a plant's or an animal's
    疫情 (``松材线虫病疫情``, ``动物疫情``) means that disease by a bare 疫情防控 too.

    Fails:
        2024年度部门整体支出绩效自评报告
        全力抓好疫情防控和经济社会发展工作。

    Passes:
        2022年度部门整体支出绩效自评报告
        全力抓好疫情防控和经济社会发展工作。
    """
    year = reading.report_year
    if year is None:
        return
    taken: list[tuple[Location, int, int]] = []
    for term in _stale_terms():
        if year < term.stale_from:
            continue
        if term.other_meaning is not None and next(reading.search(term.other_meaning), None):
            continue  # ``松材线虫病疫情防控``: the report's 疫情 is a plant's, not the pandemic
        hits = [
            h
            for h in reading.search(term.pattern)
            if not term.as_history(h) and not _taken(taken, h)
        ]
        taken += [(h.location, h.start, h.start + len(h.match)) for h in hits]
        if not hits:
            continue
        words = sorted({h.match for h in hits})
        yield Issue(
            message=f"{year} 年度报告中仍有“{'、'.join(words)}”等表述（{len(hits)} 处）：{term.why}",
            evidence=tuple(Evidence(h.location, h.quote, h.match, "表述") for h in hits),
            expected=None,
            found="、".join(words),
        )


def _taken(taken: Sequence[tuple[Location, int, int]], hit: TextHit) -> bool:
    """Whether a more specific term already took the place (疫情防控 in 疫情防控常态化)."""
    end = hit.start + len(hit.match)
    return any(loc == hit.location and s < end and hit.start < e for loc, s, e in taken)


FAR_AHEAD = 4
"""A year this far after the report year cannot date work the report recounts as done
(a report on year N is written in N+1 and may report follow-up done in N+2 or N+3)."""


@check(
    code="YR007",
    name="malformed-year",
    title="年份书写错误",
    source="公文中的年份应写全四位（《党政机关公文格式》GB/T 9704-2012 7.3.5 成文日期）",
)
def malformed_year(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A year is written with three or five digits (``202年度``, ``20224年3月``).

    Why: ``202年度预算执行率`` or a report dated ``202年3月`` names no year at all; the
    figures and dates around it cannot be placed, and year rules cannot check them.

    Exceptions: only a number where a year must stand is read (before ``年度``,
    ``年…月`` or what a year qualifies, opening a sentence, after ``于``/``截至``), so
    ``服务202户``, ``1.202年`` or ``已有203年历史`` are not. A four-digit year is wrong
    here only when no report could mean it (``2203年``) or when it lies four or more
    years after the evaluated year in a sentence that recounts work done (``2042年全年
    共开展督查46次`` in a 2024 report); a sentence or section that looks ahead (到2035年、
    力争、下一步工作打算) names plan years.

    Fails:
        2024年度部门整体支出绩效自评报告
        202年度本单位共完成培训12场。

    Passes:
        2024年度部门整体支出绩效自评报告
        2024年度本单位共完成培训12场。
    """
    year = reading.report_year
    for hit in reading.search(MALFORMED_YEAR):
        digits = re.match(r"\d+", hit.match)
        raw = digits.group(0) if digits else hit.match
        yield Issue(
            message=f"年份“{hit.match}”只有 {len(raw)} 位数字，不是有效年份"
            + (f"（评价年度为 {year} 年）" if year else ""),
            evidence=(Evidence(hit.location, hit.quote, hit.match, "年份"),),
            expected=str(year) if year else "四位年份",
            found=hit.match,
            key=(hit.block, hit.match),
        )
    for hit in reading.search(IMPLAUSIBLE_YEAR):
        yield Issue(
            message=f"年份“{hit.match}”不是有效年份"
            + (f"（评价年度为 {year} 年）" if year else ""),
            evidence=(Evidence(hit.location, hit.quote, hit.match, "年份"),),
            expected=str(year) if year else "四位年份",
            found=hit.match,
            key=(hit.block, hit.match),
        )
    if year is None:
        return
    for use in reading.years:
        if (
            use.role != "plan"
            or use.year < year + FAR_AHEAD
            or use.in_heading
            or not told_as_done(use.sentence)
            or any(looks_ahead(s.title) for s in reading.section_path(use.block))
        ):
            continue
        yield Issue(
            message=(
                f"“{use.sentence.strip()[:40]}”记述的是已完成的工作，年份却写作 {use.year} 年"
                f"（评价年度为 {year} 年），应为笔误"
            ),
            evidence=(Evidence(use.location, use.sentence.strip()[:120], str(use.year), "年份"),),
            expected=str(year),
            found=str(use.year),
            key=(use.block, use.raw),
        )


_STOCKS = ("headcount.actual", "headcount.authorised", "assets.fixed_total", "assets.fixed_in_use")
"""Quantities a report states at a date: last year's end is not this year's."""


@check(
    code="YR008",
    name="prior-year-figure-as-current",
    title="以上年末数据作为本年度数据",
    severity="warning",
    source="在职人员控制率、资产利用率等按被评价年度末的数据计算（部门整体支出绩效评价共性指标）",
)
def prior_year_figure_as_current(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A headcount or asset stock at the end of the previous year is used as this year's.

    Why: ``2021年末实有人数45人`` in a 2022 report, used for 在职人员控制率 or as the
    department's only staffing figure, is last year's situation; this year's rate and
    score rest on it.

    Exceptions: only stocks (实有人数、编制数、固定资产) written with an explicit
    year-end of the previous year (``2021年末``, ``2021年12月31日``) in the figure's
    sentence or in a table cell's own label (``| 2021年末实有人数 | 27 |``) are read, and only
    when used as this year's: inside a scored indicator, or with no figure of the
    evaluated year for the same quantity anywhere in the report. Sentences comparing
    the two years (较、同比、增加、由…) and table columns of other years pass.

    Fails:
        2022年度部门整体支出绩效自评报告
        一、部门基本情况
        本局2021年末实有人数45人。

    Passes:
        2022年度部门整体支出绩效自评报告
        一、部门基本情况
        本局2022年末实有人数45人，较2021年末增加2人。
    """
    year = reading.report_year
    if year is None:
        return
    indicator_sections = reading.indicator_section_ids()
    for concept in _STOCKS:
        facts = reading.facts.of(concept)
        current = [f for f in facts if f.year == year and f.origin != "formula"]
        for fact in facts:
            if fact.year != year - 1 or fact.origin == "formula":
                continue
            sentence = prior_year_end(reading.document, fact.figure, year)
            if sentence is None:
                continue
            in_indicator = any(
                s.id in indicator_sections for s in reading.section_path(fact.figure.block)
            )
            if current and not in_indicator:
                continue  # this year's figure is stated too: the prior one is background
            used = (
                "用于本年度指标评分"
                if in_indicator
                else f"报告中没有 {year} 年的{fact.concept_name}"
            )
            yield Issue(
                message=(
                    f"{fact.concept_name} {fact.figure.shown} 是 {year - 1} 年末的数据，"
                    f"{used}；评价的是 {year} 年度，请核对"
                ),
                evidence=(
                    Evidence(
                        fact.figure.location,
                        sentence.strip()[:120],
                        fact.figure.amount.raw,
                        "上年末数据",
                    ),
                ),
                expected=f"{year} 年末数",
                found=f"{year - 1} 年末 {fact.figure.shown}",
                key=("prior-stock", fact.figure.block, concept),
                confidence="medium",
            )
