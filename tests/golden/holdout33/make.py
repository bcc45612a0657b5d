#!/usr/bin/env python3
"""Generate the h33 hold-out set: h33_001.eml ... h33_050.eml and labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
"""
import base64
import hashlib
import html
import json
import os
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email import policy as _policy
from email import quoprimime
from email.header import Header
from email.message import EmailMessage
from email.parser import Parser
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as _M1   # noqa: E402
from msgs2 import MSGS as _M2  # noqa: E402

FIRM = "thinhtrigroup.com"
POLICY = _policy.default.clone(linesep="\r\n", refold_source="none")
CTE = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


# ----------------------------------------------------------------- helpers
def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def b64id(seed, n=44):
    raw = hashlib.sha256(seed.encode("utf-8")).digest() + hashlib.sha256((seed + "x").encode()).digest()
    s = base64.b64encode(raw).decode("ascii").replace("/", "_")
    return s[:n]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode like old Windows software: precomposed where cp1258 has the
    letter, otherwise base letter + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tone = "".join(c for c in d if c in TONES)
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def enc_header(text, mode="b", charset="utf-8", name="Subject"):
    """RFC 2047 encode (folded) unless plain ASCII."""
    if is_ascii(text):
        return text
    if charset == "windows-1258":
        # build encoded words by hand (cp1258 needs decomposed tone marks)
        words, cur = [], b""
        for ch in unicodedata.normalize("NFC", text):
            b = to_cp1258(ch)
            if len(cur) + len(b) > 30:
                words.append(cur)
                cur = b""
            cur += b
        if cur:
            words.append(cur)
        if mode == "q":
            enc = [quoprimime.header_encode(w, charset="windows-1258").replace("?q?", "?Q?") for w in words]
        else:
            enc = ["=?windows-1258?B?%s?=" % base64.b64encode(w).decode("ascii") for w in words]
        return "\r\n ".join(enc)
    cs = _cs.Charset(charset)
    cs.header_encoding = _cs.BASE64 if mode == "b" else _cs.QP
    out = Header(text, cs, header_name=name).encode(maxlinelen=76, linesep="\r\n")
    return out.replace("=?utf-8?q?", "=?UTF-8?Q?").replace("=?utf-8?b?", "=?UTF-8?B?")


def enc_addr(name, addr, mode="b", charset="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    e = enc_header(name, mode=mode, charset=charset, name="From")
    if len(e) + len(addr) > 66:
        return e + "\r\n <" + addr + ">"
    return e + " <" + addr + ">"


def mkdate(t):
    y, mo, d, h, mi, s, tz = t
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=timezone(off)))


def message_id(style, seed, domain):
    if style in ("gmail", "gmail_html", "gmail_auto"):
        return "<CA%s@mail.gmail.com>" % b64id(seed, 46)
    if style in ("outlook", "oe_outlook"):
        return "<0000%s01dc%s$%s$%s@%s>" % (hx(seed, 4), hx(seed + "a", 4), hx(seed + "b", 8), hx(seed + "c", 8), domain)
    if style in ("owa", "owa_html"):
        a = hx(seed, 12).upper()
        return "<SG2PR0%sMB%s%s@SG2PR0%sMB%s.apcprd0%s.prod.outlook.com>" % (
            a[0] if a[0].isdigit() else "4", a[1:5], hx(seed + "z", 28).upper(),
            a[0] if a[0].isdigit() else "4", a[1:5], int(hx(seed, 2), 16) % 6 + 1)
    if style == "yahoo":
        n = int(hx(seed, 12), 16)
        return "<%d.%d.%d@mail.yahoo.com>" % (n % 10 ** 9, n % 10 ** 7, 1770000000000 + n % 10 ** 10)
    if style == "iphone":
        h = hx(seed, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "oe1258":
        return "<%s$%s$%s@%s>" % (hx(seed, 12), hx(seed + "q", 8), "0201a8c0", domain)
    h = hx(seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)


def firm_mid(seed):
    h = hx("firm" + seed, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], FIRM)


def boundary(style, seed):
    if style in ("gmail", "gmail_html", "gmail_auto"):
        return "0000000000" + hx(seed + "bd", 18)
    if style in ("outlook", "owa", "owa_html"):
        return "_000_" + hx(seed + "bd", 30).upper() + "_"
    if style == "yahoo":
        n = int(hx(seed + "bd", 12), 16)
        return "----=_Part_%d_%d.%d" % (n % 10 ** 6, n % 10 ** 9, 1770000000000 + n % 10 ** 9)
    return "----=_NextPart_%s_%s_%s" % (hx(seed, 3).upper(), hx(seed + "1", 4).upper(), hx(seed + "2", 8).upper())


