#!/usr/bin/env python3
"""Generate the holdout2 labelled mail set (k001.eml .. k050.eml + labels.json).

Every message is built with the stdlib `email` package (compat32 API so that
header encodings and transfer encodings are under our control), written to
disk, re-parsed and checked against its label (see verify()).

windows-1258 mail: text is normalised to NFD and the vowel-shape marks
(circumflex, breve, horn) are recomposed, because cp1258 only has combining
*tone* marks; the tone marks stay combining.  Decoding + NFC gives the
labelled value back.
"""
import base64
import html
import json
import os
import random
import re
import sys
import unicodedata
from email import message_from_bytes, policy
from email.charset import BASE64, QP, SHORTEST, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260318)

FIRM_INFO = "info@thinhtrigroup.com"
FIRM_SUP = "support@thinhtrigroup.com"

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def viet_decompose(s):
    """NFD, then recompose everything except the five Vietnamese tone marks."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(rest + tones)
    return "".join(out)


def rhex(n, alphabet="0123456789abcdef"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ralnum(n):
    return rhex(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(s, charset="utf-8", enc="b", name="Subject"):
    """RFC 2047-encode a header value if needed (folded for header `name`)."""
    if is_ascii(s):
        return s
    cs = Charset(charset)
    cs.header_encoding = {"b": BASE64, "q": QP, "s": SHORTEST}[enc]
    if charset.lower() == "windows-1258":
        s = viet_decompose(s)
    return Header(s, cs, header_name=name).encode()


def addr(name, email, charset="utf-8", enc="b"):
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    return "%s <%s>" % (hdr(name, charset, enc, "From"), email)


def text_part(text, subtype="plain", charset="utf-8", cte="qp", flowed=False):
    if charset.lower() == "windows-1258":
        text = viet_decompose(text)
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    if cte == "7bit":
        assert is_ascii(text)
        cs = Charset("us-ascii") if charset == "us-ascii" else cs
    p = MIMEText(text, subtype, cs)
    if flowed:
        p.set_param("format", "flowed")
    return p


def gmail_html(text):
    out, inq = [], False
    for ln in text.split("\n"):
        if ln.startswith(">"):
            if not inq:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            ln = ln[1:].lstrip(" ")
        elif inq:
            out.append("</blockquote>")
            inq = False
        out.append("<div>%s</div>" % (html.escape(ln, quote=False) if ln.strip() else "<br>"))
    if inq:
        out.append("</blockquote>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def outlook_html(text, lang="VI"):
    paras = []
    for ln in text.split("\n"):
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' %
                     (html.escape(ln, quote=False) if ln.strip() else "&nbsp;"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, "\n".join(paras)))


def alternative(text, html_text, cte_text="qp", cte_html="qp", boundary=None, charset="utf-8"):
    m = MIMEMultipart("alternative")
    m.attach(text_part(text, "plain", charset, cte_text))
    m.attach(text_part(html_text, "html", charset, cte_html))
    if boundary:
        m.set_boundary(boundary)
    return m


def fake_pdf(title):
    head = ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            "4 0 obj\n<< /Title (%s) /Producer (Microsoft Print to PDF) >>\nendobj\n" % title)
    blob = bytes(R.getrandbits(8) for _ in range(R.randint(900, 2400)))
    return head.encode("latin-1") + b"stream\n" + blob + b"\nendstream\ntrailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n"


def fake_jpg():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(R.getrandbits(8) for _ in range(R.randint(1500, 3000))) + b"\xff\xd9")


def attachment(data, maintype, subtype, filename):
    if maintype == "application":
        p = MIMEApplication(data, subtype)
    elif maintype == "image":
        p = MIMEImage(data, subtype)
    else:
        p = MIMEBase(maintype, subtype)
        p.set_payload(data)
        from email import encoders
        encoders.encode_base64(p)
    if is_ascii(filename):
        p.set_param("name", filename)
        p.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        p.set_param("name", hdr(filename, "utf-8", "b"))
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return p


def mixed(body, *atts, boundary=None):
    m = MIMEMultipart("mixed")
    if body is not None:
        m.attach(body)
    for a in atts:
        m.attach(a)
    if boundary:
        m.set_boundary(boundary)
    return m


MIME_HDRS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def finish(msg, headers, mime_first=False):
    """Put the top-level headers in a realistic order around the MIME headers."""
    mime = [(k, v) for k, v in msg.items() if k in MIME_HDRS]
    for k in MIME_HDRS:
        del msg[k]
    rest = [(k, v) for k, v in msg.items()]
    for k, _ in rest:
        del msg[k]
    given = {k.lower() for k, _ in headers}
    mime = [x for x in mime if x[0].lower() not in given]
    if "mime-version" not in given and "MIME-Version" not in [k for k, _ in mime]:
        mime.insert(0, ("MIME-Version", "1.0"))
    mv = [x for x in mime if x[0] == "MIME-Version"]
    ct = [x for x in mime if x[0] != "MIME-Version"]
    seq = (mv + list(headers) + ct) if mime_first else (list(headers) + mv + ct)
    for k, v in seq:
        msg[k] = fold_plain(k, v)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    return msg


def fold_plain(name, value):
    """Fold a long unfolded header value at whitespace (values are written verbatim)."""
    if "\n" in value or len(name) + 2 + len(value) <= 78:
        return value
    words = value.split(" ")
    lines, cur, width = [], "", len(name) + 2
    for w in words:
        if cur and width + len(cur) + 1 + len(w) > 78:
            lines.append(cur)
            cur, width = w, 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def gmail_id():
    return "<CA%s@mail.gmail.com>" % ralnum(R.choice([44, 46, 48]))


def gmail_boundary():
    return "0000000000" + rhex(18)


def outlook_id(host="SG2PR06MB"):
    return "<%s%s%s@%s%s.apcprd06.prod.outlook.com>" % (host, rhex(4).upper(), ralnum(20).upper(), host, rhex(4).upper())


def outlook_boundary():
    return "_000_%s_" % ralnum(40)


def apple_boundary():
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())


def received(helo, ip, host="mail.thinhtrigroup.com", date=""):
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, host, rhex(10).upper(), FIRM_INFO, date))


# --------------------------------------------------------------------------
# the messages (in authoring order; files are numbered after a shuffle)
# --------------------------------------------------------------------------
SPECS = []


def spec(key, label, check=None):
    def deco(fn):
        SPECS.append({"key": key, "label": label, "build": fn, "check": check or {}})
        return fn
    return deco


def L(category, language, name=None, phone=None, email=None, address=None, automated=False, note=None):
    d = {"category": category, "automated": automated, "language": language,
         "contact": {"name": name, "phone": phone, "email": email, "address": address}}
    if note:
        d["note"] = note
    return d


def AUTO(language, note=None):
    return L("unknown", language, automated=True, note=note)


# ---------------------------------------------------------------- service ---
@spec("S1", L("service_request", "vi", "Lê Thị Mỹ Duyên", "+84938214675", "bong.duyen2808@gmail.com",
              note="From display name is the nickname 'Bông'; name introduced with 'Mình là …'."),
      {"phone_raw": "0938 214 675"})
def _():
    t = """Chào anh/chị bên Thịnh Trí,

Mình là Lê Thị Mỹ Duyên (ở nhà hay gọi là Bông), năm nay 34 tuổi. Mình với chồng cưới năm 2017, có 2 bé, bé lớn 7 tuổi và bé nhỏ 4 tuổi. Hơn một năm nay anh ấy gần như không đóng góp gì cho gia đình, tối nào cũng nhậu, về nhà thì la mắng mẹ con mình. Mình đã nói chuyện nhiều lần, có cả hai bên gia đình ngồi lại nhưng không thay đổi được gì. Giờ mình muốn ly hôn mà anh ấy không chịu ký đơn thuận tình.

Mình muốn hỏi mấy việc:
1. Ly hôn đơn phương thì nộp hồ sơ ở tòa nào, mất khoảng bao lâu?
2. Mình muốn nuôi cả 2 bé thì cần chuẩn bị giấy tờ gì để chứng minh? Thu nhập của mình khoảng 18 triệu/tháng, làm kế toán cho công ty tư nhân.
3. Căn nhà đang ở là đứng tên mẹ chồng, vợ chồng mình bỏ tiền ra sửa lại gần 400 triệu thì có đòi lại được không?
4. Phí luật sư trọn gói bên mình khoảng bao nhiêu?

Mình đi làm giờ hành chính, anh/chị gọi mình sau 17h hoặc nhắn Zalo số 0938 214 675 giúp mình nha. Cảm ơn nhiều!

Duyên
"""
    m = alternative(t, gmail_html(t), boundary=gmail_boundary())
    return finish(m, [
        ("From", addr("Bông", "bong.duyen2808@gmail.com", enc="q")),
        ("Date", "Tue, 03 Mar 2026 21:47:09 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Hỏi về thủ tục ly hôn đơn phương và quyền nuôi con", enc="q")),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("S2", L("service_request", "vi", "Nguyen Tuan Kiet", "+84394718260", "kietnguyen.lamdong@gmail.com",
              "thon 4 xa Loc An tinh Lam Dong",
              note="No diacritics, phone-typed. Dispute with a brother (third party) over inherited land -> service_request. Address given inline ('nha o …')."),
      {"phone_raw": "0394.718.260"})
def _():
    t = """chao luat su
e ten Nguyen Tuan Kiet, nha o thon 4 xa Loc An tinh Lam Dong. ba e mat nam 2023 ko de lai di chuc, de lai 1 mieng dat 2 sao dang trong ca phe, so do dung ten ba. nha co 5 anh chi em, ma ong anh ca dang giu so ko chiu dua ra de lam thu tuc khai nhan thua ke.
cho e hoi gio muon sang ten so do cho me e thi phai lam sao, co can du 5 a/c em ky ko, neu ong anh ko ky thi co kien dc ko.
e lam o BD nen muon lam qua mang dc ko, phi ben minh bn vay a
sdt/zalo e 0394.718.260, goi e buoi toi nha
cam on a/c
"""
    m = text_part(t, "plain", "utf-8", "7bit")
    m.set_param("charset", "UTF-8")
    return finish(m, [
        ("From", addr("Tuan Kiet", "kietnguyen.lamdong@gmail.com")),
        ("Date", "Sun, 08 Mar 2026 22:13:51 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "hoi ve so do dat cua ba"),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("S3", L("service_request", "en", "Daniel Whitfield", "+84862415093", "daniel@kestrelcoffee.co.nz",
              note="Display name includes the company. Signature has NZ office + NZ mobile; the sender states his Vietnamese mobile in the body (first number given as his, called 'my … mobile')."),
      {"phone_raw": "0862 415 093"})
def _():
    t = """Hi there,

I found Thinh Tri Group through a friend at AmCham. We're a small New Zealand specialty coffee company and we're planning to set up a 100% foreign-owned roastery + café in Ho Chi Minh City in Q3 this year.

Could you advise on:
- Investment Registration Certificate and Enterprise Registration Certificate – timeline, and which documents we'd need to have legalised in NZ
- The food safety certificate for the roastery
- Whether the café and the roasting/wholesale side can sit under one entity
- A fee quote for handling the whole process

I'll be in Saigon from 14–21 April and could meet at your office then. My Vietnamese mobile while I'm there is 0862 415 093 (WhatsApp works too). Email is best in the meantime.

Cheers,
Daniel

--
Daniel Whitfield
Founder & Director
Kestrel Coffee Co. Ltd | Auckland · Ho Chi Minh City
Office: +64 9 376 2214 | Mobile (NZ): +64 21 558 904
www.kestrelcoffee.co.nz
"""
    m = alternative(t, outlook_html(t, "EN-NZ"), "qp", "qp", outlook_boundary())
    return finish(m, [
        ("From", addr("Daniel Whitfield | Kestrel Coffee Co.", "daniel@kestrelcoffee.co.nz")),
        ("To", "\"info@thinhtrigroup.com\" <info@thinhtrigroup.com>"),
        ("Subject", "Setting up a coffee roastery in HCMC - IRC/ERC and food safety licence"),
        ("Thread-Topic", "Setting up a coffee roastery in HCMC - IRC/ERC and food safety licence"),
        ("Thread-Index", "Adyv" + ralnum(28) + "=="),
        ("Date", "Wed, 11 Mar 2026 09:32:18 +1300"),
        ("Message-ID", outlook_id("SY4PR01MB")),
        ("Accept-Language", "en-NZ, en-US"),
        ("Content-Language", "en-NZ"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ])


@spec("S4", L("service_request", "vi", "Tran Thi Thanh Tam", "+84977530218", "tam.tranthanh95@gmail.com",
              note="Wage dispute with her employer (third party) -> service_request. Body asks for replies to a gmail address different from the Yahoo From."),
      {"phone_raw": "0977 530 218"})
def _():
    t = """Chao a/c luat su,

Em la Tran Thi Thanh Tam, lam ke toan cho 1 cty TNHH san xuat bao bi o KCN Song Than duoc 4 nam. Tu thang 11/2025 cty cham luong, den nay no em 3 thang luong (khoang 42tr) + chua dong BHXH tu thang 8. Ngay 2/3 vua roi GD goi len noi mieng la cho em nghi tu ngay mai, ko co quyet dinh, ko bao truoc ngay nao.
Em da lam don gui phong nhan su nhung ko ai tra loi. Cty van dang hoat dong binh thuong.

