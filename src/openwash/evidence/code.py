"""Training-code evidence: training entry points in the tree, and links to training code.

What counts is the code that trained the released weights: pretraining scripts, training configs and
recipes, the training framework a release names as the one it was trained with.  Inference code, model
definitions, "load the weights" examples, evaluation harnesses and generic libraries (PyTorch, JAX,
DeepSpeed ...) do not.  Fine-tuning scripts shipped so that *users* can fine-tune a pretrained release are
not the code that trained it either; they only count when the release is itself a fine-tune (it names a
base model), because then they are its training code.
"""

from __future__ import annotations

import re

from openwash import lazyre
from openwash.discovery import Repository
from openwash.documents import Document
from openwash.evidence.links import (
    candidate_paths,
    is_code_link,
    is_dataset_link,
    own_repo_path,
    repo_of_url,
    resolve_relative,
    sentence_of,
    source_line,
)
from openwash.evidence.types import EvidenceItem
from openwash.vocabulary import CARD_ROLES, EVIDENCE_PROSE_ROLES

MAX_ITEMS = 40
MAX_LINKS_PER_DOC = 3000

_CODE_EXT = r"(?:py|sh|bash|slurm|ipynb|jl|lua|scala|rs|go|cpp|cu|ya?ml|json|toml|cfg|ini|gin|jsonnet)"
TRAINING_PATH_RE = lazyre.compile(
    r"(?:^|/)(?:"
    rf"(?:run_|launch_|start_|submit_)?(?:pre-?)?train(?:ing|er)?(?:[_-][\w.-]*)?\.{_CODE_EXT}"
    rf"|(?:pre-?)?train(?:ing)?(?:[_-]?(?:configs?|recipes?|scripts?))?/(?:[^/]+/)*[^/]+\.{_CODE_EXT}"
    rf"|(?:recipes?|pretraining[_-]?configs?|train(?:ing)?[_-]?configs?)/(?:[^/]+/)*[^/]+\.{_CODE_EXT}"
    rf"|configs?/(?:[^/]+/)*(?:[^/]*[^a-z/])?(?:pre-?train|train)[^/]*\.{_CODE_EXT}"
    rf"|[^/]*pre-?train[^/]*\.{_CODE_EXT}"
    r"|pre-?train(?:ing)?\.md"
    r")$",
    re.I,
)
# A vendored or submodule training framework (Megatron-LM, GPT-NeoX ...) at any depth.
FRAMEWORK_PATH_RE = lazyre.compile(r"(?:^|/)(?:megatron[\w.-]*|gpt-neox|nanotron|torchtitan|easylm|levanter)(?:/|$)", re.I)
# Downstream tuning: what users run to adapt a released model.
FINETUNE_PATH_RE = lazyre.compile(r"fine[-_]?tun|finetun|p-?tuning|(?:^|[/_-])q?lora(?:[/_.-]|$)|(?:^|[/_-])peft(?:[/_.-]|$)|"
                              r"(?:^|[/_-])(?:sft|dpo|ppo|rlhf|orpo|kto|grpo)(?:[/_.-]|$)|instruct[-_]?tun", re.I)
EXCLUDED_PATH_RE = lazyre.compile(
    r"(?:^|/)(?:tests?|testing|test_fixtures|fixtures|docs?|third_party|third-party|vendor|node_modules|"
    r"benchmarks?|evals?|evaluation|\.github|data|datasets?|inference|quickstart|applications?|demos?|serving|"
    r"deploy\w*|examples?/inference)/|(?:^|/)test_[^/]*$|_test\.\w+$|tokeni[sz]er|"
    r"(?:^|/)[^/]*(?:eval|infer|serv|deploy|demo|convert|export|quantiz)[^/]*$",
    re.I,
)

