"""In-process mail servers so `mailroom demo` (and the tests) need no real MTA.

* :class:`SmtpSink` -- an aiosmtpd server that accepts every message and keeps
  it in memory, so the pipeline's real ``smtplib`` code path can be exercised.
* :class:`EmbeddedImap` -- a pymap IMAP server on its in-memory ``dict``
  backend, so the pipeline's real ``imapclient`` code path can be exercised.

Both bind to 127.0.0.1 on an OS-assigned free port (port 0, read back after
binding, so there is no pick-then-bind race) and run their asyncio loop in a
background thread, so synchronous callers can use them like a real server.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from argparse import Namespace
from collections.abc import Coroutine, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from types import TracebackType
from typing import Any, Self, TypeVar

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from proxyprotocol.reader import ProxyProtocolReader
from proxyprotocol.version import ProxyProtocolVersion
from pymap.backend.dict import Config as _DictConfig
from pymap.backend.dict import DictBackend, Identity, Login
from pymap.backend.dict.filter import FilterSet
from pymap.backend.dict.mailbox import MailboxData, MailboxSet
from pymap.concurrent import Subsystem
from pymap.exceptions import MailboxNotFound
from pymap.imap import IMAPServer
from pymap.parsing.message import AppendMessage
from pymap.parsing.specials import ObjectId
from pymap.parsing.specials.flag import Flag, Wildcard
from pymap.user import UserMetadata
from pysasl.hashing import Cleartext

__all__ = ["ReceivedMail", "SmtpSink", "EmbeddedImap", "LOOPBACK"]

LOOPBACK = "127.0.0.1"
_log = logging.getLogger(__name__)
_T = TypeVar("_T")


# --------------------------------------------------------------------------
# SMTP
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMail:
    """One message accepted by :class:`SmtpSink`, exactly as it came off the wire.

    ``data`` is the DATA payload with dot-unstuffing undone and CRLF line
    endings as sent (smtplib normalises to CRLF). ``mail_options`` holds the
    MAIL FROM parameters (e.g. ``SMTPUTF8``, ``BODY=8BITMIME``) so tests can
    check what the client negotiated.
    """

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    mail_options: tuple[str, ...] = ()


class _StartStop:
    """A loopback server: ``with server:`` starts it and always stops it; host and port once started."""

    _host: str
    _port: int | None

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError(f"{type(self).__name__} is not running")
        return self._port

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _SinkHandler:
    """aiosmtpd handler: records messages; optionally fails DATA to test retries."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._messages: list[ReceivedMail] = []
        self._fail_remaining = 0
        self._fail_code = 451

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        with self._lock:
            if self._fail_remaining > 0:
                self._fail_remaining -= 1
                code = self._fail_code
                return f"{code} {code // 100}.3.0 Temporary failure (injected by SmtpSink.fail_next)"
            raw = envelope.original_content
            if raw is None:  # pragma: no cover - aiosmtpd always sets it
                content = envelope.content
                raw = content.encode("utf-8", "surrogateescape") if isinstance(content, str) else (content or b"")
            self._messages.append(
                ReceivedMail(
                    mail_from=envelope.mail_from or "",
                    rcpt_tos=tuple(envelope.rcpt_tos),
                    data=bytes(raw),
                    mail_options=tuple(envelope.mail_options),
                )
            )
        return "250 2.0.0 OK queued in SmtpSink"


