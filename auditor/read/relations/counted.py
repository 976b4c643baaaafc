"""Lists whose length the text states: ``A、B、C 等 3 个部门``, ``10个科室，即A、B…``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from auditor.model import Paragraph
from auditor.read.figures import is_ordinal
from auditor.read.relations.model import CountedList, cue
from auditor.read.wording import patterns, words
from auditor.text.numbers import Amount, chinese_numeral

_COUNT = cue("count_after_list")
_CLOSING_SUM = cue("count_closing_sum")
_COUNT_BEFORE_LIST = cue("count_then_list")
_COUNT_BEFORE_BRACKETS = cue("count_then_bracketed_list")
_COUNT_BEFORE_NAMES = cue("count_then_named_list")
_COUNT_BEFORE_MARKED = cue("count_then_enumeration")
_MARKERS = patterns("tables", "enumeration_marker")
_NAME_ITEM = cue("named_item")
_GENERIC_UNITS = frozenset(words("tables", "generic_count_units"))
_AMOUNT_IN_ITEM = cue("amount_in_item")
_LEAD_VERB = cue("list_lead_verb")
_CLAUSE_STOP = "，,。；;：:！？"
_LIST_TAIL = cue("list_tail")
_REFERS_BACK = cue("refers_back")
_CONJUNCTION_WORDS = words("tables", "conjunction_inside_words")
_BINDING_CONJUNCTIONS = words("tables", "conjunction_may_bind")
_NAME_CONJUNCTIONS = words("tables", "conjunction_inside_names")
_EXAMPLES_TAIL = cue("examples_tail")
_DIVIDES = cue("count_divides")
_CLOSES_LIST = cue("count_closes_list")
_NAME_END = cue("organisation_name_end")
_BOUND = cue("count_bound")
_JOINED = cue("count_joined_to_list")
SHORT_ITEM = 3
"""The longest word (characters) that may qualify a noun the list's last item ends with."""
_QUALIFIES = cue("qualifies_counted_noun")
_CATEGORY = cue("category_tail")
_FIGURE_IN_ITEM = cue("figure_in_item")
_ENUMERATOR = cue("digit_enumerator")
_COUNT_RESPECTIVELY = cue("count_then_respectively")
_PARTIAL_LEAD = cue("partial_list_lead")
_RESPECTIVE = cue("respective_values")
_INSIDE_ITEM = cue("count_inside_item")
_NAMING_COUNT = cue("count_naming_an_item")
_OWNED_AFTER = cue("count_owns_a_noun")
_QUOTED_LIST = cue("quoted_list_before_count")
_COUNTED_NOUN = re.compile("[\u4e00-\u9fff]{1,8}")
_DURATION = cue("count_duration")
_PREPOSITION = cue("count_after_preposition")
_VERB_OBJECT = cue("count_object_of_verb")
_ORDINAL_RANGE = cue("ordinal_range_item")
_CONJOINED_NOUN = cue("count_noun_conjoined")
_LIST_GOES_ON = cue("list_goes_on")
_COUNT_JOINED_BEFORE = cue("count_joined_before")
SHORT_HALF = 2
"""The longest second half of a last ``A和B`` that may be a word of A's item (``制度建设和执行``)."""


