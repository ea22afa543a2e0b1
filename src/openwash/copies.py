"""Folders that hold a copy of another project: whose pages a nested document is.

Machine-learning repositories often carry a whole other project inside them: a training framework copied in
to be patched ('Pai-Megatron-Patch/Megatron-LM-240424/', 'verl/'), a model's reference code
('segment_anything/'), a robot's controller in a simulation workspace.  Such a folder keeps that project's
README and licence, and its pages say what *that* project releases ('verl is the open-source version of
HybridFlow', 'we also open-sourced our checkpoints'): none of it is a claim of the repository they sit in.

A folder is taken for a copy only on positive evidence, all three of:

* it is not the repository's root and holds a licence file of its own (``LICENSE``, ``COPYING``, …: a file
  :func:`openwash.discovery.role_of` calls a licence): a project
  that was released on its own, not one of the repository's parts (those share the root's licence);
* its pages (its README, or the pages of its documentation where it keeps none at its top) link that project's
  home on a code host under another owner: a link to ``github.com/OWNER/NAME`` (or a page inside it) whose NAME
  is the folder's name or its README's title, folded as own names are (:func:`openwash.ownnames.name_key`:
  'Megatron-LM-240424' ~ 'NVIDIA/Megatron-LM');
* that name is none of the repository's own names, OWNER is not the repository's owner (an organisation's
  own project copied into another of its repositories, 'IDEA-Research/GroundingDINO' inside
  'IDEA-Research/Grounded-Segment-Anything', is still the organisation's release), and its pages link nothing
  of the repository's owner (an author who keeps each extension of a collection in a repository of its own
  links back to the collection, 'github.com/adamlui/ai-web-extensions': the pages are still the author's).

A folder that satisfies all three is another project's, and so is everything under it.  A folder whose name or
title holds one of the repository's own names ('wren-langchain') is its part, and one in a folder of plugins
('integrations/NAME/', :data:`openwash.ownnames.PLUGIN_CONTAINERS`) is named for what it plugs into: neither is a
copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from openwash import lazyre
from openwash import vocabulary as v
from openwash.discovery import role_of
from openwash.documents import Document
from openwash.ownnames import OWN_LINK, PLUGIN_CONTAINERS, document_keys, name_key

# the pages under such a folder whose links are read, nearest the folder first
_PAGES_READ = 20

# the account a link on GitHub goes to ('https://github.com/adamlui', '…/adamlui/ai-web-extensions/…')
_GITHUB_ACCOUNT = lazyre.compile(r"github\.com/([\w\-.]+)", re.I)


def copied_projects(paths: Iterable[str], docs: Iterable[Document], owner: str,
                    own_names: frozenset[str]) -> dict[str, str]:
    """The folders of the repository that hold a copy of another project, each with that project
    ('verl' → 'volcengine/verl'); see the module's documentation for the evidence asked."""
    # every folder that holds a document, with the documents under it (nearest the folder first)
    under: dict[str, list[Document]] = {}
    for doc in sorted(docs, key=lambda d: (d.path.count("/"), d.path)):
        folder = doc.path.rpartition("/")[0]
        while folder:
            under.setdefault(folder, []).append(doc)
            folder = folder.rpartition("/")[0]
    if not under:  # (the default scope judges no nested document: nothing to read the tree for)
        return {}
    licensed = set()
    for path in paths:
        folder, _, base = path.rpartition("/")
        if folder in under and role_of(base) == v.LICENSE:
            licensed.add(folder)
    owner_key = name_key(owner) if owner else ""
    found: dict[str, str] = {}
    for folder in sorted(licensed):
        pages = under[folder][:_PAGES_READ]
        names = {name_key(folder.rsplit("/", 1)[-1])}
        for page in pages:
            if page.path.rpartition("/")[0] == folder and page.path.rpartition("/")[2].lower().startswith("readme"):
                names |= document_keys(page)  # (the title of the folder's own README names its project too)
        names.discard("")
        if any(own in name for name in names for own in own_names if len(own) >= 3):
            continue  # one of the repository's own parts, named as the repository names itself ('wren-langchain')
        if folder.rpartition("/")[2].lower() in PLUGIN_CONTAINERS or any(
                piece.lower() in PLUGIN_CONTAINERS for piece in folder.split("/")[:-1]):
            continue  # a plugin for what it is named after ('integrations/langchain/'), not a copy of it
        links = [link for page in pages for link in page.links[:300] if link.source != "image"]
        accounts = (_GITHUB_ACCOUNT.search(link.url) for link in links)
        if owner_key and any(name_key(m.group(1)) == owner_key for m in accounts if m):
            continue  # its pages point back to the repository's owner: their own writing
        for link in links:
            m = OWN_LINK.search(link.url)
            if not m or name_key(m.group(2).removesuffix(".git")) not in names:
                continue
            other = name_key(m.group(1))
            if other and other != owner_key and other not in own_names:
                found[folder] = f"{m.group(1)}/{m.group(2).removesuffix('.git')}"
                break
    return found


def copy_holding(path: str, copies: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The copied project's folder that ``path`` lies in, with that project (``copies``: the pairs
    :func:`copied_projects` gives), or None."""
    for folder, project in copies:
        if path.startswith(folder + "/"):
            return folder, project
    return None
