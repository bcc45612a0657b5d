#!/usr/bin/env python3
"""Generate holdout set 10: 50 raw customer e-mails (u001.eml .. u050.eml) and labels.json.

Theme: private individuals from the countryside and elderly people writing about family matters
(inheritance, land, divorce, marriage with a foreigner, debts between relatives) to a fictional
Vietnamese law firm, Công ty Luật TNHH An Khang Tín (luatankhangtin.vn).

Python 3 standard library only.  Run:  python3 make.py
"""
import base64
import datetime as _dt
import email
import email.policy
import json
import os
import quopri
import random
import re
import unicodedata
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
FIRM_DOMAIN = "luatankhangtin.vn"
INFO = "info@" + FIRM_DOMAIN
SUPPORT = "support@" + FIRM_DOMAIN

# ----------------------------------------------------------------------------------------------
# low level helpers
# ----------------------------------------------------------------------------------------------

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text):
    """Encode Vietnamese text in windows-1258, tone marks as combining characters where needed."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tone = "".join(c for c in d if c in TONES)
        out += (base + tone).encode("cp1258")
    return bytes(out)


def ench(s, how="b"):
    """RFC 2047 encode a header value if it is not plain ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = Charset("utf-8")
    cs.header_encoding = QP if how == "q" else BASE64
    return Header(s, cs, maxlinelen=76).encode()


def addr(name, mail, how="b"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (ench(name, how), mail)


def date(y, mo, d, h, mi, s, tz=7.0):
    tzinfo = _dt.timezone(_dt.timedelta(hours=tz))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, s, tzinfo=tzinfo))


_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rid(seed, n, alphabet=_ALNUM):
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def gmail_id(seed):
    return "<CA%s@mail.gmail.com>" % rid(seed, 44, _ALNUM + "_-+")


def boundary(seed):
    return "000000000000" + rid(seed, 16, "0123456789abcdef")


class Part:
    def __init__(self, headers, payload):
        self.headers = headers  # list of (name, value)
        self.payload = payload  # bytes, '\n' line ends


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False, extra=None):
    if not body.endswith("\n"):
        body += "\n"
    body = body.replace("\r\n", "\n")
    if charset == "windows-1258":
        data = to_cp1258(body)
    else:
        data = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = data
        for line in payload.split(b"\n"):
            if len(line) > 990:
                raise ValueError("line too long for %s: %r" % (cte, line[:60]))
        if cte == "7bit" and any(b > 127 for b in payload):
            raise ValueError("non-ascii in 7bit part")
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += '; format="flowed"'
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        headers += extra
    return Part(headers, payload)


def multipart(subtype, parts, bnd, params=""):
    out = bytearray()
    for p in parts:
        out += b"--" + bnd.encode() + b"\n"
        for k, v in p.headers:
            out += ("%s: %s\n" % (k, v)).encode()
        out += b"\n"
        out += p.payload
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, bnd, params)
    return Part([("Content-Type", ct)], bytes(out))


def raw_part(headers, payload_bytes):
    return Part(headers, payload_bytes)


def render(headers, body):
    out = bytearray()
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode()
    out += b"MIME-Version: 1.0\n"
    for k, v in body.headers:
        out += ("%s: %s\n" % (k, v)).encode()
    out += b"\n"
    out += body.payload
    if not out.endswith(b"\n"):
        out += b"\n"
    assert b"\r" not in out
    return bytes(out).replace(b"\n", b"\r\n")


MESSAGES = {}
LABELS = {}


def contact(name=None, phone=None, mail=None, address=None):
    return {"name": name, "phone": phone, "email": mail.lower() if mail else None, "address": address}


def put(n, headers, body, category, language, cont, automated=False, note=None):
    fn = "u%03d.eml" % n
    assert fn not in MESSAGES
    MESSAGES[fn] = render(headers, body)
    lab = {"automated": automated, "category": category, "contact": cont, "language": language}
    if note:
        lab["note"] = note
    LABELS[fn] = lab


NULL = contact()

# ----------------------------------------------------------------------------------------------
# the messages
# ----------------------------------------------------------------------------------------------

# u001 — service_request, long rambling inheritance story, request only at the end (indirect)
put(1, [
    ("From", addr("Phạm Văn Thược", "phamvanthuoc1951@gmail.com")),
    ("To", INFO),
    ("Subject", ench("hỏi về chuyện đất của bố tôi để lại")),
    ("Date", date(2026, 1, 11, 21, 37, 4)),
    ("Message-ID", gmail_id(1)),
], text("""Chào các cô các chú ở văn phòng luật,

Tôi tên là Phạm Văn Thược năm nay đã 74 tuổi, ở quê Thái Bình cũ, con trai tôi làm ở Hà Nội nó bảo cứ lên mạng mà tìm thì tìm được địa chỉ bên mình. Tôi viết hơi dài mong các cô chú thông cảm vì tôi không quen viết thư trên máy, gõ chậm lắm.

Chuyện là bố tôi là cụ Phạm Văn Tảo mất năm 2009 không để lại di chúc gì cả, mẹ tôi mất trước đó mấy năm. Các cụ có để lại mảnh đất ở xóm 3 khoản 540 mét vuông, trên đó có cái nhà ngói 3 gian cũ với cái ao. Nhà tôi có bốn anh em, tôi là anh cả, dưới có cô Mận lấy chồng ở Nam Định, chú Thuần với chú Thắng. Hồi đó anh em thống nhất bằng miệng là để tôi ở giữ nhà thờ, ai cần thì về, không ai nói gì. Sổ đỏ thì vẫn đứng tên bố tôi từ năm 1997 tới giờ chưa ai làm sang tên.

Đến năm ngoái thì chú Thắng (em út) nợ nần gì đó ở ngoài, về đòi chia đất để bán phần của chú ấy, rồi tự ý dẫn người về đo đạt cắm cọc ở góc vườn phía đường liên xã, còn nói với hàng xóm là đã nhận tiền cọc của người ta 150 triệu rồi. Cô Mận với chú Thuần thì bảo tuỳ anh cả. Tôi thì không muốn anh em lục đục nhưng cũng không muốn bán đất hương hoả của các cụ, mà nó cứ về chửi bới, vợ tôi huyết áp cao lo quá mất ngủ mấy tháng nay.

Tôi muốn hỏi là bây giờ đất chưa sang tên thì chú ấy có tự bán được không, tôi có quyền gì không, nếu phải chia thì chia thế nào cho đúng luật, có phải ra toà không. Không biết bên mình có giúp được không, nếu được thì cho tôi biết phải mang những giấy tờ gì lên và chi phí khoảng bao nhiêu để tôi còn xoay xở.

Số điện thoại của tôi là 0386 214 759, tôi hay để máy ở nhà nên có gì gọi buổi tối giúp tôi. Nếu không gọi được tôi thì gọi con trai tôi là Phạm Văn Hiếu số 0904 337 182 nó ở Hà Nội.

Phạm Văn Thược
Xóm 3, xã Vũ Tiến, tỉnh Hưng Yên
""", cte="8bit"),
    "service_request", "vi",
    contact("Phạm Văn Thược", "+84386214759", "phamvanthuoc1951@gmail.com", "Xóm 3, xã Vũ Tiến, tỉnh Hưng Yên"),
    note="Long inheritance story; the request ('không biết bên mình có giúp được không') comes at the end. "
         "The son's number 0904 337 182 is a distractor.")

# u002 — automated newsletter (bulk), HTML only, base64
_nl = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bản tin Pháp Lý Nhà Nông</title></head>
<body style="margin:0;background:#f3f1ea;font-family:Arial,Helvetica,sans-serif;color:#2b2b2b">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="16" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#3c6e47;color:#fff;font-size:20px"><b>PHÁP LÝ NHÀ NÔNG</b> &middot; Bản tin tuần số 112</td></tr>
<tr><td>
<h2 style="font-size:18px">5 điểm cần biết khi chia thừa kế đất của hộ gia đình</h2>
<p>1. Đất cấp cho &quot;hộ gia đình&quot; trước năm 2024 vẫn được xác định theo các thành viên có chung quyền sử dụng đất tại thời điểm cấp.</p>
<p>2. Con đã đi lấy chồng, lấy vợ ở nơi khác vẫn có thể là người thừa kế theo pháp luật ở hàng thứ nhất.</p>
<p>3. Văn bản thỏa thuận phân chia di sản phải được công chứng hoặc chứng thực.</p>
<p>4. Người ở nước ngoài có thể ký văn bản từ chối nhận di sản tại cơ quan đại diện Việt Nam.</p>
<p>5. Thời hiệu yêu cầu chia di sản là bất động sản là 30 năm kể từ thời điểm mở thừa kế.</p>
<p><a href="https://phaplynhanong.vn/bai-viet/thua-ke-dat-ho-gia-dinh?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=tuan112" style="color:#3c6e47">Đọc bài đầy đủ &rarr;</a></p>
<hr style="border:0;border-top:1px solid #ddd">
<p style="font-size:12px;color:#777">Bạn nhận được thư này vì đã đăng ký nhận bản tin tại phaplynhanong.vn bằng địa chỉ info@luatankhangtin.vn.<br>
<a href="https://phaplynhanong.vn/huy-dang-ky?e=aW5mb0BsdWF0YW5raGFuZ3Rpbi52bg" style="color:#777">Hủy đăng ký</a> &middot; Pháp Lý Nhà Nông, 45 Lê Lợi, Phường Hạc Thành, Thanh Hóa</p>
</td></tr></table></td></tr></table>
<img src="https://mail.phaplynhanong.vn/o/4f1c9a2e.gif" width="1" height="1" alt="">
</body></html>
"""
put(2, [
    ("From", addr("Pháp Lý Nhà Nông", "bantin@phaplynhanong.vn")),
    ("To", INFO),
    ("Subject", ench("[Bản tin tuần] 5 điểm cần biết khi chia thừa kế đất của hộ gia đình", "q")),
    ("Date", date(2026, 1, 12, 6, 0, 11)),
    ("Message-ID", "<20260112060011.112.4f1c9a2e@mail.phaplynhanong.vn>"),
    ("List-Id", "Ban tin Phap Ly Nha Nong <bantin.phaplynhanong.vn>"),
    ("List-Unsubscribe", "<https://phaplynhanong.vn/huy-dang-ky?e=aW5mb0BsdWF0YW5raGFuZ3Rpbi52bg>, <mailto:huy@phaplynhanong.vn?subject=unsubscribe>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
], text(_nl, subtype="html", cte="base64"),
    "unknown", "vi", NULL, automated=True,
    note="Bulk newsletter about inheritance law; HTML only, base64.")

# u003 — complaint, teen-code, lawyer stood her up twice
put(3, [
    ("From", addr("Thach Thi Kim Ngoc", "kimngoc.tvinh02@gmail.com")),
    ("To", SUPPORT),
    ("Subject", "ls hen ma ko toi"),
    ("Date", date(2026, 1, 14, 12, 8, 51)),
    ("Message-ID", gmail_id(3)),
], text("""e ko biet phai ns sao nua.
e o Tra Vinh, di xe khach hon 2 tieng len Can Tho de gap ls Phuong ve vu gianh quyen nuoi con, hen 9h sang thu 7 tuan truoc. e toi tu 8h30, ngoi doi toi 11h ko ai ra, le tan ns ls ban dot xuat. ok e bo qua, hen lai sang thu 4 nay, e xin nghi lam ko luong de di, toi noi thi lai ns ls di toa roi.
2 lan r. ko ai goi bao e 1 cuoc nao, e mat tien xe, mat ngay cong, con gui hang xom trong.
vay la sao a/c? e can 1 loi giai thich dang hoang va 1 ls khac nhan vu cua e, ko thi tra lai tien coc cho e.
Kim Ngoc - 0868 552 107
""", cte="7bit"),
    "complaint", "vi",
    contact("Thach Thi Kim Ngoc", "+84868552107", "kimngoc.tvinh02@gmail.com"),
    note="Teen-code without diacritics; full name only in the From display name.")

# u004 — access_request, English, Vietnamese-Canadian heir, address abroad, no phone
put(4, [
    ("From", addr("Diane Vo", "diane.vo.to@outlook.com")),
    ("To", INFO),
    ("Subject", "Request for a copy of my personal data"),
    ("Date", date(2026, 1, 14, 22, 41, 19, -5)),
    ("Message-ID", "<YT3PR01MB6%s@YT3PR01MB6.CANPRD01.PROD.OUTLOOK.COM>" % rid(4, 12, "0123456789ABCDEF")),
], text("""To whoever handles data protection at An Khang Tin,

