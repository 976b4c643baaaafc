"""The section tree of a report and what its cover and signature blocks say.

Sections come from heading paragraphs (levels from their numbering, see
:mod:`auditor.text.headings`); a part title (level 0, e.g. the 绩效评价报告 or an attachment)
starts a new part whose numbering restarts at ``一、``. Metadata: unit name, 预算编码,
the report year from the title, the report date, and every dated signature block.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from auditor.model import Block, Document, Location, Paragraph, Table, block_texts
from auditor.read.wording import patterns
from auditor.text.headings import is_table_caption
from auditor.text.numbers import DateMention, scan


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
    partial: bool = False  # a year (and month) filled, the rest left blank


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
    report_date_is_period: bool = False
    """The report date is the start of the evaluation work's period (``评价时间：``), read
    for want of a report date: a signature after it is the normal order."""


def _cue(key: str) -> re.Pattern[str]:
    """The one pattern under ``key`` in ``cues/structure.yaml`` (several are or-ed)."""
    found = patterns("structure", key)
    if len(found) == 1:
        return found[0]
    return re.compile("|".join(f"(?:{p.pattern})" for p in found))


_SECTION_PREFIX = _cue("section_prefix")


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
    captions: set[int] = set()  # sections opened by a table's caption
    tabled: set[int] = set()  # … whose table has come
    for block in doc.blocks:
        if isinstance(block, Table) and open_stack[-1] in captions:
            tabled.add(open_stack[-1])
        elif (
            isinstance(block, Paragraph)
            and open_stack[-1] in tabled
            and not (block.heading_level is not None and is_table_caption(block.text))
        ):
            # ``表2 …项目支出执行情况表`` then its table: the prose after the table is back
            # in the section the caption stood in, not under the caption's words.
            ends[open_stack.pop()] = block.index
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
            if is_table_caption(block.text):
                captions.add(sid)
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


_RUN_IN_TITLE = _cue("run_in_title")


def run_in_titles(doc: Document) -> dict[int, str]:
    """Each paragraph's run-in title (``1.学生资助项目。``), by block, where it has one."""
    return {
        block.index: m.group(0)
        for block in doc.blocks
        if isinstance(block, Paragraph) and (m := _RUN_IN_TITLE.match(block.text.strip()))
    }


def run_in_places(doc: Document, section_of: tuple[int, ...]) -> tuple[int, ...]:
    """Per block, the place it belongs to: its section, split at run-in titled paragraphs.

    ``（一）检验检测任务。…`` and ``（二）食品安全保障。…`` are two places of one section when
    the document sets neither apart as a heading; rules that compare statements made in
    different places (IC005) read them apart. A place is numbered from 0 in document order.
    """
    places: list[int] = []
    place = -1
    previous_section = -1
    for block in doc.blocks:
        section = section_of[block.index]
        run_in = isinstance(block, Paragraph) and bool(_RUN_IN_TITLE.match(block.text.strip()))
        if section != previous_section or run_in:
            place += 1
            previous_section = section
        places.append(place)
    return tuple(places)


# ------------------------------------------------------------------ metadata

_UNIT_LABEL = _cue("unit_label")
_CODE_LABEL = _cue("code_label")
_TITLE_YEAR = _cue("title_year")
_REPORT_DATE = _cue("report_date_label")
_WORK_PERIOD = _cue("work_period_label")
_FORM_DATE = _cue("form_date_label")
_ATTACHMENT = _cue("attachment_title")
_SEAL_NOTE = _cue("seal_note")
_SIGNATURE = _cue("signature")
_SIGNATURE_LABEL = _cue("signature_label")
SIGNATURE_LINE_CHARS = 40
"""A signature word on a line this short is the line's label, whatever follows it."""
_BLANK_DATE = _cue("blank_date")
_BLANK_DATE_PART = _cue("blank_date_part")
_SIGNING_DATE_TAIL = _cue("signing_date_tail")
_DATE_IN_SENTENCE_BEFORE = _cue("date_in_sentence_before")
_SCHEDULE_HEADER = _cue("schedule_header")
_FINANCE_BLOCK = _cue("finance_block")
_SIGN_OFF_UNIT = _cue("sign_off_unit")
_NEXT_LABEL = _cue("cover_next_label")


