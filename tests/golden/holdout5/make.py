#!/usr/bin/env python3
"""Generate holdout set 5: 60 labelled customer e-mails for the Thinh Tri inbox classifier.

Run:  python3 make.py          -> writes p001.eml ... p060.eml and labels.json next to this file,
                                  then re-parses every file and checks the labelled values.
Only the standard library is used (email package for MIME building and parsing).
"""
import base64
import datetime as dt
import html
import io
import json
import os
import random
import re
import sys
import unicodedata
import uuid

import email
import email.base64mime
import email.charset
import email.header
import email.policy
import email.quoprimime
import email.utils
from email.generator import BytesGenerator
from email.message import Message

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20260305)
POLICY_OUT = email.policy.compat32.clone(linesep="\r\n")
INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"

# --------------------------------------------------------------------------- helpers

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258ify(s):
    """Turn NFC Vietnamese text into the mixed precomposed/combining form that windows-1258 can hold
    (what Outlook Express / Windows produce). NFC of the result equals NFC of the input and
    .encode('cp1258').decode('cp1258') round-trips exactly."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        for t in TONES:
            if t in d:
                base = unicodedata.normalize("NFC", d.replace(t, "", 1))
                base.encode("cp1258")
                out.append(base + t)
                break
        else:
            raise ValueError("cannot map %r to cp1258" % ch)
    r = "".join(out)
    assert r.encode("cp1258").decode("cp1258") == r
    assert unicodedata.normalize("NFC", r) == unicodedata.normalize("NFC", s)
    return r


def codec_for(charset):
    c = charset.lower()
    if c in ("x-unknown",):
        return "ascii"
    return c


def hcs(charset, enc):
    c = email.charset.Charset(charset)
    c.header_encoding = {"Q": email.charset.QP, "B": email.charset.BASE64}[enc]
    return c


def ew(text, charset="utf-8", enc="B", maxlen=64):
    """RFC 2047 encode text (unless plain ASCII); words separated by single spaces."""
    if charset.lower() == "windows-1258":
        text = cp1258ify(text)
    if text.isascii():
        return text
    s = email.header.Header(text, hcs(charset, enc), maxlinelen=maxlen).encode()
    s = re.sub(r"\r?\n[ \t]+", " ", s)
    if RNG.random() < 0.5:  # clients differ in the case of charset / encoding letters
        s = re.sub(r"=\?([^?]+)\?([bqBQ])\?", lambda m: "=?%s?%s?" % (m.group(1).upper() if m.group(1).lower() == "utf-8" else m.group(1), m.group(2).upper()), s)
    return s


def addr(name, address, charset="utf-8", enc="B", quote=False):
    if not name:
        return address
    if name.isascii():
        if quote or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, enc, maxlen=998), address)  # one encoded word per display name


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, flowed=False):
    m = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    for k, v in (extra or []):
        m[k] = v
    if charset.lower() == "windows-1258":
        text = cp1258ify(text)
    text = text.replace("\r\n", "\n")
    raw = text.replace("\n", "\r\n").encode(codec_for(charset))
    if cte == "base64":
        payload = email.base64mime.body_encode(raw, maxlinelen=76, eol="\r\n")
    elif cte == "quoted-printable":
        payload = email.quoprimime.body_encode(text.encode(codec_for(charset)).decode("latin-1"),
                                               maxlinelen=76, eol="\n")
    elif cte == "8bit":
        payload = text.encode(codec_for(charset)).decode("ascii", "surrogateescape")
    elif cte == "7bit":
        assert text.isascii()
        payload = text
    else:
        raise ValueError(cte)
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary, params=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, filename, inline=False, cid=None):
    m = Message()
    if filename.isascii():
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        m["Content-Disposition"] = '%s; filename="%s"' % ("inline" if inline else "attachment", filename)
    else:
        m["Content-Type"] = '%s; name="%s"' % (ctype, ew(filename, "utf-8", "B"))
        m.add_header("Content-Disposition", "inline" if inline else "attachment",
                     filename=("utf-8", "", filename))
    m["Content-Transfer-Encoding"] = "base64"
    if cid:
        m["Content-ID"] = "<%s>" % cid
    m.set_payload(email.base64mime.body_encode(data, maxlinelen=76, eol="\r\n"))
    return m


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1", "replace") + bytes(RNG.randrange(256) for _ in range(600))


def fake_jpg():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(RNG.randrange(256) for _ in range(1500)) + b"\xff\xd9")


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def to_html(text, style="gmail"):
    """Plain text -> simple mail-client style HTML; '>' lines become a blockquote."""
    lines = text.split("\n")
    chunks, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            chunks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                          'padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            quote.append(ln[1:].lstrip(" "))
            continue
        flush_quote()
        if style == "gmail":
            chunks.append("<div>%s</div>" % (html.escape(ln) if ln.strip() else "<br>"))
        else:
            chunks.append('<p class="MsoNormal">%s</p>' % (html.escape(ln) if ln.strip() else "&nbsp;"))
    flush_quote()
    body = "\n".join(chunks)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % body
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "</head>\n<body>\n%s\n</body></html>\n" % body)


TZ7 = dt.timezone(dt.timedelta(hours=7))


def date(day, hh, mm, ss=None, tz=7, month=3):
    tzinfo = dt.timezone(dt.timedelta(hours=tz))
    return dt.datetime(2026, month, day, hh, mm, RNG.randrange(60) if ss is None else ss, tzinfo=tzinfo)


def msgid(style, domain="gmail.com"):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")[:54]
    if style == "outlook":
        box = "SEZPR06MB%d" % RNG.randrange(1000, 9999)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (box, alnum(20, "0123456789ABCDEF"), box)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**6, 10**7),
                                               RNG.randrange(1772000000000, 1775000000000))
    if style == "oe":
        return "<000%s$%s$%s@PC>" % (hexs(9), hexs(8), hexs(8))
    return "<%s@%s>" % (uuid.UUID(int=RNG.getrandbits(128)), domain)


def boundary(style):
    if style == "gmail":
        return "000000000000" + hexs(16)
    if style == "outlook":
        return "_000_SEZPR06MB%d%s_" % (RNG.randrange(1000, 9999), alnum(24, "0123456789ABCDEF"))
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (RNG.randrange(10**6, 10**7), RNG.randrange(10**8, 10**9),
                                        RNG.randrange(1772000000000, 1775000000000))
    if style == "apple":
        return "Apple-Mail=_%s" % str(uuid.UUID(int=RNG.getrandbits(128))).upper()
    if style == "thunderbird":
        return "------------" + alnum(24)
    if style == "oe":
        return "----=_NextPart_000_%s_01DC%s.%s" % (hexs(4).upper(), hexs(4).upper(), hexs(8).upper())
    return "=_" + alnum(28)


CLIENT_HEADERS = {
    "gmail": [],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlookweb": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "yahoo": [("X-Mailer", "WebService/1.1.25198 YMailNorrin")],
    "yahooandroid": [("X-Mailer", "WebService/1.1.25198 YahooMailAndroidMobile")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.15_GA_4652 (ZimbraWebClient - GC134 (Win)/8.8.15_GA_4652)")],
    "oe": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "foxmail": [("X-Mailer", "Foxmail 6, 15, 201, 26 [cn]")],
    "none": [],
}

# --------------------------------------------------------------------------- entries

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


def C(name=None, phone=None, email_=None, address=None):
    return {"name": name, "phone": phone, "email": email_, "address": address}


NULLC = C()


def simple(e):
    """Build a message from an entry with the generic fields."""
    client = e.get("client", "gmail")
    mstyle = {"outlookweb": "outlook", "yahooandroid": "yahoo", "iphone": "apple"}.get(client, client)
    text = e.get("text")
    cs = e.get("charset", "utf-8")
    cte = e.get("cte", "quoted-printable")
    form = e.get("form", "plain")
    if form == "plain":
        body = leaf(text, "plain", cs, cte, flowed=e.get("flowed", False))
    elif form == "html":
        body = leaf(e.get("html") or to_html(text, e.get("hstyle", "gmail")), "html", cs, cte)
    elif form == "alt":
        body = multipart("alternative", [
            leaf(text, "plain", cs, cte),
            leaf(e.get("html") or to_html(text, e.get("hstyle", "gmail" if mstyle == "gmail" else "outlook")),
                 "html", cs, e.get("hcte", cte)),
        ], boundary(mstyle))
    else:
        raise ValueError(form)
    atts = e.get("attachments") or []
    if atts:
        body = multipart("mixed", [body] + [attachment(*a) for a in atts], boundary(mstyle))
    return body


def finish(e, body):
    top = Message()
    for k, v in e.get("pre_headers", []):
        top[k] = v
    fn, fa = e["from"]
    top["From"] = e.get("from_raw") or addr(fn, fa, e.get("hcharset", "utf-8"), e.get("henc", "B"))
    top["To"] = e.get("to", INFO)
    if e.get("cc"):
        top["Cc"] = e["cc"]
    top["Subject"] = ew(e["subject"], e.get("hcharset", "utf-8"), e.get("senc", e.get("henc", "B")))
    top["Date"] = email.utils.format_datetime(e["date"])
    client = e.get("client", "gmail")
    mstyle = {"outlookweb": "outlook", "yahooandroid": "yahoo", "iphone": "apple"}.get(client, client)
    dom = fa.split("@")[1]
    top["Message-ID"] = e.get("message_id") or msgid(mstyle, dom)
    for k, v in e.get("headers", []):
        top[k] = v
    for k, v in CLIENT_HEADERS.get(client, []):
        top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload  # keep raw (8bit surrogateescape) payload as is
    return top


# ---------------- service requests (14) ----------------

entry(key="S1", category="service_request", language="vi", client="gmail", form="alt",
      **{"from": ("Ngoc Anh Pham", "ngocanh.pham92@gmail.com")}, to=INFO,
      subject="Nhờ tư vấn: công ty không trả trợ cấp thôi việc", date=date(3, 21, 14),
      text="""Kính gửi Luật sư,

Em tên là Phạm Thị Ngọc Ánh, làm nhân viên kinh doanh tại Công ty TNHH Thiết bị Y tế Minh Khang (MST 0314725836) từ tháng 6/2019. Ngày 31/01/2026 công ty cho em nghỉ việc với lý do "tái cơ cấu", có quyết định bằng văn bản, nhưng tới nay đã hơn 1 tháng vẫn chưa thanh toán lương tháng 1, tiền phép năm còn lại và trợ cấp thôi việc. Em hỏi phòng nhân sự thì họ nói "chờ sếp duyệt", gọi mấy lần không ai nghe.

Em muốn hỏi:
1. Trường hợp của em công ty phải trả những khoản gì, trong thời hạn bao lâu?
2. Nếu em khiếu nại lên Phòng Lao động hoặc khởi kiện thì thủ tục thế nào, chi phí thuê luật sư bên mình khoảng bao nhiêu?

Em có đủ hợp đồng lao động, quyết định nghỉ việc và bảng lương các tháng. Luật sư cần thêm giấy tờ gì em xin gửi bổ sung ạ.

Số điện thoại của em: 0936 418 275 (Zalo cùng số). Em cảm ơn ạ.

--
Phạm Thị Ngọc Ánh
""",
      contact=C("Phạm Thị Ngọc Ánh", "+84936418275", "ngocanh.pham92@gmail.com"),
      note="Dispute with an employer is a service request. The employer's tax code 0314725836 (10 digits) is not a phone number.")

entry(key="S2", category="service_request", language="vi", client="thunderbird", form="plain", cte="8bit",
      flowed=True, **{"from": ("Đỗ Quang Huy", "quanghuy.do.1990@gmail.com")}, to=SUPPORT,
      subject="Chủ nhà không trả tiền cọc, xin tư vấn", date=date(6, 22, 40),
      text="""Chào anh/chị,

Tôi là Đỗ Quang Huy. Từ tháng 3/2024 tôi thuê phòng 302, 118/6 Bạch Đằng, Phường Bình Thạnh, TP.HCM và hiện vẫn đang ở đây. Hợp đồng thuê hết hạn ngày 15/3/2026, tôi đã báo trước 30 ngày bằng tin nhắn Zalo đúng như hợp đồng. Tiền cọc là 2 tháng tiền nhà (tổng 9.000.000đ).

Tuần trước chủ nhà (bà Châu, số 0908 551 203) nhắn là sẽ giữ lại toàn bộ tiền cọc vì "tường bị ố, phải sơn lại", trong khi lúc nhận phòng tường đã cũ sẵn, tôi có chụp ảnh lại. Bà ấy còn dọa nếu tôi không dọn đi đúng ngày sẽ cắt điện nước.

Nhờ luật sư tư vấn giúp tôi có đòi lại được tiền cọc không, nên làm những bước nào (gửi văn bản yêu cầu, hòa giải ở phường hay kiện ra tòa), và phí dịch vụ nếu văn phòng soạn giúp văn bản yêu cầu.

