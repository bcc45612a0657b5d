"""Turn a rendered reply into a MIME message. Pure.

Header values are never copied raw from the incoming mail: the recipient must be a plain addr-spec, the
threading ids must be syntactically clean msg-ids, and the subject comes from our own template. Anything
that fails those checks is dropped, so a hostile header cannot inject lines or recipients.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone

_ADDR_SPEC = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$")
_MSG_ID = re.compile(r"^<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]{1,200}@[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\[\]]{1,200}>$")
MAX_REFERENCES = 10


@dataclass(frozen=True)
class ComposedMail:
    message_id: str
    recipient: str
    mime: bytes


def safe_address(value: str | None) -> str | None:
    """A lower-cased plain addr-spec, or None when the value is not one (no display names, no lists)."""
    if not value:
        return None
    candidate = value.strip().lower()
    return candidate if len(candidate) <= 254 and _ADDR_SPEC.match(candidate) else None


def safe_msg_id(value: str | None) -> str | None:
    if not value:
        return None
    candidate = value.strip()
    return candidate if _MSG_ID.match(candidate) else None


def compose_reply(
    *,
    subject: str,
    text: str,
    html: str,
    recipient: str,
    sender: str,
    sender_name: str,
    in_reply_to: str | None,
    references: Sequence[str],
    now: datetime | None = None,
) -> ComposedMail:
    """Build the acknowledgement; ``recipient`` must already have passed ``safe_address``."""
    domain = sender.rsplit("@", 1)[-1]
    message_id = make_msgid(idstring="mailroom", domain=domain)
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(display_name=sender_name, addr_spec=sender) if sender_name else sender
    message["To"] = recipient
    # Python's folder drops the space between two encoded-words ("yêu cầu" comes out as "yêucầu");
    # email.header splits inside words instead, which RFC 2047 decoders join back exactly.
    message.set_raw("Subject", Header(subject, "utf-8", header_name="Subject").encode())
    message["Date"] = format_datetime(now or datetime.now(timezone.utc))
    message["Message-ID"] = message_id
    parent = safe_msg_id(in_reply_to)
    chain = [ref for ref in (safe_msg_id(r) for r in references) if ref][-MAX_REFERENCES:]
    if parent:
        message["In-Reply-To"] = parent
        if parent not in chain:
            chain.append(parent)
    if chain:
        message["References"] = " ".join(chain)
    message["Auto-Submitted"] = "auto-replied"  # RFC 3834: other robots must not answer this
    message["X-Auto-Response-Suppress"] = "All"  # the same, for Exchange
    message.set_content(text, charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    return ComposedMail(message_id=message_id, recipient=recipient, mime=message.as_bytes())