In 2024 your Can Tho office assisted with my late father's estate (Mr. Võ Văn Hiền), and I was one of the heirs. During that process I supplied copies of my Canadian passport, my Vietnamese birth certificate, a notarised power of attorney and my banking details for the transfer of my share.

Under Decree 13/2023/ND-CP I would like to receive a copy of the personal data about me that your firm holds, together with the purposes for which it is being kept and whether any of it has been disclosed outside the firm (for example to the notary office or the tax authority). An electronic copy sent to this address is fine.

Please do not send anything to my brother's address in Vietnam.

Regards,
Diane Ngoc Diem Vo
88 Lisgar Street, Toronto, ON M6J 3G1, Canada
""", cte="quoted-printable"),
    "access_request", "en",
    contact("Diane Ngoc Diem Vo", None, "diane.vo.to@outlook.com", "88 Lisgar Street, Toronto, ON M6J 3G1, Canada"),
    note="Signature name is fuller than the From display name.")

# u005 — correction_request, no diacritics, new address (old address is a distractor)
put(5, [
    ("From", addr("Kha Thi Ngoc Han", "ngochan.kha87@gmail.com")),
    ("To", SUPPORT),
    ("Subject", "doi dia chi"),
    ("Date", date(2026, 1, 15, 19, 2, 33)),
    ("Message-ID", gmail_id(5)),
], text("""chao cong ty
em la Kha Thi Ngoc Han, khach hang vu chia tai san voi chong cu hoi nam 2024. em chuyen nha roi, dia chi cu o 45/2 duong 30/4, Soc Trang ko con o nua, thu gui ve do ko ai nhan dau.
nho cty sua lai dia chi moi cua em la: 118 Tran Hung Dao, khom 3, phuong Vinh Chau, TP Can Tho
sdt van giu nguyen 0945 163 728.
thanks cty
""", cte="7bit"),
    "correction_request", "vi",
    contact("Kha Thi Ngoc Han", "+84945163728", "ngochan.kha87@gmail.com",
            "118 Tran Hung Dao, khom 3, phuong Vinh Chau, TP Can Tho"),
    note="Old address 45/2 duong 30/4, Soc Trang is a distractor; the label is the new one.")

# u006 — service_request, English, overseas Vietnamese, inheritance; only the sister's number is given
put(6, [
    ("From", addr("Kevin Tran", "kevin.tran.sj@yahoo.com")),
    ("To", INFO),
    ("Subject", "Question about inheriting my mom's house in Can Tho"),
    ("Date", date(2026, 1, 16, 7, 12, 40, -8)),
    ("Message-ID", "<%s.%s@mail.yahoo.com>" % (rid(6, 9, "0123456789"), rid(66, 7, "0123456789"))),
    ("X-Mailer", "WebService/1.1.25012 YMailNorrin"),
], text("""Hi there,

I'm a US citizen, born in Saigon, left in 1989. My Vietnamese name, which is still on my old birth certificate, is Trần Minh Khang. My mother, Lâm Thị Ngọc, passed away in November in Ninh Kieu, Can Tho. She owned the house on Tran Hung Dao street where my younger sister Lan still lives. No will as far as we know. There are three of us kids: me in San Jose, my brother in Houston, and Lan.

A few questions:
- Can I, as an overseas Vietnamese with a US passport, inherit a share of a house and land in Vietnam, or does it all have to go to Lan?
- If I can't hold it, can I give my share to her, and how?
- Do my brother and I need to fly back, or can we sign something at the consulate in San Francisco?

I'd prefer a video call (Zoom, Meet, whatever works). Evenings Vietnam time are mornings here. Please let me know your consultation fee. If you need someone local, my sister Lan is at 0907 245 318, but her English is limited and she doesn't do email.

Thanks,
Kevin Tran
""", cte="quoted-printable"),
    "service_request", "en",
    contact("Kevin Tran", None, "kevin.tran.sj@yahoo.com"),
    note="The only phone number is the sister's (0907 245 318), so phone is null.")

# u007 — deletion_request, elderly, "đừng giữ giấy tờ của tôi nữa"
put(7, [
    ("From", addr("Đinh Công Hoan", "dinhconghoan1949@gmail.com", "q")),
    ("To", INFO),
    ("Subject", ench("Về việc hồ sơ kiện em tôi", "q")),
    ("Date", date(2026, 2, 24, 8, 55, 2)),
    ("Message-ID", gmail_id(7)),
], text("""Kính gửi văn phòng luật sư,

Tôi là Đinh Công Hoan, 76 tuổi, ở Ninh Bình. Hồi tháng 10 năm ngoái tôi có đến nhờ văn phòng lo việc kiện em trai tôi là Đinh Công Hậu vì nó lấn sang đất vườn của tôi gần 2 mét rồi xây tường rào, hai anh em cãi nhau to, có hôm suýt đánh nhau. Tôi có để lại cho văn phòng bản photo sổ đỏ, căn cước của hai vợ chồng tôi, cái sơ đồ thửa đất với mấy tấm ảnh chụp bức tường.

Tết vừa rồi cả họ ngồi lại, ông chú họ đứng ra hòa giải, em tôi nó đồng ý lùi tường lại như cũ, anh em làm lành, con cháu lại đi lại với nhau. Tôi không kiện nữa. Khoản tạm ứng đã đóng tôi cũng không đòi lại làm gì, coi như công các cô các cậu đã bỏ ra.

Nay tôi chỉ xin một việc: bên văn phòng đừng giữ giấy tờ của tôi nữa. Cái gì là bản photo, ảnh chụp, ghi chép về nhà tôi, kể cả trong máy tính, thì huỷ đi hết giúp tôi, tôi không muốn sau này người ngoài đọc được chuyện anh em nhà tôi. Huỷ xong thì nhắn cho tôi một tin là được.

Đinh Công Hoan
Số máy: 0837 640 925
""", cte="quoted-printable"),
    "deletion_request", "vi",
    contact("Đinh Công Hoan", "+84837640925", "dinhconghoan1949@gmail.com"),
    note="Deletion phrased as 'đừng giữ giấy tờ của tôi nữa ... huỷ đi'; he explicitly does not ask for a refund.")

# u008 — unknown, vendor pitch, HTML only
put(8, [
    ("From", addr("Priya Menon", "priya@lexitrans-asia.com")),
    ("To", INFO),
    ("Subject", "Certified Korean/Chinese translation for your marriage & family files"),
    ("Date", date(2026, 1, 19, 10, 3, 27)),
    ("Message-ID", "<%s@lexitrans-asia.com>" % rid(8, 24, "0123456789abcdef")),
], text("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Dear An Khang Tin partners,</p>
<p>I noticed on your website that a good share of your work involves marriage registration with foreign nationals and cross-border inheritance. Those files usually stall on one thing: translations that the Department of Justice or a consulate sends back.</p>
<p>LexiTrans Asia provides sworn translation between Vietnamese and Korean, Chinese, Japanese and English, with notarisation arranged in Hanoi, Hai Phong and Can Tho. Typical turnaround for a marriage dossier (birth certificate, single-status certificate, health check, passport) is 48 hours. For new law-firm partners we are offering <b>15% off</b> for the first three months.</p>
<p>Would you be open to a 15-minute call next week? I can also bring sample translations to your office.</p>
<p>Warm regards,<br>
<b>Priya Menon</b><br>
Business Development, LexiTrans Asia<br>
Hanoi office: +84 24 3795 1182<br>
Mobile / Zalo: 0961 330 528<br>
<a href="https://lexitrans-asia.com">lexitrans-asia.com</a></p>
</body></html>
""", subtype="html", cte="7bit"),
    "unknown", "en",
    contact("Priya Menon", "+84961330528", "priya@lexitrans-asia.com"),
    note="Vendor sales pitch sent by a person (not automated); phone is her mobile, not the company landline.")

