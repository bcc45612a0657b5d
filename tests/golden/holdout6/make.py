#!/usr/bin/env python3
"""Generate holdout6: 50 labelled customer emails for Thinh Tri law firm classifier tests."""
import json, os, quopri, random, re, html, unicodedata, hashlib, base64
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.headerregistry import Address
from email import policy, utils
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
INFO = "info@thinhtrigroup.com"
SUP = "support@thinhtrigroup.com"
rnd = random.Random(6606)

def C(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email, "address": address}
NULL = C()

SPECS = []
def add(**kw):
    SPECS.append(kw)

# ---------------------------------------------------------------- service requests (12)
add(key="S1", cat="service_request", lang="vi", frm=("Nguyễn Văn Hậu", "haunguyen.1975@gmail.com"), to=INFO,
    subj="Nhờ tư vấn tranh chấp ranh giới đất với nhà hàng xóm", kind="plain", cte="quoted-printable",
    body="""Chào Công ty Luật Thịnh Trí,

Tôi tên Nguyễn Văn Hậu, nhà tôi ở số 17 hẻm 42 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM. Hiện nhà hàng xóm bên cạnh (ông Lâm Văn Tài) đang xây lại nhà và lấn sang phần đất của gia đình tôi khoảng 0,4m theo chiều dài 12m. Tôi có sổ hồng đứng tên tôi từ năm 2009, bản vẽ thể hiện rõ ranh giới.

Tôi đã nói chuyện trực tiếp và có mời tổ dân phố hòa giải một lần nhưng ông Tài không đồng ý dừng thi công. Tôi muốn nhờ luật sư tư vấn các bước khởi kiện hoặc đề nghị UBND phường giải quyết, và báo giá nếu Công ty đại diện cho tôi.

Hôm qua tôi có gọi tổng đài 1800 63 65 thì được hướng dẫn gửi email. Tôi sẽ gửi ảnh sổ hồng và ảnh hiện trạng khi có luật sư phụ trách.

Số điện thoại của tôi: 0913 527 064 (xin gọi giờ hành chính).

Cảm ơn Công ty.
Nguyễn Văn Hậu
""", contact=C("Nguyễn Văn Hậu", "+84913527064", "haunguyen.1975@gmail.com", "17 hẻm 42 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM"),
    note="Third-party (neighbour) land dispute; address given inline; firm hotline quoted back; neighbour's name is not the sender.")

add(key="S2", cat="service_request", lang="vi", frm=("tuan le", "lmtuan.shop@gmail.com"), to=INFO,
    subj="hoi thu tuc mo cong ty", kind="plain", cte=None,
    body="""chao anh chi ben Thinh Tri

em ten la Tuan (Le Minh Tuan), hien dang ban my pham online tren shopee voi tiktok, gio doanh thu on dinh nen muon mo cty TNHH 1 thanh vien cho dang hoang de xuat hoa don
cho em hoi:
- chi phi tron goi ben minh bao nhieu, co gom khac dau, chu ky so ko a
- bao lau thi co giay phep
- dia chi tru so dat o can ho chung cu duoc ko

ad goi zalo cho em so 0387412956 nha, sdt nay cung la zalo luon. em ranh sau 6h toi
tks
""", contact=C("Le Minh Tuan", "+84387412956", "lmtuan.shop@gmail.com"),
    note="Full name only in parentheses in the body; From display name is 'tuan le'.")

add(key="S3", cat="service_request", lang="en", frm=("Whitaker Consulting Pte Ltd", "daniel@whitakerconsult.sg"), to=INFO,
    subj="Work permit and temporary residence card - relocation to HCMC", kind="alt", cte="quoted-printable",
    body="""Dear Thinh Tri team,

My name is Daniel Whitaker, director of Whitaker Consulting Pte Ltd. We are opening a small representative office in Ho Chi Minh City and I will relocate there myself in June, together with one British colleague.

Could you advise on (1) whether I need a work permit as chief representative or whether an exemption applies, (2) the documents required for temporary residence cards for both of us, and (3) your fees and typical timeline? Our UK criminal record checks are already apostilled.

The easiest way to reach me is my Vietnamese mobile, +84 909 318 572 (also WhatsApp). I am in Singapore until 20 May, so please avoid the office line below.

Best regards,
Daniel Whitaker
Director | Whitaker Consulting Pte Ltd
Office: +65 6123 4587
www.whitakerconsult.sg
""", contact=C("Daniel Whitaker", "+84909318572", "daniel@whitakerconsult.sg"),
    note="From display name is the company; Singapore office line is not the preferred contact number.")

add(key="S4", cat="service_request", lang="vi", frm=("Phạm Thị Ngọc Lan", "ngoclan.lanchi@gmail.com"), to=SUP,
    subj="Re: Xác nhận tiếp nhận hồ sơ đăng ký nhãn hiệu LANCHI BEAUTY", kind="alt", cte="base64", reply=True,
    body="""Chào chị Thảo,

Em là Ngọc Lan bên Công ty TNHH Mỹ phẩm Lan Chi (MST 0316724581). Hồ sơ đăng ký nhãn hiệu của bên em nộp từ tháng 12/2025, đến nay đã hơn 3 tháng mà em chưa nhận được cập nhật gì thêm. Chị kiểm tra giúp em hồ sơ đã có quyết định chấp nhận hợp lệ về hình thức chưa, và bên em có cần bổ sung gì không ạ.

Bên em đang chuẩn bị ra dòng sản phẩm mới nên rất cần biết tiến độ. Có thông tin gì chị nhắn giúp em qua số 0978 265 413 nhé.

Cảm ơn chị nhiều!
Phạm Thị Ngọc Lan
Công ty TNHH Mỹ phẩm Lan Chi
ĐT văn phòng: 028 6681 9023 | DĐ: 0978 265 413

Vào Th 3, 9 thg 12, 2025 lúc 15:40 Bộ phận Hỗ trợ Thịnh Trí <support@thinhtrigroup.com> đã viết:
> Kính gửi Quý khách,
> Công ty Hệ Thống Luật Thịnh Trí xác nhận đã tiếp nhận đầy đủ hồ sơ đăng ký nhãn hiệu LANCHI BEAUTY. Hồ sơ đã được nộp lên Cục Sở hữu trí tuệ ngày 08/12/2025, số đơn 4-2025-51873.
> Mọi thắc mắc vui lòng liên hệ hotline 1800 63 65 hoặc email support@thinhtrigroup.com.
> Trân trọng,
> Nguyễn Phương Thảo
> Công ty Hệ Thống Luật TNHH Thịnh Trí
> 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
""", contact=C("Phạm Thị Ngọc Lan", "+84978265413", "ngoclan.lanchi@gmail.com"),
    note="Polite progress follow-up from an existing client; tax code and office line present; quoted firm text has hotline and address.")

add(key="S5", cat="service_request", lang="en", frm=("Priya Raman", "p.raman@ramantextiles.in"), to=INFO,
    subj="Assistance recovering advance payment from Vietnamese supplier", kind="plain", cte="8bit",
    body="""Hello,

I am writing on behalf of Raman Textiles Pvt. Ltd., Tiruppur, India. In November 2025 we paid an advance of USD 18,400 to Công ty TNHH Dệt may Hòa Bình Phát (tax code 3702918465) for 12,000 m of knitted fabric. The payment went to their account no. 0071001987654 at Vietcombank Bình Dương. The goods were never shipped, and since February the supplier has stopped answering; their director's number 0274 3868 112 is switched off.

We would like your firm to (a) send a formal demand letter and (b) advise whether we can apply for arbitration in Vietnam under the contract (which names VIAC). Please let me know your fee structure and which documents you need. I can send the contract, proforma invoice and SWIFT copy.

Kind regards,
Priya Raman
Export Manager, Raman Textiles Pvt. Ltd.
Mob: +91 98450 23716
""", contact=C("Priya Raman", "+919845023716", "p.raman@ramantextiles.in"),
    note="Third-party dispute; supplier tax code, bank account and phone are not the sender's.")

