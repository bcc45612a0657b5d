#!/usr/bin/env python3
"""Generate holdout set 9: 50 raw RFC 5322 messages (t001..t050.eml) + labels.json.

Fictional firm: Công ty Luật TNHH Trường An (truonganlaw.vn), hotline 1800 63 65.
Theme: small-business owners and company staff writing about business matters.
Standard library only; deterministic output.
"""
import base64
import json
import os
import quopri
import random
import unicodedata
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"
RNG = random.Random(9009)
INFO = "info@truonganlaw.vn"
SUPPORT = "support@truonganlaw.vn"

# ----------------------------------------------------------------- encoding helpers

def _q_word(data: bytes) -> str:
    out = []
    for b in data:
        c = chr(b)
        if c.isalnum() and b < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def enc_words(text, enc="B", charset="UTF-8"):
    """RFC 2047 encoded words, folded; splits on character boundaries."""
    if all(ord(c) < 128 for c in text):
        return text
    codec = {"UTF-8": "utf-8", "utf-8": "utf-8"}.get(charset)
    words, chunk = [], ""
    limit = 42 if enc == "B" else 24
    for ch in text:
        trial = chunk + ch
        raw = trial.encode(codec) if codec else to_cp1258(trial)
        if len(raw) > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    res = []
    for w in words:
        raw = w.encode(codec) if codec else to_cp1258(w)
        if enc == "B":
            payload = base64.b64encode(raw).decode()
        else:
            payload = _q_word(raw)
        res.append("=?%s?%s?%s?=" % (charset, enc, payload))
    return (CRLF + " ").join(res)


def addr(name, email, enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (enc_words(name, enc), email)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Windows-1258 the way Vietnamese legacy software writes it: base letter + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        if tones:
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out += base.encode("cp1258") + tones.encode("cp1258")
        else:
            out += ch.encode("cp1258")
    return bytes(out)


def crlf(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\n", CRLF)


def body_bytes(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if charset.lower() in ("windows-1258", "cp1258"):
        raw = to_cp1258(text)
    else:
        raw = text.encode("utf-8")
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
        return crlf(enc).encode("ascii")
    if cte == "base64":
        return crlf(base64.encodebytes(raw).decode("ascii")).encode("ascii")
    # 7bit / 8bit
    return raw.replace(b"\n", b"\r\n")


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str (may contain folded CRLF)
        self.body = body        # bytes

    def serialize(self):
        head = CRLF.join(self.headers).encode("utf-8")
        return head + b"\r\n\r\n" + self.body


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", extra=None, format_flowed=False):
    params = '; charset="%s"' % charset
    if format_flowed:
        params += "; format=flowed"
    hdrs = ["Content-Type: %s%s" % (ctype, params), "Content-Transfer-Encoding: %s" % cte]
    if extra:
        hdrs += extra
    return Part(hdrs, body_bytes(text, charset, cte))


def attachment(ctype, filename, data: bytes, inline=False):
    hdrs = [
        'Content-Type: %s; name="%s"' % (ctype, filename),
        'Content-Disposition: %s; filename="%s"' % ("inline" if inline else "attachment", filename),
        "Content-Transfer-Encoding: base64",
    ]
    return Part(hdrs, crlf(base64.encodebytes(data).decode()).encode())


def raw_part(hdrs, text):
    return Part(hdrs, crlf(text).encode("utf-8"))


def boundary(style):
    h = "".join(RNG.choice("0123456789abcdef") for _ in range(28))
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h.upper() + "_"
    if style == "apple":
        return "Apple-Mail-" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper()
    return "----=_Part_" + str(RNG.randint(10000, 99999)) + "_" + str(RNG.randint(10 ** 8, 10 ** 9))


def multipart(subtype, parts, style="gmail", params=""):
    b = boundary(style)
    chunks = []
    for p in parts:
        chunks.append(b"--" + b.encode() + b"\r\n" + p.serialize() + b"\r\n")
    body = b"".join(chunks) + b"--" + b.encode() + b"--\r\n"
    hdrs = ['Content-Type: multipart/%s;%s%s boundary="%s"' % (subtype, params, CRLF, b)]
    return Part(hdrs, body)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text, style="gmail"):
    paras = [p for p in text.replace("\r\n", "\n").split("\n\n")]
    if style == "outlook":
        out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
               '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>',
               '</head><body lang="EN-US"><div class="WordSection1">']
        for p in paras:
            for line in p.split("\n"):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(line) or "&nbsp;"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append("</div></body></html>")
        return "\n".join(out) + "\n"
    if style == "apple":
        out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>',
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
        for p in paras:
            out.append("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div><div><br></div>")
        out.append("</body></html>")
        return "\n".join(out) + "\n"
    out = ['<div dir="ltr">']
    for p in paras:
        out.append("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div><div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def msgid(style, domain):
    r = RNG
    if style == "gmail":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") for _ in range(44))
        return "<CA%s@mail.gmail.com>" % s
    if style == "outlook":
        srv = r.choice(["SG2PR06MB", "TYZPR04MB", "KL1PR01MB", "SEYPR02MB", "PSAPR03MB"]) + str(r.randint(1000, 9999))
        h = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (srv, h, srv, r.randint(1, 6))
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 12, 10 ** 13))
    if style == "apple":
        h = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], domain)
    h = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return "<%s.%s@%s>" % (h[:12], h[12:], domain)


def date(s, tz=7):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=tz)))
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + ("%+03d00" % tz)


STYLE_HEADERS = {
    "gmail": [],
    "outlook": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "X-Mailer: Microsoft Outlook 16.0"],
    "yahoo": ["X-Mailer: WebService/1.1.23187 YMailNorrin"],
    "apple": ["X-Mailer: iPhone Mail (22D82)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "generic": [],
}


def message(m):
    st = m.get("style", "gmail")
    frm_email = m["from"][1]
    dom = frm_email.split("@")[1]
    hdrs = []
    if st != "gmail":
        hdrs.append("MIME-Version: 1.0")
    hdrs.append("From: " + addr(m["from"][0], frm_email, m.get("name_enc", "B")))
    hdrs.append("To: " + m.get("to", INFO))
    if m.get("cc"):
        hdrs.append("Cc: " + m["cc"])
    subj = m["subject"]
    hdrs.append("Subject: " + (m["subject_raw"] if m.get("subject_raw") else enc_words(subj, m.get("subj_enc", "B"), m.get("subj_charset", "UTF-8"))))
    hdrs.append("Date: " + date(m["date"], m.get("tz", 7)))
    hdrs.append("Message-ID: " + m.get("message_id", msgid(st, dom)))
    if m.get("in_reply_to"):
        hdrs.append("In-Reply-To: " + m["in_reply_to"])
        hdrs.append("References: " + m["in_reply_to"])
    hdrs += m.get("extra_headers", [])
    hdrs += STYLE_HEADERS.get(st, [])
    if st == "gmail":
        hdrs.append("MIME-Version: 1.0")
    part = m["body"]
    head = CRLF.join(hdrs + part.headers).encode("utf-8")
    return head + b"\r\n\r\n" + part.body


def alt(text, style, cte="quoted-printable", charset="utf-8", html=None):
    return multipart("alternative", [
        leaf("text/plain", text, charset, cte),
        leaf("text/html", html if html is not None else html_from_text(text, style), charset, cte),
    ], style)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def C(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email.lower() if email else None, "address": address}


NULL = C()
M = []  # messages

# ====================================================================== SERVICE REQUESTS

M.append(dict(
    key="S1", style="gmail",
    **{"from": ("Huỳnh Thị Mỹ Dung", "mydung.tiemvai@gmail.com")},
    subject="Hỏi thủ tục chuyển hộ kinh doanh lên công ty TNHH",
    date="2026-01-13 21:47:10",
    body=alt("""Chào Luật Trường An,

Tôi bán vải sỉ theo hình thức hộ kinh doanh ở chợ Tân Bình được gần 9 năm. Năm nay doanh thu vượt ngưỡng, cán bộ thuế cũng gợi ý nên lên công ty để xuất hóa đơn cho mối sỉ ở các tỉnh cho tiện.

Tôi muốn hỏi mấy chuyện:
1. Chuyển từ hộ kinh doanh sang công ty TNHH một thành viên thì hồ sơ gồm những gì, bao lâu xong?
2. Hàng tồn kho và sạp đang thuê đứng tên cá nhân tôi thì xử lý ra sao khi chuyển?
3. Phí trọn gói bên mình bao nhiêu (có gồm khắc dấu, chữ ký số, mở tài khoản ngân hàng không)?

Mã số thuế hộ kinh doanh hiện tại của tôi: 8034517269.

Nếu cần gặp trực tiếp thì chiều thứ Ba hoặc thứ Năm tuần sau tôi sắp xếp được. Số tôi 0938 214 557, có Zalo.

Huỳnh Thị Mỹ Dung
""", "gmail"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Huỳnh Thị Mỹ Dung", "+84938214557", "mydung.tiemvai@gmail.com"),
               note="10-digit household-business tax code 8034517269 is not a phone number."),
))

M.append(dict(
    key="S2", style="gmail",
    **{"from": ("Phan Thanh Tung", "tungphan.vlxd@gmail.com")},
    subject="can tu van thu hoi no",
    date="2026-02-24 22:15:41",
    body=leaf("text/plain", """chao a/c
e co cua hang VLXD o Di An, 1 ong thau cong trinh no e gan 180tr tu thang 8 nam ngoai, hen hoai ko tra, dua sec thi ngan hang tra ve vi tk ko du tien. e con giu hoa don + bien ban doi chieu cong no co chu ky ben do.
gio e muon kien hoac lam sao lay lai dc tien thi ben mk nhan lam ko, phi tinh sao a?
e muon hen gap ls noi chuyen truc tiep, t7 nay dc ko
sdt e 0975.630.218
Tung
""", "UTF-8", "7bit"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Phan Thanh Tung", "+84975630218", "tungphan.vlxd@gmail.com"),
               note="No diacritics; full name only in the From display name, signature has the given name only."),
))

