"""Training-data evidence: dataset metadata, dataset links in a training-data context, data cards and
datasheets, and "Training data" sections that name real sources.

Vague text ("publicly available sources", "a mix of web data", "15 trillion tokens") is not a pointer.
Placeholders ("coming soon", "TBD", "available upon request", "[More Information Needed]") never count and
are reported separately (OW105).  Datasets for benchmarks, and example datasets for users to fine-tune
with, are not the training data of the release.
"""

from __future__ import annotations

import re

from openwash import lazyre
from openwash.discovery import Repository
from openwash.documents import Block, Document
from openwash.evidence.links import is_dataset_link, is_url, resolve_relative, sentence_of, source_line
from openwash.evidence.types import EvidenceItem
from openwash.vocabulary import EVIDENCE_PROSE_ROLES, PROSE_ROLES

MAX_ITEMS = 40
MAX_LINKS_PER_DOC = 3000

DATA_CUE_RE = lazyre.compile(
    r"\b(?:pre-?)?train(?:ing|ed)?\b|\bfine-?tun\w*|\bfinetun\w*|\bsft\b|\binstruction[- ]tun\w*|\brlhf\b|\bdpo\b|"
    r"\bcorpus\b|\bcorpora\b|\bdata ?mix\w*|\bmixture\b|\bdatasets? (?:we|used)\b|\bdata (?:we|used)\b|"
    r"\btrained on\b|\bpre-?training (?:data|corpus|dataset)|训练|微调|语料|数据集",
    re.I,
)
DATA_HEADING_RE = lazyre.compile(r"\b(?:training|pre-?train(?:ing)?|fine-?tun(?:e|ing)|instruction|sft)\s+(?:data(?:sets?)?|corpus)\b|"
                             r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:the\s+)?(?:data(?:sets?)?|training data(?:sets?)?|"
                             r"data (?:sources?|mix\w*|details|preparation|card)|corpus|pretraining data)\W*$|"
                             r"\bdata\b.*\bdownloads?\b|\bdownloads?\b.*\bdata\b|训练数据|数据", re.I)
EVAL_RE = lazyre.compile(r"\b(?:evaluat\w*|benchmark\w*|leaderboard|test[- ]?sets?|eval|validation set|\d+-shot|"
                     r"zero-shot|few-shot|accuracy)\b|评测|测评|评估|测试|基准",
                     re.I)
NEWS_HEADING_RE = lazyre.compile(r"\b(?:news|updates?|changelog|announcements?|what'?s new|release notes)\b|新闻|动态|更新",
                             re.I)
USER_RE = lazyre.compile(r"\byou can\b|\byour (?:own|custom\w*)\b|\b(?:sample|example|demo|toy|dummy) data(?:sets?)?\b|"
                     r"\bby default\b|\bas an example\b|你可以|默认|示例|自定义|为例|样例", re.I)
# Examples ("such as", "like") only mean "for users" when nothing says the release itself was trained on them.
EXAMPLE_RE = lazyre.compile(r"\bsuch as\b|\bdatasets? like\b|\bfor example\b|\be\.g\.|例如", re.I)
OWN_TRAINING_RE = lazyre.compile(r"\b(?:we|our|was|were|is|are)\b[^.]{0,60}\b(?:pre-?)?train(?:ed|ing)?\b|\btrained on\b|"
                             r"\bpre-?train(?:ed|ing)? (?:on|data|corpus)\b|我们|训练数据", re.I)
# Benchmarks are what a model is tested on, not what it was trained on.
BENCHMARK_URL_RE = lazyre.compile(r"/datasets/(?:[\w.-]+/)?(?:openai_humaneval|humaneval[\w-]*|mbpp|gsm8k|competition_math|"
                              r"hendrycks[\w-]*|mmlu[\w-]*|cmmlu|ceval[\w-]*|bbh|big_bench[\w-]*|med_qa|medqa|"
                              r"agieval|hellaswag|winogrande|truthful_?qa|arc|ai2_arc|piqa|boolq|lambada|triviaqa|"
                              r"natural_questions|squad[\w-]*|mt_bench[\w-]*|alpaca_eval|gaokao[\w-]*|math_qa|"
                              r"openbookqa|commonsense_qa|siqa|race|drop|xnli|flores[\w-]*)(?:[/?#]|$)", re.I)
PLACEHOLDER_RE = lazyre.compile(
    r"\[more information needed\]|\bmore information needed\b|\bcoming soon\b|\bTBD\b|\bTBA\b|"
    r"\bto be (?:released|announced|added|determined|published|updated)\b|"
    r"\bavailable (?:up)?on (?:reasonable )?request\b|\b(?:up)?on (?:reasonable )?request\b|"
    r"\bwill be (?:released|made (?:publicly )?available|open-?sourced|published|added)\s+(?:soon|later|shortly)\b|"
    r"\bstay tuned\b|\bcontact us for (?:access|the data)|即将(?:发布|开源|公开)|敬请期待",
    re.I, by_alternative=True,
)
# Cheap first test for PLACEHOLDER_RE (every placeholder contains one of these).
_PLACEHOLDER_KEYS = ("more information", "coming soon", "tbd", "tba", "to be ", "request", "will be", "stay tuned",
                     "contact us", "即将", "敬请")
