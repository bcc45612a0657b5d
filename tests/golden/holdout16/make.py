#!/usr/bin/env python3
"""Generate the holdout16 set: g001.eml ... g060.eml and labels.json.

Stdlib only.  Fictional firm: Cong ty Luat TNHH Hai Dang (haidanglaw.vn),
hotline 1800 63 65.  All people, companies and numbers are invented.
Run:  python3 make.py   (writes next to this file)
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import unicodedata

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(1616)
FIRM = "haidanglaw.vn"
INFO = "info@haidanglaw.vn"
SUPPORT = "support@haidanglaw.vn"


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


# ---------------------------------------------------------------- encoders
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode Vietnamese text the way old Windows clients do: base letters
    (with circumflex/breve/horn) precomposed, tone marks as combining chars."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONES)
        tones = "".join(c for c in d if c in TONES)
        out += unicodedata.normalize("NFC", base).encode("cp1258")
        out += tones.encode("cp1258")
    return bytes(out)


def charset_bytes(s, charset):
    if charset.lower() in ("windows-1258", "cp1258"):
        return to_cp1258(s)
    return s.encode(charset)


def enc_word(s, mode="B", charset="UTF-8"):
    """RFC 2047 encode a header value (only if it is not plain ASCII)."""
    s = nfc(s)
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    limit = 40 if mode == "B" else 22
    for ch in s:
        if len(charset_bytes(cur + ch, charset)) > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    enc = []
    for w in words:
        b = charset_bytes(w, charset)
        if mode == "B":
            enc.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            enc.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(enc)


def addr(name, email, mode="B", charset="UTF-8"):
    if not name:
        return email
    name = nfc(name)
    try:
        name.encode("ascii")
        if any(c in name for c in '()<>[]:;@\\,."'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_word(name, mode, charset), email)


def encode_body(text, cte, charset="utf-8"):
    if isinstance(text, str):
        text = nfc(text).replace("\r\n", "\n")
        raw = charset_bytes(text, charset)
    else:
        raw = text
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
    return raw


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    h = [("Content-Type", 'text/%s; charset="%s"%s' % (subtype, charset, params)),
         ("Content-Transfer-Encoding", cte)]
    return h, encode_body(text, cte, charset)


def raw_part(ctype, body_bytes, extra=()):
    return [("Content-Type", ctype)] + list(extra), body_bytes


def boundary():
    return "".join(RNG.choice("0123456789abcdef") for _ in range(28))


def multipart(subtype, parts, bnd=None, params=""):
    bnd = bnd or ("000000000000" + boundary())
    chunks = []
    for h, b in parts:
        chunks.append(b"--" + bnd.encode() + b"\n" + hdr_bytes(h) + b"\n" + b.rstrip(b"\n") + b"\n")
    body = b"\n".join(chunks) + b"\n--" + bnd.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, bnd, params))], body


def hdr_bytes(h):
    out = b""
    for k, v in h:
        out += ("%s: %s\n" % (k, v)).encode("utf-8")
    return out


def render(top, part):
    ph, pb = part
    data = hdr_bytes(top + ph) + b"\n" + pb
    if not data.endswith(b"\n"):
        data += b"\n"
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def text_to_html(text, style="gmail"):
    text = nfc(text)
    lines = text.split("\n")
    if style == "outlook":
        ps = []
        for ln in lines:
            if ln.strip():
                ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(ln, quote=False))
            else:
                ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + "\n".join(ps) + "\n</div>\n</body>\n</html>\n")
    out, quote = [], False
    for ln in lines:
        q = ln.startswith(">")
        if q and not quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            quote = True
        if not q and quote:
            out.append("</blockquote>")
            quote = False
        body = ln[1:].lstrip() if q else ln
        out.append((html.escape(body, quote=False) or "") + "<br>")
    if quote:
        out.append("</blockquote>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def gmail_id():
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"
    return "<CA%s@mail.gmail.com>" % "".join(RNG.choice(alphabet) for _ in range(44))


def outlook_id(dom):
    hexs = "".join(RNG.choice("0123456789abcdef") for _ in range(8))
    return "<000%s01dc%s$%s$%s@%s>" % (RNG.choice("123456789abcdef"), hexs[:4] + "e2", "".join(RNG.choice("0123456789abcdef") for _ in range(8)), hexs, dom)


def uuid_id(dom):
    h = "".join(RNG.choice("0123456789abcdef") for _ in range(32))
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)


def yahoo_id():
    return "<%d.%d.%d@mail.yahoo.com>" % (RNG.randint(10**8, 10**9), RNG.randint(10**6, 10**7), RNG.randint(10**12, 10**13))


def date(day, hh, mm, tz=7, ss=None):
    ss = RNG.randint(0, 59) if ss is None else ss
    tzinfo = dt.timezone(dt.timedelta(hours=tz))
    d = dt.datetime(2026, 4, day, hh, mm, ss, tzinfo=tzinfo)
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + ("%+03d00" % tz)


def contact(name=None, phone=None, email=None, address=None):
    return {"name": nfc(name), "phone": phone, "email": email.lower() if email else None,
            "address": nfc(address)}


NULL = contact()
MESSAGES = []
LABELS = {}


def add(n, top, part, category, language, automated=False, c=NULL, note=None):
    fn = "g%03d.eml" % n
    MESSAGES.append((fn, render(top, part)))
    lab = {"automated": automated, "category": category, "contact": c, "language": language}
    if note:
        lab["note"] = note
    LABELS[fn] = lab


def std(frm, to, subject, when, mid, extra=(), subj_mode="B", subj_charset="UTF-8"):
    h = [("MIME-Version", "1.0")]
    h += [("From", frm), ("To", to), ("Subject", enc_word(subject, subj_mode, subj_charset)),
          ("Date", when), ("Message-ID", mid)]
    h += list(extra)
    return h


def gmail_alt(text):
    return multipart("alternative", [leaf(text, "plain", "UTF-8", "quoted-printable"),
                                     leaf(text_to_html(text), "html", "UTF-8", "quoted-printable")])


def gmail_alt_ascii(text):
    return multipart("alternative", [leaf(text, "plain", "UTF-8", "7bit"),
                                     leaf(text_to_html(text), "html", "UTF-8", "7bit")])


def outlook_alt(text, dom):
    bnd = "_000_%s%s_" % ("".join(RNG.choice("0123456789ABCDEF") for _ in range(30)), dom.split(".")[0][:4].upper())
    return multipart("alternative", [leaf(text, "plain", "utf-8", "quoted-printable"),
                                     leaf(text_to_html(text, "outlook"), "html", "utf-8", "quoted-printable")], bnd=bnd)


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
IPHONE = [("X-Mailer", "iPhone Mail (22D82)")]
TBIRD = [("User-Agent", "Mozilla Thunderbird")]

# ======================================================================
# Messages
# ======================================================================

# g001 service_request vi ------------------------------------------------
t = """Chào anh chị bên Hải Đăng,

Em tên Duyên, đang mở một tiệm bánh nhỏ ở Thủ Đức tên "Mây Bakery" được gần 2 năm rồi. Dạo này thấy có chỗ khác cũng đặt tên na ná nên em muốn đăng ký nhãn hiệu để giữ tên. Anh chị cho em hỏi:
- Thủ tục đăng ký nhãn hiệu cần những giấy tờ gì, mất bao lâu thì có văn bằng?
- Phí trọn gói bên mình khoảng bao nhiêu (em muốn đăng ký cả logo lẫn chữ)?

Nếu tiện thì anh chị gọi em buổi chiều, sau 2h nha, buổi sáng em đứng quầy không nghe máy được.

Cảm ơn anh chị nhiều!
Lê Thị Mỹ Duyên
0938 214 567
"""
add(1, std(addr("Lê Mỹ Duyên", "myduyen.banhngot@gmail.com"), INFO,
           "Hỏi về đăng ký nhãn hiệu cho tiệm bánh", date(1, 9, 12), gmail_id()),
    gmail_alt(t), "service_request", "vi",
    c=contact("Lê Thị Mỹ Duyên", "+84938214567", "myduyen.banhngot@gmail.com"))

# g002 access_request vi -------------------------------------------------
t = """Kính gửi Công ty Luật Hải Đăng,

Năm 2024 tôi có nhờ văn phòng tư vấn thủ tục sang tên xe ô tô và đã cung cấp khá nhiều giấy tờ (CCCD, giấy đăng ký xe, giấy xác nhận tình trạng hôn nhân). Gần đây tôi đọc chính sách bảo mật trên website nên muốn hỏi: hiện công ty còn lưu giữ những thông tin, giấy tờ nào của tôi? Lưu ở dạng bản giấy hay bản scan, và đã từng cung cấp cho bên nào khác chưa?

Mong công ty liệt kê cụ thể và gửi cho tôi qua email này hoặc gửi thư về địa chỉ bên dưới.

Trân trọng,
Hoàng Thị Ngọc Ánh
ĐT: 0984 306 712
Địa chỉ: 27/4 Nguyễn Thị Minh Khai, Phường Bàn Cờ, TP.HCM
"""
add(2, std(addr("Hoàng Thị Ngọc Ánh", "ngocanh.hoang82@yahoo.com", "Q"), SUPPORT,
           "Đề nghị cho biết thông tin cá nhân công ty đang lưu", date(1, 20, 47), yahoo_id(),
           extra=[("X-Mailer", "WebService/1.1.25113 YMailNorrin")]),
    leaf(t, cte="8bit"), "access_request", "vi",
    c=contact("Hoàng Thị Ngọc Ánh", "+84984306712", "ngocanh.hoang82@yahoo.com",
              "27/4 Nguyễn Thị Minh Khai, Phường Bàn Cờ, TP.HCM"))

# g003 correction_request vi ---------------------------------------------
t = """Chào chị Linh và các anh chị bên công ty,

Tôi là Trương Văn Hậu, khách hàng đang được công ty hỗ trợ hồ sơ thành lập Công ty TNHH Hậu Phát. Số cũ của tôi 0905 118 342 bị mất sim, không dùng nữa. Nhờ anh chị đổi trong hồ sơ sang số mới là 0799 452 630 để tiện liên lạc ạ.

Email thì vẫn giữ như cũ.
Cảm ơn anh chị.
Hậu

--
Sent from my iPhone
"""
add(3, std(addr("Trương Văn Hậu", "hau.truongvan@gmail.com"), SUPPORT,
           "Cập nhật số điện thoại", date(2, 7, 58), uuid_id("gmail.com"), extra=IPHONE),
    leaf(t, cte="quoted-printable"), "correction_request", "vi",
    c=contact("Trương Văn Hậu", "+84799452630", "hau.truongvan@gmail.com"),
    note="Old number 0905 118 342 is also present; the contact phone is the new one.")

# g004 deletion_request vi -----------------------------------------------
t = """Chào công ty,

