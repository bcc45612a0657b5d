"""Read-only views for staff commands. They need no key: nothing here decrypts personal data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from storage.models import Case, MailboxCursor, Message, OutboxMail


@dataclass(frozen=True)
class MailboxStatus:
    mailbox: str
    uidvalidity: int
    last_uid: int
    last_poll_at: datetime | None
    last_poll_result: str | None


@dataclass(frozen=True)
class QuarantinedMessage:
    id: int
    mailbox: str
    uid: int
    received_at: datetime
    error: str | None


@dataclass(frozen=True)
class CaseSummary:
    ref: str
    kind: str
    state: str
    mailbox: str
    language: str
    opened_at: datetime
    due_at: datetime | None


@dataclass(frozen=True)
class Status:
    mailboxes: list[MailboxStatus]
    messages_by_intent: dict[str, int]  # handled mail, by intent
    messages_by_status: dict[str, int]
    automated: int
    cases_by_state: dict[str, int]
    outbox_by_state: dict[str, int]
    quarantined: list[QuarantinedMessage]


def status(engine: Engine, quarantine_limit: int = 20) -> Status:
    with engine.connect() as conn:
        mailboxes = [
            MailboxStatus(r.mailbox, r.uidvalidity, r.last_uid, r.last_poll_at, r.last_poll_result)
            for r in conn.execute(select(MailboxCursor).order_by(MailboxCursor.mailbox))
        ]

        def grouped(column, *where):  # type: ignore[no-untyped-def]
            query = select(column, func.count()).group_by(column)
            for clause in where:
                query = query.where(clause)
            return {str(key): count for key, count in conn.execute(query)}

        quarantined = [
            QuarantinedMessage(r.id, r.mailbox, r.uid, r.received_at, r.error)
            for r in conn.execute(
                select(Message.id, Message.mailbox, Message.uid, Message.received_at, Message.error)
                .where(Message.status == "quarantined")
                .order_by(Message.id.desc())
                .limit(quarantine_limit)
            )
        ]
        return Status(
            mailboxes=mailboxes,
            messages_by_intent=grouped(Message.intent, Message.status != "quarantined", Message.automated.is_(False)),
            messages_by_status=grouped(Message.status),
            automated=conn.execute(select(func.count()).where(Message.automated.is_(True))).scalar_one(),
            cases_by_state=grouped(Case.state),
            outbox_by_state=grouped(OutboxMail.state),
            quarantined=quarantined,
        )


def cases(engine: Engine, state: str | None = None, kind: str | None = None, limit: int = 50) -> list[CaseSummary]:
    query = select(Case).order_by(Case.id.desc()).limit(limit)
    if state:
        query = query.where(Case.state == state)
    if kind:
        query = query.where(Case.kind == kind)
    with engine.connect() as conn:
        return [
            CaseSummary(r.ref, r.kind, r.state, r.mailbox, r.language, r.opened_at, r.due_at)
            for r in conn.execute(query)
        ]
