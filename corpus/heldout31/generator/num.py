"""Number formatting and the two score-sheet layouts (no prose): shared by the case files.
All arithmetic is Decimal; every helper rounds half up, as a clerk's calculator does."""

from decimal import ROUND_HALF_UP, Decimal

from render import Caption, Table

D = Decimal
Q2 = Decimal("0.01")


def d(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def q2(x) -> Decimal:
    return d(x).quantize(Q2, ROUND_HALF_UP)


def f2(x) -> str:
    return str(q2(x))


def c2(x) -> str:
    return format(q2(x), ",.2f")


def yuan(wan) -> str:
    """万元 figure written in 元 with thousands separators."""
    return c2(d(wan) * 10000)


def rate(a, b) -> Decimal:
    return (d(a) / d(b) * 100).quantize(Q2, ROUND_HALF_UP)


def pct(a, b) -> str:
    return f"{rate(a, b)}%"


def sc(x) -> str:
    """A score as a clerk writes it: 9.49, 10, 4.5."""
    q = q2(x)
    s = format(q.normalize(), "f")
    return s


def exec_score(a, b, full=10) -> Decimal:
    """预算执行率得分 = 执行率 × 分值, at most the maximum (rate rounded to 0.01 % first)."""
    r = rate(a, b)
    return min(d(full), q2(r * d(full) / 100))


def prorata(actual, target, full) -> Decimal:
    return min(d(full), q2(d(actual) / d(target) * d(full)))


def sheet(
    *,
    caption,
    head,  # list of (label, value) pairs for the top rows, two pairs per row
    money_label,
    amounts,  # list of (label, initial, full, spent)  first row = total
    fmt,  # number formatter for the amounts
    exec_max,
    exec_rate_text,
    exec_score_text,
    goal,
    goal_done,
    indicators,  # (l1, l2, l3, target, actual, max, score, reason)
    total_max,
    total_score,
    cols=("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
    amount_cols=("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
    total_label="总分",
    total_top=False,
    split_after=None,
    cont_caption=None,
    grade=None,
):
    """Nine-column 自评表 in the layout of 财预〔2020〕10号: money block, goals, indicators.
    Returns a list of blocks (one table, or two when ``split_after`` splits the indicators,
    the second repeating the indicator header)."""
    rows, merges = [], []
    for i in range(0, len(head), 2):
        (a, av), (b_, bv) = head[i], head[i + 1] if i + 1 < len(head) else ("", "")
        r = len(rows)
        if b_:
            rows.append([a, av, "", "", "", b_, bv, "", ""])
            merges += [(r, 1, r, 4), (r, 6, r, 8)]
        else:
            rows.append([a, av, "", "", "", "", "", "", ""])
            merges.append((r, 1, r, 8))
    r0 = len(rows)
    rows.append([money_label, "", ""] + list(amount_cols))
    merges.append((r0, 1, r0, 2))
    for k, (lab, ini, full, spent) in enumerate(amounts):
        if k == 0:
            rows.append(["", lab, "", fmt(ini), fmt(full), fmt(spent), sc(exec_max), exec_rate_text, exec_score_text])
        else:
            rows.append(["", lab, "", fmt(ini) if ini is not None else "—", fmt(full) if full is not None else "—",
                         fmt(spent) if spent is not None else "—", "—", "—", "—"])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    merges.append((r0, 0, len(rows) - 1, 0))
    g = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", ""])
    rows.append(["", goal, "", "", "", goal_done, "", "", ""])
    merges += [(g, 1, g, 4), (g, 5, g, 8), (g + 1, 1, g + 1, 4), (g + 1, 5, g + 1, 8), (g, 0, g + 1, 0)]
    hdr = ["绩效指标"] + list(cols)
    tot = [total_label, "", "", "", "", "", sc(total_max), total_score, ""]
    first = indicators if split_after is None else indicators[:split_after]
    rest = [] if split_after is None else indicators[split_after:]
    h = len(rows)
    rows.append(hdr)
    if total_top:
        rows.append(tot)
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    for ind in first:
        rows.append([""] + [str(x) for x in ind])
    if not rest and not total_top:
        rows.append(tot)
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    if grade and not rest:
        rows.append(["评价等级", grade, "", "", "", "", "", "", ""])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 8))
    out = [Caption(caption), Table(rows, merges, widths=[1.2, 1.3, 1.3, 2.2, 1.5, 1.5, 0.9, 0.9, 1.8])]
    if rest:
        rows2, merges2 = [hdr], []
        for ind in rest:
            rows2.append([""] + [str(x) for x in ind])
        if not total_top:
            rows2.append(tot)
            merges2.append((len(rows2) - 1, 0, len(rows2) - 1, 5))
        if grade:
            rows2.append(["评价等级", grade, "", "", "", "", "", "", ""])
            merges2.append((len(rows2) - 1, 1, len(rows2) - 1, 8))
        out += [Caption(cont_caption or "（续表）"), Table(rows2, merges2, widths=[1.2, 1.3, 1.3, 2.2, 1.5, 1.5, 0.9, 0.9, 1.8])]
    return out


def ind_sum(indicators) -> Decimal:
    return sum((d(i[6]) for i in indicators), D(0))


def max_sum(indicators) -> Decimal:
    return sum((d(i[5]) for i in indicators), D(0))