Vay em co the kien cty dc ko a? Phai gui don o dau (phong lao dong hay toa), va ben minh nhan vu nay thi chi phi ntn.
Em co giu hop dong lao dong, bang luong, tin nhan zalo voi GD.

sdt em: 0977 530 218 (co zalo)
Email: tam.tranthanh95@gmail.com - em dung mail nay thuong xuyen hon, a/c rep vao day giup em

Cam on a/c nhieu
"""
    m = alternative(t, "<html><body><div style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
                    + "".join("<div>%s</div>" % (html.escape(x) or "<br>") for x in t.split("\n"))
                    + "</div></body></html>", "7bit", "qp",
                    boundary="----=_Part_%d_%d.%d" % (R.randint(1000000, 9999999), R.randint(100000000, 999999999), 1773000000000 + R.randint(0, 999999999)))
    m.get_payload(0).set_param("charset", "UTF-8")
    return finish(m, [
        ("Date", "Fri, 6 Mar 2026 14:05:33 +0000 (UTC)"),
        ("From", addr("Thanh Tam", "tamtran.hr95@yahoo.com")),
        ("Reply-To", addr("Thanh Tam", "tamtran.hr95@yahoo.com")),
        ("To", FIRM_INFO),
        ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (R.randint(10**8, 10**9), R.randint(10**8, 10**9), 1772805933000)),
        ("Subject", "cty no luong va duoi viec ko bao truoc"),
        ("X-Mailer", "WebService/1.1.25156 YMailNorrin"),
    ])


@spec("S5", L("service_request", "vi", "Phạm Quốc Huy", "+84903617442", "huy.pham@tanphatlogistics.vn",
              note="Writes on behalf of his father (Phạm Văn Lực); the sender is labelled. Signature: office line first, then his personal mobile in '+84 (0) …' form."),
      {"phone_raw": "+84 (0) 903 617 442"})
def _():
    t = """Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Phạm Quốc Huy, tôi viết thư này thay cho bố tôi là ông Phạm Văn Lực (67 tuổi) vì ông không dùng email.

Ngày 19/02/2026, bố tôi đi xe máy trên QL1A đoạn qua xã Long Thành (Đồng Nai) thì bị một xe tải chở vật liệu xây dựng tông từ phía sau. Bố tôi bị gãy xương đùi, chấn thương sọ não nhẹ, nằm viện Chợ Rẫy 12 ngày, tổng chi phí điều trị đến nay khoảng 186 triệu đồng. CSGT đã lập biên bản, tài xế có nồng độ cồn. Chủ xe (một công ty vận tải ở Biên Hòa) lúc đầu hứa hỗ trợ, nhưng giờ chỉ đồng ý trả 30 triệu và không nghe máy nữa.

Gia đình tôi muốn nhờ luật sư:
- Đánh giá mức bồi thường hợp lý (viện phí, thu nhập bị mất, tổn thất tinh thần, chi phí người chăm sóc);
- Đại diện làm việc với chủ xe và công ty bảo hiểm của họ;
- Nếu không thương lượng được thì khởi kiện.

Hồ sơ bệnh án và biên bản tai nạn tôi có thể gửi bản scan. Anh/chị vui lòng liên hệ trực tiếp với tôi, bố tôi lớn tuổi nên tôi thay mặt gia đình làm việc.

Trân trọng,
Phạm Quốc Huy
Trưởng phòng Kế hoạch – Công ty CP Giao nhận Tân Phát
VP: (028) 3812 5566 – máy lẻ 204
Di động (cá nhân): +84 (0) 903 617 442
Email: huy.pham@tanphatlogistics.vn
"""
    m = alternative(t, outlook_html(t), "b64", "b64", outlook_boundary())
    return finish(m, [
        ("From", addr("Phạm Quốc Huy", "huy.pham@tanphatlogistics.vn", enc="b")),
        ("To", "\"info@thinhtrigroup.com\" <info@thinhtrigroup.com>"),
        ("Subject", hdr("Nhờ tư vấn bồi thường tai nạn giao thông cho bố tôi", enc="b")),
        ("Thread-Topic", hdr("Nhờ tư vấn bồi thường tai nạn giao thông cho bố tôi", enc="b")),
        ("Thread-Index", "AQHc" + ralnum(24)),
        ("Date", "Mon, 2 Mar 2026 08:14:52 +0000"),
        ("Message-ID", outlook_id("TYZPR03MB")),
        ("Accept-Language", "vi-VN, en-US"),
        ("Content-Language", "vi-VN"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("S6", L("service_request", "en", "Sophie Laurent", "+84338902476", "sophie.laurent.design@icloud.com",
              note="Phone written as '84.338.902.476' (no plus, no leading zero)."),
      {"phone_raw": "84.338.902.476"})
def _():
    t = """Hello,

I’m Sophie Laurent, a French national working as a senior designer for an architecture studio in Thu Duc. My work permit expires on 30 May 2026 and my TRC (temporary residence card) on the same date. My employer’s HR says they will only handle the work permit extension and that I should sort out the TRC myself.

A few questions:
1. Can I apply for the TRC renewal before the new work permit is issued, or do I have to wait for it?
2. My passport expires in January 2027 — will that limit the length of the new TRC?
3. My partner (not married, also French) is here on a 90-day e-visa. Is there any way for him to get a longer visa?

Could you let me know your fees for handling the TRC and possibly his visa? I’m free for a call most afternoons, my number is 84.338.902.476.

Merci et bonne journée,
Sophie
"""
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
         + "".join("<div>%s</div>" % (html.escape(x) if x else "<br>") for x in t.split("\n"))
         + "</body></html>")
    m = alternative(t, h, "qp", "qp", apple_boundary())
    return finish(m, [
        ("From", addr("Sophie", "sophie.laurent.design@icloud.com")),
        ("Content-Transfer-Encoding", "7bit"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", "Work permit & temporary residence card – renewal question"),
        ("Message-Id", "<%s-%s-%s-%s-%s@icloud.com>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())),
        ("Date", "Thu, 12 Mar 2026 15:26:40 +0700"),
        ("To", FIRM_INFO),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ], mime_first=False)


@spec("S7", L("service_request", "vi", "Trần Văn Khiêm", "+842343825917", "tranvankhiem.hue@gmail.com",
              "số 12 kiệt 84 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế",
              note="windows-1258, base64, Windows Live Mail. Home landline is the sender's; the mobile given is his daughter's."),
      {"phone_raw": "0234 3825 917"})
def _():
    t = """Kính gửi Văn phòng Luật Thịnh Trí,

Tôi tên Trần Văn Khiêm, năm nay 75 tuổi, hiện ở số 12 kiệt 84 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế. Vợ tôi mất năm 2020. Chúng tôi có ba người con, hai đứa đã lập gia đình ở Sài Gòn, đứa út ở với tôi.

Tôi muốn lập di chúc để lại căn nhà đang ở cho con út, còn sổ tiết kiệm thì chia đều cho ba con. Tôi muốn hỏi:
- Di chúc viết tay có giá trị không, hay bắt buộc phải ra công chứng?
- Nhà là tài sản chung của vợ chồng tôi, vợ tôi mất không để lại di chúc thì tôi có được định đoạt hết không?
- Công ty có nhận làm hồ sơ ở Huế không, chi phí bao nhiêu?

Tôi mắt kém, đánh máy chậm, mong Công ty gọi điện cho tôi theo số nhà 0234 3825 917. Nếu không ai nghe máy thì gọi số của con gái tôi là cháu Trần Thị Ngọc Hân: 0914 062 338.

Kính thư,
Trần Văn Khiêm
"""
    m = text_part(t, "plain", "windows-1258", "b64")
    return finish(m, [
        ("From", addr("Trần Văn Khiêm", "tranvankhiem.hue@gmail.com", "windows-1258", "q")),
        ("To", "<info@thinhtrigroup.com>"),
        ("Subject", hdr("Nhờ tư vấn lập di chúc", "windows-1258", "b")),
        ("Date", "Sat, 14 Mar 2026 10:02:27 +0700"),
        ("Message-ID", "<%s$%s$%s@KHIEM-PC>" % (rhex(12).upper(), rhex(8), rhex(8))),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3564.1216"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3564.1216"),
    ])


@spec("S8", L("service_request", "vi", "Võ Thị Kim Oanh", "+84939205817", "vlxdminhphat.ct@gmail.com",
              note="Display name is the shop. Debt collection against a customer (third party) -> service_request. Forwarded debtor mail contains the debtor's phone/email, not the sender's."),
      {"phone_raw": "0939 205 817"})
def _():
    t = """Chào Luật sư,

Tôi là Võ Thị Kim Oanh, chủ cửa hàng vật liệu xây dựng Minh Phát ở Cần Thơ. Tôi chuyển tiếp email bên dưới của anh Vinh (đại diện Công ty TNHH Xây dựng Hưng Thịnh Phát). Bên này lấy sắt thép, xi măng của tôi từ tháng 9 đến tháng 12/2025, tổng công nợ 487.350.000đ, có biên bản đối chiếu công nợ ký đóng dấu. Họ hứa trả nhiều lần mà không trả, giờ nhắn tin thì nói công trình chưa được chủ đầu tư thanh toán nên chưa trả được.

Tôi muốn nhờ Công ty gửi thư đòi nợ (thư luật sư) và nếu cần thì khởi kiện. Xin báo giúp chi phí và hồ sơ cần chuẩn bị.

Số của tôi: 0939 205 817 (gọi hoặc Zalo). Email này là email cửa hàng, tôi đọc hằng ngày.

Võ Thị Kim Oanh

---------- Forwarded message ---------
Từ: Lâm Quang Vinh <vinh.lq@hungthinhphat-xd.vn>
Date: Th 5, 12 thg 2, 2026 lúc 16:48
Subject: V/v công nợ tháng 9-12/2025
To: <vlxdminhphat.ct@gmail.com>


Chị Oanh thân mến,

Bên em xác nhận công nợ như biên bản đối chiếu ngày 05/01/2026. Do chủ đầu tư chậm giải ngân nên bên em xin khất đến cuối quý 2/2026, mong chị thông cảm. Có gì chị gọi em 0913 772 046.

Trân trọng,
Lâm Quang Vinh
Phó Giám đốc – Công ty TNHH Xây dựng Hưng Thịnh Phát
"""
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("From", addr("Cửa hàng VLXD Minh Phát", "vlxdminhphat.ct@gmail.com", enc="b")),
        ("Date", "Mon, 16 Mar 2026 07:58:14 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Fwd: V/v công nợ tháng 9-12/2025 - nhờ luật sư đòi nợ", enc="q")),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("S9", L("service_request", "en", "Tomasz Nowak", "+84707918324", "tomasz.nowak@outlook.com",
              "Apt 5B, 27 Thảo Điền Street, An Khánh Ward, HCMC",
              note="Dispute with his landlord (third party) -> service_request, not complaint. Outlook reply above quoted firm mail that carries the firm's hotline and address. Attachments."),
      {"phone_raw": "0707 918 324"})
def _():
    t = """Hi Ms. Ngân,

Thanks for getting back to me so quickly. To answer your questions: the lease was 12 months (01/03/2025 – 28/02/2026) and the deposit was two months' rent, i.e. 36,000,000 VND. I moved out on 28 February, handed back the keys and took photos and a video of the apartment. The landlord (Mr. Đặng, who owns the unit) is now refusing to return the deposit, claiming "damage" to the sofa and a scratched floor, and has stopped answering my messages.

I'd like your firm to send a formal demand letter to the landlord and, if that doesn't work, advise whether it's worth going to court for this amount. I'm attaching the lease and the move-out photos.

I've since moved — my new address is Apt 5B, 27 Thảo Điền Street, An Khánh Ward, HCMC. Phone: 0707 918 324.

Best regards,
Tomasz Nowak

________________________________
From: Thịnh Trí Group <support@thinhtrigroup.com>
Sent: Monday, March 9, 2026 10:14 AM
To: Tomasz Nowak <tomasz.nowak@outlook.com>
Subject: Your enquiry about deposit refund

Dear Mr. Nowak,

Thank you for contacting Thinh Tri Group. So that our lawyer can assess your case, could you please send us the lease term, the deposit amount and any correspondence with the landlord?

You can also reach us on our hotline 1800 63 65.

