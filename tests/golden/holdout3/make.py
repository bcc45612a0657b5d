#!/usr/bin/env python3
"""Generate holdout3: 50 labelled customer e-mails for the Thinh Tri classifier test.

Run:  python3 make.py        (writes m001.eml ... m050.eml and labels.json next to this file,
                              then re-parses every file and checks it against its label)
Only the standard library is used.
"""
import base64, html, io, json, os, quopri, random, re, sys, unicodedata
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20260311)
POL = policy.compat32.clone(linesep="\r\n", max_line_length=998)

# ---------------------------------------------------------------- helpers
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_form(s):
    """Return s in the form windows-1258 can hold: precomposed where cp1258 has the
    character, otherwise base letter (with circumflex/breve/horn) + combining tone mark.
    Decoding the cp1258 bytes and NFC-normalising gives back NFC(s)."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + "".join(c for c in d if c in TONES))
    r = "".join(out)
    assert unicodedata.normalize("NFC", r.encode("cp1258").decode("cp1258")) == unicodedata.normalize("NFC", s)
    return r


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def eh(s, cs="utf-8", enc="b", name="Subject"):
    """RFC 2047 encode a header text (only if needed), folded at 76 columns."""
    if is_ascii(s):
        return s
    if cs.lower() == "windows-1258":
        s = cp1258_form(s)
    c = Charset(cs)
    c.header_encoding = QP if enc == "q" else BASE64
    r = Header(s, c, header_name=name).encode(maxlinelen=76)
    return re.sub(r"=\?([^?]+)\?([bq])\?",
                  lambda m: "=?%s?%s?" % ("UTF-8" if m.group(1) == "utf-8" else m.group(1), m.group(2).upper()), r)


def addr(name, email, cs="utf-8", enc="b"):
    if not name:
        return email
    if is_ascii(name):
        return formataddr((name, email))
    return f"{eh(name, cs, enc, name='From')} <{email}>"


def text(s, sub="plain", cs="utf-8", cte="qp", extra_ct="", fmt_flowed=False):
    """A single text/* part with an explicit transfer encoding."""
    s = s.strip("\n") + "\n"
    if cs.lower() == "windows-1258":
        s = cp1258_form(s)
        b = s.encode("cp1258")
    elif cs.lower() in ("us-ascii", "x-unknown"):
        b = s.encode("ascii")
    else:
        b = unicodedata.normalize("NFC", s).encode(cs)
    p = Message()
    ct = f'text/{sub}; charset="{cs}"'
    if fmt_flowed:
        ct += "; format=flowed"
    p["Content-Type"] = ct + extra_ct
    if cte == "qp":
        p["Content-Transfer-Encoding"] = "quoted-printable"
        p.set_payload(quopri.encodestring(b).decode("ascii"))
    elif cte == "b64":
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(b).decode("ascii"))
    elif cte == "8bit":
        p["Content-Transfer-Encoding"] = "8bit"
        p.set_payload(b.decode("ascii", "surrogateescape"))
    else:
        assert is_ascii(s), "7bit part must be ASCII"
        p["Content-Transfer-Encoding"] = "7bit"
        p.set_payload(s)
    return p


def to_html(s, style="gmail"):
    paras = s.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        if style == "gmail":
            out.append("<div>" + "<br>".join(lines) + "</div>")
        else:
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    if style == "gmail":
        return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>"
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>"
            "<body lang=\"EN-US\"><div class=\"WordSection1\">\n" + "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)
            + "\n</div></body></html>")


def multi(sub, parts, boundary=None):
    m = Message()
    b = boundary or ("----=_Part_%d_%d.%d" % (RNG.randint(1000, 99999), RNG.randint(10**8, 10**9), RNG.randint(10**12, 10**13)))
    m["Content-Type"] = f'multipart/{sub}; boundary="{b}"'
    m.set_payload(list(parts))
    return m


def alt(plain, cs="utf-8", cte="qp", style="gmail", html_body=None, cte_html=None):
    return multi("alternative", [text(plain, "plain", cs, cte),
                                 text(html_body or to_html(plain, style), "html", cs, cte_html or cte)])


def attachment(data, ctype, filename, inline=False):
    m = Message()
    main, sub = ctype.split("/")
    if is_ascii(filename):
        m["Content-Type"] = f'{ctype}; name="{filename}"'
        m.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    else:
        m["Content-Type"] = f'{ctype}; name="{eh(filename)}"'
        m.add_header("Content-Disposition", "inline" if inline else "attachment", filename=("utf-8", "", filename))
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_jpg(n):
    r = random.Random(n)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(r.randrange(256) for _ in range(600 + n * 37)) + b"\xff\xd9")


def date(d, hh, mm, ss=0, tz=7, month=3):
    return format_datetime(datetime(2026, month, d, hh, mm, ss, tzinfo=timezone(timedelta(hours=tz))))


def mid(kind, domain=""):
    r = RNG
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if kind == "gmail":
        return "<CA" + "".join(r.choice(al) for _ in range(42)) + "+" + "".join(r.choice(al) for _ in range(6)) + "@mail.gmail.com>"
    if kind == "outlook":
        p = "SG2PR0%dMB%d" % (r.randint(1, 6), r.randint(1000, 9999))
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (p, "".join(r.choice(al[:26] + al[52:]) for _ in range(14)), p)
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(1770000000, 1775000000))
    if kind == "apple":
        h = "%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
        return f"<{h}@{domain}>"
    h = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48))
    return f"<{h}@{domain}>"


def finish(body, headers):
    """Put the envelope headers in front of the body part's MIME headers."""
    mime = body.items()
    for k in set(k for k, _ in mime):
        del body[k]
    for k, v in headers:
        body[k] = v
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    for k, v in mime:
        body[k] = v
    return body


def L(cat, lang, name=None, phone=None, email=None, address=None, note=None, automated=False):
    d = {"category": cat, "automated": automated, "language": lang,
         "contact": {"name": name, "phone": phone, "email": email, "address": address}}
    if note:
        d["note"] = note
    return d


AUTO = lambda lang, note=None: L("unknown", lang, note=note, automated=True)
FIRM = "info@thinhtrigroup.com"
SUP = "support@thinhtrigroup.com"
MAILS = {}


def mail(key):
    def deco(fn):
        MAILS[key] = fn
        return fn
    return deco

# ================================================================ SERVICE REQUESTS


@mail("sr_sohong_oneliner")
def _():
    b = text("cho em hỏi phí làm sổ hồng căn nhà đất ở Bình Chánh bao nhiêu ạ? 0938416207\n\nGửi từ iPhone của tôi", cte="qp")
    h = [("From", addr("Trương Ngọc Hân", "hantruong.2k1@gmail.com")), ("To", FIRM), ("Subject", eh("hỏi phí", enc="q")),
         ("Date", date(3, 21, 47, 12)), ("Message-ID", mid("apple", "gmail.com")), ("X-Mailer", "iPhone Mail (21D61)")]
    return finish(b, h), L("service_request", "vi", "Trương Ngọc Hân", "+84938416207", "hantruong.2k1@gmail.com",
                            note="One-liner; name only from the From display name; phone written without spaces.")


@mail("sr_employer")
def _():
    t = """Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Đặng Quốc Bảo, sinh năm 1989, làm kỹ thuật viên bảo trì tại Công ty TNHH Cơ khí Tân Long (KCN Tân Bình) từ tháng 4/2019. Ngày 16/02/2026 phòng nhân sự gọi tôi lên và đưa quyết định chấm dứt hợp đồng lao động có hiệu lực ngay trong ngày, lý do ghi là "cơ cấu lại sản xuất". Tôi không hề được báo trước 45 ngày theo hợp đồng không xác định thời hạn.

Ngoài ra công ty còn nợ tôi lương tháng 1 và tháng 2/2026 (khoảng 23 triệu đồng), và khi tôi tra trên ứng dụng VssID thì thấy công ty chưa đóng bảo hiểm xã hội cho tôi từ tháng 7/2025. Tôi đã gọi cho chị trưởng phòng nhân sự theo số 028 3815 6642 mấy lần nhưng chị ấy chỉ nói "chờ công ty sắp xếp".

Tôi muốn nhờ Công ty tư vấn giúp:
1. Việc công ty cho tôi nghỉ như vậy có đúng luật không, tôi được bồi thường những khoản gì?
2. Thủ tục để đòi lương và yêu cầu chốt sổ BHXH;
3. Nếu phải khởi kiện thì chi phí thuê luật sư khoảng bao nhiêu.

Tôi gửi kèm quyết định chấm dứt hợp đồng (bản chụp). Thông tin của tôi:
Họ tên: Đặng Quốc Bảo
CCCD: 079089012345
Điện thoại: 0967 204 385
Địa chỉ thường trú: 45/12 Lê Văn Thọ, Phường 9, Quận Gò Vấp, TP.HCM

Trân trọng cảm ơn.
Đặng Quốc Bảo"""
    b = multi("mixed", [alt(t, cte="b64"), attachment(fake_pdf("QD cham dut HDLD"), "application/pdf", "quyết định chấm dứt HĐLĐ.pdf")])
    h = [("From", addr("Đặng Quốc Bảo", "quocbao.dang89@gmail.com")), ("To", FIRM),
         ("Subject", eh("Nhờ tư vấn: bị công ty cho nghỉ việc không báo trước và nợ lương")),
         ("Date", date(2, 20, 15, 33)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("service_request", "vi", "Đặng Quốc Bảo", "+84967204385", "quocbao.dang89@gmail.com",
                            "45/12 Lê Văn Thọ, Phường 9, Quận Gò Vấp, TP.HCM",
                            "Dispute with employer = service request. HR number 028 3815 6642 and CCCD 079089012345 are not the sender's phone. Attachment with RFC 2231 non-ASCII filename.")


@mail("sr_landlord")
def _():
    t = """chao a/c,
e thue phong tro o Q7 duoc 2 nam, hop dong het han cuoi thang 1, e bao truoc 1 thang dang hoang roi moi don di. gio chu nha ko chiu tra tien coc 2 thang (8tr), noi la phong bi troc son phai tru het =)) trong khi luc e vo o phong cung vay. e nhan tin zalo thi bi chan, goi sdt 0912 330 457 cua chu nha thi ko nghe.
cho e hoi truong hop nay e co kien dc ko, chi phi nhu the nao a? e co hop dong thue + hinh chup phong luc tra.
e ten Ha Thao Vy, sdt 090.572.8814 (co zalo)
tks a/c nhiu"""
    b = text(t, cte="7bit")
    h = [("From", addr("Thao Vy", "vy.hathao@gmail.com")), ("To", SUP), ("Subject", "chu nha tro ko tra tien coc"),
         ("Date", date(1, 23, 8, 41)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("service_request", "vi", "Ha Thao Vy", "+84905728814", "vy.hathao@gmail.com",
                            note="Landlord dispute = service request. Landlord's number 0912 330 457 is not hers; own number written 090.572.8814. No own address (the Q7 room was vacated).")


@mail("sr_neighbour")
def _():
    t = """Kinh gui Cong ty Luat Thinh Tri

Toi ten la Nguyen Van Tam, nam nay 67 tuoi. Nha toi o so 12 duong so 7, ap 3, xa Tan Thanh, huyen Thu Thua, tinh Long An. May thang nay nha ke ben xay lai nha, ho dao mong lan qua ranh dat nha toi khoang 40 phan (theo so do thi ranh la bo tuong cu). Toi co qua noi chuyen nhung ho noi ho da do dac roi, khong sai.

Toi da lam don gui UBND xa hoa giai mot lan ngay 20/01 nhung khong thanh. Con toi noi nen nho luat su. Xin hoi cong ty:
- Toi phai lam gi tiep theo, co can do dac lai khong?
- Cong ty co nhan ho so o Long An khong, phi bao nhieu?

Toi khong ranh may tinh nen viet khong dau, mong cong ty thong cam. Co gi xin goi cho toi so 0913 627 480 (buoi sang).

Kinh thu
Nguyen Van Tam"""
    b = alt(t, cs="us-ascii", cte="7bit", html_body=to_html(t))
    h = [("From", addr("Nguyen Van Tam", "tamnv1959@yahoo.com")), ("To", FIRM),
         ("Subject", "Nho tu van tranh chap ranh gioi dat voi hang xom"), ("Date", date(5, 7, 2, 9)),
         ("Message-ID", mid("yahoo")), ("X-Mailer", "WebService/1.1.25210 YMailNorrin")]
    return finish(b, h), L("service_request", "vi", "Nguyen Van Tam", "+84913627480", "tamnv1959@yahoo.com",
                            "so 12 duong so 7, ap 3, xa Tan Thanh, huyen Thu Thua, tinh Long An",
                            "Neighbour boundary dispute = service request; elderly writer without diacritics; address inline in a sentence.")


@mail("sr_bank")
def _():
    t = """Kính gửi Quý Công ty Luật,

Tôi là Hồ Thị Kim Oanh, Giám đốc Công ty TNHH Thương mại Phú Gia (MST: 0314567892). Năm 2023 công ty chúng tôi vay vốn lưu động tại Ngân hàng TMCP Đông Phương – Chi nhánh Tân Phú, tài sản bảo đảm là quyền sử dụng đất đứng tên cá nhân tôi.

Từ tháng 11/2025 ngân hàng tự ý điều chỉnh lãi suất từ 9,2% lên 13,5%/năm mà không có thông báo bằng văn bản, đồng thời tự động trích nợ từ tài khoản thanh toán số 19035682471019 của công ty. Nay ngân hàng gửi thông báo chuyển nợ quá hạn và dọa xử lý tài sản bảo đảm, trong khi công ty chưa chậm trả kỳ nào.

Chúng tôi cần luật sư:
- rà soát hợp đồng tín dụng và các phụ lục;
- soạn văn bản khiếu nại gửi ngân hàng và Ngân hàng Nhà nước chi nhánh khu vực;
- đại diện làm việc với ngân hàng nếu cần.

Xin Quý Công ty báo phí và lịch hẹn. Vì hộp thư kế toán nhiều người dùng chung, vui lòng phản hồi trực tiếp cho tôi qua email oanh.hokim@gmail.com hoặc số di động bên dưới.

Trân trọng,

Hồ Thị Kim Oanh
Giám đốc
CÔNG TY TNHH THƯƠNG MẠI PHÚ GIA
Địa chỉ: 112 Lũy Bán Bích, P. Tân Thới Hòa, Q. Tân Phú, TP.HCM
Tổng đài: (028) 3762 5108 – Fax: (028) 3762 5109
Di động: 0908 351 746"""
    b = alt(t, cte="b64", style="outlook")
    h = [("From", addr("Cty TNHH TM Phú Gia", "ketoan@phugia-trading.vn", enc="q")), ("To", FIRM),
         ("Subject", eh("V/v đề nghị tư vấn tranh chấp hợp đồng tín dụng với ngân hàng")),
         ("Date", date(4, 10, 26, 5)), ("Message-ID", mid("outlook")),
         ("Thread-Index", "AdyrF2k0mX7bQpLzT3uW9kq1VvYb8A=="), ("X-MS-Has-Attach", ""), ("Content-Language", "vi-VN")]
    return finish(b, h), L("service_request", "vi", "Hồ Thị Kim Oanh", "+84908351746", "oanh.hokim@gmail.com",
                            "112 Lũy Bán Bích, P. Tân Thới Hòa, Q. Tân Phú, TP.HCM",
                            "Bank dispute = service request. From is a company display name; body e-mail wins over From. Switchboard/fax, tax code 0314567892 and account 19035682471019 are not the phone; the mobile is.")


@mail("sr_expat_marriage")
def _():
    t = """Xin chào luật sư,
Tôi là Daniel. Tôi muốn kết hôn với bạn gái tôi ở Việt Nam. Xin lỗi tiếng Việt của tôi không tốt, I continue in English.

This is Daniel Weber, I'm Swiss and I've been living in Da Nang for two years on a business visa. My fiancée, Lê Thị Bảo Trân, is Vietnamese and we would like to register our marriage here, preferably before June. Some questions:
- What documents do I need from Switzerland (certificate of no impediment? birth certificate?) and do they need to be legalised?
- Can we register in Da Nang or does it have to be in her hometown in Quang Ngai?
- How long does it take and what are your fees for handling it?

You can call me on +84-90-614-3387 or WhatsApp. My fiancée's number is 0935 228 109 if you prefer to speak Vietnamese, but please send the quote to me.

Cảm ơn nhiều!
Daniel"""
    b = text(t, cte="8bit")
    h = [("From", addr("Daniel Weber", "d.weber@bluewin.ch")), ("To", FIRM),
         ("Subject", eh("Đăng ký kết hôn / marriage registration", enc="q")),
         ("Date", date(6, 14, 3, 52)), ("Message-ID", mid("other", "bluewin.ch")),
         ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")]
    return finish(b, h), L("service_request", "en", "Daniel Weber", "+84906143387", "d.weber@bluewin.ch",
                            note="Expat opening in broken Vietnamese, then English ('This is Daniel Weber'). Fiancée's name and number (0935 228 109) are not the sender's. 8bit UTF-8 body.")


@mail("sr_sg_subsidiary")
def _():
    t = """Dear Sir/Madam,

I am writing on behalf of Raman Analytics Pte. Ltd., a Singapore-incorporated data analytics company (UEN 201934518K). We are planning to establish a wholly foreign-owned limited liability company in Ho Chi Minh City in Q2 2026, with an initial team of about 12 staff.

We would appreciate a proposal covering:
1. Investment Registration Certificate and Enterprise Registration Certificate;
2. Opening of the direct investment capital account;
3. Work permits for two Singapore managers;
4. Ongoing corporate secretarial and compliance support for the first year.

Please also let us know your fee structure and estimated timeline. I will be in Ho Chi Minh City from 16 to 20 March and could meet at your office at 57-59 Vo Thi Sau if convenient.

Best regards,

Priya Raman
Head of Regional Operations
Raman Analytics Pte. Ltd.
8 Cross Street, #24-03, Singapore 048424
Office: +65 6225 1180
Mobile (VN): +84 (0) 886 214 903
priya.raman@ramananalytics.sg"""
    b = alt(t, cs="us-ascii", cte="7bit", style="outlook", html_body=to_html(t, "outlook"))
    h = [("From", addr("Priya Raman", "Priya.Raman@ramananalytics.sg")), ("To", FIRM),
         ("Subject", "Enquiry - setting up a Vietnam subsidiary (Raman Analytics Pte Ltd)"),
         ("Date", date(9, 9, 41, 18, tz=8)), ("Message-ID", mid("outlook")), ("Content-Language", "en-SG"),
         ("Thread-Index", "AQHcq8Rb2nS1cW0vO0Wf3gk2aQ7xkQ==")]
    return finish(b, h), L("service_request", "en", "Priya Raman", "+84886214903", "priya.raman@ramananalytics.sg",
                            "8 Cross Street, #24-03, Singapore 048424",
                            "Office switchboard +65 and personal mobile written '+84 (0) 886 214 903' -> mobile. The firm's address quoted in the text is not hers. From address has capitals; label lowercase.")


@mail("sr_will_cp1258")
def _():
    t = """Kính gửi Quý Công ty Luật Thịnh Trí,

Tôi tên là Trần Văn Khiêm, năm nay 78 tuổi, hiện ở cùng con gái út tại Thủ Dầu Một. Vợ tôi mất đã được ba năm. Tôi có một căn nhà và mảnh đất vườn khoảng 1.200 mét vuông đứng tên hai vợ chồng.

Tôi muốn lập di chúc để chia lại nhà đất cho ba người con, tránh sau này anh em tranh chấp. Xin hỏi Quý Công ty:
- Phần đất đứng tên vợ tôi thì tôi có được quyền định đoạt trong di chúc không, hay phải làm thủ tục thừa kế trước?
- Di chúc có cần công chứng không, và người làm chứng phải là ai?
- Tôi đi lại khó khăn, luật sư có thể đến nhà được không, chi phí bao nhiêu?

Tôi không dùng điện thoại di động nhiều, xin gọi số nhà (0274) 3822 519, buổi chiều thường có người nghe máy.
Địa chỉ: 18 Bác Sĩ Yersin, Phường Phú Cường, TP. Thủ Dầu Một, tỉnh Bình Dương.

Xin chân thành cảm ơn.
Trần Văn Khiêm"""
    b = text(t, cs="windows-1258", cte="qp")
    h = [("From", addr("Trần Văn Khiêm", "khiem.tranvan46@yahoo.com.vn", cs="windows-1258", enc="q")), ("To", FIRM),
         ("Subject", eh("Xin tư vấn về việc lập di chúc", cs="windows-1258", enc="b")),
         ("Date", date(2, 15, 12, 40)), ("Message-ID", "<001a01dcaa1f$4e3b2c10$0a01a8c0@KHIEM-PC>"),
         ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")]
    return finish(b, h), L("service_request", "vi", "Trần Văn Khiêm", "+842743822519", "khiem.tranvan46@yahoo.com.vn",
                            "18 Bác Sĩ Yersin, Phường Phú Cường, TP. Thủ Dầu Một, tỉnh Bình Dương",
                            "windows-1258 body and headers with combining tone marks; labels in NFC. Landline (0274) 3822 519.")


@mail("sr_divorce_bottompost")
def _():
    t = """Vào Th 5, 26 thg 2, 2026 vào lúc 09:14 Thịnh Trí Support <support@thinhtrigroup.com> đã viết:
> Chào chị Thư,
>
> Cảm ơn chị đã liên hệ. Với trường hợp thuận tình ly hôn có con chung dưới 36 tháng tuổi, hồ sơ gồm: đơn yêu cầu công nhận thuận tình ly hôn, giấy chứng nhận kết hôn bản chính, CCCD của hai vợ chồng, giấy khai sinh của con.
>
> Chị có thể đặt lịch tư vấn trực tiếp tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM hoặc gọi hotline 1800 63 65.
>
> Trân trọng,
> Bộ phận Chăm sóc khách hàng
> Công ty Hệ Thống Luật TNHH Thịnh Trí

da e cam on. vay e muon dat lich tu van truc tiep sang thu 7 (7/3) dc ko a? chong e cung dong y di cung. neu dc thi goi lai cho e so 0369 512 804 nha, gio hanh chinh e hay hop nen a/c nhan tin truoc giup e.

Pham Kim Thu"""
    b = alt(t, cte="qp")
    h = [("From", addr("Kim Thu", "kimthu.pham92@gmail.com")), ("To", SUP),
         ("Subject", eh("Re: Tư vấn thủ tục ly hôn thuận tình")), ("Date", date(2, 12, 30, 2)),
         ("Message-ID", mid("gmail")), ("In-Reply-To", "<7f31c2aa-0b41-4f0e-9d2e-5a6f1c0e2b11@thinhtrigroup.com>"),
         ("References", "<7f31c2aa-0b41-4f0e-9d2e-5a6f1c0e2b11@thinhtrigroup.com>")]
    return finish(b, h), L("service_request", "vi", "Pham Kim Thu", "+84369512804", "kimthu.pham92@gmail.com",
                            note="Bottom-posted reply: quoted firm mail (hotline 1800 63 65, firm address) ABOVE the new text; new text without diacritics.")

# ================================================================ ACCESS REQUESTS


@mail("ar_form_fields")
def _():
    t = """Chào Thịnh Trí,

Năm 2023 tôi có nhờ bên mình làm thủ tục đăng ký hộ kinh doanh cho tiệm bánh. Gần đây tôi nhận được khá nhiều cuộc gọi mời chào dịch vụ kế toán, thuế nên muốn kiểm tra lại.

Cho tôi biết công ty đang giữ những thông tin gì của tôi (họ tên, số điện thoại, CCCD, bản scan giấy tờ…), lưu từ khi nào và có chuyển cho bên nào khác không. Nếu được, xin gửi cho tôi bản tổng hợp.

Thông tin để công ty tra cứu:
Tên: Phạm Thị Ngọc Lan
CCCD: 001193004512
SĐT: 0977.215.364
Email nhận kết quả: ngoclan.pham.bakery@gmail.com

Cảm ơn công ty."""
    b = alt(t, cte="qp", html_body=to_html(t))
    h = [("From", addr("Lan Pham", "lanpham1993@yahoo.com")), ("To", SUP),
         ("Subject", eh("Yêu cầu cung cấp thông tin cá nhân công ty đang lưu giữ", enc="q")),
         ("Date", date(3, 8, 55, 20)), ("Message-ID", mid("yahoo"))]
    return finish(b, h), L("access_request", "vi", "Phạm Thị Ngọc Lan", "+84977215364", "ngoclan.pham.bakery@gmail.com",
                            note="'Tên:' field; result e-mail in body wins over From. CCCD 001193004512 is not a phone. Mentions marketing calls but asks what data is held.")


@mail("ar_copy_dossier_html")
def _():
    hb = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<p>Kính gửi Thịnh Trí Group,</p>
<p>Năm 2024 Quý Công ty đã đại diện công ty chúng tôi nộp đơn đăng ký nhãn hiệu &quot;SAIGON BREW LAB&quot; (số đơn 4-2024-18532). Do thay đổi nhân sự, bộ phận pháp chế bên tôi bị thất lạc một phần hồ sơ.</p>
<p>Đề nghị Quý Công ty <b>gửi lại cho tôi bản sao hồ sơ</b> đã lưu: giấy ủy quyền, tờ khai, mẫu nhãn, các thông báo của Cục Sở hữu trí tuệ, cùng các thông tin liên hệ mà Quý Công ty đang lưu về tôi với tư cách người liên hệ.</p>
<p>Trân trọng,<br>
<b>Lý Minh Khang</b><br>
Trưởng phòng Hành chính – Pháp chế<br>
Công ty CP Saigon Brew<br>
ĐT văn phòng: 028 3930 4417 (máy lẻ 12)<br>
Website: saigonbrew.vn</p>
</body></html>"""
    b = text(hb, "html", cte="qp")
    h = [("From", addr("Lý Minh Khang", "khang.ly@saigonbrew.vn")), ("To", FIRM),
         ("Subject", eh("Đề nghị gửi lại bản sao hồ sơ đăng ký nhãn hiệu")), ("Date", date(10, 16, 4, 11)),
         ("Message-ID", mid("other", "saigonbrew.vn")), ("X-Mailer", "Zimbra 10.0.6_GA_4200 (ZimbraWebClient - GC122 (Win)/10.0.6_GA_4200)")]
    return finish(b, h), L("access_request", "vi", "Lý Minh Khang", "+842839304417", "khang.ly@saigonbrew.vn",
                            note="HTML-only. Only an office number (with extension) is given -> that one. Trademark application no. 4-2024-18532 is not a phone.")


@mail("ar_chat")
def _():
    t = """chao cty,
e co lam hop dong mua ban xe qua ben minh hoi thang 10 nam ngoai. e muon biet cty dang luu nhung thong tin gi cua e vay (ten, sdt, cccd, giay to xe...), luu den bao gio, co dua cho ben nao ko. a/c gui e danh sach qua mail nay dc ko a.
e la Le Minh Tuan, sdt dang ky: 0386 552 719
thanks"""
    b = text(t, cte="7bit")
    h = [("From", addr("Tuan Le", "leminhtuan.9x@gmail.com")), ("To", FIRM), ("Subject", "hoi ve thong tin ca nhan"),
         ("Date", date(7, 22, 36, 5)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("access_request", "vi", "Le Minh Tuan", "+84386552719", "leminhtuan.9x@gmail.com",
                            note="Chat style without diacritics (cty, e, ko, dc, a/c, sdt).")


@mail("ar_unknown_charset")
def _():
    t = """Kinh gui Cong ty Luat Thinh Tri,

Toi ten la Vo Thi Hong Nhung, truoc day la khach hang cua Cong ty trong vu tranh chap hop dong dat coc nam 2022 (luat su phu trach la ong Phan Quang Vinh).

Theo quy dinh ve bao ve du lieu ca nhan, toi de nghi Cong ty:
1. Cho biet Cong ty dang luu tru nhung du lieu ca nhan nao cua toi;
2. Cung cap cho toi ban sao cac du lieu do (bao gom ho so vu viec va ghi chu lien lac);
3. Cho biet du lieu cua toi da duoc chia se voi ben thu ba nao chua.

Dia chi nhan van ban: 27 Hoang Dieu, Phuong Hai Chau, TP. Da Nang
Dien thoai: (+84) 90 511 8276

Tran trong,
Vo Thi Hong Nhung"""
    b = text(t, cs="x-unknown", cte="7bit")
    h = [("From", addr("Vo Thi Hong Nhung", "hongnhung.vo@vnn.vn")), ("To", SUP),
         ("Subject", "De nghi cung cap du lieu ca nhan"), ("Date", date(4, 9, 12, 0)),
         ("Message-ID", "<202603040912000781234@vnn.vn>"), ("X-Mailer", "Foxmail 6, 15, 201, 23 [cn]")]
    return finish(b, h), L("access_request", "vi", "Vo Thi Hong Nhung", "+84905118276", "hongnhung.vo@vnn.vn",
                            "27 Hoang Dieu, Phuong Hai Chau, TP. Da Nang",
                            "charset=\"x-unknown\" on pure ASCII text. Phone written '(+84) 90 511 8276'. The lawyer's name is not the sender.")


@mail("ar_en_address")
def _():
    t = """Hello,

This is Sophie Laurent. Your firm helped me with my temporary residence card in 2024.

Could you please tell me what personal data you hold about me, where you got it from, and whether you have shared it with anyone (for example the immigration office or a translation agency)? I would also like a copy of that data, ideally as a PDF sent to this email address.

To help you find my file: my passport number is 21AV48213 and my address is 27 Đường số 44, Phường An Khánh, TP. Hồ Chí Minh.

Many thanks,
Sophie"""
    b = text(t, cte="qp", fmt_flowed=False)
    h = [("From", addr("Sophie Laurent", "sophie.laurent@orange.fr")), ("To", FIRM),
         ("Subject", "Personal data request"), ("Date", date(5, 18, 20, 44)),
         ("Message-ID", mid("apple", "orange.fr")), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    return finish(b, h), L("access_request", "en", "Sophie Laurent", None, "sophie.laurent@orange.fr",
                            "27 Đường số 44, Phường An Khánh, TP. Hồ Chí Minh",
                            "'This is …' name; 'my address is …' inline; passport number is not a phone.")


@mail("ar_en_followup")
def _():
    t = """Dear Thinh Tri team,

I am following up on my email below from 10 February, which has not been answered yet. Please send me copies of all documents and personal information you hold about me in connection with my work permit and temporary residence card (2023-2025), including any passport scans, health certificates and correspondence.

A PDF by email is fine.

Kind regards,
Kenji Watanabe
Operations Director
Hoshino Precision Vietnam Co., Ltd.
Lot C4, Long Hau Industrial Park, Long An
Tel: +84 272 3633 180 ext. 204
Mobile: +84 93 871 6624
Tax code: 1101876543

From: Kenji Watanabe
Sent: Tuesday, February 10, 2026 9:02 AM
To: info@thinhtrigroup.com
Subject: Request for copies of my personal file

Dear Sir/Madam,

I was your client for work permit services between 2023 and 2025 (passport no. TR4471902). I would like to receive a copy of the personal data and documents your firm keeps about me.

Best regards,
Kenji Watanabe
Mobile: +84 93 871 6624"""
    b = alt(t, cs="us-ascii", cte="7bit", style="outlook", html_body=to_html(t, "outlook"))
    h = [("From", addr("Kenji Watanabe", "k.watanabe@hoshinopv.com")), ("To", FIRM),
         ("Subject", "RE: Request for copies of my personal file"), ("Date", date(2, 8, 17, 29)),
         ("Message-ID", mid("outlook")), ("Thread-Topic", "Request for copies of my personal file"),
         ("Thread-Index", "AdyaD7c1x2mRk3n4T0a0oWq1bXc9PAA7m1Qw")]
    return finish(b, h), L("access_request", "en", "Kenji Watanabe", "+84938716624", "k.watanabe@hoshinopv.com",
                            "Lot C4, Long Hau Industrial Park, Long An",
                            "Follow-up with own earlier mail quoted below (Outlook header block). Office line with extension, tax code and passport no. present; label the mobile.")

# ================================================================ CORRECTION REQUESTS


@mail("cr_new_phone")
def _():
    t = """Chào anh chị,

Mình tên Hoàng Thị Thu Hà, đang làm hồ sơ sang tên xe bên mình (anh Khôi phụ trách). Mình vừa đổi số điện thoại, số cũ 0903 118 472 không dùng nữa, nhờ anh chị cập nhật sang số mới là 0779 306 215 để tiện liên lạc nha.

Cảm ơn anh chị!"""
    b = alt(t, cte="b64")
    h = [("From", addr("Thu Ha Hoang", "thuha.hoang0512@gmail.com")), ("To", SUP),
         ("Subject", eh("Cập nhật số điện thoại")), ("Date", date(6, 11, 5, 37)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("correction_request", "vi", "Hoàng Thị Thu Hà", "+84779306215", "thuha.hoang0512@gmail.com",
                            note="'Mình tên …'; old number 0903 118 472 also present, contact phone is the new one.")


@mail("cr_name_address_cp1258")
def _():
    t = """Kính gửi Công ty Thịnh Trí,

Tôi là Nguyễn Thị Tuyết Mai, sinh năm 1952. Tháng trước con trai tôi có đưa tôi đến văn phòng Công ty nhờ làm thủ tục tặng cho nhà đất. Hôm nay xem lại bản hợp đồng dự thảo, tôi thấy tên tôi bị ghi là "Nguyễn Thị Tuyết", thiếu chữ "Mai", và địa chỉ vẫn ghi chỗ cũ ở 214 Lạc Long Quân, Phường 10, Quận 11.

Nay tôi đã về ở với con trai. Xin Công ty sửa lại giúp:
Họ tên đúng: Nguyễn Thị Tuyết Mai
Địa chỉ mới: 9A Đường số 3, Cư xá Lữ Gia, Phường Phú Thọ, TP.HCM

Số điện thoại của tôi vẫn giữ nguyên: 0918 447 362.

Cảm ơn Công ty nhiều.
Nguyễn Thị Tuyết Mai"""
    b = text(t, cs="windows-1258", cte="b64")
    h = [("From", addr("Nguyễn Thị Tuyết Mai", "tuyetmai.nguyen52@yahoo.com", cs="windows-1258", enc="b")), ("To", SUP),
         ("Subject", eh("Đính chính họ tên và địa chỉ", cs="windows-1258", enc="q")),
         ("Date", date(9, 16, 48, 3)), ("Message-ID", "<000c01dcafd2$91a4e7b0$0200a8c0@MAI-LAPTOP>"),
         ("X-Priority", "3"), ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    return finish(b, h), L("correction_request", "vi", "Nguyễn Thị Tuyết Mai", "+84918447362", "tuyetmai.nguyen52@yahoo.com",
                            "9A Đường số 3, Cư xá Lữ Gia, Phường Phú Thọ, TP.HCM",
                            "windows-1258 (base64) with combining tone marks; labels NFC. Old address and truncated name also appear; label the corrected ones.")


@mail("cr_dob_id")
def _():
    t = """Chào Công ty,

Em là Đỗ Hải Yến, khách hàng đang làm hợp đồng mua bán căn hộ qua bên mình (hẹn công chứng ngày 12/3). Em kiểm tra bản nháp thì thấy hai chỗ sai:
- Ngày sinh: đang ghi 12/03/1985, đúng là 21/03/1985;
- Số CCCD: đang ghi 079185003471, đúng là 079185003417.

Nhờ anh/chị sửa lại giúp em trước ngày công chứng. Ngoài ra từ nay anh/chị gửi tài liệu vào email cá nhân của em là dohaiyen.2103@gmail.com, email công ty em sắp nghỉ nên không dùng nữa.

SĐT em vẫn là 0983 640 157.

Cảm ơn anh/chị nhiều ạ.
Đỗ Hải Yến"""
    b = alt(t, cte="qp", style="outlook")
    h = [("From", addr("Do Hai Yen - KTT", "yen.dh@songhanlogistics.com.vn")), ("To", SUP),
         ("Subject", eh("Nhờ sửa thông tin trong hồ sơ công chứng")), ("Date", date(5, 13, 58, 14)),
         ("Message-ID", mid("outlook")), ("Content-Language", "vi-VN")]
    return finish(b, h), L("correction_request", "vi", "Đỗ Hải Yến", "+84983640157", "dohaiyen.2103@gmail.com",
                            note="Personal e-mail in body wins over the work From address; two 12-digit CCCD numbers must not be read as phones.")


@mail("cr_email_html_sig")
def _():
    hb = """<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Chào Thịnh Trí,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Email cũ giahuy.quach@hotmail.com của tôi tháng trước bị đăng nhập trái phép. Tôi đã lấy lại được nhưng không muốn dùng nữa. Nhờ bên mình cập nhật email liên lạc trong hồ sơ tranh chấp hợp đồng thuê nhà của tôi thành: <a href="mailto:quachgiahuy.work@outlook.com">quachgiahuy.work@outlook.com</a>. Các thông tin khác giữ nguyên.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">Cảm ơn.</div>
<div id="Signature"><div>--</div><div><b>Quách Gia Huy</b></div><div>M: 0843 291 570</div></div>"""
    b = text(hb, "html", cte="b64")
    h = [("From", addr("giahuy.quach@hotmail.com", "giahuy.quach@hotmail.com")), ("To", SUP),
         ("Subject", eh("Đổi email liên lạc")), ("Date", date(8, 19, 2, 50)), ("Message-ID", mid("outlook")),
         ("Content-Language", "vi-VN")]
    return finish(b, h), L("correction_request", "vi", "Quách Gia Huy", "+84843291570", "quachgiahuy.work@outlook.com",
                            note="HTML-only; name only in the signature (From display is the bare address); new e-mail in body wins over the old From address.")


@mail("cr_name_short")
def _():
    t = "a/c sua giup e ten tren hop dong dich vu voi, e ten Trinh Thi Kieu Oanh chu ko phai Trinh Thi Kieu Anh. sdt 0352917048 neu can xac nhan. e cam on"
    b = text(t, cte="7bit")
    h = [("From", addr("kieuoanh trinh", "KieuOanh.Trinh99@gmail.com")), ("To", SUP), ("Subject", "sua ten giup e"),
         ("Date", date(10, 7, 31, 8)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("correction_request", "vi", "Trinh Thi Kieu Oanh", "+84352917048", "kieuoanh.trinh99@gmail.com",
                            note="Misspelled variant 'Trinh Thi Kieu Anh' also appears; From address mixed case.")


@mail("cr_en_forward")
def _():
    t = """Hi,

Please update my details for the file below (lease review, ref. TT-2026-0412). I moved last week:

Old address: 15 Nguyễn Văn Hưởng, Thảo Điền, Thủ Đức
New address: Apt 12.07, The Nassim, 23 Song Hành, An Phú, Thủ Đức, HCMC

My new Vietnamese number is +84 70 426 9913 (the Spanish one +34 612 448 307 will be switched off soon).

Thanks,
Carlos Mendoza

---------- Forwarded message ---------
From: Thịnh Trí Support <support@thinhtrigroup.com>
Date: Wed, Feb 25, 2026 at 3:10 PM
Subject: Xác nhận lịch hẹn / Appointment confirmation
To: Carlos Mendoza <carlos.mendoza.vn@gmail.com>


Dear Mr. Mendoza,

Your appointment is confirmed for 14:00 on 27/02/2026 at 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM. Hotline: 1800 63 65.

Client address on file: 15 Nguyễn Văn Hưởng, Thảo Điền, Thủ Đức
Phone on file: +34 612 448 307

Best regards,
Thinh Tri Support"""
    b = alt(t, cte="qp")
    h = [("From", addr("Carlos Mendoza", "carlos.mendoza.vn@gmail.com")), ("To", SUP),
         ("Subject", eh("Fwd: Xác nhận lịch hẹn / Appointment confirmation")), ("Date", date(3, 10, 14, 26)),
         ("Message-ID", mid("gmail"))]
    return finish(b, h), L("correction_request", "en", "Carlos Mendoza", "+84704269913", "carlos.mendoza.vn@gmail.com",
                            "Apt 12.07, The Nassim, 23 Song Hành, An Phú, Thủ Đức, HCMC",
                            "Forward of firm mail; old address/old Spanish number and firm hotline/address also present; label the new ones.")

# ================================================================ DELETION REQUESTS


@mail("dr_angry_phone")
def _():
    t = """Tôi đã nói qua điện thoại 2 lần rồi: tôi KHÔNG có nhu cầu dịch vụ gì hết. Đừng liên lạc với tôi nữa, xóa số của tôi khỏi danh sách của các anh chị ngay. Số 0912 583 064.
Còn gọi nữa tôi báo công an."""
    b = text(t, cte="8bit")
    h = [("From", addr("Bùi Văn Hùng", "hungbv.79@gmail.com", enc="q")), ("To", FIRM),
         ("Subject", eh("ĐỪNG GỌI CHO TÔI NỮA")), ("Date", date(4, 17, 40, 2)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("deletion_request", "vi", "Bùi Văn Hùng", "+84912583064", "hungbv.79@gmail.com",
                            note="Angry 'đừng liên lạc … xóa số của tôi' = deletion, not complaint; the number to delete is still the sender's own.")


@mail("dr_withdraw_consent")
def _():
    t = """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, tôi – Tạ Minh Nhật – xin thông báo rút lại sự đồng ý mà tôi đã đưa ra khi đăng ký nhận tư vấn trên website thinhtrigroup.com ngày 05/9/2025.

Kể từ ngày nhận được thư này, đề nghị Công ty:
- ngừng xử lý dữ liệu cá nhân của tôi cho mục đích tiếp thị, gửi bản tin, mời hội thảo;
- xóa họ tên, số điện thoại, email và địa chỉ của tôi khỏi cơ sở dữ liệu khách hàng;
- thông báo cho tôi bằng văn bản khi đã thực hiện xong.

Thông tin để đối chiếu:
Họ và tên: Tạ Minh Nhật
Số điện thoại đã đăng ký: 0868 120 594
Địa chỉ: 61 Nguyễn Lương Bằng, Phường Tân Phú, Quận 7, TP.HCM

Trân trọng,
Tạ Minh Nhật"""
    b = alt(t, cte="qp")
    h = [("From", addr("Tạ Minh Nhật", "ta.minhnhat@proton.me")), ("To", FIRM),
         ("Subject", eh("Thông báo rút lại sự đồng ý xử lý dữ liệu cá nhân", enc="q")), ("Date", date(2, 9, 0, 0)),
         ("Message-ID", "<Zx8k2qLw0mRb5T1cNv7yQe3uHsA4dFgJ@proton.me>")]
    return finish(b, h), L("deletion_request", "vi", "Tạ Minh Nhật", "+84868120594", "ta.minhnhat@proton.me",
                            "61 Nguyễn Lương Bằng, Phường Tân Phú, Quận 7, TP.HCM",
                            "Formal withdrawal of consent plus erasure; firm's own name and website quoted.")


@mail("dr_sms_list")
def _():
    t = "chao cty, tuan nao e cung nhan duoc tin nhan SMS quang cao hoi thao, khuyen mai dich vu cua Thinh Tri. e ko con nhu cau, nho cty xoa sdt 0938 705 261 cua e khoi danh sach gui tin va ko luu thong tin cua e nua nhe. cam on"
    b = text(t, cte="7bit")
    h = [("From", addr("Nguyễn Đăng Khoa", "dangkhoa.ng@gmail.com")), ("To", FIRM), ("Subject", "huy nhan tin quang cao"),
         ("Date", date(8, 12, 10, 59)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("deletion_request", "vi", "Nguyễn Đăng Khoa", "+84938705261", "dangkhoa.ng@gmail.com",
                            note="No name in body; name only from the (diacritic) From display name.")


@mail("dr_after_divorce")
def _():
    t = """Chao Cong ty,

Vu ly hon cua toi voi anh Huynh Tan Phat da co quyet dinh cong nhan thuan tinh ly hon tu thang 12/2025, toi da nhan du ban chinh giay to.

Vi ly do rieng tu, toi de nghi Cong ty xoa toan bo ban scan giay to, tin nhan va thong tin ca nhan cua toi va cua con toi ma Cong ty con luu (tren email, zalo, may tinh), chi giu lai nhung gi phap luat bat buoc phai luu, va xac nhan lai cho toi khi da xoa xong.

Mai Thi Thanh Truc
DT: 0707 853 129"""
    b = text(t, cs="utf-8", cte="b64")
    h = [("From", addr("Truc Mai", "thanhtruc.mai.88@gmail.com")), ("To", SUP), ("Subject", "De nghi xoa ho so ca nhan"),
         ("Date", date(9, 21, 3, 17)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("deletion_request", "vi", "Mai Thi Thanh Truc", "+84707853129", "thanhtruc.mai.88@gmail.com",
                            note="Ex-husband's name present; the sender is Mai Thi Thanh Truc.")


@mail("dr_en_mailing_list")
def _():
    t = """Hi,

Please remove me from your mailing list. I attended one seminar in 2024 and have been getting these in Vietnamese ever since, which I can't read. Please also delete my details from your marketing database.

Thanks,
Mark Davies

________________________________
From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: 27 February 2026 08:00
To: mark.davies77@outlook.com
Subject: Bản tin pháp luật tháng 2/2026 - Thịnh Trí Group

Kính gửi Quý khách,

Bản tin tháng này: những điểm mới về thuế thu nhập cá nhân từ 01/2026, hướng dẫn đăng ký biến động đất đai và hội thảo "Bảo vệ dữ liệu cá nhân trong doanh nghiệp".

Hotline: 1800 63 65 | 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Để ngừng nhận bản tin, vui lòng trả lời email này."""
    b = alt(t, cte="qp", style="outlook")
    h = [("From", addr("Mark Davies", "mark.davies77@outlook.com")), ("To", FIRM),
         ("Subject", eh("RE: Bản tin pháp luật tháng 2/2026 - Thịnh Trí Group")), ("Date", date(27, 19, 11, 45, month=2)),
         ("Message-ID", mid("outlook")), ("Content-Language", "en-GB")]
    return finish(b, h), L("deletion_request", "en", "Mark Davies", None, "mark.davies77@outlook.com",
                            note="A person's reply to the firm's newsletter: not automated. Quoted Vietnamese newsletter below; sender text is English.")


@mail("dr_en_gdpr")
def _():
    t = """Dear Sir or Madam,

In 2025 I contacted your firm regarding the purchase of an apartment in Ho Chi Minh City, which I eventually did not pursue. I understand you still hold my personal data, including a copy of my passport (no. NXR8K41P2), my phone number and my email address.

I hereby request that you:
1. erase all personal data relating to me, including copies of identity documents;
2. stop sending me any marketing or newsletters;
3. confirm in writing once the erasure has been completed.

If you are legally required to keep any of the data, please tell me which data and for how long.

Yours faithfully,

Sanne de Vries
Prinsengracht 512-2
1017 KH Amsterdam, the Netherlands
+31 6 4182 7365"""
    b = text(t, cs="us-ascii", cte="7bit")
    h = [("From", addr("Sanne de Vries", "sanne.devries@ziggo.nl")), ("To", FIRM),
         ("Subject", "Request for erasure of personal data (Art. 17 GDPR / Decree 13/2023)"),
         ("Date", date(6, 9, 30, 12, tz=1)), ("Message-ID", mid("other", "ziggo.nl")),
         ("User-Agent", "Mozilla Thunderbird")]
    return finish(b, h), L("deletion_request", "en", "Sanne de Vries", "+31641827365", "sanne.devries@ziggo.nl",
                            "Prinsengracht 512-2, 1017 KH Amsterdam, the Netherlands",
                            "Foreign number; address on two signature lines.")

# ================================================================ COMPLAINTS


@mail("co_angry_caps")
def _():
    t = """Tôi ký hợp đồng dịch vụ làm sổ hồng với công ty từ ngày 02/12/2025, đã chuyển khoản đủ 18.000.000đ vào tài khoản 0071001234567 của công ty ở Vietcombank (có biên lai). Hứa 45 ngày có sổ, giờ đã hơn 3 tháng.

Gọi cho luật sư Hiếu phụ trách hồ sơ (0937 260 118) thì lúc nói đang họp, lúc không bắt máy, nhắn Zalo thì "đã xem" rồi im. Lên văn phòng thì bảo chờ. CHỜ ĐẾN BAO GIỜ???

Tôi yêu cầu công ty trong tuần này phải trả lời bằng văn bản hồ sơ của tôi đang ở đâu, vướng gì. Nếu không tôi sẽ yêu cầu hoàn tiền và đăng lên mạng cho mọi người biết cách làm việc của các anh chị.

Châu Minh Tài
ĐT: 0903 847 215
ĐC: 88/3 Phan Văn Trị, Phường 10, Gò Vấp"""
    b = alt(t, cte="b64")
    h = [("From", addr("Châu Minh Tài", "chauminhtai.kd@gmail.com")), ("To", FIRM),
         ("Subject", eh("3 THÁNG RỒI VẪN CHƯA CÓ SỔ, CÁC ANH CHỊ LÀM ĂN KIỂU GÌ VẬY???")),
         ("Date", date(10, 22, 49, 31)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("complaint", "vi", "Châu Minh Tài", "+84903847215", "chauminhtai.kd@gmail.com",
                            "88/3 Phan Văn Trị, Phường 10, Gò Vấp",
                            "Angry, caps. Lawyer's mobile 0937 260 118 and bank account 0071001234567 are not the sender's phone; 'ĐC:' address.")


@mail("co_elderly_hotline")
def _():
    t = """Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Lưu Thị Bích Ngọc, 71 tuổi. Ngày 09/01/2026 tôi có nộp hồ sơ nhờ Công ty làm thủ tục khai nhận di sản thừa kế của chồng tôi, đã đóng tạm ứng 10 triệu đồng.

Từ đó đến nay tôi đã gọi số tổng đài 1800 63 65 không dưới năm lần. Lần nào các cháu cũng hứa sẽ có luật sư gọi lại, nhưng tôi chờ mãi không thấy. Tôi tuổi cao, đi lại khó khăn, không thể lên văn phòng ở Võ Thị Sáu nhiều lần được.

Tôi không muốn làm khó các cháu, chỉ mong Công ty cho người phụ trách liên lạc với tôi, cho tôi biết hồ sơ đang đến đâu. Nếu Công ty không làm được thì xin trả lại giấy tờ gốc cho tôi.

Số nhà tôi: 028 3855 0719.

Kính thư,
Lưu Thị Bích Ngọc"""
    b = text(t, cte="qp")
    h = [("From", addr("Lưu Thị Bích Ngọc", "luubichngoc1955@gmail.com")), ("To", FIRM),
         ("Subject", eh("Về việc chưa nhận được phản hồi", enc="q")), ("Date", date(5, 15, 20, 0)),
         ("Message-ID", mid("gmail"))]
    return finish(b, h), L("complaint", "vi", "Lưu Thị Bích Ngọc", "+842838550719", "luubichngoc1955@gmail.com",
                            note="Polite elderly complaint; the firm's hotline 1800 63 65 is quoted back and must not be the contact phone.")


@mail("co_leak_forward")
def _():
    t = """Chào Thịnh Trí,

Mình tên Ngô Thanh Tùng. Tuần trước mình gửi cho bên bạn giấy tờ nhà (sổ hồng, CCCD) để hỏi tư vấn thủ tục bán căn hộ ở Bình Thạnh. Chỉ 2 ngày sau mình nhận được email bên dưới của một môi giới, biết cả địa chỉ căn hộ lẫn giá mình định bán — những thông tin này mình chỉ gửi cho bên bạn.

Mình yêu cầu công ty kiểm tra ai đã làm lộ thông tin, trả lời bằng văn bản và cam kết không để chuyện này lặp lại. Nếu không có phản hồi thỏa đáng mình sẽ gửi đơn lên cơ quan có thẩm quyền.

Tùng – 0972 415 083

---------- Forwarded message ---------
From: Nhà Đất Sài Gòn 24h <moigioi.sg24h@gmail.com>
Date: Fri, Feb 20, 2026 at 10:31 AM
Subject: Căn hộ 2PN Bình Thạnh của anh Tùng
To: <tung.ngothanh@gmail.com>


Chào anh Tùng,
Em được biết anh đang muốn bán căn hộ 2PN tại Bình Thạnh giá khoảng 4,2 tỷ. Bên em có sẵn khách mua, anh liên hệ em Phương 0909 662 317 để trao đổi nhé.
Phương - Nhà Đất Sài Gòn 24h"""
    b = alt(t, cte="qp")
    h = [("From", addr("Ngô Thanh Tùng", "tung.ngothanh@gmail.com")), ("To", SUP),
         ("Subject", eh("Khiếu nại: lộ thông tin cá nhân sau khi gửi hồ sơ cho công ty")), ("Date", date(22, 9, 47, 3, month=2)),
         ("Message-ID", mid("gmail"))]
    return finish(b, h), L("complaint", "vi", "Ngô Thanh Tùng", "+84972415083", "tung.ngothanh@gmail.com",
                            note="Suspected data leak by the firm = complaint. Forwarded broker mail with the broker's number 0909 662 317 and address; not the sender's.")


@mail("co_company_display")
def _():
    t = """Kính gửi Thịnh Trí Group,

Tôi là Trương Thị Mỹ Linh, kế toán Công ty TNHH Minh Phát. Sáng 04/3 tôi lên văn phòng Công ty để nhận hóa đơn dịch vụ tư vấn tháng 2. Nhân viên lễ tân không chào hỏi, để tôi chờ gần 1 tiếng, khi tôi hỏi thì trả lời "chị không thấy em đang bận à".

Hóa đơn nhận được lại ghi sai tên công ty (Minh Phác thay vì Minh Phát) và sai mã số thuế (0312 456 789 thay vì 0312456798). Đây là lần thứ hai hóa đơn bị sai, phải làm biên bản điều chỉnh rất mất thời gian.

Đề nghị Công ty chấn chỉnh thái độ nhân viên và xuất lại hóa đơn đúng trước ngày 10/3. Tôi gửi kèm ảnh chụp hóa đơn.

Trương Thị Mỹ Linh
Kế toán – Công ty TNHH Minh Phát
Lô B2-7 KCN Tân Tạo, Q. Bình Tân, TP.HCM
ĐT: 028 3754 2230 – DĐ: 0932 118 564"""
    b = multi("mixed", [text(t, cte="qp"), attachment(fake_jpg(3), "image/jpeg", "IMG_20260304_093512.jpg")])
    h = [("From", addr("KẾ TOÁN - MINH PHÁT", "ketoan.minhphat@gmail.com")), ("To", FIRM),
         ("Subject", eh("Phản ánh thái độ nhân viên và hóa đơn sai")), ("Date", date(4, 14, 2, 55)),
         ("Message-ID", mid("gmail"))]
    return finish(b, h), L("complaint", "vi", "Trương Thị Mỹ Linh", "+84932118564", "ketoan.minhphat@gmail.com",
                            "Lô B2-7 KCN Tân Tạo, Q. Bình Tân, TP.HCM",
                            "Company display name in From. Tax code written '0312 456 789' looks like a phone; office line vs mobile (DĐ) -> mobile.")


@mail("co_double_charge")
def _():
    t = """cty oi e dang ky goi tu van online 3.500.000d ngay 1/3, chuyen khoan xong app bao loi nen e chuyen lai, gio kiem tra tk thi bi tru 2 lan (ma GD FT26060812345678 va FT26060812349021). e nhan tin fanpage 3 ngay roi ko ai tra loi, goi hotline thi bat may cho hoai.
de nghi cty hoan lai 1 lan tien cho e som, lam an vay ko dc dau.
Huynh Gia Bao - 0356 218 904"""
    b = text(t, cte="7bit")
    h = [("From", addr("Huynh Gia Bao", "giabao.huynh2k@gmail.com")), ("To", SUP), ("Subject", "tru tien 2 lan??"),
         ("Date", date(4, 23, 55, 40)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("complaint", "vi", "Huynh Gia Bao", "+84356218904", "giabao.huynh2k@gmail.com",
                            note="Transaction reference numbers FT… are not phones.")


@mail("co_missed_hearing_toppost")
def _():
    t = """sang nay toi ra toa dung 8h nhu lich cty xac nhan ben duoi, cho den 9h30 luat su cua cty van ko co mat, goi ko nghe may. Tham phan phai doi phien hoa giai sang thang sau, ben kia con noi mia. Toi tra tien thue luat su de dai dien ma de toi ngoi mot minh nhu vay thi ko chap nhan dc.
Yeu cau cty giai thich ro ly do va giam phi cho lan nay. Toi se ko ky tiep hop dong giai doan 2 neu ko co cau tra loi hop ly.

Dinh Cong Thanh
0918 562 037

On Mon, Mar 2, 2026 at 4:45 PM Thịnh Trí Support <support@thinhtrigroup.com> wrote:
> Kính gửi anh Thành,
>
> Công ty xác nhận luật sư Nguyễn Hoàng Long sẽ có mặt cùng anh tại TAND Quận Tân Bình lúc 8h00 ngày 03/03/2026 cho phiên hòa giải.
>
> Mọi thắc mắc xin liên hệ hotline 1800 63 65.
> Công ty Hệ Thống Luật TNHH Thịnh Trí
> 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""
    b = alt(t, cte="qp")
    h = [("From", addr("Dinh Cong Thanh", "thanhdc.xaydung@gmail.com")), ("To", SUP),
         ("Subject", eh("Re: Xác nhận lịch phiên hòa giải ngày 03/03/2026")), ("Date", date(3, 11, 20, 7)),
         ("Message-ID", mid("gmail")), ("In-Reply-To", "<c1d9a3f0-5e2b-4d1c-8a77-0f3b9e6d2a40@thinhtrigroup.com>"),
         ("References", "<c1d9a3f0-5e2b-4d1c-8a77-0f3b9e6d2a40@thinhtrigroup.com>")]
    return finish(b, h), L("complaint", "vi", "Dinh Cong Thanh", "+84918562037", "thanhdc.xaydung@gmail.com",
                            note="Top-posted reply; quoted firm mail below with hotline/address and lawyer name; name/phone only as a bare signature.")


@mail("co_en_visa_advice")
def _():
    t = """Dear Managing Partner,

I am writing to make a formal complaint about the advice I received from your firm in November 2025.

I paid 6,500,000 VND for a consultation on converting my tourist e-visa to a business visa. Your consultant, Ms. Thao, assured me in writing that I could stay in Vietnam while the conversion was processed and that overstaying by "a few days" would not be a problem because the application was pending. Both statements turned out to be wrong. When I left through Tan Son Nhat on 14 January I was fined 5,250,000 VND for overstaying and told that a repeat could lead to an entry ban.

I have since learnt from the immigration office that in-country conversion was not available for my visa type at all, which your consultant should have known.

I am asking for:
- a full refund of the consultation fee;
- reimbursement of the fine;
- a written explanation of how this advice came to be given.

I have kept all emails and the receipt (no. 000418). I would prefer to resolve this directly with you rather than through review platforms or the Vietnam Bar Federation.

Yours sincerely,
Oliver Bennett
Bennett Design Studio
Flat 3, 22 Clarendon Road, Bristol BS6 7EX, United Kingdom
+44 7700 900 482"""
    b = alt(t, cs="utf-8", cte="b64", style="outlook")
    h = [("From", addr("Oliver Bennett", "oliver.bennett@bennettdesign.co.uk")), ("To", FIRM),
         ("Subject", "Formal complaint - incorrect visa advice and request for refund"), ("Date", date(1, 16, 5, 9, tz=0)),
         ("Message-ID", mid("outlook")), ("Content-Language", "en-GB")]
    return finish(b, h), L("complaint", "en", "Oliver Bennett", "+447700900482", "oliver.bennett@bennettdesign.co.uk",
                            "Flat 3, 22 Clarendon Road, Bristol BS6 7EX, United Kingdom",
                            "Long formal complaint about wrong advice; UK number.")


@mail("co_en_third_time")
def _():
    t = """This is the THIRD time I'm writing. Nobody has replied. I cancelled on 3 Feb, your staff agreed to refund 70% within 10 working days, it's now March. Call me or pay me. Seriously unprofessional.

Rebecca Tan
+84 89 944 2716

On Mon, 23 Feb 2026 at 11:02, Rebecca Tan <rebecca.tan.sg@gmail.com> wrote:
> Hi, just following up on the refund below. Please advise the date.
> Rebecca
>
> On Tue, 10 Feb 2026 at 09:40, Rebecca Tan <rebecca.tan.sg@gmail.com> wrote:
>> Dear Thinh Tri,
>> As discussed with Mr. Khoa on the phone, I'm cancelling the company registration service (contract TT/DN/2026/0117). Please refund 70% of the fee to:
>> Account name: TAN HUI MIN REBECCA
>> Account no.: 1903 5567 8821 04 (Techcombank)
>> Thanks,
>> Rebecca Tan
>> +84 89 944 2716"""
    b = alt(t, cs="us-ascii", cte="7bit")
    h = [("From", addr("Rebecca Tan", "rebecca.tan.sg@gmail.com")), ("To", f"{FIRM}, {SUP}"),
         ("Subject", "Re: Re: Refund for cancelled company registration"), ("Date", date(9, 8, 2, 36)),
         ("Message-ID", mid("gmail"))]
    return finish(b, h), L("complaint", "en", "Rebecca Tan", "+84899442716", "rebecca.tan.sg@gmail.com",
                            note="Short angry top post with two levels of her own earlier mails quoted; bank account '1903 5567 8821 04' is not a phone.")

# ================================================================ UNKNOWN (human)


@mail("un_recruiter")
def _():
    t = """Chào anh/chị phụ trách nhân sự Thịnh Trí Group,

Em là Kim Ngân, Senior Consultant tại TalentBridge Vietnam – đơn vị tuyển dụng chuyên mảng pháp lý, tài chính. Em thấy Thịnh Trí đang đăng tuyển Luật sư tranh tụng và Chuyên viên sở hữu trí tuệ nên muốn giới thiệu dịch vụ headhunt của bên em: chỉ thu phí khi ứng viên qua thử việc, bảo hành 60 ngày.

Hiện bên em có sẵn 3 hồ sơ luật sư 5–8 năm kinh nghiệm tranh tụng dân sự, có thể gửi anh/chị tham khảo ngay.

Anh/chị có thể dành 15 phút trao đổi trong tuần này không ạ?

Trân trọng,
Đoàn Thị Kim Ngân
Senior Recruitment Consultant | TalentBridge Vietnam
Tầng 9, 81 Cách Mạng Tháng Tám, Q.1, TP.HCM
Hotline: 1900 636 848 | Mobile/Zalo: 0945 372 610"""
    b = alt(t, cte="b64", style="outlook")
    h = [("From", addr("Đoàn Thị Kim Ngân - TalentBridge", "ngan.doan@talentbridge.vn")), ("To", FIRM),
         ("Subject", eh("Cơ hội hợp tác tuyển dụng Luật sư / Chuyên viên pháp lý")), ("Date", date(3, 9, 15, 0)),
         ("Message-ID", mid("outlook"))]
    return finish(b, h), L("unknown", "vi", "Đoàn Thị Kim Ngân", "+84945372610", "ngan.doan@talentbridge.vn",
                            "Tầng 9, 81 Cách Mạng Tháng Tám, Q.1, TP.HCM",
                            "Recruiter pitch to the firm. Company hotline 1900 636 848 vs personal mobile -> mobile.")


@mail("un_phishing")
def _():
    hb = """<html><body style="font-family:Segoe UI,Arial;font-size:14px;color:#222">
<p>Dear Sir/Madam,</p>
<p>Our records show that invoice <b>INV-2026-03318</b> (USD 14,860.00) issued to Thinh Tri Group remains <span style="color:#c00">unpaid</span>. To avoid late fees and suspension of services, kindly review the invoice and our updated bank details via our secure document portal:</p>
<p><a href="http://docs-share.hanwa-pay.top/inv/03318?id=thinhtrigroup" style="background:#0b5ed7;color:#fff;padding:8px 16px;text-decoration:none">View Invoice (PDF)</a></p>
<p>Please note our remittance account has changed due to an internal audit. Kindly confirm payment today.</p>
<p>Best regards,<br>Anna Keller<br>Accounts Receivable Dept.<br>Hanwa Trading Co., Ltd.</p>
</body></html>"""
    b = text(hb, "html", cs="iso-8859-1", cte="qp")
    h = [("From", addr("Accounts Payable | Hanwa Trading", "anna.keller@hanwa-trading-jp.com")), ("To", FIRM),
         ("Subject", "URGENT: Overdue invoice INV-2026-03318 - action required"), ("Date", date(7, 3, 14, 51, tz=9)),
         ("Message-ID", "<20260307031451.5F2A1C0B7E@mta-07.hanwa-trading-jp.com>"), ("X-Priority", "1 (Highest)"),
         ("Importance", "High")]
    return finish(b, h), L("unknown", "en", "Anna Keller", None, "anna.keller@hanwa-trading-jp.com",
                            note="Invoice phishing, HTML-only; a person's name in the signature, company display name in From.")


@mail("un_wrong_recipient")
def _():
    t = """chi Hai oi, e gui chi may tam hinh dam cuoi anh Tu nha, con may tam ben nha trai e gui sau. chi coi roi in giup e 2 tam to de treo phong khach nha. co gi chi goi e 0397 215 846, toi nay e ko di lam.

Sent from my Galaxy"""
    b = multi("mixed", [text(t, cte="7bit"), attachment(fake_jpg(1), "image/jpeg", "20260301_181122.jpg"),
                        attachment(fake_jpg(2), "image/jpeg", "20260301_181145.jpg")])
    h = [("From", addr("Ngân Nguyễn", "bengan.nguyen2003@gmail.com")), ("To", FIRM), ("Subject", "hinh dam cuoi ne chi"),
         ("Date", date(1, 20, 3, 0)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("unknown", "vi", "Ngân Nguyễn", "+84397215846", "bengan.nguyen2003@gmail.com",
                            note="Personal mail sent to the firm by mistake; name only from From display.")


@mail("un_print_ad")
def _():
    t = """Chào anh chị văn phòng Thịnh Trí,

Em là Thành, chủ xưởng in Phước Thành ở Quận 10. Em đi ngang văn phòng mình trên đường Võ Thị Sáu thấy bảng hiệu nên mạo muội gửi báo giá:
- Danh thiếp giấy couche 300gsm cán mờ: 65.000đ/hộp 100 tờ
- Bìa hồ sơ in logo 2 mặt: 4.500đ/cái (từ 500 cái)
- Phong bì A4, A5 in logo: từ 1.200đ/cái
Giao tận nơi nội thành, xuất hóa đơn VAT đầy đủ. Anh chị cần mẫu giấy em mang qua tận nơi cho xem ạ.

Lê Phước Thành – 0908 774 395
Xưởng: 241/15 Nguyễn Tri Phương, P.9, Q.10"""
    b = text(t, cte="8bit")
    h = [("From", addr("In Ấn Phước Thành", "inanphuocthanh@gmail.com")), ("To", FIRM),
         ("Subject", eh("Báo giá in danh thiếp, bìa hồ sơ cho văn phòng luật")), ("Date", date(6, 8, 12, 44)),
         ("Message-ID", mid("gmail"))]
    return finish(b, h), L("unknown", "vi", "Lê Phước Thành", "+84908774395", "inanphuocthanh@gmail.com",
                            "241/15 Nguyễn Tri Phương, P.9, Q.10",
                            "Advertisement written by a person; shop display name in From; mentions the firm's street.")


@mail("un_camera")
def _():
    t = "cho minh hoi ben minh co nhan lap camera an ninh cho nha pho ko, 4 mat, khu Tan Binh. bao gia giup minh nhe, sdt/zalo 0862 447 103. minh thay ten Thinh Tri tren google maps nen mail hoi"
    b = alt(t, cte="7bit", cs="us-ascii")
    h = [("From", addr("Tran Khanh Linh", "khanhlinh.tran.hn@gmail.com")), ("To", FIRM), ("Subject", "hoi lap camera"),
         ("Date", date(8, 15, 33, 21)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("unknown", "vi", "Tran Khanh Linh", "+84862447103", "khanhlinh.tran.hn@gmail.com",
                            note="Question unrelated to law (security cameras); name only from From display.")


@mail("un_hi_empty")
def _():
    b = multi("alternative", [text("", cte="7bit", cs="UTF-8"), text('<div dir="ltr"><br></div>', "html", cte="7bit", cs="UTF-8")])
    h = [("From", addr("Tuấn Anh", "tuananh.ng2305@gmail.com")), ("To", FIRM), ("Subject", "hi"),
         ("Date", date(2, 0, 41, 3)), ("Message-ID", mid("gmail"))]
    return finish(b, h), L("unknown", "en", "Tuấn Anh", None, "tuananh.ng2305@gmail.com",
                            note="Empty body, subject only 'hi'; no intent. Language labelled en only because the sole word is English.")

# ================================================================ AUTOMATED


@mail("au_ooo_vi_headers")
def _():
    t = """Chào anh/chị,

Tôi đang đi công tác nước ngoài từ 02/03 đến 13/03/2026 và sẽ hạn chế kiểm tra email. Việc gấp xin liên hệ chị Nguyễn Thu Trang – Phòng Pháp chế, ĐT 0903 120 884, email trang.nt@vietthanhcorp.vn.

Trân trọng,
Phan Thanh Liêm
Phó Tổng Giám đốc – Công ty CP Việt Thành"""
    b = text(t, cte="b64")
    h = [("From", addr("Phan Thanh Liêm", "liem.pt@vietthanhcorp.vn")), ("To", SUP),
         ("Subject", eh("Tự động trả lời: Re: Hồ sơ đăng ký nhãn hiệu VIỆT THÀNH")), ("Date", date(4, 10, 2, 13)),
         ("Message-ID", mid("outlook")), ("In-Reply-To", "<5b0e61c2-3f4a-4e7d-b2a8-0c9d4f1e7a63@thinhtrigroup.com>"),
         ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")]
    return finish(b, h), AUTO("vi", "Out-of-office with Auto-Submitted/X-Autoreply; contains a colleague's phone and e-mail.")


@mail("au_ooo_auto_prefix_nodiac")
def _():
    t = """Toi dang nghi phep den het ngay 09/03/2026. Trong thoi gian nay cac van de ve ke toan, hoa don xin lien he chi Hang (0918 204 557). Toi se tra loi email khi quay lai.
Cam on.
Vuong Thi Thu - Ke toan truong"""
    b = text(t, cte="7bit")
    h = [("From", addr("Vuong Thi Thu", "thu.vt@anphatfoods.com.vn")), ("To", FIRM),
         ("Subject", "Auto: Re: Lich hen ky hop dong tu van thuong xuyen"), ("Date", date(5, 8, 0, 4)),
         ("Message-ID", "<OF8A2C1B7E.4D0F9A21-ON48258C9B.002C1F3A@anphatfoods.com.vn>"), ("Precedence", "auto_reply"),
         ("X-Mailer", "IBM Notes Release 12.0.2 November 03, 2022")]
    return finish(b, h), AUTO("vi", "Only the 'Auto:' subject prefix and Precedence: auto_reply mark it; body without diacritics.")


@mail("au_abwesenheit")
def _():
    t = """Xin chào,

Tôi đang nghỉ phép về Việt Nam đến ngày 20.03.2026 và sẽ kiểm tra email không thường xuyên. Việc gấp xin gọi văn phòng +49 40 3861 2270.

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.03.2026 nicht im Büro.

Nguyễn Minh Châu
Krämer Logistik GmbH, Hamburg"""
    b = alt(t, cte="qp", style="outlook")
    h = [("From", addr("Nguyen, Minh Chau", "m.nguyen@kraemer-logistik.de")), ("To", FIRM),
         ("Subject", eh("Abwesenheitsnotiz: Thư mời hội thảo: Bảo vệ dữ liệu cá nhân trong doanh nghiệp", enc="q")),
         ("Date", date(6, 3, 22, 51, tz=1)), ("Message-ID", mid("other", "kraemer-logistik.de")), ("Content-Language", "de-DE")]
    return finish(b, h), AUTO("vi", "Out-of-office recognisable only by the German subject prefix 'Abwesenheitsnotiz:'; subject quotes privacy keywords.")


@mail("au_reponse_auto")
def _():
    t = """Thank you for your email. I am on leave until 16 March 2026 with limited access to email. For urgent matters regarding the Vietnam project please contact my colleague Camille Durand (camille.durand@lumiere-conseil.fr, +33 1 44 55 21 90).

Je suis absent jusqu'au 16 mars. Merci.

Julien Moreau"""
    b = text(t, cte="qp")
    h = [("From", addr("Julien Moreau", "julien.moreau@lumiere-conseil.fr")), ("To", SUP),
         ("Subject", eh("Réponse automatique : Documents for the company registration", enc="q")),
         ("Date", date(4, 7, 9, 33, tz=1)), ("Message-ID", mid("other", "lumiere-conseil.fr")),
         ("Auto-Submitted", "auto-replied (vacation)")]
    return finish(b, h), AUTO("en", "Sieve vacation reply with French subject prefix 'Réponse automatique :'.")


@mail("au_bounce_dsn")
def _():
    orig_hdr = """Received: from mail.thinhtrigroup.com (mail.thinhtrigroup.com. [203.162.71.45])
        by mx.google.com with ESMTPS id 6a1803df08f44-6f2c1a9e5d2si8812346d6.114.2026.03.03.02.14.07
Date: Tue, 03 Mar 2026 16:14:05 +0700
From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Support?= <support@thinhtrigroup.com>
To: ng.thuylinh1994@gmail.com
Message-ID: <9e1d2b77-4c0a-41f3-8b0e-66c2a7d1f0e5@thinhtrigroup.com>
Subject: =?UTF-8?Q?X=C3=A1c_nh=E1=BA=ADn_l=E1=BB=8Bch_h=E1=BA=B9n_t=C6=B0_v=E1=BA=A5n?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    t = """** Address not found **

Your message wasn't delivered to ng.thuylinh1994@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6f2c1a9e5d2si8812346d6.114 - gsmtp"""
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = [message_from_bytes(b"Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 03 Mar 2026 01:14:07 -0800 (PST)\n\n"),
              message_from_bytes(b"Final-Recipient: rfc822; ng.thuylinh1994@gmail.com\nAction: failed\nStatus: 5.1.1\n"
                                 b"Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.4.27, the server for the domain gmail.com.)\n"
                                 b"Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
                                 b"Last-Attempt-Date: Tue, 03 Mar 2026 01:14:08 -0800 (PST)\n\n")]
    ds.set_payload(blocks)
    rh = Message()
    rh["Content-Type"] = "text/rfc822-headers"
    rh.set_payload(orig_hdr)
    b = multi("report", [text(t, cte="7bit", cs="UTF-8"), ds, rh], boundary="000000000000a8f3c2062c1e77d1")
    b.replace_header("Content-Type", 'multipart/report; boundary="000000000000a8f3c2062c1e77d1"; report-type=delivery-status')
    h = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", SUP),
         ("Subject", "Delivery Status Notification (Failure)"), ("Date", "Tue, 03 Mar 2026 01:14:08 -0800 (PST)"),
         ("Message-ID", "<67c5820f.050a0220.3c1b2e.8a41.GMR@mx.google.com>"), ("Auto-Submitted", "auto-replied"),
         ("References", "<9e1d2b77-4c0a-41f3-8b0e-66c2a7d1f0e5@thinhtrigroup.com>")]
    return finish(b, h), AUTO("en", "multipart/report DSN with text/rfc822-headers of the firm's own message.")


@mail("au_bounce_exim_plain")
def _():
    t = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hoangvu@phucloc-agri.com.vn
    host mx1.phucloc-agri.com.vn [113.161.88.20]
    SMTP error from remote mail server after RCPT TO:<hoangvu@phucloc-agri.com.vn>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <info@thinhtrigroup.com>
From: info@thinhtrigroup.com
To: hoangvu@phucloc-agri.com.vn
Subject: Re: Bao gia dich vu dang ky nhan hieu
Date: Thu, 05 Mar 2026 14:40:11 +0700

Kinh gui anh Vu,
Cong ty xin gui bao gia dang ky nhan hieu nhu file dinh kem.
Tran trong, Thinh Tri Group - Hotline 1800 63 65"""
    b = text(t, cte="7bit", cs="us-ascii")
    h = [("Return-Path", "<>"), ("Received", "from Debian-exim by mx2.tenten-mail.vn with local (Exim 4.96)\r\n\tid 1vZk3q-0007Qx-2B\r\n\tfor info@thinhtrigroup.com; Thu, 05 Mar 2026 14:40:19 +0700"),
         ("X-Failed-Recipients", "hoangvu@phucloc-agri.com.vn"), ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@mx2.tenten-mail.vn>"), ("To", FIRM),
         ("Subject", "Mail delivery failed: returning message to sender"),
         ("Message-Id", "<E1vZk3q-0007Qx-2B@mx2.tenten-mail.vn>"), ("Date", date(5, 14, 40, 19))]
    return finish(b, h), AUTO("en", "Plain-text Exim bounce with the original (firm's own) message inline.")


@mail("au_newsletter_vi")
def _():
    t = """BẢN TIN PHÁP LÝ DOANH NGHIỆP – Số 09/2026

Kính gửi Quý độc giả,

1. Văn bản mới có hiệu lực tháng 3/2026
- Nghị định hướng dẫn Luật Thuế thu nhập doanh nghiệp (sửa đổi);
- Thông tư về hóa đơn điện tử khởi tạo từ máy tính tiền;
- Quy định mới về bảo vệ dữ liệu cá nhân đối với doanh nghiệp nhỏ.

2. Hỏi – đáp: Doanh nghiệp có phải đăng ký lại con dấu khi đổi địa chỉ trụ sở?

3. Sự kiện: Tọa đàm trực tuyến "Hợp đồng lao động điện tử" – 14h00 thứ Năm, 19/3/2026.

Mọi thắc mắc xin liên hệ tổng đài 1900 6192 hoặc bantin@phaplydoanhnghiep.vn.
Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn. Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=8812731&l=44"""
    b = alt(t, cte="qp")
    h = [("From", addr("Bản tin Pháp Lý Doanh Nghiệp", "bantin@phaplydoanhnghiep.vn")), ("To", FIRM),
         ("Subject", eh("Bản tin số 09/2026: Văn bản mới tháng 3, bảo vệ dữ liệu cá nhân")), ("Date", date(9, 6, 30, 0)),
         ("Message-ID", "<20260309063000.8812731.44@mailer.phaplydoanhnghiep.vn>"), ("Precedence", "bulk"),
         ("List-Id", "Ban tin Phap Ly Doanh Nghiep <bantin.phaplydoanhnghiep.vn>"),
         ("List-Unsubscribe", "<mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsubscribe-8812731>, <https://phaplydoanhnghiep.vn/unsubscribe?u=8812731&l=44>"),
         ("X-Mailer", "phpList v3.6.15")]
    return finish(b, h), AUTO("vi", "Bulk newsletter (Precedence: bulk, List-Unsubscribe) mentioning personal data protection.")


@mail("au_newsletter_en")
def _():
    t = """LegalTech Asia Weekly - Issue #112

Hi there,

This week: how Vietnamese firms are adopting e-signatures, a new AI contract-review benchmark, and our round-up of data protection enforcement in ASEAN.

- Vietnam: draft decree on electronic transactions in the courts
- Singapore PDPC fines a logistics company SGD 74,000
- Webinar: "Client intake automation for small law firms" - 26 March, 10:00 SGT

Read online: https://legaltechasia.io/weekly/112

You are receiving this because you subscribed at legaltechasia.io.
LegalTech Asia, 1 Raffles Place #19-61, Singapore 048616
Unsubscribe: https://legaltechasia.io/u/5f2c9a?e=info%40thinhtrigroup.com"""
    b = alt(t, cs="utf-8", cte="b64", html_body="<html><body style=\"margin:0;background:#f4f4f4\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Helvetica,Arial\"><tr><td style=\"padding:24px\">" + to_html(t) + "</td></tr></table><img src=\"https://open.legaltechasia.io/o/5f2c9a.gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>")
    h = [("From", addr("LegalTech Asia Weekly", "newsletter@legaltechasia.io")), ("Reply-To", "editor@legaltechasia.io"),
         ("To", FIRM), ("Subject", "E-signatures in Vietnamese courts, PDPC fines & more | Issue #112"),
         ("Date", date(10, 2, 0, 5, tz=8)), ("Message-ID", "<0100019cb7e1a2f4-5f2c9a11-7d3e-4b8a-9f10-2c6e8d1a4b77-000000@email.amazonses.com>"),
         ("List-Unsubscribe", "<https://legaltechasia.io/u/5f2c9a?e=info%40thinhtrigroup.com>, <mailto:unsub-5f2c9a@legaltechasia.io>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("Feedback-ID", "1.us-east-1.Vq3nW8x2bKp0=:AmazonSES")]
    return finish(b, h), AUTO("en", "Bulk newsletter with one-click List-Unsubscribe; mentions data protection and a Vietnam item.")


@mail("au_ticket_ack")
def _():
    t = """Kính chào Quý khách,

Yêu cầu hỗ trợ của Quý khách đã được hệ thống tiếp nhận.

Mã yêu cầu: CV-20931
Tiêu đề: Gia hạn tên miền thinhtrigroup.com và chứng chỉ SSL
Mức ưu tiên: Bình thường
Thời gian phản hồi dự kiến: trong vòng 4 giờ làm việc

Để bổ sung thông tin, vui lòng trả lời email này và giữ nguyên mã [Ticket #CV-20931] trong tiêu đề. Hotline kỹ thuật 24/7: 1900 6680.

Đây là email tự động, vui lòng không xóa mã yêu cầu khi trả lời.
CloudViet – Bộ phận Hỗ trợ kỹ thuật"""
    b = alt(t, cte="qp")
    h = [("From", addr("Hỗ trợ kỹ thuật CloudViet", "hotro@cloudviet.vn")), ("Reply-To", "hotro+cv20931@cloudviet.vn"), ("To", SUP),
         ("Subject", eh("[Ticket #CV-20931] Đã tiếp nhận yêu cầu: Gia hạn tên miền thinhtrigroup.com")),
         ("Date", date(2, 10, 5, 47)), ("Message-ID", "<ticket-cv-20931-ack-1772420747@helpdesk.cloudviet.vn>"),
         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "osTicket Mailer")]
    return finish(b, h), AUTO("vi", "Ticket-system acknowledgement (Auto-Submitted: auto-generated).")


# ================================================================ write + verify
def extract(msg):
    """All human-visible text: decoded headers + text parts (html stripped), NFC."""
    chunks = []
    for k in ("From", "Subject", "Reply-To"):
        if msg[k]:
            chunks.append(str(msg[k]))
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        try:
            s = part.get_content()
        except LookupError:
            s = part.get_payload(decode=True).decode("ascii")
        if part.get_content_subtype() == "html":
            s = html.unescape(re.sub(r"<[^>]+>", " ", s))
        chunks.append(s)
    return unicodedata.normalize("NFC", "\n".join(chunks))


def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).casefold()).strip()


def phones_in(s):
    out = set()
    for m in re.finditer(r"(?:\(\+?\d{1,3}\)|\+)?[\d][\d .\-()]{6,}\d", s):
        raw = m.group(0)
        d = re.sub(r"\D", "", raw)
        if raw.lstrip("(").startswith("+"):
            if d.startswith("840"):
                d = "84" + d[3:]
            out.add("+" + d)
        elif d.startswith("0"):
            out.add("+84" + d[1:])
    return out


def main():
    keys = list(MAILS)
    assert len(keys) == 50, len(keys)
    order = keys[:]
    random.Random(3).shuffle(order)
    labels = {}
    for i, k in enumerate(order, 1):
        fn = f"m{i:03d}.eml"
        msg, lab = MAILS[k]()
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(msg)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(buf.getvalue())
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    verify(labels, dict(zip((f"m{i:03d}.eml" for i in range(1, 51)), order)))


def verify(labels, keymap):
    from collections import Counter
    bad = 0
    firm = ("info@thinhtrigroup.com", "support@thinhtrigroup.com")
    for fn, lab in labels.items():
        raw = open(os.path.join(OUT, fn), "rb").read()
        problems = []
        if b"\r\n" not in raw or re.search(rb"[^\r]\n", raw):
            problems.append("line endings")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                problems.append(f"defects {part.defects}")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append("line > 998")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                problems.append("missing " + h)
        txt = extract(msg)
        c = lab["contact"]
        for k, v in c.items():
            if v is not None and v != unicodedata.normalize("NFC", v):
                problems.append(f"{k} not NFC")
        if lab["automated"]:
            if lab["category"] != "unknown" or any(c.values()):
                problems.append("automated label")
        if c["name"] and fold(c["name"]) not in fold(txt):
            problems.append("name not found")
        if c["email"]:
            if c["email"] != c["email"].lower() or c["email"] in firm:
                problems.append("email form")
            if c["email"] not in txt.lower():
                problems.append("email not found")
        if c["address"]:
            a = fold(c["address"]).replace(",", "")
            if a not in fold(txt).replace(",", "") or "võ thị sáu" in a:
                problems.append("address not found")
        if c["phone"]:
            if not re.fullmatch(r"\+[1-9]\d{7,14}", c["phone"]) or c["phone"] not in phones_in(txt):
                problems.append(f"phone not found {c['phone']} {sorted(phones_in(txt))}")
        ct = msg.get_content_charset()
        for part in msg.walk():
            if (part.get_content_charset() or "").lower() == "windows-1258":
                dec = part.get_payload(decode=True).decode("cp1258")
                if dec.encode("cp1258").decode("cp1258") != dec or unicodedata.normalize("NFC", dec) == dec:
                    problems.append("cp1258 round trip / not decomposed")
        if problems:
            bad += 1
            print(fn, keymap[fn], problems)
    cnt = Counter(l["category"] for l in labels.values())
    print("categories", dict(cnt))
    print("automated", Counter(l["automated"] for l in labels.values()))
    print("language", Counter(l["language"] for l in labels.values()))
    print("problems in", bad, "files")
    return bad


if __name__ == "__main__":
    main()
