"""What a repository calls itself: the one place own names are derived and matched.

A claim counts when it is about something this repository releases, so the claim detector, the evidence
finders and ``openwash claims`` all need to know the names the release goes by.  They are read from the
whole repository:

* the repository name and its pieces, and the owner's name when it is known (``meta-llama/llama3`` →
  ``llama3``, ``meta-llama``);
* the first H1 title (or an H2 that opens the document), and every later H1 written as a name ('# MPT',
  '# Wren 3.1'; a README that heads its sections with H1s, '# Disclaimer', names nothing there), with
  decorations removed ("Model Card for …", "… Model Card", "(Deprecated)", "nightly", emoji and badges);
* the bold or first-mentioned subject of the lead paragraph ("**Demo-7B** is …");
* the names in links to its own releases: ``github.com/OWNER/NAME`` or ``huggingface.co/OWNER/NAME`` where
  OWNER is the repository's owner (the repository name and the link's text), ``pip install NAME`` where NAME
  carries one of the repository's names ('wren-kit' for Wren; 'pip install openmim' installs a dependency), and
  the package name in ``pyproject.toml`` or the root ``package.json``, and its first word ('kaboom-devtools':
  Kaboom);
* a model card's ``model_name``/``pretty_name``/``model-index`` names and the names of model folders
  (``models/NAME/README.md``);
* the proper noun the documents keep returning to.

A name the documents link, as a link's whole text, to its home on another's site or repository
('[Symfony](https://symfony.com)') is what the project uses or builds on: it is no lead name and no recurring name.

A card's ``base_model`` is never an own name: a fine-tune is not its base.

Names are matched the way people write them: case, hyphen/space/underscore, version and size suffixes are
folded (``Demo`` ~ ``Demo-7B`` ~ ``demo-7b-instruct``; ``Llama 3`` ~ ``Llama-3-8B``): see :func:`name_key`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from openwash import lazyre
from openwash.claims.lexicon import DEPENDENCY
from openwash.claims.patterns import COMMON_ACRONYMS
from openwash.claims.segment import any_phrase
from openwash.claims.text import has_cjk, last_match
from openwash.documents import Block, Document
from openwash.records import field, record
from openwash.urls import PAPER_ADDRESS

# Words that are never a name on their own: a title "Model" or a repository "docs" names nothing.
GENERIC = frozenset(["repository", "repositories", "repo", "repos", "application", "applications", "template",
                      "templates", "open", "design", "diffusion", "stable", "source", "opensource", "model", "models", "llm", "llms", "ai", "ml", "data", "dataset", "datasets", "code", "docs", "doc", "api", "app", "apps", "server", "client", "core", "build", "base", "chat", "large", "small", "plan", "series", "main", "master", "dev", "hub", "lab", "labs", "project", "projects", "awesome", "oss", "popular", "sdk", "sdks", "self", "the", "and", "for", "release", "releases", "software", "configurations", "research", "learning", "deep", "language", "library", "lib", "tools", "tool", "kit", "framework", "engine", "studio", "train", "training", "inference", "demos", "examples", "example", "website", "web", "site", "org", "com", "io", "github", "python", "py", "js", "rs", "go", "instruct", "embedding", "embeddings", "japanese", "chinese", "english", "nlp", "gpt", "materials", "material", "hosting", "instruction", "instructions", "math", "maths", "kits", "readme", "plugin", "plugins", "agent", "agents", "bot", "system", "note", "warning", "tip", "important", "caution", "official", "benchmark", "eval", "evaluation", "plus", "pro", "mini", "tiny", "new", "next", "one", "two", "all", "free", "bridge", "text", "image", "video", "audio", "speech", "vision", "multilingual", "features", "feature", "installation", "install", "usage", "quickstart", "quick", "start", "getting", "started", "introduction", "overview", "news", "license", "licence", "citation", "contributing", "contents", "table", "acknowledgements", "acknowledgments", "about", "todo", "what", "why", "how", "faq", "requirements", "setup", "results", "updates", "changelog", "roadmap", "community", "contact", "documentation", "reference", "references", "we", "our", "this", "that", "a", "an", "of", "in", "to", "with", "by", "on", "is", "are", "it", "its", "new", "latest", "model-card", "card", "weights", "checkpoints", "highlights", "summary", "details", "description", "tagline", "motto", "slogan", "architecture", "inference", "notes", "team", "authors",
                      # section titles of Chinese and Japanese READMEs ('# 目录' is the contents, not a name)
                      "目录", "目錄", "介绍", "介紹", "简介", "簡介", "概述", "概要", "新闻", "新聞", "更新", "更新日志",
                      "动态", "動態", "最新动态", "安装", "安裝", "使用", "使用方法", "快速开始", "快速開始", "快速上手",
                      "部署", "推理", "评测", "評測", "下载", "下載", "模型下载", "示例", "样例", "特性", "亮点", "功能",
                      "许可", "许可证", "協議", "协议", "开源协议", "开源许可", "致谢", "致謝", "引用", "联系", "聯繫",
                      "联系我们", "声明", "免责声明", "常见问题", "目次", "はじめに", "使い方", "インストール",
                      "推荐", "推荐项目", "推薦項目", "相关项目", "相關項目", "其他项目", "其他項目", "友情链接",
                      "预览", "預覽", "截图", "演示", "文档", "文檔", "贡献", "社区", "交流群", "赞助", "捐赠",
                      "路线图", "技术栈", "架构", "功能特性", "项目介绍", "项目简介",
                      "ライセンス", "謝辞", "お問い合わせ",
                      # ... and of the other languages' READMEs ('# Contribuciones', '## Installation')
                      # (a model in the other languages, the accents folded as name_key folds them)
                      "modeles", "modele", "modelos", "modelo", "modelli", "modello", "modelle", "modell", "modellen",
                      "contributions", "contribuciones", "contribuir", "contribuição", "contribuições", "contribuer",
                      "mitwirken", "beitragen", "contribuire", "contributi", "bijdragen", "instalación", "instalação",
                      "installazione", "installatie", "uso", "utilisation", "verwendung", "nutzung", "utilizzo",
                      "gebruik", "licencia", "licença", "lizenz", "licenza", "licentie", "características",
                      "funcionalidades", "fonctionnalités", "funktionen", "funzionalità", "comunidad", "comunidade",
                      "communauté", "gemeinschaft", "comunità", "documentación", "documentação", "dokumentation",
                      "documentazione", "introducción", "introdução", "einführung", "introduzione", "requisitos",
                      "prérequis", "voraussetzungen", "requisiti", "créditos", "agradecimientos", "remerciements",
                      "danksagung", "ringraziamenti", "установка", "использование", "лицензия", "возможности",
                      "документация", "сообщество", "설치", "사용법", "라이선스", "기능", "소개", "기여",
                      # ... and their words that name nothing ('## Que es DOCKER?': what is Docker)
                      "que", "qué", "es", "de", "del", "la", "el", "los", "las", "le", "les", "des", "du", "un", "une",
                      "una", "uno", "il", "di", "da", "do", "dos", "der", "die", "und", "ist", "het", "een", "van",
                      "en", "et", "y", "para", "pour", "per", "für", "voor", "con", "avec", "mit", "met", "что",
                      "это"])

# Suffix words folded away when names are compared: sizes and versions are matched separately.
# a component suffix of a repository name: open-im-server is OpenIM, grist-core is Grist
_COMPONENT_WORDS = ("server", "core", "app", "desktop", "web", "cli", "sdk")
_VARIANT = frozenset(["instruct", "instruction", "chat", "base", "hf", "it", "preview", "beta", "alpha", "nightly", "gguf", "awq", "gptq", "fp16", "bf16", "int4", "int8", "sft", "dpo", "rlhf", "v", "deprecated", "latest", "final", "release", "official", "pretrain", "pretrained", "pretraining", "finetune", "finetuned", "ft", "lora", "community", "edition", "model", "models", "card",
                      *_COMPONENT_WORDS])
# ... and one glued to a name in camel case, 'UI' and 'Engine' among them ('SwarmUI' is Swarm, 'ComfyUI' Comfy,
# 'FlameEngine' Flame); separated, they stay words of the name ('stable-diffusion-ui' is not Stable Diffusion)
_GLUED_COMPONENT = lazyre.compile(r"([A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)(?:" + "|".join(
    sorted({form for word in (*_COMPONENT_WORDS, "ui", "engine") for form in (word.capitalize(), word.upper())})) + ")")
# (where the case changes at the glue, as a name ends: 'AndroidAPS' + 'docs', 'Widgetly' + 'Docs'; 'readthedocs' and
# 'mkdocs' are names of their own)
_GLUED_DOCS = lazyre.compile(r"([A-Za-z][A-Za-z0-9]+[A-Z0-9])(?:docs|doc|documentation|wiki)|"
                             r"([A-Za-z][A-Za-z0-9]{2,})(?:Docs|Doc|Documentation|Wiki|DOCS)")
_SIZE = lazyre.compile(r"^(?:\d+(?:\.\d+)?[bmkt]|\d+x\d+[bm]|a\d+(?:\.\d+)?b|\d+(?:\.\d+)?|v\d+(?:\.\d+)*[a-z]?)$")
_NOT_ALNUM = lazyre.compile(r"[\W_]")
# a repository name made of 'Chinese' and another name, either way round ('Chinese-Mixtral', 'Llama2-Chinese')
_CHINESE_PIECE = lazyre.compile(r"chinese[-_ ]+(.+)|(.+?)[-_ ]+chinese", re.IGNORECASE)
_SPLIT = lazyre.compile(r"[\s\-_./:]+")
# a repository named as a fork of a product ('Grasscutter-Fork', 'fork-of-x'): the product is someone else's
_FORK_NAME = lazyre.compile(r"(.+?)[-_.]fork(?:ed)?|fork(?:ed)?[-_.](?:of[-_.])?(.+)", re.IGNORECASE)
# a repository that demonstrates, teaches or tries out a product ('vosk_demo', 'whisper-examples', 'learn-rust'), or
# that holds someone's settings for it ('synergy-config', 'nvim-dotfiles'): the product's name in it is what is shown
# or set up, someone else's unless the publisher is named after it
_DEMO_OF = lazyre.compile(r"(.+?)[-_](?:demos?|examples?|tutorials?|playground|starter|samples?|notes|practice|"
                          r"exercises?|study|learning|configs?|dotfiles|settings)|(?:learn|learning|study|try|hello)[-_](.+)", re.IGNORECASE)
# (Latin letters and digits: a Chinese sentence runs on after the name without a space, 'VeighNa是一套…')
_NAME_TOKEN = lazyre.compile(r"[A-Za-z][A-Za-z0-9_\-.]*[A-Za-z0-9_]|[A-Za-z]")
# words that open a sentence before a copula without naming anything ('Below are the projects we use')
_DEICTIC_SUBJECTS = frozenset(["below", "above", "here", "there", "these", "those", "following", "today", "now",
                               "also", "next", "then", "such", "some", "many", "most", "other", "others", "both",
                               "each", "every", "which", "what", "who"])
# a capitalised word alone inside a sentence, right after a word in small letters ('… trained with Wren'): a proper
# noun.  A sentence's or a line's first word ('You', 'Support') is capitalised whatever it is, and so is each word of a
# title-case phrase ('Hugging Face', 'Machine Translation'); not the tail of a path ('/Wren')
_CAPITALISED_TOKEN = lazyre.compile(r"(?<![\w\-./])[a-z][\w'’\-]*[,;)]? ([A-Z][\w\-.]*\w)(?! [A-Z])")
# (a Hub collection, 'huggingface.co/collections/OWNER/x', is a list of models, no repository of an owner 'collections')
OWN_LINK = lazyre.compile(r"(?:github\.com|huggingface\.co|gitlab\.com|gitee\.com|modelscope\.cn/models)/"
                           r"(?!datasets/|spaces/|docs/|blog/|papers/|orgs/|sponsors/|collections/)"
                           r"([\w\-.]+)/([\w\-.]+)", re.I)
# what follows OWNER/NAME in a link to a file or page inside a repository, not to the repository itself
_DEEP_LINK = lazyre.compile(r"/(?:blob|tree|raw|issues|pulls?|wiki|releases|discussions|actions|resolve|commits?)/")
# ... and anything else after OWNER/NAME but a trailing slash, '.git' or a query ('…/assets/…', '…#介绍')
_INSIDE_REPO = lazyre.compile(r"/?#|/[^/?#\s]")
# the host of a web link (its labels are compared with the owner's name)
_SITE_HOST = lazyre.compile(r"https?://([\w\-.]+)(?:[:/?#]|$)", re.I)
# a pip command line up to its end ('&&', ';', '#' or the line's end); :func:`_pip_packages` reads its arguments
_PIP = lazyre.compile(r"pip3?\s+install\s+([^\n&;#|]*)")
_PIP_ARG_OPTIONS = frozenset(["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url",
                              "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--src"])
_INSTALL_TOOLS = frozenset(["pip", "setuptools", "wheel", "uv", "pipx", "poetry"])
_PIP_NAME = lazyre.compile(r"[A-Za-z][\w\-.]*")  # the name before extras and a version ('wren[gpu]>=2')
_PYPROJECT_NAME = lazyre.compile(r"^\s*name\s*=\s*[\"']([^\"']+)[\"']", re.M)
# a "name" member of package.json, with its indentation (the package's is the least indented; a scope before '/')
_PACKAGE_JSON_NAME = lazyre.compile(r'^( *)"name"\s*:\s*"(?:@[^"/]+/)?([^"]+)"', re.M)
# a title written as a name: up to three words, one of them with a capital after a small letter ('WrenChat'), or
# letters and digits together ('Wren2', 'GPT-4o'), or in capitals ('MPT', 'DBRX'), or a capitalised word and a
# version ('Wren 3.1', 'Wren v2')
_NAME_SHAPED_TITLE = lazyre.compile(r"(?=(?:\S+\s+){0,2}\S+$)(?:.*\b(?:[A-Za-z]*[a-z][A-Z]|[A-Za-z]+\d|\d+[A-Za-z]|"
                                    r"[A-Z][A-Z0-9]{1,5}\b)"
                                    r"|[A-Z][\w\-.]*\s+v?\d+(?:\.\d+)*\b).*")
_BOLD = lazyre.compile(r"\*\*([^*\n]{2,40})\*\*|__([^_\n]{2,40})__")
_TITLE_SEP = lazyre.by_script(r"\s*(?::|：|\s[-–—|]\s|[(（\[])\s*", r"\s*(?::|\s[-–—|]\s|[(\[])\s*")
_DECORATION = lazyre.compile(
    r"^(?:model\s+card\s+(?:for|of)\s+|the\s+official\s+|official\s+|welcome\s+to\s+|introducing\s+|"
    r"introduction\s+(?:to|of)\s+|about\s+|why\s+(?:use|choose)\s+|为什么(?:使用|选择|要用)\s*|為什麼(?:使用|選擇)\s*)"
    r"|\s+(?:model\s+card|repository|repo|readme|nightly|\(deprecated\)|deprecated|archived)$", re.I)
# a lead that credits another maker describes someone else's product ('X is ... developed by Meta')
_MAKER = lazyre.compile(r"\b(?:developed|created|made|built|maintained|released|published|open-?sourced)\s+by\b", re.I)
# the name after 'implementation of', 'alternative to', 'built on', 'compatible with', ... ('the', 'a' between)
_OTHERS_PRODUCT = lazyre.compile(
    r"\b(?:(?:implementation|alternative|clone|fork|port|replacement|client|wrapper|front-?end|plugin|extension)s?"
    r"\s+(?:of|to|for)|(?:based|built)\s+on(?:\s+top\s+of)?|compatible\s+with|powered\s+by)"
    r"\s+(?:the\s+|an?\s+)?([A-Z][\w\-.]*\w)")
# an emphasised name opening the lead as the copula's subject, with a short name in brackets after it
_LEAD_EMPHASIS = lazyre.compile(r"\s*(?:>\s*)?(\*{1,2}|_{1,2})([^*_\n]{2,40}?)\1\s*(?:\(([A-Za-z][\w.\-]{1,15})\)\s*)?"
                                r"(?:(?:is|are|was)\s|是|为|為)")
# the document says whose official code it is: 'This is the official repository for Open-MAGVIT2', 'the official
# PyTorch implementation of **Wren**' (not 'an unofficial implementation of …', someone else's work)
_OFFICIAL_OF = lazyre.compile(r"(?:^[\s>*_#]*|\b(?i:is|contains|provides|hosts|holds)\s+)(?i:the\s+|our\s+)?(?i:official)\s+"
                              r"(?:[\w\-.]+\s+){0,2}?(?i:repository|repo|implementation|code(?:base)?|release)\s+(?i:for|of)\s+"
                              r"(?i:the\s+)?[*_`\[]{0,3}([A-Z][\w\-.]*[\w])[*_`\]]*(?=\s*(?:[,.:;(\[—]|\s-\s|$))")
_COPULA_START = lazyre.compile(r"^\s*(?:is|are|was|—|-|,|\(|：|是|は)", re.I)


# the nouns of what connects a product to another's: their first word names the other ('Flink Connector')
_ADAPTER_NOUNS = frozenset(["connector", "connectors", "operator", "operators", "adapter", "adapters", "integration",
                            "integrations", "binding", "bindings", "driver", "drivers", "exporter", "exporters",
                            "provider", "providers", "wrapper", "wrappers", "bridge", "plugin", "plugins"])
# folders that hold the front README's translations ('docs/i18n/README.pt.md', 'translations/README_ja.md')
_TRANSLATION_FOLDERS = frozenset(["docs", "doc", "i18n", "l10n", "translations", "translation", "locales", "locale",
                                  "lang", "langs", "languages", "readme", "readmes", ".github"])
# a language's code ('ja', 'zh-cn', 'pt_BR'; not 'go', 'ui', 'js' or 'dev')
_LANGUAGE_CODE = (r"(?:en|zh|ja|jp|ko|kr|es|fr|de|pt|ru|it|nl|tr|vi|id|ar|pl|uk|fa|hi|th|cs|sv)"
                  r"(?:[-_](?:cn|tw|hk|hans|hant|br|pt|us|gb|mx|es))?")
# a folder named for a language
_LANGUAGE_FOLDER = lazyre.compile(_LANGUAGE_CODE)
# a README named for its language ('README.pt.md', 'README_zh-CN.md', 'README-ja.md')
_TRANSLATED_README = lazyre.compile(r"readme[._-]" + _LANGUAGE_CODE + r"\.(?:md|mdx|markdown)")
# a page named for its language alone, by its code or its name in English or in itself ('zh-CN.md', 'german.md',
# 'espanol.md')
_LANGUAGE_PAGE = lazyre.compile(r"(?:" + _LANGUAGE_CODE + r"|english|(?:simplified[-_]|traditional[-_])?chinese|japanese|"
                                r"korean|german|deutsch|french|fran[cç]ais|spanish|espa[nñ]ol|portuguese|portugu[eê]s|"
                                r"russian|italian|italiano|dutch|turkish|vietnamese|arabic|polish|ukrainian|persian|"
                                r"hindi|thai|indonesian)\.(?:md|mdx|markdown)")


def is_front_readme(path: str) -> bool:
    """A README that GitHub shows on the repository page: at the root, in .github/ or in docs/; or a translation of
    it, kept in a folder of translations ('docs/i18n/README.pt.md'), which introduces the project as it does."""
    parts = path.strip("/").split("/")
    return len(parts) == 1 or (len(parts) == 2 and parts[0].lower() in (".github", "docs")
                               and parts[1].lower().startswith("readme")) or (
        len(parts) <= 3 and all(x.lower() in _TRANSLATION_FOLDERS for x in parts[:-1])
        and bool(_TRANSLATED_README.fullmatch(parts[-1].lower()))) or (
        # ('docs/i18n/ja/README.md': the folder is named for the language)
        3 <= len(parts) <= 4 and parts[-1].lower() in ("readme.md", "readme.mdx", "readme.markdown")
        and all(x.lower() in _TRANSLATION_FOLDERS for x in parts[:-2]) and parts[0].lower() != ".github"
        and bool(_LANGUAGE_FOLDER.fullmatch(parts[-2].lower())))


def _words_of_name(name: str) -> list[str]:
    """The words of a repository name, lower-cased: a word starts each piece between separators, and wherever a capital
    follows a small letter ('Time-Series-Library', 'TimeSeriesLibrary': time, series, library)."""
    out: list[str] = []
    for piece in _SPLIT.split(name):
        word = ""
        for i, c in enumerate(piece):
            if word and c.isupper() and piece[i - 1].islower():
                out.append(word.lower())
                word = ""
            word += c
        if word:
            out.append(word.lower())
    return out


def _acronym(name: str) -> str:
    """The initials of a name of three to five words, written in capitals as a project's short name
    ('DataSphereStudio' and 'data-sphere-studio' go by 'DSS'), or ""."""
    initials = [word[0] for word in _words_of_name(name)]
    if not 3 <= len(initials) <= 5 or not all(c.isalpha() for c in initials):
        return ""
    return "".join(initials).upper()


def abbreviates(short: str, name_words: list[str]) -> bool:
    """Whether ``short`` is the start of each word of a name, in order, every word given ('TSLib' is T(ime)
    S(eries) Lib(rary), 'Geth' g(o) eth(ereum)); shorter than the words together."""
    short = short.lower()
    if len(short) >= sum(map(len, name_words)):
        return False

    def fits(i: int, k: int) -> bool:  # short[i:] abbreviates name_words[k:]
        if k == len(name_words):
            return i == len(short)
        word = name_words[k]
        return any(short[i:j] == word[:j - i] and fits(j, k + 1) for j in range(i + 1, min(len(short), i + len(word)) + 1))

    return fits(0, 0)


def _short_names_written(base: str, docs: list[Document]) -> set[str]:
    """The short names of a repository name of two to five words that its front README or card writes as a name,
    with two capitals or more: the start of each word, in order ('TSLib' in thuml/Time-Series-Library). A name the
    initials alone make is :func:`_acronym`'s."""
    name_words = _words_of_name(base)
    if not 2 <= len(name_words) <= 5:
        return set()
    found: set[str] = set()
    for doc in docs:
        if not _speaks_for_repository(doc):
            continue
        for block in doc.blocks[:60]:
            for token in block.text.split():
                token = token.strip("*_`'\"“”‘’()[]{}.,;:!?")
                if 3 <= len(token) <= 16 and sum(c.isupper() for c in token) >= 2 and token.isalnum() \
                        and token[0].isupper() and token not in found and abbreviates(token, name_words):
                    found.add(token)
    return found


