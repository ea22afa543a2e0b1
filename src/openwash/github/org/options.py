"""What a sweep is asked to do: the owner, the API host and the filters that choose repositories."""

from __future__ import annotations

import fnmatch
import os
from typing import Any

from openwash.errors import UsageError
from openwash.github.fetch import RepoInfo
from openwash.records import field, record


@record
class SweepOptions:
    owner: str
    api_url: str | None = None
    include_archived: bool = False
    forks: bool = True
    visibility: str = "all"  # all | public | private | internal
    topics: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    properties: list[tuple[str, str]] = field(default_factory=list)
    concurrency: int = 4
    resume: bool = False
    jobs: int | None = None
    max_wait: float = field(default_factory=lambda: float(os.environ.get("OPENWASH_GITHUB_MAX_WAIT") or 3600))
    org_policy: str | None = None  # where the central policy is (default github:{owner}/.github/openwash.yml)
    progress: bool = True

    @classmethod
    def from_args(cls, args: Any) -> SweepOptions:
        """The options of ``openwash org OWNER ...`` from the CLI's parsed arguments."""
        properties: list[tuple[str, str]] = []
        for item in args.property:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise UsageError(f"--property needs KEY=VALUE, got {item!r}")
            properties.append((key.strip(), value.strip()))
        return cls(owner=args.owner, api_url=args.api_url, include_archived=args.include_archived,
                   forks=not args.no_forks, visibility=args.visibility, topics=list(args.topic),
                   names=list(args.name), properties=properties, concurrency=args.concurrency,
                   resume=args.resume, org_policy=args.org_policy, progress=not args.quiet)

    def filters(self) -> dict[str, Any]:
        return {"include_archived": self.include_archived, "forks": self.forks, "visibility": self.visibility,
                "topics": sorted(self.topics), "names": sorted(self.names),
                "properties": sorted(f"{k}={v}" for k, v in self.properties)}



def matches_filters(info: RepoInfo, options: SweepOptions) -> bool:
    if info.archived and not options.include_archived:
        return False
    if info.fork and not options.forks:
        return False
    if options.visibility != "all" and info.visibility != options.visibility:
        return False
    topics = {t.lower() for t in info.topics}
    if any(t.lower() not in topics for t in options.topics):
        return False
    if options.names and not any(fnmatch.fnmatchcase(info.name.lower(), g.lower()) for g in options.names):
        return False
    for key, value in options.properties:
        have = info.properties.get(key)
        values = [str(v) for v in have] if isinstance(have, list) else ([] if have is None else [str(have)])
        if value not in values:
            return False
    return True

