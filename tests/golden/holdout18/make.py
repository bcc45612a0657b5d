#!/usr/bin/env python3
"""Generate holdout set 18: 60 raw customer e-mails (a001.eml .. a060.eml) for the
Thịnh Trí Group mail classifier, plus labels.json in the development-set format.

Python 3 standard library only.  Deterministic (fixed random seed).
Run:  python3 make.py        (writes next to this file)
"""
import base64
import datetime
import html
import json
import os
import random
import unicodedata
from email import quoprimime
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(181818)

FIRM_INFO = "info@thinhtrigroup.com"
FIRM_SUPPORT = "support@thinhtrigroup.com"
FIRM_LEGAL_NAME = "Công ty Hệ Thống Luật TNHH Thịnh Trí"
FIRM_ADDR = "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"
FIRM_HOTLINE = "1800 63 65"

# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------

def rhex(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid():
    return "%s-%s-%s-%s-%s" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def rtok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def dt(y, mo, d, h, mi, s, tz=7):
    return datetime.datetime(y, mo, d, h, mi, s,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def rfcdate(d):
    return format_datetime(d)


VI_WD = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTH_FULL = ["January", "February", "March", "April", "May", "June", "July",
                 "August", "September", "October", "November", "December"]
EN_WD_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def gmail_attr_vi(d, who):
    return "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s đã viết:" % (
        VI_WD[d.weekday()], d.day, d.month, d.year, d.hour, d.minute, who)


def gmail_attr_en(d, who):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (
        EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year, h, d.minute, ap, who)


def outlook_sent(d):
    h = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return "%s, %s %d, %d %d:%02d %s" % (EN_WD_FULL[d.weekday()], EN_MONTH_FULL[d.month - 1],
                                         d.day, d.year, h, d.minute, ap)


# --------------------------------------------------------------------------
# windows-1258 (Outlook Express style: precomposed where the code page has it,
# otherwise base letter + combining tone mark)
# --------------------------------------------------------------------------
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_char(ch):
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        pass
    d = unicodedata.normalize("NFD", ch)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    tones = "".join(c for c in d if c in TONES)
    return base.encode("cp1258") + tones.encode("cp1258")


def char_units(text, charset):
    if charset.lower() == "windows-1258":
        return [cp1258_char(c) for c in text]
    return [c.encode("utf-8") for c in text]


def encode_text(text, charset):
    return b"".join(char_units(text, charset))


# --------------------------------------------------------------------------
# RFC 2047 header encoding
# --------------------------------------------------------------------------

def _q(bs):
    out = []
    for b in bs:
        c = chr(b)
        if b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ewords(text, mode="B", charset="UTF-8", maxlen=75, lead=0, word_break=False):
    """lead: characters already used on the first line (e.g. 'Subject: Re: ')."""
    pre = "=?%s?%s?" % (charset, mode)
    room = maxlen - len(pre) - 2
    first_room = min(room, 77 - lead - len(pre) - 2)
    words, cur = [], b""

    def enc(bs):
        return base64.b64encode(bs).decode() if mode == "B" else _q(bs)

    units = char_units(text, charset)
    cur_units = []
    for u in units:
        r = first_room if not words else room
        if cur_units and len(enc(b"".join(cur_units) + u)) > r:
            keep = []
            if word_break and b" " in cur_units:
                i = len(cur_units) - 1 - cur_units[::-1].index(b" ")
                keep = cur_units[i + 1:]
                cur_units = cur_units[:i + 1]
            words.append(pre + enc(b"".join(cur_units)) + "?=")
            cur_units = keep
        cur_units.append(u)
    cur = b"".join(cur_units)
    if cur:
        words.append(pre + enc(cur) + "?=")
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold_ascii(name, value, width=78):
    line = name + ": "
    lines = []
    for w in value.split(" "):
        if len(line) + len(w) > width and line.strip() and not line.endswith(": "):
            lines.append(line.rstrip())
            line = " "
        line += w + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def subject_hdr(subject, mode="B", charset="UTF-8", prefix=""):
    """prefix (e.g. 'Re: ') is kept in clear text like most clients do."""
    if is_ascii(subject):
        return fold_ascii("Subject", prefix + subject)
    words = ewords(subject, mode, charset, lead=len("Subject: " + prefix))
    return "Subject: " + prefix + "\n ".join(words)


def addr_hdr(field, display, email, mode="B", charset="UTF-8"):
    if not display:
        return "%s: %s" % (field, email)
    if is_ascii(display):
        disp = display
        if any(c in display for c in '.,:;@()[]"'):
            disp = '"%s"' % display.replace('"', '\\"')
        return "%s: %s <%s>" % (field, disp, email)
    words = ewords(display, mode, charset, lead=len(field) + 2, word_break=True)
    s = field + ": " + "\n ".join(words)
    last = s.split("\n")[-1]
    if len(last) + len(email) + 3 > 78:
        s += "\n <%s>" % email
    else:
        s += " <%s>" % email
    return s


# --------------------------------------------------------------------------
# body encoding
# --------------------------------------------------------------------------

def body_encode(text, cte, charset="utf-8"):
    if isinstance(text, bytes):
        raw = text
    else:
        if not text.endswith("\n"):
            text += "\n"
        raw = encode_text(text, charset)
    if cte == "7bit":
        s = raw.decode("ascii")  # must be ASCII
        return s
    if cte == "8bit":
        return raw.decode("utf-8")
    if cte == "quoted-printable":
        s = quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76)
        if not s.endswith("\n"):
            s += "\n"
        return s
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def pick_cte(text, wanted):
    if wanted == "auto":
        return "7bit" if is_ascii(text) else "quoted-printable"
    if wanted == "7bit" and not is_ascii(text):
        raise ValueError("non-ascii text with 7bit: " + text[:40])
    return wanted


def esc(s):
    return html.escape(s, quote=False)


# --------------------------------------------------------------------------
# HTML renderers for the various clients
# --------------------------------------------------------------------------

def html_gmail(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append("<div><br></div>" if not line.strip() else "<div>%s</div>" % esc(line))
    return '<div dir="ltr">' + "\n".join(out) + "</div>"


def html_gmail_quote(attr, qtext):
    lines = qtext.rstrip("\n").split("\n")
    body = "<br>\n".join(esc(l) for l in lines)
    return ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + body + "\n</blockquote></div>")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_paras(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    return "\n".join(out)


def html_outlook(text, lang="EN-US", reply=None):
    h = OUTLOOK_HEAD % lang + outlook_paras(text) + "\n"
    if reply:
        h += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
              '<p class="MsoNormal"><b>From:</b> %s <br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n'
              '<b>Subject:</b> %s<o:p></o:p></p>\n</div>\n'
              % (esc(reply["from"]), esc(reply["sent"]), esc(reply["to"]), esc(reply["subject"])))
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_paras(reply["text"]) + "\n"
    h += "</div>\n</body>\n</html>"
    return h


def html_owa(text, fwd=None):
    lines = ["<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>"
             for l in text.rstrip("\n").split("\n")]
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
         '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
         'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + "\n".join(lines) + "\n</div>\n")
    if fwd:
        h += ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
              'color="#000000"><b>From:</b> %s<br>\n<b>Sent:</b> %s<br>\n<b>To:</b> %s<br>\n<b>Subject:</b> %s</font>'
              '<div>&nbsp;</div>\n</div>\n' % (esc(fwd["from"]), esc(fwd["sent"]), esc(fwd["to"]),
                                              esc(fwd["subject"])))
        h += "<div>" + "<br>\n".join(esc(l) for l in fwd["text"].rstrip("\n").split("\n")) + "</div>\n"
    h += "</body>\n</html>"
    return h


def html_yahoo(text):
    cls = "ydp%syahoo-style-wrap" % rhex(8)
    lines = []
    for l in text.rstrip("\n").split("\n"):
        inner = esc(l) if l.strip() else "<br>"
        lines.append('<div dir="ltr" data-setdir="false">%s</div>' % inner)
    return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">' % cls + "\n".join(lines) + "</div></body></html>")


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

def part(ctype, body, cte, charset="UTF-8", order="cte_first", extra=()):
    ct = 'Content-Type: %s; charset="%s"' % (ctype, charset)
    te = "Content-Transfer-Encoding: %s" % cte
    hdrs = [te, ct] if order == "cte_first" else [ct, te]
    hdrs += list(extra)
    return "\n".join(hdrs) + "\n\n" + body_encode(body, cte, charset.lower())


def multipart(subtype, boundary, parts, fold=False):
    if fold:
        head = 'Content-Type: multipart/%s;\n boundary="%s"' % (subtype, boundary)
    else:
        head = 'Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)
    body = ""
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p)
    body += "--%s--\n" % boundary
    return head, body


def assemble(headers, ct_and_body):
    head, body = ct_and_body
    return "\n".join(h for h in headers if h) + "\n" + head + "\n\n" + body


def single(headers, ctype, text, cte, charset="utf-8", order="ct_first", extra_ct=""):
    ct = 'Content-Type: %s; charset="%s"%s' % (ctype, charset, extra_ct)
    te = "Content-Transfer-Encoding: %s" % cte
    hh = [ct, te] if order == "ct_first" else [te, ct]
    return "\n".join(h for h in headers if h) + "\n" + "\n".join(hh) + "\n\n" + body_encode(text, cte, charset)


def base_headers(frm, to, subject_line, date, msgid, extra=()):
    hs = ["MIME-Version: 1.0", frm, to, subject_line, "Date: " + rfcdate(date), "Message-ID: <%s>" % msgid]
    hs += list(extra)
    return hs


def gmail_id():
    return "CA" + rtok(R.choice([54, 56, 58]), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") + "@mail.gmail.com"


def outlook_id(domain):
    return "0000%s01dc%s$%s$%s@%s" % (rhex(2), rhex(4), rhex(8), rhex(8), domain)


def owa_id():
    srv = R.choice(["SG2PR06MB", "SEYP03MB", "KL1PR02MB", "TYZPR04MB", "PSAPR01MB"])
    n = "%04d" % R.randint(1000, 9999)
    pool = R.choice(["apcprd03", "apcprd04", "apcprd05", "apcprd06"])
    return "%s%s%s@%s%s.%s.prod.outlook.com" % (srv, n, rhex(32, True), srv, n, pool)


def firm_id():
    return ruuid() + "@thinhtrigroup.com"


# --------------------------------------------------------------------------
# client builders
# --------------------------------------------------------------------------

def gmail(m):
    text = m["text"]
    cte = pick_cte(text + m.get("quote_text", ""), m.get("cte", "auto"))
    frm = addr_hdr("From", m["from_name"], m["from_email"], m.get("from_mode", "B"))
    to = m.get("to_hdr") or "To: " + m["to"]
    subj = subject_hdr(m["subject"], m.get("subj_mode", "B"), prefix=m.get("prefix", ""))
    extra = []
    if m.get("reply_to_id"):
        extra += ["In-Reply-To: <%s>" % m["reply_to_id"], "References: <%s>" % m["reply_to_id"]]
    hs = base_headers(frm, to, subj, m["date"], m.get("msgid") or gmail_id(), extra)
    plain = text
    html_body = html_gmail(text)
    if m.get("quote_attr"):
        q = m["quote_text"].rstrip("\n").split("\n")
        plain = text.rstrip("\n") + "\n\n" + m["quote_attr"] + "\n\n" + "\n".join(
            ("> " + l) if l else ">" for l in q) + "\n"
        html_body += html_gmail_quote(m["quote_attr"], m["quote_text"])
    if m.get("plain_only"):
        return single(hs, "text/plain", plain, cte, "UTF-8", order="cte_first")
    b = "0000000000" + rhex(18)
    alt = multipart("alternative", b, [part("text/plain", plain, cte), part("text/html", html_body, cte)])
    if m.get("attach"):
        ctype, fname, data = m["attach"]
        b2 = "0000000000" + rhex(18)
        att = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: base64\nX-Attachment-Id: f_%s\nContent-ID: <f_%s>\n\n"
               % (ctype, fname, fname, rtok(9).lower(), rtok(9).lower()) + base64.encodebytes(data).decode())
        inner = alt[0] + "\n\n" + alt[1]
        return assemble(hs, multipart("mixed", b2, [inner, att]))
    return assemble(hs, alt)


def outlook(m):
    text = m["text"]
    reply = m.get("reply")
    full = text + (reply["text"] if reply else "")
    cte = pick_cte(full, m.get("cte", "auto"))
    frm = addr_hdr("From", m["from_name"], m["from_email"], m.get("from_mode", "B"))
    to = m.get("to_hdr") or "To: " + m["to"]
    subj = subject_hdr(m["subject"], m.get("subj_mode", "Q"), prefix=m.get("prefix", ""))
    extra = []
    if m.get("reply_to_id"):
        extra += ["In-Reply-To: <%s>" % m["reply_to_id"], "References: <%s>" % m["reply_to_id"]]
    extra += list(m.get("extra_headers", []))
    extra.append("X-Mailer: Microsoft Outlook 16.0")
    domain = m["from_email"].split("@")[1]
    hs = base_headers(frm, to, subj, m["date"], outlook_id(domain), extra)
    plain = text
    if reply:
        plain = (text.rstrip("\n") + "\n\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" %
                 (reply["from"], reply["sent"], reply["to"], reply["subject"]) + reply["text"])
    b = "_000_%s_" % rhex(30, True)
    h = html_outlook(text, m.get("lang", "EN-US"), reply)
    return assemble(hs, multipart("alternative", b, [part("text/plain", plain, cte, "utf-8", "ct_first"),
                                                      part("text/html", h, cte, "utf-8", "ct_first")], fold=True))


