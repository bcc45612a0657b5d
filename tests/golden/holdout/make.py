#!/usr/bin/env python3
"""Generator for the hold-out labelled mail set (h001.eml ... h060.eml + labels.json).

Independent of the mailroom implementation: only the Python standard library is used.
The MIME tree is built with email.message.Message (compat32) and written with
email.generator.BytesGenerator (CRLF line ends, like the development corpus). Header
values are RFC 2047 encoded here, body parts are encoded here (base64 / quoted-printable /
8bit / 7bit) so that each message looks like the client it imitates.

Run:  python3 make.py          (writes next to this file)
"""
import base64
import datetime as dt
import html
import io
import json
import quopri
import random
import sys
import unicodedata
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent
RNG = random.Random(20260424)
TZ = dt.timezone(dt.timedelta(hours=7))
FIRM_INFO = "info@thinhtrigroup.com"
FIRM_SUPPORT = "support@thinhtrigroup.com"

MESSAGES = {}   # file name -> bytes
LABELS = {}     # file name -> label dict
CP1258_TEXT = {}  # file name -> intended NFC body text (for the self-check)


# --------------------------------------------------------------------------- helpers
def D(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ)


def date_hdr(t):
    return format_datetime(t)


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n, extra=""):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + extra
    return "".join(RNG.choice(chars) for _ in range(n))


def uuid_like(upper=False):
    s = f"{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}"
    return s.upper() if upper else s


def mid_gmail():
    return f"<CA{alnum(46, '_-+=')}@mail.gmail.com>"


def mid_outlook(prefix="SG2PR04MB"):
    tail = f"{prefix}{RNG.randint(1000, 9999)}"
    return f"<{tail}{hexid(32).upper()}@{tail}.apcprd06.prod.outlook.com>"


def mid_apple():
    return f"<{uuid_like(True)}@icloud.com>"


def mid_domain(domain):
    return f"<{uuid_like()}@{domain}>"


def b_gmail():
    return "0000000000" + hexid(18)


def b_outlook():
    return f"_000_{alnum(24).upper()}_"


def b_apple():
    return f"Apple-Mail-{uuid_like(True)}"


def b_yahoo():
    return f"----=_Part_{RNG.randint(1000000, 9999999)}_{RNG.randint(100000000, 999999999)}.{RNG.randint(1772400000000, 1777000000000)}"


def b_samsung():
    return f"--_com.samsung.android.email_{RNG.randint(10**14, 10**15 - 1)}"


def b_nextpart():
    return f"----=_NextPart_000_{hexid(4).upper()}_01DC{hexid(4).upper()}.{hexid(8).upper()}"


# ---- Windows-1258: tone marks that have no precomposed code point are written as
# base letter (with its vowel modifier) + combining tone mark, as Windows does.
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(s):
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONES)
        tone = "".join(c for c in d if c in TONES)
        out.append(unicodedata.normalize("NFC", base) + tone)
    b = "".join(out).encode("cp1258", errors="strict")
    assert unicodedata.normalize("NFC", b.decode("cp1258")) == unicodedata.normalize("NFC", s), s
    return b


def _clusters(s):
    out = []
    for ch in s:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _q(b):
    res = []
    for x in b:
        c = chr(x)
        if c == " ":
            res.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            res.append(c)
        else:
            res.append("=%02X" % x)
    return "".join(res)


def ew(s, cs="UTF-8", mode="B", maxlen=66):
    """RFC 2047 encoded words for s, folded with CRLF-SPACE (written as '\n ')."""
    enc = to_cp1258 if cs.lower() == "windows-1258" else (lambda t: t.encode(cs))

    def make(t):
        b = enc(t)
        p = base64.b64encode(b).decode() if mode == "B" else _q(b)
        return f"=?{cs}?{mode}?{p}?="

    words, cur = [], ""
    for c in _clusters(s):
        if cur and len(make(cur + c)) > maxlen:
            words.append(make(cur))
            cur = c
        else:
            cur += c
    words.append(make(cur))
    return "\n ".join(words)


def hdr(s, cs="UTF-8", mode="B", prefix=""):
    if s.isascii():
        return prefix + s
    return prefix + ew(s, cs, mode)


