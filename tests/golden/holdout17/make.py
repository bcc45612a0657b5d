#!/usr/bin/env python3
"""Generate holdout17: 50 raw RFC 5322 messages (k001..k050.eml) + labels.json.

Fictional firm: Cong ty Luat TNHH Truong Lac (truonglaclaw.vn), hotline 1800 63 65.
Python 3 standard library only. Run from anywhere; writes next to this file.
"""
import base64
import json
import os
import quopri
import unicodedata
import html as htmlmod

OUT = os.path.dirname(os.path.abspath(__file__))
FIRM_DOMAIN = "truonglaclaw.vn"
INFO = "info@truonglaclaw.vn"
SUPPORT = "support@truonglaclaw.vn"
NFC = lambda s: unicodedata.normalize("NFC", s) if isinstance(s, str) else s

# ---------------------------------------------------------------- encoders
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def enc1258(s):
    """Encode to windows-1258 the way old Vietnamese mailers do: base letter
    (with circumflex/breve/horn) followed by a combining tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tones = "".join(c for c in d if c in TONES)
        out += (base + tones).encode("cp1258")
    return out


def encode_text(s, charset):
    if charset.lower() == "windows-1258":
        return enc1258(s)
    return s.encode(charset)


def _qchar(b):
    c = chr(b)
    if c == " ":
        return "_"
    if (c.isalnum() and b < 128) or c in "!*+-/":
        return c
    return "=%02X" % b


def ew(text, charset="utf-8", mode="Q"):
    """RFC 2047 encoded words (folded), or the plain text if pure ASCII and mode is None."""
    if mode is None:
        return text
    words, cur = [], ""
    prefix = "=?%s?%s?" % (charset, mode)
    limit = 75 - len(prefix) - 2
    for ch in text:
        bs = encode_text(ch, charset)
        if mode == "Q":
            piece = "".join(_qchar(b) for b in bs)
            if len(cur) + len(piece) > limit:
                words.append(cur)
                cur = ""
            cur += piece
        else:
            # B: accumulate raw text, check encoded length
            trial = cur + ch
            if len(base64.b64encode(encode_text(trial, charset))) > limit:
                words.append(cur)
                cur = ch
            else:
                cur = trial
    if cur:
        words.append(cur)
    if mode == "B":
        words = [base64.b64encode(encode_text(w, charset)).decode() for w in words]
    return "\r\n ".join(prefix + w + "?=" for w in words)


def addr(name, email, charset="utf-8", mode="Q"):
    if not name:
        return "<%s>" % email if mode == "angle" else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:@()<>[]"\'|&'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, mode), email)


def subj(text, charset="utf-8", mode="Q"):
    if all(ord(c) < 128 for c in text):
        return text
    return ew(text, charset, mode)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def textpart(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    raw = encode_text(NFC(text) if charset.lower() != "windows-1258" else text, charset)
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:  # 7bit / 8bit
        body = raw.decode(charset if charset.lower() != "windows-1258" else "cp1258")
    hdrs = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
            ("Content-Transfer-Encoding", cte)]
    return hdrs, body


def attachment(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii")
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Disposition", 'attachment; filename="%s"' % filename),
            ("Content-Transfer-Encoding", "base64")]
    return hdrs, b


def multipart(subtype, parts, boundary, extra=""):
    chunks = []
    for h, b in parts:
        head = "".join("%s: %s\n" % kv for kv in h)
        chunks.append("--%s\n%s\n%s" % (boundary, head, b.rstrip("\r\n") + "\n"))
    body = "\n".join(chunks) + "\n--%s--\n" % boundary
    hdrs = [("Content-Type", 'multipart/%s;%s\n boundary="%s"' % (subtype, extra, boundary))]
    return hdrs, body


def to_html(text):
    """Very small text->HTML renderer: '>' lines become a blockquote."""
    out, quote = [], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote = True
        if not q and quote:
            out.append("</blockquote>")
            quote = False
        l = line[1:].lstrip(" ") if q else line
        out.append((htmlmod.escape(l) if l.strip() else "") + "<br>")
    if quote:
        out.append("</blockquote>")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div dir="ltr">\n' + "\n".join(out) + "\n</div></body></html>\n"


def alt(text, boundary, cte="quoted-printable", charset="utf-8"):
    return multipart("alternative", [textpart(text, "plain", charset, cte),
                                     textpart(to_html(text), "html", charset, cte)], boundary)


def build(headers, part):
    h, b = part
    lines = ["MIME-Version: 1.0"] if not any(k == "MIME-Version" for k, _ in headers) else []
    for k, v in headers + h:
        lines.append("%s: %s" % (k, v))
    return crlf("\n".join(lines) + "\n\n" + b)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_XLSX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(48, 120))
FAKE_JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(0, 96)) + b"\xff\xd9"

# --------------------------------------------------------- firm boilerplate
SIG_VI = """Công ty Luật TNHH Trường Lạc
Tầng 6, 214 Nam Kỳ Khởi Nghĩa, Phường Xuân Hòa, TP.HCM
Hotline: 1800 63 65 | Tel: (028) 3930 7716 | www.truonglaclaw.vn"""
FOOT_VI = """Lưu ý bảo mật: Email này và tệp đính kèm có thể chứa thông tin bảo mật. Quý khách có quyền yêu cầu truy cập, cập nhật, xóa dữ liệu cá nhân hoặc gửi khiếu nại về việc xử lý dữ liệu cá nhân theo Chính sách bảo mật tại truonglaclaw.vn/chinh-sach-bao-mat."""
SIG_EN = """Truong Lac Law Firm LLC
6th floor, 214 Nam Ky Khoi Nghia, Xuan Hoa Ward, Ho Chi Minh City
Hotline: 1800 63 65 | Tel: +84 28 3930 7716"""
FOOT_EN = """Confidentiality & privacy: this email may contain privileged information. You may request access to, correction or deletion of your personal data, or lodge a complaint about how we handle it, under our Privacy Policy at truonglaclaw.vn/privacy."""

MSGS = {}
LABELS = {}


def add(n, raw, category, language, name=None, phone=None, email=None, address=None,
        automated=False, note=None):
    fn = "k%03d.eml" % n
    MSGS[fn] = raw
    lab = {"automated": automated, "category": category,
           "contact": {"address": NFC(address), "email": email.lower() if email else None,
                       "name": NFC(name), "phone": phone},
           "language": language}
    if note:
        lab["note"] = note
    LABELS[fn] = lab


def hdr(frm, to, subject, date, mid, extra=None, cc=None, irt=None, refs=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    if extra:
        h += extra
    return h


# ===================================================================== k001
firm = """Kính gửi chị Nhung,

Công ty xác nhận đã nhận đủ bản chính hợp đồng mua bán căn hộ đã công chứng, CCCD và giấy xác nhận tình trạng hôn nhân của chị. Chúng tôi sẽ cập nhật tiến độ hồ sơ cho chị qua email này.

Trân trọng,
Trịnh Thu Hà – Chuyên viên pháp lý
""" + SIG_VI + "\n\n" + FOOT_VI
body = """Chào chị Hà,

Cảm ơn chị đã báo. Cho tôi hỏi thêm: hồ sơ đăng ký biến động đã được nộp lên Văn phòng đăng ký đất đai chưa, và dự kiến khoảng bao lâu thì có sổ hồng đứng tên tôi? Ngân hàng cho vay cũng đang hỏi nên tôi muốn có mốc thời gian cụ thể để báo lại họ.

Nếu cần tôi ký thêm gì thì chị nhắn trước 1 ngày giúp, tôi làm việc ở Bình Dương nên phải xin nghỉ.

Phạm Thị Hồng Nhung
0908 417 263

Vào Th 5, 5 thg 3, 2026 vào lúc 16:40 Công ty Luật Trường Lạc <support@truonglaclaw.vn> đã viết:
""" + quote(firm) + "\n"
add(1, build(hdr(addr("Phạm Thị Hồng Nhung", "hongnhung.pham82@gmail.com", mode="B"), SUPPORT,
                 "Re: " + subj("Hồ sơ sang tên căn hộ 12.05 Sky Garden – đã nhận đủ giấy tờ", mode="B"),
                 "Mon, 09 Mar 2026 07:52:31 +0700",
                 "<CAHk7pQz1x9vRr+T0mW3e8sLq@mail.gmail.com>",
                 irt="<20260305164012.7731@truonglaclaw.vn>"),
             alt(body, "000000000000a1b2c3d4e5f60718")),
    "service_request", "vi", "Phạm Thị Hồng Nhung", "+84908417263", "hongnhung.pham82@gmail.com",
    note="Polite status question in a reply; quoted firm footer contains 'cập nhật', 'xóa dữ liệu cá nhân', 'khiếu nại' and the firm hotline.")

# ===================================================================== k002
body = """Chao van phong,

Toi la Tran Quoc Dat, khach hang vu ly hon don phuong (LS Minh phu trach). Toi da dong 15.000.000d tam ung tu ngay 12/01, ky giay uy quyen tu thang 1 ma den gio van chua biet toa da thu ly don hay chua.

Toi da gui email ngay 16/02 va 27/02, goi hotline 2 lan, lan nao cung hua "se bao lai" roi im luon. Lam an kieu nay toi khong the chap nhan duoc. Toi tra tien de duoc lam viec chu khong phai de tuan nao cung di hoi.

Yeu cau trong tuan nay LS Minh goi truc tiep cho toi va gui bang van ban tinh trang ho so. Neu khong toi se de nghi hoan lai tien tam ung va phan anh len Doan Luat su TP.HCM.

Tran Quoc Dat
DT: 0913 552 807
"""
add(2, build(hdr(addr("Tran Quoc Dat", "tranquocdat.1985@gmail.com"), INFO,
                 "Ho so ly hon cua toi - lan thu 3 hoi", "Tue, 03 Mar 2026 21:14:09 +0700",
                 "<CAJ9mWb=q2Xx0KfPZ4rN8o1c@mail.gmail.com>"),
             textpart(body, charset="us-ascii", cte="7bit")),
    "complaint", "vi", "Tran Quoc Dat", "+84913552807", "tranquocdat.1985@gmail.com",
    note="Status chase, but after repeated unanswered requests, with a refund / bar-association threat: grievance against the firm, so complaint rather than service_request.")

# ===================================================================== k003 bounce
orig = """Kính gửi anh Khoa,

Theo đề nghị của anh ngày 24/02/2026, Công ty đã xóa các bản sao CCCD, hợp đồng lao động và sao kê lương của anh khỏi hệ thống. Công ty chỉ giữ lại hóa đơn và chứng từ kế toán theo quy định.

Nếu anh có khiếu nại về việc xử lý dữ liệu cá nhân, vui lòng liên hệ 1800 63 65 hoặc trả lời email này.

Trân trọng,
Bộ phận Chăm sóc khách hàng
""" + SIG_VI
report_text = """This is the mail system at host mx1.truonglaclaw.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<le.van.khoa.1990@yahoo.com>: host mta7.am0.yahoodns.net[67.195.204.72] said:
    554 delivery error: dd This user doesn't have a yahoo.com account
    (le.van.khoa.1990@yahoo.com) [0] - mta1021.mail.gq1.yahoo.com (in reply to
    end of DATA command)
