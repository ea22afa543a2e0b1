"""License evidence: which license covers the code, the weights and the data, and where it is said."""

from __future__ import annotations

import re

from openwash import licenses
from openwash.documents import Document
from openwash.evidence.types import LicenseSource

LICENSE_HEADING_RE = re.compile(r"licen[cs]e|许可|协议|ライセンス|licencia", re.I)
WEIGHTS_WORDS_RE = re.compile(r"\b(?:weights?|model|models|checkpoints?|parameters)\b|权重|模型", re.I)
CODE_WORDS_RE = re.compile(r"\b(?:code|source code|repository|codebase|scripts?)\b|代码", re.I)
DATA_WORDS_RE = re.compile(r"\b(?:data|dataset|datasets)\b|数据", re.I)


def component_of_file(path: str, role: str) -> str:
    name = path.rsplit("/", 1)[-1].upper()
    if re.search(r"MODEL|WEIGHT", name) or role == "use_policy":
        return "weights"
    if "DATA" in name:
        return "data"
    if "CODE" in name:
        return "code"
    if "/" in path:
        return "weights"  # a license beside a model card in a subfolder covers that model
    return "repo"


def find_licenses(docs: list[Document]) -> list[LicenseSource]:
    out: list[LicenseSource] = []
    for doc in docs:
        if doc.role in ("license", "use_policy"):
            if doc.role == "use_policy":
                continue
            found = licenses.identify_text(doc.text)
            component = component_of_file(doc.path, doc.role)
            for lic in found:
                out.append(LicenseSource(lic, component, doc.path, 1, "text"))
            if not found and doc.text.strip():
                out.append(LicenseSource(licenses.License("LicenseRef-unrecognized", f"unrecognized text in {doc.path}",
                                                          "unknown"), component, doc.path, 1, "text"))
            continue
        if doc.role == "package":
            m = re.search(r'^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?"([^"]+)"', doc.text, re.M)
            if m:
                lic = licenses.identify_name(m.group(1)) or licenses.lookup(m.group(1))
                line = doc.text[: m.start()].count("\n") + 1
                out.append(LicenseSource(lic, "code", doc.path, line, "package"))
            continue
        fm = doc.front_matter
        if fm is not None and fm.get_str("license"):
            value = fm.get_str("license") or ""
            if value.lower() == "other":
                name = fm.get_str("license_name") or ""
                lic = licenses.identify_name(name.replace("-", " ")) if name else None
                lic = lic or licenses.License(f"LicenseRef-{name or 'other'}", name or "other", "unknown")
            else:
                lic = licenses.lookup(value)
            out.append(LicenseSource(lic, "weights", doc.path, fm.line_of("license"), "front_matter"))
        if doc.role not in ("readme", "model_card"):
            continue
        for block in doc.blocks:
            in_license_section = bool(LICENSE_HEADING_RE.search(block.heading)) and block.kind != "heading"
            is_badge = block.kind == "alt_text" and re.search(r"licen[cs]e", block.text, re.I)
            if not (in_license_section or is_badge):
                continue
            lic = licenses.identify_name(block.text)
            if lic is None:
                continue
            component = "repo"
            if WEIGHTS_WORDS_RE.search(block.text) and not CODE_WORDS_RE.search(block.text):
                component = "weights"
            elif CODE_WORDS_RE.search(block.text) and not WEIGHTS_WORDS_RE.search(block.text):
                component = "code"
            out.append(LicenseSource(lic, component, doc.path, block.line, "badge" if is_badge else "prose"))
    return out
