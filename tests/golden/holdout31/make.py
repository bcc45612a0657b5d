#!/usr/bin/env python3
"""Generate the holdout31 test set: h31_001.eml .. h31_050.eml + labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
Run:  python3 make.py
"""
import datetime
import hashlib
import html
import json
import os
import random
import re
import unicodedata
from email import policy as email_policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

import msgs
import msgs2

HERE = os.path.dirname(os.path.abspath(__file__))
FIRM_DOMAIN = "thinhtrigroup.com"
OUT_POLICY = email_policy.compat32.clone(linesep="\r\n", max_line_length=78)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def rng_for(key):
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest()[:12], 16))


def tz(hours):
    return datetime.timezone(datetime.timedelta(hours=hours))


def mkdate(t, off=7):
    return format_datetime(datetime.datetime(*t, tzinfo=tz(off)))


def cp1258_text(s):
    """Return a str whose every char is encodable in windows-1258.

    Vietnamese letters that have no precomposed form in cp1258 are split into
    base letter (possibly with circumflex/breve/horn) + combining tone mark,
    the way Outlook Express writes them."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        tone = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
        other = [m for m in marks if m not in tone]
        b = unicodedata.normalize("NFC", base + "".join(other))
        piece = b + "".join(tone)
        piece.encode("cp1258")  # raises if still impossible
        out.append(piece)
    return "".join(out)


def hdr(text, enc="B", charset="utf-8", name="Subject"):
    """RFC 2047-encode a header value (keeps an ASCII reply/forward prefix)."""
    if charset == "windows-1258":
        text = cp1258_text(text)
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "B" else QP
    m = re.match(r"^((?:Re|RE|Fwd|FW|Fw|TR|Automatic reply|Undeliverable): )(.*)$", text, re.S)
    h = Header(header_name=name)
    if m:
        h.append(m.group(1), "us-ascii")
        h.append(m.group(2), cs)
    else:
        h.append(text, cs)
    out = h.encode(maxlinelen=76)
    out = re.sub(r"=\?([A-Za-z0-9-]+)\?([bq])\?", lambda mm: "=?%s?%s?" % (
        "UTF-8" if mm.group(1).lower() == "utf-8" else mm.group(1), mm.group(2).upper()), out)
    return out


def addr(name, email_addr, enc="B", charset="utf-8", field="From"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        enc_name = hdr(name, enc, charset, name=field)
        last = enc_name.split("\n")[-1]
        sep = "\n " if len(field) + 2 + len(last) + len(email_addr) + 3 > 78 else " "
        return "%s%s<%s>" % (enc_name, sep, email_addr)


def text_part(text, subtype="plain", cte="qp", charset="utf-8", flowed=False):
    if charset == "windows-1258":
        text = cp1258_text(text)
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    part = MIMEText(text, subtype, cs)
    if flowed:
        part.set_param("format", "flowed")
    return part


# --------------------------------------------------------------------------
# plain text -> HTML in the style of various mail clients
# --------------------------------------------------------------------------
def esc(line):
    return html.escape(line, quote=False)


def html_body(body, style, quote=None):
    lines = body.split("\n")
    if style == "gmail":
        inner = "".join("<div>%s</div>\n" % esc(l) if l.strip() else "<div><br></div>\n" for l in lines)
        out = '<div dir="ltr">' + inner.rstrip("\n") + "</div>"
        if quote:
            q = "<br>\n".join(esc(l) for l in quote["text"].split("\n"))
            out += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                    + esc(quote["attr"]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + q + "\n</blockquote></div>")
        return out + "\n"
    if style == "outlook":
        ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(l) if l.strip()
                     else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + ps + "</div>\n</body>\n</html>\n")
    if style == "owa":
        inner = "<br>\n".join(esc(l) for l in lines)
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + inner + "\n</div>\n</body>\n</html>\n")
    if style == "yahoo":
        inner = "".join('<div dir="ltr" data-setdir="false">%s</div>\n' % (esc(l) if l.strip() else "<br>") for l in lines)
        return ('<html><head></head><body><div class="ydp3f9a1c2eyahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">' + inner + "</div></body></html>\n")
    if style == "apple":
        inner = "".join("<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>" for l in lines)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + inner + "</body></html>\n")
    if style == "plainhtml":
        inner = "<br>\n".join(esc(l) for l in lines)
        return "<html><body>\n<p>" + inner + "</p>\n</body></html>\n"
    raise ValueError(style)


# --------------------------------------------------------------------------
# Message-IDs and boundaries per client
# --------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def msgid(client, domain, r):
    if client in ("gmail", "android"):
        return "<CA%s@mail.gmail.com>" % "".join(r.choice(ALNUM + "_-+=") for _ in range(46))
    if client == "iphone":
        u = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    if client == "outlookcom":
        a = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return "<SI2PR04MB%04d%s@SI2PR04MB%04d.apcprd04.prod.outlook.com>" % (r.randint(1000, 9999), a, r.randint(1000, 9999))
    if client in ("outlook", "oe"):
        return "<%012x$%08x$%08x@%s>" % (r.getrandbits(48), r.getrandbits(32), r.getrandbits(32), domain)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    u = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
    return "<%s@%s>" % (u, domain)


def boundary(client, r):
    if client in ("gmail", "android"):
        return "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(16))
    if client in ("outlook", "outlookcom"):
        return "_000_" + "".join(r.choice("0123456789ABCDEF") for _ in range(30)) + "_"
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    if client == "iphone":
        return "Apple-Mail-" + "".join(r.choice("0123456789ABCDEF-") for _ in range(36))
    return "----=_NextPart_%03X_%04X_%08X" % (r.getrandbits(12), r.getrandbits(16), r.getrandbits(32))


CLIENT_HEADERS = {
    "iphone": [("X-Mailer", "iPhone Mail (22F76)")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "oe": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "yahoo": [("X-Mailer", "WebService/1.1.25074 YMailNorrin")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
}


def fake_attachment(name, ctype, r):
    if ctype == "application/pdf":
        data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
        p = MIMEApplication(data, "pdf")
    else:
        data = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00" + bytes(r.getrandbits(8) for _ in range(600)) + b"\xff\xd9"
        p = MIMEImage(data, "jpeg")
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def build_bounce(m, r):
    """Postfix-style DSN (multipart/report) returning one of the firm's own mails."""
    b = m["bounce"]
    o = b["orig"]
    orig_body = text_part(o["body"].strip("\n") + "\n", "plain", "qp")
    orig = orig_body
    for k in list(orig.keys()):
        del orig[k]
    orig["MIME-Version"] = "1.0"
    orig["From"] = addr(o["from"][0], o["from"][1], "Q")
    orig["To"] = o["to"]
    orig["Subject"] = hdr(o["subject"], "Q")
    _strip_part_mime_version(orig_body, keep_root=True)
    orig["Date"] = mkdate(o["date"])
    orig["Message-ID"] = msgid("thunderbird", FIRM_DOMAIN, r)
    orig["Content-Type"] = 'text/plain; charset="utf-8"'
    orig["Content-Transfer-Encoding"] = "quoted-printable"

    outer = MIMEMultipart("report", boundary=boundary("generic", r), report_type="delivery-status")
    notif = MIMEText(b["notice"].strip("\n") + "\n", "plain", "us-ascii")
    notif["Content-Description"] = "Notification"
    outer.attach(notif)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blk1 = Message()
    for k, v in b["per_message"]:
        blk1[k] = v
    blk2 = Message()
    for k, v in b["per_recipient"]:
        blk2[k] = v
    ds.set_payload([blk1, blk2])
    outer.attach(ds)
    rfc = MIMEMessage(orig)
    rfc["Content-Description"] = "Undelivered Message"
    outer.attach(rfc)
    content_hdrs = [(k, v) for k, v in outer.items()]
    for k in list(outer.keys()):
        del outer[k]
    outer["Return-Path"] = "<>"
    outer["Date"] = mkdate(m["date"])
    outer["From"] = "MAILER-DAEMON@mail.%s (Mail Delivery System)" % FIRM_DOMAIN
    outer["Subject"] = m["subject"]
    outer["To"] = "%s@%s" % (m.get("to", "info"), FIRM_DOMAIN)
    outer["Message-ID"] = "<%s.%010X@mail.%s>" % (datetime.datetime(*m["date"]).strftime("%Y%m%d%H%M%S"),
                                                  r.getrandbits(40), FIRM_DOMAIN)
    outer["Auto-Submitted"] = "auto-replied"
    for k, v in content_hdrs:
        outer[k] = v
    return outer


