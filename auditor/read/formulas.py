"""Formulas a report writes out (``在职人员控制率=61/63×100%=96.83%``), parsed safely.

A formula sentence is split at ``=`` into sides: the rate's name, then expressions
over names (``在职人员数/编制数``) and numbers, then the stated result. Expressions are
parsed by a small recursive-descent parser into a tree of numbers, names and the
four operations — never ``eval``. Percent literals are ratios (``100%`` is 1), so
``61/63×100%`` and ``96.83%`` compare directly. Evaluation is exact (Decimal) and, for
rounding tolerance, by intervals: each operand written with decimals may be off by
half a unit of its last digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, DivisionByZero, InvalidOperation

from auditor.model import Location
from auditor.read.figures import cue
from auditor.read.figures import quote as make_quote
from auditor.read.wording import patterns
from auditor.text.units import BASE_MONEY_UNIT, MONEY_UNITS, convert

_OPS = {
    "+": "+",
    "-": "-",
    "—": "-",
    "–": "-",
    "﹣": "-",
    "×": "*",
    "*": "*",
    "x": "*",
    "X": "*",
    "/": "/",
    "÷": "/",
}
_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*(?P<unit>分|亿元|万元|千元|元|人|名)?"
    r"|(?P<op>[-—–﹣+×*/÷xX])|(?P<open>[(（【\[〔])|(?P<close>[)）】\]〕])"
    r"|(?P<name>[\u4e00-\u9fff“”\"'‘’A-Za-z]+))"
)
_NOT_FORMULA = cue("formulas", "not_a_formula")
_UNCLOSED_BRACKET = re.compile(r"[（(](?=[^）)]*$)")
_NAME_LEAD = cue("formulas", "name_lead")
_PERCENTAGE_POINTS = cue("formulas", "percentage_points")


@dataclass(frozen=True, slots=True)
class Num:
    """A number in a formula; ``percent`` numbers are stored as ratios."""

    value: Decimal
    raw: str
    decimals: int
    percent: bool = False
    unit: str = ""
    """The unit written after the number (``万元``), if any."""
    label: str = ""
    """The words written right before the number (``在用资产1,842.30``), if any."""


@dataclass(frozen=True, slots=True)
class Name:
    """A named quantity in a formula (``在职人员数``)."""

    text: str


@dataclass(frozen=True, slots=True)
class BinOp:
    """``left op right`` with op one of ``+ - * /``."""

    op: str
    left: Node
    right: Node


Node = Num | Name | BinOp


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a formula chain: its text and parsed expression."""

    raw: str
    expr: Node | None

    @property
    def numeric(self) -> bool:
        """Whether the side holds numbers only (no names)."""
        return self.expr is not None and not names(self.expr)


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula chain and where it was written."""

    name: str
    sides: tuple[Side, ...]
    stated: Num | None
    stated_unit: str | None
    block: int
    location: Location
    quote: str
    section: int = 0
    operand_unit: str | None = None
    """The unit of the operands when they were read beside a rate in prose (``万元``)."""
    own_part: bool = False
    """A prose rate whose part amount names what the rate measures (``实际到位80.50万元，
    资金到位率…``, ``实际支出…，预算执行率…``): its operands, wherever the sentence stands."""
    beside_rule: bool = False
    """The sentence also holds rule or score words after the chain (``…=6.40%，计10分``):
    the chain's own arithmetic is sure, what its names stand for less so."""
    in_words: bool = False
    """A rate stated beside its counts, the division read from the words, not written
    (:func:`count_rates`): its operands are a reading."""

    @property
    def numeric_sides(self) -> tuple[Side, ...]:
        """Sides made of numbers only, except the stated result."""
        return tuple(s for s in self.sides[:-1] if s.numeric and not isinstance(s.expr, Num))

    @property
    def symbolic_sides(self) -> tuple[Side, ...]:
        """Sides that use names."""
        return tuple(s for s in self.sides if s.expr is not None and names(s.expr))


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str, re.Match[str]]] = []
        pos = 0
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                break
            kind = next(k for k in ("num", "op", "open", "close", "name") if m.group(k))
            self.tokens.append((kind, m.group(kind), m))
            pos = m.end()
        self.glued = _glued_numbers(text, pos, self.tokens) or _glued_names(self.tokens)
        """Two operands run together with the operator between them lost (``（4.384.65）``)."""
        self.i = 0
        self.depth = 0

    def peek(self) -> tuple[str, str, re.Match[str]] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _bracketed(self, kind: str, consume: bool = True) -> str:
        """The one ``kind`` token in brackets next in line (``（在用资产）``), or ""."""
        ahead = self.tokens[self.i : self.i + 3]
        if [t[0] for t in ahead] != ["open", kind, "close"]:
            return ""
        if consume:
            self.i += 3
        return ahead[1][1]

    def parse(self) -> Node | None:
        if self.glued:
            return None
        try:
            node = self.expr()
        except (IndexError, ValueError):
            return None
        if any(t[0] == "op" and _OPS[t[1]] in "*/" for t in self.tokens[self.i :]):
            # ``18,720人×200天×5元``: a word stopped the product, which goes on after it;
            # what was read is not the side.
            return None
        return node

    def expr(self) -> Node:
        node = self.term()
        while (tok := self.peek()) and tok[0] == "op" and _OPS[tok[1]] in "+-":
            self.i += 1
            node = BinOp(_OPS[tok[1]], node, self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while (tok := self.peek()) and tok[0] == "op" and _OPS[tok[1]] in "*/":
            self.i += 1
            node = BinOp(_OPS[tok[1]], node, self.factor())
        return node

    def factor(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise ValueError("unexpected end")
        kind, value, m = tok
        self.i += 1
        if kind == "op" and value == "-":
            inner = self.factor()
            if isinstance(inner, Num):
                return Num(-inner.value, "-" + inner.raw, inner.decimals, inner.percent)
            return BinOp("-", Num(Decimal(0), "0", 0), inner)
        if kind == "num":
            number = Decimal(value.replace(",", ""))
            decimals = len(value.split(".")[1]) if "." in value else 0
            note = self._bracketed("name")
            label = note.strip("“”\"'‘’") if note else ""  # ``1,842.30（在用资产）``
            if m.group("pct"):
                return Num(number / 100, value + "%", decimals, percent=True, label=label)
            return Num(number, value, decimals, unit=m.group("unit") or "", label=label)
        if kind == "name":
            after = self.peek()
            if after is not None and after[0] == "num":
                # ``在用资产1,842.30``: the words label the number that follows them.
                labelled = self.factor()
                assert isinstance(labelled, Num)
                return replace(labelled, label=value.strip("“”\"'‘’"))
            if self._bracketed("num", consume=False):
                # ``在用资产（1,842.30）``: the same, the number in brackets.
                self.i += 1
                labelled = self.factor()
                self.i += 1
                assert isinstance(labelled, Num)
                return replace(labelled, label=value.strip("“”\"'‘’"))
            return Name(value.strip("“”\"'‘’"))
        if kind == "open":
            node = self.expr()
            if (tok := self.peek()) and tok[0] == "close":
                self.i += 1
            return node
        raise ValueError(f"unexpected {value}")


def _glued_numbers(text: str, stop: int, tokens: list[tuple[str, str, re.Match[str]]]) -> bool:
    """Whether reading stopped inside a run of digits (``4.384.65``: two numbers, no operator).

    A minus a PDF font drops leaves ``4.38`` and ``4.65`` written as one run; reading
    ``4.384`` would compute a formula the report never wrote.
    """
    if (
        not tokens
        or tokens[-1][0] != "num"
        or tokens[-1][2].group("pct")
        or tokens[-1][2].group("unit")
    ):
        return False
    return bool(re.match(r"\.?\d", text[tokens[-1][2].end("num") : stop + 2]))


def _glued_names(tokens: list[tuple[str, str, re.Match[str]]]) -> bool:
    """Whether a name is two names of its expression run together (``本年支出上年支出``).

    The name ends with another name of the same expression and the part before it
    names the same noun (its last character is the other's): the operator between
    them was lost, and the run is no quantity of its own.
    """
    named = {t[1] for t in tokens if t[0] == "name"}
    for name in named:
        for other in named:
            head = name[: -len(other)] if name.endswith(other) else ""
            if len(head) >= 2 and head != other and head[-1] == other[-1]:
                return True
    return False


def parse_expression(text: str) -> Node | None:
    """Parse one side; trailing words after a complete expression are ignored.

    Amounts written in different money units (``22,438,000.00元/2,304.60万元``) are
    taken in 元, so the side means what it says.
    """
    parser = _Parser(text)
    node = parser.parse()
    if node is None:
        return None
    if len({n.unit for n in numbers(node) if n.unit in MONEY_UNITS}) > 1:
        return _money_in(node, BASE_MONEY_UNIT)
    return node


def _money_in(node: Node, unit: str) -> Node:
    """``node`` with every amount of money taken in ``unit`` (its precision kept as written)."""
    if isinstance(node, Num) and node.unit in MONEY_UNITS and node.unit != unit:
        value = convert(node.value, node.unit, unit)
        shift = value.adjusted() - node.value.adjusted() if node.value else 0
        return replace(node, value=value, decimals=node.decimals - shift, unit=unit)
    if isinstance(node, BinOp):
        return BinOp(node.op, _money_in(node.left, unit), _money_in(node.right, unit))
    return node


def in_result_unit(node: Node | None, unit: str) -> Node | None:
    """A product or quotient of one amount of money, taken in the unit its result is written in.

    ``126.80万元÷648人次=1,956.79元`` and ``5,403人×900元=486.27万元`` change the unit
    on the way: the amount is read in the result's unit, so the side means what it says.
    A side that adds, or divides by, an amount keeps its numbers as written.
    """
    if node is None:
        return None
    money = [n for n in numbers(node) if n.unit in MONEY_UNITS]
    if len(money) != 1 or money[0].unit == unit or not _in_numerator(node, money[0]):
        return node
    return _money_in(node, unit)


def _in_numerator(node: Node, leaf: Num) -> bool:
    """Whether ``leaf`` multiplies the whole of ``node`` (no sum, not under a division)."""
    if node is leaf:
        return True
    if not isinstance(node, BinOp) or node.op in "+-":
        return False
    if node.op == "/":
        return _in_numerator(node.left, leaf)
    return _in_numerator(node.left, leaf) or _in_numerator(node.right, leaf)


def names(node: Node) -> list[str]:
    """The names a node uses, left to right."""
    if isinstance(node, Name):
        return [node.text]
    if isinstance(node, BinOp):
        return names(node.left) + names(node.right)
    return []


def numbers(node: Node) -> list[Num]:
    """The number leaves of a node, left to right."""
    if isinstance(node, Num):
        return [node]
    if isinstance(node, BinOp):
        return numbers(node.left) + numbers(node.right)
    return []


Resolver = Callable[[str], Decimal | None]


def evaluate(node: Node, resolve: Resolver | None = None) -> Decimal | None:
    """Exact value of a node; None if a name cannot be resolved or a division by zero."""
    try:
        return _eval(node, resolve)
    except (DivisionByZero, InvalidOperation, ZeroDivisionError):
        return None


def _eval(node: Node, resolve: Resolver | None) -> Decimal | None:
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Name):
        return resolve(node.text) if resolve else None
    left = _eval(node.left, resolve)
    right = _eval(node.right, resolve)
    if left is None or right is None:
        return None
    if node.op == "+":
        return left + right
    if node.op == "-":
        return left - right
    if node.op == "*":
        return left * right
    if right == 0:
        return None
    return left / right


def interval(node: Node) -> tuple[Decimal, Decimal] | None:
    """Range of a numeric node when each decimal operand is off by half a unit."""
    try:
        return _interval(node)
    except (DivisionByZero, InvalidOperation, ZeroDivisionError):
        return None


def half_unit(num: Num) -> Decimal:
    """Half a unit of the last written digit (as a ratio for percentages)."""
    if num.decimals == 0 and not num.percent:
        return Decimal(0)
    unit = Decimal(1).scaleb(-num.decimals) / 2
    return unit / 100 if num.percent else unit


def _interval(node: Node) -> tuple[Decimal, Decimal] | None:
    if isinstance(node, Num):
        h = half_unit(node) if node.raw not in ("100%",) else Decimal(0)
        return node.value - h, node.value + h
    if isinstance(node, Name):
        return None
    a = _interval(node.left)
    b = _interval(node.right)
    if a is None or b is None:
        return None
    if node.op == "+":
        return a[0] + b[0], a[1] + b[1]
    if node.op == "-":
        return a[0] - b[1], a[1] - b[0]
    products = [x * y for x in a for y in b] if node.op == "*" else None
    if products is None:
        if b[0] <= 0 <= b[1]:
            return None
        products = [x / y for x in a for y in b]
    return min(products), max(products)


_TIMES_100_PERCENT = re.compile(r"[×xX*]\s*100\s*[%％]\s*$")
_CLAUSE_BREAK_OR_SEMICOLON = re.compile(r"[，；;]|,(?!\d)")
_COMPUTATION_TAIL = re.compile(r"[(（\d][\d.,%％\s+\-－—–﹣×*/÷xX()（）]*$")


def find_formulas(text: str, block: int, location: Location) -> list[Formula]:
    """Formula chains written in a paragraph.

    ``≈`` joins two sides as ``=`` does (``…×100%≈8.66%``): the result is rounded, which
    the comparison allows anyway. Quotes keep the text as written.
    """
    out: list[Formula] = []
    for sentence_start, sentence in _sentences(text.replace("≈", "=")):
        if sentence.count("=") < 1 or _NOT_FORMULA.search(_rule_scope(sentence)):
            continue
        beside_rule = bool(_NOT_FORMULA.search(sentence.split("=", 1)[1]))
        parts = sentence.split("=")
        # A comma between digits is a thousands separator (``1,600.00``), not a break.
        name = _CLAUSE_BREAK_OR_SEMICOLON.split(parts[0])[-1]
        name = _NAME_LEAD.sub("", name).strip(" ，,：:")
        name = _UNCLOSED_BRACKET.split(name)[-1]  # ``…增长8.40%（检验收入增长率=…``
        sides: list[Side] = []
        lead = _numeric_lead(name)
        if lead is not None:
            # ``10×(480/500)=8.5`` (a score cell): the first part is a computation.
            sides.append(Side(name, lead))
            name = ""
        elif (product := _unit_product(name, parts[-1])) is not None:
            # ``412人×845元/人·月×12个月=4,171,680元``: a standard's product, units on
            # each factor (``元/人·月`` is a rate's unit, not a division).
            sides.append(Side(name[product[0] :], product[1]))
            name = name[: product[0]].rstrip(" 为是：:，,")
        elif (tail := _COMPUTATION_TAIL.search(name)) is not None and (
            lead := _numeric_lead(tail.group(0).strip())
        ) is not None:
            # ``预算调整率为（2,304.60-2,100.00）÷2,100.00×100%=9.74%``: the name, then
            # the computation it is equal to.
            sides.append(Side(tail.group(0).strip(), lead))
            name = name[: tail.start()].rstrip(" 为是：:")
        for raw in parts[1:]:
            product = _unit_product(raw.strip(), parts[-1])
            expr = product[1] if product is not None and product[0] == 0 else None
            sides.append(Side(raw.strip(), expr or parse_expression(raw)))
        if not sides or sides[-1].expr is None:
            continue
        last = sides[-1].expr
        stated = last if isinstance(last, Num) else None
        unit_match = re.match(r"\s*[-+]?[\d,.]+\s*(%|分|万元|元)?", sides[-1].raw)
        stated_unit = unit_match.group(1) if unit_match else None
        if (
            stated is not None
            and not stated.percent
            and len(sides) >= 2
            and _TIMES_100_PERCENT.search(sides[-2].raw)
            and not _equals_as_written(sides[-2], stated)
        ):
            # ``÷2,846.00×100%=0``: a percentage written without its % sign.
            stated = Num(stated.value / 100, stated.raw, stated.decimals, percent=True)
            stated_unit = "%"
        if (
            stated is not None
            and not stated.percent
            and _PERCENTAGE_POINTS.match(sides[-1].raw[unit_match.end(0) :] if unit_match else "")
            and any(n.percent for side in sides[:-1] if side.expr for n in numbers(side.expr))
        ):
            # ``85%-81.8%=3.2个百分点``: a difference of percentages written in points.
            stated = Num(stated.value / 100, stated.raw, stated.decimals, percent=True)
            stated_unit = "%"
        if stated_unit in MONEY_UNITS:
            sides = [replace(s, expr=in_result_unit(s.expr, stated_unit)) for s in sides[:-1]] + [
                sides[-1]
            ]
        if stated is None and len(sides) < 2:
            continue
        pos = sentence_start + len(parts[0])
        out.append(
            Formula(
                name=name,
                sides=tuple(sides),
                stated=stated,
                stated_unit=stated_unit,
                block=block,
                location=location,
                quote=make_quote(
                    text, sentence_start, pos + len(sentence) - len(parts[0]), before=0, after=0
                ),
                beside_rule=beside_rule,
            )
        )
    return out


_COMPUTED = re.compile(r"[\d)）]\s*[-—–﹣+×*/÷xX]\s*[\d(（]")


def _rule_scope(sentence: str) -> str:
    """The text after the first ``=`` that tells a scoring rule from a formula.

    A chain that computes (``=(2,031.60-1,874.25)/1,874.25=6.40%``) ends at the clause
    break after its last ``=``: the score it earns (``，故本项计10分``) is the
    sentence's next clause, not a rule's band. A chain that only names a value
    (``完成率=100%，计10分；…``) is read with its whole sentence, as a rule may be.
    """
    rest = sentence.split("=", 1)[1]
    brk = _CLAUSE_BREAK_OR_SEMICOLON.search(rest, rest.rfind("=") + 1)
    chain = rest[: brk.start()] if brk else rest
    return chain if _COMPUTED.search(chain) else rest


_UNIT_PRODUCT = cue("formulas", "unit_product")
_UNIT_FACTOR = cue("formulas", "unit_factor")
_SCALED_UNIT = cue("formulas", "scaled_unit")


def _unit_product(text: str, result: str) -> tuple[int, Node] | None:
    """Where a product of figures with their units ends ``text``, and its expression.

    ``412人×845元/人·月×12个月`` is 412×845×12: each factor's unit is dropped, so a
    per-unit standard's slash is no division. None unless every factor has a number,
    or when a unit on either side is scaled (``万元``, ``万亩``): the product is then in
    another unit than its result, and is not read.
    """
    m = _UNIT_PRODUCT.search(text)
    # Only the result's own amount and unit: ``=37,654,000元，即3,765.40万元`` restates it
    # after a comma, which says nothing of the product's unit.
    head = re.match(r"\s*[-+]?[\d,.]+\s*[^\d，,。；;、（(\s]{0,4}", result)
    result = head.group(0) if head else result
    if m is None or _SCALED_UNIT.search(m.group("product")) or _SCALED_UNIT.search(result):
        return None
    factors = [_UNIT_FACTOR.match(f.strip()) for f in re.split(r"[×*xX]", m.group("product"))]
    if len(factors) < 2 or any(f is None for f in factors):
        return None
    expr = parse_expression("×".join(f.group("number") for f in factors if f is not None))
    return (m.start("product"), expr) if expr is not None else None


def _equals_as_written(side: Side, stated: Num) -> bool:
    """Whether a numeric side already gives the stated number (``5×100%=5``: 5 points)."""
    if not side.numeric or side.expr is None:
        return False
    value = evaluate(side.expr)
    unit = Decimal(1).scaleb(-stated.decimals)
    if value is None or abs(value - stated.value) > unit / 2:
        return False
    return abs(value * 100 - stated.value) > unit / 2  # ``…×100%=0`` reads either way


def _numeric_lead(text: str) -> Node | None:
    """The expression a chain opens with when it is numbers and operators only."""
    if not re.fullmatch(r"[\d.,%％\s+\-—–﹣×*/÷xX()（）]+", text) or not re.search(
        r"[+\-—–﹣×*/÷xX]", text
    ):
        return None
    node = parse_expression(text)
    if node is None or names(node) or isinstance(node, Num):
        return None
    return node


def _sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of ``text``, each cut again where a second formula chain begins.

    ``…=95.07%，按评分标准得3−（100−95.07）×0.2=2.01分`` holds two chains: the rate's
    and the score's; the rate is 95.07%, not 2.01 分.
    """
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"[。；;！？]", text):
        out.extend(_chains(text, start, m.start()))
        start = m.end()
    if start < len(text):
        out.extend(_chains(text, start, len(text)))
    return out


def _chains(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    chain_start = start
    has_formula = False
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    for clause_start, clause_end in zip([start, *cuts], [*cuts, end], strict=True):
        if "=" in text[clause_start:clause_end]:
            if has_formula:
                out.append((chain_start, text[chain_start : clause_start - 1]))
                chain_start = clause_start
            has_formula = True
    out.append((chain_start, text[chain_start:end]))
    return out


_CLAUSE_BREAK = re.compile(r"，|,(?!\d)")


def strip_percent(node: Node) -> Node:
    """Drop a trailing ``×100%`` so ``(a/b)×100%`` and ``a/b`` align."""
    if (
        isinstance(node, BinOp)
        and node.op == "*"
        and isinstance(node.right, Num)
        and node.right.percent
        and node.right.value == 1
    ):
        return strip_percent(node.left)
    if isinstance(node, BinOp):
        return BinOp(node.op, strip_percent(node.left), strip_percent(node.right))
    return node


def align_operands(symbolic: Node, numeric: Node) -> list[tuple[str, Num]] | None:
    """Pair the names of one side with the numbers of another side of the same shape."""
    if isinstance(symbolic, Name) and isinstance(numeric, Num):
        return [(symbolic.text, numeric)]
    if isinstance(symbolic, Num) and isinstance(numeric, Num):
        return []
    if isinstance(symbolic, BinOp) and isinstance(numeric, BinOp) and symbolic.op == numeric.op:
        left = align_operands(symbolic.left, numeric.left)
        right = align_operands(symbolic.right, numeric.right)
        if left is None or right is None:
            return None
        return left + right
    return None


def count_rates(text: str, block: int, location: Location) -> list[Formula]:
    """Rates stated beside the counts they come from, as formulas to recompute.

    ``回收有效问卷445份，其中满意428份，满意度96.17%`` states 满意度 = 428/445 without
    writing the division; it is read as the formula ``满意度=428/445=96.17%``. The
    numerator is the one count labelled with the rate's stem (满意, not 不满意), the
    base the one count labelled 有效 (else 回收/受访/调查…), both in the same unit and
    before the rate in its paragraph. Paragraphs that write a formula (``=``) are left
    to :func:`find_formulas`; any doubt (two candidates, different units) reads nothing.
    """
    if "=" in text or "＝" in text:
        return []
    out: list[Formula] = []
    (rate_re,) = patterns("formulas", "count_rate")
    (count_re,) = patterns("formulas", "count")
    (negated,) = patterns("formulas", "negated")
    bases = patterns("formulas", "base_label")
    (before_part,) = patterns("formulas", "base_before_part")
    for rate in rate_re.finditer(text):
        stem = rate.group("stem")[-2:]
        sentence_start = max(text.rfind(ch, 0, rate.start()) for ch in "。；;！？") + 1
        before = text[sentence_start : rate.start()]
        offset = sentence_start
        counts = [
            m
            for m in count_re.finditer(before)
            if not re.match(r"[\d.]", text[m.end() : m.end() + 1] or " ")
        ]
        if not counts:
            # ``满意度96.8%，回收有效问卷1,250份，其中满意1,198份``: the rate first, its
            # counts after it in its sentence (none when the rest states a change or a rate).
            before, offset = _rest_of_sentence(text, rate.end()), rate.end()
            counts = [
                m
                for m in count_re.finditer(before)
                if not re.match(r"[\d.]", before[m.end() : m.end() + 1] or " ")
            ]
        parts = [
            m
            for m in counts
            if stem in m.group("label")
            and not negated.search(m.group("label").split(stem)[0][-1:] or "")
        ]
        base: list[re.Match[str]] = []
        for base_cue in bases:
            base = [m for m in counts if base_cue.search(m.group("label")) and m not in parts]
            if base:
                break
        if not base:
            # ``全县乡村医生4,340人，其中持证3,906人``: the whole its 其中 part is of.
            base = [m for m in counts if before_part.match(before[m.end() :]) and m not in parts]
        if len(parts) != 1 or len(base) != 1:
            continue
        num, den = parts[0], base[0]
        n_num, n_den = (int(m.group("n").replace(",", "")) for m in (num, den))
        if num.group("unit") != den.group("unit") or n_den == 0 or n_num > n_den:
            continue
        p = rate.group("p")
        decimals = len(p.partition(".")[2])
        stated = Num(Decimal(p) / 100, p + "%", decimals, percent=True)
        division = f"{num.group('n')}/{den.group('n')}"
        expr = BinOp(
            "/",
            Num(Decimal(n_num), num.group("n"), 0),
            Num(Decimal(n_den), den.group("n"), 0),
        )
        start = min(offset + min(num.start(), den.start()), rate.start())
        end = max(offset + max(num.end(), den.end()), rate.end())
        out.append(
            Formula(
                name=rate.group("stem") + rate.group(0)[len(rate.group("stem"))],
                sides=(Side(division, expr), Side(p + "%", stated)),
                stated=stated,
                stated_unit="%",
                block=block,
                location=location,
                quote=make_quote(text, start, end, before=0, after=0),
                in_words=True,
            )
        )
    return out


def _rest_of_sentence(text: str, start: int) -> str:
    """The sentence after a rate that opens it, or "" when it states a change or a rate.

    Its figures after another percentage, or beside a change (``较上年提高``), are not
    the opening rate's operands (``cues/formulas.yaml``, ``rate_first_not``).
    """
    ends = [i for ch in "。；;！？" if (i := text.find(ch, start)) >= 0]
    rest = text[start : min(ends, default=len(text))]
    (not_re,) = patterns("formulas", "rate_first_not")
    return "" if not_re.search(rest) else rest


_OWN_PART_KEYS = ("执行", "使用", "利用", "到位", "支付", "拨付", "兑现", "采购")
"""The rate stems whose own part label is listed (``own_part_<stem>`` in cues/formulas.yaml)."""


def _same_subject(subject_re: re.Pattern[str], part: str, whole: str) -> bool:
    """Whether the part's label names no project or fund other than the whole's.

    ``城区道路改造项目预算…，农村公路养护项目实际支出…``: one project's budget and another's
    outturn are no rate's operands.
    """
    hits = list(subject_re.finditer(part))
    if not hits:
        return True
    whole_hits = list(subject_re.finditer(whole))
    return bool(whole_hits) and part[: hits[-1].end()] == whole[: whole_hits[-1].end()]


RUN_IN_TITLE = 30
"""The longest first sentence of a paragraph read as its run-in title (``2. XX项目。``)."""


def _run_in_title(text: str, sentence_start: int) -> str:
    """The paragraph's run-in title when the sentence at ``sentence_start`` follows it."""
    end = text.find("。")
    return text[: end + 1] if 0 <= end < RUN_IN_TITLE and sentence_start == end + 1 else ""


def amount_rates(text: str, block: int, location: Location) -> list[Formula]:
    """Part-of-whole rates stated beside the two amounts they divide, as formulas.

    ``实际采购金额64.20万元，预算金额70.00万元，执行率91.71%`` states 执行率 =
    64.20/70.00 without writing the division. The sentence before the rate must hold
    exactly two amounts in one unit, one labelled as the whole (预算、计划、下达 …, and
    not as what was done: 预算执行数 is the part) and the other not; the rate must be a part-of-whole rate (执行率、到位率 …, not 节约率 or
    增长率). Paragraphs that write a formula (``=``) are left to :func:`find_formulas`;
    any doubt reads nothing.
    """
    if "=" in text or "＝" in text:
        return []
    out: list[Formula] = []
    (rate_re,) = patterns("formulas", "amount_rate")
    (amount_re,) = patterns("formulas", "amount")
    (base_re,) = patterns("formulas", "amount_base_label")
    (part_re,) = patterns("formulas", "amount_part_label")
    (subset_re,) = patterns("formulas", "amount_subset_label")
    previous_end = 0
    for rate in rate_re.finditer(text):
        # The rate's own amounts follow the sentence start and any rate before it.
        sentence_start = max(
            previous_end, *(text.rfind(ch, 0, rate.start()) + 1 for ch in "。；;！？")
        )
        previous_end = rate.end()
        before = text[sentence_start : rate.start()]
        amounts = list(amount_re.finditer(before))
        if len(amounts) != 2 or amounts[0].group("unit") != amounts[1].group("unit"):
            continue
        base = [
            m
            for m in amounts
            if base_re.search(m.group("label")) and not part_re.search(m.group("label"))
        ]
        if len(base) != 1:
            continue
        den = base[0]
        num = amounts[0] if amounts[1] is den else amounts[1]
        if subset_re.search(num.group("label")):
            continue  # ``预算1000万元，其中项目支出300万元``: a whole and its subset, not done/planned
        stem = rate.group("stem")
        (adjacent_re,) = patterns("formulas", "amount_rate_adjacent")
        (project_re,) = patterns("formulas", "amount_rate_subject")
        own_part = bool(
            stem in _OWN_PART_KEYS
            and patterns("formulas", f"own_part_{stem}")[0].search(num.group("label"))
            and adjacent_re.fullmatch(before[amounts[1].end() :])
            and (
                project_re.search(before[: amounts[0].end()])
                or project_re.search(_run_in_title(text, sentence_start))
            )
            and _same_subject(project_re, num.group("label"), den.group("label"))
        )
        n_raw, d_raw = num.group("n"), den.group("n")
        n_value, d_value = Decimal(n_raw.replace(",", "")), Decimal(d_raw.replace(",", ""))
        if d_value == 0:
            continue
        p = rate.group("p")
        stated = Num(Decimal(p) / 100, p + "%", len(p.partition(".")[2]), percent=True)
        expr = BinOp(
            "/",
            Num(n_value, n_raw, len(n_raw.partition(".")[2]), label=num.group("label")),
            Num(d_value, d_raw, len(d_raw.partition(".")[2]), label=den.group("label")),
        )
        start = sentence_start + amounts[0].start()
        out.append(
            Formula(
                name=rate.group("stem") + "率",
                sides=(Side(f"{n_raw}/{d_raw}", expr), Side(p + "%", stated)),
                stated=stated,
                stated_unit="%",
                operand_unit=num.group("unit"),
                own_part=own_part,
                block=block,
                location=location,
                quote=make_quote(text, start, rate.end(), before=0, after=0),
            )
        )
    return out