# ------------------------------------------------------------ html bodies
def split_quote(text):
    """Return (main_lines, attribution, quoted_lines) for '>' style quotes."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(">"):
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            attr = lines[j] if j >= 0 and lines[j].rstrip().endswith(":") else None
            main = lines[:j] if attr is not None else lines[:i]
            quoted = [q[1:].lstrip(" ") if q.startswith(">") else q for q in lines[i:]]
            return main, attr, quoted
    return lines, None, []


def esc(s, nbsp_digits=False):
    e = html.escape(s, quote=False)
    if nbsp_digits:
        import re
        e = re.sub(r"(?<=\d) (?=\d)", "&nbsp;", e)
        e = e.replace(": ", ":&nbsp;")
    return e


def html_gmail(text, nbsp=False):
    main, attr, quoted = split_quote(text)
    while main and not main[-1].strip():
        main.pop()
    out = ['<div dir="ltr">']
    for ln in main:
        out.append("<div>%s</div>" % esc(ln, nbsp) if ln.strip() else "<div><br></div>")
    out.append("</div>")
    if attr is not None:
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                   % esc(attr))
        out.append("<br>\n".join(esc(q) for q in quoted))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


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


def html_outlook(text, nbsp=False):
    out = [OUTLOOK_HEAD]
    for ln in text.split("\n"):
        if set(ln.strip()) == {"_"}:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"></div>')
        elif ln.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln, nbsp))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def html_owa(text, nbsp=False):
    out = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           '<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">']
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % esc(ln, nbsp) if ln.strip() else "<div><br></div>")
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def html_yahoo(text, nbsp=False):
    out = ['<html><head></head><body><div class="ydp%syahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' % hx(text, 8)]
    for ln in text.split("\n"):
        out.append('<div dir="ltr" data-setdir="false">%s</div>' % (esc(ln, nbsp) if ln.strip() else "<br>"))
    out.append("</div></body></html>\n")
    return "\n".join(out)


HTML = {"gmail": html_gmail, "gmail_html": html_gmail, "gmail_auto": html_gmail, "outlook": html_outlook,
        "owa": html_owa, "owa_html": html_owa, "yahoo": html_yahoo}


# ----------------------------------------------------------- attachments
def fake_pdf(title):
    body = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
            "endobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            "4 0 obj\n<< /Title (" + title + ") >>\nendobj\ntrailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


def fake_jpg(seed):
    return bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300") + hashlib.sha256(seed.encode()).digest() * 6 + bytes.fromhex("ffd9")


# ---------------------------------------------------------------- builders
def base_headers(m, d, style, domain):
    msg = EmailMessage(policy=POLICY)
    if d.get("return_path") is not None:
        msg.set_raw("Return-Path", d["return_path"])
    msg.set_raw("MIME-Version", "1.0")
    fname, faddr = d["from"]
    cset = "windows-1258" if style == "oe1258" else "utf-8"
    msg.set_raw("From", enc_addr(fname, faddr, d.get("hdr_enc", "b"), cset))
    to = d.get("to", "info")
    if isinstance(to, tuple):
        msg.set_raw("To", enc_addr(to[0], to[1] if "@" in to[1] else to[1] + "@" + FIRM, d.get("hdr_enc", "b")))
    else:
        msg.set_raw("To", to if "@" in to else to + "@" + FIRM)
    if d.get("cc"):
        msg.set_raw("Cc", d["cc"])
    msg.set_raw("Subject", enc_header(d["subject"], d.get("hdr_enc", "b"), cset))
    msg.set_raw("Date", mkdate(d["date"]))
    msg.set_raw("Message-ID", message_id(style, d["key"] + d["subject"], domain))
    if d.get("reply_to_firm"):
        fm = firm_mid(d["key"])
        msg.set_raw("In-Reply-To", fm)
        msg.set_raw("References", fm)
    xm = {"outlook": "Microsoft Outlook 16.0", "iphone": "iPhone Mail (22D82)"}.get(style)
    if style == "yahoo":
        msg.set_raw("X-Mailer", "WebService/1.1.25098 YMailNorrin")
    if style == "thunderbird":
        msg.set_raw("User-Agent", "Mozilla Thunderbird")
    if style == "oe1258":
        msg.set_raw("X-Priority", "3")
        msg.set_raw("X-MSMail-Priority", "Normal")
        msg.set_raw("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")
        msg.set_raw("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")
    elif xm:
        msg.set_raw("X-Mailer", xm)
    for k, v in d.get("extra", []):
        msg.set_raw(k, v)
    return msg


def build_standard(d):
    style = d["style"]
    faddr = d["from"][1]
    domain = faddr.split("@")[1]
    if style == "iphone" and domain in ("gmail.com",):
        domain = "gmail.com"
    elif style == "iphone":
        domain = "icloud.com"
    if style == "oe1258":
        domain = d.get("pc_name", "HOME-PC")
    msg = base_headers(None, d, style, domain)
    text = d["body"].strip("\n") + "\n"
    cte = CTE[d.get("cte", "qp")]
    nbsp = d.get("nbsp", False)
    if style == "oe1258":
        # Outlook Express style: cp1258 bytes, ordinary quoted-printable lines
        msg.set_raw("Content-Type", 'text/plain; charset="windows-1258"')
        msg.set_raw("Content-Transfer-Encoding", "quoted-printable")
        msg.set_payload(quoprimime.body_encode(to_cp1258(text).decode("latin-1"), 76))
    elif style in ("iphone", "plain", "gmail_plain"):
        msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    elif style == "thunderbird":
        msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
        msg.set_param("format", "flowed")
    elif style in ("gmail_html", "owa_html"):
        msg.set_content(HTML[style](text, nbsp), subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
        msg.add_alternative(HTML[style](text, nbsp), subtype="html", charset="utf-8", cte=CTE[d.get("html_cte", d.get("cte", "qp"))])
        msg.set_boundary(boundary(style, d["key"]))
    if d.get("attach"):
        inner_b = msg.get_boundary() if msg.is_multipart() else None
        for fn, kind in d["attach"]:
            if kind == "pdf":
                msg.add_attachment(fake_pdf(fn), maintype="application", subtype="pdf", filename=fn)
            else:
                msg.add_attachment(fake_jpg(fn), maintype="image", subtype="jpeg", filename=fn)
        msg.set_boundary(boundary(style, d["key"] + "mixed"))
        if inner_b:
            msg.get_payload()[0].set_boundary(inner_b)
    return msg


def build_bounce(d):
    """Exchange-style NDR (multipart/report) with the firm's original mail."""
    b = d["bounce"]
    msg = base_headers(None, d, "ndr", d["from"][1].split("@")[1])
    orig = EmailMessage(policy=POLICY)
    orig.set_raw("MIME-Version", "1.0")
    orig.set_raw("From", enc_addr(*b["orig_from"], mode="q"))
    orig.set_raw("To", enc_addr(*b["orig_to"], mode="q"))
    orig.set_raw("Subject", enc_header(b["orig_subject"], "q"))
    orig.set_raw("Date", mkdate(b["orig_date"]))
    orig.set_raw("Message-ID", firm_mid(d["key"]))
    orig.set_content(b["orig_body"].strip("\n") + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")

    notif = EmailMessage(policy=POLICY)
    notif.set_content(b["notice"].strip("\n") + "\n", subtype="plain", charset="us-ascii", cte="7bit")
    notif.add_alternative(b["notice_html"], subtype="html", charset="us-ascii", cte="7bit")
    notif.set_boundary(boundary("outlook", d["key"] + "alt"))

    ds = Parser(policy=POLICY).parsestr("Content-Type: message/delivery-status\n\n" + b["dsn"].strip("\n") + "\n")
    rfc = EmailMessage(policy=POLICY)
    rfc.set_content(orig, subtype="rfc822", cte="7bit")

    msg.add_header("Content-Type", "multipart/report", report_type="delivery-status",
                   boundary=boundary("outlook", d["key"] + "rep"))
    msg.attach(notif)
    msg.attach(ds)
    msg.attach(rfc)
    return msg


def build_newsletter(d):
    msg = base_headers(None, d, "list", d["from"][1].split("@")[1])
    text = d["body"].strip("\n") + "\n"
    msg.set_content(text, subtype="plain", charset="utf-8", cte="base64")
    msg.add_alternative(d["html"], subtype="html", charset="utf-8", cte="base64")
    msg.set_boundary(boundary("list", d["key"]))
    return msg


def strip_sub_mime_version(part, root=True):
    """EmailMessage.set_content adds MIME-Version to every sub-part; real
    mailers only put it on the top-level header (and on embedded messages)."""
    if not root and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for sub in part.get_payload():
            strip_sub_mime_version(sub, False)


def build(d):
    if d["style"] == "bounce":
        msg = build_bounce(d)
    elif d["style"] == "newsletter":
        msg = build_newsletter(d)
    else:
        msg = build_standard(d)
    strip_sub_mime_version(msg)
    return msg


def main():
    allm = _M1 + _M2
    assert len(allm) == 50, len(allm)
    labels = {}
    for i, d in enumerate(allm, 1):
        fn = "h33_%03d.eml" % i
        msg = build(d)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(msg.as_bytes(policy=POLICY))
        lab = dict(d["label"])
        labels[fn] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(allm), HERE))


if __name__ == "__main__":
    main()
