"""Where outputs may be written: never over an input, a device or a folder.

Every output the command line writes (``-o``, ``--xlsx`` and any later one) goes
through :func:`check_output_path` before the audit starts, so a slip such as
``audit r.pdf -o r.pdf`` or ``audit DIR --xlsx DIR/r.pdf`` is refused in a second
(exit 2) instead of replacing the report with its own audit, and ``-o /dev/full``
cannot replace a device node with a regular file. A path is accepted only when it
does not exist yet or is a regular file that is none of the inputs (compared by
device and inode, so a hard link, a symlink or ``./r.pdf`` spelling of an input is
caught too). :func:`display_name` turns a file name of any bytes into printable,
valid UTF-8 text.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from auditor.errors import OUTPUT_REFUSED, InputError


def display_name(path: str | os.PathLike[str]) -> str:
    r"""``path`` as valid UTF-8 text: bytes that are not UTF-8 shown as ``\xNN``.

    A GBK-encoded name from a zip made on Chinese Windows reaches Python as lone
    surrogates (``surrogateescape``), which cannot be written as UTF-8 at all.
    """
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")


def name_bytes(path: str | os.PathLike[str]) -> bytes | None:
    """The raw bytes of ``path`` when they are not valid UTF-8, else None."""
    raw = os.fsencode(path)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    return None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def check_output_path(path: Path, inputs: Iterable[Path]) -> None:
    """Refuse ``path`` as an output unless it is new or a regular non-input file.

    Raises:
        InputError: ``OUTPUT_REFUSED`` (``AUD119``) naming the path and the reason.
    """
    shown = display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        return  # a parent is a file: the atomic writer reports that it cannot write
    except OSError as exc:
        raise InputError(OUTPUT_REFUSED, shown, exc.strerror or type(exc).__name__) from exc
    if info is None:
        if path.is_symlink():
            raise InputError(OUTPUT_REFUSED, shown, "是指向不存在位置的符号链接")
        return
    if stat.S_ISDIR(info.st_mode):
        raise InputError(OUTPUT_REFUSED, shown, "是文件夹")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(OUTPUT_REFUSED, shown, "是设备、管道或其他特殊文件，不是普通文件")
    target = (info.st_dev, info.st_ino)
    for source in inputs:
        if _identity(source) == target:
            raise InputError(OUTPUT_REFUSED, shown, f"就是要审核的输入文件 {display_name(source)}")


def check_outputs(outputs: Iterable[Path | None], inputs: Iterable[Path]) -> None:
    """:func:`check_output_path` for each given output, and no two outputs alike."""
    sources = list(inputs)
    seen: dict[tuple[str, tuple[int, int] | None], Path] = {}
    for out in outputs:
        if out is None:
            continue
        check_output_path(out, sources)
        key = (str(out.absolute()), _identity(out))
        if key in seen:
            raise InputError(OUTPUT_REFUSED, display_name(out), "同一路径被指定为两个输出")
        seen[key] = out
