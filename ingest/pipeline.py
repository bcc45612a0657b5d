"""The unit of work: ``process_one`` (one message, one transaction) and ``poll_mailbox`` (one pass).

The scheduler, the CLI, the demo and the tests all call these. Failure semantics:
- a message that cannot be understood or handled is quarantined (sealed raw bytes + reason) and the cursor
  moves on, so a bad message never blocks the ones after it;
- a server or database that is down raises, the cursor stays where the last commit left it, and the next
  poll retries from there;
- the IMAP flag/move happens only after the message's transaction has committed.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import structlog
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from handlers.compose import compose_reply, safe_address, safe_msg_id
from handlers.decide import decide
from ingest.errors import failure_reason
from ingest.imap import MailboxSession, chunked
from ingest.prepare import InlinePreparer, PoolPreparer, Prepared, PrepareSettings, draft_reply, fill_reference
from mailroom.config import Config, Mailbox
from storage.repo import CaseAction, MailRef, QueuedReply, Repository

log = structlog.get_logger("mailroom.ingest")

_REF_IN_SUBJECT = r"\b{prefix}-\d{{4}}-\d{{6}}\b"


class StorageUnavailable(Exception):
    """The database refused a write for a reason that is not the message's fault."""


@dataclass
class PollReport:
    mailbox: str
    fetched: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    def count(self, status: str) -> None:
        self.outcomes[status] = self.outcomes.get(status, 0) + 1

    def summary(self) -> str:
        if self.error:
            return f"error: {self.error}"
        parts = ", ".join(f"{n} {status}" for status, n in sorted(self.outcomes.items()))
        return f"ok: {self.fetched} new" + (f" ({parts})" if parts else "")


@dataclass(frozen=True)
class Pipeline:
    """Everything one message needs, wired once by the composition root."""

    config: Config
    repo: Repository
    preparer: InlinePreparer | PoolPreparer

    @property
    def settings(self) -> PrepareSettings:
        return self.preparer.settings

    def close(self) -> None:
        self.preparer.close()


def process_one(pipeline: Pipeline, mailbox: Mailbox, ref: MailRef, raw: bytes, prepared: Prepared | None = None,
                check_duplicate: bool = False) -> str:
    """Store and handle one message, or quarantine it; return the outcome status.

    ``prepared``: the pure half, done already (perhaps in a worker process); done here when None.
    ``check_duplicate``: after the server renumbered the folder (UIDVALIDITY changed) the same mail comes
    again under new UIDs; its hash shows it is already stored. Otherwise the cursor alone rules that out.
    """
    sha256 = hashlib.sha256(raw).hexdigest()
    repo = pipeline.repo
    bound = log.bind(mailbox=ref.mailbox, uid=ref.uid)
    if check_duplicate and repo.is_stored(ref.mailbox, sha256):
        repo.record_duplicate(ref)
        bound.info("message.duplicate")
        return "duplicate"
    if prepared is None:
        (prepared,) = pipeline.preparer.prepare_all([raw])
    try:
        if prepared.error is not None or prepared.understood is None:
            raise Unhandleable(prepared.error or "not understood")
        case_ref = _handle(pipeline, mailbox, ref, raw, sha256, prepared)
    except (OperationalError, InterfaceError) as exc:
        raise StorageUnavailable(f"database write failed: {exc.orig if exc.orig else exc}") from None
    except Exception as exc:  # noqa: BLE001 - any handler bug quarantines this message only
        reason = str(exc) if isinstance(exc, Unhandleable) else failure_reason(exc)
        repo.record_quarantine(ref, raw, sha256, len(raw), reason)
        bound.warning("message.quarantined", reason=reason.split(":", 1)[0])
        return "quarantined"
    classification = prepared.understood.classification
    bound.info("message.stored", intent=classification.intent, automated=classification.automated, case=case_ref)
    return "ignored" if classification.automated else "handled"


class Unhandleable(Exception):
    """The pure steps could not make sense of the message; the text is the staff-readable reason."""


def _handle(pipeline: Pipeline, mailbox: Mailbox, ref: MailRef, raw: bytes, sha256: str, prepared: Prepared) -> str | None:
    understood = prepared.understood
    assert understood is not None
    parsed, classification = understood.parsed, understood.classification
    repo = pipeline.repo
    reply_to = safe_address(parsed.reply_to) or safe_address(parsed.from_addr)
    if reply_to in pipeline.settings.firm.emails:
        reply_to = None  # never answer ourselves
    refs_in_subject = re.findall(_REF_IN_SUBJECT.format(prefix=pipeline.config.company.reference_prefix),
                                 parsed.subject or "")
    with repo.message_transaction() as tx:
        same_mail, thread = tx.related_cases(safe_msg_id(parsed.message_id), refs_in_subject)
        decision = decide(classification, reply_address=reply_to, case_from_thread=thread,
                          case_from_same_mail=same_mail)
        action = None
        if decision.open_case or decision.existing_case_id:
            action = CaseAction(
                open_kind=decision.open_case, existing_case_id=decision.existing_case_id,
                language=classification.language, due_in_days=decision.deadline_days,
            )
        render: Callable[[str], QueuedReply | None] | None = None
        if decision.reply_kind and reply_to:
            kind, recipient = decision.reply_kind, reply_to

            def render(case_ref: str) -> QueuedReply:
                return _compose(pipeline, mailbox, prepared, kind, recipient, case_ref)

        return tx.record(
            ref, raw, sha256, safe_msg_id(parsed.message_id), classification, understood.contact,
            decision.status, action, render,
        )