def counted_lists(p: Paragraph) -> list[CountedList]:
    """Lists whose length the text states (``A、B、C 等 3 个部门``, ``N 个方面：A、B、C``)."""
    out: list[CountedList] = []
    text = p.text
    marked = _marked_lists(p)
    out.extend(marked)
    enumerated = {item.count.start for item in marked}
    opened = [
        (m.start("list"), m.end("list"))
        for m in itertools.chain(
            _COUNT_BEFORE_LIST.finditer(text), _COUNT_BEFORE_BRACKETS.finditer(text)
        )
    ]
    for m in _COUNT.finditer(text):
        raw_n = m.group("n")
        if any(start < m.start() < end for start, end in opened):
            continue  # ``项目7个：A、B、滩区3个村沟渠``: a count inside an item of that list
        n = _items_counted(m, text)
        deng = bool(m.group("deng"))
        unit = m.group("unit")
        if n is None:
            continue
        if not _is_han(text, m.end("unit")) and not _CLOSING_SUM.search(text, 0, m.start("n")):
            continue  # ``…5个。`` closes a list only as ``A、B、C共3个。``
        if _BOUND.match(text, m.end("unit")):
            continue  # ``新品系6个以上``: a bound, not the number of the items before it
        if not (deng or not raw_n.isdigit() or unit in _GENERIC_UNITS):
            continue
        if _OWNED_AFTER.match(text, m.end("unit")):
            continue  # ``A和滩区6个村的转移预案``: the count qualifies an item, not the list
        if _INSIDE_ITEM.match(text, m.end("unit")):
            continue  # ``残疾人两项补贴、高龄津贴``: the list goes on, the count is one item's
        if _is_duration(m, text):
            continue  # ``验收后5个工作日内``: a span of time, not a count of the items
        body = _clause_before(text, m.start())
        if _PREPOSITION.search(body):
            continue  # ``通过A、B和C发送到12个乡镇``: the list is the means, the count another's
        if _VERB_OBJECT.search(body):
            continue  # ``A和B严格执行中央八项规定``: the count is the verb's object's
        quoted = _QUOTED_LIST.search(body)
        if quoted:
            body = quoted.group("list")  # ``围绕“A、B、C”三项重点``: the quoted run is the list
        if not body or body[-1] in "、" or body[-1].isdigit() or body.endswith(("年", "号")):
            continue
        if _REFERS_BACK.search(body):
            continue  # ``委机关及上述3个二级单位``: the count refers to a list elsewhere
        if _RESPECTIVE.search(body):
            continue  # ``甲、乙两类事项时限分别缩短到7个和2个工作日``: values of each, not a count
        if _JOINED.search(body):
            continue  # ``市应急管理局、市自然资源局和9个乡镇``: the count is the list's last item
        if _DIVIDES.search(body):
            continue  # ``中央、省级资金分四批下达``: instalments of one thing, not a list of N
        if _QUALIFIES.search(body):
            continue  # ``本镇及周边4个行政村``: the last word qualifies what the count counts
        body = _ENUMERATOR.sub("", body)  # ``5、…``: a numbered item's number, no list item
        if _ENUMERATOR.search(body):
            continue  # numbered items (``1、…；2、…``) are read by their numbers
        items, other = _split_items(_LEAD_VERB.sub("", body))
        items = _counted_run(items, _COUNTED_NOUN.match(text, m.end("unit")))
        if len(items) < 2 or any(_AMOUNT_IN_ITEM.search(i) or _COUNT.search(i) for i in items):
            continue  # ``决策、过程、产出、效益四个维度共13项``: the list has its own count
        if any(_FIGURE_IN_ITEM.search(i) for i in items):
            continue  # ``主体班次36期、…``: clauses describing work, not the counted items
        if _CATEGORY.search(items[-1]) and not items[-1].endswith(unit):
            continue  # ``经济和社会类8项指标``: the count counts members of the categories
        if _shared_noun(items) and n != len(items):
            continue  # ``水稻、油菜、茶叶新品系6个``: the count may count the noun after them
        if _counts_members(n, len(items)):
            continue  # ``命名健康家庭、健康学校和健康机关共32个``: the kinds' members
        amount = _count_amount(m, text, n, unit)
        out.append(
            CountedList(
                amount,
                tuple(items),
                deng,
                p.index,
                p.location,
                (body + text[m.start() : m.end() + 6])[-90:],
                other,
                _fewest(items),
            )
        )
    before_list = itertools.chain(
        _COUNT_BEFORE_LIST.finditer(text), _COUNT_BEFORE_BRACKETS.finditer(text)
    )  # ``项目5个：A、B…`` or ``项目5个（A、B…）``
    for m in before_list:
        n = _items_counted(m, text)
        if n is None or _is_duration(m, text):
            continue
        if m.start("n") in enumerated or _enumeration_opens(text, m.start("list")):
            continue  # ``分三个阶段：一是…、…；二是…``: the marked clauses are the items
        if _quoted_before(text, m.start("n")):
            continue  # ``围绕“A、B、C”三项重点：…``: the quoted run is the count's list
        if _CONJOINED_NOUN.search(text, m.end("unit"), m.start("list")):
            continue  # ``6个项目和各科室：A由…负责``: the list is of both nouns, or neither
        before = _clause_before(text, m.start())
        if _CLOSES_LIST.search(before):
            continue  # ``A、B等活动6项，包括…``: the count has its own list
        listed = _list_clause(m.group("list"))
        if _COUNT_JOINED_BEFORE.search(text, max(0, m.start("n") - 12), m.start("n")):
            continue  # ``1个镇、5个乡，即A镇、B乡…``: the list is of both counts' nouns
        if _LIST_GOES_ON.match(text, m.end("list")):
            continue  # ``11个，分别是A、B、C、D，以及…7所学校``: the list goes on, counted
        if _ENUMERATOR.search(listed):
            continue  # ``1、…；2、…``: a numbered list, read by its numbers, not its 、
        if _semicolon_items(text, m.start("list")) == n:
            continue  # ``问题3个：A、B；C；D。``: the items are the ；clauses, the 、 inside one
        items, other = _split_items(listed)
        if len(items) < 2 or any(
            _AMOUNT_IN_ITEM.search(bare) or _FIGURE_IN_ITEM.search(bare)
            for bare in (_naming_count_removed(i, len(items)) for i in items)
        ):
            continue  # ``主体班次36期、培训学员2,180人次``: clauses holding figures, say less
        listed = listed.strip()
        if len(items) < n and _PARTIAL_LEAD.search(text[m.start() : m.start("list")]):
            continue  # ``功能改造26项，包括A、B和C``: some of them named, not the list
        if (_EXAMPLES_TAIL.search(items[-1]) or listed.endswith("等")) and len(items) > n:
            continue  # ``6项：A、B…G等``: examples of what it counts, not its items
        # ``A、B、C等品牌赛事``, ``（A、B等）``: examples
        examples = bool(_EXAMPLES_TAIL.search(items[-1])) or listed.endswith("等")
        amount = _count_amount(m, text, n, m.group("unit"))
        out.append(
            CountedList(
                amount,
                tuple(items),
                examples,
                p.index,
                p.location,
                m.group(0)[-90:],
                other,
                _fewest(items),
            )
        )
    for m in _COUNT_BEFORE_NAMES.finditer(text):
        n = _items_counted(m, text)
        items = [i.strip() for i in re.split("[；;]", m.group("list")) if i.strip()]
        if n is None or _is_duration(m, text) or len(items) < 2:
            continue
        if not all(_NAME_ITEM.fullmatch(i) for i in items):
            continue  # only short names (``办公室；财务科``), never clauses or amounts
        if _quoted_before(text, m.start("n")):
            continue  # ``围绕“A、B、C”三项重点：…``: the quoted run is the count's list
        amount = _count_amount(m, text, n, m.group("unit"))
        out.append(CountedList(amount, tuple(items), False, p.index, p.location, m.group(0)[-90:]))
    out.extend(_respective_lists(p))
    out.extend(_compact_lists(p))
    return out


