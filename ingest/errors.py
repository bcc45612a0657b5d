"""Errors raised while turning raw mail into something the pipeline can handle.

Each error carries a ``reason`` written for staff: it is stored with the quarantined message and shown
by ``mailroom status``, so it must say what is wrong with the mail, not where the code failed.
"""

from __future__ import annotations

import traceback
from pathlib import Path


class ParseError(Exception):
    """The raw bytes cannot be read as an email at all (empty input, no headers, not a message)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def failure_reason(exc: BaseException) -> str:
    """What to store (in plaintext) as a quarantined message's reason.

    Our own errors carry reasons written for staff. Any other exception's text may quote the mail it
    choked on (a name in a KeyError, a header in a ValueError), so only its type and where it was raised
    are kept: enough for a developer to find the bug, nothing of the customer's.
    """
    if isinstance(exc, ParseError):
        return f"ParseError: {exc.reason}"
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" in {frame.name} ({Path(frame.filename).name}:{frame.lineno})" if frame else ""
    return f"{exc.__class__.__name__}{where}: handler failure; the raw message is kept sealed for a retry"
