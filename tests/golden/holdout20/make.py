#!/usr/bin/env python3
"""Generate holdout20: c001.eml ... c050.eml + labels.json (stdlib only).
Message data lives in msgs.py (sibling module)."""
import base64, hashlib, html, json, os, quopri, random, struct, sys, unicodedata, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS  # noqa: E402

CRLF = "\r\n"
TONES = "\u0300\u0301\u0303\u0309\u0323"


# ---------------------------------------------------------------- charsets
def to_1258(s):
    """Encode like old Vietnamese Windows keyboards: precomposed where cp1258 has it,
    otherwise base letter + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


def encode_text(s, cs):
    cs_l = cs.lower()
    if cs_l == "windows-1258":
        return to_1258(s)
    if cs_l == "iso-2022-jp":
        return s.encode("iso2022_jp")
    return s.encode({"utf-8": "utf-8", "us-ascii": "ascii"}.get(cs_l, cs_l))


# ---------------------------------------------------------------- headers
def ew(s, cs="UTF-8", mode="B"):
    """RFC 2047 encoded words (each <= 75 chars), folded with CRLF SP."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    pre = f"=?{cs}?{mode}?"

    def enc(chunk):
        b = encode_text(chunk, cs)
        if mode == "B":
            return base64.b64encode(b).decode()
        o = ""
        for x in b:
            c = chr(x)
            if c == " ":
                o += "_"
            elif c.isalnum() and x < 128:
                o += c
            elif c in "!*+-/" :
                o += c
            else:
                o += "=%02X" % x
        return o

    if cs.lower() == "iso-2022-jp":
        return pre + enc(s) + "?="
    for ch in s:
        if len(pre) + len(enc(cur + ch)) + 2 > 75:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return (CRLF + " ").join(words)


def subj(s, cs="UTF-8", mode="B"):
    for p in ("Re: ", "RE: ", "FW: ", "Fwd: ", "Automatic reply: "):
        if s.startswith(p) and any(ord(c) > 127 for c in s):
            return p + ew(s[len(p):], cs, mode)
    return ew(s, cs, mode)


def addr(name, email, cs="UTF-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in '.,()[]:;@"'):
            name = '"%s"' % name
        return f"{name} <{email}>"
    e = ew(name, cs, mode)
    sep = CRLF + " " if len(e) + len(email) > 60 else " "
    return f"{e}{sep}<{email}>"


# ---------------------------------------------------------------- bodies
def cte_encode(b, cte):
    if cte == "base64":
        return base64.encodebytes(b).decode().replace("\n", CRLF)
    if cte == "quoted-printable":
        q = quopri.encodestring(b.replace(b"\r\n", b"\n")).decode("ascii")
        return q.replace("\n", CRLF) + ("" if q.endswith("\n") else CRLF)
    t = b.decode("utf-8" if cte == "8bit" else "ascii")
    return t.replace("\r\n", "\n").replace("\n", CRLF) + ("" if t.endswith("\n") else CRLF)


def leaf(ctype, text=None, cs="utf-8", cte="7bit", data=None, cte_first=False, params="", extra=()):
    if data is None:
        data = encode_text(text, cs)
    if cte == "8bit" and cs.lower() not in ("utf-8",):
        # 8bit legacy charset: keep raw bytes
        body = data.replace(b"\n", b"\r\n").decode("latin-1")
        body += "" if body.endswith(CRLF) else CRLF
    else:
        body = cte_encode(data, cte)
    ct = f'{ctype}; charset="{cs}"{params}' if cs and ctype.startswith("text/") else ctype + params
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if cte_first:
        hs.reverse()
    return (hs + list(extra), body)


def multi(sub, parts, boundary, params="", fold=False):
    sep = ";" + CRLF + " " if fold else "; "
    ct = f'multipart/{sub}{params}{sep}boundary="{boundary}"'
    body = ""
    for hs, b in parts:
        body += f"--{boundary}{CRLF}" + "".join(f"{k}: {v}{CRLF}" for k, v in hs) + CRLF + b + CRLF
    body += f"--{boundary}--{CRLF}"
    return ([("Content-Type", ct)], body)


# ---------------------------------------------------------------- html flavours
E = lambda s: html.escape(s, quote=False)


def gmail_html(text, quote=None):
    def divs(t):
        return "\n".join("<div><br></div>" if not l.strip() else f"<div>{E(l)}</div>" for l in t.split("\n"))
    h = f'<div dir="ltr">{divs(text)}</div>'
    if quote:
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + E(quote["intro"]) +
              '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + divs(quote["text"]) +
              "</blockquote></div>")
    return h + "\n"


