#!/usr/bin/env python3
"""Build the holdout26 test set: h26_001.eml ... h26_050.eml + labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts);
this file renders them into RFC 5322 / MIME messages with the email package
and then runs a self-check over the generated files.
"""
import base64
import datetime as dt
import html
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import uuid
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
import email
import email.utils

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import msgs   # noqa: E402
import msgs2  # noqa: E402

FIRM_DOMAIN = "thinhtrigroup.com"
FIRM_ADDR = {"info": "info@thinhtrigroup.com", "support": "support@thinhtrigroup.com"}
CATEGORIES = {"service_request", "access_request", "correction_request",
              "deletion_request", "complaint", "unknown"}
GEN_POLICY = policy.compat32.clone(linesep="\r\n", max_line_length=0)

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# ----------------------------------------------------------------- encoding
def to_cp1258_form(s):
    """Rewrite NFC text so that it is encodable in windows-1258: keep
    precomposed characters the code page has, otherwise split off the tone
    mark as a combining character (as Vietnamese Windows keyboards do)."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONE_MARKS)
        tones = "".join(c for c in d if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", base)
        cand = base + tones
        cand.encode("cp1258")  # raises if we cannot represent it
        out.append(cand)
    return "".join(out)


def codec_for(charset):
    return {"utf-8": "utf-8", "windows-1258": "cp1258", "us-ascii": "ascii"}[charset.lower()]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(s, name, charset="utf-8", enc="b", upper=True):
    """RFC 2047-encode s if needed (folded with '\n ')."""
    if is_ascii(s):
        return s
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "b" else QP
    if charset == "windows-1258":
        s = to_cp1258_form(s)
    out = Header(s, cs, header_name=name, maxlinelen=76).encode(linesep="\n")
    if upper:
        out = out.replace("?utf-8?b?", "?UTF-8?B?").replace("?utf-8?q?", "?UTF-8?Q?")
        out = out.replace("?windows-1258?q?", "?windows-1258?Q?").replace(
            "?windows-1258?b?", "?windows-1258?B?")
    return out


PREFIXES = ("Re: ", "RE: ", "Fwd: ", "FW: ", "Fw: ", "Automatic reply: ", "Tr\u1ea3 l\u1eddi t\u1ef1 \u0111\u1ed9ng: ")


def enc_subject(s, charset="utf-8", enc="b", upper=True):
    if is_ascii(s):
        return s
    for p in PREFIXES:
        if s.startswith(p) and is_ascii(p):
            return p + enc_header(s[len(p):], "Subject", charset, enc, upper)
    return enc_header(s, "Subject", charset, enc, upper)


def enc_addr(name, addr, charset="utf-8", enc="b", upper=True, field="From"):
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    e = enc_header(name, field, charset, enc, upper)
    line = "%s: %s <%s>" % (field, e.split("\n")[-1].strip(), addr)
    if "\n" in e or len(line) > 76:
        return "%s\n <%s>" % (e, addr)
    return "%s <%s>" % (e, addr)


def text_part(text, subtype, charset="utf-8", cte="quoted-printable", ctype_style="gmail",
              extra_params=""):
    """A leaf text/* part with the body encoded by hand (full control of CTE)."""
    text = unicodedata.normalize("NFC", text)
    if charset == "windows-1258":
        text = to_cp1258_form(text)
    data = text.encode(codec_for(charset))
    p = Message()
    cs_label = {"gmail": charset.upper() if charset == "utf-8" else charset}.get(ctype_style, charset)
    ct = 'text/%s; charset="%s"%s' % (subtype, cs_label, extra_params)
    if ctype_style == "gmail":
        p["Content-Transfer-Encoding"] = cte
        p["Content-Type"] = ct
    else:
        p["Content-Type"] = ct
        p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        data.decode("ascii")  # must be ASCII
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def attach_part(filename, ctype, rng):
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, filename)
    p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    p["Content-Transfer-Encoding"] = "base64"
    if ctype == "application/pdf":
        data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + bytes(rng.getrandbits(8) for _ in range(600)) + b"\n%%EOF\n")
    elif ctype.startswith("image/"):
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(rng.getrandbits(8) for _ in range(900)) + b"\xff\xd9"
    else:
        data = b"PK\x03\x04\x14\x00\x06\x00" + bytes(rng.getrandbits(8) for _ in range(900))
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


# ------------------------------------------------------------------ ids etc.
def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))


def uuid_from(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_msgid(client, rng, domain):
    if client in ("gmail", "gmail_html"):
        return "<CA%s@mail.gmail.com>" % alnum(rng, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=")
    if client == "iphone":
        return "<%s@%s>" % (uuid_from(rng).upper(), domain)
    if client == "outlook":
        return "<0000%s01dc%s$%s$%s@%s>" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), domain)
    if client == "outlookcom":
        box = "SG2PR0%dMB%04d" % (rng.randint(1, 6), rng.randint(1000, 9999))
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (box, hexs(rng, 24).upper(), box, rng.randint(1, 6))
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), rng.randint(10**12, 10**13))
    if client == "oe":
        return "<%s$%s$%s@%s>" % (hexs(rng, 12), hexs(rng, 8), "0201a8c0", "PC-" + alnum(rng, 5, "ABCDEFGHKLMNPQRSTUVWXYZ"))
    return "<%s@%s>" % (uuid_from(rng), domain)


def make_boundary(client, rng):
    if client in ("gmail", "gmail_html"):
        return "0000000000" + hexs(rng, 18)
    if client in ("outlook", "outlookcom"):
        return "_000_" + hexs(rng, 30).upper() + "_"
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    if client == "oe":
        return "----=_NextPart_000_%s_01DC%s.%s" % (hexs(rng, 4).upper(), hexs(rng, 4).upper(), hexs(rng, 8).upper())
    if client == "iphone":
        return "Apple-Mail-" + uuid_from(rng).upper()
    return "------------" + alnum(rng, 24)


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "yahoo": ("X-Mailer", "WebService/1.1.25501 YMailNorrin"),
    "oe": ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
    "iphone": ("X-Mailer", "iPhone Mail (22E240)"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC135 (Win)/9.0.0_GA_4546)"),
}


# --------------------------------------------------------------- rendering
def quote_plain(q):
    style = q["style"]
    if style in ("gmail", "iphone", "tb"):
        lines = []
        for ln in q["text"].split("\n"):
            if ln == "":
                lines.append(">")
            elif ln.startswith(">"):
                lines.append(">" + ln)
            else:
                lines.append("> " + ln)
        return q["attr"] + "\n\n" + "\n".join(lines)
    if style == "gmail_fwd":
        hdr = "\n".join("%s: %s" % kv for kv in q["hdr"])
        return "---------- Forwarded message ---------\n" + hdr + "\n\n" + q["text"]
    if style == "outlook":
        hdr = "\n".join("%s: %s" % kv for kv in q["hdr"])
        return q.get("sep", "________________________________") + "\n" + hdr + "\n\n" + q["text"]
    raise ValueError(style)


def full_plain(m):
    body = m["body"].rstrip("\n")
    tail = m.get("tail")  # e.g. mobile sign-off after quote? (kept before quote)
    out = body
    if m.get("quote"):
        out += "\n\n" + quote_plain(m["quote"])
    if tail:
        out += "\n\n" + tail
    return out + "\n"


def esc(s):
    return html.escape(s, quote=False)


def lines_div(text, empty="<div><br></div>"):
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % esc(ln) if ln else empty)
    return "\n".join(out)


def lines_br(text):
    return "<br>\n".join(esc(ln) for ln in text.split("\n"))


def html_quote_block(q, client):
    style = q["style"]
    if style in ("gmail", "iphone", "tb"):
        inner = lines_br(q["text"])
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                '%s\n</blockquote></div>' % (esc(q["attr"]), inner))
    if style == "gmail_fwd":
        hdr = "<br>".join("%s: %s" % (k, esc(v)) for k, v in q["hdr"])
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                '---------- Forwarded message ---------<br>%s<br></div><br><br>\n%s\n</div>' % (hdr, lines_div(q["text"])))
    if style == "outlook":
        if client == "outlook":
            hdr = "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in q["hdr"])
            return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                    '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n%s' % (hdr, mso_paras(q["text"])))
        hdr = "<br>\n".join("<b>%s:</b> %s" % (k, esc(v)) for k, v in q["hdr"])
        return ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n'
                '<div>%s</div>' % (hdr, lines_br(q["text"])))
    raise ValueError(style)


def mso_paras(text):
    out = []
    for ln in text.split("\n"):
        if ln:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def full_html(m):
    client = m["client"]
    body = m["body"].rstrip("\n")
    q = m.get("quote")
    if client in ("gmail", "gmail_html", "iphone"):
        s = '<div dir="ltr">%s</div>' % lines_div(body)
        if q:
            s += html_quote_block(q, client)
        return s + "\n"
    if client == "outlook":
        s = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
             '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')
        s += mso_paras(body)
        if q:
            s += "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + html_quote_block(q, client)
        return s + "\n</div>\n</body>\n</html>\n"
    if client == "outlookcom":
        s = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
             '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
             'font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n' % lines_div(body))
        if q:
            s += '<div id="appendonsend"></div>\n' + html_quote_block(q, client) + "\n"
        return s + "</body>\n</html>\n"
    if client == "yahoo":
        inner = "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(ln) if ln else "<br>")
                          for ln in body.split("\n"))
        s = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
             'Arial, sans-serif;font-size:13px;">%s</div>' % (m["_hex"], inner))
        if q:
            s += html_quote_block(q, "gmail")
        return s + "</body></html>\n"
    if client == "zimbra":
        s = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
             '%s</div></body></html>\n' % lines_div(body, empty="<div><br data-mce-bogus=\"1\"></div>"))
        return s
    raise ValueError(client)


def set_headers(msg, m, rng):
    client = m["client"]
    cs = m.get("hdr_charset", "utf-8")
    enc = m.get("hdr_enc", "b")
    upper = client not in ("outlook", "outlookcom")
    fname, faddr = m["frm"]
    domain = faddr.split("@")[1]
    msg["MIME-Version"] = "1.0"
    msg["From"] = enc_addr(fname, faddr, cs, enc, upper, "From")
    to = m.get("to", "info")
    if isinstance(to, tuple):
        msg["To"] = enc_addr(to[0], to[1], cs, enc, upper, "To")
    else:
        msg["To"] = FIRM_ADDR[to]
    if m.get("cc"):
        msg["Cc"] = ", ".join(m["cc"])
    msg["Subject"] = enc_subject(m["subject"], cs, enc, upper)
    d = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S")
    tz = m.get("tz", "+0700")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=dt.timezone(off))
    msg["Date"] = email.utils.format_datetime(d)
    msg["Message-ID"] = m.get("msgid") or make_msgid(client, rng, domain)
    if m.get("reply"):
        firm_id = "<%s@%s>" % (uuid_from(rng), FIRM_DOMAIN)
        msg["In-Reply-To"] = firm_id
        msg["References"] = firm_id
    if client in MAILERS:
        k, v = MAILERS[client]
        msg[k] = v
    for k, v in m.get("headers", []):
        msg[k] = v


def build_normal(m, rng):
    client = m["client"]
    fmt = m.get("fmt", "alt")
    cte = m.get("cte", "quoted-printable")
    cte_html = m.get("cte_html", cte)
    charset = m.get("charset", "utf-8")
    style = "gmail" if client in ("gmail", "gmail_html") else "other"
    m["_hex"] = hexs(rng, 8)
    plain = full_plain(m)
    params = '; format="flowed"' if client == "thunderbird" else ""
    if fmt == "plain":
        body = text_part(plain, "plain", charset, cte, style, params)
    elif fmt == "html":
        body = text_part(full_html(m), "html", charset, cte_html, style)
    elif fmt == "alt":
        body = Message()
        body["Content-Type"] = 'multipart/alternative; boundary="%s"' % make_boundary(client, rng)
        body.attach(text_part(plain, "plain", charset, cte, style))
        body.attach(text_part(full_html(m), "html", charset, cte_html, style))
    else:
        raise ValueError(fmt)
    if m.get("attach"):
        top = Message()
        top["Content-Type"] = 'multipart/mixed; boundary="%s"' % make_boundary(client, rng)
        top.attach(body)
        for fn, ct in m["attach"]:
            top.attach(attach_part(fn, ct, rng))
        body = top
    msg = Message()
    set_headers(msg, m, rng)
    for k, v in body.items():
        msg[k] = v
    msg.set_payload(body.get_payload())
    return msg


def build_bounce(m, rng):
    """Postfix-style DSN (multipart/report) returning one of the firm's own mails."""
    msg = Message()
    msg["Return-Path"] = "<>"
    set_headers(msg, m, rng)
    b = "%d-eximdsn-%d" % (rng.randint(10**9, 2 * 10**9), rng.randint(10**9, 2 * 10**9))
    msg["Content-Type"] = 'multipart/report; report-type="delivery-status";\n boundary="%s"' % b
    note = text_part(m["body"], "plain", "us-ascii", "7bit", "other")
    note["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    per_msg = Message()
    for k, v in m["dsn_msg"]:
        per_msg[k] = v
    per_rcpt = Message()
    for k, v in m["dsn_rcpt"]:
        per_rcpt[k] = v
    ds.set_payload([per_msg, per_rcpt])
    orig_m = m["original"]
    orig = Message()
    set_headers(orig, orig_m, rng)
    op = text_part(orig_m["body"], "plain", "utf-8", "quoted-printable", "other")
    for k, v in op.items():
        orig[k] = v
    orig.set_payload(op.get_payload())
    rp = Message()
    rp["Content-Type"] = "message/rfc822"
    rp["Content-Transfer-Encoding"] = "8bit"
    rp["Content-Description"] = "Undelivered Message"
    rp.set_payload([orig])
    msg.set_payload([note, ds, rp])
    return msg


def build_newsletter(m, rng):
    msg = Message()
    set_headers(msg, m, rng)
    alt = Message()
    b = "----=_NextPart_%s_%s_%s" % (hexs(rng, 3).upper(), hexs(rng, 4).upper(), hexs(rng, 8).upper())
    msg["Content-Type"] = 'multipart/alternative;\n boundary="%s"' % b
    msg.attach(text_part(m["body"], "plain", "utf-8", m.get("cte", "base64"), "other"))
    msg.attach(text_part(m["html"], "html", "utf-8", m.get("cte", "base64"), "other"))
    return msg


def build(m):
    rng = random.Random("h26-%03d" % m["n"])
    kind = m.get("kind", "normal")
    if kind == "bounce":
        return build_bounce(m, rng)
    if kind == "newsletter":
        return build_newsletter(m, rng)
    return build_normal(m, rng)


# ------------------------------------------------------------------- checks
def nfold(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip().casefold()


def msg_text(msg):
    parts = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(h, []):
            parts.append(str(v))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", t)
                t = re.sub(r"<br\s*/?>|</(div|p)>", "\n", t)
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
        elif p.get_content_type() == "message/rfc822":
            pass  # walk() descends into it
        if p is not msg:
            for h in ("From", "To", "Subject"):
                if p.get(h):
                    parts.append(str(p.get(h)))
    return unicodedata.normalize("NFC", "\n".join(parts))