S3_QUOTED = """Chào anh Bảo,

Về trường hợp người lao động tự ý nghỉ việc anh hỏi hôm qua, em gửi anh danh sách tài liệu cần rà trước khi quyết định hình thức xử lý:
- Bảng chấm công 3 tháng gần nhất;
- Các thư, tin nhắn công ty đã gửi yêu cầu người lao động quay lại làm việc và bằng chứng đã gửi;
- Nội quy lao động đã đăng ký và hợp đồng lao động của người đó.

Anh gửi em khi có đủ nhé, em sẽ cho ý kiến cụ thể.

Phạm Thu Trang
Luật sư
Công ty Luật TNHH Trường An
Hotline: 1800 63 65 | ĐT: 028 3930 7714
Tầng 7, 14B Kỳ Đồng, Phường Nhiêu Lộc, TP. Hồ Chí Minh
"""

M.append(dict(
    key="S3", style="outlook",
    **{"from": ("Trần Quốc Bảo - HCNS", "bao.tq@kimphatplastic.com.vn")},
    to=SUPPORT, cc="Phạm Thu Trang <trang.pham@truonganlaw.vn>".replace("Phạm Thu Trang", enc_words("Phạm Thu Trang", "Q")),
    subject="RE: V/v tư vấn xử lý kỷ luật lao động", subj_enc="Q",
    date="2026-02-06 09:32:05",
    in_reply_to="<a41c9e07-55d2-4b8e-9f3a-2c61d0e8b713@truonganlaw.vn>",
    body=alt("""Chào LS Trang,

Cảm ơn chị đã gửi danh sách. Bên em rà lại rồi: anh công nhân đó nghỉ không phép tổng cộng 6 ngày trong tháng 1, công ty có 2 lần gửi thư mời về làm việc, đều có biên nhận bưu điện. Nội quy lao động đã đăng ký với Sở từ 2023.

Em nhờ chị xem giúp với tình tiết như vậy thì công ty áp dụng sa thải được chưa, hay nên thỏa thuận chấm dứt cho an toàn? Nếu được, chị soạn giúp em biên bản họp xử lý kỷ luật và quyết định luôn, phí bên em thanh toán theo phụ lục hợp đồng tư vấn thường xuyên.

Thứ Sáu này em lên văn phòng được, chị báo giờ giúp em.

Trân trọng,
Trần Quốc Bảo
Trưởng phòng Hành chính - Nhân sự
Công ty TNHH Nhựa Kim Phát
Mobile: 0903 118 426

-----Original Message-----
From: Phạm Thu Trang <trang.pham@truonganlaw.vn>
Sent: Thursday, February 5, 2026 4:12 PM
To: bao.tq@kimphatplastic.com.vn
Subject: V/v tư vấn xử lý kỷ luật lao động

""" + S3_QUOTED, "outlook"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Trần Quốc Bảo", "+84903118426", "bao.tq@kimphatplastic.com.vn"),
               note="Top-posted reply; quoted firm signature carries the hotline, firm landline and firm address. From display name has a department suffix."),
))

S4_HTML = """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 10pt;">
<p>Kính gửi Quý Công ty,</p>
<p>Công ty TNHH Bánh kẹo Hương Quê chuẩn bị ký hợp đồng nguyên tắc mua bao bì giấy với một nhà cung cấp ở Long An, giá trị ước khoảng <b>2,4 tỷ đồng/năm</b>. Bên bán đã gửi dự thảo của họ nhưng Giám đốc muốn có luật sư soạn bản của phía mình.</p>
<p>Phạm vi chúng tôi cần:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>1</td><td>Soạn hợp đồng nguyên tắc và mẫu đơn đặt hàng kèm theo</td></tr>
<tr><td>2</td><td>Điều khoản phạt giao hàng trễ, đổi trả hàng lỗi in</td></tr>
<tr><td>3</td><td>Góp ý dự thảo của bên bán (bản PDF chúng tôi sẽ gửi sau)</td></tr>
</table>
<p>Lưu ý: dự thảo cũ của bên bán ghi sai mã số thuế của chúng tôi, nhờ luật sư điền đúng là <b>1101928374</b> trong bản mới.</p>
<p>Xin Quý Công ty báo phí và thời gian hoàn thành. Chúng tôi mong có bản đầu tiên trước 20/3.</p>
<p>Liên hệ: Kim Oanh &ndash; Kế toán trưởng &ndash; 0357 402 961</p>
</body>
</html>
"""

M.append(dict(
    key="S4", style="generic",
    **{"from": ("Lương Thị Kim Oanh", "oanh.ketoan@banhkeohuongque.vn")},
    subject="Nhờ soạn hợp đồng nguyên tắc mua bán bao bì",
    date="2026-03-02 14:05:27",
    extra_headers=["X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC122 (Win)/9.0.0_GA_4546)"],
    body=leaf("text/html", S4_HTML, "utf-8", "quoted-printable"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Lương Thị Kim Oanh", "+84357402961", "oanh.ketoan@banhkeohuongque.vn"),
               note="HTML-only. Asks to fix the company tax code inside a contract draft: document drafting, not correction of personal data on file. Tax code is not a phone."),
))

