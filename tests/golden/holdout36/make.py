#!/usr/bin/env python3
"""Build the h36 hold-out set: h36_001.eml ... h36_050.eml + labels.json.

Python standard library only.  Message data lives in msgs.py / msgs2.py;
this file only knows how to turn a message dict into a realistic .eml.
"""
import base64
import email
import html
import io
import json
import os
import quopri
import random
import unicodedata
import uuid
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message

from msgs import MSGS as _M1
from msgs2 import MSGS as _M2

OUT = os.path.dirname(os.path.abspath(__file__))
FIRM = {"info": "info@thinhtrigroup.com", "support": "support@thinhtrigroup.com"}
FIRM_DOMAIN = "thinhtrigroup.com"

# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_1258(text):
    """Rewrite NFC Vietnamese so that it is encodable in windows-1258.

    windows-1258 has the vowel letters (â ê ô ơ ư ă đ) and a few precomposed
    toned letters; everything else is written as base letter + combining tone
    mark, exactly as Outlook Express did.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(c for c in d[1:] if c not in TONES)
        tone = "".join(c for c in d[1:] if c in TONES)
        base = unicodedata.normalize("NFC", base)
        cand = unicodedata.normalize("NFC", base + tone)
        for c in (cand, base + tone):
            try:
                c.encode("cp1258")
                out.append(c)
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError("cannot encode %r in windows-1258" % ch)
    return "".join(out)


def _cs(charset, enc):
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return cs


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr_text(text, charset="utf-8", enc="b", prefix=None):
    """Header value: plain if ASCII, otherwise RFC 2047 encoded words."""
    if charset == "windows-1258":
        text = to_1258(text)
    if prefix is None:
        for p in ("Re: ", "RE: ", "FW: ", "Fwd: ", "Automatic reply: "):
            if text.startswith(p) and not is_ascii(text):
                prefix, text = p, text[len(p):]
                break
    if is_ascii(text) and not prefix:
        return text
    if is_ascii(text):
        return prefix + text
    h = Header(prefix, "us-ascii") if prefix else Header()
    h.append(text, _cs(charset, enc.lower()))
    return _enc(h)


def hdr_addr(name, addr, charset="utf-8", enc="b", style=None):
    if not name:
        return addr
    if charset == "windows-1258":
        name = to_1258(name)
    if is_ascii(name):
        if style == "comment":
            return "%s (%s)" % (addr, name)
        if any(c in name for c in '.,"()<>@:;[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    # Display names go into ONE encoded word when it fits (as real clients do);
    # splitting a phrase across encoded words makes some parsers insert spaces.
    prefs = [enc.lower(), "q" if enc.lower() == "b" else "b"]
    for e in prefs:
        word = _cs(charset, e).header_encode(name)
        if len(word) <= 75:
            return _enc_label(word) + "\n <%s>" % addr if len(word) + len(addr) > 66 else \
                _enc_label(word) + " <%s>" % addr
    # Too long for one word: split at spaces (the space stays inside the
    # preceding encoded word), never inside a word.
    cs = _cs(charset, "b")
    words, chunks, cur = name.split(" "), [], ""
    for i, w in enumerate(words):
        piece = w + (" " if i < len(words) - 1 else "")
        if cur and len(cs.header_encode(cur + piece)) > 75:
            chunks.append(cur)
            cur = ""
        cur += piece
    chunks.append(cur)
    return "\n ".join(_enc_label(cs.header_encode(c)) for c in chunks) + "\n <%s>" % addr


def _enc(h):
    """Fold a Header to RFC 2047 encoded words of at most 76 characters."""
    return _enc_label(h.encode(maxlinelen=76, linesep="\n"))


def _enc_label(s):
    for cs in ("utf-8", "windows-1258"):
        label = "UTF-8" if cs == "utf-8" else cs
        s = s.replace("=?%s?b?" % cs, "=?%s?B?" % label).replace("=?%s?q?" % cs, "=?%s?Q?" % label)
    return s


def text_part(text, subtype="plain", charset="utf-8", cte="qp", params=""):
    p = Message()
    if charset == "windows-1258":
        raw = to_1258(text).encode("cp1258")
    else:
        raw = text.encode("utf-8")
    if cte == "7bit" and not is_ascii(text):
        cte = "qp"
    if cte == "b64":
        payload, cte_name = base64.encodebytes(raw).decode("ascii"), "base64"
    elif cte == "qp":
        payload, cte_name = quopri.encodestring(raw).decode("ascii"), "quoted-printable"
    elif cte == "8bit":
        payload, cte_name = raw.decode("ascii", "surrogateescape"), "8bit"
    else:
        payload, cte_name = text, "7bit"
    cs_label = charset
    p["Content-Type"] = 'text/%s; charset="%s"%s' % (subtype, cs_label, params)
    p["Content-Transfer-Encoding"] = cte_name
    p.set_payload(payload)
    return p


# --------------------------------------------------------------------------
# HTML renderers (imitating the mail clients seen in the corpus)
# --------------------------------------------------------------------------
def esc(line):
    return html.escape(line, quote=False)


WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
    '\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
    '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)
OWA_HEAD = (
    "<html>\n<head>\n"
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
    '</head>\n<body dir="ltr">\n'
    '<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
    'font-size: 12pt; color: rgb(0, 0, 0);">\n'
)


def html_gmail(body, quote=None):
    rows = ["<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in body.rstrip("\n").split("\n")]
    out = '<div dir="ltr">' + "\n".join(rows) + "</div>"
    if quote:
        q = "<br>\n".join(esc(l) for l in quote["text"].split("\n"))
        out += (
            '<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + esc(quote["intro"])
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            + q
            + "\n</blockquote></div>"
        )
    return out + "\n"


def html_word(body, quote=None):
    rows = []
    for l in body.rstrip("\n").split("\n"):
        if l.strip():
            rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
        else:
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return WORD_HEAD + "\n".join(rows) + "\n</div>\n</body>\n</html>\n"


def html_owa(body, quote=None):
    rows = ["<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in body.rstrip("\n").split("\n")]
    return OWA_HEAD + "\n".join(rows) + "\n</div>\n</body>\n</html>\n"


def html_yahoo(body, quote=None, rnd=None):
    cls = "ydp%08xyahoo-style-wrap" % (rnd.getrandbits(32) if rnd else 0)
    rows = [
        '<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) if l.strip() else "<br>")
        for l in body.rstrip("\n").split("\n")
    ]
    return (
        '<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, '
        'Arial, sans-serif;font-size:13px;">' % cls + "\n".join(rows) + "</div></body></html>\n"
    )


def html_simple(body, quote=None):
    return (
        "<html><body>\n"
        + "<br>\n".join(esc(l) for l in body.rstrip("\n").split("\n"))
        + "\n</body></html>\n"
    )


def plain_with_quote(body, quote):
    if not quote:
        return body
    q = "\n".join(("> " + l) if l.strip() else ">" for l in quote["text"].split("\n"))
    return body.rstrip("\n") + "\n\n" + quote["intro"] + "\n\n" + q + "\n"


# --------------------------------------------------------------------------
# ids and boundaries
# --------------------------------------------------------------------------
B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(rnd, n, alphabet=B64CH):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def rhex(rnd, n, upper=False):
    s = "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def msgid(kind, rnd, addr):
    dom = addr.split("@")[1]
    if kind == "gmail":
        return "<CA%s@mail.gmail.com>" % rstr(rnd, 48, B64CH + "_-=+")
    if kind == "outlook":
        return "<0000%s01dc%s$%s$%s@%s>" % (rhex(rnd, 4), rhex(rnd, 6), rhex(rnd, 8), rhex(rnd, 8), dom)
    if kind == "owa":
        box = rnd.choice(["SEYP", "SG2PR06MB", "TYZPR03MB", "KL1PR0401MB"]) + str(rnd.randint(1000, 9999))
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (box, rhex(rnd, 32, True), box, rnd.randint(1, 6))
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rnd.randint(10**8, 10**9), rnd.randint(10**6, 10**7), rnd.randint(10**12, 10**13))
    if kind == "iphone":
        return "<%s@icloud.com>" % str(uuid.UUID(int=rnd.getrandbits(128))).upper()
    if kind == "oe":
        return "<%s01dc%s$%s$0201a8c0@%s>" % (rhex(rnd, 4), rhex(rnd, 6), rhex(rnd, 8), rstr(rnd, 1, "ABCDEFGHKLMNPQRT") + "-PC")
    if kind == "postfix":
        return "<%s.%s@%s>" % (rstr(rnd, 14, "0123456789"), rhex(rnd, 10, True), dom)
    if kind == "firm":
        return "<%s@%s>" % (str(uuid.UUID(int=rnd.getrandbits(128))), FIRM_DOMAIN)
    return "<%s@%s>" % (str(uuid.UUID(int=rnd.getrandbits(128))), dom)


def boundary(kind, rnd):
    if kind in ("gmail",):
        return "0000000000" + rhex(rnd, 18)
    if kind in ("outlook", "owa"):
        return "_000_" + rhex(rnd, 30, True) + "_"
    if kind == "yahoo":
        return "----=_Part_%d_%d.%d" % (rnd.randint(10**5, 10**6), rnd.randint(10**8, 10**9), rnd.randint(10**12, 10**13))
    return "----=_NextPart_%s_%s_%s" % (rhex(rnd, 3, True), rhex(rnd, 4, True), rhex(rnd, 8, True))


# --------------------------------------------------------------------------
# message builders
# --------------------------------------------------------------------------
CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "yahoo": [("X-Mailer", "WebService/1.1.25040 YMailNorrin")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "iphone": [("X-Mailer", "iPhone Mail (22E240)")],
    "oe": [
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
    ],
}
ID_KIND = {
    "gmail": "gmail", "gmail_html": "gmail", "outlook": "outlook", "owa": "owa",
    "owa_html": "owa", "yahoo": "yahoo", "thunderbird": "tb", "iphone": "iphone",
    "oe": "oe", "text": "tb",
}


def body_parts(m, rnd):
    """Return the MIME body (a Message) for an ordinary human-written mail."""
    fmt = m["fmt"]
    body = m["body"]
    quote = m.get("quote")
    cte = m.get("cte", "qp")
    if is_ascii(body) and (not quote or is_ascii(quote["text"] + quote["intro"])) and cte != "b64":
        cte = "7bit"
    plain = plain_with_quote(body, quote)

    if fmt in ("gmail", "outlook", "owa", "yahoo"):
        render = {"gmail": html_gmail, "outlook": html_word, "owa": html_owa}.get(fmt)
        if fmt == "yahoo":
            h = html_yahoo(body, quote, rnd)
        else:
            h = render(body, quote)
        cs = "UTF-8" if fmt == "gmail" else "utf-8"
        alt = Message()
        alt["Content-Type"] = 'multipart/alternative; boundary="%s"' % boundary(fmt, rnd)
        hcte = cte
        if cte == "7bit" and not is_ascii(h):
            hcte = "qp"
        alt.attach(text_part(plain, "plain", cs, cte))
        alt.attach(text_part(h, "html", cs, hcte))
        top = alt
    elif fmt in ("gmail_html", "owa_html"):
        h = html_gmail(body, quote) if fmt == "gmail_html" else html_owa(body, quote)
        top = text_part(h, "html", "utf-8", cte)
    elif fmt == "thunderbird":
        top = text_part(plain, "plain", "utf-8", cte if cte != "qp" else "8bit", '; format="flowed"')
    elif fmt == "oe":
        top = text_part(plain, "plain", "windows-1258", "qp")
    else:  # iphone, text
        top = text_part(plain, "plain", "utf-8", cte)

    if m.get("attach"):
        mixed = Message()
        mixed["Content-Type"] = 'multipart/mixed; boundary="%s"' % boundary(
            "gmail" if fmt.startswith("gmail") else "other", rnd)
        mixed.attach(top)
        for ctype, fname in m["attach"]:
            a = Message()
            a["Content-Type"] = '%s; name="%s"' % (ctype, fname)
            a["Content-Disposition"] = 'attachment; filename="%s"' % fname
            a["Content-Transfer-Encoding"] = "base64"
            a.set_payload(base64.encodebytes(fake_file(ctype, fname, rnd)).decode("ascii"))
            mixed.attach(a)
        top = mixed
    return top


def fake_file(ctype, fname, rnd):
    if ctype == "application/pdf":
        txt = "BT /F1 11 Tf 60 780 Td (%s) Tj ET" % fname
        return (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            + b"4 0 obj << /Length %d >> stream\n" % len(txt) + txt.encode() + b"\nendstream endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n"
        )
    # a tiny (not necessarily decodable) JPEG-looking blob
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(
        rnd.getrandbits(8) for _ in range(300)) + b"\xff\xd9"


def build_special(m, rnd):
    """Automated mail: bounce / newsletter.  Returns the body Message."""
    kind = m["fmt"]
    if kind == "bounce":
        b = m["bounce"]
        rep = Message()
        rep["Content-Type"] = 'multipart/report; report-type="delivery-status";\n boundary="%s"' % boundary("other", rnd)
        n = text_part(b["notice"], "plain", "us-ascii", "7bit")
        n["Content-Description"] = "Notification"
        rep.attach(n)
        ds = Message()
        ds["Content-Description"] = "Delivery report"
        ds["Content-Type"] = "message/delivery-status"
        for block in b["status"].strip("\n").split("\n\n"):
            ds.attach(email.message_from_string(block + "\n"))
        rep.attach(ds)
        orig = Message()
        om = b["original"]
        orig["MIME-Version"] = "1.0"
        orig["From"] = hdr_addr(om["from_name"], om["from_addr"], enc="q")
        orig["To"] = om["to"]
        orig["Subject"] = hdr_text(om["subject"], enc="q")
        orig["Date"] = om["date"]
        orig["Message-ID"] = msgid("firm", rnd, om["from_addr"])
        orig["Content-Type"] = 'text/plain; charset="utf-8"'
        orig["Content-Transfer-Encoding"] = "quoted-printable"
        orig.set_payload(quopri.encodestring(om["body"].encode("utf-8")).decode("ascii"))
        wrap = Message()
        wrap["Content-Type"] = "message/rfc822"
        wrap["Content-Description"] = "Undelivered Message"
        wrap.attach(orig)
        rep.attach(wrap)
        return rep
    if kind == "qmail":
        # qmail-send style bounce: one text/plain part, original appended raw
        b = m["bounce"]
        om = b["original"]
        orig = Message()
        orig["Return-Path"] = "<%s>" % om["from_addr"]
        orig["Received"] = om["received"]
        orig["MIME-Version"] = "1.0"
        orig["From"] = hdr_addr(om["from_name"], om["from_addr"], enc="q")
        orig["To"] = om["to"]
        orig["Subject"] = hdr_text(om["subject"], enc="q")
        orig["Date"] = om["date"]
        orig["Message-ID"] = msgid("firm", rnd, om["from_addr"])
        orig["Content-Type"] = 'text/plain; charset="utf-8"'
        orig["Content-Transfer-Encoding"] = "quoted-printable"
        orig.set_payload(quopri.encodestring(om["body"].encode("utf-8")).decode("ascii"))
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=998).flatten(orig)
        text = b["notice"] + buf.getvalue().decode("ascii")
        return text_part(text, "plain", "us-ascii", "7bit")
    if kind == "newsletter":
        alt = Message()
        alt["Content-Type"] = 'multipart/alternative;\n boundary="%s"' % boundary("other", rnd)
        alt.attach(text_part(m["body"], "plain", "utf-8", "b64"))
        alt.attach(text_part(m["html"], "html", "utf-8", "b64"))
        return alt
    raise ValueError(kind)


def build(m):
    rnd = random.Random(3600 + m["n"])
    fmt = m["fmt"]
    hc = m.get("hcharset", "windows-1258" if fmt == "oe" else "utf-8")
    enc = m.get("henc", "b")

    if fmt in ("bounce", "newsletter", "qmail"):
        body = build_special(m, rnd)
    else:
        body = body_parts(m, rnd)

    msg = Message()
    if fmt in ("bounce", "qmail"):
        msg["Return-Path"] = "<>"
    msg["MIME-Version"] = "1.0"
    fn, fa = m["from"]
    msg["From"] = hdr_addr(fn, fa, hc, enc, style="comment" if fmt == "bounce" else None)
    to = m.get("to", "info")
    if isinstance(to, tuple):
        msg["To"] = hdr_addr(to[0], FIRM.get(to[1], to[1]), "utf-8", enc)
    else:
        msg["To"] = FIRM.get(to, to)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = hdr_text(m["subject"], hc, enc)
    msg["Date"] = m["date"]
    kind = m.get("idkind") or ID_KIND.get(fmt, "other")
    msg["Message-ID"] = msgid(kind, rnd, fa)
    if m.get("reply"):
        rid = msgid("firm", rnd, FIRM["info"])
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    for k, v in CLIENT_HEADERS.get(m.get("client", fmt), []):
        msg[k] = v
    for k, v in m.get("headers", []):
        msg[k] = v
    for k, v in body.items():
        msg[k] = v
    if body.is_multipart():
        for p in body.get_payload():
            msg.attach(p)
    else:
        msg.set_payload(body._payload)  # keep surrogate-escaped 8bit text as is

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=998).flatten(msg)
    return buf.getvalue()


def label(m):
    L = m["label"]
    auto = L.get("auto", False)
    out = {
        "automated": auto,
        "category": L["cat"],
        "language": L["lang"],
        "contact": {
            "name": None if auto else L.get("name"),
            "phone": None if auto else L.get("phone"),
            "email": None if auto else (L.get("email") or m["from"][1]).lower(),
            "address": None if auto else L.get("address"),
        },
    }
    if L.get("note"):
        out["note"] = L["note"]
    return out


def main():
    msgs = _M1 + _M2
    assert [m["n"] for m in msgs] == list(range(1, len(msgs) + 1)), "message numbering"
    labels = {}
    for m in msgs:
        name = "h36_%03d.eml" % m["n"]
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(build(m))
        labels[name] = label(m)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(msgs), OUT))


if __name__ == "__main__":
    main()