def read_meta(doc: Document) -> ReportMeta:
    """Read unit, 预算编码, report year and dates from the cover and signature blocks."""
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    unit = _first_match(_UNIT_LABEL, "unit", doc)
    if unit:
        unit = _NEXT_LABEL.sub("", unit) or unit  # ``某区档案馆单位性质``: the next pair's label
    unit = unit or _unit_from_title(paragraphs)
    if unit:
        unit = _SEAL_NOTE.sub("", unit) or unit

    code = _first_match(_CODE_LABEL, "code", doc)
    year, year_source, year_loc = _report_year(paragraphs)
    report_date, date_loc, is_period = _report_date(doc)
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
        report_date_is_period=is_period,
    )


def _first_match(pattern: re.Pattern[str], group: str, doc: Document) -> str | None:
    for block in doc.blocks:
        texts = [block.text] if isinstance(block, Paragraph) else [c.text for c in block.cells()]
        for text in texts:
            m = pattern.search(text)
            if m:
                return m.group(group).rstrip("）)")
    return None


_TITLE_UNIT = _cue("title_unit")


def _unit_from_title(paragraphs: list[Paragraph]) -> str | None:
    """The unit named before the year in a title (``某某县教育局2024年度…报告``).

    A cover may put the unit's name on its own line right above a title that starts
    with the year (``某县民政局`` / ``2025年度部门整体支出绩效自评报告``).
    """
    for i, p in enumerate(paragraphs[:10]):
        m = _TITLE_UNIT.match(p.text)
        if m:
            return m.group("unit")
        if (
            i
            and _TITLE_YEAR.match(p.text.strip())
            and _SIGN_OFF_UNIT.match(paragraphs[i - 1].text.strip())
        ):
            return _SEAL_NOTE.sub("", paragraphs[i - 1].text.strip())
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


def attachment_start(doc: Document) -> int:
    """Index of the block that opens the first attachment (``附件2：…评分表``), or the end.

    A title counts when a table follows within four blocks or it names a form (表), so a
    list of attachments inside the body does not end the report's main part early.
    """
    for block in doc.blocks:
        if not isinstance(block, Paragraph) or block.index == 0:
            continue
        if not _ATTACHMENT.match(block.text):
            continue
        following = doc.blocks[block.index + 1 : block.index + 5]
        if "表" in block.text or any(not isinstance(b, Paragraph) for b in following):
            return block.index
    return len(doc.blocks)


def _date_only(text: str) -> DateMention | None:
    """The date a line consists of (``2025年3月10日``, ``二〇二五年三月十日``), else None."""
    stripped = text.strip()
    dates = scan(stripped).dates
    if len(dates) == 1 and dates[0].start <= 1 and dates[0].end >= len(stripped) - 1:
        return dates[0]
    return None


def _sign_off_dates(doc: Document) -> list[tuple[int, DateMention, Location]]:
    """Bare sign-offs: a line naming a unit, then a line that is only a date.

    ``某某县林业局`` over ``2023年3月15日`` closes a report as a signature does, with no
    签字/盖章 label. Returns (block of the date, the date, its location).
    """
    out: list[tuple[int, DateMention, Location]] = []
    blocks = doc.blocks
    for block, after in itertools.pairwise(blocks):
        if not isinstance(block, Paragraph) or not isinstance(after, Paragraph):
            continue
        if not _SIGN_OFF_UNIT.match(block.text.strip()):
            continue
        when = _date_only(after.text)
        if when is not None:
            out.append((after.index, when, after.location))
    return out


def is_sign_off(doc: Document, index: int) -> bool:
    """Whether block ``index`` names the unit above a date line (a bare sign-off)."""
    blocks = doc.blocks
    if index + 1 >= len(blocks):
        return False
    block, after = blocks[index], blocks[index + 1]
    return (
        isinstance(block, Paragraph)
        and isinstance(after, Paragraph)
        and bool(_SIGN_OFF_UNIT.match(block.text.strip()))
        and _date_only(after.text) is not None
    )


