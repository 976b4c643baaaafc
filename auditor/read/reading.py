"""The reading layer: turn a :class:`~auditor.model.Document` into what rules check.

``read(document, lexicon)`` scans every text once, then derives the section tree,
metadata, labelled figures, facts, breakdowns, formulas, counted lists, score sheets
and classified year mentions. Rules receive this :class:`Reading` and never parse text
themselves; where a rule needs a term search it asks :meth:`Reading.search`.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from auditor.model import Document, Location, Paragraph, Table, block_texts
from auditor.read.activities import Activity, read_activities
from auditor.read.columns import column_formulas
from auditor.read.explanations import NO_EXPLANATIONS, Explanations, read_explanations
from auditor.read.facts import Fact, FactSheet, build_facts, figure_role, is_change
from auditor.read.figures import Figure, cue, iter_figures, quote
from auditor.read.form import BlankColumn, Part, read_blank_columns, read_parts
from auditor.read.formulas import Formula, Num, amount_rates, count_rates, find_formulas
from auditor.read.growth import Growth, growth_rates
from auditor.read.implied_rates import ImpliedRate, cell_divisions, implied_rates
from auditor.read.lexicon import GENERIC_LABEL, Lexicon, clean_label
from auditor.read.qualifiers import Basis, Origin, Role, Scope, basis_matches
from auditor.read.relations import (
    Breakdown,
    CountedList,
    concept_family,
    counted_lists,
    table_breakdowns,
    text_breakdowns,
    text_parents,
)
from auditor.read.relations.difference_columns import DifferenceCell, difference_cells
from auditor.read.relations.rate_columns import (
    RateCell,
    confirmed_rates,
    rate_cells,
)
from auditor.read.restated import Neighbours
from auditor.read.restated_rates import RestatedRate, restated_rates
from auditor.read.scoring.framework import Framework
from auditor.read.scoring.funds import RowRate, row_agrees, row_rates
from auditor.read.scoring.sheet import RowRatio
from auditor.read.scoring.sheets import ScoreSheet, read_score_sheets
from auditor.read.sheet_scopes import with_project_scopes
from auditor.read.slips import NearMiss, near_misses, statements
from auditor.read.structure import (
    ReportMeta,
    Section,
    ancestors,
    build_sections,
    read_meta,
    run_in_places,
    run_in_titles,
    section_name,
)
from auditor.read.target_places import targets_in_target_places
from auditor.read.years import (
    YearUse,
    classify_years,
    names_prior_year_in_words,
    reviews_prior_year,
)
from auditor.text.numbers import Scan, scan

_RATE_WORDS = cue("formulas", "rate_word_tail")
_POINTS_TAIL = re.compile(r"\s*[（(][^（）()]*分[）)]\s*$")
"""A scored item's points after its name (``（3分）``): not part of the name."""


_SENTENCE_ENDS = "。；;！？!?"
"""Where a hit's sentence ends, for the words read around it (:class:`TextHit`)."""


@dataclass(frozen=True, slots=True)
class TextHit:
    """A term found by :meth:`Reading.search`."""

    block: int
    location: Location
    quote: str
    match: str
    section: int
    before: str = ""
    """Its sentence's words before it (``经历三年`` before ``新冠疫情``)."""
    after: str = ""
    """Its sentence's words after it (``期间…`` after ``疫情防控``)."""
    start: int = -1
    """Where it starts in its paragraph or cell text."""