def is_docs_home(path: str) -> bool:
    """The home page of the project's documentation site: like the front README, its title, lead and front matter
    introduce the project itself.  An index page ('index.md', a README past the site's first folder, as VuePress
    names it, or 'introduction.mdx' at the site's top, as Mintlify names it) of a site folder ('docs', 'website',
    'site'), directly or under its source folders and language folders ('docs/source/index.md', 'docs/zh/index.md',
    'docs/docs/en/README.md'), also where a monorepo keeps the site as one of its parts ('packages/docs/index.md',
    'apps/site/docs/en/index.mdx'); and a translation of the front README kept as a page named for its language in a
    folder of translations ('languages/german.md', 'i18n/zh-CN.md')."""
    parts = path.strip("/").lower().split("/")
    if 2 <= len(parts) <= 4 and parts[-2] in _TRANSLATION_FOLDERS - {"docs", "doc", ".github", "readme"} \
            and _LANGUAGE_PAGE.fullmatch(parts[-1]):
        return True  # ('markdown/languages/german.md': the front README's translation, named for its language)
    folders, (stem, _, ext) = parts[:-1], parts[-1].rpartition(".")
    if ext not in ("md", "mdx", "markdown") or not 1 <= len(folders) <= 5:
        return False
    site = next((i for i, folder in enumerate(folders) if folder in _SITE_FOLDERS), -1)
    if site < 0 or site > 1 or any(folder not in _PART_CONTAINERS for folder in folders[:site]):
        return False
    inner = folders[site + 1:]
    if not all(folder in _SITE_INNER or _LANGUAGE_FOLDER.fullmatch(folder) for folder in inner):
        return False
    # (a translation kept beside it with its language in its name, as Fumadocs and Docusaurus keep them: 'index.zh.mdx')
    base, _, language = stem.rpartition(".")
    if base in ("index", "_index") and _LANGUAGE_FOLDER.fullmatch(language):
        stem = base
    # (Hugo names a section's list page '_index.md'; the site's is its home page, 'content/en/_index.md')
    stem = "index" if stem == "_index" else stem
    return stem == "index" or (stem == "readme" and len(folders) >= 2) \
        or (stem in ("introduction", "intro") and not inner)


