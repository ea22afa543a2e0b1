"""The components as JSON for scripts (schema: ``openwash/export/schema.json``)."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from openwash import __version__
from openwash.components import Release
from openwash.export import mof, osai
from openwash.safetext import json_log_safe

if TYPE_CHECKING:
    from openwash.engine import Result


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("openwash.export").joinpath("schema.json").read_text(encoding="utf-8"))


def document(release: Release, result: Result, today: dt.date | None = None) -> dict[str, Any]:
    ev = mof.evaluate(mof.document(release, result, today))
    entry = osai.entry(release, result)
    return {
        "tool": {"name": "openwash", "version": __version__},
        "release": {
            "name": release.name, "producer": release.producer, "version": release.version,
            "is_model_release": result.is_model_release, "model_card": release.model_card,
            "base_models": [p.as_json() for p in release.base_models],
            "gated": release.gated.as_json() if release.gated else None,
        },
        "mof": ev.as_json(),
        "components": [c.as_json() for c in release.components],
        "osai": {ref: entry[ref] for _g, ref, _n in osai.PARAMETERS},
        "eval_results": release.eval_results,
    }


def render(release: Release, result: Result, today: dt.date | None = None) -> str:
    return json_log_safe(json.dumps(document(release, result, today), indent=2, ensure_ascii=False)) + "\n"
