#!/usr/bin/env python3
"""Build the h37 hold-out set: h37_001.eml ... h37_050.eml and labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
Run:  python3 make.py
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import sys
import unicodedata
from email import charset as email_charset
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.policy import compat32
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as MSGS1  # noqa: E402
from msgs2 import MSGS as MSGS2  # noqa: E402

FIRM_DOMAIN = "thinhtrigroup.com"
ADDR = {"info": "info@" + FIRM_DOMAIN, "support": "support@" + FIRM_DOMAIN}
POLICY = compat32.clone(linesep="\n", max_line_length=78)


# ----------------------------------------------------------------- helpers
def rng_for(key):
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest()[:12], 16))


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258_text(s):
    """Vietnamese text as Outlook Express writes it in windows-1258: use a
    precomposed cp1258 letter where one exists, otherwise base letter (with
    circumflex/breve/horn composed) followed by a combining tone mark."""
    out = []
    d = unicodedata.normalize("NFD", s)
    i = 0
    while i < len(d):
        base = d[i]
        j = i + 1
        marks = []
        while j < len(d) and unicodedata.combining(d[j]):
            marks.append(d[j])
            j += 1
        cluster = unicodedata.normalize("NFC", base + "".join(marks))
        try:
            cluster.encode("cp1258")
            out.append(cluster)
        except UnicodeEncodeError:
            mods = [m for m in marks if m not in TONES]
            tones = [m for m in marks if m in TONES]
            b = unicodedata.normalize("NFC", base + "".join(mods))
            b.encode("cp1258")  # must work
            out.append(b + "".join(tones))
        i = j
    r = "".join(out)
    r.encode("cp1258")
    return r


def codec_text(text, charset):
    if charset.lower() == "windows-1258":
        return to_cp1258_text(text).encode("cp1258")
    return text.encode(charset)


def hdr_charset(charset, enc):
    cs = Charset(charset)
    cs.header_encoding = email_charset.BASE64 if enc == "B" else email_charset.QP
    return cs


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(text, charset, enc):
    if charset.lower() == "windows-1258":
        text = to_cp1258_text(text)
    return text


def make_addr_header(name, addr, charset="utf-8", enc="B", header_name="From"):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.;:()"') and not name.startswith('"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    h = Header(header_name=header_name)
    h.append(enc_words(name, charset, enc), hdr_charset(charset, enc))
    h.append(" <%s>" % addr, "us-ascii")
    return h


def make_subject(subject, charset="utf-8", enc="B"):
    if is_ascii(subject):
        return subject
    h = Header(header_name="Subject")
    prefix = ""
    for p in ("Re: ", "RE: ", "FW: ", "Fwd: ", "Automatic reply: "):
        if subject.startswith(p) and not is_ascii(subject[len(p):]):
            prefix = p
            break
    if prefix:
        h.append(prefix.rstrip(), "us-ascii")
        subject = subject[len(prefix):]
    h.append(enc_words(subject, charset, enc), hdr_charset(charset, enc))
    return h


def text_part(text, subtype, charset, cte, order="ct_first", extra=None):
    raw = codec_text(text, charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # assert
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p = Message()
    ctype = 'text/%s; charset="%s"' % (subtype, charset)
    if extra:
        ctype += extra
    if order == "cte_first":
        p["Content-Transfer-Encoding"] = cte
        p["Content-Type"] = ctype
    else:
        p["Content-Type"] = ctype
        p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def boundary_for(client, r):
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    HX = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    if client == "gmail":
        return "0000000000" + hx(18)
    if client in ("outlook", "owa"):
        return "_000_" + HX(30) + "_"
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(10**8, 10**9),
                                          r.randint(10**12, 10**13))
    if client == "apple":
        return "Apple-Mail=_" + HX(8) + "-" + HX(4) + "-" + HX(4) + "-" + HX(4) + "-" + HX(12)
    return "----=_NextPart_%s_%s_%s" % (HX(3), HX(4), HX(8))


def message_id(client, r, from_addr):
    dom = from_addr.split("@")[1]
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    rs = lambda n, a=al: "".join(r.choice(a) for _ in range(n))
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % rs(44, al + "_-+=")
    if client == "outlook":
        return "<0000%s$%s$%s@%s>" % (hx(10), hx(8), hx(8), dom)
    if client == "owa":
        srv = "SG2PR0%dMB%d" % (r.randint(1, 6), r.randint(1000, 9999))
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (srv, rs(24, "0123456789ABCDEF"), srv,
                                                         r.randint(1, 6))
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7),
                                              r.randint(10**12, 10**13))
    if client in ("iphone", "apple"):
        u = hx(32).upper()
        return "<%s-%s-%s-%s-%s@icloud.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
    if client == "oe":
        return "<%s$%s$%s@%s>" % (hx(12), hx(8), "0201a8c0", rs(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "-PC")
    u = hx(32)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def firm_msgid(r):
    u = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], FIRM_DOMAIN)


# ----------------------------------------------------------------- HTML
def _lines_to_blocks(text):
    """Split plain text into (kind, lines) blocks: 'q' for quoted, 't' for text."""
    blocks = []
    for line in text.split("\n"):
        kind = "q" if line.startswith(">") else "t"
        if kind == "q":
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(line)
        else:
            blocks.append((kind, [line]))
    return blocks


def _div_lines(lines, tag="div", cls=""):
    out = []
    for ln in lines:
        if ln.strip() == "":
            out.append("<%s%s><br></%s>" % (tag, cls, tag))
        else:
            out.append("<%s%s>%s</%s>" % (tag, cls, html.escape(ln, quote=False), tag))
    return "\n".join(out)


def to_html(text, client):
    text = text.rstrip("\n")
    blocks = _lines_to_blocks(text)
    if client == "gmail":
        parts = []
        for kind, lines in blocks:
            if kind == "t":
                parts.append(_div_lines(lines))
            else:
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                             + _div_lines(lines) + "</blockquote>")
        return '<div dir="ltr">' + "\n".join(parts) + "</div>\n"
    if client == "outlook":
        head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
        body = []
        for kind, lines in blocks:
            for ln in lines:
                if ln.strip() == "":
                    body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                else:
                    body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(ln, quote=False))
        return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    if client == "owa":
        head = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
                'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n')
        body = []
        for kind, lines in blocks:
            body.append(_div_lines(lines))
        return head + "\n".join(body) + "\n</div>\n</body>\n</html>\n"
    if client == "yahoo":
        body = []
        for kind, lines in blocks:
            body.append(_div_lines(lines, "div", ' dir="ltr" data-setdir="false"'))
        return ('<html><head></head><body><div class="ydp3c9b1e7ayahoo-style-wrap" style="font-family:'
                'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + "\n".join(body) + "</div></body></html>\n")
    if client == "apple":
        body = []
        for kind, lines in blocks:
            if kind == "t":
                body.append(_div_lines(lines))
            else:
                body.append('<blockquote type="cite">' + _div_lines(lines) + "</blockquote>")
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + "\n".join(body) + "</body></html>\n")
    # generic
    return "<html><body>\n" + "\n".join(_div_lines(l) for k, l in blocks) + "\n</body></html>\n"


# ----------------------------------------------------------------- attachments
def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            "%% %s\ntrailer\n<< /Size 4 /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1")


def fake_jpg(seed):
    r = rng_for(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
            + bytes(r.randrange(256) for _ in range(300)) + b"\xff\xd9")


def attachment_part(filename, ctype, seed):
    data = fake_pdf(filename) if ctype == "application/pdf" else fake_jpg(seed + filename)
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


# ----------------------------------------------------------------- builders
def parse_date(s):
    # "2026-01-05 08:41:19 +0700"
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    y, mo, da = map(int, d.split("-"))
    h, mi, se = map(int, t.split(":"))
    return dt.datetime(y, mo, da, h, mi, se, tzinfo=tz)


def build_body(m, r):
    client = m.get("client", "gmail")
    fmt = m.get("fmt", "alt")
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    html_cte = m.get("html_cte", cte)
    order = "cte_first" if client == "gmail" else "ct_first"
    text = m["body"]
    if not text.endswith("\n"):
        text += "\n"
    extra_ct = m.get("ct_extra")
    if fmt == "plain":
        body = text_part(text, "plain", cs, cte, order, extra_ct)
    elif fmt == "html":
        body = text_part(m.get("html") or to_html(text, client), "html", cs, html_cte, order)
    else:
        body = Message()
        body["Content-Type"] = "multipart/alternative"
        body.set_param("boundary", boundary_for(client, r))
        body.attach(text_part(text, "plain", cs, cte, order, extra_ct))
        body.attach(text_part(m.get("html") or to_html(text, client), "html", cs, html_cte, order))
    atts = m.get("attachments") or []
    if atts:
        mixed = Message()
        mixed["Content-Type"] = "multipart/mixed"
        mixed.set_param("boundary", boundary_for(client, r))
        mixed.attach(body)
        for fn, ct in atts:
            mixed.attach(attachment_part(fn, ct, m["file"]))
        body = mixed
    return body


def build_message(m):
    r = rng_for(m["file"])
    client = m.get("client", "gmail")
    cs = m.get("charset", "utf-8")
    hcs = "windows-1258" if cs == "windows-1258" else "utf-8"
    henc = m.get("hdr", "B")
    if m.get("special") == "bounce":
        return build_bounce(m, r)
    body = build_body(m, r)
    msg = Message()
    if m.get("return_path"):
        msg["Return-Path"] = m["return_path"]
    msg["MIME-Version"] = "1.0"
    msg["From"] = make_addr_header(m["from_name"], m["from_addr"], hcs, henc, "From")
    to = m.get("to", "info")
    if to in ADDR:
        msg["To"] = ADDR[to]
    else:
        msg["To"] = make_addr_header(to[0], to[1], "utf-8", henc, "To")
    msg["Subject"] = make_subject(m["subject"], hcs, henc)
    msg["Date"] = format_datetime(parse_date(m["date"]))
    msg["Message-ID"] = message_id(client, r, m["from_addr"])
    if m.get("reply"):
        fid = firm_msgid(r)
        msg["In-Reply-To"] = fid
        msg["References"] = fid
    if client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "yahoo":
        msg["X-Mailer"] = "WebService/1.1.24794 YMailNorrin"
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22D82)"
    elif client == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif client == "oe":
        msg["X-Priority"] = "3"
        msg["X-MSMail-Priority"] = "Normal"
        msg["X-Mailer"] = "Microsoft Outlook Express 6.00.2900.5931"
        msg["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.00.2900.6157"
    elif client == "apple":
        msg["X-Mailer"] = "Apple Mail (2.3826.400.131.1.6)"
    for k, v in m.get("headers", []):
        msg[k] = v
    # copy body headers onto top-level message
    for k, v in body.items():
        msg[k] = v
    if body.is_multipart():
        for part in body.get_payload():
            msg.attach(part)
    else:
        msg.set_payload(body._payload)
    return msg


def build_bounce(m, r):
    msg = Message()
    msg["Return-Path"] = "<>"
    msg["Date"] = format_datetime(parse_date(m["date"]))
    msg["From"] = m["from_raw"]
    msg["Subject"] = m["subject"]
    msg["To"] = ADDR[m.get("to", "info")]
    msg["Message-ID"] = "<%s@%s>" % ("".join(r.choice("0123456789ABCDEF") for _ in range(20)),
                                     m["from_addr"].split("@")[1])
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "multipart/report"
    msg.set_param("report-type", "delivery-status")
    msg.set_param("boundary", boundary_for("other", r))
    note = text_part(m["body"], "plain", "us-ascii", "7bit")
    note["Content-Description"] = "Notification"
    msg.attach(note)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for fields in m["dsn"]:
        b = Message()
        for k, v in fields:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    msg.attach(ds)
    # original message (the firm's own)
    o = m["original"]
    orig = Message()
    orig["MIME-Version"] = "1.0"
    orig["From"] = make_addr_header(o["from_name"], o["from_addr"], "utf-8", "Q", "From")
    orig["To"] = o["to"]
    orig["Subject"] = make_subject(o["subject"], "utf-8", "Q")
    orig["Date"] = format_datetime(parse_date(o["date"]))
    orig["Message-ID"] = firm_msgid(r)
    if o.get("in_reply_to"):
        orig["In-Reply-To"] = o["in_reply_to"]
    orig["Content-Type"] = 'text/plain; charset="utf-8"'
    orig["Content-Transfer-Encoding"] = "quoted-printable"
    orig.set_payload(quopri.encodestring(o["body"].encode("utf-8")).decode("ascii"))
    wrap = MIMEMessage(orig)
    del wrap["MIME-Version"]
    wrap["Content-Description"] = "Undelivered Message"
    msg.attach(wrap)
    return msg


def write_eml(msg, path):
    with open(path, "wb") as fp:
        g = BytesGenerator(fp, mangle_from_=False, policy=POLICY)
        g.flatten(msg)


LABEL_KEYS = ("category", "automated", "language", "contact", "note")
CATS = {"service_request", "access_request", "correction_request", "deletion_request",
        "complaint", "unknown"}


def main():
    msgs = MSGS1 + MSGS2
    assert len(msgs) == 50, len(msgs)
    labels = {}
    seen = set()
    for m in msgs:
        fn = m["file"]
        assert fn not in seen, fn
        seen.add(fn)
        assert m["category"] in CATS, fn
        msg = build_message(m)
        write_eml(msg, os.path.join(HERE, fn))
        c = m["contact"]
        if m["automated"]:
            assert all(v is None for v in c.values()), fn
        lab = {
            "automated": m["automated"],
            "category": m["category"],
            "contact": {
                "address": c.get("address"),
                "email": c["email"].lower() if c.get("email") else None,
                "name": c.get("name"),
                "phone": c.get("phone"),
            },
            "language": m["language"],
        }
        if m.get("note"):
            lab["note"] = m["note"]
        labels[fn] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(msgs), HERE))


if __name__ == "__main__":
    main()