POINTER_NOUN_RE = lazyre.compile(r"\b(?:data(?:sets?)?|corpus|code|scripts?|weights?|checkpoints?|training|paper|"
                             r"report|model card|data ?card|datasheet|recipes?|configs?)\b|数据|代码|权重|论文|报告", re.I)
# Named, obtainable training corpora.  Generic source names (Wikipedia, GitHub, arXiv ...) only count when
# several are named together (a source breakdown), never alone.
SPECIFIC_SOURCES_RE = lazyre.compile(
    r"\b(?:the pile|pile-?cc|redpajama(?:-data)?(?:-v2)?|slimpajama|dolma|dolmino|refinedweb|fineweb(?:-edu|-2)?|"
    r"c4|mc4|oscar|roots|the stack(?: v2)?|starcoderdata|laion-?(?:5b|400m|2b|aesthetics)|openwebtext2?|books3|"
    r"bookcorpus|pg-?19|proof-?pile(?:-2)?|open-?web-?math|algebraic ?stack|wikitext(?:-103)?|ultrachat(?:_200k)?|"
    r"ultrafeedback|oasst1|oasst2|openassistant conversations|dolly-15k|databricks-dolly-15k|flan(?: collection|-v2)?|"
    r"tulu(?:-v2)?(?:-sft)?-mixture|slimorca|openorca|dclm-baseline|matrix|wudao(?:corpora)?|cc-100|cc100|"
    r"the-stack-dedup|peS2o|s2orc|megawika|cosmopedia|smoltalk|finemath|stack-edu|nemotron-cc|txt360|"
    r"zyda(?:-2)?|mathpile|openhermes|lmsys-chat-1m|anthropic hh|hh-rlhf|alpaca_data|self-instruct|"
    r"common ?crawl snapshots?|cc-main-\d{4})\b",
    re.I,
)
GENERIC_SOURCES_RE = lazyre.compile(r"\b(?:wikipedia|github|arxiv|stack ?exchange|common ?crawl|books?|pubmed(?: central)?|"
                                r"gutenberg|semantic scholar|reddit|hacker ?news|youtube subtitles|freelaw|uspto|"
                                r"openwebtext|news|patents)\b", re.I)
VAGUE_RE = lazyre.compile(r"publicly available (?:sources|data|datasets)|a (?:new )?mix of|from the (?:internet|web)\b|"
                      r"carefully curated|high-quality data|licensed data|proprietary|internal data", re.I)
DATASET_CARD_KEYS = ("dataset_info", "task_categories", "size_categories", "configs", "source_datasets",
                     "annotations_creators", "language_creators", "multilinguality", "task_ids")


def is_dataset_card(doc: Document) -> bool:
    fm = doc.front_matter
    return fm is not None and any(k in fm.data for k in DATASET_CARD_KEYS) and not any(
        k in fm.data for k in ("base_model", "pipeline_tag", "library_name", "model-index"))


def _own_data_link(repo: Repository, doc: Document, link, rel: str) -> bool:
    """A relative link to data in the tree (a data file, a data directory, a data card)."""
    if not repo.exists(rel):
        return False
    if re.search(r"data[_-]?card|datasheet|data[_-]?sheet", rel, re.I):
        return True
    if re.search(r"\.(?:jsonl?|parquet|csv|tsv|arrow|txt\.gz|jsonl\.gz|json\.gz|zst)$", rel, re.I) or \
            re.search(r"(?:^|/)data(?:sets?)?(?:/|$)", rel, re.I):
        words = f"{link.text} {sentence_of(link)} {source_line(doc, link)}"
        return bool(DATA_CUE_RE.search(words) or re.search(r"\bdata(?:sets?)?\b", link.text, re.I)) and \
            not USER_RE.search(sentence_of(link)) and not EVAL_RE.search(f"{link.text} {sentence_of(link)}")
    return False


