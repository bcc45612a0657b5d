#!/usr/bin/env python3
"""Generate the h23 labelled test set (50 .eml files + labels.json).

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
Run:  python3 make.py      (writes files next to this script, then checks them)
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
import unicodedata
from collections import Counter

import email
import email.base64mime
import email.charset as ecs
import email.quoprimime
from email import policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as MSGS1  # noqa: E402
from msgs2 import MSGS as MSGS2  # noqa: E402

MSGS = MSGS1 + MSGS2
FIRM_DOMAIN = "thinhtrigroup.com"
CATEGORIES = {"service_request", "access_request", "correction_request",
              "deletion_request", "complaint", "unknown"}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def rng_for(mid):
    return random.Random(int(hashlib.sha256(mid.encode()).hexdigest()[:16], 16))


def utf8(body_enc=None, header_enc="b"):
    c = ecs.Charset("utf-8")
    c.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "7bit": None, "8bit": None, None: None}[body_enc]
    c.header_encoding = ecs.QP if header_enc == "q" else ecs.BASE64
    return c


def hdr(value, enc="b"):
    """Header value: plain str if ASCII, otherwise an RFC 2047 Header object."""
    if value.isascii():
        return value
    return Header(value, utf8(header_enc=enc))


def addr_hdr(name, addr, enc="b"):
    if not name:
        return addr
    if name.isascii():
        return email.utils.formataddr((name, addr))
    h = Header(name, utf8(header_enc=enc))
    h.append("<%s>" % addr, "us-ascii")
    return h


def text_part(text, subtype="plain", cte="qp", extra_params=None):
    if cte == "7bit" and not text.isascii():
        cte = "qp"
    part = MIMEText(text, subtype, utf8(cte))
    del part["MIME-Version"]
    if extra_params:
        for k, v in extra_params.items():
            part.set_param(k, v)
    return part


# --- windows-1258 (Vietnamese Windows code page, decomposed tone marks) ----
def cp1258_bytes(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(c for c in d[1:] if c in "\u0302\u0306\u031b")
        tones = "".join(c for c in d[1:] if c not in "\u0302\u0306\u031b")
        try:
            out += unicodedata.normalize("NFC", base).encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            raise ValueError("cannot encode %r in cp1258" % ch)
    return bytes(out)


def cp1258_header(text, enc="q", chunk=22):
    """Pre-folded RFC 2047 encoded words in windows-1258."""
    words = text.split(" ")
    chunks, cur = [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if len(cand) > chunk and cur:
            chunks.append(cur + " ")
            cur = w
        else:
            cur = cand
    chunks.append(cur)
    enc_words = []
    for c in chunks:
        b = cp1258_bytes(c)
        if enc == "b":
            enc_words.append(email.base64mime.header_encode(b, "windows-1258"))
        else:
            enc_words.append(email.quoprimime.header_encode(b, "windows-1258"))
    return "\n ".join(enc_words)


# --------------------------------------------------------------------------
# HTML flavours
# --------------------------------------------------------------------------
def esc(line, nbsp_phone=False):
    s = html.escape(line, quote=False)
    if nbsp_phone:
        s = re.sub(r"(?<=\d) (?=\d)", "&nbsp;", s)
        s = re.sub(r"(?<=:) (?=\d)", "&nbsp;", s)
    return s


def gmail_html(body, quote=None, nbsp=False):
    lines = body.split("\n")
    inner = "\n".join("<div>%s</div>" % esc(l, nbsp) if l.strip() else "<div><br></div>" for l in lines)
    out = '<div dir="ltr">' + inner + "</div>"
    if quote:
        q = "<br>\n".join(esc(l) for l in quote["text"].split("\n"))
        out += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(quote["attr"]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + q + "\n</blockquote></div>")
    return out + "\n"


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
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(body, nbsp=False):
    ps = []
    for l in body.split("\n"):
        if l.strip():
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l, nbsp))
        else:
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return WORD_HEAD + "\n".join(ps) + "\n</div>\n</body>\n</html>\n"


def owa_html(body, nbsp=False):
    lines = "\n".join("<div>%s</div>" % esc(l, nbsp) if l.strip() else "<div><br></div>" for l in body.split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
            'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + lines + "\n</div>\n</body>\n</html>\n")


def yahoo_html(body, nbsp=False):
    lines = "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l, nbsp) if l.strip() else "<br>")
                      for l in body.split("\n"))
    return ('<html><head></head><body><div class="ydp3c1e7a2byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + lines + "</div></body></html>\n")


def samsung_html(body, nbsp=False):
    lines = "<br>".join(esc(l, nbsp) for l in body.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div dir="auto">' + lines + "</div></body></html>\n")


# --------------------------------------------------------------------------
# message-id / boundary generators per client
# --------------------------------------------------------------------------
B64C = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="


def msgid(style, r, domain, pc_name="HOME-PC"):
    if style.startswith("gmail") or style == "iphone_gmail":
        return "<CA%s@mail.gmail.com>" % "".join(r.choice(B64C) for _ in range(46))
    if style in ("outlook", "outlook_b64", "ooo"):
        return "<%08x%s$%08x$%08x@%s>" % (r.getrandbits(32), "01dc", r.getrandbits(32), r.getrandbits(32), domain)
    if style.startswith("owa"):
        return "<%s@%s.apcprd03.prod.outlook.com>" % (
            "SG2PR06MB%04d%s" % (r.randint(1000, 9999), "".join(r.choice("0123456789ABCDEF") for _ in range(28))),
            "SG2PR06MB%04d" % r.randint(1000, 9999))
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    if style == "samsung":
        return "<%s.%d@email.android.com>" % ("".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)),
                                              r.randint(10**12, 10**13))
    if style == "iphone":
        u = "%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                          r.getrandbits(16), r.getrandbits(48))
        return "<%s@%s>" % (u, domain)
    if style == "oe1258":
        return "<%012x$%08x$0201a8c0@%s>" % (r.getrandbits(48), r.getrandbits(32), pc_name)
    return "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                               r.getrandbits(16), r.getrandbits(48), domain)


def boundary(style, r):
    if style.startswith("gmail") or style == "iphone_gmail":
        return "0000000000%016x" % r.getrandbits(64)
    if style.startswith("outlook") or style.startswith("owa"):
        return "_000_%s_" % "".join(r.choice("0123456789ABCDEF") for _ in range(30))
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    if style == "samsung":
        return "--_com.samsung.android.email_%d%05d" % (r.randint(10**9, 10**10), r.randint(0, 99999))
    if style == "autoack":
        return "b1_%032x" % r.getrandbits(128)
    if style == "newsletter":
        return "----=_NextPart_%03X_%04X_%08X" % (r.getrandbits(12), r.getrandbits(16), r.getrandbits(32))
    return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                    r.getrandbits(16), r.getrandbits(48))


# --------------------------------------------------------------------------
# fake attachment payloads
# --------------------------------------------------------------------------
def fake_pdf(title):
    return ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Title (" + title + ") >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n").encode("latin-1")


def fake_jpeg(r):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(r.getrandbits(8) for _ in range(600)) + b"\xff\xd9")


def make_attachment(a, r):
    fname, kind = a
    if kind == "pdf":
        p = MIMEApplication(fake_pdf(fname), "pdf")
    else:
        p = MIMEImage(fake_jpeg(r), "jpeg")
    del p["MIME-Version"]
    p.add_header("Content-Disposition", "attachment", filename=fname)
    return p


# --------------------------------------------------------------------------
# body builders
# --------------------------------------------------------------------------
def plain_with_quote(m):
    body = m["body"].rstrip("\n")
    q = m.get("quote")
    if q:
        ql = "\n".join(("> " + l) if l.strip() else ">" for l in q["text"].split("\n"))
        body += "\n\n" + q["attr"] + "\n\n" + ql
    return body + "\n"


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def html_for(style, m):
    nb = m.get("nbsp", False)
    text = m["body"].rstrip("\n")
    if m.get("quote") and style not in ("gmail", "gmail_html"):
        text = plain_with_quote(m).rstrip("\n")
    if style in ("gmail", "gmail_html"):
        return gmail_html(text, m.get("quote"), nb)
    if style in ("outlook", "outlook_b64"):
        return outlook_html(text, nb)
    if style.startswith("owa"):
        return owa_html(text, nb)
    if style == "yahoo":
        return yahoo_html(text, nb)
    if style == "samsung":
        return samsung_html(text, nb)
    if style == "autoack":
        return owa_html(text, nb)
    return gmail_html(text, None, nb)


def build_body(m, r):
    style = m["style"]
    cte = m.get("cte", "qp")
    plain = plain_with_quote(m)
    if style in ("gmail", "outlook", "outlook_b64", "owa", "yahoo", "samsung", "newsletter", "autoack"):
        htm = m.get("html") or html_for(style, m)
        alt = MIMEMultipart("alternative", boundary=boundary(style, r))
        del alt["MIME-Version"]
        if style.startswith("gmail"):
            # Gmail puts Content-Transfer-Encoding before Content-Type
            for sub, txt in (("plain", plain), ("html", htm)):
                p = text_part(txt, sub, cte)
                ctv, ctev = p["Content-Type"], p["Content-Transfer-Encoding"]
                del p["Content-Type"]
                del p["Content-Transfer-Encoding"]
                p["Content-Transfer-Encoding"] = ctev
                p["Content-Type"] = ctv
                alt.attach(p)
        else:
            alt.attach(text_part(plain, "plain", cte))
            alt.attach(text_part(htm, "html", cte))
        body = alt
    elif style in ("gmail_html", "owa_html"):
        body = text_part(m.get("html") or html_for(style, m), "html", cte)
    elif style == "thunderbird":
        body = text_part(flowed(plain), "plain", cte or "8bit", {"format": "flowed"})
    elif style in ("iphone", "plain", "ooo"):
        body = text_part(plain, "plain", cte)
    else:
        raise ValueError(style)

    if m.get("attach"):
        mixed = MIMEMultipart("mixed", boundary=boundary(style, r))
        del mixed["MIME-Version"]
        mixed.attach(body)
        for a in m["attach"]:
            mixed.attach(make_attachment(a, r))
        body = mixed
    return body


def build_cp1258(m):
    body = m["body"].rstrip("\n") + "\n"
    raw = cp1258_bytes(body.replace("\n", "\r\n"))
    qp = quopri.encodestring(raw).decode("ascii")
    msg = Message()
    msg["Content-Type"] = 'text/plain; charset="windows-1258"'
    msg["Content-Transfer-Encoding"] = "quoted-printable"
    msg.set_payload(qp.replace("\r\n", "\n"))
    return msg


def build_bounce(m, r):
    orig_spec = m["original"]
    orig = text_part(orig_spec["body"], "plain", "qp")
    top = [("MIME-Version", "1.0"),
           ("From", addr_hdr(*(orig_spec.get("frm") or ("Thịnh Trí Group", "info@" + FIRM_DOMAIN)), enc="q")),
           ("To", orig_spec["to"]),
           ("Subject", hdr(orig_spec["subject"], "q")),
           ("Date", orig_spec["date"]),
           ("Message-ID", msgid("other", r, FIRM_DOMAIN))]
    ct = [(k, v) for k, v in orig.items()]
    for k in {k for k, _ in ct}:
        del orig[k]
    for k, v in top + ct:
        orig[k] = v

    rep = MIMEMultipart("report", boundary="----=_NextPart_%03X_%04X_%08X" % (
        r.getrandbits(12), r.getrandbits(16), r.getrandbits(32)))
    rep.set_param("report-type", "delivery-status")
    del rep["MIME-Version"]
    note = text_part(m["body"], "plain", "7bit")
    note.set_charset("us-ascii")
    del note["MIME-Version"]
    note.add_header("Content-Description", "Notification")
    rep.attach(note)

    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in m["dsn"]:
        b = Message()
        for k, v in blk:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    rep.attach(ds)

    mm = MIMEMessage(orig)
    del mm["MIME-Version"]
    mm["Content-Transfer-Encoding"] = "8bit"
    mm["Content-Description"] = "Undelivered Message"
    rep.attach(mm)
    return rep


def build_message(m):
    r = rng_for(m["id"])
    style = m["style"]
    name, addr = m["frm"]
    domain = addr.split("@", 1)[1]
    if style == "oe1258":
        body = build_cp1258(m)
    elif style == "bounce":
        body = build_bounce(m, r)
    else:
        body = build_body(m, r)

    henc = m.get("henc", "b")
    top = []
    if style == "bounce":
        top.append(("Return-Path", "<>"))
        top.append(("Date", m["date"]))
        top.append(("From", "%s <%s>" % (name, addr)))
        top.append(("Subject", m["subject"]))
        top.append(("To", m["to"]))
        top.append(("Message-ID", "<E1w%s-%s-%s@%s>" % ("".join(r.choice(B64C[:62]) for _ in range(3)),
                                                           "".join(r.choice(B64C[:62]) for _ in range(6)),
                                                           "".join(r.choice(B64C[:62]) for _ in range(2)),
                                                           domain)))
        top.append(("Auto-Submitted", "auto-replied"))
        top.append(("MIME-Version", "1.0"))
    else:
        top.append(("MIME-Version", "1.0"))
        if style == "oe1258":
            top.append(("From", "%s <%s>" % (cp1258_header(name, "q", 40), addr)))
        else:
            top.append(("From", addr_hdr(name, addr, henc)))
        to = m["to"]
        if isinstance(to, tuple):
            to = addr_hdr(to[0], to[1], henc)
        top.append(("To", to))
        if style == "oe1258":
            top.append(("Subject", cp1258_header(m["subject"], "b")))
        else:
            top.append(("Subject", hdr(m["subject"], henc)))
        top.append(("Date", m["date"]))
        top.append(("Message-ID", msgid(style, r, domain, re.sub(r"[^A-Za-z]", "", addr.split("@")[0]).upper()[:10] + "-PC")))
        if m.get("in_reply_to"):
            top.append(("In-Reply-To", m["in_reply_to"]))
            top.append(("References", m["in_reply_to"]))
        mailer = {
            "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
            "outlook_b64": ("X-Mailer", "Microsoft Outlook 16.0"),
            "ooo": ("X-Mailer", "Microsoft Outlook 16.0"),
            "yahoo": ("X-Mailer", "WebService/1.1.25113 YMailNorrin"),
            "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
            "iphone": ("X-Mailer", "iPhone Mail (22E252)"),
            "samsung": ("X-Mailer", "Samsung Mail"),
        }.get(style)
        if style == "oe1258":
            top += [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                    ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                    ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
        elif mailer:
            top.append(mailer)
    for k, v in m.get("headers", []):
        top.append((k, v))

    ct = [(k, v) for k, v in body.items()]
    for k in {k for k, _ in ct}:
        del body[k]
    for k, v in top + [(k, v) for k, v in ct if k != "MIME-Version"]:
        body[k] = v

    linesep = "\r\n" if style == "oe1258" else "\n"
    return body.as_bytes(policy=policy.compat32.clone(linesep=linesep, max_line_length=78))


# --------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------
def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.casefold()
    return re.sub(r"\s+", " ", s).strip()


def decoded_text(msg):
    chunks = []
    for h in ("From", "To", "Subject", "Reply-To"):
        if msg[h]:
            chunks.append(str(msg[h]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("message/"):
            continue
        if not ct.startswith("text/"):
            continue
        try:
            t = part.get_content()
        except Exception:
            continue
        if ct == "text/html":
            t = re.sub(r"<br\s*/?>|</div>|</p>", "\n", t, flags=re.I)
            t = re.sub(r"<[^>]+>", " ", t)
            t = html.unescape(t)
        chunks.append(t)
        for h in ("From", "To", "Subject"):
            if part[h]:
                chunks.append(str(part[h]))
    return "\n".join(chunks)


def e164(raw):
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("84") and len(digits) >= 11:
        return "+" + digits
    if digits.startswith("0"):
        return "+84" + digits[1:]
    return "+" + digits


def phones_in(text):
    return {e164(c) for c in re.findall(r"\+?\(?\d[\d .\-()\u00a0]{6,}\d", text)}


def check(out_dir, labels):
    problems = []
    for fn, lab in sorted(labels.items()):
        path = os.path.join(out_dir, fn)
        with open(path, "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            problems.append("%s: defects %r" % (fn, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %r" % (fn, part.defects))
        if not msg["From"] or not msg["Date"] or not msg["Message-ID"]:
            problems.append("%s: missing basic header" % fn)
        to = str(msg["To"])
        if "info@" + FIRM_DOMAIN not in to and "support@" + FIRM_DOMAIN not in to:
            problems.append("%s: not addressed to firm" % fn)
        text = decoded_text(msg)
        nt = norm(text)
        if lab["category"] not in CATEGORIES:
            problems.append("%s: bad category" % fn)
        if lab["language"] not in ("vi", "en", "mixed"):
            problems.append("%s: bad language" % fn)
        c = lab["contact"]
        if lab["automated"]:
            if any(c[k] is not None for k in c) or lab["category"] != "unknown":
                problems.append("%s: automated must be unknown with null contact" % fn)
        for k in ("name", "email", "address"):
            v = c[k]
            if v is None:
                continue
            if k == "email" and v != v.lower():
                problems.append("%s: email not lowercase" % fn)
            if norm(v) not in nt:
                problems.append("%s: %s %r not found in decoded text" % (fn, k, v))
        if c["phone"] is not None:
            if not re.fullmatch(r"\+\d{9,14}", c["phone"]):
                problems.append("%s: phone not E.164 %r" % (fn, c["phone"]))
            if c["phone"] not in phones_in(text):
                problems.append("%s: phone %s not found (found %s)" % (fn, c["phone"], sorted(phones_in(text))))
            if c["phone"] in ("+841800636", "+8418006365"):
                problems.append("%s: firm hotline labelled" % fn)
    return problems


def main():
    out_dir = HERE
    labels = {}
    seen = set()
    for m in MSGS:
        fn = m["id"] + ".eml"
        assert fn not in seen, fn
        seen.add(fn)
        data = build_message(m)
        with open(os.path.join(out_dir, fn), "wb") as f:
            f.write(data)
        lab = m["label"]
        entry = {
            "automated": lab.get("automated", False),
            "category": lab["category"],
            "contact": {
                "address": lab.get("address"),
                "email": lab.get("email"),
                "name": lab.get("name"),
                "phone": lab.get("phone"),
            },
            "language": lab["language"],
        }
        if lab.get("note"):
            entry["note"] = lab["note"]
        labels[fn] = entry
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

    problems = check(out_dir, labels)
    print("messages:", len(labels))
    print("categories:", dict(sorted(Counter(v["category"] for v in labels.values()).items())))
    print("languages:", dict(sorted(Counter(v["language"] for v in labels.values()).items())))
    print("automated:", sum(v["automated"] for v in labels.values()))
    print("with phone:", sum(1 for v in labels.values() if v["contact"]["phone"]),
          "with address:", sum(1 for v in labels.values() if v["contact"]["address"]))
    if len(labels) != 50:
        problems.append("expected 50 messages, got %d" % len(labels))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