TRAIN_CUE_RE = lazyre.compile(
    r"\b(?:pre-?)?train(?:ing)?\s+(?:code|codebase|scripts?|recipes?|configs?|configurations?|pipeline|framework|"
    r"library|libraries|setup|procedure|details|stack|repo(?:sitory)?|instructions|guide|loop|system)\b|"
    r"\b(?:code|scripts?|recipes?|configs?|configurations?)\s+(?:for|to|used to|used for)\s+(?:pre-?)?train|"
    r"\breproduc\w*\s+(?:the\s+)?(?:pre-?)?training|\breproducible\s+training|\breproducing\s+\w+|"
    r"\b(?:pre-?)?trained\s+(?:with|using)\b|\borchestration\b|训练代码|训练脚本|预训练代码",
    re.I, by_alternative=True,
)
ANCHOR_TRAIN_RE = lazyre.compile(r"\b(?:pre-?)?train(?:ing|er)?\b|\brecipes?\b|训练代码|训练脚本|预训练", re.I)
ANCHOR_DATA_RE = lazyre.compile(r"\bdata(?:sets?)?\b|\bcorpus\b|数据", re.I)
FINETUNE_CUE_RE = lazyre.compile(r"\bfine-?tun\w*|\bfinetun\w*|\blora\b|\bqlora\b|\bp-?tuning\b|\bpeft\b|\bsft\b|"
                             r"\bdpo\b|\brlhf\b|\binstruction[- ]tun\w*|微调", re.I)
PRETRAIN_CUE_RE = lazyre.compile(r"\bpre-?train\w*|预训练|\bfrom scratch\b", re.I)
NEGATIVE_RE = lazyre.compile(r"\b(?:format|template|tokeni[sz]er|prompts?|inference|serving|serve|deploy\w*|quantiz\w*|evaluat\w*|benchmark\w*|demo|"
                         r"chat ?ui|api|convert\w*|load(?:ing)? the (?:model|weights))\b", re.I)
NOT_RELEASED_RE = lazyre.compile(r"\bcustom training librar|\bnot (?:be )?(?:publicly )?(?:released|available|open)|"
                             r"\bproprietary\b|\binternal\b|\bwill (?:be )?(?:released|open-?sourced?)|coming soon", re.I)
