"""``openwash hf``: models on a fake Hugging Face Hub (tests/fakehub.py on 127.0.0.1), through the real
``huggingface_hub`` client, in a subprocess like a user's run."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from fakehub import FakeHub, close_as_owner

pytest.importorskip("huggingface_hub")

TOKEN = "hf_fake_token"

CLOSED_CARD = ("---\nlicense: other\nlicense_name: wren-community\ntags:\n- text-generation\n---\n"
               "# Wren-7B\n\nWren-7B is an open-source large language model.\n\n"
               "It was pretrained on our internal corpus.\n")
WREN_LICENSE = ("WREN COMMUNITY LICENSE\n\nYou may not use the model for commercial purposes if you have more "
                "than 700 million monthly active users.\n")
OPEN_CARD = ("---\nlicense: apache-2.0\ndatasets:\n- finch/corpus\n---\n# Finch-1B\n\n"
             "Finch-1B is a fully open-source language model.\n\n"
             "- Training code: [finch-train](https://github.com/finch/finch-train)\n"
             "- Training data: [finch-corpus](https://huggingface.co/datasets/finch/corpus)\n\n"
             "## License\n\nCode and weights are released under the Apache 2.0 license.\n")
PLAIN_CARD = "---\nlicense: mit\n---\n# Tiny classifier\n\nA small sentiment classifier.\n"


def hf(hub: FakeHub, cache: Path, *args: str, token: str | None = TOKEN,
       env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {"HF_ENDPOINT": hub.url, "HF_TOKEN": token or "", "OPENWASH_CACHE_DIR": str(cache),
            "HF_HOME": str(cache / "hf-home"), "HF_HUB_DISABLE_TELEMETRY": "1"}
    full.update(env or {})
    return run_cli("hf", *args, env=full, timeout=180)


def hf_json(hub: FakeHub, cache: Path, *args: str, **kw: Any) -> tuple[int, dict[str, Any], str]:
    proc = hf(hub, cache, *args, "--format", "json", **kw)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def by_model(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {o["repository"]: o for o in report["repositories"]}


def acme(hub: FakeHub) -> None:
    hub.push("acme/wren-7b", {"README.md": CLOSED_CARD, "LICENSE": WREN_LICENSE, "config.json": "{}",
                              "model.safetensors": b"\x00" * 16}, downloads=5000, tags=["text-generation"])
    hub.push("acme/finch-1b", {"README.md": OPEN_CARD, "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
                               "model.safetensors": b"\x00"}, downloads=10, tags=["text-generation"])
    hub.push("acme/tiny-clf", {"README.md": PLAIN_CARD, "pytorch_model.bin": b"\x00"}, tags=["text-classification"])
    hub.push("acme/gated-13b", {"README.md": CLOSED_CARD, "LICENSE": WREN_LICENSE}, gated="manual")


def test_sweep_checks_each_model_at_its_commit_and_links_to_the_hub(tmp_path: Path) -> None:
    with FakeHub() as hub:
        acme(hub)
        code, report, err = hf_json(hub, tmp_path / "cache", "acme")
    assert code == 1, err
    models = by_model(report)
    assert sorted(models) == ["acme/finch-1b", "acme/tiny-clf", "acme/wren-7b"]  # gated skipped by default
    wren = models["acme/wren-7b"]
    assert wren["verdict"] == "fail" and wren["backed"] is False
    sha = hub.models["acme/wren-7b"].sha
    assert wren["commit"] == sha and wren["gated"] == "false" and wren["downloads"] == 5000
    rules = {f["rule"] for f in wren["findings"] if not f.get("waived")}
    assert "OW101" in rules, rules  # no training code for an open-source claim
    link = next(f["url"] for f in wren["findings"] if f["file"] == "README.md")
    assert link.startswith(f"{hub.url}/acme/wren-7b/blob/{sha}/README.md#L"), link
    assert models["acme/finch-1b"]["verdict"] == "pass", models["acme/finch-1b"]["findings"]
    assert models["acme/tiny-clf"]["verdict"] == "pass"
    # documents were read at the commit, the weights never
    got = {r["path"] for r in hub.requests("/acme/", "GET")}
    assert f"/acme/wren-7b/resolve/{sha}/README.md" in got and f"/acme/wren-7b/resolve/{sha}/LICENSE" in got
    assert not any(p.endswith((".safetensors", ".bin", "config.json")) for p in got)
    assert report["summary"]["claiming_open_source"] == 2 and report["summary"]["not_backed"] == 1


def test_gated_state_is_evidence_and_gated_models_are_a_filter(tmp_path: Path) -> None:
    with FakeHub() as hub:
        acme(hub)
        hub.models["acme/gated-13b"].gated_access = True
        _, report, err = hf_json(hub, tmp_path / "cache", "acme", "--include-gated", "--name", "gated-*")
        assert list(by_model(report)) == ["acme/gated-13b"], err
        gated = by_model(report)["acme/gated-13b"]
        assert gated["gated"] == "manual" and gated["verdict"] == "fail"
        assert gated["evidence"]["gated"] == "manual"  # the engine's evidence, not only the listing's field
        assert hub.requests("/acme/gated-13b/resolve/")
        # without access the model is reported as not checked, and the run goes on
        hub.models["acme/gated-13b"].gated_access = False
        hub.push("acme/gated-13b", {"README.md": CLOSED_CARD + "\nv2\n"}, gated="manual")
        _code, report, err = hf_json(hub, tmp_path / "cache", "acme", "--include-gated")
    models = by_model(report)
    assert models["acme/gated-13b"]["verdict"] == "error" and "gated" in models["acme/gated-13b"]["error"]
    assert models["acme/wren-7b"]["verdict"] == "fail"


def test_tag_filter_and_explicit_model_ids(tmp_path: Path) -> None:
    with FakeHub() as hub:
        acme(hub)
        _, report, _ = hf_json(hub, tmp_path / "c1", "acme", "--tag", "text-classification")
        assert list(by_model(report)) == ["acme/tiny-clf"]
        code, report, _err = hf_json(hub, tmp_path / "c2", "acme/wren-7b", "acme/deleted-model")
    models = by_model(report)
    assert models["acme/wren-7b"]["verdict"] == "fail"
    assert models["acme/deleted-model"]["verdict"] == "error"
    assert "not found" in models["acme/deleted-model"]["error"]
    assert code == 1


def test_unchanged_sha_costs_no_download_and_a_new_commit_is_read(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeHub() as hub:
        acme(hub)
        _, first, _ = hf_json(hub, cache, "acme")
        downloads = len(hub.requests("/acme/", "GET"))
        infos = len(hub.requests("/api/models/acme/"))
        assert downloads > 0 and infos == 3
        _, second, _err = hf_json(hub, cache, "acme")
        assert len(hub.requests("/acme/", "GET")) == downloads  # no download
        assert len(hub.requests("/api/models/acme/")) == infos  # not even model info: the listing has the sha
        assert by_model(second) == by_model(first)
        new_sha = hub.push("acme/wren-7b", {"README.md": PLAIN_CARD, "LICENSE": WREN_LICENSE})
        _, third, _ = hf_json(hub, cache, "acme")
    assert by_model(third)["acme/wren-7b"]["commit"] == new_sha
    assert by_model(third)["acme/wren-7b"]["verdict"] == "pass"
    assert sorted(r["path"] for r in hub.requests("/acme/", "GET")[downloads:]) == [
        f"/acme/wren-7b/resolve/{new_sha}/LICENSE", f"/acme/wren-7b/resolve/{new_sha}/README.md"]


def test_rate_limits_are_waited_out_and_announced(tmp_path: Path) -> None:
    with FakeHub() as hub:
        acme(hub)
        hub.rate_limit("/api/models/acme/wren-7b", times=1, retry_after=1)
        hub.rate_limit("/acme/finch-1b/resolve/", times=1, retry_after=1)
        hub.rate_limit("/api/models", times=1, retry_after=0)
        _code, report, err = hf_json(hub, tmp_path / "cache", "acme")
    assert err.count("rate-limiting") == 3, err
    assert "Retry-After 1 s" in err
    assert {o["verdict"] for o in report["repositories"]} == {"pass", "fail"}
    assert report["requests"]["rate_limited"] == 3


def test_token_goes_to_the_endpoint_only(tmp_path: Path) -> None:
    with FakeHub(page_size=1) as hub, FakeHub(page_size=1) as other:
        acme(hub)
        acme(other)
        hub.next_link_host = other.url  # the listing's next page is on another host
        code, _report, err = hf_json(hub, tmp_path / "cache", "acme")
    assert code == 1, err
    assert hub.requests("/api/models") and all(r["authorization"] == f"Bearer {TOKEN}" for r in hub.log)
    assert other.log and all(r["authorization"] is None for r in other.log)


def test_formats_and_output(tmp_path: Path) -> None:
    with FakeHub() as hub:
        acme(hub)
        for fmt in ("markdown", "csv", "html"):
            out = tmp_path / f"report.{fmt}"
            proc = hf(hub, tmp_path / "cache", "acme", "--format", fmt, "--output", str(out))
            assert proc.returncode == 1, proc.stderr
            text = out.read_text()
            assert "acme/wren-7b" in text
            if fmt != "csv":
                assert f"{hub.url}/acme/wren-7b/blob/{hub.models['acme/wren-7b'].sha}/README.md#L" in text


def test_a_report_on_standard_output_cannot_issue_workflow_commands(tmp_path: Path) -> None:
    # standard output is often a CI log: a card's text (here its license name) must not become a (legacy, anywhere-in-the-line)
    # workflow command, and the JSON still decodes to the card's text
    card = CLOSED_CARD.replace("license_name: wren-community", 'license_name: "##[error]pwned"')
    with FakeHub() as hub:
        hub.push("acme/wren-7b", {"README.md": card, "LICENSE": WREN_LICENSE})
        proc = hf(hub, tmp_path / "cache", "acme", "--format", "json")
        assert proc.returncode == 1, proc.stderr
        assert "##[" not in proc.stdout
        findings = json.loads(proc.stdout)["repositories"][0]["findings"]
        assert any("##[error]pwned" in f["message"] for f in findings), findings  # OW103 names the license


def test_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    with FakeHub() as hub:
        proc = hf(hub, tmp_path / "cache", "a/b/c")
        assert proc.returncode == 2 and proc.stderr.strip().count("\n") == 0, proc.stderr
        assert "not a Hub user" in proc.stderr
        proc = hf(hub, tmp_path / "cache", "acme", "--dry-run")
        assert proc.returncode == 2 and "--dry-run goes with --open-discussions" in proc.stderr
    proc = run_cli("hf", "acme", env={"HF_ENDPOINT": "ftp://x", "OPENWASH_CACHE_DIR": str(tmp_path)})
    assert proc.returncode == 2 and "HF_ENDPOINT must be an http(s) URL" in proc.stderr


def test_a_run_stopped_by_the_rate_limit_resumes_from_its_checkpoint(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeHub() as hub:
        acme(hub)
        # one I/O thread: finch and tiny are finished before wren's model info is asked for
        hub.rate_limit("/api/models/acme/wren-7b", times=100, retry_after=30)
        proc = hf(hub, cache, "acme", "--concurrency", "1", env={"OPENWASH_HUB_MAX_WAIT": "5"})
        assert proc.returncode == 2, proc.stderr
        assert "--resume" in proc.stderr and "OPENWASH_HUB_MAX_WAIT" in proc.stderr
        files = list((cache / "hub-sweeps").iterdir())
        assert len(files) == 1
        done = {json.loads(line)["outcome"]["repository"] for line in files[0].read_text().splitlines()[1:]}
        assert done == {"acme/finch-1b", "acme/tiny-clf"}
        hub.limits.clear()
        hub.log.clear()
        _code, report, err = hf_json(hub, cache, "acme", "--concurrency", "1", "--resume")
    assert "2 already done, resuming" in err
    assert {o["repository"]: o["verdict"] for o in report["repositories"]} == {
        "acme/finch-1b": "pass", "acme/tiny-clf": "pass", "acme/wren-7b": "fail"}
    asked = {r["path"] for r in hub.log}
    assert not any("finch" in p or "tiny" in p for p in asked), asked
    assert "/api/models/acme/wren-7b" in asked
    assert not list((cache / "hub-sweeps").iterdir())  # the report is written: the checkpoint is gone


def test_discussions_kept_in_step(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeHub() as hub:
        acme(hub)
        # dry run: says what it would do, changes nothing, needs no token
        proc = hf(hub, cache, "acme", "--open-discussions", "--dry-run", "--format", "json",
                  "--output", str(tmp_path / "r.json"), token=None)
        assert proc.returncode == 1, proc.stderr
        assert "would open discussion on acme/wren-7b" in proc.stdout
        assert not hub.requests("/api/models/acme/wren-7b/discussions", "POST")
        # without a token a real run is refused
        proc = hf(hub, cache, "acme", "--open-discussions", token=None)
        assert proc.returncode == 2 and "HF_TOKEN" in proc.stderr
        # first run opens one discussion on the failing model
        proc = hf(hub, cache, "acme", "--open-discussions", "--format", "json")
        assert proc.returncode == 1, proc.stderr
        wren = hub.models["acme/wren-7b"]
        assert len(wren.discussions) == 1 and wren.discussions[0].status == "open"
        assert "openwash:org-sweep digest=" in wren.discussions[0].events[0]["data"]["latest"]["raw"]
        assert "checked this model" in wren.discussions[0].events[0]["data"]["latest"]["raw"]
        assert not hub.models["acme/finch-1b"].discussions
        # second run: nothing changes, and the passing models cost no discussion request
        posts = len(hub.requests("", "POST"))
        looked = len(hub.requests("/api/models/acme/finch-1b/discussions"))
        assert looked > 0
        proc = hf(hub, cache, "acme", "--open-discussions")
        assert len(hub.requests("", "POST")) == posts and len(wren.discussions) == 1
        assert len(hub.requests("/api/models/acme/finch-1b/discussions")) == looked
        # findings change: the discussion is edited in place
        changed = hub.push("acme/wren-7b", {"README.md": CLOSED_CARD.replace("open-source", "fully open source"),
                                            "LICENSE": WREN_LICENSE})
        first_text = wren.discussions[0].events[0]["data"]["latest"]["raw"]
        proc = hf(hub, cache, "acme", "--open-discussions")
        assert "updated discussion #1 on acme/wren-7b" in proc.stderr, proc.stderr
        assert wren.discussions[0].events[0]["data"]["latest"]["raw"] != first_text
        assert f"checked this model at `{changed[:12]}`" in wren.discussions[0].events[0]["data"]["latest"]["raw"]
        # the model passes: closed with a comment
        hub.push("acme/wren-7b", {"README.md": PLAIN_CARD})
        proc = hf(hub, cache, "acme", "--open-discussions")
        assert "closed discussion #1 on acme/wren-7b" in proc.stderr, proc.stderr
        assert wren.discussions[0].status == "closed"
        # it fails again: the sweep's own closed discussion is reopened (not a second one)
        hub.push("acme/wren-7b", {"README.md": CLOSED_CARD, "LICENSE": WREN_LICENSE})
        proc = hf(hub, cache, "acme", "--open-discussions")
        assert "reopened discussion #1" in proc.stderr, proc.stderr
        assert len(wren.discussions) == 1 and wren.discussions[0].status == "open"
        # the owners close it: it stays closed
        close_as_owner(hub, "acme/wren-7b", 1)
        hub.push("acme/wren-7b", {"README.md": CLOSED_CARD + "\nMore.\n", "LICENSE": WREN_LICENSE})
        proc = hf(hub, cache, "acme", "--open-discussions", "--format", "json")
    assert wren.discussions[0].status == "closed" and len(wren.discussions) == 1
    actions = json.loads(proc.stdout)["issues"]
    assert {"repository": "acme/wren-7b", "action": "kept closed"}.items() <= actions[0].items()
