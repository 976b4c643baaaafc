"""Extraction regressions on the example report in every format (issue: read real reports).

Each format must yield the income table as one table with its merged 其中 header and
the 汇总 row, and the key sentences as paragraphs; PDFs must lose their page footers,
rebuild wrapped lines and stitch tables cut by page breaks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from auditor.extract import open_document
from auditor.model import Document, Paragraph, Table

EXAMPLE = Path(__file__).parent.parent / "corpus" / "example"
NAMES = [
    "report.txt",
    "report.docx",
    "report-alt.docx",
    "report-12pt.pdf",
    "report-16pt.pdf",
    "report-alt.pdf",
    "report-reportlab.pdf",
]
# Text, both Word files and one PDF in the fast layer; the other PDFs (seconds each) in --all.
FAST = {"report.txt", "report.docx", "report-alt.docx", "report-12pt.pdf"}


def formats(suffix: str = "", *, but: tuple[str, ...] = ()) -> list[Any]:
    """The example's renderings ending with ``suffix``, the slow ones marked ``slow``."""
    return [
        name if name in FAST else pytest.param(name, marks=pytest.mark.slow)
        for name in NAMES
        if name.endswith(suffix) and name not in but
    ]


FORMATS = formats()


@cache
def doc(name: str) -> Document:
    return open_document(EXAMPLE / name)


def income_table(d: Document) -> Table:
    return next(t for t in d.tables if t.grid[0][1].text == "收入合计")


@pytest.mark.parametrize("name", FORMATS)
def test_income_table_is_one_table_with_merged_header(name: str) -> None:
    t = income_table(doc(name))
    assert t.header_rows == 2
    assert t.n_cols == 7
    qizhong = t.grid[0][2]
    assert qizhong.text.startswith("其中") and qizhong.colspan == 5
    assert t.grid[0][0].text == "机构名称" and t.grid[0][0].rowspan == 2
    assert [c.text for c in t.grid[1][2:]] == [
        "上年结转",
        "公共财政拨款",
        "政府基金拨款",
        "国有资本经营财政拨款",
        "其他收入",
    ]
    assert [c.text for c in t.grid[2]] == [
        "汇总",
        "2,415.05",
        "0",
        "2237.76",
        "1.15",
        "10",
        "166.14",
    ]


@pytest.mark.parametrize("name", FORMATS)
def test_key_sentences_are_paragraphs(name: str) -> None:
    texts = [p.text for p in doc(name).paragraphs]
    assert any("编制共58名" in t for t in texts)
    assert any("362.9/377.3" in t for t in texts)
    assert any(t == "2024年5月29日" or t.endswith("2024年5月29日") for t in texts)


@pytest.mark.parametrize("name", formats(".pdf"))
def test_pdf_footers_removed_and_no_cjk_spacing(name: str) -> None:
    d = doc(name)
    assert d.pages and d.pages > 20
    for p in d.paragraphs:
        assert not p.text.strip().startswith("- ") or not p.text.strip().endswith(" -"), p.text
        assert "年 度" not in p.text and "2024 年" not in p.text


@pytest.mark.parametrize("name", formats(".pdf"))
def test_pdf_wrapped_lines_are_one_paragraph(name: str) -> None:
    texts = [p.text for p in doc(name).paragraphs]
    # The 三公经费 sentence wraps across lines in every rendering; it must come back whole.
    assert any("“三公经费”预算共计5.6万元，其中：公务接待费0.2万元" in t for t in texts)
    assert any("故本次固定资产得用率计3分" in t and "固定资产利用率评价标准" in t for t in texts)


def test_pdf_table_split_across_pages_is_stitched() -> None:
    d = doc("report-12pt.pdf")
    expenditure = next(t for t in d.tables if t.grid[0][1].text == "支出合计")
    assert len(expenditure.pages) == 2, (
        "the expenditure table crosses a page break in this rendering"
    )
    last = [c.text for c in expenditure.grid[-1]]
    # The row cut by the page break is joined back: its label is whole and its values kept.
    assert last[0] == "1、吉首市峒河街道办事处（本级）"
    assert last[1:7] == ["2,415.05", "1172.67", "898.10", "274.57", "1242.39", "0"]


@pytest.mark.slow  # the rendering that repeats its header rows
def test_pdf_repeated_header_rows_are_dropped() -> None:
    d = doc("report-alt.pdf")
    expenditure = next(t for t in d.tables if t.grid[0][1].text == "支出合计")
    assert (
        sum(
            1
            for r in range(expenditure.n_rows)
            if expenditure.grid[r][1].text == "支出合计" and expenditure.is_origin(r, 1)
        )
        == 1
    )


@pytest.mark.parametrize("name", formats(but=("report-alt.docx", "report-alt.pdf")))
def test_scoring_sheet_split_over_pages_keeps_all_rows(name: str) -> None:
    d = doc(name)
    sheet = next(t for t in d.tables if t.grid[0][0].text == "一级指标")
    scores = [t for t in (sheet.grid[r][-1].text for r in range(sheet.n_rows)) if t.isdigit()]
    assert scores == ["8", "2", "19", "10", "15", "15", "14", "14", "97"], name