def outlook_html(text, quote=None):
    def ps(t):
        return "\n".join(f'<p class="MsoNormal">{E(l)}<o:p></o:p></p>' if l.strip() else
                         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for l in t.split("\n"))
    q = ""
    if quote:
        hdr = "<br>\n".join(
            (f"<b>{E(l.split(':', 1)[0])}:</b>{E(l.split(':', 1)[1])}" if ":" in l[:12] else E(l))
            for l in quote["intro"].split("\n") if l.strip() and not l.startswith("-----") and not l.startswith("____"))
        q = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
             f'<p class="MsoNormal">{hdr}<o:p></o:p></p>\n</div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
             + ps(quote["text"]) + "\n")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + ps(text) + "\n" + q + "</div>\n</body>\n</html>\n")


def owa_html(text, quote=None):
    lines = "<br>\n".join(E(l) for l in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
            f'font-size: 12pt; color: rgb(0, 0, 0);">\n{lines}\n</div>\n</body>\n</html>\n')


def yahoo_html(text, quote=None):
    d = "\n".join(f'<div dir="ltr" data-setdir="false">{E(l) if l.strip() else "<br>"}</div>' for l in text.split("\n"))
    return ('<html><head></head><body><div class="ydp3b7c0e21yahoo-style-wrap" style="font-family:Helvetica Neue, '
            f'Helvetica, Arial, sans-serif;font-size:13px;">{d}</div></body></html>\n')


def samsung_html(text, quote=None):
    d = "<br>".join(E(l) for l in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f'<body><div dir="auto">{d}</div></body></html>\n')


HTML = {"gmail": gmail_html, "outlook": outlook_html, "owa": owa_html, "yahoo": yahoo_html, "samsung": samsung_html}


def plain_with_quote(text, quote):
    if not quote:
        return text
    if quote.get("kind") == "gmail":
        ql = "\n".join(("> " + l) if l.strip() else ">" for l in quote["text"].split("\n"))
        return f"{text}\n\n{quote['intro']}\n\n{ql}\n"
    return f"{text}\n\n{quote['intro']}\n\n{quote['text']}\n"


# ---------------------------------------------------------------- attachments
def png_bytes(seed, w=96, h=64):
    r = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(200 + r.randrange(56) if (x // 8 + y // 6) % 3 else 40 + r.randrange(40)
                                   for x in range(w)) for y in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf_bytes(title):
    t = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 60 780 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)


def attachment(a, style, r):
    ctype, fname = a
    data = png_bytes(fname) if ctype == "image/png" else pdf_bytes(fname)
    extra = [("Content-Disposition", f'attachment; filename="{fname}"')]
    if style == "gmail":
        aid = "f_m%08x0" % r.getrandbits(32)
        extra += [("Content-ID", f"<{aid}>"), ("X-Attachment-Id", aid)]
    return leaf(ctype, cs=None, cte="base64", data=data, params=f'; name="{fname}"', extra=extra)


# ---------------------------------------------------------------- message ids / boundaries
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="


