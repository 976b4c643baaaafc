"""Shared builder for held-out round 8: one report of a 党委/人大/政协/群团/政法 organ from a
case config.  Every clean figure is computed here and asserted; planted defects are
applied only through ``cfg['plant']`` overrides, each marked ``# PLANTED`` in the case file."""

from __future__ import annotations

from render import H, P, Caption, Table, Title, Center, Sign, PageBreak

CN = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN[int(d)] for d in str(y))


def cn_num(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    return CN[n // 10] + "十" + ("" if n % 10 == 0 else CN[n % 10])


def cn_date(y, m, d):
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


def w(yuan: int) -> str:
    """元 (multiple of 100) -> 万元 with two decimals."""
    assert yuan % 100 == 0, yuan
    return f"{yuan / 10000:.2f}"


def y(yuan: int, sep=True) -> str:
    return f"{yuan:,.2f}" if sep else f"{yuan:.2f}"


def pct(a, b, nd=2) -> str:
    return f"{a / b * 100:.{nd}f}%"


def fmt_score(s) -> str:
    s = round(s, 2)
    return str(int(s)) if s == int(s) else f"{s:g}"


class Plant:
    def __init__(self, d):
        self.d = d or {}
        self.used = set()

    def __call__(self, key, default):
        if key in self.d:
            self.used.add(key)
            return self.d[key]
        return default


def build(c):
    pl = Plant(c.get("plant"))
    Y = c["year"]
    PY = Y - 1
    u = c["unit"]
    B = []
    # ------------------------------------------------------------ figures
    staff = c["staff"]
    bz = staff["bz_xz"] + staff["bz_sy"]
    sy = staff["sy_xz"] + staff["sy_sy"]
    assert sy <= bz
    inc = c["income"]  # 元
    inc_total = inc["jz"] + inc["gg"] + inc["jj"] + inc["qt"]
    bn_inc = inc["gg"] + inc["jj"] + inc["qt"]
    ry, gy = c["basic"]["ry"], c["basic"]["gy"]
    basic = ry + gy
    projs = c["projects"]  # (name, budget, actual)
    proj = sum(p[2] for p in projs)
    proj_bud = sum(p[1] for p in projs)
    spend = basic + proj
    jy = inc_total - spend
    assert jy >= 0
    gg_spend = spend - c["jj_spend"] - c["qt_spend"]
    gg_proj = proj - c["jj_spend"] - c["qt_spend"]
    assert gg_proj >= 0
    func = c["func"]  # list of (code, name, amount) must add to spend
    assert sum(f[2] for f in func) == spend, (sum(f[2] for f in func), spend)
    b0 = c["budget0"]
    adj = c["adj"]
    b1 = b0 + adj
    exe_rate = spend / b1 * 100
    adj_rate = adj / b0 * 100
    sg = c["sangong"]  # dict item -> (budget, actual, prior_actual)
    sg_bud = sum(v[0] for v in sg.values())
    sg_act = sum(v[1] for v in sg.values())
    sg_prev = sum(v[2] for v in sg.values())
    cg_bud, cg_act = c["caigou"]
    F = dict(bz=bz, sy=sy, inc_total=inc_total, bn_inc=bn_inc, basic=basic, proj=proj,
             spend=spend, jy=jy, b1=b1, exe_rate=exe_rate, adj_rate=adj_rate,
             sg_bud=sg_bud, sg_act=sg_act, sg_prev=sg_prev)

    # ------------------------------------------------------------ title page
    B.append(Title(pl("title", f"{u}{Y}年度部门整体支出绩效自评报告")))
    for line in c["cover"]:
        B.append(Center(line))
    # ------------------------------------------------------------ 一、基本情况
    B.append(H(1, "一、部门基本情况"))
    B.append(H(2, "（一）部门职能"))
    for t in c["duty"]:
        B.append(P(t))
    B.append(H(2, "（二）机构设置及人员情况"))
    ks = c["depts"]
    B.append(P(f"{u}内设{pl('dept_list', '、'.join(ks))}等{pl('dept_n', len(ks))}个内设机构"
               f"{c.get('dept_tail', '')}。" + c.get("sub_text", "")))
    B.append(P(
        f"{Y}年末，{c['short']}核定编制{pl('bz_text', bz)}名，其中行政编制{staff['bz_xz']}名、"
        f"{'事业编制' + str(staff['bz_sy']) + '名' if staff['bz_sy'] else '事业编制0名'}；实有在职人员{sy}人，其中行政人员{staff['sy_xz']}人、"
        f"事业人员{staff['sy_sy']}人；另有离退休人员{staff['tx']}人（其中离休{staff['lx']}人、退休{staff['tx'] - staff['lx']}人），"
        f"编外聘用人员{staff['wp']}人。与{PY}年末相比，在职人员{c['staff_delta']}。"))
    st_rows = [["项目", "编制数", "", "实有人数", "", "离退休人员"],
               ["", "行政", "事业", "行政", "事业", ""],
               [u, str(staff["bz_xz"]), str(staff["bz_sy"]), str(staff["sy_xz"]), str(staff["sy_sy"]), str(staff["tx"])],
               ["合计", str(bz), "", str(sy), "", str(staff["tx"])]]
    B.append(Caption(f"表1 {Y}年末人员编制及实有人数情况表（单位：人）"))
    B.append(Table(st_rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5),
                                    (3, 1, 3, 2), (3, 3, 3, 4)]))
    B.append(H(2, "（三）年度主要工作"))
    for t in c["work"]:
        B.append(P(t))
    # ------------------------------------------------------------ 二、收支
    B.append(H(1, "二、部门整体支出管理及使用情况"))
    B.append(H(2, "（一）收入情况"))
    jj_txt = f"政府性基金预算财政拨款收入{w(inc['jj'])}万元、" if inc["jj"] else ""
    B.append(P(
        f"{Y}年度收入总计{pl('inc_total_text', w(inc_total))}万元，其中：上年结转结余{w(inc['jz'])}万元，本年收入{w(bn_inc)}万元。"
        f"本年收入中，一般公共预算财政拨款收入{w(inc['gg'])}万元、{jj_txt}其他收入{w(inc['qt'])}万元。"
        f"{c['inc_cmp']}"))
    tpl = c["tpl"]
    if tpl["inc"] == "transposed":
        B.append(Caption(f"表2 {Y}年度收入决算情况表（单位：元）"))
        hdr = ["项目", "收入总计", "上年结转结余", "本年收入小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "其他收入"]
        rows = [hdr, [u, y(inc_total), y(inc["jz"]), y(bn_inc), y(inc["gg"]), y(inc["jj"]), y(inc["qt"])]]
        B.append(Table(rows))
    elif tpl["inc"] == "sidebyside":
        B.append(Caption(f"表2 {Y}年度收入支出决算总表（单位：万元）"))
        rows = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"],
                ["一般公共预算财政拨款收入", w(inc["gg"]), "基本支出", w(basic)],
                ["政府性基金预算财政拨款收入", w(inc["jj"]), "  其中：人员经费", w(ry)],
                ["其他收入", w(inc["qt"]), "        公用经费", w(gy)],
                ["本年收入合计", w(bn_inc), "项目支出", w(proj)],
                ["上年结转结余", w(inc["jz"]), "本年支出合计", w(spend)],
                ["", "", "年末结转结余", w(jy)],
                ["收入总计", w(inc_total), "支出总计", w(inc_total)]]
        B.append(Table(rows, merges=[(0, 0, 0, 1), (0, 2, 0, 3)]))
    else:
        B.append(Caption(f"表2 {Y}年度收入情况表（单位：万元）"))
        rows = [["项目", f"{PY}年决算数", f"{Y}年决算数", "增减额"],
                ["收入总计", w(c["prev_inc_total"]), w(inc_total), w(inc_total - c["prev_inc_total"])],
                ["一、上年结转结余", w(c["prev_jz"]), w(inc["jz"]), w(inc["jz"] - c["prev_jz"])],
                ["二、本年收入", w(c["prev_inc_total"] - c["prev_jz"]), w(bn_inc), w(bn_inc - c["prev_inc_total"] + c["prev_jz"])],
                ["  其中：一般公共预算财政拨款", "—", w(inc["gg"]), "—"],
                ["        政府性基金预算财政拨款", "—", w(inc["jj"]), "—"],
                ["        其他收入", "—", w(inc["qt"]), "—"]]
        B.append(Table(rows))
    B.append(H(2, "（二）支出情况"))
    sp_total_txt = pl("spend_text", w(spend))
    B.append(P(
        f"{Y}年度本年支出合计{sp_total_txt}万元，其中基本支出{pl('basic_text', w(basic))}万元，占{pct(basic, spend)}；"
        f"项目支出{pl('proj_text', w(proj))}万元，占{pct(proj, spend)}。基本支出中，人员经费{w(ry)}万元，"
        f"主要用于在职人员工资福利、社会保障缴费及离退休人员经费；公用经费{w(gy)}万元，主要用于办公费、"
        f"水电费、邮电费、差旅费、维修（护）费、会议费、培训费和公务用车运行维护费等。年末结转结余{w(jy)}万元。"))
    # economic classification of 基本支出 (parts computed, last part the remainder)
    def split(total, names, fr):
        parts = [int(total * f) // 100 * 100 for f in fr]
        parts.append(total - sum(parts))
        assert sum(parts) == total and min(parts) > 0
        return list(zip(names, parts))
    ry_parts = split(ry, ["工资福利支出", "对个人和家庭的补助"], [0.87])
    gy_parts = split(gy, ["办公费", "印刷费", "水电费", "邮电费", "差旅费", "维修（护）费", "会议费", "培训费", "公务用车运行维护费", "其他商品和服务支出"],
                     [0.18, 0.05, 0.09, 0.06, 0.11, 0.08, 0.04, 0.05, 0.07])
    B.append(P(
        f"人员经费{w(ry)}万元，包括" + "、".join(f"{n}{w(a)}万元" for n, a in ry_parts) + "。"
        f"公用经费{w(gy)}万元，包括" + "、".join(f"{n}{w(a)}万元" for n, a in gy_parts) + "。"))
    B.append(P(
        f"{Y}年年初部门预算{w(b0)}万元，年中追加预算{w(adj)}万元，调整后预算{w(b1)}万元；全年支出{w(spend)}万元，"
        f"年末结转结余{w(jy)}万元，结转结余率{pct(jy, b1)}。人员经费占基本支出的{pct(ry, basic)}，公用经费占基本支出的{pct(gy, basic)}；"
        f"实有在职人员人均公用经费{gy / sy / 10000:.2f}万元。"))
    jj_part = f"政府性基金预算财政拨款支出{w(c['jj_spend'])}万元（项目支出{w(c['jj_spend'])}万元）；" if c["jj_spend"] else ""
    B.append(P(
        f"按资金来源分，一般公共预算财政拨款支出{pl('gg_spend_text', w(gg_spend))}万元（基本支出{w(basic)}万元，项目支出{w(gg_proj)}万元）；"
        f"{jj_part}其他资金支出{w(c['qt_spend'])}万元（项目支出{w(c['qt_spend'])}万元）。"))
    # function table
    fu = "元" if tpl["func_yuan"] else "万元"
    fv = (lambda v: y(v)) if tpl["func_yuan"] else w
    B.append(Caption(pl("func_caption", f"表3 {Y}年度支出决算按功能分类情况表（单位：{fu}）")))
    rows = [["科目编码", "科目名称", "支出决算数"]]
    ftotal = pl("func_total", fv(spend))
    if tpl["total_top"]:
        rows.append(["", "合计", ftotal])
    for code, name, amt in func:
        rows.append([code, name, fv(amt)])
    if not tpl["total_top"]:
        rows.append(["", "合计", ftotal])
    B.append(Table(rows))
    B.append(P("按功能分类，" + "；".join(f"{name}{w(amt)}万元" for _, name, amt in func) + f"，以上共计{w(spend)}万元。"))
    B.append(P("从支出结构看，" + "，".join(f"{name}占支出合计的{pct(amt, spend)}" for _, name, amt in func) + "。"))
    # project table
    B.append(Caption(f"表4 {Y}年度项目支出执行情况表（单位：万元）"))
    rows = [["序号", "项目名称", "调整后预算数", "实际支出数", "执行率"]]
    for i, (n, b, a) in enumerate(projs, 1):
        rows.append([str(i), n, w(b), w(a), pl(f"proj_rate_{i}", pct(a, b))])
    rows.append(["", "合计", w(proj_bud), pl("proj_tab_total", w(proj)), pct(proj, proj_bud)])
    B.append(Table(rows))
    for i, (n, b, a) in enumerate(projs, 1):
        B.append(P(f"{cn_num(i)}是{n}。该项目调整后预算{w(b)}万元，全年实际支出{w(a)}万元，执行率{pct(a, b)}，"
                   + (f"结余{w(b - a)}万元按规定结转或收回。" if b > a else "资金全部执行完毕。")))
    for t in c["proj_text"]:
        B.append(P(t))
    B.append(H(2, "（三）“三公”经费及政府采购情况"))
    it = list(sg.items())
    B.append(P(
        f"{Y}年“三公”经费预算{w(sg_bud)}万元，实际支出{pl('sg_act_text', w(sg_act))}万元，其中："
        + "，".join(f"{k}{w(v[1])}万元" for k, v in it)
        + f"。与{PY}年“三公”经费支出{w(sg_prev)}万元相比，{'减少' if sg_act <= sg_prev else '增加'}"
          f"{w(abs(sg_act - sg_prev))}万元，{'下降' if sg_act <= sg_prev else '增长'}{pct(abs(sg_act - sg_prev), sg_prev)}。"
        + c["sg_note"]))
    rows = [["项目", f"{Y}年预算数", f"{Y}年实际支出", f"{PY}年实际支出"]]
    for k, v in it:
        rows.append([k, w(v[0]), w(v[1]), w(v[2])])
    rows.append(["合计", w(sg_bud), w(sg_act), w(sg_prev)])
    B.append(Caption(f"表5 {Y}年度“三公”经费支出情况表（单位：万元）"))
    B.append(Table(rows))
    B.append(P(
        f"{Y}年政府采购预算{w(cg_bud)}万元，实际采购{w(cg_act)}万元，政府采购执行率{pct(cg_act, cg_bud)}；"
        f"其中面向中小企业采购{w(c['cg_sme'])}万元，占实际采购金额的{pct(c['cg_sme'], cg_act)}。"))
    B.append(H(2, "（四）资产管理情况"))
    fa, fa_use = c["assets"]
    B.append(P(
        f"截至{Y}年12月31日，{c['short']}固定资产原值{w(fa)}万元，其中在用固定资产{w(fa_use)}万元，"
        f"待处置资产{w(fa - fa_use)}万元；公务用车{c['cars']}辆。全年新增办公设备{c['new_eq']}台（套），报废处置资产{c['scrap']}项，"
        f"资产账、卡、物相符。"))
    B.append(H(2, "（五）预算管理和财务管理情况"))
    q = c.get("quarters", (21.4, 46.8, 72.5))
    B.append(P(
        f"预算编制方面，{c['short']}按照“零基预算”要求，以“三定”方案核定的职能和年度重点工作为依据编制{Y}年部门预算，基本支出按定员定额标准测算，"
        f"项目支出按照“先有目标、后有预算”的原则逐项设定绩效目标，全部纳入项目库管理。预算执行方面，建立预算执行进度按月通报制度，"
        f"第一季度、上半年、前三季度累计执行进度分别为{q[0]}%、{q[1]}%、{q[2]}%，全年执行进度总体符合财政部门的时序要求。"))
    B.append(P(
        f"财务管理方面，{c['short']}严格执行《行政单位财务规则》和《政府会计制度》，修订完善了经费支出审批、公务卡结算、差旅费和会议费培训费管理等内部制度，"
        f"实行“一支笔”审批和大额资金集体决策，全年未发生违反财经纪律的问题。资产管理方面，按照“谁使用、谁负责”的原则落实资产管理责任，"
        f"资产的配置、使用和处置均按规定程序报批，年末开展资产清查盘点，账实相符。政府采购方面，严格执行政府采购目录和限额标准，"
        f"应采尽采，采购合同和验收资料齐全。内部控制方面，对预算业务、收支业务、政府采购、资产管理和合同管理五类经济活动梳理风险点，"
        f"明确不相容岗位分离和授权审批控制，内部控制评价报告按时报送。"))
    B.append(P(
        f"绩效管理方面，{c['short']}将绩效目标管理、绩效运行监控、绩效评价和结果应用贯穿预算管理全过程。年初随部门预算批复部门整体绩效目标和项目绩效目标，"
        f"年中对{len(projs)}个项目开展绩效运行监控，对执行进度偏慢的项目发出提醒，年末组织开展部门整体支出绩效自评和项目支出绩效自评。"))
    # ------------------------------------------------------------ 三、绩效
    B.append(H(1, "三、部门整体支出绩效情况"))
    B.append(P(f"{Y}年度部门整体绩效目标为：" + "；".join(f"{r[2]}达到{r[4].replace('≥', '')}" + ("以上" if r[4].startswith('≥') else "") for r in c["indiv"])
               + "。年度绩效目标全部随部门预算批复并向社会公开。"))
    for t in c["perf"]:
        B.append(P(t))
    # ------------------------------------------------------------ 四、评分
    B.append(H(1, "四、共性指标评分情况"))
    scores = []  # (一级, 二级, 三级, max, target, actual, score, reason)
    # 预算执行率 10
    s_exe = 10 if exe_rate >= 95 else max(0, 10 - (95 - exe_rate) * 0.5)
    s_exe = round(s_exe, 2)
    B.append(H(2, "（一）预算执行率（10分）"))
    B.append(P(
        f"预算执行率=本年支出合计/调整后预算数×100%={w(spend)}/{w(b1)}×100%={pl('exe_rate_text', f'{exe_rate:.2f}%')}。"
        f"评分标准：执行率≥95%得满分，每低1个百分点扣0.5分，扣完为止。故本项得{pl('s_exe', fmt_score(s_exe))}分。"))
    scores.append(["过程", "预算执行", "预算执行率", 10, "≥95%", f"{exe_rate:.2f}%", pl("s_exe_num", s_exe), ""])
    # 预算调整率 5
    s_adj = 5 if adj_rate <= 10 else max(0, 5 - (adj_rate - 10) * 0.5)
    s_adj = round(s_adj, 2)
    B.append(H(2, "（二）预算调整率（5分）"))
    B.append(P(
        f"{Y}年初预算数{w(b0)}万元，年中追加（调整）{w(adj)}万元，调整后预算数{w(b1)}万元。预算调整率=预算调整数/年初预算数×100%="
        f"{pl('adj_num', w(adj))}/{w(b0)}×100%={pl('adj_rate_text', f'{adj_rate:.2f}%')}。评分标准：调整率≤10%得满分，每超出1个百分点扣0.5分，扣完为止。"
        f"故本项得{pl('s_adj', fmt_score(s_adj))}分。"))
    scores.append(["过程", "预算执行", "预算调整率", 5, "≤10%", f"{adj_rate:.2f}%", pl("s_adj_num", s_adj), "" if s_adj == 5 else "年中追加人员经费及专项"])
    # 在职人员控制率 5
    B.append(H(2, "（三）在职人员控制率（5分）"))
    ctl = sy / bz * 100
    B.append(P(
        f"在职人员控制率=在职人员数/编制数×100%={sy}/{pl('bz_formula', bz)}×100%={pl('ctl_text', f'{ctl:.2f}%')}。评分标准：≤100%得满分，超过100%不得分。故本项得5分。"))
    scores.append(["过程", "预算管理", "在职人员控制率", 5, "≤100%", f"{ctl:.2f}%", 5, ""])
    # 三公经费控制率 5
    sgr = sg_act / sg_bud * 100
    B.append(H(2, "（四）“三公”经费控制率（5分）"))
    B.append(P(
        f"“三公”经费控制率=“三公”经费实际支出数/预算数×100%={w(sg_act)}/{w(sg_bud)}×100%={sgr:.2f}%。评分标准：≤100%得满分，"
        f"每超出1个百分点扣1分。故本项得{pl('s_sg', '5')}分。"))
    scores.append(["过程", "预算管理", "“三公”经费控制率", 5, "≤100%", f"{sgr:.2f}%", pl("s_sg_num", 5), ""])
    # 政府采购执行率 4
    cgr = cg_act / cg_bud * 100
    s_cg = round(max(0, 4 - (100 - cgr) * 0.2), 2) if cgr < 100 else 4
    B.append(H(2, "（五）政府采购执行率（4分）"))
    B.append(P(
        f"{Y}年实际政府采购金额{w(cg_act)}万元，政府采购预算金额{w(cg_bud)}万元，政府采购执行率{pl('cg_rate_text', f'{cgr:.2f}%')}。"
        f"评分标准：执行率100%得满分，每低1个百分点扣0.2分，扣完为止。故本项得{pl('s_cg', fmt_score(s_cg))}分。"))
    scores.append(["过程", "预算管理", "政府采购执行率", 4, "100%", f"{cgr:.2f}%", pl("s_cg_num", s_cg), "" if s_cg == 4 else "部分设备采购节约"])
    # 决策 / 管理 fixed
    fixed = [["决策", "目标设定", "绩效目标合理性", 6, "合理", "合理", 6, ""],
             ["决策", "目标设定", "绩效指标明确性", 6, "明确", "明确", 6, ""],
             ["决策", "预算配置", "重点支出安排率", 4, "≥80%", c["zd_rate"], 4, ""],
             ["过程", "预算管理", "管理制度健全性", 4, "健全", "健全", 4, ""],
             ["过程", "预算管理", "预决算信息公开性", 3, "按时公开", "按时公开", 3, ""],
             ["过程", "资产管理", "固定资产利用率", 3, "≥95%", f"{fa_use / fa * 100:.2f}%", 3, ""]]
    assert fa_use / fa >= 0.95
    B.append(H(2, "（六）预决算信息公开性（3分）"))
    B.append(P(
        f"{c['short']}于{Y}年2月按规定在{c['site']}公开了{pl('disc_year', Y)}年度部门预算，于{Y}年8月公开了{PY}年度部门决算，"
        f"公开内容完整，时间符合要求。故本项得3分。"))
    B.append(H(2, "（七）决策及管理类指标"))
    B.append(P(f"绩效目标合理性（6分）：{Y}年部门整体绩效目标依据“三定”方案和年度工作要点设定，与部门职责和中长期规划相符，故本项得6分。"
               f"绩效指标明确性（6分）：整体绩效目标细化分解为产出、效益指标，设置三级指标{len(c['indiv'])}个，均有明确指标值，故本项得6分。"))
    B.append(P(f"重点支出安排率（4分）：重点项目支出占项目支出的{c['zd_rate']}，故本项得4分。管理制度健全性（4分）：{c['short']}已制定"
               f"财务管理、资产管理、政府采购、内部控制等制度{c.get('rules_n', 12)}项，执行有效，故本项得4分。"
               f"固定资产利用率（3分）：在用固定资产{w(fa_use)}万元，固定资产原值{w(fa)}万元，利用率{pct(fa_use, fa)}，高于95%，故本项得3分。"))
    # individual indicators
    indiv = [list(r) for r in c["indiv"]]  # (一级, 二级, 三级, max, target, actual, score, reason)
    allrows = [list(r) for r in fixed[:3] + scores + fixed[3:]] + indiv
    # order by 一级
    order = ["决策", "过程", "产出", "效益"]
    allrows.sort(key=lambda r: order.index(r[0]))
    maxsum = sum(r[3] for r in allrows)
    assert maxsum == 100, maxsum
    total = round(sum(r[6] for r in allrows if not isinstance(r[6], str)), 2)
    for r in c["plant"].get("__score_rows__", []):
        pass
    for k, v in (c.get("plant") or {}).items():
        if k.startswith("tab:"):  # replace 实际完成值 of a named 三级指标 in the table only; PLANTED
            for r in allrows:
                if r[2] == k[4:]:
                    r[5] = v
                    pl.used.add(k)
        if k.startswith("row:"):  # replace score cell of a named 三级指标; PLANTED in case file
            name = k[4:]
            for r in allrows:
                if r[2] == name:
                    r[6] = v
                    pl.used.add(k)
    real_sum = round(sum(float(r[6]) for r in allrows), 2)
    F["total"] = total
    F["real_sum"] = real_sum
    stated_total = pl("total", fmt_score(real_sum))
    stated_total2 = pl("total2", stated_total)
    grade = pl("grade", "优" if float(stated_total) >= 90 else "良" if float(stated_total) >= 80 else "中" if float(stated_total) >= 60 else "差")
    # ------------------------------------------------------------ 五、问题
    B.append(H(2, "（八）个性指标完成情况"))
    B.append(P("个性指标共" + str(len(c["indiv"])) + "项：" + "；".join(
        f"{r[2]}年度指标值{r[4]}，实际完成{r[5]}" for r in c["indiv"]) + "。"))
    B.append(P("其中未完成年度指标值的：" + ("；".join(f"{r[2]}，{r[7]}，扣{fmt_score(r[3] - r[6])}分" for r in c["indiv"] if r[7]) or "无") + "。"))
    B.append(H(2, "（九）自评工作开展情况"))
    B.append(P(f"{c['short']}成立了由主要负责同志任组长、分管财务的负责同志任副组长、各内设机构负责人为成员的绩效自评工作领导小组，"
               f"于{Y + 1}年{c['sign_date'][1]}月上旬完成资料收集、数据核对和现场核查，对照评价指标体系逐项打分，形成自评报告。"
               f"本次自评共核查会计凭证{c.get('vouchers', 1264)}份、合同{c.get('contracts', 38)}份，召开自评工作会议{c.get('meetings', 3)}次。"))
    B.append(H(2, "（十）评价依据、方法和过程"))
    B.append(P(
        f"本次自评的依据主要包括：《中共中央 国务院关于全面实施预算绩效管理的意见》、《项目支出绩效评价管理办法》（财预〔2020〕10号）、{c['basis']}，"
        f"以及{c['short']}“三定”方案、{Y}年度部门预算批复、部门决算报表、年度工作要点和工作总结等。自评采用比较法、因素分析法和公众评判法相结合的方法，"
        f"定量指标以部门决算数据和业务统计数据为准，定性指标结合佐证资料和座谈情况综合判断。"))
    B.append(P(
        f"自评分为三个阶段：前期准备阶段，明确自评范围为{c['short']}{Y}年度全部收支，制定自评工作方案，分解指标任务；"
        f"组织实施阶段，财务部门负责收支数据和共性指标，各业务部门负责个性指标和佐证资料，评价组逐项核对数据口径；"
        f"分析评价阶段，评价组对照评分标准逐项打分，汇总形成自评得分和等级，撰写自评报告并经单位负责人审定。"))
    B.append(H(2, "（十一）评价结果应用和信息公开"))
    B.append(P(
        f"{c['short']}将自评结果作为编制{Y + 2}年部门预算和调整支出结构的重要依据，对执行率偏低、绩效目标未完成的项目，在下年度预算安排中适当压减；"
        f"对绩效较好的项目优先保障。自评报告经单位负责人审定后报送财政部门，并按要求随部门决算在门户网站公开，接受社会监督。"))
    B.append(H(1, "五、存在的主要问题"))
    for t in c["issues"]:
        B.append(P(t))
    B.append(H(1, "六、改进措施和有关建议"))
    for t in c["measures"]:
        B.append(P(t))
    B.append(H(1, "七、自评结论"))
    B.append(P(
        f"根据{c['basis']}，评价组对照部门整体支出绩效评价指标体系逐项打分，{c['short']}{Y}年度部门整体支出绩效自评综合得分"
        f"{stated_total}分，评价等级为“{grade}”。等级划分：90分（含）以上为优，80分（含）至90分为良，60分（含）至80分为中，60分以下为差。"))
    B.append(H(1, f"八、{Y + 1}年工作打算"))
    B.append(P(c["plan"]))
    # ------------------------------------------------------------ sign
    sd = c["sign_date"]
    date_txt = pl("sign_date", cn_date(*sd) if tpl["cn_date"] else f"{sd[0]}年{sd[1]}月{sd[2]}日")
    B.append(Sign(c.get("sign_lines", [u]) + [date_txt]))
    # ------------------------------------------------------------ 附表
    B.append(PageBreak())
    B.append(Caption(pl("att_title", f"附表 {Y}年度部门整体支出绩效自评表")))
    B.append(P(f"填报单位：{u}　　　　单位：万元、分"))
    if tpl["score"] == "subtotal":
        rows = [["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析"]]
        for lv in order:
            grp = [r for r in allrows if r[0] == lv]
            for r in grp:
                rows.append([r[0], r[1], r[2], fmt_score(r[3]), r[4], r[5], fmt_score(float(r[6])), r[7]])
            rows.append([f"{lv}小计", "", "", fmt_score(sum(r[3] for r in grp)), "", "",
                         fmt_score(round(sum(float(r[6]) for r in grp), 2)), ""])
        rows.append(["总分", "", "", "100", "", "", stated_total2, ""])
    else:  # AB
        rows = [["一级指标", "二级指标", "三级指标", "分值（A）", "指标值", "实际完成值", "得分（B）", "得分率（B/A）"]]
        for r in allrows:
            sc = float(r[6])
            rows.append([r[0], r[1], r[2], fmt_score(r[3]), r[4], r[5], fmt_score(sc), f"{sc / r[3] * 100:.2f}%"])
        rows.append(["合计", "", "", "100", "", "", stated_total2, f"{float(stated_total2):.2f}%"])
    B.append(Table(rows))
    B.append(P(f"自评等级：{grade}"))
    B.append(P("评分说明：定量指标按实际完成值与年度指标值对比计分，完成或超额完成得满分，未完成的按完成比例计分；定性指标按完成情况分档计分。"))
    if c.get("att_sign"):
        B.append(Sign(c["att_sign"]))
    unused = set(pl.d) - pl.used
    assert not unused, unused
    return B, F
