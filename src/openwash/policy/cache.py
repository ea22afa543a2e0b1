"""The on-disk cache: fetched policy sources (with their ETag) and validation results.

Location: ``$OPENWASH_CACHE_DIR``, else ``$XDG_CACHE_HOME/openwash``, else
``~/.cache/openwash``.  Layout::

    sources/<sha256 of the source id>.entry  one JSON line of metadata (source, etag, sha256 of the
                                             body, fetched), a newline, then the fetched bytes
    validated/<sha256 of schema + content>   empty marker: this exact policy text passed the schema

Every write goes to a temporary file in the same directory and is renamed into
place, so a reader never sees half an entry (and metadata and body can never
come from two different writers).  An entry whose metadata cannot be read or
whose body does not match its recorded digest is deleted, with a notice.  A cache that cannot be written (read-only home, sandbox) is not an
error: openwash then simply works without it.

The :class:`Cache` class is generic (namespace + key -> bytes + metadata) so
other network users (the organization sweep's ETags) can share it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from openwash.atomic import write_atomic
from openwash.cachedir import cache_dir
from openwash.records import field, record


def digest(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@record
class Entry:
    body: bytes
    meta: dict[str, Any]

    @property
    def etag(self) -> str | None:
        value = self.meta.get("etag")
        return str(value) if value else None


@record
class Cache:
    root: Path = field(default_factory=cache_dir)
    notices: list[str] = field(default_factory=list)

    def _path(self, namespace: str, key: str) -> Path:
        return self.root / namespace / f"{digest(key)}.entry"

    def get(self, namespace: str, key: str) -> Entry | None:
        path = self._path(namespace, key)
        if not path.exists():
            return None
        try:
            header, sep, body = path.read_bytes().partition(b"\n")
            meta = json.loads(header.decode("utf-8"))
            if not sep or not isinstance(meta, dict) or meta.get("key") != key or meta.get("sha256") != digest(body):
                raise ValueError("digest mismatch")
        except (OSError, ValueError, UnicodeDecodeError):
            self.notices.append(f"discarded a corrupt cache entry for {key} ({path})")
            self.delete(namespace, key)
            return None
        return Entry(body, meta)

    def put(self, namespace: str, key: str, body: bytes, meta: dict[str, Any]) -> None:
        record = {**meta, "key": key, "sha256": digest(body)}
        header = json.dumps(record, sort_keys=True, ensure_ascii=True).encode("ascii")
        try:
            write_atomic(self._path(namespace, key), header + b"\n" + body)
        except OSError as exc:
            self.notices.append(f"could not write the cache at {self.root}: {exc.strerror or exc}")

    def touch(self, namespace: str, key: str, **meta: Any) -> None:
        """Update an entry's metadata (e.g. the time of a 304 revalidation)."""
        entry = self.get(namespace, key)
        if entry is not None:
            self.put(namespace, key, entry.body, {**entry.meta, **meta})

    def delete(self, namespace: str, key: str) -> None:
        with contextlib.suppress(OSError):
            self._path(namespace, key).unlink()

    # validation markers ------------------------------------------------------------------

    def _marker(self, key: str) -> Path:
        return self.root / "validated" / digest(key)

    def has_marker(self, key: str) -> bool:
        return self._marker(key).is_file()

    def set_marker(self, key: str) -> None:
        with contextlib.suppress(OSError):
            write_atomic(self._marker(key), b"")
