"""Self-test of tests/harness/dovecot.py against a real Dovecot.

Why: every IMAP integration test trusts this harness; if it silently
misbehaves (lost mail on restart, \\Seen set by fetch, wrong UID order from
bulk loading) the failures would show up far from their cause.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

# tests/integration has no __init__.py, so pytest's rootdir is not on sys.path
# when this file is imported; make `tests.harness` importable either way.
_REPO = Path(__file__).resolve().parents[2]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from tests.harness.dovecot import (  # noqa: E402
    DovecotError,
    DovecotServer,
    _group_alive,
    dovecot_available,
    free_port,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not dovecot_available(), reason="dovecot not installed (apt-get install dovecot-imapd)"),
    pytest.mark.skipif(os.geteuid() != 0, reason="DovecotServer must run as root"),
]

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"
PASSWORD = "correct horse"

MSG_ASCII = (
    b"From: Alice <alice@example.com>\r\n"
    b"To: info@thinhtrigroup.com\r\n"
    b"Subject: Order 1234\r\n"
    b"Message-ID: <order-1234@example.com>\r\n"
    b"Date: Mon, 03 Jun 2024 09:00:00 +0700\r\n"
    b"\r\n"
    b"Hello, where is my order?\r\n"
)
MSG_VI = (
    "From: =?utf-8?b?Tmd1eeG7hW4gVsSDbiBB?= <nva@example.vn>\r\n"
    "To: support@thinhtrigroup.com\r\n"
    "Subject: =?utf-8?b?WMOhYyBuaOG6rW4gxJHGoW4gaMOgbmc=?=\r\n"
    "Message-ID: <vi-1@example.vn>\r\n"
    "Date: Mon, 03 Jun 2024 10:00:00 +0700\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Xin chào, tôi muốn hỏi về đơn hàng số 5678. Cảm ơn!\r\n"
    "Trân trọng,\r\nNguyễn Văn A\r\n"
).encode("utf-8")


@pytest.fixture
def server() -> Iterator[DovecotServer]:
    with DovecotServer(users={INFO: PASSWORD, SUPPORT: PASSWORD}) as srv:
        yield srv


def _move(c: IMAPClient, uids: list[int], dest: str) -> None:
    """MOVE if advertised (RFC 6851), else the classic COPY + \\Deleted + EXPUNGE."""
    if c.has_capability("MOVE"):
        c.move(uids, dest)
    else:
        c.copy(uids, dest)
        c.delete_messages(uids)
        c.uid_expunge(uids) if c.has_capability("UIDPLUS") else c.expunge()


def test_free_port_is_bindable() -> None:
    port = free_port()
    assert 1024 <= port <= 65535


def test_full_imap_round_trip_and_restart(server: DovecotServer) -> None:
    assert server.host == "127.0.0.1"
    uid_a = server.append(INFO, MSG_ASCII)
    uid_b = server.append(INFO, MSG_VI)
    assert uid_a is not None and uid_b is not None and uid_a < uid_b

    with server.client(INFO) as c:
        info = c.select_folder("INBOX")
        validity = info[b"UIDVALIDITY"]
        assert isinstance(validity, int) and validity > 0
        assert info[b"EXISTS"] == 2

        assert c.search("ALL") == [uid_a, uid_b]

        fetched = c.fetch([uid_a, uid_b], ["BODY.PEEK[]", "FLAGS"])
        assert fetched[uid_a][b"BODY[]"] == MSG_ASCII
        assert fetched[uid_b][b"BODY[]"] == MSG_VI  # exact bytes, 8-bit UTF-8 intact
        # PEEK must not mark as read
        flags = c.get_flags([uid_a, uid_b])
        assert all(b"\\Seen" not in f for f in flags.values())
        assert c.search("UNSEEN") == [uid_a, uid_b]

        c.add_flags([uid_b], [b"\\Flagged"])
        assert b"\\Flagged" in c.get_flags([uid_b])[uid_b]

        c.create_folder("Handled")
        _move(c, [uid_b], "Handled")
        assert c.search("ALL") == [uid_a]

        handled = c.select_folder("Handled")
        handled_validity = handled[b"UIDVALIDITY"]
        (moved_uid,) = c.search("ALL")
        moved = c.fetch([moved_uid], ["BODY.PEEK[]", "FLAGS"])[moved_uid]
        assert moved[b"BODY[]"] == MSG_VI
        assert b"\\Flagged" in moved[b"FLAGS"] and b"\\Seen" not in moved[b"FLAGS"]

    server.restart()

    with server.client(INFO) as c:
        info = c.select_folder("INBOX", readonly=True)
        assert info[b"UIDVALIDITY"] == validity
        assert c.search("ALL") == [uid_a]
        assert c.fetch([uid_a], ["BODY.PEEK[]"])[uid_a][b"BODY[]"] == MSG_ASCII

        info = c.select_folder("Handled", readonly=True)
        assert info[b"UIDVALIDITY"] == handled_validity
        assert c.search("ALL") == [moved_uid]
        assert b"\\Flagged" in c.get_flags([moved_uid])[moved_uid]

    # The other mailbox is untouched.
    with server.client(SUPPORT) as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 0


def test_wrong_password_is_login_error(server: DovecotServer) -> None:
    c = IMAPClient(server.host, port=server.port, ssl=False, timeout=10)
    try:
        with pytest.raises(LoginError):
            c.login(INFO, "wrong password")
        with pytest.raises(LoginError):
            c.login("nobody@thinhtrigroup.com", PASSWORD)
    finally:
        c.shutdown()


def test_add_user_while_running(server: DovecotServer) -> None:
    # Look the login up while it does not exist yet (a missing user must not
    # be cached as unknown), then add it in the same second.
    with pytest.raises(LoginError):
        server._login("sales@thinhtrigroup.com", "s3cret", timeout=10).logout()
    server.add_user("sales@thinhtrigroup.com", "s3cret")
    server.append("sales@thinhtrigroup.com", MSG_ASCII, folder="Archive", flags=[b"\\Seen"])
    with server.client("sales@thinhtrigroup.com") as c:
        c.select_folder("Archive")
        (uid,) = c.search("ALL")
        assert b"\\Seen" in c.get_flags([uid])[uid]


def test_bulk_deliver_is_seen_by_imap_in_order(server: DovecotServer) -> None:
    msgs = [f"Subject: bulk {i}\r\nMessage-ID: <b{i}@x>\r\n\r\nbody {i}\r\n".encode() for i in range(5000)]
    assert server.bulk_deliver(INFO, msgs) == 5000
    assert server.bulk_deliver(SUPPORT, msgs[:3], folder="Queue") == 3

    inbox = server.folder_path(INFO)
    assert all(p.stat().st_uid == server._mail_uid for p in (inbox / "new").iterdir())

    with server.client(INFO) as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 5000
        uids = c.search("ALL")
        assert len(uids) == 5000
        picks = [uids[0], uids[2500], uids[-1]]
        got = c.fetch(picks, ["BODY.PEEK[]", "FLAGS"])
        assert [got[u][b"BODY[]"] for u in picks] == [msgs[0], msgs[2500], msgs[4999]]
        assert all(b"\\Seen" not in got[u][b"FLAGS"] for u in picks)
    with server.client(SUPPORT) as c:
        c.select_folder("Queue")
        uids = c.search("ALL")
        assert [v[b"BODY[]"] for _, v in sorted(c.fetch(uids, ["BODY.PEEK[]"]).items())] == msgs[:3]


def test_append_many_returns_uids_in_order(server: DovecotServer) -> None:
    msgs = [f"Subject: many {i}\r\n\r\nx\r\n".encode() for i in range(2500)]
    uids = server.append_many(SUPPORT, msgs, folder="Bulk", batch=1000)
    assert len(uids) == 2500 and uids == sorted(uids)
    with server.client(SUPPORT) as c:
        c.select_folder("Bulk", readonly=True)
        assert c.search("ALL") == uids
        assert c.fetch([uids[1234]], ["BODY.PEEK[]"])[uids[1234]][b"BODY[]"] == msgs[1234]


def test_stop_leaves_no_stray_processes() -> None:
    srv = DovecotServer(users={INFO: PASSWORD})
    try:
        srv.start()
        assert srv._proc is not None
        pgid = srv._proc.pid
        c = srv.client(INFO)  # an imap child process exists now
        c.noop()
        srv.stop()
        try:
            c.shutdown()
        except OSError:
            pass
        assert not _group_alive(pgid)
        assert not srv.running
        srv.stop()  # idempotent
    finally:
        srv.close()
    assert not srv.root.exists()


def test_untraversable_root_fails_fast_and_clearly(tmp_path: Path) -> None:
    # pytest's tmp_path lives under a 0700 directory: Dovecot's dovecot/mail
    # users could not reach it, so the harness must refuse up front.
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    os.chmod(private, 0o700)
    with pytest.raises(DovecotError, match="world-traversable"):
        DovecotServer(root=private / "dovecot", users={INFO: PASSWORD})



def test_bulk_deliver_into_new_folder_survives_restart(server: DovecotServer) -> None:
    assert server.bulk_deliver(INFO, [MSG_ASCII, MSG_VI], folder="Offline") == 2
    server.restart()
    with server.client(INFO) as c:
        c.select_folder("Offline", readonly=True)
        uids = c.search("ALL")
        assert [v[b"BODY[]"] for _, v in sorted(c.fetch(uids, ["BODY.PEEK[]"]).items())] == [MSG_ASCII, MSG_VI]


def test_password_change_takes_effect(server: DovecotServer) -> None:
    server.client(SUPPORT).logout()  # Dovecot has now read the old password
    server.add_user(SUPPORT, "new password")
    server.client(SUPPORT).logout()
    with pytest.raises(LoginError):
        server._login(SUPPORT, PASSWORD, timeout=10).logout()
