"""The quick pass (openwash.quickpass): a repository whose documents can give no finding is judged without
parsing Markdown, with the same result as the full path."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cli_env, make_git_repo
from openwash.discovery import discover
from openwash.engine import check_repository
from openwash.policy import resolve
from openwash.quickpass import blocker

MIT = ("MIT License\n\nCopyright (c) 2024 Acme\n\nPermission is hereby granted, free of charge, to any person "
       "obtaining a copy of this software, to deal in the Software without restriction.\n")
LIBRARY_README = ("# tidy\n\nFormat rows as text tables.\n\n## Install\n\n```sh\npip install tidy\n```\n\n"
                  "See the [changelog](CHANGELOG.md) and the [docs](https://example.invalid/tidy).\n\n"
                  "| option | default |\n|---|---|\n| `header` | `None` |\n\n## License\n\nMIT, see [LICENSE](LICENSE).\n")
BASE = {"README.md": LIBRARY_README, "CHANGELOG.md": "# Changelog\n\n- tables\n", "LICENSE": MIT,
        "tidy/__init__.py": ""}

# name -> (files, whether the quick pass may judge it).  Most fixtures next to a gate have a finding, a claim
# or a model release that only the full path's parse finds, so a gate that lets one through fails the
# comparison (test_the_fixtures_next_to_the_gates_do_have_findings checks that they do).
FIXTURES: dict[str, tuple[dict[str, str], bool]] = {
    "library": (BASE, True),
    "expired-waiver": ({**BASE, ".openwash.yml": "waivers:\n  - rule: OW101\n    path: README.md\n"
                        "    reason: audit pending (TICKET-1)\n    expires: 2025-01-31\n"}, True),
    # plain text takes '<' and '&' literally: no HTML, no entities, so the quick pass still applies
    "gpl-style-license": ({**BASE, "LICENSE": MIT + "\nSee <https://www.gnu.org/licenses/> & the FAQ.\n"}, True),
    "html-in-markdown": ({**BASE, "docs/guide.md": "# Guide\n\n<p>Run it &amp; see.</p>\n"}, False),
    "broken-relative-link": ({**BASE, "README.md": LIBRARY_README + "\nThe training data is described in "
                              "[the data notes](docs/data.md).\n"}, False),
    "broken-reference-link": ({**BASE, "README.md": LIBRARY_README + "\nTraining recipe: [recipe][r].\n\n"
                               "[r]: recipes/base.yaml\n"}, False),
    "bare-www-link": ({**BASE, "docs/guide.md": "# Guide\n\nThe license text is at www.example.invalid/license\n"},
                      False),
    "suppression-without-reason": ({**BASE, "README.md": LIBRARY_README
                                    + "\n<!-- openwash-disable-next-line OW101 -->\nA sentence.\n"}, False),
    "front-matter-license-other": ({**BASE, "docs/card.md": "---\nlicense: other\n---\n# Card\n\nA card.\n"},
                                   False),
    "claim": ({**BASE, "README.md": LIBRARY_README + "\ntidy is an open-source model.\n"}, False),
    "policy-claim-phrase": ({**BASE, ".openwash.yml": "claims:\n  add:\n    - 'freely remixable'\n",
                             "README.md": LIBRARY_README + "\nThe tidy model is freely remixable.\n"}, False),
    "weight-file": ({**BASE, "model.safetensors": ""}, False),
    "model-card-placeholder": ({**BASE, "MODEL_CARD.md": "# Card\n\nTraining data: coming soon.\n"}, False),
    "readme-presents-weights": ({**BASE, "README.md": LIBRARY_README + "\nWe release the weights of three models."
                                 " Download the weights from the [releases](https://example.invalid/r.bin).\n"},
                                False),
}


def _results(root: Path) -> tuple[str, dict, dict]:
    policy = resolve(root, None, offline=True)
    repo = discover(root, policy.include, policy.exclude)
    why = blocker(repo, policy)
    today = dt.date(2026, 3, 1)
    quick = check_repository(repo, policy, today=today)
    # a second discovery and policy, so that nothing the quick run computed is shared with the full run
    policy2 = resolve(root, None, offline=True)
    full = check_repository(discover(root, policy2.include, policy2.exclude), policy2, today=today, quick=False)
    return why, quick.to_json(), full.to_json()


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_quick_pass_gives_the_full_paths_result(name: str, tmp_path: Path) -> None:
    files, quick = FIXTURES[name]
    why, quick_json, full_json = _results(make_git_repo(tmp_path / name, files))
    assert (why == "") is quick, why
    # everything, evidence included (the quick result collects it when read)
    assert quick_json == full_json


def test_the_fixtures_next_to_the_gates_do_have_findings(tmp_path: Path) -> None:
    """The comparison above would prove nothing if those fixtures gave no finding on the full path."""
    expect = {"broken-relative-link": "OW301", "broken-reference-link": "OW301",
              "suppression-without-reason": "OW902", "front-matter-license-other": "OW202",
              "expired-waiver": "OW901"}
    for name, rule in expect.items():
        _why, _quick, full = _results(make_git_repo(tmp_path / name, FIXTURES[name][0]))
        assert rule in {f["rule"] for f in full["findings"]}, (name, full["findings"])
    for name in ("claim", "policy-claim-phrase"):
        _why, _quick, full = _results(make_git_repo(tmp_path / name, FIXTURES[name][0]))
        assert full["claims"], name
    for name in ("weight-file", "model-card-placeholder", "readme-presents-weights"):
        _why, _quick, full = _results(make_git_repo(tmp_path / name, FIXTURES[name][0]))
        assert full["is_model_release"], name


PROBE = """import sys
from openwash.cli import main
code = main(["check", "--offline", "."])
print("markdown_it" in sys.modules, code)
"""


@pytest.mark.parametrize(("name", "imported"), [("library", False), ("claim", True)])
def test_a_commit_without_openness_phrases_does_not_import_markdown_it(name: str, imported: bool,
                                                                      tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path / name, FIXTURES[name][0])
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=repo, env=cli_env(), capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[-1] == f"{imported} {1 if name == 'claim' else 0}", proc.stdout


def test_json_output_of_a_quick_pass_has_the_evidence(tmp_path: Path) -> None:
    """--format json reads the evidence, so the documents are parsed then (the text report does not)."""
    repo = make_git_repo(tmp_path / "library", BASE)
    proc = subprocess.run([sys.executable, "-m", "openwash", "check", "--offline", "--format", "json", "."],
                          cwd=repo, env=cli_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert "MIT" in report["evidence"]["license"]["spdx"]
    assert report["verdict"] == "pass"


def test_the_quick_passs_copies_of_parser_constants_agree() -> None:
    import re

    from openwash.evidence.links import WEIGHT_FILE_RE
    from openwash.quickpass import WEIGHT_SUFFIXES

    alternatives = re.fullmatch(r"\\\.\(\?:(.*)\)\$", WEIGHT_FILE_RE.pattern)
    assert alternatives, WEIGHT_FILE_RE.pattern
    assert {f".{e}" for e in alternatives.group(1).split("|")} <= set(WEIGHT_SUFFIXES)
