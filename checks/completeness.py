"""Completeness rules (CP): parts, signatures, dates and required cells left out.

Info by default: a department's pre-submission self-check wants them; a reviewer
can silence the family with ``--ignore CP``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

import yaml

from auditor.findings import Evidence, Issue
from auditor.model import Cell, Paragraph, Table
from auditor.read.reading import Reading
from auditor.read.structure import is_finance_block
from auditor.registry import check
from auditor.text.cells import is_numeric_text
from checks._paths import DATA_DIR

SOURCE_TEMPLATE = "部门整体支出绩效自评报告参考提纲及自评表填报要求"


ROLE_QUOTE = 30
"""Characters of a signature line's role quoted in the message (the last sentence of it)."""
SIGNATURE_QUOTE = 60
"""Characters of a blank signature line quoted as evidence."""
SHORT_TEXT = 40
"""A paragraph this short, or a cell's first this many characters, can name a part."""


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
        yield Issue(
            message=f"“{role}”的日期未填写（只有“年 月 日”的空格）",
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


@functools.cache
def _parts() -> tuple[dict[str, Any], ...]:
    """The required parts, read once per process (a batch audits many files)."""
    return tuple(
        yaml.safe_load((DATA_DIR / "required_parts.yaml").read_text(encoding="utf-8"))["parts"]
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
    ``required_parts.yaml``) appears in a heading, a table cell or a short paragraph.

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
    texts: list[str] = []
    for block in reading.document.blocks:
        if isinstance(block, Table):
            texts.extend(c.text[:SHORT_TEXT] for c in block.cells())
        elif isinstance(block, Paragraph) and (
            block.heading_level is not None or len(block.text) <= SHORT_TEXT
        ):
            texts.append(block.text)
    if not texts:
        return
    joined = "\n".join(texts)
    for part in _parts():
        if any(re.search(p, joined) for p in part["patterns"]):
            continue
        first = reading.document.blocks[0].location if reading.document.blocks else None
        yield Issue(
            message=f"未找到“{part['name']}”部分（标题、表格或短段落中均未出现）",
            evidence=(Evidence(first, "（全文）", None, "缺少"),) if first else (),
            key=("part", part["name"]),
        )


_PER_ROW_COLUMN = re.compile(r"^(?:完成值|实际完成值)$")
"""Columns whose values belong to one row and never add up: a 合计 row leaves them blank."""
_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|总分)")
_REQUIRED_COLUMN = re.compile(
    r"^(?:空编|超编|编制数|编制人数|实有人数|实际在编人数|预算数|执行数|实际支出|得分|评分|分值|完成值|实际完成值|年初预算数|全年预算数)$"
)


def _row_and_column(table: Table, cell: Cell, column: str) -> str:
    """Quote an empty cell by the document's own words: its row's label and its column."""
    label = next((x.text for x in table.grid[cell.row] if x.text), "")
    return f"{label} | {column}" if label else column


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
    for table in reading.document.tables:
        # Per row, once (not once per column: that was quadratic in the table's width).
        has_numbers = [any(is_numeric_text(x.text) for x in row) for row in table.grid]
        restated = [
            not has_numbers[r]
            and sum(1 for x in table.grid[r] if _REQUIRED_COLUMN.match(x.text)) >= 2
            for r in range(table.n_rows)
        ]
        for c in range(table.n_cols):
            header = [table.grid[r][c].text for r in range(table.header_rows)]
            if not header:
                continue
            name = header[-1]
            empty: list[tuple[Cell, str]] = []
            for r in range(table.header_rows, table.n_rows):
                row = table.grid[r]
                numbers = has_numbers[r]
                if restated[r]:
                    # The header restated mid-table (a 自评表's indicator block under
                    # its 资金 block): the columns mean something else from here on.
                    name = row[c].text
                    continue
                total_row = any(_TOTAL_ROW.match(x.text) for x in row[:3])
                if (
                    _REQUIRED_COLUMN.match(name)
                    and not row[c].text
                    and table.is_origin(r, c)
                    and numbers
                    and not (total_row and _PER_ROW_COLUMN.match(name))
                ):
                    empty.append((row[c], name))
            if empty:
                yield Issue(
                    message=f"表 {table.number}“{empty[0][1]}”栏有 {len(empty)} 个数据行未填写",
                    evidence=tuple(
                        Evidence(cell.location, _row_and_column(table, cell, column), None, "空格")
                        for cell, column in empty
                    ),
                    key=("cell", table.number, c),
                )
