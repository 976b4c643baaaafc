"""福建 榕溪市妇女联合会 2023 — 市直部门整体支出绩效自评报告 (PDF, reportlab).

Fujian form: 一、部门概况 … 六、自评结果应用; a functional expenditure table in 万元 with the
2022 决算 column and 增减率 beside 2023; a sub-unit (妇女儿童活动中心) paragraph; the
投入/过程/产出/效益 common-indicator sheet (一级 merged, 分值/评分标准/自评得分/扣分原因) with a
合计 row at the bottom; narrative indicator paragraphs with formulas and own rules.
Six planted defects + one blank signature (see ../fl-rongxi-2023/NOTES.md).
"""

from __future__ import annotations

from common import D, check, pct, q, total
from render import Caption, H, P, Sign, Table, Title

SLUG = "fl-rongxi-2023"
FORMATS = ["pdf"]

inc_gov, inc_other, carry = D("579.14"), D("14.94"), D("18.32")
inc_total = inc_gov + inc_other
FN = [("201", "一般公共服务支出", D("402.64"), D("388.20")),
      ("208", "社会保障和就业支出", D("68.50"), D("66.10")),
      ("210", "卫生健康支出", D("24.60"), D("23.90")),
      ("221", "住房保障支出", D("38.40"), D("37.20")),
      ("229", "其他支出", D("52.20"), D("41.00"))]
spend = total(*(r[2] for r in FN))
spend_prev = total(*(r[3] for r in FN))
basic, project = D("412.18"), D("174.16")
check(basic + project == spend == D("586.34"), "spend")
project_written = D("164.16")  # PLANTED AR002: 412.18 + 164.16 = 576.34
balance = inc_total + carry - spend
check(balance == D("26.06"), "balance")
budget_init, budget_full = D("548.20"), D("612.40")
rate_true = q(spend / budget_full * 100)
check(str(rate_true) == "95.74", "rate")
rate_written = "96.72%"  # PLANTED AR005
adj_rate = q((budget_full - budget_init) / budget_init * 100)
check(str(adj_rate) == "11.71", "adj")
adj_score = q(4 - (adj_rate - 5) * D("0.2"))
check(adj_score == D("2.66"), "adj score")
pub_b, pub_a = D("50.00"), D("52.36")
pub_rate = q(pub_a / pub_b * 100)
pub_score = q(4 - (pub_rate - 100) * D("0.1"))
check(pub_score == D("3.53"), f"pub {pub_score}")
s3_now, s3_prev = D("3.12"), D("3.56")
auth, real = 28, 26
centre_basic, centre_proj = D("71.18"), D("25.00")

SHEET = [
    ("投入", "目标设定", "绩效目标合理性", D(4), D(4), ""),
    ("投入", "目标设定", "绩效指标明确性", D(4), D("3.5"), "个别指标未细化量化"),
    ("投入", "预算配置", "在职人员控制率", D(4), D(4), ""),
    ("投入", "预算配置", "“三公经费”变动率", D(4), D(4), ""),
    ("投入", "预算配置", "重点支出安排率", D(4), D(4), ""),
    ("过程", "预算执行", "预算执行率", D(8), D(8), ""),
    ("过程", "预算执行", "预算调整率", D(4), adj_score, "年中追加项目资金"),
    ("过程", "预算执行", "结转结余率", D(4), D(4), ""),
    ("过程", "预算执行", "公用经费控制率", D(4), pub_score, "公用经费超预算"),
    ("过程", "预算执行", "政府采购执行率", D(4), D(4), ""),
    ("过程", "预算管理", "管理制度健全性", D(3), D(3), ""),
    ("过程", "预算管理", "资金使用合规性", D(3), D(3), ""),
    ("产出", "职责履行", "实际完成率", D(8), D(8), ""),
    ("产出", "职责履行", "完成及时率", D(6), D(5), "“春蕾计划”助学金发放延至次年1月"),
    ("产出", "职责履行", "质量达标率", D(6), D(6), ""),
    ("产出", "职责履行", "重点工作完成率", D(5), D(5), ""),
    ("效益", "履职效益", "经济社会效益", D(10), D(9), "妇女创业贷款贴息覆盖面不足"),
    ("效益", "履职效益", "可持续影响", D(7), D(6), "基层妇联执委履职能力有待提升"),
    ("效益", "满意度", "服务对象满意度", D(8), D("7.4"), "满意度92.5%"),
]
check(total(*(r[3] for r in SHEET)) == 100, "maxima")
sum_scores = total(*(r[4] for r in SHEET))
check(sum_scores == D("94.09"), f"sum {sum_scores}")
total_written = D("95.09")  # PLANTED SC005


