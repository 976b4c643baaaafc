"""``--format json``: the stable JSON contract other tools read (``auditor/schema/report.schema.json``).

One object: ``tool``, ``schema_version``, ``documents`` (one per file, findings *or*
error) and ``summary``. Values read from reports are strings as written; the score
block holds plain numbers. The schema is ``auditor/schema/report.schema.json``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from typing import Any

from auditor import __version__
from auditor.engine import DocumentMeta, DocumentResult, ScoreBlock, plain

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
        "documents": [document_json(r) for r in results],
        "summary": {
            "documents": len(results),
            "failed": sum(1 for r in results if r.status != "ok"),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
        },
    }


def document_json(result: DocumentResult) -> dict[str, Any]:
    """The document object of the JSON contract."""
    out: dict[str, Any] = {
        "path": result.path,
        "status": result.status,
        "error": result.error,
        "meta": meta_json(result.meta),
        "findings": [f.to_json() for f in result.findings] if result.status == "ok" else [],
        "score": score_json(result.score) if result.score is not None else None,
    }
    if result.path_bytes is not None:
        out["path_bytes_b64"] = base64.b64encode(result.path_bytes).decode("ascii")
    return out


def meta_json(meta: DocumentMeta | None) -> dict[str, Any]:
    """The ``meta`` object (empty for a file that could not be read)."""
    if meta is None:
        return {}
    out: dict[str, Any] = {
        "unit": meta.unit,
        "report_year": meta.report_year,
        "pages": meta.pages,
        "format": meta.format,
        "budget_code": meta.budget_code,
        "report_date": meta.report_date,
    }
    if meta.compared:
        out["compared_with"] = meta.compared_with
    if meta.reference is not None:
        out["reference"] = meta.reference
    if meta.previous is not None:
        out["previous"] = meta.previous
    return out


def score_json(score: ScoreBlock) -> dict[str, Any]:
    """The ``score`` block: plain JSON numbers (ints where whole)."""
    return {
        "stated_total": plain(score.stated_total),
        "indicator_sum": plain(score.indicator_sum),
        "recomputed_total": plain(score.recomputed_total),
        "maxima_sum": plain(score.maxima_sum),
        "stated_grade": score.stated_grade,
        "recomputed_grade": score.recomputed_grade,
        "indicators": [
            {
                "name": i.name,
                "maximum": plain(i.maximum),
                "stated": plain(i.stated),
                "recomputed": plain(i.recomputed),
                "stated_rate": plain(i.stated_rate),
                "recomputed_rate": plain(i.recomputed_rate),
            }
            for i in score.indicators
        ],
    }


def dumps(results: Sequence[DocumentResult]) -> str:
    """The JSON report as text (UTF-8, Chinese kept readable, stable key order)."""
    return json.dumps(build_report(results), ensure_ascii=False, indent=2) + "\n"
