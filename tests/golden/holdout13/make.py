#!/usr/bin/env python3
"""Generator for holdout set 13: 60 raw RFC 5322 messages (x001.eml ... x060.eml)
as they would arrive at info@ / support@thinhtrigroup.com, plus labels.json in the
development-corpus format.  Python 3 standard library only; deterministic output.

Run:  python3 make.py        (writes next to this file)
"""
import base64
import json
import os
import quopri
import random
import struct
import unicodedata
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"
HOTLINE = "1800 63 65"
FIRM_VI = "Công ty Hệ Thống Luật TNHH Thịnh Trí"
FIRM_ADDR = "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def D(y, mo, d, h, mi, s, off=7):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


def datestr(dt):
    return format_datetime(dt)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(s):
    """Encode like a Windows 'Vietnamese' keyboard/codepage does: precomposed
    where windows-1258 has the letter, otherwise base letter + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encode_words(text, cs="UTF-8", mode="B", maxlen=68):
    """RFC 2047 encoded words, never splitting a character."""
    prefix = "=?%s?%s?" % (cs, mode)

    def enc(ch):
        return to_cp1258(ch) if cs.lower() == "windows-1258" else ch.encode("utf-8")

    def elen(bs):
        if mode == "B":
            return len(prefix) + 2 + 4 * ((len(bs) + 2) // 3)
        return len(prefix) + 2 + sum(1 if (c in SAFE_Q or c == 32) else 3 for c in bs)

    words, cur = [], b""
    for ch in unicodedata.normalize("NFC", text):
        b = enc(ch)
        if cur and elen(cur + b) > maxlen:
            words.append(cur)
            cur = b
        else:
            cur += b
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if mode == "B":
            res.append(prefix + base64.b64encode(w).decode() + "?=")
        else:
            res.append(prefix + "".join("_" if c == 32 else (chr(c) if c in SAFE_Q else "=%02X" % c) for c in w) + "?=")
    return res


def fold_ascii(line, limit=78):
    """Fold an unstructured ASCII header at spaces (RFC 5322 2.2.3)."""
    out, cur = [], line
    while len(cur) > limit and " " in cur[1:limit]:
        cut = cur.rfind(" ", 1, limit)
        out.append(cur[:cut])
        cur = cur[cut:]
    out.append(cur)
    return "\n".join(out)


def h_subject(text, mode="B", cs="UTF-8", prefix=""):
    if is_ascii(text):
        return fold_ascii("Subject: %s%s" % (prefix, text))
    toks = encode_words(text, cs, mode, maxlen=66 if mode == "B" else 64)
    head = "Subject: " + prefix
    if len(head) + len(toks[0]) > 78:
        head = head.rstrip() + "\n "
    return head + "\n ".join(toks)


def h_addr(field, name, addr, mode="B", cs="UTF-8"):
    if not name:
        return "%s: %s" % (field, addr)
    if is_ascii(name):
        n = '"%s"' % name if any(c in name for c in '.,;:@()<>[]"') else name
        line = "%s: %s <%s>" % (field, n, addr)
        if len(line) > 78:
            line = "%s: %s\n <%s>" % (field, n, addr)
        return line
    toks = encode_words(name, cs, mode, maxlen=66)
    line = "%s: %s <%s>" % (field, "\n ".join(toks), addr)
    if len(line.split("\n")[-1]) > 76:
        line = "%s: %s\n <%s>" % (field, "\n ".join(toks), addr)
    return line


def body_bytes(text, charset):
    if charset.lower() == "windows-1258":
        return to_cp1258(text)
    return text.encode("utf-8")


def encode_body(text, cte, charset="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    b = body_bytes(text, charset)
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte == "7bit":
        assert is_ascii(text), text[:80]
        return text
    if cte == "8bit":
        return text
    raise ValueError(cte)


def b64_bin(data):
    return base64.encodebytes(data).decode("ascii")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class R:
    """Deterministic per-message randomness for ids and boundaries."""

    def __init__(self, key):
        self.r = random.Random("holdout13:" + key)

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def gmail_id(self):
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        s = "".join(self.r.choice(al + "_-+=") if i % 9 == 4 else self.r.choice(al) for i in range(50))
        return "<CA%s@mail.gmail.com>" % s

    def gmail_boundary(self):
        return "0000000000" + self.hex(18)

    def outlook_id(self, domain):
        return "<0000%s01dc%s$%s$%s@%s>" % (self.hex(2), self.hex(4), self.hex(8), self.hex(8), domain)

    def owa_id(self):
        p = self.r.choice(["SG2PR04", "SEZPR06", "TYZPR03", "KL1PR02", "PS1PR01", "SI2PR06"])
        n = self.digits(4)
        return "<%sMB%s%s@%sMB%s.apcprd0%d.prod.outlook.com>" % (p, n, self.hex(32, True), p, n, self.r.randint(1, 6))

    def ms_boundary(self, tag="000"):
        return "_%s_%s_" % (tag, self.hex(30, True))

    def uuid(self, upper=False):
        s = "%s-%s-%s-%s-%s" % (self.hex(8), self.hex(4), self.hex(4), self.hex(4), self.hex(12))
        return s.upper() if upper else s

    def yahoo_id(self):
        return "<%s.%s.%s@mail.yahoo.com>" % (self.digits(9), self.digits(7), "17" + self.digits(11))

    def yahoo_boundary(self):
        return "----=_Part_%s_%s.%s" % (self.digits(6), self.digits(9), "17" + self.digits(11))


def assemble(headers, body):
    return "\n".join(h for h in headers if h) + "\n\n" + body


def mpart(boundary, parts):
    out = ""
    for hdrs, body in parts:
        out += "--%s\n%s\n\n%s\n" % (boundary, "\n".join(hdrs), body.rstrip("\n") + "\n")
    out += "--%s--\n" % boundary
    return out


def firm_id(key):
    return "<%s@thinhtrigroup.com>" % R("firm" + key).uuid()


# --------------------------------------------------------------------------
# quoting / html rendering
# --------------------------------------------------------------------------

VI_DOW = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
EN_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gmail_attr_vi(dt, who):
    return "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s đã viết:" % (
        VI_DOW[dt.weekday()], dt.day, dt.month, dt.year, dt.hour, dt.minute, who)


def gmail_attr_en(dt, who):
    h = dt.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (
        EN_DOW[dt.weekday()], EN_MON[dt.month - 1], dt.day, dt.year, h, dt.minute,
        "AM" if dt.hour < 12 else "PM", who)


def tb_attr(dt, who):
    return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (dt.day, dt.month, dt.year, dt.hour, dt.minute, who)


def plain_with_quote(text, quote):
    if not quote:
        return text
    attr, lines = quote
    q = "\n".join(("> " + l) if l else ">" for l in lines)
    return text.rstrip("\n") + "\n\n" + attr + "\n\n" + q + "\n"


def gmail_html(text, quote=None):
    lines = text.rstrip("\n").split("\n")
    inner = "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)
    h = '<div dir="ltr">' + inner + "</div>"
    if quote:
        attr, ql = quote
        h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">\n%s\n</blockquote></div>') % (esc(attr), "<br>\n".join(esc(l) for l in ql))
    return h + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(text):
    ps = []
    for l in text.rstrip("\n").split("\n"):
        if l:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
        else:
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return OUTLOOK_HEAD + "\n".join(ps) + "\n</div>\n</body>\n</html>\n"


OWA_HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
"""


def owa_html(text):
    ds = "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n"))
    return OWA_HEAD + ds + "\n</div>\n</body>\n</html>\n"


def owa_html_br(text):
    """OWA html-only message: paragraphs joined with <br><br>, &nbsp; in the signature block."""
    paras = text.rstrip("\n").split("\n\n")
    chunks = []
    for i, p in enumerate(paras):
        pl = [esc(x) for x in p.split("\n")]
        if i == len(paras) - 1:
            pl = [x.replace(" ", "&nbsp;") if len(x) < 45 else x for x in pl]
        chunks.append("<br>\n".join(pl))
    return OWA_HEAD.replace("<html>\n<head>", "<html><head>") + "<br><br>\n".join(chunks) + "\n</div>\n</body>\n</html>\n"


def yahoo_html(text, key):
    cls = "ydp%syahoo-style-wrap" % R("y" + key).hex(8)
    ds = "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>")
                   for l in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, Arial, '
            'sans-serif;font-size:13px;">%s</div></body></html>\n') % (cls, ds)


# --------------------------------------------------------------------------
# attachments (tiny but valid files)
# --------------------------------------------------------------------------


def make_png(w, h, seed):
    rng = random.Random(seed)
    rows = []
    for y in range(h):
        rows.append(b"\x00" + bytes(((x * 9 + y * 5) ^ rng.randrange(24)) % 256 for x in range(w)))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 11 Tf 56 790 Td 15 TL " + " ".join("(%s) Tj T*" % pesc(l) for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += "%010d 00000 n \n" % o
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


# --------------------------------------------------------------------------
# client styles
# --------------------------------------------------------------------------


def common_headers(m, mid, to_hdr=None):
    hs = ["MIME-Version: 1.0",
          h_addr("From", m["from_name"], m["from_addr"], m.get("from_mode", "B")),
          to_hdr or "To: %s" % m["to"],
          h_subject(m["subject"], m.get("subj_mode", "B"), prefix=m.get("subj_prefix", "")),
          "Date: " + datestr(m["date"]),
          "Message-ID: " + mid]
    if m.get("in_reply_to"):
        hs += ["In-Reply-To: " + m["in_reply_to"], "References: " + m["in_reply_to"]]
    return hs


def gmail_attach_part(r, att):
    fn, ctype, data = att
    xid = "f_m%s" % r.hex(8)
    return (["Content-Type: %s; name=\"%s\"" % (ctype, fn),
             "Content-Disposition: attachment; filename=\"%s\"" % fn,
             "Content-Transfer-Encoding: base64",
             "Content-ID: <%s>" % xid,
             "X-Attachment-Id: %s" % xid], b64_bin(data))