def test_docx_reads_equations_omml() -> None:
    texts = [p.text for p in doc("report-alt.docx").paragraphs]
    assert any("61/63×100%=96.83%" in t.replace(" ", "") for t in texts)


def test_docx_headings_by_pattern_in_bold_normal_paragraphs() -> None:
    heads = [p.text for p in doc("report.docx").paragraphs if p.heading_level is not None]
    assert "（十七）固定资产利用率（3分）" in [
        h.replace("(", "（").replace(")", "）").replace(" ", "") for h in heads
    ]


def test_docx_locations_are_paragraph_and_cell_numbers() -> None:
    d = doc("report.docx")
    p = next(p for p in d.paragraphs if "编制共58名" in p.text)
    assert p.location.page is None and p.location.paragraph and p.location.paragraph > 50
    t = income_table(d)
    cell = t.grid[2][3]
    assert (cell.location.table, cell.location.row, cell.location.col) == (t.number, 3, 4)


def test_text_locations_are_line_numbers() -> None:
    d = doc("report.txt")
    p = next(p for p in d.paragraphs if "编制共58名" in p.text)
    assert p.location.line == 279


def test_raw_text_is_kept_beside_normalised_text() -> None:
    d = doc("report-12pt.pdf")
    p = next(p for p in d.paragraphs if "编制共58名" in p.text)
    assert p.raw != p.text and "58" in p.raw


@pytest.mark.parametrize("name", FORMATS)
def test_every_block_and_cell_has_a_location(name: str) -> None:
    for block in doc(name).blocks:
        assert block.location.describe() != "位置不明", (name, block)
        if isinstance(block, Table):
            for cell in block.cells():
                assert cell.location.row and cell.location.col
        else:
            assert isinstance(block, Paragraph)


def _line(text: str, x0: float, top: float, x1: float | None = None) -> dict[str, object]:
    """A pdfplumber text line of 12 pt upright characters."""
    width = x1 if x1 is not None else x0 + 12 * len(text)
    chars = [{"text": ch, "size": 12.0, "fontname": "Noto"} for ch in text]
    return {"text": text, "x0": x0, "x1": width, "top": top, "bottom": top + 12, "chars": chars}


def test_pdf_list_item_wrapped_with_hanging_indent_is_one_paragraph() -> None:
    from auditor.extract.pdf import _lines_to_pieces

    lines = [
        _line("5. 资金拨付及时率（8分）：指标值100%，实际100%。自评得分：8分。", 90, 100, 495),
        _line("6. 生均公用经费（8分）：指标值≤1400元，实际1339.37元（326.27万元", 90, 120, 500),
        _line("÷2436人）。自评得分：8分。", 111, 140),
        _line("（三）效益指标（30分）", 90, 160),
    ]
    texts = [p.text for p in _lines_to_pieces(lines, 1)]
    assert texts[0].startswith("5.") and texts[0].endswith("8分。")
    assert texts[1].startswith("6.") and "÷2436人）" in texts[1]
    assert texts[2] == "（三）效益指标（30分）"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2.资金结余。结余率=年末结转结余÷全年收入×100%=", "58.60÷1,204.30×100%=4.87%。"),
        ("（四）执行率：执行率＝实际支出÷调整后预算×100%＝", "912.44÷960.00×100%＝95.05%。"),
    ],
)
def test_pdf_numbered_line_ending_in_an_operator_goes_on(first: str, second: str) -> None:
    """A numbered line cut after ``=`` is no title: its formula goes on in the next line."""
    from auditor.extract.pdf import _lines_to_pieces

    lines = [
        _line("本单位严格执行预算，各项支出均按批复用途使用，未发生挤占挪用。", 90, 80, 500),
        _line(first, 90, 100, 380),
        _line(second, 90, 120),
        _line("（五）下一项", 90, 160),
    ]
    texts = [p.text for p in _lines_to_pieces(lines, 1)]
    assert len(texts) == 3 and texts[1].endswith(second)


def test_pdf_numbered_title_before_a_line_opening_with_a_year_stays_a_title() -> None:
    from auditor.extract.pdf import _lines_to_pieces

    lines = [
        _line("（三）预算收支情况", 90, 100, 220),
        _line("2025年全年支出812.00万元。", 90, 120),
    ]
    assert len(_lines_to_pieces(lines, 1)) == 2


def test_pdf_line_short_before_a_kinsoku_pair_continues() -> None:
    from auditor.extract.pdf import _lines_to_pieces

    lines = [
        _line("预算编制经集体研究、程序规范，但部分专项资金在年初未细化到具体项目", 103, 100, 520),
        _line("评分标准：预算编制程序规范、内容完整、测算依据充分的得满", 80, 120, 499.5),
        _line("分，存在未细化情况的扣1分。自评得分为6分。", 80, 140),
    ]
    texts = [p.text for p in _lines_to_pieces(lines, 1)]
    assert len(texts) == 1 and "得满分，存在" in texts[0]