def owa(m):
    text = m["text"]
    fwd = m.get("fwd")
    full = text + (fwd["text"] if fwd else "")
    cte = pick_cte(full, m.get("cte", "auto"))
    frm = addr_hdr("From", m["from_name"], m["from_email"], m.get("from_mode", "B"))
    to = m.get("to_hdr") or "To: " + m["to"]
    subj = subject_hdr(m["subject"], m.get("subj_mode", "B"), prefix=m.get("prefix", ""))
    hs = base_headers(frm, to, subj, m["date"], owa_id())
    h = html_owa(text, fwd)
    if m.get("html_only"):
        return single(hs, "text/html", h, cte, "utf-8")
    plain = text
    if fwd:
        plain = (text.rstrip("\n") + "\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n"
                 % (fwd["from"], fwd["sent"], fwd["to"], fwd["subject"]) + fwd["text"])
    b = "_000_%s_" % rhex(30, True)
    return assemble(hs, multipart("alternative", b, [part("text/plain", plain, cte, "utf-8", "ct_first"),
                                                      part("text/html", h, cte, "utf-8", "ct_first")], fold=True))


def yahoo(m):
    text = m["text"]
    cte = pick_cte(text, m.get("cte", "auto"))
    frm = addr_hdr("From", m["from_name"], m["from_email"], m.get("from_mode", "Q"))
    to = "To: " + m["to"]
    subj = subject_hdr(m["subject"], m.get("subj_mode", "Q"))
    mid = "%d.%d.%d@mail.yahoo.com" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 12, 10 ** 13))
    hs = base_headers(frm, to, subj, m["date"], mid, ["X-Mailer: WebService/1.1.%d YMailNorrin" % R.randint(24000, 25999)])
    b = "----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))
    return assemble(hs, multipart("alternative", b, [part("text/plain", text, cte, "utf-8", "ct_first"),
                                                      part("text/html", html_yahoo(text), cte, "utf-8", "ct_first")], fold=True))


def thunderbird(m):
    text = m["text"]
    frm = addr_hdr("From", m["from_name"], m["from_email"], m.get("from_mode", "Q"))
    subj = subject_hdr(m["subject"], m.get("subj_mode", "Q"))
    domain = m["from_email"].split("@")[1]
    extra = ["User-Agent: Mozilla Thunderbird"]
    if m.get("lang"):
        extra.append("Content-Language: " + m["lang"])
    hs = base_headers(frm, "To: " + m["to"], subj, m["date"], ruuid() + "@" + domain, extra)
    cte = "7bit" if is_ascii(text) else "8bit"
    return single(hs, "text/plain", text, cte, "utf-8", order="cte_first", extra_ct='; format="flowed"')


def iphone(m):
    text = m["text"]
    if m.get("quote_attr"):
        q = m["quote_text"].rstrip("\n").split("\n")
        text = text.rstrip("\n") + "\n\n" + m["quote_attr"] + "\n\n" + "\n".join(
            ("> " + l) if l else ">" for l in q) + "\n"
    cte = pick_cte(text, m.get("cte", "auto"))
    frm = addr_hdr("From", m["from_name"], m["from_email"], m.get("from_mode", "B"))
    subj = subject_hdr(m["subject"], m.get("subj_mode", "B"), prefix=m.get("prefix", ""))
    extra = []
    if m.get("reply_to_id"):
        extra += ["In-Reply-To: <%s>" % m["reply_to_id"], "References: <%s>" % m["reply_to_id"]]
    extra.append("X-Mailer: iPhone Mail (%s)" % m.get("build", "22E252"))
    mid = "%s-%s-%s-%s-%s@icloud.com" % (rhex(8, True), rhex(4, True), rhex(4, True), rhex(4, True), rhex(12, True))
    hs = base_headers(frm, "To: " + m["to"], subj, m["date"], mid, extra)
    return single(hs, "text/plain", text, cte, "utf-8", order="ct_first")


def outlook_express_1258(m):
    frm = addr_hdr("From", m["from_name"], m["from_email"], "Q", "windows-1258")
    subj = subject_hdr(m["subject"], "B", "windows-1258")
    mid = "%s$%s$%s@%s" % (rhex(12), rhex(8), "0201a8c0", m["host"])
    extra = ["X-Priority: 3", "X-MSMail-Priority: Normal",
             "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
             "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"]
    hs = base_headers(frm, "To: " + m["to"], subj, m["date"], mid, extra)
    return single(hs, "text/plain", m["text"], "quoted-printable", "windows-1258", order="ct_first")


def tiny_pdf(title):
    stream = "BT /F1 14 Tf 72 770 Td (%s) Tj ET" % title
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += b"".join(("%010d 00000 n \n" % o).encode() for o in offs)
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def C(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email, "address": address}


NULLC = C()

MESSAGES = []  # (filename, raw_text, label)


def add(n, raw, category, language, contact, note=None, automated=False):
    lab = {"automated": automated, "category": category, "contact": contact, "language": language}
    if note:
        lab["note"] = note
    MESSAGES.append(("a%03d.eml" % n, raw, lab))


# ==========================================================================
# the messages
# ==========================================================================

# a001 -- service, vi, Gmail base64
add(1, gmail(dict(
    from_name="Quách Thị Mỹ Duyên", from_email="myduyen.quach89@gmail.com", to=FIRM_INFO,
    subject="Nhờ tư vấn chia thừa kế đất của ba mẹ để lại", date=dt(2026, 1, 8, 10, 41, 7), cte="base64",
    text="""Chào Văn phòng luật Thịnh Trí,

Em tên là Quách Thị Mỹ Duyên, quê ở Cái Bè (Tiền Giang cũ, giờ nhập về Đồng Tháp). Ba má em mất đều không để lại di chúc, có một mảnh đất vườn hơn 2.000m2 đứng tên ba. Nhà năm anh chị em, anh Hai đang cất nhà ở trên đất và không chịu ký văn bản thỏa thuận phân chia, ảnh nói hồi trước ba đã cho miệng ảnh rồi.

Em muốn hỏi mấy chuyện:
1) Lời cho miệng như vậy có giá trị pháp lý không ạ?
2) Nếu anh Hai không hợp tác thì tụi em có khởi kiện chia thừa kế được không, có bị hết thời hiệu không (ba em mất năm 2013)?
3) Phí luật sư theo vụ việc khoảng bao nhiêu?

Anh chị gọi em trong giờ hành chính qua số 0843 517 296 giúp em nha. Em cảm ơn nhiều.

Mỹ Duyên
""")), "service_request", "vi",
    C("Quách Thị Mỹ Duyên", "+84843517296", "myduyen.quach89@gmail.com"))

# a002 -- complaint, vi without diacritics
add(2, gmail(dict(
    from_name="Nghia Pham", from_email="phamtrongnghia.hp@gmail.com", to=FIRM_SUPPORT,
    subject="Phi phat sinh khong co trong hop dong", date=dt(2026, 1, 12, 20, 17, 45), cte="7bit",
    text="""Gui bo phan cham soc khach hang,

Toi la Pham Trong Nghia, thue ben cong ty lam tron goi thu tuc sang ten so do mieng dat o An Duong, Hai Phong. Hop dong ghi ro phi tron goi 18 trieu, da bao gom le phi.
Hom qua nhan vien phu trach goi bao toi phai dua them 6,5 trieu goi la "phi di lai, phi boi duong", khong hoa don chung tu, khong co dong nao trong hop dong. Toi hoi lai thi ban do noi khong dong thi ho so "kho chay".
Toi khong chap nhan kieu lam an nhu vay. De nghi cong ty lam ro khoan tien nay la gi, ai chi dao, va tiep tuc lam dung hop dong da ky. Neu khong co cau tra loi thoa dang toi se gui don len Doan luat su thanh pho.

Pham Trong Nghia - 0904.283.615
""")), "complaint", "vi",
    C("Pham Trong Nghia", "+84904283615", "phamtrongnghia.hp@gmail.com"))

# a003 -- correction, vi, Yahoo QP, new email in body
add(3, yahoo(dict(
    from_name="Hà Thị Diệu Linh", from_email="dieulinh_ha82@yahoo.com", to=FIRM_SUPPORT,
    subject="Cập nhật địa chỉ email nhận thông báo hồ sơ", date=dt(2026, 1, 15, 7, 52, 30),
    text="""Kính gửi Quý Công ty,

Tôi là Hà Thị Diệu Linh, đang được Công ty hỗ trợ thủ tục tách thửa đất tại Bảo Lộc.

Hộp thư Yahoo này tôi rất ít khi mở, vừa rồi đã bỏ sót thư báo bổ sung giấy tờ của luật sư, suýt trễ hẹn. Từ nay kính nhờ Công ty gửi mọi thông báo, lịch hẹn và hóa đơn về địa chỉ: linhha.dieu@gmail.com

Số di động của tôi không thay đổi: 0966 204 871.

Rất mong được hỗ trợ. Xin cảm ơn.
Hà Thị Diệu Linh
""")), "correction_request", "vi",
    C("Hà Thị Diệu Linh", "+84966204871", "linhha.dieu@gmail.com"),
    "New contact email in body differs from the Yahoo From address.")

# a004 -- automated ticket acknowledgement that looks like a reply
_fid = firm_id()
add(4, single(base_headers(
    addr_hdr("From", "Phòng Kế toán - Dược phẩm Minh Khang", "ketoan@duocminhkhang.vn", "Q"),
    "To: " + FIRM_INFO,
    subject_hdr("Đề nghị đối chiếu công nợ phí dịch vụ pháp lý quý I/2026", "B", prefix="Re: "),
    dt(2026, 4, 2, 8, 3, 11), "%s@duocminhkhang.vn" % ruuid(),
    ["In-Reply-To: <%s>" % _fid, "References: <%s>" % _fid,
     "Auto-Submitted: auto-generated", "Precedence: auto_reply"]),
    "text/plain", """Kính gửi Quý đối tác,

Phòng Kế toán Công ty CP Dược phẩm Minh Khang đã nhận được thư của Quý đối tác (mã tiếp nhận: KT-2604-0317).

Chúng tôi sẽ kiểm tra và phản hồi trong vòng 03 ngày làm việc. Chứng từ thanh toán bản giấy vui lòng gửi về bộ phận văn thư theo địa chỉ ghi trên hóa đơn.

Thư này được gửi tự động từ hệ thống tiếp nhận, xin vui lòng không trả lời thư này.

Phòng Kế toán - Dược phẩm Minh Khang
ĐT: (028) 3962 4417 - máy lẻ 105
""", "base64", "utf-8"), "unknown", "vi", NULLC,
    "Ticket-system acknowledgement with a human-looking 'Re:' subject; only the Auto-Submitted/Precedence headers and the body show it is automatic. Its phone belongs to the other company.",
    automated=True)

# a005 -- deletion, en, Thunderbird 8bit, address in France, no phone
add(5, thunderbird(dict(
    from_name="Camille Lefèvre", from_email="camille.lefevre@orange.fr", to=FIRM_INFO,
    subject="Erasure of my personal data (former client, work permit 2023)", date=dt(2026, 1, 20, 21, 14, 52, tz=1),
    lang="en-GB",
    text="""Hello,

Between 2022 and 2024 I lived in Ho Chi Minh City, and your firm took care of my work permit and, later, its renewal while I was teaching at an international school in Thu Duc.

I have now moved back to France for good and I see no reason for my file to stay on your servers. Your own privacy policy says data is kept while the service is provided and destroyed when the customer asks, so I am asking: please erase my passport copies, diplomas, criminal record extract, the medical certificate and my contact details.

I no longer have a Vietnamese phone number, so email is the only way to reach me. A short confirmation once it is done would be appreciated.

Kind regards,
Camille Lefèvre
14 rue Saint-Jean, 69005 Lyon, France
""")), "deletion_request", "en",
    C("Camille Lefèvre", None, "camille.lefevre@orange.fr", "14 rue Saint-Jean, 69005 Lyon, France"))

# a006 -- service, en, Gmail 7bit
add(6, gmail(dict(
    from_name="Kenji Watanabe", from_email="k.watanabe.hn@gmail.com", to=FIRM_INFO,
    subject="Buying an apartment in Hanoi as a foreigner - questions", date=dt(2026, 1, 22, 14, 36, 2),
    text="""Good afternoon,

My name is Kenji Watanabe. I'm a Japanese engineer on a three-year assignment in Hanoi, and my wife and I are looking at a two-bedroom unit in a new project in Tay Ho. The developer's sales staff keep telling us that foreigners can own it "the same as Vietnamese", which sounds a little too easy.

Would your firm be able to check the project's legal status (whether foreigners are allowed to buy there at all), review the deposit agreement before we sign it, and explain what happens to the ownership after 50 years? I'd also like to understand whether the pink book would be issued in my name or in my wife's - she is Japanese as well.

We can come to your office or meet online. Mobile/Zalo: 0867 341 920.

Best regards,
Kenji Watanabe
""")), "service_request", "en",
    C("Kenji Watanabe", "+84867341920", "k.watanabe.hn@gmail.com"))

# a007 -- access, vi, Gmail QP
add(7, gmail(dict(
    from_name="Đặng Quốc Bảo", from_email="dangquocbao.dn@gmail.com", to=FIRM_INFO,
    subject="Đề nghị cung cấp dữ liệu cá nhân Công ty đang nắm giữ", date=dt(2026, 1, 27, 9, 5, 40),
    subj_mode="Q", from_mode="Q",
    text="""Thưa Công ty Thịnh Trí,

Tôi là Đặng Quốc Bảo, ở Đà Nẵng. Khoảng tháng 9/2025 tôi có đặt lịch tư vấn trực tuyến với luật sư của Công ty về việc góp vốn mở quán cà phê chung với bạn, có gửi kèm ảnh chụp CCCD và bản hợp đồng góp vốn.

Căn cứ quy định về bảo vệ dữ liệu cá nhân, tôi muốn được biết:
- Hiện Công ty đang lưu những dữ liệu nào liên quan đến tôi;
- Những dữ liệu đó đã từng được chuyển cho bên thứ ba nào chưa (đối tác, đơn vị làm marketing...);
và đề nghị Công ty gửi cho tôi một bản sao qua chính email này.

Nếu cần xác minh danh tính, anh chị cứ gọi 0783 915 462.

Trân trọng,
Đặng Quốc Bảo
""")), "access_request", "vi",
    C("Đặng Quốc Bảo", "+84783915462", "dangquocbao.dn@gmail.com"))

