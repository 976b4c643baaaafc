"""``auditor.toml``: rule selection, severities, rule options and data files.

Looked up in the current folder unless ``--config`` names a file. Every key, rule
code and option is validated; a typo is an error with a did-you-mean suggestion,
because a misspelt code that silently disables a rule is worse than a stopped run.

Example::

    select = ["AR", "IC", "SC", "YR"]
    ignore = ["CP"]
    fail-on = "error"
    framework = "our-province-indicators.yaml"

    [severity]
    IC005 = "info"

    [options.YR002]
    today = "2025-07-01"
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from auditor.errors import ConfigError
from auditor.findings import Severity

CONFIG_NAME = "auditor.toml"
_KEYS = {
    "select",
    "ignore",
    "severity",
    "options",
    "fail-on",
    "framework",
    "lexicon",
    "cues",
    "jobs",
    "timeout",
}


@dataclass
class Config:
    """Validated settings from a config file (CLI flags are merged on top)."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    """Levels keyed by resolved rule code (``IC`` in the file becomes IC001 … IC010)."""
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: str = "error"
    framework: Path | None = None
    lexicon: Path | None = None
    cues: list[Path] = field(default_factory=list)
    """A bureau's cue files (``{section: {key: [...]}}``), extending the packaged wording."""
    jobs: int | None = None
    timeout: float | None = None
    path: Path | None = None


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.5)
    return f"，是否想写“{close[0]}”？" if close else ""


def load_config(explicit: Path | None, cwd: Path) -> Config:
    """Read ``explicit`` or ``./auditor.toml`` (if present) into a :class:`Config`."""
    path = explicit if explicit is not None else cwd / CONFIG_NAME
    if explicit is None and not path.exists():
        return Config()
    if not path.exists():
        raise ConfigError(f"找不到配置文件：{path}")
    data = parse_toml(path, "配置文件")
    data = data.get("tool", {}).get("auditor", data) if "tool" in data else data
    for key in data:
        if key not in _KEYS:
            raise ConfigError(f"配置文件 {path} 中有未知的键：{key}{_suggest(key, sorted(_KEYS))}")
    config = Config(path=path)
    config.select = _strings(data.get("select", []), "select", path)
    config.ignore = _strings(data.get("ignore", []), "ignore", path)
    for code, level in (data.get("severity") or {}).items():
        config.severity.update(severity_for(code, str(level)))
    for code, opts in (data.get("options") or {}).items():
        if not isinstance(opts, dict):
            raise ConfigError(f"配置文件 {path} 中 options.{code} 应为表")
        config.options[code] = dict(opts)
    fail_on = str(data.get("fail-on", "error"))
    if fail_on not in ("error", "warning", "info"):
        raise ConfigError(f"fail-on 应为 error、warning 或 info，而不是 {fail_on}")
    config.fail_on = fail_on
    for key in ("framework", "lexicon"):
        if key in data:
            target = (path.parent / str(data[key])).resolve()
            if not target.exists():
                raise ConfigError(f"配置文件中 {key} 指向的文件不存在：{target}")
            setattr(config, key, target)
    config.cues = _cue_files(data, path)
    if "jobs" in data:
        config.jobs = int(_positive(data["jobs"], "jobs", path))
    if "timeout" in data:
        config.timeout = _positive(data["timeout"], "timeout", path)
    return config


_CHINESE_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_DELIMITED = re.compile(r"(=\s*)[“”]([^\"“”\n]*)[“”]")
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def parse_toml(path: Path, what: str) -> dict[str, Any]:
    """Read a TOML file a reviewer may have saved with Notepad or typed with Chinese quotes.

    A UTF-8 byte-order mark is skipped; a file in GBK is read as such. A file that only
    parses once Chinese quotes (“ ” ‘ ’) are read as ASCII quotes is accepted that way;
    otherwise the error names the line and column in Chinese and says what to fix.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"无法读取{what}：{path}（{exc.strerror or exc}）") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{what} {path} 不是 UTF-8 或 GBK 编码的文本，请另存为 UTF-8"
            ) from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        first = exc
    if any(q in text for q in "“”‘’"):
        try:
            return tomllib.loads(_ascii_quotes(text))
        except tomllib.TOMLDecodeError:
            pass
        hint = '。文件中用了中文引号（“ ” ‘ ’），TOML 的字符串要用英文引号 " "'
    else:
        hint = '。常见原因：字符串没有加英文引号 " "，或 = 写成了全角 ＝'
    where = _AT.search(str(first))
    at = f"第 {where.group(1)} 行第 {where.group(2)} 列附近" if where else ""
    raise ConfigError(f"{what}格式错误：{path} {at}{hint}（{first}）") from first


def _ascii_quotes(text: str) -> str:
    """Chinese quotes used as TOML string delimiters become ASCII quotes.

    On a line without ASCII quotes every Chinese quote is a delimiter; elsewhere only
    a value written ``= “…”`` is rewritten, so quotes inside strings stay as they are.
    """
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        if '"' not in line and "'" not in line:
            out.append(line.translate(_CHINESE_QUOTES))
        else:
            out.append(_DELIMITED.sub(r'\1"\2"', line))
    return "".join(out)


def _positive(value: Any, key: str, path: Path) -> float:
    """A positive number from the config file, or a ConfigError naming the key."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = 0.0
    if isinstance(value, bool) or not number > 0 or (key == "jobs" and number != int(number)):
        raise ConfigError(f"配置文件 {path} 中 {key} 应为正数，而不是 {value!r}")
    return number


