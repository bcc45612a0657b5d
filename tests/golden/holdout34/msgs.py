# -*- coding: utf-8 -*-
"""Message data for h34_001 ... h34_025 (see make.py for the builder)."""

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"

SIG_LINH_VI = """Mai Khánh Linh
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65 | Email: info@thinhtrigroup.com"""

SIG_LINH_EN = """Mai Khanh Linh | Client Services
Thinh Tri Legal System Co., Ltd.
57-59 Vo Thi Sau Street, Vo Thi Sau Ward, District 3, HCMC
Hotline: 1800 63 65"""

SIG_TRONG_VI = """Kha Văn Trọng
Chuyên viên hồ sơ - Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65"""

MSGS = [
# ---------------------------------------------------------------- 001
dict(n=1, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Quách Thị Mỹ Duyên", "myduyen.quach@gmail.com")},
     to=("Thịnh Trí Group", INFO),
     subject="Re: Báo phí dịch vụ thành lập công ty TNHH - chị Duyên",
     date="2026-02-12 21:14:37",
     body="""Chào chị Linh,

Em đọc kỹ báo phí rồi, rõ ràng lắm, cảm ơn chị. Em chốt gói thành lập công ty TNHH hai thành viên trọn gói 6.500.000đ như chị gửi (chưa gồm khắc dấu). Tên dự kiến: Công ty TNHH Nông Sản Sạch Mộc Lam, trụ sở tạm đặt ở nhà em dưới Thủ Đức.

Chị soạn giúp em hợp đồng dịch vụ và gửi thông tin chuyển khoản đợt 1 nha. Còn cần chuẩn bị giấy tờ gì của hai thành viên góp vốn thì chị nhắn Zalo em số 0868 214 735 cho nhanh ạ, giờ hành chính em hay bận không check mail kịp.

Em Duyên
""",
     quote=dict(kind="gmail_vi", from_name="Mai Khánh Linh - Thịnh Trí", from_addr=INFO,
                date="2026-02-11 10:42",
                text="""Kính gửi chị Quách Thị Mỹ Duyên,

Cảm ơn chị đã quan tâm đến dịch vụ của Thịnh Trí. Theo trao đổi qua điện thoại sáng nay (mã yêu cầu YC-260211-07), Công ty xin gửi chị báo phí dịch vụ thành lập công ty TNHH hai thành viên trở lên:

- Phí dịch vụ trọn gói: 6.500.000 đồng (đã gồm lệ phí đăng ký doanh nghiệp, công bố thông tin);
- Thời gian: 5-7 ngày làm việc kể từ khi nhận đủ hồ sơ;
- Chưa bao gồm: khắc dấu, chữ ký số, hóa đơn điện tử.

Nếu chị đồng ý, vui lòng phản hồi email này để chúng tôi soạn hợp đồng dịch vụ.

Trân trọng,
""" + SIG_LINH_VI),
     label=dict(category="service_request", language="vi", name="Quách Thị Mỹ Duyên",
                phone="+84868214735", email="myduyen.quach@gmail.com",
                note="Reply accepting a fee quote; asks for the contract and payment details. Sign-off is only 'Em Duyên' (full name from From / quoted salutation). Quoted firm text has the firm's hotline and address.")),

# ---------------------------------------------------------------- 002
dict(n=2, client="generic", layout="alt", cte="base64", hcs="q",
     **{"from": ("Pháp Lý & Doanh Nghiệp", "bantin@phaplydoanhnghiep.vn")},
     to=INFO,
     subject="Điểm tin pháp luật tuần 12/2026: Dữ liệu cá nhân, thuế hộ kinh doanh, lao động nước ngoài",
     date="2026-03-23 06:45:00",
     message_id="<20260323064500.3f9a1c77e2b4@mailer.phaplydoanhnghiep.vn>",
     headers=[("List-Id", "Diem tin phap luat <weekly.phaplydoanhnghiep.vn>"),
              ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=a81f3c&e=info%40thinhtrigroup.com>, <mailto:unsubscribe@phaplydoanhnghiep.vn>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk"),
              ("X-Campaign-ID", "pldn-w12-2026")],
     body="""PHÁP LÝ & DOANH NGHIỆP - ĐIỂM TIN PHÁP LUẬT TUẦN 12/2026

Kính gửi Quý bạn đọc,

1. Bảo vệ dữ liệu cá nhân: những điểm doanh nghiệp cần rà soát trong chính sách quyền riêng tư, quy trình tiếp nhận yêu cầu xóa, chỉnh sửa và cung cấp dữ liệu của khách hàng.
2. Thuế hộ kinh doanh: lộ trình bỏ thuế khoán và các mốc kê khai mới.
3. Lao động nước ngoài: hồ sơ xin giấy phép lao động - những lỗi thường gặp khiến hồ sơ bị trả lại.
4. Hỏi - đáp: Khách hàng yêu cầu xóa thông tin nhưng hợp đồng còn hiệu lực thì xử lý thế nào?

Đọc toàn văn tại: https://phaplydoanhnghiep.vn/diem-tin/tuan-12-2026

Đường dây nóng tòa soạn: (028) 3930 7715

Bạn nhận được email này vì đã đăng ký nhận bản tin của Pháp Lý & Doanh Nghiệp.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=a81f3c
""",
     html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Điểm tin pháp luật tuần 12/2026</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0b3d6e;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold;">PHÁP LÝ &amp; DOANH NGHIỆP<br><span style="font-size:13px;font-weight:normal;">Điểm tin pháp luật tuần 12/2026</span></td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>Kính gửi Quý bạn đọc,</p>
<p><b>1. Bảo vệ dữ liệu cá nhân:</b> những điểm doanh nghiệp cần rà soát trong chính sách quyền riêng tư, quy trình tiếp nhận yêu cầu xóa, chỉnh sửa và cung cấp dữ liệu của khách hàng.</p>
<p><b>2. Thuế hộ kinh doanh:</b> lộ trình bỏ thuế khoán và các mốc kê khai mới.</p>
<p><b>3. Lao động nước ngoài:</b> hồ sơ xin giấy phép lao động &ndash; những lỗi thường gặp khiến hồ sơ bị trả lại.</p>
<p><b>4. Hỏi &ndash; đáp:</b> Khách hàng yêu cầu xóa thông tin nhưng hợp đồng còn hiệu lực thì xử lý thế nào?</p>
<p style="text-align:center;"><a href="https://phaplydoanhnghiep.vn/diem-tin/tuan-12-2026" style="background:#e67e22;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Đọc toàn văn</a></p>
<p style="font-size:12px;color:#555;">Đường dây nóng tòa soạn: (028) 3930 7715</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;">Bạn nhận được email này vì đã đăng ký nhận bản tin của Pháp Lý &amp; Doanh Nghiệp.<br><a href="https://phaplydoanhnghiep.vn/unsubscribe?u=a81f3c" style="color:#888;">Hủy đăng ký</a></td></tr>
</table></td></tr></table>
<img src="https://phaplydoanhnghiep.vn/o.gif?c=pldn-w12-2026&amp;u=a81f3c" width="1" height="1" alt="">
</body></html>
""",
     label=dict(category="unknown", automated=True, language="vi",
                note="Bulk newsletter (Precedence: bulk, List-Unsubscribe); talks about deletion/correction/access requests but is not customer mail.")),

# ---------------------------------------------------------------- 003
dict(n=3, client="gmail", layout="plain", cte="7bit",
     **{"from": ("Hau Kieu", "kieuvanhau.bd@gmail.com")},
     to=SUPPORT,
     subject="LUAT SU LAM AN KIEU GI VAY??? don khang cao bi tra vi nop tre",
     date="2026-03-09 07:02:11",
     body="""Toi la Kieu Van Hau, khach hang vu tranh chap dat o Di An, hop dong dich vu so 0388/2025/HDDV-TT.

Toi da dong du 30 trieu phi luat su tu thang 10. Luat su Bao hua chac chan nop don khang cao truoc ngay 05/03, vay ma hom qua toa goi bao don nop tre 2 ngay, qua thoi han khang cao nen bi tra lai. Toi mat trang quyen khang cao chi vi cong ty lam viec tac trach!!!

Tu chieu qua toi goi cho luat su Bao 6 cuoc khong nghe may, nhan tin Zalo da xem ma khong tra loi.

Toi yeu cau cong ty:
1) Tra loi bang van ban tai sao nop tre, ai chiu trach nhiem.
2) Hoan lai toan bo 30 trieu phi da dong.
3) Boi thuong thiet hai cho toi.