@dataclass(frozen=True, eq=False)
class Reading:
    """Everything the rules need, read once from one document.

    Compared and hashed by identity (one reading per document): what is derived from it
    (``auditor.assess``) is kept beside it, keyed weakly by it, never written into it.
    """

    document: Document
    lexicon: Lexicon
    meta: ReportMeta
    sections: tuple[Section, ...]
    section_of: tuple[int, ...]
    figures: tuple[Figure, ...]
    facts: FactSheet
    breakdowns: tuple[Breakdown, ...]
    formulas: tuple[Formula, ...]
    lists: tuple[CountedList, ...]
    sheets: tuple[ScoreSheet, ...]
    years: tuple[YearUse, ...]
    framework: Framework | None = None
    activities: tuple[Activity, ...] = ()
    """Text figures that name an activity rather than a concept (IC005 compares them)."""
    rate_cells: tuple[RateCell, ...] = ()
    """Table rate cells their own row's amounts do not give (:mod:`.relations.rate_columns`)."""
    difference_cells: tuple[DifferenceCell, ...] = ()
    """``增减额`` cells their row's two amounts do not give (:mod:`.relations.difference_columns`)."""
    growth: tuple[Growth, ...] = ()
    """Changes over last year stated beside both years' figures (:mod:`.growth`)."""
    explanations: Explanations = NO_EXPLANATIONS
    """Reasons the report gives (staff above posts, deductions), for IC006 and SC010."""
    parts: tuple[Part, ...] = ()
    """The outline's parts and whether the report names each (CP002); () without text."""
    blank_columns: tuple[BlankColumn, ...] = ()
    """Required figure columns that data rows leave empty (CP003)."""
    near_misses: tuple[NearMiss, ...] = ()
    """Pairs of places whose values are a typing slip of each other (:mod:`.slips`)."""
    place_of: tuple[int, ...] = ()
    """Per block, its place: the section split at run-in titled paragraphs (:func:`run_in_places`)."""
    amount_rates: tuple[Formula, ...] = ()
    """Rates stated in prose beside the two amounts they divide (``实际采购金额64.20万元，
    预算金额70.00万元，执行率91.71%``), read as formulas; AR005 recomputes them."""
    implied: tuple[ImpliedRate, ...] = ()
    """Rates stated beside figures that may be their operands, no formula written
    (``设备共有128台（套），年末完好124台（套），设备完好率96.88%``); AR003 reports a typing slip."""
    restated_rates: tuple[RestatedRate, ...] = ()
    """Paragraph rates that slip a table row's confirmed rate (:mod:`.restated_rates`)."""
    figures_by_block: Mapping[int, tuple[Figure, ...]] = field(default_factory=dict)
    """The figures of each block, in reading order (:meth:`figures_in`)."""

    def figures_in(self, block: int) -> tuple[Figure, ...]:
        """The figures read from one block (a paragraph or a table), in reading order."""
        return self.figures_by_block.get(block, ())

    @property
    def report_year(self) -> int | None:
        """The year evaluated (from the title)."""
        return self.meta.report_year

    def place(self, block: int) -> int:
        """The place holding ``block`` (its section when places were not read)."""
        return self.place_of[block] if self.place_of else -1 - self.section_of[block]

    def section(self, block: int) -> Section:
        """Innermost section holding ``block``."""
        return self.sections[self.section_of[block]]

    def section_path(self, block: int) -> list[Section]:
        """Sections from the outermost to the innermost holding ``block``."""
        path: list[Section] = []
        sid: int | None = self.section_of[block]
        while sid is not None and sid != 0:
            path.append(self.sections[sid])
            sid = self.sections[sid].parent
        return list(reversed(path))

    def indicator_section_ids(self) -> set[int]:
        """Sections that are narrative indicators (``（十七）固定资产利用率（3分）``)."""
        return {
            i.section for sheet in self.sheets for i in sheet.indicators if i.section is not None
        }

    def search(self, pattern: re.Pattern[str]) -> Iterator[TextHit]:
        """Find a term in every paragraph and table cell, with a quote around it."""
        for block in self.document.blocks:
            for text, loc in block_texts(block):
                for m in pattern.finditer(text):
                    start = max(text.rfind(ch, 0, m.start()) for ch in _SENTENCE_ENDS) + 1
                    ends = [i for ch in _SENTENCE_ENDS if (i := text.find(ch, m.end())) >= 0]
                    yield TextHit(
                        block.index,
                        loc,
                        quote(text, m.start(), m.end()),
                        m.group(0),
                        self.section_of[block.index],
                        before=text[start : m.start()],
                        after=text[m.end() : min(ends, default=len(text))],
                        start=m.start(),
                    )

    def facts_for_name(self, name: str, block: int, subject: str = "") -> list[Fact]:
        """Facts a formula's operand name refers to (``年初预算`` → the 年初预算 facts).

        The name is matched with the lexicon as a label. A generic name (``实际支出数``,
        ``预算数``) is read with the formula's subject (``“三公”经费控制率`` → 三公经费).
        Whole-department facts without a funding source come first, then those in the
        same section. A name that states a basis (``“三公”经费预算``) takes only facts of
        that basis: a budget operand is never compared with a figure of unstated basis.
        A whole the report never states is read from its one stated part (``编制数`` from
        ``核定事业编制78名`` when no other 编制 is stated).
        """
        title = self.sections[self.section_of[block]].title
        # ``“三公”经费控制率（3分）：“三公”经费控制率``: the words right before ``=`` name it
        subject = _POINTS_TAIL.sub("", re.split(r"[：:]", subject)[-1])
        subject = _RATE_WORDS.sub("", subject) or self._indicator_subject(block)
        labels = [subject + name, name] if subject and GENERIC_LABEL.match(name) else [name]
        concept = None
        for label in labels:
            for kind in ("money", "count", "percent", "number"):
                concept = self.lexicon.concept_for(label, kind, title)
                if concept is not None:
                    break
            if concept is not None:
                break
        if concept is None:
            return []
        year = self.report_year
        offset = self.lexicon.year_offset(name)
        if offset and year is not None and not cue("formulas", "carryover_name").search(name):
            year += offset
        basis = self.lexicon.basis_for(name)
        same_section = self.section_of[block]

        def stated(concept_id: str) -> list[Fact]:
            return [
                f
                for f in self.facts.of(concept_id)
                if f.origin != "formula"
                and (year is None or f.year == year)
                and f.scope == "total"
                and basis_matches(f.basis, basis)
            ]

        found = stated(concept.id)
        if not found:
            # ``核定事业编制78名`` is a 事业单位's whole 编制 when no other part is stated.
            parts = [c.id for c in self.lexicon.concepts if c.part_of == concept.id]
            with_facts = [stated(p) for p in parts]
            if sum(1 for fs in with_facts if fs) == 1:
                found = next(fs for fs in with_facts if fs)
        named_source = self.lexicon.source_for(name)
        found = [f for f in found if f.source == named_source] or found
        found.sort(key=lambda f: (self.section_of[f.figure.block] != same_section, f.figure.block))
        return found

    def _indicator_subject(self, block: int) -> str:
        """What the indicator a block belongs to measures (``“三公”经费控制率`` → 三公经费).

        A formula named only ``控制率=实际支出÷预算数`` takes its subject from there.
        """
        for sheet in self.sheets:
            for indicator in sheet.indicators:
                first, end = indicator.blocks
                if first <= block < max(end, first + 1):
                    return _RATE_WORDS.sub("", clean_label(indicator.name))
        return ""

    def department_facts(self, concept: str, basis: str | None) -> list[Fact]:
        """The report-year, whole-department facts of ``concept`` on ``basis``."""
        return [
            f
            for f in self.facts.of(concept)
            if f.origin != "formula"
            and (self.report_year is None or f.year == self.report_year)
            and f.scope == "total"
            and basis_matches(f.basis, basis)
        ]

    def best_fact(self, concept: str, basis: str | None, block: int) -> Fact | None:
        """The report-year, whole-department fact of ``concept`` nearest to ``block``."""
        same_section = self.section_of[block]
        candidates = self.department_facts(concept, basis)
        if not candidates:
            return None
        candidates.sort(
            key=lambda f: (
                self.section_of[f.figure.block] != same_section,
                abs(f.figure.block - block),
            )
        )
        return candidates[0]

    def quote_span(self, first: Figure, last: Figure, limit: int = 160) -> str | None:
        """The text from one figure's clause to another's end, when both are in one text."""
        if first.block != last.block or first.cell != last.cell or first.table_value:
            return None
        block = self.document.blocks[first.block]
        if isinstance(block, Table):
            if first.cell is None:
                return None
            text = block.grid[first.cell[0]][first.cell[1]].text
        else:
            text = block.text
        start = text.rfind("。", 0, first.amount.start) + 1
        start = max(start, first.amount.start - 30)
        end = last.amount.end
        snippet = text[start:end]
        if len(snippet) > limit:
            snippet = snippet[: limit // 2] + "…" + snippet[-limit // 2 :]
        return ("…" if start > 0 else "") + snippet


def read(document: Document, lexicon: Lexicon, framework: Framework | None = None) -> Reading:
    """Read a document into facts, relations, scores and years."""
    scans: dict[int, Scan] = {
        b.index: scan(b.text) for b in document.blocks if isinstance(b, Paragraph)
    }
    sections, section_of = build_sections(document)
    meta = read_meta(document)
    figures = list(iter_figures(document, scans))
    by_block: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        by_block[f.block].append(f)
    section_titles = [_context_title(sections, section_of, i) for i in range(len(section_of))]

    def family_of(fig: Figure) -> str | None:
        if GENERIC_LABEL.match(clean_label(fig.label)):
            # ``“三公”经费预算4万元，实际支出3.59万元，其中…``: a bare 实际支出 takes its
            # subject from the sentence, so it does not close a list of 三公 items.
            return None
        title = section_titles[fig.block]
        concept = lexicon.concept_for(fig.label, fig.kind, title, unit=fig.unit)
        return concept_family(concept.id if concept else None)

    def role_of(fig: Figure) -> Role:
        """A level, a change (``较上年减少``) or a per-head value, as the facts read it."""
        concept = lexicon.concept_for(fig.label, fig.kind, section_titles[fig.block], unit=fig.unit)
        if concept is None:
            return Role.CHANGE if is_change(fig.label) else Role.LEVEL
        return figure_role(fig.label, concept, fig.verb)[0]

    def basis_of(fig: Figure) -> str | None:
        """The basis the figure's own words state (``预算``, ``实际支出``), if any."""
        return lexicon.basis_for(fig.label or "") if fig.kind == "money" else None

    breakdowns: list[Breakdown] = []
    parents: dict[Figure, Figure] = {}
    formulas: list[Formula] = []
    prose_rates: list[Formula] = []
    implied: list[ImpliedRate] = []
    lists: list[CountedList] = []
    previous_table: tuple[Table, list[Figure]] | None = None
    rates: list[RateCell] = []
    confirmed: list[RateCell] = []
    differences: list[DifferenceCell] = []
    growth: list[Growth] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            text_figs = by_block.get(block.index, [])
            block_parents = text_parents(block.text, text_figs, family_of, role_of, basis_of)
            breakdowns.extend(text_breakdowns(block.text, text_figs, block_parents))
            for child, (parent, _how) in block_parents.items():
                parents[text_figs[child]] = text_figs[parent]
            formulas.extend(
                replace(f, section=section_of[block.index])
                for f in find_formulas(block.text, block.index, block.location)
                + count_rates(block.text, block.index, block.location)
            )
            prose_rates.extend(
                replace(f, section=section_of[block.index])
                for f in amount_rates(block.text, block.index, block.location)
            )
            implied.extend(implied_rates(block.text, block.index, block.location))
            lists.extend(counted_lists(block))
            growth.extend(growth_rates(block, text_figs))
        else:
            breakdowns.extend(
                table_breakdowns(block, by_block.get(block.index, []), previous_table)
            )
            previous_table = (block, by_block.get(block.index, []))
            implied.extend(cell_divisions(block))
            # ``得分率（B/A）``: a column computed from the row's lettered columns, as its
            # header says, is a written formula per row; a cell the table's own rate
            # pairs also find wrong is read once, as a rate cell that knows its header
            # writes the formula (reported by AR003 like every written formula, with the
            # rate pairs' abstentions).
            written = column_formulas(block)
            by_formula = {f.location for f in written}
            found_rates = [
                replace(r, header_formula=r.stated.location in by_formula)
                for r in rate_cells(block, by_block.get(block.index, []))
            ]
            rates.extend(found_rates)
            confirmed.extend(confirmed_rates(block, by_block.get(block.index, [])))
            found_differences = difference_cells(block, by_block.get(block.index, []))
            differences.extend(found_differences)
            taken = {r.stated.location for r in found_rates}
            taken |= {d.stated.location for d in found_differences}
            formulas.extend(
                replace(f, section=section_of[block.index])
                for f in written
                if f.location not in taken
            )
            for cell in dict.fromkeys(block.cells()):
                if "=" in cell.text:  # ``10×(480/500)=8.5`` written in a score cell
                    head = block.grid[cell.row][0]
                    label = head.text if head is not cell and "=" not in head.text else ""
                    formulas.extend(
                        replace(f, name=f.name or label, section=section_of[block.index])
                        for f in find_formulas(cell.text, block.index, cell.location)
                    )
    facts = build_facts(
        figures, document, lexicon, meta.report_year, section_titles, scans, meta.unit or ""
    )
    facts = _inherit_from_parents(facts, parents, lexicon)
    facts = _without_other_rates(facts, document)
    titles_of = [_section_titles(sections, section_of, i) for i in range(len(section_of))]
    facts = targets_in_target_places(facts, document, titles_of)
    facts = _with_formula_operands(facts, formulas, by_block, lexicon, meta.report_year)

    framework_names = [(i.name, *i.aliases) for i in framework.indicators] if framework else []
    sheets = read_score_sheets(document, sections, section_of, by_block, formulas, framework_names)
    facts = with_project_scopes(facts, sheets)
    indicator_sections = {i.section for s in sheets for i in s.indicators if i.section is not None}
    sheet_tables = {n for s in sheets for n in s.table_numbers}
    years = _years(
        document, scans, sections, section_of, indicator_sections, sheet_tables, meta.report_year
    )
    activities = tuple(
        read_activities(
            document,
            figures,
            facts,
            meta.report_year,
            ["\n".join(titles) for titles in titles_of],
        )
    )
    place_of = run_in_places(document, section_of)
    return Reading(
        document=document,
        lexicon=lexicon,
        meta=meta,
        sections=sections,
        section_of=section_of,
        place_of=place_of,
        figures=tuple(figures),
        facts=facts,
        breakdowns=tuple(breakdowns),
        formulas=tuple(formulas),
        lists=tuple(lists),
        sheets=sheets,
        years=tuple(years),
        framework=framework,
        activities=activities,
        near_misses=tuple(
            near_misses(
                statements(
                    facts.facts,
                    activities,
                    meta.report_year,
                    lexicon,
                    _indicator_cells(figures, sheets),
                    run_in_titles(document),
                ),
                Neighbours(figures, breakdowns),
                place_of,
                breakdowns=breakdowns,
            )
        ),
        rate_cells=tuple(rates),
        difference_cells=tuple(differences),
        growth=tuple(growth),
        explanations=read_explanations(document),
        parts=read_parts(document),
        blank_columns=read_blank_columns(document),
        amount_rates=tuple(prose_rates),
        implied=tuple(implied),
        restated_rates=tuple(
            r
            for block in document.blocks
            if isinstance(block, Paragraph)
            for r in restated_rates(block.text, by_block.get(block.index, []), confirmed)
        ),
        figures_by_block={b: tuple(figs) for b, figs in by_block.items()},
    )


def _indicator_cells(figures: Sequence[Figure], sheets: Sequence[ScoreSheet]) -> list[Figure]:
    """Table cells outside score sheets (a score sheet's achieved value is IC007's)."""
    scored = {s.table for s in sheets if s.table is not None}
    return [f for f in figures if f.table_value and f.location.table not in scored]


def _context_title(sections: tuple[Section, ...], section_of: tuple[int, ...], block: int) -> str:
    """Titles of the block's section and its parents, innermost first."""
    return " ".join(_section_titles(sections, section_of, block))


def _section_titles(
    sections: tuple[Section, ...], section_of: tuple[int, ...], block: int
) -> list[str]:
    """Names of the block's section and its parents, innermost first."""
    titles: list[str] = []
    sid: int | None = section_of[block]
    while sid:
        titles.append(section_name(sections[sid].title))
        sid = sections[sid].parent
    return titles


def _without_other_rates(sheet: FactSheet, document: Document) -> FactSheet:
    """The facts less a funds row's rate cell that its own row's amounts do not give.

    In the 10号 form's funds table (``全年预算数 | 全年执行数 | 分值 | 执行率 | 得分``) a
    row's 执行率 of 100 % beside 822.16 / 860.00 is the rate the scoring method credits
    (full points above 95 %), not the funds' execution rate: the document's arithmetic
    says which quantity the cell is, so it is no statement of 预算执行率 to compare with
    the text's. A cell its row gives stays a fact.
    """
    tables: dict[int, dict[int, tuple[RowRate, RowRatio]]] = {}
    kept: list[Fact] = []
    for fact in sheet.facts:
        fig = fact.figure
        block = document.blocks[fig.block] if fig.cell is not None else None
        if fig.unit == "%" and isinstance(block, Table) and fig.cell is not None:
            if fig.block not in tables:
                tables[fig.block] = dict(row_rates(block))
            row = tables[fig.block].get(fig.cell[0])
            if row is not None and not row_agrees(*row):
                continue
        kept.append(fact)
    if len(kept) == len(sheet.facts):
        return sheet
    return FactSheet.indexed(kept, sheet.roles)


def _inherit_from_parents(
    sheet: FactSheet, parents: dict[Figure, Figure], lexicon: Lexicon | None = None
) -> FactSheet:
    """Parts of a 其中 list or parentheses share their total's year, basis and source.

    A total read as no fact still gives its parts the basis its own words state
    (``预算18.60万元，决算支出16.27万元，其中…``: the parts add to the 决算, not the 预算
    the clause opened with).
    """
    by_figure = {f.figure: f for f in sheet.facts}
    changed: list[Fact] = []
    for fact in sheet.facts:
        parent = parents.get(fact.figure)
        parent_fact = by_figure.get(parent) if parent is not None else None
        if parent_fact is None:
            own = (
                Basis.of(lexicon.basis_for(parent.label))
                if parent is not None and lexicon is not None and parent.kind == "money"
                else None
            )
            if own and fact.provenance.basis_from != Origin.OWN and fact.basis != own:
                fact = replace(
                    fact,
                    basis=own,
                    provenance=replace(fact.provenance, basis_from=Origin.CLAUSE),
                )
            changed.append(fact)
            continue
        inherits = fact.basis == Basis.UNSTATED and parent_fact.basis != Basis.UNSTATED
        provenance = fact.provenance
        if inherits:
            provenance = replace(provenance, basis_from=Origin.CLAUSE)
        # A part whose year is only the report's default takes its total's: in ``上年基本
        # 支出X，其中人员经费a`` the parts are last year's too.
        year_unstated = fact.year is None or provenance.year_from == Origin.DOCUMENT
        if year_unstated and fact.year != parent_fact.year:
            provenance = replace(provenance, year_from=Origin.CLAUSE)
        changed.append(
            replace(
                fact,
                basis=parent_fact.basis if inherits else fact.basis,
                provenance=provenance,
                source=fact.source or parent_fact.source,
                year=parent_fact.year
                if fact.year == parent_fact.year or year_unstated
                else fact.year,
            )
        )
    return FactSheet.indexed(changed, sheet.roles)


def _with_formula_operands(
    sheet: FactSheet,
    formulas: list[Formula],
    by_block: dict[int, list[Figure]],
    lexicon: Lexicon,
    report_year: int | None,
) -> FactSheet:
    """Add the numbers a formula puts in for its named operands (``180.5`` for 在用资产).

    They are facts of origin ``formula``: shown in the fact sheet, checked against the
    report's other statements by AR004, and never compared by IC001 (one finding per
    contradiction is enough).
    """
    from auditor.read.formulas import align_operands, strip_percent

    added: list[Fact] = []
    for formula in formulas:
        symbolic = formula.symbolic_sides
        numeric = [
            s
            for s in formula.sides[:-1]
            if s.numeric and s.expr is not None and not isinstance(s.expr, Num)
        ]
        if not symbolic or not numeric or symbolic[0].expr is None or numeric[0].expr is None:
            continue
        pairs = (
            align_operands(strip_percent(symbolic[0].expr), strip_percent(numeric[0].expr)) or []
        )
        figures = by_block.get(formula.block, [])
        for name, number in pairs:
            concept = next(
                (
                    c
                    for kind in ("money", "count", "number")
                    if (c := lexicon.concept_for(name, kind)) is not None
                ),
                None,
            )
            figure = next(
                (f for f in figures if f.amount.number_text == number.raw.lstrip("-")), None
            )
            if concept is None or figure is None:
                continue
            added.append(
                Fact(
                    concept.id,
                    concept.name,
                    figure,
                    report_year,
                    Scope.TOTAL,
                    Basis.of(lexicon.basis_for(name)),
                    None,
                    "formula",
                )
            )
    if not added:
        return sheet
    facts = sheet.facts + tuple(added)
    return FactSheet.indexed(facts, sheet.roles)


def _years(
    document: Document,
    scans: dict[int, Scan],
    sections: tuple[Section, ...],
    section_of: tuple[int, ...],
    indicator_sections: set[int],
    sheet_tables: set[int],
    report_year: int | None,
) -> list[YearUse]:
    """Every year mention, classified; a score sheet's cells count as indicator text."""
    out: list[YearUse] = []
    blocks = document.blocks
    captions = {
        b.index
        for b, nxt in itertools.pairwise(blocks)
        if isinstance(b, Paragraph) and isinstance(nxt, Table) and nxt.caption == b.text
    }  # a table's own title line, a heading or not (plain text has no heading styles)
    for block in document.blocks:
        sid = section_of[block.index]
        title = _context_title(sections, section_of, block.index)
        in_indicator = any(s in indicator_sections for s in ancestors(sections, sid))
        in_prior_review = any(
            reviews_prior_year(sections[s].title or "", report_year)
            for s in ancestors(sections, sid)
        )
        is_paragraph = isinstance(block, Paragraph)
        is_title = isinstance(block, Paragraph) and (
            block.heading_level is not None or block.index in captions
        )
        if isinstance(block, Table) and block.number in sheet_tables:
            in_indicator = True
        texts = block_texts(block)
        for i, (text, location) in enumerate(texts):
            if is_paragraph:
                found = scans[block.index]
            elif re.search(r"(?:19|20)\d{2}", text) or (
                in_indicator and names_prior_year_in_words(text)
            ):
                found = scan(text)
            else:
                continue
            out.extend(
                classify_years(
                    text,
                    found.years,
                    found.dates,
                    block=block.index,
                    location=location,
                    section=sid,
                    is_title=is_title,
                    section_title=title,
                    in_indicator=in_indicator,
                    report_year=report_year,
                    row_years=_row_years(texts, i) if not is_paragraph else frozenset(),
                    in_prior_review=in_prior_review,
                )
            )
    return out


def _row_years(texts: list[tuple[str, Location]], i: int) -> frozenset[int]:
    """Years the other cells of a cell's table row name (``2024年完成数 | 2025年完成数``)."""
    row = texts[i][1].row
    if row is None:
        return frozenset()
    return frozenset(
        int(y)
        for j, (text, location) in enumerate(texts)
        if j != i and location.row == row
        for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)", text)
    )
