# -*- coding: utf-8 -*-
"""Generate the holdout40 labelled mail set (stdlib only).

Writes h40_001.eml ... h40_050.eml and labels.json next to this file.
Message data lives in msgs.py / msgs2.py.
"""
import base64
import html
import json
import os
import quopri
import random
import sys
import unicodedata
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as M1  # noqa: E402
from msgs2 import MSGS as M2  # noqa: E402

DOMAIN = "thinhtrigroup.com"
PREFIX = "h40"
SEED = 4040

# --------------------------------------------------------------------------- helpers
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_1258(text):
    """Encode Vietnamese text as windows-1258 the way old Windows mailers do:
    precomposed where cp1258 has the character, otherwise base letter + combining tone mark."""
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


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def cs(enc):
    c = Charset("utf-8")
    c.header_encoding = QP if enc == "Q" else BASE64
    c.body_encoding = None
    return c


def hdr_text(s, enc="B", charset="utf-8"):
    """RFC 2047 encode a header text (returns str or Header)."""
    if is_ascii(s):
        return s
    if charset == "windows-1258":
        return enc_1258_words(s, enc)
    # keep a leading ASCII prefix such as "Re:" / "FW:" unencoded, as mail clients do
    words = s.split(" ")
    k = 0
    while k < len(words) - 1 and is_ascii(words[k]) and words[k].endswith(":"):
        k += 1
    if k:
        h = Header(" ".join(words[:k]), "us-ascii")
        h.append(" ".join(words[k:]), cs(enc))
        return h
    return Header(s, cs(enc))


def enc_1258_words(s, enc="Q"):
    words = s.split(" ")
    chunks, cur = [], ""
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        if cur and len(to_1258(cur + piece)) > 30:
            chunks.append(cur)
            cur = piece
        else:
            cur += piece
    if cur:
        chunks.append(cur)
    out = []
    for ch in chunks:
        b = to_1258(ch)
        if enc == "B":
            out.append("=?windows-1258?B?%s?=" % base64.b64encode(b).decode("ascii"))
        else:
            q = "".join(
                chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ("_" if x == 32 else "=%02X" % x)
                for x in b)
            out.append("=?windows-1258?Q?%s?=" % q)
    return " ".join(out)


def addr(display, address, enc="B", charset="utf-8"):
    if not display:
        return address
    if is_ascii(display):
        return formataddr((display, address))
    if charset == "windows-1258":
        return "%s <%s>" % (enc_1258_words(display, "Q"), address)
    return formataddr((display, address), charset=cs(enc))


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = Message()
    b = to_1258(text) if charset == "windows-1258" else text.encode(charset)
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += '; format="flowed"'
    if cte in ("base64", "quoted-printable"):
        p["Content-Transfer-Encoding"] = cte
        p["Content-Type"] = ct
    else:
        p["Content-Type"] = ct
        p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(b).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(b).decode("ascii")
    elif cte == "7bit":
        payload = b.decode("ascii")
    else:  # 8bit
        payload = b.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


def boundary(rng, style):
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(30))
    if style in ("outlook", "ooo"):
        return "_000_%s_" % h
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    if style in ("newsletter", "bounce"):
        return "----=_NextPart_%s_%s_%s" % (h[:3], h[3:7], h[7:15])
    return "0000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(18))


