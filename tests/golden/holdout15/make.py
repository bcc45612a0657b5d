#!/usr/bin/env python3
"""Generate holdout set 15: 60 raw customer e-mails (z001.eml ... z060.eml) for the
Thinh Tri law firm mail classifier, plus labels.json in the development-set format.

Standard library only.  Run:  python3 make.py   (writes next to this file)
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import unicodedata
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(150426)
ICT = datetime.timezone(datetime.timedelta(hours=7))

FIRM_INFO = "info@thinhtrigroup.com"
FIRM_SUPPORT = "support@thinhtrigroup.com"


# --------------------------------------------------------------------------- helpers
def rhex(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def uuid_like(upper=False):
    s = "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return s.upper() if upper else s


def dt(y, mo, d, h, mi, s, tz=7):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def datestr(d):
    return format_datetime(d)


def to1258(s):
    """Encode text as windows-1258 the way old Vietnamese Windows mailers do:
    precomposed where the code page has the letter, otherwise base letter (with
    circumflex/breve/horn) followed by a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0]
        tones = ""
        for m in parts[1:]:
            if m in "\u0300\u0301\u0303\u0309\u0323":
                tones += m
            else:
                base += m
        base = unicodedata.normalize("NFC", base)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def _charset_bytes(s, cs):
    if cs.lower() == "windows-1258":
        return to1258(s)
    return s.encode("utf-8")


def _q(bs):
    out = []
    for c in bs:
        ch = chr(c)
        if c == 0x20:
            out.append("_")
        elif c < 128 and (ch.isalnum() or ch in "!*+-/."):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(s, mode="B", cs="UTF-8", limit=None):
    """Split s into RFC 2047 encoded words, never splitting a character."""
    if limit is None:
        limit = 39 if mode == "B" else 46
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        b = _charset_bytes(trial, cs)
        size = len(b) if mode == "B" else len(_q(b))
        if cur and size > limit:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = _charset_bytes(w, cs)
        if mode == "B":
            res.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            res.append("=?%s?Q?%s?=" % (cs, _q(b)))
    return res


def hval(s, mode="B", cs="UTF-8"):
    """Header value: plain if ASCII, otherwise encoded words folded one per line."""
    if all(ord(c) < 128 for c in s):
        return s
    return "\n ".join(encoded_words(s, mode, cs))


def subject_hdr(s, mode="B", cs="UTF-8", prefix=""):
    if all(ord(c) < 128 for c in prefix + s):
        return prefix + s
    return prefix + "\n ".join(encoded_words(s, mode, cs))


def mailbox(name, addr, mode="B", cs="UTF-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '.,:;()@[]"'):
            disp = '"%s"' % name
        else:
            disp = name
        return "%s <%s>" % (disp, addr)
    ew = encoded_words(name, mode, cs)
    disp = "\n ".join(ew)
    line = disp + " <%s>" % addr
    if len(ew[-1]) + len(addr) + 9 > 70:
        return disp + "\n <%s>" % addr
    return line


def encode_body(text, cte, cs="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    b = _charset_bytes(text, cs)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "7bit":
        assert all(c < 128 for c in b), "7bit part contains non-ASCII"
        return b.decode("ascii")
    if cte == "8bit":
        return b.decode("utf-8")
    raise ValueError(cte)


def part(text, ctype, cte, cs="UTF-8", cte_first=False, extra=""):
    ct = 'Content-Type: %s; charset="%s"%s' % (ctype, cs, extra)
    ce = "Content-Transfer-Encoding: %s" % cte
    heads = [ce, ct] if cte_first else [ct, ce]
    return "\n".join(heads) + "\n\n" + encode_body(text, cte, cs)


def multipart(boundary, parts):
    out = []
    for p in parts:
        out.append("--%s\n%s" % (boundary, p.rstrip("\n") + "\n"))
    out.append("--%s--\n" % boundary)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def attachment(fname, ctype, data):
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, fname, fname, base64.encodebytes(data).decode()))


def tiny_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1")


# ------------------------------------------------------------------ html renderers
def html_gmail(text, quote=None):
    lines = text.rstrip("\n").split("\n")
    divs = ["<div>%s</div>" % (esc(l) if l else "<br>") for l in lines]
    h = '<div dir="ltr">' + "\n".join(divs) + "</div>"
    if quote:
        attrib, qtext = quote
        qh = "<br>\n".join(esc(l) for l in qtext.rstrip("\n").split("\n"))
        h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">\n%s\n</blockquote></div>' % (esc(attrib), qh))
    return h + "\n"


def html_outlook(text):
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n')
    ps = []
    for l in text.rstrip("\n").split("\n"):
        if l:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
        else:
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return head + "\n".join(ps) + "\n</div>\n</body>\n</html>\n"


def html_owa(text):
    divs = ["<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n")]
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, '
            'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + "\n".join(divs) + "\n</div>\n</body>\n</html>\n")


def html_yahoo(text):
    cls = "ydp%syahoo-style-wrap" % rhex(8)
    divs = ['<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>")
            for l in text.rstrip("\n").split("\n")]
    return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, Arial, '
            'sans-serif;font-size:13px;">' % cls + "\n".join(divs) + "</div></body></html>\n")


# ------------------------------------------------------------------ message builders
def common_headers(frm, to, subj, date, msgid, cc=None, reply_to=None, extra=None, mime_first=True):
    h = []
    if mime_first:
        h.append("MIME-Version: 1.0")
    h.append("From: " + frm)
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + subj)
    h.append("Date: " + datestr(date))
    h.append("Message-ID: " + msgid)
    if reply_to:
        h.append("In-Reply-To: " + reply_to)
        h.append("References: " + reply_to)
    for e in extra or []:
        h.append(e)
    return h


def to_hdr(to):
    if to == "info":
        return FIRM_INFO
    if to == "support":
        return FIRM_SUPPORT
    return to


def subj_enc(subject, mode, reply=None):
    prefix = (reply + " ") if reply else ""
    return subject_hdr(subject, mode, prefix=prefix)


def gmail(frm, to, subject, date, body, cte="quoted-printable", mode="B", quote=None, reply_to=None,
          attachments=None, reply=None, html_only=False, plain_only=False):
    name, addr = frm
    msgid = "<CA%s@mail.gmail.com>" % ralnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+=")
    heads = common_headers(mailbox(name, addr, mode), to_hdr(to), subj_enc(subject, mode, reply), date, msgid,
                           reply_to=reply_to)
    plain = body
    if quote:
        attrib, qtext = quote
        plain = body.rstrip("\n") + "\n\n" + attrib + "\n\n" + "\n".join(
            ("> " + l) if l else ">" for l in qtext.rstrip("\n").split("\n")) + "\n"
    if plain_only:
        heads.append("Content-Transfer-Encoding: %s" % cte)
        heads.append('Content-Type: text/plain; charset="UTF-8"')
        return "\n".join(heads) + "\n\n" + encode_body(plain, cte)
    hpart = html_gmail(body, quote)
    if html_only:
        heads.append('Content-Type: text/html; charset="utf-8"')
        heads.append("Content-Transfer-Encoding: %s" % cte)
        return "\n".join(heads) + "\n\n" + encode_body(hpart, cte)
    b_alt = "0000000000" + rhex(18)
    alt = multipart(b_alt, [part(plain, "text/plain", cte, cte_first=True),
                            part(hpart, "text/html", cte, cte_first=True)])
    if attachments:
        b_mix = "0000000000" + rhex(18)
        parts = ['Content-Type: multipart/alternative; boundary="%s"\n\n%s' % (b_alt, alt)]
        parts += [attachment(*a) for a in attachments]
        heads.append('Content-Type: multipart/mixed; boundary="%s"' % b_mix)
        return "\n".join(heads) + "\n\n" + multipart(b_mix, parts)
    heads.append('Content-Type: multipart/alternative; boundary="%s"' % b_alt)
    return "\n".join(heads) + "\n\n" + alt


def outlook(frm, to, subject, date, body, cte="quoted-printable", mode="Q", cc=None, attachments=None,
            reply=None, to_display=None):
    name, addr = frm
    dom = addr.split("@")[1].lower()
    msgid = "<0000%s01dc%s$%s$%s@%s>" % (rhex(2), rhex(4), rhex(8), rhex(8), dom)
    heads = common_headers(mailbox(name, addr, mode), to_display or to_hdr(to), subj_enc(subject, mode, reply),
                           date, msgid, cc=cc, extra=["X-Mailer: Microsoft Outlook 16.0"])
    b_alt = "_000_%s_" % rhex(30, True)
    alt = multipart(b_alt, [part(body, "text/plain", cte, cs="utf-8"),
                            part(html_outlook(body), "text/html", cte, cs="utf-8")])
    if attachments:
        b_mix = "_004_%s_" % rhex(30, True)
        parts = ['Content-Type: multipart/alternative;\n boundary="%s"\n\n%s' % (b_alt, alt)]
        parts += [attachment(*a) for a in attachments]
        heads.append('Content-Type: multipart/mixed;\n boundary="%s"' % b_mix)
        return "\n".join(heads) + "\n\n" + multipart(b_mix, parts)
    heads.append('Content-Type: multipart/alternative;\n boundary="%s"' % b_alt)
    return "\n".join(heads) + "\n\n" + alt


def owa(frm, to, subject, date, body, cte="quoted-printable", mode="B", html_only=False, reply=None, pfx="SEYP"):
    name, addr = frm
    host = {"SEYP": "SEYP%02dMB%04d" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
            "SG2P": "SG2PR%02dMB%04d" % (RNG.randint(1, 9), RNG.randint(1000, 9999)),
            "TYZP": "TYZPR%02dMB%04d" % (RNG.randint(1, 9), RNG.randint(1000, 9999))}[pfx]
    msgid = "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (host, rhex(32, True), host, RNG.randint(1, 6))
    heads = common_headers(mailbox(name, addr, mode), to_hdr(to), subj_enc(subject, mode, reply), date, msgid)
    hpart = html_owa(body)
    if html_only:
        heads.append('Content-Type: text/html; charset="utf-8"')
        heads.append("Content-Transfer-Encoding: %s" % cte)
        return "\n".join(heads) + "\n\n" + encode_body(hpart, cte)
    b_alt = "_000_%s_" % rhex(30, True)
    heads.append('Content-Type: multipart/alternative;\n boundary="%s"' % b_alt)
    return "\n".join(heads) + "\n\n" + multipart(b_alt, [part(body, "text/plain", cte, cs="utf-8"),
                                                        part(hpart, "text/html", cte, cs="utf-8")])


def yahoo(frm, to, subject, date, body, mode="Q"):
    name, addr = frm
    msgid = "<%d.%d.%d@mail.yahoo.com>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 6, 10 ** 7),
                                            RNG.randint(10 ** 12, 10 ** 13))
    heads = common_headers(mailbox(name, addr, mode), to_hdr(to), subj_enc(subject, mode), date, msgid,
                           extra=["X-Mailer: WebService/1.1.%d YMailNorrin" % RNG.randint(24000, 25999)])
    b = "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(10 ** 8, 10 ** 9),
                                  RNG.randint(10 ** 12, 10 ** 13))
    heads.append('Content-Type: multipart/alternative;\n boundary="%s"' % b)
    return "\n".join(heads) + "\n\n" + multipart(b, [part(body, "text/plain", "quoted-printable", cs="utf-8"),
                                                    part(html_yahoo(body), "text/html", "quoted-printable",
                                                         cs="utf-8")])


def thunderbird(frm, to, subject, date, body, cte="8bit", mode="Q", reply_to=None, quote=None, reply=None,
                to_display=None):
    name, addr = frm
    dom = addr.split("@")[1]
    msgid = "<%s@%s>" % (uuid_like(), dom)
    text = body
    if quote:
        attrib, qtext = quote
        text = body.rstrip("\n") + "\n\n" + attrib + "\n" + "\n".join(
            ("> " + l) if l else ">" for l in qtext.rstrip("\n").split("\n")) + "\n"
    heads = common_headers(mailbox(name, addr, mode), to_display or to_hdr(to), subj_enc(subject, mode, reply),
                           date, msgid, reply_to=reply_to, extra=["User-Agent: Mozilla Thunderbird"])
    heads.append("Content-Transfer-Encoding: %s" % cte)
    heads.append('Content-Type: text/plain; charset="utf-8"; format="flowed"')
    return "\n".join(heads) + "\n\n" + encode_body(text, cte)


