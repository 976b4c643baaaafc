"""Which paragraphs speak of one named project or item, not of the department.

Nearly every report has a section on 项目支出 with one numbered paragraph or sub-heading
per project, each stating that project's own money::

    （一）高标准农田建设工程
    年初预算600.00万元，调整后预算612.00万元，实际支出598.20万元。
    3.乡村振兴示范村创建行动：调整后预算300.00万元，实际支出280.50万元。

Those figures are the project's: :func:`project_subjects` names the project each such
paragraph speaks of, so the fact reader scopes its unscoped figures to it and
department-level comparisons leave them out. The wording is data
(``data/cues/subjects.yaml``).

Titles are named in many other ways (``2.“智慧停车”平台运维。``, ``（三）乡村道路养护：``,
``③困难群众临时救助——``), so :func:`numbered_subjects` decides by the document's layout
and arithmetic instead of the title's last word: a numbered paragraph has its own
subject when its figures are far below the department's and at least two kinds of
evidence agree (a project section heading, a matching table row, a closed
budget–spending–rate triple of its own, siblings at its numbering level that do the same).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from auditor.model import Document, Paragraph
from auditor.read.figures import Figure
from auditor.read.wording import patterns, words

FAR_BELOW = Decimal("0.6")
"""A paragraph's largest amount under this share of the department's largest amount
stated elsewhere is far below the department's totals (a part, not a restatement)."""

RATE_SLACK = Decimal("0.01")
"""Percentage points allowed beyond half the rate's last written place when a stated
rate is checked against spending / budget (``97.19%`` for 472.34 / 486.00)."""


def _first(key: str, text: str) -> re.Match[str] | None:
    for pattern in patterns("subjects", key):
        m = pattern.search(text)
        if m:
            return m
    return None


def project_name(text: str, *, heading: bool) -> str:
    """The project a heading (``heading``) or a paragraph's opening names, or ""."""
    m = _first("project_heading" if heading else "project_opener", text)
    if m is None:
        return ""
    name = m.group("name").strip()
    if _first("not_a_project", name) is not None:
        return ""
    return name


def project_subjects(doc: Document) -> dict[int, str]:
    """Block index → the project the paragraph speaks of (only paragraphs that have one).

    A paragraph opening with a numbered project name speaks of it; so does every paragraph
    under a heading naming a project (up to the next heading of its level or above) and
    every paragraph after a line that is only a project's name (up to the next heading or
    numbered paragraph).
    """
    out: dict[int, str] = {}
    heading: tuple[int, str] | None = None
    line: str = ""
    for block in doc.blocks:
        if not isinstance(block, Paragraph):
            line = ""
            continue
        text = block.text
        if block.heading_level is not None:
            line = ""
            if heading is not None and block.heading_level <= heading[0]:
                heading = None
            name = project_name(text, heading=True) or project_name(text, heading=False)
            if name:
                # A numbered line read as a heading may carry the project's figures too
                # (``2.非遗保护传承专项：调整后预算58.00万元…``).
                heading = (block.heading_level, name)
                out[block.index] = name
            continue
        own = project_name(text, heading=False)
        if own:
            out[block.index] = own
            line = ""
            continue
        standalone = project_name(text, heading=True)
        if standalone:
            line = standalone
            continue
        if _first("numbered_start", text) is not None:
            line = ""
        if line:
            out[block.index] = line
        elif heading is not None:
            out[block.index] = heading[1]
    return out


def project_subjects_in(
    doc: Document, figures: Sequence[Figure], concept_named: Callable[[str], bool] | None = None
) -> dict[int, str]:
    """:func:`project_subjects`, then :func:`numbered_subjects` for the paragraphs left.

    ``concept_named`` (a callable, title → bool) says whether a title names one of the
    department's own quantities (the lexicon's concepts): such a paragraph keeps the
    department's scope whatever its layout.
    """
    return subjects_of(doc, figures, concept_named)[0]


def subjects_of(
    doc: Document, figures: Sequence[Figure], concept_named: Callable[[str], bool] | None = None
) -> tuple[dict[int, str], frozenset[int]]:
    """:func:`project_subjects_in`, and the paragraphs that may speak of another subject.

    The second are the blocks of numbered paragraphs with the layout of a project's
    (:func:`numbered_subjects`' evidence) whose amounts are below the department's but
    not far below: whose figure they are cannot be told, so a comparison with the
    department's figure is a reading to confirm, not an error.
    """
    out = project_subjects(doc)
    sure, unsure = _judged(doc, figures, concept_named)
    for index, name in sure.items():
        out.setdefault(index, name)
    return out, frozenset(b for b in unsure if b not in out)