# the folders a documentation site is kept in, and the folders inside it that hold its home page
_SITE_FOLDERS = frozenset(["docs", "doc", "documentation", "website", "site", "content"])
_SITE_INNER = frozenset(["source", "src", "content", "docs", "pages", "i18n"])


# folders a monorepo keeps its parts in ('packages/sdk-js/README.md', 'libs/server/README.md')
_PART_CONTAINERS = frozenset(["packages", "libs", "lib", "apps", "crates", "modules", "plugins", "services",
                              "components", "sdks", "sdk", "extensions", "addons", "tools"])
# folders whose READMEs speak about many things or about others' work: writing (docs, tutorials, posts, notes, courses),
# collections of links and resources, examples, benchmarks and evaluations of others' models, vendored code, tests
_NOT_A_PART = frozenset(["docs", "doc", "documentation", "wiki", "tutorials", "tutorial", "guides", "blogs", "blog",
                         "posts", "papers", "examples", "example", "demos", "demo", "samples", "cookbook", "recipes",
                         "notebooks", "benchmarks", "benchmark", "eval", "evals", "evaluation", "third_party",
                         "thirdparty", "third-party", "vendor", "vendored", "external", "externals", "deps",
                         "submodules", "node_modules", "test", "tests", "assets", "legacy", "archive", "deprecated",
                         ".github", "notes", "note", "resources", "references", "reading", "links", "misc", "other",
                         "others", "courses", "course", "learning", "study", "awesome", "lists", "collections",
                         # deployment templates and configurations of others' services ('templates/Ornith/README.md',
                         # 'charts/postgresql/README.md')
                         "templates", "template", "docker", "compose", "deploy", "deployment", "deployments", "charts",
                         "helm", "stacks"])


def is_curated_list(repo_name: str) -> bool:
    """Whether a repository (``name`` or a folder ``owner__name``) is named as a curated list of others' work: an
    'awesome-' repository, by the convention of such lists."""
    base = repo_name.split("__")[-1].lower()
    return base.startswith("awesome") and len(base) > len("awesome")


# the last piece of a repository name that makes it a piece of writing about what the other pieces name
# ('open-llm-leaderboard-report', 'rag-survey', 'diffusion-notes'): its topic, not its product
# (not a course, a tutorial or a handbook: teaching material is the author's own work, 'agentops-open-course')
_WRITING_ABOUT = frozenset({"report", "reports", "review", "reviews", "survey", "surveys", "notes", "analysis", "study",
                            "studies", "paper", "papers", "reading", "cheatsheet", "radar", "tracker"})


# the plural nouns of kinds of things that, with 'open source', name a category of others' work ('Tools-Open-Source',
# 'open-source-alternatives'), as a list of such things is named
_KINDS_LISTED = frozenset({"tools", "apps", "applications", "projects", "resources", "alternatives", "libraries", "games",
                           "programs", "softwares", "list", "lists"})


def names_a_topic(repo_name: str) -> bool:
    """Whether a repository is named as writing about a topic: its last piece, after at least two more, is a
    noun of writing ('open-llm-leaderboard-report', 'github-cheat-sheet'); or it is named 'open source' and a kind
    of thing in the plural, a category of others' work ('Tools-Open-Source', 'open-source-alternatives')."""
    pieces = [piece.lower() for piece in _SPLIT.split(repo_name.split("__")[-1]) if piece]
    if len(pieces) <= 4 and "opensource" in "".join(pieces) and any(piece in _KINDS_LISTED for piece in pieces):
        return True
    return len(pieces) >= 3 and (pieces[-1] in _WRITING_ABOUT or "".join(pieces[-2:]) in _WRITING_ABOUT)


def is_part_readme(path: str) -> bool:
    """The README of one of the repository's own parts: a top-level folder's ('runtime/README.md') or a monorepo
    part's ('packages/sdk-js/README.md'), outside the folders of writing, examples, benchmarks and vendored code.
    Its title and lead speak for that part, which the repository releases."""
    parts = path.strip("/").lower().split("/")
    if not _readme_outside_writing(parts):
        return False
    return len(parts) == 2 or (len(parts) == 3 and parts[0] in _PART_CONTAINERS)


def _readme_outside_writing(parts: list[str]) -> bool:
    """The lower-cased path ``parts`` name a README in a folder, none of whose folders holds writing, examples,
    benchmarks or vendored code (:data:`_NOT_A_PART`)."""
    return len(parts) >= 2 and parts[-1].startswith("readme") and not any(p in _NOT_A_PART for p in parts[:-1])


