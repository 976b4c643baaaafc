"""A pro-rata method stated once for a whole score sheet, in words the rows break.

The method stands under or above the table, at the head of the table's own section, or
in the narrative's scoring section (``评分办法``); a method about one indicator, or a
paragraph explaining one indicator's score, is no method for the sheet."""

from __future__ import annotations

from helpers import audit_text

from auditor.findings import Finding

_HEAD = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分"


def _sc(text: str) -> list[Finding]:
    return [f for f in audit_text(text, ["SC002"]) if f.rule == "SC002"]


def _report(method: str, rows: str, where: str) -> str:
    table = f"{_HEAD}\n{rows}\n合计\t\t\t\t\t30\t28"
    caption = "表2　部门整体支出绩效自评表"
    tail = ["五、存在的问题", "个别项目推进偏慢。"]
    head = ["某区林业站2024年度部门整体支出绩效自评报告", "一、基本情况", "本站负责林区管护。"]
    filler = ["全年管护工作平稳推进。", "护林员队伍保持稳定。", "防火宣传覆盖各村。"]
    if where == "below":
        return "\n\n".join([*head, "四、自评得分", caption, table, method, *tail])
    if where == "section":
        return "\n\n".join([*head, "四、自评得分", method, *filler, caption, table, *tail])
    # The narrative's scoring section, under its own heading, before the table's section.
    return "\n\n".join(
        [
            *head,
            "二、评价工作开展情况",
            "（一）评分办法",
            method,
            "（二）评价过程",
            *filler,
            "三、自评得分",
            caption,
            table,
            *tail,
        ]
    )


_ROWS = (
    "产出\t数量指标\t森林抚育面积\t≥250亩\t230亩\t10\t10\n"
    "产出\t数量指标\t护林巡查次数\t≥60次\t48次\t10\t6\n"
    "效益\t满意度指标\t林农满意度\t≥90%\t93%\t10\t10"
)


def test_method_in_the_scoring_section_is_applied_to_rows() -> None:
    text = _report(
        "各指标完成年度目标值的计满分，未完成的按比例计分，即得分=分值×实际完成值÷年度目标值。",
        _ROWS,
        "scoring",
    )
    found = {f.message.split("：")[0] for f in _sc(text)}
    # 10×230/250 = 9.2 (not 10); 10×48/60 = 8 (not 6).
    assert found == {"森林抚育面积", "护林巡查次数"}, found


def test_method_at_the_head_of_the_tables_section() -> None:
    text = _report(
        "数量指标按完成率计分，完成率=实际完成数/目标数，不超过该项分值。", _ROWS, "section"
    )
    found = {f.message.split("：")[0] for f in _sc(text)}
    assert found == {"森林抚育面积", "护林巡查次数"}, found


def test_points_times_actual_over_target_below_the_table() -> None:
    text = _report("注：得分=权重×全年实际值/全年计划数，超额完成的不加分。", _ROWS, "below")
    messages = [f.message for f in _sc(text)]
    assert len(messages) == 2 and any("9.2" in m for m in messages), messages


def test_rows_scored_as_the_method_gives_pass() -> None:
    rows = (
        "产出\t数量指标\t森林抚育面积\t≥250亩\t230亩\t10\t9.2\n"
        "产出\t数量指标\t护林巡查次数\t≥60次\t47次\t10\t7.8\n"  # 7.83 rounded to one decimal
        "效益\t满意度指标\t林农满意度\t≥90%\t93%\t10\t10"
    )
    for where in ("below", "section", "scoring"):
        text = _report("指标未达到目标值的，按实际完成率折算得分。", rows, where)
        assert _sc(text) == [], where


def test_method_about_one_indicator_does_not_bind_the_others() -> None:
    rows = _ROWS.replace("\t93%\t10\t10", "\t81%\t10\t9")
    text = _report("满意度未达到目标的，按完成比例计分。", rows, "below")
    assert not any("护林巡查次数" in f.message or "森林抚育面积" in f.message for f in _sc(text))


def test_a_paragraph_explaining_scores_is_no_method() -> None:
    text = _report(
        "护林巡查次数未完成目标，按完成比例计分，得6分；其余指标均达到目标，得满分。",
        _ROWS.replace("森林抚育面积\t≥250亩\t230亩", "森林抚育面积\t≥250亩\t260亩"),
        "scoring",
    )
    assert _sc(text) == []


