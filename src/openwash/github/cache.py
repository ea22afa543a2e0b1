"""An on-disk cache for the GitHub API: conditional-request entries (ETag + value), content-addressed
blobs, per-repository state and results.

Location: ``$OPENWASH_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/openwash`` (``~/.cache/openwash``).  The
entries live in one SQLite database (``github/cache.sqlite3``): writes are transactions, so a crash, a full
disk or a parallel run never leaves a half-written entry, and a sweep of a thousand repositories does not
create thousands of small files.  An entry that cannot be read back (edited by hand, written by an
incompatible version) is deleted with a notice and treated as a miss; a database file that is not a
database is set aside (renamed ``*.corrupt``) with a notice and the cache starts afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openwash.cachedir import cache_dir  # noqa: F401  (re-exported: the sweeps import it from here)

SCHEMA = 1
COMMIT_EVERY = 2.0  # seconds between commits while a sweep runs (and at close)


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class DiskCache:
    """JSON values by ``(kind, key)`` in ``root/cache.sqlite3``; thread-safe.

    ``notice`` receives one line when something corrupt is discarded.  With ``root=None`` (or when the
    database cannot be opened) values live in memory for the run only."""

    def __init__(self, root: Path | None, notice: Callable[[str], None] | None = None) -> None:
        self.root = root
        self.notice = notice or (lambda _msg: None)
        self._memory: dict[tuple[str, str], Any] = {}
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._dirty = False
        self._last_commit = time.monotonic()
        self.discarded = 0
        if root is not None:
            self._open(root / "cache.sqlite3")

    @property
    def path(self) -> Path | None:
        return self.root / "cache.sqlite3" if self.root is not None else None

    def _open(self, path: Path, retry: bool = True) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL, "
                       "value TEXT NOT NULL, PRIMARY KEY (kind, key))")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is None:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            elif row[0] != str(SCHEMA):
                db.execute("DELETE FROM entries")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            db.execute("BEGIN")
            self._db = db
        except sqlite3.DatabaseError as exc:
            if retry and path.exists():
                self.notice(f"the cache {path} is corrupt ({exc}); setting it aside and starting a new one")
                self.discarded += 1
                with contextlib.suppress(OSError):
                    os.replace(path, path.with_name(path.name + ".corrupt"))
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        os.unlink(str(path) + suffix)
                self._open(path, retry=False)
                return
            self.notice(f"cannot use the cache {path} ({exc}); continuing without it")
            self._db = None
        except OSError as exc:
            self.notice(f"cannot use the cache in {path.parent} ({exc.strerror}); continuing without it")
            self._db = None

    def get(self, kind: str, key: str) -> Any | None:
        with self._lock:
            if (kind, key) in self._memory:
                return self._memory[(kind, key)]
            if self._db is None:
                return None
            try:
                row = self._db.execute("SELECT value FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone()
            except sqlite3.DatabaseError as exc:
                self._fail(exc)
                return None
            if row is None:
                return None
            try:
                value = json.loads(row[0])
                if not isinstance(value, dict) or "v" not in value:
                    raise ValueError("not an openwash cache entry")
            except ValueError:
                self.discarded += 1
                self.notice(f"cache entry {kind}/{key[:12]} is corrupt; discarding it")
                self._execute("DELETE FROM entries WHERE kind = ? AND key = ?", (kind, key))
                return None
            return value["v"]

    def put(self, kind: str, key: str, value: Any) -> None:
        with self._lock:
            if self._db is None:
                self._memory[(kind, key)] = value
                return
            text = json.dumps({"v": value}, ensure_ascii=False, separators=(",", ":"))
            self._execute("INSERT OR REPLACE INTO entries (kind, key, value) VALUES (?, ?, ?)", (kind, key, text))
            self._dirty = True
            if time.monotonic() - self._last_commit > COMMIT_EVERY:
                self.commit()

    def delete(self, kind: str, key: str) -> None:
        with self._lock:
            self._memory.pop((kind, key), None)
            self._execute("DELETE FROM entries WHERE kind = ? AND key = ?", (kind, key))

    def commit(self) -> None:
        """Make the entries written so far durable (done every few seconds and by :meth:`close`)."""
        with self._lock:
            self._last_commit = time.monotonic()
            if self._db is None or not self._dirty:
                return
            try:
                self._db.execute("COMMIT")
                self._db.execute("BEGIN")
                self._dirty = False
            except sqlite3.DatabaseError as exc:
                self._fail(exc)

    def close(self) -> None:
        with self._lock:
            self.commit()
            if self._db is not None:
                with contextlib.suppress(sqlite3.DatabaseError):
                    if self._db.in_transaction:
                        self._db.execute("COMMIT")
                    self._db.close()
                self._db = None

    def _execute(self, sql: str, args: tuple[Any, ...]) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(sql, args)
        except sqlite3.DatabaseError as exc:
            self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        self.notice(f"the cache stopped working ({exc}); continuing without it")
        with contextlib.suppress(sqlite3.DatabaseError):
            if self._db is not None:
                self._db.close()
        self._db = None
