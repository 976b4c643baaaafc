"""Test layers: ``pytest`` runs the fast layers; ``pytest --all`` (CI) runs everything.

Tests marked with a slow layer's marker (whole-corpus audits, fuzz runs, browser tests)
are deselected unless ``--all`` is given, so the everyday run stays under a minute.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

SLOW_LAYERS = ("corpus", "fuzz", "browser", "slow")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--all",
        action="store_true",
        default=False,
        help="also run the slow layers (" + ", ".join(SLOW_LAYERS) + "), as CI does",
    )


def pytest_configure(config: pytest.Config) -> None:
    import helpers

    helpers.FULL_RUN = bool(config.getoption("--all"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--all") or config.getoption("-m"):
        return
    keep, slow = [], []
    for item in items:
        (slow if any(item.get_closest_marker(m) for m in SLOW_LAYERS) else keep).append(item)
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = keep
