"""Seeded layouts of total columns and rows: clean tables give no AR001, one changed
cell gives one (before the structure hypotheses: 89 of 400 column cases and 104 of 400
row cases failed).

Each case draws, independently: the total column's header, 2–4 top-level parts, one
of them (or none) owning 2–3 columns after it announced by ``其中：`` or by a
``…小计`` header, 1–4 unit rows, a 合计 row at the top, the bottom or nowhere, and
figures in 万元 with decimals or in 元 with thousands separators. The oracle is
metamorphic: the clean table adds up under its true structure, so the reader must
find that structure among its hypotheses; changing one leaf cell must be reported.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from helpers import audit_text

from auditor.findings import Severity

pytestmark = pytest.mark.fuzz  # 800 cases, about 20 s: run with --all (CI)

TOTALS = ["支出合计", "本年支出合计", "收入总计", "合计"]
LEAVES = ["基本支出", "项目支出", "财政拨款", "事业收入", "其他收入", "经营收入", "上年结转"]
CHILDREN = ["人员经费", "公用经费", "工资福利", "商品服务", "对个人补助"]
UNITS = ["局机关", "监测站", "服务中心", "执法大队"]


def _table(seed: int) -> tuple[str, str]:
    """A clean table and the same table with one leaf cell changed."""
    rng = random.Random(seed)
    yuan = rng.random() < 0.5
    n_top = rng.randint(2, 4)
    tops = rng.sample(LEAVES, n_top)
    owner = rng.randrange(n_top) if rng.random() < 0.6 else None
    n_kids = rng.randint(2, 3)
    kids = rng.sample(CHILDREN, n_kids)
    cue = rng.choice(["qizhong", "subtotal"])
    header = [rng.choice(TOTALS)]
    layout: list[tuple[str, int | None]] = []  # (header, index of top) per part column
    for i, name in enumerate(tops):
        if i == owner:
            header.append(f"{name}小计" if cue == "subtotal" else name)
            layout.append((header[-1], i))
            for j, kid in enumerate(kids):
                header.append(f"其中：{kid}" if cue == "qizhong" and j == 0 else kid)
                layout.append((header[-1], None))
        else:
            header.append(name)
            layout.append((name, i))
    units = rng.sample(UNITS, rng.randint(1, 4))

    def amount() -> Decimal:
        return (
            Decimal(rng.randint(1000, 900000)) if yuan else Decimal(rng.randint(100, 90000)) / 100
        )

    rows: list[list[Decimal]] = []
    for _ in units:
        kid_values = [amount() for _ in kids]
        top_values = [sum(kid_values, Decimal(0)) if i == owner else amount() for i in range(n_top)]
        cells = [sum(top_values, Decimal(0))]
        for i in range(n_top):
            cells.append(top_values[i])
            if i == owner:
                cells.extend(kid_values)
        rows.append(cells)
    where = rng.choice(["top", "bottom", "none"]) if len(units) > 1 else "none"
    total_row = [sum(col, Decimal(0)) for col in zip(*rows, strict=True)]

    def text(values: list[list[Decimal]]) -> str:
        def show(v: Decimal) -> str:
            return f"{v:,.0f}" if yuan else f"{v:.2f}"

        lines = [
            f"支出情况表（单位：{'元' if yuan else '万元'}）",
            "| 单位 | " + " | ".join(header) + " |",
        ]
        body = [
            f"| {u} | " + " | ".join(show(v) for v in row) + " |"
            for u, row in zip(units, values, strict=True)
        ]
        total = (
            "| 合计 | "
            + " | ".join(show(v) for v in [sum(c, Decimal(0)) for c in zip(*values, strict=True)])
            + " |"
        )
        if where == "top":
            body.insert(0, total)
        elif where == "bottom":
            body.append(total)
        return "\n".join(lines + body) + "\n"

    clean = text(rows)
    # Change one top-level leaf (a part without children) in one unit row.
    leaves = [k + 1 for k, (_, top) in enumerate(layout) if top is not None and top != owner]
    r = rng.randrange(len(rows))
    c = rng.choice(leaves)
    changed = [row[:] for row in rows]
    changed[r][c] += Decimal(rng.choice([37, 113, 271])) if yuan else Decimal("3.71")
    # Keep the changed table's 合计 row consistent with the unit rows except where the
    # change breaks it: text() recomputes it from the changed rows, so restore it.
    defect = text(changed)
    if where != "none":
        original_total = (
            "| 合计 | "
            + " | ".join((f"{v:,.0f}" if yuan else f"{v:.2f}") for v in total_row)
            + " |"
        )
        changed_total = (
            "| 合计 | "
            + " | ".join(
                (f"{v:,.0f}" if yuan else f"{v:.2f}")
                for v in [sum(col, Decimal(0)) for col in zip(*changed, strict=True)]
            )
            + " |"
        )
        defect = defect.replace(changed_total, original_total)
    return clean, defect


SEEDS = range(200)


@pytest.mark.parametrize("seed", SEEDS)
def test_clean_table_gives_no_total_finding(seed: int) -> None:
    clean, _ = _table(seed)
    found = [f for f in audit_text(clean, ["AR001"]) if f.severity is not Severity.INFO]
    assert found == [], clean


@pytest.mark.parametrize("seed", SEEDS)
def test_one_changed_cell_is_reported(seed: int) -> None:
    _, defect = _table(seed)
    found = [f for f in audit_text(defect, ["AR001"]) if f.severity is Severity.ERROR]
    assert found, defect


ROW_TOTALS = ["收入总计", "支出合计", "合计", "总计"]
ROW_LEAVES = ["一般公共预算拨款", "政府性基金拨款", "事业收入", "其他收入", "上年结转", "项目支出"]
ROW_KIDS = ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"]
COLUMNS = ["年初预算数", "调整后预算数", "决算数", "上年决算数"]


def _row_table(seed: int) -> tuple[str, str]:
    """A table whose rows nest: a ``…小计`` row or a row followed by ``其中：`` rows."""
    rng = random.Random(10_000 + seed)
    yuan = rng.random() < 0.5
    tops = rng.sample(ROW_LEAVES, rng.randint(2, 4))
    owner = rng.randrange(len(tops)) if rng.random() < 0.7 else None
    kids = rng.sample(ROW_KIDS, rng.randint(2, 3))
    cue = rng.choice(["qizhong", "subtotal"])
    complete = cue == "subtotal" or rng.random() < 0.5  # a 其中 list may be a subset
    cols = rng.sample(COLUMNS, rng.randint(2, 3))

    def amount() -> Decimal:
        return (
            Decimal(rng.randint(1000, 900000)) if yuan else Decimal(rng.randint(100, 90000)) / 100
        )

    labels: list[str] = []
    values: list[list[Decimal]] = []
    leaf_rows: list[int] = []
    for i, name in enumerate(tops):
        if i == owner:
            kid_values = [[amount() for _ in cols] for _ in kids]
            parent = [sum(k[c] for k in kid_values) for c in range(len(cols))]
            if not complete:
                parent = [p + amount() for p in parent]
            labels.append(f"本年{name}小计" if cue == "subtotal" else name)
            values.append(parent)
            for j, kid in enumerate(kids):
                labels.append(f"其中：{kid}" if cue == "qizhong" and j == 0 else kid)
                values.append(kid_values[j])
        else:
            leaf_rows.append(len(labels))
            labels.append(name)
            values.append([amount() for _ in cols])
    top_rows = [k for k, lab in enumerate(labels) if lab in tops or lab.startswith("本年")]
    total = [sum(values[k][c] for k in top_rows) for c in range(len(cols))]
    total_label = rng.choice(ROW_TOTALS)
    on_top = rng.random() < 0.5

    def text(table: list[list[Decimal]]) -> str:
        def show(v: Decimal) -> str:
            return f"{v:,.0f}" if yuan else f"{v:.2f}"

        body = [
            f"| {lab} | " + " | ".join(show(v) for v in row) + " |"
            for lab, row in zip(labels, table, strict=True)
        ]
        line = f"| {total_label} | " + " | ".join(show(v) for v in total) + " |"
        body = [line, *body] if on_top else [*body, line]
        head = (
            f"收支决算表（单位：{'元' if yuan else '万元'}）\n| 项目 | " + " | ".join(cols) + " |\n"
        )
        return head + "\n".join(body) + "\n"

    changed = [row[:] for row in values]
    r = rng.choice(leaf_rows)
    changed[r][rng.randrange(len(cols))] += (
        Decimal(rng.choice([37, 113, 271])) if yuan else Decimal("3.71")
    )
    return text(values), text(changed)


@pytest.mark.parametrize("seed", SEEDS)
def test_clean_row_structure_gives_no_total_finding(seed: int) -> None:
    clean, _ = _row_table(seed)
    found = [f for f in audit_text(clean, ["AR001"]) if f.severity is not Severity.INFO]
    assert found == [], clean


@pytest.mark.parametrize("seed", SEEDS)
def test_one_changed_row_cell_is_reported(seed: int) -> None:
    _, defect = _row_table(seed)
    found = [f for f in audit_text(defect, ["AR001"]) if f.severity is Severity.ERROR]
    assert found, defect


GROUPS = {
    "人": [
        ("编制数", ["行政", "事业", "工勤"]),
        ("实有人数", ["在编", "编外"]),
        ("年末在职", ["行政", "事业"]),
        ("聘用人员", ["长期", "临时"]),
    ],
    "万元": [
        ("基本支出", ["人员经费", "公用经费"]),
        ("项目支出", ["专项业务费", "设备购置费", "工程建设费"]),
        ("本年收入", ["财政拨款", "事业收入", "其他收入"]),
        ("财政拨款收入", ["一般公共预算", "政府性基金"]),
    ],
}
PLAIN = {"人": ["离退休人员", "遗属"], "万元": ["上年结转", "经营支出"]}


def _group_table(seed: int) -> tuple[str, str]:
    """A table with spanning group headers over part columns, and one changed cell.

    ``编制数`` over ``行政 | 事业``: 1–3 groups of 2–3 sub-columns and 0–2 plain columns,
    1–4 unit rows, a 合计 row at the top or bottom that writes each group's value once
    (then empty cells, as a text table shows a merged cell) or once per sub-column.
    """
    rng = random.Random(20_000 + seed)
    unit = rng.choice(["人", "万元"])
    groups = [
        (name, rng.sample(kids, rng.randint(2, len(kids))))
        for name, kids in rng.sample(GROUPS[unit], rng.randint(1, min(3, len(GROUPS[unit]))))
    ]
    plain = rng.sample(PLAIN[unit], rng.randint(0, 2))
    units = rng.sample(UNITS, rng.randint(1, 4))
    once = rng.random() < 0.7  # the 合计 writes one value per group
    on_top = rng.random() < 0.3

    def amount() -> Decimal:
        if unit == "人":
            return Decimal(rng.randint(0, 60))
        return Decimal(rng.randint(100, 90000)) / 100

    width = sum(len(kids) for _, kids in groups) + len(plain)
    rows = [[amount() for _ in range(width)] for _ in units]

    def show(v: Decimal | None) -> str:
        if v is None:
            return ""
        return f"{v:.0f}" if unit == "人" else f"{v:.2f}"

    def text(table: list[list[Decimal]], bump: Decimal) -> str:
        head = ["单位"]
        sub = [""]
        for name, kids in groups:
            head.extend([name] + [""] * (len(kids) - 1))
            sub.extend(kids)
        head.extend(plain)
        sub.extend([""] * len(plain))
        sums = [sum(col, Decimal(0)) for col in zip(*table, strict=True)]
        total: list[Decimal | None] = []
        k = 0
        for i, (_, kids) in enumerate(groups):
            part = sums[k : k + len(kids)]
            if once:
                value = sum(part, Decimal(0)) + (bump if i == 0 else 0)
                total.extend([value] + [None] * (len(kids) - 1))
            else:
                total.extend([part[0] + (bump if i == 0 else 0), *part[1:]])
            k += len(kids)
        total.extend(sums[k:])
        body = [
            f"| {u} | " + " | ".join(show(v) for v in row) + " |"
            for u, row in zip(units, table, strict=True)
        ]
        line = "| 合计 | " + " | ".join(show(v) for v in total) + " |"
        body = [line, *body] if on_top else [*body, line]
        caption = f"人员及支出情况表（单位：{unit}）"
        return (
            "\n".join(
                [caption, "| " + " | ".join(head) + " |", "| " + " | ".join(sub) + " |", *body]
            )
            + "\n"
        )

    step = Decimal(rng.choice([1, 2, 3])) if unit == "人" else Decimal("3.71")
    return text(rows, Decimal(0)), text(rows, step)


GROUP_SEEDS = range(120)


@pytest.mark.parametrize("seed", GROUP_SEEDS)
def test_clean_group_header_table_gives_no_finding(seed: int) -> None:
    clean, _ = _group_table(seed)
    found = [
        f"{f.rule} {f.message}"
        for f in audit_text(clean, ["AR001", "IC001"])
        if f.severity is not Severity.INFO
    ]
    assert found == [], clean


@pytest.mark.parametrize("seed", GROUP_SEEDS)
def test_group_total_off_by_some_is_reported(seed: int) -> None:
    _, defect = _group_table(seed)
    found = [f for f in audit_text(defect, ["AR001"]) if f.severity is not Severity.INFO]
    assert found, defect
