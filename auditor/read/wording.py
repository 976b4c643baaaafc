"""Cue phrases the reading layer looks for, kept as data (``auditor/read/data/cues/``).

Reports from another province word the same things differently (``小计``/``合计``/``计``,
``其中``/``包括``/``含``). The words and sentence shapes the readers recognise live in one
YAML file per reading module, so adding a province's wording is a data change:

    # auditor/read/data/cues/tables.yaml
    subtotal_words: [小计, 合计, 计]
    total_row: ['^(?:合计|总计)$']

Lists of plain words are read with :func:`words`; regular expressions with
:func:`patterns` (compiled once, cached). Extra files given with :func:`add_overrides`
(from ``auditor.toml``'s ``cues = [...]``) extend each list, so a bureau can add words
without editing the package.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

CUES_DIR = Path(__file__).parent / "data" / "cues"

_overrides: list[Path] = []


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
