"""Fast path for PDF pages that draw no vector graphics: pdfminer's chars, faster.

pdfplumber spends ~70 ms per page in pdfminer, and about half of that is
pdfminer's pure-Python tokenizer reading the content stream byte by byte. A page
that paints no path (no line, rectangle or curve) cannot hold a ruled table, so
for such a page only its characters are needed. :func:`page_chars` reads them
with a regular-expression tokenizer and a small interpreter for the text
operators, and builds every character with pdfminer's own objects — its font
(``decode``, ``to_unichr``, ``char_width``, descent), its matrix arithmetic and
its ``LTChar`` — then converts it to pdfplumber's char dict exactly as
``pdfplumber.Page`` does. The result is the same list of chars, with the same
floats, that ``page.chars`` gives, in about a tenth of the time, so the caller
groups them into lines with pdfplumber's own code and nothing downstream can
tell the two engines apart.

Anything outside that well-trodden subset sends the page back to pdfplumber
(``page_chars`` returns ``None``): a painted path, a Form XObject, an inline
image, a rotated page, a vertical font, an operator with the wrong number of
operands, an octal escape pdfminer would reject, or any error.

pdfium (``pypdfium2``) was measured for this first and rejected: its text layer
is not pdfminer's. It leaves out text objects whose box has no width (LibreOffice
writes each justification space as one), turns some real spaces into generated
ones and merges runs of spaces, drops overprinted glyphs, rewrites line-end
hyphens and ``ActualText`` spans, and computes in single precision; each of those
changed words or bboxes on the example PDFs.

Pages that do paint paths (tables) still go through pdfplumber, but the same
tokenizer stands in for pdfminer's ``PDFContentParser``
(:func:`install_content_parser`): it returns the very objects pdfminer's parser
would, so the interpreter, pdfplumber and the table finder see no difference, and
those pages cost about a third less. A stream it does not mirror exactly goes to
pdfminer's own parser.

Resource guards stay effective: content streams are decoded by pdfminer
(``PDFStream.get_data``) under :func:`~auditor.extract.pdfguard.guarded`, and
fonts are loaded by the same ``PDFResourceManager`` pdfplumber uses.

``AUDITOR_PDF_ENGINE=plumber`` turns both off (every page through pdfplumber and
pdfminer's own parser), for comparison and as an escape hatch.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from typing import Any

ENGINE_VARIABLE = "AUDITOR_PDF_ENGINE"
"""Environment variable: ``plumber`` reads every page with pdfplumber."""


def fast_enabled() -> bool:
    """Whether the fast path is on (the default) or forced off."""
    return os.environ.get(ENGINE_VARIABLE, "").strip().lower() not in ("plumber", "pdfplumber")


@dataclass(slots=True)
class EngineStats:
    """How many pages each engine read, and why pages went to pdfplumber."""

    fast: int = 0
    plumber: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, other: EngineStats) -> None:
        """Add another document's counts to these."""
        self.fast += other.fast
        self.plumber += other.plumber
        for reason, n in other.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + n


class _Fallback(Exception):
    """The page needs pdfplumber; the message says why."""


