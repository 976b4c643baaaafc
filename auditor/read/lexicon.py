"""Load the concept lexicon (data kept in ``checks/data``) and match labels against it.

The lexicon is data so that a new province's wording is a data change. Matching is by
the longest pattern found in the label, so specific labels beat general ones whatever
their order in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from auditor.read.wording import patterns as cue_patterns

LEXICON_PATH = Path(__file__).parent / "data" / "concepts.yaml"
"""The concept lexicon shipped with auditor (a bureau may name its own in ``auditor.toml``)."""

_STRIP = re.compile(r"[“”\"'‘’《》〈〉\s]")
_NOT_NAME = re.compile(r"[^\u4e00-\u9fff]|年度|年|数|额|金额|合计|小计|总计")
"""What is left of a label once its qualifier words are gone that names nothing."""


@dataclass(frozen=True, slots=True)
class Concept:
    """A thing reports state figures about (收入合计, 编制数 …)."""

    id: str
    name: str
    kinds: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...]
    context_section: re.Pattern[str] | None = None
    context_patterns: tuple[re.Pattern[str], ...] = ()
    units: tuple[str | None, ...] | None = None
    """Units the concept's figures may carry (编制数 in 人/名, never 张)."""
    names_object: bool = False
    """The words before the concept's name say what it is of (``提案办理满意率``)."""
    part_of: str = ""
    """The concept this one is a kind of (行政编制 of 编制数): listed after a head of
    another quantity (``实有人员79人，其中行政编制21人``) it names a part of that head."""
    sub_kinds: tuple[tuple[str, re.Pattern[str]], ...] = ()
    """Qualifiers that, right before the concept's name, make it one sub-kind of it
    (``参照公务员法管理事业编制``, ``公益一类事业编制``): each sub-kind's name and its
    wording. Two sub-kinds are two quantities, and neither is the concept's total."""


