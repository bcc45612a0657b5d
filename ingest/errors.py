"""Errors raised while turning raw mail into something the pipeline can handle.

Each error carries a ``reason`` written for staff: it is stored with the quarantined message and shown
by ``mailroom status``, so it must say what is wrong with the mail, not where the code failed.
"""

from __future__ import annotations


class ParseError(Exception):
    """The raw bytes cannot be read as an email at all (empty input, no headers, not a message)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason
