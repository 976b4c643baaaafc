"""The block renderer of held-out round 2 (``../../heldout2/generator/render.py``), reused.

Round 22 writes its reports as the same kind of blocks, so it loads that renderer rather
than keeping a copy of it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[2] / "heldout2" / "generator" / "render.py"
_spec = importlib.util.spec_from_file_location("heldout2_render", _SOURCE)
assert _spec is not None and _spec.loader is not None
_render = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _render  # its dataclasses look their module up
_spec.loader.exec_module(_render)

# Every public name (block classes H, P, Table …, and the to_* writers) from round 2.
globals().update({k: v for k, v in vars(_render).items() if not k.startswith("_")})