Số của tôi: +84 383 660 471. Tôi có thể ghé văn phòng buổi tối hoặc thứ Bảy.

Trân trọng,
Huy
""",
      contact=C("Đỗ Quang Huy", "+84383660471", "quanghuy.do.1990@gmail.com",
                "phòng 302, 118/6 Bạch Đằng, Phường Bình Thạnh, TP.HCM"),
      note="Landlord dispute = service request. Address given inline (the room he rents and lives in). The landlord's number 0908 551 203 is not the sender's.")

entry(key="S3", category="service_request", language="vi", client="yahoo", form="alt",
      **{"from": ("Bich Ngoc Luong", "bichngoc_luong@yahoo.com")}, to=INFO,
      subject="Nhà bên cạnh xây dựng làm nứt tường nhà tôi", date=date(10, 15, 5),
      text="""Kính gửi Công ty Luật Thịnh Trí,

Tôi tên Lương Thị Bích Ngọc.
Địa chỉ: 27 Lê Văn Việt, Phường Tăng Nhơn Phú, TP.HCM
Điện thoại: 0977.204.318

Từ tháng 12/2025, nhà số 29 bên cạnh (chủ nhà là ông Trịnh Văn Lực) đập nhà cũ xây lại 5 tầng. Trong lúc ép cọc và đào móng, tường nhà tôi bị nứt nhiều đường dài, nền gạch tầng trệt bị lún, cửa sổ không đóng được. Tôi đã báo UBND phường, phường có lập biên bản ngày 20/01/2026 nhưng bên xây dựng chỉ hứa "xong công trình sẽ sửa" và vẫn tiếp tục thi công.

Tôi gửi kèm vài hình chụp vết nứt. Xin Luật sư cho biết:
- Tôi có quyền yêu cầu tạm dừng thi công không?
- Cách xác định mức bồi thường (có cần thuê giám định độc lập không)?
- Nếu phải khởi kiện thì Công ty nhận làm trọn gói với chi phí bao nhiêu?

Mong sớm nhận phản hồi. Tôi thường ở nhà buổi chiều, Luật sư có thể gọi trước khi qua xem hiện trạng.

Trân trọng,
Lương Thị Bích Ngọc
""",
      attachments=[(fake_jpg(), "image/jpeg", "nut-tuong-phong-khach.jpg"),
                   (fake_jpg(), "image/jpeg", "nut-tuong-tang-2.jpg")],
      contact=C("Lương Thị Bích Ngọc", "+84977204318", "bichngoc_luong@yahoo.com",
                "27 Lê Văn Việt, Phường Tăng Nhơn Phú, TP.HCM"),
      note="Neighbour dispute = service request; labelled address; neighbour Trịnh Văn Lực is a third party.")

entry(key="S4", category="service_request", language="vi", client="outlook", form="plain", cte="base64",
      **{"from": ("CONG TY TNHH TM HA PHAT", "ketoan.haphat@gmail.com")}, to=INFO,
      from_raw='"CONG TY TNHH TM HA PHAT" <ketoan.haphat@gmail.com>',
      subject="Tranh chấp lãi suất khoản vay với ngân hàng – đề nghị báo phí", date=date(5, 9, 12),
      headers=[("Content-Language", "vi-VN")],
      text="""Kính gửi Quý Công ty,

Tôi là Hà Minh Tuấn, Giám đốc Công ty TNHH Thương mại Hà Phát (MST: 0316 284 519). Năm 2024 công ty chúng tôi ký Hợp đồng tín dụng số 0287/2024/HĐTD-DN với Ngân hàng TMCP Phương Nam – CN Tân Bình, hạn mức 3 tỷ đồng, lãi suất thả nổi bằng lãi suất tiết kiệm 12 tháng cộng biên độ 3,5%/năm.

Từ quý IV/2025 ngân hàng tự điều chỉnh biên độ lên 4,8% mà không có thông báo bằng văn bản, đồng thời thu thêm "phí quản lý tài khoản" không có trong hợp đồng. Số tiền bị thu chênh lệch tạm tính khoảng 86 triệu đồng, trích trực tiếp từ tài khoản 0071 0004 52318 của công ty. Chúng tôi đã gửi công văn hai lần nhưng ngân hàng chỉ trả lời chung chung.

Đề nghị Quý Công ty:
1. Rà soát hợp đồng tín dụng và các phụ lục;
2. Tư vấn phương án làm việc/khiếu nại với ngân hàng, hoặc khởi kiện nếu cần;
3. Báo phí dịch vụ và thời gian thực hiện.

Hồ sơ tôi sẽ gửi bản scan khi có báo phí. Anh chị vui lòng liên hệ trực tiếp tôi qua số di động 0903 157 826, và phản hồi qua email riêng của tôi: HMinhTuan.hp@gmail.com (hộp thư này là của bộ phận kế toán).

Trân trọng,
Hà Minh Tuấn
Giám đốc
CÔNG TY TNHH THƯƠNG MẠI HÀ PHÁT
ĐT: 028 6268 1195 – Fax: 028 6268 1196
DĐ: 0903 157 826
""",
      contact=C("Hà Minh Tuấn", "+84903157826", "hminhtuan.hp@gmail.com"),
      note="Company display name in From; sender is the director. Reply-to address given in body (mixed case, labelled lowercase) wins over From. Tax code, bank account, office and fax numbers are not the contact phone. Dispute with a bank = service request.")

entry(key="S5", category="service_request", language="vi", client="yahoo", form="plain",
      **{"from": ("Nhung Vu", "hongnhung.vu@yahoo.com")}, to=INFO,
      subject="Re: Xác nhận tiếp nhận hồ sơ thành lập công ty – Vũ Thị Hồng Nhung", date=date(16, 8, 31),
      headers=[("In-Reply-To", "<5b1e0c2a-7f0d-4c55-9a0e-2f8d1c7a9e41@thinhtrigroup.com>"),
               ("References", "<5b1e0c2a-7f0d-4c55-9a0e-2f8d1c7a9e41@thinhtrigroup.com>")],
      text="""Chào chị Quyên,

Em cảm ơn chị đã hướng dẫn hôm trước. Em gửi hồ sơ bản cứng qua văn phòng ngày 06/3 rồi, không biết đến giờ hồ sơ đăng ký thành lập công ty bên em đã nộp lên Sở chưa ạ? Bên em đang cần giấy chứng nhận và con dấu để kịp ký hợp đồng thuê mặt bằng trước 25/3 nên em hỏi thăm tiến độ một chút. Nếu còn thiếu giấy tờ gì chị nhắn em bổ sung liền nhé.

Em cảm ơn chị nhiều!

Nhung
Vũ Thị Hồng Nhung – 0348 925 617


Vào Thứ Tư, 4 tháng 3, 2026 lúc 10:02, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:

> Kính gửi chị Vũ Thị Hồng Nhung,
>
> Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã nhận yêu cầu thành lập Công ty TNHH Mỹ phẩm Hồng Lam của chị. Vui lòng gửi bản sao CCCD có chứng thực và hợp đồng thuê địa điểm đặt trụ sở về văn phòng.
>
> Chuyên viên phụ trách: Nguyễn Thị Lệ Quyên
> Công ty Hệ Thống Luật TNHH Thịnh Trí
> 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
> Hotline: 1800 63 65 | Email: info@thinhtrigroup.com
""",
      contact=C("Vũ Thị Hồng Nhung", "+84348925617", "hongnhung.vu@yahoo.com"),
      note="Polite progress follow-up from an existing client = service request. Quoted firm signature (hotline, address) is not the sender's.")

entry(key="S6", category="service_request", language="vi", client="none", form="html",
      **{"from": (None, "nguyenvanbay1958@gmail.com")}, to=INFO,
      subject="xin tư vấn chia thừa kế đất", date=date(12, 6, 50),
      message_id=msgid("gmail"),
      html="""<div dir="ltr"><div>Kính gửi văn phòng luật sư Thịnh Trí.</div>
<div>Tôi là Nguyễn Văn Bảy, năm nay 68 tuổi, ở ấp Tân Thuận, xã Bình Đức, tỉnh Đồng Tháp.</div>
<div>Cha mẹ tôi mất năm 2019 không để lại di chúc, để lại 1 thửa đất ruộng 4.200m2 (giấy chứng nhận số CS 04127 đứng tên mẹ tôi). Anh em chúng tôi có 5 người, một người em đã mất, có 2 con. Nay người em út đang canh tác muốn đứng tên hết, các anh chị em khác không đồng ý.</div>
<div>Xin hỏi luật sư: chia thừa kế trường hợp này thế nào, có phải ra tòa không, và văn phòng có nhận làm ở Đồng Tháp không.</div>
<div>Số CCCD của tôi 087058004127. Điện thoại: <b>0913.872.450</b> (gọi buổi sáng giúp tôi).</div>
<div>Cám ơn luật sư.</div>
<div>Nguyễn Văn Bảy</div></div>
""",
      contact=C("Nguyễn Văn Bảy", "+84913872450", "nguyenvanbay1958@gmail.com",
                "ấp Tân Thuận, xã Bình Đức, tỉnh Đồng Tháp"),
      note="HTML-only, From has no display name. CCCD 087058004127 and certificate number are not phone numbers.")

entry(key="S7", category="service_request", language="vi", client="gmail", form="plain", charset="utf-8", cte="7bit",
      **{"from": ("duyen tran", "myduyen.tran.1995@gmail.com")}, to=INFO,
      subject="hoi ve ly hon", date=date(8, 23, 17),
      text="""chao luat su a

e ten Tran Thi My Duyen, 30t, o Thu Duc. e muon hoi thu tuc ly hon don phuong vi chong e ko chiu ky don. tui e co 1 be 4 tuoi, e muon nuoi con. nha dat thi dung ten 2 vc mua sau khi cuoi.
- ly hon don phuong mat bao lau a?
- e co duoc nuoi con ko, chong e thu nhap cao hon e
- phi luat su tron goi bao nhieu a

e di lam gio hanh chinh nen luat su goi e sau 5h chieu dc ko a. sdt zalo e: 0789 514 362

e cam on
""",
      contact=C("Tran Thi My Duyen", "+84789514362", "myduyen.tran.1995@gmail.com"),
      note="Chat style without diacritics; informal self-introduction.")

entry(key="S8", category="service_request", language="vi", client="gmail", form="plain",
      **{"from": ("Vinh Le", "lequangvinh.it@gmail.com")}, to=SUPPORT,
      subject="Tu van kien nguoi ban laptop loi khong hoan tien", date=date(14, 11, 26),
      text="""Chao Thinh Tri,

Minh la Le Quang Vinh. Ngay 02/02/2026 minh mua 1 laptop Dell gia 23.490.000d tren gian hang "TechZone Official" (ma don 2502114478213), thanh toan bang the. Nhan hang may bi loi man hinh, minh gui tra trong 7 ngay theo chinh sach nhung shop noi may "bi roi vo" va tu choi hoan tien, goi hotline cua shop 1900 6035 thi chi hen.

Minh muon hoi:
1. Minh co the gui don khieu nai den co quan nao (san TMDT, Uy ban Canh tranh quoc gia...)?
2. Neu kien ra toa thi co dang khong voi so tien nay, chi phi luat su khoang bao nhieu?

Minh co video mo hop va tin nhan voi shop. SDT minh: +84 865 307 219.

Thanks,
Vinh
""",
      contact=C("Le Quang Vinh", "+84865307219", "lequangvinh.it@gmail.com"),
      note="Dispute with an online seller = service request ('khieu nai' is about the seller, not the firm). Order number and shop hotline 1900 6035 are not the sender's phone.")

entry(key="S9", category="service_request", language="vi", client="outlookweb", form="alt",
      **{"from": ("Ngo Thanh Tam", "tam.mamxanh@gmail.com")}, to=INFO,
      subject="RE: Nhãn hiệu MAM XANH - đơn số 4-2026-04817", senc="Q", date=date(19, 14, 3),
      headers=[("Thread-Topic", "=?utf-8?Q?Nh=C3=A3n_hi=E1=BB=87u_MAM_XANH_-_=C4=91=C6=A1n_s=E1=BB=91_4-2026-04817?="),
               ("In-Reply-To", "<7c3f2b10-1d4e-4a8b-9d33-5e0f6a2b8c11@thinhtrigroup.com>"),
               ("Content-Language", "vi-VN")],
      text="""Chao anh Khang,

Cam on anh da cap nhat hom truoc. Anh cho em hoi don nhan hieu "MAM XANH" cua tiem banh ben em (so don 4-2026-04817) hien da co ket qua tham dinh hinh thuc chua a? Ben em dang tinh in bao bi moi nen muon biet tien do de chu dong. Neu Cuc co yeu cau bo sung gi anh bao em nhe.

