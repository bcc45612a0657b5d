#!/usr/bin/env python3
"""Build the h27 holdout set: h27_001.eml .. h27_050.eml and labels.json.

Python standard library only.  Message data lives in msgs.py / msgs2.py
(lists of dicts); this file only knows how to turn a dict into a MIME
message that looks like it came from a given mail client.
"""
import base64
import datetime
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata

from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from email import encoders, message_from_string

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from msgs import MSGS as _M1  # noqa: E402
from msgs2 import MSGS as _M2  # noqa: E402

FIRM_DOMAIN = "thinhtrigroup.com"
GEN_POLICY = policy.compat32.clone(linesep="\n", max_line_length=78)

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def rng_for(n, salt=""):
    return random.Random(hashlib.sha256(f"h27-{n}-{salt}".encode()).hexdigest())


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def to_cp1258_text(s):
    """Return s rewritten so every char is encodable in windows-1258.

    Vietnamese letters that have no precomposed form in cp1258 are written
    as base letter (possibly with circumflex/breve/horn) + combining tone
    mark, the way old Windows/Outlook Express software produced them.
    """
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
        cand.encode("cp1258")  # raises if still impossible
        out.append(cand)
    return "".join(out)


def _cs(charset, enc):
    cs = Charset(charset)
    cs.header_encoding = BASE64 if enc == "b" else QP
    return cs


def header_words(s, charset="utf-8", enc="b", header_name=None):
    """Encode a header value as RFC 2047 encoded words (ASCII passes through)."""
    if charset == "windows-1258":
        s = to_cp1258_text(s)
    if is_ascii(s):
        return s
    return Header(s, _cs(charset, enc), header_name=header_name).encode(maxlinelen=76)


PREFIX_RE = re.compile(r"^((?:(?:Re|RE|Fwd|FW|Fw|Automatic reply|Out of Office|Undeliverable)\s*:\s*)+)")


def subject_header(s, charset="utf-8", enc="b"):
    if charset == "windows-1258":
        s = to_cp1258_text(s)
    if is_ascii(s):
        return Header(s, "us-ascii", header_name="Subject").encode(maxlinelen=78)
    m = PREFIX_RE.match(s)
    if m:
        h = Header(m.group(1), "us-ascii", header_name="Subject")
        h.append(s[m.end():], _cs(charset, enc))
    else:
        h = Header(s, _cs(charset, enc), header_name="Subject")
    return h.encode(maxlinelen=76)


def addr_header(name, addr, charset="utf-8", enc="b", header_name="From"):
    if not name:
        return addr
    if charset == "windows-1258":
        name = to_cp1258_text(name)
    if is_ascii(name):
        return formataddr((name, addr))
    words = header_words(name, charset, enc, header_name=header_name)
    last = words.split("\n")[-1]
    first_extra = len(header_name) + 2 if "\n" not in words else 0
    if first_extra + len(last) + len(addr) + 3 > 78:
        return words + "\n <" + addr + ">"
    return words + " <" + addr + ">"


def style_words(value, client):
    """Client-specific spelling of encoded-word charset/encoding tokens."""
    def fix(mo):
        cs, e = mo.group(1), mo.group(2).upper()
        if cs.lower() == "utf-8":
            cs = "utf-8" if client in ("outlook", "owa") else "UTF-8"
        return "=?%s?%s?" % (cs, e)
    return re.sub(r"=\?([A-Za-z0-9_-]+)\?([bqBQ])\?", fix, value)


def encode_payload(text, charset, cte):
    codec = "cp1258" if charset == "windows-1258" else charset
    if charset == "windows-1258":
        text = to_cp1258_text(text)
    raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        if not is_ascii(text):
            raise ValueError("7bit part with non-ASCII text")
        return text
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text, subtype, charset="utf-8", cte="base64", flowed=False, cte_first=False):
    p = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += '; format="flowed"'
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    if cte_first:
        p["Content-Transfer-Encoding"] = cte
        p["Content-Type"] = ct
    else:
        p["Content-Type"] = ct
        p["Content-Transfer-Encoding"] = cte
    p.set_payload(encode_payload(text, charset, cte))
    return p