def find_training_data(repo: Repository, docs: list[Document]) -> list[EvidenceItem]:
    items: list[EvidenceItem] = []
    seen: set[tuple[str, str]] = set()

    def add(item: EvidenceItem) -> None:
        key = (item.kind, item.value)
        if key not in seen and len(items) < MAX_ITEMS:
            seen.add(key)
            items.append(item)

    for doc in docs:
        fm = doc.front_matter
        if fm is not None and not is_dataset_card(doc):
            for i, name in enumerate(fm.get_list("datasets")):
                if name.strip() and not PLACEHOLDER_RE.search(name):
                    add(EvidenceItem("metadata", name, doc.path, fm.lines.get(f"datasets[{i}]", fm.line_of("datasets"))))
        if (doc.role == "data_card" or is_dataset_card(doc)) and _has_content(doc):
            add(EvidenceItem("data_card", doc.path, doc.path, 1))
        if doc.role not in EVIDENCE_PROSE_ROLES:
            continue
        for link in doc.links[:MAX_LINKS_PER_DOC]:
            if link.source == "image":
                continue
            rel = resolve_relative(repo, doc.path, link.url)
            if rel is not None:
                if _own_data_link(repo, doc, link, rel):
                    add(EvidenceItem("link", rel, doc.path, link.line))
                continue
            if not is_url(link.url) or not is_dataset_link(link.url):
                continue
            if _training_data_context(doc, link):
                add(EvidenceItem("link", link.url, doc.path, link.line))
        for item in _data_sections(doc):
            add(item)
    return items


def _training_data_context(doc: Document, link) -> bool:
    anchor = link.text
    sentence = sentence_of(link)
    line = source_line(doc, link)
    heading = link.heading or ""
    near = f"{anchor} {sentence} {line}"
    if EVAL_RE.search(f"{anchor} {sentence}") or BENCHMARK_URL_RE.search(link.url):
        return False
    if len(link.context or "") < 400 and EVAL_RE.search(link.context or ""):
        return False
    if EVAL_RE.search(heading) and not DATA_HEADING_RE.search(heading):
        return False
    if USER_RE.search(sentence) or (EXAMPLE_RE.search(sentence) and not OWN_TRAINING_RE.search(sentence)):
        return False
    if re.search(r"\.(?:png|jpe?g|gif|svg|webp|mp4)(?:\?|$)", link.url, re.I):
        return False
    if NEWS_HEADING_RE.search(heading) and not DATA_CUE_RE.search(f"{anchor} {sentence}"):
        return False
    raw = doc.lines[link.line - 1] if 0 < link.line <= len(doc.lines) else ""
    table_row = raw.lstrip().startswith("|")
    return bool(DATA_CUE_RE.search(near) or DATA_HEADING_RE.search(heading) or
                re.search(r"\bdata(?:sets?)?\b|数据", anchor, re.I) or
                (table_row and re.search(r"\bdata(?:sets?)?\b|数据", line, re.I)))


def _has_content(doc: Document) -> bool:
    text = " ".join(b.text for b in doc.blocks if b.kind != "heading")
    if len(text) < 300:
        return False
    holes = len(PLACEHOLDER_RE.findall(text))
    return holes * 200 < len(text)


def _data_sections(doc: Document) -> list[EvidenceItem]:
    """A "Training data" section that names real sources (not only vague words) is data information."""
    out: list[EvidenceItem] = []
    sections: dict[str, list[Block]] = {}
    for block in doc.blocks:
        if block.kind == "heading" or not block.heading:
            continue
        if DATA_HEADING_RE.search(block.heading) and not EVAL_RE.search(block.heading):
            sections.setdefault(block.heading, []).append(block)
    for heading, blocks in sections.items():
        text = " ".join(b.text for b in blocks)[:8000]
        specific = {m.group(0).lower() for m in SPECIFIC_SOURCES_RE.finditer(text)}
        generic = {m.group(0).lower() for m in GENERIC_SOURCES_RE.finditer(text)}
        if specific or len(generic) >= 3:
            out.append(EvidenceItem("section", heading, doc.path, blocks[0].line))
    return out


def find_placeholders(docs: list[Document]) -> list[EvidenceItem]:
    """Placeholders standing where a pointer should be, in data, code or weights contexts."""
    out: list[EvidenceItem] = []
    for doc in docs:
        if doc.role not in PROSE_ROLES:
            continue
        for block in doc.blocks:
            if len(out) >= 40:
                return out
            low = block.text.lower()
            if not any(k in low for k in _PLACEHOLDER_KEYS):
                continue
            lines_seen: set[int] = set()
            for m in PLACEHOLDER_RE.finditer(block.text):
                sentence = _sentence_around(block.text, m.start(), m.end())
                template = "more information needed" in m.group(0).lower()
                if not template and not POINTER_NOUN_RE.search(sentence) and not (
                        len(sentence) < 60 and POINTER_NOUN_RE.search(block.heading or "")):
                    continue
                pos = block.position(m.start())
                if pos.line in lines_seen:
                    continue  # one finding per line
                lines_seen.add(pos.line)
                label = f"{block.heading}: {m.group(0)}" if block.heading else m.group(0)
                out.append(EvidenceItem("text", label, doc.path, pos.line))
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("。", 0, start), text.rfind("|", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("。", end), text.find("|", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right]


def placeholder_in(text: str) -> bool:
    return bool(PLACEHOLDER_RE.search(text))
