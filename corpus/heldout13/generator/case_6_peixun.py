"""甘肃省临川县职业技能培训中心 2025 年度（defective，PDF）。1./1.1 headings; transposed score tables split in two."""
from render import Title, Center, H, P, Caption, Table, Sign

SLUG = "gs-linchuan-zhiye-peixun-2025"
FORMATS = ["pdf"]

def r2(x): return round(x + 1e-9, 2)

def blocks():
    gp, gp_transfer, biz, oth = 356.75, 180.00, 24.60, 1.65
    inc = r2(gp + biz + oth); assert inc == 383.00
    staff, pub = 133.90, 18.48; basic = r2(staff + pub); assert basic == 152.38
    proj = [("职业技能提升培训补贴", 180.00, 174.36), ("“临川家政”劳务品牌培训", 26.00, 25.20),
            ("实训基地设备购置", 18.00, 16.85), ("创业培训（SYB）", 9.00, 8.16)]
    pb = r2(sum(p[1] for p in proj)); pa = r2(sum(p[2] for p in proj))
    assert pb == 233.00 and pa == 224.57
    tot = r2(basic + pa); assert tot == 376.95
    bal = r2(inc - tot); assert bal == 6.05
    bud = r2(153.00 + pb); assert bud == 386.00
    rate = f"{tot/bud*100:.2f}%"; assert rate == "97.66%"
    types = [("家政服务员（育婴员、养老护理员）", 1260), ("电工", 640), ("焊工", 520),
             ("中式烹调师", 980), ("农业技能（马铃薯种植、中药材栽培）", 1460)]
    trained = sum(t[1] for t in types); assert trained == 4860
    welder_written = "502"  # PLANTED AR001: 520 typed 502, table total 4860 not consistent with parts (4842)
    certified, employed = 4212, 3150
    assert f"{certified/trained*100:.2f}%" == "86.67%"
    cert_written = "88.67%"  # PLANTED AR005: should be 86.67%
    assert f"{employed/trained*100:.2f}%" == "64.81%"
    emp_written = f"{employed/certified*100:.2f}%"; assert emp_written == "74.79%"  # PLANTED AR007: base 取证人数 instead of 培训人数
    rural, poor = 3420, 1036; assert poor < rural < trained
    auth, real, ext = 18, 16, 4
    # PLANTED AR004: formula uses 20 as 编制
    t1 = [("预算编制", 5, 5), ("预算执行率", 10, 9), ("人员控制率", 5, 5), ("“三公”经费", 5, 5),
          ("资金管理", 10, 9.5), ("资产管理", 5, 5)]
    t2 = [("培训人次", 10, 10), ("取证率", 10, 9.33), ("就业率", 10, 10), ("劳务品牌", 10, 9),
          ("实训基地使用", 5, 4.5), ("社会效益", 5, 5), ("学员满意度", 10, 10)]  # PLANTED SC003 (9.33 → 8.33), YR004 (满意度 basis 2024)
    m1 = sum(x[1] for x in t1); s1 = sum(x[2] for x in t1)
    m2 = sum(x[1] for x in t2); s2 = round(sum(x[2] for x in t2), 2)
    assert m1 == 40 and m2 == 60 and s1 == 38.5 and s2 == 57.83
    total = round(s1 + s2, 2); assert total == 96.33
    b = []
    b.append(Title("临川县职业技能培训中心2025年度部门整体支出绩效自评报告"))
    b.append(P("依据《甘肃省省级部门整体支出绩效评价管理办法》和临川县财政局关于2025年度部门整体支出绩效自评的安排，本中心对2025年度全部收支和年度目标完成情况开展了自评。现报告如下。"))
    b.append(H(1, "1. 单位概况"))
    b.append(H(2, "1.1 职能"))
    b.append(P("临川县职业技能培训中心为县人力资源和社会保障局所属公益一类事业单位，主要承担全县城乡劳动者职业技能培训、创业培训、劳务品牌培育、职业技能等级认定组织实施和实训基地管理等工作，是县域劳务输转的主要培训平台。中心设综合办公室、培训部、鉴定认定部和实训基地管理部4个内设机构。"))
    b.append(H(2, "1.2 人员"))
    b.append(P(f"中心核定事业编制{auth}名，2025年末在岗{real}人，其中专职培训教师9人，管理人员5人，工勤人员2人；另聘用实训辅助和后勤人员{ext}人。外聘兼职教师62人，按课时从培训补贴中支付课酬。"))
    assert 9 + 5 + 2 == real
    b.append(H(2, "1.3 年度目标"))
    b.append(P("2025年度绩效目标为：完成职业技能培训不少于4,500人次，培训合格取证率不低于90%，培训后就业率（就业人数占培训人数比例）不低于60%；培育“临川家政”劳务品牌，输转家政从业人员不少于800人；实训基地年使用不少于200天；学员满意度不低于95%。"))
    b.append(H(1, "2. 资金收支"))
    b.append(H(2, "2.1 收入"))
    b.append(P(f"2025年中心收入{inc:.2f}万元。其中一般公共预算财政拨款{gp:.2f}万元（含上级转移支付的职业技能提升培训补贴资金{gp_transfer:.2f}万元），事业收入{biz:.2f}万元（为面向企业的订单式培训收费），其他收入{oth:.2f}万元。"))
    b.append(H(2, "2.2 支出"))
    b.append(P(f"2025年支出总额{tot:.2f}万元，其中基本支出{basic:.2f}万元（人员经费{staff:.2f}万元，公用经费{pub:.2f}万元），项目支出{pa:.2f}万元。年末结余{bal:.2f}万元。全年预算{bud:.2f}万元，支出进度{rate}。"))
    b.append(Caption("表2-1  支出明细（单位：万元）"))
    rows = [["支出类别", "全年预算", "全年支出", "支出进度"]]
    rows.append(["一、基本支出", "153.00", f"{basic:.2f}", f"{basic/153*100:.2f}%"])
    rows.append(["二、项目支出", f"{pb:.2f}", f"{pa:.2f}", f"{pa/pb*100:.2f}%"])
    for i, (n, bb, a) in enumerate(proj, 1):
        rows.append([f"{i}.{n}", f"{bb:.2f}", f"{a:.2f}", f"{a/bb*100:.2f}%"])
    rows.append(["合计", f"{bud:.2f}", f"{tot:.2f}", rate])
    b.append(Table(rows))
    assert f"{basic/153*100:.2f}" == "99.59" and f"{pa/pb*100:.2f}" == "96.38"
    b.append(P(f"职业技能提升培训补贴{proj[0][2]:.2f}万元，即1,743,600.00元，按工种补贴标准（家政类每人1,200元、电工焊工每人1,500元、烹调每人1,000元、农业技能每人600元）与承训的县内4家定点培训机构及本中心实训基地结算，补贴资金全部通过“一卡通”或对公账户拨付。"))
    b.append(H(1, "3. 产出和效益"))
    b.append(H(2, "3.1 培训数量"))
    b.append(P(f"全年开展各类职业技能培训{trained:,}人次，完成年度目标4,500人次的108.00%。其中农村劳动力{rural:,}人次，农村劳动力中脱贫人口和监测对象{poor:,}人次。分工种情况见表3-1。"))
    assert f"{trained/4500*100:.2f}" == "108.00"
    b.append(Caption("表3-1  分工种培训人次"))
    rows = [["工种", "培训人次"]]
    for n, c in types:
        rows.append([n, welder_written if n == "焊工" else str(c)])
    rows.append(["合计", str(trained)])
    b.append(Table(rows))
    b.append(H(2, "3.2 取证和就业"))
    b.append(P(f"培训结业考核后取得职业技能等级证书或专项职业能力证书{certified:,}人，取证率{cert_written}。培训后实现就业或输转{employed:,}人，就业率{emp_written}，其中通过劳务输转赴福建、广东、江苏等地就业1,880人，县内就业1,270人。"))
    assert 1880 + 1270 == employed
    b.append(H(2, "3.3 劳务品牌"))
    b.append(P(f"“临川家政”品牌全年培训家政服务员1,260人次，输转家政从业人员862人，超过800人的目标；在天水、兰州设立2个服务站。劳务品牌培训项目支出{proj[1][2]:.2f}万元。"))
    b.append(H(2, "3.4 实训基地"))
    b.append(P(f"实训基地全年使用218天，新购焊接、电工实训设备23台套，支出{proj[2][2]:.2f}万元。"))
    b.append(H(2, "3.5 满意度"))
    b.append(P("2025年度结业时随机抽取学员填写满意度问卷1,200份，满意度96.5%。"))
    b.append(H(2, '3.6 培训组织实施'))
    b.append(P('中心按照“政府主导、需求导向、先培后补”的原则组织培训。每年初通过乡镇人社服务站、村级就业信息员摸排劳动者培训意愿，结合县内企业、东西部协作帮扶地区的用工需求，确定年度培训计划和工种。培训实行“实名制+信息化”管理，学员报名时采集身份信息和人脸照片，培训过程中实行上下课人脸识别签到，培训机构每期开班前报备、结业后提交考核和就业情况资料，中心逐期审核后再拨付补贴，确保补贴资金安全。'))
    b.append(P('在培训方式上，中心针对农村劳动力时间分散、文化程度不高的特点，推行“送培训下乡”，把马铃薯种植、中药材栽培等农业技能课堂办到村部和田间地头；对家政、养老护理等输转类工种，采取“集中理论+实训操作+跟岗实习”的模式，实训在中心实训基地完成，跟岗实习安排在兰州、天水等地的合作家政企业进行。全年开办培训班112期，平均每期40余人。'))
    b.append(H(2, '3.7 劳务输转服务'))
    b.append(P('培训结束后，中心会同县劳务办和各乡镇开展“点对点”劳务输转，组织包车、专列将务工人员安全送达用工单位。对输转到东部协作城市的务工人员，中心与当地人社部门和用工企业建立联系机制，定期回访，帮助解决工资拖欠、劳动合同签订等问题。“临川家政”品牌坚持“培训一批、输转一批、带动一批”，家政从业人员月收入普遍在四千元以上，部分金牌月嫂月收入过万元，成为群众增收的重要渠道。'))
    b.append(H(2, '3.8 职业技能等级认定'))
    b.append(P('中心作为县级职业技能等级认定机构，承担家政服务员、中式烹调师、电工等工种的初级和中级认定工作。认定工作实行考评分离，理论考试采用机考，实操考核聘请外县考评员担任，考核全程录像。对未通过考核的学员，中心组织免费补训后安排一次补考机会。'))
    b.append(H(2, '3.9 实训基地运行管理'))
    b.append(P('实训基地建筑面积2,600平方米，设有电工、焊工、烹饪、家政、育婴等实训室，除承担本中心培训外，还向县职业中学和县内企业开放使用。全年新购设备安装调试后已投入教学，设备使用登记制度和安全操作规程上墙公示。基地运行中存在部分老旧设备维修频繁、焊接实训耗材成本较高等问题。'))
    b.append(H(1, "4. 预算管理"))
    b.append(P(f"4.1 在岗人员控制率＝在岗人数÷编制数×100%＝{real}÷20×100%＝80.00%，控制在100%以内。"))
    b.append(P("4.2 “三公”经费支出0.62万元（公务接待），较预算0.80万元节约0.18万元。"))
    b.append(P("4.3 年内未发生违规使用培训补贴情况；县审计局对2025年度培训补贴专项审计未发现问题。"))
    b.append(H(1, "5. 自评得分"))
    b.append(P("评分规则：预算执行率98%以上满分，每低1个百分点（不足1个百分点按1个百分点计）扣1分；取证率90%以上满分，每低1个百分点扣0.5分；就业率60%以上满分；其余指标按完成程度计分。"))
    b.append(P(f"取证率指标：取证率{cert_written}，比目标低1.33个百分点，扣0.67分，得9.33分。学员满意度指标：依据2024年度学员满意度调查结果（98.2%），得满分10分。"))
    b.append(Caption("表5-1  投入与过程指标评分（横表）"))
    b.append(Table([["指标"] + [x[0] for x in t1] + ["小计"],
                    ["分值"] + [f"{x[1]:g}" for x in t1] + [f"{m1}"],
                    ["得分"] + [f"{x[2]:g}" for x in t1] + [f"{s1:g}"]]))
    b.append(Caption("表5-2  产出与效益指标评分（横表）"))
    b.append(Table([["指标"] + [x[0] for x in t2] + ["小计"],
                    ["分值"] + [f"{x[1]:g}" for x in t2] + [f"{m2}"],
                    ["得分"] + [f"{x[2]:g}" for x in t2] + [f"{s2:g}"]]))
    b.append(P(f"两表合计分值100分，自评得分{total:g}分，等级“优”（≥90分）。"))
    b.append(H(1, "6. 问题与措施"))
    b.append(P("6.1 培训与就业衔接仍不够紧密，部分农业技能培训学员未实现稳定就业。措施：推行“订单+定向+定岗”培训。6.2 兼职教师队伍不稳定。措施：建立兼职教师库并实行星级管理。6.3 实训设备更新慢。措施：2026年申请实训基地提升项目。"))
    b.append(Sign(["评价组组长（签字）：", "单位负责人（签字）：", "临川县职业技能培训中心（盖章）", "日期：    年  月  日"]))  # PLANTED CP001
    return b