Kind regards,
Nguyễn Thảo Ngân
Customer Care – Thinh Tri Law System Co., Ltd
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
"""
    alt = alternative(t, outlook_html(t, "EN-GB"), "qp", "qp", outlook_boundary())
    m = mixed(alt,
              attachment(fake_pdf("Lease agreement"), "application", "pdf", "Lease_Agreement_Apt1204_signed.pdf"),
              attachment(fake_jpg(), "image", "jpeg", "IMG_4471.jpg"),
              attachment(fake_jpg(), "image", "jpeg", "IMG_4472.jpg"),
              boundary=outlook_boundary())
    return finish(m, [
        ("From", addr("Tomasz Nowak", "tomasz.nowak@outlook.com")),
        ("To", addr("Thịnh Trí Group", FIRM_SUP)),
        ("Subject", "RE: Your enquiry about deposit refund"),
        ("Thread-Topic", "Your enquiry about deposit refund"),
        ("Thread-Index", "AQHc" + ralnum(36)),
        ("Date", "Tue, 10 Mar 2026 02:41:07 +0000"),
        ("Message-ID", outlook_id("PAXP193MB")),
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("Accept-Language", "en-GB, pl-PL"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
    ])


# ----------------------------------------------------------------- access ---
@spec("R1", L("access_request", "vi", "Đỗ Hoàng Nam", "+84919047385", "dohoangnam.kt@gmail.com",
              "214/7 Nguyễn Trãi, phường Chợ Quán, TP. Hồ Chí Minh",
              note="12-digit CCCD number in the body is not a phone number."),
      {"phone_raw": "0919 047 385"})
def _():
    t = """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Đỗ Hoàng Nam, CCCD số 079089012345, từng sử dụng dịch vụ tư vấn thành lập doanh nghiệp của Quý Công ty vào tháng 6/2025.

Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và mục 6 Chính sách bảo mật thông tin đăng trên website thinhtrigroup.com, tôi đề nghị Quý Công ty:
1. Cho biết Công ty đang lưu trữ những dữ liệu cá nhân nào của tôi (họ tên, số điện thoại, địa chỉ, email, giấy tờ tùy thân, hồ sơ vụ việc…);
2. Cung cấp cho tôi một bản sao các dữ liệu đó (file điện tử là được);
3. Cho biết mục đích sử dụng và thời gian lưu trữ dự kiến.

Phản hồi xin gửi về email này hoặc gọi cho tôi: 0919 047 385.
Địa chỉ liên hệ: 214/7 Nguyễn Trãi, phường Chợ Quán, TP. Hồ Chí Minh.

Trân trọng,
Đỗ Hoàng Nam
"""
    m = alternative(t, gmail_html(t), "b64", "b64", gmail_boundary())
    return finish(m, [
        ("From", addr("Đỗ Hoàng Nam", "dohoangnam.kt@gmail.com", enc="q")),
        ("Date", "Wed, 04 Mar 2026 10:21:45 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Yêu cầu cung cấp dữ liệu cá nhân đang được lưu trữ", enc="b")),
        ("To", addr("Thịnh Trí Group", FIRM_SUP)),
    ], mime_first=True)


@spec("R2", L("access_request", "en", "Erik Lindqvist", "+46703185296", "erik.lindqvist@nordvik-engineering.se",
              note="Display name in 'Last, First' form. Foreign (Swedish) mobile."),
      {"phone_raw": "+46 70 318 52 96"})
def _():
    t = """Dear Sir or Madam,

I am writing to request access to the personal data your firm holds about me. In 2024 your firm assisted me with a work permit application while I was employed in Binh Duong, and I understand you still hold my file.

Please provide:
- a copy of all personal data you hold about me, including copies of my passport, contracts and correspondence;
- the purposes for which it is processed;
- any third parties (e.g. authorities, translators, couriers) to whom it has been disclosed;
- how long you intend to keep it.

For identification: full name as in passport Erik Lindqvist, date of birth 14/09/1981, passport number ending in 4471.

Kindly respond by email. I am now back in Sweden; if you need to call, my mobile is +46 70 318 52 96.

Yours faithfully,
Erik Lindqvist
Nordvik Engineering AB | Göteborg
"""
    m = alternative(t, outlook_html(t, "SV"), "qp", "qp", outlook_boundary())
    return finish(m, [
        ("From", addr("Lindqvist, Erik", "erik.lindqvist@nordvik-engineering.se")),
        ("To", "\"info@thinhtrigroup.com\" <info@thinhtrigroup.com>"),
        ("Subject", "Data subject access request"),
        ("Thread-Topic", "Data subject access request"),
        ("Thread-Index", "Adyx" + ralnum(28) + "=="),
        ("Date", "Mon, 9 Mar 2026 08:55:31 +0000"),
        ("Message-ID", outlook_id("AM9PR07MB").replace("apcprd06", "eurprd07")),
        ("Accept-Language", "sv-SE, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("R3", L("access_request", "vi", "Ngo Thi Hoa", "+84966412705", "ngohoa.spa@gmail.com",
              note="No diacritics; phone with dashes."),
      {"phone_raw": "0966-412-705"})
def _():
    t = """chao cty,
toi la Ngo Thi Hoa, nam ngoai co nho ben cty tu van vu hop dong thue mat bang lam spa. gio toi muon biet cty dang luu nhung thong tin gi cua toi (ten, sdt, dia chi, cmnd, hop dong...) va co dua cho ai khac ko. gui lai cho toi 1 ban dc ko, gui qua mail nay la dc.
dt: 0966-412-705
cam on

Sent from my Samsung Galaxy smartphone.
"""
    m = text_part(t, "plain", "utf-8", "7bit")
    return finish(m, [
        ("From", addr("hoa ngo", "ngohoa.spa@gmail.com")),
        ("Date", "Thu, 05 Mar 2026 12:40:02 +0700"),
        ("Message-ID", "<%s.%s@email.android.com>" % (rhex(16), rhex(8))),
        ("Subject", "hoi thong tin ca nhan"),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("R4", L("access_request", "vi", "Huỳnh Thị Bạch Tuyết", "+84908551736", "bachtuyet.huynh@vnn.vn",
              "45 đường 3 tháng 2, phường Hòa Hưng, TP. Hồ Chí Minh",
              note="windows-1258, quoted-printable. Mentions strange calls but asks what data is held and to whom it was given: access_request, not complaint."),
      {"phone_raw": "0908 551 736"})
def _():
    t = """Kính gửi Quý Công ty,

Tôi là Huỳnh Thị Bạch Tuyết, năm 2023 có nhờ Công ty làm thủ tục sang tên xe và hợp đồng mua bán nhà. Gần đây tôi nhận được vài cuộc gọi lạ biết rõ tên và địa chỉ của tôi, nên tôi muốn kiểm tra lại các nơi đang giữ thông tin của mình.

Kính đề nghị Công ty cho tôi biết Công ty còn lưu những thông tin gì về tôi, và đã cung cấp thông tin của tôi cho những đơn vị nào (nếu có). Xin gửi cho tôi bản sao các thông tin đó qua email này hoặc qua đường bưu điện về địa chỉ: 45 đường 3 tháng 2, phường Hòa Hưng, TP. Hồ Chí Minh.

Điện thoại của tôi: 0908 551 736.

Trân trọng cảm ơn.
Huỳnh Thị Bạch Tuyết
"""
    m = text_part(t, "plain", "windows-1258", "qp")
    return finish(m, [
        ("From", addr("Huỳnh Thị Bạch Tuyết", "bachtuyet.huynh@vnn.vn", "windows-1258", "q")),
        ("To", "<info@thinhtrigroup.com>"),
        ("Subject", hdr("Đề nghị cho xem lại thông tin cá nhân", "windows-1258", "q")),
        ("Date", "Tue, 10 Mar 2026 16:18:50 +0700"),
        ("Message-ID", "<000%s$%s$%s@TUYET>" % (rhex(9), rhex(8), rhex(8))),
        ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ("Thread-Index", "Acyx" + ralnum(24)),
        ("Content-Language", "vi"),
    ])


@spec("R5", L("access_request", "en", "Kenji Watanabe", "+84902451187", "kenji.watanabe.hcm@gmail.com",
              note="Gmail reply above quoted firm mail containing the firm's hotline."),
      {"phone_raw": "+84 90 245 1187"})
def _():
    t = """Hello Mr. Phong,

Thank you for letting me know the case is closed. Before you archive it, could you please send me a copy of everything you have on file about me — the intake form, my ID copies, the call notes and any recordings of our phone consultations — and tell me which of these you will keep and for how long? I'd like my own records to be complete.

A PDF or a zip file by email is fine.

Best,
Kenji Watanabe
+84 90 245 1187

On Tue, Mar 10, 2026 at 9:02 AM Thịnh Trí Group <support@thinhtrigroup.com> wrote:
> Dear Mr. Watanabe,
>
> We are pleased to inform you that the application to register the trademark "KAZE RAMEN" has been accepted by the IP Office, and the certificate has been delivered to your restaurant. Your case file TT-2025-0318 is now closed.
>
> If you have any questions, please call our hotline 1800 63 65 or reply to this email.
>
> Best regards,
> Trần Thanh Phong
> Thinh Tri Group
"""
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("From", addr("Kenji Watanabe", "kenji.watanabe.hcm@gmail.com")),
        ("Date", "Wed, 11 Mar 2026 20:37:12 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "Re: Closing of your case file TT-2025-0318"),
        ("To", addr("Thịnh Trí Group", FIRM_SUP, enc="q")),
    ], mime_first=True)


@spec("R6", L("access_request", "vi", "Mai Xuân Trường", "+84845126390", "truong.maixuan@gmail.com",
              note="HTML-only, base64. Sent from a shared company mailbox; body asks for replies at a personal gmail. Name introduced as 'Tên tôi: …'."),
      {"phone_raw": "0845 126 390"})
def _():
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Kính gửi bộ phận CSKH Thịnh Trí,</div><div><br></div>
<div><strong>Tên tôi:</strong> Mai Xuân Trường</div>
<div><strong>Số điện thoại:</strong> 0845 126 390</div>
<div><strong>Email nhận phản hồi:</strong> <a href="mailto:truong.maixuan@gmail.com">truong.maixuan@gmail.com</a></div><div><br></div>
<div>Tôi gửi email từ hộp thư chung của công ty nơi tôi làm việc. Tháng 10/2025 tôi có đăng ký tư vấn về tranh chấp hợp đồng mua bán xe qua website của Quý công ty.</div>
<div>Nay tôi đề nghị Công ty cho biết đang lưu những dữ liệu nào của tôi, thu thập từ nguồn nào và đã chia sẻ cho bên nào chưa. Vui lòng phản hồi qua email cá nhân ở trên, <u>không gửi vào hộp thư này</u>.</div><div><br></div>
<div>Cảm ơn.</div>
<div><br></div><div>--&nbsp;</div>
<div style="color:#888888">Phòng Hành chính – Công ty TNHH Sao Đại Phát<br>ĐT: (028) 3754 2210</div>
</div></body></html>
"""
    m = text_part(body, "html", "utf-8", "b64")
    return finish(m, [
        ("Date", "Fri, 13 Mar 2026 11:09:33 +0700 (ICT)"),
        ("From", addr("Phòng Hành chính", "hanhchinh@saodaiphat.com.vn", enc="b")),
        ("To", FIRM_SUP),
        ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@saodaiphat.com.vn>" % (R.randint(10**8, 10**9), R.randint(10**6, 10**7), 1773374973000)),
        ("Subject", hdr("V/v xin thông tin dữ liệu cá nhân", enc="b")),
        ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC122 (Win)/9.0.0_GA_4546)"),
        ("Thread-Index", "Ac" + ralnum(10)),
    ])


# ------------------------------------------------------------- correction ---
@spec("C1", L("correction_request", "vi", "Lương Thị Hồng Nhung", "+84901382647", "hongnhung.luong@gmail.com",
              "Căn 12.05 tòa S2.03, Vinhomes Grand Park, phường Long Bình, TP.HCM",
              note="Old and new address both present; the new one is labelled."),
      {"phone_raw": "0901 382 647"})
def _():
    t = """Chào Công ty,

Tôi là Lương Thị Hồng Nhung, khách hàng vụ tranh chấp hợp đồng mua bán căn hộ (luật sư phụ trách: anh Khoa). Tôi vừa chuyển nhà, nhờ Công ty cập nhật lại địa chỉ trong hồ sơ để gửi văn bản, hóa đơn cho đúng:

- Địa chỉ cũ: 88/12 Bùi Đình Túy, phường Bình Thạnh, TP.HCM (tôi không còn ở đây)
- Địa chỉ mới: Căn 12.05 tòa S2.03, Vinhomes Grand Park, phường Long Bình, TP.HCM

Số điện thoại vẫn giữ nguyên 0901 382 647. Cảm ơn anh chị.

Nhung
"""
    m = alternative(t, gmail_html(t), "8bit", "qp", gmail_boundary())
    return finish(m, [
        ("From", addr("Hồng Nhung Lương", "hongnhung.luong@gmail.com", enc="b")),
        ("Date", "Mon, 16 Mar 2026 13:30:08 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Cập nhật địa chỉ liên hệ", enc="q")),
        ("To", FIRM_SUP),
    ], mime_first=True)


@spec("C2", L("correction_request", "vi", "Đinh Kiều Anh", "+84359827104", "kieuanh.dinh@outlook.com",
              note="Old (lost) number and new number; the new one is labelled."),
      {"phone_raw": "0359 827 104"})