def gen_ids(style, r, domain):
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    HX = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    if style == "gmail":
        return ("CA" + "".join(r.choice(B64) for _ in range(44)) + "@mail.gmail.com", "0000000000" + hx(18))
    if style == "outlook":
        return (f"0000{hx(4)}01dc{hx(4)}${hx(8)}${hx(8)}@{domain}", f"_000_{HX(30)}_")
    if style == "owa":
        box = r.choice(["SEYP", "SG2P", "TYZP", "KL1P"]) + "R0%dMB%04d" % (r.randrange(1, 7), r.randrange(1000, 9999))
        return (f"{box}{HX(24)}@{box}.apcprd0{r.randrange(1, 7)}.prod.outlook.com", f"_000_{box}{HX(16)}_")
    if style == "yahoo":
        return (f"{r.randrange(10**8, 10**9)}.{r.randrange(10**6, 10**7)}.{r.randrange(10**12, 10**13)}@mail.yahoo.com",
                f"----=_Part_{r.randrange(10**5, 10**6)}_{r.randrange(10**8, 10**9)}.{r.randrange(10**12, 10**13)}")
    if style == "samsung":
        return (f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@email.android.com", f"--_com.samsung.android.email_{r.randrange(10**14, 10**15)}")
    if style in ("tbird", "plain"):
        return (f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{domain}", f"------------{HX(24)}")
    if style == "iphone":
        return (f"{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}@{domain}", f"Apple-Mail-{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}")
    if style == "oe":
        return (f"{hx(12)}${hx(8)}${hx(4)}a8c0@{r.choice(['PC', 'HOME-PC', 'MAYTINH'])}", f"----=_NextPart_000_00{HX(2)}_01DC{HX(4)}.{HX(8)}")
    return (f"{hx(16)}.{hx(8)}@{domain}", f"----=_NextPart_{HX(3)}_{HX(4)}_{HX(8)}")


# ---------------------------------------------------------------- build one message
def build(m, key):
    r = random.Random(hashlib.sha256(key.encode()).hexdigest())
    style = m["style"]
    name, email = m["frm"]
    domain = email.split("@")[1]
    hcs, hmode = m.get("hcs", ("UTF-8", "B"))
    msgid, bnd = gen_ids(style, r, m.get("iddomain", domain))
    msgid = m.get("msgid", msgid)
    text = m.get("text", "")
    quote = m.get("quote")
    cs = m.get("cs", "UTF-8" if style == "gmail" else "utf-8")
    cte = m.get("cte", "7bit" if all(ord(c) < 128 for c in plain_with_quote(text, quote)) else "quoted-printable")
    gm = style == "gmail"

    if style == "raw":                      # fully specified in msgs (bounce, bulk, ...)
        top, body = m["build"](dict(leaf=leaf, multi=multi, bnd=bnd, r=r, ew=ew, addr=addr, subj=subj,
                                    cte_encode=cte_encode, encode_text=encode_text, CRLF=CRLF))
    else:
        plain = plain_with_quote(text, quote)
        if m.get("html_only"):
            h = HTML[style](text, quote)
            top, body = leaf("text/html", h, cs, cte, cte_first=gm)
        elif style in ("tbird", "iphone", "oe", "plain"):
            params = '; format="flowed"' if style == "tbird" and m.get("flowed", True) else ""
            if style == "iphone":
                params = ""
            top, body = leaf("text/plain", plain, cs, cte, params=params)
        else:
            hf = HTML[style]
            top, body = multi("alternative", [leaf("text/plain", plain, cs, cte, cte_first=gm),
                                              leaf("text/html", hf(text, quote), cs, cte, cte_first=gm)],
                              bnd, fold=not gm)
        if m.get("attach"):
            parts = [(top, body)] + [attachment(a, style, r) for a in m["attach"]]
            top, body = multi("mixed", parts, ("0000000000" + bnd[-18:][::-1]) if gm else bnd[:-2] + "MX",
                              fold=not gm)

    H = list(m.get("pre_hdrs", []))
    H += [("MIME-Version", "1.0")] if style != "raw" or m.get("mime_first", True) else []
    H += [("From", m.get("from_raw") or addr(name, email, hcs, hmode))]
    to = m.get("to", "info@thinhtrigroup.com")
    if any(ord(c) > 127 for c in to):
        tn, ta = to.rsplit(" <", 1)
        to = addr(tn, ta.rstrip(">"))
    H += [("To", to)]
    if m.get("cc"):
        H += [("Cc", m["cc"])]
    H += [("Subject", subj(m["subj"], hcs, m.get("smode", hmode))), ("Date", m["date"]), ("Message-ID", f"<{msgid}>")]
    H += m.get("hdrs", [])
    mailer = {"outlook": ("X-Mailer", "Microsoft Outlook 16.0"), "tbird": ("User-Agent", "Mozilla Thunderbird"),
              "yahoo": ("X-Mailer", "WebService/1.1.25396 YMailNorrin")}.get(style)
    if mailer and not m.get("no_mailer"):
        H.append(mailer)
    if style == "raw" and not m.get("mime_first", True):
        H.append(("MIME-Version", "1.0"))
    H += top
    return "".join(f"{k}: {v}{CRLF}" for k, v in H) + CRLF + body


def label(m):
    L = m["label"]
    auto = L.get("auto", False)
    c = {"name": None, "phone": None, "email": None, "address": None}
    if not auto:
        c = {"name": L["name"], "phone": L.get("phone"), "email": (L.get("email") or m["frm"][1]).lower(),
             "address": L.get("addr")}
    out = {"category": L["cat"], "automated": auto, "language": L["lang"], "contact": c}
    if L.get("note"):
        out["note"] = L["note"]
    return out


def main():
    order = list(range(len(MSGS)))
    random.Random(2026).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        fn = "c%03d.eml" % n
        m = MSGS[i]
        data = build(m, m["key"])
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data.encode("utf-8" if m.get("cs", "utf-8").lower() == "utf-8" else "latin-1"))
        labels[fn] = label(m)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()
