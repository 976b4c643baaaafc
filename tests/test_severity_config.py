"""Severity levels are resolved once, in ``config``: keyed by rule code, ranked by Severity."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import load_config, with_severity_flags
from auditor.errors import ConfigError
from auditor.findings import Severity
from auditor.registry import all_checks


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "auditor.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_family_selector_is_keyed_by_each_resolved_code(tmp_path: Path) -> None:
    config = load_config(_config(tmp_path, '[severity]\n"一致" = "info"\n'), tmp_path)
    ic = {s.code for s in all_checks() if s.code.startswith("IC")}
    assert set(config.severity) == ic
    assert set(config.severity.values()) == {Severity.INFO}


def test_flags_override_the_file_code_by_code(tmp_path: Path) -> None:
    config = load_config(_config(tmp_path, '[severity]\nIC = "info"\n'), tmp_path)
    levels = with_severity_flags(config, ["IC005=error", "CP001=警告"])
    assert levels["IC005"] is Severity.ERROR and levels["IC001"] is Severity.INFO
    assert levels["CP001"] is Severity.WARNING
    with pytest.raises(ConfigError):
        with_severity_flags(config, ["IC005"])


def test_ranks_order_errors_first() -> None:
    assert [s.rank for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)] == [0, 1, 2]
