"""Where the rule library's own term lists live (kept apart so rules need not import the package)."""

from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
