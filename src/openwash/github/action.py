"""``openwash action``: the step the composite GitHub Action (``action.yml``) runs.

Inputs arrive only as environment variables that ``action.yml`` sets from ``${{ inputs.* }}`` in the
step's ``env:`` (never spliced into the script):

=========================  =====================================================================
``OPENWASH_PATH``          repository folder to check (default ``.``)
``OPENWASH_POLICY``        policy source; a path inside the repository is read from the base commit
``OPENWASH_MODE``          ``enforce`` | ``annotate`` | empty (the policy's mode)
``OPENWASH_FAIL_ON``       ``error`` | ``warning`` | ``notice`` | ``never`` | empty (the policy's ``fail_on``)
``OPENWASH_ONLY_NEW``      ``auto`` (true on pull requests) | ``true`` | ``false``
``OPENWASH_COMMENT``       ``true`` | ``false``: the sticky pull-request comment
``OPENWASH_SARIF_FILE``    write SARIF 2.1.0 here (empty: no SARIF)
``GITHUB_TOKEN``           token for the comment (and for ``github:`` policy sources)
=========================  =====================================================================

On ``pull_request``/``pull_request_target`` events the base commit comes from ``$GITHUB_EVENT_PATH``;
the policy is read from it and findings are compared with it.  The step prints a readable report
(inside ``::stop-commands::``, so repository text cannot issue workflow commands), annotations for the
findings that count, appends the job summary, writes SARIF and the outputs ``errors``, ``warnings``,
``new-findings``, ``sarif-file`` and ``verdict`` to ``$GITHUB_OUTPUT``, and updates the sticky comment.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import TextIO

from openwash import baseline
from openwash.clock import today_override
from openwash.errors import OpenwashError, UsageError
from openwash.github import presentation as gh
from openwash.github.presentation import append_step_summary, command, render_annotations, stop_commands
from openwash.policy.model import FAIL_ON
from openwash.records import record
from openwash.report import markdown as md
from openwash.report import render, write_output

TRUE = {"true", "yes", "1", "on"}
FALSE = {"false", "no", "0", "off"}


def _bool(name: str, value: str, default: bool) -> bool:
    v = value.strip().lower()
    if not v:
        return default
    if v in TRUE:
        return True
    if v in FALSE:
        return False
    raise UsageError(f"input {name} must be true or false, not {value!r}")


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    v = value.strip().lower()
    if v and v not in choices:
        raise UsageError(f"input {name} must be one of {', '.join(choices)}, not {value!r}")
    return v


@record
class Inputs:
    path: str = "."
    policy: str = ""
    mode: str = ""
    fail_on: str = ""
    only_new: str = "auto"
    comment: bool = True
    sarif_file: str = ""
    token: str = ""

    @classmethod
    def from_env(cls, env: dict[str, str]) -> Inputs:
        only_new = env.get("OPENWASH_ONLY_NEW", "auto").strip().lower() or "auto"
        if only_new != "auto":
            only_new = "true" if _bool("only-new", only_new, True) else "false"
        return cls(
            path=env.get("OPENWASH_PATH", "").strip() or ".",
            policy=env.get("OPENWASH_POLICY", "").strip(),
            mode=_choice("mode", env.get("OPENWASH_MODE", ""), ("enforce", "annotate")),
            fail_on=_choice("fail-on", env.get("OPENWASH_FAIL_ON", ""), FAIL_ON),
            only_new=only_new,
            comment=_bool("comment", env.get("OPENWASH_COMMENT", ""), True),
            sarif_file=env.get("OPENWASH_SARIF_FILE", "").strip(),
            token=env.get("GITHUB_TOKEN", ""),
        )


def write_outputs(values: dict[str, str], env: dict[str, str]) -> None:
    """Append ``name<<DELIM`` blocks to ``$GITHUB_OUTPUT`` (a random delimiter, so no value can end one)."""
    target = env.get("GITHUB_OUTPUT")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as fh:
        for name, value in values.items():
            delim = f"ghadelimiter_{secrets.token_hex(12)}"
            fh.write(f"{name}<<{delim}\n{value}\n{delim}\n")


def run(env: dict[str, str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    env = dict(os.environ) if env is None else env
    try:
        return _run(env, out)
    except OpenwashError as exc:
        out.write(command("error", str(exc), title="openwash") + "\n")
        out.flush()
        write_outputs({"verdict": "error"}, env)
        raise


def _run(env: dict[str, str], out: TextIO) -> int:
    inputs = Inputs.from_env(env)
    root = Path(inputs.path)
    if not root.is_dir():
        raise UsageError(f"input path is not a directory: {inputs.path}")
    event = baseline.pull_request_event(env)
    only_new = inputs.only_new == "true" or (inputs.only_new == "auto" and event is not None)
    if only_new and event is None:
        out.write(command("notice", "only-new is set, but this is not a pull request run: all findings count",
                          title="openwash") + "\n")
        only_new = False
    outcome, notes = baseline.evaluate(root, inputs.policy or None, base_ref=event.base_sha if event else None,
                                       only_new=only_new, mode=inputs.mode or None, fail_on=inputs.fail_on or None,
                                       with_prefix=True, today=today_override())
    result = outcome.result
    for note in [*result.policy.notices, *notes]:
        out.write(command("notice", note, title="openwash") + "\n")

    # A readable report for the log.  It quotes repository text, so the runner must not parse it.
    text = render(result, "text")
    for notice in result.notices:
        text += notice.render() + "\n"
    out.write("::group::openwash report\n")
    out.write(stop_commands(text))
    out.write("::endgroup::\n")

    annotations, plan = render_annotations(outcome)
    out.write(annotations)
    if plan.overflow_total:
        out.write(f"openwash: {plan.overflow_total} more findings are not annotated (GitHub shows 10 per level "
                  "per step); the job summary lists all of them\n")
    links = md.blob_base(env, event.head_sha if event is not None else "")
    append_step_summary(outcome, env, links=links)

    sarif_path = ""
    if inputs.sarif_file:
        sarif_path = inputs.sarif_file
        write_output(render(result, "sarif", outcome=outcome), sarif_path)

    counts = outcome.counts()
    write_outputs({"errors": str(counts["error"]), "warnings": str(counts["warning"]),
                   "new-findings": str(counts["new"]), "sarif-file": sarif_path, "verdict": outcome.verdict}, env)

    if inputs.comment and event is not None:
        # lazy: the comment needs the GitHub client (requests), a run without one does not
        from openwash.github.pr import state_marker, upsert_sticky_comment

        gating = len(outcome.gating)

        def make_body(previous: int | None) -> str | None:
            if gating == 0 and previous is None:
                return None  # clean and never commented: stay quiet
            return gh.comment_body(outcome, run_url=gh.run_url(env), links=links,
                                   had_findings_before=bool(previous)) + state_marker(gating) + "\n"

        res = upsert_sticky_comment(event.base_repo or env.get("GITHUB_REPOSITORY", ""), event.number, make_body,
                                    token=inputs.token or None, base_url=env.get("GITHUB_API_URL") or None,
                                    from_fork=event.from_fork)
        if res.action in ("created", "updated"):
            out.write(f"openwash: pull-request comment {res.action} (id {res.comment_id})\n")
        elif res.action == "skipped":
            out.write(command("notice", res.message, title="openwash") + "\n")
        else:
            out.write(command("warning", res.message, title="openwash") + "\n")

    c = outcome.comparison
    tally = md.plural(counts["error"], "error") + ", " + md.plural(counts["warning"], "warning")
    scope = f" (new vs {c.short_ref}; {len(c.preexisting)} pre-existing)" if c is not None and only_new else ""
    out.write(f"openwash: {tally}{scope} — {outcome.verdict}\n")
    out.flush()
    return 1 if outcome.failed else 0
