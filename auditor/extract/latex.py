r"""Turn the LaTeX formulas of converted reports (``$$…$$``) into plain text.

Converters write a report's formula as ``\text{在职人员控制率} &= (… / …) \times 100\%``.
The reading layer wants the same characters a PDF or Word file would show:
``在职人员控制率=(在职人员数/编制数)×100%``.
"""

from __future__ import annotations

import re

_COMMANDS = {
    r"\times": "×",
    r"\cdot": "×",
    r"\div": "÷",
    r"\leq": "≤",
    r"\le": "≤",
    r"\geq": "≥",
    r"\ge": "≥",
    r"\neq": "≠",
    r"\approx": "≈",
    r"\%": "%",
    r"\,": "",
    r"\;": "",
    r"\quad": " ",
    r"\left": "",
    r"\right": "",
}
_TEXT = re.compile(r"\\(?:text|mathrm|textbf|mbox|operatorname)\{([^{}]*)\}")
_FRAC = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
_ENV = re.compile(r"\\(?:begin|end)\{[a-z*]+\}")
# Alphabetic commands end at a non-letter: ``\\leq`` must not eat the start of ``\\leqslant``.
_COMMAND_RE = re.compile(
    "|".join(
        re.escape(k) + ("(?![A-Za-z])" if k[-1:].isalpha() else "")
        for k in sorted(_COMMANDS, key=len, reverse=True)
    )
)


def latex_to_text(source: str) -> str:
    """Convert a small LaTeX formula to the plain text a reader would see."""
    text = source.strip().strip("$")
    text = _ENV.sub("", text)
    text = text.replace("\\\\", "").replace("&", "")
    for _ in range(3):
        text = _TEXT.sub(r"\1", text)
        text = _FRAC.sub(r"(\1)/(\2)", text)
    text = _COMMAND_RE.sub(lambda m: _COMMANDS[m.group(0)], text)
    text = text.replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()


_INLINE = re.compile(r"\$\$?([^$]+)\$\$?")


def replace_inline_math(line: str) -> str:
    """Replace inline ``$…$`` fragments inside a text line by their plain text."""
    return _INLINE.sub(lambda m: latex_to_text(m.group(1)), line)