def msgid(rng, style, from_addr):
    dom = from_addr.split("@")[1]
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if style.startswith("gmail") or (dom == "gmail.com" and style not in ("outlook", "iphone", "thunderbird")):
        return "<CA%s@mail.gmail.com>" % "".join(rng.choice(alnum + "_-=+") for _ in range(52))
    if style in ("outlook", "ooo"):
        return "<0000%02x01dc%s$%s$%s@%s>" % (rng.randint(0, 255), "".join(rng.choice("0123456789abcdef") for _ in range(6)),
                                               "".join(rng.choice("0123456789abcdef") for _ in range(8)),
                                               "".join(rng.choice("0123456789abcdef") for _ in range(8)), dom)
    if style == "owa_html":
        return "<%s@%s>" % ("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)),
                            "SEYPR04MB" + str(rng.randint(1000, 9999)) + ".apcprd04.prod.outlook.com")
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), rng.randint(10**12, 10**13))
    if style == "oe1258":
        return "<%s$%s$%s@%s-PC>" % ("".join(rng.choice("0123456789abcdef") for _ in range(12)),
                                      "".join(rng.choice("0123456789abcdef") for _ in range(8)),
                                      "0201a8c0", from_addr.split("@")[0][:6].upper())
    u = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def fmt_date(t):
    import datetime
    tz = t[6] if len(t) > 6 else "+0700"
    dt = datetime.datetime(*t[:6])
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def clean(s):
    return s.strip("\n")


def full_plain(m):
    body = clean(m["body"])
    if m.get("quote"):
        q = m["quote"]
        qlines = ["> " + l if l else ">" for l in clean(q["text"]).split("\n")]
        body += "\n\n" + q["attr"] + "\n\n" + "\n".join(qlines)
    if m.get("tail"):
        body += "\n\n" + clean(m["tail"])
    return body + "\n"


def esc(s):
    return html.escape(s, quote=False)


def html_gmail(m):
    out = ['<div dir="ltr">']
    for l in clean(m["body"]).split("\n"):
        out.append("<div>%s</div>" % esc(l) if l else "<div><br></div>")
    if m.get("tail"):
        out.append("<div><br></div>")
        for l in clean(m["tail"]).split("\n"):
            out.append("<div>%s</div>" % esc(l) if l else "<div><br></div>")
    out.append("</div>")
    s = "\n".join(out)
    if m.get("quote"):
        q = m["quote"]
        s += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
              % esc(q["attr"]))
        s += "<br>\n".join(esc(l) for l in clean(q["text"]).split("\n"))
        s += "\n</blockquote></div>"
    return s + "\n"


MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(m):
    def paras(text):
        r = []
        for l in clean(text).split("\n"):
            r.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l) if l else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return r
    out = [MSO_HEAD.rstrip("\n")]
    out += paras(m["body"])
    if m.get("tail"):
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
        out += paras(m["tail"])
        out.append("</div>")
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def html_owa(m):
    lines = clean(full_plain(m)).split("\n")
    body = "<br>\n".join(esc(l) for l in lines)
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n' % body)


def html_yahoo(m):
    out = ['<html><head></head><body><div class="ydp3c1e9a7fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">']
    for l in clean(m["body"]).split("\n"):
        out.append('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>"))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def html_newsletter(m):
    lines = clean(m["body"]).split("\n")
    parts = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>' % esc(lines[0]),
             '<body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0;">',
             '<div style="max-width:640px;margin:0 auto;background:#fff;">',
             '<div style="background:#1d3557;color:#fff;padding:16px 22px;font-size:18px;font-weight:bold;">%s</div>' % esc(lines[0]),
             '<div style="padding:18px 22px;font-size:14px;line-height:1.6;">']
    for l in lines[1:]:
        if not l:
            continue
        if l.startswith("http"):
            parts.append('<p><a href="%s" style="color:#777;">H&#7911;y nh&#7853;n b&#7843;n tin</a></p>' % esc(l))
        else:
            parts.append("<p>%s</p>" % esc(l))
    parts.append("</div></div></body></html>")
    return "\n".join(parts) + "\n"


def fake_attachment(fname, ctype, rng):
    maintype, subtype = ctype.split("/")
    p = Message()
    p["Content-Type"] = '%s; name="%s"' % (ctype, fname)
    p["Content-Disposition"] = 'attachment; filename="%s"' % fname
    p["Content-Transfer-Encoding"] = "base64"
    if subtype == "pdf":
        data = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
                b"endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    else:
        data = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) + b"JFIF\x00\x01\x01" + bytes(rng.randint(0, 255) for _ in range(600)) + bytes([0xFF, 0xD9])
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def multipart(sub, rng, style):
    mp = MIMEMultipart(sub, boundary=boundary(rng, style))
    del mp["MIME-Version"]
    return mp