# u009 — complaint, data disclosed to sibling, long story
put(9, [
    ("From", addr("Kiều Văn Tâm", "kieuvantam.hd@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ench("Sao công ty lại đi kể chuyện của tôi cho em gái tôi?")),
    ("Date", date(2026, 3, 3, 22, 16, 45)),
    ("Message-ID", gmail_id(9)),
], text("""Chào công ty,

Tôi đến văn phòng hôm 12 tháng 1 để hỏi riêng về chuyện di sản của mẹ tôi để lại, cụ thể là cuốn sổ tiết kiệm 600 triệu mà trước khi mất mẹ tôi dặn miệng là cho tôi, vì tôi là người chăm cụ 8 năm nay. Tôi đã nói rõ với cô luật sư tiếp tôi hôm đó là chuyện này tôi chưa muốn cho các em biết, tôi định từ từ nói sau đám giỗ đầu cho êm.

Thế mà tối hôm qua em gái tôi là Kiều Thị Hằng gọi điện chửi tôi một trận, nói là nó gọi đến công ty mình hỏi về thủ tục cho mẹ và có người bên công ty nói với nó là anh Tâm đã đến hỏi về cái sổ tiết kiệm rồi. Bây giờ nhà tôi lục đục hết cả lên, mấy đứa em nghĩ tôi định giấu tiền của mẹ, vợ tôi thì giận tôi vì không nói trước với cô ấy.

Tôi không hiểu sao công ty lại đi nói chuyện của khách cho người khác như vậy, lại là chuyện tiền bạc nhạy cảm trong nhà. Tôi yêu cầu công ty kiểm tra xem ai đã nói, trả lời bằng văn bản cho tôi và có biện pháp xử lý người đó. Việc có tiếp tục làm với công ty hay không thì tôi sẽ tính sau.

Kiều Văn Tâm
0913 805 264
""", cte="quoted-printable"),
    "complaint", "vi",
    contact("Kiều Văn Tâm", "+84913805264", "kieuvantam.hd@gmail.com"),
    note="Grievance about the firm leaking a consultation to the sender's sister (data misuse).")

# u010 — service_request, teen-code divorce question
put(10, [
    ("From", addr("Thuy Lo", "lothuy.dienbien@gmail.com")),
    ("To", INFO),
    ("Subject", "hoi ly hon"),
    ("Date", date(2026, 1, 20, 23, 48, 5)),
    ("Message-ID", gmail_id(10)),
], text("""chao a/c luat su
e o Dien Bien, lay chong dc 6 nam co 2 chau 1 trai 1 gai. chong e ns chung la nhau suot, uong ruou ve la dap pha do dac, thang truoc danh e phai di tram y te khau 3 mui. e muon ly hon ma chong ko chiu ky don, e nghe ns don phuong dc ko a? 2 dua nho e muon nuoi ca 2, nha dat thi dung ten bo me chong nen chac e ko dc gi.
a/c tu van giup e thu tuc voi het bn tien, e o xa ko xuong dc thi lam qua dt dc ko a. e hoc it viet co gi sai a/c bo qua cho e
Lo Thi Thuy
sdt/zalo e 0977.406.318
""", cte="7bit"),
    "service_request", "vi",
    contact("Lo Thi Thuy", "+84977406318", "lothuy.dienbien@gmail.com"))

# u011 — access_request, windows-1258 body, retired teacher, landline
put(11, [
    ("From", addr("Trịnh Đình Lộc", "trinhdinhloc.gvht@yahoo.com.vn", "q")),
    ("To", INFO),
    ("Subject", ench("Đề nghị cung cấp dữ liệu cá nhân", "q")),
    ("Date", date(2026, 1, 21, 9, 30, 0)),
    ("Message-ID", "<%s.%s.%s@mail.yahoo.com>" % (rid(11, 9, "0123456789"), rid(111, 7, "0123456789"), rid(1111, 13, "0123456789"))),
    ("X-Mailer", "WebService/1.1.24794 YMailNorrin"),
], text("""Kính gửi Ban Giám đốc Công ty Luật TNHH An Khang Tín,

Tôi là Trịnh Đình Lộc, giáo viên nghỉ hưu, trú tại thôn Đông Hạ, xã Hoằng Hóa, tỉnh Thanh Hóa. Năm 2022 tôi đã ủy quyền cho Quý Công ty giải quyết việc chia tài sản chung sau ly hôn với bà Lê Thị Mến; vụ việc đã kết thúc bằng hòa giải thành tại Tòa án.

Căn cứ quyền của chủ thể dữ liệu theo Nghị định 13/2023/NĐ-CP, tôi đề nghị Quý Công ty:
1. Cho biết các loại dữ liệu cá nhân của tôi mà Công ty đang lưu giữ;
2. Cung cấp cho tôi một bản sao các dữ liệu đó (bản giấy gửi qua bưu điện theo địa chỉ trên, hoặc bản điện tử);
3. Cho biết thời hạn lưu trữ dự kiến.

Tôi không yêu cầu xóa, chỉ muốn được biết và giữ lại một bản cho gia đình.

Trân trọng cảm ơn.

Trịnh Đình Lộc
Điện thoại nhà: (0237) 3865 412
""", charset="windows-1258", cte="quoted-printable"),
    "access_request", "vi",
    contact("Trịnh Đình Lộc", "+842373865412", "trinhdinhloc.gvht@yahoo.com.vn",
            "thôn Đông Hạ, xã Hoằng Hóa, tỉnh Thanh Hóa"),
    note="windows-1258 body with combining tone marks (labels in NFC). 'Tôi không yêu cầu xóa' must not trigger deletion. Landline number.")

# u012 — automated bounce of the firm's own deletion confirmation
_orig12 = render([
    ("From", addr("Bộ phận Hỗ trợ khách hàng - Luật An Khang Tín", SUPPORT)),
    ("To", "tranvanquy.1957@gmal.com"),
    ("Subject", ench("Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu")),
    ("Date", date(2026, 1, 22, 15, 40, 12)),
    ("Message-ID", "<akt-%s@luatankhangtin.vn>" % rid(12, 16, "0123456789abcdef")),
], text("""Kính gửi ông Trần Văn Quý,

Theo đề nghị của ông ngày 15/01/2026, Công ty Luật TNHH An Khang Tín xác nhận đã xóa toàn bộ bản sao giấy tờ và thông tin liên hệ của ông khỏi hệ thống lưu trữ, trừ hợp đồng dịch vụ phải lưu theo quy định về kế toán.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Bộ phận Hỗ trợ khách hàng
Công ty Luật TNHH An Khang Tín
""")).replace(b"\r\n", b"\n")
put(12, [
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", SUPPORT),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("Date", date(2026, 1, 22, 8, 40, 15, 0)),
    ("Message-ID", "<%s.dsn@mx.google.com>" % rid(121, 20, "0123456789abcdef")),
    ("Auto-Submitted", "auto-replied"),
    ("In-Reply-To", "<akt-%s@luatankhangtin.vn>" % rid(12, 16, "0123456789abcdef")),
], multipart("report", [
    text("""
** Address not found **

Your message wasn't delivered to tranvanquy.1957@gmal.com because the domain gmal.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of gmal.com responded with code NXDOMAIN
Domain name not found: gmal.com
""", cte="7bit"),
    raw_part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 22 Jan 2026 01:40:12 -0800 (PST)

Final-Recipient: rfc822; tranvanquy.1957@gmal.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of gmal.com responded with code NXDOMAIN
Last-Attempt-Date: Thu, 22 Jan 2026 01:40:15 -0800 (PST)
"""),
    raw_part([("Content-Type", "message/rfc822")], _orig12),
], boundary(12), "; report-type=delivery-status"),
    "unknown", "en", NULL, automated=True,
    note="Bounce of the firm's own deletion confirmation; the embedded original mentions deleting personal data but is not customer text.")

# u013 — correction_request, grandmother via grandson's mailbox, new phone; old 11-digit number is a distractor
put(13, [
    ("From", addr("Tuấn Nguyễn", "tuan.nguyen.k19@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ench("Bà cháu nhờ sửa số điện thoại")),
    ("Date", date(2026, 1, 24, 20, 11, 38)),
    ("Message-ID", gmail_id(13)),
], text("""Cháu chào các cô chú ạ. Cháu là cháu nội của bà Đặng Thị Nở, bà nhờ cháu gõ hộ thư này. Dưới đây là lời bà cháu đọc:

"Tôi là Đặng Thị Nở, năm ngoái có nhờ công ty làm giấy tờ chia đất cho mấy đứa con. Cái số điện thoại cũ của tôi là 01683 752 941 mất rồi, mất cả cái máy ở chợ phiên hôm rằm, nên công ty gọi không được đâu. Số mới của tôi là 0329 176 584, nhờ công ty sửa lại trong hồ sơ cho tôi, có việc gì thì gọi số này. Còn thư từ thì cứ gửi về cái email này, thằng cháu nó đọc cho tôi nghe."

Cháu cảm ơn ạ.
""", cte="8bit"),
    "correction_request", "vi",
    contact("Đặng Thị Nở", "+84329176584", "tuan.nguyen.k19@gmail.com"),
    note="Typed by the grandson from his mailbox in the grandmother's words; the requester is Đặng Thị Nở and replies go to this mailbox. Old 11-digit number is a distractor.")

# u014 — service_request, English, very short, step-son adoption
put(14, [
    ("From", addr("Tom Whitaker", "tomwhit67@bigpond.com")),
    ("To", INFO),
    ("Subject", "adoption"),
    ("Date", date(2026, 1, 25, 17, 20, 9)),
    ("Message-ID", "<%s@bigpond.com>" % rid(14, 18, "0123456789abcdef")),
], text("""G'day - married a Vietnamese lady two years back and I want to formally adopt her boy (he's 9, lives with us in Vung Tau). Can one of your lawyers ring me to talk it through? 0818 440 972, after 5pm best.
Cheers, Tom
""", cte="7bit"),
    "service_request", "en",
    contact("Tom Whitaker", "+84818440972", "tomwhit67@bigpond.com"),
    note="Short; full name only from the From display name.")

# u015 — complaint, English, divorce papers sent to the husband (data leak), multipart/alternative
_p15 = """I am writing about something very serious.

On Monday 9 March your assistant emailed the draft divorce petition, my bank statements and the list of my savings to duc.hoang.ha@gmail.com. That is my husband's address, not mine. I never gave you that address; someone must have copied it from the marriage certificate scan or an old letter. He now knows I am filing, and he knows where my money is. He has already called my mother twice.

I chose your firm because I was promised everything would stay confidential. I want to know exactly what was sent, to whom, and what you are going to do about it. I also want a senior partner, not the assistant, to call me today: 0939 127 586.

Pham Thuy Linh
"""
_h15 = "<div dir=\"ltr\">" + "".join(
    "<p>%s</p>" % para.replace("\n", "<br>") for para in _p15.strip().split("\n\n")) + "</div>\n"
put(15, [
    ("From", addr("Linh Pham", "linh.pham.hn@protonmail.com")),
    ("To", SUPPORT),
    ("Subject", "You sent my divorce papers to my husband"),
    ("Date", date(2026, 3, 10, 7, 2, 44)),
    ("Message-ID", "<%s=@protonmail.com>" % rid(15, 40, _ALNUM + "_-")),
], multipart("alternative", [text(_p15, cte="7bit"), text(_h15, subtype="html", cte="7bit")], boundary(15)),
    "complaint", "en",
    contact("Pham Thuy Linh", "+84939127586", "linh.pham.hn@protonmail.com"),
    note="Data leak by the firm. The husband's address duc.hoang.ha@gmail.com is a distractor; name from the signature.")

# u016 — deletion_request, no diacritics, stop contacting + remove number
put(16, [
    ("From", addr("Quan Van Doi", "quanvandoi.cb@gmail.com")),
    ("To", INFO),
    ("Subject", "DUNG GOI CHO TOI NUA"),
    ("Date", date(2026, 1, 27, 6, 31, 57)),
    ("Message-ID", gmail_id(16)),
], text("""Toi da noi voi nhan vien ben anh chi qua dien thoai roi, gio noi lai bang thu cho ro.
Toi khong can tu van gi nua, chuyen nha toi toi tu giai quyet voi anh em trong nha. Tu nay dung goi, dung nhan tin, dung gui zalo cho toi. Xoa so 0964 208 371 cua toi ra khoi danh sach cua cong ty, xoa luon ten toi.
Quan Van Doi
""", cte="7bit"),
    "deletion_request", "vi",
    contact("Quan Van Doi", "+84964208371", "quanvandoi.cb@gmail.com"),
    note="'Stop contacting me and remove my number' without blaming the firm: deletion, not complaint.")

# u017 — unknown, pure thanks from an elderly client
put(17, [
    ("From", addr("Lê Thị Sen", "lethisen.hue@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Cảm ơn cô Hạnh")),
    ("Date", date(2026, 1, 28, 15, 5, 13)),
    ("Message-ID", gmail_id(17)),
], text("""Cô Hạnh và các cháu ở văn phòng thân mến,

Tuần rồi bên đăng ký đất đai đã trả sổ mới đứng tên tôi, vậy là chuyện nhà cửa lo mấy năm trời cuối cùng cũng xong. Tối qua tôi thắp nhang báo ông nhà tôi rồi. Mấy đứa con tôi cũng đã ngồi lại ăn với nhau bữa cơm, không còn giận nhau như hồi trước.

Tôi già rồi không biết nói chi hơn, chỉ biết cảm ơn cô với các cháu đã kiên nhẫn với bà già này, hỏi đi hỏi lại một chuyện mà không ai cáu. Tôi có gửi ra theo xe khách mấy hộp mè xửng với nải chuối nhà trồng, cô chia cho các cháu ăn lấy thảo.

Chúc cả văn phòng mạnh khỏe, làm ăn phát đạt.
Bà Sen
""", cte="quoted-printable"),
    "unknown", "vi",
    contact("Lê Thị Sen", None, "lethisen.hue@gmail.com"),
    note="Pure thanks after a finished matter; nothing is asked of the firm.")

# u018 — service_request, top-posted status question over the firm's acknowledgement
_mid18 = "<akt-%s@luatankhangtin.vn>" % rid(18, 16, "0123456789abcdef")
put(18, [
    ("From", addr("Đỗ Văn Khải", "dovankhai.nd@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ench("Re: [AKT] Xác nhận tiếp nhận hồ sơ thừa kế - ông Đỗ Văn Khải")),
    ("Date", date(2026, 3, 1, 9, 47, 20)),
    ("Message-ID", gmail_id(18)),
    ("In-Reply-To", _mid18),
    ("References", _mid18),
], text("""Chào cô Ngân,
Đã hơn 5 tuần từ hôm tôi gửi bản sao giấy chứng tử với sổ hộ khẩu cũ, cô cho tôi hỏi hồ sơ khai nhận thừa kế nhà tôi giờ đến bước nào rồi, phòng công chứng đã niêm yết chưa. Tháng sau em gái tôi ở Đài Loan về được có 10 ngày, nếu cần chữ ký của nó thì cô báo trước để tôi hẹn.
Cảm ơn cô.
Khải
(0912 650 873)

Vào Th 4, 21 thg 1, 2026 vào lúc 10:02 Phòng Tiếp nhận hồ sơ - Luật An Khang Tín <support@luatankhangtin.vn> đã viết:
> Kính gửi ông Đỗ Văn Khải,
>
> Công ty Luật TNHH An Khang Tín xác nhận đã nhận đủ hồ sơ khai nhận di sản thừa kế của gia đình ông, gồm: bản sao giấy chứng tử của cụ Đỗ Văn Tường, sổ hộ khẩu cũ, giấy chứng nhận quyền sử dụng đất số CS 04127.
>
> Chuyên viên phụ trách: Lê Thị Kim Ngân
> Hotline: 1800 63 65 | ĐT: (024) 3933 5127
> Địa chỉ: Tầng 4, số 27 Phan Đình Phùng, Phường Ba Đình, Hà Nội
""", cte="quoted-printable"),
    "service_request", "vi",
    contact("Đỗ Văn Khải", "+84912650873", "dovankhai.nd@gmail.com"),
    note="Polite status question on his matter (not a complaint). Quoted firm text has the hotline, office phone and address - not the sender's.")

# u019 — access_request, English, "where did you get my details?"
put(19, [
    ("From", addr("Hannah Nguyen", "hannah.ngn@gmail.com")),
    ("To", INFO),
    ("Subject", "where did you get my details?"),
    ("Date", date(2026, 1, 30, 13, 26, 8)),
    ("Message-ID", gmail_id(19)),
], text("""Hi,

Someone from your office rang me twice last week about a "free inheritance seminar for families with relatives overseas". I don't remember ever contacting your firm, though my aunt did use a law office in Hanoi for something to do with my grandmother's land a few years ago, so maybe that's the link.

I'm not upset, just curious and a bit cautious. Could you tell me what personal information you have on file about me and where it came from? A short email is fine.

Thanks,
Hannah Nguyen
+84 932 614 057
""", cte="7bit"),
    "access_request", "en",
    contact("Hannah Nguyen", "+84932614057", "hannah.ngn@gmail.com"),
    note="Asks what data is held and its source, explicitly not a complaint and no deletion request.")

# u020 — complaint, elderly man, rude staff on the hotline (hotline is a distractor), landline
put(20, [
    ("From", addr("Nông Văn Khuê", "nongvankhue.cb@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Phản ánh thái độ nhân viên nghe điện thoại")),
    ("Date", date(2026, 2, 4, 16, 2, 31)),
    ("Message-ID", gmail_id(20)),
], text("""Tôi năm nay 79 tuổi, tai hơi nặng, nói chuyện có chậm.

Sáng thứ Ba vừa rồi tôi gọi vào số 1800 63 65 của công ty để hỏi xem vụ chia đất nhà tôi đã nộp lên tòa chưa. Gọi 4 lần mới có người nghe, một cậu thanh niên. Tôi hỏi lại hai lần vì nghe không rõ thì cậu ấy gắt lên "ông nghe không được thì bảo con cháu gọi", rồi tôi còn nghe rõ cậu ấy nói với người bên cạnh "lại ông già lẩm cẩm" trước khi cúp máy.

Tôi đóng tiền cho công ty đầy đủ, không thiếu đồng nào. Tôi già thật nhưng không phải để người ta coi thường như thế. Đề nghị công ty xem lại cách nhân viên tiếp khách, cho tôi biết tên cậu ấy và có lời xin lỗi đàng hoàng.

Nông Văn Khuê
ĐT nhà: 0206 3852 417
""", cte="quoted-printable"),
    "complaint", "vi",
    contact("Nông Văn Khuê", "+842063852417", "nongvankhue.cb@gmail.com"),
    note="The quoted hotline 1800 63 65 is the firm's; the sender's number is his landline.")

# u021 — correction_request, English, surname spelling + new passport number (numbers are distractors)
put(21, [
    ("From", addr("Liam MacAulay", "liam.macaulay@gmail.com")),
    ("To", SUPPORT),
    ("Subject", "Update to my details on file - new passport + spelling"),
    ("Date", date(2026, 2, 5, 10, 44, 3, 0)),
    ("Message-ID", gmail_id(21)),
], multipart("alternative", [
    text("""Dear An Khang Tin team,

You helped my wife (Nguyễn Thị Mai Anh) and me with our marriage registration in Hue last spring, and I understand you are holding our file for the spouse visa paperwork later this year.

Two things in your records need fixing:
- My surname is MacAulay, not McAulay. Your last letter and the power of attorney draft both had it wrong.
- I renewed my passport in January. The old number 533820117 is cancelled; the new one is 147298803, issued 09/01/2026, expiring 09/01/2036.

Please update both and let me know once it's done. My Vietnamese mobile is 0765 219 384 if you need to check anything.

Best,
Liam MacAulay
""", cte="quoted-printable"),
    text("""<div dir="ltr">Dear An Khang Tin team,<br><br>You helped my wife (Nguyễn Thị Mai Anh) and me with our marriage registration in Hue last spring, and I understand you are holding our file for the spouse visa paperwork later this year.<br><br>Two things in your records need fixing:<br><ul><li>My surname is <b>MacAulay</b>, not McAulay. Your last letter and the power of attorney draft both had it wrong.</li><li>I renewed my passport in January. The old number 533820117 is cancelled; the new one is <b>147298803</b>, issued 09/01/2026, expiring 09/01/2036.</li></ul>Please update both and let me know once it's done. My Vietnamese mobile is 0765 219 384 if you need to check anything.<br><br>Best,<br>Liam MacAulay</div>
""", subtype="html", cte="quoted-printable"),
], boundary(21)),
    "correction_request", "en",
    contact("Liam MacAulay", "+84765219384", "liam.macaulay@gmail.com"),
    note="Passport numbers are not phone numbers; the wife's name also appears.")

# u022 — service_request, 'xoá tên' on the land certificate is a legal service, not data deletion
put(22, [
    ("From", addr("Trần Thị Lụa", "tranthilua.vl54@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Xin hỏi thủ tục xoá tên chồng trên sổ đỏ")),
    ("Date", date(2026, 2, 6, 14, 9, 50)),
    ("Message-ID", gmail_id(22)),
], text("""Thưa luật sư,

Chồng tôi là ông Nguyễn Văn Bé mất hồi tháng 8 năm rồi vì tai biến. Cái sổ đỏ nhà với miếng ruộng 2 công ở ấp Phú Hoà đứng tên hai vợ chồng. Giờ tôi già rồi, 71 tuổi, muốn làm giấy tờ cho rõ ràng để sau này để lại cho thằng út là thằng Tâm nó đang nuôi tôi. Mấy đứa lớn đều có gia đình riêng ở Sài Gòn với Bình Dương, tụi nó nói không giành giựt gì.

Cán bộ xã nói phải làm khai nhận di sản gì đó rồi mới xoá tên ông nhà tôi ra khỏi sổ được, mà tôi hỏi tới hỏi lui vẫn không hiểu đi đâu làm trước. Tôi nhờ luật sư chỉ giùm các bước, có cần mấy đứa con ký tên không, có phải tụi nó về hết không, và bên mình làm giùm trọn gói được không, giá bao nhiêu.

Thằng Tâm lập cái email này cho tôi, có gì điện cho tôi số 0789 362 415.

Trần Thị Lụa
ấp Phú Hoà, xã Long Hồ, tỉnh Vĩnh Long
""", cte="quoted-printable"),
    "service_request", "vi",
    contact("Trần Thị Lụa", "+84789362415", "tranthilua.vl54@gmail.com", "ấp Phú Hoà, xã Long Hồ, tỉnh Vĩnh Long"),
    note="'xoá tên' means removing the late husband's name from the land certificate - a legal service, not data deletion.")

# u023 — automated out-of-office, English
put(23, [
    ("From", addr("Matthew Reyes", "matt.reyes@outlook.com")),
    ("To", SUPPORT),
    ("Subject", "Automatic reply: Your marriage registration - documents checklist"),
    ("Date", date(2026, 2, 9, 3, 15, 42)),
    ("Message-ID", "<SY4P282MB%s@SY4P282MB.AUSP282.PROD.OUTLOOK.COM>" % rid(23, 12, "0123456789ABCDEF")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Thread-Topic", "Your marriage registration - documents checklist"),
], text("""Hi, thanks for your message.

I'm travelling with very limited access to email until 24 February and will reply when I'm back. Nothing is being forwarded in the meantime.

Matt
""", cte="7bit"),
    "unknown", "en", NULL, automated=True)

# u024 — deletion_request, formal withdrawal of consent after a free seminar (event place is not her address)
put(24, [
    ("From", addr("Châu Thị Mỹ Lệ", "myle.chau.tg@gmail.com", "q")),
    ("To", INFO),
    ("Subject", ench("Rút lại sự đồng ý xử lý dữ liệu cá nhân", "q")),
    ("Date", date(2026, 2, 10, 8, 1, 26)),
    ("Message-ID", gmail_id(24)),
], text("""Kính gửi Công ty,

Ngày 16/11/2025 tôi có tham dự buổi tư vấn pháp luật miễn phí về đất đai và thừa kế do Công ty tổ chức tại nhà văn hóa ấp Bình Thạnh, xã Chợ Gạo. Lúc đăng ký tôi có điền vào phiếu họ tên, năm sinh, số điện thoại, hoàn cảnh gia đình và có đánh dấu vào ô đồng ý cho Công ty sử dụng thông tin để liên hệ.

Tôi xin rút lại sự đồng ý đó kể từ hôm nay và đề nghị Công ty xóa toàn bộ thông tin của tôi đã ghi trong phiếu, kể cả bản chụp phiếu nếu có. Từ nay tôi không muốn nhận tin nhắn hay cuộc gọi mời dịch vụ nữa.

Xin cảm ơn.
Châu Thị Mỹ Lệ
0372 946 180
""", cte="quoted-printable"),
    "deletion_request", "vi",
    contact("Châu Thị Mỹ Lệ", "+84372946180", "myle.chau.tg@gmail.com"),
    note="Consent withdrawn with erasure. 'ấp Bình Thạnh, xã Chợ Gạo' is where the seminar was held, not her address.")

# u025 — unknown, a person's loan spam (not automated)
put(25, [
    ("From", addr("Nguyen Thu Trang", "hotro.vayvon247@gmail.com")),
    ("To", INFO),
    ("Subject", "Ho tro vay von nhanh - giai ngan trong ngay"),
    ("Date", date(2026, 2, 11, 11, 17, 3)),
    ("Message-ID", gmail_id(25)),
], text("""Chao anh chi
Ben em ho tro vay tin chap 20-500tr chi can CCCD, giai ngan trong ngay, lai suat tu 0.8%/thang, no xau van ho tro. Nhan dao han ngan hang, vay ho kinh doanh, vay theo so do.
Lien he Trang: 0 8 2 4 . 6 1 7 . 3 5 9 (zalo 24/7)
Xin loi neu lam phien anh chi
""", cte="7bit"),
    "unknown", "vi",
    contact("Nguyen Thu Trang", "+84824617359", "hotro.vayvon247@gmail.com"),
    note="Loan spam written by a person: automated=false, contact as given. Phone digits are spaced out.")

# u026 — complaint, English, double invoice, top-posted over the firm's invoice mail
put(26, [
    ("From", addr("Robert Chen", "rchen.sg@gmail.com")),
    ("To", SUPPORT),
    ("Cc", "ketoan@luatankhangtin.vn"),
    ("Subject", "RE: Invoice AKT-2026-0147 - Consultation fees"),
    ("Date", date(2026, 3, 2, 17, 38, 11)),
    ("Message-ID", gmail_id(26)),
    ("In-Reply-To", "<akt-inv-0147@luatankhangtin.vn>"),
], text("""Hello,

This is the second time I've been billed for the same consultation. I paid invoice AKT-2026-0112 on 28 January (VND 6,500,000, transfer ref RC0128) and now you've sent 0147 for the exact same two sessions about my father-in-law's land in Bien Hoa. Nobody picks up the hotline after 4pm, and my previous email went unanswered for nine days.

Cancel this invoice and explain how it happened. I'm not paying twice.

Robert Chen
Mobile: 0901 683 274

________________________________
From: Phòng Kế toán - Luật An Khang Tín <ketoan@luatankhangtin.vn>
Sent: Monday, 2 March 2026 9:14 AM
To: rchen.sg@gmail.com
Subject: Invoice AKT-2026-0147 - Consultation fees

Dear Mr. Chen,

Please find attached invoice AKT-2026-0147 for legal consultation services (2 sessions).
Amount due: VND 6,500,000. Bank: Techcombank, A/C 1903 5512 7740 18, beneficiary CONG TY LUAT TNHH AN KHANG TIN.
For questions please call our hotline 1800 63 65.

Accounting Department
An Khang Tin Law Firm
""", cte="quoted-printable"),
    "complaint", "en",
    contact("Robert Chen", "+84901683274", "rchen.sg@gmail.com"),
    note="Top-posted over quoted firm invoice; bank account and hotline in the quote are the firm's.")

# u027 — service_request, no diacritics, wants help with a civil-status correction (government record)
put(27, [
    ("From", addr("lam van sau", "lamvansau1952@gmail.com")),
    ("To", INFO),
    ("Subject", "hoi ve sai nam sinh trong giay to"),
    ("Date", date(2026, 2, 12, 6, 12, 40)),
    ("Message-ID", gmail_id(27)),
], text("""chao van phong luat
toi ten Lam Van Sau sinh nam 1952 o Ben Tre. giay khai sinh cu (lam lai nam 1978) thi ghi 1954, con can cuoc moi lam thi lay theo so ho khau nen ghi 1952. gio toi di lam ho so huong tro cap nguoi cao tuoi voi ho so nhan thua ke mieng dat ong gia de lai thi ben xa noi giay to khong khop nhau, bat toi phai di cai chinh ho tich roi moi lam tiep duoc. toi gia roi chay qua chay lai ubnd may lan ma lan nao ho cung doi them mot thu, met qua.
nho luat su lam dum toi thu tuc cai chinh nam sinh, toi chiu chi phi. can giay gi toi gui, toi co giay khai sinh ban goc, can cuoc, so ho khau cu, giay xuat ngu nam 1979 ghi nam sinh 1952.
dt toi 0366 802 157, goi buoi sang
Lam Van Sau
""", cte="7bit"),
    "service_request", "vi",
    contact("Lam Van Sau", "+84366802157", "lamvansau1952@gmail.com"),
    note="Wants the firm to handle a civil-status correction of his birth year at the authorities - a service, not correction of data the firm holds.")

# u028 — access_request, "bên mình còn giữ những gì của tôi", rambling
put(28, [
    ("From", addr("Ngô Thị Tuyết", "ngothituyet.bg@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Hỏi lại giấy tờ hồi trước")),
    ("Date", date(2026, 2, 13, 19, 55, 17)),
    ("Message-ID", gmail_id(28)),
], text("""Chào văn phòng,

Tôi là Ngô Thị Tuyết, quê Bắc Giang. Hồi cuối năm 2023 tôi có lên văn phòng mình ở Hà Nội hỏi chuyện ly hôn với ông chồng, gặp một chị luật sư đeo kính tên là Hạnh. Chị ấy có chụp lại chứng minh thư, giấy đăng ký kết hôn, mấy cái tin nhắn của chồng tôi và ghi chép khá nhiều chuyện trong nhà, tôi còn điền một tờ phiếu thông tin có cả số tài khoản với chỗ làm của con gái tôi nữa. Sau đó vợ chồng tôi làm lành nên tôi không làm tiếp.

Giờ ông nhà tôi mất rồi, tháng 9 năm ngoái, tôi dọn dẹp đồ đạc mới nhớ ra chuyện đó. Tôi muốn hỏi là bên mình còn giữ những gì của tôi, cả giấy tờ lẫn những gì ghi chép về tôi và gia đình tôi, giữ ở đâu, ai được xem. Nếu được thì gửi cho tôi một bản kê hoặc bản sao để tôi biết.

Tôi cảm ơn.
Ngô Thị Tuyết
0397 518 264
""", cte="8bit"),
    "access_request", "vi",
    contact("Ngô Thị Tuyết", "+84397518264", "ngothituyet.bg@gmail.com"),
    note="Access phrased indirectly: 'bên mình còn giữ những gì của tôi'.")

# u029 — correction_request, teen-code, new email in body wins over From
put(29, [
    ("From", addr("Nhi Đào", "nhi.daothi99@yahoo.com")),
    ("To", SUPPORT),
    ("Subject", "cap nhat email"),
    ("Date", date(2026, 2, 14, 21, 3, 9)),
    ("Message-ID", "<%s.%s@mail.yahoo.com>" % (rid(29, 9, "0123456789"), rid(292, 7, "0123456789"))),
], text("""hi cty, e la Dao Thi Yen Nhi, e moi cuoi chong nen ko xai mail yahoo nay nua (mk quen mk rui hihi). a/c doi giup e sang mail moi: yennhi.dao.2024@gmail.com nhe, co j gui ve do giup e. sdt e ko doi: 0799 305 124. tks a/c nhiu
""", cte="7bit"),
    "correction_request", "vi",
    contact("Dao Thi Yen Nhi", "+84799305124", "yennhi.dao.2024@gmail.com"),
    note="New email in the body differs from From and is the contact address.")

# u030 — unknown, wrong recipient: an old woman writing to her nephew
put(30, [
    ("From", addr("Tran Thi Dao", "tranthidao1950@gmail.com")),
    ("To", INFO),
    ("Subject", "gui thang Hung"),
    ("Date", date(2026, 2, 15, 10, 40, 0)),
    ("Message-ID", gmail_id(30)),
], text("""Hung oi co day.
Co nho con tim giup luat su roi ma chua thay con noi gi. Chuyen mieng dat ben bo song cua ong noi de lai, bac Ba con noi la muon chia lam 3, co thi sao cung duoc mien la anh em khong cai nhau. Con ranh thi ve que mot chuyen, co dua cho con coi cai giay ong noi viet tay nam 1994 roi con hoi nguoi luat su ban con xem giay do co gia tri khong.
Co gui vo cai dia chi mail nay la con Thao no chi cho, khong biet co dung cua con khong. Con doc duoc thi goi cho co nhe, so co van la 0339 614 275.
Co Dao
""", cte="7bit"),
    "unknown", "vi",
    contact("Tran Thi Dao", "+84339614275", "tranthidao1950@gmail.com"),
    note="Wrong recipient: a private letter to her nephew about family land, nothing asked of the firm.")

# u031 — service_request, forward of the brother's email as context
put(31, [
    ("From", addr("Lương Văn Cường", "luongcuong.langson@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Fwd: chuyện mảnh đất ở Na Sầm")),
    ("Date", date(2026, 2, 16, 7, 28, 34)),
    ("Message-ID", gmail_id(31)),
], text("""Gửi luật sư xem giúp tôi cái thư anh trai tôi gửi, tôi đọc mà không biết trả lời sao cho phải. Anh ấy đòi tôi ký giấy từ chối nhận thừa kế, nói là để anh làm sổ cho nhanh rồi sau chia lại cho tôi. Tôi không tin lắm.
Tôi có nên ký không, ký rồi thì sau này còn đòi lại được không? Tôi muốn hẹn gặp trực tiếp một buổi, thứ bảy tôi xuống Hà Nội được.

Cường - 0868 193 540

---------- Forwarded message ---------
Từ: Lương Văn Toản <toanluong68@gmail.com>
Date: CN, 8 thg 2, 2026 lúc 21:14
Subject: chuyện mảnh đất ở Na Sầm
To: <luongcuong.langson@gmail.com>


Cường à, anh nói luôn cho nhanh. Đất của bố ở Na Sầm bây giờ muốn làm sổ thì mấy anh em phải ký hết, chị Lành với cô Út ký rồi, còn mỗi mày. Mày ký cái giấy từ chối đi, anh đứng tên cho gọn, sau này bán được thì anh chia cho mày phần của mày, anh em ruột chả lẽ anh lại ăn của mày.
Tuần sau anh nhờ người mang giấy xuống, mày ký rồi gửi lại. Có gì gọi anh 0983 402 615.
Anh Toản
""", cte="quoted-printable"),
    "service_request", "vi",
    contact("Lương Văn Cường", "+84868193540", "luongcuong.langson@gmail.com"),
    note="Forward: the brother's email, phone 0983 402 615 and name belong to the forwarded message, not the sender.")

# u032 — deletion_request, English, widow, format=flowed, UK address
put(32, [
    ("From", addr("Margaret Hollis", "m.hollis1950@gmail.com")),
    ("To", INFO),
    ("Subject", "My late husband's file"),
    ("Date", date(2026, 2, 17, 11, 20, 35, 0)),
    ("Message-ID", "<%s@gmail.com>" % rid(32, 30, "0123456789abcdef")),
    ("User-Agent", "Mozilla Thunderbird"),
], text("""Dear Sirs,

My husband, Peter Hollis, died in Da Nang last year, and your firm very  
kindly helped me with the paperwork afterwards: the apartment lease, his  
bank account and so on. I have since moved back to England to be near our  
daughter.

There is nothing further I need from you. I would be grateful if you  
would now erase the personal information you hold about me and about  
Peter - the copies of our passports, his death certificate, the medical  
letters, my bank details. I see no reason for any of it to be kept, and I  
would rather it were not sitting on a computer somewhere.

If there is something you are obliged by law to keep, perhaps you could  
tell me what it is.

With thanks and kind regards,
Margaret Hollis
12 Church Lane, Ledbury, Herefordshire HR8 1DW
""", cte="7bit", flowed=True),
    "deletion_request", "en",
    contact("Margaret Hollis", None, "m.hollis1950@gmail.com", "12 Church Lane, Ledbury, Herefordshire HR8 1DW"))

# u033 — complaint, no diacritics, deposit paid but nothing filed; account number is a distractor
put(33, [
    ("From", addr("Duong Thi Kim Thoa", "kimthoa.duong79@gmail.com")),
    ("To", INFO),
    ("Subject", "yeu cau hoan tien tam ung"),
    ("Date", date(2026, 2, 23, 20, 33, 12)),
    ("Message-ID", gmail_id(33)),
], text("""Gui cong ty Luat An Khang Tin

Ngay 3/11/2025 toi da chuyen 15.000.000d tien tam ung cho cong ty (noi dung CK: DUONG THI KIM THOA TAM UNG VU THUA KE) de nho luat su Tran Quoc Bao lam ho so khoi kien chia thua ke cho me toi. Hua 1 thang nop don len toa. Den nay da hon 3 thang, toi goi thi luc nao cung noi dang lam, hom 20/2 toi len toa hoi thi toa noi chua co don nao cua nha toi ca. Toi thay minh bi lua, tien thi mat ma viec khong ai lam.

Toi yeu cau cong ty tra lai so tien tam ung, chuyen vao tai khoan Vietcombank 0071 0004 82915 chu tai khoan Duong Thi Kim Thoa. Neu trong 7 ngay khong giai quyet toi se gui don len Doan luat su.

Duong Thi Kim Thoa
dt 0854 731 062
""", cte="7bit"),
    "complaint", "vi",
    contact("Duong Thi Kim Thoa", "+84854731062", "kimthoa.duong79@gmail.com"),
    note="Bank account number is a distractor.")

# u034 — automated out-of-office, Vietnamese, contains phone numbers that are not a contact
put(34, [
    ("From", addr("Nguyễn Hữu Phước", "phuoc.nguyenhuu@quangngaiagri.vn")),
    ("To", SUPPORT),
    ("Subject", ench("Trả lời tự động: Đề nghị bổ sung bản sao trích lục khai tử", "q")),
    ("Date", date(2026, 2, 24, 14, 2, 55)),
    ("Message-ID", "<%s@quangngaiagri.vn>" % rid(34, 24, "0123456789abcdef")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
], text("""Cảm ơn anh/chị đã gửi thư.

Tôi đang đi công tác tại các huyện miền núi, sóng điện thoại và mạng không ổn định, đến hết ngày 06/03/2026 mới về lại văn phòng. Việc gấp về hồ sơ của gia đình xin liên hệ em gái tôi là chị Nguyễn Thị Thảo, số 0255 3822 691 (giờ hành chính).

Nguyễn Hữu Phước
""", cte="quoted-printable"),
    "unknown", "vi", NULL, automated=True,
    note="Out-of-office reply of a client; the relative's number is not a contact.")

# u035 — access_request, no diacritics, empty subject
put(35, [
    ("From", addr("Ta Quang Vinh", "taquangvinh.tn@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ""),
    ("Date", date(2026, 2, 25, 12, 0, 48)),
    ("Message-ID", gmail_id(35)),
], text("""Chao cty,
Nam ngoai toi co nho cty tu van vu tranh chap ranh dat voi nha hang xom o Thai Nguyen, co dien form tren web va gui qua mail may giay to. Bay gio toi muon biet cty dang luu nhung thong tin gi ve toi: ten, sdt, dia chi, anh cccd, so do hay cai gi nua, luu tu bao gio, co dua cho ai ngoai khong. Gui lai cho toi ban sao nhung thong tin do qua mail nay.
Ta Quang Vinh - 0347 925 608
""", cte="7bit"),
    "access_request", "vi",
    contact("Ta Quang Vinh", "+84347925608", "taquangvinh.tn@gmail.com"),
    note="Empty subject.")

# u036 — correction_request, wrong birth date and ID digit in the firm's client profile
put(36, [
    ("From", addr("Mai Xuân Trường", "maixuantruong56@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ench("Hồ sơ khách hàng ghi sai năm sinh của tôi", "q")),
    ("Date", date(2026, 2, 26, 15, 31, 6)),
    ("Message-ID", gmail_id(36)),
], text("""Chào chị Ngân,

Hôm trước chị gửi cho tôi cái phiếu xác nhận thông tin khách hàng để ký, tôi đọc lại thì thấy ghi ngày sinh của tôi là 14/7/1958, trong khi đúng phải là 14/7/1956 như trên căn cước. Số căn cước cũng sai một số: đúng là 036056004817, trên phiếu lại ghi 036058004817. Chắc là gõ nhầm.

Chị sửa lại giúp tôi trong hồ sơ bên công ty trước khi gửi giấy tờ ra phòng công chứng, kẻo lại phải làm đi làm lại. Tôi đã gạch và ghi tay bên cạnh rồi nhưng sợ máy bên mình vẫn lưu cái sai.

Mai Xuân Trường
ĐT: 0982 457 013
""", cte="quoted-printable"),
    "correction_request", "vi",
    contact("Mai Xuân Trường", "+84982457013", "maixuantruong56@gmail.com"),
    note="Correction of data in the firm's own client profile; ID numbers are distractors.")

# u037 — service_request, base64 body, will for a bedridden mother, home visit
put(37, [
    ("From", addr("Hà Thị Thu Phương", "thuphuong.ha1970@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Nhờ lập di chúc cho mẹ già tại nhà")),
    ("Date", date(2026, 2, 27, 8, 14, 22)),
    ("Message-ID", gmail_id(37)),
], text("""Dạ kính chào Văn phòng,

Mẹ tôi năm nay 88 tuổi, đầu óc còn minh mẫn nhưng chân yếu, không đi lại được nữa. Cụ muốn lập di chúc chia cái nhà và mảnh vườn cho các con, và muốn để riêng một phần cho đứa cháu đích tôn. Gia đình muốn mời luật sư và công chứng viên đến tận nhà để cụ lập di chúc cho đúng thủ tục, tránh sau này anh em nói ra nói vào.

Xin hỏi bên mình có nhận đến tận nhà không (nhà ở Phú Thọ, cách Hà Nội chừng 80 cây số), chi phí đi lại tính thế nào, và cần chuẩn bị sẵn những giấy tờ gì. Gia đình mong làm được trong tháng 3 vì sức khỏe cụ dạo này không ổn định.

Trân trọng,
Hà Thị Thu Phương
SĐT: 0915.723.046
Địa chỉ: số 12 ngõ 5 đường Hùng Vương, phường Thanh Miếu, tỉnh Phú Thọ
""", cte="base64"),
    "service_request", "vi",
    contact("Hà Thị Thu Phương", "+84915723046", "thuphuong.ha1970@gmail.com",
            "số 12 ngõ 5 đường Hùng Vương, phường Thanh Miếu, tỉnh Phú Thọ"),
    note="Base64-encoded body.")

# u038 — unknown, job application with a (fake) PDF attachment
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
put(38, [
    ("From", addr("Giàng Thị Mai", "giangthimai.lawhue@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Ứng tuyển thực tập sinh pháp lý - Giàng Thị Mai")),
    ("Date", date(2026, 3, 1, 20, 5, 31)),
    ("Message-ID", gmail_id(38)),
], multipart("mixed", [
    text("""Kính gửi anh chị phụ trách tuyển dụng,

Em là Giàng Thị Mai, vừa tốt nghiệp cử nhân Luật tại Trường Đại học Luật, Đại học Huế. Em là người H'Mông, lớn lên ở vùng cao nên đã chứng kiến nhiều gia đình ở quê em mất đất, lấy chồng nước ngoài qua môi giới hoặc ly hôn mà không biết mình có quyền gì. Em đọc các bài viết về đất đai, hôn nhân gia đình trên trang của công ty và rất mong được thực tập tại bộ phận này.

Em biết tiếng H'Mông và tiếng Anh ở mức giao tiếp. Em xin gửi kèm CV, mong anh chị xem xét.

Em cảm ơn anh chị.
Giàng Thị Mai
Điện thoại: 0395 204 817
Thôn Lùng Tám, xã Quản Bạ, tỉnh Tuyên Quang
""", cte="quoted-printable"),
    raw_part([("Content-Type", 'application/pdf; name="CV_GiangThiMai.pdf"'),
              ("Content-Disposition", 'attachment; filename="CV_GiangThiMai.pdf"'),
              ("Content-Transfer-Encoding", "base64")], base64.encodebytes(_pdf)),
], boundary(38)),
    "unknown", "vi",
    contact("Giàng Thị Mai", "+84395204817", "giangthimai.lawhue@gmail.com", "Thôn Lùng Tám, xã Quản Bạ, tỉnh Tuyên Quang"),
    note="Job application (CV attached), not a customer request.")

# u039 — complaint, English, earlier deletion request ignored, marketing calls continue
put(39, [
    ("From", addr("Sophie Laurent", "sophie.laurent.vn@gmail.com")),
    ("To", SUPPORT),
    ("Subject", "Formal complaint - my request was ignored"),
    ("Date", date(2026, 3, 4, 9, 2, 17)),
    ("Message-ID", gmail_id(39)),
], text("""On 14 January I wrote to this address asking you to stop contacting me and to remove my details, once my mother's inheritance matter was closed. I received an acknowledgement the same day.

Since then I have had three calls and at least five text messages from your staff promoting "family asset planning" packages, the last one yesterday at 9:40 pm. One caller even knew my mother had passed away and used it in the sales pitch, which I found deeply upsetting.

This is no longer an oversight. I want a written explanation of why my request was not acted on, who has had access to my details since January, and what disciplinary or corrective steps you are taking. If I do not hear back within ten days I will take this to the Bar Federation and to the Ministry of Public Security's data protection department.

Sophie Laurent
0708 416 932
""", cte="7bit"),
    "complaint", "en",
    contact("Sophie Laurent", "+84708416932", "sophie.laurent.vn@gmail.com"),
    note="Mentions an earlier deletion request, but this mail is a grievance about the firm ignoring it and misusing her data.")

# u040 — deletion_request, top-posted reply over the firm's newsletter
put(40, [
    ("From", addr("Bùi Văn Lạc", "buivanlac@yahoo.com.vn")),
    ("To", INFO),
    ("Subject", ench("Re: Bản tin pháp luật gia đình tháng 2/2026 - An Khang Tín")),
    ("Date", date(2026, 3, 5, 18, 22, 4)),
    ("Message-ID", "<%s.%s@mail.yahoo.com>" % (rid(40, 9, "0123456789"), rid(404, 7, "0123456789"))),
    ("In-Reply-To", "<bantin-202602-%s@luatankhangtin.vn>" % rid(400, 8, "0123456789")),
], text("""Thôi các cô các cậu đừng gửi mấy cái bản tin này cho tôi nữa. Tôi làm xong cái giấy sang tên từ năm kia rồi, không cần gì thêm. Xóa tên với email của tôi ra khỏi danh sách của công ty đi, số điện thoại cũng xóa.

Bùi Văn Lạc


Vào Thứ Hai, 9 tháng 2, 2026 lúc 08:00:12 GMT+7, An Khang Tín <bantin@luatankhangtin.vn> đã viết:

> Kính gửi ông Bùi Văn Lạc,
>
> BẢN TIN PHÁP LUẬT GIA ĐÌNH THÁNG 2/2026
> - Di chúc miệng có còn giá trị khi người lập đã qua đời?
> - Chia tài sản khi bố mẹ tái hôn: con riêng được hưởng gì?
> - Ưu đãi 20% phí tư vấn thừa kế trong tháng 3.
>
> Đặt lịch tư vấn: 1800 63 65
> Để ngừng nhận bản tin, vui lòng bấm "Hủy đăng ký" ở cuối thư.
""", cte="quoted-printable"),
    "deletion_request", "vi",
    contact("Bùi Văn Lạc", None, "buivanlac@yahoo.com.vn"),
    note="Human reply on top of a quoted firm newsletter; the quote contains the hotline and an unsubscribe line.")

# u041 — service_request, English, UK national marrying an ethnic Khmer woman in An Giang
_p41 = """Hello,

My fiancée, Thach Thi Sa Rum, and I would like to register our marriage in Vietnam this summer. She lives with her parents in Tri Ton, An Giang; I'm in Cardiff at the moment but will be in Vietnam from 2 June for about five weeks.

I've read conflicting things online about whether we now register at the commune or the provincial level, and which of my documents have to be legalised in the UK first. I've been divorced once, so I assume my decree absolute comes into it.

Could you tell me:
1) whether your firm can handle the whole process, including translations;
2) roughly what it would cost;
3) whether we could meet in person in early June - Can Tho or HCMC would suit us.

Her family don't speak English, so it would really help if someone could also ring her father, Mr Thach Chanh, on 0919 552 043 to explain things in Vietnamese.

I've already got a Vietnamese SIM, 0703 118 546 - WhatsApp works on it now.

Many thanks,
Gareth Pryce
"""
_h41 = ("<div dir=\"ltr\">" + _p41.replace("&", "&amp;").replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>")
        + "</div>\n")
put(41, [
    ("From", addr("Gareth Pryce", "gareth.pryce@btinternet.com")),
    ("To", INFO),
    ("Subject", "Marriage registration - UK national + Vietnamese fiancee (An Giang)"),
    ("Date", date(2026, 3, 6, 21, 47, 29, 0)),
    ("Message-ID", "<%s@btinternet.com>" % rid(41, 22, "0123456789abcdef")),
], multipart("alternative", [text(_p41, cte="quoted-printable"), text(_h41, subtype="html", cte="quoted-printable")], boundary(41)),
    "service_request", "en",
    contact("Gareth Pryce", "+84703118546", "gareth.pryce@btinternet.com"),
    note="The fiancée's father's number 0919 552 043 is a distractor.")

# u042 — automated notification from a public-service portal (names a client, but nobody to answer)
put(42, [
    ("From", addr("Cổng Dịch vụ công tỉnh Bắc Ninh", "noreply@dichvucong.bacninh.gov.vn")),
    ("To", INFO),
    ("Subject", ench("Thông báo tiếp nhận hồ sơ 000.00.23.H06-260312-0047", "q")),
    ("Date", date(2026, 3, 12, 10, 31, 2)),
    ("Message-ID", "<%s@dichvucong.bacninh.gov.vn>" % rid(42, 20, "0123456789abcdef")),
    ("Auto-Submitted", "auto-generated"),
], text("""CỔNG DỊCH VỤ CÔNG TỈNH BẮC NINH

Hồ sơ của ông/bà đã được tiếp nhận.
- Mã hồ sơ: 000.00.23.H06-260312-0047
- Thủ tục: Đăng ký biến động quyền sử dụng đất do nhận thừa kế
- Người nộp: Công ty Luật TNHH An Khang Tín (theo ủy quyền của bà Lương Thị Hoa)
- Ngày tiếp nhận: 12/03/2026
- Ngày hẹn trả kết quả: 02/04/2026

Tra cứu tình trạng hồ sơ tại https://dichvucong.bacninh.gov.vn/tra-cuu
Đây là thư tự động, vui lòng không trả lời thư này.
""", cte="quoted-printable"),
    "unknown", "vi", NULL, automated=True,
    note="System notification; the client name inside is not a sender.")

# u043 — correction_request, mixed Vietnamese/English, moved abroad: new address and new number
put(43, [
    ("From", addr("Lê Thị Bảo Trâm", "baotram.le.dubois@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ench("Cập nhật thông tin / Update of my contact details")),
    ("Date", date(2026, 3, 13, 9, 12, 37, 1)),
    ("Message-ID", gmail_id(43)),
], text("""Chào anh chị,

Em là Lê Thị Bảo Trâm, năm ngoái bên mình làm hồ sơ kết hôn cho em với chồng em là anh Julien Dubois. Em qua Pháp rồi nên nhờ chồng viết giúp phần dưới bằng tiếng Anh cho rõ ạ.

Please update Bao Tram's contact details in your file:
- New address: 14 rue Paul Bert, 69003 Lyon, France
- Her old Vietnamese number 0903 581 446 has been cancelled. Her new number is 0862 773 019 (eSIM, she can receive calls and WhatsApp in France).
The email stays the same.

Em cảm ơn nhiều ạ. Merci!
Bảo Trâm
""", cte="quoted-printable"),
    "correction_request", "mixed",
    contact("Lê Thị Bảo Trâm", "+84862773019", "baotram.le.dubois@gmail.com", "14 rue Paul Bert, 69003 Lyon, France"),
    note="Mixed Vietnamese/English; the husband's name appears and the old number is a distractor.")

# u044 — complaint, firm's drafting mistake ('sửa lại' is about the firm's error, not personal data), base64
put(44, [
    ("From", addr("Hồ Thị Bích Liên", "bichlien.ho.qn@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Hợp đồng ghi sai số thửa, bố mẹ tôi phải đi lại lần thứ hai")),
    ("Date", date(2026, 3, 14, 13, 45, 58)),
    ("Message-ID", gmail_id(44)),
], text("""Chào luật sư Bảo,

Hợp đồng tặng cho quyền sử dụng đất mà văn phòng soạn để bố mẹ tôi sang tên cho vợ chồng em trai tôi ghi số thửa là 215, tờ bản đồ số 12, trong khi trên sổ đỏ là thửa 251. Hôm thứ Năm cả nhà đưa bố mẹ tôi lên phòng công chứng, bố tôi 82 tuổi phải ngồi xe lăn, thì bị trả về vì sai. Đây là lần thứ hai rồi, lần trước thì sai tên đệm của mẹ tôi.

Tiền thuê xe, tiền thuê người đẩy xe lăn, cả nhà nghỉ làm một ngày, ai chịu? Tôi đề nghị văn phòng sửa lại hợp đồng ngay, kiểm tra kỹ từng con số, không thu thêm bất kỳ khoản phí nào và cử người xuống tận nhà cho bố mẹ tôi ký, chứ không thể bắt ông bà đi thêm chuyến nữa.

Bích Liên
0972 318 640
""", cte="base64"),
    "complaint", "vi",
    contact("Hồ Thị Bích Liên", "+84972318640", "bichlien.ho.qn@gmail.com"),
    note="Firm's repeated drafting errors; 'sửa lại hợp đồng' is not a personal-data correction. Base64 body.")

# u045 — access_request, HTML only, wants recordings and notes of his consultations
put(45, [
    ("From", addr("Vi Văn Thắm", "vivantham.sonla@gmail.com")),
    ("To", SUPPORT),
    ("Subject", ench("Xin xem lại ghi âm với ghi chép về tôi")),
    ("Date", date(2026, 3, 16, 19, 8, 14)),
    ("Message-ID", "<%s@gmail.com>" % rid(45, 26, "0123456789abcdef")),
    ("X-Mailer", "Microsoft Outlook for Android"),
], text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div>Chào anh chị bên công ty,</div>
<div><br></div>
<div>Vụ tranh chấp đất nương với ông Quàng Văn Hịch xong rồi, tòa xử cho tôi được giữ đất, tôi cảm ơn. Lúc làm vụ này luật sư Bảo có ghi âm mấy cuộc nói chuyện qua điện thoại với tôi và ghi sổ nhiều thứ tôi kể về gia đình, về chuyện nợ nần của tôi.</div>
<div><br></div>
<div>Tôi muốn xin xem lại những cái đó: bản ghi âm, mấy trang ghi chép, và các thông tin về tôi mà công ty còn lưu trong máy. Gửi qua email này cũng được, hoặc hẹn tôi xuống văn phòng xem.</div>
<div><br></div>
<div>Vi Văn Thắm<br>bản Nà Ngần, xã Mường La, tỉnh Sơn La<br>ĐT 0354 087 691</div>
</body></html>
""", subtype="html", cte="quoted-printable"),
    "access_request", "vi",
    contact("Vi Văn Thắm", "+84354087691", "vivantham.sonla@gmail.com", "bản Nà Ngần, xã Mường La, tỉnh Sơn La"),
    note="HTML only. Asks to see recordings/notes and data held about him; the case itself is finished.")