def _():
    t = """Dear anh chị,

Em là Đinh Kiều Anh. Số cũ của em là 0912 604 318 đã bị mất sim và không dùng được nữa. Từ nay anh chị liên hệ em qua số mới: 0359 827 104 (có Zalo) nhé. Nhờ anh chị sửa lại trong hồ sơ khách hàng và báo luật sư Hạnh giúp em, để lịch hẹn ký hợp đồng thứ 5 tuần này không bị lỡ.

Em cảm ơn ạ.
Kiều Anh

Get Outlook for Android
"""
    m = alternative(t, outlook_html(t), "qp", "qp", outlook_boundary())
    return finish(m, [
        ("From", addr("Kiều Anh", "kieuanh.dinh@outlook.com", enc="q")),
        ("To", "\"support@thinhtrigroup.com\" <support@thinhtrigroup.com>"),
        ("Subject", hdr("Đổi số điện thoại liên lạc", enc="q")),
        ("Thread-Topic", hdr("Đổi số điện thoại liên lạc", enc="q")),
        ("Thread-Index", "AQHc" + ralnum(20)),
        ("Date", "Tue, 17 Mar 2026 01:12:44 +0000"),
        ("Message-ID", outlook_id("KL1PR0601MB")),
        ("Accept-Language", "en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("C3", L("correction_request", "vi", "Quach Minh Tri", "+84703415962", "tri.quach87@gmail.com",
              note="Misspelt variant 'Quach Minh Chi' (as on file) also appears; the correct name is labelled."),
      {"phone_raw": "0703 415 962"})
def _():
    t = """Chao ban,

Hop dong dich vu va hoa don cty gui qua mail hom qua ghi ten toi la "Quach Minh Chi", sai roi nha. Ten dung la Quach Minh Tri (Tri trong tri thuc). Ngay sinh cung sai, dung la 03/11/1987 chu ko phai 11/03/1987.
Nho ban sua lai thong tin trong he thong va xuat lai hoa don giup minh. Co gi goi minh 0703 415 962.

Thanks
"""
    m = alternative(t, gmail_html(t), "7bit", "7bit", gmail_boundary())
    m.get_payload(0).set_param("charset", "UTF-8")
    m.get_payload(1).set_param("charset", "UTF-8")
    return finish(m, [
        ("From", addr("Quach Minh Tri", "tri.quach87@gmail.com")),
        ("Date", "Wed, 18 Mar 2026 08:03:26 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "sai ten tren hop dong dich vu"),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("C4", L("correction_request", "en", "Priya Raman", "+84868294175", "priya.raman.vn@gmail.com",
              note="New contact email in the body differs from the (soon defunct) work From address. Misspelling 'Ramen' also appears. Office line in signature is not hers."),
      {"phone_raw": "0868 294 175"})
def _():
    t = """Hi Thinh Tri team,

I'm leaving BrightWave Education at the end of this month, so this work email will stop working after 31 March. Could you please update my contact email in your records to priya.raman.vn@gmail.com and send all future correspondence about my visa and residence card matter there?

My phone number stays the same (0868 294 175).

Also, my surname was spelt "Ramen" on your last invoice – it should be Raman.

Thanks so much,
Priya

Priya Raman
Head of Curriculum | BrightWave Education
T: +84 28 3910 4455
"""
    m = alternative(t, outlook_html(t, "EN-US"), "qp", "qp", outlook_boundary())
    return finish(m, [
        ("From", addr("Priya Raman", "priya.raman@brightwave-edu.com")),
        ("To", "\"support@thinhtrigroup.com\" <support@thinhtrigroup.com>"),
        ("Subject", "Please update my email address"),
        ("Thread-Topic", "Please update my email address"),
        ("Thread-Index", "AQHc" + ralnum(20)),
        ("Date", "Thu, 19 Mar 2026 04:25:10 +0000"),
        ("Message-ID", outlook_id("SI2PR04MB")),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("C5", L("correction_request", "vi", "Võ Thị Thùy Trang", "+84799603214", "thuytrang.vo@icloud.com",
              note="iPhone reply above Apple-style quote ('Vào lúc …, … đã viết:'); the quoted firm mail has the wrong name/number and the firm's hotline."),
      {"phone_raw": "0799 603 214"})
def _():
    t = """Dạ chào chị Linh,

Em kiểm tra thì thấy thông tin bên mình ghi chưa đúng ạ:
- Họ tên: Võ Thị Thùy Trang (bên mình ghi là Võ Thị Thủy Trang)
- Số điện thoại đúng là 0799 603 214, không phải 0799 603 241
- Email giữ nguyên.
Chị sửa lại giúp em trước buổi hẹn nhé. Em cảm ơn chị.

Gửi từ iPhone của tôi

> Vào lúc 14:35, ngày 11 thg 3, 2026, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
>
> Chào chị Trang,
> Để xác nhận lịch tư vấn ngày 16/03/2026, công ty xin gửi lại thông tin chị đã đăng ký:
> Họ tên: Võ Thị Thủy Trang
> Điện thoại: 0799 603 241
> Email: thuytrang.vo@icloud.com
> Nếu có sai sót, chị vui lòng phản hồi email này. Hotline: 1800 63 65.
> Trân trọng,
> Đặng Mỹ Linh – CSKH Thịnh Trí Group
"""
    m = text_part(t, "plain", "utf-8", "qp")
    return finish(m, [
        ("From", addr("Thuỳ Trang", "thuytrang.vo@icloud.com", enc="b")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Wed, 11 Mar 2026 18:02:37 +0700"),
        ("Subject", hdr("Re: Xác nhận thông tin đăng ký tư vấn", enc="q")),
        ("Message-Id", "<%s-%s-%s-%s-%s@icloud.com>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())),
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("To", addr("Thịnh Trí Group", FIRM_INFO, enc="q")),
        ("X-Mailer", "iPhone Mail (22D82)"),
    ])


@spec("C6", L("correction_request", "vi", "Ly Van Hai", "+84905317284", "lyhai.dn@gmail.com",
              "27 Nguyen Chi Thanh, phuong Hai Chau, TP Da Nang",
              note="Two untyped numbers; the first is labelled. Old CMND and new CCCD numbers are not phones. Photo attachment."),
      {"phone_raw": "0905.317.284"})
def _():
    t = """Chao anh chi CSKH,

Toi la Ly Van Hai, khach hang lam thu tuc chuyen nhuong dat o Da Nang (ho so anh Duc phu trach). Trong ho so cty dang de so CMND cu 201456789, nay toi da doi sang CCCD so 048082003917, dia chi thuong tru cung doi theo CCCD moi la: 27 Nguyen Chi Thanh, phuong Hai Chau, TP Da Nang.
Nho cty cap nhat lai de lam hop dong cho dung. Toi gui kem anh chup 2 mat CCCD.

SDT: 0905.317.284 / 0236.3821.406
Ly Van Hai
"""
    alt = alternative(t, gmail_html(t), "7bit", "qp", gmail_boundary())
    alt.get_payload(0).set_param("charset", "UTF-8")
    m = mixed(alt, attachment(fake_jpg(), "image", "jpeg", "CCCD_mat_truoc.jpg"),
              attachment(fake_jpg(), "image", "jpeg", "CCCD_mat_sau.jpg"), boundary=gmail_boundary())
    return finish(m, [
        ("From", addr("Ly Hai", "lyhai.dn@gmail.com")),
        ("Date", "Fri, 20 Mar 2026 09:47:55 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "cap nhat so CCCD va dia chi moi"),
        ("To", FIRM_SUP),
    ], mime_first=True)


# --------------------------------------------------------------- deletion ---
@spec("D1", L("deletion_request", "vi", "Tran Bao Chau", "+84984273516", "chau.bao1990@gmail.com",
              note="'dung gui tin nhan quang cao nua va xoa so toi' - stop marketing + delete, no diacritics."),
      {"phone_raw": "0984 273 516"})
def _():
    t = """tuan nao cung nhan tin nhan quang cao hoi thao, uu dai dich vu cua cty vao so 0984 273 516. toi chi hoi 1 lan tu nam 2024 thoi.
lam on dung gui tin nhan quang cao nua va xoa so toi ra khoi danh sach, xoa luon thong tin cua toi.
Tran Bao Chau
"""
    m = alternative(t, gmail_html(t), "7bit", "7bit", gmail_boundary())
    for p in m.get_payload():
        p.set_param("charset", "UTF-8")
    return finish(m, [
        ("From", addr("Bao Chau", "chau.bao1990@gmail.com")),
        ("Date", "Sat, 07 Mar 2026 19:21:40 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "dung gui tin nhan nua"),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("D2", L("deletion_request", "vi", "Dang Minh Khoa", "+84357148962", "khoa.dang.it@gmail.com",
              note="Withdrawal of consent plus deletion, no diacritics."),
      {"phone_raw": "0357 148 962"})
def _():
    t = """Kinh gui Thinh Tri Group,

Toi ten Dang Minh Khoa. Truoc day toi co dien form tu van tren website va dong y cho cty xu ly du lieu ca nhan. Nay toi rut lai su dong y do, de nghi cty xoa toan bo du lieu cua toi (ho ten, sdt, email, noi dung tu van) va khong lien he voi toi nua.
Xin xac nhan lai qua email khi da xoa xong.

Dang Minh Khoa
0357 148 962
"""
    m = text_part(t, "plain", "utf-8", "7bit")
    m.set_param("format", "flowed")
    return finish(m, [
        ("From", addr("Dang Khoa", "khoa.dang.it@gmail.com")),
        ("To", FIRM_SUP),
        ("Subject", "Rut lai dong y xu ly du lieu ca nhan"),
        ("Date", "Sun, 15 Mar 2026 23:04:11 +0700"),
        ("Message-ID", "<%s-%s-%s-%s-%s@gmail.com>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-US"),
    ], mime_first=False)


@spec("D3", L("deletion_request", "vi", "Tạ Quang Vũ", "+84983160472", "vu.taquang@fpt.vn",
              "Số 9 ngõ 117 Thái Hà, phường Đống Đa, Hà Nội",
              note="Formal letter with a signed PDF attached; withdraws consent under Nghị định 13/2023/NĐ-CP."),
      {"phone_raw": "0983 160 472"})
def _():
    t = """Kính gửi: Công ty Hệ Thống Luật TNHH Thịnh Trí

ĐƠN YÊU CẦU RÚT LẠI SỰ ĐỒNG Ý VÀ XÓA DỮ LIỆU CÁ NHÂN

Họ và tên: Tạ Quang Vũ
Ngày sinh: 22/07/1979
Địa chỉ: Số 9 ngõ 117 Thái Hà, phường Đống Đa, Hà Nội
Điện thoại: 0983 160 472
Email: vu.taquang@fpt.vn

Năm 2025 tôi có đăng ký nhận tư vấn về thủ tục thừa kế qua website thinhtrigroup.com và đã đồng ý để Công ty xử lý dữ liệu cá nhân của tôi cho mục đích tư vấn. Đến nay tôi không còn nhu cầu sử dụng dịch vụ.

Căn cứ Điều 9 và Điều 12, Điều 16 Nghị định 13/2023/NĐ-CP, tôi đề nghị Công ty:
1. Ghi nhận việc tôi rút lại sự đồng ý xử lý dữ liệu cá nhân kể từ ngày gửi đơn này;
2. Xóa toàn bộ dữ liệu cá nhân của tôi đang lưu giữ, bao gồm cả dữ liệu trên hệ thống gửi thư và tin nhắn;
3. Thông báo bằng văn bản cho tôi khi đã thực hiện xong.

Bản đơn có chữ ký tôi gửi kèm theo email này.

Hà Nội, ngày 09 tháng 3 năm 2026
Người làm đơn
Tạ Quang Vũ
"""
    m = mixed(text_part(t, "plain", "utf-8", "8bit"),
              attachment(fake_pdf("Don yeu cau xoa du lieu"), "application", "pdf", "Đơn yêu cầu xóa dữ liệu - Tạ Quang Vũ.pdf"),
              boundary="------------%s" % ralnum(24))
    return finish(m, [
        ("Message-ID", "<%s-%s-%s-%s-%s@fpt.vn>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("Date", "Mon, 9 Mar 2026 15:44:02 +0700"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
        ("Content-Language", "vi"),
        ("To", FIRM_INFO),
        ("From", addr("Tạ Quang Vũ", "vu.taquang@fpt.vn", enc="b")),
        ("Subject", hdr("Đơn yêu cầu rút lại sự đồng ý và xóa dữ liệu cá nhân", enc="b")),
    ])


@spec("D4", L("deletion_request", "vi", "Nguyễn Hữu Lộc", "+84918472605", "loc.nguyenhuu@minhlongpharma.com.vn",
              note="Outlook reply above quoted firm mail (firm hotline/address quoted). Signature: office line with extension first, then 'DĐ' (his mobile) - mobile labelled."),
      {"phone_raw": "0918 472 605"})
def _():
    t = """Chào chị Thảo,

Cảm ơn Công ty đã hỗ trợ. Vì hồ sơ đã hoàn tất và bên tôi đã nhận bản gốc giấy chứng nhận, đề nghị Công ty xóa các bản scan CCCD, hộ chiếu và thông tin cá nhân của tôi khỏi hệ thống, chỉ giữ lại những gì pháp luật bắt buộc phải lưu. Đồng thời ngưng gửi bản tin pháp luật vào email này.

Trân trọng,
Nguyễn Hữu Lộc
Trưởng phòng Pháp chế
Công ty CP Dược phẩm Minh Long
ĐT: 028 3971 2288 (ext. 305) | DĐ: 0918 472 605

From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: Friday, March 6, 2026 3:47 PM
To: Nguyễn Hữu Lộc <loc.nguyenhuu@minhlongpharma.com.vn>
Subject: Thông báo hoàn tất hồ sơ đăng ký nhãn hiệu

Kính gửi anh Lộc,

Công ty xin thông báo Cục Sở hữu trí tuệ đã cấp Giấy chứng nhận đăng ký nhãn hiệu cho Công ty CP Dược phẩm Minh Long. Bản gốc đã được chuyển phát đến văn phòng của anh ngày 05/03/2026.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Hoàng Phương Thảo
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
"""
    m = alternative(t, outlook_html(t), "b64", "b64", outlook_boundary())
    return finish(m, [
        ("From", addr("Nguyễn Hữu Lộc", "loc.nguyenhuu@minhlongpharma.com.vn", enc="b")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO, enc="b")),
        ("Subject", hdr("RE: Thông báo hoàn tất hồ sơ đăng ký nhãn hiệu", enc="b")),
        ("Thread-Topic", hdr("Thông báo hoàn tất hồ sơ đăng ký nhãn hiệu", enc="b")),
        ("Thread-Index", "AQHc" + ralnum(32)),
        ("Date", "Mon, 9 Mar 2026 02:16:29 +0000"),
        ("Message-ID", outlook_id("TYZPR02MB")),
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("Accept-Language", "vi-VN, en-US"),
        ("Content-Language", "vi-VN"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("D5", L("deletion_request", "en", "Megan O'Connor", "+84903621847", "megoconnor88@gmail.com",
              note="Unsubscribe + stop contact + delete; sent from iPhone."),
      {"phone_raw": "090-362-1847"})
def _():
    t = """Hi,

I had one consultation with you guys back in 2024 about a motorbike import issue and I'm still getting your newsletters and Zalo messages. Please remove me from all mailing lists, stop contacting me on 090-362-1847, and delete whatever personal info you have on me. No need to call, an email confirmation is fine.

Thanks,
Megan O'Connor

Sent from my iPhone
"""
    m = text_part(t, "plain", "utf-8", "7bit")
    m.set_param("charset", "us-ascii")
    return finish(m, [
        ("From", addr("Megan O'Connor", "megoconnor88@gmail.com")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Thu, 19 Mar 2026 07:48:03 +0700"),
        ("Subject", "Unsubscribe + delete my info"),
        ("Message-Id", "<%s-%s-%s-%s-%s@gmail.com>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())),
        ("To", FIRM_INFO),
        ("X-Mailer", "iPhone Mail (22D82)"),
    ])


@spec("D6", L("deletion_request", "vi", "Vo Thanh Hung", "+84862907153", "vohung.bd@gmail.com",
              note="Body is plain ASCII but labelled with an unknown charset ('x-unknown'). The firm's hotline 1800 63 65 is quoted."),
      {"phone_raw": "0862 907 153"})
def _():
    t = """Chao cty Thinh Tri,

Toi la Vo Thanh Hung. Thang 1 toi co goi hotline 1800 63 65 hoi ve thu tuc xin giay phep xay dung, sau do ko lam nua. Nay de nghi cty xoa het thong tin cua toi trong he thong (ten, sdt 0862 907 153, dia chi email nay) va ko goi tu van nua. Toi ko dung dich vu.

Cam on.
"""
    m = text_part(t, "plain", "utf-8", "7bit")
    m.set_param("charset", "x-unknown")
    return finish(m, [
        ("Return-Path", "<vohung.bd@gmail.com>"),
        ("From", addr("Hung Vo", "vohung.bd@gmail.com")),
        ("To", FIRM_SUP),
        ("Subject", "xoa thong tin ca nhan"),
        ("Date", "Tue, 17 Mar 2026 10:55:20 +0700"),
        ("Message-ID", "<%s.%s@mailer.vohung-pc>" % (rhex(14), rhex(6))),
        ("X-Mailer", "The Bat! (v9.5.1) Home"),
    ])


# -------------------------------------------------------------- complaint ---
@spec("P1", L("complaint", "vi", "Trịnh Kim Ngân", "+84909725318", "trinhkimngan.1985@gmail.com",
              "15 Hẻm 42 Lê Văn Sỹ, P.13, Q.3",
              note="Rude hotline staff. Firm hotline 1800 63 65 quoted; home landline given first, but she says the mobile is hers and asks to be called on it. Address inline ('nhà ở …'). Display name in given-name-first order."),
      {"phone_raw": "0909 725 318"})
def _():
    t = """Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Trịnh Kim Ngân, nhà ở 15 Hẻm 42 Lê Văn Sỹ, P.13, Q.3. Tôi viết thư này để phản ánh về thái độ của nhân viên tư vấn khi tôi gọi tổng đài 1800 63 65 sáng ngày 05/03/2026 (khoảng 9h15).

Tôi hỏi về chi phí làm thủ tục cấp đổi sổ hồng thì bạn nhân viên nam (xưng tên Tuấn) trả lời nhát gừng, nhiều lần ngắt lời tôi, còn nói "chị không hiểu thì để người nhà gọi lại". Khi tôi hỏi tên đầy đủ để góp ý thì bạn ấy cúp máy. Tôi năm nay 58 tuổi, không phải ai cũng rành thủ tục, nhưng không vì vậy mà bị đối xử như thế.

Tôi đề nghị Công ty xem lại ghi âm cuộc gọi, có biện pháp với nhân viên này và phản hồi cho tôi bằng văn bản. Điện thoại nhà: 0283 8461 297 – di động của tôi là 0909 725 318, xin gọi số di động.

Trịnh Kim Ngân
"""
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("From", addr("Kim Ngân Trịnh", "trinhkimngan.1985@gmail.com", enc="q")),
        ("Date", "Thu, 05 Mar 2026 10:36:17 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Phản ánh thái độ nhân viên tư vấn qua tổng đài", enc="b")),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("P2", L("complaint", "en", "Mark Ellison", "+84938550274", "mark.ellison@harbourline-trading.com",
              note="Overbilling complaint. Display name is the company. Signature: office Tel/Fax first, then his 'Mobile' in '+84 (0) …' form - mobile labelled. Quotation/invoice numbers are not phones."),
      {"phone_raw": "+84 (0) 938 550 274"})
def _():
    t = """Dear Sir/Madam,

I am writing about invoice INV-2026-0214 for the amendment of our Investment Registration Certificate. Your quotation of 12 January (ref. BG-0112/TT) was a fixed fee of 28,000,000 VND including government fees. The invoice we received is 46,500,000 VND, with line items for "urgent handling" and "additional consultation" that nobody discussed with us or approved in writing.

When our admin called your office, she was told the extra charges were "standard" and that we should have read the terms. That is not acceptable. We have used your firm for three years and have never been treated like this.

Please send a corrected invoice in line with the quotation, or a written explanation of every additional line item, by Friday 20 March. Until then we will not be paying this invoice.

Regards,

Mark Ellison
Chief Financial Officer
Harbourline Trading Vietnam Co., Ltd | Ho Chi Minh City
Tel: +84 28 3822 6410 | Fax: +84 28 3822 6411
Mobile: +84 (0) 938 550 274
www.harbourline-trading.com

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
"""
    m = alternative(t, outlook_html(t, "EN-GB"), "qp", "qp", outlook_boundary())
    return finish(m, [
        ("From", addr("Harbourline Trading Vietnam", "mark.ellison@harbourline-trading.com")),
        ("To", "\"info@thinhtrigroup.com\" <info@thinhtrigroup.com>"),
        ("CC", "\"accounts@harbourline-trading.com\" <accounts@harbourline-trading.com>"),
        ("Subject", "Invoice INV-2026-0214 – charges well above the agreed quote"),
        ("Thread-Topic", "Invoice INV-2026-0214 – charges well above the agreed quote"),
        ("Thread-Index", "Adyz" + ralnum(28) + "=="),
        ("Date", "Mon, 16 Mar 2026 03:02:48 +0000"),
        ("Message-ID", outlook_id("SEZPR06MB")),
        ("Importance", "high"),
        ("X-Priority", "1"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("P3", L("complaint", "vi", "Phan Thanh Long", "+84912583704", "longphan.xaydung@gmail.com",
              note="Delay complaint, no diacritics; phone grouped '0912 58 37 04'."),
      {"phone_raw": "0912 58 37 04"})
def _():
    t = """Cty Thinh Tri,

toi nop ho so xin cap GPXD nha o qua cty tu 8/1/2026, da dong du phi 15tr, nv hen 30 ngay co giay phep. gio da hon 2 thang, goi len thi luc nao cung noi "dang cho phuong xu ly", hoi cu the thi ko ai tra loi dc, ls phu trach thi ko nghe may.
toi da phai hoan thi cong, tho thi doi, moi ngay mat tien. neu trong tuan nay ko co ket qua hoac giai trinh ro rang toi yeu cau hoan lai phi va se phan anh len so tu phap.

Phan Thanh Long - 0912 58 37 04
"""
    m = alternative(t, gmail_html(t), "7bit", "7bit", gmail_boundary())
    for p in m.get_payload():
        p.set_param("charset", "UTF-8")
    return finish(m, [
        ("From", addr("Phan Thanh Long", "longphan.xaydung@gmail.com")),
        ("Date", "Wed, 18 Mar 2026 17:12:59 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "ho so nop 2 thang chua co ket qua???"),
        ("To", FIRM_INFO),
        ("Cc", FIRM_SUP),
    ], mime_first=True)


@spec("P4", L("complaint", "vi", "Hà Thị Thanh Xuân", "+84976208351", "thanhxuan.ha68@gmail.com",
              note="Lost original land certificate. Also asks where her ID copies are, but the dominant intent is a complaint. Phone '84.976.208.351'. Base64 body."),
      {"phone_raw": "84.976.208.351"})
def _():
    t = """Kính gửi Công ty Luật Thịnh Trí,

Ngày 20/01/2026 tôi đã giao cho nhân viên của Công ty (chị Hằng) bản gốc Giấy chứng nhận quyền sử dụng đất số CS 04817 và bản gốc hợp đồng tặng cho để làm thủ tục sang tên. Có biên nhận do chị Hằng ký.

Đến nay Công ty báo là "không tìm thấy" bản gốc, chị Hằng đã nghỉ việc, và đề nghị tôi tự làm đơn báo mất để xin cấp lại. Tôi không chấp nhận cách giải quyết này. Xin cấp lại sổ mất ít nhất vài tháng, trong khi tôi đang cần giấy tờ để thế chấp vay vốn kinh doanh.

Tôi yêu cầu Công ty:
1. Xác nhận bằng văn bản việc làm thất lạc hồ sơ của tôi;
2. Chịu toàn bộ chi phí, thủ tục xin cấp lại và bồi thường thiệt hại phát sinh;
3. Cho tôi biết các bản sao giấy tờ tùy thân của tôi hiện đang ở đâu, ai đang giữ.

Nếu trong 7 ngày không có phản hồi, tôi sẽ gửi đơn đến Sở Tư pháp và Đoàn Luật sư.

Hà Thị Thanh Xuân
ĐT: 84.976.208.351
"""
    m = alternative(t, gmail_html(t), "b64", "b64", gmail_boundary())
    return finish(m, [
        ("From", addr("Hà Thị Thanh Xuân", "thanhxuan.ha68@gmail.com", enc="b")),
        ("Date", "Fri, 13 Mar 2026 08:20:41 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Công ty làm mất bản gốc giấy chứng nhận quyền sử dụng đất của tôi", enc="b")),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("P5", L("complaint", "en", "Rahul Mehta", "+84937164820", "rahul.mehta.sg@gmail.com",
              note="Data shared without consent. The address mentioned in the body (rahul.m.apartments@gmail.com) is evidence, not a contact address, so From is labelled."),
      {"phone_raw": "0937 164 820"})
def _():
    t = """Hello,

Two weeks ago I filled in the consultation form on thinhtrigroup.com about buying an apartment as a foreigner. I gave my name, phone number and an email address only to you - for that form I used a new address I had created just for this, rahul.m.apartments@gmail.com, and I have not used it anywhere else.

Since then I have received 11 calls from two real estate agencies and 20+ emails to that address, all mentioning that I was "looking for a foreigner-eligible apartment in Thu Thiem". One of the agents told me on the phone she "got my details from the lawyer's office".

Your own privacy policy says you will not disclose information to third parties for their marketing without my consent. I never consented to that. I want to know who you shared my data with, and I expect a written explanation and an apology. I am considering reporting this to the police (A05).

Please reply to this email.

Rahul Mehta
Mobile: 0937 164 820
"""
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("From", addr("Rahul Mehta", "rahul.mehta.sg@gmail.com")),
        ("Date", "Tue, 17 Mar 2026 12:31:05 +0800"),
        ("Message-ID", gmail_id()),
        ("Subject", "How did a real estate agency get my details from your firm?"),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("P6", L("complaint", "vi", "Thái Gia Bảo", "+84886412093", "baothai.dev@gmail.com",
              note="Marketing calls after giving the number for one question; asks for an explanation, not for deletion -> complaint."),
      {"phone_raw": "0886 412 093"})
def _():
    t = """Chào Thịnh Trí,

Mình là Thái Gia Bảo. Tháng trước mình có để lại số 0886 412 093 trên website để hỏi một câu về hợp đồng thuê nhà, và mình đã ghi rõ là chỉ muốn được trả lời qua email. Vậy mà từ đó tới giờ tuần nào cũng có 3-4 cuộc gọi từ số của công ty mời mua gói "luật sư riêng cho gia đình", gọi cả giờ làm việc lẫn 8-9h tối, có hôm gọi cả Chủ nhật. Mình đã nói không có nhu cầu mà vẫn bị gọi tiếp.

Việc dùng số điện thoại mình cung cấp cho một câu hỏi để gọi chào bán liên tục như vậy là không đúng mục đích thu thập thông tin mà chính sách bảo mật của công ty ghi. Mình muốn công ty giải thích vì sao có chuyện này và cho biết ai chịu trách nhiệm.

Bảo
"""
    m = text_part(t, "plain", "utf-8", "8bit")
    m.set_param("format", "flowed")
    return finish(m, [
        ("Message-ID", "<%s-%s-%s-%s-%s@gmail.com>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("Date", "Sat, 14 Mar 2026 21:17:36 +0700"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "vi"),
        ("To", FIRM_INFO),
        ("From", addr("Thái Bảo", "baothai.dev@gmail.com", enc="q")),
        ("Subject", hdr("Gọi điện quảng cáo liên tục - yêu cầu giải thích", enc="q")),
    ])


@spec("P7", L("complaint", "vi", "Trieu Quang Dung", "+84971226508", "dungtq.bds@gmail.com",
              note="New text without diacritics above a Gmail vi quote ('Vào … đã viết:') of the firm's confirmation with its hotline. Lawyer absent at hearing."),
      {"phone_raw": "0971 226 508"})
def _():
    t = """Chi Uyen,
sang nay toi den toa dung 8h nhung ls Hai ko co mat, goi ko bat may, toi phai tu ngoi hoa giai 1 minh, bi ben kia ep ky bien ban ma ko biet dung sai. toi da dong phi tron goi 35tr la de co ls di cung. cty giai thich sao ve viec nay? toi yeu cau gap truc tiep GD trong tuan nay.

Trieu Quang Dung - 0971 226 508

Vào Th 3, 10 thg 3, 2026 vào lúc 17:05 Thịnh Trí Group <support@thinhtrigroup.com> đã viết:
> Chào anh Dũng,
>
> Công ty xác nhận lịch phiên hòa giải tại Tòa án nhân dân khu vực 7 - TP.HCM lúc 8h00 ngày 12/03/2026. Luật sư Nguyễn Văn Hải sẽ tham dự cùng anh. Anh vui lòng mang theo CCCD bản gốc.
>
> Mọi thắc mắc xin liên hệ hotline 1800 63 65.
>
> Trân trọng,
> Lý Tú Uyên - CSKH Thịnh Trí Group
"""
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("From", addr("Trieu Quang Dung", "dungtq.bds@gmail.com")),
        ("Date", "Thu, 12 Mar 2026 10:47:22 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("Re: Xác nhận lịch phiên hòa giải ngày 12/3", enc="q")),
        ("To", addr("Thịnh Trí Group", FIRM_SUP, enc="q")),
    ], mime_first=True)


@spec("P8", L("complaint", "en", "Olivia Grant", "+61412880436", "olivia.grant@fastmail.com",
              note="Forwards her own earlier unanswered mail. Two numbers (Australian first, Vietnamese second); the first is labelled."),
      {"phone_raw": "+61 412 880 436"})
def _():
    t = """To whom it may concern / Management,

I'm forwarding below my email of 16 February, which, like my email of 2 February, has not received any reply. I paid a deposit of 20,000,000 VND on 20 January for the recognition of my foreign divorce judgment and I have heard nothing since the first meeting. Your hotline staff keep saying "the lawyer will call back" - nobody ever does.

I want (1) a written update on the case by this Friday, and (2) if the firm cannot handle it, a full refund of the deposit.

Olivia Grant
+61 412 880 436 (WhatsApp) / Vietnam: 0797 305 619

----- Original message -----
From: Olivia Grant <olivia.grant@fastmail.com>
To: support@thinhtrigroup.com
Subject: Status of my divorce recognition case
Date: Monday, February 16, 2026 11:20 AM

Hi,
Could someone please tell me where my case is at? I was told after the initial meeting on 22 January that the documents would be filed within 2 weeks.
Thanks, Olivia
"""
    m = alternative(t, "<!DOCTYPE html><html><head><title></title></head><body>"
                    + "".join("<div>%s<br></div>" % html.escape(x) for x in t.split("\n")) + "</body></html>",
                    "qp", "qp", "_----------=_%d%d0" % (1773700000 + R.randint(0, 99999), R.randint(100000, 999999)))
    return finish(m, [
        ("Message-Id", "<%s-%s-%s-%s-%s@app.fastmail.com>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))),
        ("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1234-gb0c7e2d1a-fm-20260310.001-gb0c7e2d1"),
        ("Date", "Wed, 18 Mar 2026 09:14:37 +1100"),
        ("From", addr("Olivia Grant", "olivia.grant@fastmail.com")),
        ("To", FIRM_SUP),
        ("Cc", FIRM_INFO),
        ("Subject", "Fwd: Status of my divorce recognition case - THIRD follow-up"),
    ])


# ---------------------------------------------------- unknown, non-automated ---
@spec("U1", L("unknown", "vi", "Nguyễn Thị Lan Phương", "+84918236704", "ketoan@vpphongha-sg.vn",
              note="Supplier invoice addressed to the firm (PDF + XML attached); bank account number and tax code are not phones."),
      {"phone_raw": "0918 236 704"})
def _():
    t = """Kính gửi Phòng Hành chính – Kế toán Công ty Hệ Thống Luật TNHH Thịnh Trí,

Văn phòng phẩm Hồng Hà xin gửi Quý Công ty hóa đơn GTGT điện tử số 0001287, ký hiệu 1C26THH, ngày 28/02/2026, tổng tiền thanh toán 7.842.600đ (giấy A4, mực in, bìa hồ sơ theo đơn đặt hàng ngày 10/02/2026).

Quý Công ty vui lòng thanh toán chuyển khoản trước ngày 15/03/2026 vào tài khoản số 0071000384291 – Vietcombank CN Tân Định – Chủ TK: Công ty TNHH TM Hồng Hà Sài Gòn (MST 0312875460).

Mọi thắc mắc về hóa đơn xin liên hệ em: Nguyễn Thị Lan Phương – Kế toán công nợ, ĐT 0918 236 704.

Trân trọng,
Nguyễn Thị Lan Phương
Công ty TNHH TM Hồng Hà Sài Gòn
"""
    m = mixed(alternative(t, outlook_html(t), "qp", "qp", outlook_boundary()),
              attachment(fake_pdf("HD 0001287"), "application", "pdf", "HD_0001287_ThinhTri.pdf"),
              attachment(b'<?xml version="1.0" encoding="UTF-8"?>\n<HDon><DLHDon><TTChung><SHDon>0001287</SHDon>'
                         b'<NLap>2026-02-28</NLap></TTChung></DLHDon></HDon>\n', "application", "xml", "HD_0001287_ThinhTri.xml"),
              boundary=outlook_boundary())
    return finish(m, [
        ("From", addr("Văn phòng phẩm Hồng Hà Sài Gòn", "ketoan@vpphongha-sg.vn", enc="b")),
        ("To", FIRM_INFO),
        ("Subject", hdr("[VPP Hồng Hà] Hóa đơn GTGT tháng 02/2026 - Công ty Hệ Thống Luật TNHH Thịnh Trí", enc="b")),
        ("Thread-Topic", hdr("[VPP Hồng Hà] Hóa đơn GTGT tháng 02/2026", enc="b")),
        ("Date", "Mon, 2 Mar 2026 02:30:11 +0000"),
        ("Message-ID", outlook_id("PSAPR06MB")),
        ("Content-Language", "vi-VN"),
        ("X-MS-Has-Attach", "yes"),
    ])


@spec("U2", L("unknown", "en", "Hannah Vo", "+84976802315", "hannah.vo@slcforum.asia",
              note="Personal event/speaker invitation to the firm (HTML only), not bulk. Body asks for replies to her own address; her mobile 'M:' in signature labelled, office line first."),
      {"phone_raw": "+84 976 802 315"})
def _():
    b = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invitation</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px;background:#ffffff">
<p>Dear Thinh Tri Group team,</p>
<p>On behalf of the organising committee, I would like to invite your firm to join the <b>Vietnam Legal &amp; Compliance Summit 2026</b>, held on <b>23 April 2026</b> at the Sheraton Saigon, as a panel speaker for our session <i>&ldquo;Personal data protection: one year on&rdquo;</i>.</p>
<p>The session runs 45 minutes with three panellists from law firms and one in-house counsel. Speakers receive two complimentary delegate passes and logo placement on the event website.</p>
<p>Could you let me know by <b>27 March</b> whether a partner or senior associate would be available? Please reply directly to me at <a href="mailto:hannah.vo@slcforum.asia">hannah.vo@slcforum.asia</a> rather than to this events mailbox.</p>
<p>Warm regards,</p>
<p><b>Hannah Vo</b><br>Partnerships Manager<br>Saigon Legal &amp; Compliance Forum<br>
T: +84 28 6287 1190 &nbsp;|&nbsp; M: +84 976 802 315<br>
<a href="https://slcforum.asia">slcforum.asia</a></p>
</td></tr></table></body></html>
"""
    m = text_part(b, "html", "utf-8", "qp")
    return finish(m, [
        ("From", addr("Saigon Legal & Compliance Forum", "events@slcforum.asia")),
        ("Reply-To", "events@slcforum.asia"),
        ("To", FIRM_INFO),
        ("Subject", "Invitation: Vietnam Legal & Compliance Summit 2026 - speaker slot for Thinh Tri Group"),
        ("Date", "Fri, 13 Mar 2026 14:00:02 +0700"),
        ("Message-ID", "<%s.%s@slcforum.asia>" % (rhex(24), rhex(8))),
    ])


@spec("U3", L("unknown", "vi", "Lâm Nhật Minh", "+84763280519", "nhatminh.lam.ulaw@gmail.com",
              note="Student asking for an internship, CV attached."),
      {"phone_raw": "0763 280 519"})
def _():
    t = """Kính gửi anh/chị phụ trách tuyển dụng Công ty Luật Thịnh Trí,

Em tên là Lâm Nhật Minh, sinh viên năm 3 ngành Luật Thương mại Quốc tế, Trường Đại học Luật TP. Hồ Chí Minh. Em được biết Công ty có mảng tư vấn doanh nghiệp và sở hữu trí tuệ rất mạnh nên em rất mong có cơ hội thực tập tại Công ty trong kỳ hè 2026 (từ tháng 6 đến tháng 8), toàn thời gian hoặc bán thời gian đều được ạ.

Em có IELTS 7.0, đã tham gia cuộc thi phiên tòa giả định cấp trường và từng làm cộng tác viên dịch thuật hợp đồng cho một văn phòng công chứng. Em gửi kèm CV và bảng điểm để anh/chị tham khảo.

Nếu có vị trí phù hợp, anh/chị có thể liên hệ em qua số điện thoại 0763 280 519 hoặc email này. Em xin chân thành cảm ơn!

Trân trọng,
Lâm Nhật Minh
"""
    m = mixed(alternative(t, gmail_html(t), "qp", "qp", gmail_boundary()),
              attachment(fake_pdf("CV Lam Nhat Minh"), "application", "pdf", "CV_LamNhatMinh_ULaw.pdf"),
              attachment(fake_pdf("Bang diem"), "application", "pdf", "Bảng điểm HK1-HK5.pdf"),
              boundary=gmail_boundary())
    return finish(m, [
        ("From", addr("Lâm Nhật Minh", "nhatminh.lam.ulaw@gmail.com", enc="b")),
        ("Date", "Tue, 10 Mar 2026 07:45:30 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", hdr("[Ứng tuyển thực tập] Sinh viên năm 3 Đại học Luật TP.HCM - Lâm Nhật Minh", enc="b")),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("U4", L("unknown", "en", "Jenny Zhang", "+8613826574410", "jenny@brightstar-ledlight.com",
              note="Unsolicited supplier spam in broken English."),
      {"phone_raw": "+86 138 2657 4410"})
def _():
    t = """Dear Purchasing Manager,

Good day to you!

This is Jenny from Shenzhen Brightstar Optoelectronic Co.,Ltd, we are professional manufacturer of LED panel light and LED display screen since 2009, have CE ROHS certificate.

Glad to know you are in office lighting field. We can offer you best price and high quality with 3 years warranty, MOQ is only 10pcs, sample can send in 3 days.

If any interest, pls contact me freely, i will send you the catalog and price list.
Whatsapp/Wechat: +86 138 2657 4410

Best regards
Jenny Zhang
Sales Manager
Shenzhen Brightstar Optoelectronic Co.,Ltd
"""
    m = text_part(t, "plain", "gb2312", "b64")
    return finish(m, [
        ("From", addr("Jenny", "jenny@brightstar-ledlight.com")),
        ("To", FIRM_INFO),
        ("Subject", "Re:LED panel light for your office project--Brightstar"),
        ("Date", "Wed, 4 Mar 2026 16:22:05 +0800"),
        ("Message-ID", "<%s@brightstar-ledlight.com>" % rhex(20)),
        ("X-Priority", "3"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    ])


@spec("U5", L("unknown", "vi", "Hoang Nam", None, "hoangnam.scan@gmail.com",
              note="Empty mail: no subject, no text part, only a PDF attachment. Name only from the From display name; language taken from the sender/context."),
      {})
def _():
    m = mixed(None, attachment(fake_pdf("Scan"), "application", "pdf", "Scan_20260312_0931.pdf"), boundary=gmail_boundary())
    return finish(m, [
        ("From", addr("Hoang Nam", "hoangnam.scan@gmail.com")),
        ("Date", "Thu, 12 Mar 2026 09:33:48 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", ""),
        ("To", FIRM_INFO),
    ], mime_first=True)


@spec("U6", L("unknown", "vi", "Kha Ngoc Anh", None, "ngocanh.kha@gmail.com",
              note="Thank-you note above a Gmail vi quote of the firm's case-closed mail (firm hotline quoted)."),
      {})
def _():
    t = """Em cam on chi Vy va ls Tuan nhieu nha, vu nay ma ko co ben minh chac em mat trang 200tr tien coc roi. Tet nam sau em ghe van phong gui ca nha chut qua. Chuc cty ngay cang phat trien!

Kha Ngoc Anh

Vào Th 6, 13 thg 3, 2026 vào lúc 10:12 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
> Chào chị Ngọc Anh,
>
> Công ty xin thông báo bên bán đã hoàn trả đủ 200.000.000đ tiền đặt cọc theo biên bản hòa giải ngày 09/03/2026. Vụ việc của chị đến đây đã kết thúc.
>
> Cảm ơn chị đã tin tưởng Thịnh Trí Group. Hotline: 1800 63 65.
>
> Trân trọng,
> Hoàng Thảo Vy
"""
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("From", addr("Kha Ngoc Anh", "ngocanh.kha@gmail.com")),
        ("Date", "Fri, 13 Mar 2026 12:58:03 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "Re: Ket qua vu viec tranh chap hop dong dat coc"),
        ("To", addr("Thịnh Trí Group", FIRM_INFO, enc="q")),
    ], mime_first=True)


# -------------------------------------------------------------- automated ---
@spec("A1", AUTO("vi", "Exchange out-of-office (Auto-Submitted: auto-replied, X-Auto-Response-Suppress); body has a colleague's phone."))
def _():
    t = """Cảm ơn anh/chị đã gửi email.

Tôi đang đi công tác nước ngoài từ ngày 09/03 đến hết ngày 20/03/2026 và sẽ trả lời email khi quay lại. Trường hợp cần gấp về hồ sơ pháp lý, vui lòng liên hệ chị Hồ Thị Mai Anh – Phòng Pháp chế, ĐT 0903 148 552, email maianh.ho@phuongnamfood.vn.

Trân trọng,
Lưu Đức Thắng
Công ty CP Thực phẩm Phương Nam
"""
    m = alternative(t, outlook_html(t), "b64", "b64", outlook_boundary())
    return finish(m, [
        ("From", addr("Lưu Đức Thắng", "thang.luu@phuongnamfood.vn", enc="b")),
        ("To", addr("Thịnh Trí Group", FIRM_INFO, enc="b")),
        ("Subject", hdr("Trả lời tự động: Dự thảo hợp đồng phân phối - bản sửa đổi lần 2", enc="b")),
        ("Thread-Topic", hdr("Dự thảo hợp đồng phân phối - bản sửa đổi lần 2", enc="b")),
        ("Thread-Index", "AQHc" + ralnum(20)),
        ("Date", "Tue, 10 Mar 2026 03:15:44 +0000"),
        ("Message-ID", outlook_id("SG2PR02MB")),
        ("References", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("In-Reply-To", "<%s@thinhtrigroup.com>" % rhex(32)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "thang.luu@phuongnamfood.vn"),
        ("Content-Language", "vi-VN"),
        ("X-MS-Has-Attach", ""),
    ])


@spec("A2", AUTO("en", "Out-of-office recognisable only by the 'Out of Office:' subject prefix and body; no auto headers."))
def _():
    t = """Thank you for your email.

I am out of the office until Wednesday 25 March with limited access to email. For anything urgent regarding the shareholder agreement, please contact my colleague Sarah Tan at sarah.tan@meridianvp.sg or +65 6221 4830.

Kind regards,
James Holloway
Meridian Venture Partners
"""
    m = text_part(t, "plain", "us-ascii", "7bit")
    return finish(m, [
        ("From", addr("James Holloway", "james.holloway@meridianvp.sg")),
        ("To", FIRM_INFO),
        ("Subject", "Out of Office: Draft shareholder agreement - comments from Thinh Tri"),
        ("Date", "Thu, 19 Mar 2026 11:02:51 +0800"),
        ("Message-ID", "<%s@meridianvp.sg>" % rhex(24)),
    ])


@spec("A3", AUTO("vi", "Subject looks like a human reply; only the X-Autorespond header and the canned body reveal the autoresponder."))
def _():
    t = """Kính chào Quý khách,

Công ty CP Địa ốc Phú Gia xin chân thành cảm ơn Quý khách đã gửi email. Email của Quý khách đã được chuyển đến bộ phận phụ trách và sẽ được phản hồi trong vòng 24 giờ làm việc.

Thời gian làm việc: Thứ 2 – Thứ 7, 8h00 – 17h30.
Hotline kinh doanh: 0283 9302 468

Đây là thư trả lời tự động, vui lòng không trả lời thư này.
"""
    m = text_part(t, "plain", "utf-8", "qp")
    return finish(m, [
        ("Return-Path", "<info@phugiarealty.vn>"),
        ("From", addr("Phú Gia Realty", "info@phugiarealty.vn", enc="q")),
        ("To", FIRM_INFO),
        ("Subject", hdr("Re: Hợp đồng đặt cọc căn hộ – bản chỉnh sửa lần 2", enc="q")),
        ("Date", "Wed, 11 Mar 2026 16:40:12 +0700"),
        ("Message-ID", "<autoresponder.%s@server1.phugiarealty.vn>" % rhex(16)),
        ("X-Autorespond", "Autoresponder"),
    ])


@spec("A4", AUTO("en", "Vacation reply with only 'Precedence: junk'; subject looks like a human reply."))
def _():
    t = """I am on leave until 30 March 2026 with no access to email or phone.

Your message has not been forwarded. For matters relating to the restructuring, please write to legal@pacificrimlogistics.com.

David Chen
"""
    m = text_part(t, "plain", "us-ascii", "7bit")
    return finish(m, [
        ("Return-Path", "<dchen@pacificrimlogistics.com>"),
        ("From", addr("David Chen", "dchen@pacificrimlogistics.com")),
        ("To", FIRM_SUP),
        ("Subject", "Re: Engagement letter - Pacific Rim Logistics restructuring"),
        ("Date", "Mon, 16 Mar 2026 09:01:07 +0700"),
        ("Message-ID", "<vacation.%s@mx1.pacificrimlogistics.com>" % rhex(12)),
        ("Precedence", "junk"),
    ])


@spec("A5", AUTO("vi", "Gmail-style multipart/report bounce (localised Vietnamese), Return-Path <>; the returned headers mention a customer's name."))
def _():
    t = """Không gửi được thư đến nguyenvanbinh1990@gmial.com vì không tìm thấy miền gmial.com. Hãy kiểm tra lỗi chính tả hoặc khoảng trắng không cần thiết và thử lại.

Phản hồi từ máy chủ từ xa là:
DNS Error: 27419355 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN
Domain name not found: gmial.com
"""
    h = ('<html><head></head><body><table cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif">'
         '<tr><td style="font-size:24px;padding:24px 0 0">Không tìm thấy địa chỉ</td></tr>'
         '<tr><td style="font-size:16px;padding:16px 0 24px">Không gửi được thư đến <b>nguyenvanbinh1990@gmial.com</b> vì không tìm thấy miền gmial.com. '
         'Hãy kiểm tra lỗi chính tả hoặc khoảng trắng không cần thiết và thử lại.</td></tr></table>'
         '<p style="font-family:monospace">DNS Error: 27419355 DNS type \'mx\' lookup of gmial.com responded with code NXDOMAIN<br>'
         'Domain name not found: gmial.com</p></body></html>')
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(alternative(t, h, "qp", "qp", gmail_boundary()))
    ds = MIMEBase("message", "delivery-status")
    del ds["MIME-Version"]
    b1 = Message()
    b1["Reporting-MTA"] = "dns; googlemail.com"
    b1["Received-From-MTA"] = "dns; info@thinhtrigroup.com"
    b1["Arrival-Date"] = "Wed, 18 Mar 2026 01:26:03 -0700 (PDT)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; nguyenvanbinh1990@gmial.com"
    b2["Action"] = "failed"
    b2["Status"] = "5.1.2"
    b2["Diagnostic-Code"] = "smtp; DNS Error: 27419355 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN"
    b2["Last-Attempt-Date"] = "Wed, 18 Mar 2026 01:26:04 -0700 (PDT)"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    oh = ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=thinhtrigroup.com; s=google;\n"
          " h=to:subject:message-id:date:from:mime-version;\n"
          " bh=%s=\n"
          "MIME-Version: 1.0\n"
          "From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Group?= <info@thinhtrigroup.com>\n"
          "Date: Wed, 18 Mar 2026 15:26:00 +0700\n"
          "Message-ID: <CAH%s@mail.gmail.com>\n"
          "Subject: =?UTF-8?Q?L=E1=BB=8Bch_h=E1=BA=B9n_t=C6=B0_v=E1=BA=A5n_-_anh_Nguy=E1=BB=85n_V=C4=83n_B?=\n"
          " =?UTF-8?Q?=C3=ACnh?=\n"
          "To: nguyenvanbinh1990@gmial.com\n"
          "Content-Type: multipart/alternative; boundary=\"%s\"\n" % (ralnum(43), ralnum(40), gmail_boundary()))
    p = MIMEText(oh, "rfc822-headers", "us-ascii")
    del p["MIME-Version"]
    rep.attach(p)
    rep.set_boundary(gmail_boundary())
    return finish(rep, [
        ("Return-Path", "<>"),
        ("Received", "by 2002:a05:6a10:%s with SMTP id %s;\n        Wed, 18 Mar 2026 01:26:04 -0700 (PDT)" % (rhex(4), rhex(8))),
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", FIRM_INFO),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", hdr("Không gửi được thư: Lịch hẹn tư vấn - anh Nguyễn Văn Bình", enc="q")),
        ("References", "<CAH%s@mail.gmail.com>" % ralnum(40)),
        ("In-Reply-To", "<CAH%s@mail.gmail.com>" % ralnum(40)),
        ("X-Failed-Recipients", "nguyenvanbinh1990@gmial.com"),
        ("Message-ID", "<%s.%s.%s@mx.google.com>" % (rhex(8), rhex(8), rhex(4))),
        ("Date", "Wed, 18 Mar 2026 01:26:04 -0700 (PDT)"),
    ], mime_first=True)


@spec("A6", AUTO("en", "Plain-text Exim bounce from MAILER-DAEMON, Return-Path <>, no Auto-Submitted header; the returned original (raw QP) contains a customer's name, phone and address."))
def _():
    orig_body = ("Ch=C3=A0o ch=E1=BB=8B Lan,\n\n"
                 "C=C3=B4ng ty x=C3=A1c nh=E1=BA=ADn =C4=91=C3=A3 nh=E1=BA=ADn h=E1=BB=93 s=C6=A1 c=E1=BB=A7a =\n"
                 "ch=E1=BB=8B Ph=E1=BA=A1m Th=E1=BB=8B Ng=E1=BB=8Dc Lan (=C4=91i=E1=BB=87n tho=E1=BA=A1i 0=\n"
                 "935 612 447), =C4=91=E1=BB=8Ba ch=E1=BB=89 41 Tr=E1=BA=A7n Ph=C3=BA, ph=C6=B0=E1=BB=9Dng H=\n"
                 "=E1=BA=A3i Ch=C3=A2u, =C4=90=C3=A0 N=E1=BA=B5ng.\n\n"
                 "Tr=C3=A2n tr=E1=BB=8Dng,\nTh=E1=BB=8Bnh Tr=C3=AD Group - Hotline 1800 63 65\n")
    t = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ngoclan.pham@danang-tourist.vn
    host mx.danang-tourist.vn [103.57.221.14]
    SMTP error from remote mail server after RCPT TO:<ngoclan.pham@danang-tourist.vn>:
    550 5.1.1 <ngoclan.pham@danang-tourist.vn>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <info@thinhtrigroup.com>
Received: from [113.161.72.90] (helo=mail.thinhtrigroup.com)
\tby relay3.vnhost.net with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.97.1)
\t(envelope-from <info@thinhtrigroup.com>)
\tid 1w3xQa-0007Tb-2K
\tfor ngoclan.pham@danang-tourist.vn;
\tMon, 16 Mar 2026 14:05:18 +0700
MIME-Version: 1.0
From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Group?= <info@thinhtrigroup.com>
To: ngoclan.pham@danang-tourist.vn
Subject: =?UTF-8?Q?X=C3=A1c_nh=E1=BA=ADn_ti=E1=BA=BFp_nh=E1=BA=ADn_h=E1=BB=93_s=C6=A1?=
Date: Mon, 16 Mar 2026 14:05:16 +0700
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + orig_body
    m = text_part(t, "plain", "us-ascii", "7bit")
    return finish(m, [
        ("Return-Path", "<>"),
        ("Received", "from mailnull by relay3.vnhost.net with local (Exim 4.97.1)\n\tid 1w3xQb-0007Tc-0L\n\tfor info@thinhtrigroup.com; Mon, 16 Mar 2026 14:05:19 +0700"),
        ("X-Failed-Recipients", "ngoclan.pham@danang-tourist.vn"),
        ("From", "Mail Delivery System <MAILER-DAEMON@relay3.vnhost.net>"),
        ("To", FIRM_INFO),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1w3xQb-0007Tc-0L@relay3.vnhost.net>"),
        ("Date", "Mon, 16 Mar 2026 14:05:19 +0700"),
    ])


@spec("A7", AUTO("vi", "Bulk legal newsletter (List-Unsubscribe, Precedence: bulk) whose content talks about deleting/accessing personal data."))
def _():
    t = """BẢN TIN PHÁP LUẬT DOANH NGHIỆP – SỐ 11/2026

1. Luật Bảo vệ dữ liệu cá nhân: 5 việc doanh nghiệp phải làm ngay
Từ 01/01/2026, doanh nghiệp phải đáp ứng yêu cầu xóa dữ liệu, truy cập và chỉnh sửa dữ liệu của chủ thể dữ liệu trong thời hạn luật định. Xem chi tiết: https://phapluatdoanhnghiep.vn/ban-tin/11-2026/du-lieu-ca-nhan

2. Mức lương tối thiểu vùng mới và những điều chỉnh trong hợp đồng lao động

3. Hỏi – đáp: Thủ tục thay đổi người đại diện theo pháp luật

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phapluatdoanhnghiep.vn.
Hủy đăng ký: https://phapluatdoanhnghiep.vn/unsubscribe?u=8f21c7&e=info%40thinhtrigroup.com
"""
    h = ('<html><body style="margin:0;background:#eef1f5"><table width="600" align="center" style="background:#fff;font-family:Arial">'
         '<tr><td style="background:#0b3d91;color:#fff;padding:16px;font-size:20px">BẢN TIN PHÁP LUẬT DOANH NGHIỆP – SỐ 11/2026</td></tr>'
         '<tr><td style="padding:16px"><h3>Luật Bảo vệ dữ liệu cá nhân: 5 việc doanh nghiệp phải làm ngay</h3>'
         '<p>Từ 01/01/2026, doanh nghiệp phải đáp ứng yêu cầu xóa dữ liệu, truy cập và chỉnh sửa dữ liệu của chủ thể dữ liệu trong thời hạn luật định.</p>'
         '<p><a href="https://phapluatdoanhnghiep.vn/ban-tin/11-2026/du-lieu-ca-nhan">Xem chi tiết</a></p>'
         '<h3>Mức lương tối thiểu vùng mới và những điều chỉnh trong hợp đồng lao động</h3>'
         '<h3>Hỏi – đáp: Thủ tục thay đổi người đại diện theo pháp luật</h3></td></tr>'
         '<tr><td style="font-size:11px;color:#777;padding:16px">Bạn nhận được email này vì đã đăng ký nhận bản tin tại phapluatdoanhnghiep.vn. '
         '<a href="https://phapluatdoanhnghiep.vn/unsubscribe?u=8f21c7&amp;e=info%40thinhtrigroup.com">Hủy đăng ký</a></td></tr>'
         '<img src="https://t.phapluatdoanhnghiep.vn/o/8f21c7.gif" width="1" height="1"></table></body></html>')
    m = alternative(t, h, "qp", "qp", "b1_%s" % ralnum(32))
    return finish(m, [
        ("Return-Path", "<bounce-8f21c7-info=thinhtrigroup.com@em.phapluatdoanhnghiep.vn>"),
        ("From", addr("Bản tin Pháp luật Doanh nghiệp", "bantin@phapluatdoanhnghiep.vn", enc="q")),
        ("To", FIRM_INFO),
        ("Subject", hdr("Bản tin số 11/2026: Luật Bảo vệ dữ liệu cá nhân – 5 việc phải làm ngay", enc="q")),
        ("Date", "Thu, 19 Mar 2026 06:30:00 +0700"),
        ("Message-ID", "<%s@em.phapluatdoanhnghiep.vn>" % rhex(32)),
        ("List-Unsubscribe", "<mailto:unsubscribe-8f21c7@em.phapluatdoanhnghiep.vn>, <https://phapluatdoanhnghiep.vn/unsubscribe?u=8f21c7&e=info%40thinhtrigroup.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("Feedback-ID", "8f21c7:newsletter:phapluatdn"),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ])


@spec("A8", AUTO("vi", "Google Groups list message (List-Id, Precedence: list); the post itself asks about a lawyer and gives a phone, but it is list mail."))
def _():
    t = """Chao ca nha,

Cuoi thang nay (sang thu 7 28/3) hoi to chuc buoi giao luu ve cac diem moi cua Bo luat Lao dong va bao hiem xa hoi cho cac chu doanh nghiep nho, dia diem van o cafe Sach duong Tran Quoc Thao nhu moi lan.
Anh chi nao can tu van luat lao dong hay muon gioi thieu van phong luat de moi lam dien gia thi nhan minh nhe, sdt 0903 714 286.

Thang
Nguyen Duc Thang - BCH Hoi Doanh nhan tre Q.3

-- 
Bạn nhận được thư này vì bạn đã đăng ký vào nhóm "Hội Doanh nhân trẻ Quận 3" trong Google Groups.
Để hủy đăng ký khỏi nhóm này và ngừng nhận email từ nhóm, hãy gửi email đến hoi-doanh-nhan-tre-q3+unsubscribe@googlegroups.com.
Để xem cuộc thảo luận này, hãy truy cập https://groups.google.com/d/msgid/hoi-doanh-nhan-tre-q3/CA%s%%40mail.gmail.com.
""" % ralnum(20)
    m = alternative(t, gmail_html(t), "qp", "qp", gmail_boundary())
    return finish(m, [
        ("Return-Path", "<hoi-doanh-nhan-tre-q3+bncBD%s@googlegroups.com>" % ralnum(30)),
        ("Sender", "hoi-doanh-nhan-tre-q3@googlegroups.com"),
        ("From", addr("Nguyen Duc Thang", "thang.nguyenduc.q3@gmail.com")),
        ("Date", "Sat, 14 Mar 2026 08:12:44 +0700"),
        ("Message-ID", gmail_id()),
        ("Subject", "[HDNT Q3] Giao luu chu de luat lao dong moi - sang T7 28/3"),
        ("To", "hoi-doanh-nhan-tre-q3@googlegroups.com"),
        ("Reply-To", "hoi-doanh-nhan-tre-q3@googlegroups.com"),
        ("Precedence", "list"),
        ("Mailing-list", "list hoi-doanh-nhan-tre-q3@googlegroups.com; contact hoi-doanh-nhan-tre-q3+owners@googlegroups.com"),
        ("List-ID", "<hoi-doanh-nhan-tre-q3.googlegroups.com>"),
        ("X-Google-Group-Id", "%d" % R.randint(10**11, 10**12)),
        ("List-Post", "<https://groups.google.com/group/hoi-doanh-nhan-tre-q3/post>, <mailto:hoi-doanh-nhan-tre-q3@googlegroups.com>"),
        ("List-Help", "<https://groups.google.com/support/>, <mailto:hoi-doanh-nhan-tre-q3+help@googlegroups.com>"),
        ("List-Archive", "<https://groups.google.com/group/hoi-doanh-nhan-tre-q3/>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>, <https://groups.google.com/group/hoi-doanh-nhan-tre-q3/subscribe>" % R.randint(10**11, 10**12)),
    ], mime_first=True)


@spec("A9", AUTO("vi", "Ticket-system acknowledgement without diacritics (Auto-Submitted: auto-generated, Precedence: bulk); subject echoes a correction request."))
def _():
    t = """Kinh gui Quy khach,

He thong Ho tro khach hang AnPha Soft da tiep nhan yeu cau cua Quy khach voi ma so #48213.
Noi dung: Yeu cau cap nhat thong tin hop dong ban quyen phan mem ke toan
Trang thai: Dang xu ly

Chung toi se phan hoi trong vong 24 gio lam viec. Quy khach co the theo doi yeu cau tai https://hotro.anphasoft.vn/ticket/48213

Day la email tu dong, vui long khong tra loi email nay.
AnPha Soft - Tong dai ho tro 1900 5678 12
"""
    m = text_part(t, "plain", "utf-8", "7bit")
    return finish(m, [
        ("Return-Path", "<noreply@hotro.anphasoft.vn>"),
        ("From", addr("Ho tro khach hang AnPha Soft", "noreply@hotro.anphasoft.vn")),
        ("To", FIRM_INFO),
        ("Subject", "[#48213] Da tiep nhan: Yeu cau cap nhat thong tin hop dong"),
        ("Date", "Tue, 17 Mar 2026 15:22:09 +0700"),
        ("Message-ID", "<ticket-48213-%s@hotro.anphasoft.vn>" % rhex(10)),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("X-Auto-Response-Suppress", "All"),
    ])


# --------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------
def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def part_text(part):
    try:
        txt = part.get_content()
    except (LookupError, UnicodeError):
        txt = part.get_payload(decode=True).decode("ascii", "replace")
    if part.get_content_subtype() == "html":
        txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
    return unicodedata.normalize("NFC", txt)


def e164(raw):
    s = raw.strip()
    if s.startswith("+"):
        s = s.replace("(0)", "")
        return "+" + re.sub(r"\D", "", s)
    d = re.sub(r"\D", "", s)
    if d.startswith("84") and len(d) in (11, 12):
        return "+" + d
    if d.startswith("0"):
        return "+84" + d[1:]
    raise ValueError(raw)


PHONE_RE = re.compile(r"\+?\d[\d ().\-]{7,}\d")


def verify(path, lab, chk):
    raw = open(path, "rb").read()
    msg = message_from_bytes(raw, policy=policy.default)
    problems = []
    for part in msg.walk():
        for d in part.defects:
            problems.append("defect %s" % type(d).__name__)
    texts, n_text = [], 0
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            texts.append(part_text(part))
            n_text += 1
    body = "\n".join(texts)
    frm = str(msg["From"] or "")
    hay = fold(body + "\n" + frm + "\n" + str(msg["Subject"] or ""))
    c = lab["contact"]
    if lab["automated"]:
        assert lab["category"] == "unknown" and all(v is None for v in c.values()), path
    if c["name"] and fold(c["name"]) not in hay:
        problems.append("name not found: %s" % c["name"])
    if c["email"]:
        if c["email"] != c["email"].lower():
            problems.append("email not lowercase")
        if c["email"] not in body.lower() and c["email"] not in frm.lower():
            problems.append("email not found")
        if any(c["email"].endswith(x) for x in ("@thinhtrigroup.com",)):
            problems.append("firm email labelled")
    if c["address"] and fold(c["address"]) not in fold(body):
        problems.append("address not found")
    if c["phone"]:
        if not re.fullmatch(r"\+[1-9]\d{7,14}", c["phone"]):
            problems.append("phone not E.164")
        rawp = chk.get("phone_raw")
        if not rawp or rawp not in body or e164(rawp) != c["phone"]:
            problems.append("phone raw mismatch")
        found = set()
        for mm in PHONE_RE.finditer(body):
            try:
                found.add(e164(mm.group(0)))
            except ValueError:
                pass
        if c["phone"] not in found:
            problems.append("phone not extracted")
        if c["phone"].startswith("+841800"):
            problems.append("firm hotline")
    # language sanity
    if n_text:
        letters = [ch for ch in body if ch.isalpha()]
        viet = sum(1 for ch in unicodedata.normalize("NFC", body) if ch in "ăâđêôơưĂÂĐÊÔƠƯ" or
                   unicodedata.normalize("NFD", ch) != ch and ch.isalpha())
        share = viet / max(1, len(letters))
        if lab["language"] == "en" and share > 0.05 and "Vào" not in body:
            problems.append("en but diacritic share %.2f" % share)
    return problems, msg, body


def main():
    order = list(range(len(SPECS)))
    R2 = random.Random(7)
    R2.shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        s = SPECS[idx]
        fn = "k%03d.eml" % n
        msg = s["build"]()
        data = msg.as_bytes(policy=policy.compat32.clone(linesep="\n", max_line_length=None))
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        labels[fn] = s["label"]
        s["file"] = fn
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    bad = 0
    for s in SPECS:
        probs, _, _ = verify(os.path.join(OUT, s["file"]), s["label"], s["check"])
        if probs:
            bad += 1
            print(s["file"], s["key"], probs)
    print("%d messages, %d with problems" % (len(SPECS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
