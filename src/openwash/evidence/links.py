"""Where a link points: code hosts, dataset hosts, model hubs, or paths in this repository."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlsplit

from openwash.discovery import Repository
from openwash.documents import Link

CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "git.", "sr.ht")
DATASET_HOST_RE = re.compile(
    r"huggingface\.co/datasets/|hf\.co/datasets/|zenodo\.org|kaggle\.com/datasets|figshare|dataverse|"
    r"data\.[a-z0-9-]+\.[a-z]+|s3\.amazonaws\.com|storage\.googleapis\.com|\.blob\.core\.windows\.net|"
    r"^s3://|^gs://|commoncrawl\.org|opendatalab|modelscope\.cn/datasets|paperswithcode\.com/dataset",
    re.I,
)
MODEL_HUB_RE = re.compile(
    r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/|docs/|blog/|papers/|join|login|"
    r"settings|collections/|organizations/|models\?|learn/)[^/\s]+/[^/\s?#]+|"
    r"modelscope\.cn/models/|ollama\.com/library/|kaggle\.com/models/|wisemodel\.cn/models/",
    re.I,
)


def is_url(target: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", target, re.I)) or target.startswith("www.")


def is_code_host(url: str) -> bool:
    host = urlsplit(url if "://" in url else "https://" + url).netloc.lower()
    return any(host == h or host.endswith("." + h) or host.startswith(h) for h in CODE_HOSTS)


def is_dataset_link(url: str) -> bool:
    return bool(DATASET_HOST_RE.search(url))


def is_model_hub_link(url: str) -> bool:
    return bool(MODEL_HUB_RE.search(url))


def resolve_relative(repo: Repository, doc_path: str, target: str) -> str | None:
    """The repository path a relative link points to, or None when it is not a relative path."""
    if is_url(target) or target.startswith(("#", "mailto:", "data:")):
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
        return unquote(m.group(2)).strip("/")
    return None


def link_words(link: Link) -> str:
    """The words that say what a link is: its text, the sentence around it and the section heading."""
    return f"{link.text} {link.context} {link.heading}".lower()