M.append(dict(
    key="S5", style="apple",
    **{"from": ("Be Ngoc Anh", "ngocanh.bakery99@gmail.com")},
    subject="dang ky nhan hieu",
    date="2026-01-28 07:58:13",
    body=leaf("text/plain", """Chao luat su, minh mo tiem banh ngot ten "Mot Chiec Banh" o Da Lat, muon dang ky bao ho ten + logo. Cho minh hoi phi tron goi va bao lau thi co van bang? Co can tra cuu truoc ko? Thanks.

Be Ngoc Anh - 0822 145 390

Sent from my iPhone
""", "us-ascii", "7bit"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Be Ngoc Anh", "+84822145390", "ngocanh.bakery99@gmail.com")),
))

M.append(dict(
    key="S6", style="gmail",
    **{"from": ("Đinh Công Khải", "khai.dinh@anthinhfood.vn")},
    to="Phạm Thu Trang <trang.pham@truonganlaw.vn>".replace("Phạm Thu Trang", enc_words("Phạm Thu Trang")) + ", " + INFO,
    subject="Fwd: Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp",
    date="2026-02-12 10:26:50",
    body=alt("""Trang ơi, sáng nay bên anh nhận được thông báo dưới đây, hồ sơ tăng vốn bị yêu cầu bổ sung. Em xem giúp anh thiếu gì rồi xử lý luôn nhé, hạn 30 ngày nhưng anh cần xong trước 10/3 để kịp ký với đối tác Hàn.

Khải
0916 207 583

---------- Forwarded message ---------
From: Phòng Đăng ký kinh doanh <dkkd.sotaichinh@tphcm.gov.vn>
Date: Thu, Feb 12, 2026 at 9:03 AM
Subject: Thông báo về việc sửa đổi, bổ sung hồ sơ đăng ký doanh nghiệp
To: <khai.dinh@anthinhfood.vn>


Tên doanh nghiệp: CÔNG TY CỔ PHẦN THỰC PHẨM AN THỊNH
Mã số doanh nghiệp: 0315882046
Số giấy biên nhận: 291/26/ĐKDN

Sau khi xem xét hồ sơ, Phòng Đăng ký kinh doanh đề nghị doanh nghiệp sửa đổi, bổ sung:
- Biên bản họp Đại hội đồng cổ đông chưa có chữ ký của thư ký cuộc họp;
- Danh sách cổ đông sáng lập chưa cập nhật phần vốn góp sau khi tăng vốn.

Doanh nghiệp nộp hồ sơ sửa đổi, bổ sung qua Cổng thông tin quốc gia về đăng ký doanh nghiệp.
Mọi thắc mắc xin liên hệ: (028) 3829 3179.
""", "gmail"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Đinh Công Khải", "+84916207583", "khai.dinh@anthinhfood.vn"),
               note="Forward of an authority notice; the enterprise code 0315882046 and the office's number (028) 3829 3179 in the forwarded part are not the sender's."),
))

M.append(dict(
    key="S7", style="outlook",
    **{"from": ("Vũ Thị Hồng Nhung", "nhungvth@cokhiductai.com")},
    subject="Đề nghị luật sư hỗ trợ làm việc với đoàn thanh tra thuế",
    date="2026-02-19 16:40:02",
    body=leaf("text/plain", """Kính gửi Luật Trường An,

Công ty TNHH Cơ khí Đức Tài (MST 3702619448) vừa nhận quyết định thanh tra thuế giai đoạn 2022–2024, đoàn dự kiến làm việc từ 02/3/2026. Điều chúng tôi lo nhất là khoản hoa hồng môi giới và lãi vay trả cho cá nhân, có nguy cơ bị loại khỏi chi phí được trừ khi tính thuế TNDN.

Ban Giám đốc muốn thuê luật sư để:
- rà soát trước hồ sơ, chứng từ của các khoản trên;
- cùng công ty tham dự các buổi làm việc với đoàn;
- tư vấn phương án giải trình nếu biên bản có nội dung bất lợi.

Đề nghị Quý Công ty gửi đề xuất phạm vi công việc và báo giá. Người liên hệ: Vũ Thị Hồng Nhung, kế toán trưởng, ĐT (+84) 961-775-302.

Kính thư.
""", "utf-8", "base64"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Vũ Thị Hồng Nhung", "+84961775302", "nhungvth@cokhiductai.com"),
               note="Base64 body. Company tax code 3702619448 is a distractor."),
))

M.append(dict(
    key="S8", style="gmail",
    **{"from": ("ke toan Hoa Sen", "ketoan.hoasenfarm@gmail.com")},
    subject="hoi ve hop dong lao dong thoi vu",
    date="2026-03-04 11:12:38",
    body=leaf("text/plain", """Chao anh chi,
E la Ha ke toan ben trang trai nam Hoa Sen (Cu Chi). Sep e nho hoi: mua toi bon e thue khoang 20 nguoi lam thoi vu 2-3 thang, vay co bat buoc ky HDLD voi dong BHXH ko a? Neu phai ky thi ben mk co mau hd nao chuan ko, soan giup e dc ko, phi bn.
Truoc gio toan tra luong tien mat, ko ky gi het nen sep hoi lo :(
Co gi a/c goi e so 0356 881 204 (gio hanh chinh), ngoai gio thi nhan zalo giup e.

Ly Thu Ha
""", "UTF-8", "7bit"),
    label=dict(category="service_request", automated=False, language="vi",
               contact=C("Ly Thu Ha", "+84356881204", "ketoan.hoasenfarm@gmail.com"),
               note="From display name is a role ('ke toan Hoa Sen'); the person's name comes from the signature. Abbreviations e/mk/ko/dc/bn/a/c."),
))

M.append(dict(
    key="S9", style="apple", tz=8,
    **{"from": ("Daniel Koh", "daniel.koh@koh-ventures.sg")},
    subject="Setting up a trading company in Binh Duong - scope & fees",
    date="2026-02-26 19:03:44",
    body=alt("""Hi there,

I'm a Singaporean investor planning to open a small 100% foreign-owned trading company (import and distribution of industrial adhesives) in the Binh Duong area - I understand it has been folded into Ho Chi Minh City after the merger last year. Charter capital would be around USD 150,000.

Could you let me know:
- whether distribution needs a business licence on top of the IRC and ERC;
- a realistic timeline from filing to having a bank account;
- your fixed fee, and what is excluded (translation, notarisation, government fees).

I'll be in HCMC from 16 to 20 March and could drop by your office. Best number is my Vietnamese SIM, +84 708 552 913 (WhatsApp too).

Best regards,
Daniel Koh
Director, Koh Ventures Pte. Ltd.
10 Anson Road, #22-05 International Plaza, Singapore 079903
""", "apple"),
    label=dict(category="service_request", automated=False, language="en",
               contact=C("Daniel Koh", "+84708552913", "daniel.koh@koh-ventures.sg",
                         "10 Anson Road, #22-05 International Plaza, Singapore 079903"),
               note="Address is the sender's office in the signature."),
))

M.append(dict(
    key="S10", style="outlook",
    **{"from": ("Priya Raman", "priya.raman@lumenapparel.com.vn")},
    to=SUPPORT,
    subject='Employee asking for "all her data" - how should we respond?',
    date="2026-03-03 08:47:19",
    body=alt("""Dear Truong An team,

One of our former line supervisors has written to HR asking for a copy of all personal data Lumen Apparel holds about her, including CCTV footage from the sewing floor and her disciplinary file. She cites the new Personal Data Protection Law.

We want to handle this properly. Could your data protection team advise us on (1) how long we have to respond, (2) whether we may blur other workers in the CCTV clips, and (3) whether internal investigation notes have to be handed over? Ideally a short written memo plus a call with our HR head this week.

This is for Lumen Apparel Vietnam Co., Ltd., an existing client (engagement letter signed last May).

Kind regards,
Priya Raman
HR Business Partner
Lumen Apparel Vietnam
M: +84 (0) 93 446 1870
""", "outlook"),
    label=dict(category="service_request", automated=False, language="en",
               contact=C("Priya Raman", "+84934461870", "priya.raman@lumenapparel.com.vn"),
               note="Talks about a data access request, but it is the employee's request to the client company; the sender asks the firm for legal advice. Phone written +84 (0) 93..."),
))

S11_QUOTED = """Dear Mark,

We filed the application for NORDIC BREWHOUSE (word + logo, classes 32 and 43) today. Application no. 4-2025-48213.

Formality examination normally takes about one month, after which the application is published in the Official Gazette. We will keep you posted.

Best regards,
Le Minh Khoa
IP Specialist, Truong An Law Firm
Hotline 1800 63 65 | 14B Ky Dong, Nhieu Loc Ward, Ho Chi Minh City
"""

M.append(dict(
    key="S11", style="outlook",
    **{"from": ("Mark Jensen", "mark@nordicbrewhouse.vn")},
    to="Le Minh Khoa <khoa.le@truonganlaw.vn>, " + INFO,
    subject="RE: Trademark application - Nordic Brewhouse (Class 32, 43)",
    date="2026-02-23 13:21:09",
    in_reply_to="<SG2PR06MB7716B03E55A2C81F0D9A4410C3A52@SG2PR06MB7716.apcprd06.prod.outlook.com>",
    body=leaf("text/plain", """Hi Khoa,

Almost four months since your note below - has the IP Office finished the formality check yet? Our investors keep asking me where we stand.

Cheers,
Mark

Mark Jensen | Co-founder
Nordic Brewhouse Co., Ltd.

________________________________
From: Le Minh Khoa <khoa.le@truonganlaw.vn>
Sent: Monday, October 27, 2025 10:41
To: Mark Jensen <mark@nordicbrewhouse.vn>
Subject: Trademark application - Nordic Brewhouse (Class 32, 43)

""" + S11_QUOTED, "utf-8", "quoted-printable"),
    label=dict(category="service_request", automated=False, language="en",
               contact=C("Mark Jensen", None, "mark@nordicbrewhouse.vn"),
               note="Status enquiry on an existing matter, neutral tone (not a complaint). Quoted firm signature has the hotline and firm address."),
))
# ====================================================================== ACCESS REQUESTS

M.append(dict(
    key="AC1", style="gmail",
    **{"from": ("Nguyễn Hoàng Phúc", "hoangphuc.ng91@gmail.com")},
    subject="Đề nghị cung cấp dữ liệu cá nhân của tôi do Quý Công ty lưu giữ",
    date="2026-01-20 20:11:36",
    body=alt("""Kính gửi Công ty Luật TNHH Trường An,

Tôi là Nguyễn Hoàng Phúc, nhân viên kinh doanh của Công ty CP Dược phẩm Minh An. Tháng 12/2025, công ty tôi thuê Quý Công ty rà soát pháp lý hồ sơ nhân sự; theo thông báo nội bộ thì hồ sơ của toàn bộ nhân viên, trong đó có tôi, đã được chuyển sang Quý Công ty.

Căn cứ quy định về bảo vệ dữ liệu cá nhân, tôi đề nghị Quý Công ty cho biết:
1. Những dữ liệu nào của tôi đang được lưu giữ (bản sao CCCD, hợp đồng lao động, bảng lương, thông tin người phụ thuộc...);
2. Mục đích xử lý và thời hạn lưu trữ;
3. Gửi tôi một bản sao các dữ liệu đó, bản điện tử là đủ.

Tôi không có ý kiến gì về công việc giữa Quý Công ty và công ty tôi, chỉ muốn biết rõ thông tin của mình đang nằm ở đâu.

Địa chỉ liên hệ: 27/4 Lê Văn Sỹ, Phường Tân Sơn Hòa, TP. Hồ Chí Minh
Điện thoại: 0908 663 021

Nguyễn Hoàng Phúc
""", "gmail"),
    label=dict(category="access_request", automated=False, language="vi",
               contact=C("Nguyễn Hoàng Phúc", "+84908663021", "hoangphuc.ng91@gmail.com",
                         "27/4 Lê Văn Sỹ, Phường Tân Sơn Hòa, TP. Hồ Chí Minh"),
               note="Employee of a client company; data reached the firm through the employer's HR audit."),
))

M.append(dict(
    key="AC2", style="gmail",
    **{"from": ("Kieu Oanh", "kieuoanh.cn2@gmail.com")},
    subject="hoi ve ho so ca nhan",
    date="2026-02-08 21:40:55",
    body=leaf("text/plain", """Chao anh chi, e la cong nhan may chuyen 5 cty Phu Gia (KCN Tan Tao). Thang truoc cty bat tui e ky giay dong y cho ben luat cua anh chi xem ho so de giai quyet vu tranh chap tien luong. Gio e muon biet ben anh chi dang giu nhung gi cua e (CCCD, so tai khoan, sdt nguoi than...) va cho e xin ban sao dc ko a. E ko khieu nai gi dau, chi muon biet thoi.
Sdt e 0388 402 719. Cam on a/c

Ta Kieu Oanh
""", "UTF-8", "7bit"),
    label=dict(category="access_request", automated=False, language="vi",
               contact=C("Ta Kieu Oanh", "+84388402719", "kieuoanh.cn2@gmail.com"),
               note="No diacritics; says explicitly it is not a complaint ('ko khieu nai'). Full name in signature, From has a shorter name."),
))

M.append(dict(
    key="AC3", style="yahoo",
    **{"from": ("Lâm Gia Huy", "lamgiahuy.shop@yahoo.com")},
    subject="Xin thông tin về dữ liệu của tôi", subj_charset="windows-1258", subj_enc="Q",
    name_enc="B",
    date="2026-02-15 10:02:17",
    body=leaf("text/plain", """Chào Công ty,

Năm 2024 tôi có nhờ bên mình làm hồ sơ đăng ký nhãn hiệu cho shop giày "Huy Sneaker", việc xong lâu rồi. Dạo này tôi bị gọi chào mời làm website, in ấn, quảng cáo liên tục, họ biết cả tên shop lẫn số điện thoại của tôi.

Tôi không nói là bên mình để lộ, nhưng muốn hỏi cho rõ: hiện bên mình còn lưu những thông tin gì về tôi, và đã từng chuyển các thông tin đó cho những ai (Cục Sở hữu trí tuệ, bên dịch thuật, đơn vị nào khác...)? Nếu được thì gửi danh sách qua email này giúp tôi.

Lâm Gia Huy
ĐT: 0773 920 415
""", "windows-1258", "quoted-printable"),
    label=dict(category="access_request", automated=False, language="vi",
               contact=C("Lâm Gia Huy", "+84773920415", "lamgiahuy.shop@yahoo.com"),
               note="Body and subject in windows-1258 with combining tone marks (compare after NFC). Suspects a leak but explicitly does not accuse the firm; asks what is held and who received it."),
))

M.append(dict(
    key="AC4", style="outlook",
    **{"from": ("Phó Thị Thanh Tâm", "tampt.acc@gmail.com")},
    subject="Hỏi về thông tin cá nhân đã cung cấp khi ký thỏa thuận cộng tác",
    date="2026-03-05 15:27:48",
    body=leaf("text/plain", """Chào anh/chị,

Tôi làm kế toán dịch vụ, năm ngoái có giới thiệu 3 khách doanh nghiệp sang Trường An và có ký với bên mình một thỏa thuận cộng tác để nhận phí giới thiệu. Lúc ký tôi đã đưa CCCD, số tài khoản ngân hàng và mã số thuế cá nhân 8456120397.

Giờ tôi muốn xem lại bên mình đang giữ những thông tin gì của tôi và dùng vào việc gì ngoài chuyện chi trả phí giới thiệu. Anh/chị gửi tôi bảng kê hoặc bản trích xuất nhé.

Thanh Tâm – 0914 553 860
""", "utf-8", "8bit"),
    label=dict(category="access_request", automated=False, language="vi",
               contact=C("Phó Thị Thanh Tâm", "+84914553860", "tampt.acc@gmail.com"),
               note="8bit UTF-8 body. Personal tax code 8456120397 is a distractor; full name only in From."),
))

M.append(dict(
    key="AC5", style="outlook", tz=7,
    **{"from": ("Tomasz Wiśniewski", "t.wisniewski@outlook.com")},
    subject="Data subject access request",
    date="2026-01-31 18:55:03",
    body=alt("""Dear Sir or Madam,

My employer, Vina Polymer JSC, engaged your firm in 2025 to obtain my work permit and temporary residence card. For that I supplied my passport, degree certificates, a criminal record check from Poland and a health certificate.

Under Vietnam's Law on Personal Data Protection I wish to exercise my right of access. Please:
- confirm whether you still hold personal data about me;
- provide a copy of that data in electronic form;
- tell me how long you intend to keep it and who else has received it.

You can reach me at this address or on +84 89 716 2054. My residential address is Apartment 1205, Tower B, 72 Nguyen Co Thach, An Khanh Ward, Ho Chi Minh City.

Yours faithfully,
Tomasz Wiśniewski
""", "outlook"),
    label=dict(category="access_request", automated=False, language="en",
               contact=C("Tomasz Wiśniewski", "+84897162054", "t.wisniewski@outlook.com",
                         "Apartment 1205, Tower B, 72 Nguyen Co Thach, An Khanh Ward, Ho Chi Minh City"),
               note="Expat employee of a client company (work-permit file)."),
))

M.append(dict(
    key="AC6", style="apple",
    **{"from": ("Hannah Lee", "hannah.lee.cafe@gmail.com")},
    subject="where did you get my details?",
    date="2026-02-27 12:30:51",
    body=leaf("text/plain", """Hi, I got an email brochure from you on "labour law updates for employers" addressed to me by name and with my café's name on it. I don't remember ever contacting you. Could you tell me what personal info you have on file for me and where it came from? Thanks, Hannah
""", "utf-8", "quoted-printable", format_flowed=True),
    label=dict(category="access_request", automated=False, language="en",
               contact=C("Hannah Lee", None, "hannah.lee.cafe@gmail.com"),
               note="Short; asks what is held and its source. No deletion or stop request. Surname only in From."),
))

# ====================================================================== CORRECTION REQUESTS

M.append(dict(
    key="CO1", style="outlook",
    **{"from": ("Mai Thu Lan", "lan.mai@thepvietuc.com.vn")},
    to=SUPPORT,
    subject="Cập nhật người liên hệ của Công ty CP Thép Việt Úc",
    date="2026-02-03 08:18:22",
    body=alt("""Kính gửi bộ phận chăm sóc khách hàng,

Chị Đỗ Ngọc Hạnh – kế toán trưởng, đầu mối liên hệ của Công ty CP Thép Việt Úc trong hợp đồng tư vấn thường xuyên với Quý Công ty – đã nghỉ việc từ 31/01/2026. Email hanh.do@thepvietuc.com.vn và số 0912 004 337 của chị ấy không còn dùng cho công việc nữa.

Từ nay đầu mối liên hệ là tôi:
Mai Thu Lan – Kế toán trưởng
Email: lan.mai@thepvietuc.com.vn
Điện thoại: 0986 250 174

Nhờ Quý Công ty sửa lại người liên hệ trong hồ sơ khách hàng, danh sách nhận hóa đơn và thông báo.

Xin cảm ơn,
Mai Thu Lan
""", "outlook"),
    label=dict(category="correction_request", automated=False, language="vi",
               contact=C("Mai Thu Lan", "+84986250174", "lan.mai@thepvietuc.com.vn"),
               note="Change of a company's contact person; the predecessor's email and phone 0912 004 337 are distractors."),
))

M.append(dict(
    key="CO2", style="gmail",
    **{"from": ("Han Tran", "ngochanh.tran.shop@gmail.com")},
    subject="sua lai ten giup e",
    date="2026-01-09 13:44:07",
    body=leaf("text/plain", """a/c oi, trong hop dong dich vu dang ky ho kinh doanh ma ben minh gui e ky, ten e bi ghi la TRAN THI NGOC HAN, thieu chu H. Ten dung la Tran Thi Ngoc Hanh nha. Ngay sinh cung sai luon, e sinh 14/09/1996 chu ko phai 14/06/1996.
a/c sua lai trong ho so giup e roi gui ban moi de e ky nha, e cam on
0769 318 552
""", "UTF-8", "7bit"),
    label=dict(category="correction_request", automated=False, language="vi",
               contact=C("Tran Thi Ngoc Hanh", "+84769318552", "ngochanh.tran.shop@gmail.com"),
               note="No diacritics. The misspelled variant 'TRAN THI NGOC HAN' and the From display 'Han Tran' both appear; the correct name is the label."),
))

CO3_TEXT = """Kính gửi Quý Công ty Luật,

Công ty TNHH In ấn Phương Nam xin thông báo: từ 01/03/2026 công ty chuyển trụ sở và xưởng từ số 45 đường số 7, KCN Tân Tạo, quận Bình Tân sang địa chỉ mới:

Số 18 đường Trần Đại Nghĩa, Phường Tân Nhựt, TP. Hồ Chí Minh

Đề nghị Quý Công ty điều chỉnh địa chỉ trong hồ sơ khách hàng và trên hóa đơn từ kỳ tháng 3. Thủ tục thay đổi đăng ký doanh nghiệp bên tôi đã làm xong, gửi kèm giấy xác nhận để đối chiếu.

Trân trọng cảm ơn.

Lê Văn Tám
Giám đốc
ĐT: 0918 336 702
"""

M.append(dict(
    key="CO3", style="gmail",
    **{"from": ("Công ty TNHH In ấn Phương Nam", "inphuongnam@gmail.com")},
    subject="Thông báo thay đổi địa chỉ trụ sở",
    date="2026-03-06 09:05:30",
    body=multipart("mixed", [alt(CO3_TEXT, "gmail"),
                             attachment("application/pdf", "GiayXacNhan_ThayDoiDKDN.pdf", FAKE_PDF)], "gmail"),
    label=dict(category="correction_request", automated=False, language="vi",
               contact=C("Lê Văn Tám", "+84918336702", "inphuongnam@gmail.com",
                         "Số 18 đường Trần Đại Nghĩa, Phường Tân Nhựt, TP. Hồ Chí Minh"),
               note="From display name is the company; person from signature. Old address also present; label is the new one. PDF attachment."),
))

M.append(dict(
    key="CO4", style="gmail",
    **{"from": ("Duong Van Loc", "locduong.garage@gmail.com")},
    subject="doi sdt lien lac",
    date="2026-02-21 17:36:12",
    body=leaf("text/plain", """chao cty, toi la Loc chu gara oto Duong Loc o Thu Duc, dang nho ls ben cty lo vu tranh chap voi bao hiem. so cu cua toi 0908 771 265 bi mat sim roi, ko dung nua. tu gio lien lac so moi 0347 260 988 giup toi. cam on.
""", "UTF-8", "7bit"),
    label=dict(category="correction_request", automated=False, language="vi",
               contact=C("Duong Van Loc", "+84347260988", "locduong.garage@gmail.com"),
               note="Old number 0908 771 265 also present; contact phone is the new one. Mentions an ongoing matter but only asks to update the number."),
))

M.append(dict(
    key="CO5", style="apple", tz=7,
    **{"from": ("Sofia Marchetti", "sofia@casamarchetti-deli.com")},
    subject="Change of email for our file",
    date="2026-03-09 10:14:26",
    body=leaf("text/plain", """Hello,

We're closing our old domain at the end of the month, so please update my details: from now on use sofia.marchetti.vn@gmail.com for everything (invoices, reminders about the lease dispute, etc.). The casamarchetti-deli.com address stops working on 31 March.

Mobile stays the same: 0931 662 809.

Grazie,
Sofia Marchetti
Casa Marchetti Deli
9 Thao Dien, An Khanh Ward, HCMC
""", "utf-8", "quoted-printable"),
    label=dict(category="correction_request", automated=False, language="en",
               contact=C("Sofia Marchetti", "+84931662809", "sofia.marchetti.vn@gmail.com",
                         "9 Thao Dien, An Khanh Ward, HCMC"),
               note="New contact email in body differs from the From address."),
))

M.append(dict(
    key="CO6", style="thunderbird",
    **{"from": ("Nguyen Duc Minh", "minh.nguyen@saigonlogix.vn")},
    subject="Wrong DOB and ID number in my file",
    date="2026-01-26 11:50:39",
    body=leaf("text/plain", """Dear Truong An,

While going through the draft share transfer agreement you sent last week I noticed that my personal details on your file are out of date. Please correct:

  Date of birth: 03/11/1987 (not 11/03/1987)
  Citizen ID (CCCD): 079087004512, issued 12/08/2021
  -> the old 9-digit ID 024556871 should no longer be used anywhere.

I'd appreciate it if the records are fixed before the documents go to the notary.

Regards,
Nguyen Duc Minh
Managing Director, Saigon Logix Co., Ltd.
Tel: 0902 447 613
""", "utf-8", "7bit", format_flowed=True),
    label=dict(category="correction_request", automated=False, language="en",
               contact=C("Nguyen Duc Minh", "+84902447613", "minh.nguyen@saigonlogix.vn"),
               note="12-digit CCCD and old 9-digit ID are not phone numbers."),
))
# ====================================================================== DELETION REQUESTS

M.append(dict(
    key="DE1", style="gmail",
    **{"from": ("Hà Minh Triết", "triet.haminh@gmail.com")},
    subject="Đề nghị hủy hồ sơ cá nhân sau khi vụ việc đã kết thúc",
    date="2026-02-02 19:22:14",
    body=alt("""Kính gửi Công ty Luật Trường An,

Tôi từng là nhân viên Công ty TNHH Điện tử Sao Việt. Vụ tranh chấp trợ cấp thôi việc giữa tôi và công ty, trong đó Quý Công ty đại diện cho phía công ty, đã hòa giải thành tại Tòa ngày 20/01/2026.

Trong quá trình đó Quý Công ty có nhận nhiều giấy tờ của tôi: bản sao CCCD, sổ BHXH, sao kê lương, giấy khám sức khỏe. Vụ việc đã khép lại, vậy xin Quý Công ty xóa, tiêu hủy các dữ liệu cá nhân này, trừ phần pháp luật buộc phải lưu, và báo lại cho tôi khi làm xong.

Hà Minh Triết
SĐT: 0978 130 642
""", "gmail"),
    label=dict(category="deletion_request", automated=False, language="vi",
               contact=C("Hà Minh Triết", "+84978130642", "triet.haminh@gmail.com"),
               note="The firm represented the opposing party (his former employer); he still asks the firm to delete his data."),
))

M.append(dict(
    key="DE2", style="gmail",
    **{"from": ("Quach Thi Tuyet", "tuyetquach.tapHoa@gmail.com")},
    subject="DUNG GOI NUA",
    date="2026-01-16 15:03:58",
    body=leaf("text/plain", "Xoa so 0393517046 cua toi khoi danh sach goi dien ben anh chi, toi tu choi 2 lan roi, toi ko lam dich vu thanh lap cty hay hoa don gi het, dung goi dung nhan tin nua.\n",
              "UTF-8", "7bit"),
    label=dict(category="deletion_request", automated=False, language="vi",
               contact=C("Quach Thi Tuyet", "+84393517046", "tuyetquach.taphoa@gmail.com"),
               note="One line, no diacritics, irritated tone: stop contacting + remove number = deletion. From address has uppercase letters; label lowercased."),
))

M.append(dict(
    key="DE3", style="outlook",
    **{"from": ("Tạ Quang Vinh", "vinhtq@vinhphatlogistics.vn")},
    subject="Rút lại sự đồng ý nhận thông tin",
    date="2026-03-10 08:09:45",
    body=leaf("text/plain", """Kính gửi Quý Công ty,

Tháng 6/2025 tôi đăng ký dự hội thảo "Hợp đồng logistics và rủi ro pháp lý" do Quý Công ty tổ chức và khi đó có đồng ý nhận thông tin qua email, Zalo.

Nay tôi rút lại sự đồng ý này và đề nghị:
- dừng gửi bản tin, thư mời, tin nhắn Zalo;
- xóa họ tên, số điện thoại 0983 402 557, email và chức danh của tôi khỏi danh sách khách mời, khách hàng tiềm năng;
- xác nhận lại qua email khi đã xong.

Tạ Quang Vinh
Giám đốc điều hành – Vĩnh Phát Logistics
""", "utf-8", "base64"),
    label=dict(category="deletion_request", automated=False, language="vi",
               contact=C("Tạ Quang Vinh", "+84983402557", "vinhtq@vinhphatlogistics.vn"),
               note="Base64 body. Consent withdrawal with removal from lists."),
))

M.append(dict(
    key="DE4", style="gmail",
    **{"from": ("Meo Con", "meocon.2k3@gmail.com")},
    subject="huy dang ky tu van",
    date="2026-02-28 23:51:20",
    body=leaf("text/plain", """hi a/c, tuan trc mk co dien form tren web de dc tu van mo cty ban my pham online. h mk doi y ko mo nua r, nen a/c xoa giup mk thong tin trong form nha (ten Diep Bao Ngan, sdt 0705 883 129, email nay). ko can goi lai dau a. tks nhiu
""", "UTF-8", "7bit"),
    label=dict(category="deletion_request", automated=False, language="vi",
               contact=C("Diep Bao Ngan", "+84705883129", "meocon.2k3@gmail.com"),
               note="Teen-code; From display is a nickname. 'huy dang ky' here means withdraw the registration and erase the form data."),
))

M.append(dict(
    key="DE5", style="outlook", tz=7,
    **{"from": ("Robert Ashby", "r.ashby@ashbytrading.com")},
    to="Pham Thu Trang <trang.pham@truonganlaw.vn>",
    cc=INFO,
    subject="Closing out - please destroy our records",
    date="2026-03-02 17:28:33",
    body=alt("""Dear Ms Trang,

As you know, Ashby Trading Vietnam was formally dissolved in December and the tax closure is done - thanks again for steering us through it.

I'm relocating to the UK and would now like Truong An to securely destroy the personal documents you hold on me: passport copies, my temporary residence card, bank statements and the signed powers of attorney, except anything you are legally obliged to keep. Please also take my personal contact details out of your client database.

The ashbytrading.com mailbox will be shut down on 15 March, so please send the confirmation to robert.ashby.uk@gmail.com.

Many thanks,
Robert Ashby
+84 90 551 2867 (until 10 March)
""", "outlook"),
    label=dict(category="deletion_request", automated=False, language="en",
               contact=C("Robert Ashby", "+84905512867", "robert.ashby.uk@gmail.com"),
               note="Reply address given in body differs from From. Thanks the firm, no grievance."),
))

DE6_HTML = """<div style="font-family:Verdana,sans-serif;font-size:13px">Please take me off your mailing list and delete my details from your system. The unsubscribe link at the bottom of your newsletter just opens a blank page.</div>
<div style="font-family:Verdana,sans-serif;font-size:13px"><br></div>
<div style="font-family:Verdana,sans-serif;font-size:13px">Chloe Nguyen<br>Bloom Flowers &middot; 0868 214 390</div>
"""

M.append(dict(
    key="DE6", style="generic",
    **{"from": ("Chloe Nguyen", "chloe@bloomflowers.vn")},
    subject="unsubscribe",
    date="2026-01-22 09:40:00",
    extra_headers=["X-Mailer: Roundcube Webmail/1.6.9"],
    body=leaf("text/html", DE6_HTML, "UTF-8", "quoted-printable"),
    label=dict(category="deletion_request", automated=False, language="en",
               contact=C("Chloe Nguyen", "+84868214390", "chloe@bloomflowers.vn"),
               note="HTML-only; a human unsubscribe-and-erase request (not bulk mail). The broken link remark is incidental."),
))

# ====================================================================== COMPLAINTS (firm at fault)

M.append(dict(
    key="CP1", style="outlook",
    **{"from": ("Kha Văn Hậu", "hau.kha@xaydunghauphat.vn")},
    to="Dang Quoc Huy <huy.dang@truonganlaw.vn>, " + INFO,
    subject="Hồ sơ bổ sung ngành nghề vẫn chưa xong",
    date="2026-02-02 16:55:17",
    body=leaf("text/plain", """Anh Huy,

Ngày 05/01 anh nhận hồ sơ và hứa chậm nhất 15/01 sẽ có giấy xác nhận bổ sung ngành xây dựng công trình điện cho công ty tôi. Hôm nay đã 02/02. Tôi gọi 3 lần, lần nào cũng nghe "đang chờ Sở". Tôi tự tra trên cổng thông tin thì hồ sơ mới được nộp ngày 27/01, tức là bên anh để hồ sơ nằm gần ba tuần rồi mới nộp.

Không có ngành nghề, công ty tôi phải rút khỏi gói thầu chiếu sáng ở xã Long Thành trị giá hơn 1,2 tỷ. Phí dịch vụ tôi đã trả đủ 100% ngay từ đầu.

Tôi cần bên anh giải thích vì sao chậm và cho biết công ty anh sẽ chịu trách nhiệm thế nào.

Kha Văn Hậu
Giám đốc Công ty TNHH Xây dựng Hậu Phát
0932 775 018
""", "utf-8", "quoted-printable"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Kha Văn Hậu", "+84932775018", "hau.kha@xaydunghauphat.vn"),
               note="Missed deadline and lost tender; never uses the word 'khiếu nại'."),
))

M.append(dict(
    key="CP2", style="outlook",
    **{"from": ("Phùng Thị Diệu Linh", "linhptd@gomsuanbinh.vn")},
    subject="Hóa đơn phí tư vấn tháng 01/2026 lại sai mã số thuế",
    date="2026-02-05 10:37:52",
    body=alt("""Chào phòng kế toán Trường An,

Hóa đơn GTGT số 00000412 ngày 31/01/2026 bên mình xuất cho công ty em ghi mã số thuế 3700812645, trong khi MST đúng của Công ty TNHH Gốm sứ An Bình là 3700812465. Hóa đơn tháng 11 năm ngoái cũng bị y như vậy, em đã báo và bên mình đã điều chỉnh, giờ lại lặp lại.

Sai MST thì bên em không kê khai khấu trừ được, mà sắp tới hạn nộp tờ khai rồi. Nhắc một lỗi đến lần thứ hai thật sự rất mất thời gian. Nhờ bên mình lập hóa đơn điều chỉnh trong tuần này và kiểm tra lại dữ liệu khách hàng để không có lần thứ ba.

Diệu Linh
Kế toán tổng hợp – 0967 318 220
""", "outlook"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Phùng Thị Diệu Linh", "+84967318220", "linhptd@gomsuanbinh.vn"),
               note="Repeated wrong invoice (firm's error); asks to fix company data but dominant intent is the grievance. Tax codes and invoice number are distractors."),
))

CP3_TEXT = """Kính gửi Ban lãnh đạo Công ty Luật Trường An,

Tôi là Lạc Thị Bích Vân, Giám đốc nhân sự Công ty CP Thời trang Sao Mai. Tôi viết thư này sau buổi hòa giải tại Phòng Lao động sáng thứ Hai 09/02 vừa rồi, vụ ba công nhân đòi tiền làm thêm giờ.

Luật sư được phân công (anh Khánh) đến muộn 20 phút, không mang theo bảng chấm công chúng tôi đã gửi từ 29/01, và khi hòa giải viên hỏi cách tính lương làm thêm ca đêm thì anh ấy phải quay sang hỏi nhân viên của tôi. Phía người lao động chuẩn bị kỹ hơn hẳn. Buổi hòa giải không thành và công ty tôi vào thế bất lợi khi vụ việc lên Tòa.

Chúng tôi trả phí để có một luật sư nắm chắc hồ sơ, không phải để tự đứng ra nói cho mình. Tôi đề nghị:
- Phân công luật sư khác phụ trách vụ việc từ giai đoạn này;
- Sắp xếp một buổi làm việc trực tiếp với tôi trong tuần để rà lại hướng xử lý;
- Xem xét lại phần phí của giai đoạn hòa giải.

Lạc Thị Bích Vân
Giám đốc Nhân sự
Công ty CP Thời trang Sao Mai
Lầu 3, 221 Hoàng Văn Thụ, Phường Phú Nhuận, TP. Hồ Chí Minh
ĐT: 0909 842 157
"""

M.append(dict(
    key="CP3", style="outlook",
    **{"from": ("Lạc Thị Bích Vân", "van.lac@thoitrangsaomai.vn")},
    subject="Về buổi hòa giải với người lao động sáng 09/02",
    date="2026-02-09 15:48:06",
    body=alt(CP3_TEXT, "outlook"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Lạc Thị Bích Vân", "+84909842157", "van.lac@thoitrangsaomai.vn",
                         "Lầu 3, 221 Hoàng Văn Thụ, Phường Phú Nhuận, TP. Hồ Chí Minh"),
               note="Lawyer unprepared at a mediation; phrased as business disappointment with requests (new lawyer, meeting), still a complaint. Address from signature."),
))

