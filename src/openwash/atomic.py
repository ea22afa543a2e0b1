"""Atomic file writes: readers never see a half-written report, cache entry or SARIF file."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

# tempfile and secrets are imported where a file is written: the pre-commit hook writes none, and they
# (with hashlib's OpenSSL set-up behind secrets) cost it ~10 ms of start-up.


def write_atomic(path: Path | str, data: bytes | str, *, public: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory and a rename.

    A private file (caches, checkpoints) is created ``0600``.  A ``public`` one (reports, SARIF) gets the
    permissions an ordinary ``open(path, "w")`` would give it: those of the file it replaces, else
    ``0666`` less the process umask (``0644`` under umask 022)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if public:
        fd, tmp = _create_public(path, directory)
    else:
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _create_public(path: Path, directory: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``, created with mode 0666 (the kernel applies the umask, exactly
    as for ``open``), or with the mode of the regular file it will replace."""
    import secrets

    for _ in range(100):
        tmp = str(directory / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        try:
            old = os.stat(path)
        except OSError:
            return fd, tmp
        if stat.S_ISREG(old.st_mode):
            with contextlib.suppress(OSError):
                os.fchmod(fd, stat.S_IMODE(old.st_mode) & 0o777)
        return fd, tmp
    raise FileExistsError(f"no free temporary name beside {path}")
