#!/usr/bin/env python3
"""Generate h38_001.eml .. h38_050.eml and labels.json (stdlib only)."""
import base64, html, json, os, random, unicodedata, hashlib
from datetime import datetime
from email import charset as ch
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.generator import BytesGenerator
from email.policy import compat32
from email.utils import format_datetime
import io, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from msgs import MSGS
from msgs2 import MSGS2

OUT = os.path.dirname(os.path.abspath(__file__))
FIRM = "thinhtrigroup.com"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def to1258(t):
    """Decompose tone marks so the text is encodable in windows-1258."""
    out = []
    for c in t:
        d = unicodedata.normalize("NFD", c)
        tones = "".join(x for x in d if x in TONES)
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in TONES))
        out.append(base + tones)
    return "".join(out)


def cset(name, body_enc, head_enc=ch.BASE64):
    c = ch.Charset(name)
    c.body_encoding = body_enc
    c.header_encoding = head_enc
    return c


BODY_ENC = {"qp": ch.QP, "b64": ch.BASE64, "7bit": None, "8bit": None}


def text_part(text, subtype, cte, charset="utf-8"):
    if cte == "7bit" and all(ord(c) < 128 for c in text):
        p = MIMEText(text, subtype, "us-ascii" if charset == "us-ascii" else None)
        del p["Content-Type"]; del p["Content-Transfer-Encoding"]
        p["Content-Type"] = f'text/{subtype}; charset="{charset.upper() if charset=="utf-8" else charset}"'
        p["Content-Transfer-Encoding"] = "7bit"
        return p
    if cte == "7bit":
        cte = "8bit"
    c = cset(charset, BODY_ENC[cte])
    return MIMEText(text, subtype, c)


def hdr_text(s, mode, charset="utf-8", name="Subject"):
    if all(ord(c) < 128 for c in s):
        return s
    enc = ch.QP if mode == "q" else ch.BASE64
    if charset == "windows-1258":
        s = to1258(s)
    # keep a leading ASCII run (e.g. "Re: ", "Automatic reply: ") unencoded, like real clients
    first = next(i for i, c in enumerate(s) if ord(c) >= 128)
    cut = s.rfind(" ", 0, first) + 1
    h = Header(header_name=name)
    if cut:
        h.append(s[:cut].rstrip(" "), "us-ascii")
    h.append(s[cut:], cset(charset, None, enc))
    return h.encode(maxlinelen=76)


def addr(name, a, mode):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',."()'):
            return f'"{name}" <{a}>'
        return f"{name} <{a}>"
    return f"{hdr_text(name, mode, name='From')} <{a}>"


def esc(t):
    return html.escape(t, quote=False)


def html_gmail(body, quote=None):
    lines = body.split("\n")
    out = ['<div dir="ltr">'] + [f"<div>{esc(l) if l else '<br>'}</div>" for l in lines] + ["</div>"]
    h = "\n".join(out)
    if quote:
        attr, q = quote
        qh = "<br>\n".join(esc(l) for l in q.split("\n"))
        h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f"{esc(attr)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
              f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n{qh}\n</blockquote></div>")
    return h + "\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="VI" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(body, quote=None):
    ps = [f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in body.split("\n")]
    h = OUTLOOK_HEAD + "\n".join(ps) + "\n"
    if quote:
        attr, q = quote
        h += '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
        h += "".join(f'<p class="MsoNormal"><b>{esc(l.split(":",1)[0])}:</b>{esc(l.split(":",1)[1])}<o:p></o:p></p>\n' for l in attr.split("\n"))
        h += "</div>\n" + "\n".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in q.split("\n"))
    return h + "\n</div>\n</body>\n</html>\n"


def html_yahoo(body):
    divs = "\n".join(f'<div dir="ltr" data-setdir="false">{esc(l) if l else "<br>"}</div>' for l in body.split("\n"))
    return ('<html><head></head><body><div class="ydp3c1e7d2ayahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">' + divs + "</div></body></html>\n")


def html_plainish(body):
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body dir="ltr">\n<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            + "<br>\n".join(esc(l).replace("  ", "&nbsp; ") for l in body.split("\n")) + "\n</div>\n</body>\n</html>\n")


def fake_pdf(name):
    s = f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {name}\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return s.encode()


