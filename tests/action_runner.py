"""Run a composite action's steps the way the GitHub runner does, on the local machine.

This is test infrastructure, not part of openwash.  It reads ``action.yml``, resolves the inputs
(defaults from the file, overridden by ``with``), and executes each ``runs.steps[*]`` entry:

* ``uses:`` steps are recorded and skipped (the harness has Python already; ``actions/setup-python`` is
  the only one the action uses, and only when no Python >= 3.10 is on PATH);
* ``run:`` steps are written to a temporary script and run with their ``shell`` exactly as the runner
  does (``bash --noprofile --norc -eo pipefail {0}``), in the workspace, with ``env:`` resolved from
  the expression contexts, a fresh ``$GITHUB_OUTPUT`` file per step, and the runner's ``GITHUB_*``
  variables; ``if:`` conditions are evaluated; after a failing step the remaining steps are skipped
  (``success()`` semantics);
* standard output is parsed for workflow commands the way the runner parses it, including
  ``::stop-commands::TOKEN`` ... ``::TOKEN::``, so tests can assert which commands GitHub would execute.

The expression evaluator covers what an action.yml of this kind needs: ``inputs.X``, ``github.X``,
``steps.ID.outputs.X``, ``env.X``, ``runner.X``, string literals, ``==``/``!=``, ``&&``/``||``, ``!``,
``always()``/``success()``/``failure()``.  Anything else raises, so an unsupported construct in
action.yml fails the test instead of being silently misread.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SHELLS = {
    "bash": ["bash", "--noprofile", "--norc", "-eo", "pipefail", "{0}"],
    "sh": ["sh", "-e", "{0}"],
    "python": ["python", "{0}"],
    "": ["bash", "-e", "{0}"],  # a workflow run step without shell: on Linux runners, bash -e
}
EXPR = re.compile(r"\$\{\{(.*?)\}\}", re.S)


class ExpressionError(Exception):
    pass


# --- expressions ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<op>==|!=|&&|\|\||!|\(|\))|(?P<num>\d+)|"
                    r"(?P<name>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*(?:\(\))?))")


def _tokens(expr: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ExpressionError(f"cannot parse expression at {expr[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], contexts: dict[str, Any]) -> None:
        self.t = tokens
        self.i = 0
        self.ctx = contexts

    def peek(self) -> tuple[str, str] | None:
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self) -> tuple[str, str]:
        tok = self.t[self.i]
        self.i += 1
        return tok

    def parse(self) -> Any:
        value = self.or_()
        if self.peek() is not None:
            raise ExpressionError(f"unexpected {self.peek()}")
        return value

    def or_(self) -> Any:
        left = self.and_()
        while self.peek() == ("op", "||"):
            self.take()
            right = self.and_()
            left = left or right
        return left

    def and_(self) -> Any:
        left = self.cmp()
        while self.peek() == ("op", "&&"):
            self.take()
            right = self.cmp()
            left = left and right
        return left

    def cmp(self) -> Any:
        left = self.unary()
        tok = self.peek()
        if tok in (("op", "=="), ("op", "!=")):
            self.take()
            right = self.unary()
            equal = _loose(left) == _loose(right)
            return equal if tok[1] == "==" else not equal
        return left

    def unary(self) -> Any:
        if self.peek() == ("op", "!"):
            self.take()
            return not self.unary()
        if self.peek() == ("op", "("):
            self.take()
            value = self.or_()
            if self.take() != ("op", ")"):
                raise ExpressionError("missing )")
            return value
        kind, text = self.take()
        if kind == "str":
            return text[1:-1].replace("''", "'")
        if kind == "num":
            return int(text)
        if kind == "name":
            return self.lookup(text)
        raise ExpressionError(f"unexpected {text!r}")

    def lookup(self, name: str) -> Any:
        if name in ("true", "false"):
            return name == "true"
        if name.endswith("()"):
            fn = name[:-2]
            status = self.ctx.get("__status__", "success")
            if fn == "always":
                return True
            if fn == "success":
                return status == "success"
            if fn == "failure":
                return status == "failure"
            if fn == "cancelled":
                return False
            raise ExpressionError(f"unsupported function {name}")
        head, *rest = name.split(".")
        # secrets and vars exist in a workflow's contexts only (an action gets its values through inputs)
        if head not in ("inputs", "github", "steps", "env", "runner", "job") and not (
                head in ("secrets", "vars") and head in self.ctx):
            raise ExpressionError(f"unsupported context {head!r}")
        value: Any = self.ctx.get(head, {})
        for part in rest:
            value = value.get(part, "") if isinstance(value, dict) else ""
        return value


def _loose(value: Any) -> Any:
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)


def evaluate(expr: str, contexts: dict[str, Any]) -> Any:
    return _Parser(_tokens(expr), contexts).parse()


def interpolate(text: Any, contexts: dict[str, Any]) -> str:
    """Replace every ``${{ expr }}`` in a string with its value (as the runner does for env/with/outputs)."""
    if not isinstance(text, str):
        return _loose(text)
    return EXPR.sub(lambda m: _loose(evaluate(m.group(1), contexts)), text)


def condition(text: Any, contexts: dict[str, Any]) -> bool:
    if text is None:
        return contexts.get("__status__", "success") == "success"
    if isinstance(text, bool):
        return text
    s = str(text).strip()
    m = EXPR.fullmatch(s)
    if m:
        s = m.group(1)
    value = evaluate(s, contexts)
    # A condition without a status function implies success() && ...
    if not re.search(r"\b(always|failure|cancelled|success)\(\)", s) and contexts.get("__status__") != "success":
        return False
    return bool(value) and value != "false"


# --- workflow commands ---------------------------------------------------------------------------


@dataclass
class Command:
    name: str
    properties: dict[str, str]
    message: str
    line: str


def _unescape_data(s: str) -> str:
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(s: str) -> str:
    return s.replace("%3A", ":").replace("%2C", ",").replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


_COMMAND = re.compile(r"^::(?P<name>[A-Za-z][\w-]*)(?: (?P<props>[^:]*))?::(?P<data>.*)$")
# The runner's legacy form, ``##[name key=value;...]data``, is recognised *anywhere* in a line (when the
# line is not a ``::`` command): ActionCommand.TryParse looks for the prefix with IndexOf.
_LEGACY = re.compile(r"##\[(?P<name>[A-Za-z][\w-]*)(?: (?P<props>[^\]]*))?\](?P<data>.*)$")


def parse_commands(stdout: str) -> tuple[list[Command], list[str]]:
    """The workflow commands the runner would execute, and the lines it would print as plain log text."""
    commands: list[Command] = []
    plain: list[str] = []
    stopped: str | None = None
    for line in re.split(r"\r\n|\r|\n", stdout.removesuffix("\n")):  # the runner's line reader
        if stopped is not None:
            if line.strip() == f"::{stopped}::":
                stopped = None
            else:
                plain.append(line)
            continue
        m = _COMMAND.match(line.lstrip())
        if not m:
            legacy = _LEGACY.search(line)
            if legacy:
                props = dict(p.split("=", 1) for p in (legacy.group("props") or "").split(";") if "=" in p)
                commands.append(Command(legacy.group("name"), props, legacy.group("data"), line))
            else:
                plain.append(line)
            continue
        props: dict[str, str] = {}
        for part in (m.group("props") or "").split(","):
            if "=" in part:
                k, v = part.split("=", 1)
                props[k.strip()] = _unescape_property(v)
        cmd = Command(m.group("name"), props, _unescape_data(m.group("data")), line)
        if cmd.name == "stop-commands":
            stopped = cmd.message
        commands.append(cmd)
    return commands, plain


def read_output_file(path: Path) -> dict[str, str]:
    """Parse ``$GITHUB_OUTPUT``: ``name=value`` lines and ``name<<DELIM`` heredocs."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line:
            continue
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            body: list[str] = []
            while i < len(lines) and lines[i] != delim:
                body.append(lines[i])
                i += 1
            if i >= len(lines):
                raise ValueError(f"unterminated heredoc for {name} in {path}")
            i += 1
            out[name] = "\n".join(body)
        elif "=" in line:
            name, value = line.split("=", 1)
            out[name] = value
        else:
            raise ValueError(f"malformed line in {path}: {line!r}")
    return out


