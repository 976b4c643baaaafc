"""``audit serve`` without a browser: uploads, limits, downloads, the page's data; ``--html``."""

from __future__ import annotations

import json
import re
import tempfile
import threading
from pathlib import Path

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient
from web_helpers import EXAMPLE, ROOT, live_server

import checks
from auditor.cli import main
from auditor.web.app import ServeOptions, create_app
from auditor.web.setup import load_setup
from auditor.web.view import find_value, paragraph_parts

PDF = EXAMPLE / "report-12pt.pdf"
DOCX = EXAMPLE / "report.docx"


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Uploads go under ``tmp_path`` so the test can see that they are removed."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _client(**limits: int) -> TestClient:
    return TestClient(
        create_app(
            load_setup(None, ROOT, lexicon=checks.LEXICON_PATH, framework=checks.FRAMEWORK_PATH),
            ServeOptions(**limits),
        )
    )


def _post(client: TestClient, *files: tuple[str, bytes]) -> httpx.Response:
    return client.post(
        "/upload",
        files=[("files", (name, data, "application/octet-stream")) for name, data in files],
        headers={"Accept": "application/json"},
    )


@pytest.mark.slow
def test_pdf_upload_gives_the_cli_findings_with_boxes_and_downloads(temp_root: Path) -> None:
    client = _client()
    reply = _post(client, ("峒河街道自评报告.pdf", PDF.read_bytes()))
    assert reply.status_code == 200, reply.text
    location = reply.json()["location"]
    page = client.get(location)
    assert page.status_code == 200
    html = page.text
    assert "峒河街道自评报告.pdf" in html and "得分复核" in html
    # The same findings as the CLI's JSON on the same file.
    downloaded = client.get(f"{location}/download/json")
    assert (
        "峒河街道自评报告.audit.json"
        in downloaded.headers["content-disposition"].encode("latin-1").decode("utf-8")
        or "filename*=UTF-8''" in downloaded.headers["content-disposition"]
    )
    web_rules = [f["rule"] for f in downloaded.json()["documents"][0]["findings"]]
    out = temp_root / "cli.json"
    main([str(PDF), "--format", "json", "-o", str(out), "--no-progress"])
    cli_rules = [f["rule"] for f in json.loads(out.read_text("utf-8"))["documents"][0]["findings"]]
    assert web_rules == cli_rules and len(cli_rules) > 10
    # Every page is an image, and each finding with a PDF location links to a box on one.
    assert html.count('class="page"') == 27
    image = client.get(f"{location}/page/18.jpg")
    assert image.headers["content-type"] == "image/jpeg" and image.content[:2] == b"\xff\xd8"
    boxes = set(re.findall(r'class="box sev-\w+" id="([^"]+)"', html))
    targets = set(re.findall(r'class="ev" data-target="([^"]+)"', html))
    assert boxes and targets <= boxes | {f"page-{n}" for n in range(1, 28)}
    assert client.get(f"{location}/download/xlsx").content[:2] == b"PK"
    offline = client.get(f"{location}/download/html").text
    assert offline.count("data:image/jpeg;base64,") == 27 and "/static/" not in offline
    # The upload's temporary folder is gone once the response is out.
    assert not list(temp_root.glob("auditor-upload-*"))


def test_docx_upload_marks_the_evidence_in_paragraphs_and_cells() -> None:
    client = _client()
    location = _post(client, ("report.docx", DOCX.read_bytes())).json()["location"]
    html = client.get(location).text
    # IC001: 编制 63 in table 1 row 3 col 2, 58 in the text.
    cell = re.search(r'<td id="(t1c3-2)" class="hit sev-error"><mark>63</mark></td>', html)
    assert cell, "the 编制 cell of table 1 is not marked"
    assert f'data-target="{cell.group(1)}"' in html
    assert re.search(r'<p id="p\d+" class="hit sev-\w+">[^<]*<mark>58</mark>', html)


