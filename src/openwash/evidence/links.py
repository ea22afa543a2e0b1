"""Where a link points (code hosts, dataset hosts, model hubs, paths in this repository) and what the
words around it say."""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from urllib.parse import SplitResult, unquote

from openwash import lazyre
from openwash.discovery import Repository
from openwash.documents import Document, Link
from openwash.urls import split_url

CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht", "gitee.com", "git.")
# Pages on a code host that are not code: issues, discussions, CI, wikis, release notes, images.
NOT_CODE_PATH_RE = lazyre.compile(r"/(?:issues|pulls?|discussions|actions|wiki|releases|stargazers|network|graphs|"
                              r"sponsors|security|projects)(?:/|$)|\.(?:png|jpe?g|gif|svg|webp|pdf|mp4)(?:\?|#|$)|"
                              r"[?&]raw=true", re.I)
DATASET_HOST_RE = lazyre.compile(
    r"(?:huggingface\.co|hf\.co)/datasets/|zenodo\.org/(?:record|doi)|kaggle\.com/datasets|figshare\.com|"
    r"dataverse|data\.[a-z0-9-]+\.(?:org|gov|eu)|s3\.amazonaws\.com|storage\.googleapis\.com|"
    r"\.blob\.core\.windows\.net|^s3://|^gs://|commoncrawl\.org|opendatalab|modelscope\.cn/datasets|"
    r"paperswithcode\.com/dataset|data\.commoncrawl|openslr\.org|academictorrents\.com|registry\.opendata\.aws|"
    r"pile\.eleuther\.ai|laion\.ai/blog/laion|image-net\.org",
    re.I,
)
MODEL_HUB_RE = lazyre.compile(
    r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/|docs/|blog/|papers/|join|login|"
    r"settings|collections/|organizations/|models\?|learn/|tasks/|pricing|api/|chat/|search)([^/\s?#]+)/([^/\s?#]+)"
    r"(/[^\s]*)?|"
    r"^https?://(?:www\.)?(?:modelscope\.cn/models|ollama\.com/library|kaggle\.com/models|wisemodel\.cn/models)/"
    r"([^/\s?#]+)(?:/([^/\s?#]+))?",
    re.I, by_alternative=True,
)
WEIGHT_FILE_RE = lazyre.compile(r"\.(?:safetensors|bin|gguf|ggml|pt|pth|ckpt|h5|onnx|msgpack|npz|pdparams|tflite|"
                            r"mlmodel|keras)$", re.I)
_SENTENCE_SPLIT = lazyre.by_script(r"(?<=[.!?。！？])\s+|\s+[|•·]\s+|。", r"(?<=[.!?])\s+|\s+[|•·]\s+")


def candidate_paths(paths: list[str], keys: tuple[str, ...]) -> list[str]:
    """The paths whose lower-cased text contains one of ``keys``, in order.

    Each key is searched over the joined, lower-cased listing with ``str.find`` (C speed) instead of one
    regex call per path: a tree of 100,000 files is filtered in a few milliseconds."""
    if not paths:
        return []
    joined = "\n".join(paths)
    text = joined.lower()
    if len(text) != len(joined):  # lower-casing changed lengths (rare Unicode): test path by path
        return [p for p in paths if any(k in p.lower() for k in keys)]
    hits: list[int] = []
    for key in keys:
        pos = text.find(key)
        while pos >= 0:
            hits.append(pos)
            end = text.find("\n", pos)
            if end < 0:
                break
            pos = text.find(key, end)
    if not hits:
        return []
    hits.sort()
    out: list[str] = []
    index = 0
    pos = 0
    last = -1
    for hit in hits:
        index += text.count("\n", pos, hit)
        pos = hit
        if index != last:
            out.append(paths[index])
            last = index
    return out


