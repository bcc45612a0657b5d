# -*- coding: utf-8 -*-
"""Messages 1-25 of the h36 hold-out set (Mon 06 - Fri 10 April 2026).

Each dict: n, date, from=(display name, address), to ('info'/'support' or
(display, key)), subject, fmt (mail client style), cte, henc (header
encoding b/q), body, optional quote/reply/headers/attach, and label.
"""

NEWS_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin tuần 15/2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f2f4f7;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1f3b63;color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold;">PHÁP LÝ &amp; DOANH NGHIỆP &ndash; BẢN TIN TUẦN 15/2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>Kính gửi Quý độc giả,</p>
<p>Trong số này:</p>
<p><b>1.</b> Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực: doanh nghiệp cần chuẩn bị gì về hồ sơ đánh giá tác động và quy trình tiếp nhận yêu cầu xem, chỉnh sửa, xóa dữ liệu của khách hàng.</p>
<p><b>2.</b> Lịch nộp báo cáo tình hình sử dụng lao động và báo cáo tài chính quý I/2026.</p>
<p><b>3.</b> Tọa đàm trực tuyến &quot;Hợp đồng điện tử &ndash; rủi ro và cách phòng tránh&quot;, 9h00 thứ Năm 23/04/2026. <a href="https://phaplydoanhnghiep.vn/toa-dam/hop-dong-dien-tu">Đăng ký miễn phí</a>.</p>
<p><a href="https://phaplydoanhnghiep.vn/ban-tin/2026-15">Đọc toàn văn bản tin</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;">
Tòa soạn Pháp lý &amp; Doanh nghiệp &middot; ĐT: (024) 3974 6120<br>
Bạn nhận được email này vì đã đăng ký nhận bản tin của Pháp lý &amp; Doanh nghiệp.<br>
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=b7e21c&amp;e=info%40thinhtrigroup.com" style="color:#888;">Hủy đăng ký</a>
</td></tr></table></td></tr></table>
</body></html>
"""

NEWS_TEXT = """PHÁP LÝ & DOANH NGHIỆP - BẢN TIN TUẦN 15/2026

Kính gửi Quý độc giả,

Trong số này:
1. Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực: doanh nghiệp cần chuẩn bị gì về hồ sơ đánh giá tác động và quy trình tiếp nhận yêu cầu xem, chỉnh sửa, xóa dữ liệu của khách hàng.
2. Lịch nộp báo cáo tình hình sử dụng lao động và báo cáo tài chính quý I/2026.
3. Tọa đàm trực tuyến "Hợp đồng điện tử - rủi ro và cách phòng tránh", 9h00 thứ Năm 23/04/2026. Đăng ký miễn phí tại website.

Đọc toàn văn: https://phaplydoanhnghiep.vn/ban-tin/2026-15