Cam on anh nhieu,
Ngo Thanh Tam
Tiem banh Mam Xanh
DT: 0916 228 504

________________________________
From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: Monday, February 9, 2026 3:45 PM
To: Ngo Thanh Tam <tam.mamxanh@gmail.com>
Subject: Nhãn hiệu MAM XANH - đơn số 4-2026-04817

Chào chị Tâm,

Công ty đã nộp đơn đăng ký nhãn hiệu MAM XANH lên Cục Sở hữu trí tuệ ngày 05/02/2026, số đơn 4-2026-04817. Thời gian thẩm định hình thức dự kiến 1-2 tháng. Chúng tôi sẽ thông báo ngay khi có kết quả.

Trần Minh Khang
Công ty Hệ Thống Luật TNHH Thịnh Trí
Hotline: 1800 63 65
""",
      contact=C("Ngo Thanh Tam", "+84916228504", "tam.mamxanh@gmail.com"),
      note="Progress follow-up of an existing client (new part without diacritics, quoted firm mail with diacritics). Trademark application number is not a phone.")

entry(key="S10", category="service_request", language="vi", client="gmail", form="plain", cte="base64",
      **{"from": ("Hung Dang", "dangvanhung.bd@gmail.com")}, to=INFO,
      subject="nho luat su tu van boi thuong tai nan giao thong", date=date(20, 19, 48),
      text="""Kinh gui luat su,
Toi ten Dang Van Hung, dia chi: so 45/2 duong DT743, khu pho Dong Tac, phuong Tan Dong Hiep, TP.HCM.
Ngay 14/02/2026 toi chay xe may thi bi xe tai bien so 61C-298.17 tong tu phia sau, toi bi gay tay phai, nam vien 12 ngay, xe hu nang. Cong an da lap bien ban, tai xe nhan loi. Cong ty van tai chu xe noi cho bao hiem giai quyet, con bao hiem thi noi phai doi ket luan cua cong an, den nay toi chua nhan dong nao, chi phi vien phi hon 40 trieu toi tu ung.
Toi muon nho luat su dai dien lam viec voi cong ty van tai va bao hiem de doi boi thuong (vien phi, mat thu nhap, sua xe). Xin cho biet chi phi.
Dien thoai: 0374-215-908
Cam on.
""",
      contact=C("Dang Van Hung", "+84374215908", "dangvanhung.bd@gmail.com",
                "so 45/2 duong DT743, khu pho Dong Tac, phuong Tan Dong Hiep, TP.HCM"),
      note="Labelled address without diacritics; licence plate is not a phone.")

entry(key="S11", category="service_request", language="en", client="gmail", form="alt",
      **{"from": ("Daniel Whitaker", "daniel.whitaker82@gmail.com")}, to=INFO,
      subject="Employer withholding salary and my passport - need advice", date=date(9, 16, 22),
      text="""Hello,

My name is Daniel Whitaker and I'm a British English teacher at a language centre in Tan Phong Ward (formerly District 7). I handed in my resignation on 2 March with 30 days' notice as required by my contract, and since then the centre has (a) not paid my February salary of 42,500,000 VND, and (b) refused to give back my passport, which they took "for the work permit renewal" in January. They now say they will only return it if I pay a "training fee" of 60 million VND which is not in my contract.

I have my labour contract (in English and Vietnamese), payslips and WhatsApp messages with the manager. My work permit number is 79-2025-0418/GPLD if that's useful.

Could you advise whether they are allowed to do this, and whether your firm could send a formal letter to the centre on my behalf? I'd also like to know your fees. I'm available any weekday after 4pm; my Vietnamese mobile is +84 (0) 932 618 405.

Many thanks,
Daniel
""",
      contact=C("Daniel Whitaker", "+84932618405", "daniel.whitaker82@gmail.com"),
      note="Employer dispute = service request. Phone written with a '(0)' trunk prefix.")

entry(key="S12", category="service_request", language="en", client="apple", form="alt",
      **{"from": ("Sophie Laurent", "s.laurent@lumiere-design.fr")}, to=INFO,
      subject="Setting up a design studio in HCMC – request for quotation", date=date(11, 10, 37, tz=1),
      text="""Dear Sir or Madam,

I am the founder of Lumière Design, a small interior design studio based in Paris. We are planning to open a 100% foreign-owned subsidiary in Ho Chi Minh City in Q3 2026 (interior design consultancy, possibly also trading of furniture).

Could you please let me know:
- the steps and timeline for the Investment Registration Certificate and Enterprise Registration Certificate;
- the minimum capital you would recommend for these business lines;
- your professional fees for the full package, including the work permit for one French manager;
- whether you can also help us review a lease for an office of about 80 m².

I will be in Saigon from 23 to 27 March and would be happy to meet at your office. The best number to reach me is my mobile +33 6 12 48 77 03 (also on WhatsApp).

Kind regards,

Sophie Laurent
Founder & Creative Director
Lumière Design
T. +33 1 42 68 53 90
M. +33 6 12 48 77 03
www.lumiere-design.fr
""",
      contact=C("Sophie Laurent", "+33612487703", "s.laurent@lumiere-design.fr"),
      note="Signature has office and mobile; she names the mobile as the best number.")

entry(key="S13", category="service_request", language="en", client="outlook", form="alt",
      **{"from": ("Sakura Components VN - Admin", "admin@sakuracomp.vn")}, to=INFO,
      from_raw='"Sakura Components VN - Admin" <admin@sakuracomp.vn>',
      subject="RE: [Thinh Tri] Debt recovery - Phuc Loc Mechanical", date=date(4, 13, 55),
      headers=[("Thread-Topic", "[Thinh Tri] Debt recovery - Phuc Loc Mechanical"),
               ("Thread-Index", "AQHcoV2x" + alnum(20)), ("Content-Language", "en-US")],
      text="""Dear Ms. Hoa,

Good afternoon. I would like to kindly ask for an update on our debt recovery case against Phuc Loc Mechanical JSC (unpaid invoices 0000412, 0000438 and 0000455, total VND 1,245,600,000). In your last email you mentioned the demand letter would be sent in the week of 23 February. Has Phuc Loc replied, or should we prepare for the next step?

No urgency, we just need to report to our head office in Osaka at month-end. Please call my mobile if easier.

Best regards,

Kenji Watanabe
General Director
Sakura Components Vietnam Co., Ltd.
Tel: +84 28 3770 2210 (ext. 105)
Mobile: 090 824 3617
Email: k.watanabe@sakuracomp.vn

-----Original Message-----
From: Lê Thị Hoa <info@thinhtrigroup.com>
Sent: Thursday, February 19, 2026 4:12 PM
To: admin@sakuracomp.vn
Subject: [Thinh Tri] Debt recovery - Phuc Loc Mechanical

Dear Mr. Watanabe,

Thank you for the signed engagement letter. We will finalise the demand letter to Phuc Loc Mechanical JSC and send it in the week of 23 February. We will keep you posted on any response.

Best regards,
Le Thi Hoa
Thinh Tri Law System Co., Ltd.
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
Hotline: 1800 63 65
""",
      contact=C("Kenji Watanabe", "+84908243617", "k.watanabe@sakuracomp.vn"),
      note="Company/admin display name in From; the writer is Kenji Watanabe, whose own e-mail in the signature wins over the shared From box. 'Call my mobile' -> mobile, not the switchboard. Polite progress follow-up = service request.")

entry(key="S14", category="service_request", language="en", client="gmail", form="alt",
      **{"from": ("Priya Raman", "priya.raman@gmail.com")}, to=SUPPORT,
      subject="Dispute with building management over fees and parking", date=date(24, 20, 9),
      text="""Hi there,

I'm Priya Raman, I own and live in apartment 12.07, Block B, The Sun Avenue, 28 Mai Chi Tho, An Khanh Ward, HCMC. Since January the management board has (1) raised the service fee from 16,500 to 24,000 VND/m² without a residents' meeting, and (2) cancelled my car parking slot because I "refused to pay the new fee". I've been paying the old rate by bank transfer every month.

I attach their notice and my letter to them (no response). Could you tell me whether the increase is lawful and whether you can represent me in a complaint to the ward / Department of Construction? What would it cost?

You can reach me on 090-371-2584 or on this email.

Thanks,
Priya
""",
      attachments=[(fake_pdf("Notice BQL"), "application/pdf", "Notice_BQL_Jan2026.pdf"),
                   (fake_pdf("Letter"), "application/pdf", "Letter_to_BQL_Priya_Raman.pdf")],
      contact=C("Priya Raman", "+84903712584", "priya.raman@gmail.com",
                "apartment 12.07, Block B, The Sun Avenue, 28 Mai Chi Tho, An Khanh Ward, HCMC"),
      note="'complaint to the ward' is about the building management, not the firm: service request. Inline address.")

# ---------------- access requests (7) ----------------

entry(key="A1", category="access_request", language="vi", client="gmail", form="plain",
      **{"from": ("Tran Minh Khoi", "khoi.tranminh@gmail.com")}, to=SUPPORT,
      subject="Yêu cầu cung cấp thông tin cá nhân đang được lưu trữ", date=date(2, 10, 18),
      text="""Kính gửi Bộ phận Chăm sóc khách hàng Thịnh Trí Group,

Tôi là Trần Minh Khôi. Tháng 8/2024 tôi có gửi email nhờ Công ty tư vấn về hợp đồng mua bán căn hộ, sau đó không sử dụng dịch vụ nữa.

Theo Chính sách bảo mật thông tin trên website thinhtrigroup.com (mục 6), tôi đề nghị Công ty cho tôi biết:
- Công ty hiện đang lưu trữ những thông tin cá nhân nào của tôi (họ tên, số điện thoại, địa chỉ, email, giấy tờ đã gửi kèm...);
- Thông tin đó đã từng được chia sẻ cho bên thứ ba nào chưa (ví dụ đối tác vận chuyển như chính sách có nêu);
- Thời gian Công ty dự kiến còn lưu trữ.

Xin gửi câu trả lời bằng văn bản qua email này. Nếu cần xác minh danh tính, anh/chị có thể gọi tôi theo số (+84) 906 243 819.

Trân trọng,
Trần Minh Khôi
""",
      contact=C("Trần Minh Khôi", "+84906243819", "khoi.tranminh@gmail.com"),
      note="From display name is unaccented ('Tran Minh Khoi'); name as written in the body.")

entry(key="A2", category="access_request", language="vi", client="outlookweb", form="alt", cte="base64",
      **{"from": ("Huỳnh Mỹ Linh", "mylinh.huynh@outlook.com")}, to=INFO,
      subject="Đề nghị cung cấp bản sao dữ liệu cá nhân và hồ sơ", date=date(13, 14, 44),
      headers=[("Content-Language", "vi-VN")],
      text="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Huỳnh Thị Mỹ Linh, CCCD số 079192013468, là khách hàng của Công ty trong vụ tranh chấp hợp đồng đặt cọc mua đất (đã kết thúc tháng 11/2025).

Tôi đề nghị Công ty cung cấp cho tôi bản sao toàn bộ dữ liệu cá nhân của tôi mà Công ty đang lưu giữ, bao gồm: thông tin liên hệ, các giấy tờ tôi đã nộp, biên bản làm việc, và file ghi âm các cuộc gọi tư vấn qua tổng đài (nếu có ghi âm).

Vui lòng gửi bản sao về email mylinh.huynh.work@gmail.com (tôi ít dùng hộp thư này).
Địa chỉ liên hệ: 212 Hai Bà Trưng, Phường Tân Định, TP.HCM
Điện thoại: 0938 - 627 - 104

Xin cảm ơn.
Huỳnh Thị Mỹ Linh
""",
      contact=C("Huỳnh Thị Mỹ Linh", "+84938627104", "mylinh.huynh.work@gmail.com",
                "212 Hai Bà Trưng, Phường Tân Định, TP.HCM"),
      note="Reply address in body differs from From; From display name is a shortened form. CCCD number is not a phone.")

entry(key="A3", category="access_request", language="vi", client="oe", form="plain",
      charset="windows-1258", hcharset="windows-1258", henc="Q", senc="B",
      **{"from": ("Phan Thị Thu Thủy", "thuthuy.phan56@yahoo.com")}, to=INFO,
      subject="Hỏi về thông tin cá nhân Công ty đang lưu", date=date(17, 7, 55),
      message_id=msgid("oe"),
      text="""Kính gửi Công ty Thịnh Trí,

Tôi là Phan Thị Thu Thủy, ở Thủ Dầu Một. Năm ngoái tôi có nhờ Công ty làm giúp thủ tục sang tên xe cho con gái. Gần đây tôi hay nhận thư và điện thoại mời chào từ chỗ khác nên muốn hỏi cho rõ:

Công ty đang giữ những thông tin gì của tôi, có giữ bản chụp giấy tờ tùy thân không, và có đưa thông tin của tôi cho ai khác không (tôi đọc trên trang web thấy có ghi là có thể gửi cho bên giao hàng).

Mong Công ty trả lời bằng thư này, hoặc gọi số nhà tôi (0274) 3 822 915 vào buổi sáng.

Cảm ơn Quý Công ty.
Phan Thị Thu Thủy
""",
      contact=C("Phan Thị Thu Thủy", "+842743822915", "thuthuy.phan56@yahoo.com"),
      note="windows-1258 body and headers with combining tone marks; values labelled in NFC. Home landline with area code. Asks what is held and who it was shared with: access, not complaint.")