KEY = """
# 甘肃省临川县职业技能培训中心 2025 年度部门整体支出绩效自评报告（held-out round 13, case 6）
id: heldout13-gs-linchuan-zhiye-peixun-2025
kind: heldout
report_year: 2025
defect: 7 处植入错误：分工种表合计、取证率、就业率分母、控制率公式编制数、取证率得分按错率计、满意度以上年结果得分、签字日期空白
expect:
  - rule: AR001
    severity: error
    values: ["4860"]
    note: 表3-1 1260+640+502+980+1460=4842，合计 4860（焊工 520 误录为 502）
  - rule: AR005
    severity: error
    values: ["88.67%"]
    note: 取证率 4,212/4,860 = 86.67%，写 88.67%
  - rule: AR007
    severity: warning
    values: ["74.79%"]
    note: 就业率按目标定义应为 3,150/4,860 = 64.81%，报告以取证人数 4,212 为分母得 74.79%
  - rule: AR004
    severity: error
    values: ["20", "18"]
    note: 控制率公式以 20 为编制数，报告核定编制 18 名（16/18 = 88.89%）
  - rule: SC003
    severity: error
    values: ["9.33"]
    note: 按正确取证率 86.67% 低于 90% 3.33 个百分点，应扣 1.67 分得 8.33 分，给 9.33 分
  - rule: YR004
    severity: error
    values: ["2024"]
    note: 学员满意度指标“依据2024年度学员满意度调查结果……得满分10分”
  - rule: CP001
    severity: info
    note: 评价组组长、单位负责人签字和日期空白
must_not:
  - rule: AR
    values: ["383.00"]
    note: 收入 356.75 + 24.60 + 1.65 = 383.00；180.00 是一般公共预算内的转移支付（括号内“含”）
  - rule: AR
    values: ["152.38"]
    note: 133.90 + 18.48 = 152.38
  - rule: AR001
    values: ["376.95"]
    note: 表2-1 一级行 152.38 + 224.57 = 376.95；项目四行之和 224.57；预算 153.00 + 233.00 = 386.00
  - rule: AR
    values: ["3,150", "1,880", "1,270"]
    note: 就业 3,150 = 1,880 + 1,270
  - rule: AR005
    values: ["97.66%"]
    note: 376.95/386.00 = 97.66%；99.59%、96.38% 分别为基本、项目
  - rule: AR005
    values: ["108.00%"]
    note: 4,860/4,500 = 108.00%
  - rule: IC001
    values: ["174.36", "1,743,600.00"]
    note: 万元与元同一金额
  - rule: IC001
    values: ["1,260"]
    note: 家政培训 1,260 人次与表3-1 家政行一致；输转 862 人是另一数量
  - rule: IC001
    values: ["3,420", "1,036"]
    note: 农村劳动力及其中脱贫人口，嵌套
  - rule: IC001
    values: ["4,500", "4,860"]
    note: 目标与实际
  - rule: SC006
    note: 两张横表分值 40 + 60 = 100
  - rule: SC005
    note: 横表得分 38.5 + 57.83 = 96.33 与结论一致
  - rule: SC002
    values: ["9"]
    note: 执行率 97.66%，不足 1 个百分点按 1 个百分点扣 1 分，得 9 分，正确
allow:
  - rule: AR003
    values: ["74.79%"]
    note: 就业率分母问题的其他表述
  - rule: SC002
    values: ["9.33"]
    note: 取证率得分问题若以 SC002 报告亦可
  - rule: AR003
    values: ["80.00%"]
    note: 16÷20=80.00% 本身算对，若随 AR004 一并提示可接受
"""