add(key="S6", cat="service_request", lang="vi", frm=("Nhung Tran", "hongnhung.tt95@gmail.com"), to=INFO,
    subj="cty no luong 3 thang, em can tu van", kind="plain", cte=None,
    body="""Da chao luat su,

Em la Nhung, ho ten day du Tran Thi Hong Nhung. Em lam ke toan cho cong ty TNHH TM DV Phat Dat tu 2022, nghi viec tu 15/1/2026 co bao truoc 30 ngay dung luat. Nhung toi gio cong ty van chua tra em luong thang 11, 12 va thang 1, tong khoang 42 trieu, bhxh cung chua chot so cho em.

Em da goi phong nhan su (so 028 3812 4455) may lan nhung ho hen lay hen lai. Em muon hoi gio em nen lam don gui phong lao dong hay kien ra toa luon, ben minh co nhan lam ho em ko va chi phi the nao a.

Sdt em: 0354 872 196
Em cam on a
""", contact=C("Tran Thi Hong Nhung", "+84354872196", "hongnhung.tt95@gmail.com"),
    note="Wage dispute with ex-employer; employer HR number is not the sender's.")

add(key="S7", cat="service_request", lang="vi", frm=("Đặng Quốc Bảo", "bao.dang@kimtinlogistics.vn"), to=INFO,
    subj="Tư vấn thủ tục ly hôn đơn phương", kind="html", cte="quoted-printable",
    body="""Kính gửi Luật sư,

Tôi là Đặng Quốc Bảo, 38 tuổi. Vợ chồng tôi sống ly thân gần 2 năm, có 1 con chung 7 tuổi và một căn nhà đứng tên hai vợ chồng. Vợ tôi không hợp tác ký đơn thuận tình nên tôi muốn tìm hiểu thủ tục ly hôn đơn phương, quyền nuôi con và việc chia tài sản.

Vì đây là việc riêng, mong Công ty KHÔNG liên hệ qua email công ty này mà gửi về email cá nhân của tôi: baodq.private@gmail.com hoặc gọi 0932 781 046.

Trân trọng,
Đặng Quốc Bảo

--
Đặng Quốc Bảo | Trưởng phòng Kinh doanh
Kim Tín Logistics
Tel: 028 3997 6612 | Hotline: 1900 6034
""", contact=C("Đặng Quốc Bảo", "+84932781046", "baodq.private@gmail.com"),
    note="HTML-only; asks to be contacted at a private address in the body instead of the work From address; company numbers in signature.")

add(key="S8", cat="service_request", lang="en", frm=("Sophie Laurent", "sophie.laurent@lbtrading.fr"), to=SUP,
    subj="Re: Draft distribution agreement - LB Trading / An Phu", kind="plain", cte="quoted-printable", reply=True,
    body="""Dear Mr. Khang,

Just a gentle follow-up on the distribution agreement review. You mentioned on 24 March that the marked-up draft would be ready within 7 working days and I haven't received anything yet. No pressure - I only need an indication of when to expect it, as our counterpart is asking for comments.

If easier, feel free to call me at +84 386 201 947 (I'm in Saigon until the end of the month).

Many thanks,
Sophie

On Tue, Mar 24, 2026 at 4:05 PM Thinh Tri Group <support@thinhtrigroup.com> wrote:
> Dear Ms. Laurent,
> Thank you for your engagement letter and the advance payment. We will send you our mark-up of the draft within 7 working days.
> Should you need urgent assistance, please call our hotline 1800 63 65.
> Best regards,
> Lâm Quốc Khang
> Thinh Tri Group
""", contact=C("Sophie Laurent", "+84386201947", "sophie.laurent@lbtrading.fr"),
    note="Polite progress follow-up (service request, not complaint); signs only 'Sophie', full name from From display.")

add(key="S9", cat="service_request", lang="vi", frm=("Vo Thanh Phong", "phongvo.kt88@yahoo.com"), to=INFO,
    subj="Fwd: THONG BAO NO QUA HAN - HD 2023/TC-558102", kind="plain", cte="quoted-printable",
    body="""Chao cong ty,
em fw cho ben minh mail cua ben thu no. Em co vay tieu dung 30tr cua cty tai chinh nam 2023, da tra duoc 2/3 thi bi mat viec nen cham tra may thang. Gio ben thu no goi dien lien tuc cho ca ba me va sep cu cua em, doa se den nha. Em muon hoi ho lam vay co dung luat ko, em nen lam gi, ben minh co ho tro lam viec voi cty tai chinh de co phuong an tra gop lai ko.
sdt em 0918 604 227, goi truoc 9h sang hoac sau 5h chieu giup em
Phong

---------- Forwarded message ---------
From: Phòng Thu hồi nợ <thuhoino@ftcollect.vn>
Date: Thu, 2 Apr 2026 at 09:12
Subject: THÔNG BÁO NỢ QUÁ HẠN - HĐ 2023/TC-558102
To: <phongvo.kt88@yahoo.com>

Kính gửi ông Võ Thanh Phong,
Hợp đồng tín dụng số 2023/TC-558102 của ông hiện quá hạn 96 ngày với số tiền 11.842.000 đồng. Đề nghị ông thanh toán trước ngày 10/04/2026 vào tài khoản 19035566778012 tại Techcombank. Mọi thắc mắc liên hệ chuyên viên Lưu Minh Trí: 0931 245 880 hoặc tổng đài 1900 6868.
""", contact=C("Vo Thanh Phong", "+84918604227", "phongvo.kt88@yahoo.com"),
    note="Forward of a debt collector's mail; collector's phone/account are not the sender's. Signs 'Phong'.")

add(key="S10", cat="service_request", lang="vi", frm=("Quách Thị Diễm", "diemquach63@yahoo.com.vn"), to=INFO,
    subj="Nhờ xem giúp hợp đồng mua căn hộ", kind="plain", cte="quoted-printable", charset="windows-1258",
    body="""Kính gửi Công ty,

Tôi là Quách Thị Diễm, năm nay 62 tuổi. Con gái tôi sắp mua một căn hộ ở dự án bên Thủ Đức và chủ đầu tư đưa hợp đồng mua bán dài 48 trang. Tôi muốn nhờ luật sư đọc giúp hợp đồng, nhất là các điều khoản về tiến độ thanh toán, phạt chậm bàn giao và cấp sổ hồng, rồi tư vấn cho gia đình có nên ký không.

Chi phí xem hợp đồng như thế nào, xin Công ty báo giúp. Tôi không rành email lắm, nếu được xin gọi cho tôi số 028 3844 5217 (nhà riêng) hoặc nhắn cho cháu tôi số 0909 514 802.

Xin cảm ơn.
Quách Thị Diễm
""", contact=C("Quách Thị Diễm", "+842838445217", "diemquach63@yahoo.com.vn"),
    note="windows-1258 with combining tone marks; the nephew's mobile is not the sender's number.")

add(key="S11", cat="service_request", lang="en", frm=("Kenji Watanabe", "k.watanabe@sakura-foods.co.jp"), to=INFO,
    subj="Inquiry: establishing a subsidiary (food import) in Vietnam", kind="alt", cte="base64",
    body="""Dear Sir or Madam,

I am Kenji Watanabe of the Overseas Business Development Dept., Sakura Foods Co., Ltd. We are considering establishing a 100% Japanese-owned company in Ho Chi Minh City to import and distribute packaged food products.

We would appreciate your proposal covering the investment registration certificate (IRC) and enterprise registration (ERC), the food safety conditions applicable to importers, and an estimated timeline and fee.

We would prefer an online meeting in the week of 20 April (Japan time 10:00-17:00).

Sincerely,
Kenji Watanabe
Sakura Foods Co., Ltd.
Overseas Business Development Dept.
TEL: +81-3-5412-7736 (direct)
""", contact=C("Kenji Watanabe", "+81354127736", "k.watanabe@sakura-foods.co.jp"))

add(key="S12", cat="service_request", lang="vi", frm=("Hoàng Thị Mai", "hoangmai.dn72@gmail.com"), to=INFO,
    subj="Nhờ luật sư hỗ trợ đòi bồi thường bảo hiểm xe", kind="plain", cte="base64",
    body="""Chào Thịnh Trí Group,

Tôi là Hoàng Thị Mai. Ngày 14/2/2026 xe ô tô của tôi bị xe tải tông từ phía sau trên đường Nguyễn Tất Thành, công an đã lập biên bản xác định lỗi hoàn toàn thuộc về tài xế xe tải. Xe tôi có mua bảo hiểm vật chất của Công ty Bảo hiểm Phú An (số HĐ: P-26/0013874) nhưng sau gần 2 tháng bên bảo hiểm vẫn từ chối chi trả với lý do "chưa đủ hồ sơ" mà không nói rõ thiếu gì. Chủ xe tải cũng né tránh không liên lạc.

Tôi muốn nhờ Công ty tư vấn và đại diện làm việc với bảo hiểm và bên gây tai nạn.

Thông tin liên hệ:
Họ tên: Hoàng Thị Mai
Địa chỉ: 25 Ông Ích Khiêm, Phường Hải Châu, TP. Đà Nẵng
ĐT: 0236 3821 457 (nhà) – 0905 772 318 (di động, xin ưu tiên gọi số này)

Trân trọng.
""", contact=C("Hoàng Thị Mai", "+84905772318", "hoangmai.dn72@gmail.com", "25 Ông Ích Khiêm, Phường Hải Châu, TP. Đà Nẵng"),
    note="Third-party dispute (insurer); two own numbers, the mobile is marked as preferred.")

