"""A time budget per document: one pathological file must not hold up a whole batch.

`time_budget(seconds)` raises `OutOfTime` in the calling code when the time runs out. It uses a
real-time interval timer (SIGALRM), so it works in the main thread of a Unix process; elsewhere
(other threads, Windows) it does nothing, and the limits that do not depend on it (input size,
expansion caps, the PDF worker's own time limit, linear-time matching) still hold.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator

DEFAULT_SECONDS = 120.0


class OutOfTime(BaseException):
    """The document took longer than its budget. A BaseException, so that a loader's broad
    `except Exception` cannot swallow it and carry on."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"checking took longer than the {seconds:g} s allowed per document (--timeout)")
        self.seconds = seconds


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `OutOfTime` inside the block once `seconds` have passed (None or 0: no budget)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):  # noqa: ANN001 - signal handler signature
        raise OutOfTime(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
