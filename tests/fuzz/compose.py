"""Write a complete text report from a truth and one value of every dimension.

The text is the project's converted-report format (``auditor/extract/plaintext.py``):
``#`` headings, paragraphs separated by blank lines, table rows as tab-separated lines
whose empty cells continue a merged header. Every figure goes through :meth:`Writer.fig`
under a slot name, so a defect is planted by overriding one slot (the same override
applies wherever the slot is written) and the slots a layout writes are known.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from . import fmt
from .truth import GRADE_BANDS, Indicator, Truth, grade, rate


@dataclass(frozen=True)
class Slot:
    """Where a figure was written and what it is."""

    name: str
    kind: str
    """``money``, ``count``, ``rate``, ``score``, ``total``, ``grade``, ``year``, ``date``."""
    value: Any
    part: bool = False
    """A part of a table total whose row and column are not restated elsewhere."""
    unit: str = ""


@dataclass
class Writer:
    """Collects lines; every figure passes through :meth:`fig`."""

    truth: Truth
    choices: dict[str, str]
    overrides: dict[str, Any] = field(default_factory=dict)
    slots: dict[str, Slot] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    tables: int = 0

    # ---------------------------------------------------------------- figures
    def fig(self, slot: Slot, render: Callable[[Any], str]) -> str:
        """Record ``slot`` and write its value (or the planted one)."""
        self.slots.setdefault(slot.name, slot)
        return render(self.overrides.get(slot.name, slot.value))

    def money(
        self, name: str, yuan: Decimal, where: str, *, part: bool = False, unit: str = ""
    ) -> str:
        unit = unit or self.unit(where)
        thousands = self.choices["thousands"] == "yes"
        return self.fig(
            Slot(name, "money", yuan, part, unit), lambda v: fmt.money(v, unit, thousands)
        )

    def count(self, name: str, n: int) -> str:
        return self.fig(Slot(name, "count", n), str)

    def rate(self, name: str, value: Decimal) -> str:
        return self.fig(Slot(name, "rate", value), fmt.percent)

    def score(self, name: str, value: Decimal, kind: str = "score") -> str:
        return self.fig(Slot(name, kind, value), fmt.score)

    def year(self, name: str, value: int) -> str:
        return self.fig(Slot(name, "year", value), str)

    def day(self, name: str, value: date, *, with_day: bool = True) -> str:
        style = self.choices["dates"]
        return self.fig(
            Slot(name, "date", value), lambda v: fmt.write_date(v, style, with_day=with_day)
        )

    def unit(self, where: str) -> str:
        if where == "table":
            return self.choices["table_unit"]
        prose = self.choices["prose_unit"]
        return self.choices["table_unit"] if prose in ("same", "亿元") else prose

    def total_unit(self) -> str:
        """The unit of a department total stated in prose (亿元 only for totals)."""
        return "亿元" if self.choices["prose_unit"] == "亿元" else self.unit("prose")

    # ---------------------------------------------------------------- output
    def para(self, text: str) -> None:
        if self.choices["fullwidth"] == "prose":
            text = fmt.fullwidth(text)
        self.lines += [text, ""]

    def heading(self, level: int, text: str) -> None:
        self.lines += [f"{'#' * level} {text}", ""]

    def numbered(self, path: tuple[int, ...], text: str, *, item: bool = False) -> None:
        """A heading numbered in the chosen outline style (``path``: its place, 1-based).

        ``item`` marks an indicator's heading, numbered ``1.`` in the Chinese outline
        whatever its depth (the depth of ``path`` is its depth in a decimal outline).
        """
        level = 4 if item else len(path) + 1
        self.heading(level, outline_number(self.choices["headings"], path, item=item) + text)

    def table(self, rows: list[list[str]], caption: str | None = None) -> None:
        if caption:
            self.para(caption)
        width = max(len(r) for r in rows)
        for row in rows:
            cells = [*row, *([""] * (width - len(row)))]
            if self.choices["fullwidth"] == "tables":
                cells = [fmt.fullwidth(c) for c in cells]
            self.lines.append("\t".join(cells))
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


# ---------------------------------------------------------------- wording

WORDS = {
    "standard": {
        "quota": "核定编制",
        "actual": "实有人数",
        "income": "收入合计",
        "spending": "支出合计",
        "personnel": "人员支出",
        "public": "公用支出",
        "total_row": "合计",
        "top_row": "汇总",
        "fiscal": "一般公共预算拨款",
        "fund": "政府性基金拨款",
        "other": "其他收入",
    },
    "variant": {
        "quota": "编制数",
        "actual": "在职人数",
        "income": "本年收入合计",
        "spending": "本年支出合计",
        "personnel": "人员经费",
        "public": "公用经费",
        "total_row": "总计",
        "top_row": "合计",
        "fiscal": "财政拨款收入",
        "fund": "政府性基金预算收入",
        "other": "其他资金",
    },
}


SECTIONS = {
    "basic": ("部门（单位）基本情况", "部门是做什么的、有多少人？"),
    "finance": ("部门（单位）收支情况", "部门的钱从哪里来、花到哪里去？"),
    "performance": ("部门整体支出绩效情况", "部门整体支出绩效目标完成得怎么样？"),
    "conclusion": ("评价结论", "自评结论是什么？"),
    "problems": ("存在的问题及改进措施", "还存在哪些问题、下一步怎么改？"),
}
"""Section key -> (its title, the same section asked as a question)."""


def outline_number(style: str, path: tuple[int, ...], *, item: bool = False) -> str:
    """The number a heading at ``path`` carries in an outline style.

    ``chinese``: 一、/（一）/1.; ``question``: the same numbers, question titles;
    ``part``: 第一部分/一、/（一）; ``decimal``: 1 / 1.1 / 1.1.1 with a space after the
    number; ``decimal_tight``: the same without a space below the first level.
    """
    n = path[-1]
    depth = len(path)
    if style in ("decimal", "decimal_tight"):
        space = " " if style == "decimal" or depth == 1 else ""
        return ".".join(str(p) for p in path) + space
    if style == "part":
        if depth == 1:
            return f"第{fmt.cn_number(n)}部分 "
        return f"{fmt.cn_number(n)}、" if depth == 2 and not item else f"（{fmt.cn_number(n)}）"
    if item:
        return f"{n}."
    return f"{fmt.cn_number(n)}、" if depth == 1 else f"（{fmt.cn_number(n)}）"


def section_title(w: Writer, key: str) -> str:
    plain, question = SECTIONS[key]
    return question if w.choices["headings"] == "question" else plain


def compose(
    truth: Truth, choices: dict[str, str], overrides: dict[str, Any] | None = None
) -> Writer:
    """The report text (``writer.text()``) and the slots it wrote."""
    w = Writer(truth, choices, dict(overrides or {}))
    words = WORDS[choices["wording"]]
    t = truth
    y = t.year
    w.heading(1, f"{t.dept.name}{y}年度部门整体支出绩效自评报告")
    w.para(f"部门（单位）名称（公章）：{t.dept.name}")
    w.para("评价方式：部门（单位）绩效自评")
    w.para(f"报告时间：{w.day('report_date', t.report_date, with_day=False)}")
    if choices["restate"] != "none":
        _summary(w, words, top=True)
    chinese = choices["headings"] == "chinese"
    if not chinese:
        w.numbered((1,), section_title(w, "basic"))
    w.table(
        [
            ["一、部门（单位）基本情况" if chinese else "部门（单位）基本情况", "", "", ""],
            ["联系人", "林志远", "联系电话", "0571-86023415"],
            [
                words["quota"],
                w.count("t.quota", t.staff_quota),
                words["actual"],
                w.count("t.actual", t.staff_actual),
            ],
        ]
    )
    w.para(
        f"{y}年，{t.dept.self_name}围绕年度重点工作，{t.dept.works[0]}，{t.dept.works[1]}，各项工作有序推进。"
    )
    w.numbered((2,), section_title(w, "finance"))
    _income_table(w, words)
    if choices["income_layout"] in ("balance", "side"):
        _balance_table(w, words)
    _spending_table(w, words)
    if choices["subtotal_table"] == "groups":
        _detail_table(w, words)
    if choices["budget_cols"] != "none":
        _budget_table(w, words)
    if choices["child_rows"] != "none":
        _function_table(w, words)
    _sangong_tables(w)
    if choices["qizhong_subset"] == "table":
        w.table(
            [
                ["单位名称", words["quota"], words["actual"], "其中：女性", "中共党员"],
                [
                    t.dept.name,
                    w.count("t.quota", t.staff_quota),
                    w.count("t.actual", t.staff_actual),
                    str(t.women),
                    str(t.members),
                ],
            ],
            f"表{_next_table(w)}：{w.year('caption.staff', y)}年末人员情况（单位：人）",
        )
    _prose_finance(w, words)
    w.numbered((3,), section_title(w, "performance"))
    classes = choices["class_points"] != "none"
    for c, (group, items) in enumerate(_groups(t.indicators).items(), 1):
        if classes:
            _class_points(w, c, group, items)
        for n, ind in enumerate(items, 1):
            if not classes:
                n = t.indicators.index(ind) + 1
            _indicator(w, words, (3, c, n) if classes else (3, n), ind)
    total = w.score("score_total", t.score_total, "total")
    stated_grade = w.fig(Slot("grade", "grade", grade(t.score_total)), str)
    w.numbered((4,), section_title(w, "conclusion"))
    if choices["restate"] != "none":
        _summary(w, words, top=False)
    w.para(
        f"{y}年{t.dept.self_name}全年支出{w.money('p.restate.spending', t.total('spending'), 'prose', unit=w.total_unit())}"
        f"{w.total_unit()}，预算执行总体良好。"
    )
    w.para(
        f"根据上述指标逐项评分，{t.dept.self_name}{y}年度部门整体支出绩效自评得分{total}分，等级评定为“{stated_grade}”。"
    )
    w.para(f"评价等级划分：{GRADE_BANDS}")
    w.numbered((5,), section_title(w, "problems"))
    w.para(
        "部分项目绩效目标设置偏重数量指标，质量、效益指标不够细化。下一步将细化量化绩效目标，加强预算执行监控。"
    )
    _score_sheet(w)
    if w.choices["fill_date"] == "attachment":  # the sheet's own date, before the signatures
        filled = date(t.report_date.year, 1, 10 + t.year % 10)
        w.para(f"填表人：林志远　填报日期：{w.day('fill_date', filled)}")
    _signature(w)
    return w


def _next_table(w: Writer) -> int:
    w.tables += 1
    return w.tables


def _caption(w: Writer, slot: str, what: str) -> str:
    unit = w.unit("table")
    return f"表{_next_table(w)}：{w.year(slot, w.truth.year)}年度{what}（单位：{unit}）"


def _ordered(w: Writer, total: list[str] | None, body: list[list[str]]) -> list[list[str]]:
    pos = w.choices["total_pos"]
    if total is None or pos == "none":
        return body
    return [total, *body] if pos == "top" else [*body, total]


def _total_label(w: Writer, words: dict[str, str]) -> str:
    return words["top_row"] if w.choices["total_pos"] == "top" else words["total_row"]


def _unit_rows(w: Writer) -> list[tuple[str, int | None]]:
    """(row label, unit index) for each unit; a lone unit is written as the department."""
    t = w.truth
    if len(t.units) == 1:
        return [(t.dept.name if w.choices["total_pos"] == "none" else t.units[0].name, 0)]
    return [(f"{n}、{u.name}", n - 1) for n, u in enumerate(t.units, 1)]


def _is_part_row(w: Writer, index: int | None) -> bool:
    """Whether a unit row's cells are parts not restated in prose."""
    return index is not None and not (len(w.truth.units) == 1 and w.choices["total_pos"] == "none")