# a Latin letter with a diacritic folded to its base letter, one character for one (offsets stay): people write a name
# with and without its accents ('Projetário' ~ 'projetario', the repository's name).  The lower-case letters of
# U+00C0 to U+024F whose Unicode decomposition (NFD) is an ASCII letter and marks, written out so that the hook does
# not import unicodedata; tests/claims/test_own_names.py derives it again
_ACCENTS = str.maketrans("àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ",
                         "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy")


@lru_cache(maxsize=4096)  # asked of the same words again and again (every mention, every own-name test)
def name_key(name: str) -> str:
    """The folded form two spellings of one name share: 'Demo-7B-Instruct' and 'demo 7b' → 'demo'."""
    parts = [p for p in _SPLIT.split(name.lower().translate(_ACCENTS).strip()) if p]
    while len(parts) > 1 and (_SIZE.match(parts[-1]) or (
            parts[-1] in _VARIANT and "".join(parts[:-1]) not in GENERIC)):  # 'open-instruct': 'open' names nothing
        parts.pop()
    key = "".join(parts)
    # 'llama3' ~ 'llama 3', 'qwen2.5' ~ 'qwen': a version glued to the name is folded too, unless the name is a
    # word with a number ('LLM360', 'Web3': 'llm' and 'web' name nothing, the number makes the name)
    stripped = re.sub(r"(?<=[a-z])[-_.]?v?\d+(?:\.\d+)*$", "", key)
    return stripped if len(stripped) >= 2 and stripped not in GENERIC and stripped not in COMMON_ACRONYMS else key


def is_edition_of(repo_name: str, key: str) -> bool:
    """A repository or model named ``repo_name`` is an edition of the own name ``key`` (folded): it opens with the
    name, and what follows are sizes, variants or quantisation tags ('Wren-7B-GGUF', 'wren-7b-instruct-q4_k_m'), not
    another product's words ('naive-ui-admin' is a product built on Naive UI).  A name glued on without a separator
    ('wrenai') keeps being read as an edition."""
    if not name_key(repo_name).startswith(key):
        return False
    pieces = [piece for piece in _SPLIT.split(repo_name.lower().translate(_ACCENTS)) if piece]
    for k in range(1, len(pieces) + 1):
        if "".join(pieces[:k]) == key or name_key("-".join(pieces[:k])) == key:
            return all(_SIZE.match(piece) or piece in _VARIANT or any(c.isdigit() for c in piece) or len(piece) <= 2
                       for piece in pieces[k:])
    return True


# Common Chinese nouns of these documents: a title made of nothing else ('预训练数据', '下游任务数据集', '中文大模型')
# describes a section or a kind of thing, it names nothing
_CJK_COMMON_WORDS = lazyre.compile(
    r"预训练|預訓練|训练|訓練|微调|微調|下游|任务|任務|数据集|數據集|数据|數據|语料|語料|模型|代码|代碼|权重|權重|中文|"
    r"开源|開源|大|语言|語言|评测|評測|下载|下載|列表|文档|文檔|工具|教程|指南|示例|说明|說明|的|和|与|與|及|[\s\W_]")


def is_generic(name: str) -> bool:
    low = name.lower().strip()
    # (a protocol's or a part's acronym names a kind of part, no maker: 'Open-Godot-MCP' is not called 'MCP')
    if not low or low in GENERIC or low in COMMON_ACRONYMS:
        return True
    if low.endswith("s") and low[:-1] in GENERIC and low[:-1].isalpha():
        return True  # the plural of a generic word ('frameworks', 'plugins': a folder of them names no product)
    if has_cjk(low) and not any(c.isascii() and c.isalnum() for c in low) and not _CJK_COMMON_WORDS.sub("", low):
        return True
    key = name_key(low)
    if len(key) < 2:
        return True
    # 'Open-Source', 'Model 7B' fold to a word that names nothing; 'Agent S' and 'Tool-X' end in a letter that
    # makes a name, though folded they spell a generic plural or word ('agents')
    pieces = [p for p in _SPLIT.split(low) if p]
    return key in GENERIC and not (len(pieces) > 1 and len(pieces[-1]) == 1 and pieces[-1].isalpha())


@record
class OwnNames:
    """The names a repository's own artifacts go by, with where each was found."""

    keys: dict[str, str] = field(default_factory=dict)  # folded key -> where it came from
    bases: set[str] = field(default_factory=set)  # folded keys of declared base models (never own)
    owner_key: str = ""  # the publisher's folded name: a family it is named after is its own ('mistralai')

    def family_of_others(self, key: str) -> bool:
        """A well-known family that the publisher is not named after: 'llama' in 'Llama2-Chinese' is the base
        of a derivative, while 'mistral' in mistralai's 'mistral-inference' is the publisher's own."""
        if key not in KNOWN_FAMILIES or not self.owner_key:
            return key in KNOWN_FAMILIES
        # the maker publishes under the family's name and a company word ('mistralai', 'QwenLM'), or under its
        # own ('meta-llama'); a community named after the family ('LlamaFamily') is not its maker
        makers = _FAMILY_MAKERS.get(key, ())
        # a maker's other accounts carry its name first ('google-gemini', 'google-deepmind'); a short name such as
        # 'meta' is too often the start of another word to be read that way
        return not (self.owner_key in makers
                    or any(self.owner_key.startswith(m) for m in makers if len(m) >= 5)
                    or any(self.owner_key == key + suffix for suffix in _MAKER_SUFFIXES))

    def add(self, name: str, source: str) -> None:
        name = name.strip().strip("*_`\"'“”‘’").strip()
        if not name or len(name) > 60 or is_generic(name):
            return
        key = name_key(name)
        if key in self.bases:
            return
        self.keys.setdefault(key, source)
        # a multi-word title also goes by its first word when that is a name ('Kestrel models', 'Wren 2.0')
        pieces = _SPLIT.split(name.strip())
        first = pieces[0]
        # (not the other model of a Chinese edition: 'OpenLLaMA-Chinese' is not OpenLLaMA; nor what an adapter adapts
        # to: the owner's 'BookKeeper Operator' and 'Flink Connector' run another's BookKeeper and Flink)
        # (a count is no name: '200+ Application Templates')
        if first != name and len(first) >= 3 and not _CHINESE_PIECE.fullmatch(name.strip()) \
                and any(ch.isalpha() for ch in first) \
                and pieces[-1].lower() not in _ADAPTER_NOUNS \
                and not is_generic(first) and (first[:1].isupper() or any(c.isdigit() for c in first)) \
                and not self.family_of_others(name_key(first)) and not self.opens_family_of_others(name_key(first)):
            # ('Llama2-Chinese' is built on Llama; 'Hugging-Audio' is not called 'Hugging')
            self.keys.setdefault(name_key(first), source)

    def opens_family_of_others(self, key: str) -> bool:
        """Whether a word is the first word of another's well-known name ('hugging' in 'hugging-audio' is Hugging
        Face's, which the documents write as 'Hugging Face Hub')."""
        return len(key) >= 4 and any(family.startswith(key) and len(family) > len(key) and self.family_of_others(family)
                                     for family in KNOWN_FAMILIES)

    def matches(self, name: str) -> bool:
        """Whether ``name`` (as written in a sentence) is one of the own names."""
        if not name or is_generic(name):
            return False
        key = name_key(name)
        return key in self.keys and key not in self.bases

    def __bool__(self) -> bool:
        return bool(self.keys)

    def as_set(self) -> frozenset[str]:
        return frozenset(self.keys)


# --- finding own names in a sentence (the claim judgement's reading) ---------------------------------


# what makes an adjective of the word before it ('Omni-modal', 'Llama-based', 'GPT-like')
_ADJECTIVE_SUFFIX = lazyre.compile(
    r"-(?:modal|based|like|style|compatible|powered|friendly|ready|aware|driven|native|centric|free|scale|level|"
    r"wise|oriented|specific|inspired|enabled|first|only)$")
# endings glued to a word that make it another form of the word ('scan' → 'scanning', 'render' → 'renderer'); a
# name goes on with digits, a size or a separator instead ('Qwen2', 'Demo-7B')
_YEAR = lazyre.compile(r"(?:19|20)\d\d")
# a model's size among a repository name's pieces ('05b', '7b', '8x7b', 'a3b'), as in name_key's _SIZE (not a bare number)
_SIZE_PIECE = lazyre.compile(r"\d+(?:\.\d+)?[bmkt]|\d+x\d+[bm]|a\d+(?:\.\d+)?b")
# a repository name in the plural: a word of six letters or more ending in one 's' ('streamsheets'; not 'fairness',
# 'corpus', 'analysis')
_PLURAL_NAME = lazyre.compile(r"[a-z][a-z]{4,}[^siu\W\d_]s", re.IGNORECASE)
# a past participle ('hosted', 'quantized', 'unified'; not 'speed' or 'embed', whose 'ed' ends the word itself)
_PARTICIPLE_PIECE = lazyre.compile(r"[a-z]{3,}[^e\W\d]ed")
_INFLECTION = lazyre.compile(r"(?:[a-z]?(?:ing|ed|ers?)|e?s|ations?|ions?|ly|ity|ities)$")