def addr(name, email, cs="UTF-8", mode="B", quote=False):
    if name is None:
        return email
    if name.isascii():
        if quote or any(c in name for c in ',.()@:;"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs, mode)}\n <{email}>"


def text(s, sub="plain", cs="UTF-8", cte="quoted-printable", csq=True, extra="", cte_first=False,
         enc=None):
    """A text part. s is the Unicode body (\n line ends)."""
    m = Message()
    if enc is not None:
        b = enc(s)
    elif cs.lower() == "windows-1258":
        b = to_cp1258(s)
    else:
        b = s.encode(cs)
    if cte == "quoted-printable":
        payload = quopri.encodestring(b).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(b).decode("ascii")
    elif cte == "8bit":
        payload = b.decode("ascii", "surrogateescape")
    else:  # 7bit
        payload = b.decode("ascii")
    csv = f'"{cs}"' if csq else cs
    ct = f"text/{sub}; charset={csv}{extra}"
    if cte_first:
        m["Content-Transfer-Encoding"] = cte
        m["Content-Type"] = ct
    else:
        m["Content-Type"] = ct
        m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multi(sub, parts, boundary, extra=""):
    m = Message()
    m["Content-Type"] = f'multipart/{sub}; boundary="{boundary}"{extra}'
    for p in parts:
        m.attach(p)
    return m


def attachment(data, ctype, filename, disp_name=None, gmail_style=True, extra_hdrs=()):
    m = Message()
    fname = disp_name or filename
    if fname.isascii():
        fn = f'"{fname}"'
    else:
        fn = '"' + ew(fname, "UTF-8", "B", maxlen=200) + '"'
    m["Content-Type"] = f"{ctype}; name={fn}"
    m["Content-Disposition"] = f"attachment; filename={fn}"
    m["Content-Transfer-Encoding"] = "base64"
    if gmail_style:
        m["Content-ID"] = f"<f_{alnum(9).lower()}0>"
        m["X-Attachment-Id"] = f"f_{alnum(9).lower()}0"
    for k, v in extra_hdrs:
        m[k] = v
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def fake_pdf(title):
    body = (
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
        f"4 0 obj\n<< /Length {len(title) + 30} >>\nstream\nBT /F1 14 Tf 72 760 Td ({title}) Tj ET\nendstream\nendobj\n"
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return body.encode("latin-1") + bytes(RNG.randrange(256) for _ in range(600))


def fake_jpeg():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            + bytes(RNG.randrange(256) for _ in range(1500)) + b"\xff\xd9")


def fake_xlsx():
    return b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(RNG.randrange(256) for _ in range(1200))


def html_gmail(s):
    lines = s.split("\n")
    out = []
    for ln in lines:
        out.append("<div>" + (html.escape(ln, quote=False) if ln else "<br>") + "</div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def html_outlook(s, font="Aptos"):
    lines = []
    for ln in s.split("\n"):
        lines.append('<div class="elementToProof" style="font-family: %s, Calibri, Helvetica, sans-serif; '
                     'font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                     % (font, html.escape(ln, quote=False) if ln else "<br>"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + "\n".join(lines) + "\n</body>\n</html>\n")


def html_apple(s):
    parts = []
    for ln in s.split("\n"):
        parts.append('<div dir="ltr">' + (html.escape(ln, quote=False) if ln else "<br>") + "</div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + "".join(parts) + "</body></html>")


def html_plainish(s):
    return ("<html><head></head><body><div style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;"
            "font-size:13px;\">" + "<br>".join(html.escape(x, quote=False) for x in s.split("\n"))
            + "</div></body></html>")


def quote_lines(s, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


WD_VI = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]


def gmail_vi_attrib(t, who):
    return f"Vào {WD_VI[t.weekday()]}, {t.day} thg {t.month}, {t.year} lúc {t:%H:%M} {who} đã viết:"


def gmail_en_fwd_date(t):
    return f"{t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}"


def outlook_sent(t):
    h = t.hour % 12 or 12
    return f"{t:%A}, {t:%B} {t.day}, {t.year} {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def build(name, headers, body, label, preamble=None):
    top = Message()
    for k, v in headers:
        if v is not None:
            top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload  # keep the encoded (possibly 8bit) payload as is
    if preamble is not None:
        top.preamble = preamble
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n")).flatten(top)
    data = fp.getvalue()
    MESSAGES[name] = data if data.endswith(b"\r\n") else data + b"\r\n"
    LABELS[name] = label


def L(cat, lang, name=None, phone=None, email=None, address=None, automated=False, note=None):
    d = {"category": cat, "automated": automated, "language": lang,
         "contact": {"name": name, "phone": phone, "email": email.lower() if email else None,
                     "address": unicodedata.normalize("NFC", address) if address else None}}
    if name:
        d["contact"]["name"] = unicodedata.normalize("NFC", name)
    if note:
        d["note"] = note
    return d


AUTO = dict(automated=True)


def gmail_alt(plain, cte="quoted-printable"):
    return multi("alternative", [text(plain, cte=cte, cte_first=True),
                                 text(html_gmail(plain), "html", cte=cte, cte_first=True)], b_gmail())


def outlook_alt(plain, cte="quoted-printable"):
    return multi("alternative", [text(plain, cs="utf-8", cte=cte),
                                 text(html_outlook(plain), "html", cs="utf-8", cte=cte)], b_outlook())


def outlook_hdrs(subject_plain):
    return [("Thread-Topic", hdr(subject_plain)),
            ("Thread-Index", "AQH" + alnum(29, "+/") + "=="),
            ("Accept-Language", "vi-VN, en-US"),
            ("Content-Language", "vi-VN"),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", "")]


FIRM_SIG_VI = """Trân trọng,
{who}
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65 | Email: info@thinhtrigroup.com"""


# =========================================================================== messages
def h001():
    body = """Chào anh/chị bên Thịnh Trí,

Em tên là Hoàng Thị Mai Anh, hiện đang bán xà phòng và nến thơm handmade online được hơn một năm với tên thương hiệu "Mộc Lan". Gần đây em thấy có shop khác trên Shopee dùng tên gần giống nên em muốn đăng ký nhãn hiệu để được bảo hộ.

Em có mấy câu hỏi:
1. Em đứng tên cá nhân đăng ký được không hay phải thành lập công ty/hộ kinh doanh trước?
2. Logo em tự thiết kế có chữ "Mộc Lan" và hình bông hoa, vậy đăng ký mấy nhóm sản phẩm là đủ (xà phòng, nến, tinh dầu)?
3. Thời gian từ lúc nộp đơn đến khi có văn bằng khoảng bao lâu, chi phí trọn gói bao nhiêu?

Anh/chị có thể gọi em trong giờ hành chính theo số 0903.518.274 hoặc trả lời qua email này cũng được ạ.

Em cảm ơn nhiều!
Mai Anh
"""
    subj = "Tư vấn đăng ký nhãn hiệu cho xà phòng thủ công"
    build("h001.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 2, 8, 41, 7))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr(subj)),
        ("From", addr("Hoàng Thị Mai Anh", "maianh.hoang.handmade@gmail.com")),
        ("To", FIRM_INFO),
    ], gmail_alt(body, "base64"),
        L("service_request", "vi", "Hoàng Thị Mai Anh", "+84903518274", "maianh.hoang.handmade@gmail.com",
          note="Signature is only 'Mai Anh'; full name in the body. Dotted phone format."))


def h002():
    body = """Chào anh/chị,

Tôi đang đi công tác tại Nhật Bản từ ngày 09/03 đến hết ngày 20/03/2026 và sẽ kiểm tra email không thường xuyên.
Việc gấp xin liên hệ trợ lý của tôi là chị Phùng Thị Nga, điện thoại 0917 342 118, email nga.phung@saigonbuild.com.vn.

Trân trọng,
Lê Quang Định
Giám đốc Dự án - Công ty CP Xây dựng Sài Gòn Build
"""
    orig = f"<{uuid_like()}@thinhtrigroup.com>"
    build("h002.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 10, 14, 3, 51))),
        ("References", orig),
        ("In-Reply-To", orig),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Báo giá dịch vụ tư vấn pháp lý thường xuyên năm 2026", prefix="Re: ")),
        ("From", addr("Lê Quang Định", "dinh.lequang@saigonbuild.com.vn")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
        ("Auto-Submitted", "auto-replied"),
    ], gmail_alt(body),
        L("unknown", "vi", **AUTO,
          note="Gmail vacation responder: only Auto-Submitted reveals it; subject is an ordinary 'Re:'. "
               "Body carries an assistant's name/phone that must not become a contact."))


def h003():
    body = """Chao cong ty
toi muon xoa thong tin ca nhan cua toi trong he thong cong ty. Nam ngoai toi co goi hotline 1800 63 65 hoi ve thu tuc sang ten xe may va co de lai ho ten, so dien thoai, dia chi. Bay gio toi khong can nua.
Nho cong ty xoa het giup toi, xoa xong thi nhan tin bao toi 1 tieng la duoc.
Luu Van Tam
0397 615 028
"""
    build("h003.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 3, 21, 17, 40))),
        ("Message-ID", mid_gmail()),
        ("Subject", "xoa thong tin ca nhan"),
        ("From", addr("Tam Luu", "luuvantam1985@gmail.com")),
        ("To", FIRM_SUPPORT),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("deletion_request", "vi", "Luu Van Tam", "+84397615028", "luuvantam1985@gmail.com",
          note="No diacritics; the firm's hotline 1800 63 65 is quoted before the sender's own number."))


def h004():
    body = """Dear Thinh Tri team,

On 2 March I signed your service agreement for the incorporation of a single-member LLC (Bright Harbor Consulting Vietnam) and paid the full fee of VND 18,500,000 the same day. Your consultant, Mr. Hieu, told me the application would be filed within 5 working days and that I would have an update every week.

It is now 27 March. Since then I have chased your office four times by email and twice through your hotline (1800 63 65). Each time I am told the file is "being processed", but nobody can tell me whether it has actually been submitted to the licensing authority, or give me a receipt or reference number.

This delay is costing me money: I cannot open a corporate bank account, sign my office lease or hire staff. I expect a written explanation by Wednesday 1 April with the real status of the filing, the submission receipt and a firm date. Otherwise I will ask for a full refund and take the matter further.

Regards,
Andrew Collins
Managing Director, Bright Harbor Consulting
Mobile: +84 938 660 127
"""
    subj = "Company registration - 4 weeks and still nothing"
    build("h004.eml", [
        ("From", addr("Andrew Collins", "andrew.collins@brightharbor.co")),
        ("To", addr("Thinh Tri Support", FIRM_SUPPORT)),
        ("Subject", subj),
        *outlook_hdrs(subj),
        ("Date", date_hdr(D(2026, 3, 27, 17, 55, 2))),
        ("Message-ID", mid_outlook("PS2PR02MB")),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("complaint", "en", "Andrew Collins", "+84938660127", "andrew.collins@brightharbor.co",
          note="Slow-service complaint; firm hotline quoted in the body is not the sender's phone."))


def h005():
    body = """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Ngô Thanh Tùng, sinh năm 1979. Tháng 6/2025 tôi có sử dụng dịch vụ của Công ty để yêu cầu bồi thường trong vụ tai nạn giao thông trên Quốc lộ 5. Vụ việc đã kết thúc.

Căn cứ Chính sách bảo mật thông tin của Công ty (mục 6), tôi đề nghị Công ty cho tôi biết hiện đang lưu giữ những thông tin cá nhân nào của tôi (họ tên, số điện thoại, địa chỉ, giấy tờ tùy thân, hồ sơ bệnh án...) và gửi cho tôi một bản sao các thông tin đó qua email này.

Số điện thoại của tôi: 0888 215 437.

Trân trọng,
Ngô Thanh Tùng
"""
    build("h005.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 4, 9, 12, 26))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Đề nghị cung cấp bản sao thông tin cá nhân")),
        ("From", addr("Ngô Thanh Tùng", "thanhtung.ngo.hp@gmail.com", mode="Q")),
        ("To", FIRM_SUPPORT),
    ], gmail_alt(body),
        L("access_request", "vi", "Ngô Thanh Tùng", "+84888215437", "thanhtung.ngo.hp@gmail.com"))


def h006():
    body = "hello?\nco ai o do khong a\n"
    build("h006.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 5, 23, 48, 13))),
        ("Message-ID", mid_gmail()),
        ("Subject", "hello?"),
        ("From", addr("Tuan Kiet", "kiet.nguyen2k3@gmail.com")),
        ("To", FIRM_INFO),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("unknown", "vi", "Tuan Kiet", None, "kiet.nguyen2k3@gmail.com",
          note="Vague probe with no request; name only from the From display name."))


def h007():
    body = """Chao anh chi,
Em la Ly Minh Khoa, dang nho ben minh lam ho so xin the tam tru cho vo em (quoc tich Han Quoc), luat su Ngan phu trach.
Em doi so dien thoai roi, so cu 0905 112 349 khong dung nua. Anh chi cap nhat so moi giup em: 0329 487 610.
Cam on anh chi.
"""
    build("h007.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 5, 11, 2, 44))),
        ("Message-ID", mid_gmail()),
        ("Subject", "doi sdt"),
        ("From", addr("Khoa Ly", "lyminhkhoa.dn@gmail.com")),
        ("To", FIRM_SUPPORT),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("correction_request", "vi", "Ly Minh Khoa", "+84329487610", "lyminhkhoa.dn@gmail.com",
          note="Old number 0905 112 349 comes first; contact phone is the new one."))


def h008():
    body = """Chao luat su
Nha toi o Long Thanh, Dong Nai, co mieng dat 300m2 da co so do tu nam 2008. Thang truoc nha hang xom xay tuong rao lan sang dat nha toi khoang 1m chieu ngang, noi chuyen thi ho bao dat ho do dung roi. Toi da lam don len UBND xa nhung hoa giai khong thanh.
Cho toi hoi bay gio toi phai khoi kien o dau, co can do ve lai dat khong, chi phi thue luat su di kien bao nhieu.
So cua toi 097-285-1436, goi sau 5h chieu giup toi.
Le Van Hau

Sent from my Galaxy
"""
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body><div dir="auto">' + "<br>".join(html.escape(x, quote=False) for x in body.split("\n"))
             + "</div></body></html>")
    build("h008.eml", [
        ("Message-ID", f"<{alnum(20)}@email.android.com>"),
        ("Date", date_hdr(D(2026, 3, 6, 6, 58, 31))),
        ("Subject", "hoi ve tranh chap ranh gioi dat voi hang xom"),
        ("From", addr("hau le", "levanhau.ktv@gmail.com")),
        ("To", FIRM_INFO),
        ("MIME-Version", "1.0"),
    ], multi("alternative", [text(body, cs="UTF-8", cte="base64", csq=False),
                             text(htmlb, "html", cs="UTF-8", cte="base64", csq=False)], b_samsung()),
        L("service_request", "vi", "Le Van Hau", "+84972851436", "levanhau.ktv@gmail.com",
          note="Phone written 097-285-1436; 'Long Thanh, Dong Nai' is only a locality, not an address."))


def h009():
    dsn_text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hoa.pham@tanphucland.vn
    mailbox is full: retry timeout exceeded
"""
    orig_body = """Kính gửi chị Phạm Thị Hòa,

Thịnh Trí đã nhận yêu cầu tư vấn về thủ tục chuyển nhượng quyền sử dụng đất của chị. Luật sư phụ trách sẽ gọi lại cho chị theo số 0916 207 553 trong ngày làm việc tiếp theo.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

""" + FIRM_SIG_VI.format(who="Bộ phận Chăm sóc khách hàng") + "\n"
    sent = D(2026, 3, 2, 15, 20, 4)
    orig = Message()
    orig["Return-Path"] = "<support@thinhtrigroup.com>"
    orig["Received"] = ("from mail.thinhtrigroup.com ([103.97.125.18])\n\tby mx.tanphucland.vn with esmtps "
                        "(TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <support@thinhtrigroup.com>)\n\t"
                        "id 1vXq3Z-0004Kp-1B\n\tfor hoa.pham@tanphucland.vn; " + date_hdr(sent))
    orig["MIME-Version"] = "1.0"
    orig["From"] = addr("Thịnh Trí Group", FIRM_SUPPORT, mode="Q")
    orig["To"] = addr("Phạm Thị Hòa", "hoa.pham@tanphucland.vn", mode="Q")
    orig["Subject"] = hdr("Xác nhận tiếp nhận yêu cầu tư vấn", mode="Q")
    orig["Date"] = date_hdr(sent)
    orig["Message-ID"] = f"<{uuid_like()}@thinhtrigroup.com>"
    tp = text(orig_body, cs="utf-8")
    for k, v in tp.items():
        orig[k] = v
    orig.set_payload(tp.get_payload())
    rfc = Message()
    rfc["Content-Type"] = "message/rfc822"
    rfc.set_payload([orig])
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mx.tanphucland.vn"
    b2 = Message()
    b2["Action"] = "failed"
    b2["Final-Recipient"] = "rfc822;hoa.pham@tanphucland.vn"
    b2["Status"] = "5.2.2"
    b2["Last-Attempt-Date"] = date_hdr(D(2026, 3, 6, 15, 21, 9))
    ds.set_payload([b1, b2])
    rep = multi("report", [text(dsn_text, cs="us-ascii", cte="7bit"), ds, rfc],
                f"{RNG.randint(1700000000, 1799999999)}-eximdsn-{RNG.randint(10**9, 2 * 10**9)}",
                extra="; report-type=delivery-status")
    build("h009.eml", [
        ("Return-Path", "<>"),
        ("Received", "from mx.tanphucland.vn ([45.119.82.77])\n\tby mail.thinhtrigroup.com (Postfix) with ESMTPS id 4fK2Wd1bQzz1xR\n\t"
                     "for <support@thinhtrigroup.com>; " + date_hdr(D(2026, 3, 6, 15, 21, 12))),
        ("X-Failed-Recipients", "hoa.pham@tanphucland.vn"),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@mx.tanphucland.vn>"),
        ("To", FIRM_SUPPORT),
        ("References", orig["Message-ID"]),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1vYr2k-0007Qa-3D@mx.tanphucland.vn>"),
        ("Date", date_hdr(D(2026, 3, 6, 15, 21, 9))),
        ("MIME-Version", "1.0"),
    ], rep,
        L("unknown", "en", **AUTO,
          note="Exim multipart/report bounce of the firm's own reply; the returned message names a customer and her phone."))


def h010():
    body = """Kính gửi Ban quản trị Công ty Thịnh Trí,

Ngày 04/03/2026 tôi đến văn phòng Công ty tại 57-59 Võ Thị Sáu để được tư vấn về việc tách thửa mảnh đất của mẹ tôi ở Củ Chi. Tôi có để lại bản photo sổ hồng, CCCD và số điện thoại.

Chỉ một tuần sau, tôi liên tục nhận được điện thoại của mấy người tự xưng là môi giới nhà đất. Họ nói đúng diện tích, số thửa và hỏi tôi có muốn bán lô đất đó không, "bên em có khách trả giá cao". Tôi không hề đăng bán và chưa đưa giấy tờ này cho ai khác ngoài Công ty.

Tôi đề nghị Công ty:
- Kiểm tra và trả lời bằng văn bản ai đã tiếp cận hồ sơ của tôi;
- Cho biết thông tin của tôi đã được chia sẻ cho bên nào;
- Có biện pháp xử lý nhân viên liên quan.

Nếu không nhận được phản hồi trong tuần này, tôi sẽ gửi đơn đến cơ quan có thẩm quyền.

Nguyễn Thị Kim Oanh
ĐT: 0908 552 916
"""
    plain = text(body, cs="UTF-8", cte="quoted-printable")
    htm = text('<html><head></head><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
               '<div dir="ltr" data-setdir="false">' + "<br>".join(html.escape(x, quote=False) for x in body.split("\n"))
               + "</div></div></body></html>", "html", cs="UTF-8", cte="quoted-printable")
    build("h010.eml", [
        ("Date", date_hdr(D(2026, 3, 13, 20, 6, 38))),
        ("From", addr("Nguyễn Thị Kim Oanh", "kimoanh.nguyen76@yahoo.com.vn")),
        ("To", addr(None, FIRM_INFO)),
        ("Message-ID", f"<{RNG.randint(10**9, 2 * 10**9)}.{RNG.randint(10**6, 10**7)}.{RNG.randint(10**12, 10**13)}@mail.yahoo.com>"),
        ("Subject", hdr("Khiếu nại về việc lộ thông tin hồ sơ đất đai")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.25021 YMailNorrin"),
    ], multi("alternative", [plain, htm], b_yahoo()),
        L("complaint", "vi", "Nguyễn Thị Kim Oanh", "+84908552916", "kimoanh.nguyen76@yahoo.com.vn",
          note="Data-leak complaint; the firm's own address (57-59 Võ Thị Sáu) is mentioned and is not the sender's address."))


def h011():
    body = """Dear Data Protection Officer,

Your firm handled my work permit and temporary residence card in 2024, and again in 2025 when I changed employer.

Under Vietnam's Law on Personal Data Protection, I would like to exercise my right to access my personal data. Please provide:

1. a copy of all personal data you hold about me, including scanned documents and internal notes;
2. the purposes for which it is processed and the parties it has been shared with (for example the immigration authorities or my employer);
3. how long you intend to keep it.

An electronic copy sent to this address is fine. I can be reached during office hours on (028) 3910 4472, ext. 215.

Kind regards,
Olivia Brandt
Head of Primary, Kestrel International School
"""
    build("h011.eml", [
        ("Message-ID", mid_domain("kestrel-edu.org")),
        ("Date", date_hdr(D(2026, 3, 9, 16, 22, 0))),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-GB"),
        ("To", FIRM_SUPPORT),
        ("From", addr("Olivia Brandt", "o.brandt@kestrel-edu.org")),
        ("Subject", "Subject access request"),
    ], text(body, cs="UTF-8", cte="7bit", csq=False, extra="; format=flowed"),
        L("access_request", "en", "Olivia Brandt", "+842839104472", "o.brandt@kestrel-edu.org",
          note="Landline with an extension ('ext. 215'); the extension is not part of the E.164 number."))


def h012():
    body = """Hello,

For the past two weeks someone from your office has been calling me almost every day about a "free legal check-up" for foreigners buying apartments. I asked about this once at an expat fair in January and I am not interested any more.

Please unsubscribe me from your calls and messages, and remove my number 0372 908 416 and my name from your contact list. I do not want to be contacted again for marketing.

Thomas Becker
"""
    build("h012.eml", [
        ("Return-Path", "<t.becker1971@gmx.de>"),
        ("MIME-Version", "1.0"),
        ("Message-ID", f"<trinity-{uuid_like()}-{RNG.randint(10**12, 10**13)}@3c-app-gmx-bs{RNG.randint(10, 70)}>"),
        ("From", addr("Thomas Becker", "t.becker1971@gmx.de")),
        ("To", FIRM_INFO),
        ("Subject", "Stop calling me"),
        ("Content-Type", None),
        ("Date", date_hdr(D(2026, 3, 10, 3, 14, 55))),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
    ], text(body, cs="UTF-8", cte="quoted-printable"),
        L("deletion_request", "en", "Thomas Becker", "+84372908416", "t.becker1971@gmx.de",
          note="'Unsubscribe me from your calls' + remove my number: a deletion request without the word delete."))


def h013():
    body = """Kính gửi Công ty Thịnh Trí,

Tôi tên Đỗ Thị Liên, năm nay 68 tuổi, giáo viên đã nghỉ hưu. Tôi có căn nhà tại 118/3 Trần Bình Trọng, Phường 2, Quận 5, TP.HCM, đứng tên tôi (chồng tôi đã mất năm 2019).

Tôi muốn làm thủ tục tặng cho căn nhà này cho con trai út, nhưng các con khác có ý kiến. Xin Công ty tư vấn giúp:
- Tôi có cần sự đồng ý của các con khác không, vì nhà có phần tài sản chung của chồng tôi?
- Thủ tục, giấy tờ và thuế, phí phải nộp khi tặng cho con?
- Công ty có nhận làm trọn gói không, chi phí bao nhiêu?

Tôi ở ngay tại căn nhà nói trên, điện thoại nhà: (028) 3923 5816. Tôi không rành máy tính, mong Công ty gọi điện cho tôi thì tiện hơn.

Kính thư,
Đỗ Thị Liên
"""
    CP1258_TEXT["h013.eml"] = body
    build("h013.eml", [
        ("From", addr("Đỗ Thị Liên", "dothilien.gv@yahoo.com", cs="windows-1258", mode="Q")),
        ("To", addr(None, FIRM_INFO)),
        ("Subject", hdr("Nhờ tư vấn thủ tục tặng cho nhà đất cho con trai", cs="windows-1258", mode="Q")),
        ("Date", date_hdr(D(2026, 3, 11, 7, 33, 19))),
        ("Message-ID", f"<{hexid(4)}01dcb1{hexid(2)}${hexid(8)}$0c00a8c0@LIEN-PC>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Adyx" + alnum(24, "+/") + "=="),
        ("Content-Language", "vi"),
    ], text(body, cs="windows-1258", cte="quoted-printable"),
        L("service_request", "vi", "Đỗ Thị Liên", "+842839235816", "dothilien.gv@yahoo.com",
          "118/3 Trần Bình Trọng, Phường 2, Quận 5, TP.HCM",
          note="windows-1258 (Outlook 2007) with combining tone marks; landline (028) number; own home address."))


def h014():
    plain = """LEGALTECH ASIA WEEKLY - Issue #214

In this issue
- AI contract review: what mid-size firms in Southeast Asia are actually buying
- Vietnam's Personal Data Protection Law: 10 things law firms must change before year end (deletion requests, consent logs, breach notices)
- Webinar: "Client portals that clients actually use" - Thursday 26 March, 3pm SGT
- Job board: 14 new legal operations roles

Read online: https://legaltechasia-weekly.com/issues/214

You are receiving this email because info@thinhtrigroup.com subscribed to LegalTech Asia Weekly.
Unsubscribe: https://legaltechasia-weekly.com/u?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ&l=214
Update your preferences or ask us to delete your data: https://legaltechasia-weekly.com/privacy

LegalTech Asia Media Pte. Ltd., 71 Ayer Rajah Crescent #02-18, Singapore 139951
"""
    htm = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>LegalTech Asia Weekly #214</title></head>"
           "<body style=\"margin:0;background:#f4f4f4\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
           "<table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif\"><tr><td style=\"padding:24px\">"
           "<h1 style=\"font-size:22px\">LegalTech Asia Weekly &ndash; Issue #214</h1>"
           "<ul><li>AI contract review: what mid-size firms in Southeast Asia are actually buying</li>"
           "<li>Vietnam&rsquo;s Personal Data Protection Law: 10 things law firms must change before year end (deletion requests, consent logs, breach notices)</li>"
           "<li>Webinar: &ldquo;Client portals that clients actually use&rdquo; &ndash; Thursday 26 March, 3pm SGT</li>"
           "<li>Job board: 14 new legal operations roles</li></ul>"
           "<p><a href=\"https://legaltechasia-weekly.com/issues/214\">Read online</a></p>"
           "<p style=\"font-size:11px;color:#888\">You are receiving this email because info@thinhtrigroup.com subscribed to LegalTech Asia Weekly.<br>"
           "<a href=\"https://legaltechasia-weekly.com/u?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ&amp;l=214\">Unsubscribe</a> | "
           "<a href=\"https://legaltechasia-weekly.com/privacy\">Update your preferences or ask us to delete your data</a><br>"
           "LegalTech Asia Media Pte. Ltd., 71 Ayer Rajah Crescent #02-18, Singapore 139951</p>"
           "</td></tr></table></td></tr></table>"
           f"<img src=\"https://t.legaltechasia-weekly.com/o/{hexid(24)}.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>")
    build("h014.eml", [
        ("Return-Path", f"<bounce-mc.us21_{RNG.randint(10**7, 10**8)}.{RNG.randint(10**5, 10**6)}-{hexid(10)}@mail{RNG.randint(10, 99)}.suw{RNG.randint(10, 99)}.mcdlv.net>"),
        ("From", addr("LegalTech Asia Weekly", "news@legaltechasia-weekly.com")),
        ("Reply-To", "LegalTech Asia Weekly <editor@legaltechasia-weekly.com>"),
        ("To", "<info@thinhtrigroup.com>"),
        ("Subject", "This week: AI contract review, Vietnam's new data law, and 3 webinars"),
        ("Date", date_hdr(D(2026, 3, 12, 6, 0, 14))),
        ("Message-ID", f"<{hexid(20)}.{hexid(10)}@mail{RNG.randint(10, 99)}.suw{RNG.randint(10, 99)}.mcdlv.net>"),
        ("List-Unsubscribe", "<https://legaltechasia-weekly.com/u?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ&l=214>,\n <mailto:unsubscribe-mc.us21_" + hexid(12) + "@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Campaign", f"mailchimp{hexid(10)}.{hexid(10)}"),
        ("Feedback-ID", f"{RNG.randint(10**7, 10**8)}:{RNG.randint(10**7, 10**8)}:us21:mc"),
        ("MIME-Version", "1.0"),
    ], multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable"),
                             text(htm, "html", cs="utf-8", cte="quoted-printable")],
             f"_----------=_MCPart_{RNG.randint(10**8, 10**9)}"),
        L("unknown", "en", **AUTO,
          note="Newsletter with List-Unsubscribe only (no Precedence); bulk mail, never answered. Mentions 'deletion requests' / 'delete your data'."))


def h015():
    body = """Chao anh chi,
Em la Nguyen Thi Hong Nhung, khach hang lam ho so ly hon thuan tinh ben minh (ma ho so TT-2025-0817).
Em vua chuyen nha, nho anh chi sua dia chi nhan giay to cua em thanh:
so 8 ngach 15 ngo 102 pho Truong Chinh, P. Phuong Mai, Q. Dong Da, Ha Noi
Dia chi cu o Long Bien khong con ai nhan nua. So dt van la 096-658-3214.
Em cam on a
"""
    build("h015.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 12, 12, 40, 2))),
        ("Message-ID", mid_gmail()),
        ("Subject", "cap nhat dia chi moi"),
        ("From", addr("Nhung Nguyen", "hongnhung.nguyen93@gmail.com")),
        ("To", FIRM_SUPPORT),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("correction_request", "vi", "Nguyen Thi Hong Nhung", "+84966583214", "hongnhung.nguyen93@gmail.com",
          "so 8 ngach 15 ngo 102 pho Truong Chinh, P. Phuong Mai, Q. Dong Da, Ha Noi",
          note="Address without diacritics on its own line; case number TT-2025-0817 is not a phone."))


def h016():
    body = """Chao cong ty Thinh Tri,
Ngay 10/3 toi co dien form dang ky tu van tren web thinhtrigroup.com ve viec thanh lap ho kinh doanh, co ghi sdt 0369 201 745 va email nay.
Tu hom do toi nhan duoc rat nhieu tin nhan SMS quang cao vay tien, mo the tin dung, khoa hoc chung khoan, con co nguoi la ket ban Zalo goi dung ten toi va hoi "anh can lam giay phep kinh doanh khong". Truoc do so nay toi rat it khi bi lam phien nhu vay.
Toi khong biet cong ty co chia se thong tin cho ben thu ba khong, nhung toi rat buc xuc. De nghi cong ty kiem tra va tra loi ro rang cho toi.
Vo Thanh Long
"""
    build("h016.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 16, 19, 27, 45))),
        ("Message-ID", mid_gmail()),
        ("Subject", "phan anh bi lam phien sau khi dang ky tu van tren web"),
        ("From", addr("Long Vo", "vothanhlong.bd@gmail.com")),
        ("To", FIRM_INFO),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("complaint", "vi", "Vo Thanh Long", "+84369201745", "vothanhlong.bd@gmail.com",
          note="Spam after giving data on the web form; no explicit deletion request."))


def h017():
    body = """Kính gửi Quý khách,

Cảm ơn Quý khách đã gửi thư đến Phòng Kế toán - Công ty CP Dược Bình An.
Thư của Quý khách sẽ được xử lý trong giờ làm việc (8h00 - 17h00, thứ Hai đến thứ Sáu).
Trường hợp cần hỗ trợ gấp, vui lòng gọi (0251) 3822 417.

Đây là thư trả lời tự động, vui lòng không trả lời thư này.
"""
    build("h017.eml", [
        ("Return-Path", "<ketoan@duocbinhan.com.vn>"),
        ("To", FIRM_INFO),
        ("Subject", hdr("Trả lời tự động: Thông báo lịch nghỉ lễ Giỗ Tổ Hùng Vương và 30/4 - 1/5")),
        ("X-Autorespond", "yes"),
        ("From", addr("Kế toán - Cty CP Dược Bình An", "ketoan@duocbinhan.com.vn")),
        ("Date", date_hdr(D(2026, 4, 15, 9, 1, 3))),
        ("Message-ID", f"<{hexid(32)}@duocbinhan.com.vn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "cPanel Autoresponder"),
    ], text(body, cs="utf-8", cte="8bit"),
        L("unknown", "vi", **AUTO,
          note="cPanel autoresponder: X-Autorespond header plus 'Trả lời tự động:' subject; From is a department."))


def h018():
    body = """Hello,

I'm a British national and have been living in Thao Dien for about a year. I'd like to set up a small company in Ho Chi Minh City that roasts and sells specialty coffee and also offers barista training, 100% owned by me.

Could you tell me:
- what the minimum charter capital would realistically need to be for this kind of business;
- whether coffee roasting or the training part needs any special licence or food safety certificate;
- how long the whole process takes (investment certificate, enterprise registration, bank account);
- your fees, and whether you can also handle my work permit as director afterwards.

I'm happy to come to your office next week. The easiest way to reach me is WhatsApp or Zalo on +84 912 640 385.

Best regards,
Daniel Whitaker
"""
    subj = "Setting up a 100% foreign-owned company in HCMC"
    build("h018.eml", [
        ("From", addr("Daniel Whitaker", "dan.whitaker@outlook.com")),
        ("To", addr(None, FIRM_INFO)),
        ("Subject", subj),
        ("Thread-Topic", subj),
        ("Thread-Index", "AQH" + alnum(29, "+/") + "=="),
        ("Date", date_hdr(D(2026, 3, 17, 10, 48, 36))),
        ("Message-ID", mid_outlook("DB9PR10MB")),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("service_request", "en", "Daniel Whitaker", "+84912640385", "dan.whitaker@outlook.com",
          note="'Thao Dien' is a neighbourhood, not a full address."))


def h019():
    body = """Chào Công ty,

Tôi là Hồ Thị Bích Ngọc. Đây không phải là khiếu nại, tôi chỉ muốn hỏi: năm ngoái tôi có nhờ Công ty tư vấn qua điện thoại về việc mua bán đất và có gửi qua email bản scan sổ đỏ cùng CCCD của hai vợ chồng. Hiện Công ty còn lưu những thông tin, giấy tờ gì của tôi, lưu ở đâu và những ai được xem? Nếu được, Công ty gửi cho tôi danh sách hoặc bản sao để tôi nắm.

Tôi ở xa nên xin liên lạc qua email này hoặc điện thoại 0976 330 521. Địa chỉ nhà tôi: Thôn 4, xã Hòa Thắng, TP. Buôn Ma Thuột, Đắk Lắk.

Cảm ơn Công ty.
Bích Ngọc
"""
    build("h019.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 18, 15, 9, 58))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Hỏi về thông tin cá nhân công ty đang lưu")),
        ("From", addr("Bich Ngoc Ho", "bichngoc.ho.dl@gmail.com")),
        ("To", FIRM_INFO),
    ], gmail_alt(body),
        L("access_request", "vi", "Hồ Thị Bích Ngọc", "+84976330521", "bichngoc.ho.dl@gmail.com",
          "Thôn 4, xã Hòa Thắng, TP. Buôn Ma Thuột, Đắk Lắk",
          note="Says 'Đây không phải là khiếu nại, tôi chỉ muốn hỏi' — it is an access request, not a complaint."))


def h020():
    body = """Kính gửi Luật sư Vũ Đức Hòa và Công ty Thịnh Trí,

Bản án ly hôn của tôi đã có hiệu lực pháp luật từ ngày 20/02/2026 và tôi đã nhận đủ giấy tờ gốc. Cảm ơn Luật sư đã hỗ trợ tôi trong suốt thời gian qua.

Vì hồ sơ có nhiều thông tin riêng tư (tin nhắn, hình ảnh, sao kê ngân hàng, thông tin của các con), tôi đề nghị Công ty tiêu hủy toàn bộ bản sao giấy tờ, bản scan và dữ liệu cá nhân của tôi và các con mà Công ty đang lưu, trừ những gì pháp luật bắt buộc phải giữ lại. Xin Công ty cho tôi biết khi nào việc tiêu hủy hoàn tất.

Trân trọng,
Quách Thị Thanh Tâm
"""
    subj = "Đề nghị tiêu hủy hồ sơ sau khi kết thúc vụ việc"
    build("h020.eml", [
        ("From", addr("Quách Thị Thanh Tâm", "thanhtam.quach@hotmail.com")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
        ("Subject", hdr(subj)),
        *outlook_hdrs(subj),
        ("Date", date_hdr(D(2026, 3, 19, 22, 30, 11))),
        ("Message-ID", mid_outlook("TYZPR03MB")),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body, "base64"),
        L("deletion_request", "vi", "Quách Thị Thanh Tâm", None, "thanhtam.quach@hotmail.com",
          note="'tiêu hủy' (destroy) instead of 'xóa'; the lawyer's name in the greeting is not the sender."))


def h021():
    body = """Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em tên là Trịnh Khánh Linh, sinh viên năm 4 ngành Luật Thương mại, Trường Đại học Luật TP.HCM. Em được biết Công ty đang tuyển thực tập sinh pháp lý qua trang tuyển dụng của trường.

Em đã có 6 tháng làm cộng tác viên tại một văn phòng công chứng, quen với việc soạn thảo hợp đồng và nghiên cứu hồ sơ doanh nghiệp. Em có thể thực tập toàn thời gian từ tháng 5/2026.

Em xin gửi kèm CV và bảng điểm để Quý Công ty xem xét. Em rất mong có cơ hội được phỏng vấn.

Trân trọng,
Trịnh Khánh Linh
SĐT: 0847 302 619
"""
    alt = gmail_alt(body)
    att1 = attachment(fake_pdf("CV Trinh Khanh Linh"), "application/pdf", "CV_TrinhKhanhLinh.pdf")
    att2 = attachment(fake_pdf("Bang diem"), "application/pdf", "Bảng điểm - Trịnh Khánh Linh.pdf")
    build("h021.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 20, 21, 14, 27))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("[Ứng tuyển] Thực tập sinh pháp lý - Trịnh Khánh Linh")),
        ("From", addr("Trịnh Khánh Linh", "khanhlinh.trinh.ulaw@gmail.com")),
        ("To", FIRM_INFO),
    ], multi("mixed", [alt, att1, att2], b_gmail()),
        L("unknown", "vi", "Trịnh Khánh Linh", "+84847302619", "khanhlinh.trinh.ulaw@gmail.com",
          note="Internship application with CV and transcript (RFC 2047 encoded attachment name); not a customer request."))


def h022():
    body = """Kính gửi Phòng Chăm sóc khách hàng,

Ngày 16/03/2026, Công ty đã gửi báo giá dịch vụ đăng ký thay đổi ngành nghề kinh doanh và tăng vốn điều lệ cho Công ty TNHH Thiên Phát với tổng phí 7.500.000 đồng (đã gồm VAT). Chúng tôi đã đồng ý và thanh toán tạm ứng 50%.

Tuy nhiên, hóa đơn điện tử số 0000318 ngày 02/04/2026 lại ghi tổng số tiền 11.200.000 đồng, có thêm khoản "phí xử lý hồ sơ khẩn" mà chúng tôi không hề yêu cầu và không được thông báo trước. Khi tôi gọi lên tổng đài 1800 63 65 thì được trả lời là "sẽ báo lại", đến nay đã 5 ngày vẫn chưa có phản hồi.

Đề nghị Công ty giải thích khoản phí phát sinh, điều chỉnh hóa đơn đúng theo báo giá và phản hồi cho chúng tôi bằng văn bản.

Trân trọng,
Đoàn Thị Hương Giang
Trưởng phòng Hành chính - Kế toán
Công ty TNHH Thiên Phát
ĐT: (028) 3848 2710 - máy lẻ 12
"""
    subj = "Phản ánh về hóa đơn phí dịch vụ cao hơn báo giá"
    build("h022.eml", [
        ("From", addr("Đoàn Thị Hương Giang", "giang.doan@thienphatlogistics.vn")),
        ("To", addr("support", FIRM_SUPPORT)),
        ("Subject", hdr(subj)),
        *outlook_hdrs(subj),
        ("Date", date_hdr(D(2026, 4, 7, 14, 12, 50))),
        ("Message-ID", mid_outlook("KL1PR0601MB")),
        ("MIME-Version", "1.0"),
    ], text(html_outlook(body), "html", cs="utf-8", cte="quoted-printable"),
        L("complaint", "vi", "Đoàn Thị Hương Giang", "+842838482710", "giang.doan@thienphatlogistics.vn",
          note="HTML-only Outlook; billing complaint. Invoice number 0000318 and the hotline are not phones; landline with extension."))


def h023():
    body = """Xin chào,

Tôi đang nghỉ phép từ ngày 10/04 đến hết ngày 17/04/2026. Trong thời gian này tôi sẽ không đọc email thường xuyên.
Các việc liên quan đến hợp đồng mua bán thép, xin vui lòng liên hệ anh Đinh Công Sơn, email son.dinh@minhphatsteel.vn.

Trân trọng,
Cao Minh Thành
Công ty CP Thép Minh Phát
"""
    orig = f"<{uuid_like()}@thinhtrigroup.com>"
    build("h023.eml", [
        ("From", addr("Cao Minh Thành", "thanh.cao@minhphatsteel.vn", mode="Q")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO, mode="Q")),
        ("Subject", hdr("Re: Lịch họp ký phụ lục hợp đồng ngày 16/4", mode="Q")),
        ("Date", date_hdr(D(2026, 4, 13, 8, 2, 0))),
        ("Message-ID", mid_domain("minhphatsteel.vn")),
        ("In-Reply-To", orig),
        ("Precedence", "auto_reply"),
        ("MIME-Version", "1.0"),
    ], text(body, cs="UTF-8", cte="base64"),
        L("unknown", "vi", **AUTO,
          note="Out-of-office flagged only by 'Precedence: auto_reply'; subject is an ordinary 'Re:'."))


def h024():
    body = """Hi there,

I'm a client of your firm - Mr. Khoi has been helping me with the purchase of an apartment in Thu Duc. I got married last month and have now changed my surname on my passport.

Could you please update my name in your records from Hannah Li to Hannah Carter? A copy of my new passport is attached. The passport number has also changed, so please use the new one on any documents you prepare from now on.

My email and phone number (+61 412 556 803) stay the same.

Thanks!
Hannah Carter (formerly Li)
"""
    alt = gmail_alt(body)
    att = attachment(fake_jpeg(), "image/jpeg", "passport_new.jpg")
    build("h024.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 23, 18, 5, 17))),
        ("Message-ID", mid_gmail()),
        ("Subject", "Please update my surname"),
        ("From", addr("Hannah Li", "hannah.li.au@gmail.com")),
        ("To", FIRM_SUPPORT),
    ], multi("mixed", [alt, att], b_gmail()),
        L("correction_request", "en", "Hannah Carter", "+61412556803", "hannah.li.au@gmail.com",
          note="Name change: From shows the old name 'Hannah Li'; the label is the new name she signs with. Non-Vietnamese (+61) phone."))


def h025():
    sent = D(2026, 4, 13, 10, 20, 33)
    quoted = """Kính gửi anh Bảo,

Cảm ơn anh đã liên hệ Thịnh Trí. Với trường hợp ly hôn thuận tình khi một bên đang cư trú ở nước ngoài, phí dịch vụ trọn gói của Công ty là 25.000.000 đồng (chưa gồm án phí và phí hợp pháp hóa lãnh sự), thời gian dự kiến 3 - 5 tháng.

Nếu anh đồng ý, anh vui lòng hẹn lịch gặp luật sư để ký hợp đồng dịch vụ. Mọi thắc mắc anh vui lòng liên hệ hotline 1800 63 65 hoặc đến văn phòng tại 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM.

""" + FIRM_SIG_VI.format(who="Nguyễn Ngọc Trâm\nChuyên viên tư vấn")
    top = """Chào chị Trâm,

Cảm ơn chị đã gửi báo phí. Tôi đồng ý với gói dịch vụ trọn gói như chị đề xuất. Vợ tôi hiện đang ở Úc, đồng ý ký đơn thuận tình nhưng không về Việt Nam được.

Chị cho tôi hẹn một buổi gặp luật sư tại văn phòng vào sáng thứ Bảy 18/4 để ký hợp đồng và bàn cách lấy chữ ký của vợ tôi (ủy quyền qua Lãnh sự quán hay cách nào khác). Nếu thứ Bảy không được thì chiều thứ Hai 20/4 cũng được.

Số của tôi là 0938 406 712, chị gọi xác nhận giúp.

Phạm Quốc Bảo
"""
    plain = top + "\n" + gmail_vi_attrib(sent, "Thịnh Trí Group <info@thinhtrigroup.com>") + "\n\n" + quote_lines(quoted) + "\n"
    attrib_html = (html.escape(gmail_vi_attrib(sent, "Thịnh Trí Group"), quote=False).replace(
        " đã viết:", ' &lt;<a href="mailto:info@thinhtrigroup.com">info@thinhtrigroup.com</a>&gt; đã viết:'))
    htm = ('<div dir="ltr">' + "".join("<div>" + (html.escape(x, quote=False) or "<br>") + "</div>" for x in top.split("\n"))
           + '</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
           + attrib_html
           + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           + "<br>".join(html.escape(x, quote=False) for x in quoted.split("\n")) + "</blockquote></div>\n")
    orig = f"<{uuid_like()}@thinhtrigroup.com>"
    build("h025.eml", [
        ("MIME-Version", "1.0"),
        ("References", orig),
        ("In-Reply-To", orig),
        ("From", addr("Phạm Quốc Bảo", "quocbao.pham.kts@gmail.com")),
        ("Date", date_hdr(D(2026, 4, 14, 7, 52, 9))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Báo phí tư vấn thủ tục ly hôn có yếu tố nước ngoài", prefix="Re: ")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
    ], multi("alternative", [text(plain, cte="quoted-printable", cte_first=True),
                             text(htm, "html", cte="quoted-printable", cte_first=True)], b_gmail()),
        L("service_request", "vi", "Phạm Quốc Bảo", "+84938406712", "quocbao.pham.kts@gmail.com",
          note="Reply above Gmail-VN quoted history ('Vào Th 2, 13 thg 4, 2026 lúc 10:20 ... đã viết:'); the quote holds the firm's hotline and address."))


def h026():
    body = ("Chao anh chi, em la Ta Thi Ngoc Han. Hoi thang 11 nam ngoai em co nho ben minh tu van hop dong thue nha. "
            "Cho em hoi cong ty dang luu nhung thong tin gi cua em vay a, gui em xem voi. Sdt em 0354.920.186")
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           f'<body dir="auto"><div dir="ltr">{html.escape(body, quote=False)}</div><div dir="ltr"><br></div>'
           '<div dir="ltr">Gửi từ iPhone của tôi</div></body></html>')
    build("h026.eml", [
        ("Content-Type", None),
        ("From", addr("Ngoc Han", "tathingochan2000@icloud.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "hoi thong tin"),
        ("Date", date_hdr(D(2026, 3, 24, 12, 31, 5))),
        ("Message-Id", mid_apple()),
        ("To", FIRM_INFO),
        ("X-Mailer", "iPhone Mail (22D82)"),
    ], text(htm, "html", cs="utf-8", cte="quoted-printable", csq=False),
        L("access_request", "vi", "Ta Thi Ngoc Han", "+84354920186", "tathingochan2000@icloud.com",
          note="HTML-only from iPhone; no-diacritics text but the iOS signature has diacritics."))


def h027():
    body = """Công ty làm ơn đừng gọi điện mời tư vấn cho tôi nữa. Tôi đã nói nhiều lần qua điện thoại rồi mà tuần nào cũng có người gọi.
Xóa số 84912857304 của tôi ra khỏi danh sách giùm, cả tên tuổi địa chỉ gì của tôi cũng xóa luôn.
Mạc Văn Hùng"""
    htm = ('<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div dir="auto">' + "<br>".join(html.escape(x, quote=False) for x in body.split("\n"))
           + '</div><div dir="auto"><br></div><div dir="auto">Gửi từ iPhone của tôi</div></body></html>')
    build("h027.eml", [
        ("Content-Type", None),
        ("From", addr("Mạc Văn Hùng", "machung.xd@icloud.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", hdr("Đừng gọi cho tôi nữa")),
        ("Date", date_hdr(D(2026, 3, 25, 17, 44, 20))),
        ("Message-Id", mid_apple()),
        ("To", FIRM_INFO),
        ("X-Mailer", "iPhone Mail (22E240)"),
    ], text(htm, "html", cs="utf-8", cte="base64", csq=False),
        L("deletion_request", "vi", "Mạc Văn Hùng", "+84912857304", "machung.xd@icloud.com",
          note="HTML-only, base64; phone written as bare 84912857304."))


def h028():
    sent = D(2026, 3, 26, 10, 2, 41)
    orig_body = """Kính gửi anh/chị,

Thịnh Trí Group xác nhận đã nhận được yêu cầu xóa dữ liệu cá nhân của anh/chị gửi ngày 25/03/2026. Để bảo đảm an toàn, vui lòng trả lời email này kèm mã xác nhận 482913 trong vòng 7 ngày.

Hotline: 1800 63 65
"""
    qp = quopri.encodestring(orig_body.encode("utf-8")).decode("ascii")
    body = f"""Hi. This is the qmail-send program at mx1.hostvn-mail.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ketoan@phucthinhgroup.vn>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@thinhtrigroup.com>
Received: (qmail 28711 invoked from network); {date_hdr(sent)}
Received: from mail.thinhtrigroup.com (103.97.125.18)
  by mx1.hostvn-mail.net with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); {date_hdr(sent)}