class _FreePortController(Controller):
    """aiosmtpd Controller that supports port 0.

    Stock ``Controller.start()`` opens a probe connection to ``self.port``;
    with port 0 that would fail, so we learn the real port from the bound
    socket before the probe runs.
    """

    def _trigger_server(self) -> None:
        if self.server is not None and self.server.sockets:
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpSink(_StartStop):
    """An SMTP server on loopback that accepts everything and records it.

    SMTPUTF8 and 8BITMIME are advertised (aiosmtpd's Controller enables
    SMTPUTF8 by default; 8BITMIME is advertised because ``decode_data`` is
    off). No AUTH, no TLS: it is a loopback test/demo sink only.
    """

    def __init__(self, host: str = LOOPBACK, port: int = 0, *, smtputf8: bool = True) -> None:
        self._host = host
        self._requested_port = port
        self._smtputf8 = smtputf8
        self._handler = _SinkHandler()
        self._controller: _FreePortController | None = None
        self._port: int | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        """Bind and serve in a background thread; returns once it answers."""
        if self._controller is not None:
            raise RuntimeError("SmtpSink already started")
        # A fresh Controller each time: aiosmtpd closes its loop on stop().
        controller = _FreePortController(
            self._handler,
            hostname=self._host,
            port=self._requested_port,
            server_hostname="mailroom-smtp-sink",  # avoid a slow getfqdn() DNS lookup
            enable_SMTPUTF8=self._smtputf8,
            ready_timeout=10.0,
        )
        controller.start()
        self._controller = controller
        self._port = controller.port

    def stop(self) -> None:
        """Stop serving, join the thread and release the port. Idempotent."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()
        self._port = None


    @property
    def messages(self) -> list[ReceivedMail]:
        """A snapshot copy of what has been received so far (thread-safe)."""
        with self._handler._lock:
            return list(self._handler._messages)

    def clear(self) -> None:
        """Forget received messages (e.g. between demo steps)."""
        with self._handler._lock:
            self._handler._messages.clear()

    def fail_next(self, n: int, code: int = 451) -> None:
        """Make the next ``n`` DATA commands fail with ``code`` (4xx = retryable)."""
        if not 400 <= code < 600:
            raise ValueError("code must be a 4xx or 5xx SMTP reply code")
        with self._handler._lock:
            self._handler._fail_remaining = n
            self._handler._fail_code = code

    def wait_for(self, count: int, timeout: float = 5.0) -> list[ReceivedMail]:
        """Wait until at least ``count`` messages arrived (for async senders)."""
        deadline = time.monotonic() + timeout
        while True:
            msgs = self.messages
            if len(msgs) >= count or time.monotonic() >= deadline:
                return msgs
            time.sleep(0.01)


# --------------------------------------------------------------------------
# IMAP
# --------------------------------------------------------------------------


class _KeywordMailboxData(MailboxData):
    """Dict mailbox that accepts arbitrary keywords (``$Mailroom-Processed``).

    Stock pymap dict mailboxes only allow the system flags as permanent flags
    and STORE silently drops any keyword. Adding ``\\*`` to PERMANENTFLAGS
    (as Dovecot does) makes pymap keep them.
    """

    @property
    def permanent_flags(self) -> frozenset[Flag]:
        return super().permanent_flags | {Wildcard}


class _KeywordMailboxSet(MailboxSet):
    """Dict mailbox set whose mailboxes are :class:`_KeywordMailboxData`."""

    def __init__(self) -> None:
        super().__init__()
        self._inbox = _KeywordMailboxData(self._content_cache, self._thread_cache)

    async def add_mailbox(self, name: str) -> ObjectId:
        # Same as upstream MailboxSet.add_mailbox, but with our mailbox class.
        async with self._set_lock.read_lock():
            if name in self._set:
                raise ValueError(name)
        async with self._set_lock.write_lock():
            self._set[name] = mbx = _KeywordMailboxData(self._content_cache, self._thread_cache)
            return mbx.mailbox_id

    async def rename_mailbox(self, before: str, after: str) -> None:
        await super().rename_mailbox(before, after)
        if type(self._inbox) is MailboxData:  # upstream recreates INBOX on rename
            self._inbox = _KeywordMailboxData(self._content_cache, self._thread_cache)


class _EmbeddedConfig(_DictConfig):
    """pymap dict-backend config tuned for an in-process loopback server."""

    @property
    def greeting(self) -> bytes:
        # Stock greeting calls socket.getfqdn() per connection (DNS; can hang offline).
        return b"Server ready mailroom-embedded-imap"


class EmbeddedImap(_StartStop):
    """A pymap IMAP server (in-memory ``dict`` backend) on loopback.

    Equivalent of ``pymap --no-tls dict`` without demo data: only the users
    passed in exist and every mailbox starts empty. Plaintext LOGIN works
    without STARTTLS (``tls_enabled=False``; pymap also allows it for any
    loopback peer). Passwords are kept in clear text in memory (pysasl
    ``Cleartext``) so logins cost nothing -- never expose this beyond loopback.

    All state lives in memory and is lost on :meth:`stop`.
    """

    def __init__(
        self,
        users: Mapping[str, str],
        host: str = LOOPBACK,
        port: int = 0,
        *,
        debug: bool = False,
        start_timeout: float = 10.0,
    ) -> None:
        self._users = dict(users)
        self._host = host
        self._requested_port = port
        self._debug = debug
        self._start_timeout = start_timeout
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_event: asyncio.Event | None = None
        self._login: Login | None = None
        self._port: int | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> None:
        """Start the server thread; returns once the port is listening."""
        if self._thread is not None:
            raise RuntimeError("EmbeddedImap already started")
        self._ready.clear()
        self._error = None
        thread = threading.Thread(target=self._thread_main, name="embedded-imap", daemon=True)
        self._thread = thread
        thread.start()
        if not self._ready.wait(self._start_timeout):
            self.stop()
            raise TimeoutError("embedded IMAP server did not start in time")
        if self._error is not None:
            err = self._error
            self.stop()
            raise RuntimeError("embedded IMAP server failed to start") from err

    def stop(self) -> None:
        """Close the listener and all client connections, join the thread. Idempotent."""
        thread, loop, stop_event = self._thread, self._loop, self._stop_event
        if thread is None:
            return
        if loop is not None and stop_event is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(stop_event.set)
            except RuntimeError:  # loop already closed in between
                pass
        thread.join(timeout=10.0)
        if thread.is_alive():  # pragma: no cover - would be a bug
            raise RuntimeError("embedded IMAP server thread did not stop")
        self._thread = self._loop = self._stop_event = self._login = None
        self._port = None


    @property
    def users(self) -> dict[str, str]:
        return dict(self._users)

    # -- data loading ------------------------------------------------------
    def add_user(self, login: str, password: str) -> None:
        """Create (or replace the password of) a user on the running server."""
        self._users[login] = password
        if self._loop is not None:
            self._run(self._set_user(login, password))

    def append(
        self,
        login: str,
        raw: bytes,
        folder: str = "INBOX",
        *,
        flags: Iterable[str] = (),
        when: datetime | None = None,
    ) -> int:
        """Deliver ``raw`` into ``login``'s ``folder`` (created if missing); returns its UID.

        Goes through pymap's session API in-process (same code path as IMAP
        APPEND, minus the socket), so it is fast and needs no password.
        """
        if login not in self._users:
            raise KeyError(f"unknown IMAP user {login!r}")
        return self._run(self._append(login, bytes(raw), folder, tuple(flags), when))

    # -- internals ---------------------------------------------------------
    def _run(self, coro: Coroutine[Any, Any, _T], timeout: float = 10.0) -> _T:
        """Run ``coro`` on the server's loop (pymap state is loop-bound) and wait."""
        loop = self._loop
        if loop is None:
            coro.close()
            raise RuntimeError("EmbeddedImap is not running")
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout)

    def _thread_main(self) -> None:
        try:
            asyncio.run(self._serve(), debug=False)
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            if not self._ready.is_set():
                self._error = exc
            else:  # pragma: no cover
                _log.exception("embedded IMAP server crashed")
        finally:
            self._ready.set()

    async def _serve(self) -> None:
        args = Namespace(passlib_cfg=None, proxy_protocol=None, inherited_sockets=None, debug=self._debug)
        config = _EmbeddedConfig(
            args,
            host=self._host,
            port=self._requested_port,
            debug=self._debug,
            tls_enabled=False,  # no STARTTLS; LOGIN/AUTH PLAIN allowed in clear
            demo_data=False,
            demo_user="",  # DictBackend.init would create this user; we bypass init
            demo_password="",
            hash_context=Cleartext(),
            cpu_subsystem=Subsystem.for_asyncio(),  # no thread pool to leak
            invalid_user_sleep=0.05,
            reject_dnsbl=False,
            proxy_protocol=ProxyProtocolVersion.get(None),
        )
        config.apply_context()
        login = Login(config)
        backend = DictBackend(login, config)
        self._login = login
        for name, password in self._users.items():
            await self._set_user(name, password)

        imap_server = IMAPServer(backend.login, config)
        callback = ProxyProtocolReader(config.proxy_protocol).get_callback(imap_server)
        server = await asyncio.start_server(callback, host=self._host, port=self._requested_port)
        self._loop = asyncio.get_running_loop()
        self._stop_event = asyncio.Event()
        self._port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stop_event.wait()
            server.close()
        # asyncio.run() now cancels the per-connection tasks (clients get BYE).

    async def _set_user(self, name: str, password: str) -> None:
        assert self._login is not None
        identity = Identity(name, self._login, None, frozenset())
        config = self._login.config
        await identity.set(UserMetadata(config, name, password=config.hash_context.hash(password)))
        # Pre-seed the per-user mailbox cache that Identity.new_session() reads,
        # so the user gets keyword-capable mailboxes instead of stock ones.
        if name not in config.set_cache:
            config.set_cache[name] = (_KeywordMailboxSet(), FilterSet())

    async def _append(
        self,
        login: str,
        raw: bytes,
        folder: str,
        flags: tuple[str, ...],
        when: datetime | None,
    ) -> int:
        assert self._login is not None
        identity = Identity(login, self._login, None, frozenset())
        msg = AppendMessage(
            raw,
            when or datetime.now(timezone.utc),
            frozenset(Flag(f.encode("ascii")) for f in flags),
        )
        async with identity.new_session() as session:
            try:
                append_uid, _ = await session.append_messages(folder, [msg])
            except MailboxNotFound:
                await session.create_mailbox(folder)
                append_uid, _ = await session.append_messages(folder, [msg])
        return int(next(iter(append_uid.uids)))
