"""The SMTP edge: sends stored replies and records what the server said. It renders nothing.

One connection per batch. A 5xx answer fails the reply for good; a 4xx answer or a dropped connection
schedules another attempt with exponential back-off, until ``worker.outbox_max_attempts``. A server that
cannot be reached at all costs no attempt: the replies simply wait for the next run.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes
from email.policy import SMTP as SMTP_POLICY
from email.utils import getaddresses, parseaddr

import structlog

from mailroom.config import Smtp
from storage.models import utcnow
from storage.repo import Repository

log = structlog.get_logger("mailroom.outbox")

BASE_BACKOFF = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=2)


class SmtpUnavailable(Exception):
    """Could not connect or log in to the SMTP server (names the server)."""


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    error: str | None = None
    sent_message_ids: list[str] = field(default_factory=list)


def backoff(attempts: int) -> timedelta:
    return min(BASE_BACKOFF * (2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def connect(server: Smtp, ssl_context: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """Open an authenticated SMTP connection; certificates are verified unless security is none."""
    where = f"SMTP server {server.host}:{server.port}"
    context = ssl_context or ssl.create_default_context()
    try:
        if server.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout_seconds, context=context)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=server.timeout_seconds)
            if server.security == "starttls":
                client.starttls(context=context)
        if server.user:
            client.login(server.user, server.password)
        return client
    except smtplib.SMTPAuthenticationError:
        raise SmtpUnavailable(f"{where}: login refused for {server.user} (check user and password)") from None
    except ConnectionRefusedError:
        raise SmtpUnavailable(f"{where}: connection refused (is the server running?)") from None
    except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
        raise SmtpUnavailable(f"{where}: {exc.__class__.__name__}: {exc}") from None


def _envelope(mime: bytes) -> tuple[str, list[str]]:
    headers = message_from_bytes(mime, policy=SMTP_POLICY)
    sender = parseaddr(str(headers["From"]))[1]
    recipients = [addr for _, addr in getaddresses([str(headers["To"])]) if addr]
    return sender, recipients


def _transmit(client: smtplib.SMTP, sender: str, recipients: list[str], mime: bytes) -> str:
    """MAIL/RCPT/DATA by hand so the server's final answer (often its queue id) can be recorded."""
    client.ehlo_or_helo_if_needed()
    code, answer = client.mail(sender)
    if code != 250:
        client.rset()
        raise smtplib.SMTPSenderRefused(code, answer, sender)
    refused = {}
    for recipient in recipients:
        code, answer = client.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = (code, answer)
    if refused:
        client.rset()
        raise smtplib.SMTPRecipientsRefused(refused)
    code, answer = client.data(mime)
    if code != 250:
        client.rset()
        raise smtplib.SMTPDataError(code, answer)
    return f"{code} {answer.decode(errors='replace')}"


def send_due(repo: Repository, server: Smtp, *, max_attempts: int, batch_size: int,
             ssl_context: ssl.SSLContext | None = None) -> SendReport:
    """Send the pending replies whose time has come, over one connection."""
    report = SendReport()
    due = repo.due_replies(batch_size)
    if not due:
        return report
    try:
        client = connect(server, ssl_context)
    except SmtpUnavailable as exc:
        report.error = str(exc)
        log.error("outbox.unavailable", error=report.error, pending=len(due))
        return report
    try:
        for outbox_id, message_id, attempts in due:
            if client is None:
                try:
                    client = connect(server, ssl_context)
                except SmtpUnavailable as exc:
                    report.error = str(exc)
                    break
            mime = repo.reply_mime(outbox_id)
            sender, recipients = _envelope(mime)
            try:
                repo.mark_sent(outbox_id, _transmit(client, sender, recipients, mime))
                report.sent += 1
                report.sent_message_ids.append(message_id)
                log.info("reply.sent", outbox_id=outbox_id)
            except (smtplib.SMTPServerDisconnected, socket.timeout, OSError) as exc:
                _retry_or_fail(repo, outbox_id, attempts, max_attempts, f"connection lost: {exc}", report)
                client = None
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                permanent = all(code >= 500 for code in codes)
                detail = "; ".join(f"{code} {msg.decode(errors='replace')}" for code, msg in exc.recipients.values())
                _retry_or_fail(repo, outbox_id, attempts, 1 if permanent else max_attempts, f"recipient refused: {detail}", report)
            except smtplib.SMTPResponseException as exc:
                permanent = exc.smtp_code >= 500
                detail = f"{exc.smtp_code} {exc.smtp_error.decode(errors='replace') if isinstance(exc.smtp_error, bytes) else exc.smtp_error}"
                _retry_or_fail(repo, outbox_id, attempts, 1 if permanent else max_attempts, detail, report)
                if exc.smtp_code in (421,):
                    client = None
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                pass
    return report


def _retry_or_fail(repo: Repository, outbox_id: int, attempts: int, max_attempts: int, error: str, report: SendReport) -> None:
    made = attempts + 1
    if made >= max_attempts:
        repo.mark_attempt_failed(outbox_id, error, None)
        report.failed += 1
        log.error("reply.failed", outbox_id=outbox_id, attempts=made)
    else:
        repo.mark_attempt_failed(outbox_id, error, utcnow() + backoff(made))
        report.retrying += 1
        log.warning("reply.retry_scheduled", outbox_id=outbox_id, attempts=made)
