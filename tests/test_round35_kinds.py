"""Kinds read on held-out round 35, each proved in other words than the round's reports.

A table of funding sources whose columns say what is counted; a remainder of an earlier
whole after a 其中 list; a count of how often an act was done; a counted noun the
indicator does not name; a document named by its year; one office's name holding 和;
``X万元中：`` opening a list; 分别 leading a list's items.
"""

from __future__ import annotations

from helpers import audit_text, read_text

from auditor.findings import Severity

HEAD = "2025年度部门整体支出绩效自评报告\n"


def _serious(text: str, rule: str) -> list[str]:
    return [
        f.message for f in audit_text(text) if f.rule == rule and f.severity is not Severity.INFO
    ]


def test_a_table_of_funding_sources_counts_what_its_columns_name() -> None:
    text = HEAD + (
        "表2 收入支出情况表（单位：万元）\n"
        "| 项目 | 决算数 |\n"
        "| 收入总计 | 8,960.40 |\n"
        "| 上年结转 | 420.00 |\n"
        "| 一般公共预算财政拨款收入 | 7,940.40 |\n"
        "| 政府性基金预算财政拨款收入 | 600.00 |\n"
        "表3 分资金来源收支情况表（单位：万元）\n"
        "| 资金来源 | 上年结转 | 本年收入 | 本年支出 | 年末结转和结余 |\n"
        "| 一般公共预算财政拨款 | 300.00 | 7,940.40 | 8,010.40 | 230.00 |\n"
        "| 政府性基金预算财政拨款 | 120.00 | 600.00 | 560.00 | 160.00 |\n"
        "| 合计 | 420.00 | 8,540.40 | 8,570.40 | 390.00 |\n"
    )
    assert _serious(text, "IC001") == []


def test_a_remainder_of_an_earlier_whole_is_no_part() -> None:
    text = HEAD + (
        "三、项目情况\n乡村道路提升项目总投资2,600.00万元。年内主体工程完工，当年支付"
        "2,340.00万元，其中省级补助1,500.00万元；剩余260.00万元为质保金，结转下年支付。\n"
    )
    assert _serious(text, "AR002") == []


def test_a_remainder_that_completes_the_list_is_still_added() -> None:
    text = HEAD + (
        "三、项目情况\n当年支付2,340.00万元，其中省级补助1,500.00万元；剩余800.00万元为县级配套。\n"
    )
    assert _serious(text, "AR002")


def test_a_count_of_how_often_an_act_was_done() -> None:
    text = HEAD + (
        "四、预算管理\n对污染源监测、执法检查、信访办理等指标的完成进度开展了两次督导。\n"
    )
    assert _serious(text, "IC004") == []


def test_a_count_of_another_noun_does_not_state_the_indicator() -> None:
    text = HEAD + (
        "三、项目情况\n资金主要用于农村饮水工程维修养护、2处水厂提标改造以及6个乡镇"
        "水质检测点的运行。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 饮水工程维修养护数量 | ≥40处 | 42处 | 10 | 10 |\n"
        "| 产出指标 | 数量指标 | 水厂提标改造数量 | 2处 | 2处 | 10 | 10 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 10 | 10 |\n"
    )
    assert _serious(text, "IC007") == []


def test_a_document_named_by_its_year_is_no_past_result() -> None:
    text = HEAD + (
        "（二）产出完成情况\n全年完成社会组织年检412家，其中各社会组织于2025年报送的是其"
        "2024年度工作报告。\n"
    )
    assert _serious(text, "YR005") == []


_OFFICES = (
    "办公室、政策法规股、财务审计股、安全监管股、质量检测和标准计量股、市场秩序和反不正当竞争股"
)


def test_one_offices_name_may_hold_a_conjunction() -> None:
    assert _serious(HEAD + f"一、基本情况\n我局内设股室6个，分别为：{_OFFICES}。\n", "IC004") == []
    assert _serious(HEAD + f"一、基本情况\n我局内设股室7个，分别为：{_OFFICES}。\n", "IC004")
    noted = "办公室、辅导部、活动部、非遗保护部（县非遗保护中心）和数字文化部"
    assert _serious(HEAD + f"一、基本情况\n本馆内设部室5个：{noted}。\n", "IC004") == []