@lru_cache(maxsize=256)
def matcher(names: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern matching any own name in lower-cased, separator-free text (see :func:`normalize`)."""
    keys = set()
    for name in names:
        key = _NOT_ALNUM.sub("", name.lower().translate(_ACCENTS))
        if not key or key in GENERIC or len(key) > 40 or (len(key) < 2):
            continue
        keys.add(key)
    if not keys:
        return None
    # (longest first, so that 'wren2' wins over 'wren'; then alphabetical, so that the pattern is the same in every
    # process whatever the set's order)
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k))))


def normalize(low: str) -> tuple[str, list[int]]:
    """Text with everything but letters and digits removed, and the source offset of each kept character."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(low.translate(_ACCENTS)):
        if ch.isalnum():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def spans_in(pattern: re.Pattern[str] | None, low: str) -> list[tuple[int, int]]:
    """Spans of own names in lower-cased ``low``, matched with separators ignored ('demo 7b' ~ 'Demo-7B') and
    widened to the whole name token; ``pattern`` is :func:`matcher`'s for the repository's names."""
    if pattern is None:
        return []
    norm, where = normalize(low)
    out = []
    for m in pattern.finditer(norm):
        start, end = where[m.start()], where[m.end() - 1] + 1
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if before.isascii() and before.isalnum():
            continue
        if len(m.group(0)) < 4 and after.isascii() and after.isalpha():
            continue
        if end - start > 2 * len(m.group(0)) + 2:
            continue  # letters spread over unrelated words
        # the whole name token: 'Hunyuan-Large', 'DeepSeek-R1-Zero', 'FLUX.1'
        while end < len(low) and ((low[end].isascii() and low[end].isalnum())
                                  or (low[end] in "-_." and end + 1 < len(low) and low[end + 1].isascii()
                                  and low[end + 1].isalnum())):
            end += 1
        if _ADJECTIVE_SUFFIX.match(low, where[m.end() - 1] + 1, end):
            continue  # an adjective made of the word, not the name: 'Omni-modal', 'Llama-based', 'GPT-like'
        if _INFLECTION.match(low, where[m.end() - 1] + 1, end):
            continue  # the common word the name is made of, inflected: 'scanning' is not the name 'Scan'
        out.append((start, end))
    return out


def title_name(title: str) -> str:
    """A heading with its decorations removed: 'Model Card for Demo-7B (Deprecated)' → 'Demo-7B'."""
    # (CJK punctuation stays, emoji beyond the basic plane go: '🚀 OpenLLM' is 'OpenLLM')
    text = "".join(ch for ch in title if ch.isalnum() or ch in " -_.:：|()（）[]'’&+/—–" or 0x2E80 <= ord(ch) <= 0xFFEF)
    text = _TITLE_SEP.split(text.strip())[0].strip()
    for _ in range(3):
        text = _DECORATION.sub("", text).strip()
    return text


def _names_from_path(path: str) -> list[str]:
    """A README or model card inside a model folder describes that folder's model (models/NAME/README.md)."""
    parts = path.replace("\\", "/").split("/")
    if len(parts) < 2:
        return []
    stem = parts[-1].rsplit(".", 1)[0].lower()
    m = re.match(r"(?i)(?:model_?card|readme)[_\-.]?(.+)$|(.+?)[_\-.](?:readme|model_?card)$", stem)
    if m:
        return [m.group(1) or m.group(2)]
    if stem in ("model_card", "modelcard", "model-card") or (
            stem == "readme" and any(re.search(r"(?i)model|card|checkpoint|weights", p) for p in parts[:-1])):
        folder = parts[-2]
        if folder.lower() not in GENERIC and not folder.startswith("."):
            return [folder]
    return []


def _lead_blocks(doc: Document) -> list:
    """The prose blocks before the first H2: the title, the tagline and the lead paragraph."""
    out = []
    for index, block in enumerate(doc.blocks[:20]):
        # an H2 that opens the document is its title (as in names_from_document): the lead follows it
        if block.kind == "heading" and block.heading_level >= 2 and not (index == 0 and block.heading_level == 2):
            break
        if block.kind in ("paragraph", "html", "heading", "plain"):
            out.append(block)
    return out


# a short form in brackets after a title's name ('# Stable Diffusion AI (SDAI)')
_TITLE_SHORT_FORM = lazyre.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9]{1,15})\s*[)）]")


# a dash after a name, the description of it following
_DASH_AFTER = lazyre.compile(r"\s+[—–-]\s")


def names_from_document(doc: Document, owner: str = "") -> list[tuple[str, str]]:
    """(name, where) pairs a single document gives for its own subject."""
    out: list[tuple[str, str]] = []
    where = doc.path
    fm = doc.front_matter
    if fm is not None:
        for key in ("model_name", "model-name", "pretty_name"):
            value = fm.get_str(key)
            if value:
                out.append((value, f"{where}: {key}"))
        index = fm.data.get("model-index")
        if isinstance(index, list):
            for entry in index[:5]:
                if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                    out.append((entry["name"], f"{where}: model-index"))
    out.extend((n, f"{where}: folder") for n in _names_from_path(doc.path))
    seen_h1 = False
    # (the front matter's fields come before the first block of the page: '---\ntitle: 产品介绍\n---\n## 🐸 陪读蛙 - …')
    opening = next((i for i, b in enumerate(doc.blocks[:200]) if b.kind not in ("metadata", "front_matter")), 0)
    for index, block in enumerate(doc.blocks[:200]):
        if block.kind != "heading" or block.heading_level > 2:
            continue
        # every H1; an H2 only when it opens the document as its title (no H1 above it)
        if block.heading_level == 1 or (not seen_h1 and index == opening):
            name = title_name(block.text)
            words = name.split()
            if seen_h1 and not _NAME_SHAPED_TITLE.fullmatch(name):
                # a README that heads each section with an H1 ('# Disclaimer', '# Getting Help', '# 快速入门'): after
                # the title, an H1 names a release only when it is written as a name ('# Wren2', '# WrenChat',
                # '# Wren 3.1')
                continue
            # (a title that holds an openness phrase describes, it does not name: '## Local Open Source Models';
            # one Latin word is a name, whatever it is made of: 'OpenLLM'; Chinese has no spaces: '## 开源赞助支持'
            # is a phrase)
            if name and len(words) <= 4 and words and (block.heading_level == 1 or not is_generic(words[0])) \
                    and ((len(words) == 1 and not has_cjk(name)) or not any_phrase(name.lower())):
                out.append((name, f"{where}:{block.line}: title"))
                # 'Stable Diffusion AI (SDAI)': the short form the title gives in brackets, the start of each word
                short = _TITLE_SHORT_FORM.search(block.text)
                name_words = _words_of_name(name)
                if short and len(name_words) >= 2 and abbreviates(short.group(1), name_words):
                    out.append((short.group(1), f"{where}:{block.line}: title, its short form"))
        seen_h1 = seen_h1 or block.heading_level == 1
    lead = _lead_blocks(doc)
    out.extend((name, f"{where}: official code of") for name in _declared_official(lead))
    titles = [name_key(title_name(b.text)) for b in lead if b.kind == "heading" and b.heading_level == 1]
    titles = [t for t in titles if t and t not in GENERIC]
    for block in lead:
        if block.kind not in ("paragraph", "html", "plain"):
            continue
        if block.text.lstrip(" >*_-").startswith(('"', "“")):
            continue  # a quotation (a testimonial) names what its speaker speaks of, not the project
        # (a lead that opens with a name and its copula has that name for subject: a bold word in what it says of it
        # is a term it stresses, '[NanoMQ](…) is … the next generation of lightweight **MQTT** messaging broker')
        opening = _NAME_TOKEN.match(block.text.strip())
        told_of = opening.group(0) if opening and opening.group(0)[:1].isupper() \
            and opening.group(0).lower() not in _DEICTIC_SUBJECTS \
            and _COPULA_START.match(block.text.strip()[opening.end():]) else ""
        for line in doc.lines[block.line - 1: max(block.end_line, block.line)]:
            for m in _BOLD.finditer(line):
                name = (m.group(1) or m.group(2)).strip()
                if told_of and name_key(name) != name_key(told_of):
                    continue
                # (a bold phrase that runs from Latin into CJK is emphasis, not a name: '**GPT4自动构建**')
                # ('**Wren** 使用 **Kestrel K2**…', '**Wren** uses **Kestrel**': what the lead uses is another's)
                # ('**Note:** …', '**Примечание:** …': a label, written with its colon, names nothing)
                # (a longer one opening the lead before a dash is the name the line describes: '**Online Mücevher
                # Bilim Merkezi** — çocuklar için … açık kaynaklı bir müze')
                opens_dash = not line[:m.start()].strip(" >*_-") and _DASH_AFTER.match(line, m.end()) is not None
                if (len(name.split()) <= 3 or (opens_dash and len(name.split()) <= 5)) and name[:1].isupper() \
                        and not has_cjk(name) \
                        and not _used_right_before(line[:m.start()]) \
                        and not name.endswith((":", "：")) and line[m.end():m.end() + 1] not in (":", "："):
                    out.append((name, f"{where}:{block.line}: lead"))
        emphasised = _LEAD_EMPHASIS.match(doc.lines[block.line - 1]) if block.line <= len(doc.lines) else None
        subject = emphasised.group(2) if emphasised else ""
        if subject and not _MAKER.search(block.text) and (subject[:1].isupper() or (
                has_cjk(subject) and len(subject) <= 12 and not any_phrase(subject.lower()))):
            # '_DB Browser for SQLite_ (DB4S) is a …', '**三国竞技场** 是一个…': an emphasised name, and the short name
            # after it, as the lead's subject (in italics or in Chinese too, which the bold names above do not cover)
            out.append((subject, f"{where}:{block.line}: lead"))
            if emphasised.group(3):
                out.append((emphasised.group(3), f"{where}:{block.line}: lead"))
        m = _NAME_TOKEN.match(block.text.strip())
        if m and m.group(0)[:1].isupper() and not _MAKER.search(block.text) \
                and m.group(0).lower() not in _DEICTIC_SUBJECTS and not _linked_to_another(doc, block, m.group(0), owner):
            rest = block.text.strip()[m.end():]
            # the subject of the lead names the project, unless the title names something else
            # ('Storage：' alone is a label of what follows, not a name)
            if _COPULA_START.match(rest) and rest.strip(" ：:—-,(") and (not titles or name_key(m.group(0)) in titles):
                out.append((m.group(0), f"{where}:{block.line}: lead"))
        break
    for _line, _info, content in doc.code_blocks[:50]:
        # the project's own package is installed alone; a block that installs several names sets up dependencies
        packages = {name for m in _PIP.finditer(content) for name in _pip_packages(m.group(1))}
        if len(packages) == 1:
            out.append((packages.pop(), f"{where}: pip install"))
    package = _package_name(doc)
    if package:
        out.append((package, f"{where}: package name"))
    return out


