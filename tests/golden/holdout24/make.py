#!/usr/bin/env python3
"""Generate the h24 hold-out set: h24_001.eml ... h24_050.eml + labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
"""
import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import unicodedata
import uuid

from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.message import Message
from email import encoders
from email.utils import format_datetime

from msgs import MSGS as M1
from msgs2 import MSGS as M2

HERE = os.path.dirname(os.path.abspath(__file__))
FIRM = {
    "info": ("Thịnh Trí Group", "info@thinhtrigroup.com"),
    "support": ("Thịnh Trí Group", "support@thinhtrigroup.com"),
}

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# ---------------------------------------------------------------- encoding
def enc1258(s):
    """Encode text as windows-1258 the way old Windows mailers do:
    precomposed where the code page has it, otherwise base letter
    (with circumflex/breve/horn) + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += rest.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def encode_text(text, charset):
    if charset.lower() == "windows-1258":
        return enc1258(text)
    return text.encode(charset)


def ew_1258(text, enc="Q"):
    """RFC 2047 encoded words for windows-1258 (the stdlib codec cannot do
    decomposed Vietnamese, so the words are built by hand).  Words are
    split only after a space."""
    data = enc1258(text)
    words, chunk = [], b""
    limit = 30 if enc == "B" else 18
    for b in data:
        chunk += bytes([b])
        if len(chunk) >= limit and b == 0x20:
            words.append(chunk)
            chunk = b""
    if chunk:
        words.append(chunk)
    return " ".join(ew_bytes(w, "windows-1258", enc) for w in words)


def ew_bytes(w, charset, enc):
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(w).decode())
    q = "".join(
        chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122)
        else ("_" if c == 0x20 else "=%02X" % c)
        for c in w)
    return "=?%s?Q?%s?=" % (charset, q)


def hdr(text, enc="B", charset="utf-8", name=None):
    """A header value: plain if ASCII, otherwise RFC 2047."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    if charset.lower() == "windows-1258":
        return ew_1258(text, enc)
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "Q" else BASE64
    cs.body_encoding = None
    cs.input_charset = charset
    cs.output_charset = charset
    return Header(text, cs, header_name=name)


def addr(name, address, enc="B", charset="utf-8"):
    """Address header with the display name as ONE encoded word (names are
    short), so that display-name parsers cannot insert spurious spaces."""
    if not name:
        return address
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@:;"'):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        pass
    cs = "windows-1258" if charset.lower() == "windows-1258" else charset
    label = "UTF-8" if cs.lower() == "utf-8" else cs
    w = ew_bytes(encode_text(name, cs), label, enc)
    assert len(w) <= 75, (name, w)
    return "%s <%s>" % (w, address)


def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    data = encode_text(text, charset)
    p = MIMENonMultipart("text", subtype, charset=charset)
    if flowed:
        p.set_param("format", "flowed")
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        name = "base64"
    elif cte == "7bit":
        data.decode("ascii")  # must be ASCII
        payload = data.decode("ascii")
        name = "7bit"
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
        name = "8bit"
    else:
        raise ValueError(cte)
    del p["MIME-Version"]
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = name
    return p


# ---------------------------------------------------------------- html
def esc(s):
    return html.escape(s, quote=False)


def lines_of(text):
    return text.split("\n")


