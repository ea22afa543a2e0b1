"""``openwash org OWNER``: check every repository of an organization (or user) through the GitHub API.

For each repository the sweep reads the file tree of the default branch and the documents in scope, and
runs the same engine as ``openwash check`` (:func:`openwash.engine.check_repository`) under the
repository's own policy (``.openwash.yml``), else the organization's central policy, else
``builtin:default``.

Cost (see :mod:`openwash.github.fetch`): one REST request per 100 repositories for the list, one REST
request per changed repository for its tree, one GraphQL query per ~50 repositories for their documents.
A repository whose ``pushed_at`` and default branch are unchanged since the last sweep costs nothing: its
tree, its documents and its result come from the cache.  The sweep keeps a checkpoint (one JSON line per
finished repository) and ``--resume`` continues an interrupted sweep where it stopped.

The engine runs in worker processes (one per CPU) while threads fetch; at most ``concurrency`` requests are
in flight at any time.

The sweep, one module per concern:

* :mod:`~openwash.github.org.options` — what is swept (owner, API host, filters);
* :mod:`~openwash.github.org.sweep` — scheduling: the state machine from listing to outcome, with
  :mod:`~openwash.github.org.batches` (the GraphQL batches it fills);
* :mod:`~openwash.github.org.policies` — which policy each repository is checked under;
* :mod:`~openwash.github.org.outcome` — the typed outcome of one repository, built from the engine's Result;
* :mod:`~openwash.github.org.model` — the report handed to the writers (``report/org_*.py``);
* :mod:`~openwash.github.org.checkpoint` and :mod:`~openwash.github.org.progress`;
* :mod:`~openwash.github.org.command` — ``openwash org`` itself: sweep, issues, report.
"""

from __future__ import annotations

from openwash.github.org.command import run_org_command
from openwash.github.org.model import OrgReport
from openwash.github.org.options import SweepOptions
from openwash.github.org.progress import Progress
from openwash.github.org.sweep import Sweep, sweep

__all__ = ["OrgReport", "Progress", "Sweep", "SweepOptions", "run_org_command", "sweep"]