# ---------------------------------------------------------------- access requests (6)
add(key="A1", cat="access_request", lang="vi", frm=("Truong Van Khoa", "khoa.truongvan@hotmail.com"), to=SUP,
    subj="Đề nghị cung cấp dữ liệu cá nhân Công ty đang lưu trữ", kind="plain", cte="quoted-printable",
    body="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Năm 2024 tôi có sử dụng dịch vụ tư vấn thành lập hộ kinh doanh của Công ty. Căn cứ quy định về bảo vệ dữ liệu cá nhân, tôi đề nghị Công ty cho tôi biết hiện Công ty đang lưu trữ những dữ liệu cá nhân nào của tôi, mục đích lưu trữ, và cung cấp cho tôi một bản sao các dữ liệu đó (bản điện tử là được).

Thông tin để đối chiếu: CCCD 079088012345, SĐT đăng ký 0967 134 820.

Trân trọng,
Trương Văn Khoa
""", contact=C("Trương Văn Khoa", "+84967134820", "khoa.truongvan@hotmail.com"),
    note="From display name without diacritics; body signature with diacritics.")

add(key="A2", cat="access_request", lang="en", frm=("Olivia Bennett", "olivia.bennett@protonmail.com"), to=INFO,
    subj="Subject access request", kind="plain", cte=None,
    body="""Hello,

I consulted your firm in 2025 regarding a residential lease dispute. I would like to exercise my right of access and ask you to send me:

1. a copy of all personal data you hold about me, including notes of our consultations and any copies of my passport;
2. the purposes for which it is processed and how long you intend to keep it;
3. the names of any third parties you have disclosed it to.

For identification: passport no. ending 7731, date of birth 03/11/1989.

Please send the information electronically to this address. My postal address, in case you need it:
Flat 4, 22 Marlborough Road, Bristol BS6 5NP, United Kingdom

Regards,
Olivia Bennett
""", contact=C("Olivia Bennett", None, "olivia.bennett@protonmail.com", "Flat 4, 22 Marlborough Road, Bristol BS6 5NP, United Kingdom"))

add(key="A3", cat="access_request", lang="vi", frm=("thu ha", "thuha.ngo2000@gmail.com"), to=INFO,
    subj="xin thong tin ca nhan ben cty dang luu", kind="plain", cte=None,
    body="""chao ad, cho em hoi la ben minh dang luu nhung thong tin gi cua em vay a? hoi truoc em co nho ben minh lam ho so xin visa du hoc Uc (2024) nen co gui nhieu giay to lam. Em muon biet ben minh con giu nhung gi (ban scan ho chieu, sao ke ngan hang, giay to nha dat cua bo me...) va gui lai cho em danh sach + ban copy duoc ko a.

em la Ngo Thi Thu Ha, sdt 0329 581 604
cam on ad nhieu
""", contact=C("Ngo Thi Thu Ha", "+84329581604", "thuha.ngo2000@gmail.com"))

add(key="A4", cat="access_request", lang="vi", frm=("Cty TNHH Xây dựng Phú Gia", "nhat.ly@phugiaconst.vn"), to=SUP,
    subj="Yêu cầu xem thông tin cá nhân Công ty đang lưu", kind="alt", cte="quoted-printable",
    body="""Kính gửi Thịnh Trí Group,

Tôi là Lý Minh Nhật, Giám đốc Công ty TNHH Xây dựng Phú Gia. Ngoài hồ sơ của công ty, tôi có cung cấp cho quý Công ty một số giấy tờ cá nhân (CCCD, giấy xác nhận tình trạng hôn nhân, sổ hộ khẩu cũ) khi làm thủ tục thay đổi người đại diện theo pháp luật năm 2025.

Với tư cách cá nhân, tôi đề nghị được biết Công ty còn lưu giữ những thông tin, giấy tờ cá nhân nào của tôi, lưu ở đâu, ai được quyền truy cập, và đề nghị gửi tôi bản sao.

Trân trọng,
Lý Minh Nhật
Giám đốc – Công ty TNHH Xây dựng Phú Gia
MST: 0315 872 604
VP: 028 3930 1122 – DĐ: 0903 218 675
Email: nhat.ly@phugiaconst.vn
""", contact=C("Lý Minh Nhật", "+84903218675", "nhat.ly@phugiaconst.vn"),
    note="From display name is the company; signature has tax code, office and mobile numbers (mobile is the personal one).")

add(key="A5", cat="access_request", lang="en", frm=("Thomas Nguyen", "thomas.nguyen.sj@gmail.com"), to=SUP,
    subj="Re: Your request regarding personal data", kind="plain", cte="quoted-printable", reply=True,
    body="""Hi,

Thanks for the quick reply. To confirm: yes, I am the same Thomas Nguyen who used your notarization and power-of-attorney service in January 2025 (POA for my sister to sell the house in Go Vap). As you asked, the phone number I registered with was +1 408 772 6193.

Please go ahead and send me a copy of my personal data file and let me know whether any of it was shared with the notary office or the buyer.

Thomas

On Fri, Apr 10, 2026 at 9:02 AM Thinh Tri Support <support@thinhtrigroup.com> wrote:
> Dear Mr. Nguyen,
> We have received your request to access your personal data. To verify your identity, please confirm the service you used and the phone number registered with us.
> Hotline: 1800 63 65
> Công ty Hệ Thống Luật TNHH Thịnh Trí
""", contact=C("Thomas Nguyen", "+14087726193", "thomas.nguyen.sj@gmail.com"),
    note="Reply in an access-request thread; quoted firm text has the hotline.")

add(key="A6", cat="access_request", lang="vi", frm=("Đỗ Thị Bích Ngọc", "bichngoc.do@gmail.com"), to=INFO,
    subj="Hỏi về việc Công ty lưu giữ và sử dụng thông tin của tôi", kind="html", cte="base64",
    body="""Chào anh/chị,

Tôi là Đỗ Thị Bích Ngọc. Tháng 8/2025 tôi có điền form tư vấn trên website thinhtrigroup.com về thủ tục sang tên xe nhưng sau đó không sử dụng dịch vụ.

Tôi muốn được biết: Công ty đã thu thập những thông tin nào của tôi qua form đó; thông tin được dùng vào mục đích gì; và có chia sẻ cho đơn vị nào khác (như đối tác vận chuyển mà chính sách bảo mật có nhắc tới) hay không. Xin gửi giúp tôi bản trích xuất dữ liệu.

SĐT: 0935 406 172
Cảm ơn anh/chị.
""", contact=C("Đỗ Thị Bích Ngọc", "+84935406172", "bichngoc.do@gmail.com"))

# ---------------------------------------------------------------- correction requests (6)
add(key="C1", cat="correction_request", lang="vi", frm=("Phạm Quang Vinh", "vinhpq.hn@gmail.com"), to=SUP,
    subj="Cập nhật số điện thoại liên hệ", kind="plain", cte="quoted-printable",
    body="""Chào Công ty,

Tôi là Phạm Quang Vinh, khách hàng đang được Công ty hỗ trợ thủ tục cấp giấy phép lao động cho nhân viên. Số điện thoại cũ của tôi là 0912 334 781 đã không còn sử dụng. Đề nghị Công ty cập nhật số mới trong hồ sơ khách hàng: 0986 540 219.

Email giữ nguyên. Cảm ơn.
Vinh
""", contact=C("Phạm Quang Vinh", "+84986540219", "vinhpq.hn@gmail.com"),
    note="Old number 0912 334 781 also present; contact phone is the new one.")

add(key="C2", cat="correction_request", lang="en", frm=("Doyle, Catherine", "catherine.doyle@emeraldhr.ie"), to=INFO,
    subj="Spelling of my name in your records", kind="alt", cte="quoted-printable",
    body="""Hi there,

I noticed that the engagement letter and the invoices I received from your office spell my name as "Katherine Doyle". The correct spelling is Catherine Doyle - with a C. Since these documents will be submitted to the Department of Finance, could you please correct my name in your client records and reissue invoice no. 0000418?

Also, the mobile in your system seems to be outdated; the right one is +84 938 615 204.

Thanks,
Catherine Doyle
HR Director, Emerald HR Vietnam
""", contact=C("Catherine Doyle", "+84938615204", "catherine.doyle@emeraldhr.ie"),
    note="Misspelled variant 'Katherine Doyle' also appears; From display is 'Doyle, Catherine'.")

add(key="C3", cat="correction_request", lang="vi", frm=("Yen Nguyen", "hoangyen.ng@gmail.com"), to=SUP,
    subj="doi dia chi nhan ho so", kind="plain", cte=None,
    body="""Hi chi,

Em la Nguyen Hoang Yen, dang lam thu tuc cap lai so do ben minh. Em moi chuyen nha nen nho chi sua lai dia chi trong ho so cua em de ben minh gui giay to ve dung cho nha.

Dia chi cu: 215 Hoang Van Thu, Phuong Tan Son Hoa, TP.HCM
Dia chi moi: 48/12 Nguyen Trai, Phuong Ben Thanh, TP.HCM

SDT van la 0778 312 905 nha chi.
Thanks chi!
""", contact=C("Nguyen Hoang Yen", "+84778312905", "hoangyen.ng@gmail.com", "48/12 Nguyen Trai, Phuong Ben Thanh, TP.HCM"),
    note="Old and new address both present; contact address is the new one.")

add(key="C4", cat="correction_request", lang="vi", frm=("Lưu Thị Hạnh", "hanh.luu@minhphatgroup.com.vn"), to=SUP,
    subj="Đề nghị thay đổi email liên hệ", kind="plain", cte="base64",
    body="""Kính gửi bộ phận chăm sóc khách hàng,

Tôi là Lưu Thị Hạnh, đang sử dụng gói tư vấn pháp luật thường xuyên cho cá nhân của Công ty. Tôi sắp nghỉ việc tại Minh Phát Group nên email này sẽ ngừng hoạt động từ 30/04/2026.

Kính đề nghị Công ty thay email liên hệ trong hồ sơ của tôi thành: luuthihanh.87@gmail.com. Mọi thông báo, hóa đơn sau này xin gửi về email mới này.

Số điện thoại 0917 352 680 vẫn giữ nguyên.

Trân trọng,
Lưu Thị Hạnh
Trưởng phòng Pháp chế – Minh Phát Group
Tel: 028 3823 9191 (ext. 215)
""", contact=C("Lưu Thị Hạnh", "+84917352680", "luuthihanh.87@gmail.com"),
    note="New contact email in body differs from the From address; office line in signature.")

add(key="C5", cat="correction_request", lang="vi", frm=("Huynh Ngoc Son", "sonhuynh.dl@gmail.com"), to=INFO,
    subj="sai ngay sinh trong ho so", kind="plain", cte=None,
    body="""Chao ben luat Thinh Tri,

Toi la Huynh Ngoc Son, dang nho ben minh lam ho so xin giay phep kinh doanh dich vu lu hanh. Toi vua doc ban du thao to khai ben minh gui thi thay ngay sinh cua toi ghi 12/07/1985, dung phai la 21/07/1985, so CCCD cung sai so cuoi (dung la 068085004219).

Nho ben minh sua lai trong ho so va gui lai ban to khai moi giup toi truoc khi nop.

Son - DD 0984 117 302
""", contact=C("Huynh Ngoc Son", "+84984117302", "sonhuynh.dl@gmail.com"))

add(key="C6", cat="correction_request", lang="vi", frm=("Tạ Văn Lộc", "tavanloc1958@yahoo.com.vn"), to=INFO,
    subj="Xin sửa lại số CCCD và địa chỉ thường trú", kind="plain", cte="quoted-printable", charset="windows-1258",
    body="""Kính gửi Quý Công ty,

Tôi là Tạ Văn Lộc, có nhờ Công ty làm hồ sơ lập di chúc và công chứng từ tháng 3. Trong bản hồ sơ Công ty gửi tôi xem lại có ghi sai số căn cước của tôi và còn ghi địa chỉ thường trú cũ trước khi sáp nhập.

Xin sửa lại như sau:
- Số CCCD đúng: 046058001732
- Địa chỉ thường trú: 12 Kiệt 84 Phan Đình Phùng, Phường Thuận Hóa, TP. Huế

Điện thoại của tôi: 0234 3822 519.

Tôi xin cảm ơn.
Tạ Văn Lộc
""", contact=C("Tạ Văn Lộc", "+842343822519", "tavanloc1958@yahoo.com.vn", "12 Kiệt 84 Phan Đình Phùng, Phường Thuận Hóa, TP. Huế"),
    note="windows-1258 with combining tone marks; compare after NFC.")

# ---------------------------------------------------------------- deletion requests (6)
add(key="D1", cat="deletion_request", lang="vi", frm=("Mai Thị Kiều Oanh", "kieuoanh.mai@icloud.com"), to=SUP,
    subj="Yêu cầu xóa dữ liệu cá nhân", kind="alt", cte="base64",
    body="""Chào Thịnh Trí,

Tôi là Mai Thị Kiều Oanh. Vụ tranh chấp hợp đồng thuê nhà của tôi đã được Công ty hỗ trợ xong từ tháng 10/2025 và tôi đã thanh toán đầy đủ.

Theo mục 3 Chính sách bảo mật của Công ty ("dữ liệu sẽ bị hủy khi có yêu cầu từ khách hàng"), tôi yêu cầu Công ty xóa toàn bộ thông tin cá nhân của tôi, gồm bản scan CCCD, hợp đồng thuê, tin nhắn Zalo trao đổi, và xác nhận lại cho tôi qua email khi đã xóa xong.

Số điện thoại để xác minh: 0908 146 273.

Cảm ơn,
Kiều Oanh
""", contact=C("Mai Thị Kiều Oanh", "+84908146273", "kieuoanh.mai@icloud.com"))

add(key="D2", cat="deletion_request", lang="en", frm=("Lucas Martin", "lucas.martin.vn@outlook.com"), to=INFO,
    subj="Please remove my details", kind="plain", cte=None,
    body="""Hi,

Since my consultation in January I keep getting your newsletters and seminar invitations. Please unsubscribe me and, more importantly, delete my personal information (name, phone, email, the copy of my passport) from your systems. I won't be needing further services.

A short confirmation would be appreciated.

Lucas Martin
""", contact=C("Lucas Martin", None, "lucas.martin.vn@outlook.com"))

add(key="D3", cat="deletion_request", lang="vi", frm=("Dinh Van Hung", "hungdinh.xd@gmail.com"), to=INFO,
    subj="xoa thong tin", kind="plain", cte=None,
    body="""ad oi em ko dung dich vu ben minh nua, xoa giup em sdt 0347905618 voi email nay ra khoi danh sach nha, dung goi dien moi chao nua. cam on
Hung
""", contact=C("Dinh Van Hung", "+84347905618", "hungdinh.xd@gmail.com"),
    note="Very short chat-style deletion; full name only in From display.")

add(key="D4", cat="deletion_request", lang="vi", frm=("Trần Minh Khôi", "khoitran.minh@gmail.com"), to=INFO,
    subj="Đề nghị xóa hồ sơ của cha tôi", kind="plain", cte="quoted-printable",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Trần Minh Khôi, con trai của ông Trần Văn Lượng – khách hàng của Công ty trong vụ tư vấn thừa kế năm 2024. Cha tôi đã mất vào tháng 1/2026 và gia đình đã hoàn tất việc khai nhận di sản.

Gia đình tôi đề nghị Công ty xóa các dữ liệu cá nhân của cha tôi đang được lưu (bản sao CCCD, sổ đỏ, giấy tờ y tế), đồng thời xóa luôn thông tin của tôi đã cung cấp khi đi cùng cha. Nếu Công ty cần giấy chứng tử hoặc giấy tờ chứng minh quan hệ, tôi sẽ gửi bổ sung.

Liên hệ: Trần Minh Khôi – 0976 203 418

Trân trọng.
""", contact=C("Trần Minh Khôi", "+84976203418", "khoitran.minh@gmail.com"),
    note="Son requests deletion of his late father's data (and his own); the father's name is not the sender.")

