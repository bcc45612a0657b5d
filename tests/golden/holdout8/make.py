#!/usr/bin/env python3
"""Generate holdout set 8: 50 raw RFC 5322 messages (s001.eml .. s050.eml) and labels.json.

Stdlib only. Run from anywhere: files are written next to this script.
Firm (fictional): Cong ty Luat TNHH Tam Duc -- tamduclaw.vn, hotline 1800 63 65.
"""
import base64
import hashlib
import html
import itertools
import json
import os
import quopri
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
DOM = "tamduclaw.vn"
INFO = "info@" + DOM
SUPPORT = "support@" + DOM

MESSAGES = {}
LABELS = {}


# ---------------------------------------------------------------- encoding helpers

def cp1258(s):
    """Encode text as windows-1258 the way Vietnamese Windows keyboards do:
    precomposed base letter where the code page has one, tone marks as combining characters."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        done = False
        for size in range(len(marks), -1, -1):
            for subset in itertools.combinations(range(len(marks)), size):
                head = unicodedata.normalize("NFC", base + "".join(marks[i] for i in subset))
                rest = "".join(m for i, m in enumerate(marks) if i not in subset)
                if len(head) != 1:
                    continue
                try:
                    out += (head + rest).encode("cp1258")
                    done = True
                    break
                except UnicodeEncodeError:
                    continue
            if done:
                break
        if not done:
            raise ValueError("cannot encode %r" % ch)
    return bytes(out)


def to_bytes(s, charset):
    if charset.lower() == "windows-1258":
        return cp1258(s)
    return s.encode(charset)


def ew(s, charset="utf-8", mode="B", limit=72):
    """RFC 2047 encoded words, folded; ASCII text is returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s

    def enc(t):
        b = to_bytes(t, charset)
        if mode == "B":
            p = base64.b64encode(b).decode()
        else:
            p = "".join(
                chr(x) if (x < 128 and chr(x).isalnum()) else ("_" if x == 32 else "=%02X" % x)
                for x in b)
        return "=?%s?%s?%s?=" % (charset, mode, p)

    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    words.append(enc(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", mode="B", quote=False):
    if name is None:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()<>@;:\"'"):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, mode), email)


def encode_body(text, charset="utf-8", cte="quoted-printable"):
    b = to_bytes(text, charset)
    if cte == "8bit" or cte == "7bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return ('Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (subtype, charset, params, cte, body))


def multipart(subtype, parts, boundary, params=""):
    s = 'Content-Type: multipart/%s;%s\n boundary="%s"\n\n' % (subtype, params, boundary)
    for p in parts:
        s += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    s += "--%s--\n" % boundary
    return s


def div_html(text, font="Arial, sans-serif"):
    rows = []
    for line in text.strip("\n").split("\n"):
        rows.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body>\n<div dir="ltr" style="font-family: %s; font-size: 11pt">\n%s\n</div>\n'
            '</body>\n</html>\n' % (font, "\n".join(rows)))


def mid(fname, domain, style="hex"):
    h = hashlib.sha1(("holdout8/" + fname).encode()).hexdigest()
    if style == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (h[:10].upper(), base64.b64encode(bytes.fromhex(h[10:34])).decode().replace("/", "_"))
    if style == "outlook":
        return "<%s%s@%s>" % (h[:14].upper(), h[14:26].upper(), domain)
    return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], domain)


def add(fname, headers, entity, category, language, name=None, phone=None, email=None,
        address=None, automated=False, note=None):
    text = "\n".join(h for h in headers if h) + "\n" + entity
    if not text.endswith("\n"):
        text += "\n"
    MESSAGES[fname] = text
    lab = {
        "automated": automated,
        "category": category,
        "contact": {"address": address, "email": email.lower() if email else None,
                    "name": name, "phone": phone},
        "language": language,
    }
    if note:
        lab["note"] = note
    LABELS[fname] = lab


# ---------------------------------------------------------------- messages

# s001 -- farmer, boundary dispute; angry at the neighbour (service_request)
add("s001.eml", [
    "MIME-Version: 1.0",
    "Date: Tue, 3 Feb 2026 20:47:13 +0700",
    "Message-ID: " + mid("s001", "", "gmail"),
    "Subject: " + ew("nhờ luật sư giúp vụ đất"),
    "From: " + addr("Nguyễn Văn Thuận", "thuan.caphe.eakao@gmail.com"),
    "To: " + INFO,
], leaf("""Chào các luật sư,

Tôi tên Nguyễn Văn Thuận, năm nay 58 tuổi, làm rẫy cà phê ở thôn 4 xã Ea Kao. Tôi có 1 mảnh rẫy 1,2 ha có sổ đỏ từ năm 2003. Nhà giáp ranh là ông Sáu Lộc năm ngoái tự ý nhổ hàng trụ ranh rồi trồng lấn qua đất tôi gần 3 mét chạy dọc hết cái rẫy. Tôi qua nói thì ổng chửi lại, còn thả chó ra đuổi. Cái thằng cha đó ăn gian trắng trợn, xã hòa giải 2 lần rồi mà ổng không chịu ký biên bản, còn nói "kiện đâu thì kiện".

Giờ tôi muốn hỏi luật sư là tôi có kiện ra tòa được không, cần giấy tờ gì, tốn khoảng bao nhiêu tiền. Tôi ở xa không xuống thành phố thường được, luật sư có làm qua điện thoại hay zalo được không.

Số điện thoại của tôi: 0385 217 904 (có zalo).
Nếu gọi không được thì gọi qua máy con gái tôi: 0967 330 158 (tên Hằng).

Cảm ơn các luật sư.

Nguyễn Văn Thuận
thôn 4, xã Ea Kao, tỉnh Đắk Lắk
""", cte="8bit"),
    "service_request", "vi", name="Nguyễn Văn Thuận", phone="+84385217904",
    email="thuan.caphe.eakao@gmail.com", address="thôn 4, xã Ea Kao, tỉnh Đắk Lắk",
    note="Angry words are aimed at the neighbour, not the firm: service request. The daughter's number 0967 330 158 is a distractor.")

# s002 -- out-of-office, English, reply to the firm's newsletter
add("s002.eml", [
    "MIME-Version: 1.0",
    "From: Catherine Lau <catherine.lau@meridianfreight.com.sg>",
    "To: " + INFO,
    "Subject: Automatic reply: Tam Duc Law Update - Amendments to the Law on Enterprises",
    "Date: Mon, 9 Feb 2026 09:02:41 +0800",
    "Message-ID: " + mid("s002", "SG2PR06MB5120.apcprd06.prod.outlook.com", "outlook"),
    "In-Reply-To: <nl-2026-02-09-0042@news.tamduclaw.vn>",
    "Auto-Submitted: auto-replied",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: catherine.lau@meridianfreight.com.sg",
    "Content-Language: en-SG",
], leaf("""Thank you for your email.

I am out of the office from 9 to 20 February 2026 with limited access to email.

For urgent shipping or contract matters, please contact my colleague Raymond Teo at raymond.teo@meridianfreight.com.sg or +65 6272 4410. Legal notices should be addressed to legal@meridianfreight.com.sg.

Your email will not be forwarded.

Best regards,
Catherine Lau
Regional Compliance Manager | Meridian Freight Pte Ltd
""", charset="us-ascii", cte="7bit"),
    "unknown", "en", automated=True,
    note="Out-of-office reply to the firm's newsletter; the colleague's contact details and 'legal notices' wording are not a request.")

# s003 -- student, no diacritics, access phrased as a polite question
add("s003.eml", [
    "MIME-Version: 1.0",
    "Date: Sat, 21 Feb 2026 23:18:05 +0700",
    "Message-ID: " + mid("s003", "", "gmail"),
    "Subject: hoi ve thong tin ca nhan",
    "From: " + addr("Hân Thái", "hanthai.k48@gmail.com"),
    "To: " + SUPPORT,
], multipart("alternative", [
    leaf("""Da em chao anh chi a,

Em la Thai Ngoc Han, sinh vien nam 3 DH Can Tho. Thang 10 nam ngoai em co nho ben minh tu van ve cai hop dong thue tro ma chu nha khong tra coc (luc do em dien form tren web va gui ca anh CCCD). Gio chuyen do xong roi a.

Cho em hoi la ben minh dang luu nhung thong tin gi cua em vay a? Em co the xin lai ban copy nhung thong tin do khong a, gui qua mail nay cho em la duoc a. Tai dao nay em hay bi goi moi mua bao hiem, ho goi dung ten em nen em hoi cho chac thoi a, khong phai nghi ngo gi ben minh dau a \U0001F605

Em cam on anh chi nhieu a.
Han
sdt: 0336.482.915
""", charset="UTF-8"),
    leaf("""<div dir="ltr"><div>Da em chao anh chi a,</div><div><br></div><div>Em la Thai Ngoc Han, sinh vien nam 3 DH Can Tho. Thang 10 nam ngoai em co nho ben minh tu van ve cai hop dong thue tro ma chu nha khong tra coc (luc do em dien form tren web va gui ca anh CCCD). Gio chuyen do xong roi a.</div><div><br></div><div>Cho em hoi la ben minh dang luu nhung thong tin gi cua em vay a? Em co the xin lai ban copy nhung thong tin do khong a, gui qua mail nay cho em la duoc a. Tai dao nay em hay bi goi moi mua bao hiem, ho goi dung ten em nen em hoi cho chac thoi a, khong phai nghi ngo gi ben minh dau a \U0001F605</div><div><br></div><div>Em cam on anh chi nhieu a.</div><div>Han</div><div>sdt: 0336.482.915</div></div>
""", subtype="html", charset="UTF-8"),
], "000000000000a41c7b0649b2d3e1"),
    "access_request", "vi", name="Thai Ngoc Han", phone="+84336482915", email="hanthai.k48@gmail.com",
    note="Access request phrased as a polite question ('cho em hoi ben minh dang luu nhung thong tin gi'); explicitly not blaming the firm, so not a complaint.")

# s004 -- expat, invoice dispute, never says 'complain'
add("s004.eml", [
    "MIME-Version: 1.0",
    "From: Pieter de Vries <pieter.devries.hn@gmail.com>",
    "To: " + SUPPORT,
    "Cc: " + INFO,
    "Subject: Invoice TD-2026-0147",
    "Date: Thu, 26 Feb 2026 08:31:50 +0700",
    "Message-ID: " + mid("s004", "", "gmail"),
], leaf("""Hi Ms. Phuong,

I received invoice TD-2026-0147 this morning for VND 18,400,000 for "review and negotiation of residential lease". I have to say I was quite taken aback.

When I first called, Mr. Quan told me a lease review would be a fixed fee of around 5 million. The lease was four pages. I got one email back with six comments, two of which were about clauses that aren't even in my contract (one mentions a "company car park" - I'm renting a flat in Tay Ho). It looked like they were copied from someone else's file. There was no negotiation with the landlord at all; in the end I did that myself.

The invoice lists 11.5 hours. I honestly don't see how. I'd like to see the time breakdown, and I think the amount should go back to what I was quoted. Until then I won't be paying it.

I enjoyed talking things through with Mr. Quan on the phone, so this is a bit of a letdown.

Regards,
Pieter de Vries
+84 868 215 377
""", charset="utf-8", cte="7bit", params="; format=flowed"),
    "complaint", "en", name="Pieter de Vries", phone="+84868215377", email="pieter.devries.hn@gmail.com",
    note="Billing/quality grievance against the firm that never uses the word 'complain'.")

# s005 -- 'stop contacting me and remove my number', no diacritics
add("s005.eml", [
    "MIME-Version: 1.0",
    "Date: Wed, 14 Jan 2026 21:09:33 +0700",
    "From: " + addr("Hoang Duc Manh", "manhhd.xaydung@gmail.com"),
    "To: " + INFO,
    "Subject: ve viec goi dien moi dich vu",
    "Message-ID: " + mid("s005", "", "gmail"),
], leaf("""Gui cong ty luat Tam Duc,

Tuan nay toi nhan 3 cuoc goi tu nhan vien ben anh moi dich vu tu van thua ke, co cuoc goi luc 9h toi. Toi chi hoi gia 1 lan hoi thang 11 roi thoi, khong co nhu cau.

Yeu cau ben anh dung lien lac voi toi nua va bo so cua toi ra khoi danh sach cua cong ty. Email nay cung vay, khong gui bao gia hay ban tin gi nua.

So cua toi: 0983 604 172

Hoang Duc Manh
""", charset="us-ascii", cte="7bit"),
    "deletion_request", "vi", name="Hoang Duc Manh", phone="+84983604172", email="manhhd.xaydung@gmail.com",
    note="Deletion phrased as 'dung lien lac voi toi nua va bo so cua toi ra'; irritated tone but the ask is removal, not redress.")