def _report_date(doc: Document) -> tuple[DateMention | None, Location | None, bool]:
    """The report's own date: a report-date label, else the main part's sign-off, else a form date.

    ``报告时间：2025年6月`` dates the report wherever it stands in the first 60
    paragraphs; failing that, the bare sign-off (unit over date) closing the main part;
    a ``填报日期`` only counts before the first attachment — on an attached 自评表 it
    dates that form, not the report. Last, the start of the evaluation work's period
    (``评价时间：2026年1月5日—1月20日``); the flag says the date is that.
    """
    end = attachment_start(doc)
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    for p in paragraphs[:60]:
        if _REPORT_DATE.search(p.text):
            dates = scan(p.text).dates
            if dates:
                return dates[0], p.location, False
    sign_offs = _sign_off_dates(doc)
    main = [s for s in sign_offs if s[0] < end]
    if main:
        return main[-1][1], main[-1][2], False
    for label, is_period in ((_FORM_DATE, False), (_WORK_PERIOD, True)):
        for p in paragraphs[:60]:
            if p.index < end and label.search(p.text):
                dates = scan(p.text).dates
                if dates:
                    return dates[0], p.location, is_period
    return None, None, False


def _ends_line(text: str, when: DateMention) -> bool:
    """Whether a date closes its line (``日期：2025年3月10日``), as a signing date does.

    ``2023年8月圆满完成…`` under a line naming a 负责人 opens an account of work done,
    it does not date the signature above it; nor does ``…工作专班，于2025年12月31日`` (a
    sentence broken at a page's end: a time word before the date makes it the sentence's).
    """
    return not text[when.end :].strip(" \t\u3000。.，,；;）)") and not (
        _DATE_IN_SENTENCE_BEFORE.search(text[: when.start])
    )


def _signs_line(text: str, when: DateMention) -> bool:
    """Whether a date in a signature line is that line's signing date.

    It closes the line or is followed only by a seal note or the form's next label
    (``负责人（签字）：李四 2025年3月10日（盖章）``, ``日期：2025年3月10日 审核人：王五``).
    ``各学校自评材料须经校长签字、加盖公章后，于2025年11月30日前报送`` is a short line with a
    signature word, but its date is a deadline inside the sentence.
    """
    if _ends_line(text, when):
        return True
    clause = re.split(r"[，,。；;]", text[when.end :], maxsplit=1)[0]
    return bool(_SIGNING_DATE_TAIL.match(clause)) and not (
        _DATE_IN_SENTENCE_BEFORE.search(text[: when.start])
    )


def _is_signature_line(text: str) -> bool:
    """A signature or seal line: a signature word as a label or on a short line.

    The label is ``负责人：`` or ``（签字）``; a short line is the label whatever follows.
    ``中心成立了由主任任组长、各科室负责人为成员的自评工作组，2026年1月…`` names a 负责人
    in an account of work: its dates are not signing dates.
    """
    return bool(_SIGNATURE.search(text)) and (
        len(text.strip()) <= SIGNATURE_LINE_CHARS or bool(_SIGNATURE_LABEL.search(text))
    )


def _scheduled_cells(block: Block) -> set[tuple[int, int]]:
    """The date cells of a table that are a schedule's, not signatures (row, column; 0-based).

    A date under a schedule header (``完成时限``, ``时间``) is one; so is a date in a column
    holding two or more dates, unless its row carries a signature label (``评分人签名``):
    ``| 资金拨付滞后 | 计财股负责人 | 2025年12月31日 |`` rows list work, each with its date.
    """
    if not isinstance(block, Table):
        return set()
    dated = [c for c in block.cells() if scan(c.text).dates]
    per_column = Counter(c.col for c in dated)
    out: set[tuple[int, int]] = set()
    for cell in dated:
        header = block.grid[0][cell.col].text if cell.row > 0 else ""
        if header and _SCHEDULE_HEADER.search(header):
            out.add((cell.row, cell.col))
            continue
        signed_row = any(
            _SIGNATURE_LABEL.search(c.text) or _SIGN_LINE.search(c.text)
            for c in block.grid[cell.row]
        )
        if per_column[cell.col] >= 2 and not signed_row:
            out.add((cell.row, cell.col))
    return out