def test_pdf_line_short_before_a_number_moved_down_continues() -> None:
    """A number is never broken: ``…其中市容秩序类`` ends short when ``1,186件`` moved down."""
    from auditor.extract.pdf import _lines_to_pieces

    lines = [
        _line("4.执法办案。全年立案查处各类违法案件2,846件，其中市容秩序类", 100, 100, 486),
        _line("1,186件、环境卫生类894件、规划建设类437件、园林绿化类329件，较", 77, 120, 516),
        _line("上年增长8.92%。", 77, 140),
    ]
    texts = [p.text for p in _lines_to_pieces(lines, 1)]
    assert len(texts) == 1 and "市容秩序类1,186件" in texts[0]
    # A short line before a new line that opens with words still ends its paragraph.
    lines[1] = _line("环境卫生类894件、规划建设类437件、园林绿化类329件，较上年增", 77, 120, 516)
    assert len(_lines_to_pieces(lines, 1)) == 2


def test_a_heading_numbered_13_before_65_years_is_item_13() -> None:
    from auditor.text.headings import heading_level

    assert heading_level("13.65岁以上老年人健康管理率（6分）") == 3
    assert heading_level("13.65万元") is None


def test_decimal_outline_titles_are_headings_of_their_depth() -> None:
    from auditor.text.headings import heading_level

    assert heading_level("4履职效益") == 1  # the space after the number lost in a PDF
    assert heading_level("4.2 社会效益") == 2
    assert heading_level("4.2.3满意度") == 3
    for figure in ("4.2万元", "12月底前全部完成", "6家医院完成改造", "2 满意度 10 9.5"):
        assert heading_level(figure) is None, figure
    assert heading_level("3项工作未完成，原因是…") is None


def test_numbered_part_titles_are_part_headings() -> None:
    """A marked ``第四部分 自评结论`` is above ``一、``: it closes the indicator sections before it."""
    from auditor.text.headings import heading_level

    assert heading_level("第四部分 自评结论", styled=True) == 0
    assert heading_level("第二章绩效目标完成情况", styled=True) == 0
    assert heading_level("第四部分 自评结论") is None  # unmarked: body text, as before
    assert heading_level("第一部分工作已完成，第二部分正在推进。", styled=True) != 0


def test_decimal_outline_sections_separate_two_parts(tmp_path: Path) -> None:
    import checks
    from auditor.engine import load_knowledge
    from auditor.extract import open_document
    from auditor.read.reading import read

    path = tmp_path / "report.txt"
    path.write_text(
        "某县图书馆2025年度部门整体支出绩效自评报告\n"
        "2绩效目标完成情况\n2.1产出\n全年接待读者12,345人次。\n"
        "2.2效益\n读者满意度为96.00%。\n",
        encoding="utf-8",
    )
    knowledge = load_knowledge(checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    document = open_document(path, source="report.txt")
    reading = read(document, knowledge.lexicon, knowledge.framework)
    blocks = [i for i, b in enumerate(document.blocks) if "人次" in str(getattr(b, "text", ""))]
    other = [i for i, b in enumerate(document.blocks) if "满意度为" in str(getattr(b, "text", ""))]
    assert reading.place_of[blocks[0]] != reading.place_of[other[0]]


def test_latex_commands_end_at_a_word_boundary() -> None:
    from auditor.extract.latex import latex_to_text

    assert latex_to_text(r"a \leq b \times 100\%") == "a ≤ b × 100%"
    assert "≤slant" not in latex_to_text(r"a \leqslant b")


def test_docx_text_box_is_read_once() -> None:
    from lxml import etree

    from auditor.extract.docx import paragraph_text

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    xml = (
        f'<w:p xmlns:w="{w}" xmlns:mc="{mc}"><w:r><w:t>正文</w:t></w:r>'
        "<w:r><mc:AlternateContent><mc:Choice><w:t>框内</w:t></mc:Choice>"
        "<mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    assert paragraph_text(etree.fromstring(xml)) == "正文框内"


def test_kilogram_and_kilometre_are_units_not_a_thousand_of_something() -> None:
    """``298.15千克`` is 298.15 kg (no 千 multiplier of 克); 千元 keeps its 千."""
    from decimal import Decimal

    from auditor.text.numbers import scan
    from auditor.text.units import convert, same_dimension

    found = {
        a.raw: (a.unit, a.value)
        for a in scan("能耗298.15千克，道路3千米，经费5千元，2千余人").amounts
    }
    assert found["298.15千克"] == ("千克", Decimal("298.15"))
    assert found["3千米"] == ("千米", Decimal("3"))
    assert found["5千元"][0] == "千元"
    assert found["2千余人"] == ("人", Decimal("2000"))
    assert same_dimension("千克", "吨") and convert(Decimal("2"), "吨", "公斤") == 2000
