"""Scaffold a new rule: its function, its fixture file and its Chinese explanation.

Run from the repository root::

    python scripts/new_rule.py IC011 --name figure-restated-rounded --title 同一数字两处舍入不同

writes three places (and nothing else):

1. ``checks/<family>.py`` — a ``@check`` function appended with the five docstring
   sections (summary, Why, Exceptions, Fails, Passes) to fill in; its *Fails* and
   *Passes* examples run as tests (``tests/test_check_docs.py``), so the scaffold fails
   until the rule is written;
2. ``tests/fixtures/checks/<CODE>.yaml`` — one ``fail_`` and one ``pass_`` case to replace
   with other departments' words;
3. ``checks/data/explain_zh.yaml`` — the ``audit --explain`` summary, why and exceptions.

Then it prints the fourth step: regenerate ``CHECKS.md``
(``audit --list-checks --format markdown > CHECKS.md``) once the rule works.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILY_MODULES = {
    "AR": "arithmetic",
    "IC": "consistency",
    "SC": "scoring",
    "YR": "years",
    "CP": "completeness",
}
CODE = re.compile(r"^(AR|IC|SC|YR|CP)\d{3}$")
NAME = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")

FUNCTION = '''

@check(
    code="{code}",
    name="{name}",
    title="{title}",
    severity="{severity}",
    source="TODO: the norm or identity the rule rests on",
)
def {function}(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """TODO: one line saying what is wrong in the report.

    Why: TODO: why a reviewer cares, with a figure a report could state.

    Exceptions: TODO: what is never reported, and what only warns.

    Fails:
        某县某局2024年度部门整体支出绩效自评报告
        TODO: a mini report this rule must report.

    Passes:
        某县某局2024年度部门整体支出绩效自评报告
        TODO: the same report, corrected.
    """
    yield from ()
'''

FIXTURE = """rule: {code}
cases:
  # Cases in other departments' words and layouts than the docstring's examples.
  - name: fail_todo
    doc: |
      某市某局2024年度部门整体支出绩效自评报告
      TODO: a report this rule must report.
    expect:
      - values: ["TODO: a figure the finding states"]
  - name: pass_todo
    doc: |
      某市某局2024年度部门整体支出绩效自评报告
      TODO: the same report, corrected.
    expect: []
"""

EXPLAIN = """{code}:
  summary: TODO：一句话说明报告中哪里不对。
  why: TODO：审核人为什么关心（举一个报告可能写出的数字）。
  exceptions: TODO：哪些情况不报告，哪些只报警告。
"""


def registered_codes() -> set[str]:
    """Codes already taken (registered or retired)."""
    sys.path.insert(0, str(ROOT))
    import checks  # noqa: F401  (registers every rule)
    from auditor.registry import REGISTRY, RETIRED

    return set(REGISTRY) | set(RETIRED)


def scaffold(code: str, name: str, title: str, severity: str, root: Path = ROOT) -> list[Path]:
    """Write the three places of a new rule; return them."""
    module = root / "checks" / f"{FAMILY_MODULES[code[:2]]}.py"
    fixture = root / "tests" / "fixtures" / "checks" / f"{code}.yaml"
    explain = root / "checks" / "data" / "explain_zh.yaml"
    if fixture.exists():
        raise SystemExit(f"{fixture} exists already")
    function = name.replace("-", "_")
    source = module.read_text(encoding="utf-8")
    if re.search(rf"^def {function}\(", source, re.M):
        raise SystemExit(f"{module} already defines {function}")
    text = FUNCTION.format(code=code, name=name, title=title, severity=severity, function=function)
    module.write_text(source.rstrip("\n") + "\n" + text, encoding="utf-8")
    fixture.write_text(FIXTURE.format(code=code), encoding="utf-8")
    explained = explain.read_text(encoding="utf-8")
    explain.write_text(explained.rstrip("\n") + "\n" + EXPLAIN.format(code=code), encoding="utf-8")
    return [module, fixture, explain]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("code", help="the new rule's code, e.g. IC011 (family + next number)")
    parser.add_argument(
        "--name", help="kebab-case name saying what is wrong (default: todo-<code>)"
    )
    parser.add_argument("--title", default="TODO：规则的中文标题", help="Chinese title")
    parser.add_argument("--severity", choices=("error", "warning", "info"), default="error")
    args = parser.parse_args(argv)
    code = args.code.upper()
    if not CODE.match(code):
        parser.error(f"{code}: a code is a family (AR, IC, SC, YR, CP) and three digits")
    if code in registered_codes():
        parser.error(f"{code} is taken (registered or retired): pick the family's next number")
    name = args.name or f"todo-{code.lower()}"
    if not NAME.match(name) or name.startswith(("check-", "ensure-", "no-")):
        parser.error(f"{name}: a kebab-case name that says what is wrong")
    for path in scaffold(code, name, args.title, args.severity):
        print(f"wrote {path.relative_to(ROOT)}")
    print(
        f"next: write the rule and its examples, run `pytest -k {code}`, then\n"
        "      audit --list-checks --format markdown > CHECKS.md"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