@dataclass(eq=False)
class _Candidate:
    """A numbered paragraph (with the unnumbered ones after it) that may have its own subject."""

    title: str
    style: int
    section: int
    blocks: list[int] = field(default_factory=list)
    parent: _Candidate | None = None
    """The numbered paragraph it is nested in (``1.资金使用情况`` under ``（二）农村公路
    建设补助``): the parent's blocks include the child's."""


def _numbered_title(text: str) -> tuple[int, str] | None:
    """The numbering style (its pattern's position) and the title after the mark."""
    for style, pattern in enumerate(patterns("subjects", "numbered_title")):
        m = pattern.match(text)
        if m:
            return style, m.group("title").strip().strip("：:。")
    return None


def _candidates(doc: Document) -> list[_Candidate]:
    """Numbered paragraphs and numbered lines with the body paragraphs that follow them.

    A candidate's section is the numbered paragraph it is nested in, else the last heading
    before it that is not at its own numbering level (a table's caption is no section).
    Numbering nests: a paragraph numbered one in a style not open yet (``1.`` after
    ``（二）``) is a child of the open one, whose blocks then run on through the child's;
    a style already open closes it and what is nested in it (the next ``（三）`` ends
    ``（二）`` and its ``1.``, ``2.``); another number in a new style (``1.…`` then
    ``（二）…``) continues the open list with other marks.
    """
    out: list[_Candidate] = []
    headings: list[tuple[int, int | None]] = []  # (block, numbering style or None)
    open_: list[_Candidate] = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph):
            open_ = []
            continue
        numbered = _numbered_title(block.text)
        caption = i + 1 < len(blocks) and not isinstance(blocks[i + 1], Paragraph)
        if block.heading_level is not None and not caption:
            headings.append((block.index, numbered[0] if numbered else None))
        if numbered is None:
            if block.heading_level is not None:
                open_ = []
            for c in open_:
                c.blocks.append(block.index)
            continue
        style, title = numbered
        styles = [c.style for c in open_]
        if style in styles:
            open_ = open_[: styles.index(style)]
        elif open_ and _first("first_number", block.text) is None:
            # ``1.…`` then ``（二）…``: a list that changes its marks, not a nested one
            # (a nested list starts at one).
            open_ = open_[:-1]
        section = (
            open_[-1].blocks[0]
            if open_
            else next((b for b, s in reversed(headings) if b != block.index and s != style), -1)
        )
        current = _Candidate(title, style, section, [block.index], open_[-1] if open_ else None)
        for c in open_:
            c.blocks.append(block.index)
        open_.append(current)
        out.append(current)
    return out


def _normal(name: str) -> str:
    return re.sub(r"[\s“”\"'‘’《》「」（）()]", "", name)


def _matches_row(title: str, rows: set[str]) -> bool:
    """Whether the title names a row of a table in the document (one contains the other)."""
    t = _normal(title)
    return len(t) >= 2 and any(
        t == r or (min(len(t), len(r)) >= 4 and (t in r or r in t)) for r in rows
    )


def _closed_triple(figures: Sequence[Figure]) -> bool:
    """Two money amounts and a rate that agree: rate = one amount / the other × 100 %."""
    money = [f for f in figures if f.kind == "money" and f.base_value > 0]
    rates = [f for f in figures if f.unit == "%"]
    for rate in rates:
        tolerance = Decimal(1).scaleb(-rate.amount.decimals) / 2 + RATE_SLACK
        for part in money:
            for whole in money:
                if part is whole or part.base_value > whole.base_value:
                    continue
                ratio = part.base_value / whole.base_value * 100
                if abs(ratio - rate.value) <= tolerance:
                    return True
    return False