"""
dsn = """Reporting-MTA: dns; mx1.truonglaclaw.vn
X-Postfix-Queue-ID: 4F7A21C03B2
X-Postfix-Sender: rfc822; info@truonglaclaw.vn
Arrival-Date: Wed,  4 Mar 2026 10:02:41 +0700 (+07)

Final-Recipient: rfc822; le.van.khoa.1990@yahoo.com
Original-Recipient: rfc822;le.van.khoa.1990@yahoo.com
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a yahoo.com
    account (le.van.khoa.1990@yahoo.com) [0] - mta1021.mail.gq1.yahoo.com
"""
inner = build([("From", addr("Công ty Luật Trường Lạc", INFO)), ("To", "le.van.khoa.1990@yahoo.com"),
               ("Subject", subj("Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu")),
               ("Date", "Wed, 04 Mar 2026 10:02:38 +0700"),
               ("Message-ID", "<20260304100238.4412@truonglaclaw.vn>")],
              textpart(orig))
part3 = ([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], inner)
part1 = ([("Content-Description", "Notification"), ("Content-Type", 'text/plain; charset="us-ascii"')], report_text)
part2 = ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn)
add(3, build(hdr("MAILER-DAEMON@mx1.truonglaclaw.vn (Mail Delivery System)", INFO,
                 "Undelivered Mail Returned to Sender", "Wed, 04 Mar 2026 10:02:43 +0700 (+07)",
                 "<20260304030243.9D1B21C03C4@mx1.truonglaclaw.vn>",
                 extra=[("Auto-Submitted", "auto-replied")]),
             multipart("report", [part1, part2, part3], "4F7A21C03B2.1772593363/mx1.truonglaclaw.vn",
                       extra=" report-type=delivery-status;")),
    "unknown", "en", automated=True,
    note="Bounce of the firm's own deletion confirmation; the returned message talks about deleted personal data and complaints and names the client, but none of it is customer text.")

# ===================================================================== k004
body = """Kính gửi Công ty Luật Trường Lạc,

Tôi là Đỗ Thị Mỹ Linh, trước đây được Công ty đại diện trong vụ tranh chấp hợp đồng lao động với Công ty TNHH May Phú An (đã hòa giải thành tháng 12/2025).

Vụ việc đã kết thúc nhưng tôi muốn nắm rõ: hiện Công ty còn lưu giữ những thông tin, giấy tờ gì liên quan đến cá nhân tôi (CCCD, sổ BHXH, bảng lương, tin nhắn Zalo tôi gửi làm chứng cứ…), lưu ở đâu và lưu đến khi nào. Đề nghị Công ty gửi cho tôi danh mục kèm bản sao các thông tin đó qua email này, hoặc gửi bản giấy về địa chỉ:
27/4 Phan Đình Phùng, Phường Phú Lợi, TP.HCM

Tôi chưa yêu cầu xóa gì cả, chỉ cần biết để tự kiểm tra.

Trân trọng,
Đỗ Thị Mỹ Linh
ĐT: 0937 204 516
"""
add(4, build(hdr(addr("Đỗ Thị Mỹ Linh", "mylinh.do.hr@gmail.com"), INFO,
                 subj("Đề nghị cung cấp thông tin Công ty đang lưu về tôi"),
                 "Thu, 26 Feb 2026 09:31:50 +0700", "<CAPx3nL0v6M2w@mail.gmail.com>"),
             textpart(body, cte="base64")),
    "access_request", "vi", "Đỗ Thị Mỹ Linh", "+84937204516", "mylinh.do.hr@gmail.com",
    "27/4 Phan Đình Phùng, Phường Phú Lợi, TP.HCM",
    note="Mentions 'xóa' only to say deletion is NOT being requested.")

# ===================================================================== k005
firm = """Dear Mr. Whitaker,

We confirm receipt of your documents for the temporary residence card application (passport copy, work permit, lease agreement and police registration). Please make sure the personal details we hold for you are up to date before we submit the file to the Immigration Department.

Best regards,
Vu Thanh Tam | Immigration Team
""" + SIG_EN + "\n\n" + FOOT_EN
body = """Hi Ms. Tam,

Quick one before you file anything: I renewed my UK passport last week, so the passport number you have on file (534918827) is no longer valid. The new one is 127355690, issued 24 Feb 2026, expiring 24 Feb 2036. Could you please update my details in your records with the new number? I'll drop off a certified copy on Monday.

Also my mobile has changed. It's now 0889 316 042 (the old 0901 227 845 is disconnected).

Thanks,
Daniel Whitaker

________________________________
From: Truong Lac Law Firm <support@truonglaclaw.vn>
Sent: Tuesday, March 3, 2026 11:20 AM
To: Daniel Whitaker <dan.whitaker71@outlook.com>
Subject: Temporary residence card application - documents received

""" + firm + "\n"
add(5, build(hdr(addr("Daniel Whitaker", "dan.whitaker71@outlook.com"), SUPPORT,
                 "RE: Temporary residence card application - documents received",
                 "Fri, 6 Mar 2026 04:12:07 +0000",
                 "<AM9PR02MB7312C4E1B0A5D6F9E0A3C2B1D0@AM9PR02MB7312.eurprd02.prod.outlook.com>",
                 irt="<20260303112004.2219@truonglaclaw.vn>",
                 extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")]),
             alt(body, "_000_AM9PR02MB7312C4E1B0A5D6F9E0A3C2B1D0AM9PR02MB7312eurp_")),
    "correction_request", "en", "Daniel Whitaker", "+84889316042", "dan.whitaker71@outlook.com",
    note="Update passport number and mobile on file; old passport number and old phone also present. 'Before you file' does not make it a service request.")

# ===================================================================== k006
body = """Kinh gui Cong ty,

Toi la Ngo Thi Kim Oanh. Thu tuc khai nhan di san thua ke cua me toi (can nha so 19 hem 4 Le Van Sy) da hoan tat, so da sang ten cho cac anh chi em toi tu thang truoc. Cam on cong ty da ho tro.

Nay viec da xong, toi de nghi cong ty xoa toan bo thong tin ca nhan cua toi va cac ban scan giay to (CCCD, giay khai sinh, giay chung tu cua me) dang luu tren he thong, ke ca trong email va Zalo cua nhan vien. Ban goc toi da nhan lai du.

Khi xoa xong xin gui email xac nhan cho toi.

Ngo Thi Kim Oanh
0976 118 532
"""
add(6, build(hdr(addr("Ngo Thi Kim Oanh", "kimoanh.ngo@yahoo.com"), SUPPORT,
                 "Ve viec ho so thua ke da xong", "Sat, 28 Feb 2026 20:05:44 +0700",
                 "<1409612375.2210334.1772283944120@mail.yahoo.com>",
                 extra=[("X-Mailer", "WebService/1.1.25146 YMailNorrin")]),
             textpart(body, charset="us-ascii", cte="7bit", params="; format=flowed")),
    "deletion_request", "vi", "Ngo Thi Kim Oanh", "+84976118532", "kimoanh.ngo@yahoo.com",
    note="The house address is the inherited property, not the sender's address.")

# ===================================================================== k007
body = """Dear Truong Lac team,

Thank you for handling the amendment of our Enterprise Registration Certificate (change of legal representative). We received the new certificate yesterday.

Could you please send us the VAT invoice (hóa đơn GTGT) for this service? Our finance team needs it before 20 March to close the month. Invoice details are the same as in our engagement letter (Công ty TNHH Kessler Packaging Việt Nam, tax code 3702987415).

Please email it to me at this address.

Kind regards,
Hannah Schmidt
Finance & Admin Manager
Kessler Packaging Vietnam Co., Ltd.
M: +84 938 660 217
"""
add(7, build(hdr(addr("Schmidt, Hannah", "h.schmidt@kessler-pack.de"), INFO,
                 "VAT invoice - ERC amendment", "Wed, 11 Mar 2026 09:44:18 +0100",
                 "<6c1e0f7d-3b2a-4d5e-9a71-8f0b2c9d4e11@kessler-pack.de>",
                 extra=[("User-Agent", "Mozilla Thunderbird")]),
             textpart(body, cte="quoted-printable")),
    "service_request", "en", "Hannah Schmidt", "+84938660217", "h.schmidt@kessler-pack.de",
    note="'Please send the invoice' is a service request. From display is 'Schmidt, Hannah'; name as signed.")

# ===================================================================== k008
firm = """Anh Thắng thân mến,

Gửi anh bản dự thảo hợp đồng chuyển nhượng quyền sử dụng đất (thửa 402, xã An Lão) để anh xem trước khi ra công chứng. Các điểm cần lưu ý em đã bôi vàng.

Ngoài ra, sau khi giao dịch hoàn tất, nếu anh muốn Công ty xóa bản sao giấy tờ, cập nhật dữ liệu cá nhân hoặc có khiếu nại về dịch vụ, anh cứ phản hồi email này hoặc gọi 1800 63 65.

Trân trọng,
LS. Nguyễn Hoàng Minh
""" + SIG_VI
body = """Dạ em cảm ơn anh Minh, em nhận được rồi ạ. Cuối tuần này em sẽ đọc kỹ.

Thắng

Vào Th 2, 2 thg 3, 2026 lúc 15:07 Nguyễn Hoàng Minh - Truong Lac Law <minh.nh@truonglaclaw.vn> đã viết:
""" + quote(firm) + "\n"
add(8, build(hdr(addr("Lương Văn Thắng", "thangluong.hp@gmail.com"), INFO,
                 "Re: " + subj("Gửi anh dự thảo HĐ chuyển nhượng và một số lưu ý"),
                 "Mon, 02 Mar 2026 18:22:10 +0700", "<CAE1qT7p=Gh2Q8@mail.gmail.com>",
                 cc="minh.nh@truonglaclaw.vn", irt="<20260302150701.5510@truonglaclaw.vn>"),
             alt(body, "0000000000007f3e9d05b2c81a44")),
    "unknown", "vi", "Lương Văn Thắng", None, "thangluong.hp@gmail.com",
    note="Thanks-only acknowledgement; the quoted firm mail contains 'xóa', 'cập nhật dữ liệu cá nhân', 'khiếu nại'. Full name only from the From display name.")

# ===================================================================== k009
body = """To whom it may concern,

I'm writing to formally object to invoice TL-2026-0212 for the debt recovery against Saigon Furnishings JSC. Your engagement letter quoted a fixed fee of 28,000,000 VND plus a 5% success fee. The invoice charges 46,500,000 VND, including "additional research hours" and "travel to Binh Duong" that nobody told us about or approved.

Nothing has actually been recovered yet, so a success fee should not appear at all. Frankly, it feels like the bill is being padded because we are overseas.

I expect a corrected invoice and a written explanation from the partner in charge. We will not pay the current amount.

