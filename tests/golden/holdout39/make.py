#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate h39_001.eml .. h39_050.eml and labels.json (stdlib only)."""
import hashlib
import html
import json
import os
import quopri
import re
import sys
import unicodedata
from email import policy
from email.charset import Charset, QP
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import msgs  # noqa: E402
import msgs2  # noqa: E402

FIRM = "thinhtrigroup.com"
OUT_POLICY = policy.default.clone(linesep="\n")
CATS = {"service_request", "access_request", "correction_request", "deletion_request", "complaint", "unknown"}

FAKE_PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
            b"<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
FAKE_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + b"\xff\xd9"


def h(n, salt, k=24):
    return hashlib.sha1(f"h39-{n}-{salt}".encode()).hexdigest()[:k]


def message_id(m):
    n, dom = m["n"], m.get("frm", ("", "x@" + FIRM))[1].split("@")[1]
    style = m.get("mailer")
    if style == "gmail" and dom == "gmail.com":
        return f"<CA{h(n, 'a', 14)}+{h(n, 'b', 20)}=mail@mail.gmail.com>"
    if style == "outlook":
        return f"<0000{h(n, 'c', 4)}01dc{h(n, 'd', 8)}${h(n, 'e', 8)}${h(n, 'f', 8)}@{dom}>"
    if style == "yahoo":
        return f"<{int(h(n, 'g', 8), 16)}.{int(h(n, 'h', 6), 16)}.{int(h(n, 'i', 10), 16)}@mail.yahoo.com>"
    if style == "iphone":
        return f"<{h(n, 'j', 8).upper()}-{h(n, 'k', 4).upper()}-{h(n, 'l', 4).upper()}@{dom}>"
    return f"<{h(n, 'm', 8)}-{h(n, 'n', 4)}-{h(n, 'o', 4)}-{h(n, 'p', 12)}@{dom}>"


