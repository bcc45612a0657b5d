#!/usr/bin/env python3
"""Generate holdout set 12: 50 raw RFC 5322 customer e-mails + labels.json.

Theme: young people writing from phones (short, chat style, teen-code, emoji,
Zalo numbers, HTML-only bodies from mobile apps, empty or 'hi' subjects).

Fictional firm: Công ty Luật TNHH Thiên Bình An <info@ / support@thienbinhan.vn>,
hotline 1800 63 65.  Python 3 standard library only.  Deterministic output.
"""
import base64
import datetime
import email.utils
import html
import json
import os
import quopri
import random
import string
import unicodedata
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
DOM = "thienbinhan.vn"
INFO = "info@" + DOM
SUPPORT = "support@" + DOM
FIRM = "Công ty Luật TNHH Thiên Bình An"
TZ = datetime.timezone(datetime.timedelta(hours=7))
rng = random.Random(20260412)


# ----------------------------------------------------------------- helpers
def hdr(s, charset="utf-8"):
    """Encode a header value as RFC 2047 encoded-words when not ASCII."""
    if s.isascii():
        return s
    if charset.lower() == "windows-1258":
        return "=?windows-1258?B?" + base64.b64encode(to1258(s)).decode() + "?="
    return Header(s, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if name.isascii():
        return email.utils.formataddr((name, a))
    if charset.lower() == "utf-8" and len(name.encode("utf-8")) > 40:
        # split encoded-words on word boundaries (the space travels inside the word)
        words, chunks, cur = name.split(" "), [], ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if cur and len(cand.encode("utf-8")) > 40:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = cand
        chunks.append(cur)
        enc = "\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(c.encode("utf-8")).decode() for c in chunks)
        return "%s <%s>" % (enc, a)
    return "%s <%s>" % (hdr(name, charset), a)


def date(mo, d, h, mi, s=0, tz=TZ):
    return email.utils.format_datetime(datetime.datetime(2026, mo, d, h, mi, s, tzinfo=tz))


def _rand(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mid(kind, dom=None):
    if kind == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (_rand(2, string.ascii_uppercase), _rand(40, string.ascii_letters + string.digits + "-_+="))
    if kind == "apple":
        h = _rand(32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom or "icloud.com")
    if kind == "outlook":
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (
            _rand(4, string.ascii_uppercase), _rand(36, string.ascii_uppercase + string.digits),
            "SEZPR0%dMB%04d" % (rng.randint(1, 6), rng.randint(1000, 9999)), rng.randint(1, 6))
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 12, 10 ** 13))
    if kind == "samsung":
        return "<%s.%s@email.android.com>" % (_rand(12, "0123456789abcdef"), _rand(6, "0123456789"))
    if kind == "uuid":
        h = _rand(32, "0123456789abcdef")
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    return "<%s.%s@%s>" % (_rand(16, "0123456789abcdef"), _rand(8, "0123456789"), dom)


def boundary(kind="gmail"):
    if kind == "gmail":
        return "000000000000" + _rand(16, "0123456789abcdef")
    if kind == "apple":
        return "Apple-Mail-" + _rand(8, "0123456789ABCDEF") + "-" + _rand(4, "0123456789ABCDEF")
    return "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))


TONES = "\u0300\u0301\u0303\u0309\u0323"