def is_url(target: str) -> bool:
    # a scheme is ASCII letters, digits, '+', '-', '.' (RFC 3986), spelled out: a class of letters that ignores
    # case costs a 64 K-entry table to compile (s, k and i fold to characters beyond Latin-1)
    return bool(re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", target)) or target.startswith("www.")


def _split(url: str) -> SplitResult | None:
    """``url`` (``www.`` links get https) split into its parts; None when it cannot be a URL: no evidence."""
    return split_url(url if "://" in url else "https://" + url)


def host_of(url: str) -> str:
    parts = _split(url)
    return parts.netloc.lower().split("@")[-1].split(":")[0] if parts else ""


def is_code_host(url: str) -> bool:
    host = host_of(url)
    if host.endswith("github.io"):
        return False
    return any(host == h or host.endswith("." + h) or (h.endswith(".") and host.startswith(h)) for h in CODE_HOSTS)


def is_code_link(url: str) -> bool:
    """A link to a code repository (or a file in one), not to its issues, CI, images or releases."""
    return is_url(url) and is_code_host(url) and not NOT_CODE_PATH_RE.search(url)


def repo_of_url(url: str) -> tuple[str, str] | None:
    """(owner, name) of a code-host URL."""
    split = _split(url)
    parts = [p for p in split.path.split("/") if p] if split else []
    if len(parts) >= 2:
        return parts[0].lower(), parts[1].lower().removesuffix(".git")
    return None


def is_dataset_link(url: str) -> bool:
    return bool(DATASET_HOST_RE.search(url))


def hub_model(url: str) -> tuple[str, str] | None:
    """(org, model) of a model-hub link to a model (a page or a weight file), else None."""
    m = MODEL_HUB_RE.search(url)
    if not m:
        return None
    if m.group(1):
        rest = m.group(3) or ""
        # /resolve/ or /blob/ to a file that is not a weight file (a README, a data file) is not weights.
        fm = re.match(r"/(?:resolve|blob|raw)/[^/]+/(.+)", rest)
        if fm and not WEIGHT_FILE_RE.search(fm.group(1).split("?")[0]):
            return None
        if re.search(r"tensorboard|(?:^|[-_])logs?$|wandb", m.group(2), re.I):
            return None
        return m.group(1).lower(), m.group(2).lower()
    return (m.group(4) or "").lower(), (m.group(5) or "").lower()


def is_model_hub_link(url: str) -> bool:
    return hub_model(url) is not None


def resolve_relative(repo: Repository, doc_path: str, target: str) -> str | None:
    """The repository path a relative link points to, or None when it is not a relative path."""
    if is_url(target) or target.startswith(("#", "mailto:", "data:", "tel:", "javascript:")) or "://" in target:
        return None
    path = unquote(target.split("#", 1)[0].split("?", 1)[0]).strip()
    if not path:
        return None
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(posixpath.dirname(doc_path), path)
    norm = posixpath.normpath(joined)
    if norm.startswith("..") or norm == ".":
        return None
    return norm


def own_repo_path(url: str, repo_name: str) -> str | None:
    """For a github.com/<owner>/<repo>/(tree|blob)/<ref>/<path> link into this repository, the path."""
    m = re.match(r"https?://github\.com/[^/]+/([^/]+)/(?:tree|blob)/[^/]+/(.+)$", url)
    if m and m.group(1).lower().removesuffix(".git") == repo_name.lower().split("__")[-1]:
        return unquote(m.group(2).split("#")[0]).strip("/")
    return None


def link_words(link: Link) -> str:
    """The words that say what a link is: its text, the sentence around it and the section heading."""
    return f"{link.text} {link.context} {link.heading}".lower()


_MD_URL_RE = lazyre.compile(r"\]\([^)]*\)|<[^>]+>|https?://\S+|`[^`]*`")


@lru_cache(maxsize=4096)
def _clean_line(line: str) -> str:
    return re.sub(r"\s+", " ", _MD_URL_RE.sub(" ", line).replace("[", " ").replace("]", " ")).strip()


def source_line(doc: Document, link: Link) -> str:
    """The source line the link is written on, with URLs and markup removed (a table row, a list item,
    a `key: value` line)."""
    if 0 < link.line <= len(doc.lines):
        return _clean_line(doc.lines[link.line - 1][:2000])
    return ""


def sentence_of(link: Link) -> str:
    """The sentence of the link's block that holds its anchor text (the whole block for bare URLs)."""
    ctx = link.context or ""
    if not ctx:
        return ""
    anchor = link.text.strip()
    if anchor and anchor in ctx:
        pos = ctx.find(anchor)
        start = 0
        for m in _SENTENCE_SPLIT.finditer(ctx):
            if m.end() <= pos:
                start = m.end()
            elif m.start() >= pos + len(anchor):
                return ctx[start:m.start()]
        return ctx[start:]
    return ctx[:400]


def own_tokens(repo: Repository) -> set[str]:
    """Lower-case tokens of the repository's owner and name (for telling own releases from others')."""
    owner, _, name = repo.name.partition("__")
    if not name:
        owner, name = "", owner
    tokens = {owner.lower(), name.lower()}
    tokens.update(t for t in re.split(r"[-_. ]+", f"{owner} {name}".lower()) if len(t) >= 3)
    tokens.update(re.sub(r"[\d.]+$", "", t) for t in list(tokens))
    tokens.update(t[:-2] for t in list(tokens) if t.endswith(("lm", "ai")) and len(t) >= 6)
    tokens = {t for t in tokens if len(t) >= 3}
    return tokens
