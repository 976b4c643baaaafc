"""Drive the fuzzer: build cases from a seed, audit them, shrink and group the failures.

A case is fully described by its seed and its choices (one value per dimension plus
the defect kind, ``none`` for a clean report), so a reproducer is two lines of YAML
and regenerates the same text on any machine.
"""

from __future__ import annotations

import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .compose import Writer, compose
from .defects import DEFECTS, Planted
from .dimensions import DEFAULTS, DIMENSIONS, draw_choices
from .oracle import Verdict, audit_text, judge
from .truth import draw_truth

CLEAN_SHARE = 0.35
"""Share of clean reports among the cases; the rest carry one defect each."""


@dataclass(frozen=True)
class Case:
    """One report: the seed of its truth and defect placement, and every choice."""

    seed: int
    choices: tuple[tuple[str, str], ...]
    defect: str
    """A key of :data:`DEFECTS`, or ``none``."""

    @property
    def dims(self) -> dict[str, str]:
        return dict(self.choices)

    def with_dim(self, name: str, value: str) -> Case:
        dims = self.dims
        dims[name] = value
        return Case(self.seed, tuple(dims.items()), self.defect)

    def non_default(self) -> dict[str, str]:
        return {k: v for k, v in self.choices if v != DEFAULTS[k]}

    def to_yaml(self) -> dict[str, object]:
        return {"seed": self.seed, "defect": self.defect, "dims": self.non_default()}

    @staticmethod
    def from_yaml(data: dict[str, object]) -> Case:
        dims = dict(DEFAULTS)
        dims.update(data.get("dims") or {})  # type: ignore[arg-type]
        return Case(int(data["seed"]), tuple(dims.items()), str(data["defect"]))  # type: ignore[call-overload]


@dataclass(frozen=True)
class Built:
    """A case written out: the text, and the planted defect if any."""

    case: Case
    text: str
    planted: Planted | None


def build(case: Case) -> Built | None:
    """The report text of a case; ``None`` when its defect has no place in this layout."""
    dims = case.dims
    truth = draw_truth(
        random.Random(case.seed),
        dims["dept"],
        dims["units_rows"] == "single",
        dims["rules_as"] == "formula",
    )
    clean: Writer = compose(truth, dims)
    if case.defect == "none":
        return Built(case, clean.text(), None)
    planted = DEFECTS[case.defect](random.Random(case.seed * 7 + 1), clean)
    if planted is None:
        return None
    return Built(case, compose(truth, dims, planted.overrides).text(), planted)


def draw_case(seed: int) -> Case:
    """The case a seed stands for (its defect drawn among those the layout can carry)."""
    rng = random.Random(seed * 31 + 7)
    choices = draw_choices(rng)
    defect = "none"
    if rng.random() >= CLEAN_SHARE:
        kinds = sorted(DEFECTS)
        rng.shuffle(kinds)
        for kind in kinds:
            if build(Case(seed, tuple(choices.items()), kind)) is not None:
                defect = kind
                break
    return Case(seed, tuple(choices.items()), defect)


def evaluate(case: Case) -> Verdict | None:
    """Audit a case and apply the oracle (``None`` when the defect cannot be planted)."""
    built = build(case)
    if built is None:
        return None
    try:
        findings = audit_text(built.text)
    except Exception as exc:  # a crash of the reading layer is a failure like any other
        return Verdict(("crash",), (f"{type(exc).__name__}: {exc}",))
    return judge(findings, built.planted)


def shrink(case: Case, kind: str) -> Case:
    """Reset every dimension to its default that the failure ``kind`` does not need."""
    current = case
    for name in DIMENSIONS:
        value = current.dims[name]
        if value == DEFAULTS[name]:
            continue
        trial = current.with_dim(name, DEFAULTS[name])
        verdict = evaluate(trial)
        if verdict is not None and kind in verdict.failures:
            current = trial
    return current


@dataclass
class Group:
    """Failures of one kind that need the same dimension values."""

    kind: str
    dims: dict[str, str]
    reproducer: Case
    cases: int = 0

    def explains(self, kind: str, case: Case) -> bool:
        return kind == self.kind and all(case.dims[k] == v for k, v in self.dims.items())

    @property
    def label(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in sorted(self.dims.items())) or "(default layout)"


@dataclass
class Outcome:
    """A run's results."""

    cases: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    failing_cases: int = 0
    per_value: dict[tuple[str, str], Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    """(dimension, value) -> counts of ``cases`` and of every failure kind."""
    per_defect: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    groups: list[Group] = field(default_factory=list)
    failures: list[tuple[Case, str]] = field(default_factory=list)


def iter_cases(n: int, seed: int) -> Iterator[Case]:
    """``n`` cases from a master seed."""
    rng = random.Random(seed)
    for _ in range(n):
        yield draw_case(rng.randrange(1 << 30))


def run(
    cases: Iterable[Case],
    *,
    shrink_new: bool = True,
    known: list[Group] | None = None,
    progress: bool = False,
) -> Outcome:
    """Audit every case; group its failures (shrinking those no group explains yet)."""
    out = Outcome()
    out.groups = list(known or [])
    started = time.perf_counter()
    cpu = time.process_time()
    for case in cases:
        verdict = evaluate(case)
        if verdict is None:
            continue
        out.cases += 1
        out.per_defect[case.defect]["cases"] += 1
        for dim, value in case.choices:
            out.per_value[(dim, value)]["cases"] += 1
        if verdict.failures:
            out.failing_cases += 1
        for kind in verdict.failures:
            out.failures.append((case, kind))
            out.per_defect[case.defect][kind] += 1
            for dim, value in case.choices:
                out.per_value[(dim, value)][kind] += 1
            groups = [g for g in out.groups if g.explains(kind, case)]
            if not groups and shrink_new:
                small = shrink(case, kind)
                groups = [Group(kind, small.non_default(), small)]
                out.groups.extend(groups)
            for group in groups:  # a case may need the values of several groups
                group.cases += 1
        if progress and out.cases % 100 == 0:
            rate = (time.perf_counter() - started) / out.cases * 1000
            print(
                f"  {out.cases} cases, {out.failing_cases} failing, {rate:.0f} s per 1000",
                flush=True,
            )
    out.seconds = time.perf_counter() - started
    out.cpu_seconds = time.process_time() - cpu
    return out
