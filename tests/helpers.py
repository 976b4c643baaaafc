"""Shared test helpers: audit a mini report written inline, with every rule loaded."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import checks
from auditor.engine import Knowledge, load_knowledge
from auditor.extract.plaintext import parse_text
from auditor.findings import Finding
from auditor.read.reading import Reading, read
from auditor.registry import select
from auditor.runner import RunSettings, run_checks

TODAY = "2026-11-26"

FULL_RUN = False
"""Whether this is a ``pytest --all`` run (set by ``conftest.py`` before tests are imported):
property tests try fewer examples in the everyday run and all of them in CI."""


def examples(full: int) -> int:
    """``full`` examples in a ``--all`` run, a sixth of them (at least 30) otherwise."""
    return full if FULL_RUN else max(30, full // 6)


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    return load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)


def read_text(text: str) -> Reading:
    k = knowledge()
    return read(parse_text(text, "<test>"), k.lexicon, k.framework)


REFERENCE_MARK = "--- 参考数据 ---"
PREVIOUS_MARK = "--- 上年报告 ---"


def split_inline(text: str) -> tuple[str, str | None, str | None]:
    """A mini report, and the reference table (CSV) and last year's report written after it."""
    parts: dict[str, str] = {}
    current, lines = "report", []
    for line in text.splitlines():
        if line.strip() in (REFERENCE_MARK, PREVIOUS_MARK):
            parts[current] = "\n".join(lines)
            current = "reference" if line.strip() == REFERENCE_MARK else "previous"
            lines = []
        else:
            lines.append(line)
    parts[current] = "\n".join(lines)
    return parts["report"], parts.get("reference"), parts.get("previous")


def read_with_context(text: str) -> Reading:
    """Read a mini report and attach its inline reference table and last year's report."""
    import csv
    import io

    from auditor.reference.apply import attach_previous, attach_reference
    from auditor.reference.table import parse_rows

    report, reference, previous = split_inline(text)
    reading = read_text(report)
    if reference is not None:
        rows = list(csv.reader(io.StringIO(reference.strip())))
        table = parse_rows(
            rows, knowledge().lexicon, path="参考数据.csv", label="参考数据《参考数据.csv》"
        )
        attach_reference(reading, table)
    if previous is not None:
        attach_previous(reading, read_text(previous), "上年报告.txt")
    return reading


def audit_text(
    text: str, rules: list[str] | None = None, options: dict | None = None
) -> list[Finding]:
    reading = read_with_context(text)
    opts = {"YR002": {"today": TODAY}}
    opts.update(options or {})
    settings = RunSettings(checks=tuple(select(rules or [])), options=opts, raise_errors=True)
    return run_checks(reading, settings)


def rule_findings(text: str, rule: str) -> list[Finding]:
    """The findings of one rule on a report given as text (that rule only)."""
    return [f for f in audit_text(text, [rule]) if f.rule == rule]


_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_NUMERIC_VALUE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?%?$")
_LOCATION = re.compile(r"(?:文件)?第\s*\d+\s*[行列页段]|表\s*\d+")
"""Places (``表 4 第 9 行``) in a message are not values the finding states."""
_QUOTED = re.compile(r"[“「‘\"]([^”」’\"]+)[”」’\"]|[（(]([^）)]+)[）)]")
_QUANTITY_VALUE = re.compile(r"^(-?\d[\d,]*(?:\.\d+)?)([^\d,.%-][^\d]*)$")
_CLAUSE_MARKS = re.compile(r"[\s，,。；;：:、！？!?“”「」‘’\"（）()/]+")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("−", "-").replace("－", "-")
    return re.sub(r"\s+", "", text)


def _numbers(text: str) -> set[Decimal]:
    flat = unicodedata.normalize("NFKC", text).replace("−", "-").replace("－", "-")
    out: set[Decimal] = set()
    for m in _NUMBER.finditer(flat):
        with contextlib.suppress(InvalidOperation):
            out.add(Decimal(m.group(0).replace(",", "")))
    return out


def stated_numbers(f: Finding) -> set[Decimal]:
    """Every number the finding states: message (without places), expected, found, values."""
    parts = [_LOCATION.sub(" ", f.message), f.expected or "", f.found or ""]
    parts += [e.value or "" for e in f.evidence]
    return set().union(*(_numbers(p) for p in parts))


def stated_texts(f: Finding) -> set[str]:
    """The whole quotes a finding states: its expected and found values, each evidence value
    and quote, each quoted or bracketed phrase of its message and each of its clauses."""
    texts = {f.expected or "", f.found or "", f.message}
    texts |= {e.value or "" for e in f.evidence} | {e.text for e in f.evidence}
    for m in _QUOTED.finditer(f.message):
        texts.add(m.group(1) or m.group(2))
    texts |= set(_CLAUSE_MARKS.split(f.message))
    return {_norm(t) for t in texts if t.strip()}


def finding_mentions(f: Finding, value: str) -> bool:
    """Whether a finding states a value: a number by value (``2,415.05`` is ``2415.05``,
    ``95`` is not the 95 inside ``2024``), a number with a unit (``27 万元``) as that number
    written with that unit, a text as one whole quote, phrase or clause of it (``良`` is a
    grade the finding names, not a character somewhere in its message)."""
    v = _norm(str(value))
    if _NUMERIC_VALUE.match(v):
        return Decimal(v.rstrip("%").replace(",", "")) in stated_numbers(f)
    quantity = _QUANTITY_VALUE.match(v)
    if quantity and not re.search(r"\d", quantity.group(2)):
        # ``27 万元``: that number, by value, written with that unit right after it.
        number, unit = Decimal(quantity.group(1).replace(",", "")), quantity.group(2)
        return any(
            Decimal(m.group(0).replace(",", "")) == number
            for text in stated_texts(f)
            for m in _NUMBER.finditer(text)
            if text.startswith(unit, m.end()) and not text[: m.start()].endswith((".", "-"))
        )
    return v in stated_texts(f)


def near_misses(value: str, f: Finding) -> list[str]:
    """Values close to ``value`` that ``f`` does not state, so a fixture expecting ``value``
    would fail if the rule reported them instead: the next numbers up (same places) that the
    finding does not state; for a text, the text with a character more and, when that is
    not itself a whole quote of the finding, a character less."""
    v = _norm(str(value))
    numeric = _NUMERIC_VALUE.match(v) or _QUANTITY_VALUE.match(v)
    if numeric:
        written = numeric.group(1) if not _NUMERIC_VALUE.match(v) else v.rstrip("%")
        tail = v[len(written) :]
        number = Decimal(written.replace(",", ""))
        step = Decimal(1).scaleb(
            number.as_tuple().exponent if number.as_tuple().exponent < 0 else 0
        )  # type: ignore[operator]
        stated = stated_numbers(f)
        candidate = number + step
        while candidate in stated:
            candidate += step
        return [f"{candidate}{tail}"]
    out = [v + "之外"]
    if len(v) > 1 and v[:-1] not in stated_texts(f):
        out.append(v[:-1])
    return out
