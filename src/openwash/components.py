"""Openness component by component: what of a release is open, with the evidence that decided it.

The components are the seventeen of the Model Openness Framework (``data/mof/mof.settings.yml``): model
architecture, final and intermediate parameters, datasets, data preprocessing code, training code, inference
code, evaluation code, evaluation data, evaluation results, supporting libraries, model card, data card,
technical report, research paper, sample outputs and model metadata.  For each one:

* ``included`` — ``yes``, ``partial`` (with the reason: described but not released, gated, a usage snippet
  rather than code ...) or ``no``;
* the license that covers it, by name and category, and how it was chosen (``own``: a license stated for
  this component; ``release``: the release's license for its content type — code, data or document —, the
  way the Model Openness Tool resolves a component without a license of its own);
* the evidence that decided it: ``file:line`` in the repository, or a URL with the file:line it is written at.

Everything here is read from a checked repository (:class:`Checked`: the engine's ``Result`` or the
``RuleContext`` the EU AI Act rules see — documents, tree paths, evidence);
nothing is fetched.  The exporters in :mod:`openwash.export` turn the components into MOF, OSAI, CycloneDX,
a table, JSON and a badge.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Protocol

from openwash import lazyre
from openwash.evidence.data import PLACEHOLDER_RE, is_dataset_card
from openwash.evidence.links import hub_model, is_url, resolve_relative, sentence_of
from openwash.licenses import License
from openwash.records import field, record
from openwash.urls import PAPER_ADDRESS
from openwash.vocabulary import PROSE_ROLES

if TYPE_CHECKING:
    from openwash.discovery import Repository
    from openwash.documents import Document
    from openwash.evidence import Evidence
    from openwash.evidence.types import EvidenceItem, LicenseSource


class Checked(Protocol):
    """What the components are read from: a repository with its documents and evidence.  The engine's
    ``Result`` and the rules' ``RuleContext`` both have it; a protocol, so that this module (used by a rule)
    does not import the engine that runs the rules."""

    @property
    def repo(self) -> Repository: ...
    @property
    def docs(self) -> list[Document]: ...
    @property
    def evidence(self) -> Evidence: ...
    @property
    def is_model_release(self) -> bool: ...

MAX_EVIDENCE = 8
MAX_SCAN = 20_000  # tree paths a component's pattern is tried on (evidence is best-effort in huge trees)


@record(frozen=True)
class Spec:
    """One component of the Model Openness Framework settings."""

    id: int
    name: str
    content_type: str  # code | data | document
    mof_class: int  # 3 = Class III, 2 = Class II, 1 = Class I
    required: bool
    description: str


@lru_cache(maxsize=1)
def specs() -> tuple[Spec, ...]:
    """The MOF components, in the settings' weight order (as the Model Openness Tool lists them)."""
    import yaml

    text = resources.files("openwash.data").joinpath("mof/mof.settings.yml").read_text(encoding="utf-8")
    rows = sorted(yaml.safe_load(text)["components"], key=lambda c: c["weight"])
    return tuple(Spec(int(c["id"]), str(c["name"]), str(c["content_type"]), int(c["class"]), bool(c["required"]),
                      str(c["description"])) for c in rows)


def spec_by_name(name: str) -> Spec:
    for s in specs():
        if s.name == name:
            return s
    raise KeyError(name)


@record(frozen=True)
class Pointer:
    """A piece of evidence: where it is written (file:line, line 0 = a path in the tree) and what it points to."""

    file: str
    line: int
    value: str = ""  # a URL, a path, a metadata value, a heading

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "value": self.value}

    @property
    def url(self) -> str:
        return self.value if is_url(self.value) else ""


@record(frozen=True)
class ComponentLicense:
    id: str
    name: str
    category: str
    how: str  # own | release | none
    file: str = ""
    line: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "category": self.category, "how": self.how,
                "file": self.file, "line": self.line}


NO_LICENSE = ComponentLicense("", "no license stated", "unknown", "none")


@record
class Component:
    spec: Spec
    included: str  # yes | partial | no
    reason: str
    license: ComponentLicense = NO_LICENSE
    evidence: list[Pointer] = field(default_factory=list)
    # Listed in a MOF document: every "yes", and a "partial" whose artifact is released with a caveat the MOF
    # does not judge (gated weights, weights beside a hub card, inference through a named library, the
    # datasets' own hub cards); not a "partial" that is only a description.
    in_mof: bool = False

    @property
    def name(self) -> str:
        return self.spec.name

    def as_json(self) -> dict[str, Any]:
        return {"id": self.spec.id, "name": self.spec.name, "content_type": self.spec.content_type,
                "mof_class": self.spec.mof_class, "required": self.spec.required, "included": self.included,
                "reason": self.reason, "license": self.license.as_json(),
                "evidence": [p.as_json() for p in self.evidence], "in_mof": self.in_mof}


@record
class Release:
    """What the exporters need besides the components."""

    name: str
    producer: str
    version: str
    base_models: list[Pointer]
    gated: Pointer | None
    weights_urls: list[Pointer]
    code_urls: list[Pointer]
    model_card: str  # path of the model card document ("" when none)
    card_license: list[LicenseSource]  # what the card metadata declares
    text_license: list[LicenseSource]  # what LICENSE texts in the tree say
    tags: list[str]
    pipeline_tag: str
    datasets: list[Pointer]
    eval_results: list[dict[str, Any]]  # {task, dataset, metric, value, file, line}
    components: list[Component]

    def component(self, name: str) -> Component:
        for c in self.components:
            if c.name == name:
                return c
        raise KeyError(name)

    def modality(self) -> str:
        """What the model takes or makes, from its pipeline tag and tags: image, audio, video, code, text, or ""
        (the exporters name them in their own words)."""
        tag = (self.pipeline_tag or "").lower()
        if "image" in tag:
            return "image"
        if "audio" in tag or "speech" in tag:
            return "audio"
        if "video" in tag:
            return "video"
        if "code" in " ".join(self.tags).lower():
            return "code"
        if "text" in tag or "conversational" in tag:
            return "text"
        return ""