def attach_part(fname, mtype):
    maintype, sub = mtype.split("/")
    p = MIMEBase(maintype, sub, name=fname)
    p.set_payload(base64.encodebytes(fake_pdf(fname)).decode())
    p["Content-Transfer-Encoding"] = "base64"
    p.add_header("Content-Disposition", "attachment", filename=fname)
    return p


def msgid(i, m, style):
    h = hashlib.sha1(f"h38-{i}-{m['frm'][1]}".encode()).hexdigest()
    dom = m["frm"][1].split("@")[1]
    if style in ("gmail", "html") and dom in ("gmail.com",):
        return "<CA" + base64.urlsafe_b64encode(bytes.fromhex(h + h[:20])).decode().rstrip("=") + "@mail.gmail.com>"
    if style == "outlook" and dom == "outlook.com":
        return f"<SG2PR04MB{h[:4].upper()}{h[4:36].upper()}@SG2PR04MB{h[:4].upper()}.apcprd04.prod.outlook.com>"
    if style == "outlook":
        return f"<0000{h[:4]}01dcc{h[4:7]}${h[7:15]}${h[15:23]}@{dom}>"
    if style == "yahoo":
        return f"<{int(h[:8],16)}.{int(h[8:14],16)}.{int(h[14:26],16)}@mail.yahoo.com>"
    if style == "cp1258":
        return f"<{h[:6]}01dc{h[6:12]}${h[12:20]}$0201a8c0@PC>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"


def boundary(i, style):
    h = hashlib.md5(f"b{i}{style}".encode()).hexdigest()
    if style == "gmail":
        return "0000000000" + h[:18]
    if style == "outlook":
        return "_000_" + h[:30].upper() + "_"
    if style == "yahoo":
        return f"----=_Part_{int(h[:6],16)}_{int(h[6:14],16)}.{int(h[14:26],16)}"
    return f"----=_NextPart_{h[:3].upper()}_{h[3:7].upper()}_{h[7:15].upper()}"


def plain_with_quote(m):
    body = m.get("body", "")
    if m.get("quote"):
        attr, q = m["quote"]
        if m["style"] == "outlook":
            body += "\n\n________________________________\n" + attr + "\n\n" + q
        else:
            body += "\n\n" + attr + "\n\n" + "\n".join("> " + l if l else ">" for l in q.split("\n"))
    if m.get("fwd"):
        hb, fb = m["fwd"]
        body += "\n\n________________________________\n" + hb + "\n\n" + fb
    if m.get("footer"):
        body += "\n\n" + m["footer"]
    return body + "\n"


def build_bounce(i, m):
    b = m["bounce"]
    outer = MIMEMultipart("report", boundary=boundary(i, "bounce"))
    outer.set_param("report-type", "delivery-status")
    note = ("This is the mail system at host mail.thinhtrigroup.com.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{b['rcpt']}>: Host or domain name not found. Name service error for\n"
            f"    name={b['rcpt'].split('@')[1]} type=AAAA: Host not found\n")
    p1 = text_part(note, "plain", "7bit", "us-ascii")
    p1["Content-Description"] = "Notification"
    outer.attach(p1)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message(); b1["Reporting-MTA"] = "dns; mail.thinhtrigroup.com"
    b1["X-Postfix-Queue-ID"] = b["queue"]; b1["X-Postfix-Sender"] = "rfc822; support@thinhtrigroup.com"
    b1["Arrival-Date"] = "Wed,  8 Apr 2026 10:31:04 +0700 (+07)"
    b2 = Message(); b2["Final-Recipient"] = "rfc822; " + b["rcpt"]
    b2["Original-Recipient"] = "rfc822;" + b["rcpt"]; b2["Action"] = "failed"; b2["Status"] = "5.4.4"
    b2["Diagnostic-Code"] = f"X-Postfix; Host or domain name not found. Name service error for name={b['rcpt'].split('@')[1]} type=AAAA: Host not found"
    ds.set_payload([b1, b2])
    outer.attach(ds)
    orig = text_part(b["orig_body"] + "\n", "plain", "qp")
    orig["From"] = addr("Thịnh Trí Group", "support@" + FIRM, "q")
    orig["To"] = b["rcpt"]
    orig["Subject"] = hdr_text(b["orig_subj"], "q")
    orig["Date"] = "Wed, 08 Apr 2026 10:31:02 +0700"
    orig["Message-ID"] = "<5e2b7a90-13cd-4f6e-a8b1-77d0c9e3f214@thinhtrigroup.com>"
    mm = MIMEMessage(orig)
    mm["Content-Description"] = "Undelivered Message"
    outer.attach(mm)
    return outer