# a008 -- unknown: partnership pitch, vi, Outlook.com base64
add(8, owa(dict(
    from_name="Lương Khánh Vy", from_email="vy.luong@dichthuatsaoviet.vn", to=FIRM_INFO,
    subject="Đề xuất hợp tác dịch thuật công chứng - chiết khấu 25% cho công ty luật",
    date=dt(2026, 2, 3, 10, 22, 18), cte="base64",
    text="""Kính gửi Ban lãnh đạo Thịnh Trí Group,

Em là Lương Khánh Vy, phụ trách khách hàng doanh nghiệp tại Dịch thuật Sao Việt. Bên em chuyên dịch thuật và hợp pháp hóa lãnh sự hồ sơ cho các văn phòng luật: hợp đồng thương mại, hồ sơ giấy phép lao động, hồ sơ kết hôn có yếu tố nước ngoài...

Với đối tác là công ty luật, Sao Việt áp dụng:
• Chiết khấu 25% trên biểu phí niêm yết;
• Trả bản dịch trong 24 giờ với hồ sơ dưới 20 trang;
• Cam kết bảo mật tài liệu bằng thỏa thuận NDA riêng cho từng hồ sơ.

Em rất mong được hẹn một buổi gặp ngắn để giới thiệu chi tiết và gửi bảng giá. Anh/chị có thể phản hồi thư này hoặc liên hệ hotline của em: 0938 612 074.

Trân trọng,
Lương Khánh Vy
Dịch thuật Sao Việt
""")), "unknown", "vi",
    C("Lương Khánh Vy", "+84938612074", "vy.luong@dichthuatsaoviet.vn"),
    "B2B partnership pitch from a translation agency; 'bảo mật tài liệu' is a selling point, not a privacy request.")

# a009 -- complaint, vi, Outlook desktop QP
add(9, outlook(dict(
    from_name="Tạ Minh Khoa", from_email="khoa.ta@thepnamviet.com.vn", to=FIRM_INFO, lang="VI",
    subject="Luật sư vắng mặt tại buổi hòa giải ngày 07/4 - đề nghị giải trình", date=dt(2026, 4, 8, 16, 48, 3),
    text="""Kính gửi Ban Giám đốc Công ty Luật Thịnh Trí,

Tôi là Tạ Minh Khoa, người được ủy quyền của Công ty TNHH Thép Nam Việt trong vụ tranh chấp hợp đồng mua bán phôi thép đang giải quyết tại Tòa án nhân dân khu vực 3 - TP.HCM.

Theo hợp đồng dịch vụ pháp lý ký tháng 01/2026, luật sư Trịnh Văn Hào được phân công tham gia tố tụng cùng chúng tôi. Sáng 07/4, tại buổi hòa giải, luật sư không có mặt, điện thoại cũng không liên lạc được. Tôi phải một mình làm việc với Thẩm phán và phía nguyên đơn, rất bất lợi.

Đến chiều cùng ngày tôi mới nhận được tin nhắn xin lỗi vì "trùng lịch". Chúng tôi trả phí để có luật sư đồng hành, không phải để nhận một tin nhắn sau sự việc.

Đề nghị Công ty: (1) giải trình bằng văn bản; (2) cho biết phương án bảo đảm luật sư có mặt ở các buổi làm việc tiếp theo; (3) xem xét giảm phí tương ứng.

Tạ Minh Khoa
Trưởng phòng Pháp chế - Công ty TNHH Thép Nam Việt
Di động: 0913 774 258
""")), "complaint", "vi",
    C("Tạ Minh Khoa", "+84913774258", "khoa.ta@thepnamviet.com.vn"))

# a010 -- service (change of registered office), vi, Outlook desktop base64
add(10, outlook(dict(
    from_name="Mai Thanh Tùng", from_email="tung.mai@maitungfurniture.vn", to=FIRM_INFO, lang="VI",
    subject="Nhờ làm thủ tục thay đổi địa chỉ trụ sở trên đăng ký doanh nghiệp", date=dt(2026, 2, 5, 11, 30, 26),
    cte="base64", subj_mode="B",
    text="""Chào anh/chị,

Công ty TNHH Nội thất Mai Tùng của tôi vừa dời xưởng và văn phòng từ Thủ Đức lên Thủ Dầu Một (nay là Phường Thủ Dầu Một, TP.HCM). Cộng thêm chuyện sáp nhập phường, địa chỉ in trên giấy chứng nhận đăng ký doanh nghiệp giờ không còn khớp gì nữa.

Tôi cần bên mình làm trọn gói:
- Hồ sơ thay đổi địa chỉ trụ sở chính trên Cổng thông tin đăng ký doanh nghiệp;
- Cập nhật với cơ quan thuế quản lý mới, làm lại con dấu nếu cần;
- Tư vấn có phải thông báo cho ngân hàng, khách hàng và sửa hợp đồng đang chạy không.

Nhờ báo phí và danh mục giấy tờ cần chuẩn bị. Liên hệ tôi: 0977 458 013.

Mai Thanh Tùng
Giám đốc
""")), "service_request", "vi",
    C("Mai Thanh Tùng", "+84977458013", "tung.mai@maitungfurniture.vn"),
    "'Thay đổi địa chỉ trụ sở' is a paid business-registration filing for the company, not a correction of the sender's contact data.")

# a011 -- correction, vi no diacritics, iPhone, old + new number
add(11, iphone(dict(
    from_name="Tuan Kiet", from_email="kiet.lamtuan@icloud.com", to=FIRM_SUPPORT,
    subject="so dt moi", date=dt(2026, 2, 9, 22, 47, 13), build="22D82",
    text="""Chao ben Thinh Tri,
Minh la Lam Tuan Kiet, dang nho luat su ben minh lo vu ly hon thuan tinh.
So cu 0912 650 377 minh cat roi, tu gio lien lac qua so 0356 829 104 nha. Sua giup minh trong ho so va bao luat su Nhan mot tieng.
Thanks

Gui tu iPhone cua toi
""")), "correction_request", "vi",
    C("Lam Tuan Kiet", "+84356829104", "kiet.lamtuan@icloud.com"),
    "Old number 0912 650 377 also present; contact phone is the new one.")

# a012 -- service, vi no diacritics, Gmail plain only
add(12, gmail(dict(
    from_name="Dinh Cong Hau", from_email="dinhconghau.1994@gmail.com", to=FIRM_INFO,
    subject="cong ty no luong roi dong cua", date=dt(2026, 2, 10, 18, 55, 31), cte="7bit", plain_only=True,
    text="""Chao luat su,
Em la Dinh Cong Hau, lam tho han cho mot cong ty co khi trong KCN Tan Tao. Tu thang 12 nam ngoai cong ty khong tra luong, qua Tet thi giam doc khoa cong, cat dien, nghe dau da ve que. Anh em cong nhan bi no gan 3 thang luong, rieng em khoang 27 trieu. BHXH cung khong dong tu giua nam 2025.
Em muon hoi tui em phai nop don o dau, co doi lai duoc tien luong va chot so BHXH khong. Neu thue luat su dai dien cho ca nhom khoang 40 nguoi thi chi phi tinh the nao.
So em 0868 230 519, sau 6h toi moi nghe may duoc.
Cam on anh chi.
""")), "service_request", "vi",
    C("Dinh Cong Hau", "+84868230519", "dinhconghau.1994@gmail.com"))

# a013 -- automated Exchange NDR (mailbox full) of the firm's appointment confirmation
_orig13_id = firm_id()
_orig13_subj = "Xác nhận lịch hẹn tư vấn ngày 15/04/2026"
_orig13 = "\n".join([
    "MIME-Version: 1.0",
    addr_hdr("From", "Thịnh Trí Group", FIRM_INFO, "Q"),
    "To: tuan.hoang@hoanglongbuild.vn",
    subject_hdr(_orig13_subj, "Q"),
    "Date: " + rfcdate(dt(2026, 4, 14, 9, 6, 44)),
    "Message-ID: <%s>" % _orig13_id,
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable", "",
    body_encode("""Kính gửi anh Hoàng Minh Tuấn,

Thịnh Trí Group xác nhận lịch hẹn tư vấn về tranh chấp hợp đồng thi công của anh vào 09h30 ngày 15/04/2026 tại văn phòng %s.

Số điện thoại anh đã đăng ký: 0909 416 285. Nếu cần đổi lịch, anh vui lòng gọi hotline %s.

Trân trọng,
Bộ phận Chăm sóc khách hàng
%s
""" % (FIRM_ADDR, FIRM_HOTLINE, FIRM_LEGAL_NAME), "quoted-printable")])
_ndr_text = """Your message to tuan.hoang@hoanglongbuild.vn couldn't be delivered.

tuan.hoang's mailbox is full.

info            Office 365            tuan.hoang
Action Required                       Recipient

Mailbox full

How to Fix It
The recipient's mailbox has run out of space. Try resending the message later, or contact the recipient some other way (for example, by phone) and let them know their mailbox is full.

More Info for Email Admins
Status code: 554 5.2.2

This error occurs when the recipient's mailbox has exceeded its storage quota and cannot accept new messages.

Original Message Details
Created Date: 4/14/2026 2:06:44 AM
Sender Address: info@thinhtrigroup.com
Recipient Address: tuan.hoang@hoanglongbuild.vn
Subject: Xác nhận lịch hẹn tư vấn ngày 15/04/2026

Error Details
Reported error: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
DSN generated by: SG2PR04MB8841.apcprd04.prod.outlook.com
"""
_b13 = "_000_%s_" % rhex(30, True)
_ds13 = """Reporting-MTA: dns;SG2PR04MB8841.apcprd04.prod.outlook.com
Received-From-MTA: dns;mail.thinhtrigroup.com
Arrival-Date: Tue, 14 Apr 2026 02:06:46 +0000

Final-Recipient: rfc822;tuan.hoang@hoanglongbuild.vn
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
add(13, assemble([
    "From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hoanglongbuild.vn>",
    "To: <%s>" % FIRM_INFO,
    subject_hdr(_orig13_subj, "B", prefix="Undeliverable: "),
    "Date: " + rfcdate(dt(2026, 4, 14, 9, 6, 49)),
    "Message-ID: <%s@SG2PR04MB8841.apcprd04.prod.outlook.com>" % ruuid(),
    "In-Reply-To: <%s>" % _orig13_id, "References: <%s>" % _orig13_id,
    "Content-Language: en-US", "X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0"],
    ('Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % _b13,
     "--%s\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: message/rfc822\n\n%s\n--%s--\n" % (
         _b13, part("text/plain", _ndr_text, "quoted-printable", "utf-8", "ct_first"),
         _b13, _ds13, _b13, _orig13, _b13))),
    "unknown", "en", NULLC,
    "Exchange NDR (mailbox full) for the firm's own appointment confirmation; the client name and phone inside the returned message are not a sender's contact.",
    automated=True)

# a014 -- complaint, en, Gmail reply with quoted firm message; third-party address in body
_q14_date = dt(2026, 3, 17, 11, 5, 0)
add(14, gmail(dict(
    from_name="Olivia Bennett", from_email="olivia.bennett.sg@gmail.com", to=FIRM_SUPPORT,
    subject="Your TRC renewal - scanned documents for checking", prefix="Re: ",
    date=dt(2026, 3, 18, 23, 2, 37), reply_to_id=firm_id(),
    quote_attr=gmail_attr_en(_q14_date, "Thinh Tri Support <%s>" % FIRM_SUPPORT),
    quote_text="""Dear Ms Bennett,

Please find attached the scanned copies of your passport and current temporary residence card that we will submit for the renewal. Kindly check that every page is legible and reply to confirm.

Should you have any questions, feel free to call our hotline %s.

Kind regards,
Pham Ngoc Lan
Thinh Tri Legal
%s""" % (FIRM_HOTLINE, FIRM_ADDR),
    text="""Hi,

About your email below: it went not only to me but also, in Cc, to someone called nguyen.thanhdat.work@gmail.com. I have no idea who that is, and I never agreed to anyone else getting copies of my passport and residence card.

To be honest I'm quite upset - those are exactly the documents people use for identity fraud. Please tell me who this person is, ask them to delete the attachments, and confirm in writing what you will change so it doesn't happen again. I'm going to think twice before continuing the renewal with you.

Olivia Bennett
0789 412 653
""")), "complaint", "en",
    C("Olivia Bennett", "+84789412653", "olivia.bennett.sg@gmail.com"),
    "Reply; only the top part is new. A third party's address (wrongly Cc'd by the firm) appears in the body and the quoted firm text carries the hotline and firm address.")

# a015 -- service (xóa án tích), vi, Gmail QP
add(15, gmail(dict(
    from_name="Cao Xuân Trường", from_email="caoxuantruong.na@gmail.com", to=FIRM_INFO,
    subject="Hỏi thủ tục xóa án tích để đi xuất khẩu lao động", date=dt(2026, 4, 20, 6, 58, 22),
    text="""Chào luật sư ạ,

Em là Cao Xuân Trường, quê Nghệ An. Năm 2019 em bị xử 9 tháng tù cho hưởng án treo về tội đánh bạc, đã chấp hành xong thời gian thử thách lâu rồi. Giờ em đăng ký đi làm việc ở Hàn Quốc theo chương trình EPS nhưng bên trung tâm yêu cầu phiếu lý lịch tư pháp ghi "không có án tích".

Cho em hỏi trường hợp của em đã được đương nhiên xóa án tích chưa, nếu chưa thì phải làm đơn gửi đâu, và công ty có nhận làm trọn gói xin phiếu lý lịch tư pháp số 1 không ạ. Em cần gấp trước cuối tháng 5.

