"""The section tree of a report and what its cover and signature blocks say.

Sections come from heading paragraphs (levels from their numbering, see
:mod:`auditor.headings`); a part title (level 0, e.g. the 绩效评价报告 or an attachment)
starts a new part whose numbering restarts at ``一、``. Metadata: unit name, 预算编码,
the report year from the title, the report date, and every dated signature block.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import Document, Location, Paragraph, block_texts
from auditor.read.numbers import DateMention, scan


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the blocks under it, up to the next heading of its level or above."""

    id: int
    title: str
    level: int
    parent: int | None
    start: int
    """Block index of the heading (or 0 for the implicit root)."""
    end: int
    """Block index after the last block of the section."""
    location: Location
    part: int
    """Id of the part (level-0 section) this section belongs to."""


@dataclass(frozen=True, slots=True)
class SignatureDate:
    """A date written in a signature, seal or scoring block."""

    date: DateMention
    role: str
    """The signature line it belongs to (``评分人签名：…``, ``评价组组长（签字）``)."""
    location: Location
    text: str


@dataclass(frozen=True, slots=True)
class BlankDate:
    """A signature block whose date was left as ``年 月 日``."""

    role: str
    location: Location
    text: str


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """What the cover, title and signature blocks say about the report."""

    unit: str | None
    budget_code: str | None
    report_year: int | None
    report_year_source: str
    report_year_location: Location | None
    report_date: DateMention | None
    report_date_location: Location | None
    signature_dates: tuple[SignatureDate, ...]
    blank_dates: tuple[BlankDate, ...]
    blank_signatures: tuple[BlankDate, ...] = ()
    """Signature lines (``负责人（签字）：``) and 签字 columns left empty."""


_SECTION_PREFIX = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．]|[（(]\d{1,2}[）)])\s*"
)


def section_name(title: str) -> str:
    """A heading without its numbering (``（三）在职人员控制率（3分）`` → ``在职人员控制率（3分）``)."""
    return _SECTION_PREFIX.sub("", title).strip()


def build_sections(doc: Document) -> tuple[tuple[Section, ...], tuple[int, ...]]:
    """Return the sections and, per block, the id of the innermost section holding it."""
    sections: list[Section] = [Section(0, "", -1, None, 0, len(doc.blocks), Location(), 0)]
    open_stack: list[int] = [0]
    ends: dict[int, int] = {0: len(doc.blocks)}
    owner: list[int] = []
    part = 0
    for block in doc.blocks:
        if isinstance(block, Paragraph) and block.heading_level is not None:
            level = block.heading_level
            while len(open_stack) > 1 and sections[open_stack[-1]].level >= level:
                ends[open_stack.pop()] = block.index
            sid = len(sections)
            if level == 0:
                part = sid
            sections.append(
                Section(
                    sid,
                    block.text,
                    level,
                    open_stack[-1],
                    block.index,
                    len(doc.blocks),
                    block.location,
                    part,
                )
            )
            open_stack.append(sid)
        owner.append(open_stack[-1])
    finished = tuple(
        Section(
            s.id,
            s.title,
            s.level,
            s.parent,
            s.start,
            ends.get(s.id, len(doc.blocks)),
            s.location,
            s.part,
        )
        for s in sections
    )
    return finished, tuple(owner)


# ------------------------------------------------------------------ metadata

_UNIT_LABEL = re.compile(
    r"(?:部门[（(]单位[）)]名称|单位名称|部门名称|预算单位|预算部门名称|评价单位|市级预算部门名称|"
    r"县级预算部门名称|填报单位|申报单位|自评单位|被评价单位)(?:[（(]公?章[）)]|[（(]盖章[）)])?[:：]\s*(?P<unit>[^\s，。；:：]{2,40})"
)
_CODE_LABEL = re.compile(
    r"(?:预算编码|单位编码|单位代码|预算代码|部门编码|编号)[:：]\s*(?P<code>[0-9A-Za-z\-]{3,20})"
)
_TITLE_YEAR = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年度?.{0,20}?(?:部门整体支出|整体支出|绩效|自评|决算)"
)
_REPORT_DATE = re.compile(r"(?:报告时间|报告日期|填报日期|报送日期|编制日期|评价时间|日期)[:：]")
_SEAL_NOTE = re.compile(r"[（(](?:盖章|公章|章|签章)[）)]?$")
_SIGNATURE = re.compile(r"签字|签名|签章|盖章|公章|负责人|评分人|审核人|填表人|经办人")
_BLANK_DATE = re.compile(r"(?:^|[:：）)\s])年\s*月\s*日\s*$|^\s*年\s*月\s*日")
_FINANCE_BLOCK = re.compile(r"财政部门|财政局|归口业务股|主管部门意见|归口")


