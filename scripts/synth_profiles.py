"""Department profiles for the synthetic corpus: vocabulary, layouts and ranges.

Each profile describes one kind of department the way its reports are written: its
name and sub-units, the labels it uses (核定编制 or 编制数, 收入合计 or 收入总计 …), how
its tables are laid out, its money unit, the indicators it scores and their maxima,
its grade bands, its activities (stated once in the work summary and again in an
indicator section) and the prose of its narrative parts. The generator
(``generate_corpus.py``) draws the numbers; everything here is wording and shape.

The wording is written for this corpus (not copied from the example report), so the
rules are tested against sentences they were not developed on.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class UnitSpec:
    """One budget unit whose row appears in the income/expenditure tables."""

    name: str
    staff: tuple[int, int]
    """(核定编制, 实有人数)."""
    spend: tuple[float, float]
    """Range of total spending in 万元."""
    project_share: tuple[float, float]
    """Share of spending that is 项目支出."""


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator the department scores: kind (how it is computed), name and maximum."""

    kind: str
    name: str
    maximum: int
    group: str = ""
    rule: str = ""
    """Rule variant id (see generate_corpus.RULES)."""
    style: str = ""
    """Wording/formula style variant."""


@dataclass(frozen=True)
class Activity:
    """A work result stated in the work summary (``first``) and again in ``second``."""

    first: str
    second: str
    value: str
    mutated: str
    """The value a copied-forward restatement shows instead (IC005 mutant)."""


@dataclass(frozen=True)
class Profile:
    """Everything that makes one department's report look like its own."""

    kind: str
    unit: str
    short: str
    """How the department calls itself in running text (本局, 我镇, 我委, 我院, 我校)."""
    region: str
    year: int
    report_month: int
    budget_code: str
    money: str
    """``万元`` or ``元``."""
    sep: bool
    """Thousands separators in money figures."""
    units: tuple[UnitSpec, ...]
    labels: dict[str, str]
    layout: dict[str, str]
    indicators: tuple[IndicatorSpec, ...]
    groups: tuple[tuple[str, int], ...]
    grade_words: tuple[str, str, str, str]
    bands_text: str
    functions: tuple[str, ...]
    org_list: tuple[str, ...]
    org_count_unit: str
    org_sentence: str
    """Template with {items}, {n} and {unit}."""
    activities: tuple[Activity, ...]
    prior_result: str
    """A result of the evaluated year written in the benefit section; {year} is the slot."""
    basis_sentence: str
    """The key-work assessment used as score basis; {year} and {score} are slots."""
    disclosure: str
    """The 已公开 statement; {year} is the slot, {prev} the previous year."""
    functional: tuple[str, ...]
    projects: tuple[str, ...]
    problems: tuple[str, ...]
    suggestions: tuple[str, ...]
    overview: tuple[str, ...]
    people: tuple[str, ...]
    fullwidth_summary: bool = False
    attachment: str = ""
    """``indicator-table``, ``work-sheet`` or empty."""
    carry: tuple[float, float] = (0.0, 0.0)
    balance: tuple[float, float] = (0.0, 0.0)
    other_income: tuple[float, float] = (0.0, 0.0)
    fund_income: tuple[float, float] = (0.0, 0.0)
    capital_income: tuple[float, float] = (0.0, 0.0)
    other_basic_share: float = 0.0
    """Share of 基本支出 paid from non-fiscal funds (a hospital pays salaries from 医疗收入)."""
    extra: dict[str, str] = field(default_factory=dict)


SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤"
GIVEN = "建华国强志明秀英海燕立新文杰晓东春梅红霞宏伟丽君永刚雪松卫东德胜小平俊峰玉兰金凤明辉云峰爱民振宇晓燕建军子涵雨桐思远佳怡浩然"

# --------------------------------------------------------------------------- 县教育局

