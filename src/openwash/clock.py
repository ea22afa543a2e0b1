"""The date waivers expire against: ``OPENWASH_TODAY=YYYY-MM-DD`` (a testing aid), else today.

One module that every command reads it from, so that the Action, `export` and `audit` need not import the CLI.
"""

from __future__ import annotations

import datetime as dt
import os

from openwash.errors import OpenwashError, UsageError


def today_override(error: type[OpenwashError] = UsageError) -> dt.date | None:
    """OPENWASH_TODAY as a date, or None when unset; a malformed value raises `error` (exit 2, one line).

    Policy resolution raises ConfigError here (an org sweep reports it per repository, as any policy problem);
    the commands raise UsageError.
    """
    raw = os.environ.get("OPENWASH_TODAY")
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise error(f"OPENWASH_TODAY must be a date YYYY-MM-DD, got {raw!r}") from None


def today(error: type[OpenwashError] = UsageError) -> dt.date:
    return today_override(error) or dt.date.today()
