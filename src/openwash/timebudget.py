"""A wall-clock budget per document, so that no input can make a run hang.

Parsing and claim detection are linear in the size of a document, but a 2 MB file built to be slow
(hundreds of thousands of brackets, list items or claims) still costs tens of seconds on a slow machine.
:func:`time_budget` bounds such work: when the budget runs out, :class:`BudgetExceeded` is raised inside
the block (a ``SIGALRM`` interval timer), the engine drops the document with a notice and goes on.

A signal reaches only the main thread, and there is no public way to interrupt another thread, so the
budget is also a *cooperative deadline*: :func:`time_budget` records the deadline for the current thread and
:func:`check` raises :class:`BudgetExceeded` once it has passed.  The Markdown parser (rules that never
match: per line of a block, per place where inline markup may start), its walker (per token) and the engine
(per block the claim detector takes) call :func:`check`, so the budget holds in threads too (a Dask worker
runs its tasks in threads), on Windows (no ``setitimer``), and in the main thread the timer and the checks
both apply (whichever sees the deadline first).  Off the main thread the granularity is one check point: a
single block the claim detector takes long over is not cut short.  (A trace function,
``sys.settrace``, could interrupt any Python call but made the engine 2.8x slower in a thread.)

``OPENWASH_DOC_TIMEOUT`` (seconds, ``0`` = no budget) overrides the default.
"""

from __future__ import annotations

import os
import time
from _thread import get_ident  # the C module under threading (see _budgets)
from collections.abc import Iterator
from contextlib import contextmanager

try:  # the C module: `signal` would build its enums on the pre-commit path for nothing
    import _signal as signal
except ImportError:  # pragma: no cover - other Python implementations
    import signal  # type: ignore[no-redef]

DEFAULT_SECONDS = 10.0


class BudgetExceeded(Exception):
    """The block ran out of its time budget."""


# The budget of each thread inside time_budget, by thread identifier: (the time.monotonic() value after which
# check() raises, the budget in seconds).  A thread's entry exists only inside its time_budget block (its end
# removes it), so an identifier that a later thread reuses finds none.  A dict keyed by get_ident() rather than a
# threading.local: importing threading cost the pre-commit hook ~0.5 ms for this one table (issue 19).
_budgets: dict[int, tuple[float, float]] = {}


def check() -> None:
    """Raise :class:`BudgetExceeded` if the current thread's budget has run out (cheap: one clock read)."""
    budget = _budgets.get(get_ident())
    if budget is not None and time.monotonic() >= budget[0]:
        raise BudgetExceeded(f"took longer than {budget[1]:g} s")


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
    if seconds <= 0:
        yield
        return
    thread = get_ident()
    outer = _budgets.get(thread)
    # The deadline is an absolute clock value: a budget too small to move it (1e-300) has passed before the
    # block starts, whatever the clock's resolution.  An enclosing budget that ends sooner still binds.
    deadline = time.monotonic() + seconds
    if outer is not None and outer[0] < deadline:
        deadline, seconds = outer
    _budgets[thread] = (deadline, seconds)
    try:
        with _alarm(max(deadline - time.monotonic(), 0.0), seconds):
            yield
    finally:
        if outer is None:
            del _budgets[thread]
        else:
            _budgets[thread] = outer


@contextmanager
def _alarm(delay: float, seconds: float) -> Iterator[None]:
    """The ``SIGALRM`` timer: interrupts any Python code, but only in the main thread (where it exists)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise BudgetExceeded(f"took longer than {seconds:g} s")

    try:
        previous = signal.signal(signal.SIGALRM, on_alarm)
    except ValueError:  # not the main thread: signals cannot be used here, the cooperative deadline only
        yield
        return
    started = time.monotonic()
    # never 0: a delay of 0 disarms the timer instead of firing it
    old_delay, _interval = signal.setitimer(signal.ITIMER_REAL, max(delay, 1e-6))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay > 0:  # someone else's timer was running: let it go on (late rather than never)
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 0.001))
