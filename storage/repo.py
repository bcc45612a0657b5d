"""The only place that writes: one transaction per incoming message, plus the outbox's state changes.

Writes use SQLAlchemy Core on the sqlmodel tables: the ingest path runs thousands of times a minute and
needs no identity map. Personal data is sealed with the vault before it reaches a statement.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection, Engine

from handlers.types import Classification, ContactFields
from storage.crypto import Vault
from storage.models import AuditEvent, Case, Contact, Counter, MailboxCursor, Message, OutboxMail, utcnow

ACTOR = "worker"

# Statements built once: the ingest path runs them for every message, and SQLAlchemy then only binds
# parameters against its compiled cache instead of coercing ``.values(**kw)`` each time.
_INSERT_MESSAGE = insert(Message.__table__)
_INSERT_CASE = insert(Case.__table__)
_INSERT_CONTACT = insert(Contact.__table__)
_INSERT_OUTBOX = insert(OutboxMail.__table__)
_INSERT_AUDIT = insert(AuditEvent.__table__)
_BUMP_COUNTER = (
    update(Counter.__table__)
    .where(Counter.__table__.c.name == bindparam("counter_name"))
    .values(value=Counter.__table__.c.value + 1)
    .returning(Counter.__table__.c.value)
)
_CONTACT_BY_EMAIL = select(Contact.__table__.c.id).where(Contact.__table__.c.email_index == bindparam("index")).limit(1)
_CONTACT_BY_PHONE = select(Contact.__table__.c.id).where(Contact.__table__.c.phone_index == bindparam("index")).limit(1)
_CASE_BY_MESSAGE_ID = (
    select(Message.__table__.c.case_id)
    .where(Message.__table__.c.message_id_index == bindparam("index"), Message.__table__.c.case_id.is_not(None))
    .limit(1)
)
_CASE_BY_REF = select(Case.__table__.c.id).where(Case.__table__.c.ref == bindparam("ref"))
_ADVANCE_CURSOR = (
    update(MailboxCursor.__table__)
    .where(MailboxCursor.__table__.c.mailbox == bindparam("cursor_mailbox"),
           MailboxCursor.__table__.c.last_uid < bindparam("cursor_uid"))
    .values(last_uid=bindparam("cursor_uid"), uidvalidity=bindparam("cursor_uidvalidity"))
)


@dataclass(frozen=True)
class MailRef:
    """Where one fetched message came from; (mailbox, uidvalidity, uid) is unique."""

    mailbox: str
    uidvalidity: int
    uid: int

    @property
    def aad(self) -> bytes:
        return f"message.raw:{self.mailbox}:{self.uidvalidity}:{self.uid}".encode()


@dataclass(frozen=True)
class QueuedReply:
    message_id: str
    mime: bytes


@dataclass(frozen=True)
class CaseAction:
    """What the transaction does about a case: open one of ``open_kind``, or add to ``existing_case_id``."""

    open_kind: str | None = None
    existing_case_id: int | None = None
    language: str = "vi"
    due_in_days: int | None = None


@dataclass(frozen=True)
class Cursor:
    uidvalidity: int
    last_uid: int


def _case_ref_for(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year}-{number:06d}"


class Repository:
    def __init__(self, engine: Engine, vault: Vault | None, reference_prefix: str = "TT") -> None:
        self.engine = engine
        self._vault = vault
        self._prefix = reference_prefix

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("this repository was opened without keys")  # a wiring bug, not user error
        return self._vault

    # ------------------------------------------------------------------------------------ cursor

    def cursor(self, mailbox: str) -> Cursor:
        with self.engine.begin() as conn:
            row = conn.execute(
                select(MailboxCursor.uidvalidity, MailboxCursor.last_uid).where(MailboxCursor.mailbox == mailbox)
            ).first()
            if row is None:
                conn.execute(insert(MailboxCursor).values(mailbox=mailbox, uidvalidity=0, last_uid=0))
                return Cursor(0, 0)
            return Cursor(row.uidvalidity, row.last_uid)

    def reset_cursor(self, mailbox: str, uidvalidity: int) -> None:
        """The server renumbered the folder: start again from UID 1 (duplicates are caught by sha256)."""
        with self.engine.begin() as conn:
            conn.execute(
                update(MailboxCursor)
                .where(MailboxCursor.mailbox == mailbox)
                .values(uidvalidity=uidvalidity, last_uid=0)
            )
            _audit(conn, "cursor.reset", None, f"mailbox={mailbox} uidvalidity={uidvalidity}")

    def record_poll(self, mailbox: str, result: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(MailboxCursor)
                .where(MailboxCursor.mailbox == mailbox)
                .values(last_poll_at=utcnow(), last_poll_result=result[:500])
            )

    # ------------------------------------------------------------------------------------ lookups

    def is_stored(self, mailbox: str, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(
                select(Message.id).where(Message.mailbox == mailbox, Message.sha256 == sha256).limit(1)
            ).first() is not None

    @contextmanager
    def message_transaction(self) -> Iterator[MessageTransaction]:
        """One transaction for one message: look up what it relates to, then write everything it causes.

        On SQLite the transaction takes the write lock up front (BEGIN IMMEDIATE, see db.py), so the
        look-ups and the writes see the same database even with both mailboxes polled at once.
        """
        with self.engine.begin() as conn:
            yield MessageTransaction(conn, self.vault, self._prefix)

    def record_quarantine(self, ref: MailRef, raw: bytes | None, sha256: str, size: int, reason: str) -> None:
        """Keep a message that could not be handled, sealed, with a reason staff can read."""
        with self.engine.begin() as conn:
            _advance_cursor(conn, ref)
            conn.execute(
                insert(Message).values(
                    mailbox=ref.mailbox, uidvalidity=ref.uidvalidity, uid=ref.uid, sha256=sha256, size=size,
                    received_at=utcnow(), raw_enc=None if raw is None else self.vault.encrypt(raw, ref.aad),
                    status="quarantined", error=reason[:1000],
                )
            )
            _audit(conn, "message.quarantined", None, f"mailbox={ref.mailbox} uid={ref.uid}")

    def record_duplicate(self, ref: MailRef) -> None:
        """A message we already hold (UIDVALIDITY reset): only the cursor moves."""
        with self.engine.begin() as conn:
            _advance_cursor(conn, ref)
            _audit(conn, "message.duplicate_skipped", None, f"mailbox={ref.mailbox} uid={ref.uid}")

    # ------------------------------------------------------------------------------------ outbox

    def due_replies(self, limit: int) -> list[tuple[int, str, int]]:
        """(id, message_id, attempts) of pending replies whose time has come, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(OutboxMail.id, OutboxMail.message_id, OutboxMail.attempts)
                .where(OutboxMail.state == "pending", OutboxMail.next_attempt_at <= utcnow())
                .order_by(OutboxMail.id)
                .limit(limit)
            ).all()
        return [(r.id, r.message_id, r.attempts) for r in rows]

    def reply_mime(self, outbox_id: int) -> bytes:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(OutboxMail.message_id, OutboxMail.mime_enc).where(OutboxMail.id == outbox_id)
            ).one()
        return self.vault.decrypt(row.mime_enc, _outbox_aad(row.message_id))

    def mark_sent(self, outbox_id: int, smtp_response: str) -> None:
        with self.engine.begin() as conn:
            case_id = conn.execute(select(OutboxMail.case_id).where(OutboxMail.id == outbox_id)).scalar()
            conn.execute(
                update(OutboxMail).where(OutboxMail.id == outbox_id).values(
                    state="sent", sent_at=utcnow(), smtp_response=smtp_response[:500],
                    attempts=OutboxMail.attempts + 1, last_error=None,
                )
            )
            if case_id is not None:
                conn.execute(update(Case).where(Case.id == case_id, Case.state == "open").values(state="acknowledged"))
            _audit(conn, "reply.sent", case_id, None)

    def mark_attempt_failed(self, outbox_id: int, error: str, retry_at: datetime | None) -> None:
        """A failed attempt: try again at ``retry_at``, or give up (state failed) when it is None."""
        with self.engine.begin() as conn:
            values: dict[str, object] = {"attempts": OutboxMail.attempts + 1, "last_error": error[:500]}
            if retry_at is None:
                values["state"] = "failed"
            else:
                values["next_attempt_at"] = retry_at
            conn.execute(update(OutboxMail).where(OutboxMail.id == outbox_id).values(**values))
            if retry_at is None:
                case_id = conn.execute(select(OutboxMail.case_id).where(OutboxMail.id == outbox_id)).scalar()
                _audit(conn, "reply.failed", case_id, error[:200])