def apple(frm, to, subject, date, body, mode="Q"):
    name, addr = frm
    msgid = "<%s@%s>" % (uuid_like(True), addr.split("@")[1])
    h = ["From: " + mailbox(name, addr, mode),
         "Content-Type: text/plain;\n\tcharset=utf-8",
         "Content-Transfer-Encoding: quoted-printable",
         "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
         "Subject: " + subj_enc(subject, mode),
         "Message-Id: " + msgid,
         "Date: " + datestr(date),
         "To: " + to_hdr(to),
         "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    return "\n".join(h) + "\n\n" + encode_body(body, "quoted-printable")


def iphone(frm, to, subject, date, body, cte="7bit", mode="B"):
    name, addr = frm
    msgid = "<%s@icloud.com>" % uuid_like(True)
    heads = common_headers(mailbox(name, addr, mode), to_hdr(to), subj_enc(subject, mode), date, msgid,
                           extra=["X-Mailer: iPhone Mail (22E252)"])
    heads.append("Content-Transfer-Encoding: %s" % cte)
    heads.append('Content-Type: text/plain; charset="utf-8"')
    return "\n".join(heads) + "\n\n" + encode_body(body, cte)


def outlook_express(frm, to, subject, date, body):
    name, addr = frm
    host = name.split()[-1].upper()
    host = unicodedata.normalize("NFD", host).encode("ascii", "ignore").decode()
    msgid = "<%s01dc%s$%s$0201a8c0@%s-PC>" % (rhex(4), rhex(6), rhex(8), host)
    h = ["MIME-Version: 1.0",
         "From: " + mailbox(name, addr, "Q", "windows-1258"),
         "To: " + to_hdr(to),
         "Subject: " + subject_hdr(subject, "B", "windows-1258"),
         "Date: " + datestr(date),
         "Message-ID: " + msgid,
         "X-Priority: 3",
         "X-MSMail-Priority: Normal",
         "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
         "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
         'Content-Type: text/plain; charset="windows-1258"',
         "Content-Transfer-Encoding: quoted-printable"]
    return "\n".join(h) + "\n\n" + encode_body(body, "quoted-printable", "windows-1258")


# ------------------------------------------------------------------ labels
def L(cat, lang, name, phone, email, address=None, note=None):
    d = {"automated": False, "category": cat, "language": lang,
         "contact": {"name": name, "phone": phone, "email": email, "address": address}}
    if note:
        d["note"] = note
    return d


def LA(lang, note=None):
    d = {"automated": True, "category": "unknown", "language": lang,
         "contact": {"name": None, "phone": None, "email": None, "address": None}}
    if note:
        d["note"] = note
    return d


VN_DOW = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]


def gmail_vi_attrib(d, who):
    return "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s đã viết:" % (
        VN_DOW[d.weekday()], d.day, d.month, d.year, d.hour, d.minute, who)


def gmail_en_attrib(d, who):
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, ampm, who)


def firm_msgid():
    return "<%s@thinhtrigroup.com>" % uuid_like()


MESSAGES = []


def add(raw, label):
    MESSAGES.append((raw, label))


# =========================================================================== messages
# --- z001 service: trademark for home-made fish sauce
add(gmail(("Quách Thị Mỹ Duyên", "myduyen.quach.hp@gmail.com"), "info",
          "Đăng ký bảo hộ nhãn hiệu nước mắm nhà làm", dt(2026, 1, 5, 15, 12, 48), """\
Chào Thịnh Trí ạ,

Mình là Quách Thị Mỹ Duyên, bán nước mắm cá cơm nhà làm online được gần 2 năm nay, thương hiệu "Mắm Bà Tám Cát Hải". Dạo này có mấy shop trên Shopee lấy y chang cái tên với logo của mình để bán hàng kém chất lượng, khách mua nhầm xong quay sang đánh giá 1 sao cho mình.

Mình muốn đăng ký nhãn hiệu cho đàng hoàng, nhờ bên mình tư vấn giúp:
1. Chỉ có logo vẽ tay với cái tên thì đăng ký được không, có bắt buộc lập công ty trước không?
2. Bao lâu thì có văn bằng, trong lúc chờ có cách nào buộc mấy shop kia gỡ hàng xuống?
3. Chi phí trọn gói khoảng bao nhiêu.

Số của mình (có Zalo): 0356.218.904. Mình hay ở dưới xưởng nên gọi sau 4h chiều giúp mình nha.

Cảm ơn nhiều!
Mỹ Duyên
""", cte="base64"),
    L("service_request", "vi", "Quách Thị Mỹ Duyên", "+84356218904", "myduyen.quach.hp@gmail.com"))

# --- z002 correction: new mobile, old one still mentioned
add(gmail(("Fiona McAllister", "fiona.mcallister@gmx.com"), "support", "New mobile number",
          dt(2026, 1, 7, 11, 3, 26), """\
Hi,

Just a quick note for your records: I've switched networks and my old number 0918 442 605 will be cut off at the end of this month. Please use 0386 220 947 from now on for any calls or texts about my apartment purchase file.

Everything else (email, postal address) stays as it is.

Thanks,
Fiona McAllister
""", cte="7bit"),
    L("correction_request", "en", "Fiona McAllister", "+84386220947", "fiona.mcallister@gmx.com",
      note="Old number 0918 442 605 also present; contact phone is the new one."))

# --- z003 automated: legal newsletter (bulk)
_nl_text = """\
BẢN TIN PHÁP LÝ 24H - ĐIỂM TIN TUẦN 02/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ 01/01/2026: doanh nghiệp cần rà soát quy trình tiếp nhận yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của khách hàng.
2. Mức phạt mới đối với hành vi mua bán dữ liệu cá nhân: tối đa 10 lần khoản thu có được từ vi phạm.
3. Hướng dẫn chuyển đổi hộ kinh doanh nộp thuế khoán sang kê khai từ năm 2026.
4. Lịch webinar tháng 1: "Hợp đồng lao động điện tử - những lưu ý thực tế" (20h00 thứ Năm 22/01/2026).

Đọc đầy đủ tại: https://phaply24h.vn/diem-tin/tuan-02-2026

Bạn nhận được email này vì đã đăng ký Bản tin Pháp lý 24h bằng địa chỉ info@thinhtrigroup.com.
Ngừng nhận bản tin: https://phaply24h.vn/unsubscribe?u=a81f0c2e
"""
_nl_html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Điểm tin tuần 02/2026</title></head>\n'
            '<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" style="background:#ffffff;">\n'
            '<tr><td style="background:#1f3b73;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold;">'
            'BẢN TIN PHÁP LÝ 24H &ndash; ĐIỂM TIN TUẦN 02/2026</td></tr>\n'
            '<tr><td style="padding:18px 24px;font-size:14px;line-height:1.6;">\n<p>Kính gửi Quý độc giả,</p>\n'
            '<p><b>1.</b> Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ 01/01/2026: doanh nghiệp cần rà soát '
            'quy trình tiếp nhận yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của khách hàng.</p>\n'
            '<p><b>2.</b> Mức phạt mới đối với hành vi mua bán dữ liệu cá nhân: tối đa 10 lần khoản thu có được từ '
            'vi phạm.</p>\n<p><b>3.</b> Hướng dẫn chuyển đổi hộ kinh doanh nộp thuế khoán sang kê khai từ năm 2026.</p>\n'
            '<p><b>4.</b> Lịch webinar tháng 1: &quot;Hợp đồng lao động điện tử &ndash; những lưu ý thực tế&quot; '
            '(20h00 thứ Năm 22/01/2026).</p>\n<p><a href="https://phaply24h.vn/diem-tin/tuan-02-2026">Đọc đầy đủ</a></p>\n'
            '</td></tr>\n<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">'
            'Bạn nhận được email này vì đã đăng ký Bản tin Pháp lý 24h bằng địa chỉ info@thinhtrigroup.com.<br>\n'
            '<a href="https://phaply24h.vn/unsubscribe?u=a81f0c2e" style="color:#888;">Ngừng nhận bản tin</a></td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n')
