"""Ingest benchmark: (a) bare IMAP fetch + mail-parser parse vs (b) the full pipeline into SQLite.

Starts its own Dovecot (as the test fixtures do), fills a mailbox with N realistic messages (Vietnamese
with and without diacritics, English, HTML, some with attachments, a few automated), then measures:
  (a) imapclient FETCH BODY.PEEK[] in batches + mailparser.parse_from_bytes of every message;
  (b) `poll --once` work for the same mailbox: fetch, parse, classify, extract, encrypt, one SQLite
      transaction per message (message, contact, case, outbox reply, cursor), and the IMAP flag;
and, separately, (c) sending the queued replies to an aiosmtpd sink.
The last line is `ratio: <b/a>`. Run: `make bench` or `.venv/bin/python bench/ingest.py --messages 5000`.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import tempfile
import time
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mailparser  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from ingest.pipeline import poll_mailbox  # noqa: E402
from mailroom.app import build_app  # noqa: E402
from mailroom.config import build_config  # noqa: E402
from mailroom.embedded import SmtpSink  # noqa: E402
from mailroom.logs import configure_logging  # noqa: E402
from mailroom.outbox import send_due  # noqa: E402
from storage.crypto import init_key_file  # noqa: E402
from tests.harness.dovecot import DovecotServer  # noqa: E402

LOGIN = "info@bench.thinhtrigroup.com"
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Đình", "Ngọc"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Hương", "Lan", "Long", "Mai", "Nam", "Phúc", "Quân", "Tú"]
VI_BODIES = [
    "Chào anh chị,\n\nTôi tên là {name}, sđt {phone}. Tôi cần tư vấn thành lập công ty TNHH, xin cho biết hồ sơ và chi phí.\n\nCảm ơn anh chị.\n{name}",
    "Kính gửi công ty,\n\nTôi là {name}. Tôi muốn khiếu nại vì hồ sơ đăng ký nhãn hiệu bị chậm, gọi hotline không ai nghe. Đề nghị công ty phản hồi.\nĐT: {phone}\n\nTrân trọng,\n{name}",
    "cong ty xoa giup so dien thoai {phone} cua toi khoi danh sach khach hang, toi khong co nhu cau nua.\n{name}",
    "Chào công ty, tôi là {name}. Tôi muốn xem lại thông tin cá nhân công ty đang lưu về tôi. SĐT {phone}.",
    "Em là {name}, em muốn sửa lại số điện thoại trong hồ sơ thành {phone} ạ. Em cảm ơn.",
]
EN_BODIES = [
    "Hello,\n\nMy name is {name}. I need advice on a work permit for a foreign employee. Please call me on {phone}.\n\nBest regards,\n{name}",
    "Dear team,\n\nPlease delete all personal data you hold about me. My phone is {phone}.\n\nKind regards,\n{name}",
]


def person(rng: random.Random) -> tuple[str, str, str]:
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    phone = f"09{rng.randint(0, 9)}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    email = f"customer{rng.randint(1, 10**6)}@gmail.com"
    return name, phone, email


def realistic_message(i: int, rng: random.Random) -> bytes:
    name, phone, email = person(rng)
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(display_name=name, addr_spec=email)
    message["To"] = LOGIN
    message["Date"] = "Tue, 24 Nov 2026 09:00:00 +0700"
    message["Message-ID"] = f"<bench-{i}@mail.gmail.com>"
    roll = rng.random()
    if roll < 0.03:  # out-of-office
        message["Subject"] = "Tự động trả lời: Lịch hẹn"
        message["Auto-Submitted"] = "auto-replied"
        message.set_content("Tôi đang nghỉ phép, sẽ trả lời khi quay lại.")
        return message.as_bytes()
    english = roll > 0.8
    body = rng.choice(EN_BODIES if english else VI_BODIES).format(name=name, phone=phone)
    message["Subject"] = "Request for advice" if english else "Yêu cầu tư vấn"
    body += "\n\n" + "\n".join("> " + line for line in ("Earlier message quoted below.\n" * rng.randint(0, 30)).splitlines())
    message.set_content(body)
    if rng.random() < 0.3:
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.splitlines()) + "</body></html>"
        message.add_alternative(html, subtype="html")
    if rng.random() < 0.1:  # a scanned document
        message.add_attachment(rng.randbytes(rng.randint(20_000, 300_000)), maintype="application", subtype="pdf",
                               filename="giay-to.pdf")
    return message.as_bytes()


def bare_fetch_and_parse(server: DovecotServer, password: str, batch: int) -> int:
    count = 0
    with IMAPClient(server.host, port=server.port, ssl=False) as client:
        client.login(LOGIN, password)
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["UID", "1:*"])
        for start in range(0, len(uids), batch):
            for _uid, data in client.fetch(uids[start:start + batch], ["BODY.PEEK[]"]).items():
                parsed = mailparser.parse_from_bytes(data[b"BODY[]"])
                _ = parsed.text_plain, parsed.subject
                count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=100, help="UIDs per FETCH")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--processes", type=int, default=1,
                        help="worker.prepare_processes for (b); 1 (one parser process beside the writer) "
                             "measured fastest on 2 cores")
    args = parser.parse_args()
    configure_logging("json", "error")
    rng = random.Random(args.seed)
    password = base64.b32encode(rng.randbytes(10)).decode()

    with tempfile.TemporaryDirectory(prefix="mailroom-bench-") as tmp, DovecotServer(users={LOGIN: password}) as server, SmtpSink() as sink:
        work = Path(tmp)
        started = time.perf_counter()
        messages = [realistic_message(i, rng) for i in range(args.messages)]
        total_bytes = sum(map(len, messages))
        server.bulk_deliver(LOGIN, messages)
        print(f"mailbox filled: {len(messages)} messages, {total_bytes / 1e6:.1f} MB, "
              f"{sum(1 for m in messages if b'giay-to.pdf' in m)} with attachments "
              f"({time.perf_counter() - started:.1f} s)")

        # warm Dovecot's index so (a) and (b) read the same way
        bare_fetch_and_parse(server, password, args.batch)

        t0 = time.perf_counter()
        parsed = bare_fetch_and_parse(server, password, args.batch)
        bare_seconds = time.perf_counter() - t0
        bare_rate = parsed / bare_seconds
        print(f"(a) fetch + mail-parser parse: {parsed} messages in {bare_seconds:.2f} s = {bare_rate:,.0f} messages/s")

        init_key_file(work / "mailroom.key")
        config = build_config(
            {
                "company": {
                    "name": "Công ty Hệ Thống Luật TNHH Thịnh Trí", "address": "57-59 Võ Thị Sáu, Q.3, Tp.HCM",
                    "hotline": "1800 63 65", "info_email": "info@thinhtrigroup.com",
                    "support_email": "support@thinhtrigroup.com",
                    "office_hours": [{"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "07:45", "closes": "17:15"}],
                },
                "mailboxes": {"info": {"host": server.host, "port": server.port, "security": "none", "user": LOGIN,
                                       "password_env": "BENCH_PASSWORD", "after": "flag"}},
                "smtp": {"host": sink.host, "port": sink.port, "security": "none"},
                "database": {"url": "sqlite:///mailroom.db"},
                "keys": {"file": "mailroom.key"},
                "worker": {"fetch_batch_size": args.batch, "prepare_processes": args.processes},
            },
            source="<bench>", base_dir=work, environ={"BENCH_PASSWORD": password},
        )
        app = build_app(config)
        app.pipeline.preparer.warm_up()  # a running service has its workers up already
        t0 = time.perf_counter()
        report = poll_mailbox(app.pipeline, config.mailboxes[0])
        pipeline_seconds = time.perf_counter() - t0
        if report.error:
            print(f"pipeline failed: {report.error}")
            return 1
        pipeline_rate = report.fetched / pipeline_seconds
        print(f"(b) full pipeline (poll --once, SQLite, prepare_processes={args.processes}): {report.fetched} messages in {pipeline_seconds:.2f} s = "
              f"{pipeline_rate:,.0f} messages/s  [{report.summary()}]")

        t0 = time.perf_counter()
        sent = 0
        while True:
            batch = send_due(app.repo, config.smtp, max_attempts=3, batch_size=500)
            sent += batch.sent
            if batch.sent == 0:
                break
        send_seconds = time.perf_counter() - t0
        print(f"(c) outbox to SMTP sink: {sent} replies in {send_seconds:.2f} s = {sent / send_seconds:,.0f} replies/s")
        print(f"database: {(work / 'mailroom.db').stat().st_size / 1e6:.1f} MB")
        app.close()
        print(f"ratio: {pipeline_rate / bare_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