def _income_table(w: Writer, words: dict[str, str]) -> None:
    t = w.truth
    cols = [
        ("income", words["income"]),
        ("fiscal", words["fiscal"]),
        ("fund", words["fund"]),
        ("other", words["other"]),
    ]

    carryover = w.choices["income_layout"] == "carryover"
    if carryover:  # 收入总计 = 本年收入小计 (its own parts) + 上年结转
        cols = [
            ("grand", "收入总计"),
            ("income", "本年收入小计"),
            *cols[1:],
            ("carry", "上年结转"),
        ]

    def cell(row: str, col: str, value: Decimal, index: int | None) -> str:
        part = _is_part_row(w, index) and col not in ("income", "grand")
        return w.money(f"t.income.{row}.{col}", value, "table", part=part)

    def values(index: int | None) -> dict[str, Decimal]:
        if index is None:
            return {
                "grand": t.total_income + t.total("carryover"),
                "income": t.total_income,
                "fiscal": t.total("fiscal"),
                "fund": t.total("fund"),
                "other": t.total("other"),
                "carry": t.total("carryover"),
            }
        u = t.units[index]
        return {
            "grand": u.income + u.carryover,
            "income": u.income,
            "fiscal": u.fiscal,
            "fund": u.fund,
            "other": u.other,
            "carry": u.carryover,
        }

    caption = _caption(w, "caption.income", "收入情况")
    units = _unit_rows(w)
    show_total = w.choices["total_pos"] != "none"
    if w.choices["transposed"] == "yes":
        heads: list[tuple[str, int | None]] = list(units)
        if show_total:
            label = (_total_label(w, words), None)
            heads = [label, *heads] if w.choices["total_pos"] == "top" else [*heads, label]
        rows = [["项目", *(h for h, _ in heads)]]
        for key, label_text in cols:
            rows.append(
                [
                    label_text,
                    *(
                        cell(str(i) if i is not None else "total", key, values(i)[key], i)
                        for _, i in heads
                    ),
                ]
            )
        w.table(rows, caption)
        return
    header = [
        ["单位名称", words["income"], "其中：", "", ""],
        ["", "", words["fiscal"], words["fund"], words["other"]],
    ]
    if carryover:
        header = [
            ["单位名称", "收入总计", "本年收入", "", "", "", "上年结转"],
            ["", "", "小计", words["fiscal"], words["fund"], words["other"], ""],
        ]
    body = [[label, *(cell(str(i), k, values(i)[k], i) for k, _ in cols)] for label, i in units]
    total = [_total_label(w, words), *(cell("total", k, values(None)[k], None) for k, _ in cols)]
    w.table([*header, *_ordered(w, total, body)], caption)