_COMPACT_SETS = words("tables", "compact_item_set")
_COMPACT_UNIT = cue("compact_count_unit").pattern
_COUNT_NUMBER = r"(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})"


def _counts_members(n: int, listed: int) -> bool:
    """A count far above the items before it counts what those items are kinds of.

    A miscounted enumeration is off by an item or two (``10个，即…`` over nine names); more
    than twice the items and three over (``局机关及所属学校、幼儿园共62个预算单位``) means
    the items name groups and the count their members.
    """
    return n > 2 * listed and n - listed >= 3


def _compact_lists(p: Paragraph) -> list[CountedList]:
    """Runs of single characters each naming one item, beside their count.

    ``汉英俄三种文字`` lists three languages, ``东西南北四个片区`` four areas, and
    ``三种文字（汉英俄）`` the same written after the count. The characters of each kind
    are data (``compact_item_set``); a run of three or more of one kind, no character
    twice, right before the count's number or right after its colon or bracket, is the
    list. A run shorter than its count right after another character (``中英日韩四种``:
    中 names a language too) may have lost its first item: nothing is said.
    """
    out: list[CountedList] = []
    text = p.text
    for chars in _COMPACT_SETS:
        cls = re.escape(chars)
        run = f"(?P<list>[{cls}]{{3,}})"
        unit = f"(?P<unit>{_COMPACT_UNIT})"
        before_count = re.compile(f"(?<![{cls}]){run}{_COUNT_NUMBER}\\s*{unit}")
        after_count = re.compile(
            f"{_COUNT_NUMBER}\\s*{unit}[\u4e00-\u9fff]{{0,4}}[：:（(]{run}(?=[）)。，,；;]|$)"
        )
        for m in itertools.chain(before_count.finditer(text), after_count.finditer(text)):
            n = _items_counted(m, text)
            items = tuple(m.group("list"))
            if n is None or len(set(items)) != len(items):
                continue
            start = m.start("list")
            if n > len(items) and start and "\u4e00" <= text[start - 1] <= "\u9fff":
                continue  # ``中英日韩四种``: the character before the run may be an item too
            amount = _count_amount(m, text, n, m.group("unit"))
            out.append(CountedList(amount, items, False, p.index, p.location, m.group(0)[-90:]))
    return out


