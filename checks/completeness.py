"""Completeness rules (CP): parts, signatures, dates and required cells left out.

Info by default: a department's pre-submission self-check wants them; a reviewer
can silence the family with ``--ignore CP``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from auditor.findings import Evidence, Issue
from auditor.read.reading import Reading
from auditor.read.structure import is_finance_block
from auditor.registry import check

SOURCE_TEMPLATE = "部门整体支出绩效自评报告参考提纲及自评表填报要求"


ROLE_QUOTE = 30
"""Characters of a signature line's role quoted in the message (the last sentence of it)."""
SIGNATURE_QUOTE = 60
"""Characters of a blank signature line quoted as evidence."""


@check(
    code="CP001",
    name="signature-or-date-blank",
    title="签字或日期未填写",
    severity="info",
    source=SOURCE_TEMPLATE,
)
def signature_or_date_blank(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A department signature line, seal date (``年 月 日``) or 签字 column is left blank.

    Why: an unsigned, undated self-evaluation is not a submitted report; departments
    should fill these before submitting.

    Exceptions: blocks the finance bureau fills in (财政部门归口业务股室意见) are
    expected to be blank and are skipped.

    Fails:
        部门（单位）负责人（签字）：
        部门（单位）（盖章）：年 月 日

    Passes:
        部门（单位）负责人（签字）：张三
        部门（单位）（盖章）：2025年3月1日
    """
    for blank in reading.meta.blank_dates:
        if is_finance_block(blank.role):
            continue
        role = blank.role.strip().split("。")[-1][:ROLE_QUOTE]
        what = (
            "日期未填写完整（日或月日空着）"
            if blank.partial
            else "日期未填写（只有“年 月 日”的空格）"
        )
        yield Issue(
            message=f"“{role}”的{what}",
            evidence=(Evidence(blank.location, blank.text.strip(), None, "日期"),),
        )
    for blank in reading.meta.blank_signatures:
        if is_finance_block(blank.role):
            continue
        role = blank.role.strip().split("。")[-1][:ROLE_QUOTE]
        yield Issue(
            message=f"{role}未签字" if blank.role.startswith("表 ") else f"“{role}”后未签字",
            evidence=(
                Evidence(blank.location, blank.text.strip()[:SIGNATURE_QUOTE], None, "签字"),
            ),
        )


@check(
    code="CP002",
    name="required-part-missing",
    title="自评报告缺少必备内容",
    severity="info",
    source=SOURCE_TEMPLATE,
)
def required_part_missing(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A part every self-evaluation must contain (基本情况, 存在问题, 改进建议 …) is missing.

    Why: the finance bureau's assessment of the self-evaluation (自评报告的完整性) deducts
    points per missing part; the department can add it before submitting.

    Exceptions: a part counts as present when its name (or a synonym from
    ``auditor/read/data/parts.yaml``) appears in a heading, a table cell or a short paragraph.

    Fails:
        一、部门基本情况
        二、收支情况
        三、绩效目标及指标完成情况
        四、评价结论：综合得分95分

    Passes:
        一、部门基本情况
        二、收支情况
        三、绩效目标及指标完成情况
        四、评价结论：综合得分95分
        五、存在的问题
        六、改进建议
    """
    first = reading.document.blocks[0].location if reading.document.blocks else None
    for part in reading.parts:
        if part.found:
            continue
        yield Issue(
            message=f"未找到“{part.name}”部分（标题、表格或短段落中均未出现）",
            evidence=(Evidence(first, "（全文）", None, "缺少"),) if first else (),
            key=("part", part.name),
        )


@check(
    code="CP003",
    name="required-cell-empty",
    title="应填的数字栏为空",
    severity="info",
    source=SOURCE_TEMPLATE,
)
def required_cell_empty(reading: Reading, options: Mapping[str, Any]) -> Iterator[Issue]:
    """A figure column that must be filled (空编, 得分, 预算数 …) is empty in a data row.

    Why: ``编制人数 63 | 实际在编人数 61 | 空编 (空)`` leaves the reviewer to compute
    what the form asks the department to state.

    Exceptions: only rows that carry other figures; only columns named in the list of
    required columns (a blank 其他 column means 0 and is fine); a 合计 row leaves a
    row's own value (实际完成值) blank. One finding per column.

    Fails:
        | 单位 | 编制人数 | 实有人数 | 空编 |
        | 本级 | 40 | 38 |  |

    Passes:
        | 单位 | 编制人数 | 实有人数 | 空编 |
        | 本级 | 40 | 38 | 2 |
    """
    for column in reading.blank_columns:
        yield Issue(
            message=f"表 {column.table}“{column.name}”栏有 {len(column.cells)} 个数据行未填写",
            evidence=tuple(
                Evidence(blank.cell.location, blank.label, None, "空格") for blank in column.cells
            ),
            key=("cell", column.table, column.column),
        )
