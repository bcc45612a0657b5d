#!/usr/bin/env python3
"""Generate holdout4: 50 labelled customer e-mails for Thinh Tri Group's inbox.

Writes n001.eml ... n050.eml and labels.json next to this script, then
re-parses every file and checks that the labelled values are present.
"""
import html as htmlmod
import json
import os
import re
import struct
import sys
import unicodedata
import zlib
from email import policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.parser import BytesParser
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
FIRM_INFO = "info@thinhtrigroup.com"
FIRM_SUPPORT = "support@thinhtrigroup.com"
GEN_POLICY = policy.compat32.clone(linesep="\n")

MESSAGES = {}
LABELS = {}


# ----------------------------------------------------------------- helpers
def nfc(s):
    return unicodedata.normalize("NFC", s)


def ew(s, enc="q", charset="utf-8", name="Subject"):
    """RFC 2047 encode a header value (left alone when ASCII)."""
    if s.isascii():
        return s
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(s, cs, header_name=name).encode()


def addr(name, address, enc="b", charset="utf-8"):
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return "%s <%s>" % (ew(name, enc, charset, "From"), address)


def text(body, subtype="plain", cte="qp", charset="utf-8"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    return MIMEText(body, subtype, cs)


def alt(plain, html, cte="qp", boundary=None, charset="utf-8"):
    m = MIMEMultipart("alternative", boundary=boundary)
    m.attach(text(plain, "plain", cte, charset))
    m.attach(text(html, "html", cte, charset))
    return m


def to_html(body, style="gmail"):
    """Very small plain->HTML conversion in the style of common clients."""
    out = []
    quote = []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(htmlmod.escape(q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px '
                       'solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for line in body.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        flush_quote()
        if style == "gmail":
            out.append("<div>%s</div>" % (htmlmod.escape(line) or "<br>"))
        else:
            out.append('<p class="MsoNormal">%s</p>' % (htmlmod.escape(line) or "&nbsp;"))
    flush_quote()
    if style == "gmail":
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body lang="VI">\n<div class="WordSection1">\n'
            + "\n".join(out) + "\n</div>\n</body></html>\n")


def png_bytes(w=24, h=16, rgb=(200, 30, 40)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def jpeg_bytes(seed=7, n=1800):
    # JFIF header + pseudo-random entropy data + EOI (not a decodable image).
    x = seed
    data = bytearray()
    for _ in range(n):
        x = (1103515245 * x + 12345) & 0x7FFFFFFF
        b = (x >> 16) & 0xFF
        data.append(b if b != 0xFF else 0xFE)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            b"\xff\xdb\x00C\x00" + bytes(range(1, 65)) + bytes(data) + b"\xff\xd9")


def pdf_bytes(lines):
    content = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "".join(
        "(%s) '\n" % l.replace("(", "[").replace(")", "]") for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out.encode("latin-1")


SHAPE_MARKS = {"\u0302", "\u0306", "\u031b"}


def to_cp1258_text(s):
    """Rewrite text so every character is encodable in windows-1258.

    Precomposed letters that cp1258 lacks are written the way Vietnamese
    Windows software does: base letter (with circumflex/breve/horn when the
    code page has it) followed by a combining tone mark.
    """
    out = []
    for ch in nfc(s):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        shapes = "".join(m for m in d[1:] if m in SHAPE_MARKS)
        tones = "".join(m for m in d[1:] if m not in SHAPE_MARKS)
        rep = nfc(d[0] + shapes) + tones
        rep.encode("cp1258")
        out.append(rep)
    r = "".join(out)
    assert nfc(r.encode("cp1258").decode("cp1258")) == nfc(s)
    return r


def contact(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email, "address": address}


NULL = contact()


def put(n, root, headers, category, language, c, automated=False, note=None):
    """Order headers like a real message and register the label."""
    mime = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
    for k in set(root.keys()):
        del root[k]
    for k, v in headers:
        root[k] = v
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    for k, v in mime:
        root[k] = v
    for part in root.walk():  # clients do not repeat MIME-Version in body parts
        if part is not root:
            del part["MIME-Version"]
    fn = "n%03d.eml" % n
    MESSAGES[fn] = root
    lab = {"category": category, "automated": automated, "language": language,
           "contact": c}
    if note:
        lab["note"] = note
    LABELS[fn] = lab


def gmail_quote_header_vi(when, who):
    return "Vào %s %s đã viết:" % (when, who)


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


FIRM_SIG_VI = """Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65 | Email: support@thinhtrigroup.com"""

FIRM_SIG_EN = """Thinh Tri Law System Co., Ltd (Công ty Hệ Thống Luật TNHH Thịnh Trí)
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
Hotline: 1800 63 65 | info@thinhtrigroup.com"""


# ================================================================ messages
# n001 service_request vi — land title split / transfer
b = """Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Đặng Thị Mỹ Lệ. Cha mẹ tôi có một thửa đất 320 m² ở xã Hòa Hội, tỉnh Tây Ninh, đã được cấp Giấy chứng nhận quyền sử dụng đất số CS 04512 (thửa số 187, tờ bản đồ số 12), trong đó có 100 m² đất ở, còn lại là đất trồng cây lâu năm.

Nay cha mẹ tôi muốn tách thửa để tặng cho tôi khoảng 120 m² (có cả phần đất ở) để tôi làm nhà. Tôi xin hỏi:
1. Diện tích tối thiểu được tách thửa ở địa phương hiện nay là bao nhiêu, 120 m² có đủ không?
2. Hồ sơ cần chuẩn bị những gì, nộp ở đâu, mất bao lâu?
3. Khi tặng cho giữa cha mẹ và con thì có phải nộp thuế thu nhập cá nhân, lệ phí trước bạ không?
4. Công ty có nhận làm trọn gói (đo đạc, tách thửa, sang tên) không và chi phí khoảng bao nhiêu?

Cha mẹ tôi đã lớn tuổi, đi lại khó khăn nên tôi mong được tư vấn cách làm ít phải đi nhiều nhất. Tôi có thể gửi ảnh chụp sổ nếu công ty cần.

Trân trọng cảm ơn.

Đặng Thị Mỹ Lệ
ĐT/Zalo: 0938 715 204
Địa chỉ: 27/4 Đường số 9, Phường Thủ Dầu Một, TP.HCM
"""
m = alt(b, to_html(b), "qp", boundary="000000000000a41f6c0648b2e91d")
put(1, m, [
    ("From", addr("Đặng Thị Mỹ Lệ", "myle.dang82@gmail.com", "b")),
    ("Date", "Mon, 05 Jan 2026 21:14:08 +0700"),
    ("Message-ID", "<CAJ7f2kQ0wq1hZrL0x9m8Gd3t3uVYk+Zr0Q@mail.gmail.com>"),
    ("Subject", ew("Nhờ tư vấn thủ tục tách thửa và tặng cho đất", "b")),
    ("To", FIRM_INFO),
], "service_request", "vi",
    contact("Đặng Thị Mỹ Lệ", "+84938715204", "myle.dang82@gmail.com",
            "27/4 Đường số 9, Phường Thủ Dầu Một, TP.HCM"),
    note="Certificate, parcel and map-sheet numbers are not phones.")

# n002 automated OOO vi (Auto-Submitted)
b = """Kính gửi Quý anh/chị,

Cảm ơn anh/chị đã gửi email. Tôi đang nghỉ phép từ ngày 16/02/2026 đến hết ngày 23/02/2026 và sẽ phản hồi ngay khi trở lại làm việc.

Trường hợp cần xử lý gấp, vui lòng liên hệ chị Trần Thu Hà – Phòng Pháp chế, di động 0908 447 312, hoặc tổng đài công ty (028) 3930 5566.

Trân trọng,
Nguyễn Hoàng Long
Phúc An Land
"""
m = text(b, "plain", "b64")
put(2, m, [
    ("Date", "Mon, 16 Feb 2026 09:31:47 +0700"),
    ("From", addr("Nguyễn Hoàng Long", "long.nguyen@phucanland.vn", "q")),
    ("To", FIRM_SUPPORT),
    ("Subject", "=?UTF-8?Q?Tr=E1=BA=A3_l=E1=BB=9Di_t=E1=BB=B1_=C4=91=E1=BB=99ng=3A?= Re: "
     + ew("Lịch ký hợp đồng dịch vụ pháp lý", "q")),
    ("Message-ID", "<autoreply.1771209107.4471@mail.phucanland.vn>"),
    ("In-Reply-To", "<7c1e0b2a-5d11-4c0e-9a34-3f2a1d6e9b10@thinhtrigroup.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)"),
], "unknown", "vi", NULL, automated=True,
    note="Out-of-office; the colleague's mobile and the switchboard are not a customer contact.")

# n003 complaint en — unreturned calls
b = """Hello,

I am writing because I have run out of patience. Since 3 March I have called your hotline 1800 63 65 five times about my lease dispute (your file ref. TT-HD-2026-0142). Every time I was told a lawyer would call me back within 24 hours. Nobody has called. I also sent two emails to support@ and received no answer.

I paid a deposit of 5,000,000 VND on 26 February precisely so that somebody would look at the landlord's eviction notice before the deadline, which is now 10 days away.

Please have the responsible lawyer call me today on +84 (0) 896 512 407, or tell me honestly that you cannot take the matter so I can find another firm and get my deposit back.

Daniel Okafor
"""
m = text(b, "plain", "7bit", "us-ascii")
put(3, m, [
    ("From", addr("Daniel Okafor", "d.okafor@outlook.com")),
    ("To", addr("Thinh Tri Group", FIRM_INFO)),
    ("Cc", FIRM_SUPPORT),
    ("Subject", "Still waiting for a call back - ref TT-HD-2026-0142"),
    ("Date", "Thu, 12 Mar 2026 08:02:55 +0000"),
    ("Message-ID", "<PH0PR12MB5481C0E3A7F1D2B9E4A1C7F2A91B2@PH0PR12MB5481.namprd12.prod.outlook.com>"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
], "complaint", "en", contact("Daniel Okafor", "+84896512407", "d.okafor@outlook.com"),
    note="The firm's hotline is quoted back; the sender's own number is the +84 (0) one.")

# n004 access_request vi (no diacritics) — copy of case file + data held
b = """Chao anh chi,

Nam ngoai em co nho ben minh lam ho so khoi kien doi lai tien dat coc mua dat (ma ho so HS-2025/0873), vu viec da xong roi. Gio em can lai ban sao toan bo giay to em da nop cho ben minh, hop dong dich vu, bien ban lam viec, va cac thong tin ca nhan ma ben minh dang luu ve em, de bo sung ho so vay ngan hang.

Anh chi gui giup em file scan qua email nay nhe, neu can thi em qua van phong lay ban giay cung duoc.
So CCCD cua em: 001090023817 (ngay sinh 14/07/1990) de ben minh doi chieu.

Cam on anh chi nhieu.
Hoang Minh Tri - 0385 920 417
"""
m = text(b, "plain", "7bit", "us-ascii")
put(4, m, [
    ("Date", "Tue, 20 Jan 2026 11:47:02 +0700"),
    ("From", "tri.hoangminh1990@gmail.com"),
    ("To", FIRM_INFO),
    ("Subject", "xin lai ban sao ho so HS-2025/0873"),
    ("Message-ID", "<CAPz9xv1M0xq4m=K1n2d0p8Rbq3iE7W6v9Y@mail.gmail.com>"),
], "access_request", "vi",
    contact("Hoang Minh Tri", "+84385920417", "tri.hoangminh1990@gmail.com"),
    note="No display name; name only in the sign-off. CCCD number is not a phone.")

# n005 service_request en — work permits (company display name)
b = """Dear Sir/Madam,

Minato Precision Vietnam Co., Ltd. (tax code 1101987654) will receive three Japanese engineers who are due to start work at our factory in Tay Ninh province on 4 May 2026. Two of them will stay for about two years; the third will be with us for six months as a technical advisor.

We would like your firm to handle:
- work permits (or work permit exemption confirmation, if applicable for the advisor);
- visa conversion to LD type and temporary residence cards;
- police-clearance legalisation if needed.

Could you please send us a quotation, the list of documents required from the employees and from the company, and an estimated timeline? We can provide passports, degrees and CVs this week.

Best regards,

Sakura Tanaka
HR & General Affairs Manager
Minato Precision Vietnam Co., Ltd.
Tel: +84 272 3768 100 (ext. 215)
Mobile: +84 91 634 8827
"""
m = alt(b, to_html(b, "outlook"), "qp",
        boundary="_000_TYCPR01MB8822F1A5C2D04E77B3C1A8D9C0A2TYCPR01MB8822jpnp_")
put(5, m, [
    ("From", addr("HR | Minato Precision Vietnam", "hr.tanaka@minato-precision.com.vn")),
    ("To", addr("info@thinhtrigroup.com", FIRM_INFO)),
    ("Subject", "Request for quotation: work permits & TRC for 3 Japanese engineers"),
    ("Date", "Wed, 04 Mar 2026 14:20:31 +0900"),
    ("Message-ID", "<TYCPR01MB8822F1A5C2D04E77B3C1A8D9C0A2@TYCPR01MB8822.jpnprd01.prod.outlook.com>"),
    ("Content-Language", "en-US"),
    ("X-MS-Has-Attach", ""),
], "service_request", "en",
    contact("Sakura Tanaka", "+84916348827", "hr.tanaka@minato-precision.com.vn"),
    note="From shows a department display name; the sender is named in the signature. "
         "Switchboard with extension vs personal mobile: contact phone is the mobile. Tax code is not a phone.")

# n006 deletion_request vi — withdraw consent
b = """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tháng 10/2025, tôi có điền form trên website thinhtrigroup.com và gửi email để được tư vấn về tranh chấp hợp đồng thuê nhà, kèm theo ảnh chụp hai mặt căn cước công dân và bản hợp đồng thuê.

Hiện tôi đã tự giải quyết xong với chủ nhà và không sử dụng dịch vụ của Công ty. Căn cứ Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, tôi rút lại sự đồng ý xử lý dữ liệu và đề nghị Công ty xóa toàn bộ dữ liệu cá nhân của tôi, gồm: họ tên, số điện thoại, email, ảnh CCCD, hợp đồng thuê nhà và nội dung trao đổi liên quan.

Đề nghị Công ty xác nhận bằng email sau khi đã xóa.

Trân trọng,
Võ Thị Thanh Tâm
0905 263 718
"""
m = alt(b, to_html(b), "qp", boundary="00000000000017b9e40649a1f3c2")
put(6, m, [
    ("MIME-Version", "1.0"),
    ("Date", "Sat, 07 Feb 2026 16:05:44 +0700"),
    ("Message-ID", "<CAH3rT5w8bZ0kq7e+Qm2LcN1x@mail.gmail.com>"),
    ("Subject", ew("Rút lại sự đồng ý và yêu cầu xóa dữ liệu cá nhân", "q")),
    ("From", addr("Võ Thị Thanh Tâm", "thanhtam.vo.dn@gmail.com", "b")),
    ("To", FIRM_SUPPORT),
], "deletion_request", "vi",
    contact("Võ Thị Thanh Tâm", "+84905263718", "thanhtam.vo.dn@gmail.com"))

# n007 unknown vi — job application with CV
b = """Kính gửi Phòng Nhân sự Công ty Thịnh Trí,

Em là Lý Gia Hân, tốt nghiệp cử nhân Luật Thương mại, Trường Đại học Luật TP.HCM năm 2024. Em đã có khoảng 1,5 năm làm thư ký nghiệp vụ tại một văn phòng công chứng ở Quận 7 (cũ), quen với hồ sơ chuyển nhượng, thừa kế và soạn thảo hợp đồng.

Qua tin tuyển dụng trên TopCV, em được biết Công ty đang tuyển Chuyên viên pháp lý mảng đất đai – doanh nghiệp. Em xin gửi kèm CV và mong có cơ hội được phỏng vấn.

Em có thể đi làm ngay từ tháng 4/2026. Số điện thoại của em: 0776 318 905.

Em cảm ơn anh/chị đã dành thời gian xem hồ sơ.
Trân trọng,
Lý Gia Hân
"""
m = MIMEMultipart("mixed", boundary="000000000000f2c81a0649d3b7a5")
m.attach(alt(b, to_html(b), "8bit", boundary="000000000000f2c8180649d3b7a3"))
att = MIMEApplication(pdf_bytes([
    "LY GIA HAN - CURRICULUM VITAE", "Email: giahan.ly.law@gmail.com", "Phone: 0776 318 905",
    "Education: LL.B. Commercial Law, Ho Chi Minh City University of Law, 2024",
    "Experience: Notary clerk, 2024-2026", "Skills: land transfers, inheritance, contract drafting"]),
    "pdf")
att.add_header("Content-Disposition", "attachment", filename="CV_LyGiaHan_ChuyenVienPhapLy.pdf")
m.attach(att)
put(7, m, [
    ("MIME-Version", "1.0"),
    ("Date", "Fri, 13 Mar 2026 10:12:19 +0700"),
    ("Message-ID", "<CAK4mR0f1nYp2S9u7=GhxD3cW0Lq@mail.gmail.com>"),
    ("Subject", ew("Ứng tuyển vị trí Chuyên viên pháp lý – Lý Gia Hân", "b")),
    ("From", addr("Lý Gia Hân", "giahan.ly.law@gmail.com", "b")),
    ("To", FIRM_INFO),
], "unknown", "vi", contact("Lý Gia Hân", "+84776318905", "giahan.ly.law@gmail.com"),
    note="Job application with CV attachment, not a customer request.")

# n008 correction_request vi — windows-1258, new address
b = """Kính gửi Công ty Thịnh Trí,

Tôi là Trương Công Định, khách hàng của Công ty trong vụ tranh chấp ranh giới đất với nhà hàng xóm năm 2025. Gia đình tôi vừa chuyển nhà, nên xin Công ty cập nhật lại địa chỉ liên lạc để thư từ, giấy tờ gửi cho đúng.

Địa chỉ cũ: 15 Lê Lợi, Phường Mỹ Tho, tỉnh Đồng Tháp
Địa chỉ mới: 203/11 Hùng Vương, Phường Đạo Thạnh, tỉnh Đồng Tháp

Số điện thoại của tôi vẫn giữ nguyên: 0918 246 573.

Xin cảm ơn Quý Công ty.
Trương Công Định
"""
m = text(to_cp1258_text(b), "plain", "qp", "windows-1258")
put(8, m, [
    ("From", addr(to_cp1258_text("Trương Công Định"), "truongcongdinh1958@yahoo.com.vn", "q",
                  "windows-1258")),
    ("To", "<info@thinhtrigroup.com>"),
    ("Subject", ew(to_cp1258_text("Thay đổi địa chỉ liên lạc"), "b", "windows-1258")),
    ("Date", "Wed, 28 Jan 2026 07:58:40 +0700"),
    ("Message-ID", "<000a01dc8f3e$2b7c41d0$82f4c570$@yahoo.com.vn>"),
    ("X-Mailer", "Microsoft Office Outlook 12.0"),
    ("Thread-Index", "AdyPPisZ0mT3kq1pQyGZ7x2m4c1f8w=="),
    ("Content-Language", "vi"),
], "correction_request", "vi",
    contact("Trương Công Định", "+84918246573", "truongcongdinh1958@yahoo.com.vn",
            "203/11 Hùng Vương, Phường Đạo Thạnh, tỉnh Đồng Tháp"),
    note="windows-1258 with combining tone marks (labels NFC). Old address also present; contact address is the new one.")

# n009 service_request vi (chat) — divorce and custody
b = """chao ls, em muon hoi ve ly hon don phuong a. chong em nhau xin suot, da danh em 2 lan, em co chup hinh vet thuong. tui em co 1 be gai 4 tuoi, em muon gianh quyen nuoi con. nha dat thi dung ten chong em nhung mua sau khi cuoi, tien em cung gop. vay em phai chuan bi giay to gi, nop o dau, phi luat su bao nhieu a?
em ten Tran Ngoc Han, sdt 0933.418.276, ls goi em sau 6h toi giup em nha, ban ngay em di lam k tien nghe may. em cam on
"""
m = text(b, "plain", "7bit", "us-ascii")
put(9, m, [
    ("From", addr("Han Tran", "ngochan.tran2712@gmail.com")),
    ("Date", "Sun, 18 Jan 2026 23:41:09 +0700"),
    ("Message-ID", "<CAMx8v2k7Q9dS0bL1=u3pT6RzA@mail.gmail.com>"),
    ("Subject", "hoi ve ly hon va quyen nuoi con"),
    ("To", FIRM_INFO),
], "service_request", "vi",
    contact("Tran Ngoc Han", "+84933418276", "ngochan.tran2712@gmail.com"),
    note="Name introduced informally in the body (From display is 'Han Tran').")

# n010 complaint vi — slow handling (long)
b = """Kính gửi Ban Giám đốc Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Phạm Văn Khương. Ngày 12/10/2025 tôi ký Hợp đồng dịch vụ số 0921/2025/TT với Công ty để làm thủ tục cấp Giấy chứng nhận lần đầu cho nhà đất của gia đình tại ấp 3, xã Bình Lợi, TP.HCM. Theo hợp đồng, thời gian thực hiện là 60 ngày làm việc kể từ khi tôi giao đủ hồ sơ.

Tôi đã giao đủ hồ sơ gốc ngay hôm ký và đã chuyển khoản hai đợt, tổng cộng 18.500.000 đồng, từ tài khoản Vietcombank số 0071000654321 (đợt 1 ngày 12/10/2025, đợt 2 ngày 05/12/2025).

Đến nay đã hơn 4 tháng, hồ sơ vẫn chưa có kết quả. Mỗi lần tôi hỏi, chuyên viên phụ trách (anh Quân) đều chỉ trả lời "đang chờ bên xã", không đưa ra được giấy biên nhận hay mã hồ sơ trên Cổng dịch vụ công. Tôi đã tự lên Trung tâm hành chính công xã hỏi thì cán bộ cho biết không tìm thấy hồ sơ nào đứng tên tôi nộp trong tháng 10 và tháng 11.

Tôi đề nghị Công ty:
1. Trả lời bằng văn bản hồ sơ của tôi đã được nộp chưa, nộp ngày nào, biên nhận số mấy;
2. Cam kết thời hạn hoàn thành cụ thể;
3. Nếu hồ sơ chưa được nộp, hoàn trả toàn bộ số tiền đã nhận và giao lại giấy tờ gốc cho tôi.

Nếu trong 7 ngày không nhận được phản hồi, tôi buộc phải gửi đơn đến Đoàn Luật sư TP.HCM và các cơ quan có thẩm quyền.

Phạm Văn Khương
DĐ: 0914 557 830
"""
m = text(b, "plain", "qp")
put(10, m, [
    ("Return-Path", "<khuongpv.xaydung@gmail.com>"),
    ("From", addr("Phạm Văn Khương", "khuongpv.xaydung@gmail.com", "q")),
    ("To", addr("Thịnh Trí Group", FIRM_INFO, "q")),
    ("Subject", ew("Khiếu nại: Hồ sơ cấp sổ chậm trễ hơn 4 tháng – HĐDV số 0921/2025/TT", "q")),
    ("Date", "Tue, 24 Feb 2026 08:15:33 +0700"),
    ("Message-ID", "<CAE1p0Z9y=7TqKf3uYb2cWm5nX@mail.gmail.com>"),
], "complaint", "vi",
    contact("Phạm Văn Khương", "+84914557830", "khuongpv.xaydung@gmail.com"),
    note="Bank account and contract numbers are not phones; the land address is the property, not the sender's contact address.")

# n011 automated — bounce, multipart/report with text/rfc822-headers
rep = MIMEMultipart("report", boundary="8A1C22F0B3.1772413512/smtp.thinhtrigroup.com")
rep.set_param("report-type", "delivery-status")
rep.attach(text("""This is the mail system at host smtp.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vuthanhson@vnn.vn>: host mx.vnn.vn[203.162.4.190] said: 550 5.1.1
    <vuthanhson@vnn.vn>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", "plain", "7bit", "us-ascii"))
rep.get_payload()[0].add_header("Content-Description", "Notification")
ds = Message()
ds["Content-Description"] = "Delivery report"
ds["Content-Type"] = "message/delivery-status"
b1 = Message()
b1["Reporting-MTA"] = "dns; smtp.thinhtrigroup.com"
b1["X-Postfix-Queue-ID"] = "8A1C22F0B3"
b1["X-Postfix-Sender"] = "rfc822; support@thinhtrigroup.com"
b1["Arrival-Date"] = "Mon,  2 Mar 2026 08:05:10 +0700 (+07)"
b2 = Message()
b2["Final-Recipient"] = "rfc822; vuthanhson@vnn.vn"
b2["Original-Recipient"] = "rfc822;vuthanhson@vnn.vn"
b2["Action"] = "failed"
b2["Status"] = "5.1.1"
b2["Remote-MTA"] = "dns; mx.vnn.vn"
b2["Diagnostic-Code"] = ("smtp; 550 5.1.1 <vuthanhson@vnn.vn>: Recipient address rejected:\n"
                         " User unknown in virtual mailbox table")
ds.set_payload([b1, b2])
rep.attach(ds)
hdrs = Message()
hdrs["Content-Description"] = "Undelivered Message Headers"
hdrs["Content-Type"] = "text/rfc822-headers"
hdrs.set_payload(
    "Received: from [10.0.0.23] (unknown [10.0.0.23])\n"
    "\tby smtp.thinhtrigroup.com (Postfix) with ESMTPSA id 8A1C22F0B3\n"
    "\tfor <vuthanhson@vnn.vn>; Mon,  2 Mar 2026 08:05:10 +0700 (+07)\n"
    "From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Group?= <support@thinhtrigroup.com>\n"
    "To: vuthanhson@vnn.vn\n"
    "Subject: =?UTF-8?Q?Re=3A_B=C3=A1o_gi=C3=A1_d=E1=BB=8Bch_v=E1=BB=A5_th=C3=A0nh_l?=\n"
    " =?UTF-8?Q?=E1=BA=ADp_c=C3=B4ng_ty?=\n"
    "Date: Mon, 2 Mar 2026 08:05:08 +0700\n"
    "Message-ID: <5f0e2d8c-31b4-4c7a-b0c1-9e6a8d2f7c55@thinhtrigroup.com>\n")
rep.attach(hdrs)
put(11, rep, [
    ("Return-Path", "<>"),
    ("X-Original-To", FIRM_SUPPORT),
    ("Delivered-To", FIRM_SUPPORT),
    ("Date", "Mon,  2 Mar 2026 08:05:12 +0700 (+07)"),
    ("From", "MAILER-DAEMON@smtp.thinhtrigroup.com (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", FIRM_SUPPORT),
    ("Auto-Submitted", "auto-replied"),
    ("Message-Id", "<20260302010512.9B7E52F0B4@smtp.thinhtrigroup.com>"),
], "unknown", "en", NULL, automated=True,
    note="Postfix bounce (multipart/report) returning only the headers of the firm's own reply.")

# n012 access_request en — French client, husband's name appears
b = """Dear Thinh Tri team,

In 2024 your firm helped my husband, Lưu Quang Vinh, and me with the paperwork for registering our marriage and my temporary residence card. I have since read your privacy policy, which says you may share client information with delivery partners and state authorities.

Under Decree 13/2023/ND-CP I would like to exercise my right of access. Please tell me:
- which personal data about me you currently hold (including copies of my passport and documents),
- for what purposes and for how long you keep them,
- whether any of it has been shared with third parties, and with whom.

Please also send me a copy of these data in electronic form.

For identification: passport no. 21AB48713, date of birth 02/06/1989. My current address is 12 Trần Quang Khải, Phường Tân Định, TP.HCM, and my phone number is +84 93 602 7719.

Thank you in advance,
Sophie Laurent
"""
m = text(b, "plain", "b64")
put(12, m, [
    ("Date", "Thu, 22 Jan 2026 15:40:12 +0100"),
    ("From", addr("Sophie Laurent", "sophie.laurent@orange.fr")),
    ("To", FIRM_SUPPORT),
    ("Subject", "Request for access to my personal data"),
    ("Message-ID", "<1689442311.4512.1769092812@wwinf2213.orange.fr>"),
    ("X-Mailer", "Orange Messagerie"),
    ("X-Originating-IP", "[14.161.22.87]"),
], "access_request", "en",
    contact("Sophie Laurent", "+84936027719", "sophie.laurent@orange.fr",
            "12 Trần Quang Khải, Phường Tân Định, TP.HCM"),
    note="The husband's name also appears; the sender is Sophie Laurent. Passport number is not a phone.")

# n013 service_request vi — inheritance, HTML-only, name only in signature
h = """<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Chào Luật sư,</p>
<p>Ba tôi mất năm 2023, không để lại di chúc. Tài sản gồm một căn nhà ở Phường Ninh Kiều, TP. Cần Thơ đứng tên cả ba và mẹ tôi, và một sổ tiết kiệm tại Agribank đứng tên ba.</p>
<p>Mẹ tôi còn sống. Gia đình có 4 anh chị em, trong đó anh Hai đang định cư ở Úc. Cả nhà thống nhất khai nhận di sản rồi để mẹ đứng tên toàn bộ căn nhà.</p>
<p>Cho tôi hỏi:<br>
- Anh Hai có bắt buộc phải về Việt Nam không, hay làm giấy ủy quyền / văn bản từ chối nhận di sản ở Lãnh sự quán được?<br>
- Làm thủ tục ở văn phòng công chứng nào, có cần đăng báo niêm yết không?<br>
- Chi phí trọn gói nếu nhờ bên Luật sư làm là bao nhiêu?</p>
<p>Cảm ơn Luật sư.</p>
<p>--&nbsp;<br>
<b>Kim Thanh Tùng</b><br>
Di động: 0983&nbsp;670&nbsp;152</p>
</div>
</body></html>
"""
m = text(h, "html", "qp")
put(13, m, [
    ("From", "kimthanhtung.ct@gmail.com"),
    ("To", FIRM_INFO),
    ("Subject", ew("Hỏi thủ tục khai nhận di sản thừa kế không có di chúc", "q")),
    ("Date", "Sat, 31 Jan 2026 20:03:17 +0700"),
    ("Message-ID", "<CALs0=4n2p9vHq1m7bYx5Kt@mail.gmail.com>"),
], "service_request", "vi",
    contact("Kim Thanh Tùng", "+84983670152", "kimthanhtung.ct@gmail.com"),
    note="HTML-only; name only in the signature; phone written with &nbsp;.")

# n014 complaint vi (no diacritics, angry) — fees
b = """Chao Thinh Tri,

Toi ky hop dong TRON GOI thanh lap cong ty voi gia 6.500.000d (nhan vien tu van noi ro la da bao gom phi nha nuoc, khac dau, cong bo thong tin). Hom qua toi nhan duoc hoa don so 0001287 thu them 2.200.000d ghi la "phi khac dau + dang bo cao".

Luc tu van noi tron goi roi ma gio lai tinh them??? Toi KHONG dong y tra khoan nay.

De nghi ben anh chi kiem tra lai va tra loi bang van ban trong tuan nay. Neu khong toi se danh gia cong khai tren Google va gui phan anh len Doan luat su.

MST cong ty moi cua toi: 0318 457 692

Lam Quoc Dung
0907 336 148
"""
m = text(b, "plain", "qp", "utf-8")
put(14, m, [
    ("From", addr("Lam Quoc Dung", "lamquocdung.kd@gmail.com")),
    ("To", FIRM_INFO),
    ("Subject", "PHI PHAT SINH KHONG HE THONG BAO???"),
    ("Date", "Thu, 05 Mar 2026 07:12:48 +0700"),
    ("Message-ID", "<CAN2yQp8s3=F0z4Wc7Lk1Rm@mail.gmail.com>"),
], "complaint", "vi",
    contact("Lam Quoc Dung", "+84907336148", "lamquocdung.kd@gmail.com"),
    note="The 10-digit tax code is grouped like a phone number but is not one.")

# n015 deletion_request en — German, name only in signature
b = """Dear Sir or Madam,

in January I contacted you through your website about buying an apartment in Da Nang. I have decided not to go ahead with the purchase.

Please erase all personal data you hold about me (name, e-mail address, phone number and the copy of my passport no. C4X7R2KL9) and confirm the erasure in writing. Please also do not send me any newsletters.

Kind regards
Katharina Brandt
"""
m = text(b, "plain", "7bit", "us-ascii")
put(15, m, [
    ("Date", "Tue, 10 Feb 2026 18:22:05 +0100"),
    ("From", "k.brandt@gmx.de"),
    ("To", FIRM_INFO),
    ("Subject", "Erasure request"),
    ("Message-ID", "<trinity-5e3f1a92-7c44-4b0a-bf1d-2a8e9c6d0f31-1770744125981@3c-app-gmx-bap38>"),
    ("Importance", "normal"),
    ("Sensitivity", "Normal"),
], "deletion_request", "en", contact("Katharina Brandt", None, "k.brandt@gmx.de"),
    note="No display name; name only in the signature.")

# n016 correction_request en — name misspelled, top-posted reply with firm quote
firm = """Dear Mr. Kovalenko,

Please find below the key details we will use in the draft apartment lease agreement:
Tenant: Olexandr Kovalenko, passport FN 482913, date of birth 11/09/1986.
Landlord: Ms. Nguyễn Thị Thu Sương.

Please check and let us know if anything needs to be changed. You can also call our hotline 1800 63 65.

Best regards,
Hoàng Thảo Vy
""" + FIRM_SIG_EN
b = """Hi Ms. Vy,

Thanks. Two things are wrong and I would like them corrected both in the draft and in your client records:
1. My first name is OLEKSANDR (with "ks"), not Olexandr, exactly as in my passport FN 482913.
2. My date of birth is 09/11/1986 (9 November), not 11/09/1986.

Everything else is fine. My number, in case you need to call: 0868 221 530.

Oleksandr Kovalenko

On Mon, 9 Mar 2026 at 16:44, Thinh Tri Group <support@thinhtrigroup.com> wrote:
""" + quote(firm) + "\n"
m = alt(b, to_html(b), "qp", boundary="0000000000009c3e0a064a1d22b8")
put(16, m, [
    ("From", addr("Oleksandr Kovalenko", "o.kovalenko@ukr.net")),
    ("To", addr("Thinh Tri Group", FIRM_SUPPORT)),
    ("Subject", "Re: Draft lease agreement - tenant details"),
    ("Date", "Tue, 10 Mar 2026 09:07:26 +0700"),
    ("In-Reply-To", "<a93b7f2e-08c1-4d52-9b6e-4f3c1e27d0aa@thinhtrigroup.com>"),
    ("References", "<a93b7f2e-08c1-4d52-9b6e-4f3c1e27d0aa@thinhtrigroup.com>"),
    ("Message-ID", "<CAB7u0Wm3=Kx9pQ2tYh5Rz1Lv@mail.gmail.com>"),
], "correction_request", "en",
    contact("Oleksandr Kovalenko", "+84868221530", "o.kovalenko@ukr.net"),
    note="Reply; only the top part is new. Misspelled variant 'Olexandr' appears in the quote, as do the landlord's name and the firm's hotline.")

# n017 automated — Vietnamese legal newsletter (bulk)
b = """BẢN TIN PHÁP LÝ DOANH NGHIỆP – Số 09/2026

Luật Doanh nghiệp sửa đổi: 7 điểm mới doanh nghiệp cần lưu ý
1. Quy định mới về chủ sở hữu hưởng lợi
2. Thay đổi về thủ tục góp vốn bằng tài sản
3. ...
Đọc toàn văn: https://phaplydoanhnghiep.vn/ban-tin/2026-09

Hội thảo trực tuyến miễn phí: "Kê khai chủ sở hữu hưởng lợi" – 20h00 thứ Năm, 12/03/2026.
Đăng ký: https://phaplydoanhnghiep.vn/webinar

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=7f3a91c2&l=bt-dn
Hotline: 1900 6192
"""
h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bản tin pháp lý doanh nghiệp</title></head>
<body style="margin:0;background:#f3f4f6">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#0b3d91;color:#fff;padding:18px;font-size:20px"><b>BẢN TIN PHÁP LÝ DOANH NGHIỆP</b> – Số 09/2026</td></tr>
<tr><td style="padding:18px"><h2 style="margin:0 0 8px">Luật Doanh nghiệp sửa đổi: 7 điểm mới doanh nghiệp cần lưu ý</h2>
<ol><li>Quy định mới về chủ sở hữu hưởng lợi</li><li>Thay đổi về thủ tục góp vốn bằng tài sản</li><li>...</li></ol>
<p><a href="https://phaplydoanhnghiep.vn/ban-tin/2026-09?utm_source=email&amp;utm_campaign=bt09">Đọc toàn văn</a></p>
<p style="background:#fff7e0;padding:10px">Hội thảo trực tuyến miễn phí: "Kê khai chủ sở hữu hưởng lợi" – 20h00 thứ Năm, 12/03/2026. <a href="https://phaplydoanhnghiep.vn/webinar">Đăng ký</a></p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=7f3a91c2&amp;l=bt-dn">Hủy đăng ký</a> · Hotline: 1900 6192</td></tr>
</table></td></tr></table>
<img src="https://t.phaplydoanhnghiep.vn/o/7f3a91c2/bt09.gif" width="1" height="1" alt="">
</body></html>
"""
m = alt(b, h, "b64", boundary="----=_Part_883104_1029384756.1772780400112")
put(17, m, [
    ("Return-Path", "<bounce-7f3a91c2@mail.phaplydoanhnghiep.vn>"),
    ("From", addr("Bản tin Pháp lý Doanh nghiệp", "newsletter@phaplydoanhnghiep.vn", "b")),
    ("Reply-To", "noreply@phaplydoanhnghiep.vn"),
    ("To", FIRM_INFO),
    ("Subject", ew("[Bản tin tuần] Luật Doanh nghiệp sửa đổi: 7 điểm mới cần lưu ý", "b")),
    ("Date", "Fri, 06 Mar 2026 07:00:00 +0700"),
    ("Message-ID", "<bt09.7f3a91c2.1772780400@mail.phaplydoanhnghiep.vn>"),
    ("List-Id", "Ban tin phap ly doanh nghiep <bt-dn.phaplydoanhnghiep.vn>"),
    ("List-Unsubscribe", "<mailto:unsubscribe@phaplydoanhnghiep.vn?subject=unsub-7f3a91c2>,\n"
     " <https://phaplydoanhnghiep.vn/unsubscribe?u=7f3a91c2&l=bt-dn>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("X-Campaign-ID", "bt-dn-2026-09"),
], "unknown", "vi", NULL, automated=True, note="Bulk newsletter (List-Unsubscribe, Precedence: bulk).")

# n018 service_request vi (no diacritics) — labour / social insurance
b = """Kinh gui cong ty luat,

Toi lam cong nhan o Cong ty TNHH May Phuoc Thinh (KCN Tan Tao) tu nam 2019. Thang 12/2025 cong ty cho toi nghi viec ma khong bao truoc, con no 2 thang luong. Khi toi len co quan BHXH de lam tro cap that nghiep thi moi biet cong ty no dong bao hiem tu thang 3/2024 den nay, nen khong chot so duoc.

Ma so BHXH cua toi: 7912 845 306.

Toi muon nho luat su giup doi tien luong, tro cap thoi viec va buoc cong ty dong bu BHXH. Toi con giu hop dong lao dong, bang luong va tin nhan Zalo cua quan ly bao nghi viec.

Xin luat su cho biet chi phi va can chuan bi gi. Dien thoai cua toi 0356 804 912 (Zalo cung so nay).

Trieu Van Manh
"""
m = text(b, "plain", "7bit", "us-ascii")
put(18, m, [
    ("From", addr("trieu manh", "trieuvanmanh.kcn@gmail.com")),
    ("To", FIRM_INFO),
    ("Date", "Sun, 08 Feb 2026 12:30:55 +0700"),
    ("Subject", "nho tu van tranh chap lao dong, cong ty no BHXH"),
    ("Message-ID", "<CAGh5r1P0=q7Wn3xY8b2Tc6Kd@mail.gmail.com>"),
], "service_request", "vi",
    contact("Trieu Van Manh", "+84356804912", "trieuvanmanh.kcn@gmail.com"),
    note="10-digit social-insurance number grouped like a phone is not a phone.")

# n019 unknown vi (no diacritics) — chain letter
b = """---------- Forwarded message ---------
From: Tuyet Nhung <nhungtuyet62@yahoo.com>
Subject: Fw: CANH BAO KHAN

CANH BAO KHAN!!! Cong an TP vua canh bao: neu ban nhan cuoc goi tu so 0888 315 0xx hoac bat ky so nao bat dau bang +375, TUYET DOI KHONG NGHE MAY, chi can bam nghe la bi tru het tien trong tai khoan ngan hang!!!

Hay chuyen tiep tin nay cho it nhat 10 nguoi ban than trong hom nay. Mot chi o Go Vap khong chuyen tiep, 3 ngay sau bi mat 200 trieu. Chuyen di de bao ve nguoi than, cau mong binh an se den voi ban va gia dinh.

Chia se ngay!!!
"""
m = text(b, "plain", "7bit", "us-ascii")
put(19, m, [
    ("From", addr("Nguyen Thi Lan", "lanthinguyen.1975@yahoo.com")),
    ("To", "lanthinguyen.1975@yahoo.com"),
    ("Bcc", FIRM_INFO),
    ("Subject", "Fw: Fw: CANH BAO KHAN - chuyen tiep cho 10 nguoi ban"),
    ("Date", "Wed, 25 Feb 2026 06:48:13 +0000 (UTC)"),
    ("Message-ID", "<1924867352.2210459.1772002093331@mail.yahoo.com>"),
    ("X-Mailer", "WebService/1.1.25196 YMailNorrin"),
], "unknown", "vi", contact("Nguyen Thi Lan", None, "lanthinguyen.1975@yahoo.com"),
    note="Chain letter; the scam numbers in it are not the sender's phone.")

# n020 complaint vi — rude receptionist; firm address mentioned; switchboard vs mobile
b = """Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Sáng thứ Năm 19/03/2026, tôi đến văn phòng Công ty tại 57-59 Võ Thị Sáu để nộp bổ sung giấy tờ cho hồ sơ đăng ký nhãn hiệu của công ty chúng tôi (theo hẹn với luật sư phụ trách).

Nhân viên lễ tân (bảng tên "Ngọc") không chào hỏi, nói trống không "chờ đi, ai cũng phải chờ", sau đó để tôi ngồi gần 50 phút mà không báo cho luật sư. Khi tôi hỏi lại thì bạn ấy ném tập hồ sơ xuống bàn và nói "chị gấp thì đi chỗ khác mà làm". Nhiều khách khác trong phòng chờ đều chứng kiến.

Tôi là khách hàng của Công ty gần 3 năm và chưa bao giờ bị đối xử như vậy. Đề nghị Công ty kiểm tra lại camera, có biện pháp với nhân viên này và phản hồi cho tôi.

Trân trọng,
Huỳnh Thị Bảo Trân
Trưởng phòng Hành chính – Vietsun Logistics
ĐT: (028) 3512 6688 – máy lẻ 104
DĐ: 0937 281 640
"""
m = alt(b, to_html(b, "outlook"), "qp",
        boundary="_000_SI2PR06MB5140A7C1E0B34F8D9A2C11B0F4D2SI2PR06MB5140apcp_")
put(20, m, [
    ("From", addr("Huỳnh Thị Bảo Trân", "baotran.huynh@vietsunlogistics.com", "b")),
    ("To", addr("Thinh Tri Group", FIRM_INFO)),
    ("Subject", ew("Phản ánh thái độ nhân viên lễ tân", "q")),
    ("Thread-Topic", ew("Phản ánh thái độ nhân viên lễ tân", "q")),
    ("Thread-Index", "AdyXk1c0Rb2y8qT5Q6e1pV0hN3mWsQ=="),
    ("Date", "Thu, 19 Mar 2026 13:52:21 +0000"),
    ("Message-ID", "<SI2PR06MB5140A7C1E0B34F8D9A2C11B0F4D2@SI2PR06MB5140.apcprd06.prod.outlook.com>"),
    ("Content-Language", "vi-VN"),
], "complaint", "vi",
    contact("Huỳnh Thị Bảo Trân", "+84937281640", "baotran.huynh@vietsunlogistics.com"),
    note="The firm's own address appears in the body. Office switchboard (028) with extension vs personal mobile: contact phone is the mobile.")

# n021 access_request vi — formal, Decree 13, CCCD and labelled address
b = """ĐƠN YÊU CẦU CUNG CẤP DỮ LIỆU CÁ NHÂN

Kính gửi: Công ty Hệ Thống Luật TNHH Thịnh Trí

Họ và tên: Đỗ Quang Vinh
Số CCCD: 001085014273, cấp ngày 10/08/2021
Địa chỉ thường trú: Số 8 ngõ 72 phố Tôn Thất Tùng, Phường Kim Liên, TP. Hà Nội
Điện thoại: 0983.155.462
Email: doquangvinh.hn@gmail.com

Năm 2025 tôi có sử dụng dịch vụ tư vấn hợp đồng góp vốn của Công ty. Căn cứ Điều 9 và Điều 14 Nghị định 13/2023/NĐ-CP, tôi đề nghị Công ty:
1. Cho biết Công ty đang lưu trữ những dữ liệu cá nhân nào của tôi;
2. Mục đích xử lý và thời hạn lưu trữ các dữ liệu đó;
3. Dữ liệu của tôi đã được chia sẻ, cung cấp cho tổ chức, cá nhân nào ngoài Công ty hay chưa;
4. Cung cấp cho tôi bản sao các dữ liệu nêu trên qua email.

Xin cảm ơn.
Hà Nội, ngày 02 tháng 03 năm 2026
Người yêu cầu
Đỗ Quang Vinh
"""
m = text(b, "plain", "b64")
put(21, m, [
    ("From", addr("Đỗ Quang Vinh", "doquangvinh.hn@gmail.com", "q")),
    ("To", FIRM_SUPPORT),
    ("Subject", ew("Yêu cầu cung cấp dữ liệu cá nhân theo Nghị định 13/2023/NĐ-CP", "b")),
    ("Date", "Mon, 02 Mar 2026 09:30:04 +0700"),
    ("Message-ID", "<CAF0pLk2=Hm8x1Qz7Wv4Ny3Rb@mail.gmail.com>"),
], "access_request", "vi",
    contact("Đỗ Quang Vinh", "+84983155462", "doquangvinh.hn@gmail.com",
            "Số 8 ngõ 72 phố Tôn Thất Tùng, Phường Kim Liên, TP. Hà Nội"),
    note="CCCD number is not a phone.")

# n022 deletion_request vi (no diacritics) — one-liner
b = """Ben anh chi xoa giup so 0799 204 815 cua em ra khoi danh sach lien he nhe, em khong co nhu cau nua. Cam on.
Oanh
"""
m = text(b, "plain", "7bit", "us-ascii")
put(22, m, [
    ("From", addr("Kieu Oanh", "kieuoanh.spa@gmail.com")),
    ("To", FIRM_INFO),
    ("Subject", "xoa sdt"),
    ("Date", "Fri, 27 Feb 2026 19:20:41 +0700"),
    ("Message-ID", "<CAD9s0Yw=1Lq3Xb7Kp2Hm5Nt@mail.gmail.com>"),
], "deletion_request", "vi", contact("Kieu Oanh", "+84799204815", "kieuoanh.spa@gmail.com"),
    note="Sign-off has only the given name; full name from the From display name.")

# n023 automated OOO en — subject prefix only, no auto headers
b = """Thank you for your email.

I am currently out of the office with limited access to email and will return on Monday, 9 March 2026.

For urgent matters please contact my assistant, Mei Ling Tan, at +65 6221 4408 or meiling.tan@harboursidecapital.com.sg.

James Whitfield
Director, Legal & Compliance
Harbourside Capital Pte. Ltd.
"""
m = alt(b, to_html(b, "outlook"), "qp",
        boundary="_000_SG2PR04MB9210D1E6B2F54C0A8E7D33B1A6C4SG2PR04MB9210apcp_")
put(23, m, [
    ("From", addr("James Whitfield", "j.whitfield@harboursidecapital.com.sg")),
    ("To", addr("Thinh Tri Group", FIRM_INFO)),
    ("Subject", "Automatic reply: Engagement letter - Harbourside Capital / share transfer"),
    ("Thread-Topic", "Engagement letter - Harbourside Capital / share transfer"),
    ("Date", "Tue, 3 Mar 2026 11:02:09 +0800"),
    ("Message-ID", "<SG2PR04MB9210D1E6B2F54C0A8E7D33B1A6C4@SG2PR04MB9210.apcprd04.prod.outlook.com>"),
    ("In-Reply-To", "<2b91d4c0-7e3f-4a6b-8c1d-05f9e3a7b2c4@thinhtrigroup.com>"),
    ("Content-Language", "en-SG"),
], "unknown", "en", NULL, automated=True,
    note="Out-of-office recognisable only by the 'Automatic reply:' subject prefix and body; no auto headers.")

# n024 service_request en — company setup, foreign mobile, hotline quoted
b = """Hello,

I spoke with one of your consultants on 1800 63 65 last Friday and was asked to put my request in writing.

I am an Indian national planning to set up a 100% foreign-owned company in Ho Chi Minh City for software development and IT outsourcing. Planned charter capital is USD 50,000, contributed by me personally. I will need:
- Investment Registration Certificate and Enterprise Registration Certificate
- opening of the direct investment capital account
- review of the office lease (a small serviced office in Phu Nhuan)
- my own work permit / TRC as the legal representative afterwards

Could you send me your fee quotation and an estimate of how long the whole process takes? I am in Bangalore until the end of March, so email or WhatsApp is best: +91 98204 57713.

Thanks and regards,
Rahul Mehta
"""
m = text(b, "plain", "7bit", "us-ascii")
put(24, m, [
    ("From", addr("Rahul Mehta", "rahul.mehta.in@gmail.com")),
    ("Date", "Mon, 09 Feb 2026 10:44:30 +0530"),
    ("Message-ID", "<CAK1m8Rr=0z2Yv9Pq4Lx7Wn3Hs@mail.gmail.com>"),
    ("Subject", "Setting up a 100% foreign-owned IT company in HCMC"),
    ("To", FIRM_INFO),
], "service_request", "en",
    contact("Rahul Mehta", "+919820457713", "rahul.mehta.in@gmail.com"),
    note="The firm's hotline is quoted back; the sender's own number is an Indian mobile.")

# n025 correction_request vi (no diacritics) — new phone, unknown charset label on ASCII
b = """Chao Thinh Tri,

Toi la Mai Xuan Truong, khach hang vu tranh chap hop dong mua ban xe (ma vu viec VV-0318).
Toi da doi so dien thoai, so cu 0912 603 774 khong dung nua. Nho ben minh cap nhat so moi cua toi la 0868 410 259 trong ho so va bao luat su phu trach giup toi.
Email van giu nguyen.

Thanks,
Mai Xuan Truong
"""
m = Message()
m["Content-Type"] = 'text/plain; charset="x-vni"'
m["Content-Transfer-Encoding"] = "7bit"
m.set_payload(b)
put(25, m, [
    ("From", addr("Mai Xuan Truong", "maixuantruong@vnn.vn")),
    ("To", FIRM_SUPPORT),
    ("Subject", "Cap nhat so dien thoai - VV-0318"),
    ("Date", "Wed, 11 Feb 2026 14:09:52 +0700"),
    ("Message-ID", "<20260211070952.3f1c9a@webmail.vnn.vn>"),
    ("X-Mailer", "VNN Webmail 3.1"),
], "correction_request", "vi",
    contact("Mai Xuan Truong", "+84868410259", "maixuantruong@vnn.vn"),
    note="Unknown charset label (x-vni) on pure ASCII text. Old number also present; contact phone is the new one.")

# n026 complaint en — bottom-posted reply, lawyer missed hearing
firm = """Dear Mr. Henderson,

This is to confirm that Lawyer Nguyễn Đức Minh will attend the first-instance hearing of case no. 145/2026/DS-ST at the People's Court of Ho Chi Minh City on Tuesday, 10 March 2026 at 8:00 am on your behalf. Please be at the court by 7:30 am with your witness.

If you have any questions, please call our hotline 1800 63 65.

Kind regards,
Trịnh Thu Phương
""" + FIRM_SIG_EN
b = ("On Fri, 6 Mar 2026 at 17:10, Thinh Tri Group <info@thinhtrigroup.com> wrote:\n"
     + quote(firm) + """

Your lawyer did not show up.

I waited at the court from 7:30 until 10:00. The judge postponed the hearing and I now have to pay again for my witness to fly in from Hanoi. Nobody answered the office phone all morning and Mr. Minh's mobile was switched off.

I expect (1) a written explanation, (2) a refund of the court attendance fee of 8,000,000 VND that I paid for that day and reimbursement of the witness's airfare, and (3) the name of the lawyer who is actually handling my case from now on.

Mark Henderson
+84 90 771 3826
""")
m = text(b, "plain", "qp")
put(26, m, [
    ("From", addr("Mark Henderson", "mark.henderson.vn@gmail.com")),
    ("To", addr("Thinh Tri Group", FIRM_INFO)),
    ("Subject", "Re: Confirmation of hearing date - case 145/2026/DS-ST"),
    ("Date", "Tue, 10 Mar 2026 10:41:17 +0700"),
    ("In-Reply-To", "<e51c0a77-2f6d-4b1e-9d0a-7a3c58f1e6b2@thinhtrigroup.com>"),
    ("References", "<e51c0a77-2f6d-4b1e-9d0a-7a3c58f1e6b2@thinhtrigroup.com>"),
    ("Message-ID", "<CAJ3n9Xy=5Tq1Wm8Kb0Pz2Lr@mail.gmail.com>"),
], "complaint", "en",
    contact("Mark Henderson", "+84907713826", "mark.henderson.vn@gmail.com"),
    note="Bottom-posted reply: quoted firm text (lawyer names, hotline) comes first, the new complaint below it.")

# n027 automated — ticket-system acknowledgement (Auto-Submitted: auto-generated)
b = """Kính gửi Quý khách,

Hệ thống đã tiếp nhận yêu cầu hỗ trợ của Quý khách với nội dung: "Email bị trả về khi gửi ra ngoài (domain thinhtrigroup.com)".

Mã yêu cầu: SV-204517
Mức ưu tiên: Cao
Thời gian phản hồi dự kiến: trong vòng 2 giờ làm việc

Quý khách có thể theo dõi tiến độ tại https://support.saovietcloud.vn/ticket/SV-204517
Vui lòng không trả lời trực tiếp email này. Hotline kỹ thuật 24/7: 1900 6680.

Trân trọng,
Bộ phận Hỗ trợ kỹ thuật – SaoViet Cloud
"""
m = alt(b, to_html(b), "qp", boundary="=_helpdesk_5c0e7a9b1f3d2e4a")
put(27, m, [
    ("From", addr("Hỗ trợ kỹ thuật SaoViet Cloud", "no-reply@saovietcloud.vn", "q")),
    ("Reply-To", "support@saovietcloud.vn"),
    ("To", FIRM_SUPPORT),
    ("Subject", ew("[#SV-204517] Đã tiếp nhận yêu cầu: Email bị trả về khi gửi ra ngoài", "q")),
    ("Date", "Mon, 02 Mar 2026 08:31:05 +0700"),
    ("Message-ID", "<ticket-SV-204517-ack@support.saovietcloud.vn>"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "OOF, AutoReply"),
    ("X-Mailer", "SaoViet Helpdesk 4.2"),
], "unknown", "vi", NULL, automated=True,
    note="Ticket-system acknowledgement (Auto-Submitted: auto-generated).")

# n028 service_request vi — traffic accident, photo attachment
b = """Chào Công ty,

Bố tôi là ông Lương Văn Thạnh, 67 tuổi. Sáng ngày 02/03/2026 bố tôi đi xe máy trên Quốc lộ 1A (đoạn xã Tân Nhựt, TP.HCM) thì bị xe tải biển số 51D-123.45 tông từ phía sau. Bố tôi bị gãy xương đùi, đã mổ và hiện vẫn đang nằm ở Bệnh viện Chợ Rẫy.

Lúc đầu tài xế và chủ xe có đến thăm, hứa hỗ trợ viện phí, nhưng đến nay đã gần 2 tuần thì không nghe máy nữa. Công an khu vực đã lập biên bản và đang thụ lý.

Gia đình tôi muốn nhờ luật sư:
- tư vấn mức bồi thường có thể yêu cầu (viện phí, thu nhập bị mất, tổn thất tinh thần);
- làm việc với chủ xe/công ty bảo hiểm của xe tải;
- nếu cần thì khởi kiện.

Tôi gửi kèm ảnh hiện trường. Mong luật sư liên hệ sớm với tôi qua số +84 (0) 977 245 186.

Lương Thị Ngọc Ánh
"""
m = MIMEMultipart("mixed", boundary="Apple-Mail=_6F2B9A1C-3D4E-4F50-8A71-92B3C4D5E6F7")
m.attach(text(b, "plain", "8bit"))
img = MIMEImage(jpeg_bytes(28), "jpeg")
img.add_header("Content-Disposition", "attachment", filename="IMG_4821.jpeg")
m.attach(img)
put(28, m, [
    ("From", addr("Lương Thị Ngọc Ánh", "ngocanh.luong@gmail.com", "q")),
    ("Content-Type-Placeholder", "x"),
    ("Subject", ew("Cần luật sư hỗ trợ vụ tai nạn giao thông của bố tôi", "q")),
    ("Date", "Sun, 15 Mar 2026 21:37:02 +0700"),
    ("Message-Id", "<8D1F4C2A-7B3E-4A95-B6C0-1E2D3F4A5B6C@gmail.com>"),
    ("To", FIRM_INFO),
    ("X-Mailer", "iPhone Mail (22D82)"),
], "service_request", "vi",
    contact("Lương Thị Ngọc Ánh", "+84977245186", "ngocanh.luong@gmail.com"),
    note="The father's name also appears; the sender is Lương Thị Ngọc Ánh. Licence plate is not a phone.")
del m["Content-Type-Placeholder"]

# n029 unknown en — misaddressed personal mail
b = """Hi Linh!

Are we still on for Saturday? Jake and I booked the place on Pasteur for 7pm. Let me know if Minh is coming too so I can change the booking to 4.

xx Em
"""
m = text(b, "plain", "7bit", "us-ascii")
put(29, m, [
    ("From", addr("Emily Carter", "emily.carter88@gmail.com")),
    ("To", FIRM_INFO),
    ("Subject", "dinner saturday?"),
    ("Date", "Thu, 26 Feb 2026 17:55:40 +0700"),
    ("Message-ID", "<CAE8w1Nc=4Xq0Hb7Lm2Pz9Ky@mail.gmail.com>"),
], "unknown", "en", contact("Emily Carter", None, "emily.carter88@gmail.com"),
    note="Mis-addressed personal mail; signed only 'Em', name from the From display name.")

# n030 deletion_request vi — delete scans, base64, Apple Mail
b = """Kính gửi Công ty Thịnh Trí,

Tháng 01/2026 tôi có gửi cho anh Tuấn (chuyên viên của Công ty) bản scan sổ hồng, CCCD của vợ chồng tôi và giấy chứng nhận đăng ký kết hôn để nhờ kiểm tra pháp lý trước khi bán căn hộ. Giao dịch đó đã hủy và tôi không tiếp tục sử dụng dịch vụ.

Tôi đề nghị Công ty xóa toàn bộ các file scan và thông tin liên quan đến vợ chồng tôi khỏi hệ thống, email và cả Zalo của nhân viên, không giữ lại bản nào. Nhờ Công ty xác nhận lại cho tôi khi đã xóa xong.

Cảm ơn.
Tô Minh Khoa – 0363 175 920
"""
m = text(b, "plain", "b64")
put(30, m, [
    ("From", addr("Tô Minh Khoa", "tominhkhoa@hotmail.com", "b")),
    ("Content-Type-Placeholder", "x"),
    ("Subject", ew("Đề nghị xóa bản scan giấy tờ đã gửi", "b")),
    ("Date", "Tue, 17 Feb 2026 22:14:36 +0700"),
    ("Message-Id", "<3E9A7C21-5B4D-4F08-9C6E-A1B2C3D4E5F6@hotmail.com>"),
    ("To", FIRM_SUPPORT),
    ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
], "deletion_request", "vi",
    contact("Tô Minh Khoa", "+84363175920", "tominhkhoa@hotmail.com"))
del m["Content-Type-Placeholder"]

# n031 correction_request vi — new email in body, top-posted reply with firm signature
firm = """Chào chị Yến,

Bên em đã nhận đủ hồ sơ ly hôn thuận tình của chị. Dự kiến Tòa sẽ mời hòa giải trong tháng 4, bên em sẽ báo chị lịch cụ thể qua email này.

Trân trọng,
Hoàng Thảo Vy
""" + FIRM_SIG_VI
b = """Chào chị Vy,

Em sắp nghỉ việc ở công ty cũ nên email này sẽ bị khóa từ ngày 01/04. Nhờ chị cập nhật email liên hệ mới của em là Phungthihaiyen.92@gmail.com cho hồ sơ của em, các thông báo sau này chị gửi vào đó giúp em nhé. Số điện thoại 0943 620 178 vẫn giữ nguyên ạ.

Cảm ơn chị.
Hải Yến

""" + gmail_quote_header_vi("Th 4, 18 thg 3, 2026 vào lúc 10:02",
                            "Thịnh Trí Group <support@thinhtrigroup.com>") + "\n\n" + quote(firm) + "\n"
m = alt(b, to_html(b), "qp", boundary="00000000000066e5d1064a3b7f19")
put(31, m, [
    ("From", addr("Phùng Thị Hải Yến", "haiyen.phung@vinhhoangtrading.vn", "b")),
    ("To", addr("Thịnh Trí Group", FIRM_SUPPORT, "b")),
    ("Subject", "Re: " + ew("Xác nhận đã nhận hồ sơ ly hôn", "b")),
    ("Date", "Fri, 20 Mar 2026 11:26:48 +0700"),
    ("In-Reply-To", "<c2f8e0d1-4a7b-49e3-8f15-6b0d2e9a1c37@thinhtrigroup.com>"),
    ("References", "<c2f8e0d1-4a7b-49e3-8f15-6b0d2e9a1c37@thinhtrigroup.com>"),
    ("Message-ID", "<CAHn4x7Q=2Wp8Lz1Kb5Ry0Mt@mail.gmail.com>"),
], "correction_request", "vi",
    contact("Phùng Thị Hải Yến", "+84943620178", "phungthihaiyen.92@gmail.com"),
    note="New contact email in the body (written with a capital letter) differs from the From address. Quoted firm signature has the firm's hotline/address.")

# n032 complaint vi — personal data apparently shared with a broker
b = """Kính gửi Công ty Thịnh Trí,

Ngày 09/02/2026 tôi có gửi email và gọi điện nhờ Công ty tư vấn thủ tục bán mảnh đất của gia đình ở xã Long Thành, tỉnh Đồng Nai. Tôi chỉ trao đổi với chuyên viên tư vấn của Công ty về số thửa, diện tích, giá mong muốn và việc vợ tôi đồng sở hữu.

Chỉ 3 ngày sau, tôi liên tục nhận cuộc gọi từ một người tự xưng là môi giới "anh Phong", số 0899 123 457, nói đúng từng chi tiết: số thửa, giá tôi muốn bán, cả tên vợ tôi. Những thông tin này tôi chưa từng cung cấp cho ai ngoài Công ty.

Tôi yêu cầu Công ty:
- giải thích rõ thông tin của tôi đã bị chia sẻ cho bên nào, ai trong Công ty đã tiếp cận;
- chấm dứt ngay việc chia sẻ và có biện pháp xử lý người vi phạm;
- trả lời bằng văn bản cho tôi.

Nếu không có phản hồi thỏa đáng, tôi sẽ gửi đơn đến cơ quan công an theo quy định về bảo vệ dữ liệu cá nhân.

Bạch Văn Thuận
Điện thoại: 0971 553 208
"""
m = alt(b, to_html(b), "b64", boundary="000000000000b8a2f1064a0c5d73")
put(32, m, [
    ("From", addr("Bạch Văn Thuận", "thuan.bachvan@gmail.com", "q")),
    ("To", FIRM_INFO),
    ("Cc", FIRM_SUPPORT),
    ("Subject", ew("Khiếu nại: thông tin cá nhân của tôi bị lộ cho môi giới", "q")),
    ("Date", "Fri, 13 Feb 2026 09:58:12 +0700"),
    ("Message-ID", "<CAB0q3Tz=7Kx2Ym9Pw4Ln1Hv@mail.gmail.com>"),
], "complaint", "vi",
    contact("Bạch Văn Thuận", "+84971553208", "thuan.bachvan@gmail.com"),
    note="Personal-data leak complaint; the broker's phone 0899 123 457 is not the sender's.")

# n033 automated — plain-text bilingual bounce from postmaster
b = """Thư của bạn không thể gửi đến một hoặc nhiều người nhận.
Your message could not be delivered to one or more recipients.

Người nhận / Recipient: ketoan@hoanglongfood.vn
Lý do / Reason: 552 5.2.2 Mailbox full – Hộp thư của người nhận đã đầy.
Máy chủ / Server: mx1.datviet-hosting.vn

Hệ thống đã thử gửi lại trong 72 giờ nhưng không thành công. Đây là thư tự động, vui lòng không trả lời.

------ Phần đầu thư gốc / Original message (first lines) ------
From: Thịnh Trí Group <support@thinhtrigroup.com>
To: ketoan@hoanglongfood.vn
Subject: Re: Hồ sơ đăng ký nhãn hiệu "Hoàng Long Food"
Date: Thu, 19 Feb 2026 10:20:33 +0700

Kính gửi anh Hoàng Long,

Bên em gửi anh dự thảo tờ khai đăng ký nhãn hiệu và danh mục sản phẩm nhóm 29, 30. Anh kiểm tra và phản hồi giúp em, có gì anh gọi hotline 1800 63 65 nhé.
"""
m = text(b, "plain", "8bit")
put(33, m, [
    ("Return-Path", "<>"),
    ("From", addr("Postmaster", "postmaster@datviet-hosting.vn")),
    ("To", FIRM_SUPPORT),
    ("Subject", ew("Thư không gửi được / Undeliverable: Re: Hồ sơ đăng ký nhãn hiệu", "b")),
    ("Date", "Sun, 22 Feb 2026 10:21:02 +0700"),
    ("Message-ID", "<dsn.20260222102102.77a1@mx1.datviet-hosting.vn>"),
], "unknown", "vi", NULL, automated=True,
    note="Single-part plain-text bounce from postmaster; the quoted original is the firm's own mail.")

# n034 access_request en — short, company display name
b = """Hi,

Could you please send me a copy of all the personal information you hold on me from last year's consultation (the share purchase in Saigon)? Happy to verify my identity if needed.

Cheers,
Tom Whitaker
"""
m = text(b, "plain", "7bit", "us-ascii")
put(34, m, [
    ("From", addr("Whitaker Consulting", "tom@whitakerconsulting.co.uk")),
    ("To", FIRM_INFO),
    ("Subject", "Data you hold"),
    ("Date", "Wed, 14 Jan 2026 09:12:44 +0000"),
    ("Message-ID", "<0102019bbd2a7f3e-6f1e2a4c-8b7d-4c3e-a9f0-1d2e3f4a5b6c-000000@eu-west-1.amazonses.com>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], "access_request", "en",
    contact("Tom Whitaker", None, "tom@whitakerconsulting.co.uk"),
    note="From display is a company name; the sender's name is in the sign-off.")

# n035 service_request en — debt owed by a Vietnamese distributor
b = """Dear Sir or Madam,

Nordwood Furniture Export B.V. is looking for a law firm in Ho Chi Minh City to help us recover an overdue debt.

Our Vietnamese distributor, Cong ty TNHH Noi that Phu Gia (tax code 0315 672 481), owes us USD 46,800 under three invoices (INV-2025-1187, INV-2025-1203 and INV-2025-1219), all overdue since October 2025. Payment was due to our account IBAN NL91 INGB 0001 2345 67. Since December they have stopped answering our emails and calls.

We would like your advice on:
1. sending a formal demand letter in Vietnamese;
2. negotiating a payment plan;
3. the options and costs of a lawsuit or arbitration (our distribution agreement has a VIAC arbitration clause).

I can send the agreement, invoices and correspondence on request.

Kind regards,

Pieter van Dijk
Finance Director
Nordwood Furniture Export B.V.
Office: +31 20 794 5500
Mobile: +31 6 4127 8835
"""
m = alt(b, to_html(b, "outlook"), "qp",
        boundary="_000_AM9PR07MB7312E5C4A1B04D2F8C6A0E19B3D7AM9PR07MB7312eurp_")
put(35, m, [
    ("From", addr("Accounts Receivable - Nordwood Furniture", "ar@nordwoodfurniture.com")),
    ("To", addr("info@thinhtrigroup.com", FIRM_INFO)),
    ("Subject", "Debt recovery - Vietnamese distributor (USD 46,800 overdue)"),
    ("Date", "Wed, 21 Jan 2026 10:05:39 +0100"),
    ("Message-ID", "<AM9PR07MB7312E5C4A1B04D2F8C6A0E19B3D7@AM9PR07MB7312.eurprd07.prod.outlook.com>"),
    ("Content-Language", "nl-NL"),
], "service_request", "en",
    contact("Pieter van Dijk", "+31641278835", "ar@nordwoodfurniture.com"),
    note="Company/department display name; sender named in signature. Office switchboard vs mobile: contact phone is the mobile. IBAN, invoice numbers and the debtor's tax code are not phones.")

# n036 unknown vi — vendor price offer (HTML table)
b = """Kính gửi Quý Công ty Thịnh Trí,

Công ty TNHH Thiết bị Văn phòng Hưng Phát xin gửi Quý Công ty bảng giá cho thuê máy photocopy ưu đãi tháng 4/2026:

- Máy đen trắng Ricoh MP 4055 (40 trang/phút): 1.200.000 đ/tháng, miễn phí 5.000 bản chụp
- Máy màu Ricoh IM C3000: 2.500.000 đ/tháng, miễn phí 3.000 bản màu
- Bảo trì, thay mực miễn phí, xử lý sự cố trong 4 giờ

Ký hợp đồng trước 30/04/2026 được tặng 1 tháng thuê.

Rất mong được hợp tác.
Nguyễn Thị Kiều Trinh – Nhân viên kinh doanh
Di động: 0988 514 273 | VP: (028) 3620 4455
"""
h = """<html><body style="font-family:Tahoma,Arial;font-size:13px">
<p>Kính gửi Quý Công ty Thịnh Trí,</p>
<p>Công ty TNHH Thiết bị Văn phòng Hưng Phát xin gửi Quý Công ty bảng giá cho thuê máy photocopy ưu đãi tháng 4/2026:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#1f6f3f;color:#fff"><th>Thiết bị</th><th>Giá thuê</th><th>Ưu đãi</th></tr>
<tr><td>Máy đen trắng Ricoh MP 4055 (40 trang/phút)</td><td>1.200.000 đ/tháng</td><td>Miễn phí 5.000 bản chụp</td></tr>
<tr><td>Máy màu Ricoh IM C3000</td><td>2.500.000 đ/tháng</td><td>Miễn phí 3.000 bản màu</td></tr>
</table>
<p>Bảo trì, thay mực miễn phí, xử lý sự cố trong 4 giờ.<br>
<b>Ký hợp đồng trước 30/04/2026 được tặng 1 tháng thuê.</b></p>
<p>Rất mong được hợp tác.</p>
<p style="color:#1f6f3f"><b>Nguyễn Thị Kiều Trinh</b> – Nhân viên kinh doanh<br>
Di động: 0988 514 273 | VP: (028) 3620 4455</p>
</body></html>
"""
m = alt(b, h, "qp", boundary="----=_NextPart_000_0031_01DC9A2E.4B7C1F60")
put(36, m, [
    ("From", addr("Công ty TNHH Thiết bị Văn phòng Hưng Phát", "kinhdoanh@hungphatoffice.vn", "b")),
    ("To", FIRM_INFO),
    ("Subject", ew("Báo giá cho thuê máy photocopy – ưu đãi tháng 4/2026", "b")),
    ("Date", "Tue, 24 Mar 2026 08:47:10 +0700"),
    ("Message-ID", "<003101dc9a2e$4b7c1f60$e2745e20$@hungphatoffice.vn>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], "unknown", "vi",
    contact("Nguyễn Thị Kiều Trinh", "+84988514273", "kinhdoanh@hungphatoffice.vn"),
    note="Vendor price offer to the firm. From display is the company; the person is named in the signature; mobile vs office line.")

# n037 correction_request en — company name change, tax code trap, new contact address
b = """Dear Thinh Tri team,

Please update our company details in your records and on future invoices:

- Company name changed from "Phoenix Trading Vietnam Co., Ltd" to "Phoenix Global Trading Vietnam Co., Ltd", effective 01/03/2026 (5th amendment of the Enterprise Registration Certificate, copy attached on request).
- Tax code unchanged: 0314 298 765.
- Please send all future correspondence and invoices to ap@phoenixtrading.vn instead of this mailbox.

Thank you.

Best regards,
Chloe Tran
Finance Manager
Tel: +84 28 3823 9911 | Mob: +84 903 418 562
"""
m = alt(b, to_html(b, "outlook"), "7bit" if b.isascii() else "qp",
        boundary="_000_KL1PR0601MB4482B2E0F1C34D7A9E5B2F08C1A6KL1PR0601MB4482apcp_", charset="us-ascii")
put(37, m, [
    ("From", addr("Phoenix Trading Vietnam | Finance", "finance@phoenixtrading.vn")),
    ("To", addr("Thinh Tri Group", FIRM_INFO)),
    ("Subject", "Update of company details"),
    ("Date", "Mon, 16 Mar 2026 02:33:18 +0000"),
    ("Message-ID", "<KL1PR0601MB4482B2E0F1C34D7A9E5B2F08C1A6@KL1PR0601MB4482.apcprd06.prod.outlook.com>"),
    ("Content-Language", "en-US"),
], "correction_request", "en",
    contact("Chloe Tran", "+84903418562", "ap@phoenixtrading.vn"),
    note="Contact email given in the body differs from From. Tax code grouped like a phone is not one; office line vs mobile: contact phone is the mobile.")

# n038 automated — English event newsletter
b = """ASIA LEGAL TECH FORUM 2026 | Singapore | 21-22 April

Early-bird pricing ends this Friday.

Join 600+ general counsel, law-firm partners and legal-ops leaders for two days of talks on AI contract review, e-discovery and data-protection compliance across ASEAN.

Register now: https://asialegaltechforum.com/register?src=nl0311

You are receiving this because you subscribed at asialegaltechforum.com.
Unsubscribe: https://asialegaltechforum.com/u/4c9e21/0311
Asia Legal Tech Forum Pte. Ltd., 10 Anson Road #22-01, Singapore 079903
"""
h = """<!doctype html><html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:640px;margin:auto">
<div style="background:#111827;color:#fff;padding:24px"><h1 style="margin:0">ASIA LEGAL TECH FORUM 2026</h1><p>Singapore &middot; 21&ndash;22 April</p></div>
<div style="padding:24px"><h2>Early-bird pricing ends this Friday.</h2>
<p>Join 600+ general counsel, law-firm partners and legal-ops leaders for two days of talks on AI contract review, e-discovery and data-protection compliance across ASEAN.</p>
<p><a href="https://asialegaltechforum.com/register?src=nl0311" style="background:#2563eb;color:#fff;padding:12px 20px;text-decoration:none">Register now</a></p></div>
<div style="font-size:11px;color:#6b7280;padding:24px">You are receiving this because you subscribed at asialegaltechforum.com.<br>
<a href="https://asialegaltechforum.com/u/4c9e21/0311">Unsubscribe</a> &middot; Asia Legal Tech Forum Pte. Ltd., 10 Anson Road #22-01, Singapore 079903</div>
</div></body></html>
"""
m = alt(b, h, "qp", boundary="b1_4c9e21a7d03f5e8b6a2c1d0e9f8a7b6c", charset="us-ascii")
put(38, m, [
    ("Return-Path", "<bounces+4c9e21-info=thinhtrigroup.com@em.asialegaltechforum.com>"),
    ("From", addr("Asia Legal Tech Forum", "news@asialegaltechforum.com")),
    ("To", FIRM_INFO),
    ("Subject", "Early-bird ends Friday: Asia Legal Tech Forum 2026, Singapore"),
    ("Date", "Wed, 11 Mar 2026 01:00:04 +0000"),
    ("Message-ID", "<4c9e21.0311.x7Tq9mKz@em.asialegaltechforum.com>"),
    ("List-Unsubscribe", "<https://asialegaltechforum.com/u/4c9e21/0311>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("List-Id", "<newsletter.asialegaltechforum.com>"),
    ("Precedence", "list"),
    ("X-SG-EID", "u3Pz9Lq1Wm7Kx0Yb5Ht2Nc8Rv4Jd6Fs"),
], "unknown", "en", NULL, automated=True,
    note="Marketing newsletter (List-Unsubscribe, List-Id, Precedence: list).")

# n039 deletion_request vi (no diacritics top, forwarded firm newsletter)
fw = """---------- Forwarded message ---------
Từ: Thịnh Trí Group <info@thinhtrigroup.com>
Date: Th 2, 2 thg 3, 2026 vào lúc 08:00
Subject: Bản tin pháp lý Thịnh Trí tháng 3/2026
To: <quachthu.shop@gmail.com>


Kính gửi Quý khách,

Bản tin tháng 3/2026: Những điểm mới về thuế đối với hộ kinh doanh online từ năm 2026; Thủ tục đăng ký nhãn hiệu cho shop bán hàng.

Mọi thắc mắc xin liên hệ hotline 1800 63 65 hoặc email info@thinhtrigroup.com.
Công ty Hệ Thống Luật TNHH Thịnh Trí – 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
"""
b = """ben anh chi huy dang ky ban tin cho em va xoa luon thong tin cua em (ten, sdt 0842 167 309, email nay) khoi he thong giup em nhe. em chi hoi 1 lan ve thue ban hang online thoi ma thang nao cung gui.
cam on.
Thu

""" + fw
m = alt(b, to_html(b), "qp", boundary="000000000000d03c7e064a2e8a41")
put(39, m, [
    ("From", addr("Quach Thi Thu", "quachthu.shop@gmail.com")),
    ("To", FIRM_INFO),
    ("Subject", "Fwd: " + ew("Bản tin pháp lý Thịnh Trí tháng 3/2026", "q")),
    ("Date", "Tue, 03 Mar 2026 13:05:27 +0700"),
    ("Message-ID", "<CAF7k2Lm=9Xq4Wz1Hb8Py3Nt@mail.gmail.com>"),
], "deletion_request", "vi",
    contact("Quach Thi Thu", "+84842167309", "quachthu.shop@gmail.com"),
    note="Forward of the firm's own newsletter; the new text on top asks to unsubscribe and delete data. The firm's hotline/address appear in the forwarded part.")

# n040 complaint vi (no diacritics) — marketing calls/SMS
b = """Kinh gui Cong ty Thinh Tri,

Toi da 2 lan yeu cau (qua dien thoai ngay 05/01 va 20/01) dung goi dien, nhan tin quang cao dich vu cua cong ty (thanh lap doanh nghiep, goi luat su rieng cho gia dinh...). Vay ma rieng tuan nay toi van nhan 3 cuoc goi tu so 028 7106 5599 va 2 tin nhan SMS brandname THINHTRI.

Toi chua bao gio ky hop dong hay dong y nhan quang cao cua cong ty. Toi rat buc xuc va de nghi cong ty tra loi ro:
1. Lay so dien thoai cua toi tu dau?
2. Vi sao da yeu cau dung ma van tiep tuc goi?
3. Cam ket cham dut ngay.

Neu con tiep tuc, toi se trinh bao len Cuc An ninh mang va phong chong toi pham su dung cong nghe cao (A05).

Ton That Bao
So dien thoai bi lam phien: 0905 814 336
"""
m = text(b, "plain", "qp")
put(40, m, [
    ("From", addr("Ton That Bao", "tonthatbao.hue@gmail.com")),
    ("To", FIRM_INFO),
    ("Subject", "Khieu nai: lien tuc goi dien, nhan tin quang cao du da yeu cau dung"),
    ("Date", "Thu, 29 Jan 2026 20:11:03 +0700"),
    ("Message-ID", "<CAH1w9Pz=3Lk7Yq0Xm4Bt8Rn@mail.gmail.com>"),
], "complaint", "vi",
    contact("Ton That Bao", "+84905814336", "tonthatbao.hue@gmail.com"),
    note="Complaint about unwanted marketing calls (dominant intent complaint, not a bare deletion request). The caller's number 028 7106 5599 is not the sender's.")

# n041 access_request vi — who was data shared with; labelled contact address
b = """Kính gửi Công ty Thịnh Trí,

Tôi là Mạc Thị Diệu Linh, khách hàng sử dụng dịch vụ đăng ký nhãn hiệu của Công ty năm 2025. Đọc chính sách bảo mật trên website, tôi thấy Công ty có thể chia sẻ thông tin khách hàng cho "bên giao hàng" và "đối tác vận chuyển".

Tôi đề nghị Công ty cho tôi biết:
1. Công ty hiện đang lưu những thông tin cá nhân nào của tôi;
2. Thông tin của tôi đã từng được chia sẻ cho đối tác vận chuyển hay bên thứ ba nào chưa, nếu có thì là những thông tin gì, chia sẻ khi nào;
3. Gửi cho tôi một bản sao các thông tin đó.

Xin cảm ơn.

Mạc Thị Diệu Linh
Điện thoại: +84 868 904 217
Địa chỉ liên hệ: Tầng 4, 35 Nguyễn Huệ, Phường Sài Gòn, TP.HCM
"""
m = alt(b, to_html(b, "outlook"), "qp",
        boundary="_000_TY0PR02MB6735A1F3E5C24B8D9F0C7E21D4B8TY0PR02MB6735apcp_")
put(41, m, [
    ("From", addr("Mạc Thị Diệu Linh", "dieulinh.mac@outlook.com", "q")),
    ("To", addr("support@thinhtrigroup.com", FIRM_SUPPORT)),
    ("Subject", ew("Hỏi về việc chia sẻ thông tin cá nhân của tôi", "q")),
    ("Date", "Wed, 18 Feb 2026 03:25:50 +0000"),
    ("Message-ID", "<TY0PR02MB6735A1F3E5C24B8D9F0C7E21D4B8@TY0PR02MB6735.apcprd02.prod.outlook.com>"),
    ("Content-Language", "vi-VN"),
], "access_request", "vi",
    contact("Mạc Thị Diệu Linh", "+84868904217", "dieulinh.mac@outlook.com",
            "Tầng 4, 35 Nguyễn Huệ, Phường Sài Gòn, TP.HCM"),
    note="Quotes privacy-policy wording about sharing; the request is for access, not a complaint.")

# n042 service_request vi — forwarded broker listing, house purchase check
fw = """---------- Forwarded message ---------
From: Nhà Đất Phú Quý <phuquy.realty@gmail.com>
Date: Th 6, 6 thg 2, 2026 vào lúc 15:48
Subject: Thông tin căn nhà Lê Văn Sỹ
To: <thang.khongduc@gmail.com>


Gửi anh Thắng thông tin căn nhà:
- Địa chỉ: 245/18 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM
- DT 4x15m, 1 trệt 2 lầu, hẻm xe hơi 5m
- Sổ hồng riêng, chính chủ, giá 7,2 tỷ (còn thương lượng)
Anh cần xem nhà liên hệ em: Mr. Quý 0909 771 245
"""
b = """Chào Thịnh Trí,

Tôi đang định đặt cọc mua căn nhà dưới đây. Nhờ Công ty kiểm tra pháp lý giúp (sổ hồng, quy hoạch, tranh chấp, có đang thế chấp ngân hàng không) và soạn hợp đồng đặt cọc cho tôi. Tôi muốn hẹn gặp luật sư trong tuần này, buổi chiều.

SĐT: 0916-280-537
Thắng

""" + fw
m = alt(b, to_html(b), "qp", boundary="0000000000004f1e9b064a0a77c2")
put(42, m, [
    ("From", addr("Khổng Đức Thắng", "thang.khongduc@gmail.com", "b")),
    ("To", FIRM_INFO),
    ("Subject", "Fwd: " + ew("Thông tin căn nhà Lê Văn Sỹ – nhờ kiểm tra pháp lý", "b")),
    ("Date", "Sat, 07 Feb 2026 08:30:14 +0700"),
    ("Message-ID", "<CAJx2n8K=5Wq1Pz7Lm3Yb0Ht@mail.gmail.com>"),
], "service_request", "vi",
    contact("Khổng Đức Thắng", "+84916280537", "thang.khongduc@gmail.com"),
    note="Forward of a broker's listing: the broker's phone and the house address are not the sender's. Full name only in the From display name.")

# n043 automated OOO vi (no diacritics) — X-Autoreply / Precedence: auto_reply
b = """Cam on anh/chi da lien he.
Toi dang di cong tac den het ngay 27/03/2026 va se phan hoi email khi tro lai van phong.
Viec gap vui long goi 0903 215 448 hoac email phaply@dongabuilding.com.vn.

Le Thi Tuyet Mai
Phong Phap che - Dong A Building
"""
m = text(b, "plain", "7bit", "us-ascii")
put(43, m, [
    ("From", addr("Le Thi Tuyet Mai", "mai.lethituyet@dongabuilding.com.vn")),
    ("To", FIRM_INFO),
    ("Subject", "Tra loi tu dong: Ho so thanh ly hop dong thue van phong"),
    ("Date", "Mon, 23 Mar 2026 14:02:33 +0700"),
    ("Message-ID", "<vacation.1774249353.22817@mail.dongabuilding.com.vn>"),
    ("In-Reply-To", "<91d3a5c7-6e2b-4f80-b1a9-3c7d0e5f2a68@thinhtrigroup.com>"),
    ("X-Autoreply", "yes"),
    ("X-Autorespond", "yes"),
    ("Precedence", "auto_reply"),
], "unknown", "vi", NULL, automated=True,
    note="Out-of-office marked with X-Autoreply / Precedence: auto_reply (no Auto-Submitted).")

# n044 correction_request vi — HTML-only, wrong DOB and CCCD
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Times New Roman';font-size:15px">
<p>Kính gửi Công ty Thịnh Trí,</p>
<p>Trong Hợp đồng dịch vụ số 0215/2026/TT và Phiếu thông tin khách hàng Công ty gửi cho tôi ngày 03/03/2026, có hai thông tin cá nhân của tôi bị ghi sai:</p>
<ul>
<li>Ngày sinh: ghi <s>12/05/1979</s>, đúng là <b>21/05/1979</b>;</li>
<li>Số CCCD: ghi <s>031079005812</s>, đúng là <b>031079008512</b>.</li>
</ul>
<p>Đề nghị Công ty sửa lại trong hồ sơ khách hàng và trong hợp đồng, sau đó gửi lại bản đã sửa để tôi ký.</p>
<p>Trân trọng,<br>
Lã Văn Cường<br>
ĐT: 0912 874 036<br>
Địa chỉ: Số 17 Lạch Tray, Phường Gia Viên, TP. Hải Phòng</p>
</div></body></html>
"""
m = text(h, "html", "b64")
put(44, m, [
    ("From", addr("Lã Văn Cường", "lavancuong.hp@gmail.com", "b")),
    ("To", FIRM_SUPPORT),
    ("Subject", ew("Đề nghị sửa thông tin cá nhân trong hợp đồng 0215/2026/TT", "b")),
    ("Date", "Thu, 05 Mar 2026 16:48:21 +0700"),
    ("Message-ID", "<1741168101.509823.7712@smtp.vietmail.net>"),
    ("X-Mailer", "Roundcube Webmail/1.6.9"),
], "correction_request", "vi",
    contact("Lã Văn Cường", "+84912874036", "lavancuong.hp@gmail.com",
            "Số 17 Lạch Tray, Phường Gia Viên, TP. Hải Phòng"),
    note="HTML-only, base64. 12-digit CCCD numbers are not phones.")

# n045 unknown vi — Tết greeting card, multipart/related with inline image
b = """Kính gửi Luật sư Hòa và các anh chị Công ty Thịnh Trí,

Nhân dịp Xuân Bính Ngọ 2026, gia đình tôi xin kính chúc Luật sư và toàn thể anh chị trong Công ty một năm mới an khang, thịnh vượng, vạn sự như ý.

Cảm ơn Công ty đã tận tình giúp gia đình tôi hoàn tất thủ tục thừa kế trong năm vừa qua.

Thân kính,
Đoàn Thị Ngọc Diệp
"""
h = """<div dir="ltr"><div style="text-align:center"><img src="cid:ii_mlx7k2a90" alt="Chúc mừng năm mới" width="480" height="320"></div>
<div><br></div>
<div>Kính gửi Luật sư Hòa và các anh chị Công ty Thịnh Trí,</div>
<div><br></div>
<div>Nhân dịp Xuân Bính Ngọ 2026, gia đình tôi xin kính chúc Luật sư và toàn thể anh chị trong Công ty một năm mới <b>an khang, thịnh vượng, vạn sự như ý</b>.</div>
<div><br></div>
<div>Cảm ơn Công ty đã tận tình giúp gia đình tôi hoàn tất thủ tục thừa kế trong năm vừa qua.</div>
<div><br></div>
<div>Thân kính,</div>
<div>Đoàn Thị Ngọc Diệp</div></div>
"""
m = MIMEMultipart("related", boundary="000000000000a8e1c20648f7d3b6")
m.set_param("type", "multipart/alternative")
m.attach(alt(b, h, "qp", boundary="000000000000a8e1c10648f7d3b5"))
img = MIMEImage(png_bytes(), "png")
img.add_header("Content-ID", "<ii_mlx7k2a90>")
img.add_header("X-Attachment-Id", "ii_mlx7k2a90")
img.add_header("Content-Disposition", "inline", filename="thiep-tet-2026.png")
m.attach(img)
put(45, m, [
    ("From", addr("Đoàn Thị Ngọc Diệp", "ngocdiep.doan@gmail.com", "b")),
    ("To", FIRM_INFO),
    ("Subject", ew("Chúc mừng năm mới Bính Ngọ 2026", "b")),
    ("Date", "Sun, 15 Feb 2026 10:00:27 +0700"),
    ("Message-ID", "<CAD4m7Zq=8Xk2Lw0Hy5Pb1Nt@mail.gmail.com>"),
], "unknown", "vi", contact("Đoàn Thị Ngọc Diệp", None, "ngocdiep.doan@gmail.com"),
    note="New-year greeting card from a former client; no request.")

# n046 deletion_request en — overseas client, own address and phone
b = """Hello,

My family engaged your firm in 2024 for my late mother's estate in Vung Tau. The matter is now closed.

I live overseas and no longer need you to keep my personal details. Please delete my records -- the passport copy, my Australian address and phone number -- except anything you are legally required to keep, and please tell me what that is and for how long.

For identification:
Binh Thanh Nguyen, born 1971
14 Kingsway, Glen Waverley VIC 3150, Australia
+61 412 508 337

Regards,
Binh Thanh Nguyen
"""
m = text(b, "plain", "7bit", "us-ascii")
put(46, m, [
    ("From", addr("Binh Thanh Nguyen", "tb.nguyen@bigpond.com")),
    ("To", FIRM_SUPPORT),
    ("Subject", "Please delete my personal records"),
    ("Date", "Sat, 21 Feb 2026 20:15:42 +1100"),
    ("Message-ID", "<000c01dca2f1$7e3b9a40$7ab2cec0$@bigpond.com>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], "deletion_request", "en",
    contact("Binh Thanh Nguyen", "+61412508337", "tb.nguyen@bigpond.com",
            "14 Kingsway, Glen Waverley VIC 3150, Australia"))

# n047 complaint vi — wrong documents filed, demands refund
b = """Kính gửi Công ty Thịnh Trí,

Tôi thuê Công ty làm thủ tục thành lập Công ty TNHH Bếp Nhà Nhung (hợp đồng ký ngày 06/01/2026, phí 4.000.000 đ). Nhân viên của Công ty đã điền sai mã ngành nghề chính (5610 – nhà hàng, quán ăn thành 5621) và ghi sai số nhà trụ sở (128 thành 182), nên hồ sơ bị Phòng Đăng ký kinh doanh trả về hai lần (mã hồ sơ 260041187).

Vì vậy tôi phải lùi ngày khai trương gần 3 tuần, vẫn phải trả tiền thuê mặt bằng và lương nhân viên trong thời gian đó. Khi tôi hỏi thì nhân viên còn nói là do tôi cung cấp thông tin chưa rõ, trong khi tờ khai thông tin tôi ký hoàn toàn đúng.

Tôi đề nghị Công ty:
- nhận trách nhiệm bằng văn bản;
- hoàn lại phí dịch vụ 4.000.000 đ;
- xem xét bồi thường một phần chi phí thuê mặt bằng trong 3 tuần bị chậm.

Mẫn Thị Hồng Nhung
0394 552 761
"""
m = text(b, "plain", "8bit")
put(47, m, [
    ("From", addr("Mẫn Thị Hồng Nhung", "hongnhung.man@gmail.com", "q")),
    ("To", FIRM_INFO),
    ("Subject", ew("Phản ánh: Công ty làm sai hồ sơ đăng ký doanh nghiệp, tôi bị trả hồ sơ 2 lần", "q")),
    ("Date", "Mon, 09 Feb 2026 10:27:55 +0700"),
    ("Message-ID", "<CAG5p1Xw=0Kq8Lz3Ym7Bt2Hn@mail.gmail.com>"),
], "complaint", "vi",
    contact("Mẫn Thị Hồng Nhung", "+84394552761", "hongnhung.man@gmail.com"),
    note="Wrong documents filed by the firm; asks for refund/compensation, so complaint rather than correction. File number 260041187 is not a phone.")

# n048 service_request vi (no diacritics) — café business licence
b = """Chao anh chi,
em ten Pham Quoc Bao, em sap mo 1 quan ca phe nho (khoang 40m2, 10 ban) o Thu Duc. Em muon hoi:
- em nen dang ky ho kinh doanh hay lap cong ty?
- co can giay chung nhan co so du dieu kien an toan thuc pham khong hay chi can ban cam ket?
- phong chay chua chay thi sao?
- neu em nho ben minh lam tron goi thi phi bao nhieu va bao lau xong?
Em cam on.
SDT/zalo: 033 9 471 826
"""
m = text(b, "plain", "7bit", "us-ascii")
put(48, m, [
    ("From", "quocbao.pham.cafe@gmail.com"),
    ("To", FIRM_INFO),
    ("Subject", "hoi giay phep mo quan cafe"),
    ("Date", "Wed, 25 Mar 2026 22:48:09 +0700"),
    ("Message-ID", "<CAB3x9Lq=6Wz1Km4Py8Ht0Rn@mail.gmail.com>"),
], "service_request", "vi",
    contact("Pham Quoc Bao", "+84339471826", "quocbao.pham.cafe@gmail.com"),
    note="Name introduced informally in the body; no display name. Phone grouped oddly (033 9 471 826).")

# n049 automated — bank promotional mail (bulk)
b = """NAMVIET BANK – ƯU ĐÃI DÀNH CHO DOANH NGHIỆP

Vay mua nhà, văn phòng với lãi suất chỉ từ 5,9%/năm trong 12 tháng đầu.
- Hạn mức đến 80% giá trị tài sản
- Thời hạn vay đến 25 năm
- Phê duyệt trong 48 giờ

Chương trình áp dụng đến hết 30/04/2026. Chi tiết: https://namvietbank.com.vn/uu-dai/vay-mua-nha-dn

Tổng đài 24/7: 1900 55 88 99
Email này được gửi tự động, vui lòng không trả lời. Để ngừng nhận thông tin ưu đãi: https://namvietbank.com.vn/huy-nhan-tin
"""
h = """<html><body style="font-family:Arial;background:#fafafa">
<table width="620" align="center" style="background:#fff"><tr><td style="background:#c8102e;color:#fff;padding:16px;font-size:18px"><b>NAMVIET BANK</b> – ƯU ĐÃI DÀNH CHO DOANH NGHIỆP</td></tr>
<tr><td style="padding:16px"><p style="font-size:20px">Vay mua nhà, văn phòng với lãi suất chỉ từ <b>5,9%/năm</b> trong 12 tháng đầu</p>
<ul><li>Hạn mức đến 80% giá trị tài sản</li><li>Thời hạn vay đến 25 năm</li><li>Phê duyệt trong 48 giờ</li></ul>
<p><a href="https://namvietbank.com.vn/uu-dai/vay-mua-nha-dn">Xem chi tiết</a> – áp dụng đến hết 30/04/2026</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px">Tổng đài 24/7: 1900 55 88 99. Email này được gửi tự động, vui lòng không trả lời.
<a href="https://namvietbank.com.vn/huy-nhan-tin">Ngừng nhận thông tin ưu đãi</a></td></tr></table>
</body></html>
"""
m = alt(b, h, "qp", boundary="=_NVB_MKT_20260320_8f2a")
put(49, m, [
    ("Return-Path", "<mkt-bounce@email.namvietbank.com.vn>"),
    ("From", addr("NamViet Bank", "uudai@email.namvietbank.com.vn")),
    ("To", FIRM_INFO),
    ("Subject", ew("Ưu đãi vay mua nhà, văn phòng lãi suất từ 5,9%/năm dành cho doanh nghiệp", "b")),
    ("Date", "Fri, 20 Mar 2026 09:00:00 +0700"),
    ("Message-ID", "<mkt.20260320.8f2a1c@email.namvietbank.com.vn>"),
    ("Precedence", "bulk"),
    ("List-Unsubscribe", "<mailto:unsubscribe@email.namvietbank.com.vn?subject=8f2a1c>"),
    ("X-Mailer", "NVB Campaign Manager"),
], "unknown", "vi", NULL, automated=True,
    note="Bank promotional bulk mail (Precedence: bulk, mailto List-Unsubscribe).")

# n050 access_request vi (chat) — from iPhone
b = """alo ben minh oi, cho em hoi ben minh dang luu nhung thong tin gi cua em vay? hom truoc em co dien form tu van tren web ben minh (hoi ve hop dong thue tro). em muon biet ben minh luu gi cua em, gui em ban sao coi voi nha.
em la Ngo Thao Vy, sdt 0792 615 043

Sent from my iPhone
"""
m = text(b, "plain", "7bit", "us-ascii")
put(50, m, [
    ("From", addr("Vy Vy", "vyvy.ngo2001@icloud.com")),
    ("Content-Type-Placeholder", "x"),
    ("Subject", "hoi thong tin"),
    ("Date", "Sat, 28 Mar 2026 00:12:46 +0700"),
    ("Message-Id", "<F1A2B3C4-D5E6-4708-9A1B-2C3D4E5F6A7B@icloud.com>"),
    ("To", FIRM_INFO),
    ("X-Mailer", "iPhone Mail (22D82)"),
], "access_request", "vi",
    contact("Ngo Thao Vy", "+84792615043", "vyvy.ngo2001@icloud.com"),
    note="Nickname display name 'Vy Vy'; the real name is introduced in the body.")
del m["Content-Type-Placeholder"]


# ================================================================== output
def write_all():
    for fn, msg in MESSAGES.items():
        with open(os.path.join(OUT, fn), "wb") as f:
            BytesGenerator(f, mangle_from_=False, policy=GEN_POLICY).flatten(msg)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(LABELS.items())), f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")


# ============================================================ verification
def fold(s):
    return re.sub(r"\s+", " ", nfc(s).casefold()).strip()


def message_text(msg):
    chunks = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except LookupError:
                t = part.get_payload(decode=True).decode("ascii")
            if ct == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
        elif ct == "message/delivery-status":
            chunks.append(str(part))
        elif ct == "message/rfc822":
            inner = part.get_payload()[0]
            chunks.extend(str(v) for _, v in inner.items())
    return nfc("\n".join(chunks).replace("\xa0", " "))


def phone_candidates(t):
    out = set()
    for mt in re.finditer(r"\+?\d[\d .\-()]{6,}\d", t):
        d = re.sub(r"\D", "", mt.group())
        if mt.group().startswith("+"):
            if d.startswith("840"):
                d = "84" + d[3:]
            out.add("+" + d)
        elif d.startswith("0"):
            out.add("+84" + d[1:])
    return out


def verify():
    errors = []
    counts = {}
    for fn in sorted(LABELS):
        lab = LABELS[fn]
        raw = open(os.path.join(OUT, fn), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        defects = list(msg.defects)
        for p in msg.walk():
            defects += list(p.defects)
        if defects:
            errors.append((fn, "defects", defects))
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                errors.append((fn, "missing header", k))
        if any(len(l) > 998 for l in raw.split(b"\n")):
            errors.append((fn, "line > 998"))
        t = message_text(msg)
        if "=?" in t.split("\n", 1)[0] and False:
            pass
        c = lab["contact"]
        if lab["automated"]:
            if lab["category"] != "unknown" or any(v is not None for v in c.values()):
                errors.append((fn, "automated label not null/unknown"))
        for key in ("name", "address"):
            v = c[key]
            if v is not None:
                if not unicodedata.is_normalized("NFC", v):
                    errors.append((fn, key, "not NFC"))
                if fold(v) not in fold(t):
                    errors.append((fn, key, v, "not found"))
        if c["email"] is not None:
            if c["email"] != c["email"].lower() or c["email"] not in t.lower():
                errors.append((fn, "email", c["email"]))
        if c["phone"] is not None:
            if not re.fullmatch(r"\+[1-9]\d{7,14}", c["phone"]):
                errors.append((fn, "phone format", c["phone"]))
            if c["phone"] not in phone_candidates(t):
                errors.append((fn, "phone", c["phone"], "not found", phone_candidates(t)))
        if lab["category"] not in ("service_request", "access_request", "correction_request",
                                   "deletion_request", "complaint", "unknown"):
            errors.append((fn, "category"))
        if lab["language"] not in ("vi", "en"):
            errors.append((fn, "language"))
        # encoded headers must decode to readable text (no raw encoded-words left)
        if "=?" in str(msg["Subject"]) or "=?" in str(msg["From"]):
            errors.append((fn, "undecoded header"))
        key = (lab["category"], lab["automated"], lab["language"])
        counts[key] = counts.get(key, 0) + 1
    # windows-1258 mail round-trips
    raw8 = BytesParser(policy=policy.default).parsebytes(open(os.path.join(OUT, "n008.eml"), "rb").read())
    body = raw8.get_payload(decode=True)
    assert body.decode("cp1258").encode("cp1258") == body
    return errors, counts


if __name__ == "__main__":
    write_all()
    errors, counts = verify()
    for e in errors:
        print("ERROR", *e)
    for k in sorted(counts, key=str):
        print(k, counts[k])
    print(len(LABELS), "messages,", len(errors), "errors")
    sys.exit(1 if errors else 0)