COUNTY_EDU = Profile(
    kind="county-edu",
    unit="清溪县教育局",
    short="本局",
    region="清溪县",
    year=2024,
    report_month=4,
    budget_code="402001",
    money="万元",
    sep=True,
    units=(
        UnitSpec("清溪县教育局（本级）", (46, 44), (2600, 3400), (0.55, 0.65)),
        UnitSpec("清溪县教育事务服务中心", (18, 17), (380, 520), (0.25, 0.35)),
        UnitSpec("清溪县学生资助管理中心", (9, 8), (160, 240), (0.30, 0.40)),
    ),
    labels={
        "auth": "核定编制",
        "actual": "实有人数",
        "income_total": "收入合计",
        "initial": "年初预算数",
        "project": "项目支出",
        "unit_col": "单位名称",
        "personnel": "人员支出",
        "public": "公用支出",
    },
    layout={
        "income": "qizhong",
        "expenditure": "seed",
        "functional": "qizhong",
        "staff_table": "yes",
        "indicator_headings": "grouped",
        "formula": "numeric",
        "score_word": "计",
    },
    indicators=(
        IndicatorSpec("goal_fit", "绩效目标合理性", 4, "投入"),
        IndicatorSpec("goal_clear", "绩效目标明确性", 4, "投入"),
        IndicatorSpec("staff", "在职人员控制率", 4, "投入", rule="le_full_0"),
        IndicatorSpec("sangong_change", "“三公经费”变动率", 4, "投入", rule="change_0"),
        IndicatorSpec("adjust", "预算调整率", 4, "投入", rule="adjust_bands_0"),
        IndicatorSpec("exec", "预算执行率", 8, "过程", rule="ge_full_0", style="named"),
        IndicatorSpec("public", "公用经费控制率", 6, "过程", rule="le_full_1"),
        IndicatorSpec("sangong_ctrl", "“三公经费”控制率", 6, "过程", rule="le_full_1"),
        IndicatorSpec("procure", "政府采购执行率", 4, "过程", rule="ge_full_1"),
        IndicatorSpec("mgmt", "管理制度健全性", 4, "过程"),
        IndicatorSpec("compliance", "资金使用合规性", 4, "过程", style="deduct"),
        IndicatorSpec("disclose", "预决算信息公开性", 3, "过程"),
        IndicatorSpec("assets", "固定资产利用率", 5, "过程", rule="ge_full_2"),
        IndicatorSpec("completion", "重点工作完成率", 12, "产出"),
        IndicatorSpec("output_qual", "教育事业发展目标完成情况", 8, "产出", style="deduct"),
        IndicatorSpec("benefit", "社会效益", 8, "效益"),
        IndicatorSpec("sustain", "可持续影响", 4, "效益"),
        IndicatorSpec("satisfaction", "服务对象满意度", 8, "效益", rule="sat_bands_0"),
    ),
    groups=(("投入", 20), ("过程", 40), ("产出", 20), ("效益", 20)),
    grade_words=("优", "良", "中", "差"),
    bands_text="90分（含）以上为优，80分（含）-90分为良，60分（含）-80分为中，60分以下为差",
    functions=(
        "贯彻执行国家和省、市有关教育工作的方针政策和法律法规，拟订全县教育改革与发展规划并组织实施。",
        "统筹管理全县学前教育、义务教育、普通高中教育、职业教育和特殊教育，推进义务教育均衡发展和城乡一体化。",
        "负责全县教育经费的统筹管理，参与拟订教育经费筹措、教育拨款、基建投资等政策，管理县本级教育资金。",
        "负责全县中小学校、幼儿园的安全稳定和校园周边环境综合治理工作。",
        "负责全县教师队伍建设，组织教师培训、职称评审和交流轮岗工作。",
        "统筹全县学生资助工作，落实各学段学生资助政策。",
    ),
    org_list=("办公室", "人事股", "计划财务股", "基础教育股", "职业与成人教育股", "安全稳定股"),
    org_count_unit="个内设股室",
    org_sentence="局机关内设{items}等{n}{unit}，下属二级单位2个。",
    activities=(
        Activity(
            "全年累计资助家庭经济困难学生{v}人次", "资助家庭经济困难学生{v}人次", "12486", "11826"
        ),
        Activity("组织中小学教师全员培训{v}人次", "完成中小学教师全员培训{v}人次", "3260", "3620"),
        Activity("新增公办幼儿园学位{v}个", "新增公办幼儿园学位{v}个", "1080", "810"),
        Activity(
            "营养改善计划惠及农村学生{v}人", "营养改善计划惠及农村学生{v}人", "18540", "17450"
        ),
    ),
    prior_result="{year}年9月，县城第二幼儿园建成并投入使用，新增办园规模12个班。",
    basis_sentence="根据{year}年度全县目标管理绩效考核结果，本局考核得分为{score}分，列全县教育系统第一等次。",
    disclosure="本局{year}年度部门预算已于{year}年2月在清溪县人民政府门户网站公开，{prev}年度部门决算已于{year}年8月公开，公开内容完整、时限符合要求。",
    functional=("教育支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"),
    projects=(
        "学生资助配套资金",
        "义务教育学校公用经费县级配套",
        "教师培训经费",
        "校园安全保障经费",
        "学前教育发展专项",
    ),
    problems=(
        "部分项目绩效目标设置偏重数量指标，质量、效益指标不够细化，难以全面反映资金使用效果。",
        "二级单位预算执行进度不均衡，上半年支出进度偏慢，年底集中支付的情况仍然存在。",
        "资产管理信息系统数据更新不够及时，个别学校资产账实核对不到位。",
    ),
    suggestions=(
        "细化量化绩效目标，在编制预算时同步设置产出、效益和满意度指标，做到可衡量、可考核。",
        "加强预算执行监控，建立按月通报制度，督促二级单位均衡支出。",
        "定期开展资产清查盘点，及时更新资产信息，确保账实相符。",
    ),
    overview=(
        "{year}年，清溪县教育局坚持以办好人民满意的教育为目标，统筹推进学前教育普及普惠、义务教育优质均衡和普通高中多样化发展，全县教育事业保持稳中有进的良好态势。",
        "一是学生资助应助尽助。{a0}，资助政策宣传覆盖全县所有学校。",
        "二是教师队伍持续加强。{a1}，新招聘教师86名，补充到农村学校任教。",
        "三是办学条件不断改善。{a2}，完成12所农村学校校舍维修改造。",
        "四是民生实事落地见效。{a3}，食品安全抽检合格率保持100%。",
    ),
    people=("局长", "副局长", "计划财务股股长", "办公室主任", "会计"),
    attachment="indicator-table",
    fund_income=(18, 40),
    other_income=(25, 60),
)