# --- running -------------------------------------------------------------------------------------


@dataclass
class StepRun:
    id: str
    name: str
    status: str  # success | failure | skipped
    uses: str = ""
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    outputs: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    skipped_because: str = ""  # condition (its if: was false) | uses (the harness does not run actions)


@dataclass
class ActionRun:
    steps: list[StepRun]
    outputs: dict[str, str]
    summary: str
    stdout: str
    commands: list[Command]
    plain: list[str]

    @property
    def failed(self) -> bool:
        return any(s.status == "failure" for s in self.steps)

    def annotations(self, level: str | None = None) -> list[Command]:
        names = (level,) if level else ("error", "warning", "notice")
        return [c for c in self.commands if c.name in names]

    def step(self, step_id: str) -> StepRun:
        return next(s for s in self.steps if s.id == step_id)


def run_action(action_dir: Path, workspace: Path, inputs: dict[str, str], *, github: dict[str, Any],
               env: dict[str, str], runner_temp: Path, timeout: float = 600) -> ActionRun:
    """Execute ``action_dir/action.yml`` as a composite action invoked with ``with: inputs``."""
    meta = yaml.safe_load((action_dir / "action.yml").read_text(encoding="utf-8"))
    if meta["runs"]["using"] != "composite":
        raise ExpressionError("only composite actions are supported")
    runner_temp.mkdir(parents=True, exist_ok=True)
    summary_file = runner_temp / "step_summary.md"
    summary_file.write_text("", encoding="utf-8")
    contexts: dict[str, Any] = {"github": github, "env": dict(env), "runner": {"temp": str(runner_temp)},
                                "steps": {}, "inputs": {}, "__status__": "success"}
    resolved: dict[str, str] = {}
    for name, spec in (meta.get("inputs") or {}).items():
        if name in inputs:
            resolved[name] = str(inputs[name])
        else:
            resolved[name] = interpolate(str((spec or {}).get("default", "")), contexts)
    unknown = set(inputs) - set(resolved)
    if unknown:
        raise ExpressionError(f"unknown inputs: {sorted(unknown)}")
    contexts["inputs"] = resolved
    base_env = dict(env)
    base_env.update({"GITHUB_ACTION_PATH": str(action_dir), "GITHUB_WORKSPACE": str(workspace),
                     "RUNNER_TEMP": str(runner_temp), "GITHUB_STEP_SUMMARY": str(summary_file),
                     "GITHUB_ACTIONS": "true", "CI": "true"})
    runs, all_stdout = _run_steps(meta["runs"]["steps"], contexts, base_env, workspace, runner_temp, timeout,
                                  composite=True)
    action_outputs = {name: interpolate((spec or {}).get("value", ""), contexts)
                      for name, spec in (meta.get("outputs") or {}).items()}
    stdout = "".join(all_stdout)
    commands, plain = parse_commands(stdout)
    return ActionRun(steps=runs, outputs=action_outputs, summary=summary_file.read_text(encoding="utf-8"),
                     stdout=stdout, commands=commands, plain=plain)