add(key="D5", cat="deletion_request", lang="en", frm=("Emma Schneider", "emma.schneider@gmx.de"), to=SUP,
    subj="Re: [TT-2026-0412] Your request has been received", kind="plain", cte="quoted-printable", reply=True,
    body="""Hello again,

I have still not received any confirmation. To be clear: I am not asking for legal services. I am asking you to erase all personal data you hold about me (I requested a quote for a business registration in 2025 but never became a client).

Emma Schneider
Kantstraße 12, 10623 Berlin, Germany

-----Original Message-----
From: Thinh Tri Group <support@thinhtrigroup.com>
Sent: Monday, 6 April 2026 08:00
Subject: [TT-2026-0412] Your request has been received

> This is an automatic confirmation. Your request has been received and will be processed within 03 working days. Hotline: 1800 63 65.
""", contact=C("Emma Schneider", None, "emma.schneider@gmx.de", "Kantstraße 12, 10623 Berlin, Germany"),
    note="Human reply to the firm's auto-acknowledgement (ticket subject); not automated.")

add(key="D6", cat="deletion_request", lang="vi", frm=("Ly Ngoc Tram", "ngoctram.ly91@gmail.com"), to=INFO,
    subj="ve viec luu ho so ca nhan", kind="plain", cte=None,
    body="""Kinh gui cong ty,

Toi la Ly Thi Ngoc Tram. Nam ngoai toi co gui thong tin nho tu van ve viec dang ky ket hon voi nguoi nuoc ngoai nhung sau do khong tiep tuc. Nay toi khong muon cong ty tiep tuc luu giu bat ky thong tin nao cua toi nua (ho ten, so dien thoai, hinh anh giay to), mong cong ty huy bo toan bo ho so ca nhan cua toi va bao lai cho toi biet.

So dien thoai cua toi: 0866 290 431
Tran trong
""", contact=C("Ly Thi Ngoc Tram", "+84866290431", "ngoctram.ly91@gmail.com"),
    note="Deletion without the word 'xoa'; body name differs from From display 'Ly Ngoc Tram'.")