entry(key="A4", category="access_request", language="vi", client="iphone", form="plain", cte="7bit",
      **{"from": ("Nam Nguyen", "hoangnam.ng97@gmail.com")}, to=INFO,
      subject="hoi thong tin ca nhan", date=date(21, 0, 32), message_id=msgid("apple", "gmail.com"),
      text="""hi ad, minh la Nguyen Hoang Nam, thang 10 nam ngoai co gui anh cccd + so ho khau qua mail info@ de hoi ve thu tuc sang ten nha. gio minh muon biet ben minh con luu nhung thong tin gi cua minh (anh cccd, sdt, dia chi...) thi gui lai list giup minh nha. ko can xoa dau, chi muon biet thoi.
sdt minh 0985442713
thanks ad

Sent from my iPhone
""",
      contact=C("Nguyen Hoang Nam", "+84985442713", "hoangnam.ng97@gmail.com"),
      note="Chat style; explicitly not a deletion ('ko can xoa').")

entry(key="A5", category="access_request", language="vi", client="gmail", form="alt",
      **{"from": ("Kim Oanh", "kimoanh.ly@gmail.com")}, to=SUPPORT,
      subject="Hoi ve du lieu ca nhan cua toi", date=date(25, 9, 3),
      text="""Kinh gui Thinh Tri Group,

Toi ten la Ly Thi Kim Oanh. Truoc day (2022-2025) toi lam ke toan cho Cong ty CP Dau tu An Khang, la khach hang thuong xuyen cua Thinh Tri, nen toi hay gui email va giay to cho quy cong ty. Nay toi da nghi viec.

Toi muon biet quy cong ty co dang luu thong tin ca nhan cua rieng toi hay khong (vi du ban chup CCCD, so dien thoai, chu ky mau khi lam thu tuc uy quyen), luu voi muc dich gi, va ai duoc tiep can. Xin gui cho toi danh sach cac du lieu do.

So dien thoai cua toi: +84.77.938.2046

Tran trong,
Ly Thi Kim Oanh
""",
      contact=C("Ly Thi Kim Oanh", "+84779382046", "kimoanh.ly@gmail.com"),
      note="Phone written with dots after +84.")

entry(key="A6", category="access_request", language="en", client="outlook", form="alt",
      **{"from": ("Becker, Thomas", "t.becker@rheinlog.de")}, to=SUPPORT,
      subject="Data subject access request - Thomas Becker", date=date(18, 9, 41, tz=1),
      headers=[("Content-Language", "de-DE")],
      text="""Dear Sir or Madam,

In 2025 your firm assisted our company with the registration of a representative office in Ho Chi Minh City, and I was the contact person. In that context I provided you with copies of my passport, CV and contact details.

Under Vietnam's Decree 13/2023/ND-CP on personal data protection, I kindly request:
1. confirmation whether you process personal data relating to me;
2. a copy of that data;
3. the purposes of processing and any third parties (including the shipping partners mentioned in your privacy policy) to whom it was disclosed;
4. how long you intend to keep it.

Please reply to this e-mail address. Thank you in advance.

Kind regards

Thomas Becker
Head of Legal
Rheinlog GmbH
Tel. +49 40 3571 2284
Fax +49 40 3571 2299
t.becker@rheinlog.de
""",
      contact=C("Thomas Becker", "+494035712284", "t.becker@rheinlog.de"),
      note="From display name is 'Becker, Thomas'; name as written in the signature. Fax number is not the phone.")

