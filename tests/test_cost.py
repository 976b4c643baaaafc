"""Cost grows linearly with hostile input: measured by counting work, not by the clock.

Each property builds a mini report holding one pathological piece of size N and of
size 4N — a line of N figures, N bracketed items, N nested brackets, a table of N
rows — reads and checks it, and counts the Python lines executed inside ``auditor``
and ``checks`` (``sys.settrace``). Linear work gives a ratio near 4, quadratic near
16; the assertion is a ratio under 8, so CI noise cannot make these flaky (the count
is the same on every run). Loops inside C code (a regex backtracking) are not
counted; ``bench/scaling.py`` times those shapes.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from helpers import audit_text, read_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

ROOT = str(Path(__file__).resolve().parent.parent)
WATCHED = (f"{ROOT}/auditor/", f"{ROOT}/checks/")
LINEAR = 8.0
"""4N costs 4× the work of N when linear, 16× when quadratic."""

HEAD = "# 2024年度部门整体支出绩效自评报告\n\n## 一、部门基本情况\n\n"
FEW = settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def work(run: Callable[[], Any]) -> int:
    """Python lines executed in the auditor's own modules while ``run`` runs."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        if event == "call" and frame.f_code.co_filename.startswith(WATCHED):
            return local
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    threading.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(previous)
        threading.settrace(previous)  # type: ignore[arg-type]
    return count


def ratio(build: Callable[[int], str], n: int) -> float:
    read_text(build(1))  # warm caches (lexicon, compiled patterns) outside the count
    small = work(lambda: audit_text(build(n)))
    large = work(lambda: audit_text(build(4 * n)))
    return large / small


def _line(template: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        items = "、".join(template.format(i=i, d=i % 97, e=i % 10) for i in range(n))
        return f"{HEAD}全年支出合计1,000.00万元，其中{items}。\n"

    return build


@FEW
@given(st.sampled_from(["{d}.{e}", "{d},{e}00.5万元", "项目{i}支出{d}.{e}万元", "{d}.{e}%"]))
def test_a_line_of_figures_costs_linear_work(template: str) -> None:
    assert ratio(_line(template), 150) < LINEAR


@FEW
@given(
    st.sampled_from(["项目{i}（{d}.{e}万元）", "（{d}）{d}.{e}万元", "{d}万元（基本支出{e}万元）"])
)
def test_a_flat_list_of_bracketed_items_costs_linear_work(template: str) -> None:
    assert ratio(_line(template), 150) < LINEAR


@FEW
@given(st.sampled_from(["（", "("]), st.sampled_from(["其中1.5万元", "1.5", "项目"]))
def test_nested_brackets_cost_linear_work(opening: str, inner: str) -> None:
    closing = "）" if opening == "（" else ")"

    def build(n: int) -> str:
        return f"{HEAD}合计{(opening + inner) * n}{closing * n}。\n"

    assert ratio(build, 150) < LINEAR


@FEW
@given(st.sampled_from(["| 项目{i} | {d}.{e} | {e}.5 |", "| {i} | {d} | 空 |"]))
def test_a_table_of_rows_costs_linear_work(template: str) -> None:
    def build(n: int) -> str:
        rows = "\n".join(template.format(i=i, d=i % 97, e=i % 10) for i in range(n))
        return f"{HEAD}| 项目 | 预算数 | 执行数 |\n| --- | --- | --- |\n{rows}\n"

    assert ratio(build, 100) < LINEAR


def test_nonsense_gives_no_findings() -> None:
    """4,000 nested brackets are not a report's breakdown: no error-level finding."""
    text = f"{HEAD}合计{'（其中1.5万元' * 4000}{'）' * 4000}。\n"
    findings = audit_text(text)
    assert [f for f in findings if f.severity.value == "error"] == []