Mark Ellison
Director, Ellison Trading Pty Ltd
+61 412 558 903
"""
add(9, build(hdr(addr("Mark Ellison", "mark@ellisontrading.com.au"), "accounts@truonglaclaw.vn, " + INFO,
                 "Invoice TL-2026-0212 - not what we agreed", "Thu, 5 Mar 2026 14:03:27 +1100",
                 "<SY4P282MB1873A6E0C2D94F7B5E8C1D20A1@SY4P282MB1873.AUSP282.PROD.OUTLOOK.COM>"),
             textpart(body, charset="iso-8859-1", cte="quoted-printable")),
    "complaint", "en", "Mark Ellison", "+61412558903", "mark@ellisontrading.com.au",
    note="Asks for a corrected invoice, but the message is a grievance about overcharging: complaint, not service_request or correction_request.")

# ===================================================================== k010
body = """Chao chi,

Em la Vu Minh Tuan, co lich hen gap LS Mai Anh luc 9h thu Nam 12/3 de chuan bi cho buoi hoa giai voi cong ty cu (vu em bi cho thoi viec). Hom do cong ty moi cua em cu em di cong tac Da Nang dot xuat nen em khong den duoc.

Chi xep giup em sang thu Hai 16/3 hoac thu Ba 17/3, buoi chieu cang tot. Neu LS ban thi hop online qua Google Meet cung duoc a.

Em xin loi vi bao gap.
Tuan - 0362 481 905

Sent from my iPhone
"""
add(10, build(hdr(addr("Vu Minh Tuan", "vuminhtuan.cntt@gmail.com"), SUPPORT,
                  "Xin doi lich hen gap LS Mai Anh", "Tue, 10 Mar 2026 06:48:55 +0700",
                  "<8E3B1F0C-42A7-4C19-9B5D-7A6E2F1C0D93@gmail.com>",
                  extra=[("X-Mailer", "iPhone Mail (22D82)")]),
              textpart(body, charset="us-ascii", cte="7bit")),
    "service_request", "vi", "Vu Minh Tuan", "+84362481905", "vuminhtuan.cntt@gmail.com")

# ===================================================================== k011
firm = """Kính gửi anh Huy,

Công ty xác nhận lịch ký hợp đồng tặng cho quyền sử dụng đất vào 9h00 ngày 18/3/2026 tại Văn phòng công chứng Hải Châu. Anh vui lòng mang theo bản chính sổ đỏ, CCCD và giấy xác nhận tình trạng hôn nhân.

Trân trọng,
Đặng Quốc Bảo
""" + SIG_VI + "\n\n" + FOOT_VI
body = """Chào anh Bảo,

Lịch ký 9h sáng 18/3 tôi sắp xếp được.

Nhưng có việc này: tôi đã chuyển nhà từ tháng 2, địa chỉ cũ ở 45 Lê Duẩn không còn nhận thư được nữa. Anh cập nhật giúp trong hồ sơ khách hàng của Công ty:
- Địa chỉ liên hệ mới: 112 Nguyễn Tri Phương, Phường Hải Châu, TP. Đà Nẵng
- Số điện thoại mới: 0935 702 648 (số cũ 0905 331 927 tôi đã cắt)
Giấy tờ gửi bưu điện sau này anh gửi về địa chỉ mới giúp tôi.

Bùi Quang Huy

-----Original Message-----
From: Dang Quoc Bao <bao.dq@truonglaclaw.vn>
Sent: Wednesday, March 4, 2026 2:15 PM
To: bqhuy.dn@gmail.com
Subject: Lich ky hop dong tang cho quyen su dung dat

""" + firm + "\n"
add(11, build(hdr(addr("Bùi Quang Huy", "bqhuy.dn@gmail.com"), SUPPORT,
                  "RE: Lich ky hop dong tang cho quyen su dung dat", "Thu, 05 Mar 2026 08:05:12 +0700",
                  "<000301dcac2f$5b6e2a10$124a7e30$@gmail.com>", cc="bao.dq@truonglaclaw.vn",
                  irt="<20260304141500.8837@truonglaclaw.vn>",
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcrC9bbioQEkp+MA==")]),
              textpart(body, cte="quoted-printable")),
    "correction_request", "vi", "Bùi Quang Huy", "+84935702648", "bqhuy.dn@gmail.com",
    "112 Nguyễn Tri Phương, Phường Hải Châu, TP. Đà Nẵng",
    note="Confirms an appointment (no ask) and asks to update address and phone on file; old address and old phone also present.")

# ===================================================================== k012 OOO
body = """Xin chào,

Tôi đang nghỉ phép từ ngày 09/03 đến hết ngày 13/03/2026 và sẽ phản hồi email khi quay lại.
Trường hợp cần gấp, vui lòng liên hệ chị Lê Thị Hạnh – 0903 118 640 (hanh.lt@hoangphatlogistics.vn).

Trân trọng,
Nguyễn Thị Bảo Trân
Phòng Hành chính – Nhân sự | Hoàng Phát Logistics
"""
add(12, build(hdr(addr("Nguyễn Thị Bảo Trân", "tran.ntb@hoangphatlogistics.vn"), SUPPORT,
                   subj("Trả lời tự động: Re: Yêu cầu xóa dữ liệu cá nhân - hồ sơ KH-0417"),
                   "Mon, 9 Mar 2026 10:31:02 +0700",
                   "<d41f2a0c8e7b4a9f93e5b1c2a7f60d38@hoangphatlogistics.vn>",
                   irt="<20260309103055.1184@truonglaclaw.vn>",
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "tran.ntb@hoangphatlogistics.vn")]),
              textpart(body, cte="base64")),
    "unknown", "vi", automated=True,
    note="Out-of-office whose subject contains privacy keywords; colleague's phone/email are not a contact.")

# ===================================================================== k013
body = """Dear Sir or Madam,

My divorce from Mr. Lê Hoàng Nam was finalised by the Ho Chi Minh City Regional People's Court No. 1 (decision dated 15 January 2026), and your firm's engagement ended with it. I have since moved back to France.

I hereby withdraw my consent to your firm processing my personal data and ask that you delete everything you hold on me that you are not legally required to keep: passport scans, copies of the marriage certificate, bank statements, correspondence, and my phone number and e-mail on any mailing lists. If there is anything you must retain by law, please tell me what it is and for how long.

Please confirm the deletion in writing to this e-mail address.

Sophie Laurent
14 rue des Carmes
69002 Lyon, France
"""
add(13, build(hdr(addr("Sophie Laurent", "sophie.laurent@free.fr"), INFO,
                   "Withdrawal of consent and erasure of my personal data",
                   "Sun, 01 Mar 2026 17:26:40 +0100", "<1b7e55d2-0c3f-91a8-4e62-d0f3a8b92c17@free.fr>",
                   extra=[("User-Agent", "Mozilla/5.0 (Macintosh) Thunderbird/128.7.0")]),
              textpart(body, cte="8bit")),
    "deletion_request", "en", "Sophie Laurent", None, "sophie.laurent@free.fr",
    "14 rue des Carmes, 69002 Lyon, France",
    note="Ex-husband's name (Lê Hoàng Nam) appears; asks what must be retained, but the request is erasure. Address is written over two lines.")

# ===================================================================== k014
body = """Chao LS Minh,

Theo huong dan hom truoc, toi gui bo sung ban scan (file dinh kem):
1. Giay chung tu cua cha toi (Dinh Van Tri)
2. CCCD cua 3 anh em
3. Giay xac nhan noi cu tru cua me

Nho LS kiem tra xem da du de lam van ban thoa thuan phan chia di san chua, con thieu gi thi bao toi bo sung truoc thu Sau nay.

Dinh Van Loc
SDT 0912 774 306
Dia chi: thon Phu My, xa Dien Ban Dong, TP. Da Nang
"""
add(14, build(hdr(addr("Dinh Van Loc", "dinhvanloc1968@gmail.com"), SUPPORT,
                   "Gui bo sung giay to ho so thua ke", "Wed, 25 Feb 2026 15:40:03 +0700",
                   "<CAKd8vS2+Yj0eQ@mail.gmail.com>"),
              multipart("mixed", [textpart(body, charset="utf-8", cte="7bit"),
                                  attachment("giay_to_bo_sung_thua_ke.pdf", "application/pdf", FAKE_PDF)],
                        "000000000000d41c8f05b0a3e9c2")),
    "service_request", "vi", "Dinh Van Loc", "+84912774306", "dinhvanloc1968@gmail.com",
    "thon Phu My, xa Dien Ban Dong, TP. Da Nang",
    note="Sends documents and asks the lawyer to check them; the father's name is not the sender.")

# ===================================================================== k015
body = """Kính gửi Ban lãnh đạo Công ty Luật Trường Lạc,

Sáng nay một người tôi không quen biết (xưng là khách hàng của Công ty) gọi cho tôi, nói đã nhận được email từ nhân viên Công ty đính kèm toàn bộ đơn ly hôn, bản kê khai tài sản và giấy khai sinh của hai con tôi. Anh ta chuyển tiếp lại cho tôi xem, đúng là email gửi từ support@truonglaclaw.vn ngày 06/03.

Đây là hồ sơ cực kỳ riêng tư. Tôi rất bức xúc vì Công ty đã để lộ thông tin của tôi và các con cho người lạ mà đến giờ vẫn không ai thông báo hay xin lỗi.

Tôi đề nghị Công ty giải trình bằng văn bản: vì sao có sự việc này, hồ sơ đã bị gửi cho những ai, và Công ty xử lý nhân viên liên quan thế nào. Tôi bảo lưu quyền yêu cầu bồi thường.

Cao Thị Phương Thảo
0984 652 310
"""
add(15, build(hdr(addr("Cao Thị Phương Thảo", "phuongthao.cao@gmail.com", mode="B"), INFO,
                   subj("Phản ánh việc gửi nhầm hồ sơ ly hôn của tôi cho người khác", mode="B"),
                   "Sat, 07 Mar 2026 11:18:36 +0700", "<CAOr5kD1p0Lw9@mail.gmail.com>"),
              alt(body, "000000000000b3f27a05b1c9d8e0", cte="base64")),
    "complaint", "vi", "Cao Thị Phương Thảo", "+84984652310", "phuongthao.cao@gmail.com",
    note="Data-breach grievance (documents e-mailed to a stranger). Asking who received the file is part of the complaint, not an access request.")

# ===================================================================== k016
body = """Hello,

Your firm handled my work permit and temporary residence card in 2024 and the renewal in 2025 (file ref. VP-24-0388).

I would like to know exactly what personal data you currently hold about me - documents, notes, copies of my degree, criminal record check and health certificate, and anything about my family members - and whether any of it has been shared with third parties other than the immigration and labour authorities. Please send me a copy of that data, electronically if possible.

This is not a complaint; I simply want to know what is on file.

Regards,
Rajesh Menon
+84 777 402 198
"""
add(16, build(hdr(addr("Rajesh Menon", "rajesh.menon.hcm@gmail.com"), SUPPORT,
                   "Personal data you hold about me (ref. VP-24-0388)", "Tue, 24 Feb 2026 12:09:51 +0530",
                   "<CAFp2mRq8d1N@mail.gmail.com>"),
              textpart(body, charset="us-ascii", cte="7bit")),
    "access_request", "en", "Rajesh Menon", "+84777402198", "rajesh.menon.hcm@gmail.com",
    note="Explicitly says it is not a complaint.")

# ===================================================================== k017
body = """Anh Trung oi,

Em gui anh bang tong hop luong thang 2 va to khai BHXH cua 14 nhan vien nhe. Co 2 ban nghi viec tu 15/2 em da to mau vang. Anh xem roi ky giup em de em nop truoc ngay 20.