Số em: 0352 607 183 (có Zalo).
Em cảm ơn ạ.
""")), "service_request", "vi",
    C("Cao Xuân Trường", "+84352607183", "caoxuantruong.na@gmail.com"),
    "'Xóa án tích' (expunging a criminal record) is a legal service, not a data deletion request.")

# a016 -- deletion, vi, windows-1258 Outlook Express, landline and address
add(16, outlook_express_1258(dict(
    from_name="Trịnh Văn Khiêm", from_email="khiem.trinhvan@yahoo.com.vn", to=FIRM_INFO, host="KHIEM-PC",
    subject="Về hồ sơ cũ của tôi", date=dt(2026, 2, 16, 8, 20, 5),
    text="""Kính gửi Công ty Thịnh Trí,

Tôi là Trịnh Văn Khiêm, 74 tuổi. Năm 2023 tôi có nhờ Công ty làm hợp đồng tặng cho căn nhà cho con gái út, việc đã xong và nhà đã sang tên cháu.

Nay tuổi đã cao, tôi muốn thu xếp giấy tờ cho gọn. Những bản sao sổ hồng, chứng minh thư, giấy khám sức khỏe và các ghi chép về gia đình tôi mà Công ty còn giữ, xin Công ty tiêu hủy giúp, không cần giữ lại nữa. Danh sách gửi thiếp chúc Tết, thư mời hội thảo cũng xin bỏ tên tôi ra.

Làm xong, phiền Công ty gửi một lá thư báo về địa chỉ: số 12 ngõ 45 Hào Nam, Phường Ô Chợ Dừa, Hà Nội, hoặc gọi số nhà (024) 3851 2297.

Kính thư,
Trịnh Văn Khiêm
""")), "deletion_request", "vi",
    C("Trịnh Văn Khiêm", "+842438512297", "khiem.trinhvan@yahoo.com.vn",
      "số 12 ngõ 45 Hào Nam, Phường Ô Chợ Dừa, Hà Nội"),
    "Deletion phrased as 'tiêu hủy' / 'bỏ tên tôi ra'. From, subject and body are windows-1258 with combining tone marks; compare after NFC. Contact phone is a Hanoi landline.")

# a017 -- service, mixed, Gmail QP
add(17, gmail(dict(
    from_name="Vũ Hải Đăng", from_email="dang.vu@brewlab.vn", to=FIRM_INFO,
    subject='Đăng ký trademark "BREWLAB" ở VN + Madrid - cần quote', date=dt(2026, 2, 18, 14, 12, 9),
    subj_mode="Q",
    text="""Hi team Thịnh Trí,

Mình là Hải Đăng, founder của BrewLab - chuỗi specialty coffee takeaway, hiện có 4 store ở Sài Gòn và đang plan mở franchise sang Phnom Penh với Bangkok cuối năm.

Mình cần support mấy việc:
- Search khả năng bảo hộ cho wordmark "BREWLAB" và logo, nhóm 30 và 43;
- File đơn tại Cục Sở hữu trí tuệ, sau đó mở rộng qua hệ thống Madrid cho Campuchia, Thái Lan;
- Check giúp domain với fanpage có ai squat tên chưa.

Bên bạn gửi mình quote (service fee + official fee) và estimated timeline nha. Nếu tiện thì set một cuộc Google Meet trong tuần, mình flexible sau 2pm.

Cheers,
Vũ Hải Đăng
BrewLab Coffee | 0901 558 207
""")), "service_request", "mixed",
    C("Vũ Hải Đăng", "+84901558207", "dang.vu@brewlab.vn"))

# a018 -- unknown: domain-registration scam, en
add(18, single(base_headers(
    addr_hdr("From", "Jason Liu", "jason.liu@cnregistry-center.com"), "To: " + FIRM_INFO,
    subject_hdr('Domain name "thinhtrigroup" registration confirmation'),
    dt(2026, 4, 22, 3, 17, 40, tz=8), "%s@cnregistry-center.com" % rhex(24)),
    "text/plain", """Dear Manager,

(Please forward this message to your CEO or brand manager. It is time-sensitive. Thank you.)

This is Jason Liu from the audit department of a domain registration service center in Hong Kong. On 21 April 2026 we received an application from a company named "Kingrise Trading Ltd" asking to register "thinhtrigroup" as their brand keyword together with the following domains:

thinhtrigroup.cn
thinhtrigroup.hk
thinhtrigroup.asia
thinhtrigroup.com.cn

During our audit we found the name is identical to your company name, so we have put the application on hold. We need to confirm with you whether Kingrise Trading Ltd is your authorised partner. If not, your company may have priority to register these names within 7 working days.

Please reply as soon as possible so we can handle this matter correctly.

Best regards,
Jason Liu
Audit Manager
""", "7bit", "utf-8"), "unknown", "en",
    C("Jason Liu", None, "jason.liu@cnregistry-center.com"),
    "Domain-registration scam aimed at the firm.")

# a019 -- complaint, vi, Outlook.com forward of a debt collector's email
add(19, owa(dict(
    from_name="Kha Thị Bích Ngọc", from_email="bichngoc.kha@outlook.com", to=FIRM_SUPPORT,
    subject="Thông báo nhắc nợ lần 2 - HĐ vay số TD-25-118734", prefix="FW: ",
    date=dt(2026, 4, 23, 7, 44, 51),
    fwd={"from": "Phòng Thu hồi nợ - Tín Phát <thuhoi@tinphat-collection.vn>",
                           "sent": outlook_sent(dt(2026, 4, 22, 21, 14, 0)),
                           "to": "bichngoc.kha@outlook.com <bichngoc.kha@outlook.com>",
                           "subject": "Thông báo nhắc nợ lần 2 - HĐ vay số TD-25-118734",
                           "text": """Kính gửi chị Kha Thị Bích Ngọc,

Khách hàng Lý Hoàng Nam (người thân của chị) hiện đã quá hạn thanh toán 67 ngày, dư nợ 48.350.000đ. Đề nghị chị liên hệ nhắc nhở hoặc thanh toán thay để tránh việc nhân viên đến làm việc trực tiếp tại nơi ở của chị ở Gò Vấp.

Chuyên viên phụ trách: Mr. Tín - 0825 114 930

Phòng Thu hồi nợ
"""},
    text="""Gửi Công ty Thịnh Trí,

Tôi chuyển tiếp bên dưới email của một công ty đòi nợ gửi cho tôi tối qua. Khoản vay họ nhắc là của chồng cũ tôi, tôi không đứng tên cũng không bảo lãnh. Điều đáng nói là họ biết chỗ trọ mới của tôi ở Gò Vấp và email cá nhân này - hai thông tin tôi chỉ khai cho Thịnh Trí khi đăng ký tư vấn chia tài sản sau ly hôn tháng trước.

Tôi đề nghị Công ty kiểm tra ngay hồ sơ của tôi đã lọt ra ngoài bằng cách nào và trả lời tôi bằng văn bản. Tôi đang giữ lại toàn bộ tin nhắn, email để làm bằng chứng.

Kha Thị Bích Ngọc
ĐT: 0708 925 316
""")), "complaint", "vi",
    C("Kha Thị Bích Ngọc", "+84708925316", "bichngoc.kha@outlook.com"),
    "Forward of a debt collector's email as evidence; the collector's phone 0825 114 930 and the ex-husband's name are not the sender's.")

# a020 -- correction (new address), en, Outlook desktop
add(20, outlook(dict(
    from_name="Daniel Herrera", from_email="daniel@herrera-ortiz.net", to=FIRM_SUPPORT,
    subject="New residential address for my file", date=dt(2026, 4, 6, 19, 33, 12),
    text="""Dear Thinh Tri team,

Your office is preparing my temporary residence card application, and I understand the address on file has to match my police residence registration, so I want to make sure yours is current.

Since 1 April I have been living at 18 Đường số 9, Phường An Khánh, TP.HCM. The flat in Phú Nhuận has been handed back to the landlord.

Please update your records accordingly. You can still reach me on 0372 905 648 if anything else needs amending.

Many thanks,
Daniel Herrera
""")), "correction_request", "en",
    C("Daniel Herrera", "+84372905648", "daniel@herrera-ortiz.net", "18 Đường số 9, Phường An Khánh, TP.HCM"))

# a021 -- access, en, Outlook desktop, office landline
add(21, outlook(dict(
    from_name="Stefan Krüger", from_email="s.krueger@kmb-vietnam.com", to=FIRM_INFO, subj_mode="Q",
    subject="Subject access request - Stefan Krüger", date=dt(2026, 3, 3, 13, 10, 44),
    text="""Dear Sir or Madam,

In 2025 your firm represented KMB Vietnam in amending our investment registration certificate. During that engagement I had several video calls with your lawyers, some of which I believe were recorded.

I would like to exercise my right of access as a data subject. Please provide me with:
1. a copy of all personal data you process about me, including identity documents and meeting notes;
2. any audio or video recordings in which I appear;
3. the purposes for which this data is used and the recipients to whom it has been disclosed.

An electronic copy sent to this address is fine.

With kind regards,
Stefan Krüger
Managing Director, KMB Vietnam Co., Ltd.
Tel. (0251) 3993 417
""")), "access_request", "en",
    C("Stefan Krüger", "+842513993417", "s.krueger@kmb-vietnam.com"),
    "Contact phone is an office landline in Đồng Nai.")

# a022 -- service, vi, Gmail reply with quoted firm quote; address in sender signature
_q22 = dt(2026, 4, 13, 10, 5, 0)
add(22, gmail(dict(
    from_name="Ninh Thị Hải Yến", from_email="haiyen.ninh.qn@gmail.com",
    to_hdr=addr_hdr("To", "Thịnh Trí Group", FIRM_INFO),
    subject="Báo giá dịch vụ thành lập công ty TNHH một thành viên", prefix="Re: ",
    date=dt(2026, 4, 14, 21, 5, 38), reply_to_id=firm_id(),
    quote_attr=gmail_attr_vi(_q22, "Thịnh Trí Group <%s>" % FIRM_INFO),
    quote_text="""Kính gửi chị Yến,

Cảm ơn chị đã quan tâm đến dịch vụ của Thịnh Trí. Phí trọn gói thành lập công ty TNHH một thành viên là 4.500.000đ (đã gồm lệ phí nhà nước, khắc dấu, công bố thông tin), thời gian 5-7 ngày làm việc kể từ khi nhận đủ giấy tờ.

Chị vui lòng phản hồi email này hoặc gọi hotline %s nếu cần thêm thông tin.

Trân trọng,
Đỗ Minh Phương
%s
%s""" % (FIRM_HOTLINE, FIRM_LEGAL_NAME, FIRM_ADDR),
    text="""Dạ em chào chị Phương,

Em đọc báo giá rồi, em đồng ý gói trọn gói 4.500.000đ như chị gửi. Tên công ty dự kiến là "Công ty TNHH Hải sản Yến Ninh", ngành chính là chế biến và buôn bán hải sản khô, vốn điều lệ 2 tỷ.

Em ở xa nên nhờ chị gửi hợp đồng dịch vụ và danh sách giấy tờ qua email, em ký xong sẽ gửi chuyển phát nhanh vào lại. Có gì chị cứ nhắn Zalo hoặc gọi em 0399 147 852 ạ.

Ninh Thị Hải Yến
Địa chỉ: Tổ 7, khu 3, Phường Bãi Cháy, tỉnh Quảng Ninh
""")), "service_request", "vi",
    C("Ninh Thị Hải Yến", "+84399147852", "haiyen.ninh.qn@gmail.com", "Tổ 7, khu 3, Phường Bãi Cháy, tỉnh Quảng Ninh"),
    "Reply; only the top part is new. The quoted firm signature has the hotline and firm address; the sender's own address is in her signature.")

# a023 -- complaint, vi no diacritics, Gmail 7bit
add(23, gmail(dict(
    from_name="Hue Mac", from_email="macthihue.bd@gmail.com", to=FIRM_SUPPORT,
    subject="nhan vien cong ty goi hoi tham hang xom ve toi??", date=dt(2026, 3, 24, 12, 40, 55), cte="7bit",
    text="""Toi la Mac Thi Hue.
Thang 3 toi ky hop dong nho cong ty tu van vu doi no tien hang voi mot dai ly o Thu Dau Mot. Tuan roi ba hang xom sat vach goi cho toi, ke la co nguoi xung "nhan vien cong ty luat Thinh Tri" goi hoi ba ay nha toi lam nghe gi, co no nan ai khong, chong toi di lam o dau. Gio ca xom xi xao, toi rat xau ho.
Toi khong he dong y cho cong ty di do hoi doi tu gia dinh toi kieu do, cung khong hieu sao lai co so cua hang xom. Yeu cau cong ty kiem tra ai da goi, vi sao lai lam vay va xin loi toi. Neu la nguoi ngoai mao danh cong ty thi cung phai tra loi ro rang cho toi biet.
So toi: 0947 318 620
""")), "complaint", "vi",
    C("Mac Thi Hue", "+84947318620", "macthihue.bd@gmail.com"))

# a024 -- unknown: internship application with CV
add(24, gmail(dict(
    from_name="Nguyễn Lê Thảo Nguyên", from_email="nguyen.nlt.luathcm@gmail.com", to=FIRM_INFO,
    subject="Ứng tuyển Thực tập sinh pháp lý - Sinh viên năm 4 ĐH Luật TP.HCM", date=dt(2026, 3, 26, 15, 18, 2),
    attach=("application/pdf", "CV_NguyenLeThaoNguyen.pdf", tiny_pdf("Nguyen Le Thao Nguyen - CV")),
    text="""Kính gửi Phòng Nhân sự Công ty Thịnh Trí,

Em là Nguyễn Lê Thảo Nguyên, sinh viên năm cuối chuyên ngành Luật Thương mại, Trường Đại học Luật TP.HCM (GPA 3,42/4). Qua fanpage của Công ty, em được biết Công ty đang nhận thực tập sinh cho mảng doanh nghiệp - sở hữu trí tuệ đợt tháng 6/2026.