def numbered_subjects(
    doc: Document, figures: Sequence[Figure], concept_named: Callable[[str], bool] | None = None
) -> dict[int, str]:
    """Block index → the subject of a numbered paragraph that is not the department.

    A numbered paragraph (``2.“智慧停车”平台运维。…``, ``（三）乡村道路养护：…``,
    ``③困难群众临时救助——…``) and the unnumbered paragraphs after it speak of their own
    subject when its money amounts are all far below (:data:`FAR_BELOW`) the largest
    amount the document states outside it and its siblings (the paragraphs at its
    numbering level in its section), its title does not name the department's own
    money (``department_title`` cues, or a concept of the lexicon), and at least two of
    these agree:

    - it sits under a section heading whose cue says projects (``project_section``);
    - its title matches a row label of a table in the document;
    - it states a closed triple of its own (budget, spending, rate = spending / budget);
    - another paragraph at its numbering level in the same section is far below the
      department too and states a closed triple or matches a table row.

    Any one alone is not enough: a department report's own ``（二）预算执行情况`` states a
    closed triple too, but of the department's amounts. One is: a section heading that
    names projects or funds as such (``二、项目支出情况``, ``project_fund_section``) makes
    each numbered item under it that states a budget and a spending of its own a project
    (``2.政府购买审计服务（聘请中介机构）：年初预算75.00万元，实际支出68.40万元``), its
    far-below figures that project's, unless its title names an aspect of all projects
    (``1.资金投入情况``, ``aspect_title``).
    """
    return _judged(doc, figures, concept_named)[0]


def _judged(
    doc: Document, figures: Sequence[Figure], concept_named: Callable[[str], bool] | None = None
) -> tuple[dict[int, str], set[int]]:
    """Numbered paragraphs with their own subject, and those that may have one.

    The second: the same evidence, amounts below the department's largest stated
    elsewhere but not far below it (a large project of a large department).
    """
    candidates = _candidates(doc)
    if not candidates:
        return {}, set()
    by_block: dict[int, list[Figure]] = defaultdict(list)
    rows: set[str] = set()
    for f in figures:
        if f.cell is not None:
            if f.row_label:
                rows.add(_normal(f.row_label))
        else:
            by_block[f.block].append(f)
    money = sorted(((f.base_value, f.block) for f in figures if f.kind == "money"), reverse=True)
    sections = {
        b.index
        for b in doc.blocks
        if isinstance(b, Paragraph) and _first("project_section", b.text) is not None
    }
    fund_sections = {
        b.index
        for b in doc.blocks
        if isinstance(b, Paragraph)
        and b.heading_level is not None
        and _first("project_fund_section", b.text) is not None
    }
    facts: list[tuple[_Candidate, bool, bool, bool]] = []
    near: list[tuple[_Candidate, bool, bool, bool]] = []
    for c in candidates:
        own = [f for b in c.blocks for f in by_block.get(b, [])]
        amounts = [f.base_value for f in own if f.kind == "money"]
        group = {
            b
            for c2 in candidates
            if (c2.section, c2.style) == (c.section, c.style)
            for b in c2.blocks
        }
        scale = next((v for v, b in money if b not in group), Decimal(0))
        far = bool(amounts) and max(amounts) < FAR_BELOW * scale
        named = _first("department_title", c.title) is not None or (
            concept_named is not None and concept_named(c.title)
        )
        if named or not amounts:
            continue
        evidence = (c, _closed_triple(own), _matches_row(c.title, rows), c.section in sections)
        if far:
            facts.append(evidence)
        elif max(amounts) < scale:
            near.append(evidence)
    qualified: dict[_Candidate, str] = {}  # a candidate → the subject it names
    out: dict[int, str] = {}
    for c, triple, row, section in facts:
        siblings = any(
            (triple2 or row2)
            for c2, triple2, row2, _ in facts
            if c2 is not c and c2.style == c.style and c2.section == c.section
        )
        one_project = (
            c.section in fund_sections
            and _first("aspect_title", c.title) is None
            and _budget_and_spending(own)
        )
        if sum((triple, row, section, siblings)) >= 2 or one_project:
            # A child of a subject is part of it: ``农村公路建设补助·资金使用情况`` (two
            # projects' ``1.资金使用情况`` are not one subject).
            parent = next((qualified[p] for p in _ancestors(c) if p in qualified), "")
            name = f"{parent}·{c.title}" if parent else c.title
            qualified[c] = name
            for b in c.blocks:
                out[b] = name
    unsure: set[int] = set()
    for c, triple, row, section in near:
        siblings = any(
            (triple2 or row2)
            for c2, triple2, row2, _ in (*facts, *near)
            if c2 is not c and c2.style == c.style and c2.section == c.section
        )
        if sum((triple, row, section, siblings)) >= 2:
            unsure.update(b for b in c.blocks if b not in out)
    return out, unsure


