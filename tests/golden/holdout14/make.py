#!/usr/bin/env python3
"""Generate the holdout14 mail set: y001.eml ... y050.eml and labels.json.

Standard library only. Run:  python3 make.py   (writes next to this file)

Firm (invented): Công ty Luật TNHH Hưng Gia — hunggialaw.vn — hotline 1800 63 65.
"""
import base64
import html
import json
import os
import quopri
import re
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "hunggialaw.vn"
INFO = "info@" + DOM
SUPPORT = "support@" + DOM
CRLF = "\r\n"
rng = random.Random(140014)


def nfc(s):
    return None if s is None else unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------
# encoders
# --------------------------------------------------------------------------
def cp1258_bytes(s):
    """Encode text the way old Windows software does: precomposed where the
    code page has the letter, otherwise base letter + combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        tone = "".join(m for m in marks if m in tones)
        other = "".join(m for m in marks if m not in tones)
        out.append(unicodedata.normalize("NFC", base + other) + tone)
    return "".join(out).encode("cp1258")


def _bytes_of(ch, charset):
    if charset.lower() == "windows-1258":
        return cp1258_bytes(ch)
    return ch.encode(charset)


def ew(text, charset="UTF-8", enc="B", whole_words=False):
    """RFC 2047 encoded words, folded with CRLF SP."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], b""
    limit = 42 if enc == "B" else 22
    if whole_words:
        limit = 45 if enc == "B" else 24

    def flush(b):
        if enc == "B":
            payload = base64.b64encode(b).decode()
        else:
            payload = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    payload += "_"
                elif c.isalnum() and byte < 128:
                    payload += c
                else:
                    payload += "=%02X" % byte
        return "=?%s?%s?%s?=" % (charset, enc, payload)

    # pack whole words (with their trailing space) so a display name is never
    # cut inside a word
    units = re.findall(r"\S+\s*|\s+", text) if whole_words else list(text)
    for u in units:
        b = b"".join(_bytes_of(ch, charset) for ch in u)
        if len(cur) + len(b) > limit and cur:
            words.append(flush(cur))
            cur = b""
        cur += b
    if cur:
        words.append(flush(cur))
    return (CRLF + " ").join(words)


def addr(name, email, enc="B", charset="UTF-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@:;"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s%s<%s>" % (ew(name, charset, enc, whole_words=True), CRLF + " ", email)


def subject(s, enc="B", charset="UTF-8"):
    for p in ("Re: ", "RE: ", "Fwd: ", "FW: ", "TR: ", "Fw: "):
        if s.startswith(p) and not all(ord(c) < 128 for c in s):
            return p + ew(s[len(p):], charset, enc)
    return ew(s, charset, enc)


# --------------------------------------------------------------------------
# MIME parts: dict(headers=[(k, v)], body=bytes) or multipart
# --------------------------------------------------------------------------
def text(content, subtype="plain", charset="utf-8", cte="base64", flowed=False):
    content = nfc(content)
    if charset.lower() == "windows-1258":
        enc = cp1258_bytes
    else:
        def enc(s):
            return s.encode(charset)
    lf = content.replace("\r\n", "\n")
    if cte == "base64":
        body = base64.encodebytes(enc(lf.replace("\n", CRLF))).replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = quopri.encodestring(enc(lf)).replace(b"\n", b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        body = enc(lf).replace(b"\n", b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += '; format="flowed"'
    return {"headers": [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], "body": body}


def boundary():
    return "".join(rng.choice("0123456789abcdef") for _ in range(28))


def multipart(sub, parts, extra=""):
    return {"multipart": sub, "parts": parts, "boundary": boundary(), "extra": extra}


def attachment(mime, filename, data):
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return {"headers": [("Content-Type", '%s; name="%s"' % (mime, filename)),
                        ("Content-Disposition", 'attachment; filename="%s"' % filename),
                        ("Content-Transfer-Encoding", "base64")], "body": b}


def raw_part(ctype, raw):
    body = raw.replace("\r\n", "\n").replace("\n", CRLF).encode("utf-8")
    hdrs = [("Content-Type", ctype)]
    if any(b > 127 for b in body):
        hdrs.append(("Content-Transfer-Encoding", "8bit"))
    return {"headers": hdrs, "body": body}


def render(part):
    if "multipart" in part:
        b = part["boundary"]
        hdr = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (part["multipart"], b, part["extra"]))]
        body = b""
        for p in part["parts"]:
            body += ("--%s\r\n" % b).encode() + render_entity(p) + b"\r\n"
        body += ("--%s--\r\n" % b).encode()
        return hdr, body
    return part["headers"], part["body"]


def render_entity(p):
    hdr, body = render(p)
    return "".join("%s: %s\r\n" % kv for kv in hdr).encode() + b"\r\n" + body


def to_html(t, font=None):
    paras = [p for p in t.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<div>" + "<br>".join(lines) + "</div>")
    inner = "\n<div><br></div>\n".join(out)
    if font:
        return '<div dir="ltr" style="font-family:%s">%s</div>\n' % (font, inner)
    return '<div dir="ltr">%s</div>\n' % inner


def gmail_alt(t):
    return multipart("alternative", [text(t, cte="base64"), text(to_html(t), "html", cte="base64")])


def msgid(domain):
    if domain in ("gmail.com",):
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_="
        return "<CA%s@mail.gmail.com>" % "".join(rng.choice(chars) for _ in range(44))
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)


def message(frm, to, subj, date, part, extra=(), mid_domain=None, pre=()):
    hdr, body = render(part)
    lines = [("MIME-Version", "1.0")] if not pre else []
    lines += list(pre)
    lines += [("From", frm), ("To", to), ("Subject", subj), ("Date", date)]
    dom = mid_domain or frm.rsplit("@", 1)[1].rstrip(">")
    lines.append(("Message-ID", msgid(dom)))
    lines += list(extra)
    if pre:
        lines.append(("MIME-Version", "1.0"))
    lines += hdr
    head = "".join("%s: %s\r\n" % kv for kv in lines)
    return head.encode("ascii") + b"\r\n" + body


def C(name=None, phone=None, email=None, address=None):
    return {"name": nfc(name), "phone": phone, "email": email.lower() if email else None,
            "address": nfc(address)}


NULL = C()
MESSAGES = []   # (raw bytes, label)


def add(raw, category, language, contact, automated=False, note=None):
    lab = {"category": category, "automated": automated, "language": language, "contact": contact}
    if note:
        lab["note"] = note
    MESSAGES.append((raw, lab))


# ==========================================================================
# y001 service_request vi — divorce
# ==========================================================================
t = """Chào văn phòng luật,

Tôi tên Phạm Thị Ngọc Ánh, năm nay 37 tuổi. Vợ chồng tôi đã thống nhất ly hôn, có một bé gái 6 tuổi và một căn hộ chung cư đang trả góp ngân hàng. Tôi muốn được tư vấn mấy việc sau:
1. Ly hôn thuận tình thì nộp hồ sơ ở đâu, mất bao lâu? Chồng tôi hiện làm việc ở Long An, còn hộ khẩu hai vợ chồng ở TP.HCM.
2. Căn hộ còn nợ ngân hàng khoảng 900 triệu thì thỏa thuận chia thế nào cho đúng luật, ai tiếp tục trả nợ?
3. Nếu văn phòng soạn hồ sơ và đại diện nộp giúp thì phí dịch vụ là bao nhiêu?

Tôi có thể đến văn phòng vào chiều thứ Năm hoặc sáng thứ Bảy tuần này. Anh chị gọi cho tôi số 0938 214 657 (tốt nhất sau 17h) nhé.

Cảm ơn anh chị.
Ngọc Ánh
"""
add(message(addr("Phạm Thị Ngọc Ánh", "ngocanh.pham88@gmail.com"), INFO,
            subject("Tư vấn thủ tục ly hôn thuận tình"), "Mon, 09 Mar 2026 08:47:19 +0700",
            gmail_alt(t)),
    "service_request", "vi",
    C("Phạm Thị Ngọc Ánh", "+84938214657", "ngocanh.pham88@gmail.com"))

# ==========================================================================
# y002 unknown vi automated — out of office
# ==========================================================================
t = """Kính gửi Quý đối tác,

Tôi đang nghỉ phép từ ngày 09/03 đến hết ngày 16/03/2026 và sẽ không kiểm tra email thường xuyên. Email của Quý vị sẽ được xử lý khi tôi quay lại.

Trường hợp cần gấp, vui lòng liên hệ chị Trần Thị Hồng - Phòng Pháp chế, email hong.tran@thepvietsteel.com.vn, điện thoại 0909 117 384.

Trân trọng,
Lê Minh Quân
Trưởng phòng Mua hàng
Công ty CP Thép Việt Steel
"""
add(message(addr("Lê Minh Quân", "quan.le@thepvietsteel.com.vn", enc="Q"), INFO,
            "Re: " + ew("Hợp đồng dịch vụ pháp lý – bản ký chính thức"), "Mon, 09 Mar 2026 09:02:44 +0700",
            text(t, cte="quoted-printable"),
            extra=[("In-Reply-To", "<a41c0e7d-2b9f-4d1e-9c55-70e3f1b2d8aa@hunggialaw.vn>"),
                   ("References", "<a41c0e7d-2b9f-4d1e-9c55-70e3f1b2d8aa@hunggialaw.vn>"),
                   ("Auto-Submitted", "auto-replied"),
                   ("X-Autoreply", "yes")]),
    "unknown", "vi", NULL, automated=True,
    note="Out-of-office reply with a human-looking 'Re:' subject; the colleague's phone/email in it are not a customer contact.")

# ==========================================================================
# y003 correction_request vi — new phone number
# ==========================================================================
t = """Kính gửi Công ty Luật Hưng Gia,

Tôi là Đặng Quốc Bảo, khách hàng đang được công ty hỗ trợ hồ sơ chuyển nhượng quyền sử dụng đất tại xã Hoài Đức, Hà Nội (luật sư phụ trách: LS. Trịnh Văn Nam).

Số điện thoại cũ của tôi là 0983 551 276, đã không còn sử dụng từ tháng 2. Đề nghị công ty cập nhật số mới trong hồ sơ khách hàng của tôi: 0369 842 105.

Các thông tin khác (email, địa chỉ) giữ nguyên như cũ.

Trân trọng,
Đặng Quốc Bảo
ĐT: 0369 842 105
"""
add(message(addr("Đặng Quốc Bảo", "dangquocbao.hn@gmail.com"), SUPPORT,
            subject("Cập nhật số điện thoại liên hệ"), "Mon, 09 Mar 2026 09:31:05 +0700",
            gmail_alt(t)),
    "correction_request", "vi",
    C("Đặng Quốc Bảo", "+84369842105", "dangquocbao.hn@gmail.com"),
    note="Old number 0983 551 276 also present; contact phone is the new one.")

# ==========================================================================
# y004 complaint vi — billing above quote
# ==========================================================================
t = """Kính gửi Ban Giám đốc Công ty Luật Hưng Gia,

Ngày 05/01/2026 công ty gửi báo giá dịch vụ soạn thảo và rà soát bộ hợp đồng phân phối cho cơ sở của tôi, phí trọn gói 15.000.000 đồng (chưa VAT). Tôi đồng ý và đã chuyển khoản đủ ngay trong tuần.

Tuy nhiên ngày 02/03 tôi nhận được hóa đơn điện tử số 0000347 với tổng số tiền 22.680.000 đồng, ghi thêm dòng "phí phát sinh sửa đổi phụ lục". Không ai trao đổi với tôi về khoản phát sinh này trước khi làm, và tôi chỉ yêu cầu sửa vài lỗi chính tả trong phụ lục. Tôi đã gọi tổng đài 1800 63 65 hai lần, lần nào cũng được hẹn "sẽ gọi lại" nhưng đến nay vẫn chưa có ai liên lạc.

Tôi đề nghị công ty giải trình khoản phí trên và xuất lại hóa đơn đúng theo báo giá đã thống nhất. Nếu cần đối chiếu thì tài khoản tôi đã dùng để chuyển tiền là 0071 0004 58213 (Vietcombank, chủ TK Vũ Thị Thanh Tâm).

Vũ Thị Thanh Tâm
Chủ cơ sở Bánh tráng Tâm An
0911 736 420
"""
add(message(addr("Vũ Thị Thanh Tâm", "thanhtam.vu@banhtrangtaman.vn"), INFO,
            subject("Khiếu nại về hóa đơn phí dịch vụ tháng 02/2026"), "Mon, 09 Mar 2026 10:15:37 +0700",
            text(t, cte="8bit"),
            extra=[("User-Agent", "Mozilla Thunderbird")]),
    "complaint", "vi",
    C("Vũ Thị Thanh Tâm", "+84911736420", "thanhtam.vu@banhtrangtaman.vn"),
    note="Bank account number and the firm hotline are distractors.")

# ==========================================================================
# y005 unknown vi automated — legal newsletter (bulk)
# ==========================================================================
t = """BẢN TIN PHÁP LÝ DOANH NGHIỆP – Số 112 (09/03/2026)

1. Luật Bảo vệ dữ liệu cá nhân 2025: doanh nghiệp cần làm gì trong quý I?
Từ 01/01/2026, chủ thể dữ liệu có quyền yêu cầu truy cập, chỉnh sửa, xóa dữ liệu cá nhân và rút lại sự đồng ý. Doanh nghiệp phải phản hồi trong thời hạn luật định...

2. Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền
Các hộ kinh doanh nộp thuế theo phương pháp kê khai cần lưu ý...

3. Tòa án nhân dân khu vực: thẩm quyền thụ lý vụ án kinh doanh thương mại sau sắp xếp
...

Đọc toàn văn tại: https://phaplydoanhnghiep.vn/ban-tin/112

---
Bạn nhận được email này vì đã đăng ký nhận Bản tin Pháp lý Doanh nghiệp bằng địa chỉ info@hunggialaw.vn.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2
Tạp chí Pháp lý Doanh nghiệp – Tầng 3, 68 Nguyễn Huệ, Phường Sài Gòn, TP.HCM
"""
h = """<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d6b;color:#fff;padding:16px">
<h2 style="margin:0">BẢN TIN PHÁP LÝ DOANH NGHIỆP</h2><small>Số 112 – 09/03/2026</small></td></tr>
<tr><td style="padding:16px">
<h3>1. Luật Bảo vệ dữ liệu cá nhân 2025: doanh nghiệp cần làm gì trong quý I?</h3>
<p>Từ 01/01/2026, chủ thể dữ liệu có quyền yêu cầu truy cập, chỉnh sửa, xóa dữ liệu cá nhân và rút lại sự đồng ý. Doanh nghiệp phải phản hồi trong thời hạn luật định&hellip; <a href="https://phaplydoanhnghiep.vn/ban-tin/112#1">Đọc tiếp</a></p>
<h3>2. Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền</h3>
<p>Các hộ kinh doanh nộp thuế theo phương pháp kê khai cần lưu ý&hellip; <a href="https://phaplydoanhnghiep.vn/ban-tin/112#2">Đọc tiếp</a></p>
<h3>3. Tòa án nhân dân khu vực: thẩm quyền thụ lý vụ án kinh doanh thương mại sau sắp xếp</h3>
<p><a href="https://phaplydoanhnghiep.vn/ban-tin/112#3">Đọc tiếp</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px;border-top:1px solid #ddd">
Bạn nhận được email này vì đã đăng ký nhận Bản tin Pháp lý Doanh nghiệp bằng địa chỉ info@hunggialaw.vn.<br>
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2">Hủy đăng ký</a> · Tạp chí Pháp lý Doanh nghiệp – Tầng 3, 68 Nguyễn Huệ, Phường Sài Gòn, TP.HCM
</td></tr></table></body></html>
"""
add(message(addr("Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"), INFO,
            subject("Bản tin số 112: Quyền xóa và truy cập dữ liệu cá nhân – doanh nghiệp cần làm gì?"),
            "Mon, 09 Mar 2026 06:00:03 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"), text(h, "html", cte="quoted-printable")]),
            extra=[("List-Id", "Ban tin Phap ly Doanh nghiep <bantin.phaplydoanhnghiep.vn>"),
                   ("List-Unsubscribe", "<mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsub-8f31c2>, <https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk")],
            mid_domain="mail.phaplydoanhnghiep.vn"),
    "unknown", "vi", NULL, automated=True,
    note="Subscribed newsletter; its articles talk about data access/deletion rights but nothing is asked of the firm.")

# ==========================================================================
# y006 service_request en — company setup in Da Nang
# ==========================================================================
t = """Hi there,

I'm an Australian citizen living in Da Nang on a business visa. My partner and I want to open a small specialty coffee roastery and cafe here - 100% foreign owned, probably a single-member LLC unless you recommend something else.

Could you send me a quote and a rough timeline for:
- the investment registration certificate (IRC) and enterprise registration (ERC)
- the food safety certificate for the cafe
- my work permit / temporary residence card once the company is set up

We'd like to sign a lease by the end of April, so timing matters. Happy to come to your office or do a video call next week.

Cheers,
Tom Whitaker
Whitaker Roasters
+84 886 410 275 (Zalo / WhatsApp)
"""
add(message(addr("Tom Whitaker", "tom@whitakerroasters.com"), INFO,
            "Quote for setting up a coffee business in Da Nang", "Mon, 09 Mar 2026 11:20:51 +0700",
            multipart("alternative", [text(t, cte="7bit"), text(to_html(t), "html", cte="7bit")])),
    "service_request", "en",
    C("Tom Whitaker", "+84886410275", "tom@whitakerroasters.com"))

# ==========================================================================
# y007 deletion_request vi (no diacritics) — stop calling, remove number
# ==========================================================================
t = """Chao cong ty,

Tuan truoc toi nhan 3 cuoc goi tu nhan vien ben anh chi moi dich vu tu van thanh lap doanh nghiep. Toi khong co nhu cau.
De nghi khong goi vao so 0977 420 816 nua va xoa so cua toi khoi danh sach cua cong ty.

Cam on.
Hoang Van Duc
"""
add(message(addr("Hoang Van Duc", "hoangduc.1979@gmail.com"), INFO,
            "ngung goi dien", "Mon, 09 Mar 2026 13:05:12 +0700", gmail_alt(t)),
    "deletion_request", "vi",
    C("Hoang Van Duc", "+84977420816", "hoangduc.1979@gmail.com"),
    note="The number to be removed is the sender's own number.")

# ==========================================================================
# y008 access_request en — formal copy request
# ==========================================================================
t = """Dear Sir or Madam,

In 2025 your firm assisted me with my work permit and temporary residence card in Ho Chi Minh City (your reference at the time was HG-2025-0193). That matter is now closed.

Under Decree 13/2023/ND-CP and the Personal Data Protection Law, I would like to receive:
1. confirmation of which categories of personal data about me you still hold;
2. a copy of that data (including scans of documents I supplied);
3. the purposes for which it is processed, any third parties it has been disclosed to, and how long you intend to keep it.

An electronic copy sent to this address is fine. For identification, my passport number is 21FV48317.

Yours faithfully,

Claire Dubois
12 rue des Tanneurs, 67000 Strasbourg, France
"""
add(message(addr("Claire Dubois", "claire.dubois@orange.fr"), SUPPORT,
            "Request for a copy of my personal data", "Sun, 08 Mar 2026 21:40:26 +0100",
            text(t, cte="7bit", flowed=True), extra=[("User-Agent", "Mozilla Thunderbird")]),
    "access_request", "en",
    C("Claire Dubois", None, "claire.dubois@orange.fr", "12 rue des Tanneurs, 67000 Strasbourg, France"))

# ==========================================================================
# y009 service_request vi — top-posted status follow-up
# ==========================================================================
t = """Chào chị Thảo,

Đã hơn 2 tuần từ khi bên mình nộp đơn khởi kiện lên Tòa án nhân dân khu vực 1. Chị cho anh hỏi tòa đã thụ lý chưa, và anh có cần nộp tạm ứng án phí ngay không? Nếu cần bổ sung giấy tờ gì thì chị báo sớm để anh chuẩn bị.

Anh Huy
0903 618 742

Vào Th 4, 18 thg 2, 2026 vào lúc 10:14 Nguyễn Phương Thảo <thao.nguyen@hunggialaw.vn> đã viết:
> Kính gửi anh Trần Quang Huy,
>
> Công ty Luật Hưng Gia xác nhận đã nhận đủ hồ sơ vụ tranh chấp hợp đồng thuê nhà tại số 215 Nguyễn Trãi của anh, gồm: hợp đồng thuê, biên bản bàn giao, các chứng từ chuyển tiền cọc.
> Dự kiến công ty sẽ nộp đơn khởi kiện trong tuần này và thông báo cho anh khi tòa có thông báo thụ lý.
>
> Trân trọng,
> LS. Nguyễn Phương Thảo
> Công ty Luật TNHH Hưng Gia
> Tầng 8, 27 Nguyễn Thị Minh Khai, Phường Sài Gòn, TP.HCM
> ĐT: 0912 305 118 | Hotline: 1800 63 65
"""
add(message(addr("Trần Quang Huy", "tranquanghuy.sg@gmail.com"), "thao.nguyen@hunggialaw.vn, " + INFO,
            subject("Re: [Hưng Gia Law] Xác nhận tiếp nhận hồ sơ tranh chấp hợp đồng thuê nhà"),
            "Mon, 09 Mar 2026 14:12:48 +0700", gmail_alt(t),
            extra=[("In-Reply-To", "<5c1e9a02-77d4-4b8e-a1f0-2d6c3e9b4f10@hunggialaw.vn>"),
                   ("References", "<5c1e9a02-77d4-4b8e-a1f0-2d6c3e9b4f10@hunggialaw.vn>")]),
    "service_request", "vi",
    C("Trần Quang Huy", "+84903618742", "tranquanghuy.sg@gmail.com"),
    note="Top-posted reply; the quoted lawyer's phone and the hotline are the firm's, not the sender's.")

# ==========================================================================
# y010 complaint vi (no diacritics) — rude hotline staff
# ==========================================================================
t = """Toi ten Nguyen Thi Mai.
Sang nay 10/3 toi goi hotline 1800 63 65 de hoi lich hen voi luat su ve viec tranh chap dat cua gia dinh. Nhan vien nu nghe may noi chuyen rat cham choc, toi hoi lai lan thu 2 thi ban ay noi "chi doc tin nhan di, em noi roi" roi cup may ngang.
Toi da dat coc phi tu van 2 trieu ma bi doi xu nhu vay la khong chap nhan duoc.

De nghi cong ty xem lai thai do lam viec cua nhan vien va phan hoi cho toi.
SDT cua toi: 0345.219.608
"""
add(message(addr("nguyen thi mai", "maint.0612@gmail.com"), INFO,
            "phan anh thai do nhan vien tong dai", "Tue, 10 Mar 2026 10:48:30 +0700", gmail_alt(t)),
    "complaint", "vi",
    C("Nguyen Thi Mai", "+84345219608", "maint.0612@gmail.com"),
    note="The hotline quoted is the firm's number.")

# ==========================================================================
# y011 unknown vi — job application with CV
# ==========================================================================
t = """Kính gửi Phòng Nhân sự Công ty Luật TNHH Hưng Gia,

Em tên là Lý Gia Hân, tốt nghiệp cử nhân Luật Kinh tế, Trường Đại học Luật TP.HCM năm 2025 (loại Giỏi). Em được biết công ty đang tuyển Trợ lý luật sư mảng doanh nghiệp – đầu tư qua trang tuyển dụng của Đoàn Luật sư.

Trong 8 tháng qua em làm thực tập sinh pháp chế tại một công ty logistics, chủ yếu rà soát hợp đồng dịch vụ và hỗ trợ thủ tục thay đổi đăng ký doanh nghiệp. Em sử dụng tiếng Anh tốt (IELTS 7.5).

Em xin gửi kèm CV và bảng điểm. Rất mong có cơ hội được phỏng vấn.

Trân trọng,
Lý Gia Hân
ĐT: 0868 902 147
"""
add(message(addr("Lý Gia Hân", "lygiahan.law@gmail.com"), INFO,
            subject("Ứng tuyển vị trí Trợ lý luật sư – Lý Gia Hân"), "Tue, 10 Mar 2026 08:03:55 +0700",
            multipart("mixed", [gmail_alt(t),
                                attachment("application/pdf", "CV_LyGiaHan.pdf",
                                           b"%PDF-1.4\n% CV Ly Gia Han\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")])),
    "unknown", "vi",
    C("Lý Gia Hân", "+84868902147", "lygiahan.law@gmail.com"),
    note="Job application, not a customer request.")

# ==========================================================================
# y012 access_request vi (no diacritics)
# ==========================================================================
t = """Kinh gui cong ty Luat Hung Gia,

Nam 2024 toi co nho ben cong ty lam thu tuc dang ky bien dong dat dai, luc do toi co gui qua email ban scan CCCD, so do va giay dang ky ket hon.

Nay toi muon biet cong ty hien con luu nhung giay to, thong tin ca nhan nao cua toi, va de nghi gui cho toi mot ban sao cac du lieu do qua email nay.

Tran trong,
Do Thanh Tung
DT 0904 772 319
So 14 ngo 92 Lach Tray, phuong Gia Vien, TP Hai Phong
"""
add(message(addr("Do Thanh Tung", "tungdt.hp@gmail.com"), SUPPORT,
            "yeu cau cung cap thong tin ca nhan dang luu", "Tue, 10 Mar 2026 09:27:14 +0700", gmail_alt(t)),
    "access_request", "vi",
    C("Do Thanh Tung", "+84904772319", "tungdt.hp@gmail.com",
      "So 14 ngo 92 Lach Tray, phuong Gia Vien, TP Hai Phong"))

# ==========================================================================
# y013 service_request vi — HTML-only Outlook, labour contract review
# ==========================================================================
h = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="VI" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Kính gửi Quý Công ty,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Công ty chúng tôi là doanh nghiệp may mặc với khoảng 320 lao động. Hiện chúng tôi đang dùng mẫu hợp đồng lao động và nội quy lao động soạn từ năm 2018, chưa cập nhật theo Bộ luật Lao động 2019 và các văn bản hướng dẫn mới.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Chúng tôi muốn nhờ Quý Công ty:</p>
<p class="MsoNormal">- Rà soát và chỉnh sửa mẫu hợp đồng lao động (xác định thời hạn, không xác định thời hạn, thử việc);</p>
<p class="MsoNormal">- Rà soát nội quy lao động và hỗ trợ thủ tục đăng ký nội quy;</p>
<p class="MsoNormal">- Báo giá trọn gói và thời gian thực hiện.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nếu cần, chúng tôi sẽ gửi các mẫu hiện hành để Quý Công ty xem trước. Rất mong nhận được phản hồi sớm.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Trân trọng,</p>
<p class="MsoNormal"><b>Ngô Thị Bích Phượng</b></p>
<p class="MsoNormal">Trưởng phòng Nhân sự</p>
<p class="MsoNormal">Công ty TNHH May Thành Công Phát – MST: 3702418957</p>
<p class="MsoNormal">Lô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP.HCM</p>
<p class="MsoNormal">Mobile: 0977 086 214</p>
</div></body></html>
"""
add(message(addr("Ngô Thị Bích Phượng", "phuong.ngo@maythanhcongphat.vn", enc="Q"), INFO,
            subject("Nhờ rà soát mẫu hợp đồng lao động và nội quy", enc="Q"), "Tue, 10 Mar 2026 10:02:09 +0700",
            text(h, "html", cte="quoted-printable"),
            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdqyF3c9k2mQbX1fT0uY8hZ4pL2w7A==")]),
    "service_request", "vi",
    C("Ngô Thị Bích Phượng", "+84977086214", "phuong.ngo@maythanhcongphat.vn",
      "Lô C5, KCN Mỹ Phước 2, Phường Bến Cát, TP.HCM"),
    note="HTML-only. The 10-digit company tax code (MST) is not a phone number; address is the company address in her signature.")

# ==========================================================================
# y014 unknown en automated — bounce of the firm's own reminder
# ==========================================================================
orig = """From: =?UTF-8?Q?C=C3=B4ng_ty_Lu=E1=BA=ADt_H=C6=B0ng_Gia?= <info@hunggialaw.vn>
To: le.hoang.long@gmial.com
Subject: =?UTF-8?Q?X=C3=A1c_nh=E1=BA=ADn_l=E1=BB=8Bch_h=E1=BA=B9n_t=C6=B0_v=E1=BA=A5n_14/03?=
Date: Tue, 10 Mar 2026 18:36:02 +0700
Message-ID: <e7d2c1a0-9b3f-4f6e-8d21-3a5b7c9e0f44@hunggialaw.vn>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Kính gửi anh Lê Hoàng Long,