# u046 — service_request, debt between relatives, demand letter; bank account is a distractor
put(46, [
    ("From", addr("nguyen thi hoa", "hoanguyen.kontum@gmail.com")),
    ("To", INFO),
    ("Subject", ench("nhờ luật sư viết giấy đòi nợ em họ")),
    ("Date", date(2026, 3, 18, 22, 30, 41)),
    ("Message-ID", gmail_id(46)),
], text("""Chào luât sư ạ

Em là Nguyễn Thị Hoà ở Kon Tum. Năm 2022 em họ bên ngoại của em tên Võ Minh Luân mượn em 230 triệu để mở tiệm sửa xe, hứa 1 năm trả. Tiền em chuyễn khoản 2 lần từ tài khoản Agribank 5100 2050 48731 của em, còn 30 triệu đưa tiền mặt có mẹ em ngồi đó. Không làm giấy tờ gì vì nghĩ người nhà, chỉ có tin nhắn zalo nó nói "chị cho em mượn đỡ, cuối năm em gửi".
Tới giờ 3 năm rồi nó không trả đồng nào, gọi thì không nghe, đi xe mới, còn nói với bà con là em cho nó chứ không phải cho mượn. Mẹ em thì khóc suốt vì mẹ nó với mẹ em là chị em ruột.

Em muốn nhờ bên mình soạn cho em một cái thư đòi nợ có tên văn phòng luật sư gửi cho nó trước, nếu nó vẫn không trả thì mới tính tới kiện. Cho em hỏi làm thư như vậy hết bao nhiêu tiền, tin nhắn zalo có làm bằng chứng được không ạ.

Số em: 0935 871 206
Hoà
""", cte="8bit"),
    "service_request", "vi",
    contact("Nguyễn Thị Hoà", "+84935871206", "hoanguyen.kontum@gmail.com"),
    note="Name from the body (From display is lowercase without diacritics). Bank account number is a distractor.")