entry(key="A7", category="access_request", language="en", client="iphone", form="html",
      **{"from": ("Olivia Chen", "olivia.chen.sg@icloud.com")}, to=INFO,
      subject="My info", date=date(27, 12, 15, tz=8),
      html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Hi, could you please send me a copy of whatever personal info you have on file for me? I used the contact form on your website in Feb to ask about a visa extension and gave my passport number and phone. Just want to know what&#8217;s stored. Thanks!</div><div dir="ltr"><br></div><div dir="ltr">Olivia Chen</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div></div></body></html>
""",
      contact=C("Olivia Chen", None, "olivia.chen.sg@icloud.com"),
      note="HTML-only, short, no phone given.")

# ---------------- correction requests (7) ----------------

entry(key="C1", category="correction_request", language="vi", client="gmail", form="plain", cte="8bit",
      **{"from": ("Hoai Thuong", "hoaithuong.dang@gmail.com")}, to=INFO,
      subject="Sửa lại họ tên trong hợp đồng dịch vụ và hóa đơn", date=date(11, 16, 58),
      text="""Chào anh chị phòng Kế toán,

Em là Đặng Thị Hoài Thương, khách hàng hợp đồng dịch vụ số 112/2026/HĐDV-TT (tư vấn chuyển nhượng quyền sử dụng đất). Trên hợp đồng và hóa đơn điện tử bên mình gửi hôm 10/3, tên em bị ghi là "Đặng Thị Hoài Thường" (sai dấu). Em cần hóa đơn đúng tên để nộp cho công ty thanh toán nên nhờ anh chị điều chỉnh lại họ tên trong hồ sơ và xuất lại hóa đơn giúp em.

Các thông tin khác giữ nguyên. Nếu cần em ký biên bản điều chỉnh thì gọi em số 0967 381 240.

Em cảm ơn ạ.
Đặng Thị Hoài Thương
""",
      contact=C("Đặng Thị Hoài Thương", "+84967381240", "hoaithuong.dang@gmail.com"),
      note="The misspelled variant 'Đặng Thị Hoài Thường' also appears.")

entry(key="C2", category="correction_request", language="vi", client="gmail", form="alt",
      **{"from": ("Tôn Nữ Minh Châu", "minhchau.tonnu@gmail.com")}, to=SUPPORT,
      subject="Cập nhật địa chỉ nhận thư", date=date(23, 8, 20),
      text="""Kính gửi Thịnh Trí,

Tôi là Tôn Nữ Minh Châu, đang được Công ty hỗ trợ hồ sơ ly hôn thuận tình. Tôi đã chuyển nhà, nhờ Công ty cập nhật địa chỉ để gửi giấy tờ, thư mời của Tòa:

Địa chỉ cũ: 15 Phan Đình Phùng, Phường Phú Nhuận, TP.HCM (không còn ở nữa)
Địa chỉ mới: Căn hộ 7.12, chung cư Lavita Charm, 1 Trường Sơn, Phường Thủ Đức, TP.HCM

Số điện thoại vẫn là 0902 685 317.

Cảm ơn Công ty.
Minh Châu
""",
      contact=C("Tôn Nữ Minh Châu", "+84902685317", "minhchau.tonnu@gmail.com",
                "Căn hộ 7.12, chung cư Lavita Charm, 1 Trường Sơn, Phường Thủ Đức, TP.HCM"),
      note="Old address also present; contact address is the new one.")

entry(key="C3", category="correction_request", language="vi", client="outlook", form="alt",
      **{"from": ("Phòng Hành chính - Cty CP Xây dựng Đại Phong", "hanhchinh@daiphong.com.vn")}, to=SUPPORT,
      subject="V/v thay đổi số điện thoại và email liên hệ – anh Mai Xuân Trường", date=date(26, 10, 49),
      headers=[("Content-Language", "vi-VN")],
      text="""Kính gửi Thịnh Trí Group,

Tôi là Mai Xuân Trường, khách hàng cá nhân của Công ty (hồ sơ tranh chấp hợp đồng mua bán nhà ở, luật sư phụ trách: LS. Phạm Đức Long). Tôi nhờ bộ phận hành chính chỗ cũ gửi giúp email này vì hộp thư công ty của tôi đã bị khóa do tôi nghỉ việc.

Đề nghị Công ty cập nhật thông tin liên hệ của tôi như sau:
- Số điện thoại mới: +84 329 771 560 (số cũ 0912 004 839 đã hủy)
- Email mới: truong.maixuan@gmail.com (thay cho truongmx@daiphong.com.vn)

Mọi liên lạc sau này xin gửi về thông tin mới ở trên. Xin cảm ơn.

Mai Xuân Trường

--
Phòng Hành chính – Nhân sự
Công ty CP Xây dựng Đại Phong
ĐT: (028) 3845 6621 – Fax: (028) 3845 6620
""",
      contact=C("Mai Xuân Trường", "+84329771560", "truong.maixuan@gmail.com"),
      note="Sent from a company department mailbox on his behalf. New phone/e-mail win over old ones; department phone/fax are not his.")

entry(key="C4", category="correction_request", language="vi", client="gmail", form="plain", cte="base64",
      **{"from": ("Ngoc Han Vo", "ngochan.vo2001@gmail.com")}, to=INFO,
      subject="sua thong tin ngay sinh va so CCCD", date=date(7, 13, 30),
      text="""Chao anh chi,

Em la Vo Thi Ngoc Han, hom truoc em co lam ho so uy quyen nho cong ty lam thu tuc hoan thue TNCN. Em xem ban nhap giay uy quyen thi thay thong tin cua em bi nhap sai:
- Ngay sinh: ghi 12/08/2001, dung la 21/08/2001
- So CCCD: ghi 079301004512, dung la 079301004521

Nho anh chi sua lai trong ho so giup em roi gui em ban moi de em ky nha.
SDT cua em: 070 321 5986

Em cam on!
Ngoc Han
""",
      contact=C("Vo Thi Ngoc Han", "+84703215986", "ngochan.vo2001@gmail.com"),
      note="Two 12-digit CCCD numbers are not phones.")

entry(key="C5", category="correction_request", language="vi", client="outlookweb", form="alt",
      **{"from": ("Ly Gia Bao", "Bao.LyGia@hotmail.com")}, to=INFO,
      subject="doi email lien he", date=date(29, 21, 5),
      text="""Chao Thinh Tri,
Minh la Ly Gia Bao (khach hang ho so xin giay phep kinh doanh quan cafe Gia Bao). Minh sap khong dung email hotmail nay nua, nho ben minh doi email lien he trong ho so sang giabao.ly.work@gmail.com nhe. Sdt van giu 0828.417.653.
Cam on nhieu!
Bao
""",
      contact=C("Ly Gia Bao", "+84828417653", "giabao.ly.work@gmail.com"),
      note="New e-mail in body wins over the (mixed-case) From address.")

entry(key="C6", category="correction_request", language="en", client="gmail", form="alt",
      **{"from": ("Fiona McAllister", "fiona.mcallister@protonmail.com")}, to=INFO,
      subject="Correction of my surname on invoice INV-2026-00318", date=date(15, 18, 40),
      message_id="<%s=@protonmail.com>" % alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
      text="""Hello,

Thank you for the invoice for my temporary residence card application. Unfortunately my surname is misspelled on it and in the draft application form you sent: it reads "MacAlister" but the correct spelling (as in my passport) is McAllister, M-c-A-l-l-i-s-t-e-r.

Could you please correct it in your records and reissue invoice INV-2026-00318? Everything else is correct.

If you need to reach me, my number is +84 90 552 1847.

Best wishes,
Fiona McAllister
""",
      contact=C("Fiona McAllister", "+84905521847", "fiona.mcallister@protonmail.com"),
      note="Misspelled variant 'MacAlister' also appears.")

entry(key="C7", category="correction_request", language="en", client="outlook", form="plain",
      **{"from": ("Arjun Mehta", "arjun.mehta@tridentpack.com")}, to=SUPPORT,
      subject="Update of contact details - Trident Packaging", date=date(30, 11, 2),
      text="""Dear Thinh Tri team,

Please update my personal contact details in your client file (matter: Trident Packaging Vietnam - factory lease review):

Mobile: +84 888 402 915 (my old number +84 903 118 276 is no longer in use)
Email: arjun.mehta@tridentpack.com (previously arjun.m@tridentpack.vn, which will be deactivated at the end of March)

Kindly confirm once done.

Regards,
Arjun Mehta
Country Manager, Trident Packaging Vietnam
Tel: +84 274 3678 912
""",
      contact=C("Arjun Mehta", "+84888402915", "arjun.mehta@tridentpack.com"),
      note="Old mobile and old e-mail present; office line in signature. The new mobile is the contact phone.")

# ---------------- deletion requests (7) ----------------

entry(key="D1", category="deletion_request", language="vi", client="gmail", form="plain",
      **{"from": ("Lam Quoc Thang", "lqthang@gmail.com")}, to=SUPPORT,
      subject="ĐỀ NGHỊ XÓA DỮ LIỆU CÁ NHÂN", date=date(2, 15, 33),
      text="""Kính gửi: Công ty Hệ Thống Luật TNHH Thịnh Trí

Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và mục 3 Chính sách bảo mật thông tin của Quý Công ty, tôi đề nghị Quý Công ty xóa toàn bộ dữ liệu cá nhân của tôi đang lưu trữ (bao gồm thông tin liên hệ và bản sao giấy tờ đã gửi khi hỏi tư vấn tháng 5/2025), đồng thời không sử dụng thông tin của tôi cho bất kỳ mục đích nào khác.

Thông tin để đối chiếu:
Họ và tên: Lâm Quốc Thắng
Số điện thoại: 0918 226 473
Email: lqthang@gmail.com
Địa chỉ: 9 Nguyễn Trãi, Phường Ninh Kiều, TP. Cần Thơ

Đề nghị Quý Công ty xác nhận bằng email sau khi hoàn tất.

Trân trọng,
Lâm Quốc Thắng
""",
      contact=C("Lâm Quốc Thắng", "+84918226473", "lqthang@gmail.com", "9 Nguyễn Trãi, Phường Ninh Kiều, TP. Cần Thơ"),
      note="Formal request with labelled identification block.")

entry(key="D2", category="deletion_request", language="vi", client="gmail", form="plain", cte="8bit",
      **{"from": ("Yến Bạch", "bachyen.1988@gmail.com")}, to=INFO,
      subject="Xin xóa số điện thoại khỏi danh sách gửi tin", date=date(9, 12, 7),
      text="""Chào Thịnh Trí,

Mình là Bạch Thị Yến. Năm ngoái mình có gọi tổng đài 1800 63 65 hỏi về thủ tục sang tên sổ hồng, từ đó đến giờ số của mình (+84 357 092 618) thường xuyên nhận tin nhắn mời hội thảo và khuyến mãi dịch vụ của bên mình.

Mình không còn nhu cầu nữa nên nhờ bên mình xóa số điện thoại, email và các thông tin khác của mình khỏi hệ thống/danh sách khách hàng giúp mình nhé. Cảm ơn nhiều!

Bạch Thị Yến
""",
      contact=C("Bạch Thị Yến", "+84357092618", "bachyen.1988@gmail.com"),
      note="Firm hotline 1800 63 65 quoted back. Polite tone; dominant intent is deletion.")

entry(key="D3", category="deletion_request", language="vi", client="gmail", form="html", cte="base64",
      **{"from": ("Kieu Van Dinh", "kieuvandinh.kt@gmail.com")}, to=INFO,
      subject="Đề nghị hủy hồ sơ và thông tin cá nhân sau khi kết thúc vụ việc", date=date(4, 17, 21),
      html="""<div dir="ltr"><p>Kính gửi Thịnh Trí Group,</p>
<p>Vụ việc tranh chấp hợp đồng góp vốn của tôi do Công ty đại diện đã kết thúc bằng hòa giải thành ngày 27/02/2026, phí dịch vụ tôi đã thanh toán đủ. Cảm ơn Công ty đã hỗ trợ.</p>
<p>Theo mục 3 chính sách bảo mật (dữ liệu &quot;sẽ bị hủy khi có yêu cầu từ khách hàng&quot;), tôi đề nghị Công ty <b>hủy</b> các bản sao giấy tờ tùy thân, sao kê ngân hàng và thông tin liên lạc của tôi trong hệ thống, chỉ giữ lại những gì pháp luật bắt buộc phải lưu (nếu có), và cho tôi biết những tài liệu nào còn phải giữ.</p>
<p>Trân trọng,<br>
Kiều Văn Định<br>
ĐT: 0937-508-112</p></div>
""",
      contact=C("Kiều Văn Định", "+84937508112", "kieuvandinh.kt@gmail.com"),
      note="'hủy hồ sơ' here means destroying stored personal data (deletion), not cancelling a service; contains thanks but deletion dominates. HTML-only base64.")

entry(key="D4", category="deletion_request", language="vi", client="gmail", form="alt",
      **{"from": ("Thu Hoang", "anhthu.hoang.0803@gmail.com")}, to=INFO,
      subject="xoa thong tin", date=date(22, 22, 58),
      text="""chao ban, minh la Hoang Anh Thu, tuan truoc co dien form tren web hoi ve phi lam visa. minh ko dung dich vu nua nen nho ben ban xoa het thong tin cua minh (ten, sdt, email) giup minh nha, dung goi hay gui mail nua. cam on ban
""",
      contact=C("Hoang Anh Thu", None, "anhthu.hoang.0803@gmail.com"),
      note="Chat style; no phone number given.")

entry(key="D5", category="deletion_request", language="vi", client="foxmail", form="plain",
      charset="x-unknown", cte="7bit",
      **{"from": ("Dinh Cong Thanh", "dcthanh@vnn.vn")}, to=INFO,
      subject="De nghi xoa thong tin ca nhan", date=date(13, 8, 2),
      message_id="<2026031308%s@vnn.vn>" % alnum(12, "0123456789"),
      text="""Kinh gui Cong ty He Thong Luat TNHH Thinh Tri,

Toi ten la Dinh Cong Thanh, sinh nam 1965. Thang 9/2025 toi co nho Cong ty tu van ve viec lap vi bang, nay viec da xong.

Toi de nghi Cong ty xoa cac thong tin ca nhan cua toi (ho ten, so dien thoai, dia chi, ban chup CMND) ra khoi he thong va khong lien lac voi toi de gioi thieu dich vu nua.

Neu can xac nhan, xin goi so 0912 668 835.

Tran trong,
Dinh Cong Thanh
""",
      contact=C("Dinh Cong Thanh", "+84912668835", "dcthanh@vnn.vn"),
      note="Body is plain ASCII but labelled with an unknown charset (x-unknown); decoders must fall back.")

entry(key="D6", category="deletion_request", language="en", client="gmail", form="alt",
      **{"from": ("Lucía Fernández", "lucia.fernandez.m@gmail.com")}, henc="Q", to=SUPPORT,
      subject="Request for erasure of my personal data", date=date(19, 17, 45, tz=1),
      text="""Dear Thinh Tri Group,

I contacted you in 2024 about a tenancy question while I was living in Saigon. I have since moved back to Spain, but I keep receiving your newsletter (see footer below) and I no longer wish you to hold my data.

Please erase all personal data you hold about me (name, e-mail, phone number and the copy of my passport I sent) and unsubscribe me from all mailings. Please confirm in writing once this has been done.

For identification: Lucía Fernández, e-mail lucia.fernandez.m@gmail.com. My current postal address is Calle de Alcalá 112, 3º B, 28009 Madrid, Spain.

Thank you,
Lucía Fernández

---
[footer of your newsletter of 2 March 2026]
Công ty Hệ Thống Luật TNHH Thịnh Trí | 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM | Hotline 1800 63 65 | Hủy đăng ký
""",
      contact=C("Lucía Fernández", None, "lucia.fernandez.m@gmail.com", "Calle de Alcalá 112, 3º B, 28009 Madrid, Spain"),
      note="Quoted firm newsletter footer (firm address and hotline) is not the sender's; her own address is given. No phone.")

entry(key="D7", category="deletion_request", language="en", client="gmail", form="plain",
      **{"from": ("Chau Nguyen", "chau.nguyen.b@gmail.com")}, to=INFO,
      subject="Please delete my data", date=date(28, 9, 37),
      text="""Hello,

Please remove my personal information from your database and mailing list. I asked for a quote in January but decided not to go ahead.

Full name: Nguyen Bao Chau
Phone: +84 939 257 146

Thank you.
Chau
""",
      contact=C("Nguyen Bao Chau", "+84939257146", "chau.nguyen.b@gmail.com"),
      note="From display name 'Chau Nguyen' is a Westernised order; full name as written in the body.")

# ---------------- complaints about the firm (9) ----------------

entry(key="K1", category="complaint", language="vi", client="gmail", form="plain", cte="8bit",
      **{"from": ("Lý Thanh Phong", "lythanhphong79@gmail.com")}, to=INFO,
      subject="Khiếu nại: đã đóng phí nhưng 3 tuần không ai liên hệ", date=date(10, 8, 45),
      text="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Ngày 09/02/2026 tôi ký hợp đồng dịch vụ soạn đơn khởi kiện đòi nợ và đã chuyển khoản đủ 15.000.000đ (phiếu thu số 0026417). Luật sư phụ trách hứa trong 10 ngày làm việc sẽ gửi bản thảo đơn cho tôi xem.

Đến nay đã gần một tháng, tôi gọi tổng đài 4 lần, lần nào cũng được hẹn "luật sư sẽ gọi lại" nhưng không ai gọi. Email gửi ngày 24/02 cũng không được trả lời. Vụ việc của tôi sắp hết thời hiệu, nếu chậm trễ gây thiệt hại thì Công ty phải chịu trách nhiệm.

Tôi đề nghị Công ty trả lời bằng văn bản trước ngày 13/3: hoặc giao bản thảo đơn, hoặc hoàn lại toàn bộ phí.

Lý Thanh Phong
0909 312 647
""",
      contact=C("Lý Thanh Phong", "+84909312647", "lythanhphong79@gmail.com"),
      note="Receipt number is not a phone.")

entry(key="K2", category="complaint", language="vi", client="gmail", form="alt",
      **{"from": ("Diễm My Cao", "diemmy.cao@gmail.com")}, to=SUPPORT,
      subject="Phản ánh nghi lộ thông tin cá nhân sau khi liên hệ Công ty", date=date(6, 11, 30),
      text="""Kính gửi Ban quản trị Thịnh Trí Group,

Tôi là Cao Thị Diễm My. Ngày 02/3 tôi gửi email vào info@thinhtrigroup.com hỏi về thủ tục vay thế chấp và tranh chấp với ngân hàng, có ghi số điện thoại 0376 845 190. Số này tôi mới đăng ký, chỉ dùng đúng một lần để liên hệ Công ty.

Chỉ 2 ngày sau tôi liên tục nhận cuộc gọi từ các bên cho vay và một "văn phòng luật" khác, có người gọi từ số 0587 333 912 còn đọc đúng tên tôi và nội dung tôi hỏi. Tôi rất bức xúc vì chính sách của Công ty ghi rõ không tiết lộ thông tin cho bên thứ ba vì mục đích tiếp thị.

Đề nghị Công ty kiểm tra, giải thích vì sao thông tin của tôi bị lộ và cho biết biện pháp xử lý, theo đúng mục 7 chính sách bảo mật.

Cao Thị Diễm My
""",
      contact=C("Cao Thị Diễm My", "+84376845190", "diemmy.cao@gmail.com"),
      note="Suspected data leak by the firm = complaint. The caller's number 0587 333 912 is not the sender's.")

entry(key="K3", category="complaint", language="vi", client="zimbra", form="plain",
      **{"from": ("Loc Nguyen Huu", "huuloc.nguyen@fpt.vn")}, to=INFO,
      subject="Góp ý về thái độ nhân viên tổng đài", date=date(12, 10, 14),
      message_id="<%d.%d.1773284%s.JavaMail.zimbra@fpt.vn>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**6, 10**7), alnum(6, "0123456789")),
      text="""Chào Công ty,

Sáng nay (12/3) khoảng 9h30 tôi gọi hotline 1800 63 65 để hỏi lịch hẹn với luật sư về hồ sơ công chứng hợp đồng mua bán xe. Nhân viên nữ nghe máy trả lời rất cộc lốc, nói tôi "tự đọc email đi", rồi cúp máy ngang khi tôi đang hỏi. Tôi gọi lại thì không ai nghe.

Tôi là khách hàng đã trả phí, không chấp nhận cách phục vụ như vậy. Mong Công ty xem lại ghi âm cuộc gọi, nhắc nhở nhân viên và phản hồi cho tôi.

Nguyễn Hữu Lộc
ĐT: 0914.520.386
""",
      contact=C("Nguyễn Hữu Lộc", "+84914520386", "huuloc.nguyen@fpt.vn"),
      note="'Góp ý' (feedback) wording but it is a complaint about staff. Firm hotline quoted; From display name reorders the name.")