Công ty Luật Hưng Gia xác nhận lịch hẹn tư vấn về thủ tục thừa kế của anh vào 9h00 thứ Bảy 14/03/2026 tại văn phòng. Số điện thoại anh đã cung cấp: 0907 338 152.
Nếu cần đổi lịch, vui lòng gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 10 Mar 2026 04:36:03 -0700

Final-Recipient: rfc822; le.hoang.long@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
Last-Attempt-Date: Tue, 10 Mar 2026 04:36:12 -0700
"""
t = """** Address not found **

Your message wasn't delivered to le.hoang.long@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
"""
add(message(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), INFO,
            "Delivery Status Notification (Failure)", "Tue, 10 Mar 2026 04:36:12 -0700",
            multipart("report", [text(t, cte="7bit"),
                                 raw_part("message/delivery-status", dsn),
                                 raw_part("message/rfc822", orig)],
                      extra="; report-type=delivery-status"),
            extra=[("Auto-Submitted", "auto-replied"),
                   ("X-Failed-Recipients", "le.hoang.long@gmial.com")],
            mid_domain="mx.google.com"),
    "unknown", "en", NULL, automated=True,
    note="Bounce of the firm's own appointment reminder; the client name and phone inside the returned message are not a sender contact.")

# ==========================================================================
# y015 complaint en — delays / missed mediation
# ==========================================================================
t = """Dear Sir/Madam,

I am writing to complain about how our labour dispute case is being handled.

We signed an engagement letter with your firm on 5 January and paid a retainer of 40,000,000 VND. The lawyer assigned to us, Mr. Khoa, did not attend the labour mediation session on 4 March, and nobody informed us in advance. Our HR manager had to attend alone without any preparation. Since then we have had no update for almost three weeks, and my emails to Mr. Khoa have not been answered.

This is not the level of service we expected. I would like a written explanation of what happened and a meeting with the managing partner this week to decide whether we continue working with your firm.

Regards,

Daniel Park
General Manager
Han River Logistics Vina Co., Ltd.
Mobile: +84 868 223 509
"""
add(message(addr("Daniel Park", "daniel.park@hanriverlogistics.com"), INFO,
            "No update on our labour dispute case for 3 weeks", "Tue, 10 Mar 2026 15:44:21 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"),
                                      text(to_html(t, "Calibri,sans-serif"), "html", cte="quoted-printable")]),
            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    "complaint", "en",
    C("Daniel Park", "+84868223509", "daniel.park@hanriverlogistics.com"))

# ==========================================================================
# y016 service_request vi (no diacritics) — inheritance of land
# ==========================================================================
t = """chao luat su,
ba toi mat nam 2023 khong de lai di chuc, de lai 1 manh dat 500m2 o Phong Dien, so do dung ten ba. gia dinh co 4 anh em, 1 nguoi dang o My.
cho toi hoi thu tuc khai nhan thua ke the nao, nguoi o nuoc ngoai co can ve VN ky khong?
toi muon hen gap luat su sang thu 7 tuan nay duoc khong.
sdt/zalo 0939 507 284
Hau
"""
add(message(addr("Tran Van Hau", "hautv.cantho@gmail.com"), INFO,
            "hoi ve chia thua ke dat", "Tue, 10 Mar 2026 20:18:40 +0700", gmail_alt(t)),
    "service_request", "vi",
    C("Tran Van Hau", "+84939507284", "hautv.cantho@gmail.com"),
    note="Full name only from the From display name; signature is just 'Hau'.")

# ==========================================================================
# y017 deletion_request en — withdraw consent, delete from lists
# ==========================================================================
t = """Hello,

I attended your seminar on property ownership for foreigners last November and filled in the registration form at the door. Since then I've been getting your newsletters and the occasional call.

I hereby withdraw my consent to marketing and ask you to delete my name, email address and phone number (+84 707 331 942) from your mailing lists and client database. Please confirm once that's done.

Thanks,
Olivia Bennett
"""
add(message(addr("Olivia Bennett", "olivia.bennett@proton.me"), SUPPORT,
            "Withdrawal of consent and deletion of my details", "Tue, 10 Mar 2026 22:05:17 +0700",
            text(t, cte="7bit")),
    "deletion_request", "en",
    C("Olivia Bennett", "+84707331942", "olivia.bennett@proton.me"))

# ==========================================================================
# y018 complaint vi — forward: someone else's documents sent to him
# ==========================================================================
t = """Kính gửi Công ty Luật Hưng Gia,

Tôi chuyển tiếp email bên dưới mà tôi nhận được sáng nay từ luật sư của công ty. File đính kèm lẽ ra là bản nháp hợp đồng góp vốn của tôi, nhưng thực tế là hợp đồng và ảnh CCCD của một người khác (ông Lương Văn Kiên). Đây là lần thứ hai trong tháng tôi nhận nhầm tài liệu như vậy.

Tôi rất lo ngại: nếu tài liệu của người khác bị gửi cho tôi thì giấy tờ của tôi cũng có thể đang bị gửi cho ai đó. Đề nghị công ty kiểm tra lại quy trình, trả lời rõ cho tôi hồ sơ của tôi đã bị gửi nhầm cho ai chưa, và gửi lại đúng bản nháp của tôi.

Bùi Đức Mạnh
0988 130 475

---------- Forwarded message ---------
Từ: LS. Phạm Thu Trang <trang.pham@hunggialaw.vn>
Date: Th 4, 11 thg 3, 2026 lúc 07:52
Subject: Hồ sơ góp vốn – bản nháp hợp đồng
To: <manhbd.xaydung@gmail.com>

Gửi anh Kiên,

Em gửi anh bản nháp hợp đồng góp vốn và bản scan CCCD để anh kiểm tra thông tin. Có gì anh gọi em hoặc em sẽ gọi anh theo số 0916 244 873 nhé.

Trân trọng,
LS. Phạm Thu Trang
Công ty Luật TNHH Hưng Gia – Hotline 1800 63 65
"""
add(message(addr("Bùi Đức Mạnh", "manhbd.xaydung@gmail.com"), INFO,
            subject("Fwd: Hồ sơ góp vốn – bản nháp hợp đồng"), "Wed, 11 Mar 2026 08:30:02 +0700",
            gmail_alt(t)),
    "complaint", "vi",
    C("Bùi Đức Mạnh", "+84988130475", "manhbd.xaydung@gmail.com"),
    note="Forwarded firm email addressed to another client; Lương Văn Kiên and 0916 244 873 belong to that other client.")

# ==========================================================================
# y019 correction_request en — misspelled name, wrong DOB
# ==========================================================================
t = """Hi,

I noticed that the receipts and the engagement letter I received from your office spell my name as "Siobhan Gallager". Could you please correct it in your client records to Siobhán Gallagher, exactly as in my passport?

While you're at it, my date of birth is also wrong in the engagement letter - it should be 14/07/1986, not 17/04/1986.

Many thanks,
Siobhán Gallagher
+84 795 118 036
"""
add(message(addr("Siobhán Gallagher", "siobhan.gallagher@eircom.net"), SUPPORT,
            "Please correct my name and date of birth in your records", "Wed, 11 Mar 2026 09:12:33 +0700",
            text(t, cte="quoted-printable"), extra=[("X-Mailer", "iPhone Mail (22D82)")]),
    "correction_request", "en",
    C("Siobhán Gallagher", "+84795118036", "siobhan.gallagher@eircom.net"),
    note="Misspelled variant 'Siobhan Gallager' also appears; label is the correct spelling she signs with.")

# ==========================================================================
# y020 unknown vi (no diacritics) — wrong recipient
# ==========================================================================
t = """Anh Tuan oi,

Em gui anh bang bao gia thep hop thang 3 nhu hom qua da trao doi. Anh xem roi chot giup em so luong truoc thu 6 nhe, gia da bao gom VAT, chua gom van chuyen.

Em Khoa
0908 455 123
"""
add(message(addr("Pham Minh Khoa", "khoa.pm@tanphuoctrading.vn"), INFO,
            "gui anh bao gia thang 3", "Wed, 11 Mar 2026 09:58:47 +0700",
            multipart("mixed", [text(t, cte="7bit"),
                                attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                           "BaoGia_ThepHop_T3-2026.xlsx", b"PK\x03\x04 fake xlsx content")])),
    "unknown", "vi",
    C("Pham Minh Khoa", "+84908455123", "khoa.pm@tanphuoctrading.vn"),
    note="Price list meant for a customer ('anh Tuan'); sent to the firm by mistake.")

# ==========================================================================
# y021 service_request vi — windows-1258 body, will drafting at home
# ==========================================================================
t = """Kính gửi Văn phòng luật sư,

Tôi là Hà Văn Thịnh, sinh năm 1952, hiện ở tại số 27 đường Phan Đình Phùng, phường Thủ Dầu Một, TP. Hồ Chí Minh.

Tôi muốn lập di chúc để lại căn nhà đang ở và hai sổ tiết kiệm cho ba người con. Tuổi tôi đã cao, đi lại khó khăn, xin hỏi văn phòng có cử luật sư và công chứng viên đến tận nhà được không, thủ tục cần những giấy tờ gì và chi phí khoảng bao nhiêu.