MIME-Version: 1.0
From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Group?= <support@thinhtrigroup.com>
To: ketoan@phucthinhgroup.vn
Subject: =?UTF-8?Q?X=C3=A1c_nh=E1=BA=ADn_y=C3=AAu_c=E1=BA=A7u_x=C3=B3a_d=E1=BB=AF_li?=
 =?UTF-8?Q?=E1=BB=87u_c=C3=A1_nh=C3=A2n?=
Date: {date_hdr(sent)}
Message-ID: <{uuid_like()}@thinhtrigroup.com>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp}"""
    m = Message()
    m.set_payload(body)
    build("h028.eml", [
        ("Return-Path", "<>"),
        ("Received", f"(qmail 28744 invoked for bounce); {date_hdr(sent + dt.timedelta(seconds=2))}"),
        ("Date", date_hdr(sent + dt.timedelta(seconds=2))),
        ("From", "MAILER-DAEMON@mx1.hostvn-mail.net"),
        ("To", FIRM_SUPPORT),
        ("Subject", "failure notice"),
    ], m,
        L("unknown", "en", **AUTO,
          note="qmail plain-text bounce: no MIME headers, no Auto-Submitted, null Return-Path; the returned copy is a firm mail about a deletion request."))


def h029():
    body = """Kính gửi Công ty Thịnh Trí,

