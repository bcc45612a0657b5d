from __future__ import annotations

from email import message_from_bytes
from email.policy import default

from handlers.compose import compose_reply, safe_address, safe_msg_id
from handlers.decide import decide
from handlers.types import Classification


def test_safe_address_accepts_plain_addresses_only():
    assert safe_address("An.Nguyen@Gmail.com") == "an.nguyen@gmail.com"
    for bad in ("a@b", "x@y.vn, evil@z.vn", "a@b.vn\r\nBcc: evil@z.vn", "Name <a@b.vn>", "", None):
        assert safe_address(bad) is None


def test_safe_msg_id_rejects_injection():
    assert safe_msg_id("<abc.123@mail.gmail.com>") == "<abc.123@mail.gmail.com>"
    for bad in ("<a@b>\r\nBcc: x@y.vn", "no-brackets@x", "<a b@c>", None):
        assert safe_msg_id(bad) is None


def test_long_vietnamese_subject_survives_encoding():
    subject = "[TT-2026-000004] Xác nhận đã nhận yêu cầu hủy dữ liệu cá nhân của Quý khách và các bước tiếp theo"
    mail = compose_reply(subject=subject, text="x", html="<p>x</p>", recipient="a@b.vn", sender="info@thinhtrigroup.com",
                         sender_name="", in_reply_to=None, references=[])
    assert all(len(line) <= 78 for line in mail.mime.split(b"\r\n"))
    assert message_from_bytes(mail.mime, policy=default)["Subject"] == subject


def test_composed_reply_threads_and_marks_itself_automatic():
    mail = compose_reply(
        subject="[TT-2026-000001] Đã nhận yêu cầu", text="Kính gửi Quý khách", html="<p>Kính gửi</p>",
        recipient="an@gmail.com", sender="info@thinhtrigroup.com", sender_name="Thịnh Trí Group",
        in_reply_to="<m1@gmail.com>", references=["<m0@gmail.com>", "<bad\r\nx>"],
    )
    message = message_from_bytes(mail.mime, policy=default)
    assert message["In-Reply-To"] == "<m1@gmail.com>"
    assert message["References"] == "<m0@gmail.com> <m1@gmail.com>"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["Subject"] == "[TT-2026-000001] Đã nhận yêu cầu"
    assert message["Message-ID"].strip() == mail.message_id and mail.message_id.endswith("@thinhtrigroup.com>")
    assert message.get_body(("plain",)).get_content().strip() == "Kính gửi Quý khách"


def _c(intent="service_request", automated=False):
    return Classification(intent=intent, confidence=0.9, automated=automated, language="vi")


def test_decide_never_answers_automated_mail():
    d = decide(_c(automated=True), reply_address="a@b.vn", case_from_thread=None, case_from_same_mail=None)
    assert d.status == "ignored" and d.reply_kind is None and d.open_case is None


def test_decide_opens_case_with_deadline_for_data_requests():
    d = decide(_c("deletion_request"), reply_address="a@b.vn", case_from_thread=None, case_from_same_mail=None)
    assert (d.open_case, d.reply_kind, d.deadline_days) == ("deletion_request", "deletion_request", 20)
    d = decide(_c("complaint"), reply_address=None, case_from_thread=None, case_from_same_mail=None)
    assert d.open_case == "complaint" and d.reply_kind is None


def test_decide_joins_existing_cases_silently():
    d = decide(_c(), reply_address="a@b.vn", case_from_thread=7, case_from_same_mail=None)
    assert d.existing_case_id == 7 and d.reply_kind is None and d.open_case is None
    d = decide(_c(), reply_address="a@b.vn", case_from_thread=None, case_from_same_mail=9)
    assert d.status == "duplicate" and d.existing_case_id == 9 and d.reply_kind is None