# --------------------------------------------------------------------------
# HTML renderings of a plain body, per client
# --------------------------------------------------------------------------

def _blocks(text):
    """Split body into ('line', s) and ('quote', [lines]) blocks."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(re.sub(r"^> ?", "", lines[i]))
                i += 1
            out.append(("quote", q))
        else:
            out.append(("line", lines[i]))
            i += 1
    return out


def html_gmail(text):
    parts = ['<div dir="ltr">']
    for kind, val in _blocks(text.rstrip("\n")):
        if kind == "line":
            parts.append("<div>%s</div>" % (html.escape(val, quote=False) if val.strip() else "<br>"))
        else:
            inner = "<br>\n".join(html.escape(x, quote=False) for x in val)
            parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                         + inner + "\n</blockquote>")
    parts.append("</div>")
    return "\n".join(parts) + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
\t{font-family:"Calibri";}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle17
\t{mso-style-type:personal-compose;}
--></style>
</head>
<body lang="VI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text):
    parts = [OUTLOOK_HEAD]
    for kind, val in _blocks(text.rstrip("\n")):
        lines = [val] if kind == "line" else ["&gt; " + html.escape(x, quote=False) for x in val]
        for ln in lines:
            if kind == "line":
                ln = html.escape(ln, quote=False)
            if ln.strip():
                parts.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % ln)
            else:
                parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    parts.append("</div>\n</body>\n</html>\n")
    return "".join(parts)


def html_owa(text):
    parts = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
             '</head>\n<body dir="ltr">\n'
             '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, '
             'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n']
    for kind, val in _blocks(text.rstrip("\n")):
        vals = [val] if kind == "line" else ["&gt; " + html.escape(x, quote=False) for x in val]
        for v in vals:
            if kind == "line":
                v = html.escape(v, quote=False)
            parts.append("<div>%s</div>\n" % (v if v.strip() else "<br>"))
    parts.append("</div>\n</body>\n</html>\n")
    return "".join(parts)


def html_yahoo(text):
    parts = ['<html><head></head><body><div class="ydp3b9e1f2cyahoo-style-wrap" '
             'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">']
    for kind, val in _blocks(text.rstrip("\n")):
        vals = [val] if kind == "line" else ["&gt; " + html.escape(x, quote=False) for x in val]
        for v in vals:
            if kind == "line":
                v = html.escape(v, quote=False)
            parts.append('<div dir="ltr" data-setdir="false">%s</div>' % (v if v.strip() else "<br>"))
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"


def html_plainish(text):
    """Generic mailer (list servers, bulk tools)."""
    body = "<br>\n".join(html.escape(x, quote=False) for x in text.rstrip("\n").split("\n"))
    return "<html><body>\n<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + body + "\n</div>\n</body></html>\n"


HTML_RENDER = {
    "gmail": html_gmail,
    "outlook": html_outlook,
    "owa": html_owa,
    "yahoo": html_yahoo,
    "ggroups": html_gmail,
    "bulk": html_plainish,
}


# --------------------------------------------------------------------------
# client fingerprints
# --------------------------------------------------------------------------

def message_id(n, client, addr):
    r = rng_for(n, "mid")
    dom = addr.split("@", 1)[1]
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if client in ("gmail", "ggroups"):
        tail = "".join(r.choice(alnum + "_-+=") for _ in range(44))
        return "<CA%s@mail.gmail.com>" % tail
    if client == "outlook":
        return "<0000%010x$%08x$%08x@%s>" % (r.getrandbits(40), r.getrandbits(32), r.getrandbits(32), dom)
    if client == "owa":
        a = "".join(r.choice("ABCDEF0123456789") for _ in range(28))
        return "<TYZPR0%dMB%04d%s@TYZPR0%dMB%04d.apcprd0%d.prod.outlook.com>" % (
            r.randint(1, 6), r.randint(1000, 9999), a, r.randint(1, 6), r.randint(1000, 9999), r.randint(1, 6))
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    if client == "iphone":
        h = "%032X" % r.getrandbits(128)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], "icloud.com" if "icloud" in dom else dom)
    if client == "oe":
        return "<%04x%08x$%08x$%04x01a8c0@PC>" % (r.getrandbits(16), r.getrandbits(32), r.getrandbits(32), r.getrandbits(16))
    h = "%032x" % r.getrandbits(128)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)


def firm_mid(n):
    r = rng_for(n, "firm")
    h = "%032x" % r.getrandbits(128)
    return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], FIRM_DOMAIN)


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    "yahoo": [("X-Mailer", "WebService/1.1.25501 YMailNorrin")],
    "iphone": [("X-Mailer", "iPhone Mail (22E252)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "oe": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "owa": [("Content-Language", None), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
}


def boundary_for(n, client, level=0):
    r = rng_for(n, "b%d" % level)
    if client in ("gmail", "ggroups"):
        return "0000000000%016x" % r.getrandbits(64)
    if client in ("outlook", "owa"):
        return "_%03d_%s_" % (level, "".join(r.choice("0123456789ABCDEF") for _ in range(30)))
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    if client == "iphone":
        return "Apple-Mail-%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
    return "----=_NextPart_%03d_%04X_%08X.%08X" % (level, r.getrandbits(16), r.getrandbits(32), r.getrandbits(32))


# --------------------------------------------------------------------------
# attachments (small fake files)
# --------------------------------------------------------------------------

def fake_bytes(filename, n):
    r = rng_for(n, filename)
    if filename.lower().endswith(".pdf"):
        head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        return head + bytes(r.getrandbits(8) for _ in range(900)) + b"\n%%EOF\n"
    if filename.lower().endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(r.getrandbits(8) for _ in range(1200)) + b"\xff\xd9"
    return bytes(r.getrandbits(8) for _ in range(700))


def attachment_part(filename, mimetype, n):
    maintype, subtype = mimetype.split("/")
    p = MIMEBase(maintype, subtype, name=filename)
    p.set_payload(fake_bytes(filename, n))
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# --------------------------------------------------------------------------
# body assembly
# --------------------------------------------------------------------------

def build_body(m):
    n = m["n"]
    client = m.get("client", "gmail")
    structure = m.get("structure", "alt")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "base64")
    html_cte = m.get("html_cte", cte)
    body = m.get("body", "")
    flowed = client == "thunderbird"
    cte_first = client in ("gmail", "ggroups")

    if structure == "plain":
        return text_part(body, "plain", charset, cte, flowed=flowed, cte_first=cte_first)
    if structure == "html":
        h = m.get("html") or HTML_RENDER[client](body)
        return text_part(h, "html", charset, cte, cte_first=cte_first)

    # alternative (optionally wrapped in mixed for attachments)
    alt = MIMEMultipart("alternative", boundary=boundary_for(n, client, 1 if m.get("attachments") else 0))
    del alt["MIME-Version"]
    alt.attach(text_part(body, "plain", charset, cte, cte_first=cte_first))
    h = m.get("html") or HTML_RENDER[client](body)
    alt.attach(text_part(h, "html", charset, html_cte, cte_first=cte_first))
    if not m.get("attachments"):
        return alt
    mixed = MIMEMultipart("mixed", boundary=boundary_for(n, client, 0))
    del mixed["MIME-Version"]
    mixed.attach(alt)
    for fn, mt in m["attachments"]:
        mixed.attach(attachment_part(fn, mt, n))
    return mixed


def build_ndr(m):
    """Exchange-style non-delivery report (multipart/report)."""
    n = m["n"]
    nd = m["ndr"]
    rep = MIMEMultipart("report", boundary=boundary_for(n, "outlook", 0))
    del rep["MIME-Version"]
    rep.set_param("report-type", "delivery-status")
    alt = MIMEMultipart("alternative", boundary=boundary_for(n, "outlook", 1))
    del alt["MIME-Version"]
    alt.attach(text_part(m["body"], "plain", "us-ascii", "7bit"))
    alt.attach(text_part(nd["html"], "html", "utf-8", "quoted-printable"))
    rep.attach(alt)

    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = nd["status"].strip("\n").split("\n\n")
    ds.set_payload([message_from_string(b + "\n") for b in blocks])
    rep.attach(ds)

    o = nd["original"]
    orig = text_part(o["body"], "plain", "utf-8", "quoted-printable")
    orig_msg = Message()
    for k, v in [("MIME-Version", "1.0"),
                 ("From", addr_header(o["ofrom"][0], o["ofrom"][1], enc="q")),
                 ("To", addr_header(o["oto"][0], o["oto"][1], enc="q", header_name="To")),
                 ("Subject", subject_header(o["subject"], enc="q")),
                 ("Date", o["date"]),
                 ("Message-ID", firm_mid(n)),
                 ("Content-Type", orig["Content-Type"]),
                 ("Content-Transfer-Encoding", orig["Content-Transfer-Encoding"])]:
        orig_msg[k] = v
    orig_msg.set_payload(orig.get_payload())
    rfc = MIMEMessage(orig_msg)
    del rfc["MIME-Version"]
    rep.attach(rfc)
    return rep


def parse_date(m):
    s = m["date"]
    tz = m.get("tz", "+0700")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.timezone(off))
    return format_datetime(dt)


def build_message(m):
    n = m["n"]
    client = m.get("client", "gmail")
    hcs = m.get("header_charset", "windows-1258" if m.get("charset") == "windows-1258" else "utf-8")
    henc = m.get("henc", "b" if client in ("gmail", "owa", "ggroups") else "q")

    body = build_ndr(m) if m.get("ndr") else build_body(m)
    content_headers = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in list(body.keys()):
        del body[k]

    frm_name, frm_addr = m["frm"]
    to = m.get("to", "info")
    to_addr = to if "@" in to else "%s@%s" % (to, FIRM_DOMAIN)
    to_name = m.get("to_name")

    hdrs = [("MIME-Version", "1.0" if client != "iphone" else "1.0 (1.0)")]
    if m.get("return_path"):
        hdrs.insert(0, ("Return-Path", m["return_path"]))
    hdrs.append(("From", m.get("from_raw") or addr_header(frm_name, frm_addr, hcs, henc)))
    hdrs.append(("To", addr_header(to_name, to_addr, "utf-8", henc, "To") if to_name else to_addr))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("Subject", subject_header(m["subject"], hcs, henc)))
    hdrs.append(("Date", parse_date(m)))
    hdrs.append(("Message-ID", message_id(n, client, frm_addr)))
    if m.get("reply"):
        fm = firm_mid(n)
        hdrs.append(("In-Reply-To", fm))
        hdrs.append(("References", fm))
    for k, v in CLIENT_HEADERS.get(client, []):
        if k == "Thread-Index":
            r = rng_for(n, "ti")
            v = base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()
        if k == "Content-Language":
            v = "en-US" if m["label"]["language"] == "en" else "vi-VN"
        hdrs.append((k, v))
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    for k, v in hdrs:
        body[k] = style_words(v, client) if isinstance(v, str) else v
    for k, v in content_headers:
        body[k] = v
    return body


def contact_of(m):
    lab = m["label"]
    if lab.get("automated"):
        return {"name": None, "phone": None, "email": None, "address": None}
    return {"name": lab.get("name"), "phone": lab.get("phone"),
            "email": (lab.get("email") or "").lower() or None, "address": lab.get("address")}


def main():
    msgs = sorted(_M1 + _M2, key=lambda x: x["n"])
    assert [m["n"] for m in msgs] == list(range(1, 51)), "need messages 1..50"
    labels = {}
    for m in msgs:
        fn = "h27_%03d.eml" % m["n"]
        msg = build_message(m)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(msg)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(buf.getvalue())
        lab = m["label"]
        entry = {"category": lab["category"], "automated": bool(lab.get("automated", False)),
                 "language": lab["language"], "contact": contact_of(m)}
        if lab.get("note"):
            entry["note"] = lab["note"]
        labels[fn] = entry
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(msgs), HERE))


if __name__ == "__main__":
    main()