Trong tuan nay ma khong co cau tra loi thi toi gui don len Doan luat su va lien he bao chi. Toi noi la lam.

Kieu Van Hau - 0356 902 471
""",
     label=dict(category="complaint", language="vi", name="Kieu Van Hau",
                phone="+84356902471", email="kieuvanhau.bd@gmail.com",
                note="Angry complaint (missed appeal deadline) with demands for refund and compensation; written without diacritics.")),

# ---------------------------------------------------------------- 004
dict(n=4, client="outlookcom", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Daniel Whitaker", "d.whitaker@outlook.com")},
     to=SUPPORT,
     subject="Copy of my personal data - file ref. TT-HS-2025-0962",
     date="2026-03-04 16:27:50",
     body="""Hello,

Your firm handled my work permit renewal last autumn (file ref. TT-HS-2025-0962). I'm now applying for permanent residence in another country and my immigration adviser has asked me to gather every record relating to my time in Vietnam.

Could you please send me a copy of the personal data you hold about me - identity documents, correspondence and any internal notes - and let me know whether any of it was passed to third parties (for example the labour department or your translators)?

To be clear, I have no complaint about the service; this is purely for my own records.

Kind regards,
Daniel Whitaker
Mob: +84 779 318 602
""",
     label=dict(category="access_request", language="en", name="Daniel Whitaker",
                phone="+84779318602", email="d.whitaker@outlook.com",
                note="Asks for a copy and who it was shared with; explicitly not a complaint.")),

# ---------------------------------------------------------------- 005
dict(n=5, client="gmail", layout="alt", cte="7bit",
     **{"from": ("Ngoc Han Luu", "ngochan.luu92@gmail.com")},
     to=INFO,
     subject="CHU NHA KHOA CUA DUOI TOI RA DUONG - can luat su gap!!!",
     date="2026-01-22 19:48:05",
     body="""Chao cong ty,

Toi that su dang rat buc minh va khong biet phai lam sao!!! Toi thue phong tro o Go Vap 2 nam nay, hop dong con 8 thang. Chieu nay di lam ve thi chu nha da thay o khoa, dem do dac cua toi de het ngoai hanh lang, noi la da ban nha roi, cho toi 3 ngay de don di. Tien coc 2 thang (9 trieu) thi noi khong tra.

Chu nha lam vay ma duoc sao?? Khong co luat phap gi het ha???

Toi can luat su tu van gap: chu nha lam vay co dung luat khong, toi co doi lai coc va boi thuong duoc khong, co can trinh bao cong an phuong khong. Goi hotline toi so khong ai nghe vi ngoai gio nen toi gui mail, luat su goi lai cho toi so 0794 516 230 som nhat co the nha.

