"""Message data for h33_026 ... h33_050 (see make.py)."""
from msgs import L

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Weekly Briefing #112</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0;">
<div style="max-width:620px;margin:0 auto;background:#ffffff;">
<div style="background:#0b3d5c;color:#ffffff;padding:16px 22px;font-size:19px;font-weight:bold;">SAIGON BUSINESS CIRCLE &ndash; WEEKLY BRIEFING #112</div>
<div style="padding:18px 22px;font-size:14px;line-height:1.6;">
<p>Dear member,</p>
<p><b>1. Data protection.</b> Draft guidance on the Personal Data Protection Law has been published for comment. Members can request access to our 4-page summary and a template data processing register from the secretariat.</p>
<p><b>2. Immigration.</b> A new fee schedule for visas and temporary residence cards applies from 1 April 2026. See the table on our <a href="https://saigonbusinesscircle.org/briefing/112#immigration">website</a>.</p>
<p><b>3. Networking night.</b> Thursday 26 March, 6.30 pm, Riverside Hotel rooftop. <a href="https://saigonbusinesscircle.org/events/march-networking">RSVP by 20 March</a>.</p>
<p>Questions? Contact the secretariat on 028 3822 0417.</p>
</div>
<div style="padding:12px 22px;font-size:11px;color:#777;border-top:1px solid #eee;">You are receiving this email because info@thinhtrigroup.com is subscribed to the Weekly Briefing.<br>
<a href="https://saigonbusinesscircle.org/unsubscribe?u=8c2f41" style="color:#777;">Unsubscribe</a> | <a href="https://saigonbusinesscircle.org/preferences?u=8c2f41" style="color:#777;">Update preferences</a></div>
</div></body></html>
"""

BOUNCE_NOTICE = """Delivery has failed to these recipients or groups:

hoangquocbao@vinhhoangsteel.com.vn
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: MAIL01.vinhhoangsteel.local

hoangquocbao@vinhhoangsteel.com.vn
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""

BOUNCE_NOTICE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:hoangquocbao@vinhhoangsteel.com.vn">hoangquocbao@vinhhoangsteel.com.vn</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.<br></p></font>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: MAIL01.vinhhoangsteel.local</p>
<p>hoangquocbao@vinhhoangsteel.com.vn<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'<br></p></font>
</body></html>
"""

BOUNCE_DSN = """Reporting-MTA: dns;MAIL01.vinhhoangsteel.local
Received-From-MTA: dns;mail.thinhtrigroup.com
Arrival-Date: Thu, 5 Mar 2026 03:02:11 +0000

Final-Recipient: rfc822;hoangquocbao@vinhhoangsteel.com.vn
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""

BOUNCE_ORIG = """Kính gửi anh Hoàng Quốc Bảo,

Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã tiếp nhận yêu cầu xóa dữ liệu cá nhân của anh gửi ngày 02/03/2026. Các dữ liệu liên quan (số điện thoại 0908 274 551, địa chỉ email, bản sao CCCD) sẽ được xóa khỏi hệ thống trong vòng 10 ngày làm việc, trừ những tài liệu Công ty có nghĩa vụ lưu trữ theo quy định pháp luật.

Mọi thắc mắc xin liên hệ support@thinhtrigroup.com hoặc hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
"""