HEADING_TRAIN_RE = lazyre.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:pre-?)?training(?:\s+(?:code|recipes?|details|"
                              r"procedure|setup|framework|software|infrastructure))?\W*$|reproduc\w*|训练", re.I)
# Libraries that every project uses: naming them says nothing about how a model was trained.
GENERIC_REPOS = frozenset({
    "pytorch", "tensorflow", "jax", "flax", "deepspeed", "apex", "flash-attention", "xformers", "transformers",
    "accelerate", "bitsandbytes", "triton", "vllm", "llama.cpp", "text-generation-inference", "tensorrt-llm",
    "sentencepiece", "tiktoken", "tokenizers", "datasets", "lm-evaluation-harness", "bigcode-evaluation-harness",
    "onnx", "optimum", "gptq", "autogptq", "auto-gptq", "llm-awq", "exllama", "exllamav2", "mlx", "mlx-examples",
    "ollama", "sglang", "lmdeploy", "fastertransformer", "numpy", "wandb", "pathways", "safetensors", "diffusers",
    "gradio", "streamlit", "langchain", "llama-index", "fastchat", "open_clip", "opencompass", "evals", "helm",
    "alpaca_eval", "mt-bench", "simple-evals", "human-eval", "lighteval", "tensorstore", "orbax", "optax",
})
# Frameworks for users to fine-tune any model with.
FINETUNE_REPOS = frozenset({"llama-factory", "llama-efficient-tuning", "axolotl", "unsloth", "swift", "ms-swift",
                            "llama-recipes", "llama-cookbook", "xtuner", "firefly", "peft", "trl", "torchtune",
                            "alignment-handbook", "lit-gpt", "litgpt", "h2o-llmstudio", "autotrain-advanced"})
TRAINING_COMMAND_RE = lazyre.compile(
    r"(?:^|[\s/=])((?:[\w.-]+/)*(?:run_|launch_)?(?:pre)?train[\w-]*\.(?:py|sh))\b|"
    r"\b(?:torchrun|deepspeed|accelerate launch|composer|python -m)\b[^\n]*?\b((?:[\w.-]+[/.])*(?:pre)?train[\w-]*)\b",
    re.I, by_alternative=True,
)


# Cheap first test: most paths of a large tree mention none of these.
_PATH_KEYS = ("train", "recipe", "tun", "lora", "peft", "sft", "dpo", "ppo", "rlhf", "orpo", "kto", "grpo",
              "megatron", "neox", "nanotron", "torchtitan", "easylm", "levanter")


def _path_kind(path: str) -> str | None:
    """"training" | "finetune" | None for a repository path."""
    low = path.lower()
    if not any(k in low for k in _PATH_KEYS) or EXCLUDED_PATH_RE.search(path):
        return None
    if FRAMEWORK_PATH_RE.search(path) and ("/" not in path.rstrip("/") or path.count("/") <= 3):
        return "training"
    if not TRAINING_PATH_RE.search(path):
        if FINETUNE_PATH_RE.search(path) and re.search(rf"\.{_CODE_EXT}$", path, re.I):
            return "finetune"
        return None
    if re.search(r"pre-?train", path, re.I):
        return "training"
    if FINETUNE_PATH_RE.search(path):
        return "finetune"
    return "training"


def _text_kind(words: str) -> str:
    if PRETRAIN_CUE_RE.search(words) or re.search(r"\b(?:train(?:ing|ed)?|train(?:ing)? (?:and|&) fine-?tun\w*)\b",
                                                  words, re.I):
        return "training"
    if FINETUNE_CUE_RE.search(words):
        return "finetune"
    return "training"


# A config or recipe named in prose or a code span: "using the config in `axolotl.yaml`",
# "recipes/zephyr/sft/config.yaml", "llamafactory-cli train examples/llama3_lora_sft.yaml".
CONFIG_NAME_RE = lazyre.compile(r"(?<![\w/.-])((?:[\w.-]+/)*[\w.-]+\.(?:ya?ml|json|toml|cfg|ini|jsonnet|gin))(?![\w/-])",
                                re.I)
# On a command line, the config must be for training: "axolotl train x.yaml", "tune run ... --config x.yaml".
COMMAND_CUE_RE = lazyre.compile(r"\btrain\w*|\bsft\b|\bdpo\b|fine-?tun|finetun|\brecipes?\b|\baxolotl\b|"
                                r"\bllamafactory|\btune run\b|pre-?train", re.I)
RECIPE_CUE_RE = lazyre.compile(
    r"\b(?:fine-?tuned|finetuned|trained|pre-?trained|aligned|tuned|reproduce[sd]?|launch(?:ed)?)\b[^.]{0,120}"
    r"\b(?:config(?:uration)?s?|recipes?|yaml|scripts?)\b|"
    r"\b(?:training|fine-?tuning|finetuning|sft|dpo|pre-?training)\s+(?:config(?:uration)?s?|recipes?|scripts?|yaml)\b|"
    r"\b(?:config(?:uration)?s?|recipes?)\s+(?:for|used (?:to|for)|that)\b[^.]{0,60}\b(?:train|fine-?tun|finetun)|"
    r"\b(?:axolotl|llama-?factory|llamafactory-cli|torchtune|tune run|trl|alignment-handbook|accelerate launch|"
    r"deepspeed|torchrun)\b|训练配置|微调配置|训练脚本",
    re.I, by_alternative=True)
NOT_TRAINING_CONFIG_RE = lazyre.compile(r"(?:^|/)(?:tokeni[sz]er|generation_config|config\.json|"
                                        r"special_tokens_map|vocab|merges|model\.safetensors\.index)[^/]*$|"
                                        r"(?:^|/)[^/]*(?:data|dataset|samples?)[^/]*\.(?:json|jsonl)$|"
                                        r"(?:eval|infer|serv|deploy|demo|convert|export|quantiz)", re.I)
# Past tense about this release: a fine-tuning recipe that made it is its training code.
MADE_WITH_RE = lazyre.compile(r"\b(?:was|were|is|are|has been|have been)?\s*(?:fine-?tuned|finetuned|trained|aligned|"
                              r"pre-?trained)\s+(?:with|using|via|by|on)\b|\bwe (?:fine-?tuned|trained|used)\b", re.I)
_GENERIC_NAME_TOKENS = frozenset({"gpt", "llm", "llms", "model", "models", "megatron", "neox", "train", "training",
                                  "the", "chat", "base", "instruct", "code", "open", "ai", "lm", "nanotron",
                                  "torchtitan", "levanter", "easylm", "deepspeed", "main", "src", "examples"})


def _framework_root(path: str) -> str | None:
    """The directory of a vendored framework tree the path is in ("Megatron-LM/"), else None."""
    m = FRAMEWORK_PATH_RE.search(path)
    if not m:
        return None
    end = m.end()
    root = path[:end].rstrip("/")
    return root + "/" if root and root != path else None


def _model_specific(rel: str, names: frozenset[str]) -> bool:
    low = rel.lower()
    return any(n in low for n in names)


def _recipes_in_prose(repo: Repository, docs: list[Document], add, is_finetune: bool) -> None:
    """Config or recipe files named in prose, code spans or command lines, when the file is in the tree."""
    for doc in docs:
        if doc.role not in EVIDENCE_PROSE_ROLES:
            continue
        base = doc.path.rsplit("/", 1)[0] + "/" if "/" in doc.path else ""
        texts: list[tuple[int, str, str]] = []
        blocks = [b for b in doc.blocks[:2000] if b.kind not in ("front_matter", "metadata", "alt_text", "heading")]
        for i, block in enumerate(blocks):
            if len(block.text) > 4000:
                continue
            # The source lines (code spans are not in the block's text): up to the next block, at most 30 lines.
            end = blocks[i + 1].line - 1 if i + 1 < len(blocks) else block.line + 30
            raw = "\n".join(doc.lines[block.line - 1:min(end, block.line + 30)])[:8000]
            if "." in raw and RECIPE_CUE_RE.search(raw):
                texts.append((block.line, raw, block.heading or ""))
        for line, _info, content in doc.code_blocks[:200]:
            if COMMAND_CUE_RE.search(content[:3000]):
                texts.append((line, content[:3000], "command"))
        for line, text, heading in texts:
            for m in CONFIG_NAME_RE.finditer(text):
                if heading == "command":
                    # the command line the config is on (a continued line included) must be a training command
                    lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start())))
                    hi = text.find("\n", m.end())
                    if not COMMAND_CUE_RE.search(text[lo + 1:hi if hi >= 0 else len(text)]):
                        continue
                name = m.group(1).strip("./") if not m.group(1).startswith("../") else m.group(1)
                if NOT_TRAINING_CONFIG_RE.search(name) or name.lower().endswith(("setup.py", "requirements.txt")):
                    continue
                rel = None
                for candidate in (base + name, name):
                    if repo.exists(candidate):
                        rel = candidate
                        break
                if rel is None:
                    continue
                window = text[max(0, m.start() - 200):m.end() + 100]
                if heading != "command" and not RECIPE_CUE_RE.search(window):
                    continue
                kind = _path_kind(rel) or _text_kind(window + " " + (heading if heading != "command" else ""))
                if kind == "finetune" and MADE_WITH_RE.search(window):
                    kind = "training"  # "fine-tuned with axolotl using axolotl.yaml": how this release was made
                add(kind, EvidenceItem("text", rel, doc.path, line + text[:m.start()].count("\n")))