def read_meta(doc: Document) -> ReportMeta:
    """Read unit, 预算编码, report year and dates from the cover and signature blocks."""
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    unit = _first_match(_UNIT_LABEL, "unit", doc) or _unit_from_title(paragraphs)
    if unit:
        unit = _SEAL_NOTE.sub("", unit) or unit

    code = _first_match(_CODE_LABEL, "code", doc)
    year, year_source, year_loc = _report_year(paragraphs)
    report_date, date_loc = _report_date(paragraphs)
    if year is None and report_date is not None:
        year, year_source, year_loc = report_date.year - 1, "报告日期的上一年", date_loc
    signatures, blanks = _signature_dates(doc)
    blank_signatures = _blank_signatures(doc)
    return ReportMeta(
        unit=unit,
        budget_code=code,
        report_year=year,
        report_year_source=year_source,
        report_year_location=year_loc,
        report_date=report_date,
        report_date_location=date_loc,
        signature_dates=tuple(signatures),
        blank_dates=tuple(blanks),
        blank_signatures=tuple(blank_signatures),
    )


def _first_match(pattern: re.Pattern[str], group: str, doc: Document) -> str | None:
    for block in doc.blocks:
        texts = [block.text] if isinstance(block, Paragraph) else [c.text for c in block.cells()]
        for text in texts:
            m = pattern.search(text)
            if m:
                return m.group(group).rstrip("）)")
    return None


_TITLE_UNIT = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff（）()]{2,30}?(?:局|委员会|委|办公室|办|政府|办事处|中心|院|学校|校|站|所|处|会|馆|队|部|厅))"
    r"(?:关于)?(?:19|20)\d{2}\s*年度?"
)


def _unit_from_title(paragraphs: list[Paragraph]) -> str | None:
    """The unit named before the year in a title (``某某县教育局2024年度…报告``)."""
    for p in paragraphs[:10]:
        m = _TITLE_UNIT.match(p.text)
        if m:
            return m.group("unit")
    return None


def _report_year(paragraphs: list[Paragraph]) -> tuple[int | None, str, Location | None]:
    """The year evaluated, from the first title that names it (``2024 年度…自评报告``)."""
    for p in paragraphs[:40]:
        if p.heading_level is None and len(p.text) > 60:
            continue
        m = _TITLE_YEAR.search(p.text)
        if m:
            return int(m.group("y")), f"标题“{p.text}”", p.location
    counts: Counter[int] = Counter()
    first: dict[int, Location] = {}
    for p in paragraphs:
        if p.heading_level is None:
            continue
        for y in scan(p.text).years:
            if y.fiscal:
                counts[y.year] += 1
                first.setdefault(y.year, p.location)
    if counts:
        year = counts.most_common(1)[0][0]
        return year, "标题中出现最多的年度", first[year]
    for p in paragraphs:
        for y in scan(p.text).years:
            if y.fiscal and y.range_end is None:
                counts[y.year] += 1
                first.setdefault(y.year, p.location)
    if counts:
        year = counts.most_common(1)[0][0]
        return year, "正文中出现最多的“××年度”", first[year]
    return None, "", None


def _report_date(paragraphs: list[Paragraph]) -> tuple[DateMention | None, Location | None]:
    for p in paragraphs[:60]:
        if _REPORT_DATE.search(p.text):
            dates = scan(p.text).dates
            if dates:
                return dates[0], p.location
    return None, None


def _signature_dates(doc: Document) -> tuple[list[SignatureDate], list[BlankDate]]:
    """Dates and blank ``年 月 日`` lines that belong to a signature or seal block.

    A date belongs to the nearest signature line at or above it within three blocks.
    """
    signatures: list[SignatureDate] = []
    blanks: list[BlankDate] = []
    recent: list[tuple[int, str]] = []
    for i, block in enumerate(doc.blocks):
        for text, loc in block_texts(block):
            if _SIGNATURE.search(text):
                recent.append((i, text))
            role = next((t for j, t in reversed(recent) if i - j <= 3), None)
            if role is None:
                continue
            for d in scan(text).dates:
                signatures.append(SignatureDate(d, role, loc, text))
            if _BLANK_DATE.search(text) and not scan(text).dates:
                blanks.append(BlankDate(role, loc, text))
    return signatures, blanks


_SIGN_LINE = re.compile(r"(?:签字|签名|签章)\s*[）)]?\s*[:：]?\s*$")
_SIGN_HEADER = re.compile(r"^(?:签字|签名|本人签字|签字确认)$")


def _blank_signatures(doc: Document) -> list[BlankDate]:
    """Signature lines with no name after them, and empty 签字 columns of tables."""
    out: list[BlankDate] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            if _SIGN_LINE.search(block.text):
                out.append(BlankDate(block.text, block.location, block.text))
            continue
        for c in range(block.n_cols):
            header = [block.grid[r][c].text for r in range(block.header_rows)]
            if not any(_SIGN_HEADER.match(h) for h in header):
                continue
            cells = [block.grid[r][c] for r in range(block.header_rows, block.n_rows)]
            empty = [cell for cell in cells if not cell.text]
            if cells and len(empty) == len(cells):
                out.append(
                    BlankDate(
                        f"表 {block.number}“{header[-1]}”栏",
                        empty[0].location,
                        f"{len(empty)} 人未签字",
                    )
                )
    return out


def is_finance_block(role: str) -> bool:
    """Whether a signature block is for the finance bureau to fill in, not the department."""
    return bool(_FINANCE_BLOCK.search(role))


def ancestors(sections: Sequence[Section], sid: int) -> list[int]:
    """Section ``sid`` and the sections it sits in, innermost first."""
    chain: list[int] = []
    current: int | None = sid
    while current is not None:
        chain.append(current)
        current = sections[current].parent
    return chain
