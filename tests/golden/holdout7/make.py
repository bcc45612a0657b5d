#!/usr/bin/env python3
"""Generate the holdout7 labelled test set (60 raw RFC 5322 messages + labels.json).

Stdlib only.  Run:  python3 make.py   (writes into the directory of this script)

Fictional firm: Công ty Luật TNHH Minh Đạo  (minhdaolaw.vn), hotline 1800 63 65.
All people, companies and numbers below are invented.
"""
import base64
import datetime
import hashlib
import html
import json
import os
import quopri
import random
import unicodedata


OUT = os.path.dirname(os.path.abspath(__file__))
FIRM_DOMAIN = "minhdaolaw.vn"

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


# --------------------------------------------------------------------------- charsets
def to_1258(s):
    """Encode like a Windows Vietnamese keyboard: precomposed where cp1258 has the
    character, otherwise base letter (with circumflex/breve/horn) + combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tones = "".join(c for c in d if c in TONES)
        out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def to_bytes(s, charset):
    if charset.lower() == "windows-1258":
        return to_1258(s)
    return s.encode(charset)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# --------------------------------------------------------------------------- headers
def _chunks(s, charset, maxbytes):
    """Split s into pieces whose encoded size is <= maxbytes without splitting characters."""
    pieces, cur = [], ""
    for ch in s:
        if cur and len(to_bytes(cur + ch, charset)) > maxbytes:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128:
            out.append(c)
        elif c == " ":
            out.append("_")
        elif c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(s, charset="utf-8", mode="B"):
    """RFC 2047 encoded words, folded with CRLF-space (written later)."""
    if is_ascii(s):
        return s
    words = []
    for piece in _chunks(s, charset, 42 if mode == "B" else 22):
        b = to_bytes(piece, charset)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            words.append("=?%s?Q?%s?=" % (charset, _q(b)))
    return "\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", mode="B", quote=None):
    if not name:
        return email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, mode), email)
    if quote or (quote is None and any(c in SPECIALS for c in name)):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fmt_date(spec):
    """spec = 'YYYY-MM-DD HH:MM:SS +0700'"""
    d, t, tz = spec.split()
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime.fromisoformat(d + " " + t).replace(tzinfo=datetime.timezone(off))
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def rnd_for(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest(), 16))


def make_mid(style, key, domain):
    r = rnd_for("mid" + key)
    hx = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    al = lambda n: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))
    if style in ("gmail", "android"):
        return "<CA%s+%s@mail.gmail.com>" % (al(2), al(40))
    if style == "outlook":
        host = r.choice(["SG2PR06MB5140", "TYZPR04MB6291", "KL1PR0601MB4372", "PSAPR06MB4486"])
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (host, al(26).upper(), host, r.randint(1, 6))
    if style == "iphone":
        u = hx(32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 12, 10 ** 13))
    if style == "oe":
        return "<%s$%s$%s@%s>" % (hx(12), hx(8), hx(8), domain)
    u = hx(32)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], domain)


def boundary(style, key):
    r = rnd_for("b" + key)
    if style in ("gmail", "android"):
        return "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(16))
    if style == "outlook":
        return "_000_" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)) + "_"
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    if style == "iphone":
        return "Apple-Mail-" + "".join(r.choice("0123456789ABCDEF") for _ in range(8))
    return "----=_NextPart_" + "".join(r.choice("0123456789ABCDEF") for _ in range(24))


# --------------------------------------------------------------------------- bodies
def encode_body(text, charset, cte):
    b = to_bytes(text, charset)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    return b


def text_to_html(text, style):
    """Very small text->HTML converter: paragraphs, <br>, '>' blocks to blockquote."""
    lines = text.split("\n")
    blocks, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:].lstrip(" ") if lines[i].startswith("> ") else lines[i][1:])
                i += 1
            blocks.append(("quote", "\n".join(q)))
        else:
            blocks.append(("line", lines[i]))
            i += 1
    out = []
    for kind, val in blocks:
        if kind == "quote":
            inner = text_to_html(val, "inner")
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
        elif val.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % html.escape(val, quote=False))
    body = "\n".join(out)
    if style == "inner":
        return body
    if style in ("gmail", "android", "yahoo"):
        return '<div dir="ltr">%s</div>\n' % body
    if style == "outlook":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div style="font-family: Calibri, Arial, Helvetica, sans-serif; '
                'font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n' % body)
    if style == "iphone":
        body = body.replace("<div>", '<div dir="ltr">')
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">%s</body></html>\n' % body)
    return "<html><body>\n%s\n</body></html>\n" % body


def leaf(ctype, charset, cte, payload_bytes, extra=""):
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, cte)
    return h.encode("ascii"), payload_bytes


def build_content(m, key):
    """Return (content header bytes, body bytes)."""
    style = m.get("style", "plain")
    fmt = m.get("fmt", "plain")
    cs = m.get("charset", "utf-8")
    text = m.get("body", "")
    if "raw_content" in m:
        h, b = m["raw_content"]
        return h.encode("ascii"), b.encode("utf-8") if isinstance(b, str) else b
    cte = m.get("cte") or ("7bit" if is_ascii(text) else "quoted-printable")
    if fmt == "plain":
        extra = "; format=flowed" if style == "thunderbird" else ""
        h, b = leaf("text/plain", cs, cte, encode_body(text, cs, cte), extra)
        main = (h, b)
    elif fmt == "html":
        htm = m.get("html") or text_to_html(text, style)
        hcte = m.get("cte") or ("7bit" if is_ascii(htm) else "quoted-printable")
        main = leaf("text/html", cs, hcte, encode_body(htm, cs, hcte))
    else:  # alt
        htm = m.get("html") or text_to_html(text, style)
        hcte = m.get("cte_html") or cte
        bd = boundary(style, key)
        t_h, t_b = leaf("text/plain", cs, cte, encode_body(text, cs, cte))
        h_h, h_b = leaf("text/html", cs, hcte, encode_body(htm, cs, hcte))
        body = (b"--" + bd.encode() + b"\n" + t_h + b"\n" + t_b.rstrip(b"\n") + b"\n\n--" + bd.encode() + b"\n"
                + h_h + b"\n" + h_b.rstrip(b"\n") + b"\n\n--" + bd.encode() + b"--\n")
        main = (('Content-Type: multipart/alternative; boundary="%s"\n' % bd).encode(), body)
    atts = m.get("attachments")
    if not atts:
        return main
    bd = boundary(style, key + "mixed")
    if style in ("gmail", "android"):
        bd = "000000000000" + bd[-16:]
    parts = [b"--" + bd.encode() + b"\n" + main[0] + b"\n" + main[1].rstrip(b"\n") + b"\n"]
    for fn, mt, data in atts:
        enc = base64.encodebytes(data)
        parts.append(("--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                      "Content-Transfer-Encoding: base64\n\n" % (bd, mt, fn, fn)).encode() + enc)
    body = b"\n".join(parts) + ("\n--%s--\n" % bd).encode()
    return ('Content-Type: multipart/mixed; boundary="%s"\n' % bd).encode(), body


def build(m, key):
    style = m.get("style", "plain")
    hcs = m.get("hcharset", "utf-8")
    hmode = m.get("hmode", "Q" if style in ("outlook", "oe", "thunderbird") else "B")
    fname, femail = m["from_"]
    frm = m.get("from_raw") or addr(fname, femail, hcs, hmode)
    to = m.get("to_raw") or "info@" + FIRM_DOMAIN
    if not is_ascii(to):
        tn, ta = to.rsplit(" <", 1)
        to = addr(tn, ta.rstrip(">"), hcs, hmode)
    subj = m.get("subject")
    subj_h = ew(subj, hcs, hmode) if subj is not None else None
    date = fmt_date(m["date"])
    mid = m.get("mid") or make_mid(style, key, femail.split("@")[1])
    H = []

    def add(k, v):
        if v is not None:
            H.append("%s: %s" % (k, v))

    irt = m.get("in_reply_to")
    refs = m.get("references", irt)
    extra = m.get("extra", [])
    ch, body = build_content(m, key)
    ch = ch.decode().rstrip("\n").split("\n")
    if style in ("gmail", "android"):
        add("MIME-Version", "1.0")
        add("From", frm)
        add("Date", date)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Message-ID", mid)
        add("Subject", subj_h)
        add("To", to)
        for k, v in extra:
            add(k, v)
        H += ch
    elif style == "outlook":
        add("From", frm)
        add("To", to)
        add("Subject", subj_h)
        if subj is not None:
            add("Thread-Topic", ew(subj.split(": ", 1)[-1] if subj.lower().startswith(("re:", "fw:")) else subj, hcs, hmode))
        r = rnd_for("ti" + key)
        add("Thread-Index", base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode())
        add("Date", date)
        add("Message-ID", mid)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Accept-Language", m.get("lang_hdr", "vi-VN, en-US"))
        add("Content-Language", m.get("lang_hdr", "vi-VN").split(",")[0])
        add("X-MS-Has-Attach", "yes" if m.get("attachments") else None)
        add("X-MS-TNEF-Correlator", None)
        for k, v in extra:
            add(k, v)
        H += ch
        add("MIME-Version", "1.0")
    elif style == "iphone":
        H += ch
        add("From", frm)
        add("Mime-Version", "1.0 (1.0)")
        add("Subject", subj_h)
        add("Date", date)
        add("References", refs)
        add("In-Reply-To", irt)
        add("Message-Id", mid)
        add("To", to)
        for k, v in extra:
            add(k, v)
        add("X-Mailer", m.get("xmailer", "iPhone Mail (22D82)"))
    elif style == "thunderbird":
        add("Message-ID", mid)
        add("Date", date)
        add("MIME-Version", "1.0")
        add("User-Agent", "Mozilla Thunderbird")
        add("Content-Language", m.get("lang_hdr", "en-US"))
        add("To", to)
        add("References", refs)
        add("From", frm)
        add("Subject", subj_h)
        add("In-Reply-To", irt)
        for k, v in extra:
            add(k, v)
        H += ch
    elif style == "yahoo":
        add("Date", date)
        add("From", frm)
        add("Reply-To", m.get("reply_to"))
        add("To", to)
        add("Message-ID", mid)
        add("In-Reply-To", irt)
        add("References", refs)
        add("Subject", subj_h)
        add("MIME-Version", "1.0")
        H += ch
        for k, v in extra:
            add(k, v)
        add("X-Mailer", "WebService/1.1.25198 YMailNorrin")
    elif style == "oe":
        add("MIME-Version", "1.0")
        add("From", frm)
        add("To", to)
        add("Subject", subj_h)
        add("Date", date)
        add("Message-ID", mid)
        add("X-Priority", "3")
        add("X-MSMail-Priority", "Normal")
        add("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")
        add("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")
        for k, v in extra:
            add(k, v)
        H += ch
    else:  # plain / system
        for k, v in m.get("pre", []):
            add(k, v)
        add("From", frm)
        add("To", to)
        add("Subject", subj_h)
        add("Date", date)
        add("Message-ID", mid)
        add("In-Reply-To", irt)
        add("References", refs)
        for k, v in extra:
            add(k, v)
        add("MIME-Version", "1.0")
        H += ch
    head = "\n".join(H).encode("ascii") + b"\n\n"
    raw = head + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ============================================================================ MESSAGES
INFO = "info@minhdaolaw.vn"
SUPPORT = "support@minhdaolaw.vn"


def L(category, language, name=None, phone=None, email=None, address=None, note=None, automated=False):
    return {"category": category, "language": language, "automated": automated, "note": note,
            "contact": {"name": name, "phone": phone, "email": email, "address": address}}


def AUTO(language, note=None):
    return L("unknown", language, automated=True, note=note)


MESSAGES = []

# ---------------------------------------------------------------- service_request
MESSAGES.append(dict(
    key="S1", style="gmail", fmt="alt",
    from_=("Nguyễn Thị Bích Ngọc", "bichngoc.nguyen1989@gmail.com"),
    subject="Xin tư vấn thủ tục ly hôn đơn phương",
    date="2026-03-04 22:41:09 +0700",
    body="""\
