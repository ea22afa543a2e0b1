"""The date waivers expire against: ``OPENWASH_TODAY=YYYY-MM-DD`` (a testing aid), else today.

One module that every command reads it from, so that the Action, `export` and `audit` need not import the CLI.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from openwash.errors import OpenwashError, UsageError

if TYPE_CHECKING:
    import datetime as dt


def today_override(error: type[OpenwashError] = UsageError) -> dt.date | None:
    """OPENWASH_TODAY as a date, or None when unset; a malformed value raises `error` (exit 2, one line).

    Policy resolution raises ConfigError here (an org sweep reports it per repository, as any policy problem);
    the commands raise UsageError.
    """
    raw = os.environ.get("OPENWASH_TODAY")
    if not raw:
        return None
    import datetime as dt  # lazy: a date is made only when one is asked for (the hook's check asks for none)

    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise error(f"OPENWASH_TODAY must be a date YYYY-MM-DD, got {raw!r}") from None


def today(error: type[OpenwashError] = UsageError) -> dt.date:
    import datetime as dt  # lazy, as above

    return today_override(error) or dt.date.today()