Điện thoại nhà: 0274 3 855 162 (ban ngày luôn có người nghe máy).

Xin cảm ơn.
Hà Văn Thịnh
"""
add(message(addr("Hà Văn Thịnh", "havanthinh1952@yahoo.com.vn", enc="Q", charset="windows-1258"), INFO,
            subject("Hỏi về việc lập di chúc tại nhà", enc="Q", charset="windows-1258"),
            "Wed, 11 Mar 2026 10:40:18 +0700",
            text(t, charset="windows-1258", cte="quoted-printable"),
            extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
            mid_domain="yahoo.com.vn"),
    "service_request", "vi",
    C("Hà Văn Thịnh", "+842743855162", "havanthinh1952@yahoo.com.vn",
      "số 27 đường Phan Đình Phùng, phường Thủ Dầu Một, TP. Hồ Chí Minh"),
    note="Body and headers in windows-1258 with combining tone marks; compare after NFC. Landline number.")

# ==========================================================================
# y022 complaint vi — suspected leak of consultation details
# ==========================================================================
t = """Kính gửi Công ty Luật Hưng Gia,

Ngày 24/02 tôi đến văn phòng công ty để được tư vấn về việc bán căn nhà của tôi ở phường Hiệp Bình. Thông tin về căn nhà (diện tích, giá dự kiến, tình trạng sổ) tôi chỉ cung cấp cho luật sư tư vấn và bạn lễ tân ghi phiếu.

Từ ngày 27/02 đến nay tôi liên tục nhận cuộc gọi từ các môi giới nhà đất, họ gọi đúng tên tôi và biết chính xác diện tích, giá tôi định bán. Tôi chưa đăng tin và chưa nói với ai khác ngoài công ty.

Tôi đề nghị công ty kiểm tra, giải trình bằng văn bản vì sao thông tin của tôi bị lộ ra ngoài và xử lý người có trách nhiệm.

Châu Thị Mỹ Linh
Số điện thoại (cũng là số đang bị làm phiền): 0932 674 518
"""
add(message(addr("Châu Thị Mỹ Linh", "mylinh.chau@gmail.com"), INFO,
            subject("Thông tin cá nhân của tôi bị lộ sau khi tư vấn tại công ty"),
            "Wed, 11 Mar 2026 11:25:06 +0700", gmail_alt(t)),
    "complaint", "vi",
    C("Châu Thị Mỹ Linh", "+84932674518", "mylinh.chau@gmail.com"))

# ==========================================================================
# y023 access_request vi
# ==========================================================================
t = """Kính gửi Bộ phận Chăm sóc khách hàng,

Năm 2023 tôi đã sử dụng dịch vụ thành lập doanh nghiệp của công ty. Căn cứ Luật Bảo vệ dữ liệu cá nhân, tôi đề nghị công ty cho tôi biết:
- Công ty hiện đang lưu trữ những dữ liệu cá nhân nào của tôi;
- Mục đích lưu trữ và thời hạn lưu trữ;
- Dữ liệu đó đã được chia sẻ cho bên thứ ba nào chưa.

Xin gửi câu trả lời kèm bản sao dữ liệu qua email này.

Trân trọng,
Tạ Minh Nhật
+84 914 052 687
"""
add(message(addr("Tạ Minh Nhật", "nhat.taminh@outlook.com"), SUPPORT,
            subject("Đề nghị cung cấp thông tin về dữ liệu cá nhân đang lưu trữ"),
            "Wed, 11 Mar 2026 13:50:39 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"),
                                      text(to_html(t, "Aptos,sans-serif"), "html", cte="quoted-printable")])),
    "access_request", "vi",
    C("Tạ Minh Nhật", "+84914052687", "nhat.taminh@outlook.com"))

# ==========================================================================
# y024 service_request en — work permit renewal quote
# ==========================================================================
t = """Dear Hung Gia team,

We have two expatriate employees (one Indian and one Taiwanese national) whose work permits expire in June 2026. Their temporary residence cards expire at the same time.

Could you please send us:
1. a quotation for renewing both work permits and TRCs;
2. the list of documents we need to prepare;
3. the expected processing time.

We would prefer to start the paperwork in April.

Best regards,
Jennifer Lau
HR Director
Orchid Textiles Vietnam Co., Ltd.
T: +84 28 3726 1845 ext. 210
Tax code: 0314 882 907
"""
add(message(addr("Jennifer Lau", "jennifer.lau@orchidtextiles.com"), INFO,
            "Work permit renewal for two expatriate staff - quotation", "Wed, 11 Mar 2026 14:33:10 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"),
                                      text(to_html(t, "Arial,sans-serif"), "html", cte="quoted-printable")])),
    "service_request", "en",
    C("Jennifer Lau", "+842837261845", "jennifer.lau@orchidtextiles.com"),
    note="Direct line with extension; the company tax code is not a phone.")

# ==========================================================================
# y025 unknown vi — pure thanks (ambiguous)
# ==========================================================================
t = """Kính gửi luật sư Hạnh và các anh chị ở Công ty Luật Hưng Gia,

Tuần trước gia đình tôi đã nhận được bản án phúc thẩm, giữ nguyên quyền sử dụng mảnh đất của gia đình. Cả nhà tôi rất mừng. Suốt gần hai năm theo vụ việc, luật sư Hạnh lúc nào cũng tận tình, giải thích kỹ càng cho ông bà già như chúng tôi hiểu.

Thay mặt gia đình, tôi xin chân thành cảm ơn luật sư và công ty. Sau này có việc gì cần, chắc chắn tôi sẽ lại tìm đến công ty.

Chúc luật sư và mọi người sức khỏe, công ty ngày càng phát triển.

Mai Xuân Trường
0915 330 271
"""
add(message(addr("Mai Xuân Trường", "truongmx63@gmail.com"), INFO,
            subject("Cảm ơn luật sư Hạnh"), "Wed, 11 Mar 2026 16:20:55 +0700", gmail_alt(t)),
    "unknown", "vi",
    C("Mai Xuân Trường", "+84915330271", "truongmx63@gmail.com"),
    note="Pure thanks after a closed case; mentions possible future work but asks nothing now.")

# ==========================================================================
# y026 deletion_request vi — destroy copies of ID documents
# ==========================================================================
t = """Kính gửi Công ty Luật Hưng Gia,

Hồ sơ xin cấp phiếu lý lịch tư pháp và hợp pháp hóa lãnh sự mà công ty làm giúp tôi đã hoàn tất từ tháng 12/2025, tôi đã nhận đủ giấy tờ.

Vì không còn việc gì cần xử lý, tôi đề nghị công ty hủy toàn bộ bản sao CCCD, giấy khai sinh, sổ hộ khẩu cũ của tôi đang lưu tại công ty, đồng thời xóa các bản scan trong email và máy chủ. Nhờ công ty xác nhận lại bằng văn bản khi đã thực hiện xong.

Trân trọng,
Kiều Thị Lan Anh
Số 8 ngách 35/12 phố Khương Hạ, phường Khương Đình, Hà Nội
ĐT: 0964 281 730
"""
add(message(addr("Kiều Thị Lan Anh", "lananh.kieu@yahoo.com"), SUPPORT,
            subject("Yêu cầu hủy bản sao giấy tờ cá nhân"), "Wed, 11 Mar 2026 19:45:27 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"),
                                      text(to_html(t, "Helvetica Neue,Helvetica,Arial"), "html", cte="quoted-printable")]),
            mid_domain="mail.yahoo.com"),
    "deletion_request", "vi",
    C("Kiều Thị Lan Anh", "+84964281730", "lananh.kieu@yahoo.com",
      "Số 8 ngách 35/12 phố Khương Hạ, phường Khương Đình, Hà Nội"))

# ==========================================================================
# y027 service_request en — traffic accident, iPhone, no phone
# ==========================================================================
t = """Hello,

I was hit by a Grab car while riding my motorbike last Saturday near Ben Thanh market. Broken wrist, bike badly damaged. The police made a report at the scene.

The driver's insurer is offering 8 million VND, which doesn't even cover my hospital bill. Can one of your lawyers help me claim proper compensation? What would it cost?

Thanks,
Marco

Sent from my iPhone
"""
add(message(addr("Marco Rossi", "marco.rossi.vn@gmail.com"), INFO,
            "Accident compensation - need a lawyer", "Wed, 11 Mar 2026 23:12:41 +0700",
            text(t, cte="quoted-printable"), extra=[("X-Mailer", "iPhone Mail (22D82)")],
            mid_domain="gmail.com"),
    "service_request", "en",
    C("Marco Rossi", None, "marco.rossi.vn@gmail.com"))

# ==========================================================================
# y028 correction_request vi (no diacritics) — new postal address
# ==========================================================================
t = """Chao cong ty,

Toi la Luong Thi Hoai Thu, khach hang cua cong ty (ho so so 2025/HS-0418). Toi da chuyen nha, nho cong ty cap nhat dia chi nhan thu va giay to cua toi thanh:
45/7 Nguyen Van Cu, phuong An Khanh, TP Can Tho

Dia chi cu (12 Tran Phu, phuong Cai Khe) khong con nhan thu nua. SDT va email giu nguyen.

Cam on cong ty.
Hoai Thu
"""
add(message(addr("Luong Thi Hoai Thu", "hoaithu.luong@gmail.com"), SUPPORT,
            "cap nhat dia chi lien lac", "Thu, 12 Mar 2026 07:55:13 +0700", gmail_alt(t)),
    "correction_request", "vi",
    C("Luong Thi Hoai Thu", None, "hoaithu.luong@gmail.com", "45/7 Nguyen Van Cu, phuong An Khanh, TP Can Tho"),
    note="Old address also present; contact address is the new one. No phone number given.")

# ==========================================================================
# y029 unknown vi (no diacritics) automated — e-invoice notification
# ==========================================================================
t = """Kinh gui Quy khach hang: CONG TY LUAT TNHH HUNG GIA
Ma so thue: 0316 742 508