Em Linh
0356 218 470
"""
add(17, build(hdr(addr("Phan Thi Thuy Linh", "thuylinh.phan.kt@gmail.com"), INFO,
                   "bang luong thang 2", "Fri, 06 Mar 2026 16:55:29 +0700",
                   "<CAMz0v=Tq5hJ1@mail.gmail.com>"),
              multipart("mixed", [textpart(body, charset="utf-8", cte="7bit"),
                                  attachment("Bang_luong_T2_2026.xlsx",
                                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             FAKE_XLSX)],
                        "0000000000002c6e4b05b1d7f3a1")),
    "unknown", "vi", "Phan Thi Thuy Linh", "+84356218470", "thuylinh.phan.kt@gmail.com",
    note="Misaddressed payroll mail meant for the sender's own accountant ('anh Trung'); nothing is asked of the firm.")

# ===================================================================== k018
body = """Kính gửi anh/chị,

Năm ngoái Công ty Luật Trường Lạc đã làm thủ tục thành lập cho Công ty TNHH Thực phẩm Thành Đạt. Nay chúng tôi chuẩn bị chuyển trụ sở sang 88 Lê Văn Việt, Phường Tăng Nhơn Phú, TP.HCM và muốn bổ sung ngành bán buôn đồ uống.

Nhờ anh/chị gửi báo giá trọn gói (gồm cả khắc lại dấu nếu cần), thời gian thực hiện và danh mục giấy tờ cần chuẩn bị. Nếu thuận tiện, tôi muốn hẹn gặp trao đổi trực tiếp vào chiều thứ Tư tuần sau.

Trân trọng,
Lý Gia Bảo
Giám đốc – Công ty TNHH Thực phẩm Thành Đạt
ĐT: 0903 845 172
"""
add(18, build(hdr(addr("Lý Gia Bảo", "giabao.ly@thanhdatfood.vn"), INFO,
                   subj("Báo giá thay đổi địa chỉ trụ sở và bổ sung ngành nghề"),
                   "Thu, 12 Feb 2026 10:02:47 +0700", "<001a01dc9bb8$a1c2e3f0$e548abd0$@thanhdatfood.vn>",
                   extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
              alt(body, "----=_NextPart_000_001B_01DC9BF3.4E21C5A0")),
    "service_request", "vi", "Lý Gia Bảo", "+84903845172", "giabao.ly@thanhdatfood.vn",
    note="The address in the body is the company's new head office (subject of the service), not the sender's contact address.")

# ===================================================================== k019
body = """Chao cong ty,

Em la Tran Thi Ngoc Bich, khach hang vu doi no cong ty Hoang Long (LS Bao phu trach). Em thay tren bien nhan va email cong ty gui thi ten em bi ghi la "Tran Thi Bich Ngoc", con ngay sinh ghi 03/11/1990 trong khi dung la 11/03/1990.

Nho cong ty sua lai ten va ngay sinh trong ho so khach hang cua em cho dung, vi sau nay con ky giay uy quyen, sai ten la rac roi lam.

Cam on a.
Tran Thi Ngoc Bich
0868 304 915
"""
add(19, build(hdr(addr("Ngoc Bich", "ngocbich.tran.1990@gmail.com"), SUPPORT,
                   "Sai ten trong ho so", "Mon, 23 Feb 2026 13:37:02 +0700", "<CAH0bN2=kQ7@mail.gmail.com>"),
              textpart(body, cte="quoted-printable")),
    "correction_request", "vi", "Tran Thi Ngoc Bich", "+84868304915", "ngocbich.tran.1990@gmail.com",
    note="Wrong variant 'Tran Thi Bich Ngoc' also appears; From display is only 'Ngoc Bich'.")

# ===================================================================== k020
firm = """Kính gửi anh Hải,

Công ty xác nhận LS. Hồ Mai Anh sẽ có mặt lúc 8h30 ngày 05/3/2026 tại Phòng hòa giải (Sở Nội vụ) để cùng anh tham dự buổi hòa giải với Công ty CP Cơ khí Tân Tiến.

Nếu anh cần cập nhật thông tin hoặc có khiếu nại về dịch vụ, vui lòng liên hệ 1800 63 65.

Trân trọng,
Trịnh Thu Hà
""" + SIG_VI
body = """Toi rat buc xuc ve buoi hoa giai sang nay. Cong ty xac nhan bang email (ben duoi) la LS Mai Anh se co mat luc 8h30, toi cho den 10h khong thay ai, goi hotline thi bao LS ban phien toa khac. Hoa giai vien phai lap bien ban hoa giai khong thanh, phia cong ty cu cuoi vao mat toi.

Toi da tra phi dai dien tron goi ma Cong ty bo roi toi nhu vay. De nghi Cong ty giai thich va hoan lai mot phan phi. Toi can mot nguoi co trach nhiem lien he lai trong hom nay.

Luu Van Hai - 0971 385 226

On Wed, Mar 4, 2026 at 5:12 PM Truong Lac Law <support@truonglaclaw.vn> wrote:
""" + quote(firm) + "\n"
add(20, build(hdr(addr("Luu Van Hai", "luuvanhai.bd@gmail.com"), SUPPORT,
                   "Re: " + subj("Xác nhận lịch hòa giải ngày 05/3"), "Thu, 05 Mar 2026 10:41:18 +0700",
                   "<CAB7uYw3=Zr@mail.gmail.com>", irt="<20260304171203.3390@truonglaclaw.vn>"),
              textpart(body, cte="quoted-printable")),
    "complaint", "vi", "Luu Van Hai", "+84971385226", "luuvanhai.bd@gmail.com",
    note="Lawyer no-show; demands explanation and partial refund. Quoted firm mail contains 'cập nhật' and 'khiếu nại'.")

# ===================================================================== k021 newsletter
body = """BẢN TIN PHÁP LÝ 24H – TUẦN 10/2026

1. Nghị định hướng dẫn Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực
Doanh nghiệp phải tiếp nhận và xử lý yêu cầu xem, cập nhật, xóa dữ liệu cá nhân của khách hàng trong thời hạn luật định; khiếu nại của chủ thể dữ liệu được giải quyết theo quy trình mới.

2. Hướng dẫn mới về đăng ký biến động đất đai sau sáp nhập đơn vị hành chính
3. Tòa án khu vực: thống kê án ly hôn quý I/2026

Đọc toàn bộ bản tin: https://phaply24h.vn/ban-tin/tuan-10-2026

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaply24h.vn.
Hủy đăng ký: https://phaply24h.vn/unsubscribe?u=8f3a2c&l=info%40truonglaclaw.vn
"""
add(21, build(hdr(addr("Bản tin Pháp lý 24h", "newsletter@phaply24h.vn"), INFO,
                   subj("Bản tin tuần 10/2026: Nghị định về bảo vệ dữ liệu cá nhân có hiệu lực"),
                   "Mon, 09 Mar 2026 06:00:04 +0700", "<20260309060004.c7a1.ban-tin@phaply24h.vn>",
                   extra=[("List-Id", "Ban tin Phap ly 24h <bantin.phaply24h.vn>"),
                          ("List-Unsubscribe", "<https://phaply24h.vn/unsubscribe?u=8f3a2c&l=info%40truonglaclaw.vn>, <mailto:unsubscribe@phaply24h.vn>"),
                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                          ("Precedence", "bulk"), ("X-Campaign", "bt-2026-10")]),
              alt(body, "=_phaply24h_5f1c0a9e7d")),
    "unknown", "vi", automated=True,
    note="Bulk newsletter full of privacy keywords (xem, cập nhật, xóa dữ liệu cá nhân, khiếu nại).")

# ===================================================================== k022
firm = """Kính gửi anh Trường,

Công ty gửi anh báo cáo tiến độ thu hồi công nợ đối với Công ty TNHH TM Phúc Thịnh: thư đòi nợ lần 1 đã được gửi bảo đảm ngày 20/02, đến nay phía Phúc Thịnh chưa phản hồi. Chúng tôi sẽ tiếp tục cập nhật cho anh.

Trân trọng,
Đặng Quốc Bảo
""" + SIG_VI
body = """Chao LS Bao,

Cam on LS da gui bao cao. Ben toi vua biet them: ong Quach Van Phuc (giam doc Phuc Thinh) da doi so dien thoai sang 0909 623 118 va chuyen van phong ve 21 Hoa Binh, Phuong Phu Tho Hoa, TP.HCM.

Nho LS gui thu doi no lan 2 theo dia chi moi nay. Neu den 31/3 ho van khong tra thi tu van giup ben toi buoc khoi kien, chi phi du kien bao nhieu.

Mai Xuan Truong
Truong phong Ke toan - Cty TNHH Vat tu Xay dung MX
DD: 0918 447 093

> Vao 10:26 Th 6, 6/3/2026, Dang Quoc Bao <bao.dq@truonglaclaw.vn> da viet:
""" + quote(firm) + "\n"
add(22, build(hdr(addr("Mai Xuan Truong", "truong.mx@vattuxaydungmx.com"), SUPPORT,
                   "Re: " + subj("Báo cáo tiến độ thu hồi công nợ - Cty Phúc Thịnh"),
                   "Mon, 09 Mar 2026 14:20:33 +0700", "<f0c2a7b1e9d84a3c@vattuxaydungmx.com>",
                   cc="bao.dq@truonglaclaw.vn", irt="<20260306102600.6612@truonglaclaw.vn>"),
              textpart(body, cte="quoted-printable")),
    "service_request", "vi", "Mai Xuan Truong", "+84918447093", "truong.mx@vattuxaydungmx.com",
    note="The new phone and address belong to the debtor's director, not to the sender; quoted firm mail says 'cập nhật'.")

# ===================================================================== k023 windows-1258
body = """Kính gửi Công ty Luật Trường Lạc,

Tôi là Hà Văn Khiêm, năm ngoái có nhờ Công ty làm thủ tục tặng cho nhà đất cho con gái. Việc đã xong, sổ đã sang tên cho cháu.

Nay tôi tuổi cao, không muốn giấy tờ của mình còn nằm rải rác nhiều nơi. Mong Quý Công ty hủy các bản sao chứng minh thư, sổ hộ khẩu và giấy tờ nhà đất của tôi mà Công ty đang giữ, bỏ tên và số điện thoại của tôi ra khỏi danh sách khách hàng, không gửi thư chúc Tết hay giới thiệu dịch vụ nữa.

Làm xong xin gọi báo cho tôi qua số nhà (0236) 3824 519.

Kính thư,
Hà Văn Khiêm
"""
add(23, build(hdr(addr("Hà Văn Khiêm", "khiemhv1955@yahoo.com.vn", charset="windows-1258", mode="Q"), INFO,
                   subj("Về việc lưu giữ giấy tờ của tôi", charset="windows-1258", mode="B"),
                   "Tue, 17 Feb 2026 08:12:40 +0700", "<002c01dc9f9a$1e4b7c20$0201a8c0@KHIEM-PC>",
                   extra=[("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]),
              textpart(body, charset="windows-1258", cte="quoted-printable")),
    "deletion_request", "vi", "Hà Văn Khiêm", "+842363824519", "khiemhv1955@yahoo.com.vn",
    note="Deletion without the word 'xóa' ('hủy các bản sao', 'bỏ tên ... ra khỏi danh sách'). windows-1258 body with combining tone marks; landline phone.")

# ===================================================================== k024
firm = """Kính gửi anh Nghĩa,