# ----------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    rb"""[\s\x00]*(?:
    (?P<number>[-+][0-9]*(?:\.[0-9]*)?|[0-9]+(?:\.[0-9]*)?|\.[0-9]*)
  | (?P<keyword>[A-Za-z][^#/%\[\]()<>{}\s]*)
  | /(?P<name>[^/%\[\]()<>{}\s]*)
  | (?P<open>\()
  | (?P<dict><<)
  | (?P<enddict>>>)
  | <(?P<hex>[0-9A-Fa-f\s]*)
  | (?P<comment>%[^\r\n]*)
  | (?P<other>.)
  | (?P<end>\Z)
    )""",
    re.VERBOSE | re.DOTALL,
)
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{0,2})")
_STRING_STOP = re.compile(rb"[()\\]")
_SPACES = re.compile(rb"\s")
_OCTAL = b"01234567"
_ESCAPES = {
    ord("b"): 8,
    ord("t"): 9,
    ord("n"): 10,
    ord("f"): 12,
    ord("r"): 13,
    ord("("): 40,
    ord(")"): 41,
    ord("\\"): 92,
}


_ARRAY = 1
_DICT = 2


def _string(data: bytes, i: int) -> tuple[bytes, int]:
    """A literal string starting after its ``(``, decoded as pdfminer's PSBaseParser does."""
    out = bytearray()
    depth = 1
    n = len(data)
    while True:
        m = _STRING_STOP.search(data, i)
        if m is None:
            raise _Fallback("unterminated string")
        j = m.start()
        out += data[i:j]
        c = data[j]
        i = j + 1
        if c == 0x28:  # (
            depth += 1
            out.append(c)
        elif c == 0x29:  # )
            depth -= 1
            if depth == 0:
                return bytes(out), i
            out.append(c)
        else:  # backslash
            if i >= n:
                raise _Fallback("unterminated string")
            c = data[i]
            if c in _OCTAL:
                k = i
                while k < n and k < i + 3 and data[k] in _OCTAL:
                    k += 1
                code = int(data[i:k], 8)
                if code > 255:
                    raise _Fallback("octal escape")  # pdfminer asserts here
                out.append(code)
                i = k
            elif c in _ESCAPES:
                out.append(_ESCAPES[c])
                i += 1
            elif c == 0x0D and data[i + 1 : i + 2] == b"\n":
                i += 2
            else:
                i += 1  # pdfminer drops an unknown escape and the character after it


def _literal(raw: bytes) -> Any:
    """A ``/Name`` as pdfminer's ``_parse_literal`` makes it (``#xx`` escapes, UTF-8)."""
    from pdfminer.psparser import LIT

    if b"#" in raw:
        raw = _NAME_HEX.sub(lambda h: bytes((int(h.group(1), 16),)) if h.group(1) else b"", raw)
    try:
        return LIT(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return LIT(raw)


def _tokens(data: bytes) -> Any:
    """The objects pdfminer's ``PDFContentParser.nextobject`` returns, in order.

    Numbers, strings (bytes), names (``PSLiteral``), booleans, arrays (lists) and
    dictionaries, and operators (``PSKeyword``). Raises :class:`_Fallback` where
    pdfminer's parser would do something unusual (inline images, procedures,
    unbalanced or mismatched brackets, odd dictionaries, octal escapes above 255),
    so the caller can leave those streams to pdfminer itself.
    """
    from pdfminer.psparser import KWD, PSLiteral, literal_name

    i = 0
    stack: list[Any] = []
    marks: list[tuple[int, int]] = []  # (kind, position in stack) of open brackets
    match = _TOKEN.match
    while True:
        m = match(data, i)
        assert m is not None  # the last alternatives match any byte and the end
        kind = m.lastgroup
        i = m.end()
        token: Any
        if kind == "number":
            text = m.group(kind)
            try:
                token = float(text) if b"." in text else int(text)
            except ValueError:
                continue  # pdfminer drops a lone sign or dot
        elif kind == "keyword":
            word = m.group(kind)
            if word == b"true" or word == b"false":
                token = word == b"true"
            elif word == b"BI" or word == b"ID" or word == b"EI":
                raise _Fallback("inline image")
            else:
                token = KWD(word)
        elif kind == "name":
            token = _literal(m.group(kind))
        elif kind == "open":
            token, i = _string(data, i)
        elif kind == "end":
            break
        elif kind == "comment":
            continue
        elif kind == "hex":
            digits = _SPACES.sub(b"", m.group(kind))
            if len(digits) % 2:  # pdfminer reads a last lone digit as a whole byte
                token = bytes.fromhex(digits[:-1].decode()) + bytes((int(digits[-1:], 16),))
            else:
                token = bytes.fromhex(digits.decode())
        elif kind == "dict":
            marks.append((_DICT, len(stack)))
            continue
        elif kind == "enddict" or data[i - 1] == 0x5D:  # ]
            want = _DICT if kind == "enddict" else _ARRAY
            if not marks or marks[-1][0] != want:
                raise _Fallback("unbalanced")
            start = marks.pop()[1]
            items = stack[start:]
            del stack[start:]
            if want == _ARRAY:
                token = items
            else:
                if len(items) % 2 or not all(isinstance(k, PSLiteral) for k in items[::2]):
                    raise _Fallback("dictionary")
                token = {literal_name(k): v for k, v in zip(items[::2], items[1::2], strict=True)}
        else:
            c = data[i - 1]
            if c == 0x5B:  # [
                marks.append((_ARRAY, len(stack)))
                continue
            if c == 0x3E:  # > ends a hex string (pdfminer's _parse_wclose)
                continue
            if c == 0x7B or c == 0x7D:  # { } procedures
                raise _Fallback("procedure")
            token = KWD(bytes((c,)))
        if marks:
            stack.append(token)
        else:
            yield token
    if marks:
        raise _Fallback("unbalanced")


def _join(parts: list[bytes]) -> bytes | None:
    """Content streams as one, or None where pdfminer might read the seam differently.

    pdfminer ends a token that runs to the end of a stream as if a newline followed,
    which joining with a newline reproduces, except inside a token it cannot yet
    tell (after a ``<``, a backslash or a ``#``); a seam after whitespace is always safe.
    """
    for part in parts[:-1]:
        if part and part[-1:] not in b" \t\r\n\x0c\x00":
            return None
    return b"\n".join(parts)


class _ParsedContent:
    """pdfminer's ``PDFContentParser`` for one set of streams, read ahead by :func:`_tokens`."""

    def __init__(self, objects: list[Any]) -> None:
        self._objects = objects
        self._next = 0

    def nextobject(self) -> tuple[int, Any]:
        """The next operand or operator; ``PSEOF`` at the end, as pdfminer's parser."""
        from pdfminer.psparser import PSEOF

        if self._next >= len(self._objects):
            raise PSEOF("Unexpected EOF")
        obj = self._objects[self._next]
        self._next += 1
        return (0, obj)


_original_parser: Any = None
_install_lock = threading.Lock()


def _content_parser(streams: Any) -> Any:
    """Stands in for ``pdfminer.pdfinterp.PDFContentParser``: same objects, ~10x faster.

    Streams the fast tokenizer does not mirror exactly (inline images, odd syntax,
    uncertain seams) and ``AUDITOR_PDF_ENGINE=plumber`` go to pdfminer's own parser.
    """
    from pdfminer.pdftypes import stream_value

    from auditor.extract.pdfguard import StreamTooLarge

    if streams and fast_enabled():
        try:
            data = _join([stream_value(s).get_data() for s in streams])
            if data is not None:
                return _ParsedContent(list(_tokens(data)))
        except (StreamTooLarge, MemoryError):
            raise
        except Exception:
            pass  # pdfminer's parser meets the same input and does what it does
    return _original_parser(streams)


def install_content_parser() -> None:
    """Let pdfminer's interpreter (pdfplumber pages too) use the fast tokenizer.

    Installed once per process; it returns exactly what pdfminer's parser returns, or
    hands the stream to that parser, so other pdfminer users see only the speed.
    """
    global _original_parser
    with _install_lock:
        if _original_parser is not None:
            return
        from pdfminer import pdfinterp

        namespace: dict[str, Any] = vars(pdfinterp)
        _original_parser = namespace["PDFContentParser"]
        namespace["PDFContentParser"] = _content_parser


# ---------------------------------------------------------------- interpreter

# Operators pdfminer knows and how many operands each takes (its ``do_*`` methods).
_ARITY: dict[bytes, int] = {
    b"B": 0, b"BDC": 2, b"BMC": 1, b"BT": 0, b"BX": 0, b"B*": 0, b"CS": 1, b"DP": 2,
    b"Do": 1, b"EMC": 0, b"ET": 0, b"EX": 0, b"F": 0, b"G": 1, b"J": 1, b"K": 4,
    b"M": 1, b"MP": 1, b"Q": 0, b"RG": 3, b"S": 0, b"TD": 2, b"TJ": 1, b"TL": 1,
    b"T*": 0, b"Tc": 1, b"Td": 2, b"Tf": 2, b"Tj": 1, b"Tm": 6, b"Tr": 1, b"Ts": 1,
    b"Tw": 1, b"Tz": 1, b"W": 0, b"W*": 0, b"'": 1, b'"': 3, b"b": 0, b"b*": 0,
    b"c": 6, b"cm": 6, b"cs": 1, b"d": 2, b"f": 0, b"f*": 0, b"g": 1, b"gs": 1,
    b"h": 0, b"i": 1, b"j": 1, b"k": 4, b"l": 2, b"m": 2, b"n": 0, b"q": 0,
    b"re": 4, b"rg": 3, b"ri": 1, b"s": 0, b"sh": 1, b"v": 4, b"w": 1, b"y": 4,
    b"d0": 2, b"d1": 6,
}  # fmt: skip
_PAINT = frozenset([b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"])
_COLOR_N = frozenset([b"sc", b"scn", b"SC", b"SCN"])  # pdfminer pops by colour space


_Matrix = tuple[float, float, float, float, float, float]


@dataclass(slots=True)
class _TextState:
    """pdfminer's PDFTextState."""

    font: Any = None
    fontsize: float = 0
    charspace: float = 0
    wordspace: float = 0
    scaling: float = 100
    leading: float = 0
    rise: float = 0
    matrix: _Matrix = (1, 0, 0, 1, 0, 0)
    linematrix: tuple[float, float] = (0, 0)

    def copy(self) -> _TextState:
        return _TextState(
            self.font,
            self.fontsize,
            self.charspace,
            self.wordspace,
            self.scaling,
            self.leading,
            self.rise,
            self.matrix,
            self.linematrix,
        )


def _num(v: Any) -> float:
    """An operand as pdfminer's ``safe_float`` gives it (always a float)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _Fallback("operand")
    return float(v)


def page_chars(page: Any, rsrcmgr: Any) -> list[dict[str, Any]] | str:
    """``page.chars`` of a pdfplumber page without vector graphics, or why not.

    A string means the page needs pdfplumber (it paints paths, or uses something
    this reader does not mirror exactly); it names the reason. An empty list means
    the page has no text. Only a resource limit is raised: any other failure is left
    for pdfplumber to meet and report exactly as before.
    """
    from auditor.extract.pdfguard import StreamTooLarge

    try:
        return _Reader(page, rsrcmgr).run()
    except _Fallback as why:
        return str(why)
    except (StreamTooLarge, MemoryError):
        raise
    except Exception as exc:
        return "error: " + type(exc).__name__


class _Reader:
    """Interpret one page's text operators the way pdfminer's PDFPageInterpreter does."""

    def __init__(self, page: Any, rsrcmgr: Any) -> None:
        self.page = page
        self.rsrcmgr = rsrcmgr
        self.out: list[dict[str, Any]] = []

    def run(self) -> list[dict[str, Any]]:
        from pdfminer.pdftypes import PDFStream, resolve1

        page = self.page
        pdf_page = page.page_obj
        if page.rotation or pdf_page.rotate:
            raise _Fallback("rotated")
        x0, y0 = pdf_page.mediabox[0], pdf_page.mediabox[1]
        ctm = (1, 0, 0, 1, -x0, -y0)
        # pdfminer's own init_resources: every font of the page is loaded, used or not,
        # and a broken resource fails here as it would in pdfplumber.
        from pdfminer.pdfdevice import PDFDevice
        from pdfminer.pdfinterp import PDFPageInterpreter

        interpreter = PDFPageInterpreter(self.rsrcmgr, PDFDevice(self.rsrcmgr))
        interpreter.init_resources(pdf_page.resources)
        self.fonts: dict[Any, Any] = interpreter.fontmap
        self.xobjects: dict[Any, Any] = interpreter.xobjmap
        parts: list[bytes] = []
        for obj in pdf_page.contents:
            stream = resolve1(obj)
            if not isinstance(stream, PDFStream):
                raise _Fallback("content")
            if stream.objid is None:
                raise _Fallback("content")
            parts.append(stream.get_data())
        data = _join(parts)
        if data is None:
            raise _Fallback("content")
        self.height = page.height
        self.mb_x0, self.mb_top = page.mediabox[0], page.mediabox[1]
        self.doctop = page.initial_doctop
        self._execute(data, ctm)
        return self.out

    def _execute(self, data: bytes, ctm: _Matrix) -> None:
        from pdfminer.psparser import PSKeyword, PSLiteral, literal_name
        from pdfminer.utils import mult_matrix

        args: list[Any] = []
        ts = _TextState()
        gstack: list[tuple[_Matrix, _TextState]] = []
        for token in _tokens(data):
            if not isinstance(token, PSKeyword):
                args.append(token)
                continue
            op = token.name
            if op in _COLOR_N:
                args.clear()
                continue
            arity = _ARITY.get(op)
            if arity is None or len(args) != arity:
                raise _Fallback("operator " + op.decode("latin-1"))
            if op in _PAINT:
                raise _Fallback("paths")
            a = args
            if op == b"Tj" or op == b"TJ" or op == b"'" or op == b'"':
                if op == b"'":
                    self._next_line(ts)
                elif op == b'"':
                    ts.wordspace = _num(a[0])
                    ts.charspace = _num(a[1])
                seq = a[-1] if op == b"TJ" else [a[-1]]
                if not isinstance(seq, list):
                    raise _Fallback("TJ operand")
                if ts.font is not None:
                    self._show(ts, seq, mult_matrix(ts.matrix, ctm))
            elif op == b"Td" or op == b"TD":
                tx, ty = _num(a[0]), _num(a[1])
                (ma, mb, mc, md, me, mf) = ts.matrix
                ts.matrix = (ma, mb, mc, md, tx * ma + ty * mc + me, tx * mb + ty * md + mf)
                if op == b"TD":
                    ts.leading = ty
                ts.linematrix = (0, 0)
            elif op == b"T*":
                self._next_line(ts)
            elif op == b"Tm":
                ts.matrix = (
                    _num(a[0]),
                    _num(a[1]),
                    _num(a[2]),
                    _num(a[3]),
                    _num(a[4]),
                    _num(a[5]),
                )
                ts.linematrix = (0, 0)
            elif op == b"Tf":
                if not isinstance(a[0], PSLiteral):
                    raise _Fallback("Tf operand")
                font = self.fonts.get(literal_name(a[0]))
                if font is None:
                    font = self.rsrcmgr.get_font(None, {})
                if font.is_vertical():
                    raise _Fallback("vertical font")
                ts.font = font
                ts.fontsize = _num(a[1])
            elif op == b"BT":
                ts.matrix = (1, 0, 0, 1, 0, 0)
                ts.linematrix = (0, 0)
            elif op == b"Tc":
                ts.charspace = _num(a[0])
            elif op == b"Tw":
                ts.wordspace = _num(a[0])
            elif op == b"Tz":
                ts.scaling = _num(a[0])
            elif op == b"TL":
                ts.leading = -_num(a[0])
            elif op == b"Ts":
                ts.rise = _num(a[0])
            elif op == b"q":
                gstack.append((ctm, ts.copy()))
            elif op == b"Q":
                if gstack:
                    ctm, ts = gstack.pop()
            elif op == b"cm":
                m = (_num(a[0]), _num(a[1]), _num(a[2]), _num(a[3]), _num(a[4]), _num(a[5]))
                ctm = mult_matrix(m, ctm)
            elif op == b"Do":
                self._xobject(a[0])
            args.clear()

    @staticmethod
    def _next_line(ts: _TextState) -> None:
        (a, b, c, d, e, f) = ts.matrix
        ts.matrix = (a, b, c, d, ts.leading * c + e, ts.leading * d + f)
        ts.linematrix = (0, 0)

    def _xobject(self, name: Any) -> None:
        """An image adds no chars; a Form XObject could hold paths: pdfplumber reads it."""
        from pdfminer.pdftypes import PDFStream, resolve1
        from pdfminer.psparser import PSLiteral, literal_name

        if not isinstance(name, PSLiteral):
            raise _Fallback("Do operand")
        xobj = resolve1(self.xobjects.get(literal_name(name)))
        if not isinstance(xobj, PDFStream):
            return
        subtype = resolve1(xobj.get("Subtype"))
        if getattr(subtype, "name", None) == "Form":
            raise _Fallback("form")

    def _show(self, ts: _TextState, seq: list[Any], matrix: _Matrix) -> None:
        """Show text as pdfminer's render_string_horizontal and LTChar do, then as pdfplumber."""
        from pdfminer.pdffont import PDFUnicodeNotDefined

        font = ts.font
        fontsize = ts.fontsize
        scaling = ts.scaling * 0.01
        charspace = ts.charspace * scaling
        wordspace = ts.wordspace * scaling
        rise = ts.rise
        if font.is_multibyte():
            wordspace = 0
        dxscale = 0.001 * fontsize * scaling
        (x, y) = ts.linematrix
        needcharspace = False
        out = self.out
        height, mb_x0, mb_top, doctop = self.height, self.mb_x0, self.mb_top, self.doctop
        fontname = _fontname(font)
        descent = font.get_descent()
        (a, b, c, d, e0, f0) = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        for obj in seq:
            if isinstance(obj, (int, float)) and not isinstance(obj, bool):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if needcharspace:
                        x += charspace
                    try:
                        text = font.to_unichr(cid)
                    except PDFUnicodeNotDefined:
                        text = f"(cid:{cid})"
                    # LTChar.__init__ for a horizontal font, with apply_matrix_rect and
                    # translate_matrix written out: the same operations in the same
                    # order, so every float (and int) comes out identical.
                    adv = font.char_width(cid) * fontsize * scaling
                    low = descent * fontsize + rise
                    high = descent * fontsize + rise + fontsize
                    e = x * a + y * c + e0
                    f = x * b + y * d + f0
                    p1x, p1y = a * 0 + c * low + e, b * 0 + d * low + f
                    p2x, p2y = a * adv + c * low + e, b * adv + d * low + f
                    p3x, p3y = a * adv + c * high + e, b * adv + d * high + f
                    p4x, p4y = a * 0 + c * high + e, b * 0 + d * high + f
                    cx0 = min(p1x, p4x, p2x, p3x)
                    cy0 = min(p1y, p2y, p3y, p4y)
                    cx1 = max(p1x, p4x, p2x, p3x)
                    cy1 = max(p1y, p2y, p3y, p4y)
                    width = cx1 - cx0
                    size = cy1 - cy0
                    top = (height - cy1) + mb_top
                    if mb_x0 != 0:
                        cx0, cx1 = cx0 + mb_x0, cx1 + mb_x0
                    out.append(
                        {
                            "text": text,
                            "fontname": fontname,
                            "size": size,
                            "adv": adv,
                            "upright": upright,
                            "x0": cx0,
                            "x1": cx1,
                            "y0": cy0,
                            "y1": cy1,
                            "width": width,
                            "height": size,
                            "top": top,
                            "bottom": (height - cy0) + mb_top,
                            "doctop": doctop + top,
                            "object_type": "char",
                        }
                    )
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
            else:
                raise _Fallback("TJ element")
        ts.linematrix = (x, y)


def _fontname(font: Any) -> str:
    name = font.fontname
    if isinstance(name, bytes):
        from pdfplumber.utils.text import fix_fontname_bytes  # type: ignore[attr-defined]

        return str(fix_fontname_bytes(name))
    return str(name)