Luu Thi Ngoc Han
""",
     label=dict(category="service_request", language="vi", name="Luu Thi Ngoc Han",
                phone="+84794516230", email="ngochan.luu92@gmail.com",
                note="Very angry tone, but the anger is at the landlord, not the firm; the mail asks for urgent legal help.")),

# ---------------------------------------------------------------- 006
dict(n=6, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Cao Thị Ngọc Ánh", "ngocanh.cao.hr@gmail.com")},
     to=INFO,
     subject="Re: [TT-HS-2026-0143] Lịch ký hợp đồng mua bán căn hộ",
     date="2026-02-25 12:36:40",
     body="""Chào anh Trọng,

Lịch ký thứ Năm 05/03 em vẫn giữ như cũ ạ.

Nhân tiện em báo: em vừa chuyển sang số điện thoại mới là 0329 660 184. Số 0908 115 372 em ghi trong phiếu thông tin hồi tháng 1 sẽ cắt từ cuối tháng này. Anh cập nhật giúp em số mới trong hồ sơ TT-HS-2026-0143 và báo luật sư phụ trách gọi số mới nhé.

Cảm ơn anh,
Cao Thị Ngọc Ánh
""",
     quote=dict(kind="gmail_vi", from_name="Kha Văn Trọng", from_addr=INFO,
                date="2026-02-24 15:05",
                text="""Kính gửi chị Cao Thị Ngọc Ánh,

Công ty xác nhận lịch ký hợp đồng mua bán căn hộ (hồ sơ TT-HS-2026-0143):
- Thời gian: 9h00 thứ Năm, ngày 05/03/2026
- Địa điểm: Văn phòng công chứng Nguyễn Du, 12 Nguyễn Du, Q.1
- Luật sư đi cùng: LS Đặng Quốc Bảo

Thông tin liên hệ của chị trong hồ sơ:
- Điện thoại: 0908 115 372
- Email: ngocanh.cao.hr@gmail.com

Chị vui lòng mang theo CCCD bản gốc. Nếu thông tin trên có thay đổi, chị phản hồi email này giúp chúng tôi.

Trân trọng,
""" + SIG_TRONG_VI),
     label=dict(category="correction_request", language="vi", name="Cao Thị Ngọc Ánh",
                phone="+84329660184", email="ngocanh.cao.hr@gmail.com",
                note="Reply in a thread that only confirms an appointment; the actual request is to replace the phone on file. Old number 0908 115 372 appears in the body and in the quoted firm mail.")),

# ---------------------------------------------------------------- 007
dict(n=7, client="outlook", layout="plain", cte="7bit",
     **{"from": ("Siddharth Rao", "siddharth.rao@meridianfoods.asia")},
     to=("Thinh Tri Legal", INFO),
     subject="Automatic reply: Draft distribution agreement - comments by 20 March",
     date="2026-03-16 09:31:12",
     in_reply_to="<7d2c9e41-5b0a-4c1e-9f3a-2e8b6d1c0a77@thinhtrigroup.com>",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "siddharth.rao@meridianfoods.asia")],
     body="""Thank you for your message.

I am travelling on business until Monday 23 March 2026 with limited access to email. For anything urgent regarding contracts or legal matters, please contact Ms Pham Thu Hien (hien.pham@meridianfoods.asia, +84 28 3911 6720).

Otherwise I will respond on my return.

Siddharth Rao
Legal & Compliance Lead, Meridian Foods Asia
""",
     label=dict(category="unknown", automated=True, language="en",
                note="Out-of-office reply to the firm's own mail about a contract; the colleague's email and phone are not a contact.")),

# ---------------------------------------------------------------- 008
dict(n=8, client="yahoo", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Huỳnh Thị Bảo Trân", "baotran.huynh@yahoo.com")},
     to=INFO,
     subject="Re: Xác nhận lịch tư vấn ngày 12/02 - Luật sư Đặng Quốc Bảo",
     date="2026-02-23 20:17:09",
     body="""Chào chị Linh,

Buổi tư vấn hôm 12/02 nhìn chung luật sư Bảo giải thích dễ hiểu, em cảm ơn. Tuy vậy em hơi buồn một chút: em đến đúng 9 giờ như lịch hẹn trong email dưới đây nhưng phải ngồi chờ gần 40 phút mới được gặp, cũng không ai báo trước là luật sư đến trễ. Ngoài ra hôm đó chị có nói sẽ gửi bản tóm tắt nội dung tư vấn trong 2 ngày, đến nay hơn 1 tuần em vẫn chưa thấy.

Em không muốn làm lớn chuyện, chỉ mong công ty lưu ý để những khách sau không gặp tình trạng như em.

Trân trọng,
Bảo Trân
0917 482 650
""",
     quote=dict(kind="gmail_vi", from_name="Mai Khánh Linh - Thịnh Trí", from_addr=INFO,
                date="2026-02-10 16:20",
                text="""Kính gửi chị Huỳnh Thị Bảo Trân,

Thịnh Trí xác nhận lịch tư vấn trực tiếp của chị:
- Thời gian: 9h00 thứ Năm, ngày 12/02/2026
- Luật sư tư vấn: LS Đặng Quốc Bảo
- Nội dung: tranh chấp tiền đặt cọc mua nhà

Chị vui lòng đến trước 10 phút và mang theo giấy tờ liên quan.

