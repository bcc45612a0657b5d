"""Real-socket tests for the embedded servers behind `mailroom demo`.

They check exactly the IMAP/SMTP features the pipeline relies on, against the
real pymap / aiosmtpd servers, with the real imapclient / smtplib clients.
"""

from __future__ import annotations

import email
import smtplib
import socket
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
from imapclient.exceptions import IMAPClientError
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from mailroom.embedded import EmbeddedImap, ReceivedMail, SmtpSink

pytestmark = pytest.mark.integration

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"
PASSWORDS = {INFO: "info-secret", SUPPORT: "support-secret"}
KEYWORD = "$Mailroom-Processed"

RAW_1 = (
    b"From: Kh\xc3\xa1ch <khach@example.vn>\r\n"
    b"To: info@thinhtrigroup.com\r\n"
    b"Subject: =?utf-8?b?WGluIGNow6Bv?=\r\n"
    b"Message-ID: <m1@example.vn>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
    b"T\xc3\xb4i c\xe1\xba\xa7n h\xe1\xbb\x97 tr\xe1\xbb\xa3.\r\n"
    b".leading dot line\r\n"
)
RAW_2 = b"From: a@example.com\r\nTo: info@thinhtrigroup.com\r\nSubject: two\r\n\r\nsecond\r\n"
RAW_3 = b"From: b@example.com\r\nTo: info@thinhtrigroup.com\r\nSubject: three\r\n\r\nthird\r\n"


@pytest.fixture
def imap() -> Iterator[EmbeddedImap]:
    with EmbeddedImap(PASSWORDS) as server:
        yield server


def connect(server: EmbeddedImap, login: str = INFO) -> IMAPClient:
    client = IMAPClient(server.host, port=server.port, ssl=False, timeout=5)
    client.login(login, PASSWORDS[login])
    return client


def port_is_free(port: int) -> bool:
    """Nothing listens on ``port`` and a server could bind it again.

    SO_REUSEADDR like any server: connections the server closed itself
    legitimately linger in TIME_WAIT on that port.
    """
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            return False
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            s.listen()
        except OSError:
            return False
        return True


# --------------------------------------------------------------------------
# IMAP
# --------------------------------------------------------------------------


def test_imap_has_only_our_users_and_empty_mailboxes(imap: EmbeddedImap) -> None:
    assert imap.host == "127.0.0.1"
    with connect(imap) as c:
        assert [name for _, _, name in c.list_folders()] == ["INBOX"]
        assert c.select_folder("INBOX")[b"EXISTS"] == 0
    # pymap's built-in demo account must not exist.
    with IMAPClient(imap.host, port=imap.port, ssl=False, timeout=5) as c:
        with pytest.raises(LoginError):
            c.login("demouser", "demopass")


def test_imap_login_without_tls_and_bad_password(imap: EmbeddedImap) -> None:
    with IMAPClient(imap.host, port=imap.port, ssl=False, timeout=5) as c:
        caps = c.capabilities()
        assert b"STARTTLS" not in caps and b"LOGINDISABLED" not in caps
        with pytest.raises(LoginError):
            c.login(INFO, "wrong")
        c.login(INFO, PASSWORDS[INFO])
        assert b"MOVE" in c.capabilities() and b"UIDPLUS" in c.capabilities()


def test_imap_select_search_fetch_exact_bytes(imap: EmbeddedImap) -> None:
    uids = [imap.append(INFO, raw) for raw in (RAW_1, RAW_2, RAW_3)]
    assert uids == sorted(uids) and len(set(uids)) == 3
    with connect(imap) as c:
        sel = c.select_folder("INBOX")
        assert isinstance(sel[b"UIDVALIDITY"], int) and sel[b"UIDVALIDITY"] > 0
        assert sel[b"EXISTS"] == 3

        assert c.search(["UID", f"{uids[1]}:*"]) == uids[1:]

        fetched = c.fetch(uids, ["BODY.PEEK[]", "RFC822.SIZE", "FLAGS"])
        for uid, raw in zip(uids, (RAW_1, RAW_2, RAW_3)):
            assert fetched[uid][b"BODY[]"] == raw
            assert fetched[uid][b"RFC822.SIZE"] == len(raw)
            assert b"\\Seen" not in fetched[uid][b"FLAGS"]
        # PEEK left \Seen unset; a plain BODY[] fetch sets it (contrast check).
        assert all(b"\\Seen" not in f for f in c.get_flags(uids).values())
        c.fetch([uids[0]], ["BODY[]"])
        assert b"\\Seen" in c.get_flags([uids[0]])[uids[0]]

    # Another user's mailbox is separate.
    with connect(imap, SUPPORT) as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 0


