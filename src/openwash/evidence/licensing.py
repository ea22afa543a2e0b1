"""License evidence: which license covers the code, the weights and the data, and where it is said.

Sources, each with the component it covers:

* license files — LICENSE/COPYING (the whole repository), LICENSE-CODE (code), LICENSE-MODEL,
  MODEL_LICENSE, WEIGHT*_LICENSE (weights), DATA_LICENSE (data); a license beside a model card in a
  subfolder covers that model; extra root license files holding a model license (e.g. "Tongyi Qianwen
  LICENSE AGREEMENT") cover the weights; copies of other projects' licenses elsewhere cover nothing here.
  A LICENSE that only points elsewhere is followed to the license files the pointed-to README links.
* model-card front matter — ``license`` (Hugging Face ids mapped), ``license_name``/``license_link`` for
  ``other``; dataset cards' licenses cover data.
* package metadata — pyproject.toml ``project.license`` and license classifiers (the code).
* README prose — sentences in a License section or saying "licensed/released under", which say which
  component they cover ("code ... MIT", "model weights ... CC BY-NC 4.0").
* badges — shields.io license badges (label/message in the image URL or alt text).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from openwash import lazyre, licenses
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.data import is_dataset_card
from openwash.evidence.links import resolve_relative, sentence_of
from openwash.evidence.types import LicenseSource
from openwash.vocabulary import CARD_ROLES

LICENSE_HEADING_RE = lazyre.compile(r"licen[cs]|许可|协议|ライセンス|licencia|lizenz|terms of use|使用条款", re.I)
WEIGHTS_WORDS_RE = lazyre.compile(r"\b(?:weights?|models?|checkpoints?|parameters|params|delta|weight diff)\b|权重|模型|"
                                  r"重み|モデル|パラメータ", re.I)
CODE_WORDS_RE = lazyre.compile(r"\b(?:code|source code|codebase|scripts?|software|implementation|library)\b|代码|源码|"
                               r"コード|ソースコード", re.I)
REPO_WORDS_RE = lazyre.compile(r"\b(?:this (?:repo(?:sitory)?|project|work)|everything|all (?:files|content))\b", re.I)
DATA_WORDS_RE = lazyre.compile(r"\b(?:data|datasets?|corpus)\b|数据|データ", re.I)
# (these three are read in lower-cased text: without IGNORECASE, whose compiling costs every hook run more)
LICENSE_VERB_RE = lazyre.compile(r"\blicen[cs]ed?\b|\breleased? under\b|\bavailable under\b|\bdistributed under\b|"
                             r"\bgoverned by\b|\bsubject to\b|\bused under\b|\bunder (?:the|a|an) [^.]{0,60}licen[cs]e|"
                             r"许可|协议|授权|采用|遵循|遵守|依照|ライセンス|許諾", by_alternative=True)
LICENSE_WORD_RE = lazyre.compile(r"licen[cs]|许可|协议|ライセンス|許諾")
# "The weights are released under CC-BY-NC-4.0": a license named for the weights or the data needs no "license".
COMPONENT_VERB_RE = lazyre.compile(r"\b(?:released|available|distributed|licen[cs]ed|provided|shared|published)\s+"
                                   r"(?:\w+\s+){0,3}under\b|采用|遵循|依照|の下で|に基づ", by_alternative=True)
# Licensing in the future or on a condition ("after 2 years the code becomes Apache-2.0") is not the license now.
FUTURE_RE = lazyre.compile(r"\bafter \w+ (?:years?|months?)\b|\bbecomes?\b|\bchange (?:license|date)\b|\beventually\b|"
                       r"\bfuture license\b|\bwill be (?:re)?licen[cs]ed\b|\bconverts?\b|\bprevious(?:ly)?\b|\bformerly\b",
                       re.I)
OTHER_PARTY_RE = lazyre.compile(r"\b(?:third[- ]party|dependenc\w*|upstream|vendored|we (?:use|build on)|built on top of)\b",
                            re.I)
BADGE_RE = lazyre.compile(r"(?:img\.shields\.io|badgen\.net|shields\.io)/badge/([^?#]+)", re.I)
MODEL_LICENSE_KEYS = frozenset({"commons-clause", "fair-core", "rsal"})  # custom keys that are *software* licenses


def _file_component(path: str, lic_ids: list[licenses.License], card_dirs: set[str], main: bool) -> str:
    name = path.rsplit("/", 1)[-1].upper()
    if re.search(r"MODEL|WEIGHT|CHECKPOINT", name):
        return "weights"
    if "DATA" in name:
        return "data"
    if "CODE" in name or "SOFTWARE" in name:
        return "code"
    if "/" in path:
        return "weights" if path.rsplit("/", 1)[0] in card_dirs else "other"
    if not main and any(lic.id.startswith(licenses.PREFIX) and lic.id[len(licenses.PREFIX):] not in MODEL_LICENSE_KEYS
                        for lic in lic_ids):
        return "weights"
    if not main and not re.fullmatch(r"(?:LICEN[CS]E|COPYING)(?:[-_.](?:APACHE[-_.]?2?|MIT|BSD|GPL|LGPL|AGPL|MPL|"
                                     r"ISC|ZLIB|UNLICENSE|CC0|CC-BY)[\w.-]*)?(?:\.(?:TXT|MD|RST))?", name):
        return "other"  # COPYING.protobuf, THIRD_PARTY_LICENSES ...: a bundled component's license
    return "repo"


def _main_license_file(docs: list[Document]) -> str | None:
    names = sorted((d.path for d in docs if d.role == "license" and "/" not in d.path),
                   # the name in upper case, not IGNORECASE: its S and C classes would compile a 64 K-entry table
                   key=lambda p: (not re.fullmatch(r"(?:LICEN[CS]E|COPYING)(?:\.\w+)?", p.upper()), len(p)))
    return names[0] if names else None


def find_licenses(docs: list[Document], repo: Repository | None = None) -> list[LicenseSource]:
    out: list[LicenseSource] = []
    card_dirs = {d.path.rsplit("/", 1)[0] for d in docs if d.role == "model_card" and "/" in d.path}
    main = _main_license_file(docs)
    by_path = {d.path: d for d in docs}
    for doc in docs:
        if doc.role == "license":
            out.extend(_from_license_file(doc, docs, by_path, card_dirs, doc.path == main, repo))
        elif doc.role == "package":
            out.extend(_from_package(doc))
    for doc in docs:
        if doc.front_matter is not None:
            out.extend(_from_front_matter(doc, by_path, out))
        if doc.role in CARD_ROLES:
            out.extend(_from_prose(doc))
    return _dedupe(out)


def _dedupe(sources: list[LicenseSource]) -> list[LicenseSource]:
    seen: set[tuple[str, str, str, int]] = set()
    out = []
    for s in sources:
        key = (s.license.id, s.component, s.file, s.line)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _identify_file(path: str, text: str) -> list[licenses.License]:
    """The license(s) of a license file; an unrecognized text becomes a custom license classified by its clauses."""
    found = licenses.identify_text(text)
    if found or not text.strip():
        return found
    category = licenses.classify_clauses(text)
    title = next((ln.strip(" #*") for ln in text.splitlines() if ln.strip()), path)[:80]
    # Two different texts never get the same id or the same name: the id carries a digest of the text, and so
    # does the name when the title says nothing but "license" ("LICENSE AGREEMENT", "Terms of Use").
    import hashlib  # here: only a text no table recognizes needs it (OpenSSL's hashes cost the hook ~3 ms)

    digest = hashlib.sha256(licenses.normalize(text[:licenses.MAX_TEXT]).encode()).hexdigest()[:8]
    generic = not re.sub(r"(?i)\b(?:the|licen[cs]e|agreement|terms|of|use|version|v?\d+(?:\.\d+)*|copyright|"
                         r"and|conditions|model|software)\b|模型|许可|协议|条款|ライセンス|契約|規約|モデル|[^\w]+", "", title)
    name = f"custom license '{title}' ({path}{', text ' + digest if generic else ''})"
    return [licenses.License(f"LicenseRef-custom-{re.sub(r'[^A-Za-z0-9.-]+', '-', path).strip('-')}-{digest}",
                             name, category)]


def _from_license_file(doc: Document, docs: list[Document], by_path: dict[str, Document], card_dirs: set[str],
                       main: bool, repo: Repository | None) -> list[LicenseSource]:
    text = doc.text
    found = licenses.identify_text(text)
    if not found and licenses.is_pointer(text):
        return _follow_pointer(doc, docs, by_path, repo)
    component = _file_component(doc.path, found, card_dirs, main)
    found = found or _identify_file(doc.path, text)
    return [LicenseSource(lic, component, doc.path, 1, "text") for lic in found]


def _follow_pointer(doc: Document, docs: list[Document], by_path: dict[str, Document],
                    repo: Repository | None) -> list[LicenseSource]:
    """A LICENSE that only says where the license is: use the license files the pointed-to page links."""
    target = doc.text.strip().split()[-1]
    readme = None
    rel = resolve_relative(repo, doc.path, target) if repo is not None else None
    if rel and rel in by_path:
        readme = by_path[rel]
    elif re.search(r"readme", target, re.I):
        readme = next((d for d in docs if d.role == "readme" and "/" not in d.path), None)
    if readme is None:
        return []
    out = []
    for link in readme.links:
        rel_link = resolve_relative(repo, readme.path, link.url) if repo is not None else None
        if rel_link and rel_link in by_path and by_path[rel_link].role == "license" and rel_link != doc.path:
            for lic in _identify_file(rel_link, by_path[rel_link].text):
                out.append(LicenseSource(lic, "repo", doc.path, 1, "reference"))
    return out


def _from_package(doc: Document) -> list[LicenseSource]:
    data = _toml(doc.text)
    out: list[LicenseSource] = []
    project = data.get("project", {}) if isinstance(data, dict) else {}
    poetry = data.get("tool", {}).get("poetry", {}) if isinstance(data.get("tool"), dict) else {}
    value = project.get("license") if isinstance(project, dict) else None
    if value is None and isinstance(poetry, dict):
        value = poetry.get("license")
    text = value.get("text") if isinstance(value, dict) else value
    if isinstance(text, str) and text.strip():
        lic = licenses.lookup(text) if len(text) < 100 else (licenses.identify_text(text) or [licenses.UNKNOWN])[0]
        out.append(LicenseSource(lic, "code", doc.path, _line_of(doc.text, r"^\s*license\s*="), "package"))
    classifiers = project.get("classifiers", []) if isinstance(project, dict) else []
    for c in classifiers if isinstance(classifiers, list) else []:
        if isinstance(c, str) and c.startswith("License ::"):
            lic = licenses.identify_name(c.split("::")[-1])
            if lic is not None and not any(s.license.id == lic.id for s in out):
                out.append(LicenseSource(lic, "code", doc.path, _line_of(doc.text, re.escape(c)), "package"))
    return out


def _toml(text: str) -> dict:
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ModuleNotFoundError:
            m = re.search(r'^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?"([^"]+)"', text, re.M)
            return {"project": {"license": m.group(1)}} if m else {}
    try:
        return tomllib.loads(text)
    except (ValueError, TypeError):
        return {}


def _line_of(text: str, pattern: str) -> int:
    m = re.search(pattern, text, re.M)
    return text[: m.start()].count("\n") + 1 if m else 1


def _from_front_matter(doc: Document, by_path: dict[str, Document], so_far: list[LicenseSource]) -> list[LicenseSource]:
    fm = doc.front_matter
    assert fm is not None
    value = fm.get_str("license")
    values = fm.get_list("license") if value is None else [value]
    if not values:
        return []
    component = "data" if is_dataset_card(doc) else "weights"
    out = []
    for v in values:
        low = v.strip().lower()
        if low == "other":
            lic = _other_license(doc, by_path)
        else:
            lic = licenses.lookup(v)
            if lic.id.endswith(("-bsd", "-cc", "-gpl", "-lgpl")) or lic.category == "unknown":
                # A family id ("bsd", "cc") or an unknown one: the LICENSE text, when it is of the family, says which.
                resolved = [s.license for s in so_far if s.how == "text" and s.component in ("repo", "weights")
                            and s.license.id.lower().startswith(low.split("-")[0])]
                if resolved:
                    lic = resolved[0]
        out.append(LicenseSource(lic, component, doc.path, fm.line_of("license"), "front_matter"))
    return out


def _other_license(doc: Document, by_path: dict[str, Document]) -> licenses.License:
    """`license: other`: the text behind license_link when it is in the tree, else what license_name says."""
    fm = doc.front_matter
    assert fm is not None
    name = (fm.get_str("license_name") or "").strip()
    link = (fm.get_str("license_link") or "").strip()
    linked: list[licenses.License] = []
    if link:
        base = doc.path.rsplit("/", 1)[0] + "/" if "/" in doc.path else ""
        target = by_path.get(base + link.lstrip("./")) or by_path.get(link.lstrip("./"))
        if target is not None and target.role == "license":
            found = licenses.identify_text(target.text)
            if found:
                return found[0]
            linked = _identify_file(target.path, target.text)
    if name:
        lic = licenses.identify_name(name) or licenses.identify_name(name.replace("-", " "))
        if lic is not None:
            return lic
    if linked and linked[0].category != "unknown":
        return linked[0]  # the license text in the tree, by its title and file (license_name is only a slug)
    if name:
        return licenses.License(f"LicenseRef-{re.sub(r'[^A-Za-z0-9.-]+', '-', name)}", name,
                                _category_from_name(name))
    return linked[0] if linked else licenses.License("LicenseRef-other", "other (unnamed custom license)", "unknown")


def _category_from_name(name: str) -> str:
    n = name.lower()
    if re.search(r"non-?commercial|research|\bnc\b|academic", n):
        return "non-commercial"
    if re.search(r"community|rail|responsible|acceptable", n):
        return "restricted"
    if re.search(r"source-?available|business-?source", n):
        return "source-available"
    return "unknown"


def _component_of_sentence(sentence: str) -> str:
    weights = bool(WEIGHTS_WORDS_RE.search(sentence))
    code = bool(CODE_WORDS_RE.search(sentence))
    data = bool(DATA_WORDS_RE.search(sentence)) and not weights and not code
    if data and not re.search(r"\bcode\b", sentence, re.I):
        return "data"
    if weights and code:
        return "repo"
    if weights:
        return "weights"
    if code:
        return "code"
    return "repo"


CLAUSE_SPLIT_RE = lazyre.compile(r"[,;，；、]\s*|\s+(?:and|while|whereas)\s+|而")


def _clause_licenses(sentence: str) -> list[tuple[licenses.License, str]]:
    """(license, component) per clause, when the clauses of a sentence name different parts; else []."""
    out: list[tuple[licenses.License, str]] = []
    parts = [p for p in CLAUSE_SPLIT_RE.split(sentence) if p and p.strip()]
    if len(parts) < 2:
        return []
    comps = set()
    for part in parts:
        named = licenses.identify_names(part)
        if not named:
            continue
        comp = _component_of_sentence(part)
        comps.add(comp)
        out.extend((lic, comp) for lic in named[:2])
    if len(comps) < 2 or ("repo" in comps and len(comps) == 1):
        return []
    return out


def _speaks_of_weights(sentence: str) -> bool:
    return bool(WEIGHTS_WORDS_RE.search(sentence))


def _speaks_of_any(sentence: str) -> bool:
    return bool(WEIGHTS_WORDS_RE.search(sentence) or CODE_WORDS_RE.search(sentence) or DATA_WORDS_RE.search(sentence))


def _split_sentences(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for m in re.finditer(r"(?<=[.!?;。；])\s+|。", text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


def _from_prose(doc: Document) -> list[LicenseSource]:
    out: list[LicenseSource] = []
    # What "this repository"/"the model" means depends on the document: a dataset card speaks of its data,
    # a model card in a subfolder of that model.
    default = "data" if is_dataset_card(doc) else ("weights" if "/" in doc.path and doc.role == "model_card" else "")
    for block in doc.blocks[:2000]:
        in_section = bool(LICENSE_HEADING_RE.search(block.heading or "")) and block.kind != "heading"
        if block.kind == "alt_text":
            if re.search(r"licen[cs]e", block.text, re.I):
                for lic in licenses.identify_names(block.text.split(":", 1)[-1])[:2]:
                    out.append(LicenseSource(lic, _badge_component(block.text), doc.path, block.line, "badge"))
            continue
        if block.kind == "table_cell" and not in_section:
            continue
        if len(block.text) > 4000:
            continue
        block_low = block.text.lower()
        if not in_section and not (LICENSE_WORD_RE.search(block_low) or COMPONENT_VERB_RE.search(block_low)):
            # no sentence of it can license anything: each needs one of these (or a sentence before it in
            # the same block that did), and a match in a sentence is a match in its block
            continue
        carried = ""  # the component a licensing sentence spoke of, for the next sentence that names the license
        for start, sentence in _split_sentences(block.text):
            sentence_low = sentence.lower()
            licensing = bool(LICENSE_VERB_RE.search(sentence_low) and LICENSE_WORD_RE.search(sentence_low))
            if not (in_section or licensing or carried or COMPONENT_VERB_RE.search(sentence_low)):
                continue
            about = _component_of_sentence(sentence)
            named_for_part = bool(COMPONENT_VERB_RE.search(sentence_low)) and about in ("weights", "data")
            if not (in_section or licensing or named_for_part or carried):
                continue
            if OTHER_PARTY_RE.search(sentence) or FUTURE_RE.search(sentence):
                carried = ""
                continue
            found = licenses.identify_names(sentence)
            if not found:
                # "Our model weights and code are licensed for commercial use. The X License can be found at ..."
                carried = about if licensing and _speaks_of_any(sentence) else ""
                if carried == "repo" and _speaks_of_weights(sentence) and CODE_WORDS_RE.search(sentence):
                    carried = "weights+code"
                continue
            component = about
            if not _speaks_of_any(sentence) and carried:
                component = carried
            carried = ""
            if default and component in ("repo", "weights+code"):
                components = [default]  # a dataset card, or a model card in a subfolder: its own subject
            elif component == "weights+code" or (
                    component == "repo" and _speaks_of_weights(sentence) and CODE_WORDS_RE.search(sentence)):
                # About the weights and the code: it names the weights license; for the code the
                # repository-wide sources (the LICENSE text first) still decide.
                components = ["weights", "repo"]
            else:
                components = [component]
            line = block.position(start).line
            clauses = _clause_licenses(sentence) if len(found) > 1 else []
            if clauses:
                # "the code is under Apache-2.0, the weights under the X License": each clause says its part
                for lic, comp in clauses:
                    comp = default if comp == "repo" and default else comp
                    out.append(LicenseSource(lic, comp, doc.path, line, "prose"))
                continue
            for lic in found[:3]:
                for comp in components:
                    out.append(LicenseSource(lic, comp, doc.path, line, "prose"))
    for link in doc.links:
        m = BADGE_RE.search(link.url)
        if not m:
            continue
        parts = _badge_parts(m.group(1))
        if parts is None or not re.search(r"licen[cs]e", parts[0], re.I):
            continue
        lic = licenses.identify_name(parts[1])
        if lic is not None:
            out.append(LicenseSource(lic, _badge_component(parts[0] + " " + sentence_of(link)), doc.path, link.line,
                                     "badge"))
    return out


def _badge_component(label: str) -> str:
    if re.search(r"model|weight", label, re.I):
        return "weights"
    if re.search(r"code", label, re.I):
        return "code"
    if re.search(r"data", label, re.I):
        return "data"
    return "repo"


def _badge_parts(path: str) -> tuple[str, str] | None:
    """shields.io /badge/<label>-<message>-<color> (with -- for a dash and _ for a space)."""
    raw = unquote(path.split("/")[0])
    raw = raw.replace("--", "\0").replace("__", "\1")
    pieces = raw.split("-")
    if len(pieces) < 2:
        return None
    fix = [p.replace("\0", "-").replace("\1", "_").replace("_", " ") for p in pieces]
    if len(fix) == 2:
        return fix[0], fix[1]
    return fix[0], "-".join(fix[1:-1])
