"""Build raw test messages the way real clients do (RFC 2047 headers, UTF-8 bodies)."""

from __future__ import annotations

import itertools
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

_numbers = itertools.count(1)


def make_mail(
    *,
    from_name: str,
    from_addr: str,
    to: str,
    subject: str,
    body: str,
    headers: dict[str, str] | None = None,
    message_id: str | None = None,
) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(display_name=from_name, addr_spec=from_addr) if from_name else from_addr
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = "Tue, 24 Nov 2026 09:00:00 +0700"
    message["Message-ID"] = message_id or f"<test-{next(_numbers)}-{from_addr.split('@')[0]}@mail.example.com>"
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()
