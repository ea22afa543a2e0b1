"""``openwash export``: what of a release is open, component by component, in the formats others use.

* ``mof`` — a Model Openness Framework YAML with the class computed as the Model Openness Tool does
  (:mod:`openwash.export.mof`);
* ``osai`` — a European Open Source AI Index entry (:mod:`openwash.export.osai`);
* ``cyclonedx`` — a CycloneDX 1.6 ML-BOM (:mod:`openwash.export.cyclonedx`, needs ``openwash[cyclonedx]``);
* ``table`` — one row per component, for people (:mod:`openwash.export.table`);
* ``json`` — the same facts for scripts, valid under ``export/schema.json`` (:mod:`openwash.export.json_export`);
* ``badge`` — a shields.io endpoint JSON with the MOF class (:mod:`openwash.export.badge`).

Nothing here is imported by ``openwash check``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from openwash.components import build
from openwash.export import badge, cyclonedx, json_export, mof, osai, table

if TYPE_CHECKING:
    from openwash.engine import Result

FORMATS = ("mof", "osai", "cyclonedx", "table", "json", "badge")


def render(result: Result, fmt: str, *, today: dt.date | None = None, color: bool = False) -> str:
    release = build(result)
    if fmt == "mof":
        return mof.render(release, result, today)
    if fmt == "osai":
        return osai.render(release, result)
    if fmt == "cyclonedx":
        return cyclonedx.render(release, result)
    if fmt == "table":
        return table.render(release, result, today)
    if fmt == "json":
        return json_export.render(release, result, today)
    if fmt == "badge":
        return badge.render(release, result, today)
    raise ValueError(fmt)