def _names_repo_link(repo: Repository, docs: list[Document], names: frozenset[str], add) -> None:
    """A link to the code repository that trained the release or its base ("The TinyLlama project aims to
    pretrain ...", next to https://github.com/jzhang38/TinyLlama): its name is the model's or the base's, and
    the text around it speaks of (pre)training the model."""
    if not names:
        return
    for doc in docs:
        if doc.role not in CARD_ROLES:
            continue
        blocks = [b for b in doc.blocks[:400] if b.kind not in ("front_matter", "metadata", "alt_text")]
        for link in doc.links[:MAX_LINKS_PER_DOC]:
            if link.source == "image" or not is_code_link(link.url) or is_dataset_link(link.url):
                continue
            if own_repo_path(link.url, repo.name) is not None:
                continue
            owner_name = repo_of_url(link.url)
            if not owner_name:
                continue
            rname = owner_name[1].lower()
            if rname in GENERIC_REPOS or rname in FINETUNE_REPOS or not any(
                    rname == n or rname.replace("-", "") == n.replace("-", "") for n in names):
                continue
            # the block that holds the link, or the next one (a bare link on its own line, in HTML)
            idx = next((i for i, b in enumerate(blocks) if link.line <= b.line + b.text.count("\n")), None)
            if idx is None:
                continue
            near = " ".join(b.text[:1500] for b in blocks[idx:idx + 2])
            if PROJECT_TRAIN_RE.search(near) and not NOT_RELEASED_RE.search(near):
                add("training", EvidenceItem("link", link.url, doc.path, link.line))