def _run_steps(steps: list[dict[str, Any]], contexts: dict[str, Any], base_env: dict[str, str], workspace: Path,
               runner_temp: Path, timeout: float, *, composite: bool,
               uses_outputs: dict[str, dict[str, str]] | None = None) -> tuple[list[StepRun], list[str]]:
    """Run ``steps`` (an action's ``runs.steps`` or a workflow job's ``steps``) as the runner does."""
    uses_outputs = uses_outputs or {}
    runs: list[StepRun] = []
    all_stdout: list[str] = []
    for index, step in enumerate(steps):
        step_id = str(step.get("id") or f"__step{index}")
        name = str(step.get("name") or step_id)
        if not condition(step.get("if"), contexts):
            runs.append(StepRun(step_id, name, "skipped", uses=str(step.get("uses", "")), skipped_because="condition"))
            continue
        if "uses" in step:
            runs.append(StepRun(step_id, name, "skipped", uses=str(step["uses"]), skipped_because="uses"))
            if step_id in uses_outputs:  # what the action would have output (a token, a path)
                contexts["steps"][step_id] = {"outputs": dict(uses_outputs[step_id]), "outcome": "success",
                                              "conclusion": "success"}
            continue
        shell = step.get("shell") or (None if composite else "")
        if shell is None:
            raise ExpressionError(f"step {name!r}: composite run steps need a shell")
        script = str(step["run"])
        if EXPR.search(script):
            # The runner would splice the value into the script; refuse, the action must use env:.
            raise ExpressionError(f"step {name!r}: ${{{{ }}}} inside run:")
        output_file = runner_temp / f"output_{index}"
        output_file.write_text("", encoding="utf-8")
        step_env = dict(base_env)
        step_env["GITHUB_OUTPUT"] = str(output_file)
        step_env["GITHUB_ENV"] = str(runner_temp / f"env_{index}")
        step_env["GITHUB_PATH"] = str(runner_temp / f"path_{index}")
        for key, value in (step.get("env") or {}).items():
            step_env[str(key)] = interpolate(value, contexts)
        with tempfile.NamedTemporaryFile("w", suffix=".sh", dir=runner_temp, delete=False) as fh:
            fh.write(script)
            script_path = fh.name
        argv = [a.replace("{0}", script_path) for a in SHELLS.get(shell, str(shell).split())]
        cwd = workspace / step["working-directory"] if step.get("working-directory") else workspace
        proc = subprocess.run(argv, cwd=cwd, env=step_env, capture_output=True, text=True, timeout=timeout)
        outputs = read_output_file(output_file)
        status = "success" if proc.returncode == 0 else "failure"
        runs.append(StepRun(step_id, name, status, returncode=proc.returncode, stdout=proc.stdout,
                            stderr=proc.stderr, outputs=outputs, env=step_env))
        all_stdout.append(proc.stdout)
        contexts["steps"][step_id] = {"outputs": outputs, "outcome": status, "conclusion": status}
        if status == "failure":
            contexts["__status__"] = "failure"
    return runs, all_stdout


