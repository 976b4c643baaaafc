"""``audit``: the command line. The only module of ``auditor`` that imports ``checks``.

Exit codes: 0 no finding at or above ``--fail-on``; 1 at least one; 2 an input could
not be read or the command was misused. Heavy imports happen inside ``main`` so
``audit --version`` starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from auditor import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (Chinese help, English flags)."""
    p = argparse.ArgumentParser(
        prog="audit",
        description="审核部门整体支出绩效自评报告（PDF、Word、文本）中的算术、前后一致、评分和年份错误。",
        epilog="退出码：0 无错误；1 有错误级问题（或 --fail-on 指定的级别）；2 文件无法读取或用法错误。"
        "  自查网页：audit serve --open（audit serve --help 查看选项）。",
    )
    p.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="报告文件或文件夹（文件夹内所有 .pdf/.docx/.doc/.txt/.md）",
    )
    p.add_argument(
        "--format",
        choices=("console", "json", "markdown"),
        default="console",
        help="输出格式（默认 console；markdown 仅用于 --list-checks）",
    )
    p.add_argument("--output", "-o", type=Path, help="把结果写入文件（原子写入）")
    p.add_argument("--xlsx", type=Path, help="批量审核时另写一个 Excel 汇总表")
    p.add_argument("--html", type=Path, help="另写一个可离线打开的网页报告（页面图像与样式内嵌）")
    p.add_argument("--jobs", "-j", type=int, help="并行进程数（默认 CPU 核数）")
    p.add_argument("--timeout", type=float, help="每个文件的审核时限（秒，默认 300）")
    p.add_argument(
        "--select",
        action="append",
        default=[],
        help="只运行这些规则（代码、名称或族前缀，如 AR、SC002），可逗号分隔",
    )
    p.add_argument("--ignore", action="append", default=[], help="不运行这些规则")
    p.add_argument(
        "--severity",
        action="append",
        default=[],
        metavar="CODE=LEVEL",
        help="改变规则的严重程度，如 IC005=info",
    )
    p.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        help="达到此级别的问题时退出码为 1（默认 error）",
    )
    p.add_argument("--config", type=Path, help="配置文件（默认当前目录下的 auditor.toml）")
    p.add_argument("--password", help="PDF 打开密码")
    p.add_argument(
        "--facts", action="store_true", help="显示读取到的数据（事实表、指标得分表），不审核"
    )
    p.add_argument("--dump", action="store_true", help="显示抽取到的文档（段落与表格及其位置）")
    p.add_argument("--list-checks", action="store_true", help="列出全部规则")
    p.add_argument("--explain", metavar="CODE", help="显示某条规则的说明（原因、例外、正反例）")
    p.add_argument("--no-info", action="store_true", help="控制台不显示提示级问题")
    p.add_argument("--no-progress", action="store_true", help="不显示进度条")
    p.add_argument("--debug", action="store_true", help="出错时显示调试信息（含回溯）")
    p.add_argument("--version", action="version", version=f"auditor {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``audit`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["serve"]:
        return _serve(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(message)s"
    )
    if not args.debug:
        _quiet_libraries()
    from auditor.errors import ConfigError

    try:
        return _run(args, parser)
    except ConfigError as exc:
        print(f"audit: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("audit: 已中断", file=sys.stderr)
        return 130


def _serve(argv: list[str]) -> int:
    """``audit serve``: the self-check web page (``auditor/web/``)."""
    import checks
    from auditor.errors import ConfigError
    from auditor.web.serve import add_arguments, run

    parser = argparse.ArgumentParser(
        prog="audit serve", description="在本机打开自评报告自查网页：上传报告，查看问题与标注。"
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    _quiet_libraries()
    try:
        return run(args, checks.LEXICON_PATH, checks.FRAMEWORK_PATH)
    except ConfigError as exc:
        print(f"audit serve: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 0


def _quiet_libraries() -> None:
    """Keep pdfminer/pdfplumber chatter about damaged files off the console.

    A hostile or damaged PDF makes pdfminer log warnings and errors ("Refusing to
    execute circular reference…") although the file ends in a typed result anyway;
    ``--debug`` shows them again.
    """
    import warnings

    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    for module in ("pdfminer", "pdfplumber"):
        warnings.filterwarnings("ignore", module=module)


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import checks
    from auditor import registry
    from auditor.config import load_config, parse_severity, validate_options
    from auditor.errors import ConfigError
    from auditor.runner import RunSettings

    if args.list_checks:
        from auditor.render.catalogue import render_list, render_markdown

        print(render_markdown() if args.format == "markdown" else render_list(), end="")
        return EXIT_OK
    if args.explain:
        from auditor.render.catalogue import render_explain

        specs = registry.resolve(args.explain)
        print("\n\n".join(render_explain(s) for s in specs))
        return EXIT_OK
    if not args.paths:
        parser.print_usage(sys.stderr)
        print("audit: 请给出要审核的文件或文件夹", file=sys.stderr)
        return EXIT_INPUT
    config = load_config(args.config, Path.cwd())
    selected = registry.select(
        config.select + _split(args.select), config.ignore + _split(args.ignore)
    )
    severity = dict(config.severity)
    for item in args.severity:
        if "=" not in item:
            raise ConfigError(f"--severity 应写作 CODE=LEVEL，而不是 {item}")
        code, level = item.split("=", 1)
        for spec in registry.resolve(code):
            severity[spec.code] = parse_severity(level, spec.code)
    resolved_severity = {}
    for code, level in severity.items():
        for spec in registry.resolve(code):
            resolved_severity[spec.code] = level
    options = validate_options(config.options)
    settings = RunSettings(checks=tuple(selected), severity=resolved_severity, options=options)
    lexicon = config.lexicon or checks.LEXICON_PATH
    framework = config.framework or checks.FRAMEWORK_PATH
    files, missing = _collect(args.paths)
    _utf8_stdout(args.format == "json")
    from auditor.errors import InputError
    from auditor.outputs import check_outputs

    try:
        check_outputs([args.output, args.xlsx, args.html], [*files, *args.paths])
    except InputError as exc:
        print(f"audit: {exc.message_zh}", file=sys.stderr)
        return EXIT_INPUT
    if args.dump or args.facts:
        return _inspect(args, files, missing, lexicon, framework)
    from auditor.batch import BatchOptions, run_batch

    if args.timeout is not None and not args.timeout > 0:
        raise ConfigError(f"--timeout 必须是正数（秒），而不是 {args.timeout:g}")
    batch = BatchOptions(
        jobs=args.jobs or config.jobs,
        timeout=args.timeout or config.timeout or 300.0,
        password=args.password,
        progress=not args.no_progress
        and args.format == "console"
        and args.output is None
        and sys.stderr.isatty(),
    )
    results = run_batch(files, missing, settings, lexicon, framework, batch)
    try:
        # Checked again: a file may have appeared at an output path during the audit.
        check_outputs([args.output, args.xlsx, args.html], [*files, *args.paths])
    except InputError as exc:
        print(f"audit: {exc.message_zh}", file=sys.stderr)
        return EXIT_INPUT
    try:
        _emit(args, results)
        if args.xlsx:
            from auditor.render.xlsx import write_workbook

            write_workbook(results, args.xlsx)
        if args.html:
            from auditor.render.html import write_html

            write_html(results, args.html, files, password=args.password)
    except OSError as exc:
        target = exc.filename or args.output or args.xlsx or args.html
        reason = exc.strerror or type(exc).__name__
        print(
            f"audit: 无法写入输出文件 {target}（{reason}），未留下不完整的文件。"
            f"请检查路径、权限和磁盘空间。 / cannot write output {target} ({reason}); "
            "no partial file was left",
            file=sys.stderr,
        )
        return EXIT_INPUT
    fail_on = args.fail_on or config.fail_on
    if any(r.status != "ok" for r in results):
        return EXIT_INPUT
    ranks = {"error": 0, "warning": 1, "info": 2}
    threshold = ranks[fail_on]
    if any(
        ranks[f.severity.value] <= threshold
        for r in results
        for f in r.findings
        if not f.rule.startswith("AUD")
    ):
        return EXIT_FINDINGS
    return EXIT_OK


def _utf8_stdout(json_output: bool) -> None:
    """Never let one odd character end the output: escape what cannot be encoded.

    JSON on stdout is always UTF-8 (RFC 8259), whatever the locale.
    """
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        if json_output:
            sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
        else:
            sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _collect(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """Expand folders into supported files (sorted); keep missing paths to report."""
    from auditor.extract import SUPPORTED_SUFFIXES

    files: list[Path] = []
    missing: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith((".", "~$"))
                and p.name not in ("NOTES.md", "README.md")
            )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            missing.append(path)
    # ``audit r.pdf ./r.pdf`` or a file inside a folder also given: audit it once.
    unique = {p.resolve(): p for p in reversed(files)}
    return [p for p in files if unique.get(p.resolve()) is p], missing


def _emit(args: argparse.Namespace, results: list) -> None:  # type: ignore[type-arg]
    from auditor.render.atomic import write_text_atomic

    if args.format == "json":
        from auditor.render.json_report import dumps

        text = dumps(results)
        if args.output:
            write_text_atomic(args.output, text)
        else:
            sys.stdout.write(text)
        return
    from rich.console import Console

    from auditor.render.console import render_results

    if args.output:
        console = Console(record=True, width=100, file=io.StringIO(), color_system=None)
        render_results(results, console, show_info=not args.no_info)
        from auditor.render.console import plain_text

        write_text_atomic(args.output, plain_text(console.export_text()))

    else:
        render_results(results, Console(), show_info=not args.no_info)


def _inspect(
    args: argparse.Namespace, files: list[Path], missing: list[Path], lexicon: Path, framework: Path
) -> int:
    from rich.console import Console

    from auditor.engine import load_knowledge
    from auditor.errors import AuditorError
    from auditor.extract import open_document
    from auditor.outputs import display_name

    console = Console()
    status = EXIT_OK
    for path in missing:
        print(f"audit: 找不到文件：{display_name(path)}", file=sys.stderr)
        status = EXIT_INPUT
    knowledge = load_knowledge(lexicon, framework) if args.facts else None
    for path in files:
        try:
            document = open_document(path, source=display_name(path), password=args.password)
        except AuditorError as exc:
            print(f"audit: {exc.message_zh}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        if args.dump:
            from auditor.render.dump import render_dump

            render_dump(document, console)
        if args.facts and knowledge is not None:
            from auditor.read.reading import read
            from auditor.render.facts_view import render_facts

            render_facts(read(document, knowledge.lexicon, knowledge.framework), console)
    return status


if __name__ == "__main__":
    sys.exit(main())