def to_1258(s):
    """Rewrite a string into the decomposed form windows-1258 can carry."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        for i, mk in enumerate(marks):
            comp = unicodedata.normalize("NFC", base + mk)
            try:
                comp.encode("cp1258")
            except UnicodeEncodeError:
                continue
            if len(comp) == 1:
                base, marks = comp, marks[:i] + marks[i + 1:]
                break
        out.append(base + "".join(marks))
    return "".join(out)


# ------------------------------------------------------------------ bodies
def quote_block(m):
    q = m.get("quote")
    if not q:
        return ""
    attr, text = q
    if m.get("quote_style") == "outlook":
        return "\n\n________________________________\n" + attr + "\n\n" + text + "\n"
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
    return "\n" + attr + "\n\n" + quoted + "\n"


def plain_body(m):
    return m["body"].rstrip("\n") + "\n" + quote_block(m)


def html_body(m):
    lines = m["body"].rstrip("\n").split("\n")
    style = m.get("mailer")
    esc = lambda s: html.escape(s, quote=False)
    q = m.get("quote")
    if style == "outlook":
        ps = "\n".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in lines)
        if q:
            attr, text = q
            ps += '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
            ps += "".join(f'<p class="MsoNormal"><b>{esc(a.split(":", 1)[0])}:</b>{esc(a.split(":", 1)[1]) if ":" in a else ""}<o:p></o:p></p>\n'
                          for a in attr.split("\n"))
            ps += "</div>\n" + "\n".join(f'<p class="MsoNormal">{esc(l) if l else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for l in text.split("\n"))
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!--\np.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + ps + "\n</div>\n</body>\n</html>\n")
    if style == "yahoo":
        divs = "\n".join(f'<div dir="ltr" data-setdir="false">{esc(l) if l else "<br>"}</div>' for l in lines)
        return ('<html><head></head><body><div class="ydp3c9a1e0yahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + divs + "</div></body></html>\n")
    if style == "bulk":
        paras = "".join(f"<p>{esc(l)}</p>\n" for l in lines if l)
        return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
                '<body style="font-family:Arial,sans-serif;background:#f4f4f4;">\n'
                '<div style="max-width:600px;margin:0 auto;background:#fff;padding:20px;">\n'
                + paras + "</div></body></html>\n")
    divs = "\n".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in lines)
    out = f'<div dir="ltr">{divs}</div>'
    if q:
        attr, text = q
        out += ('<br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                + "<br>\n".join(esc(l) for l in text.split("\n")) + "\n</blockquote></div>")
    return out + "\n"


# ------------------------------------------------------------------ builders
def common_headers(msg, m):
    name, addr = m["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = f"{m['to']}@{FIRM}"
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = message_id(m)
    if m.get("in_reply_to"):
        ref = f"<{h(m['n'], 'r', 8)}-{h(m['n'], 's', 4)}-{h(m['n'], 't', 4)}-{h(m['n'], 'u', 12)}@{FIRM}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    style = m.get("mailer")
    if style == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif style == "yahoo":
        msg["X-Mailer"] = "WebService/1.1.25110 YMailNorrin"
    elif style == "iphone":
        msg["X-Mailer"] = "iPhone Mail (22E240)"
    elif style == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    for k, v in m.get("headers", {}).items():
        msg[k] = v


def build_modern(m):
    msg = EmailMessage(policy=policy.default)
    msg["MIME-Version"] = "1.0"
    common_headers(msg, m)
    cte = m.get("cte", "quoted-printable")
    fmt = m["fmt"]
    if fmt == "plain":
        msg.set_content(plain_body(m), charset="utf-8", cte=cte)
    elif fmt == "html":
        msg.set_content(html_body(m), subtype="html", charset="utf-8", cte=cte)
    elif fmt == "alt":
        msg.set_content(plain_body(m), charset="utf-8", cte=cte)
        msg.add_alternative(html_body(m), subtype="html", charset="utf-8", cte=cte)
    else:
        raise ValueError(fmt)
    if m.get("attach"):
        ctype, fname = m["attach"]
        maintype, subtype = ctype.split("/")
        data = FAKE_PDF if subtype == "pdf" else FAKE_JPG
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    style = m.get("mailer")
    for i, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            if style == "outlook":
                bnd = "_00%d_%s_" % (i, h(m["n"], "bo%d" % i, 30).upper())
            elif style == "gmail":
                bnd = "0000000000" + h(m["n"], "bg%d" % i, 18)
            elif style == "bulk":
                bnd = "----=_NextPart_%s" % h(m["n"], "bb%d" % i, 16).upper()
            else:
                bnd = "Apple-Mail=_%s" % h(m["n"], "ba%d" % i, 32).upper()
            part.set_boundary(bnd)
    return msg.as_bytes(policy=OUT_POLICY)


def build_cp1258(m):
    msg = Message()
    msg["MIME-Version"] = "1.0"
    name, addr = m["frm"]
    msg["From"] = Header(to_1258(name), "windows-1258").encode() + f" <{addr}>"
    msg["To"] = f"{m['to']}@{FIRM}"
    msg["Subject"] = Header(to_1258(m["subj"]), "windows-1258")
    msg["Date"] = m["date"]
    msg["Message-ID"] = f"<{h(m['n'], 'v', 4)}01dc{h(m['n'], 'w', 8)}${h(m['n'], 'x', 8)}$0201a8c0@PC-{h(m['n'], 'y', 4).upper()}>"
    msg["X-Priority"] = "3"
    msg["X-MSMail-Priority"] = "Normal"
    msg["X-Mailer"] = "Microsoft Outlook Express 6.00.2900.5931"
    msg["X-MimeOLE"] = "Produced By Microsoft MimeOLE V6.00.2900.6157"
    msg["Content-Type"] = 'text/plain; charset="windows-1258"'
    msg["Content-Transfer-Encoding"] = "quoted-printable"
    raw = to_1258(plain_body(m)).encode("cp1258")
    msg.set_payload(quopri.encodestring(raw).decode("ascii"))
    return msg.as_bytes()


def build_bounce(m):
    b = m["bounce"]
    n = m["n"]
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep["Return-Path"] = "<>"
    rep["Date"] = m["date"]
    rep["From"] = f"MAILER-DAEMON@mail.{FIRM} (Mail Delivery System)"
    rep["Subject"] = "Undelivered Mail Returned to Sender"
    rep["To"] = f"{m['to']}@{FIRM}"
    rep["Message-ID"] = f"<20260407140251.{h(n, 'z', 10).upper()}@mail.{FIRM}>"
    rep["Auto-Submitted"] = "auto-replied"
    notice = (f"This is the mail system at host mail.{FIRM}.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              f"<{b['rcpt']}>: {b['diag']}\n")
    p1 = MIMEText(notice, "plain", "us-ascii")
    p1["Content-Description"] = "Notification"
    del p1["MIME-Version"]
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    ds["Content-Description"] = "Delivery report"
    blk1 = Message()
    blk1["Reporting-MTA"] = f"dns; mail.{FIRM}"
    blk1["X-Postfix-Queue-ID"] = h(n, "q", 10).upper()
    blk1["X-Postfix-Sender"] = f"rfc822; {m['to']}@{FIRM}"
    blk1["Arrival-Date"] = b["orig_date"]
    blk2 = Message()
    blk2["Final-Recipient"] = f"rfc822; {b['rcpt']}"
    blk2["Original-Recipient"] = f"rfc822;{b['rcpt']}"
    blk2["Action"] = "failed"
    blk2["Status"] = b["status"]
    blk2["Diagnostic-Code"] = "X-Postfix; " + b["diag"]
    ds.set_payload([blk1, blk2])
    cs = Charset("utf-8")
    cs.body_encoding = QP
    orig = MIMEText(b["orig_body"] + "\n", "plain", cs)
    orig["From"] = Header("Thịnh Trí Group", "utf-8").encode() + f" <{m['to']}@{FIRM}>"
    orig["To"] = b["rcpt"]
    orig["Subject"] = Header(b["orig_subj"], "utf-8")
    orig["Date"] = b["orig_date"]
    orig["Message-ID"] = f"<{h(n, 'A', 8)}-{h(n, 'B', 4)}-{h(n, 'C', 4)}-{h(n, 'D', 12)}@{FIRM}>"
    p3 = MIMEMessage(orig)
    del p3["MIME-Version"]
    p3["Content-Description"] = "Undelivered Message"
    rep.attach(p1)
    rep.attach(ds)
    rep.attach(p3)
    return rep.as_bytes()


def build(m):
    if m["fmt"] == "cp1258":
        return build_cp1258(m)
    if m["fmt"] == "bounce":
        return build_bounce(m)
    return build_modern(m)


# ------------------------------------------------------------------ checks
import email  # noqa: E402


def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold().strip()


def decoded_text(msg):
    chunks = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def phones_in(text):
    found = set()
    for mt in re.finditer(r"\+?\(?\d[\d \u00a0.()\-]{6,}\d", text):
        s = mt.group(0)
        d = re.sub(r"\D", "", s)
        if s.startswith("+"):
            found.add("+" + d)
        elif d.startswith("0"):
            found.add("+84" + d[1:])
    return found


def check(labels):
    problems = []
    cats, langs = {}, {}
    for fn, lab in sorted(labels.items()):
        path = os.path.join(HERE, fn)
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=policy.default)
        if msg.defects:
            problems.append(f"{fn}: defects {msg.defects}")
        text = decoded_text(msg)
        ft = fold(text)
        c = lab["contact"]
        assert lab["category"] in CATS, fn
        assert lab["language"] in ("vi", "en", "mixed"), fn
        if lab["automated"]:
            if any(c.values()) or lab["category"] != "unknown":
                problems.append(f"{fn}: automated but contact/category not null/unknown")
        for key in ("name", "address"):
            if c[key] and fold(c[key]) not in ft:
                problems.append(f"{fn}: {key} {c[key]!r} not found")
        if c["email"]:
            if c["email"] != c["email"].lower() or c["email"] not in text.lower():
                problems.append(f"{fn}: email {c['email']!r} not found")
        if c["phone"]:
            if not re.fullmatch(r"\+\d{9,14}", c["phone"]) or c["phone"] not in phones_in(text):
                problems.append(f"{fn}: phone {c['phone']!r} not found in {sorted(phones_in(text))}")
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    return problems, cats, langs


def main():
    all_msgs = msgs.MSGS + msgs2.MSGS
    nums = sorted(m["n"] for m in all_msgs)
    assert nums == list(range(1, 51)), nums
    labels = {}
    for m in sorted(all_msgs, key=lambda x: x["n"]):
        fn = f"h39_{m['n']:03d}.eml"
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(build(m))
        labels[fn] = m["label"]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    problems, cats, langs = check(labels)
    print("messages:", len(labels))
    print("categories:", dict(sorted(cats.items())))
    print("languages:", dict(sorted(langs.items())))
    print("automated:", sum(1 for l in labels.values() if l["automated"]))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
