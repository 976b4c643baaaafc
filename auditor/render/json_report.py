"""``--format json``: the stable JSON contract other tools read (see DESIGN.md).

One object: ``tool``, ``schema_version``, ``documents`` (one per file, findings *or*
error) and ``summary``. Values read from reports are strings as written; the score
block holds plain numbers. The schema is ``auditor/schema/report.schema.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from auditor import __version__
from auditor.engine import DocumentResult

SCHEMA_VERSION = 1


def build_report(results: Sequence[DocumentResult]) -> dict[str, Any]:
    """The whole JSON report for a run."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for r in results:
        for key, n in r.counts().items():
            counts[key] += n
    return {
        "tool": {"name": "auditor", "version": __version__},
        "schema_version": SCHEMA_VERSION,
        "documents": [r.to_json() for r in results],
        "summary": {
            "documents": len(results),
            "failed": sum(1 for r in results if r.status != "ok"),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
        },
    }


def dumps(results: Sequence[DocumentResult]) -> str:
    """The JSON report as text (UTF-8, Chinese kept readable, stable key order)."""
    return json.dumps(build_report(results), ensure_ascii=False, indent=2) + "\n"