# --- recognisers -------------------------------------------------------------------------------------------

_ARCH_PATH_RE = lazyre.compile(r"(?:^|/)(?:modeling_[\w-]+\.py|model(?:s|ing)?\.py|[\w-]*(?:transformer|architecture|"
                               r"attention|layers?)\.py|models?/[\w/-]+\.py)$", re.I)
_ARCH_HEADING_RE = lazyre.compile(r"\barchitecture\b|\bmodel (?:details|structure|design|specification|"
                                  r"hyper-?parameters)\b|\bhyper-?parameters\b|模型结构|架构", re.I)
_ARCH_TEXT_RE = lazyre.compile(r"\b(?:decoder-only|encoder-decoder|transformer|mixture[- ]of[- ]experts|moe|"
                               r"attention heads?|hidden (?:size|dim\w*)|(?:number of )?layers|n_layers|"
                               r"rotary|rope|swiglu|grouped[- ]query|context (?:length|window)|vocab(?:ulary)? size|"
                               r"diffusion|u-?net|convolutional|lstm|rnn)\b", re.I)
_INFER_PATH_RE = lazyre.compile(r"(?:^|/)(?:[\w-]*(?:inference|generate|generation|sample|sampling|chat|serve|"
                                r"server|demo|predict|example_\w+|run_model|cli_demo|web_demo)[\w-]*\.(?:py|sh|ipynb|"
                                r"rs|cpp|go|js|ts)|inference/[^/]+\.\w+)$", re.I)
_USAGE_CODE_RE = lazyre.compile(r"from_pretrained|pipeline\(|\.generate\(|ollama run|llama\.cpp|vllm|"
                                r"model\.chat\(|AutoModel|generate\.py|inference\.py|torchrun [\w/]*(?:example|chat|"
                                r"generat)", re.I)
_EVAL_PATH_RE = lazyre.compile(r"(?:^|/)(?:evals?|evaluation|evaluations|benchmarks?|lm_eval|harness)(?:/[^/]+)+\.\w+$|"
                               r"(?:^|/)[\w-]*eval[\w-]*\.(?:py|sh|ipynb|ya?ml)$", re.I)
_EVAL_CODE_LINK_RE = lazyre.compile(r"lm-evaluation-harness|bigcode-evaluation-harness|opencompass|lighteval|"
                                    r"simple-evals|human-eval|evalplus|helm|olmes|catwalk|alpaca_eval|"
                                    r"FastChat/tree/main/fastchat/llm_judge|\beval(?:uation)?s?\b", re.I)
_EVAL_HEADING_RE = lazyre.compile(r"\b(?:evaluat\w*|results?|benchmarks?|performance|leaderboard|scores?)\b|"
                                  r"评测|测评|评估|基准", re.I)
_PREPROC_PATH_RE = lazyre.compile(r"(?:^|/)(?:[\w-]*(?:preprocess|pre_process|prepare_data|data_prep|dedup|"
                                  r"dedupe_|deduplicat|filter_data|clean_data|tokeniz(?:e|ation)_data|make_data|build_data|"
                                  r"download_data|process_data|data_processing|curat)[\w-]*\.(?:py|sh|rs|ipynb)"
                                  r"|(?:data[_-]?(?:prep|processing|pipeline|curation)|preprocessing|"
                                  r"dedup\w*)/[^/]+\.\w+)$", re.I)
_PREPROC_TEXT_RE = lazyre.compile(r"\bdata (?:pre-?)?process\w*|\bpre-?process\w* (?:code|scripts?|pipeline)|"
                                  r"\bdata (?:curation|cleaning|filtering|preparation|pipeline)\b|"
                                  r"\bdedup\w*|\bprepar\w* the (?:training )?data|数据处理|数据清洗", re.I)
_PACKAGE_PATH_RE = lazyre.compile(r"^(?:setup\.py|setup\.cfg|pyproject\.toml|requirements[\w.-]*\.txt|environment\.ya?ml|"
                                  r"Cargo\.toml|package\.json|go\.mod|Dockerfile|conda[\w.-]*\.ya?ml)$", re.I)
_TOOLS_TEXT_RE = lazyre.compile(r"\b(?:tool(?:s|kit)|librar(?:y|ies)|framework|utilities|sdk)\b", re.I)
_METADATA_PATH_RE = lazyre.compile(r"(?:^|/)(?:config\.json|generation_config\.json|params\.json|training_args\.\w+|"
                                   r"trainer_state\.json|optimizer[\w.-]*\.(?:pt|bin|safetensors)|"
                                   r"hparams\.ya?ml|[\w-]*train[\w-]*config[\w-]*\.(?:ya?ml|json)|"
                                   r"configs?/[\w/.-]+\.(?:ya?ml|json|toml|gin))$", re.I)
_METADATA_TEXT_RE = lazyre.compile(r"\boptimi[sz]er states?\b|\btraining (?:configs?|configurations?|hyper-?parameters|"
                                   r"logs?|arguments)\b|\bwandb\b|\bweights (?:&|and) biases\b|\btensorboard\b", re.I)