Vụ tranh chấp hợp đồng thuê nhà mà tôi nhờ luật sư Vinh hỗ trợ hồi năm ngoái đã kết thúc, tôi cũng đã thanh toán đầy đủ. Tôi không còn nhu cầu sử dụng dịch vụ nữa nên đề nghị công ty không lưu giữ thông tin cá nhân của tôi thêm nữa: các bản photo CCCD, hợp đồng thuê nhà, sao kê ngân hàng tôi đã gửi, xin hủy hết giúp tôi. Số điện thoại và email của tôi cũng xin bỏ ra khỏi danh sách khách hàng, tôi không muốn nhận tin nhắn chúc mừng hay khuyến mãi nữa.

Làm xong nhờ công ty nhắn lại cho tôi một câu xác nhận là được.

Phan Thị Bích Ngọc
"""
add(4, std(addr("Phan Thị Bích Ngọc", "bichngoc.phan@hotmail.com"), INFO,
           "Về hồ sơ cũ của tôi", date(2, 21, 15), outlook_id("hotmail.com"), extra=OUTLOOK),
    outlook_alt(t, "hotmail.com"), "deletion_request", "vi",
    c=contact("Phan Thị Bích Ngọc", None, "bichngoc.phan@hotmail.com"),
    note="Deletion asked without the word 'xóa' ('không lưu giữ ... nữa', 'hủy', 'bỏ ra khỏi danh sách').")

# g005 service_request en ------------------------------------------------
t = """Hi there,

I'm an Australian teacher at an international school in Thu Duc. My work permit and temporary residence card both run out at the end of July, and our school HR has told us they won't be handling TRCs this year, so I'm looking for a firm to do it for me.

Could you let me know:
1. what documents you'd need from me,
2. rough fees and timeline,
3. whether I could come in for a short meeting on a Saturday morning?

Best number to reach me is +84 (0) 909 417 382 (WhatsApp works too).

Cheers,
Daniel Whitaker
"""
add(5, std(addr("Daniel Whitaker", "dan.whitaker@outlook.com"), INFO,
           "Temporary residence card - need help before July", date(3, 18, 22), outlook_id("outlook.com"),
           extra=OUTLOOK),
    leaf(t, cte="7bit"), "service_request", "en",
    c=contact("Daniel Whitaker", "+84909417382", "dan.whitaker@outlook.com"))

# g006 complaint vi ------------------------------------------------------
t = """Tôi thật sự rất bức xúc!

Sáng nay 8h30 tôi có mặt ở Tòa án nhân dân khu vực 7 để dự phiên hòa giải vụ tranh chấp ranh đất với nhà hàng xóm. Luật sư Hòa bên các anh chị đã nhận lời đi cùng, tôi cũng đã đóng đủ phí giai đoạn 1. Vậy mà tới giờ không thấy ai, gọi di động không bắt máy, gọi tổng đài 1800 63 65 thì chỉ nghe "để em chuyển lời". Tôi phải ngồi một mình, phiên hòa giải bị hoãn và tôi mất trắng một buổi làm.

Tôi yêu cầu công ty trả lời bằng văn bản trước thứ Sáu tuần sau: tại sao luật sư vắng mặt mà không báo, và công ty sẽ xử lý thế nào. Nếu không, tôi sẽ gửi đơn lên Đoàn Luật sư và chấm dứt hợp tác.

Đỗ Minh Quân
0916 702 483
"""
add(6, std(addr("Đỗ Minh Quân", "quan.dominh@gmail.com", "Q"), INFO,
           "Luật sư vắng mặt buổi hòa giải - tôi cần một lời giải thích", date(3, 11, 40), gmail_id()),
    gmail_alt(t), "complaint", "vi",
    c=contact("Đỗ Minh Quân", "+84916702483", "quan.dominh@gmail.com"),
    note="Firm hotline 1800 63 65 quoted by the customer; not his number.")

# g007 automated bounce en -----------------------------------------------
orig = """Kính gửi chị Vũ Thị Hạnh,

Công ty Luật TNHH Hải Đăng đã nhận được yêu cầu xóa dữ liệu cá nhân của chị gửi ngày 30/03/2026 (số điện thoại 0962 418 337). Chúng tôi sẽ hoàn tất việc xóa trong vòng 10 ngày làm việc và gửi xác nhận cho chị.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Luật TNHH Hải Đăng - Hotline 1800 63 65
"""
orig_msg = render(std(addr("Hải Đăng Law - CSKH", SUPPORT), "vu.thihanh86@gmial.com",
                      "Xác nhận tiếp nhận yêu cầu xóa dữ liệu cá nhân", date(4, 10, 2, ss=11),
                      "<b3c1f07e-2d4a-4a0e-9f55-6e1d0c8a7f20@haidanglaw.vn>"),
                  leaf(orig, cte="quoted-printable")).replace(b"\r\n", b"\n")
dsn_text = """** Address not found **

Your message wasn't delivered to vu.thihanh86@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
Domain name not found: gmial.com
"""
dsn_status = b"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 03 Apr 2026 20:02:11 -0700 (PDT)

Final-Recipient: rfc822; vu.thihanh86@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
Last-Attempt-Date: Fri, 03 Apr 2026 20:02:12 -0700 (PDT)
"""
part = multipart("report", [leaf(dsn_text, cte="7bit"),
                            raw_part("message/delivery-status", dsn_status),
                            raw_part("message/rfc822", orig_msg)],
                 params="; report-type=delivery-status")
add(7, std(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), SUPPORT,
           "Delivery Status Notification (Failure)", date(4, 10, 2, ss=13), gmail_id(),
           extra=[("Auto-Submitted", "auto-replied"),
                  ("References", "<b3c1f07e-2d4a-4a0e-9f55-6e1d0c8a7f20@haidanglaw.vn>"),
                  ("In-Reply-To", "<b3c1f07e-2d4a-4a0e-9f55-6e1d0c8a7f20@haidanglaw.vn>")]),
    part, "unknown", "en", automated=True,
    note="Bounce of the firm's own deletion confirmation; the embedded original mentions a customer, a phone and 'xóa dữ liệu' but is not customer text.")

# g008 unknown vi (vendor pitch) -----------------------------------------
t = """Kính chào Quý Công ty Luật Hải Đăng,

Em là Ngô Thanh Tùng, chuyên viên kinh doanh của Công ty CP Văn Phòng Xanh. Bên em chuyên cung cấp giải pháp số hóa và lưu trữ hồ sơ cho các văn phòng luật, công chứng: scan hồ sơ tại chỗ, phần mềm tra cứu hồ sơ theo số vụ việc, tủ lưu trữ di động chống cháy.

Hiện bên em đang có chương trình ưu đãi tháng 4: miễn phí khảo sát và scan thử 2.000 trang đầu tiên. Nếu Quý Công ty quan tâm, em xin phép được qua demo trực tiếp khoảng 30 phút.

Trân trọng,
Ngô Thanh Tùng
Chuyên viên kinh doanh - Công ty CP Văn Phòng Xanh
MST: 0316742985
Hotline/Zalo: 0868 240 917
www.vanphongxanh.vn
"""
add(8, std(addr("Ngô Thanh Tùng", "tung.ngo@vanphongxanh.vn"), INFO,
           "Giải pháp số hóa hồ sơ cho văn phòng luật - ưu đãi tháng 4", date(6, 8, 30),
           uuid_id("vanphongxanh.vn"), extra=TBIRD),
    leaf(t, cte="8bit", params="; format=flowed"), "unknown", "vi",
    c=contact("Ngô Thanh Tùng", "+84868240917", "tung.ngo@vanphongxanh.vn"),
    note="Vendor sales pitch to the firm; tax code (MST) is not a phone.")

# g009 service_request vi (no diacritics) --------------------------------
t = """Chao van phong luat,

Toi ten Nguyen Van Thoi, nam nay 75 tuoi, nghi huu. Toi co mot can nha va mot mieng dat vuon, muon lap di chuc chia cho 3 nguoi con cho ro rang, de sau nay anh em khoi tranh chap. Toi muon hoi:
- lap di chuc co bat buoc cong chung khong, luat su co den nha lam duoc khong vi toi di lai kho khan
- chi phi khoang bao nhieu

Dia chi nha toi: so 18/6 khu pho Chanh Nghia, phuong Thu Dau Mot, TP.HCM.
Dien thoai nha toi 0274 3822 419. Neu khong ai nghe may thi goi thang con trai ut la Nguyen Van Hieu 0907 335 164, no o gan.

Cam on.
Nguyen Van Thoi
"""
add(9, std(addr("Nguyen Van Thoi", "nguyenvanthoi1951@gmail.com"), INFO,
           "hoi ve lap di chuc", date(6, 15, 5), gmail_id()),
    gmail_alt_ascii(t), "service_request", "vi",
    c=contact("Nguyen Van Thoi", "+842743822419", "nguyenvanthoi1951@gmail.com",
              "so 18/6 khu pho Chanh Nghia, phuong Thu Dau Mot, TP.HCM"),
    note="Sender's own number is the home landline; the son's mobile 0907 335 164 is a fallback, not the sender's.")

# g010 access_request en -------------------------------------------------
t = """Dear Hai Dang Law team,

Between 2023 and 2025 your firm assisted me with an apartment lease and the related temporary residence paperwork in Ho Chi Minh City. I would now like to exercise my right of access to my personal data.

Please provide:
- a copy of all personal data relating to me that you hold (paper and electronic), preferably as PDF;
- the purposes for which it is processed and how long it will be kept;
- any third parties (e.g. notaries, agencies, authorities) to whom it has been disclosed.

For identification: passport no. C4XN72K19, date of birth 11.03.1986.

Kind regards,
Katrin Vogel
Kastanienallee 12, 10435 Berlin, Germany
"""
add(10, std(addr("Katrin Vogel", "k.vogel@posteo.de"), SUPPORT,
            "Subject access request", date(6, 17, 10, tz=2), uuid_id("posteo.de"), extra=TBIRD),
    leaf(t, cte="7bit", params="; format=flowed"), "access_request", "en",
    c=contact("Katrin Vogel", None, "k.vogel@posteo.de", "Kastanienallee 12, 10435 Berlin, Germany"))

# g011 correction_request en ---------------------------------------------
t = """Hello,

Just a quick one - on the engagement letter and the two invoices you've sent me, my first name is spelled "Siobahn" and my surname "Gallager". Could you please fix it in your system to Siobhan Gallagher (as in my passport) and re-issue the engagement letter with the right spelling? My bank is fussy about names matching.

Also, the phone number on your file is my old Irish one; the number I use now is 0886 173 590.

Thanks a million,
Siobhan
"""
add(11, std(addr("Siobhan Gallagher", "siobhan.gallagher@gmail.com"), SUPPORT,
            "Spelling of my name on your documents", date(7, 13, 18), gmail_id()),
    gmail_alt_ascii(t), "correction_request", "en",
    c=contact("Siobhan Gallagher", "+84886173590", "siobhan.gallagher@gmail.com"),
    note="Misspelled variants 'Siobahn'/'Gallager' appear; re-issuing the letter is part of the correction.")