def build(i, m):
    style, cte = m["style"], m["cte"]
    plain = plain_with_quote(m)
    charset = "windows-1258" if style == "cp1258" else "utf-8"
    if style == "bounce":
        msg = build_bounce(i, m)
    elif style in ("plain", "iphone", "thunderbird", "cp1258"):
        txt = to1258(plain) if style == "cp1258" else plain
        msg = text_part(txt, "plain", cte, charset)
        if style == "thunderbird":
            msg.set_param("format", "flowed")
    elif style == "html":
        h = html_plainish(plain.rstrip("\n"))
        msg = text_part(h, "html", cte)
    else:
        if style == "gmail":
            h = html_gmail(m["body"] + (("\n\n" + m["footer"]) if m.get("footer") else ""), m.get("quote"))
            if m.get("fwd"):
                h = html_gmail(plain.rstrip("\n"))
        elif style in ("outlook",):
            extra = m.get("quote")
            b = m["body"]
            if m.get("fwd"):
                b = plain.rstrip("\n")
            h = html_outlook(b, extra)
        elif style == "yahoo":
            h = html_yahoo(m["body"])
        else:  # newsletter
            h = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Arial,sans-serif;">\n'
                 '<div style="max-width:600px;margin:0 auto;">\n'
                 + "\n".join(f"<p>{esc(l)}</p>" for l in m["body"].split("\n") if l) + "\n</div></body></html>\n")
        alt = MIMEMultipart("alternative", boundary=boundary(i, style if style != "newsletter" else "nl"))
        alt.attach(text_part(plain, "plain", cte))
        alt.attach(text_part(h, "html", cte))
        msg = alt
    if m.get("attach"):
        mixed = MIMEMultipart("mixed", boundary=boundary(i, "mixed"))
        mixed.attach(msg)
        mixed.attach(attach_part(*m["attach"]))
        msg = mixed

    # headers (put MIME-Version first like real clients)
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    mode = "q" if i % 2 else "b"
    tz = m.get("tz", "+0700")
    dt = datetime.strptime(m["d"] + " " + tz, "%Y-%m-%d %H:%M:%S %z" if m["d"].count(":") == 2 else "%Y-%m-%d %H:%M %z")
    name, a = m["frm"]
    msg["MIME-Version"] = "1.0"
    if style == "bounce":
        msg["Return-Path"] = "<>"
        msg["From"] = f"{a} ({name})"
    elif style == "cp1258":
        msg["From"] = f"{hdr_text(name, 'q', 'windows-1258', 'From')} <{a}>"
    else:
        msg["From"] = addr(name, a, mode)
    to = m["to"] + "@" + FIRM
    msg["To"] = to if i % 7 else f"{hdr_text('Thịnh Trí Group', 'b')} <{to}>"
    if style == "cp1258":
        msg["Subject"] = hdr_text(m["subj"], "b", "windows-1258")
    else:
        msg["Subject"] = hdr_text(m["subj"], "b" if i % 3 else "q")
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(i, m, style)
    for k, v in (m.get("hdr") or {}).items():
        msg[k] = v
    if style == "bounce":
        msg["Auto-Submitted"] = "auto-replied"
    if style == "outlook" and "X-Mailer" not in (m.get("hdr") or {}):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    if style == "yahoo":
        msg["X-Mailer"] = "WebService/1.1.25126 YMailNorrin"
    if style == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    if style == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22E252)"
    for k, v in body_headers:
        if k.lower() != "mime-version":
            msg[k] = v
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
    return msg


def main():
    allm = MSGS + MSGS2
    assert len(allm) == 50, len(allm)
    labels = {}
    for i, m in enumerate(allm, 1):
        fn = f"h38_{i:03d}.eml"
        msg = build(i, m)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n")).flatten(msg)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(buf.getvalue())
        L = m["lab"]
        auto = bool(L.get("auto"))
        ent = {
            "automated": auto,
            "category": L["cat"],
            "contact": {
                "address": None if auto else L.get("address"),
                "email": None if auto else L.get("email"),
                "name": None if auto else L.get("name"),
                "phone": None if auto else L.get("phone"),
            },
            "language": L["lang"],
        }
        if L.get("note"):
            ent["note"] = L["note"]
        labels[fn] = ent
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()
