"""What every rule sees."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from openwash.findings import Finding
from openwash.records import field, record

if TYPE_CHECKING:
    import datetime as dt

    # names for annotations only: the quick pass builds a WaiverContext without loading the claim
    # detector's record types or the evidence types
    from openwash.claims import Claim
    from openwash.discovery import Repository
    from openwash.documents import Document
    from openwash.evidence import Evidence
    from openwash.licenses import License


class PolicyView(Protocol):
    """What rules read of the policy: what counts as evidence and as an open license, never severities
    (the engine applies the policy's `rules:` section to what the rules yield).  A protocol, so that the
    rules do not import the policy package, whose validator imports the rule catalog."""

    @property
    def model_release(self) -> str: ...

    def license_allowed(self, component: str, lic: License) -> bool: ...

    def requirements(self, kind: str, target: str, model_release: bool) -> list[str]: ...


class WaiverView(Protocol):
    """A waiver of the policy, as the waiver rules read it (:class:`openwash.policy.Waiver` is one)."""

    @property
    def rule(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def expires(self) -> dt.date | None: ...

    @property
    def origin(self) -> str: ...  # "file:line" of the waiver in the policy


class SuppressionView(Protocol):
    """An inline suppression after the waivers were applied (:class:`openwash.suppress.Suppression` is one)."""

    @property
    def file(self) -> str: ...

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...

    @property
    def rules(self) -> tuple[str, ...]: ...

    @property
    def reason(self) -> str: ...

    @property
    def used(self) -> bool: ...  # it silenced a finding

    @property
    def refused(self) -> str: ...  # why the policy does not let it silence anything ("" when it may)


class WaiverLedger(Protocol):
    """What applying the waivers and inline suppressions to the other rules' findings left to judge
    (:class:`openwash.suppress.Ledger` is one): the rules OW901-OW903 read it."""

    @property
    def expired(self) -> Sequence[WaiverView]: ...

    @property
    def suppressions(self) -> Sequence[SuppressionView]: ...


@record(kw_only=True)
class WaiverContext:
    """What the rules that run after the waivers (``Rule.after_waivers``) see: the ledger, today and the
    default severities.  :class:`RuleContext` is one; the quick pass, which has no claims or evidence to
    give, builds this alone."""

    waivers: WaiverLedger | None = None  # set by the engine once the waivers are applied
    # what waivers expire against (None: the date today, made when an expiry date asks for it)
    today: dt.date | None = None
    defaults: dict[str, str] = field(default_factory=dict)  # rule id -> default severity (the engine's catalog)

    def finding(self, rule: str, file: str, line: int, column: int, message: str, hint: str, **kw) -> Finding:
        """A finding of ``rule`` at the rule's default severity (the engine applies the policy's)."""
        return Finding(rule=rule, severity=self.defaults.get(rule, "warning"), file=file, line=max(line, 1),
                       column=max(column, 1), message=message, hint=hint, **kw)


@record(kw_only=True)
class RuleContext(WaiverContext):
    repo: Repository
    docs: list[Document]
    claims: list[Claim]
    evidence: Evidence
    policy: PolicyView
    is_model_release: bool