# --------------------------------------------------------------------------- 镇人民政府

TOWNSHIP = Profile(
    kind="township",
    unit="云川县青石镇人民政府",
    short="我镇",
    region="云川县",
    year=2023,
    report_month=3,
    budget_code="517013",
    money="万元",
    sep=False,
    units=(UnitSpec("云川县青石镇人民政府（本级）", (64, 60), (1600, 2100), (0.40, 0.50)),),
    labels={
        "auth": "编制数",
        "actual": "在职人数",
        "income_total": "收入总计",
        "initial": "年初预算",
        "project": "专项支出",
        "unit_col": "机构名称",
        "personnel": "人员经费",
        "public": "公用经费",
    },
    layout={
        "income": "qizhong",
        "expenditure": "vertical",
        "functional": "qizhong",
        "staff_table": "no",
        "indicator_headings": "flat",
        "formula": "numeric",
        "score_word": "得",
    },
    indicators=(
        IndicatorSpec("goal_fit", "绩效目标合理性", 3),
        IndicatorSpec("goal_clear", "绩效目标明确性", 3),
        IndicatorSpec("staff", "在职人员控制率", 3, rule="le_full_1"),
        IndicatorSpec("sangong_change", "“三公经费”变动率", 3, rule="change_1"),
        IndicatorSpec("exec", "预算完成率", 6, rule="ge_full_1"),
        IndicatorSpec("adjust", "预算调整率", 5, rule="adjust_bands_1"),
        IndicatorSpec("public", "公用经费控制率", 6, rule="le_full_0"),
        IndicatorSpec("sangong_ctrl", "“三公经费”控制率", 6, rule="le_full_0"),
        IndicatorSpec("procure", "政府采购执行率", 4, rule="procure_bands_0"),
        IndicatorSpec("mgmt", "管理制度健全性", 6),
        IndicatorSpec("compliance", "资金使用合规性", 6, style="deduct"),
        IndicatorSpec("disclose", "预决算信息公开性", 5),
        IndicatorSpec("asset_safe", "资产管理安全性", 4),
        IndicatorSpec("assets", "固定资产利用率", 4, rule="ge_full_0"),
        IndicatorSpec("completion", "重点工作实际完成率", 12, style="formula"),
        IndicatorSpec("benefit", "经济效益和社会效益", 12, style="deduct"),
        IndicatorSpec("satisfaction", "社会公众满意度", 12, rule="sat_bands_1"),
    ),
    groups=(),
    grade_words=("优秀", "良好", "合格", "不合格"),
    bands_text="综合得分90分（含）以上为优秀；80分（含）-90分为良好；60分（含）-80分为合格；60分以下为不合格",
    functions=(
        "宣传贯彻党的路线方针政策和国家法律法规，执行县委、县政府的决定和工作部署。",
        "制定并组织实施全镇经济和社会发展规划，推进农业产业结构调整和集体经济发展。",
        "负责全镇社会治安综合治理、安全生产、应急管理和信访维稳工作。",
        "负责全镇民政、社会保障、退役军人服务、医疗保障等公共服务工作。",
        "负责全镇村镇规划建设、人居环境整治和生态环境保护工作。",
    ),
    org_list=(
        "党政综合办公室",
        "经济发展办公室",
        "社会事务办公室",
        "综合行政执法大队",
        "便民服务中心",
    ),
    org_count_unit="个工作机构",
    org_sentence="镇政府下设{items}{n}{unit}，辖11个行政村、2个社区。",
    activities=(
        Activity("全年新建和维修村组道路{v}公里", "新建和维修村组道路{v}公里", "18.6", "16.8"),
        Activity("按月发放城乡低保金{v}万元", "全年发放城乡低保金{v}万元", "315.20", "295.40"),
        Activity("排查整治各类安全隐患{v}处", "排查整治各类安全隐患{v}处", "426", "462"),
        Activity("结对帮扶脱贫监测户{v}户", "结对帮扶脱贫监测户{v}户", "137", "173"),
    ),
    prior_result="{year}年11月，青石镇通过县级“美丽乡镇”创建验收，镇区主干道完成提质改造。",
    basis_sentence="{year}年度全县乡镇绩效考核结果为优秀等次，考核得分{score}分。",
    disclosure="我镇已在云川县人民政府门户网站公开{year}年度部门预算及“三公”经费预算，接受社会监督。",
    functional=(
        "一般公共服务支出",
        "公共安全支出",
        "社会保障和就业支出",
        "卫生健康支出",
        "农林水支出",
        "城乡社区支出",
    ),
    projects=("村级组织运转经费", "人居环境整治经费", "乡村振兴衔接资金", "综治维稳经费"),
    problems=(
        "预算编制的精准度有待提高，年中追加的专项资金较多，年初预算对全年支出的覆盖不足。",
        "绩效目标的设定偏于笼统，部分指标缺少量化标准，绩效监控的及时性不够。",
    ),
    suggestions=(
        "提高预算编制质量，对可预见的支出全部纳入年初预算，减少年中追加。",
        "加强绩效目标管理，结合年度重点任务设定可量化的指标，按季度开展绩效运行监控。",
    ),
    overview=(
        "{year}年，青石镇紧紧围绕县委、县政府决策部署，聚焦乡村振兴、基层治理和民生保障，各项工作取得新进展。",
        "基础设施方面，{a0}，完成3座山塘清淤扩容。民生保障方面，{a1}，为困难群众办理医疗救助62人次。",
        "平安建设方面，{a2}，全年未发生较大以上安全生产事故。乡村振兴方面，{a3}，脱贫人口人均纯收入稳步增长。",
    ),
    people=("镇长", "副镇长", "财政所所长", "党政综合办公室主任", "报账员"),
    fullwidth_summary=True,
    attachment="",
    fund_income=(12, 30),
    other_income=(40, 90),
    capital_income=(5, 12),
)