@pytest.mark.parametrize(
    ("name", "data", "status", "words"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 422, "不是可审核的报告文件"),
        ("broken.pdf", PDF.read_bytes()[:20000], 422, "已损坏或不完整"),
        ("empty.docx", b"", 422, "文件为空"),
        ("fake.docx", b"this is not a zip archive at all", 422, "无法审核"),
    ],
)
def test_unreadable_uploads_get_a_chinese_message(
    temp_root: Path, name: str, data: bytes, status: int, words: str
) -> None:
    client = _client()
    reply = _post(client, (name, data))
    assert reply.status_code == status
    assert words in reply.json()["error"] and name in reply.json()["error"]
    assert client.get("/").status_code == 200
    assert not list(temp_root.glob("auditor-upload-*"))


def test_a_letter_is_not_a_report() -> None:
    client = _client()
    letter = (
        "关于召开春季运动会的通知\n\n各科室：定于四月举行春季运动会，请各科室积极报名。\n".encode()
    )
    html = client.get(_post(client, ("通知.txt", letter)).json()["location"]).text
    assert "看起来不是部门整体支出绩效自评报告" in html


def test_oversize_and_too_many_files_are_refused(temp_root: Path) -> None:
    client = _client(max_bytes=200_000, max_files=3)
    reply = _post(client, ("big.pdf", PDF.read_bytes()))
    assert reply.status_code == 413
    assert (
        "超过 0.190735 MB 的大小限制" in reply.json()["error"]
        or "大小限制" in reply.json()["error"]
    )
    reply = _post(client, *[(f"r{n}.txt", b"x") for n in range(4)])
    assert reply.status_code == 413 and "一次最多上传 3 个文件" in reply.json()["error"]
    assert not list(temp_root.glob("auditor-upload-*"))
    # Still serving: a good upload right after goes through.
    assert _post(client, ("report.txt", (EXAMPLE / "report.txt").read_bytes())).status_code == 200