M.append(dict(
    key="CP4", style="gmail",
    **{"from": ("Chau Minh Tri", "trichau.moto@gmail.com")},
    subject="thai do nhan vien",
    date="2026-01-27 11:06:29",
    body=leaf("text/plain", """Sang nay toi goi so 1800 63 65 hoi chi phi soan hop dong mua ban xe cho cua hang, nhan vien nu nghe may tra loi coc loc, con noi "anh co chac tra noi phi khong ma hoi ky vay", roi cup may ngang. Toi buon ban cung co khach, chua thay ai tiep khach kieu do. Cong ty luat ma nhan vien an noi nhu vay thi ai dam giao viec. Cong ty nen xem lai cach tuyen nguoi.

Chau Minh Tri - cua hang xe may Minh Tri, 0354 226 718
""", "UTF-8", "7bit"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Chau Minh Tri", "+84354226718", "trichau.moto@gmail.com"),
               note="Rude staff; quotes the firm hotline 1800 63 65, which is not the sender's phone."),
))

CP5_QUOTED = """Kính gửi chị Bích,

Công ty Luật Trường An xin gửi chị đề nghị thanh toán đợt 2 cho hồ sơ đăng ký nhãn hiệu HƯƠNG LÀI:
Số tiền: 5.200.000 đồng
Tài khoản: 0071000458213 - Vietcombank
Nội dung: HUONGLAI TM dot 2

Mọi thắc mắc vui lòng liên hệ hotline 1800 63 65.

Lê Minh Khoa
Chuyên viên Sở hữu trí tuệ
"""

