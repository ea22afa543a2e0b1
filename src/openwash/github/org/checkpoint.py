"""The checkpoint of a sweep: one JSON line per finished repository, so that ``--resume`` continues an
interrupted sweep where it stopped.  Shared by ``openwash org`` and ``openwash hf`` (outcomes in their JSON
form)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openwash import __version__
from openwash.atomic import write_atomic
from openwash.github.org.model import utc_now


class Checkpoint:
    """One JSON line per finished repository, so that an interrupted sweep can continue (``--resume``)."""

    def __init__(self, path: Path | None, key: str, say: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.key = key
        self._fh: Any = None
        self.say = say or (lambda _msg: None)

    def load(self) -> dict[str, dict[str, Any]]:
        done: dict[str, dict[str, Any]] = {}
        if self.path is None or not self.path.is_file():
            return done
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return done
        if not lines:
            return done
        try:
            header = json.loads(lines[0])
        except ValueError:
            return done
        if not isinstance(header, dict) or header.get("key") != self.key:
            return done
        for line in lines[1:]:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut short by the interruption
            if isinstance(row, dict) and isinstance(row.get("outcome"), dict):
                out = row["outcome"]
                done[str(out.get("repository", "")).lower()] = out
        return done

    def open(self, keep: dict[str, dict[str, Any]]) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lines = [json.dumps({"key": self.key, "version": __version__, "started": utc_now()})]
            lines += [json.dumps({"outcome": o}, ensure_ascii=False) for o in keep.values()]
            write_atomic(self.path, ("\n".join(lines) + "\n").encode("utf-8"))
            self._fh = self.path.open("a", encoding="utf-8")
        except OSError as exc:
            self._fh = None
            self.say(f"cannot write the checkpoint {self.path} ({exc.strerror or exc}); --resume will not be "
                     "able to continue this sweep")

    def record(self, outcome: dict[str, Any]) -> None:
        if self._fh is not None:
            try:
                self._fh.write(json.dumps({"outcome": outcome}, ensure_ascii=False) + "\n")
                self._fh.flush()
            except OSError as exc:  # a full disk ends the checkpoint, never the sweep
                self.close()
                self.say(f"cannot write the checkpoint {self.path} ({exc.strerror or exc}); --resume will not "
                         "be able to continue this sweep")

    def close(self) -> None:
        if self._fh is not None:
            fh, self._fh = self._fh, None
            with contextlib.suppress(OSError):
                fh.close()

    def remove(self) -> None:
        self.close()
        if self.path is not None:
            with contextlib.suppress(OSError):
                self.path.unlink()

