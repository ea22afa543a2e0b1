"""The release scheme (RELEASING.md), in one place for the code that prints install lines.

* The version lives only in ``openwash/__init__.py`` (``__version__``); ``pyproject.toml`` reads it from
  there, ``openwash --version`` prints it.
* Every release is a git tag ``vX.Y.Z`` on this repository; the tag ``vX`` moves to the newest ``vX.Y.Z``
  (for the GitHub Action: ``uses: openwash/openwash@v1``).
* openwash is installed from this repository at a tag (there is no package on an index):
  ``pip install "git+https://github.com/openwash/openwash@vX.Y.Z"``; the pre-commit hook uses
  ``rev: vX.Y.Z``.
"""

from __future__ import annotations

from openwash import __version__

REPOSITORY = "https://github.com/openwash/openwash"
ACTION = "openwash/openwash"


def release_tag(version: str = __version__) -> str:
    """The tag of a release: ``vX.Y.Z``."""
    return f"v{version}"


def major_tag(version: str = __version__) -> str:
    """The moving tag of a major version, for the Action: ``vX``."""
    return f"v{version.split('.', 1)[0]}"


def pip_install(version: str = __version__) -> str:
    """The command that installs this version of openwash."""
    return f'python3 -m pip install "git+{REPOSITORY}@{release_tag(version)}"'


def pip_install_extra(extra: str, version: str = __version__) -> str:
    """The command that installs this version of openwash with an optional extra (``hf``, ``audit`` ...)."""
    return f'python3 -m pip install "openwash[{extra}] @ git+{REPOSITORY}@{release_tag(version)}"'