def html_gmail(body, quote=None):
    out = ['<div dir="ltr">']
    for l in lines_of(body.rstrip("\n")):
        out.append("<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>")
    out.append("</div>")
    h = "\n".join(out)
    if quote:
        q = "<br>\n".join(esc(l) for l in lines_of(quote["text"].rstrip("\n")))
        h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" '
              'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">\n%s\n</blockquote></div>' % (esc(quote["attr"]), q))
    return h + "\n"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="VI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(body, quote=None):
    out = [WORD_HEAD]
    for l in lines_of(body.rstrip("\n")):
        if l.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(l))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_owa(body, quote=None):
    out = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
           'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n']
    for l in lines_of(body.rstrip("\n")):
        out.append("<div>%s</div>\n" % esc(l) if l.strip() else "<div><br></div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def html_yahoo(body, quote=None):
    out = ['<html><head></head><body><div class="ydp5c1e8a3dyahoo-style-wrap" style="font-family:'
           'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">']
    for l in lines_of(body.rstrip("\n")):
        out.append('<div dir="ltr" data-setdir="false">%s</div>\n' % (esc(l) if l.strip() else "<br>"))
    out.append("</div></body></html>\n")
    return "".join(out)


def html_apple(body, quote=None):
    parts = []
    for l in lines_of(body.rstrip("\n")):
        parts.append(esc(l) if l.strip() else "")
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto"><div dir="ltr">' + "<br>".join(parts) + "</div>")
    if quote:
        q = "<br>".join(esc(l) for l in lines_of(quote["text"].rstrip("\n")))
        h += ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
              '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (esc(quote["attr"]), q))
    return h + "</body></html>\n"


HTML_STYLE = {
    "gmail": html_gmail, "outlook": html_outlook, "owa": html_owa,
    "yahoo": html_yahoo, "iphone": html_apple, "android": html_gmail,
}


# ---------------------------------------------------------------- client ids
def rnd_token(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid(r, upper=False):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


def client_bits(client, r, domain):
    """Message-ID, extra mailer headers, boundary factory."""
    if client in ("gmail", "android"):
        mid = "<CA%s@mail.gmail.com>" % rnd_token(r, 44)
        return mid, [], lambda: "0000000000" + rhex(r, 18)
    if client == "iphone":
        host = domain if domain in ("icloud.com", "me.com") else "gmail.com"
        mid = "<%s@%s>" % (ruuid(r, True), host)
        return mid, [("X-Mailer", "iPhone Mail (22D%d)" % r.randint(60, 99))], \
            lambda: "Apple-Mail-%s" % ruuid(r, True)
    if client == "outlook":
        mid = "<0000%s01dc%s$%s$%s@%s>" % (rhex(r, 4), rhex(r, 4), rhex(r, 8), rhex(r, 8), domain)
        return mid, [("X-Mailer", "Microsoft Outlook 16.0")], \
            lambda: "_000_%s_" % rhex(r, 30, True)
    if client == "owa":
        box = "SEZPR0%dMB%04d" % (r.randint(1, 6), r.randint(1000, 9999))
        mid = "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (box, rhex(r, 24, True), box, r.randint(1, 6))
        return mid, [], lambda: "_000_%s_" % rhex(r, 30, True)
    if client == "yahoo":
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7),
                                            r.randint(10**12, 10**13))
        return mid, [("X-Mailer", "WebService/1.1.%d YMailNorrin" % r.randint(20000, 25000))], \
            lambda: "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9),
                                            r.randint(10**12, 10**13))
    if client == "thunderbird":
        mid = "<%s@%s>" % (ruuid(r), domain)
        return mid, [("User-Agent", "Mozilla Thunderbird")], \
            lambda: "------------%s" % rnd_token(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if client == "oe":
        mid = "<%s$%s$%s@%s>" % (rhex(r, 12), rhex(r, 8), "0201a8c0", domain)
        return mid, [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                     ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                     ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")], \
            lambda: "----=_NextPart_000_%s_01DC%s.%s" % (rhex(r, 4, True), rhex(r, 4, True), rhex(r, 8, True))
    if client == "outlook_android":
        mid = "<%s@%s>" % (rnd_token(r, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "outlook.com")
        return mid, [], lambda: "_000_%s_" % rhex(r, 30, True)
    if client == "system":
        mid = "<%s.%s@%s>" % (rhex(r, 16), rhex(r, 8), domain)
        return mid, [], lambda: "----=_NextPart_%s_%s" % (rhex(r, 6, True), rhex(r, 8, True))
    raise ValueError(client)


# ---------------------------------------------------------------- building
def plain_with_quote(m):
    body = m["body"].rstrip("\n") + "\n"
    q = m.get("quote")
    if q:
        ql = "\n".join((">" + (" " + l if l else "")) for l in lines_of(q["text"].rstrip("\n")))
        body += "\n" + q["attr"] + "\n\n" + ql + "\n"
    return body


def attachment(fname, ctype, r):
    maintype, subtype = ctype.split("/")
    if ctype == "application/pdf":
        data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + bytes(r.getrandbits(8) for _ in range(300)) + b"\n%%EOF\n")
    elif ctype == "image/jpeg":
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(r.getrandbits(8) for _ in range(600)) + b"\xff\xd9"
    else:
        data = bytes(r.getrandbits(8) for _ in range(200))
    p = MIMEBase(maintype, subtype, name=fname)
    del p["MIME-Version"]
    p.set_payload(data)
    encoders.encode_base64(p)
    p["Content-Disposition"] = 'attachment; filename="%s"' % fname
    return p


def build_body(m, r, boundary):
    fmt = m.get("fmt", "alt")
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    client = m["client"]
    flowed = client == "thunderbird"
    if fmt == "raw":  # fully prebuilt (automated mail)
        return m["build"](m, r, boundary)
    plain = plain_with_quote(m)
    if fmt == "plain":
        root = text_part(plain, "plain", cs, cte, flowed)
    else:
        hstyle = m.get("hstyle", client)
        h = m.get("html") or HTML_STYLE[hstyle](m["body"], m.get("quote"))
        hcte = m.get("html_cte", cte)
        hp = text_part(h, "html", cs, hcte)
        if fmt == "html":
            root = hp
        else:
            root = MIMEMultipart("alternative", boundary=boundary())
            root.attach(text_part(plain, "plain", cs, cte, flowed))
            root.attach(hp)
            del root["MIME-Version"]
    atts = m.get("attach")
    if atts:
        mixed = MIMEMultipart("mixed", boundary=boundary())
        del mixed["MIME-Version"]
        for k in list(root.keys()):
            if k == "MIME-Version":
                del root[k]
        mixed.attach(root)
        for fname, ctype in atts:
            mixed.attach(attachment(fname, ctype, r))
        root = mixed
    return root


def make_message(m, idx):
    r = random.Random("h24-%d-%s" % (idx, m["from"][1]))
    name, address = m["from"]
    domain = m.get("mid_domain") or address.split("@")[1]
    mid, mailer, boundary = client_bits(m["client"], r, domain)
    if m.get("message_id"):
        mid = m["message_id"]
    body = build_body(m, r, boundary)
    hcs = m.get("hcharset", "utf-8")
    enc = m.get("henc", "B")
    y, mo, d, hh, mi, ss = m["date"]
    tz = dt.timezone(dt.timedelta(hours=m.get("tz", 7)))
    date = format_datetime(dt.datetime(y, mo, d, hh, mi, ss, tzinfo=tz))

    msg = Message()
    pre = m.get("pre_headers", [])
    for k, v in pre:
        msg[k] = v
    if not m.get("no_mime_first"):
        msg["MIME-Version"] = "1.0"
    msg["From"] = m.get("from_raw") or addr(name, address, enc, hcs)
    to = m.get("to", "info")
    if isinstance(to, str) and to in FIRM:
        tname, taddr = FIRM[to]
        msg["To"] = addr(tname, taddr, enc) if m.get("to_named") else taddr
    else:
        msg["To"] = to
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = hdr(m["subject"], m.get("senc", enc), hcs, "Subject")
    msg["Date"] = date
    msg["Message-ID"] = mid
    if m.get("reply"):
        ref = "<%s@thinhtrigroup.com>" % ruuid(r)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in mailer:
        msg[k] = v
    for k, v in m.get("headers", []):
        msg[k] = v
    if m.get("no_mime_first"):
        msg["MIME-Version"] = "1.0"
    # copy the content headers and payload of the built body
    for k, v in body.items():
        if k == "MIME-Version":
            continue
        msg[k] = v
    msg._payload = body._payload  # keep raw (8bit) payload untouched
    return msg


def main():
    msgs = list(M1) + list(M2)
    assert len(msgs) == 50, len(msgs)
    order = list(range(50))
    random.Random(2424).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        m = msgs[i]
        fname = "h24_%03d.eml" % n
        msg = make_message(m, n)
        data = msg.as_bytes()
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        lab = m["label"]
        entry = {
            "automated": bool(lab.get("automated", False)),
            "category": lab["category"],
            "contact": {
                "address": lab.get("address"),
                "email": lab["email"].lower() if lab.get("email") else None,
                "name": lab.get("name"),
                "phone": lab.get("phone"),
            },
            "language": lab["language"],
        }
        if lab.get("note"):
            entry["note"] = lab["note"]
        labels[fname] = entry
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