def _is_han(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is a Chinese character."""
    return pos < len(text) and "\u4e00" <= text[pos] <= "\u9fff"


def _items_counted(m: re.Match[str], text: str) -> int | None:
    """The number of items a count match states; None for an ordinal or fewer than two."""
    n = _count_value(m.group("n"))
    return None if n is None or n < 2 or is_ordinal(text, m.start("n")) else n


def _count_value(raw: str) -> int | None:
    """A count written in digits or Chinese numerals (``12``, ``三``)."""
    return int(raw) if raw.isdigit() else chinese_numeral(raw)


def _count_amount(m: re.Match[str], text: str, n: int, unit: str) -> Amount:
    """The count as a figure: from its number to its unit word."""
    start = m.start("n")
    return Amount(Decimal(n), unit, text[start : m.end("unit")], start, m.end("unit"))


def _semicolon_items(text: str, start: int) -> int:
    """How many ；-separated clauses run from ``start`` to the sentence's end (0: none)."""
    end = next((i for i in range(start, len(text)) if text[i] in "。！？"), len(text))
    clauses = [c for c in re.split("[；;]", text[start:end]) if c.strip()]
    return len(clauses) if len(clauses) > 1 else 0


def _respective_lists(p: Paragraph) -> list[CountedList]:
    """A count followed by 分别 and one thing each (``开展三次调研，分别赴A、B、C、D``).

    分别 (“respectively”) gives one item per counted thing, so the list must have as many
    items as the count. Items holding figures, or a last item that may be two, say less.
    """
    out: list[CountedList] = []
    text = p.text
    for m in _COUNT_RESPECTIVELY.finditer(text):
        n = _items_counted(m, text)
        if n is None or _is_duration(m, text):
            continue
        items, other = _split_items(m.group("list"))
        if len(items) < 2 or any(_FIGURE_IN_ITEM.search(i) for i in items):
            continue
        if items[-1].endswith("等") or _EXAMPLES_TAIL.search(items[-1]):
            continue  # examples, not one item per counted thing
        amount = _count_amount(m, text, n, m.group("unit"))
        out.append(
            CountedList(amount, tuple(items), False, p.index, p.location, m.group(0)[-90:], other)
        )
    return out


def _marked_lists(p: Paragraph) -> list[CountedList]:
    """Counts followed by clauses marked ``一是…；二是…`` (or ``（一）``, ``第一，``).

    The marked clauses are the counted items, never a 、 list inside one of them. An
    enumeration broken by a marker out of sequence is not read; one the paragraph leaves
    open (it may go on in the next), or after a count in digits (``任务12项：一是…方面；
    二是…方面`` groups the tasks), is read only when its count agrees with it: say less.
    """
    out: list[CountedList] = []
    text = p.text
    for m in _COUNT_BEFORE_MARKED.finditer(text):
        raw_n = m.group("n")
        n = _items_counted(m, text)
        if n is None:
            continue
        if _quoted_before(text, m.start("n")):
            continue  # ``围绕“A、B、C”三项重点开展工作：一是…``: the clauses tell how
        if _is_duration(m, text):
            continue  # ``历时两个月：一是…二是…``: the months are no count of the clauses
        if len(_split_items(_clause_before(text, m.start()))[0]) == n:
            continue  # ``做好A、B、C和D四项重点工作：一是…``: the run before is the list
        found = _marked_items(text, m.end())
        if found is None:
            continue
        items, closed = found
        if len(items) < 2 or (len(items) != n and (not closed or raw_n.isdigit())):
            continue  # ``任务12项：一是…方面；二是…方面``: the clauses may group what it counts
        amount = _count_amount(m, text, n, m.group("unit"))
        quote = text[max(0, m.start() - 20) : m.end() + 40]
        out.append(CountedList(amount, tuple(items), False, p.index, p.location, quote))
    return out


def _quoted_before(text: str, start: int) -> bool:
    """Whether a quoted 、 list (``“A、B、C”``) ends right before ``start``."""
    return _QUOTED_LIST.search(text[max(0, start - 120) : start]) is not None


def _enumeration_opens(text: str, start: int) -> bool:
    """Whether a marked enumeration (``一是``, ``（一）``, ``第一，``) opens at ``start``."""
    return _first_marker(text, start) is not None


def _first_marker(text: str, start: int) -> re.Pattern[str] | None:
    """The style of the marker numbered 一 that opens at ``start`` (spaces skipped)."""
    while start < len(text) and text[start].isspace():
        start += 1
    for style in _MARKERS:
        first = style.match(text, start)
        if first and chinese_numeral(first.group("n")) == 1:
            return style
    return None


def _marked_items(text: str, start: int) -> tuple[list[str], bool] | None:
    """The marked clauses from ``start`` on and whether the paragraph closes them.

    Each next marker of the same style must carry the next numeral. One numbered 一 after
    a full stop opens another enumeration (``…三是总结阶段。工作中，一是…``): the first
    ends before it, closed. Any other out of sequence (``（三）`` after ``（一）``) leaves the
    reading unsure: None.
    """
    style = _first_marker(text, start)
    if style is None:
        return None
    marks: list[re.Match[str]] = []
    closed = text.rstrip().endswith(("。", "！", "？"))
    for mark in style.finditer(text, start):
        numeral = chinese_numeral(mark.group("n"))
        if numeral == len(marks) + 1:
            marks.append(mark)
        elif marks and numeral == 1 and "。" in text[marks[-1].end() : mark.start()]:
            closed = True  # another enumeration opens after the first one's full stop
            break
        else:
            return None
    items = []
    for mark in marks:
        clause = re.split(r"[，,；;。：:！？]", text[mark.end() :].lstrip(), maxsplit=1)[0]
        items.append(clause.strip() or mark.group(0))
    return items, closed


def _list_clause(listed: str) -> str:
    """The 、 list up to its first comma: what follows (``，共清理…12处``) is another clause."""
    head = re.split(r"，|(?<!\d),|,(?!\d{3})", listed, maxsplit=1)[0]
    return head if "、" in head else listed


def _clause_before(text: str, end: int) -> str:
    """Text from the last clause delimiter outside brackets up to ``end``."""
    depth = 0
    i = end - 1
    while i >= 0:
        ch = text[i]
        if ch in "）)》”":
            depth += 1
        elif ch in "（(《“":
            if depth == 0:
                break
            depth -= 1
        elif ch in _CLAUSE_STOP and depth == 0 and not _thousands(text, i):
            break
        i -= 1
    return text[i + 1 : end].strip()


def _thousands(text: str, i: int) -> bool:
    """Whether the comma at ``i`` separates thousands (``2,180``), no clause."""
    return (
        text[i] == ","
        and i > 0
        and text[i - 1].isdigit()
        and re.match(r"\d{3}(?!\d)", text[i + 1 :]) is not None
    )


def _naming_count_removed(item: str, listed: int) -> str:
    """The item without a small count inside its name (``滩区3个村排水沟渠``).

    A count about as large as the list (``…、G 7个直属事业单位`` after seven names) counts
    the list's own items: it stays, and the list is nested, not read.
    """
    m = _NAMING_COUNT.search(item)
    if m is None:
        return item
    n = _count_value(m.group(0).rstrip("个"))
    if n is not None and abs(n - listed) <= 1:
        return item
    return item[: m.start()] + item[m.end() :]


def _split_items(body: str) -> tuple[list[str], int | None]:
    """The items of a 、 list and their count read the other way, if it can be.

    A last ``A和B`` (``以及``/``及``/``与``) kept whole may be two items: ``…、市机关第一
    幼儿园和市公共机构节能监测中心``. One split in two is surely two when joined by 和/及
    (``资金到位率和居民参与度``), but may be one when joined by a conjunction that binds two
    words into one item (cue ``conjunction_may_bind``: ``…、校园安全与后勤保障``), unless both
    halves end like the earlier items (``财务股与建设股``). A last ``A及B``
    (``养护工程、航道疏浚及应急抢通两个项目``, ``…、全民健身及体育赛事7个项目``) is either
    reading: 及 joins words inside names (cue ``conjunction_inside_names``).
    Which reading the text means is decided by its own count, so a count that fits
    either is no error.
    """
    depth = 0
    items: list[str] = []
    current = ""
    for ch in body:
        if ch in "（(《“":
            depth += 1
        elif ch in "）)》”":
            depth = max(0, depth - 1)
        if ch == "、" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    tail = _conjoined_pair(items[-1])
    shift: int | None = None
    if tail is None and len(_conjoined_pairs(items[-1])) > 1:
        shift = 1  # ``信息平台和档案整理与数字化``: one conjunction may part two items
    elif tail is None and _word_may_open_at_conjunction(items[-1]):
        shift = 1  # ``执法办案和平台建设``: 和平 is a word, or 和 joins 平台建设
    elif tail and _same_kind(items[:-1], *tail):
        if (
            _binds(items[-1], *tail)
            or _longest(items)
            or _short_half(items[:-1], tail[1])
            or _joins_inside_items(items[:-1])
            or _joined_by(items[-1], tail[0], _NAME_CONJUNCTIONS)
        ) and not _surely_two(items[:-1], *tail):
            shift = -1  # ``校园安全与后勤保障`` read whole: one item fewer
        items[-1:] = tail
    elif tail and _one_name(items, tail[0]):
        pass  # ``…、特种设备安全监察股、价格监督检查和反不正当竞争股``: one office's name
    elif tail:
        shift = 1  # the last item kept whole could also be two
    head = _conjoined_pair(items[0]) if shift is None and len(items) > 1 else None
    if head is not None and _NAME_END.search(head[0]) and _NAME_END.search(head[1]):
        # ``局机关和所属县疾控中心、县妇幼保健中心…``: the first may be two as well, when
        # both halves end as names of units do (``县发展和改革委员会`` is one)
        shift = 1
    items = [i.strip() for i in items if i.strip()]
    if items:
        items[-1] = _LIST_TAIL.sub("", items[-1]) or items[-1]  # ``…民主社区共6个``
    items = [one for item in items for one in _expand_range(item)]
    return items, (len(items) + shift if shift is not None and items else None)


def _one_name(items: list[str], first: str) -> bool:
    """Whether a last ``A和B`` is one name in a list of names of offices or units.

    The earlier items end as such names do (``…股``, ``…室``), the whole last item does
    too, and its first half does not (``价格监督检查``): the 和 joins words of one name.
    """
    named = sum(1 for i in items[:-1] if _NAME_END.search(_unnoted(i)))
    return (
        named >= 2
        and named * 2 > len(items) - 1
        and _NAME_END.search(_unnoted(items[-1])) is not None
        and _NAME_END.search(_unnoted(first)) is None
    )


def _unnoted(item: str) -> str:
    """An item without a bracketed note at its end (``保护部（县非遗保护中心）``)."""
    return re.sub(r"[（(][^）)]*[）)]$", "", item.strip())


def _expand_range(item: str) -> list[str]:
    """The items a range of ordinals names (``第一至第三审计科``: three offices)."""
    m = _ORDINAL_RANGE.match(item)
    if m is None:
        return [item]
    a, b = chinese_numeral(m.group("a")), chinese_numeral(m.group("b"))
    if a is None or b is None or not 1 <= a < b or b - a > 20:
        return [item]
    return [f"{m.group('pre')}第{_numeral(i)}{m.group('post')}" for i in range(a, b + 1)]


def _numeral(n: int) -> str:
    """``3`` → 三, ``12`` → 十二 (the ordinals a range names, as the text writes them)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _is_duration(m: re.Match[str], text: str) -> bool:
    """Whether a count with 个 counts time (``5个工作日``, ``两个月``)."""
    return m.group("unit") == "个" and _DURATION.match(text, m.end("unit")) is not None


def _counted_run(items: list[str], noun: re.Match[str] | None) -> list[str]:
    """The run of items the count counts, after items of another head noun.

    ``第一、第二、第三执法中队和东关、西关、南关3个市场监管所``: a 和/及 inside an earlier
    item ends a run of short words whose last item carries the noun they share
    (``…中队``); when that noun ends in a character the counted noun (``市场监管所``)
    lacks and the items after the conjunction are short names too, the count's list is
    the run after it. Any other list is read whole, as before.
    """
    for j in range(len(items) - 2, -1, -1):
        pairs = _conjoined_pairs(items[j].strip())
        if len(pairs) != 1:
            continue
        left, right = pairs[0]
        earlier = [i.strip() for i in items[:j] if i.strip()]
        after = [right, *(i.strip() for i in items[j + 1 :])]
        short = earlier[1:] or earlier  # the first may hold the words before the list
        if (
            not short
            or noun is None
            or max(len(i) for i in short) > SHORT_ITEM + 1
            or len(left) < max(len(i) for i in short) + 2
            or max(len(i) for i in after) > SHORT_ITEM + 1
            or left[-1] in noun.group(0)
        ):
            return items  # no run of another shared noun before the counted one
        return after
    return items


def _short_half(items: list[str], second: str) -> bool:
    """Whether the second half of a last ``A和B`` is too short to be an item of its own.

    ``调解组织覆盖率、法律援助办结率、…、矫正监管和考核``: a word of two characters
    after a list of longer names may finish the last one; the count says which reading holds.
    """
    earlier = [len(i.strip()) for i in items if i.strip()]
    return bool(earlier) and len(second) <= SHORT_HALF and min(earlier) >= SHORT_HALF + 2


def _joins_inside_items(items: list[str]) -> bool:
    """Whether an earlier item holds a 和/及/与 itself (``协商议政和视察调研``).

    A list whose writer joins two words inside an item may do so in its last one too
    (``…、经济效益和社会效益3项``): the last ``A和B`` is one item or two, as the count says.
    """
    return any(_conjoined_pairs(i.strip()) for i in items[1:])


def _longest(items: list[str]) -> bool:
    """Whether a list's last item, kept whole, is longer than every earlier one.

    ``资产保值增值、带动农民增收、服务体系可持续发展和基层组织建设``: a list of longer
    clauses may hold a 和 inside its last one; the count says which reading holds.
    """
    earlier = [len(i.strip()) for i in items[:-1] if i.strip()]
    return bool(earlier) and len(items[-1].strip()) > max(earlier)


def _shared_noun(items: list[str]) -> bool:
    """Whether short words before a count qualify a noun their last item ends with.

    ``水稻、油菜、茶叶新品系6个``: words of up to three characters, the last one longer by
    a noun of two or more (``新品系``), may each qualify that noun (the first item may
    hold the words before the list, so the items between decide); the count may then
    count the noun (strains of three crops), not the words. The reading is unsure: say
    less.
    """
    earlier = [i for i in items[1:-1] if i]  # the first may hold the words before the list
    if not earlier or sum(1 for i in items if _NAME_END.search(i)) >= 2:
        return False  # names of organisations (``…股、综合执法大队``) are items whole
    if items[-1][-1] in {i[-1] for i in earlier}:
        return False  # ``座谈会、推进会、现场观摩会``: the last ends like the others, an item
    longest = max(len(i) for i in earlier)
    return longest <= SHORT_ITEM and len(items[-1]) >= longest + 2


_ALIAS_TAIL = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")


def _fewest(items: list[str]) -> int | None:
    """The item count when every name that may hold a 、 is read whole, if any may.

    In a list of organisations (``…中心``, ``…股``) an item of two or more characters
    without such an ending, followed by one with it, may be the first half of one name
    (``档案保管、利用服务中心``, ``科普、宣传教育部``).
    """
    # ``检察综合业务部（案件管理中心）``: a name with its other name in brackets ends as
    # the name before them does.
    items = [_ALIAS_TAIL.sub("", i) or i for i in items]
    if sum(1 for i in items if _NAME_END.search(i)) < 2:
        return None  # not a list of organisations' names
    joined, i = 0, 0
    while i < len(items) - 1:
        if len(items[i]) >= 2 and not _NAME_END.search(items[i]) and _NAME_END.search(items[i + 1]):
            joined += 1
            i += 2
        else:
            i += 1
    return len(items) - joined if joined else None


def _conjoined_pair(last: str) -> tuple[str, str] | None:
    """The two items a 和/及/与 joins in a list's last item, when exactly one place can."""
    splits = _conjoined_pairs(last)
    return splits[0] if len(splits) == 1 else None


def _conjoined_pairs(last: str) -> list[tuple[str, str]]:
    """Every way one 和/及/与 in a list's last item may part it in two.

    A conjunction character inside a word (``参与度``, ``及时率``) is none, and each half
    must be at least two characters: ``居民参与度`` is one item. With two places
    (``信息平台和档案整理与数字化``) the item is one or two, as the list's count says.
    """
    inside = {
        i
        for word in _CONJUNCTION_WORDS
        for m in re.finditer(re.escape(word), last)
        for i in range(m.start(), m.end())
    }
    splits = [
        (last[: m.start()].strip(), last[m.end() :].strip())
        for m in re.finditer(r"以及|和|及|与", last)
        if m.start() not in inside
    ]
    return [(a, b) for a, b in splits if len(a) >= 2 and len(b) >= 2]


def _word_may_open_at_conjunction(last: str) -> bool:
    """Whether a word read as holding the conjunction may be the conjunction and a word.

    ``执法办案和平台建设``: ``和平`` is a word, yet 和 may join ``平台建设``; a word that
    opens with its conjunction, after two characters at least, leaves both readings.
    """
    return any(
        m.start() >= 2
        for word in _CONJUNCTION_WORDS
        if word[0] in "和及与"
        for m in re.finditer(re.escape(word), last)
    )


def _same_kind(items: list[str], first: str, second: str) -> bool:
    """Whether a 和 in the last item joins two items rather than two words of one.

    When the last item ends like earlier items (``…股``, ``…办公室``), its first half
    must too: ``规划和建设股`` is one 股, ``财务股和建设股`` two.
    """
    endings = {i.strip()[-1] for i in items if i.strip()}
    return second[-1] not in endings or first[-1] in endings


def _surely_two(items: list[str], first: str, second: str) -> bool:
    """Whether both halves of a last ``A和B`` end like earlier items (``财务股和建设股``)."""
    endings = {i.strip()[-1] for i in items if i.strip()}
    return first[-1] in endings and second[-1] in endings


def _joined_by(last: str, first: str, conjunctions: Sequence[str]) -> bool:
    """Whether ``first`` in the last item is followed by one of ``conjunctions``."""
    between = last.strip()[len(first) :].strip()
    return any(between.startswith(w) for w in conjunctions)


def _binds(last: str, first: str, second: str) -> bool:
    """Whether the conjunction between ``first`` and ``second`` may bind them into one item."""
    between = last.strip()[len(first) :].strip()
    return any(
        between.startswith(w) and between[len(w) :].strip() == second for w in _BINDING_CONJUNCTIONS
    )
