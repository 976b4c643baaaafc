"""One pint registry for every unit a report uses, with exact Decimal magnitudes.

Money written in 元, 万元 or 亿元, lengths in 米 or 公里, areas in 平方米 or 亩 and volumes in 立方米 must
compare equal when they are (``8.5 万元`` is ``85000 元``). Counts of different things
(人 and 户) are different dimensions so they never add up by accident; 人 and 名 are the
same. The registry is built from our own short definitions (not pint's default file)
so it loads in milliseconds.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any

# Canonical unit symbol as written in reports -> (pint unit name, kind).
UNITS: dict[str, tuple[str, str]] = {
    "元": ("yuan", "money"),
    "千元": ("qian_yuan", "money"),
    "万元": ("wan_yuan", "money"),
    "亿元": ("yi_yuan", "money"),
    "%": ("percent", "percent"),
    "‰": ("permille", "percent"),
    "分": ("point", "score"),
    "米": ("meter", "length"),
    "千米": ("kilometer", "length"),
    "公里": ("kilometer", "length"),
    "平方米": ("square_meter", "area"),
    "㎡": ("square_meter", "area"),
    "万㎡": ("wan_square_meter", "area"),
    "平方公里": ("square_kilometer", "area"),
    "亩": ("mu", "area"),
    "万亩": ("wan_mu", "area"),
    "公顷": ("hectare", "area"),
    "万平方米": ("wan_square_meter", "area"),
    "立方米": ("cubic_meter", "volume"),
    "万立方米": ("wan_cubic_meter", "volume"),
    "吨": ("tonne", "mass"),
    "千克": ("kilogram", "mass"),
    "公斤": ("kilogram", "mass"),
    "万吨": ("wan_tonne", "mass"),
    "千伏": ("kilovolt", "other"),
    "KV": ("kilovolt", "other"),
    "kV": ("kilovolt", "other"),
    "人": ("person", "count"),
    "名": ("person", "count"),
    "位": ("person", "count"),
    "人次": ("person_time", "count"),
    "万人": ("wan_person", "count"),
    "万人次": ("wan_person_time", "count"),
    "户": ("household", "count"),
    "个": ("piece", "count"),
    "项": ("item", "count"),
    "件": ("case", "count"),
    "宗": ("case", "count"),
    "起": ("case", "count"),
    "次": ("time", "count"),
    "场": ("session", "count"),
    "场次": ("session", "count"),
    "处": ("place", "count"),
    "家": ("firm", "count"),
    "家次": ("firm_time", "count"),
    "对": ("pair", "count"),
    "所": ("institution", "count"),
    "笔": ("transaction", "count"),
    "份": ("copy", "count"),
    "条": ("entry", "count"),
    "批": ("batch", "count"),
    "批次": ("batch", "count"),
    "剂": ("dose", "count"),
    "剂次": ("dose", "count"),
    "万剂次": ("wan_dose", "count"),
    "栋": ("building", "count"),
    "套": ("set", "count"),
    "辆": ("vehicle", "count"),
    "辆次": ("vehicle_time", "count"),
    "万辆次": ("wan_vehicle_time", "count"),
    "台": ("machine", "count"),
    "座": ("structure", "count"),
    "支": ("team", "count"),
    "幅": ("panel", "count"),
    "间": ("room", "count"),
    "张": ("sheet", "count"),
    "本": ("volume", "count"),
    "篇": ("article", "count"),
    "类": ("category", "count"),
    "村": ("village", "count"),
    "例": ("clinical_case", "count"),
    "部": ("unit_item", "count"),
    "册": ("booklet", "count"),
    "具": ("body", "count"),
    "株": ("plant", "count"),
    "棵": ("plant", "count"),
    "盏": ("lamp", "count"),
    "头": ("head_of_livestock", "count"),
    "只": ("animal", "count"),
    "艘": ("ship", "count"),
    "艘次": ("ship_time", "count"),
    "架次": ("sortie", "count"),
    "车次": ("vehicle_trip", "count"),
    "航次": ("voyage", "count"),
    "台次": ("machine_time", "count"),
    "户次": ("household_time", "count"),
    # A visit to a site counted once per visit (``巡查排查1,326点次``, ``检查…412处次``).
    "点次": ("site_visit", "count"),
    "处次": ("site_visit", "count"),
    "期": ("issue", "count"),
    "轮": ("round_", "count"),
    "万户": ("wan_household", "count"),
    "万件": ("wan_case", "count"),
    "万册": ("wan_booklet", "count"),
    "万份": ("wan_copy", "count"),
    "万株": ("wan_plant", "count"),
    "万次": ("wan_time", "count"),
    "年": ("year", "duration"),
    "个月": ("month", "duration"),
    "天": ("day", "duration"),
    "小时": ("hour", "duration"),
    # An age (``35岁以下的14名``) states no count of people: a unit of its own kind.
    "周岁": ("age_year", "age"),
    "岁": ("age_year", "age"),
}

_DEFINITIONS = """
yuan = [currency]
qian_yuan = 1000 * yuan
wan_yuan = 10000 * yuan
yi_yuan = 100000000 * yuan
percent = [ratio]
permille = 0.1 * percent
point = [score]
meter = [length]
kilometer = 1000 * meter
square_meter = meter ** 2
square_kilometer = 1000000 * square_meter
hectare = 10000 * square_meter
mu = 2000 / 3 * square_meter
wan_mu = 10000 * mu
wan_square_meter = 10000 * square_meter
cubic_meter = meter ** 3
wan_cubic_meter = 10000 * cubic_meter
tonne = [mass]
wan_tonne = 10000 * tonne
kilogram = tonne / 1000
kilovolt = [voltage]
person = [person]
person_time = [person_time]
wan_person = 10000 * person
wan_person_time = 10000 * person_time
household = [household]
piece = [piece]
item = [item]
case = [case]
time = [occasion]
session = [session]
place = [place]
firm = [firm]
firm_time = [firm_time]
pair = [pair]
institution = [institution]
transaction = [transaction]
copy = [copy]
entry = [entry]
batch = [batch]
dose = [dose]
wan_dose = 10000 * dose
building = [building]
set = [set_]
vehicle = [vehicle]
vehicle_time = [vehicle_time]
wan_vehicle_time = 10000 * vehicle_time
machine = [machine]
structure = [structure]
team = [team]
panel = [panel]
room = [room]
sheet = [sheet]
volume = [volume_]
article = [article]
category = [category]
village = [village]
clinical_case = [clinical_case]
unit_item = [unit_item]
booklet = [booklet]
body = [body]
plant = [plant]
lamp = [lamp]
head_of_livestock = [head_of_livestock]
animal = [animal]
ship = [ship]
ship_time = [ship_time]
sortie = [sortie]
vehicle_trip = [vehicle_trip]
voyage = [voyage]
machine_time = [machine_time]
household_time = [household_time]
site_visit = [site_visit]
issue = [issue]
round_ = [round__]
wan_household = 10000 * household
wan_case = 10000 * case
wan_booklet = 10000 * booklet
wan_copy = 10000 * copy
wan_plant = 10000 * plant
wan_time = 10000 * time
year = [year_]
month = [month_]
day = [day_]
age_year = [age]
hour = [hour_]
"""


SCALED_UNITS: frozenset[str] = frozenset(
    sym for sym in UNITS if sym.startswith("万") and sym != "万元"
)
"""Units written with a 万 of their own (``12.6万亩``): one figure in a larger unit."""

MONEY_UNITS: tuple[str, ...] = tuple(sym for sym, (_name, kind) in UNITS.items() if kind == "money")
"""The units money is written in (元, 千元, 万元, 亿元)."""
BASE_MONEY_UNIT = "元"


def money_base(unit: str) -> str:
    """元 for any money unit; any other unit is its own base here."""
    return BASE_MONEY_UNIT if unit in MONEY_UNITS else unit


@lru_cache(maxsize=1)
def registry() -> Any:
    """The process-wide pint registry (built on first use; pint is imported lazily)."""
    import pint

    ureg: Any = pint.UnitRegistry(None, non_int_type=Decimal)
    for line in _DEFINITIONS.strip().splitlines():
        ureg.define(line.strip())
    return ureg


def kind_of(unit: str | None) -> str:
    """The kind of a canonical unit symbol (``money``, ``count`` …) or ``number``."""
    if unit is None:
        return "number"
    if "/" in unit:
        return "per_unit"  # ``元/亩`` from a column header: a rate, never an amount
    return UNITS.get(unit, ("", "other"))[1]


def to_base(value: Decimal, unit: str | None) -> Decimal:
    """Express ``value unit`` in the base unit of its dimension (元, 米, 平方米 …)."""
    if unit is None or unit not in UNITS:
        return value
    name = UNITS[unit][0]
    ureg = registry()
    quantity = ureg.Quantity(value, name).to_base_units()
    return Decimal(quantity.magnitude)


def convert(value: Decimal, unit: str, target: str) -> Decimal:
    """Convert between two units of the same dimension (``万元`` → ``元``)."""
    if unit == target:
        return value
    ureg = registry()
    quantity = ureg.Quantity(value, UNITS[unit][0]).to(UNITS[target][0])
    return Decimal(quantity.magnitude)


def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether two unit symbols measure the same thing (万元 and 元; 人 and 名)."""
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    if a not in UNITS or b not in UNITS:
        return False
    ureg = registry()
    return bool(ureg.Unit(UNITS[a][0]).dimensionality == ureg.Unit(UNITS[b][0]).dimensionality)