def _spending_table(w: Writer, words: dict[str, str]) -> None:
    t = w.truth
    header_kind = w.choices["header"]
    cols = ["spending", "basic", "personnel", "public", "project"]
    if header_kind == "flat":
        cols = ["spending", "basic", "project"]

    def cell(row: str, col: str, value: Decimal, index: int | None) -> str:
        part = _is_part_row(w, index) and col in ("personnel", "public", "project")
        if header_kind == "flat":
            part = _is_part_row(w, index) and col == "project"
        return w.money(f"t.spend.{row}.{col}", value, "table", part=part)

    def values(index: int | None) -> dict[str, Decimal]:
        if index is None:
            return {c: t.total(c) for c in cols}
        return {c: getattr(t.units[index], c) for c in cols}

    if header_kind == "multirow":
        header = [
            ["单位名称", words["spending"], "其中：", "", "", ""],
            ["", "", "基本支出", "其中：", "", "项目支出"],
            ["", "", "", words["personnel"], words["public"], ""],
        ]
    elif header_kind == "flattened":
        header = [
            [
                "单位名称",
                words["spending"],
                "基本支出",
                f"其中：{words['personnel']}",
                words["public"],
                "项目支出",
            ]
        ]
    else:
        header = [["单位名称", words["spending"], "基本支出", "项目支出"]]
    caption = _caption(w, "caption.spend", "支出情况")
    body = [
        [label, *(cell(str(i), c, values(i)[c], i) for c in cols)] for label, i in _unit_rows(w)
    ]
    total = [_total_label(w, words), *(cell("total", c, values(None)[c], None) for c in cols)]
    w.table([*header, *_ordered(w, total, body)], caption)