def test_imap_uid_range_star_returns_last_message_when_n_is_past_the_end(imap: EmbeddedImap) -> None:
    """RFC 3501: `n:*` always includes the highest UID; the pipeline must filter uid >= n."""
    last = [imap.append(INFO, raw) for raw in (RAW_1, RAW_2)][-1]
    with connect(imap) as c:
        c.select_folder("INBOX")
        assert c.search(["UID", f"{last + 1}:*"]) == [last]
        assert c.search(["UID", f"{last + 100}:*"]) == [last]


def test_imap_uidvalidity_and_uids_stable_across_connections(imap: EmbeddedImap) -> None:
    uid = imap.append(INFO, RAW_2)
    with connect(imap) as a, connect(imap) as b:
        va = a.select_folder("INBOX")[b"UIDVALIDITY"]
        vb = b.select_folder("INBOX")[b"UIDVALIDITY"]
        assert va == vb
        assert a.search(["ALL"]) == b.search(["ALL"]) == [uid]


def test_imap_store_keyword_and_flagged_persist(imap: EmbeddedImap) -> None:
    u1, u2 = imap.append(INFO, RAW_1), imap.append(INFO, RAW_2)
    with connect(imap) as c:
        sel = c.select_folder("INBOX")
        assert b"\\*" in sel[b"PERMANENTFLAGS"]
        c.add_flags([u1], [KEYWORD, "\\Flagged"])
        assert set(c.get_flags([u1])[u1]) >= {KEYWORD.encode(), b"\\Flagged"}
        assert c.search(["KEYWORD", KEYWORD]) == [u1]
        assert c.search(["UNKEYWORD", KEYWORD]) == [u2]
    with connect(imap) as c2:  # flags are server-side state, visible to a new session
        c2.select_folder("INBOX", readonly=True)
        flags = c2.get_flags([u1, u2])
        assert KEYWORD.encode() in flags[u1] and b"\\Flagged" in flags[u1]
        assert KEYWORD.encode() not in flags[u2]


def test_imap_create_and_uid_move(imap: EmbeddedImap) -> None:
    u1, u2 = imap.append(INFO, RAW_1), imap.append(INFO, RAW_2)
    with connect(imap) as c:
        c.create_folder("Mailroom/Processed")
        c.select_folder("INBOX")
        c.move([u1], "Mailroom/Processed")
        assert c.search(["ALL"]) == [u2]
    with connect(imap) as c2:
        assert c2.folder_exists("Mailroom/Processed")
        c2.select_folder("Mailroom/Processed")
        moved = c2.search(["ALL"])
        assert len(moved) == 1
        assert c2.fetch(moved, ["BODY.PEEK[]"])[moved[0]][b"BODY[]"] == RAW_1
        c2.select_folder("INBOX")
        assert c2.search(["ALL"]) == [u2]


def test_imap_copy_then_uid_expunge_fallback(imap: EmbeddedImap) -> None:
    u1, u2 = imap.append(INFO, RAW_1), imap.append(INFO, RAW_2)
    with connect(imap) as c:
        c.create_folder("Archive")
        c.select_folder("INBOX")
        c.copy([u1], "Archive")
        c.delete_messages([u1])
        c.uid_expunge([u1])  # UIDPLUS: expunges only u1 even if others are \Deleted
        assert c.search(["ALL"]) == [u2]
        assert c.folder_status("Archive", [b"MESSAGES"])[b"MESSAGES"] == 1


def test_imap_append_helper_creates_folder_and_sets_flags(imap: EmbeddedImap) -> None:
    uid = imap.append(SUPPORT, RAW_3, folder="Archive", flags=["\\Seen", KEYWORD])
    with connect(imap, SUPPORT) as c:
        c.select_folder("Archive")
        got = c.fetch([uid], ["FLAGS", "BODY.PEEK[]"])[uid]
        assert got[b"BODY[]"] == RAW_3
        assert {b"\\Seen", KEYWORD.encode()} <= set(got[b"FLAGS"])
    with pytest.raises(KeyError):
        imap.append("nobody@thinhtrigroup.com", RAW_3)