PHONE_RE = re.compile(r"(?<![\w@.])\+?\(?\d[\d\s.\-()]{7,18}\d")


def phones_in(text):
    out = set()
    for mm in PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", mm.group(0))
        if digits.startswith("84"):
            out.add("+" + digits)
        elif digits.startswith("0"):
            out.add("+84" + digits[1:])
        else:
            out.add("+" + digits)
    return out


def check(outdir, labels):
    errors = []
    assert len(labels) == 50, len(labels)
    cats, langs = {}, {}
    for fn, lab in sorted(labels.items()):
        path = os.path.join(outdir, fn)
        raw = open(path, "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for p in msg.walk():
            if p.defects:
                errors.append("%s: defects %r" % (fn, p.defects))
        text = msg_text(msg)
        ft = nfold(text)
        if lab["category"] not in CATEGORIES:
            errors.append("%s: bad category %s" % (fn, lab["category"]))
        if lab["language"] not in ("vi", "en", "mixed"):
            errors.append("%s: bad language" % fn)
        c = lab["contact"]
        if set(c) != {"name", "phone", "email", "address"}:
            errors.append("%s: bad contact keys" % fn)
        if lab["automated"]:
            if any(c.values()) or lab["category"] != "unknown":
                errors.append("%s: automated mail must be unknown with null contact" % fn)
        for k in ("name", "address"):
            if c[k] and nfold(c[k]) not in ft:
                errors.append("%s: %s %r not found" % (fn, k, c[k]))
        if c["email"]:
            if c["email"] != c["email"].lower() or c["email"] not in text.lower():
                errors.append("%s: email %r not found" % (fn, c["email"]))
            if c["email"].endswith("@" + FIRM_DOMAIN):
                errors.append("%s: firm address used as contact" % fn)
        if c["phone"]:
            if not re.fullmatch(r"\+\d{9,14}", c["phone"]):
                errors.append("%s: phone not E.164 %r" % (fn, c["phone"]))
            if c["phone"] not in phones_in(text):
                errors.append("%s: phone %r not found (have %s)" % (fn, c["phone"], sorted(phones_in(text))))
            if c["phone"] in ("+8418006365", "+18006365"):
                errors.append("%s: firm hotline used as contact" % fn)
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    return errors, cats, langs


# --------------------------------------------------------------------- main
def main():
    outdir = HERE
    all_msgs = msgs.MESSAGES + msgs2.MESSAGES
    nums = sorted(m["n"] for m in all_msgs)
    assert nums == list(range(1, 51)), nums
    labels = {}
    for m in sorted(all_msgs, key=lambda x: x["n"]):
        fn = "h26_%03d.eml" % m["n"]
        msg = build(m)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=GEN_POLICY).flatten(msg)
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(buf.getvalue())
        lab = dict(m["label"])
        lab["contact"] = dict(lab["contact"])
        if lab["contact"]["email"]:
            lab["contact"]["email"] = lab["contact"]["email"].lower()
        if not lab.get("note"):
            lab.pop("note", None)
        labels[fn] = lab
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    errors, cats, langs = check(outdir, labels)
    print("wrote %d messages to %s" % (len(labels), outdir))
    print("categories:", json.dumps(dict(sorted(cats.items()))))
    print("languages: ", json.dumps(dict(sorted(langs.items()))))
    print("automated: ", sum(1 for l in labels.values() if l["automated"]))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