entry(key="K4", category="complaint", language="vi", client="gmail", form="alt",
      **{"from": ("Lan Anh Trinh", "lananh.trinh@gmail.com")}, to=INFO,
      subject="Fwd: Thông báo phí dịch vụ tháng 3 – HĐ 087/2025", date=date(10, 9, 58),
      text="""Chị/anh phụ trách kế toán ơi,

Em chuyển tiếp lại email báo phí bên mình gửi. Hợp đồng 087/2025 ghi rõ phí trọn gói 25.000.000đ (đã gồm VAT), em đã thanh toán 2 đợt đủ rồi. Giờ bên mình lại báo thêm "phí phát sinh" 8.500.000đ mà không hề báo trước, cũng không giải thích phát sinh việc gì. Em thấy làm vậy là không đúng hợp đồng, rất thất vọng.

Nhờ bên mình kiểm tra và trả lời em sớm. SĐT em 0395 627 018.

Trịnh Thị Lan Anh

---------- Forwarded message ---------
Từ: Kế toán Thịnh Trí <ketoan@thinhtrigroup.com>
Date: Th 2, 9 thg 3, 2026 lúc 14:20
Subject: Thông báo phí dịch vụ tháng 3 – HĐ 087/2025
To: <lananh.trinh@gmail.com>


Kính gửi chị Trịnh Thị Lan Anh,

Công ty xin thông báo phí phát sinh đối với Hợp đồng 087/2025: 8.500.000 đồng.
Vui lòng chuyển khoản vào tài khoản số 1903 5587 2210 18 – Techcombank – CN Sài Gòn, nội dung: "087/2025 Lan Anh".

Mọi thắc mắc xin liên hệ: 1800 63 65 (nhánh 2)
Phòng Kế toán – Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
      contact=C("Trịnh Thị Lan Anh", "+84395627018", "lananh.trinh@gmail.com"),
      note="Forward of the firm's own fee notice; its bank account and hotline are not the sender's.")

entry(key="K5", category="complaint", language="vi", client="yahooandroid", form="plain", cte="7bit",
      **{"from": ("Minh Tri Quach", "quachminhtri.vn@yahoo.com")}, to=INFO,
      subject="lam an kieu gi vay???", date=date(19, 16, 40),
      text="""3 ngay roi ma van chua ai goi lai cho toi!!! thu 2 toi len van phong nop ho so, nhan vien hen chieu thu 3 luat su goi tu van, toi cho ca ngay ko ai goi, goi hotline thi bao luat su ban. bay gio thu 5 roi.
lam an kieu nay thi dung nhan khach. toi can gap nguoi co trach nhiem giai quyet, khong thi tra ho so lai cho toi.
Quach Minh Tri - 0944 815 327

Sent from Yahoo Mail on Android
""",
      contact=C("Quach Minh Tri", "+84944815327", "quachminhtri.vn@yahoo.com"),
      note="Angry chat-style complaint without diacritics.")

entry(key="K6", category="complaint", language="vi", client="gmail", form="alt",
      **{"from": ("Chau Ngoc Diep", "ngocdiep.chau@gmail.com")}, to=SUPPORT,
      subject="Cong ty gui nham ho so cua nguoi khac cho toi", date=date(18, 8, 15),
      text="""Kinh gui Thinh Tri,

Toi la Chau Ngoc Diep, khach hang dang lam thu tuc cap lai so do. Hom qua (17/3) toi nhan duoc email tu chuyen vien cua cong ty, file dinh kem lai la ho so cua mot nguoi khac ten Nguyen Van Sang, co ca anh CCCD, so dien thoai 0903 447 120 va dia chi nha cua ong ay.

Toi da xoa email do, nhung toi rat lo: neu cong ty gui nham ho so cua nguoi khac cho toi thi ho so cua toi cung co the bi gui nham cho nguoi la. Day la viec rat nghiem trong. De nghi cong ty kiem tra lai quy trinh, cho toi biet ho so cua toi co bi gui cho ai khong va tra loi bang van ban.

Toi lien lac duoc qua so 086 614 2593.

Chau Ngoc Diep
""",
      contact=C("Chau Ngoc Diep", "+84866142593", "ngocdiep.chau@gmail.com"),
      note="Data mishandling by the firm = complaint (also asks who received her file, but complaint dominates). Third party Nguyen Van Sang and his phone are not the sender's.")

entry(key="K7", category="complaint", language="en", client="thunderbird", form="plain",
      **{"from": ("Mark Sullivan", "mark.sullivan@sullivanconsult.com")}, to=SUPPORT,
      subject="Re: Work permit application - status", date=date(17, 13, 26),
      headers=[("In-Reply-To", "<a8d2e6f1-3b4c-4e9a-b7d1-0c5f2e8a9b33@thinhtrigroup.com>")],
      text="""Hi Thanh,

With respect, this is not acceptable. I signed the engagement on 5 January and paid the full fee of 18 million VND. I was told the work permit would be issued "within 3-4 weeks". It is now mid-March, I have had to postpone my start date twice, and the only update I get is the same template reply below. Nobody has told me what is missing or what the Department of Home Affairs actually asked for.

I would like a call from the partner in charge this week and a clear timeline in writing. Otherwise I will ask for a refund.

Mark Sullivan
+84 93 847 2016

On 10/03/2026 09:15, Thinh Tri Group wrote:
> Dear Mr. Sullivan,
>
> Thank you for your email. Your application is being processed by the competent authority. We will update you as soon as there is news.
>
> For urgent matters please call our hotline 1800 63 65.
>
> Thinh Tri Law System Co., Ltd.
> 57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
""",
      contact=C("Mark Sullivan", "+84938472016", "mark.sullivan@sullivanconsult.com"),
      note="Reply to the firm's template; quoted firm hotline/address are not the sender's. Unlike a polite follow-up, this is a complaint about delay.")

entry(key="K8", category="complaint", language="en", client="outlookweb", form="html",
      **{"from": ("Hannah Lee", "hannah.lee.saigon@outlook.com")}, to=INFO,
      subject="Charged for a \"free\" consultation", date=date(7, 10, 5),
      html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Hello,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Your website and Facebook ad say the first 30-minute consultation is free. I came to your office on 6 March for exactly 30 minutes, and at the end the receptionist asked me to pay 1,000,000 VND as a &quot;consultation fee&quot;. I paid because I was embarrassed, but I feel misled.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">I'd like a refund and an explanation.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">Regards,<br>Hannah Lee</div>
</body>
</html>
""",
      contact=C("Hannah Lee", None, "hannah.lee.saigon@outlook.com"),
      note="HTML-only; no phone.")

entry(key="K9", category="complaint", language="en", client="outlook", form="alt",
      **{"from": ("Blue Harbor Trading Co., Ltd", "ops@blueharbortrading.vn")}, to=INFO,
      cc="director@blueharbortrading.vn",
      subject="Formal complaint - contract review for supply agreement with Dai Tin", date=date(3, 15, 50),
      headers=[("Content-Language", "en-US")],
      text="""Dear Thinh Tri management,

We engaged your firm in December 2025 to review our supply agreement with Dai Tin Logistics (your ref. TT-2025-1187). Your lawyer confirmed in writing that the penalty and termination clauses were "balanced and standard". In February Dai Tin terminated the agreement using exactly those clauses and claimed a penalty of 8% of the contract value, which we have had to pay.

We are very disappointed with the quality of the review and with the fact that our follow-up emails of 20 and 27 February have not been answered. We request a meeting with the partner in charge and a written explanation, and we reserve our rights regarding the fees paid.

Our review memo and your confirmation email are attached. Please call me directly on 0978 116 305.

Regards,
Nguyen Thi Minh Thu (Ms.)
Operations Manager
Blue Harbor Trading Co., Ltd
Tel: (028) 3915 4720 | Hotline: 1900 2468 | Mobile: 0978 116 305
""",
      attachments=[(fake_pdf("Review memo"), "application/pdf", "TT-2025-1187_Review_Memo.pdf")],
      contact=C("Nguyen Thi Minh Thu", "+84978116305", "ops@blueharbortrading.vn"),
      note="Company display name in From; writer named in signature. Signature has office, company hotline and mobile; she asks to be called on the mobile.")

# ---------------- unknown, not automated (6) ----------------