PROJECT_TRAIN_RE = lazyre.compile(
    r"\b(?:project|repo(?:sitory)?|codebase)\b[^.]{0,40}\b(?:pre-?train|train)\w*|"
    r"\b(?:pre-?trained|trained)\s+(?:with|using|in)\b|\b(?:pre-?)?training (?:code|codebase|repo(?:sitory)?)\b",
    re.I, by_alternative=True)


def find_training_code(repo: Repository, docs: list[Document], *, is_finetune: bool = False,
                       names: frozenset[str] = frozenset()
                       ) -> tuple[list[EvidenceItem], list[EvidenceItem], list[EvidenceItem]]:
    """(training code evidence, downstream fine-tuning code that does not count, evidence that does not count
    with the reason: a vendored generic framework without a configuration for this model).

    ``names`` are the release's own names (repository, title) and its bases' names, lower case."""
    items: list[EvidenceItem] = []
    downstream: list[EvidenceItem] = []
    not_counted: list[EvidenceItem] = []
    seen: set[str] = set()
    specific = frozenset(n for n in names if len(n) >= 3 and n not in _GENERIC_NAME_TOKENS)
    repo_is_framework = bool(FRAMEWORK_PATH_RE.search(repo.name.split("__")[-1] + "/"))

    def add(kind: str, item: EvidenceItem) -> None:
        if item.value in seen:
            return
        seen.add(item.value)
        if kind == "finetune" and not is_finetune:
            if len(downstream) < MAX_ITEMS:
                downstream.append(item)
        elif len(items) < MAX_ITEMS:
            items.append(item)

    framework_seen = False
    frameworks: dict[str, bool] = {}  # vendored framework root -> has a configuration for this model
    for path in candidate_paths(repo.paths, _PATH_KEYS):
        kind = _path_kind(path)
        if kind is None:
            continue
        root = None if repo_is_framework else _framework_root(path)
        if root is not None:
            # A vendored generic framework (a copied Megatron-LM or GPT-NeoX tree) is not this model's training
            # code; a configuration or launch script for this model in it is.
            if _model_specific(path[len(root):], specific):
                frameworks[root] = True
                add(kind, EvidenceItem("path", path, path, 0))
            else:
                frameworks.setdefault(root, False)
            continue
        if FRAMEWORK_PATH_RE.search(path):
            if framework_seen:
                continue
            framework_seen = True
        add(kind, EvidenceItem("path", path, path, 0))
        if len(items) >= MAX_ITEMS and len(downstream) >= MAX_ITEMS:
            break
    for root, has_config in frameworks.items():
        if not has_config:
            not_counted.append(EvidenceItem("path", root, root.rstrip("/"), 0))
    own_name = repo.name.split("__")[-1].lower()
    for doc in docs:
        if doc.role not in EVIDENCE_PROSE_ROLES:
            continue
        for link in doc.links[:MAX_LINKS_PER_DOC]:
            if link.source == "image":
                continue
            kind = _link_kind(repo, doc, link, own_name)
            if kind is None:
                continue
            value, how = kind[1], kind[0]
            add(how, EvidenceItem("link", value, doc.path, link.line))
        for line, _info, content in doc.code_blocks[:200]:
            m = TRAINING_COMMAND_RE.search(content[:5000])
            if not m:
                continue
            script = (m.group(1) or m.group(2) or "").strip()
            if re.search(r"tokeni[sz]er|eval|infer", script, re.I):
                continue
            add("finetune" if FINETUNE_PATH_RE.search(content[:5000]) and not re.search(r"pre-?train", script, re.I)
                else "training", EvidenceItem("code_block", m.group(0).strip()[:120], doc.path, line))
    _recipes_in_prose(repo, docs, add, is_finetune)
    _names_repo_link(repo, docs, specific, add)
    return items, downstream, not_counted