def run_workflow_job(workflow: Path, job: str, workspace: Path, *, github: dict[str, Any], env: dict[str, str],
                     runner_temp: Path, secrets: dict[str, str] | None = None, vars: dict[str, str] | None = None,
                     uses_outputs: dict[str, dict[str, str]] | None = None, timeout: float = 600) -> ActionRun:
    """Execute the ``run:`` steps of one job of a workflow file (``uses:`` steps are recorded and skipped;
    ``uses_outputs`` gives the outputs such a step would have had, by step id).  A run step's shell
    defaults to bash, as on a Linux runner."""
    wf = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    spec = wf["jobs"][job]
    runner_temp.mkdir(parents=True, exist_ok=True)
    summary_file = runner_temp / "step_summary.md"
    summary_file.write_text("", encoding="utf-8")
    contexts: dict[str, Any] = {"github": github, "env": {}, "runner": {"temp": str(runner_temp)}, "steps": {},
                                "secrets": dict(secrets or {}), "vars": dict(vars or {}), "__status__": "success"}
    base_env = dict(env)
    for layer in (wf.get("env") or {}, spec.get("env") or {}):
        for key, value in layer.items():
            base_env[str(key)] = interpolate(value, contexts)
    contexts["env"] = dict(base_env)
    base_env.update({"GITHUB_WORKSPACE": str(workspace), "RUNNER_TEMP": str(runner_temp),
                     "GITHUB_STEP_SUMMARY": str(summary_file), "GITHUB_ACTIONS": "true", "CI": "true"})
    runs, all_stdout = _run_steps(spec["steps"], contexts, base_env, workspace, runner_temp, timeout,
                                  composite=False, uses_outputs=uses_outputs)
    stdout = "".join(all_stdout)
    commands, plain = parse_commands(stdout)
    return ActionRun(steps=runs, outputs={}, summary=summary_file.read_text(encoding="utf-8"), stdout=stdout,
                     commands=commands, plain=plain)


def pull_request_event(*, number: int, base_sha: str, head_sha: str, repo: str, head_repo: str | None = None,
                       title: str = "Update README", body: str = "", author: str = "contributor",
                       api_url: str = "https://api.github.com") -> dict[str, Any]:
    """A ``pull_request`` (opened/synchronize) payload with the fields GitHub sends that matter here."""
    head_repo = head_repo or repo
    owner = repo.split("/")[0]

    def repo_obj(full: str) -> dict[str, Any]:
        o, n = full.split("/")
        return {"id": abs(hash(full)) % 10**8, "name": n, "full_name": full, "private": False,
                "owner": {"login": o, "type": "Organization"}, "fork": full != repo,
                "html_url": f"https://github.com/{full}", "url": f"{api_url}/repos/{full}",
                "default_branch": "main"}

    pr = {
        "url": f"{api_url}/repos/{repo}/pulls/{number}", "id": 1000 + number, "number": number,
        "state": "open", "locked": False, "title": title, "body": body, "draft": False,
        "user": {"login": author, "type": "User"},
        "html_url": f"https://github.com/{repo}/pull/{number}",
        "issue_url": f"{api_url}/repos/{repo}/issues/{number}",
        "comments_url": f"{api_url}/repos/{repo}/issues/{number}/comments",
        "head": {"label": f"{head_repo.split('/')[0]}:feature", "ref": "feature", "sha": head_sha,
                 "user": {"login": head_repo.split("/")[0]}, "repo": repo_obj(head_repo)},
        "base": {"label": f"{owner}:main", "ref": "main", "sha": base_sha, "user": {"login": owner},
                 "repo": repo_obj(repo)},
        "author_association": "CONTRIBUTOR" if head_repo != repo else "MEMBER",
        "merged": False, "mergeable": None, "commits": 1, "additions": 1, "deletions": 0, "changed_files": 1,
    }
    return {"action": "synchronize", "number": number, "pull_request": pr,
            "before": base_sha, "after": head_sha, "repository": repo_obj(repo),
            "sender": {"login": author, "type": "User"}}


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """A runner-like environment that inherits nothing secret from the machine running the tests."""
    keep = ("HOME", "LANG", "LC_ALL", "TMPDIR", "USER", "SYSTEMROOT")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env["PATH"] = os.environ.get("PATH", "/usr/bin:/bin")
    env.update(extra or {})
    return env