def blocks():
    b = []
    b.append(Title("榕溪市妇女联合会2023年度部门整体支出绩效自评报告"))
    b.append(P("根据《福建省财政厅关于开展2023年度省级预算绩效自评工作的通知》和榕溪市财政局《关于做好2023年度市直部门整体支出绩效自评工作的通知》要求，我会对2023年度部门整体支出开展了绩效自评，现报告如下。"))
    b.append(H(1, "一、部门概况"))
    b.append(P("（一）主要职能。榕溪市妇女联合会是全市各族各界妇女为争取进一步解放与发展而联合起来的群众组织，主要职能是代表和维护妇女权益，促进男女平等和妇女全面发展，团结引领妇女听党话、跟党走。"))
    b.append(P("（二）机构设置。本会机关共4个内设机构：办公室、组织宣传部、权益部、家庭和儿童工作部、妇女发展部；下属榕溪市妇女儿童活动中心1个公益一类事业单位。"))  # PLANTED IC004
    b.append(P(f"（三）人员情况。本会核定编制{auth}名（其中参照公务员法管理编制18名、事业编制10名），2023年末实有在职人员{real}人，退休人员11人。"))
    b.append(P("（四）年度重点工作。2023年本会围绕“巾帼建新功、奋进新征程”主线，重点实施“巾帼心向党”思想引领工程、“巾帼建功”创业就业行动、“家家幸福安康”家庭文明建设工程和妇女儿童权益保障“护航”行动等4项重点工作。"))
    b.append(H(1, "二、部门整体支出情况"))
    b.append(P(f"2023年本会本年收入{inc_total}万元，其中财政拨款收入{inc_gov}万元、其他收入{inc_other}万元；上年结转{carry}万元。全年预算{budget_full}万元，其中年初预算{budget_init}万元、年中调整{budget_full - budget_init}万元。"))
    b.append(P(f"2023年度支出合计{spend}万元，其中基本支出{basic}万元、项目支出{project_written}万元。年末结转结余{balance}万元。"))
    b.append(Caption("表1  2023年度支出决算与上年对比表（按功能分类）"))
    b.append(Caption("单位：万元"))
    rows = [["科目编码", "科目名称", "2023年决算数", "2022年决算数", "增减额", "增减率"]]
    for code, name, now, prev in FN:
        rows.append([code, name, str(now), str(prev), str(now - prev), pct(now - prev, prev)])
    rows.append(["", "合计", str(spend), str(spend_prev), str(spend - spend_prev), pct(spend - spend_prev, spend_prev)])
    b.append(Table(rows, widths=[0.9, 2.6, 1.3, 1.3, 1, 1]))
    b.append(P(f"其中，榕溪市妇女儿童活动中心2023年支出{centre_basic + centre_proj}万元（基本支出{centre_basic}万元，项目支出{centre_proj}万元），主要用于儿童之家阵地运行和公益性培训。"))
    b.append(P(f"“三公”经费支出{s3_now}万元，全部为公务接待费，较上年{s3_prev}万元减少{s3_prev - s3_now}万元。"))
    b.append(H(1, "三、部门整体支出绩效情况"))
    b.append(H(2, "（一）投入情况"))
    b.append(P(f"在职人员控制率=在职人数/编制数×100%={real}/{auth}×100%={pct(real, auth)}，控制在100%以内，得4分。“三公经费”变动率=（本年“三公经费”-上年“三公经费”）/上年“三公经费”×100%=（{s3_now}-{s3_prev}）/{s3_prev}×100%={pct(s3_now - s3_prev, s3_prev)}，得4分。"))
    b.append(H(2, "（二）过程情况"))
    b.append(P(f"1.预算执行率（8分）。2023年全年预算数{budget_full}万元，实际支出{spend}万元，预算执行率为{rate_written}。评分标准：执行率达到95%（含）以上的得满分，每降低1个百分点扣0.5分。本项得8分。"))
    b.append(P(f"2.预算调整率（4分）。预算调整率=（调整后预算数-年初预算数）/年初预算数×100%=（{budget_full}-{budget_init}）/{budget_init}×100%={adj_rate}%。评分标准：调整率在5%（含）以内的得满分，每超出1个百分点扣0.2分，扣完为止。本项得{adj_score}分。"))
    b.append(P(f"3.公用经费控制率（4分）。公用经费控制率=实际支出公用经费总额/预算安排公用经费总额×100%={pub_a}/{pub_b}×100%={pub_rate}%。评分标准：100%（含）以内的得满分，每超出1个百分点扣0.1分。本项得{pub_score}分。"))
    b.append(P(f"4.结转结余率（4分）。结转结余率=年末结转结余/全年预算数×100%={balance}/{budget_full}×100%={pct(balance, budget_full)}，在10%以内，得4分。政府采购预算40.00万元，实际采购38.60万元，政府采购执行率{pct(D('38.60'), D('40.00'))}，得4分。"))
    b.append(P("5.预决算公开。本会2022年度部门预算和2022年度部门决算已按规定在榕溪市人民政府门户网站公开。"))  # PLANTED YR003 (预算 of 2022)
    b.append(H(2, "（三）产出情况"))
    b.append(P("全年组织“巾帼心向党”主题宣讲126场，覆盖妇女群众1.8万人次；开展“两癌”免费检查12,600人，其中宫颈癌筛查6,800人、乳腺癌筛查5,800人；为困难妇女发放救助金23.60万元（236,000元），救助118人；资助“春蕾女童”240名，发放助学金48万元。创建省级“最美家庭”12户、市级“最美家庭”65户。"))
    b.append(P("维权服务方面，全年接待妇女群众来信来访286件次，其中来访172件次、来信来电114件次，按期办结率100%；开展“法律进万家”普法宣传86场，发放宣传资料2.3万份。"))
    b.append(P("家庭和儿童工作方面，开展“家庭教育进万家”活动48场，受益家庭3,600余户；建成“儿童之家”126个，其中2023年新建18个；培训基层妇联执委和儿童主任1,050人次。"))
    b.append(P(f"机关运行经费{D('46.80')}万元，较上年{D('48.94')}万元减少{D('48.94') - D('46.80')}万元，下降{pct(D('48.94') - D('46.80'), D('48.94'))}。"))
    b.append(H(2, "（四）效益情况"))
    b.append(P("协调发放妇女创业担保贷款3,260万元，扶持妇女创业就业1,120人；调处婚姻家庭纠纷312件，调处成功率96.2%；开展满意度调查，收回有效问卷400份，服务对象满意度92.5%。"))
    b.append(P("社会效益方面，本会连续开展“春蕾计划”助学活动，受助女童全部完成当年学业；“最美家庭”事迹在市级主流媒体刊发42篇；妇女儿童权益保障联席会议成员单位由18家增加至23家，协调解决涉及妇女儿童权益的重点问题11个。"))
    b.append(H(1, "四、自评结论"))
    b.append(P(f"按照部门整体支出绩效评价共性指标体系，本会2023年度部门整体支出绩效自评得分{total_written}分，等级为“优”（90分以上为优，80—89分为良，60—79分为中，60分以下为差）。"))
    b.append(H(1, "五、存在问题及改进措施"))
    b.append(P("存在问题：一是个别项目年中追加，预算调整幅度偏大；二是公用经费超出预算；三是部分项目资金支付进度偏慢。改进措施：一是提高预算编制的前瞻性，减少年中调整；二是严控一般性支出；三是2024年起按季度通报项目支出进度。"))
    b.append(H(1, "六、自评结果应用"))
    b.append(P("自评结果将作为编制2024年度、2025年度部门预算的重要依据，并在门户网站公开。"))
    b.append(Caption("附件2：2022年度部门整体支出绩效自评评分表"))  # PLANTED YR001
    rows = [["一级指标", "二级指标", "三级指标", "分值", "自评得分", "扣分原因"]]
    merges = []
    for g in ["投入", "过程", "产出", "效益"]:
        start = len(rows)
        for r in SHEET:
            if r[0] == g:
                rows.append([r[0] if len(rows) == start else "", r[1], r[2], str(r[3]), str(r[4]), r[5]])
        merges.append((start, 0, len(rows) - 1, 0))
    rows.append(["合计", "", "", "100", str(total_written), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    b.append(Table(rows, merges=merges, widths=[1, 1.2, 2, 0.8, 0.9, 2.4]))
    b.append(Sign([
        "部门负责人（签字）：",           # PLANTED CP001 (blank)
        "榕溪市妇女联合会（盖章）",
        "年    月    日",
    ]))
    return b
