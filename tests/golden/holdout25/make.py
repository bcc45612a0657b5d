#!/usr/bin/env python3
"""Build the h25 hold-out set: h25_001.eml ... h25_050.eml and labels.json.

Stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts);
this script turns each dict into a MIME message with the email package
and writes the labels in the corpus format.
"""
import base64
import datetime
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import unicodedata

from email import policy, quoprimime, utils
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as _M1  # noqa: E402
from msgs2 import MSGS as _M2  # noqa: E402

MSGS = _M1 + _M2
FIRM = {"info": "info@thinhtrigroup.com", "support": "support@thinhtrigroup.com"}
POLICY = policy.compat32.clone(linesep="\r\n", max_line_length=78)


# ----------------------------------------------------------------- helpers
def h(key, n, alphabet="0123456789abcdef", salt=""):
    """Deterministic pseudo-random string derived from the message key."""
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(f"{salt}{key}{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in d)
        i += 1
    return out[:n]


B64ALPH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
UPPERHEX = "0123456789ABCDEF"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def utf8_charset(header_enc="q", body_enc=None):
    cs = Charset("utf-8")
    cs.header_encoding = QP if header_enc == "q" else BASE64
    cs.body_encoding = {"qp": QP, "b64": BASE64, None: None, "7bit": None, "8bit": None}[body_enc]
    return cs


def hdr(value, enc="q"):
    if is_ascii(value):
        return value
    return Header(value, utf8_charset(enc))


def one_word(text, enc="q"):
    """Encode text as ONE RFC 2047 encoded-word (display names are not split
    inside a word); falls back to the other encoding if the word is too long."""
    raw = text.encode("utf-8")
    q = quoprimime.header_encode(raw, "utf-8")
    b = "=?utf-8?b?%s?=" % base64.b64encode(raw).decode()
    first, second = (q, b) if enc == "q" else (b, q)
    if len(first) <= 75:
        return first
    if len(second) <= 75:
        return second
    return None


def addr(name, email, enc="q"):
    if not name:
        return email
    if is_ascii(name):
        return utils.formataddr((name, email))
    w = one_word(name, enc)
    if w:
        return "%s <%s>" % (w, email)
    hd = Header(name, utf8_charset(enc))
    hd.append(" <%s>" % email, "us-ascii")
    return hd


# --- windows-1258 (Vietnamese Windows code page, tone marks as combining chars)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def enc1258(text):
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


def q_word(raw, charset):
    s = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            s += "_"
        elif c.isalnum() and b < 128:
            s += c
        else:
            s += "=%02X" % b
    return "=?%s?Q?%s?=" % (charset, s)


def b_word(raw, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())


# ---------------------------------------------------------------- bodies
def plain_text(m):
    """Full text/plain body: new text + quoted history / forwarded block."""
    body = m["body"].rstrip("\n")
    q = m.get("quote")
    if q:
        st = q["style"]
        qt = q["text"].rstrip("\n").split("\n")
        if st in ("gmail", "tb"):
            body += "\n\n" + q["head"] + "\n\n" + "\n".join(("> " + l).rstrip() for l in qt)
        elif st == "iphone":
            lines = [q["head"], ""] + qt
            body += "\n\n" + "\n".join(("> " + l).rstrip() for l in lines)
        elif st == "outlook":
            body += "\n\n________________________________\n" + q["head"] + "\n\n" + "\n".join(qt)
    f = m.get("fwd")
    if f:
        body += "\n\n" + f["head"] + "\n\n" + f["text"].rstrip("\n")
    if m.get("sig_after"):
        body += "\n\n" + m["sig_after"]
    return body + "\n"


def esc(s):
    return html.escape(s, quote=False)


def lines_div(lines, empty="<div><br></div>", wrap="<div>%s</div>"):
    return "\n".join(empty if not l.strip() else wrap % esc(l) for l in lines)


def html_text(m):
    client = m["client"]
    new = m["body"].rstrip("\n").split("\n")
    q = m.get("quote")
    f = m.get("fwd")
    if client in ("gmail", "iphone", "apple"):
        inner = lines_div(new)
        if f:
            inner += "<br><br>\n<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + \
                "<br>\n".join(esc(l) for l in f["head"].split("\n")) + "<br></div><br><br>\n" + \
                "<br>\n".join(esc(l) for l in f["text"].rstrip("\n").split("\n")) + "\n</div>"
        if q:
            inner += "<br>\n<div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">" + \
                esc(q["head"]) + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;" \
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n" + \
                "<br>\n".join(esc(l) for l in q["text"].rstrip("\n").split("\n")) + "\n</blockquote></div>"
        if client == "apple":
            return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                    "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
                    + lines_div(new) + "</body></html>\n")
        return "<div dir=\"ltr\">" + inner + "</div>\n"
    if client == "outlook":
        def p(l):
            return "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" if not l.strip() else \
                "<p class=\"MsoNormal\">%s<o:p></o:p></p>" % esc(l)
        paras = [p(l) for l in new]
        if q:
            paras.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">")
            paras += ["<p class=\"MsoNormal\"><b>%s</b>%s<o:p></o:p></p>" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1]))
                      if ":" in l else p(l) for l in q["head"].split("\n")]
            paras.append("</div>")
            paras += [p(l) for l in q["text"].rstrip("\n").split("\n")]
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
                "\t{margin:0in;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n--></style>\n</head>\n"
                "<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
                "<div class=\"WordSection1\">\n" + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")
    if client == "outlookcom":
        body = "<br>\n".join(esc(l).replace("  ", "&nbsp; ") for l in new)
        extra = ""
        if q:
            extra = ("<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
                     "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                     + "<br>\n".join(esc(l) for l in q["head"].split("\n")) + "</font>\n<div>&nbsp;</div></div>\n<div>"
                     + "<br>\n".join(esc(l) for l in q["text"].rstrip("\n").split("\n")) + "</div>\n")
        return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
                "</head>\n<body dir=\"ltr\">\n<div class=\"elementToProof\" style=\"font-family: Aptos, Calibri, Helvetica, "
                "sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">\n" + body + "\n</div>\n" + extra + "</body>\n</html>\n")
    if client == "yahoo":
        w = "<div dir=\"ltr\" data-setdir=\"false\">%s</div>"
        return ("<html><head></head><body><div class=\"ydp%s yahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
                "Helvetica, Arial, sans-serif;font-size:13px;\">" % h(m["key"], 8, salt="ydp")
                + lines_div(new, empty=w % "<br>", wrap=w) + "</div></body></html>\n")
    raise ValueError(client)