def test_without_javascript_the_form_redirects_to_the_result_or_a_message_page() -> None:
    client = _client()
    files = [("files", ("report.txt", (EXAMPLE / "report.txt").read_bytes(), "text/plain"))]
    reply = client.post("/upload", files=files, follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"].startswith("/r/")
    reply = client.post("/upload", files=[("files", ("a.zip", b"PK\x03\x04", "x"))])
    assert reply.status_code == 422 and "不是可审核的报告文件" in reply.text
    several = [
        ("files", ("a.txt", (EXAMPLE / "report.txt").read_bytes(), "text/plain")),
        ("files", ("b.pdf", b"%PDF-1.4 broken", "application/pdf")),
    ]
    page = client.post("/upload", files=several)
    assert page.status_code == 200 and "a.txt" in page.text and "无法审核「b.pdf」" in page.text
    assert client.get("/r/nothing-here").status_code == 404


@pytest.mark.slow
def test_ten_uploads_at_once_each_get_a_result_or_a_busy_message() -> None:
    data = PDF.read_bytes()
    replies: list[httpx.Response] = []
    with live_server(ServeOptions(jobs=1, queue=2)) as url:
        barrier = threading.Barrier(10)

        def upload(n: int) -> None:
            barrier.wait()
            replies.append(
                httpx.post(
                    f"{url}/upload",
                    files={"files": (f"report{n}.pdf", data, "application/pdf")},
                    headers={"Accept": "application/json"},
                    timeout=120,
                )
            )

        threads = [threading.Thread(target=upload, args=(n,)) for n in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        statuses = sorted(r.status_code for r in replies)
        assert len(replies) == 10 and set(statuses) <= {200, 503}
        assert 200 in statuses and 503 in statuses
        for reply in replies:
            if reply.status_code == 503:
                assert "审核服务正忙" in reply.json()["error"]
            else:
                assert httpx.get(url + reply.json()["location"]).status_code == 200
        assert httpx.get(url + "/").status_code == 200


@pytest.mark.slow
def test_html_option_writes_one_self_contained_page(tmp_path: Path) -> None:
    out = tmp_path / "审核结果.html"
    code = main([str(PDF), str(DOCX), "--html", str(out), "--no-progress"])
    assert code == 1  # the example has errors
    html = out.read_text("utf-8")
    assert html.count("data:image/jpeg;base64,") == 27
    assert not re.search(r'(src|href)="(https?:|/)', html), "the page must not load anything"
    assert "<style>" in html and "<script>" in html
    assert 'id="r1-f1"' in html and 'id="r2-f1"' in html  # two reports, distinct ids
    assert "data:application/json;base64," in html


def test_values_are_marked_where_they_stand_as_numbers() -> None:
    assert find_value("=(a/b)*100%=0/1152.29=0%", "0") == 12
    assert find_value("编制2063人，63名", "63") == 8
    assert find_value("共63。", "63") == 1
    assert find_value("1,243.42万元", "1,243.42") == 0
    assert paragraph_parts("合计58名，其中58", ["58"]) == [
        ("合计", False),
        ("58", True),
        ("名，其中58", False),
    ]


def test_serve_refuses_bad_limits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--max-size", "0"]) == 2
    assert "必须是正数" in capsys.readouterr().err


def test_html_never_overwrites_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.txt"
    report.write_bytes((EXAMPLE / "report.txt").read_bytes())
    assert main([str(report), "--html", str(report), "--no-progress"]) == 2
    assert report.read_bytes() == (EXAMPLE / "report.txt").read_bytes()
    assert "就是要审核的输入文件" in capsys.readouterr().err


def test_the_readme_bureau_config_loads_as_serve_reads_it(tmp_path: Path) -> None:
    import shutil

    readme = (ROOT / "README.md").read_text("utf-8")
    part = readme.split("### An `auditor.toml` a bureau hands out", 1)[1]
    toml = part.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "auditor.toml").write_text(toml, encoding="utf-8")
    shutil.copy(checks.FRAMEWORK_PATH, tmp_path / "indicators.yaml")
    setup = load_setup(None, tmp_path, lexicon=checks.LEXICON_PATH, framework=checks.FRAMEWORK_PATH)
    assert setup.framework == (tmp_path / "indicators.yaml").resolve()
    assert setup.settings.severity["IC005"].value == "info"
    assert setup.settings.options["YR002"]["today"] == "2025-07-01"
    assert setup.timeout == 300


@pytest.mark.slow
def test_serve_command_listens_on_localhost_only(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from web_helpers import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "serve", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                reply = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert reply.status_code == 200 and "上传自评报告" in reply.text
        tcp = Path("/proc/net/tcp")
        if tcp.exists():
            listening = [
                line.split()[1]
                for line in tcp.read_text().splitlines()[1:]
                if line.split()[3] == "0A" and line.split()[1].endswith(f":{port:04X}")
            ]
            assert listening == [f"0100007F:{port:04X}"]  # 127.0.0.1, not 0.0.0.0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "警告" not in proc.stderr.read().decode("utf-8")


WARM_CHECK = """
import sys
from pathlib import Path
import checks
from auditor.web.app import create_app
from auditor.web.setup import load_setup
root = Path(sys.argv[1])
setup = load_setup(None, root, lexicon=checks.LEXICON_PATH, framework=checks.FRAMEWORK_PATH)
create_app(setup)
before = set(sys.modules)
import ctypes, resource  # what a batch worker imports when it starts
from auditor.batch import _on_sigterm
from auditor.engine import audit_file, load_knowledge
from auditor.web.standalone import inline_downloads, render_page
from auditor.web.pages import render_pages
from auditor.web.view import build_view
knowledge = load_knowledge(setup.lexicon, setup.framework)
for name in ("report-12pt.pdf", "report.docx", "report.txt"):
    path = root / "corpus" / "example" / name
    result, _ = audit_file(path, knowledge, setup.settings)
    view = build_view(result, path)
    view.downloads = inline_downloads(result)
    render_page([view])
print(sorted(set(sys.modules) - before))
"""


@pytest.mark.slow
def test_serve_loads_every_module_before_the_first_fork() -> None:
    # A module imported by one thread while another forks a worker stays locked in the
    # worker; so after start-up nothing the audit or the page needs may still be imported.
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", WARM_CHECK, str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_serve_names_a_busy_port_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    assert "已有一个自查页面在运行" in capsys.readouterr().err