def _compose(pipeline: Pipeline, mailbox: Mailbox, prepared: Prepared, kind: str, recipient: str,
             case_ref: str) -> QueuedReply:
    settings = pipeline.settings
    understood = prepared.understood
    assert understood is not None
    if prepared.draft is not None and prepared.draft_kind == kind:
        rendered = fill_reference(prepared.draft, settings.ref_placeholder, case_ref)
    else:
        rendered = draft_reply(settings, pipeline.preparer.renderer, understood, kind, case_ref)
    config = pipeline.config
    composed = compose_reply(
        subject=rendered.subject, text=rendered.text, html=rendered.html, recipient=recipient,
        sender=safe_address(mailbox.user) or config.company.support_email,
        sender_name=config.smtp.from_name or config.company.name,
        in_reply_to=understood.parsed.message_id, references=understood.parsed.references,
    )
    return QueuedReply(message_id=composed.message_id, mime=composed.mime)


def poll_mailbox(
    pipeline: Pipeline,
    mailbox: Mailbox,
    session_factory: Callable[[Mailbox], MailboxSession] = MailboxSession,
    stop: threading.Event | None = None,
) -> PollReport:
    """Fetch and handle everything new in one mailbox. Raises nothing for a down server: see the report."""
    report = PollReport(mailbox=mailbox.name)
    repo = pipeline.repo
    worker = pipeline.config.worker
    try:
        cursor = repo.cursor(mailbox.name)
        with session_factory(mailbox) as session:
            last_uid, renumbered = cursor.last_uid, False
            if session.uidvalidity != cursor.uidvalidity:
                if cursor.uidvalidity:
                    log.warning("mailbox.uidvalidity_changed", mailbox=mailbox.name)
                    renumbered = True
                repo.reset_cursor(mailbox.name, session.uidvalidity)
                last_uid = 0
            uids = session.uids_after(last_uid)
            # One batch is being prepared (perhaps by worker processes) while the one before it is
            # stored: the single writer never waits for parsing, and the parsers never wait for SQLite.
            in_flight: _FetchedBatch | None = None
            for batch in chunked(uids, worker.fetch_batch_size):
                fetched = _fetch_batch(pipeline, session, batch)
                if in_flight is not None:
                    session.mark_processed(_store_batch(pipeline, mailbox, session, in_flight, report, stop, renumbered))
                in_flight = fetched
                if stop is not None and stop.is_set():
                    break
            if in_flight is not None and not (stop is not None and stop.is_set()):
                session.mark_processed(_store_batch(pipeline, mailbox, session, in_flight, report, stop, renumbered))
    except Exception as exc:  # noqa: BLE001 - the poll's result is shown in status; the next poll retries
        report.error = _poll_error(exc)
        log.error("poll.failed", mailbox=mailbox.name, error=report.error)
    try:
        repo.record_poll(mailbox.name, report.summary())
    except Exception as exc:  # noqa: BLE001
        log.error("poll.status_not_recorded", mailbox=mailbox.name, error=str(exc))
    log.info("poll.done", mailbox=mailbox.name, result=report.summary())
    return report


def _poll_error(exc: BaseException) -> str:
    """The poll's failure as shown in status and logs. A SQLAlchemy error's text lists the statement's
    parameters (sealed values, blind indexes); only the driver's own message is kept."""
    if isinstance(exc, (OperationalError, InterfaceError)):
        return f"database unavailable: {exc.orig or exc.__class__.__name__}"
    if isinstance(exc, SQLAlchemyError):
        return f"database error: {getattr(exc, 'orig', None) or exc.__class__.__name__}"
    return str(exc)


@dataclass
class _FetchedBatch:
    uids: Sequence[int]
    sizes: dict[int, int]
    bodies: dict[int, bytes]
    prepared: Callable[[], list[Prepared]]  # results of the bodies in uid order, when ready


def _fetch_batch(pipeline: Pipeline, session: MailboxSession, batch: Sequence[int]) -> _FetchedBatch:
    max_bytes = pipeline.config.worker.max_message_bytes
    sizes = session.sizes(batch)
    bodies = session.bodies([uid for uid in batch if sizes.get(uid, 0) <= max_bytes])
    raws = [bodies[uid] for uid in batch if uid in bodies]
    return _FetchedBatch(batch, sizes, bodies, pipeline.preparer.submit(raws))


def _store_batch(pipeline: Pipeline, mailbox: Mailbox, session: MailboxSession, fetched: _FetchedBatch,
                 report: PollReport, stop: threading.Event | None, renumbered: bool) -> list[int]:
    max_bytes = pipeline.config.worker.max_message_bytes
    prepared = dict(zip([uid for uid in fetched.uids if uid in fetched.bodies], fetched.prepared()))
    done: list[int] = []
    for uid in fetched.uids:
        if stop is not None and stop.is_set():
            break
        ref = MailRef(mailbox.name, session.uidvalidity, uid)
        size = fetched.sizes.get(uid)
        if size is not None and size > max_bytes:
            reason = f"message too large ({size} bytes > worker.max_message_bytes {max_bytes}); left on the server"
            pipeline.repo.record_quarantine(ref, None, "", size, reason)
            status = "quarantined"
        elif uid not in fetched.bodies:
            continue  # expunged between SEARCH and FETCH: nothing to lose, nothing to store
        else:
            status = process_one(pipeline, mailbox, ref, fetched.bodies[uid], prepared[uid], check_duplicate=renumbered)
        report.fetched += 1
        report.count(status)
        done.append(uid)
    return done
