"""The Jinja2 environment shared by the served pages and the self-contained HTML."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from auditor import __version__
from auditor.web.view import paragraph_parts

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def _value(value: object) -> str:
    return "—" if value is None else str(value)


def _percent(value: object) -> str:
    if value is None:
        return ""
    try:
        return f"{Decimal(str(value)).normalize():f}%"
    except ArithmeticError:
        return str(value)


@cache
def environment() -> Environment:
    """Templates from ``auditor/web/templates`` with HTML autoescaping."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["v"] = _value
    env.filters["pct"] = _percent
    env.globals["parts"] = paragraph_parts
    env.globals["version"] = __version__
    return env
