"""Tables. Columns ending in ``_enc`` hold AES-GCM tokens (see crypto.py); ``*_index`` hold blind indexes.

Nothing here stores a name, phone, email address, postal address, subject or body in plaintext.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class MailboxCursor(SQLModel, table=True):
    """How far a mailbox has been read; advanced in the same transaction as each message."""

    __tablename__ = "mailbox_cursor"
    mailbox: str = Field(primary_key=True)
    uidvalidity: int = 0
    last_uid: int = 0
    last_poll_at: datetime | None = None
    last_poll_result: str | None = None  # "ok: 3 new" / "error: ..." for `mailroom status`


class Contact(SQLModel, table=True):
    __tablename__ = "contact"
    id: str = Field(primary_key=True)  # uuid4 hex, bound into every field's associated data
    name_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    phone_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    email_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    address_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    email_index: str | None = Field(default=None, index=True)
    phone_index: str | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Case(SQLModel, table=True):
    __tablename__ = "case"
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True)
    kind: str = Field(index=True)  # the intent that opened it
    state: str = Field(default="open", index=True)  # open | acknowledged | closed
    contact_id: str | None = Field(default=None, foreign_key="contact.id", index=True)
    mailbox: str
    language: str = "vi"
    department: str | None = None
    opened_at: datetime = Field(default_factory=utcnow)
    due_at: datetime | None = None
    closed_at: datetime | None = None


class Message(SQLModel, table=True):
    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid"),)
    id: int | None = Field(default=None, primary_key=True)
    mailbox: str
    uidvalidity: int
    uid: int
    message_id_index: str | None = Field(default=None, index=True)  # blind index of Message-ID
    sha256: str = Field(index=True)
    size: int
    received_at: datetime = Field(default_factory=utcnow)
    raw_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    status: str = Field(index=True)  # handled | ignored | quarantined | duplicate
    intent: str | None = Field(default=None, index=True)
    confidence: float | None = None
    automated: bool = False
    language: str | None = None
    reasons: str | None = None  # JSON list of matched cues (never personal data)
    error: str | None = None  # why it was quarantined, for staff
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)


class OutboxMail(SQLModel, table=True):
    """A rendered reply waiting for SMTP. The whole MIME message is sealed: it holds name and address."""

    __tablename__ = "outbox_mail"
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    message_id: str  # our own generated Message-ID (no personal data)
    mime_enc: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    state: str = Field(default="pending", index=True)  # pending | sent | failed
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    last_error: str | None = None
    smtp_response: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str  # "worker" or an OS user
    action: str  # case.opened, reply.queued, message.quarantined, ...
    case_id: int | None = Field(default=None, index=True)
    detail: str | None = None  # never personal data


class Counter(SQLModel, table=True):
    """Per-year sequence for case references, incremented inside the ingest transaction."""

    __tablename__ = "counter"
    name: str = Field(primary_key=True)
    value: int = 0