# u047 — unknown, Tet greeting from a past client, no diacritics
put(47, [
    ("From", addr("Hoang Van Nam", "hoangnam.daklak@gmail.com")),
    ("To", INFO),
    ("Subject", "chuc mung nam moi Binh Ngo 2026"),
    ("Date", date(2026, 2, 16, 20, 0, 3)),
    ("Message-ID", gmail_id(47)),
], text("""Nhan dip xuan Binh Ngo, gia dinh toi kinh chuc luat su Bao cung toan the anh chi em trong cong ty mot nam moi suc khoe doi dao, van su nhu y. Nho co cong ty ma vu dat cua ba toi o Buon Ma Thuot nam ngoai xong xuoi, ca nha deu nho on.
Hoang Van Nam va gia dinh
""", cte="7bit"),
    "unknown", "vi",
    contact("Hoang Van Nam", None, "hoangnam.daklak@gmail.com"),
    note="New-year greeting only.")

# u048 — deletion_request, English, one line
put(48, [
    ("From", addr("Daniel Kessler", "dkessler@posteo.de")),
    ("To", SUPPORT),
    ("Subject", "consent"),
    ("Date", date(2026, 3, 20, 23, 4, 50, 1)),
    ("Message-ID", "<%s@posteo.de>" % rid(48, 20, "0123456789abcdef")),
], text("""I withdraw whatever consent I gave you during the 2024 custody consultation - erase all records relating to me and confirm when done. D.K.
""", cte="7bit"),
    "deletion_request", "en",
    contact("Daniel Kessler", None, "dkessler@posteo.de"),
    note="One line; name only from the From display name.")