# g012 deletion_request en -----------------------------------------------
t = """Hi,

I had one consultation with you back in 2023 about a visa question and haven't needed you since. Please forget me: erase whatever you have on file (name, email, passport scan, consultation notes) and confirm once it's done.

Thanks,
Tom Reinholt
"""
add(12, std(addr("Tom Reinholt", "tomreinholt@protonmail.com"), INFO,
            "forget me please", date(7, 8, 2, tz=-4), "<Rk2mQ8vL0pZx7cN4aHf1Yt@protonmail.com>"),
    leaf(t, cte="7bit"), "deletion_request", "en",
    c=contact("Tom Reinholt", None, "tomreinholt@protonmail.com"))

# g013 service_request vi (HR, Outlook) ----------------------------------
t = """Kính gửi Quý Công ty Luật Hải Đăng,

Công ty CP May Tân Thành (khoảng 650 lao động) đang có nhu cầu thuê đơn vị tư vấn pháp luật lao động thường xuyên, bao gồm: rà soát nội quy lao động, thỏa ước lao động tập thể, mẫu hợp đồng lao động và hỗ trợ xử lý kỷ luật lao động khi phát sinh.

Kính đề nghị Quý Công ty gửi báo giá gói tư vấn theo năm kèm hồ sơ năng lực. Mọi trao đổi xin liên hệ trực tiếp người phụ trách bên dưới.

Trân trọng,

Lâm Thị Kiều Oanh
Trưởng phòng Nhân sự
Công ty CP May Tân Thành - MST: 3702184563
DĐ: 0903 618 245
Email: Oanh.Lam@maytanthanh.com.vn
"""
add(13, std(addr("Phòng Nhân sự - Cty CP May Tân Thành", "nhansu@maytanthanh.com.vn"), INFO,
            "Đề nghị báo giá dịch vụ tư vấn pháp luật lao động thường xuyên", date(7, 10, 26),
            outlook_id("maytanthanh.com.vn"), extra=OUTLOOK + [("Thread-Index", "AdzG4k2bq8cS0y+eT1mX9vQhLk3n0A==")]),
    outlook_alt(t, "maytanthanh.com.vn"), "service_request", "vi",
    c=contact("Lâm Thị Kiều Oanh", "+84903618245", "oanh.lam@maytanthanh.com.vn"),
    note="From is a department mailbox; the signature gives the person and her own email, which wins. The 10-digit MST looks like a phone but is a tax code.")

# g014 complaint en (top-posted reply) -----------------------------------
t = """Hi Ms Ha,

I have to say I'm disappointed. When we engaged you in February for the amendment of our investment registration certificate, we were quoted 18,000,000 VND all-in and told 3-4 weeks. We are now in week 8, as far as I can tell nothing has been filed yet, and this invoice shows 26,500,000 VND including "additional work" that nobody discussed with me.

I'm happy to pay what we agreed, but before we settle anything I'd like an explanation of the extra items and a realistic filing date.

Regards,
Hannah Ortiz
Operations Manager, Brightlane Vietnam
T: +84 28 7300 1926

-----Original Message-----
From: Pham Thu Ha <ketoan@haidanglaw.vn>
Sent: Monday, April 6, 2026 10:02 AM
To: Hannah Ortiz <hannah.ortiz@brightlane.io>
Subject: Invoice HD-2026-0412

Dear Ms Ortiz,

Please find attached invoice HD-2026-0412 for legal services (IRC amendment). Kindly transfer the amount to account no. 0071 0012 34567 at Vietcombank, Ho Chi Minh City branch, within 7 days.

For any questions please call our hotline 1800 63 65.

Pham Thu Ha
Accounting - Hai Dang Law Firm
"""
add(14, std(addr("Hannah Ortiz", "hannah.ortiz@brightlane.io"), "ketoan@haidanglaw.vn",
            "RE: Invoice HD-2026-0412", date(8, 16, 55), outlook_id("brightlane.io"),
            extra=OUTLOOK + [("Cc", INFO), ("In-Reply-To", "<a81f2c@haidanglaw.vn>"),
                             ("References", "<a81f2c@haidanglaw.vn>")]),
    outlook_alt(t, "brightlane.io"), "complaint", "en",
    c=contact("Hannah Ortiz", "+842873001926", "hannah.ortiz@brightlane.io"),
    note="Top-posted reply; the quoted firm invoice contains the firm's bank account and hotline.")

# g015 automated OOO vi ---------------------------------------------------
t = """Kính chào Quý khách,

Tôi đang nghỉ phép từ ngày 13/4 đến hết ngày 20/4/2026 và sẽ hạn chế kiểm tra email. Thư của Quý khách sẽ được xử lý khi tôi trở lại.

Trường hợp cần gấp, xin vui lòng liên hệ anh Lưu Đức Tài - Phó phòng Pháp chế, ĐT 0912 447 803.

Trân trọng,
Võ Thị Kim Xuyến
Phòng Pháp chế - Công ty CP Thép Nam Việt
"""
add(15, std(addr("Võ Thị Kim Xuyến", "xuyen.vo@thepnamviet.vn"), INFO,
            "Trả lời tự động: Thư mời hội thảo \"Tranh chấp hợp đồng xây dựng 2026\"", date(14, 8, 1),
            outlook_id("thepnamviet.vn"),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("In-Reply-To", "<7d2e90aa-hoithao2026@haidanglaw.vn>")]),
    leaf(t, cte="quoted-printable"), "unknown", "vi", automated=True,
    note="Out-of-office reply to the firm's seminar invitation; the colleague's phone is not a contact.")

# g016 unknown en (scam) -------------------------------------------------
t = """Dear Counsel,

I am Barrister Michael Okonkwo, personal attorney to the late Engr. Thomas Hai Nguyen, a foreign contractor who died intestate with his entire family in an auto crash in 2021. He left a deposit of USD 8,500,000 (Eight Million Five Hundred Thousand United States Dollars) with a finance house here, and all efforts to locate his relatives have proved abortive.

I seek the services of a reputable Vietnamese law firm to act as next-of-kin representative so that the funds can be released. Your firm will receive 30% of the total sum for your legal services. The transaction is 100% risk free and legal.

Kindly reply with your full name, direct telephone and bank details so I can send the application forms. Treat as strictly confidential.

Yours faithfully,
Michael Okonkwo
Okonkwo & Associates Chambers
Tel: +44 7451 209 386
"""
add(16, std(addr("Barrister Michael Okonkwo", "m.okonkwo.chambers@outlook.com"), INFO,
            "URGENT: Legal representation required - confidential", date(8, 2, 44, tz=1),
            outlook_id("outlook.com")),
    leaf(t, cte="7bit"), "unknown", "en",
    c=contact("Michael Okonkwo", "+447451209386", "m.okonkwo.chambers@outlook.com"),
    note="Advance-fee scam that asks for 'legal services'; a person's spam, not automated.")

# g017 service_request vi (top-posted reply, Gmail quote) ----------------
t = """Dạ chào chị Linh,

Em đã nộp bổ sung bản sao giấy khai sinh của bé hôm thứ Hai như chị dặn rồi ạ. Chị cho em hỏi hồ sơ bên tòa giờ tới bước nào rồi chị, bao giờ thì có lịch hòa giải? Em cần sắp xếp xin nghỉ làm.

Có gì chị nhắn Zalo hoặc gọi em số 0345 918 276 nha chị.
Em cảm ơn chị.
Nhung

Vào Th 6, 3 thg 4, 2026 vào lúc 16:40 Trần Mỹ Linh <linh.tran@haidanglaw.vn> đã viết:
> Chào chị Nhung,
>
> Để hoàn thiện hồ sơ ly hôn thuận tình, chị vui lòng bổ sung bản sao giấy khai sinh của cháu (có chứng thực) trong tuần tới.
>
> Trân trọng,
> Trần Mỹ Linh
> Chuyên viên pháp lý - Công ty Luật TNHH Hải Đăng
> Tầng 7, 146 Nguyễn Đình Chiểu, Phường Xuân Hòa, TP.HCM
> ĐT: (028) 3930 6688 - Hotline: 1800 63 65
"""
add(17, std(addr("Bùi Thị Hồng Nhung", "hongnhung.bui1990@gmail.com"), "linh.tran@haidanglaw.vn",
            "Re: Hồ sơ ly hôn thuận tình - bổ sung giấy tờ", date(8, 12, 10), gmail_id(),
            extra=[("Cc", SUPPORT), ("In-Reply-To", "<c40e1b9f-lh-0304@haidanglaw.vn>"),
                   ("References", "<c40e1b9f-lh-0304@haidanglaw.vn>")]),
    gmail_alt(t), "service_request", "vi",
    c=contact("Bùi Thị Hồng Nhung", "+84345918276", "hongnhung.bui1990@gmail.com"),
    note="Status of her own matter. Reply; quoted firm signature has the firm's address and numbers. Full name from From display (signed only 'Nhung').")

# g018 access_request vi (no diacritics) ---------------------------------
t = """Chao cong ty,

Tuan truoc toi nhan duoc cuoc goi tu nhan vien ben cong ty moi tu van dich vu thanh lap doanh nghiep, trong khi toi chua tung lien he hay su dung dich vu nao cua cong ty. Toi muon biet cong ty lay so dien thoai 0939 580 214 cua toi tu dau, va hien dang luu nhung thong tin gi ve toi (ten, dia chi, hay gi nua).

De nghi tra loi ro rang bang email.
Huynh Kim Phung
"""
add(18, std(addr("Huynh Kim Phung", "kimphung.huynh77@gmail.com"), INFO,
            "sao cong ty co so dien thoai cua toi?", date(9, 17, 33), gmail_id()),
    gmail_alt_ascii(t), "access_request", "vi",
    c=contact("Huynh Kim Phung", "+84939580214", "kimphung.huynh77@gmail.com"),
    note="Irritated tone could read as a complaint, but the only ask is to know the source and what data is held; no removal requested.")

# g019 correction_request vi (no diacritics) -----------------------------
t = """Chao anh chi,

Em la Dang Quoc Bao, dang nho ben minh lam thu tuc dang ky nhan hieu "Bep Que Bao". Em sap nghi viec o cong ty cu nen email nay (baodq.sales@hungthinhfood.vn) se bi khoa cuoi thang. Anh chi cap nhat lai email lien lac cua em trong ho so thanh: DangQuocBao.89@gmail.com nha.

Sdt van giu nguyen 0962 771 035.
Cam on anh chi.
"""
add(19, std(addr("Dang Quoc Bao", "baodq.sales@hungthinhfood.vn"), SUPPORT,
            "doi email lien lac", date(9, 10, 5), outlook_id("hungthinhfood.vn"), extra=OUTLOOK),
    leaf(t, "plain", "us-ascii", "7bit"), "correction_request", "vi",
    c=contact("Dang Quoc Bao", "+84962771035", "dangquocbao.89@gmail.com"),
    note="New contact email in body differs from the From address (which is about to be closed).")