# s006 -- HR manager, quote for workforce restructuring; tax code and switchboard as distractors
_s006 = """Kính gửi Công ty Luật TNHH Tâm Đức,

Tôi là Lương Thị Bích Ngọc, Trưởng phòng Hành chính – Nhân sự Công ty CP May Hưng Thịnh (khoảng 640 lao động, nhà máy tại KCN Tân Đông Hiệp).

Do đơn hàng xuất khẩu giảm, Ban Giám đốc dự kiến thu hẹp một chuyền may trong quý II/2026, ảnh hưởng khoảng 85 người lao động. Công ty cần được tư vấn:
1. Xây dựng phương án sử dụng lao động theo Điều 44 Bộ luật Lao động 2019 và thủ tục trao đổi với tổ chức đại diện người lao động;
2. Rà soát mức trợ cấp mất việc làm và các khoản phải chi trả;
3. Soạn bộ hồ sơ, văn bản thông báo gửi cơ quan quản lý lao động địa phương;
4. Nếu cần, cử luật sư tham dự buổi đối thoại với người lao động.

Kính đề nghị Quý Công ty gửi báo giá và đề xuất lịch họp sơ bộ trong tuần từ 16/3. Chúng tôi có thể họp trực tuyến hoặc tại nhà máy.

Trân trọng,

Lương Thị Bích Ngọc
Trưởng phòng Hành chính – Nhân sự
CÔNG TY CỔ PHẦN MAY HƯNG THỊNH
MST: 3702841596
Tổng đài: (0274) 3 742 118 – máy lẻ 205
Di động: 0908 561 237
"""
add("s006.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Lương Thị Bích Ngọc", "ngoc.ltb@mayhungthinh.com.vn"),
    "To: " + INFO,
    "Subject: " + ew("Đề nghị báo giá tư vấn phương án sử dụng lao động – May Hưng Thịnh"),
    "Date: Tue, 10 Mar 2026 10:14:22 +0700",
    "Message-ID: " + mid("s006", "mayhungthinh.com.vn", "outlook"),
    "Content-Language: vi-VN",
    "X-Mailer: Microsoft Outlook 16.0",
], multipart("alternative", [
    leaf(_s006),
    leaf(div_html(_s006, "Calibri, sans-serif"), subtype="html"),
], "_000_B7C3F10E44A9_"),
    "service_request", "vi", name="Lương Thị Bích Ngọc", phone="+84908561237",
    email="ngoc.ltb@mayhungthinh.com.vn",
    note="Company request from an HR manager. Tax code (MST) and the company switchboard with extension are distractors; her own number is the mobile.")

# s007 -- bounce (Vietnamese DSN) of the firm's reply; embedded original mentions data deletion
add("s007.eml", [
    "MIME-Version: 1.0",
    "Return-Path: <>",
    "From: " + addr("Hệ thống thư VNPT", "mailer-daemon@mail.vnn.vn"),
    "To: " + SUPPORT,
    "Subject: " + ew("Thư không gửi được: Re: Về yêu cầu xóa thông tin của chị"),
    "Date: Fri, 16 Jan 2026 14:03:27 +0700",
    "Message-ID: <20260116070327.5F2A41C0093@mail.vnn.vn>",
    "Auto-Submitted: auto-replied",
], multipart("report", [
    leaf("""Đây là thư được gửi tự động từ hệ thống thư điện tử. Vui lòng không trả lời thư này.

Thư của bạn không thể chuyển tới một hoặc nhiều người nhận dưới đây:

    hanh.nguyenthu62@vnn.vn
    Lý do: hộp thư không tồn tại (550 5.1.1 User unknown)

Hệ thống đã thử gửi trong 0 giờ. Thư gốc được đính kèm bên dưới.

----
This is an automatically generated Delivery Status Notification.
Delivery to the following recipient failed permanently: hanh.nguyenthu62@vnn.vn
"""),
    """Content-Type: message/delivery-status

Reporting-MTA: dns; mail.vnn.vn
Arrival-Date: Fri, 16 Jan 2026 14:03:25 +0700

Final-Recipient: rfc822; hanh.nguyenthu62@vnn.vn
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <hanh.nguyenthu62@vnn.vn>: Recipient address rejected: User unknown
""",
    "Content-Type: message/rfc822\n\n" +
    "From: " + addr("Tâm Đức Law - CSKH", SUPPORT) + "\n" +
    "To: hanh.nguyenthu62@vnn.vn\n" +
    "Subject: " + ew("Re: Về yêu cầu xóa thông tin của chị") + "\n" +
    "Date: Fri, 16 Jan 2026 14:03:20 +0700\n" +
    "Message-ID: <a81f2c9e-0b71-4d3e-9a55-31c7e0f2d6b4@tamduclaw.vn>\n" +
    "MIME-Version: 1.0\n" +
    leaf("""Kính gửi chị Nguyễn Thu Hạnh,

Công ty Luật TNHH Tâm Đức đã nhận được yêu cầu xóa dữ liệu cá nhân của chị. Để xác minh, chị vui lòng gọi hotline 1800 63 65 hoặc trả lời thư này kèm 4 số cuối CCCD.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Luật TNHH Tâm Đức
"""),
], "=_vnn_dsn_5F2A41C0093", params=" report-type=delivery-status;"),
    "unknown", "vi", automated=True,
    note="Bounce of the firm's own reply; the attached original talks about a data-deletion request but is not customer text.")

# s008 -- grandmother dictates a single-field correction (birth year) via grandson's mailbox
add("s008.eml", [
    "MIME-Version: 1.0",
    "Date: Sun, 8 Mar 2026 19:26:40 +0700",
    "Message-ID: " + mid("s008", "", "gmail"),
    "Subject: " + ew("Bà cháu nhờ sửa năm sinh trong hồ sơ", mode="Q"),
    "From: " + addr("Trần Minh Khoa", "khoa.tran.2008@gmail.com"),
    "To: " + INFO,
], leaf("""Dạ cháu chào văn phòng luật ạ,

Cháu là Khoa, cháu viết thư này giúp bà nội cháu vì bà không dùng email được. Dưới đây là bà đọc cho cháu gõ lại ạ:

"Tôi tên là Phạm Thị Lựu, sinh năm 1948, ở số 9 hẻm 31 đường Lê Lợi, phường Thủ Dầu Một, TP. Hồ Chí Minh. Tháng trước tôi có lên văn phòng nhờ luật sư Khôi làm giúp giấy tờ tặng cho căn nhà cho thằng út. Hôm qua cô nhân viên gọi điện đọc lại thông tin để làm hợp đồng thì tôi nghe ghi năm sinh của tôi là 1984. Tôi sinh năm 1948 chứ, bị đảo số. Nhờ văn phòng sửa lại giùm cho đúng kẻo ra phòng công chứng người ta không chịu. Căn cước của tôi cũng ghi 1948.

Số máy bàn nhà tôi là 0274 3 822 619, tôi ở nhà suốt, cứ gọi."

Có gì văn phòng cứ trả lời vào email này của cháu, hoặc gọi cháu số 0355 910 274 ạ. Cháu cảm ơn ạ.
""", cte="8bit"),
    "correction_request", "vi", name="Phạm Thị Lựu", phone="+842743822619",
    email="khoa.tran.2008@gmail.com",
    address="số 9 hẻm 31 đường Lê Lợi, phường Thủ Dầu Một, TP. Hồ Chí Minh",
    note="Dictated by the grandmother (the sender) to her grandson, who owns the mailbox; reply is requested at this mailbox. The grandson's mobile is a distractor; her own number is the landline. Correction of one field (birth year 1984 -> 1948).")

# s009 -- British teacher in Hanoi, furious at employer (service_request)
add("s009.eml", [
    "MIME-Version: 1.0",
    "From: Daniel Okafor <dan.okafor.teach@gmail.com>",
    "To: " + INFO,
    "Subject: Need help - employer holding my passport and last 2 months salary",
    "Date: Mon, 2 Mar 2026 22:41:07 +0700",
    "Message-ID: " + mid("s009", "", "gmail"),
], leaf("""Hello,

I'm a British English teacher living in Hanoi (Cau Giay). I've been working for a language centre called Bright Horizon English since Sept 2024 on a two-year contract. I handed in my notice in January as the contract allows (30 days). Since then these people have been absolutely shameless: they're refusing to pay my last two months' salary (about 64 million VND), they're "holding" my passport because they say they need it to cancel the work permit, and the director has threatened to report me to immigration for "abandoning" the job. Frankly it's a scam outfit and I'm furious.

My visa runs out on 28 March so time is tight. Could I book a consultation with one of your English-speaking lawyers this week? I'm free after 4pm on weekdays and any time Saturday. I'd also like an idea of your fees for a formal demand letter and, if needed, taking it further.

I have the contract, payslips and Zalo messages with the director.

Thanks,
Daniel Okafor
Mobile/Zalo: 0912 087 436

(their office line is 024 3791 5520, for what it's worth)
""", cte="quoted-printable"),
    "service_request", "en", name="Daniel Okafor", phone="+84912087436", email="dan.okafor.teach@gmail.com",
    note="Angry words ('shameless', 'scam outfit') are about the employer: service request. The employer's office line is a distractor.")

# s010 -- teen-code, delay + disappointment, no 'khieu nai'
add("s010.eml", [
    "MIME-Version: 1.0",
    "Date: Wed, 11 Mar 2026 12:55:18 +0700",
    "Message-ID: " + mid("s010", "", "gmail"),
    "Subject: ho so dkkd cua e sao r",
    "From: vy nguyen <vynguyen.shop99@gmail.com>",
    "To: " + SUPPORT,
], leaf("""ad oi cho e hoi chut, ho so dang ky ho kinh doanh cua e (tiem nail Vy Nguyen, e dong tien 3tr5 hom 12/2 r) ma ben mik hen 7 ngay lam viec la co giay, gio gan 1 thang r van chua thay dau. e goi hotline 1800 63 65 2 lan, lan nao cung bao de ktra r goi lai, xong k ai goi lai het \U0001F644

noi that la e that vong lam, e chon ben mik vi tuong lam nhanh gon, gio tiem sap khai truong ma k co giay e k dam treo bien. lam an kieu nay thi chan qua. mong la trong tuan nay co giay cho e, k thi tra lai tien giup e nhe

Nguyen Thi Tuong Vy
0794 25 81 63

Gửi từ iPhone của tôi
""", cte="8bit"),
    "complaint", "vi", name="Nguyen Thi Tuong Vy", phone="+84794258163", email="vynguyen.shop99@gmail.com",
    note="Complaint about the firm's delay and unreturned calls without the word 'khieu nai'; opens like a status question. 1800 63 65 is the firm's hotline.")

# s011 -- recruiter pitch with lots of legal vocabulary (unknown, not automated)
_s011 = """Kính gửi Anh/Chị phụ trách tuyển dụng Công ty Luật TNHH Tâm Đức,

Em là Đỗ Khánh Linh, chuyên viên tư vấn tuyển dụng mảng Pháp lý của TalentBridge Vietnam.

Bên em hiện đang hỗ trợ một số ứng viên chất lượng cao đang cân nhắc cơ hội mới, phù hợp với các công ty luật quy mô vừa:
• Luật sư Sở hữu trí tuệ – 8 năm kinh nghiệm, từng xử lý hơn 200 hồ sơ nhãn hiệu, phản đối đơn và xâm phạm quyền;
• Luật sư tranh tụng dân sự – thương mại, đã có thẻ luật sư, thành thạo tiếng Anh;
• Chuyên viên tuân thủ bảo vệ dữ liệu cá nhân (DPO), quen với Nghị định 13/2023/NĐ-CP và Luật Bảo vệ dữ liệu cá nhân 2025.

Phí dịch vụ 15% lương năm, chỉ thu khi ứng viên nhận việc, bảo hành 60 ngày. Nếu Quý Công ty đang có nhu cầu, Anh/Chị có thể phản hồi email này để em gửi hồ sơ ẩn danh ạ.

Trân trọng,
Đỗ Khánh Linh
Senior Legal Recruitment Consultant | TalentBridge Vietnam
M: 0931 642 580 | E: linh.do@talentbridge.vn
Tầng 12, 65 Lê Lợi, Phường Sài Gòn, TP.HCM
"""
add("s011.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Đỗ Khánh Linh", "linh.do@talentbridge.vn"),
    "To: " + INFO,
    "Subject: " + ew("Ứng viên Luật sư SHTT 8 năm kinh nghiệm – sẵn sàng nhận việc tháng 4"),
    "Date: Thu, 19 Feb 2026 09:40:02 +0700",
    "Message-ID: " + mid("s011", "talentbridge.vn"),
], multipart("alternative", [
    leaf(_s011, cte="base64"),
    leaf(div_html(_s011), subtype="html", cte="base64"),
], "----=_Part_33817_1140552906.1771468802117"),
    "unknown", "vi", name="Đỗ Khánh Linh", phone="+84931642580", email="linh.do@talentbridge.vn",
    address="Tầng 12, 65 Lê Lợi, Phường Sài Gòn, TP.HCM",
    note="Recruiter pitching candidates to the firm; legal and data-protection vocabulary but nothing is asked of the firm as a law firm.")

