"""Issue 18: the bureau's reference table (``--reference``) and last year's report (``--previous``).

The acceptance cases of the issue: the example report against a row of its own 决算
figures with one deliberate difference (that difference found, nothing else new); a
generated two-year pair (a wrong 上年 figure and a copied results paragraph, both found,
nothing else); a report without a reference row audited as before and said to be
unmatched. Plus the pieces: reading the table through the lexicon, matching units,
the template, the JSON schema and the Excel sheet.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import knowledge, read_text

from auditor.cli import main
from auditor.errors import ConfigError
from auditor.model import Location
from auditor.reference.copies import copied_results
from auditor.reference.match import match_row, normalise_name, same_unit
from auditor.reference.table import load_reference, parse_rows
from auditor.render.reference_template import HEADERS, write_template

ROOT = Path(__file__).parent.parent
EXAMPLE_TXT = ROOT / "corpus" / "example" / "report.txt"
EXAMPLE_PDF = ROOT / "corpus" / "example" / "report-12pt.pdf"
sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "reference"))
import generate  # noqa: E402

# The example's 决算 figures as a bureau holds them (its tables: 表1, 表2, 表3, 表4, 表5).
EXAMPLE_ROW = {
    "编制数": "63",
    "实有人数": "61",
    "收入合计": "2,415.05",
    "一般公共预算拨款": "2,237.76",
    "支出合计": "2,415.05",
    "基本支出": "1,172.67",
    "项目支出": "1,242.39",
    "三公经费": "5.4",
    "固定资产总额": "374.69",
}


def _table(rows: list[list[str]]):
    return parse_rows(rows, knowledge().lexicon, path="t.csv", label="参考数据《t.csv》")


def _csv(path: Path, header: list[str], rows: list[list[str]], title: str | None = None) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if title:
        writer.writerow([title])
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _example_reference(tmp_path: Path, changes: dict[str, str] | None = None) -> Path:
    row = {**EXAMPLE_ROW, **(changes or {})}
    return _csv(
        tmp_path / "决算.csv",
        ["单位名称", "预算编码", *row],
        [
            ["吉首市峒河街道办事处", "301001", *row.values()],
            [
                "吉首市石家冲街道办事处",
                "301002",
                "40",
                "38",
                "900",
                "880",
                "900",
                "500",
                "400",
                "3",
                "100",
            ],
        ],
        title="2024年度部门决算数据（单位：万元）",
    )


def _audit_json(tmp_path: Path, args: list[str], name: str = "out.json") -> dict:
    out = tmp_path / name
    code = main([*args, "--format", "json", "-o", str(out), "--no-progress"])
    assert code in (0, 1), code
    return json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ reading the table


def test_headers_are_read_through_the_lexicon() -> None:
    table = _table(
        [
            ["2024年度部门决算（单位：万元）"],
            [
                "单位名称",
                "预算编码",
                "编制人数",
                "实有人数",
                "本年支出合计",
                "一般公共预算拨款",
                "“三公”经费预算数",
                "上年三公经费",
                "绩效等级",
            ],
            ["某局", "101", "30", "29", "1,200.50", "1000", "8", "9", "优"],
        ]
    )
    by_header = {c.header: c for c in table.columns}
    assert by_header["编制人数"].concept == "headcount.authorised"
    assert by_header["编制人数"].unit == "人"
    assert by_header["本年支出合计"].concept == "expenditure.total"
    assert by_header["本年支出合计"].unit == "万元"  # the note above the header
    general = by_header["一般公共预算拨款"]
    assert (general.concept, general.source, general.basis.value) == (
        "income.total",
        "general",
        "actual",
    )
    assert by_header["“三公”经费预算数"].basis.value == "budget"
    assert by_header["上年三公经费"].year_for(2024) == 2023
    assert table.unknown == ("绩效等级",)  # listed, never guessed
    values = {v.column.header: v for v in table.rows[0].values}
    assert values["本年支出合计"].base_value == Decimal("12005000")
    assert table.year == 2024


def test_table_without_key_column_is_refused() -> None:
    from auditor.errors import ConfigError

    with pytest.raises(ConfigError, match="表头"):
        _table([["编制数", "支出合计"], ["30", "100"]])


def test_gb18030_csv_and_total_rows(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes('单位名称,支出合计（元）\n某局,"1,234.50"\n合计,1234.5\n'.encode("gb18030"))
    table = load_reference(path, knowledge().lexicon)
    assert [r.name for r in table.rows] == ["某局"]
    assert table.rows[0].values[0].base_value == Decimal("1234.50")


def test_template_round_trips_without_unknown_headers(tmp_path: Path) -> None:
    for name in ("模板.xlsx", "模板.csv"):
        path = tmp_path / name
        assert main(["--reference-template", str(path)]) == 0
        rows = [list(HEADERS), ["某局", "101", *["1"] * (len(HEADERS) - 2)]]
        table = _table(rows)
        assert not table.unknown
        assert len(table.columns) == len(HEADERS) - 2
        loaded = load_reference(path, knowledge().lexicon)
        assert not loaded.unknown and len(loaded.columns) == len(HEADERS) - 2


def test_template_never_replaces_an_input(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("x", encoding="utf-8")
    write_template(tmp_path / "t.xlsx")
    assert main(["--reference-template", str(tmp_path)]) == 2  # a folder is no output file


# ------------------------------------------------------------------ matching units


def test_names_normalise() -> None:
    assert normalise_name("吉首市峒河街道办事处（本级）") == normalise_name("吉首市峒河街道")
    assert normalise_name("某县 文化馆") == normalise_name("某县文化馆")
    assert same_unit("某局", "101", "某局", "102") == ""  # codes decide when both stated
    assert same_unit("某局（本级）", None, "某局", "102") == "单位名称"


def test_rows_match_by_code_then_unique_name() -> None:
    table = _table(
        [
            ["单位名称", "预算编码", "编制数"],
            ["峒河街道", "301001", "63"],
            ["某县第一中学", "", "80"],
            ["某县第二中学", "", "70"],
        ]
    )
    assert match_row(table, "别的名字", "301001", 2024).by == "预算编码"
    assert match_row(table, "吉首市峒河街道办事处", None, 2024).row == table.rows[0]
    found = match_row(table, "某县第三中学", None, 2024)
    assert found.row is None and "没有" in found.why
    assert match_row(table, "某县第一中学", None, 2024).row == table.rows[1]


# ------------------------------------------------------------------ acceptance: the example


def _new_findings(base: dict, with_ref: dict) -> list[dict]:
    old = {f["id"] for f in base["documents"][0]["findings"]}
    return [f for f in with_ref["documents"][0]["findings"] if f["id"] not in old]


def _figures_flagged_elsewhere(doc: dict) -> set[tuple[str, str]]:
    return {
        (
            e.get("value") or "",
            json.dumps({k: e.get(k) for k in ("page", "line", "table", "row", "col")}),
        )
        for f in doc["findings"]
        if not f["rule"].startswith("REF")
        for e in f["evidence"]
    }


def _check_example(tmp_path: Path, report: Path) -> None:
    base = _audit_json(tmp_path, [str(report)], "base.json")
    clean = _audit_json(
        tmp_path, [str(report), "--reference", str(_example_reference(tmp_path))], "c.json"
    )
    assert clean["documents"][0]["meta"]["reference"]["matched_by"] == "预算编码"
    # With the true figures, a REF finding may only repeat a figure another rule already
    # flags (the text's 58 编制 against the tables' 63 is IC001's): nothing else new.
    flagged = _figures_flagged_elsewhere(base["documents"][0])
    for f in _new_findings(base, clean):
        assert f["rule"] == "REF001", f["message"]
        own = [e for e in f["evidence"] if "file" not in e]
        assert all(
            (e["value"], json.dumps({k: e.get(k) for k in ("page", "line", "table", "row", "col")}))
            in flagged
            for e in own
        ), f["message"]
    (tmp_path / "决算.csv").unlink()
    planted = _audit_json(
        tmp_path,
        [str(report), "--reference", str(_example_reference(tmp_path, {"三公经费": "5.8"}))],
        "p.json",
    )
    new = {f["id"]: f for f in _new_findings(clean, planted)}
    assert len(new) == 1, [f["message"] for f in new.values()]
    (finding,) = new.values()
    assert finding["rule"] == "REF001" and finding["severity"] == "error"
    assert (finding["expected"], finding["found"]) == ("5.8", "5.4")
    places = [e for e in finding["evidence"] if "file" not in e]
    reference = [e for e in finding["evidence"] if "file" in e]
    assert places and all(e["value"] == "5.4" for e in places)
    assert reference == [
        {**reference[0], "file": "参考数据《决算.csv》", "row": 3, "col": 10, "value": "5.8"}
    ]
    assert len(planted["documents"][0]["findings"]) == len(clean["documents"][0]["findings"]) + 1


def test_example_text_against_its_final_accounts(tmp_path: Path) -> None:
    _check_example(tmp_path, EXAMPLE_TXT)


@pytest.mark.slow
def test_example_pdf_against_its_final_accounts(tmp_path: Path) -> None:
    _check_example(tmp_path, EXAMPLE_PDF)


# ------------------------------------------------------------------ acceptance: two years


def test_generated_pair_in_a_batch(tmp_path: Path) -> None:
    paths = generate.write(tmp_path / "pair")
    before = _audit_json(tmp_path, [str(paths["2023"]), str(paths["2024"])], "no-ref.json")
    out = _audit_json(
        tmp_path,
        [str(paths["2023"]), str(paths["2024"]), "--reference", str(paths["reference"])],
    )
    docs = {Path(d["path"]).stem[-4:]: d for d in out["documents"]}
    refs = {
        year: sorted(
            (f["rule"], f["severity"], f["found"])
            for f in d["findings"]
            if f["rule"].startswith("REF")
        )
        for year, d in docs.items()
    }
    assert refs["2023"] == []
    assert refs["2024"] == [
        ("REF001", "error", "1,092.26"),
        ("REF002", "error", "9.60"),
        ("REF003", "warning", None),
    ]
    copied = next(f for f in docs["2024"]["findings"] if f["rule"] == "REF003")
    assert (
        "86" in copied["message"]
        and copied["evidence"][1]["file"] == "上年报告《青溪县文旅局-2023.txt》"
    )
    prior = next(f for f in docs["2024"]["findings"] if f["rule"] == "REF002")
    assert prior["expected"] == "9.8" and prior["evidence"][1]["value"] == "9.80"
    assert docs["2024"]["meta"]["previous"]["matched_by"] == "预算编码"
    assert docs["2023"]["meta"]["reference"]["status"] == "unmatched"  # a 2024 table
    # Everything else is what the batch gave without the reference and the pairing.
    for year, doc in docs.items():
        old = next(d for d in before["documents"] if d["path"] == doc["path"])
        kept = [f["id"] for f in doc["findings"] if not f["rule"].startswith("REF")]
        assert kept == [f["id"] for f in old["findings"] if not f["rule"].startswith("REF")], year


def test_previous_given_explicitly(tmp_path: Path) -> None:
    paths = generate.write(tmp_path / "pair")
    out = _audit_json(tmp_path, [str(paths["2024"]), "--previous", str(paths["2023"])])
    (doc,) = out["documents"]
    assert sorted(f["rule"] for f in doc["findings"] if f["rule"].startswith("REF")) == [
        "REF002",
        "REF003",
    ]
    wrong = _audit_json(tmp_path, [str(paths["2023"]), "--previous", str(paths["2024"])], "w.json")
    (doc,) = wrong["documents"]
    assert doc["meta"]["previous"]["status"] == "unmatched"
    assert not [f for f in doc["findings"] if f["rule"].startswith("REF")]


def test_report_without_a_row_is_audited_as_before(tmp_path: Path, capsys) -> None:
    paths = generate.write(tmp_path / "pair")
    reference = _csv(
        tmp_path / "other.csv", ["单位名称", "支出合计（万元）"], [["某县统计局", "402.10"]]
    )
    before = _audit_json(tmp_path, [str(paths["2024"])], "before.json")
    after = _audit_json(tmp_path, [str(paths["2024"]), "--reference", str(reference)], "after.json")
    (doc,) = after["documents"]
    assert doc["meta"]["reference"]["status"] == "unmatched"
    assert [f["id"] for f in doc["findings"]] == [
        f["id"] for f in before["documents"][0]["findings"]
    ]
    err = capsys.readouterr().err
    assert "未匹配" in err and "照常审核" in err and "某县统计局" in err


# ------------------------------------------------------------------ copies: precision


def test_copies_only_in_results_sections_of_the_example_shifted_a_year() -> None:
    text = EXAMPLE_TXT.read_text(encoding="utf-8")
    shifted = re.sub(r"20(\d\d)", lambda m: f"20{int(m.group(1)) - 1:02d}", text)
    current, previous = read_text(text), read_text(shifted)
    copies = copied_results(current, previous)
    assert len(copies) >= 15  # every results paragraph is a copy here
    boiler = re.compile(r"职能|基本情况|机构|绩效目标(?!完成)|评价")
    for copy in copies:
        path = [s.title for s in current.section_path(copy.block)]
        assert not boiler.search(path[-1]), path
    # A report compared with a genuinely different year keeps its own results.
    assert copied_results(current, read_text(generate.report(generate.Y2023, generate.Y2023))) == []


def test_generated_pair_copy_detection_is_exact() -> None:
    current = read_text(generate.report(generate.Y2024, generate.Y2023))
    previous = read_text(generate.report(generate.Y2023, generate.Y2023_PREVIOUS))
    copies = copied_results(current, previous)
    assert len(copies) == 1 and copies[0].quote.startswith("2024年开展“村晚”")
    assert copies[0].figures == ("86", "2.1", "5", "32", "6400")


# ------------------------------------------------------------------ outputs


def test_json_schema_and_excel_sheet(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from openpyxl import load_workbook

    paths = generate.write(tmp_path / "pair")
    xlsx = tmp_path / "汇总.xlsx"
    out = _audit_json(
        tmp_path,
        [
            str(paths["2023"]),
            str(paths["2024"]),
            "--reference",
            str(paths["reference"]),
            "--xlsx",
            str(xlsx),
        ],
    )
    schema = json.loads(
        (ROOT / "auditor" / "schema" / "report.schema.json").read_text(encoding="utf-8")
    )
    jsonschema.validate(out, schema)
    sheet = load_workbook(xlsx)["参考数据核对"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    rules = sorted(r[4] for r in rows if r[4])
    assert rules == ["REF001", "REF002", "REF003"]
    ref001 = next(r for r in rows if r[4] == "REF001")
    assert ref001[8] == pytest.approx(1092.26) and ref001[10] == pytest.approx(1090.26)
    assert ref001[11] == pytest.approx(2.0)
    assert "第 3 行第 8 列" in ref001[9]
    unmatched = next(r for r in rows if r[0] and r[0].endswith("2023.txt"))
    assert unmatched[2].startswith("未匹配")
    spare = [r for r in rows if r[0] is None]
    assert [(r[1], r[2]) for r in spare] == [("青溪县统计局", "第 4 行（412011）")]


def test_location_in_another_file_describes_itself() -> None:
    assert (
        Location(file="参考数据《a.xlsx》", row=3, col=5).describe()
        == "参考数据《a.xlsx》 第 3 行第 5 列"
    )
    assert Location(file="上年报告《b.pdf》", page=4).describe() == "上年报告《b.pdf》 第 4 页"
    assert (
        Location(file="上年报告《b.txt》", line=12).describe() == "上年报告《b.txt》 文件第 12 行"
    )
    assert Location(line=12).describe() == "文件第 12 行"


def test_excel_reference_with_numeric_cells(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.append(["2024年部门决算"])
    sheet.append(["单位名称", "预算编码", "编制数", "支出合计（万元）", "三公经费（万元）"])
    sheet.append(["吉首市峒河街道办事处", 301001, 63, 2415.05, 5.8])
    path = tmp_path / "决算.xlsx"
    wb.save(path)
    table = load_reference(path, knowledge().lexicon)
    values = {v.column.header: v for v in table.rows[0].values}
    assert table.rows[0].code == "301001"
    assert values["支出合计（万元）"].text == "2415.05"
    assert values["支出合计（万元）"].base_value == Decimal("24150500")
    out = _audit_json(tmp_path, [str(EXAMPLE_TXT), "--reference", str(path), "--select", "参考"])
    (doc,) = out["documents"]
    found = sorted((f["expected"], f["found"]) for f in doc["findings"])
    assert found == [("5.8", "5.4"), ("63", "58")]


def test_unreadable_previous_report_is_a_note(tmp_path: Path, capsys) -> None:
    paths = generate.write(tmp_path / "pair")
    broken = tmp_path / "上年.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf")
    out = _audit_json(tmp_path, [str(paths["2024"]), "--previous", str(broken)])
    (doc,) = out["documents"]
    assert doc["status"] == "ok"
    assert doc["meta"]["previous"]["status"] == "unmatched"
    assert not [f for f in doc["findings"] if f["rule"].startswith("REF")]
    assert "无法读取上年报告" in capsys.readouterr().err


def test_serve_checks_every_upload_against_the_reference_row(tmp_path: Path) -> None:
    """``audit serve --reference``: the page finds what ``audit --reference`` finds."""
    from starlette.testclient import TestClient

    import checks
    from auditor.web.app import ServeOptions, create_app
    from auditor.web.setup import load_setup

    table = _example_reference(tmp_path, {"三公经费": "5.8"})
    setup = load_setup(
        None, ROOT, lexicon=checks.LEXICON_PATH, framework=checks.FRAMEWORK_PATH, reference=table
    )
    client = TestClient(create_app(setup, ServeOptions(jobs=1)))
    reply = client.post(
        "/upload",
        files=[("files", ("report.txt", EXAMPLE_TXT.read_bytes(), "text/plain"))],
        headers={"Accept": "application/json"},
    )
    assert reply.status_code == 200, reply.text
    findings = client.get(f"{reply.json()['location']}/download/json").json()["documents"][0][
        "findings"
    ]
    ref = [f for f in findings if f["rule"] == "REF001" and f["expected"] == "5.8"]
    assert len(ref) == 1 and ref[0]["found"] == "5.4"
    with pytest.raises(ConfigError, match="找不到参考数据文件"):
        load_setup(
            None,
            ROOT,
            lexicon=checks.LEXICON_PATH,
            framework=checks.FRAMEWORK_PATH,
            reference=tmp_path / "none.csv",
        )
