"""Audit the corpus against its answer keys and report recall and precision.

Run from the repository root::

    /work/venv/bin/python scripts/quality.py [--corpus corpus] [--json out.json]
                                             [--update-baseline] [--jobs N]

Every folder under ``--corpus`` that holds an ``answer_key.yaml`` is a case; every
supported file in it (``report.txt``, ``report.docx``, ``report*.pdf`` …) is audited
in-process through the library (``auditor.engine.audit_file``) with a fixed "today",
so the numbers are reproducible, and judged against the shared key:

* a finding matches an ``expect`` entry when its rule equals the entry's rule (or
  starts with it: ``AR`` is a family), the severity matches if the entry gives one,
  and every listed value appears in the finding (its message, expected, found or an
  evidence value; numbers compare by value, so ``2,415.05`` matches ``2415.05``);
  each entry consumes at most one finding (maximum matching, so a broad entry never
  steals the finding a narrower one needs);
* unmatched findings that match a ``must_not`` entry are false positives of their
  own list; the rest that match ``allow`` are ignored; any other error or warning is
  an unexpected finding, also a false positive. Info findings never count.

Recall = matched expectations / all expectations; precision = matched / (matched +
false positives); both overall, per family, per rule and per format. These strict
figures are the baselines.

A second overall line, **by defect**, also accepts a finding of a *sibling rule of the
same defect kind* (:data:`DEFECT_KINDS`: a sum that does not add up, a rate that does
not follow from its operands, one figure stated two ways, a score against its rule, a
grade against its total, an earlier year's result used as this year's) for an expected
entry no finding of its own rule matched: answer-key writers file one defect under
AR001 or SC005, AR003 or AR005, IC001 or IC005 as the catalogue's names suggest to them,
and the strict count makes that one found defect a miss *and* a false alarm.
``corpus/quality_baseline.json`` keeps the best numbers reached; ``--update-baseline``
raises (never lowers) them, and ``tests/test_quality.py`` fails when the corpus falls
below them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "corpus"
BASELINE = ROOT / "corpus" / "quality_baseline.json"
TODAY = "2026-11-26"
"""Fixed "today" for YR002, so a result never depends on the day it is run."""
AUDITED_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
FORMATS = {".txt": "txt", ".md": "txt", ".docx": "docx", ".pdf": "pdf"}
SEVERE = ("error", "warning")
DEFECT_KINDS: dict[str, str] = {
    **dict.fromkeys(("AR001", "AR002", "AR006", "IC002", "IC003", "SC005", "SC006"), "sum"),
    **dict.fromkeys(("AR003", "AR005", "AR007"), "rate"),
    **dict.fromkeys(("IC001", "IC005", "IC007", "AR004", "AR008", "SC008"), "restated"),
    **dict.fromkeys(("SC001", "SC002", "SC003", "SC004", "SC010"), "score-rule"),
    **dict.fromkeys(("SC007", "SC009"), "grade"),
    **dict.fromkeys(("YR004", "YR005", "YR008"), "prior-year"),
}
"""Rules that report one kind of defect from different readings (the "by defect" line)."""
EPSILON = 1e-9


# --------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    """One corpus folder: its answer key and the files that share it."""

    folder: Path
    key: dict[str, Any]
    files: tuple[Path, ...]

    @property
    def id(self) -> str:
        return str(self.key.get("id") or self.folder.name)

    @property
    def kind(self) -> str:
        return str(self.key.get("kind") or self.folder.parent.name)

    @property
    def variant(self) -> str:
        """``clean``, ``mutant`` or ``real`` (the example report)."""
        if "-mut-" in self.id:
            return "mutant"
        if self.id.endswith("-clean"):
            return "clean"
        return "real"


def baseline_path(corpus: Path) -> Path:
    """Each corpus keeps its own baseline next to it (``corpus/heldout/`` is measured apart)."""
    return corpus / "quality_baseline.json"


def separate_corpora(corpus: Path) -> list[Path]:
    """Sub-folders with a baseline of their own: measured on their own, not in ``corpus``."""
    return [p.parent for p in corpus.rglob("quality_baseline.json") if p.parent != corpus]


def discover(corpus: Path) -> list[Case]:
    """Every folder with an answer key, and its auditable files."""
    cases = []
    apart = separate_corpora(corpus)
    for key_path in sorted(corpus.rglob("answer_key.yaml")):
        folder = key_path.parent
        if any(folder.is_relative_to(a) for a in apart):
            continue
        key = yaml.safe_load(key_path.read_text(encoding="utf-8")) or {}
        files = tuple(
            sorted(
                p
                for p in folder.iterdir()
                if p.is_file() and p.suffix.lower() in AUDITED_SUFFIXES and p.name != "NOTES.md"
            )
        )
        if files:
            cases.append(Case(folder, key, files))
    return cases


# --------------------------------------------------------------------------- auditing

_STATE: dict[str, Any] = {}


def _init_worker() -> None:
    """Load the lexicon, framework and rule list once per process."""
    import checks
    from auditor.engine import load_knowledge
    from auditor.registry import select
    from auditor.runner import RunSettings

    _STATE["knowledge"] = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    _STATE["settings"] = RunSettings(checks=tuple(select()), options={"YR002": {"today": TODAY}})


def audit_one(path: str) -> dict[str, Any]:
    """Audit one file; return the JSON-contract document plus timing."""
    from auditor.engine import audit_file
    from auditor.render.json_report import document_json

    if not _STATE:
        _init_worker()
    started = time.perf_counter()
    result, _ = audit_file(Path(path), _STATE["knowledge"], _STATE["settings"])
    out = document_json(result)
    out["seconds"] = time.perf_counter() - started
    return out


def audit_all(paths: Sequence[Path], jobs: int) -> dict[str, dict[str, Any]]:
    """Audit every file, in worker processes when ``jobs`` > 1; slowest files first."""
    order = sorted(paths, key=lambda p: (p.suffix != ".pdf", p.suffix != ".docx", str(p)))
    names = [str(p) for p in order]
    if jobs <= 1:
        return {n: audit_one(n) for n in names}
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        return dict(zip(names, pool.map(audit_one, names, chunksize=1), strict=True))


# --------------------------------------------------------------------------- matching

_NUMBER = re.compile(r"(?<![\d)）%])-?\d[\d,]*(?:\.\d+)?")
"""A number; a minus right after a digit or a bracket is a subtraction (``1,286.40-1,124.75``)."""
_NUMERIC_VALUE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?%?$")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("−", "-").replace("－", "-")
    return re.sub(r"\s+", "", text)


def _numbers(text: str) -> set[Decimal]:
    """Numbers written in ``text``; whitespace separates numbers, thousands commas do not."""
    out = set()
    flat = unicodedata.normalize("NFKC", text).replace("−", "-").replace("－", "-")
    for m in _NUMBER.finditer(flat):
        try:
            out.add(Decimal(m.group(0).replace(",", "")))
        except InvalidOperation:
            continue
    return out


_LOCATION = re.compile(r"(?:文件)?第\s*\d+\s*[行列页段]|表\s*\d+")


@dataclass
class Searchable:
    """What a finding says, prepared once for value look-ups."""

    finding: dict[str, Any]
    text: str = ""
    numbers: set[Decimal] = field(default_factory=set)

    def __post_init__(self) -> None:
        f = self.finding
        # Locations (``表 4 第 9 行``, ``文件第 68 行``) are not values the finding states.
        message = _LOCATION.sub(" ", f.get("message") or "")
        parts = [message, f.get("expected") or "", f.get("found") or ""]
        parts += [e.get("value") or "" for e in f.get("evidence") or []]
        self.text = " ".join(_norm(str(p)) for p in parts)
        self.numbers = set().union(*(_numbers(str(p)) for p in parts))


_SUGGESTION = re.compile(r"若为\s*[\d,.]+%?\s*则相符")


def _without_suggestion(s: Searchable) -> Searchable:
    """The finding without its suggested correction (``11,230 若为 11,203 则相符``).

    A ``must_not`` entry forbids calling a figure wrong; a finding that names it as the
    likely right value of another figure does not.
    """
    message = s.finding.get("message") or ""
    if not _SUGGESTION.search(message):
        return s
    return Searchable({**s.finding, "message": _SUGGESTION.sub("", message)})


def value_present(value: Any, s: Searchable) -> bool:
    """Whether a key value appears in the finding (numbers by value, text as substring)."""
    v = _norm(str(value))
    if _NUMERIC_VALUE.match(v):
        try:
            return Decimal(v.rstrip("%").replace(",", "")) in s.numbers
        except InvalidOperation:
            return v in s.text
    return v in s.text


def rule_matches(pattern: str, rule: str) -> bool:
    return pattern == "*" or rule == pattern or rule.startswith(pattern)


def entry_matches(entry: dict[str, Any], s: Searchable) -> bool:
    f = s.finding
    if not rule_matches(str(entry.get("rule", "*")), f["rule"]):
        return False
    if entry.get("severity") and entry["severity"] != f["severity"]:
        return False
    return all(value_present(v, s) for v in entry.get("values") or [])


def max_matching(entries: Sequence[dict[str, Any]], found: Sequence[Searchable]) -> dict[int, int]:
    """Expectation index -> finding index, as many pairs as possible (Kuhn's algorithm)."""
    edges = [[j for j, s in enumerate(found) if entry_matches(e, s)] for e in entries]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(entries)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class DocScore:
    """How one audited file fared against its key."""

    case: Case
    path: Path
    fmt: str
    status: str
    seconds: float
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    unexpected: list[dict[str, Any]] = field(default_factory=list)
    forbidden: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    """(finding, must_not entry) pairs."""
    allowed: list[dict[str, Any]] = field(default_factory=list)
    """Error and warning findings an ``allow`` entry excused."""
    sibling: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    """(missed entry, unexpected or allowed finding) pairs of one defect kind, sibling rules."""


def judge(case: Case, path: Path, result: dict[str, Any]) -> DocScore:
    """Match one file's findings against the case's key."""
    fmt = FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip("."))
    score = DocScore(case, path, fmt, result.get("status", "error"), result.get("seconds", 0.0))
    expect = list(case.key.get("expect") or [])
    if score.status != "ok":
        score.missed = expect
        score.unexpected = [
            {
                "rule": "AUD",
                "severity": "error",
                "message": f"文件未能审核：{result.get('error')}",
                "evidence": [],
            }
        ]
        return score
    found = [Searchable(f) for f in result.get("findings", [])]
    pairs = max_matching(expect, found)
    used = set(pairs.values())
    for i, e in enumerate(expect):
        if i in pairs:
            score.matched.append((e, found[pairs[i]].finding))
        else:
            score.missed.append(e)
    must_not = list(case.key.get("must_not") or [])
    allow = list(case.key.get("allow") or [])
    for j, s in enumerate(found):
        if j in used:
            continue
        accused = _without_suggestion(s)
        bad = next((m for m in must_not if entry_matches(m, accused)), None)
        if bad is not None:
            score.forbidden.append((s.finding, bad))
        elif any(entry_matches(a, s) for a in allow):
            if s.finding["severity"] in SEVERE:
                score.allowed.append(s.finding)
        elif s.finding["severity"] in SEVERE:
            score.unexpected.append(s.finding)
    score.sibling = _siblings(score.missed, score.unexpected + score.allowed)
    return score