Em từng thực tập 3 tháng tại một văn phòng công chứng ở Phường Gia Định, quen với việc soạn thảo hợp đồng, rà soát hồ sơ và tra cứu nhãn hiệu trên WIPO. Em mong có cơ hội được học hỏi trong môi trường chuyên nghiệp của Công ty.

CV và bảng điểm em đính kèm thư này. Em có thể đi làm toàn thời gian từ 01/6. Số điện thoại của em: 0376 540 921.

Em xin chân thành cảm ơn.
Nguyễn Lê Thảo Nguyên
""")), "unknown", "vi",
    C("Nguyễn Lê Thảo Nguyên", "+84376540921", "nguyen.nlt.luathcm@gmail.com"),
    "Internship application with a CV attached, not a customer request.")

# a025 -- deletion, mixed, reply to the firm's newsletter
_q25 = dt(2026, 4, 9, 8, 0, 0)
add(25, gmail(dict(
    from_name="Tina Truong", from_email="tina.truong.design@gmail.com", to=FIRM_INFO,
    subject="[Thịnh Trí Newsletter] Quyết toán thuế TNCN: những điều freelancer hay bỏ sót", prefix="Re: ",
    date=dt(2026, 4, 10, 12, 2, 19), reply_to_id=firm_id(),
    quote_attr=gmail_attr_en(_q25, "Thịnh Trí Group <%s>" % FIRM_INFO),
    quote_text="""THỊNH TRÍ NEWSLETTER - THÁNG 4/2026

1. Quyết toán thuế TNCN: những khoản freelancer hay bỏ sót khi tự khai.
2. Hội thảo online "Hợp đồng dịch vụ cho người làm tự do" - 19h30 thứ Năm 23/4.

Đăng ký: thinhtrigroup.com/hoi-thao | Hotline: %s

Bạn nhận được thư này vì đã đăng ký nhận tin từ Thịnh Trí Group.""" % FIRM_HOTLINE,
    text="""Hi Thịnh Trí,

Mình nhận newsletter này mấy tháng nay mà không nhớ đã subscribe lúc nào, chắc là hồi đăng ký event online năm ngoái. Nội dung ok nhưng mình không có nhu cầu nữa.

Please remove mình khỏi mailing list, và delete luôn mấy thông tin bên bạn đang giữ về mình (tên, email, số phone, tên công ty) nha. Không cần gọi điện confirm đâu, reply email là được rồi.

Thanks,
Tina (Trương Mỹ Tiên)
""")), "deletion_request", "mixed",
    C("Trương Mỹ Tiên", None, "tina.truong.design@gmail.com"),
    "Reply to the firm's newsletter; the quoted newsletter has the hotline and subscription wording. English nickname in From, Vietnamese full name in the signature.")

# a026 -- service (privacy compliance project), en, Outlook desktop
add(26, outlook(dict(
    from_name="Priya Raman", from_email="priya.raman@finovapay.com", to=FIRM_INFO,
    subject="Personal data protection compliance - scope and fee proposal", date=dt(2026, 3, 30, 10, 57, 36),
    text="""Dear Thinh Tri Legal,

FinovaPay is a Singapore-headquartered payments start-up; our Vietnamese subsidiary opened in HCMC last quarter. Through our e-wallet app we collect customer names, ID card images, phone numbers and transaction histories.

We have been told that before the app launches in July we need a personal data processing impact assessment, possibly a cross-border transfer impact assessment, and an updated privacy notice and consent flow in Vietnamese.

Could you send us a proposal covering (i) a gap assessment of our current data practices, (ii) preparation of the impact assessment dossiers, (iii) a review of our Vietnamese privacy notice, and (iv) your fee structure - fixed fee or hourly?

My mobile is 0932 047 715 if a call is easier.

Best regards,
Priya Raman
Head of Legal & Compliance, FinovaPay Vietnam
""")), "service_request", "en",
    C("Priya Raman", "+84932047715", "priya.raman@finovapay.com"),
    "A company wants paid data-protection compliance work; privacy vocabulary throughout but a service request.")

# a027 -- correction (misspelled name), vi, Gmail base64
add(27, gmail(dict(
    from_name="Bảo Trân", from_email="baotran.nguyenhoang@gmail.com", to=FIRM_SUPPORT,
    subject="Sai tên trong hợp đồng dịch vụ và phiếu thu", date=dt(2026, 3, 9, 20, 26, 14), cte="base64",
    text="""Chào anh chị,

Em là Nguyễn Hoàng Bảo Trân, đã ký hợp đồng dịch vụ tư vấn hồ sơ định cư diện tay nghề hôm thứ Sáu vừa rồi.

Về nhà đọc lại em mới thấy hợp đồng và phiếu thu đều ghi tên em là "Nguyễn Hoàng Bảo Trâm" (chữ M). Tên đúng của em là Trân, chữ N, đúng như trên CCCD và hộ chiếu. Hồ sơ định cư đòi giấy tờ phải khớp nhau tuyệt đối nên nhờ anh chị sửa lại trong hệ thống và in lại giúp em hai giấy này.

Chiều nào trong tuần em cũng có thể ghé văn phòng ký lại. SĐT em: 0961 083 427.

Cảm ơn anh chị nhiều ạ!
Bảo Trân
""")), "correction_request", "vi",
    C("Nguyễn Hoàng Bảo Trân", "+84961083427", "baotran.nguyenhoang@gmail.com"),
    "Misspelled variant 'Nguyễn Hoàng Bảo Trâm' also appears.")

# a028 -- automated out-of-office, mixed
_fid28 = firm_id()
add(28, single(base_headers(
    addr_hdr("From", "Phùng Gia Huy", "huy.phung@saigonlogi.com.vn"), "To: " + FIRM_INFO,
    subject_hdr("Thông báo cập nhật Chính sách bảo mật và xử lý dữ liệu cá nhân", "B", prefix="Out of Office: "),
    dt(2026, 4, 21, 9, 15, 27), outlook_id("saigonlogi.com.vn"),
    ["In-Reply-To: <%s>" % _fid28, "References: <%s>" % _fid28, "X-Mailer: Microsoft Outlook 16.0",
     "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
    "text/plain", """Cảm ơn anh/chị đã gửi email. Tôi đang đi công tác tại Nhật Bản từ 20/04 đến 03/05/2026, việc kiểm tra email có thể bị chậm. Việc gấp xin liên hệ chị Ôn Thu Thủy - thuy.on@saigonlogi.com.vn.

Thank you for your message. I am travelling on business in Japan from 20 April to 3 May 2026 with limited access to email. For urgent matters, please contact Ms. On Thu Thuy at thuy.on@saigonlogi.com.vn.

Phùng Gia Huy
Phó phòng Xuất nhập khẩu | Saigon Logistics JSC
M: 0903 611 842
""", "quoted-printable", "utf-8"), "unknown", "mixed", NULLC,
    "Out-of-office reply to the firm's privacy-policy notice; the subject has privacy keywords and the body holds the absent employee's mobile and a colleague's address.",
    automated=True)

# a029 -- service, vi, mother writing via daughter's mailbox
add(29, gmail(dict(
    from_name="Lý Ngọc Hân", from_email="hanly.ngoc@gmail.com", to=FIRM_INFO,
    subject="Hỏi thủ tục cho đất các con (má tôi nhờ gửi)", date=dt(2026, 3, 11, 8, 44, 3),
    text="""Kính chào Công ty,

Tôi tên Huỳnh Thị Bảy, năm nay 71 tuổi. Tôi không rành máy móc nên nhờ con gái là Ngọc Hân đánh máy và gửi giùm thư này bằng hộp thư của nó.

Tôi có miếng đất thổ cư 300m2 đứng tên tôi (ông nhà tôi mất rồi). Tôi muốn tách cho ba đứa con mỗi đứa một phần, phần còn lại tôi giữ để ở. Xin hỏi làm hợp đồng tặng cho thì phải đóng những khoản thuế phí gì, cho con ruột có được miễn không, và Công ty có nhận làm hồ sơ từ đầu tới cuối không.

Công ty cứ gọi thẳng cho tôi số 0919 275 046, buổi sáng tôi ở nhà. Nhà tôi ở 56 Lâm Quang Ky, Phường Rạch Giá, tỉnh An Giang.

Cảm ơn Công ty.
Huỳnh Thị Bảy
""")), "service_request", "vi",
    C("Huỳnh Thị Bảy", "+84919275046", "hanly.ngoc@gmail.com", "56 Lâm Quang Ky, Phường Rạch Giá, tỉnh An Giang"),
    "Written by the mother through her daughter's mailbox (From 'Lý Ngọc Hân'); the sender is Huỳnh Thị Bảy. No other email is given, so the From address is the contact email.")

# a030 -- complaint (lost original land certificate), vi, Outlook desktop QP
add(30, outlook(dict(
    from_name="Lưu Hoàng Lâm", from_email="lam.luuhoang@vinhphatag.vn", to=FIRM_INFO, lang="VI",
    subject="Khiếu nại: Công ty làm thất lạc bản gốc Giấy chứng nhận quyền sử dụng đất",
    date=dt(2026, 5, 5, 10, 12, 50),
    text="""Kính gửi Ban lãnh đạo Công ty,

Ngày 02/02/2026, tôi giao cho chuyên viên Lâm Chí Bình của Công ty bản gốc Giấy chứng nhận quyền sử dụng đất số CS 04127 để làm thủ tục đính chính diện tích thửa đất, có biên nhận ký tay.

Ngày 20/4 tôi hỏi tiến độ thì được trả lời hồ sơ "đang tìm", anh Bình đã nghỉ việc, không ai nắm bản gốc hiện ở đâu. Hai tuần nay tôi gọi không dưới năm lần, lần nào cũng hẹn gọi lại rồi im bặt.

Đây là tài sản lớn nhất của gia đình tôi. Mất giấy tờ gốc có thể dẫn đến rủi ro bị giả mạo giao dịch. Tôi yêu cầu Công ty xác định ngay bản gốc đang ở đâu; nếu đã thất lạc thì phải có văn bản xác nhận, chịu toàn bộ chi phí và trách nhiệm làm thủ tục cấp lại.

Lưu Hoàng Lâm
Số 88 đường Hùng Vương, Phường Tân An, tỉnh Tây Ninh
ĐT: 0918 602 733
""")), "complaint", "vi",
    C("Lưu Hoàng Lâm", "+84918602733", "lam.luuhoang@vinhphatag.vn", "Số 88 đường Hùng Vương, Phường Tân An, tỉnh Tây Ninh"),
    "'Đính chính' concerns the land certificate the firm was processing; the mail is a complaint about lost original documents.")

# a031 -- deletion, vi no diacritics, short
add(31, gmail(dict(
    from_name="Kieu Quan Bao", from_email="quanbao.dev@gmail.com", to=FIRM_INFO,
    subject="bo thong tin cua toi ra", date=dt(2026, 3, 13, 23, 40, 8), cte="7bit",
    text="""chao ben Thinh Tri
hom truoc toi co de lai so dt va email tren web de hoi gia dang ky bao ho logo, nhung gio khong lam nua.
lam on bo het thong tin cua toi ra khoi he thong, dung nhan zalo hay goi vao so 0795 316 408 nua.
Kieu Quan Bao
""")), "deletion_request", "vi",
    C("Kieu Quan Bao", "+84795316408", "quanbao.dev@gmail.com"))

# a032 -- service, vi no diacritics, address inline
add(32, gmail(dict(
    from_name="Chau Minh Tri", from_email="chauminhtri77@gmail.com", to=FIRM_INFO,
    subject="tu van boi thuong tai nan giao thong", date=dt(2026, 4, 16, 19, 20, 41), cte="7bit",
    text="""Chao cong ty,
Toi ten Chau Minh Tri, nha toi o so 9 hem 214 Tran Hung Dao, Phuong Long Xuyen, An Giang.
Hom 3/4 toi chay xe may thi bi mot xe ban tai vuot au dam phai, gay xuong dui, nam vien 2 tuan, chi phi hon 60 trieu. CSGT da lap bien ban, tai xe nhan loi nhung gio chi chiu dua 15 trieu, noi phan con lai bao hiem lo ma bao hiem thi chua thay dau.
Toi can luat su tu van muc boi thuong hop ly, va neu thuong luong khong duoc thi khoi kien ra sao. Goi toi 0939 507 821 nhe.
Cam on.
""")), "service_request", "vi",
    C("Chau Minh Tri", "+84939507821", "chauminhtri77@gmail.com", "so 9 hem 214 Tran Hung Dao, Phuong Long Xuyen, An Giang"),
    "Address is given inline as the house the sender lives in.")

# a033 -- access, vi no diacritics
add(33, gmail(dict(
    from_name="Kim Oanh", from_email="oanhdo.kim92@gmail.com", to=FIRM_SUPPORT,
    subject="hoi ve thong tin ca nhan cong ty dang luu", date=dt(2026, 3, 17, 11, 51, 26), cte="7bit",
    text="""Chao anh chi,
Em ten Do Thi Kim Oanh. Nam ngoai em co dung dich vu dang ky ket hon voi nguoi nuoc ngoai ben minh, bo ho so kha day (CCCD, giay xac nhan tinh trang hon nhan, giay kham suc khoe, ban dich ho chieu cua chong em...).
Gio em muon biet ben minh con giu nhung giay to, thong tin nao cua em va luu toi khi nao. Anh chi gui cho em danh sach kem ban sao qua email nay giup em nhe.
SDT em 0387 952 610.
Em cam on.
""")), "access_request", "vi",
    C("Do Thi Kim Oanh", "+84387952610", "oanhdo.kim92@gmail.com"))

# a034 -- complaint + new phone, mixed
add(34, gmail(dict(
    from_name="Kevin Lam", from_email="kevin.lam.bizvn@gmail.com", to=FIRM_SUPPORT,
    subject="Trễ deadline IRC/ERC - need explanation ASAP", date=dt(2026, 4, 27, 8, 35, 2), subj_mode="Q",
    text="""Hi anh Tâm và team,

