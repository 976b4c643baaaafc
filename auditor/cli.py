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
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from auditor import __version__
from auditor.timelimit import TimeLimitExceeded, time_limit

if TYPE_CHECKING:
    from auditor.batch import BatchOptions
    from auditor.engine import DocumentResult
    from auditor.reference.table import ReferenceTable
    from auditor.runner import RunSettings

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class _ChineseHelp(argparse.RawDescriptionHelpFormatter):
    """argparse's own words (``usage:``, ``options:``) in Chinese."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        names = {"options": "选项", "optional arguments": "选项", "positional arguments": "参数"}
        super().start_section(names.get(heading or "", heading))


class _ChineseParser(argparse.ArgumentParser):
    """Usage errors in Chinese, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        for english, chinese in _ARGPARSE_MESSAGES:
            message = message.replace(english, chinese)
        self.exit(EXIT_INPUT, f"audit: 用法错误：{message}\n")


_ARGPARSE_MESSAGES = (
    ("unrecognized arguments:", "无法识别的参数："),
    ("the following arguments are required:", "缺少参数："),
    ("expected one argument", "需要一个值"),
    ("invalid choice:", "无效的取值："),
    ("choose from", "可选"),
    ("invalid int value:", "不是整数："),
    ("invalid float value:", "不是数字："),
    ("argument ", "参数 "),
    ("ambiguous option:", "选项不明确："),
    ("could match", "可能是"),
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (Chinese help and errors, English flags)."""
    p = _ChineseParser(
        prog="audit",
        formatter_class=_ChineseHelp,
        add_help=False,
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
    p.add_argument(
        "--annotate",
        type=Path,
        metavar="DIR",
        help="在 DIR 中为每份报告写一份批注副本（Word 批注或 PDF 高亮），原文件不动",
    )
    p.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="审核决定文件（TOML）：标为“不是问题”的问题不再显示、不影响退出码",
    )
    p.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="把本次的问题写成可编辑的审核决定文件（保留已有决定）",
    )
    p.add_argument(
        "--compare",
        type=Path,
        action="append",
        default=[],
        metavar="OLD",
        help="与旧版本（报告文件、文件夹或之前的 JSON 输出）对比：已修正 / 仍存在 / 新增",
    )
    p.add_argument(
        "--reference",
        type=Path,
        metavar="FILE",
        help="财政局参考数据（Excel 或 CSV，每个部门一行：单位名称/预算编码及各项数据），逐项核对报告中的数字",
    )
    p.add_argument(
        "--reference-template",
        type=Path,
        metavar="FILE",
        help="写一个参考数据模板（.xlsx 或 .csv）后退出",
    )
    p.add_argument(
        "--previous",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="同一单位上年度的报告（文件或文件夹）：核对本年报告中的上年数据，查找照搬上年的成效表述",
    )
    p.add_argument("--verbose", "-v", action="store_true", help="批量审核时也逐份显示全部问题明细")
    p.add_argument("--html", type=Path, help="另写一个可离线打开的网页报告（页面图像与样式内嵌）")
    p.add_argument("--jobs", "-j", type=int, help="并行进程数（默认 CPU 核数）")
    p.add_argument("--timeout", type=float, help="每个文件的审核时限（秒，默认 300）")
    p.add_argument(
        "--select",
        action="append",
        default=[],
        help="只运行这些规则（代码、名称或规则族，如 AR、算术、SC002），可逗号分隔；"
        "规则族：算术 AR、一致 IC、评分 SC、年份 YR、完整 CP",
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
    p.add_argument("--version", action="version", version=f"auditor {__version__}", help="显示版本")
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
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
    from auditor.config import use_wording, wording_files
    from auditor.errors import ConfigError
    from auditor.web.serve import add_arguments

    parser = argparse.ArgumentParser(
        prog="audit serve", description="在本机打开自评报告自查网页：上传报告，查看问题与标注。"
    )
    add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    _quiet_libraries()
    try:
        use_wording(wording_files(args.config, Path.cwd()))  # before the readers are imported
        import checks
        from auditor.web.serve import run

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
    from dataclasses import replace

    from auditor.config import use_wording, wording_files

    use_wording(wording_files(args.config, Path.cwd()))  # before the readers are imported
    import checks
    from auditor import registry
    from auditor.config import load_config, validate_options, with_severity_flags
    from auditor.errors import ConfigError
    from auditor.runner import RunSettings

    if args.list_checks:
        from auditor.render.catalogue import render_list, render_markdown

        print(render_markdown() if args.format == "markdown" else render_list(), end="")
        return EXIT_OK
    if args.explain:
        from auditor.render.catalogue import load_explanations, render_explain

        specs = registry.resolve(args.explain)
        chinese = load_explanations(checks.DATA_DIR / "explain_zh.yaml")
        print("\n\n".join(render_explain(s, chinese) for s in specs))
        return EXIT_OK
    if args.reference_template:
        return _reference_template(args.reference_template)
    if not args.paths:
        parser.print_usage(sys.stderr)
        print("audit: 请给出要审核的文件或文件夹", file=sys.stderr)
        return EXIT_INPUT
    config = load_config(args.config, Path.cwd())
    selected = registry.select(
        config.select + _split(args.select), config.ignore + _split(args.ignore)
    )
    severity = with_severity_flags(config, args.severity)
    options = validate_options(config.options)
    settings = RunSettings(checks=tuple(selected), severity=severity, options=options)
    lexicon = config.lexicon or checks.LEXICON_PATH
    framework = config.framework or checks.FRAMEWORK_PATH
    reference = _load_reference(args.reference, lexicon) if args.reference else None
    if reference is not None:
        settings = replace(settings, reference=reference)
    files, missing = _collect(args.paths)
    _utf8_stdout(args.format == "json")
    from auditor.errors import InputError
    from auditor.outputs import check_outputs

    try:
        check_outputs(
            [args.output, args.xlsx, args.write_baseline, args.html],
            [*files, *args.paths, *args.previous, *([args.reference] if args.reference else [])],
        )
    except InputError as exc:
        print(f"audit: {exc.message_zh}", file=sys.stderr)
        return EXIT_INPUT
    if args.dump or args.facts:
        if args.timeout is not None and not args.timeout > 0:
            raise ConfigError(f"--timeout 必须是正数（秒），而不是 {args.timeout:g}")
        limit = args.timeout or config.timeout or 300.0
        return _inspect(args, files, missing, lexicon, framework, limit)
    from auditor.batch import BatchOptions, run_batch

    if args.timeout is not None and not args.timeout > 0:
        raise ConfigError(f"--timeout 必须是正数（秒），而不是 {args.timeout:g}")
    batch = BatchOptions(
        jobs=args.jobs or config.jobs,
        timeout=args.timeout or config.timeout or 300.0,
        password=args.password,
        # Progress goes to stderr, so it never mixes with JSON on stdout; a batch
        # always shows it, a single file only on a terminal.
        progress=not args.no_progress and (len(files) > 1 or sys.stderr.isatty()),
    )
    if not files and not missing:
        from auditor.extract import SUPPORTED_SUFFIXES

        kinds = "、".join(sorted(SUPPORTED_SUFFIXES))
        where = "、".join(str(p) for p in args.paths)
        print(f"audit: {where} 中没有可审核的报告（支持 {kinds}）", file=sys.stderr)
        return EXIT_INPUT
    results = run_batch(files, missing, settings, lexicon, framework, batch)
    if args.previous or len(files) > 1:
        _previous_year(args, files, results, settings, lexicon, framework, batch.timeout)
    if reference is not None:
        from auditor.render.reference_lines import matching_lines

        for line in matching_lines(reference, results):
            print(line, file=sys.stderr)
    if args.compare:
        from auditor.decisions import apply_compare

        apply_compare(results, _old_results(args.compare, settings, lexicon, framework, batch))
    decisions = []
    if args.baseline:
        from auditor.decisions import apply_baseline, load_baseline

        decisions = load_baseline(args.baseline)
        apply_baseline(results, decisions)
    try:
        # Checked again: a file may have appeared at an output path during the audit.
        check_outputs(
            [args.output, args.xlsx, args.write_baseline, args.html],
            [*files, *args.paths, *args.previous, *([args.reference] if args.reference else [])],
        )
    except InputError as exc:
        print(f"audit: {exc.message_zh}", file=sys.stderr)
        return EXIT_INPUT
    written: list[Path] = []
    status = EXIT_OK
    try:
        links: dict[str, Path] = {}
        if args.annotate:
            links, failed = _annotate(args.annotate, files, [*files, *args.paths], results, written)
            status = EXIT_INPUT if failed else status
        _emit(args, results, written)
        if args.xlsx:
            from auditor.render.xlsx import write_workbook

            write_workbook(results, args.xlsx, links=links, reference=reference)
            written.append(args.xlsx)
        if args.write_baseline:
            from auditor.decisions import baseline_text, load_baseline
            from auditor.render.atomic import write_text_atomic

            previous = decisions
            if args.write_baseline.exists() and args.write_baseline != args.baseline:
                previous = load_baseline(args.write_baseline)
            write_text_atomic(args.write_baseline, baseline_text(results, previous))
            written.append(args.write_baseline)
        if args.html:
            from auditor.web.standalone import write_html

            write_html(results, args.html, files, password=args.password)
            written.append(args.html)
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
    finally:
        for path in written:
            print(f"已写入 {path}", file=sys.stderr)
    fail_on = args.fail_on or config.fail_on
    if status != EXIT_OK or any(r.status != "ok" for r in results):
        return EXIT_INPUT
    from auditor.findings import Severity

    threshold = Severity(fail_on).rank
    if any(
        f.severity.rank <= threshold
        for r in results
        for f in r.findings
        if not f.rule.startswith("AUD") and not f.dismissed
    ):
        return EXIT_FINDINGS
    return EXIT_OK


def _reference_template(path: Path) -> int:
    """``--reference-template FILE``: write the reference table template, through the output guard."""
    from auditor.errors import InputError
    from auditor.outputs import check_output_path
    from auditor.render.reference_template import write_template

    try:
        check_output_path(path, [])
    except InputError as exc:
        print(f"audit: {exc.message_zh}", file=sys.stderr)
        return EXIT_INPUT
    write_template(path)
    print(f"已写入 {path}", file=sys.stderr)
    return EXIT_OK


def _load_reference(path: Path, lexicon: Path) -> ReferenceTable:
    """Load ``--reference`` and list the headers it does not know (never guessed)."""
    from auditor.reference.table import load_checked

    table = load_checked(path, lexicon)
    if table.unknown:
        print(
            f"audit: 参考数据中 {len(table.unknown)} 列未能识别，未用于核对："
            + "、".join(table.unknown),
            file=sys.stderr,
        )
    return table


def _previous_year(
    args: argparse.Namespace,
    files: list[Path],
    results: list[DocumentResult],
    settings: RunSettings,
    lexicon: Path,
    framework: Path,
    timeout: float,
) -> None:
    """Compare each report with its unit's report for the year before (REF002/REF003)."""
    from auditor.engine import load_knowledge
    from auditor.errors import ConfigError
    from auditor.pairing import compare_with_previous

    earlier, missing = _collect(args.previous) if args.previous else ([], [])
    if missing:
        raise ConfigError("找不到上年报告：" + "、".join(str(p) for p in missing))
    known = {p.resolve() for p in files}
    earlier = [p for p in earlier if p.resolve() not in known]
    notes = compare_with_previous(
        results,
        files,
        earlier,
        load_knowledge(lexicon, framework),
        settings,
        password=args.password,
        timeout=timeout,
    )
    for note in notes:
        print(f"audit: {note}", file=sys.stderr)


def _utf8_stdout(json_output: bool) -> None:
    """Never let one odd character end the output: escape what cannot be encoded.

    JSON on stdout is always UTF-8 (RFC 8259), whatever the locale.
    """
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        if json_output:
            sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")  # type: ignore[union-attr]
        else:
            sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _old_results(
    olds: Sequence[Path],
    settings: RunSettings,
    lexicon: Path,
    framework: Path,
    batch: BatchOptions,
) -> list[DocumentResult]:
    """The earlier version(s): read from a JSON report, or audited with the same settings."""
    from auditor.batch import run_batch
    from auditor.decisions import results_from_json

    out: list[DocumentResult] = []
    paths: list[Path] = []
    for old in olds:
        if old.suffix.lower() == ".json":
            out.extend(results_from_json(old))
        else:
            paths.append(old)
    if paths:
        files, missing = _collect(paths)
        if missing:
            from auditor.errors import ConfigError

            raise ConfigError("找不到用于对比的旧版本：" + "、".join(str(p) for p in missing))
        out.extend(run_batch(files, [], settings, lexicon, framework, batch))
    return out


def _annotate(
    out_dir: Path,
    files: Sequence[Path],
    inputs: Sequence[Path],
    results: list[DocumentResult],
    written: list[Path],
) -> tuple[dict[str, Path], int]:
    """Write a marked-up copy of each audited file; return result path → copy, failures.

    Each copy goes through the shared output guard, so a copy can never replace an
    input (``--annotate`` pointed at the folder being audited is fine: the copies
    have their own names).
    """
    import os

    from auditor.outputs import check_output_path
    from auditor.render.annotate import annotate_report, output_path

    by_name = {str(p): p for p in files}
    ok = [(r, by_name[r.path]) for r in results if r.status == "ok" and r.path in by_name]
    parents = [p.resolve().parent for _, p in ok]
    root = Path(os.path.commonpath(parents)) if parents else Path()
    links: dict[str, Path] = {}
    taken: set[Path] = set()
    failed = 0
    for result, source in ok:
        folder = out_dir / source.resolve().parent.relative_to(root)
        target = output_path(source, folder)
        if target in taken:  # report.docx and report.txt side by side
            target = output_path(source, folder, keep_suffix=True)
        taken.add(target)
        try:
            check_output_path(target, inputs)
            done = annotate_report(source, result, target.parent, target=target)
        except Exception as exc:  # one file's copy failing never stops the others
            failed += 1
            print(
                f"audit: 无法为 {source} 写批注副本（{type(exc).__name__}: {exc}）", file=sys.stderr
            )
            continue
        links[result.path] = done.path
        written.append(done.path)
    return links, failed


def _collect(paths: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """Expand folders into supported files (sorted); keep missing paths to report.

    What a folder holds but is not audited is listed on stderr with the reason
    (:func:`_skip_reason`), so a batch never drops a file silently.
    """
    from auditor.extract import SUPPORTED_SUFFIXES
    from auditor.outputs import display_name

    files: list[Path] = []
    missing: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    unsupported: dict[str, int] = {}
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                reason = _skip_reason(p, SUPPORTED_SUFFIXES)
                if reason is None:
                    files.append(p)
                elif reason == "unsupported":
                    suffix = p.suffix.lower() or "（无扩展名）"
                    unsupported[suffix] = unsupported.get(suffix, 0) + 1
                elif reason:
                    skipped.append((p, reason))
        elif path.exists():
            files.append(path)
        else:
            missing.append(path)
    if skipped or unsupported:
        lines = [f"  {display_name(p)}：{why}" for p, why in skipped]
        if unsupported:
            kinds = "、".join(f"{k} {n} 个" for k, n in sorted(unsupported.items()))
            lines.append(f"  另有不支持类型的文件（{kinds}）")
        count = len(skipped) + sum(unsupported.values())
        print(f"audit: 文件夹中有 {count} 项未审核：", *lines, sep="\n", file=sys.stderr)
    # ``audit r.pdf ./r.pdf`` or a file inside a folder also given: audit it once.
    unique = {p.resolve(): p for p in reversed(files)}
    return [p for p in files if unique.get(p.resolve()) is p], missing


def _skip_reason(path: Path, supported: set[str]) -> str | None:
    """Why an entry of a folder is not audited (None: audit it).

    ``""`` passes it by silently (folders, hidden files of other types);
    ``"unsupported"`` is counted by file type; anything else is listed as the reason.
    """
    if path.is_dir():
        return ""
    name = path.name
    if name.startswith(".") and path.suffix.lower() not in supported:
        return ""
    try:
        info = path.lstat()
    except OSError as exc:
        return f"无法读取（{exc.strerror or type(exc).__name__}）"
    if stat.S_ISLNK(info.st_mode) and not path.exists():
        return "符号链接指向的文件不存在"
    if not path.is_file():
        return "不是普通文件（管道、设备或套接字）"
    if path.suffix.lower() not in supported:
        return "unsupported"
    if name.startswith("~$"):
        return "Word 的临时锁定文件"
    if name.startswith("."):
        return "隐藏文件"
    if name in ("NOTES.md", "README.md"):
        return "说明文件（README/NOTES），不是报告"
    return None


def _emit(args: argparse.Namespace, results: list[DocumentResult], written: list[Path]) -> None:
    from auditor.render.atomic import write_text_atomic

    if args.format == "json":
        from auditor.render.json_report import dumps

        text = dumps(results)
        if args.output:
            write_text_atomic(args.output, text)
            written.append(args.output)
        else:
            sys.stdout.write(text)
        return
    from rich.console import Console

    from auditor.render.console import render_results

    detail = args.verbose or len(results) <= 1
    if args.output:
        console = Console(record=True, width=100, file=io.StringIO(), color_system=None)
        render_results(results, console, show_info=not args.no_info, detail=detail)
        from auditor.render.console import plain_text

        write_text_atomic(args.output, plain_text(console.export_text()))
        written.append(args.output)
    else:
        render_results(results, Console(), show_info=not args.no_info, detail=detail)


def _inspect(
    args: argparse.Namespace,
    files: list[Path],
    missing: list[Path],
    lexicon: Path,
    framework: Path,
    timeout: float,
) -> int:
    """``--dump`` / ``--facts``: in this process, under the same time limit as an audit."""
    from rich.console import Console

    from auditor.batch import stall_for_tests
    from auditor.engine import load_knowledge
    from auditor.errors import TIMEOUT, AuditorError, InputError
    from auditor.extract import open_document
    from auditor.outputs import display_name

    console = Console()
    status = EXIT_OK
    for path in missing:
        print(f"audit: 找不到文件：{display_name(path)}", file=sys.stderr)
        status = EXIT_INPUT
    knowledge = load_knowledge(lexicon, framework) if args.facts else None
    for path in files:
        name = display_name(path)
        try:
            with time_limit(timeout):
                stall_for_tests(path)
                document = open_document(path, source=name, password=args.password)
                if args.dump:
                    from auditor.render.dump import render_dump

                    render_dump(document, console)
                if args.facts and knowledge is not None:
                    from auditor.read.reading import read
                    from auditor.render.facts_view import render_facts

                    render_facts(read(document, knowledge.lexicon, knowledge.framework), console)
        except AuditorError as exc:
            print(f"audit: {exc.message_zh}", file=sys.stderr)
            status = EXIT_INPUT
        except TimeLimitExceeded:
            print(f"audit: {InputError(TIMEOUT, name, f'{timeout:g}').message_zh}", file=sys.stderr)
            status = EXIT_INPUT
    return status


if __name__ == "__main__":
    sys.exit(main())