def _signature_dates(doc: Document) -> tuple[list[SignatureDate], list[BlankDate]]:
    """Dates and blank ``年 月 日`` lines that belong to a signature or seal block.

    A date belongs to the nearest signature line at or above it within three blocks and
    in the same part (an attachment title ends it); a bare sign-off (the unit's name over
    a date line) is a signature line too.
    """
    signatures: list[SignatureDate] = []
    blanks: list[BlankDate] = []
    recent: list[tuple[int, str]] = []
    for i, block in enumerate(doc.blocks):
        sign_off = is_sign_off(doc, i)
        if isinstance(block, Paragraph) and _ATTACHMENT.match(block.text):
            recent.clear()  # an attachment's dates are not the report's sign-off
        scheduled = _scheduled_cells(block)
        cells = block.cells() if isinstance(block, Table) else ()
        positions = [(c.row, c.col) for c in cells]
        for k, (text, loc) in enumerate(block_texts(block)):
            if _is_signature_line(text) or sign_off:
                recent.append((i, text))
            role = next((t for j, t in reversed(recent) if i - j <= 3), None)
            if role is None or (positions and positions[k] in scheduled):
                continue
            # In the signature line itself, or a line (or cell) near it, only a date that
            # closes the line or is followed by a seal note or the next label signs: a
            # 负责人 cell does not make a deadline in another cell of its table a signature.
            for d in scan(text).dates:
                if _signs_line(text, d):
                    signatures.append(SignatureDate(d, role, loc, text))
            if _BLANK_DATE.search(text) and not scan(text).dates:
                blanks.append(BlankDate(role, loc, text))
            elif _BLANK_DATE_PART.search(text):
                blanks.append(BlankDate(role, loc, text, partial=True))
    return signatures, blanks


_SIGN_LINE = _cue("sign_line")
_SIGN_HEADER = _cue("sign_header")
_SIGNED_NAME = _cue("signed_name")
_SIGN_SLOT = _cue("sign_slot")


def _blank_signatures(doc: Document) -> list[BlankDate]:
    """Signature lines with no name after them, and empty 签字 columns of tables."""
    out: list[BlankDate] = []
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            if _SIGN_LINE.search(block.text) and not _SIGNED_NAME.search(block.text):
                out.append(BlankDate(block.text, block.location, block.text))
            else:
                out.extend(
                    BlankDate(m.group("slot"), block.location, block.text)
                    for m in _SIGN_SLOT.finditer(block.text)
                )
            continue
        out.extend(_blank_signature_cells(block))
        for c in range(block.n_cols):
            header = [block.grid[r][c].text for r in range(block.header_rows)]
            if not any(_SIGN_HEADER.match(h) for h in header):
                continue
            cells = [block.grid[r][c] for r in range(block.header_rows, block.n_rows)]
            empty = [cell for cell in cells if not cell.text]
            if cells and len(empty) == len(cells):
                out.append(
                    BlankDate(
                        f"表 {block.number}“{header[-1]}”栏 {len(empty)} 人",
                        empty[0].location,
                        header[-1],  # a quote of the document; the count is in the role
                    )
                )
    return out


def _blank_signature_cells(table: Table) -> list[BlankDate]:
    """A form's sign-off row whose 签字 cell is followed by nothing or by the next label.

    ``| 单位负责人（签字）： | 填表人： |  | 联系电话： |``: a merged cell counts once; the
    slot after the signature label is empty.
    """
    out: list[BlankDate] = []
    for row in table.grid:
        cells = [c for k, c in enumerate(row) if k == 0 or c is not row[k - 1]]
        cells = [
            c for k, c in enumerate(cells) if k == 0 or c.text != cells[k - 1].text or not c.text
        ]
        for k, cell in enumerate(cells):
            if not (_SIGN_LINE.search(cell.text) and _LABEL_END.search(cell.text)):
                continue
            after = cells[k + 1].text.strip() if k + 1 < len(cells) else ""
            if not after or _LABEL_END.search(after):
                out.append(BlankDate(cell.text, cell.location, cell.text))
    return out


_LABEL_END = re.compile(r"[:：]\s*$")


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