# --------------------------------------------------------------------------- 市发展和改革委员会

CITY_DRC = Profile(
    kind="city-drc",
    unit="临江市发展和改革委员会",
    short="我委",
    region="临江市",
    year=2024,
    report_month=5,
    budget_code="108001",
    money="元",
    sep=True,
    units=(
        UnitSpec("临江市发展和改革委员会（本级）", (52, 49), (1900, 2400), (0.35, 0.45)),
        UnitSpec("临江市价格认证中心", (12, 11), (210, 290), (0.15, 0.25)),
    ),
    labels={
        "auth": "人员编制",
        "actual": "实有人数",
        "income_total": "收入合计",
        "initial": "年初预算数",
        "project": "项目支出",
        "unit_col": "单位名称",
        "personnel": "人员支出",
        "public": "公用支出",
    },
    layout={
        "income": "total-last",
        "expenditure": "seed",
        "functional": "trailing",
        "staff_table": "no",
        "indicator_headings": "flat",
        "formula": "numeric",
        "score_word": "计",
    },
    indicators=(
        IndicatorSpec("goal_fit", "绩效目标合理性", 4),
        IndicatorSpec("goal_clear", "绩效指标明确性", 4),
        IndicatorSpec("staff", "在职人员控制率", 3, rule="le_full_0"),
        IndicatorSpec("sangong_change", "“三公经费”变动率", 4, rule="change_0"),
        IndicatorSpec("exec", "预算执行率", 10, rule="ge_full_2"),
        IndicatorSpec("adjust", "预算调整率", 4, rule="adjust_bands_0"),
        IndicatorSpec("public", "公用经费控制率", 5, rule="le_full_2"),
        IndicatorSpec("sangong_ctrl", "“三公经费”控制率", 5, rule="le_full_2"),
        IndicatorSpec("procure", "政府采购执行率", 5, rule="ge_full_0"),
        IndicatorSpec("mgmt", "管理制度健全性", 5),
        IndicatorSpec("compliance", "资金使用合规性", 6, style="deduct"),
        IndicatorSpec("disclose", "预决算信息公开性", 4),
        IndicatorSpec("asset_safe", "资产管理安全性", 3),
        IndicatorSpec("assets", "固定资产利用率", 3, rule="ge_full_2"),
        IndicatorSpec("completion", "重点工作完成率", 15),
        IndicatorSpec("benefit", "社会效益", 10),
        IndicatorSpec("satisfaction", "服务对象满意度", 10, rule="sat_bands_0"),
    ),
    groups=(),
    grade_words=("优", "良", "中", "差"),
    bands_text="得分在90分（含）以上的为“优”，80分（含）至90分的为“良”，60分（含）至80分的为“中”，60分以下的为“差”",
    functions=(
        "拟订并组织实施全市国民经济和社会发展战略、中长期规划和年度计划，统筹协调经济社会发展。",
        "负责全市固定资产投资的综合管理，审批、核准、备案重大建设项目，安排市级预算内投资。",
        "承担全市重点项目的谋划、调度和服务工作，协调解决项目建设中的重大问题。",
        "负责全市价格管理和价格监测工作，承担价格认定和成本调查监审工作。",
        "负责全市能源发展和节能降碳工作，推进粮食和物资储备管理。",
    ),
    org_list=("办公室", "发展规划科", "投资科", "价格与收费管理科", "能源科", "财务审计科"),
    org_count_unit="个科室",
    org_sentence="委机关内设{items}共{n}{unit}，下属临江市价格认证中心1个事业单位。",
    activities=(
        Activity(
            "全年审核备案固定资产投资项目{v}个", "审核备案固定资产投资项目{v}个", "286", "268"
        ),
        Activity("下达节能降碳奖补资金{v}万元", "全年下达节能降碳奖补资金{v}万元", "460", "640"),
        Activity("办结涉案财物价格认定案件{v}件", "办结涉案财物价格认定案件{v}件", "1342", "1243"),
        Activity("组织重点项目集中开工活动{v}次", "组织重点项目集中开工活动{v}次", "4", "3"),
    ),
    prior_result="{year}年6月，临江港区综合物流园一期工程竣工投产。",
    basis_sentence="{year}年度全市绩效考核中，我委考核结果为优秀，考核得分{score}分。",
    disclosure="我委{year}年度部门预算于{year}年1月在临江市财政局门户网站和本单位网站同步公开，公开及时、内容完整。",
    functional=(
        "一般公共服务支出",
        "社会保障和就业支出",
        "卫生健康支出",
        "节能环保支出",
        "住房保障支出",
    ),
    projects=("重大项目前期工作经费", "价格监测与认定经费", "经济运行调度经费", "节能监察经费"),
    problems=(
        "部分项目前期工作经费支出进度偏慢，与项目推进节奏衔接不够紧密。",
        "绩效自评以定性描述为主，对项目实施效果的量化分析不足。",
    ),
    suggestions=(
        "建立项目前期工作经费动态调整机制，按照项目进展及时调整资金安排。",
        "引入第三方评价，增强自评结果的客观性，并将评价结果与下年度预算安排挂钩。",
    ),
    overview=(
        "{year}年，临江市发展和改革委员会围绕高质量发展主线，扎实做好稳增长、抓项目、优环境、惠民生各项工作。",
        "项目建设提速增效。{a0}，总投资额同比增长12.4%；{a3}，全年新开工亿元以上项目31个。",
        "节能降碳稳步推进。{a1}，支持企业实施节能技术改造项目23个。",
        "价格监管规范有序。{a2}，重要民生商品价格保持基本稳定。",
    ),
    people=("主任", "副主任", "办公室主任", "财务审计科科长", "会计"),
    attachment="work-sheet",
    fund_income=(5, 15),
    other_income=(8, 20),
)