def _siblings(
    missed: Sequence[dict[str, Any]], unexpected: Sequence[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Missed entries matched by an unexpected finding of a sibling rule (same values)."""
    found = [Searchable(f) for f in unexpected]
    kinds = [
        {**e, "rule": "*"} if DEFECT_KINDS.get(str(e.get("rule"))) is not None else {"rule": "-"}
        for e in missed
    ]
    pairs = max_matching(kinds, found)
    return [
        (missed[i], found[j].finding)
        for i, j in pairs.items()
        if DEFECT_KINDS.get(str(missed[i].get("rule")))
        == DEFECT_KINDS.get(found[j].finding["rule"])
    ]


# --------------------------------------------------------------------------- metrics


@dataclass
class Tally:
    """True positives, misses and false positives of one slice."""

    tp: int = 0
    fn: int = 0
    fp: int = 0

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fn": self.fn,
            "fp": self.fp,
            "recall": _round(self.recall),
            "precision": _round(self.precision),
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def family(rule: str) -> str:
    return rule[:2] if rule[:2].isalpha() and rule != "*" else rule


@dataclass
class Report:
    """Every number the harness prints or writes."""

    scores: list[DocScore]
    overall: Tally
    families: dict[str, Tally]
    rules: dict[str, Tally]
    formats: dict[str, Tally]
    elapsed: float
    by_defect: Tally = field(default_factory=Tally)
    """Overall, with a sibling rule of the same defect kind accepted (see the docstring)."""

    def to_json(self) -> dict[str, Any]:
        docs = Counter((s.case.kind, s.case.variant, s.fmt) for s in self.scores)
        return {
            "documents": len(self.scores),
            "cases": len({s.case.folder for s in self.scores}),
            "seconds": round(self.elapsed, 1),
            "overall": self.overall.to_json(),
            "by_defect": self.by_defect.to_json(),
            "families": {k: v.to_json() for k, v in sorted(self.families.items())},
            "rules": {k: v.to_json() for k, v in sorted(self.rules.items())},
            "formats": {k: v.to_json() for k, v in sorted(self.formats.items())},
            "document_counts": [
                {"kind": k, "variant": v, "format": f, "documents": n}
                for (k, v, f), n in sorted(docs.items())
            ],
            "misses": [
                {
                    "file": _rel(s.path),
                    "rule": e.get("rule"),
                    "values": e.get("values"),
                    "note": e.get("note"),
                }
                for s in self.scores
                for e in s.missed
            ],
            "unexpected": [
                {"file": _rel(s.path), **_brief(f)} for s in self.scores for f in s.unexpected
            ],
            "must_not_hits": [
                {"file": _rel(s.path), **_brief(f), "must_not": m.get("note")}
                for s in self.scores
                for f, m in s.forbidden
            ],
        }


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _brief(f: dict[str, Any]) -> dict[str, Any]:
    ev = (f.get("evidence") or [{}])[0]
    return {
        "rule": f.get("rule"),
        "severity": f.get("severity"),
        "message": f.get("message"),
        "evidence": ev.get("text"),
    }


def tally(scores: Iterable[DocScore], started: float) -> Report:
    scores = list(scores)
    overall = Tally()
    families: dict[str, Tally] = defaultdict(Tally)
    rules: dict[str, Tally] = defaultdict(Tally)
    formats: dict[str, Tally] = defaultdict(Tally)
    for s in scores:
        slices = [overall, formats[s.fmt]]
        for _, f in s.matched:
            for t in (*slices, families[family(f["rule"])], rules[f["rule"]]):
                t.tp += 1
        for e in s.missed:
            rule = str(e.get("rule"))
            for t in (*slices, families[family(rule)], rules[rule]):
                t.fn += 1
        for f in s.unexpected + [f for f, _ in s.forbidden]:
            for t in (*slices, families[family(f["rule"])], rules[f["rule"]]):
                t.fp += 1
    siblings = sum(len(s.sibling) for s in scores)
    unexpected = sum(1 for s in scores for _, f in s.sibling if any(f is u for u in s.unexpected))
    by_defect = Tally(overall.tp + siblings, overall.fn - siblings, overall.fp - unexpected)
    return Report(
        scores,
        overall,
        dict(families),
        dict(rules),
        dict(formats),
        time.perf_counter() - started,
        by_defect,
    )


def run(corpus: Path, jobs: int) -> Report:
    """Audit the corpus and judge every file."""
    started = time.perf_counter()
    cases = discover(corpus)
    paths = [p for c in cases for p in c.files]
    results = audit_all(paths, jobs)
    scores = [judge(c, p, results[str(p)]) for c in cases for p in c.files]
    return tally(scores, started)


# --------------------------------------------------------------------------- printing


def _pct(x: float | None) -> str:
    return "   —  " if x is None else f"{x * 100:5.1f}%"


def _row(name: str, t: Tally) -> str:
    return f"  {name:<10} recall {_pct(t.recall)} ({t.tp}/{t.tp + t.fn})  precision {_pct(t.precision)} ({t.tp}/{t.tp + t.fp})"


def print_report(report: Report, out: Any = sys.stdout) -> None:
    j = report.to_json()
    w = out.write
    w(f"Corpus quality: {j['documents']} documents in {j['cases']} cases, {j['seconds']} s\n\n")
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in j["document_counts"]:
        counts[(row["kind"], row["variant"])][row["format"]] += row["documents"]
    w("Documents by department kind and variant (txt/docx/pdf):\n")
    for (kind, variant), c in sorted(counts.items()):
        w(f"  {kind:<12} {variant:<7} txt {c['txt']:3d}  docx {c['docx']:2d}  pdf {c['pdf']:2d}\n")
    w("\nOverall:\n" + _row("all", report.overall) + "\n")
    w(_row("by defect", report.by_defect) + "  (a sibling rule of the same defect kind accepted)\n")
    w("\nPer family:\n")
    for k, t in sorted(report.families.items()):
        w(_row(k, t) + "\n")
    w("\nPer rule:\n")
    for k, t in sorted(report.rules.items()):
        w(_row(k, t) + "\n")
    w("\nPer format:\n")
    for k, t in sorted(report.formats.items()):
        w(_row(k, t) + "\n")
    w(f"\nMisses ({len(j['misses'])}):\n")
    for m in j["misses"]:
        w(f"  {m['file']}: {m['rule']} {m['values'] or ''} — {m['note'] or ''}\n")
    w(f"\nUnexpected findings ({len(j['unexpected'])}):\n")
    for u in j["unexpected"]:
        w(f"  {u['file']}: {u['rule']} [{u['severity']}] {u['message']}\n      · {u['evidence']}\n")
    w(f"\nmust_not hits ({len(j['must_not_hits'])}):\n")
    for u in j["must_not_hits"]:
        w(
            f"  {u['file']}: {u['rule']} [{u['severity']}] {u['message']}\n      · {u['evidence']}\n      must not: {u['must_not']}\n"
        )


# --------------------------------------------------------------------------- baseline


def current_numbers(report: Report) -> dict[str, Any]:
    """Overall and per-family precision/recall, as the baseline records them."""
    return {
        "overall": {
            "precision": _round(report.overall.precision),
            "recall": _round(report.overall.recall),
        },
        "families": {
            k: {"precision": _round(t.precision), "recall": _round(t.recall)}
            for k, t in sorted(report.families.items())
        },
    }


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    """The recorded numbers (empty when the corpus has none yet)."""
    if not path.exists():
        return {"overall": {}, "families": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def raise_baseline(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Each recorded number becomes the better of old and new; nothing is lowered."""

    def best(a: float | None, b: float | None) -> float | None:
        if a is None:
            return b
        if b is None:
            return a
        return max(a, b)

    out: dict[str, Any] = {"overall": {}, "families": {}}
    for metric in ("precision", "recall"):
        out["overall"][metric] = best(old.get("overall", {}).get(metric), new["overall"][metric])
    names = sorted(set(old.get("families", {})) | set(new["families"]))
    for name in names:
        o = old.get("families", {}).get(name, {})
        n = new["families"].get(name, {})
        out["families"][name] = {m: best(o.get(m), n.get(m)) for m in ("precision", "recall")}
    return out


def below_baseline(report: Report, baseline: dict[str, Any]) -> list[str]:
    """Every number that fell below the recorded baseline, described."""
    now = current_numbers(report)
    problems = []
    for metric, value in baseline.get("overall", {}).items():
        got = now["overall"].get(metric)
        if value is not None and (got is None or got + EPSILON < value):
            problems.append(f"overall {metric}: {got} < baseline {value}")
    for name, metrics in baseline.get("families", {}).items():
        for metric, value in metrics.items():
            got = now["families"].get(name, {}).get(metric)
            if value is not None and got is not None and got + EPSILON < value:
                problems.append(f"{name} {metric}: {got} < baseline {value}")
            if value is not None and got is None and metric == "recall":
                problems.append(f"{name} {metric}: no expectations left (baseline {value})")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="write the numbers and lists as JSON")
    parser.add_argument(
        "--update-baseline", action="store_true", help="raise corpus/quality_baseline.json"
    )
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    args = parser.parse_args(argv)
    report = run(args.corpus, args.jobs)
    print_report(report)
    if args.json:
        args.json.write_text(
            json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    path = baseline_path(args.corpus)
    baseline = load_baseline(path)
    if args.update_baseline:
        updated = raise_baseline(baseline, current_numbers(report))
        path.write_text(json.dumps(updated, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"\nbaseline written to {_rel(path)}")
        return 0
    problems = below_baseline(report, baseline)
    if problems:
        print("\nBelow baseline:\n  " + "\n  ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