CONG TY TNHH VAN PHONG PHAM TAN THANH vua phat hanh hoa don dien tu cho Quy khach voi thong tin nhu sau:
- Mau so: 1 - Ky hieu: C26TTT
- So hoa don: 00001782
- Ngay hoa don: 11/03/2026
- Tong tien thanh toan: 3.465.000 VND

Quy khach vui long tra cuu va tai hoa don tai: https://tracuu.einvoice-tanthanh.vn
Ma tra cuu: TT7K2M9Q4X

Day la email tu dong tu he thong hoa don dien tu, vui long khong tra loi email nay.
"""
add(message(addr("HDDT Tan Thanh", "no-reply@einvoice-tanthanh.vn"), INFO,
            "Thong bao phat hanh hoa don dien tu so 00001782", "Thu, 12 Mar 2026 08:14:00 +0700",
            text(t, cte="7bit"),
            extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    "unknown", "vi", NULL, automated=True,
    note="System-generated supplier e-invoice notice; the tax code is the firm's own.")

# ==========================================================================
# y030 service_request vi (no diacritics) — criminal record expungement
# ==========================================================================
t = """Chao luat su,

Nam 2019 toi bi toa xu 9 thang tu cho huong an treo ve toi gay roi trat tu cong cong, da chap hanh xong tu nam 2021. Nay toi xin viec o mot cong ty Nhat, ho yeu cau phieu ly lich tu phap so 1 ghi "khong co an tich".

Cho toi hoi toi da duoc duong nhien xoa an tich chua, thu tuc xin xac nhan nhu the nao, cong ty co nhan lam ho khong va chi phi bao nhieu.
So dt cua toi 0822 461 957.

Cam on.
Quach Van Long
"""
add(message(addr("Quach Van Long", "quachlong.87@gmail.com"), INFO,
            "nho tu van xoa an tich", "Thu, 12 Mar 2026 09:40:26 +0700", gmail_alt(t)),
    "service_request", "vi",
    C("Quach Van Long", "+84822461957", "quachlong.87@gmail.com"),
    note="'xoa an tich' is expungement of a criminal record: a request for legal help, not for deletion of data held by the firm.")

# ==========================================================================
# y031 complaint en — drafting mistake (ambiguous with correction)
# ==========================================================================
t = """Dear Hung Gia Law,

Last month your firm drafted the office lease for my design studio. In the final version my name is written as "Hanna Schmit" and my passport number is wrong, even though I pointed out both errors when I reviewed the draft and was told they had been fixed.

Because of this the bank refused to accept the lease for opening the deposit account, and I had to pay 2,500,000 VND to have a corrected version notarised again and lost a full week before I could move in.

I expect the firm to reimburse the notarisation cost and to send me a written apology. Frankly I am very disappointed given the fee I paid.

Hannah Schmidt
+84 961 507 384
"""
add(message(addr("Hannah Schmidt", "h.schmidt@gmx.de"), INFO,
            "Mistake in the lease you drafted - bank rejected it", "Thu, 12 Mar 2026 10:22:58 +0700",
            text(t, cte="8bit", flowed=True), mid_domain="gmx.de"),
    "complaint", "en",
    C("Hannah Schmidt", "+84961507384", "h.schmidt@gmx.de"),
    note="Mentions a misspelled name, but it is a grievance about the firm's drafting error with a refund demand, not a request to correct data on file. Misspelled variant 'Hanna Schmit' also appears.")

# ==========================================================================
# y032 access_request vi — angry 'where did you get my number' (ambiguous)
# ==========================================================================
t = """Hôm qua (11/3) tôi nhận cuộc gọi từ một người tự xưng là chuyên viên tư vấn của Công ty Luật Hưng Gia. Người này gọi đúng họ tên tôi và hỏi tôi có cần tư vấn tranh chấp thừa kế không.

Tôi chưa bao giờ liên hệ hay sử dụng dịch vụ của công ty. Vì vậy tôi đề nghị công ty trả lời bằng văn bản:
1. Công ty đang lưu giữ những thông tin gì về tôi?
2. Công ty lấy các thông tin đó từ nguồn nào?
3. Công ty đã chia sẻ thông tin của tôi cho ai chưa?

Số điện thoại của tôi mà nhân viên đã gọi: 0705 982 413. Tôi sẽ quyết định các bước tiếp theo sau khi nhận được trả lời.

Tôn Nữ Khánh Vy
"""
add(message(addr("Tôn Nữ Khánh Vy", "khanhvy.tonnu@gmail.com"), INFO,
            subject("Công ty lấy số điện thoại của tôi ở đâu?"), "Thu, 12 Mar 2026 10:51:14 +0700",
            gmail_alt(t)),
    "access_request", "vi",
    C("Tôn Nữ Khánh Vy", "+84705982413", "khanhvy.tonnu@gmail.com"),
    note="Irritated tone, but the asks are what data is held, its source and recipients; no deletion or remedy is requested yet.")

# ==========================================================================
# y033 service_request vi (no diacritics) — unpaid loan; debtor's number
# ==========================================================================
t = """Chao cong ty,

Thang 6/2025 toi cho mot nguoi ban vay 200 trieu, co giay viet tay ky ten, hen 6 thang tra. Den nay nguoi do khong tra, goi dien vao so 0933 870 152 thi khong nghe, nhan tin thi hua lay.

Toi muon hoi:
- giay vay viet tay nhu vay co gia tri phap ly khong?
- nen khoi kien dan su hay to cao lua dao?
- chi phi thue luat su theo vu viec khoang bao nhieu?

Toi o Vung Tau, co the len TP gap truc tiep.
Lien he toi: 0918 264 093 - Dinh Cong Thanh
"""
add(message(addr("Dinh Cong Thanh", "thanhdc.vt@gmail.com"), INFO,
            "tu van doi no 200 trieu", "Thu, 12 Mar 2026 14:06:31 +0700", gmail_alt(t)),
    "service_request", "vi",
    C("Dinh Cong Thanh", "+84918264093", "thanhdc.vt@gmail.com"),
    note="0933 870 152 is the debtor's number, not the sender's.")

# ==========================================================================
# y034 correction_request vi — email change, new address in body
# ==========================================================================
t = """Kính gửi Công ty Luật Hưng Gia,

Tôi là Hồ Thanh Phong, khách hàng trong hồ sơ ly hôn do LS. Đỗ Thị Vân phụ trách.

Tôi đã nghỉ việc tại Công ty In Sài Gòn, địa chỉ email này sẽ bị khóa từ ngày 20/3. Nhờ công ty cập nhật email liên hệ của tôi trong hồ sơ thành: hothanhphong.86@gmail.com và gửi mọi thông báo về hồ sơ sau này vào địa chỉ mới.

Số điện thoại vẫn là 0902 517 384.

Cảm ơn công ty.
Hồ Thanh Phong
"""
add(message(addr("Hồ Thanh Phong", "phong.ho@insaigon.com.vn", enc="Q"), SUPPORT,
            subject("Thay đổi email nhận thông báo hồ sơ", enc="Q"), "Thu, 12 Mar 2026 15:30:44 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"),
                                      text(to_html(t, "Calibri,sans-serif"), "html", cte="quoted-printable")]),
            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    "correction_request", "vi",
    C("Hồ Thanh Phong", "+84902517384", "hothanhphong.86@gmail.com"),
    note="New contact email in the body differs from the From address.")

# ==========================================================================
# y035 unknown en — advance-fee scam (person's spam)
# ==========================================================================
t = """Dear Partner,

I am Barrister James Okafor, personal attorney to the late Mr. Andrew Hung, a contractor who died intestate in 2021 leaving a deposit of US$8,500,000.00 with a finance house in London.

I need a reputable law firm in Vietnam to act as legal representative so the funds can be released to a beneficiary of the same surname. Your firm will receive 40% of the total sum for its legal services. All documents will be backed by law.

Kindly reply only to my private email: jamesokafor.esq@gmail.com or call me on +44 7700 900418 for further details.

Regards,
Barrister James Okafor (Esq.)
Okafor & Co Chambers
"""
add(message(addr("Barrister James Okafor", "chambers@okafor-co-legal.co"), INFO,
            "URGENT CONFIDENTIAL LEGAL REPRESENTATION", "Thu, 12 Mar 2026 03:17:09 +0000",
            text(t, cte="7bit"), extra=[("Reply-To", "jamesokafor.esq@gmail.com")]),
    "unknown", "en",
    C("James Okafor", "+447700900418", "jamesokafor.esq@gmail.com"),
    note="Advance-fee scam dressed up as a request for legal representation; reply address given in the body wins over From.")

# ==========================================================================
# y036 deletion_request vi — angry repeated calls (ambiguous)
# ==========================================================================
t = """Tôi đã từ chối qua điện thoại ít nhất 4 lần, vậy mà tuần này nhân viên bên công ty vẫn tiếp tục gọi và nhắn Zalo mời tôi tham dự hội thảo "Pháp lý bất động sản 2026".

Tôi chỉ nhờ công ty tư vấn đúng một lần vào năm 2024. Yêu cầu công ty xóa số điện thoại 0961 843 207 cùng mọi thông tin của tôi khỏi danh sách chăm sóc khách hàng và marketing, và không liên lạc lại với tôi dưới bất kỳ hình thức nào.

