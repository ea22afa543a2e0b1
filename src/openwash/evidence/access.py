"""Access to the weights: released for anyone to download, or behind a gate.

A gate is anything that makes a user ask before downloading: a Hugging Face click-through or request form
(``gated:``, ``extra_gated_prompt``, ``extra_gated_fields``, ``extra_gated_heading`` ... in the card's front
matter), a geo-block (``extra_gated_eu_disallowed``), or README/card prose that says access must be
requested or approved ("request access", "fill out the access request form", "access is granted after
approval", "需申请", "申請が必要").  The OSI Open Source AI Definition needs weights usable without
asking permission; the European Open Source AI Index rates gated weights as partially open.
"""

from __future__ import annotations

import re

from openwash import lazyre
from openwash.documents import Document
from openwash.evidence.types import EvidenceItem
from openwash.vocabulary import CARD_ROLES

GATE_KEYS = ("gated", "extra_gated_prompt", "extra_gated_fields", "extra_gated_eu_disallowed",
             "extra_gated_heading", "extra_gated_description", "extra_gated_button_content")
_GATE_TEXT_EN = (
    r"\brequest(?:ing)? (?:access|the weights|model access|a download link)\b|"
    r"\baccess request form\b|\b(?:request|application|access) form\b[^.]{0,60}\b(?:weights|checkpoints?|access|download)\b|"
    r"\b(?:fill(?:ing)? (?:out|in)|complete|submit)\b[^.]{0,40}\bform\b[^.]{0,60}\b(?:access|download|weights)\b|"
    r"\baccess (?:is|will be) granted\b|\b(?:after|upon|subject to) (?:approval|review of your request)\b|"
    r"\bagree to share your contact information\b|\bgated (?:model|repo(?:sitory)?|weights|access)\b|"
    r"\bnot (?:available|accessible) (?:in|to users in|from) (?:the )?(?:EU|European Union)\b")
_GATE_TEXT_CJK = (
    r"(?:申请|审批|审核)[^。]{0,30}(?:权重|模型|下载|访问)|(?:权重|模型|下载)[^。]{0,30}(?:需|须|需要)(?:申请|审批|审核)|"
    r"(?:申請|承認)[^。]{0,30}(?:重み|モデル|ダウンロード)|(?:重み|モデル|ダウンロード)[^。]{0,30}(?:申請|承認)が必要")
# the Chinese and Japanese alternatives need a wide character: English text is searched without them (they
# tripled the time of a model card's scan)
GATE_TEXT_RE = lazyre.by_script(_GATE_TEXT_EN + "|" + _GATE_TEXT_CJK, _GATE_TEXT_EN, re.I, by_alternative=True)
# "no need to request access", "without requesting access": the opposite of a gate; a form for a commercial
# license is a license term (OW103's business), not a gate on the download.
NO_GATE_RE = lazyre.compile(r"\bcommercial licen[cs]e\b|\b(?:no(?:t)? (?:need|required|necessary)|without|never)\b[^.]{0,30}\b(?:request|approval|form)|"
                            r"\bno (?:gate|registration|sign-?up)\b|无需申请|不需要申请|申請不要", re.I)


def _truthy_gate(value: object) -> bool:
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "no", "off", "none", "0")
    if isinstance(value, (list, dict)):
        return bool(value)
    return True


def find_gates(docs: list[Document]) -> list[EvidenceItem]:
    """What puts the weights behind a gate, where it is said (empty: downloadable without asking)."""
    out: list[EvidenceItem] = []
    for doc in docs:
        fm = doc.front_matter
        if fm is not None and doc.role in CARD_ROLES:
            for key in GATE_KEYS:
                if key in fm.data and _truthy_gate(fm.data[key]):
                    what = "geo-blocked in the EU" if key == "extra_gated_eu_disallowed" else f"{key} in the card"
                    out.append(EvidenceItem("metadata", what, doc.path, fm.line_of(key)))
        if doc.role not in CARD_ROLES:
            continue
        for block in doc.blocks[:2000]:
            if block.kind in ("front_matter", "metadata", "alt_text"):
                continue
            text = block.text[:4000]
            for m in GATE_TEXT_RE.finditer(text):
                sentence = _sentence_around(text, m.start(), m.end())
                if NO_GATE_RE.search(sentence):
                    continue
                out.append(EvidenceItem("text", m.group(0)[:80], doc.path, block.position(m.start()).line))
                break
            if len(out) >= 10:
                return out
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("。", 0, start), -1) + 1
    stops = [i for i in (text.find(". ", end), text.find("。", end)) if i >= 0]
    right = min(stops) if stops else len(text)
    return text[left:right]


def gate_summary(gates: list[EvidenceItem]) -> str:
    """One line for messages: what the gate is."""
    kinds = []
    for g in gates:
        if g.value.startswith("geo-blocked"):
            label = "geo-blocked"
        elif g.kind == "metadata":
            label = "a click-through or request form on the model hub"
        elif re.search(r"form", g.value, re.I):
            label = "a request form"
        else:
            label = f"'{g.value}'"
        if label not in kinds:
            kinds.append(label)
    return ", ".join(kinds[:3])
