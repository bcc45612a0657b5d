#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate holdout set 32: h32_001.eml ... h32_050.eml and labels.json.

Stdlib only. Message data lives in msgs.py / msgs2.py; this file only renders
them as RFC 5322 / MIME messages with the email package, writes the labels,
and then re-parses everything to verify it (counts, label sanity, and that every
labelled contact value literally occurs in the decoded message).
"""
import base64
import sys
sys.dont_write_bytecode = True
import datetime as dt
import email
import hashlib
import html
import json
import os
import random
import re
import sys
import unicodedata
from email import base64mime, policy, quoprimime
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import msgs   # noqa: E402
import msgs2  # noqa: E402

DOMAIN = "thinhtrigroup.com"
FIRM_TO = {
    "info": "info@" + DOMAIN,
    "support": "support@" + DOMAIN,
}
CATEGORIES = {"service_request", "access_request", "correction_request",
              "deletion_request", "complaint", "unknown"}
OUT_POLICY = policy.compat32.clone(linesep="\r\n")

# --------------------------------------------------------------------------- helpers

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(text):
    """Encode Vietnamese text the way old Windows mailers did: precomposed
    where windows-1258 has the character, otherwise base letter + combining tone."""
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


def utf8_charset(enc):
    c = Charset("utf-8")
    c.header_encoding = BASE64 if enc == "B" else QP
    return c


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def cp1258_words(text, enc="Q", size=16):
    words = []
    for i in range(0, len(text), size):
        b = cp1258_bytes(text[i:i + size])
        if enc == "Q":
            words.append(quoprimime.header_encode(b, charset="windows-1258"))
        else:
            words.append(base64mime.header_encode(b, charset="windows-1258"))
    return " ".join(words)


def enc_text_header(text, enc="B", charset="utf-8", name="Subject"):
    """RFC 2047 for non-ASCII header text; ASCII prefixes like 'Re: ' stay readable."""
    if is_ascii(text):
        return text
    prefix = ""
    m = re.match(r"^((?:Re|RE|Fwd|FW|Fw|Automatic reply): )", text)
    if m:
        prefix, text = m.group(1), text[len(m.group(1)):]
    if charset == "windows-1258":
        return prefix + cp1258_words(text, enc)
    h = Header(text, utf8_charset(enc), header_name=name)
    return prefix + h.encode(linesep="\n").replace("\n ", " ")


def enc_addr(name, addr, enc="B", charset="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_text_header(name, enc, charset, "From"), addr)


def fmt_date(s, tz="+0700"):
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    t = t.replace(tzinfo=dt.timezone(off))
    return email.utils.format_datetime(t)


class Rand:
    def __init__(self, key):
        self.r = random.Random(hashlib.sha256(key.encode()).hexdigest())

    def hexs(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def chars(self, n, alphabet):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def uuid(self, upper=False):
        h = self.hexs(32, upper)
        return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))


GMAIL_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="


def message_id(m, rnd):
    addr = m.get("from_email", "")
    dom = addr.split("@")[-1]
    style = m.get("style")
    if style == "iphone":
        return "<%s@%s>" % (rnd.uuid(upper=True), dom)
    if style == "owa":
        n = rnd.digits(4)
        return "<SG2PR06MB%s%s@SG2PR06MB%s.apcprd06.prod.outlook.com>" % (n, rnd.hexs(24, True), n)
    if style == "oe":
        return "<%s01dc%s$%s$%s@%s-PC>" % (rnd.hexs(4), rnd.hexs(6), rnd.hexs(8), rnd.hexs(8),
                                           unicodedata.normalize("NFD", m["from_name"].split()[-1]).encode("ascii", "ignore").decode().upper())
    if dom == "gmail.com":
        return "<CA%s@mail.gmail.com>" % rnd.chars(46, GMAIL_ALPHA)
    if dom == "icloud.com":
        return "<%s@icloud.com>" % rnd.uuid(upper=True)
    if dom.startswith("yahoo."):
        return "<%s.%s.%s@mail.yahoo.com>" % (rnd.digits(9), rnd.digits(7), rnd.digits(13))
    if style == "outlook":
        return "<0000%s01dc%s$%s$%s@%s>" % (rnd.hexs(4), rnd.hexs(4), rnd.hexs(8), rnd.hexs(8), dom)
    if style == "oe":
        return "<%s01dc%s$%s$%s@%s-PC>" % (rnd.hexs(4), rnd.hexs(6), rnd.hexs(8), rnd.hexs(8),
                                           m["from_name"].split()[-1].upper())
    return "<%s@%s>" % (rnd.uuid(), dom)


def boundary(style, rnd):
    if style in ("gmail", "android"):
        return "0000000000" + rnd.hexs(18)
    if style in ("outlook", "owa"):
        return "_000_%s_" % rnd.hexs(30, upper=True)
    if style == "yahoo":
        return "----=_Part_%s_%s.%s" % (rnd.digits(6), rnd.digits(9), rnd.digits(13))
    return "----=_NextPart_%s_%s_%s" % (rnd.hexs(3, True), rnd.hexs(4, True), rnd.hexs(8, True))


def text_part(text, subtype, charset, cte, cte_first=False, extra_ct=""):
    p = Message()
    raw = cp1258_bytes(text) if charset.lower() == "windows-1258" else text.encode("utf-8")
    if cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76)
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, extra_ct)
    if cte_first:
        p["Content-Transfer-Encoding"] = cte
        p["Content-Type"] = ct
    else:
        p["Content-Type"] = ct
        p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def multipart(subtype, bnd, parts):
    p = Message()
    p["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, bnd)
    for x in parts:
        p.attach(x)
    return p


def fake_jpeg(rnd):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + rnd.bytes(1800) + b"\xff\xd9")


def fake_pdf(title):
    content = ("BT /F1 14 Tf 60 780 Td (%s) Tj ET" % title).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def attachment(fname, ctype, rnd, title):
    p = Message()
    data = fake_jpeg(rnd) if ctype == "image/jpeg" else fake_pdf(title)
    p["Content-Type"] = '%s; name="%s"' % (ctype, fname)
    p["Content-Disposition"] = 'attachment; filename="%s"' % fname
    p["Content-Transfer-Encoding"] = "base64"
    p["X-Attachment-Id"] = "f_" + rnd.chars(9, "abcdefghijklmnopqrstuvwxyz0123456789")
    p["Content-ID"] = "<%s>" % p["X-Attachment-Id"]
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


# --------------------------------------------------------------------------- HTML renderers

def h(s):
    return html.escape(s, quote=False)


def html_gmail(body, qh=None, q=None):
    divs = ["<div>%s</div>" % h(l) if l.strip() else "<div><br></div>" for l in body.split("\n")]
    out = '<div dir="ltr">' + "\n".join(divs) + "</div>"
    if q:
        out += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                % (h(qh), "<br>\n".join(h(l) for l in q.split("\n"))))
    return out + "\n"


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


def html_outlook(body, qh=None, q=None):
    ps = []
    for l in body.split("\n"):
        if l.strip():
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % h(l))
        else:
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return OUTLOOK_HEAD + "\n".join(ps) + "\n</div>\n</body>\n</html>\n"


def html_yahoo(body, rnd, qh=None, q=None):
    tag = "ydp" + rnd.hexs(8)
    divs = ['<div dir="ltr" data-setdir="false">%s</div>' % (h(l) if l.strip() else "<br>")
            for l in body.split("\n")]
    out = ('<html><head></head><body><div class="%syahoo-style-wrap" style="font-family:Helvetica Neue, '
           'Helvetica, Arial, sans-serif;font-size:13px;">' % tag) + "\n".join(divs) + "</div>"
    if q:
        out += ('\n<div id="%syahoo_quoted_%s" class="%syahoo_quoted"><div style="font-family:\'Helvetica Neue\', '
                'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                '<div><div dir="ltr">%s</div></div></div></div>'
                % (tag, rnd.digits(10), tag, h(qh), "<br>\n".join(h(l) for l in q.split("\n"))))
    return out + "</body></html>\n"


def html_owa(body, qh=None, q=None):
    lines = "<br>\n".join(h(l).replace("  ", "&nbsp; ") for l in body.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
            'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + lines + "\n</div>\n</body>\n</html>\n")


def render_html(m, rnd, body, qh, q):
    st = m["style"]
    if st == "outlook":
        return html_outlook(body, qh, q)
    if st == "yahoo":
        return html_yahoo(body, rnd, qh, q)
    if st == "owa":
        return html_owa(body, qh, q)
    return html_gmail(body, qh, q)


def plain_with_quote(body, qh, q):
    if not q:
        return body + "\n"
    ql = "\n".join(("> " + l) if l.strip() else ">" for l in q.split("\n"))
    return body + "\n\n" + qh + "\n\n" + ql + "\n"


# --------------------------------------------------------------------------- builders

def base_headers(msg, m, rnd, to_addr=None):
    enc = m.get("hdr", "B")
    cs = m.get("charset", "utf-8")
    msg["MIME-Version"] = "1.0"
    msg["From"] = enc_addr(m["from_name"], m["from_email"], enc, cs)
    to = m.get("to", "info")
    if to_addr:
        msg["To"] = to_addr
    elif to == "info_named":
        msg["To"] = enc_addr("Thịnh Trí Group", FIRM_TO["info"], "B")
    else:
        msg["To"] = FIRM_TO[to]
    msg["Subject"] = enc_text_header(m["subject"], enc, cs)
    msg["Date"] = fmt_date(m["date"], m.get("tz", "+0700"))
    msg["Message-ID"] = message_id(m, rnd)
    if m.get("reply_to_firm") or m.get("kind") in ("ooo", "autoack"):
        firm_id = "<%s@%s>" % (rnd.uuid(), DOMAIN)
        msg["In-Reply-To"] = firm_id
        msg["References"] = firm_id
    st = m.get("style")
    if st == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif st == "yahoo":
        msg["X-Mailer"] = "WebService/1.1.%s YMailNorrin" % rnd.digits(5)
    elif st == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22E%s)" % rnd.digits(3)
    elif st == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif st == "oe":
        msg["X-Priority"] = "3"
        msg["X-MSMail-Priority"] = "Normal"
        msg["X-Mailer"] = "Microsoft Outlook Express 6.00.2900.5931"
        msg["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.00.2900.6157"


def graft(msg, part):
    """Move Content-* headers and payload of `part` onto top-level `msg`."""
    for k, v in part.items():
        msg[k] = v
    msg.set_payload(part._payload)  # raw payload (keeps 8bit surrogate-escaped bytes)


def build_regular(m, rnd):
    msg = Message()
    base_headers(msg, m, rnd)
    st, fmt, cte = m["style"], m["fmt"], m["cte"]
    cs = m.get("charset", "utf-8")
    cs_label = "UTF-8" if st in ("gmail", "android") and cs == "utf-8" else cs
    gm = st in ("gmail", "android")
    body, qh, q = m["body"], m.get("quote_hdr"), m.get("quote")
    plain = plain_with_quote(body, qh, q)
    extra = '; format="flowed"' if st == "thunderbird" else ""
    if fmt == "plain":
        graft(msg, text_part(plain, "plain", cs_label, cte, extra_ct=extra))
    elif fmt == "html":
        graft(msg, text_part(render_html(m, rnd, body, qh, q), "html", cs_label, cte))
    else:
        alt = multipart("alternative", boundary(st, rnd), [
            text_part(plain, "plain", cs_label, cte, cte_first=gm),
            text_part(render_html(m, rnd, body, qh, q), "html", cs_label, cte, cte_first=gm),
        ])
        if fmt == "alt":
            graft(msg, alt)
        else:  # mixed: alternative + attachments
            atts = [attachment(fn, ct, rnd, m["subject"][:40].encode("ascii", "ignore").decode())
                    for fn, ct in m.get("attach", [])]
            graft(msg, multipart("mixed", boundary(st, rnd), [alt] + atts))
    return msg


def build_ooo(m, rnd):
    msg = Message()
    base_headers(msg, m, rnd)
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    graft(msg, text_part(m["body"] + "\n", "plain", "utf-8", m["cte"]))
    return msg


def build_autoack(m, rnd):
    msg = Message()
    base_headers(msg, m, rnd)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    paras = m["body"].split("\n\n")
    inner = "\n".join("<p>%s</p>" % "<br>".join(h(l) for l in p.split("\n")) for p in paras)
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:16px;">\n'
            '<div style="border-top:4px solid #2e7d32;padding-top:12px;">\n%s\n</div>\n'
            '<p style="font-size:11px;color:#888;">Ticket: CL-260305-0417</p>\n'
            '</td></tr></table>\n</body></html>\n' % inner)
    graft(msg, text_part(page, "html", "utf-8", m["cte"]))
    return msg


def build_newsletter(m, rnd):
    msg = Message()
    base_headers(msg, m, rnd)
    dom = m["from_email"].split("@")[1]
    token = rnd.hexs(7)
    msg["List-Id"] = "Ban tin Nha Nong Thong Thai <bantin.%s>" % dom
    msg["List-Unsubscribe"] = "<https://%s/huy-dang-ky?u=a81f02c&t=%s>" % (dom, token)
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Precedence"] = "bulk"
    msg["X-Campaign-Id"] = "nnt-18-" + rnd.digits(6)
    lines = m["body"].split("\n")
    title = lines[0]
    rest = [l for l in lines[1:]]
    body_html = "\n".join("<p>%s</p>" % h(l) for l in rest if l.strip())
    page = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f7ee;margin:0;">\n'
            '<div style="max-width:600px;margin:0 auto;background:#fff;">\n'
            '<div style="background:#3b7d23;color:#fff;padding:16px 22px;font-size:19px;font-weight:bold;">%s</div>\n'
            '<div style="padding:18px 22px;font-size:14px;line-height:1.6;">\n%s\n</div>\n'
            '</div></body></html>\n' % (h(title), h(title), body_html))
    st = m["style"]
    graft(msg, multipart("alternative", boundary(st, rnd), [
        text_part(m["body"] + "\n", "plain", "utf-8", m["cte"]),
        text_part(page, "html", "utf-8", m["cte"]),
    ]))
    return msg


def build_bounce(m, rnd):
    msg = Message()
    host = "mail." + DOMAIN
    rcpt = m["bounce_rcpt"]
    msg["Return-Path"] = "<>"
    msg["Date"] = fmt_date(m["date"])
    msg["From"] = "MAILER-DAEMON@%s (Mail Delivery System)" % host
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["To"] = FIRM_TO[m["to"]]
    qid = rnd.hexs(10, upper=True)
    msg["Message-ID"] = "<%s.%s@%s>" % (m["date"].replace("-", "").replace(" ", "").replace(":", ""), qid, host)
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"

    diag = ("host mta7.am0.yahoodns.net[67.195.204.79] said: 554 delivery error: dd "
            "This user doesn't have a yahoo.com.vn account (%s) [0] - "
            "mta4016.mail.gq1.yahoo.com (in reply to end of DATA command)" % rcpt)
    note = ("This is the mail system at host %s.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host mta7.am0.yahoodns.net[67.195.204.79] said: 554\n"
            "    delivery error: dd This user doesn't have a yahoo.com.vn account\n"
            "    (%s) [0] - mta4016.mail.gq1.yahoo.com (in reply to end\n"
            "    of DATA command)\n" % (host, rcpt, rcpt))
    p1 = text_part(note, "plain", "us-ascii", "7bit")
    p1["Content-Description"] = "Notification"

    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; " + host
    b1["X-Postfix-Queue-ID"] = qid
    b1["X-Postfix-Sender"] = "rfc822; " + FIRM_TO[m["to"]]
    b1["Arrival-Date"] = fmt_date(m["orig_date"])
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + rcpt
    b2["Original-Recipient"] = "rfc822;" + rcpt
    b2["Action"] = "failed"
    b2["Status"] = "5.0.0"
    b2["Remote-MTA"] = "dns; mta7.am0.yahoodns.net"
    b2["Diagnostic-Code"] = "smtp; " + diag.split("said: ")[1]
    ds.set_payload([b1, b2])

    orig = Message()
    orig["MIME-Version"] = "1.0"
    orig["From"] = enc_addr("Thịnh Trí Group", FIRM_TO[m["to"]], "Q")
    orig["To"] = rcpt
    orig["Subject"] = enc_text_header(m["orig_subject"], "Q")
    orig["Date"] = fmt_date(m["orig_date"])
    orig["Message-ID"] = "<%s@%s>" % (rnd.uuid(), DOMAIN)
    graft(orig, text_part(m["orig_body"] + "\n", "plain", "utf-8", "quoted-printable"))
    rp = Message()
    rp["Content-Type"] = "message/rfc822"
    rp["Content-Description"] = "Undelivered Message"
    rp.set_payload([orig])

    graft(msg, multipart("report", boundary("bounce", rnd), [p1, ds, rp]))
    msg.replace_header("Content-Type",
                       'multipart/report; report-type="delivery-status"; boundary="%s"'
                       % msg.get_boundary())
    return msg


BUILDERS = {None: build_regular, "ooo": build_ooo, "autoack": build_autoack,
            "newsletter": build_newsletter, "bounce": build_bounce}


def make_label(m):
    L = m["label"]
    auto = bool(L.get("automated", False))
    if auto:
        contact = {"address": None, "email": None, "name": None, "phone": None}
    else:
        contact = {
            "address": L.get("address"),
            "email": (L.get("email") or m["from_email"]).lower(),
            "name": L.get("name"),
            "phone": L.get("phone"),
        }
    out = {"automated": auto, "category": L["cat"], "contact": contact, "language": L["lang"]}
    if L.get("note"):
        out["note"] = L["note"]
    return out


# --------------------------------------------------------------------------- verification

def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def decoded_text(msg):
    chunks = []
    for k in ("From", "Subject", "To"):
        if msg[k] is not None:
            chunks.append(str(msg[k]))
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        txt = part.get_content()
        if part.get_content_subtype() == "html":
            txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
        chunks.append(txt)
    return "\n".join(chunks)


PHONE_RE = re.compile(r"\+?\(?\d[\d \u00a0().\-]{6,}\d")


def phones_in(text):
    found = set()
    for mm in PHONE_RE.finditer(text):
        raw = mm.group(0)
        d = re.sub(r"\D", "", raw)
        if raw.startswith("+"):
            found.add("+" + d)
        elif d.startswith("84") and len(d) >= 11:
            found.add("+" + d)
        elif d.startswith("0"):
            found.add("+84" + d[1:])
    return found


def verify(files, labels):
    errors = []
    assert len(labels) == 50, len(labels)
    for fn in files:
        path = os.path.join(HERE, fn)
        with open(path, "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            errors.append("%s: defects %r" % (fn, msg.defects))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: part defects %r" % (fn, part.defects))
        text = decoded_text(msg)
        ntext = norm(text)
        lab = labels[fn]
        if lab["category"] not in CATEGORIES:
            errors.append("%s: bad category" % fn)
        if lab["language"] not in ("vi", "en", "mixed"):
            errors.append("%s: bad language" % fn)
        c = lab["contact"]
        if lab["automated"]:
            if any(v is not None for v in c.values()):
                errors.append("%s: automated mail with contact" % fn)
            if lab["category"] != "unknown":
                errors.append("%s: automated but not unknown" % fn)
            continue
        for key in ("name", "email", "address"):
            v = c[key]
            if v is not None and norm(v) not in ntext:
                errors.append("%s: %s %r not found in message" % (fn, key, v))
        if c["email"] and c["email"] != c["email"].lower():
            errors.append("%s: email not lowercase" % fn)
        if c["phone"] is not None:
            if not re.fullmatch(r"\+\d{8,15}", c["phone"]):
                errors.append("%s: phone not E.164 %r" % (fn, c["phone"]))
            if c["phone"] not in phones_in(unicodedata.normalize("NFC", text)):
                errors.append("%s: phone %r not found" % (fn, c["phone"]))
    return errors


# --------------------------------------------------------------------------- main

def main():
    all_msgs = list(msgs.MSGS) + list(msgs2.MSGS)
    assert len(all_msgs) == 50, len(all_msgs)
    keys = [m["key"] for m in all_msgs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    # Inbox order: file numbers follow arrival time (in UTC).
    def utc(m):
        t = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S")
        tz = m.get("tz", "+0700")
        sign = 1 if tz[0] == "+" else -1
        return t - sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    all_msgs.sort(key=utc)

    for old in os.listdir(HERE):
        if re.fullmatch(r"h32_\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))

    labels, files = {}, []
    for i, m in enumerate(all_msgs, 1):
        fn = "h32_%03d.eml" % i
        rnd = Rand("h32/" + m["key"])
        msg = BUILDERS[m.get("kind")](m, rnd)
        data = msg.as_bytes(policy=OUT_POLICY)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        labels[fn] = make_label(m)
        files.append(fn)

    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")

    errors = verify(files, labels)
    cats, langs, autos = {}, {}, 0
    for lab in labels.values():
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
        autos += lab["automated"]
    print("wrote %d messages to %s" % (len(files), HERE))
    print("categories:", json.dumps(dict(sorted(cats.items()))))
    print("languages: ", json.dumps(dict(sorted(langs.items()))))
    print("automated: ", autos)
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("verification OK: all files parse, labels valid, contact values found in decoded text")


if __name__ == "__main__":
    main()
