"""Debian's chromium driven by Playwright's Python client (never a downloaded browser)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """``$AUDITOR_CHROMIUM``, else ``/usr/bin/chromium`` (the Debian package), else PATH."""
    for candidate in (os.environ.get("AUDITOR_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def require_chromium() -> str:
    """The browser path; skip (locally) or fail (CI, ``AUDITOR_REQUIRE_BROWSER=1``) without it."""
    path = chromium_path()
    if path is None:
        reason = "chromium is not installed (apt-get install chromium); CI installs it"
        if os.environ.get("AUDITOR_REQUIRE_BROWSER"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium browser."""
    pytest.importorskip("playwright", reason="playwright is in the test extra")
    from playwright.sync_api import sync_playwright

    path = require_chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