# ------------------------------------------------------------- MIME parts
def text_part(text, subtype, charset, cte):
    if charset == "windows-1258":
        raw = enc1258(text.replace("\n", "\r\n"))
        part = MIMENonMultipart("text", subtype, charset="windows-1258")
        if cte == "qp":
            part["Content-Transfer-Encoding"] = "quoted-printable"
            part.set_payload(quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n"))
        elif cte == "b64":
            part["Content-Transfer-Encoding"] = "base64"
            part.set_payload(base64.encodebytes(raw).decode("ascii"))
        else:
            raise ValueError(cte)
        return part
    if cte == "7bit":
        assert is_ascii(text), "7bit body must be ASCII"
    part = MIMEText(text, subtype, utf8_charset(body_enc=cte))
    if subtype == "plain" and cte == "8bit" and m_flowed[0]:
        part.set_param("format", "flowed")
    return part


m_flowed = [False]

TINY_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] "
            b"/Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            b"trailer << /Root 1 0 R /Size 4 >>\n%%EOF\n")
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e"
    "1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501"
    "010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9")


def strip_mime_version(part, top=True):
    """Remove the MIME-Version header MIMEBase adds to every sub-part
    (but leave embedded message/rfc822 originals alone)."""
    if not top and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        return
    if part.is_multipart():
        for p in part.get_payload():
            strip_mime_version(p, False)


BOUNDARY = {
    "gmail": lambda k, i: "0000000000" + h(k, 16, salt="b%d" % i),
    "iphone": lambda k, i: "Apple-Mail-" + h(k, 8, UPPERHEX, "b%d" % i) + "-" + h(k, 4, UPPERHEX, "c%d" % i),
    "apple": lambda k, i: "Apple-Mail=_" + h(k, 8, UPPERHEX, "b%d" % i) + "-" + h(k, 4, UPPERHEX, "c") + "-"
    + h(k, 4, UPPERHEX, "d") + "-" + h(k, 12, UPPERHEX, "e"),
    "outlook": lambda k, i: "_00%d_" % i + h(k, 30, UPPERHEX, "b%d" % i) + "_",
    "outlookcom": lambda k, i: "_00%d_" % i + h(k, 30, UPPERHEX, "b%d" % i) + "_",
    "yahoo": lambda k, i: "----=_Part_%s_%s.%s" % (h(k, 6, "0123456789", "p%d" % i), h(k, 9, "0123456789", "q"),
                                                   h(k, 13, "0123456789", "r")),
    "tb": lambda k, i: "------------" + h(k, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "b%d" % i),
    "oe": lambda k, i: "----=_NextPart_000_%s_01DC%s.%s" % (h(k, 4, UPPERHEX, "a%d" % i), h(k, 4, UPPERHEX, "b"),
                                                            h(k, 8, UPPERHEX, "c")),
    "mailer": lambda k, i: "----=_NextPart_%s_%s_%s" % (h(k, 3, UPPERHEX, "a%d" % i), h(k, 4, UPPERHEX, "b"),
                                                        h(k, 8, UPPERHEX, "c")),
}