# --------------------------------------------------------------------------- builders
def build_body(m, rng):
    style = m["style"]
    cte = m.get("cte", "quoted-printable")
    plain = full_plain(m)
    if style in ("gmail", "outlook", "yahoo", "newsletter"):
        htm = {"gmail": html_gmail, "outlook": html_outlook, "yahoo": html_yahoo,
               "newsletter": html_newsletter}[style](m)
        mp = multipart("alternative", rng, style)
        if style == "gmail":  # gmail puts CTE before Content-Type
            mp.attach(text_part(plain, "plain", "UTF-8", cte))
            mp.attach(text_part(htm, "html", "UTF-8", cte))
        else:
            mp.attach(text_part(plain, "plain", "utf-8", cte))
            mp.attach(text_part(htm, "html", "utf-8", cte))
        body = mp
    elif style == "gmail_plain":
        body = text_part(plain, "plain", "UTF-8", cte)
    elif style == "gmail_html":
        body = text_part(html_gmail(m), "html", "UTF-8", cte)
    elif style == "owa_html":
        body = text_part(html_owa(m), "html", "utf-8", cte)
    elif style in ("iphone", "ooo", "autoreply_plain"):
        body = text_part(plain, "plain", "utf-8", cte)
    elif style == "thunderbird":
        body = text_part(plain, "plain", "utf-8", cte, flowed=True)
    elif style == "oe1258":
        body = text_part(plain, "plain", "windows-1258", cte)
    else:
        raise ValueError(style)
    if m.get("attach"):
        mixed = multipart("mixed", rng, style)
        mixed.attach(body)
        for fname, ctype in m["attach"]:
            mixed.attach(fake_attachment(fname, ctype, rng))
        body = mixed
    return body