_TECH_REPORT_RE = lazyre.compile(r"\btech(?:nical)? report\b|\bwhite ?paper\b|\bmodel report\b|技术报告", re.I)
_PEER_REVIEWED_RE = lazyre.compile(r"openreview\.net/(?:forum|pdf)|aclanthology\.org/|proceedings\.(?:mlr\.press|"
                                   r"neurips\.cc)|papers\.nips\.cc|jmlr\.org/papers|dl\.acm\.org/doi|"
                                   r"ieeexplore\.ieee\.org|nature\.com/articles|science\.org/doi|"
                                   r"openaccess\.thecvf\.com|ojs\.aaai\.org", re.I)
_BIBTEX_RE = lazyre.compile(r"@(?:article|inproceedings|misc|techreport|proceedings)\s*\{", re.I)
_SAMPLES_HEADING_RE = lazyre.compile(r"\b(?:sample|example) (?:model )?(?:outputs?|generations?|completions?|"
                                     r"responses?|conversations?|images?)\b|\bgenerations?\b|\bsamples?\b|"
                                     r"\bshowcase\b|\bgallery\b|\bdemo outputs?\b|示例|样例", re.I)
_SAMPLES_PATH_RE = lazyre.compile(r"(?:^|/)(?:samples?|sample_outputs?|generations?|outputs?/samples?)/[^/]+\.\w+$", re.I)
_USAGE_HEADING_RE = lazyre.compile(r"\b(?:usage|how to use|quick ?start|getting started|inference|intended uses?|"
                                   r"uses|use cases?|running|run the model|use (?:the|this) model|chat format|"
                                   r"prompt format|limitations)\b|使用|快速开始|推理", re.I)
# Intermediate checkpoints: revision/branch links, "step"/"checkpoint" wording, tree names.
_REVISION_URL_RE = lazyre.compile(r"/tree/[\w.-]*?(?:step|ckpt|checkpoint|iter|global_step)[\w.-]*|"
                                  r"[?&]revision=[\w.-]*?(?:step|ckpt|checkpoint|iter|global_step)[\w.-]*", re.I)
_REVISION_CODE_RE = lazyre.compile(r"\brevision\s*=\s*[\"'](?:step|ckpt|checkpoint|iter|global_step)[\w.-]*[\"']|"
                                   r"--revision[= ](?:step|ckpt|checkpoint)[\w.-]*", re.I)
_INTERMEDIATE_TEXT_RE = lazyre.compile(
    r"\b(?:intermediate|training|partially[- ]trained|all|every|\d[\d,]*)\s+(?:model\s+)?checkpoints?\b|"
    r"\bcheckpoints?\s+(?:every|at every|for every|from (?:every|throughout|across)|throughout|during training|"
    r"saved every)\b|\bevery\s+[\d,]+\s+(?:training\s+)?steps\b|\bcheckpoints? (?:are|were) (?:released|"
    r"available|published|hosted) (?:as|on|in) (?:branches|revisions)\b|\bas (?:branches|revisions)\b|"
    r"中间检查点|中间权重", re.I)
_INTERMEDIATE_PATH_RE = lazyre.compile(r"(?:^|/)(?:checkpoints?|ckpts?)/(?:[\w.-]+/)*(?:step|iter|global_step|ckpt)[_-]?"
                                       r"\d+|(?:^|/)(?:step|global_step|iter)[_-]?\d{3,}(?:/|$)", re.I)
_GATED_TEXT_RE = lazyre.compile(r"\b(?:request|apply for|requires?|granted)\s+access\b|\baccess request\b|"
                                r"\bgated (?:model|repo\w*|access)\b|\bagree to share your contact information\b|"
                                r"\bfill (?:out|in) (?:the|this) (?:form|application)\b|申请|审批", re.I)
_DATA_CARD_HEADING_RE = lazyre.compile(r"\bdata ?(?:card|sheet)\b|\bdatasheet\b", re.I)


# --- helpers -----------------------------------------------------------------------------------------------


def _ptr(item: EvidenceItem) -> Pointer:
    return Pointer(item.file, item.line, item.value)


def _dedupe(pointers: list[Pointer]) -> list[Pointer]:
    seen: set[tuple[str, int, str]] = set()
    out: list[Pointer] = []
    for p in pointers:
        key = (p.file, p.line, p.value)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out[:MAX_EVIDENCE]


def _prose_docs(result: Checked) -> list[Document]:
    return [d for d in result.docs if d.role in PROSE_ROLES]


def _paths(result: Checked, pattern: re.Pattern[str] | Any, limit: int = MAX_EVIDENCE, hidden: bool = False,
           keys: tuple[str, ...] = ()) -> list[Pointer]:
    """Paths of the tree matching ``pattern``; ``keys`` (lower-case substrings every match contains) filter the
    tree first at C speed, so that a tree of 100,000 paths costs milliseconds, not a regex call per path."""
    out = []
    skip = r"(?:^|/)(?:tests?|third_party|vendor|node_modules)/" if hidden else \
        r"(?:^|/)(?:tests?|third_party|vendor|node_modules|\.[\w-]+)/"
    for scanned, path in enumerate(_candidates(result, keys) if keys else result.repo.paths):
        if scanned >= MAX_SCAN:
            break
        if pattern.search(path) and not re.search(skip, path):
            out.append(Pointer(path, 0, path))
            if len(out) >= limit:
                break
    return out


