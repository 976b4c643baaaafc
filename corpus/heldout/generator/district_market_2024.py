"""云溪区市场监督管理局 2024 年度部门整体支出绩效自评报告 — Word (bold Normal titles) + PDF.

Style: no Heading styles at all (titles are bold ``Normal`` paragraphs, as most offices type
them); Word-numbered lists; money in 万元 without thousands separators; a 收支决算总表 laid out
as two column pairs (收入 | 决算数 | 支出 | 决算数); scores written "扣2分，得6分" and
"得8分"; per-occurrence deductions; bands 优秀/良好/一般/较差 with a 70-point cut-off; ISO dates.
"""

from __future__ import annotations

from common import (
    D, HELDOUT, add_table, check, docx_to_pdf, fm, fp, fs, new_document, numbered_list, para, pct, total,
)

FOLDER = "district-market-2024"
S = 14  # body size (四号)


def title(doc, text):
    return para(doc, text, bold=True, indent=False, size=S)


def body(doc, text):
    return para(doc, text, size=S)


def build():
    carry, general, other = D("86.30"), D("2698.52"), D("71.60")
    income_year = general + other
    income_all = income_year + carry
    persons, public, project = D("1702.15"), D("284.32"), D("754.89")
    basic = persons + public
    spend = basic + project
    balance = income_all - spend
    check((income_year, income_all, basic, spend, balance)
          == (D("2770.12"), D("2856.42"), D("1986.47"), D("2741.36"), D("115.06")), "收支总表")
    func = [("一般公共服务支出", D("2308.74")), ("社会保障和就业支出", D("246.18")),
            ("卫生健康支出", D("98.26")), ("住房保障支出", D("88.18"))]
    check(total(*(v for _, v in func)) == spend, "功能分类")
    proj = [("食品安全抽检经费", D("186.50")), ("市场监管执法办案经费", D("142.30")),
            ("特种设备安全监管经费", D("96.40")), ("知识产权创造与保护经费", D("68.20")),
            ("基层所规范化建设经费", D("175.49")), ("12315投诉举报平台运行经费", D("86.00"))]
    check(total(*(v for _, v in proj)) == project, "项目明细")
    sg_budget, sg_host, sg_car = D("18.50"), D("3.26"), D("13.58")
    sg = sg_host + sg_car
    check(sg == D("16.84"), "三公")

    exec_rate = pct(spend, income_all)
    check(exec_rate == D("95.97"), "执行率 95.97")
    exec_rate_shown = D("97.97")  # PLANT AR003: written 97.97% (score unaffected: ≥95% either way)
    carry_rate = pct(balance, income_all)
    sg_rate = pct(sg, sg_budget)
    gp_rate = pct(D("319.48"), D("326.00"))
    sample_rate = pct(2160, 2400)
    special_rate = pct(3290, 3420)
    complaint_rate = pct(3812, 3856)
    sat = pct(1251, 1500)
    check((carry_rate, sg_rate, gp_rate, sample_rate, special_rate, complaint_rate, sat)
          == (D("4.03"), D("91.03"), D("98.00"), D("90.00"), D("96.20"), D("98.86"), D("83.40")), "rates")

    ind = [  # (一级, 二级, 三级, 分值, 得分, 扣分原因)
        ("决策", "目标设定", "绩效目标合理性", 3, D(3), ""),
        ("决策", "目标设定", "绩效指标明确性", 3, D(3), ""),
        ("决策", "预算编制", "预算编制科学性", 4, D(3), "个别项目测算依据不充分"),
        ("过程", "预算执行", "预算执行率", 8, D(8), ""),
        ("过程", "预算执行", "结转结余率", 4, D(4), ""),
        ("过程", "预算管理", "“三公”经费控制率", 4, D(4), ""),
        ("过程", "预算管理", "政府采购执行率", 4, D(4), ""),
        ("过程", "预算管理", "管理制度健全性", 4, D(5), ""),  # PLANT SC001: 5 of 4
        ("过程", "预算管理", "资金使用合规性", 3, D("2.5"), "1笔报销附件不全"),
        ("过程", "资产管理", "资产管理规范性", 3, D(3), ""),
        ("产出", "产出数量", "食品安全抽检任务完成率", 10, D(8), "完成率90.00%"),
        ("产出", "产出数量", "计量器具强制检定完成率", 6, D(6), ""),
        ("产出", "产出质量", "特种设备定期检验率", 8, D(6), "检验率96.20%"),
        ("产出", "产出时效", "市场主体登记按时办结率", 8, D(8), ""),
        ("产出", "产出时效", "投诉举报按时办结率", 8, D(8), ""),
        ("效益", "社会效益", "食品安全形势", 8, D(6), "发生食品安全事件1起"),
        ("效益", "满意度", "服务对象满意度", 12, D(8), "满意度83.40%"),
    ]
    check(sum(i[3] for i in ind) == 100 and len(ind) == 17, "分值 100, 17 项")
    gmax = {g: sum(i[3] for i in ind if i[0] == g) for g in ("决策", "过程", "产出", "效益")}
    check(gmax == {"决策": 10, "过程": 30, "产出": 40, "效益": 20}, "一级分值")
    score = total(*(i[4] for i in ind))
    check(score == D("89.5"), "总分 89.5 (良好); 优秀 is the PLANT SC007")
    # (recomputed with 管理制度健全性 capped at 4: 88.5, still 良好)

    doc = new_document("Liberation Serif", "Noto Serif CJK SC", S, margins_cm=(3.7, 3.5, 2.8, 2.6))
    para(doc, "云溪区市场监督管理局2024年度部门整体支出绩效自评报告", bold=True, center=True, size=20)
    para(doc, "报送日期：2025-03-20", center=True, size=S)

    title(doc, "一、部门基本情况")
    title(doc, "（一）部门职责")
    body(doc, "云溪区市场监督管理局为区政府工作部门，主要承担全区市场主体登记注册、市场监管综合执法、食品药品安全"
              "监管、特种设备安全监察、质量和标准计量、知识产权保护等职责。")
    title(doc, "（二）机构设置")
    # PLANT IC004: eight 科室 listed, "7个职能科室"
    body(doc, "我局内设办公室、财务审计科、登记注册科、信用监管科、食品安全监管科、药品医疗器械监管科、特种设备安全"
              "监察科、知识产权和标准计量科7个职能科室，下设区市场监管综合行政执法大队和8个基层市场监管所。")
    title(doc, "（三）人员情况")
    body(doc, "2024年末我局核定编制82名，其中行政编制56名、事业编制26名；实有在编人员78名，其中行政54名、事业24名。")

    title(doc, "二、部门整体支出情况")
    title(doc, "（一）收支总体情况")
    body(doc, f"2024年度收入总计{fm(income_all, False)}万元，其中上年结转结余{fm(carry, False)}万元，本年收入"
              f"{fm(income_year, False)}万元；支出总计{fm(income_all, False)}万元，其中本年支出{fm(spend, False)}万元，"
              f"年末结转结余{fm(balance, False)}万元。收支总体情况见下表。")
    para(doc, "2024年度收支决算总表", bold=True, center=True, size=S)
    para(doc, "单位：万元", indent=False, size=11)
    f = lambda x: fm(x, False)  # noqa: E731
    rows = [
        ["收入", "", "支出", ""],
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", f(general), "一、基本支出", f(basic)],
        ["二、其他收入", f(other), "其中：人员经费", f(persons)],
        ["", "", "　　　公用经费", f(public)],
        ["", "", "二、项目支出", f(project)],
        ["本年收入合计", f(income_year), "本年支出合计", f(spend)],
        ["上年结转结余", f(carry), "年末结转结余", f(balance)],
        ["收入总计", f(income_all), "支出总计", f(income_all)],
    ]
    add_table(doc, rows, merges=[((0, 0), (0, 1)), ((0, 2), (0, 3))], header_rows=2, repeat=True, size_pt=11)

    title(doc, "（二）支出结构")
    body(doc, "按支出功能分类，" + "，".join(f"{k}{f(v)}万元" for k, v in func) + f"，合计{f(spend)}万元。")
    body(doc, f"项目支出{f(project)}万元，主要为：" + "、".join(f"{k}{f(v)}万元" for k, v in proj) + "。")
    title(doc, "（三）“三公”经费")
    body(doc, f"2024年“三公”经费预算{f(sg_budget)}万元，决算{f(sg)}万元，其中公务接待费{f(sg_host)}万元，公务用车运行"
              "维护费" + f(sg_car) + "万元，无公务用车购置和因公出国（境）支出。")

    title(doc, "三、部门整体支出绩效目标")
    body(doc, "2024年度我局整体支出绩效目标为：")
    numbered_list(doc, [
        "市场主体登记业务按时办结率达到100%；",
        "完成食品安全监督抽检2400批次；",
        "特种设备定期检验率不低于98%；",
        "投诉举报按时办结率不低于98%；",
        "服务对象满意度达到90%以上。",
    ], lvl_text="%1.", size_pt=S)

    title(doc, "四、绩效自评工作情况")
    body(doc, "我局按照区财政局统一部署，于2025年2月成立绩效自评工作组，采取资料审核与实地核查相结合的方式，对2024年度"
              f"部门整体支出进行了自评。评价指标体系设决策、过程、产出、效益4个一级指标，共{len(ind)}个三级指标。")

    title(doc, "五、绩效指标完成情况及评分")
    title(doc, f"（一）决策（{gmax['决策']}分）")
    body(doc, "1.绩效目标合理性（3分）：目标与部门职责、年度工作计划相符，得3分。")
    body(doc, "2.绩效指标明确性（3分）：绩效指标细化量化，与预算相匹配，得3分。")
    body(doc, "3.预算编制科学性（4分）：个别项目预算测算依据不够充分，扣1分，得3分。")
    title(doc, f"（二）过程（{gmax['过程']}分）")
    body(doc, f"4.预算执行率（8分）：全年预算数{f(income_all)}万元，实际支出{f(spend)}万元，预算执行率=实际支出/全年"
              f"预算数×100%={f(spend)}/{f(income_all)}×100%={fp(exec_rate_shown)}。评分标准：执行率≥95%的得8分；"
              "90%（含）～95%的得6分；90%以下的得0分。得8分。")
    body(doc, f"5.结转结余率（4分）：年末结转结余{f(balance)}万元，结转结余率={f(balance)}/{f(income_all)}×100%"
              f"={fp(carry_rate)}。评分标准：结转结余率≤5%的得满分；5%～10%（含）的得2分；10%以上的不得分。得4分。")
    body(doc, f"6.“三公”经费控制率（4分）：控制率={f(sg)}/{f(sg_budget)}×100%={fp(sg_rate)}，未超预算，得4分。")
    body(doc, f"7.政府采购执行率（4分）：政府采购预算326.00万元，实际采购金额319.48万元，执行率{fp(gp_rate)}。"
              "评分标准：执行率≥95%的得满分。得4分。")
    body(doc, "8.管理制度健全性（4分）：我局建立健全了《财务管理制度》《内部控制管理制度》《政府采购管理办法》"
              "《合同管理办法》《固定资产管理办法》等10项制度，并严格执行。得5分。")
    body(doc, "9.资金使用合规性（3分）：评分标准：资金使用符合规定的得满分，每发现一例不合规扣0.5分。经抽查，发现1笔"
              "公务卡报销附件不全，扣0.5分，得2.5分。")
    body(doc, "10.资产管理规范性（3分）：资产账实相符，处置程序规范，得3分。")
    title(doc, f"（三）产出（{gmax['产出']}分）")
    body(doc, f"11.食品安全抽检任务完成率（10分）：年度计划抽检2400批次，实际完成2160批次，完成率{fp(sample_rate)}。"
              "评分标准：完成率100%的得满分，每低于5个百分点扣1分。扣2分，得8分。")
    body(doc, "12.计量器具强制检定完成率（6分）：完成强制检定计量器具5126台（件），完成率100%，得6分。")
    body(doc, f"13.特种设备定期检验率（8分）：应检特种设备3420台，已检3290台，定期检验率{fp(special_rate)}。评分标准："
              "检验率≥98%得8分，95%（含）～98%得6分，95%以下得3分。扣2分，得6分。")
    body(doc, "14.市场主体登记按时办结率（8分）：全年办理各类市场主体登记业务12864件，均在承诺时限内办结，办结率100%，"
              "得8分。")
    body(doc, f"15.投诉举报按时办结率（8分）：受理投诉举报3856件，按时办结3812件，按时办结率{fp(complaint_rate)}。"
              "评分标准：≥98%得8分；95%（含）～98%得6分；95%以下得4分。得8分。")
    title(doc, f"（四）效益（{gmax['效益']}分）")
    body(doc, "16.食品安全形势（8分）：评分标准：全年未发生食品安全事件的得满分，每发生一起扣2分。2024年辖区发生1起"
              "食品安全事件（某学校食堂群体性腹泻），已妥善处置，扣2分，得6分。")
    body(doc, f"17.服务对象满意度（12分）：通过线上问卷调查，收回有效问卷1500份，其中满意1251份，满意度{fp(sat)}。"
              "评分标准：满意度≥90%得12分；85%（含）～90%得10分；80%（含）～85%得8分；80%以下不得分。扣4分，得8分。")

    title(doc, "六、综合评价结论")
    # PLANT SC007: 89.5 is 良好 under the stated bands
    body(doc, f"经自评，我局2024年度部门整体支出绩效自评得分{fs(score)}分，评价等级为“优秀”。等级标准：90分（含）以上"
              "为优秀，80分（含）至90分为良好，70分（含）至80分为一般，70分以下为较差。各指标得分见下表。")
    para(doc, "部门整体支出绩效自评得分表", bold=True, center=True, size=S)
    rows = [["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"]]
    merges = []
    for k, (g1, g2, name, mx, sc, why) in enumerate(ind):
        first1 = k == 0 or ind[k - 1][0] != g1
        first2 = first1 or ind[k - 1][1] != g2
        rows.append([g1 if first1 else "", g2 if first2 else "", name, str(mx), fs(sc), why])
    for col, keyf in ((0, lambda x: x[0]), (1, lambda x: (x[0], x[1]))):
        k = 0
        while k < len(ind):
            j = k
            while j + 1 < len(ind) and keyf(ind[j + 1]) == keyf(ind[k]):
                j += 1
            if j > k:
                merges.append(((k + 1, col), (j + 1, col)))
            k = j + 1
    rows.append(["合计", "", "", "100", fs(score), ""])
    merges.append(((len(rows) - 1, 0), (len(rows) - 1, 2)))
    add_table(doc, rows, merges=merges, header_rows=1, repeat=True, size_pt=11)

    title(doc, "七、存在的问题")
    numbered_list(doc, [
        "预算执行进度不均衡，上半年支出进度偏慢。",
        "食品安全抽检任务未全部完成，特种设备定期检验率未达目标。",
        "服务对象满意度有待提高，线上办事指引不够清晰。",
    ], lvl_text="（%1）", size_pt=S)
    title(doc, "八、改进措施")
    numbered_list(doc, [
        "建立预算执行月通报制度，均衡支出进度。",
        "提前下达抽检计划，加强与检验机构的协调。",
        "优化线上办事流程，开展服务对象回访。",
    ], lvl_text="（%1）", size_pt=S)
    title(doc, "九、其他需要说明的事项")
    body(doc, "无。")
    para(doc, "评价组组长（签字）：郑晓东　　　　日期：2025-03-18", indent=False, size=S)
    # PLANT YR002: department head's date inside the evaluated year
    para(doc, "单位负责人（签字）：何建军　　　　日期：2024-03-18", indent=False, size=S)
    para(doc, "单位（盖章）：云溪区市场监督管理局", indent=False, size=S)

    out = HELDOUT / FOLDER / "report.docx"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    docx_to_pdf(out, out.with_suffix(".pdf"))
    return out
