#!/usr/bin/env python3
"""Generate the h29 hold-out set: h29_001.eml ... h29_050.eml and labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts);
this file only turns the data into RFC 5322 / MIME messages.
"""
import hashlib
import html
import json
import os
import random
import unicodedata
import zlib
import struct
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
import sys
sys.path.insert(0, HERE)
from msgs import MSGS as MSGS1      # noqa: E402
from msgs2 import MSGS as MSGS2     # noqa: E402

FIRM = "thinhtrigroup.com"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def rng_for(key):
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest(), 16))


def mkdate(t):
    """t = (Y, M, D, h, m, s, '+0700')"""
    y, mo, d, h, mi, s, tz = t
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=timezone(off)))


def cp1258_form(text):
    """Unicode NFC text -> the form Outlook/OE writes in windows-1258:
    precomposed where cp1258 has the character, otherwise base letter
    (with circumflex/breve/horn) + combining tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in dec if c not in tones)
        tone = "".join(c for c in dec if c in tones)
        base = unicodedata.normalize("NFC", base)
        out.append(base + tone)
    res = "".join(out)
    res.encode("cp1258")  # must not fail
    return res


def charset(name="utf-8", body=None, head="b"):
    cs = Charset(name)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "7bit": None, "8bit": None, None: None}[body]
    cs.header_encoding = BASE64 if head == "b" else QP
    return cs


def hdr_text(s, mode="b", cs_name="utf-8"):
    if s.isascii():
        return s
    if cs_name != "utf-8":
        s = cp1258_form(s)
    return Header(s, charset(cs_name, None, mode))


def hdr_addr(name, addr, mode="b", cs_name="utf-8", comment=False):
    if not name:
        return addr
    if comment:                       # "addr (Name)" style used by MTAs
        return "%s (%s)" % (addr, name)
    if name.isascii():
        return formataddr((name, addr))
    if cs_name != "utf-8":
        name = cp1258_form(name)
    h = Header(name, charset(cs_name, None, mode))
    h.append("<%s>" % addr, "us-ascii")
    return h


def text_part(text, subtype="plain", cte="qp", cs_name="utf-8", upper=False, flowed=False):
    if cs_name != "utf-8":
        text = cp1258_form(text)
    if cte == "7bit" and not text.isascii():
        raise ValueError("7bit requested for non-ASCII text: %r" % text[:60])
    p = MIMEText(text, subtype, charset(cs_name, cte))
    del p["MIME-Version"]
    if upper:
        p.set_param("charset", "UTF-8")
    if flowed:
        p.set_param("format", "flowed")
    return p


def esc(s):
    return html.escape(s, quote=False)


# --------------------------------------------------------------------------
# plain text assembly (body + quoted history)
# --------------------------------------------------------------------------
def plain_of(m):
    text = m["body"].strip("\n") + "\n"
    q = m.get("quote")
    if q:
        qtext = q["text"].strip("\n")
        if q.get("kind", "gt") == "gt":
            qlines = [("> " + l) if l else ">" for l in qtext.split("\n")]
            text += "\n" + q["attr"] + "\n\n" + "\n".join(qlines) + "\n"
        else:  # outlook-style header block, not prefixed
            text += "\n" + q["attr"].strip("\n") + "\n\n" + qtext + "\n"
    return text


# --------------------------------------------------------------------------
# HTML renderers
# --------------------------------------------------------------------------
def _lines_html(text, nbsp_keys=()):
    out = []
    for l in text.split("\n"):
        e = esc(l)
        if any(l.startswith(k) for k in nbsp_keys):
            e = e.replace(" ", "&nbsp;")
        out.append(e)
    return out


def html_gmail(m):
    body = m["body"].strip("\n")
    divs = []
    for e in _lines_html(body, m.get("nbsp", ())):
        divs.append("<div>%s</div>" % e if e else "<div><br></div>")
    h = '<div dir="ltr">' + "\n".join(divs) + "</div>"
    q = m.get("quote")
    if q:
        qh = "<br>\n".join(_lines_html(q["text"].strip("\n")))
        h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" '
              'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">\n%s\n</blockquote></div>' % (esc(q["attr"]), qh))
    return h + "\n"


def html_outlook(m):
    def paras(text):
        ps = []
        for e in _lines_html(text, m.get("nbsp", ())):
            if e:
                ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % e)
            else:
                ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(ps)

    body = paras(m["body"].strip("\n"))
    q = m.get("quote")
    if q:
        attr_lines = q["attr"].strip("\n").split("\n")
        attr_html = "<br>\n".join(
            ("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1]))
             if ":" in l and not l.startswith("_") else esc(l))
            for l in attr_lines if not l.startswith("_"))
        body += ('\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;'
                 'border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n%s' % (attr_html, paras(q["text"].strip("\n"))))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="VI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)


def html_owa(m):
    lines = _lines_html(plain_of(m).strip("\n"), m.get("nbsp", ()))
    inner = "<br>\n".join(lines)
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
            'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n' % inner)


def html_yahoo(m):
    divs = []
    for e in _lines_html(m["body"].strip("\n"), m.get("nbsp", ())):
        divs.append('<div dir="ltr" data-setdir="false">%s</div>' % (e or "<br>"))
    return ('<html><head></head><body><div class="ydp3c81e0a2yahoo-style-wrap" style="font-family:'
            'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + "\n".join(divs) +
            "</div></body></html>\n")


def html_newsletter(m):
    rows = []
    for block in m["body"].strip("\n").split("\n\n"):
        ls = block.split("\n")
        rows.append('<tr><td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:14px;'
                    'color:#333333;line-height:1.5">%s</td></tr>' % "<br>".join(esc(l) for l in ls))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="margin:0;background:#f2f2f2">\n<table role="presentation" width="100%%" '
            'cellpadding="0" cellspacing="0"><tr><td align="center">\n<table role="presentation" '
            'width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n%s\n'
            '</table>\n<img src="https://%s/o/%s.gif" width="1" height="1" alt="">\n'
            '</td></tr></table>\n</body></html>\n' % (esc(m["subject"]), "\n".join(rows),
                                                     m["from"][1].split("@")[1], m["file"][:-4]))


# --------------------------------------------------------------------------
# attachments (small but well-formed)
# --------------------------------------------------------------------------
def tiny_pdf(title):
    t = title.encode("ascii", "replace")
    body = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n")
    stream = b"BT /F1 12 Tf 72 770 Td (" + t + b") Tj ET"
    body += b"4 0 obj << /Length %d >> stream\n" % len(stream) + stream + b"\nendstream endobj\n"
    body += b"trailer << /Root 1 0 R >>\n%%EOF\n"
    return body


def tiny_png(seed):
    r = rng_for(seed)
    w, h = 24, 16
    raw = b"".join(b"\x00" + bytes(r.randrange(180, 256) for _ in range(w * 3)) for _ in range(h))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def attachment(spec, key):
    ctype, fname = spec
    if ctype == "application/pdf":
        p = MIMEApplication(tiny_pdf(fname), "pdf")
    elif ctype == "image/png":
        p = MIMEImage(tiny_png(key + fname), "png")
    else:
        raise ValueError(ctype)
    del p["MIME-Version"]
    p.add_header("Content-Disposition", "attachment", filename=fname)
    return p


# --------------------------------------------------------------------------
# message-ids / boundaries
# --------------------------------------------------------------------------
def msgid(m, r):
    dom = m["from"][1].split("@")[1]
    st = m["style"]
    if st.startswith("gmail") or (st == "plain" and dom == "gmail.com"):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
        return "<CA%s@mail.gmail.com>" % "".join(r.choice(alphabet) for _ in range(46))
    if st in ("outlook", "autoreply_outlook"):
        return "<%08x%02x$%08x$%08x@%s>" % (r.getrandbits(32), r.getrandbits(8), r.getrandbits(32), r.getrandbits(32), dom)
    if st == "owa_html":
        return "<%s%04dMB%04d%s@%s.apcprd%02d.prod.outlook.com>" % (
            "TYZPR0", r.randrange(10000), r.randrange(10000), "".join(r.choice("0123456789ABCDEF") for _ in range(28)),
            "TYZPR0%dMB%04d" % (r.randrange(1, 7), r.randrange(10000)), r.randrange(1, 7))
    if st == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randrange(10**8, 10**9), r.randrange(10**6, 10**7), r.randrange(10**12, 10**13))
    if st == "iphone":
        return "<%s@%s>" % ("-".join("".join(r.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12)), dom)
    if st == "oe1258":
        return "<%06x01dc%04x$%08x$0201a8c0@%s>" % (r.getrandbits(24), r.getrandbits(16), r.getrandbits(32), m.get("pc", "PC"))
    return "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                               r.getrandbits(16), r.getrandbits(48), dom)


def firm_msgid(r):
    return "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                               r.getrandbits(16), r.getrandbits(48), FIRM)


def boundary(style, r):
    if style.startswith("gmail"):
        return "0000000000" + "".join(r.choice("0123456789abcdef") for _ in range(18))
    if style in ("outlook",):
        return "_000_" + "".join(r.choice("0123456789ABCDEF") for _ in range(30)) + "_"
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randrange(10**5, 10**6), r.randrange(10**8, 10**9), r.randrange(10**12, 10**13))
    return "----=_NextPart_%03X_%04X_%08X" % (r.getrandbits(12), r.getrandbits(16), r.getrandbits(32))


# --------------------------------------------------------------------------
# builders per style
# --------------------------------------------------------------------------
def build_body(m, r):
    st = m["style"]
    cte = m.get("cte", "qp")
    plain = plain_of(m)
    if st in ("gmail", "gmail_mixed"):
        alt = MIMEMultipart("alternative")
        alt.set_boundary(boundary(st, r))
        alt.attach(text_part(plain, "plain", cte, upper=True))
        alt.attach(text_part(html_gmail(m), "html", cte, upper=True))
        del alt["MIME-Version"]
        if st == "gmail":
            return alt
        mix = MIMEMultipart("mixed")
        mix.set_boundary(boundary(st, r))
        mix.attach(alt)
        for a in m["attach"]:
            mix.attach(attachment(a, m["file"]))
        return mix
    if st == "outlook":
        alt = MIMEMultipart("alternative")
        alt.set_boundary(boundary(st, r))
        alt.attach(text_part(plain, "plain", cte))
        alt.attach(text_part(html_outlook(m), "html", cte))
        return alt
    if st == "yahoo":
        alt = MIMEMultipart("alternative")
        alt.set_boundary(boundary(st, r))
        alt.attach(text_part(plain, "plain", cte))
        alt.attach(text_part(html_yahoo(m), "html", cte))
        return alt
    if st == "owa_html":
        return text_part(html_owa(m), "html", cte)
    if st in ("iphone", "plain", "autoreply", "autoreply_outlook"):
        return text_part(plain, "plain", cte)
    if st == "thunderbird":
        return text_part(plain, "plain", cte, flowed=True)
    if st == "oe1258":
        return text_part(plain, "plain", "qp", cs_name="windows-1258")
    if st == "newsletter":
        alt = MIMEMultipart("alternative")
        alt.set_boundary(boundary(st, r))
        alt.attach(text_part(plain, "plain", cte))
        alt.attach(text_part(html_newsletter(m), "html", cte))
        return alt
    if st == "bounce":
        return build_bounce(m, r)
    raise ValueError(st)


def build_bounce(m, r):
    b = m["bounce"]
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.set_boundary(boundary("bounce", r))
    note = text_part(m["body"].strip("\n") + "\n", "plain", "7bit")
    note.set_param("charset", "us-ascii")
    note.add_header("Content-Description", "Notification")
    rep.attach(note)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    blocks = []
    for blk in b["ds"]:
        bm = Message()
        for k, v in blk:
            bm[k] = v
        blocks.append(bm)
    ds.set_payload(blocks)
    rep.attach(ds)
    orig = text_part(b["orig_body"].strip("\n") + "\n", "plain", "qp")
    for k in ("Content-Type", "Content-Transfer-Encoding"):
        v = orig[k]
        del orig[k]
        orig["X-Tmp-" + k] = v
    o = Message()
    o["MIME-Version"] = "1.0"
    o["From"] = hdr_addr(b["orig_from"][0], b["orig_from"][1], "q")
    o["To"] = b["rcpt"]
    o["Subject"] = hdr_text(b["orig_subject"], "q")
    o["Date"] = mkdate(b["orig_date"])
    o["Message-ID"] = firm_msgid(r)
    o["Content-Type"] = orig["X-Tmp-Content-Type"]
    o["Content-Transfer-Encoding"] = orig["X-Tmp-Content-Transfer-Encoding"]
    o.set_payload(orig.get_payload())
    wrap = MIMEMessage(o)
    del wrap["MIME-Version"]
    wrap.add_header("Content-Description", "Undelivered Message")
    rep.attach(wrap)
    return rep


def build(m):
    r = rng_for(m["file"])
    body = build_body(m, r)
    ctype = body["Content-Type"]
    cte = body["Content-Transfer-Encoding"]
    for k in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
        del body[k]
    cs_name = "windows-1258" if m["style"] == "oe1258" else "utf-8"
    mode = m.get("hdr", "b")
    out = body
    pre = m.get("pre_headers", [])
    for k, v in pre:
        out[k] = v
    out["MIME-Version"] = "1.0"
    fname, faddr = m["from"]
    out["From"] = hdr_addr(fname, faddr, mode, cs_name, comment=m.get("from_comment", False))
    to = m.get("to", "info@" + FIRM)
    if isinstance(to, tuple):
        out["To"] = hdr_addr(to[0], to[1], mode)
    else:
        out["To"] = to
    if m.get("reply_to"):
        out["Reply-To"] = m["reply_to"]
    out["Subject"] = hdr_text(m["subject"], mode, cs_name)
    out["Date"] = mkdate(m["date"])
    out["Message-ID"] = msgid(m, r)
    if m.get("in_reply_to"):
        ref = firm_msgid(r)
        out["In-Reply-To"] = ref
        out["References"] = ref
    for k, v in m.get("headers", []):
        out[k] = v
    out["Content-Type"] = ctype
    if cte:
        out["Content-Transfer-Encoding"] = cte
    return out


def main():
    msgs = MSGS1 + MSGS2
    assert len(msgs) == 50, len(msgs)
    labels = {}
    seen = set()
    for m in msgs:
        assert m["file"] not in seen
        seen.add(m["file"])
        msg = build(m)
        data = msg.as_bytes()
        with open(os.path.join(HERE, m["file"]), "wb") as f:
            f.write(data)
        lab = dict(m["label"])
        c = lab["contact"]
        lab["contact"] = {"name": c.get("name"), "phone": c.get("phone"),
                          "email": c.get("email"), "address": c.get("address")}
        labels[m["file"]] = {k: lab[k] for k in ("category", "automated", "language", "contact")}
        if lab.get("note"):
            labels[m["file"]]["note"] = lab["note"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(msgs), HERE))


if __name__ == "__main__":
    main()