def build_gmail(m):
    r = R(m["key"])
    hs = common_headers(m, r.gmail_id(), m.get("to_hdr"))
    cte = m.get("cte", "quoted-printable")
    plain = plain_with_quote(m["text"], m.get("quote"))
    if m.get("html_only"):
        hs += ['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: " + cte]
        return assemble(hs, encode_body(gmail_html(m["text"], m.get("quote")), cte))
    if m.get("plain_only"):
        hs += ["Content-Transfer-Encoding: " + cte, 'Content-Type: text/plain; charset="UTF-8"']
        return assemble(hs, encode_body(plain, cte))
    b_alt = r.gmail_boundary()
    alt = mpart(b_alt, [
        (["Content-Transfer-Encoding: " + cte, 'Content-Type: text/plain; charset="UTF-8"'], encode_body(plain, cte)),
        (["Content-Transfer-Encoding: " + cte, 'Content-Type: text/html; charset="UTF-8"'],
         encode_body(gmail_html(m["text"], m.get("quote")), cte)),
    ])
    if not m.get("attachments"):
        hs.append('Content-Type: multipart/alternative; boundary="%s"' % b_alt)
        return assemble(hs, alt)
    b_mix = r.gmail_boundary()
    parts = [(['Content-Type: multipart/alternative; boundary="%s"' % b_alt], alt)]
    parts += [gmail_attach_part(r, a) for a in m["attachments"]]
    hs.append('Content-Type: multipart/mixed; boundary="%s"' % b_mix)
    return assemble(hs, mpart(b_mix, parts))


def ms_attach_part(att):
    fn, ctype, data = att
    return (['Content-Type: %s; name="%s"' % (ctype, fn),
             "Content-Description: " + fn,
             'Content-Disposition: attachment; filename="%s"; size=%d' % (fn, len(data)),
             "Content-Transfer-Encoding: base64"], b64_bin(data))


def build_outlook(m, owa=False):
    r = R(m["key"])
    dom = m["from_addr"].split("@")[1]
    mid = r.owa_id() if owa else r.outlook_id(dom)
    hs = common_headers(m, mid, m.get("to_hdr"))
    if not owa:
        hs.append("X-Mailer: Microsoft Outlook 16.0")
    hs += m.get("extra_headers", [])
    cte = m.get("cte", "quoted-printable")
    if owa and m.get("html_only"):
        hs += ['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: " + cte]
        return assemble(hs, encode_body(owa_html_br(m["text"]), cte))
    if m.get("plain_only"):
        hs += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: " + cte]
        return assemble(hs, encode_body(m["text"], cte))
    html = owa_html(m["text"]) if owa else outlook_html(m["text"])
    b_alt = r.ms_boundary("000")
    alt = mpart(b_alt, [
        (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: " + cte], encode_body(m["text"], cte)),
        (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: " + cte], encode_body(html, cte)),
    ])
    if not m.get("attachments"):
        hs.append('Content-Type: multipart/alternative;\n boundary="%s"' % b_alt)
        return assemble(hs, alt)
    b_mix = r.ms_boundary("004")
    parts = [(['Content-Type: multipart/alternative;\n boundary="%s"' % b_alt], alt)]
    parts += [ms_attach_part(a) for a in m["attachments"]]
    hs.append('Content-Type: multipart/mixed;\n boundary="%s"' % b_mix)
    return assemble(hs, mpart(b_mix, parts))


def build_yahoo(m):
    r = R(m["key"])
    hs = common_headers(m, r.yahoo_id())
    hs.append("X-Mailer: WebService/1.1.%s YMailNorrin" % r.digits(5))
    b = r.yahoo_boundary()
    cte = m.get("cte", "quoted-printable")
    body = mpart(b, [
        (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: " + cte], encode_body(m["text"], cte)),
        (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: " + cte],
         encode_body(yahoo_html(m["text"], m["key"]), cte)),
    ])
    hs.append('Content-Type: multipart/alternative;\n boundary="%s"' % b)
    return assemble(hs, body)


def build_thunderbird(m):
    r = R(m["key"])
    dom = m["from_addr"].split("@")[1]
    hs = common_headers(m, "<%s@%s>" % (r.uuid(), dom))
    hs.append("User-Agent: Mozilla Thunderbird")
    cte = m.get("cte", "8bit")
    hs += ["Content-Transfer-Encoding: " + cte, 'Content-Type: text/plain; charset="utf-8"; format="flowed"']
    return assemble(hs, encode_body(plain_with_quote(m["text"], m.get("quote")), cte))


def build_iphone(m):
    r = R(m["key"])
    hs = common_headers(m, "<%s@icloud.com>" % r.uuid(True))
    hs.append("X-Mailer: iPhone Mail (%s)" % m.get("build", "22E252"))
    cte = m.get("cte", "7bit")
    hs += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: " + cte]
    return assemble(hs, encode_body(m["text"], cte))


def build_oe(m):
    """Outlook Express 6 on an old Windows PC, windows-1258 codepage."""
    r = R(m["key"])
    hs = ["MIME-Version: 1.0",
          h_addr("From", m["from_name"], m["from_addr"], "Q", "windows-1258"),
          "To: " + m["to"],
          h_subject(m["subject"], "B", "windows-1258"),
          "Date: " + datestr(m["date"]),
          "Message-ID: <%s01dc%s$%s$0201a8c0@%s>" % (r.hex(4), r.hex(6), r.hex(8), m["pc"]),
          "X-Priority: 3",
          "X-MSMail-Priority: Normal",
          "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
          "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157",
          'Content-Type: text/plain; charset="windows-1258"',
          "Content-Transfer-Encoding: quoted-printable"]
    return assemble(hs, encode_body(m["text"], "quoted-printable", "windows-1258"))


def build_plain(m):
    r = R(m["key"])
    dom = m["from_addr"].split("@")[1]
    hs = common_headers(m, "<%s@%s>" % (r.uuid(), dom))
    hs += m.get("extra_headers", [])
    cte = m.get("cte", "7bit")
    hs += ['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: " + cte]
    return assemble(hs, encode_body(m["text"], cte))


def build_raw(m):
    return m["raw"]()


BUILDERS = {
    "gmail": build_gmail,
    "outlook": build_outlook,
    "owa": lambda m: build_outlook(m, owa=True),
    "yahoo": build_yahoo,
    "thunderbird": build_thunderbird,
    "iphone": build_iphone,
    "oe": build_oe,
    "plain": build_plain,
    "raw": build_raw,
}

MESSAGES = []


def C(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email, "address": address}


def add(key, client, category, language, contact, note=None, automated=False, **kw):
    m = dict(key=key, client=client, **kw)
    m["label"] = {"category": category, "automated": automated, "language": language,
                  "contact": contact if contact else C()}
    if note:
        m["label"]["note"] = note
    MESSAGES.append(m)


# ==========================================================================
# SERVICE REQUESTS
# ==========================================================================

add("s01", "gmail", "service_request", "vi",
    C("Quách Thị Mỹ Duyên", "+84328917046", "myduyen.quach88@gmail.com"),
    from_name="Quách Thị Mỹ Duyên", from_addr="myduyen.quach88@gmail.com", to=INFO,
    subject="Hỏi thủ tục khai nhận thừa kế nhà đất của ba mẹ", subj_mode="B",
    date=D(2026, 3, 3, 8, 41, 7), cte="base64",
    text="""Dạ em chào anh chị,

Em tên Quách Thị Mỹ Duyên, nhà em ở Tây Ninh. Ba em mất năm 2023, mẹ em mất tháng 11/2025, cả hai đều không để lại di chúc. Tài sản là một căn nhà cấp 4 và khoảng 2.000m2 đất trồng mì đứng tên ba mẹ. Nhà có 4 anh chị em, trong đó anh Hai đang đi làm bên Hàn Quốc.

Em muốn hỏi:
1. Thủ tục khai nhận di sản thừa kế làm ở đâu, cần những giấy tờ gì?
2. Anh Hai ở nước ngoài thì có ủy quyền cho em ký thay được không?
3. Phí công chứng, thuế, lệ phí sang tên khoảng bao nhiêu?

Nếu bên mình nhận làm trọn gói thì cho em xin báo giá luôn ạ. Anh chị gọi em số 0328 917 046 (có Zalo) nha.

Em cảm ơn nhiều ạ.
Mỹ Duyên
""")

add("s02", "outlook", "service_request", "en",
    C("Daniel Whitaker", "+84858204771", "d.whitaker@harbourlinefoods.co.nz"),
    from_name="Daniel Whitaker", from_addr="d.whitaker@harbourlinefoods.co.nz", to=INFO,
    subject="Setting up a food import company in Da Nang",
    date=D(2026, 3, 9, 21, 12, 40, 13), cte="7bit",
    text="""Hello Thinh Tri team,

I run a small food distribution business in Auckland and I'm planning to open a wholly foreign-owned company in Da Nang to import New Zealand dairy and honey products.

I'd appreciate your advice on:
- the investment registration certificate and enterprise registration steps;
- minimum capital, and whether we need any food safety certification before the first shipment;
- your fees for handling the whole process, including a trading licence if one is required.

I will be in Vietnam from 18 to 25 May and could meet in person or do a video call before then. My Vietnamese mobile is 0858 204 771.

Kind regards,
Daniel Whitaker
Director, Harbourline Foods Ltd
""")

add("s03", "gmail", "service_request", "vi",
    C("Nguyen Van Tien", "+84933481260", "nguyenvantien.hp92@gmail.com"),
    from_name="Tien Nguyen", from_addr="nguyenvantien.hp92@gmail.com", to=INFO,
    subject="chu nha khong tra tien coc", date=D(2026, 3, 5, 22, 17, 33), cte="7bit",
    text="""Chao luat su,
Em ten Nguyen Van Tien, thue nguyen can nha o Hai Phong tu thang 3/2024, hop dong 2 nam, dat coc 30 trieu. Thang 2 vua roi em bao truoc 1 thang la khong gia han, tra nha dung han, ban giao day du co bien ban ky 2 ben.
Gio chu nha noi tru tien son lai tuong voi thay binh nong lanh nen chi tra em 8 trieu. Trong hop dong khong co dieu khoan nao noi ve viec nay.
Em muon hoi em co kien ra toa de doi lai tien coc duoc khong, thu tuc the nao, va thue luat su thi chi phi khoang bao nhieu.
SDT/Zalo cua em: 0933.481.260
Cam on luat su.
""")

add("s04", "outlook", "service_request", "vi",
    C("Mạc Thị Thanh Tâm", "+84902716384", "tam.mac@minhkhangfurniture.vn"),
    note="'Thỏa thuận bảo mật thông tin' is an NDA the firm is asked to draft for employees, not a privacy request.",
    from_name="Mạc Thị Thanh Tâm", from_addr="tam.mac@minhkhangfurniture.vn", to=INFO,
    subject="Đề nghị báo giá soạn nội quy lao động và thỏa thuận bảo mật", subj_mode="Q",
    date=D(2026, 3, 10, 10, 26, 51), cte="base64",
    text="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Mạc Thị Thanh Tâm, Trưởng phòng Nhân sự Công ty TNHH Nội thất Minh Khang (nhà máy tại Phường Tân Uyên, TP.HCM, khoảng 180 lao động).

Năm nay công ty chúng tôi cần Quý Công ty hỗ trợ:
1. Soạn mới và đăng ký nội quy lao động theo Bộ luật Lao động 2019;
2. Soạn thỏa thuận bảo mật thông tin và không cạnh tranh cho bộ phận thiết kế, vì gần đây có nhân viên nghỉ việc mang theo bản vẽ mẫu sản phẩm sang công ty đối thủ;
3. Rà soát mẫu hợp đồng lao động đang sử dụng.

Đề nghị Quý Công ty gửi báo giá và thời gian thực hiện cho từng hạng mục. Mọi trao đổi xin gửi qua email này hoặc gọi di động của tôi.

Trân trọng,
Mạc Thị Thanh Tâm
Trưởng phòng Nhân sự
Công ty TNHH Nội thất Minh Khang
DĐ: 0902 716 384
""")

add("s05", "gmail", "service_request", "mixed",
    C("Lưu Hoàng Khoa", "+84789352610", "khoa@mocbrew.vn"),
    from_name="Khoa Luu", from_addr="khoa@mocbrew.vn", to=INFO,
    subject="Trademark registration cho brand Mộc Brew - VN + Madrid", subj_mode="Q",
    date=D(2026, 3, 12, 14, 3, 18), cte="quoted-printable",
    attachments=[("logo-mocbrew.png", "image/png", make_png(48, 24, "mocbrew"))],
    text="""Hi anh chị,

Em là Lưu Hoàng Khoa, founder của Mộc Brew – brand cold brew đóng chai, hiện bán online và qua khoảng 20 quán cafe đối tác. Team em chuẩn bị gọi vốn vòng pre-seed nên muốn lock trademark trước.

Em cần bên mình support:
- Search khả năng đăng ký cho tên "Mộc Brew" + logo (em attach file logo bên dưới) ở nhóm 30, 32 và 43;
- Nộp đơn tại Cục Sở hữu trí tuệ;
- Tư vấn nộp đơn Madrid để mở rộng sang Singapore và Thái Lan trong năm sau.

Anh chị gửi em quote + timeline dự kiến nha. Nếu cần call thì em free các buổi chiều trong tuần.

Thanks anh chị,
Khoa
Lưu Hoàng Khoa | Founder, Mộc Brew
M: (+84) 789 352 610
""")

_s06_firm = D(2026, 4, 14, 10, 32, 0)
add("s06", "gmail", "service_request", "vi",
    C("Kha Văn Lộc", "+84387605219", "khavanloc.ag@gmail.com", "15 Hùng Vương, Phường Long Xuyên, tỉnh An Giang"),
    note="Reply; only the top part is new. Quoted firm signature has the firm's hotline/address; the child's name is a third party.",
    from_name="Kha Văn Lộc", from_addr="khavanloc.ag@gmail.com",
    to_hdr=h_addr("To", "Thịnh Trí Group", INFO),
    subject="Tư vấn thủ tục nhận con nuôi", subj_prefix="Re: ", subj_mode="B",
    date=D(2026, 4, 15, 20, 48, 5), cte="quoted-printable", in_reply_to=firm_id("s06"),
    text="""Chào anh Quân,

Cảm ơn anh đã giải thích rõ các điều kiện. Vợ chồng tôi đã thống nhất, bố đẻ của cháu Trịnh Minh Khôi cũng đã ký giấy đồng ý, cháu năm nay 11 tuổi và cũng muốn về ở với tôi nên tôi muốn tiến hành thủ tục nhận cháu làm con nuôi.

Nhờ Công ty soạn hồ sơ và cử người đi cùng tôi lên UBND phường khi nộp. Anh báo giúp chi phí trọn gói, tôi chuyển khoản tạm ứng trước cũng được.

Số điện thoại của tôi: 0387 605 219
Địa chỉ: 15 Hùng Vương, Phường Long Xuyên, tỉnh An Giang

Kha Văn Lộc
""",
    quote=(gmail_attr_vi(_s06_firm, "Thịnh Trí Group <%s>" % INFO), [
        "Kính gửi anh Lộc,",
        "",
        "Về việc nhận con riêng của vợ làm con nuôi, pháp luật không bắt buộc cha dượng phải hơn con nuôi từ 20 tuổi trở lên. Hồ sơ cần có ý kiến đồng ý bằng văn bản của cha đẻ, và của cháu nếu cháu từ đủ 9 tuổi trở lên.",
        "",
        "Nếu anh cần Công ty hỗ trợ chuẩn bị hồ sơ, vui lòng phản hồi email này hoặc gọi hotline %s." % HOTLINE,
        "",
        "Trân trọng,",
        "Lý Minh Quân",
        FIRM_VI,
        FIRM_ADDR]))

add("s07", "gmail", "service_request", "vi",
    C("Do Van Nghia", "+84979164583", "dothuyhanh.bn@gmail.com"),
    note="Written from the daughter's mailbox (From 'Do Thuy Hanh'); the sender is Do Van Nghia, who asks for replies to this same mailbox.",
    from_name="Do Thuy Hanh", from_addr="dothuyhanh.bn@gmail.com", to=INFO,
    subject="hoi ve tranh chap loi di chung", date=D(2026, 3, 18, 19, 35, 2), cte="7bit",
    text="""Kinh gui cong ty,
Toi la Do Van Nghia, 71 tuoi, o Bac Ninh. Toi nho con gai go giup email nay.
Nha toi co loi di chung rong 2m voi nha ben canh, dung chung hon 30 nam nay. Thang truoc nha ben do xay tuong rao lan ra mot nua loi di, xe may cua toi khong vao duoc nua. Toi da bao to dan pho, xa cung da hoa giai mot lan nhung khong thanh.
Toi muon hoi toi co the kien de doi lai loi di khong, can chuan bi giay to gi, va cong ty co cu luat su ve Bac Ninh lam viec duoc khong.
Cong ty tra loi qua email nay (email cua con gai toi) hoac goi cho toi so 0979 164 583. Toi khong co email rieng.
Do Van Nghia
""")

_s08_firm = D(2026, 4, 21, 9, 15, 0)
add("s08", "thunderbird", "service_request", "en",
    C("Sofia Lindqvist", "+84908613952", "sofia.lindqvist@protonmail.com"),
    note="Reply; only the top part is new. Quoted firm text contains the hotline; the husband's name also appears.",
    from_name="Sofia Lindqvist", from_addr="sofia.lindqvist@protonmail.com", to=SUPPORT,
    subject="Your enquiry about a dependant visa for your husband", subj_prefix="Re: ",
    date=D(2026, 4, 22, 7, 52, 26), cte="8bit", in_reply_to=firm_id("s08"),
    text="""Hi Ms. Han,

Thanks for the quick overview. Yes, please go ahead and prepare the dependant (TT) visa and temporary residence card for my husband, Erik Lindqvist. My own work permit and TRC are valid until November 2027, and our marriage certificate has already been legalised by the Vietnamese embassy in Stockholm.

Could you send me the engagement letter and the list of originals you need to see? I can bring everything to your office next Tuesday afternoon.

Best,
Sofia Lindqvist
+84 908 613 952
""",
    quote=(tb_attr(_s08_firm, "Thinh Tri Support"), [
        "Dear Ms. Lindqvist,",
        "",
        "Thank you for your enquiry. As the holder of a valid work permit, you may sponsor a dependant visa (TT) and subsequently a temporary residence card for your spouse. We will need copies of your passport, work permit and TRC, and a legalised marriage certificate with a certified Vietnamese translation.",
        "",
        "Our professional fee and the government fees depend on the length of stay requested. Please feel free to call our hotline %s if you would like to discuss." % HOTLINE,
        "",
        "Kind regards,",
        "Dang Ngoc Han",
        "Thinh Tri Legal"]))

add("s09", "oe", "service_request", "vi",
    C("Trương Công Bình", "+84912804375", "tcbinh.th@vnn.vn", "27 Lê Lợi, Phường Hạc Thành, tỉnh Thanh Hóa"),
    note="Body is windows-1258 with combining tone marks; compare after NFC normalisation. Address given inline as where the sender lives.",
    from_name="Trương Công Bình", from_addr="tcbinh.th@vnn.vn", to=INFO, pc="BINH-PC",
    subject="Nhờ tư vấn việc nhà bên cạnh lấn đất", date=D(2026, 3, 24, 9, 5, 44),
    text="""Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Trương Công Bình, năm nay 68 tuổi, cán bộ nghỉ hưu, hiện ở tại 27 Lê Lợi, Phường Hạc Thành, tỉnh Thanh Hóa.

Năm ngoái nhà bên cạnh xây lại nhà, làm móng lấn sang đất nhà tôi khoảng 0,4 mét theo suốt chiều dài 12 mét. Tôi có giấy chứng nhận cấp năm 1998, trên đó ghi rõ kích thước thửa đất. Tôi đã làm đơn lên phường, phường có cử cán bộ xuống đo nhưng đến nay chưa giải quyết.

Nhờ Công ty cho biết tôi nên gửi đơn đến cơ quan nào tiếp theo, có cần thuê đơn vị đo đạc lại không, và nếu Công ty nhận làm thay tôi thì chi phí thế nào.

Tôi ít khi xem thư điện tử, xin Công ty gọi cho tôi theo số 0912 804 375.

Trân trọng,
Trương Công Bình
""")

add("s10", "iphone", "service_request", "vi",
    C("Ly Quoc Bao", "+84896215437", "lyquocbao.ct@icloud.com"),
    note="From address has capital letters; the label is lowercased.",
    from_name="Ly Quoc Bao", from_addr="LyQuocBao.CT@icloud.com", to=INFO,
    subject="tu van tai nan giao thong", date=D(2026, 5, 9, 11, 22, 40), cte="7bit", build="22E252",
    text="""Chao cong ty,
Toi ten Ly Quoc Bao. Ngay 2/5 toi chay xe may tren duong 30/4 o Can Tho thi bi mot xe tai nho cua cong ty van tai tong tu phia sau. Toi bi gay xuong don va nut xuong cang chan, nam vien 10 ngay. Ben tai xe chi dua 5 trieu roi khong lien lac nua.
CSGT da lap bien ban hien truong. Toi muon nho luat su tu van muc boi thuong toi co the yeu cau (vien phi, mat thu nhap 2 thang) va dai dien toi lam viec voi cong ty van tai do.
So cua toi: 0896 215 437
Cam on.

Sent from my iPhone
""")

add("s11", "owa", "service_request", "en",
    C("Park Ji-hoon", "+842838964417", "jihoon.park@daonbeauty.vn"),
    from_name="Park Ji-hoon", from_addr="jihoon.park@daonbeauty.vn", to=INFO,
    subject="Employment contracts for Korean staff", date=D(2026, 3, 26, 16, 40, 12),
    cte="quoted-printable",
    text="""Dear Sir/Madam,

My name is Park Ji-hoon and I manage a cosmetics distribution company in Thu Duc with 35 employees, four of whom are Korean nationals.

We would like to engage your firm to:
1. Draft a bilingual (English–Vietnamese) employment contract template for local and foreign staff;
2. Check whether our Korean managers' work permits must be renewed or amended after their change of job title;
3. Advise on social insurance contributions for the foreign employees.

Could you please send a proposal with your fees and an estimated timeline? The best way to reach me during office hours is the number below.

Best regards,
Park Ji-hoon
General Director
Daon Beauty Vietnam Co., Ltd.
Tel: (028) 3896 4417
""")

add("s12", "gmail", "service_request", "vi",
    C("Tiêu Gia Hân", "+84355720981", "hantieu.work@gmail.com"),
    from_name="Tiêu Gia Hân", from_addr="hantieu.work@gmail.com", to=INFO,
    subject="Nhờ rà soát hợp đồng thuê kho trước khi ký", subj_mode="Q",
    date=D(2026, 4, 1, 13, 15, 29), cte="quoted-printable", html_only=True,
    text="""Kính gửi Công ty Thịnh Trí,

Tôi là Tiêu Gia Hân, chủ hộ kinh doanh phân phối đồ gia dụng. Tôi chuẩn bị ký hợp đồng thuê kho 600m2 tại Phường Dĩ An, TP.HCM thời hạn 5 năm, bên cho thuê đã gửi bản dự thảo 14 trang.

Tôi lo ngại mấy điểm: giá thuê tăng hằng năm nhưng không có mức trần, bên thuê chịu toàn bộ chi phí sửa chữa kết cấu nhà kho, và bị phạt gấp 3 lần tiền cọc nếu chấm dứt trước hạn.

Nhờ Công ty rà soát và đề xuất chỉnh sửa giúp, tôi cần có ý kiến trong tuần này. Xin báo phí trước khi làm.

Liên hệ: Zalo/điện thoại 0355 720 981.

Trân trọng,
Tiêu Gia Hân
""")

add("s13", "gmail", "service_request", "vi",
    C("Hứa Văn Nhân", "+84368442715", "huavannhan.kh@gmail.com", "48/3 Trần Quý Cáp, Phường Nha Trang, tỉnh Khánh Hòa"),
    note="Address is given inline as the house the sender lives in; the deceased seller is a third party.",
    from_name="Hứa Văn Nhân", from_addr="huavannhan.kh@gmail.com", to=INFO,
    subject="Hỏi thủ tục cấp sổ cho nhà mua bằng giấy tay", subj_mode="B",
    date=D(2026, 4, 7, 17, 58, 3), cte="base64",
    attachments=[("giay-mua-ban-nha-2012.png", "image/png", make_png(64, 40, "nhan"))],
    text="""Chào Công ty,

Tôi là Hứa Văn Nhân. Năm 2012 gia đình tôi mua căn nhà đang ở hiện nay tại 48/3 Trần Quý Cáp, Phường Nha Trang, tỉnh Khánh Hòa bằng giấy tay, có xác nhận của tổ trưởng dân phố. Người bán là ông Lê Văn Sáu đã mất năm 2020. Đến nay nhà vẫn chưa có giấy chứng nhận.

Tôi gửi kèm ảnh chụp giấy mua bán. Nhờ Công ty xem giúp trường hợp của tôi có đủ điều kiện xin cấp giấy chứng nhận lần đầu không, và nếu Công ty làm dịch vụ thì chi phí bao nhiêu.

Điện thoại: 0368 442 715

Hứa Văn Nhân
""")

add("s14", "outlook", "service_request", "vi",
    C("Dương Thanh Hằng", "+84983270614", "hang.duong@nhakhoasmileplus.vn"),
    note="Asks the firm for data-protection compliance work; the access/correction/deletion wording describes the clinic's own future process, not a request about the sender's data.",
    from_name="Dương Thanh Hằng", from_addr="hang.duong@nhakhoasmileplus.vn", to=INFO,
    subject="Tư vấn tuân thủ Luật Bảo vệ dữ liệu cá nhân cho phòng khám", subj_mode="Q",
    date=D(2026, 4, 9, 10, 2, 55), cte="quoted-printable",
    text="""Kính gửi Quý Công ty,

Tôi là Dương Thanh Hằng, giám đốc chuỗi Nha khoa Smile Plus (3 cơ sở tại Hà Nội). Chúng tôi đang lưu hồ sơ điều trị, phim X-quang và thông tin liên hệ của khoảng 12.000 bệnh nhân trên phần mềm quản lý phòng khám.

Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực từ 01/01/2026 nên chúng tôi muốn thuê Công ty:
- Đánh giá mức độ tuân thủ hiện tại và lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân;
- Soạn chính sách quyền riêng tư và mẫu văn bản đồng ý cho bệnh nhân;
- Xây dựng quy trình tiếp nhận yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của bệnh nhân.

Xin Công ty gửi đề xuất dịch vụ và báo phí. Số điện thoại của tôi: 0983 270 614.

Trân trọng,
Dương Thanh Hằng
Giám đốc – Nha khoa Smile Plus
""")

add("s15", "gmail", "service_request", "mixed",
    C("Võ Ngọc Tuyết", "+14083862214", "tinavo.sj@gmail.com"),
    note="Overseas (US) phone number; E.164 with +1. Name from the body (From shows 'Tina Vo').",
    from_name="Tina Vo", from_addr="tinavo.sj@gmail.com", to=INFO,
    subject="Bán nhà thừa kế ở VN - need legal help", subj_mode="Q",
    date=D(2026, 4, 13, 8, 30, 11, -7), cte="quoted-printable",
    text="""Hi anh chị,

Em là Võ Ngọc Tuyết (Tina), hiện sống ở San Jose, California và đã có quốc tịch Mỹ. Mẹ em mất năm ngoái, có di chúc để lại cho em căn nhà ở Phường Bình Thạnh, TP.HCM. Em không có plan về Việt Nam sống nên muốn bán căn nhà này.

Em có mấy câu hỏi:
- Người quốc tịch Mỹ có được đứng tên nhận thừa kế nhà không, hay phải bán luôn?
- Em làm power of attorney tại Tổng Lãnh sự quán Việt Nam ở San Francisco để bên mình thay em làm thủ tục được không?
- Thuế khi bán nhà và việc chuyển tiền bán nhà ra nước ngoài như thế nào?

Em muốn thuê bên mình handle toàn bộ. Anh chị gọi em qua WhatsApp số +1 (408) 386-2214 nha, tiện nhất là buổi tối giờ Việt Nam.

Thanks anh chị nhiều,
Tina Võ
""")


# ==========================================================================
# COMPLAINTS
# ==========================================================================

add("c01", "gmail", "complaint", "vi",
    C("Pham Duy Hung", "+84905663178", "phamduyhung.dn@gmail.com"),
    from_name="Hung Pham", from_addr="phamduyhung.dn@gmail.com", to=SUPPORT,
    subject="thong tin thanh lap cong ty bi lo ra ngoai?", date=D(2026, 4, 29, 21, 9, 14), cte="7bit",
    text="""Chao Thinh Tri,
Toi la Pham Duy Hung. Thang truoc toi nho ben anh chi lam thu tuc thanh lap Cong ty TNHH Thep Duy Hung, giay chung nhan vua co ngay 24/4.
Chua den mot tuan ma toi da nhan hon chuc cuoc goi tu ben dich vu ke toan, chu ky so, hoa don dien tu, ca ngan hang, ben nao cung doc dung ten cong ty, ma so thue va so di dong ca nhan cua toi 0905 663 178. So nay toi chi ghi trong to khai nho ben anh chi nop, khong dua cho ai khac.
Toi khong biet la do ben anh chi hay do co quan nha nuoc cong khai, nhung de nghi ben anh chi kiem tra va tra loi ro rang. Toi rat buc minh ve chuyen nay.
Pham Duy Hung
""")

add("c02", "yahoo", "complaint", "vi",
    C("Đàm Quang Vinh", "+84936058417", "damquangvinh@yahoo.com"),
    from_name="Đàm Quang Vinh", from_addr="damquangvinh@yahoo.com", to=SUPPORT,
    subject="Khiếu nại luật sư vắng mặt tại phiên hòa giải", subj_mode="Q",
    date=D(2026, 4, 23, 16, 45, 9), cte="quoted-printable",
    text="""Kính gửi Ban Giám đốc Công ty Luật Thịnh Trí,

Tôi là Đàm Quang Vinh, khách hàng ký hợp đồng dịch vụ pháp lý số 0317/2026/HĐDV với Quý Công ty để đại diện cho tôi trong vụ tranh chấp hợp đồng góp vốn đang giải quyết tại Tòa án nhân dân khu vực 1 – Hà Nội.

Sáng 22/04/2026 Tòa triệu tập phiên hòa giải. Luật sư Phan Hữu Trọng phụ trách vụ việc không có mặt, không báo trước, điện thoại không liên lạc được. Tôi phải một mình làm việc với thẩm phán và bên kia, trong khi tôi đã thanh toán đủ đợt 1 là 25.000.000 đồng.

Tôi đề nghị Công ty:
1. Giải trình bằng văn bản lý do luật sư vắng mặt;
2. Cử luật sư khác phụ trách vụ việc;
3. Xem xét hoàn lại một phần phí đợt 1.

Tôi chờ phản hồi trong vòng 3 ngày làm việc.

Đàm Quang Vinh
ĐT: 0936 058 417
""")

_c03_firm = D(2026, 4, 23, 16, 10, 0)
add("c03", "gmail", "complaint", "en",
    C("Oliver Grant", "+84901558237", "oliver.grant.vn@gmail.com"),
    note="Reply; only the top part is new. Quoted firm text contains the firm's office address and hotline.",
    from_name="Oliver Grant", from_addr="oliver.grant.vn@gmail.com", to=SUPPORT,
    subject="Collection of your original documents", subj_prefix="Re: ",
    date=D(2026, 5, 6, 9, 30, 47), cte="quoted-printable", in_reply_to=firm_id("c03"),
    text="""Hi,

This is the third time I'm writing about this. On 2 April I handed my original degree certificate and police check (both legalised, couriered from the UK at considerable cost) to your receptionist for the work permit application. The permit was issued, but when I came to collect the originals as arranged in your email below, nobody could find them.

I have since been told twice that "someone will call you back". Nobody has. I need those documents for my wife's visa application next month, and replacing them will take at least six weeks and several hundred pounds.

I expect a written explanation and a concrete plan by Friday, and I expect the firm to cover the replacement costs if the originals are not found.

Oliver Grant
Mobile: 0901 558 237
""",
    quote=(gmail_attr_en(_c03_firm, "Thinh Tri Support <%s>" % SUPPORT), [
        "Dear Mr. Grant,",
        "",
        "We are pleased to inform you that your work permit has been issued. You may collect the permit together with your original documents at our office at %s, Monday to Friday, 8:00-17:00." % FIRM_ADDR,
        "",
        "For any questions please call our hotline %s." % HOTLINE,
        "",
        "Best regards,",
        "Vu Thanh Tung",
        "Thinh Tri Legal"]))

add("c04", "owa", "complaint", "vi",
    C("Kiều Thị Ngọc Ánh", "+84919347582", "ngocanh.kieu@outlook.com"),
    note="Forwarded debt-collector email included as evidence; its phone 0867 915 304 is not the sender's.",
    from_name="Kiều Thị Ngọc Ánh", from_addr="ngocanh.kieu@outlook.com", to=SUPPORT,
    subject="Thông báo nhắc nợ", subj_prefix="FW: ", subj_mode="B",
    date=D(2026, 4, 23, 8, 14, 36), cte="quoted-printable",
    text="""Kính gửi Công ty Thịnh Trí,

Tôi chuyển tiếp email tôi vừa nhận tối qua. Ngày 08/04 tôi đến văn phòng Công ty tư vấn về khoản vay tiêu dùng đang tranh chấp với công ty tài chính, có để lại bản sao CCCD, hợp đồng vay, sao kê và email cá nhân này. Chỉ hai tuần sau, một bên tự xưng "đơn vị thu hồi nợ" gửi thư vào đúng email đó, ghi đúng số hợp đồng vay và nơi tôi làm việc, đe dọa sẽ đến cơ quan.

Email này tôi chưa từng cung cấp cho công ty tài chính, chỉ ghi trong phiếu thông tin khách hàng của Công ty. Tôi yêu cầu Công ty kiểm tra ngay, trả lời bằng văn bản và chịu trách nhiệm nếu thông tin bị lộ từ phía Công ty.

Kiều Thị Ngọc Ánh
SĐT: 0919 347 582

________________________________
From: Phòng Thu hồi nợ - Tín Phát <thuhoino@tinphat-collection.vn>
Sent: Wednesday, April 22, 2026 7:58 PM
To: ngocanh.kieu@outlook.com <ngocanh.kieu@outlook.com>
Subject: Thông báo nhắc nợ

Kính gửi bà Kiều Thị Ngọc Ánh,

Căn cứ hợp đồng vay số TD-2024-118372, khoản nợ quá hạn của bà hiện là 46.830.000 đồng. Đề nghị bà liên hệ ngay chuyên viên xử lý nợ theo số 0867 915 304 trước ngày 25/04/2026. Quá thời hạn trên, chúng tôi sẽ làm việc trực tiếp với cơ quan nơi bà công tác.

Trân trọng,
Phòng Thu hồi nợ
Công ty TNHH Dịch vụ Tín Phát
""")

add("c05", "gmail", "complaint", "vi",
    C("Tạ Minh Nhật", "+84977524630", "taminhnhat.vt@gmail.com", "Số 9 Thùy Vân, Phường Vũng Tàu, TP.HCM"),
    note="'Hủy hợp đồng' means cancelling the service contract, not deleting data.",
    from_name="Tạ Minh Nhật", from_addr="taminhnhat.vt@gmail.com", to=SUPPORT,
    subject="Đã hủy hợp đồng gần 3 tháng vẫn chưa được hoàn phí", subj_mode="B",
    date=D(2026, 5, 8, 10, 11, 58), cte="quoted-printable",
    text="""Kính gửi Công ty,

Tôi là Tạ Minh Nhật. Ngày 10/02/2026 tôi ký hợp đồng dịch vụ xin giấy phép kinh doanh dịch vụ lữ hành nội địa và đã chuyển 12.000.000 đồng. Ngày 16/02 tôi gửi email đề nghị hủy hợp đồng vì đối tác góp vốn rút lui, khi đó Công ty chưa nộp hồ sơ. Chị Thu bên kinh doanh đã xác nhận qua Zalo là sẽ hoàn phí sau khi trừ 10% chi phí soạn hồ sơ.

Đến nay đã gần 3 tháng, tôi nhắn hỏi 4 lần, lần nào cũng được hẹn "tuần sau kế toán chuyển". Tôi đề nghị Công ty hoàn ngay 10.800.000 đồng vào tài khoản đã cung cấp và gửi văn bản xác nhận. Nếu không, tôi sẽ gửi đơn đến Đoàn Luật sư và cơ quan bảo vệ quyền lợi người tiêu dùng.

Tạ Minh Nhật
0977 524 630
Số 9 Thùy Vân, Phường Vũng Tàu, TP.HCM
""")

add("c06", "outlook", "complaint", "en",
    C("Priya Raman", "+842836361290", "priya.raman@tekvista.vn"),
    from_name="Priya Raman", from_addr="priya.raman@tekvista.vn", to=INFO,
    subject="Your newsletter exposed my email address to 200 other people",
    date=D(2026, 4, 16, 11, 47, 21), cte="7bit",
    text="""Dear Thinh Tri Legal,

This morning I received your "Labour Law Update - April 2026" email. All recipients were in the CC field rather than BCC, so my work email, together with those of roughly 200 other people, was visible to everyone on the list. Within hours I had two reply-all messages from strangers and a sales pitch from a recruitment agency that had clearly harvested the list.

I attended one of your HR seminars last year, but I never agreed to have my address shared with other participants. This is a basic mistake for a law firm that advises companies on data protection.

Please explain how this happened, what you are doing to contain it, and whether you have informed the other people affected.

Regards,
Priya Raman
HR Director, TekVista Vietnam
+84 28 3636 1290
""")

add("c07", "outlook", "complaint", "vi",
    C("Ninh Thị Phương Thảo", "+84914603728", "thao.ninh@phuongnamagri.vn"),
    note="Complaint about an ignored invoice correction that also asks to fix company name, tax code and contact person; dominant intent complaint. The 10-digit tax code 0316284517 is not a phone number.",
    from_name="Ninh Thị Phương Thảo", from_addr="thao.ninh@phuongnamagri.vn", to=SUPPORT,
    subject="Lần thứ hai đề nghị xuất lại hóa đơn - không ai phản hồi", subj_mode="B",
    date=D(2026, 4, 27, 14, 20, 6), cte="base64",
    text="""Kính gửi Công ty Thịnh Trí,

Tôi là Ninh Thị Phương Thảo, kế toán trưởng Công ty CP Nông sản Phương Nam. Ngày 03/04 tôi đã gửi email đề nghị Công ty xuất lại hóa đơn phí tư vấn tháng 3 vì ghi sai mã số thuế và sai tên công ty thành "Phương Nam Agro". Đến nay đã hơn 3 tuần không có ai trả lời, gọi hotline thì được hứa chuyển bộ phận kế toán rồi im lặng.

Hóa đơn sai khiến chúng tôi không kê khai thuế GTGT quý I đúng hạn được. Tôi rất bức xúc với cách làm việc này. Đề nghị Công ty:
- Phản hồi chính thức lý do chậm trễ;
- Xuất hóa đơn điều chỉnh ngay, đúng tên Công ty Cổ phần Nông sản Phương Nam, MST 0316284517;
- Cập nhật người liên hệ nhận hóa đơn là tôi, số điện thoại 0914 603 728.

Ninh Thị Phương Thảo
Kế toán trưởng
""")

add("c08", "gmail", "complaint", "vi",
    C("Trieu Thi Lan", "+84945871320", "trieuthilan.hue@gmail.com"),
    from_name="Lan Trieu", from_addr="trieuthilan.hue@gmail.com", to=SUPPORT,
    subject="phan anh thai do luat su va thu phi sai", date=D(2026, 4, 29, 20, 33, 45),
    cte="7bit", plain_only=True,
    text="""Gui cong ty Thinh Tri,
Toi ten Trieu Thi Lan, o Hue. Ngay 28/4 toi goi hotline hoi ve thu tuc ly hon thuan tinh, nhan vien bao tu van qua dien thoai 30 phut la 500 nghin, toi dong y va chuyen khoan truoc.
Nhung cuoc goi chi khoang 12 phut, luat su tra loi qua loa, toi hoi lai thi bi noi "chi ve tu doc luat di". Sau do ke toan con nhan tin doi them 300 nghin vi "qua gio".
Toi thay cach lam viec nhu vay la khong chap nhan duoc. De nghi cong ty xem lai, tra lai tien thu them va co loi xin loi.
Trieu Thi Lan - 0945 871 320
""")

add("c09", "owa", "complaint", "vi",
    C("Mai Thị Hồng Nhung", "+84703196845", "hongnhung.mai.1990@gmail.com"),
    note="Sent from a work mailbox but asks for replies only at the personal address in the body. Asks who saw her file, but the message is a complaint about a breach of her contact instructions.",
    from_name="Mai Thị Hồng Nhung", from_addr="nhung.mth@daiphatsteel.com.vn", to=SUPPORT,
    subject="Yêu cầu làm rõ việc chồng tôi biết tôi đi tư vấn ly hôn", subj_mode="B",
    date=D(2026, 4, 21, 7, 58, 30), cte="quoted-printable",
    text="""Gửi Công ty Thịnh Trí,

Ngày 15/04 tôi có buổi tư vấn riêng với luật sư của Công ty về việc ly hôn và chia tài sản. Tôi đã dặn rõ là chỉ liên lạc với tôi qua số di động.

Tối 20/04 chồng tôi nói có người của "văn phòng luật" gọi vào máy bàn ở nhà để hẹn tôi bổ sung giấy tờ, và chính anh ấy nghe máy. Số máy bàn này tôi chỉ ghi trong phiếu thông tin khách hàng, có ghi chú rõ "không gọi số này".

Việc này gây cho tôi rất nhiều rắc rối. Tôi đề nghị Công ty cho biết ai đã gọi, ai đã xem phiếu thông tin của tôi, và Công ty làm gì để việc này không lặp lại. Tôi cần câu trả lời bằng văn bản.

Vì lý do riêng, xin Công ty KHÔNG trả lời vào email công ty này mà chỉ gửi về email cá nhân của tôi: hongnhung.mai.1990@gmail.com

Mai Thị Hồng Nhung
Di động: 0703 196 845
""")

add("c10", "gmail", "complaint", "mixed",
    C("Nguyễn Minh Quân", "+84817406293", "jason.nguyen.au@gmail.com"),
    from_name="Jason Nguyen", from_addr="jason.nguyen.au@gmail.com", to=SUPPORT,
    subject="Bị charge 2 lần phí dịch thuật công chứng - need refund", subj_mode="Q",
    date=D(2026, 4, 30, 18, 40, 2), cte="quoted-printable",
    text="""Hi Thịnh Trí team,

Mình là Nguyễn Minh Quân (Jason), Việt kiều Úc. Tuần trước mình dùng dịch vụ dịch thuật công chứng của bên bạn cho bộ hồ sơ 6 documents (birth certificate, marriage certificate, bằng đại học...). Invoice là 2.350.000đ và mình đã thanh toán bằng thẻ Visa ngày 24/04.

Nhưng check statement thì thấy bị charge 2 lần cùng số tiền, cùng ngày. Mình gọi hotline 2 lần rồi, bạn nhân viên nói sẽ check và gọi lại nhưng tới giờ vẫn chưa thấy ai. Honestly khá disappointed, nhất là với một công ty làm về pháp lý.

Please refund khoản bị trùng trong tuần này và gửi mình confirmation qua email. Số VN của mình: 0817 406 293.

Thanks,
Jason
""")

add("c11", "owa", "complaint", "vi",
    C("Lâm Hữu Phước", "+84938257104", "huuphuoc.lam@hotmail.com", "112 Nguyễn Văn Cừ, Phường An Bình, TP. Cần Thơ"),
    from_name="Lâm Hữu Phước", from_addr="huuphuoc.lam@hotmail.com", to=SUPPORT,
    subject="Khiếu nại hồ sơ thành lập công ty trễ hẹn làm tôi lỡ gói thầu", subj_mode="B",
    date=D(2026, 4, 14, 9, 37, 16), cte="base64", html_only=True,
    text="""Kính gửi Công ty Thịnh Trí,

Ngày 02/03/2026 tôi ký hợp đồng với Công ty để thành lập công ty xây dựng, Công ty cam kết có giấy chứng nhận đăng ký doanh nghiệp trong 7 ngày làm việc. Thực tế hồ sơ bị trả về 2 lần vì ghi sai mã ngành nghề mà nhân viên không báo cho tôi biết, đến ngày 09/04 mới có giấy chứng nhận.

Vì chậm giấy tờ, công ty tôi không kịp nộp hồ sơ dự thầu gói xây dựng nhà lớp học đóng thầu ngày 30/03, thiệt hại rất lớn.

Tôi yêu cầu Công ty hoàn lại toàn bộ phí dịch vụ 6.500.000 đồng và có văn bản giải thích vì sao hồ sơ bị trả về mà không ai thông báo.

Lâm Hữu Phước
ĐT: 0938 257 104
Địa chỉ: 112 Nguyễn Văn Cừ, Phường An Bình, TP. Cần Thơ
""")

add("c12", "gmail", "complaint", "vi",
    C("Hoàng Thị Kiều Oanh", "+84862439071", "kieuoanh.hoang@gmail.com"),
    note="Demands takedown and asks where else her data was used, but the dominant intent is a complaint about unauthorised publication.",
    from_name="Hoàng Thị Kiều Oanh", from_addr="kieuoanh.hoang@gmail.com", to=SUPPORT,
    subject="Công ty đăng vụ việc của tôi lên Facebook khi chưa được phép", subj_mode="B",
    date=D(2026, 5, 4, 6, 55, 19), cte="quoted-printable", plain_only=True,
    text="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Hoàng Thị Kiều Oanh, khách hàng trong vụ tranh chấp quyền nuôi con mà Công ty đại diện năm 2025.

Tối 03/05/2026, fanpage của Công ty đăng bài "Hành trình giành lại quyền nuôi con của chị O. – giáo viên mầm non tại Phan Thiết", kèm ảnh bản án đã che tên nhưng vẫn đọc được số bản án, tên trường tôi dạy và ảnh hai mẹ con chụp từ phía sau. Đồng nghiệp và phụ huynh đã nhận ra tôi.

Tôi chưa bao giờ đồng ý cho Công ty dùng vụ việc của mình để quảng cáo. Tôi yêu cầu gỡ bài ngay trong hôm nay, xin lỗi bằng văn bản, và cho tôi biết Công ty còn dùng thông tin của tôi ở những chỗ nào khác.

Hoàng Thị Kiều Oanh
0862 439 071
""")


# ==========================================================================
# CORRECTION REQUESTS
# ==========================================================================

add("r01", "yahoo", "correction_request", "vi",
    C("Khúc Thị Lệ Quyên", "+84918530642", "khuclequyen.tdm@gmail.com"),
    note="New contact email in body differs from the From address.",
    from_name="Khúc Thị Lệ Quyên", from_addr="lequyen_khuc@yahoo.com", to=SUPPORT,
    subject="Đề nghị đổi email nhận thông báo hồ sơ", subj_mode="Q",
    date=D(2026, 3, 16, 8, 20, 37), cte="quoted-printable",
    text="""Kính gửi Công ty,

Tôi là Khúc Thị Lệ Quyên, đang được Công ty hỗ trợ thủ tục tách thửa đất tại Phường Thủ Dầu Một.

Hộp thư Yahoo này gần hết dung lượng và tôi hay bị sót thư. Từ nay xin Công ty gửi mọi thông báo, dự thảo văn bản và hóa đơn vào email mới của tôi: khuclequyen.tdm@gmail.com. Số điện thoại vẫn giữ nguyên là 0918 530 642.

Cảm ơn Công ty.
Khúc Thị Lệ Quyên
""")

add("r02", "gmail", "correction_request", "en",
    C("Thomas Becker", "+84907318554", "t.becker.saigon@gmx.de"),
    note="New contact email in body (written in mixed case) differs from the From address; label is lowercased.",
    from_name="Thomas Becker", from_addr="thomas.becker@rheinhold-vn.com", to=SUPPORT,
    subject="Please update my email address", date=D(2026, 5, 5, 12, 10, 29), cte="7bit",
    text="""Dear Thinh Tri team,

My assignment with Rheinhold Vietnam ends on 15 May and this mailbox will be closed shortly afterwards. As you are still handling the sale of my apartment in Thao Dien, please update your records and send everything from now on to my private address: T.Becker.Saigon@gmx.de

My mobile number 0907 318 554 remains unchanged.

Many thanks,
Thomas Becker
""")

add("r03", "gmail", "correction_request", "vi",
    C("Nguyen Van Thuan", None, "nguyenvanthuan.qn@gmail.com"),
    note="Misspelled variant 'Nguyen Van Thuam' also appears; no phone given.",
    from_name="Thuan Nguyen", from_addr="nguyenvanthuan.qn@gmail.com", to=SUPPORT,
    subject="sai ten trong du thao hop dong", date=D(2026, 3, 20, 12, 44, 3), cte="7bit",
    text="""Chao anh chi,
Em la Nguyen Van Thuan (Thuan, chu n o cuoi), ben mua trong hop dong chuyen nhuong dat o Quang Ngai ma cong ty dang soan giup.
Ban du thao gui hom qua ghi ten em la "Nguyen Van Thuam" o trang 1 va trang 4, nam sinh cung ghi 1991 trong khi dung la 1993.
Anh chi sua lai giup em truoc khi ra cong chung nha, sai ten thi sau nay khong sang ten duoc.
Em cam on.
""")

add("r04", "gmail", "correction_request", "mixed",
    C("Đặng Hải Yến", "+84398562174", "vicky.dang.hn@gmail.com", "Căn 1206, tòa B2, chung cư Hồ Tây Garden, 8 Xuân Diệu, Phường Tây Hồ, Hà Nội"),
    note="Old number 0909 721 836 also present; contact phone is the new one. The husband's name also appears.",
    from_name="Vicky Dang", from_addr="vicky.dang.hn@gmail.com", to=SUPPORT,
    subject="Update địa chỉ và số điện thoại mới", subj_mode="Q",
    date=D(2026, 4, 3, 10, 15, 50), cte="quoted-printable",
    text="""Hi anh chị,

Em là Đặng Hải Yến (Vicky), đang làm hồ sơ work permit cho chồng em (anh Marco Bellini) với team Immigration bên mình. Em vừa chuyển ra Hà Nội và đổi số nên nhờ anh chị update giúp em:

- New address: Căn 1206, tòa B2, chung cư Hồ Tây Garden, 8 Xuân Diệu, Phường Tây Hồ, Hà Nội
- New phone: 0398 562 174 (số cũ 0909 721 836 em không xài nữa)

Email vẫn giữ như cũ nha. Thanks anh chị!

Best,
Vicky
""")

add("r05", "iphone", "correction_request", "vi",
    C("Bế Thị Thu Sương", "+84376904152", "thusuong.be@icloud.com"),
    note="The 12-digit CCCD numbers (correct and wrong) are ID numbers, not phones; the date of birth also appears twice.",
    from_name="Bế Thị Thu Sương", from_addr="thusuong.be@icloud.com", to=SUPPORT,
    subject="Sửa ngày sinh và số CCCD trong hồ sơ", subj_mode="B",
    date=D(2026, 4, 10, 21, 5, 12), cte="quoted-printable", build="22E252",
    text="""Chào anh chị,

Em là Bế Thị Thu Sương, đang nhờ Công ty làm hồ sơ đăng ký kết hôn với người Nhật.

Trong tờ khai anh chị gửi em ký, ngày sinh của em bị ghi là 12/08/1995, đúng phải là 21/08/1995. Số CCCD cũng sai 2 số cuối, đúng là 020195004718 chứ không phải 020195004781.

Anh chị sửa lại giúp em trước khi nộp hồ sơ nhé. Có gì anh chị gọi em số 0376 904 152.

Em cảm ơn ạ.

Gửi từ iPhone của tôi
""")

add("r06", "outlook", "correction_request", "en",
    C("Emi Yamamoto", "+819044172385", "emi.tanaka@kizuna-consulting.jp"),
    note="From display still shows the old surname (Emi Tanaka); the sender's current name is Emi Yamamoto. Japanese mobile in E.164.",
    from_name="Emi Tanaka", from_addr="emi.tanaka@kizuna-consulting.jp", to=SUPPORT,
    subject="Change of name on your records", date=D(2026, 4, 17, 12, 20, 5, 9), cte="quoted-printable",
    attachments=[("passport_new_name.pdf", "application/pdf",
                  make_pdf(["PASSPORT - DATA PAGE (COPY)", "Surname: YAMAMOTO", "Given name: EMI",
                            "For identification purposes only"]))],
    text="""Dear Thinh Tri Legal,

I got married in March and have taken my husband's family name. Please update your client records for the trademark portfolio you manage for me from "Emi Tanaka" to "Emi Yamamoto". Our IT team will only change my email display name next week, so please don't be confused if my messages still appear under the old name.

All other details remain the same, including this email address and my mobile, +81 90 4417 2385. A copy of the data page of my new passport is attached for your reference.

Kind regards,
Emi Yamamoto
Kizuna Consulting K.K.
""")

add("r07", "owa", "correction_request", "vi",
    C("Thạch Minh Tài", "+84794162538", "thachminhtai@outlook.com", "42 Phạm Ngũ Lão, Phường Trà Vinh, tỉnh Vĩnh Long"),
    note="The wrong address (24 Phạm Ngũ Lão …) is also quoted; contact address is the corrected one.",
    from_name="Thạch Minh Tài", from_addr="thachminhtai@outlook.com", to=SUPPORT,
    subject="Điều chỉnh địa chỉ trong hợp đồng dịch vụ", subj_mode="Q",
    date=D(2026, 3, 30, 15, 33, 8), cte="quoted-printable",
    text="""Kính gửi Công ty Thịnh Trí,

Tôi là Thạch Minh Tài, khách hàng ký hợp đồng tư vấn thủ tục sang tên xe và đăng ký thường trú. Hợp đồng Công ty gửi ghi địa chỉ của tôi là "24 Phạm Ngũ Lão, Phường Trà Vinh, tỉnh Vĩnh Long", nhưng địa chỉ đúng là:

42 Phạm Ngũ Lão, Phường Trà Vinh, tỉnh Vĩnh Long

Nhờ Công ty sửa lại trong hợp đồng và hồ sơ khách hàng để giấy tờ gửi về không bị thất lạc.

Trân trọng,
Thạch Minh Tài
ĐT: 0794 162 538
""")

add("r08", "gmail", "correction_request", "vi",
    C("Vu Minh Quang", "+84915284307", "vuminhquang.work@gmail.com"),
    note="The address in the body is the OLD one being replaced; replies go to the From address, which the sender says is the new one.",
    from_name="Quang Vu", from_addr="vuminhquang.work@gmail.com", to=SUPPORT,
    subject="cap nhat email moi", date=D(2026, 5, 12, 9, 48, 21), cte="7bit",
    text="""Chao Thinh Tri,
Minh la Vu Minh Quang, khach hang dich vu quyet toan thue TNCN cua ben minh tu nam ngoai.
Email cu cua minh la quang.vm@saigonlogix.com.vn, minh nghi viec o cong ty do roi nen khong dung duoc nua. Tu nay ben minh gui thong bao, ho so qua email nay (email minh dang dung de gui thu nay) giup minh nhe.
So dien thoai van la 0915 284 307.
Thanks.
""")

_r09_firm = D(2026, 5, 4, 14, 5, 0)
add("r09", "gmail", "correction_request", "vi",
    C("Ha Hoang Son", "+84982617493", "hahoangson.dl@gmail.com"),
    note="Reply; quoted firm confirmation shows the wrong number 0982 671 493 and the hotline; contact phone is the corrected one. Name as the sender writes it.",
    from_name="Son Ha", from_addr="hahoangson.dl@gmail.com", to=INFO,
    subject="Xác nhận thông tin đăng ký tư vấn", subj_prefix="Re: ", subj_mode="Q",
    date=D(2026, 5, 4, 15, 20, 44), cte="quoted-printable", in_reply_to=firm_id("r09"),
    text="""Chao chi Thao,
So dien thoai trong phieu xac nhan bi nham roi chi. So dung cua anh la 0982 617 493, khong phai 0982 671 493. Chi sua lai giup anh de luat su goi dung so nhe. Ten va email thi dung roi.
Ha Hoang Son
""",
    quote=(gmail_attr_vi(_r09_firm, "Thịnh Trí Group <%s>" % INFO), [
        "Kính gửi anh Hà Hoàng Sơn,",
        "",
        "Công ty xác nhận đã tiếp nhận yêu cầu tư vấn của anh về tranh chấp hợp đồng đặt cọc mua đất tại Lâm Đồng với thông tin như sau:",
        "- Họ tên: Hà Hoàng Sơn",
        "- Điện thoại: 0982 671 493",
        "- Email: hahoangson.dl@gmail.com",
        "",
        "Luật sư phụ trách sẽ liên hệ anh trong 01 ngày làm việc. Nếu thông tin chưa chính xác, vui lòng phản hồi email này hoặc gọi hotline %s." % HOTLINE,
        "",
        "Trân trọng,",
        "Tạ Thu Thảo",
        FIRM_VI]))


# ==========================================================================
# DELETION REQUESTS
# ==========================================================================

add("e01", "thunderbird", "deletion_request", "en",
    C("Pieter van Dijk", None, "pieter.vandijk@ziggo.nl", "Prinsengracht 512-2, 1017 KH Amsterdam, The Netherlands"),
    note="The wife's name (Nguyễn Thị Thu Vân) also appears; the sender is Pieter van Dijk.",
    from_name="Pieter van Dijk", from_addr="pieter.vandijk@ziggo.nl", to=INFO,
    subject="Deletion of my records after the company dissolution", date=D(2026, 3, 11, 20, 14, 33, 1), cte="8bit",
    text="""Dear Sir or Madam,

Your firm handled the dissolution of Van Dijk Trading Vietnam Co., Ltd., which was completed in December 2025. I have since moved back to the Netherlands and have no further business in Vietnam.

I ask you to delete the following, as far as the law allows:
1. copies of my passport, my former temporary residence card and work permit;
2. my personal bank statements and tax finalisation documents;
3. the documents about my wife, Mrs. Nguyễn Thị Thu Vân, that were filed with the capital contribution papers.

For anything you must keep, please let me know what it is and until when. A short written confirmation at the end would be appreciated.

Yours faithfully,
Pieter van Dijk
Prinsengracht 512-2, 1017 KH Amsterdam, The Netherlands
""")

add("e02", "oe", "deletion_request", "vi",
    C("Nghiêm Thị Tuyết Mai", "+84913275648", "tuyetmai_nghiem@hn.vnn.vn"),
    note="Polite deletion request without the word 'xóa' ('hủy giúp các bản sao' = destroy the copies). Body is windows-1258 with combining tone marks; compare after NFC normalisation.",
    from_name="Nghiêm Thị Tuyết Mai", from_addr="tuyetmai_nghiem@hn.vnn.vn", to=INFO, pc="MAI-PC",
    subject="Về giấy tờ tôi gửi Công ty năm ngoái", date=D(2026, 3, 31, 8, 12, 50),
    text="""Kính gửi Công ty Thịnh Trí,

Tôi là Nghiêm Thị Tuyết Mai. Năm ngoái tôi có gửi Công ty bản sao sổ đỏ, giấy khai sinh của các con và giấy chứng tử của ông nhà tôi để hỏi về việc chia thừa kế. Nay các con tôi đã tự thống nhất được với nhau nên việc ấy không cần nữa.

Những giấy tờ ấy là chuyện riêng trong nhà, tôi không muốn để lại ở nơi khác. Kính mong Công ty hủy giúp các bản sao đó cùng những ghi chép về gia đình tôi, và thôi không gửi thư mời hội thảo cho tôi nữa.

Làm xong thì nhắn cho tôi một tin vào số 0913 275 648 là được.

Cảm ơn Công ty nhiều.
Nghiêm Thị Tuyết Mai
""")

add("e03", "gmail", "deletion_request", "vi",
    C("Tran Minh Khang", "+84764318920", "khangtran.1402@gmail.com"),
    note="Annoyed tone, but the request is removal of his number and email from the firm's lists.",
    from_name="Khang Tran", from_addr="khangtran.1402@gmail.com", to=INFO,
    subject="dung goi cho toi nua", date=D(2026, 4, 8, 13, 2, 9), cte="7bit", plain_only=True,
    text="""Toi da noi qua dien thoai 2 lan roi, toi khong co nhu cau thanh lap cong ty. De nghi xoa so 0764 318 920 va email nay khoi danh sach khach hang cua cong ty, dung goi dung nhan tin nua.
Tran Minh Khang
""")

add("e04", "gmail", "deletion_request", "mixed",
    C("Phạm Ngọc Bảo Hân", None, "bella.pham.design@gmail.com"),
    from_name="Bella Pham", from_addr="bella.pham.design@gmail.com", to=INFO,
    subject="Remove thông tin của em khỏi hệ thống", subj_mode="Q",
    date=D(2026, 4, 20, 23, 41, 15), cte="quoted-printable",
    text="""Hello anh chị,

Em là Phạm Ngọc Bảo Hân (Bella). Hồi tháng 3 em có ghé booth của Thịnh Trí ở Startup Day tại trường và điền form lucky draw, trong đó có tên, số điện thoại, email với ngày sinh.

Sau đó em bị add vào group Zalo và nhận newsletter liên tục. Em không phải khách hàng nên nhờ anh chị delete toàn bộ data của em từ form đó, remove em khỏi group và mailing list luôn ạ.

Thank you anh chị!
Bella
""")

add("e05", "owa", "deletion_request", "vi",
    C("Tôn Nữ Minh Thư", None, "minhthu.tonnu@outlook.com"),
    from_name="Tôn Nữ Minh Thư", from_addr="minhthu.tonnu@outlook.com", to=INFO,
    subject="Đề nghị xóa hồ sơ tư vấn và bản sao giấy tờ tùy thân", subj_mode="Q",
    date=D(2026, 5, 14, 10, 30, 27), cte="quoted-printable",
    text="""Kính gửi Bộ phận Chăm sóc khách hàng Công ty Thịnh Trí,

Tôi là Tôn Nữ Minh Thư. Tháng 9/2025 tôi sử dụng dịch vụ tư vấn của Công ty về việc chấm dứt hợp đồng lao động với công ty cũ; vụ việc đã kết thúc bằng thỏa thuận.

Căn cứ Luật Bảo vệ dữ liệu cá nhân, tôi đề nghị Công ty xóa các dữ liệu cá nhân của tôi mà Công ty đang lưu giữ, gồm: bản sao CCCD, hợp đồng lao động, bảng lương, biên bản làm việc và ghi chú của luật sư. Riêng hóa đơn, chứng từ thanh toán mà Công ty buộc phải lưu theo quy định kế toán thì tôi đồng ý để Công ty giữ lại.

Xin Công ty xác nhận kết quả qua email này.

Trân trọng,
Tôn Nữ Minh Thư
""")

add("e06", "gmail", "deletion_request", "vi",
    C("Luong Diem My", "+84356287410", "luongdiemmy.law@gmail.com"),
    note="Former job applicant; unlike a job application this asks the firm to delete her CV and personal data.",
    from_name="Diem My Luong", from_addr="luongdiemmy.law@gmail.com", to=INFO,
    subject="rut ho so ung tuyen va xoa CV", date=D(2026, 3, 27, 19, 26, 41), cte="7bit",
    text="""Kinh gui Phong Nhan su Cong ty Thinh Tri,
Em la Luong Diem My, thang 2/2026 em co nop CV ung tuyen vi tri Chuyen vien phap ly doanh nghiep va da phong van vong 1.
Hien em da nhan viec o noi khac nen xin rut ho so. Em de nghi cong ty xoa CV, bang diem, ban sao bang cu nhan va cac thong tin ca nhan em da gui, khong luu lai cho cac dot tuyen dung sau.
Em cam on anh chi va chuc cong ty som tuyen duoc nguoi phu hop.
Luong Diem My
0356 287 410
""")

_e07_firm = D(2026, 4, 28, 9, 0, 0)
add("e07", "gmail", "deletion_request", "en",
    C("Marcus Tan", None, "marcus.tan.sg@gmail.com"),
    note="Reply to the firm's newsletter; the quoted firm text (Vietnamese, with hotline and address) is not the sender's.",
    from_name="Marcus Tan", from_addr="marcus.tan.sg@gmail.com", to=INFO,
    subject="Thịnh Trí Legal Update - Tháng 4/2026", subj_prefix="Re: ", subj_mode="Q",
    date=D(2026, 4, 28, 12, 15, 49, 8), cte="quoted-printable", in_reply_to=firm_id("e07"),
    text="""Hi,

Please take me off this list and delete my details from your database. I met one of your lawyers at a networking event last year and we exchanged business cards, but I never signed up for a newsletter and I'm not a client.

Thanks,
Marcus Tan
""",
    quote=(gmail_attr_en(_e07_firm, "Thịnh Trí Group <%s>" % INFO), [
        "THỊNH TRÍ LEGAL UPDATE – THÁNG 4/2026",
        "",
        "1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp cần chuẩn bị gì?",
        "2. Thủ tục cấp giấy phép lao động cho người nước ngoài năm 2026.",
        "3. Lịch tư vấn miễn phí cho doanh nghiệp nhỏ tháng 5.",
        "",
        FIRM_VI,
        FIRM_ADDR,
        "Hotline: %s | thinhtrigroup.com" % HOTLINE,
        "Nếu không muốn tiếp tục nhận bản tin, vui lòng phản hồi email này."]))


# ==========================================================================
# ACCESS REQUESTS
# ==========================================================================

add("a01", "outlook", "access_request", "vi",
    C("Lữ Thị Thanh Xuân", "+84915406273", "xuan.lu@thanhxuanspa.vn", "18 Lê Thánh Tông, Phường Hồng Gai, tỉnh Quảng Ninh"),
    from_name="Lữ Thị Thanh Xuân", from_addr="xuan.lu@thanhxuanspa.vn", to=INFO,
    subject="Đề nghị cung cấp thông tin cá nhân Công ty đang lưu trữ", subj_mode="B",
    date=D(2026, 3, 13, 14, 50, 3), cte="base64",
    text="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Lữ Thị Thanh Xuân. Năm 2024 tôi có sử dụng dịch vụ của Công ty để đăng ký hộ kinh doanh spa và tư vấn một vụ tranh chấp với khách hàng.

Tôi đề nghị Công ty cho tôi biết hiện Công ty đang lưu giữ những thông tin cá nhân nào của tôi (giấy tờ tùy thân, hồ sơ vụ việc, ghi âm cuộc gọi nếu có), lưu từ khi nào, để làm gì, và gửi cho tôi một bản sao các thông tin đó.

Thông tin liên hệ của tôi:
Điện thoại: 0915 406 273
Địa chỉ: 18 Lê Thánh Tông, Phường Hồng Gai, tỉnh Quảng Ninh

Trân trọng,
Lữ Thị Thanh Xuân
""")

add("a02", "outlook", "access_request", "en",
    C("Laura Bianchi", "+842439345127", "laura.bianchi@venetomoda.vn"),
    from_name="Laura Bianchi", from_addr="laura.bianchi@venetomoda.vn", to=INFO,
    subject="Personal data request - Laura Bianchi", date=D(2026, 4, 2, 9, 12, 38), cte="quoted-printable",
    text="""Dear Thinh Tri Legal,

In 2024–2025 your firm acted for Veneto Moda Vietnam in a lease dispute, and I was the company's point of contact. I am writing now in my personal capacity.

Please let me know what personal data about me your firm currently holds – for example my ID documents, contact details, emails, call notes or meeting records – where it came from, and whether it has been shared with anyone outside the firm. I would also like an electronic copy of that data.

Thank you in advance.

Best regards,
Laura Bianchi
Country Manager, Veneto Moda Vietnam
Tel: (024) 3934 5127
""")

add("a03", "gmail", "access_request", "vi",
    C("Doan Van Hau", "+84827593146", "doanvanhau.kg@gmail.com"),
    from_name="Hau Doan", from_addr="doanvanhau.kg@gmail.com", to=INFO,
    subject="xin lai ghi am va ghi chu buoi tu van", date=D(2026, 3, 19, 20, 58, 26), cte="7bit",
    text="""Chao cong ty,
Toi la Doan Van Hau, so dt 0827 593 146. Thang 1/2026 toi co 2 cuoc tu van qua dien thoai voi luat su ben minh ve viec tranh chap dat voi anh ruot o Rach Gia. Nhan vien co noi cuoc goi duoc ghi am.
Toi de nghi cong ty cho toi biet cong ty dang luu nhung thong tin gi ve toi, va gui cho toi ban sao file ghi am, ghi chu cua luat su va phieu thong tin khach hang. Gui vao email nay la duoc.
Cam on.
""")

add("a04", "gmail", "access_request", "mixed",
    C("Lâm Gia Huy", "+84869427315", "ethan.lam.dev@gmail.com"),
    note="Asks what is held and with whom it was shared, explicitly without complaining — access request, not complaint.",
    from_name="Ethan Lam", from_addr="ethan.lam.dev@gmail.com", to=INFO,
    subject="Hỏi về data cá nhân bên mình đang lưu", subj_mode="B",
    date=D(2026, 5, 11, 22, 3, 57), cte="quoted-printable",
    text="""Hi anh chị,

Em là Lâm Gia Huy (Ethan), tháng 12 năm ngoái em có book một buổi consult online về employee stock option với bên mình.

Em đang dọn dẹp digital footprint nên muốn hỏi: hiện bên mình đang lưu những thông tin gì của em (form đăng ký, recording buổi call, notes của luật sư...), và có share cho bên thứ ba nào không, ví dụ CRM hay email marketing tool? Nếu được anh chị export giúp em một bản copy gửi qua email này nha.

Em không có complain gì đâu, chỉ muốn biết thôi ạ. Thanks anh chị!

Ethan
0869 427 315
""")

add("a05", "gmail", "access_request", "vi",
    C("Cù Thị Bảo Ngọc", "+84347815260", "baongoc.cu@gmail.com"),
    from_name="Cù Thị Bảo Ngọc", from_addr="baongoc.cu@gmail.com", to=SUPPORT,
    subject="Xin bản sao thông tin cá nhân Công ty còn lưu", subj_mode="B",
    date=D(2026, 5, 18, 8, 36, 12), cte="base64",
    text="""Kính gửi Công ty,

Tôi là Cù Thị Bảo Ngọc, năm 2025 Công ty đã hỗ trợ tôi thủ tục ly hôn đơn phương tại Tòa án ở Đắk Lắk.

Hiện tôi cần đối chiếu lại các thông tin đã khai trước đây. Tôi đề nghị Công ty cung cấp cho tôi bản sao toàn bộ thông tin cá nhân của tôi mà Công ty còn lưu: phiếu thông tin khách hàng, bản sao giấy tờ tôi đã nộp, các email trao đổi và biên bản làm việc.

Xin gửi bản điện tử qua email này. Nếu cần xác minh danh tính, Công ty có thể gọi tôi theo số 0347 815 260.

Trân trọng,
Cù Thị Bảo Ngọc
""")


# ==========================================================================
# UNKNOWN (human, not a customer request)
# ==========================================================================

add("u01", "owa", "unknown", "vi",
    C("Lã Thị Thu Hiền", "+84931846205", "hien.la@rankup-media.vn"),
    note="Cold SEO/advertising sales pitch to the firm; mentions collecting customer information but is not a request.",
    from_name="Lã Thị Thu Hiền", from_addr="hien.la@rankup-media.vn", to=INFO,
    subject="Tăng lượng khách tìm đến văn phòng luật nhờ SEO & Google Ads", subj_mode="B",
    date=D(2026, 3, 17, 9, 5, 33), cte="base64",
    text="""Kính chào Quý Công ty Luật,

Em là Lã Thị Thu Hiền, chuyên viên kinh doanh tại RankUp Media – đơn vị chuyên SEO và quảng cáo Google cho các lĩnh vực pháp lý, y tế, giáo dục.

Qua khảo sát nhanh, website thinhtrigroup.com hiện chưa lên trang nhất với các từ khóa như "luật sư ly hôn TP.HCM", "thành lập công ty trọn gói", trong khi các đơn vị cạnh tranh đang nhận hàng trăm cuộc gọi mỗi tháng từ Google.

RankUp đề xuất:
- Audit miễn phí website và báo cáo từ khóa;
- Gói SEO 6 tháng, cam kết top 5 cho 20 từ khóa chính;
- Tối ưu landing page, gắn form thu thập thông tin khách hàng tiềm năng.

Anh/chị cho em xin 15 phút để trao đổi nhé. Số của em: 0931 846 205 (Zalo).

Trân trọng,
Lã Thị Thu Hiền
RankUp Media
""")

add("u02", "gmail", "unknown", "vi",
    C("Thân Đức Mạnh", "+84388640927", "thanducmanh.luathn@gmail.com"),
    note="Internship application, not a customer request.",
    from_name="Thân Đức Mạnh", from_addr="thanducmanh.luathn@gmail.com", to=INFO,
    subject="Ứng tuyển Thực tập sinh pháp lý - Thân Đức Mạnh", subj_mode="Q",
    date=D(2026, 4, 6, 20, 11, 37), cte="quoted-printable",
    attachments=[("CV_ThanDucManh.pdf", "application/pdf",
                  make_pdf(["CURRICULUM VITAE", "Than Duc Manh", "Hanoi Law University - Economic Law",
                            "Internship: notary office, 6 months"]))],
    text="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em là Thân Đức Mạnh, sinh viên năm cuối ngành Luật Kinh tế, Trường Đại học Luật Hà Nội. Qua trang tuyển dụng của Công ty, em được biết Công ty đang tuyển thực tập sinh pháp lý cho văn phòng TP.HCM.

Em đã có 6 tháng thực tập tại một văn phòng công chứng và từng tham gia cuộc thi phiên tòa giả định cấp trường. Em có thể bắt đầu từ tháng 7/2026 và làm việc toàn thời gian.

Em xin gửi kèm CV. Rất mong có cơ hội được phỏng vấn.

Trân trọng,
Thân Đức Mạnh
SĐT: 0388 640 927
""")

add("u03", "plain", "unknown", "en",
    C("James Whitmore", None, "jwhitmore.counsel@outlook.com"),
    note="Cheque/escrow scam disguised as a debt-recovery engagement; asks for the firm's bank details.",
    from_name="James Whitmore", from_addr="jwhitmore.counsel@outlook.com", to=INFO,
    subject="Request for legal representation - debt recovery", date=D(2026, 3, 23, 3, 17, 52, 0), cte="7bit",
    text="""Good day Counsel,

I am James Whitmore, procurement director of Brightwell Industrial Supplies Ltd (UK). We are owed USD 386,500 by a customer in Binh Duong for machinery delivered in 2025, and they have agreed to settle once a local law firm acts as escrow agent.

We wish to retain your firm immediately. Your fee will be 10% of the recovered amount, deducted when the debtor's certified cheque is deposited into your firm's client account. Kindly reply with your engagement letter, your bank details and the full name of the attorney in charge so that we can instruct the debtor today.

This matter is urgent and strictly confidential.

Regards,
James Whitmore
Brightwell Industrial Supplies Ltd
""")

add("u04", "gmail", "unknown", "vi",
    C("Thao Vy Ngo", None, "ngothaovy.2k@gmail.com"),
    note="Bare acknowledgement, no clear intent; name only from From display.",
    from_name="Thao Vy Ngo", from_addr="ngothaovy.2k@gmail.com", to=INFO,
    subject="ket qua tra cuu nhan hieu", subj_prefix="Re: ",
    date=D(2026, 4, 24, 22, 49, 3), cte="7bit", in_reply_to=firm_id("u04"),
    text="""ok em nhan duoc r, cam on anh chi
""")

add("u05", "gmail", "unknown", "vi",
    C("Tang Thanh Binh", "+84972358016", "tangthanhbinh.printing@gmail.com"),
    note="Misdirected business message (a printing quote meant for someone else), not a request to the firm.",
    from_name="Tang Thanh Binh", from_addr="tangthanhbinh.printing@gmail.com", to=INFO,
    subject="bao gia in hop giay dot 2", date=D(2026, 5, 13, 7, 42, 18), cte="7bit",
    text="""Chi Lan oi,
Em gui chi bao gia in hop giay kraft dot 2 nhu hom truoc trao doi: 5.000 hop size 20x15x8, in 1 mau, gia 4.200d/hop, giao trong 10 ngay sau khi chot file. Neu lay 10.000 hop thi em giam con 3.800d/hop.
Chi xem roi bao em som de em xep lich may nha.
Tang Thanh Binh - 0972 358 016
""")

add("u06", "outlook", "unknown", "en",
    C("Hannah Cole", "+842871063385", "hannah.cole@lingobridge-translations.com"),
    note="Vendor sales pitch (translation agency) to the firm.",
    from_name="Hannah Cole", from_addr="hannah.cole@lingobridge-translations.com", to=INFO,
    subject="Certified legal translation partner for Thinh Tri", date=D(2026, 5, 20, 14, 5, 27), cte="7bit",
    text="""Dear Thinh Tri team,

I'm Hannah Cole, partnerships manager at LingoBridge Translations. We provide certified legal translation in 24 language pairs, including Vietnamese-English, Korean and Japanese, with sworn translators and 24-hour turnaround for court and immigration documents.

Several Ho Chi Minh City law firms already outsource their visa, work permit and marriage registration translations to us at a 20% partner discount. I'd love to send you our price list and set up a short call with whoever manages your immigration practice.

You can reach me directly on +84 28 7106 3385.

Best regards,
Hannah Cole
Partnerships Manager, LingoBridge Translations
""")


# ==========================================================================
# AUTOMATED (never answered; contact null)
# ==========================================================================

add("z01", "owa", "unknown", "mixed", None, automated=True,
    note="Out-of-office reply to the firm's webinar invitation; subject contains deletion/correction keywords and the phone belongs to a colleague.",
    from_name="Lại Thị Thanh Bình", from_addr="binh.lai@anphuocpharma.vn", to=INFO,
    subject='Trả lời tự động: Mời tham dự webinar "Quyền yêu cầu xóa, chỉnh sửa dữ liệu cá nhân của người lao động"',
    subj_mode="B", date=D(2026, 5, 4, 8, 1, 12), cte="quoted-printable", plain_only=True,
    in_reply_to=firm_id("z01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    text="""Kính chào,
Tôi đang đi công tác nước ngoài từ ngày 04/05 đến hết ngày 15/05/2026 và sẽ hạn chế kiểm tra email. Việc gấp xin liên hệ anh Tống Đức Hải - Phòng Nhân sự, điện thoại 0251 3823 906.

Dear Sender,
I am travelling on business from 4 to 15 May 2026 with limited access to email. For urgent matters, please contact Mr. Tong Duc Hai (HR Department), tel. 0251 3823 906.

Lại Thị Thanh Bình
Phó phòng Nhân sự - Công ty CP Dược An Phước
""")

add("z02", "plain", "unknown", "vi", None, automated=True,
    note="Subject looks like a human reply; only the Auto-Submitted header and the body reveal it is automatic.",
    from_name="Ban Quản lý Tòa nhà Sông Hàn Tower", from_addr="bql@songhantower.vn", to=INFO,
    subject="Đề nghị xác nhận lịch làm việc ngày 12/05", subj_prefix="Re: ", subj_mode="Q",
    date=D(2026, 5, 7, 16, 22, 40), cte="base64", in_reply_to=firm_id("z02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    text="""Kính gửi Quý khách,

Ban Quản lý đã nhận được thư của Quý khách. Đây là thư do hệ thống gửi tự động, vui lòng không trả lời thư này.

Yêu cầu của Quý khách sẽ được bộ phận phụ trách xử lý trong giờ hành chính (thứ Hai - thứ Sáu, 8h00 - 17h00). Trường hợp khẩn cấp xin gọi trực ban kỹ thuật: 0236 3568 214.

Ban Quản lý Tòa nhà Sông Hàn Tower
""")


def raw_z03():
    r = R("z03")
    dt = D(2026, 5, 5, 11, 46, 52)
    orig_dt = D(2026, 5, 5, 11, 46, 49)
    b = "----=_NextPart_%s_%s_%s" % (r.hex(3, True), r.hex(4, True), r.hex(8, True))
    qid = r.hex(10, True)
    rcpt = "caongocphuong@gmail.con"
    orig_text = """Kính gửi chị Cao Ngọc Phương,

Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã xóa thông tin liên hệ và hồ sơ tư vấn của chị khỏi hệ thống theo yêu cầu ngày 27/04/2026. Các chứng từ thanh toán được lưu theo quy định về kế toán và sẽ được hủy khi hết thời hạn lưu trữ.

Nếu cần hỗ trợ thêm, chị vui lòng liên hệ hotline %s.

Trân trọng,
Bộ phận Chăm sóc khách hàng
%s
""" % (HOTLINE, FIRM_VI)
    orig = "\n".join([
        "MIME-Version: 1.0",
        h_addr("From", "Thịnh Trí Group", SUPPORT, "Q"),
        "To: " + rcpt,
        h_subject("Xác nhận đã xử lý yêu cầu xóa dữ liệu cá nhân", "Q"),
        "Date: " + datestr(orig_dt),
        "Message-ID: " + firm_id("z03orig"),
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable"]) + "\n\n" + encode_body(orig_text, "quoted-printable")
    notif = """This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: Host or domain name not found. Name service error for
    name=gmail.con type=A: Host not found
""" % rcpt
    status = """Reporting-MTA: dns; mail.thinhtrigroup.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; support@thinhtrigroup.com
Arrival-Date: Tue,  5 May 2026 11:46:50 +0700 (+07)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmail.con type=A: Host not found
""" % (qid, rcpt, rcpt)
    hs = ["Return-Path: <>",
          "Date: " + datestr(dt),
          "From: MAILER-DAEMON@mail.thinhtrigroup.com (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender",
          "To: " + SUPPORT,
          "Message-ID: <%s.%s@mail.thinhtrigroup.com>" % (dt.strftime("%Y%m%d%H%M%S"), qid),
          "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0",
          'Content-Type: multipart/report; report-type="delivery-status";\n boundary="%s"' % b]
    body = mpart(b, [
        (['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit",
          "Content-Description: Notification"], notif),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        (["Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit",
          "Content-Description: Undelivered Message"], orig),
    ])
    return assemble(hs, body)


add("z03", "raw", "unknown", "en", None, automated=True,
    note="Bounce of the firm's own deletion confirmation; the embedded original talks about deleting personal data but is not customer text.",
    raw=raw_z03, date=D(2026, 5, 5, 11, 46, 52))


def raw_z04():
    r = R("z04")
    dt = D(2026, 4, 29, 14, 3, 41)
    rcpt = "ketoan.vinhhung@vinhhungfoods.com.vn"
    ms = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vinhhungfoods.onmicrosoft.com"
    srv = "SI2PR06MB%s.apcprd06.prod.outlook.com" % r.digits(4)
    b_rep = "_%s_" % r.hex(30, True)
    b_alt = "_%s_" % r.hex(30, True)
    subj = "Hồ sơ đăng ký nhãn hiệu - bổ sung tài liệu"
    text = """Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.


Diagnostic information for administrators:

Generating server: %s

%s
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Group?= <info@thinhtrigroup.com>
To: %s
Date: Wed, 29 Apr 2026 14:03:31 +0700
""" % (rcpt, srv, rcpt, rcpt)
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
            '<p><b><font color="#000066" size="3" face="Arial">Your message to %s couldn\'t be delivered.</font></b></p>\n'
            '<p><font size="2" face="Tahoma">%s wasn\'t found at vinhhungfoods.com.vn.</font></p>\n'
            '<p><font size="2" face="Tahoma">Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; '
            'Recipient not found by SMTP address lookup\'</font></p>\n</body>\n</html>\n') % (rcpt, rcpt.split("@")[0])
    alt = mpart(b_alt, [
        (['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit"], text),
        (['Content-Type: text/html; charset="us-ascii"', "Content-Transfer-Encoding: 7bit"], html)])
    status = """Reporting-MTA: dns;%s
Received-From-MTA: dns;mail.thinhtrigroup.com
Arrival-Date: Wed, 29 Apr 2026 07:03:35 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""" % (srv, rcpt)
    orig_text = """Kính gửi anh Vĩnh,

Để hoàn tất hồ sơ đăng ký nhãn hiệu "VĨNH HƯNG FOODS", đề nghị Quý công ty bổ sung giấy ủy quyền có chữ ký của người đại diện theo pháp luật và 10 mẫu nhãn hiệu in màu.

Mọi thắc mắc xin liên hệ hotline %s.

Trân trọng,
%s
""" % (HOTLINE, FIRM_VI)
    orig = "\n".join([
        "MIME-Version: 1.0",
        h_addr("From", "Thịnh Trí Group", INFO, "Q"),
        "To: " + rcpt,
        h_subject(subj, "Q", prefix="Re: "),
        "Date: Wed, 29 Apr 2026 14:03:31 +0700",
        "Message-ID: " + firm_id("z04orig"),
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: quoted-printable"]) + "\n\n" + encode_body(orig_text, "quoted-printable")
    hs = ["From: Microsoft Outlook <%s>" % ms,
          "To: " + INFO,
          "Date: " + datestr(dt.astimezone(timezone.utc)).replace("-0000", "+0000"),
          h_subject(subj, "B", prefix="Undeliverable: Re: "),
          "Message-ID: <%s@%s>" % (r.uuid(), srv),
          "MIME-Version: 1.0",
          'Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % b_rep,
          "X-MS-Exchange-Message-Is-Ndr:",
          "Content-Language: en-US"]
    body = mpart(b_rep, [
        (['Content-Type: multipart/alternative;\n boundary="%s"' % b_alt], alt),
        (["Content-Type: message/delivery-status"], status),
        (["Content-Type: message/rfc822"], orig)])
    return assemble(hs, body)


add("z04", "raw", "unknown", "en", None, automated=True,
    note="Exchange non-delivery report with no Auto-Submitted header; the embedded original is the firm's own mail.",
    raw=raw_z04, date=D(2026, 4, 29, 14, 3, 41))


def raw_z05():
    r = R("z05")
    dt = D(2026, 5, 15, 6, 30, 0)
    b = "----=_NextPart_%s_%s_%s" % (r.hex(3, True), r.hex(4, True), r.hex(8, True))
    uid = r.hex(6)
    text = """BẢN TIN PHÁP LÝ DOANH NGHIỆP - SỐ 18/2026

Kính gửi Quý độc giả,

Trong số này:
1. Hướng dẫn doanh nghiệp tiếp nhận và xử lý yêu cầu truy cập, chỉnh sửa, xóa dữ liệu cá nhân của khách hàng theo Luật Bảo vệ dữ liệu cá nhân.
2. Mẫu thông báo khi xảy ra sự cố lộ lọt dữ liệu cá nhân.
3. Khai giảng khóa "Nhân sự bảo vệ dữ liệu cá nhân" tháng 6/2026 - ưu đãi 20%% khi đăng ký trước 31/05.

Đọc toàn văn: https://phaplydoanhnghiep.vn/ban-tin/so-18-2026

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.
Cập nhật thông tin nhận tin: https://phaplydoanhnghiep.vn/tai-khoan?u=%s
Hủy đăng ký: https://phaplydoanhnghiep.vn/huy-dang-ky?u=%s
""" % (uid, uid)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin Pháp lý Doanh nghiệp số 18/2026</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1f3a5f;color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold;">BẢN TIN PHÁP LÝ DOANH NGHIỆP &ndash; SỐ 18/2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>Kính gửi Quý độc giả,</p>
<p>Trong số này:</p>
<p><b>1.</b> Hướng dẫn doanh nghiệp tiếp nhận và xử lý yêu cầu truy cập, chỉnh sửa, xóa dữ liệu cá nhân của khách hàng theo Luật Bảo vệ dữ liệu cá nhân.</p>
<p><b>2.</b> Mẫu thông báo khi xảy ra sự cố lộ lọt dữ liệu cá nhân.</p>
<p><b>3.</b> Khai giảng khóa &quot;Nhân sự bảo vệ dữ liệu cá nhân&quot; tháng 6/2026 &ndash; ưu đãi 20%% khi đăng ký trước 31/05.</p>
<p><a href="https://phaplydoanhnghiep.vn/ban-tin/so-18-2026" style="color:#1f3a5f;">Đọc toàn văn</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;">Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.<br>
<a href="https://phaplydoanhnghiep.vn/tai-khoan?u=%s" style="color:#888;">Cập nhật thông tin nhận tin</a> | <a href="https://phaplydoanhnghiep.vn/huy-dang-ky?u=%s" style="color:#888;">Hủy đăng ký</a></td></tr>
</table></td></tr></table>
</body></html>
""" % (uid, uid)
    hs = ["MIME-Version: 1.0",
          h_addr("From", "Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn", "Q"),
          "To: " + INFO,
          h_subject("Số 18/2026: Hướng dẫn xử lý yêu cầu xóa, chỉnh sửa dữ liệu cá nhân của khách hàng", "Q"),
          "Date: " + datestr(dt),
          "Message-ID: <%s.%s@phaplydoanhnghiep.vn>" % (r.hex(24), r.hex(8)),
          "List-Id: Ban tin Phap ly Doanh nghiep <bantin.phaplydoanhnghiep.vn>",
          "List-Unsubscribe: <https://phaplydoanhnghiep.vn/huy-dang-ky?u=%s>,\n <mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsubscribe-%s>" % (uid, uid),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Precedence: bulk",
          "X-Campaign-Id: bt-2026-18",
          'Content-Type: multipart/alternative;\n boundary="%s"' % b]
    body = mpart(b, [
        (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: base64"], encode_body(text, "base64")),
        (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: base64"], encode_body(html, "base64"))])
    return assemble(hs, body)


add("z05", "raw", "unknown", "vi", None, automated=True,
    note="Bulk newsletter; its topic is access/correction/deletion requests and it carries 'cập nhật thông tin' / 'hủy đăng ký' links.",
    raw=raw_z05, date=D(2026, 5, 15, 6, 30, 0))


def raw_z06():
    r = R("z06")
    dt = D(2026, 5, 19, 19, 0, 4, 8)
    b = "b1_%s" % r.hex(32)
    cid = r.hex(6)
    text = """Hi there,

Early-bird pricing for Vietnam LegalTech Summit 2026 (Ho Chi Minh City, 11-12 June) ends this Friday.

This year's tracks:
- AI in contract review and due diligence
- Data privacy compliance under Vietnam's new Personal Data Protection Law
- Practice management and client intake automation

Save 30% with code EARLY30: https://legaltechsummit.asia/register

Questions? Call our events team on +65 6812 4470.

You are receiving this email because you attended a previous LegalTech Summit event.
Update your details: https://legaltechsummit.asia/prefs?id=""" + cid + """
Unsubscribe: https://legaltechsummit.asia/unsub?id=""" + cid + "\n"
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;">\n'
            '<div style="max-width:620px;margin:0 auto;">\n'
            '<h2 style="color:#0b5cab;">Early-bird ends Friday</h2>\n'
            '<p>Early-bird pricing for <b>Vietnam LegalTech Summit 2026</b> (Ho Chi Minh City, 11&ndash;12 June) ends this Friday.</p>\n'
            '<ul><li>AI in contract review and due diligence</li>'
            '<li>Data privacy compliance under Vietnam&#39;s new Personal Data Protection Law</li>'
            '<li>Practice management and client intake automation</li></ul>\n'
            '<p><a href="https://legaltechsummit.asia/register" style="background:#0b5cab;color:#fff;padding:10px 18px;'
            'text-decoration:none;border-radius:4px;">Save 30%% with EARLY30</a></p>\n'
            '<p>Questions? Call our events team on +65 6812 4470.</p>\n'
            '<p style="font-size:11px;color:#777;">You are receiving this email because you attended a previous LegalTech Summit event.<br>'
            '<a href="https://legaltechsummit.asia/prefs?id=%s">Update your details</a> &middot; '
            '<a href="https://legaltechsummit.asia/unsub?id=%s">Unsubscribe</a></p>\n</div></body></html>\n') % (cid, cid)
    hs = ["MIME-Version: 1.0",
          'From: "Vietnam LegalTech Summit" <events@legaltechsummit.asia>',
          "To: " + INFO,
          fold_ascii("Subject: Last call: early-bird tickets for Vietnam LegalTech Summit 2026 end Friday"),
          "Date: " + datestr(dt),
          "Message-ID: <%s@mail.legaltechsummit.asia>" % r.uuid(),
          "List-Unsubscribe: <https://legaltechsummit.asia/unsub?id=%s>" % cid,
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Precedence: bulk",
          "Feedback-ID: lts2026:%s:campaign" % cid,
          'Content-Type: multipart/alternative;\n boundary="%s"' % b]
    body = mpart(b, [
        (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], encode_body(text, "quoted-printable")),
        (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], encode_body(html, "quoted-printable"))])
    return assemble(hs, body)


add("z06", "raw", "unknown", "en", None, automated=True,
    note="Bulk event marketing; mentions data privacy and has 'update your details' / 'unsubscribe' links.",
    raw=raw_z06, date=D(2026, 5, 19, 19, 0, 4, 8))


# ==========================================================================
# write everything
# ==========================================================================


def main():
    # chronological order, like mail arriving in a mailbox
    msgs = sorted(MESSAGES, key=lambda m: m["date"].astimezone(timezone.utc))
    assert len(msgs) == 60, len(msgs)
    for f in os.listdir(OUT):
        if f.startswith("x") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for i, m in enumerate(msgs, 1):
        name = "x%03d.eml" % i
        raw = BUILDERS[m["client"]](m)
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        for ln in data.split(b"\r\n"):
            assert len(ln) <= 998, (name, ln[:60])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = m["label"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(msgs), OUT))


if __name__ == "__main__":
    main()
