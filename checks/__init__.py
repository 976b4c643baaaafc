"""The rule library: one module per family, each rule a small documented function.

Importing this package registers every rule (the only import-time side effect).
``DATA_DIR`` holds the lexicon, the indicator framework and the term lists rules use.
"""

from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
LEXICON_PATH = DATA_DIR / "concepts.yaml"
FRAMEWORK_PATH = DATA_DIR / "indicators.yaml"

from checks import arithmetic, completeness, consistency, scoring, years  # noqa: E402

__all__ = [
    "DATA_DIR",
    "FRAMEWORK_PATH",
    "LEXICON_PATH",
    "arithmetic",
    "completeness",
    "consistency",
    "scoring",
    "years",
]