Tôi là Mai Xuân Trường, khách hàng dịch vụ đăng ký biến động đất đai (hợp đồng số 112/2026/HĐDV). Ngày 05/03 tôi đã gọi điện và gửi email báo đổi địa chỉ nhận hồ sơ, vậy mà bản gốc giấy chứng nhận sau khi cập nhật biến động vẫn được gửi chuyển phát về địa chỉ cũ. Hôm nay bưu cục báo không có người nhận và đã hoàn trả, hiện không ai biết bản gốc đang ở đâu. Trước đó bản hợp đồng dịch vụ cũng bị gửi sai địa chỉ một lần.

Đây là giấy tờ rất quan trọng, nếu thất lạc thì ai chịu trách nhiệm? Tôi rất bức xúc với cách làm việc cẩu thả này.

Tôi yêu cầu Công ty:
1. Kiểm tra ngay và cho tôi biết bản gốc đang ở đâu;
2. Giải thích vì sao thông báo đổi địa chỉ của tôi không được cập nhật;
3. Sửa lại địa chỉ trong hồ sơ thành: Tổ 12, khu phố Tân Lập, P. Đông Hòa, TP. Dĩ An, Bình Dương.

Số điện thoại liên hệ: 0983 417 205.

Mai Xuân Trường
"""
    build("h029.eml", [
        ("Message-ID", mid_domain("gmail.com")),
        ("Date", date_hdr(D(2026, 3, 26, 16, 37, 12))),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "vi"),
        ("To", FIRM_SUPPORT),
        ("From", addr("Mai Xuân Trường", "truongmx.1984@gmail.com")),
        ("Subject", hdr("Khiếu nại: gửi giấy tờ sai địa chỉ lần thứ hai")),
    ], text(body, cs="UTF-8", cte="8bit", csq=False, extra="; format=flowed"),
        L("complaint", "vi", "Mai Xuân Trường", "+84983417205", "truongmx.1984@gmail.com",
          "Tổ 12, khu phố Tân Lập, P. Đông Hòa, TP. Dĩ An, Bình Dương",
          note="Complaint that also asks to correct the address on file; dominant intent is the complaint. 8bit UTF-8 body."))


def h030():
    body = """Dear Thinh Tri Group team,

With Vietnam's Law on Personal Data Protection in force since 1 January 2026, law firms are among the organisations most exposed: client files, ID copies, case notes, and a constant stream of access and deletion requests that must be answered within fixed deadlines.

DataShield Asia helps professional services firms get compliant in 6 weeks:
- data mapping and a record of processing activities;
- DPO-as-a-service and staff training;
- a ready-made workflow for data subject requests (access, correction, deletion) with audit trail;
- breach response playbooks.

We already work with 30+ firms in Singapore, Malaysia and Vietnam. Would you be open to a 20-minute call next week? I'm happy to share a free gap-assessment checklist.

If you'd rather not hear from us, simply reply "no thanks" and I won't follow up.

Best regards,
Nicholas Tan
Business Development Manager, Vietnam
DataShield Asia Pte. Ltd.
nicholas.tan@datashield-asia.com | +84 28 7300 9182
"""
    build("h030.eml", [
        ("From", addr("DataShield Asia", "bd@datashield-asia.com")),
        ("To", addr(None, FIRM_INFO)),
        ("Subject", "Is Thinh Tri ready for the new Personal Data Protection Law?"),
        ("Date", date_hdr(D(2026, 3, 27, 9, 30, 0))),
        ("Message-ID", mid_outlook("SI2PR06MB")),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("unknown", "en", "Nicholas Tan", "+842873009182", "nicholas.tan@datashield-asia.com",
          note="B2B sales pitch full of access/correction/deletion vocabulary; From is a company; person and email only in the signature."))


def h031():
    body = """Hello,
I rented an apartment in Binh Thanh for 2 years and moved out on 28 February. My landlord refuses to return my deposit of 30 million VND, saying the walls need repainting and the sofa is damaged. I have photos and a video from when I moved in and when I moved out.
Can you help me get the deposit back, and how much would it cost? I'm leaving Vietnam in June.
You can reach me on WhatsApp 84936217408.
Thank you,
Sophie

