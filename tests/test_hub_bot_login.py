"""``openwash hf --open-discussions --bot-login LOGIN``: the discussions LOGIN authored are the sweep's,
anyone else's are left alone (the fake Hub on 127.0.0.1, the real ``huggingface_hub`` client)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fakehub import FakeHub, open_as
from test_hub import acme, hf

pytest.importorskip("huggingface_hub")

PASTED = ("<!-- openwash:org-sweep digest=0123456789abcdef -->\n\nI ran openwash on this model myself; "
          "here is what it says.\n")


def test_bot_login_tells_the_sweeps_discussions_from_anyone_elses(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeHub(user="openwash-bot") as hub:
        acme(hub)
        wren = hub.models["acme/wren-7b"]
        open_as(hub, "acme/wren-7b", "mallory", "openwash findings", PASTED)  # the marker, pasted by an outsider
        # unchanged default: a dry run without a token (no identity) takes any discussion with the marker
        proc = hf(hub, cache, "acme", "--open-discussions", "--dry-run", token=None)
        assert "would update discussion #1 on acme/wren-7b" in proc.stderr, proc.stderr
        # with --bot-login the dry run already knows the outsider's discussion is not the sweep's
        proc = hf(hub, cache, "acme", "--open-discussions", "--dry-run", "--bot-login", "openwash-bot", token=None)
        assert proc.returncode == 1, proc.stderr
        assert "would open discussion on acme/wren-7b" in proc.stderr, proc.stderr
        assert "#1" not in proc.stderr
        # a real run: the sweep opens its own, no whoami is asked, the outsider's discussion is untouched
        proc = hf(hub, cache, "acme", "--open-discussions", "--bot-login", "openwash-bot")
        assert proc.returncode == 1, proc.stderr
        assert "opened discussion #2 on acme/wren-7b" in proc.stderr, proc.stderr
        assert not hub.requests("/api/whoami-v2")
        assert [(d.num, d.author, d.status) for d in wren.discussions] == [(1, "mallory", "open"),
                                                                            (2, "openwash-bot", "open")]
        assert wren.discussions[0].events[0]["data"]["latest"]["raw"] == PASTED
        assert len(wren.discussions[0].events) == 1
        # kept in step: a second run adopts #2 and writes nothing
        posts = len(hub.requests("", "POST"))
        proc = hf(hub, cache, "acme", "--open-discussions", "--bot-login", "OpenWash-Bot")  # logins: any case
        assert proc.returncode == 1, proc.stderr
        assert len(hub.requests("", "POST")) == posts, proc.stderr
        # the model passes: the sweep closes its own discussion, never the outsider's
        hub.push("acme/wren-7b", {"README.md": "---\nlicense: mit\n---\n# Wren\n\nA small model.\n"})
        proc = hf(hub, cache, "acme", "--open-discussions", "--bot-login", "openwash-bot")
        assert "closed discussion #2 on acme/wren-7b" in proc.stderr, proc.stderr
        assert [(d.num, d.status) for d in wren.discussions] == [(1, "open"), (2, "closed")]


def test_a_bot_login_the_token_does_not_write_as_is_reported(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with FakeHub(user="openwash-bot") as hub:
        acme(hub)
        proc = hf(hub, cache, "acme", "--open-discussions", "--bot-login", "acme-bot")
        assert proc.returncode == 1, proc.stderr
        assert "the token writes as openwash-bot, not as --bot-login acme-bot" in proc.stderr, proc.stderr
        assert [d.author for d in hub.models["acme/wren-7b"].discussions] == ["openwash-bot"]


@pytest.mark.parametrize(("args", "message"), [
    (["--bot-login", "openwash-bot"], "--bot-login goes with --open-discussions"),
    (["--open-discussions", "--dry-run", "--bot-login", " "], "--bot-login needs a Hub login"),
])
def test_bad_bot_login_is_one_line_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    with FakeHub() as hub:
        acme(hub)
        proc = hf(hub, tmp_path / "cache", "acme", *args)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
