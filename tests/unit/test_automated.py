"""detect_automated: every RFC 3834 / common-practice signal fires alone; people's mail never does."""

from __future__ import annotations

import pytest

from handlers.automated import detect_automated
from ingest.parse import parse_message


def _msg(
    *,
    subject: str = "Hỏi thủ tục",
    sender: str = "Nguyễn Văn An <an@gmail.com>",
    headers: str = "",
    body: str = "Chào công ty, tôi muốn hỏi thủ tục ly hôn.",
    ctype: str = "text/plain; charset=utf-8",
):
    raw = (
        f"From: {sender}\r\nTo: info@thinhtrigroup.com\r\nSubject: {subject}\r\n"
        f"Date: Mon, 06 Apr 2026 10:00:00 +0700\r\n{headers}MIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}\r\n\r\n{body}\r\n"
    )
    return parse_message(raw.encode("utf-8"))


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("Auto-Submitted: auto-replied\r\n", "header:auto-submitted"),
        ("Auto-Submitted: auto-generated\r\n", "header:auto-submitted"),
        ("Precedence: bulk\r\n", "header:precedence-bulk"),
        ("Precedence: list\r\n", "header:precedence-list"),
        ("Precedence: junk\r\n", "header:precedence-junk"),
        ("List-Id: <news.example.vn>\r\n", "header:list-id"),
        ("List-Unsubscribe: <https://x.vn/u>\r\n", "header:list-unsubscribe"),
        ("X-Autoreply: yes\r\n", "header:x-autoreply"),
        ("X-Autorespond: vacation\r\n", "header:x-autorespond"),
        ("X-Auto-Response-Suppress: All\r\n", "header:x-auto-response-suppress"),
        ("Return-Path: <>\r\n", "header:return-path-null"),
    ],
)
def test_each_header_signal_alone_marks_mail_automated(headers: str, reason: str) -> None:
    automated, reasons = detect_automated(_msg(headers=headers))
    assert automated
    assert reason in reasons


def test_auto_submitted_no_is_a_person() -> None:
    assert detect_automated(_msg(headers="Auto-Submitted: no\r\n")) == (False, ())


@pytest.mark.parametrize(
    "sender",
    ["MAILER-DAEMON@mx.example.vn", "Mail Delivery System <mailer-daemon@mx.example.vn>", "postmaster@outlook.com"],
)
def test_daemon_senders(sender: str) -> None:
    automated, reasons = detect_automated(_msg(sender=sender, subject="Thư"))
    assert automated and any(r.startswith("sender:") for r in reasons)


def test_no_reply_sender_is_automated_unless_it_names_a_person_to_reply_to() -> None:
    assert detect_automated(_msg(sender="Ngân hàng <noreply@bank.vn>"))[0]
    relayed = _msg(sender="Website <no-reply@thinhtrigroup.com>", headers="Reply-To: khach@gmail.com\r\n")
    assert not detect_automated(relayed)[0]


def test_delivery_report_mime_type() -> None:
    body = "--R\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n--R--"
    msg = _msg(subject="Thư", ctype='multipart/report; report-type=delivery-status; boundary="R"', body=body)
    automated, reasons = detect_automated(msg)
    assert automated and "mime:multipart-report" in reasons


@pytest.mark.parametrize(
    "subject",
    [
        "Tự động trả lời: Thư mời hội thảo",
        "Trả lời tự động: Hồ sơ",
        "Tu dong tra loi: Ho so",
        "Automatic reply: Thư mời",
        "Auto-Reply: your message",
        "AutoReply",
        "Out of Office: Seminar",
        "Undeliverable: Thư mời",
        "Undelivered Mail Returned to Sender",
        "Delivery Status Notification (Failure)",
        "Mail delivery failed: returning message to sender",
        "[SPAM] Automatic reply: x",
    ],
)
def test_auto_reply_and_bounce_subjects(subject: str) -> None:
    automated, reasons = detect_automated(_msg(subject=subject))
    assert automated and "subject:auto-reply-or-bounce" in reasons


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Automatic reply: Trademark question",  # a person answering an auto-reply
        "Hỏi về chế độ vắng mặt tại phiên tòa",
        "Question about out of office hours service",
        "Đang nghỉ phép thì có bị sa thải không?",
        "Không gửi được hồ sơ qua email",
    ],
)
def test_peoples_subjects_are_not_automated(subject: str) -> None:
    assert detect_automated(_msg(subject=subject)) == (False, ())


def test_auto_reply_statement_in_body() -> None:
    body = "Kính gửi Quý khách,\nĐây là thư trả lời tự động. Chúng tôi sẽ phản hồi sớm."
    automated, reasons = detect_automated(_msg(subject="Re: Lịch hẹn", body=body))
    assert automated and "body:auto-reply-statement" in reasons


def test_quoted_auto_reply_statement_does_not_count() -> None:
    body = "Tôi vẫn cần được tư vấn.\n\nOn Mon, 6 Apr 2026, Thinh Tri <info@thinhtrigroup.com> wrote:\n> This is an automatic reply."
    assert detect_automated(_msg(subject="Re: Hỏi", body=body)) == (False, ())


def test_ordinary_customer_mail_is_not_automated() -> None:
    body = "Tôi đang nghỉ phép nhưng muốn hỏi: công ty có nhận tư vấn hợp đồng không?\nSent from my iPhone"
    assert detect_automated(_msg(body=body, headers="X-Mailer: iPhone Mail\r\n")) == (False, ())
