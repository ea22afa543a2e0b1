"""A wall-clock budget per document, so that no input can make a run hang.

Parsing and claim detection are linear in the size of a document, but a 2 MB file built to be slow
(hundreds of thousands of brackets, list items or claims) still costs tens of seconds on a slow machine.
:func:`time_budget` bounds such work: when the budget runs out, :class:`BudgetExceeded` is raised inside
the block (a ``SIGALRM`` interval timer), the engine drops the document with a notice and goes on.

The timer only works in the main thread of a process on a system with ``setitimer`` (not Windows);
elsewhere the block runs unbounded.  ``OPENWASH_DOC_TIMEOUT`` (seconds, ``0`` = no budget) overrides the
default.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

try:  # the C module: `signal` would build its enums on the pre-commit path for nothing
    import _signal as signal
except ImportError:  # pragma: no cover - other Python implementations
    import signal  # type: ignore[no-redef]

DEFAULT_SECONDS = 10.0


class BudgetExceeded(Exception):
    """The block ran out of its time budget."""


def env_seconds(name: str, default: float, *, zero_ok: bool = False) -> float:
    """Seconds from the environment variable ``name``; ``default`` when unset, not a number, negative, or
    0 where 0 makes no sense (a timeout)."""
    try:
        value = float(os.environ.get(name, "").strip() or default)
    except ValueError:
        return default
    return value if value > 0 or (zero_ok and value == 0) else default


def document_budget() -> float:
    """Seconds one document may take to parse, and again to search for claims (0: unbounded)."""
    return env_seconds("OPENWASH_DOC_TIMEOUT", DEFAULT_SECONDS, zero_ok=True)


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetExceeded` inside the block once ``seconds`` of wall-clock time have passed."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise BudgetExceeded(f"took longer than {seconds:g} s")

    try:
        previous = signal.signal(signal.SIGALRM, on_alarm)
    except ValueError:  # not the main thread: signals cannot be used here, the block runs unbounded
        yield
        return
    started = time.monotonic()
    old_delay, _interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay > 0:  # someone else's timer was running: let it go on (late rather than never)
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 0.001))