# g020 deletion_request vi (no diacritics, angry) ------------------------
t = """Toi da noi 2 lan qua dien thoai roi: toi KHONG co nhu cau tu van. Vay ma tuan nay van co nguoi goi 3 lan, ca gio nghi trua.

Lam on bo so 0328 664 157 cua toi ra khoi danh sach goi cua cong ty, khong luu nua, va dung nhan tin Zalo cho toi nua.

Le Thanh Son
"""
add(20, std(addr("Le Thanh Son", "sonlt.hp@gmail.com"), INFO,
            "DUNG GOI CHO TOI NUA", date(10, 12, 48), gmail_id(), extra=IPHONE),
    leaf(t, "plain", "us-ascii", "7bit"), "deletion_request", "vi",
    c=contact("Le Thanh Son", "+84328664157", "sonlt.hp@gmail.com"),
    note="Angry, but the ask is 'stop contacting me and remove/stop storing my number' -> deletion, not complaint.")

# g021 service_request en (HTML only) ------------------------------------
h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',Arial;font-size:10pt">
<p>Dear Sir/Madam,</p>
<p>I am the finance manager of Daesung Vina Co., Ltd. We are about to sign a 10-year lease for a factory building in Que Vo Industrial Park (Bac Ninh). The landlord has sent us a bilingual draft (Vietnamese/English, 24 pages).</p>
<p>Could your firm <b>review the draft lease and send us comments</b>, especially on the termination, rent escalation and fire-safety clauses? Please also let us know your fee and how many working days you need. We would like to sign before <b>30 April</b>.</p>
<p>I will send the draft as soon as you confirm.</p>
<p>Best regards,</p>
<table style="border-left:3px solid #1f4e79;padding-left:8px;font-size:9pt;color:#444">
<tr><td><b>Park Ji-hoon</b> | Finance Manager</td></tr>
<tr><td>Daesung Vina Co., Ltd. | Tax code: 2301098765</td></tr>
<tr><td>Mobile: 090 882 1436 | jihoon.park@daesungvina.com</td></tr>
</table>
</body></html>
"""
add(21, std(addr("Park Ji-hoon", "jihoon.park@daesungvina.com"), INFO,
            "Review of factory lease agreement", date(10, 14, 20), uuid_id("daesungvina.com")),
    leaf(h, "html", "utf-8", "quoted-printable"), "service_request", "en",
    c=contact("Park Ji-hoon", "+84908821436", "jihoon.park@daesungvina.com"),
    note="HTML-only; tax code in the signature is not a phone.")

# g022 complaint vi (no diacritics, billing) -----------------------------
t = """Chao phong ke toan,

Ngay 02/4 toi da chuyen khoan 5.500.000d phi tu van hop dong mua ban can ho, noi dung "MXT phi tu van". Ngay 03/4 nhan vien cong ty lai gui link thanh toan, bao chua nhan duoc tien, toi chuyen them lan nua. Gio sao ke cho thay tai khoan cua toi (Techcombank 19036288410017) bi tru 2 lan, goi hotline 1800 63 65 thi cu hen "de em kiem tra".

Da 1 tuan roi. Toi yeu cau cong ty hoan lai 5.500.000d chuyen du trong tuan nay. Lam an kieu nay thi kho ma tin tuong.

Mai Xuan Truong - 0817 293 604
"""
add(22, std(addr("Mai Xuan Truong", "truong.maixuan@gmail.com"), SUPPORT,
            "bi tru tien 2 lan - yeu cau hoan tien", date(10, 9, 37), gmail_id()),
    gmail_alt_ascii(t), "complaint", "vi",
    c=contact("Mai Xuan Truong", "+84817293604", "truong.maixuan@gmail.com"),
    note="Bank account number and firm hotline are distractors.")

# g023 automated OOO en (no Auto-Submitted) ------------------------------
t = """Thank you for your email.

I am out of the office until Monday 27 April with limited access to email. For urgent matters please contact my assistant, Mai Nguyen, at +84 28 3535 7710 or admin@cresthaven-edu.com.

Laura Bennett
Head of Admissions, Cresthaven International School
"""
add(23, std(addr("Laura Bennett", "laura.bennett@cresthaven-edu.com"), INFO,
            "Automatic reply: Your consultation summary", date(22, 9, 15),
            outlook_id("cresthaven-edu.com"),
            extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "laura.bennett@cresthaven-edu.com"),
                   ("In-Reply-To", "<5f0a22c1-tuvan@haidanglaw.vn>")]),
    leaf(t, cte="7bit"), "unknown", "en", automated=True,
    note="Out-of-office without an Auto-Submitted header; only the subject prefix and body reveal it.")

# g024 unknown vi (CV) ----------------------------------------------------
t = """Kính gửi Bộ phận Nhân sự Công ty Luật TNHH Hải Đăng,

Em là Trịnh Ngọc Hân, sinh viên năm cuối Trường Đại học Luật TP.HCM, chuyên ngành Luật Thương mại. Qua trang tuyển dụng của công ty, em được biết công ty đang tuyển thực tập sinh pháp lý cho khối doanh nghiệp và em rất mong có cơ hội được học hỏi tại đây.

Em đã có 6 tháng cộng tác tại phòng pháp chế một công ty logistics, có chứng chỉ TOEIC 820 và sử dụng thành thạo tra cứu văn bản pháp luật. Em xin gửi kèm CV và bảng điểm.

Em có thể bắt đầu từ tháng 5/2026, thời gian toàn thời gian. Rất mong nhận được phản hồi từ anh chị.

Trân trọng,
Trịnh Ngọc Hân
SĐT: 0335 284 619
"""
add(24, std(addr("Trịnh Ngọc Hân", "ngochan.trinh.luat@gmail.com"), INFO,
            "Ứng tuyển vị trí Thực tập sinh pháp lý - Trịnh Ngọc Hân", date(11, 22, 40), gmail_id()),
    gmail_alt(t), "unknown", "vi",
    c=contact("Trịnh Ngọc Hân", "+84335284619", "ngochan.trinh.luat@gmail.com"),
    note="Job application, not a customer request.")

# g025 service_request vi (no diacritics, student) -----------------------
t = """Da chao luat su,

Em la sinh vien nam 2, thue phong tro o phuong Linh Xuan duoc 1 nam, dat coc 3 trieu. Thang truoc em bao truoc 30 ngay dung theo hop dong de tra phong nhung chu nha khong tra coc, noi la phong bi "xuong cap". Em co hop dong va hinh chup phong luc nhan.

Cho em hoi truong hop nay em co doi lai duoc khong va em nen lam gi? Neu can gap truc tiep thi thu 7 nay em ranh buoi sang a.

Sdt/Zalo: 0367.248.915
Em cam on.
Chau Gia Minh
"""
add(25, std(addr("Chau Gia Minh", "giaminh.chau2004@gmail.com"), INFO,
            "xin tu van ve tien coc phong tro", date(12, 21, 5), gmail_id()),
    gmail_alt_ascii(t), "service_request", "vi",
    c=contact("Chau Gia Minh", "+84367248915", "giaminh.chau2004@gmail.com"))

# g026 access_request vi (formal letter, multipart) ----------------------
t = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ĐƠN ĐỀ NGHỊ CUNG CẤP DỮ LIỆU CÁ NHÂN

Kính gửi: Công ty Luật TNHH Hải Đăng

Tôi tên là: Tạ Quang Huy, sinh ngày 05/09/1968
Số CCCD: 079068012345, cấp ngày 12/08/2021
Địa chỉ: 215 Hai Bà Trưng, Phường Tân Định, TP.HCM
Điện thoại: 0913 826 054

Năm 2023 tôi là khách hàng của Công ty trong vụ việc tranh chấp hợp đồng góp vốn. Căn cứ quy định của pháp luật về bảo vệ dữ liệu cá nhân, tôi đề nghị Công ty cung cấp cho tôi bản sao toàn bộ dữ liệu cá nhân của tôi mà Công ty đang lưu giữ, xử lý, trong thời hạn luật định.

Hình thức nhận: bản điện tử gửi qua email này.

Tôi xin cảm ơn.

Người làm đơn
Tạ Quang Huy
"""
add(26, std(addr("Tạ Quang Huy", "taquanghuy@vnn.vn"), SUPPORT,
            "Đơn đề nghị cung cấp dữ liệu cá nhân", date(13, 8, 45), uuid_id("vnn.vn"), extra=TBIRD),
    multipart("alternative", [leaf(t, cte="quoted-printable"),
                              leaf("<html><body><pre style=\"font-family:'Times New Roman'\">%s</pre></body></html>\n"
                                   % html.escape(t, quote=False), "html", "utf-8", "quoted-printable")]),
    "access_request", "vi",
    c=contact("Tạ Quang Huy", "+84913826054", "taquanghuy@vnn.vn", "215 Hai Bà Trưng, Phường Tân Định, TP.HCM"),
    note="12-digit CCCD number is a distractor.")

# g027 correction_request vi (new address) -------------------------------
t = """Chào anh Vinh, chào công ty,

Tôi là Lý Thị Thanh Tâm, khách hàng vụ kiện đòi nợ với Cty Phú Gia (luật sư Vinh phụ trách). Gia đình tôi vừa chuyển nhà, nên từ nay các giấy tờ, thông báo của tòa và của công ty gửi cho tôi xin gửi về địa chỉ mới:
46 đường số 9, khu dân cư Him Lam, Phường Tân Hưng, TP.HCM

Địa chỉ cũ ở 112 Bùi Minh Trực, Phường Chánh Hưng không còn ai nhận thư nữa, nhờ công ty sửa lại trong hồ sơ giúp tôi.
Số điện thoại 0976 315 820 vẫn như cũ.

Cảm ơn.
Thanh Tâm
"""
add(27, std(addr("Lý Thị Thanh Tâm", "thanhtam.ly.kt@gmail.com"), SUPPORT,
            "Thay đổi địa chỉ nhận hồ sơ", date(13, 19, 20), gmail_id()),
    gmail_alt(t), "correction_request", "vi",
    c=contact("Lý Thị Thanh Tâm", "+84976315820", "thanhtam.ly.kt@gmail.com",
              "46 đường số 9, khu dân cư Him Lam, Phường Tân Hưng, TP.HCM"),
    note="Ambiguous with service_request (logistics of an ongoing case), but the ask is to update the address on file; old address is a distractor.")

