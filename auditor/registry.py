"""The rule registry: ``@check`` metadata, selection by code, name or family prefix.

Rules are plain functions ``(reading, options) -> Iterable[Issue]`` registered with
their code, defect-naming kebab-case name, Chinese title, category, default severity,
declared options and source. The registry refuses duplicate or retired codes at import
time, so a code always means the same rule.
"""

from __future__ import annotations

import difflib
import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from auditor.errors import ConfigError
from auditor.findings import CATEGORIES, Issue, Severity

CheckFunction = Callable[[Any, Mapping[str, Any]], Iterable[Issue]]

FAMILIES = {
    "AR": "arithmetic",
    "IC": "consistency",
    "SC": "scoring",
    "YR": "year",
    "CP": "completeness",
    "REF": "reference",
}
FAMILY_NAMES = {
    "算术": "AR",
    "一致": "IC",
    "前后一致": "IC",
    "评分": "SC",
    "年份": "YR",
    "年份与日期": "YR",
    "日期": "YR",
    "完整": "CP",
    "完整性": "CP",
    "参考": "REF",
    "参考数据": "REF",
    "核对": "REF",
}
"""Chinese family names a reviewer may write in ``--select``/``--ignore`` and the config."""
RETIRED: dict[str, str] = {}
"""Codes that once existed and must never be reused: code -> why it was retired."""

_CODE = re.compile(r"^(AR|IC|SC|YR|CP|REF)\d{3}$")
_NAME = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")
DOC_SECTIONS = ("Why:", "Exceptions:", "Fails:", "Passes:")


@dataclass(frozen=True)
class Option:
    """A rule option a user may set in ``auditor.toml``."""

    name: str
    default: Any
    help: str


@dataclass(frozen=True)
class CheckSpec:
    """A registered rule and its metadata."""

    code: str
    name: str
    title: str
    category: str
    severity: Severity
    source: str
    function: CheckFunction
    options: tuple[Option, ...] = field(default=())
    defers_to: tuple[str, ...] = ()
    """Rules that report a case of this one instead, when they run: the runner passes the
    selected ones as ``options[DEFER_TO]``, so ``--ignore`` of one loses no error."""

    @property
    def doc(self) -> str:
        """The rule's docstring (its specification)."""
        return inspect.cleandoc(self.function.__doc__ or "")

    @property
    def summary(self) -> str:
        """First line of the docstring."""
        return self.doc.splitlines()[0] if self.doc else ""

    def doc_section(self, heading: str) -> str:
        """Text of one docstring section (``Why:`` … up to the next section)."""
        text = self.doc
        start = text.find(heading)
        if start < 0:
            return ""
        start += len(heading)
        ends = [text.find(h, start) for h in DOC_SECTIONS if text.find(h, start) > 0]
        end = min(ends) if ends else len(text)
        return inspect.cleandoc(text[start:end])

    def default_options(self) -> dict[str, Any]:
        """Option defaults, keyed by name."""
        return {o.name: o.default for o in self.options}


REGISTRY: dict[str, CheckSpec] = {}

DEFER_TO = "defer_to"
"""The option the runner sets to the selected rules of :attr:`CheckSpec.defers_to`."""


def family_of(code: str) -> str:
    """The family prefix of a rule code (``AR`` of ``AR001``, ``REF`` of ``REF002``)."""
    match = re.match(r"[A-Z]+", code)
    return match.group(0) if match else code


def check(
    *,
    code: str,
    name: str,
    title: str,
    severity: str = "error",
    source: str,
    options: Iterable[Option] = (),
    defers_to: Iterable[str] = (),
) -> Callable[[CheckFunction], CheckFunction]:
    """Register a rule function under a code and name.

    Raises:
        ValueError: The code or name is malformed, duplicated or retired.
    """
    deferred = tuple(defers_to)

    def register(function: CheckFunction) -> CheckFunction:
        if not _CODE.match(code):
            raise ValueError(f"malformed rule code {code!r}")
        if code in RETIRED:
            raise ValueError(f"{code} is retired ({RETIRED[code]}) and must not be reused")
        if code in REGISTRY or any(s.name == name for s in REGISTRY.values()):
            raise ValueError(f"duplicate rule {code} / {name}")
        if not _NAME.match(name):
            raise ValueError(f"rule name {name!r} must be kebab-case")
        if any(not _CODE.match(other) or other == code for other in deferred):
            raise ValueError(f"{code} defers to {deferred!r}: other rules' codes only")
        category = FAMILIES[family_of(code)]
        assert category in CATEGORIES
        REGISTRY[code] = CheckSpec(
            code=code,
            name=name,
            title=title,
            category=category,
            severity=Severity(severity),
            source=source,
            function=function,
            options=tuple(options),
            defers_to=deferred,
        )
        return function

    return register


def all_checks() -> list[CheckSpec]:
    """Every registered rule, in code order."""
    return [REGISTRY[k] for k in sorted(REGISTRY)]


def resolve(token: str) -> list[CheckSpec]:
    """Rules a selector names: a code, a name, a Chinese title, or a family (``AR``, ``算术``).

    Raises:
        ConfigError: Nothing matches; the message suggests the closest names.
    """
    token = token.strip()
    token = FAMILY_NAMES.get(token, token)
    upper = token.upper()
    found = [s for s in all_checks() if s.code == upper or token in (s.name, s.title)]
    if not found and re.fullmatch(r"[A-Za-z]{2,3}\d{0,2}", token):
        found = [s for s in all_checks() if s.code.startswith(upper)]
    if not found:
        choices = [s.code for s in all_checks()] + [s.name for s in all_checks()]
        choices += [*FAMILIES, *FAMILY_NAMES, *(s.title for s in all_checks())]
        close = difflib.get_close_matches(token, choices, n=3, cutoff=0.5)
        hint = f"，是否想写：{'、'.join(close)}？" if close else ""
        raise ConfigError(f"未知规则：{token}{hint}")
    return found


def select(select_: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[CheckSpec]:
    """Rules enabled by ``--select``/``--ignore`` (empty select means all)."""
    chosen: dict[str, CheckSpec] = {}
    selectors = list(select_)
    if selectors:
        for token in selectors:
            for spec in resolve(token):
                chosen[spec.code] = spec
    else:
        chosen = {s.code: s for s in all_checks()}
    for token in ignore:
        for spec in resolve(token):
            chosen.pop(spec.code, None)
    return [chosen[k] for k in sorted(chosen)]
