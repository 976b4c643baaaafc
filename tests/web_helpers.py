"""A live ``audit serve`` app on a free local port, for the web and browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

import checks
from auditor.web.app import ServeOptions, create_app
from auditor.web.setup import load_setup

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "corpus" / "example"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(options: ServeOptions | None = None) -> Iterator[str]:
    """Run the app with uvicorn in a thread; yield its base URL; stop it afterwards."""
    app = create_app(
        load_setup(None, ROOT, lexicon=checks.LEXICON_PATH, framework=checks.FRAMEWORK_PATH),
        options or ServeOptions(),
    )
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