def _link_kind(repo: Repository, doc: Document, link, own_name: str) -> tuple[str, str] | None:
    """("training"|"finetune", target) when the link points to training code, else None."""
    target = link.url
    rel = resolve_relative(repo, doc.path, target) or own_repo_path(target, repo.name)
    if rel is None and (not is_code_link(target) or is_dataset_link(target)):
        return None  # (asked first: most links of a document are to pages, images and badges, not code)
    anchor = link.text.strip()
    sentence = sentence_of(link)
    line = source_line(doc, link)
    words = f"{anchor} {sentence} {line}"
    heading_cue = bool(HEADING_TRAIN_RE.search(link.heading or ""))
    anchor_cue = bool(ANCHOR_TRAIN_RE.search(anchor)) and not (
        ANCHOR_DATA_RE.search(anchor) and not re.search(r"\b(?:code|scripts?)\b|代码|脚本", anchor, re.I))
    cue = bool(TRAIN_CUE_RE.search(words)) or anchor_cue
    if rel is not None:
        if not repo.exists(rel):
            return None  # a broken relative link is not evidence (OW301 reports it)
        path_kind = _path_kind(rel) if not rel.lower().endswith((".md", ".txt", ".rst")) else None
        if path_kind is None and not (cue or heading_cue):
            return None
        if path_kind is None and NEGATIVE_RE.search(anchor) and not anchor_cue:
            return None
        if path_kind is None and re.search(r"\.(?:md|txt|rst|pdf|png|jpe?g|svg)$", rel, re.I) and not anchor_cue \
                and not re.search(r"train", rel, re.I):
            return None
        return (path_kind or _text_kind(words)), rel
    owner_name = repo_of_url(target)
    name = owner_name[1] if owner_name else ""
    if name in GENERIC_REPOS:
        return None
    resource_bar = anchor.lower() in ("code", "source code", "github", "training code") and bool(
        re.search(r"\bdata(?:sets?)?\b", line, re.I)) and bool(re.search(r"\bpaper|arxiv|models?\b", line, re.I))
    if not (cue or resource_bar or (heading_cue and re.match(r"^\s*(?:[-*+]|\d+\.|\|)?\s*\**[\w ]+\**\s*:",
                                                              doc.lines[link.line - 1] if 0 < link.line <= len(doc.lines)
                                                              else ""))):
        return None
    if NOT_RELEASED_RE.search(sentence):
        return None
    if NEGATIVE_RE.search(anchor) and not anchor_cue:
        return None
    if NEGATIVE_RE.search(sentence) and not TRAIN_CUE_RE.search(f"{anchor} {sentence}") and not anchor_cue:
        return None
    if name in FINETUNE_REPOS:
        return "finetune", target
    kind = _text_kind(f"{anchor} {sentence}")
    return kind, target

