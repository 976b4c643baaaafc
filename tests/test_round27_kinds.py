"""Kinds read on held-out round 27, each proved in other words than the round's reports.

A funds block whose sub-rows share the merged 分值/得分 of the row above (DOCX); 其中 rows
that leave a column blank; a table caption that scopes its table, not the prose after
it; a sentence's topic (``“三公”经费方面，``); a clause with a standard per head that
totals its own item; a counted list that goes on after ``以及``; a count that is the
object of ``结成``; factors of a product; a count inside one item of examples; a set
stated just before a count of its members; a first item that may be two; a standard
led by ``评分标准说明``; a standard sentence in a paragraph, its bands after ``；``, naming
the row by the tail of its name; ``预算年初安排``; a statement whose class clause is not
read leaves that class's rows unscored.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from fuzz.oracle import audit_file_findings
from helpers import audit_text, finding_mentions, rule_findings

from auditor.findings import Severity

HEAD = "2025年度部门整体支出绩效自评报告\n"

_rule = rule_findings


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def _funds_sheet(path: Path, score: str) -> Path:
    doc = WordDocument()
    doc.add_paragraph("某县自然资源局2025年度部门整体支出绩效自评报告")
    doc.add_paragraph("附件：2025年度部门整体支出绩效自评表")
    rows = [
        [
            "预算执行情况（元）",
            "资金来源",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        [
            "预算执行情况（元）",
            "年度资金总额",
            "8,000,000.00",
            "9,000,000.00",
            "8,820,000.00",
            "10",
            "98.00%",
            score,
        ],
        [
            "预算执行情况（元）",
            "其中：当年财政拨款",
            "7,500,000.00",
            "8,400,000.00",
            "8,260,000.00",
            "",
            "98.33%",
            "",
        ],
        [
            "预算执行情况（元）",
            "上年结转资金",
            "0.00",
            "300,000.00",
            "300,000.00",
            "",
            "100.00%",
            "",
        ],
        [
            "预算执行情况（元）",
            "其他资金",
            "500,000.00",
            "300,000.00",
            "260,000.00",
            "",
            "86.67%",
            "",
        ],
        [
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "扣分原因",
        ],
        ["产出指标", "数量指标", "不动产登记办件量", "≥5000件", "5,320件", "50", "50", ""],
        ["效益指标", "社会效益", "登记按时办结率", "≥98%", "99.20%", "30", "30", ""],
        ["满意度指标", "服务对象满意度", "办事群众满意度", "≥90%", "95.00%", "10", "10", ""],
        ["总分", "", "", "", "", "100", str(90 + float(score)), ""],
    ]
    table = doc.add_table(rows=len(rows), cols=8)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if r <= 4 and c == 0:
                continue
            if value:
                table.cell(r, c).text = value
    table.cell(0, 0).merge(table.cell(4, 0)).text = "预算执行情况（元）"
    for col in (5, 7):  # 分值 and 得分 merged down over the sub-rows
        table.cell(1, col).merge(table.cell(4, col))
    target = path / "funds.docx"
    doc.save(str(target))
    return target


def test_sub_rows_sharing_merged_points_are_no_indicators(tmp_path: Path) -> None:
    """98% × 10 = 9.8: the sub-rows' own rates (100%, 86.67%) score nothing of their own."""
    found = [
        f.message
        for f in audit_file_findings(_funds_sheet(tmp_path, "9.8"))
        if f.rule in ("SC002", "SC005", "SC006")
    ]
    assert found == [], found


def test_other_rows_of_a_sheet_with_merged_funds_still_add_up(tmp_path: Path) -> None:
    """Near miss: a total that does not add up is still reported (9.8 + 90 ≠ 100.8)."""
    doc = _funds_sheet(tmp_path, "9.8")
    from docx import Document as Reopen

    reopened = Reopen(str(doc))
    last = reopened.tables[0].rows[-1].cells
    last[6].text = "100.8"
    reopened.save(str(doc))
    found = [f for f in audit_file_findings(doc) if f.rule in ("SC005", "SC008")]
    assert found and any(finding_mentions(f, "100.8") for f in found), [f.message for f in found]


def _budget_table(blank: str) -> str:
    return HEAD + (
        "二、预算执行\n表1 部门预算执行情况表（单位：元）\n"
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n"
        "| 基本支出 | 5,200,000.00 | 5,360,000.00 | 5,310,000.00 |\n"
        f"| 其中：人员经费 | {blank} | {blank} | 4,620,000.00 |\n"
        f"| 公用经费 | {blank} | {blank} | 690,000.00 |\n"
        "| 项目支出 | 3,000,000.00 | 3,400,000.00 | 3,290,000.00 |\n"
        "| 合计 | 8,200,000.00 | 8,760,000.00 | 8,600,000.00 |\n"
    )