def _candidates(result: Checked, keys: tuple[str, ...]):
    """The tree's paths that contain one of ``keys`` (lower-cased once per repository)."""
    lowered = result.repo.__dict__.get("_ow_lower_paths")
    if lowered is None or len(lowered) != len(result.repo.paths):
        lowered = result.repo.__dict__["_ow_lower_paths"] = [p.lower() for p in result.repo.paths]
    for path, low in zip(result.repo.paths, lowered, strict=True):
        if any(k in low for k in keys):
            yield path


def _headed_blocks(result: Checked, heading_re, text_re=None, limit: int = MAX_EVIDENCE) -> list[Pointer]:
    """Sections whose heading matches ``heading_re`` (and whose text matches ``text_re`` when given)."""
    out: list[Pointer] = []
    for doc in _prose_docs(result):
        seen: set[str] = set()
        for block in doc.blocks:
            if block.kind == "heading" or not block.heading or block.heading in seen:
                continue
            if heading_re.search(block.heading) and (text_re is None or text_re.search(block.text)):
                seen.add(block.heading)
                out.append(Pointer(doc.path, block.line, block.heading))
                if len(out) >= limit:
                    return out
    return out


def _text_hits(result: Checked, text_re, limit: int = MAX_EVIDENCE) -> list[Pointer]:
    out: list[Pointer] = []
    for doc in _prose_docs(result):
        for block in doc.blocks:
            m = text_re.search(block.text)
            if m:
                out.append(Pointer(doc.path, block.position(m.start()).line, m.group(0)))
                if len(out) >= limit:
                    return out
    return out


def _links(result: Checked, url_re=None, words_re=None, limit: int = MAX_EVIDENCE) -> list[Pointer]:
    """Links whose URL matches ``url_re`` and whose anchor/sentence matches ``words_re`` (each when given)."""
    out: list[Pointer] = []
    for doc in _prose_docs(result):
        for link in doc.links[:3000]:
            if link.source == "image":
                continue
            if url_re is not None and not url_re.search(link.url):
                continue
            if words_re is not None and not words_re.search(f"{link.text} {link.heading} {sentence_of(link)}"):
                continue
            rel = resolve_relative(result.repo, doc.path, link.url)
            if rel is not None and not result.repo.exists(rel):
                continue
            out.append(Pointer(doc.path, link.line, link.url))
            if len(out) >= limit:
                return out
    return out


def _code_hits(result: Checked, code_re, limit: int = MAX_EVIDENCE) -> list[Pointer]:
    out: list[Pointer] = []
    for doc in _prose_docs(result):
        for line, _info, content in doc.code_blocks[:200]:
            m = code_re.search(content[:5000])
            if m:
                out.append(Pointer(doc.path, line + content[:m.start()].count("\n") + 1, m.group(0)))
                if len(out) >= limit:
                    return out
    return out


_PAPER_HEADING_RE = lazyre.compile(r"\b(?:papers?|publications?|citations?|cite|citing|references?|preprints?|"
                                   r"technical report|论文|引用)\b", re.I)
_PAPER_ANCHOR_RE = lazyre.compile(r"^\W*(?:our |the |read the |see the )?(?:paper|preprint|arxiv|technical report|"
                                  r"tech report|report|publication)\W*$", re.I)


def _name_tokens(result: Checked, name: str) -> set[str]:
    tokens = {re.sub(r"[^a-z0-9]", "", w.lower()) for w in re.split(r"[\s:/_-]+", name)[:2]}
    tokens |= {re.sub(r"[^a-z0-9]", "", w.lower()) for w in re.split(r"[-_. ]+", result.repo.name.split("__")[-1])}
    return {t for t in tokens if len(t) >= 3 and t not in ("model", "models", "the", "open", "llm", "chat", "base")}


def _own_papers(result: Checked, name: str) -> list[Pointer]:
    """Paper links that are the release's own: in a paper/citation section, with 'paper'/'arXiv' as the anchor,
    or naming the release; not a paper cited for something else ("the Pile paper")."""
    own = _name_tokens(result, name)
    out: list[Pointer] = []
    for doc in _prose_docs(result):
        for link in doc.links[:3000]:
            if not PAPER_ADDRESS.search(link.url):
                continue
            words = re.sub(r"[^a-z0-9 ]", "", f"{link.text} {sentence_of(link)}".lower())
            squeezed = words.replace(" ", "")
            badge = not link.text.strip() and any(
                other.line in (link.line, link.line + 1) and re.search(r"\bpaper\b|\barxiv\b", other.text, re.I)
                for other in doc.links[:3000] if other is not link and other.text)
            if _PAPER_HEADING_RE.search(link.heading or "") or _PAPER_ANCHOR_RE.search(link.text) or badge or \
                    any(tok in squeezed for tok in own):
                out.append(Pointer(doc.path, link.line, link.url))
                if len(out) >= MAX_EVIDENCE:
                    return out
    return out


def _first_bibtex(result: Checked) -> list[Pointer]:
    """The first citation entry of each document, when it is a paper (authors cite their own work first)."""
    out: list[Pointer] = []
    entry_re = lazyre.compile(r"@(\w+)\s*\{", re.I)
    for doc in _prose_docs(result):
        for line, _info, content in doc.code_blocks[:200]:
            m = entry_re.search(content[:5000])
            if m is None:
                continue
            if _BIBTEX_RE.match(content[m.start():m.start() + 40]):
                out.append(Pointer(doc.path, line + content[:m.start()].count("\n") + 1,
                                   _bibtex_target(content[m.start():m.start() + 3000])))
            break
    return out[:2]


def _bibtex_field(entry: str, name: str) -> str:
    m = re.search(rf"\b{name}\s*=\s*[{{\"]\s*([^}}\"]+)", entry, re.I)
    return m.group(1).strip() if m else ""