# ---------------------------------------------------------------- complaints (7)
add(key="K1", cat="complaint", lang="vi", frm=("Võ Minh Hiếu", "hieuvo.minh@gmail.com"), to=INFO,
    subj="Phản ánh: luật sư không đến buổi hẹn, gọi hotline không ai nghe", kind="plain", cte="quoted-printable",
    body="""Kính gửi Ban Giám đốc Thịnh Trí,

Tôi là Võ Minh Hiếu. Tôi đã đặt lịch và đóng phí tư vấn 1.500.000đ cho buổi làm việc lúc 9h sáng thứ Bảy 04/04/2026 tại văn phòng 57-59 Võ Thị Sáu. Tôi đến đúng giờ nhưng chờ hơn 1 tiếng không có luật sư nào tiếp, lễ tân chỉ nói "luật sư bận đột xuất".

Từ hôm đó đến nay tôi đã gọi hotline 1800 63 65 ba lần, lần nào cũng được hứa gọi lại nhưng không ai gọi. Tôi rất bức xúc với cách làm việc này.

Đề nghị Công ty trả lời bằng văn bản và hoàn lại phí tư vấn hoặc sắp xếp luật sư khác trong tuần này.

Võ Minh Hiếu – 0909 361 584
""", contact=C("Võ Minh Hiếu", "+84909361584", "hieuvo.minh@gmail.com"),
    note="Firm's address and hotline quoted; neither is the sender's.")

add(key="K2", cat="complaint", lang="en", frm=("David Clarke", "d.clarke@harbourlinelogistics.com"), to=INFO,
    subj="Invoice 0000512 - charged twice", kind="alt", cte="quoted-printable",
    body="""Dear Accounts / Management,

I am writing to complain about your billing. For the trademark renewal (one class) we agreed a fixed fee of VND 6,500,000. On 18 March we transferred the full amount to your account at ACB (ending 8868). Yesterday we received invoice 0000512 charging us again, plus a "late payment" reminder in a rather threatening tone.

This is the second billing error in three months and nobody has replied to my two previous emails. Please cancel the duplicate invoice and have someone senior call me.

David Clarke
Managing Director, Harbourline Logistics Vietnam
M: +84 912 608 437 | T: +84 28 3827 1500
""", contact=C("David Clarke", "+84912608437", "d.clarke@harbourlinelogistics.com"),
    note="Mobile and office numbers in signature; mobile is labelled.")

add(key="K3", cat="complaint", lang="vi", frm=("duc pham", "ducpham.bd1990@gmail.com"), to=SUP,
    subj="dich vu qua te", kind="plain", cte=None,
    body="""noi that la dich vu ben cac ban qua te. em dong 8 trieu tu thang 1 nho lam giay chung nhan ve sinh an toan thuc pham cho quan an, hua 30 ngay ma gio 3 thang chua xong, moi lan hoi thi nhan vien bao "dang cho so", goi thi ko nghe may, nhan zalo thi seen ko tra loi.

neu tuan nay ko co ket qua thi tra lai tien cho em, ko thi em len review 1 sao va gui don len doan luat su.
Pham Van Duc 0941 237 680
""", contact=C("Pham Van Duc", "+84941237680", "ducpham.bd1990@gmail.com"))

add(key="K4", cat="complaint", lang="vi", frm=("Lê Thị Thanh Tâm", "thanhtam.le.88@gmail.com"), to=INFO,
    subj="Khiếu nại về việc lộ thông tin cá nhân", kind="plain", cte="base64",
    body="""Kính gửi Ban quản trị Thịnh Trí Group,

Ngày 20/03/2026 tôi gửi email nhờ tư vấn về việc ly hôn, trong đó có cung cấp họ tên, số điện thoại và hoàn cảnh gia đình. Chỉ 3 ngày sau tôi liên tục nhận được cuộc gọi từ các "văn phòng luật" khác và một dịch vụ thám tử, họ biết rõ tên tôi và biết tôi đang muốn ly hôn. Tôi chưa từng cung cấp thông tin này cho ai khác ngoài Công ty.

Theo mục 7 chính sách bảo mật, tôi gửi khiếu nại này và đề nghị Công ty kiểm tra, giải trình rõ vì sao thông tin của tôi bị lộ, ai đã tiếp cận, và có biện pháp xử lý. Tôi bảo lưu quyền báo cáo sự việc với cơ quan chức năng.

Lê Thị Thanh Tâm
ĐT: 0976 381 052
""", contact=C("Lê Thị Thanh Tâm", "+84976381052", "thanhtam.le.88@gmail.com"),
    note="Complaint about a suspected data leak by the firm; asks who accessed the data but the dominant intent is a complaint.")

add(key="K5", cat="complaint", lang="en", frm=("Hannah Lee", "hannah.lee.sg@gmail.com"), to=INFO,
    subj="Fwd: Re: your documents - complaint about staff conduct", kind="plain", cte="quoted-printable",
    body="""To whom it may concern,

I am forwarding below the reply I received from one of your staff, Mr. Tuấn, after I asked a simple question about why my company registration documents had to be resubmitted. I find the tone unacceptable and unprofessional, especially since the mistake in the application was made by your side.

I expect an apology and an explanation of how the error will be fixed at no additional cost. Please reach me at hannah.lee.work@outlook.com, which I check more often.

Hannah Lee

---------- Forwarded message ---------
From: Hoàng Anh Tuấn <tuan.ha@thinhtrigroup.com>
Date: Wed, Apr 8, 2026 at 5:47 PM
Subject: Re: your documents
To: Hannah Lee <hannah.lee.sg@gmail.com>

Ms. Lee, as I told you twice already, the file was rejected and you need to sign again. If you keep asking the same question we cannot proceed. Call me at 0938 117 026 if you still don't understand.
Tuan
""", contact=C("Hannah Lee", None, "hannah.lee.work@outlook.com"),
    note="Forwarded staff email as evidence; the staff member's phone is not the sender's; preferred email in body differs from From.")

