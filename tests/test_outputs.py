"""What users and other tools read: console, JSON (against its schema), Excel, catalogue."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from openpyxl import load_workbook
from rich.console import Console

import checks
from auditor.cli import main
from auditor.engine import DocumentResult, audit_file, load_knowledge
from auditor.registry import select
from auditor.render.catalogue import render_markdown
from auditor.render.console import plain_text, render_result
from auditor.render.json_report import build_report
from auditor.render.xlsx import write_workbook
from auditor.runner import RunSettings

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads(
    (ROOT / "auditor" / "schema" / "report.schema.json").read_text(encoding="utf-8")
)
SNAPSHOTS = Path(__file__).parent / "snapshots"


def _audit(rel: str) -> DocumentResult:
    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    settings = RunSettings(checks=tuple(select()), options={"YR002": {"today": "2026-11-26"}})
    result, _ = audit_file(ROOT / rel, knowledge, settings, source=rel)
    return result


def test_json_report_validates_against_schema() -> None:
    results = [
        _audit("corpus/example/report.txt"),
        _audit("corpus/handwritten/township-2023/report.txt"),
    ]
    missing = DocumentResult(
        path="nowhere.pdf",
        status="error",
        error={"code": "AUD100", "message": "找不到文件：nowhere.pdf"},
    )
    report = build_report([*results, missing])
    Draft202012Validator(SCHEMA).validate(report)
    assert report["summary"]["documents"] == 3 and report["summary"]["failed"] == 1
    doc = report["documents"][0]
    assert doc["meta"]["report_year"] == 2024 and doc["score"]["stated_total"] == 97
    assert doc["score"]["indicator_sum"] == 98


def test_console_snapshot_at_80_columns() -> None:
    result = _audit("corpus/example/report.txt")
    buffer = io.StringIO()
    render_result(result, Console(file=buffer, width=80, color_system=None), show_time=False)
    text = plain_text(buffer.getvalue())
    path = SNAPSHOTS / "example_console_80.txt"

    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        "console output changed; rerun with UPDATE_SNAPSHOTS=1 if intended"
    )
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "\x1b[" not in text


def test_excel_summary_reads_back(tmp_path: Path) -> None:
    results = [
        _audit("corpus/example/report.txt"),
        _audit("corpus/handwritten/county-education-2024/report.txt"),
    ]
    results.append(
        DocumentResult(
            path="坏文件.pdf", status="error", error={"code": "AUD105", "message": "PDF 文件已损坏"}
        )
    )
    out = tmp_path / "汇总.xlsx"
    write_workbook(results, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总", "问题明细"]
    summary = wb["汇总"]
    rows = list(summary.iter_rows(values_only=True))
    header = rows[0]
    assert header[:6] == ("文件", "单位", "评价年度", "错误", "警告", "提示")
    # Unreadable files first, then most errors; names without the shared folder.
    assert rows[1][0] == "坏文件.pdf" and rows[1][header.index("状态")] == "无法审核 [AUD105]"
    example = rows[2]
    assert example[0] == "corpus/example/report.txt"
    assert example[header.index("报告总分")] == 97 and example[header.index("报告等级")] == "优"
    assert example[header.index("错误")] >= rows[3][header.index("错误")]
    assert summary.freeze_panes == "A2" and summary.auto_filter.ref
    assert summary.page_setup.orientation == "landscape" and summary.page_setup.fitToWidth == 1
    details = list(wb["问题明细"].iter_rows(values_only=True))
    dh = details[0]
    assert len(details) - 1 == sum(len(r.findings) for r in results)
    ic001 = [row for row in details[1:] if row[dh.index("规则")] == "IC001"]
    assert ic001 and "58" in ic001[0][dh.index("问题")]
    assert ic001[0][dh.index("问题类型")] == "同一数据前后不一致"  # Chinese rule name
    assert ic001[0][dh.index("编号")].startswith("IC001-")
    # 应为/报告为 only for one-sided findings, and then as numbers.
    assert ic001[0][dh.index("应为")] is None and "两处不一致" in ic001[0][dh.index("说明")]
    ar003 = next(row for row in details[1:] if row[dh.index("规则")] == "AR003")
    assert ar003[dh.index("应为")] == pytest.approx(0.9618)
    assert ar003[dh.index("报告为")] == 1


def test_checks_catalogue_is_current() -> None:
    committed = (ROOT / "CHECKS.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), (
        "CHECKS.md is stale: audit --list-checks --format markdown > CHECKS.md"
    )


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-progress", str(ROOT / "corpus/handwritten/township-2023/report.txt")]) == 0
    assert main(["--no-progress", str(ROOT / "corpus/example/report.txt")]) == 1
    assert main(["--no-progress", str(tmp_path / "missing.pdf")]) == 2
    assert (
        main(["--no-progress", "--select", "NOPE1", str(ROOT / "corpus/example/report.txt")]) == 2
    )
    err = capsys.readouterr().err
    assert "未知规则" in err


def test_cli_fail_on_warning(tmp_path: Path) -> None:
    text = "2024年度部门整体支出绩效自评报告\n全年受理来信126件。\n"
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    assert main(["--no-progress", "--select", "YR", str(report)]) == 0


def test_select_ignore_and_severity_override(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(ROOT / "corpus/example/report.txt")
    main(
        [
            "--format",
            "json",
            "--select",
            "IC,SC005",
            "--ignore",
            "IC005",
            "--severity",
            "SC005=warning",
            path,
        ]
    )
    data = json.loads(capsys.readouterr().out)
    rules = {f["rule"] for f in data["documents"][0]["findings"]}
    assert rules <= {"IC001", "IC002", "IC003", "IC004", "SC005"} and "SC005" in rules
    sc = next(f for f in data["documents"][0]["findings"] if f["rule"] == "SC005")
    assert sc["severity"] == "warning"


def test_config_file_unknown_key_suggests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "auditor.toml").write_text('selct = ["AR"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--no-progress", str(ROOT / "corpus/example/report.txt")]) == 2
    assert "是否想写“select”" in capsys.readouterr().err


@pytest.mark.parametrize("line", ['jobs = "two"', "jobs = 0", "timeout = -1", "jobs = 1.5"])
def test_config_file_bad_numbers_are_config_errors(
    line: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "auditor.toml").write_text(line + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["--no-progress", str(ROOT / "corpus/example/report.txt")]) == 2
    assert "应为正数" in capsys.readouterr().err


def test_the_same_file_given_twice_is_audited_once(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    main(["--format", "json", "corpus/example/report.txt", "./corpus/example/report.txt"])
    assert len(json.loads(capsys.readouterr().out)["documents"]) == 1


def test_config_file_options_and_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "auditor.toml").write_text(
        'ignore = ["CP"]\n[severity]\nIC005 = "info"\n[options.YR002]\ntoday = "2025-01-01"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    main(["--format", "json", str(ROOT / "corpus/example/report.txt")])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert not [f for f in findings if f["rule"].startswith("CP")]
    assert {f["severity"] for f in findings if f["rule"] == "IC005"} == {"info"}
    (tmp_path / "auditor.toml").write_text(
        '[options.YR002]\ntody = "2025-01-01"\n', encoding="utf-8"
    )
    assert main(["--no-progress", str(ROOT / "corpus/example/report.txt")]) == 2
    assert "是否想写“today”" in capsys.readouterr().err


def test_explain_prints_docstring_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--explain", "AR001"]) == 0
    out = capsys.readouterr().out
    assert "table-total-mismatch" in out and "会报告的写法" in out and "例外" in out


def test_a_count_in_chinese_numerals_is_quoted_where_stated_not_as_recomputed() -> None:
    """IC004's stated ``三个`` is the report's figure; only the items counted are the tool's."""
    from helpers import audit_text

    from auditor.render.wording import figures_line

    (finding,) = audit_text(
        "2024年度某县农机服务中心部门整体支出绩效自评报告\n"
        "本中心设有办公室、财务股、业务股、综合股三个内设机构。\n",
        ["IC004"],
    )
    line = figures_line(finding)
    assert line is not None and line.startswith("两处不一致：三个（")
    assert "4（按所列数值重算）" in line
