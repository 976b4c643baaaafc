"""A bureau's wording from ``auditor.toml`` changes what is read, in the CLI and its workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.config import load_config
from auditor.errors import ConfigError

REPORT = (
    "某县农业农村局2024年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n"
    "2024年度支出合计100.00万元，内含基本支出60.00万元、项目支出50.00万元。\n"
)
FLAGS = ("--jobs", "2", "--format", "json", "--no-progress")
WORDING = "tables:\n  part_openers: [内含]\n"


def _ar002(folder: Path) -> list[list[str]]:
    """AR002's findings (found values) for two copies of the report, audited by two workers."""
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(REPORT, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "auditor", "a.txt", "b.txt", "--select", "AR002", *FLAGS],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr
    documents = json.loads(run.stdout)["documents"]
    return [[f["found"] for f in d["findings"] if f["rule"] == "AR002"] for d in documents]


def test_a_bureaus_part_opener_makes_a_breakdown(tmp_path: Path) -> None:
    assert _ar002(tmp_path) == [[], []]  # ``内含`` is no 其中 in the packaged wording
    (tmp_path / "our-wording.yaml").write_text(WORDING, encoding="utf-8")
    (tmp_path / "auditor.toml").write_text('cues = ["our-wording.yaml"]\n', encoding="utf-8")
    assert _ar002(tmp_path) == [["100.00"], ["100.00"]]


@pytest.mark.parametrize(
    ("wording", "message"),
    [
        ("tabels:\n  part_openers: [内含]\n", "tables"),
        ("tables:\n  part_opener: [内含]\n", "part_openers"),
        ("tables:\n  part_openers: 内含\n", "应为列表"),
    ],
)
def test_a_misspelt_wording_file_is_refused(tmp_path: Path, wording: str, message: str) -> None:
    (tmp_path / "w.yaml").write_text(wording, encoding="utf-8")
    (tmp_path / "auditor.toml").write_text('cues = ["w.yaml"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(None, tmp_path)