# --------------------------------------------------------------------------
# build one message
# --------------------------------------------------------------------------
def build_body(m, r):
    body = m["body"].strip("\n") + "\n"
    quote = m.get("quote")
    plain = body
    if quote:
        plain = body + "\n" + quote["attr"] + "\n" + "\n".join(
            ("> " + l) if l.strip() else ">" for l in quote["text"].split("\n")) + "\n"
    fmt = m.get("fmt", "alt")
    cte = m.get("cte", "qp")
    charset = m.get("charset", "utf-8")
    client = m.get("client", "gmail")
    if fmt == "plain":
        return text_part(plain, "plain", cte, charset, flowed=m.get("flowed", False))
    style = m.get("html_style") or {"gmail": "gmail", "android": "gmail", "outlook": "outlook",
                                    "outlookcom": "owa", "yahoo": "yahoo", "iphone": "apple"}.get(client, "plainhtml")
    hbody = html_body(body.rstrip("\n"), style, quote)
    if fmt == "html":
        return text_part(hbody, "html", cte, charset)
    alt = MIMEMultipart("alternative", boundary=boundary(client, r))
    hcte = m.get("html_cte", cte)
    alt.attach(text_part(plain, "plain", cte, charset))
    alt.attach(text_part(hbody, "html", hcte, charset))
    return alt