def _strings(value: Any, key: str, path: Path) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"配置文件 {path} 中 {key} 应为规则代码列表")


def parse_severity(level: str, code: str) -> Severity:
    """``error``/``warning``/``info`` (also 错误/警告/提示)."""
    aliases = {"错误": "error", "警告": "warning", "提示": "info"}
    level = aliases.get(level, level).lower()
    try:
        return Severity(level)
    except ValueError as exc:
        raise ConfigError(f"{code} 的严重程度应为 error、warning 或 info，而不是 {level}") from exc


def _cue_files(data: dict[str, Any], path: Path) -> list[Path]:
    """``cues = ["our-wording.yaml"]``: files beside the config, each naming known keys."""
    from auditor.read import wording

    out: list[Path] = []
    for name in _strings(data.get("cues", []), "cues", path):
        target = (path.parent / name).resolve()
        if not target.is_file():
            raise ConfigError(f"配置文件中 cues 指向的文件不存在：{target}")
        try:
            extra = yaml.safe_load(target.read_text(encoding="utf-8-sig")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ConfigError(f"无法读取措辞文件 {target}：{exc}") from exc
        if not isinstance(extra, dict):
            raise ConfigError(f"措辞文件 {target} 应为“类别: {{键: [词语…]}}”")
        for section, entries in extra.items():
            if section not in wording.sections():
                choices = wording.sections()
                raise ConfigError(
                    f"措辞文件 {target} 中有未知的类别：{section}{_suggest(str(section), choices)}"
                )
            if not isinstance(entries, dict):
                raise ConfigError(f"措辞文件 {target} 中 {section} 应为“键: [词语…]”")
            for key, values in entries.items():
                if key not in wording.keys(section):
                    known = wording.keys(section)
                    raise ConfigError(
                        f"措辞文件 {target} 中 {section} 下有未知的键：{key}"
                        f"{_suggest(str(key), known)}"
                    )
                if not isinstance(values, list):
                    raise ConfigError(f"措辞文件 {target} 中 {section}.{key} 应为列表")
        out.append(target)
    return out


def wording_files(explicit: Path | None, cwd: Path) -> list[Path]:
    """The cue files the configuration names (read before any reader is imported)."""
    path = explicit if explicit is not None else cwd / CONFIG_NAME
    if not path.exists():
        return []
    data = parse_toml(path, "配置文件")
    data = data.get("tool", {}).get("auditor", data) if "tool" in data else data
    return _cue_files(data, path)


def use_wording(files: list[Path]) -> None:
    """Make a bureau's cue files count in this process and every process it starts.

    Readers compile their cues when first imported: call this before importing them
    (``import checks`` does). The environment variable reaches batch workers and the
    web server's workers; modules imported later read it at import.
    """
    if not files:
        return
    from auditor.read import wording

    os.environ[wording.ENV] = os.pathsep.join(str(f) for f in files)
    wording.add_overrides(files)


def severity_for(selector: str, level: str) -> dict[str, Severity]:
    """``IC005``/``IC``/``一致`` = ``info``: the level for every rule code it selects."""
    from auditor.registry import resolve

    severity = parse_severity(level, selector)
    return {spec.code: severity for spec in resolve(selector)}


def with_severity_flags(config: Config, flags: list[str]) -> dict[str, Severity]:
    """The configured levels with ``--severity CODE=LEVEL`` flags on top (by resolved code)."""
    out = dict(config.severity)
    for item in flags:
        if "=" not in item:
            raise ConfigError(f"--severity 应写作 CODE=LEVEL，而不是 {item}")
        code, level = item.split("=", 1)
        out.update(severity_for(code, level))
    return out


def validate_options(options: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Resolve rule selectors in ``[options.X]`` and reject unknown option names."""
    from auditor.registry import resolve

    out: dict[str, dict[str, Any]] = {}
    for token, values in options.items():
        for spec in resolve(token):
            known = {o.name for o in spec.options}
            for name in values:
                if name not in known:
                    raise ConfigError(
                        f"规则 {spec.code} 没有选项 {name}{_suggest(name, sorted(known))}"
                        + ("" if known else "（该规则没有可配置的选项）")
                    )
            out[spec.code] = {**out.get(spec.code, {}), **values}
    return out