Lưu Văn Hiển
"""
add(message(addr("Lưu Văn Hiển", "luuvanhien.bd@gmail.com"), INFO,
            subject("LẦN CUỐI: đừng gọi và nhắn tin cho tôi nữa"), "Thu, 12 Mar 2026 17:48:20 +0700",
            gmail_alt(t)),
    "deletion_request", "vi",
    C("Lưu Văn Hiển", "+84961843207", "luuvanhien.bd@gmail.com"),
    note="Angry tone reads like a complaint, but the only ask is to stop contact and remove his data.")

# ==========================================================================
# y037 unknown vi automated — bulk webinar invitation
# ==========================================================================
t = """Kính gửi Quý Anh/Chị,

Viện Đào tạo Pháp chế Doanh nghiệp trân trọng kính mời Quý Anh/Chị tham dự hội thảo trực tuyến:

TUÂN THỦ LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN 2025 – XỬ LÝ YÊU CẦU TRUY CẬP, CHỈNH SỬA, XÓA DỮ LIỆU
Thời gian: 14h00 – 16h30, thứ Năm 26/03/2026
Hình thức: Zoom (miễn phí)

Đăng ký tại: https://phapchedn-edu.vn/webinar/pdpl-0326

Trân trọng,
Ban Tổ chức
Hotline: 024 7300 8826

Email này được gửi tới info@hunggialaw.vn. Nếu không muốn nhận thư mời, vui lòng bấm Hủy nhận tin.
"""
add(message(addr("Viện Đào tạo Pháp chế DN", "events@phapchedn-edu.vn"), INFO,
            subject("[Hội thảo trực tuyến] Tuân thủ Luật Bảo vệ dữ liệu cá nhân 2025 – đăng ký miễn phí"),
            "Fri, 13 Mar 2026 07:00:00 +0700",
            multipart("alternative", [text(t, cte="base64"), text(to_html(t, "Arial"), "html", cte="base64")]),
            extra=[("List-Unsubscribe", "<https://phapchedn-edu.vn/unsub?e=aW5mb0BodW5nZ2lhbGF3LnZu>"),
                   ("Precedence", "bulk"),
                   ("X-Campaign-ID", "pdpl-0326-wave2")],
            mid_domain="send.phapchedn-edu.vn"),
    "unknown", "vi", NULL, automated=True,
    note="Bulk event invitation; the subject and body are full of data-rights keywords.")

# ==========================================================================
# y038 complaint vi (no diacritics) — land transfer delay
# ==========================================================================
t = """Kinh gui cong ty,

Toi ky hop dong dich vu voi cong ty ngay 10/12/2025 de lam thu tuc sang ten nha dat tai xa Hoa Vang, Da Nang, cong ty cam ket hoan thanh trong 30 ngay lam viec.
Den nay da gan 3 thang. Moi lan toi hoi thi chi Ngan ben cong ty deu noi "dang cho van phong dang ky dat dai". Tuan truoc toi tu len hoi thi can bo o do noi ho so nop thieu giay to tu thang 1 va da tra lai, vay ma khong ai bao cho toi.

Toi da tra du 100% phi la 18 trieu. Yeu cau cong ty tra loi bang van ban ly do cham tre, ai chiu trach nhiem, va hoan lai mot phan phi neu khong xong trong thang 3.

Truong Van Nghia - 0935 207 641
"""
add(message(addr("Truong Van Nghia", "nghiatv.dn@gmail.com"), INFO,
            "ho so sang ten so do cham qua lau", "Fri, 13 Mar 2026 08:20:37 +0700", gmail_alt(t)),
    "complaint", "vi",
    C("Truong Van Nghia", "+84935207641", "nghiatv.dn@gmail.com"))

# ==========================================================================
# y039 access_request en — call recordings and notes
# ==========================================================================
t = """Hello,

I called your hotline several times in January about a dispute with my landlord, and I was told the calls are recorded. I decided not to go ahead with your firm.

Under Vietnam's personal data protection rules I would like to receive a copy of:
(a) the recordings of my calls,
(b) any notes or CRM entries your staff made about me, and
(c) any other personal data you hold about me.

Please send them to this email address. The number I called from is 0899 612 375, in case you need it to find the recordings.

Thank you,
Michael Chen
"""
add(message(addr("Michael Chen", "mchen.hcmc@yahoo.com"), SUPPORT,
            "Copy of call recordings and notes about me", "Fri, 13 Mar 2026 09:05:12 +0700",
            text(t, cte="7bit"), mid_domain="mail.yahoo.com"),
    "access_request", "en",
    C("Michael Chen", "+84899612375", "mchen.hcmc@yahoo.com"))

# ==========================================================================
# y040 correction_request en — married name and new address
# ==========================================================================
t = """Dear team,

I got married in January and have changed my surname. Could you please update my client record from Sarah Collins to Sarah Nguyen? My new passport number is C4417832 (I can send a scan if you need it).

I have also moved. My new address is:
19 Trần Ngọc Diện, Phường An Khánh, TP.HCM

Phone stays the same: +84 903 144 598.

Thank you!
Sarah Nguyen (née Collins)
"""
add(message(addr("Sarah Collins", "sarah.collins.vn@gmail.com"), SUPPORT,
            "Update to my name and address", "Fri, 13 Mar 2026 10:10:03 +0700", gmail_alt(t)),
    "correction_request", "en",
    C("Sarah Nguyen", "+84903144598", "sarah.collins.vn@gmail.com", "19 Trần Ngọc Diện, Phường An Khánh, TP.HCM"),
    note="From display still shows the old surname Collins; she now signs as Sarah Nguyen.")

# ==========================================================================
# y041 unknown vi (no diacritics) — SEO vendor pitch
# ==========================================================================
t = """Chao anh/chi phu trach marketing cua Cong ty Luat Hung Gia,

Em la Nam, ben TopSEO Agency. Em vua kiem tra website hunggialaw.vn thi thay cac tu khoa nhu "luat su ly hon", "tu van thanh lap cong ty" hien dang o trang 3-4 Google, toc do tai trang tren di dong cham.

Ben em co goi SEO danh rieng cho van phong luat, cam ket len top 10 sau 3 thang, chi phi tu 6 trieu/thang. Anh/chi cho em xin 15 phut de gui bao cao audit mien phi nhe.

Vo Hoang Nam
TopSEO Agency - 0976 318 402
"""
add(message(addr("Vo Hoang Nam", "nam.vo@topseo-agency.vn"), INFO,
            "de xuat dua website hunggialaw.vn len top Google", "Fri, 13 Mar 2026 10:45:50 +0700",
            text(t, cte="7bit")),
    "unknown", "vi",
    C("Vo Hoang Nam", "+84976318402", "nam.vo@topseo-agency.vn"),
    note="Cold vendor pitch to the firm.")

# ==========================================================================
# y042 complaint en — HTML-only, double card charge
# ==========================================================================
h = """<div style="font-family: Segoe UI, sans-serif; font-size: 14px;">
<p>Hello,</p>
<p>On 3 March I paid <b>3,300,000 VND</b> by card at your reception for my consultation with Ms. Hanh. My bank statement now shows <b>two identical charges</b> of that amount on the same day.</p>
<p>I emailed support@hunggialaw.vn on 5 March and called the hotline the next day. Nobody has got back to me, which is frustrating for something this simple.</p>
<p>Please refund the duplicate charge to my card (ending 4417) this week and confirm by email.</p>
<p>Robert Nguyen<br>Mobile: +1 (408) 555-0147</p>
</div>
"""
add(message(addr("Robert Nguyen", "robert.nguyen@outlook.com"), SUPPORT,
            "Charged twice for consultation fee", "Fri, 13 Mar 2026 11:30:19 +0700",
            text(h, "html", cte="quoted-printable")),
    "complaint", "en",
    C("Robert Nguyen", "+14085550147", "robert.nguyen@outlook.com"),
    note="HTML-only. US mobile number; the card digits are not a phone.")

# ==========================================================================
# y043 service_request vi — copies of contract from her matter (ambiguous)
# ==========================================================================
t = """Chào công ty,

Tháng 8/2025 công ty đã soạn và đi cùng tôi công chứng hợp đồng mua bán căn nhà ở phường Hạnh Thông. Bản gốc của tôi bị ngấm nước hỏng trong đợt mưa ngập vừa rồi.

Tôi đang cần bản sao hợp đồng mua bán và biên bản bàn giao nhà để làm hồ sơ vay ngân hàng. Nhờ công ty gửi lại cho tôi bản scan các giấy tờ này, và cho tôi biết nếu cần xin bản sao có chứng thực tại phòng công chứng thì công ty có làm giúp không, phí bao nhiêu.

Đoàn Thị Hải Yến
0981 227 640
"""
add(message(addr("Đoàn Thị Hải Yến", "haiyen.doan75@gmail.com"), INFO,
            subject("Xin lại bản sao hợp đồng mua bán nhà"), "Fri, 13 Mar 2026 13:15:44 +0700",
            gmail_alt(t)),
    "service_request", "vi",
    C("Đoàn Thị Hải Yến", "+84981227640", "haiyen.doan75@gmail.com"),
    note="Asks for copies of documents from her past matter and for help obtaining certified copies, not for the personal data held about her.")

# ==========================================================================
# y044 deletion_request vi (no diacritics) — withdraw consent after web form
# ==========================================================================
t = """Chao cong ty,

