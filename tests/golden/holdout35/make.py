#!/usr/bin/env python3
"""Build the h35 holdout set: h35_001.eml ... h35_050.eml + labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
Run:  python3 make.py          (writes files next to this script, then checks them)
"""
import base64
import datetime
import html
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import unicodedata
import zlib
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import msgs   # noqa: E402
import msgs2  # noqa: E402

FIRM_DOMAIN = "thinhtrigroup.com"
BOXES = {"info": "info@" + FIRM_DOMAIN, "support": "support@" + FIRM_DOMAIN}
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
CATEGORIES = {"service_request", "access_request", "correction_request",
              "deletion_request", "complaint", "unknown"}


# --------------------------------------------------------------------------- encoding helpers
def cp1258_bytes(text):
    """Encode NFC Vietnamese text the way old Windows clients do: base letter + combining tone."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tones = "".join(c for c in d if c in TONES)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def to_bytes(text, charset):
    if charset.lower() == "windows-1258":
        return cp1258_bytes(text)
    return text.encode("utf-8")


def _q_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif c.isalnum() and x < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def encoded_words(s, charset="UTF-8", enc="B"):
    """RFC 2047 encoded words (each <= 75 chars), split on character boundaries."""
    words, cur = [], b""
    overhead = len("=?%s?%s?" % (charset, enc)) + 2

    def enc_len(b):
        return len(_q_bytes(b)) if enc == "Q" else 4 * ((len(b) + 2) // 3)

    def emit(b):
        body = _q_bytes(b) if enc == "Q" else base64.b64encode(b).decode("ascii")
        words.append("=?%s?%s?%s?=" % (charset, enc, body))

    for ch in s:
        cb = to_bytes(ch, charset)
        if cur and enc_len(cur + cb) + overhead > 75:
            emit(cur)
            cur = b""
        cur += cb
    if cur:
        emit(cur)
    return words


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


PREFIXES = ("Re: ", "RE: ", "Fwd: ", "FW: ", "Automatic reply: ", "Trả lời tự động: ")


def enc_subject(s, charset, enc):
    if is_ascii(s):
        return s
    prefix = ""
    for p in PREFIXES:
        if s.startswith(p) and is_ascii(p):
            prefix, s = p, s[len(p):]
            break
    return prefix + "\n ".join(encoded_words(s, charset, enc))


def enc_addr(name, addr, charset="UTF-8", enc="B"):
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    words = encoded_words(name, charset, enc)
    line = " ".join(words)
    if len(line) + len(addr) + 9 > 76 or len(words) > 1:
        return "\n ".join(words) + "\n <%s>" % addr
    return "%s <%s>" % (line, addr)


# --------------------------------------------------------------------------- ids, boundaries
def rnd_str(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def message_id(rng, client, addr):
    dom = addr.split("@")[1]
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % rnd_str(rng, 44, B64ISH + "_-=+")
    if client == "iphone":
        u = rnd_str(rng, 32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if client in ("outlook", "oe"):
        host = dom if client == "outlook" else rnd_str(rng, 6, "ABCDEFGHKLMNPQRSTUVWXYZ") + "-PC"
        return "<%s01dc%s$%s$%s@%s>" % (rnd_str(rng, 4, HEX), rnd_str(rng, 6, HEX),
                                        rnd_str(rng, 8, HEX), rnd_str(rng, 8, HEX), host)
    if client == "owa":
        srv = "SI2PR0%dMB%d" % (rng.randint(1, 6), rng.randint(1000, 9999))
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (
            srv, rnd_str(rng, 28, "0123456789ABCDEF"), srv, rng.randint(1, 6))
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                             rng.randint(10 ** 12, 10 ** 13))
    u = rnd_str(rng, 32, HEX)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def boundary(rng, client):
    if client == "gmail":
        return "0000000000" + rnd_str(rng, 18, HEX)
    if client in ("outlook", "owa"):
        return "_000_" + rnd_str(rng, 30, "0123456789ABCDEF") + "_"
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9),
                                        rng.randint(10 ** 12, 10 ** 13))
    return "----=_NextPart_%s_%s_%s" % (rnd_str(rng, 3, "0123456789ABCDEF"),
                                        rnd_str(rng, 4, "0123456789ABCDEF"),
                                        rnd_str(rng, 8, "0123456789ABCDEF"))


def firm_msgid(rng):
    u = rnd_str(rng, 32, HEX)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], FIRM_DOMAIN)


# --------------------------------------------------------------------------- attachments
def tiny_pdf(title):
    text = title.encode("latin-1", "replace")
    stream = b"BT /F1 14 Tf 72 770 Td (" + text + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def tiny_png(w=96, h=64, seed=1):
    rng = random.Random(seed)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            v = 235 if (y // 8) % 2 else 245
            if 10 < x < w - 10 and y % 8 == 3 and rng.random() < 0.8:
                v = 60
            raw += bytes((v, v, v))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- parts
def text_part(text, subtype, charset, cte, flowed=False, order="ct_first"):
    p = Message()
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += '; format="flowed"'
    data = to_bytes(text, charset)
    if cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    if order == "cte_first":
        p["Content-Transfer-Encoding"] = cte
        p["Content-Type"] = ct
    else:
        p["Content-Type"] = ct
        p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def attachment_part(name, ctype, data):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, name)
    p["Content-Disposition"] = 'attachment; filename="%s"' % name
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def esc(line):
    return html.escape(line, quote=False)


# --------------------------------------------------------------------------- plain / html rendering
def plain_text(spec):
    body = spec["body"].strip("\n")
    q = spec.get("quote")
    if not q:
        return body + "\n"
    style = q["style"]
    if style == "prefix":
        ql = "\n".join(("> " + l) if l else ">" for l in q["text"].strip("\n").split("\n"))
        return body + "\n\n" + q["intro"] + "\n\n" + ql + "\n"
    if style == "outlook":
        return (body + "\n\n________________________________\n" + "\n".join(q["header"]) + "\n\n"
                + q["text"].strip("\n") + "\n")
    if style == "forward":
        return (body + "\n\n---------- Forwarded message ---------\n" + "\n".join(q["header"]) + "\n\n"
                + q["text"].strip("\n") + "\n")
    raise ValueError(style)


def html_lines(text, client):
    lines = text.strip("\n").split("\n")
    if client == "gmail":
        return "\n".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in lines)
    if client == "outlook":
        return "\n".join(('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l)) if l.strip()
                         else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for l in lines)
    if client == "yahoo":
        return "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>")
                         for l in lines)
    # owa & generic
    return "<br>\n".join(esc(l) for l in lines)


def html_doc(spec):
    client = spec["client"]
    body = html_lines(spec["body"], client)
    q = spec.get("quote")
    qhtml = ""
    if q:
        if q["style"] == "prefix":
            qtext = "<br>\n".join(esc(l) for l in q["text"].strip("\n").split("\n"))
            qhtml = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>' % (esc(q["intro"]), qtext))
        elif q["style"] == "forward":
            hdr = "<br>\n".join(esc(l) for l in q["header"])
            qtext = "<br>\n".join(esc(l) for l in q["text"].strip("\n").split("\n"))
            qhtml = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     '---------- Forwarded message ---------<br>\n%s<br></div><br><br>\n<div dir="ltr">%s</div></div>'
                     % (hdr, qtext))
        else:  # outlook
            hdr = "<br>\n".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1]))
                                for l in q["header"])
            qtext = "<br>\n".join(esc(l) for l in q["text"].strip("\n").split("\n"))
            qhtml = ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                     '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                     '<div>&nbsp;</div></div>\n<div>%s</div>' % (hdr, qtext))
    if client == "gmail":
        out = '<div dir="ltr">%s</div>' % body
        if qhtml:
            out += "<br>\n" + qhtml
        return out + "\n"
    if client == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",'
                'sans-serif;}\n--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
                % (body, qhtml))
    if client == "yahoo":
        return ('<html><head></head><body><div class="ydp3c8e1b2fyahoo-style-wrap" style="font-family:Helvetica '
                'Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div>%s</body></html>\n' % (body, qhtml))
    # owa / generic
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, '
            'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n%s</body>\n</html>\n' % (body, qhtml))


# --------------------------------------------------------------------------- message assembly
CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "iphone": [("X-Mailer", "iPhone Mail (22E240)")],
    "yahoo": [("X-Mailer", "WebService/1.1.25247 YMailNorrin")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "oe": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
}


def when(spec):
    d = datetime.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S")
    tz = spec.get("tz", "+07:00")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[4:6])) * sign
    return format_datetime(d.replace(tzinfo=datetime.timezone(off)))


def base_headers(m, spec, rng):
    charset_h = "windows-1258" if spec.get("charset", "utf-8").lower() == "windows-1258" else "UTF-8"
    henc = spec.get("henc", "B")
    m["MIME-Version"] = "1.0"
    name, addr = spec["frm"]
    m["From"] = enc_addr(name, addr, charset_h, henc)
    to = spec.get("to", "info")
    if isinstance(to, (list, tuple)):
        m["To"] = enc_addr(to[0], to[1], "UTF-8", "B")
    else:
        m["To"] = BOXES.get(to, to)
    m["Subject"] = enc_subject(spec["subject"], charset_h, henc)
    m["Date"] = when(spec)
    m["Message-ID"] = message_id(rng, spec["client"], addr)
    if spec.get("reply"):
        fid = firm_msgid(rng)
        m["In-Reply-To"] = fid
        m["References"] = fid
    for k, v in CLIENT_HEADERS.get(spec["client"], []):
        m[k] = v
    for k, v in spec.get("extra", []):
        m[k] = v


def attach_payload(a, idx):
    if a["type"] == "application/pdf":
        return tiny_pdf(a.get("title", a["name"]))
    if a["type"] == "image/png":
        return tiny_png(seed=idx)
    raise ValueError(a["type"])


def build(spec):
    idx = spec["id"]
    rng = random.Random(35000 + idx)
    if spec.get("kind") == "bounce":
        return build_bounce(spec, rng)
    client = spec["client"]
    charset = spec.get("charset", "utf-8")
    cs_label = "UTF-8" if (client == "gmail" and charset == "utf-8") else charset
    cte = spec["cte"]
    fmt = spec["fmt"]
    order = "cte_first" if client == "gmail" else "ct_first"
    plain = spec.get("plain_override") or plain_text(spec)
    m = Message()
    base_headers(m, spec, rng)

    def alt():
        a = Message()
        a["Content-Type"] = 'multipart/alternative; boundary="%s"' % boundary(rng, client)
        hdoc = spec.get("html_override") or html_doc(spec)
        a.set_payload([text_part(plain, "plain", cs_label, cte, order=order),
                       text_part(hdoc, "html", cs_label, cte, order=order)])
        return a

    if fmt == "plain":
        tp = text_part(plain, "plain", cs_label, cte, flowed=spec.get("flowed", False), order=order)
        for k in ("Content-Type", "Content-Transfer-Encoding"):
            m[k] = tp[k]
        m.set_payload(tp._payload)  # raw (may hold 8bit surrogates)
    elif fmt == "html":
        tp = text_part(spec.get("html_override") or html_doc(spec), "html", cs_label, cte, order=order)
        for k in ("Content-Type", "Content-Transfer-Encoding"):
            m[k] = tp[k]
        m.set_payload(tp._payload)  # raw (may hold 8bit surrogates)
    elif fmt == "alt":
        a = alt()
        m["Content-Type"] = a["Content-Type"]
        m.set_payload(a.get_payload())
    elif fmt == "mixed":
        m["Content-Type"] = 'multipart/mixed; boundary="%s"' % boundary(rng, client)
        at = spec["attach"]
        m.set_payload([alt(), attachment_part(at["name"], at["type"], attach_payload(at, idx))])
    else:
        raise ValueError(fmt)
    return m


def build_bounce(spec, rng):
    m = Message()
    m["Return-Path"] = "<>"
    m["Date"] = when(spec)
    m["From"] = "MAILER-DAEMON@mail.%s (Mail Delivery System)" % FIRM_DOMAIN
    m["Subject"] = spec["subject"]
    m["To"] = BOXES[spec.get("to", "info")]
    m["Message-ID"] = "<%s.%s@mail.%s>" % (spec["date"].replace("-", "").replace(" ", "").replace(":", ""),
                                           rnd_str(rng, 10, "0123456789ABCDEF"), FIRM_DOMAIN)
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = 'multipart/report; report-type="delivery-status";\n boundary="%s"' % boundary(rng, "x")
    note = text_part(spec["notice"], "plain", "us-ascii", "7bit")
    note["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in spec["dsn"]:
        b = Message()
        for k, v in blk:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    o = spec["original"]
    orig = Message()
    orig["MIME-Version"] = "1.0"
    orig["From"] = enc_addr(o["from"][0], o["from"][1], "UTF-8", "Q")
    orig["To"] = o["to"]
    orig["Subject"] = enc_subject(o["subject"], "UTF-8", "Q")
    orig["Date"] = when({"date": o["date"]})
    orig["Message-ID"] = firm_msgid(rng)
    tp = text_part(o["body"].strip("\n") + "\n", "plain", "utf-8", "quoted-printable")
    orig["Content-Type"] = tp["Content-Type"]
    orig["Content-Transfer-Encoding"] = tp["Content-Transfer-Encoding"]
    orig.set_payload(tp.get_payload())
    rp = Message()
    rp["Content-Type"] = "message/rfc822"
    rp["Content-Transfer-Encoding"] = "8bit"
    rp["Content-Description"] = "Undelivered Message"
    rp.set_payload([orig])
    m.set_payload([note, ds, rp])
    return m


def serialize(m):
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False, maxheaderlen=0).flatten(m, linesep="\r\n")
    return b.getvalue()


# --------------------------------------------------------------------------- checking
def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold().strip()


def decoded_haystack(raw):
    import email
    from email import policy
    from email.header import decode_header, make_header
    m = email.message_from_bytes(raw, policy=policy.compat32)
    chunks = []
    for h in ("From", "Subject"):
        if m[h]:
            chunks.append(str(make_header(decode_header(m[h]))))
    for p in m.walk():
        if p.get_content_maintype() != "text":
            continue
        data = p.get_payload(decode=True) or b""
        cs = p.get_content_charset() or "us-ascii"
        t = data.decode(cs)
        if p.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        chunks.append(t)
    return m, unicodedata.normalize("NFC", "\n".join(chunks))


def phone_candidates(text):
    out = set()
    for mt in re.finditer(r"\+?\(?\d[\d \t.\-()\u00a0]{6,20}\d", text):
        d = re.sub(r"\D", "", mt.group(0))
        if d.startswith("84") and len(d) >= 10:
            out.add("+" + d)
        elif d.startswith("0"):
            out.add("+84" + d[1:])
    return out


def check(names_labels):
    import email
    from email import policy
    problems = []
    for fn, lab in names_labels.items():
        raw = open(os.path.join(HERE, fn), "rb").read()
        m2 = email.message_from_bytes(raw, policy=policy.default)
        for part in m2.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # must decode
        if m2.defects:
            problems.append((fn, "defects %r" % m2.defects))
        m, hay = decoded_haystack(raw)
        fh = fold(hay)
        if lab["category"] not in CATEGORIES:
            problems.append((fn, "bad category"))
        if lab["language"] not in ("vi", "en", "mixed"):
            problems.append((fn, "bad language"))
        c = lab["contact"]
        if lab["automated"]:
            if any(c.values()) or lab["category"] != "unknown":
                problems.append((fn, "automated mail must be unknown with null contact"))
            continue
        for k in ("name", "email", "address"):
            v = c[k]
            if v is None:
                continue
            if k == "email" and v != v.lower():
                problems.append((fn, "email not lowercase"))
            if fold(v) not in fh:
                problems.append((fn, "%s %r not found" % (k, v)))
        if c["phone"] is not None:
            if not re.fullmatch(r"\+\d{9,14}", c["phone"]):
                problems.append((fn, "phone not E.164"))
            if c["phone"] not in phone_candidates(hay):
                problems.append((fn, "phone %s not found" % c["phone"]))
        if not c["email"]:
            problems.append((fn, "human mail without email"))
    return problems


# --------------------------------------------------------------------------- main
def main():
    specs = msgs.MSGS + msgs2.MSGS
    ids = [s["id"] for s in specs]
    assert sorted(ids) == list(range(1, 51)), sorted(ids)
    labels = {}
    for s in sorted(specs, key=lambda x: x["id"]):
        fn = "h35_%03d.eml" % s["id"]
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(serialize(build(s)))
        lab = dict(s["label"])
        lab["contact"] = dict(lab["contact"])
        if lab.get("note") is None:
            lab.pop("note", None)
        labels[fn] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

    problems = check(labels)
    for p in problems:
        print("PROBLEM", *p)
    from collections import Counter
    print("messages:", len(labels))
    print("categories:", dict(Counter(v["category"] for v in labels.values())))
    print("languages:", dict(Counter(v["language"] for v in labels.values())))
    print("automated:", sum(v["automated"] for v in labels.values()))
    print("OK" if not problems else "%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