def _budget_and_spending(figures: Sequence[Figure]) -> bool:
    """Whether the figures hold a budget and a spending no larger than it (a project's pair).

    ``年初预算75.00万元，实际支出68.40万元``: told by the words before each amount.
    """
    money = [f for f in figures if f.kind == "money" and f.base_value > 0]
    budgets = [f for f in money if _first("item_budget_label", f.label or "") is not None]
    spent = [
        f
        for f in money
        if _first("item_spending_label", f.label or "") is not None
        and _first("item_budget_label", f.label or "") is None
    ]
    return any(s.base_value <= b.base_value for b in budgets for s in spent)


def _ancestors(c: _Candidate) -> list[_Candidate]:
    """The numbered paragraphs ``c`` is nested in, nearest first."""
    out: list[_Candidate] = []
    while c.parent is not None:
        c = c.parent
        out.append(c)
    return out


def listed_units(
    doc: Document,
    figures: Sequence[Figure],
    concept_of: Callable[[str], str | None],
    names_other: Callable[[str], bool],
) -> dict[tuple[int, int], str]:
    """(block, amount start) → the sub-unit a figure of a parallel list belongs to.

    ``其中：县能源办一般公共预算收入65.00万元，县水产良种场一般公共预算收入48.20万元`` lists
    each 所属单位's income: clauses after a part opener (``其中``/``包括``…, or a
    colon) whose labels end alike (``一般公共预算收入``) and differ only in what comes
    before. That head names whose figure it is, whatever its wording, when:

    - at least two consecutive figures of one sentence share the ending;
    - the ending names a concept (``concept_of``) and each whole label names the same
      one (``基本支出a，项目支出b`` differ in concept: two parts, not two units);
    - no head is a year, a basis or a funding source (``names_other``), nor half of a
      word naming one (``事业``/``其他`` of ``事业收入``/``其他收入``), and each is at
      least two characters without digits.
    """
    by_block: dict[int, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.cell is None and f.kind == "money":
            by_block[f.block].append(f)
    openers = words("facts", "part_openers")
    out: dict[tuple[int, int], str] = {}
    for block, figs in by_block.items():
        paragraph = doc.blocks[block]
        if not isinstance(paragraph, Paragraph):
            continue
        figs.sort(key=lambda f: f.amount.start)
        i = 0
        while i < len(figs):
            run = [figs[i]]
            while (
                i + len(run) < len(figs)
                and figs[i + len(run)].sentence_start == figs[i].sentence_start
            ):
                run.append(figs[i + len(run)])
            i += len(run)
            _parallel(paragraph.text, block, run, concept_of, names_other, openers, out)
    return out


def _parallel(
    text: str,
    block: int,
    sentence: list[Figure],
    concept_of: Callable[[str], str | None],
    names_other: Callable[[str], bool],
    openers: tuple[str, ...],
    out: dict[tuple[int, int], str],
) -> None:
    """Mark the longest runs of a sentence's figures whose labels end alike."""
    start = 0
    while start < len(sentence) - 1:
        end = start + 1
        ending = _common_ending(sentence[start].label, sentence[end].label)
        while end + 1 < len(sentence) and _common_ending(ending, sentence[end + 1].label) == ending:
            end += 1
        run = sentence[start : end + 1]
        heads = [f.label[: len(f.label) - len(ending)] for f in run] if ending else []
        lead = text[sentence[0].sentence_start : run[0].amount.start]
        concept = concept_of(ending) if len(ending) >= 2 else None
        if (
            concept is not None
            and (any(w in lead for w in openers) or "：" in lead or ":" in lead)
            and len(set(heads)) == len(heads)
            and all(_names_unit(h) and not names_other(h) for h in heads)
            and all(concept_of(f.label) == concept for f in run)
            # ``事业收入a，其他收入b``: the heads are half of a word naming a kind of
            # income (a source the ending alone does not name), not units.
            and (names_other(ending) or not any(names_other(f.label) for f in run))
        ):
            for f, head in zip(run, heads, strict=True):
                out[(block, f.amount.start)] = head
            start = end + 1
        else:
            start += 1


def _common_ending(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[len(a) - 1 - n] == b[len(b) - 1 - n]:
        n += 1
    return a[len(a) - n :] if n else ""


def _names_unit(head: str) -> bool:
    """At least two characters, no digits, not a clause of its own."""
    return len(head) >= 2 and not re.search(r"[\d，,；;。（）()]", head)