# g028 deletion_request vi (deceased father) -----------------------------
t = """Kính gửi Công ty Luật Hải Đăng,

Tôi là Đinh Công Khánh, con trai ông Đinh Công Lương (khách hàng của công ty từ năm 2022). Bố tôi đã mất hồi tháng 1 vừa rồi. Vậy mà công ty vẫn gửi thư và tin nhắn chúc mừng tới số 0913 209 771 của bố tôi, mẹ tôi đọc được thì rất buồn.

Gia đình đề nghị công ty xóa toàn bộ thông tin cá nhân của bố tôi khỏi hệ thống và ngừng gửi mọi thông báo. Nếu cần giấy chứng tử, tôi sẽ gửi bản scan.

Mọi liên hệ xin gọi cho tôi: 0975 640 138.

Đinh Công Khánh
"""
add(28, std(addr("Đinh Công Khánh", "khanh.dinhcong@gmail.com"), INFO,
            "Đề nghị xóa thông tin của bố tôi", date(14, 10, 12), gmail_id()),
    gmail_alt(t), "deletion_request", "vi",
    c=contact("Đinh Công Khánh", "+84975640138", "khanh.dinhcong@gmail.com"),
    note="Son asks to delete his late father's data; the father's number 0913 209 771 is not the sender's.")

# g029 service_request vi (privacy words about a third party) ------------
t = """Chào luật sư,

Tôi làm kế toán cho một công ty thương mại ở Tân Bình được 3 năm, nghỉ việc từ tháng 2. Sau khi tôi nghỉ, giám đốc cũ đã đăng ảnh CCCD, bảng lương và số điện thoại của tôi lên một nhóm Zalo hơn 200 người, kèm lời lẽ cho rằng tôi "ôm tiền bỏ trốn" (hoàn toàn không đúng sự thật). Từ đó tôi bị người lạ gọi điện làm phiền liên tục.

Tôi muốn hỏi: việc làm lộ dữ liệu cá nhân như vậy có vi phạm pháp luật không, tôi có thể yêu cầu bồi thường hoặc khởi kiện không? Tôi muốn đặt lịch gặp luật sư trong tuần tới và xin báo giá phí tư vấn.

Số của tôi: 0708 462 391
Quách Thị Diễm My
"""
add(29, std(addr("Quách Thị Diễm My", "diemmy.quach@gmail.com"), INFO,
            "Cần tư vấn: công ty cũ làm lộ dữ liệu cá nhân của tôi", date(14, 20, 30), gmail_id()),
    gmail_alt(t), "service_request", "vi",
    c=contact("Quách Thị Diễm My", "+84708462391", "diemmy.quach@gmail.com"),
    note="Data-leak vocabulary refers to her former employer, not the firm; she asks for legal advice and an appointment.")

# g030 complaint vi (sarcasm) --------------------------------------------
t = """Xin chân thành cảm ơn Quý công ty đã cho tôi trải nghiệm dịch vụ "nhanh chóng, chuyên nghiệp" đúng như quảng cáo trên website.

Hồ sơ thay đổi đăng ký kinh doanh "chỉ 5 ngày làm việc" của tôi nay đã sang ngày thứ 23. Mỗi lần gọi hỏi đều được trả lời rất "tận tình" là "dạ đang xử lý ạ". Nhân viên phụ trách thì đổi 3 lần, lần nào tôi cũng phải kể lại từ đầu.

Thật sự là một trải nghiệm đáng nhớ. Tôi đang cân nhắc chia sẻ trải nghiệm này lên Google và các hội nhóm doanh nghiệp để mọi người cùng "tham khảo".

Nguyễn Hoàng Long
Giám đốc - Công ty TNHH TM-DV Long Hoàng Phát
DĐ: 0918.457.206
"""
add(30, std(addr("Nguyễn Hoàng Long", "hoanglong.ng@gmail.com"), INFO,
            "Cảm ơn vì sự \"nhanh chóng\"", date(15, 11, 5), gmail_id()),
    gmail_alt(t), "complaint", "vi",
    c=contact("Nguyễn Hoàng Long", "+84918457206", "hoanglong.ng@gmail.com"),
    note="Sarcastic thanks: a complaint about delays with a bad-review threat, not a thank-you note.")