Sent from Yahoo Mail on Android"""
    htm = ('<html><head></head><body><div class="ydp' + hexid(8) + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
           + "".join("<div dir=\"ltr\">" + (html.escape(x, quote=False) or "<br>") + "</div>" for x in body.split("\n")[:-2])
           + '</div><div id="ymail_android_signature"><br><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature">Sent from Yahoo Mail on Android</a></div></body></html>')
    build("h031.eml", [
        ("Date", date_hdr(D(2026, 3, 28, 8, 11, 26))),
        ("From", addr("Sophie Laurent", "sophie.laurent@yahoo.fr")),
        ("To", FIRM_INFO),
        ("Message-ID", f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**6, 10**7)}@mail.yahoo.com>"),
        ("Subject", "Deposit not returned by landlord"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.25021 YahooMailAndroidMobile"),
    ], text(htm, "html", cs="UTF-8", cte="quoted-printable"),
        L("service_request", "en", "Sophie Laurent", "+84936217408", "sophie.laurent@yahoo.fr",
          note="HTML-only from a phone; signed only 'Sophie' (full name from From); WhatsApp number without + or 0."))


def h032():
    body = """Kính gửi Thịnh Trí Group,

Công ty CP Thực phẩm Hương Quê hiện đang sử dụng gói tư vấn pháp lý thường xuyên của Quý Công ty.

Do chị Võ Thị Hằng (kế toán trưởng cũ) đã nghỉ việc từ ngày 31/03/2026, đề nghị Quý Công ty cập nhật thông tin người liên hệ phụ trách thanh toán như sau:
- Họ tên: Lê Thị Thu Thảo - Kế toán trưởng
- Điện thoại: 0935 207 816
- Email nhận hóa đơn và thông báo: thuthao.le@huongquefood.vn

Đồng thời xin bỏ số điện thoại và email cá nhân của chị Hằng khỏi danh sách liên hệ của chúng tôi.

Trân trọng,
Lê Thị Thu Thảo
Kế toán trưởng - Công ty CP Thực phẩm Hương Quê
"""
    subj = "Cập nhật người liên hệ và email nhận hóa đơn"
    build("h032.eml", [
        ("From", addr("Phòng Kế toán - Công ty CP Thực phẩm Hương Quê", "ketoan@huongquefood.vn")),
        ("To", addr("Thịnh Trí Group", FIRM_SUPPORT)),
        ("Subject", hdr(subj)),
        *outlook_hdrs(subj),
        ("Date", date_hdr(D(2026, 4, 1, 8, 25, 44))),
        ("Message-ID", mid_outlook("SEZPR06MB")),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("correction_request", "vi", "Lê Thị Thu Thảo", "+84935207816", "thuthao.le@huongquefood.vn",
          note="From is a department; the person is only in the body/signature; contact email in the body differs from From. "
               "A third person (Võ Thị Hằng) is named."))


def h033():
    body = """Chào anh/chị,

Tôi đang nghỉ phép và sẽ quay lại làm việc vào ngày 27/04/2026. Thư của anh/chị sẽ không được chuyển tiếp.
Việc gấp xin gọi 0903 771 502.

Huỳnh Gia Bảo
"""
    build("h033.eml", [
        ("From", addr("Huỳnh Gia Bảo", "bao.huynh@tanhoaco.vn")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
        ("Subject", hdr("Trả lời tự động: Thông báo điều chỉnh phí dịch vụ tư vấn thường xuyên từ 01/05/2026")),
        ("Thread-Topic", hdr("Thông báo điều chỉnh phí dịch vụ tư vấn thường xuyên từ 01/05/2026")),
        ("Date", date_hdr(D(2026, 4, 16, 10, 0, 41))),
        ("Message-ID", mid_outlook("TYSPR06MB")),
        ("Content-Language", "vi-VN"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("unknown", "vi", **AUTO,
          note="Out-of-office detectable only by the 'Trả lời tự động:' subject; no auto headers. Contains a phone number."))


def h034():
    body = """Kính gửi Công ty Thịnh Trí,

Tôi là Đặng Văn Mười, trước làm tài xế cho Công ty vận tải Phương Đông. Năm 2023 Công ty có nhận bảo vệ quyền lợi cho tôi trong vụ tranh chấp lao động (bị cho nghỉ việc trái luật).

Nay tôi cần làm hồ sơ hưởng chế độ nên đề nghị Công ty cho tôi biết Công ty còn lưu những giấy tờ, thông tin cá nhân gì của tôi, và cấp cho tôi bản sao các giấy tờ đó (quyết định cho nghỉ việc, biên bản hòa giải, bảng lương tôi đã nộp...).

Tôi có thể đến văn phòng nhận trực tiếp, hoặc Công ty gửi qua email này cũng được. Số điện thoại của tôi: 0913 046 725.

Xin cảm ơn.
Đặng Văn Mười
"""
    CP1258_TEXT["h034.eml"] = body
    build("h034.eml", [
        ("Message-ID", f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**5, 10**6)}.{RNG.randint(1772400000000, 1777000000000)}.JavaMail.yahoo@mail.yahoo.com>"),
        ("Date", date_hdr(D(2026, 3, 30, 19, 40, 3))),
        ("From", addr("Đặng Văn Mười", "dangvanmuoi1962@yahoo.com", cs="windows-1258", mode="B")),
        ("To", FIRM_INFO),
        ("Subject", hdr("Xin bản sao hồ sơ vụ tranh chấp lao động", cs="windows-1258", mode="B")),
        ("MIME-Version", "1.0"),
    ], multi("alternative", [text(body, cs="windows-1258", cte="base64"),
                             text("<html><body>" + "<br>".join(html.escape(x, quote=False) for x in body.split("\n")) + "</body></html>",
                                  "html", cs="windows-1258", cte="base64")], b_yahoo()),
        L("access_request", "vi", "Đặng Văn Mười", "+84913046725", "dangvanmuoi1962@yahoo.com",
          note="windows-1258, base64 text and HTML parts; asks what data is held and for copies."))


def h035():
    body = """Gui ban giam doc cong ty Thinh Tri,
Sang nay 9h toi den van phong 57-59 Vo Thi Sau de nop bo sung giay to cho ho so xin cap lai so do. Nhan vien le tan (nu, toc ngan, deo kinh) khong chao hoi, bat toi ngoi cho gan 1 tieng. Toi hoi thi noi "chu ve di, khi nao xong thi goi". Khi toi hoi ten luat su phu trach thi co ay noi lon tieng truoc mat nhieu nguoi.
Toi la khach hang da dong phi day du, khong dang bi doi xu nhu vay. De nghi cong ty xem lai thai do nhan vien va tra loi toi.
Lo Van Dung
dt 0912.736.480
"""
    build("h035.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 3, 31, 11, 26, 9))),
        ("Message-ID", mid_gmail()),
        ("Subject", "phan anh thai do nhan vien le tan"),
        ("From", addr("Dung Lo Van", "lovandung.sl@gmail.com")),
        ("To", FIRM_INFO),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("complaint", "vi", "Lo Van Dung", "+84912736480", "lovandung.sl@gmail.com",
          note="Rude-staff complaint without diacritics; the firm's street address is mentioned, not the sender's."))


def h036():
    sent = D(2026, 4, 9, 9, 0, 0)
    quoted = """Kính gửi Quý khách hàng,

Thịnh Trí Group trân trọng gửi đến Quý khách Bản tin pháp luật doanh nghiệp tháng 4/2026:
- Những điểm mới về thuế đối với hộ kinh doanh từ năm 2026;
- Hướng dẫn xử lý yêu cầu của chủ thể dữ liệu theo Luật Bảo vệ dữ liệu cá nhân;
- Lịch hội thảo miễn phí tháng 5.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.
Nếu không muốn nhận bản tin, vui lòng bấm Hủy đăng ký."""
    subj = "[Thịnh Trí Group] Bản tin pháp luật doanh nghiệp tháng 4/2026"
    top = """Chào Thịnh Trí,

Tôi không đăng ký nhận bản tin này và cũng không nhớ đã cung cấp email cho Công ty khi nào (có lẽ từ một hội thảo năm 2024). Đề nghị hủy đăng ký email của tôi khỏi danh sách gửi tin và xóa các thông tin của tôi mà Công ty đang lưu.

Trân trọng,
Tạ Quang Vinh
Phó Giám đốc kinh doanh | Công ty CP Ô tô Hoàng Gia
M: +84 903 118 642
"""
    plain = (top + "\n________________________________\n"
             f"From: Thịnh Trí Group <info@thinhtrigroup.com>\nSent: {outlook_sent(sent)}\n"
             f"To: vinh.taquang@hoanggiaauto.com.vn\nSubject: {subj}\n\n" + quoted + "\n")
    build("h036.eml", [
        ("From", addr("Tạ Quang Vinh", "vinh.taquang@hoanggiaauto.com.vn")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
        ("Subject", hdr(subj, prefix="RE: ")),
        ("Thread-Topic", hdr(subj)),
        ("Thread-Index", "AQH" + alnum(29, "+/") + "=="),
        ("Date", date_hdr(D(2026, 4, 9, 13, 47, 18))),
        ("Message-ID", mid_outlook("SG2PR03MB")),
        ("References", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("In-Reply-To", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("Accept-Language", "vi-VN, en-US"),
        ("Content-Language", "vi-VN"),
        ("MIME-Version", "1.0"),
    ], outlook_alt(plain),
        L("deletion_request", "vi", "Tạ Quang Vinh", "+84903118642", "vinh.taquang@hoanggiaauto.com.vn",
          note="Reply above an Outlook 'From:/Sent:' quoted firm newsletter (with hotline and 'Hủy đăng ký'); unsubscribe + delete."))


def h037():
    body = """Kinh gui Cong ty Luat Thinh Tri,

Toi ten la Dang Thi Thu, hien o tai so 27 ngo 61 pho Hoang Cau, P. O Cho Dua, Q. Dong Da, Ha Noi.
Bo me toi mat nam 2024, khong de lai di chuc, de lai mot can nha o Ha Dong. Anh em toi co 4 nguoi, trong do nguoi anh ca dang o trong nha va khong dong y chia.
Toi muon hoi thu tuc khai nhan thua ke, neu anh toi khong ky thi cac chi em con lai co the khoi kien chia thua ke khong, mat bao lau.
Cong ty co van phong o Ha Noi khong hay chi tu van online duoc? Xin goi cho toi theo so 0915 627 830.

Xin cam on,
Dang Thi Thu
"""
    build("h037.eml", [
        ("From", addr("Dang Thi Thu", "dangthithu.hn@yahoo.com", quote=True)),
        ("To", addr(None, FIRM_INFO)),
        ("Subject", "Hoi ve chia thua ke nha dat"),
        ("Date", date_hdr(D(2026, 4, 2, 9, 18, 40))),
        ("Message-ID", f"<{hexid(4)}01dcc2{hexid(2)}${hexid(8)}$3201a8c0@ThuPC>"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
    ], text(body, cs="x-viet-vni", cte="7bit", enc=lambda t: t.encode("ascii")),
        L("service_request", "vi", "Dang Thi Thu", "+84915627830", "dangthithu.hn@yahoo.com",
          "so 27 ngo 61 pho Hoang Cau, P. O Cho Dua, Q. Dong Da, Ha Noi",
          note="Unknown charset label 'x-viet-vni'; the content is plain ASCII Vietnamese without diacritics."))


def h038():
    body = """Thank you for your email.

I am currently out of the office with limited access to email, returning on Monday 20 April.
For urgent matters please contact Mark Delaney on +84 28 3822 6090 or mdelaney@meridianfreight.com.

Kind regards,
Rebecca Hall
Meridian Freight Vietnam
"""
    build("h038.eml", [
        ("From", addr("Rebecca Hall", "rhall@meridianfreight.com")),
        ("To", FIRM_INFO),
        ("Subject", "Re: Follow-up: draft distribution agreement"),
        ("Date", date_hdr(D(2026, 4, 14, 15, 31, 2))),
        ("Message-ID", mid_domain("meridianfreight.com")),
        ("In-Reply-To", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("X-Autoreply", "yes"),
        ("MIME-Version", "1.0"),
    ], text(body, cs="us-ascii", cte="7bit"),
        L("unknown", "en", **AUTO,
          note="Out-of-office marked only by 'X-Autoreply: yes'; subject is an ordinary 'Re:'; colleague's phone/email in body."))


def h039():
    body = """Anh Thinh oi,
Em gui anh bang cham cong thang 3 cua xuong Binh Chanh, anh xem roi ky duyet giup em de em chuyen ke toan tinh luong nhe.
Co 2 ban nghi khong phep em da to vang trong file.
Co gi anh goi em 0788 415 936.
Chau
"""
    alt = multi("alternative", [text(body, cte="7bit", cte_first=True),
                                text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail())
    att = attachment(fake_xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Bang_cham_cong_T3_2026.xlsx")
    build("h039.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 3, 16, 50, 22))),
        ("Message-ID", mid_gmail()),
        ("Subject", "bang cham cong T3"),
        ("From", addr("Ha Minh Chau", "hminhchau.hr@gmail.com")),
        ("To", FIRM_INFO),
    ], multi("mixed", [alt, att], b_gmail()),
        L("unknown", "vi", "Ha Minh Chau", "+84788415936", "hminhchau.hr@gmail.com",
          note="Wrong recipient: a timesheet meant for 'anh Thịnh'; signed only 'Chau' (full name from From)."))


def h040():
    body = """Kính gửi Công ty,

Tôi là Trương Văn Bình, đang nhờ Công ty làm hồ sơ đăng ký hộ kinh doanh tiệm sửa xe máy tại Cần Thơ.

Trong bản dự thảo giấy đề nghị đăng ký mà Công ty gửi ngày 08/04, họ tên tôi bị ghi là "Trương Văn Bính" và ngày sinh 12/07/1985. Xin sửa lại cho đúng: họ tên Trương Văn Bình, sinh ngày 21/07/1985, đúng như trên CCCD tôi đã gửi.

Điện thoại: 0918 264 573.

Trân trọng,
Trương Văn Bình
"""
    CP1258_TEXT["h040.eml"] = body
    build("h040.eml", [
        ("From", addr("Trương Văn Bình", "binhtv.ct@yahoo.com", cs="windows-1258", mode="Q")),
        ("To", addr(None, FIRM_SUPPORT)),
        ("Subject", hdr("Đính chính họ tên và ngày sinh trong hồ sơ", cs="windows-1258", mode="Q")),
        ("Date", date_hdr(D(2026, 4, 9, 20, 3, 57))),
        ("Message-ID", f"<{hexid(4)}01dcc8{hexid(2)}${hexid(8)}$6401a8c0@BINH-LAPTOP>"),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ], multi("alternative", [text(body, cs="windows-1258", cte="quoted-printable"),
                             text('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<HTML><HEAD>\n'
                                  '<META http-equiv=Content-Type content="text/html; charset=windows-1258">\n</HEAD>\n<BODY bgColor=#ffffff>\n'
                                  + "\n".join(f"<DIV><FONT face=Arial size=2>{html.escape(x, quote=False) or '&nbsp;'}</FONT></DIV>" for x in body.split("\n"))
                                  + "\n</BODY></HTML>\n", "html", cs="windows-1258", cte="quoted-printable")],
             b_nextpart(), extra=""),
        L("correction_request", "vi", "Trương Văn Bình", "+84918264573", "binhtv.ct@yahoo.com",
          note="windows-1258 (Outlook Express, QP); the misspelt variant 'Trương Văn Bính' and two dates also appear."),
        preamble="This is a multi-part message in MIME format.")


def h041():
    fsent = D(2026, 4, 16, 8, 14, 0)
    fwd = f"""---------- Forwarded message ---------