Trân trọng,
""" + SIG_LINH_VI),
     label=dict(category="complaint", language="vi", name="Huỳnh Thị Bảo Trân",
                phone="+84917482650", email="baotran.huynh@yahoo.com",
                note="Mild, polite dissatisfaction ('không muốn làm lớn chuyện', no concrete demand) is still a complaint. Sign-off is only 'Bảo Trân'; full name from From / quoted salutation.")),

# ---------------------------------------------------------------- 009
dict(n=9, client="gmail", layout="alt", cte="7bit",
     **{"from": ("Tomasz Nowak", "tomasz.nowak.vn@gmail.com")},
     to=INFO,
     subject="Employer hasn't paid me for 3 months - need a lawyer NOW",
     date="2026-03-02 22:41:56",
     body="""Hi,

I'm honestly at the end of my rope. I've been teaching at a language centre in Binh Thanh since 2024 on a two-year contract. They haven't paid my salary since December, keep telling me "next week", and now the director has stopped answering my messages altogether. On top of that they are holding my passport "for the work permit renewal" and refuse to give it back.

This is outrageous and I am not going to let it slide.

I need someone who can act for me: send a formal demand letter, tell me whether I should go to the labour inspectorate, and help me get my passport back. I can come to your office any afternoon this week. Please ring me on 0886 407 153.

Tomasz Nowak
""",
     label=dict(category="service_request", language="en", name="Tomasz Nowak",
                phone="+84886407153", email="tomasz.nowak.vn@gmail.com",
                note="Furious tone is aimed at the employer, not the firm; the sender asks the firm to take on the case.")),

# ---------------------------------------------------------------- 010
dict(n=10, client="outlookcom", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Ninh Thị Hồng Nhung", "hongnhung.ninh@outlook.com")},
     to=SUPPORT,
     subject="Đề nghị xóa dữ liệu cá nhân sau khi kết thúc tư vấn",
     date="2026-01-27 10:05:33",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Ninh Thị Hồng Nhung. Tháng 11/2025 tôi đã nhờ Công ty hỗ trợ chuyện phân chia tài sản khi ly hôn (mã hồ sơ TT-HS-2025-1102). Vợ chồng tôi đã hòa giải được và rút đơn, nên tôi không sử dụng dịch vụ nữa.

Tôi rút lại sự đồng ý cho Công ty xử lý dữ liệu cá nhân của tôi và đề nghị Công ty xóa toàn bộ thông tin, giấy tờ tôi đã cung cấp: bản sao CCCD, giấy chứng nhận kết hôn, sao kê tài khoản ngân hàng và ghi chép các buổi tư vấn. Nếu có phần nào Công ty bắt buộc phải lưu theo quy định thì xin cho tôi biết cụ thể.

Mong Công ty xác nhận qua email khi đã xóa xong.

Trân trọng,
Ninh Thị Hồng Nhung
ĐT: 0389 527 016
""",
     label=dict(category="deletion_request", language="vi", name="Ninh Thị Hồng Nhung",
                phone="+84389527016", email="hongnhung.ninh@outlook.com")),

# ---------------------------------------------------------------- 011
dict(n=11, client="iphone", layout="plain", cte="8bit",
     **{"from": ("Bạch Văn Tùng", "bachvantung.hn@gmail.com")},
     to=INFO,
     subject="Cảm ơn luật sư Ngọc và các anh chị",
     date="2026-03-14 08:12:44",
     body="""Chào các anh chị,

Hôm qua tôi đã nhận được văn bằng bảo hộ nhãn hiệu "TÙNG BẠCH COFFEE" từ Cục Sở hữu trí tuệ. Gần hai năm chờ đợi cuối cùng cũng xong. Cảm ơn luật sư Ngọc và chị Linh đã theo sát hồ sơ từ đầu đến cuối, nhắc tôi từng mốc thời gian.

Chúc công ty nhiều sức khỏe, làm ăn phát đạt. Có việc gì tôi sẽ lại nhờ các anh chị.

Bạch Văn Tùng
0934 260 817

Gửi từ iPhone của tôi
""",
     label=dict(category="unknown", language="vi", name="Bạch Văn Tùng",
                phone="+84934260817", email="bachvantung.hn@gmail.com",
                note="Thanks only; no request. 'Bảo hộ' refers to the trademark certificate.")),

# ---------------------------------------------------------------- 012
dict(n=12, client="generic", layout="alt", cte="7bit",
     **{"from": ("Siobhan Gallagher", "siobhan.gallagher@protonmail.com")},
     to=SUPPORT,
     subject="Spelling of my surname in your records",
     date="2026-02-03 11:50:21",
     tz="+0700",
     body="""Dear Thinh Tri team,

I noticed that the invoice for my lease review (invoice no. 0001247) and your last two emails address me as "Siobhan Galagher", with one L. My surname is Gallagher, double L, exactly as it appears in my passport.

Could you please correct the spelling in your client records so that future invoices and any documents you prepare for me show the right name? There's no need to reissue the old invoice - my company has already processed it.

Many thanks,
Siobhan Gallagher
+84 703 915 226
""",
     label=dict(category="correction_request", language="en", name="Siobhan Gallagher",
                phone="+84703915226", email="siobhan.gallagher@protonmail.com",
                note="Misspelled variant 'Siobhan Galagher' also appears; the invoice number is not a phone.")),