def _package_name(doc: Document) -> str:
    """The name pyproject.toml or package.json gives the package ("" for any other document)."""
    if doc.path.endswith("pyproject.toml"):
        m = _PYPROJECT_NAME.search(doc.text)
        return m.group(1) if m else ""
    if doc.path.endswith("package.json"):
        found = min(_PACKAGE_JSON_NAME.finditer(doc.text[:200_000]), key=lambda m: len(m.group(1)), default=None)
        return found.group(2) if found else ""
    return ""


def _declared_official(lead: list) -> list[str]:
    """The names a document's lead blocks say it is the official code of ('This is the official repository for
    Open-MAGVIT2'): a repository says so only of its own work."""
    return [m.group(1) for block in lead if block.kind != "heading" for m in [_OFFICIAL_OF.search(block.text)] if m]


def declared_keys(doc: Document) -> set[str]:
    """The folded names a document of any kind declares its repository the official code of."""
    return {name_key(n) for n in _declared_official(_lead_blocks(doc)) if not is_generic(n)}


def _used_right_before(text: str) -> bool:
    """A verb of use ends ``text``: the name after it is what the lead uses ('uses **Kestrel**', '使用 **Kestrel**')."""
    tail = text.lower()[-24:]
    used = last_match(DEPENDENCY, tail)
    return used is not None and not tail[used.end():].strip(" *_`")


def _linked_to_another(doc: Document, block: Block, name: str, owner: str) -> bool:
    """Whether ``name`` opens the text of a link, in ``block``, to a repository or model of another owner than the
    checkout's (any owner when it is not known): '[Yearning — a SQL audit platform](https://github.com/x/Yearning)'
    in a list of recommended projects names theirs."""
    for link in doc.links:
        if block.line <= link.line <= max(block.end_line, block.line) and link.text.startswith(name):
            m = OWN_LINK.search(link.url)
            if m and (not owner or m.group(1).lower() != owner.lower()):
                return True
    return False


def _speaks_for_repository(doc: Document) -> bool:
    """The front README, a model card, the package metadata or the home page of the documentation site (which
    introduces the project as the front README does): the documents whose names are the repository's.  Another docs
    page or a nested README is often titled after, and keeps naming, the third-party tool it covers."""
    return doc.role in ("model_card", "package") or (doc.role == "readme" and is_front_readme(doc.path)) \
        or is_docs_home(doc.path)


def _linked_elsewhere(docs: list[Document], owner: str, repo_base: str) -> set[str]:
    """Folded names the documents link, as the whole text of the link, to another's website or repository
    ('[Symfony](https://symfony.com)', '[LiveKit](https://github.com/livekit/livekit)'): a name linked to its own
    home elsewhere is what the project uses, builds on or compares itself with.  A host or owner named after the
    repository's owner or the repository ('[Sentry](https://sentry.io)' in getsentry/self-hosted) is the project's
    own; a relative link or one to a section ('#setup') is no home at all."""
    mine = {k for k in (re.sub(r"[^a-z0-9]", "", owner.lower()), name_key(repo_base)) if len(k) >= 4}

    def own_label(label: str) -> bool:
        label = re.sub(r"[^a-z0-9]", "", label.lower())
        return len(label) >= 4 and any(label in k or k in label for k in mine)

    out: set[str] = set()
    for doc in docs:
        for link in doc.links[:2000]:
            if link.source in ("image", "bare") or not link.text or len(link.text) > 40 \
                    or PAPER_ADDRESS.search(link.url):
                continue  # (a paper is no one's product home: '[PaliGemma](https://arxiv.org/abs/…)')
            # a host named after the owner or the repository, or the owner's own page on another's host
            # ('github.com/OWNER/x', 'kaggle.com/models/google/x' and 'huggingface.co/collections/google/x' for
            # google-research)
            host = _SITE_HOST.match(link.url)
            if not host or any(own_label(label) for label in host.group(1).split(".")[:-1]) \
                    or any(own_label(seg) or (owner and seg.lower() == owner.lower())
                           for seg in link.url[host.end():].split("?")[0].split("#")[0].split("/")[:3]):
                continue
            key = name_key(title_name(link.text.strip(" *_`")))
            if key:
                out.add(key)
    return out


def _pip_packages(arguments: str) -> list[str]:
    """The packages a ``pip install`` line installs by name ('pip install -U wren[gpu]>=2' installs 'wren');
    requirement files, paths, URLs and the installer itself ('pip install -U pip') name none."""
    names: list[str] = []
    takes_value = False
    for token in arguments.split():
        token = token.strip("\"'")
        if takes_value:
            takes_value = False
        elif token.startswith("-"):
            takes_value = token in _PIP_ARG_OPTIONS
        elif "/" not in token and ":" not in token:
            # (a name starts with a Latin letter: a word of prose after the command, '安装依赖' or 'é…', names none)
            name = _PIP_NAME.match(token)
            if name and name.group(0).lower() not in _INSTALL_TOOLS:
                names.append(name.group(0))
    return names


def folder_keys(path: str) -> set[str]:
    """The folded name of the model a README in a model folder describes (models/NAME/README.md)."""
    return {name_key(n) for n in _names_from_path(path) if not is_generic(n)}


# folders of parts named for what they plug into ('plugins/bazel/README.md' is the plugin for Bazel, not Bazel)
PLUGIN_CONTAINERS = frozenset(["plugins", "extensions", "addons", "integrations", "adapters", "connectors"])


def part_keys(doc: Document, own: frozenset[str] = frozenset()) -> set[str]:
    """The folded names of the part whose README ``doc`` is: for :func:`is_part_readme`, its folder's name and its
    title ('packages/widgetly/README.md' opening '# Widgetly' → 'widgetly'); deeper in the tree, the folder's name
    where the README's title gives it too ('use-cases/NotebookLlama/README.md' titled 'NotebookLlama: …').  Not
    inside folders of writing, examples or vendored code, nor for a part named for what it plugs into (a plugin's
    folder), nor a well-known family's name (a folder porting another's model, 'whisper/README.md', is named for
    that model)."""
    parts = doc.path.strip("/").split("/")
    if not _readme_outside_writing([p.lower() for p in parts]) or parts[0].lower() in PLUGIN_CONTAINERS:
        return set()
    folder = parts[-2]
    folder_key = set() if is_generic(folder) or folder.startswith(".") else {name_key(folder)}
    # (a short title in Chinese, Japanese or Korean alone says what the folder holds, '# 辞書', '# 训练', '# 数据处理': with
    # no letter of a name in it, it is no name of the part)
    titles = {k for k in document_keys(doc) if not _cjk_description(k)}
    keys = titles | folder_key if is_part_readme(doc.path) else folder_key & titles
    # (a name the README links to another owner's repository, '[Eternal Keypad](https://github.com/x/eternal-keypad)',
    # is another's product the folder supports, as a board's or a plugin's folder does; ``own`` holds the folded
    # names of the repository, its owner's among them)
    elsewhere = set()
    for link in doc.links[:200]:
        m = OWN_LINK.search(link.url) if link.source != "image" else None
        if m and name_key(m.group(1)) not in own and not _DEEP_LINK.search(link.url):
            elsewhere.add(name_key(link.text))
    return {k for k in keys if k not in KNOWN_FAMILIES and k not in elsewhere}


def _cjk_description(key: str) -> bool:
    """A folded title of at most four characters, all Chinese, Japanese or Korean."""
    return len(key) <= 4 and all(has_cjk(c) for c in key)


def _installs_own(name: str, anchors: list[str]) -> bool:
    """A package a ``pip install`` line installs is the project's own when it carries one of its names ('wren-kit'
    for Wren); under an unrelated name it is one the project needs ('pip install -U openmim', 'pip install iopaint')."""
    key = name_key(name)
    return any(a in key or key in a for a in anchors)


def document_keys(doc: Document) -> set[str]:
    """The folded own names one document gives by itself (its title, card names, model folder); a package it installs
    counts only under one of those names, as in :func:`derive`."""
    found = [(n, where) for n, where in names_from_document(doc) if not is_generic(n)]
    anchors = [name_key(n) for n, where in found if not where.endswith(": pip install") and len(name_key(n)) >= 3]
    return {name_key(n) for n, where in found if not where.endswith(": pip install") or _installs_own(n, anchors)}


# Who publishes a well-known family (folded owner names), where the owner is not the family's name with a
# company word after it (:data:`_MAKER_SUFFIXES`)
_FAMILY_MAKERS = {"llama": frozenset({"metallama", "facebookresearch", "meta"}), "mixtral": frozenset({"mistralai"}),
                  "chatglm": frozenset({"thudm", "zaiorg"}),
                  "gemma": frozenset({"google", "googledeepmind"}), "bert": frozenset({"google", "googleresearch"}),
                  "clip": frozenset({"openai"}), "whisper": frozenset({"openai"}), "gptoss": frozenset({"openai"}), "chatgpt": frozenset({"openai"}),
                  "falcon": frozenset({"tiiuae"}), "bloom": frozenset({"bigscience"})}
_MAKER_SUFFIXES = ("", "ai", "lm", "inc", "labs", "lab", "team", "org", "hq", "dev", "research", "project", "io",
                   # an organisation that keeps a project's translations or docs goes by the project's name too
                   # ('vuejs-translations/docs-ja' translates Vue's documentation)
                   "translations", "i18n", "l10n", "docs")
