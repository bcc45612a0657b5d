"""parse_message: decoding, charsets, HTML, reply/signature splitting, attachments, hard failures."""

from __future__ import annotations

import unicodedata

import pytest

from ingest.errors import ParseError
from ingest.parse import parse_message, split_reply


def _raw(body: str | bytes, *, headers: str = "", ctype: str = "text/plain; charset=utf-8", cte: str = "8bit") -> bytes:
    head = (
        "From: =?UTF-8?B?VHLhuqduIFbEg24gQW4=?= <An.Tran@Gmail.com>\r\n"
        "To: info@thinhtrigroup.com, \"Hỗ trợ\" <support@thinhtrigroup.com>\r\n"
        "Subject: =?UTF-8?Q?Xin_t=C6=B0_v=E1=BA=A5n?=\r\n"
        "Date: Mon, 06 Apr 2026 10:00:00 +0700\r\n"
        "Message-ID: <m1@example.vn>\r\n"
        f"{headers}"
        "MIME-Version: 1.0\r\n"
        f"Content-Type: {ctype}\r\n"
        f"Content-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode("utf-8")
    return head + (body.encode("utf-8") if isinstance(body, str) else body)


def test_headers_are_decoded_and_addresses_normalised() -> None:
    msg = parse_message(_raw("Xin chào", headers="Reply-To: <Other@Example.VN>\r\nIn-Reply-To: <a@b>\r\nReferences: <a@b> <c@d>\r\n"))
    assert msg.subject == "Xin tư vấn"
    assert msg.from_name == "Trần Văn An"
    assert msg.from_addr == "an.tran@gmail.com"
    assert msg.to_addrs == ("info@thinhtrigroup.com", "support@thinhtrigroup.com")
    assert msg.reply_to == "other@example.vn"
    assert msg.message_id == "<m1@example.vn>"
    assert msg.in_reply_to == "<a@b>"
    assert msg.references == ("<a@b>", "<c@d>")
    assert msg.date is not None and msg.date.utcoffset() is not None
    assert msg.header("Subject") == "Xin tư vấn"
    assert msg.content_type == "text/plain"


def test_text_is_nfc_even_when_sent_decomposed() -> None:
    decomposed = unicodedata.normalize("NFD", "Tôi là Lê Thị Hoa")
    msg = parse_message(_raw(decomposed))
    assert msg.body_text == "Tôi là Lê Thị Hoa"
    assert unicodedata.is_normalized("NFC", msg.body_text)


def test_windows_1258_body_and_subject_are_composed() -> None:
    # Windows-1258 writes tones as separate combining bytes: "Thi\xf2" is T-h-i + dot below.
    body = b"T\xf4i l\xe0 L\xea Thi\xf2 Xu\xe2n Hoa, s\xf4\xec nh\xe0 (0292) 3812 604."
    raw = _raw(body, ctype='text/plain; charset="windows-1258"').replace(
        b"Subject: =?UTF-8?Q?Xin_t=C6=B0_v=E1=BA=A5n?=", b"Subject: =?windows-1258?Q?V=EA=CC_h=F4=CC_s=F5?="
    )
    assert b"Thi\xf2" in body  # really decomposed on the wire
    msg = parse_message(raw)
    assert msg.body_text == "Tôi là Lê Thị Xuân Hoa, số nhà (0292) 3812 604."
    assert msg.subject == "Về hồ sơ"
    assert msg.warnings == ()


def test_unknown_charset_falls_back_with_a_warning() -> None:
    raw = _raw(b"Xin ch\xe0o, s\xd0t 0903 123 456", ctype="text/plain; charset=x-viscii").replace(
        b"Subject: =?UTF-8?Q?Xin_t=C6=B0_v=E1=BA=A5n?=", b"Subject: =?x-viscii?Q?Xin_t=A4_v=DFn?="
    )
    msg = parse_message(raw)
    assert "0903 123 456" in msg.body_text
    assert msg.subject.startswith("Xin t")
    assert "charset-fallback:x-viscii" in msg.warnings


def test_wrong_charset_label_tries_utf8_then_windows_1258() -> None:
    msg = parse_message(_raw("Tôi là Hoa".encode("cp1258"), ctype="text/plain; charset=utf-8"))
    assert msg.body_text == "Tôi là Hoa"
    assert "charset-fallback:utf-8" in msg.warnings


def test_raw_8bit_utf8_header_is_read() -> None:
    raw = _raw("x").replace(b"Subject: =?UTF-8?Q?Xin_t=C6=B0_v=E1=BA=A5n?=", "Subject: Hỏi thủ tục".encode())
    assert parse_message(raw).subject == "Hỏi thủ tục"


def test_html_only_mail_becomes_text() -> None:
    html = (
        "<html><head><style>p{margin:0}</style></head><body><p>Kính gửi Công ty,</p>"
        "<p>Họ tên:&nbsp;Lê Văn Bình<br>ĐT:&nbsp;0905&nbsp;318&nbsp;264</p>"
        "<p>1. Hỏi về thủ tục</p></body></html>"
    )
    msg = parse_message(_raw(html, ctype="text/html; charset=utf-8"))
    assert "Họ tên: Lê Văn Bình" in msg.body_text
    assert "ĐT: 0905 318 264" in msg.body_text  # &nbsp; became a plain space
    assert "1. Hỏi về thủ tục" in msg.body_text  # no markdown escaping
    assert "<" not in msg.body_text and "margin" not in msg.body_text


def test_plain_part_preferred_over_html_alternative() -> None:
    body = (
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlain version\r\n"
        "--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML version</p>\r\n--B--\r\n"
    )
    msg = parse_message(_raw(body, ctype='multipart/alternative; boundary="B"'))
    assert msg.body_text == "Plain version"
    assert msg.content_type == "multipart/alternative"


def test_gmail_vietnamese_reply_keeps_only_new_text() -> None:
    body = (
        "Chị gọi lại cho tôi số 0976 051 328.\n\nThái Văn Sang\n\n"
        "Vào Th 6, 6 thg 3, 2026 vào lúc 15:20 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:\n\n"
        "> Kính gửi ông Sang,\n> Hotline 1800 63 65\n"
    )
    msg = parse_message(_raw(body))
    assert msg.new_text == "Chị gọi lại cho tôi số 0976 051 328.\n\nThái Văn Sang"
    assert "1800 63 65" in msg.body_text and "1800 63 65" not in msg.new_text


def test_english_reply_with_wrapped_attribution() -> None:
    body = "Yes, Thursday works.\n\nOn Fri, Mar 6, 2026 at 3:20 PM Thinh Tri Group <\ninfo@thinhtrigroup.com> wrote:\n> Hello\n"
    assert parse_message(_raw(body)).new_text == "Yes, Thursday works."


def test_outlook_header_block_and_original_message_are_cut() -> None:
    outlook = (
        "Please update my phone.\n\n________________________________\nFrom: Thinh Tri <info@thinhtrigroup.com>\n"
        "Sent: Monday, April 6, 2026 9:00 AM\nTo: Me <me@x.com>\nSubject: Case\n\nOld text"
    )
    assert parse_message(_raw(outlook)).new_text == "Please update my phone."
    original = "Thanks.\n\n-----Original Message-----\nFrom: a@b.vn\nOld"
    assert parse_message(_raw(original)).new_text == "Thanks."


def test_forwarded_message_is_not_the_senders_text() -> None:
    body = (
        "Please look at this scam.\n\n---------- Forwarded message ---------\nFrom: Bank <no@bank.vn>\n"
        "Date: Mon, Apr 6, 2026\nSubject: Verify\n\nCall 0909 999 888"
    )
    msg = parse_message(_raw(body))
    assert msg.new_text == "Please look at this scam."
    assert "0909 999 888" in msg.body_text


def test_interleaved_quote_lines_are_dropped() -> None:
    body = "> Which day suits you?\nThursday morning.\n> And the fee?\nFine."
    assert parse_message(_raw(body)).new_text == "Thursday morning.\nFine."


@pytest.mark.parametrize(
    ("body", "new", "signature"),
    [
        ("Nội dung.\n\nTrân trọng,\nĐoàn Minh Châu\nĐT: 0913 462 805", "Nội dung.", "Trân trọng,\nĐoàn Minh Châu\nĐT: 0913 462 805"),
        ("Noi dung.\nTran trong,\nLe Van A", "Noi dung.", "Tran trong,\nLe Van A"),
        ("Body text.\n\nBest regards,\nHenrik\nTel: (028) 3827 4410", "Body text.", "Best regards,\nHenrik\nTel: (028) 3827 4410"),
        ("Body.\n-- \nJohn Smith\nACME", "Body.", "-- \nJohn Smith\nACME"),
        ("Xin tư vấn.\n\nGửi từ iPhone của tôi", "Xin tư vấn.", "Gửi từ iPhone của tôi"),
        ("Question?\n\nSent from my iPhone", "Question?", "Sent from my iPhone"),
        ("No signature here.\nJust text.", "No signature here.\nJust text.", ""),
    ],
)
def test_signatures_are_cut_into_signature(body: str, new: str, signature: str) -> None:
    assert split_reply(body) == (new, signature)


def test_closing_word_inside_a_long_tail_is_not_a_signature() -> None:
    body = "Thanks\n" + "\n".join(f"line {i} of a long message that keeps going" for i in range(15))
    new, signature = split_reply("Intro\n" + body)
    assert signature == ""
    assert new.endswith("line 14 of a long message that keeps going")


def test_attachments_metadata_and_enclosed_message() -> None:
    body = (
        "--X\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee attached.\r\n"
        "--X\r\nContent-Type: application/pdf\r\n"
        "Content-Disposition: attachment; filename*=utf-8''H%E1%BB%A3p%20%C4%91%E1%BB%93ng.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nSGVsbG8gd29ybGQ=\r\n"
        "--X\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y.vn\r\nSubject: inner\r\n\r\nInner 0909 999 888\r\n"
        "--X--\r\n"
    )
    msg = parse_message(_raw(body, ctype='multipart/mixed; boundary="X"'))
    assert msg.body_text == "See attached."  # the enclosed mail is not the sender's text
    pdf, enclosed = msg.attachments
    assert (pdf.filename, pdf.content_type, pdf.size) == ("Hợp đồng.pdf", "application/pdf", 11)
    assert enclosed.content_type == "message/rfc822" and enclosed.filename is None


def test_delivery_report_keeps_report_type_and_notification_text() -> None:
    body = (
        "--R\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\nAction: failed\r\n"
        "--R--\r\n"
    )
    msg = parse_message(_raw(body, ctype='multipart/report; report-type=delivery-status; boundary="R"'))
    assert msg.content_type == "multipart/report"
    assert msg.body_text == "Your message could not be delivered."


def test_headers_only_message_is_tolerated() -> None:
    msg = parse_message(b"From: a@b.vn\r\nSubject: hi\r\n")
    assert (msg.subject, msg.from_addr, msg.body_text, msg.new_text, msg.signature) == ("hi", "a@b.vn", "", "", "")
    assert msg.from_name is None and msg.date is None


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n ", b"just some text\nwithout any headers\n", b"\x00\x01\x02garbage"])
def test_unreadable_input_raises_parse_error(raw: bytes) -> None:
    with pytest.raises(ParseError) as info:
        parse_message(raw)
    assert info.value.reason  # a reason staff can read