def _detail_table(w: Writer, words: dict[str, str]) -> None:
    """Spending by kind in 小计 groups: 基本支出 (人员, 公用) and 项目支出 (projects)."""
    t = w.truth
    rows = [["支出类别", "项目", "金额"]]
    flat = w.choices["header"] == "flat"  # otherwise 人员/公用 are restated in the 支出 table
    basic = [
        [
            "基本支出",
            words["personnel"],
            w.money("t.detail.personnel", t.total("personnel"), "table", part=flat),
        ],
        ["", words["public"], w.money("t.detail.public", t.total("public"), "table", part=flat)],
        ["", "小计", w.money("t.detail.basic", t.total("basic"), "table")],
    ]
    project = [
        ["项目支出" if i == 0 else "", name, w.money(f"t.detail.project.{i}", value, "table")]
        for i, (name, value) in enumerate(t.project_parts)
    ]
    project.append(["", "小计", w.money("t.detail.project", t.total("project"), "table")])
    total = [_total_label(w, words), "", w.money("t.detail.total", t.total("spending"), "table")]
    w.table(
        [*rows, *_ordered(w, total, [*basic, *project])],
        _caption(w, "caption.detail", "支出明细情况"),
    )


def _budget_table(w: Writer, words: dict[str, str]) -> None:
    """Actuals beside this year's budget (and last year's actuals)."""
    t = w.truth
    y = t.year
    prior = w.choices["budget_cols"] == "beside_prior"
    head = ["项目", *([f"{y - 1}年决算数"] if prior else []), f"{y}年预算数", f"{y}年决算数"]
    lines = [
        (words["spending"], "spending", t.prior_total, t.budget_adjusted, t.total("spending")),
        ("基本支出", "basic", t.prior_basic, t.budget_basic, t.total("basic")),
        ("项目支出", "project", t.prior_project, t.budget_project, t.total("project")),
    ]
    rows = [head]
    for label, key, p, b, a in lines:
        rows.append(
            [
                label,
                *([w.money(f"t.budget.{key}.prior", p, "table")] if prior else []),
                w.money(f"t.budget.{key}.budget", b, "table"),
                w.money(f"t.budget.{key}.actual", a, "table"),
            ]
        )
    w.table(rows, _caption(w, "caption.budget", "收支预算执行情况"))


def _sangong_tables(w: Writer) -> None:
    t = w.truth
    y = t.year
    qual = w.choices["sangong_qual"]
    unit = w.unit("table")
    if qual == "header":
        rows = [
            ["项目", "预算数", "决算数"],
            [
                "“三公”经费合计",
                w.money("t.sg.budget", t.sangong_budget, "table"),
                w.money("t.sg.actual", t.sangong_actual, "table"),
            ],
            [
                "公务接待费",
                w.money("t.sg.budget.reception", t.sangong_budget_reception, "table"),
                w.money("t.sg.reception", t.sangong_reception, "table", part=True),
            ],
            [
                "公务用车运行维护费",
                w.money("t.sg.budget.vehicle", t.sangong_budget_vehicle, "table"),
                w.money("t.sg.vehicle", t.sangong_vehicle, "table", part=True),
            ],
            ["公务用车购置费", "0", "0"],
            ["因公出国（境）费用", "0", "0"],
        ]
        w.table(
            rows,
            f"表{_next_table(w)}：{w.year('caption.sangong', y)}年度“三公”经费预决算情况（单位：{unit}）",
        )
        return
    rows = [
        [
            "单位名称",
            "“三公”经费合计",
            "公务接待费",
            "公务用车运行维护费",
            "公务用车购置费",
            "因公出国（境）费用",
        ],
        [
            t.dept.name,
            w.money("t.sg.actual", t.sangong_actual, "table"),
            w.money("t.sg.reception", t.sangong_reception, "table", part=True),
            w.money("t.sg.vehicle", t.sangong_vehicle, "table", part=True),
            "0",
            "0",
        ],
    ]
    w.table(
        rows,
        f"表{_next_table(w)}：{w.year('caption.sangong', y)}年度“三公”经费支出情况（单位：{unit}）",
    )
    if qual == "label":
        w.table(
            [
                ["项目", f"金额（{unit}）"],
                ["上年度“三公”经费预算数", w.money("t.sg.prior", t.sangong_prior_budget, "table")],
                ["本年度“三公”经费预算数", w.money("t.sg.budget", t.sangong_budget, "table")],
                ["本年度“三公”经费实际支出数", w.money("t.sg.actual", t.sangong_actual, "table")],
            ],
            f"表{_next_table(w)}：“三公”经费预算与支出对比",
        )
    elif qual == "caption":
        prior_vehicle = t.sangong_prior_budget - t.sangong_prior_reception
        for year_slot, yy, total, rec, veh, key in (
            (
                "caption.sgprior",
                y - 1,
                t.sangong_prior_budget,
                t.sangong_prior_reception,
                prior_vehicle,
                "prior",
            ),
            (
                "caption.sgbudget",
                y,
                t.sangong_budget,
                t.sangong_budget_reception,
                t.sangong_budget_vehicle,
                "budget",
            ),
        ):
            w.table(
                [
                    ["“三公”经费合计", "公务接待费", "公务用车运行维护费"],
                    [
                        w.money(f"t.sg.{key}", total, "table"),
                        w.money(f"t.sg.{key}.reception", rec, "table"),
                        w.money(f"t.sg.{key}.vehicle", veh, "table"),
                    ],
                ],
                f"表{_next_table(w)}：{w.year(year_slot, yy)}年度“三公”经费预算（单位：{unit}）",
            )