# --------------------------------------------------------------------------- 县人民医院

HOSPITAL = Profile(
    kind="hospital",
    unit="清溪县人民医院",
    short="我院",
    region="清溪县",
    year=2024,
    report_month=3,
    budget_code="402215",
    money="万元",
    sep=True,
    units=(UnitSpec("清溪县人民医院", (320, 301), (17500, 19500), (0.08, 0.12)),),
    labels={
        "auth": "编制人数",
        "actual": "实有在编人数",
        "income_total": "收入合计",
        "initial": "年初预算",
        "project": "项目支出",
        "unit_col": "单位名称",
        "personnel": "人员支出",
        "public": "公用支出",
    },
    layout={
        "income": "qizhong-hospital",
        "expenditure": "seed",
        "functional": "qizhong",
        "staff_table": "no",
        "indicator_headings": "flat",
        "formula": "numeric",
        "score_word": "计",
    },
    indicators=(
        IndicatorSpec("goal_fit", "绩效目标合理性", 3),
        IndicatorSpec("goal_clear", "绩效目标明确性", 3),
        IndicatorSpec("staff", "在职人员控制率", 4, rule="le_full_0"),
        IndicatorSpec("exec", "预算执行率", 10, rule="ge_full_0"),
        IndicatorSpec("adjust", "预算调整率", 4, rule="adjust_bands_1"),
        IndicatorSpec("public", "公用经费控制率", 4, rule="le_full_1"),
        IndicatorSpec("sangong_ctrl", "“三公经费”控制率", 6, rule="le_full_1"),
        IndicatorSpec("procure", "政府采购执行率", 6, rule="procure_bands_0"),
        IndicatorSpec("mgmt", "管理制度健全性", 6),
        IndicatorSpec("compliance", "资金使用合规性", 8, style="deduct"),
        IndicatorSpec("disclose", "预决算信息公开性", 4),
        IndicatorSpec("asset_safe", "资产管理安全性", 4),
        IndicatorSpec("assets", "固定资产利用率", 6, rule="ge_full_2"),
        IndicatorSpec("completion", "医疗服务任务完成率", 12),
        IndicatorSpec("benefit", "社会效益", 10, style="deduct"),
        IndicatorSpec("satisfaction", "患者满意度", 10, rule="sat_bands_1"),
    ),
    groups=(),
    grade_words=("优", "良", "中", "差"),
    bands_text="总分≥90分为优，80分≤总分<90分为良，60分≤总分<80分为中，总分<60分为差",
    functions=(
        "承担全县常见病、多发病的诊疗和急危重症的抢救任务，是全县医疗、教学、科研、预防保健中心。",
        "承担突发公共卫生事件医疗救治和重大活动医疗保障任务。",
        "承担对乡镇卫生院的业务技术指导和人员进修培训，推进县域医共体建设。",
        "开展健康教育、慢病管理和家庭医生签约服务等公共卫生工作。",
    ),
    org_list=("内科", "外科", "妇产科", "儿科", "急诊科", "中医科"),
    org_count_unit="个临床科室",
    org_sentence="医院设有{items}等{n}{unit}和9个医技科室，编制床位500张。",
    activities=(
        Activity("全年完成门急诊诊疗{v}万人次", "完成门急诊诊疗{v}万人次", "38.62", "36.28"),
        Activity("收治住院患者{v}人次", "全年收治住院患者{v}人次", "21450", "20145"),
        Activity("开展下乡义诊活动{v}场次", "开展下乡义诊活动{v}场次", "46", "64"),
        Activity("完成家庭医生签约服务{v}人", "完成家庭医生签约服务{v}人", "8265", "8625"),
    ),
    prior_result="{year}年10月，医院通过二级甲等综合医院复评审，胸痛中心通过国家级认证。",
    basis_sentence="{year}年度全县公立医院绩效考核中，我院考核得分{score}分，位列全县第一。",
    disclosure="我院{year}年度部门预算已于{year}年2月在清溪县卫生健康局网站公开，{prev}年度部门决算已于{year}年9月公开。",
    functional=("卫生健康支出", "社会保障和就业支出", "住房保障支出"),
    projects=("公立医院综合改革补助", "基本公共卫生服务项目", "重点专科建设经费", "医疗设备购置"),
    problems=(
        "医疗收入增长放缓，而人员经费刚性增长，收支平衡压力加大。",
        "部分大型医疗设备使用效率不高，设备效益分析开展不够深入。",
    ),
    suggestions=(
        "推进全面预算管理和成本核算，控制不合理支出，提高资金使用效益。",
        "建立大型设备使用效益评价制度，将评价结果作为设备购置论证的依据。",
    ),
    overview=(
        "{year}年，清溪县人民医院坚持公益性办院方向，深化县域医共体建设，医疗服务能力和群众就医体验持续提升。",
        "医疗服务方面，{a0}，{a1}，三四级手术占比提高到42.6%。",
        "公共卫生方面，{a2}，{a3}，重点人群签约率达到76.5%。",
    ),
    people=("院长", "副院长", "财务科科长", "院办主任", "会计"),
    attachment="",
    carry=(600, 900),
    balance=(400, 700),
    other_income=(14000, 15500),
    other_basic_share=0.82,
)

