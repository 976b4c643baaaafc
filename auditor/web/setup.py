"""The audit settings the page runs with: the same ``auditor.toml`` rules as the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from auditor.runner import RunSettings


@dataclass(frozen=True)
class AuditSetup:
    """Rules, data files and per-file limits for every upload."""

    settings: RunSettings
    lexicon: Path
    framework: Path | None
    timeout: float = 300.0
    reference_unknown: tuple[str, ...] = ()
    """Headers of the reference table the lexicon does not know (listed, never guessed)."""


def load_setup(
    config_path: Path | None,
    cwd: Path,
    *,
    lexicon: Path,
    framework: Path | None,
    reference: Path | None = None,
) -> AuditSetup:
    """Read ``auditor.toml`` (or ``config_path``) as ``audit`` does without extra flags.

    ``reference`` is the bureau's reference table (``audit serve --reference``): every
    upload is then checked against its row, as ``audit --reference`` does.

    The rules must be registered (``import checks``, done by the caller: only the CLI
    imports the rule package) and ``lexicon``/``framework`` are its data files, used
    unless the configuration names its own.
    """
    from auditor import registry
    from auditor.config import load_config, validate_options
    from auditor.reference.table import load_checked

    config = load_config(config_path, cwd)
    selected = registry.select(config.select, config.ignore)
    table = load_checked(reference, config.lexicon or lexicon) if reference else None
    settings = RunSettings(
        checks=tuple(selected),
        severity=dict(config.severity),
        options=validate_options(config.options),
        reference=table,
    )
    return AuditSetup(
        settings=settings,
        lexicon=config.lexicon or lexicon,
        framework=config.framework or framework,
        timeout=config.timeout or 300.0,
        reference_unknown=tuple(table.unknown) if table else (),
    )