Chào Văn phòng luật Minh Đạo,

Em tên là Nguyễn Thị Bích Ngọc, 36 tuổi, hiện đang sống ở 27/4 Lê Văn Sỹ, P.13, Q. Phú Nhuận, TP.HCM. Em và chồng đăng ký kết hôn năm 2014, có hai bé (10 tuổi và 6 tuổi). Gần hai năm nay anh ấy hầu như không về nhà, không gửi tiền nuôi con, em nhắn tin thì bị chặn Zalo.

Em muốn ly hôn đơn phương và xin nuôi cả hai cháu. Em có mấy câu hỏi:
1. Chồng em không chịu ký đơn thì em có ly hôn được không, thường mất bao lâu?
2. Căn hộ đứng tên cả hai vợ chồng (mua trả góp, còn nợ ngân hàng khoảng 600 triệu) thì chia thế nào?
3. Phí luật sư bên mình tính trọn gói hay theo từng giai đoạn?

Em muốn hẹn gặp trực tiếp luật sư vào chiều thứ Bảy tuần này hoặc tuần sau nếu được. Số điện thoại của em: 0938 214 576 (có Zalo).

Em cảm ơn anh chị nhiều.
Bích Ngọc
""",
    label=L("service_request", "vi", "Nguyễn Thị Bích Ngọc", "+84938214576", "bichngoc.nguyen1989@gmail.com",
            "27/4 Lê Văn Sỹ, P.13, Q. Phú Nhuận, TP.HCM"),
))

MESSAGES.append(dict(
    key="S2", style="android", fmt="alt",
    from_=("Tran Quoc Dat", "quocdat.tran.92@gmail.com"),
    subject="can tu van kien cong ty du lich",
    date="2026-02-16 20:03:51 +0700",
    body="""\
chao luat su,

toi dat tour Nhat Ban 6 ngay cho 4 nguoi qua cty Hoang Gia Travel, da chuyen khoan coc 86 trieu vao STK cua ho 0071 0045 28931 (Vietcombank). truoc ngay bay 5 ngay ho nhan tin bao huy tour vi "ly do bat kha khang", hua hoan tien trong 7 ngay. gio da hon 1 thang ma ko tra dong nao, goi thi ko nghe may.

toi da gui don khieu nai len So Du lich roi nhung cho hoai chua thay gi. gio toi muon kien ra toa de doi lai tien. cho toi hoi thu tuc the nao, thue ls ben minh thi chi phi khoang bao nhieu?
toi con giu hop dong, bien lai ck va tin nhan zalo voi nhan vien cua ho.

sdt toi 0909.552.174, goi sau 6h chieu giup toi
Dat
""",
    label=L("service_request", "vi", "Tran Quoc Dat", "+84909552174", "quocdat.tran.92@gmail.com",
            note="Grievance is against a third party (travel company) and the sender wants to sue it -> service_request, "
                 "not complaint; 'khieu nai' refers to a complaint lodged with the tourism department. The account number "
                 "belongs to the travel company."),
))

MESSAGES.append(dict(
    key="S3", style="plain", fmt="plain",
    from_=("Daniel Whitfield", "dan@whitfieldcoffee.co.uk"),
    subject="Quote request - setting up a coffee roastery in Da Nang",
    date="2026-01-20 09:12:44 +0000",
    extra=[("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")],
    body="""\
Hello,

I run a small specialty coffee roaster in Kent and I'm planning to open a roastery with a small cafe in Da Nang later this year. I'd be the sole investor (UK company as the shareholder), initial capital around USD 150,000.

Could you send me a quote for:
- Investment Registration Certificate + Enterprise Registration Certificate (100% foreign-owned LLC);
- the food safety certificate and whatever licence is needed for retail/F&B;
- a work permit or exemption for me as the legal representative.

A rough timeline would also help me plan the lease negotiations.

Please reply to my personal address daniel.whitfield@proton.me - our company mailbox is being migrated this month and messages are getting lost. I'm in Vietnam from 2 February; WhatsApp on +84 776 318 902.

Many thanks,
Daniel Whitfield
Director, Whitfield Coffee Ltd
""",
    label=L("service_request", "en", "Daniel Whitfield", "+84776318902", "daniel.whitfield@proton.me",
            note="Reply-to address given in the body wins over the From address."),
))

MESSAGES.append(dict(
    key="S4", style="gmail", fmt="alt", to_raw="Vũ Thanh Tâm <support@minhdaolaw.vn>",
    from_=("Hoàng Văn Khải", "hoangkhai.hn@gmail.com"),
    subject="Re: Xác nhận tiếp nhận hồ sơ cấp Giấy chứng nhận - KH Hoàng Văn Khải",
    date="2026-03-16 08:05:37 +0700",
    in_reply_to="<7c21e0f4-3b1a-4a7e-9f5d-22c0a9b1e6d3@minhdaolaw.vn>",
    body="""\
Chào chị Tâm,

Cho tôi hỏi hồ sơ xin cấp Giấy chứng nhận cho mảnh đất ở Hóc Môn của tôi hiện đã đến bước nào rồi? Lần trước chị nói khoảng giữa tháng 3 sẽ có kết quả thẩm định. Tôi không có ý hối thúc, chỉ là phía ngân hàng đang hỏi để làm thủ tục vay nên tôi cần biết ngày dự kiến.

Nếu cần bổ sung giấy tờ gì chị cứ báo, tôi mang qua văn phòng.

Trân trọng,
Hoàng Văn Khải
ĐT: 0913 66 24 81

Vào Th 5, 19 thg 2, 2026 vào lúc 14:05 Vũ Thanh Tâm <support@minhdaolaw.vn> đã viết:
> Kính gửi anh Khải,
>
> Công ty Luật Minh Đạo xác nhận đã nhận đủ hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất của anh (thửa số 412, tờ bản đồ số 18).
> Thời gian giải quyết dự kiến: 25 ngày làm việc kể từ ngày nộp.
> Mọi thắc mắc xin liên hệ hotline 1800 63 65 hoặc (028) 3930 1188.
>
> Trân trọng,
> Vũ Thanh Tâm
> Trợ lý luật sư - Công ty Luật TNHH Minh Đạo
> 215 Nam Kỳ Khởi Nghĩa, P. Võ Thị Sáu, Q.3, TP.HCM
""",
    label=L("service_request", "vi", "Hoàng Văn Khải", "+84913662481", "hoangkhai.hn@gmail.com",
            note="Client asking for the status of his own matter, explicitly not pushing -> service_request. Quoted firm "
                 "text carries the firm's hotline, landline and address, none of which are the sender's."),
))

MESSAGES.append(dict(
    key="S5", style="android", fmt="alt",
    from_=("Le Thi My Duyen", "myduyen.le2k1@gmail.com"),
    subject="hoi ve bi cho nghi viec",
    date="2026-03-10 12:18:02 +0700",
    body="""\
