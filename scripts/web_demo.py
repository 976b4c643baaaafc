"""Screenshots of the result page (docs/) and upload-to-result time against the CLI.

Starts ``audit serve`` on a free port, uploads the example PDF in Debian's headless
chromium (Playwright), times the click on 开始审核 to the loaded result page, then
times ``audit`` on the same file (one run each), and saves the result page at 1280 and
800 px wide. Usage: ``python scripts/web_demo.py [--no-shots]``.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

import checks
from auditor.web.app import ServeOptions, create_app
from auditor.web.setup import load_setup

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "corpus" / "example" / "report-12pt.pdf"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def serve() -> tuple[str, uvicorn.Server]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(
        load_setup(None, ROOT, lexicon=checks.LEXICON_PATH, framework=checks.FRAMEWORK_PATH),
        ServeOptions(),
    )
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-shots", action="store_true")
    args = parser.parse_args()
    url, server = serve()
    audit = Path(sys.executable).with_name("audit")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        page.goto(url + "/")
        page.set_input_files("#files", str(PDF))
        started = time.perf_counter()
        page.click("#start")
        try:
            page.wait_for_url("**/r/*", wait_until="load", timeout=120_000)
        except Exception:
            print(page.locator("#status").inner_text(), page.locator("#message").inner_text())
            raise
        web = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run([str(audit), str(PDF)], stdout=subprocess.DEVNULL, check=False)
        cli = time.perf_counter() - started
        print(f"upload to result {web:.2f} s; audit CLI {cli:.2f} s; ratio {web / cli:.2f}")
        if not args.no_shots:
            result = page.url
            page.locator(".finding[data-rule='IC001'] .head").first.click()
            page.wait_for_timeout(2000)  # the highlight's flash fades
            page.screenshot(path=str(ROOT / "docs" / "result-1280.png"))
            page.set_viewport_size({"width": 800, "height": 1000})
            page.goto(result, wait_until="load")
            page.screenshot(path=str(ROOT / "docs" / "result-800.png"))
        browser.close()
    server.should_exit = True


if __name__ == "__main__":
    main()
