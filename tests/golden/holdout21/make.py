#!/usr/bin/env python3
"""Generate e001.eml ... e050.eml and labels.json from msgs.py (stdlib only)."""
import base64, hashlib, html, json, os, quopri, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from msgs import MESSAGES  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))
TONES = {0x300, 0x301, 0x303, 0x309, 0x323}


def h(seed, n, alpha="0123456789abcdef"):
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alpha[b % len(alpha)] for b in d)
        i += 1
    return out[:n]


def to_1258(s):
    """Encode NFC text as windows-1258 the way legacy Windows does (base letter + combining tone)."""
    out = b""
    for c in unicodedata.normalize("NFC", s):
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(x for x in d if ord(x) not in TONES))
        out += base.encode("cp1258") + "".join(x for x in d if ord(x) in TONES).encode("cp1258")
    return out


def enc_bytes(s, cs):
    return to_1258(s) if cs.lower() == "windows-1258" else s.encode(cs)


def ew(s, cs="UTF-8", mode="B", first=0):
    """RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    pre, suf = f"=?{cs}?{mode}?", "?="
    words, cur = [], ""

    def enc(t):
        b = enc_bytes(t, cs)
        if mode == "B":
            return base64.b64encode(b).decode()
        r = ""
        for x in b:
            ch = chr(x)
            r += "_" if ch == " " else (ch if ch.isalnum() and x < 128 or ch in "!*+-/" else "=%02X" % x)
        return r

    for c in s:
        if len(pre + enc(cur + c) + suf) > 75 - (first if not words else 0):
            words.append(pre + enc(cur) + suf)
            cur = c
        else:
            cur += c
    words.append(pre + enc(cur) + suf)
    return "\r\n ".join(words)


def addr(name, a, cs="UTF-8", mode="B"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        n = f'"{name}"' if any(ch in name for ch in ",.()'") and "'" not in name else name
        return f"{n} <{a}>"
    e = ew(name, cs, mode, first=6)
    last = e.split("\r\n ")[-1]
    return f"{e}\r\n <{a}>" if len(last) + len(a) + 3 > 76 else f"{e} <{a}>"


def body_enc(text, cs, cte):
    b = enc_bytes(text, cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b


def pick_cte(text, m, default="quoted-printable"):
    if m.get("cte"):
        return m["cte"]
    return "7bit" if all(ord(c) < 128 for c in text) else default


def leaf(ctype, text, cs="UTF-8", cte=None, extra="", order_cte_first=False):
    cte = cte or ("7bit" if all(ord(c) < 128 for c in text) else "quoted-printable")
    ct = f'Content-Type: {ctype}; charset="{cs}"{extra}'
    te = f"Content-Transfer-Encoding: {cte}"
    hdr = (te + "\n" + ct) if order_cte_first else (ct + "\n" + te)
    return hdr.encode() + b"\n\n" + body_enc(text, cs, cte).rstrip(b"\n") + b"\n"


def multipart(sub, boundary, parts, extra=""):
    head = f'Content-Type: multipart/{sub};{extra}\n boundary="{boundary}"\n\n'.encode()
    if len(f'Content-Type: multipart/{sub}; boundary="{boundary}"') <= 76 and not extra:
        head = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'.encode()
    out = head
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode()


def full_plain(m):
    t = m["body"].strip("\n") + "\n"
    q = m.get("quote")
    if q:
        t += "\n" + q["intro"] + "\n\n" + "\n".join((">" + (" " + l if l else "")) for l in q["text"].strip("\n").split("\n")) + "\n"
    return t


def esc(line, nbsp=False):
    s = html.escape(line, quote=False)
    return s.replace(" ", "&nbsp;") if nbsp else s


def html_gmail(m):
    lines = m["body"].strip("\n").split("\n")
    body = "<div dir=\"ltr\">" + "\n".join(f"<div>{esc(l)}</div>" if l else "<div><br></div>" for l in lines) + "</div>"
    q = m.get("quote")
    if q:
        qt = "<br>\n".join(esc(l) for l in q["text"].strip("\n").split("\n"))
        body += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 f'{esc(q["intro"])}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 f'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{qt}\n</blockquote></div>')
    return body + "\n"


def html_outlook(m):
    ps = []
    for l in full_plain(m).rstrip("\n").split("\n"):
        ps.append(f'<p class="MsoNormal">{esc(l)}<o:p></o:p></p>' if l else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="VI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(ps) + "\n</div>\n</body>\n</html>\n")


def html_owa(m):
    lines = full_plain(m).rstrip("\n").split("\n")
    inner = "<br>\n".join(esc(l, nbsp=m.get("nbsp", False) and len(l) < 50 and any(ch.isdigit() for ch in l)) for l in lines)
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);">\n' + inner + "\n</div>\n</body>\n</html>\n")


def html_yahoo(m):
    lines = full_plain(m).rstrip("\n").split("\n")
    d = "\n".join(f'<div dir="ltr" data-setdir="false">{esc(l) if l else "<br>"}</div>' for l in lines)
    return ('<html><head></head><body><div class="ydp3c1e9a7byahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + d + "</div></body></html>\n")


def html_plainwrap(m):
    lines = full_plain(m).rstrip("\n").split("\n")
    br = '<br data-mce-bogus="1">'
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join(f"<div>{esc(l) if l else br}</div>" for l in lines) + "</div></body></html>\n")


def msgid(m):
    s, st = m["id"], m["style"]
    dom = m["frm"][1].split("@")[1]
    if st == "gmail":
        return f"<CA{h(s, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')}@mail.gmail.com>"
    if st == "outlook":
        return f"<0000{h(s, 2)}01dc{h(s + 'a', 4)}${h(s + 'b', 8)}${h(s + 'c', 8)}@{dom}>"
    if st == "owa":
        up = "0123456789ABCDEF"
        box = m.get("owa_box", "SG2PR06MB")
        return f"<{box}{h(s, 4, '0123456789')}{h(s + 'x', 32, up)}@{box}{h(s, 4, '0123456789')}.apcprd0{h(s, 1, '123456')}.prod.outlook.com>"
    if st == "yahoo":
        return f"<{h(s, 10, '0123456789')}.{h(s + 'y', 7, '0123456789')}.{h(s + 'z', 13, '0123456789')}@mail.yahoo.com>"
    if st == "iphone":
        up = "0123456789ABCDEF"
        return f"<{h(s, 8, up)}-{h(s + 'a', 4, up)}-{h(s + 'b', 4, up)}-{h(s + 'c', 4, up)}-{h(s + 'd', 12, up)}@{m.get('mid_dom', 'icloud.com')}>"
    if st == "oe1258":
        return f"<{h(s, 4)}01dc{h(s + 'a', 6)}${h(s + 'b', 8)}${h(s + 'c', 8)}@{m.get('pc', 'USER-PC')}>"
    return f"<{h(s, 8)}-{h(s + 'a', 4)}-{h(s + 'b', 4)}-{h(s + 'c', 4)}-{h(s + 'd', 12)}@{dom}>"


def build(m):
    st = m["style"]
    hcs, hmode = ("windows-1258", "Q") if st == "oe1258" else ("UTF-8", m.get("hmode", "B"))
    name, a = m["frm"]
    hdrs = [] if m.get("no_mime_first") else ["MIME-Version: 1.0"]
    hdrs += m.get("pre_headers", [])
    hdrs.append("From: " + (m["from_raw"] if m.get("from_raw") else addr(name, a, hcs, hmode)))
    hdrs.append("To: " + m.get("to", "info@thinhtrigroup.com"))
    hdrs.append("Subject: " + ew(m["subject"], hcs, "B" if st == "oe1258" else m.get("smode", hmode), first=9))
    hdrs.append("Date: " + m["date"])
    hdrs.append("Message-ID: " + m.get("message_id", msgid(m)))
    if m.get("reply_to_id"):
        hdrs += [f"In-Reply-To: {m['reply_to_id']}", f"References: {m['reply_to_id']}"]
    mailer = {"outlook": "X-Mailer: Microsoft Outlook 16.0", "yahoo": "X-Mailer: WebService/1.1.25001 YMailNorrin",
              "iphone": f"X-Mailer: iPhone Mail ({m.get('ios', '22D82')})", "tbird": "User-Agent: Mozilla Thunderbird",
              "zimbra": "X-Mailer: Zimbra 10.0.8_GA_4585 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4585)"}.get(st)
    if st == "oe1258":
        hdrs += ["X-Priority: 3", "X-MSMail-Priority: Normal", "X-Mailer: Microsoft Outlook Express 6.00.2900.5931",
                 "X-MimeOLE: Produced By Microsoft MimeOLE V6.00.2900.6157"]
    elif mailer:
        hdrs.append(mailer)
    hdrs += m.get("headers", [])
    if "raw_body" in m:  # fully custom MIME body (bounces, bulk mail ...)
        body = m["raw_body"](m, sys.modules[__name__])
    else:
        plain = full_plain(m)
        b0 = h(m["id"], 18)
        if st == "gmail":
            cte = pick_cte(plain, m)
            alt = multipart("alternative", "0000000000" + b0, [
                leaf("text/plain", plain, cte=cte, order_cte_first=True),
                leaf("text/html", html_gmail(m), cte=cte if cte != "7bit" else pick_cte(html_gmail(m), m), order_cte_first=True)])
            if m.get("attach"):
                fn, ctype, data = m["attach"]
                att = (f'Content-Type: {ctype}; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                       f"Content-Transfer-Encoding: base64\nX-Attachment-Id: f_{h(m['id'], 9)}\n"
                       f"Content-ID: <f_{h(m['id'], 9)}>\n\n").encode() + base64.encodebytes(data)
                body = multipart("mixed", "0000000000" + h(m["id"] + "m", 18), [alt, att])
            else:
                body = alt
        elif st in ("outlook", "owa", "yahoo", "zimbra"):
            hf = {"outlook": html_outlook, "owa": html_owa, "yahoo": html_yahoo, "zimbra": html_plainwrap}[st](m)
            cte = m.get("cte", "quoted-printable")
            bnd = {"outlook": f"_000_{h(m['id'], 30).upper()}_", "owa": f"_000_{h(m['id'], 30).upper()}_",
                   "yahoo": f"----=_Part_{h(m['id'] + 'p', 6, '0123456789')}_{h(m['id'] + 'q', 9, '0123456789')}.{h(m['id'] + 'r', 13, '0123456789')}",
                   "zimbra": f"=_{h(m['id'], 8)}-{h(m['id'] + 'q', 4)}-{h(m['id'] + 'r', 4)}-{h(m['id'] + 's', 12)}"}[st]
            if m.get("html_only"):
                body = leaf("text/html", hf, cte=cte)
            else:
                body = multipart("alternative", bnd, [leaf("text/plain", plain, cs="utf-8", cte=cte),
                                                      leaf("text/html", hf, cs="utf-8", cte=cte)])
        elif st == "iphone":
            body = leaf("text/plain", plain, cs="utf-8", cte=pick_cte(plain, m))
        elif st == "tbird":
            cs = m.get("charset", "utf-8")
            body = leaf("text/plain", plain, cs=cs, cte=m.get("cte", "8bit"), extra='; format="flowed"', order_cte_first=True)
        elif st == "oe1258":
            body = leaf("text/plain", plain, cs="windows-1258", cte="quoted-printable")
        else:
            raise ValueError(st)
    raw = "\n".join(hdrs).encode() + b"\n" + body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def main():
    labels = {}
    assert len(MESSAGES) == 50, len(MESSAGES)
    for m in MESSAGES:
        fn = m["id"] + ".eml"
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(build(m))
        L = m["label"]
        auto = L.get("auto", False)
        lab = {"automated": auto, "category": L["cat"],
               "contact": {k: (None if auto else L.get(k)) for k in ("address", "email", "name", "phone")},
               "language": L["lang"]}
        if L.get("note"):
            lab["note"] = L["note"]
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(labels)} messages to {OUT}")


if __name__ == "__main__":
    main()