M.append(dict(
    key="CP5", style="gmail",
    **{"from": ("Tôn Nữ Ngọc Bích", "bich.tonnu@huonglaispa.vn")},
    to="Lê Minh Khoa <khoa.le@truonganlaw.vn>".replace("Lê Minh Khoa", enc_words("Lê Minh Khoa")),
    cc=INFO,
    subject="Re: Đề nghị thanh toán đợt 2 – Đăng ký nhãn hiệu HƯƠNG LÀI",
    date="2026-02-11 08:29:40",
    in_reply_to="<7d2f0c1e-9b64-4a0f-a7c5-3e1b28d6f590@truonganlaw.vn>",
    body=alt("""Chào em Khoa,

Chị xem đề nghị thanh toán rồi nhưng chưa chuyển. Báo giá ban đầu em gửi chị là trọn gói 6.500.000đ cho 1 nhóm, đợt 1 chị đã trả 3.000.000đ. Giờ đợt 2 lại thành 5.200.000đ, gồm "phí sửa đổi đơn" và "phí trả lời thông báo thiếu sót" – mà thông báo thiếu sót là do bên em khai sai danh mục dịch vụ, chị có sửa gì đâu.

Khoản phát sinh do lỗi bên em thì chị không trả. Em hỏi lại luật sư phụ trách rồi gửi chị con số đúng theo báo giá nhé.

Ngọc Bích
Hương Lài Spa

Vào Th 3, 10 thg 2, 2026 vào lúc 15:20 Lê Minh Khoa <khoa.le@truonganlaw.vn> đã viết:
""" + quote(CP5_QUOTED) + "\n", "gmail"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Tôn Nữ Ngọc Bích", None, "bich.tonnu@huonglaispa.vn"),
               note="Top-posted reply disputing extra fees; quoted firm text has the firm's bank account and hotline. No phone of the sender."),
))