# ... and the company word glued to the name: in camel case any of them, and 'App' ('BookStackApp' is BookStack,
# 'PrefectHQ' Prefect, 'SeldonIO' Seldon); in lower case only the words that close no English word ('netbirdio' is
# NetBird, 'gitlabhq' GitLab; 'protectai' or 'canopyai' could be a word with 'ai' after it)
# (and, capitalised after a name in camel case only, the words organisations that make one product add to its name:
# 'NexoEngine' makes NEXO, 'EpicGames' Epic, 'AcmeSoftware' Acme)
_CAMEL_MAKER_WORDS = ("Engine", "Games", "Studio", "Studios", "Software", "Tech", "Technologies", "Group", "Foundation",
                      "Official", "Community")
_GLUED_MAKER = lazyre.compile(r"([A-Za-z][A-Za-z0-9]*?[A-Za-z0-9])(" + "|".join(sorted(
    {form for word in (*_MAKER_SUFFIXES, "app") if len(word) > 1
     for form in (word.upper(), word.capitalize())} | set(_CAMEL_MAKER_WORDS))) + r")"
    r"|([a-z][a-z0-9]{3,}?)(io|hq|app)")

# Well-known models, frameworks and makers (folded): a README that keeps naming one is built on it, so it is
# never taken for the project's own name by recurrence alone (claims/places.py treats them as third parties)
KNOWN_FAMILIES = frozenset(["pytorch", "tensorflow", "jax", "llama", "mistral", "mixtral", "qwen", "gemma", "falcon", "bloom",
                            # the Chinese base models other projects build on most
                            "chatglm", "baichuan", "internlm", "deepseek",
                            # OpenAI's open-weight models, which other projects quantize, serve and fine-tune
                            "gptoss",
                            # runtimes that tutorials and tools are named after
                            "ollama", "vllm",
                            "chatgpt", "openai", "meta", "google", "microsoft", "nvidia", "huggingface",
                            "langchain", "kubernetes", "linux", "docker", "postgres", "postgresql", "redis",
                            "mysql", "apache", "clip", "bert", "whisper",
                            # web frameworks a product is often named after ('laravel-crm', 'django-cms'); not
                            # the ones that are English words too (React, Rails, Flask, Spring)
                            "laravel", "django", "fastapi", "springboot", "flutter", "wordpress"])


def _recurring_proper_noun(docs: Iterable[Document]) -> str | None:
    """The proper noun the front README and the model cards keep returning to: 5 mentions or more inside sentences,
    and in the lead."""
    counts: Counter[str] = Counter()
    lead_words: set[str] = set()
    others: set[str] = set()
    for doc in docs:
        if not _speaks_for_repository(doc):
            continue
        for block in _lead_blocks(doc):
            lead_words.update(m.group(0) for m in _NAME_TOKEN.finditer(block.text))
            # 'an open-source implementation of the Tailscale control server', 'an alternative to Notion': the lead
            # names what the project implements, replaces or builds on; that name is another's product
            others.update(m.group(1) for m in _OTHERS_PRODUCT.finditer(block.text))
        # (one search over the prose blocks joined, not one per block: this runs in every hook run)
        counts.update(_CAPITALISED_TOKEN.findall("\n".join(
            block.text for block in doc.blocks[:400] if block.kind in ("paragraph", "list_item", "heading", "html"))))
    # the three most frequent names that are not common words (asked of each distinct word once, not per mention);
    # a short all-capital word is an acronym of the field more often than a name (TTS, ASR, API)
    names = (item for item in counts.most_common()
             if len(item[0]) >= 3 and not (item[0].isupper() and len(item[0]) <= 4) and not is_generic(item[0]))
    for word, n in itertools.islice(names, 3):
        if n >= 5 and word in lead_words and word not in others and name_key(word) not in KNOWN_FAMILIES:
            return word
    return None


# The last derivation: the engine (for claims) and the evidence finders ask for the same repository's names
# within one check.  The documents are held, so the identity test cannot match a later check's documents.
_last: tuple[str, str, list[Document], OwnNames] | None = None


def derive(repo_name: str, owner: str, docs: Iterable[Document]) -> OwnNames:
    """Own names of a repository named ``owner/repo_name`` (or a folder ``owner__name``) with these documents."""
    global _last
    docs = list(docs)
    last = _last
    if last is not None and last[0] == repo_name and last[1] == owner and len(last[2]) == len(docs) \
            and all(a is b for a, b in zip(last[2], docs, strict=True)):
        return last[3]
    own = _derive(repo_name, owner, docs)
    _last = (repo_name, owner, docs, own)
    return own


# path segments of documentation, blog and integration pages
_DOC_SEGMENTS = frozenset(["docs", "doc", "documentation", "blog", "blogs", "news", "integrations", "integration",
                           "guides", "guide", "tutorials", "learn", "support", "forum", "community", "papers"])
# the last word of a link text that names a page of a website, not a product
_PAGE_WORDS = frozenset(["blog", "blogs", "logo", "paper", "report", "guide", "guides", "post", "page", "website",
                         "docs", "documentation", "announcement", "article", "newsletter", "pricing", "here"])


def is_own_site(url: str, own: frozenset[str]) -> bool:
    """The link goes to a website whose host is named for an own name of four letters or more ('https://aitoearn.ai'
    in yikart/AiToEarn, 'https://docs.wren.dev'): the project's own site."""
    host = _SITE_HOST.match(url)
    return bool(host) and any(len(key) >= 4 and key in own
                              for key in (re.sub(r"[^a-z0-9]", "", label) for label in host.group(1).lower().split(".")[:-1]))


def is_own_contents_link(url: str, own: frozenset[str]) -> bool:
    """A link to a section of the repository's own front page ('https://github.com/OWNER/NAME#介绍',
    '…/NAME/blob/main/README.md#news'): a contents entry written as a full URL, as a '#介绍' link is."""
    m = OWN_LINK.search(url)
    if not m or name_key(m.group(2)) not in own:
        return False
    rest = url[m.end():]
    cut = rest.find("#")
    if cut < 0:
        return False
    path = rest[:cut].strip("/")
    return not path or (path.startswith(("blob/", "tree/")) and path.rsplit("/", 1)[-1].lower().startswith("readme"))


def _site_link_name(text: str, site: str) -> str:
    """A product name in the text of a link to the owner's website ('MPT Foundation Series', 'DBRX'), or "".

    An organisation's website also hosts its blog, guides and papers: only a text written as a name counts,
    every word capitalised, with one word that is neither the owner's name nor a common word, and a single
    word only when it is written as no common word is (capitals inside, a digit: 'OLMo', 'MPT', 'Phi-3')."""
    name = title_name(text.strip())
    words = name.split()
    if not words or len(words) > 3 or not name.isascii() or name.startswith(("http", "#")) or "'" in name:
        return ""
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return ""
    if words[-1].lower().strip(".:") in _PAGE_WORDS:
        return ""  # 'DBRX Technical Blog', 'OLMo Logo': a page about the product, named after it
    distinctive = [w for w in words if re.sub(r"[^a-z0-9]", "", w.lower()) != site and not is_generic(w)]
    if not distinctive:
        return ""
    if len(words) == 1 and not (any(c.isdigit() for c in name) or any(c.isupper() for c in name[1:])):
        return ""
    return name


def _glued_owner_name(owner_key: str, docs: list[Document]) -> str:
    """The product an organisation is named after, with a word glued on ('jaegertracing' is Jaeger's organisation,
    'actualbudget' Actual's): a name of five letters or more that the documents write alone, capitalised, and that
    the owner's folded name opens with, at least four letters left after it ('Hugging' stands only in 'Hugging
    Face', a name of two words: no such name)."""
    if len(owner_key) < 9 or not owner_key.isalpha():
        return ""
    pattern: re.Pattern[str] | None = None
    for doc in docs:
        # (one text per document, and no pattern at all while the name's first five letters stand nowhere: this
        # runs in every hook run)
        text = "\n".join(block.text for block in doc.blocks[:200])
        if owner_key[:5] not in text.lower():
            continue
        if pattern is None:
            prefixes = "|".join(owner_key[:n] for n in range(len(owner_key) - 4, 4, -1))
            pattern = re.compile(r"(?<![\w\-./])(" + prefixes + r")(?![\w\-])(?-i:(?! [A-Z]))", re.IGNORECASE)
        for m in pattern.finditer(text):
            name = m.group(1)
            if name[:1].isupper() and not name.isupper() and not is_generic(name) and name_key(name) not in KNOWN_FAMILIES:
                return name
    return ""