def message_id(m):
    k, c, dom = m["key"], m["client"], m["from_addr"].split("@")[1]
    if c == "gmail":
        return "<CA%s@mail.gmail.com>" % h(k, 56, B64ALPH, "mid")
    if c in ("iphone", "apple"):
        u = h(k, 32, UPPERHEX, "mid")
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], m.get("mid_domain", "icloud.com"))
    if c == "outlook":
        return "<0000%s01dc%s$%s$%s@%s>" % (h(k, 4, salt="a"), h(k, 6, salt="b"), h(k, 8, salt="c"), h(k, 8, salt="d"), dom)
    if c == "outlookcom":
        pre = m.get("ol_prefix", "SEZPR06MB")
        n = h(k, 4, "0123456789", "n")
        return "<%s%s%s@%s%s.apcprd06.prod.outlook.com>" % (pre, n, h(k, 32, UPPERHEX, "mid"), pre, n)
    if c == "yahoo":
        return "<%s.%s.%s@mail.yahoo.com>" % (h(k, 9, "0123456789", "a"), h(k, 7, "0123456789", "b"),
                                             h(k, 13, "0123456789", "c"))
    if c == "tb":
        u = h(k, 32, salt="mid")
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if c == "oe":
        return "<%s$%s$%s@%s>" % (h(k, 12, salt="a"), h(k, 8, salt="b"), "0201a8c0", m.get("pc", "PC"))
    return "<%s.%s@%s>" % (h(k, 24, salt="a"), h(k, 8, salt="b"), dom)


def firm_mid(m):
    u = h(m["key"], 32, salt="firm")
    return "<%s-%s-%s-%s-%s@thinhtrigroup.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])


MAILER_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "yahoo": [("X-Mailer", "WebService/1.1.25016 YMailNorrin")],
    "iphone": [("X-Mailer", "iPhone Mail (22E240)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "oe": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
}


def parse_date(m):
    dt = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S")
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=m.get("tz", 7))))


def build_body(m):
    """Return the top-level body part (possibly multipart) for an ordinary message."""
    charset = m.get("charset", "utf-8")
    cte = m["cte"]
    m_flowed[0] = m["client"] == "tb"
    fmt = m["fmt"]
    if fmt == "plain":
        body = text_part(plain_text(m), "plain", charset, cte)
    elif fmt == "html":
        body = text_part(html_text(m), "html", charset, cte)
    elif fmt == "alt":
        body = MIMEMultipart("alternative", boundary=BOUNDARY[m["client"]](m["key"], 1))
        body.attach(text_part(plain_text(m), "plain", charset, cte))
        body.attach(text_part(html_text(m), "html", charset, m.get("html_cte", cte)))
    else:
        raise ValueError(fmt)
    if m.get("attach"):
        outer = MIMEMultipart("mixed", boundary=BOUNDARY[m["client"]](m["key"], 2))
        outer.attach(body)
        for ctype, fname in m["attach"]:
            if ctype == "application/pdf":
                a = MIMEApplication(TINY_PDF, "pdf")
            elif ctype == "image/jpeg":
                a = MIMEImage(TINY_JPEG, "jpeg")
            else:
                raise ValueError(ctype)
            a.add_header("Content-Disposition", "attachment", filename=fname)
            outer.attach(a)
        body = outer
    return body


def build_bounce(m):
    b = m["bounce"]
    outer = MIMEMultipart("report", boundary=BOUNDARY["mailer"](m["key"], 1), report_type="delivery-status")
    note = MIMEText(b["notice"], "plain", "us-ascii")
    note["Content-Description"] = "Notification"
    outer.attach(note)
    ds = MIMEBase("message", "delivery-status")
    ds["Content-Description"] = "Delivery report"
    blocks = []
    for blk in b["status_blocks"]:
        bm = Message()
        for k, v in blk:
            bm[k] = v
        blocks.append(bm)
    ds.set_payload(blocks)
    outer.attach(ds)
    o = b["original"]
    orig = MIMEText(o["body"], "plain", utf8_charset(body_enc="qp"))
    orig_headers = [("MIME-Version", "1.0"), ("From", addr(o["from_name"], o["from_addr"])), ("To", o["to"]),
                    ("Subject", hdr(o["subject"])), ("Date", o["date"]), ("Message-ID", o["mid"])]
    reorder(orig, orig_headers)
    wrapped = MIMEMessage(orig)
    wrapped["Content-Description"] = "Undelivered Message"
    outer.attach(wrapped)
    return outer