def _prose_finance(w: Writer, words: dict[str, str]) -> None:
    t = w.truth
    y = t.year
    pu = w.unit("prose")
    tu = w.total_unit()
    w.heading(3, "（一）人员情况")
    staff = f"截至{y}年末，{t.dept.self_name}{words['quota']}{w.count('p.quota', t.staff_quota)}名。年末{words['actual']}{w.count('p.actual', t.staff_actual)}名"
    if w.choices["qizhong_subset"] == "text":
        staff += f"，其中女性{t.women}名、中共党员{t.members}名"
    w.para(staff + "。")
    if w.choices["unit_staff"] == "own":  # one unit's own figures: a part, not the whole
        u = t.units[0]
        w.para(f"{u.name}{words['quota']}{u.staff_quota}名，{words['actual']}{u.staff_actual}名。")
    w.heading(3, "（二）收入情况")
    w.para(
        f"{y}年度{words['income']}{w.money('p.income', t.total_income, 'prose', unit=tu)}{tu}，其中：{words['fiscal']}"
        f"{w.money('p.fiscal', t.total('fiscal'), 'prose')}{pu}，{words['fund']}{w.money('p.fund', t.total('fund'), 'prose')}{pu}，"
        f"{words['other']}{w.money('p.other', t.total('other'), 'prose')}{pu}。"
    )
    if w.choices["income_layout"] == "carryover":
        carry = w.money("p.carry", t.total("carryover"), "prose")
        w.para(
            f"另有上年结转{carry}{pu}，收入总计"
            f"{w.money('p.grand', t.total_income + t.total('carryover'), 'prose')}{pu}；"
            f"年末结转结余{carry}{pu}。"
        )
    w.heading(3, "（三）支出情况")
    w.para(
        f"{y}年度{words['spending']}{w.money('p.spending', t.total('spending'), 'prose', unit=tu)}{tu}，其中基本支出"
        f"{w.money('p.basic', t.total('basic'), 'prose')}{pu}，项目支出{w.money('p.project', t.total('project'), 'prose')}{pu}。"
    )
    if w.choices["row_sentence"] == "yes":
        w.para(
            f"基本支出{y - 1}年决算{w.money('p.row.prior', t.prior_basic, 'prose')}{pu}、{y}年预算"
            f"{w.money('p.row.budget', t.budget_basic, 'prose')}{pu}、{y}年决算{w.money('p.row.actual', t.total('basic'), 'prose')}{pu}。"
        )
    parts = "、".join(
        f"{name}{w.money(f'p.project.{i}', value, 'prose', part=True)}{pu}"
        for i, (name, value) in enumerate(t.project_parts)
    )
    w.para(f"项目支出{w.money('p.project', t.total('project'), 'prose')}{pu}，其中：{parts}。")


