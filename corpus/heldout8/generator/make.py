"""Build every held-out round 8 case: ``python make.py``.  Writes report.<fmt>, answer_key.yaml
and NOTES.md into ../<slug>/.  PDFs by reportlab."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import build, w, y  # noqa: E402
from render import to_docx, to_pdf_reportlab, to_txt  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402

CASES = [c for c in [cases_a.COURT, cases_a.PROC, getattr(cases_b, "TZB", None), getattr(cases_b, "ZX", None), getattr(cases_b, "RD", None), getattr(cases_b, "TSW", None), getattr(cases_b, "ZGH", None), getattr(cases_b, "KX", None)] if c and (c["clean"] or c["expect"])]


def must_not(c, F):
    Y = c["year"]
    inc = c["income"]
    m = [
        dict(rule="AR", values=[w(F["inc_total"]), w(inc["jz"])], note="收入总计 = 上年结转结余 + 本年收入，相符"),
        dict(rule="AR", values=[w(c["basic"]["ry"]), w(c["basic"]["gy"])], note="基本支出 = 人员经费 + 公用经费（其中行，非加项），相符"),
        dict(rule="AR", values=[w(F["sg_bud"])], note="“三公”经费表各列合计相符"),
        dict(rule="AR003", values=[f"{F['adj_rate']:.2f}%"], note="预算调整率按公式计算正确"),
        dict(rule="AR006", note="基本支出 + 项目支出 = 支出合计"),
        dict(rule="IC002", note="有上年结转和年末结余，不适用"),
        dict(rule="IC003", values=[w(F["spend"])], note="分资金来源的支出之和等于支出合计"),
        dict(rule="IC006", note="实有人数不超过编制数"),
        dict(rule="YR001", values=[str(Y + 1)], note=f"“{Y + 1}年工作打算”是计划"),
        dict(rule="YR003", values=[str(Y - 1)], note=f"{Y - 1}年度决算于{Y}年公开，正常"),
        dict(rule="SC006", note="分值之和为 100"),
        dict(rule="IC001", values=[str(F["sy"])], note="实有人数各处一致"),

        dict(rule="SC010", note="未达目标的指标已扣分并写明偏差原因"),
    ]
    if "proj_tab_total" not in c["plant"]:
        m.append(dict(rule="AR", values=[w(F["proj"])], note="项目支出表各行合计相符"))
    if c["clean"]:
        m += [dict(rule="SC005", note="各指标得分之和等于总分"),
              dict(rule="SC007", note="等级与总分相符"),
              dict(rule="SC008", note="总分各处一致"),
              dict(rule="SC001", note="无超分"),
              dict(rule="SC002", note="得分符合评分标准"),
              dict(rule="IC001", values=[str(F["bz"])], note="编制数各处一致"),
              dict(rule="AR003", values=[f"{F['exe_rate']:.2f}%"], note="预算执行率计算正确"),
              dict(rule="AR001", values=[w(F["spend"])], note="功能分类表合计相符"),
              dict(rule="AR002", values=[w(F["spend"])], note="支出合计 = 基本支出 + 项目支出")]
    return m + c.get("must_not_extra", [])


def main() -> None:
    for c in CASES:
        out = HERE.parent / c["slug"]
        out.mkdir(exist_ok=True)
        blocks, F = build(c)
        if c["clean"]:
            assert not c["plant"] and not c["expect"]
        else:
            assert 5 <= len(c["expect"]) <= 7, c["slug"]
        for fmt in c["formats"]:
            p = out / f"report.{fmt}"
            if fmt == "txt":
                to_txt(blocks, p)
            elif fmt == "docx":
                to_docx(blocks, p, headings=c.get("headings", "mixed"))
            else:
                to_pdf_reportlab(blocks, p)
        key = dict(id=c["slug"], kind="heldout8", report_year=c["year"],
                   defect="干净报告，无植入错误" if c["clean"] else f"植入 {len(c['expect'])} 处错误",
                   expect=c["expect"], must_not=must_not(c, F))
        if c.get("allow"):
            key["allow"] = c["allow"]
        (out / "answer_key.yaml").write_text(
            f"# Held-out round 8: {c['unit']} {c['year']} 年度部门整体支出绩效自评报告（{c['province']}，{c['kind']}）\n"
            + yaml.safe_dump(key, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
        yaml.safe_load((out / "answer_key.yaml").read_text(encoding="utf-8"))
        notes = [f"# {c['unit']} {c['year']} 年度部门整体支出绩效自评报告", "",
                 f"- 省份/模板：{c['province']}；单位类型：{c['kind']}；格式：{', '.join(c['formats'])}",
                 f"- 模板：{c['tpl']}", f"- 支出合计 {w(F['spend'])} 万元 = 基本 {w(F['basic'])} + 项目 {w(F['proj'])}；"
                 f"收入总计 {w(F['inc_total'])}；结余 {w(F['jy'])}；编制 {F['bz']}、实有 {F['sy']}；指标得分之和 {F['real_sum']}", "",
                 "## Planted defects", ""]
        if c["expect"]:
            notes += ["| # | rule | severity | values | note |", "| --- | --- | --- | --- | --- |"]
            for i, e in enumerate(c["expect"], 1):
                notes.append(f"| {i} | {e['rule']} | {e.get('severity', '')} | {', '.join(e.get('values', []))} | {e['note']} |")
        else:
            notes.append("None: a clean report.")
        notes += ["", "## Tricky but correct", ""] + [f"- {m['rule']} {', '.join(m.get('values', []))}: {m['note']}" for m in must_not(c, F)]
        (out / "NOTES.md").write_text("\n".join(notes) + "\n", encoding="utf-8")
        chars = sum(len(getattr(b, "text", "")) for b in blocks)
        print(c["slug"], c["formats"], "prose chars", chars, "sum", F["real_sum"])


if __name__ == "__main__":
    main()