def test_far_method_leaves_rows_without_their_own_target_and_actual() -> None:
    # A qualitative row and a row whose rate comes from prose with its own target:
    # the far method cannot judge them.
    rows = (
        "产出\t质量指标\t管护质量\t有效提升\t明显提升\t10\t9\n"
        "产出\t数量指标\t护林巡查次数\t≥60次\t60次\t10\t10\n"
        "过程\t预算管理\t预算执行率\t\t\t10\t10"
    )
    text = _report("定量指标完成年度目标的得满分，未完成的按完成比例计分。", rows, "scoring")
    text = text.replace(
        "五、存在的问题",
        "预算执行率（10分）：全年预算执行率96.40%，达到90%以上的目标，得满分。\n\n五、存在的问题",
    )
    assert _sc(text) == []


def test_method_for_the_other_quantified_rows_after_one_rows_formula() -> None:
    # ``A指标按…计分；其他定量指标…按比例计分；控制类指标…``: the middle clause is the
    # method for every row the statement does not name (the class word 定量/量化 aside).
    for others in ("其他定量指标", "其余量化指标"):
        method = (
            f"评分办法：经费执行率按“得分=执行率×分值”计分；{others}达到目标值的得满分，"
            "未达到的按“实际值/目标值×分值”计分，保留两位小数；控制类指标不超过控制值的得满分。"
        )
        for where in ("below", "section"):
            found = {f.message.split("：")[0] for f in _sc(_report(method, _ROWS, where))}
            assert found == {"森林抚育面积", "护林巡查次数"}, (others, where, found)


def test_other_quantified_rows_scored_as_the_method_gives_pass() -> None:
    rows = (
        "产出\t数量指标\t森林抚育面积\t≥250亩\t230亩\t10\t9.20\n"
        "产出\t数量指标\t护林巡查次数\t≥60次\t48次\t10\t8\n"
        "效益\t满意度指标\t林农满意度\t≥90%\t93%\t10\t10"
    )
    method = (
        "评分办法：经费执行率按“得分=执行率×分值”计分；其他定量指标达到目标值的得满分，"
        "未达到的按“实际值/目标值×分值”计分；控制类指标不超过控制值的得满分。"
    )
    assert _sc(_report(method, rows, "below")) == []


_FUNDS_ROWS = "过程\t资金管理\t资金执行率\t100%\t96.00%\t10\t9.6\n" + _ROWS


def test_funds_rows_formula_beside_a_pro_rata_method_for_the_others() -> None:
    # The funds row's own product (``执行率×10``) stands beside the method for every
    # other row: the other rows are scored by it, the 10-point funds row keeps its own.
    for method in (
        "评分说明：资金执行率得分=执行率×10，最高10分。绩效指标达到年度指标值的得满分；"
        "未达到的按比例计分，得分=分值×实际值/指标值。",
        "注：资金执行率按执行率×10计分。绩效指标未完成年度目标的，按实际完成值占目标值的比例折算得分。",
    ):
        text = _report(method, _FUNDS_ROWS, "below").replace(
            "合计\t\t\t\t\t30\t28", "合计\t\t\t\t\t40\t37.6"
        )
        found = {f.message.split("：")[0] for f in _sc(text)}
        assert found == {"森林抚育面积", "护林巡查次数"}, (method, found)


def test_funds_formula_beside_one_indicators_method_leaves_the_others() -> None:
    method = "注：资金执行率得分=执行率×10。林农满意度未达到目标的，按完成比例计分。"
    text = _report(method, _FUNDS_ROWS, "below")
    assert not any("护林巡查次数" in f.message or "森林抚育面积" in f.message for f in _sc(text))


def test_transposed_sheet_takes_no_row_wise_method() -> None:
    # Indicators as columns, one 得分 row: the table's rows are no indicator's target
    # and actual, so the table-wide method is not applied row by row (no false SC002
    # on rates that met their targets).
    table = (
        "指标\t资金执行率\t林农满意度\t巡查覆盖率\t森林抚育面积\n"
        "年度指标值\t≥95%\t≥90%\t≥96%\t≥250亩\n"
        "实际完成值\t96.20%\t93.10%\t97.40%\t260亩\n"
        "分值\t10\t10\t10\t10\n"
        "得分\t10\t10\t10\t10"
    )
    for method in (
        "评分说明：实际值达到目标值的计满分；未达到的，按实际值占目标值的比例折算得分。",
        "注：各项指标完成目标得满分，未完成的按完成比例计分。",
    ):
        text = "\n\n".join(
            [
                "某区林业站2024年度部门整体支出绩效自评报告",
                "一、基本情况",
                "本站负责林区管护。",
                "四、自评得分",
                "表2　年度绩效指标完成与得分表",
                table,
                method,
                "自评总分40分。",
            ]
        )
        assert _sc(text) == [], method