def _indicator(w: Writer, words: dict[str, str], path: tuple[int, ...], ind: Indicator) -> None:
    t = w.truth
    y = t.year
    pu = w.unit("prose")
    formula = w.choices["rate_style"] == "formula"
    w.numbered(path, f"{ind.name}（{fmt.score(ind.maximum)}分）", item=True)
    body: list[str] = []
    if ind.name == "在职人员控制率":
        q = w.count("p.quota.f", t.staff_quota)
        a = w.count("p.actual.f", t.staff_actual)
        r = w.rate("rate.staff", rate(t.staff_actual, t.staff_quota))
        if formula:
            body.append(
                f"在职人员控制率=（{words['actual']}/{words['quota']}）×100%={a}/{q}×100%={r}。"
            )
        else:
            body.append(f"年末{words['actual']}{a}名，{words['quota']}{q}名，在职人员控制率为{r}。")
    elif ind.name == "“三公经费”控制率":
        if w.choices["sangong_qual"] in ("clause", "clause_incl"):
            joiner = "包括" if w.choices["sangong_qual"] == "clause_incl" else "其中"
            body.append(
                f"{y - 1}年度“三公经费”预算{w.money('p.sg.prior', t.sangong_prior_budget, 'prose')}{pu}；"
                f"{y}年度“三公经费”预算{w.money('p.sg.budget', t.sangong_budget, 'prose')}{pu}，{joiner}公务接待费"
                f"{w.money('p.sg.budget.reception', t.sangong_budget_reception, 'prose')}{pu}、公务用车运行维护费"
                f"{w.money('p.sg.budget.vehicle', t.sangong_budget_vehicle, 'prose')}{pu}。"
            )
        actual = w.money("p.sg.actual", t.sangong_actual, "prose")
        budget = w.money("p.sg.budget.f", t.sangong_budget, "prose")
        r = w.rate("rate.sangong", rate(t.sangong_actual, t.sangong_budget))
        if formula:
            body.append(
                f"“三公经费”控制率=“三公经费”实际支出数/“三公经费”预算数×100%={actual}/{budget}×100%={r}。"
            )
        else:
            body.append(
                f"“三公”经费实际支出{actual}{pu}，预算{budget}{pu}，“三公经费”控制率为{r}。"
            )
    elif ind.name == "预算执行率":
        body.append(
            f"{y}年年初预算{w.money('p.b.initial', t.budget_initial, 'prose')}{pu}，年中追加预算"
            f"{w.money('p.b.added', t.budget_added, 'prose')}{pu}，调整后预算{w.money('p.b.adjusted', t.budget_adjusted, 'prose')}{pu}；"
            f"全年实际支出{w.money('p.b.actual', t.total('spending'), 'prose')}{pu}。"
        )
        r = w.rate("rate.exec", rate(t.total("spending"), t.budget_adjusted))
        if formula:
            body.append(
                f"预算执行率=实际支出数/调整后预算数×100%={w.money('p.b.actual', t.total('spending'), 'prose')}/"
                f"{w.money('p.b.adjusted', t.budget_adjusted, 'prose')}×100%={r}。"
            )
        else:
            body.append(f"预算执行率为{r}。")
    elif ind.name == "政府采购执行率":
        pb = w.money("p.proc.budget", t.procurement_budget, "prose")
        pa = w.money("p.proc.actual", t.procurement_actual, "prose")
        r = w.rate("rate.proc", rate(t.procurement_actual, t.procurement_budget))
        if formula:
            body.append(f"政府采购执行率=实际采购金额/政府采购预算×100%={pa}/{pb}×100%={r}。")
        else:
            body.append(f"全年政府采购预算{pb}{pu}，实际采购金额{pa}{pu}，政府采购执行率{r}。")
    elif ind.name == "服务对象满意度":
        r = w.rate("rate.survey", rate(t.survey_satisfied, t.survey_valid))
        body.append(
            f"{t.dept.self_name}以问卷方式开展满意度调查，收回有效问卷{t.survey_valid}份，其中表示满意的"
            f"{t.survey_satisfied}份，服务对象满意度为{r}。"
        )
    else:
        body.append(f"{t.dept.self_name}围绕{ind.name}开展工作，相关制度和程序执行到位。")
        if ind.deduction:
            body.append(f"因部分工作不够细致，{ind.deduction}。")
    if ind.rule and w.choices["rules_as"] == "sentence":
        body.append(f"评分标准：{rule_text(w, ind)}")
    given = w.score(f"score.{ind.name}", ind.score)
    body.append(SCORE_PHRASES[w.choices["score_phrase"]].format(given))
    w.para("".join(body))


SCORE_PHRASES = {"计": "故本项计{}分。", "得": "按评分标准得{}分。", "为": "该指标得分为{}分。"}

SYMBOL_RULES = {
    "在职人员控制率": "在职人员控制率x≤100%，计5分；x＞100%，每超出1个百分点扣0.5分，扣完为止。",
    "“三公经费”控制率": "“三公经费”控制率x≤100%，计5分；x＞100%，每超出1个百分点扣1分，扣完为止。",
    "预算执行率": "95%≤x≤100%，计10分；90%≤x＜95%，计8分；x＜90%，计6分（x为预算执行率）。",
    "政府采购执行率": "x=100%，计5分；95%≤x＜100%，计4分；x＜95%，计3分（x为政府采购执行率）。",
    "服务对象满意度": "x≥90%，计10分；80%≤x＜90%，计8分；x＜80%，计6分（x为满意度）。",
}
"""The same rules as ``truth``'s, written with an inequality on x."""


def rule_text(w: Writer, ind: Indicator) -> str:
    """An indicator's scoring rule in the chosen band style."""
    if w.choices["band_style"] == "symbols":
        return SYMBOL_RULES[ind.name]
    return ind.rule