@dataclass(frozen=True, slots=True)
class WholeSource:
    """A funding source made of others (财政拨款 = 一般公共预算 + 政府性基金 + …).

    In a report that states no figure of the other parts, a label naming only the whole
    (``财政拨款收入``) names the same quantity as one naming the part; in one that does,
    it names the whole, another quantity.
    """

    source: str
    part: str
    other_parts: tuple[str, ...]
    words: tuple[re.Pattern[str], ...]
    part_words: tuple[re.Pattern[str], ...]

    def names_whole(self, label: str) -> bool:
        """Whether the label names the whole and not its part (``财政拨款收入``)."""
        text = clean_label(label)
        return any(p.search(text) for p in self.words) and not any(
            p.search(text) for p in self.part_words
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Concepts plus the qualifier vocabularies (fund source, basis, years, scope)."""

    concepts: tuple[Concept, ...]
    sources: tuple[tuple[str, str, tuple[re.Pattern[str], ...]], ...]
    budget_words: tuple[re.Pattern[str], ...]
    actual_words: tuple[re.Pattern[str], ...]
    year_words: dict[str, tuple[re.Pattern[str], ...]]
    total_scope: tuple[re.Pattern[str], ...]
    subtotal_scope: tuple[re.Pattern[str], ...]
    path: str = ""
    implied_actual_words: tuple[re.Pattern[str], ...] = ()
    """Words that imply actual spending without stating a basis (``本年支出合计``)."""
    adjusted_words: tuple[re.Pattern[str], ...] = ()
    initial_words: tuple[re.Pattern[str], ...] = ()
    """Words naming the budget as adjusted in the year (``调整后预算``, ``全年预算数``)."""
    whole_source: WholeSource | None = None
    """The funding source that is the sum of others (``fiscal_whole`` in the YAML)."""
    all_sources_words: tuple[re.Pattern[str], ...] = ()
    """Words stating that a figure counts every source of funds (``全口径``, ``全部资金``)."""

    def by_id(self, concept_id: str) -> Concept | None:
        """The concept with this id, if any."""
        for concept in self.concepts:
            if concept.id == concept_id:
                return concept
        return None

    def concept_for(
        self, label: str, kind: str, section_title: str = "", unit: str | None = "?"
    ) -> Concept | None:
        """The concept a label names, for a figure of ``kind``; None if unknown.

        Args:
            label: The naming phrase (quotes and spaces are ignored).
            kind: The figure's unit kind (``money``, ``count``, ``number`` …).
            section_title: Heading of the section the figure sits in, for generic
                labels such as 预算数 whose meaning depends on the section.
            unit: The figure's unit, checked against the concept's allowed units
                (``编制床位500张`` is not a 编制数); ``"?"`` skips the check.
        """
        text = _unit_tail().sub("", _leading_year().sub("", clean_label(label)))
        if not text or _composite_bracket().search(label):
            return None  # ``全年预算（含上年结转）``: a quantity with another, none named
        nested = cue_nested().match(text)
        if nested is not None and self.concept_for(nested.group("whole"), kind) is not None:
            # ``基本支出中人员经费``: the words after 中 name the figure's quantity, the
            # words before it the whole it is a part of. A part the lexicon does not
            # know (``基本支出中工资福利支出``) is still not the whole: no concept. Words
            # that only qualify the whole (``公用经费中财政拨款安排``) name no part.
            part = self.concept_for(nested.group("part"), kind, section_title, unit)
            if part is not None or self._names_part(nested.group("part")):
                return part
        named = examples_removed(text)
        if named != text and len(named) >= 2:
            after = self.concept_for(named, kind, section_title, unit)
            if after is not None:
                return after  # ``乡镇卫生院医疗收入等事业收入``: 事业收入
        tail = _spending_tail().match(text)
        if tail is not None:
            head = self.concept_for(tail.group("head"), kind, section_title, unit)
            if head is not None and head.id.startswith(SPENT_QUANTITIES):
                return head  # ``公用经费全年支出``: 公用经费, not the department's 支出合计
        best: tuple[int, Concept] | None = None
        for concept in self.concepts:
            if kind not in concept.kinds:
                continue
            if unit != "?" and concept.units is not None and unit not in concept.units:
                continue
            if any(p.search(text) for p in concept.exclude):
                continue
            length = max((_match_len(p, text) for p in concept.patterns), default=0)
            if (
                not length
                and concept.context_section is not None
                and section_title
                and concept.context_section.search(clean_label(section_title))
                and any(p.search(text) for p in concept.context_patterns)
            ):
                length = 1
            if length and (best is None or length > best[0]):
                best = (length, concept)
        return best[1] if best else None

    def _names_part(self, words: str) -> bool:
        """Whether the words after ``A中`` name a thing, not only qualify A.

        ``工资福利支出``, ``用于培训的支出`` name a part; ``财政拨款安排``, ``2024年预算``,
        ``实际支出`` only say A's source, year or basis (``nested_qualifier`` cue).
        """
        rest = clean_label(words)
        for _sid, _name, patterns in self.sources:
            for p in patterns:
                rest = p.sub("", rest)
        for group in (
            self.actual_words,
            self.adjusted_words,
            self.initial_words,
            self.budget_words,
            *self.year_words.values(),
        ):
            for p in group:
                rest = p.sub("", rest)
        rest = _nested_qualifier().sub("", _NOT_NAME.sub("", rest))
        return len(rest) >= 2

    def source_for(self, label: str) -> str | None:
        """Funding source named in a label (``general``, ``fund`` …), if any."""
        text = clean_label(label)
        for source_id, _name, patterns in self.sources:
            if any(p.search(text) for p in patterns):
                return source_id
        return None

    def names_all_sources(self, label: str) -> bool:
        """Whether a label states that it counts every source of funds (``全口径``).

        The department's money unless a source is named: a figure so labelled has no
        funding source, stated (not merely left unsaid), so a rate so named takes no
        operand of one source (``全口径预算执行率`` over 财政拨款 figures).
        """
        text = clean_label(label)
        return any(p.search(text) for p in self.all_sources_words)

    def source_name(self, source_id: str | None) -> str:
        """Chinese name of a funding source id."""
        for sid, name, _patterns in self.sources:
            if sid == source_id:
                return name
        return ""

    def basis_for(self, text: str) -> str | None:
        """``budget``, ``initial_budget``, ``adjusted_budget`` or ``actual``, else None.

        ``budget`` is a budget whose kind is not stated (``项目支出预算``); ``年初预算``
        and ``调整后预算``/``全年预算`` state theirs.
        """
        cleaned = clean_label(text)
        if any(p.search(cleaned) for p in self.actual_words):
            return "actual"
        if any(p.search(cleaned) for p in self.adjusted_words):
            return "adjusted_budget"
        if any(p.search(cleaned) for p in self.initial_words):
            return "initial_budget"
        if any(p.search(cleaned) for p in self.budget_words):
            return "budget"
        return None

    def basis_only_implied(self, text: str) -> bool:
        """Whether the text's basis is actual only by implication (``本年支出合计``).

        True when an implied-actual word matches and no other basis word does once it is
        removed, so a column header that states a basis may override it.
        """
        cleaned = clean_label(text)
        if not any(p.search(cleaned) for p in self.implied_actual_words):
            return False
        rest = cleaned
        for p in self.implied_actual_words:
            rest = p.sub("", rest)
        return self.basis_for(rest) is None

    def is_name(self, text: str, kind: str = "money") -> bool:
        """Whether a row label names a thing (a project, a unit), not a quantity's qualifier.

        ``预算绩效管理系统维护``, ``决算审计服务``, ``上年度结转项目收尾``: once its basis
        and year words are taken out, a name still says what it is (three or more
        characters) and it names no concept. ``上年数``, ``2023年决算数`` and
        ``上年度“三公”经费预算数`` are qualifiers or quantities; their words are the
        row's qualifiers.
        """
        cleaned = clean_label(text)
        if not cleaned or self.concept_for(cleaned, kind) is not None:
            return False
        rest = cleaned
        for words in (
            self.actual_words,
            self.adjusted_words,
            self.initial_words,
            self.budget_words,
            self.implied_actual_words,
            *self.year_words.values(),
        ):
            for p in words:
                rest = p.sub("", rest)
        rest = _NOT_NAME.sub("", rest)
        return len(rest) >= 3

    def year_offset(self, text: str) -> int | None:
        """Offset from the report year named by a relative word (上年度 → -1)."""
        cleaned = clean_label(text)
        for key, offset in (("previous", -1), ("next", 1), ("current", 0)):
            if any(p.search(cleaned) for p in self.year_words.get(key, ())):
                return offset
        return None

    def scope_for(self, row_label: str) -> str:
        """``total`` for 汇总/合计 rows, ``subtotal`` for 小计, else ``unit:<name>``."""
        cleaned = clean_label(row_label)
        if any(p.search(cleaned) for p in self.total_scope):
            return "total"
        if any(p.search(cleaned) for p in self.subtotal_scope):
            return "subtotal"
        name = re.sub(r"^(?:\d+|[一二三四五六七八九十]+)[、.．]", "", cleaned)
        return f"unit:{name}" if name else "total"


# A label that names an amount's basis but not its subject (``实际支出数``, ``预算数``):
# the subject comes from the sentence, the formula or the table caption. Wording in
# ``data/cues/lexicon.yaml``.
GENERIC_LABEL = cue_patterns("lexicon", "generic_label")[0]
"""As packaged; readers that honour a bureau's cue file use ``cue("lexicon", "generic_label")``."""


def cue_nested() -> re.Pattern[str]:
    """A label naming a part inside a whole (``基本支出中人员经费``)."""
    from auditor.read.figures import cue

    return cue("lexicon", "nested_part")


SPENT_QUANTITIES = ("expenditure.basic", "expenditure.project", "expenditure.p", "sangong.")
"""Quantities of spending a label can name before a spending tail (``公用经费全年支出``)."""


def _spending_tail() -> re.Pattern[str]:
    from auditor.read.figures import cue

    return cue("lexicon", "spending_tail")


def _nested_qualifier() -> re.Pattern[str]:
    from auditor.read.figures import cue

    return cue("lexicon", "nested_qualifier")


def examples_removed(label: str) -> str:
    """The label without the examples before its 等 (``A、B等事业收入`` → ``事业收入``).

    A label that ends at 等 (the concept's words taken off) is all examples: ``""``.
    """
    from auditor.read.figures import cue

    return cue("lexicon", "examples_lead").sub("", label)


def composite_part(label: str) -> str:
    """The bracket that widens or narrows a label's quantity (``（含上年结转）``), or ""."""
    m = _composite_bracket().search(label)
    return m.group(0) if m else ""


def _composite_bracket() -> re.Pattern[str]:
    from auditor.read.figures import cue

    return cue("lexicon", "composite_bracket")


def _unit_tail() -> re.Pattern[str]:
    from auditor.read.figures import cue

    return cue("lexicon", "unit_tail")


def _leading_year() -> re.Pattern[str]:
    from auditor.read.figures import cue

    return cue("lexicon", "leading_year")


def clean_label(label: str) -> str:
    """Drop quotes, book-title marks and spaces so patterns see the words only."""
    return _STRIP.sub("", label)


def _match_len(pattern: re.Pattern[str], text: str) -> int:
    m = pattern.search(text)
    return len(m.group(0)) if m else 0


def _compile(items: Any) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(str(p)) for p in (items or ()))


