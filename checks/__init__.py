"""The rule library: one module per family, each rule a small documented function.

Importing this package registers every rule (the only import-time side effect).
``DATA_DIR`` holds the term lists rules use; the lexicon and the indicator framework are
reading data and live beside the code that reads them (re-exported here for callers).
"""

from auditor.read.lexicon import LEXICON_PATH
from auditor.read.scoring.framework import FRAMEWORK_PATH
from checks import arithmetic, completeness, consistency, reference, scoring, years
from checks._paths import DATA_DIR

__all__ = [
    "DATA_DIR",
    "FRAMEWORK_PATH",
    "LEXICON_PATH",
    "arithmetic",
    "completeness",
    "consistency",
    "reference",
    "scoring",
    "years",
]