From: Phòng Thu hồi nợ - Tín Việt <thuhoino@tinviet-recovery.com>
Date: {gmail_en_fwd_date(fsent)}
Subject: Final notice - outstanding balance
To: <laura.mitchell.vn@gmail.com>


Dear Ms Laura Mitchell,

We refer to your divorce case no. 245/2026/TLST-HNGĐ and your residence in Thao Dien ward. Our records show an outstanding balance of 42,600,000 VND in your name.

Please contact our officer Mr. Quan on 0865 221 904 within 3 days to avoid further action.

Tín Việt Debt Recovery
"""
    top = """Hello,

I'm forwarding an email I received this morning from a "debt recovery" company. I have never owed them anything. What worries me is that it quotes my divorce case number and the area where I live - details I only ever gave to your firm when I hired you in January.

I want to know how this company got my information, whether there has been a data breach at your office, and what you intend to do about it. I'd appreciate a written reply within the week.

Laura Mitchell
+84 779 124 038
"""
    plain = top + "\n" + fwd
    build("h041.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 16, 11, 2, 30))),
        ("References", f"<{uuid_like()}@tinviet-recovery.com>"),
        ("In-Reply-To", f"<{uuid_like()}@tinviet-recovery.com>"),
        ("Message-ID", mid_gmail()),
        ("Subject", "Fwd: Final notice - outstanding balance"),
        ("From", addr("Laura Mitchell", "laura.mitchell.vn@gmail.com")),
        ("To", FIRM_INFO),
    ], gmail_alt(plain),
        L("complaint", "en", "Laura Mitchell", "+84779124038", "laura.mitchell.vn@gmail.com",
          note="Forwarded third-party mail as evidence; its phone 0865 221 904 and sender are not the customer's."))


def h042():
    sent = D(2026, 4, 7, 16, 35, 0)
    body = f"""Hi,

Thanks for the quick acknowledgement. Before I decide whether to go ahead with the employment case, could you please send me a copy of all the personal information you currently hold about me - including the notes your consultant took during our call on 6 April, any call recording, and the copy of my passport I sent? Please also tell me whether any of this has been shared outside your firm.

Regards,
Rajesh Kumar
Tel: +84 908 771 394

-----Original Message-----
From: Thinh Tri Group <support@thinhtrigroup.com>
Sent: {outlook_sent(sent)}
To: Rajesh Kumar <rajesh.kumar@indosteelvn.com>
Subject: Thank you for contacting Thinh Tri Legal

Dear Mr. Kumar,

Thank you for contacting us. Your enquiry has been received (ref. TT-2026-000412). A consultant will contact you within 1 working day. For urgent matters please call our hotline 1800 63 65.

Thinh Tri Group
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
"""
    build("h042.eml", [
        ("From", addr("Rajesh Kumar", "rajesh.kumar@indosteelvn.com")),
        ("To", "'Thinh Tri Group' <support@thinhtrigroup.com>"),
        ("References", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("In-Reply-To", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("Subject", "RE: Thank you for contacting Thinh Tri Legal"),
        ("Date", date_hdr(D(2026, 4, 8, 9, 15, 44))),
        ("Message-ID", f"<{hexid(4)}01dcc7{hexid(2)}${hexid(8)}${hexid(8)}@indosteelvn.com>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQH" + alnum(29, "+/") + "=="),
        ("Content-Language", "en-in"),
    ], multi("alternative", [text(body, cs="us-ascii", cte="7bit"),
                             text(html_outlook(body, "Calibri"), "html", cs="us-ascii", cte="quoted-printable")],
             b_nextpart()),
        L("access_request", "en", "Rajesh Kumar", "+84908771394", "rajesh.kumar@indosteelvn.com",
          note="Reply above '-----Original Message-----'; quoted firm text has the hotline, firm address and a case reference."),
        preamble="This is a multipart message in MIME format.")


def h043():
    lst = "luatsu-hcm"
    dom = "lists.diendanluat.vn"
    intro = f"""Send Luatsu-HCM mailing list submissions to
	{lst}@{dom}

To subscribe or unsubscribe via the World Wide Web, visit
	https://{dom}/mailman/listinfo/{lst}
or, via email, send a message with subject or body 'help' to
	{lst}-request@{dom}

You can reach the person managing the list at
	{lst}-owner@{dom}

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Luatsu-HCM digest..."
"""
    toc = """Today's Topics:

   1. Hoi ve thoi han tra loi yeu cau xoa du lieu ca nhan
      (Nguyen Van Quyet)
   2. Re: Hoi ve thoi han tra loi yeu cau xoa du lieu ca nhan
      (Bui Thi Mai Phuong)
   3. Mau hop dong dich vu phap ly co dieu khoan bao mat (Le Hoang Nam)
"""
    msgs = [
        ("Nguyen Van Quyet", "quyet.nv@vplsquyetthang.vn", "Hoi ve thoi han tra loi yeu cau xoa du lieu ca nhan",
         D(2026, 4, 16, 14, 2, 0), """Chao cac anh chi,
Van phong em vua nhan email cua mot khach hang cu yeu cau xoa toan bo du lieu ca nhan va ho so vu viec. Theo Nghi dinh 356/2025 thi thoi han xu ly la bao nhieu ngay, va ho so vu an da ket thuc thi minh co duoc giu lai khong a?
Cam on cac anh chi.
Quyet - 0913 552 071
"""),
        ("Bui Thi Mai Phuong", "maiphuong.lawyer@gmail.com", "Re: Hoi ve thoi han tra loi yeu cau xoa du lieu ca nhan",
         D(2026, 4, 16, 16, 40, 0), """Chao anh Quyet,
Theo em hieu la 20 ngay cho yeu cau xoa, co the gia han 1 lan neu co ly do. Phan ho so ma luat chuyen nganh bat buoc luu tru thi van giu, nhung phai thong bao ro cho khach.
Phuong
"""),
        ("Le Hoang Nam", "nam.le@namvietlaw.vn", "Mau hop dong dich vu phap ly co dieu khoan bao mat",
         D(2026, 4, 17, 8, 5, 0), """Anh chi nao co mau hop dong dich vu phap ly co dieu khoan bao mat va xu ly du lieu ca nhan cap nhat theo luat moi cho em xin voi a.
Em cam on.
Nam
"""),
    ]
    dparts = []
    for i, (n, e, s, t, b) in enumerate(msgs, 1):
        inner = Message()
        inner["Message-ID"] = mid_gmail() if e.endswith("gmail.com") else mid_domain(e.split("@")[1])
        inner["Date"] = date_hdr(t)
        inner["From"] = f"{n} <{e}>"
        inner["To"] = f"{lst}@{dom}"
        inner["Subject"] = f"[Luatsu-HCM] {s}"
        inner["Content-Type"] = 'text/plain; charset="us-ascii"'
        inner["Content-Transfer-Encoding"] = "7bit"
        inner.set_payload(b)
        wrap = Message()
        wrap["Content-Type"] = "message/rfc822"
        wrap["MIME-Version"] = "1.0"
        wrap.set_payload([inner])
        dparts.append(wrap)
    digest = multi("digest", dparts, f"==============={RNG.randint(10**18, 10**19)}==")
    footer = f"""_______________________________________________
Luatsu-HCM mailing list
{lst}@{dom}
https://{dom}/mailman/listinfo/{lst}


------------------------------

End of Luatsu-HCM Digest, Vol 48, Issue 7
*****************************************
"""
    p1 = text(intro, cs="us-ascii", cte="7bit")
    p1["Content-Description"] = "Luatsu-HCM Digest, Vol 48, Issue 7"
    p2 = text(toc, cs="us-ascii", cte="7bit")
    p2["Content-Description"] = "Today's Topics (3 messages)"
    p3 = text(footer, cs="us-ascii", cte="7bit")
    p3["Content-Description"] = "Digest Footer"
    top = multi("mixed", [p1, p2, digest, p3], f"==============={RNG.randint(10**18, 10**19)}==")
    build("h043.eml", [
        ("Return-Path", f"<{lst}-bounces+info=thinhtrigroup.com@{dom}>"),
        ("MIME-Version", "1.0"),
        ("Subject", "Luatsu-HCM Digest, Vol 48, Issue 7"),
        ("From", f"{lst}-request@{dom}"),
        ("To", f"{lst}@{dom}"),
        ("Reply-To", f"{lst}@{dom}"),
        ("Date", date_hdr(D(2026, 4, 17, 12, 0, 2))),
        ("Message-ID", f"<mailman.{RNG.randint(100, 999)}.{int(D(2026, 4, 17, 12, 0, 2).timestamp())}.{RNG.randint(1000, 9999)}.{lst}@{dom}>"),
        ("X-BeenThere", f"{lst}@{dom}"),
        ("X-Mailman-Version", "2.1.39"),
        ("Precedence", "list"),
        ("List-Id", f"Dien dan Luat su TP.HCM <{lst}.{dom}>"),
        ("List-Unsubscribe", f"<https://{dom}/mailman/options/{lst}>,\n <mailto:{lst}-request@{dom}?subject=unsubscribe>"),
        ("List-Archive", f"<https://{dom}/pipermail/{lst}/>"),
        ("List-Post", f"<mailto:{lst}@{dom}>"),
        ("List-Help", f"<mailto:{lst}-request@{dom}?subject=help>"),
        ("List-Subscribe", f"<https://{dom}/mailman/listinfo/{lst}>,\n <mailto:{lst}-request@{dom}?subject=subscribe>"),
        ("Errors-To", f"{lst}-bounces+info=thinhtrigroup.com@{dom}"),
        ("Sender", f'"Luatsu-HCM" <{lst}-bounces+info=thinhtrigroup.com@{dom}>'),
    ], top,
        L("unknown", "vi", **AUTO,
          note="Mailman digest (List-Id, Precedence: list, multipart/digest); embedded posts ask about deleting personal data and carry names/phones."))


def h044():
    body = """Hi team Thịnh Trí,

Em là Vũ Hải Yến, founder của Mintlab (startup làm app quản lý chi tiêu cá nhân). Bên em sắp launch app và cần anh chị hỗ trợ:
- Đăng ký bản quyền tác giả cho source code và giao diện app;
- Soạn NDA và IP assignment agreement cho freelancer/dev outsource;
- Review Terms of Service và Privacy Policy trên app xem đã ổn với luật Việt Nam chưa.

Anh chị báo phí từng hạng mục và timeline giúp em nhé. Email công ty em sắp chuyển domain nên anh chị reply giúp vào email cá nhân: yenvu.hai@gmail.com. Số của em: +84 987 312 605.

Thanks a lot!
Yến
"""
    build("h044.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 10, 13, 21, 6))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Đăng ký bản quyền phần mềm + NDA template")),
        ("From", addr("Yen Vu", "yen.vu@mintlab.io")),
        ("To", FIRM_INFO),
    ], gmail_alt(body),
        L("service_request", "vi", "Vũ Hải Yến", "+84987312605", "yenvu.hai@gmail.com",
          note="Mixed Vietnamese/English, Vietnamese dominant; reply-to email in body differs from From; 'Privacy Policy' is a service topic."))


def h045():
    body = """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Kiều Thị Phương Thảo, CCCD số 001192034517, địa chỉ: số 9 ngõ 68 phố Trung Kính, P. Yên Hòa, Q. Cầu Giấy, Hà Nội.

Tháng 9/2025 tôi có đăng ký tư vấn trực tuyến về thủ tục nhận con nuôi nhưng sau đó không sử dụng dịch vụ. Căn cứ mục 3 Chính sách bảo mật thông tin của Công ty ("Dữ liệu cá nhân của khách sẽ được lưu trữ trong quá trình cung cấp dịch vụ cho khách và sẽ bị hủy khi có yêu cầu từ khách hàng"), tôi đề nghị Công ty xóa toàn bộ dữ liệu cá nhân của tôi, bao gồm họ tên, số điện thoại, email, địa chỉ và nội dung tư vấn.

Tôi gửi kèm đơn yêu cầu có chữ ký. Sau khi xóa xong, đề nghị Công ty xác nhận bằng email.

Điện thoại: 0945.381.207

Trân trọng,
Kiều Thị Phương Thảo
"""
    alt = gmail_alt(body)
    att = attachment(fake_pdf("Don yeu cau xoa du lieu"), "application/pdf", "Don_yeu_cau_xoa_du_lieu_ca_nhan.pdf")
    build("h045.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 10, 8, 3, 49))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Đơn yêu cầu xóa dữ liệu cá nhân")),
        ("From", addr("Kiều Thị Phương Thảo", "phuongthao.kieu@gmail.com")),
        ("To", FIRM_SUPPORT),
        ("Cc", FIRM_INFO),
    ], multi("mixed", [alt, att], b_gmail()),
        L("deletion_request", "vi", "Kiều Thị Phương Thảo", "+84945381207", "phuongthao.kieu@gmail.com",
          "số 9 ngõ 68 phố Trung Kính, P. Yên Hòa, Q. Cầu Giấy, Hà Nội",
          note="12-digit CCCD number 001192034517 must not be taken as a phone; quotes the privacy policy; signed PDF attached; sent to support@ with info@ in Cc."))


def h046():
    plain = """TẠP CHÍ PHÁP LÝ DOANH NGHIỆP - ĐIỂM TIN TUẦN 15/2026

1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp cần làm gì với yêu cầu xóa, chỉnh sửa dữ liệu của khách hàng?
2. Thuế đối với hộ kinh doanh: bỏ thuế khoán, chuyển sang kê khai từ 2026.
3. Hội thảo trực tuyến "Hợp đồng lao động điện tử" - 9h00 thứ Năm 23/04/2026.

Đọc toàn bộ bản tin: https://phaplydoanhnghiep.vn/diem-tin/tuan-15-2026

