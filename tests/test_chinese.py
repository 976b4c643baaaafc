"""Chinese where a reviewer reads: help framing, --explain, config errors, family names, empty paths."""

from __future__ import annotations

from pathlib import Path

import pytest

import checks
from auditor.cli import main
from auditor.config import load_config
from auditor.errors import ConfigError
from auditor.registry import all_checks, resolve
from auditor.render.catalogue import load_explanations, render_explain

ROOT = Path(__file__).parent.parent


def test_help_framing_is_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：audit")
    assert "选项" in out and "options:" not in out and "usage:" not in out
    with pytest.raises(SystemExit) as exc:
        main(["--no-such-flag"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "无法识别的参数" in err and "usage:" not in err


def test_every_rule_is_explained_in_chinese() -> None:
    chinese = load_explanations(checks.DATA_DIR / "explain_zh.yaml")
    codes = {s.code for s in all_checks()}
    assert set(chinese) == codes
    for spec in all_checks():
        text = render_explain(spec, chinese)
        for key in ("summary", "why", "exceptions"):
            assert chinese[spec.code][key] in text
        # Nothing of the English docstring's prose is left in the Chinese sections.
        assert spec.summary not in text


@pytest.mark.parametrize(
    ("name", "prefix"),
    [("算术", "AR"), ("一致", "IC"), ("评分", "SC"), ("年份", "YR"), ("完整", "CP")],
)
def test_chinese_family_names_select(name: str, prefix: str) -> None:
    specs = resolve(name)
    assert specs and all(s.code.startswith(prefix) for s in specs)
    assert len(specs) == sum(1 for s in all_checks() if s.code.startswith(prefix))


def test_config_saved_by_notepad_with_bom_and_chinese_quotes(tmp_path: Path) -> None:
    config = tmp_path / "auditor.toml"
    config.write_bytes(b"\xef\xbb\xbf" + "ignore = [“CP”]\nfail-on = “warning”\n".encode())
    loaded = load_config(None, tmp_path)
    assert loaded.ignore == ["CP"] and loaded.fail_on == "warning"


def test_config_error_is_explained_in_chinese(tmp_path: Path) -> None:
    config = tmp_path / "auditor.toml"
    config.write_text('ignore = ["CP"\nfail-on = "warning"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(None, tmp_path)
    assert "格式错误" in str(exc.value) and "第 2 行" in str(exc.value)


def test_a_path_with_no_report_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "表.xlsx").write_bytes(b"PK")
    (tmp_path / "a.zip").write_bytes(b"PK")
    xlsx = tmp_path / "out" / "汇总.xlsx"
    assert main([str(tmp_path), "--no-progress", "--xlsx", str(xlsx)]) == 2
    assert "没有可审核的报告" in capsys.readouterr().err
    assert not xlsx.exists()


def test_two_sided_rules_exist() -> None:
    from auditor.render.wording import TWO_SIDED

    assert {s.code for s in all_checks()} >= TWO_SIDED
