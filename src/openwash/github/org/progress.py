"""Progress of a sweep on stderr: a bar on a terminal, a line every 10% otherwise."""

from __future__ import annotations

import time
from typing import TextIO

from openwash.safetext import printable


class Progress:
    """A progress bar on a terminal, plain lines (every 10%) otherwise; messages never garble the bar."""

    def __init__(self, stream: TextIO, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled
        self.tty = enabled and hasattr(stream, "isatty") and stream.isatty()
        self.total = 0
        self.done = 0
        self._last_step = 0
        self._drawn = False
        self.started = time.monotonic()

    def start(self, total: int, note: str = "") -> None:
        self.total = total
        self.started = time.monotonic()
        if self.enabled and not self.tty:
            self.stream.write(f"openwash: checking {total} repositories{note}\n")
            self.stream.flush()

    def message(self, text: str) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self._drawn = False
        self.stream.write(printable(f"openwash: {text}") + "\n")
        self.stream.flush()
        self._draw("")

    def advance(self, name: str = "") -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.tty:
            self._draw(name)
            return
        step = (self.done * 10) // max(self.total, 1)
        if step > self._last_step:
            self._last_step = step
            self.stream.write(f"openwash: {self.done}/{self.total} repositories checked\n")
            self.stream.flush()

    def _draw(self, name: str) -> None:
        if not self.tty or not self.total:
            return
        width = 30
        filled = int(width * self.done / self.total)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        label = name[:40]
        self.stream.write(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"{rate:.1f}/s {label}")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False