Quý vị nhận được email này vì đã đăng ký nhận bản tin của Tạp chí Pháp Lý Doanh Nghiệp.
Hủy đăng ký nhận tin: https://phaplydoanhnghiep.vn/huy-dang-ky?u=8c1f2e&e=info%40thinhtrigroup.com
Tòa soạn: 12 Lê Thánh Tôn, Phường Sài Gòn, TP.HCM - ĐT: (028) 3822 1105
"""
    htm = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Điểm tin tuần 15/2026</title></head><body>"
           "<table width=\"600\" align=\"center\" style=\"font-family:Arial;font-size:14px\"><tr><td>"
           "<h2>TẠP CHÍ PHÁP LÝ DOANH NGHIỆP &ndash; ĐIỂM TIN TUẦN 15/2026</h2><ol>"
           "<li>Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp cần làm gì với yêu cầu xóa, chỉnh sửa dữ liệu của khách hàng?</li>"
           "<li>Thuế đối với hộ kinh doanh: bỏ thuế khoán, chuyển sang kê khai từ 2026.</li>"
           "<li>Hội thảo trực tuyến &ldquo;Hợp đồng lao động điện tử&rdquo; &ndash; 9h00 thứ Năm 23/04/2026.</li></ol>"
           "<p><a href=\"https://phaplydoanhnghiep.vn/diem-tin/tuan-15-2026\">Đọc toàn bộ bản tin</a></p>"
           "<p style=\"font-size:11px;color:#777\">Quý vị nhận được email này vì đã đăng ký nhận bản tin của Tạp chí Pháp Lý Doanh Nghiệp.<br>"
           "<a href=\"https://phaplydoanhnghiep.vn/huy-dang-ky?u=8c1f2e&amp;e=info%40thinhtrigroup.com\">Hủy đăng ký nhận tin</a><br>"
           "Tòa soạn: 12 Lê Thánh Tôn, Phường Sài Gòn, TP.HCM &ndash; ĐT: (028) 3822 1105</p></td></tr></table></body></html>")
    build("h046.eml", [
        ("Return-Path", f"<010e019{hexid(13)}-{uuid_like()}-000000@ap-southeast-1.amazonses.com>"),
        ("From", addr("Tạp chí Pháp Lý Doanh Nghiệp", "bantin@phaplydoanhnghiep.vn")),
        ("To", FIRM_INFO),
        ("Subject", hdr("Điểm tin pháp luật tuần 15: dữ liệu cá nhân, thuế hộ kinh doanh, hợp đồng lao động điện tử", mode="Q")),
        ("Date", date_hdr(D(2026, 4, 13, 6, 30, 0))),
        ("Message-ID", f"<010e019{hexid(13)}-{uuid_like()}-000000@ap-southeast-1.amazonses.com>"),
        ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/huy-dang-ky?u=8c1f2e&e=info%40thinhtrigroup.com>,\n <mailto:huydangky@phaplydoanhnghiep.vn?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("Feedback-ID", f"::1.ap-southeast-1.{alnum(40)}=:AmazonSES"),
        ("X-SES-Outgoing", "2026.04.12-54.240.27.11"),
        ("MIME-Version", "1.0"),
    ], multi("alternative", [text(plain, cs="UTF-8", cte="base64"), text(htm, "html", cs="UTF-8", cte="base64")],
             f"----=_Part_{RNG.randint(10**6, 10**7)}_{RNG.randint(10**8, 10**9)}.{RNG.randint(10**12, 10**13)}"),
        L("unknown", "vi", **AUTO,
          note="Vietnamese newsletter (List-Unsubscribe + Precedence: bulk); mentions deletion/correction of data and has a landline."))


def h047():
    body = """Chao cong ty,
Toi la Ha Van Nam, thue luat su cua cong ty bao ve cho toi trong vu tranh chap hop dong thue xuong o Duc Hoa, Long An.
Hom qua 14/4 la buoi hoa giai tai toa nhung luat su phu trach khong den, cung khong bao truoc, goi dien thi khong nghe may. Toi phai tu trinh bay, bi thiet ve nhieu diem. Truoc do toi da nhac lich 2 lan qua Zalo.
Toi da dong 30 trieu phi luat su. Yeu cau cong ty giai thich, cu luat su khac phu trach va xem xet hoan lai mot phan phi.
Ha Van Nam
083-816-2947

Đã gửi từ thiết bị Samsung Galaxy của tôi
"""
    htmlb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body><div dir="auto">' + "<br>".join(html.escape(x, quote=False) for x in body.split("\n"))
             + "</div></body></html>")
    build("h047.eml", [
        ("Message-ID", f"<{alnum(20)}@email.android.com>"),
        ("Date", date_hdr(D(2026, 4, 15, 6, 12, 48))),
        ("Subject", "luat su khong den phien hoa giai"),
        ("From", addr("Nam Ha", "havannam.ag@gmail.com")),
        ("To", FIRM_SUPPORT),
        ("MIME-Version", "1.0"),
    ], multi("alternative", [text(body, cs="UTF-8", cte="base64", csq=False),
                             text(htmlb, "html", cs="UTF-8", cte="base64", csq=False)], b_samsung()),
        L("complaint", "vi", "Ha Van Nam", "+84838162947", "havannam.ag@gmail.com",
          note="Service-failure complaint without diacritics (Samsung signature has them); date '14/4' and '30 trieu' are not phones."))


def h048():
    body = """I am travelling with limited access to email until Wednesday 22 April and will respond to your message on my return.

For urgent matters, please contact my assistant, Ms. Chua Wei Ling, at weiling.chua@ardentcapital.sg or +65 6221 3409.

Jonathan Price
Partner | Ardent Capital Advisors
"""
    build("h048.eml", [
        ("From", addr("Jonathan Price", "j.price@ardentcapital.sg")),
        ("To", addr("Thinh Tri Group", FIRM_INFO)),
        ("Subject", "Automatic reply: Draft shareholders' resolution - please review"),
        ("Thread-Topic", "Draft shareholders' resolution - please review"),
        ("Thread-Index", "AQH" + alnum(29, "+/") + "=="),
        ("Date", date_hdr(D(2026, 4, 17, 15, 44, 12))),
        ("Message-ID", mid_outlook("SG2PR01MB")),
        ("In-Reply-To", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("Content-Language", "en-SG"),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("unknown", "en", **AUTO,
          note="Out-of-office detectable only by the 'Automatic reply:' subject; contains an assistant's email and phone."))


def h049():
    body = """Hi Thinh Tri team,

This is Nguyễn Hoàng Minh (Michael) - you're handling my late father's inheritance file with Ms. Phuong. I'm leaving Lotus Fintech at the end of this week, so my work email will stop working. Please update my contact details:

- Email: please use michael.hminh@gmail.com from now on
- Mobile: +84 783 095 412 (số cũ sẽ hủy, đừng gọi số cũ nữa)

All documents can still be sent to the same postal address. Thanks!

Best regards,
Michael
"""
    build("h049.eml", [
        ("From", addr("Minh Nguyen", "minh.nguyen@lotusfintech.com")),
        ("To", addr("Thinh Tri Support", FIRM_SUPPORT)),
        ("Subject", hdr("Update contact details / cập nhật email + SĐT")),
        ("Thread-Topic", hdr("Update contact details / cập nhật email + SĐT")),
        ("Thread-Index", "AQH" + alnum(29, "+/") + "=="),
        ("Date", date_hdr(D(2026, 4, 20, 9, 6, 55))),
        ("Message-ID", mid_outlook("SI2PR04MB")),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body),
        L("correction_request", "en", "Nguyễn Hoàng Minh", "+84783095412", "michael.hminh@gmail.com",
          note="Mixed English/Vietnamese, English dominant; new email in body differs from From; 'hủy' refers to the old SIM, not data."))


def h050():
    body = """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Công ty chúng tôi là doanh nghiệp sản xuất đồ gỗ xuất khẩu tại Bình Dương, hiện có khoảng 85 công nhân. Để chuẩn bị cho đợt đánh giá nhà máy của khách hàng châu Âu vào tháng 6, chúng tôi cần Quý Công ty hỗ trợ:
1. Rà soát và soạn lại mẫu hợp đồng lao động, phụ lục hợp đồng;
2. Xây dựng nội quy lao động và làm thủ tục đăng ký nội quy với cơ quan quản lý lao động;
3. Tư vấn quy chế lương, thưởng và làm thêm giờ.

Đề nghị Quý Công ty gửi báo giá và thời gian thực hiện. Mọi trao đổi xin liên hệ trực tiếp tôi qua số 0962 148 375.

Trân trọng,
Trần Đức Nghĩa
Giám đốc
Công ty TNHH Gỗ Mỹ Nghệ Phú Sơn
"""
    build("h050.eml", [
        ("Date", date_hdr(D(2026, 4, 20, 14, 38, 21))),
        ("From", addr("Công ty TNHH Gỗ Mỹ Nghệ Phú Sơn", "info@gophuson.vn", mode="Q")),
        ("To", FIRM_INFO),
        ("Subject", hdr("Đề nghị báo giá soạn thảo hợp đồng lao động và nội quy lao động", mode="Q")),
        ("Message-ID", f"<{hexid(32)}@gophuson.vn>"),
        ("X-Sender", "info@gophuson.vn"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
        ("MIME-Version", "1.0"),
    ], multi("alternative", [text(body, cs="UTF-8", cte="8bit", csq=False, extra="; format=flowed"),
                             text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
                                  + "\n".join(f"<p>{html.escape(x, quote=False)}</p>" for x in body.split("\n") if x)
                                  + "\n</body></html>\n", "html", cs="UTF-8", cte="quoted-printable", csq=False)],
             f"=_{hexid(32)}"),
        L("service_request", "vi", "Trần Đức Nghĩa", "+84962148375", "info@gophuson.vn",
          note="From display is the company; the person's name is only in the signature."),
        preamble=None)


def h051():
    body = """Chao cong ty,
Toi la Trinh Cong Minh, gui nho email cua vo toi. Nam 2024 toi co nho cong ty lam thu tuc xin giay phep kinh doanh van tai.
Cho toi hoi hien cong ty con luu nhung thong tin ca nhan gi cua toi (CCCD, bang lai, so dien thoai, dia chi...) va gui cho toi 1 ban sao. Gui ve email rieng cua toi: Minh.TrinhCong@gmail.com, dung gui vao email nay.
Sdt toi: 0862 194 350.
Cam on.
"""
    build("h051.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 21, 20, 55, 30))),
        ("Message-ID", mid_gmail()),
        ("Subject", "xin thong tin ho so"),
        ("From", addr("Lan Pham", "phamthilan.spa@gmail.com")),
        ("To", FIRM_SUPPORT),
    ], multi("alternative", [text(body, cte="7bit", cte_first=True),
                             text(html_gmail(body), "html", cte="7bit", cte_first=True)], b_gmail()),
        L("access_request", "vi", "Trinh Cong Minh", "+84862194350", "minh.trinhcong@gmail.com",
          note="Sent from the wife's mailbox (From 'Lan Pham'); the sender is Trinh Cong Minh and wants replies at the mixed-case body address."))


def h052():
    sent = D(2026, 4, 21, 10, 5, 12)
    orig_body = """Kính gửi anh Tiến,

Thịnh Trí gửi anh bản dự thảo Hợp đồng dịch vụ pháp lý thường xuyên năm 2026 để anh xem xét. Nếu cần điều chỉnh, anh vui lòng phản hồi trước ngày 24/04 hoặc gọi hotline 1800 63 65.

""" + FIRM_SIG_VI.format(who="Lý Thu Vân") + "\n"
    orig = Message()
    orig["From"] = addr("Lý Thu Vân - Thịnh Trí Group", FIRM_INFO)
    orig["To"] = "tien.nguyen@vinhhungcorp.com.vn"
    orig["Subject"] = hdr("Hợp đồng dịch vụ pháp lý thường xuyên 2026 - bản dự thảo", prefix="Re: ")
    orig["Date"] = date_hdr(sent)
    orig["Message-ID"] = f"<{uuid_like()}@thinhtrigroup.com>"
    orig["MIME-Version"] = "1.0"
    tp = text(orig_body, cs="utf-8", cte="base64")
    for k, v in tp.items():
        orig[k] = v
    orig.set_payload(tp.get_payload())
    rfc = Message()
    rfc["Content-Type"] = "message/rfc822"
    rfc.set_payload([orig])
    ndr_plain = """Delivery has failed to these recipients or groups:

tien.nguyen@vinhhungcorp.com.vn
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: EXCH01.vinhhungcorp.local

