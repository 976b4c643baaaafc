"""Stable finding ids: the same defect gets the same id in any rendering of a report.

An id is computed from what the defect *is* — the rule, the quantities (expected,
found and every evidence value, numbers normalised so ``3,608.24`` = ``3608.24``)
and, where a finding quotes no figure, the few characters of quoted text just before
where it points — never from pages, paragraph or table numbers, so a re-layout, the
PDF and the DOCX of one report, and a resubmission that leaves the defect in place
all give the same id. Two findings of one document that would share an id are told
apart by the labels of their evidence, then by order.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

import regex

from auditor.findings import Evidence, Finding

_NUMBER = regex.compile(r"^[+-]?\d+(?:\.\d+)?$")
_HAN = regex.compile(r"\p{Han}")
LABEL_CHARS = 4
"""How many Chinese characters before a value (or at the end of a quote) name it."""


def normalize_value(value: str | None) -> str:
    """``3,608.24`` → ``3608.24``, ``１００％`` → ``100%``, ``3.10`` → ``3.1``."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(ch for ch in text if not ch.isspace() and ch != ",")
    suffix = "%" if text.endswith("%") else ""
    core = text[:-1] if suffix else text
    if _NUMBER.match(core):
        try:
            number = Decimal(core).normalize()
        except InvalidOperation:
            return text
        core = format(number, "f")
    return core + suffix


def value_offset(text: str, value: str, *, strict: bool = False) -> int:
    """Where ``value`` stands alone in ``text`` (not inside a longer number); -1 if absent.

    ``0`` in ``100%=0/846.50`` is the one after ``=``, not a digit of ``100``. Among
    several standalone occurrences, one that is not a percentage when the value is
    not (``0`` rather than ``0%``) and one written after ``=`` (a stated result, the
    ``100%`` of ``…×100%=41.2/48.6=84.77%``) are preferred, then the first. With no
    standalone occurrence the first occurrence is returned, or -1 when ``strict``.
    """
    numeric = value[:1].isdigit() or value[:1] in "+-."
    candidates: list[tuple[int, int, int]] = []
    start = text.find(value)
    first = start
    while start >= 0:
        end = start + len(value)
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        inside = before.isdigit() or before == "." or after.isdigit()
        inside |= after == "." and text[end + 1 : end + 2].isdigit()
        if not numeric:
            return start
        if not inside:
            percent_mismatch = int(after in "%％" and not value.endswith("%"))
            candidates.append((percent_mismatch, int(before != "="), start))
        start = text.find(value, start + 1)
    if candidates:
        return min(candidates)[2]
    return -1 if strict else first


def evidence_label(evidence: Evidence) -> str:
    """The Chinese characters just before the value in the quote (or ending the quote)."""
    text = unicodedata.normalize("NFKC", evidence.text)
    end = len(text)
    if evidence.value:
        at = value_offset(text, evidence.value)
        if at >= 0:
            end = at
    han = _HAN.findall(text[:end])
    return "".join(han[-LABEL_CHARS:])


def _digest(parts: Sequence[object]) -> str:
    return hashlib.sha1(repr(tuple(parts)).encode("utf-8")).hexdigest()[:10]


def _base(finding: Finding) -> tuple[object, ...]:
    values = sorted({normalize_value(e.value) for e in finding.evidence if e.value})
    base: tuple[object, ...] = (
        finding.rule,
        normalize_value(finding.expected),
        normalize_value(finding.found),
        tuple(values),
    )
    if not values:
        base += (tuple(sorted({evidence_label(e) for e in finding.evidence})),)
    return base


def stamp_ids(findings: Sequence[Finding]) -> list[Finding]:
    """Return ``findings`` with :attr:`Finding.id` set, unique within the list."""
    bases = [_base(f) for f in findings]
    counts = Counter(bases)
    keys: list[tuple[object, ...]] = []
    for finding, base in zip(findings, bases, strict=True):
        if counts[base] > 1:
            labels = tuple(sorted({evidence_label(e) for e in finding.evidence}))
            base = (*base, labels)
        keys.append(base)
    seen: Counter[tuple[object, ...]] = Counter()
    out: list[Finding] = []
    for finding, key in zip(findings, keys, strict=True):
        seen[key] += 1
        if seen[key] > 1:
            key = (*key, seen[key])
        out.append(replace(finding, id=f"{finding.rule}-{_digest(key)}"))
    return out
