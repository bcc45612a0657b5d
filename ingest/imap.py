"""The IMAP edge: the only module that imports imapclient.

It knows nothing about parsing or storage: it lists new UIDs, hands back raw bytes, and marks messages
once the caller says they are safely committed. Every network failure becomes one ``MailboxUnavailable``
naming the mailbox and server, which the poller treats as transient (the cursor does not move).
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator, Sequence
from types import TracebackType

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailroom.config import Mailbox

PROCESSED_KEYWORD = "$MailroomProcessed"
_NETWORK_ERRORS = (OSError, ssl.SSLError, socket.timeout, IMAPClientError)


class MailboxUnavailable(Exception):
    """The server could not be reached, refused the login, or broke the session."""


def tls_context() -> ssl.SSLContext:
    """Certificates and host names are verified: data travels over TLS to the real server (policy §8)."""
    return ssl.create_default_context()


class MailboxSession:
    """One logged-in, selected IMAP connection to a configured mailbox."""

    def __init__(self, mailbox: Mailbox, ssl_context: ssl.SSLContext | None = None) -> None:
        self.mailbox = mailbox
        self._ssl_context = ssl_context
        self._client: IMAPClient | None = None
        self.uidvalidity = 0
        self._keywords_allowed = True

    def _where(self) -> str:
        box = self.mailbox
        return f"mailbox {box.name} ({box.user or 'anonymous'} at {box.host}:{box.port})"

    def __enter__(self) -> MailboxSession:
        box = self.mailbox
        try:
            context = self._ssl_context or tls_context()
            client = IMAPClient(
                box.host, port=box.port, ssl=box.security == "tls",
                ssl_context=context if box.security == "tls" else None, timeout=box.timeout_seconds,
            )
            if box.security == "starttls":
                client.starttls(context)
            self._client = client
            client.login(box.user, box.password)
            selected = client.select_folder(box.folder)
        except LoginError:
            self._close()
            raise MailboxUnavailable(f"{self._where()}: login refused (check user and password)") from None
        except _NETWORK_ERRORS as exc:
            self._close()
            raise MailboxUnavailable(f"{self._where()}: {_describe(exc)}") from None
        self.uidvalidity = int(selected[b"UIDVALIDITY"])
        permanent = selected.get(b"PERMANENTFLAGS", ())
        self._keywords_allowed = not permanent or b"\\*" in permanent
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._client is not None:
            try:
                self._client.logout()
            except _NETWORK_ERRORS:
                pass
        self._close()

    def _close(self) -> None:
        if self._client is not None:
            try:
                self._client.shutdown()
            except _NETWORK_ERRORS:
                pass
            self._client = None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxUnavailable(f"{self._where()}: not connected")
        return self._client

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs greater than ``last_uid``, ascending. (``n:*`` also matches the highest UID below n.)"""
        try:
            found = self.client.search(["UID", f"{last_uid + 1}:*"])
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"{self._where()}: search failed: {_describe(exc)}") from None
        return sorted(uid for uid in found if uid > last_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        try:
            response = self.client.fetch(list(uids), ["RFC822.SIZE"])
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"{self._where()}: fetch failed: {_describe(exc)}") from None
        return {uid: int(data[b"RFC822.SIZE"]) for uid, data in response.items() if b"RFC822.SIZE" in data}

    def bodies(self, uids: Sequence[int]) -> dict[int, bytes]:
        """Raw messages, fetched with BODY.PEEK[] so the staff's unread marks stay as they were."""
        if not uids:
            return {}
        try:
            response = self.client.fetch(list(uids), ["BODY.PEEK[]"])
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"{self._where()}: fetch failed: {_describe(exc)}") from None
        return {uid: bytes(data[b"BODY[]"]) for uid, data in response.items() if data.get(b"BODY[]") is not None}

    def mark_processed(self, uids: Sequence[int]) -> None:
        """Flag or move committed messages, as configured. Never deletes anything."""
        if not uids:
            return
        client = self.client
        try:
            target = self.mailbox.move_to
            if target is None:
                flag = PROCESSED_KEYWORD if self._keywords_allowed else "\\Flagged"
                client.add_flags(list(uids), [flag], silent=True)
                return
            if not client.folder_exists(target):
                client.create_folder(target)
            if client.has_capability("MOVE"):
                client.move(list(uids), target)
            else:
                client.copy(list(uids), target)
                client.delete_messages(list(uids))
                client.uid_expunge(list(uids)) if client.has_capability("UIDPLUS") else client.expunge()
        except _NETWORK_ERRORS as exc:
            raise MailboxUnavailable(f"{self._where()}: marking processed mail failed: {_describe(exc)}") from None


def chunked(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running?)"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate not trusted ({exc.verify_message})"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror})"
    text = str(exc) or exc.__class__.__name__
    return text if not isinstance(exc, OSError) or not exc.strerror else exc.strerror
