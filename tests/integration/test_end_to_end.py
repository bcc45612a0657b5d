"""A customer's mail end to end: real Dovecot → pipeline → SQLite → aiosmtpd."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from email import message_from_bytes
from email.policy import default as default_policy
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest.pipeline import poll_mailbox
from mailroom.app import build_app
from mailroom.outbox import send_due
from storage.models import Case, Contact, Message, OutboxMail
from tests.conftest import config_data, write_toml_config
from tests.mailfactory import make_mail

pytestmark = pytest.mark.integration

AN = dict(from_name="Nguyễn Văn An", from_addr="nguyenvanan.test@gmail.com")
AN_BODY = (
    "Chào anh chị,\n\nTôi tên là Nguyễn Văn An, sđt 0903 123 456, tôi cần tư vấn thành lập công ty TNHH "
    "kinh doanh thiết bị điện. Xin cho biết hồ sơ và chi phí.\n\nCảm ơn anh chị.\n"
)
EMMA = dict(from_name="Emma Clarke", from_addr="emma.clarke.test@outlook.com")
EMMA_BODY = (
    "Hello,\n\nMy name is Emma Clarke. I would like advice on registering a trademark for my bakery in "
    "Da Nang. Could you tell me the fee and the documents needed? My phone is +84 935 271 604.\n\n"
    "Best regards,\nEmma Clarke\n"
)


def poll_and_send(config):
    app = build_app(config)
    reports = [poll_mailbox(app.pipeline, box) for box in config.mailboxes]
    sent = send_due(app.repo, config.smtp, max_attempts=3, batch_size=100)
    return app, reports, sent


def rows(app, model):
    with app.engine.connect() as conn:
        return conn.execute(select(model)).all()


def parse(data: bytes):
    return message_from_bytes(data, policy=default_policy)


def test_vietnamese_service_request_opens_case_and_gets_vietnamese_reply(dovecot, accounts, smtp_sink, make_config):
    raw = make_mail(**AN, to=accounts.info, subject="Tư vấn thành lập công ty", body=AN_BODY,
                    message_id="<an-001@mail.gmail.com>")
    dovecot.append(accounts.info, raw)
    config = make_config()

    app, reports, sent = poll_and_send(config)

    assert reports[0].error is None and reports[0].fetched == 1
    assert sent.sent == 1
    (case,) = rows(app, Case)
    assert case.kind == "service_request"
    assert re.fullmatch(r"TT-\d{4}-\d{6}", case.ref)
    assert case.state == "acknowledged"
    (contact,) = rows(app, Contact)
    vault = app.repo.vault
    assert vault.decrypt_text(contact.phone_enc, f"contact.phone:{contact.id}".encode()) == "+84903123456"
    assert vault.decrypt_text(contact.email_enc, f"contact.email:{contact.id}".encode()) == AN["from_addr"]
    assert vault.decrypt_text(contact.name_enc, f"contact.name:{contact.id}".encode()) == "Nguyễn Văn An"

    (mail,) = smtp_sink.messages
    assert mail.rcpt_tos == (AN["from_addr"],)
    reply = parse(mail.data)
    assert case.ref in reply["Subject"]
    assert reply["In-Reply-To"] == "<an-001@mail.gmail.com>"
    assert "<an-001@mail.gmail.com>" in reply["References"]
    assert reply["Auto-Submitted"] == "auto-replied"
    text = reply.get_body(preferencelist=("plain",)).get_content()
    assert case.ref in text
    assert "7:45" in text or "07:45" in text
    assert "Thứ" in text  # office hours written in Vietnamese
    html = reply.get_body(preferencelist=("html",)).get_content()
    assert case.ref in html


def test_english_mail_gets_english_reply(dovecot, accounts, smtp_sink, make_config):
    dovecot.append(accounts.support, make_mail(**EMMA, to=accounts.support, subject="Trademark registration", body=EMMA_BODY))
    app, _, sent = poll_and_send(make_config())
    assert sent.sent == 1
    reply = parse(smtp_sink.messages[0].data)
    text = reply.get_body(preferencelist=("plain",)).get_content()
    assert "Monday" in text and "Thứ Hai" not in text
    (case,) = rows(app, Case)
    assert case.language == "en" and case.ref in reply["Subject"]


def test_out_of_office_and_bounce_are_stored_but_never_answered(dovecot, accounts, smtp_sink, make_config):
    ooo = make_mail(from_name="Phạm Quốc Bảo", from_addr="bao.test@congty.vn", to=accounts.info,
                    subject="Tự động trả lời: Lịch hẹn", body="Tôi đang nghỉ phép đến 30/11.",
                    headers={"Auto-Submitted": "auto-replied"})
    bounce = make_mail(from_name="Mail Delivery Subsystem", from_addr="MAILER-DAEMON@mx.example.com", to=accounts.info,
                       subject="Undelivered Mail Returned to Sender",
                       body="This is the mail system. Your message could not be delivered.")
    dovecot.append(accounts.info, ooo)
    dovecot.append(accounts.info, bounce)

    app, reports, sent = poll_and_send(make_config())

    assert reports[0].fetched == 2
    messages = rows(app, Message)
    assert [m.status for m in messages] == ["ignored", "ignored"]
    assert all(m.automated and m.raw_enc for m in messages)
    assert rows(app, Case) == [] and rows(app, OutboxMail) == []
    assert sent.sent == 0 and smtp_sink.messages == []


def test_second_poll_and_restarted_process_reprocess_nothing(dovecot, accounts, smtp_sink, accounts_config_file):
    dovecot.append(accounts.info, make_mail(**AN, to=accounts.info, subject="Tư vấn", body=AN_BODY))
    dovecot.append(accounts.support, make_mail(**EMMA, to=accounts.support, subject="Trademark", body=EMMA_BODY))

    first = run_cli(accounts_config_file, "poll", "--once")
    assert first.returncode == 0, first.stderr
    assert "info: ok: 1 new" in first.stdout and "support: ok: 1 new" in first.stdout
    assert len(smtp_sink.messages) == 2

    # a new process each time: the cursor and the outbox live in the database, not in memory
    for _ in range(2):
        again = run_cli(accounts_config_file, "poll", "--once")
        assert again.returncode == 0, again.stderr
        assert "info: ok: 0 new" in again.stdout and "support: ok: 0 new" in again.stdout
        assert "outbox: 0 sent" in again.stdout
    assert len(smtp_sink.messages) == 2

    status = run_cli(accounts_config_file, "status")
    assert status.returncode == 0, status.stderr
    assert "service_request" in status.stdout and "ok: 0 new" in status.stdout


@pytest.mark.parametrize("processes", [0, 2], ids=["inline", "process-pool"])
def test_malformed_message_between_two_good_ones_is_quarantined(dovecot, accounts, smtp_sink, make_config, processes):
    dovecot.append(accounts.info, make_mail(**AN, to=accounts.info, subject="Tư vấn", body=AN_BODY))
    dovecot.append(accounts.info, b"\x00\x01\x02 this is not an email \xff\xfe\x00\r\n")
    dovecot.append(accounts.info, make_mail(**EMMA, to=accounts.info, subject="Trademark", body=EMMA_BODY))

    app, reports, sent = poll_and_send(make_config(worker={"fetch_batch_size": 10, "prepare_processes": processes}))
    app.close()

    assert reports[0].error is None and reports[0].outcomes == {"handled": 2, "quarantined": 1}
    statuses = [(m.uid, m.status) for m in rows(app, Message)]
    assert [s for _, s in statuses] == ["handled", "quarantined", "handled"]
    quarantined = [m for m in rows(app, Message) if m.status == "quarantined"][0]
    assert quarantined.error and quarantined.raw_enc  # a reason for staff, and the bytes kept (sealed)
    assert sent.sent == 2
    subjects = sorted(str(parse(m.data)["Subject"]) for m in smtp_sink.messages)
    refs = sorted(c.ref for c in rows(app, Case))
    assert len(refs) == 2 and all(ref in subject for ref, subject in zip(refs, subjects, strict=True))


def test_database_file_holds_no_personal_data_in_plaintext(dovecot, accounts, smtp_sink, make_config, tmp_path):
    dovecot.append(accounts.info, make_mail(**AN, to=accounts.info, subject="Tư vấn thành lập công ty", body=AN_BODY))
    dovecot.append(accounts.support, make_mail(**EMMA, to=accounts.support, subject="Trademark", body=EMMA_BODY))
    app, _, sent = poll_and_send(make_config())
    assert sent.sent == 2
    app.engine.dispose()

    stored = b"".join(p.read_bytes() for p in tmp_path.glob("mailroom.db*"))
    assert len(stored) > 10_000
    # (subjects and lexicon cues may be stored: matched cues are words of the lexicon, not personal data)
    secrets = ["Nguyễn Văn An", "Nguyen Van An", "0903123456", "0903 123 456", "+84903123456", "903123456",
               AN["from_addr"], "nguyenvanan", "Emma Clarke", "emma.clarke", "+84935271604", "935271604",
               "Lý Tự Trọng", "Ly Tu Trong", "Bến Nghé"]
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in stored, secret
            assert secret.lower().encode(encoding) not in stored, secret


def test_processed_mail_is_flagged_or_moved_never_deleted(dovecot, accounts, smtp_sink, make_config):
    dovecot.append(accounts.info, make_mail(**AN, to=accounts.info, subject="Tư vấn", body=AN_BODY))
    dovecot.append(accounts.support, make_mail(**EMMA, to=accounts.support, subject="Trademark", body=EMMA_BODY))
    poll_and_send(make_config())

    with dovecot.client(accounts.info) as client:
        client.select_folder("INBOX")
        flags = client.get_flags(client.search("ALL"))
        assert len(flags) == 1
        assert all(b"$MailroomProcessed" in f and b"\\Seen" not in f for f in flags.values())
    with dovecot.client(accounts.support) as client:
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
        assert client.select_folder("Processed")[b"EXISTS"] == 1


def test_same_mail_to_info_and_support_is_one_case_one_reply(dovecot, accounts, smtp_sink, make_config):
    raw = make_mail(**AN, to=f"{accounts.info}, {accounts.support}", subject="Tư vấn", body=AN_BODY,
                    message_id="<both-mailboxes@mail.gmail.com>")
    dovecot.append(accounts.info, raw)
    dovecot.append(accounts.support, raw)
    app, _, sent = poll_and_send(make_config())
    assert len(rows(app, Case)) == 1
    assert sorted(m.status for m in rows(app, Message)) == ["duplicate", "handled"]
    assert sent.sent == 1


def test_smtp_temporary_failure_is_retried_not_lost(dovecot, accounts, smtp_sink, make_config):
    dovecot.append(accounts.info, make_mail(**AN, to=accounts.info, subject="Tư vấn", body=AN_BODY))
    smtp_sink.fail_next(1, code=451)
    app, _, sent = poll_and_send(make_config())
    assert sent.retrying == 1 and smtp_sink.messages == []
    (row,) = rows(app, OutboxMail)
    assert row.state == "pending" and row.attempts == 1 and "451" in row.last_error

    with app.engine.begin() as conn:  # let the back-off elapse
        conn.execute(OutboxMail.__table__.update().values(next_attempt_at=row.created_at))
    again = send_due(app.repo, make_config().smtp, max_attempts=3, batch_size=10)
    assert again.sent == 1 and len(smtp_sink.messages) == 1


def test_imap_server_down_leaves_cursor_and_reports_clearly(dovecot, accounts, smtp_sink, make_config, tmp_path):
    from tests.harness.dovecot import free_port

    data = config_data(dovecot, smtp_sink, accounts, tmp_path)
    data["mailboxes"]["info"]["port"] = free_port()  # nothing listens there
    write_toml_config(tmp_path / "config.toml", data)
    result = run_cli(tmp_path / "config.toml", "poll", "--once", "--mailbox", "info", env={"TEST_INFO_PASSWORD": "x"})
    assert result.returncode == 1
    assert "connection refused" in result.stdout
    assert "Traceback" not in result.stderr + result.stdout


# ------------------------------------------------------------------------------------------- helpers


@pytest.fixture
def accounts_config_file(dovecot, smtp_sink, accounts, tmp_path, make_config, monkeypatch) -> Path:
    make_config()  # writes the key and password files
    path = tmp_path / "config.toml"
    write_toml_config(path, config_data(dovecot, smtp_sink, accounts, tmp_path))
    monkeypatch.setenv("TEST_INFO_PASSWORD", accounts.passwords[accounts.info])
    return path


def run_cli(config: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "mailroom.cli", "--config", str(config), *args],
        capture_output=True, text=True, env=environment, timeout=120,
    )


def test_service_runs_on_schedule_and_stops_cleanly_on_sigterm(dovecot, accounts, smtp_sink, accounts_config_file):
    import signal
    import time

    dovecot.append(accounts.info, make_mail(**AN, to=accounts.info, subject="Tư vấn", body=AN_BODY))
    process = subprocess.Popen(
        [sys.executable, "-m", "mailroom.cli", "--config", str(accounts_config_file), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        smtp_sink.wait_for(1, timeout=30)
        # mail that arrives while the service runs is picked up by a later poll
        dovecot.append(accounts.support, make_mail(**EMMA, to=accounts.support, subject="Trademark", body=EMMA_BODY))
        process.send_signal(signal.SIGTERM)
        started = time.monotonic()
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert time.monotonic() - started < 15
    assert "service.stopped" in stderr and "Traceback" not in stderr
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert any(entry["event"] == "message.stored" for entry in lines)
    assert "Nguyễn" not in stderr and "0903" not in stderr and AN["from_addr"] not in stderr  # no PII in logs


def test_renumbered_folder_does_not_answer_twice(dovecot, accounts, smtp_sink, dovecot_config):
    raw = make_mail(**AN, to=accounts.info, subject="Tư vấn", body=AN_BODY)
    dovecot.append(accounts.info, raw, folder="Intake")
    config = dovecot_config(folder="Intake")
    app, reports, sent = poll_and_send(config)
    assert sent.sent == 1

    with dovecot.client(accounts.info) as client:  # the server renumbers: same mail, new UIDVALIDITY
        client.delete_folder("Intake")
    dovecot.append(accounts.info, raw, folder="Intake")
    dovecot.append(accounts.info, make_mail(**EMMA, to=accounts.info, subject="Trademark", body=EMMA_BODY), folder="Intake")
    app, reports, sent = poll_and_send(config)

    assert reports[0].outcomes == {"duplicate": 1, "handled": 1}
    assert sent.sent == 1 and len(smtp_sink.messages) == 2
    assert len(rows(app, Case)) == 2


@pytest.fixture
def dovecot_config(dovecot, smtp_sink, accounts, tmp_path, make_config):
    """A config with only the info mailbox, reading ``folder``."""

    def build(folder: str):
        data = config_data(dovecot, smtp_sink, accounts, tmp_path)
        info = dict(data["mailboxes"]["info"], folder=folder)
        return make_config(mailboxes={"info": info})

    return build