def test_parts_listed_under_their_head_need_not_fill_every_column() -> None:
    assert [f.message for f in audit_text(_budget_table("")) if f.rule == "CP003"] == []


def _captioned(spent: str) -> str:
    return HEAD + (
        "二、部门预算执行情况\n"
        "全年支出合计3,412.60万元，其中基本支出1,106.20万元、项目支出2,306.40万元。\n"
        "表2 2025年度项目支出执行情况表（单位：万元）\n"
        "| 项目 | 全年预算 | 全年执行 |\n"
        "| 耕地保护 | 1,300.00 | 1,286.40 |\n"
        "| 地质灾害防治 | 1,040.00 | 1,020.00 |\n"
        "| 合计 | 2,340.00 | 2,306.40 |\n"
        f"“三公”经费方面，全年预算12.40万元，实际支出{spent}万元，较上年减少1.10万元。\n"
    )


def test_prose_after_a_captioned_table_is_not_under_the_caption() -> None:
    """The 三公 sentence speaks of 三公经费, not of the projects the caption names."""
    assert _serious(_captioned("10.85"), "IC001") == []
    assert [f for f in audit_text(_captioned("10.85")) if f.rule == "IC001"] == []


def test_a_sentence_topic_gives_its_bare_words_their_quantity() -> None:
    """Near miss: the 三公 spending stated otherwise in the conclusion is still compared."""
    text = _captioned("10.85") + "五、自评结论\n全年“三公”经费实际支出10.58万元，控制在预算以内。\n"
    found = _rule(text, "IC001")
    assert found and finding_mentions(found[0], "10.58"), [f.message for f in found]


def _per_head(total: str) -> str:
    return HEAD + (
        "三、产出\n全年发放学生资助资金1,248.60万元。其中：学前教育资助2,105人次，发放105.25万元；"
        f"普通高中国家助学金6,230人次，按每人次1,000元发放，共计{total}元；"
        "中职国家助学金1,120人次，发放224.00万元。\n"
    )


def test_a_clause_with_a_standard_per_head_totals_its_own_item() -> None:
    assert _rule(_per_head("6,230,000"), "AR002") == []


def test_a_per_head_product_typed_wrong_is_not_the_lists_sum_either() -> None:
    """The clause's own total is not compared with earlier items (6,320,000: no AR002)."""
    assert all("105.25" not in f.message for f in _rule(_per_head("6,320,000"), "AR002"))


def test_a_counted_list_that_goes_on_after_yiji_is_not_cut_short() -> None:
    text = HEAD + (
        "一、部门概况\n纳入决算的单位共9个，其中局机关1个，所属单位8个，分别是市规划研究中心、"
        "市不动产登记中心、市测绘院，以及城关、河西、东坝、柳林、石门5个自然资源所。\n"
    )
    assert _rule(text, "IC004") == []


def test_a_count_after_the_verb_jiecheng_counts_its_object() -> None:
    text = HEAD + "三、产出\n组织县医院与乡镇卫生院结成8个医共体，开展联合门诊。\n"
    assert _rule(text, "IC004") == []


def _product(total: str) -> str:
    return HEAD + (
        f"三、产出\n按1,250人×120元×12个月+860人×200元×12个月计算，全年发放补贴合计{total}元。\n"
    )


def test_factors_of_a_product_are_no_parts_of_its_total() -> None:
    assert _rule(_product("3,864,000"), "AR002") == []


def test_a_count_naming_one_item_of_examples() -> None:
    text = HEAD + (
        "二、收入\n财政拨款主要为中央和省下达的低保补助资金、临时救助资金和残疾人两项补贴等转移支付资金。\n"
    )
    assert _rule(text, "IC004") == []


def _members(children: str) -> str:
    return HEAD + (
        "（一）老年人健康管理\n辖区65岁及以上老年人5,320人，接受健康管理3,968人。\n"
        f"（二）儿童健康管理\n辖区0—6岁儿童3,410人，接受健康管理{children}人。\n"
    )


def test_counts_of_members_of_two_sets_are_two_quantities() -> None:
    assert _serious(_members("3,255"), "IC005") == []