# u049 — complaint, marriage-with-foreigner dossier delayed by the firm's own translation errors
put(49, [
    ("From", addr("Trương Thị Ánh", "truongthianh.hp@gmail.com")),
    ("To", INFO),
    ("Subject", ench("Hồ sơ kết hôn với người Hàn Quốc chậm gần 4 tháng")),
    ("Date", date(2026, 2, 28, 10, 6, 19)),
    ("Message-ID", gmail_id(49)),
], text("""Kính gửi công ty,

Tôi ký hợp đồng dịch vụ với công ty ngày 5/11/2025 để làm hồ sơ đăng ký kết hôn với anh Park Jun-ho (quốc tịch Hàn Quốc). Lúc ký, chị tư vấn cam kết trong vòng 30 ngày làm việc sẽ xong, tôi đã đóng đủ 18 triệu.

Đến nay đã gần 4 tháng. Lúc thì nói thiếu giấy xác nhận tình trạng hôn nhân, lúc thì nói bản dịch công chứng sai tên anh ấy phải dịch lại, mà bản dịch là do bên công ty làm, giấy tờ tôi nộp đủ từ đầu. Mỗi lần hỏi là một người khác trả lời, không ai nắm hồ sơ của tôi. Anh Park đã phải đổi vé máy bay 2 lần, mất hơn 20 triệu, visa của anh ấy cũng sắp hết hạn.

Tôi rất bức xúc. Đề nghị công ty có văn bản giải thích lý do chậm trễ, cho biết ngày cụ thể hoàn thành và phương án bồi thường chi phí phát sinh cho chúng tôi.

Trương Thị Ánh – 0356 291 874
""", cte="quoted-printable"),
    "complaint", "vi",
    contact("Trương Thị Ánh", "+84356291874", "truongthianh.hp@gmail.com"),
    note="Asks about timing but the dominant intent is a grievance about the firm's delays and errors.")