Công ty xác nhận đã cập nhật số điện thoại mới của anh trong hồ sơ khách hàng theo đề nghị ngày 02/03. Nếu anh muốn xóa dữ liệu hoặc có khiếu nại liên quan đến dữ liệu cá nhân, vui lòng phản hồi email này.

Trân trọng,
Trịnh Thu Hà
""" + SIG_VI
body = """Cam on chi Ha.

Tien day cho toi hoi: ngoai ten, so dien thoai va dia chi, cong ty con dang luu nhung thong tin gi khac cua toi? Co luu anh CCCD, hop dong lao dong va so tai khoan ngan hang ma toi gui hoi nam ngoai khong? Chi gui giup toi danh sach cac thong tin do, kem ban sao neu duoc.

Nghia
0389 556 014

On Tue, 3 Mar 2026 at 09:15, Truong Lac Law <support@truonglaclaw.vn> wrote:
""" + quote(firm) + "\n"
add(24, build(hdr(addr("Trinh Van Nghia", "nghia.trinh.hn@gmail.com"), SUPPORT,
                   "Re: " + subj("Xác nhận đã cập nhật thông tin khách hàng"), "Tue, 03 Mar 2026 12:47:15 +0700",
                   "<CAGv9k1=Lp3@mail.gmail.com>", irt="<20260303091502.7785@truonglaclaw.vn>"),
              alt(body, "000000000000e9a13c05b1a2f4d7")),
    "access_request", "vi", "Trinh Van Nghia", "+84389556014", "nghia.trinh.hn@gmail.com",
    note="Quoted firm mail confirms a completed correction and mentions deletion/complaints; the new text asks what data is held and for copies.")

# ===================================================================== k025 cold pitch (HTML only)
html_body = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Truong Lac Law team,</p>
<p>My name is Olivia Tran from <b>LinguaBridge Translation</b>. We provide certified legal translation (Vietnamese &lt;&gt; English, Korean, Japanese, Chinese) with notarisation at the Justice Department, usually within 48 hours.</p>
<p>Law firms such as yours use us for court filings, M&amp;A due diligence and visa dossiers. For new partner firms we offer a <b>15% partner rate</b> for the first three months.</p>
<p>Would you be open to a 15-minute call next week? You can also reach me directly on +84 28 7300 6612.</p>
<p>Best regards,<br>Olivia Tran<br>Business Development, LinguaBridge Translation<br>
<a href="https://linguabridge-translation.com">linguabridge-translation.com</a></p>
</body></html>
"""
add(25, build(hdr(addr("Olivia Tran | LinguaBridge", "olivia.tran@linguabridge-translation.com"), INFO,
                   "Certified legal translation for Truong Lac - 15% partner rate",
                   "Wed, 18 Feb 2026 09:00:12 +0700", "<0102018d5f3a7c1e-olivia-4e2b@linguabridge-translation.com>"),
              textpart(html_body, subtype="html", cte="quoted-printable")),
    "unknown", "en", "Olivia Tran", "+842873006612", "olivia.tran@linguabridge-translation.com",
    note="Cold sales pitch to the firm (HTML only); asks for a call but requests nothing from the firm as a client.")

# ===================================================================== k026
firm = """Kính gửi chị Hiền,

Công ty gửi chị hóa đơn điện tử số 0000417 cho phí dịch vụ tư vấn và đại diện vụ ly hôn (đợt cuối). Nếu thông tin trên hóa đơn có sai sót, chị vui lòng phản hồi để chúng tôi cập nhật; mọi khiếu nại về phí xin gửi về support@truonglaclaw.vn.

Trân trọng,
Đặng Quốc Bảo – Kế toán
""" + SIG_VI
body = """Chào anh Quốc Bảo,

Tôi đã nhận hóa đơn, cảm ơn anh.

Nhân đây tôi muốn hỏi: hiện Công ty còn lưu những thông tin cá nhân nào của tôi (bản sao CCCD, giấy đăng ký kết hôn, sao kê ngân hàng, ghi chú các buổi tư vấn…)? Anh gửi giúp tôi một bản tổng hợp và bản sao các tài liệu đó để tôi lưu lại và đối chiếu.

Hiền
Đặng Thị Thu Hiền – 0919 240 681

________________________________
Từ: Đặng Quốc Bảo <bao.dq@truonglaclaw.vn>
Đã gửi: Thứ Tư, ngày 11 tháng 3 năm 2026 10:05
Đến: thuhien.dang@outlook.com.vn
Chủ đề: Hóa đơn phí dịch vụ tư vấn ly hôn – đợt cuối

""" + firm + "\n"
add(26, build(hdr(addr("Đặng Thị Thu Hiền", "thuhien.dang@outlook.com.vn"), SUPPORT,
                   "RE: " + subj("Hóa đơn phí dịch vụ tư vấn ly hôn – đợt cuối"),
                   "Wed, 11 Mar 2026 13:29:44 +0700",
                   "<SEYP216MB2417E3C0B5F14A92D8C6F1E0B2@SEYP216MB2417.KORP216.PROD.OUTLOOK.COM>",
                   irt="<20260311100500.4402@truonglaclaw.vn>"),
              alt(body, "_000_SEYP216MB2417E3C0B5F14A92D8C6F1E0B2SEYP216MB2417KORP_")),
    "access_request", "vi", "Đặng Thị Thu Hiền", "+84919240681", "thuhien.dang@outlook.com.vn",
    note="Acknowledges an invoice (no invoice request) then asks for a summary and copies of personal data held; quoted firm mail mentions 'cập nhật' and 'khiếu nại'.")

# ===================================================================== k027
prev = """Dear Ms. Tam,

Just checking in on my work permit renewal. Could you let me know whether it has been filed yet?

Thanks,
Thomas"""
firm = """Dear Mr. Becker,

Thank you for your patience. We expect to file your application within the week and will send you the receipt number as soon as we have it.

Best regards,
Vu Thanh Tam
""" + SIG_EN
body = """Ms. Tam,

This is the fourth time I am asking. My work permit expires on 28 March. You told me on 10 February that the application would be filed "within the week". It is now 9 March and I still have no receipt number, no explanation, nothing.

I paid your fee in full in January. This delay is putting my job and my family's residence status at risk, and I find the lack of communication unacceptable for a firm of your size. I want a call from the partner in charge today, and if the permit lapses because of your delay I will hold the firm responsible.

Thomas Becker
+84 903 771 462

On 10.02.2026 at 15:32, Vu Thanh Tam wrote:
""" + quote(firm) + "\n>\n> On 09.02.2026 at 08:11, Thomas Becker wrote:\n" + quote(prev, "> > ") + "\n"
add(27, build(hdr(addr("Thomas Becker", "thomas.becker@becker-consult.de"), SUPPORT,
                   "Re: Re: Work permit renewal - status?", "Mon, 09 Mar 2026 09:58:02 +0700",
                   "<5e0a7d61-b2c4-4f19-8a3e-c71d9f0e2b48@becker-consult.de>",
                   cc="tam.vt@truonglaclaw.vn",
                   irt="<20260210153200.1201@truonglaclaw.vn>",
                   refs="<a91f3e2d-08b1-4c6a@becker-consult.de> <20260210153200.1201@truonglaclaw.vn>"),
              textpart(body, cte="quoted-printable")),
    "complaint", "en", "Thomas Becker", "+84903771462", "thomas.becker@becker-consult.de",
    note="Status chase turned grievance (fourth request, missed promise, demands partner call, holds firm responsible): complaint. His own earlier polite chase is quoted below.")

# ===================================================================== k028
firm = """Dear Kevin,

Please find attached the draft shareholder resolution and share transfer agreement for Apex Sourcing Vietnam. Kindly review and return your comments by 13 March.

Regards,
Nguyen Hoang Minh
""" + SIG_EN + "\n\n" + FOOT_EN
body = """Hi Minh,

Thanks, I'll send comments on the drafts by Friday.

One admin point: I'm leaving Apex Sourcing at the end of March and this mailbox will be closed. Please update my contact details in your client records to my personal email kevin.ho.sg@gmail.com and my Vietnamese mobile 0708 219 554. My Singapore number (+65 9123 4417) can be removed from the file. Everything else on file stays the same.

Best,
Kevin Ho

-----Original Message-----
From: Nguyen Hoang Minh <minh.nh@truonglaclaw.vn>
Sent: Monday, 9 March 2026 4:40 PM
To: Kevin Ho <kevin.ho@apexsourcing.asia>
Subject: Share transfer - drafts for review

""" + firm + "\n"
add(28, build(hdr(addr("Kevin Ho", "kevin.ho@apexsourcing.asia"), SUPPORT,
                   "RE: Share transfer - drafts for review", "Tue, 10 Mar 2026 08:31:19 +0800",
                   "<TYZPR06MB5402A1E7C9D3B0F4E2A68C91D7@TYZPR06MB5402.apcprd06.prod.outlook.com>",
                   cc="minh.nh@truonglaclaw.vn", irt="<20260309164000.9921@truonglaclaw.vn>"),
              alt(body, "_000_TYZPR06MB5402A1E7C9D3B0F4E2A68C91D7TYZPR06MB5402apcp_")),
    "correction_request", "en", "Kevin Ho", "+84708219554", "kevin.ho.sg@gmail.com",
    note="Contact email is the new personal address given in the body, not the From address; the Singapore number to be removed is not the contact phone. 'Can be removed' is part of updating the record, not a deletion request.")

# ===================================================================== k029 ticket auto-ack
body = """Kinh chao Quy khach,

He thong Ho tro khach hang Thep Minh Phat da tiep nhan yeu cau cua Quy khach.
Ma yeu cau: #20260311-0457
Tieu de: Re: Yeu cau cap nhat thong tin nguoi dai dien
Trang thai: Moi tiep nhan

Chung toi se phan hoi trong vong 24 gio lam viec. Day la email tu dong, vui long khong tra loi email nay.

Thep Minh Phat - Hotline (0274) 3861 905
"""
add(29, build(hdr(addr("Ho tro khach hang Minh Phat", "cskh@minhphatsteel.com.vn"), SUPPORT,
                   "[Ticket #20260311-0457] Da tiep nhan: Re: Yeu cau cap nhat thong tin nguoi dai dien",
                   "Wed, 11 Mar 2026 15:02:11 +0700", "<ticket-20260311-0457-ack@helpdesk.minhphatsteel.com.vn>",
                   irt="<20260311150140.3307@truonglaclaw.vn>",
                   extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                          ("Precedence", "auto_reply")]),
              textpart(body, charset="us-ascii", cte="7bit")),
    "unknown", "vi", automated=True,
    note="Helpdesk auto-acknowledgement whose subject echoes an update request.")