NOTES = """
# case 6 — 甘肃省临川县职业技能培训中心 2025（PDF, reportlab）

Template: Arabic 1./1.1 headings; 表2-1 支出 with 一、二、 level rows and numbered project rows under 项目支出, 合计 at bottom;
表3-1 分工种; score sheet transposed (指标 across, 分值/得分 rows) and split into 表5-1 and 表5-2 with 小计 columns;
scoring rules stated once in prose; blank 签字/日期 落款.

| # | rule | planted |
|---|------|---------|
| 1 | AR001 | 表3-1 焊工 502 (520), 合计 4860 |
| 2 | AR005 | 取证率 88.67% (86.67%) |
| 3 | AR007 | 就业率 3,150/4,212 = 74.79% (definition: /培训人数 → 64.81%) |
| 4 | AR004 | 控制率公式 16÷20 (编制 18) |
| 5 | SC003 | 取证率得 9.33 (at 86.67% → 8.33) |
| 6 | YR004 | 满意度依据 2024 年度调查得满分 |
| 7 | CP001 | 签字/日期空白 |

Tricky but correct: 180.00 transfer nested in 一般公共预算; 表2-1 level rows with project detail rows; 万元 vs 元; 农村劳动力 ⊃ 脱贫人口;
targets 4,500/90%/60%/800/200 beside actuals; 执行率 97.66% → 9 under the “不足1个百分点按1个百分点计” rule.
"""