M.append(dict(
    key="CP6", style="outlook",
    **{"from": ("Nghiêm Xuân Thịnh", "thinh.nx@phucthinhagri.vn")},
    to="Dang Quoc Huy <huy.dang@truonganlaw.vn>",
    cc=SUPPORT,
    subject="Dự thảo hợp đồng của công ty tôi bị gửi nhầm cho người ngoài",
    date="2026-02-13 07:45:11",
    body=leaf("text/plain", """Anh Huy,

Chiều qua anh Sơn bên Nông sản Tây Nguyên (0905 327 114), một đối tác của tôi, gọi hỏi vì sao anh ấy nhận được email của Trường An đính kèm dự thảo hợp đồng phân phối của Phúc Thịnh – trong đó có đủ giá bán, chiết khấu, lẫn số CCCD và số điện thoại cá nhân của tôi với tư cách người đại diện. Anh ấy chuyển lại cho tôi xem: email gửi từ hộp thư của trợ lý bên anh, ngày 11/02.

Thông tin này tôi giao cho luật sư chứ không phải để phát tán. Anh Sơn là người quen nên còn may, rơi vào tay đối thủ thì tôi không biết sẽ ra sao. Tôi cần bên anh xác nhận email đó đã gửi cho những ai, đã yêu cầu người nhận xóa chưa, và từ nay ai chịu trách nhiệm bảo mật hồ sơ công ty tôi.

Nghiêm Xuân Thịnh
0913 660 285
""", "utf-8", "quoted-printable"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Nghiêm Xuân Thịnh", "+84913660285", "thinh.nx@phucthinhagri.vn"),
               note="Data leak by the firm; mentions deletion by recipients and asks who received it, but the grievance dominates. Partner's phone 0905 327 114 is a distractor."),
))

M.append(dict(
    key="CP7", style="yahoo",
    **{"from": ("Ong Thi Kim Thoa", "kimthoa.nuocmam@yahoo.com.vn")},
    subject="vu doi no cty Hai Dang - 3 thang roi",
    date="2026-02-17 20:18:03",
    body=leaf("text/plain", """Thang 11 toi ky hop dong uy quyen cho ben anh chi doi no cty Hai Dang 240 trieu tien nuoc mam, dong truoc 15 trieu. Luc do hua 1 thang gui thu doi no, 2 thang khoi kien. Gio gan 3 thang, toi hoi thi ls noi dang lien he, ko co van ban gi gui toi, cung ko biet da gui thu chua. Toi buon ban nho, 15tr ko phai it. Ben anh chi ko lam duoc thi tra lai tien cho toi.

Thoa
0396 884 502 / zalo cung so nay
""", "us-ascii", "7bit"),
    label=dict(category="complaint", automated=False, language="vi",
               contact=C("Ong Thi Kim Thoa", "+84396884502", "kimthoa.nuocmam@yahoo.com.vn"),
               note="No diacritics; no progress on a paid debt-collection matter and demands a refund. Full name only in From."),
))

M.append(dict(
    key="CP8", style="outlook",
    **{"from": ("Kenji Watanabe", "k.watanabe@sakuraprecision.vn")},
    to="Dang Quoc Huy <huy.dang@truonganlaw.vn>",
    cc=INFO,
    subject="Work permits for our two engineers - still not issued",
    date="2026-02-25 09:12:44",
    body=alt("""Dear Mr Huy,

I must tell you honestly that we are very disappointed. When we signed with your firm in November, your team assured us the work permits for our two engineers from Osaka would be ready before Tet. It is now the end of February. Last week we learned the application had been returned by the Department of Home Affairs because the health certificates had expired - documents your team checked and told us were fine.

As a result the engineers have had to leave Vietnam twice on visa runs at our expense, and the installation of our new CNC line has slipped by a month.

I would like to meet you personally this week, receive a clear timeline, and hear how the extra travel costs will be handled.

Sincerely,
Kenji Watanabe
General Director
Sakura Precision Vietnam Co., Ltd.
Tel: +84 28 3760 1188 (ext. 201) | Mobile: +84 97 315 6620
""", "outlook"),
    label=dict(category="complaint", automated=False, language="en",
               contact=C("Kenji Watanabe", "+84973156620", "k.watanabe@sakuraprecision.vn"),
               note="Delay caused by the firm's document check. Label phone is the personal mobile; the company switchboard with extension is not used."),
))

