"""Shared helpers for round 25: Decimal arithmetic, number formats and the shape of the
Ministry of Finance's 部门整体支出绩效自评表 (laid out differently per case)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from render import Table

D = Decimal


def q(x: Decimal, places: str = "0.01") -> Decimal:
    return x.quantize(D(places), ROUND_HALF_UP)


def pct(a: Decimal, b: Decimal, places: str = "0.01") -> Decimal:
    """a/b as a percentage, rounded half up."""
    return q(a / b * 100, places)


def m(x: Decimal, comma: bool = True) -> str:
    """money with two decimals, optionally with thousands separators"""
    return format(q(x), ",.2f" if comma else ".2f")


def n(x: int | Decimal, comma: bool = True) -> str:
    return format(x, ",") if comma else str(x)


def p(x: Decimal) -> str:
    return f"{x}%"


def s(x: Decimal) -> str:
    """a score: drop trailing zeros (9.50 -> 9.5, 10.00 -> 10)"""
    t = format(x.normalize(), "f")
    return t


def exec_score(rate: Decimal, maximum: Decimal = D(10)) -> Decimal:
    """预算执行率得分 = 执行率 × 分值，最高不超过分值"""
    return min(maximum, q(rate * maximum / 100))


def grade(total: Decimal) -> str:
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def merge_runs(rows: list[list[str]], col: int, r0: int, merges: list, *, upto: int | None = None) -> None:
    """vertical merges of equal consecutive cells in one column, rows r0.. (table coordinates)"""
    r = 0
    while r < len(rows):
        k = r
        while k + 1 < len(rows) and rows[k + 1][col] == rows[r][col] and rows[r][col]:
            k += 1
        if k > r:
            merges.append((r0 + r, col, r0 + k, col))
        r = k + 1


def check_sheet(inds, exec_max: Decimal, exec_sc: Decimal):
    """sum of maxima and scores of an indicator list [(l1,l2,l3,target,actual,max,score,reason)]"""
    mx = sum(D(i[5]) for i in inds) + exec_max
    sc = sum(D(i[6]) for i in inds) + exec_sc
    return mx, sc


def std_form(*, unit: str, funds, goals, inds, total_cells, money_label="年度资金总额（万元）",
             head_rows=None, merge=True, split: int | None = None, l1_with_max=False) -> list[Table]:
    """The standard sheet in nine columns (MoF layout). funds: [(name, 年初, 全年, 执行, 分值, 执行率,
    得分)] strings; goals: [(预期目标, 实际完成情况)]; inds: [(一级, 二级, 三级, 年度指标值, 全年实际值,
    分值, 得分, 偏差原因)]; total_cells: (label, 分值, 得分). With ``split`` the indicator rows from that
    index on go into a second table (a sheet broken over a page) with the header repeated."""
    rows: list[list[str]] = []
    mg: list = []
    rows.append(["部门（单位）名称", unit] + [""] * 7)
    mg.append((0, 1, 0, 8))
    for hr in head_rows or []:
        r = len(rows)
        rows.append([hr[0], hr[1], "", "", "", hr[2], hr[3], "", ""])
        mg += [(r, 1, r, 4), (r, 6, r, 8)]
    f0 = len(rows)
    rows.append([money_label, "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    mg.append((f0, 1, f0, 2))
    for f in funds:
        r = len(rows)
        rows.append([money_label, f[0], ""] + list(f[1:]))
        mg.append((r, 1, r, 2))
    mg.append((f0, 0, len(rows) - 1, 0))
    g0 = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    mg += [(g0, 1, g0, 4), (g0, 5, g0, 8)]
    for a, b in goals:
        r = len(rows)
        rows.append(["年度总体目标", a, "", "", "", b, "", "", ""])
        mg += [(r, 1, r, 4), (r, 5, r, 8)]
    mg.append((g0, 0, len(rows) - 1, 0))
    hdr = ["年度绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分",
           "偏差原因分析及改进措施"]
    first = inds if split is None else inds[:split]
    rest = [] if split is None else inds[split:]

    def body(rows, mg, part):
        i0 = len(rows)
        rows.append(list(hdr))
        for it in part:
            rows.append(["年度绩效指标"] + list(it))
        if merge:
            sub = [r[1:3] for r in rows[i0 + 1:]]
            merge_runs([[x[0]] for x in sub], 0, i0 + 1, mg2 := [])
            for a, _, b, _ in mg2:
                mg.append((a, 1, b, 1))
            # second level merges within first level
            k = i0 + 1
            while k < len(rows):
                j = k
                while j + 1 < len(rows) and rows[j + 1][1] == rows[k][1] and rows[j + 1][2] == rows[k][2]:
                    j += 1
                if j > k:
                    mg.append((k, 2, j, 2))
                k = j + 1
        mg.append((i0, 0, len(rows) - 1, 0))

    body(rows, mg, first)
    tables = []
    if split is None:
        r = len(rows)
        rows.append([total_cells[0], "", "", "", "", "", total_cells[1], total_cells[2], ""])
        mg.append((r, 0, r, 5))
        tables.append(Table(rows, mg, widths=[1.3, 1.1, 1.1, 2.2, 1.3, 1.3, 0.8, 0.9, 1.8]))
    else:
        tables.append(Table(rows, mg, widths=[1.3, 1.1, 1.1, 2.2, 1.3, 1.3, 0.8, 0.9, 1.8]))
        rows2: list[list[str]] = []
        mg2b: list = []
        body(rows2, mg2b, rest)
        r = len(rows2)
        rows2.append([total_cells[0], "", "", "", "", "", total_cells[1], total_cells[2], ""])
        mg2b.append((r, 0, r, 5))
        tables.append(Table(rows2, mg2b, widths=[1.3, 1.1, 1.1, 2.2, 1.3, 1.3, 0.8, 0.9, 1.8]))
    return tables
