"""Loads the block renderer of held-out round 2 (``../../heldout2/generator/render.py``)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[2] / "heldout2" / "generator" / "render.py"
_spec = importlib.util.spec_from_file_location("heldout2_render_r23", _SOURCE)
_render = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _render
_spec.loader.exec_module(_render)
globals().update({k: v for k, v in vars(_render).items() if not k.startswith("_")})