# ===================================================================== k030
body = """Da chao anh chi,

Em la Ta Thi Hong, ho so khai nhan thua ke dat o Nhon Trach do LS Minh phu trach. Tu luc nop ho so dau thang 2 den nay cung hon 3 tuan roi ma em chua thay tin gi, chac ben phong cong chung dang niem yet.

Anh chi xem giup em ho so dang o buoc nao, du kien khi nao em can ve ky a. Em khong voi dau, chi hoi de con sap xep xin nghi lam.

Em cam on nhieu a.
Hong - 0974 630 518
"""
add(30, build(hdr(addr("Ta Thi Hong", "tathihong.ns@gmail.com"), INFO,
                   "Hoi tien do ho so thua ke", "Fri, 27 Feb 2026 19:33:07 +0700",
                   "<CAL4hT0=n8Rw@mail.gmail.com>"),
              alt(body, "000000000000c71a9e05b0f3a2b6")),
    "service_request", "vi", "Ta Thi Hong", "+84974630518", "tathihong.ns@gmail.com",
    note="Polite status chase after 3 weeks with no grievance ('em khong voi dau'): service_request, not complaint.")

# ===================================================================== k031
firm = """[Trường Lạc] Ưu đãi tháng 3: giảm 20% phí tư vấn thành lập và thay đổi doanh nghiệp

Kính gửi Quý khách,
Nhân dịp kỷ niệm 10 năm thành lập, Công ty Luật Trường Lạc giảm 20% phí tư vấn doanh nghiệp đến hết 31/3/2026. Liên hệ 1800 63 65.

Để ngừng nhận thư, bấm Hủy đăng ký."""
body = """Toi da ket thuc hop dong voi cong ty tu thang 10/2025 (vu tranh chap lao dong), khong co nhu cau gi them.

Toi rut lai su dong y nhan thong tin quang cao. De nghi cong ty xoa email va so dien thoai 0902 417 336 cua toi khoi danh sach gui tin va khoi he thong cham soc khach hang. Khong can goi lai cho toi.

Kieu Minh Quan

-------- Original message --------
From: Truong Lac Law <marketing@truonglaclaw.vn>
Date: 3/2/26 09:00 (GMT+07:00)
To: kieuminhquan@hotmail.com
Subject: [Truong Lac] Uu dai thang 3

""" + firm + "\n"
add(31, build(hdr(addr("Kieu Minh Quan", "kieuminhquan@hotmail.com"), INFO,
                   "RE: [Truong Lac] Uu dai thang 3", "Mon, 02 Mar 2026 12:16:45 +0700",
                   "<PN3P287MB1142C0D7A9E14B2F6A3E9D05C1@PN3P287MB1142.INDP287.PROD.OUTLOOK.COM>",
                   irt="<mkt-20260302-0900-55ab@truonglaclaw.vn>"),
              textpart(body, cte="quoted-printable")),
    "deletion_request", "vi", "Kieu Minh Quan", "+84902417336", "kieuminhquan@hotmail.com",
    note="Reply to the firm's marketing mail: consent withdrawn plus removal of email/phone from lists and CRM. The phone he wants erased is still his own phone.")

# ===================================================================== k032
firm = """Kính gửi chị Ngân,

Công ty xác nhận lịch tư vấn của chị lúc 14h00 ngày 04/03/2026 tại văn phòng Công ty. Phí tư vấn trực tiếp: 1.000.000 đồng/giờ.

Trân trọng,
Lễ tân – Công ty Luật Trường Lạc
""" + SIG_VI + "\n\n" + FOOT_VI
body = """Tôi viết thư này để phản ánh về buổi hẹn hôm qua.

Tôi đến đúng 14h theo lịch đã xác nhận nhưng phải ngồi chờ gần 2 tiếng. Khi tôi hỏi thì cô lễ tân trả lời trống không "chờ thì chờ, không thì về", trước mặt nhiều người. Cuối cùng luật sư chỉ tiếp tôi 20 phút mà vẫn tính đủ phí 1 giờ tư vấn.

Tôi là khách hàng cũ của Công ty (vụ tranh chấp đất ở Củ Chi) và chưa bao giờ bị đối xử như vậy. Đề nghị Công ty xem lại thái độ nhân viên và điều chỉnh phí cho đúng thời gian tư vấn thực tế.

Huỳnh Thị Kim Ngân
0918 306 274

Vào 17:02, Th 3, 03/03/2026 Lễ tân Trường Lạc <info@truonglaclaw.vn> đã viết:
""" + quote(firm) + "\n"
add(32, build(hdr(addr("Huỳnh Thị Kim Ngân", "kimngan.huynh79@gmail.com"), INFO,
                   "Re: " + subj("Xác nhận lịch hẹn tư vấn ngày 04/03"), "Thu, 05 Mar 2026 08:40:26 +0700",
                   "<CAN2wQ8=xV5@mail.gmail.com>", irt="<20260303170200.2240@truonglaclaw.vn>"),
              alt(body, "0000000000004b8d1e05b1c3f7a9")),
    "complaint", "vi", "Huỳnh Thị Kim Ngân", "+84918306274", "kimngan.huynh79@gmail.com",
    note="Complaint about staff attitude and fee; 'điều chỉnh phí' is part of the grievance. Quoted firm footer has privacy keywords.")

# ===================================================================== k033
body = """Chào Luật sư,

Tôi và vợ cũ đã ly hôn theo bản án tháng 11/2025 do Công ty đại diện. Căn nhà ở 16 Trần Hoàng Na, Phường Tân An, TP. Cần Thơ được chia cho vợ cũ tôi, nhưng sổ hồng hiện vẫn đứng tên cả hai vợ chồng.

Tôi muốn Công ty tiếp tục làm thủ tục xóa tên tôi khỏi giấy chứng nhận (đăng ký biến động) để cô ấy đứng tên một mình, tránh sau này phát sinh nghĩa vụ thuế hay nợ liên quan. Xin báo phí và giấy tờ tôi cần chuẩn bị.

Lâm Quốc Thịnh
ĐT: 0939 158 724
"""
add(33, build(hdr(addr("Lâm Quốc Thịnh", "lamquocthinh.ct@gmail.com"), SUPPORT,
                   subj("Thủ tục xóa tên tôi trên sổ hồng sau ly hôn"), "Fri, 20 Feb 2026 10:14:52 +0700",
                   "<CAD5rK2=Mp9@mail.gmail.com>"),
              textpart(body, cte="8bit")),
    "service_request", "vi", "Lâm Quốc Thịnh", "+84939158724", "lamquocthinh.ct@gmail.com",
    note="'Xóa tên' means removing his name from the land-use certificate (a legal procedure), not deleting personal data. The house address is the ex-wife's property.")

# ===================================================================== k034 human spam
body = """Chao anh/chi,

Em la Yen ben ho tro tai chinh ca nhan. Hien ben em dang co goi vay tin chap lai suat chi tu 0.8%/thang, han muc den 500 trieu, giai ngan trong 24h, KHONG can the chap, chi can CCCD + sao ke luong.

Anh chi hoac nhan vien cong ty co nhu cau lien he Zalo em 0587 226 913 de duoc ho tro nhanh nhat a.

Nguyen Hoang Yen
"""
add(34, build(hdr(addr("Nguyen Hoang Yen", "hoangyen.taichinh68@gmail.com"), INFO,
                   "Ho tro vay von tin chap lai suat 0.8%", "Thu, 19 Feb 2026 22:41:08 +0700",
                   "<CAPq7r1=Vt0@mail.gmail.com>"),
              textpart(body, charset="us-ascii", cte="7bit")),
    "unknown", "vi", "Nguyen Hoang Yen", "+84587226913", "hoangyen.taichinh68@gmail.com",
    note="Loan spam written and sent by a person: unknown but automated=false.")

# ===================================================================== k035
body = """Kính gửi bộ phận chăm sóc khách hàng,

Tháng 1 vừa rồi tôi có ba lần gọi tổng đài 1800 63 65 để được tư vấn về việc công ty cũ nợ lương, tổng đài viên có nói cuộc gọi được ghi âm.

Tôi đề nghị Công ty cho tôi biết Công ty đang lưu những dữ liệu gì về tôi (bản ghi âm, ghi chú tư vấn, số điện thoại, các thông tin về chủ cũ mà tôi đã kể…) và cung cấp cho tôi bản sao các bản ghi âm đó. Tôi cần nghe lại nội dung đã được tư vấn.

Số điện thoại tôi dùng để gọi: 0966 413 285.

Đoàn Văn Phúc
"""
add(35, build(hdr(addr("Đoàn Văn Phúc", "phucdoan.kt@gmail.com"), SUPPORT,
                   subj("Xin bản ghi âm cuộc gọi tư vấn và thông tin Công ty lưu về tôi"),
                   "Tue, 24 Feb 2026 20:03:39 +0700", "<CAEw4tY1=Hk@mail.gmail.com>"),
              textpart(body, cte="base64")),
    "access_request", "vi", "Đoàn Văn Phúc", "+84966413285", "phucdoan.kt@gmail.com",
    note="The number 1800 63 65 in the body is the firm's hotline; the sender's phone is 0966 413 285.")

# ===================================================================== k036
firm = """Chào anh Thanh,

Hồ sơ thay đổi thành viên góp vốn của Công ty TNHH Biển Xanh đã được Sở Tài chính tiếp nhận. Nếu thông tin cá nhân của anh có thay đổi, anh vui lòng báo để Công ty cập nhật.

Trân trọng,
Trịnh Thu Hà
""" + SIG_VI
body = """Chao chi Ha,

Em bo sung: CMND cu cua em (so 273118906) da doi sang CCCD gan chip so 077088002145, cap ngay 14/08/2024. Trong ho so khach hang ben minh van dang ghi so CMND cu va dia chi thuong tru cu o Ba Ria.

Chi cap nhat giup em thong tin ca nhan moi:
- So CCCD: 077088002145
- Noi thuong tru: 15 Thuy Van, Phuong Vung Tau, TP.HCM

Cam on chi.
Au Duong Thanh
0938 551 076

On Thu, Feb 26, 2026 at 11:02 AM Truong Lac Law <support@truonglaclaw.vn> wrote:
""" + quote(firm) + "\n"
add(36, build(hdr(addr("Au Duong Thanh", "auduongthanh.vt@gmail.com"), SUPPORT,
                   "Re: " + subj("Hồ sơ thay đổi thành viên góp vốn - Cty Biển Xanh"),
                   "Fri, 27 Feb 2026 07:25:58 +0700", "<CAF1yZ3=Ks4@mail.gmail.com>",
                   irt="<20260226110200.5108@truonglaclaw.vn>"),
              alt(body, "000000000000f5d02b05b0e8c4a1")),
    "correction_request", "vi", "Au Duong Thanh", "+84938551076", "auduongthanh.vt@gmail.com",
    "15 Thuy Van, Phuong Vung Tau, TP.HCM",
    note="Old ID number and old residence also mentioned; contact address is the new permanent address.")