# ---------------------------------------------------------------- 013
dict(n=13, client="outlook", layout="alt", cte="quoted-printable", hcs="b", html_lang="VI",
     **{"from": ("Lã Minh Tâm", "tam.la@thaiduongpack.vn")},
     to=INFO, cc="ketoan@thaiduongpack.vn",
     subject="HĐDV 0214/2026/HĐDV-TT - đã thanh toán đợt 1, nhờ xuất hóa đơn và báo lịch làm việc",
     date="2026-03-11 14:22:08",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Lã Minh Tâm, kế toán trưởng Công ty CP Bao Bì Thái Dương. Ngày 02/03/2026 bên tôi đã chuyển khoản 24.000.000 đồng thanh toán đợt 1 theo Hợp đồng dịch vụ số 0214/2026/HĐDV-TT (rà soát hợp đồng lao động và nội quy lao động), nội dung chuyển khoản "TDP TT 0214 DOT 1".

Đây không phải khiếu nại, chỉ là đến nay bên tôi chưa nhận được hóa đơn GTGT cho khoản này và cũng chưa thấy lịch làm việc với phòng nhân sự như phụ lục hợp đồng. Nhờ Công ty:
1. Xuất hóa đơn GTGT: Công ty CP Bao Bì Thái Dương, MST 3702918546;
2. Gửi lịch làm việc dự kiến trong tuần tới.

Trân trọng,
Lã Minh Tâm
Kế toán trưởng - Công ty CP Bao Bì Thái Dương
ĐT: 0977 385 041
""",
     label=dict(category="service_request", language="vi", name="Lã Minh Tâm",
                phone="+84977385041", email="tam.la@thaiduongpack.vn",
                note="Existing-client follow-up on a contract payment; 'Đây không phải khiếu nại' — asks for a VAT invoice and a schedule. The 10-digit tax code 3702918546 is not a phone.")),

# ---------------------------------------------------------------- 014
dict(n=14, client="generic", layout="html", cte="base64", hcs="b",
     **{"from": ("Thu ky Toa an - Nguyen Huu Phuoc", "thongbao@toaan-dientu-gov.com")},
     to=INFO,
     subject="[KHẨN] Giấy triệu tập điện tử số 1487/GTT - Công ty Hệ Thống Luật Thịnh Trí",
     date="2026-03-19 02:14:09", tz="+0000",
     body="",
     html="""<html><body style="font-family:Times New Roman,serif;font-size:15px;">
<p style="text-align:center;"><b>TÒA ÁN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH</b><br>CỔNG THÔNG BÁO ĐIỆN TỬ</p>
<p>Kính gửi: <b>Công ty Hệ Thống Luật TNHH Thịnh Trí</b></p>
<p>Tòa án thông báo Quý công ty là <b>bị đơn</b> trong vụ án tranh chấp hợp đồng dịch vụ số 1487/2026/TLST-KDTM. Quý công ty vui lòng tải Giấy triệu tập và hồ sơ vụ án tại đường link dưới đây trong vòng <span style="color:red;"><b>24 giờ</b></span>. Quá thời hạn trên, Tòa án sẽ xét xử vắng mặt theo quy định.</p>
<p><a href="http://toaan-dientu-gov.com/hoso/tai-ve?id=1487GTT">TẢI GIẤY TRIỆU TẬP VÀ HỒ SƠ VỤ ÁN</a><br>Mật khẩu giải nén: 1487</p>
<p>Mọi thắc mắc liên hệ Thư ký phiên tòa: Nguyễn Hữu Phước - ĐT: 0582 740 319</p>
</body></html>
""",
     label=dict(category="unknown", language="vi", name="Nguyễn Hữu Phước",
                phone="+84582740319", email="thongbao@toaan-dientu-gov.com",
                note="Phishing that impersonates a court (fake domain, link to download 'summons', 24-hour threat): spam, so unknown. Sent by a person, not an automated system; contact is what the scammer gives ('thư ký' name and phone, From address).")),

# ---------------------------------------------------------------- 015
dict(n=15, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Đào Quang Vinh", "vinh.daoquang@gmail.com")},
     to=INFO, cc="support@thinhtrigroup.com",
     subject="Re: Thông báo thanh toán đợt 2 - HĐDV số 0097/2026/HĐDV-TT",
     date="2026-03-18 08:55:19",
     body="""Chị Linh và bộ phận kế toán,

Tôi phản đối thông báo thanh toán này. Hợp đồng 0097/2026/HĐDV-TT tôi ký ghi rõ phí trọn gói 18.000.000 đồng, chia 2 đợt, mỗi đợt 9.000.000 đồng. Đợt 1 tôi đã chuyển đủ ngày 14/01. Nay Công ty đòi đợt 2 là 15.500.000 đồng, cộng thêm "chi phí phát sinh đi lại, sao y, dịch thuật" mà không ai hỏi ý kiến tôi trước, cũng không có phụ lục nào tôi ký.

Tôi thấy cách làm này không minh bạch và rất không chấp nhận được. Tôi chỉ thanh toán đúng 9.000.000 đồng theo hợp đồng. Đề nghị Công ty gửi lại thông báo đúng số tiền, kèm giải trình bằng văn bản vì sao có các khoản phát sinh này và ai đã duyệt.

Đào Quang Vinh
0912 730 548
""",
     quote=dict(kind="gmail_vi", from_name="Tạ Minh Nhật - Kế toán Thịnh Trí", from_addr=INFO,
                date="2026-03-17 17:40",
                text="""Kính gửi anh Đào Quang Vinh,

Công ty Hệ Thống Luật TNHH Thịnh Trí xin thông báo khoản thanh toán đợt 2 theo Hợp đồng dịch vụ số 0097/2026/HĐDV-TT:

- Phí dịch vụ đợt 2: 9.000.000 đồng
- Chi phí phát sinh (đi lại, sao y, dịch thuật): 6.500.000 đồng
- Tổng cộng: 15.500.000 đồng
- Hạn thanh toán: 25/03/2026

Thông tin chuyển khoản:
Chủ tài khoản: Công ty Hệ Thống Luật TNHH Thịnh Trí
Số tài khoản: 1903 3668 8990 12 - Techcombank CN Quận 3
Nội dung: VINH 0097 DOT 2

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Tạ Minh Nhật
Kế toán - Công ty Hệ Thống Luật TNHH Thịnh Trí"""),
     label=dict(category="complaint", language="vi", name="Đào Quang Vinh",
                phone="+84912730548", email="vinh.daoquang@gmail.com",
                note="Reply disputing the firm's payment notice; also asks for a corrected notice, but the mail as a whole is a complaint about unagreed charges. Quoted text has the firm's bank account and hotline.")),

# ---------------------------------------------------------------- 016
dict(n=16, client="iphone", layout="plain", cte="8bit",
     **{"from": ("Phal Thach", "thachsophal1979@gmail.com")},
     to=INFO,
     subject="hoi ve tranh chap ranh dat voi nha ben canh",
     date="2026-02-16 05:47:30",
     body="""Chao luat su,

Toi ten Thach So Phal, nha o Soc Trang. Nha ben canh xay hang rao lan qua dat toi khoang 1 met, dai hon 30 met. So do cua toi co ghi ro kich thuoc. Toi da bao ap hoa giai 2 lan ma ho khong chiu do hang rao.

Xin hoi luat su toi phai lam don gui dau, co can do dac lai khong, chi phi khoang bao nhieu. Toi khong ranh email lam, luat su goi so 0817 263 590 giup toi.

Cam on luat su.

Gửi từ iPhone của tôi
""",
     label=dict(category="service_request", language="vi", name="Thach So Phal",
                phone="+84817263590", email="thachsophal1979@gmail.com",
                note="Text without diacritics except the iPhone sign-off; 'nhà ở Sóc Trăng' is not a usable address.")),

# ---------------------------------------------------------------- 017
dict(n=17, client="thunderbird", layout="plain", cte="8bit", flowed=True,
     **{"from": ("Olivier Marchand", "olivier.marchand@orange.fr")},
     to=SUPPORT,
     subject="Closing my file - erasure request (ref. TT-HS-2024-0735)",
     date="2026-02-09 18:20:47", tz="+0100",
     body="""Dear Sir or Madam,

My divorce proceedings in Ho Chi Minh City, which your firm handled (ref. TT-HS-2024-0735), were finalised in January and I have since moved back to France.

I would now like you to erase the personal data you hold about me: copies of my passport and residence card, my bank statements, the valuation of the apartment and all our correspondence. Where Vietnamese law requires you to keep certain records, please tell me which ones and for how long, and delete everything else.

Please confirm by email once this has been done.

Yours faithfully,
Olivier Marchand
14 rue des Tanneurs, 67000 Strasbourg, France
""",
     label=dict(category="deletion_request", language="en", name="Olivier Marchand",
                phone=None, email="olivier.marchand@orange.fr",
                address="14 rue des Tanneurs, 67000 Strasbourg, France")),

# ---------------------------------------------------------------- 018
dict(n=18, client="generic", layout="dsn",
     **{"from": ("Mail Delivery Subsystem", "MAILER-DAEMON@mx2.vnn.vn")},
     return_path="<>",
     to="<info@thinhtrigroup.com>",
     subject="Returned mail: see transcript for details",
     date="2026-03-05 09:04:51",
     message_id="<202603050204.6252E4pQ018817@mx2.vnn.vn>",
     headers=[("Auto-Submitted", "auto-generated (failure)")],
     dsn=dict(
         notice="""The original message was received at Thu, 5 Mar 2026 09:03:27 +0700
from mail.thinhtrigroup.com [103.97.125.44]

   ----- The following addresses had permanent fatal errors -----
<hoanganh.lu@vnn.vn>
    (reason: 550 5.2.1 Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mailstore3.vnn.vn.:
>>> RCPT To:<hoanganh.lu@vnn.vn>
<<< 550 5.2.1 <hoanganh.lu@vnn.vn>... Mailbox disabled for this recipient
550 5.2.1 <hoanganh.lu@vnn.vn>... Mailbox disabled for this recipient
""",
         status_blocks=[
             [("Reporting-MTA", "dns; mx2.vnn.vn"),
              ("Received-From-MTA", "DNS; mail.thinhtrigroup.com"),
              ("Arrival-Date", "Thu, 5 Mar 2026 09:03:27 +0700")],
             [("Final-Recipient", "RFC822; hoanganh.lu@vnn.vn"),
              ("Action", "failed"), ("Status", "5.2.1"),
              ("Remote-MTA", "DNS; mailstore3.vnn.vn"),
              ("Diagnostic-Code", "SMTP; 550 5.2.1 <hoanganh.lu@vnn.vn>... Mailbox disabled for this recipient"),
              ("Last-Attempt-Date", "Thu, 5 Mar 2026 09:04:51 +0700")]],
         original=dict(n=0, client="generic", layout="plain", cte="quoted-printable", hcs="q",
                       **{"from": ("Thịnh Trí Group", INFO)},
                       to="hoanganh.lu@vnn.vn",
                       subject="Nhắc thanh toán phí dịch vụ - HĐDV số 0312/2025/HĐDV-TT",
                       date="2026-03-05 09:03:24",
                       message_id="<4f8e1a2b-6c3d-4e5f-8a9b-0c1d2e3f4a5b@thinhtrigroup.com>",
                       body="""Kính gửi anh Lữ Hoàng Anh,

Theo Hợp đồng dịch vụ số 0312/2025/HĐDV-TT, khoản phí đợt cuối 7.000.000 đồng đã đến hạn thanh toán ngày 28/02/2026. Kính đề nghị anh thanh toán trước ngày 12/03/2026 hoặc liên hệ chúng tôi nếu đã chuyển khoản.

Hotline: 1800 63 65

Trân trọng,
Phòng Kế toán - Công ty Hệ Thống Luật TNHH Thịnh Trí
""")),
     body="",
     label=dict(category="unknown", automated=True, language="en",
                note="Sendmail-style bounce from the recipient's provider for the firm's own payment reminder; the embedded original names a client and a contract but is not customer text.")),

# ---------------------------------------------------------------- 019
dict(n=19, client="gmail", layout="alt", cte="base64", hcs="b",
     **{"from": ("Phùng Thị Diễm My", "diemmy.phung@gmail.com")},
     to=SUPPORT,
     subject="Yêu cầu cung cấp dữ liệu cá nhân đang lưu trữ - hồ sơ TT-HS-2025-0877",
     date="2026-01-15 09:38:02",
     body="""Kính gửi Công ty,

Tôi là Phùng Thị Diễm My, CCCD số 079188014562. Năm 2025 tôi sử dụng dịch vụ của Công ty để làm hợp đồng tặng cho nhà đất và sang tên xe (hồ sơ TT-HS-2025-0877).

Tôi đề nghị Công ty cho tôi biết:
- Công ty đang lưu những thông tin, giấy tờ nào của tôi;
- Mục đích lưu và thời gian dự kiến lưu;
- Các thông tin này đã được cung cấp cho bên nào chưa (ví dụ văn phòng công chứng).

Đồng thời gửi cho tôi một bản sao điện tử các dữ liệu đó qua email này.

Trân trọng,
Phùng Thị Diễm My
Điện thoại: 0765 318 942
Địa chỉ liên hệ: 27/4 Lê Văn Thọ, Phường An Hội Tây, TP.HCM
""",
     label=dict(category="access_request", language="vi", name="Phùng Thị Diễm My",
                phone="+84765318942", email="diemmy.phung@gmail.com",
                address="27/4 Lê Văn Thọ, Phường An Hội Tây, TP.HCM",
                note="12-digit CCCD number is not a phone.")),

# ---------------------------------------------------------------- 020
dict(n=20, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Kevin Lâm", "kevin@brewlab.vn")},
     to=INFO,
     subject="Đăng ký trademark cho brand BREWLAB - cần quote",
     date="2026-02-05 13:09:26",
     attachments=[("BREWLAB_logo_final.png", "png")],
     body="""Hi team Thịnh Trí,

Mình là Huy (Kevin), founder của BrewLab - chuỗi cold brew take-away, hiện có 4 store ở Q.1 và Thủ Đức. Tụi mình đang chuẩn bị gọi vốn nên investor yêu cầu phải có trademark protection trước.

Mình cần bên mình:
- Search khả năng bảo hộ cho wordmark BREWLAB và logo (file đính kèm);
- File đơn đăng ký nhãn hiệu cho nhóm 30, 32 và 43;
- Tư vấn thêm có nên nộp Madrid cho Singapore/Thailand luôn không.

Team gửi giúp mình quote + timeline nha. Nếu cần call thì ping mình số 0901 627 384, mình free sau 2pm.

Cheers,
Lâm Gia Huy (Kevin)
Founder - BrewLab Coffee
""",
     label=dict(category="service_request", language="mixed", name="Lâm Gia Huy",
                phone="+84901627384", email="kevin@brewlab.vn",
                note="From display name is the nickname 'Kevin Lâm'; full name in the signature. 'Protection'/'bảo hộ' is trademark protection, not data protection.")),

# ---------------------------------------------------------------- 021
dict(n=21, client="gmail", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Vivian Đặng", "vivian.dang.hr@gmail.com")},
     to=SUPPORT,
     subject="Sao bên môi giới BĐS lại biết hồ sơ của em?? - data leak?",
     date="2026-03-26 11:18:45",
     body="""Hi anh chị,

Em là Đặng Thục Quyên (Vivian). Tuần trước em có book consultation với luật sư bên mình về việc mua căn hộ off-plan ở Thủ Thiêm, em có share hợp đồng đặt cọc và thông tin tài chính của em để luật sư review.

Hôm qua có một agent tên Tuấn bên một sàn BĐS gọi em, biết chính xác tên dự án, số tiền cọc và nói là "bên luật sư giới thiệu qua". Em rất shock. Em chưa share mấy thông tin này với ai khác ngoài bên mình.

Em cần bên mình explain rõ: ai đã chuyển thông tin của em ra ngoài, và bên mình sẽ xử lý chuyện này thế nào. Honestly em khá thất vọng, vì em chọn bên mình là do tin tưởng.

Vivian - Đặng Thục Quyên
0938 164 207
""",
     label=dict(category="complaint", language="mixed", name="Đặng Thục Quyên",
                phone="+84938164207", email="vivian.dang.hr@gmail.com",
                note="Suspected leak to a real-estate agent ('Tuấn' is a third party). From display uses the English nickname.")),

# ---------------------------------------------------------------- 022
dict(n=22, client="outlook", layout="alt", cte="7bit",
     **{"from": ("Hoang Thi Tuyet", "tuyet.hoang@sonhaicorp.com.vn")},
     to=SUPPORT,
     subject="doi email nhan thong bao ho so TT-HS-2026-0219",
     date="2026-03-20 11:02:37",
     body="""Chao anh chi,

Em la Hoang Thi Tuyet, dang lam ho so xin cap the tam tru cho chong em qua cong ty (ho so TT-HS-2026-0219).

Em sap nghi viec o cong ty cu nen email cong ty se bi khoa tu 31/3. Anh chi doi giup email lien he trong ho so sang email ca nhan cua em: hoangtuyet.ht89@gmail.com, tu nay gui thong bao, hoa don vao email nay giup em.

So dien thoai 0372 904 615 van giu nguyen a.

Em cam on.
""",
     label=dict(category="correction_request", language="vi", name="Hoang Thi Tuyet",
                phone="+84372904615", email="hoangtuyet.ht89@gmail.com",
                note="New personal email in the body wins over the work From address.")),

# ---------------------------------------------------------------- 023
dict(n=23, client="outlook", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Priya Menon", "priya.menon@lexitranslate.asia")},
     to=INFO,
     subject="Certified legal translation for Thinh Tri - 20% partner discount",
     date="2026-01-20 10:15:00",
     attachments=[("LexiTranslate_RateCard_2026.pdf", "pdf")],
     body="""Dear Thinh Tri Legal team,

I'm reaching out from LexiTranslate Asia, a certified legal translation agency with offices in Singapore and Ho Chi Minh City. We work with more than 60 law firms across Southeast Asia on contracts, court filings and notarised translations in 14 languages.

For new partner firms we are offering 20% off all Vietnamese-English and Vietnamese-Korean translations for the first three months, 24-hour turnaround on documents under 10 pages, and free sworn-translator certification.

Would you be open to a short call next week? Our rate card is attached, and you can reach me directly at +84 28 7300 1948.

Warm regards,
Priya Menon
Partnerships Manager, LexiTranslate Asia
""",
     label=dict(category="unknown", language="en", name="Priya Menon",
                phone="+842873001948", email="priya.menon@lexitranslate.asia",
                note="Sales pitch to the firm, not a customer request.")),

# ---------------------------------------------------------------- 024
dict(n=24, client="outlook", layout="html", cte="quoted-printable", hcs="b", html_lang="VI",
     **{"from": ("Nghiêm Xuân Trường", "truong.nghiemxuan@gmail.com")},
     to=SUPPORT,
     subject="Khiếu nại: lần thứ hai gửi giấy tờ đến sai địa chỉ",
     date="2026-03-12 20:44:16",
     body="""Kính gửi Công ty,

Tôi là Nghiêm Xuân Trường, khách hàng hồ sơ tranh chấp hợp đồng xây dựng TT-HS-2025-1240.

Ngày 20/01 tôi đã báo Công ty là tôi chuyển nhà và đề nghị cập nhật địa chỉ. Vậy mà ngày 09/03 Công ty vẫn gửi bản sao đơn khởi kiện qua bưu điện về địa chỉ cũ ở Cầu Giấy. Người thuê mới đã mở phong bì, đọc được toàn bộ nội dung vụ việc và số tiền tranh chấp rồi mới gọi báo cho tôi. Đây là lần thứ hai chuyện này xảy ra.

Tôi rất bức xúc vì sự cẩu thả này, nhất là với tài liệu mật của khách hàng. Đề nghị Công ty giải thích bằng văn bản, có biện pháp khắc phục, và lần cuối cùng: cập nhật địa chỉ của tôi là Số 18 ngõ 62 Nguyễn Chí Thanh, Phường Láng, Hà Nội.

Nghiêm Xuân Trường
DĐ: 0983 517 264
""",
     label=dict(category="complaint", language="vi", name="Nghiêm Xuân Trường",
                phone="+84983517264", email="truong.nghiemxuan@gmail.com",
                address="Số 18 ngõ 62 Nguyễn Chí Thanh, Phường Láng, Hà Nội",
                note="Complaint about confidential papers sent twice to an old address that also asks (again) to correct the address; dominant intent complaint. HTML-only, phone written with &nbsp;.")),

# ---------------------------------------------------------------- 025
dict(n=25, client="outlook", layout="alt", cte="7bit", tz="+0900",
     **{"from": ("Kenji Watanabe", "k.watanabe@hoshino-seiki.co.jp")},
     to=INFO,
     subject="Inquiry: establishing a wholly foreign-owned subsidiary in Ho Chi Minh City",
     date="2026-03-03 17:30:52",
     body="""Dear Sir/Madam,

Hoshino Seiki Co., Ltd. is a manufacturer of precision springs based in Nagoya. We are considering establishing a wholly foreign-owned subsidiary in the former Binh Duong area (now part of Ho Chi Minh City) to supply our customers in Vietnam, with planned charter capital of approximately USD 1.2 million.

We would appreciate a proposal covering:
(1) the investment registration certificate and enterprise registration certificate;
(2) review of the factory lease;
(3) post-licensing procedures (company seal, tax registration, capital account).
Please include estimated fees and a timeline.

I will be in Ho Chi Minh City from 6 to 10 April and would welcome a meeting at your office.

Best regards,
Kenji Watanabe
General Manager, Overseas Business Development
Mobile (Vietnam): +84 869 205 731

Hoshino Seiki Co., Ltd. | Nagoya, Japan | Head office: +81 52 871 4406
""",
     label=dict(category="service_request", language="en", name="Kenji Watanabe",
                phone="+84869205731", email="k.watanabe@hoshino-seiki.co.jp",
                note="Company footer has the Japanese head-office switchboard (the company's, not the sender's own); the sender's own number is his Vietnam mobile.")),
]
