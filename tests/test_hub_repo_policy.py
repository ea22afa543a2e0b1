"""``openwash hf``: a model's own ``.openwash.yml`` on the Hub, read at the commit checked and merged over the
central policy (``--policy``) exactly as ``openwash org`` merges a repository's (issue 16: the central
policy's locks bind, a fetched policy is sandboxed); a broken one makes that model an error and the run
goes on.  The fake Hub on 127.0.0.1, the real ``huggingface_hub`` client, the CLI in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest

from fakehub import FakeHub
from test_hub import CLOSED_CARD, WREN_LICENSE, by_model, hf_json

pytest.importorskip("huggingface_hub")

LOCKED_CENTRAL = "extends: builtin:default\nlocked: [mode, fail_on, rules, requirements, waivers, files]\n"


def models(hub: FakeHub) -> dict[str, str]:
    """The models, each failing under the default policy; returns their commits."""
    base = {"README.md": CLOSED_CARD, "LICENSE": WREN_LICENSE, "model.safetensors": b"\x00"}
    return {
        "plain": hub.push("acme/plain", base),
        "annotated": hub.push("acme/annotated", {**base, ".openwash.yml": "mode: annotate\n"}),
        "strict": hub.push("acme/strict", {**base, ".openwash.yml": "extends: policy/base.yml\n",
                                           "policy/base.yml": "extends: builtin:default\nmode: enforce\n"}),
        "broken": hub.push("acme/broken", {**base, ".openwash.yml": "rules: [unclosed\n"}),
        "escape": hub.push("acme/escape", {**base, ".openwash.yml": "extends: https://policies.example/lax.yml\n"}),
        "noscope": hub.push("acme/noscope", {**base, ".openwash.yaml": "files:\n  include: [\"nothing/**\"]\n"}),
        "pyproj": hub.push("acme/pyproj", {**base, "pyproject.toml": "[tool.openwash]\nmode = 'annotate'\n"}),
        "plainpy": hub.push("acme/plainpy", {**base, "pyproject.toml": "[project]\nname = 'plainpy'\n"}),
    }


def test_a_models_own_policy_is_read_at_its_commit_and_applied(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeHub() as hub:
        sha = models(hub)
        code, report, err = hf_json(hub, cache, "acme")
        out = by_model(report)
        assert out["acme/plain"]["verdict"] == "fail"
        assert out["acme/plain"]["policy"] == ["builtin:default"]
        # annotate: reports the findings, never fails
        annotated = out["acme/annotated"]
        assert annotated["verdict"] == "pass" and annotated["findings"], annotated
        assert annotated["policy"] == ["builtin:default", f"{hub.url}/acme/annotated/resolve/{sha['annotated']}/"
                                                          ".openwash.yml"]
        assert hub.requests(f"/acme/annotated/resolve/{sha['annotated']}/.openwash.yml", "GET")
        # [tool.openwash] in pyproject.toml is a policy too (as for check and org); a pyproject.toml without it is not
        assert out["acme/pyproj"]["verdict"] == "pass"
        assert out["acme/pyproj"]["policy"][-1] == f"{hub.url}/acme/pyproj/resolve/{sha['pyproj']}/pyproject.toml"
        assert out["acme/plainpy"]["verdict"] == "fail" and out["acme/plainpy"]["policy"] == ["builtin:default"]
        # a relative extends reads the same model at the same commit
        strict = out["acme/strict"]
        assert strict["verdict"] == "fail"
        assert f"{hub.url}/acme/strict/resolve/{sha['strict']}/policy/base.yml" in strict["policy"]
        # broken, escaping or empty-scope policies: that model is an error with the reason, the run goes on
        assert out["acme/broken"]["verdict"] == "error" and out["acme/broken"]["error"].startswith("policy: ")
        assert ".openwash.yml" in out["acme/broken"]["error"]
        escape = out["acme/escape"]
        assert escape["verdict"] == "error" and "may extend only builtin: presets" in escape["error"], escape
        assert "policies.example" not in str(hub.log)
        noscope = out["acme/noscope"]
        assert noscope["verdict"] == "error" and "selects no document" in noscope["error"], noscope
        assert report["summary"]["error"] == 3 and code == 1
        assert "Traceback" not in err
        # the same commits again: the results come from the cache, nothing is downloaded
        downloads = len(hub.requests("", "GET")) - len(hub.requests("/api", "GET"))
        code2, report2, _ = hf_json(hub, cache, "acme")
        assert len(hub.requests("", "GET")) - len(hub.requests("/api", "GET")) == downloads
        assert by_model(report2)["acme/annotated"]["verdict"] == "pass" and code2 == 1


def test_the_central_policys_locks_bind_a_models_own_policy(tmp_path: Path) -> None:
    central = tmp_path / "central.yml"
    central.write_text(LOCKED_CENTRAL)
    with FakeHub() as hub:
        sha = models(hub)
        code, report, _ = hf_json(hub, tmp_path / "cache", "acme", "--policy", str(central))
    out = by_model(report)
    annotated = out["acme/annotated"]
    assert annotated["verdict"] == "error", annotated  # was a pass without the central policy
    assert "mode: switches mode from enforce to annotate" in annotated["error"]
    assert "central.yml:2 locks 'mode'" in annotated["error"]
    # a policy that keeps the locks is merged over the central one: both are in force
    strict = out["acme/strict"]
    assert strict["verdict"] == "fail"
    assert strict["policy"][:2] == ["builtin:default", str(central)]
    assert strict["policy"][-1] == f"{hub.url}/acme/strict/resolve/{sha['strict']}/.openwash.yml"
    assert out["acme/plain"]["policy"] == ["builtin:default", str(central)]
    assert report["central_policy"] == ["builtin:default", str(central)]
    assert code == 1