Em là Lâm Khải Văn (Kevin), client mảng FDI. Bên mình commit với em là IRC + ERC cho công ty 100% vốn Đài Loan sẽ xong trong 30 working days kể từ 02/03. Giờ đã gần 2 tháng, em follow up 4 lần qua email và Zalo mà chỉ nhận được câu "đang chờ Sở phản hồi", không có update cụ thể nào.

Investor bên Đài Loan đã phải dời lịch ship máy móc 2 lần, phát sinh phí lưu kho gần 9.000 USD. Honestly em rất disappointed. Em cần bên mình gửi written explanation: hồ sơ đang ở bước nào, lý do trễ, và timeline mới có cam kết.

P/S: Em đổi số rồi, từ giờ gọi em số 0822 716 590 nha.

Kevin Lâm
""")), "complaint", "mixed",
    C("Lâm Khải Văn", "+84822716590", "kevin.lam.bizvn@gmail.com"),
    "Complaint about delays that also gives a new phone number; dominant intent complaint. Nickname Kevin in From and signature, full name in the body.")

# a035 -- unknown: bare acknowledgement from iPhone with quoted firm text
_q35 = dt(2026, 4, 28, 14, 2, 0)
add(35, iphone(dict(
    from_name="Bao Ngoc Huynh", from_email="huynhbaongoc.1999@gmail.com", to=FIRM_INFO,
    subject="Xac nhan lich hen", prefix="Re: ", date=dt(2026, 4, 28, 14, 30, 16), reply_to_id=firm_id(),
    quote_attr="Vào %02d:%02d, ngày %d thg %d, %d, Thịnh Trí Group <%s> đã viết:" % (
        _q35.hour, _q35.minute, _q35.day, _q35.month, _q35.year, FIRM_INFO),
    quote_text="""Chào chị,
Thịnh Trí xác nhận lịch hẹn của chị lúc 10h00 thứ Tư 6/5 tại văn phòng. Nếu thay đổi, chị vui lòng gọi hotline %s.
Trân trọng.""" % FIRM_HOTLINE,
    text="""ok a, e nhan dc r nha

Sent from my iPhone
""")), "unknown", "vi",
    C("Bao Ngoc Huynh", None, "huynhbaongoc.1999@gmail.com"),
    "Bare acknowledgement with the firm's quoted confirmation; no clear intent. Name only from the From display name; the quoted hotline is the firm's.")

# a036 -- service, en, Gmail 7bit
add(36, gmail(dict(
    from_name="Gary Whitfield", from_email="gary.whitfield52@gmail.com", to=FIRM_INFO,
    subject="Lease in Hoi An - landlord selling the house", date=dt(2026, 4, 29, 7, 12, 55),
    text="""Hello,

I'm a retired American living in Hoi An. Since 2023 I've rented a house from a local family on a notarised five-year lease, with the rent paid a year ahead up to December 2026.

Last week the owner's son told me the family has sold the house and I have to be out by the end of June. He offered to give back "some" of the prepaid rent but wouldn't say how much. I also paid for a new roof and kitchen, with their written agreement.

Can your firm tell me whether the lease survives the sale, what I am entitled to claim, and whether you could negotiate with the family for me? My legal Vietnamese is non-existent, so I'd need everything explained in English.

You can phone me on 0762 483 915 - mornings are best.

Many thanks,
Gary Whitfield
""")), "service_request", "en",
    C("Gary Whitfield", "+84762483915", "gary.whitfield52@gmail.com"))

# a037 -- complaint (case published on Facebook), en, no phone
add(37, gmail(dict(
    from_name="Sophie Tran", from_email="sophie.tran.au@gmail.com", to=FIRM_INFO,
    subject="My custody case posted on your Facebook page", date=dt(2026, 5, 4, 6, 48, 31),
    text="""To whom it may concern,

This morning a friend sent me a screenshot of a post on Thinh Tri's Facebook page titled "Case study: Việt kiều Úc giành quyền nuôi con sau 8 tháng". My name isn't in it, but it gives my age, the Melbourne suburb where I live, the name of my daughter's school in Saigon and the exact dates of the hearings. Anyone who knows me will recognise it immediately - two people already have.

No one at your firm ever asked whether my case could be used for marketing. For a law firm that is a serious breach of confidentiality.

I want the post and any copies (website, Zalo, TikTok) taken down today, a written explanation of who approved it, and an assurance that nothing from my file appears in any other promotional material.

Sophie Tran
""")), "complaint", "en",
    C("Sophie Tran", None, "sophie.tran.au@gmail.com"),
    "Privacy complaint about the firm publishing her case; the Vietnamese post title is quoted inside English text. No phone given.")

# a038 -- correction (typo in personal email), vi no diacritics, sent from work mailbox
add(38, outlook(dict(
    from_name="Ngo Thanh Truc", from_email="truc.ngo@vinatexmart.vn", to=FIRM_SUPPORT,
    subject="sua lai email ca nhan trong ho so", date=dt(2026, 3, 19, 16, 5, 44), cte="7bit",
    text="""Chao anh chi,

Em la Ngo Thanh Truc, khach hang dang lam ho so dang ky ho kinh doanh tiem banh o Phuong Binh Thanh.
Em hoi thi moi biet email ca nhan cua em bi ghi nham thanh ngothanhtruc95@gmial.com nen may tuan nay em khong nhan duoc thu nao cua luat su.
Email dung la ngothanhtruc95@gmail.com, anh chi sua lai giup em va gui thu ve dia chi nay nhe. Em dang tam gui tu mail cong ty.
SDT van la 0334 861 279.

Cam on anh chi!
""")), "correction_request", "vi",
    C("Ngo Thanh Truc", "+84334861279", "ngothanhtruc95@gmail.com"),
    "Sent from a work mailbox; the wanted personal email is in the body, and a typo'd variant (gmial.com) also appears.")

# a039 -- automated newsletter, vi
_u39 = rhex(10)
_nl39_plain = """PHÁP LÝ DOANH NGHIỆP - BẢN TIN TUẦN 18/2026

Kính gửi Quý độc giả,

• Hóa đơn điện tử: những lỗi thường gặp khi lập hóa đơn điều chỉnh, thay thế.
• Hỏi - đáp: Doanh nghiệp xử lý thế nào khi khách hàng yêu cầu xóa hoặc cung cấp bản sao dữ liệu cá nhân?
• Khai giảng khóa "Pháp chế doanh nghiệp thực hành" K12 - giảm 20%% cho đăng ký trước 15/5.

Đọc toàn bộ bản tin: https://phaplydoanhnghiep.vn/ban-tin/tuan-18-2026

