"""A package index on 127.0.0.1 for tests that install openwash the way a user's machine or a hosted
runner does (a fresh virtual environment, ``pip install`` resolving the dependencies from an index),
without the network.

The wheels are made from the distributions installed in the environment running the tests (their files
as listed in each ``RECORD``, with the ``WHEEL`` tags they were installed with), so the index holds
exactly openwash's dependency tree as resolved here, plus the build backend (setuptools, from the
``test`` extras) that pip's isolated build of openwash asks for.  It serves the PEP 503 simple API.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import threading
import zipfile
from http.server import BaseHTTPRequestHandler
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.markers import default_environment
from packaging.requirements import Requirement

from localserver import LocalServer


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dependency_closure(roots: list[str]) -> list[metadata.Distribution]:
    """The installed distributions that ``roots`` (requirement strings) need, transitively (extras only
    where named, markers evaluated for this interpreter)."""
    env = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, str]] = set()  # (distribution, extra or "") already expanded
    todo = [r for r in map(Requirement, roots) if r.marker is None or r.marker.evaluate({**env, "extra": ""})]
    while todo:
        req = todo.pop()
        key = normalize(req.name)
        dist = seen.get(key) or metadata.distribution(req.name)
        seen[key] = dist
        for extra in ["", *sorted(req.extras)]:
            if (key, extra) in done:
                continue
            done.add((key, extra))
            for raw in dist.requires or []:
                sub = Requirement(raw)
                if sub.marker is None:
                    if not extra:
                        todo.append(sub)
                elif sub.marker.evaluate({**env, "extra": extra}):
                    todo.append(sub)
    return list(seen.values())


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def repack(dist: metadata.Distribution, dest: Path) -> Path:
    """A wheel of an installed distribution, from the files its RECORD lists (scripts outside the
    installation folder and byte code are left out; pip makes the scripts again from entry_points.txt)."""
    name = dist.metadata["Name"]
    version = dist.version
    files = [f for f in (dist.files or []) if not str(f).startswith("..") and "__pycache__" not in str(f)
             and not str(f).endswith(".pyc")]
    info = next(str(f).split("/", 1)[0] for f in files if str(f).endswith(".dist-info/METADATA"))
    wheel_meta = dist.read_text("WHEEL") or "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    tags = [line.split(":", 1)[1].strip() for line in wheel_meta.splitlines() if line.startswith("Tag:")]
    tag = tags[0] if tags else "py3-none-any"
    filename = f"{re.sub(r'[-_.]+', '_', name)}-{version}-{tag}.whl"
    path = dest / filename
    rows: list[list[str]] = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in files:
            rel = str(f)
            if rel.startswith(info + "/") and rel.split("/", 1)[1] in ("RECORD", "INSTALLER", "REQUESTED",
                                                                        "direct_url.json"):
                continue
            located = Path(str(dist.locate_file(f)))
            if not located.is_file():
                continue
            data = located.read_bytes()
            zf.writestr(rel, data)
            rows.append([rel, _record_hash(data), str(len(data))])
        rows.append([f"{info}/RECORD", "", ""])
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        zf.writestr(f"{info}/RECORD", out.getvalue())
    return path


def build_wheelhouse(dest: Path, roots: list[str]) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    return [repack(d, dest) for d in dependency_closure(roots)]


class LocalIndex:
    """``with LocalIndex(wheelhouse) as index: ... PIP_INDEX_URL=index.url``; ``index.requests`` lists the
    paths asked for."""

    def __init__(self, wheelhouse: Path) -> None:
        self.wheelhouse = wheelhouse
        self.requests: list[str] = []
        self._server: LocalServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/simple/"

    def _projects(self) -> dict[str, list[Path]]:
        out: dict[str, list[Path]] = {}
        for wheel in sorted(self.wheelhouse.glob("*.whl")):
            out.setdefault(normalize(wheel.name.split("-", 1)[0]), []).append(wheel)
        return out

    def __enter__(self) -> LocalIndex:
        index = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                index.requests.append(self.path)
                projects = index._projects()
                parts = [p for p in self.path.split("?", 1)[0].split("/") if p]
                body: bytes | None = None
                ctype = "text/html"
                if parts == ["simple"]:
                    body = "".join(f'<a href="/simple/{p}/">{p}</a>\n' for p in projects).encode()
                elif len(parts) == 2 and parts[0] == "simple" and normalize(parts[1]) in projects:
                    links = []
                    for wheel in projects[normalize(parts[1])]:
                        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
                        links.append(f'<a href="/files/{wheel.name}#sha256={digest}">{wheel.name}</a>\n')
                    body = ("<!DOCTYPE html><html><body>\n" + "".join(links) + "</body></html>\n").encode()
                elif len(parts) == 2 and parts[0] == "files" and (index.wheelhouse / parts[1]).is_file():
                    body = (index.wheelhouse / parts[1]).read_bytes()
                    ctype = "application/octet-stream"
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = LocalServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