M.append(dict(
    key="CP9", style="apple",
    **{"from": ("Ethan Brooks", "ethan@brooksroastery.com")},
    subject="Charged twice??",
    date="2026-02-06 14:02:37",
    body=leaf("text/plain", """Hi - my card was charged 2,200,000 VND twice on 3 Feb for a single one-hour consultation about our supplier contract. I've written to billing twice, no answer. I have the bank SMS if you need proof. Please refund the duplicate today.

Ethan Brooks
Brooks Roastery, Da Nang
+84 94 820 5531

Sent from my iPhone
""", "utf-8", "7bit"),
    label=dict(category="complaint", automated=False, language="en",
               contact=C("Ethan Brooks", "+84948205531", "ethan@brooksroastery.com"),
               note="Billing error (double charge) and no response."),
))
# ====================================================================== UNKNOWN (human)

M.append(dict(
    key="U1", style="generic",
    **{"from": ("Hồ Thị Cẩm Nhung - VinaCA", "nhung.ho@vinaca-token.vn")},
    subject="Ưu đãi gia hạn chữ ký số 3 năm cho văn phòng luật – tháng 3/2026",
    date="2026-03-03 09:00:12",
    extra_headers=["X-Mailer: Open-Xchange Mailer v7.10.6-Rev61"],
    body=alt("""Kính chào Quý Công ty Luật Trường An,

Em là Cẩm Nhung, tư vấn viên của VinaCA – đơn vị cung cấp chữ ký số và hóa đơn điện tử. Tháng 3 này bên em có chương trình riêng cho công ty luật và văn phòng công chứng:
• USB token chữ ký số 3 năm: 1.290.000đ (đã gồm VAT)
• Tặng 300 số hóa đơn điện tử khi đăng ký mới
• Cài đặt tận nơi tại TP.HCM, hỗ trợ kỹ thuật 24/7

Anh/chị quan tâm có thể phản hồi email này hoặc gọi em 0817 552 904 để được báo giá số lượng lớn.

Hồ Thị Cẩm Nhung
VinaCA – Chứng thực chữ ký số
""", "gmail"),
    label=dict(category="unknown", automated=False, language="vi",
               contact=C("Hồ Thị Cẩm Nhung", "+84817552904", "nhung.ho@vinaca-token.vn"),
               note="Vendor sales pitch written by a person (not bulk). From display carries a company suffix."),
))

M.append(dict(
    key="U2", style="gmail",
    **{"from": ("Xuong may Thanh Tam", "xuongmaythanhtam@gmail.com")},
    subject="don hang vai kate thang 3",
    date="2026-02-25 06:48:31",
    body=leaf("text/plain", """Chi Loan oi, em gui don thang 3 nha:
- kate trang kho 1m6: 800m
- kate xanh than: 450m
- thun cotton 4c xam tieu: 300kg
Giao truoc 8/3 giup em, thanh toan nhu cu 50% khi nhan hang. Hop dong nguyen tac em ky roi, gui buu dien hom qua.

Nguyen Thanh Tam - 0328 640 195
""", "UTF-8", "7bit"),
    label=dict(category="unknown", automated=False, language="vi",
               contact=C("Nguyen Thanh Tam", "+84328640195", "xuongmaythanhtam@gmail.com"),
               note="Wrong recipient: a fabric order meant for a supplier ('Chi Loan'); mentions a contract but asks nothing of the firm."),
))

U3_TEXT = """Kính gửi Phòng Nhân sự Công ty Luật TNHH Trường An,

Em là Trịnh Hải Yến, cử nhân Luật Kinh tế, Trường Đại học Luật TP. Hồ Chí Minh (tốt nghiệp 2025). Em thấy tin tuyển dụng Thư ký luật sư của Quý Công ty trên trang TopCV và xin được ứng tuyển.

Trước đây em thực tập 6 tháng tại phòng pháp chế một công ty logistics: soạn hợp đồng vận chuyển, theo dõi công nợ khách hàng và chuẩn bị hồ sơ khởi kiện đòi nợ. Em dùng thành thạo tiếng Anh (IELTS 7.0) và bộ Office.

CV chi tiết em gửi trong tệp đính kèm. Em có thể đi làm ngay.

Số điện thoại: 0345 129 877

Em cảm ơn anh/chị đã dành thời gian xem hồ sơ.
Trịnh Hải Yến
"""

M.append(dict(
    key="U3", style="gmail",
    **{"from": ("Trịnh Hải Yến", "haiyen.trinh.law@gmail.com")},
    subject="Ứng tuyển vị trí Thư ký luật sư – Trịnh Hải Yến",
    date="2026-01-19 22:03:47",
    body=multipart("mixed", [alt(U3_TEXT, "gmail"),
                             attachment("application/pdf", "CV_TrinhHaiYen.pdf", FAKE_PDF)], "gmail"),
    label=dict(category="unknown", automated=False, language="vi",
               contact=C("Trịnh Hải Yến", "+84345129877", "haiyen.trinh.law@gmail.com"),
               note="Job application with CV attachment; mentions contracts and debt-collection files but is not a customer request."),
))

M.append(dict(
    key="U4", style="apple",
    **{"from": ("Doan Kieu Trinh", "kieutrinh.tea@gmail.com")},
    subject="cam on anh Khoa va moi nguoi",
    date="2026-02-10 18:26:04",
    body=leaf("text/plain", """E chao anh Khoa,
Chieu nay e nhan dc giay chung nhan dang ky doanh nghiep voi con dau roi a. Ca nha e mung lam, quan tra sua nho cuoi cung cung thanh cty dang hoang 😄 Cam on anh va moi nguoi da chi e tan tinh, toi khuya van rep tin nhan cho e.
Chuc van phong minh nam moi nhieu suc khoe, dat khach a!
Kieu Trinh
""", "utf-8", "quoted-printable"),
    label=dict(category="unknown", automated=False, language="vi",
               contact=C("Doan Kieu Trinh", None, "kieutrinh.tea@gmail.com"),
               note="Pure thanks after a completed company registration; no request. No diacritics; full name only in From."),
))

M.append(dict(
    key="U5", style="gmail", tz=1,
    **{"from": ("Barr. Samuel Okoro", "samuel.okoro.chambers@gmail.com")},
    subject="URGENT CONFIDENTIAL BUSINESS PROPOSAL - VIETNAMESE BENEFICIARY",
    date="2026-01-11 03:17:55",
    body=leaf("text/plain", """Dear Esteemed Colleague,

I am Barrister Samuel Okoro, personal attorney to late Mr. Tran Van Hung, a Vietnamese contractor who died with his family in an auto crash in Lagos in 2021, leaving a deposit of US$8,500,000.00 (Eight Million Five Hundred Thousand United States Dollars) with a bank here. All efforts to locate his relatives have proved abortive.

I seek your reputable law firm to stand as legal representative of the next of kin so the fund can be released. We will share 40/40 with 20% for expenses. This transaction is 100% risk free.

Kindly reply only to my private email sokoro.esq@protonmail.com with your direct telephone number for more details.

Yours faithfully,
Barr. Samuel Okoro (Esq.)
""", "UTF-8", "7bit"),
    label=dict(category="unknown", automated=False, language="en",
               contact=C("Samuel Okoro", None, "sokoro.esq@protonmail.com"),
               note="Advance-fee scam from a person (automated=false); asks for 'legal representation' but is spam. Reply address in body wins over From."),
))

M.append(dict(
    key="U6", style="outlook", tz=11,
    **{"from": ("Oliver Grant", "oliver.grant@grantmarine.com.au")},
    to="Dang Quoc Huy <huy.dang@truonganlaw.vn>, Pham Thu Trang <trang.pham@truonganlaw.vn>, " + INFO,
    subject="Happy Lunar New Year!",
    date="2026-02-16 20:05:18",
    body=alt("""Dear Huy, Trang and the whole Truong An team,

Chuc mung nam moi! Thank you for all your help over the past year - from the distributor agreement to untangling our customs dispute in Hai Phong. We couldn't have done it without you.

Wishing you a prosperous Year of the Horse. Looking forward to catching up over a coffee when I'm in Saigon in April.

Warm regards,
Oliver Grant
Grant Marine Supplies Pty Ltd
Level 4, 100 Harbour Esplanade, Docklands VIC 3008, Australia
""", "outlook"),
    label=dict(category="unknown", automated=False, language="en",
               contact=C("Oliver Grant", None, "oliver.grant@grantmarine.com.au",
                         "Level 4, 100 Harbour Esplanade, Docklands VIC 3008, Australia"),
               note="Seasonal greeting from a client; mentions past matters and a future visit but requests nothing."),
))

# ====================================================================== UNKNOWN (automated)

A1_ORIG = """Kính gửi chị Phương Thảo,

Công ty Luật Trường An xin nhắc lịch ký hợp đồng chuyển nhượng phần vốn góp lúc 14h00 thứ Năm 29/01/2026 tại văn phòng công chứng Bến Thành. Chị vui lòng mang theo bản gốc CCCD và giấy chứng nhận đăng ký doanh nghiệp.

Mọi thay đổi xin liên hệ luật sư Phạm Thu Trang (0938 551 460) hoặc hotline 1800 63 65.

Công ty Luật TNHH Trường An
"""

A1_REPORT = """This is the mail system at host mx1.truonganlaw.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<phuongthao.ng@tanphatgroup.com.vn>: host mx.tanphatgroup.com.vn[103.97.125.40]
    said: 550 5.1.1 <phuongthao.ng@tanphatgroup.com.vn>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""

A1_STATUS = """Reporting-MTA: dns; mx1.truonganlaw.vn
X-Postfix-Queue-ID: 4Rk9Tz1qLmz3wXc
X-Postfix-Sender: rfc822; info@truonganlaw.vn
Arrival-Date: Tue, 27 Jan 2026 08:30:02 +0700 (+07)