def _score_sheet(w: Writer) -> None:
    t = w.truth
    column = w.choices["rules_as"] == "column"
    w.heading(2, f"{w.year('caption.sheet', t.year)}年度部门整体支出绩效自评指标评分表")
    head = ["一级指标", "二级指标", "分值", *(["评分标准"] if column else []), "得分"]
    body: list[list[str]] = []
    for group, items in _groups(t.indicators).items():
        for i, ind in enumerate(items):
            rule = [rule_text(w, ind) if ind.rule else ""] if column else []
            body.append(
                [
                    group if i == 0 else "",
                    ind.name,
                    fmt.score(ind.maximum),
                    *rule,
                    w.score(f"score.{ind.name}", ind.score),
                ]
            )
        if w.choices["sheet_subtotal"] == "yes":
            subtotal = sum((i.score for i in items), Decimal(0))
            maximum = sum((i.maximum for i in items), Decimal(0))
            overrides = sum(
                (Decimal(w.overrides.get(f"score.{i.name}", i.score)) - i.score for i in items),
                Decimal(0),
            )
            body.append(
                [
                    "小计",
                    "",
                    fmt.score(maximum),
                    *([""] if column else []),
                    fmt.score(subtotal + overrides),
                ]
            )
    total = [
        "合计",
        "",
        fmt.score(t.maximum_total),
        *([""] if column else []),
        w.score("score_total", t.score_total, "total"),
    ]
    top = w.choices["sheet_total"] == "top"
    once = w.choices["rules_as"] in ("paragraph", "formula")
    if (
        once and not top
    ):  # the rules stated once above the sheet (below it when its total is on top)
        _rules_once(w)
    rows = [head, total, *body] if top else [head, *body, total]
    w.table(rows)
    if once and top:
        _rules_once(w)


def _signature(w: Writer) -> None:
    t = w.truth
    when = w.day("sign_date", t.sign_date)
    if w.choices["signature"] == "labeled":
        w.lines += ["评价组组长（签字）：林志远  ", when, ""]
        w.lines += [f"部门（单位）（盖章）：{t.dept.name}  ", when, ""]
    else:
        w.lines += [f"{t.dept.name}  ", when, ""]


def _groups(indicators: list[Indicator]) -> dict[str, list[Indicator]]:
    """Indicators by their 一级指标 class, in sheet order."""
    groups: dict[str, list[Indicator]] = {}
    for ind in indicators:
        groups.setdefault(ind.group, []).append(ind)
    return groups


def _class_points(w: Writer, c: int, group: str, items: list[Indicator]) -> None:
    """A class stating its own points before its indicators (never an indicator's score)."""
    maximum = fmt.score(sum((i.maximum for i in items), Decimal(0)))
    scored = sum((Decimal(w.overrides.get(f"score.{i.name}", i.score)) for i in items), Decimal(0))
    points = w.score(f"class.{group}", scored, "class")
    if w.choices["class_points"] == "heading":
        w.numbered((3, c), f"{group}（{maximum}分，得{points}分）")
        return
    w.numbered((3, c), f"{group}类指标")
    w.para(f"{group}类指标满分{maximum}分，自评得分{points}分，各项指标得分情况如下。")


FORMULA_RULE = (
    "评分方法：在职人员控制率、“三公经费”控制率≤100%的得满分，每超出1个百分点扣1分；"
    "预算执行率、政府采购执行率、服务对象满意度按“得分 = 分值 × 完成率”计算，保留两位小数。"
)


def _rules_once(w: Writer) -> None:
    """The scoring standard of every indicator stated once, in one paragraph."""
    if w.choices["rules_as"] == "formula":
        w.para(FORMULA_RULE)
        return
    clauses = []
    for ind in w.truth.indicators:
        if ind.rule:
            text = rule_text(w, ind).rstrip("。")
            clauses.append(text if text.startswith(ind.name) else f"{ind.name}：{text}")
    w.para("评分标准：" + "；".join(clauses) + "。")


def _summary(w: Writer, words: dict[str, str], *, top: bool) -> None:
    """The department's totals restated in 万元 or 亿元 (a summary at the top, the conclusion)."""
    t = w.truth
    unit = "万元" if w.choices["restate"] == "wan" else "亿元"
    which = "summary" if top else "concl"
    income = w.money(f"p.{which}.income", t.total_income, "prose", unit=unit)
    spending = w.money(f"p.{which}.spending", t.total("spending"), "prose", unit=unit)
    execution = rate(t.total("spending"), t.budget_adjusted)
    if top:
        w.para(
            f"报告摘要：{t.year}年度{t.dept.self_name}{words['income']}{income}{unit}，"
            f"{words['spending']}{spending}{unit}，预算执行率{fmt.percent(execution)}。"
        )
        return
    w.para(
        f"综上，{t.dept.self_name}{t.year}年度收入{income}{unit}、支出{spending}{unit}，"
        f"收支基本平衡，资金使用总体规范。"
    )


