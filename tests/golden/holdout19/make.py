#!/usr/bin/env python3
"""Generate the holdout19 mail set (b001.eml .. b050.eml + labels.json).

Stdlib only.  Message content lives in the sibling module msgs.py; this file
only knows how to turn a message spec into a raw RFC 5322 message the way a
given mail client would have produced it.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import msgs  # noqa: E402

CRLF = "\r\n"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# ---------------------------------------------------------------- charsets
def to_cp1258(text):
    """Encode like old Windows/Outlook Express: precomposed where windows-1258
    has the character, otherwise base letter + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(m for m in d[1:] if m not in TONES)
        tones = "".join(m for m in d[1:] if m in TONES)
        out += unicodedata.normalize("NFC", base).encode("cp1258")
        out += tones.encode("cp1258")
    return bytes(out)


def encode_text(text, charset):
    cs = charset.lower()
    if cs == "windows-1258":
        return to_cp1258(text)
    if cs in ("utf-8",):
        return text.encode("utf-8")
    return text.encode(cs)


# ---------------------------------------------------------------- headers
def _q_word(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/" :
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(s, charset="UTF-8", enc="B", first=0):
    """RFC 2047 encode s if needed, folding into several encoded words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    chunks, cur = [], ""
    limit = 36 if enc == "B" else 42
    for ch in s:
        trial = cur + ch
        b = encode_text(trial, charset)
        size = len(b) if enc == "B" else len(_q_word(b))
        if size > limit and cur:
            chunks.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        b = encode_text(c, charset)
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            words.append("=?%s?Q?%s?=" % (charset, _q_word(b)))
    return (CRLF + " ").join(words)


def addr(name, email, charset="UTF-8", enc="B", quote=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        if quote or any(c in name for c in ",.;:()<>@\"[]"):
            n = '"%s"' % name.replace('"', '\\"')
        else:
            n = name
    except UnicodeEncodeError:
        n = ew(name, charset, enc)
    if len(n) + len(email) > 70 or "\n" in n:
        return "%s%s <%s>" % (n, CRLF, email) if "\n" not in n else "%s%s <%s>" % (n, CRLF, email)
    return "%s <%s>" % (n, email)


# ---------------------------------------------------------------- bodies
def body_lines(text):
    return text.replace("\r\n", "\n").split("\n")


def encode_body(text, charset, cte):
    """Return (cte header value, encoded body with CRLF)."""
    if isinstance(text, bytes):
        raw = text
    else:
        text = text.replace("\r\n", "\n")
        raw = encode_text(text, charset)
    if cte in ("7bit", "8bit"):
        return cte, raw.decode("utf-8" if charset.lower() == "utf-8" else "latin-1").replace("\n", CRLF)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False).decode("ascii")
        return cte, enc.replace("\n", CRLF)
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
        return cte, enc.replace("\n", CRLF)
    raise ValueError(cte)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", order="ct-first",
         extra=None, ct_params=""):
    cte_v, body = encode_body(text, charset, cte)
    ct = 'Content-Type: %s; charset="%s"%s' % (ctype, charset, ct_params)
    ce = "Content-Transfer-Encoding: %s" % cte_v
    hdr = [ct, ce] if order == "ct-first" else [ce, ct]
    if extra:
        hdr += extra
    return CRLF.join(hdr) + CRLF + CRLF + body


def multipart(subtype, boundary, parts, preamble=None, params=""):
    head = 'Content-Type: multipart/%s;%sboundary="%s"%s' % (
        subtype, CRLF + " " if len(boundary) > 30 else " ", boundary, params)
    out = []
    if preamble:
        out.append(preamble + CRLF)
    for p in parts:
        out.append("--" + boundary + CRLF + p + CRLF)
    out.append("--" + boundary + "--" + CRLF)
    return head, CRLF.join(out) if False else "".join(x if x.endswith(CRLF) else x + CRLF for x in out)


def attachment(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii").replace("\n", CRLF)
    return ('Content-Type: %s; name="%s"%s'
            'Content-Disposition: attachment; filename="%s"%s'
            'Content-Transfer-Encoding: base64%s%s%s' % (
                ctype, filename, CRLF, filename, CRLF, CRLF, CRLF, b))


# ---------------------------------------------------------------- fake files
def fake_pdf(title):
    body = ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n"
            "4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n")
    stream = "BT /F1 14 Tf 72 770 Td (%s) Tj ET" % title
    body += "5 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (len(stream), stream)
    body += "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return body.encode("latin-1")


def fake_jpeg(seed):
    r = random.Random(seed)
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return head + bytes(r.randrange(256) for _ in range(900)) + b"\xff\xd9"


def fake_zip(seed, inner="xl/workbook.xml"):
    r = random.Random(seed)
    return (b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(r.randrange(256) for _ in range(18))
            + inner.encode() + bytes(r.randrange(256) for _ in range(700)))


def make_attachment(spec, key):
    kind, fn = spec.split(":", 1)
    if kind == "pdf":
        return (fn, "application/pdf", fake_pdf(fn.rsplit(".", 1)[0]))
    if kind == "jpg":
        return (fn, "image/jpeg", fake_jpeg(key))
    if kind == "xlsx":
        return (fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                fake_zip(key, "xl/workbook.xml"))
    if kind == "docx":
        return (fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                fake_zip(key, "word/document.xml"))
    raise ValueError(spec)


# ---------------------------------------------------------------- ids
class Ids:
    def __init__(self, key):
        self.r = random.Random(hashlib.sha256(key.encode()).hexdigest())

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def b64ish(self, n):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
        return "".join(self.r.choice(a) for _ in range(n))

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        return "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def num(self, lo, hi):
        return self.r.randint(lo, hi)


def msgid(style, ids, domain):
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % ids.b64ish(44)
    if style == "outlook":
        return "<0000%s$%s$%s@%s>" % (ids.hex(10), ids.hex(8), ids.hex(8), domain)
    if style == "outlookweb":
        srv = ids.r.choice(["SG2PR06MB", "SEYP03MB", "KL1PR0401MB", "TYZPR04MB"])
        n = ids.num(1000, 9999)
        return "<%s%d%s@%s%d.apcprd0%d.prod.outlook.com>" % (
            srv, n, ids.hex(28, True), srv, n, ids.num(1, 6))
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (ids.num(10**8, 10**9), ids.num(10**6, 10**7),
                                              ids.num(10**12, 10**13))
    if style == "iphone":
        return "<%s@%s>" % (ids.uuid(True), domain)
    if style == "oe":
        return "<%s$%s$%s@%s>" % (ids.hex(12), ids.hex(8), ids.hex(8), domain)
    return "<%s@%s>" % (ids.uuid(), domain)


def boundary(style, ids):
    if style == "gmail":
        return "0000000000" + ids.hex(18)
    if style in ("outlook", "outlookweb"):
        return "_000_%s_" % ids.hex(30, True)
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (ids.num(100000, 999999), ids.num(10**8, 10**9),
                                        ids.num(10**12, 10**13))
    if style in ("apple", "iphone"):
        return "Apple-Mail=_%s" % ids.uuid(True)
    return "----=_NextPart_%s_%s_%s" % (ids.hex(3, True), ids.hex(4, True), ids.hex(8, True))


# ---------------------------------------------------------------- html renderers
def esc(s):
    return html.escape(s, quote=False)


def esc_nbsp(s):
    return esc(s)


def html_gmail(lines, quote=None):
    out = ['<div dir="ltr">']
    inner = []
    for ln in lines:
        inner.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
    out.append("\n".join(inner))
    out.append("</div>")
    s = out[0] + out[1] + out[2]
    if quote:
        ql = body_lines(quote["text"])
        s += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" '
              'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">\n%s\n</blockquote></div>' % (
                  esc(quote["attr"]), "<br>\n".join(esc(x) for x in ql)))
    return s + "\n"


WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
    '--></style>\n</head>\n')


def html_outlook(lines, quote=None, lang="EN-US"):
    ps = []
    for ln in lines:
        if ln.strip():
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
        else:
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if quote:
        ps.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
        for h in quote["head"]:
            k, _, v = h.partition(": ")
            ps.append('<p class="MsoNormal"><b>%s:</b> %s<o:p></o:p></p>' % (esc(k), esc(v)))
        ps.append("</div>")
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for ln in body_lines(quote["text"]):
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln) if ln.strip()
                      else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (WORD_HEAD + '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, "\n".join(ps)))


def html_outlookweb(lines, quote=None):
    body = []
    for ln in lines:
        body.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
    s = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
         '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
         'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n' % "\n".join(body))
    if quote:
        s += '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
        s += "<br>\n".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, _, v in
                           (h.partition(": ") for h in quote["head"]))
        s += "</div>\n<div>\n%s\n</div>\n" % "<br>\n".join(esc(x) for x in body_lines(quote["text"]))
    return s + "</body>\n</html>\n"


def html_yahoo(lines, ids):
    cls = "ydp%syahoo-style-wrap" % ids.hex(8)
    divs = []
    for ln in lines:
        divs.append('<div dir="ltr" data-setdir="false">%s</div>' % (esc(ln) if ln.strip() else "<br>"))
    return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">%s</div></body></html>' % (cls, "\n".join(divs)))


def html_apple(lines):
    out = []
    for ln in lines:
        out.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s</body></html>' % "".join(out))


# ---------------------------------------------------------------- plain quoting
def plain_with_quote(text, quote):
    if not quote:
        return text
    kind = quote["kind"]
    qlines = body_lines(quote["text"])
    if kind in ("gmail", "thunderbird", "iphone"):
        q = "\n".join(("> " + x) if x else ">" for x in qlines)
        return text.rstrip("\n") + "\n\n" + quote["attr"] + "\n\n" + q + "\n"
    if kind in ("outlook", "outlookweb"):
        sep = "________________________________" if kind == "outlookweb" else ""
        head = "\n".join(quote["head"])
        block = (sep + "\n" if sep else "\n") + head + "\n\n" + quote["text"]
        return text.rstrip("\n") + "\n\n" + block.rstrip("\n") + "\n"
    raise ValueError(kind)


# ---------------------------------------------------------------- message builder
def build(m):
    """m: dict from msgs.MESSAGES. Returns raw message text with CRLF."""
    ids = Ids(m["file"])
    style = m["style"]
    fname, femail = m["frm"]
    domain = m.get("msgid_domain") or femail.split("@")[1]
    hcs = m.get("header_charset", "UTF-8")
    henc = m.get("header_enc", "B")
    hdrs = []
    if m.get("pre_headers"):
        hdrs += m["pre_headers"]
    order = m.get("header_order", "std")
    frm = "From: " + addr(fname, femail, hcs, henc)
    to = "To: " + m.get("to", "info@thinhtrigroup.com")
    subj = "Subject: " + m["subject_raw"] if m.get("subject_raw") else "Subject: " + subject_value(m, hcs, henc)
    date = "Date: " + m["date"]
    mid = "Message-ID: " + (m.get("message_id") or msgid(style, ids, domain))
    std = ["MIME-Version: 1.0", frm, to]
    if m.get("cc"):
        std.append("Cc: " + m["cc"])
    std += [subj, date, mid]
    if m.get("in_reply_to"):
        std.append("In-Reply-To: " + m["in_reply_to"])
        std.append("References: " + m.get("references", m["in_reply_to"]))
    hdrs += std
    ua = {"outlook": "X-Mailer: Microsoft Outlook 16.0",
          "yahoo": "X-Mailer: WebService/1.1.25113 YMailNorrin",
          "thunderbird": "User-Agent: Mozilla Thunderbird",
          "iphone": "X-Mailer: iPhone Mail (22E240)"}.get(style)
    if m.get("mailer"):
        ua = m["mailer"]
    if ua:
        hdrs.append(ua)
    hdrs += m.get("extra_headers", [])

    text = m["text"]
    quote = m.get("quote")
    plain = plain_with_quote(text, quote)
    lines = body_lines(text.rstrip("\n"))
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    html_cte = m.get("html_cte", cte)
    fmt = m.get("format", "alt")  # alt | plain | html

    def mk_html():
        if m.get("html"):
            return m["html"]
        if style == "gmail":
            return html_gmail(lines, quote)
        if style == "outlook":
            return html_outlook(lines, quote, m.get("html_lang", "EN-US"))
        if style == "outlookweb":
            return html_outlookweb(lines, quote)
        if style == "yahoo":
            return html_yahoo(lines, ids)
        if style in ("iphone", "apple"):
            return html_apple(lines)
        return html_gmail(lines, quote)

    gm_order = "cte-first" if style == "gmail" else "ct-first"
    ct_params = m.get("ct_params", "")
    if fmt == "plain":
        cte_v, body = encode_body(plain, cs, cte)
        ct = 'Content-Type: text/plain; charset="%s"%s' % (m.get("charset_label", cs), ct_params)
        ce = "Content-Transfer-Encoding: " + cte_v
        content_hdrs = [ce, ct] if m.get("cte_first") else [ct, ce]
        main_body = body
    elif fmt == "html":
        cte_v, body = encode_body(mk_html(), cs, html_cte)
        ct = 'Content-Type: text/html; charset="%s"' % cs
        ce = "Content-Transfer-Encoding: " + cte_v
        content_hdrs = [ce, ct] if m.get("cte_first") else [ct, ce]
        main_body = body
    else:
        bnd = boundary(style, ids)
        p1 = leaf("text/plain", plain, cs, cte, gm_order)
        p2 = leaf("text/html", mk_html(), cs, html_cte, gm_order)
        head, body = multipart("alternative", bnd, [p1, p2])
        content_hdrs = [head]
        main_body = body
    atts = m.get("attachments")
    if isinstance(atts, str):
        atts = [atts]
    if atts:
        m = dict(m)
        m["attachments"] = [make_attachment(a, m["file"]) if isinstance(a, str) else a for a in atts]
    if m.get("attachments"):
        inner = CRLF.join(content_hdrs) + CRLF + CRLF + main_body
        parts = [inner]
        for (fn, ctype, data) in m["attachments"]:
            parts.append(attachment(fn, ctype, data))
        bnd2 = boundary(style, Ids(m["file"] + "mixed"))
        head, body = multipart("mixed", bnd2, parts)
        content_hdrs = [head]
        main_body = body
    return CRLF.join(hdrs + content_hdrs) + CRLF + CRLF + main_body


def subject_value(m, hcs, henc):
    s = m["subject"]
    prefix = m.get("subject_prefix", "")
    if prefix:
        try:
            prefix.encode("ascii")
            return prefix + ew(s, hcs, henc)
        except UnicodeEncodeError:
            return ew(prefix + s, hcs, henc)
    return ew(s, hcs, henc)


def main():
    labels = {}
    files = []
    for m in msgs.MESSAGES:
        if "raw" in m:
            raw = m["raw"](sys.modules[__name__])
        else:
            raw = build(m)
        name = m["file"] + ".eml"
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw.encode("utf-8") if isinstance(raw, str) else raw)
        files.append(name)
        lab = dict(m["label"])
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(files))


if __name__ == "__main__":
    main()