a/c oi cho e hoi chut. e lam cong nhan o KCN Tan Tao dc 3 nam, hop dong ko xac dinh thoi han. thu 2 vua r to truong bao e nghi tu mai, ko co quyet dinh gi het, luong thang 2 cung chua tra.
vay e co dc boi thuong ko a? neu nho ls ben minh lam thi phi bao nhieu, e ko co nhieu tien :(
zalo e 0387 440 925
e cam on
""",
    label=L("service_request", "vi", "Le Thi My Duyen", "+84387440925", "myduyen.le2k1@gmail.com",
            note="Grievance is against her employer, not the firm; asks for advice and fees."),
))

MESSAGES.append(dict(
    key="S6", style="thunderbird", fmt="plain", lang_hdr="en-GB",
    from_=("Sophie Laurent", "sophie.laurent@orange.fr"),
    subject="Re: Appointment confirmation - Thursday 12 March, 10:00",
    date="2026-03-10 17:26:13 +0700",
    in_reply_to="<b91d3e0a-55c2-4f8e-8d0e-6a0c4f7e2b19@minhdaolaw.vn>",
    body="""\
Dear Mr Bao,

Unfortunately something came up at work and I won't be able to make it on Thursday morning. Would it be possible to move our meeting about the apartment purchase contract to Friday afternoon, or any time early next week?

The seller still hasn't sent the English version of the draft. I'll forward it to you as soon as I have it.

Best regards,
Sophie Laurent
Office: (028) 3822 9074 ext. 12
(I can't take calls on my mobile during working hours)

On 09/03/2026 09:12, Minh Dao Law wrote:
> Dear Ms Laurent,
>
> We confirm your appointment with Lawyer Le Quoc Bao on Thursday 12 March 2026 at 10:00 at our office (215 Nam Ky Khoi Nghia, Vo Thi Sau Ward, District 3).
>
> Should you need to reschedule, please call 1800 63 65.
>
> Kind regards,
> Minh Dao Law Firm
""",
    label=L("service_request", "en", "Sophie Laurent", "+842838229074", "sophie.laurent@orange.fr",
            note="Reschedule request on an existing appointment. Phone is an office landline with extension; the "
                 "hotline in the quoted text is the firm's."),
))

MESSAGES.append(dict(
    key="S7", style="oe", fmt="plain", charset="windows-1258", hcharset="windows-1258", hmode="B",
    cte="quoted-printable",
    from_=("Trương Văn Lộc", "truongvanloc1955@yahoo.com"),
    subject="Nhờ luật sư giúp việc chia thừa kế đất",
    date="2026-01-26 07:58:20 +0700",
    body="""\
Kính gửi Quý Công ty Luật Minh Đạo,

Tôi tên Trương Văn Lộc, năm nay 71 tuổi, ngụ tại ấp Phú Hòa, xã Phú Hòa Đông, huyện Củ Chi, TP.HCM. Cha tôi mất năm 2009 không để lại di chúc, để lại khoảng 3.000 m2 đất nông nghiệp và một căn nhà cấp 4. Anh em chúng tôi có 5 người, nay người em út đòi bán đất nhưng hai người không đồng ý, trong đó một người em gái đang định cư ở Mỹ.

Tôi muốn nhờ luật sư hướng dẫn giùm:
- Thủ tục khai nhận di sản thừa kế khi có người ở nước ngoài thì làm sao?
- Em gái tôi có phải về Việt Nam ký giấy không hay ủy quyền được?
- Nếu anh em không thống nhất được thì có phải ra tòa không?

Tôi lớn tuổi, đi lại khó khăn, mong Quý Công ty sắp xếp cho tôi gặp luật sư vào buổi sáng. Con trai tôi là Trương Minh Hiếu (0908 117 362) sẽ chở tôi lên văn phòng. Điện thoại nhà tôi: (028) 3792 5140.

Xin chân thành cảm ơn Quý Công ty.
Trương Văn Lộc
""",
    label=L("service_request", "vi", "Trương Văn Lộc", "+842837925140", "truongvanloc1955@yahoo.com",
            "ấp Phú Hòa, xã Phú Hòa Đông, huyện Củ Chi, TP.HCM",
            note="windows-1258, quoted-printable, combining tone marks (labels are NFC). The son's mobile is a "
                 "distractor; the sender's own number is the home landline."),
))

MESSAGES.append(dict(
    key="S8", style="gmail", fmt="alt",
    from_=("Phạm Gia Huy", "huy@bloomtea.vn"),
    subject="Hỏi về đăng ký trademark cho brand Bloom Tea",
    date="2026-02-24 15:47:30 +0700",
    body="""\
Hi anh chị,

Bên em là startup trà sữa, đang chuẩn bị mở franchise nên cần register trademark "Bloom Tea" ở VN và có thể cả Thailand. Em có vài câu hỏi:
- Timeline đăng ký nhãn hiệu ở Cục SHTT hiện nay khoảng bao lâu? Em nghe nói 18-24 tháng, có cách nào expedite không?
- Bên mình có làm Madrid Protocol filing không, fee estimate ra sao?
- Logo có chữ "tea" là từ generic thì có bị refuse không?

Nếu được anh chị gửi em quotation trước thứ Sáu nhé, bên em cần present cho investors tuần sau. Call em anytime: +84 903 558 117.

Thanks a lot,
Phạm Gia Huy
Co-founder, Bloom Tea JSC
MST: 0317654289
""",
    label=L("service_request", "mixed", "Phạm Gia Huy", "+84903558117", "huy@bloomtea.vn",
            note="Vietnamese/English code-mixing. The 10-digit tax code (MST) is not a phone number."),
))

MESSAGES.append(dict(
    key="S9", style="iphone", fmt="html",
    from_=("Đỗ Thanh Hằng", "dothanhhang.88@icloud.com"),
    subject="Nhờ xem giúp hợp đồng thuê nhà",
    date="2026-03-07 21:55:48 +0700",
    body="""\
Chào anh chị, em sắp ký hợp đồng thuê mặt bằng để mở tiệm nail ở đường Phan Xích Long, chủ nhà bắt đóng cọc 6 tháng và có điều khoản được đơn phương lấy lại mặt bằng chỉ cần báo trước 15 ngày. Em thấy hơi rủi ro.
Bên mình có nhận xem hợp đồng không ạ, phí bao nhiêu? Em chụp hợp đồng gửi qua Zalo được không?

Hằng - 0977.306.482

Gửi từ iPhone của tôi
""",
    label=L("service_request", "vi", "Đỗ Thanh Hằng", "+84977306482", "dothanhhang.88@icloud.com",
            note="HTML-only mail from a phone; full name only in the From display name."),
))

MESSAGES.append(dict(
    key="S10", style="yahoo", fmt="alt",
    from_=("Mark Jennings", "markjennings77@yahoo.com"),
    subject="Landlord refusing to return deposit - can you help?",
    date="2026-02-11 19:32:05 +0700",
    body="""\
Hi,

I want to file a complaint against my former landlord and, if it comes to that, take her to court. I rented an apartment on Thao Dien street for two years and moved out on 31 January. She is refusing to return my two-month deposit (VND 36,000,000), claiming "damage" that was already there when I moved in. I have dated photos from move-in day and the handover checklist.

Is this something your firm handles? What would it cost roughly, and how long does something like this take in Vietnam? I'm leaving the country in May so timing matters.

My number is 090 884 1267.

Cheers,
Mark
""",
    label=L("service_request", "en", "Mark Jennings", "+84908841267", "markjennings77@yahoo.com",
            note="'file a complaint' is against his landlord (third party) -> service_request. Thao Dien is his former "
                 "rental, not a current address."),
))

MESSAGES.append(dict(
    key="S11", style="outlook", fmt="alt",
    from_=("HR - Cong ty TNHH Det May Phuong Nam", "tuyendung@detmayphuongnam.com.vn"),
    subject="bao gia giay phep lao dong",
    date="2026-01-14 10:40:11 +0700",
    body="""\
Chao anh/chi,

Cty em can xin giay phep lao dong cho 2 chuyen gia ky thuat nguoi Han Quoc (1 nguoi da co GPLD cu, het han thang 4). Anh chi bao gia giup em tron goi gom ca the tam tru va hop phap hoa lanh su bang cap nhe. Nha may ben em o Binh Duong, chuyen gia co the len Sai Gon ky giay to neu can.
Can lam gap trong thang nay a.

Thanks,
Ngo Thi Kim Thoa
Phong Nhan su
DD: 0918.207.553
MST cty: 3700284615
""",
    label=L("service_request", "vi", "Ngo Thi Kim Thoa", "+84918207553", "tuyendung@detmayphuongnam.com.vn",
            note="From display is a department, the person's name is in the signature; company tax code is a distractor."),
))

MESSAGES.append(dict(
    key="S12", style="gmail", fmt="alt",
    from_=("Lý Minh Tuấn", "lyminhtuan.ct@gmail.com"),
    subject="Hỏi thêm về phí giai đoạn 2 (không phải khiếu nại)",
    date="2026-03-12 11:09:57 +0700",
    body="""\
Chào luật sư Minh,

Đây không phải thư khiếu nại đâu ạ, anh đừng hiểu lầm. Tôi rất hài lòng với việc bên mình hỗ trợ giai đoạn thương lượng vừa rồi.

Chỉ là tôi muốn hỏi trước: nếu phía công ty Tân Thành vẫn không chịu thanh toán 1,2 tỷ tiền hàng và mình phải khởi kiện ra tòa thì phí luật sư giai đoạn 2 tính thế nào, có cần ký phụ lục hợp đồng mới không?

Tuần sau tôi ở Sài Gòn từ thứ Ba đến thứ Năm, nếu anh sắp xếp được một buổi gặp thì tốt quá.

Lý Minh Tuấn
Cần Thơ - 0939 402 118
""",
    label=L("service_request", "vi", "Lý Minh Tuấn", "+84939402118", "lyminhtuan.ct@gmail.com",
            note="Negated 'không phải khiếu nại'; satisfied client asking about next-phase fees and a meeting."),
))

# ---------------------------------------------------------------- access_request
MESSAGES.append(dict(
    key="AC1", style="gmail", fmt="alt", cte="quoted-printable",
    from_=("Đặng Thị Thu Hà", "thuha.dang.hp@gmail.com"),
    subject="Yêu cầu cung cấp dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP",
    date="2026-01-08 09:30:00 +0700",
    body="""\
Kính gửi: Công ty Luật TNHH Minh Đạo

Tôi là Đặng Thị Thu Hà, sinh năm 1985, CCCD số 031185004417, từng sử dụng dịch vụ tư vấn hợp đồng lao động của Quý Công ty vào tháng 6/2024.

Căn cứ quy định về quyền của chủ thể dữ liệu tại Nghị định 13/2023/NĐ-CP, tôi đề nghị Quý Công ty cung cấp cho tôi:
1. Bản sao toàn bộ dữ liệu cá nhân của tôi mà Quý Công ty đang lưu giữ;
2. Mục đích xử lý và thời hạn lưu trữ các dữ liệu đó;
3. Danh sách tổ chức, cá nhân đã được Quý Công ty chia sẻ dữ liệu của tôi (nếu có).

Kết quả xin gửi qua email này hoặc bằng văn bản về địa chỉ: Số 12, ngõ 45 Lạch Tray, P. Lạch Tray, Q. Ngô Quyền, TP. Hải Phòng.

Trân trọng,
Đặng Thị Thu Hà
SĐT: (0225) 384 7216
""",
    label=L("access_request", "vi", "Đặng Thị Thu Hà", "+842253847216", "thuha.dang.hp@gmail.com",
            "Số 12, ngõ 45 Lạch Tray, P. Lạch Tray, Q. Ngô Quyền, TP. Hải Phòng",
            note="Formal access request; the 12-digit CCCD number is not a phone; landline with 4-digit area code."),
))

MESSAGES.append(dict(
    key="AC2", style="android", fmt="alt",
    from_=("Vo Hoang Nam", "hoangnam.vo.dev@gmail.com"),
    subject="hoi chut",
    date="2026-02-05 23:47:12 +0700",
    body="""\
hi ben minh, hom truoc e co dien form tu van tren web (ve thue TNCN). gio e to mo la ben minh dang luu nhung thong tin gi cua e vay? ten, sdt, email hay ca may cai thu nhap e khai luc do? gui e xem voi nha. tks
Nam
""",
    label=L("access_request", "vi", "Vo Hoang Nam", None, "hoangnam.vo.dev@gmail.com",
            note="Casual access request without any legal/privacy vocabulary."),
))

MESSAGES.append(dict(
    key="AC3", style="thunderbird", fmt="plain", lang_hdr="pl",
    to_raw=SUPPORT,
    from_=("Katarzyna Nowak", "k.nowak@interia.pl"),
    subject="Data subject access request",
    date="2026-02-17 14:03:22 +0100",
    body="""\
Dear Sir or Madam,

I am a former client of your firm (temporary residence card application, 2023). I am writing to exercise my right of access to my personal data, under Vietnamese data protection law and, to the extent applicable, Article 15 GDPR.

Please provide:
- confirmation whether you process personal data concerning me;
- a copy of that data in a commonly used electronic format;
- the purposes of processing, the recipients to whom it has been disclosed, and the envisaged retention period.

To help you identify me: my passport number at the time ended in ...4471 and I was assisted by Ms Vu Thanh Tam.

Please send the reply to this address or by post to: ul. Długa 17/4, 80-827 Gdańsk, Poland.

Yours faithfully,
Katarzyna Nowak
+48 601 234 877
""",
    label=L("access_request", "en", "Katarzyna Nowak", "+48601234877", "k.nowak@interia.pl",
            "ul. Długa 17/4, 80-827 Gdańsk, Poland", note="Foreign (Polish) phone and postal address."),
))

MESSAGES.append(dict(
    key="AC4", style="android", fmt="alt",
    from_=("Tom", "tommy.ng.sgn@gmail.com"),
    subject="quick q",
    date="2026-03-01 13:20:40 +0700",
    body="""\
hey, a while back i got a quote from you guys for a prenup. just wondering what info you've still got on file about me & my fiancee? not asking you to do anything with it, just want to know what's there.

thx
Tom Nguyen

Sent from my Android
""",
    label=L("access_request", "en", "Tom Nguyen", None, "tommy.ng.sgn@gmail.com",
            note="Casually phrased access request; explicitly not asking for deletion. Name from signature (From "
                 "display is only 'Tom')."),
))

MESSAGES.append(dict(
    key="AC5", style="outlook", fmt="alt",
    from_=("Bùi Quang Vinh", "bqvinh@thepvietnhat.vn"),
    subject="Công ty lấy thông tin của tôi từ đâu?",
    date="2026-02-26 16:12:09 +0700",
    body="""\
Chào Công ty Luật Minh Đạo,

Sáng nay tôi nhận được tin nhắn Zalo từ tài khoản của công ty mời tham dự hội thảo về thuế cho hộ kinh doanh, trong đó gọi đúng tên và chức vụ của tôi. Tôi chưa từng làm việc với bên anh chị nên hơi thắc mắc.

Tôi không có ý trách móc gì, chỉ muốn biết: công ty đang lưu những thông tin gì về tôi, và những thông tin đó công ty có được từ nguồn nào?

Cảm ơn anh chị.

Bùi Quang Vinh
Trưởng phòng Kinh doanh
Công ty CP Thép Việt Nhật
Mobile: 0983-227-419
""",
    label=L("access_request", "vi", "Bùi Quang Vinh", "+84983227419", "bqvinh@thepvietnhat.vn",
            note="Asks what data is held and where it came from; explicitly not a complaint, no deletion asked."),
))

MESSAGES.append(dict(
    key="AC6", style="yahoo", fmt="alt", to_raw=SUPPORT,
    from_=("Nguyen Hoai Thuong", "hoaithuong.ng@yahoo.com"),
    subject="Re: Thông báo cập nhật Chính sách bảo mật thông tin",
    date="2026-01-19 10:02:31 +0700",
    in_reply_to="<newsletter-20260115-0932@minhdaolaw.vn>",
    body="""\
Chao cong ty,
E doc thong bao roi nhung van chua ro lam. Cho e xin ban sao tat ca thong tin ca nhan cua e ma cty dang giu (ke ca ban scan CMND e gui nam 2022) va cho e biet e da dong y cho cty dung vao nhung muc dich gi.
E ko muon xoa hay sua gi dau, chi muon xem thoi.
Thuong - 0336 918 274

On Thursday, January 15, 2026 at 09:32:10 AM GMT+7, Công ty Luật Minh Đạo <support@minhdaolaw.vn> wrote:

> Kính gửi Quý khách hàng,
>
> Công ty Luật TNHH Minh Đạo trân trọng thông báo cập nhật Chính sách bảo mật thông tin, có hiệu lực từ ngày 01/02/2026.
> Theo chính sách mới, Quý khách có quyền yêu cầu truy cập, chỉnh sửa hoặc xóa dữ liệu cá nhân của mình bằng cách gửi email về support@minhdaolaw.vn.
> Mọi thắc mắc xin liên hệ hotline 1800 63 65.
>
> Trân trọng,
> Công ty Luật TNHH Minh Đạo
""",
    label=L("access_request", "vi", "Nguyen Hoai Thuong", "+84336918274", "hoaithuong.ng@yahoo.com",
            note="Reply to the firm's policy notice, whose quoted text lists access/correction/deletion rights; the new "
                 "text asks only to see the data and says it does not want deletion or correction."),
))

MESSAGES.append(dict(
    key="AC7", style="gmail", fmt="alt",
    from_=("Châu Ngọc Diễm", "diem.chau@outlook.com"),
    from_raw="=?UTF-8?Q?Ch=C3=A2u_Ng=E1=BB=8Dc_Di=E1=BB=85m?= <Diem.Chau@outlook.com>",
    subject="Thông tin của tôi trên hệ thống công ty",
    date="2026-03-18 14:55:16 +0700",
    body="""\
Chào anh chị,

Năm ngoái tôi có nhờ bên mình làm thủ tục đăng ký hộ kinh doanh, sắp tới tôi định ký tiếp hợp đồng dịch vụ kế toán thuế với công ty. Trước khi ký, tôi muốn kiểm tra xem hồ sơ khách hàng của tôi trên hệ thống công ty hiện đang ghi những gì (họ tên, ngày sinh, số giấy tờ, địa chỉ, tài khoản ngân hàng...). Anh chị gửi giúp tôi một bản tóm tắt các thông tin đó qua email này nhé.

Tôi ở 88/12 Bùi Đình Túy, P.24, Q. Bình Thạnh. Liên hệ: 0328 551 906.

Cảm ơn.
Châu Ngọc Diễm
""",
    label=L("access_request", "vi", "Châu Ngọc Diễm", "+84328551906", "diem.chau@outlook.com",
            "88/12 Bùi Đình Túy, P.24, Q. Bình Thạnh",
            note="Wants to review what is on file before a new engagement; no error is reported, so access, not "
                 "correction (and the mention of a new contract does not make it a service request). Mixed-case From "
                 "address is labelled lowercase."),
))

# ---------------------------------------------------------------- correction_request
MESSAGES.append(dict(
    key="C1", style="gmail", fmt="alt", to_raw="Trần Hải Yến <support@minhdaolaw.vn>",
    from_=("Tạ Minh Khoa", "taminhkhoa@gmail.com"),
    subject="Đổi số điện thoại liên hệ",
    date="2026-02-02 08:14:26 +0700",
    body="""\
Chào chị Yến,

Số 0903 118 425 tôi đăng ký với công ty hồi ký hợp đồng đã bị mất sim và không lấy lại được. Từ nay mọi liên lạc về vụ tranh chấp hợp đồng xây dựng xin gọi cho tôi qua số mới: 0862 705 331.

Các thông tin khác giữ nguyên.

Cảm ơn chị,
Tạ Minh Khoa
""",
    label=L("correction_request", "vi", "Tạ Minh Khoa", "+84862705331", "taminhkhoa@gmail.com",
            note="Update of phone on file without the word 'sửa'; the old number is a distractor."),
))

MESSAGES.append(dict(
    key="C2", style="gmail", fmt="alt",
    from_=("Huỳnh Thị Ngọc Anh", "ngocanh.huynh.1996@gmail.com"),
    subject="ten bi sai tren ho so",
    date="2026-01-29 21:36:50 +0700",
    body="""\
Chao a/c,
E moi xem lai ban hop dong dich vu gui qua mail thi thay ten e bi ghi la "Huỳnh Thị Ngọc Ánh". Ten dung cua e la Huỳnh Thị Ngọc Anh, chu Anh ko co dau sac nha a/c. Nho a/c chinh lai tren ho so voi hop dong giup e, vi sau nay con nop ho so len So KH-DT, sai ten la bi tra ve.
sdt: 0772 913 058
e cam on nhieu
""",
    label=L("correction_request", "vi", "Huỳnh Thị Ngọc Anh", "+84772913058", "ngocanh.huynh.1996@gmail.com",
            note="Body typed without diacritics but quotes the names with diacritics; the misspelled variant "
                 "'Huỳnh Thị Ngọc Ánh' also appears."),
))

MESSAGES.append(dict(
    key="C3", style="gmail", fmt="alt",
    from_=("Emily Tran", "emily.carter.tran@gmail.com"),
    subject="Name change on my file",
    date="2026-01-22 10:51:18 +0700",
    body="""\
Hello,

I got married in December and have now changed my surname. Your records - and the residence card application you are handling for me - still list me as Emily Carter. Going forward, could your records reflect my married name, Emily Tran? I can send the marriage certificate and my new passport bio page, just tell me whether you need certified copies.

My husband's number (0908 446 713) is on the form as emergency contact, that can stay as it is.

Thanks,
Emily Tran
+84 70 552 8814
""",
    label=L("correction_request", "en", "Emily Tran", "+84705528814", "emily.carter.tran@gmail.com",
            note="Correction phrased as 'could your records reflect...'; old surname and husband's phone are distractors."),
))

MESSAGES.append(dict(
    key="C4", style="outlook", fmt="alt",
    from_=("Mai Xuân Trường", "truong.maixuan@gmail.com"),
    subject="Địa chỉ nhận thư mới",
    date="2026-03-05 09:03:44 +0700",
    body="""\
Chào Công ty,

Gia đình tôi đã chuyển nhà từ tháng 2. Từ nay các giấy tờ, thông báo phí hay thư mời của công ty xin gửi về địa chỉ:

Mai Xuân Trường
Lô B2-07, KDC Nam Long, đường Trần Trọng Cung, P. Tân Thuận Đông, Q.7, TP.HCM

(địa chỉ cũ ở Gò Vấp không còn người nhận).
Điện thoại vẫn như cũ: 0935 617 204.

Trân trọng.
""",
    label=L("correction_request", "vi", "Mai Xuân Trường", "+84935617204", "truong.maixuan@gmail.com",
            "Lô B2-07, KDC Nam Long, đường Trần Trọng Cung, P. Tân Thuận Đông, Q.7, TP.HCM",
            note="Address change phrased as 'send mail to this address from now on' - no 'sửa'/'cập nhật'."),
))

MESSAGES.append(dict(
    key="C5", style="outlook", fmt="alt", lang_hdr="en-US",
    from_=("Linh Do (Accounts)", "accounts@saigonbrightkids.edu.vn"),
    subject="Wrong company name on e-invoice 0000412",
    date="2026-03-02 15:20:37 +0700",
    body="""\
Dear Minh Dao team,

The e-invoice you issued on 27 February (no. 0000412) shows our company name as "Saigon Bright Kid Education Co., Ltd". Our registered name is "Saigon Bright Kids Education Company Limited". The tax code on the invoice (0316882045) is right, only the name is off.

Please update the name in your client records so that future invoices come out correctly, and send us an adjusted invoice for February.

Registered address, for reference: 19 Tran Quoc Thao, Vo Thi Sau Ward, District 3, HCMC.

Best regards,
Do My Linh
Chief Accountant
Tel: (028) 3930 5512
""",
    label=L("correction_request", "en", "Do My Linh", "+842839305512", "accounts@saigonbrightkids.edu.vn",
            "19 Tran Quoc Thao, Vo Thi Sau Ward, District 3, HCMC",
            note="Corporate client's data on file; neutral tone, not a complaint. Tax code is not a phone."),
))

MESSAGES.append(dict(
    key="C6", style="outlook", fmt="alt",
    from_=("Pham Thanh Son", "sonpt.kd@phucthinhgroup.vn"),
    subject="doi email lien he",
    date="2026-02-27 17:44:03 +0700",
    body="""\
Chao chi,

Anh sap nghi o cty Phuc Thinh nen mail nay se bi khoa tu cuoi thang. Tu nay cac van de lien quan vu tranh chap dat o Long An cua anh chi gui ve email ca nhan: PhamThanhSon.LA@gmail.com nhe. So dt van la 0916 23 45 09.

Son
""",
    label=L("correction_request", "vi", "Pham Thanh Son", "+84916234509", "phamthanhson.la@gmail.com",
            note="New contact email in the body (mixed case) wins over the work From address."),
))

MESSAGES.append(dict(
    key="C7", style="plain", fmt="plain", cte="base64",
    from_=("Lương Thị Hồng Nhung", "hongnhung.luong@zohomail.com"),
    subject="Cập nhật thông tin căn cước",
    date="2026-01-12 13:37:59 +0700",
    extra=[("X-Mailer", "Zoho Mail")],
    body="""\
Kính gửi Phòng Chăm sóc khách hàng,

Tôi vừa làm lại thẻ căn cước do thẻ cũ bị hỏng chip. Số định danh không đổi (079190012583) nhưng ngày cấp và nơi cấp đã khác: ngày cấp 05/01/2026, nơi cấp Bộ Công an. Địa chỉ thường trú trên thẻ mới cũng ghi theo đơn vị hành chính mới: 41 Nguyễn Văn Nguyễn, Phường Tân Định, TP. Hồ Chí Minh.

Nhờ Quý Công ty ghi nhận các thông tin này vào hồ sơ ủy quyền của tôi để khi nộp lên Sở Tư pháp không bị trả về.

Mọi liên hệ: 0901 842 637.

Trân trọng,
Lương Thị Hồng Nhung
""",
    label=L("correction_request", "vi", "Lương Thị Hồng Nhung", "+84901842637", "hongnhung.luong@zohomail.com",
            "41 Nguyễn Văn Nguyễn, Phường Tân Định, TP. Hồ Chí Minh",
            note="Base64 body. Correction phrased as 'ghi nhận các thông tin này'; 12-digit ID number is a distractor."),
))

# ---------------------------------------------------------------- deletion_request
MESSAGES.append(dict(
    key="D1", style="gmail", fmt="alt",
    from_=("Kiều Văn Thịnh", "kieuvanthinh@gmail.com"),
    subject="Về thông tin cá nhân của tôi",
    date="2026-02-09 19:25:42 +0700",
    body="""\
Chào Công ty Luật Minh Đạo,

Cuối năm 2023 tôi có gửi hồ sơ nhờ tư vấn vụ mua bán đất nhưng sau đó không ký hợp đồng dịch vụ. Tôi muốn biết hiện công ty còn giữ những thông tin gì của tôi (bản sao sổ đỏ, CCCD, số điện thoại...). Trả lời xong thì đề nghị công ty xóa hết toàn bộ những dữ liệu đó, tôi không còn nhu cầu và không muốn giấy tờ nhà đất của mình nằm ở bất cứ đâu nữa.

Xin xác nhận bằng email khi đã xóa xong.

Kiều Văn Thịnh
0979 350 661
""",
    label=L("deletion_request", "vi", "Kiều Văn Thịnh", "+84979350661", "kieuvanthinh@gmail.com",
            note="Asks what is held AND to delete it -> deletion_request (the end goal)."),
))

MESSAGES.append(dict(
    key="D2", style="plain", fmt="plain",
    from_=("Oliver Grant", "ogrant@fastmail.com"),
    subject="Unsubscribe AND delete",
    date="2026-02-13 07:41:29 +1100",
    extra=[("User-Agent", "Fastmail")],
    body="""\
Please take me off your mailing list and erase whatever personal information you hold on me. I attended one webinar of yours in 2024 and have been getting your "Legal Update" twice a month ever since. The unsubscribe link at the bottom of the last one just leads to an error page, hence this email.

No need to call me, an email confirming it's done is enough.

O. Grant
""",
    label=L("deletion_request", "en", "Oliver Grant", None, "ogrant@fastmail.com",
            note="Mentions a broken unsubscribe link in passing but the request is erasure; first request, no "
                 "grievance about an earlier ignored request, so not a complaint."),
))

MESSAGES.append(dict(
    key="D3", style="android", fmt="alt",
    from_=("Ngoc Tram", "tramngoc.2303@gmail.com"),
    subject=None,
    date="2026-03-14 06:58:10 +0700",
    body="""\
xoa giup e het thong tin cua e nha, e ko co nhu cau dv nua. cam on
""",
    label=L("deletion_request", "vi", "Ngoc Tram", None, "tramngoc.2303@gmail.com",
            note="One-liner with no Subject header; name only from From display."),
))

MESSAGES.append(dict(
    key="D4", style="oe", fmt="plain", charset="windows-1258", hcharset="windows-1258", hmode="Q",
    cte="8bit",
    from_=("Tôn Nữ Minh Thư", "minhthu.tonnu@gmail.com"),
    subject="Rút lại sự đồng ý xử lý dữ liệu cá nhân",
    date="2026-01-30 15:16:33 +0700",
    body="""\
Kính gửi Công ty Luật Minh Đạo,

Khi đăng ký tham dự hội thảo "Pháp lý cho doanh nghiệp nhỏ" tháng 9/2025, tôi đã tích chọn đồng ý cho Công ty sử dụng thông tin để gửi tài liệu và chương trình khuyến mãi. Nay tôi rút lại sự đồng ý này.

Đề nghị Công ty ngừng sử dụng họ tên, số điện thoại và email của tôi cho bất kỳ mục đích nào và không lưu giữ chúng thêm nữa.

Trân trọng,
Tôn Nữ Minh Thư
ĐT: 0914 283 506
""",
    label=L("deletion_request", "vi", "Tôn Nữ Minh Thư", "+84914283506", "minhthu.tonnu@gmail.com",
            note="Withdrawal of consent + stop using + do not retain, without the word 'xóa'. windows-1258 8bit body "
                 "with combining tone marks (labels are NFC)."),
))

MESSAGES.append(dict(
    key="D5", style="outlook", fmt="alt", lang_hdr="en-US",
    from_=("Rajesh Iyer", "rajesh.iyer@tcs-partners.in"),
    subject="Request to destroy documents sent in January",
    date="2026-02-21 11:08:55 +0530",
    body="""\
Dear Sir/Madam,

In January I sent your team copies of my passport, my wife Priya's passport and our two children's birth certificates for a consultation about temporary residence cards. In the end we decided to go with our employer's in-house relocation provider, so we will not be proceeding with your firm.

I would be grateful if you could destroy all those copies and remove our family's details from your systems, including any backups or shared drives, and confirm in writing once done.

Thank you for your understanding.

Regards,
Rajesh Iyer
Mobile (VN): +84 931 604 218
""",
    label=L("deletion_request", "en", "Rajesh Iyer", "+84931604218", "rajesh.iyer@tcs-partners.in",
            note="'destroy ... remove' instead of 'delete'; wife's name is not the sender."),
))

MESSAGES.append(dict(
    key="D6", style="iphone", fmt="html",
    from_=("Quách Thị Lan", "quachlan1979@gmail.com"),
    subject="hồ sơ của tôi",
    date="2026-01-05 20:11:07 +0700",
    body="""\
Chào luật sư, vụ chia tài sản của tôi đã xong từ năm ngoái, cảm ơn anh chị đã giúp đỡ.
Giờ tôi muốn nhờ công ty tiêu hủy hết các bản photo giấy tờ tôi đã nộp (sổ hộ khẩu, giấy khai sinh của các cháu, bản án) và xóa số điện thoại, địa chỉ của tôi khỏi danh sách khách hàng. Tôi không muốn nhận tin nhắn chúc Tết hay quảng cáo nữa.

Lan 0948 672 105

Gửi từ iPhone của tôi
""",
    label=L("deletion_request", "vi", "Quách Thị Lan", "+84948672105", "quachlan1979@gmail.com",
            note="Opens with a thank-you but asks to destroy copies and delete contact data; HTML-only from iPhone."),
))

MESSAGES.append(dict(
    key="D7", style="gmail", fmt="alt",
    from_=("Dinh Cong Hau", "hau.dinhcong@gmail.com"),
    subject="ko dung dich vu nua, de nghi xoa du lieu",
    date="2026-03-19 10:27:14 +0700",
    body="""\
Gui cty Minh Dao,

Toi la Dinh Cong Hau, nam 2025 co nho cty tu van vu boi thuong bao hiem xe. Nay toi ko con nhu cau. De nghi cty xoa het thong tin cua toi va vo toi (Nguyen Thi Thu, sdt 0345 118 902) khoi he thong, ko goi dien hay nhan tin quang cao nua.

Toi ko phan nan gi ve dich vu, chi la ko muon de thong tin o dau ca.
Sdt toi: +84 365 207 449

Hau
""",
    label=L("deletion_request", "vi", "Dinh Cong Hau", "+84365207449", "hau.dinhcong@gmail.com",
            note="Negated 'ko phan nan'; the wife's phone is a distractor."),
))

# ---------------------------------------------------------------- complaint
MESSAGES.append(dict(
    key="CP1", style="gmail", fmt="alt", to_raw="Lê Quốc Bảo <info@minhdaolaw.vn>",
    from_=("Hồ Thị Thanh Thủy", "thanhthuy.ho.dn@gmail.com"),
    subject="Re: Re: Hồ sơ đăng ký thay đổi GPKD - Cty Thủy Mộc",
    date="2026-02-26 21:34:18 +0700",
    in_reply_to="<3f0c9a2e-8d41-4b7f-a2c6-91e5d0b7f3a8@minhdaolaw.vn>",
    body="""\
Anh Bảo,

Đây là lần thứ tư tôi hỏi về hồ sơ này. Hợp đồng ký ngày 5/12, phí đã chuyển đủ 100% ngay hôm đó, công ty anh cam kết 15 ngày làm việc. Bây giờ đã gần 3 tháng mà hồ sơ vẫn CHƯA được nộp lên Sở - tôi vừa tự tra trên Cổng thông tin quốc gia về đăng ký doanh nghiệp thì không thấy gì. Mỗi lần hỏi chỉ nhận được câu "đang xử lý ạ".

Vì sự chậm trễ này mà công ty tôi lỡ mất hợp đồng với đối tác Nhật. Tôi rất bức xúc và đề nghị công ty giải thích bằng văn bản lý do chậm trễ, đồng thời cho biết hướng bồi thường. Nếu trong tuần này không có phản hồi thỏa đáng tôi sẽ yêu cầu hoàn phí và phản ánh lên Đoàn Luật sư.

Hồ Thị Thanh Thủy
Giám đốc - Công ty TNHH Thủy Mộc
0905 338 160

Vào Th 2, 9 thg 2, 2026 vào lúc 10:21 Lê Quốc Bảo <info@minhdaolaw.vn> đã viết:
> Chào chị Thủy,
> Hồ sơ của chị đang được bộ phận pháp chế hoàn thiện, em sẽ cập nhật trong tuần.
> Trân trọng,
> LS. Lê Quốc Bảo
>
>> Vào Th 4, 28 thg 1, 2026 vào lúc 16:02 Hồ Thị Thanh Thủy <thanhthuy.ho.dn@gmail.com> đã viết:
>> Anh Bảo ơi hồ sơ của chị đến đâu rồi em?
""",
    label=L("complaint", "vi", "Hồ Thị Thanh Thủy", "+84905338160", "thanhthuy.ho.dn@gmail.com",
            note="Looks like a status follow-up thread, but the new text is anger at the firm's own delay with demands "
                 "for explanation/compensation -> complaint."),
))

MESSAGES.append(dict(
    key="CP2", style="thunderbird", fmt="plain", lang_hdr="en-US",
    to_raw=SUPPORT,
    from_=("Peter Novak", "peter.novak@novak-trading.cz"),
    subject="Invoice INV-2026-0219 - this is not what we agreed",
    date="2026-02-20 10:15:02 +0700",
    body="""\
Dear Ms Yen,

Your engagement letter of 8 January quotes a fixed fee of USD 2,400 for the investment registration certificate. Invoice INV-2026-0219 charges USD 3,950, with a line item "additional consultation - 6.5 hrs" that nobody ever discussed with me. I did not request any additional consultation and I have no record of such meetings.

I already paid the agreed USD 2,400 to your account 0071 0009 88213 at Vietcombank on 15 January. I will not pay the remainder, and frankly I am disappointed that a law firm would try this. I expect a corrected invoice and an explanation from the partner in charge.

Peter Novak
Managing Director, Novak Trading s.r.o.
Mobile VN: 0896 552 340
""",
    label=L("complaint", "en", "Peter Novak", "+84896552340", "peter.novak@novak-trading.cz",
            note="Fee dispute with the firm. 'corrected invoice' is not a personal-data correction; the account number "
                 "is the firm's."),
))

MESSAGES.append(dict(
    key="CP3", style="android", fmt="alt",
    from_=("Truong Thi Hoa", "hoatruong.bd@gmail.com"),
    subject="thai do nhan vien qua te",
    date="2026-03-11 15:52:48 +0700",
    body="""\
toi goi hotline 1800 63 65 luc 3h chieu nay de hoi lich hen, ban nu nghe may noi chuyen rat coc loc, con noi "chi doc ky hop dong di chu hoi hoai vay". toi la khach hang tra tien chu ko phai di xin.
de nghi cty xem lai cach dao tao nhan vien. toi muon duoc xin loi.

Hoa
sdt 0966 730 214
""",
    label=L("complaint", "vi", "Truong Thi Hoa", "+84966730214", "hoatruong.bd@gmail.com",
            note="The hotline quoted is the firm's, not the sender's."),
))

MESSAGES.append(dict(
    key="CP4", style="outlook", fmt="alt",
    from_=("Võ Thành Đạt", "datvo.thanh@gmail.com"),
    subject="Hồ sơ bị trả về vì sai tên - yêu cầu công ty chịu trách nhiệm",
    date="2026-03-06 08:47:21 +0700",
    body="""\
Kính gửi Ban lãnh đạo Công ty Luật Minh Đạo,

Tôi vô cùng thất vọng. Hồ sơ đăng ký biến động đất đai của tôi bị Văn phòng đăng ký đất đai trả về sau 20 ngày chỉ vì nhân viên bên anh chị gõ sai tên tôi thành "Võ Thanh Đạt" và sai năm sinh (1978 thay vì 1987), trong khi tôi đã gửi bản scan CCCD rõ ràng. Tôi mất thêm 3 tuần và phải xin nghỉ làm hai lần để ký lại giấy tờ.

Tôi yêu cầu:
- Sửa ngay tên và năm sinh của tôi trong hồ sơ của công ty: Võ Thành Đạt, sinh năm 1987;
- Nộp lại hồ sơ trong tuần này, không thu thêm bất cứ khoản phí nào;
- Có văn bản giải thích và xin lỗi.

Võ Thành Đạt
ĐT: 0912-884-307
""",
    label=L("complaint", "vi", "Võ Thành Đạt", "+84912884307", "datvo.thanh@gmail.com",
            note="Complaint about the firm's error that also asks to correct name/birth year on file; dominant intent "
                 "complaint. Misspelled name variant also appears."),
))

MESSAGES.append(dict(
    key="CP5", style="thunderbird", fmt="plain", lang_hdr="de-DE",
    from_=("Hannah Schmidt", "hannah.schmidt@gmx.de"),
    subject="You exposed my email address to dozens of strangers",
    date="2026-02-18 11:02:37 +0700",
    body="""\
Hi,

This morning your firm sent out a "Tet greetings & 2026 fee schedule" email with every recipient in the CC field. I count 63 addresses including mine, and several of them are clearly other clients of yours. I have since received two reply-alls from complete strangers.

I trusted your firm with my immigration file precisely because I assumed you take confidentiality seriously. This is a basic mistake. Please explain what you are going to do about it and whether you have notified the authorities.

Hannah Schmidt
Ho Chi Minh City
""",
    label=L("complaint", "en", "Hannah Schmidt", None, "hannah.schmidt@gmx.de",
            note="Complaint about the firm's data handling (CC leak); asks for explanation, not access/deletion. "
                 "'Ho Chi Minh City' alone is not an address."),
))

MESSAGES.append(dict(
    key="CP6", style="android", fmt="alt",
    from_=("Lam Van Phuoc", "lamvanphuoc.kg@gmail.com"),
    subject="LS KHONG DEN PHIEN TOA",
    date="2026-03-17 10:36:55 +0700",
    body="""\
toi that su qua buc xuc!!! sang nay 8h phien toa so tham vu tranh chap dat cua toi o Rach Gia, LS Minh ben cty KHONG DEN, goi dien ko bat may. toa phai hoan, ben kia con cuoi vao mat toi. toi da dong 30 trieu tien phi ma lam an vay a???
de nghi cty giai trinh ngay. neu ko toi se lam don gui Doan luat su.
Phuoc 0917 446 093
""",
    label=L("complaint", "vi", "Lam Van Phuoc", "+84917446093", "lamvanphuoc.kg@gmail.com"),
))

MESSAGES.append(dict(
    key="CP7", style="gmail", fmt="alt",
    from_=("Phan Ngọc Hân", "ngochan.phan@gmail.com"),
    subject="Fwd: Hồ sơ công chứng hợp đồng mua bán - KH Nguyễn Văn Tài",
    date="2026-03-04 07:49:33 +0700",
    body="""\
Chào Công ty,

Tôi chuyển tiếp email bên dưới. Chiều qua nhân viên bên anh chị gửi cho tôi hồ sơ của một khách hàng khác (ông Nguyễn Văn Tài), có cả CCCD, sổ đỏ và số điện thoại của ông ấy. Tôi không hề quen ông này. Tôi đã không mở file đính kèm, nhưng thú thật tôi rất lo: hồ sơ của người khác bị gửi nhầm cho tôi thì hồ sơ của tôi có bị gửi nhầm cho ai không?

Đề nghị công ty kiểm tra lại cách quản lý hồ sơ và trả lời tôi.

Phan Ngọc Hân - 0944 257 318

---------- Forwarded message ---------
Từ: Trần Hải Yến <support@minhdaolaw.vn>
Date: Th 3, 3 thg 3, 2026 vào lúc 17:46
Subject: Hồ sơ công chứng hợp đồng mua bán - KH Nguyễn Văn Tài
To: <ngochan.phan@gmail.com>


Chú Tài ơi, con gửi chú bộ hồ sơ để chú kiểm tra trước khi ra công chứng ạ:
- CCCD, Giấy chứng nhận QSDĐ số CS 04128
- Dự thảo hợp đồng mua bán
Có gì chú gọi con số 0938 006 421 nha.

Yến
""",
    label=L("complaint", "vi", "Phan Ngọc Hân", "+84944257318", "ngochan.phan@gmail.com",
            note="Forwarded firm mail included as evidence of a misdirected file; the phone and name in the forwarded "
                 "part are not the sender's. Worry about her own data does not make it an access request."),
))

MESSAGES.append(dict(
    key="CP8", style="outlook", fmt="alt", lang_hdr="en-US",
    from_=("David Cho", "david.cho.hk@outlook.com"),
    subject="Third time: STOP using my data",
    date="2026-03-13 09:18:40 +0800",
    body="""\
To whoever handles privacy at Minh Dao Law,

On 12 January and again on 3 February I wrote to info@ asking you to delete my details and stop contacting me. Both times I got an automatic "we have received your request" and nothing else. Yesterday I received yet another SMS promoting your "foreign investor package", and a call from one of your staff who clearly had my file in front of her.

This is not acceptable, and it is exactly what your own privacy policy says you will not do. I am now considering a report to the data protection authority. I want a named person to respond within 5 working days explaining why my previous requests were ignored.

David Cho
+852 9123 4476
""",
    label=L("complaint", "en", "David Cho", "+85291234476", "david.cho.hk@outlook.com",
            note="Deletion was requested before; this mail complains that the firm ignored it and demands an "
                 "explanation -> complaint rather than deletion_request. Hong Kong phone."),
))

MESSAGES.append(dict(
    key="CP9", style="gmail", fmt="alt", cte="quoted-printable", to_raw="Trần Hải Yến <support@minhdaolaw.vn>",
    from_=("Nguyễn Hữu Phúc", "phuc.nguyenhuu.vt@gmail.com"),
    subject="Re: Tiếp nhận yêu cầu tư vấn - Nguyễn Hữu Phúc",
    date="2026-03-09 16:40:12 +0700",
    in_reply_to="<a4e2d7c1-1f93-4c0b-b8a5-3d6e9f20c471@minhdaolaw.vn>",
    body="""\
Chị Yến ơi,

Chị hứa là trong 3 ngày làm việc sẽ có luật sư gọi lại cho tôi, vậy mà đã hơn 2 tuần rồi. Tôi gọi tổng đài 5 lần, lần nào cũng nói "luật sư đang bận, sẽ gọi lại". Tôi đã đóng phí tư vấn 2 triệu chứ có phải hỏi miễn phí đâu. Làm ăn kiểu này thì trả lại tiền cho tôi.

Phúc
0976 138 225

Vào Th 6, 20 thg 2, 2026 vào lúc 09:30 Trần Hải Yến <support@minhdaolaw.vn> đã viết:
> Kính gửi anh Phúc,
>
> Công ty Luật Minh Đạo đã nhận được phí tư vấn và yêu cầu của anh về việc tranh chấp hợp đồng mua bán căn hộ. Luật sư phụ trách sẽ liên hệ với anh trong vòng 03 ngày làm việc.
>
> Mọi thắc mắc xin liên hệ hotline 1800 63 65.
>
> Trân trọng,
> Trần Hải Yến
> Bộ phận Chăm sóc khách hàng
""",
    label=L("complaint", "vi", "Nguyễn Hữu Phúc", "+84976138225", "phuc.nguyenhuu.vt@gmail.com",
            note="Reply above quoted history; unreturned calls and refund demand -> complaint, not a status follow-up."),
))

MESSAGES.append(dict(
    key="CP10", style="yahoo", fmt="alt",
    from_=("Duong Thi Kim Oanh", "kimoanh.duong@yahoo.com.vn"),
    subject="phi phat sinh?",
    date="2026-01-16 18:24:50 +0700",
    body="""\
Chao cty, hop dong ghi ro phi tron goi 15tr cho thu tuc sang ten nha + xe, vay ma hom qua ban Tam nhan tin doi them 4tr "phi di lai, phi photo cong chung". Luc ky ko ai noi toi khoan nay. Toi thay vay la ko dung, cty lam an ko minh bach. Toi se ko tra them dong nao.
Kim Oanh - 0703 229 518
""",
    label=L("complaint", "vi", "Duong Thi Kim Oanh", "+84703229518", "kimoanh.duong@yahoo.com.vn"),
))

# ---------------------------------------------------------------- unknown (human)
MESSAGES.append(dict(
    key="U1", style="outlook", fmt="alt", cte="base64", cte_html="base64",
    from_=("Nguyễn Thị Mai Phương", "maiphuong.sales@cafevanphong.vn"),
    subject="Giải pháp cà phê văn phòng - miễn phí máy pha cho Quý Công ty",
    date="2026-01-07 09:05:00 +0700",
    body="""\
Kính gửi Quý Công ty Luật Minh Đạo,

Em là Mai Phương, chuyên viên kinh doanh của Cà Phê Văn Phòng Sài Gòn. Bên em hiện đang có chương trình cho mượn miễn phí máy pha cà phê tự động (trị giá 45 triệu) cho các văn phòng luật, kế toán, chỉ cần sử dụng tối thiểu 5kg hạt/tháng.

Ưu đãi tháng 1: tặng thêm 2kg hạt Arabica Cầu Đất và vệ sinh máy định kỳ miễn phí.

Nếu anh chị quan tâm, em xin phép ghé văn phòng demo trong 15 phút, không mất phí. Anh chị chỉ cần phản hồi email này hoặc gọi/Zalo cho em: 0934 818 227.

Trân trọng,
Nguyễn Thị Mai Phương
Chuyên viên kinh doanh - Cà Phê Văn Phòng Sài Gòn
""",
    label=L("unknown", "vi", "Nguyễn Thị Mai Phương", "+84934818227", "maiphuong.sales@cafevanphong.vn",
            note="Cold sales pitch to the firm; base64 bodies."),
))

MESSAGES.append(dict(
    key="U2", style="gmail", fmt="alt",
    from_=("Arjun Mehta", "arjun@consently.io"),
    subject="Handling access & deletion requests under Vietnam's new data law?",
    date="2026-01-27 14:30:12 +0800",
    body="""\
Hi there,

With Vietnam's Personal Data Protection Law in force since 1 January 2026, firms like yours are seeing a lot more data subject requests - access, correction, deletion, consent withdrawal - and most are still handled by hand in a shared inbox.

Consently plugs into Gmail/Outlook, auto-detects these requests, tracks the statutory deadlines and produces an audit trail you can show the regulator. Several law firms in Singapore and Jakarta already use it.

Would you be open to a 15-minute demo next week? Happy to work around your schedule.

Best,
Arjun Mehta
Partnerships, APAC - Consently
+65 8123 4567
""",
    label=L("unknown", "en", "Arjun Mehta", "+6581234567", "arjun@consently.io",
            note="Vendor pitch full of privacy-request keywords (access, correction, deletion); asks for a demo, not a "
                 "legal service."),
))

MESSAGES.append(dict(
    key="U3", style="gmail", fmt="alt",
    from_=("Trinh Bao Chau", "baochau.trinh.luat@gmail.com"),
    subject="ung tuyen thuc tap sinh phap ly - Trinh Bao Chau",
    date="2026-03-03 22:10:45 +0700",
    attachments=[("CV_TrinhBaoChau.pdf", "application/pdf",
                  b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                  b"trailer<</Root 1 0 R>>\n%%EOF\n")],
    body="""\
Kinh gui anh chi phong nhan su,

E la Trinh Bao Chau, sv nam 4 truong DH Luat TP.HCM, chuyen nganh luat thuong mai. E thay cty dang tuyen thuc tap sinh phap ly tren TopCV nen gui CV (dinh kem) de ung tuyen. E co the lam full-time tu thang 4, tieng Anh IELTS 7.0, da tung thuc tap 3 thang o phong phap che mot cty logistics.

Mong dc anh chi xem xet a.

SDT: 0357 902 416
Dia chi: 15 Duong so 9, P. Linh Trung, TP. Thu Duc
""",
    label=L("unknown", "vi", "Trinh Bao Chau", "+84357902416", "baochau.trinh.luat@gmail.com",
            "15 Duong so 9, P. Linh Trung, TP. Thu Duc",
            note="Job application with CV attachment, not a customer request."),
))

MESSAGES.append(dict(
    key="U4", style="gmail", fmt="alt", to_raw="Lê Quốc Bảo <info@minhdaolaw.vn>",
    from_=("Lâm Quốc Cường", "cuonglq.nt@gmail.com"),
    subject="Cảm ơn luật sư Bảo và các bạn",
    date="2026-02-14 20:48:03 +0700",
    body="""\
Chào luật sư Bảo,

Hôm qua gia đình tôi đã nhận được bản án phúc thẩm, giữ nguyên quyền sử dụng lô đất cho nhà tôi. Hơn hai năm theo vụ này, nhiều lúc tôi tưởng đã phải bỏ cuộc, nhờ anh và các bạn kiên trì mới có kết quả như hôm nay.

Cả nhà tôi rất biết ơn. Chúc anh và công ty năm mới an khang, thịnh vượng. Khi nào có dịp ra Nha Trang nhớ báo tôi, tôi mời anh đi ăn hải sản.

Lâm Quốc Cường
0914 552 360
""",
    label=L("unknown", "vi", "Lâm Quốc Cường", "+84914552360", "cuonglq.nt@gmail.com",
            note="Thank-you note that asks the firm for nothing (the dinner invitation is not a request for service)."),
))

MESSAGES.append(dict(
    key="U5", style="iphone", fmt="html",
    from_=("Tran Nhu Y", "nhuy.tran.0711@icloud.com"),
    subject="dat hang",
    date="2026-02-08 11:33:27 +0700",
    body="""\
shop oi e dat 2 bo do ngu lua mau hong size M voi 1 bo mau xanh size L nha, ship ve 33 Hem 12 Nguyen Trai, P.2, Q.5 giup e, e nhan hang gio hanh chinh. sdt nguoi nhan 0393 017 552.
e ck truoc hay COD dc shop?
Nhu Y
""",
    label=L("unknown", "vi", "Tran Nhu Y", "+84393017552", "nhuy.tran.0711@icloud.com", "33 Hem 12 Nguyen Trai, P.2, Q.5",
            note="Wrong recipient (order meant for a clothing shop); HTML-only from iPhone without the default "
                 "signature. The delivery address and recipient phone are the sender's own."),
))

MESSAGES.append(dict(
    key="U6", style="outlook", fmt="alt", lang_hdr="en-US",
    from_=("Michelle Ong", "michelle.ong@sgtextiles.com.sg"),
    subject="RE: Thư mời hội thảo / Invitation - Complying with Vietnam's Personal Data Protection Law (18/3)",
    date="2026-03-06 13:14:27 +0700",
    in_reply_to="<event-20260302-pdpl@minhdaolaw.vn>",
    body="""\
Dear Minh Dao team,

Thank you for the invitation. I'd like to confirm attendance for myself and one colleague (Mr Tan Wei Jie, Legal & Compliance). We'll be there by 8:45.

Best regards,
Michelle Ong
HR Director, SG Textiles Vietnam
Tel: +84 28 3724 1190

From: Công ty Luật Minh Đạo <info@minhdaolaw.vn>
Sent: Monday, March 2, 2026 10:00 AM
Subject: Thư mời hội thảo / Invitation - Complying with Vietnam's Personal Data Protection Law (18/3)

Kính mời Quý doanh nghiệp tham dự hội thảo "Tuân thủ Luật Bảo vệ dữ liệu cá nhân": quyền truy cập, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu; xử lý vi phạm và khiếu nại.
Thời gian: 8:30 - 11:30, thứ Tư 18/3/2026. Địa điểm: 215 Nam Kỳ Khởi Nghĩa, Q.3.
Đăng ký: trả lời email này hoặc gọi 1800 63 65.
""",
    label=L("unknown", "en", "Michelle Ong", "+842837241190", "michelle.ong@sgtextiles.com.sg",
            note="RSVP to the firm's seminar; quoted invitation is full of access/correction/deletion/complaint keywords "
                 "but the sender asks for nothing."),
))

MESSAGES.append(dict(
    key="U7", style="gmail", fmt="alt",
    from_=("Văn Thị Ngọc Trinh", "trinhvan.ngoc@gmail.com"),
    subject="Để quên đồ ở văn phòng",
    date="2026-03-13 17:05:51 +0700",
    body="""\
Chào bạn lễ tân,

Chiều thứ Tư tôi có ghé văn phòng công ty ở tầng 9 để ký giấy, lúc về hình như tôi để quên cây dù màu xanh navy và một bình giữ nhiệt ở ghế sofa phòng chờ. Nhờ bạn xem giúp có không, nếu có thì giữ giùm, cuối tuần tôi qua lấy.

Cảm ơn nhiều!
Trinh - 0765 442 819
""",
    label=L("unknown", "vi", "Văn Thị Ngọc Trinh", "+84765442819", "trinhvan.ngoc@gmail.com",
            note="Non-legal request (lost umbrella); the visit to sign papers is incidental."),
))

MESSAGES.append(dict(
    key="U8", style="outlook", fmt="alt", lang_hdr="en-US",
    from_=("Kevin Tran", "kevin.tran@pacificlinklogistics.com"),
    subject="Revised shipping schedule - PO 45821",
    date="2026-01-23 16:47:09 +0700",
    body="""\
Hi Ms Huong,

Please see the revised schedule for PO 45821 below. The vessel was rolled over at Busan, so everything moves by 4 days:

ETD Busan: 20 Jan -> 24 Jan
ETA Cat Lai: 26 Jan -> 30 Jan
Container: TCLU 492038-1 (40'HC)

Let me know if your warehouse can receive on the 31st, otherwise we'll need to arrange storage at the depot.

Thanks,
Kevin Tran
Pacific Link Logistics
M: +84 98 321 0457
""",
    label=L("unknown", "en", "Kevin Tran", "+84983210457", "kevin.tran@pacificlinklogistics.com",
            note="Wrong recipient: logistics update meant for someone else."),
))

# ---------------------------------------------------------------- automated (unknown)
_B1 = "4F2A81C0E3B.1773216131/mx1.minhdaolaw.vn"
MESSAGES.append(dict(
    key="A1", style="plain",
    from_=("Mail Delivery System", "MAILER-DAEMON@mx1.minhdaolaw.vn"),
    from_raw="MAILER-DAEMON@mx1.minhdaolaw.vn (Mail Delivery System)",
    to_raw=SUPPORT,
    subject="Undelivered Mail Returned to Sender",
    date="2026-03-11 15:02:13 +0700",
    mid="<20260311080213.5C0D21C0E40@mx1.minhdaolaw.vn>",
    extra=[("Auto-Submitted", "auto-replied")],
    raw_content=('Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"\nContent-Transfer-Encoding: 8bit' % _B1, """\
This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.minhdaolaw.vn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thanhvu.le@yahooo.com>: Host or domain name not found. Name service error for
    name=yahooo.com type=MX: Host not found, try again

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.minhdaolaw.vn
X-Postfix-Queue-ID: 4F2A81C0E3B
X-Postfix-Sender: rfc822; support@minhdaolaw.vn
Arrival-Date: Wed, 11 Mar 2026 15:02:11 +0700 (+07)

Final-Recipient: rfc822; thanhvu.le@yahooo.com
Original-Recipient: rfc822;thanhvu.le@yahooo.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=yahooo.com type=MX: Host not found, try again

--%(b)s
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: =?UTF-8?Q?Tr=E1=BA=A7n_H=E1=BA=A3i_Y=E1=BA=BFn?= <support@minhdaolaw.vn>
To: thanhvu.le@yahooo.com
Subject: %(subj)s
Date: Wed, 11 Mar 2026 15:02:09 +0700
Message-ID: <c2d94e1b-7a60-4d1f-9b3e-5f8a0c6e2d17@minhdaolaw.vn>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Kính gửi anh Lê Thành Vũ,

Công ty Luật Minh Đạo đã nhận được yêu cầu xóa dữ liệu cá nhân của anh ngày 05/3/2026. Chúng tôi đã xóa các bản sao giấy tờ và thông tin liên hệ của anh khỏi hệ thống, trừ hóa đơn phải lưu theo quy định về kế toán.

Nếu anh có khiếu nại hoặc cần hỗ trợ thêm, vui lòng liên hệ hotline 1800 63 65.

Trân trọng,
Trần Hải Yến
Bộ phận Chăm sóc khách hàng - Công ty Luật TNHH Minh Đạo

--%(b)s--
""" % {"b": _B1, "subj": ew("Phản hồi yêu cầu xóa dữ liệu cá nhân")}),
    label=AUTO("en", note="Postfix bounce of the firm's own reply; the returned message talks about a deletion request "
                          "and complaints but is the firm's text, not customer mail."),
))

MESSAGES.append(dict(
    key="A2", style="plain", fmt="plain", cte="quoted-printable",
    from_=("Lưu Minh Quân", "quan.luu@anphatlogistics.vn"),
    to_raw=INFO,
    subject="Tự động trả lời: Hợp đồng dịch vụ pháp lý thường xuyên năm 2026",
    date="2026-03-10 08:00:41 +0700",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", "<9e1b7f30-2c55-4a8d-b0e4-7d13a6f5c982@minhdaolaw.vn>")],
    body="""\
Cảm ơn anh/chị đã gửi email.

Tôi đang nghỉ phép từ 09/03 đến hết 16/03/2026 và sẽ hạn chế kiểm tra email. Tôi sẽ phản hồi ngay khi quay lại.

Việc gấp xin liên hệ chị Đào Thu Trang - Phòng Hành chính, ĐT 0903 552 018, email trang.dao@anphatlogistics.vn.

Lưu Minh Quân
Công ty TNHH Logistics An Phát
""",
    label=AUTO("vi", note="Out-of-office; the colleague's phone/email are not a customer contact."),
))

MESSAGES.append(dict(
    key="A3", style="outlook", fmt="alt", lang_hdr="vi-VN, en-US",
    from_=("Nguyen Thi Thanh Xuan", "xuan.ntt@kimlongpharma.com.vn"),
    to_raw=SUPPORT,
    subject="Automatic reply: Yêu cầu bổ sung hồ sơ / Request for additional documents",
    date="2026-02-23 14:21:06 +0700",
    in_reply_to="<6b8f2a14-d0c9-4e37-9a51-2c7e8b3f0d64@minhdaolaw.vn>",
    extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "xuan.ntt@kimlongpharma.com.vn")],
    body="""\
Xin chào,

Tôi hiện đang đi công tác nước ngoài đến ngày 02/03/2026, việc trả lời email có thể bị chậm. Các vấn đề liên quan đến hồ sơ pháp lý, xin vui lòng liên hệ anh Hà Đức Long (long.hd@kimlongpharma.com.vn).

Hello,

I am travelling abroad until 2 March 2026 with limited access to email. For legal and regulatory matters please contact Mr Ha Duc Long (long.hd@kimlongpharma.com.vn).

Best regards,
Thanh Xuan
""",
    label=AUTO("mixed", note="Bilingual Exchange out-of-office with no Auto-Submitted header; only the 'Automatic reply' "
                             "subject and the body reveal it."),
))

_NL_HTML = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin Pháp lý Doanh nghiệp</title></head>
<body style="margin:0;background:#f3f4f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:20px;background:#0b3d91;color:#fff;font-size:20px">Bản tin Pháp lý Doanh nghiệp - Số 112</td></tr>
<tr><td style="padding:20px">
<h2 style="font-size:17px">1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp cần làm gì khi khách hàng yêu cầu xóa dữ liệu?</h2>
<p>Từ 01/01/2026, chủ thể dữ liệu có quyền yêu cầu truy cập, chỉnh sửa, xóa dữ liệu. Doanh nghiệp phải phản hồi trong thời hạn luật định, nếu không có thể bị khiếu nại và xử phạt...</p>
<p><a href="https://phaplydoanhnghiep.vn/r/112-1?u=7f3c">Đọc tiếp &raquo;</a></p>
<h2 style="font-size:17px">2. Hướng dẫn mới về hóa đơn điện tử từ 2026</h2>
<p>Tổng cục Thuế hướng dẫn chi tiết việc lập hóa đơn điều chỉnh khi sai tên, địa chỉ người mua...</p>
<p><a href="https://phaplydoanhnghiep.vn/r/112-2?u=7f3c">Đọc tiếp &raquo;</a></p>
<h2 style="font-size:17px">3. Hỏi đáp: Người lao động bị cho nghỉ việc không báo trước được bồi thường thế nào?</h2>
<p><a href="https://phaplydoanhnghiep.vn/r/112-3?u=7f3c">Xem giải đáp &raquo;</a></p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">
Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn với địa chỉ info@minhdaolaw.vn.<br>
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=7f3c">Hủy đăng ký</a> | Tầng 5, 34 Lê Duẩn, Q.1, TP.HCM
</td></tr></table></td></tr></table>
</body></html>
"""
MESSAGES.append(dict(
    key="A4", style="plain", fmt="alt", cte="base64", cte_html="base64",
    from_=("Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"),
    to_raw=INFO,
    subject="[Số 112] Xóa dữ liệu khách hàng theo luật mới - Hóa đơn điện tử 2026 - Hỏi đáp lao động",
    date="2026-01-15 06:00:02 +0700",
    mid="<20260115060002.112.7f3c@mailer.phaplydoanhnghiep.vn>",
    extra=[("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=7f3c>, <mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsubscribe>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"), ("X-Mailer", "phpList v3.6.14")],
    html=_NL_HTML,
    body="""\
BẢN TIN PHÁP LÝ DOANH NGHIỆP - SỐ 112

1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp cần làm gì khi khách hàng yêu cầu xóa dữ liệu?
Từ 01/01/2026, chủ thể dữ liệu có quyền yêu cầu truy cập, chỉnh sửa, xóa dữ liệu. Doanh nghiệp phải phản hồi trong thời hạn luật định, nếu không có thể bị khiếu nại và xử phạt...
Đọc tiếp: https://phaplydoanhnghiep.vn/r/112-1?u=7f3c

2. Hướng dẫn mới về hóa đơn điện tử từ 2026
Đọc tiếp: https://phaplydoanhnghiep.vn/r/112-2?u=7f3c

3. Hỏi đáp: Người lao động bị cho nghỉ việc không báo trước được bồi thường thế nào?
Xem giải đáp: https://phaplydoanhnghiep.vn/r/112-3?u=7f3c

--
Bạn nhận được email này vì đã đăng ký nhận bản tin với địa chỉ info@minhdaolaw.vn.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=7f3c
""",
    label=AUTO("vi", note="Bulk newsletter whose headlines mention data deletion, corrections and complaints."),
))

MESSAGES.append(dict(
    key="A5", style="plain", fmt="plain",
    from_=("saigon-expat-legal", "saigon-expat-legal@googlegroups.com"),
    to_raw="Digest recipients <saigon-expat-legal@googlegroups.com>",
    subject="[saigon-expat-legal] Digest for saigon-expat-legal@googlegroups.com - 3 updates in 3 topics",
    date="2026-02-25 07:12:44 +0000",
    mid="<0000000000009c4e2a061b7f31d8@google.com>",
    extra=[("Mailing-list", "list saigon-expat-legal@googlegroups.com; contact saigon-expat-legal+owners@googlegroups.com"),
           ("List-ID", "<saigon-expat-legal.googlegroups.com>"),
           ("Precedence", "list"),
           ("List-Unsubscribe", "<mailto:saigon-expat-legal+unsubscribe@googlegroups.com>")],
    body="""\
saigon-expat-legal@googlegroups.com
Google Groups
Topic digest
View all topics

  - Recommendation for a divorce lawyer? - 1 Update
  - Minh Dao Law - anyone else waiting forever? - 1 Update
  - TRC renewal for dependants - 1 Update

Recommendation for a divorce lawyer?
Greg H <greg.holloway.vn@gmail.com>: Feb 24 09:15PM +0700

Hi all, sadly need an English-speaking family lawyer in HCMC. Any
recommendations? Please PM me or call 0937 221 604.

Minh Dao Law - anyone else waiting forever?
Sandra P <sandra.pieters@outlook.com>: Feb 24 10:02PM +0700

They've had my work permit file for 6 weeks and nobody answers the
phone. Is this normal?

TRC renewal for dependants
Jon <jon.abbott@protonmail.com>: Feb 25 06:48AM +0700

Does anyone know if the kids' TRC can be renewed before mine?

You received this digest because you're subscribed to updates for this group.
You can change your settings on the group membership page.
To unsubscribe from this group and stop receiving emails from it send an
email to saigon-expat-legal+unsubscribe@googlegroups.com.
""",
    label=AUTO("en", note="Mailing-list digest: it contains a member's complaint about this firm and requests for "
                          "lawyers, but it is list mail, not addressed to the firm."),
))

MESSAGES.append(dict(
    key="A6", style="plain", fmt="alt", cte="quoted-printable",
    from_=("Hệ thống Hóa đơn điện tử VietTrust", "noreply@einvoice-viettrust.vn"),
    to_raw=INFO,
    subject="Thông báo phát hành hóa đơn điện tử số 00001873 - Công ty TNHH In ấn Sao Mai",
    date="2026-02-06 10:31:58 +0700",
    mid="<hd-00001873-0313552907@einvoice-viettrust.vn>",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Kính gửi Quý khách hàng: CÔNG TY LUẬT TNHH MINH ĐẠO
Mã số thuế: 0312749958

Công ty TNHH In ấn Sao Mai (MST: 0313552907) vừa phát hành hóa đơn điện tử cho Quý khách:
- Ký hiệu: 1C26TSM
- Số hóa đơn: 00001873
- Ngày lập: 06/02/2026
- Tổng tiền thanh toán: 8.910.000 VNĐ

Tra cứu hóa đơn tại: https://tracuu.einvoice-viettrust.vn  - Mã tra cứu: SM7Q2X9K41

Đây là email tự động, vui lòng không trả lời email này. Hỗ trợ: 1900 6142.
""",
    label=AUTO("vi", note="System-generated e-invoice notice; tax codes and hotline are not contacts."),
))

MESSAGES.append(dict(
    key="A7", style="plain", fmt="plain",
    from_=("CSKH Điện Máy Hoàng Cầu", "cskh@dienmayhoangcau.vn"),
    to_raw=SUPPORT,
    subject="[Ticket #458812] Re: Yêu cầu xóa dữ liệu khách hàng - ủy quyền của ông Trịnh Văn Bình",
    date="2026-03-18 16:20:05 +0700",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
           ("In-Reply-To", "<f18c3a7e-62b4-4d0e-9c85-0b7a2e4d1f39@minhdaolaw.vn>")],
    body="""\
Kính gửi Quý khách,

Hệ thống đã tiếp nhận yêu cầu của Quý khách với mã phiếu #458812. Bộ phận liên quan sẽ phản hồi trong vòng 48 giờ làm việc.

Vui lòng giữ nguyên tiêu đề email khi trao đổi thêm để chúng tôi xử lý nhanh hơn.

Trân trọng,
Bộ phận Chăm sóc khách hàng - Điện Máy Hoàng Cầu
Hotline: 1800 6868
""",
    label=AUTO("vi", note="Helpdesk auto-acknowledgement of a deletion request the firm sent on a client's behalf; "
                          "subject carries deletion keywords."),
))

MESSAGES.append(dict(
    key="A8", style="plain", fmt="alt",
    from_=("Asia Legal Excellence Awards", "events@asialegalexcellence.com"),
    to_raw=INFO,
    subject="Last call: nominations for Vietnam Law Firm of the Year close Friday",
    date="2026-01-21 02:00:00 +0000",
    mid="<0101019b8c2e4f7a-5d1c9e20-8a3f-4b6e-b172-3e9d0f6a4c58-000000@us-east-1.amazonses.com>",
    extra=[("List-Unsubscribe", "<https://asialegalexcellence.com/u/9f2e6c>"), ("Precedence", "bulk"),
           ("Feedback-ID", "1.us-east-1.ALEA2026:AmazonSES")],
    body="""\
Dear Partner,

Nominations for the Asia Legal Excellence Awards 2026 - Vietnam close this Friday, 23 January.

Categories include Law Firm of the Year, Data Protection & Privacy Team of the Year, Dispute Resolution Team of the Year and Rising Star.

Submit your nomination: https://asialegalexcellence.com/nominate/vn2026
Gala dinner: 24 April 2026, Park Hyatt Saigon. Early-bird tables from USD 4,500.

Kind regards,
The ALEA Events Team

You are receiving this because info@minhdaolaw.vn is on our legal industry mailing list.
Unsubscribe: https://asialegalexcellence.com/u/9f2e6c
""",
    label=AUTO("en", note="Bulk marketing (Precedence: bulk, List-Unsubscribe)."),
))

MESSAGES.append(dict(
    key="A9", style="plain", fmt="plain",
    from_=("PhuongNam Bank", "alert@pnb-ebanking.vn"),
    to_raw=INFO,
    subject="Thong bao bien dong so du tai khoan",
    date="2026-02-10 09:14:37 +0700",
    mid="<PNB.ALERT.20260210091437.884213@pnb-ebanking.vn>",
    extra=[("Auto-Submitted", "auto-generated")],
    body="""\
Kinh gui Quy khach CONG TY LUAT TNHH MINH DAO,

PhuongNam Bank tran trong thong bao tai khoan cua Quy khach vua phat sinh giao dich:
- So tai khoan: 1903 4456 7890 12
- Thoi gian: 10/02/2026 09:14
- So tien: +12,500,000 VND
- So du: 486,203,550 VND
- Noi dung: NGUYEN VAN HOANG CK PHI TU VAN HD 0215 SDT 0912345608

Day la email tu dong, Quy khach vui long khong tra loi. Moi thac mac xin lien he Tong dai 1900 5555 88.
""",
    label=AUTO("vi", note="Bank notification typed without diacritics; the account number and the phone inside the "
                          "transfer memo are not contacts."),
))


def main():
    assert len(MESSAGES) == 60, len(MESSAGES)
    order = list(range(60))
    random.Random(7).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        fn = "r%03d.eml" % n
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(build(m, m["key"]))
        lab = m["label"]
        c = lab["contact"]
        entry = {
            "automated": lab.get("automated", False),
            "category": lab["category"],
            "contact": {
                "address": c.get("address"),
                "email": c["email"].lower() if c.get("email") else None,
                "name": unicodedata.normalize("NFC", c["name"]) if c.get("name") else None,
                "phone": c.get("phone"),
            },
            "language": lab["language"],
        }
        if entry["contact"]["address"]:
            entry["contact"]["address"] = unicodedata.normalize("NFC", entry["contact"]["address"])
        if lab.get("note"):
            entry["note"] = lab["note"]
        labels[fn] = entry
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