def _balance_table(w: Writer, words: dict[str, str]) -> None:
    """收入总计 = 支出合计 + 年末结转和结余: per unit, or the 收支 sides side by side."""
    t = w.truth
    grand = t.total_income + t.total("carryover")
    if w.choices["income_layout"] == "side":
        u = w.unit("table")
        m = lambda name, v: w.money(f"t.side.{name}", v, "table")  # noqa: E731
        rows = [
            ["收入", "", "支出", ""],
            ["项目", "决算数", "项目", "决算数"],
            [
                words["fiscal"],
                m("fiscal", t.total("fiscal")),
                "基本支出",
                m("basic", t.total("basic")),
            ],
            [
                words["fund"],
                m("fund", t.total("fund")),
                "项目支出",
                m("project", t.total("project")),
            ],
            [words["other"], m("other", t.total("other")), "", ""],
            [
                "本年收入合计",
                m("income", t.total_income),
                "本年支出合计",
                m("spending", t.total("spending")),
            ],
            [
                "上年结转",
                m("carry", t.total("carryover")),
                "年末结转和结余",
                m("balance", t.total("carryover")),
            ],
            ["收入总计", m("grand", grand), "支出总计", m("grand.out", grand)],
        ]
        w.table(
            rows,
            f"表{_next_table(w)}：{w.year('caption.side', t.year)}年度收支决算总表（单位：{u}）",
        )
        return
    rows = [["单位名称", "收入总计", words["spending"], "年末结转和结余"]]
    body = [
        [
            label,
            w.money(f"t.bal.{i}.grand", t.units[i].income + t.units[i].carryover, "table"),
            w.money(f"t.bal.{i}.spending", t.units[i].spending, "table"),
            w.money(f"t.bal.{i}.balance", t.units[i].carryover, "table"),
        ]
        for label, i in _unit_rows(w)
        if i is not None
    ]
    total = [
        _total_label(w, words),
        w.money("t.bal.total.grand", grand, "table"),
        w.money("t.bal.total.spending", t.total("spending"), "table"),
        w.money("t.bal.total.balance", t.total("carryover"), "table"),
    ]
    w.table([*rows, *_ordered(w, total, body)], _caption(w, "caption.balance", "收支平衡情况"))


FUNCTION_CLASSES = {
    "forestry": ("213", "农林水支出", "21302", "林业和草原", "21301", "农业农村"),
    "hrss": (
        "208",
        "社会保障和就业支出",
        "20801",
        "人力资源和社会保障管理事务",
        "20807",
        "就业补助",
    ),
    "township": (
        "201",
        "一般公共服务支出",
        "20103",
        "政府办公厅（室）及相关机构事务",
        "20199",
        "其他一般公共服务支出",
    ),
    "health": ("210", "卫生健康支出", "21001", "卫生健康管理事务", "21004", "公共卫生"),
    "sports": (
        "207",
        "文化旅游体育与传媒支出",
        "20703",
        "体育",
        "20799",
        "其他文化旅游体育与传媒支出",
    ),
}
"""Department -> its main function class and that class's two child classes."""


def _hundreds(value: Decimal) -> Decimal:
    return (value / 100).quantize(Decimal(1)) * 100


def function_rows(t: Truth) -> list[tuple[str, str, Decimal, bool]]:
    """(code, name, amount, is a child row) of the spending by function class."""
    personnel = t.total("personnel")
    pension = _hundreds(personnel * Decimal("0.12"))
    housing = _hundreds(personnel * Decimal("0.08"))
    occupational = _hundreds(pension * Decimal("0.3"))
    main = t.total("spending") - pension - housing
    code, name, c1, n1, c2, n2 = FUNCTION_CLASSES[t.dept_key]
    running = t.total("basic") - pension - housing
    pensions = [
        ("2080505", "机关事业单位基本养老保险缴费支出", pension - occupational, True),
        ("2080506", "机关事业单位职业年金缴费支出", occupational, True),
    ]
    own = [(code, name, main, False), (c1, n1, running, True), (c2, n2, t.total("project"), True)]
    if code == "208":  # the department's own class holds the pensions too
        own = [(code, name, main + pension, False), *own[1:]]
        own.append(("20805", "行政事业单位养老支出", pension, True))
    else:
        own += [("208", "社会保障和就业支出", pension, False), *pensions]
    return [*own, ("221", "住房保障支出", housing, False), ("22102", "住房改革支出", housing, True)]


def _function_table(w: Writer, words: dict[str, str]) -> None:
    """Spending by function class; the child rows plain or prefixed ``其中：``."""
    t = w.truth
    prefix = w.choices["child_rows"] == "qizhong"
    rows = [["科目编码", "科目名称", "决算数"]]
    body: list[list[str]] = []
    first_child = False
    for i, (code, name, value, child) in enumerate(function_rows(t)):
        label = name
        if child and prefix and first_child:
            label = f"其中：{name}"
        first_child = not child
        body.append([code, label, w.money(f"t.func.{i}", value, "table")])
    total = [_total_label(w, words), "", w.money("t.func.total", t.total("spending"), "table")]
    w.table(
        [*rows, *_ordered(w, total, body)],
        _caption(w, "caption.func", "支出决算（按功能分类）情况"),
    )