add(key="K6", cat="complaint", lang="vi", frm=("Công ty CP Thực phẩm Sao Mai", "info@saomaifood.vn"), to=INFO,
    subj="Khiếu nại về việc chậm nộp hồ sơ gia hạn nhãn hiệu", kind="alt", cte="base64",
    body="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Công ty CP Thực phẩm Sao Mai (MST: 0402018735) đã ký hợp đồng dịch vụ số 45/2025/HĐDV-TT ngày 02/10/2025 ủy quyền cho Quý Công ty thực hiện gia hạn văn bằng bảo hộ nhãn hiệu "SAO MAI". Theo cam kết, hồ sơ phải được nộp trước ngày 15/01/2026. Tuy nhiên, đến ngày 10/04/2026 chúng tôi mới được thông báo là hồ sơ chưa được nộp và phải nộp trong thời gian ân hạn kèm lệ phí nộp muộn.

Việc chậm trễ này hoàn toàn do lỗi của Quý Công ty. Chúng tôi yêu cầu Quý Công ty: (1) giải trình bằng văn bản; (2) chịu toàn bộ lệ phí nộp muộn; (3) hoàn trả 50% phí dịch vụ vào tài khoản số 0041000298765 tại Vietcombank Đà Nẵng của chúng tôi.

Người liên hệ: Nguyễn Đức Thắng – Giám đốc
ĐT: 0236 3656 789 – Fax: 0236 3656 790 – DĐ: 0914 528 307
""", contact=C("Nguyễn Đức Thắng", "+84914528307", "info@saomaifood.vn"),
    note="From display is the company; named contact person; tax code, bank account, office, fax and mobile numbers present (mobile labelled).")

add(key="K7", cat="complaint", lang="vi", frm=("Bui Quang Huy", "quanghuy.bui@yahoo.com"), to=SUP,
    subj="Re: ho so goc bi that lac??", kind="plain", cte="quoted-printable", reply=True,
    body="""Chi Linh oi,

Vay la sao a? Em giao ban goc so do va giay to nha cho ben minh ngay 12/3 co bien ban giao nhan han hoi, gio ben minh noi "khong tim thay"?? Do la tai san cua gia dinh em, mat la rat phien. Em yeu cau cong ty tim lai trong tuan nay va cho em gap truc tiep quan ly de giai quyet, neu khong em se trinh bao cong an.

Huy - 0823 461 957

On Mon, Apr 13, 2026 at 10:20 AM, Thịnh Trí Group <support@thinhtrigroup.com> wrote:
> Chào anh Huy,
> Bộ phận lưu trữ đang rà soát nhưng hiện chưa tìm thấy bản gốc GCN QSDĐ của anh. Chúng tôi sẽ cập nhật trong thời gian sớm nhất. Hotline: 1800 63 65.
> Trân trọng,
> Phạm Thùy Linh
""", contact=C("Bui Quang Huy", "+84823461957", "quanghuy.bui@yahoo.com"),
    note="Reply; quoted firm text in Vietnamese with diacritics and the hotline; sender signs 'Huy'.")

# ---------------------------------------------------------------- unknown, non-automated (5)
add(key="U1", cat="unknown", lang="vi", frm=("Nguyễn Thị Kim Chi", "kimchi.nguyen.law@gmail.com"), to=INFO,
    subj="Ứng tuyển vị trí Chuyên viên pháp lý", kind="alt", cte="quoted-printable",
    body="""Kính gửi Phòng Nhân sự Công ty Thịnh Trí,

Em tên là Nguyễn Thị Kim Chi, tốt nghiệp cử nhân Luật Kinh tế năm 2025 (loại Giỏi). Em đã có 10 tháng thực tập tại một văn phòng công chứng, quen với hồ sơ đất đai và doanh nghiệp.

Em được biết Công ty đang tuyển Chuyên viên pháp lý, em xin gửi kèm CV và bảng điểm. Em rất mong được tham gia phỏng vấn.

Số điện thoại: 0382 716 459

Trân trọng,
Nguyễn Thị Kim Chi
""", contact=C("Nguyễn Thị Kim Chi", "+84382716459", "kimchi.nguyen.law@gmail.com"),
    note="Job application, not a customer request.")

add(key="U2", cat="unknown", lang="en", frm=("Emily Carter | RankUp Digital", "emily@rankupdigital.io"), to=INFO,
    subj="Quick question about thinhtrigroup.com", kind="html", cte="quoted-printable",
    body="""Hi there,

I was checking thinhtrigroup.com and noticed it isn't ranking on page 1 for "luật sư tư vấn" or "law firm Ho Chi Minh City". We help law firms in Southeast Asia get 3x more leads through SEO and Google Ads.

Would you be open to a 15-minute call next week? I'm happy to send a free audit first.

Best,
Emily Carter
Growth Consultant, RankUp Digital
+1 (646) 392-7184

If you don't want to hear from me again, just reply "no thanks".
""", contact=C("Emily Carter", "+16463927184", "emily@rankupdigital.io"),
    note="Vendor cold pitch; display name includes the company.")

add(key="U3", cat="unknown", lang="vi", frm=("Ho tro tai chinh 24h", "hotrovay.24h.ms.thao@gmail.com"), to=INFO,
    subj="GIAI NGAN NHANH TRONG NGAY - LAI SUAT 0.5%", kind="plain", cte="base64",
    body="""Kinh chao quy khach hang,

Em la Nguyen Thu Thao, chuyen vien tu van tai chinh. Ben em ho tro vay tin chap chi can CCCD, khong tham dinh, khong can chung minh thu nhap, giai ngan trong 30 phut, han muc 10 - 500 trieu.

Lien he ngay Zalo/SDT: 0856 123 478 de duoc ho tro.
Uu dai chi trong thang 4!!!
""", contact=C("Nguyen Thu Thao", "+84856123478", "hotrovay.24h.ms.thao@gmail.com"),
    note="Loan spam sent by a person (no list headers).")

add(key="U4", cat="unknown", lang="vi", frm=("Hà Thị Phương", "phuong.ha@thinhtri-furniture.vn"), to=INFO,
    subj="Bảng lương tháng 3 – gửi anh Toàn", kind="plain", cte="base64",
    body="""Anh Toàn ơi,

Em gửi anh bảng lương tháng 3 và file chấm công của xưởng Bình Dương để anh đối chiếu trước khi chuyển khoản. Có 3 bạn mới vào nên em chưa có số tài khoản, em bổ sung sau nha.

Anh check xong báo em nhé.

Hà Thị Phương
Phòng Hành chính – Nhân sự
Nội thất Thịnh Trí
ĐT: 0274 3822 660 – DĐ: 0961 485 230
""", contact=C("Hà Thị Phương", "+84961485230", "phuong.ha@thinhtri-furniture.vn"),
    note="Wrong recipient (similarly named furniture company); mobile labelled, office line also present.")

add(key="U5", cat="unknown", lang="en", frm=("Robert Chen", "robert.chen.hk@gmail.com"), to=SUP,
    subj="Thank you!", kind="plain", cte=None,
    body="""Dear Thinh Tri team,

Just a short note to say thank you to Ms. Linh and Mr. Khang for helping with our company's licence amendment. Everything was done ahead of schedule and the explanations in English were very clear. I will recommend you to my friends here.

Warm regards,
Robert Chen
""", contact=C("Robert Chen", None, "robert.chen.hk@gmail.com"),
    note="Thank-you note, no request.")

# ---------------------------------------------------------------- automated (8)
add(key="Au1", cat="unknown", auto=True, lang="vi", frm=("Trịnh Thu Hằng", "hang.trinh@vinhhungsteel.vn"), to=INFO,
    subj="Trả lời tự động: Thư mời hội thảo Luật Doanh nghiệp sửa đổi 2026", kind="plain", cte="quoted-printable",
    hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Cảm ơn anh/chị đã gửi email.

Tôi đang nghỉ phép từ 06/04 đến 13/04/2026 và có rất ít điều kiện kiểm tra email. Việc gấp vui lòng liên hệ chị Phạm Mai Anh – 0912 645 330 hoặc email maianh.pham@vinhhungsteel.vn.

Trân trọng,
Trịnh Thu Hằng
Phòng Pháp chế – Công ty CP Thép Vĩnh Hưng
ĐT: 0225 3745 118
""", contact=NULL, note="Out-of-office reply to the firm's seminar invitation; contains names and numbers but is automatic.")

add(key="Au2", cat="unknown", auto=True, lang="en", bounce="postfix", frm=None, to=SUP,
    subj="Undelivered Mail Returned to Sender", contact=NULL,
    note="Postfix bounce (multipart/report) of the firm's reply about a correction request; embedded text is the firm's, not a customer's.")