# ===================================================================== k037 dead mailbox auto-reply
body = """Hop thu nay khong con duoc su dung ke tu ngay 01/03/2026.
Email cua Quy vi se KHONG duoc chuyen tiep.

Vui long gui den hr@daiphuccorp.vn hoac lien he (028) 3620 4417 trong gio hanh chinh.

Cong ty CP Dai Phuc
"""
add(37, build(hdr(addr("Phong Nhan su Dai Phuc", "phongnhansu@daiphuccorp.vn"), SUPPORT,
                   "Re: Thong bao tien do ho so tranh chap lao dong", "Tue, 10 Mar 2026 09:00:37 +0700",
                   "<autoreply.1773108037.77@daiphuccorp.vn>",
                   irt="<20260310090031.6620@truonglaclaw.vn>",
                   extra=[("X-Autoreply", "yes")]),
              textpart(body, charset="us-ascii", cte="7bit")),
    "unknown", "vi", automated=True,
    note="Dead-mailbox auto-reply with a human-looking 'Re:' subject and no Auto-Submitted header; only X-Autoreply and the body show it is automatic. Phone/email given are not a sender contact.")

# ===================================================================== k038
firm = """Dear Emily,

For a 3-month visa extension for your parents we will need: their passports, current visas and entry stamps, temporary residence registration, and a sponsor letter signed by you. We can draft the sponsor letter for you.

Best regards,
Vu Thanh Tam
""" + SIG_EN + "\n\n" + FOOT_EN
body = """Hi Tam,

Thanks, that's clear. Please go ahead and draft the sponsor letter for my parents (Robert and Janet Carter) for a 3-month extension. Their current visas expire on 2 April.

Could we also book an appointment at your office on Wednesday 18 March, any time after 2pm, so I can sign it and bring their passports? If that doesn't work, Thursday morning is fine too.

Best,
Emily Carter
0778 920 341

On Mon, Mar 9, 2026 at 3:18 PM Vu Thanh Tam <tam.vt@truonglaclaw.vn> wrote:
""" + quote(firm) + "\n"
add(38, build(hdr(addr("Emily Carter", "emily.carter.vn@gmail.com"), SUPPORT,
                   "Re: Visa extension for your parents", "Mon, 09 Mar 2026 21:07:14 +0700",
                   "<CAG8pN4=Wd2@mail.gmail.com>", cc="tam.vt@truonglaclaw.vn",
                   irt="<20260309151800.3317@truonglaclaw.vn>"),
              alt(body, "0000000000009e2c4705b1d0a8f3")),
    "service_request", "en", "Emily Carter", "+84778920341", "emily.carter.vn@gmail.com",
    note="Parents' names appear; the sender is Emily Carter. Quoted firm footer mentions correction/deletion/complaint.")

# ===================================================================== k039
firm = """Kính gửi chị Duyên,

Công ty xin thông báo phí dịch vụ sang tên nhà đợt 1 là 12.500.000 đồng, chị vui lòng chuyển khoản trước ngày 28/02. Nếu có thắc mắc hay khiếu nại về phí, chị liên hệ 1800 63 65.

Trân trọng,
Phòng Kế toán
""" + SIG_VI
body = """Kinh gui phong ke toan,

Ngay 25/02 toi da chuyen khoan 12.500.000d phi dich vu sang ten nha theo thong bao ben duoi. Ngay 02/03 nhan vien lai nhan tin doi tien lan nua, toi lo chuyen them 12.500.000d. Toi nhan tin va gui email tu ngay 03/03 de nghi hoan lai khoan chuyen thua nhung den nay van chua ai xu ly, goi dien thi moi nguoi day qua nguoi kia.

Toi rat khong hai long. Cong ty thu tien thi nhanh ma tra tien thi khong ai chiu trach nhiem. De nghi hoan tra 12.500.000d trong 3 ngay lam viec, kem van ban giai thich.

Chau Thi My Duyen
0907 662 815

Vao Th 6, 20 thg 2, 2026 luc 09:30 Phong Ke toan Truong Lac <ketoan@truonglaclaw.vn> da viet:
""" + quote(firm) + "\n"
add(39, build(hdr(addr("Chau Thi My Duyen", "myduyen.chau@gmail.com"), SUPPORT,
                   "Re: " + subj("Thông báo phí dịch vụ sang tên nhà - đợt 1"), "Wed, 11 Mar 2026 16:12:50 +0700",
                   "<CAH3mE7=Rb1@mail.gmail.com>", cc="ketoan@truonglaclaw.vn",
                   irt="<20260220093000.1876@truonglaclaw.vn>"),
              textpart(body, cte="quoted-printable")),
    "complaint", "vi", "Chau Thi My Duyen", "+84907662815", "myduyen.chau@gmail.com",
    note="Double charge and ignored refund request; demands refund. Quoted firm mail contains 'khiếu nại'.")