def build(m):
    r = rng_for(m["key"])
    client = m.get("client", "gmail")
    enc = m.get("hdr_enc", "B")
    hcs = m.get("hdr_charset", "utf-8")
    if m.get("fmt") == "bounce":
        return build_bounce(m, r)
    body = build_body(m, r)
    if m.get("attach"):
        outer = MIMEMultipart("mixed", boundary=boundary(client, r))
        outer.attach(body)
        for name, ctype in m["attach"]:
            outer.attach(fake_attachment(name, ctype, r))
        msg = outer
    else:
        msg = body
    # header order: put MIME-Version first like most clients
    headers = []
    fname, femail = m["from"]
    headers.append(("From", addr(fname, femail, enc, hcs)))
    to = m.get("to", "info")
    if isinstance(to, tuple):
        headers.append(("To", addr(to[0], "%s@%s" % (to[1], FIRM_DOMAIN), enc, field="To")))
    else:
        headers.append(("To", "%s@%s" % (to, FIRM_DOMAIN)))
    if m.get("cc"):
        headers.append(("Cc", m["cc"]))
    headers.append(("Subject", hdr(m["subject"], enc, hcs) if m["subject"] else ""))
    headers.append(("Date", mkdate(m["date"], m.get("tz", 7))))
    dom = femail.split("@")[1]
    if client == "iphone" and dom == "gmail.com":
        dom = "gmail.com"
    headers.append(("Message-ID", msgid(client, dom, r)))
    if m.get("in_reply_to"):
        firm_id = "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                     r.getrandbits(16), r.getrandbits(48), FIRM_DOMAIN)
        headers.append(("In-Reply-To", firm_id))
        headers.append(("References", firm_id))
    for k, v in CLIENT_HEADERS.get(client, []):
        headers.append((k, v))
    for k, v in m.get("headers", []):
        headers.append((k, v))
    # re-assemble: MIME-Version + our headers + content headers from the part
    content_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    msg["MIME-Version"] = "1.0"
    for k, v in headers:
        msg[k] = v
    for k, v in content_hdrs:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    return msg


def _strip_part_mime_version(msg, keep_root=False):
    """Real clients put MIME-Version only on the top level (and on embedded messages)."""
    def rec(part, is_root):
        if not is_root and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            for sub in part.get_payload():
                if part.get_content_type() == "message/rfc822":
                    continue  # embedded message keeps its own headers
                rec(sub, False)
    rec(msg, True)


def serialize(msg):
    if isinstance(msg, bytes):
        return msg
    return msg.as_bytes(policy=OUT_POLICY)


def main():
    allm = msgs.MESSAGES + msgs2.MESSAGES
    assert len(allm) == 50, len(allm)
    keys = [m["key"] for m in allm]
    assert len(set(keys)) == 50
    order = list(range(50))
    random.Random(3131).shuffle(order)
    labels = {}
    mapping = []
    for n, idx in enumerate(order, 1):
        m = allm[idx]
        fn = "h31_%03d.eml" % n
        built = build(m)
        if not isinstance(built, bytes):
            _strip_part_mime_version(built)
        data = serialize(built)
        with open(os.path.join(HERE, fn), "wb") as f:
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
        labels[fn] = entry
        mapping.append((fn, m["key"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    for fn, k in mapping:
        print(fn, k)


if __name__ == "__main__":
    main()