def test_imap_sees_mail_appended_while_selected(imap: EmbeddedImap) -> None:
    with connect(imap) as c:
        c.select_folder("INBOX")
        assert c.search(["ALL"]) == []
        uid = imap.append(INFO, RAW_2)
        c.noop()
        assert c.search(["ALL"]) == [uid]


def test_imap_start_stop_fast_releases_port_and_drops_clients() -> None:
    server = EmbeddedImap(PASSWORDS)
    t0 = time.monotonic()
    server.start()
    assert time.monotonic() - t0 < 2.0
    port = server.port
    client = connect(server)
    client.select_folder("INBOX")
    t0 = time.monotonic()
    server.stop()
    assert time.monotonic() - t0 < 2.0
    assert port_is_free(port)
    try:
        with pytest.raises((OSError, IMAPClientError)):  # server said BYE and closed the socket
            client.noop()
    finally:
        client.shutdown()
    server.stop()  # idempotent
    with pytest.raises(RuntimeError):
        _ = server.port
    # Restartable, with fresh (empty) state.
    with server:
        with connect(server) as c:
            assert c.select_folder("INBOX")[b"EXISTS"] == 0


# --------------------------------------------------------------------------
# SMTP
# --------------------------------------------------------------------------


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    with SmtpSink() as server:
        yield server


def test_smtp_utf8_message_roundtrip(sink: SmtpSink) -> None:
    msg = EmailMessage()
    msg["From"] = "Thịnh Trí <info@thinhtrigroup.com>"
    msg["To"] = "khách@ví-dụ.vn"  # non-ASCII address => smtplib must use SMTPUTF8
    msg["Subject"] = "Xin chào – đã nhận yêu cầu"
    msg.set_content("Chúng tôi đã nhận được yêu cầu của bạn.\n", cte="8bit")
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
        client.ehlo()
        assert client.has_extn("smtputf8") and client.has_extn("8bitmime")
        client.send_message(msg)

    [got] = sink.messages
    assert isinstance(got, ReceivedMail)
    assert got.mail_from == "info@thinhtrigroup.com"
    assert got.rcpt_tos == ("khách@ví-dụ.vn",)
    assert "SMTPUTF8" in got.mail_options and "BODY=8BITMIME" in got.mail_options
    parsed = email.message_from_bytes(got.data, policy=default_policy)
    assert parsed["Subject"] == "Xin chào – đã nhận yêu cầu"
    # smtplib sends CRLF line endings; the sink keeps the wire bytes as-is.
    assert parsed.get_content() == "Chúng tôi đã nhận được yêu cầu của bạn.\r\n"


def test_smtp_raw_bytes_multiple_rcpts_and_dot_stuffing(sink: SmtpSink) -> None:
    raw = b"Subject: dots\r\n\r\n.starts with a dot\r\n..two dots\r\nend\r\n"
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
        refused = client.sendmail("info@thinhtrigroup.com", ["a@example.com", "b@example.com"], raw)
    assert refused == {}
    [got] = sink.messages
    assert got.rcpt_tos == ("a@example.com", "b@example.com")
    assert got.data == raw
    sink.clear()
    assert sink.messages == []


def test_smtp_fail_next_gives_temporary_error_then_succeeds(sink: SmtpSink) -> None:
    sink.fail_next(2, code=451)
    raw = b"Subject: retry\r\n\r\nbody\r\n"
    for _ in range(2):
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
            with pytest.raises(smtplib.SMTPDataError) as err:
                client.sendmail("info@thinhtrigroup.com", ["a@example.com"], raw)
            assert err.value.smtp_code == 451
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
        client.sendmail("info@thinhtrigroup.com", ["a@example.com"], raw)
    assert [m.data for m in sink.messages] == [raw]


def test_smtp_start_stop_fast_and_releases_port() -> None:
    sink = SmtpSink()
    t0 = time.monotonic()
    sink.start()
    assert time.monotonic() - t0 < 2.0
    port = sink.port
    assert sink.host == "127.0.0.1" and port > 0
    t0 = time.monotonic()
    sink.stop()
    assert time.monotonic() - t0 < 2.0
    assert port_is_free(port)
    sink.stop()  # idempotent
    with sink:  # restartable
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
            client.sendmail("a@example.com", ["b@example.com"], b"Subject: x\r\n\r\ny\r\n")
        assert len(sink.messages) == 1