entry(key="U1", category="unknown", language="vi", client="gmail", form="alt",
      **{"from": ("Bảo Trân Lê", "baotran.lehoang@gmail.com")}, to=INFO,
      subject="Ứng tuyển vị trí Thực tập sinh pháp lý – Lê Hoàng Bảo Trân", date=date(5, 20, 31),
      text="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em là Lê Hoàng Bảo Trân, sinh viên năm 4 Khoa Luật Dân sự, Trường Đại học Luật TP.HCM. Em biết Công ty đang tuyển thực tập sinh pháp lý qua trang tuyển dụng của trường và rất mong có cơ hội thực tập tại Công ty từ tháng 4/2026.

Em đã có 6 tháng làm cộng tác viên tại Trung tâm tư vấn pháp luật của trường, quen với việc soạn thảo văn bản và tra cứu văn bản pháp luật. Em gửi kèm CV để anh chị tham khảo.

Em có thể phỏng vấn vào bất kỳ ngày nào trong tuần. Số điện thoại của em: 0901 736 428.

Em xin chân thành cảm ơn!
Lê Hoàng Bảo Trân
""",
      attachments=[(fake_pdf("CV"), "application/pdf", "CV_Lê_Hoàng_Bảo_Trân.pdf")],
      contact=C("Lê Hoàng Bảo Trân", "+84901736428", "baotran.lehoang@gmail.com"),
      note="Job application, not a customer request. Attachment filename is RFC 2231 encoded.")

entry(key="U2", category="unknown", language="vi", client="iphone", form="plain", cte="8bit",
      **{"from": ("Kim Ngân", "kimngan.doan.1987@gmail.com")}, to=INFO,
      subject="Cảm ơn luật sư Khang", date=date(20, 7, 12), message_id=msgid("apple", "gmail.com"),
      text="""Chào anh chị Thịnh Trí,

Chị Ngân đây, hôm qua tòa đã ra quyết định công nhận thuận tình ly hôn cho chị rồi. Chị gửi lời cảm ơn luật sư Khang và em Quyên đã theo sát hồ sơ suốt mấy tháng nay, nhiệt tình và chu đáo lắm. Chúc cả văn phòng nhiều sức khỏe!

Đoàn Thị Kim Ngân

Gửi từ iPhone của tôi
""",
      contact=C("Đoàn Thị Kim Ngân", None, "kimngan.doan.1987@gmail.com"),
      note="Thank-you note, no request.")

entry(key="U3", category="unknown", language="vi", client="outlook", form="alt",
      **{"from": ("Hội Doanh nghiệp Quận 3", "vanphong@hoidnq3.org.vn")}, to=INFO,
      subject="Thư mời tham dự Hội nghị gặp gỡ doanh nghiệp hội viên Quý I/2026", date=date(9, 10, 0),
      text="""Kính gửi: Công ty Hệ Thống Luật TNHH Thịnh Trí

Văn phòng Hội Doanh nghiệp Quận 3 trân trọng kính mời đại diện Quý Công ty tham dự Hội nghị gặp gỡ doanh nghiệp hội viên Quý I/2026:

Thời gian: 14h00, thứ Năm, ngày 26/3/2026
Địa điểm: Hội trường Khách sạn Sài Gòn, 41 Đông Du, Phường Sài Gòn, TP.HCM
Nội dung: Cập nhật chính sách thuế 2026; kết nối hội viên.

Kính đề nghị Quý Công ty xác nhận tham dự trước ngày 20/3/2026. Mọi thông tin xin liên hệ anh Phạm Quốc Bảo – Văn phòng Hội: 0983 207 651.

Trân trọng,
Phạm Quốc Bảo
Chánh Văn phòng Hội
""",
      attachments=[(fake_pdf("Thu moi"), "application/pdf", "ThuMoi_HoiNghi_QI-2026.pdf")],
      contact=C("Phạm Quốc Bảo", "+84983207651", "vanphong@hoidnq3.org.vn"),
      note="Event invitation, individually addressed (not bulk). Venue address is not the sender's.")

entry(key="U4", category="unknown", language="vi", client="gmail", form="alt",
      **{"from": ("Pham Thuy Vy", "thuyvy.pham98@gmail.com")}, to=INFO,
      subject="hinh dam cuoi nek chi", date=date(16, 23, 44),
      text="""chi Hanh oi, em gui chi may tam hinh dam cuoi hom chu nhat nha, con lai de em gui link drive sau. hinh chi voi anh Tuan dep lam luon hihi. chung nao ranh chi em minh di cafe nha
em Vy
""",
      attachments=[(fake_jpg(), "image/jpeg", "IMG_4821.JPG"), (fake_jpg(), "image/jpeg", "IMG_4830.JPG")],
      contact=C("Pham Thuy Vy", None, "thuyvy.pham98@gmail.com"),
      note="Personal mail sent to the wrong address; full name only in the From display name.")

entry(key="U5", category="unknown", language="en", client="gmail", form="alt",
      **{"from": ("Ravi Kumar", "ravi@brightrankdigital.com")}, to=INFO,
      subject="Rank thinhtrigroup.com on Page 1 of Google for \"law firm HCMC\"", date=date(12, 4, 13, tz=5.5),
      text="""Hi Team,

I was checking thinhtrigroup.com and noticed it is not ranking for high-value keywords like "law firm Ho Chi Minh City", "company registration Vietnam" and "divorce lawyer Saigon". Your competitors are getting those leads.

We are a Google-certified digital agency with 120+ clients worldwide. Our 6-month SEO package (USD 399/month) includes:
- Full technical audit and on-page fixes
- 40 high-authority backlinks per month
- Monthly ranking reports

Can I send you a free audit report? Just reply "YES" or WhatsApp me.

Best Regards,
Ravi Kumar
Business Development Manager
BrightRank Digital
WhatsApp: +91 98450 12763
""",
      contact=C("Ravi Kumar", "+919845012763", "ravi@brightrankdigital.com"),
      note="Cold vendor offer.")

entry(key="U6", category="unknown", language="en", client="none", form="plain", charset="utf-8", cte="7bit",
      **{"from": ("Anastasia", "anastasia.lovely93@mail.ru")}, to=INFO,
      subject="Hello my dear friend", date=date(23, 2, 58, tz=3),
      message_id="<1774224%s@f512.i.mail.ru>" % alnum(6, "0123456789"),
      text="""Hello dear!

I am Anastasia, 32 years old, from Kazan. I saw your email on the internet and decided to write to you. I am very sincere and kind woman, I like travel, cooking and long walks. I am looking for serious man for friendship and maybe more. Sorry for my English, I use translator.

If you are interested please write me to my personal email anastasia.kazan.love@yandex.ru and I will send you my photos.

Waiting for your answer,
Anastasia
""",
      contact=C("Anastasia", None, "anastasia.kazan.love@yandex.ru"),
      note="Romance spam; the reply address given in the body wins over From.")

# ---------------- automated (10) ----------------

entry(key="M1", category="unknown", language="vi", automated=True, client="outlook", form="alt",
      **{"from": ("Nguyễn Thị Hồng Vân", "hongvan@anphatfood.vn")}, to=INFO,
      subject="Trả lời tự động: Re: Hồ sơ đăng ký nhãn hiệu AN PHÁT FOOD", date=date(10, 9, 31),
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("In-Reply-To", "<3f9a7e21-55c0-4d1e-8b6a-91d2c0e4f7a8@thinhtrigroup.com>"),
               ("Content-Language", "vi-VN")],
      text="""Xin chào,

Tôi đang đi công tác nước ngoài từ ngày 09/3 đến hết ngày 16/3/2026 và sẽ hạn chế kiểm tra email. Các việc cần gấp, vui lòng liên hệ anh Lưu Đức Mạnh – Trưởng phòng Hành chính, điện thoại 0903 664 215, email manh.luu@anphatfood.vn.

Trân trọng,
Nguyễn Thị Hồng Vân
Công ty CP Thực phẩm An Phát
""",
      contact=NULLC,
      note="Out-of-office (Auto-Submitted: auto-replied); colleague's number and e-mail are not a contact.")

entry(key="M2", category="unknown", language="vi", automated=True, client="none", form="alt",
      **{"from": ("Ngân hàng TMCP Phương Nam", "no-reply@cskh.phuongnambank.com.vn")}, to=INFO,
      subject="[PNB] Xác nhận tiếp nhận yêu cầu số PNB-2603-118274", date=date(6, 9, 40),
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
               ("X-Mailer", "PNB-CRM Notification Service")],
      text="""Kính gửi Quý khách,

Ngân hàng TMCP Phương Nam xác nhận đã tiếp nhận yêu cầu của Quý khách qua kênh email.

Mã yêu cầu: PNB-2603-118274
Nội dung: Đề nghị cung cấp sao kê và giải trình điều chỉnh lãi suất – HĐTD 0287/2024/HĐTD-DN
Thời hạn xử lý dự kiến: 05 ngày làm việc

Đây là email tự động, vui lòng không trả lời thư này. Mọi thắc mắc xin liên hệ Tổng đài 1900 6868 hoặc email cskh@phuongnambank.com.vn.

Ngân hàng TMCP Phương Nam
""",
      contact=NULLC,
      note="Ticket-system acknowledgement from a bank (auto-generated).")

M3_HTML = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bản tin Pháp lý Doanh nghiệp</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px;background:#0b3d6e;color:#ffffff;font-size:22px"><b>BẢN TIN PHÁP LÝ DOANH NGHIỆP</b><br><span style="font-size:13px">Số 11/2026 – Tuần 09/3 đến 15/3/2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<h2 style="font-size:18px;color:#0b3d6e">1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp cần làm gì khi khách hàng yêu cầu xóa dữ liệu?</h2>
<p>Kể từ ngày 01/01/2026, chủ thể dữ liệu có quyền yêu cầu truy cập, chỉnh sửa và xóa dữ liệu cá nhân. Bài viết hướng dẫn quy trình tiếp nhận, thời hạn phản hồi và mẫu văn bản trả lời khách hàng.</p>
<p><a href="https://phaplydoanhnghiep.vn/r/26011?utm_source=newsletter&amp;utm_medium=email">Đọc tiếp »</a></p>
<h2 style="font-size:18px;color:#0b3d6e">2. Khiếu nại của người tiêu dùng: 5 sai lầm thường gặp của doanh nghiệp</h2>
<p>Từ quy định mới về bảo vệ quyền lợi người tiêu dùng, chúng tôi tổng hợp các lỗi khi xử lý khiếu nại và cách phòng tránh.</p>
<p><a href="https://phaplydoanhnghiep.vn/r/26012?utm_source=newsletter&amp;utm_medium=email">Đọc tiếp »</a></p>
<h2 style="font-size:18px;color:#0b3d6e">3. Hội thảo trực tuyến miễn phí</h2>
<p>“Hợp đồng lao động 2026 – những điểm cần chỉnh sửa”, 9h00 thứ Sáu 20/3/2026. Đăng ký: <a href="https://phaplydoanhnghiep.vn/hoithao">phaplydoanhnghiep.vn/hoithao</a>. Hotline ban tổ chức: 028 7300 2288.</p>
</td></tr>
<tr><td style="padding:16px 24px;background:#eef1f5;font-size:12px;color:#666">
Bạn nhận được email này vì đã đăng ký nhận Bản tin Pháp lý Doanh nghiệp bằng địa chỉ info@thinhtrigroup.com.<br>
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2&amp;l=bt-dn">Hủy đăng ký</a> | <a href="https://phaplydoanhnghiep.vn/preferences?u=8f31c2">Cập nhật tùy chọn</a><br>
© 2026 Phaplydoanhnghiep.vn – Tầng 8, 123 Điện Biên Phủ, Phường Gia Định, TP.HCM
</td></tr></table></td></tr></table>
<img src="https://mail.phaplydoanhnghiep.vn/o/8f31c2.gif" width="1" height="1" alt="">
</body></html>
"""

entry(key="M3", category="unknown", language="vi", automated=True, client="none", form="html", cte="base64",
      **{"from": ("Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn")}, to=INFO,
      subject="Bản tin tuần 11/2026: Hướng dẫn xử lý yêu cầu xóa dữ liệu cá nhân và khiếu nại của khách hàng",
      date=date(13, 6, 0, 4),
      message_id="<20260313060004.8f31c2.bt-dn@mail.phaplydoanhnghiep.vn>",
      headers=[("List-Id", "Ban tin Phap ly Doanh nghiep <bt-dn.phaplydoanhnghiep.vn>"),
               ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2&l=bt-dn>, <mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsubscribe>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"), ("Feedback-ID", "bt-dn:8f31c2:newsletter:mailer"),
               ("X-Campaign-ID", "bt-dn-2026-11")],
      html=M3_HTML, contact=NULLC,
      note="Newsletter (List-Unsubscribe, Precedence: bulk); subject and body mention deletion and complaints.")


def build_m4(e):
    inner_headers = (
        "Return-Path: <info@thinhtrigroup.com>\r\n"
        "From: %s\r\n" % addr("Thịnh Trí Group", "info@thinhtrigroup.com") +
        "To: thanhtung.vo@kimlongsteel.vn\r\n"
        "Subject: %s\r\n" % ew("Re: Đề nghị xóa dữ liệu cá nhân") +
        "Date: Tue, 24 Mar 2026 14:17:52 +0700\r\n"
        "Message-ID: <c41d7a90-2b6e-4f1a-9e83-6d0b5a7c2e19@thinhtrigroup.com>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n")
    notice = """Đây là thư thông báo tự động từ hệ thống thư điện tử mx1.hosting-viet.net.

Rất tiếc, thư của bạn không thể chuyển đến một hoặc nhiều người nhận dưới đây. Vui lòng không trả lời thư này.

<thanhtung.vo@kimlongsteel.vn>: Hộp thư không tồn tại hoặc đã bị khóa.
    Máy chủ người nhận trả lời: 550 5.1.1 <thanhtung.vo@kimlongsteel.vn>: Recipient address rejected: User unknown in virtual mailbox table

Nếu cần hỗ trợ, vui lòng liên hệ quản trị hệ thống thư của bạn.

-----
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed permanently: thanhtung.vo@kimlongsteel.vn
"""
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx1.hosting-viet.net"
    b1["X-Postfix-Queue-ID"] = "4fR8Kx2Qm7z9tVb"
    b1["Arrival-Date"] = "Tue, 24 Mar 2026 14:17:55 +0700 (+07)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; thanhtung.vo@kimlongsteel.vn"
    b2["Original-Recipient"] = "rfc822;thanhtung.vo@kimlongsteel.vn"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Remote-MTA"] = "dns; mail.kimlongsteel.vn"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 <thanhtung.vo@kimlongsteel.vn>: Recipient address rejected: User unknown in virtual mailbox table"
    ds.set_payload([b1, b2])
    rh = Message()
    rh["Content-Type"] = "text/rfc822-headers"
    rh["Content-Description"] = "Undelivered Message Headers"
    rh.set_payload(inner_headers)
    note = leaf(notice, "plain", "utf-8", "quoted-printable", extra=[("Content-Description", "Notification")])
    return multipart("report", [note, ds, rh], "%s.1774336678/mx1.hosting-viet.net" % alnum(14),
                     ' report-type=delivery-status;')


entry(key="M4", category="unknown", language="vi", automated=True, client="none", builder=build_m4,
      **{"from": ("Hệ thống thư điện tử", "MAILER-DAEMON@mx1.hosting-viet.net")}, to=INFO,
      subject="Thông báo: Thư không gửi được", date=date(24, 14, 18, 1),
      message_id="<20260324071801.4fR8Kx2Qm7z9tVb@mx1.hosting-viet.net>",
      pre_headers=[("Return-Path", "<>")],
      headers=[("Auto-Submitted", "auto-replied")],
      contact=NULLC,
      note="Localised bounce (multipart/report); the original subject was a reply about a data-deletion request, which is not customer text.")

entry(key="M5", category="unknown", language="vi", automated=True, client="none", form="alt",
      **{"from": ("'Trương Công Danh' via CLB Luật sư trẻ TP.HCM", "clb-luatsu-tre-hcm@googlegroups.com")},
      to=addr("CLB Luật sư trẻ TP.HCM", "clb-luatsu-tre-hcm@googlegroups.com"),
      subject="Re: [CLB LS Trẻ] Chia sẻ mẫu hợp đồng lao động 2026", date=date(26, 21, 37),
      headers=[("Reply-To", "clb-luatsu-tre-hcm@googlegroups.com"),
               ("X-Original-Sender", "danh.truong@luatcongdanh.vn"),
               ("Precedence", "list"),
               ("Mailing-list", "list clb-luatsu-tre-hcm@googlegroups.com; contact clb-luatsu-tre-hcm+owners@googlegroups.com"),
               ("List-ID", "<clb-luatsu-tre-hcm.googlegroups.com>"),
               ("X-Google-Group-Id", "583920174466"),
               ("List-Post", "<https://groups.google.com/group/clb-luatsu-tre-hcm/post>, <mailto:clb-luatsu-tre-hcm@googlegroups.com>"),
               ("List-Help", "<https://groups.google.com/support/>, <mailto:clb-luatsu-tre-hcm+help@googlegroups.com>"),
               ("List-Archive", "<https://groups.google.com/group/clb-luatsu-tre-hcm/>"),
               ("List-Unsubscribe", "<mailto:googlegroups-manage+583920174466+unsubscribe@googlegroups.com>, <https://groups.google.com/group/clb-luatsu-tre-hcm/subscribe>")],
      text="""Cảm ơn chị Hạnh đã chia sẻ. Em bổ sung thêm: mẫu phụ lục điều chỉnh lương theo mức lương tối thiểu vùng mới em để trong thư mục chung của CLB. Anh chị nào cần bản Word thì nhắn em qua Zalo nhé.

LS. Trương Công Danh
Văn phòng Luật sư Công Danh
ĐT: 0918 663 420

Vào 21:02 Th 5, 26 thg 3, 2026, Đỗ Mỹ Hạnh <myhanh.do@luatanbinh.vn> đã viết:
> Gửi các anh chị trong CLB mẫu hợp đồng lao động cập nhật theo quy định mới năm 2026, có điều khoản bảo vệ dữ liệu cá nhân của người lao động.

--
Bạn nhận được thư này vì bạn đã đăng ký vào nhóm "CLB Luật sư trẻ TP.HCM" của Google Groups.
Để hủy đăng ký khỏi nhóm này và ngừng nhận email từ nhóm, hãy gửi email đến clb-luatsu-tre-hcm+unsubscribe@googlegroups.com.
Để xem cuộc thảo luận này, hãy truy cập https://groups.google.com/d/msgid/clb-luatsu-tre-hcm/CAKd8%3DqP2xY.
""",
      contact=NULLC,
      note="Mailing-list (Google Groups) post: human-written by a list member but list mail, never answered. Subject looks like a personal reply.")

entry(key="M6", category="unknown", language="vi", automated=True, client="none", form="plain", cte="7bit",
      **{"from": ("Tran Bao Ngoc", "ngoc.tb@minhphatlogistics.com")}, to=INFO,
      subject="Tu dong tra loi: Re: Bao gia dich vu ra soat hop dong", date=date(17, 10, 12),
      headers=[("X-Autoreply", "yes"), ("In-Reply-To", "<0b7e5d3c-9a21-4f60-8c4e-2d1f7a6b5e90@thinhtrigroup.com>"),
               ("X-Mailer", "Zimbra 9.0.0_GA_4546 (zclient/9.0.0_GA_4546)")],
      text="""Cam on anh/chi da gui email.

Toi dang nghi phep tu 16/03 den het 20/03/2026 va se phan hoi khi quay lai. Viec gap vui long lien he chi Ngoc Anh - 0938 214 770 hoac ketoan@minhphatlogistics.com.

Tran Bao Ngoc
Minh Phat Logistics
""",
      contact=NULLC,
      note="Out-of-office without diacritics; only X-Autoreply header (no Auto-Submitted).")

entry(key="M7", category="unknown", language="vi", automated=True, client="none", form="alt",
      **{"from": ("Cong Dich vu cong quoc gia", "noreply@dichvucong.gov.vn")}, to=INFO,
      subject="[DVCQG] Thong bao tiep nhan ho so 000.00.12.H29-260311-0042", date=date(11, 15, 43),
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Kinh gui: CONG TY HE THONG LUAT TNHH THINH TRI

He thong da tiep nhan ho so truc tuyen cua Quy khach.
Ho so so: 000.00.12.H29-260311-0042
Thu tuc: Dang ky thay doi noi dung dang ky doanh nghiep (Cong ty TNHH)
Co quan tiep nhan: Phong Dang ky kinh doanh - So Tai chinh TP. Ho Chi Minh
Ngay tiep nhan: 11/03/2026 15:42
Ngay hen tra ket qua: 16/03/2026

Tra cuu tinh trang ho so tai: https://dichvucong.gov.vn
Day la email tu dong, vui long khong tra loi.
""",
      contact=NULLC,
      note="Government portal notification without diacritics.")


def build_m8(e):
    plain = """Delivery has failed to these recipients or groups:

james.holloway@northwindpartners.com.au
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: SY4PR01MB6128.ausprd01.prod.outlook.com

james.holloway@northwindpartners.com.au
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient james.holloway@northwindpartners.com.au not found by SMTP address lookup'

Original message headers:

From: Thinh Tri Group <info@thinhtrigroup.com>
To: <james.holloway@northwindpartners.com.au>
Subject: Re: Engagement letter - share purchase
Date: Mon, 2 Mar 2026 16:04:41 +0700
"""
    html_ = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
             "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>"
             "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:james.holloway@northwindpartners.com.au\">"
             "james.holloway@northwindpartners.com.au</a><br>The email address you entered couldn't be found. Please check the "
             "recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.<br></p>"
             "</font><br><br><br><font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p>Diagnostic information for administrators:</p>"
             "<p>Generating server: SY4PR01MB6128.ausprd01.prod.outlook.com<br></p><p>james.holloway@northwindpartners.com.au<br>"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'<br></p>"
             "</font></body></html>\n")
    alt = multipart("alternative", [leaf(plain, "plain", "us-ascii", "quoted-printable"),
                                    leaf(html_, "html", "us-ascii", "quoted-printable")], "_002_" + alnum(30, "0123456789ABCDEF") + "_")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns;SY4PR01MB6128.ausprd01.prod.outlook.com"
    b1["Received-From-MTA"] = "dns;mail.thinhtrigroup.com"
    b1["Arrival-Date"] = "Mon, 2 Mar 2026 09:04:43 +0000"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822;james.holloway@northwindpartners.com.au"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    b2["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    ds.set_payload([b1, b2])
    rh = Message()
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload("From: Thinh Tri Group <info@thinhtrigroup.com>\r\nTo: <james.holloway@northwindpartners.com.au>\r\n"
                   "Subject: Re: Engagement letter - share purchase\r\nDate: Mon, 2 Mar 2026 16:04:41 +0700\r\n"
                   "Message-ID: <e7b1c3d5-0a2f-4d8e-9b6c-1f4a7e2d3c58@thinhtrigroup.com>\r\nMIME-Version: 1.0\r\n")
    return multipart("report", [alt, ds, rh], "_001_" + alnum(30, "0123456789ABCDEF") + "_",
                     ' report-type=delivery-status;')


entry(key="M8", category="unknown", language="en", automated=True, client="none", builder=build_m8,
      **{"from": ("Microsoft Outlook", "postmaster@northwindpartners.onmicrosoft.com")},
      to=INFO,
      subject="Undeliverable: Re: Engagement letter - share purchase", date=date(2, 9, 5, tz=0),
      message_id="<%s@SY4PR01MB6128.ausprd01.prod.outlook.com>" % str(uuid.UUID(int=RNG.getrandbits(128))),
      headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("In-Reply-To", "<e7b1c3d5-0a2f-4d8e-9b6c-1f4a7e2d3c58@thinhtrigroup.com>")],
      contact=NULLC,
      note="Exchange Online NDR: no Auto-Submitted header; recognisable by postmaster sender, multipart/report and X-MS-Exchange-Message-Is-Ndr.")

entry(key="M9", category="unknown", language="en", automated=True, client="outlook", form="alt",
      **{"from": ("Richard Tan", "richard.tan@meridianre.com.sg")}, to=INFO,
      subject="Automatic reply: Lease review - Unit 15.03, Saigon Centre", date=date(18, 14, 20, tz=8),
      headers=[("Thread-Topic", "Lease review - Unit 15.03, Saigon Centre"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "richard.tan@meridianre.com.sg"),
               ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
               ("Content-Language", "en-SG")],
      text="""Thank you for your message. I am out of the office until Monday 23 March with limited access to email.

For urgent matters regarding the lease please contact my assistant, Ms. Nguyen Thu Ha, at +84 28 3822 7410 or thuha.nguyen@meridianre.com.sg.

Best regards,
Richard Tan
Meridian Real Estate Partners
""",
      contact=NULLC,
      note="Exchange automatic reply without Auto-Submitted; only the subject prefix and X-MS-Exchange/X-Auto-Response-Suppress headers reveal it.")

entry(key="M10", category="unknown", language="en", automated=True, client="none", form="alt",
      **{"from": ("EasyInvoice Support", "support@einvoice-easy.vn")}, to=INFO,
      subject="[EasyInvoice] Re: Hóa đơn điện tử bị lỗi chữ ký số", date=date(25, 11, 30),
      message_id="<YK8RQ2D1VZ_67e2%s_sprut@zendesk.com>" % alnum(8, "0123456789abcdef"),
      headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
               ("X-Zendesk-From-Account-Id", "8a21f4c"), ("X-Zendesk-Email-Id", "01JQ" + alnum(22, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))],
      text="""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Subject: Hóa đơn điện tử bị lỗi chữ ký số
Requester: Thinh Tri Group (info@thinhtrigroup.com)

Our working hours are Monday to Friday, 8:00-17:30. For urgent issues please call 1900 4727.

This email is a service from EasyInvoice Support.
""",
      contact=NULLC,
      note="Zendesk ticket acknowledgement; subject carries a Vietnamese 'Re:' thread.")


# --------------------------------------------------------------------------- generation

def build(e):
    body = e["builder"](e) if "builder" in e else simple(e)
    return finish(e, body)


def serialize(msg):
    f = io.BytesIO()
    BytesGenerator(f, mangle_from_=False, policy=POLICY_OUT).flatten(msg)
    data = f.getvalue()
    return data


# ---------------------------------------------------------------------- verification

def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s).strip()


def html_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li|blockquote)>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def all_text(msg):
    parts = []
    for k in ("From", "Subject", "To", "Reply-To"):
        if msg[k]:
            parts.append(str(msg[k]))
    for p in msg.walk():
        if p.is_multipart() or p.get_content_maintype() != "text":
            continue
        raw = p.get_payload(decode=True) or b""
        cs = p.get_content_charset() or "us-ascii"
        try:
            t = raw.decode(cs)
        except LookupError:
            t = raw.decode("ascii", "replace")
        if p.get_content_subtype() == "html":
            t = html_text(t)
        parts.append(t)
    return "\n".join(parts)


def phones_in(text):
    found = set()
    for m in re.finditer(r"\+?\(?\+?\d[\d \t.\-()]{6,}\d", text):
        s = m.group(0)
        digits = re.sub(r"\D", "", s)
        if "+" in s or s.startswith("00"):
            digits = digits[2:] if s.startswith("00") else digits
            d = "+" + digits
            d = re.sub(r"^\+(\d{2})0", r"+\g<1>", d) if re.search(r"\(0\)", s) else d
            found.add(d)
        elif digits.startswith("0"):
            found.add("+84" + digits[1:])
        elif digits.startswith("84"):
            found.add("+" + digits)
    return found


def verify(files, labels):
    errors = []
    for fn, lab in labels.items():
        data = files[fn]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                errors.append("%s: defects %r" % (fn, p.defects))
        text = all_text(msg)
        nt = norm(text)
        c = lab["contact"]
        if lab["automated"]:
            if any(c.values()) or lab["category"] != "unknown":
                errors.append("%s: automated must be unknown with null contact" % fn)
            continue
        for k in ("name", "email", "address"):
            if c[k] and norm(c[k]) not in nt:
                errors.append("%s: %s %r not found" % (fn, k, c[k]))
        if c["email"] and c["email"] != c["email"].lower():
            errors.append("%s: email not lowercase" % fn)
        if c["phone"]:
            if not re.fullmatch(r"\+\d{8,15}", c["phone"]):
                errors.append("%s: bad E.164 %r" % (fn, c["phone"]))
            if c["phone"] not in phones_in(unicodedata.normalize("NFC", text)):
                errors.append("%s: phone %s not found (%s)" % (fn, c["phone"], sorted(phones_in(text))))
    # windows-1258 round trip
    for fn, lab in labels.items():
        msg = email.message_from_bytes(files[fn], policy=email.policy.compat32)
        for p in msg.walk():
            if (p.get_content_charset() or "") == "windows-1258":
                raw = p.get_payload(decode=True)
                t = raw.decode("cp1258")
                if t.encode("cp1258") != raw:
                    errors.append("%s: cp1258 round-trip failed" % fn)
                if unicodedata.normalize("NFC", t) == t:
                    errors.append("%s: cp1258 text unexpectedly already NFC" % fn)
    return errors


def main():
    assert len(ENTRIES) == 60, len(ENTRIES)
    keys = [e["key"] for e in ENTRIES]
    assert len(set(keys)) == 60
    order = sorted(ENTRIES, key=lambda e: (e["date"].astimezone(dt.timezone.utc), e["key"]))
    labels, files = {}, {}
    for i, e in enumerate(order, 1):
        fn = "p%03d.eml" % i
        data = serialize(build(e))
        files[fn] = data
        lab = {"category": e["category"], "automated": bool(e.get("automated", False)),
               "language": e["language"],
               "contact": {k: (unicodedata.normalize("NFC", v) if isinstance(v, str) else v)
                           for k, v in e["contact"].items()}}
        if e.get("note"):
            lab["note"] = e["note"]
        labels[fn] = lab
    errs = verify(files, labels)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    for fn, data in files.items():
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    # re-read from disk and verify again
    files2 = {fn: open(os.path.join(OUT, fn), "rb").read() for fn in labels}
    labels2 = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    errs = verify(files2, labels2)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    from collections import Counter
    print("files:", len(labels2))
    print("category:", dict(Counter(v["category"] for v in labels2.values())))
    print("automated:", dict(Counter(v["automated"] for v in labels2.values())))
    print("language:", dict(Counter(v["language"] for v in labels2.values())))
    print("non-automated by category:", dict(Counter(v["category"] for v in labels2.values() if not v["automated"])))


if __name__ == "__main__":
    main()