Thang 1/2026 toi co dang ky nhan tu van qua form tren website hunggialaw.vn nhung sau do khong su dung dich vu.
Nay toi rut lai su dong y xu ly du lieu ca nhan va de nghi cong ty xoa toan bo thong tin toi da cung cap (ho ten, sdt 0387 540 926, email nay).
Vui long xac nhan khi da xoa xong.

Cam on.
Yen Nhi
"""
add(message(addr("Nguyen Hoang Yen Nhi", "yennhi.ng@gmail.com"), SUPPORT,
            "rut lai dong y xu ly du lieu ca nhan", "Fri, 13 Mar 2026 15:02:28 +0700", gmail_alt(t)),
    "deletion_request", "vi",
    C("Nguyen Hoang Yen Nhi", "+84387540926", "yennhi.ng@gmail.com"))

# ==========================================================================
# y045 unknown en automated — OOO with a privacy-sounding subject (ambiguous)
# ==========================================================================
t = """Thank you for your email.

I am travelling with limited access to email until Wednesday 18 March. I will respond as soon as possible after my return.

For urgent matters please contact my assistant, Linh Pham, at linh.pham@meridiancap.com or +84 28 3914 2207.

Peter Vance
Meridian Capital Partners
"""
add(message(addr("Peter Vance", "peter.vance@meridiancap.com"), SUPPORT,
            "Automatic reply: Your request for access to personal data - ref. HG-DP-0226",
            "Fri, 13 Mar 2026 15:40:11 +0700",
            multipart("alternative", [text(t, cte="quoted-printable"),
                                      text(to_html(t, "Calibri,sans-serif"), "html", cte="quoted-printable")]),
            extra=[("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<9d8e7f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f@hunggialaw.vn>")]),
    "unknown", "en", NULL, automated=True,
    note="Out-of-office reply to the firm's own message about a data-access request; no Auto-Submitted header, the subject prefix and body reveal it.")

# ==========================================================================
# y046 correction_request vi — wrong date of birth on file (ambiguous)
# ==========================================================================
t = """Chào chị Vân,

Hôm nay tôi xem bản nháp giấy ủy quyền công ty gửi thì thấy ngày sinh của tôi ghi là 12/05/1980, đúng ra phải là 21/05/1980 (theo CCCD số 079180012745). Hóa đơn tháng trước cũng ghi sai y như vậy, nên chắc là trong hồ sơ khách hàng của công ty đã nhập nhầm từ đầu.

Nhờ chị sửa lại ngày sinh trong hồ sơ của tôi, và sửa luôn trên giấy ủy quyền trước buổi ký sáng thứ Ba tuần sau.

Cảm ơn chị.
Thu Hà - 0908 316 275
"""
add(message(addr("Phan Thị Thu Hà", "thuha.phan.1980@gmail.com"), SUPPORT,
            subject("Sửa ngày sinh trong hồ sơ"), "Fri, 13 Mar 2026 16:25:07 +0700", gmail_alt(t)),
    "correction_request", "vi",
    C("Phan Thị Thu Hà", "+84908316275", "thuha.phan.1980@gmail.com"),
    note="Also wants the draft power of attorney fixed, but the error comes from her data on file and she asks for it to be corrected; no grievance. The 12-digit CCCD number is not a phone.")

# ==========================================================================
# y047 access_request vi — reply to a personal address given in body
# ==========================================================================
t = """Kính gửi Công ty Luật Hưng Gia,

Tôi là Trịnh Minh Tuấn. Năm 2022 công ty đã đại diện cho tôi trong vụ tranh chấp lao động với công ty cũ của tôi.

Tôi đề nghị công ty cung cấp bản sao toàn bộ dữ liệu cá nhân của tôi mà công ty đang lưu giữ (hồ sơ, giấy tờ tùy thân, thông tin liên lạc, ghi chú về vụ việc) và cho biết các dữ liệu này được lưu đến khi nào.

Vui lòng gửi kết quả về email cá nhân của tôi: TuanTrinh.Minh82@gmail.com – không gửi vào email công ty này.

Trân trọng,
Trịnh Minh Tuấn
ĐT: 0912 840 366
"""
add(message(addr("Trịnh Minh Tuấn", "tuan.trinh@vinhhunggroup.vn"), SUPPORT,
            subject("Đề nghị cung cấp bản sao dữ liệu cá nhân"), "Sat, 14 Mar 2026 09:20:15 +0700",
            text(t, cte="base64")),
    "access_request", "vi",
    C("Trịnh Minh Tuấn", "+84912840366", "tuantrinh.minh82@gmail.com"),
    note="Sent from his work mailbox; he asks for the reply at a personal address given in the body.")

# ==========================================================================
# y048 deletion_request vi — top-posted on the firm's newsletter
# ==========================================================================
t = """Vui lòng ngừng gửi bản tin và xóa email cũng như số điện thoại của tôi khỏi danh sách của công ty. Tôi không hề đăng ký nhận bản tin này.

Kim Oanh

Vào 10:00, Th 2, 02/03/2026, Công ty Luật Hưng Gia <info@hunggialaw.vn> đã viết:
> BẢN TIN HƯNG GIA LAW – THÁNG 3/2026
>
> - Những điểm mới về thủ tục đăng ký biến động đất đai từ 2026
> - Lưu ý khi ký hợp đồng đặt cọc mua nhà hình thành trong tương lai
> - Ưu đãi 20% phí tư vấn doanh nghiệp trong tháng 3
>
> Đặt lịch tư vấn: Hotline 1800 63 65
> Công ty Luật TNHH Hưng Gia – Tầng 8, 27 Nguyễn Thị Minh Khai, Phường Sài Gòn, TP.HCM
> Để ngừng nhận bản tin, trả lời email này với tiêu đề "Hủy đăng ký".
"""
add(message(addr("La Thị Kim Oanh", "kimoanh.la@gmail.com"), INFO,
            subject("Re: Bản tin Hưng Gia Law tháng 3/2026"), "Sat, 14 Mar 2026 10:05:39 +0700",
            gmail_alt(t),
            extra=[("In-Reply-To", "<news-202603-77a1@hunggialaw.vn>"),
                   ("References", "<news-202603-77a1@hunggialaw.vn>")]),
    "deletion_request", "vi",
    C("La Thị Kim Oanh", None, "kimoanh.la@gmail.com"),
    note="Human reply on top of the firm's bulk newsletter (not automated); quoted hotline and address are the firm's. She gives no phone number.")

# ==========================================================================
# y049 complaint vi — data shared with insurer (ambiguous with access/deletion)
# ==========================================================================
t = """Kính gửi Ban Giám đốc Công ty Luật Hưng Gia,

Tháng 1/2026 tôi thuê công ty hỗ trợ yêu cầu bồi thường vụ tai nạn lao động. Tuần trước, một nhân viên của một công ty bảo hiểm nhân thọ gọi cho tôi chào bán bảo hiểm, nói là "được Công ty Luật Hưng Gia giới thiệu", và biết cả tình trạng thương tật, tỷ lệ suy giảm khả năng lao động của tôi.

Tôi chưa bao giờ đồng ý cho công ty chia sẻ thông tin sức khỏe của tôi cho bất kỳ ai. Việc này khiến tôi rất bức xúc và mất lòng tin.

Tôi yêu cầu công ty:
1. Giải trình bằng văn bản đã chia sẻ những thông tin gì của tôi, cho ai, căn cứ vào đâu;
2. Xin lỗi tôi và chấm dứt ngay việc chia sẻ;
3. Yêu cầu phía bảo hiểm xóa thông tin của tôi.

Nếu không được giải quyết thỏa đáng, tôi sẽ gửi đơn đến cơ quan chức năng.

Cao Văn Tiến
0387 219 054
"""
add(message(addr("Cao Văn Tiến", "tien.caovan@gmail.com"), INFO,
            subject("Khiếu nại việc tự ý chia sẻ thông tin cho công ty bảo hiểm"),
            "Sat, 14 Mar 2026 21:30:52 +0700", gmail_alt(t)),
    "complaint", "vi",
    C("Cao Văn Tiến", "+84387219054", "tien.caovan@gmail.com"),
    note="Also asks what was shared and for the third party to delete it, but the core is a grievance about unauthorised sharing by the firm with an apology demand.")

# ==========================================================================
# y050 unknown en — translation vendor pitch
# ==========================================================================
t = """Dear Hung Gia Law Firm,

My name is Lam Quoc Viet from GlobalLingua Translation. We provide certified translation and notarised translation of legal documents (contracts, court judgments, company charters) between Vietnamese, English, Korean, Japanese and Chinese, with 24-hour turnaround for urgent files.

Many law firms in HCMC already outsource their translation to us at a special partner rate of 95,000 VND per page. I'd be glad to send our price list or do a free test translation of one page.

Best regards,
Lam Quoc Viet
Business Development
GlobalLingua Translation
Mobile/Zalo: 0909 482 615
"""
add(message(addr("GlobalLingua Translation", "sales@globallingua.vn"), INFO,
            "Partnership offer: certified legal translation for your firm", "Sun, 15 Mar 2026 20:10:33 +0700",
            multipart("alternative", [text(t, cte="7bit"), text(to_html(t, "Verdana"), "html", cte="7bit")])),
    "unknown", "en",
    C("Lam Quoc Viet", "+84909482615", "sales@globallingua.vn"),
    note="Vendor pitch; the person's name comes from the signature, the From display is the company.")


# --------------------------------------------------------------------------
def main():
    assert len(MESSAGES) == 50, len(MESSAGES)
    labels = {}
    for i, (raw, lab) in enumerate(MESSAGES, 1):
        fn = "y%03d.eml" % i
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(raw)
        labels[fn] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