Bạn nhận được thư này vì địa chỉ info@thinhtrigroup.com đã đăng ký nhận bản tin Pháp Lý Doanh Nghiệp.
Hủy đăng ký: https://phaplydoanhnghiep.vn/huy-nhan-tin?u=%s
""" % _u39
_nl39_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin tuần 18/2026</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1d3b6e;color:#ffffff;padding:18px 24px;font-size:18px;font-weight:bold;">PHÁP LÝ DOANH NGHIỆP &ndash; BẢN TIN TUẦN 18/2026</td></tr>
<tr><td style="padding:18px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>Kính gửi Quý độc giả,</p>
<ul>
<li>Hóa đơn điện tử: những lỗi thường gặp khi lập hóa đơn điều chỉnh, thay thế.</li>
<li>Hỏi &ndash; đáp: Doanh nghiệp xử lý thế nào khi khách hàng yêu cầu xóa hoặc cung cấp bản sao dữ liệu cá nhân?</li>
<li>Khai giảng khóa &quot;Pháp chế doanh nghiệp thực hành&quot; K12 &ndash; giảm 20%% cho đăng ký trước 15/5.</li>
</ul>
<p><a href="https://phaplydoanhnghiep.vn/ban-tin/tuan-18-2026" style="color:#1d3b6e;">Đọc toàn bộ bản tin</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;">Bạn nhận được thư này vì địa chỉ info@thinhtrigroup.com đã đăng ký nhận bản tin Pháp Lý Doanh Nghiệp.<br>
<a href="https://phaplydoanhnghiep.vn/huy-nhan-tin?u=%s" style="color:#888;">Hủy đăng ký</a></td></tr>
</table></td></tr></table>
</body></html>""" % _u39
_b39 = "----=_NextPart_%s_%s_%s" % (rhex(3, True), rhex(4, True), rhex(8, True))
add(39, assemble([
    "MIME-Version: 1.0",
    addr_hdr("From", "Pháp Lý Doanh Nghiệp", "bantin@phaplydoanhnghiep.vn", "Q"),
    "To: " + FIRM_INFO,
    subject_hdr("Bản tin tuần 18: Hóa đơn điện tử, hỏi - đáp dữ liệu cá nhân, lịch khai giảng K12", "Q"),
    "Date: " + rfcdate(dt(2026, 5, 4, 6, 0, 0)),
    "Message-ID: <%s.%s@mail.phaplydoanhnghiep.vn>" % (rhex(24), rhex(8)),
    "List-Id: Ban tin Phap Ly Doanh Nghiep <bantin.phaplydoanhnghiep.vn>",
    "List-Unsubscribe: <mailto:unsubscribe@phaplydoanhnghiep.vn?subject=%s>,\n <https://phaplydoanhnghiep.vn/huy-nhan-tin?u=%s>" % (_u39, _u39),
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk"],
    multipart("alternative", _b39, [part("text/plain", _nl39_plain, "quoted-printable", "utf-8", "ct_first"),
                                   part("text/html", _nl39_html, "quoted-printable", "utf-8", "ct_first")], fold=True)),
    "unknown", "vi", NULLC,
    "Bulk newsletter; its articles mention deleting and copying personal data but nobody is asking anything.",
    automated=True)

# a040 -- service (divorce, keep contact discreet), vi, Outlook.com HTML only
add(40, owa(dict(
    from_name="Tôn Nữ Hoài An", from_email="hoaian.tonnu@outlook.com", to=FIRM_INFO, html_only=True, cte="base64",
    subject="Cần tư vấn ly hôn đơn phương và giành quyền nuôi con", date=dt(2026, 3, 21, 22, 10, 9),
    text="""Kính gửi Công ty Thịnh Trí,

Tôi là Tôn Nữ Hoài An, 36 tuổi, đang sống ở Huế. Vợ chồng tôi cưới năm 2016, có hai cháu 8 tuổi và 4 tuổi. Hai năm nay chồng tôi sa vào cờ bạc online, nhiều lần bán tài sản chung để trả nợ, gần đây còn có lời lẽ đe dọa.

Tôi muốn đơn phương ly hôn, nuôi cả hai cháu và yêu cầu chia căn nhà đang ở (mua sau khi cưới, đứng tên cả hai). Xin luật sư cho biết khả năng tôi được nuôi cả hai con, cần thu thập những chứng cứ gì, và chi phí thuê luật sư theo đến khi có bản án.

Vì lý do an toàn, mong Công ty giữ kín việc tôi liên hệ, không gọi số bàn ở nhà hay gửi giấy tờ về nhà. Xin chỉ liên lạc qua email này hoặc di động riêng: 0935 172 648, tốt nhất trong giờ hành chính.

Trân trọng,
Tôn Nữ Hoài An
""")), "service_request", "vi",
    C("Tôn Nữ Hoài An", "+84935172648", "hoaian.tonnu@outlook.com"),
    "HTML-only body. 'Giữ kín' is about her safety during the divorce, not a privacy request.")

# a041 -- deletion, vi, husband's name appears
add(41, gmail(dict(
    from_name="Phí Thị Ngọc Diệp", from_email="ngocdiep.phi@gmail.com", to=FIRM_INFO,
    subject="Đề nghị xóa hồ sơ tư vấn ly hôn của tôi", date=dt(2026, 3, 23, 13, 37, 20),
    text="""Chào Công ty,

Cuối tháng 2 tôi có đến văn phòng tư vấn về việc ly hôn với chồng là anh Khổng Minh Tiến, có để lại bản sao giấy đăng ký kết hôn, giấy khai sinh của con và một bản tường trình viết tay về chuyện nhà.

Nay vợ chồng tôi đã hàn gắn, không làm thủ tục nữa. Tôi không muốn những giấy tờ ấy, nhất là bản tường trình, còn nằm ở bất cứ đâu. Đề nghị Công ty xóa toàn bộ dữ liệu và hủy các bản giấy liên quan đến tôi và gia đình tôi, xong thì báo lại cho tôi một tiếng.

Xin đừng gọi điện về nhà. Nếu cần, nhắn tin cho tôi vào số 0328 560 714.

Phí Thị Ngọc Diệp
""")), "deletion_request", "vi",
    C("Phí Thị Ngọc Diệp", "+84328560714", "ngocdiep.phi@gmail.com"),
    "The husband's name (Khổng Minh Tiến) also appears; the sender is Phí Thị Ngọc Diệp.")

# a042 -- complaint (rude hotline staff, threat to cancel contract), vi no diacritics
add(42, gmail(dict(
    from_name="Dung Trieu", from_email="dungtrieu.vt@gmail.com", to=FIRM_SUPPORT,
    subject="thai do nhan vien tong dai qua te", date=dt(2026, 3, 25, 9, 41, 37), cte="7bit",
    text="""Toi la Trieu Van Dung, khach hang dang dung goi tu van thuong xuyen cho xuong in bao bi cua toi.
Sang nay toi goi hotline hoi lich hop voi luat su, mot ban nu nghe may, toi hoi lai lan thu hai thi ban ay noi "anh doc email di, em gui roi" roi cup may ngang. Goi lai thi khong ai bat.
Toi tra tien hang thang chu khong phai di xin. Neu phuc vu kieu nay thi het thang toi huy hop dong, khong gia han nua.
De nghi cong ty nghe lai cuoc goi luc khoang 9h15 sang nay va phan hoi cho toi.

Trieu Van Dung
0971 624 083
""")), "complaint", "vi",
    C("Trieu Van Dung", "+84971624083", "dungtrieu.vt@gmail.com"),
    "'Huy hop dong' threatens cancelling the service contract, not deleting data.")

# a043 -- correction (ID number, date of birth), mixed
add(43, gmail(dict(
    from_name="Mia Nguyen", from_email="mia.nguyen.hr@gmail.com", to=FIRM_SUPPORT,
    subject="Update CCCD mới & sửa ngày sinh trong profile", date=dt(2026, 5, 6, 18, 22, 47), subj_mode="Q",
    text="""Hi anh chị,

Em là Nguyễn Phương Mai (Mia), đang dùng gói legal support cho hồ sơ mua nhà trả góp bên mình.

Em vừa đổi sang thẻ CCCD gắn chip nên số cũ không dùng nữa. Anh chị update giúp em:
- Số CCCD mới: 079196004582 (số CMND cũ 024968113 thôi dùng)
- Ngày sinh: 14/09/1996 - trong profile đang ghi nhầm thành 14/06/1996

Mấy info khác giữ nguyên. Nếu cần bản scan CCCD mới thì anh chị nhắn em qua 0707 384 215 nha.

Thanks nhiều!
Mia
""")), "correction_request", "mixed",
    C("Nguyễn Phương Mai", "+84707384215", "mia.nguyen.hr@gmail.com"),
    "Identity-card numbers (12 and 9 digits) in the body are not phone numbers. Nickname Mia in From.")

# a044 -- service (deposit dispute), vi no diacritics, landline, rented premises address
add(44, gmail(dict(
    from_name="Ong Thi Le Hang", from_email="ongthilehang.ct@gmail.com", to=FIRM_INFO,
    subject="chu nha khong tra tien coc mat bang", date=dt(2026, 4, 8, 17, 2, 29), cte="7bit",
    text="""Chao luat su,
Toi la Ong Thi Le Hang. Toi thue mat bang o 31 Mau Than, Phuong Ninh Kieu, Can Tho de ban quan an tu 2022, coc 3 thang la 45 trieu. Cuoi thang 3 het hop dong, toi da ban giao mat bang sach se, co bien ban ky ten hai ben.
Den nay chu nha van khong tra coc, viet ly do "hu hong tuong, san" trong khi bien ban ghi ro khong co hu hai gi. Nhan tin thi chu nha doc ma khong tra loi.
Toi muon nho cong ty soan giup thu yeu cau tra coc, va tu van neu phai kien ra toa thi thu tuc, an phi ra sao.
Nha toi hien o 17/3 Nguyen Van Cu, Phuong An Binh, Can Tho. Dien thoai ban (0292) 3768 415 - di dong toi hay het pin nen goi so ban la chac nhat.
Cam on luat su.
""")), "service_request", "vi",
    C("Ong Thi Le Hang", "+842923768415", "ongthilehang.ct@gmail.com", "17/3 Nguyen Van Cu, Phuong An Binh, Can Tho"),
    "The rented premises (31 Mau Than) are not where she lives; she asks to be called on her landline.")

# a045 -- unknown: SEO sales pitch, vi, Outlook.com QP
add(45, owa(dict(
    from_name="Tiêu Gia Bảo", from_email="bao.tieu@vuotdinhdigital.vn", to=FIRM_INFO,
    subject="Thịnh Trí Group đang mất khách vì website chưa lên top Google?", date=dt(2026, 5, 7, 9, 30, 3),
    cte="quoted-printable",
    text="""Chào anh/chị phụ trách marketing,

Em là Tiêu Gia Bảo, chuyên viên tư vấn của Vượt Đỉnh Digital. Em vừa kiểm tra nhanh và thấy thinhtrigroup.com chưa lên trang 1 cho các từ khóa như "luật sư ly hôn TPHCM", "dịch vụ thành lập công ty trọn gói", trong khi mỗi cụm này có hàng nghìn lượt tìm mỗi tháng.

Bên em đã triển khai SEO và quảng cáo Google cho hơn 30 văn phòng luật, cam kết vào top 10 sau 90 ngày, không đạt hoàn 100% phí.

Anh/chị cho em xin 15 phút qua Zalo hoặc Google Meet để gửi bản audit website miễn phí nhé. Số của em: 0357 290 481.

Thân mến,
Tiêu Gia Bảo
Vượt Đỉnh Digital
""")), "unknown", "vi",
    C("Tiêu Gia Bảo", "+84357290481", "bao.tieu@vuotdinhdigital.vn"),
    "Cold SEO sales pitch to the firm.")

# a046 -- access (export of her data), mixed
add(46, gmail(dict(
    from_name="Minh Thu Hua", from_email="thu.hua.minh@gmail.com", to=FIRM_INFO,
    subject="Request bản copy data cá nhân của em", date=dt(2026, 5, 8, 20, 45, 11), subj_mode="Q",
    text="""Hello Thịnh Trí,

Em là Hứa Minh Thư. Năm 2024 em làm hồ sơ du học Canada qua một agency, và agency có refer em sang bên mình để review hợp đồng homestay với dịch công chứng giấy tờ.

Dạo này em đang gom lại hết personal records để apply PR, nên muốn request một bản export toàn bộ data cá nhân mà bên mình còn lưu về em: thông tin profile, các file em đã upload, và lịch sử email/notes liên quan. Format PDF hay file zip đều ok.

Nếu cần verify identity thì anh chị gọi em số 0585 203 746 (em ở VN tới hết tháng 6).

Thank you so much!
Minh Thư
""")), "access_request", "mixed",
    C("Hứa Minh Thư", "+84585203746", "thu.hua.minh@gmail.com"))

# a047 -- complaint (brokers know property details), en, Outlook desktop
add(47, outlook(dict(
    from_name="Marco Bianchi", from_email="marco.bianchi@bianchi-interiors.it", to=FIRM_INFO,
    subject="How did property brokers get details I only gave your firm?", date=dt(2026, 5, 11, 11, 8, 25),
    text="""Dear Thinh Tri,

Two weeks ago I met one of your lawyers to discuss selling the villa I co-own in Thao Dien. At that meeting I handed over a copy of the ownership certificate and mentioned the price we had in mind.

Since then I have had five calls and a stream of Zalo messages from brokers who quote the plot number, the land area to the decimal and our asking price, and who address me by my full name. We have not advertised the property anywhere, and my co-owner has told no one.

I would like a clear answer: did anyone at your firm pass on our information, to whom, and on what basis? Until I hear from you, please do not do any further work on the file.

Marco Bianchi
+84 909 317 862
""")), "complaint", "en",
    C("Marco Bianchi", "+84909317862", "marco.bianchi@bianchi-interiors.it"))

# a048 -- service, en, Outlook reply with quoted firm message
_q48 = dt(2026, 5, 5, 15, 48, 0)
_fid48 = firm_id()
add(48, outlook(dict(
    from_name="Rebecca Ho", from_email="rebecca.ho@lumenapparel.com.vn", to_hdr=addr_hdr("To", "Thịnh Trí Group", FIRM_INFO),
    to=FIRM_INFO, subject="Work permit exemption for our regional auditors", prefix="RE: ",
    date=dt(2026, 5, 6, 9, 20, 14), reply_to_id=_fid48,
    extra_headers=["Thread-Topic: Work permit exemption for our regional auditors"],
    reply={"from": "Thịnh Trí Group <%s>" % FIRM_INFO, "sent": outlook_sent(_q48),
           "to": "Rebecca Ho <rebecca.ho@lumenapparel.com.vn>",
           "subject": "RE: Work permit exemption for our regional auditors",
           "text": """Dear Ms. Ho,

Thank you for your enquiry. Whether short-term visitors need a work permit depends mainly on the purpose and the total length of their stays in Vietnam each year; some cases only require a notification to the labour authority rather than a full permit. We would be glad to review the details of each person.

Please reply to this email or call our hotline %s if you would like us to proceed.

Kind regards,
Vương Ngọc Quỳnh
%s
%s
""" % (FIRM_HOTLINE, FIRM_LEGAL_NAME, FIRM_ADDR)},
    text="""Hi Ms. Quynh,

Thanks for the quick overview. We'd like to go ahead and engage your firm on the following:

1. Two auditors from our Hong Kong parent company who will spend about 25 days per quarter at our Long An factory - please confirm whether they qualify for an exemption and prepare the notification if so.
2. One Korean production manager joining on a two-year contract from August - full work permit and TRC.

Please send your engagement letter and document checklist. If you need me urgently, my direct mobile is 0934 561 207.

Best regards,
Rebecca Ho
HR Manager | Lumen Apparel Vietnam
""")), "service_request", "en",
    C("Rebecca Ho", "+84934561207", "rebecca.ho@lumenapparel.com.vn"),
    "Outlook-style reply; the quoted firm message below carries the firm's hotline and address. Only the mobile in the new text is the sender's.")

# a049 -- deletion (withdraw consent), en
add(49, gmail(dict(
    from_name="Anthony Pham", from_email="anthony.pham.sd@gmail.com", to=FIRM_INFO,
    subject="Stop the sales calls and delete my number", date=dt(2026, 1, 29, 12, 15, 2),
    text="""Hi,

Last December I asked the chatbot on your website about a US visa for my mother and left my phone number. Ever since, your sales team has called me nearly every week about "immigration packages" I never asked for.

I'm withdrawing whatever consent I gave back then. Please remove my number (0398 640 215) and my email address from your lists and delete the record of that chat. A one-line confirmation by email is enough - please don't call to confirm.

Thanks,
Anthony Pham
""")), "deletion_request", "en",
    C("Anthony Pham", "+84398640215", "anthony.pham.sd@gmail.com"),
    "Asks not to be called, but the number given is his own.")

# a050 -- correction (new postal address, old one present), vi, Outlook desktop
add(50, outlook(dict(
    from_name="Bạch Thị Thanh Nhàn", from_email="thanhnhan.bach@sonhaco.vn", to=FIRM_SUPPORT, lang="VI",
    subject="Cập nhật địa chỉ nhận hồ sơ gốc", date=dt(2026, 5, 12, 14, 26, 33),
    text="""Kính gửi bộ phận Chăm sóc khách hàng,

Tôi là Bạch Thị Thanh Nhàn, khách hàng hồ sơ xin giấy phép kinh doanh dịch vụ lữ hành (luật sư phụ trách: anh Kim Trọng Nghĩa).

Gia đình tôi đã chuyển nhà, địa chỉ cũ 402 Lạc Long Quân, Phường Tân Hòa, TP.HCM không còn nhận thư được nữa. Khi hoàn trả bản gốc giấy phép và hóa đơn, đề nghị Công ty gửi về địa chỉ mới:

Số 7, đường D5, Khu dân cư Văn Thánh, Phường Thạnh Mỹ Tây, TP.HCM

Điện thoại và email giữ nguyên (0982 417 356). Cảm ơn Công ty.

Bạch Thị Thanh Nhàn
""")), "correction_request", "vi",
    C("Bạch Thị Thanh Nhàn", "+84982417356", "thanhnhan.bach@sonhaco.vn",
      "Số 7, đường D5, Khu dân cư Văn Thánh, Phường Thạnh Mỹ Tây, TP.HCM"),
    "Old address (402 Lạc Long Quân) also present; the contact address is the new one.")

# a051 -- automated Postfix bounce of the firm's confirmation of a deletion request
_orig51 = "\n".join([
    "MIME-Version: 1.0",
    addr_hdr("From", "Thịnh Trí Group", FIRM_SUPPORT, "Q"),
    "To: tonthatvu.hue@gmail.com",
    subject_hdr("Xác nhận đã xử lý yêu cầu xóa dữ liệu cá nhân", "Q"),
    "Date: " + rfcdate(dt(2026, 4, 24, 10, 31, 2)),
    "Message-ID: <%s>" % firm_id(),
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable", "",
    body_encode("""Kính gửi anh Tôn Thất Vũ,

Theo yêu cầu của anh ngày 17/04/2026, Thịnh Trí Group xác nhận đã xóa thông tin liên hệ và hồ sơ tư vấn của anh khỏi hệ thống, đồng thời ngừng gửi bản tin và tin nhắn tiếp thị.

Mọi thắc mắc, anh vui lòng liên hệ hotline %s.

Trân trọng,
%s
""" % (FIRM_HOTLINE, FIRM_LEGAL_NAME), "quoted-printable")])
_b51 = "----=_NextPart_%s_%s_%s" % (rhex(3, True), rhex(4, True), rhex(8, True))
_notif51 = """This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tonthatvu.hue@gmail.com>: host gmail-smtp-in.l.google.com[142.250.4.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. For more information, go to
    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT
    TO command)
"""
_ds51 = """Reporting-MTA: dns; mail.thinhtrigroup.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; support@thinhtrigroup.com
Arrival-Date: Fri, 24 Apr 2026 10:31:03 +0700 (+07)

Final-Recipient: rfc822; tonthatvu.hue@gmail.com
Original-Recipient: rfc822;tonthatvu.hue@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces.
""" % rhex(10, True)
add(51, assemble([
    "Return-Path: <>",
    "Date: " + rfcdate(dt(2026, 4, 24, 10, 31, 6)),
    "From: MAILER-DAEMON@mail.thinhtrigroup.com (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: " + FIRM_SUPPORT,
    "Message-ID: <20260424103106.%s@mail.thinhtrigroup.com>" % rhex(10, True),
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0"],
    ('Content-Type: multipart/report; report-type="delivery-status";\n boundary="%s"' % _b51,
     "--%s\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\nContent-Description: Notification\n\n%s\n"
     "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n%s\n"
     "--%s\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\nContent-Description: Undelivered Message\n\n%s\n--%s--\n"
     % (_b51, _notif51, _b51, _ds51, _b51, _orig51, _b51))),
    "unknown", "en", NULLC,
    "Bounce of the firm's own confirmation of a deletion request; the embedded original names a client and talks about deleting data but is not customer text.",
    automated=True)

# a052 -- service (certified birth-record copy), vi no diacritics, plain only
add(52, gmail(dict(
    from_name="Giang Thi Thu Ha", from_email="giangthuha.84@gmail.com", to=FIRM_INFO,
    subject="xin ban sao giay khai sinh cho con", date=dt(2026, 5, 13, 21, 40, 6), cte="7bit", plain_only=True,
    text="""Chao cong ty,
Em la Giang Thi Thu Ha, hien dang lam viec o Dai Loan. Con trai em sinh nam 2012 o Vinh Long, giay khai sinh ban chinh bi that lac luc chuyen nha. Gio chau can nop ho so nhap hoc ben nay nen em can ban sao trich luc khai sinh, dich va hop phap hoa lanh su.
Em khong ve nuoc duoc, cong ty co nhan uy quyen lam giup tu dau toi cuoi khong, em can gui giay to gi va chi phi bao nhieu.
Em van giu so VN 0326 915 407 de dung Zalo, cong ty nhan tin qua do giup em.
Cam on cong ty.
""")), "service_request", "vi",
    C("Giang Thi Thu Ha", "+84326915407", "giangthuha.84@gmail.com"),
    "'Ban sao trich luc khai sinh' is a certified civil-registry copy she wants the firm to obtain; a service request, not access to data the firm holds.")

# a053 -- complaint (earlier opt-out ignored), vi
add(53, gmail(dict(
    from_name="Thạch Thị Sa Rinh", from_email="sarinh.thach@gmail.com", to=FIRM_SUPPORT,
    subject="Đã yêu cầu ngừng gửi quảng cáo nhưng vẫn tiếp tục nhận", date=dt(2026, 4, 17, 8, 12, 44),
    text="""Kính gửi Thịnh Trí Group,

Ngày 10/3 tôi đã gửi email yêu cầu ngừng gửi tin quảng cáo và xóa số điện thoại của tôi khỏi danh sách tiếp thị. Bên anh chị trả lời "đã ghi nhận, sẽ xử lý trong 72 giờ".

Vậy mà hơn một tháng qua tôi vẫn nhận thêm 6 tin SMS, 2 cuộc gọi mời hội thảo và email bản tin đều đặn mỗi tuần. Như vậy yêu cầu của tôi hoặc bị bỏ qua, hoặc Công ty làm cho có. Việc này đi ngược chính chính sách bảo mật mà Công ty đăng trên website.

Tôi đề nghị Công ty giải thích vì sao yêu cầu trước đó không được thực hiện, ai chịu trách nhiệm, và xác nhận bằng văn bản. Nếu còn tiếp diễn, tôi sẽ phản ánh lên cơ quan quản lý về bảo vệ dữ liệu cá nhân.

Thạch Thị Sa Rinh
0369 482 105
""")), "complaint", "vi",
    C("Thạch Thị Sa Rinh", "+84369482105", "sarinh.thach@gmail.com"),
    "Complaint that an earlier deletion/opt-out request was ignored; dominant intent complaint.")

# a054 -- access, vi, Outlook desktop base64, personal email in body
add(54, outlook(dict(
    from_name="Nghiêm Xuân Thắng", from_email="thang.nx@hoangkimsteel.vn", to=FIRM_INFO, lang="VI",
    subject="Yêu cầu cung cấp bản sao thông tin cá nhân", date=dt(2026, 4, 9, 16, 55, 18), cte="base64",
    subj_mode="B",
    text="""Kính gửi %s,

Tôi là Nghiêm Xuân Thắng, nguyên Tổng Giám đốc Công ty CP Thép Hoàng Kim, từng làm việc với Quý Công ty trong thương vụ mua lại cổ phần năm 2024-2025. Tôi đã thôi giữ chức vụ từ 31/3/2026 và hộp thư công ty này sẽ bị khóa vào cuối tháng.

Với tư cách cá nhân, đề nghị Quý Công ty cho biết và cung cấp bản sao các dữ liệu cá nhân của riêng tôi mà Quý Công ty đang lưu giữ (thông tin nhân thân, bản sao giấy tờ tùy thân, sơ yếu lý lịch, thư từ trao đổi có nêu tên tôi). Kết quả xin gửi về email cá nhân: nghiemxuanthang.hn@gmail.com.

Số điện thoại liên hệ: 0903 228 617.

Trân trọng,
Nghiêm Xuân Thắng
""" % FIRM_LEGAL_NAME)), "access_request", "vi",
    C("Nghiêm Xuân Thắng", "+84903228617", "nghiemxuanthang.hn@gmail.com"),
    "Personal email for the reply, given in the body, differs from the corporate From address.")

# a055 -- unknown: thank-you note, vi
add(55, gmail(dict(
    from_name="Lại Thị Kim Thoa", from_email="kimthoa.lai@gmail.com", to=FIRM_INFO,
    subject="Cảm ơn buổi hội thảo hôm thứ Bảy", date=dt(2026, 1, 19, 20, 3, 38),
    text="""Chào các anh chị Thịnh Trí,

Em là Kim Thoa, chủ một tiệm nail nhỏ ở Biên Hòa. Thứ Bảy vừa rồi em có dự buổi hội thảo về hộ kinh doanh và hóa đơn điện tử bên mình tổ chức. Phần luật sư Hạnh giải thích dễ hiểu lắm, em về áp dụng liền, đỡ lo hẳn.

Em chỉ muốn gửi lời cảm ơn thôi, chúc công ty mình ngày càng phát triển. Lần sau có chương trình hay nhớ rủ em nha!

Kim Thoa
""")), "unknown", "vi",
    C("Lại Thị Kim Thoa", None, "kimthoa.lai@gmail.com"),
    "Thank-you note with no request. The body gives only 'Kim Thoa'; the full name comes from the From display name.")

# a056 -- deletion of a minor child's data by the parent, vi, base64
add(56, gmail(dict(
    from_name="Thân Văn Lực", from_email="thanvanluc.bg@gmail.com", to=FIRM_INFO,
    subject="Đề nghị xóa thông tin của con tôi", date=dt(2026, 2, 24, 19, 48, 2), cte="base64",
    text="""Kính gửi Công ty,

Tôi là Thân Văn Lực, ở Bắc Giang cũ (nay thuộc tỉnh Bắc Ninh). Hồi tháng 1 con gái tôi là cháu Thân Bảo Ngọc, 16 tuổi, tự điền form đăng ký "tư vấn du học miễn phí" trên trang của Công ty, khai cả họ tên, ngày sinh, trường học, số điện thoại và ảnh học bạ. Gia đình không hề hay biết và cũng không có ý định cho cháu đi du học.

Cháu còn vị thành niên, tôi là cha và là người đại diện theo pháp luật của cháu. Đề nghị Công ty xóa toàn bộ thông tin của cháu và ngừng liên lạc với cháu. Cần xác minh gì thì gọi tôi: 0987 350 614.

Địa chỉ: Thôn Đông, xã Tân Yên, tỉnh Bắc Ninh

Thân Văn Lực
""")), "deletion_request", "vi",
    C("Thân Văn Lực", "+84987350614", "thanvanluc.bg@gmail.com", "Thôn Đông, xã Tân Yên, tỉnh Bắc Ninh"),
    "A parent asks to delete his minor daughter's data; the daughter's name (Thân Bảo Ngọc) is not the sender's.")

# a057 -- complaint (translation errors), vi no diacritics
add(57, gmail(dict(
    from_name="Tong Duc Manh", from_email="tongducmanh.hd@gmail.com", to=FIRM_SUPPORT,
    subject="ban dich sai lam ho so visa bi tu choi", date=dt(2026, 5, 14, 22, 35, 9), cte="7bit",
    text="""Gui cong ty Thinh Tri,
Toi la Tong Duc Manh. Thang 2 toi thue cong ty dich va cong chung bo ho so chung minh tai chinh de xin visa tham than Uc cho bo me toi, phi 3,2 trieu.
Hom nay Dai su quan tu choi, ly do thu nhap tren ban dich khong khop voi xac nhan ngan hang. Toi kiem tra lai thi ban dich ghi luong cua toi 1.850 USD/thang trong khi ban goc la 18.500.000 dong, ngay mo so tiet kiem cung bi dao nguoc ngay va thang.
Phi visa 2 nguoi khong duoc hoan, ve may bay da dat cung mat. Loi nay hoan toan do khau dich cua cong ty. Toi yeu cau cong ty nhan trach nhiem, hoan phi dich va boi thuong thiet hai. Mong som nhan phan hoi.
Tong Duc Manh
DT 0915 862 047
""")), "complaint", "vi",
    C("Tong Duc Manh", "+84915862047", "tongducmanh.hd@gmail.com"))

# a058 -- correction (surname misspelled + new mobile), en, Outlook desktop
add(58, outlook(dict(
    from_name="Nathaniel Ashworth", from_email="nate.ashworth@ashworthtrading.co.uk", to=FIRM_SUPPORT,
    subject="Correction to name on invoices + new mobile number", date=dt(2026, 2, 26, 10, 19, 40),
    text="""Dear Thinh Tri accounts team,

The last three invoices for my personal advisory package were issued to "Nathaniel Ashford". My surname is Ashworth - A-S-H-W-O-R-T-H - as on my passport and the signed engagement letter. My accountant can't book them under the wrong name, so please correct it in your client records and reissue them.

While you're at it, please also replace my mobile number: I now use 0813 592 460. The UK number you have on file can be removed.

Thank you,
Nathaniel Ashworth
""")), "correction_request", "en",
    C("Nathaniel Ashworth", "+84813592460", "nate.ashworth@ashworthtrading.co.uk"),
    "Misspelled variant 'Nathaniel Ashford' also appears.")

# a059 -- automated bulk awards mailing, en
_u59 = rhex(12)
_txt59 = """APAC LEGAL EXCELLENCE AWARDS 2026 - NOMINATIONS NOW OPEN

Dear Colleague,

Nominations for the 2026 APAC Legal Excellence Awards are open until 30 June. Firms in Vietnam may enter 14 categories, including Data Privacy & Cybersecurity Firm of the Year and Corporate/M&A Boutique of the Year.

Entry is free. Shortlisted firms will be invited to the awards dinner in Singapore on 18 September (tables from SGD 4,800).

Submit a nomination: https://apla-awards.com/nominate?src=%s

You are receiving this email because your firm is listed in the APLA directory.
Unsubscribe: https://apla-awards.com/u/%s | Update preferences
""" % (_u59, _u59)
_html59 = """<html><body style="font-family:Georgia,serif;background:#ffffff;">
<div style="max-width:620px;margin:0 auto;">
<h2 style="color:#7a1f2b;">APAC Legal Excellence Awards 2026 &ndash; nominations now open</h2>
<p>Dear Colleague,</p>
<p>Nominations for the 2026 APAC Legal Excellence Awards are open until <b>30 June</b>. Firms in Vietnam may enter 14 categories, including <i>Data Privacy &amp; Cybersecurity Firm of the Year</i> and <i>Corporate/M&amp;A Boutique of the Year</i>.</p>
<p>Entry is free. Shortlisted firms will be invited to the awards dinner in Singapore on 18 September (tables from SGD 4,800).</p>
<p><a href="https://apla-awards.com/nominate?src=%s">Submit a nomination</a></p>
<p style="font-size:11px;color:#999;">You are receiving this email because your firm is listed in the APLA directory.<br><a href="https://apla-awards.com/u/%s">Unsubscribe</a> | Update preferences</p>
</div></body></html>""" % (_u59, _u59)
_b59 = "b1_%s" % rtok(40)
add(59, assemble([
    "MIME-Version: 1.0",
    'From: "APLA Awards" <nominations@apla-awards.com>',
    "To: " + FIRM_INFO,
    "Subject: Nominations open: APAC Legal Excellence Awards 2026",
    "Date: " + rfcdate(dt(2026, 5, 15, 10, 0, 4, tz=8)),
    "Message-ID: <%s@apla-awards.com>" % rtok(32),
    "List-Unsubscribe: <https://apla-awards.com/u/%s>" % _u59,
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "Feedback-ID: apla-2026-nominations:apla"],
    multipart("alternative", _b59, [part("text/plain", _txt59, "7bit", "us-ascii", "ct_first"),
                                   part("text/html", _html59, "7bit", "us-ascii", "ct_first")], fold=True)),
    "unknown", "en", NULLC,
    "Bulk awards mailing; mentions a data-privacy award category.",
    automated=True)

# a060 -- correction (wrong name/gender on file), vi, Thunderbird 8bit
add(60, thunderbird(dict(
    from_name="Võ Thị Thu Hà", from_email="thuha.vo.dn@gmail.com", to=FIRM_SUPPORT, lang="vi",
    subject="Đính chính họ tên và danh xưng trong hồ sơ khách hàng", date=dt(2026, 2, 12, 15, 44, 21),
    text="""Chào anh chị,

Tôi là Võ Thị Thu Hà, đang nhờ Công ty làm thủ tục đăng ký hộ kinh doanh cho cửa hàng hoa ở Phường Hải Châu, Đà Nẵng.

Mấy email và tin nhắn gần đây Công ty gửi đều gọi tôi là "ông Võ Văn Hà". Tôi là nữ, họ tên đầy đủ là Võ Thị Thu Hà. Nhờ anh chị chỉnh lại họ tên và danh xưng trong hồ sơ khách hàng để các giấy tờ về sau không bị ghi sai.

Số điện thoại của tôi vẫn là 0905 846 213.

Cảm ơn anh chị.
Võ Thị Thu Hà
""")), "correction_request", "vi",
    C("Võ Thị Thu Hà", "+84905846213", "thuha.vo.dn@gmail.com"),
    "Wrong name/gender variant 'ông Võ Văn Hà' also appears.")


# ==========================================================================

def main():
    labels = {}
    names = set()
    for fn, raw, lab in MESSAGES:
        assert fn not in names, fn
        names.add(fn)
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(MESSAGES))


if __name__ == "__main__":
    main()