class MessageTransaction:
    """The writes of one message, inside the transaction ``Repository.message_transaction`` opened."""

    def __init__(self, conn: Connection, vault: Vault, reference_prefix: str) -> None:
        self._conn = conn
        self._vault = vault
        self._prefix = reference_prefix

    def related_cases(self, message_id: str | None, refs: Sequence[str]) -> tuple[int | None, int | None]:
        """(case already opened for this Message-ID — the same mail sent to info@ and support@,
        first case whose reference the subject quotes)."""
        conn = self._conn
        index = self._vault.blind_index("message-id", message_id)
        same_mail = conn.execute(_CASE_BY_MESSAGE_ID, {"index": index}).scalar() if index else None
        for ref in refs:
            thread = conn.execute(_CASE_BY_REF, {"ref": ref}).scalar()
            if thread is not None:
                return same_mail, thread
        return same_mail, None

    def record(
        self,
        ref: MailRef,
        raw: bytes,
        sha256: str,
        message_id: str | None,
        classification: Classification,
        contact: ContactFields,
        status: str,
        case_action: CaseAction | None,
        render_reply: Callable[[str], QueuedReply | None] | None,
    ) -> str | None:
        """Store one understood message with everything it causes; return the case reference."""
        conn, vault, now = self._conn, self._vault, utcnow()
        _advance_cursor(conn, ref)
        contact_id = self._upsert_contact(conn, contact, now) if not contact.is_empty() else None
        case_id, case_ref = None, None
        if case_action is not None and case_action.open_kind is not None:
            case_ref = self._next_ref(conn, now.year)
            due = now + timedelta(days=case_action.due_in_days) if case_action.due_in_days else None
            case_id = conn.execute(_INSERT_CASE, {
                "ref": case_ref, "kind": case_action.open_kind, "state": "open", "contact_id": contact_id,
                "mailbox": ref.mailbox, "language": case_action.language, "opened_at": now, "due_at": due,
            }).inserted_primary_key[0]
        elif case_action is not None and case_action.existing_case_id is not None:
            case_id = case_action.existing_case_id
            case_ref = conn.execute(select(Case.ref).where(Case.id == case_id)).scalar()
        conn.execute(_INSERT_MESSAGE, {
            "mailbox": ref.mailbox, "uidvalidity": ref.uidvalidity, "uid": ref.uid,
            "message_id_index": vault.blind_index("message-id", message_id),
            "sha256": sha256, "size": len(raw), "received_at": now, "raw_enc": vault.encrypt(raw, ref.aad),
            "status": status, "intent": classification.intent, "confidence": classification.confidence,
            "automated": classification.automated, "language": classification.language,
            "reasons": json.dumps(list(classification.reasons), ensure_ascii=False), "case_id": case_id,
            "error": None,
        })
        reply = render_reply(case_ref) if render_reply is not None and case_ref is not None else None
        if reply is not None:
            conn.execute(_INSERT_OUTBOX, {
                "case_id": case_id, "message_id": reply.message_id,
                "mime_enc": vault.encrypt(reply.mime, _outbox_aad(reply.message_id)),
                "state": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now,
                "last_error": None, "smtp_response": None, "sent_at": None,
            })
        return case_ref

    def _upsert_contact(self, conn: Connection, fields: ContactFields, now: datetime) -> str:
        vault = self._vault
        email_index = vault.blind_index("email", fields.email)
        phone_index = vault.blind_index("phone", fields.phone)
        existing = None
        for statement, index in ((_CONTACT_BY_EMAIL, email_index), (_CONTACT_BY_PHONE, phone_index)):
            if index is not None and existing is None:
                existing = conn.execute(statement, {"index": index}).scalar()
        contact_id = existing or uuid.uuid4().hex
        sealed = {
            f"{name}_enc": vault.encrypt_text(value, f"contact.{name}:{contact_id}".encode())
            for name in ("name", "phone", "email", "address")
            if (value := getattr(fields, name)) is not None
        }
        indexes = {k: v for k, v in (("email_index", email_index), ("phone_index", phone_index)) if v}
        if existing:
            # Newer mail brings fresher data; fields the new mail lacks keep their old values.
            conn.execute(update(Contact).where(Contact.id == existing).values(**sealed, **indexes, updated_at=now))
        else:
            row = {"id": contact_id, "name_enc": None, "phone_enc": None, "email_enc": None, "address_enc": None,
                   "email_index": None, "phone_index": None, "created_at": now, "updated_at": now}
            conn.execute(_INSERT_CONTACT, {**row, **sealed, **indexes})
        return contact_id

    def _next_ref(self, conn: Connection, year: int) -> str:
        name = f"case-ref-{year}"
        number = conn.execute(_BUMP_COUNTER, {"counter_name": name}).scalar()
        if number is None:
            conn.execute(insert(Counter.__table__), {"name": name, "value": 1})
            number = 1
        return _case_ref_for(self._prefix, year, number)


def _outbox_aad(message_id: str) -> bytes:
    return f"outbox.mime:{message_id}".encode()


def _advance_cursor(conn: Connection, ref: MailRef) -> None:
    conn.execute(_ADVANCE_CURSOR, {"cursor_mailbox": ref.mailbox, "cursor_uid": ref.uid,
                                   "cursor_uidvalidity": ref.uidvalidity})


def _audit(conn: Connection, action: str, case_id: int | None, detail: str | None) -> None:
    conn.execute(_INSERT_AUDIT, {"at": utcnow(), "actor": ACTOR, "action": action, "case_id": case_id, "detail": detail})


__all__ = ["CaseAction", "Cursor", "MailRef", "MessageTransaction", "QueuedReply", "Repository"]