# u050 — automated bulk webinar invitation (privacy keywords), multipart/alternative
_p50 = """CaseFlow Asia - Live webinar

Handling data subject requests under Decree 13: access, correction and deletion for small law firms
Wednesday 25 March 2026, 15:00-16:00 (GMT+7), online

- What counts as a valid access or deletion request
- Deadlines and what you may lawfully keep
- Templates for replying to clients

Register: https://events.caseflow-asia.com/r/decree13-dsr?ref=nl0326

You are receiving this because info@luatankhangtin.vn subscribed to CaseFlow Asia updates.
Unsubscribe: https://events.caseflow-asia.com/u/8f2d1c
CaseFlow Asia Pte. Ltd., 10 Anson Road, Singapore 079903
"""
_h50 = ("<html><body style=\"font-family:Arial\"><h1 style=\"color:#1d4e89\">Handling data subject requests under Decree 13</h1>"
        "<p>Access, correction and deletion for small law firms &mdash; <b>Wed 25 March 2026, 15:00&ndash;16:00 (GMT+7)</b>, online.</p>"
        "<ul><li>What counts as a valid access or deletion request</li><li>Deadlines and what you may lawfully keep</li>"
        "<li>Templates for replying to clients</li></ul>"
        "<p><a href=\"https://events.caseflow-asia.com/r/decree13-dsr?ref=nl0326\">Register now</a></p>"
        "<p style=\"font-size:11px;color:#888\">You are receiving this because info@luatankhangtin.vn subscribed to CaseFlow Asia updates. "
        "<a href=\"https://events.caseflow-asia.com/u/8f2d1c\">Unsubscribe</a><br>CaseFlow Asia Pte. Ltd., 10 Anson Road, Singapore 079903</p>"
        "</body></html>\n")
