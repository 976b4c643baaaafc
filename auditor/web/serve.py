"""``audit serve``: run the self-check page with uvicorn on this computer."""

from __future__ import annotations

import argparse
import sys
import threading
import webbrowser
from pathlib import Path

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``audit serve``."""
    p.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1，仅本机可访问）")
    p.add_argument("--port", type=int, default=8765, help="端口（默认 8765）")
    p.add_argument("--open", action="store_true", help="启动后用默认浏览器打开页面")
    p.add_argument(
        "--max-size",
        type=float,
        default=50.0,
        metavar="MB",
        help="每个上传文件的大小上限（MB，默认 50）",
    )
    p.add_argument("--max-files", type=int, default=20, help="一次最多上传的文件数（默认 20）")
    p.add_argument("--jobs", "-j", type=int, help="同时审核的文件数（默认 CPU 核数）")
    p.add_argument("--config", type=Path, help="配置文件（默认当前目录下的 auditor.toml）")
    p.add_argument(
        "--reference",
        type=Path,
        metavar="FILE",
        help="参考数据表（.xlsx/.csv，与 audit --reference 相同）：每份上传的报告与其中本单位一行核对",
    )


def run(args: argparse.Namespace, lexicon: Path, framework: Path | None) -> int:
    """Start the server; returns when it is stopped (Ctrl-C).

    ``lexicon`` and ``framework`` are the rule package's data files (the CLI passes
    them after registering the rules).
    """
    import os

    import uvicorn

    from auditor.errors import ConfigError
    from auditor.web.app import ServeOptions, create_app
    from auditor.web.setup import load_setup

    if not args.max_size > 0 or args.max_files < 1 or (args.jobs is not None and args.jobs < 1):
        raise ConfigError("--max-size、--max-files 和 --jobs 必须是正数")
    setup = load_setup(
        args.config, Path.cwd(), lexicon=lexicon, framework=framework, reference=args.reference
    )
    if setup.reference_unknown:
        print(
            f"audit serve: 参考数据中 {len(setup.reference_unknown)} 列未能识别，未用于核对："
            + "、".join(setup.reference_unknown),
            file=sys.stderr,
        )
    options = ServeOptions(
        max_bytes=int(args.max_size * 1024 * 1024),
        max_files=args.max_files,
        jobs=args.jobs or max(1, os.cpu_count() or 1),
    )
    if args.host not in LOCAL_HOSTS:
        print(
            f"audit serve: 警告：在 {args.host} 上监听，同一网络中的其他电脑也能打开此页面并上传文件。"
            "只在可信的内部网络中这样做。 / warning: listening beyond this computer",
            file=sys.stderr,
        )
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{args.port}/"
    _check_port(args.host, args.port, url)
    app = create_app(setup, options)  # the warm pass runs here, before the page opens
    print(f"自查页面：{url}  （按 Ctrl-C 停止）", file=sys.stderr)
    if args.open:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _check_port(host: str, port: int, url: str) -> None:
    """Refuse a port already in use with a Chinese hint instead of uvicorn's OSError."""
    import socket

    from auditor.errors import ConfigError

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"无法在 {host}:{port} 上启动（{exc.strerror or exc}）：可能已有一个自查页面在运行"
                f"（直接打开 {url}），或用 --port 换一个端口。"
            ) from exc