Tòa soạn Pháp lý & Doanh nghiệp - ĐT: (024) 3974 6120
Bạn nhận được email này vì đã đăng ký nhận bản tin của Pháp lý & Doanh nghiệp.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=b7e21c
"""

MSGS = [
    # ------------------------------------------------------------------ 1
    {
        "n": 1,
        "date": "Mon, 06 Apr 2026 07:52:10 +0700",
        "from": ("Pháp lý & Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"),
        "to": "info",
        "subject": "Bản tin tuần 15/2026: Hướng dẫn mới về bảo vệ dữ liệu cá nhân, hạn nộp báo cáo quý I",
        "fmt": "newsletter",
        "idkind": "other",
        "henc": "q",
        "headers": [
            ("List-Id", "Ban tin Phap ly & Doanh nghiep <bantin.phaplydoanhnghiep.vn>"),
            ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=b7e21c&e=info%40thinhtrigroup.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Campaign-Id", "pldn-2026-15"),
        ],
        "body": NEWS_TEXT,
        "html": NEWS_HTML,
        "label": dict(cat="unknown", lang="vi", auto=True,
                      note="Bulk newsletter (List-Unsubscribe, Precedence: bulk). Mentions viewing/correcting/deleting personal data and has a phone number, but it is list mail, not a request."),
    },
    # ------------------------------------------------------------------ 2
    {
        "n": 2,
        "date": "Mon, 06 Apr 2026 09:14:37 +0700",
        "from": ("Đặng Văn Khôi", "dangvankhoi1954@gmail.com"),
        "to": "info",
        "subject": "Hỏi thủ tục tặng cho nhà cho con gái",
        "fmt": "gmail",
        "cte": "b64",
        "henc": "b",
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Đặng Văn Khôi, năm nay 72 tuổi, giáo viên về hưu. Vợ chồng tôi có căn nhà đứng tên cả hai người, nay muốn làm thủ tục tặng cho con gái út trước khi chúng tôi về quê sống.

Tôi xin hỏi mấy việc:
1. Hai vợ chồng cùng ký hợp đồng tặng cho hay chỉ cần một người ký?
2. Con gái tôi có phải nộp thuế thu nhập cá nhân và lệ phí trước bạ không?
3. Nếu sau này cháu với chồng ly hôn thì căn nhà có bị đem ra chia không?

Tôi không rành máy tính, Công ty gọi cho tôi số 0912 447 390 thì tiện hơn. Nhà tôi ở 17/4 Trần Văn Đang, Phường Nhiêu Lộc, TP.HCM, nếu cần người đến xem giấy tờ tận nơi thì tôi sẵn sàng.

Trân trọng,
Đặng Văn Khôi
""",
        "label": dict(cat="service_request", lang="vi", name="Đặng Văn Khôi", phone="+84912447390",
                      address="17/4 Trần Văn Đang, Phường Nhiêu Lộc, TP.HCM",
                      note="Retiree; home address given inline in a sentence."),
    },
    # ------------------------------------------------------------------ 3
    {
        "n": 3,
        "date": "Mon, 06 Apr 2026 10:37:02 +0700",
        "from": ("Khanh Linh Pham", "khanhlinh.pham@gmail.com"),
        "to": "support",
        "subject": "Sai email trong hồ sơ - please update",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "q",
        "body": """Hi anh chị support,

Em là Phạm Khánh Linh, đang dùng gói tư vấn thuế TNCN cho freelancer bên mình từ tháng 2.

Em vừa phát hiện email trong hồ sơ của em bị gõ sai thành khanhlinh.pham@gmai.com (thiếu chữ "l"), nên mấy tuần nay em không nhận được reminder hay file quyết toán nào hết. Lúc đầu em tưởng bên mình quên, hóa ra là do typo 😅

Anh chị update lại giúp em thành khanhlinh.pham@gmail.com (chính là email em đang gửi đây) và resend giúp em mấy email tháng 3 nha. SĐT vẫn giữ nguyên 0796 143 582.

Thanks anh chị nhiều!
Khánh Linh
""",
        "label": dict(cat="correction_request", lang="mixed", name="Phạm Khánh Linh", phone="+84796143582",
                      email="khanhlinh.pham@gmail.com",
                      note="Misspelled address khanhlinh.pham@gmai.com (the wrong one on file) also appears; contact email is the corrected one, same as From. Not a complaint: she blames a typo."),
    },
    # ------------------------------------------------------------------ 4
    {
        "n": 4,
        "date": "Mon, 06 Apr 2026 13:05:49 +0700",
        "from": ("Lữ Minh Khang", "minhkhang.lu@outlook.com"),
        "to": "support",
        "subject": "Khiếu nại: luật sư không có mặt tại buổi hòa giải ngày 02/04",
        "fmt": "owa",
        "cte": "qp",
        "henc": "b",
        "body": """Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Tôi là Lữ Minh Khang, khách hàng ký hợp đồng dịch vụ pháp lý số 118/2026/HĐDV về tranh chấp hợp đồng thuê mặt bằng với chủ nhà ở Thủ Đức.

Theo lịch, sáng 02/04/2026 có buổi hòa giải tại Tòa án và luật sư phụ trách đã xác nhận sẽ có mặt từ 8 giờ. Tôi chờ ở Tòa đến 9 giờ 15 nhưng không thấy luật sư đâu, gọi điện không nghe máy. Buổi hòa giải phải lập biên bản không thành vì tôi không đủ chuẩn bị để tự trình bày. Đến chiều hôm đó mới có nhân viên nhắn tin xin lỗi là "luật sư bị trùng lịch".

Tôi đã thanh toán 60% phí dịch vụ. Tôi yêu cầu Công ty:
- Giải trình bằng văn bản lý do luật sư vắng mặt mà không báo trước;
- Cử luật sư khác theo vụ việc hoặc hoàn lại phần phí tương ứng;
- Phản hồi trong vòng 05 ngày làm việc.

Lữ Minh Khang
Điện thoại: 0918 562 407
""",
        "label": dict(cat="complaint", lang="vi", name="Lữ Minh Khang", phone="+84918562407"),
    },
    # ------------------------------------------------------------------ 5
    {
        "n": 5,
        "date": "Mon, 06 Apr 2026 11:48:26 +0200",
        "from": ("Pieter van Dijk", "p.vandijk@xs4all.nl"),
        "to": "info",
        "subject": "Erasure request - former client file (divorce 2023)",
        "fmt": "thunderbird",
        "cte": "8bit",
        "body": """Dear Sir or Madam,

Your office represented me in 2023 in the divorce proceedings between me and Ms. Huỳnh Thị Mỹ Hạnh before the People's Court of Ho Chi Minh City. The case was closed in early 2024 and I have since moved back to the Netherlands.

I would like you to erase the personal data you still hold about me: my passport scans, the marriage certificate, my bank statements, the copies of my residence card and all correspondence. I understand that you may be legally required to keep some documents for a number of years; if so, please tell me which ones and for how long, and delete everything else.

I also do not consent to my details being used for newsletters or event invitations.

Please confirm by email once this has been done.

Kind regards,

Pieter van Dijk
Keizersgracht 212-3, 1016 DZ Amsterdam, the Netherlands
""",
        "label": dict(cat="deletion_request", lang="en", name="Pieter van Dijk",
                      address="Keizersgracht 212-3, 1016 DZ Amsterdam, the Netherlands",
                      note="Ex-wife's name (Huỳnh Thị Mỹ Hạnh) also appears; the sender is Pieter van Dijk. No phone given."),
    },
    # ------------------------------------------------------------------ 6
    {
        "n": 6,
        "date": "Mon, 06 Apr 2026 21:19:53 +0700",
        "from": ("Oanh Nguyen", "kieuoanh.nt2005@gmail.com"),
        "to": "info",
        "subject": "hoi ve viec chu tro khong tra tien coc",
        "fmt": "gmail",
        "body": """Chao anh chi luat su,
Em ten la Nguyen Thi Kieu Oanh, sinh vien nam 3 truong DH Su pham. Em thue phong tro o Go Vap tu thang 9/2024, coc 3 trieu, hop dong 1 nam co ghi ro bao truoc 30 ngay thi duoc tra coc.
Em da nhan tin bao chu tro tu dau thang 2 la cuoi thang 3 em chuyen di, nhung khi em tra phong thi chu tro noi phong bi ban, tuong bi tray nen tru het tien coc, con doi em bu them 500 nghin. Em co chup hinh luc nhan phong va luc tra phong.
Cho em hoi truong hop nay em co doi lai tien coc duoc khong, va em nen lam gi truoc. So chu tro la 0908 112 675 (chu Hai), neu can luat su co the goi hoi.
Em la sinh vien nen khong co nhieu tien, neu tu van co tinh phi thi anh chi bao truoc giup em nha. So cua em la 0367 215 804.
Em cam on anh chi a.
""",
        "label": dict(cat="service_request", lang="vi", name="Nguyen Thi Kieu Oanh", phone="+84367215804",
                      note="Landlord's number 0908 112 675 also appears; contact phone is the student's own. From display is 'Oanh Nguyen'; body gives full name."),
    },
    # ------------------------------------------------------------------ 7
    {
        "n": 7,
        "date": "Tue, 07 Apr 2026 08:03:18 +0700",
        "from": ("Phan Thị Ngọc Diệp", "diep.phan@hoangkimsteel.com.vn"),
        "to": "info",
        "subject": "Trả lời tự động: Thông báo cập nhật Chính sách bảo mật thông tin khách hàng",
        "fmt": "text",
        "client": "outlook",
        "cte": "qp",
        "henc": "b",
        "reply": True,
        "headers": [
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        "body": """Kính chào Quý khách,
Tôi đang đi công tác nước ngoài từ 06/04 đến 17/04/2026 và sẽ hạn chế kiểm tra email. Việc gấp xin liên hệ anh Trịnh Văn Lực, điện thoại 0915 220 634, email luc.trinh@hoangkimsteel.com.vn.

Dear Sender,
I am on a business trip from 6 to 17 April 2026 with limited access to email. For urgent matters, please contact Mr. Trinh Van Luc (0915 220 634, luc.trinh@hoangkimsteel.com.vn).

Phan Thị Ngọc Diệp
Trưởng phòng Pháp chế - Công ty CP Thép Hoàng Kim
""",
        "label": dict(cat="unknown", lang="mixed", auto=True,
                      note="Bilingual out-of-office reply to the firm's privacy-policy notice; subject contains privacy keywords and body has a colleague's phone and email."),
    },
    # ------------------------------------------------------------------ 8
    {
        "n": 8,
        "date": "Tue, 07 Apr 2026 09:41:05 +0700",
        "from": ("Rajesh Iyer", "rajesh.iyer@sundaramtex.com.vn"),
        "to": "info",
        "subject": "Request for a copy of my personal data held by your firm",
        "fmt": "outlook",
        "body": """Dear Thinh Tri Legal team,

Your firm handled the amendment of the investment registration certificate for Sundaram Textiles Vietnam in 2025, and I was named as the legal representative in those filings.

I understand from your privacy policy that client information may be shared with partners and with the authorities. Could you please:
1. tell me what personal data you currently hold about me (passport details, address, phone numbers, signatures, etc.);
2. tell me to whom it has been disclosed since 2025, if anyone; and
3. send me a copy of that data in electronic form.

I am not raising a complaint; this is for our internal compliance review.

Kind regards,
Rajesh Iyer
General Director, Sundaram Textiles Vietnam Co., Ltd.
Tel: (028) 3622 9150
""",
        "label": dict(cat="access_request", lang="en", name="Rajesh Iyer", phone="+842836229150",
                      note="Landline in the signature is his contact number (E.164 +84 28...). States it is not a complaint."),
    },
    # ------------------------------------------------------------------ 9
    {
        "n": 9,
        "date": "Tue, 07 Apr 2026 11:26:44 +0700",
        "from": ("Phạm Thị Hồng Nhung", "nhung.pth@gachmenphuthinh.vn"),
        "to": "info",
        "subject": "Nhờ soạn hợp đồng thuê kho bãi tại Tân Uyên",
        "fmt": "outlook",
        "cte": "qp",
        "henc": "q",
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Em là Phạm Thị Hồng Nhung, kế toán trưởng Công ty TNHH Gạch men Phú Thịnh. Bên em chuẩn bị thuê một kho bãi khoảng 2.000 m2 ở phường Tân Uyên (trước thuộc Bình Dương) để chứa hàng, thời hạn 5 năm, bên cho thuê là một hộ gia đình.

Giám đốc nhờ em liên hệ để Công ty hỗ trợ:
- Soạn hợp đồng thuê kho bãi (có điều khoản đặt cọc, tăng giá hằng năm, phòng cháy chữa cháy);
- Kiểm tra giấy tờ pháp lý của bên cho thuê trước khi ký;
- Tư vấn việc xuất hóa đơn tiền thuê khi bên cho thuê là cá nhân.

Anh chị gửi báo giá giúp em qua email này, có gì cần trao đổi thì gọi em theo số di động bên dưới nhé.

Trân trọng,
Phạm Thị Hồng Nhung
Kế toán trưởng
CÔNG TY TNHH GẠCH MEN PHÚ THỊNH
Tổng đài: 1900 6 25 25
DĐ: 0975 330 618
""",
        "label": dict(cat="service_request", lang="vi", name="Phạm Thị Hồng Nhung", phone="+84975330618",
                      note="Signature has the company switchboard (1900 6 25 25) and her mobile; contact phone is the mobile."),
    },
    # ------------------------------------------------------------------ 10
    {
        "n": 10,
        "date": "Tue, 07 Apr 2026 14:58:31 +0700",
        "from": ("Tung Vu", "vuthanhtung.k47@gmail.com"),
        "to": "support",
        "subject": "Phan anh ve viec thu phi tu van khong bao truoc",
        "fmt": "gmail",
        "body": """Chao cong ty,
Toi la Vu Thanh Tung. Ngay 31/3 toi goi len hotline hoi ve viec bi cong ty cu no luong 2 thang, nhan vien noi se co luat su goi lai "tu van mien phi 30 phut".
Hom 3/4 luat su goi cho toi khoang 40 phut, cuoi cuoc goi moi noi phan vuot gio se tinh phi, va hom sau toi nhan duoc tin nhan yeu cau chuyen khoan 500.000d "phi tu van" vao tai khoan ca nhan cua mot nguoi ten Nguyen Van S.
Toi khong he duoc bao truoc ve phi, con viec chuyen tien vao tai khoan ca nhan thi thay rat khong dang tin. De nghi cong ty kiem tra lai va tra loi ro rang day co phai chinh sach cua cong ty khong. Neu khong giai quyet thoa dang toi se phan anh len Doan luat su.
Vu Thanh Tung - 0336 951 047
""",
        "label": dict(cat="complaint", lang="vi", name="Vu Thanh Tung", phone="+84336951047"),
    },
    # ------------------------------------------------------------------ 11
    {
        "n": 11,
        "date": "Tue, 07 Apr 2026 19:33:12 +0700",
        "from": ("Gia Bao Luu", "luugiabao.2003@gmail.com"),
        "to": "info",
        "subject": "xin huy dang ky nhan tin va xoa thong tin",
        "fmt": "gmail",
        "body": """Chao Thinh Tri,
Em la Luu Gia Bao, sinh vien. Thang 3 em co dang ky tham du buoi hoi thao "Khoi nghiep va phap ly cho sinh vien" cua cong ty to chuc o truong, co dien ho ten, email, so dien thoai 0398 607 152 va ten truong.
Hoi thao xong roi nen em khong can nhan them SMS hay email gioi thieu dich vu nua. Anh chi huy dang ky giup em va xoa het thong tin em da dien trong form dang ky do nha.
Em cam on.
""",
        "label": dict(cat="deletion_request", lang="vi", name="Luu Gia Bao", phone="+84398607152",
                      note="'huy dang ky' (unsubscribe) plus explicit request to delete the registration data."),
    },
    # ------------------------------------------------------------------ 12
    {
        "n": 12,
        "date": "Wed, 08 Apr 2026 08:20:47 +0700",
        "from": ("Ngoc Han", "ngochan.tathi@gmail.com"),
        "to": "support",
        "subject": "nho sua ngay sinh trong ho so",
        "fmt": "gmail",
        "body": """Chao anh chi,
Em la Ta Thi Ngoc Han, dang nho cong ty lam ho so xin cap phieu ly lich tu phap so 2 de di xuat khau lao dong Nhat.
Em xem ban nhap to khai anh chi gui qua Zalo thi thay ngay sinh ghi 12/07/2001, dung ra la 21/07/2001 (bi dao so).
Em noi truoc la em khong phai khieu nai gi dau a, chi nho anh chi sua lai ngay sinh trong ho so cua em truoc khi nop len So Tu phap, vi sai mot so la ho so bi tra ve.
Em cam on anh chi nhieu. Co gi anh chi goi em 0703 845 219.
Ta Thi Ngoc Han
""",
        "label": dict(cat="correction_request", lang="vi", name="Ta Thi Ngoc Han", phone="+84703845219",
                      note="'khong phai khieu nai' - explicitly not a complaint; asks to correct the date of birth on file."),
    },
    # ------------------------------------------------------------------ 13
    {
        "n": 13,
        "date": "Wed, 08 Apr 2026 09:55:38 +0700",
        "from": ("Park Ji-hoon", "jihoon.park@hanmaum.co.kr"),
        "to": "info",
        "subject": "Inquiry: opening a Korean BBQ restaurant in HCMC as a foreign investor",
        "fmt": "outlook",
        "body": """Dear Sir/Madam,

My name is Park Ji-hoon. I am a Korean national and have been living in Ho Chi Minh City for two years. Together with a Vietnamese partner I would like to open a Korean BBQ restaurant in the Phu My Hung area, with an initial investment of about USD 150,000.

I would like to ask:
- Can I own 100% of the company, or is it better to set up a joint venture with my partner?
- Which licences do we need (investment registration, enterprise registration, food safety, alcohol retail)?
- How long does the process usually take, and what are your professional fees?

I prefer to communicate by email, but you can also call or message me on KakaoTalk/Zalo at 0898 602 417.

Best regards,
Park Ji-hoon
""",
        "label": dict(cat="service_request", lang="en", name="Park Ji-hoon", phone="+84898602417"),
    },
    # ------------------------------------------------------------------ 14
    {
        "n": 14,
        "date": "Wed, 08 Apr 2026 11:47:20 +0700",
        "from": ("Tạ Quang Thiều", "taquangthieu.dn@yahoo.com.vn"),
        "to": "support",
        "subject": "Phản ánh việc nhân viên tiết lộ hồ sơ của tôi",
        "fmt": "oe",
        "henc": "q",
        "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Tạ Quang Thiều, 76 tuổi, ở Đà Nẵng. Tháng trước tôi có nhờ Công ty tư vấn việc lập văn bản phân chia nhà đất cho các con, có gửi kèm bản sao giấy tờ nhà và danh sách tài sản.

Hôm thứ Bảy vừa rồi, cháu nội tôi là Tạ Minh Quân đến nhà nói đã gọi lên Công ty, xưng là "người nhà ông Thiều" và được nhân viên đọc cho nghe tôi định chia cho ai bao nhiêu. Chuyện trong nhà thành ra lục đục. Tôi chưa bao giờ ủy quyền cho cháu hỏi thay.

Tôi rất buồn và không hài lòng. Đề nghị Công ty cho biết nhân viên nào đã cung cấp thông tin, xử lý thế nào, và từ nay chỉ trao đổi trực tiếp với tôi.

Điện thoại nhà: (0236) 3825 719
Tạ Quang Thiều
""",
        "label": dict(cat="complaint", lang="vi", name="Tạ Quang Thiều", phone="+842363825719",
                      note="Body is windows-1258 with combining tone marks; compare after NFC. Grandson's name also appears; home landline is the sender's phone."),
    },
    # ------------------------------------------------------------------ 15
    {
        "n": 15,
        "date": "Wed, 08 Apr 2026 16:12:09 +0800",
        "from": ("Nina Patel", "nina@growthlabdigital.io"),
        "to": "info",
        "subject": "Quick question about thinhtrigroup.com's Google ranking",
        "fmt": "gmail",
        "body": """Hi Thinh Tri team,

I was looking at law firms in Ho Chi Minh City and noticed that thinhtrigroup.com doesn't show up on the first page for searches like "divorce lawyer HCMC" or "company registration Vietnam", while several smaller firms do.

At GrowthLab Digital we help professional service firms in Southeast Asia get more qualified enquiries through SEO and Google Ads. Law firms we work with typically see two to three times more contact-form leads within six months.

Would you be open to a free 20-minute audit call next week? You can pick a slot at https://growthlabdigital.io/audit or just reply with a time that suits you. If you'd rather talk now, my number is +65 8123 4476 (WhatsApp).

Best,
Nina Patel
Senior Growth Consultant, GrowthLab Digital
Singapore | Ho Chi Minh City
""",
        "label": dict(cat="unknown", lang="en", name="Nina Patel", phone="+6581234476",
                      note="Cold sales pitch to the firm (SEO agency); human-sent, so contact is filled; Singapore phone in E.164."),
    },
    # ------------------------------------------------------------------ 16
    {
        "n": 16,
        "date": "Wed, 08 Apr 2026 20:06:55 +0700",
        "from": ("Nhut Kha", "khaminhnhut.ct@gmail.com"),
        "to": "info",
        "subject": "xin lai ban sao ho so",
        "fmt": "gmail",
        "body": """Chao cong ty,
Toi la Kha Minh Nhut, o Can Tho. Cuoi nam 2025 toi co thue cong ty tu van vu tranh chap ranh dat voi nha ben canh, co gui qua email cho cong ty nhieu giay to (so do, ban ve, hinh chup, bien ban hoa giai o phuong) va luat su co ghi chep lai noi dung tu van.
May tinh cua toi bi hu, mat het file. Cho toi xin lai ban sao tat ca giay to va thong tin cua toi ma cong ty dang luu, ke ca ghi chep buoi tu van, gui vao email nay giup toi.
Neu can xac minh thi goi toi so 0374 126 598.
Cam on cong ty.
Kha Minh Nhut
""",
        "label": dict(cat="access_request", lang="vi", name="Kha Minh Nhut", phone="+84374126598"),
    },
    # ------------------------------------------------------------------ 17
    {
        "n": 17,
        "date": "Thu, 09 Apr 2026 07:45:21 +0700",
        "from": ("Hau Lam", "lamvanhau1979@icloud.com"),
        "to": "info",
        "subject": "Hoi ve boi thuong tai nan giao thong",
        "fmt": "iphone",
        "cte": "qp",
        "body": """Chao luat su
Toi ten Lam Van Hau, chay xe om cong nghe o Thu Duc. Sang 5/4 toi dang cho khach thi bi mot xe o to tong tu phia sau, toi bi gay xuong canh tay, xe may hu nang, khach cung bi tray xuoc. Tai xe o to co dua toi 5 trieu roi noi bao hiem se lo, nhung den nay ben bao hiem chua lien lac gi.
Toi dang nam nha khong di lam duoc, cho toi hoi toi co the doi nhung khoan boi thuong nao (vien phi, sua xe, tien mat thu nhap) va co can lam don gi voi cong an khong vi luc do CSGT co den lap bien ban.
Luat su goi cho toi so 0868.240.937, toi nghe may ca ngay.
Cam on

Gửi từ iPhone của tôi
""",
        "label": dict(cat="service_request", lang="vi", name="Lam Van Hau", phone="+84868240937",
                      note="Unaccented Vietnamese with the accented iPhone sign-off 'Gửi từ iPhone của tôi'; phone written with dots."),
    },
    # ------------------------------------------------------------------ 18
    {
        "n": 18,
        "date": "Thu, 09 Apr 2026 10:10:33 +0700",
        "from": ("Sofia Lindqvist", "sofia.lindqvist@gmail.com"),
        "to": "info",
        "subject": "Your email exposed my details to other clients",
        "fmt": "gmail",
        "body": """Hello,

This morning your office sent out a message titled "Reminder: documents for temporary residence card renewal". It went to me and to at least 23 other people, all visible in the To: field - full names and personal email addresses of what are obviously other foreign clients of your firm. Several people have already hit "reply all", so my address is now being passed around among strangers.

I chose your firm partly because your website promises that client information is kept confidential. Sending a bulk email without BCC is a basic mistake, and for a law firm it is not acceptable.

I would like a written explanation of how this happened, confirmation that the other recipients have been asked to delete that email, and an assurance that it will not happen again.

Sofia Lindqvist
""",
        "label": dict(cat="complaint", lang="en", name="Sofia Lindqvist",
                      note="Complaint about a data leak (no BCC); 'delete' refers to the other recipients deleting the mail, not to a deletion request. No phone."),
    },
    # ------------------------------------------------------------------ 19
    {
        "n": 19,
        "date": "Thu, 09 Apr 2026 13:30:16 +0700",
        "from": ("Anh Thu Cao", "caongocanhthu.law@gmail.com"),
        "to": "info",
        "subject": "Rút hồ sơ ứng tuyển & xóa CV - Cao Ngọc Anh Thư",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "q",
        "body": """Dear anh chị phòng nhân sự,

Em là Cao Ngọc Anh Thư, em có apply vị trí Legal Assistant (intern) bên mình hồi tháng 3 và có gửi kèm CV, bảng điểm, bản scan CCCD.

Hiện em đã nhận offer ở nơi khác nên xin phép rút hồ sơ. Anh chị vui lòng delete giúp em CV, bảng điểm, bản scan CCCD và các thông tin cá nhân em đã gửi, không lưu vào talent pool nha. Anh chị confirm lại giúp em qua email khi đã xóa xong ạ.

Em cảm ơn anh chị và chúc công ty nhiều sức khỏe!
Cao Ngọc Anh Thư
0763 208 954
""",
        "label": dict(cat="deletion_request", lang="mixed", name="Cao Ngọc Anh Thư", phone="+84763208954",
                      note="Comes from a former job applicant, but the mail withdraws the application and asks to delete her CV and ID scan: a deletion request, not a job application."),
    },
    # ------------------------------------------------------------------ 20
    {
        "n": 20,
        "date": "Thu, 09 Apr 2026 16:22:40 +0700",
        "from": ("Võ Thành Nhân", "thanhnhan.suaxe@gmail.com"),
        "to": ("Thịnh Trí Group", "info"),
        "subject": "Re: Tư vấn chuyển đổi hộ kinh doanh lên doanh nghiệp",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "b",
        "reply": True,
        "body": """Chào anh Phát,

Cảm ơn anh đã giải thích. Tôi đồng ý làm theo phương án thứ hai anh nêu: thành lập công ty TNHH một thành viên, giữ tên "Thành Nhân Auto", rồi chấm dứt hộ kinh doanh sau khi công ty có mã số thuế.

Anh gửi giúp tôi hợp đồng dịch vụ và danh sách giấy tờ cần chuẩn bị. Tôi bận ở tiệm cả ngày, có gì anh gọi tôi buổi trưa hoặc sau 7 giờ tối theo số 0939 714 263.

Võ Thành Nhân
Tiệm sửa xe Thành Nhân Auto
""",
        "quote": {
            "intro": "Vào Th 4, 8 thg 4, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi anh Nhân,

Với doanh thu hiện nay của tiệm, anh có hai phương án: (1) giữ hộ kinh doanh và chuyển sang kê khai thuế theo doanh thu thực tế; (2) thành lập công ty TNHH một thành viên và chấm dứt hộ kinh doanh. Phương án (2) giúp anh xuất hóa đơn cho đại lý và khách công ty thuận tiện hơn.

Nếu anh đồng ý, chúng tôi sẽ gửi hợp đồng dịch vụ. Mọi thắc mắc vui lòng gọi hotline 1800 63 65.

Trân trọng,
Lâm Tấn Phát
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM""",
        },
        "label": dict(cat="service_request", lang="vi", name="Võ Thành Nhân", phone="+84939714263",
                      note="Reply; only the top part is new. Quoted firm message has the firm's hotline, staff name and address, not the sender's."),
    },
    # ------------------------------------------------------------------ 21
    {
        "n": 21,
        "date": "Thu, 09 Apr 2026 22:41:08 +0700",
        "from": ("Thu Ha Trieu", "trieuthithuha.ulaw@gmail.com"),
        "to": "info",
        "subject": "Don xin thuc tap - sinh vien nam 4 Luat",
        "fmt": "gmail",
        "attach": [("application/pdf", "CV_TrieuThiThuHa.pdf"), ("application/pdf", "BangDiem_TrieuThiThuHa.pdf")],
        "body": """Kinh gui Cong ty Luat Thinh Tri,
Em ten la Trieu Thi Thu Ha, sinh vien nam 4 truong Dai hoc Luat TP.HCM, chuyen nganh Luat Thuong mai. Em rat mong duoc thuc tap tai cong ty tu thang 5 den thang 8/2026 de hoc hoi them ve mang doanh nghiep va so huu tri tue.
Em xin gui kem CV va bang diem. Em co the di lam toan thoi gian, co xe may va co the ho tro cong viec giay to, nop ho so.
Neu cong ty co nhu cau, mong anh chi lien he em qua so 0373 642 915 hoac email nay.
Em chan thanh cam on.
Trieu Thi Thu Ha
""",
        "label": dict(cat="unknown", lang="vi", name="Trieu Thi Thu Ha", phone="+84373642915",
                      note="Internship application with CV attached, not a customer request."),
    },
    # ------------------------------------------------------------------ 22
    {
        "n": 22,
        "date": "Fri, 10 Apr 2026 08:36:57 +0700",
        "from": ("Kiều Văn Lộc", "kieuvanloc_ct@yahoo.com"),
        "to": "support",
        "subject": "Báo thay đổi địa chỉ liên lạc",
        "fmt": "yahoo",
        "cte": "qp",
        "henc": "q",
        "body": """Kính gửi Công ty,

Tôi là Kiều Văn Lộc, khách hàng đang được Công ty giúp làm hồ sơ nhận thừa kế sổ tiết kiệm của vợ tôi đã mất.

Từ đầu tháng 4 tôi không còn ở địa chỉ cũ 45 Mậu Thân, Phường Ninh Kiều, TP. Cần Thơ nữa mà chuyển về ở với con trai. Nhờ Công ty sửa lại địa chỉ trong hồ sơ để gửi giấy tờ bản gốc cho đúng:

Địa chỉ mới: Số 9 đường số 6, khu dân cư Hưng Phú, Phường Cái Răng, TP. Cần Thơ

Số điện thoại vẫn như cũ: 0939 052 716.

Cảm ơn Công ty.
Kiều Văn Lộc
""",
        "label": dict(cat="correction_request", lang="vi", name="Kiều Văn Lộc", phone="+84939052716",
                      address="Số 9 đường số 6, khu dân cư Hưng Phú, Phường Cái Răng, TP. Cần Thơ",
                      note="Old address also present; contact address is the new one."),
    },
    # ------------------------------------------------------------------ 23
    {
        "n": 23,
        "date": "Fri, 10 Apr 2026 10:03:02 +0700",
        "from": (None, "MAILER-DAEMON@mail.dienmaygiaphat.com.vn"),
        "to": "support",
        "subject": "failure notice",
        "fmt": "qmail",
        "idkind": "postfix",
        "bounce": {
            "notice": """Hi. This is the qmail-send program at mail.dienmaygiaphat.com.vn.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<yen.nh@dienmaygiaphat.com.vn>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""",
            "original": {
                "from_name": "Thịnh Trí Support",
                "from_addr": "support@thinhtrigroup.com",
                "to": "yen.nh@dienmaygiaphat.com.vn",
                "received": "from mail.thinhtrigroup.com (mail.thinhtrigroup.com [103.97.125.41])\n by mail.dienmaygiaphat.com.vn with ESMTP; Fri, 10 Apr 2026 10:02:59 +0700",
                "subject": "Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu",
                "date": "Fri, 10 Apr 2026 10:02:38 +0700",
                "body": """Kính gửi chị Nguyễn Hoàng Yến,

Theo yêu cầu ngày 02/04/2026 của chị, Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã xóa họ tên, số điện thoại, email và các tài liệu chị gửi khi đăng ký tư vấn khỏi hệ thống khách hàng. Những chứng từ kế toán bắt buộc lưu trữ theo quy định sẽ được hủy khi hết thời hạn.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng - Thịnh Trí Group
""",
            },
        },
        "label": dict(cat="unknown", lang="en", auto=True,
                      note="qmail bounce (From MAILER-DAEMON, subject 'failure notice', no Auto-Submitted header) of the firm's own deletion confirmation; the appended original mentions deleting personal data but is not customer text."),
    },
    # ------------------------------------------------------------------ 24
    {
        "n": 24,
        "date": "Fri, 10 Apr 2026 11:58:02 +0700",
        "from": ("Graham Whitfield", "g.whitfield58@bigpond.com"),
        "to": "info",
        "subject": "Buying an apartment in Da Nang - foreign ownership question",
        "fmt": "thunderbird",
        "cte": "7bit",
        "body": """Good morning,

I'm a retired Australian engineer, 67, and have lived in Da Nang with my Vietnamese wife for the past four years. We are looking at a two-bedroom apartment in a new tower near My Khe beach, and the seller's agent, Mr. Hung (0935 487 120), is pushing us to sign a deposit agreement by the end of next week.

Before we sign anything I'd like some proper advice:
- Can I buy in my own name as a foreigner, and for how long would I own it?
- Would it be better to put it in my wife's name, and what would happen to my share if something happened to her?
- Is a deposit agreement arranged by an agent binding, and what should we check in it?

I'm happy to come to your office in Saigon or do a video call. My mobile is 0905 263 781.

Many thanks,
Graham Whitfield
""",
        "label": dict(cat="service_request", lang="en", name="Graham Whitfield", phone="+84905263781",
                      note="Seller's agent's number 0935 487 120 appears first; contact phone is the sender's own mobile."),
    },
    # ------------------------------------------------------------------ 25
    {
        "n": 25,
        "date": "Fri, 10 Apr 2026 15:40:29 +0700",
        "from": ("Hai Yen Do", "haiyen.do.mkt@gmail.com"),
        "to": "support",
        "subject": "Lần 2: chưa nhận được invoice & không ai phản hồi",
        "fmt": "gmail",
        "cte": "b64",
        "henc": "b",
        "body": """Hi team Thịnh Trí,

Em là Đỗ Hải Yến, em đã email 1 lần hôm 31/3 nhưng chưa thấy ai reply nên em gửi lại lần nữa.

Ngày 24/3 em đã chuyển khoản 4.500.000đ phí dịch vụ đăng ký nhãn hiệu cho shop handmade của em (nội dung CK: "DOHAIYEN NHANHIEU"). Đến nay đã hơn 2 tuần em vẫn chưa nhận được hóa đơn VAT, chưa có biên nhận, cũng chưa ai confirm là hồ sơ đã nộp lên Cục SHTT hay chưa. Em gọi hotline 3 lần đều được hẹn "sẽ có người gọi lại" rồi thôi.

Honestly em khá thất vọng vì lúc tư vấn thì rất nhiệt tình. Nếu trong tuần này vẫn không có phản hồi rõ ràng thì em sẽ yêu cầu hủy hợp đồng và hoàn tiền.

Đỗ Hải Yến
0345 629 081
""",
        "label": dict(cat="complaint", lang="mixed", name="Đỗ Hải Yến", phone="+84345629081",
                      note="'hủy hợp đồng' is a threat to cancel the service contract, not a data deletion request; the mail complains about no invoice and no response."),
    },
]