put(50, [
    ("From", addr("CaseFlow Asia Events", "events@caseflow-asia.com")),
    ("To", INFO),
    ("Subject", "[Webinar] Access, correction & deletion requests under Decree 13 - 25 March"),
    ("Date", date(2026, 3, 17, 2, 0, 0, 0)),
    ("Message-ID", "<%s@mta.caseflow-asia.com>" % rid(50, 28, "0123456789abcdef")),
    ("List-Unsubscribe", "<https://events.caseflow-asia.com/u/8f2d1c>"),
    ("Precedence", "bulk"),
    ("X-Campaign-ID", "nl0326-decree13"),
], multipart("alternative", [text(_p50, cte="7bit"), text(_h50, subtype="html", cte="7bit")], boundary(50)),
    "unknown", "en", NULL, automated=True,
    note="Bulk marketing that names access/correction/deletion requests; not a request.")


# ----------------------------------------------------------------------------------------------
# write + self-check
# ----------------------------------------------------------------------------------------------

def _texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or "utf-8"
            out.append(raw.decode(cs))
        elif part.get_content_type() == "message/rfc822":
            pass
    return unicodedata.normalize("NFC", "\n".join(out))


def _check():
    assert len(MESSAGES) == 50 and sorted(MESSAGES) == ["u%03d.eml" % i for i in range(1, 51)]
    for fn, raw in MESSAGES.items():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = LABELS[fn]
        c = lab["contact"]
        body = _texts(msg)
        frm = unicodedata.normalize("NFC", str(msg["From"]))
        hay = body + "\n" + frm
        if lab["automated"]:
            assert all(v is None for v in c.values()), fn
            assert lab["category"] == "unknown", fn
            continue
        if c["name"]:
            assert unicodedata.normalize("NFC", c["name"]) in hay, (fn, c["name"])
        if c["address"]:
            assert c["address"] in body, (fn, c["address"])
        if c["email"]:
            assert c["email"] in hay.lower(), (fn, c["email"])
        if c["phone"]:
            assert c["phone"].startswith("+84"), fn
            flat = re.sub(r"[\s.()\-]", "", body)
            local = "0" + c["phone"][3:]
            assert local in flat or c["phone"] in flat, (fn, c["phone"])
            assert c["phone"] != "+84180063 65".replace(" ", ""), fn
        for line in raw.split(b"\r\n"):
            assert len(line) <= 998, fn


def main():
    for fn, raw in MESSAGES.items():
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    _check()
    cats, langs, auto = {}, {}, 0
    for lab in LABELS.values():
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
        auto += lab["automated"]
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))
    print("categories:", dict(sorted(cats.items())))
    print("languages:", dict(sorted(langs.items())), "automated:", auto)


if __name__ == "__main__":
    main()