def _bibtex_target(entry: str) -> str:
    """Where a citation entry points: its arXiv id, its URL or its DOI as a URL, else its title."""
    eprint = _bibtex_field(entry, "eprint")
    arxiv = re.search(r"arxiv[:\s/]*(?:abs/)?(\d{4}\.\d{4,5})", entry, re.I)
    if eprint and re.search(r"arxiv", entry, re.I) and re.fullmatch(r"\d{4}\.\d{4,5}(?:v\d+)?", eprint):
        return f"https://arxiv.org/abs/{eprint}"
    if arxiv:
        return f"https://arxiv.org/abs/{arxiv.group(1)}"
    url = _bibtex_field(entry, "url")
    if url.startswith(("https://", "http://")):
        return url
    doi = _bibtex_field(entry, "doi")
    if doi:
        return f"https://doi.org/{doi}"
    return _bibtex_field(entry, "title")[:200] or entry.split(",")[0]


def _front_matters(result: Checked) -> list[tuple[Document, Any]]:
    return [(d, d.front_matter) for d in result.docs if d.front_matter is not None and d.front_matter.data]


def model_card_doc(result: Checked) -> Document | None:
    """The model card: a document with the model card role, or a README with Hugging Face front matter."""
    cards = [d for d in result.docs if d.role == "model_card"]
    cards += [d for d in result.docs if d.role == "readme" and d.front_matter is not None and d.front_matter.data
              and not _is_dataset_card(d)]
    cards.sort(key=lambda d: (d.path.count("/"), d.path))
    return cards[0] if cards else None


def _doc_link(value: str) -> bool:
    """A link to a document about the data (a data card, a datasheet) rather than to the data."""
    return not is_url(value) and bool(re.search(r"\.(?:md|markdown|rst|txt|pdf|html?)$", value, re.I))


def _hub_card(doc: Document) -> bool:
    """A Hugging Face model card: front matter with model metadata (the README of a hub model repository)."""
    fm = doc.front_matter
    return fm is not None and any(k in fm.data for k in ("library_name", "pipeline_tag", "base_model", "model-index",
                                                         "extra_gated_prompt", "inference"))


def _is_dataset_card(doc: Document) -> bool:
    return is_dataset_card(doc)


def eval_results(result: Checked) -> list[dict[str, Any]]:
    """Results from ``model-index`` front matter and ``eval_results`` files/metadata."""
    out: list[dict[str, Any]] = []
    for doc, fm in _front_matters(result):
        index = fm.data.get("model-index")
        line = fm.line_of("model-index")
        if isinstance(index, list):
            for model in index[:20]:
                if not isinstance(model, dict):
                    continue
                for res in (model.get("results") or [])[:200]:
                    if not isinstance(res, dict):
                        continue
                    task = res.get("task") if isinstance(res.get("task"), dict) else {}
                    dataset = res.get("dataset") if isinstance(res.get("dataset"), dict) else {}
                    for metric in (res.get("metrics") or [])[:50]:
                        if not isinstance(metric, dict):
                            continue
                        out.append({"task": str(task.get("type") or task.get("name") or ""),
                                    "dataset": str(dataset.get("name") or dataset.get("type") or ""),
                                    "dataset_id": str(dataset.get("type") or ""),
                                    "metric": str(metric.get("type") or metric.get("name") or ""),
                                    "value": metric.get("value") if isinstance(metric.get("value"), (int, float, str))
                                    else str(metric.get("value")),
                                    "file": doc.path, "line": line})
        er = fm.data.get("eval_results")
        if isinstance(er, list):
            for entry in er[:200]:
                if isinstance(entry, dict):
                    out.append({"task": str(entry.get("task", "")), "dataset": str(entry.get("dataset", "")),
                                "dataset_id": str(entry.get("dataset", "")),
                                "metric": str(entry.get("metric", "")),
                                "value": entry.get("value") if isinstance(entry.get("value"), (int, float, str))
                                else str(entry.get("value")),
                                "file": doc.path, "line": fm.line_of("eval_results")})
    return out[:500]


def _eval_results_files(result: Checked) -> list[Pointer]:
    return _paths(result, lazyre.compile(r"(?:^|/)\.?eval_results(?:/[^/]+\.(?:ya?ml|json)|\.(?:json|ya?ml))$|"
                                             r"(?:^|/)[^/]*eval_results[^/]*\.(?:json|ya?ml|csv)$|"
                                             r"(?:^|/)(?:evals?|evaluations?)/(?:[^/]+/)*[^/]*results?[^/]*"
                                             r"\.(?:json|csv|ya?ml)$", re.I),
                  hidden=True, keys=("eval",))


def gated(result: Checked) -> Pointer | None:
    """Where the release says its weights are gated (``extra_gated_*`` metadata, access-request wording)."""
    for doc, fm in _front_matters(result):
        for key in fm.data:
            if str(key).startswith("extra_gated") or key == "gated":
                return Pointer(doc.path, fm.line_of(key), str(key))
    for p in _text_hits(result, _GATED_TEXT_RE, limit=1):
        return p
    return None


# --- licenses ----------------------------------------------------------------------------------------------

def _license_of(sources: list[LicenseSource], how: str) -> ComponentLicense:
    if not sources:
        return NO_LICENSE
    best = sorted(sources, key=lambda s: _CATEGORY_RANK.get(s.license.category, 9))[-1]  # the most restrictive
    return ComponentLicense(best.license.id, best.license.name, best.license.category, how, best.file, best.line)