add(key="Au3", cat="unknown", auto=True, lang="vi", frm=("Bản tin Pháp luật Doanh nghiệp", "newsletter@phapluatdn.vn"), to=INFO,
    subj="Bản tin tuần 15/2026: Quy định mới về bảo vệ dữ liệu cá nhân có hiệu lực", kind="html", cte="base64",
    hdrs={"Precedence": "bulk", "List-Id": "Ban tin Phap luat Doanh nghiep <weekly.phapluatdn.vn>",
          "List-Unsubscribe": "<https://phapluatdn.vn/unsubscribe?u=8c21fa&e=info%40thinhtrigroup.com>, <mailto:unsubscribe@phapluatdn.vn>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "X-Mailer": "Sendy 6.1"},
    body="""BẢN TIN PHÁP LUẬT DOANH NGHIỆP – TUẦN 15/2026

1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp phải làm gì khi khách hàng yêu cầu xóa, chỉnh sửa hoặc truy cập dữ liệu?
2. Hướng dẫn giải quyết khiếu nại của khách hàng về lộ lọt thông tin.
3. Lịch hội thảo trực tuyến tháng 4: "Hợp đồng điện tử và chữ ký số".

Đăng ký tham dự: hotline 1900 6192 hoặc email sukien@phapluatdn.vn.

Bạn nhận được email này vì đã đăng ký nhận bản tin với địa chỉ info@thinhtrigroup.com. Hủy đăng ký tại đây.
""", contact=NULL, note="Newsletter full of privacy-request keywords; list headers.")

add(key="Au4", cat="unknown", auto=True, lang="en", frm=("LegalDocs Cloud Support", "support@legaldocs-cloud.com"), to=SUP,
    subj="[Ticket #48213] Request to delete user account - received", kind="plain", cte=None,
    hdrs={"Auto-Submitted": "auto-generated", "Precedence": "auto_reply", "X-Ticket-ID": "48213"},
    body="""This is an automated message - please do not reply directly.

Hello,

Your request (ticket #48213) "Request to delete user account" has been received. One of our agents will respond within 1 business day.

You can view the status of your ticket at https://help.legaldocs-cloud.com/tickets/48213

LegalDocs Cloud Support
""", contact=NULL, note="Vendor helpdesk acknowledgement of the firm's own ticket; subject mentions deletion.")

add(key="Au5", cat="unknown", auto=True, lang="vi", frm=("Nguyễn Hoàng Long", "long.nh@anphatland.com.vn"), to=SUP,
    subj="Automatic reply: Re: Góp ý dự thảo hợp đồng mua bán căn hộ", kind="alt", cte="base64", outlook=True,
    hdrs={"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "long.nh@anphatland.com.vn",
          "Thread-Topic": "Góp ý dự thảo hợp đồng mua bán căn hộ"},
    body="""Xin chào,

Tôi hiện đang đi công tác nước ngoài đến hết ngày 20/04/2026. Trong thời gian này tôi sẽ trả lời email chậm hơn thường lệ.

Các vấn đề liên quan đến hợp đồng, xin liên hệ trợ lý Trần Ngọc Hân: 0906 228 714.

Nguyễn Hoàng Long
Phó Giám đốc – An Phát Land
""", contact=NULL, note="Outlook out-of-office without Auto-Submitted; only the 'Automatic reply:' subject and X-Auto-Response-Suppress/Exchange headers reveal it.")

add(key="Au6", cat="unknown", auto=True, lang="en", frm=("AsiaLaw Insights", "news@asialawinsights.com"), to=INFO,
    subj="Webinar: Vietnam's Personal Data Protection Law - what changes for law firms", kind="alt", cte="quoted-printable",
    hdrs={"Precedence": "list", "List-Id": "AsiaLaw Insights Weekly <weekly.asialawinsights.com>",
          "List-Unsubscribe": "<https://asialawinsights.com/u/5Kq9Xz>", "X-Campaign-ID": "ALI-2026-W15",
          "Feedback-ID": "w15:ali:esp"},
    body="""AsiaLaw Insights | Weekly

WEBINAR - Thursday 23 April, 3 pm ICT
Vietnam's Personal Data Protection Law: access, correction and erasure requests, consent and breach notification - a practical checklist for law firms.

Speakers: partners from Hanoi, HCMC and Singapore.
Register now: https://asialawinsights.com/events/pdpl-vn

You are receiving this email because info@thinhtrigroup.com subscribed to AsiaLaw Insights. Unsubscribe | Manage preferences
""", contact=NULL)

add(key="Au7", cat="unknown", auto=True, lang="vi", frm=("Hệ thống thư điện tử", "postmaster@mailhost.vnhosting.net"), to=INFO,
    subj="Thư không gửi được: Re: Báo giá dịch vụ thành lập công ty", kind="plain", cte="quoted-printable",
    hdrs={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "thanhdat.kd@vietmail.vn", "Return-Path": "<>"},
    body="""Đây là thông báo tự động từ hệ thống thư điện tử.

Thư của bạn không thể gửi tới người nhận sau:

    thanhdat.kd@vietmail.vn
    Lý do: 550 5.1.1 Hộp thư không tồn tại (mailbox unavailable)

------ Thông tin thư gốc ------
Từ: Thịnh Trí Group <info@thinhtrigroup.com>
Tới: Phan Thành Đạt <thanhdat.kd@vietmail.vn>
Chủ đề: Re: Báo giá dịch vụ thành lập công ty

Chào anh Đạt, Thịnh Trí gửi anh báo giá dịch vụ thành lập công ty TNHH như trao đổi qua điện thoại 0978 115 306. Mọi thắc mắc vui lòng gọi hotline 1800 63 65.
""", contact=NULL, note="Vietnamese-language bounce; customer's name and number inside belong to the original firm message.")

add(key="Au8", cat="unknown", auto=True, lang="vi", frm=("HDDT VNInvoice", "noreply@hoadon-vninvoice.vn"), to=INFO,
    subj="Thong bao phat hanh hoa don dien tu so 0001284 - CONG TY HE THONG LUAT TNHH THINH TRI", kind="plain", cte=None,
    hdrs={"Auto-Submitted": "auto-generated", "X-Mailer": "VNInvoice Notify 3.2"},
    body="""Kinh gui Quy khach hang: CONG TY HE THONG LUAT TNHH THINH TRI

Don vi ban hang: CONG TY TNHH VAN PHONG PHAM AN KHANG
MST: 0312458796 - DT: 028 3620 4411
vua phat hanh hoa don dien tu cho Quy khach:
  Ky hieu: 1C26TAK - So hoa don: 0001284 - Ngay 07/04/2026
  Tong tien thanh toan: 3.456.000 VND
Ma tra cuu: AK7Q2M9X - Tra cuu tai https://tracuu.hoadon-vninvoice.vn

Day la email tu dong, vui long khong tra loi email nay.
""", contact=NULL, note="System notification (e-invoice) without diacritics; supplier tax code and phone are not a contact.")

# ====================================================================== build
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
def to_cp1258(s):
    out = []
    for ch in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")

def to_html(text, qp_nbsp=False):
    paras = []
    quote = []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(html.escape(line[1:].strip()))
            continue
        if quote:
            paras.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + "<br>".join(quote) + "</blockquote>")
            quote = []
        esc = html.escape(line)
        if qp_nbsp:
            esc = re.sub(r"(\d) (\d)", r"\1&nbsp;\2", esc)
        paras.append("<div>" + (esc if esc else "<br>") + "</div>")
    if quote:
        paras.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' + "<br>".join(quote) + "</blockquote>")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">\n' + "\n".join(paras) + "\n</div></body></html>\n"

def msgid(addr, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    dom = addr.split("@")[1]
    if dom == "gmail.com":
        return "<CA" + base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:40] + "@mail.gmail.com>"
    if dom in ("outlook.com", "hotmail.com"):
        return f"<SG2PR06MB{h[:4].upper()}{h[4:20].upper()}@SG2PR06MB{h[20:24].upper()}.apcprd06.prod.outlook.com>"
    if dom.startswith("yahoo"):
        return f"<{int(h[:8],16)}.{int(h[8:14],16)}.{int(h[14:20],16)}@mail.yahoo.com>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"

AGENTS = [None, None, "Mozilla Thunderbird", "Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", None]