def _derive(repo_name: str, owner: str, docs: list[Document]) -> OwnNames:
    own = OwnNames()
    for doc in docs:
        fm = doc.front_matter
        if fm is not None:
            for base in fm.get_list("base_model"):
                own.bases.add(name_key(base.rsplit("/", 1)[-1]))
    # a checkout folder 'owner__name' names the repository; the owner counts only when known for sure (the
    # GitHub owner of a clone or a sweep): organisation names like 'huggingface' or 'meta-llama' name others'
    # products far more often than their own
    base = repo_name.split("__")[-1]
    publisher = owner or (repo_name.split("__")[0] if "__" in repo_name else "")
    own.owner_key = re.sub(r"[^a-z0-9]", "", publisher.lower())
    if own.owner_key:
        # the families the publisher makes are its own releases ('Mistral's open-weights classifier' in
        # mistralai/cookbook, 'Gemma is an open model' in google-gemini/gemma-cookbook)
        for family in sorted(KNOWN_FAMILIES):
            if not own.family_of_others(family):
                own.add(family, "a family the publisher makes")
    # 'Chinese-Mixtral', 'Llama2-Chinese', 'OpenLLaMA-Chinese': the Chinese edition of another's model, whose
    # name alone is that model's; a Chinese README writes the edition with 中文 ('中文Mixtral基础模型')
    chinese = _CHINESE_PIECE.fullmatch(base)
    # an 'awesome-' repository is a curated list of others' work (the convention): its pieces name the topic
    # (so is one named as writing about a topic: 'open-llm-leaderboard-report' reports on the Open LLM Leaderboard)
    curated = is_curated_list(repo_name) or names_a_topic(repo_name)
    demo = _DEMO_OF.fullmatch(base)
    shown = name_key(demo.group(1) or demo.group(2)) if demo else ""
    if shown and own.owner_key.startswith(shown):
        shown = ""  # 'wrenlabs/wren-demo': the publisher shows its own product
    own.add(base, "repository name")
    if _PLURAL_NAME.fullmatch(base):
        # a repository named with the product's plural ('streamsheets' for the Streamsheet product)
        own.add(base[:-1], "the repository name in the singular")
    # (a year names nothing: 'opensource-2015-yearbook'; another number may be all that tells a name from a word,
    # 'model-000'; a model size is a size, 'qwen-05b-min-sft', and after the last dot of a name is the platform it is
    # for, 'pd.cmake', 'telescope.nvim')
    platform = base.rsplit(".", 1)[1] if "." in base.strip(".") else ""
    for piece in (piece for piece in _SPLIT.split(base) if not _YEAR.fullmatch(piece)
                  and not _SIZE_PIECE.fullmatch(piece.lower()) and piece != platform):
        # a piece that is a well-known family names the base of a derivative ('Chinese-LLaMA-Alpaca-2' is
        # built on Llama, not Llama itself), and the product a demo repository shows is someone else's; the
        # whole repository name still counts
        # (a past participle among the pieces describes, it names nothing: 'self-hosted-cookbook', 'quantized-x';
        # the repository name as a whole still counts)
        if len(piece) > 2 and not chinese and not curated and (not shown or name_key(piece) != shown) \
                and (piece == base or not own.family_of_others(name_key(piece))) \
                and (piece == base or not own.opens_family_of_others(name_key(piece))) \
                and (piece == base or not _PARTICIPLE_PIECE.fullmatch(piece.lower())):
            own.add(piece, "repository name")
    if chinese:
        own.add("中文" + (chinese.group(1) or chinese.group(2)), "repository name, in Chinese")
    acronym = _acronym(base)
    if acronym and not curated:
        own.add(acronym, "the initials of the repository name")
    # ... and of a piece that glues three words or more ('DSS' for 'DataSphereStudio' in 'DataSphereStudio-Doc')
    for piece in _SPLIT.split(base) if not curated else ():
        short = _acronym(piece) if piece != base else ""
        if short and short != acronym:
            own.add(short, "the initials of a piece of the repository name")
    if not curated:
        for short in _short_names_written(base, docs):
            own.add(short, "a short name of the repository name, written in its documents")
        # ... and of the owner's name of three words or more, which names the family of its repositories ('MQT' in
        # munich-quantum-toolkit/core: 'The MQT will remain free, open-source, …'); an owner of one or two words
        # ('meta-llama', 'ML') abbreviates to letters that stand for too much else
        if 3 <= len(_words_of_name(publisher)) <= 5:
            for short in _short_names_written(publisher, docs):
                own.add(short, "a short name of the owner's name, written in its documents")
    glued = _GLUED_COMPONENT.fullmatch(base)
    if glued and not curated and not own.family_of_others(name_key(glued.group(1))):
        own.add(glued.group(1), "the repository name before its component word")
    # a repository of a product's documentation named with the product's name glued to 'docs' ('AndroidAPSdocs',
    # 'WidgetlyDocs'): the product's ('widgetly-docs' gives its pieces above)
    documented = _GLUED_DOCS.fullmatch(base)
    product = (documented.group(1) or documented.group(2)) if documented else ""
    if product and not curated and not is_generic(product) and not own.family_of_others(name_key(product)):
        own.add(product, "the repository name before 'docs'")
    if owner and len(owner) > 2:
        own.add(owner, "owner name")
        # an organisation named for its maker with a company word after it ('flagos-ai', 'acme-labs') goes by the
        # maker's name too ('FlagOS'), as a family's maker does (_MAKER_SUFFIXES)
        maker, _sep, suffix = owner.lower().rpartition("-")
        has_maker = suffix in _MAKER_SUFFIXES and len(maker) > 2 and "-" not in maker and not is_generic(maker)
        glued_maker = _GLUED_MAKER.fullmatch(owner) if "-" not in owner else None
        if glued_maker and not has_maker:
            maker = (glued_maker.group(1) or glued_maker.group(3)).lower()
            has_maker = len(maker) > 2 and not is_generic(maker)
        if has_maker:
            own.add(maker, "owner name, before its company word")
        project = maker if has_maker else owner.lower()
        if project.endswith("js") and len(project) > 4 and "-" not in project:
            # a JavaScript project's organisation adds 'js' to its name ('vuejs', 'reactjs', 'nodejs'): the
            # documents call the project 'Vue', 'React', 'Node.js'
            own.add(project[:-2], "owner name, before its 'js'")
    glued_name = "" if curated else _glued_owner_name(own.owner_key, docs)
    if glued_name:
        own.add(glued_name, "the product name the owner's name opens with")
    installed: list[tuple[str, str]] = []
    leads: list[tuple[str, str]] = []
    for doc in docs:
        if _speaks_for_repository(doc):
            for name, where in names_from_document(doc, owner):
                if where.endswith(": pip install"):
                    installed.append((name, where))
                elif where.endswith(": lead"):
                    leads.append((name, where))
                else:
                    own.add(name, where)
                if where.endswith(": package name"):
                    # a package is named for its product first ('kaboom-browser-devtools' is Kaboom's, 'wren-kit'
                    # Wren's), unless that word is another's well-known family, as for the repository name's pieces
                    # ('llama-cpp-tools' is built on Llama)
                    first = _SPLIT.split(name)[0]
                    if first != name and len(first) >= 3 and not own.family_of_others(name_key(first)) \
                            and not own.opens_family_of_others(name_key(first)):
                        own.add(first, f"{where}, its first word")
    noun = _recurring_proper_noun(docs)
    # (the links of every document are walked only when there is a name to test)
    elsewhere = _linked_elsewhere(docs, owner, base) if leads or noun else set()
    for name, where in leads:
        if name_key(name) not in elsewhere:
            # ('**[Symfony](https://symfony.com)**' in the lead is what the project is built on)
            own.add(name, where)
    # a package installed under a name unrelated to the repository's names is one it needs ('pip install -U
    # openmim', 'pip install huggingface_hub'); the own package carries the project's name ('wren-kit' for Wren)
    anchors = [key for key in own.keys if len(key) >= 3]
    for name, where in installed:
        if _installs_own(name, anchors):
            own.add(name, where)
    if owner:
        # a name linked to the owner's own repository or model is one of its releases, in any document, unless the
        # documents link a repository of that name under another owner on the same host too: the owner's is a fork
        # of it ('[grafana/opentelemetry-collector](…) fork' beside '[opentelemetry-collector](…/open-telemetry/…)';
        # the same name on another host, a GitHub repository's model on the Hub, is the same release)
        others_repos = {(m.group(0).split("/")[0].lower(), name_key(m.group(2))) for doc in docs
                        for link in doc.links[:2000] for m in [OWN_LINK.search(link.url)]
                        if m and m.group(1).lower() != owner.lower()}
        for doc in docs:
            for link in doc.links[:2000]:
                m = OWN_LINK.search(link.url)
                if not m or m.group(1).lower() != owner.lower() \
                        or (m.group(0).split("/")[0].lower(), name_key(m.group(2))) in others_repos:
                    continue
                if _DEEP_LINK.match(link.url, m.end()) or _INSIDE_REPO.match(link.url, m.end()) \
                        or link.source == "image":
                    # a file or page inside the repository ('…/blob/main/train.sh', '…/assets/…'), a contents
                    # entry ('…/XuanYuan#介绍') or an image's alt text: not a release, and its text no name
                    continue
                if _FORK_NAME.fullmatch(m.group(2)):
                    # 'KingRainbow44/Grasscutter-Fork': the owner's fork of another's product, named after the product
                    continue
                own.add(m.group(2), f"{doc.path}:{link.line}: link to the owner's {m.group(0).split('/')[0]}")
                text = link.text.strip()
                # (a well-known family of others names what an own adapter adapts: '[postgresql](…/vnpy_postgresql)')
                # (nor a description made of common words: '[Application Templates](…/docker-library)', '[Main
                # Repository](…)' describe what is linked; its repository's name stays an own name)
                if text and len(text.split()) <= 3 and not text.startswith(("http", "#")) \
                        and not own.family_of_others(name_key(text)) \
                        and not all(is_generic(piece) or not any(ch.isalpha() for ch in piece)
                                    for piece in _SPLIT.split(text) if piece):
                    own.add(text, f"{doc.path}:{link.line}: linked name")
        # a name linked to the owner's own website ('[MPT](https://www.mosaicml.com/mpt)' in mosaicml/...)
        site = re.sub(r"[^a-z0-9]", "", owner.lower())
        for doc in docs:
            for link in doc.links[:2000]:
                if link.source == "image":
                    continue  # an image's alt text describes a picture
                host = _SITE_HOST.match(link.url)
                path = [seg for seg in link.url[host.end():].split("?")[0].split("#")[0].split("/") if seg] \
                    if host else []
                # a product's own page sits near the top of the site ('/mpt', '/products/x'); documentation,
                # blog and integration pages deeper down name whatever they cover
                if len(path) > 2 or any(seg.lower() in _DOC_SEGMENTS for seg in path):
                    continue
                if not host or not is_own_site(link.url, frozenset({site})):
                    continue
                name = _site_link_name(link.text, site)
                if name:
                    own.add(name, f"{doc.path}:{link.line}: linked from the owner's website")
    if noun and name_key(noun) not in elsewhere:
        own.add(noun, "recurring name")
    if shown and "link" not in own.keys.get(shown, "link"):
        # ('# Synergy config' in lu0/synergy-config, '# Whisper examples'): the title's first word is the product the
        # repository shows or sets up, as its name says, not one of its releases
        del own.keys[shown]
    return own