_b = "----=_NextPart_%s_%s_%s" % (rhex(3, True), rhex(4, True), rhex(8, True))
add("\n".join([
    "MIME-Version: 1.0",
    "From: " + mailbox("Bản tin Pháp lý 24h", "bantin@phaply24h.vn", "Q"),
    "To: info@thinhtrigroup.com",
    "Subject: " + subject_hdr("Điểm tin tuần 02/2026: Luật Bảo vệ dữ liệu cá nhân có hiệu lực, mức phạt mới", "Q"),
    "Date: " + datestr(dt(2026, 1, 12, 6, 0, 0)),
    "Message-ID: <%s.%s@phaply24h.vn>" % (rhex(24), rhex(8)),
    "List-Id: Ban tin Phap ly 24h <weekly.phaply24h.vn>",
    "List-Unsubscribe: <https://phaply24h.vn/unsubscribe?u=a81f0c2e>, <mailto:unsubscribe@phaply24h.vn?subject=a81f0c2e>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    'Content-Type: multipart/alternative;\n boundary="%s"' % _b]) + "\n\n" + multipart(
    _b, [part(_nl_text, "text/plain", "base64", cs="utf-8"), part(_nl_html, "text/html", "base64", cs="utf-8")]),
    LA("vi", note="Bulk newsletter; privacy keywords (truy cập, chỉnh sửa, xóa dữ liệu) are news items, not a request."))

# --- z004 service: inheritance without a will (no diacritics)
add(gmail(("Hieu Dang", "danghieu.kts@gmail.com"), "info", "hoi ve chia thua ke dat cua bo",
          dt(2026, 1, 13, 21, 47, 5), """\
Chao van phong luat,
Toi la Dang Trung Hieu, que o Ninh Binh (truoc la Nam Dinh). Bo toi mat thang 10 nam ngoai, khong de lai di chuc. Bo me co 1 manh dat tho cu khoang 300m2 dung ten bo, me toi van con song. Nha co 4 anh chi em, mot chi gai da dinh cu ben Uc.
Bay gio anh ca toi doi dung ten mot minh tren so de xay nha, cac em khong chiu vi muon chia deu. Toi muon hoi:
- Theo luat thi phan cua me va cua tung nguoi con tinh the nao?
- Chi toi o Uc khong ve duoc thi uy quyen tu ben do co duoc khong?
- Neu khong thoa thuan duoc thi khoi kien o toa nao, mat bao lau?
Nho luat su goi lai cho toi so 0986 114 702, toi nghe may trong gio hanh chinh.
Dang Trung Hieu
""", cte="7bit"),
    L("service_request", "vi", "Dang Trung Hieu", "+84986114702", "danghieu.kts@gmail.com"))

# --- z005 complaint: lost original diploma
add(gmail(("Sophie Lambert", "sophie.lambert.fr@gmail.com"), "support",
          "My original diploma is missing - where is it?", dt(2026, 4, 7, 8, 26, 51), """\
Hello,

On 2 March I handed your receptionist my original master's diploma and my original French police certificate so that your team could have them legalised for my work permit. I have a signed receipt for both.

The work permit came through last week (thank you for that), but when I came to pick up my originals on Friday nobody could find the diploma. I was promised a call back "the same day". Nobody called.

That diploma cannot easily be replaced - a duplicate from my university takes months. I need you to find it, and if it really is lost, tell me in writing what you intend to do about it and who pays for a replacement.

Sophie Lambert
Mobile: 090 6142 783
""", cte="7bit"),
    L("complaint", "en", "Sophie Lambert", "+84906142783", "sophie.lambert.fr@gmail.com"))

# --- z006 service: expungement of a criminal record ("xóa án tích")
add(gmail(("Mạc Văn Khương", "khuongmac.1989@gmail.com"), "info", "Hỏi thủ tục xóa án tích để xin việc",
          dt(2026, 1, 16, 7, 52, 33), """\
Kính gửi Công ty Luật,

Tôi tên Mạc Văn Khương, sinh năm 1989. Năm 2019 tôi bị Tòa án huyện xử 18 tháng tù về tội đánh bạc, đã chấp hành xong án từ tháng 6/2021, tiền phạt và án phí cũng đã nộp đủ.

Hiện tôi nộp hồ sơ xin làm tài xế cho một công ty vận tải thì họ yêu cầu phiếu lý lịch tư pháp số 1. Tôi muốn biết trường hợp của tôi đã đương nhiên được xóa án tích chưa, nếu chưa thì phải làm đơn gửi cơ quan nào, và Công ty có nhận làm hộ thủ tục xin lý lịch tư pháp không.

Số điện thoại của tôi: 0372 640 158.
Xin cảm ơn.
Mạc Văn Khương
""", mode="Q"),
    L("service_request", "vi", "Mạc Văn Khương", "+84372640158", "khuongmac.1989@gmail.com",
      note="'Xóa án tích' is expungement of a criminal record (a legal service), not a request to delete data."))

# --- z007 correction: name misspelled in the firm's contract and receipt
add(gmail(("Ngoc Hang Luu", "luungochang.dl@gmail.com"), "support", "Sai tên trong hợp đồng dịch vụ và phiếu thu",
          dt(2026, 1, 19, 9, 31, 2), """\
Dạ em chào anh chị bên Thịnh Trí,

Em là Lưu Thị Ngọc Hằng, đang làm thủ tục xin giấy phép kinh doanh lữ hành nội địa với bên mình. Hôm qua em nhận bản scan hợp đồng dịch vụ và phiếu thu thì thấy tên em bị ghi thành "Lưu Thị Ngọc Hân", sai dấu mà còn thiếu chữ "g".

Tên này sẽ được đối chiếu khi nộp hồ sơ nên em nhờ anh chị sửa lại trong dữ liệu khách hàng và gửi lại em bản hợp đồng đã chỉnh nha.

Cảm ơn anh chị nhiều ạ!
Ngọc Hằng
0379 512 860
""", cte="base64"),
    L("correction_request", "vi", "Lưu Thị Ngọc Hằng", "+84379512860", "luungochang.dl@gmail.com",
      note="Misspelled variant 'Lưu Thị Ngọc Hân' also appears; From display is unaccented 'Ngoc Hang Luu'."))

# --- z008 unknown: SEO agency pitch
add(owa(("Diệp Thanh Phong", "phong.diep@rankup-agency.vn"), "info",
        "Đưa Thịnh Trí lên top 3 Google cho từ khóa \"luật sư ly hôn\"", dt(2026, 1, 20, 10, 18, 40), """\
Chào anh chị Ban Giám đốc,

Em là Diệp Thanh Phong, bên RankUp Agency. Em có kiểm tra nhanh website thinhtrigroup.com thì thấy hiện chỉ đứng trang 3 cho nhóm từ khóa "luật sư ly hôn", "tư vấn thành lập công ty", trong khi mấy văn phòng cùng khu vực Quận 3 đang nhận rất nhiều khách từ Google.

Bên em chuyên làm SEO và quảng cáo cho văn phòng luật, phòng khám, cam kết lên top 3 sau 90 ngày, không đạt hoàn 100% phí. Nếu anh chị quan tâm em gửi kèm báo cáo audit miễn phí.

Anh chị cho em xin 15 phút gọi trao đổi nhé, số em 0708 615 392.

Thân,
Diệp Thanh Phong
RankUp Agency
""", cte="base64", pfx="TYZP"),
    L("unknown", "vi", "Diệp Thanh Phong", "+84708615392", "phong.diep@rankup-agency.vn",
      note="Cold sales pitch to the firm."))

# --- z009 deletion: erasure request from a German ex-client, no "delete"
add(thunderbird(("Oliver Brandt", "oliver.brandt@posteo.de"), "info",
                "Closing my file - please dispose of my documents", dt(2026, 1, 21, 18, 40, 12, tz=1), """\
Dear Thinh Tri team,

Your firm handled my work permit and temporary residence card between 2023 and 2025, while I was working for Rheinland Automation in Dong Nai. I have now moved back to Germany for good and have no further need for your services.

As I will not be returning, I see no reason for you to keep copies of my passport, my degree, my health certificate and the other papers I supplied. I would ask you to securely dispose of everything you hold about me, on paper and electronically, except what the law obliges you to keep, and to let me know when this has been done and what, if anything, was retained.

With kind regards,
Oliver Brandt
Am Stadtgarten 7, 50674 Köln, Germany
"""),
    L("deletion_request", "en", "Oliver Brandt", None, "oliver.brandt@posteo.de",
      address="Am Stadtgarten 7, 50674 Köln, Germany",
      note="Erasure request phrased as 'dispose of' without the word 'delete'; no phone given."))

# --- z010 service: Korean restaurant investor
add(outlook(("Park Ji-hoon", "jihoon.park@seoulbites.co.kr"), "info",
            "Inquiry - setting up a restaurant company in HCMC (100% foreign-owned)", dt(2026, 4, 2, 9, 14, 55, tz=9),
            """\
Dear Sir/Madam,

My name is Park Ji-hoon. I run two Korean barbecue restaurants in Busan and I am planning to open our first overseas branch near Ben Thanh in Ho Chi Minh City in the third quarter of this year.

I would appreciate your advice on the following:
1) Can a Korean individual own 100% of a restaurant company in Vietnam, and what charter capital would you recommend?
2) The order and rough timeline for the Investment Registration Certificate, the Enterprise Registration Certificate and the food safety certificate.
3) Whether your firm can also review the lease for the premises we are negotiating.

Please send me a fee proposal. I will be in Ho Chi Minh City from 12 to 16 May and can visit your office. During that week I can be reached on my Vietnamese SIM: 0888 306 215.

Kind regards,
Park Ji-hoon
Owner, Seoul Bites Co., Ltd.
""", cte="7bit"),
    L("service_request", "en", "Park Ji-hoon", "+84888306215", "jihoon.park@seoulbites.co.kr"))

# --- z011 complaint: data leak after insolvency consultation, SMS quoted (no diacritics)
add(gmail(("Kieu Oanh Vu", "kieuoanh.vu83@gmail.com"), "support", "tai sao ben dao han the lai biet chuyen cua toi??",
          dt(2026, 4, 10, 13, 5, 19), """\
Gui cong ty Thinh Tri,
Toi la Vu Thi Kieu Oanh. Ngay 7/4 toi len van phong cong ty hoi ve viec cua hang thoi trang cua toi lam an thua lo, dang no ngan hang va muon lam thu tuc dong cua giai the. Toi co ghi so du no va ten ngan hang vao phieu thong tin cua cong ty.
Dung 2 ngay sau toi nhan duoc tin nhan nay, toi chep nguyen van:
"Chi Oanh oi, em ben dich vu dao han the va gom no, biet chi dang kho khan voi khoan vay 480tr o ngan hang, em ho tro giai ngan trong ngay, lai thap. LH em Quan 0822 614 390."
Con so 480 trieu va ten ngan hang toi chi ghi o phieu cua cong ty, khong noi voi ai khac. Toi yeu cau cong ty kiem tra va tra loi ro rang ai da dua thong tin cua toi ra ngoai.
Vu Thi Kieu Oanh
0971 203 845
""", cte="7bit"),
    L("complaint", "vi", "Vu Thi Kieu Oanh", "+84971203845", "kieuoanh.vu83@gmail.com",
      note="Quoted SMS from a debt broker contains his number 0822 614 390; it is not the sender's."))

# --- z012 access: copy of data + recipients
add(gmail(("Lục Thị Thu Vân", "thuvan.luc@gmail.com"), "info", "Đề nghị cung cấp bản sao dữ liệu cá nhân Công ty đang lưu",
          dt(2026, 1, 26, 14, 9, 37), """\
Kính gửi Công ty Thịnh Trí,

Tôi là Lục Thị Thu Vân, năm 2025 có sử dụng dịch vụ của Công ty để làm thủ tục nhận chuyển nhượng một căn hộ ở Thủ Đức.

Tôi đề nghị Công ty cho biết hiện đang lưu giữ những dữ liệu cá nhân nào của tôi, gửi tôi một bản sao (bản điện tử là được), và cho biết trong quá trình làm hồ sơ các thông tin đó đã được chuyển cho những bên nào (văn phòng công chứng, ngân hàng, chủ đầu tư...).

Địa chỉ liên hệ: Căn hộ 12.05, Block C, 9 Đường số 2, Phường Thủ Đức, TP.HCM
Điện thoại: 0914 385 062

Trân trọng,
Lục Thị Thu Vân
""", cte="base64"),
    L("access_request", "vi", "Lục Thị Thu Vân", "+84914385062", "thuvan.luc@gmail.com",
      address="Căn hộ 12.05, Block C, 9 Đường số 2, Phường Thủ Đức, TP.HCM"))

# --- z013 automated: ticket auto-acknowledgement (no diacritics)
add("\n".join([
    "MIME-Version: 1.0",
    "From: CSKH Van tai Song Hong <cskh@songhongcargo.vn>",
    "To: info@thinhtrigroup.com",
    "Subject: [Ticket#260127-0087] Re: Yeu cau cung cap chung tu van chuyen lo hang",
    "Date: " + datestr(dt(2026, 1, 27, 16, 44, 3)),
    "Message-ID: <ticket.260127-0087.%s@helpdesk.songhongcargo.vn>" % rhex(10),
    "In-Reply-To: " + firm_msgid(),
    "Auto-Submitted: auto-replied",
    "X-Auto-Response-Suppress: All",
    "X-Loop: helpdesk@songhongcargo.vn",
    'Content-Type: text/plain; charset="us-ascii"',
    "Content-Transfer-Encoding: 7bit"]) + "\n\n" + encode_body("""\
Kinh chao Quy khach,

Chung toi da nhan duoc yeu cau cua Quy khach va tao phieu ho tro so 260127-0087.
Bo phan CSKH se lien he lai trong vong 24 gio lam viec (tru thu Bay, Chu nhat va ngay le).

Vui long KHONG tra loi email nay. Neu can bo sung thong tin, xin gui email moi va ghi ma phieu o tieu de.

Hotline CSKH: 1900 6258 (8h00 - 17h00)
Cong ty CP Van tai Song Hong
-- Email nay duoc gui tu dong tu he thong helpdesk --
""", "7bit"),
    LA("vi", note="Helpdesk auto-acknowledgement with a 'Re:' subject; the hotline belongs to the carrier, and there is no contact."))

# --- z014 service: land-certificate correction (đính chính), land elsewhere than home
add(yahoo(("Tôn Nữ Bích Thủy", "bichthuy_tonnu@yahoo.com"), "info",
          "Nhờ tư vấn đính chính năm sinh trên giấy chứng nhận quyền sử dụng đất", dt(2026, 1, 28, 19, 55, 21), """\
Thưa Công ty,

Tôi là Tôn Nữ Bích Thủy. Mẹ tôi để lại cho tôi một thửa đất vườn ở xã Nghĩa Hành, tỉnh Quảng Ngãi, đã sang tên cho tôi từ năm 2022. Nay tôi định bán thì mới phát hiện trên sổ ghi năm sinh của tôi là 1967, trong khi căn cước ghi 1976, bên mua không dám đặt cọc.

Tôi nhờ Công ty hướng dẫn thủ tục đính chính giấy chứng nhận, có phải về tận Quảng Ngãi không hay ủy quyền được, và nếu Công ty làm thay thì chi phí thế nào.

Tôi hiện sống ở TP.HCM, liên hệ:
Tôn Nữ Bích Thủy
Nhà riêng: 27/4 Đường số 9, Phường Hiệp Bình, TP.HCM
Di động: 0903 581 276
"""),
    L("service_request", "vi", "Tôn Nữ Bích Thủy", "+84903581276", "bichthuy_tonnu@yahoo.com",
      address="27/4 Đường số 9, Phường Hiệp Bình, TP.HCM",
      note="'Đính chính' is correcting a land-use certificate at the land office (a service), not the firm's records. "
           "The plot in Quảng Ngãi is not her address; the contact address is the home address in the signature."))

# --- z015 complaint: lawyer absent from court mediation; Cc to a colleague
add(outlook(("Lại Đức Toản", "toan.laiduc@vinhphatcorp.vn"), "info",
            "Phản ánh việc luật sư vắng mặt tại buổi hòa giải ngày 14/4", dt(2026, 4, 15, 8, 2, 44), """\
Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Tôi là Lại Đức Toản, đã ký hợp đồng dịch vụ pháp lý với Quý Công ty để đại diện cho tôi trong vụ tranh chấp hợp đồng thi công với chủ đầu tư tại Bắc Ninh.

Sáng 14/4 Tòa triệu tập phiên hòa giải lúc 8h30. Luật sư phụ trách đã xác nhận qua điện thoại hôm 11/4 là sẽ có mặt, nhưng tôi chờ tới 9h15 vẫn không thấy, gọi thì thuê bao. Tôi phải một mình làm việc với thẩm phán và luật sư phía bên kia trong khi không nắm hết hồ sơ. Mãi tới chiều mới có một tin nhắn xin lỗi "do kẹt việc đột xuất".

Tôi đã thanh toán phí đầy đủ và không chấp nhận cách làm việc như vậy. Đề nghị Công ty giải thích bằng văn bản, cho biết ai sẽ tiếp tục phụ trách vụ việc và xem xét giảm phí tương ứng.

Lại Đức Toản
ĐTDĐ: 0904 728 351
""", cc=mailbox("Phạm Thu Giang", "giang.pham@vinhphatcorp.vn", "Q")),
    L("complaint", "vi", "Lại Đức Toản", "+84904728351", "toan.laiduc@vinhphatcorp.vn",
      note="A colleague (Phạm Thu Giang) is in Cc; the sender is Lại Đức Toản."))

# --- z016 deletion: Zalo OA spam after livestream, withdraw and delete
add(owa(("Triệu Thị Hải Yến", "haiyen.trieu@outlook.com"), "info", "Đề nghị xóa thông tin và ngừng nhắn tin Zalo",
        dt(2026, 3, 25, 20, 14, 9), """\
Chào Thịnh Trí,

Hồi tháng 2 tôi có để lại số điện thoại dưới buổi livestream hỏi đáp luật đất đai trên fanpage của Công ty để được gửi tài liệu. Từ đó Zalo OA của Công ty nhắn cho tôi liên tục, gần như ngày nào cũng có tin mời dịch vụ.

Tôi không còn nhu cầu. Đề nghị Công ty gỡ số của tôi (0376 285 014) khỏi danh sách gửi tin, xóa toàn bộ thông tin tôi đã cung cấp và phản hồi cho tôi khi đã xử lý xong.

Triệu Thị Hải Yến
""", pfx="SEYP"),
    L("deletion_request", "vi", "Triệu Thị Hải Yến", "+84376285014", "haiyen.trieu@outlook.com"))

# --- z017 service: privacy policy drafting for an app (mixed)
add(gmail(("Vivian Lac", "vivian@nhabeo.app"), "info", "Cần draft Privacy Policy + Terms cho app đặt cơm",
          dt(2026, 2, 2, 10, 27, 16), """\
Hi team Thịnh Trí,

Mình là Lạc Tường Vy (Vivian), founder của Nhà Béo - app đặt cơm văn phòng ở khu Cầu Giấy, đang chuẩn bị launch bản chính thức trên App Store vào tháng 6.

Bên mình collect khá nhiều data của user: họ tên, SĐT, địa chỉ giao hàng, location realtime của shipper. Investor yêu cầu phải compliant với Luật Bảo vệ dữ liệu cá nhân trước khi giải ngân, nên mình cần:
- Draft Privacy Policy và Terms of Use (song ngữ Việt - Anh);
- Template consent cho user và hợp đồng xử lý dữ liệu với bên cổng thanh toán;
- Nếu cần thì tư vấn luôn hồ sơ đánh giá tác động xử lý dữ liệu.

Cho mình xin quote và timeline nha. Có gì gọi mình qua 0795 403 617.

Cheers,
Vivian
"""),
    L("service_request", "mixed", "Lạc Tường Vy", "+84795403617", "vivian@nhabeo.app",
      note="Privacy vocabulary throughout, but she is commissioning privacy-compliance work for her own company."))

# --- z018 automated: out-of-office reply to the firm's privacy seminar invitation
add("\n".join([
    "MIME-Version: 1.0",
    "From: Olivia Chen <olivia.chen@mekongpharma.com.vn>",
    "To: info@thinhtrigroup.com",
    "Subject: " + subject_hdr("Thư mời: Luật Bảo vệ dữ liệu cá nhân 2026 - quyền yêu cầu xóa, truy cập dữ liệu",
                              "B", prefix="Automatic reply: "),
    "Date: " + datestr(dt(2026, 4, 21, 9, 2, 17)),
    "Message-ID: <%s@SI2PR04MB%04d.apcprd04.prod.outlook.com>" % (rhex(32, True), RNG.randint(1000, 9999)),
    "In-Reply-To: " + firm_msgid(),
    "Auto-Submitted: auto-replied",
    "X-Autoreply: yes",
    "X-Auto-Response-Suppress: All",
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable"]) + "\n\n" + encode_body("""\
Thank you for your email. I am out of the office at a regional meeting in Singapore from 20 to 24 April with limited access to email.

For urgent matters please contact my assistant, Ms. Le Thi Bao Tran, at baotran.le@mekongpharma.com.vn or +84 28 3910 6628.

Best regards,
Olivia Chen
Legal Counsel, Mekong Pharma
""", "quoted-printable"),
    LA("en", note="Out-of-office to the firm's seminar invitation; subject contains deletion/access keywords and the body gives an assistant's email and phone."))

# --- z019 complaint: 'free consultation' charged, rude receptionist
add(gmail(("Khúc Thị Hồng Nhung", "hongnhung.khuc@gmail.com"), "support",
          "Quảng cáo tư vấn miễn phí nhưng lại thu tiền, nhân viên thái độ", dt(2026, 4, 19, 21, 3, 55), """\
Chào Công ty,

Trên fanpage của Công ty có đăng "Tư vấn miễn phí 30 phút các vấn đề hôn nhân - đất đai", nên chiều thứ Bảy 18/4 tôi đưa bố mẹ lên văn phòng để hỏi chuyện tặng cho nhà đất. Nói chuyện với luật sư được khoảng 20 phút thì bạn lễ tân vào báo phải đóng 500.000đ "phí mở hồ sơ", không đóng thì không tư vấn tiếp.

Tôi hỏi lại về chương trình miễn phí thì bạn ấy nói trống không "cái đó hết rồi", còn bảo bố tôi "chú không rành thì để con cháu lo". Bố mẹ tôi lớn tuổi, đi xe buýt hơn một tiếng mới tới, về nhà rất buồn.

Tôi đã đóng tiền cho xong chuyện, nhưng muốn Công ty xem lại cách quảng cáo và thái độ của nhân viên, đồng thời hoàn lại khoản phí đó. Biên lai tôi vẫn còn giữ.

Khúc Thị Hồng Nhung
SĐT 0765 219 480
"""),
    L("complaint", "vi", "Khúc Thị Hồng Nhung", "+84765219480", "hongnhung.khuc@gmail.com"))

# --- z020 service: boundary dispute, elderly sender, windows-1258
add(outlook_express(("Hà Văn Khiêm", "khiemhv.1953@yahoo.com.vn"), "info", "Nhờ tư vấn tranh chấp ranh giới đất",
                    dt(2026, 2, 3, 7, 36, 50), """\
Kính gửi Công ty Luật Thịnh Trí,

Tôi là Hà Văn Khiêm, năm nay 73 tuổi. Nhà bên cạnh mới xây tường rào lấn sang đất nhà tôi chừng nửa mét, dài gần 15 mét. Tôi đã báo tổ dân phố và phường hòa giải hai lần nhưng không thành.

Tôi còn giữ giấy chứng nhận cấp năm 1998 có sơ đồ thửa đất. Xin Công ty cho biết tôi có nên thuê đo đạc lại rồi khởi kiện ra Tòa không, và nếu nhờ luật sư theo vụ này thì chi phí bao nhiêu.

Tôi không quen dùng điện thoại di động, xin gọi vào máy bàn nhà tôi: (0235) 3864 517.
Địa chỉ: 43/2 Lý Thường Kiệt, Phường Hội An, TP. Đà Nẵng

Trân trọng,
Hà Văn Khiêm
"""),
    L("service_request", "vi", "Hà Văn Khiêm", "+842353864517", "khiemhv.1953@yahoo.com.vn",
      address="43/2 Lý Thường Kiệt, Phường Hội An, TP. Đà Nẵng",
      note="Body and headers are windows-1258 with combining tone marks; compare after NFC normalisation. Landline phone."))

# --- z021 unknown: bare 'will discuss with husband' reply (no diacritics)
_q21d = dt(2026, 2, 4, 16, 20, 0)
add(gmail(("Bao Han", "baohan.tran.2203@gmail.com"), "info", "ket qua tra cuu nhan hieu", dt(2026, 2, 4, 22, 41, 8), """\
ok a, em xem roi. de em ban lai voi ong xa roi bao lai sau nha
""", cte="quoted-printable", reply="Re:", reply_to=firm_msgid(),
          quote=(gmail_vi_attrib(_q21d, "Thịnh Trí Group <info@thinhtrigroup.com>"), """\
Kính gửi Quý khách,

Thịnh Trí gửi Quý khách kết quả tra cứu sơ bộ nhãn hiệu "BÔNG GÒN" nhóm 25: có 02 nhãn hiệu tương tự đã nộp đơn trước. Quý khách có thể cân nhắc bổ sung yếu tố hình hoặc đổi tên trước khi nộp đơn.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Thịnh Trí Group
""")),
    L("unknown", "vi", "Bao Han", None, "baohan.tran.2203@gmail.com",
      note="Short reply deferring a decision; no request. Name only from the From display name; the quoted firm text carries only the hotline."))

# --- z022 correction: moved house, old and new address (no diacritics)
add(gmail(("Son Ly", "lythanhson.ct@gmail.com"), "support", "cap nhat dia chi nhan ho so", dt(2026, 2, 5, 8, 12, 44), """\
Chao anh chi,
Toi la Ly Thanh Son, khach hang dang lam ho so tach thua dat voi cong ty (luat su Phat phu trach).
Toi da chuyen nha nen nho cong ty sua dia chi lien he trong ho so giup toi:
- Dia chi cu: 18 Hung Vuong, Phuong Ninh Kieu, TP Can Tho (khong o nua)
- Dia chi moi: 205/12 Tran Hung Dao, Phuong Cai Khe, TP Can Tho
Giay to goc hay thong bao gi thi gui ve dia chi moi giup toi. So dien thoai van la 0939 184 627.
Cam on.
""", cte="7bit"),
    L("correction_request", "vi", "Ly Thanh Son", "+84939184627", "lythanhson.ct@gmail.com",
      address="205/12 Tran Hung Dao, Phuong Cai Khe, TP Can Tho",
      note="Old address also present; contact address is the new one, written without diacritics."))

# --- z023 complaint: wrong visa advice, overstay fine
add(outlook(("Tomasz Wierzbicki", "t.wierzbicki@baltic-agro.pl"), "support",
            "Formal complaint - incorrect visa advice and overstay fine", dt(2026, 4, 13, 19, 22, 8), """\
Dear Sir or Madam,

In January I paid your firm for advice on my visa situation after my company transferred me to Hai Phong. Your consultant told me in writing that my e-visa could be extended inside Vietnam for another 90 days and that I did not need to leave the country. I still have that email.

On 8 April I was stopped at the airport on my way to Bangkok, told that my e-visa could not be extended in this way, and fined for 12 days of overstay. I also missed my flight and a client meeting.

I consider this a serious failure of professional advice. I am asking for (1) a refund of the consultation fee, (2) reimbursement of the VND 3,000,000 fine and the rebooked flight, and (3) a written explanation. I expect a response within ten working days.

Tomasz Wierzbicki
+84 934 027 516
""", cte="7bit"),
    L("complaint", "en", "Tomasz Wierzbicki", "+84934027516", "t.wierzbicki@baltic-agro.pl"))

# --- z024 service: BHXH arrears, "khiếu nại" against ex-employer (no diacritics, iPhone)
add(iphone(("Nhut Kha", "khaminhnhut95@icloud.com"), "info", "cong ty no bhxh, muon khieu nai",
           dt(2026, 2, 9, 21, 8, 31), """\
Chao luat su,
Em ten Kha Minh Nhut, lam cong nhan o KCN Tan Huong (Tien Giang cu, gio la Dong Thap) duoc 4 nam. Thang 3 em nghi viec, len BHXH chot so thi moi biet cong ty chi dong toi thang 6/2024, tu do toi gio van tru luong em hang thang ma khong nop.
Gio em muon khieu nai cong ty de lay lai so va huong tro cap that nghiep. Em nen gui don len dau, So Lao dong hay khoi kien luon? Ben minh co nhan dai dien cho cong nhan khong, phi sao?
Em so 0345 772 609, toi sau 7h goi em duoc.
Em cam on.

Sent from my iPhone
"""),
    L("service_request", "vi", "Kha Minh Nhut", "+84345772609", "khaminhnhut95@icloud.com",
      note="'Khiếu nại' is aimed at his former employer; he wants legal help, he is not complaining about the firm."))

# --- z025 access: DSAR from an Italian ex-client
add(gmail(("Laura Bianchi", "laura.bianchi84@gmail.com"), "info", "Subject access request", dt(2026, 2, 10, 16, 5, 2, tz=1), """\
Dear Data Protection Officer,

I am an Italian national and was a client of your firm in 2024, when you helped me register a small guesthouse business in Hoi An.

Under Vietnam's Personal Data Protection Law (and, for what it is worth, Article 15 GDPR, as I live in the EU), I would like to receive:
- confirmation of whether you are still processing my personal data;
- a copy of that data;
- the purposes of the processing, the recipients it has been disclosed to, and how long you intend to keep it.

An electronic copy sent to this address is fine. My Vietnamese mobile is still active: 0933 861 470.

Yours faithfully,
Laura Bianchi
""", cte="7bit"),
    L("access_request", "en", "Laura Bianchi", "+84933861470", "laura.bianchi84@gmail.com"))

# --- z026 correction: new legal representative replaces the old one
add(outlook(("Tăng Minh Quân", "quan.tang@dongphuongseafood.vn"), "info",
            "Cập nhật người liên hệ và người đại diện trong hồ sơ khách hàng", dt(2026, 4, 3, 14, 50, 26), """\
Kính gửi Công ty Luật Thịnh Trí,

Công ty CP Thủy sản Đông Phương là khách hàng tư vấn pháp lý thường xuyên của Quý Công ty từ năm 2023. Kể từ ngày 01/4/2026, ông Lâm Chí Cường (nguyên Tổng Giám đốc) đã nghỉ hưu; tôi là Tăng Minh Quân, được bổ nhiệm thay thế và là người đại diện theo pháp luật mới.

Đề nghị Quý Công ty cập nhật thông tin trong hồ sơ khách hàng:
- Người đại diện/người liên hệ: Tăng Minh Quân - Tổng Giám đốc
- Điện thoại: 0915 630 482
- Email: quan.tang@dongphuongseafood.vn

Số 0913 207 559 của ông Cường từ nay không còn dùng cho công việc của công ty.

Trân trọng,
Tăng Minh Quân
Tổng Giám đốc - Công ty CP Thủy sản Đông Phương
""", cte="base64"),
    L("correction_request", "vi", "Tăng Minh Quân", "+84915630482", "quan.tang@dongphuongseafood.vn",
      note="Former director Lâm Chí Cường and his number 0913 207 559 also appear; the sender is the new director."))

# --- z027 unknown: internship application with attachment
add(gmail(("Trinh Hoai An", "hoaian.trinh.ulaw@gmail.com"), "info", "Application for Summer Legal Internship 2026",
          dt(2026, 2, 11, 23, 16, 40), """\
Dear Hiring Team,

My name is Trinh Hoai An, a fourth-year student at the University of Law, Ho Chi Minh City, majoring in International Commercial Law. I am writing to apply for a summer internship at Thinh Tri Legal from June to August 2026.

Over the past year I have volunteered at the university's free legal aid clinic, helping to prepare documents in land and family matters, and I hold an IELTS score of 8.0. I am particularly interested in your corporate and foreign investment practice.

Please find my CV and transcript attached. I would be grateful for the chance to interview at your convenience. I can be reached at 0399 482 516.

Sincerely,
Trinh Hoai An
""", cte="7bit", attachments=[("CV_TrinhHoaiAn.pdf", "application/pdf", tiny_pdf("CV Trinh Hoai An"))]),
    L("unknown", "en", "Trinh Hoai An", "+84399482516", "hoaian.trinh.ulaw@gmail.com",
      note="Internship application, not a customer request."))

# --- z028 service: divorce with husband working in Taiwan (no diacritics)
add(gmail(("Thuy Tien", "thuytien.ngo.1994@gmail.com"), "info", "tu van ly hon don phuong, chong dang o Dai Loan",
          dt(2026, 2, 12, 11, 48, 3), """\
Chao anh chi luat su,
Em ten Ngo Thi Thuy Tien, 32 tuoi, o Vinh Long. Em ket hon nam 2017, co 1 be gai 7 tuoi. Chong em la Ta Quang Vinh di xuat khau lao dong Dai Loan tu 2020, 3 nam nay khong gui tien ve, cung khong lien lac voi me con em. Em chi co so cua anh ay ben do la +886 978 215 334 nhung goi khong bat may.
Em muon ly hon don phuong va gianh quyen nuoi con. Cho em hoi chong o nuoc ngoai khong ve thi toa co giai quyet khong, mat bao lau, can chuan bi giay to gi?
Anh chi goi em so 0868 350 917 hoac nhan Zalo cung duoc a.
Em cam on nhieu.
""", cte="7bit"),
    L("service_request", "vi", "Ngo Thi Thuy Tien", "+84868350917", "thuytien.ngo.1994@gmail.com",
      note="The husband's Taiwanese number +886 978 215 334 is not the sender's."))

# --- z029 deletion: formal request from a web-form lead who never became a client
add(yahoo(("Đàm Thị Thanh Tâm", "tam_damthanh@yahoo.com"), "info",
          "Yêu cầu xóa dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân", dt(2026, 2, 20, 9, 4, 58), """\
Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Đàm Thị Thanh Tâm. Ngày 05/02/2026 tôi có điền biểu mẫu "Đăng ký tư vấn" trên website thinhtrigroup.com để hỏi về thủ tục nhận con nuôi, nhưng sau đó không sử dụng dịch vụ của Công ty.

Căn cứ quyền của chủ thể dữ liệu theo Luật Bảo vệ dữ liệu cá nhân, tôi đề nghị Công ty xóa toàn bộ dữ liệu cá nhân của tôi đã thu thập qua biểu mẫu nói trên (họ tên, số điện thoại, email, nội dung câu hỏi) cùng mọi bản sao đã chuyển cho bên thứ ba nếu có, và thông báo kết quả cho tôi qua email.

Trân trọng,
Đàm Thị Thanh Tâm
ĐT: 0356 702 918
""", mode="B"),
    L("deletion_request", "vi", "Đàm Thị Thanh Tâm", "+84356702918", "tam_damthanh@yahoo.com"))

# --- z030 complaint: seminar reminder exposed all attendees (CC + spreadsheet)
add(owa(("Martin Novák", "martin.novak@outlook.com"), "info", "Your seminar email exposed all attendees' details",
        dt(2026, 2, 24, 7, 58, 41), """\
Dear Thinh Tri Legal,

This morning I received your reminder for the "Buying property as a foreigner" seminar. It was sent with every attendee in the CC field - I count 63 addresses, many of them obviously personal - and the attachment is a spreadsheet with everyone's full name, phone number and nationality. I am on row 41.

I signed up for an information session, not to have my details handed to sixty strangers. Several people have already hit "reply all".

I would like a proper explanation of how this happened, what you are doing to limit the damage, and confirmation that it will not happen again. Frankly, for a law firm this is embarrassing.

Martin Novák
+84 77 851 3092
""", pfx="SG2P"),
    L("complaint", "en", "Martin Novák", "+84778513092", "martin.novak@outlook.com",
      note="Privacy-breach complaint; asks for an explanation, not for access or deletion."))

# --- z031 service: labour contracts for a clinic, sent from the clinic's shared mailbox
add(outlook(("Nha Khoa Minh Tâm", "lienhe@nhakhoaminhtam.vn"), "info",
            "Soạn hợp đồng lao động và nội quy cho phòng khám", dt(2026, 2, 25, 12, 37, 19), """\
Kính gửi Thịnh Trí,

Tôi là bác sĩ Lương Thị Diệu Linh, chủ phòng khám Nha Khoa Minh Tâm (Phường Tân Định, TP.HCM). Phòng khám vừa tăng lên 14 nhân viên gồm bác sĩ, điều dưỡng và lễ tân, nhưng đến giờ vẫn dùng hợp đồng mẫu tải trên mạng.

Tôi muốn thuê Công ty:
- Soạn bộ hợp đồng lao động riêng cho bác sĩ làm theo ca và cho nhân viên toàn thời gian;
- Xây dựng nội quy lao động và làm thủ tục đăng ký nội quy;
- Rà soát thỏa thuận ăn chia phần trăm với các bác sĩ cộng tác.

Email này là hộp thư chung của phòng khám, Công ty cứ phản hồi vào đây. Điện thoại của tôi: 0938 257 604.

Trân trọng,
BS. Lương Thị Diệu Linh
Nha Khoa Minh Tâm
""", cte="base64", mode="B"),
    L("service_request", "vi", "Lương Thị Diệu Linh", "+84938257604", "lienhe@nhakhoaminhtam.vn",
      note="From display is the clinic's shared mailbox; the person writing is Dr. Lương Thị Diệu Linh."))

# --- z032 automated: bounce (Exchange NDR) of the firm's deletion confirmation
_orig = "\n".join([
    "MIME-Version: 1.0",
    "From: " + mailbox("Thịnh Trí Group", "support@thinhtrigroup.com", "Q"),
    "To: maiphuong.ton@tanhunggroup.vn",
    "Subject: " + subject_hdr("Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu", "Q", prefix="Re: "),
    "Date: " + datestr(dt(2026, 4, 9, 10, 31, 2)),
    "Message-ID: " + firm_msgid(),
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable"]) + "\n\n" + encode_body("""\
Kính gửi chị Tôn Thị Mai Phương,

Thịnh Trí xác nhận đã hoàn tất việc xóa dữ liệu cá nhân của chị khỏi hệ thống quản lý khách hàng theo yêu cầu ngày 02/4/2026. Riêng hóa đơn và chứng từ kế toán được lưu trữ theo thời hạn luật định.

Nếu cần hỗ trợ thêm, chị vui lòng gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
""", "quoted-printable")
_b = "_%s_MAIL01tanhunggroupvn_" % rhex(24)
add("\n".join([
    "From: postmaster@tanhunggroup.vn",
    "To: support@thinhtrigroup.com",
    "Date: " + datestr(dt(2026, 4, 9, 10, 31, 9)),
    "Subject: " + subject_hdr("Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu", "Q", prefix="Undeliverable: Re: "),
    "Message-ID: <%s@MAIL01.tanhunggroup.vn>" % rhex(32),
    "Auto-Submitted: auto-replied",
    "X-MS-Exchange-Message-Is-Ndr:",
    "Content-Language: en-US",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % _b]) + "\n\n" + multipart(_b, [
    part("""\
Delivery has failed to these recipients or groups:

maiphuong.ton@tanhunggroup.vn
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: MAIL01.tanhunggroup.vn

maiphuong.ton@tanhunggroup.vn
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""", "text/plain", "quoted-printable", cs="us-ascii"),
    "Content-Type: message/delivery-status\n\nReporting-MTA: dns;MAIL01.tanhunggroup.vn\n"
    "Received-From-MTA: dns;mail.thinhtrigroup.com\nArrival-Date: Thu, 9 Apr 2026 03:31:05 +0000\n\n"
    "Final-Recipient: rfc822;maiphuong.ton@tanhunggroup.vn\nAction: failed\nStatus: 5.2.2\n"
    "Diagnostic-Code: smtp;554 5.2.2 mailbox full\n",
    "Content-Type: message/rfc822\n\n" + _orig]),
    LA("en", note="Exchange bounce of the firm's own deletion confirmation; the embedded original names a customer but is not customer text."))

# --- z033 complaint: invoices never issued, asks future mail to a new address (mixed)
add(outlook(("Kieu Anh - Lumen Studio", "accounting@lumenstudio.vn"), "support",
            "[Lumen Studio] VAT invoice Q1 vẫn chưa nhận được - 3rd reminder", dt(2026, 3, 26, 15, 40, 33), """\
Dear anh chị,

Em là Tạ Kiều Anh, chief accountant của Lumen Studio. Đây là lần thứ ba em follow up về hóa đơn VAT cho retainer fee tháng 1, 2 và 3/2026. Bên em đã transfer đủ cả 3 kỳ, nhưng tới giờ chưa nhận được invoice nào, mỗi lần gọi hotline đều được hứa "trong tuần này sẽ gửi".

Bên em sắp quyết toán quý, thiếu hóa đơn đầu vào thì không khấu trừ được, ảnh hưởng rất nhiều. Honestly bên em khá thất vọng vì lỗi này cứ lặp đi lặp lại.

Nhờ anh chị:
1. Phát hành đủ 3 hóa đơn trước thứ Sáu tuần này;
2. Giải thích vì sao bị delay như vậy;
3. Từ nay mọi liên lạc và hóa đơn xin gửi về ketoan.lumen@gmail.com, email cũ của chị Hà đã nghỉ việc không còn ai đọc.

Thanks,
Tạ Kiều Anh
Chief Accountant - Lumen Studio
Mobile: 0932 408 561
""", mode="B"),
    L("complaint", "mixed", "Tạ Kiều Anh", "+84932408561", "ketoan.lumen@gmail.com",
      note="Dominant intent complaint (third reminder about missing invoices); it also asks that all future mail go to ketoan.lumen@gmail.com, which wins over From."))

# --- z034 access: copy of everything incl. call recordings (no diacritics)
add(gmail(("Tri Khong", "khongminhtri.hy@gmail.com"), "info", "xin lai toan bo thong tin cong ty luu ve toi",
          dt(2026, 3, 2, 8, 55, 12), """\
Chao cong ty,
Toi la Khong Minh Tri, truoc co thue cong ty lam thu tuc ly hon nam 2024. Nay toi can xem lai toan bo thong tin ca nhan ma cong ty dang luu ve toi, gom ho so, giay to scan, ghi chu cua luat su va ca file ghi am cac cuoc goi tu van neu co.
Cong ty gui ban sao qua email nay cho toi, hoac hen ngay toi len van phong lay cung duoc.
SDT: 0961 537 208
Khong Minh Tri
""", cte="7bit"),
    L("access_request", "vi", "Khong Minh Tri", "+84961537208", "khongminhtri.hy@gmail.com"))

# --- z035 unknown: pay-to-win award solicitation
add(owa(("Ban Tổ chức Thương hiệu Vàng", "bantochuc@thuonghieuvang-vn.org"), "info",
        "THƯ CHÚC MỪNG: Thịnh Trí Group được bình chọn \"Top 10 Hãng luật uy tín 2026\"", dt(2026, 3, 4, 9, 30, 0),
        """\
Kính gửi Ban Lãnh đạo Công ty Hệ Thống Luật TNHH Thịnh Trí,

Ban Tổ chức Chương trình "Thương hiệu Vàng - Dịch vụ Tin dùng 2026" trân trọng chúc mừng Quý Công ty đã lọt vào danh sách Top 10 Hãng luật uy tín năm 2026 theo kết quả bình chọn của hội đồng chuyên môn và người tiêu dùng.

Lễ vinh danh dự kiến tổ chức tại Hà Nội ngày 28/6/2026, với sự tham dự của đại diện nhiều bộ ngành và hơn 40 cơ quan báo chí. Để hoàn tất thủ tục nhận cúp, kỷ niệm chương và gói truyền thông, Quý Công ty vui lòng đóng góp kinh phí tổ chức 35.000.000 đồng trước ngày 15/5/2026.

Mọi chi tiết xin liên hệ:
Ninh Quang Hưng - Trưởng ban Thư ký
ĐT: 0869 241 735
""", cte="base64", html_only=True, pfx="SG2P"),
    L("unknown", "vi", "Ninh Quang Hưng", "+84869241735", "bantochuc@thuonghieuvang-vn.org",
      note="Pay-to-be-honoured award solicitation (spam), not a customer request; the writer's name is in the body, not the From display."))

# --- z036 complaint: repeated delays on company registration, reply quoting the firm
_q36d = dt(2026, 4, 16, 17, 40, 0)
add(gmail(("Hứa Thanh Bình", "huathanhbinh.dn@gmail.com"), "support", "Cập nhật tiến độ hồ sơ thành lập công ty",
          dt(2026, 4, 17, 8, 11, 27), """\
Chị Trâm,

Đây là lần thứ ba chị gửi email xin lùi ngày. Hồ sơ tôi nộp đủ từ 20/3, Công ty cam kết 7 ngày làm việc có giấy chứng nhận, tới nay gần một tháng vẫn "đang chờ Sở phản hồi". Tôi tự tra trên cổng đăng ký doanh nghiệp thì hồ sơ đã bị trả về từ 2/4 vì sai mã ngành mà không ai báo cho tôi.

Vì chuyện này tôi đã lỡ hẹn ký hợp đồng thuê kho và mất tiền cọc. Tôi muốn nói chuyện trực tiếp với người quản lý, không phải nghe thêm một lời hẹn nữa. Gọi cho tôi: 0905 617 243.

Hứa Thanh Bình
""", reply="Re:", reply_to=firm_msgid(),
          quote=(gmail_vi_attrib(_q36d, "Thịnh Trí Group <support@thinhtrigroup.com>"), """\
Kính gửi anh Bình,

Thịnh Trí xin thông báo hồ sơ đăng ký thành lập Công ty TNHH Bình An Logistics của anh hiện vẫn đang chờ Sở Tài chính phản hồi, dự kiến trong tuần sau sẽ có kết quả. Mong anh thông cảm.

Mọi thắc mắc anh vui lòng liên hệ hotline 1800 63 65.

Trân trọng,
Lý Ngọc Trâm
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
""")),
    L("complaint", "vi", "Hứa Thanh Bình", "+84905617243", "huathanhbinh.dn@gmail.com",
      note="Reply; only the top part is new. Quoted firm signature has the firm's hotline and address, not the sender's."))

# --- z037 correction: work email being shut down, new personal email (mixed)
add(outlook(("Dinh Hoang Long", "long.dinh@vantagecap.vn"), "support", "Update email liên hệ cho hồ sơ mua nhà",
            dt(2026, 4, 14, 17, 26, 50), """\
Hi chị Mai,

Em là Đinh Hoàng Long, khách hàng trong hồ sơ review hợp đồng mua căn hộ ở Thủ Thiêm. Em nghỉ việc ở Vantage Capital từ 30/4 nên mailbox công ty sẽ bị deactivate.

Nhờ chị update giúp email liên hệ của em thành DinhHoangLong.HCM@gmail.com, từ giờ mọi document và invoice gửi về email này giúp em. Số điện thoại giữ nguyên 0909 736 218.

Thanks chị nhiều,
Long
"""),
    L("correction_request", "mixed", "Đinh Hoàng Long", "+84909736218", "dinhhoanglong.hcm@gmail.com",
      note="New contact email in body (mixed case, labelled lowercase) differs from the From address."))

# --- z038 deletion: hủy hồ sơ, no word 'xóa' (no diacritics), with return address
add(gmail(("Be Van Thuc", "bevanthuc.cb@gmail.com"), "info", "khong muon cong ty giu ho so nua", dt(2026, 3, 6, 6, 48, 15), """\
Chao cong ty,
Toi la Be Van Thuc. Nam ngoai toi co nho cong ty tu van viec doi tien boi thuong giai phong mat bang, nay viec da xong, gia dinh da nhan tien.
Toi khong muon cong ty tiep tuc giu giay to, so do dat va thong tin ca nhan cua gia dinh toi nua. Nho cong ty huy het ho so do: ban giay thi gui tra ve nha toi (to 3, phuong Thuc Phan, tinh Cao Bang), ban luu tren may thi bo di, va tu nay dung goi hay nhan tin cho toi.
Xong viec thi nhan cho toi 1 tin vao so 0328 651 907 la duoc.
Be Van Thuc
""", cte="7bit"),
    L("deletion_request", "vi", "Be Van Thuc", "+84328651907", "bevanthuc.cb@gmail.com",
      address="to 3, phuong Thuc Phan, tinh Cao Bang",
      note="Erasure request without the word 'xóa' ('hủy hồ sơ', 'bỏ đi'); the address is his home, for returning paper files."))

# --- z039 service: work-permit renewals for three engineers, desk line with extension
add(outlook(("Priya Raghunathan", "priya.r@kaveritextiles.vn"), "info",
            "Work permit renewal for three Indian engineers - Binh Duong factory", dt(2026, 3, 9, 10, 6, 38), """\
Dear Thinh Tri Legal team,

I handle HR and admin for Kaveri Textiles Vietnam at our factory in Thu Dau Mot. Work permits for three of our Indian engineers expire between June and August 2026:
- Mr. Suresh Venkataraman, production manager
- Mr. Arjun Mehta, maintenance engineer
- Ms. Deepa Krishnan, quality control lead

We would like to engage your firm for the renewals and the matching temporary residence cards. Could you tell us which documents we must prepare (health checks, degree legalisation, etc.), how early we should start, and your professional fee per person?

Please contact me on my desk line (0274) 3822 615, ext. 208, or by email.

Best regards,
Priya Raghunathan
HR & Admin Manager
Kaveri Textiles Vietnam Co., Ltd.
""", cte="7bit"),
    L("service_request", "en", "Priya Raghunathan", "+842743822615", "priya.r@kaveritextiles.vn",
      note="Three engineers are named; the sender is Priya Raghunathan. Her desk line's extension is not part of the E.164 number."))

# --- z040 automated: e-invoice notification
_inv_html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;">\n'
             '<p>Kính gửi Quý khách hàng: <b>CÔNG TY HỆ THỐNG LUẬT TNHH THỊNH TRÍ</b></p>\n'
             '<p>Công ty TNHH Dịch vụ Văn phòng Tân Kỳ vừa phát hành hóa đơn điện tử cho Quý khách với thông tin như sau:</p>\n'
             '<table cellpadding="4" style="border-collapse:collapse;font-size:13px;">\n'
             '<tr><td>Ký hiệu:</td><td><b>1C26TTK</b></td></tr>\n'
             '<tr><td>Số hóa đơn:</td><td><b>00001284</b></td></tr>\n'
             '<tr><td>Ngày lập:</td><td>31/03/2026</td></tr>\n'
             '<tr><td>Tổng tiền thanh toán:</td><td><b>7.452.000 VNĐ</b></td></tr>\n'
             '<tr><td>Mã tra cứu:</td><td><b>TK7Q2M9XRB</b></td></tr>\n</table>\n'
             '<p>Quý khách tra cứu và tải hóa đơn tại: <a href="https://tracuu.hoadon365.vn">https://tracuu.hoadon365.vn</a></p>\n'
             '<p>Thông tin người bán: Công ty TNHH Dịch vụ Văn phòng Tân Kỳ - ĐT: 028 3930 5512</p>\n'
             '<p style="color:#888;font-size:11px;">Đây là email tự động từ hệ thống HoaDon365, vui lòng không trả lời email này.</p>\n'
             '</body></html>\n')
_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<HDon><DLHDon><TTChung><KHHDon>1C26TTK</KHHDon><SHDon>00001284</SHDon>'
        '<NLap>2026-03-31</NLap></TTChung><NDHDon><NBan><Ten>CONG TY TNHH DICH VU VAN PHONG TAN KY</Ten></NBan>'
        '<NMua><Ten>CONG TY HE THONG LUAT TNHH THINH TRI</Ten></NMua><TToan><TgTTTBSo>7452000</TgTTTBSo></TToan>'
        '</NDHDon></DLHDon></HDon>\n').encode()
_b = "----=_Part_%d_%d.%d" % (RNG.randint(10 ** 5, 10 ** 6), RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 12, 10 ** 13))
add("\n".join([
    "MIME-Version: 1.0",
    "From: HoaDon365 <no-reply@hoadon365.vn>",
    "To: info@thinhtrigroup.com",
    "Subject: " + subject_hdr("Công ty TNHH Dịch vụ Văn phòng Tân Kỳ gửi hóa đơn điện tử số 00001284", "B"),
    "Date: " + datestr(dt(2026, 3, 31, 17, 2, 11)),
    "Message-ID: <%s.%d@notify.hoadon365.vn>" % (rhex(20), RNG.randint(10 ** 9, 10 ** 10)),
    "Auto-Submitted: auto-generated",
    "Precedence: bulk",
    "X-Mailer: HoaDon365 Notification Service",
    'Content-Type: multipart/mixed;\n boundary="%s"' % _b]) + "\n\n" + multipart(_b, [
    part(_inv_html, "text/html", "base64", cs="utf-8"),
    attachment("1C26TTK_00001284.xml", "text/xml", _xml)]),
    LA("vi", note="Automatic e-invoice notification from a supplier's invoicing platform; the phone in it is the seller's."))

# --- z041 deletion: own and minor son's data after custody consult (mixed)
add(gmail(("Jasmine Phi", "jasmine.phi.lan@gmail.com"), "info", "Request to delete data của em và bé Bin",
          dt(2026, 3, 10, 12, 19, 46), """\
Hi team,

Em là Phí Ngọc Lan (Jasmine). Hồi tháng 1 em có book một buổi consultation với luật sư bên mình về quyền nuôi con sau ly hôn, có gửi kèm giấy khai sinh và học bạ của con trai em là Đỗ Phí Gia Bảo (bé Bin, 6 tuổi).

Giờ hai vợ chồng em đã tự thỏa thuận được rồi nên không cần follow up nữa. Em muốn request bên mình delete hết data liên quan đến em và bé Bin: giấy tờ scan, form đăng ký, ghi chú buổi tư vấn, số điện thoại và email. Especially giấy tờ của bé, em không muốn lưu ở đâu hết.

Confirm giúp em khi xong nha. Thanks anh chị!
Jasmine - 0707 258 413
"""),
    L("deletion_request", "mixed", "Phí Ngọc Lan", "+84707258413", "jasmine.phi.lan@gmail.com",
      note="The son's name Đỗ Phí Gia Bảo also appears; the sender is Phí Ngọc Lan."))

# --- z042 complaint: hotline never answers, cancel contract (no diacritics)
add(gmail(("Hoang Tieu", "tieuvanhoang.dl@gmail.com"), "support", "goi hotline ca tuan khong ai bat may",
          dt(2026, 4, 2, 20, 33, 6), """\
Cong ty Thinh Tri,
Toi ky hop dong lam thu tuc chuyen muc dich su dung dat voi ben cong ty tu cuoi thang 2, da dat coc 8 trieu. Tu do toi nay chua thay ai lien lac de lay giay to, toi goi hotline ca tuan nay khong ai nghe, nhan Zalo thi bi chan.
Toi khong muon tiep tuc nua. Toi muon huy hop dong va lay lai tien coc. Trong 7 ngay ma cong ty khong giai quyet thi toi se gui don len So Tu phap va dang len bao.
Tieu Van Hoang
dt 0833 506 129
Lam Dong
""", cte="7bit"),
    L("complaint", "vi", "Tieu Van Hoang", "+84833506129", "tieuvanhoang.dl@gmail.com",
      note="'Hủy hợp đồng' is cancelling the service contract with a refund demand, not a data deletion. 'Lam Dong' alone is a province, not an address."))

# --- z043 service: foreign retirees buying a condo, Australian mobile
add(apple(("Graham Pettigrew", "gpettigrew52@bigpond.com"), "info", "Foreigner buying a condo in Da Nang - is it possible?",
          dt(2026, 3, 11, 18, 42, 0, tz=10), """\
G'day,

My wife and I are retired Australians who have spent the last few winters in Da Nang. We have found a two-bedroom apartment near My Khe beach that we would like to buy, for around 4.2 billion dong.

A few questions before we put any money down:
- Can foreigners legally own a unit in this particular building, and how do we check whether the foreign quota is already used up?
- How long can we own it for, and can it be left to our children?
- Can the money be sent from our Australian bank and taken back out if we sell?

We would like someone from your firm to check the developer's paperwork and sit with us at the contract signing. We are in Australia until the end of May, so the best way to reach me is email or my Australian mobile +61 412 583 906.

Regards,
Graham Pettigrew
"""),
    L("service_request", "en", "Graham Pettigrew", "+61412583906", "gpettigrew52@bigpond.com"))

# --- z044 correction: date of birth and ID number wrong in the firm's file
add(gmail(("Hoàng Thị Ánh Tuyết", "anhtuyet.hoang.92@gmail.com"), "support",
          "Đề nghị chỉnh lại ngày sinh và số CCCD trong hồ sơ", dt(2026, 3, 12, 22, 5, 17), """\
Kính gửi Thịnh Trí,

Tôi là Hoàng Thị Ánh Tuyết, khách hàng của luật sư Phương trong vụ việc yêu cầu cấp dưỡng nuôi con. Đọc bản thảo đơn Công ty gửi, tôi thấy ngày sinh của tôi ghi 12/9/1992, đúng ra là 21/9/1992; số căn cước cũng bị đảo hai số cuối (ghi ...4817, đúng là ...4871).

Có lẽ thông tin đã bị nhập sai vào hồ sơ khách hàng ngay từ đầu, vì giấy hẹn lần trước cũng ghi như vậy. Nhờ Công ty sửa lại trong hồ sơ lưu và trên các văn bản liên quan giúp tôi.

Cảm ơn Công ty.
Ánh Tuyết - 0824 193 506
""", mode="Q"),
    L("correction_request", "vi", "Hoàng Thị Ánh Tuyết", "+84824193506", "anhtuyet.hoang.92@gmail.com"))

# --- z045 unknown: debt-collection scam aimed at law firms
add(gmail(("Hiroshi Tanaka", "h.tanaka.trading@mail.com"), "info", "Legal Representation Needed - Debt Recovery in Vietnam",
          dt(2026, 3, 13, 2, 17, 45, tz=9), """\
Attn: Legal Department,

I am Hiroshi Tanaka, procurement director of Tanaka Marine Supplies Co. in Osaka. We are seeking a reputable law firm in Vietnam to help recover an outstanding debt of USD 486,000 from a customer in Ho Chi Minh City, who has now agreed to settle after our repeated demands.

We wish to retain your firm on a contingency basis (15% of the recovered amount). The debtor will remit the payment to your firm's client account and you will transfer the balance to our offshore account after deducting your fee. Time is of the essence.

Kindly send your retainer agreement, the full name of the responsible attorney and your bank account details. You may also reach me on WhatsApp +81 80 4417 2290.

Best regards,
Hiroshi Tanaka
""", cte="7bit", plain_only=True),
    L("unknown", "en", "Hiroshi Tanaka", "+818044172290", "h.tanaka.trading@mail.com",
      note="Debt-collection scam targeting law firms; reads like a service request but is fraud."))

# --- z046 complaint: misdirected divorce draft, forwarded note from a stranger
add(owa(("Kim Thị Ngọc Diệp", "ngocdiep.kim@outlook.com"), "support", "Nhận nhầm email của luật sư",
        dt(2026, 4, 22, 7, 15, 30), """\
Gửi Thịnh Trí,

Tôi chuyển tiếp email bên dưới. Một người hoàn toàn xa lạ vừa nhắn cho tôi, nói đã nhận được từ địa chỉ của Công ty bản nháp đơn ly hôn của tôi, trong đó có số căn cước, địa chỉ nhà, tên hai con và cả phần kê khai tài sản chung. Lẽ ra bản nháp này chỉ được gửi cho tôi.

Tôi rất bức xúc. Đề nghị Công ty trả lời rõ: bản nháp đã bị gửi cho bao nhiêu người, Công ty đã làm gì để yêu cầu họ hủy bỏ, và ai chịu trách nhiệm về sự cẩu thả này.

Kim Thị Ngọc Diệp
0919 532 704

________________________________
From: Đặng Hoài Nam <hoainam.dang88@gmail.com>
Sent: Tuesday, April 21, 2026 9:12 PM
To: ngocdiep.kim@outlook.com <ngocdiep.kim@outlook.com>
Subject: Nhận nhầm email của luật sư

Chào chị Diệp,

Tôi tên Đặng Hoài Nam. Chiều nay tôi nhận được email từ Công ty Luật Thịnh Trí kèm file "Don ly hon - ban nhap 2", có lẽ do email của tôi gần giống của chị. Thấy thông tin của chị trong đó nên tôi báo chị biết, tôi đã xóa email rồi. Nếu cần xác nhận chị gọi tôi 0984 230 671.

Đặng Hoài Nam
""", reply="FW:", pfx="SG2P"),
    L("complaint", "vi", "Kim Thị Ngọc Diệp", "+84919532704", "ngocdiep.kim@outlook.com",
      note="Forwarded note from a stranger (Đặng Hoài Nam, 0984 230 671) is evidence; the sender is Kim Thị Ngọc Diệp."))

# --- z047 service: loan-app harassment, wants the firm to demand deletion from the app (no diacritics)
add(gmail(("Bao Ngoc Phung", "phungbaongoc2k1@gmail.com"), "info", "bi app vay tien khung bo, nho luat su giup",
          dt(2026, 3, 16, 17, 51, 4), """\
Chao cong ty luat,
Em la Phung Bao Ngoc, sinh vien nam cuoi. Thang truoc em co vay 3 trieu tren mot app vay online, luc cai app no doi quyen truy cap danh ba va hinh anh. Em moi tre han 5 ngay ma ben do da nhan tin cho ca danh ba cua em, ghep anh em vao hinh bay ba dang len facebook, goi ca cho thay co o truong.
Em muon nho luat su giup: lam don to cao gui cong an, va gui van ban yeu cau ben app xoa het du lieu ca nhan, danh ba, hinh anh cua em ma ho dang giu. Tien goc em van muon tra cho dang hoang.
Phi dich vu bao nhieu a? So em 0394 158 270, em chi nghe may duoc sau 5h chieu.
Em cam on.
""", cte="7bit", plain_only=True),
    L("service_request", "vi", "Phung Bao Ngoc", "+84394158270", "phungbaongoc2k1@gmail.com",
      note="Asks the firm to demand deletion of her data from a lending app (a third party): a service request, not a deletion request to the firm."))

# --- z048 access: export + access log (mixed)
add(owa(("Serena Vu", "serena.vu@outlook.com"), "info", "Xin export data cá nhân + access log",
        dt(2026, 3, 17, 13, 27, 52), """\
Hello Thịnh Trí,

Mình là Vũ Hoàng Diễm (Serena), từng dùng dịch vụ đăng ký bản quyền tác giả cho bộ illustration của mình bên các bạn năm ngoái.

Mình muốn request một bản export toàn bộ personal data mà các bạn đang giữ về mình (PDF hay Excel đều ok), kèm thông tin ai/bộ phận nào đã access hồ sơ và data được lưu ở đâu (server trong nước hay cloud nước ngoài). Mình không có vấn đề gì với dịch vụ, chỉ muốn nắm rõ thôi.

Có gì liên hệ mình qua 0376 918 245 nha. Thanks!
Serena
""", html_only=True, cte="quoted-printable", pfx="TYZP"),
    L("access_request", "mixed", "Vũ Hoàng Diễm", "+84376918245", "serena.vu@outlook.com"))

# --- z049 deletion: short unsubscribe + delete (iPhone)
add(iphone(("Ryan Cho", "ryancho.dev@icloud.com"), "info", "Unsubscribe + delete my info", dt(2026, 3, 18, 12, 2, 39), """\
Hi, please take me off your newsletter list and delete my contact details from your system. I only came to one free talk last year and never signed up for anything else. Thanks.

Ryan

Sent from my iPhone
"""),
    L("deletion_request", "en", "Ryan Cho", None, "ryancho.dev@icloud.com"))

# --- z050 deletion: call recording + ID scan (no diacritics)
add(gmail(("Tuyet Mai Doan", "tuyetmai.doan.qn@gmail.com"), "info", "de nghi xoa ghi am cuoc goi va anh CCCD",
          dt(2026, 3, 19, 10, 44, 21), """\
Chao Thinh Tri,
Em la Doan Thi Tuyet Mai. Ngay 10/3 em co goi tong dai cua cong ty hoi ve viec mua dat chua co so, nhan vien co noi cuoc goi duoc ghi am, sau do em con gui qua Zalo anh chup 2 mat CCCD de luat su xem giup.
Em da quyet dinh khong mua nua nen nho cong ty xoa file ghi am cuoc goi do, anh CCCD va cac thong tin ca nhan khac cua em. Xoa xong thi bao lai cho em qua email nay hoac so 0359 046 281 nhe.
Em cam on.
""", cte="base64"),
    L("deletion_request", "vi", "Doan Thi Tuyet Mai", "+84359046281", "tuyetmai.doan.qn@gmail.com"))

# --- z051 automated: vacation auto-reply, bilingual (mixed)
add("\n".join([
    "MIME-Version: 1.0",
    "From: " + mailbox("Hoàng Yến Nhi", "yennhi.hoang@artisanhomes.vn", "B"),
    "To: info@thinhtrigroup.com",
    "Subject: " + subject_hdr("Đang nghỉ thai sản / On maternity leave", "B"),
    "Date: " + datestr(dt(2026, 4, 6, 9, 17, 3)),
    "Message-ID: <CA%s@mail.gmail.com>" % ralnum(44),
    "In-Reply-To: " + firm_msgid(),
    "References: " + firm_msgid(),
    "Auto-Submitted: auto-replied",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable"]) + "\n\n" + encode_body("""\
Chào anh/chị,
Mình đang nghỉ thai sản từ 01/04 đến hết 30/09/2026 và sẽ không check mail thường xuyên. Các việc liên quan hợp đồng, data privacy hay yêu cầu của khách hàng, anh/chị vui lòng gửi cho anh Phạm Quốc Bảo - bao.pham@artisanhomes.vn.

Hi, I'm on maternity leave from 1 April until 30 September 2026. For contracts, data privacy matters or client requests, please contact Bao Pham at bao.pham@artisanhomes.vn.

Thanks & best,
Yến Nhi
""", "quoted-printable"),
    LA("mixed", note="Vacation auto-reply (Auto-Submitted header only, neutral subject); the colleague's address in the body is not a contact."))

# --- z052 correction: new SIM, husband's name in body (no diacritics, iPhone)
add(iphone(("Nhi Truong", "truongphuongnhi.2312@gmail.com"), "support", "doi so dt", dt(2026, 3, 20, 19, 9, 14), """\
Chi oi em la Truong Phuong Nhi, ben minh dang lam ho so xin giay phep lao dong cho chong em (anh Marco Rossi).
Em vua doi sang so moi 0587 314 962, so cu em lam mat roi. Chi cap nhat giup em trong ho so va nhan Zalo qua so moi nay nha.
Thanks chi!

Gui tu iPhone cua toi
"""),
    L("correction_request", "vi", "Truong Phuong Nhi", "+84587314962", "truongphuongnhi.2312@gmail.com",
      note="Husband's name Marco Rossi also appears; the sender is Truong Phuong Nhi."))

# --- z053 complaint: power of attorney wrong twice, charged for fixes (mixed, US number)
add(gmail(("Kevin Luu", "kevinluu.sj@gmail.com"), "support", "Giấy ủy quyền bị sai lần 2 - really disappointed",
          dt(2026, 3, 23, 10, 5, 58, tz=-7), """\
Hi anh chị,

Anh là Lưu Quang Khải (Kevin), đang ở San Jose. Anh nhờ bên em soạn giấy ủy quyền cho em gái ở Sài Gòn bán căn nhà ba mẹ để lại. Lần đầu bên em ghi sai số passport, anh lên lãnh sự quán bị reject, mất nguyên một ngày nghỉ làm. Lần hai sửa xong thì lại ghi sai địa chỉ căn nhà, nhầm số hẻm.

Mỗi lần đi consulate phải book appointment trước 3 tuần, lái xe gần 1 tiếng. Vậy mà bên em còn gửi invoice tính thêm phí "chỉnh sửa văn bản". Anh thấy chuyện này really unacceptable.

Anh yêu cầu bên em review lại toàn bộ văn bản cho chính xác, bỏ khoản phí chỉnh sửa, và cử một người chịu trách nhiệm liên lạc trực tiếp với anh. Anh ở giờ Pacific, gọi WhatsApp +1 408 555 0147 sau 7pm giờ VN được.

Kevin
"""),
    L("complaint", "mixed", "Lưu Quang Khải", "+14085550147", "kevinluu.sj@gmail.com",
      note="Foreign (US) WhatsApp number; the sister mentioned is a third party."))

# --- z054 unknown: master's student survey on data-protection compliance
add(gmail(("Mai Thùy Linh", "thuylinh.mai.neu@gmail.com"), "info",
          "Xin hỗ trợ khảo sát luận văn về bảo vệ dữ liệu cá nhân tại tổ chức hành nghề luật", dt(2026, 3, 24, 15, 36, 7), """\
Kính gửi Quý Công ty,

Em là Mai Thùy Linh, học viên cao học ngành Luật Kinh tế. Em đang thực hiện luận văn thạc sĩ về thực trạng tuân thủ quy định bảo vệ dữ liệu cá nhân tại các công ty luật ở Việt Nam.

Em rất mong Quý Công ty dành khoảng 10 phút trả lời bảng khảo sát ẩn danh gồm 18 câu (ví dụ: Công ty đã có quy trình xử lý yêu cầu xóa, chỉnh sửa dữ liệu của khách hàng chưa, đã phân công người phụ trách bảo vệ dữ liệu chưa...). Link khảo sát: https://forms.gle/7qLmPd3Xa9Vt2Rk6

Mọi thông tin chỉ phục vụ mục đích nghiên cứu. Nếu cần xác minh, Quý Công ty có thể liên hệ em qua số 0336 907 148.

Em xin chân thành cảm ơn!
Mai Thùy Linh
""", cte="base64"),
    L("unknown", "vi", "Mai Thùy Linh", "+84336907148", "thuylinh.mai.neu@gmail.com",
      note="Research survey; privacy keywords (xóa, chỉnh sửa dữ liệu) describe survey questions, not a request about her own data."))

# --- z055 service: debt recovery, PDF attached, mixed-case From address
add(outlook(("Bành Quốc Thái", "Thai.Banh@inoxphatdat.com.vn"), "info", "Đề nghị hỗ trợ thu hồi công nợ quá hạn",
            dt(2026, 3, 27, 9, 40, 13), """\
Chào Luật sư,

Tôi là Bành Quốc Thái, phụ trách kinh doanh của Công ty TNHH Inox Phát Đạt. Từ tháng 9/2025 đến tháng 1/2026 chúng tôi giao hàng cho một đại lý ở Bình Dương cũ (nay thuộc TP.HCM) theo 6 đơn hàng, tổng giá trị hơn 870 triệu đồng. Đại lý mới thanh toán 210 triệu, phần còn lại cứ hẹn lần hẹn lữa, gần đây thì không nghe máy.

Chúng tôi có hợp đồng nguyên tắc, biên bản giao nhận và hóa đơn VAT đầy đủ; tôi gửi kèm bảng đối chiếu công nợ mà họ đã ký xác nhận hồi tháng 12.

Nhờ Công ty tư vấn nên gửi thư đòi nợ qua luật sư trước hay khởi kiện luôn, chi phí và khả năng thi hành án. Anh chị liên hệ tôi qua số 0917 046 382 (gọi hoặc nhắn Zalo đều được).

Trân trọng,
Bành Quốc Thái
Trưởng phòng Kinh doanh - Công ty TNHH Inox Phát Đạt
""", cte="base64", mode="B",
            attachments=[("Doi-chieu-cong-no-T12-2025.pdf", "application/pdf", tiny_pdf("Bien ban doi chieu cong no"))]),
    L("service_request", "vi", "Bành Quốc Thái", "+84917046382", "thai.banh@inoxphatdat.com.vn"))

# --- z056 correction: older client replaces landline with mobile, windows-1258
add(outlook_express(("Phạm Thị Thanh Nhàn", "thanhnhan1958@gmail.com"), "support", "Xin đổi số điện thoại liên lạc",
                    dt(2026, 3, 30, 8, 20, 45), """\
Kính gửi Công ty Thịnh Trí,

Tôi là Phạm Thị Thanh Nhàn, có nhờ Công ty làm thủ tục tặng cho căn nhà cho con gái từ đầu năm nay.

Nhà tôi đã cắt điện thoại bàn số (024) 3856 2190, nên từ nay xin Công ty gọi cho tôi vào số di động mới là 0948 173 560. Địa chỉ nhà vẫn như cũ.

Xin cảm ơn Công ty.
Phạm Thị Thanh Nhàn
"""),
    L("correction_request", "vi", "Phạm Thị Thanh Nhàn", "+84948173560", "thanhnhan1958@gmail.com",
      note="windows-1258 with combining tone marks; compare after NFC. Old landline (024) 3856 2190 also present; contact phone is the new mobile."))

# --- z057 access: is any data held about me at all? address inline
add(outlook(("Mẫn Văn Thọ", "tho.manvan@gmail.com"), "info",
            "Đề nghị xác nhận Công ty có lưu thông tin cá nhân của tôi hay không", dt(2026, 4, 1, 14, 3, 36), """\
Kính gửi Quý Công ty,

Tôi là Mẫn Văn Thọ, trú tại thôn Đông Xá, xã Phù Lãng, tỉnh Bắc Ninh. Khoảng năm 2022-2023 tôi có tham dự vài buổi hội thảo về thuế và có thể đã để lại danh thiếp cho Quý Công ty, nhưng không nhớ rõ đã ký hợp đồng hay cung cấp giấy tờ gì chưa.

Tôi đề nghị Quý Công ty kiểm tra và xác nhận hiện có đang lưu thông tin cá nhân nào của tôi không; nếu có, xin liệt kê cụ thể từng loại thông tin, nguồn thu thập và mục đích lưu giữ.

Thông tin liên hệ: điện thoại 0912 604 739.

Trân trọng,
Mẫn Văn Thọ
"""),
    L("access_request", "vi", "Mẫn Văn Thọ", "+84912604739", "tho.manvan@gmail.com",
      address="thôn Đông Xá, xã Phù Lãng, tỉnh Bắc Ninh",
      note="Address is given inline ('trú tại ...') as where the sender lives."))

# --- z058 service: lease review, reply quoting the firm's quote and signature
_q58d = dt(2026, 4, 14, 10, 5, 0)
add(thunderbird(("Daniel Whitfield", "d.whitfield@protonmail.com"), "info",
                "Quotation - review of residential lease agreement", dt(2026, 4, 14, 21, 37, 4),
                """\
Hi Ms. Ngân,

Thanks for the quick quote. The fee works for me, so let's go ahead. Nothing attached yet because the landlord's agent only sent me the Vietnamese draft this morning; I'll forward it as soon as I get the English version they promised.

Two extra things I'd like you to look at while you're at it: whether the landlord can keep the whole three-month deposit if my company moves me out of the country early, and who pays if the building management fee goes up.

Best to text or call me on 0703 992 148 - I'm in site meetings most afternoons.

Daniel
""", reply="Re:", reply_to=firm_msgid(), to_display="Thinh Tri Legal <info@thinhtrigroup.com>",
                quote=("On %s, Thinh Tri Legal wrote:" % _q58d.strftime("%d/%m/%Y %H:%M"), """\
Dear Mr. Whitfield,

Thank you for contacting us. Our flat fee for reviewing a residential lease (up to 15 pages), with a short memo on the key risks, is VND 4,500,000 excluding VAT. Turnaround is 3 working days from receipt of the draft.

Should you wish to proceed, please reply to this email or call our hotline 1800 63 65.

Kind regards,
Võ Kim Ngân
Thinh Tri Legal
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
""")),
    L("service_request", "en", "Daniel Whitfield", "+84703992148", "d.whitfield@protonmail.com",
      note="Reply; only the top part is new. Quoted firm signature carries the firm's hotline and office address."))

# --- z059 correction: reply pointing out a wrong address in the firm's confirmation
_q59d = dt(2026, 4, 20, 10, 15, 0)
add(gmail(("Nghiêm Xuân Trường", "nghiemxuantruong@gmail.com"), "support", "Xác nhận thông tin hồ sơ khách hàng",
          dt(2026, 4, 20, 20, 48, 39), """\
Chào chị Hạnh,

Tôi đã xem thông tin chị gửi. Họ tên và số điện thoại đúng, nhưng địa chỉ bị sai: tôi ở số 9 ngõ 74 Nguyễn Khang, Phường Yên Hòa, Hà Nội, không phải ngõ 47, và số nhà là 9 chứ không phải 19.

Nhờ chị sửa lại trong hồ sơ để bưu phẩm gửi bản gốc hợp đồng không bị thất lạc.

Nghiêm Xuân Trường
""", reply="Re:", reply_to=firm_msgid(), mode="B",
          quote=(gmail_vi_attrib(_q59d, "Thịnh Trí Group <support@thinhtrigroup.com>"), """\
Kính gửi anh Trường,

Để chuẩn bị gửi bản gốc hợp đồng chuyển nhượng phần vốn góp, Thịnh Trí xin xác nhận lại thông tin của anh:
- Họ tên: Nghiêm Xuân Trường
- Điện thoại: 0983 260 714
- Địa chỉ nhận: số 19 ngõ 47 Nguyễn Khang, Phường Yên Hòa, Hà Nội

Nếu có sai sót, anh vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Quan Thị Hồng Hạnh
Công ty Hệ Thống Luật TNHH Thịnh Trí
""")),
    L("correction_request", "vi", "Nghiêm Xuân Trường", "+84983260714", "nghiemxuantruong@gmail.com",
      address="số 9 ngõ 74 Nguyễn Khang, Phường Yên Hòa, Hà Nội",
      note="Reply. His phone appears only in the quoted firm message and he confirms it is correct; the contact address is his corrected one, not the wrong quoted one. The hotline is the firm's."))

# --- z060 complaint: ignored stop-messaging request, escalated
add(gmail(("Giáp Văn Lực", "giapvanluc.bg@gmail.com"), "support",
          "Khiếu nại: đã yêu cầu ngừng gửi tin nhưng vẫn bị làm phiền", dt(2026, 4, 24, 9, 12, 50), """\
Kính gửi bộ phận chăm sóc khách hàng,

Ngày 3/3/2026 tôi đã gửi email đề nghị Công ty ngừng nhắn tin quảng cáo và không sử dụng số điện thoại của tôi nữa, và đã được một nhân viên trả lời "đã ghi nhận". Thế nhưng từ đó đến nay tôi vẫn đều đặn nhận SMS quảng cáo "thành lập doanh nghiệp trọn gói 1 triệu đồng", tối 22/4 còn có người gọi điện mời dịch vụ lúc 9 giờ tối.

Việc Công ty phớt lờ yêu cầu của khách hàng là không thể chấp nhận. Tôi chính thức khiếu nại, đề nghị Công ty giải thích vì sao yêu cầu của tôi không được thực hiện và ai đã gọi cho tôi tối hôm đó. Nếu còn tiếp diễn, tôi sẽ gửi phản ánh đến cơ quan chức năng về bảo vệ dữ liệu cá nhân.

Giáp Văn Lực
Số bị làm phiền: 0357 903 481
""", cte="base64"),
    L("complaint", "vi", "Giáp Văn Lực", "+84357903481", "giapvanluc.bg@gmail.com",
      note="Refers to an earlier stop-messaging request; this mail is a formal complaint that it was ignored (dominant intent complaint)."))


# =========================================================================== write
def main():
    assert len(MESSAGES) == 60, len(MESSAGES)
    labels = {}
    for i, (raw, label) in enumerate(MESSAGES, 1):
        name = "z%03d.eml" % i
        data = raw.replace("\r\n", "\n").rstrip("\n") + "\n"
        data = data.replace("\n", "\r\n")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data.encode("utf-8"))
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