tien.nguyen@vinhhungcorp.com.vn
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    ndr_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
                "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>"
                "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:tien.nguyen@vinhhungcorp.com.vn\">tien.nguyen@vinhhungcorp.com.vn</a><br>"
                "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. "
                "If the problem continues, please contact your helpdesk.<br></p></font>"
                "<font color=\"#808080\" size=\"1\" face=\"Tahoma\"><p>Diagnostic information for administrators:</p>"
                "<p>Generating server: EXCH01.vinhhungcorp.local</p><p>tien.nguyen@vinhhungcorp.com.vn<br>"
                "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></font></body></html>")
    alt = multi("alternative", [text(ndr_plain, cs="us-ascii", cte="quoted-printable"),
                                text(ndr_html, "html", cs="us-ascii", cte="quoted-printable")],
                f"__{RNG.randint(10**8, 10**9)}_ABCD_{hexid(8).upper()}_")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns;EXCH01.vinhhungcorp.local"
    b1["Received-From-MTA"] = "dns;mail.thinhtrigroup.com"
    b1["Arrival-Date"] = date_hdr(sent + dt.timedelta(seconds=3))
    b2 = Message()
    b2["Final-Recipient"] = "rfc822;tien.nguyen@vinhhungcorp.com.vn"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    b2["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    ds.set_payload([b1, b2])
    rep = multi("report", [alt, ds, rfc], f"_{RNG.randint(10**6, 10**7)}_{uuid_like()}_",
                extra="; report-type=delivery-status")
    build("h052.eml", [
        ("Return-Path", "<>"),
        ("From", "postmaster@vinhhungcorp.com.vn"),
        ("To", FIRM_INFO),
        ("Date", date_hdr(sent + dt.timedelta(seconds=4))),
        ("MIME-Version", "1.0"),
        ("Subject", hdr("Hợp đồng dịch vụ pháp lý thường xuyên 2026 - bản dự thảo", prefix="Undeliverable: Re: ")),
        ("Message-ID", f"<{uuid_like()}@EXCH01.vinhhungcorp.local>"),
        ("In-Reply-To", orig["Message-ID"]),
        ("References", orig["Message-ID"]),
        ("Thread-Topic", hdr("Hợp đồng dịch vụ pháp lý thường xuyên 2026 - bản dự thảo", prefix="Re: ")),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-US"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ], rep,
        L("unknown", "en", **AUTO,
          note="Exchange NDR from postmaster@ (multipart/report, no Auto-Submitted, null Return-Path); encoded Vietnamese subject; returned firm mail with hotline."))


def h053():
    body = """Chao Thinh Tri
Cho minh huy dang ky nhan tin nhan va email quang cao nhe, minh cung khong can tu van nua. Nho ben ban xoa luon so dien thoai +84 931 520 468 va email cua minh khoi he thong, dung luu lai.
Thanks
Bui Minh Duc

Sent from my Galaxy
"""
    build("h053.eml", [
        ("Message-ID", f"<{alnum(20)}@email.android.com>"),
        ("Date", date_hdr(D(2026, 4, 22, 7, 40, 15))),
        ("Subject", "huy dang ky nhan tin"),
        ("From", addr("Duc Bui", "buiminhduc.vt92@gmail.com")),
        ("To", FIRM_INFO),
        ("MIME-Version", "1.0"),
    ], text(body, cs="UTF-8", cte="7bit", csq=False),
        L("deletion_request", "vi", "Bui Minh Duc", "+84931520468", "buiminhduc.vt92@gmail.com",
          note="'huy dang ky' (unsubscribe) plus 'xoa ... dung luu lai' — deletion, no diacritics."))


def h054():
    body = """Chào anh Khải và các anh chị ở Thịnh Trí,

Hôm qua Tòa đã ra quyết định công nhận sự thỏa thuận của các đương sự, phía bên kia đồng ý trả lại toàn bộ tiền cọc cho gia đình tôi. Cả nhà tôi rất vui và muốn gửi lời cảm ơn chân thành đến anh Khải đã kiên nhẫn theo vụ việc suốt 5 tháng qua.

Chúc anh và Công ty nhiều sức khỏe, thành công. Có dịp tôi sẽ giới thiệu bạn bè đến Công ty.

Lâm Gia Huy
0707 384 915
"""
    build("h054.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 22, 19, 12, 3))),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("Cảm ơn luật sư Khải")),
        ("From", addr("Lâm Gia Huy", "giahuy.lam88@gmail.com")),
        ("To", FIRM_INFO),
    ], gmail_alt(body, "base64"),
        L("unknown", "vi", "Lâm Gia Huy", "+84707384915", "giahuy.lam88@gmail.com",
          note="Thank-you note after a closed case; no request."))


def h055():
    body = """Hi,

I saw your Facebook ad offering a free 30-minute consultation for overseas Vietnamese on inheritance matters, and booked one for 3 April. At the end of the call your consultant said the session would be charged at 1,500,000 VND because I had asked "more than one question", and the next day I received a payment request.

Nobody told me about any fee beforehand. I find this misleading and I am not going to pay it. Please cancel the payment request and confirm in writing.

Emily Tran
(+1) 619-555-0148

Sent from my iPad
"""
    build("h055.eml", [
        ("Content-Type", None),
        ("From", addr("Emily Tran", "emilytran.sd@yahoo.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", "Charged for a \"free\" consultation"),
        ("Date", date_hdr(D(2026, 4, 6, 22, 47, 31))),
        ("Message-Id", f"<{uuid_like(True)}@yahoo.com>"),
        ("To", FIRM_SUPPORT),
        ("X-Mailer", "iPad Mail (22D82)"),
    ], multi("alternative", [text(body, cs="us-ascii", cte="7bit", csq=False),
                             text(html_apple(body), "html", cs="utf-8", cte="quoted-printable", csq=False)], b_apple()),
        L("complaint", "en", "Emily Tran", "+16195550148", "emilytran.sd@yahoo.com",
          note="Billing complaint; US number written '(+1) 619-555-0148'; amount 1,500,000 is not a phone."))


def h056():
    body = """Chào anh/chị,

Em đang nghỉ thai sản đến hết tháng 8/2026. Các vấn đề liên quan đến pháp lý, hợp đồng vui lòng liên hệ anh Lương Văn Tài - Trưởng phòng Hành chính, email tai.luong@sonhaplastic.vn, ĐT 0908 337 164.

Cảm ơn anh/chị.
Võ Ngọc Diễm
"""
    build("h056.eml", [
        ("From", addr("Võ Ngọc Diễm", "diem.vo@sonhaplastic.vn")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
        ("Subject", hdr("Lịch hẹn ký hợp đồng tư vấn thường xuyên", prefix="Out of Office: ")),
        ("Thread-Topic", hdr("Lịch hẹn ký hợp đồng tư vấn thường xuyên")),
        ("Date", date_hdr(D(2026, 4, 23, 9, 10, 27))),
        ("Message-ID", mid_outlook("TYZPR01MB")),
        ("Content-Language", "vi-VN"),
        ("MIME-Version", "1.0"),
    ], outlook_alt(body, "base64"),
        L("unknown", "vi", **AUTO,
          note="English 'Out of Office:' subject prefix (only cue) on a Vietnamese body; colleague's contact details inside."))


def h057():
    sent = D(2026, 4, 9, 10, 2, 0)
    quoted = """Kính gửi chị Diệu Linh,

Thịnh Trí xác nhận lịch hẹn luật sư đến thẩm định hiện trạng nhà tại 47/5 Nguyễn Trãi, Phường 2, Quận 5 vào 9h00 thứ Năm 16/04/2026. Số điện thoại liên hệ của chị: 0913 580 226.
Nếu cần thay đổi lịch, chị vui lòng gọi hotline 1800 63 65.

Trân trọng,
Nguyễn Tường Vy
Thịnh Trí Group"""
    top = """Chào em Vy,
Lịch hẹn em gửi ghi sai địa chỉ nhà chị rồi. Địa chỉ đúng là: 45/7 Nguyễn Trãi, Phường 2, Quận 5, TP.HCM (không phải 47/5 như trong email). Em sửa lại trong hồ sơ giúp chị nhé, kẻo sau này giấy tờ gửi về lại thất lạc.
Số điện thoại của chị cũng đổi rồi, em ghi số mới giúp chị: 0903 216 457.
Phan Thị Diệu Linh

Gửi từ iPhone của tôi
"""
    attrib = f"Vào lúc {sent:%H:%M}, ngày {sent.day} thg {sent.month}, {sent.year}, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:"
    plain = top + "\n> " + attrib + "\n> \n" + quote_lines(quoted) + "\n"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
           + "".join('<div dir="ltr">' + (html.escape(x, quote=False) or "<br>") + "</div>" for x in top.split("\n"))
           + '<div dir="ltr"><blockquote type="cite">' + html.escape(attrib, quote=False) + "<br><br>"
           + "<br>".join(html.escape(x, quote=False) for x in quoted.split("\n")) + "</blockquote></div></body></html>")
    orig = f"<{uuid_like()}@thinhtrigroup.com>"
    build("h057.eml", [
        ("Content-Type", None),
        ("From", addr("Phan Thị Diệu Linh", "dieulinh.phan@icloud.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Subject", hdr("Xác nhận lịch hẹn thẩm định hiện trạng nhà", prefix="Re: ")),
        ("Date", date_hdr(D(2026, 4, 9, 12, 26, 40))),
        ("References", orig),
        ("In-Reply-To", orig),
        ("Message-Id", mid_apple()),
        ("To", addr("Thịnh Trí Group", FIRM_INFO)),
        ("X-Mailer", "iPhone Mail (22E240)"),
    ], multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable", csq=False),
                             text(htm, "html", cs="utf-8", cte="quoted-printable", csq=False)], b_apple()),
        L("correction_request", "vi", "Phan Thị Diệu Linh", "+84903216457", "dieulinh.phan@icloud.com",
          "45/7 Nguyễn Trãi, Phường 2, Quận 5, TP.HCM",
          note="iPhone reply above quoted firm mail that holds the wrong address (47/5), her old phone and the hotline."))


def h058():
    body = """Kính gửi Thịnh Trí Group,

Tôi là Lưu Hải Đăng, phóng viên ban Pháp luật - Báo Pháp Luật Số. Tòa soạn đang thực hiện loạt bài về việc doanh nghiệp thực thi Luật Bảo vệ dữ liệu cá nhân sau ba tháng có hiệu lực, đặc biệt là quyền yêu cầu xóa, chỉnh sửa dữ liệu của người dân.

Tôi rất mong được phỏng vấn một luật sư của Công ty (trực tiếp hoặc qua email, khoảng 5 - 6 câu hỏi) trong tuần này. Bài dự kiến đăng ngày 28/04.

Xin cảm ơn và mong nhận được phản hồi.
Lưu Hải Đăng
Ban Pháp luật - Báo Pháp Luật Số
ĐT: 0904 618 273
"""
    build("h058.eml", [
        ("Message-ID", mid_domain("baophapluatso.vn")),
        ("Date", date_hdr(D(2026, 4, 23, 15, 2, 44))),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "vi-VN"),
        ("To", FIRM_INFO),
        ("From", addr("Lưu Hải Đăng", "haidang.luu@baophapluatso.vn")),
        ("Subject", hdr("Xin ý kiến chuyên gia về Luật Bảo vệ dữ liệu cá nhân")),
    ], text(body, cs="UTF-8", cte="8bit", csq=False, extra="; format=flowed"),
        L("unknown", "vi", "Lưu Hải Đăng", "+84904618273", "haidang.luu@baophapluatso.vn",
          note="Press interview request about the data-protection law; full of deletion/correction vocabulary but no own request."))


def h059():
    fsent = D(2026, 4, 15, 19, 42, 0)
    top = """Hi,

My landlord sent me the notice below yesterday (in Vietnamese). As far as I understand, she wants me to leave the apartment within 15 days, although my lease runs until December 2026 and I have paid 6 months in advance. Google Translate isn't very helpful.

Could one of your lawyers review the lease and the notice and tell me what my options are? I can bring the original lease to your office. My number is 0909 475 218.

Thanks,
Mark Jensen
"""
    fwd = f"""---------- Forwarded message ---------
From: Trần Thị Mỹ Lệ <mylecanho@gmail.com>
Date: {gmail_en_fwd_date(fsent)}
Subject: THÔNG BÁO chấm dứt hợp đồng thuê nhà
To: <markjensen.dk@gmail.com>


Kính gửi anh Mark,

Do gia đình có việc cần sử dụng lại căn hộ số 12.05, tôi thông báo chấm dứt hợp đồng thuê nhà trước thời hạn. Đề nghị anh bàn giao căn hộ trước ngày 01/05/2026. Tiền thuê đã trả trước sẽ được hoàn lại sau khi trừ các chi phí sửa chữa (nếu có).

Mọi thắc mắc liên hệ chị Lệ: 0938 774 152.

Trần Thị Mỹ Lệ
"""
    build("h059.eml", [
        ("MIME-Version", "1.0"),
        ("Date", date_hdr(D(2026, 4, 16, 9, 5, 33))),
        ("References", mid_gmail()),
        ("In-Reply-To", mid_gmail()),
        ("Message-ID", mid_gmail()),
        ("Subject", hdr("THÔNG BÁO chấm dứt hợp đồng thuê nhà", prefix="Fwd: ")),
        ("From", addr("Mark Jensen", "markjensen.dk@gmail.com")),
        ("To", FIRM_INFO),
    ], gmail_alt(top + "\n" + fwd),
        L("service_request", "en", "Mark Jensen", "+84909475218", "markjensen.dk@gmail.com",
          note="English request above a forwarded Vietnamese notice; the landlord's name and phone 0938 774 152 are not the sender's."))


def h060():
    body = """Cảm ơn anh/chị đã liên hệ.

Tôi đang nghỉ phép đến hết ngày 05/05/2026 và không truy cập email thường xuyên. Việc cần xử lý gấp xin gửi về Phòng Pháp chế: phapche@vietagri.com.vn.

Trân trọng,
Trần Thanh Phong
"""
    build("h060.eml", [
        ("From", addr("Trần Thanh Phong", "phong.tran@vietagri.com.vn")),
        ("To", FIRM_INFO),
        ("Subject", hdr("Hồ sơ đăng ký nhãn hiệu VIETAGRI - bổ sung tài liệu", prefix="Re: ")),
        ("Date", date_hdr(D(2026, 4, 24, 8, 0, 5))),
        ("Message-ID", mid_domain("vietagri.com.vn")),
        ("In-Reply-To", f"<{uuid_like()}@thinhtrigroup.com>"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ], text(body, cs="utf-8", cte="quoted-printable"),
        L("unknown", "vi", **AUTO,
          note="Out-of-office marked only by 'Precedence: bulk'; subject is an ordinary 'Re:'."))


# --------------------------------------------------------------------------- self-check
def _fold(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def _part_text(part):
    try:
        return part.get_content()
    except (LookupError, UnicodeError):
        raw = part.get_payload(decode=True) or b""
        return raw.decode("utf-8", "replace")


def check():
    """Parse every file with the stdlib parser (policy=default) and compare with labels.json."""
    import email
    import re
    from collections import Counter
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("h*.eml"))
    problems = []
    cp_ok = set()
    if sorted(labels) != files or len(files) != 60:
        problems.append(f"labels/files mismatch: {len(labels)} labels, {len(files)} files")
    for name in files:
        lab = labels[name]
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=policy.default)
        chunks = [str(msg.get(h, "")) for h in ("From", "Subject", "To", "Cc")]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                t = _part_text(part)
                if part.get_content_subtype() == "html":
                    t = html.unescape(re.sub(r"<[^>]+>", " ", t.replace("<br>", "\n")))
                chunks.append(t)
                if part.get_content_charset() == "windows-1258" and name in CP1258_TEXT:
                    if part.get_content_subtype() == "plain" and \
                            unicodedata.normalize("NFC", t.replace("\r\n", "\n")) != unicodedata.normalize("NFC", CP1258_TEXT[name]):
                        problems.append(f"{name}: windows-1258 text does not decode to the intended text")
                    elif part.get_content_subtype() == "plain":
                        cp_ok.add(name)
            elif part.get_content_type() in ("message/delivery-status",):
                chunks.append(str(part))
        for h in ("From", "Subject"):
            if any(d.defects for d in [msg]):
                pass
        full = "\n".join(chunks)
        folded = _fold(full)
        digits = re.sub(r"\D", "", full)
        c = lab["contact"]
        if lab["automated"]:
            if lab["category"] != "unknown" or any(c.values()):
                problems.append(f"{name}: automated but category/contact set")
        if c["name"] and _fold(c["name"]) not in folded:
            problems.append(f"{name}: name {c['name']!r} not found")
        if c["email"] and c["email"] != c["email"].lower():
            problems.append(f"{name}: email not lowercase")
        if c["email"] and c["email"] not in full.lower():
            problems.append(f"{name}: email {c['email']!r} not found")
        if c["address"] and _fold(c["address"]) not in folded:
            problems.append(f"{name}: address {c['address']!r} not found")
        if c["phone"]:
            ph = c["phone"]
            if not re.fullmatch(r"\+\d{8,15}", ph):
                problems.append(f"{name}: phone not E.164: {ph}")
            cands = {ph[1:]}
            if ph.startswith("+84"):
                cands.add("0" + ph[3:])
            if ph.startswith("+1"):
                cands.add(ph[2:])
            if ph.startswith("+61"):
                cands.add("0" + ph[3:])
            if not any(x in digits for x in cands):
                problems.append(f"{name}: phone {ph} not found")
            if ph.endswith("18006365"):
                problems.append(f"{name}: firm hotline used as contact phone")
        for k in ("category", "automated", "language", "contact"):
            if k not in lab:
                problems.append(f"{name}: missing {k}")
        if lab["language"] not in ("vi", "en"):
            problems.append(f"{name}: language {lab['language']}")
        if any(p.defects for p in msg.walk()):
            problems.append(f"{name}: parser defects {[d for p in msg.walk() for d in p.defects]}")
    if cp_ok != set(CP1258_TEXT):
        problems.append(f"windows-1258 check ran on {sorted(cp_ok)} only")
    for p in problems:
        print("PROBLEM", p)
    print("windows-1258 round-trip verified:", sorted(cp_ok))
    cat = Counter((v["category"], v["automated"]) for v in labels.values())
    print("category/automated:", dict(sorted(cat.items())))
    print("language:", dict(Counter(v["language"] for v in labels.values())))
    print("automated:", dict(Counter(v["automated"] for v in labels.values())))
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return not problems


# --------------------------------------------------------------------------- main
def main():
    funcs = [globals()[f"h{i:03d}"] for i in range(1, 61)]
    for f in funcs:
        f()
    assert len(MESSAGES) == 60
    for name, data in MESSAGES.items():
        (OUT / name).write_bytes(data)
    labels = {k: LABELS[k] for k in sorted(LABELS)}
    (OUT / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=False) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(MESSAGES)} messages to {OUT}", file=sys.stderr)
    if not check():
        sys.exit(1)


if __name__ == "__main__":
    main()
