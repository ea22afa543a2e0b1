"""One cache location for every cache (policy sources, the GitHub and Hub sweeps)."""

from __future__ import annotations

from pathlib import Path

import pytest

from openwash.cachedir import cache_dir


def test_policy_and_github_caches_share_the_one_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openwash.github import cache as github_cache
    from openwash.policy.cache import Cache

    monkeypatch.setenv("OPENWASH_CACHE_DIR", str(tmp_path / "mine"))
    assert github_cache.cache_dir() == Cache().root == cache_dir() == tmp_path / "mine"


def test_tilde_is_expanded_and_a_relative_xdg_cache_home_is_ignored(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OPENWASH_CACHE_DIR", "~/ow")
    assert cache_dir() == tmp_path / "home" / "ow"  # was: a directory named "~" for the policy cache
    monkeypatch.delenv("OPENWASH_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "~/xdg")
    assert cache_dir() == tmp_path / "home" / "xdg" / "openwash"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # XDG: relative paths are invalid, ignore them
    assert cache_dir() == tmp_path / "home" / ".cache" / "openwash"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == tmp_path / "home" / ".cache" / "openwash"