_CATEGORY_RANK = {"osi": 0, "open-data": 1, "unknown": 2, "restricted": 3, "source-available": 4,
                  "non-commercial": 5, "proprietary": 6}


def release_licenses(result: Checked) -> dict[str, ComponentLicense]:
    """The release's license per MOF content type (code, data, document) and for the whole distribution.

    code: the code license; data: the weights license (parameters are data in the MOF); document: the
    repository-wide license; distribution: the weights license of a model release, else the code license."""
    ev = result.evidence
    code = _license_of(ev.licenses_for("code"), "release")
    weights = _license_of(ev.licenses_for("weights"), "release")
    repo = _license_of([s for s in ev.licenses if s.component == "repo"], "release")
    distribution = weights if result.is_model_release and weights.id else code
    return {"code": code, "data": weights if weights.id else code, "document": repo if repo.id else distribution,
            "distribution": distribution}


def _component_license(result: Checked, spec: Spec, release: dict[str, ComponentLicense]) -> ComponentLicense:
    ev = result.evidence
    if spec.name == "Datasets":
        own = [s for s in ev.licenses if s.component == "data"]
        if own:
            return _license_of(own, "own")
    if spec.name in ("Model parameters (Final)", "Model parameters (Intermediate)"):
        own = [s for s in ev.licenses if s.component == "weights"]
        if own:
            return _license_of(ev.licenses_for("weights"), "own")
    lic = release.get(spec.content_type) or NO_LICENSE
    if not lic.id:
        lic = release["distribution"]
    return lic


# --- the components ----------------------------------------------------------------------------------------


