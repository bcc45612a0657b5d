"""The parsed form of one incoming mail: what every pure step after parsing reads.

Kept apart from ``parse.py`` so that handlers can depend on the shape without the MIME machinery.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMessage:
    """Decoded, NFC-normalised view of a raw message.

    ``headers`` maps lower-cased header names to their decoded values (all occurrences, in order), so
    rules such as RFC 3834 detection can look at any header without re-parsing.
    """

    message_id: str | None
    subject: str
    from_name: str | None
    from_addr: str | None  # lower-cased addr-spec, or None when missing/unparseable
    to_addrs: tuple[str, ...]
    reply_to: str | None
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    headers: dict[str, tuple[str, ...]]
    content_type: str  # top-level MIME type, e.g. "multipart/report"
    body_text: str  # whole text body (HTML converted to text when there is no text part)
    new_text: str  # what the sender just wrote: quoted history, forwards and signature removed
    signature: str  # the signature block that was cut from new_text ("" when none)
    attachments: tuple[Attachment, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # e.g. "charset-fallback:viscii"

    def header(self, name: str) -> str | None:
        """First value of a header, or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None