def build_bounce(m, rng):
    orig = Message()
    orig["MIME-Version"] = "1.0"
    orig["From"] = addr("Thịnh Trí Group", "support@" + DOMAIN, "Q")
    orig["To"] = m["rcpt"]
    orig["Subject"] = hdr_text(m["orig_subject"], "Q")
    orig["Date"] = fmt_date(m["orig_date"])
    orig["Message-ID"] = msgid(rng, "thunderbird", "x@" + DOMAIN)
    tp = text_part(clean(m["orig_body"]) + "\n", "plain", "utf-8", "quoted-printable")
    orig["Content-Type"] = tp["Content-Type"]
    orig["Content-Transfer-Encoding"] = tp["Content-Transfer-Encoding"]
    orig.set_payload(tp.get_payload())

    rep = MIMEMultipart("report", boundary=boundary(rng, "bounce"))
    rep.set_param("report-type", "delivery-status")
    del rep["MIME-Version"]
    dom = m["rcpt"].split("@")[1]
    note = text_part(
        "This is the mail system at host mail.%s.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<%s>: Host or domain name not found. Name service error for\n"
        "    name=%s type=MX: Host not found, try again\n" % (DOMAIN, m["rcpt"], dom),
        "plain", "us-ascii", "7bit")
    note["Content-Description"] = "Notification"
    rep.attach(note)

    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mail." + DOMAIN
    b1["X-Postfix-Queue-ID"] = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    b1["X-Postfix-Sender"] = "rfc822; support@" + DOMAIN
    b1["Arrival-Date"] = fmt_date(m["orig_date"])
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; " + m["rcpt"]
    b2["Original-Recipient"] = "rfc822;" + m["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = "X-Postfix; Host or domain name not found. Name service error for name=%s type=MX: Host not found, try again" % dom
    ds.set_payload([b1, b2])
    rep.attach(ds)

    mm = MIMEMessage(orig)
    del mm["MIME-Version"]
    mm["Content-Description"] = "Undelivered Message"
    rep.attach(mm)
    return rep


def build(m, rng):
    style = m["style"]
    body = build_bounce(m, rng) if style == "bounce" else build_body(m, rng)
    ct = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    charset = "windows-1258" if style == "oe1258" else "utf-8"
    enc = "Q" if style in ("outlook", "yahoo", "newsletter", "ooo") or rng.random() < 0.35 else "B"
    fd, fa = m["from_"]
    if style == "bounce":
        body["Return-Path"] = "<>"
        body["Date"] = fmt_date(m["date"])
        body["From"] = "%s (%s)" % (fa, fd)
        body["Subject"] = m["subject"]
    body["MIME-Version"] = "1.0"
    if style != "bounce":
        body["From"] = addr(fd, fa, enc, charset)
    to = m["to"]
    if isinstance(to, tuple):
        body["To"] = addr(to[0], "%s@%s" % (to[1], DOMAIN), enc)
    else:
        body["To"] = "%s@%s" % (to, DOMAIN)
    if style != "bounce":
        body["Subject"] = hdr_text(m["subject"], "B" if charset == "windows-1258" else enc, charset)
        body["Date"] = fmt_date(m["date"])
    body["Message-ID"] = msgid(rng, style, fa if "@" in fa else "x@" + DOMAIN)
    if m.get("reply") or style in ("ooo", "autoreply_plain"):
        ref = "<%s@%s>" % ("-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)), DOMAIN)
        body["In-Reply-To"] = ref
        body["References"] = ref
    if style in ("outlook", "ooo"):
        body["X-Mailer"] = "Microsoft Outlook 16.0"
    elif style == "yahoo":
        body["X-Mailer"] = "WebService/1.1.25501 YMailNorrin"
    elif style == "iphone":
        body["X-Mailer"] = "iPhone Mail (22E252)"
    elif style == "thunderbird":
        body["User-Agent"] = "Mozilla Thunderbird"
    elif style == "oe1258":
        body["X-Priority"] = "3"
        body["X-MSMail-Priority"] = "Normal"
        body["X-Mailer"] = "Microsoft Outlook Express 6.00.2900.5931"
        body["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.00.2900.6157"
    if style == "ooo":
        body["X-Autoreply"] = "yes"
        body["X-Auto-Response-Suppress"] = "All"
    if style in ("autoreply_plain", "bounce"):
        body["Auto-Submitted"] = "auto-replied"
    if style == "autoreply_plain":
        body["X-Auto-Response-Suppress"] = "All"
    if style == "newsletter":
        body["List-Id"] = m["list_id"]
        body["List-Unsubscribe"] = "<%s>" % m["unsub"]
        body["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        body["Precedence"] = "bulk"
    for k, v in ct:
        if k != "MIME-Version":
            body[k] = v
    return body


def label_of(m):
    lab = m["label"]
    c = dict(lab["contact"])
    if c.get("email"):
        c["email"] = c["email"].lower()
    out = {"automated": bool(lab.get("automated", False)), "category": lab["category"],
           "contact": {"address": c["address"], "email": c["email"], "name": c["name"], "phone": c["phone"]},
           "language": lab["language"]}
    if lab.get("note"):
        out["note"] = lab["note"]
    return out


def main():
    msgs = list(M1) + list(M2)
    assert len(msgs) == 50, len(msgs)
    order = list(range(len(msgs)))
    random.Random(SEED).shuffle(order)
    labels = {}
    mapping = {}
    for n, idx in enumerate(order, 1):
        m = msgs[idx]
        fname = "%s_%03d.eml" % (PREFIX, n)
        rng = random.Random("%d-%s" % (SEED, m["key"]))
        msg = build(m, rng)
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(buf.getvalue())
        labels[fname] = label_of(m)
        mapping[fname] = m["key"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    return mapping


if __name__ == "__main__":
    mp = main()
    for k in sorted(mp):
        print(k, mp[k])
