"""Mail travels over TLS (policy §8), and certificates are verified by default."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from ingest.imap import MailboxSession, MailboxUnavailable
from mailroom.config import Mailbox
from tests.harness.dovecot import DovecotServer
from tests.harness.tls import make_certificates
from tests.mailfactory import make_mail

pytestmark = pytest.mark.integration
LOGIN, PASSWORD = "info@thinhtrigroup.com", "tls-test-password"


@pytest.fixture(scope="module")
def tls_server():
    with tempfile.TemporaryDirectory(prefix="mailroom-tls-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as tmp:
        certificates = make_certificates(Path(tmp) / "certs")
        with DovecotServer(users={LOGIN: PASSWORD}, tls=certificates) as server:
            server.append(LOGIN, make_mail(from_name="Emma Clarke", from_addr="emma@outlook.com", to=LOGIN,
                                           subject="Advice", body="Please advise on a licence."))
            yield server, certificates


def _mailbox(server, security: str, port: int) -> Mailbox:
    return Mailbox(name="info", host=server.host, port=port, security=security, user=LOGIN, password=PASSWORD)


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_tls_session_with_a_trusted_certificate(tls_server, security):
    server, certificates = tls_server
    port = server.tls_port if security == "tls" else server.port
    with MailboxSession(_mailbox(server, security, port), ssl_context=certificates.client_context()) as session:
        assert session.uidvalidity > 0
        assert len(session.uids_after(0)) == 1


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_certificate_is_refused_by_default(tls_server, security):
    server, _ = tls_server
    port = server.tls_port if security == "tls" else server.port
    with pytest.raises(MailboxUnavailable, match="certificate"):
        with MailboxSession(_mailbox(server, security, port)):  # the system trust store: not our test CA
            pass