Final-Recipient: rfc822; phuongthao.ng@tanphatgroup.com.vn
Original-Recipient: rfc822;phuongthao.ng@tanphatgroup.com.vn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tanphatgroup.com.vn
Diagnostic-Code: smtp; 550 5.1.1 <phuongthao.ng@tanphatgroup.com.vn>:
    Recipient address rejected: User unknown in virtual mailbox table
"""

_orig_msg = (
    "From: =?UTF-8?B?" + base64.b64encode("Công ty Luật Trường An".encode()).decode() + "?= <info@truonganlaw.vn>\r\n"
    "To: phuongthao.ng@tanphatgroup.com.vn\r\n"
    "Subject: " + enc_words("Nhắc lịch ký hợp đồng chuyển nhượng vốn 29/01") + "\r\n"
    "Date: Tue, 27 Jan 2026 08:30:01 +0700\r\n"
    "Message-ID: <0f3b9a52-1c7e-4d28-b1a6-8e5d72c4a019@truonganlaw.vn>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=\"utf-8\"\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
).encode() + body_bytes(A1_ORIG, "utf-8", "quoted-printable")

M.append(dict(
    key="A1", style="generic",
    **{"from": ("Mail Delivery System", "MAILER-DAEMON@mx1.truonganlaw.vn")},
    subject="Undelivered Mail Returned to Sender",
    date="2026-01-27 08:30:04",
    message_id="<20260127013004.7C1E83A0B2@mx1.truonganlaw.vn>",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=multipart("report", [
        raw_part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], A1_REPORT),
        raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], A1_STATUS),
        Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], _orig_msg),
    ], "generic", params=" report-type=delivery-status;"),
    label=dict(category="unknown", automated=True, language="en", contact=NULL,
               note="Bounce of the firm's own reminder; the returned Vietnamese original contains a lawyer's mobile and the hotline, neither is a customer contact."),
))

M.append(dict(
    key="A2", style="generic",
    **{"from": ("Kestrel Freight Customer Care", "help@kestrelfreight.com")},
    subject="[Request received] Re: Engagement letter - cargo damage claim KF-2291",
    date="2026-02-18 10:41:09",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk",
                   "X-Mailer: Zendesk Mailer"],
    body=alt("""##- Please type your reply above this line -##

Hello,

Thank you for contacting Kestrel Freight. This is an automated confirmation that your request (#48817) has been received. A member of our customer care team will respond within 2 business days.

If your shipment is time-critical, please call our operations desk at +84 28 3535 9090.

Kestrel Freight Customer Care

This email is a service from Kestrel Freight. [Q7VX2-9KL0]
""", "gmail"),
    label=dict(category="unknown", automated=True, language="en", contact=NULL,
               note="Helpdesk auto-acknowledgement; operations desk number is not a contact."),
))

M.append(dict(
    key="A3", style="outlook",
    **{"from": ("Nguyễn Thị Bảo Trâm", "tram.ntb@dongtiengroup.vn")},
    subject="Vắng mặt: Lịch hòa giải tranh chấp hợp đồng thuê kho",
    date="2026-02-11 14:02:55",
    in_reply_to="<c5e81d3a-2f47-4b90-8a1e-6d09b4f7e352@truonganlaw.vn>",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=leaf("text/plain", """Chào anh/chị,

Tôi nghỉ phép từ 10/02 đến hết 23/02/2026 và ít kiểm tra email. Việc gấp về hợp đồng và công nợ xin liên hệ anh Lý Minh Quân, phó phòng kế toán, ĐT 0912 338 416, email quan.lm@dongtiengroup.vn.

Bảo Trâm
""", "utf-8", "quoted-printable"),
    label=dict(category="unknown", automated=True, language="vi", contact=NULL,
               note="Out-of-office; the colleague's phone and email are not contacts."),
))

M.append(dict(
    key="A4", style="outlook",
    **{"from": ("Trương Công Định", "dinh.tc@hoanggiaphat.vn")},
    subject="Trả lời tự động: Dự thảo điều lệ công ty cổ phần – bản sửa lần 2",
    date="2026-02-24 16:20:38",
    extra_headers=["X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: dinh.tc@hoanggiaphat.vn",
                   "Thread-Topic: " + enc_words("Dự thảo điều lệ công ty cổ phần – bản sửa lần 2")],
    body=alt("""Cảm ơn anh/chị đã gửi thư.

Tôi đang công tác tại Nhật Bản từ 23/02 đến 04/03/2026. Các việc về điều lệ, đăng ký thay đổi và hợp đồng xin gửi cho thư ký của tôi là chị Nguyễn Hồng Nhung (nhung.nh@hoanggiaphat.vn). Tôi sẽ phản hồi sau khi về nước.

Trương Công Định
""", "outlook"),
    label=dict(category="unknown", automated=True, language="vi", contact=NULL,
               note="Outlook automatic reply without an Auto-Submitted header; only the subject prefix and X-Auto-Response-Suppress reveal it. Secretary's email is not a contact."),
))

A5_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin Thuế &amp; Doanh nghiệp</title></head>
<body style="margin:0;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b4f8a;color:#fff;font-size:20px"><b>BẢN TIN THUẾ &amp; DOANH NGHIỆP</b> &ndash; Số 07/2026</td></tr>
<tr><td>
<h3>1. Hạn nộp hồ sơ quyết toán thuế TNDN năm 2025</h3>
<p>Doanh nghiệp có năm tài chính trùng năm dương lịch nộp hồ sơ quyết toán chậm nhất ngày 31/3/2026. Xem hướng dẫn chi tiết và các lỗi thường gặp khi kê khai chi phí lãi vay.</p>
<h3>2. Hóa đơn điện tử: những thay đổi từ 2026</h3>
<p>Tổng hợp các điểm mới về lập hóa đơn điều chỉnh, thay thế và xử lý hóa đơn sai mã số thuế người mua.</p>
<h3>3. Hội thảo trực tuyến miễn phí</h3>
<p>&ldquo;Thanh tra thuế và cách chuẩn bị hồ sơ&rdquo; &ndash; 9h00 thứ Sáu 13/3/2026. <a href="https://thuedoanhnghiep-online.vn/su-kien/2026-03-13?utm_source=newsletter&amp;utm_campaign=so07">Đăng ký tại đây</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ddd">
Bạn nhận được email này vì đã đăng ký nhận bản tin tại thuedoanhnghiep-online.vn.<br>
<a href="https://thuedoanhnghiep-online.vn/preferences?u=8f21c0">Cập nhật thông tin nhận tin</a> &middot;
<a href="https://thuedoanhnghiep-online.vn/unsubscribe?u=8f21c0">Hủy đăng ký và xóa email khỏi danh sách</a><br>
Thuế Doanh Nghiệp Online &middot; Hotline 1900 6868 02
</td></tr>
</table></td></tr></table>
</body></html>
"""

M.append(dict(
    key="A5", style="generic",
    **{"from": ("Bản tin Thuế & Doanh nghiệp", "bantin@thuedoanhnghiep-online.vn")},
    to=INFO,
    subject="[Bản tin số 07/2026] Hạn quyết toán thuế TNDN và hội thảo thanh tra thuế",
    date="2026-03-06 06:00:00",
    message_id="<20260305230000.8f21c0.so07@mail.thuedoanhnghiep-online.vn>",
    extra_headers=["List-Unsubscribe: <https://thuedoanhnghiep-online.vn/unsubscribe?u=8f21c0>, <mailto:unsubscribe@thuedoanhnghiep-online.vn?subject=8f21c0>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                   "List-Id: Ban tin Thue va Doanh nghiep <bantin.thuedoanhnghiep-online.vn>",
                   "Precedence: bulk", "X-Mailer: Sendy 6.1.2"],
    body=leaf("text/html", A5_HTML, "utf-8", "base64"),
    label=dict(category="unknown", automated=True, language="vi", contact=NULL,
               note="HTML-only newsletter (bulk). Footer links about updating details and unsubscribing/deleting are boilerplate, not a request."),
))

A6_TEXT = """Kính gửi: CÔNG TY LUẬT TNHH TRƯỜNG AN
Mã số thuế: 0312764508

CÔNG TY TNHH DỊCH VỤ VĂN PHÒNG XANH vừa phát hành hóa đơn điện tử cho Quý khách với thông tin như sau:
- Ký hiệu: 1C26TVX
- Số hóa đơn: 0001873
- Ngày hóa đơn: 28/02/2026
- Tổng tiền thanh toán: 4.950.000 VNĐ

Quý khách tra cứu và tải hóa đơn tại https://tracuu.einvoice-hddt.vn với mã tra cứu: VX7K2QP9D4.

Đây là email được gửi tự động từ hệ thống, vui lòng không trả lời thư này.
"""

M.append(dict(
    key="A6", style="generic",
    **{"from": ("Hệ thống hóa đơn điện tử", "noreply@einvoice-hddt.vn")},
    subject="Thông báo phát hành hóa đơn điện tử số 0001873 của CÔNG TY TNHH DỊCH VỤ VĂN PHÒNG XANH",
    date="2026-02-28 17:45:21",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: eInvoice Notifier 3.2"],
    body=alt(A6_TEXT, "simple"),
    label=dict(category="unknown", automated=True, language="vi", contact=NULL,
               note="System-generated e-invoice notice addressed to the firm; tax code and lookup code are not contacts."),
))

# ====================================================================== write

def main():
    order = list(range(len(M)))
    random.Random(20260309).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = M[idx]
        fname = "t%03d.eml" % n
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(message(m))
        lab = dict(m["label"])
        lab = {k: v for k, v in lab.items() if v is not None}
        labels[fname] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(M))


if __name__ == "__main__":
    main()
