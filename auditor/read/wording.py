"""Cue phrases the reading layer looks for, kept as data (``auditor/read/data/cues/``).

Reports from another province word the same things differently (``小计``/``合计``/``计``,
``其中``/``包括``/``含``). The words and sentence shapes the readers recognise live in one
YAML file per reading module, so adding a province's wording is a data change:

    # auditor/read/data/cues/tables.yaml
    subtotal_words: [小计, 合计, 计]
    total_row: ['^(?:合计|总计)$']

Lists of plain words are read with :func:`words`; regular expressions with
:func:`patterns` (compiled once, cached). A bureau's own files extend each list, so it can
add words without editing the package: ``auditor.toml``'s ``cues = [...]`` puts their
paths in the ``AUDITOR_CUES`` environment variable (``os.pathsep``-separated) before any
reader is imported, and this module reads it at import. Many readers compile their cues
when they are imported, so the variable, not a later call, is what makes a bureau's words
count everywhere: in the ``audit`` process, its batch workers and ``audit serve``.
:func:`add_overrides` adds files in-process (cues read lazily see them).
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CUES_DIR = Path(__file__).parent / "data" / "cues"
ENV = "AUDITOR_CUES"
"""The environment variable holding a bureau's cue files (``os.pathsep``-separated)."""

_overrides: list[Path] = [Path(p) for p in os.environ.get(ENV, "").split(os.pathsep) if p]


def sections() -> list[str]:
    """The packaged cue sections (one YAML file each)."""
    return sorted(p.stem for p in CUES_DIR.glob("*.yaml"))


def keys(section: str) -> list[str]:
    """The keys the packaged file of ``section`` lists."""
    return sorted(_section(section))


def add_overrides(paths: list[Path]) -> None:
    """Extend the packaged cues with a bureau's own files (each ``{section: {key: [...]}}``)."""
    for path in paths:
        if path not in _overrides:
            _overrides.append(path)
    _section.cache_clear()
    patterns.cache_clear()
    words.cache_clear()


@cache
def _section(name: str) -> dict[str, Any]:
    path = CUES_DIR / f"{name}.yaml"
    data: dict[str, Any] = {}
    if path.exists():
        data = dict(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    for extra in _overrides:
        more = yaml.safe_load(extra.read_text(encoding="utf-8")) or {}
        for key, values in (more.get(name) or {}).items():
            data[key] = [*data.get(key, []), *values]
    return data


@cache
def words(section: str, key: str) -> tuple[str, ...]:
    """The plain words listed under ``key`` in ``section`` (a KeyError names a typo at once)."""
    return tuple(str(v) for v in _section(section)[key])


@cache
def patterns(section: str, key: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions listed under ``key`` in ``section``, compiled."""
    return tuple(re.compile(str(v)) for v in _section(section)[key])


def alternation(section: str, key: str) -> str:
    """The words under ``key`` as one escaped regex alternation, longest first."""
    items = sorted(words(section, key), key=len, reverse=True)
    return "|".join(re.escape(item) for item in items)