# ===================================================================== k040
firm = """Dear Mr. and Mrs. Fontaine,

Good news: your visas have been issued and your passports are ready for collection at our office from 10 March. Please bring your ID.

Best regards,
Vu Thanh Tam
""" + SIG_EN + "\n\n" + FOOT_EN
body = """Dear Ms. Tam and team,

We picked up the passports this morning and everything is in order. Thank you so much for your patience with all our last-minute questions; you made a stressful process very easy.

No need to reply.

Warm regards,
Lucas Fontaine

> On 9 Mar 2026, at 17:45, Vu Thanh Tam <tam.vt@truonglaclaw.vn> wrote:
>
""" + quote(firm) + "\n"
add(40, build(hdr(addr("Lucas Fontaine", "lucas.fontaine@icloud.com"), SUPPORT,
                   "Re: Your visas are ready for collection", "Tue, 10 Mar 2026 12:03:41 +0700",
                   "<7A2C9E41-3F0B-4D18-A6E5-B19D0C8F2E77@icloud.com>",
                   irt="<20260309174500.6650@truonglaclaw.vn>",
                   extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
              textpart(body, cte="quoted-printable")),
    "unknown", "en", "Lucas Fontaine", None, "lucas.fontaine@icloud.com",
    note="Thanks-only reply; the quoted firm footer mentions access, correction, deletion and complaints.")

# ===================================================================== k041
firm = """Dear Ms. Rao,

Please find attached our final report. The full outstanding amount of VND 184,000,000 has been received from Minh Quang Trading Co., Ltd. and transferred to your account. This concludes our engagement.

Should you wish to access, update or delete your personal data, or file a complaint, please contact us.

Kind regards,
Dang Quoc Bao
""" + SIG_EN
body = """Dear Mr. Bao,

Thank you for the final report and for recovering the outstanding amount. I consider the matter closed.

As I no longer need your services, please erase the personal information you hold about me, including the scans of my passport and residence card, my bank details and the WhatsApp messages I forwarded, and do not keep me on any mailing list. If you are legally obliged to keep accounting records, keep only those.

Kindly confirm once this is done.

Anjali Rao

-----Original Message-----
From: Dang Quoc Bao <bao.dq@truonglaclaw.vn>
Sent: 6 March 2026 17:10
To: anjali.rao@proton.me
Subject: Final report - debt recovery against Minh Quang Trading

""" + firm + "\n"
add(41, build(hdr(addr("Anjali Rao", "anjali.rao@proton.me"), SUPPORT,
                   "Re: Final report - debt recovery against Minh Quang Trading", "Sat, 07 Mar 2026 05:51:09 +0000",
                   "<xq7Vb2LrP0aN_Y3kQm8Ue1@proton.me>", irt="<20260306171000.2248@truonglaclaw.vn>"),
              textpart(body, charset="us-ascii", cte="7bit")),
    "deletion_request", "en", "Anjali Rao", None, "anjali.rao@proton.me",
    note="Customer's own text asks for erasure (the quoted firm mail also mentions deletion, which alone would not count).")

# ===================================================================== k042
body = """Chào anh Minh,

Sau buổi tư vấn tuần trước em đã thống nhất với bên bán. Anh soạn giúp em hợp đồng đặt cọc với các thông tin sau:
- Bên bán: ông Nguyễn Văn Sáu, SĐT 0913 226 709
- Thửa đất số 215, tờ bản đồ số 18, xã Long Phước, tỉnh Đồng Nai, diện tích 312 m²
- Giá 2,6 tỷ, đặt cọc 300 triệu, công chứng trong vòng 45 ngày

Em cần bản nháp trước thứ Sáu để gửi bên bán xem. Phí soạn thảo anh báo em luôn nhé.

Lan Anh
0944 170 385
"""
add(42, build(hdr(addr("Phùng Thị Lan Anh", "lananh.phung@gmail.com"), INFO,
                   subj("Nhờ soạn hợp đồng đặt cọc mua đất Long Phước"), "Mon, 16 Feb 2026 11:27:03 +0700",
                   "<CAJr6sP2=Ty8@mail.gmail.com>", cc="minh.nh@truonglaclaw.vn"),
              alt(body, "000000000000a7c3e105b09f2d14", cte="base64")),
    "service_request", "vi", "Phùng Thị Lan Anh", "+84944170385", "lananh.phung@gmail.com",
    note="The seller's phone in the body is not the sender's; full name only from the From display name.")

# ===================================================================== k043 mixed
body = """Hi anh chị,

Em là Trần Tường Vy. Năm 2025 bên mình làm visa và giấy phép lao động cho chồng em (Mr. Jonas Berg), em là người bảo lãnh. Em muốn request a full copy of the personal data that Truong Lac holds about me: CCCD, giấy đăng ký kết hôn, sao kê, email trao đổi, everything. Also please let me know the purpose and how long you plan to keep it.

Anh chị gửi qua email này giúp em nha. Thanks a lot!

Trần Tường Vy
0901 338 756
"""
add(43, build(hdr(addr("Vy Tran", "vy.tran.design@gmail.com"), SUPPORT,
                   "Request copy of my personal data / " + subj("Yêu cầu cung cấp dữ liệu"),
                   "Sun, 08 Mar 2026 22:18:30 +0700", "<CAKs2oR9=Ub5@mail.gmail.com>"),
              textpart(body, cte="quoted-printable")),
    "access_request", "mixed", "Trần Tường Vy", "+84901338756", "vy.tran.design@gmail.com",
    note="Vietnamese/English code-switching; husband's name appears; From display 'Vy Tran' vs signed 'Trần Tường Vy'.")

# ===================================================================== k044
body = """Kính gửi Ban Giám đốc,

Hợp đồng chuyển nhượng nhà đất do Công ty soạn, tôi đã ký công chứng ngày 20/02, ghi sai diện tích là 125,4 m² trong khi sổ ghi 152,4 m². Văn phòng đăng ký đất đai trả hồ sơ, tôi phải cùng bên mua đi công chứng lại, mất thêm gần 6 triệu phí công chứng, đi lại và suýt bị bên mua phạt cọc vì chậm tiến độ.

Tôi đã kiểm tra: bản thông tin tôi gửi luật sư ghi đúng số, lỗi hoàn toàn do Công ty. Vậy mà khi tôi gọi, nhân viên còn bảo "lẽ ra anh phải đọc kỹ trước khi ký".

Tôi yêu cầu Công ty chịu toàn bộ chi phí phát sinh và có văn bản xin lỗi. Hợp đồng sửa lại tôi không cần nữa vì đã tự làm xong.

Tôn Thất Khoa
Điện thoại: 0914 057 329
Địa chỉ: 9 kiệt 42 Nguyễn Công Trứ, Phường Phú Xuân, TP. Huế
"""
add(44, build(hdr(addr("Tôn Thất Khoa", "tonthatkhoa.hue@gmail.com"), INFO,
                   subj("Sai sót trong hợp đồng chuyển nhượng do Công ty soạn"), "Tue, 03 Mar 2026 14:55:21 +0700",
                   "<CAM0cV5=Pq3@mail.gmail.com>"),
              alt(body, "0000000000001e7f4c05b1a8d2c0")),
    "complaint", "vi", "Tôn Thất Khoa", "+84914057329", "tonthatkhoa.hue@gmail.com",
    "9 kiệt 42 Nguyễn Công Trứ, Phường Phú Xuân, TP. Huế",
    note="Drafting error in a contract (wrong area), not wrong personal data on file; demands compensation: complaint, not correction_request.")

# ===================================================================== k045 bottom-posted
firm = """Kính gửi chị Hân,

Để chuẩn bị đơn thuận tình ly hôn, Công ty gửi lại thông tin khách hàng hiện có trong hồ sơ:
- Họ tên: Võ Thị Ngọc Hân
- Ngày sinh: 12/07/1988
- Địa chỉ: 56 Hùng Vương, Phường Nha Trang, tỉnh Khánh Hòa
- Điện thoại: 0935 118 402
Chị vui lòng kiểm tra, nếu có sai sót xin phản hồi để chúng tôi cập nhật.

Trân trọng,
Trịnh Thu Hà
""" + SIG_VI
body = """Vào Th 4, 4 thg 3, 2026 lúc 10:20 Trịnh Thu Hà <ha.tt@truonglaclaw.vn> đã viết:
""" + quote(firm) + """

Chị Hà ơi, ngày sinh của em đúng là 21/07/1988 chứ không phải 12/07. Địa chỉ em cũng đã chuyển về 3B Trần Phú, Phường Nha Trang, tỉnh Khánh Hòa từ tháng 1. Số điện thoại thì vẫn như cũ. Chị sửa lại giúp em nhé.

Em cảm ơn chị.
Hân
"""
add(45, build(hdr(addr("Võ Thị Ngọc Hân", "ngochan.vo@gmail.com"), SUPPORT,
                   "Re: " + subj("Xác nhận thông tin khách hàng – hồ sơ thuận tình ly hôn"),
                   "Wed, 04 Mar 2026 21:36:48 +0700", "<CAB9xT1=Na6@mail.gmail.com>",
                   irt="<20260304102000.8810@truonglaclaw.vn>"),
              textpart(body, cte="quoted-printable")),
    "correction_request", "vi", "Võ Thị Ngọc Hân", "+84935118402", "ngochan.vo@gmail.com",
    "3B Trần Phú, Phường Nha Trang, tỉnh Khánh Hòa",
    note="Bottom-posted: new text is below the quote. Phone 'vẫn như cũ' so the contact phone is the one listed in the quoted firm mail; the quoted address is the old one.")

# ===================================================================== k046 forward
fwd = """---------- Forwarded message ---------
From: Phòng Nhân sự - Công ty CP Công nghệ Sao Việt <hr@saovietjsc.vn>
Date: Th 2, 9 thg 3, 2026 lúc 16:02
Subject: Đề nghị thỏa thuận chấm dứt HĐLĐ
To: <sonquach.it@gmail.com>

Gửi anh Sơn,

Công ty đề nghị hỗ trợ anh khoản tiền tương đương 02 tháng lương để hai bên thỏa thuận chấm dứt hợp đồng lao động, với điều kiện anh rút đơn yêu cầu hòa giải. Mọi thắc mắc xin liên hệ chị Vân, (028) 3910 2256.

Phòng Nhân sự"""
body = """Chi Mai Anh oi,

Cong ty cu vua gui de xuat boi thuong 2 thang luong de em rut don (email ben duoi, file PDF dinh kem). Chi xem giup em muc nay co hop ly khong, co nen ky khong, va neu tu choi thi buoc tiep theo la gi. Em dinh tra loi ho truoc thu Tu.

Son
0345 902 667

""" + fwd + "\n"
add(46, build(hdr(addr("Quach Thanh Son", "sonquach.it@gmail.com"), SUPPORT,
                   "Fwd: " + subj("Đề nghị thỏa thuận chấm dứt HĐLĐ"), "Mon, 09 Mar 2026 20:44:17 +0700",
                   "<CAA4nJ8=Ye2@mail.gmail.com>", cc="anh.hm@truonglaclaw.vn"),
              multipart("mixed", [alt(body, "000000000000c2d9f805b1e3a7b1"),
                                  attachment("De_nghi_thoa_thuan_cham_dut_HDLD.pdf", "application/pdf", FAKE_PDF)],
                        "000000000000c2d9f605b1e3a7b0")),
    "service_request", "vi", "Quach Thanh Son", "+84345902667", "sonquach.it@gmail.com",
    note="Forwarded employer e-mail included; its HR phone/e-mail are not the sender's. Client asks for advice.")

# ===================================================================== k047 bulk marketing
body = """LegalTech Summit Asia 2026 - Ho Chi Minh City, 14-15 May

Early-bird pricing ends this Friday.

New this year: the Data Privacy track
- Vietnam's PDPL in practice: handling access, correction and deletion requests within the statutory deadline
- Complaint handling workflows for law firms
- Automating client intake and email triage

Register now: https://legaltechsummit.asia/register?utm_source=email&utm_campaign=eb2026

You are receiving this because your address is listed as a law firm contact in our industry directory.
Unsubscribe: https://legaltechsummit.asia/u/1f9c0a7e
LegalTech Summit Asia Pte Ltd, 10 Anson Road, Singapore 079903
"""
add(47, build(hdr(addr("LegalTech Summit Asia", "events@legaltechsummit.asia"), INFO,
                   "Last chance: early-bird for LegalTech Summit Asia 2026 (new Data Privacy track)",
                   "Tue, 10 Mar 2026 02:30:00 +0000", "<0100019a4e7c2b1f-3d5e9a70-eb26@mail.legaltechsummit.asia>",
                   extra=[("List-Unsubscribe", "<https://legaltechsummit.asia/u/1f9c0a7e>"),
                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                          ("Precedence", "bulk"), ("X-Feedback-ID", "eb2026:campaign:lts")]),
              alt(body, "----=_Part_448120_17398821.1773109800000", cte="quoted-printable")),
    "unknown", "en", automated=True,
    note="Bulk event marketing that mentions access/correction/deletion requests and complaints.")

# ===================================================================== k048
firm = """Kính gửi chị Xuân,

Công ty xin thông báo dịch vụ đại diện trong vụ ly hôn của chị đã hoàn tất. Kèm theo đây là biên bản bàn giao bản chính giấy tờ. Hồ sơ vụ việc sẽ được Công ty lưu trữ theo quy định của pháp luật về luật sư. Chị có quyền yêu cầu xem, cập nhật hoặc xóa dữ liệu cá nhân, hoặc khiếu nại theo Chính sách bảo mật của Công ty.

Trân trọng,
LS. Nguyễn Hoàng Minh
""" + SIG_VI
body = """Kính gửi Công ty,

Tôi đã nhận lại bản chính giấy tờ theo biên bản bàn giao. Cảm ơn luật sư Minh đã đồng hành suốt vụ ly hôn.

Tôi muốn khép lại hoàn toàn chuyện này. Những gì Công ty không bắt buộc phải giữ theo luật (bản scan giấy tờ, tin nhắn, ảnh chụp, ghi chú về con và về chồng cũ tôi) xin Công ty tiêu hủy hết, và gỡ thông tin của tôi khỏi hệ thống chăm sóc khách hàng. Tôi không muốn nhận bất kỳ thông tin gì từ Công ty nữa.

Xin phản hồi khi đã thực hiện.
Mạc Thị Thanh Xuân

Vào Th 6, 6 thg 3, 2026 lúc 09:00 Nguyễn Hoàng Minh <minh.nh@truonglaclaw.vn> đã viết:
""" + quote(firm) + "\n"
add(48, build(hdr(addr("Mạc Thị Thanh Xuân", "thanhxuan.mac@gmail.com"), SUPPORT,
                   "Re: " + subj("Thông báo hoàn tất dịch vụ và bàn giao hồ sơ"), "Sun, 08 Mar 2026 15:09:27 +0700",
                   "<CAF7vR2=Lh0@mail.gmail.com>", irt="<20260306090000.4415@truonglaclaw.vn>"),
              alt(body, "000000000000d8e1f205b1c4b9e2")),
    "deletion_request", "vi", "Mạc Thị Thanh Xuân", None, "thanhxuan.mac@gmail.com",
    note="Deletion worded as 'tiêu hủy' / 'gỡ thông tin'; thanks at the top is not the intent. The quoted firm mail also lists the rights but the label follows the customer text.")

# ===================================================================== k049
body = """Kính gửi Luật sư Minh và toàn thể anh chị em Công ty Luật Trường Lạc,

Nhân dịp Tết Bính Ngọ 2026, gia đình tôi xin kính chúc Luật sư và Quý Công ty một năm mới an khang, thịnh vượng, vạn sự như ý.

Cảm ơn Công ty đã giúp gia đình tôi giải quyết ổn thỏa việc thừa kế trong năm qua. Chúc cả nhà ăn Tết vui vẻ!

Nguyễn Đức Trọng
0912 640 357
"""
add(49, build(hdr(addr("Nguyễn Đức Trọng", "trongnd.hp@gmail.com"), INFO,
                   subj("Chúc mừng năm mới Bính Ngọ 2026"), "Sun, 15 Feb 2026 19:20:05 +0700",
                   "<CAE6tU9=Jm7@mail.gmail.com>", cc="minh.nh@truonglaclaw.vn"),
              alt(body, "000000000000b6c8d305afe1c2d3")),
    "unknown", "vi", "Nguyễn Đức Trọng", "+84912640357", "trongnd.hp@gmail.com",
    note="New Year greetings from a former client; nothing asked.")

# ===================================================================== k050
body = """Hello,

Two days after I met your lawyer on 3 March about buying an apartment in Thu Duc, I started getting calls and Zalo messages from three different real estate agents and a "mortgage advisor". Each of them knew my name, that I'm a foreign buyer, and my budget: details I had only given to your firm.

I am extremely unhappy about this. Either your staff shared my details or your systems are not secure. I expect an explanation of how this happened and what you are doing to stop it.

Priya Shah
0707 842 196
"""
add(50, build(hdr(addr("Priya Shah", "priya.shah.hcm@gmail.com"), INFO,
                   "Who did you give my number to?", "Sat, 07 Mar 2026 09:02:55 +0700",
                   "<CAG1wK5=Zs3@mail.gmail.com>"),
              multipart("mixed", [textpart(body, cte="quoted-printable"),
                                  attachment("zalo_screenshot.jpg", "image/jpeg", FAKE_JPG)],
                        "000000000000e4f7a105b1c5d2e8")),
    "complaint", "en", "Priya Shah", "+84707842196", "priya.shah.hcm@gmail.com",
    note="Suspected leak of personal data: grievance against the firm, not an access or deletion request.")

# ------------------------------------------------------------------ write
assert len(MSGS) == 50, len(MSGS)
for fn, raw in MSGS.items():
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(raw.encode("utf-8") if isinstance(raw, str) else raw)
with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2, sort_keys=True)
    f.write("\n")
print("wrote %d messages + labels.json to %s" % (len(MSGS), OUT))
