"""The ASGI app behind ``audit serve``: upload page, audit, result page, downloads.

Each upload is streamed into its own temporary folder (removed before the response
is sent), audited by the CLI's batch runner (a worker process per file, with the
same rules, time limit and memory cap as ``audit``), while the PDF's pages are
rendered to images on another thread. At most ``jobs`` audits run at once (one per
core); up to ``queue`` more wait; past that an upload gets a "busy" message at once.
Results stay in memory (the last ``keep`` of them) so their pages and downloads can be
fetched; nothing is written to disk but the temporary upload.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
import os
import secrets
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from auditor.engine import DocumentResult
from auditor.web.pages import render_pages
from auditor.web.setup import AuditSetup
from auditor.web.templating import STATIC, environment
from auditor.web.uploads import Upload, UploadRejected, receive_files
from auditor.web.view import ReportView, build_view, data_uri

log = logging.getLogger(__name__)

Annotator = Callable[[Path, DocumentResult, Path], Path]


def _find_annotator() -> Annotator | None:
    """``auditor.render.annotate.annotate`` when that writer is installed, else None."""
    try:
        module = importlib.import_module("auditor.render.annotate")
    except ImportError:
        return None
    function = getattr(module, "annotate", None)
    return function if callable(function) else None


ANNOTATE: Annotator | None = _find_annotator()
"""The marked-up copy writer, looked up once at import; its download is hidden without it."""


@dataclass(frozen=True)
class ServeOptions:
    """Limits of the page."""

    max_bytes: int = 50 * 1024 * 1024
    max_files: int = 20
    jobs: int = max(1, os.cpu_count() or 1)
    queue: int = 8
    keep: int = 20
    password: str | None = None


@dataclass
class Stored:
    """One audited upload kept for its result page and downloads."""

    id: str
    result: DocumentResult
    view: ReportView
    images: dict[int, bytes] = field(default_factory=dict)
    marked: tuple[str, bytes] | None = None


@dataclass
class _State:
    setup: AuditSetup
    options: ServeOptions
    semaphore: asyncio.Semaphore
    store: OrderedDict[str, Stored] = field(default_factory=OrderedDict)
    batches: OrderedDict[str, list[dict[str, Any]]] = field(default_factory=OrderedDict)
    admitted: int = 0


def create_app(setup: AuditSetup, options: ServeOptions | None = None) -> Starlette:
    """The Starlette application for ``setup`` (rules) and ``options`` (limits)."""
    options = options or ServeOptions()
    from auditor.web.warm import warm_up

    warm_up(setup)
    state = _State(setup=setup, options=options, semaphore=asyncio.Semaphore(options.jobs))

    async def index(request: Request) -> Response:
        return _page(
            "index.html",
            max_files=options.max_files,
            max_mb=f"{options.max_bytes / 1024 / 1024:g}",
        )

    async def upload(request: Request) -> Response:
        wants_json = "application/json" in request.headers.get("accept", "")
        if state.admitted >= options.jobs + options.queue:
            await _drain(request)
            return _reply_error(
                wants_json,
                f"审核服务正忙：已有 {state.admitted} 份上传在审核或排队。请稍等一两分钟再上传。",
                503,
            )
        state.admitted += 1
        folder = Path(tempfile.mkdtemp(prefix="auditor-upload-"))
        try:
            try:
                files = await receive_files(
                    request.stream(),
                    request.headers.get("content-type", ""),
                    folder,
                    max_bytes=options.max_bytes,
                    max_files=options.max_files,
                )
            except UploadRejected as exc:
                await _drain(request)
                return _reply_error(wants_json, exc.message, exc.status)
            outcomes = await asyncio.gather(*(_audit(state, f) for f in files))
        finally:
            state.admitted -= 1
            shutil.rmtree(folder, ignore_errors=True)
        if len(outcomes) == 1:
            only = outcomes[0]
            if isinstance(only, str):
                return _reply_error(wants_json, only, 422)
            return _reply_location(wants_json, f"/r/{only.id}")
        bid = secrets.token_urlsafe(9)
        items = [
            {"name": f.name, "error": o}
            if isinstance(o, str)
            else {
                "name": f.name,
                "href": f"/r/{o.id}",
                "unit": o.result.meta.unit if o.result.meta else None,
                "counts": o.result.counts(),
                "not_a_report": o.view.not_a_report,
            }
            for f, o in zip(files, outcomes, strict=True)
        ]
        _remember(state.batches, bid, items, options.keep)
        return _reply_location(wants_json, f"/b/{bid}")

    async def result_page(request: Request) -> Response:
        stored = _get(state, request)
        if stored is None:
            return _gone()
        report = {**_fields(stored.view), "anchor": "report"}
        return _page("result.html", reports=[report], inline=None)

    async def batch_page(request: Request) -> Response:
        items = state.batches.get(request.path_params["bid"])
        if items is None:
            return _gone()
        return _page("batch.html", items=items)

    async def page_image(request: Request) -> Response:
        stored = _get(state, request)
        jpeg = stored.images.get(request.path_params["n"]) if stored else None
        if jpeg is None:
            return Response(status_code=404)
        return Response(
            jpeg, media_type="image/jpeg", headers={"Cache-Control": "private, max-age=3600"}
        )

    async def download(request: Request) -> Response:
        stored = _get(state, request)
        if stored is None:
            return _gone()
        kind = request.path_params["kind"]
        stem = Path(stored.result.path).stem or "report"
        if kind == "json":
            from auditor.render.json_report import dumps

            return _attachment(
                dumps([stored.result]).encode("utf-8"), f"{stem}.audit.json", "application/json"
            )
        if kind == "xlsx":
            from auditor.render.xlsx import workbook_bytes

            data = await asyncio.to_thread(workbook_bytes, [stored.result])
            return _attachment(
                data,
                f"{stem}.audit.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        if kind == "html":
            from auditor.web.standalone import inline_downloads, render_page

            view = dataclasses.replace(
                stored.view,
                pages=[
                    dataclasses.replace(p, src=data_uri(stored.images[p.number]))
                    for p in stored.view.pages
                    if p.number in stored.images
                ],
                downloads=inline_downloads(stored.result),
            )
            text = await asyncio.to_thread(render_page, [view])
            return _attachment(
                text.encode("utf-8"), f"{stem}.audit.html", "text/html; charset=utf-8"
            )
        if kind == "marked" and stored.marked is not None:
            name, data = stored.marked
            return _attachment(data, name, "application/octet-stream")
        return Response(status_code=404)

    return Starlette(
        routes=[
            Route("/", index),
            Route("/upload", upload, methods=["POST"]),
            Route("/r/{rid}", result_page),
            Route("/r/{rid}/page/{n:int}.jpg", page_image),
            Route("/r/{rid}/download/{kind}", download),
            Route("/b/{bid}", batch_page),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ]
    )


async def _audit(state: _State, upload: Upload) -> Stored | str:
    """Audit one saved upload; a file that cannot be audited gives its Chinese message."""
    from auditor.batch import BatchOptions, run_batch
    from auditor.extract import SUPPORTED_SUFFIXES

    if upload.path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return (
            f"「{upload.name}」不是可审核的报告文件：请上传 PDF、Word（.docx、.doc）"
            "或文本（.txt）格式的部门整体支出绩效自评报告。"
        )
    setup, options = state.setup, state.options
    rid = secrets.token_urlsafe(12)
    async with state.semaphore:
        batch = BatchOptions(jobs=1, timeout=setup.timeout, password=options.password)
        audit = asyncio.to_thread(
            run_batch, [upload.path], [], setup.settings, setup.lexicon, setup.framework, batch
        )
        if _is_pdf(upload.path):
            results, images = await asyncio.gather(
                audit, asyncio.to_thread(render_pages, upload.path, password=options.password)
            )
        else:
            results, images = await audit, []
        result = _renamed(results[0], upload)
        if result.status != "ok":
            return f"无法审核「{upload.name}」：{(result.error or {}).get('message', '')}"
        view = await asyncio.to_thread(
            build_view,
            result,
            upload.path,
            images=images,
            image_src=lambda p: f"/r/{rid}/page/{p.number}.jpg",
            password=options.password,
        )
        marked = await asyncio.to_thread(_marked_copy, upload, result)
    view.downloads = _downloads(rid, marked is not None)
    stored = Stored(
        id=rid, result=result, view=view, images={p.number: p.jpeg for p in images}, marked=marked
    )
    _remember(state.store, rid, stored, options.keep)
    return stored


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return b"%PDF" in handle.read(1024)


def _renamed(result: DocumentResult, upload: Upload) -> DocumentResult:
    """The result under the name the user uploaded, not the temporary path."""
    temp = str(upload.path)
    result.path = upload.name
    if result.error:
        result.error = {k: v.replace(temp, upload.name) for k, v in result.error.items()}
    return result


def _marked_copy(upload: Upload, result: DocumentResult) -> tuple[str, bytes] | None:
    if ANNOTATE is None:
        return None
    out_dir = upload.path.parent / "marked"
    out_dir.mkdir(exist_ok=True)
    try:
        written = ANNOTATE(upload.path, result, out_dir)
        name = written.name
        if name.startswith(upload.path.stem):  # named after the saved copy: use the user's name
            name = Path(upload.name).stem + name[len(upload.path.stem) :]
        return name, written.read_bytes()
    except Exception:  # the copy is an extra: the audit stands without it
        log.exception("marked-up copy failed for %s", upload.name)
        return None


def _downloads(rid: str, marked: bool) -> list[dict[str, str]]:
    base = f"/r/{rid}/download"
    out = []
    if marked:
        out.append(
            {"kind": "marked", "label": "标注副本", "href": f"{base}/marked", "filename": ""}
        )
    out += [
        {"kind": "json", "label": "审核结果 JSON", "href": f"{base}/json", "filename": ""},
        {"kind": "xlsx", "label": "Excel 汇总", "href": f"{base}/xlsx", "filename": ""},
        {"kind": "html", "label": "离线网页", "href": f"{base}/html", "filename": ""},
    ]
    return out


def _remember(store: OrderedDict[str, Any], key: str, value: Any, keep: int) -> None:
    store[key] = value
    while len(store) > keep:
        store.popitem(last=False)


def _get(state: _State, request: Request) -> Stored | None:
    return state.store.get(request.path_params["rid"])


def _fields(view: ReportView) -> dict[str, Any]:
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}


def _page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("inline", None)
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status)


def _gone() -> Response:
    return _page(
        "message.html",
        404,
        title="结果已不在",
        message="这份结果已过期（服务只保留最近的结果，重启后清空）。请重新上传报告。",
    )


def _reply_error(wants_json: bool, message: str, status: int) -> Response:
    if wants_json:
        return JSONResponse({"error": message}, status_code=status)
    return _page("message.html", status, title="无法审核", message=message)


def _reply_location(wants_json: bool, location: str) -> Response:
    if wants_json:
        return JSONResponse({"location": location})
    return RedirectResponse(location, status_code=303)


def _attachment(data: bytes, filename: str, media_type: str) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode("ascii").replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})


async def _drain(request: Request) -> None:
    """Read what is left of a refused body so the browser gets the message, not a reset."""
    try:
        async for _ in request.stream():
            pass
    except Exception:  # the stream was already consumed or the client went away
        return