# s012 -- Italian prospect, erasure + withdrawal of consent
add("s012.eml", [
    "MIME-Version: 1.0",
    "From: Sophie Marchetti <s.marchetti@libero.it>",
    "To: " + SUPPORT,
    "Subject: My personal data",
    "Date: Tue, 20 Jan 2026 17:22:45 +0100",
    "Message-ID: <1737390165.218842.7731@libero.it>",
    "X-Mailer: Libero Mail",
], leaf("""Hello,

Last December I filled in your online form asking about the cost of setting up a company in Da Nang, and I had one call with your team. In the end I decided not to go ahead.

I withdraw my consent to the processing of my personal data and ask you to erase everything you hold about me (name, phone number, email, and the passport scan I attached to the form). Please confirm by email once this has been done.

Thank you,
Sophie Marchetti
""", charset="us-ascii", cte="7bit"),
    "deletion_request", "en", name="Sophie Marchetti", phone=None, email="s.marchetti@libero.it")

# s013 -- HTML-only access request with address; '+84 (0)' phone format
add("s013.eml", [
    "MIME-Version: 1.0",
    "From: Rajesh Iyer <rajesh.iyer@outlook.com>",
    "To: " + SUPPORT,
    "Subject: Copy of my information",
    "Date: Fri, 23 Jan 2026 11:05:39 +0700",
    "Message-ID: <SI2P153MB0718D2A94C51B7E0A1F3C59EA8B2@SI2P153MB0718.APCP153.PROD.OUTLOOK.COM>",
    "Content-Language: en-IN",
], leaf("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p>Dear Tam Duc team,</p>
<p>&nbsp;</p>
<p>Your firm assisted me in 2024&ndash;2025 with my work permit and the purchase of an apartment in Thu Duc. Under Vietnam&rsquo;s personal data protection rules I would like to receive:</p>
<ul>
<li>a copy of all personal data about me that your firm holds (including scans of my passport, payslips and bank statements that I provided);</li>
<li>the purposes for which each item is used, and how long you intend to keep it;</li>
<li>any recordings or notes of phone calls with me;</li>
<li>a list of third parties you have shared my data with.</li>
</ul>
<p>An electronic copy sent to this email address is fine.</p>
<p>&nbsp;</p>
<p>Kind regards,</p>
<p><b>Rajesh Iyer</b><br>
Flat 7B, The Vista, 628 V&otilde; Nguy&ecirc;n Gi&aacute;p, Phường B&igrave;nh Trưng, TP.HCM<br>
+84 (0) 903 118 542</p>
</div>
</body>
</html>
""", subtype="html", cte="quoted-printable"),
    "access_request", "en", name="Rajesh Iyer", phone="+84903118542", email="rajesh.iyer@outlook.com",
    address="Flat 7B, The Vista, 628 Võ Nguyên Giáp, Phường Bình Trưng, TP.HCM",
    note="HTML-only body with entities; phone written with a '(0)' trunk prefix.")

# s014 -- windows-1258 body; new phone replaces the old one
add("s014.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Kiều Thị Mỹ Dung", "banhtrangcodung@yahoo.com", charset="windows-1258", mode="Q"),
    "To: " + SUPPORT,
    "Subject: " + ew("Cập nhật số điện thoại - HĐ 027/2026", charset="windows-1258", mode="Q"),
    "Date: Thu, 5 Mar 2026 15:47:12 +0700",
    "Message-ID: <1709627232.4471890.1772700432511@mail.yahoo.com>",
    "X-Mailer: WebService/1.1.25160 YMailNorrin",
], leaf("""Kính gửi Công ty Luật Tâm Đức,

Tôi là Kiều Thị Mỹ Dung, khách hàng đang được Công ty hỗ trợ thủ tục đăng ký nhãn hiệu "Bánh Tráng Cô Dung" (hợp đồng số 027/2026/HĐDV-TĐ).

Tôi xin thông báo số điện thoại cũ 0913 447 205 tôi đã cắt, không còn sử dụng. Đề nghị Công ty cập nhật số điện thoại liên hệ của tôi trong hồ sơ thành 0822 639 410 để các luật sư tiện liên lạc.

Các thông tin khác giữ nguyên.

Trân trọng,
Kiều Thị Mỹ Dung
""", charset="windows-1258", cte="quoted-printable"),
    "correction_request", "vi", name="Kiều Thị Mỹ Dung", phone="+84822639410", email="banhtrangcodung@yahoo.com",
    note="windows-1258 body and headers with combining tone marks; labels are NFC. Old number 0913 447 205 is a distractor.")

# s015 -- legal newsletter (list mail) full of privacy-request vocabulary
_s015 = """BẢN TIN PHÁP LÝ DOANH NGHIỆP – Số 112 (tháng 3/2026)

1. Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực: 5 việc doanh nghiệp phải làm ngay
Chủ thể dữ liệu có quyền yêu cầu truy cập, chỉnh sửa, xóa dữ liệu và rút lại sự đồng ý. Doanh nghiệp cần quy trình tiếp nhận yêu cầu trong thời hạn luật định, và cơ chế giải quyết khiếu nại của khách hàng.
>> Đọc tiếp: https://phaplydoanhnghiep.vn/ban-tin/112/bvdlcn

2. Hướng dẫn mới về hóa đơn điện tử đối với hộ kinh doanh
>> Đọc tiếp: https://phaplydoanhnghiep.vn/ban-tin/112/hddt

3. Án lệ mới về tranh chấp hợp đồng đặt cọc mua bán nhà đất
>> Đọc tiếp: https://phaplydoanhnghiep.vn/ban-tin/112/an-le

Hỏi đáp pháp luật miễn phí: 1900 6192 (8h–17h, thứ 2 – thứ 6)

---
Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn bằng địa chỉ info@tamduclaw.vn.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=7d3e01a9
Công ty CP Truyền thông Pháp Lý Việt – 102 Thái Thịnh, Phường Đống Đa, Hà Nội
"""
add("s015.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"),
    "Reply-To: noreply@phaplydoanhnghiep.vn",
    "To: " + INFO,
    "Subject: " + ew("Số 112: Luật Bảo vệ dữ liệu cá nhân có hiệu lực – doanh nghiệp cần làm gì?"),
    "Date: Tue, 3 Mar 2026 06:30:00 +0700",
    "Message-ID: <20260303063000.112.7d3e01a9@mailer.phaplydoanhnghiep.vn>",
    "List-Id: =?utf-8?q?B=E1=BA=A3n_tin?= <bantin.phaplydoanhnghiep.vn>",
    "List-Unsubscribe: <https://phaplydoanhnghiep.vn/unsubscribe?u=7d3e01a9>, <mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsubscribe>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "X-Campaign-ID: bt112",
], multipart("alternative", [
    leaf(_s015),
    leaf(div_html(_s015, "Georgia, serif"), subtype="html"),
], "b1_6d2f0c9a1e8b4f7a"),
    "unknown", "vi", automated=True,
    note="Law newsletter (bulk, List-Unsubscribe) whose text is full of access/correction/deletion/complaint vocabulary.")

# s016 -- forward of landlord's termination notice; anger at landlord (service_request)
add("s016.eml", [
    "MIME-Version: 1.0",
    "Date: Tue, 10 Mar 2026 07:58:21 +0700",
    "Message-ID: " + mid("s016", "", "gmail"),
    "Subject: " + ew("Fwd: THÔNG BÁO CHẤM DỨT HỢP ĐỒNG THUÊ MẶT BẰNG"),
    "From: " + addr("Huỳnh Thị Kim Oanh", "kimoanh.huynh89@gmail.com"),
    "To: " + INFO,
], leaf("""Chào luật sư,

Em chuyển tiếp thư chủ nhà gửi em tối qua. Em thuê mặt bằng mở quán cà phê ở 118 Nguyễn Trãi từ 2023, hợp đồng 5 năm, em đã sửa sang hết gần 400 triệu. Giờ ông ấy đòi lấy lại sau 30 ngày, không bồi thường gì, lại còn định giữ cọc. Em đọc mà tức run người, kiểu ăn cướp trắng trợn luôn.

Anh chị xem giúp em ông ấy làm vậy có đúng luật không, em có được đòi bồi thường không. Em muốn đặt lịch gặp luật sư trực tiếp, chiều thứ 5 hoặc sáng thứ 7 tuần này được không ạ? Hợp đồng thuê em sẽ gửi sau.

Huỳnh Thị Kim Oanh – 0901 772 846

---------- Forwarded message ---------
From: Trương Quang Vinh <vinhtq.1960@yahoo.com>
Date: Mon, 9 Mar 2026 at 21:47
Subject: THÔNG BÁO CHẤM DỨT HỢP ĐỒNG THUÊ MẶT BẰNG
To: <kimoanh.huynh89@gmail.com>


Gửi chị Oanh,

Tôi thông báo chấm dứt hợp đồng thuê mặt bằng tại 118 Nguyễn Trãi, Phường Bến Thành, TP.HCM kể từ ngày 10/04/2026 do gia đình có nhu cầu sử dụng. Đề nghị chị bàn giao mặt bằng đúng hạn. Tiền cọc sẽ được cấn trừ chi phí khôi phục hiện trạng.

Mọi thắc mắc liên hệ 0918 305 662.

Trương Quang Vinh
"""),
    "service_request", "vi", name="Huỳnh Thị Kim Oanh", phone="+84901772846", email="kimoanh.huynh89@gmail.com",
    note="Forward of the landlord's notice; anger is at the landlord. The landlord's name, phone and the rented premises' address are not the sender's.")

# s017 -- explicit complaint about a suspected data leak
add("s017.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Phùng Thế Anh", "theanh.phung@gmail.com"),
    "To: " + SUPPORT,
    "Cc: " + INFO,
    "Subject: " + ew("Khiếu nại: thông tin của tôi bị lộ ra ngoài sau khi tư vấn tại Công ty"),
    "Date: Mon, 23 Feb 2026 16:12:09 +0700",
    "Message-ID: " + mid("s017", "", "gmail"),
], leaf("""Kính gửi Ban Giám đốc Công ty Luật TNHH Tâm Đức,

Ngày 08/01/2026 tôi đến văn phòng Công ty để tư vấn về thủ tục ly hôn đơn phương. Tôi chỉ cung cấp họ tên, số điện thoại và hoàn cảnh gia đình cho luật sư tư vấn và cho nhân viên lễ tân ghi phiếu, ngoài ra không nói với ai.

Từ đầu tháng 2 đến nay, tôi liên tục nhận cuộc gọi và tin nhắn của một "văn phòng thám tử tư" (số 0886 274 905) và một trung tâm "tư vấn hàn gắn hôn nhân". Họ gọi đúng tên tôi, biết tôi đang chuẩn bị ly hôn và biết cả việc tôi có hai con nhỏ. Tôi đã gọi 1800 63 65 hai lần nhưng chỉ được trả lời là "bên em bảo mật tuyệt đối".

Tôi chính thức khiếu nại việc Công ty để lộ thông tin cá nhân của tôi cho bên thứ ba và đề nghị:
1. Công ty kiểm tra và trả lời bằng văn bản thông tin của tôi đã bị chia sẻ cho ai, qua nhân viên nào;
2. Có biện pháp xử lý và cam kết chấm dứt việc này;
3. Trả lời tôi trong vòng 07 ngày làm việc.

Tôi bảo lưu quyền báo cáo cơ quan có thẩm quyền về bảo vệ dữ liệu cá nhân.

Phùng Thế Anh
ĐT: 0978-216-530
"""),
    "complaint", "vi", name="Phùng Thế Anh", phone="+84978216530", email="theanh.phung@gmail.com",
    note="Data-handling grievance against the firm (not a deletion or access request). The detective agency's number and the firm hotline are distractors.")

# s018 -- shop owner, access request; body email wins over the shared shop mailbox
add("s018.eml", [
    "MIME-Version: 1.0",
    "Date: Thu, 29 Jan 2026 10:20:55 +0700",
    "From: " + addr("Cua hang dien may Thanh Phat", "dienmaythanhphat.lx@gmail.com"),
    "To: " + INFO,
    "Subject: xin lai giay to ca nhan",
    "Message-ID: " + mid("s018", "", "gmail"),
], leaf("""Chao cong ty,

Toi ten Trinh Van Phat, chu cua hang dien may Thanh Phat o Long Xuyen. Nam 2024 toi co thue ben cong ty lam ho so tranh chap voi nha cung cap tu lanh, co nop nhieu giay to ca nhan (CCCD, so ho khau cu, giay dang ky ho kinh doanh, sao ke ngan hang).

Nay toi de nghi cong ty cho toi biet cong ty con dang luu nhung thong tin, giay to gi cua toi, va gui cho toi ban sao tat ca. Gui ve email rieng cua toi: TrinhVanPhat1971@gmail.com (email cua hang nay nhan vien dung chung, dung gui vao day).

Co gi goi toi: 0919 402 318. So cua hang 0296 3 845 770 la nhan vien nghe, dung goi so do.

Trinh Van Phat
""", charset="us-ascii", cte="7bit"),
    "access_request", "vi", name="Trinh Van Phat", phone="+84919402318", email="trinhvanphat1971@gmail.com",
    note="Sent from a shared shop mailbox; the private email given in the body (mixed case) wins. Shop landline is a distractor.")

# s019 -- helpdesk auto-acknowledgement (English)
add("s019.eml", [
    "MIME-Version: 1.0",
    "From: Lotus Properties Customer Care <care@lotusproperties.vn>",
    "To: " + SUPPORT,
    "Subject: [#LP-48213] Re: Request for tenancy documents - Unit 12.05",
    "Date: Wed, 28 Jan 2026 13:36:02 +0700",
    "Message-ID: <ticket-48213-ack-1769582162@helpdesk.lotusproperties.vn>",
    "In-Reply-To: <6e0b7f21-9c44-4a0e-b3d2-55a1c07f9e18@tamduclaw.vn>",
    "Auto-Submitted: auto-generated",
    "X-Helpdesk-Ticket: LP-48213",
    "Precedence: auto_reply",
], multipart("alternative", [
    leaf("""Dear Customer,

Thank you for contacting Lotus Properties. This is an automated acknowledgement.

Your request has been logged under reference #LP-48213 and assigned to our Leasing Administration team. We aim to respond within 3 working days.

Please do not reply to this message, as replies to this address are not monitored. To add information to your request, use the link below:
https://help.lotusproperties.vn/tickets/LP-48213

Hotline: 1900 6868 (8:00-20:00 daily)

Lotus Properties Customer Care
"""),
    leaf("""<html><body><table width="600" style="font-family:Arial,sans-serif;font-size:13px"><tr><td>
<p>Dear Customer,</p>
<p>Thank you for contacting Lotus Properties. This is an automated acknowledgement.</p>
<p>Your request has been logged under reference <b>#LP-48213</b> and assigned to our Leasing Administration team. We aim to respond within 3 working days.</p>
<p>Please do not reply to this message, as replies to this address are not monitored. To add information to your request, use <a href="https://help.lotusproperties.vn/tickets/LP-48213">this link</a>.</p>
<p>Hotline: 1900 6868 (8:00-20:00 daily)</p>
<p style="color:#888">Lotus Properties Customer Care</p>
</td></tr></table></body></html>
""", subtype="html"),
], "==lp_48213_alt"),
    "unknown", "en", automated=True,
    note="Ticket-system acknowledgement of a request the firm sent; words like 'request' and 'documents' but automatic.")

# s020 -- Korean client: new passport number mid-update (correction)
add("s020.eml", [
    "MIME-Version: 1.0",
    "From: Park Ji-hoon <jihoon.park@hanmail.net>",
    "To: Nguyen Hoang Quan <quan.nh@tamduclaw.vn>",
    "Cc: " + SUPPORT,
    "Subject: Re: IRC application - documents checklist",
    "Date: Tue, 10 Mar 2026 18:03:44 +0700",
    "Message-ID: <20260310180344.a7c9d1@hanmail.net>",
    "In-Reply-To: <3f0e9a1b-77c2-4c55-8f13-0c6d2be41a90@tamduclaw.vn>",
], leaf("""Dear Mr. Quan,

Thank you for the checklist. Quick update from my side: the lease for the office in Thao Dien is signed, and the bank reference letter from Shinhan should be ready next week, I will courier the original.

One more thing. I renewed my passport at the Korean Consulate last week because the old one was almost full of stamps. So the passport number you have on file (M48291735) is no longer valid - the new one is M71035846, issued 2 March 2026, expiring 2 March 2036. Could you please update it in my client file and in the draft application before anything is submitted? I attach a scan of the data page.

Everything else in my details stays the same.

Best regards,
Park Ji-hoon
Mobile (VN): 0938 552 107
""", cte="7bit", charset="us-ascii"),
    "correction_request", "en", name="Park Ji-hoon", phone="+84938552107", email="jihoon.park@hanmail.net",
    note="Single-field correction (passport number) inside a progress update on an ongoing matter; the old passport number is a distractor.")

# s021 -- top-posted status question over quoted firm mail (service_request)
add("s021.eml", [
    "MIME-Version: 1.0",
    "Date: Wed, 11 Mar 2026 09:17:30 +0700",
    "Message-ID: " + mid("s021", "", "gmail"),
    "In-Reply-To: <c52d9e0a-1b3f-4e7d-9a84-2f6b70d1c3e5@tamduclaw.vn>",
    "References: <c52d9e0a-1b3f-4e7d-9a84-2f6b70d1c3e5@tamduclaw.vn>",
    "Subject: " + ew("Re: Xác nhận tiếp nhận hồ sơ ly hôn – KH Đoàn Thị Hải Yến"),
    "From: " + addr("Đoàn Thị Hải Yến", "haiyen.doan.1987@gmail.com"),
    "To: " + addr("Tâm Đức Law", SUPPORT),
], leaf("""Chào em Phương,

Từ hôm em gửi thư này đến giờ gần 2 tháng chị chưa nghe thêm tin gì. Tòa đã thụ lý đơn chưa em, có lịch hòa giải chưa? Chồng chị nói anh ấy nhận được giấy triệu tập rồi mà chị thì chưa thấy gì.

Chị cũng muốn hỏi luôn là nếu anh ấy không đồng ý giao con cho chị nuôi thì bên mình có hỗ trợ thêm phần tranh chấp quyền nuôi con không, phí tính thế nào.

Em gọi lại cho chị số 0947 163 528 trong giờ hành chính nhé, buổi tối chị bận con nhỏ.

Hải Yến

Vào Th 5, 15 thg 1, 2026 vào lúc 10:12 Tâm Đức Law <support@tamduclaw.vn> đã viết:
> Kính gửi chị Đoàn Thị Hải Yến,
>
> Công ty Luật TNHH Tâm Đức xác nhận đã tiếp nhận đầy đủ hồ sơ yêu cầu ly hôn
> của chị, gồm: đơn khởi kiện, giấy chứng nhận kết hôn (bản chính), giấy khai
> sinh của con, CCCD (bản sao). Luật sư phụ trách: LS. Đặng Văn Khôi.
>
> Chúng tôi sẽ nộp hồ sơ tại Tòa án nhân dân khu vực và thông báo cho chị khi
> có thông báo thụ lý.
>
> Trân trọng,
> Trần Mai Phương – Chuyên viên Chăm sóc khách hàng
> Công ty Luật TNHH Tâm Đức
> Hotline: 1800 63 65 | Tầng 9, 215 Nam Kỳ Khởi Nghĩa, Phường Xuân Hòa, TP.HCM
"""),
    "service_request", "vi", name="Đoàn Thị Hải Yến", phone="+84947163528", email="haiyen.doan.1987@gmail.com",
    note="Top-posted status question and request for an extra service; mild impatience, not a grievance. The quoted firm signature's hotline and address are distractors.")

# s022 -- young woman, reconciled; wants records destroyed (no diacritics)
add("s022.eml", [
    "MIME-Version: 1.0",
    "Date: Sat, 7 Mar 2026 22:34:12 +0700",
    "Message-ID: " + mid("s022", "", "gmail"),
    "Subject: nho chi Ha giup e",
    "From: Bich Tram <tramnguyen.0211@gmail.com>",
    "To: " + INFO,
], leaf("""chao chi Ha a,

e la Ngo Bich Tram, thang 1 e co qua van phong o Ly Thuong Kiet nho chi tu van ve viec ly hon. Gio vo chong e lam lanh r a, ck e cung k biet chuyen e di tu van.

e muon nho ben minh xoa het thong tin cua e va huy het giay to e da de lai (ban photo giay dang ky ket hon, cccd, may tam anh chup tin nhan). e so de lau ngay lo ra thi phien lam. xoa xong nhan lai e 1 tin la dc a. dung goi may ban o nha nha chi, nhan zalo so 0356 208 771 thoi a.

e cam on chi nhieu \u2764\ufe0f
""", cte="8bit"),
    "deletion_request", "vi", name="Ngo Bich Tram", phone="+84356208771", email="tramnguyen.0211@gmail.com",
    note="'huy giay to' means destroy the documents on file: deletion. Full name only in the body (From display is shorter).")

# s023 -- firm missed a deadline; client still wants to hire again (complaint dominant)
add("s023.eml", [
    "MIME-Version: 1.0",
    "From: Marcus Webb <marcus@webbcoffee.co>",
    "To: Dang Van Khoi <khoi.dv@tamduclaw.vn>",
    "Cc: " + INFO,
    "Subject: Opposition deadline - WEB COFFEE application 4-2025-18842",
    "Date: Fri, 27 Feb 2026 14:50:19 +0700",
    "Message-ID: <D9F1A2B3-77C0-4E1A-9C55-0B2E7A914F30@webbcoffee.co>",
    "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
], leaf("""Dear Mr. Khoi,

I'm writing about the opposition against the "WEB COFFEE" application (no. 4-2025-18842) that your office was engaged to file for us. I found out yesterday from the IP Office's online gazette - not from you - that the opposition window closed on 20 February and nothing was filed. When I called, your assistant said the file "slipped through" over Tet.

This was the one thing we hired you for, and we paid VND 22,000,000 upfront. We may now have to bring a cancellation action later, which I understand is slower and more expensive.

I'd like a written explanation of what happened and a full refund of the opposition fee.

To be fair, your initial search report was excellent, and I would actually still like to work with you on registering our new "Webb Roasters" mark in classes 30 and 43. But I can't sign anything new until the above is sorted out.

Marcus Webb
Founder, Webb Coffee Co.
m. 0707 339 815
""", cte="quoted-printable"),
    "complaint", "en", name="Marcus Webb", phone="+84707339815", email="marcus@webbcoffee.co",
    note="Mentions both the firm's missed deadline and a wish to hire it again; the rehire is conditional on redress, so the dominant intent is complaint.")

# s024 -- wrong recipient (meant for another company's accountant)
add("s024.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Ly Thi Hong Nhung", "hongnhung.ketoan@thienlocfood.vn"),
    "To: " + INFO,
    "Subject: gui chi Hanh bang ke cong no thang 2",
    "Date: Mon, 2 Mar 2026 11:08:47 +0700",
    "Message-ID: " + mid("s024", "thienlocfood.vn", "outlook"),
], multipart("mixed", [
    leaf("""Chi Hanh oi,

Em gui chi bang ke cong no thang 2/2026 ben Thien Loc, chi doi chieu giup em voi so sach ben chi, lech cho nao chi bao em nhe. Hoa don VAT so 0001587 em gui ban goc qua buu dien roi.

STK Thien Loc: 0721 000 583 920 - Vietcombank CN Binh Duong.

Em Nhung - ke toan Thien Loc
0975 612 038
""", charset="us-ascii", cte="7bit"),
    'Content-Type: text/csv; charset="utf-8"; name="congno_T02_2026.csv"\n'
    'Content-Disposition: attachment; filename="congno_T02_2026.csv"\n'
    "Content-Transfer-Encoding: base64\n\n" +
    base64.encodebytes("Ngay,So HD,Dien giai,So tien\n03/02/2026,0001512,Ban mi goi,18450000\n"
                       "14/02/2026,0001549,Nuoc mam 500ml,9200000\n26/02/2026,0001587,Tuong ot,12760000\n"
                       .encode()).decode(),
], "----=_NextPart_000_0012_01DCAA4F.3E5C2B90"),
    "unknown", "vi", name="Ly Thi Hong Nhung", phone="+84975612038", email="hongnhung.ketoan@thienlocfood.vn",
    note="Wrong recipient: a supplier's accountant sending a debt statement meant for someone else; bank account and invoice numbers are distractors.")

# s025 -- formal access request citing the data-protection law; CCCD number as distractor
add("s025.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Quách Minh Tâm", "tam.quachminh@fpt.vn", mode="Q"),
    "To: " + SUPPORT,
    "Subject: " + ew("Đề nghị cung cấp thông tin về dữ liệu cá nhân", mode="Q"),
    "Date: Mon, 16 Feb 2026 08:05:10 +0700",
    "Message-ID: " + mid("s025", "fpt.vn"),
    "User-Agent: Mozilla Thunderbird",
], leaf("""Kính gửi: Bộ phận phụ trách bảo vệ dữ liệu cá nhân – Công ty Luật TNHH Tâm Đức

Căn cứ Luật Bảo vệ dữ liệu cá nhân năm 2025 và các văn bản hướng dẫn, tôi đề nghị Quý Công ty:

1. Cho biết Quý Công ty đang xử lý những dữ liệu cá nhân nào của tôi, thu thập từ nguồn nào và vì mục đích gì;
2. Cung cấp cho tôi bản sao các dữ liệu đó (bản điện tử là được);
3. Cho biết dữ liệu của tôi đã được chia sẻ cho bên thứ ba nào (nếu có).

Thông tin để Quý Công ty đối chiếu: họ tên Quách Minh Tâm, sinh ngày 14/7/1990, CCCD số 001090026734. Tôi từng sử dụng dịch vụ soạn thảo hợp đồng mua bán căn hộ của Quý Công ty năm 2023.

Địa chỉ liên hệ: P.1206 tòa CT2, khu đô thị Văn Quán, phường Hà Đông, Hà Nội
Điện thoại: 0845.912.357

Trân trọng,
Quách Minh Tâm
""", params="; format=flowed"),
    "access_request", "vi", name="Quách Minh Tâm", phone="+84845912357", email="tam.quachminh@fpt.vn",
    address="P.1206 tòa CT2, khu đô thị Văn Quán, phường Hà Đông, Hà Nội",
    note="12-digit CCCD number is a distractor for the phone.")

# s026 -- Vietnamese out-of-office with only X-Autoreply header
add("s026.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Võ Thị Ngọc Diễm", "diem.vtn@hoangphucland.com.vn"),
    "To: " + addr("LS. Đặng Văn Khôi", "khoi.dv@" + DOM),
    "Cc: " + INFO,
    "Subject: " + ew("Trả lời tự động: Re: Lịch ký hợp đồng chuyển nhượng lô B2-17"),
    "Date: Sat, 14 Feb 2026 08:11:26 +0700",
    "Message-ID: " + mid("s026", "hoangphucland.com.vn", "outlook"),
    "X-Autoreply: yes",
    "X-Autorespond: yes",
], leaf("""Kính chào Anh/Chị,

Em đang nghỉ Tết Nguyên đán từ ngày 13/02 đến hết ngày 22/02/2026 và sẽ trả lời email sau khi đi làm lại.

Các việc liên quan đến hợp đồng, đặt cọc, chuyển nhượng cần xử lý gấp, Anh/Chị vui lòng liên hệ chị Lâm Thanh Thảo – 0903 815 462 hoặc phòng Pháp chế: phapche@hoangphucland.com.vn.

Trân trọng,
Võ Thị Ngọc Diễm
Phòng Kinh doanh – Hoàng Phúc Land
""", cte="base64"),
    "unknown", "vi", automated=True,
    note="Out-of-office reply marked only by X-Autoreply and the subject/body; the colleague's phone is not a customer contact.")

# s027 -- online seller scammed; angry at the scammer (service_request), teen style
add("s027.eml", [
    "MIME-Version: 1.0",
    "Date: Sun, 15 Feb 2026 23:52:03 +0700",
    "Message-ID: " + mid("s027", "", "gmail"),
    "Subject: bi lua tien coc 47tr, nho luat su tu van",
    "From: " + addr("Bông Handmade", "bonghandmade.order@gmail.com"),
    "To: " + INFO,
], leaf("""hello luat su, e bi lua mat 47tr ne \U0001F62D\U0001F62D

e ban do len moc tren shopee, thang 1 e dat 1 lo nguyen lieu (len, kim moc) cua 1 thang tren fb ten Thanh Tung, ck coc 47tr vao stk 19036685221017 techcombank ten NGUYEN THANH TUNG, no hua giao trong 10 ngay. xong no block e luon, goi so 0866 491 203 thi thue bao. thang cho do lua dao tro tren, e tuc muon dien luon a.

cho e hoi gio e to cao cong an dc k hay phai kien dan su, ben minh co nhan vu nho nhu vay k, phi bn a? e co du bill chuyen khoan voi tin nhan.

e ten Dang Thi Kim Ngan, sdt e 0981.335.672 nha, goi sau 8h toi giup e vi ban ngay e di lam
""", cte="8bit"),
    "service_request", "vi", name="Dang Thi Kim Ngan", phone="+84981335672", email="bonghandmade.order@gmail.com",
    note="Abusive words are about the scammer, not the firm: service request. The scammer's bank account and phone are distractors; From display is a shop name.")

# s028 -- status update with a single-field address correction in the middle
add("s028.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Lê Quang Huy", "lequanghuy.kts@gmail.com"),
    "To: " + addr("Nguyễn Hoàng Quân", "quan.nh@" + DOM),
    "Cc: " + SUPPORT,
    "Subject: " + ew("Cập nhật hồ sơ thừa kế nhà ở Huế"),
    "Date: Thu, 12 Mar 2026 21:30:44 +0700",
    "Message-ID: " + mid("s028", "", "gmail"),
], leaf("""Chào Quân,

Anh cập nhật tình hình bên gia đình anh: tuần rồi cô út đã đồng ý ký văn bản thỏa thuận phân chia di sản, chỉ còn chú Hai ở Đà Lạt chưa về được, chắc cuối tháng 3 chú ra Huế thì ký luôn một thể. Bản đo vẽ hiện trạng anh đã nhận từ bên đo đạc, anh sẽ mang bản cứng qua văn phòng khi vào Sài Gòn.

À, hôm trước đọc bản nháp hợp đồng dịch vụ anh mới thấy địa chỉ của anh bị ghi là 72 Phan Đình Phùng, đúng ra là 27 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế. Em sửa giúp anh trong hồ sơ để sau này gửi giấy tờ khỏi thất lạc nhé.

Còn lại chưa có gì mới, có gì anh báo tiếp.

Lê Quang Huy
ĐT: 0914 208 563
""", cte="quoted-printable"),
    "correction_request", "vi", name="Lê Quang Huy", phone="+84914208563", email="lequanghuy.kts@gmail.com",
    address="27 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế",
    note="Correction of one field (house number 72 -> 27) in the middle of a case update; the only thing asked of the firm is the fix. Wrong address is a distractor.")

# s029 -- elderly client hurt by receptionist's rudeness; no 'khieu nai'
add("s029.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Tôn Nữ Diệu Hiền", "dieuhien.tonnu@gmail.com"),
    "To: " + INFO,
    "Subject: " + ew("Gửi Ban Giám đốc về buổi hẹn sáng 2/3"),
    "Date: Tue, 3 Mar 2026 15:40:08 +0700",
    "Message-ID: " + mid("s029", "", "gmail"),
], leaf("""Kính gửi Ban Giám đốc Công ty Luật Tâm Đức,

Tôi là Tôn Nữ Diệu Hiền, 71 tuổi. Sáng thứ Hai 2/3 tôi đến văn phòng ở Nam Kỳ Khởi Nghĩa theo lịch hẹn lúc 9 giờ để ký giấy ủy quyền. Tôi chờ đến 10 giờ 40 mới được gặp luật sư. Khi tôi hỏi thì cậu thanh niên ở quầy lễ tân nói lớn "bà ngồi đó chờ đi, ai cũng phải chờ", trước mặt nhiều người. Tôi đi đứng khó khăn, xin ly nước cũng không ai đưa.

Tôi làm việc với quý công ty đã ba năm, luật sư Khôi rất tận tình, nhưng cách đối xử hôm đó làm tôi rất buồn và tủi thân. Mong Ban Giám đốc nhắc nhở nhân viên, và lần sau nếu luật sư trễ hẹn thì báo trước cho tôi một tiếng.

Kính thư,
Tôn Nữ Diệu Hiền
Điện thoại nhà: (028) 3930 2174
""", cte="base64"),
    "complaint", "vi", name="Tôn Nữ Diệu Hiền", phone="+842839302174", email="dieuhien.tonnu@gmail.com",
    note="Grievance about staff behaviour and waiting time, never uses 'khieu nai'; praises the lawyer but the point is the mistreatment.")

# s030 -- internship application with a PDF attachment (unknown)
_cv = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add("s030.eml", [
    "MIME-Version: 1.0",
    "Date: Wed, 4 Feb 2026 13:22:37 +0700",
    "Message-ID: " + mid("s030", "", "gmail"),
    "Subject: " + ew("Ứng tuyển Thực tập sinh pháp lý – Nguyễn Phạm Bảo Trân – ĐH Luật TP.HCM"),
    "From: " + addr("Bảo Trân Nguyễn Phạm", "baotran.np.luat@gmail.com"),
    "To: " + INFO,
], multipart("mixed", [
    leaf("""Kính gửi Anh/Chị phụ trách tuyển dụng Công ty Luật TNHH Tâm Đức,

Em tên là Nguyễn Phạm Bảo Trân, sinh viên năm 4 chuyên ngành Luật Thương mại, Trường Đại học Luật TP.HCM (GPA 3.42/4). Em được biết Công ty đang tìm thực tập sinh cho mảng Doanh nghiệp – Đầu tư qua trang tuyển dụng của Khoa.

Trong thời gian học, em đã thực tập 3 tháng tại phòng pháp chế một công ty logistics, hỗ trợ rà soát hợp đồng vận chuyển, soạn biên bản thanh lý và tra cứu quy định về bảo vệ dữ liệu cá nhân. Em mong có cơ hội học hỏi thêm về tư vấn thành lập doanh nghiệp, M&A và tranh chấp hợp đồng tại Công ty.

Em xin gửi kèm CV. Em có thể đi làm toàn thời gian từ tháng 4/2026.

Em cảm ơn Anh/Chị đã dành thời gian xem xét ạ.

Nguyễn Phạm Bảo Trân
SĐT: 0707.482.119
"""),
    'Content-Type: application/pdf; name="CV_NguyenPhamBaoTran.pdf"\n'
    'Content-Disposition: attachment; filename="CV_NguyenPhamBaoTran.pdf"\n'
    "Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(_cv).decode(),
], "000000000000f3b1920648e77c25"),
    "unknown", "vi", name="Nguyễn Phạm Bảo Trân", phone="+84707482119", email="baotran.np.luat@gmail.com",
    note="Job application; mentions contracts, disputes and personal data protection but asks nothing of the firm as a customer. From display name is in reversed order.")

# s031 -- base64 body; director withdraws consent and asks deletion (keeps company data)
add("s031.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Mạc Văn Trường", "truong.mv@sonhaitrading.vn"),
    "To: " + SUPPORT,
    "Subject: " + ew("V/v rút lại sự đồng ý và xóa dữ liệu cá nhân"),
    "Date: Mon, 12 Jan 2026 09:30:00 +0700",
    "Message-ID: " + mid("s031", "sonhaitrading.vn", "outlook"),
], leaf("""Kính gửi Công ty Luật TNHH Tâm Đức,

Hợp đồng dịch vụ rà soát pháp lý (due diligence) giữa Quý Công ty và Công ty TNHH Thương mại Sơn Hải đã được thanh lý ngày 30/12/2025.

Trong quá trình thực hiện, tôi với tư cách Giám đốc đã cung cấp một số dữ liệu cá nhân của riêng tôi: bản sao CCCD, hộ chiếu, sao kê tài khoản cá nhân, thông tin về vợ con để kê khai người có liên quan.

Nay tôi rút lại sự đồng ý xử lý các dữ liệu cá nhân nêu trên và đề nghị Quý Công ty xóa, hủy toàn bộ các dữ liệu này (cả bản giấy và bản điện tử). Hồ sơ của Công ty Sơn Hải thì Quý Công ty cứ lưu theo quy định. Trường hợp có dữ liệu nào pháp luật bắt buộc phải lưu, đề nghị thông báo cho tôi danh mục và thời hạn lưu.

Trân trọng,

Mạc Văn Trường
Giám đốc
CÔNG TY TNHH THƯƠNG MẠI SƠN HẢI
MST: 0201938475
Lô B4, KCN Đình Vũ, phường Đông Hải, TP. Hải Phòng
Di động: 0903.26.48.71
""", cte="base64"),
    "deletion_request", "vi", name="Mạc Văn Trường", phone="+84903264871", email="truong.mv@sonhaitrading.vn",
    address="Lô B4, KCN Đình Vũ, phường Đông Hải, TP. Hải Phòng",
    note="Base64 body. Deletion limited to his own personal data, not the company's file; company tax code is a distractor.")

# s032 -- startup founder, quote; friend's lawyer phone as distractor
add("s032.eml", [
    "MIME-Version: 1.0",
    "From: Lucas Ferreira <lucas@tidepool.studio>",
    "To: " + INFO,
    "Subject: Shareholders' agreement + ESOP for a small design studio",
    "Date: Thu, 22 Jan 2026 16:45:12 +0700",
    "Message-ID: " + mid("s032", "tidepool.studio"),
], multipart("alternative", [
    leaf("""Hi there,

I'm a Brazilian designer based in Saigon. Two Vietnamese partners and I set up Tidepool Studio JSC last year (the company registration went fine, we did it ourselves). Now we're bringing in a small angel investor and want to get our house in order:

- a proper shareholders' agreement between the three founders and the investor (vesting, drag/tag, deadlock, what happens if one of us leaves);
- a simple employee share option plan for 4-5 key staff;
- a quick check of our charter so it matches the above.

Could you send me a rough quote and let me know if a 30-min intro call is possible next week? English please - my Vietnamese is still at "restaurant level".

A friend of mine, Tran Minh Tuan (he's a lawyer at another firm, 0903 118 274), recommended you - he said he's too swamped to take it on.

Cheers,
Lucas Ferreira
Co-founder, Tidepool Studio
WhatsApp/Zalo: +84 789 441 260
"""),
    leaf(div_html("""Hi there,

I'm a Brazilian designer based in Saigon. Two Vietnamese partners and I set up Tidepool Studio JSC last year (the company registration went fine, we did it ourselves). Now we're bringing in a small angel investor and want to get our house in order:

- a proper shareholders' agreement between the three founders and the investor (vesting, drag/tag, deadlock, what happens if one of us leaves);
- a simple employee share option plan for 4-5 key staff;
- a quick check of our charter so it matches the above.

Could you send me a rough quote and let me know if a 30-min intro call is possible next week? English please - my Vietnamese is still at "restaurant level".

A friend of mine, Tran Minh Tuan (he's a lawyer at another firm, 0903 118 274), recommended you - he said he's too swamped to take it on.

Cheers,
Lucas Ferreira
Co-founder, Tidepool Studio
WhatsApp/Zalo: +84 789 441 260
""", "Helvetica, sans-serif"), subtype="html"),
], "Apple-Mail=_5C1E2A7B-9D44-4C1A-8E3F-77A0B2C9D611"),
    "service_request", "en", name="Lucas Ferreira", phone="+84789441260", email="lucas@tidepool.studio",
    note="The referring friend's (another lawyer's) phone is a distractor.")

# s033 -- bulk webinar invitation about handling data-subject requests
_s033_txt = """ASIA LEGAL FORUM - LIVE WEBINAR

Vietnam's Personal Data Protection Law 2025:
Handling Access, Correction and Deletion Requests in Practice

Thursday, 26 March 2026 | 15:00-16:30 (GMT+7) | Online

Dear Legal Professional,

With the Personal Data Protection Law now in force, law firms and in-house teams must be ready to answer data subjects who ask to see, correct or erase their data, or who complain about how it has been handled. Join our panel of practitioners from Hanoi, Ho Chi Minh City and Singapore for a practical session:

* Verifying the identity of requesters
* Deadlines and exemptions for access and erasure requests
* Client confidentiality vs. the right of access
* Handling complaints and regulator inquiries

Early-bird fee: USD 95 (until 10 March). Group rates available.
Register: https://asialegalforum.com/events/vn-pdpl-2026

You are receiving this email because you subscribed to Asia Legal Forum updates.
Unsubscribe: https://asialegalforum.com/u/e4a91c
Asia Legal Forum Pte Ltd, 1 Raffles Place #20-61, Singapore 048616
"""
add("s033.eml", [
    "MIME-Version: 1.0",
    "From: Asia Legal Forum <events@asialegalforum.com>",
    "To: " + INFO,
    "Subject: Invitation: Vietnam PDPL 2025 - Handling Access, Correction & Deletion Requests (Webinar, 26 March)",
    "Date: Wed, 25 Feb 2026 03:00:12 +0000",
    "Message-ID: <0101019c7b2e4f1a-3c8d0e55-9a4b-4f21-b7d3-61e0c2a9f8b4-000000@us-west-2.amazonses.com>",
    "List-Unsubscribe: <https://asialegalforum.com/u/e4a91c>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "Feedback-ID: 1.us-west-2.alf:campaign-pdpl-0326",
], multipart("alternative", [
    leaf(_s033_txt, charset="us-ascii", cte="7bit"),
    leaf("""<!DOCTYPE html><html><body style="margin:0;background:#f3f4f6">
<table align="center" width="600" cellpadding="24" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1f2937">
<tr><td style="background:#0b3d91;color:#ffffff"><b>ASIA LEGAL FORUM</b> &middot; LIVE WEBINAR</td></tr>
<tr><td>
<h1 style="font-size:22px">Vietnam's Personal Data Protection Law 2025:<br>Handling Access, Correction and Deletion Requests in Practice</h1>
<p><b>Thursday, 26 March 2026</b> | 15:00&ndash;16:30 (GMT+7) | Online</p>
<p>Dear Legal Professional,</p>
<p>With the Personal Data Protection Law now in force, law firms and in-house teams must be ready to answer data subjects who ask to see, correct or erase their data, or who complain about how it has been handled.</p>
<ul><li>Verifying the identity of requesters</li><li>Deadlines and exemptions for access and erasure requests</li><li>Client confidentiality vs. the right of access</li><li>Handling complaints and regulator inquiries</li></ul>
<p><a href="https://asialegalforum.com/events/vn-pdpl-2026" style="background:#0b3d91;color:#fff;padding:10px 18px;text-decoration:none">Register now &ndash; USD 95</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7280">You are receiving this email because you subscribed to Asia Legal Forum updates. <a href="https://asialegalforum.com/u/e4a91c">Unsubscribe</a><br>Asia Legal Forum Pte Ltd, 1 Raffles Place #20-61, Singapore 048616</td></tr>
</table></body></html>
""", subtype="html", charset="us-ascii", cte="quoted-printable"),
], "=_alf_9b1f2e7c"),
    "unknown", "en", automated=True,
    note="Bulk seminar invitation using access/correction/deletion/complaint vocabulary throughout.")

# s034 -- truck driver disputes extra charges; no 'khieu nai'
add("s034.eml", [
    "MIME-Version: 1.0",
    "Date: Fri, 6 Mar 2026 05:48:29 +0700",
    "Message-ID: " + mid("s034", "", "gmail"),
    "Subject: Re: hoa don dich vu thang 3",
    "In-Reply-To: <7b1e4d20-88f3-4a6c-bb1d-0f2c9e3a5d71@tamduclaw.vn>",
    "From: " + addr("Tang Van Hau", "tangvanhau.xe@gmail.com"),
    "To: " + SUPPORT,
], leaf("""Chao chi Phuong,

Toi nhan duoc hoa don roi. Luc ky hop dong ben chi noi phi tron goi 15 trieu cho vu tai nan xe tai o Long An, bao gom het. Gio hoa don ghi them 3.200.000 "chi phi di lai, luu tru cua luat su" va 1.500.000 "phi sao y, dich thuat". Toi khong he duoc bao truoc. Toi chay xe kiem song, dong tien nao cung la mo hoi, ben chi lam vay toi thay khong dang hoang.

Hop dong ghi ro chu "tron goi". De nghi ben chi xuat lai hoa don dung 15 trieu. Toi da chuyen 10 trieu roi, con 5 trieu toi chuyen khi nhan hoa don moi.

Tang Van Hau
0913.62.74.08

On Thu, Mar 5, 2026 at 4:30 PM Tam Duc Law <support@tamduclaw.vn> wrote:
> Kinh gui anh Tang Van Hau,
> Cong ty Luat TNHH Tam Duc gui anh hoa don dich vu thang 3/2026 (dinh kem).
> Tong cong: 19.700.000 dong. Vui long thanh toan vao STK 0071 0009 36528
> Vietcombank - CN Sai Gon trong 07 ngay.
> Tran Mai Phuong - CSKH | Hotline 1800 63 65
""", charset="us-ascii", cte="7bit"),
    "complaint", "vi", name="Tang Van Hau", phone="+84913627408", email="tangvanhau.xe@gmail.com",
    note="Billing grievance (charges beyond the agreed flat fee) without the word 'khieu nai'; quoted firm mail has the firm's bank account and hotline.")

# s035 -- expat in Hanoi, short access request
add("s035.eml", [
    "MIME-Version: 1.0",
    "From: Elena Petrova <elena.petrova.hn@gmail.com>",
    "To: " + SUPPORT,
    "Subject: what do you keep on file about me?",
    "Date: Sun, 18 Jan 2026 10:14:56 +0700",
    "Message-ID: " + mid("s035", "", "gmail"),
], leaf("""Hi,

Your Hanoi office handled my temporary residence card last year. Could you send me a copy of the personal data you keep about me? I'm especially interested in whether my passport and lease details were passed to any outside agent or visa company, and if so, to whom.

Thanks,
Elena Petrova
Phone: 039 771 5842
Address: 14 ngõ 52 Tô Ngọc Vân, Phường Tây Hồ, Hà Nội
""", cte="8bit"),
    "access_request", "en", name="Elena Petrova", phone="+84397715842", email="elena.petrova.hn@gmail.com",
    address="14 ngõ 52 Tô Ngọc Vân, Phường Tây Hồ, Hà Nội")

# s036 -- pure thanks after a won case (unknown)
add("s036.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Châu Văn Lâm", "chauvanlam.ct@gmail.com"),
    "To: " + addr("LS. Đặng Văn Khôi", "khoi.dv@" + DOM),
    "Cc: " + INFO,
    "Subject: " + ew("Cảm ơn luật sư Khôi"),
    "Date: Fri, 30 Jan 2026 20:03:15 +0700",
    "Message-ID: " + mid("s036", "", "gmail"),
], leaf("""Kính gửi luật sư Khôi và văn phòng,

Hôm qua tôi đã nhận đủ tiền bồi thường và trợ cấp thôi việc từ công ty cũ sau bản án phúc thẩm. Gần hai năm theo vụ kiện, có lúc tôi tính bỏ cuộc, nhưng nhờ luật sư kiên trì nên mới có ngày hôm nay.

Cả nhà tôi gửi lời cảm ơn luật sư và các anh chị trong văn phòng. Chúc mọi người năm mới sức khỏe, bình an.

Châu Văn Lâm
0939 52 18 64
""", cte="quoted-printable"),
    "unknown", "vi", name="Châu Văn Lâm", phone="+84939521864", email="chauvanlam.ct@gmail.com",
    note="Pure thanks from a former client; legal words (bản án, bồi thường) but nothing is asked.")

# s037 -- email change, no diacritics, from iPhone
add("s037.eml", [
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=us-ascii",
    "Content-Transfer-Encoding: 7bit",
    "From: Do Huu Nghia <nghiadh.1995@yahoo.com>",
    "Mime-Version: 1.0 (1.0)",
    "Date: Mon, 26 Jan 2026 07:41:09 +0700",
    "Subject: doi email",
    "Message-Id: <A0C3F6E2-5B71-4D8A-9E2C-17F04B83D6A5@yahoo.com>",
    "To: " + SUPPORT,
    "X-Mailer: iPhone Mail (22C152)",
], """
Chao ben minh,

Mail yahoo nay cua e sap ko dung nua (bi hack 2 lan r). Nho ben minh doi email lien he trong ho so cua e sang: dohuunghia.work@gmail.com. Tu gio co thong bao, hoa don gi thi gui vao mail moi nha.

Ho ten: Do Huu Nghia - ma KH: TD-KH-08812
Cam on nhieu!

Sent from my iPhone
""",
    "correction_request", "vi", name="Do Huu Nghia", phone=None, email="dohuunghia.work@gmail.com",
    note="New contact email in the body differs from the From address.")
# fix duplicated MIME-Version for s037 (iPhone style keeps only 'Mime-Version: 1.0 (1.0)')
MESSAGES["s037.eml"] = MESSAGES["s037.eml"].replace("MIME-Version: 1.0\n", "", 1)

# s038 -- Google-Groups style list mail between lawyers (automated)
add("s038.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Vũ Hoàng Long", "vhlong.ls@gmail.com"),
    "To: " + addr("Luật sư trẻ HCM", "luatsu-tre-hcm@googlegroups.com"),
    "Subject: " + ew("[LS Trẻ HCM] Hỏi kinh nghiệm: tranh chấp đặt cọc mua đất nền chưa có sổ"),
    "Date: Tue, 24 Feb 2026 22:15:40 +0700",
    "Message-ID: " + mid("s038", "", "gmail"),
    "Reply-To: luatsu-tre-hcm@googlegroups.com",
    "Sender: luatsu-tre-hcm@googlegroups.com",
    "Mailing-list: list luatsu-tre-hcm@googlegroups.com; contact luatsu-tre-hcm+owners@googlegroups.com",
    "List-ID: <luatsu-tre-hcm.googlegroups.com>",
    "List-Post: <https://groups.google.com/group/luatsu-tre-hcm/post>, <mailto:luatsu-tre-hcm@googlegroups.com>",
    "List-Unsubscribe: <mailto:luatsu-tre-hcm+unsubscribe@googlegroups.com>, <https://groups.google.com/group/luatsu-tre-hcm/subscribe>",
    "Precedence: list",
], leaf("""Chào các anh chị,

Em đang hỗ trợ một khách hàng đặt cọc 300 triệu mua đất nền dự án ở Long Thành, chủ đầu tư hứa 12 tháng ra sổ, nay đã 3 năm chưa có, giờ họ đề nghị "chuyển cọc" sang dự án khác. Khách muốn đòi lại cọc và phạt cọc.

Anh chị nào từng xử lý tranh chấp dạng này cho em xin kinh nghiệm: nên khởi kiện theo hướng hợp đồng đặt cọc vô hiệu hay yêu cầu phạt cọc? Có án lệ nào gần đây không ạ?

Cảm ơn anh chị.
LS. Vũ Hoàng Long

--
Bạn nhận được thư này vì bạn đã đăng ký vào nhóm "Luật sư trẻ HCM" của Google Groups.
Để hủy đăng ký nhóm này và ngừng nhận email từ nhóm, hãy gửi email đến luatsu-tre-hcm+unsubscribe@googlegroups.com.
"""),
    "unknown", "vi", automated=True,
    note="Mailing-list post between lawyers (List-ID, Precedence: list); a legal question, but addressed to the list, not to the firm.")

# s039 -- retired teacher wants a will drafted at home; son's phone is a distractor
add("s039.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Nghiêm Xuân Đạo", "nghiemxuandao1949@gmail.com", mode="Q"),
    "To: " + INFO,
    "Subject: " + ew("Nhờ luật sư giúp lập di chúc"),
    "Date: Wed, 18 Feb 2026 07:05:33 +0700",
    "Message-ID: " + mid("s039", "", "gmail"),
], leaf("""Kính gửi Quý Văn phòng Luật sư,

Tôi là Nghiêm Xuân Đạo, giáo viên về hưu, năm nay 77 tuổi, hiện ở số 5 ngõ 18 phố Huế, phường Hai Bà Trưng, Hà Nội.

Tôi có ý định lập di chúc để phân chia căn nhà đang ở và hai sổ tiết kiệm cho ba người con, trong đó có một cháu đang định cư ở Úc. Tôi muốn mọi việc rõ ràng để sau này các con không tranh chấp.

Kính nhờ Quý Văn phòng bố trí một luật sư đến nhà tư vấn và giúp tôi soạn di chúc, nếu được thì mời công chứng viên đến nhà luôn vì tôi đi lại khó khăn. Xin cho biết trước chi phí.

Điện thoại của tôi: 024.3943.6618 (máy bàn, tôi thường ở nhà buổi sáng).
Nếu cần trao đổi giấy tờ thì có thể liên hệ con trai tôi là Nghiêm Xuân Hùng, số 0904 337 219, nhưng việc nội dung di chúc xin Quý Văn phòng trao đổi trực tiếp với tôi.

Kính thư,
Nghiêm Xuân Đạo
"""),
    "service_request", "vi", name="Nghiêm Xuân Đạo", phone="+842439436618", email="nghiemxuandao1949@gmail.com",
    address="số 5 ngõ 18 phố Huế, phường Hai Bà Trưng, Hà Nội",
    note="Elderly sender; the son's mobile is a distractor, the sender's own number is the landline.")

# s040 -- top-posted over the firm's newsletter: unsubscribe AND delete (deletion)
add("s040.eml", [
    "MIME-Version: 1.0",
    "From: Hannah Schulz <hannah.schulz@gmx.de>",
    "To: " + addr("Tâm Đức Law", "news@" + DOM),
    "Subject: " + ew("Re: Tâm Đức Law Insights – March 2026"),
    "Date: Wed, 4 Mar 2026 19:27:02 +0100",
    "Message-ID: <trinity-5f2c9a1e-0b4d-4e77-a3c1-8d90e2b7f614-1772648822@3c-app-gmx-bap12>",
    "In-Reply-To: <nl-2026-03-04-0017@news.tamduclaw.vn>",
    "Importance: normal",
], leaf("""Please take me off this list. I only contacted you once, in 2024, about a visa question and never agreed to receive marketing. I'd also like all my details deleted from your systems, not just unsubscribed. A short confirmation would be appreciated.

Hannah Schulz


Gesendet: Mittwoch, 04. März 2026 um 09:00 Uhr
Von: "Tâm Đức Law" <news@tamduclaw.vn>
An: hannah.schulz@gmx.de
Betreff: Tâm Đức Law Insights – March 2026

TÂM ĐỨC LAW INSIGHTS – MARCH 2026
- New rules on work permits for foreign experts
- Buying property in Vietnam as a foreigner: 2026 checklist
- Personal data protection: what changes for your business

Questions? Call our hotline 1800 63 65 or email info@tamduclaw.vn
Công ty Luật TNHH Tâm Đức, Tầng 9, 215 Nam Kỳ Khởi Nghĩa, Phường Xuân Hòa, TP.HCM
To unsubscribe, click here.
"""),
    "deletion_request", "en", name="Hannah Schulz", phone=None, email="hannah.schulz@gmx.de",
    note="Human reply to the firm's newsletter (not itself list mail): unsubscribe plus erasure. Quoted newsletter has the firm's hotline and address.")

# s041 -- code-switching complaint: firm sent another client's draft to her (mixed)
add("s041.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Tạ Phương Anh", "phuonganh.ta@cloudnine-agency.com"),
    "To: " + SUPPORT,
    "Cc: " + addr("Lê Thu Hà", "ha.lt@" + DOM),
    "Subject: " + ew("Urgent – nhận nhầm hồ sơ của khách khác"),
    "Date: Thu, 5 Feb 2026 11:46:18 +0700",
    "Message-ID: " + mid("s041", "cloudnine-agency.com", "outlook"),
], multipart("alternative", [
    leaf("""Hi anh chị,

Em là Tạ Phương Anh, client bên mảng employment. Sáng nay em nhận được email của chị Hà gửi draft settlement agreement — nhưng không phải của em, mà là của một khách khác, có full name, số CCCD, mức lương, lý do nghỉ việc của người ta luôn. Em check lại thread thì thấy draft của em chắc cũng đã bị gửi cho ai đó, vì chị Hà CC một address lạ.

Honestly em rất shock. Em chọn bên mình vì nghĩ một law firm thì phải cẩn thận với data hơn ai hết. Em cần bên mình confirm asap: draft của em đã bị gửi cho ai, bên mình đã xử lý thế nào, và khi nào em nhận được official explanation bằng văn bản. Em đã xóa email kia và không forward cho ai.

Best,
Phương Anh
M: +84 93 846 1275
"""),
    leaf(div_html("""Hi anh chị,

Em là Tạ Phương Anh, client bên mảng employment. Sáng nay em nhận được email của chị Hà gửi draft settlement agreement — nhưng không phải của em, mà là của một khách khác, có full name, số CCCD, mức lương, lý do nghỉ việc của người ta luôn. Em check lại thread thì thấy draft của em chắc cũng đã bị gửi cho ai đó, vì chị Hà CC một address lạ.

Honestly em rất shock. Em chọn bên mình vì nghĩ một law firm thì phải cẩn thận với data hơn ai hết. Em cần bên mình confirm asap: draft của em đã bị gửi cho ai, bên mình đã xử lý thế nào, và khi nào em nhận được official explanation bằng văn bản. Em đã xóa email kia và không forward cho ai.

Best,
Phương Anh
M: +84 93 846 1275
"""), subtype="html"),
], "_000_SEYPR02MB6541A9D0_"),
    "complaint", "mixed", name="Tạ Phương Anh", phone="+84938461275", email="phuonganh.ta@cloudnine-agency.com",
    note="Vietnamese/English code-switching. Grievance about the firm's data handling (misdirected email); she deleted the other client's email herself - not a deletion request.")

# s042 -- rehire, mentions a past delay in passing (service dominant)
add("s042.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Kha Minh Nhựt", "nhutkha.agri@gmail.com"),
    "To: " + addr("Nguyễn Hoàng Quân", "quan.nh@" + DOM),
    "Cc: " + INFO,
    "Subject: " + ew("Nhờ rà soát hợp đồng khung xuất khẩu gạo đi Malaysia"),
    "Date: Mon, 16 Mar 2026 08:22:51 +0700",
    "Message-ID: " + mid("s042", "", "gmail"),
], leaf("""Chào luật sư Quân,

Năm ngoái bên anh chị làm giúp tôi hợp đồng xuất khẩu gạo với đối tác Philippines. Nói thật lúc đó bên mình gửi bản dịch tiếng Anh trễ 3 ngày làm tôi hơi bị động, nhưng cuối cùng hợp đồng chặt chẽ, đến giờ không phát sinh vấn đề gì.

Nay công ty tôi chuẩn bị ký hợp đồng khung với một nhà nhập khẩu ở Malaysia, khoảng 2.000 tấn mỗi quý. Tôi muốn thuê lại bên mình rà soát và hỗ trợ đàm phán, nhất là điều khoản thanh toán L/C, phạt chậm giao và bất khả kháng. Hạn ký là 05/4 nên mong bên mình sắp xếp sớm. Luật sư gửi tôi báo giá và cho biết tuần này khi nào họp online được.

Kha Minh Nhựt
Giám đốc – Công ty TNHH Lương Thực Nhựt Phát
0918 270 635
""", cte="8bit"),
    "service_request", "vi", name="Kha Minh Nhựt", phone="+84918270635", email="nhutkha.agri@gmail.com",
    note="Mentions the firm's past 3-day delay in passing, but the message is a request to hire the firm again: service request.")

# s043 -- Exchange NDR (English)
add("s043.eml", [
    "MIME-Version: 1.0",
    "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tamduclaw.vn>",
    "To: " + INFO,
    "Subject: Undeliverable: Your consultation appointment - confirmation",
    "Date: Thu, 19 Feb 2026 10:31:07 +0000",
    "Message-ID: <8c1d0b3e-27a4-4f55-9e61-d2b7a90c4e13@SG2PR04MB9912.apcprd04.prod.outlook.com>",
    "Auto-Submitted: auto-replied",
    "X-MS-Exchange-Message-Is-Ndr:",
], multipart("report", [
    leaf("""Your message to k.nguyen@saigonwoodcraft.vn couldn't be delivered.

k.nguyen wasn't found at saigonwoodcraft.vn.

info    Office 365    saigonwoodcraft.vn
Action Required       Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", charset="us-ascii", cte="7bit"),
    """Content-Type: message/delivery-status

Reporting-MTA: dns;SG2PR04MB9912.apcprd04.prod.outlook.com
Received-From-MTA: dns;mail.tamduclaw.vn
Arrival-Date: Thu, 19 Feb 2026 10:31:05 +0000

Final-Recipient: rfc822;k.nguyen@saigonwoodcraft.vn
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
""",
    "Content-Type: message/rfc822\n\n"
    "From: Tam Duc Law <info@tamduclaw.vn>\n"
    "To: k.nguyen@saigonwoodcraft.vn\n"
    "Subject: Your consultation appointment - confirmation\n"
    "Date: Thu, 19 Feb 2026 17:31:00 +0700\n"
    "Message-ID: <f04a7c1e-5d92-4b3a-8e0f-9a61c2d7b358@tamduclaw.vn>\n"
    "MIME-Version: 1.0\n" +
    leaf("""Dear Mr. Nguyen,

We confirm your consultation with Lawyer Nguyen Hoang Quan on Monday, 23 February 2026 at 14:00 at our office (Floor 9, 215 Nam Ky Khoi Nghia, Xuan Hoa Ward, HCMC).

If you need to reschedule, please call our hotline 1800 63 65.

Tam Duc Law Firm
""", charset="us-ascii", cte="7bit"),
], "_b3c4a1d2-ndr-9912_", params=" report-type=delivery-status;"),
    "unknown", "en", automated=True,
    note="Exchange non-delivery report of the firm's own appointment confirmation.")

# s044 -- ride-hailing driver asks for scans of his documents (access), no diacritics
add("s044.eml", [
    "MIME-Version: 1.0",
    "Date: Tue, 27 Jan 2026 14:09:50 +0700",
    "Message-ID: " + mid("s044", "", "gmail"),
    "Subject: xin ban scan giay to",
    "From: Phi Long <philong.grab@gmail.com>",
    "To: " + INFO,
], leaf("""chao cong ty

anh la La Phi Long, nam 2025 anh co nho cong ty lam ho so doi boi thuong vu tai nan giao thong, co gui CCCD, bang lai, giay ra vien, ho so benh an.

gio anh muon biet cong ty dang giu nhung giay to gi cua anh, gui lai cho anh ban scan tat ca qua email nay giup anh, anh can de nop bao hiem.

sdt anh 84 907 551 386
cam on
""", charset="us-ascii", cte="7bit"),
    "access_request", "vi", name="La Phi Long", phone="+84907551386", email="philong.grab@gmail.com",
    note="Framed as getting documents back, but it asks what personal data/documents the firm holds and for a copy: access. Phone written as '84 ...' without '+'.")

# s045 -- HTML-only explicit complaint with a forwarded court clerk email
add("s045.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Bao Bì Phúc Hưng", "phuchung.packaging@gmail.com"),
    "To: " + INFO,
    "Subject: " + ew("Khiếu nại: luật sư vắng mặt tại phiên tòa ngày 24/02/2026"),
    "Date: Wed, 25 Feb 2026 17:55:36 +0700",
    "Message-ID: " + mid("s045", "", "gmail"),
], leaf("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div dir="ltr">
<p>Kính gửi Ban Giám đốc Công ty Luật TNHH Tâm Đức,</p>
<p>Tôi là <b>Dương Thị Mỹ Lệ</b>, Giám đốc Công ty TNHH In Bao Bì Phúc Hưng. Công ty chúng tôi đã ký hợp đồng dịch vụ số 112/2025/HĐDV-TĐ để Quý Công ty cử luật sư bảo vệ quyền lợi trong vụ kiện đòi nợ với Công ty Minh Đạt.</p>
<p>Phiên tòa ngày 24/02/2026 tại TAND khu vực 5 – TP.HCM, luật sư được phân công <u>không có mặt</u> và không hề báo trước. Tòa phải hoãn phiên, và thư ký tòa có gửi email (chuyển tiếp bên dưới) ghi nhận phía nguyên đơn vắng mặt người đại diện theo ủy quyền. Chúng tôi mất thêm ít nhất 2 tháng trong khi khoản nợ 1,4 tỷ vẫn chưa đòi được.</p>
<p>Chúng tôi chính thức khiếu nại và đề nghị:</p>
<ol>
<li>Giải trình bằng văn bản lý do luật sư vắng mặt;</li>
<li>Hoàn lại 50% phí dịch vụ đã thanh toán;</li>
<li>Bố trí luật sư khác có kinh nghiệm cho phiên tòa tiếp theo.</li>
</ol>
<p>Trân trọng,<br>
Dương Thị Mỹ Lệ<br>
Giám đốc – Công ty TNHH In Bao Bì Phúc Hưng<br>
Số 14 đường số 7, KCN Vĩnh Lộc, phường Bình Hưng Hòa, TP.HCM<br>
Di động: 0962 158 347</p>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <strong class="gmail_sendername">Thư ký Tòa án</strong> &lt;thuky.khuvuc5@toaan.gov.vn&gt;<br>
Date: Tue, 24 Feb 2026 at 10:05<br>
Subject: Thông báo hoãn phiên tòa<br>
To: &lt;phuchung.packaging@gmail.com&gt;<br></div><br>
<p>Tòa án nhân dân khu vực 5 thông báo: phiên tòa sơ thẩm vụ án tranh chấp hợp đồng mua bán hàng hóa giữa Công ty TNHH In Bao Bì Phúc Hưng và Công ty CP Minh Đạt được hoãn do người đại diện theo ủy quyền của nguyên đơn vắng mặt. Thời gian mở lại phiên tòa sẽ được thông báo sau.</p>
<p>Mọi chi tiết liên hệ thư ký Nguyễn Thị Thanh Tâm, ĐT: 028 3862 7719.</p>
</div>
</div>
</body></html>
""", subtype="html"),
    "complaint", "vi", name="Dương Thị Mỹ Lệ", phone="+84962158347", email="phuchung.packaging@gmail.com",
    address="Số 14 đường số 7, KCN Vĩnh Lộc, phường Bình Hưng Hòa, TP.HCM",
    note="HTML-only. From display is a company name; sender's name is in the signature. Forwarded court clerk email with the clerk's phone is a distractor; asking for a replacement lawyer is part of the redress, not a new service request.")

# s046 -- SEO vendor pitch (unknown), US phone number
_s046 = """Hi Tam Duc team,

I was researching law firms in Ho Chi Minh City and noticed tamduclaw.vn currently sits on page 3 of Google for "divorce lawyer Ho Chi Minh City" and "foreign investment lawyer Vietnam". Your competitors on page 1 have far fewer practice-area pages than you do - the gap is mostly technical SEO and backlinks.

LexRank works only with law firms. We typically get clients into the top 5 for their core practice areas within 4-6 months, and we handle everything: legal content written by qualified paralegals, schema for attorney profiles, Google Business reviews, and compliance-safe ad copy.

Would you be open to a free 15-minute audit call next week? I can send over a short video teardown of your site beforehand.

Best,
Nathan Cole
Growth Partner, LexRank Legal Marketing
+1 (415) 555-0187
nathan@lexrank-seo.com

If you'd rather not hear from me again, just reply "no thanks".
"""
add("s046.eml", [
    "MIME-Version: 1.0",
    "From: Nathan Cole <nathan@lexrank-seo.com>",
    "To: " + INFO,
    "Subject: Quick question about tamduclaw.vn rankings",
    "Date: Tue, 17 Feb 2026 08:12:44 -0800",
    "Message-ID: <CAM7xQ2pL+4Jz7tVw0d9Y6HkR1bWc3eFq8sNn5uAa2XyE0gDk9w@mail.gmail.com>",
    "X-Mailer: Mailshake",
], multipart("alternative", [
    leaf(_s046, charset="us-ascii", cte="7bit"),
    leaf(div_html(_s046), subtype="html", charset="us-ascii", cte="quoted-printable"),
], "0000000000009c2e5f0648f1a7d3"),
    "unknown", "en", name="Nathan Cole", phone="+14155550187", email="nathan@lexrank-seo.com",
    note="Vendor cold pitch aimed at law firms (legal vocabulary, 'audit'); foreign (+1) phone number.")

# s047 -- apartment buyer, angry at the developer (service_request), no diacritics
add("s047.eml", [
    "MIME-Version: 1.0",
    "Date: Sat, 24 Jan 2026 09:33:17 +0700",
    "Message-ID: " + mid("s047", "", "gmail"),
    "Subject: kien tap the chu dau tu",
    "From: " + addr("Cao Minh Tri", "caominhtri.it@gmail.com"),
    "To: " + INFO,
], leaf("""Chao LS,

e mua can ho chung cu Sky Garden o phuong Tan My tu 2019, tra du 100% r ma CDT chay ly khong cap so hong, 6 nam r. Ho hua leo hoai, goi len thi day qua day lai, cai bon CDT nay la lu an cuop co to chuc. Cu dan dang tinh kien tap the, khoang 40 ho.

cho e hoi van phong minh co nhan dai dien kien tap the k, phi tinh theo ho hay tron goi? e la dai dien ban lien lac cu dan, muon hen gap LS sang CN nay hoac CN tuan sau.

Tri - 0964 803 125
""", charset="us-ascii", cte="7bit"),
    "service_request", "vi", name="Cao Minh Tri", phone="+84964803125", email="caominhtri.it@gmail.com",
    note="Strong insults aimed at the property developer, not the firm: service request. Signature gives only a first name; full name from From display.")

# s048 -- name misspelled on invoice and draft; asks correction
add("s048.eml", [
    "MIME-Version: 1.0",
    "From: Siobhan Gallagher <siobhan.gallagher@eircom.net>",
    "To: " + SUPPORT,
    "Subject: Spelling of my name",
    "Date: Mon, 9 Feb 2026 12:40:21 +0000",
    "Message-ID: <000b01dc9a3f$7e21c4d0$7a654e70$@eircom.net>",
    "X-Mailer: Microsoft Outlook 16.0",
], leaf("""Good afternoon,

Both your invoice of 3 February and the draft power of attorney for the sale of my late brother's apartment spell my name as "Shiobhan Gallager". The correct spelling is Siobhan Gallagher (as in my passport). As the power of attorney has to match my passport exactly, could you please correct it in your records and on the documents?

Many thanks,
Siobhan Gallagher
""", charset="us-ascii", cte="7bit"),
    "correction_request", "en", name="Siobhan Gallagher", phone=None, email="siobhan.gallagher@eircom.net",
    note="Misspelled variant 'Shiobhan Gallager' also appears; the label uses the correct spelling.")

# s049 -- Vietnamese spam (credit-card cash-out), not automated
add("s049.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Ho Tro Tai Chinh 24h", "hotrotaichinh24h.vn@gmail.com"),
    "To: " + INFO,
    "Bcc: undisclosed-recipients:;",
    "Subject: RUT TIEN THE TIN DUNG - DAO HAN - PHI CHI 1.2% - HO TRO PHAP LY TRON GOI",
    "Date: Thu, 12 Feb 2026 02:17:40 +0700",
    "Message-ID: " + mid("s049", "", "gmail"),
], leaf("""KINH GUI QUY ANH CHI

* Rut tien the tin dung tat ca cac ngan hang - phi chi tu 1.2%
* Dao han the, tra no the den han - nhan tien mat trong 15 phut
* Ho tro vay von khong can chung minh thu nhap, khong tham dinh
* Ho tro phap ly tron goi: lam ho so, giay to, xu ly no xau CIC

Phuc vu 24/7 - Bao mat thong tin tuyet doi - Co mat tai 63 tinh thanh

LH/Zalo: 0888.456.912

(Email nay duoc gui toi Quy khach vi Quy khach la doanh nghiep tiem nang. Xin loi neu lam phien.)
""", charset="us-ascii", cte="7bit"),
    "unknown", "vi", name=None, phone="+84888456912", email="hotrotaichinh24h.vn@gmail.com",
    note="Spam ('ho tro phap ly', 'bao mat thong tin') sent by a person, not an auto-reply or list: automated=false. From display is a business name, so name is null.")

# s050 -- teacher in Son La: delete ID photos sent when asking a quote
add("s050.eml", [
    "MIME-Version: 1.0",
    "From: " + addr("Lò Thị Mai", "lothimai.sonla@gmail.com"),
    "To: " + INFO,
    "Subject: " + ew("Xin xóa ảnh giấy tờ đã gửi tháng 12"),
    "Date: Sun, 1 Feb 2026 20:44:09 +0700",
    "Message-ID: " + mid("s050", "", "gmail"),
], leaf("""Chào văn phòng,

Hồi tháng 12 tôi có gửi email hỏi phí làm thủ tục nhận con nuôi, có gửi kèm ảnh chụp căn cước của vợ chồng tôi và giấy khai sinh của cháu. Gia đình tôi đã quyết định tự làm ở UBND xã nên không cần dịch vụ nữa.

Nhờ văn phòng xóa giúp các ảnh giấy tờ và thông tin của gia đình tôi trong hệ thống, các email cũ cũng xóa luôn. Xóa xong báo lại cho tôi một câu qua email là được.

Cảm ơn văn phòng.
Lò Thị Mai
"""),
    "deletion_request", "vi", name="Lò Thị Mai", phone=None, email="lothimai.sonla@gmail.com")


# ---------------------------------------------------------------- write

def main():
    assert len(MESSAGES) == 50, len(MESSAGES)
    for fname, text in MESSAGES.items():
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