def base_headers(msg, spec, date):
    name, addr = spec["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = utils.format_datetime(date)
    msg["Message-ID"] = msgid(addr, spec["key"])
    if spec.get("reply"):
        ref = "<" + hashlib.md5(spec["key"].encode()).hexdigest() + "@thinhtrigroup.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    ua = rnd.choice(AGENTS)
    if spec.get("outlook"):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AdrJ" + hashlib.md5(spec["key"].encode()).hexdigest()[:20]
    elif ua and not addr.endswith("gmail.com"):
        msg["User-Agent" if "Outlook" not in ua and "Apple" not in ua else "X-Mailer"] = ua
    for k, v in spec.get("hdrs", {}).items():
        msg[k] = v

def build(spec, date):
    if spec.get("bounce"):
        return build_bounce(spec, date)
    msg = EmailMessage(policy=policy.default)
    base_headers(msg, spec, date)
    body = spec["body"]
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    kind = spec["kind"]
    if cs == "windows-1258":
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = 'text/plain; charset="windows-1258"'
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg.set_payload(quopri.encodestring(to_cp1258(body)).decode("ascii"))
    elif kind == "plain":
        if body.isascii() and cte is None:
            msg.set_content(body, charset="us-ascii", cte="7bit")
        else:
            msg.set_content(body, charset="utf-8", cte=cte or "8bit")
    elif kind == "html":
        msg.set_content(to_html(body, qp_nbsp=True), subtype="html", charset="utf-8", cte=cte or "quoted-printable")
    elif kind == "alt":
        msg.set_content(body, charset="utf-8", cte=cte or "quoted-printable")
        msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte=cte or "quoted-printable")
    return fix_headers(msg.as_bytes(policy=policy.default), spec)

def fix_headers(raw, spec):
    """Re-encode From/Subject with the compat32 RFC 2047 encoder (policy.default folding can drop spaces)."""
    head, sep, rest = raw.partition(b"\n\n")
    lines = []
    for ln in head.split(b"\n"):
        if ln[:1] in (b" ", b"\t") and lines:
            lines[-1] += b"\n" + ln
        else:
            lines.append(ln)
    name, addr = spec["frm"]
    subj = Header(spec["subj"], "utf-8" if not spec["subj"].isascii() else "us-ascii", header_name="Subject").encode(maxlinelen=76)
    frm = utils.formataddr((name, addr), charset="utf-8")
    if len(frm) > 76:
        frm = frm.replace(" <", "\n <", 1)
    out = []
    for ln in lines:
        low = ln.lower()
        if low.startswith(b"subject:"):
            ln = ("Subject: " + subj).encode("ascii")
        elif low.startswith(b"from:"):
            ln = ("From: " + frm).encode("ascii")
        out.append(ln)
    return b"\n".join(out) + sep + rest

def build_bounce(spec, date):
    orig = EmailMessage(policy=policy.default)
    orig["From"] = Address("Thịnh Trí Group", addr_spec=SUP)
    orig["To"] = "nguyenvanbinh.2010@yahoo.com"
    orig["Subject"] = "Re: Đề nghị sửa thông tin cá nhân"
    orig["Date"] = utils.format_datetime(date - timedelta(seconds=7))
    orig["Message-ID"] = "<" + hashlib.md5(b"orig-au2").hexdigest() + "@thinhtrigroup.com>"
    orig.set_content("Kính gửi anh Bình,\n\nThịnh Trí đã cập nhật số điện thoại mới 0908 331 245 theo đề nghị sửa thông tin của anh. "
                     "Nếu anh muốn xóa hoặc xem lại dữ liệu cá nhân, vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.\n\n"
                     "Trân trọng,\nBộ phận Hỗ trợ khách hàng\nCông ty Hệ Thống Luật TNHH Thịnh Trí\n57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM\n",
                     charset="utf-8", cte="quoted-printable")
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep["Return-Path"] = "<>"
    rep["Date"] = utils.format_datetime(date)
    rep["From"] = "MAILER-DAEMON@mx1.thinhtrigroup.com (Mail Delivery System)"
    rep["Subject"] = spec["subj"]
    rep["To"] = spec["to"]
    rep["Auto-Submitted"] = "auto-replied"
    rep["Message-ID"] = "<20260409" + hashlib.md5(b"au2").hexdigest()[:10].upper() + "@mx1.thinhtrigroup.com>"
    t = MIMEText("This is the mail system at host mx1.thinhtrigroup.com.\n\n"
                 "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n"
                 "<nguyenvanbinh.2010@yahoo.com>: host mta7.am0.yahoodns.net[67.195.204.72] said:\n"
                 "    554 delivery error: dd This user doesn't have a yahoo.com account\n"
                 "    (nguyenvanbinh.2010@yahoo.com) [0] - mta4004.mail.gq1.yahoo.com (in reply to\n    end of DATA command)\n", "plain", "us-ascii")
    t["Content-Description"] = "Notification"
    rep.attach(t)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message(); b1["Reporting-MTA"] = "dns; mx1.thinhtrigroup.com"; b1["X-Postfix-Queue-ID"] = "4F2A1600C3"
    b1["Arrival-Date"] = utils.format_datetime(date - timedelta(seconds=5))
    b2 = Message(); b2["Final-Recipient"] = "rfc822; nguyenvanbinh.2010@yahoo.com"; b2["Action"] = "failed"; b2["Status"] = "5.0.0"
    b2["Remote-MTA"] = "dns; mta7.am0.yahoodns.net"; b2["Diagnostic-Code"] = "smtp; 554 delivery error: dd This user doesn't have a yahoo.com account"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    m = MIMEMessage(orig)
    m["Content-Description"] = "Undelivered Message"
    rep.attach(m)
    return rep.as_bytes(policy=policy.default)

# ---------------------------------------------------------------- verification
def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())

def all_text(raw):
    m = __import__("email").message_from_bytes(raw, policy=policy.default)
    parts = [str(m.get(h, "")) for h in ("From", "Subject", "To")]
    for p in m.walk():
        if p.get_content_maintype() == "text":
            c = p.get_content()
            if p.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            parts.append(c)
    return m, "\n".join(parts)

def check_phone(phone, text):
    digits = re.sub(r"\D", "", text)
    d = phone[1:]
    if d in digits:
        return True
    for cc in (1, 2, 3):
        if "0" + d[cc:] in digits:
            return True
    return False

def main():
    rnd2 = random.Random(2026)
    order = SPECS[:]
    rnd2.shuffle(order)
    assert len(order) == 50
    labels = {}
    start = datetime(2026, 4, 1, 7, 0, tzinfo=timezone(timedelta(hours=7)))
    offsets = sorted(rnd2.uniform(0, 29 * 86400) for _ in order)
    for i, spec in enumerate(order, 1):
        fn = f"q{i:03d}.eml"
        tz = timezone(timedelta(hours=rnd2.choice([7, 7, 7, 7, 1, 2, 8, 9, 0, -7])))
        if spec.get("auto") or spec["frm"] is None or spec["frm"][1].endswith((".vn", "vnhosting.net")):
            tz = timezone(timedelta(hours=7))
        date = (start + timedelta(seconds=int(offsets[i - 1]))).astimezone(tz)
        raw = build(spec, date)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(raw)
        lab = {"category": spec["cat"], "automated": bool(spec.get("auto")), "language": spec["lang"],
               "contact": {k: (v.lower() if k == "email" and v else v) for k, v in spec["contact"].items()}}
        if spec.get("note"):
            lab["note"] = spec["note"]
        labels[fn] = lab
        # verify
        m, text = all_text(raw)
        assert not m.defects, (fn, m.defects)
        if not spec.get("bounce"):
            assert str(m["Subject"]) == spec["subj"], (fn, str(m["Subject"]))
            assert m["From"].addresses[0].display_name == spec["frm"][0] and m["From"].addresses[0].addr_spec == spec["frm"][1], fn
        ntext = norm(text)
        c = lab["contact"]
        if lab["automated"]:
            assert all(v is None for v in c.values()), fn
        for k in ("name", "address"):
            if c[k]:
                assert norm(c[k]) in ntext, (fn, k, c[k])
        if c["email"]:
            assert c["email"] in text.lower(), (fn, c["email"])
        if c["phone"]:
            assert re.fullmatch(r"\+\d{8,15}", c["phone"]) and check_phone(c["phone"], text), (fn, c["phone"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2, sort_keys=True)
    from collections import Counter
    print(Counter((v["category"], v["automated"]) for v in labels.values()))
    print(Counter(v["language"] for v in labels.values()))

if __name__ == "__main__":
    main()
