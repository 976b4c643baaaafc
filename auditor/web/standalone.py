"""``--html FILE``: the result page as one self-contained HTML file.

Styles, script and page images are inline (images as ``data:`` URIs), so a reviewer
can email the file and a department can open it offline; the JSON and the Excel
summary are inline downloads too. The page is the one ``audit serve`` shows.
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Sequence
from pathlib import Path

from auditor.engine import DocumentResult
from auditor.render.atomic import write_text_atomic
from auditor.web.templating import STATIC, environment
from auditor.web.view import ReportView, build_view


def render_page(views: Sequence[ReportView]) -> str:
    """The self-contained page for already built views (images as data URIs)."""
    inline = {
        "css": (STATIC / "style.css").read_text(encoding="utf-8"),
        "js": (STATIC / "report.js").read_text(encoding="utf-8").replace("</", "<\\/"),
    }
    template = environment().get_template("result.html")
    return template.render(reports=_anchored(views), inline=inline)


def _anchored(views: Sequence[ReportView]) -> list[dict[str, object]]:
    return [
        {**{f.name: getattr(v, f.name) for f in dataclasses.fields(v)}, "anchor": f"report-{n}"}
        for n, v in enumerate(views, start=1)
    ]


def inline_downloads(result: DocumentResult) -> list[dict[str, str]]:
    """JSON and Excel of one result as ``data:`` links."""
    from auditor.render.json_report import dumps
    from auditor.render.xlsx import workbook_bytes

    stem = Path(result.path).stem or "report"
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return [
        {
            "kind": "json",
            "label": "审核结果 JSON",
            "filename": f"{stem}.audit.json",
            "href": "data:application/json;base64,"
            + base64.b64encode(dumps([result]).encode("utf-8")).decode("ascii"),
        },
        {
            "kind": "xlsx",
            "label": "Excel 汇总",
            "filename": f"{stem}.audit.xlsx",
            "href": f"data:{xlsx};base64,"
            + base64.b64encode(workbook_bytes([result])).decode("ascii"),
        },
    ]


def write_html(
    results: Sequence[DocumentResult],
    path: Path,
    sources: Sequence[Path],
    *,
    password: str | None = None,
) -> None:
    """Render every result (page images or body read again from its file) and write it.

    ``sources`` are the audited files; a result finds its file by its shown name.
    """
    from auditor.outputs import display_name

    by_name = {display_name(p): p for p in sources}
    views = []
    for n, result in enumerate(results, start=1):
        source = by_name.get(result.path)
        view = build_view(result, source, password=password, prefix=f"r{n}-")
        if result.status == "ok":
            view.downloads = inline_downloads(result)
        views.append(view)
    write_text_atomic(path, render_page(views))