def build(result: Checked) -> Release:
    """Every MOF component of the release checked in ``result``."""
    ev = result.evidence
    rel = release_licenses(result)
    found: dict[str, tuple[str, str, list[Pointer]]] = {}
    mof_partial: set[str] = set()  # partial components that the MOF document lists (see Component.in_mof)
    card = model_card_doc(result)
    gate = gated(result)

    # Model architecture
    arch_code = _paths(result, _ARCH_PATH_RE, keys=("model", "transformer", "architecture", "attention", "layer"))
    arch_text = _headed_blocks(result, _ARCH_HEADING_RE, _ARCH_TEXT_RE)
    library = None
    for doc, fm in _front_matters(result):
        if fm.get_str("library_name") or fm.get_str("model_type"):
            key = "library_name" if fm.get_str("library_name") else "model_type"
            library = Pointer(doc.path, fm.line_of(key), f"{key}: {fm.get_str(key)}")
            break
    if library is None:
        for p in _code_hits(result, lazyre.compile(r"\bAutoModel\w*\.from_pretrained|\bfrom transformers import\b"), 1):
            library = Pointer(p.file, p.line, "transformers")
    if not arch_text:
        arch_text = _text_hits(result, lazyre.compile(r"\b(?:decoder-only|encoder-decoder|causal) (?:transformer|"
                                                      r"language model)\b|\btransformer[- ]based\b|"
                                                      r"\bmixture[- ]of[- ]experts\b|\b(?:is|are) a transformer\b",
                                                      re.I), 2)
    if arch_code:
        found["Model architecture"] = ("yes", "model definition code in the tree", arch_code)
    elif arch_text or library:
        why = "architecture described in the documentation" if arch_text else ""
        if library is not None:
            why = (why + "; " if why else "") + f"implemented by an external library ({library.value})"
        found["Model architecture"] = ("partial", why + "; the model code itself is not in this release",
                                       arch_text + ([library] if library else []))
        if library is not None:
            mof_partial.add("Model architecture")

    # Model parameters (Final)
    weights = [_ptr(i) for i in ev.weights]
    if weights:
        if gate is not None:
            found["Model parameters (Final)"] = ("partial", f"weights are gated (access on request: {gate.where})",
                                                 [*weights, gate])
            mof_partial.add("Model parameters (Final)")
        else:
            found["Model parameters (Final)"] = ("yes", "weights are downloadable", weights)
    elif card is not None and card.path.lower() == "readme.md" and _hub_card(card):
        why = "this is a Hugging Face model card, whose weights ship beside it on the hub (not seen here)"
        if gate is not None:
            why += f"; access is gated ({gate.where})"
        found["Model parameters (Final)"] = ("partial", why, [Pointer(card.path, card.front_matter.start_line,
                                                                      "model card front matter")]
                                             + ([gate] if gate else []))
        mof_partial.add("Model parameters (Final)")

    # Model parameters (Intermediate)
    inter = _links(result, _REVISION_URL_RE) + _code_hits(result, _REVISION_CODE_RE) + \
        _paths(result, _INTERMEDIATE_PATH_RE, 3, keys=("checkpoint", "ckpt", "step", "iter"))
    inter_text = _text_hits(result, _INTERMEDIATE_TEXT_RE, 3)
    if inter:
        found["Model parameters (Intermediate)"] = ("yes", "intermediate checkpoints are published (revisions, "
                                                    "branches or checkpoint folders)", inter + inter_text)
    elif inter_text:
        found["Model parameters (Intermediate)"] = ("partial", "intermediate checkpoints are mentioned, but no "
                                                    "revision, branch or checkpoint path points to them", inter_text)

    # Datasets
    data_ptrs = [_ptr(i) for i in ev.training_data if i.kind in ("metadata", "link") and not _doc_link(i.value)]
    data_info = [_ptr(i) for i in ev.training_data if i.kind not in ("metadata", "link") or _doc_link(i.value)]
    if data_ptrs:
        found["Datasets"] = ("yes", "the training datasets are named or linked", data_ptrs + data_info)
    elif data_info:
        found["Datasets"] = ("partial", "the training data is described (data card or section), but the datasets "
                             "are not linked", data_info)

    # Data preprocessing code
    prep = _paths(result, _PREPROC_PATH_RE, keys=("prep", "dedup", "filter", "clean", "token", "make_data", "build_data", "download_data", "process", "curat")) + _links(
        result, lazyre.compile(r"^(?:https?://(?:github\.com|gitlab\.com)/|[^:]+$)"), _PREPROC_TEXT_RE, 3)
    if prep:
        found["Data preprocessing code"] = ("yes", "data preprocessing code in the tree or linked", prep)

    # Training code
    if ev.training_code:
        found["Training code"] = ("yes", "the code that trained the weights is in the tree or linked",
                                  [_ptr(i) for i in ev.training_code])
    elif ev.downstream_code:
        found["Training code"] = ("partial", "only fine-tuning code for users; not the code that trained the "
                                  "released weights", [_ptr(i) for i in ev.downstream_code])

    # Inference code
    infer = _paths(result, _INFER_PATH_RE, keys=("infer", "generat", "sampl", "chat", "serv", "demo", "predict", "example_", "run_model"))
    snippet = _code_hits(result, _USAGE_CODE_RE, 3)
    if infer:
        found["Inference code"] = ("yes", "inference code in the tree", infer + snippet)
    elif snippet:
        found["Inference code"] = ("partial", "a usage snippet (through a library), no inference code of its own",
                                   snippet)
        mof_partial.add("Inference code")

    # Evaluation code
    eval_code = _paths(result, _EVAL_PATH_RE, keys=("eval", "benchmark", "harness")) + _links(
        result, lazyre.compile(r"^https?://(?:github\.com|gitlab\.com)/"), _EVAL_CODE_LINK_RE, 3)
    eval_code = [p for p in eval_code if not re.search(r"\.(?:md|png|jpe?g|svg|pdf)$", p.value, re.I)]
    if eval_code:
        found["Evaluation code"] = ("yes", "evaluation code in the tree or linked", eval_code)

    # Evaluation results and data
    results = eval_results(result)
    res_files = _eval_results_files(result)
    res_tables = []
    for doc in _prose_docs(result):
        for block in doc.blocks:
            if block.kind in ("table_cell", "alt_text") and block.heading and \
                    _EVAL_HEADING_RE.search(block.heading) and \
                    (block.kind == "alt_text" or re.search(r"\d+(?:\.\d+)?", block.text)):
                res_tables.append(Pointer(doc.path, block.line, block.heading))
                break
    if results or res_files:
        ptrs = _dedupe([Pointer(r["file"], r["line"], "model-index" if r["file"] else "") for r in results[:1]]
                       + res_files + res_tables)
        found["Evaluation results"] = ("yes", f"{len(results)} result(s) in model-index/eval_results metadata"
                                       if results else "eval_results files in the tree", ptrs)
    elif res_tables:
        found["Evaluation results"] = ("yes", "results tables in the documentation", res_tables)
    eval_sets = sorted({r["dataset_id"] or r["dataset"] for r in results if r["dataset_id"] or r["dataset"]})
    if eval_sets:
        found["Evaluation data"] = ("yes", "public benchmarks named in model-index: " + ", ".join(eval_sets[:8]),
                                    [Pointer(results[0]["file"], results[0]["line"], ", ".join(eval_sets[:8]))])
    elif res_tables:
        found["Evaluation data"] = ("partial", "public benchmarks named in results tables, not linked as datasets",
                                    res_tables[:3])
        mof_partial.add("Evaluation data")

    # Supporting libraries and tools
    tools = _paths(result, _PACKAGE_PATH_RE, 3, keys=("setup.", "pyproject", "requirements", "environment", "cargo", "package.json", "go.mod", "dockerfile", "conda"))
    if tools:
        found["Supporting libraries and tools"] = ("yes", "the project's own libraries/tools with their "
                                                   "dependency manifest", tools)

    # Model card
    hub_pages = [p for p in weights if hub_model(p.value) is not None]
    if card is None and hub_pages:
        found["Model card"] = ("partial", f"not in this repository; the model's hub page ({hub_pages[0].value}, "
                               f"linked at {hub_pages[0].where}) carries its model card (not read)", hub_pages[:2])
        mof_partial.add("Model card")
    if card is not None:
        text = " ".join(b.text for b in card.blocks)
        holes = len(PLACEHOLDER_RE.findall(text))
        if len(text) < 300 or holes * 300 > len(text):
            found["Model card"] = ("partial", "a model card with little content or many placeholders",
                                   [Pointer(card.path, 1, card.path)])
        else:
            found["Model card"] = ("yes", "model card", [Pointer(card.path, 1, card.path)])

    # Data card
    data_cards = [_ptr(i) for i in ev.training_data if i.kind == "data_card"]
    data_card_links = [Pointer(doc.path, link.line, link.url) for doc in _prose_docs(result)
                       for link in doc.links[:3000]
                       if link.source != "image" and (_DATA_CARD_HEADING_RE.search(link.text) or (
                           _DATA_CARD_HEADING_RE.search(sentence_of(link)) and
                           re.search(r"data|sheet|card", link.url, re.I)))][:3]
    hub_data = [p for p in _links(result, lazyre.compile(r"huggingface\.co/datasets/[^/]+/[^/?#]+/?$"), None, 3)]
    if data_cards or data_card_links:
        found["Data card"] = ("yes", "a data card or datasheet", data_cards + data_card_links)
    elif hub_data and data_ptrs:
        found["Data card"] = ("partial", "the datasets' hub pages (their dataset cards) are linked; no data card "
                              "of this release", hub_data)
        mof_partial.add("Data card")
    elif data_info:
        found["Data card"] = ("partial", "a training-data section, not a data card", data_info)

    # Technical report and research paper
    papers = _own_papers(result, release_name(result, card))
    bib = _first_bibtex(result)
    citation = [Pointer(p, 0, p) for p in result.repo.paths if p.lower() == "citation.cff"]
    reports = _links(result, None, _TECH_REPORT_RE, 4)
    reports += _paths(result, lazyre.compile(r"(?:^|/)[^/]*(?:report|paper)[^/]*\.pdf$", re.I), 2,
                      keys=("report", "paper"))
    if reports:
        found["Technical report"] = ("yes", "a technical report is linked or in the tree", reports)
    if papers or citation or bib:
        found["Research paper"] = ("yes", "a paper is linked (arXiv, a venue or DOI) or cited", papers + citation + bib)

    # Sample model outputs
    samples = _headed_blocks(result, _SAMPLES_HEADING_RE, None, 3) + _paths(result, _SAMPLES_PATH_RE, 3, keys=("sample", "generation", "output"))
    if samples:
        found["Sample model outputs"] = ("yes", "example outputs are shown or shipped", samples)

    # Model metadata
    meta = _paths(result, _METADATA_PATH_RE, keys=("config", "params", "training_args", "trainer_state", "optimizer", "hparams")) + _text_hits(result, _METADATA_TEXT_RE, 3)
    if meta:
        found["Model metadata"] = ("yes", "training configuration / optimizer states / logs are published", meta)

    components = []
    for spec in specs():
        included, reason, ptrs = found.get(spec.name, ("no", _MISSING.get(spec.name, "no evidence found"), []))
        components.append(Component(spec, included, reason, _component_license(result, spec, rel), _dedupe(ptrs),
                                    in_mof=included == "yes" or (included == "partial" and spec.name in mof_partial)))

    return Release(
        name=release_name(result, card), producer=producer(result), version=_version(result),
        base_models=[Pointer(b.file, b.line, b.name) for b in ev.base_models],
        gated=gate, weights_urls=[_ptr(i) for i in ev.weights if is_url(i.value)],
        code_urls=[_ptr(i) for i in ev.training_code if is_url(i.value)],
        model_card=card.path if card is not None else "",
        card_license=[s for s in ev.licenses if s.how in ("front_matter", "package")],
        text_license=[s for s in ev.licenses if s.how in ("text", "reference")],
        tags=_tags(result), pipeline_tag=_pipeline_tag(result),
        datasets=[_ptr(i) for i in ev.training_data if i.kind in ("metadata", "link") and not _doc_link(i.value)],
        eval_results=results, components=components)