def to1258(text):
    """windows-1258 the way old Vietnamese mailers do it: base letter + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
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


def enc_body(text, cte, charset="UTF-8"):
    if charset.lower() == "windows-1258":
        data = to1258(text)
    else:
        data = text.encode("utf-8")
    if cte == "base64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n")).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        assert text.isascii(), text[:40]
    return text


def leaf(ctype, text, cte="quoted-printable", charset="UTF-8", extra=()):
    """Return (header lines, encoded body) for a single text part."""
    if text.isascii() and cte == "quoted-printable" and "=" not in text and max(len(l) for l in text.split("\n")) < 76:
        cte = "7bit"
    h = ['Content-Type: %s; charset="%s"' % (ctype, charset), "Content-Transfer-Encoding: %s" % cte] + list(extra)
    return h, enc_body(text, cte, charset)


def render(part):
    h, b = part
    if not b.endswith("\n"):
        b += "\n"
    return "\n".join(h) + "\n\n" + b


def multipart(subtype, parts, kind="gmail", params=""):
    b = boundary(kind)
    body = ""
    for p in parts:
        body += "--%s\n%s\n" % (b, render(p))
    body += "--%s--\n" % b
    return ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, b, params)], body


def gm_html(text):
    """Gmail-style HTML rendering of a plain-text body (quoted history -> blockquote)."""
    lines = text.split("\n")
    attr_i = None
    for i, l in enumerate(lines):
        if (l.endswith("đã viết:") or l.endswith("wrote:")) and i + 1 < len(lines) and lines[i + 1].startswith(">"):
            attr_i = i
            break
    main = lines if attr_i is None else lines[:attr_i]
    while main and main[-1] == "":
        main = main[:-1]
    out = '<div dir="ltr">' + "".join("<div>%s</div>" % html.escape(l) if l else "<div><br></div>" for l in main) + "</div>"
    if attr_i is not None:
        q = [l[2:] if l.startswith("> ") else l[1:] for l in lines[attr_i + 1:] if l.startswith(">")]
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (html.escape(lines[attr_i]), "<br>".join(html.escape(x) for x in q)))
    return out + "\n"


def gmail_alt(text, cte="quoted-printable"):
    return multipart("alternative", [leaf("text/plain", text, cte), leaf("text/html", gm_html(text), cte)], "gmail")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


HOTLINE_SIG = ("--\n%s\nTầng 4, 86 Lê Thánh Tôn, Phường Sài Gòn, TP.HCM\nHotline: 1800 63 65 | Email: %s\nWebsite: https://%s"
               % (FIRM, SUPPORT, DOM))

MSGS = []


def msg(key, frm, to, subject, dt, msgid, body, label, extra=(), subj_charset="utf-8", from_charset="utf-8"):
    MSGS.append(dict(key=key, frm=frm, to=to, subject=subject, date=dt, mid=msgid, body=body,
                     label=label, extra=list(extra), subj_charset=subj_charset, from_charset=from_charset))


def L(category, language, name=None, phone=None, email_=None, address=None, note=None, automated=False):
    d = {"automated": automated, "category": category, "language": language,
         "contact": {"name": name, "phone": phone, "email": email_.lower() if email_ else None, "address": address}}
    if note:
        d["note"] = note
    return d


AUTO = dict(automated=True)

# ======================================================= service_request (11)
msg("S01", ("Khoa Nguyễn", "khoanguyen.2k3@gmail.com"), INFO, "hi", date(4, 3, 22, 41, 7), mid("gmail"),
    gmail_alt("ad oi cho e hoi xiu\n"
              "e moi nhan giay phat nguoi vuot den do 4tr, ma hom do e cho ban muon xe, e ko co chay 🥲\n"
              "gio e phai lam sao, khieu nai dc ko a. co can len tan noi nop phat ko\n"
              "zalo e 0862 417 093 nha ad"),
    L("service_request", "vi", "Khoa Nguyễn", "+84862417093", "khoanguyen.2k3@gmail.com",
      note="Traffic camera fine question; name only from the From display name; number given as Zalo."))

msg("S02", ("thu xinh 🌸", "thu.nguyenminh0705@gmail.com"), SUPPORT, "", date(4, 5, 0, 17, 52), mid("gmail"),
    gmail_alt("e bi lua r ad oi 😭😭\n"
              "dat mua dam tren fb, ck coc 1tr850 vao stk 0071000923481 vcb ten NGUYEN VAN TAI xong no block e luon. "
              "sdt no 0358 772 610 goi ko ai bat may\n"
              "e con giu tin nhan voi bill ck. gio lam don to cao o dau a, ben minh ho tro e dc ko, phi nhieu ko z\n\n"
              "e ten Minh Thu, sdt 0911 305 728"),
    L("service_request", "vi", "Minh Thu", "+84911305728", "thu.nguyenminh0705@gmail.com",
      note="Online shopping scam. Scammer's account number and phone 0358 772 610 are distractors; "
           "From display name is a nickname, the name comes from the body."))

S03_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            '<div>Dạ em chào anh chị ạ,</div>'
            '<div>Em đang thuê phòng ở phòng 302, số 14 ngõ 68 Cầu Giấy, Hà Nội. Em đã báo chủ nhà trước 30 ngày là cuối tháng 5 em dọn đi, '
            'đúng như hợp đồng, mà giờ chủ nhà nhắn là không trả cọc 5 triệu vì &quot;tường bị bẩn&quot; 🙃</div>'
            '<div>Trong hợp đồng chỉ ghi là hết hạn thì hoàn cọc thôi. Em có kiện được không hay có cách nào lấy lại tiền không ạ? '
            'Ảnh hợp đồng em gửi bổ sung sau nha.</div>'
            '<div>SĐT em 0396 208 551 (có zalo)</div>'
            '<div>Em cảm ơn 🙏</div>'
            '</div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature&amp;af_sub1=Acquisition&amp;af_sub2=Global_YMktg&amp;af_sub3=&amp;af_sub4=100000604&amp;af_sub5=EmailSignature__Static_">Sent from Yahoo Mail on Android</a></div>'
            '</body></html>\n')
msg("S03", ("Phạm Gia Hân", "giahan.pham2004@yahoo.com"), INFO, "hỏi về tiền cọc phòng trọ", date(4, 7, 21, 5, 33), mid("yahoo"),
    leaf("text/html", S03_HTML, "quoted-printable"),
    L("service_request", "vi", "Phạm Gia Hân", "+84396208551", "giahan.pham2004@yahoo.com",
      "phòng 302, số 14 ngõ 68 Cầu Giấy, Hà Nội",
      note="HTML-only body from Yahoo Mail Android. Rental deposit dispute; the rented room is where she currently lives."),
    extra=["X-Mailer: WebService/1.1.22205 YMailNorrin"])

msg("S04", ("Lena Fischer", "lena.fischer.hcm@gmail.com"), INFO, "contract check?", date(4, 8, 23, 2, 11), mid("gmail"),
    gmail_alt("hey, quick q - i got offered a part-time gig teaching english at a language center in Thu Duc, 20h/week. "
              "they sent me a contract in vietnamese only and want it signed by friday.\n"
              "could someone there look it over and tell me if anything is sketchy? esp the penalty clause, "
              "3 months salary if i leave early??\n"
              "how much would a review cost\n\n"
              "text or whatsapp +84 77 918 2406\n"
              "(on my phone, sorry for typos)"),
    L("service_request", "en", "Lena Fischer", "+84779182406", "lena.fischer.hcm@gmail.com",
      note="Part-time job contract review and quote; phone written in +84 form with spaces."))

S05_Q = ("Chào bạn Ngọc,\n\n"
         "Công ty đã nhận đủ hồ sơ đăng ký nhãn hiệu \"Bếp Nhà Mây\" của bạn (mã hồ sơ TBA-2603-0417). "
         "Dự kiến trong 10 ngày làm việc chúng tôi sẽ nộp đơn lên Cục Sở hữu trí tuệ và gửi bạn số đơn.\n\n"
         "Chuyên viên phụ trách: Đặng Thu Trang - 0918 220 447\n\n" + HOTLINE_SIG)
msg("S05", ("Tran Bao Ngoc", "baongoc.tran99@gmail.com"), SUPPORT,
    "Re: Xác nhận tiếp nhận hồ sơ đăng ký nhãn hiệu", date(4, 9, 12, 48, 20), mid("gmail"),
    gmail_alt("hs cua e toi dau r a? thay bao 10 ngay ma gan 3 tuan chua nghe gi het 😶\n"
              "Ngoc\n\n"
              "Vào Th 4, 18 thg 3, 2026 vào lúc 10:02 Công ty Luật TNHH Thiên Bình An <support@thienbinhan.vn> đã viết:\n"
              + quote(S05_Q)),
    L("service_request", "vi", "Tran Bao Ngoc", None, "baongoc.tran99@gmail.com",
      note="Top-posted status question over quoted firm mail; staff phone 0918 220 447 and hotline in the quote are "
           "not the sender's. Name from From display (signature just 'Ngoc')."),
    extra=["In-Reply-To: <a41c2e0b-77d3-4b1e-9c61-0f2d9a6b3e51@thienbinhan.vn>",
           "References: <a41c2e0b-77d3-4b1e-9c61-0f2d9a6b3e51@thienbinhan.vn>"])

msg("S06", ("Lý Hoàng Phúc", "phuc.lyhoang@icloud.com"), INFO, "Lịch hẹn", date(4, 10, 19, 26, 44), mid("apple"),
    leaf("text/plain",
         "Mai 3h chiều em qua văn phòng gặp luật sư hỏi vụ hợp đồng góp vốn mở quán trà sữa với bạn được không ạ. "
         "Nếu kín lịch thì thứ 6 cũng được.\n"
         "Em Phúc 0707 552 918\n\n"
         "Gửi từ iPhone của tôi\n", "quoted-printable"),
    L("service_request", "vi", "Lý Hoàng Phúc", "+84707552918", "phuc.lyhoang@icloud.com",
      note="Appointment request from iPhone; signature 'Em Phúc', full name from From."),
    extra=["X-Mailer: iPhone Mail (22E252)"])

msg("S07", ("Đoàn Nhật Minh", "nhatminh.doan@outlook.com"), SUPPORT, "", date(4, 12, 8, 3, 15), mid("outlook"),
    multipart("alternative", [
        leaf("text/plain",
             "Cho em hỏi, em bị CSGT tạm giữ xe máy 7 ngày vì chưa có bằng lái (em 19 tuổi, đang chờ thi lại). "
             "Giờ hết hạn rồi thì đi lấy xe cần mang giấy tờ gì ạ, nhờ người nhà lấy hộ được không?\n"
             "Tiền phạt nộp ở kho bạc hay chuyển khoản được ạ.\n"
             "Số em: 0335.640.129\n\n"
             "Get Outlook for Android\n"),
        leaf("text/html",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div dir="auto">Cho em hỏi, em bị CSGT tạm giữ xe máy 7 ngày vì chưa có bằng lái (em 19 tuổi, đang chờ thi lại). '
             'Giờ hết hạn rồi thì đi lấy xe cần mang giấy tờ gì ạ, nhờ người nhà lấy hộ được không?</div>'
             '<div dir="auto">Tiền phạt nộp ở kho bạc hay chuyển khoản được ạ.</div>'
             '<div dir="auto">Số em: 0335.640.129</div><div dir="auto"><br></div>'
             '<div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></body></html>\n')],
        "other"),
    L("service_request", "vi", "Đoàn Nhật Minh", "+84335640129", "nhatminh.doan@outlook.com",
      note="Empty subject; impounded motorbike question; phone written with dots."))

msg("S08", ("Arjun Mehta", "arjun.mehta.sg@gmail.com"), INFO, "scammed on fb marketplace - need help", date(4, 13, 20, 14, 2), mid("gmail"),
    gmail_alt("hi, I'm an exchange student at RMIT Saigon.\n"
              "I paid a 6.5m VND deposit for an iphone 15 on facebook marketplace and the seller vanished. "
              "transfer went to Techcombank acc 19036672810018.\n"
              "police told me I need a \"don to giac\" in vietnamese?? can your firm write it and maybe come with me to the station? what's the fee\n"
              "my number is 0904 118 362 but email is better: arjun.m@student.rmit.edu.vn\n"
              "thanks"),
    L("service_request", "en", "Arjun Mehta", "+84904118362", "arjun.m@student.rmit.edu.vn",
      note="Body names a preferred reply address different from From; the bank account number is the scammer's."))

msg("S09", ("Quỳnh Anh", "quynhanh.vo2002@gmail.com"), SUPPORT, "soan giay uy quyen", date(4, 14, 23, 55, 40), mid("gmail"),
    gmail_alt("ad oi e dang di hoc o Nhat, can lam giay uy quyen cho me e o VN di lam so do manh dat ba ngoai de lai cho e. "
              "ben minh soan giup e dc ko a, xong e ky o dai su quan hay sao a\n"
              "me e ten Le Thi Hong, sdt 0914 652 380, ad lien he me e lay giay to nha\n"
              "con e thi nhan qua mail nay hoac line/zalo +81 80 4417 2295 😅\n\n"
              "Vo Quynh Anh"),
    L("service_request", "vi", "Vo Quynh Anh", "+818044172295", "quynhanh.vo2002@gmail.com",
      note="Power-of-attorney drafting. The mother's phone 0914 652 380 is a distractor; the sender's own number is Japanese "
           "(+81). Signature gives the full name, From display only 'Quỳnh Anh'."))

msg("S10", ("linh 🐰", "linhdang.0311@gmail.com"), INFO, "giup e voi", date(4, 16, 1, 8, 26), mid("gmail"),
    gmail_alt("ad oi ny cu cua e dang anh rieng tu cua e len fb voi tiktok. e nhan no xoa ma no ko xoa con doa se dang them\n"
              "e muon bat no go het xuong + xu ly no luon thi phai lam the nao a 😢 e so lam\n"
              "e ten Dang Thuy Linh, 0387260914"),
    L("service_request", "vi", "Dang Thuy Linh", "+84387260914", "linhdang.0311@gmail.com",
      note="'xoa' is about intimate photos an ex-boyfriend posted, not about data the firm holds: legal help request."))

msg("S11", ("Hồ Tấn Lộc", "tanloc.ho@yahoo.com"), SUPPORT, "Hỏi phí tư vấn", date(4, 17, 18, 32, 9), mid("yahoo"),
    leaf("text/plain",
         "Chào luật sư,\n"
         "Em vay 3 triệu qua một app trên điện thoại, trả gần 6 triệu rồi mà bên đó vẫn đòi thêm. "
         "Giờ họ gọi cho cả danh bạ, nhắn cho sếp em là em lừa đảo.\n"
         "Em báo công an được không, và nếu nhờ bên mình làm đơn thì phí khoảng bao nhiêu ạ?\n"
         "Số của em là 0977 803 146, sau 6h tối em mới nghe máy được.\n"
         "Cảm ơn ạ.\n"
         "Lộc\n", "base64"),
    L("service_request", "vi", "Hồ Tấn Lộc", "+84977803146", "tanloc.ho@yahoo.com",
      note="Base64 body. Harassment comes from a loan app (third party), not the firm, so this is a service request, not a complaint."),
    extra=["X-Mailer: YahooMailAndroidMobile"])

# ========================================================= access_request (6)
msg("A01", ("Tuấn Kiệt", "kiet.tuan.2005@gmail.com"), INFO, "hi", date(4, 4, 21, 12, 0), mid("gmail"),
    gmail_alt("ben minh co luu gi cua e ko ad\nnam ngoai e co dien form hoi 1 lan thoi"),
    L("access_request", "vi", "Tuấn Kiệt", None, "kiet.tuan.2005@gmail.com",
      note="Two-line access request in teen-code, no phone; name only from From display."))

msg("A02", ("Hà Vy", "havy.tran.0609@gmail.com"), SUPPORT, "", date(4, 6, 13, 40, 51), mid("gmail"),
    gmail_alt("cho e xin lai het thong tin ca nhan ma ben ad dang giu cua e nha, gui file qua mail hay zalo 0562 739 018 cung dc a\ntks ad 🙆‍♀️"),
    L("access_request", "vi", "Hà Vy", "+84562739018", "havy.tran.0609@gmail.com",
      note="Asks for a copy of the data held; Zalo number is her own."))

msg("A03", ("Marcus Lee", "marcuslee.dev@proton.me"), INFO, "data request", date(4, 11, 10, 5, 37, datetime.timezone(datetime.timedelta(hours=8))),
    mid("other", "proton.me"),
    multipart("alternative", [
        leaf("text/plain",
             "Hi,\n\nUnder Decree 13 I'd like a copy of the personal data your firm holds about me - what it is, where you got it, "
             "and who you've shared it with. I had one call with your team in Feb about a work permit thing.\n\n"
             "Replying here is fine.\n\nMarcus\n\nSent with Proton Mail secure email.\n"),
        leaf("text/html",
             '<div style="font-family: Arial, sans-serif; font-size: 14px;">Hi,<br><br>Under Decree 13 I\'d like a copy of the personal data '
             "your firm holds about me - what it is, where you got it, and who you've shared it with. I had one call with your team in Feb "
             'about a work permit thing.<br><br>Replying here is fine.<br><br>Marcus</div><div class="protonmail_signature_block">'
             'Sent with <a href="https://proton.me/mail/home" target="_blank">Proton Mail</a> secure email.</div>\n')],
        "other"),
    L("access_request", "en", "Marcus Lee", None, "marcuslee.dev@proton.me",
      note="Formal-ish access request citing Decree 13; name from From display (signature 'Marcus')."))

A04_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div dir="ltr">Chào bên bạn,</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Mình muốn xem lại các thông tin cá nhân bên bạn đang lưu về mình, kể cả file ghi âm cuộc gọi tư vấn hôm 2/4 nếu có ghi âm. '
            'Bạn gửi qua email này giúp mình nhé.</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Cảm ơn nhiều! 💛</div><div dir="ltr">Khánh Vân</div><div dir="ltr"><br></div>'
            '<div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n')
msg("A04", ("Nguyễn Khánh Vân", "khanhvan.nguyen@hotmail.com"), INFO, "Thông tin của mình", date(4, 15, 16, 22, 18), mid("outlook"),
    leaf("text/html", A04_HTML, "base64"),
    L("access_request", "vi", "Nguyễn Khánh Vân", None, "khanhvan.nguyen@hotmail.com",
      note="HTML-only (Outlook for iOS, base64). The call recording is part of the personal data requested."))

msg("A05", ("Bao Long", "baolong.phan.07@gmail.com"), SUPPORT, "ad oi", date(4, 18, 9, 51, 3), mid("gmail"),
    gmail_alt("ad oi cho e hoi ben minh lay sdt cua e o dau z? hqua co chi ben minh goi moi tu van ma e chua lien he bao gio\n"
              "ben minh dang luu nhung thong tin j cua e vay, cho e biet voi 🤔\n"
              "sdt e 0328 517 406"),
    L("access_request", "vi", "Bao Long", "+84328517406", "baolong.phan.07@gmail.com",
      note="Asks where the number came from and what is stored, calmly; no grievance or deletion demand, so access rather than complaint."))

A06_Q = ("Chào bạn Mai Phương,\n\n"
         "Thiên Bình An xác nhận đơn đặt dịch vụ soạn hợp đồng mua bán xe máy cũ, phí 800.000đ. "
         "Bản hợp đồng sẽ được gửi qua bưu điện tới địa chỉ bạn đăng ký trong 2 ngày làm việc.\n\n" + HOTLINE_SIG)
msg("A06", ("Mai Phuong", "maiphuong.le.2001@gmail.com"), SUPPORT, "Re: Xác nhận đơn đặt dịch vụ soạn hợp đồng",
    date(4, 20, 20, 37, 55), mid("gmail"),
    gmail_alt("ad cho e hoi ben minh co gui ten, sdt voi dia chi cua e cho ben giao hang hay ben nao khac ko a? "
              "e doc chinh sach bao mat thay co ghi vay.\n"
              "neu co thi gui e danh sach may ben da nhan thong tin cua e nha\n\n"
              "Le Mai Phuong\n\n"
              "Vào Th 2, 20 thg 4, 2026 vào lúc 09:15 Công ty Luật TNHH Thiên Bình An <support@thienbinhan.vn> đã viết:\n"
              + quote(A06_Q)),
    L("access_request", "vi", "Le Mai Phuong", None, "maiphuong.le.2001@gmail.com",
      note="Asks which third parties received her data (recipients list) - access. Reply over a service order confirmation; "
           "hotline in quote is the firm's."),
    extra=["In-Reply-To: <5d0e7c1a-2b9f-4f11-a3d8-6c92e1f04b7a@thienbinhan.vn>",
           "References: <5d0e7c1a-2b9f-4f11-a3d8-6c92e1f04b7a@thienbinhan.vn>"])

# ===================================================== correction_request (6)
msg("C01", ("Hoàng Nam", "hoangnam.gg@gmail.com"), INFO, "doi sdt", date(4, 2, 17, 45, 12), mid("gmail"),
    gmail_alt("ad doi giup e sdt moi nha: 0793 144 862\nso cu 0345 981 207 e bo r ko xai nua. thanks ad 👍"),
    L("correction_request", "vi", "Hoàng Nam", "+84793144862", "hoangnam.gg@gmail.com",
      note="Old number 0345 981 207 also present; the label is the new one."))

msg("C02", ("Ngọc Hân", "ngochan.nguyen.2004@gmail.com"), SUPPORT, "sai ten", date(4, 9, 22, 3, 30), mid("gmail"),
    gmail_alt("ad oi trong phieu thu voi ho so ben minh ghi ten e la Nguyen Ngoc Hang, ten dung la Nguyễn Ngọc Hân nha "
              "(Hân ko co g 😅)\nsua lai giup e voi a, cam on ad"),
    L("correction_request", "vi", "Nguyễn Ngọc Hân", None, "ngochan.nguyen.2004@gmail.com",
      note="Misspelled variant 'Nguyen Ngoc Hang' also appears; the name is the corrected full name, From display is only 'Ngọc Hân'."))

msg("C03", ("Daniel Tran", "dtran.99@yahoo.com"), INFO, "update email pls", date(4, 12, 14, 20, 5), mid("yahoo"),
    multipart("alternative", [
        leaf("text/plain",
             "hey can you switch the email you have for me to daniel.tran.vn@gmail.com\n"
             "this yahoo one is basically dead, i check it like once a month lol\n"
             "thx\nDaniel\n\nSent from Yahoo Mail for iPhone\n"),
        leaf("text/html",
             '<html><head></head><body><div class="ydp">hey can you switch the email you have for me to daniel.tran.vn@gmail.com<br>'
             "this yahoo one is basically dead, i check it like once a month lol<br>thx<br>Daniel<br><br>"
             '<a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=US_Acquisition_YMktg_315_EmailSignatureGrowth_YahooMail">'
             "Sent from Yahoo Mail for iPhone</a></div></body></html>\n")],
        "other"),
    L("correction_request", "en", "Daniel Tran", None, "daniel.tran.vn@gmail.com",
      note="Email on file to be replaced; the new address in the body is the contact email, not the From address."))

msg("C04", ("Thanh Truc", "thanhtruc.vo.hcm@gmail.com"), SUPPORT, "", date(4, 19, 11, 16, 48), mid("gmail"),
    gmail_alt("ad oi e chuyen tro roi, cap nhat dia chi moi giup e de gui giay to ve nha nha:\n"
              "88/7 Quang Trung, Phuong Thong Tay Hoi, TP HCM\n"
              "dia chi cu o Binh Thanh bo luon nha ad. e cam on nhiu 🥰\n"
              "- Vo Thanh Truc"),
    L("correction_request", "vi", "Vo Thanh Truc", None, "thanhtruc.vo.hcm@gmail.com",
      "88/7 Quang Trung, Phuong Thong Tay Hoi, TP HCM",
      note="Address update; the new address is the label. Empty subject."))

msg("C05", ("Trịnh Gia Bảo", "giabao.trinh03@icloud.com"), INFO, "Sửa ngày sinh", date(4, 21, 7, 58, 2), mid("apple"),
    leaf("text/plain",
         "Dạ bên mình sửa giúp em ngày sinh trong hồ sơ, đúng là 12/08/2003 chứ không phải 21/08/2002 ạ. "
         "Số CCCD để đối chiếu: 079203018846\n\n"
         "Gửi từ iPhone của tôi\n", "quoted-printable"),
    L("correction_request", "vi", "Trịnh Gia Bảo", None, "giabao.trinh03@icloud.com",
      note="12-digit CCCD number is not a phone number."),
    extra=["X-Mailer: iPhone Mail (22D82)"])

msg("C06", ("Lương Thị Mỹ Duyên", "myduyen.luong@yahoo.com.vn"), SUPPORT, "Cập nhật số CCCD mới", date(4, 23, 15, 9, 41),
    "<001b01dcd2f4$8a1e6c40$9e5b44c0$@yahoo.com.vn>",
    leaf("text/plain",
         "Chào anh chị,\n\n"
         "Em mới làm lại CCCD gắn chip, số mới là 001304027715. Số CMND cũ 013584620 em không dùng nữa, "
         "nhờ anh chị cập nhật vào hồ sơ của em giúp.\n"
         "Số điện thoại em vẫn là 0985 406 173.\n\n"
         "Em Duyên\n", "quoted-printable", "windows-1258"),
    L("correction_request", "vi", "Lương Thị Mỹ Duyên", "+84985406173", "myduyen.luong@yahoo.com.vn",
      note="windows-1258 body with combining tone marks (compare after NFC). ID numbers are not phones."),
    extra=["X-Mailer: Microsoft Outlook 14.0", "Thread-Index: AdzS9IofbEBpr2x3Q0yVdx1ZbXk4Ww=="],
    subj_charset="windows-1258", from_charset="windows-1258")

# ======================================================= deletion_request (6)
msg("D01", ("Quang Huy", "quanghuy.bui.2006@gmail.com"), INFO, "hi", date(4, 1, 23, 30, 19), mid("gmail"),
    gmail_alt("xoa het thong tin cua e di ad. e ko can nua"),
    L("deletion_request", "vi", "Quang Huy", None, "quanghuy.bui.2006@gmail.com",
      note="One-line deletion request, subject 'hi'."))

msg("D02", ("Nhi Lê", "lenhi.1204@gmail.com"), SUPPORT, "", date(4, 8, 12, 2, 57), mid("gmail"),
    gmail_alt("dung goi cho e nua a, ngay nao cung 2 3 cuoc\nxoa so 0399 064 275 cua e khoi danh sach giup e 🙏"),
    L("deletion_request", "vi", "Nhi Lê", "+84399064275", "lenhi.1204@gmail.com",
      note="Stop-calling plus remove-my-number; mild annoyance but the ask is removal, so deletion rather than complaint."))

msg("D03", ("Sophie Nguyen", "sophie.ng.2000@gmail.com"), INFO, "delete my info", date(4, 14, 9, 12, 33), mid("gmail"),
    gmail_alt("Hi,\n"
              "I withdraw my consent for you to process my data. Please erase everything you have on me "
              "(name, phone, the passport scan I sent in March) and confirm once it's done.\n"
              "Thanks,\nSophie Nguyen"),
    L("deletion_request", "en", "Sophie Nguyen", None, "sophie.ng.2000@gmail.com",
      note="Consent withdrawal with erasure."))

D04_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div dir="auto">Chào bên mình, mình không tiếp tục dùng dịch vụ nữa nên nhờ bên mình hủy toàn bộ hồ sơ của mình, '
            'gồm cả ảnh CCCD hai mặt với sổ hộ khẩu mình gửi qua Zalo cho chị Trang hôm trước.</div>'
            '<div dir="auto">Xóa xong nhắn mình một câu qua số 0901 736 258 nha. Cảm ơn ạ 🌷</div>'
            '<div dir="auto"><br></div><div dir="auto">Thảo My</div><div dir="auto"><br></div>'
            '<div dir="auto" id="composer_signature"><div style="font-size:85%;color:#575757">Sent from my Galaxy</div></div>'
            '</body></html>\n')
msg("D04", ("Đinh Thảo My", "thaomy.dinh@gmail.com"), SUPPORT, "Hủy hồ sơ", date(4, 22, 19, 44, 6), mid("samsung"),
    leaf("text/html", D04_HTML, "quoted-printable"),
    L("deletion_request", "vi", "Đinh Thảo My", "+84901736258", "thaomy.dinh@gmail.com",
      note="HTML-only (Samsung Email). 'hủy toàn bộ hồ sơ' here means destroying her documents/ID scans, not cancelling a service."))

D05_Q = ("BẢN TIN PHÁP LUẬT THÁNG 4/2026\n\n"
         "1. Mức phạt mới với lỗi vượt đèn đỏ từ 2026\n"
         "2. Hợp đồng thử việc: những điều sinh viên cần biết\n"
         "3. Lừa đảo mua hàng online - cách giữ chứng cứ\n\n"
         "Đăng ký tư vấn miễn phí: 1800 63 65\n" + FIRM)
msg("D05", ("Minh Tri", "minhtri.ng.98@gmail.com"), INFO, "Re: Bản tin pháp luật tháng 4 - Thiên Bình An", date(4, 24, 7, 5, 59), mid("gmail"),
    gmail_alt("dung gui may cai nay cho e nua, xoa email e khoi danh sach cua ben minh luon nha. "
              "e dang ky 1 lan hoi con sinh vien thoi\n\n"
              "Vào Th 6, 24 thg 4, 2026 vào lúc 06:30 Thiên Bình An <info@thienbinhan.vn> đã viết:\n" + quote(D05_Q)),
    L("deletion_request", "vi", "Minh Tri", None, "minhtri.ng.98@gmail.com",
      note="A person's reply to the firm's newsletter (the reply itself is not bulk mail): asks to stop mailing and remove his email."),
    extra=["In-Reply-To: <newsletter-2604.81f3@thienbinhan.vn>", "References: <newsletter-2604.81f3@thienbinhan.vn>"])

msg("D06", ("Kayla Phạm", "kayla.pham.0812@gmail.com"), SUPPORT, "pls", date(4, 26, 22, 51, 14), mid("gmail"),
    gmail_alt("hi ad, e ko can tu van nua nen pls delete all my info nha, incl cai file CV e gui luc apply intern ben minh\n"
              "thanks a lot 💕"),
    L("deletion_request", "mixed", "Kayla Phạm", None, "kayla.pham.0812@gmail.com",
      note="Vietnamese/English code-switching. The CV mention is data to delete, not a job application."))

# ============================================================== complaint (9)
msg("K01", ("Duc Anh", "ducanh.tk2004@gmail.com"), INFO, "", date(4, 2, 21, 18, 40), mid("gmail"),
    gmail_alt("nv tu van ben ad noi chuyen mat day vl, hoi co 2 cau ma bi quat nhu con 😡"),
    L("complaint", "vi", "Duc Anh", None, "ducanh.tk2004@gmail.com",
      note="One angry line about a rude staff member; empty subject."))

msg("K02", ("Gia Huy", "giahuy.ph.01@gmail.com"), SUPPORT, "??", date(4, 6, 16, 2, 27), mid("gmail"),
    gmail_alt("ck 2tr phi tu van tu thu 2 ma toi gio ko ai goi lai, lam an kieu j z 😤 sdt e 0866 205 719"),
    L("complaint", "vi", "Gia Huy", "+84866205719", "giahuy.ph.01@gmail.com",
      note="Paid fee, no callback."))

msg("K03", ("Ethan Vo", "ethan.vo2001@gmail.com"), INFO, "you missed my hearing", date(4, 10, 11, 49, 3), mid("gmail"),
    gmail_alt("Your lawyer Mr. Bao was supposed to be at the district court at 8:30 this morning for my labor case. Nobody came. "
              "The judge postponed it and I lost a day of work for nothing.\n"
              "I paid 8 million upfront. I want an explanation today.\n"
              "Ethan Vo - 0938 271 604"),
    L("complaint", "en", "Ethan Vo", "+84938271604", "ethan.vo2001@gmail.com",
      note="Firm's lawyer failed to attend a hearing."))

K04_HTML = ('<div dir="auto">Số em chỉ đưa cho bên mình lúc hỏi tư vấn tuần trước. Giờ ngày nào cũng có bên vay tiền với bán bảo hiểm gọi, '
            'còn gọi đúng tên em. Bên mình bán thông tin khách à??</div>'
            '<div dir="auto">Rất thất vọng.</div>\n')
msg("K04", ("Thu Trang", "trang.thu.0504@gmail.com"), INFO, "sao lại thế này", date(4, 13, 22, 26, 31), mid("gmail"),
    leaf("text/html", K04_HTML, "quoted-printable"),
    L("complaint", "vi", "Thu Trang", None, "trang.thu.0504@gmail.com",
      note="HTML-only. Suspected leak/sale of her number by the firm; no deletion or access asked."))

msg("K05", ("Duy Khánh", "duy.khanh.ng@gmail.com"), SUPPORT, "bi tru tien 2 lan", date(4, 15, 10, 33, 58), mid("gmail"),
    gmail_alt("ad oi e thanh toan phi soan hop dong 1.500.000 qua momo ma bi tru 2 lan, ma GD 43190875512 va 43190875530.\n"
              "hoa don ben minh gui lai ghi 1tr8 la sao?? sai lung tung het. tra lai tien du cho e\n"
              "Nguyen Khanh Duy 0772 908 431"),
    L("complaint", "vi", "Nguyen Khanh Duy", "+84772908431", "duy.khanh.ng@gmail.com",
      note="Billing complaint; 11-digit transaction codes are distractors. Signature full name preferred over From display 'Duy Khánh'."))

K06_Q = ("Chào chị Trâm,\n\n"
         "Phí soạn hợp đồng cho thuê mặt bằng kinh doanh là 2.500.000đ. Sau khi nhận thanh toán, "
         "trong 03 ngày làm việc luật sư sẽ gửi chị bản nháp để góp ý.\n\n" + HOTLINE_SIG)
msg("K06", ("Bich Tram", "bichtram.ho@gmail.com"), SUPPORT, "Re: Báo giá soạn hợp đồng cho thuê mặt bằng", date(4, 17, 9, 2, 45), mid("gmail"),
    gmail_alt("ben minh hua 3 ngay lam viec la co ban nhap, toi nay la 12 ngay roi. goi 1800 63 65 thi bao de chuyen cho ls, xong im luon\n"
              "e can hop dong de ky voi ben kia ma cu treo z ai chiu??\n"
              "Tram\n\n"
              "Vào Th 4, 1 thg 4, 2026 vào lúc 14:20 Công ty Luật TNHH Thiên Bình An <support@thienbinhan.vn> đã viết:\n" + quote(K06_Q)),
    L("complaint", "vi", "Bich Tram", None, "bichtram.ho@gmail.com",
      note="Delay complaint over quoted quote; the customer quotes the firm hotline, which is not her phone."),
    extra=["In-Reply-To: <c7b2a1f0-6e3d-4a8b-9d12-77f0e5c4a9b3@thienbinhan.vn>",
           "References: <c7b2a1f0-6e3d-4a8b-9d12-77f0e5c4a9b3@thienbinhan.vn>"])

K07_Q = ("Dear Ms. Olivia,\n\nPlease find attached the final version of your apartment lease agreement for review.\n\n"
         "Best regards,\nTrinh Quoc Bao\nLawyer - " + FIRM + "\nHotline: 1800 63 65")
msg("K07", ("Olivia Dang", "olivia.dang@outlook.com"), INFO, "RE: Final lease agreement", date(4, 19, 21, 37, 10), mid("outlook"),
    multipart("alternative", [
        leaf("text/plain",
             "This is the second time. The lease you drafted has my name as \"Dang Thi Olivia\" and the landlord's ID number is wrong AGAIN.\n"
             "I paid 3 million for this and I sign tomorrow morning. Honestly not acceptable.\n"
             "Fix it tonight and I want part of the fee back.\n\n"
             "Sent from Outlook for iOS\n\n"
             "________________________________\n"
             "From: Trinh Quoc Bao <info@thienbinhan.vn>\n"
             "Sent: Sunday, April 19, 2026 5:02 PM\n"
             "To: Olivia Dang <olivia.dang@outlook.com>\n"
             "Subject: Final lease agreement\n\n" + K07_Q + "\n"),
        leaf("text/html",
             '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
             'This is the second time. The lease you drafted has my name as &quot;Dang Thi Olivia&quot; and the landlord\'s ID number is wrong AGAIN.<br>'
             'I paid 3 million for this and I sign tomorrow morning. Honestly not acceptable.<br>'
             'Fix it tonight and I want part of the fee back.</div><div dir="ltr"><br></div>'
             '<div class="ms-outlook-ios-signature">Sent from <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>'
             '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Trinh Quoc Bao &lt;info@thienbinhan.vn&gt;<br>'
             '<b>Sent:</b> Sunday, April 19, 2026 5:02 PM<br><b>To:</b> Olivia Dang &lt;olivia.dang@outlook.com&gt;<br>'
             '<b>Subject:</b> Final lease agreement</div><div>' + html.escape(K07_Q).replace("\n", "<br>") + '</div></body></html>\n')],
        "other"),
    L("complaint", "en", "Olivia Dang", None, "olivia.dang@outlook.com",
      note="Mistakes in a contract the firm drafted (her misspelled name) - a complaint about the firm's work, not a correction of data on file."),
    extra=["In-Reply-To: <0f6e8a12b4c94d01@thienbinhan.vn>", "References: <0f6e8a12b4c94d01@thienbinhan.vn>",
           "Thread-Topic: Final lease agreement"])

K08_HTML = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            '<div>Mình vừa thấy fanpage bên bạn đăng bài &quot;chia sẻ vụ việc thực tế&quot; kể y chang vụ tranh chấp tiền cọc của mình, '
            'có cả tên trường và quê mình, người quen đọc là biết ngay mình.</div>'
            '<div>Mình chưa hề đồng ý cho đăng. Rất bức xúc, đề nghị bên bạn giải trình.</div>'
            '<div><br></div><div>Diệp - 0947 361 508</div></div>'
            '<div id="ymail_iphone_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature">Sent from Yahoo Mail for iPhone</a></div>'
            '</body></html>\n')
msg("K08", ("Phan Ngọc Diệp", "ngocdiep.phan@yahoo.com"), SUPPORT, "Bài đăng trên fanpage", date(4, 21, 13, 4, 22), mid("yahoo"),
    leaf("text/html", K08_HTML, "quoted-printable"),
    L("complaint", "vi", "Phan Ngọc Diệp", "+84947361508", "ngocdiep.phan@yahoo.com",
      note="HTML-only. Firm used her case on its fanpage without consent (data misuse); asks for an explanation, no removal request."))

K09_FWD = ("Em Tùng ơi, anh báo em chi phí đi lại nộp hồ sơ ở Sở là 1.000.000đ, ngoài phí hợp đồng nha. "
           "Em chuyển cho anh qua số 0916 443 087 hoặc Vietcombank 1023448771 LAM VAN HAU, có tiền anh mới đi nộp được.\n"
           "Hậu")
msg("K09", ("Thanh Tung", "tungthanh.97@gmail.com"), INFO, "Fwd: ho so", date(4, 25, 19, 0, 3), mid("gmail"),
    gmail_alt("fw cho ad coi. nv ben ad doi e them 1tr 'phi di lai' ngoai hop dong, ko dua thi ko nop ho so. vay la sao?? qua vo ly\n\n"
              "---------- Forwarded message ---------\n"
              "Từ: Lâm Văn Hậu <hau.lam.tba@gmail.com>\n"
              "Date: Th 5, 23 thg 4, 2026 vào lúc 18:22\n"
              "Subject: ho so\n"
              "To: <tungthanh.97@gmail.com>\n\n" + K09_FWD),
    L("complaint", "vi", "Thanh Tung", None, "tungthanh.97@gmail.com",
      note="Forward as evidence: the staff member's phone 0916 443 087 and bank account in the forwarded part are not the sender's."))

# ======================================================== unknown (12)
# --- automated (6)
U01_ORIG = ("Chào bạn Long,\n\n"
            "Thiên Bình An đã nhận yêu cầu bạn gửi qua form website:\n"
            "  Họ tên: Hoàng Long\n  SĐT: 0971 225 804\n  Email: hoanglong.2k@gmial.com\n"
            "  Nội dung: làm thời vụ 2 tháng ở quán nướng, không ký hợp đồng, nghỉ thì bị giữ lương tháng cuối\n\n"
            "Trường hợp này bạn vẫn có quyền đòi lương. Bạn có thể gọi hotline 1800 63 65 để đặt lịch gặp luật sư.\n\n" + HOTLINE_SIG)
U01_inner = ("From: %s\nTo: hoanglong.2k@gmial.com\nSubject: %s\nDate: %s\nMessage-ID: <e2f1b7c4-0a93-4d6e-8f25-3b7c9d1a6e08@thienbinhan.vn>\n"
             "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s"
             % (addr(FIRM, SUPPORT), hdr("Re: Hỏi về lương làm thời vụ"), date(4, 11, 9, 14, 30), enc_body(U01_ORIG, "quoted-printable")))
U01_report = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; " + SUPPORT + "\n"
              "Arrival-Date: " + date(4, 11, 9, 14, 31, datetime.timezone(datetime.timedelta(hours=-7))) + "\n\n"
              "Final-Recipient: rfc822; hoanglong.2k@gmial.com\nAction: failed\nStatus: 5.1.2\n"
              "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com\n"
              "Last-Attempt-Date: " + date(4, 11, 9, 14, 32, datetime.timezone(datetime.timedelta(hours=-7))) + "\n")
msg("U01", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), SUPPORT, "Delivery Status Notification (Failure)",
    date(4, 11, 9, 14, 33), mid("gmail"),
    multipart("report", [
        (['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 7bit"],
         "\n** Address not found **\n\nYour message wasn't delivered to hoanglong.2k@gmial.com because the domain gmial.com couldn't be found. "
         "Check for typos or unnecessary spaces and try again.\n\nLearn more here: https://support.google.com/mail/?p=BadRcptDomain\n\n"
         "The response was:\n\nDNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com\n"),
        (["Content-Type: message/delivery-status"], U01_report),
        (["Content-Type: message/rfc822"], U01_inner)],
        "gmail", "; report-type=delivery-status"),
    L("unknown", "en", note="Bounce of the firm's reply to a mistyped address; the embedded original contains a customer's name and "
                            "phone 0971 225 804 from a web form, not the sender's.", **AUTO),
    extra=["Auto-Submitted: auto-replied"])

msg("U02", ("Nguyen Thi Lan (HR)", "lan.nguyen@sunrisefoods.com.vn"), INFO,
    "Automatic reply: Monthly legal consultation schedule - May", date(4, 20, 8, 0, 4), mid("outlook"),
    leaf("text/plain",
         "Hi,\n\nI am out of the office from 20/4 to 26/4 with limited access to email.\n"
         "For urgent HR matters please contact Mr. Hai at 0903 118 652.\n\nBest regards,\nLan\n", "7bit"),
    L("unknown", "en", note="Out-of-office reply from a corporate client's HR mailbox; the colleague's phone and the signature are not a contact.",
      **AUTO),
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: lan.nguyen@sunrisefoods.com.vn",
           "Thread-Topic: Monthly legal consultation schedule - May", "In-Reply-To: <mlcs-2605.11@thienbinhan.vn>"])

msg("U03", ("CSKH MuaNhanh", "hotro@muanhanh.vn"), SUPPORT, "[#MN-883102] Chúng tôi đã nhận được yêu cầu của bạn",
    date(4, 22, 10, 41, 17), mid("uuid", "muanhanh.zendesk.com"),
    gmail_alt("Xin chào,\n\n"
              "Cảm ơn bạn đã liên hệ MuaNhanh. Yêu cầu #MN-883102 đã được ghi nhận, bộ phận Chăm sóc khách hàng sẽ phản hồi trong vòng 24 giờ.\n"
              "Vui lòng không trả lời email này. Cần hỗ trợ gấp, bạn gọi 1900 6358 (8h - 22h).\n\n"
              "MuaNhanh - Mua nhanh, giao nhanh"),
    L("unknown", "vi", note="Ticketing-system auto-acknowledgement (the firm had written to a shop for a client).", **AUTO),
    extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply", "X-Mailer: Zendesk Mailer"])

U04_HTML = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>'
            '<body style="margin:0;background:#f2f4f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif">'
            '<tr><td style="padding:24px;background:#00a86b;color:#fff;font-size:22px"><b>🎁 Hoàn tiền 50% cuối tuần</b></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333">Chào bạn,<br><br>Thanh toán bằng ViTiền tại hơn 2.000 cửa hàng trà sữa, '
            'rạp phim và ăn vặt từ 25/4 đến 27/4 để nhận hoàn tiền 50%, tối đa 30.000đ mỗi giao dịch.<br><br>'
            '<a href="https://vitien.vn/km/cuoituan?utm_source=email&amp;utm_campaign=hoantien50" style="background:#00a86b;color:#fff;padding:10px 18px;text-decoration:none">Xem ngay</a>'
            '</td></tr><tr><td style="padding:16px;font-size:11px;color:#888">Bạn nhận email này vì đã đăng ký nhận tin từ ViTiền. '
            '<a href="https://vitien.vn/chinh-sach-bao-mat">Chính sách bảo mật</a> | '
            '<a href="https://news.vitien.vn/u/8f2c1a?e=support%40thienbinhan.vn">Hủy đăng ký</a><br>'
            'Công ty CP Ví Tiền Việt, 12 Tôn Đản, Phường Xóm Chiếu, TP.HCM</td></tr></table></td></tr></table></body></html>\n')
msg("U04", ("ViTiền", "khuyenmai@news.vitien.vn"), SUPPORT, "🎁 Hoàn tiền 50% cuối tuần - chỉ 3 ngày!", date(4, 24, 11, 0, 0),
    mid("other", "news.vitien.vn"),
    leaf("text/html", U04_HTML, "quoted-printable"),
    L("unknown", "vi", note="HTML-only marketing newsletter; 'Chính sách bảo mật' and 'Hủy đăng ký' footer links are not a privacy request.", **AUTO),
    extra=["List-Unsubscribe: <https://news.vitien.vn/u/8f2c1a?e=support%40thienbinhan.vn>, <mailto:unsub-8f2c1a@news.vitien.vn>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "Feedback-ID: hoantien50:vitien:esp"])

U05_TXT = ("Chào cả nhà CLB 👋\n\n"
           "Tối thứ 7 (2/5) lúc 19h30 CLB có buổi sinh hoạt online chủ đề \"Bảo vệ dữ liệu cá nhân cho Gen Z\": "
           "khi nào được yêu cầu xóa dữ liệu, cách gửi yêu cầu truy cập dữ liệu cho một công ty, bị lộ số điện thoại thì làm gì.\n"
           "Link Google Meet sẽ gửi trong nhóm Zalo. Mọi người rủ thêm bạn nhé!\n\n"
           "Hải Đăng - Ban điều hành\n\n"
           "--\nBạn nhận được thư này vì bạn đã đăng ký vào nhóm \"CLB Pháp luật Trẻ\" của Google Groups.\n"
           "Để hủy đăng ký khỏi nhóm này và ngừng nhận email từ nhóm, hãy gửi email đến clb-phap-luat-tre+unsubscribe@googlegroups.com.\n")
msg("U05", ("'Nguyễn Hải Đăng' via CLB Pháp luật Trẻ", "clb-phap-luat-tre@googlegroups.com"), INFO,
    "[CLB Pháp luật Trẻ] Sinh hoạt tháng 5: Bảo vệ dữ liệu cá nhân cho Gen Z", date(4, 27, 20, 15, 36), mid("gmail"),
    gmail_alt(U05_TXT),
    L("unknown", "vi", note="Mailing-list post (List-Id, Precedence: list); privacy keywords ('yêu cầu xóa dữ liệu', 'truy cập') describe a club topic.",
      **AUTO),
    extra=["Reply-To: clb-phap-luat-tre@googlegroups.com", "List-Id: <clb-phap-luat-tre.googlegroups.com>",
           "Mailing-list: list clb-phap-luat-tre@googlegroups.com; contact clb-phap-luat-tre+owners@googlegroups.com",
           "Precedence: list", "List-Post: <https://groups.google.com/group/clb-phap-luat-tre/post>, <mailto:clb-phap-luat-tre@googlegroups.com>",
           "List-Unsubscribe: <mailto:googlegroups-manage+0417+unsubscribe@googlegroups.com>, <https://groups.google.com/group/clb-phap-luat-tre/subscribe>",
           "X-Original-Sender: haidang.nguyen.law@gmail.com"])

msg("U06", ("Tiến Đạt", "tiendat.le.02@gmail.com"), INFO, "Re: Lịch hẹn tư vấn ngày 22/4", date(4, 18, 14, 2, 10), mid("gmail"),
    gmail_alt("e dang di Da Lat toi 25/4, song yeu lam nen rep cham nha 🏕️\ngap thi goi 0976 330 512"),
    L("unknown", "vi", note="Gmail vacation responder written in teen style: looks human, but Auto-Submitted: auto-replied marks it automatic.",
      **AUTO),
    extra=["Auto-Submitted: auto-replied", "In-Reply-To: <lh2204-7a1e@thienbinhan.vn>", "References: <lh2204-7a1e@thienbinhan.vn>"])

# --- human (6)
U07_CHAIN = ("‼️ CẢNH BÁO KHẨN ‼️\n"
             "Từ 1/5 Bộ Công an sẽ quét toàn bộ tài khoản ngân hàng, ai chưa cập nhật sinh trắc học sẽ bị khóa và xóa dữ liệu vĩnh viễn!!! "
             "Phạt nguội xe máy cũng sẽ trừ thẳng vào tài khoản mà không báo trước.\n"
             "Tuyệt đối KHÔNG bấm link lạ, KHÔNG cung cấp mã OTP.\n"
             "👉 Hãy chia sẻ cho ít nhất 10 người thân trong 24h để bảo vệ gia đình mình!!!")
msg("U07", ("Hải Yến", "haiyen.tran.1999@gmail.com"), INFO, "Fwd: Fw: CẢNH BÁO KHẨN - CHIA SẺ NGAY", date(4, 28, 6, 47, 21), mid("gmail"),
    gmail_alt("---------- Forwarded message ---------\n"
              "Từ: Mẹ <hoa.tran.1972@gmail.com>\n"
              "Date: CN, 26 thg 4, 2026 vào lúc 21:03\n"
              "Subject: Fw: CẢNH BÁO KHẨN - CHIA SẺ NGAY\n"
              "To: <haiyen.tran.1999@gmail.com>\n\n" + U07_CHAIN),
    L("unknown", "vi", "Hải Yến", None, "haiyen.tran.1999@gmail.com",
      note="Forwarded chain message with no question to the firm; 'xóa dữ liệu' and 'phạt nguội' are chain-letter content."))

msg("U08", ("Ngân Shop", "nganshop.order@gmail.com"), SUPPORT, "Đơn hàng #2417", date(4, 29, 15, 28, 8), mid("gmail"),
    gmail_alt("Chị ơi nhận hàng chưa ạ? Shipper báo giao rồi mà em chưa thấy chị xác nhận 😘\n"
              "Có gì chị nhắn Zalo em 0703 885 146 nha\n"
              "- Ngân"),
    L("unknown", "vi", "Ngân", "+84703885146", "nganshop.order@gmail.com",
      note="Wrong recipient: an online seller chasing a buyer. Person name from the signature; From display is a shop name."))

U09_Q = ("Chào em Khôi,\n\n"
         "Hợp đồng thử việc tối đa 60 ngày với công việc cần trình độ cao đẳng trở lên; lương thử việc ít nhất bằng 85% lương chính thức. "
         "Công ty không được thu tiền cọc hay giữ bản gốc giấy tờ của em.\n\n"
         "LS. Trịnh Quốc Bảo\n" + HOTLINE_SIG)
msg("U09", ("Minh Khôi", "khoi.minh.2k2@gmail.com"), SUPPORT, "Re: Tư vấn về hợp đồng thử việc", date(4, 30, 23, 10, 52), mid("gmail"),
    gmail_alt("thanks ad nhieu nha 🫶 e hieu r\n\n"
              "Vào Th 5, 30 thg 4, 2026 vào lúc 16:40 Công ty Luật TNHH Thiên Bình An <support@thienbinhan.vn> đã viết:\n" + quote(U09_Q)),
    L("unknown", "vi", "Minh Khôi", None, "khoi.minh.2k2@gmail.com",
      note="Pure thanks over the firm's quoted advice; nothing asked."),
    extra=["In-Reply-To: <9a3c55e1-1f0b-4c2d-b7e4-2d81f6a0c3de@thienbinhan.vn>",
           "References: <9a3c55e1-1f0b-4c2d-b7e4-2d81f6a0c3de@thienbinhan.vn>"])

U10_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
U10_NAME = "CV_VuThanhHang.pdf"
msg("U10", ("Vũ Thị Thanh Hằng", "thanhhang.vu.law@gmail.com"), INFO, "Đơn xin thực tập - Vũ Thị Thanh Hằng - SV năm 3", date(5, 2, 9, 30, 0), mid("gmail"),
    multipart("mixed", [
        gmail_alt("Dạ em chào anh chị,\n\n"
                  "Em là Hằng, sinh viên năm 3 Trường Đại học Luật TP.HCM. Em muốn xin thực tập part-time tại công ty trong hè này "
                  "(3 buổi/tuần), em gửi kèm CV ạ.\n"
                  "SĐT: 0368 294 017\n\n"
                  "Em cảm ơn anh chị đã đọc thư.\n"
                  "Vũ Thị Thanh Hằng"),
        (['Content-Type: application/pdf; name="%s"' % U10_NAME, 'Content-Disposition: attachment; filename="%s"' % U10_NAME,
          "Content-Transfer-Encoding: base64"], base64.encodebytes(U10_PDF).decode("ascii"))],
        "gmail"),
    L("unknown", "vi", "Vũ Thị Thanh Hằng", "+84368294017", "thanhhang.vu.law@gmail.com",
      note="Internship application with CV attachment; 'part-time' here is a job application, not a labour-contract question."))

msg("U11", ("Jenny Wu", "jennywu.trade88@gmail.com"), INFO, "hi", date(5, 3, 2, 4, 44), mid("gmail"),
    gmail_alt("hi dear, sorry to bother 😊 i think we met at the coffee shop in district 1 last week?\n"
              "anyway i'm doing USDT arbitrage with my uncle, 15% per week guaranteed, he can teach you step by step\n"
              "add my zalo +84 92 601 7734, no risk"),
    L("unknown", "en", "Jenny Wu", "+84926017734", "jennywu.trade88@gmail.com",
      note="Individual's investment-scam spam: unknown but not automated; the Zalo number is her own."))

msg("U12", ("Pham Anh Tuan", "anhtuan.ads@gmail.com"), SUPPORT, "hi", date(5, 4, 10, 12, 31), mid("gmail"),
    gmail_alt("chao ad, ben e chay ads tiktok + fb chuyen cho van phong luat, ra 30-50 khach/thang, goi tu 5tr\n"
              "ad ib zalo e 0824 615 903 e gui case study nha 🚀\n"
              "Tuan - TopLead Agency"),
    L("unknown", "vi", "Pham Anh Tuan", "+84824615903", "anhtuan.ads@gmail.com",
      note="Vendor pitch in teen style addressed to 'ad'; nothing asked of the firm as a law firm."))


# ----------------------------------------------------------------- writer
def build(m):
    frm_name, frm_addr = m["frm"]
    lines = ["MIME-Version: 1.0",
             "From: " + addr(frm_name, frm_addr, m["from_charset"]),
             "To: " + m["to"],
             "Subject: " + hdr(m["subject"], m["subj_charset"]) if m["subject"] else "Subject: ",
             "Date: " + m["date"],
             "Message-ID: " + m["mid"]]
    lines += m["extra"]
    bh, bb = m["body"]
    lines += bh
    text = "\n".join(lines) + "\n\n" + bb
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def main():
    order = list(MSGS)
    random.Random(12).shuffle(order)
    labels = {}
    for i, m in enumerate(order, 1):
        name = "w%03d.eml" % i
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(build(m).encode("utf-8"))
        lab = json.loads(json.dumps(m["label"]))
        for k, v in lab["contact"].items():
            if isinstance(v, str):
                lab["contact"][k] = unicodedata.normalize("NFC", v)
        labels[name] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(order))


if __name__ == "__main__":
    main()