# --------------------------------------------------------------------------- 市第一中学

SCHOOL = Profile(
    kind="school",
    unit="临江市第一中学",
    short="我校",
    region="临江市",
    year=2023,
    report_month=4,
    budget_code="205031",
    money="万元",
    sep=False,
    units=(UnitSpec("临江市第一中学", (158, 151), (2300, 2700), (0.18, 0.26)),),
    labels={
        "auth": "编制人数",
        "actual": "在职教职工人数",
        "income_total": "收入合计",
        "initial": "年初预算数",
        "project": "项目支出",
        "unit_col": "单位名称",
        "personnel": "人员支出",
        "public": "公用支出",
    },
    layout={
        "income": "qizhong",
        "expenditure": "seed",
        "functional": "qizhong",
        "staff_table": "no",
        "indicator_headings": "flat",
        "formula": "named",
        "score_word": "计",
    },
    indicators=(
        IndicatorSpec("goal_fit", "绩效目标合理性", 4),
        IndicatorSpec("goal_clear", "绩效目标明确性", 4),
        IndicatorSpec("staff", "在职人员控制率", 4, rule="le_full_2"),
        IndicatorSpec("sangong_change", "“三公经费”变动率", 3, rule="change_1"),
        IndicatorSpec("exec", "预算执行率", 8, rule="ge_full_1", style="named"),
        IndicatorSpec("adjust", "预算调整率", 5, rule="adjust_bands_0"),
        IndicatorSpec("public", "公用经费控制率", 6, rule="le_full_2"),
        IndicatorSpec("sangong_ctrl", "“三公经费”控制率", 6, rule="le_full_0"),
        IndicatorSpec("procure", "政府采购执行率", 5, rule="ge_full_2"),
        IndicatorSpec("mgmt", "管理制度健全性", 5),
        IndicatorSpec("compliance", "资金使用合规性", 5, style="deduct"),
        IndicatorSpec("disclose", "预决算信息公开性", 4),
        IndicatorSpec("asset_mgmt", "资产管理制度健全性", 3),
        IndicatorSpec("assets", "固定资产利用率", 4, rule="ge_full_0"),
        IndicatorSpec("completion", "教育教学任务完成率", 12),
        IndicatorSpec("benefit", "社会效益", 14, style="deduct"),
        IndicatorSpec("satisfaction", "学生及家长满意度", 8, rule="sat_bands_0"),
    ),
    groups=(),
    grade_words=("优秀", "良好", "合格", "不合格"),
    bands_text="90分及以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格",
    functions=(
        "实施普通高中学历教育，落实国家课程方案，促进学生全面而有个性地发展。",
        "承担市教育局安排的教育教学改革试点和教研任务，发挥示范辐射作用。",
        "负责学校教职工队伍建设和管理，组织开展教师培训和继续教育。",
        "负责学生资助、校园安全、后勤保障和校产管理工作。",
    ),
    org_list=("办公室", "教务处", "政教处", "总务处", "团委"),
    org_count_unit="个处室",
    org_sentence="学校设有{items}{n}{unit}，现有教学班54个、在校学生2716人。",
    activities=(
        Activity("全年资助家庭经济困难学生{v}人次", "资助家庭经济困难学生{v}人次", "1236", "1326"),
        Activity("组织教职工校本培训{v}人次", "组织教职工校本培训{v}人次", "640", "460"),
        Activity("开设课后延时服务{v}课时", "开设课后延时服务{v}课时", "5280", "5820"),
        Activity("发放国家助学金{v}万元", "全年发放国家助学金{v}万元", "148.32", "138.42"),
    ),
    prior_result="{year}年12月，学校创客实验室建成投入使用，学生科技社团由8个增至14个。",
    basis_sentence="在{year}年度全市普通高中办学水平督导评估中，我校评估得分{score}分，等次为优秀。",
    disclosure="学校{year}年度部门预算已按规定在临江市教育局网站公开，公开内容包括收支预算、“三公”经费预算等。",
    functional=("教育支出", "社会保障和就业支出", "住房保障支出"),
    projects=("高中免学费补助", "国家助学金", "教学设备更新", "校舍维修改造"),
    problems=(
        "学校项目支出主要依赖上级专项，年初预算中可统筹的发展性经费较少。",
        "绩效管理专业人员不足，绩效目标编制和自评工作主要由财务人员承担。",
    ),
    suggestions=(
        "合理测算年度资金需求，将设备更新和校舍维修纳入年初预算统筹安排。",
        "加强绩效管理培训，由各处室共同参与绩效目标编制和自评。",
    ),
    overview=(
        "{year}年，临江市第一中学坚持立德树人根本任务，深化课堂教学改革，教育教学质量稳步提升。",
        "学生资助方面，{a0}，{a3}，实现应助尽助。",
        "队伍建设方面，{a1}，3名教师获评市级骨干教师。",
        "课后服务方面，{a2}，学生参与率达到92%。",
    ),
    people=("校长", "副校长", "总务处主任", "办公室主任", "会计"),
    attachment="indicator-table",
    fund_income=(0, 0),
    other_income=(60, 120),
)

PROFILES: tuple[Profile, ...] = (COUNTY_EDU, TOWNSHIP, CITY_DRC, HOSPITAL, SCHOOL)