_MISSING = {
    "Model architecture": "no model code and no architecture description found",
    "Model parameters (Final)": "no weights pointer (hub link, download or weight files) found",
    "Model parameters (Intermediate)": "no intermediate checkpoints (revisions, branches, step/checkpoint wording) found",
    "Datasets": "no training datasets named or linked",
    "Data preprocessing code": "no data preprocessing code found",
    "Training code": "no training code found",
    "Inference code": "no inference code or usage snippet found",
    "Evaluation code": "no evaluation code found",
    "Evaluation data": "no evaluation datasets named",
    "Evaluation results": "no model-index, eval_results or results table found",
    "Supporting libraries and tools": "no libraries or tools found",
    "Model card": "no model card found",
    "Data card": "no data card or datasheet found",
    "Technical report": "no technical report found",
    "Research paper": "no paper linked or cited",
    "Sample model outputs": "no sample outputs found",
    "Model metadata": "no training configuration, optimizer states or logs found",
}


def release_name(result: Checked, card: Document | None = None) -> str:
    card = card if card is not None else model_card_doc(result)
    if card is not None and card.front_matter is not None:
        for key in ("model_name", "name"):
            value = card.front_matter.get_str(key)
            if value:
                return value.strip()[:200]
        index = card.front_matter.data.get("model-index")
        if isinstance(index, list) and index and isinstance(index[0], dict) and index[0].get("name"):
            return str(index[0]["name"])[:200]
    for doc in result.docs:
        if doc.role == "readme" and "/" not in doc.path:
            for block in doc.blocks[:15]:
                if block.kind == "heading" and block.heading_level == 1 and block.text.strip():
                    return block.text.strip()[:200]
    return result.repo.name.split("__")[-1] or "unnamed"


def producer(result: Checked) -> str:
    if result.repo.owner:
        return result.repo.owner
    if "__" in result.repo.name:
        return result.repo.name.split("__")[0]
    for item in result.evidence.weights:
        hm = hub_model(item.value)
        if hm is not None:
            return hm[0]
    return "unknown"


def _version(result: Checked) -> str:
    for _doc, fm in _front_matters(result):
        v = fm.get_str("version")
        if v:
            return v[:50]
    return ""


def _tags(result: Checked) -> list[str]:
    tags: list[str] = []
    for _doc, fm in _front_matters(result):
        tags += fm.get_list("tags")
    return list(dict.fromkeys(t for t in tags if t))[:30]


def _pipeline_tag(result: Checked) -> str:
    for _doc, fm in _front_matters(result):
        v = fm.get_str("pipeline_tag")
        if v:
            return v
    return ""


def license_label(lic: License | ComponentLicense) -> str:
    return f"{lic.name} ({lic.category})" if lic.id else "no license stated"