def _sub_kinds(items: Any) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``{参公: [参照公务员法管理, 参公]}`` → each name with one pattern ending at the name."""
    return tuple(
        (str(name), re.compile("(?:" + "|".join(str(w) for w in words) + ")$"))
        for name, words in (items or {}).items()
    )


def load_lexicon(path: Path) -> Lexicon:
    """Read and compile a lexicon YAML file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    concepts = []
    for entry in data["concepts"]:
        context = entry.get("context") or {}
        concepts.append(
            Concept(
                id=entry["id"],
                name=entry["name"],
                kinds=tuple(entry.get("kinds", ["money", "number"])),
                patterns=_compile(entry.get("patterns")),
                exclude=_compile(entry.get("exclude")),
                context_section=re.compile(context["section"]) if context.get("section") else None,
                context_patterns=_compile(context.get("patterns")),
                units=tuple(entry["units"]) if "units" in entry else None,
                names_object=entry.get("object") == "before",
                part_of=str(entry.get("part_of") or ""),
                sub_kinds=_sub_kinds(entry.get("sub_kinds")),
            )
        )
    sources = tuple((s["id"], s["name"], _compile(s["patterns"])) for s in data.get("sources", []))
    basis = data.get("basis", {})
    years = {k: _compile(v) for k, v in (data.get("year_words") or {}).items()}
    scopes = data.get("scopes", {})
    whole = data.get("fiscal_whole")
    whole_source = (
        WholeSource(
            source=str(whole["source"]),
            part=str(whole["part"]),
            other_parts=tuple(str(p) for p in whole.get("other_parts", ())),
            words=_compile(whole.get("words")),
            part_words=_compile(whole.get("part_words")),
        )
        if whole
        else None
    )
    return Lexicon(
        concepts=tuple(concepts),
        sources=sources,
        budget_words=_compile(basis.get("budget")),
        actual_words=_compile(basis.get("actual")),
        implied_actual_words=_compile(basis.get("implied_actual")),
        adjusted_words=_compile(basis.get("adjusted")),
        initial_words=_compile(basis.get("initial")),
        year_words=years,
        total_scope=_compile(scopes.get("total")),
        subtotal_scope=_compile(scopes.get("subtotal")),
        path=str(path),
        whole_source=whole_source,
        all_sources_words=_compile(data.get("all_sources")),
    )