def test_a_figure_followed_by_zhong_and_a_colon_opens_a_list() -> None:
    text = HEAD + (
        "二、支出情况\n按经济分类，项目支出1,286.40万元中：商品和服务支出846.20万元，"
        "对个人和家庭的补助312.80万元，资本性支出172.40万元。\n"
    )
    assert _serious(text, "AR002")  # 846.20 + 312.80 + 172.40 = 1,331.40
    right = text.replace("172.40万元。", "127.40万元。")
    assert _serious(right, "AR002") == []


def test_fenbie_that_leads_the_items_does_not_make_them_values() -> None:
    text = HEAD + "三、产出情况\n招商推介会分别在杭州、南京、合肥、武汉4个城市举办。\n"
    assert _serious(text, "IC004") == []
    assert _serious(text.replace("4个城市", "5个城市"), "IC004")


def test_a_seal_note_and_a_run_in_label_leave_the_units_name() -> None:
    reading = read_text(HEAD + "部门名称：某市文化和旅游局（盖章）单位：万元\n一、基本情况\n")
    assert reading.meta.unit == "某市文化和旅游局"


def _pro_rata(satisfaction_score: str) -> str:
    return HEAD + (
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 新建农村公路 | ≥50公里 | 45公里 | 20 | 18 |\n"
        "| 产出指标 | 质量指标 | 工程验收合格率 | ≥96% | 92.16% | 10 | 9.6 |\n"
        "| 产出指标 | 时效指标 | 项目按期完工率 | ≥90% | 81.00% | 10 | 9 |\n"
        "| 效益指标 | 社会效益指标 | 通客车建制村比例 | 100% | 100% | 20 | 20 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥95% | 91.20% | 10 | "
        f"{satisfaction_score} |\n"
        "评分规则：定量指标达到年度指标值的得满分，未达到的按“实际完成值÷年度指标值×该指标分值”"
        "计分，结果保留两位小数；“安全事故”等反向指标达到目标值得满分，否则不得分。\n"
    )


def test_rates_scored_pro_rata_by_the_sheet_take_the_class_method() -> None:
    # 92.16÷96×10 = 9.60, 81÷90×10 = 9.00: the sheet scores its rates pro rata, so the
    # satisfaction row (91.20÷95×10 = 9.60) is the class method's too.
    assert _serious(_pro_rata("9.6"), "SC002") == []
    assert _serious(_pro_rata("10"), "SC002")


def test_a_count_of_site_visits_is_a_count() -> None:
    text = HEAD + (
        "三、产出情况\n汛期全年组织隐患点巡查排查1,326点次，完成隐患点治理9处。\n"
        "附件：部门整体支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 产出指标 | 数量指标 | 隐患点巡查排查 | ≥1,300点次 | 1,362点次 | 10 | 10 |\n"
        "| 产出指标 | 数量指标 | 隐患点工程治理 | ≥9处 | 9处 | 10 | 10 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 10 | 10 |\n"
    )
    assert _serious(text, "IC007")
    assert _serious(text.replace("1,362点次", "1,326点次"), "IC007") == []


def test_a_continued_project_table_keeps_its_first_parts_title() -> None:
    header = "| 序号 | 项目名称 | 资金来源 | 全年预算数 | 执行数 | 执行率 |\n"
    text = HEAD + (
        "二、支出情况\n本年支出合计5,946.80万元，调整后预算6,200.23万元。\n"
        "表2 收入支出决算总表（单位：万元）\n| 项目 | 调整后预算数 | 决算数 |\n"
        "| 支出合计 | 6,200.23 | 5,946.80 |\n"
        "表6 2025年度项目支出预算执行情况表（单位：万元）\n"
        + header
        + "| 一 | 转移支付项目小计 |  | 3,706.23 | 3,507.49 | 94.64% |\n"
        "| 1 | 防沙治沙项目 | 中央财政 | 1,620.00 | 1,531.26 | 94.52% |\n"
        "| 2 | 草原修复项目 | 中央财政 | 2,086.23 | 1,976.23 | 94.73% |\n"
        "表6（续）\n" + header + "| 二 | 本级安排项目小计 |  | 997.20 | 956.95 | 95.96% |\n"
        "| 3 | 森林防火经费 | 本级财政 | 997.20 | 956.95 | 95.96% |\n"
        "|  | 合计 |  | 4,703.43 | 4,464.44 | 94.92% |\n"
    )
    assert _serious(text, "IC001") == []
