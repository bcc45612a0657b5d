#!/usr/bin/env python3
"""Build the h28 hold-out set: h28_001.eml ... h28_050.eml and labels.json.

Stdlib only. Message data lives in msgs.py / msgs2.py (lists of dicts).
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import re
import unicodedata
import uuid
from email import utils as eutils
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from io import BytesIO

from msgs import MSGS as MSGS1
from msgs2 import MSGS as MSGS2

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(2804)
POLICY = compat32.clone(linesep="\n", max_line_length=0)

# --------------------------------------------------------------------------
# encodings
# --------------------------------------------------------------------------
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode NFC Vietnamese text to windows-1258 the way old Windows mailers
    do: precomposed where the code page has the letter, otherwise base letter
    plus combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in dec if c not in TONE_MARKS)
        tones = "".join(c for c in dec if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", base)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def encode_body(text, charset):
    if charset.lower() == "windows-1258":
        return to_cp1258(text)
    return text.encode(charset)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              flowed=False, cs_label=None):
    data = encode_body(text, charset)
    part = MIMENonMultipart("text", subtype, charset=cs_label or charset)
    if flowed:
        part.set_param("format", "flowed")
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "7bit":
        payload = data.decode("ascii")  # raises if not ASCII: intended
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _q_word_bytes(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(text, name="Subject", enc="B", charset="utf-8"):
    """RFC 2047 encode `text` (if needed) into folded encoded words."""
    if text.isascii():
        return text
    label = "UTF-8" if charset == "utf-8" else charset
    prefix = "=?%s?%s?" % (label, enc)
    words, cur = [], ""
    limit = 75 - len(name) - 2  # first line shares room with "Name: "

    def enc_chunk(s):
        b = encode_body(s, charset)
        if enc == "B":
            return prefix + base64.b64encode(b).decode("ascii") + "?="
        return prefix + _q_word_bytes(b) + "?="

    for ch in text:
        trial = cur + ch
        if len(enc_chunk(trial)) > limit and cur:
            words.append(enc_chunk(cur))
            cur = ch
            limit = 74
        else:
            cur = trial
    if cur:
        words.append(enc_chunk(cur))
    return "\n ".join(words)


def addr(name, email_addr, enc="B", hname="From"):
    if not name:
        return email_addr
    if name.isascii():
        return eutils.formataddr((name, email_addr))
    words = ew(name, hname, enc)
    line = "%s <%s>" % (words, email_addr)
    if len(hname) + 2 + len(line.split("\n")[-1]) > 78:
        line = "%s\n <%s>" % (words, email_addr)
    return line


# --------------------------------------------------------------------------
# ids / boundaries
# --------------------------------------------------------------------------
B64ISH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(n, alphabet=B64ISH):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rhex(n, upper=False):
    s = "".join(RNG.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid():
    return str(uuid.UUID(int=RNG.getrandbits(128)))


def msgid(style, domain):
    if style in ("gmail",):
        return "<CA%s@mail.gmail.com>" % rstr(46, B64ISH + "_-=+")
    if style == "outlook":
        return "<0000%s01dc%s$%s$%s@%s>" % (rhex(4), rhex(4), rhex(8), rhex(8), domain)
    if style == "owa":
        host = "SG2PR0%dMB%d" % (RNG.randint(1, 6), RNG.randint(1000, 9999))
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (host, rhex(28, True), host, RNG.randint(1, 6))
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (RNG.randint(10**8, 10**9), RNG.randint(10**6, 10**7), RNG.randint(10**12, 10**13))
    if style == "iphone":
        return "<%s@%s>" % (ruuid().upper(), domain)
    if style == "oe":
        return "<%s$%s$%s@%s>" % (rhex(12), rhex(8), rhex(8), domain)
    return "<%s@%s>" % (ruuid(), domain)


def boundary(style):
    if style == "gmail":
        return "0000000000" + rhex(18)
    if style in ("outlook", "owa"):
        return "_000_" + rhex(30, True) + "_"
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (RNG.randint(10**5, 10**6), RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13))
    if style == "iphone":
        return "Apple-Mail-" + ruuid().upper()
    return "----=_NextPart_%s_%s_%s" % (rhex(3, True), rhex(4, True), rhex(8, True))


# --------------------------------------------------------------------------
# html renderers
# --------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def gmail_html(lines):
    return "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)


def mso_html(lines):
    out = []
    for l in lines:
        if l:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


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


def quote_plain(q):
    kind = q["kind"]
    text = q["text"]
    if kind == "reply":
        ql = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
        return "\n\n%s\n\n%s" % (q["attr"], ql)
    if kind == "outlook":
        return "\n\n________________________________\n%s\n\n%s" % (q["attr"], text)
    if kind == "fwd":
        return "\n\n---------- Forwarded message ---------\n%s\n\n%s" % (q["attr"], text)
    raise ValueError(kind)


def render_html(style, body, quote=None):
    lines = body.split("\n")
    if style == "gmail":
        h = '<div dir="ltr">' + gmail_html(lines) + "</div>"
        if quote:
            ql = "<br>\n".join(esc(l) for l in quote["text"].split("\n"))
            attr = "<br>\n".join(esc(l) for l in quote["attr"].split("\n"))
            if quote["kind"] == "fwd":
                h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                      "---------- Forwarded message ---------<br>\n%s<br></div><br><br>\n%s</div>" % (attr, ql))
            else:
                h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                      "%s\n</blockquote></div>" % (attr, ql))
        return h + "\n"
    if style == "outlook":
        h = OUTLOOK_HEAD + mso_html(lines)
        if quote:
            h += '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
            h += mso_html(quote["attr"].split("\n")) + "\n</div>\n" + mso_html([""] + quote["text"].split("\n"))
        return h + "\n</div>\n</body>\n</html>\n"
    if style == "owa":
        h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
             '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n')
        h += gmail_html(lines) + "\n</div>\n"
        if quote:
            h += '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
            h += "<br>\n".join(esc(l) for l in quote["attr"].split("\n")) + "</div>\n<div>\n"
            h += gmail_html(quote["text"].split("\n")) + "\n</div>\n"
        return h + "</body>\n</html>\n"
    if style == "yahoo":
        inner = "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l else "<br>") for l in lines)
        return ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                % rhex(8)) + inner + "</div></body></html>\n"
    if style == "iphone":
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
             '<div dir="ltr">' + "<br>".join(esc(l) for l in lines) + "</div>")
        if quote:
            h += ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                  '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
                  % (esc(quote["attr"]), "<br>".join(esc(l) for l in quote["text"].split("\n"))))
        return h + "</body></html>\n"
    if style == "newsletter":
        h = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
             '<body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0;">\n'
             '<div style="max-width:620px;margin:0 auto;background:#fff;">\n'
             '<div style="background:#1f5f8b;color:#fff;padding:16px 22px;font-size:19px;font-weight:bold;">%s</div>\n'
             '<div style="padding:18px 22px;font-size:14px;line-height:1.6;">\n' % (esc(lines[0]), esc(lines[0])))
        for l in lines[1:]:
            if not l:
                continue
            l2 = esc(l)
            l2 = re.sub(r"(https://\S+)", r'<a href="\1">\1</a>', l2)
            h += "<p>%s</p>\n" % l2
        return h + "</div>\n</div></body></html>\n"
    raise ValueError(style)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------
def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            "4 0 obj\n<< /Title (%s) >>\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\n%%%%EOF\n" % title)
    return body.encode("ascii")


def fake_jpeg():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(RNG.getrandbits(8) for _ in range(600)) + b"\xff\xd9")


def attachment(att):
    kind, fname = att
    if kind == "pdf":
        p = MIMEBase("application", "pdf")
        data = fake_pdf(fname)
    else:
        p = MIMEBase("image", "jpeg")
        data = fake_jpeg()
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=fname)
    return p


# --------------------------------------------------------------------------
# message builders
# --------------------------------------------------------------------------
def fmt_date(d):
    dt = datetime.datetime.strptime(d["date"], "%Y-%m-%d %H:%M:%S")
    tz = d.get("tz", "+0700")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return eutils.format_datetime(dt.replace(tzinfo=datetime.timezone(off)))


def domain_of(a):
    return a.split("@", 1)[1]


def default_cte(text):
    return "7bit" if text.isascii() else "quoted-printable"


def build_content(d):
    """Return the MIME body (without top-level headers) for an ordinary mail."""
    style = d["style"]
    body = d["body"]
    quote = d.get("quote")
    plain = body + (quote_plain(quote) if quote else "") + "\n"
    cte = d.get("cte") or default_cte(plain)
    charset = d.get("charset", "utf-8")
    cs_label = d.get("cs_label")

    if style in ("oe1258",):
        return text_part(plain, "plain", "windows-1258", cte)
    if style == "thunderbird":
        return text_part(plain, "plain", "utf-8", cte, flowed=True, cs_label=cs_label or "UTF-8")
    if style == "plain":
        return text_part(plain, "plain", charset, cte, cs_label=cs_label)
    if style == "iphone_plain":
        return text_part(plain, "plain", "utf-8", cte, cs_label=cs_label)
    html_style = d.get("html_style", style)
    hbody = render_html(html_style, body, quote)
    if d.get("html_only"):
        return text_part(hbody, "html", charset, d.get("cte") or "quoted-printable", cs_label=cs_label)
    alt = MIMEMultipart("alternative")
    alt.set_boundary(boundary(style))
    lbl = cs_label or ("UTF-8" if style == "gmail" else "utf-8")
    alt.attach(text_part(plain, "plain", charset, cte, cs_label=lbl))
    hcte = d.get("html_cte") or (cte if cte != "8bit" else "quoted-printable")
    if hcte == "7bit" and not hbody.isascii():
        hcte = "quoted-printable"
    alt.attach(text_part(hbody, "html", charset, hcte, cs_label=lbl))
    if d.get("attach"):
        mixed = MIMEMultipart("mixed")
        mixed.set_boundary(boundary(style))
        mixed.attach(alt)
        for a in d["attach"]:
            mixed.attach(attachment(a))
        return mixed
    return alt


def build_bounce(d):
    b = d["bounce"]
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.set_boundary(boundary("other"))
    note = text_part(b["notice"], "plain", "us-ascii", "7bit")
    note["Content-Description"] = "Notification"
    rep.attach(note)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in b["status_blocks"]:
        m = Message()
        for k, v in blk:
            m[k] = v
        blocks.append(m)
    ds.set_payload(blocks)
    rep.attach(ds)
    o = b["original"]
    orig = text_part(o["body"] + "\n", "plain", "utf-8", "quoted-printable")
    hdrs = [("MIME-Version", "1.0"),
            ("From", addr(o["from"][0], o["from"][1], "Q")),
            ("To", o["to"]),
            ("Subject", ew(o["subject"], "Subject", "Q")),
            ("Date", o["date"]),
            ("Message-ID", o["msgid"])]
    reorder(orig, hdrs)
    wrap = MIMEMessage(orig)
    wrap["Content-Description"] = "Undelivered Message"
    rep.attach(wrap)
    return rep


def reorder(msg, first_headers):
    """Put given headers first, followed by the content headers."""
    keep = [(k, v) for k, v in msg.items() if k.lower().startswith("content-")]
    for k in set(k for k, _ in msg.items()):
        del msg[k]
    for k, v in first_headers:
        msg[k] = v
    for k, v in keep:
        msg[k] = v


def build(d):
    if d.get("kind") == "bounce":
        msg = build_bounce(d)
    else:
        msg = build_content(d)
    fname, faddr = d["from"]
    henc = d.get("henc", "B")
    hcs = "windows-1258" if d["style"] == "oe1258" else "utf-8"
    if d.get("from_raw"):
        from_h = d["from_raw"]
    elif hcs == "windows-1258":
        from_h = "%s <%s>" % (ew(fname, "From", "Q", hcs), faddr)
    else:
        from_h = addr(fname, faddr, henc)
    to = d.get("to", "info@thinhtrigroup.com")
    if isinstance(to, tuple):
        to = addr(to[0], to[1], "B", "To")
    subj = d["subject"]
    if d.get("subject_raw"):
        subj_h = d["subject_raw"]
    else:
        subj_h = ew(subj, "Subject", d.get("senc", henc), hcs)
    hdrs = []
    if d.get("return_path"):
        hdrs.append(("Return-Path", d["return_path"]))
    hdrs += [("MIME-Version", "1.0"), ("From", from_h), ("To", to)]
    if d.get("cc"):
        hdrs.append(("Cc", d["cc"]))
    hdrs += [("Subject", subj_h), ("Date", fmt_date(d))]
    mstyle = d.get("msgid_style", d["style"])
    mstyle = {"iphone_plain": "iphone", "oe1258": "oe"}.get(mstyle, mstyle)
    hdrs.append(("Message-ID", d.get("msgid") or msgid(mstyle, d.get("msgid_domain", domain_of(faddr)))))
    if d.get("in_reply_to"):
        hdrs.append(("In-Reply-To", d["in_reply_to"]))
        hdrs.append(("References", d["in_reply_to"]))
    for k, v in d.get("headers", []):
        hdrs.append((k, v))
    reorder(msg, hdrs)
    return msg


def strip_sub_mime_version(msg):
    if msg.is_multipart():
        for p in msg.get_payload():
            if isinstance(p, Message):
                if p.get_content_type() != "message/delivery-status":
                    del p["MIME-Version"]
                if p.get_content_maintype() == "multipart":
                    strip_sub_mime_version(p)


def serialize(msg):
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(msg)
    return buf.getvalue()


def main():
    msgs = MSGS1 + MSGS2
    labels = {}
    for i, d in enumerate(msgs, 1):
        assert d["n"] == i, (d["n"], i)
        name = "h28_%03d.eml" % i
        m = build(d)
        strip_sub_mime_version(m)
        data = serialize(m)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        c = d["contact"]
        lab = {
            "category": d["category"],
            "automated": d["automated"],
            "language": d["language"],
            "contact": {
                "name": c.get("name"),
                "phone": c.get("phone"),
                "email": c.get("email").lower() if c.get("email") else None,
                "address": c.get("address"),
            },
        }
        if d.get("note"):
            lab["note"] = d["note"]
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(msgs))


if __name__ == "__main__":
    main()