MSGS = [
# 026 ---------------------------------------------------------------- S4 (NDA, bao mat thong tin)
dict(key="h33s04", style="gmail", cte="qp", hdr_enc="q",
     **{"from": ("Lương Quốc Bảo", "bao.luong@nexaforge.io")},
     to="info",
     subject="Cần review NDA với khách hàng Nhật - điều khoản bảo mật thông tin",
     date=(2026, 2, 12, 16, 35, 10, "+0700"),
     body="""Hi anh chị team Thịnh Trí,

Em là Lương Quốc Bảo, CTO của NexaForge (software outsourcing, team 45 người ở Đà Nẵng). Bên em sắp ký NDA và Master Service Agreement với một khách hàng Nhật, họ gửi draft bằng tiếng Anh.

Em cần anh chị review giúp mấy điểm:
- Điều khoản bảo mật thông tin: định nghĩa "Confidential Information" quá rộng, nghĩa vụ bảo mật kéo dài 10 năm sau khi chấm dứt hợp đồng;
- Penalty cho breach là 50 million JPY, không có cap;
- Governing law là luật Nhật, giải quyết tranh chấp tại Tokyo - bên em muốn đổi sang SIAC hoặc VIAC.

Deadline ký là thứ Sáu tuần sau. Anh chị báo giúp em quote và timeline nhé, nếu cần thì mình book call 30 phút.

Thanks,
Lương Quốc Bảo
CTO, NexaForge Co., Ltd.
Mobile: +84 793 508 246
""",
     label=L("service_request", "mixed", "Lương Quốc Bảo", "+84793508246", "bao.luong@nexaforge.io",
             note="'Bảo mật thông tin' is a confidentiality clause in the client's NDA, not a privacy request.")),

# 027 ---------------------------------------------------------------- C7 (html only, leak to husband)
dict(key="h33c07", style="owa_html", cte="b64",
     **{"from": ("Châu Ngọc Diệp", "ngocdiep.chau@outlook.com")},
     to="info",
     subject="Phản ánh nghiêm trọng về việc lộ thông tin hồ sơ ly hôn",
     date=(2026, 2, 16, 8, 58, 21, "+0700"),
     body="""Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Tôi là Châu Ngọc Diệp. Ngày 09/02/2026 tôi đến văn phòng Công ty để tư vấn về việc ly hôn đơn phương và giành quyền nuôi con, có trình bày chi tiết về tài sản riêng và khoản tiết kiệm mà tôi chưa cho chồng biết.

Tối 13/02, chồng tôi nói thẳng với tôi số tiền tiết kiệm và tên ngân hàng, còn nói "luật sư của em có người quen với anh". Ngay sau đó anh ấy rút toàn bộ tiền trong tài khoản chung. Tôi chưa từng nói những chi tiết này với bất kỳ ai ngoài luật sư tư vấn của Công ty.

Tôi yêu cầu Công ty xác minh ngay nhân viên nào đã tiết lộ thông tin, xử lý nghiêm và trả lời tôi bằng văn bản. Tôi đang cân nhắc gửi đơn đến Đoàn Luật sư.

Châu Ngọc Diệp
Điện thoại: 0382 914 706
""",
     label=L("complaint", "vi", "Châu Ngọc Diệp", "+84382914706", "ngocdiep.chau@outlook.com",
             note="HTML-only body.")),

# 028 ---------------------------------------------------------------- D4 (withdraw consent, mixed)
dict(key="h33d04", style="gmail", cte="qp", hdr_enc="q",
     **{"from": ("Mina Trương", "mina.truong.hr@gmail.com")},
     to="info",
     subject="Withdraw consent & xóa data của mình",
     date=(2026, 2, 18, 11, 16, 40, "+0700"),
     body="""Hi Thịnh Trí team,

Mình là Trương Gia Mẫn (Mina), HR executive. Tháng 11 mình có đăng ký seminar "Labour Law Update 2026" qua form Facebook của bên bạn. Sau đó mình bị add vào 2 Zalo group và nhận SMS gần như mỗi ngày.

Mình withdraw consent cho mọi hoạt động marketing, và nhờ bên bạn delete toàn bộ data của mình (họ tên, số điện thoại 0706 915 384, email, tên công ty) khỏi CRM và các Zalo group nhé. Please confirm khi đã xong.

Thanks,
Mina
""",
     label=L("deletion_request", "mixed", "Trương Gia Mẫn", "+84706915384", "mina.truong.hr@gmail.com",
             note="Signs as 'Mina' (From display 'Mina Trương'); full name given in the body.")),

# 029 ---------------------------------------------------------------- U5 (internship application)
dict(key="h33u05", style="gmail", cte="qp", hdr_enc="b",
     **{"from": ("Ninh Thị Thảo Vy", "thaovy.ninh.luat@gmail.com")},
     to="info",
     subject="Ứng tuyển Thực tập sinh pháp lý - Ninh Thị Thảo Vy",
     date=(2026, 2, 19, 20, 12, 5, "+0700"),
     attach=[("CV_NinhThiThaoVy.pdf", "pdf"), ("BangDiem_NinhThiThaoVy.pdf", "pdf")],
     body="""Kính gửi Anh/Chị phụ trách tuyển dụng,

Em là Ninh Thị Thảo Vy, sinh viên năm 4 Khoa Luật Thương mại, Trường Đại học Luật TP.HCM. Em được biết Công ty đang tuyển thực tập sinh cho mảng Sở hữu trí tuệ và Doanh nghiệp qua trang tuyển dụng của trường.

Em đã có 6 tháng làm cộng tác viên pháp lý tại một văn phòng công chứng, sử dụng tốt tiếng Anh (IELTS 7.5) và quen tra cứu nhãn hiệu trên cơ sở dữ liệu của WIPO. Em xin gửi kèm CV và bảng điểm, mong có cơ hội được phỏng vấn.

Em cảm ơn Anh/Chị đã dành thời gian xem xét.
Trân trọng,
Ninh Thị Thảo Vy
SĐT: 0398 146 725
""",
     label=L("unknown", "vi", "Ninh Thị Thảo Vy", "+84398146725", "thaovy.ninh.luat@gmail.com",
             note="Internship application, not a customer request.")),

# 030 ---------------------------------------------------------------- A3 (portability, mixed)
dict(key="h33a03", style="gmail", cte="qp", hdr_enc="q",
     **{"from": ("Lý Hoàng Nam", "nam.ly@kaizenlab.vn")},
     to="support",
     subject="Request export hồ sơ & personal data - chuyển sang in-house legal",
     date=(2026, 2, 20, 15, 2, 38, "+0700"),
     body="""Chào anh chị,

Em là Lý Hoàng Nam, founder của Kaizen Lab. Bên em đã dùng dịch vụ pháp lý của Thịnh Trí từ 2023, nay bên em chuyển sang in-house legal nên sẽ không gia hạn retainer.

Em nhờ anh chị export giúp em toàn bộ personal data của em mà bên mình đang giữ (thông tin cá nhân, bản scan hộ chiếu/CCCD, email trao đổi, meeting notes) theo định dạng machine-readable (PDF + Excel/CSV là ok), gửi qua link Google Drive hoặc email này. Em cần trước cuối tháng để bàn giao.

Không phải em không hài lòng đâu ạ, chỉ là thay đổi nội bộ thôi. Thanks anh chị nhiều!

Lý Hoàng Nam
Founder & CEO, Kaizen Lab
+84 966 218 457
""",
     label=L("access_request", "mixed", "Lý Hoàng Nam", "+84966218457", "nam.ly@kaizenlab.vn",
             note="Portability-style request for an export/copy of his own data; explicitly not dissatisfied and no request to erase anything.")),

# 031 ---------------------------------------------------------------- S9 (dinh chinh so do)
dict(key="h33s09", style="gmail", cte="7bit",
     **{"from": ("Phong Lam", "lamthanhphong.ct@gmail.com")},
     to="info",
     subject="nho lam thu tuc dinh chinh so do bi ghi sai ten",
     date=(2026, 2, 23, 7, 31, 16, "+0700"),
     body="""Chao cong ty,
Toi la Lam Thanh Phong. Nam 2023 toi duoc cap giay chung nhan quyen su dung dat o Can Tho nhung tren so do ghi sai ten toi thanh "Lam Thanh Phon", thieu chu g. Gio toi muon the chap vay ngan hang thi ngan hang khong nhan vi ten khong khop voi CCCD.
Cong ty co nhan lam thu tuc dinh chinh giay chung nhan o van phong dang ky dat dai khong, het bao nhieu tien va bao lau thi xong?
Toi o xa, co the uy quyen cho cong ty di lam duoc khong.
SDT/Zalo: 0939 517 284
Lam Thanh Phong
""",
     label=L("service_request", "vi", "Lam Thanh Phong", "+84939517284", "lamthanhphong.ct@gmail.com",
             note="Asks the firm to get a land-use certificate corrected at the land registry: a legal service, not a correction of the firm's records. Misspelled 'Lam Thanh Phon' also appears.")),

# 032 ---------------------------------------------------------------- C6 (reply complaint, mixed)
dict(key="h33c06", style="gmail", cte="qp",
     **{"from": ("Steven Lam", "steven.lam.syd@gmail.com")},
     to="support",
     subject="Re: Tiến độ hồ sơ thành lập công ty",
     date=(2026, 2, 23, 22, 9, 55, "+0700"),
     reply_to_firm=True,
     body="""Hi chị Yến,

Đã 3 tháng rồi mà company registration vẫn chưa xong. Lúc ký hợp đồng chị confirm là 15 working days, email dưới đây chị cũng hứa "trong tuần này sẽ có IRC". Đến giờ đã hơn 5 tuần kể từ email đó, em hỏi thì lúc nào cũng "đang chờ Sở", không có update gì cụ thể.

Em đã thuê văn phòng và tuyển 2 nhân viên, mỗi tháng delay là em mất gần 80 triệu. This is really not acceptable. Em cần anh chị gửi timeline chi tiết bằng văn bản, nói rõ hồ sơ đang kẹt ở đâu, và trách nhiệm của công ty với thiệt hại của em.

Steven Lam
0931 846 207

Vào Th 5, 15 thg 1, 2026 vào lúc 11:02 Vũ Hải Yến <yen.vu@thinhtrigroup.com> đã viết:

> Chào anh Phát,
>
> Hồ sơ của anh đã được Sở Tài chính tiếp nhận, dự kiến trong tuần này sẽ có Giấy chứng nhận đăng ký đầu tư (IRC). Em sẽ cập nhật ngay khi có kết quả.
>
> Mọi thắc mắc anh vui lòng gọi em theo số 028 3930 6565 hoặc hotline 1800 63 65.
>
> Trân trọng,
> Vũ Hải Yến
> Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
     label=L("complaint", "mixed", "Steven Lam", "+84931846207", "steven.lam.syd@gmail.com",
             note="Reply; only the top part is new. Quoted firm text has the staff line 028 3930 6565 and the hotline, and addresses him by his Vietnamese name ('anh Phát').")),

# 033 ---------------------------------------------------------------- R3 (new email in body, mixed)
dict(key="h33r03", style="outlook", cte="qp", hdr_enc="q",
     **{"from": ("Tạ Quang Vinh", "vinh.ta@brightwave-media.com")},
     to="support",
     subject="Update email liên hệ - Tạ Quang Vinh",
     date=(2026, 2, 24, 17, 45, 3, "+0700"),
     body="""Dear anh chị,

Em là Tạ Quang Vinh, đang được bên mình hỗ trợ hồ sơ tranh chấp bản quyền hình ảnh với một brand mỹ phẩm. Em sẽ nghỉ việc ở Brightwave Media từ 01/03 nên email công ty này sẽ bị deactivate.

Anh chị vui lòng update email liên hệ của em thành quangvinh.ta.photo@gmail.com và gửi mọi thông báo, invoice về địa chỉ mới này từ bây giờ nhé. Số điện thoại vẫn giữ nguyên: 0981 427 063.

Thanks anh chị,
Tạ Quang Vinh
""",
     label=L("correction_request", "mixed", "Tạ Quang Vinh", "+84981427063", "quangvinh.ta.photo@gmail.com",
             note="New contact email in body differs from the From address.")),

# 034 ---------------------------------------------------------------- U8 (debt-collection scam)
dict(key="h33u08", style="plain", cte="7bit",
     **{"from": ("Harold Chen", "h.chen.legal@outlook.com")},
     to="info",
     subject="Request for legal representation - outstanding debt from Vietnamese buyer",
     date=(2026, 2, 26, 3, 14, 27, "+0800"),
     body="""Dear Counsel,

I am Harold Chen, Director of Premier Orient Holdings Ltd (Hong Kong). A Vietnamese buyer, Hoang Long Import Export Co., owes our company USD 386,500 under a settlement agreement for steel coils delivered in 2025. The buyer has agreed to pay but insists that payment is made through a law firm in Vietnam.

We wish to retain your firm to receive the funds into your client trust account, deduct your fee of 10% and remit the balance to our account in Hong Kong. Kindly send us your engagement letter, your trust account banking details and a copy of your practising certificate at your earliest convenience, as the buyer is ready to pay by cheque this week.

Regards,
Harold Chen
Director, Premier Orient Holdings Ltd
""",
     label=L("unknown", "en", "Harold Chen", None, "h.chen.legal@outlook.com",
             note="Law-firm debt-collection/cheque scam (free-mail 'director', asks for trust-account details, urgent payment); reads like a service request but is spam.")),

# 035 ---------------------------------------------------------------- S7 (HR restructuring)
dict(key="h33s07", style="outlook", cte="qp", hdr_enc="b",
     **{"from": ("Hồ Thị Kim Oanh", "oanh.ho@daesungvina.com.vn")},
     to="info",
     subject="Tư vấn thủ tục cho thôi việc do thay đổi cơ cấu",
     date=(2026, 2, 27, 10, 22, 57, "+0700"),
     body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Hồ Thị Kim Oanh, Trưởng phòng Nhân sự Công ty TNHH Daesung Vina (doanh nghiệp 100% vốn Hàn Quốc, sản xuất linh kiện điện tử tại KCN Amata, Đồng Nai).

Do đơn hàng giảm mạnh, Ban Giám đốc dự kiến cắt giảm khoảng 120 lao động trong quý II/2026. Chúng tôi cần Công ty tư vấn:
1. Trình tự cho thôi việc do thay đổi cơ cấu theo Điều 42 Bộ luật Lao động, phương án sử dụng lao động và việc trao đổi với tổ chức đại diện người lao động;
2. Cách tính trợ cấp mất việc làm, đặc biệt với người lao động có thời gian làm việc trước năm 2009;
3. Báo giá gói tư vấn và đại diện làm việc với cơ quan quản lý lao động.

Xin vui lòng liên hệ tôi qua email này hoặc số di động 0918 273 645.

Trân trọng,
Hồ Thị Kim Oanh
HR Manager - Daesung Vina Co., Ltd.
Tel: (0251) 3936 288 - Ext. 105
""",
     label=L("service_request", "vi", "Hồ Thị Kim Oanh", "+84918273645", "oanh.ho@daesungvina.com.vn",
             note="Company switchboard with extension in the signature; the mobile she asks to be called on is the contact phone.")),

# 036 ---------------------------------------------------------------- D5 (polite, personal email)
dict(key="h33d05", style="gmail", cte="7bit",
     **{"from": ("Rebecca Thornton", "r.thornton@maplecrest-school.edu.vn")},
     to="info",
     subject="Closing my file",
     date=(2026, 3, 2, 19, 40, 26, "+0700"),
     body="""Dear Mr. Khoa,

Thank you again for your help with my divorce last year. It was a difficult time and your team made it much easier.

Now that everything is final, I would prefer that your firm no longer keeps my file. Please dispose of the copies of my documents, our correspondence and any notes relating to me, and take me off your client lists, unless the law requires you to keep something - in which case please let me know what and for how long.

Please reply to my personal address, Rebecca.Thornton.ca@gmail.com, rather than my school email, as I am leaving Maplecrest at the end of the term.

Warm regards,
Rebecca Thornton
""",
     label=L("deletion_request", "en", "Rebecca Thornton", None, "rebecca.thornton.ca@gmail.com",
             note="Deletion request without the words delete/erase, opening with thanks. Personal reply address in the body (mixed case) differs from the work From address.")),

# 037 ---------------------------------------------------------------- A4 (khong phai khieu nai, address)
dict(key="h33a04", style="yahoo", cte="qp", hdr_enc="q",
     **{"from": ("Phùng Thị Lệ Quyên", "lequyen.phung@yahoo.com")},
     to="info",
     subject="Hỏi về thông tin cá nhân Công ty đang lưu giữ",
     date=(2026, 3, 3, 14, 9, 50, "+0700"),
     body="""Kính gửi Công ty,

Tôi là Phùng Thị Lệ Quyên. Tháng 10/2025 tôi có đặt mua qua website của Công ty bộ tài liệu "Hướng dẫn thủ tục nhận con nuôi" và được giao hàng tận nhà.

Tôi đọc Chính sách bảo mật thấy Công ty có chia sẻ tên, địa chỉ, số điện thoại cho bên giao hàng. Đây không phải là khiếu nại, tôi chỉ muốn biết rõ: Công ty hiện đang lưu những thông tin nào về tôi, đã chia sẻ cho những đơn vị nào (tên đơn vị giao hàng), và xin một bản sao các thông tin đó.

Địa chỉ của tôi (nhận hàng lúc đó và hiện nay): 19 Nguyễn Văn Cừ, Phường Trường Vinh, tỉnh Nghệ An
Số điện thoại: 0948 372 615

Trân trọng,
Phùng Thị Lệ Quyên
""",
     label=L("access_request", "vi", "Phùng Thị Lệ Quyên", "+84948372615", "lequyen.phung@yahoo.com",
             "19 Nguyễn Văn Cừ, Phường Trường Vinh, tỉnh Nghệ An",
             note="Says explicitly it is not a complaint; asks what is held, who it was shared with, and for a copy.")),

# 038 ---------------------------------------------------------------- U3 (automated bounce)
dict(key="h33u03", style="bounce", hdr_enc="q",
     **{"from": ("Microsoft Outlook", "postmaster@vinhhoangsteel.com.vn")},
     to="support",
     subject="Undeliverable: Xác nhận xử lý yêu cầu xóa dữ liệu cá nhân",
     date=(2026, 3, 5, 10, 2, 14, "+0700"),
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")],
     bounce=dict(
         orig_from=("Thịnh Trí Support", "support@thinhtrigroup.com"),
         orig_to=("Hoàng Quốc Bảo", "hoangquocbao@vinhhoangsteel.com.vn"),
         orig_subject="Xác nhận xử lý yêu cầu xóa dữ liệu cá nhân",
         orig_date=(2026, 3, 5, 10, 2, 9, "+0700"),
         orig_body=BOUNCE_ORIG,
         notice=BOUNCE_NOTICE,
         notice_html=BOUNCE_NOTICE_HTML,
         dsn=BOUNCE_DSN),
     label=L("unknown", "en", automated=True,
             note="Exchange non-delivery report for the firm's own deletion-confirmation mail; the embedded original names a person and a phone number but is not customer text.")),

# 039 ---------------------------------------------------------------- S10 (Viet kieu, US phone)
dict(key="h33s10", style="gmail", cte="qp",
     **{"from": ("Kevin Dang", "kevin.dang.oc@gmail.com")},
     to="info",
     subject="Inheritance - nhà của ba mẹ ở Sài Gòn",
     date=(2026, 3, 5, 21, 47, 12, "-0800"),
     body="""Hello anh chị,

My name is Kevin Dang (tên Việt là Đặng Minh Khôi). Em là Việt kiều Mỹ, đang sống ở California. Ba mẹ em mất năm ngoái và để lại căn nhà ở Quận 10 cũ. Em và chị gái đều có quốc tịch Mỹ, chỉ có em còn giữ quốc tịch Việt Nam.

Em muốn hỏi:
- Người có quốc tịch nước ngoài có được đứng tên nhà ở Việt Nam không, hay phải bán rồi chia tiền?
- Em có cần về VN để làm thủ tục khai nhận thừa kế không, hay ủy quyền qua Lãnh sự quán được?

Em có thể talk qua Zoom hoặc WhatsApp. My cell: +1 (714) 555-0148 (giờ California nhé, buổi tối bên em là sáng bên VN).

Thanks anh chị,
Kevin Dang
""",
     label=L("service_request", "mixed", "Kevin Dang", "+17145550148", "kevin.dang.oc@gmail.com",
             note="Overseas (US) number, E.164 +1. He introduces and signs as Kevin Dang; his Vietnamese name Đặng Minh Khôi is given in parentheses.")),

# 040 ---------------------------------------------------------------- R5 (Art. 16 rectification, 8bit flowed)
dict(key="h33r05", style="thunderbird", cte="8bit",
     **{"from": ("Lukas Brenner", "lukas.brenner@posteo.de")},
     to="support",
     subject="Request for rectification of personal data (Art. 16 GDPR)",
     date=(2026, 3, 6, 9, 58, 40, "+0700"),
     body="""Dear Sir or Madam,

Your firm handled the notarisation and legalisation of my employment contract in November 2025. Reviewing the documents you returned to me, I noticed that three items of my personal data are recorded incorrectly in your files:

- Date of birth: recorded as 14.07.1987, correct is 17.04.1987;
- Place of birth: recorded as "Munchen", correct is "München";
- Nationality: recorded as "Austrian", correct is "German".

Pursuant to Article 16 GDPR, and to the equivalent right under Vietnamese data protection law, I request that you rectify these data without undue delay and confirm the correction to me in writing. A copy of my passport data page can be provided on request.

With kind regards,
Lukas Brenner
Tel. +84 938 720 415
""",
     label=L("correction_request", "en", "Lukas Brenner", "+84938720415", "lukas.brenner@posteo.de")),

# 041 ---------------------------------------------------------------- C4 (complaint + correction, tax codes)
dict(key="h33c04", style="owa", cte="qp", hdr_enc="b",
     **{"from": ("Phan Hoài Thương", "thuong.phan@lotusbrew.vn")},
     to="support",
     subject="[Lần 3] Hóa đơn VAT sai MST - complaint",
     date=(2026, 3, 9, 14, 33, 18, "+0700"),
     body="""Hi team Thịnh Trí,

Mình là Phan Hoài Thương, Finance Manager của Lotus Brew Co. Đây là lần thứ ba mình phải email về cùng một lỗi: hóa đơn VAT cho phí retainer tháng 1 và tháng 2/2026 đều ghi sai mã số thuế (0316 482 975 thay vì 0316 482 957) và tên công ty thiếu chữ "Co.". Auditor bên mình reject cả hai hóa đơn.

Mình đã gọi hotline hai lần, được hứa "sẽ xử lý trong ngày" nhưng đến giờ vẫn không ai reply. Honestly, với mức phí retainer bên mình đang trả thì cách làm việc này rất unprofessional.

Mình yêu cầu: (1) xuất lại hai hóa đơn đúng thông tin trước 20/03, (2) update đúng MST và tên công ty trong hồ sơ khách hàng, (3) một email giải thích chính thức từ quản lý bên anh chị.

Thương
Phan Hoài Thương | Finance Manager | Lotus Brew Co.
M: 0907 513 862
""",
     label=L("complaint", "mixed", "Phan Hoài Thương", "+84907513862", "thuong.phan@lotusbrew.vn",
             note="Complaint about repeated invoice errors and no response that also asks to fix the records; dominant intent complaint. The 10-digit tax codes (0316 482 975 / 0316 482 957) look like phone numbers but are not.")),

# 042 ---------------------------------------------------------------- A5 (Outlook reply, access)
dict(key="h33a05", style="outlook", cte="b64", hdr_enc="b",
     **{"from": ("Thạch Minh Luân", "luan.thach@mekongagri.vn")},
     to=("Phạm Ngọc Diễm", "diem.pham@thinhtrigroup.com"),
     cc="info@thinhtrigroup.com",
     subject="RE: Thông báo kết thúc hợp đồng tư vấn thường xuyên",
     date=(2026, 3, 11, 8, 50, 33, "+0700"),
     reply_to_firm=True,
     body="""Chào chị Diễm,

Cảm ơn chị đã gửi thông báo. Trước khi đóng hồ sơ, tôi muốn biết Công ty còn lưu những thông tin cá nhân nào của riêng tôi (không phải của công ty Mekong Agri): bản sao CCCD, sơ yếu lý lịch, thông tin tài khoản cá nhân, các email trao đổi riêng... Nhờ chị gửi cho tôi danh sách kèm bản sao điện tử, và cho biết thời gian Công ty dự kiến lưu giữ.

Thạch Minh Luân
Giám đốc - Công ty CP Nông sản Mekong Agri
Di động: 0939 628 154

________________________________
From: Phạm Ngọc Diễm <diem.pham@thinhtrigroup.com>
Sent: Tuesday, March 10, 2026 9:15 AM
To: Thạch Minh Luân <luan.thach@mekongagri.vn>
Subject: Thông báo kết thúc hợp đồng tư vấn thường xuyên

Kính gửi anh Luân,

Hợp đồng tư vấn pháp lý thường xuyên giữa Công ty Thịnh Trí và Công ty CP Nông sản Mekong Agri sẽ kết thúc vào ngày 31/03/2026. Nếu Quý Công ty có nhu cầu gia hạn, vui lòng liên hệ em qua số 028 3930 6565 hoặc hotline 1800 63 65.

Trân trọng,
Phạm Ngọc Diễm
Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
     label=L("access_request", "vi", "Thạch Minh Luân", "+84939628154", "luan.thach@mekongagri.vn",
             note="Outlook reply to a firm staff member (info@ in Cc); only the top part is new. Quoted firm text has the staff line and hotline.")),

# 043 ---------------------------------------------------------------- U9 (headhunter pitch)
dict(key="h33u09", style="owa", cte="b64", hdr_enc="b",
     **{"from": ("Bạch Ngọc Hà", "ha.bach@talentnest.vn")},
     to="info",
     subject="Giải pháp tuyển dụng luật sư và chuyên viên pháp lý cho Thịnh Trí",
     date=(2026, 3, 12, 9, 15, 0, "+0700"),
     body="""Kính gửi Ban Giám đốc Công ty Luật Thịnh Trí,

Em là Bạch Ngọc Hà, chuyên viên tư vấn tuyển dụng tại TalentNest, đơn vị chuyên tìm kiếm nhân sự ngành pháp lý và tài chính tại Việt Nam.

Hiện bên em có sẵn nguồn ứng viên luật sư có chứng chỉ hành nghề, kinh nghiệm 3-8 năm trong các mảng doanh nghiệp, sở hữu trí tuệ và tranh tụng. Phí dịch vụ chỉ tính khi ứng viên nhận việc, bảo hành 90 ngày.

Nếu Quý Công ty có kế hoạch mở rộng đội ngũ trong năm 2026, em rất mong được hẹn một buổi trao đổi ngắn. Anh/chị có thể phản hồi email này hoặc gọi em theo số 0763 284 915.

Trân trọng,
Bạch Ngọc Hà
TalentNest Việt Nam
""",
     label=L("unknown", "vi", "Bạch Ngọc Hà", "+84763284915", "ha.bach@talentnest.vn",
             note="Recruitment agency sales pitch to the firm.")),

# 044 ---------------------------------------------------------------- S11 (debt collection, attachment)
dict(key="h33s11", style="outlook", cte="b64", hdr_enc="b",
     **{"from": ("Đoàn Thị Mỹ Linh", "mylinh.doan@thanhdatpack.vn")},
     to="info",
     subject="Nhờ tư vấn thu hồi công nợ quá hạn",
     date=(2026, 3, 16, 15, 40, 11, "+0700"),
     attach=[("HopDong_BienBanDoiChieuCongNo.pdf", "pdf")],
     body="""Kính gửi Quý Công ty,

Tôi là Đoàn Thị Mỹ Linh, Kế toán trưởng Công ty TNHH Bao bì Thành Đạt. Chúng tôi có một khách hàng là công ty phân phối ở Thủ Dầu Một còn nợ tiền hàng 1,86 tỷ đồng, quá hạn thanh toán từ tháng 8/2025. Bên đó đã ký biên bản đối chiếu công nợ nhưng liên tục hứa hẹn rồi không trả.

Chúng tôi muốn Công ty tư vấn phương án: gửi thư đòi nợ của luật sư, khởi kiện ra tòa hay yêu cầu trọng tài (hợp đồng có điều khoản trọng tài VIAC). Tôi gửi kèm hợp đồng và biên bản đối chiếu công nợ để Công ty xem trước.

Số điện thoại liên hệ: 0975 164 382

Trân trọng,
Đoàn Thị Mỹ Linh
Kế toán trưởng - Công ty TNHH Bao bì Thành Đạt
""",
     label=L("service_request", "vi", "Đoàn Thị Mỹ Linh", "+84975164382", "mylinh.doan@thanhdatpack.vn")),

# 045 ---------------------------------------------------------------- D6 (husband's number)
dict(key="h33d06", style="owa", cte="qp", hdr_enc="q",
     **{"from": ("Mạc Thị Thanh Tâm", "thanhtam.mac@outlook.com")},
     to="info",
     subject="Yêu cầu xóa thông tin cá nhân sau khi kết thúc dịch vụ",
     date=(2026, 3, 17, 11, 4, 29, "+0700"),
     body="""Kính gửi Công ty,

Tôi là Mạc Thị Thanh Tâm, đã hoàn tất thủ tục đăng ký nhãn hiệu cho tiệm bánh của tôi thông qua Công ty vào tháng 12/2025.

Tôi đề nghị Công ty xóa các thông tin cá nhân của tôi không còn cần thiết: bản chụp CCCD, số tài khoản ngân hàng, địa chỉ nhà riêng. Ngoài ra, số 0913 548 207 là số của chồng tôi mà tôi từng để lại làm số liên hệ phụ, xin xóa luôn và đừng gọi vào số đó nữa.

Mọi liên hệ sau này (nếu có) xin gọi số của tôi: 0985 271 436.

Trân trọng,
Mạc Thị Thanh Tâm
""",
     label=L("deletion_request", "vi", "Mạc Thị Thanh Tâm", "+84985271436", "thanhtam.mac@outlook.com",
             note="Husband's number 0913 548 207 appears (to be deleted); the sender's own number is 0985 271 436.")),

# 046 ---------------------------------------------------------------- R4 (address change)
dict(key="h33r04", style="yahoo", cte="qp", hdr_enc="b",
     **{"from": ("Đặng Thị Thu Hiền", "thuhien_dang82@yahoo.com")},
     to="support",
     subject="Cập nhật địa chỉ nhận hồ sơ",
     date=(2026, 3, 19, 20, 26, 47, "+0700"),
     body="""Kính gửi Công ty,

Tôi là Đặng Thị Thu Hiền, khách hàng đang được Công ty hỗ trợ vụ tranh chấp hợp đồng bảo hiểm nhân thọ.

Gia đình tôi vừa chuyển nhà. Địa chỉ cũ là 215/4 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM, nay tôi không còn ở đó nữa. Đề nghị Công ty cập nhật địa chỉ mới để gửi bản chính các giấy tờ:

Địa chỉ mới: 48 Đường số 7, Khu dân cư Trung Sơn, Xã Bình Hưng, TP.HCM

Số điện thoại và email không thay đổi.

Trân trọng,
Đặng Thị Thu Hiền
ĐT: 0938 165 274

Sent from Yahoo Mail on Android
""",
     label=L("correction_request", "vi", "Đặng Thị Thu Hiền", "+84938165274", "thuhien_dang82@yahoo.com",
             "48 Đường số 7, Khu dân cư Trung Sơn, Xã Bình Hưng, TP.HCM",
             note="Old address 215/4 Lê Văn Sỹ also present; contact address is the new one.")),

# 047 ---------------------------------------------------------------- U4 (automated newsletter)
dict(key="h33u04", style="newsletter",
     **{"from": ("Saigon Business Circle", "newsletter@saigonbusinesscircle.org")},
     to="info",
     subject="Weekly Briefing #112: data protection guidance, TRC fees, March networking night",
     date=(2026, 3, 20, 7, 0, 0, "+0700"),
     extra=[("List-Id", "Saigon Business Circle Weekly <weekly.saigonbusinesscircle.org>"),
            ("List-Unsubscribe", "<https://saigonbusinesscircle.org/unsubscribe?u=8c2f41&e=info%40thinhtrigroup.com>,\r\n <mailto:unsubscribe@saigonbusinesscircle.org?subject=unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Campaign-ID", "sbc-weekly-112")],
     body="""SAIGON BUSINESS CIRCLE - WEEKLY BRIEFING #112

Dear member,

1. Data protection. Draft guidance on the Personal Data Protection Law has been published for comment. Members can request access to our 4-page summary and a template data processing register from the secretariat.
2. Immigration. A new fee schedule for visas and temporary residence cards applies from 1 April 2026.
3. Networking night. Thursday 26 March, 6.30 pm, Riverside Hotel rooftop. RSVP by 20 March.

Questions? Contact the secretariat on 028 3822 0417.

You are receiving this email because info@thinhtrigroup.com is subscribed to the Weekly Briefing.
Unsubscribe: https://saigonbusinesscircle.org/unsubscribe?u=8c2f41
""",
     html=NEWSLETTER_HTML,
     label=L("unknown", "en", automated=True,
             note="Bulk list mail (List-Unsubscribe, Precedence: bulk); mentions data-protection access and a secretariat phone number but is not a request.")),

# 048 ---------------------------------------------------------------- A6 (windows-1258, copies of notes)
dict(key="h33a06", style="oe1258", cte="qp", hdr_enc="q", pc_name="BONG-PC",
     **{"from": ("Lại Văn Bổng", "laivanbong@vnn.vn")},
     to="info",
     subject="Xin bản sao ghi chép buổi tư vấn",
     date=(2026, 3, 23, 7, 55, 3, "+0700"),
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Lại Văn Bổng. Tháng 11 năm 2025 tôi có nhờ luật sư của Công ty tư vấn về tranh chấp lối đi chung với nhà bên cạnh, hai lần qua điện thoại và một lần gặp trực tiếp.

Nay tôi cần chứng cứ để trình bày với Ủy ban xã, vậy xin Công ty cho tôi một bản sao các ghi chép, biên bản buổi tư vấn và bản ghi âm cuộc gọi (nếu Công ty có ghi âm) liên quan đến tôi mà Công ty đang lưu.

Địa chỉ: Xóm 3, thôn Đông Hải, xã Hải Hậu, tỉnh Ninh Bình
Điện thoại nhà: 0228 3846 502

Trân trọng,
Lại Văn Bổng
""",
     label=L("access_request", "vi", "Lại Văn Bổng", "+842283846502", "laivanbong@vnn.vn",
             "Xóm 3, thôn Đông Hải, xã Hải Hậu, tỉnh Ninh Bình",
             note="Asks for copies of the notes/recordings the firm holds about him (access), even though he wants them as evidence. windows-1258 with combining tone marks; compare after NFC.")),

# 049 ---------------------------------------------------------------- D7 (huy du lieu = deletion)
dict(key="h33d07", style="gmail", cte="b64", hdr_enc="b",
     **{"from": ("La Văn Hưng", "lavanhung.dev@gmail.com")},
     to="info",
     subject="Yêu cầu hủy dữ liệu cá nhân theo mục 3 Chính sách bảo mật",
     date=(2026, 3, 26, 13, 37, 45, "+0700"),
     body="""Chào Công ty Thịnh Trí,

Tôi là La Văn Hưng. Đầu năm 2025 tôi có gửi yêu cầu báo giá dịch vụ đăng ký bản quyền phần mềm qua website thinhtrigroup.com, nhưng sau đó không sử dụng dịch vụ.

Mục 3 Chính sách bảo mật của Công ty ghi rằng dữ liệu cá nhân "sẽ bị hủy khi có yêu cầu từ khách hàng". Vì vậy tôi yêu cầu Công ty hủy toàn bộ dữ liệu cá nhân của tôi (họ tên, email, số điện thoại 0868 904 215, nội dung yêu cầu báo giá) khỏi hệ thống và ở các bên đã được chia sẻ (nếu có), đồng thời xác nhận lại với tôi qua email.

Trân trọng,
La Văn Hưng
""",
     label=L("deletion_request", "vi", "La Văn Hưng", "+84868904215", "lavanhung.dev@gmail.com",
             note="Here 'hủy' does mean destroying personal data (quotes the privacy policy), unlike 'hủy dịch vụ/hợp đồng'.")),

# 050 ---------------------------------------------------------------- R7 (new ID number)
dict(key="h33r07", style="gmail", cte="b64", hdr_enc="b",
     **{"from": ("Tăng Văn Hậu", "TangVanHau.kg@gmail.com")},
     to="support",
     subject="Cập nhật số căn cước mới trong hồ sơ",
     date=(2026, 3, 30, 10, 18, 6, "+0700"),
     body="""Chào Công ty,

Tôi là Tăng Văn Hậu, đang ủy quyền cho Công ty làm thủ tục tách thửa đất ở Rạch Giá. Tháng trước tôi đã đổi sang thẻ căn cước mới do thẻ cũ bị hỏng.

Nhờ Công ty cập nhật thông tin trong hồ sơ của tôi:
- Số căn cước mới: 091 085 004 736
- Ngày cấp: 12/02/2026, nơi cấp: Bộ Công an

Các thông tin khác giữ nguyên. Nếu văn bản ủy quyền cần ký lại theo số mới thì báo tôi qua số 0917 482 035.

Tăng Văn Hậu
""",
     label=L("correction_request", "vi", "Tăng Văn Hậu", "+84917482035", "tangvanhau.kg@gmail.com",
             note="The 12-digit ID number 091 085 004 736 looks like a phone number but is not. From address has mixed case; label is lowercase.")),
]
