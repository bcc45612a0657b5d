"""`mailroom demo`: the real pipeline, once, against in-process IMAP (pymap) and SMTP (aiosmtpd) servers.

Nothing is installed or left behind: keys, database and config live in a temporary directory. The sample
mail shipped in ``mailroom/samples`` is named ``NN-<mailbox>-<what>.eml`` and is loaded into that mailbox.
"""

from __future__ import annotations

import secrets
import tempfile
from email import message_from_bytes
from email.policy import default as default_policy
from importlib import resources
from pathlib import Path

from mailroom.app import build_app
from mailroom.config import Company, Config, Database, Keys, Logging, Mailbox, OfficeHours, Smtp
from mailroom.embedded import EmbeddedImap, SmtpSink, ReceivedMail
from mailroom.logs import configure_logging
from mailroom.outbox import send_due
from mailroom.report import render_status
from storage.crypto import init_key_file
from storage.queries import status

DEMO_COMPANY = Company(
    name="Công ty Hệ Thống Luật TNHH Thịnh Trí",
    address="57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM",
    hotline="1800 63 65",
    website="thinhtrigroup.com",
    info_email="info@thinhtrigroup.com",
    support_email="support@thinhtrigroup.com",
    office_hours=(
        OfficeHours(days=("mon", "tue", "wed", "thu", "fri"), opens="07:45", closes="17:15"),
        OfficeHours(days=("sat",), opens="08:00", closes="16:00"),
    ),
)


def sample_mail() -> list[tuple[str, str, bytes]]:
    """(file name, mailbox name, raw bytes) for each shipped sample, in name order."""
    folder = resources.files("mailroom") / "samples"
    samples = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".eml"):
            samples.append((entry.name, entry.name.split("-")[1], entry.read_bytes()))
    return samples


def demo_config(workdir: Path, imap: EmbeddedImap, smtp: SmtpSink, passwords: dict[str, str]) -> Config:
    mailboxes = tuple(
        Mailbox(
            name=name, host=imap.host, port=imap.port, security="none", user=login, password=passwords[login],
            folder="INBOX", after="move:Processed" if name == "support" else "flag",
        )
        for name, login in (("info", DEMO_COMPANY.info_email), ("support", DEMO_COMPANY.support_email))
    )
    return Config(
        company=DEMO_COMPANY,
        mailboxes=mailboxes,
        smtp=Smtp(host=smtp.host, port=smtp.port, security="none", from_name="Thịnh Trí Group"),
        database=Database(url=f"sqlite:///{workdir / 'mailroom.db'}"),
        keys=Keys(file=str(workdir / "mailroom.key")),
        logging=Logging(format="console", level="info"),
        source="<demo>",
    )


def run_demo(verbose: bool = False) -> int:
    configure_logging("console", "info" if verbose else "error")
    passwords = {DEMO_COMPANY.info_email: secrets.token_urlsafe(12), DEMO_COMPANY.support_email: secrets.token_urlsafe(12)}
    with tempfile.TemporaryDirectory(prefix="mailroom-demo-") as tmp, EmbeddedImap(passwords) as imap, SmtpSink() as smtp:
        workdir = Path(tmp)
        samples = sample_mail()
        logins = {"info": DEMO_COMPANY.info_email, "support": DEMO_COMPANY.support_email}
        for _name, mailbox, raw in samples:
            imap.append(logins[mailbox], raw)
        print(f"Embedded IMAP on {imap.host}:{imap.port}, SMTP sink on {smtp.host}:{smtp.port}; "
              f"{len(samples)} sample messages loaded into info@ and support@.\n")
        config = demo_config(workdir, imap, smtp, passwords)
        init_key_file(Path(config.keys.file))
        app = build_app(config)
        from ingest.pipeline import poll_mailbox

        for box in config.mailboxes:
            print(f"poll {box.name}: {poll_mailbox(app.pipeline, box).summary()}")
        sent = send_due(app.repo, config.smtp, max_attempts=config.worker.outbox_max_attempts,
                        batch_size=config.worker.outbox_batch_size)
        print(f"outbox: {sent.sent} sent, {sent.retrying} to retry, {sent.failed} failed\n")
        print("=" * 100)
        print("$ mailroom status\n")
        print(render_status(status(app.engine), config))
        print("\n" + "=" * 100)
        print(f"Replies received by the SMTP sink ({len(smtp.messages)}):")
        for mail in smtp.messages:
            print(describe_reply(mail))
        app.close()
    return 0


def describe_reply(mail: ReceivedMail) -> str:
    message = message_from_bytes(mail.data, policy=default_policy)
    text_part = message.get_body(preferencelist=("plain",))
    text = text_part.get_content() if text_part is not None else ""
    lines = [
        "-" * 100,
        f"To: {', '.join(mail.rcpt_tos)}",
        f"Subject: {message['Subject']}",
        f"In-Reply-To: {message['In-Reply-To']}    Auto-Submitted: {message['Auto-Submitted']}",
        "",
        text.strip(),
    ]
    return "\n".join(lines)
