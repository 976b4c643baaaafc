"""平川市实验中学 2023 年度部门整体支出绩效自评报告 — Word (Heading 1 + bold Normal) + PDF.

Style: a 市直学校 (全额拨款事业单位) using the 财预〔2020〕10号-style 部门整体支出绩效自评表:
one Word table whose top rows are the fund block (年度预算数 | 全年执行数 | 分值 | 执行率 | 得分,
预算执行率×10 scored) and whose lower rows are 一级/二级/三级指标 with 年度指标值 | 实际完成值 |
分值 | 得分 | 偏差原因, many merged cells; scores written "自评得分：X分"; 三公 in 元, the rest in
万元; bands 优/良/中/差 with a 75-point cut-off; a key–value staffing table; signature table.
"""

from __future__ import annotations

from common import (
    D, HELDOUT, add_table, check, docx_to_pdf, fm, fp, fs, new_document, numbered_list, page_break, para,
    pct, q2, total,
)

FOLDER = "city-school-2023"
S = 12


def bold(doc, text):
    return para(doc, text, bold=True, indent=False, size=S)


def body(doc, text):
    return para(doc, text, size=S)


def build():
    carry, fiscal, business, other = D("86.25"), D("3956.28"), D("152.40"), D("20.85")
    income = total(carry, fiscal, business, other)
    persons, public, project = D("3102.37"), D("326.27"), D("787.14")
    basic = persons + public
    spend = basic + project
    check(income == spend == D("4215.78") and basic == D("3428.64"), "收支")

    # fund block of the 自评表: (年度预算数, 全年执行数)
    fund = [("年度资金总额", None), ("其中：财政拨款", (D("4012.60"), fiscal)),
            ("上年结转资金", (carry, carry)), ("其他资金", (D("187.50"), business + other))]
    budget_all = total(*(f[1][0] for f in fund[1:]))
    exec_all = total(*(f[1][1] for f in fund[1:]))
    check(budget_all == D("4286.35") and exec_all == spend, "资金总额")
    fund[0] = ("年度资金总额", (budget_all, exec_all))
    rates = [pct(e, b) for _, (b, e) in fund]
    check(rates == [D("98.35"), D("98.60"), D("100.00"), D("92.40")], "执行率")
    exec_score = q2(rates[0] / 100 * 10)
    check(exec_score == D("9.84"), "预算执行得分 9.84")

    sg_budget, sg_host, sg_car = 40000, 12600, 22160
    check(sg_host + sg_car == 34760, "三公 parts 34,760")
    sg_shown = 35860  # PLANT AR002: total written 35,860
    gp_budget, gp_actual = D("286.50"), D("261.30")
    gp_true = pct(gp_actual, gp_budget)
    check(gp_true == D("91.20"), "采购 91.20")
    gp_shown = D("93.10")  # PLANT AR005
    students = 2436
    per_student = q2(public * 10000 / students)
    check(per_student == D("1339.37"), "生均公用经费 1339.37")
    sat = pct(654, 756)
    check(sat == D("86.51"), "满意度 86.51 → band 8; 10 awarded is the PLANT SC002")

    ind = [  # (一级, 二级, 三级, 指标值, 实际完成值, 分值, 得分, 偏差原因)
        ("产出指标", "数量指标", "在校学生人数", "≥2400人", f"{students}人", 10, D(10), ""),
        ("产出指标", "数量指标", "教师培训人次", "≥600人次", "648人次", 8, D(8), ""),
        ("产出指标", "质量指标", "学生体质健康测试合格率", "≥95%", "96.30%", 8, D(8), ""),
        ("产出指标", "质量指标", "学业水平考试合格率", "≥98%", "98.60%", 8, D(8), ""),
        ("产出指标", "时效指标", "资金拨付及时率", "100%", "100%", 8, D(8), ""),
        ("产出指标", "成本指标", "生均公用经费", "≤1400元", f"{per_student}元", 8, D(8), ""),
        ("效益指标", "社会效益指标", "学生综合素质提升", "市级以上竞赛获奖≥100人次", "136人次", 10, D(10), ""),
        ("效益指标", "社会效益指标", "教育教学质量", "市级评估A等", "B等", 10, D(9), "教研成果偏少，已列入下年度教研计划"),
        ("效益指标", "可持续影响指标", "校园安全", "安全责任事故0起", "0起", 10, D(10), ""),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", fp(sat), 10, D(10), ""),
    ]
    check(sum(i[5] for i in ind) + 10 == 100, "指标 90 + 预算执行 10 = 100")
    score = exec_score + total(*(i[6] for i in ind))
    check(score == D("98.84"), "总分 98.84 (96.84 with the band's 8: still 优)")

    doc = new_document("Liberation Sans", "Noto Sans CJK SC", S, margins_cm=(2.54, 2.54, 3.17, 3.17))
    doc.add_paragraph("平川市实验中学2023年度部门整体支出绩效自评报告", style="Title")
    para(doc, "单位名称：平川市实验中学", indent=False, size=S)
    para(doc, "主管部门：平川市教育局", indent=False, size=S)
    para(doc, "报告日期：2024年4月", indent=False, size=S)

    doc.add_paragraph("一、部门（单位）概况", style="Heading 1")
    bold(doc, "（一）基本情况")
    body(doc, f"平川市实验中学是市教育局所属全额拨款事业单位，设初中、高中两个学部，现有教学班52个，在校学生{students}人。"
              "学校核定教职工编制186名，年末在编教职工179人。")
    add_table(doc, [["编制数", "186", "在编人数", "179"], ["退休人员", "64", "在校学生", str(students)]],
              header_rows=0, bold_header=False, size_pt=11)
    bold(doc, "（二）部门职责")
    body(doc, "贯彻执行党和国家的教育方针，实施初中、高中学历教育，开展教育教学研究和教师培训，保障学生德智体美劳全面发展。")

    doc.add_paragraph("二、部门整体支出绩效目标", style="Heading 1")
    # PLANT IC001: 编制 188 here, 186 elsewhere
    body(doc, "保障学校正常运转，保障学校核定编制188名教职工工资福利按时足额发放；改善办学条件，提升教育教学质量。"
              "年度绩效指标为：在校学生人数不少于2400人；教师培训不少于600人次；学生体质健康测试合格率不低于95%；"
              "学业水平考试合格率不低于98%；学生家长满意度不低于90%。")

    doc.add_paragraph("三、部门整体支出情况", style="Heading 1")
    bold(doc, "（一）收支情况")
    body(doc, f"2023年度学校收入合计{fm(income)}万元，其中上年结转{fm(carry)}万元，财政拨款收入{fm(fiscal)}万元，事业收入"
              f"{fm(business)}万元，其他收入{fm(other)}万元。支出合计{fm(spend)}万元，其中基本支出{fm(basic)}万元（人员经费"
              f"{fm(persons)}万元、公用经费{fm(public)}万元），项目支出{fm(project)}万元，年末结转结余0万元。")
    # PLANT YR001: caption with the previous year
    para(doc, "表2  2022年度收入支出决算表（单位：万元）", bold=True, center=True, size=S)
    rows = [["类别", "项目", "金额"],
            ["收入", "上年结转", fm(carry)], ["", "财政拨款收入", fm(fiscal)], ["", "事业收入", fm(business)],
            ["", "其他收入", fm(other)], ["", "小计", fm(income)],
            ["支出", "基本支出", fm(basic)], ["", "项目支出", fm(project)], ["", "年末结转结余", "0.00"],
            ["", "小计", fm(spend)]]
    add_table(doc, rows, merges=[((1, 0), (5, 0)), ((6, 0), (9, 0))], header_rows=1, repeat=True, size_pt=11)
    bold(doc, "（二）“三公”经费")
    body(doc, f"2023年“三公”经费预算{sg_budget:,}元，实际支出{sg_shown:,}元，其中公务接待费{sg_host:,}元、公务用车运行维护费"
              f"{sg_car:,}元。")
    bold(doc, "（三）政府采购")
    body(doc, f"2023年学校政府采购预算金额{fm(gp_budget)}万元，实际采购金额{fm(gp_actual)}万元，政府采购执行率为{fp(gp_shown)}。")

    doc.add_paragraph("四、绩效自评情况", style="Heading 1")
    body(doc, "依据《平川市市级部门整体支出绩效自评工作方案》，学校对照整体绩效目标，从预算执行、产出、效益和满意度四个"
              "方面开展自评，具体评分见附表。")
    bold(doc, "（一）预算执行情况（10分）")
    body(doc, f"年度预算数{fm(budget_all)}万元，全年执行数{fm(exec_all)}万元，预算执行率{fp(rates[0])}。按“预算执行率×10”"
              f"计分，自评得分：{fs(exec_score)}分。")
    bold(doc, "（二）产出指标（50分）")
    texts = [
        f"在校学生人数（10分）：指标值≥2400人，实际{students}人。自评得分：10分。",
        "教师培训人次（8分）：指标值≥600人次，实际648人次。自评得分：8分。",
        "学生体质健康测试合格率（8分）：指标值≥95%，实际96.30%。自评得分：8分。",
        "学业水平考试合格率（8分）：指标值≥98%，实际98.60%。自评得分：8分。",
        "资金拨付及时率（8分）：指标值100%，实际100%。自评得分：8分。",
        f"生均公用经费（8分）：指标值≤1400元，实际{per_student}元（{fm(public)}万元÷{students}人）。自评得分：8分。",
    ]
    numbered_list(doc, texts, lvl_text="%1.", size_pt=S)
    bold(doc, "（三）效益指标（30分）")
    numbered_list(doc, [
        "学生综合素质提升（10分）：学生在市级以上科技、文体竞赛中获奖136人次。自评得分：10分。",
        "教育教学质量（10分）：市教育局年度教学质量评估为B等，扣1分。自评得分：9分。",
        "校园安全（10分）：全年未发生校园安全责任事故。自评得分：10分。",
    ], lvl_text="%1.", size_pt=S)
    bold(doc, "（四）满意度指标（10分）")
    body(doc, "学生家长满意度（10分）：指标值≥90%。评分标准：满意度达到90%（含）以上得10分，80%（含）-90%得8分，"
              f"80%以下得5分。本年度发放问卷800份，回收有效问卷756份，其中满意654份，满意度{fp(sat)}。自评得分：10分。")

    doc.add_paragraph("五、自评结论", style="Heading 1")
    body(doc, f"综合以上，平川市实验中学2023年度部门整体支出绩效自评得分{fs(score)}分，评价等级为“优”。评价等级划分："
              "总分90分（含）以上为“优”，75分（含）—90分为“良”，60分（含）—75分为“中”，60分以下为“差”。")
    doc.add_paragraph("六、存在的问题及原因", style="Heading 1")
    numbered_list(doc, [
        "政府采购计划编制不够精准，部分采购项目未能在年内实施。",
        "家长满意度未达到目标值，家校沟通渠道有待拓展。",
        "教研成果偏少，教学质量评估未达A等。",
    ], lvl_text="（%1）", size_pt=S)
    doc.add_paragraph("七、改进措施", style="Heading 1")
    numbered_list(doc, [
        "按学期编制政府采购计划，加强采购执行跟踪。",
        "建立家长委员会定期沟通机制，每学期开展一次满意度回访。",
        "加大教研投入，鼓励教师开展课题研究。",
    ], lvl_text="（%1）", size_pt=S)
    doc.add_paragraph("八、其他需要说明的问题", style="Heading 1")
    body(doc, "无。")
    add_table(doc, [["单位负责人（签字）：林秀英", "财务负责人（签字）：黄志强"],
                    ["填报人：吴丹", "日期：2024年4月12日"]], header_rows=0, bold_header=False, size_pt=S)
    para(doc, "平川市实验中学（盖章）", indent=False, size=S)

    page_break(doc)
    para(doc, "附表", bold=True, indent=False, size=S)
    para(doc, "2023年度部门整体支出绩效自评表", bold=True, center=True, size=16)
    rows = [["部门（单位）名称", "", "平川市实验中学", "", "", "", "", ""],
            ["年度部门整体支出（万元）", "", "项目", "年度预算数", "全年执行数", "分值", "执行率", "得分"]]
    for k, (name, (b, e)) in enumerate(fund):
        rows.append(["", "", name, fm(b), fm(e), "10" if k == 0 else "—", fp(rates[k]),
                     fs(exec_score) if k == 0 else "—"])
    r_goal = len(rows)
    rows.append(["年度总体目标", "", "预期目标", "", "", "实际完成情况", "", ""])
    rows.append(["", "", "保障学校正常运转和教职工工资福利按时足额发放；在校学生不少于2400人；提升教育教学质量，"
                         "家长满意度不低于90%。", "", "",
                 f"学校运转正常，工资福利按时足额发放；在校学生{students}人；教学质量评估B等；家长满意度{fp(sat)}。", "", ""])
    r_ind = len(rows)
    rows.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    for k, (g1, g2, name, target, actual, mx, sc, why) in enumerate(ind):
        first1 = k == 0 or ind[k - 1][0] != g1
        first2 = first1 or ind[k - 1][1] != g2
        rows.append([g1 if first1 else "", g2 if first2 else "", name, target, actual, str(mx), fs(sc), why])
    rows.append(["总分", "", "", "", "", "100", fs(score), ""])
    merges = [((0, 0), (0, 1)), ((0, 2), (0, 7)), ((1, 0), (r_goal - 1, 1)),
              ((r_goal, 0), (r_goal + 1, 1)), ((r_goal, 2), (r_goal, 4)), ((r_goal, 5), (r_goal, 7)),
              ((r_goal + 1, 2), (r_goal + 1, 4)), ((r_goal + 1, 5), (r_goal + 1, 7)),
              ((len(rows) - 1, 0), (len(rows) - 1, 4))]
    for col, keyf in ((0, lambda x: x[0]), (1, lambda x: (x[0], x[1]))):
        k = 0
        while k < len(ind):
            j = k
            while j + 1 < len(ind) and keyf(ind[j + 1]) == keyf(ind[k]):
                j += 1
            if j > k:
                merges.append(((r_ind + 1 + k, col), (r_ind + 1 + j, col)))
            k = j + 1
    add_table(doc, rows, merges=merges, header_rows=0, bold_header=False, size_pt=9)

    out = HELDOUT / FOLDER / "report.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    docx_to_pdf(out, out.with_suffix(".pdf"))
    return out
