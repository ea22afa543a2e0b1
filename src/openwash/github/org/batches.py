"""The sweep's GraphQL batches: repositories waiting for blobs (their policy file, their documents in scope)
are gathered so that one query fetches up to ``BATCH_MAX_REPOS`` repositories, ``BATCH_MAX_OBJECTS`` blobs
and ``BATCH_MAX_BYTES`` bytes (:func:`openwash.github.fetch.fetch_blobs`); a partly filled batch waits at
most ``BATCH_MAX_DELAY`` seconds for more."""

from __future__ import annotations

import time
from typing import Generic, Protocol, TypeVar

from openwash.github.fetch import BATCH_MAX_BYTES, BATCH_MAX_OBJECTS, BATCH_MAX_REPOS

BATCH_MAX_DELAY = 0.5  # seconds a partly filled GraphQL batch waits for more repositories


class Waiting(Protocol):
    want_commit: bool  # the batch also asks for the repository's head commit


W = TypeVar("W", bound=Waiting)


class BatchQueue(Generic[W]):
    """The batch being filled: full name -> (the repository's work, the blob shas it waits for)."""

    def __init__(self) -> None:
        self.pending: dict[str, tuple[W, list[str]]] = {}
        self.bytes = 0
        self.since = 0.0  # when the batch being filled was started (or last taken from)
        self.sizes: dict[str, int] = {}  # sha -> size, of every blob asked for

    def __bool__(self) -> bool:
        return bool(self.pending)

    def add(self, full_name: str, work: W, shas: list[str]) -> None:
        if not self.pending:
            self.since = time.monotonic()
        _, have = self.pending.get(full_name, (work, []))
        self.pending[full_name] = (work, have + shas)
        self.bytes += sum(self.sizes.get(s, 0) for s in shas)

    def full(self) -> bool:
        objects = sum(len(shas) for _, shas in self.pending.values())
        return objects >= BATCH_MAX_OBJECTS or self.bytes >= BATCH_MAX_BYTES or len(self.pending) >= BATCH_MAX_REPOS

    def due(self, more_coming: bool) -> bool:
        """Send now: the batch is full, nothing more is coming (no trees left to fetch), or it waited enough."""
        return bool(self.pending) and (self.full() or not more_coming
                                       or time.monotonic() - self.since >= BATCH_MAX_DELAY)

    def wait_left(self) -> float:
        """Seconds until a partly filled batch is due."""
        return self.since + BATCH_MAX_DELAY - time.monotonic()

    def take(self) -> tuple[dict[str, list[str]], set[str], list[W]]:
        """The next batch, within the bounds: (full name -> shas, full names whose commit is wanted, works)."""
        batch: dict[str, list[str]] = {}
        want: set[str] = set()
        works: list[W] = []
        objects = 0
        size = 0
        self.since = time.monotonic()
        for full in list(self.pending):
            w, shas = self.pending[full]
            extra = sum(self.sizes.get(s, 0) for s in shas)
            if batch and (objects + len(shas) > BATCH_MAX_OBJECTS or size + extra > BATCH_MAX_BYTES
                          or len(batch) >= BATCH_MAX_REPOS):
                break
            del self.pending[full]
            batch[full] = shas
            if w.want_commit:
                want.add(full)
            works.append(w)
            objects += len(shas)
            size += extra
            self.bytes -= extra
        return batch, want, works
