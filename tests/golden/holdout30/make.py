#!/usr/bin/env python3
"""Generate the h30 holdout set: h30_001.eml ... h30_050.eml + labels.json.

Python stdlib only.  Message data lives in msgs.py / msgs2.py (lists of dicts).
Run:  python3 make.py        (writes files next to this script, then self-checks)
"""
import sys
sys.dont_write_bytecode = True
import base64
import collections
import datetime
import hashlib
import html
import json
import os
import random
import re
import sys
import unicodedata
import email
from email import charset as ecs
from email import policy as epolicy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from msgs import MSGS as _M1    # noqa: E402
from msgs2 import MSGS as _M2   # noqa: E402

MSGS = _M1 + _M2
FIRM = "thinhtrigroup.com"
CATS = {"service_request", "access_request", "correction_request",
        "deletion_request", "complaint", "unknown"}

# --------------------------------------------------------------------------
# charsets
# --------------------------------------------------------------------------

def _cs(name, header, body):
    c = ecs.Charset(name)
    c.header_encoding = header
    c.body_encoding = body
    return c

CS_QP = _cs("utf-8", ecs.QP, ecs.QP)
CS_B64 = _cs("utf-8", ecs.BASE64, ecs.BASE64)
CS_RAW = _cs("utf-8", ecs.BASE64, None)          # 7bit / 8bit bodies
CS_1258 = _cs("windows-1258", ecs.QP, ecs.QP)

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_1258(text):
    """Return text in the form windows-1258 mail uses: base letter (possibly
    with circumflex/breve/horn, which cp1258 has precomposed) followed by a
    combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = d[0] + "".join(c for c in d[1:] if c not in _TONES)
        tones = "".join(c for c in d[1:] if c in _TONES)
        base = unicodedata.normalize("NFC", base)
        cand = base + tones
        cand.encode("cp1258")           # raises if impossible -> bug in data
        out.append(cand)
    return "".join(out)


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_text(s, mode="B", win1258=False):
    """A Header object for a non-ASCII phrase (RFC 2047)."""
    if win1258:
        return Header(to_1258(s), CS_1258)
    return Header(s, CS_QP if mode == "Q" else CS_B64)


def addr_header(name, addr, mode="B", win1258=False, comment_style=False):
    if not name:
        return addr
    if comment_style:                       # MAILER-DAEMON@x (Mail Delivery System)
        return "%s (%s)" % (addr, name)
    if is_ascii(name):
        return formataddr((name, addr))
    h = enc_text(name, mode, win1258)
    return h.encode() + " <%s>" % addr


def subject_header(subj, prefix="", mode="B", win1258=False):
    if is_ascii(subj):
        return prefix + subj
    h = Header(prefix, "us-ascii") if prefix else Header()
    if win1258:
        h.append(to_1258(subj), CS_1258)
    else:
        h.append(subj, CS_QP if mode == "Q" else CS_B64)
    return h


# --------------------------------------------------------------------------
# deterministic ids
# --------------------------------------------------------------------------

def rng_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def hexs(r, n, alphabet="0123456789abcdef"):
    return "".join(r.choice(alphabet) for _ in range(n))


def message_id(style, domain, r, pc=None):
    if style in ("gmail", "iphone_gmail"):
        a = "CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=")
                           for _ in range(46))
        return "<%s@mail.gmail.com>" % a
    if style == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                        hexs(r, 4, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                        hexs(r, 12, "0123456789ABCDEF"), domain)
    if style in ("outlook", "ooo_outlook"):
        return "<0000%s01dc%s$%s$%s@%s>" % (hexs(r, 2), hexs(r, 6), hexs(r, 8), hexs(r, 8), domain)
    if style == "outlook_web":
        a = "SG2PR0%dMB%d" % (r.randint(1, 6), r.randint(1000, 9999))
        return "<%s%s@%s.apcprd03.prod.outlook.com>" % (a, hexs(r, 24, "0123456789ABCDEF"), a)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7),
                                              r.randint(10**12, 10**13))
    if style == "oe1258":
        return "<%s01dc%s$%s$0201a8c0@%s>" % (hexs(r, 4), hexs(r, 6), hexs(r, 8), pc or domain)
    if style == "list":
        return "<%s.%s@%s>" % (hexs(r, 24), hexs(r, 8), domain)
    # thunderbird, ooo, plain
    return "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), domain)


def boundary(style, r):
    if style in ("gmail", "iphone_gmail"):
        return "0000000000" + hexs(r, 18)
    if style in ("outlook", "outlook_web", "ooo_outlook"):
        return "_000_" + hexs(r, 30, "0123456789ABCDEF") + "_"
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9), r.randint(10**12, 10**13))
    if style == "iphone":
        return "Apple-Mail-%s-%s-%s-%s-%s" % (hexs(r, 8, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                              hexs(r, 4, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                              hexs(r, 12, "0123456789ABCDEF"))
    return "----=_NextPart_%s_%s_%s" % (hexs(r, 3, "0123456789ABCDEF"), hexs(r, 4, "0123456789ABCDEF"),
                                        hexs(r, 8, "0123456789ABCDEF"))


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


VI_DOW = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]


def attribution(q):
    """Quote attribution line computed from the date so weekdays are right."""
    dt = datetime.datetime.strptime(q["when"], "%Y-%m-%d %H:%M")
    who = q["who"]
    if q["kind"] == "gmail_vi":
        return "Vào %s, %d thg %d, %d vào lúc %s %s đã viết:" % (
            VI_DOW[dt.weekday()], dt.day, dt.month, dt.year, dt.strftime("%H:%M"), who)
    if q["kind"] == "gmail_en":
        return "On %s at %s, %s wrote:" % (dt.strftime("%a, %d %b %Y"), dt.strftime("%H:%M"), who)
    raise ValueError(q["kind"])


# --------------------------------------------------------------------------
# body rendering
# --------------------------------------------------------------------------

def esc_line(line, nbsp):
    e = html.escape(line, quote=False)
    if nbsp:
        e = re.sub(r"(?<=[\d)]) (?=\d)", "&nbsp;", e)
    return e


def plain_of(m):
    txt = m["body"].rstrip("\n") + "\n"
    q = m.get("quote")
    if q:
        qt = "\n".join((">" + (" " + l if l else "")) for l in q["text"].rstrip("\n").split("\n"))
        txt += "\n" + attribution(q) + "\n\n" + qt + "\n"
    f = m.get("forward")
    if f:
        txt += "\n" + f["sep"] + "\n" + "\n".join(f["head"]) + "\n\n" + f["text"].rstrip("\n") + "\n"
    return txt


def _divs(lines, nbsp, tag="div"):
    out = []
    for l in lines:
        out.append("<%s>%s</%s>" % (tag, esc_line(l, nbsp) if l else "<br>", tag))
    return out


MSO_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n')


def html_of(m):
    style = m["style"]
    nbsp = m.get("nbsp", False)
    body = m["body"].rstrip("\n").split("\n")
    q = m.get("quote")
    f = m.get("forward")
    if style in ("gmail", "iphone_gmail"):
        h = '<div dir="ltr">' + "\n".join(_divs(body, nbsp)) + "</div>"
        if q:
            ql = q["text"].rstrip("\n").split("\n")
            h += ('<br>\n<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>') % (
                html.escape(attribution(q), quote=False),
                "<br>\n".join(html.escape(l, quote=False) for l in ql))
        return h + "\n"
    if style == "outlook":
        paras = []
        for l in body:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc_line(l, nbsp) if l else "<o:p>&nbsp;</o:p>"))
        return MSO_HEAD + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    if style == "outlook_web":
        inner = _divs(body, nbsp)
        if f:
            inner += ["<div><br></div>", '<hr style="display:inline-block;width:98%" tabindex="-1">',
                      '<div id="divRplyFwdMsg" dir="ltr">' +
                      "<br>\n".join("<b>%s</b>%s" % (html.escape(x.split(":", 1)[0] + ":"),
                                                     html.escape(x.split(":", 1)[1]))
                                    for x in f["head"]) + "</div>", "<div><br></div>"]
            inner += _divs(f["text"].rstrip("\n").split("\n"), False)
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Calibri, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n' + "\n".join(inner) +
                "\n</div>\n</body>\n</html>\n")
    if style == "yahoo":
        inner = "\n".join('<div dir="ltr" data-setdir="false">%s</div>' % (esc_line(l, nbsp) if l else "<br>")
                          for l in body)
        return ('<html><head></head><body><div class="ydp%syahoo-style-wrap" style="font-family:Helvetica Neue, '
                'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n') % (
                    hexs(rng_for(m["id"] + "ydp"), 8), inner)
    if style == "iphone":
        inner = "<br>".join(esc_line(l, nbsp) for l in body)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto"><div dir="ltr">%s</div></body></html>\n') % inner
    raise ValueError("no html for style " + style)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def text_part(text, subtype, cte, flowed=False):
    if flowed:
        text = flow(text)
    if cte == "qp":
        p = MIMEText(text, subtype, CS_QP)
    elif cte == "b64":
        p = MIMEText(text, subtype, CS_B64)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and not is_ascii(text):
            raise ValueError("7bit requested for non-ASCII text")
        p = MIMEText(text, subtype, CS_RAW)
    else:
        raise ValueError(cte)
    del p["MIME-Version"]
    if flowed:
        p.set_param("format", "flowed")
    return p


def text_part_1258(text):
    p = MIMEText(to_1258(text), "plain", CS_1258)
    del p["MIME-Version"]
    return p


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

HEADER_ORDER = ["Return-Path", "MIME-Version", "From", "To", "Cc", "Subject", "Date", "Message-ID",
                "In-Reply-To", "References"]


def finish(msg, m, r, extra_first=None):
    """Put the envelope headers in front of the content headers."""
    content = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in content):
        del msg[k]
    dom = m["frm"][1].split("@")[1]
    style = m["style"]
    hdrs = []
    if extra_first:
        hdrs += extra_first
    hdrs.append(("MIME-Version", "1.0"))
    fmode = m.get("from_enc", "B")
    hdrs.append(("From", addr_header(m["frm"][0], m["frm"][1], fmode, style == "oe1258",
                                     m.get("from_comment", False))))
    to = m.get("to", "info@" + FIRM)
    if isinstance(to, (list, tuple)):
        to = addr_header(to[0], to[1], "B")
    hdrs.append(("To", to))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs.append(("Subject", subject_header(m["subject"], m.get("subj_prefix", ""), m.get("subj_enc", "B"),
                                           style == "oe1258")))
    hdrs.append(("Date", format_datetime(parse_date(m["date"]))))
    hdrs.append(("Message-ID", m.get("message_id") or message_id(style, dom, r, m.get("pc"))))
    if m.get("in_reply_to"):
        ref = "<%s-%s-%s-%s-%s@%s>" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12), FIRM)
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    mailer = {"outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
              "ooo_outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
              "yahoo": ("X-Mailer", "WebService/1.1.25064 YMailNorrin"),
              "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
              "iphone": ("X-Mailer", "iPhone Mail (22E252)")}.get(style)
    if style == "oe1258":
        hdrs += [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                 ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                 ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    elif mailer:
        hdrs.append(mailer)
    for k, v in m.get("headers", []):
        hdrs.append((k, v))
    for k, v in hdrs:
        msg[k] = v
    for k, v in content:
        if k != "MIME-Version":
            msg[k] = v
    return msg


def build(m):
    r = rng_for(m["id"])
    style = m["style"]
    layout = m.get("layout", "alt")
    cte = m.get("cte", "qp")
    if style == "bounce":
        return build_bounce(m, r)
    if style == "oe1258":
        msg = text_part_1258(plain_of(m))
        return finish(msg, m, r)
    if layout == "plain":
        msg = text_part(plain_of(m), "plain", cte, flowed=m.get("flowed", False))
    elif layout == "html":
        msg = text_part(m.get("html") or html_of(m), "html", cte)
    elif layout in ("alt", "mixed"):
        alt = MIMEMultipart("alternative", boundary=boundary(style, r))
        del alt["MIME-Version"]
        alt.attach(text_part(plain_of(m), "plain", cte))
        alt.attach(text_part(m.get("html") or html_of(m), "html", m.get("html_cte", cte)))
        if layout == "mixed":
            msg = MIMEMultipart("mixed", boundary=boundary(style, r))
            del msg["MIME-Version"]
            msg.attach(alt)
            for fn, maintype, subtype, data in m["attach"]:
                a = MIMEBase(maintype, subtype)
                a.set_payload(data)
                email.encoders.encode_base64(a)
                del a["MIME-Version"]
                a.add_header("Content-Disposition", "attachment", filename=fn)
                msg.attach(a)
        else:
            msg = alt
    else:
        raise ValueError(layout)
    return finish(msg, m, r)


def build_bounce(m, r):
    b = m["bounce"]
    rep = MIMEMultipart("report", boundary=boundary("x", r))
    rep.set_param("report-type", "delivery-status")
    del rep["MIME-Version"]
    note = MIMEText(b["notice"], "plain", "us-ascii")
    del note["MIME-Version"]
    note.add_header("Content-Description", "Notification")
    rep.attach(note)
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    blocks = []
    for blk in b["status_blocks"]:
        bm = Message()
        for k, v in blk:
            bm[k] = v
        blocks.append(bm)
    ds.set_payload(blocks)
    ds.add_header("Content-Description", "Delivery report")
    rep.attach(ds)
    orig_m = dict(b["original"])
    orig_m.setdefault("id", m["id"] + "-orig")
    orig = build(orig_m)
    om = MIMEMessage(orig)
    del om["MIME-Version"]
    om.add_header("Content-Description", "Undelivered Message")
    rep.attach(om)
    return finish(rep, m, r, extra_first=[("Return-Path", "<>")])


# --------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------

def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(div|p|blockquote|li|tr)>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def decoded_text(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=epolicy.default)
    chunks = []
    for k in ("From", "To", "Subject"):
        if msg[k] is not None:
            chunks.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        t = part.get_content()
        chunks.append(html_to_text(t) if part.get_content_subtype() == "html" else t)
    return msg, "\n".join(chunks)


PHONE_RUN = re.compile(r"\+?\(?\d[\d \u00a0.\-()]{5,}\d")


def phones_in(text):
    out = set()
    for run in PHONE_RUN.findall(text):
        digits = re.sub(r"\D", "", run)
        plus = run.strip().startswith("+")
        out.add(("+" if plus else "") + digits)
    return out


def phone_matches(e164, text):
    for p in phones_in(text):
        if p.startswith("+") and p == e164:
            return True
        if p.startswith("0") and e164.startswith("+84") and "+84" + p[1:] == e164:
            return True
        if p.startswith("84") and "+" + p == e164:
            return True
        if p.startswith("1") and "+" + p == e164:
            return True
    return False


def check(labels):
    problems = []
    for fn, lab in sorted(labels.items()):
        path = os.path.join(HERE, fn)
        try:
            msg, text = decoded_text(path)
        except Exception as exc:                       # pragma: no cover
            problems.append("%s: parse error %r" % (fn, exc))
            continue
        if msg.defects:
            problems.append("%s: defects %r" % (fn, msg.defects))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: part defects %r" % (fn, part.defects))
        if lab["category"] not in CATS:
            problems.append("%s: bad category" % fn)
        if lab["language"] not in ("vi", "en", "mixed"):
            problems.append("%s: bad language" % fn)
        c = lab["contact"]
        if set(c) != {"name", "phone", "email", "address"}:
            problems.append("%s: contact keys" % fn)
        if lab["automated"]:
            if any(v is not None for v in c.values()) or lab["category"] != "unknown":
                problems.append("%s: automated mail must be unknown with null contact" % fn)
        nt = norm(text)
        for key in ("name", "email", "address"):
            v = c[key]
            if v is not None and norm(v) not in nt:
                problems.append("%s: %s %r not found in decoded text" % (fn, key, v))
        if c["email"] is not None and c["email"] != c["email"].lower():
            problems.append("%s: email not lowercase" % fn)
        if c["phone"] is not None:
            if not re.fullmatch(r"\+\d{8,15}", c["phone"]):
                problems.append("%s: phone not E.164: %r" % (fn, c["phone"]))
            elif not phone_matches(c["phone"], unicodedata.normalize("NFC", text)):
                problems.append("%s: phone %r not found" % (fn, c["phone"]))
        if c["phone"] and c["phone"].replace("+84", "0").endswith("18006365"):
            problems.append("%s: firm hotline used as contact phone" % fn)
        if c["email"] and c["email"].endswith("@" + FIRM):
            problems.append("%s: firm address used as contact email" % fn)
    return problems


def main():
    labels = {}
    seen = set()
    for m in MSGS:
        fn = "h30_%s.eml" % m["id"]
        if fn in seen:
            raise SystemExit("duplicate id " + fn)
        seen.add(fn)
        msg = build(m)
        data = msg.as_bytes(policy=epolicy.compat32.clone(linesep="\n"))
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
        lab = dict(m["label"])
        lab["contact"] = dict(lab["contact"])
        if lab["contact"].get("email"):
            lab["contact"]["email"] = lab["contact"]["email"].lower()
        out = {"automated": lab["automated"], "category": lab["category"],
               "contact": {k: lab["contact"].get(k) for k in ("address", "email", "name", "phone")},
               "language": lab["language"]}
        if lab.get("note"):
            out["note"] = lab["note"]
        labels[fn] = out
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")

    problems = check(labels)
    print("messages:", len(labels))
    print("categories:", dict(sorted(collections.Counter(v["category"] for v in labels.values()).items())))
    print("languages:", dict(sorted(collections.Counter(v["language"] for v in labels.values()).items())))
    print("automated:", sum(v["automated"] for v in labels.values()))
    print("category x language:")
    for k, n in sorted(collections.Counter((v["category"], v["language"]) for v in labels.values()).items()):
        print("   %-20s %-6s %d" % (k[0], k[1], n))
    if len(labels) != 50:
        problems.append("expected 50 messages, got %d" % len(labels))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