# g031 automated newsletter vi --------------------------------------------
t = """BẢN TIN PHÁP LÝ DOANH NGHIỆP - Số 15/2026

1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp xử lý yêu cầu xóa, chỉnh sửa, truy cập dữ liệu của khách hàng thế nào?
2. Thời hạn xử lý yêu cầu của chủ thể dữ liệu - những lỗi thường gặp
3. Mẫu thông báo khi xảy ra sự cố lộ lọt dữ liệu
4. Lịch hội thảo trực tuyến tháng 5/2026

Đọc toàn văn: https://phaplydoanhnghiep.vn/ban-tin/15-2026

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2
"""
h = """<html><body style="font-family:Arial;background:#f3f3f3">
<table width="600" align="center" style="background:#fff;padding:16px">
<tr><td><h2 style="color:#8b0000">BẢN TIN PHÁP LÝ DOANH NGHIỆP - Số 15/2026</h2></td></tr>
<tr><td><ol>
<li><a href="https://phaplydoanhnghiep.vn/ban-tin/15-2026#1">Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp xử lý yêu cầu xóa, chỉnh sửa, truy cập dữ liệu của khách hàng thế nào?</a></li>
<li><a href="https://phaplydoanhnghiep.vn/ban-tin/15-2026#2">Thời hạn xử lý yêu cầu của chủ thể dữ liệu - những lỗi thường gặp</a></li>
<li><a href="https://phaplydoanhnghiep.vn/ban-tin/15-2026#3">Mẫu thông báo khi xảy ra sự cố lộ lọt dữ liệu</a></li>
<li><a href="https://phaplydoanhnghiep.vn/ban-tin/15-2026#4">Lịch hội thảo trực tuyến tháng 5/2026</a></li>
</ol></td></tr>
<tr><td style="font-size:11px;color:#777">Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2">Hủy đăng ký</a></td></tr>
</table></body></html>
"""
add(31, std(addr("Bản tin Pháp lý Doanh nghiệp", "newsletter@phaplydoanhnghiep.vn"), INFO,
            "[Bản tin số 15/2026] Yêu cầu xóa, sửa dữ liệu khách hàng: doanh nghiệp cần làm gì?",
            date(15, 6, 0, ss=3), uuid_id("mail.phaplydoanhnghiep.vn"),
            extra=[("List-Id", "Ban tin Phap ly Doanh nghiep <bantin.phaplydoanhnghiep.vn>"),
                   ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=8f31c2>, <mailto:unsubscribe@phaplydoanhnghiep.vn>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk")]),
    multipart("alternative", [leaf(t, cte="quoted-printable"), leaf(h, "html", "utf-8", "quoted-printable")]),
    "unknown", "vi", automated=True,
    note="Bulk newsletter; subject and body are full of deletion/correction/access keywords.")

# g032 unknown vi (no diacritics, wrong recipient) -----------------------
t = """Chao chi Hien,

Em gui chi bien ban doi chieu cong no thang 3/2026 giua Cty TNHH Hai Dang Phat va cua hang VLXD Thanh Hien. Tong cong no con lai: 48.750.000d. Chi kiem tra, ky xac nhan va gui lai giup em truoc ngay 15/4 nha.

Tai khoan nhan: 0421000377812 - Vietcombank CN Binh Duong.

Can gi chi goi em 0394 617 285.
Cam on chi.

Ngoc Dung - Ke toan Cty TNHH Hai Dang Phat
"""
add(32, std(addr("Ke toan - Cty Hai Dang Phat", "ketoan@haidangphat.com.vn"), INFO,
            "doi chieu cong no thang 3/2026", date(7, 16, 10), outlook_id("haidangphat.com.vn"), extra=OUTLOOK),
    leaf(t, "plain", "us-ascii", "7bit"), "unknown", "vi",
    c=contact("Ngoc Dung", "+84394617285", "ketoan@haidangphat.com.vn"),
    note="Wrong recipient: a debt reconciliation meant for a building-materials shop (similar company name); nothing is asked of the firm.")

# g033 service_request vi (copies of her matter's documents) -------------
t = """Chào công ty,

Tháng 11/2025 tôi có ký hợp đồng dịch vụ pháp lý số 118/2025/HĐDV với công ty để làm thủ tục khai nhận di sản thừa kế. Bản gốc của tôi bị thất lạc khi chuyển nhà. Nay tôi cần nộp cho ngân hàng để giải trình khoản vay, nhờ công ty gửi lại giúp tôi bản scan hợp đồng có đóng dấu và các biên lai thu phí đã đóng (2 đợt). Nếu cần bản sao có dấu đỏ thì tôi qua văn phòng lấy cũng được.

Cảm ơn công ty.
Lương Thị Hải Yến
0982 157 460
"""
add(33, std(addr("Lương Thị Hải Yến", "haiyen.luong@fpt.vn"), SUPPORT,
            "Xin bản sao hợp đồng dịch vụ và biên lai", date(16, 9, 50), uuid_id("fpt.vn"), extra=TBIRD),
    leaf(t, cte="8bit"), "service_request", "vi",
    c=contact("Lương Thị Hải Yến", "+84982157460", "haiyen.luong@fpt.vn"),
    note="Asks for copies of her contract and receipts (documents of her matter), not of the personal data held about her -> service_request rather than access_request.")

# g034 access_request en -------------------------------------------------
t = """Dear Sir/Madam,

I spoke with your firm several times last year by phone and over Zalo about a tenancy dispute (in the end I did not engage you). At the start of the first call I was told that calls "may be recorded".

Could you please let me know whether you still hold any recordings, chat logs or notes from those conversations and, if so, send me copies? I would also like to know what other personal details of mine are on your system.

I can be reached at this email or on +65 9127 4408.

Regards,
Cheryl Tan
"""
add(34, std(addr("Cheryl Tan", "cheryl.tan.sg@gmail.com"), SUPPORT,
            "Records you keep about me", date(16, 13, 25, tz=8), gmail_id()),
    gmail_alt_ascii(t), "access_request", "en",
    c=contact("Cheryl Tan", "+6591274408", "cheryl.tan.sg@gmail.com"))

# g035 correction_request en (married name) ------------------------------
t = """Hi,

I got married in March and have changed my surname. You have me on file as Emma Carter (client ref. HD-IMM-2291, visa exemption certificate). Could you please update my records to Emma Lawson, and use this email address from now on instead of emma.carter88@yahoo.com?

My phone number hasn't changed: 0772 903 518.

Thanks!
Emma Lawson
"""
add(35, std(addr("Emma Lawson", "emma.lawson.hcm@gmail.com"), SUPPORT,
            "Name change - please update your records", date(16, 18, 40), gmail_id()),
    gmail_alt_ascii(t), "correction_request", "en",
    c=contact("Emma Lawson", "+84772903518", "emma.lawson.hcm@gmail.com"),
    note="Old name (Emma Carter) and old email appear; contact is the new ones.")

# g036 deletion_request en (reply to firm newsletter) --------------------
t = """Please take me off this list and delete my email address from your database. I signed up for one webinar two years ago, not for monthly newsletters.

Thanks.

On Thu, 16 Apr 2026 at 09:00, Hai Dang Law <newsletter@haidanglaw.vn> wrote:
> HAI DANG LAW NEWSLETTER - APRIL 2026
>
> * New rules on temporary residence cards for foreign investors
> * Personal data protection: what changes for employers in 2026
> * Free webinar: Buying property in Vietnam as a foreigner (8 May)
>
> Questions? Call our hotline 1800 63 65 or write to info@haidanglaw.vn.
> You are receiving this email because you registered for one of our events.
> Unsubscribe: https://haidanglaw.vn/newsletter/unsubscribe
"""
add(36, std(addr("Robert Chen", "rchen.vn@gmail.com"), "newsletter@haidanglaw.vn",
            "Re: Hai Dang Law Newsletter - April 2026", date(17, 7, 15), gmail_id(),
            extra=[("Cc", INFO), ("In-Reply-To", "<nl-2026-04.1f9c@haidanglaw.vn>"),
                   ("References", "<nl-2026-04.1f9c@haidanglaw.vn>")]),
    gmail_alt_ascii(t), "deletion_request", "en",
    c=contact("Robert Chen", None, "rchen.vn@gmail.com"),
    note="Human reply to the firm's newsletter: unsubscribe plus delete. The quoted bulk text is not his; name from From display.")

# g037 service_request en (base64 body) ----------------------------------
t = """Dear Sir or Madam,

My wife and I are planning to retire to Da Nang next year and would like to buy a two-bedroom apartment there. I am a British citizen; my wife, Tran Thi Thu, is Vietnamese but has lived in the UK for 20 years.

I would be grateful for advice on:
- whether I can own the apartment myself as a foreigner, and for how long;
- whether it is better to put it in my wife's name or in both names;
- what checks you would do on the developer before we pay a deposit.

Could you also send an estimate of your fees, and let me know whether a video call would be possible? UK afternoons suit us best. My wife's Vietnamese number, 0935 227 814, is only switched on when she is in Vietnam, so please use mine.

Yours faithfully,
Graham Whitfield
14 Orchard Close, Harrogate HG2 8QT, United Kingdom
Tel: +44 7700 914362
"""
add(37, std(addr("Graham Whitfield", "g.whitfield@btinternet.com"), INFO,
            "Buying an apartment in Da Nang as a foreigner", date(17, 9, 30, tz=1), uuid_id("btinternet.com")),
    leaf(t, "plain", "utf-8", "base64"), "service_request", "en",
    c=contact("Graham Whitfield", "+447700914362", "g.whitfield@btinternet.com",
              "14 Orchard Close, Harrogate HG2 8QT, United Kingdom"),
    note="Base64 body; the wife's Vietnamese number is a distractor.")

# g038 complaint vi (forwarded evidence of a leak) -----------------------
t = """Công ty giải thích giúp tôi chuyện này!

Tối qua một người tôi không hề quen nhắn cho tôi, nói là nhận được email từ nhân viên công ty có đính kèm đơn ly hôn của tôi, trong đó có đủ số CCCD, địa chỉ, thông tin con cái và tài sản. Anh ấy đã chuyển tiếp lại email bên dưới.

Đây là hồ sơ ly hôn, cực kỳ riêng tư. Tôi yêu cầu công ty: (1) giải thích vì sao để xảy ra chuyện này, (2) cho biết đã gửi nhầm cho bao nhiêu người, (3) liên hệ yêu cầu người nhận xóa email đó. Tôi đang cân nhắc báo cáo sự việc với cơ quan chức năng.

Cao Thị Thùy Linh - 0903 258 714

---------- Forwarded message ---------
Từ: Hứa Minh Trí <minhtri.hua@gmail.com>
Date: Th 4, 15 thg 4, 2026 lúc 20:11
Subject: Chắc gửi nhầm?
To: <thuylinh.cao.93@gmail.com>

Chào chị, tôi là Trí. Chiều nay tôi nhận được email của chị Trần Mỹ Linh bên Luật Hải Đăng có file "Don ly hon - Cao Thi Thuy Linh.pdf", chắc là gửi nhầm. Tôi báo để chị biết, cần gì chị gọi tôi 0938 771 062.
"""
add(38, std(addr("Cao Thị Thùy Linh", "thuylinh.cao.93@gmail.com"), SUPPORT,
            "Fwd: Chắc gửi nhầm? - Khiếu nại việc để lộ hồ sơ của tôi", date(16, 7, 45), gmail_id()),
    gmail_alt(t), "complaint", "vi",
    c=contact("Cao Thị Thùy Linh", "+84903258714", "thuylinh.cao.93@gmail.com"),
    note="Complaint about the firm leaking her file; side asks (how many recipients, have them delete it) do not make it access/deletion. Forwarded third party's phone 0938 771 062 is not hers.")

# g039 automated e-invoice notice vi (no diacritics) ---------------------
t = """Kinh gui: CONG TY LUAT TNHH HAI DANG
Ma so thue: 0315228904

Don vi CONG TY TNHH VAN PHONG PHAM THIEN LONG PHAT vua phat hanh hoa don dien tu cho Quy khach:
- Mau so: 1  Ky hieu: C26TVP  So: 0000412
- Ngay hoa don: 16/04/2026
- Tong tien thanh toan: 2.376.000 VND

Tra cuu hoa don tai: https://tracuu.sonhasoft.vn  Ma tra cuu: 7KX2QP91

Day la email tu dong tu he thong hoa don dien tu, vui long khong tra loi email nay.
"""
add(39, std(addr("He thong HDDT SonHa", "noreply@hoadon.sonhasoft.vn"), "ketoan@haidanglaw.vn",
            "Thong bao phat hanh hoa don dien tu so 0000412", date(16, 10, 2, ss=40),
            uuid_id("hoadon.sonhasoft.vn"),
            extra=[("Cc", INFO), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    leaf(t, "plain", "us-ascii", "7bit"), "unknown", "vi", automated=True)

# g040 unknown en (pure thanks) ------------------------------------------
t = """Dear Mr Vinh and team,

I just wanted to say thank you. The enterprise registration certificate arrived yesterday and everything went exactly as you said it would, on time and without any surprises.

I will certainly recommend you to friends at the Italian Chamber.

Best regards,
Marco Bellini
Bellini Gelato Saigon
+84 902 615 837
"""
add(40, std(addr("Marco Bellini", "marco.bellini@gmail.com"), INFO,
            "Thank you!", date(18, 10, 0), gmail_id()),
    gmail_alt_ascii(t), "unknown", "en",
    c=contact("Marco Bellini", "+84902615837", "marco.bellini@gmail.com"),
    note="Pure thanks after a finished matter; nothing is asked of the firm.")

# g041 service_request vi (accountant's phone distractor) ----------------
t = """Chào Công ty Luật Hải Đăng,

Công ty tôi thi công phần hoàn thiện cho một dự án nhà xưởng, chủ đầu tư còn nợ 1,2 tỷ đồng đã gần 2 năm, nhắc nhiều lần nhưng họ cứ hẹn lần hẹn lữa. Tôi muốn nhờ luật sư soạn và ký thư đòi nợ chính thức gửi chủ đầu tư, sau đó nếu họ vẫn không trả thì tư vấn phương án khởi kiện.

Hợp đồng, biên bản nghiệm thu, hóa đơn tôi đã dặn kế toán là chị Hoa (0977 583 106) chuẩn bị sẵn, luật sư cần gì cứ liên hệ chị ấy lấy. Còn trao đổi về phí và phương án thì anh chị gọi trực tiếp cho tôi: 0909 372 851.

Trân trọng,
Tôn Thất Bảo
Giám đốc - Công ty TNHH Xây dựng An Phú
MST: 0313905772
"""
add(41, std(addr("Tôn Thất Bảo", "baotonthat@xaydunganphu.vn"), INFO,
            "Nhờ soạn thư đòi nợ gửi chủ đầu tư", date(20, 8, 20), outlook_id("xaydunganphu.vn"), extra=OUTLOOK),
    outlook_alt(t, "xaydunganphu.vn"), "service_request", "vi",
    c=contact("Tôn Thất Bảo", "+84909372851", "baotonthat@xaydunganphu.vn"),
    note="The accountant's number (0977 583 106) and the tax code are distractors; the director gives his own number for contact.")

# g042 access_request vi (access, maybe correction later) ----------------
t = """Chào công ty,

Năm ngoái em có làm hồ sơ xin giấy phép lao động cho chồng qua công ty, lúc đó em cũng khai nhiều thông tin của em (ngày sinh, địa chỉ, nơi làm việc, số tài khoản...). Em muốn xin xem lại toàn bộ thông tin cá nhân của em mà công ty đang lưu, anh chị gửi bản tổng hợp qua email giúp em nhé. Nếu có chỗ nào sai hay cũ thì em sẽ báo lại để sửa sau.

SĐT: 0387 604 925
Kiều Thị Mỹ Hạnh
"""
add(42, std(addr("Kiều Thị Mỹ Hạnh", "myhanh.kieu@gmail.com"), SUPPORT,
            "Xin xem lại thông tin cá nhân trong hồ sơ", date(20, 21, 45), gmail_id()),
    gmail_alt(t), "access_request", "vi",
    c=contact("Kiều Thị Mỹ Hạnh", "+84387604925", "myhanh.kieu@gmail.com"),
    note="Mentions possible later corrections, but the present request is to see the data -> access_request.")

# g043 correction_request vi (HR correcting an employee's data) ----------
t = """Kính gửi anh chị phụ trách hồ sơ giấy phép lao động,

Em là Lại Thị Phương Thảo, chuyên viên nhân sự Công ty TNHH Thép Kim Long. Khi rà lại bộ hồ sơ công ty mình đang chuẩn bị cho chuyên gia Tanaka Hiroshi, em thấy ngày sinh của anh ấy đang ghi là 12/07/1979, trong khi hộ chiếu ghi 21/07/1979. Nhờ anh chị sửa lại ngày sinh trong dữ liệu và các tờ khai trước khi nộp giúp em.

Em gửi kèm ảnh trang thông tin hộ chiếu để đối chiếu.

Trân trọng,
Lại Thị Phương Thảo
Chuyên viên Nhân sự - Công ty TNHH Thép Kim Long
DĐ: 0357 128 664
"""
add(43, std(addr("Lại Thị Phương Thảo", "thao.lai@kimlongsteel.vn"), SUPPORT,
            "Sửa ngày sinh chuyên gia trong hồ sơ GPLĐ", date(21, 9, 5), outlook_id("kimlongsteel.vn"), extra=OUTLOOK),
    outlook_alt(t, "kimlongsteel.vn"), "correction_request", "vi",
    c=contact("Lại Thị Phương Thảo", "+84357128664", "thao.lai@kimlongsteel.vn"),
    note="HR asks to correct an employee's date of birth on file; could be read as part of the ongoing work-permit service, labelled correction. Contact is the HR officer, not the employee.")

# g044 deletion_request vi (withdraw consent, take down) -----------------
t = """Chào công ty,

Năm 2024 tôi có đồng ý cho công ty đăng bài cảm nhận khách hàng kèm ảnh chân dung và họ tên đầy đủ của tôi trên website và fanpage. Nay hoàn cảnh gia đình đã khác, tôi xin rút lại sự đồng ý đó.

Đề nghị công ty gỡ bài viết và ảnh của tôi trên cả website lẫn Facebook, đồng thời không giữ lại ảnh để dùng vào việc khác. Xong việc xin báo lại cho tôi qua số 0822 390 467.

Cảm ơn công ty.
Hà Thị Thanh Thủy
"""
add(44, std(addr("Hà Thị Thanh Thủy", "thuy.hathanh@gmail.com"), INFO,
            "Đề nghị gỡ bài cảm nhận có tên và ảnh của tôi", date(21, 15, 30), gmail_id()),
    gmail_alt(t), "deletion_request", "vi",
    c=contact("Hà Thị Thanh Thủy", "+84822390467", "thuy.hathanh@gmail.com"),
    note="Consent withdrawn with take-down and no further storage of her photo -> deletion.")

# g045 service_request vi (no diacritics, terse) -------------------------
t = """chao luat su. toi chay xe cong nghe, hom 18/4 bi 1 xe oto tong tu phia sau o nga tu Hang Xanh, gay chan, xe may hu nang. ben kia muon thuong luong 10tr nhung toi nam vien 5 ngay, nghi lam gan 1 thang. cho toi hoi muc boi thuong nhu vay co hop ly khong, co nen khoi kien khong. luat su goi giup toi so 0773 158 926, cam on

Sent from my Android
"""
add(45, std(addr("Pham Anh Tuan", "anhtuan.grab@gmail.com"), INFO,
            "tai nan giao thong can tu van gap", date(21, 22, 18), gmail_id()),
    leaf(t, "plain", "UTF-8", "7bit"), "service_request", "vi",
    c=contact("Pham Anh Tuan", "+84773158926", "anhtuan.grab@gmail.com"),
    note="No signature; name from From display.")

# g046 complaint en (Reply-To) -------------------------------------------
t = """To whom it may concern,

I had a 2 pm appointment at your office today about my business licence, which I confirmed yesterday through your hotline 1800 63 65. I arrived on time and waited 50 minutes. When I asked how much longer, your receptionist rolled her eyes, said something about me to a colleague in Vietnamese while laughing, and then told me in English that "foreigners are always in a hurry".

I have never been treated so rudely by a professional firm. I expect a written apology from a manager by Friday. If I don't hear back, I will leave a one-star Google review and share my experience in the expat business groups I belong to.

My mobile is 0901 227 389 if someone wants to call.

Sophie Martin
"""
add(46, std(addr("Sophie Martin", "sophie.martin@lumiere-hospitality.com"), INFO,
            "Extremely rude treatment at your front desk", date(22, 17, 50), outlook_id("lumiere-hospitality.com"),
            extra=[("Reply-To", "Sophie Martin <Sophie.Martin.Perso@gmail.com>")] + OUTLOOK),
    outlook_alt(t, "lumiere-hospitality.com"), "complaint", "en",
    c=contact("Sophie Martin", "+84901227389", "sophie.martin.perso@gmail.com"),
    note="Reply-To header points to a personal address, which is where she wants replies; From is her work address. Hotline quoted.")

# g047 automated ticket auto-ack en --------------------------------------
t = """Hi there,

Thanks for contacting CloudSign Support. Your request (#48213) "Yêu cầu cập nhật thông tin tài khoản doanh nghiệp" has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This is an automated message. Our typical response time is 1-2 business days.

CloudSign Support
"""
add(47, std(addr("CloudSign Support", "support@cloudsign.io"), INFO,
            "[CloudSign] Re: Yêu cầu cập nhật thông tin tài khoản doanh nghiệp", date(22, 4, 4, tz=0),
            "<8ZQ4W2_6632f1e0b2a3c_19c4d8@helpdesk.cloudsign.io.mail>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                   ("In-Reply-To", "<upd-acct-0422@haidanglaw.vn>")]),
    leaf(t, cte="quoted-printable"), "unknown", "en", automated=True,
    note="Vendor helpdesk auto-acknowledgement of the firm's own ticket; the Vietnamese subject looks like a correction request.")

# g048 unknown vi (holiday greetings) ------------------------------------
t = """Kính gửi Luật sư Nguyễn Quang Vinh cùng toàn thể anh chị Công ty Luật Hải Đăng,

Nhân dịp kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước 30/4 và Ngày Quốc tế Lao động 1/5, thay mặt Công ty CP Địa ốc Phúc Thịnh, tôi xin gửi lời chúc sức khỏe, an khang và thành công tới toàn thể Quý Công ty.

Cảm ơn các anh chị đã đồng hành cùng Phúc Thịnh trong suốt thời gian qua. Chúc mọi người có kỳ nghỉ lễ thật vui vẻ và ý nghĩa!

Trân trọng,
Trần Quốc Thịnh
Tổng Giám đốc - Công ty CP Địa ốc Phúc Thịnh
ĐT: 0908 611 724
"""
add(48, std(addr("Trần Quốc Thịnh", "thinh.tranquoc@phucthinhland.vn"), INFO,
            "Chúc mừng Đại lễ 30/4 - 1/5", date(29, 8, 0), outlook_id("phucthinhland.vn"), extra=OUTLOOK),
    outlook_alt(t, "phucthinhland.vn"), "unknown", "vi",
    c=contact("Trần Quốc Thịnh", "+84908611724", "thinh.tranquoc@phucthinhland.vn"),
    note="Holiday greetings from a client; nothing requested.")

# g049 service_request en (forward of internal mail) ---------------------
t = """Dear Hai Dang team,

Forwarding below the note from our Production Director. Could you please update us on the status of the work permit applications for our three Japanese engineers (Mr Sato, Mr Ito and Ms Kimura) that you filed with the Department of Home Affairs on 24 March? They are due to start on 4 May and we need to know whether to postpone their flights.

Best regards,
Nguyen Thi Bich Tram
HR Executive | Sunrise Electronics Vietnam Co., Ltd.
M: +84 96 184 2735

---------- Forwarded message ---------
From: Hiroshi Yamada <h.yamada@sunrise-electronics.vn>
Date: Wed, Apr 22, 2026 at 5:48 PM
Subject: Work permits - engineers from Osaka
To: Nguyen Thi Bich Tram <tram.nguyen@sunrise-electronics.vn>

Tram-san,

Please check with the law firm whether the work permits will be ready before 4 May. If not, we must change flight bookings this week. Call me on 0912 660 384 after you hear from them.

Yamada
"""
add(49, std(addr("Bich Tram Nguyen", "tram.nguyen@sunrise-electronics.vn"), INFO,
            "Fwd: Work permits - engineers from Osaka", date(23, 10, 40), gmail_id()),
    gmail_alt(t), "service_request", "en",
    c=contact("Nguyen Thi Bich Tram", "+84961842735", "tram.nguyen@sunrise-electronics.vn"),
    note="Forward: the Production Director's number in the forwarded note is not the sender's.")

# g050 access_request vi (no diacritics, student) ------------------------
t = """Chao anh chi,

Em la Luu Thi Kim Ngan. Hoi thang 10/2025 em co tham gia buoi tu van phap luat mien phi cho sinh vien do cong ty to chuc o truong va co dien phieu dang ky. Em muon xin ban sao nhung thong tin ca nhan cua em ma cong ty dang luu tu phieu do (va cac thong tin khac neu co), gui qua email nay giup em a.

Em cam on.
SDT 0868 407 152
"""
add(50, std(addr("Kim Ngan", "kimngan.luu2005@gmail.com"), SUPPORT,
            "xin ban sao thong tin ca nhan", date(23, 20, 15), gmail_id()),
    gmail_alt_ascii(t), "access_request", "vi",
    c=contact("Luu Thi Kim Ngan", "+84868407152", "kimngan.luu2005@gmail.com"))

# g051 correction_request vi (no diacritics) -----------------------------
t = """Chao cong ty,

Toi la Kha Van Phuc. Hom truoc nhan ban nhap hop dong uy quyen cong ty gui, toi thay ghi nam sinh cua toi la 1965, dung ra la 1962. So CCCD ghi 038062004417 la so cu, so moi cua toi la 038062011953. Nho cong ty sua lai thong tin cua toi trong ho so cho dung.

Dien thoai: 0912.530.687
Kha Van Phuc
"""
add(51, std(addr("phuc kha", "phuc.khavan62@gmail.com"), SUPPORT,
            "sai nam sinh trong ho so", date(24, 9, 22), gmail_id()),
    gmail_alt_ascii(t), "correction_request", "vi",
    c=contact("Kha Van Phuc", "+84912530687", "phuc.khavan62@gmail.com"),
    note="Two 12-digit CCCD numbers are distractors.")

# g052 deletion_request vi (no diacritics) -------------------------------
t = """Chao cong ty,

Thang 2 toi co den van phong hoi ve thu tuc mua ban dat va de lai ban photo so do, CCCD cua 2 vo chong de luat su xem truoc. Sau do gia dinh quyet dinh khong mua nua.

Toi de nghi cong ty tieu huy cac ban photo do va xoa luon ban scan neu co, khong luu lai. Cam on.

Vu Thi Thanh Hai - 0354 871 209
"""
add(52, std(addr("Vu Thi Thanh Hai", "thanhhai.vu1979@yahoo.com"), INFO,
            "huy giay to photo", date(24, 14, 10), yahoo_id(),
            extra=[("X-Mailer", "WebService/1.1.25113 YMailNorrin")]),
    leaf(t, "plain", "us-ascii", "7bit"), "deletion_request", "vi",
    c=contact("Vu Thi Thanh Hai", "+84354871209", "thanhhai.vu1979@yahoo.com"))

# g053 service_request vi (windows-1258) ---------------------------------
t = """Kính gửi luật sư,

Tôi là Bạch Văn Chiến, năm nay 68 tuổi. Sổ đỏ nhà tôi cấp năm 2004 ghi sai tên tôi thành "Bạch Văn Chiếng" và sai cả số thửa. Nay tôi muốn làm thủ tục đính chính sổ để sang tên cho con, nhưng lên văn phòng đăng ký đất đai thì được hướng dẫn lòng vòng mãi.

Xin luật sư cho tôi một buổi hẹn để tư vấn, nếu được thì nhận làm giúp hồ sơ trọn gói.

Nhà tôi ở: 73 Lê Hồng Phong, Phường Phú Lợi, TP.HCM
Điện thoại: 0918 306 447

Bạch Văn Chiến
"""
add(53, std(addr("Bạch Văn Chiến", "bachvanchien1958@gmail.com", "Q", "windows-1258"), INFO,
            "Hỏi thủ tục đính chính sổ đỏ", date(25, 8, 33), uuid_id("gmail.com"),
            extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
            subj_mode="Q", subj_charset="windows-1258"),
    leaf(t, "plain", "windows-1258", "8bit"), "service_request", "vi",
    c=contact("Bạch Văn Chiến", "+84918306447", "bachvanchien1958@gmail.com",
              "73 Lê Hồng Phong, Phường Phú Lợi, TP.HCM"),
    note="'Đính chính' a wrong name on the land certificate is a legal service, not a correction of data the firm holds. Body is windows-1258 with combining tone marks; compare after NFC.")

# g054 complaint vi (no diacritics, cancel + refund) ---------------------
t = """Toi ky hop dong dich vu xin giay chung nhan co so du dieu kien an toan thuc pham cho quan an ngay 10/3 va da dat coc 4 trieu. Tu do den nay nhan vien phu trach chi den khao sat 1 lan roi im lang, nhan tin khong tra loi, goi thi bao dang ban. Quan toi dang bi phuong nhac nho.

Toi muon huy hop dong va yeu cau cong ty hoan lai tien coc 4.000.000d vi cong ty khong thuc hien dung cam ket. Neu khong giai quyet toi se gui don len Hoi bao ve quyen loi nguoi tieu dung.

Doan Thi Kim Thoa
Quan an Kim Thoa - 27 Pham Van Dong, phuong Hiep Binh, TP.HCM
0986 742 310
"""
add(54, std(addr("Doan Thi Kim Thoa", "kimthoa.doan@gmail.com"), INFO,
            "yeu cau huy hop dong va hoan tien coc", date(27, 10, 45), gmail_id()),
    gmail_alt_ascii(t), "complaint", "vi",
    c=contact("Doan Thi Kim Thoa", "+84986742310", "kimthoa.doan@gmail.com",
              "27 Pham Van Dong, phuong Hiep Binh, TP.HCM"),
    note="'huy hop dong' means cancelling the service contract (with a refund demand), not deleting data.")

# g055 automated bounce vi -----------------------------------------------
t = """Đây là thông báo tự động từ hệ thống thư điện tử mail.tanphuoc-group.vn.

Thư của bạn không thể chuyển tới người nhận sau:

    dung.pham@tanphuoc-group.vn
    Lý do: Hộp thư của người nhận đã đầy (552 5.2.2 Mailbox full)

Hệ thống sẽ không thử gửi lại thư này.

------ Phần đầu thư gốc ------
From: Trần Mỹ Linh <linh.tran@haidanglaw.vn>
To: dung.pham@tanphuoc-group.vn
Subject: Xác nhận lịch hẹn tư vấn ngày 22/4
Date: Mon, 20 Apr 2026 16:18:05 +0700

Kính gửi anh Phạm Quốc Dũng,
Công ty xác nhận lịch hẹn tư vấn của anh lúc 9h00 ngày 22/4/2026 tại văn phòng. Nếu cần đổi lịch, anh vui lòng gọi 1800 63 65.
"""
add(55, std(addr("Hệ thống thư điện tử", "mailer-daemon@mail.tanphuoc-group.vn"), "linh.tran@haidanglaw.vn",
            "Thư không gửi được: Xác nhận lịch hẹn tư vấn ngày 22/4", date(20, 16, 20, ss=9),
            uuid_id("mail.tanphuoc-group.vn"),
            extra=[("Cc", SUPPORT), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "dung.pham@tanphuoc-group.vn")]),
    leaf(t, cte="quoted-printable"), "unknown", "vi", automated=True,
    note="Vietnamese-language bounce (mailbox full) of the firm's appointment confirmation.")

# g056 complaint vi (data shared with brokers) ---------------------------
t = """Kính gửi Ban lãnh đạo Công ty Luật Hải Đăng,

Cuối tháng 3 tôi có đến công ty nhờ luật sư kiểm tra pháp lý một căn hộ ở dự án The Aurora, có cung cấp họ tên, số điện thoại, ngân sách dự kiến. Chỉ 1 tuần sau, tôi nhận liên tục cuộc gọi của 4-5 môi giới bất động sản, người nào cũng biết tên tôi, biết tôi đang quan tâm dự án nào và ngân sách bao nhiêu. Một người (số 0909 113 580) còn nói là "được bên luật giới thiệu".

Tôi thật sự thất vọng. Một công ty luật mà không giữ được bí mật của khách hàng thì tôi không biết phải tin vào đâu. Đề nghị công ty kiểm tra nội bộ và trả lời tôi rõ ràng: ai đã chia sẻ thông tin của tôi, và công ty xử lý việc này thế nào.

Tăng Mỹ Phụng
0931 845 270
"""
add(56, std(addr("Tăng Mỹ Phụng", "myphung.tang@gmail.com"), INFO,
            "Vì sao thông tin của tôi đến tay môi giới bất động sản?", date(27, 19, 55), gmail_id()),
    gmail_alt(t), "complaint", "vi",
    c=contact("Tăng Mỹ Phụng", "+84931845270", "myphung.tang@gmail.com"),
    note="Grievance about the firm sharing her data; she asks for an investigation, not access or removal. The broker's number is a distractor.")

# g057 unknown vi (no diacritics, SEO pitch) -----------------------------
t = """Chao anh/chi quan tri website haidanglaw.vn,

Em thay website ben minh dang o trang 3-4 Google voi cac tu khoa "luat su ly hon", "tu van thanh lap cong ty". Ben em nhan SEO tong the + backlink bao chi, CAM KET len top 10 trong 60 ngay, khong len khong lay tien. Gia chi tu 4.900.000d/thang.

Anh chi quan tam thi nhan Zalo em de em gui bao cao audit website mien phi nha.

Lien he: Hoang Minh Quang - 0899 425 117 (Zalo)
"""
add(57, std(addr("Quang SEO", "quangseo.freelancer@gmail.com"), INFO,
            "tang top google cho website luat - cam ket len trang 1", date(28, 11, 11), gmail_id()),
    gmail_alt_ascii(t), "unknown", "vi",
    c=contact("Hoang Minh Quang", "+84899425117", "quangseo.freelancer@gmail.com"),
    note="Individual's sales spam (not automated); name from the body, the From display is a nickname.")

# g058 complaint en (HTML only) ------------------------------------------
h = """<html><body style="font-family:Verdana;font-size:13px">
<p>Dear Sirs,</p>
<p>The distribution agreement your firm drafted and &quot;checked&quot; for us in March named our counterparty as <i>Hai Long Trading JSC</i> instead of <i>Hai Long Seafood JSC</i>. We signed it relying on your review. The buyer's bank has now rejected the letter of credit because the names do not match, the first shipment is stuck in Cat Lai port and we have already paid USD 3,400 in demurrage.</p>
<p>This is a basic error that should never have happened. I expect:</p>
<ul><li>a written explanation of how this was missed;</li>
<li>a corrected agreement at no charge, within 3 working days;</li>
<li>a proposal on compensation for the demurrage costs.</li></ul>
<p>If this is not handled properly we will look for other counsel and consider our options.</p>
<p>Viktor Petrov<br>Managing Director, Baltic Seafood Trading LLC<br>Representative office: 9th floor, 02 Hai Trieu, Sai Gon Ward, HCMC<br>Tel. +84 28 3910 4456</p>
</body></html>
"""
add(58, std(addr("Viktor Petrov", "v.petrov@baltic-seafood.com"), INFO,
            "Serious error in the distribution agreement you drafted", date(28, 15, 35), uuid_id("baltic-seafood.com")),
    leaf(h, "html", "utf-8", "quoted-printable"), "complaint", "en",
    c=contact("Viktor Petrov", "+842839104456", "v.petrov@baltic-seafood.com"),
    note="HTML-only complaint about a drafting mistake; asking for a corrected agreement is remedy, not a new service request. The office address is his company's representative office.")

# g059 complaint vi (top-posted reply to fee notice) ---------------------
t = """Chị Hà,

Phí giai đoạn 2 là 35 triệu thì khác hẳn báo giá ban đầu luật sư Vinh gửi tôi (trọn gói 40 triệu cho cả vụ, tôi đã đóng 20 triệu). Giờ cộng lại thành 55 triệu? Không ai báo trước với tôi về khoản phát sinh nào. Tôi không đồng ý thanh toán khoản này cho tới khi công ty giải thích rõ và gửi lại bảng kê chi tiết.

Nói thật là tôi thấy mình như bị "úp sọt".

Nhân
0908 224 561

Vào 10:15 Th 2, 20/4/2026, Phạm Thu Hà <ketoan@haidanglaw.vn> đã viết:
> Kính gửi anh Nhân,
>
> Công ty xin thông báo phí dịch vụ giai đoạn 2 (tham gia tố tụng sơ thẩm) vụ tranh chấp hợp đồng mua bán hàng hóa là 35.000.000 đồng. Anh vui lòng chuyển khoản vào STK 0071 0012 34567 - Vietcombank trước ngày 30/4/2026.
>
> Mọi thắc mắc xin liên hệ hotline 1800 63 65.
> Phạm Thu Hà - Kế toán, Công ty Luật TNHH Hải Đăng
"""
add(59, std(addr("Võ Thành Nhân", "nhan.vothanh@gmail.com"), "ketoan@haidanglaw.vn",
            "Re: Thông báo phí dịch vụ giai đoạn 2 - vụ tranh chấp hợp đồng", date(21, 8, 5), gmail_id(),
            extra=[("Cc", INFO), ("In-Reply-To", "<phi-gd2-0420@haidanglaw.vn>"),
                   ("References", "<phi-gd2-0420@haidanglaw.vn>")]),
    gmail_alt(t), "complaint", "vi",
    c=contact("Võ Thành Nhân", "+84908224561", "nhan.vothanh@gmail.com"),
    note="Top-posted reply; quoted firm text has the firm's account number and hotline. Full name from From display.")

# g060 complaint vi (no diacritics, rude lawyer) -------------------------
t = """Kinh gui ban giam doc cong ty,

Toi la Truong Cong Danh, khach hang vu tranh chap thua ke (luat su Hoa phu trach). Hom thu Ba toi len van phong hoi ve tien do thi luat su Hoa noi chuyen rat coc can, con noi "anh khong hieu luat thi de toi lam, hoi nhieu mat thoi gian". Toi tra tien de duoc tu van chu khong phai de bi coi thuong.

De nghi cong ty xem lai cach lam viec cua luat su nay va cho toi doi luat su khac phu trach ho so.

SDT: 0393 702 816
Truong Cong Danh
"""
add(60, std(addr("Truong Cong Danh", "congdanh.truong@gmail.com"), INFO,
            "phan anh thai do cua luat su", date(29, 16, 40), gmail_id()),
    gmail_alt_ascii(t), "complaint", "vi",
    c=contact("Truong Cong Danh", "+84393702816", "congdanh.truong@gmail.com"),
    note="Asks for a different lawyer, but the message is a grievance about staff behaviour -> complaint.")


# ======================================================================
def main():
    assert len(MESSAGES) == 60, len(MESSAGES)
    for fn, data in MESSAGES:
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
