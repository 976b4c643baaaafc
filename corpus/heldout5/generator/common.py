"""Shared helpers for round 5: Decimal money formatting, rates and scoring rules.

Every figure of a report is held as ``Decimal``; every clean figure is asserted in the
case module; every planted defect is written out beside a ``# PLANTED`` comment.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

D = Decimal
C2 = D("0.01")
HUNDRED = D(100)

_FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_CN = "〇一二三四五六七八九"


def r2(x: Decimal, q: Decimal = C2) -> Decimal:
    return x.quantize(q, rounding=ROUND_HALF_UP)


def w(x: Decimal) -> str:
    """万元, two decimals, no separators (prose)."""
    return f"{r2(x):.2f}"


def wc(x: Decimal) -> str:
    """两位小数 with thousands separators."""
    return f"{r2(x):,.2f}"


def yuan_to_wan(x: Decimal) -> Decimal:
    return r2(x / D(10000))


def pct(num: Decimal, den: Decimal, nd: int = 2) -> Decimal:
    q = D(1).scaleb(-nd)
    return (num / den * HUNDRED).quantize(q, rounding=ROUND_HALF_UP)


def ps(x: Decimal) -> str:
    return f"{x}%"


def fw(s: str) -> str:
    """Full-width digits (some clerks type them)."""
    return s.translate(_FW)


def cn_year(y: int) -> str:
    return "".join(_CN[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    units = ["", "十"]
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def cn_date(y: int, m: int, d: int) -> str:
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"


def score_at_least(rate: Decimal, full: Decimal, thresh: Decimal, per_point: Decimal) -> Decimal:
    """Full marks at rate >= thresh; ``per_point`` off per percentage point below, pro rata."""
    if rate >= thresh:
        return full
    return max(D(0), r2(full - (thresh - rate) * per_point))


def score_at_most(rate: Decimal, full: Decimal, thresh: Decimal, per_point: Decimal) -> Decimal:
    """Full marks at rate <= thresh; ``per_point`` off per percentage point above, pro rata."""
    if rate <= thresh:
        return full
    return max(D(0), r2(full - (rate - thresh) * per_point))


def grade(total: Decimal) -> str:
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def fmt_score(x: Decimal) -> str:
    s = f"{x.normalize():f}"
    return s


def process_paragraphs(dept: str, year: int, finance: str, team: str, n_members: int) -> list[str]:
    """How the self-evaluation was organised (every real report has this; no figures of money)."""
    nx = year + 1
    return [
        f"（一）成立工作组织。按照{finance}统一部署，{dept}于{nx}年2月成立部门整体支出绩效自评工作组，由{team}任组长，办公室、财务及各业务股室负责人和所属单位负责人为成员，共{n_members}人，明确自评工作职责分工和时间安排。",
        f"（二）收集整理资料。工作组对照部门整体支出绩效评价指标体系，收集{year}年度部门预算批复、预算调整文件、部门决算报表、会计账簿、政府采购资料、资产卡片、项目实施方案及验收资料等基础资料，对财务数据与业务数据进行逐项核对。",
        f"（三）开展分析评价。工作组按照决策、过程、产出、效益四个维度逐项对照评分标准打分，对预算执行率、预算调整率、公用经费控制率等量化指标按公式计算，对定性指标结合实地查看和座谈了解的情况进行判断，形成初步评价意见。",
        f"（四）形成自评报告。在征求各股室和所属单位意见的基础上，工作组对初步评价意见进行复核，经单位领导班子会议审定后形成本报告，并按要求报送{finance}。",
    ]


def management_paragraphs(dept: str, year: int) -> list[str]:
    return [
        f"（一）预算管理制度建设情况。{dept}先后修订完善了《财务管理制度》《预算绩效管理办法》《政府采购内部控制制度》《固定资产管理办法》《公务接待管理办法》等内部管理制度，明确了预算编制、执行、调整、决算和绩效管理各环节的责任分工和审批权限，大额资金支出实行领导班子集体研究决定，做到制度健全、程序规范。",
        f"（二）资金使用合规情况。{year}年度各项资金严格按照预算批复的用途和范围使用，资金拨付有完整的审批程序和手续，未发现截留、挤占、挪用、虚列支出等情况；项目资金实行专账核算，重大开支均经集体研究；会计核算规范，账务处理及时，原始凭证合法有效。",
        "（三）资产管理情况。严格执行固定资产登记、领用、调拨和处置制度，资产卡片与账簿记录相符；年末组织开展资产清查盘点，对账实不符的资产及时查明原因，资产处置均按规定程序报批，处置收入及时上缴国库。",
    ]


def application_paragraphs(dept: str) -> list[str]:
    return [
        f"（一）自评结果应用。{dept}将本次自评结果在单位内部通报，对自评中发现的问题建立整改台账，明确责任股室和整改时限；将自评结果作为编制下一年度部门预算、优化支出结构的重要参考，对执行进度慢、绩效不高的项目相应压减预算。",
        "（二）信息公开情况。本次自评报告经单位领导班子审定后，按要求随部门决算在部门门户网站公开，主动接受社会监督。",
    ]


def monitoring_paragraphs(dept: str, year: int) -> list[str]:
    """Performance-management work of the year (绩效目标管理、运行监控), figure-light boilerplate."""
    return [
        f"（四）绩效目标管理。{dept}在编制{year}年度部门预算时同步编制部门整体支出绩效目标和项目支出绩效目标，绩效目标与部门职责、年度工作计划和预算资金相匹配，经财政部门审核后随预算一并批复；对绩效目标中的产出数量、质量、时效、成本和效益指标进行细化分解，落实到具体股室和责任人。",
        f"（五）绩效运行监控。按照“双监控”要求，{dept}分别于{year}年7月和10月对预算执行进度和绩效目标实现程度开展监控，对照全年目标逐项分析偏差原因，对执行进度滞后的项目督促责任股室加快实施，监控结果报送财政部门备案。",
        "（六）内部控制建设。坚持“三重一大”集体决策制度，预算编制、资金支付、政府采购、资产处置等关键环节实行不相容岗位分离，财务审批实行经办人、股室负责人、分管领导、主要领导逐级审签，确保资金安全规范运行。",
    ]


def project_paragraphs(rows: list[tuple[str, Decimal, Decimal, str]], unit: str = "万元") -> list[str]:
    """One paragraph per project: budget, spending, execution rate, then what it bought."""
    out = []
    for i, (name, budget, spent, desc) in enumerate(rows, 1):
        out.append(
            f"{i}.{name}。调整后预算{w(budget)}{unit}，实际支出{w(spent)}{unit}，预算执行率{pct(spent, budget)}%。{desc}"
        )
    return out


def plan_paragraphs(dept: str, year: int, items: list[str]) -> list[str]:
    nx = year + 1
    head = f"{nx}年，{dept}将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届三中全会精神，紧紧围绕年度目标任务，重点做好以下工作："
    return [head] + [f"{'一二三四五六'[i]}是{t}" for i, t in enumerate(items)]


def basis_paragraphs(dept: str, year: int, province: str, extra: str) -> list[str]:
    """The documents the evaluation relies on (every real report lists them)."""
    return [
        f"本次自评的主要依据包括：《中华人民共和国预算法》及其实施条例；《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）；财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）；{province}关于全面实施预算绩效管理的实施意见和部门整体支出绩效评价管理办法；{extra}；{dept}{year}年度部门预算批复、预算调整文件和部门决算报表；{dept}{year}年度工作计划、工作总结及相关业务统计资料。",
        f"自评范围为{dept}{year}年度纳入部门预算管理的全部资金，包括基本支出和项目支出；自评内容包括部门整体支出的预算编制、预算执行、资金管理、资产管理、职责履行和履职效益等方面。",
    ]


def reflection_paragraphs(dept: str) -> list[str]:
    """Closing remarks on the self-evaluation itself; no figures."""
    return [
        f"（一）关于自评工作的局限性。本次自评由{dept}自行组织实施，评价人员主要为本单位工作人员，在指标设定和打分上可能存在一定的主观性；部分效益指标（如社会效益、生态效益）难以量化，主要依据工作总结和统计资料进行定性判断，评价结果仅反映本单位对年度整体支出绩效的自我认识，最终以财政部门评价结果为准。",
        f"（二）关于绩效指标体系的完善。在自评过程中发现，现行部门整体支出绩效指标中部分产出指标与年度重点工作的对应关系不够紧密，部分效益指标缺少可比较的基线数据。下一步，{dept}将结合部门职责和中长期规划，进一步梳理核心业务，完善个性化绩效指标，建立指标值的历史数据库，提高绩效目标的科学性和可考核性。",
        f"（三）关于预算与绩效的深度融合。{dept}将按照“预算编制有目标、预算执行有监控、预算完成有评价、评价结果有反馈、反馈结果有应用”的要求，把绩效理念贯穿预算管理全过程，推动预算和绩效管理一体化，切实提高财政资金使用效益。",
    ]


def budget_process_paragraphs(dept: str, year: int) -> list[str]:
    """How the budget was drawn up and paid out; figure-free boilerplate every template asks for."""
    return [
        f"预算编制方面，{dept}严格按照“二上二下”程序编制{year}年度部门预算：基本支出按照定员定额标准和实有人数据实测算，项目支出按照轻重缓急排序、纳入项目库管理，未入库项目不安排预算；预算编制时同步申报绩效目标，做到“预算未编、目标先行”。预算批复后，及时将预算指标分解到各股室和所属单位，明确执行责任。",
        f"预算执行方面，{dept}全面执行国库集中支付制度，除零星支出外均通过公务卡或国库直接支付；严格执行政府采购制度，达到采购限额标准的货物、工程和服务全部依法实行政府采购，采购合同按规定在政府采购网公开；严格控制“三公”经费、会议费、培训费等一般性支出，无预算、超预算的支出一律不予办理。",
        "决算管理方面，按照财政部门要求及时编制部门决算，决算数据与会计账簿、预算执行数据核对一致，部门决算和“三公”经费决算按规定时限公开，主动接受社会监督。",
    ]
