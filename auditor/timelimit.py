"""A time limit for work done in the parent process (``--facts``/``--dump``, last year's reports).

Batch audits run in workers that are killed at their limit; the few readings the parent does
itself use this instead: SIGALRM in the main thread on POSIX, no limit elsewhere.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator


class TimeLimitExceeded(Exception):
    """The work ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` after ``seconds`` (main thread, POSIX; else no limit)."""
    import signal

    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
