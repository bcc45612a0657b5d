#!/usr/bin/env python3
"""Generate the holdout34 test set: h34_001.eml ... h34_050.eml + labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
Run:  python3 make.py          (generates, then runs the self-checks)
"""
import html
import io
import json
import os
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email import encoders, utils
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as _M1  # noqa: E402
from msgs2 import MSGS as _M2  # noqa: E402

MSGS = _M1 + _M2
FIRM = "thinhtrigroup.com"
CATEGORIES = {"service_request", "access_request", "correction_request",
              "deletion_request", "complaint", "unknown"}

# --------------------------------------------------------------------------
# helpers: charsets, windows-1258
# --------------------------------------------------------------------------
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to1258(s):
    """Return a string that is encodable in cp1258: precomposed where cp1258
    has the character, otherwise base letter + combining tone mark (which is
    what Vietnamese Windows software actually produces)."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d[1:] if c in TONES)
        other = "".join(c for c in d[1:] if c not in TONES)
        base = unicodedata.normalize("NFC", d[0] + other)
        piece = base + tone
        piece.encode("cp1258")  # raise if still impossible
        out.append(piece)
    return "".join(out)


def mkcs(name, body="qp", header="b"):
    cs = ecs.Charset(name)
    cs.body_encoding = {"qp": ecs.QP, "base64": ecs.BASE64, "7bit": None,
                        "8bit": None}[body]
    cs.header_encoding = {"q": ecs.QP, "b": ecs.BASE64}[header]
    return cs


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


PREFIX_RE = re.compile(r"^((?:(?:Re|RE|Fwd|FW|Fw|TR|Automatic reply|Trả lời tự động)\s*:\s*)+)")


def enc_header_text(text, hcs, win=False):
    """Encode a free-text header (Subject) with RFC 2047 where needed."""
    if is_ascii(text):
        return text
    m = PREFIX_RE.match(text)
    prefix, rest = (m.group(1), text[m.end():]) if m else ("", text)
    if win:
        rest = to1258(rest)
    h = Header(prefix, "us-ascii") if prefix and is_ascii(prefix) else Header()
    if prefix and not is_ascii(prefix):
        rest = prefix + rest
    h.append(rest, hcs)
    return h


def enc_addr(name, addr, hcs, win=False):
    if not name:
        return addr
    if win:
        name = to1258(name)
    if is_ascii(name):
        return utils.formataddr((name, addr))
    return utils.formataddr((name, addr), charset=hcs)


# --------------------------------------------------------------------------
# ids / dates
# --------------------------------------------------------------------------
VN = timezone(timedelta(hours=7))
TZS = {"+0700": VN, "+0100": timezone(timedelta(hours=1)),
       "+0900": timezone(timedelta(hours=9)), "+1100": timezone(timedelta(hours=11)),
       "+0000": timezone.utc, "+0200": timezone(timedelta(hours=2))}


def parse_dt(s, tz="+0700"):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=TZS[tz])


B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rs(rng, n, alphabet=B64CH):
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_msgid(rng, client, addr):
    dom = addr.split("@", 1)[1] if "@" in addr else FIRM
    hexd = "0123456789abcdef"
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (rs(rng, 3), rs(rng, 44, B64CH + "_-=+"))
    if client == "iphone":
        u = rs(rng, 32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if client == "outlook":
        return "<0000%s01dc%s$%s$%s@%s>" % (rs(rng, 2, hexd), rs(rng, 6, hexd), rs(rng, 8, hexd), rs(rng, 8, hexd), dom)
    if client == "outlookcom":
        a = rs(rng, 4, "0123456789")
        return "<SG2PR%sMB%s%s@SG2PR%sMB%s.apcprd0%d.prod.outlook.com>" % (
            a[:2], a, rs(rng, 28, "0123456789ABCDEF"), a[:2], a, rng.randint(1, 6))
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), rng.randint(10**12, 10**13))
    if client == "oe":
        return "<00%s01dc%s$%s$0201a8c0@%s>" % (rs(rng, 2, hexd), rs(rng, 6, hexd), rs(rng, 8, hexd), rng.choice(["PC-HP", "MAYTINH", "ADMIN-PC", "HOME"]))
    u = rs(rng, 32, hexd)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def firm_msgid(rng):
    u = rs(rng, 32, "0123456789abcdef")
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], FIRM)


def boundary(rng, client):
    if client == "gmail":
        return "0000000000" + rs(rng, 18, "0123456789abcdef")
    if client in ("outlook", "outlookcom"):
        return "_000_%s_" % rs(rng, 30, "0123456789ABCDEF")
    if client == "yahoo":
        return "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))
    if client == "iphone":
        return "Apple-Mail-%s" % "-".join(rs(rng, n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))
    return "------------%s" % rs(rng, 24, "0123456789ABCDEFabcdef")


# --------------------------------------------------------------------------
# quoting
# --------------------------------------------------------------------------
VI_WD = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
VI_WD_LONG = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_WD_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def quote_header(q):
    """Return (kind, header_lines) for the quoted/forwarded block."""
    d = parse_dt(q["date"], q.get("tz", "+0700"))
    who = "%s <%s>" % (q["from_name"], q["from_addr"])
    k = q["kind"]
    if k == "gmail_vi":
        return ["Vào %s, %d thg %d, %d vào lúc %s %s đã viết:" % (
            VI_WD[d.weekday()], d.day, d.month, d.year, d.strftime("%H:%M"), who)]
    if k == "gmail_en":
        return ["On %s, %d %s %d at %s, %s wrote:" % (
            EN_WD[d.weekday()], d.day, EN_MON[d.month - 1][:3], d.year, d.strftime("%H:%M"), who)]
    if k == "tb_en":
        return ["On %s, %s wrote:" % (d.strftime("%d/%m/%Y %H:%M"), q["from_name"])]
    if k == "iphone_vi":
        return ["Vào lúc %s, ngày %d thg %d, %d, %s đã viết:" % (d.strftime("%H:%M"), d.day, d.month, d.year, who)]
    h12 = d.strftime("%I:%M %p").lstrip("0")
    if k == "outlook_en":
        return ["From: %s" % who,
                "Sent: %s, %s %d, %d %s" % (EN_WD_LONG[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h12),
                "To: %s" % q["to"], "Subject: %s" % q["subject"]]
    if k == "outlook_vi":
        return ["Từ: %s" % who,
                "Đã gửi: %s, %d tháng %d, %d %s" % (VI_WD_LONG[d.weekday()], d.day, d.month, d.year, d.strftime("%H:%M")),
                "Đến: %s" % q["to"], "Chủ đề: %s" % q["subject"]]
    if k == "fwd_gmail_vi":
        return ["---------- Forwarded message ---------",
                "Từ: %s" % who,
                "Date: %s, %d thg %d, %d vào lúc %s" % (VI_WD[d.weekday()], d.day, d.month, d.year, d.strftime("%H:%M")),
                "Subject: %s" % q["subject"], "To: <%s>" % q["to"]]
    raise ValueError(k)


def plain_with_quote(body, q):
    if not q:
        return body
    hdr = quote_header(q)
    qtext = q["text"].rstrip("\n")
    k = q["kind"]
    if k in ("gmail_vi", "gmail_en", "tb_en", "iphone_vi"):
        quoted = "\n".join((">" if not ln else "> " + ln) for ln in qtext.split("\n"))
        return body.rstrip("\n") + "\n\n" + hdr[0] + "\n\n" + quoted + "\n"
    if k in ("outlook_en", "outlook_vi"):
        return body.rstrip("\n") + "\n\n________________________________\n" + "\n".join(hdr) + "\n\n" + qtext + "\n"
    if k == "fwd_gmail_vi":
        return body.rstrip("\n") + "\n\n" + "\n".join(hdr) + "\n\n" + qtext + "\n"
    raise ValueError(k)


# --------------------------------------------------------------------------
# HTML rendering
# --------------------------------------------------------------------------
def esc(s, nbsp=False):
    e = html.escape(s, quote=False)
    if nbsp:
        e = e.replace(" ", "&nbsp;")
    return e


NBSP_RE = re.compile(r"^(ĐT|SĐT|DĐ|Điện thoại|Địa chỉ|Tel|Mob|M:|Phone|Hotline)", re.I)


def lines_html(text, wrap, nbsp_sig=False):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if not ln.strip():
            out.append(wrap("<br>"))
        else:
            out.append(wrap(esc(ln, nbsp=nbsp_sig and bool(NBSP_RE.match(ln)))))
    return out


def html_gmail(body, q):
    parts = ['<div dir="ltr">' + "\n".join(lines_html(body, lambda x: "<div>%s</div>" % x)) + "</div>"]
    if q:
        hdr = quote_header(q)
        if q["kind"] == "fwd_gmail_vi":
            fh = "<br>".join(esc(h) for h in hdr)
            parts.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>'
                         % (fh, "<br>\n".join(esc(ln) for ln in q["text"].rstrip("\n").split("\n"))))
        else:
            parts.append('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                         % (esc(hdr[0]), "<br>\n".join(esc(ln) for ln in q["text"].rstrip("\n").split("\n"))))
    return "\n".join(parts) + "\n"


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
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(body, q, lang="EN-US", nbsp_sig=True):
    def p(x):
        return '<p class="MsoNormal">%s<o:p></o:p></p>' % ("<o:p>&nbsp;</o:p>" if x == "<br>" else x)
    out = [OUTLOOK_HEAD % lang]
    out += lines_html(body, lambda x: p(x) if x != "<br>" else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>', nbsp_sig)
    if q:
        hdr = quote_header(q)
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
        hl = []
        for h in hdr:
            k, _, v = h.partition(": ")
            hl.append("<b>%s:</b> %s" % (esc(k), esc(v)))
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(hl))
        out.append("</div>")
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out += lines_html(q["text"], lambda x: '<p class="MsoNormal">%s<o:p></o:p></p>' % x if x != "<br>" else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def html_outlookcom(body, q, nbsp_sig=True):
    out = ['<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
           '<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">']
    out += lines_html(body, lambda x: "<div>%s</div>" % x, nbsp_sig)
    out.append("</div>")
    if q:
        hdr = quote_header(q)
        out.append('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                   + "<br>\n".join("<b>%s:</b> %s" % (esc(h.partition(": ")[0]), esc(h.partition(": ")[2])) for h in hdr)
                   + "</font>\n<div>&nbsp;</div>\n</div>")
        out.append("<div>" + "<br>\n".join(esc(ln) for ln in q["text"].rstrip("\n").split("\n")) + "</div>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)


def html_yahoo(body, q):
    out = ['<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' % "3c1f7e2a"]
    out += lines_html(body, lambda x: '<div dir="ltr" data-setdir="false">%s</div>' % x)
    out.append("</div>")
    if q:
        hdr = quote_header(q)
        out.append('<div id="ydpyahoo_quoted" class="ydpyahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><div dir="ltr">%s</div></div></div></div>'
                   % (esc(hdr[0]), "<br>".join(esc(ln) for ln in q["text"].rstrip("\n").split("\n"))))
    out.append("</body></html>\n")
    return "\n".join(out)


def html_simple(body, q):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>']
    out.append("<p>" + "<br>\n".join(esc(ln) for ln in body.rstrip("\n").split("\n")) + "</p>")
    if q:
        hdr = quote_header(q)
        out.append('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite">%s</blockquote>'
                   % (esc(hdr[0]), "<br>\n".join(esc(ln) for ln in q["text"].rstrip("\n").split("\n"))))
    out.append("</body></html>\n")
    return "\n".join(out)


def render_html(m):
    if "html" in m:
        return m["html"]
    c = m["client"]
    q = m.get("quote")
    if c == "gmail":
        return html_gmail(m["body"], q)
    if c == "outlook":
        return html_outlook(m["body"], q, lang=m.get("html_lang", "EN-US"))
    if c == "outlookcom":
        return html_outlookcom(m["body"], q)
    if c == "yahoo":
        return html_yahoo(m["body"], q)
    if c == "iphone":
        return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + \
            "<br>".join(esc(ln) for ln in m["body"].rstrip("\n").split("\n")) + "</body></html>\n"
    return html_simple(m["body"], q)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------
def fake_bytes(rng, kind, title):
    if kind == "pdf":
        txt = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
               "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%% %s\ntrailer<</Root 1 0 R>>\n%%%%EOF\n") % title
        return txt.encode("ascii", "replace")
    if kind == "jpeg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(rng.randrange(256) for _ in range(900)) + b"\xff\xd9"
    if kind == "png":
        return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(700))
    if kind == "xlsx":
        return b"PK\x03\x04\x14\x00\x06\x00" + bytes(rng.randrange(256) for _ in range(1200))
    if kind == "docx":
        return b"PK\x03\x04\x14\x00\x06\x00" + bytes(rng.randrange(256) for _ in range(1500))
    raise ValueError(kind)


MIME_OF = {"pdf": ("application", "pdf"), "jpeg": ("image", "jpeg"), "png": ("image", "png"),
           "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
           "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")}


def attachment(rng, fname, kind):
    mt, st = MIME_OF[kind]
    part = MIMEBase(mt, st, **({"name": fname} if is_ascii(fname) else {}))
    del part["MIME-Version"]
    if not is_ascii(fname):
        part.set_param("name", ("utf-8", "", fname))
    part.set_payload(fake_bytes(rng, kind, fname))
    encoders.encode_base64(part)
    if is_ascii(fname):
        part.add_header("Content-Disposition", "attachment", filename=fname)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
    return part


# --------------------------------------------------------------------------
# building a message
# --------------------------------------------------------------------------
def text_part(text, subtype, charset_name, cte, win=False):
    if win:
        text = to1258(text)
    cs = mkcs(charset_name, cte)
    if cte == "7bit" and not is_ascii(text):
        cs = mkcs(charset_name, "8bit")
    part = MIMEText(text, subtype, cs)
    del part["MIME-Version"]
    return part


def build(m, rng):
    win = m.get("charset") == "windows-1258"
    charset_name = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable").replace("quoted-printable", "qp")
    hcs = mkcs("windows-1258" if win else "utf-8", "qp", m.get("hcs", "b"))
    client = m["client"]
    layout = m.get("layout", "alt")

    if layout == "dsn":
        msg = build_dsn(m, rng)
    else:
        plain = plain_with_quote(m["body"], m.get("quote"))
        if layout == "plain":
            msg = text_part(plain, "plain", charset_name, cte, win)
            if m.get("flowed"):
                msg.set_param("format", "flowed")
        elif layout == "html":
            msg = text_part(render_html(m), "html", charset_name, cte, win)
        else:
            alt = MIMEMultipart("alternative", boundary=boundary(rng, client))
            del alt["MIME-Version"]
            alt.attach(text_part(plain, "plain", charset_name, cte, win))
            alt.attach(text_part(render_html(m), "html", charset_name, m.get("html_cte", cte), win))
            if m.get("attachments"):
                msg = MIMEMultipart("mixed", boundary=boundary(rng, client))
                del msg["MIME-Version"]
                msg.attach(alt)
                for fname, kind in m["attachments"]:
                    msg.attach(attachment(rng, fname, kind))
            else:
                msg = alt

    # --- headers, in a natural order
    content = [(k, v) for k, v in msg.items() if k.lower() in ("content-type", "content-transfer-encoding")]
    for k in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
        del msg[k]
    fname, faddr = m["from"]
    dt = parse_dt(m["date"], m.get("tz", "+0700"))
    hdrs = []
    if m.get("return_path") is not None:
        hdrs.append(("Return-Path", m["return_path"]))
    hdrs.append(("MIME-Version", "1.0"))
    if layout == "dsn":
        hdrs.append(("Date", utils.format_datetime(dt)))
        hdrs.append(("From", "%s (%s)" % (faddr, fname)))
    else:
        hdrs.append(("From", enc_addr(fname, faddr, hcs, win)))
    to = m.get("to", "info@" + FIRM)
    if isinstance(to, tuple):
        to = enc_addr(to[0], to[1], hcs)
    hdrs.append(("To", to))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("Subject", enc_header_text(m["subject"], hcs, win)))
    if layout != "dsn":
        hdrs.append(("Date", utils.format_datetime(dt)))
    hdrs.append(("Message-ID", m.get("message_id") or make_msgid(rng, client, faddr)))
    if m.get("quote") and m["quote"]["kind"] != "fwd_gmail_vi" and m["quote"]["from_addr"].endswith(FIRM):
        ref = firm_msgid(rng)
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    elif m.get("in_reply_to"):
        hdrs.append(("In-Reply-To", m["in_reply_to"]))
        hdrs.append(("References", m["in_reply_to"]))
    mailer = {"outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
              "iphone": ("X-Mailer", "iPhone Mail (22D82)"),
              "yahoo": ("X-Mailer", "WebService/1.1.24794 YMailNorrin"),
              "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
              "oe": ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")}.get(client)
    if client == "oe":
        hdrs += [("X-Priority", "3"), ("X-MSMail-Priority", "Normal")]
    if mailer:
        hdrs.append(mailer)
    if client == "oe":
        hdrs.append(("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"))
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    for k, v in hdrs:
        msg[k] = v
    for k, v in content:
        msg[k] = v
    return msg


def build_dsn(m, rng):
    d = m["dsn"]
    rep = MIMEMultipart("report", boundary="----=_NextPart_%s" % rs(rng, 12, "0123456789ABCDEF"),
                        report_type="delivery-status")
    del rep["MIME-Version"]
    note = MIMEText(d["notice"], "plain", mkcs("us-ascii", "7bit"))
    del note["MIME-Version"]
    note.add_header("Content-Description", "Notification")
    rep.attach(note)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in d["status_blocks"]:
        b = Message()
        for k, v in blk:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    rep.attach(ds)
    orig = build(d["original"], rng)
    om = MIMEMessage(orig)
    del om["MIME-Version"]
    om.add_header("Content-Description", "Undelivered Message")
    rep.attach(om)
    return rep


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n")
    data = buf.getvalue()
    # mail clients usually write the charset/encoding of encoded-words in upper case
    data = re.sub(rb"=\?utf-8\?([bq])\?", lambda mt: b"=?UTF-8?" + mt.group(1).upper() + b"?", data)
    data = re.sub(rb"=\?(windows-1258)\?([bq])\?", lambda mt: b"=?" + mt.group(1) + b"?" + mt.group(2).upper() + b"?", data)
    return data


# --------------------------------------------------------------------------
# self-checks
# --------------------------------------------------------------------------
def decoded_text(path):
    import email
    from email import policy
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", "")), str(msg.get("Reply-To", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        txt = part.get_content()
        if part.get_content_subtype() == "html":
            txt = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", txt)
            txt = re.sub(r"(?i)<br\s*/?>|</(p|div|blockquote)>", "\n", txt)
            txt = re.sub(r"<[^>]+>", " ", txt)
            txt = html.unescape(txt)
        chunks.append(txt)
    return msg, "\n".join(chunks)


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s).strip()


PHONE_RE = re.compile(r"\+?\(?\d[\d \t.\-()\u00a0]{6,}\d")


def phones_in(text):
    found = set()
    for mt in PHONE_RE.finditer(text):
        raw = mt.group(0)
        dg = re.sub(r"\D", "", raw)
        if raw.lstrip("(").startswith("+"):
            found.add("+" + dg)
        elif dg.startswith("84") and len(dg) >= 11:
            found.add("+" + dg)
        elif dg.startswith("0"):
            found.add("+84" + dg[1:])
    return found


def check(labels):
    ok = True
    assert len(labels) == 50, len(labels)
    for fn, lab in sorted(labels.items()):
        path = os.path.join(HERE, fn)
        msg, text = decoded_text(path)
        if msg.defects:
            print("DEFECTS", fn, msg.defects)
            ok = False
        for part in msg.walk():
            if part.defects:
                print("PART DEFECTS", fn, part.defects)
                ok = False
        assert lab["category"] in CATEGORIES, fn
        assert lab["language"] in ("vi", "en", "mixed"), fn
        c = lab["contact"]
        if lab["automated"]:
            if any(c.values()) or lab["category"] != "unknown":
                print("AUTOMATED WITH CONTACT/CATEGORY", fn)
                ok = False
        nt = norm(text)
        for key in ("name", "address"):
            if c[key] and norm(c[key]) not in nt:
                print("MISSING", key, fn, c[key])
                ok = False
        if c["email"]:
            if c["email"] != c["email"].lower() or c["email"] not in text.lower():
                print("MISSING email", fn, c["email"])
                ok = False
        if c["phone"]:
            if not re.fullmatch(r"\+\d{8,15}", c["phone"]) or c["phone"] not in phones_in(unicodedata.normalize("NFC", text)):
                print("MISSING phone", fn, c["phone"], sorted(phones_in(text)))
                ok = False
    return ok


# --------------------------------------------------------------------------
def main():
    labels = {}
    seen = set()
    for m in MSGS:
        fn = "h34_%03d.eml" % m["n"]
        assert fn not in seen, fn
        seen.add(fn)
        rng = random.Random("h34-%d" % m["n"])
        data = to_bytes(build(m, rng))
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        lab = m["label"]
        entry = {"automated": lab.get("automated", False), "category": lab["category"],
                 "contact": {"address": lab.get("address"), "email": lab.get("email"),
                             "name": lab.get("name"), "phone": lab.get("phone")},
                 "language": lab["language"]}
        if lab.get("note"):
            entry["note"] = lab["note"]
        labels[fn] = entry
    labels = dict(sorted(labels.items()))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    good = check(labels)
    from collections import Counter
    print("messages:", len(labels))
    print("category:", dict(Counter(v["category"] for v in labels.values())))
    print("language:", dict(Counter(v["language"] for v in labels.values())))
    print("automated:", sum(v["automated"] for v in labels.values()))
    print("CHECKS", "OK" if good else "FAILED")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