def build_newsletter(m):
    n = m["newsletter"]
    alt = MIMEMultipart("alternative", boundary=BOUNDARY["mailer"](m["key"], 1))
    alt.attach(text_part(n["plain"], "plain", "utf-8", "b64"))
    alt.attach(text_part(n["html"], "html", "utf-8", "b64"))
    return alt


def reorder(msg, top):
    """Put the given headers first (in order), followed by the MIME headers."""
    mime = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in mime):
        del msg[k]
    for k, v in top:
        msg[k] = v
    for k, v in mime:
        if k == "MIME-Version":
            continue
        msg[k] = v


def build(m):
    kind = m.get("kind", "normal")
    if kind == "bounce":
        msg = build_bounce(m)
    elif kind == "newsletter":
        msg = build_newsletter(m)
    else:
        msg = build_body(m)
    strip_mime_version(msg)

    top = [("MIME-Version", "1.0")] if kind != "bounce" else []
    if kind == "bounce":
        top += [("Return-Path", "<>")]
    charset = m.get("charset", "utf-8")
    # From
    if charset == "windows-1258" and not is_ascii(m["from_name"]):
        frm = "%s <%s>" % (q_word(enc1258(m["from_name"]), "windows-1258"), m["from_addr"])
    elif kind == "bounce":
        frm = "%s (%s)" % (m["from_addr"], m["from_name"])
    else:
        frm = addr(m["from_name"], m["from_addr"], m.get("hdr_enc", "q"))
    to_addr = FIRM[m["to"]]
    to = addr(m["to_name"], to_addr, "b") if m.get("to_name") else to_addr
    if charset == "windows-1258" and not is_ascii(m["subject"]):
        raw = enc1258(m["subject"])
        subj = " ".join(b_word(raw[i:i + 30], "windows-1258") for i in range(0, len(raw), 30))
    else:
        subj = hdr(m["subject"], m.get("subj_enc", m.get("hdr_enc", "q")))
    date = utils.format_datetime(parse_date(m))
    if kind == "bounce":
        top += [("Date", date), ("From", frm), ("Subject", subj), ("To", to)]
    else:
        top += [("From", frm), ("To", to), ("Subject", subj), ("Date", date)]
    top.append(("Message-ID", m.get("message_id") or message_id(m)))
    if m.get("reply"):
        fm = firm_mid(m)
        top += [("In-Reply-To", fm), ("References", fm)]
    for k, v in MAILER_HEADERS.get(m["client"], []):
        top.append((k, v))
    for k, v in m.get("headers", []):
        top.append((k, v))
    if kind == "bounce":
        top.append(("MIME-Version", "1.0"))
    reorder(msg, top)
    return msg


def main():
    assert len(MSGS) == 50, len(MSGS)
    keys = [m["key"] for m in MSGS]
    assert len(set(keys)) == len(keys)
    order = sorted(MSGS, key=lambda m: parse_date(m))
    labels = {}
    for i, m in enumerate(order, 1):
        name = "h25_%03d.eml" % i
        msg = build(m)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(msg)
        data = buf.getvalue()
        # a header whose first token is too long for 78 columns gets folded right
        # after the colon; keep it on the header line instead, as real clients do
        # (the hard limit is 998)
        data = re.sub(rb"(?m)^([A-Za-z][A-Za-z0-9-]*): \r\n ", rb"\1: ", data)
        with open(os.path.join(HERE, name), "wb") as fp:
            fp.write(data)
        lab = m["label"]
        c = lab["contact"]
        entry = {
            "automated": bool(lab.get("automated", False)),
            "category": lab["category"],
            "contact": {
                "address": c.get("address"),
                "email": c["email"].lower() if c.get("email") else None,
                "name": c.get("name"),
                "phone": c.get("phone"),
            },
            "language": lab["language"],
        }
        if lab.get("note"):
            entry["note"] = lab["note"]
        labels[name] = entry
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=2, sort_keys=True)
        fp.write("\n")
    print("wrote %d messages + labels.json to %s" % (len(order), HERE))


if __name__ == "__main__":
    main()