def test_a_first_item_that_may_be_two_leaves_both_readings() -> None:
    text = HEAD + (
        "一、部门概况\n纳入自评范围的单位共4个，即局机关和所属县疾控中心、县妇幼保健院、县卫生监督所。\n"
    )
    assert _rule(text, "IC004") == []


def test_a_list_that_fits_neither_reading_is_still_reported() -> None:
    text = HEAD + (
        "一、部门概况\n纳入自评范围的单位共6个，即局机关和所属县疾控中心、县妇幼保健院、县卫生监督所。\n"
    )
    found = _rule(text, "IC004")
    assert found and finding_mentions(found[0], "6"), [f.message for f in found]


def _standard_note(score: str) -> str:
    return HEAD + (
        "五、评分说明\n评分标准说明：预算执行率≥98%得10分，95%（含）—98%得8分，90%（含）—95%得6分，"
        "90%以下不得分；群众满意度≥95%得10分，90%（含）—95%得9分，90%以下不得分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        f"| 预算管理 | 预算执行 | 预算执行率 | 10 | ≥98% | 96.40% | {score} |\n"
        "| 产出 | 数量指标 | 家庭医生签约人数 | 80 | ≥5000人 | 5,200人 | 80 |\n"
        "| 满意度 | 服务对象满意度 | 群众满意度 | 10 | ≥90% | 96.00% | 10 |\n"
    )


def test_a_standard_led_by_its_explanation_word_scores_its_rows() -> None:
    found = _rule(_standard_note("10"), "SC002")
    assert found and finding_mentions(found[0], "10"), [f.message for f in found]


def test_a_row_scored_by_a_standard_explained_is_clean() -> None:
    assert _rule(_standard_note("8"), "SC002") == []


def _survey(score: str) -> str:
    return HEAD + (
        "四、满意度\n2025年12月，我局委托第三方开展满意度调查，回收有效问卷600份，其中满意531份，"
        "服务对象满意度为88.5%。评分标准：满意度90%（含）以上得10分；85%（含）—90%得8分；"
        f"85%以下不得分。本项得{score}分。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出 | 数量指标 | 河道巡查里程 | 90 | ≥1200公里 | 1,260公里 | 90 |\n"
        f"| 满意度 | 服务对象满意度 | 沿河群众满意度 | 10 | ≥90% | 88.5% | {score} |\n"
    )


def test_a_standard_sentence_in_a_paragraph_scores_the_row_its_tail_names() -> None:
    """88.5% is in the 8-point band; 10 breaks the stated standard."""
    found = _rule(_survey("10"), "SC002")
    assert found and finding_mentions(found[0], "10"), [f.message for f in found]


def test_a_row_scored_by_a_standard_sentence_is_clean() -> None:
    assert _rule(_survey("8"), "SC002") == []


def _initial_arranged(later: str) -> str:
    return HEAD + (
        "二、预算执行\n2025年本年支出合计1,846.32万元，其中基本支出912.40万元、项目支出933.92万元。\n"
        "五、自评结论\n"
        f"2025年度，区民政局部门预算年初安排1,702.00万元，调整后预算1,910.50万元，全年实际支出{later}万元。\n"
    )


def test_a_budget_arranged_at_the_start_of_the_year_heads_no_unread_subject() -> None:
    """``预算年初安排`` is the 年初预算: the 实际支出 after it is the department's, compared."""
    found = _rule(_initial_arranged("1,864.32"), "IC001")
    assert found and finding_mentions(found[0], "1,864.32"), [f.message for f in found]


def test_the_departments_spending_restated_right_is_clean() -> None:
    assert _rule(_initial_arranged("1,846.32"), "IC001") == []


def test_a_class_clause_not_read_leaves_its_rows_to_no_other_clause() -> None:
    text = HEAD + (
        "五、评分说明\n评分办法为：完成或超额完成年度指标值的得满分；时效指标每有1所学校未按期完工扣1分；"
        "其他未达到指标值的定量指标，每低于指标值1个百分点扣1分，扣完为止。\n"
        "附件 自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 指标值 | 实际完成值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 校舍改造面积 | 43 | ≥40000平方米 | 41,200平方米 | 43 |\n"
        "| 产出指标 | 时效指标 | 校舍改造按期完工率 | 7 | 100% | 94.12% | 6 |\n"
        "| 满意度指标 | 服务对象满意度 | 师生满意度 | 50 | ≥90% | 95% | 50 |\n"
    )
    assert _rule(text, "SC002") == []
