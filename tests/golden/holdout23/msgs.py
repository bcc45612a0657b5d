# -*- coding: utf-8 -*-
"""Message data for h23_001 .. h23_025 (week 1: Mon 13 - Fri 17 Apr 2026)."""

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>B\u1ea3n tin tu\u1ea7n 16/2026</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1d3557;color:#ffffff;padding:18px 24px;font-size:20px;font-weight:bold;">PH\u00c1P L\u00dd DOANH NGHI\u1ec6P &ndash; B\u1ea2N TIN TU\u1ea6N 16/2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>K\u00ednh g\u1eedi Qu\u00fd \u0111\u1ed9c gi\u1ea3,</p>
<p><b>1.</b> <a href="https://phaplydoanhnghiep.vn/bai-viet/du-lieu-ca-nhan-viec-can-lam">Lu\u1eadt B\u1ea3o v\u1ec7 d\u1eef li\u1ec7u c\u00e1 nh\u00e2n: 5 vi\u1ec7c doanh nghi\u1ec7p c\u1ea7n l\u00e0m ngay</a> &ndash; quy tr\u00ecnh ti\u1ebfp nh\u1eadn y\u00eau c\u1ea7u xem, ch\u1ec9nh s\u1eeda v\u00e0 x\u00f3a d\u1eef li\u1ec7u c\u1ee7a kh\u00e1ch h\u00e0ng.</p>
<p><b>2.</b> Quy\u1ebft to\u00e1n thu\u1ebf TNCN n\u0103m 2025: h\u1ea1n ch\u00f3t v\u00e0 c\u00e1c l\u1ed7i th\u01b0\u1eddng g\u1eb7p khi \u1ee7y quy\u1ec1n quy\u1ebft to\u00e1n.</p>
<p><b>3.</b> M\u1eabu ph\u1ee5 l\u1ee5c h\u1ee3p \u0111\u1ed3ng lao \u0111\u1ed9ng khi \u0111i\u1ec1u ch\u1ec9nh l\u01b0\u01a1ng t\u1ed1i thi\u1ec3u v\u00f9ng.</p>
<p style="background:#fff4e0;padding:10px 12px;"><b>S\u1ef1 ki\u1ec7n:</b> T\u1ecda \u0111\u00e0m tr\u1ef1c tuy\u1ebfn &ldquo;X\u1eed l\u00fd y\u00eau c\u1ea7u c\u1ee7a ch\u1ee7 th\u1ec3 d\u1eef li\u1ec7u&rdquo; &ndash; 9h00 th\u1ee9 N\u0103m 23/04/2026. <a href="https://phaplydoanhnghiep.vn/su-kien/toa-dam-23-04">\u0110\u0103ng k\u00fd mi\u1ec5n ph\u00ed</a>.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;border-top:1px solid #e5e5e5;">
Li\u00ean h\u1ec7 t\u00f2a so\u1ea1n: 024 3938 7712 | bantin@phaplydoanhnghiep.vn<br>
B\u1ea1n nh\u1eadn \u0111\u01b0\u1ee3c email n\u00e0y v\u00ec \u0111\u1ecba ch\u1ec9 info@thinhtrigroup.com \u0111\u00e3 \u0111\u0103ng k\u00fd nh\u1eadn b\u1ea3n tin.<br>
<a href="https://phaplydoanhnghiep.vn/huy-nhan-tin?u=a81f3c&amp;e=info%40thinhtrigroup.com" style="color:#777;">H\u1ee7y \u0111\u0103ng k\u00fd</a>
</td></tr></table></td></tr></table>
</body></html>
"""

MSGS = [
    # ------------------------------------------------------------------ 001
    dict(
        id="h23_001", date="Mon, 13 Apr 2026 07:30:00 +0700", style="newsletter", cte="b64", henc="q",
        frm=("Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"), to=INFO,
        subject="Bản tin tuần 16/2026: Quyền xóa, chỉnh sửa dữ liệu cá nhân – doanh nghiệp cần chuẩn bị gì?",
        headers=[
            ("List-Id", "Ban tin Phap ly Doanh nghiep <weekly.phaplydoanhnghiep.vn>"),
            ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/huy-nhan-tin?u=a81f3c&e=info%40thinhtrigroup.com>, "
                                 "<mailto:unsubscribe@phaplydoanhnghiep.vn?subject=a81f3c>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        body="""\
PHÁP LÝ DOANH NGHIỆP – BẢN TIN TUẦN 16/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân: 5 việc doanh nghiệp cần làm ngay – quy trình tiếp nhận yêu cầu xem, chỉnh sửa và xóa dữ liệu của khách hàng.
2. Quyết toán thuế TNCN năm 2025: hạn chót và các lỗi thường gặp khi ủy quyền quyết toán.
3. Mẫu phụ lục hợp đồng lao động khi điều chỉnh lương tối thiểu vùng.

Sự kiện: Tọa đàm trực tuyến "Xử lý yêu cầu của chủ thể dữ liệu" – 9h00 thứ Năm 23/04/2026. Đăng ký miễn phí tại website.

Liên hệ tòa soạn: 024 3938 7712 | bantin@phaplydoanhnghiep.vn

Bạn nhận được email này vì địa chỉ info@thinhtrigroup.com đã đăng ký nhận bản tin.
Hủy đăng ký: https://phaplydoanhnghiep.vn/huy-nhan-tin?u=a81f3c&e=info%40thinhtrigroup.com
""",
        html=NEWSLETTER_HTML,
        label=dict(category="unknown", automated=True, language="vi",
                   note="Bulk newsletter (List-Id, Precedence: bulk); subject and body talk about deleting/correcting "
                        "personal data, but it is list mail, not a request."),
    ),
    # ------------------------------------------------------------------ 002
    dict(
        id="h23_002", date="Mon, 13 Apr 2026 08:31:17 +0700", style="gmail", cte="b64",
        frm=("Quách Thị Mỹ Duyên", "quachmyduyen.kt@gmail.com"), to=INFO,
        subject="Nhờ tư vấn ly hôn khi chồng đang làm việc ở Hàn Quốc",
        body="""\
Chào anh/chị luật sư,

Em tên là Quách Thị Mỹ Duyên, 34 tuổi, hiện sống cùng hai con ở Dĩ An. Chồng em là Lý Thành Đạt, đi làm việc theo hợp đồng ở Hàn Quốc từ năm 2022 và gần một năm nay gần như không liên lạc, cũng không gửi tiền nuôi con.

Em muốn ly hôn và giành quyền nuôi cả hai cháu (một bé 9 tuổi, một bé 5 tuổi). Em xin hỏi:
- Chồng đang ở nước ngoài thì em nộp đơn ở Tòa nào, có cần anh ấy về Việt Nam không?
- Nếu anh ấy không đồng ý ly hôn thì thủ tục kéo dài bao lâu?
- Em có yêu cầu cấp dưỡng được không khi anh ấy làm ở nước ngoài?

Số KakaoTalk của chồng em là +82 10 4172 5580, nếu cần em có thể cung cấp thêm. Còn số của em là 0938 417 625, anh/chị gọi sau 17h giúp em vì giờ hành chính em đang đi làm.

Em cảm ơn nhiều ạ.
Mỹ Duyên
""",
        label=dict(category="service_request", language="vi", name="Quách Thị Mỹ Duyên",
                   phone="+84938417625", email="quachmyduyen.kt@gmail.com",
                   note="Husband's Korean number (+82 10 4172 5580) is also in the body; the sender's own is 0938 417 625."),
    ),
    # ------------------------------------------------------------------ 003
    dict(
        id="h23_003", date="Mon, 13 Apr 2026 09:10:42 +0700", style="owa", cte="qp", henc="q",
        frm=("Tăng Văn Khiêm", "khiemtv.hn@outlook.com"), to=SUPPORT,
        subject="Đề nghị cập nhật địa chỉ nhận thư",
        body="""\
Kính gửi Bộ phận Chăm sóc khách hàng,

Tôi là Tăng Văn Khiêm, khách hàng đang được Công ty hỗ trợ thủ tục tách thửa đất ở Sóc Sơn. Thư này không phải khiếu nại, tôi chỉ muốn báo để Công ty cập nhật lại thông tin.

Tuần trước tôi mới biết bộ giấy tờ Công ty gửi chuyển phát nhanh vẫn đi về địa chỉ cũ của tôi ở 203 Nguyễn Trãi, Phường Thanh Xuân, Hà Nội. Tôi đã chuyển nhà từ tháng 2, may mà chủ nhà mới gọi báo nên tôi qua lấy được.

Địa chỉ hiện tại của tôi là: Số 17 ngõ 82 Chùa Láng, Phường Láng, Hà Nội. Nhờ Công ty sửa trong hồ sơ và gửi các giấy tờ tiếp theo về địa chỉ này.

Số điện thoại của tôi vẫn giữ nguyên: 0975 280 413.

Trân trọng,
Tăng Văn Khiêm
""",
        label=dict(category="correction_request", language="vi", name="Tăng Văn Khiêm", phone="+84975280413",
                   email="khiemtv.hn@outlook.com", address="Số 17 ngõ 82 Chùa Láng, Phường Láng, Hà Nội",
                   note="Explicitly 'không phải khiếu nại'; the old address (203 Nguyễn Trãi) is also present, "
                        "the contact address is the new one."),
    ),
    # ------------------------------------------------------------------ 004
    dict(
        id="h23_004", date="Mon, 13 Apr 2026 10:45:09 +0700", style="outlook", cte="7bit",
        frm=("Kenji Matsuda", "k.matsuda@sakura-devworks.jp"), to=INFO,
        subject="Inquiry: setting up a 100% foreign-owned company in Da Nang",
        body="""\
Dear Sir/Madam,

My name is Kenji Matsuda and I am the managing director of Sakura DevWorks, a small software company based in Tokyo. We are planning to open a development centre in Da Nang with about 15 engineers, starting in Q3 this year.

We would like your firm to assist us with:
1. the Investment Registration Certificate and Enterprise Registration Certificate for a 100% Japanese-owned LLC;
2. opening the direct investment capital account, and advice on a sensible charter capital for IT services;
3. work permits for two Japanese managers.

Could you please send us a fee proposal and an estimated timeline? I am in Da Nang until 30 April, so a meeting in person would also be possible.

While I am in Vietnam, please contact me on my local mobile 0896 552 107 rather than the Tokyo number below.

Best regards,
Kenji Matsuda
Managing Director
Sakura DevWorks Co., Ltd.
Tel (Tokyo HQ): +81 3 6205 8841
""",
        label=dict(category="service_request", language="en", name="Kenji Matsuda", phone="+84896552107",
                   email="k.matsuda@sakura-devworks.jp",
                   note="Signature has the Tokyo HQ number; the sender asks to be reached on his local mobile."),
    ),
    # ------------------------------------------------------------------ 005
    dict(
        id="h23_005", date="Mon, 13 Apr 2026 14:20:55 +0700", style="gmail", cte="7bit",
        frm=("Hao Luc", "lucvanhao.qn@gmail.com"), to=SUPPORT,
        subject="Phan anh thai do nhan vien tong dai",
        body="""\
Chao ban lanh dao cong ty,

Toi la Luc Van Hao. Tu thu 5 tuan truoc den nay toi goi vao hotline 1800 63 65 ba lan de hoi ve ho so chuyen nhuong dat cua toi (da ky hop dong dich vu, da dong tien).
Lan thu nhat nhan vien bao "de em kiem tra roi goi lai" nhung khong ai goi. Lan thu hai bi chuyen may roi tu dong cup. Lan thu ba ngay 10/4 mot ban nu nghe may, toi chua noi het cau thi ban ay noi "anh hoi hoai vay, ho so chua xong thi em biet lam sao" roi cup may.
Toi la khach hang tra tien, khong the chap nhan thai do nhu vay. De nghi cong ty kiem tra lai cuoc goi ngay 10/4, co hinh thuc xu ly nhan vien va cho nguoi co trach nhiem goi lai cho toi.

Luc Van Hao
SDT: 0357.902.846
""",
        label=dict(category="complaint", language="vi", name="Luc Van Hao", phone="+84357902846",
                   email="lucvanhao.qn@gmail.com",
                   note="The firm's hotline 1800 63 65 appears in the body; it is not the sender's number."),
    ),
    # ------------------------------------------------------------------ 006
    dict(
        id="h23_006", date="Mon, 13 Apr 2026 16:05:31 +0700", style="gmail", cte="qp",
        frm=("Kiều Thị Phương Thảo", "phuongthao.kieu88@gmail.com"), to=INFO,
        subject="Yêu cầu cho biết thông tin cá nhân Công ty đang lưu giữ",
        body="""\
Kính gửi Công ty Hệ Thống Luật Thịnh Trí,

Tôi là Kiều Thị Phương Thảo. Tháng 9/2025 tôi có sử dụng dịch vụ soạn hợp đồng cho thuê mặt bằng của Công ty, khi đó tôi đã cung cấp bản sao CCCD, giấy chứng nhận quyền sử dụng đất và thông tin tài khoản ngân hàng.

Đọc Chính sách bảo mật trên website, tôi thấy Công ty có thể chia sẻ thông tin khách hàng cho "đối tác vận chuyển" và một số bên khác. Vì vậy tôi đề nghị Công ty:
1. Cho tôi biết Công ty hiện đang lưu những thông tin, giấy tờ nào của tôi;
2. Cung cấp cho tôi một bản sao các thông tin đó (bản điện tử gửi qua email là được);
3. Cho biết thông tin của tôi đã được chia sẻ cho bên nào chưa, nếu có thì cho bên nào và vào thời điểm nào.

Để đối chiếu, địa chỉ của tôi là 88/3 Phan Đăng Lưu, Phường Gia Định, TP.HCM; điện thoại 0869 314 572.

Trân trọng,
Kiều Thị Phương Thảo
""",
        label=dict(category="access_request", language="vi", name="Kiều Thị Phương Thảo", phone="+84869314572",
                   email="phuongthao.kieu88@gmail.com", address="88/3 Phan Đăng Lưu, Phường Gia Định, TP.HCM"),
    ),
    # ------------------------------------------------------------------ 007
    dict(
        id="h23_007", date="Tue, 14 Apr 2026 06:58:12 +0700", style="iphone", cte="qp",
        frm=("Bảo Trân", "baotran.2k3@icloud.com"), to=INFO,
        subject="Hỏi",
        body="""\
Anh chị ơi cho em hỏi chút được không ạ

Gửi từ iPhone của tôi
""",
        label=dict(category="unknown", language="vi", name="Bảo Trân", email="baotran.2k3@icloud.com",
                   note="Opener with no actual question or request; name only from the From display name."),
    ),
    # ------------------------------------------------------------------ 008
    dict(
        id="h23_008", date="Mon, 13 Apr 2026 22:12:40 +0200", style="thunderbird", cte="8bit",
        frm=("Sophie Marchand", "sophie.marchand@free.fr"), to=INFO,
        subject="Erasure request – former client (work permit 2023)",
        body="""\
Dear Thinh Tri team,

Between 2023 and 2025 I lived in Ho Chi Minh City and your firm handled my work permit and my temporary residence card. My employer's HR officer at the time, Mr. Nguyen Duc Tam, sent you most of my documents on my behalf.

I have now left Vietnam for good and no longer need any of your services. I therefore ask you to delete all personal data you hold about me: passport scans, my diploma and criminal record certificate, the health check, photographs and any correspondence. If you are required by law to keep some of it, please tell me what you keep and until when.

Please confirm by email once this has been done.

Kind regards,
Sophie Marchand
12 rue Sainte-Catherine, 69001 Lyon, France
""",
        label=dict(category="deletion_request", language="en", name="Sophie Marchand",
                   email="sophie.marchand@free.fr", address="12 rue Sainte-Catherine, 69001 Lyon, France",
                   note="Former employer's HR officer (Nguyen Duc Tam) is named; the sender is Sophie Marchand."),
    ),
    # ------------------------------------------------------------------ 009
    dict(
        id="h23_009", date="Tue, 14 Apr 2026 09:37:26 +0700", style="gmail_html", cte="qp", nbsp=True,
        frm=("Đỗ Hữu Lộc", "dohuuloc.dn@gmail.com"), to=INFO,
        subject="Cần tư vấn bồi thường tai nạn giao thông",
        body="""\
Chào Công ty,

Tôi là Đỗ Hữu Lộc. Chiều 11/4 tôi đi xe máy trên đường Nguyễn Tất Thành (Đà Nẵng) thì bị một xe tải nhỏ lấn làn tông vào, tôi gãy xương cẳng tay, xe máy hư nặng. CSGT đã lập biên bản tại chỗ.

Tài xế xe tải hứa chịu trách nhiệm, để lại số điện thoại 0902 114 583 nhưng từ hôm qua đến nay không nghe máy nữa. Tôi muốn nhờ luật sư tư vấn:
- Tôi được yêu cầu bồi thường những khoản nào (viện phí, thu nhập bị mất, sửa xe)?
- Chủ xe tải là một công ty vận tải thì có phải liên đới bồi thường không?
- Nếu họ không chịu trả thì tôi nên khởi kiện hay làm gì?

Tôi đang nằm viện nên chỉ tiện nghe điện thoại. Số của tôi: 0347 556 190.

Cảm ơn Công ty.
Đỗ Hữu Lộc
""",
        label=dict(category="service_request", language="vi", name="Đỗ Hữu Lộc", phone="+84347556190",
                   email="dohuuloc.dn@gmail.com",
                   note="HTML-only body with &nbsp; inside numbers; the truck driver's number 0902 114 583 is not "
                        "the sender's."),
    ),
    # ------------------------------------------------------------------ 010
    dict(
        id="h23_010", date="Tue, 14 Apr 2026 10:02:03 +0700", style="autoack", cte="qp", henc="q",
        frm=("CSKH Điện Máy Phú Gia", "no-reply@dienmayphugia.vn"), to=INFO,
        subject="[Phiếu #PG-88214] Đã tiếp nhận: Yêu cầu cung cấp thông tin bảo hành máy in",
        in_reply_to="<5c1e0a77-2b4f-41d6-9d3e-7f0b61c2aa90@thinhtrigroup.com>",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        body="""\
Kính chào Quý khách,

Điện Máy Phú Gia đã tiếp nhận yêu cầu của Quý khách với mã phiếu #PG-88214 (Yêu cầu cung cấp thông tin bảo hành máy in). Bộ phận kỹ thuật sẽ liên hệ trong vòng 24 giờ làm việc.

Đây là email tự động, vui lòng không trả lời. Nếu cần hỗ trợ gấp, Quý khách gọi tổng đài 1900 6215 (8h00 – 21h00).

Trân trọng,
Phòng Chăm sóc khách hàng
Điện Máy Phú Gia
""",
        label=dict(category="unknown", automated=True, language="vi",
                   note="Automatic ticket acknowledgement (Auto-Submitted: auto-generated) for the firm's own "
                        "request; 'Yêu cầu cung cấp thông tin' in the subject is not a data-access request."),
    ),
    # ------------------------------------------------------------------ 011
    dict(
        id="h23_011", date="Tue, 14 Apr 2026 11:26:48 +0700", style="gmail", cte="7bit",
        frm=("Priya Raman", "priya.raman.sg@gmail.com"), to=SUPPORT,
        subject="Fwd: Your documents were sent to me by mistake",
        body="""\
Hello,

Please read the message below. A woman I have never met contacted me on Saturday because your office emailed HER the draft lease and the scan of my passport that I sent you for my apartment rental contract. She found my email address inside the draft and was kind enough to warn me.

I am extremely upset. My passport, my visa page and my salary details are now in the inbox of a complete stranger, and nobody from your firm has told me anything. I want a written explanation of how this happened, confirmation that the email has been recalled or deleted on her side, and to know what you will change so it does not happen again.

You can call me on 070 718 3294.

Priya Raman

---------- Forwarded message ---------
From: Hai Yen Nguyen <haiyen.nguyen.hr@gmail.com>
Date: Sat, 11 Apr 2026 at 19:05
Subject: Your documents were sent to me by mistake
To: <priya.raman.sg@gmail.com>

Hi Priya,

My name is Hai Yen. Today I received an email from Thinh Tri law firm with a lease contract and your passport attached. I think they sent it to me by mistake because I am also a client there (my file is about a land sale in Binh Duong). I have deleted the email.

If you need to check, you can call me at 0916 270 338.

Hai Yen
""",
        label=dict(category="complaint", language="en", name="Priya Raman", phone="+84707183294",
                   email="priya.raman.sg@gmail.com",
                   note="Forwarded third-party email as evidence; its sender's number 0916 270 338 and address "
                        "are not the sender's."),
    ),
    # ------------------------------------------------------------------ 012
    dict(
        id="h23_012", date="Wed, 15 Apr 2026 08:40:19 +0700", style="gmail", cte="qp", henc="q",
        frm=("Linda Mac", "linda.mac.tl@gmail.com"), to=SUPPORT,
        subject="Update số điện thoại mới / new phone number",
        body="""\
Hi team Thịnh Trí,

Mình là Mạc Thùy Linh (Linda), đang làm hồ sơ đăng ký kết hôn với người nước ngoài, anh Tùng bên mình phụ trách. Mình vừa đổi sang SIM mới nên nhờ team update giúp trong file:

- New mobile: 0799 416 207
- Số cũ 0912 638 540 mình sẽ cắt trong tuần này, please đừng gọi số đó nữa.

Email và địa chỉ không đổi nha. Thanks a lot!

Linda
""",
        label=dict(category="correction_request", language="mixed", name="Mạc Thùy Linh", phone="+84799416207",
                   email="linda.mac.tl@gmail.com",
                   note="Old number 0912 638 540 also present; contact phone is the new one. From display name is "
                        "the English nickname, full name is in the body."),
    ),
    # ------------------------------------------------------------------ 013
    dict(
        id="h23_013", date="Wed, 15 Apr 2026 10:55:02 +0700", style="gmail", cte="7bit",
        frm=("Dung Ninh", "ninhvandung.hp@gmail.com"), to=INFO,
        subject="hoi ve viec cong ty no luong 3 thang",
        body="""\
Chao luat su,

Toi ten Ninh Van Dung, lam tho han o mot xuong co khi tai Hai Phong duoc 4 nam, co hop dong lao dong khong xac dinh thoi han. Tu thang 1 den nay cong ty khong tra luong, chi ung moi thang 2 trieu, con no toi tong cong khoang 38 trieu. Bao hiem xa hoi cung khong dong tu nam ngoai.
Toi muon hoi: toi co duoc nghi viec ngay ma khong can bao truoc khong, lam don gui dau de doi tien luong va tien bao hiem, co can thue luat su khong, chi phi bao nhieu.
Toi lam ca dem, ban ngay ngu nen hay de may im lang. Luat su co goi thi goi so vo toi la 0869 502 731 (ten Hien), vo toi se bao lai cho toi.
Cam on luat su.
Ninh Van Dung
""",
        label=dict(category="service_request", language="vi", name="Ninh Van Dung", phone="+84869502731",
                   email="ninhvandung.hp@gmail.com",
                   note="The only number is the wife's, but the sender explicitly says to call him there, so it is "
                        "his contact phone."),
    ),
    # ------------------------------------------------------------------ 014
    dict(
        id="h23_014", date="Wed, 15 Apr 2026 12:30:44 +0700", style="iphone", cte="qp",
        frm=("Hoai Ta", "tathihoai1990@gmail.com"), to=INFO,
        subject="xoa thong tin ca nhan",
        body="""\
chao cty,
toi la Ta Thi Hoai, nam ngoai co nho cty lam thu tuc sang ten xe o to mua lai cua nguoi quen. Viec da xong lau roi.
Cty xoa het thong tin cua toi di (ban sao cccd, giay dang ky xe, so dt 0328 770 154...), khong can luu nua. Xoa xong thi nhan tin bao toi 1 cau.
cam on

Gửi từ iPhone của tôi
""",
        label=dict(category="deletion_request", language="vi", name="Ta Thi Hoai", phone="+84328770154",
                   email="tathihoai1990@gmail.com",
                   note="Unaccented text with an accented iPhone footer. The number is listed among data to delete "
                        "but is her own and she asks to be texted on it."),
    ),
    # ------------------------------------------------------------------ 015
    dict(
        id="h23_015", date="Wed, 15 Apr 2026 14:05:37 +0700", style="ooo", cte="qp",
        frm=("Võ Thị Hồng Nhung", "nhung.vo@anphatfoods.com.vn"), to=INFO,
        subject="Trả lời tự động: Mời tham dự tọa đàm \"Quyền yêu cầu xóa và chỉnh sửa dữ liệu cá nhân\"",
        in_reply_to="<a93d1f20-6c7e-4b0a-8f55-2e41c9d07b13@thinhtrigroup.com>",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""\
Chào anh/chị,

Tôi đang đi công tác tại Nhật Bản từ 14/04 đến hết 22/04/2026 và sẽ kiểm tra email không thường xuyên. Việc gấp xin liên hệ anh Trần Quốc Khải – Phó phòng Pháp chế, email khai.tran@anphatfoods.com.vn, điện thoại 0908 361 442.

Thank you for your email. I am on a business trip to Japan from 14 to 22 April 2026 with limited access to email. For urgent matters, please contact Mr. Tran Quoc Khai (khai.tran@anphatfoods.com.vn, +84 908 361 442).

Võ Thị Hồng Nhung
Trưởng phòng Pháp chế | An Phát Foods
""",
        label=dict(category="unknown", automated=True, language="mixed",
                   note="Out-of-office reply to the firm's seminar invitation; subject contains deletion/correction "
                        "keywords and the colleague's phone/email are not a customer contact."),
    ),
    # ------------------------------------------------------------------ 016
    dict(
        id="h23_016", date="Wed, 15 Apr 2026 16:18:50 +0700", style="outlook", cte="qp",
        frm=("Thomas Keller", "thomas.keller@alpenrock-consulting.ch"), to=INFO,
        subject="Request for information on the personal data you hold about me",
        body="""\
Dear Sir or Madam,

On 9 April I received a call on my mobile, +84 93 660 2718, from a lady who said she worked for Thinh Tri and offered "legal support packages for foreign investors". The call came from 028 7300 6451. As far as I remember, I have never been your client, so I would simply like to understand what is on file.

Under the Vietnamese personal data protection rules, could you please let me know:
- what personal data about me your firm holds;
- where and when you obtained it;
- whether it has been passed on to anyone else.

Please also send me a copy of that data. I am not asking you to delete anything at this point; I first want to see what you have.

Regards,
Thomas Keller
AlpenRock Consulting, Ho Chi Minh City
""",
        label=dict(category="access_request", language="en", name="Thomas Keller", phone="+84936602718",
                   email="thomas.keller@alpenrock-consulting.ch",
                   note="The calling number 028 7300 6451 is the firm side's, not the sender's; he explicitly does "
                        "not ask for deletion."),
    ),
    # ------------------------------------------------------------------ 017
    dict(
        id="h23_017", date="Thu, 16 Apr 2026 09:40:08 +0700", style="iphone", cte="qp",
        frm=("Huy Chau", "huy.chau@traomeo.vn"), to=INFO,
        subject="Hỏi về đăng ký trademark + xóa đăng ký hộ kinh doanh",
        body="""\
Hi anh chị,

Em là Châu Gia Huy, founder chuỗi trà sữa "Trà Mèo" (3 store ở Thủ Đức). Em cần bên mình support 2 việc:

1. Đăng ký trademark cho logo + tên "Trà Mèo" ở VN, nếu được thì check luôn khả năng đăng ký ở Thái Lan vì bên em có plan mở store bên đó.
2. Bên em đang chuyển từ hộ kinh doanh lên công ty TNHH, em muốn xóa đăng ký hộ kinh doanh cũ sau khi công ty có giấy phép. Anh chị làm trọn gói được không?

Anh chị gửi quote giúp em qua email này, hoặc call em 0888 205 916 nha.

Thanks!
Huy

Sent from my iPhone
""",
        label=dict(category="service_request", language="mixed", name="Châu Gia Huy", phone="+84888205916",
                   email="huy.chau@traomeo.vn",
                   note="'xóa đăng ký hộ kinh doanh' means deregistering a household business, not deleting "
                        "personal data."),
    ),
    # ------------------------------------------------------------------ 018
    dict(
        id="h23_018", date="Thu, 16 Apr 2026 11:15:23 +0700", style="owa", cte="qp",
        frm=("Đào Thu Hằng", "daothuhang.dn@outlook.com"), to=SUPPORT,
        subject="Khiếu nại: nhân viên gọi về nhà tiết lộ việc tôi tư vấn ly hôn",
        body="""\
Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Đào Thu Hằng, đang được luật sư của Công ty tư vấn thủ tục ly hôn. Khi đăng ký tư vấn, tôi đã ghi rõ trong phiếu: chỉ liên lạc qua số di động của tôi, không gọi về nhà.

Sáng 15/04, một nhân viên của Công ty lại gọi vào số máy bàn nhà tôi (0236) 3821 947. Mẹ chồng tôi nghe máy và được nhân viên nói rõ là "gọi để nhắc lịch hẹn tư vấn ly hôn với luật sư". Hậu quả là gia đình tôi xảy ra lục đục nghiêm trọng trước khi tôi kịp chuẩn bị.

Tôi yêu cầu Công ty:
- Giải thích bằng văn bản vì sao nhân viên không tuân thủ yêu cầu liên lạc của tôi và tự ý tiết lộ nội dung vụ việc;
- Cho biết hình thức xử lý đối với người vi phạm;
- Từ nay chỉ liên hệ với tôi qua số 0944 537 162 hoặc email này.

Tôi bảo lưu quyền khiếu nại lên cơ quan có thẩm quyền nếu không nhận được phản hồi thỏa đáng.

Đào Thu Hằng
""",
        label=dict(category="complaint", language="vi", name="Đào Thu Hằng", phone="+84944537162",
                   email="daothuhang.dn@outlook.com",
                   note="Her home landline (0236) 3821 947 also appears, but she insists on being contacted only "
                        "on the mobile 0944 537 162."),
    ),
    # ------------------------------------------------------------------ 019
    dict(
        id="h23_019", date="Thu, 16 Apr 2026 15:02:11 +0700", style="gmail", cte="qp",
        frm=("Hứa Minh Nhật", "huaminhnhat.ulaw@gmail.com"), to=INFO,
        subject="Ứng tuyển vị trí Thực tập sinh pháp lý – Hứa Minh Nhật",
        attach=[("CV_HuaMinhNhat.pdf", "pdf"), ("BangDiem_HuaMinhNhat.pdf", "pdf")],
        body="""\
Kính gửi Bộ phận Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em là Hứa Minh Nhật, sinh viên năm cuối Trường Đại học Luật TP.HCM, chuyên ngành Luật Thương mại. Qua fanpage của Công ty, em được biết Công ty đang tuyển thực tập sinh pháp lý cho mảng doanh nghiệp – sở hữu trí tuệ.

Em đã có 6 tháng thực tập tại một văn phòng công chứng và từng tham gia cuộc thi phiên tòa giả định cấp trường. Em có thể làm việc toàn thời gian từ tháng 6/2026.

Em xin gửi kèm CV và bảng điểm. Rất mong có cơ hội được phỏng vấn.

Trân trọng,
Hứa Minh Nhật
ĐT: 0377 681 240
""",
        label=dict(category="unknown", language="vi", name="Hứa Minh Nhật", phone="+84377681240",
                   email="huaminhnhat.ulaw@gmail.com", note="Internship application, not a customer request."),
    ),
    # ------------------------------------------------------------------ 020
    dict(
        id="h23_020", date="Thu, 16 Apr 2026 17:44:39 +0700", style="gmail", cte="7bit",
        frm=("Hannah Pham", "hannah.pham.vn@gmail.com"), to=SUPPORT,
        subject="Name change on my client file (formerly Hannah Schmidt)",
        attach=[("passport_new.jpg", "jpeg")],
        body="""\
Hello,

I have been a client of your firm since 2024 (business registration and the yearly tax filings for my cafe in Hoi An). Until last month my name in your records was Hannah Schmidt.

I got married in March and my passport has now been reissued in my married name. Could you please update my client file, the contracts you are currently preparing and all future invoices to:

Hannah Pham (passport no. C7H402917)

A scan of the new passport is attached. My mobile number, 0764 093 318, has not changed.

Many thanks,
Hannah Pham
""",
        label=dict(category="correction_request", language="en", name="Hannah Pham", phone="+84764093318",
                   email="hannah.pham.vn@gmail.com",
                   note="Former surname (Hannah Schmidt) also appears; the name is the current one she signs with."),
    ),
    # ------------------------------------------------------------------ 021
    dict(
        id="h23_021", date="Fri, 17 Apr 2026 08:26:14 +0700", style="oe1258",
        frm=("Lương Văn Thiện", "luongvanthien1955@yahoo.com.vn"), to=INFO,
        subject="Nhờ tư vấn tranh chấp ranh giới đất với nhà bên cạnh",
        body="""\
Kính gửi Công ty Thịnh Trí,

Tôi là Lương Văn Thiện, năm nay 71 tuổi, đang ở tại số 9 Hoàng Văn Thụ, Phường Nha Trang, tỉnh Khánh Hòa.

Nhà bên cạnh mới xây lại và đã lấn sang phần đất nhà tôi khoảng 40 phân dọc theo tường rào, dài chừng 12 mét. Tôi có sổ đỏ cấp năm 1998, trên đó ghi rõ kích thước. Tôi đã nói chuyện nhưng họ không chịu, tổ dân phố hòa giải một lần cũng không thành.

Tôi muốn nhờ Công ty tư vấn cho tôi nên làm đơn gửi Ủy ban phường hay kiện ra Tòa, cần đo đạc lại thì thuê ai, và chi phí thuê luật sư theo vụ việc là bao nhiêu.

Tôi không rành máy tính, xin Công ty gọi vào số nhà (0258) 3826 415, buổi sáng lúc nào cũng có người.

Cảm ơn Công ty.
Lương Văn Thiện
""",
        label=dict(category="service_request", language="vi", name="Lương Văn Thiện", phone="+842583826415",
                   email="luongvanthien1955@yahoo.com.vn",
                   address="số 9 Hoàng Văn Thụ, Phường Nha Trang, tỉnh Khánh Hòa",
                   note="Body and headers are windows-1258 with combining tone marks; compare after NFC. Phone is a "
                        "landline."),
    ),
    # ------------------------------------------------------------------ 022
    dict(
        id="h23_022", date="Fri, 17 Apr 2026 09:50:57 +0700", style="gmail", cte="qp", henc="q",
        frm=("Khanh Vy Nghiem", "nghiemkhanhvy@gmail.com"), to=INFO,
        subject="Request xóa CV và thông tin cá nhân",
        body="""\
Dear anh chị HR,

Em là Nghiêm Khánh Vy. Tháng 10/2025 em có apply vị trí Legal Assistant bên mình và đã gửi CV, bằng tốt nghiệp, bảng điểm qua email này. Hiện em đã nhận offer ở công ty khác nên không còn nhu cầu.

Em nhờ anh chị xóa giúp toàn bộ hồ sơ ứng tuyển của em (CV, bản scan bằng cấp, CCCD, số điện thoại, địa chỉ) khỏi database tuyển dụng và mailbox, không giữ lại cho các đợt tuyển sau nha.

Xóa xong anh chị reply confirm giúp em qua email này. Em cảm ơn!

Best regards,
Khánh Vy
""",
        label=dict(category="deletion_request", language="mixed", name="Nghiêm Khánh Vy",
                   email="nghiemkhanhvy@gmail.com",
                   note="Recruitment-related, but she asks for erasure of her applicant data: deletion_request, "
                        "not a job application."),
    ),
    # ------------------------------------------------------------------ 023
    dict(
        id="h23_023", date="Fri, 17 Apr 2026 11:11:30 +0700", style="outlook", cte="qp",
        frm=("Kevin Luu", "kevin.luu@blueharbor.vn"), to=SUPPORT,
        subject="Formal complaint – hồ sơ thành lập công ty chậm 5 tuần",
        body="""\
Dear Thịnh Trí team,

Đây là khiếu nại chính thức của tôi.

Tôi là Lưu Quốc Bảo (Kevin), Việt kiều Úc. Ngày 09/03/2026 tôi ký hợp đồng dịch vụ thành lập Công ty TNHH Blue Harbor Trading và đã thanh toán đủ 100% phí. Anh Hùng bên sales cam kết có Giấy chứng nhận đăng ký doanh nghiệp trong 7 working days.

Đã 5 tuần trôi qua. Mỗi lần hỏi thì nhận được câu trả lời "đang chờ Sở duyệt". Hôm qua tôi tự tra trên Cổng thông tin quốc gia về đăng ký doanh nghiệp thì không thấy hồ sơ nào được nộp với tên công ty của tôi. Tôi đã phải hoãn ký hợp đồng thuê kho vì chưa có pháp nhân.

I expect:
1. Một giải trình bằng văn bản về việc hồ sơ thực sự đang ở đâu;
2. Nộp hồ sơ ngay trong tuần này, hoặc hoàn lại toàn bộ phí;
3. A direct contact person, not the sales team.

Best regards,
Lưu Quốc Bảo (Kevin)
Mobile/Zalo: +84 915 402 683
""",
        label=dict(category="complaint", language="mixed", name="Lưu Quốc Bảo", phone="+84915402683",
                   email="kevin.luu@blueharbor.vn"),
    ),
    # ------------------------------------------------------------------ 024
    dict(
        id="h23_024", date="Fri, 17 Apr 2026 14:35:06 +0700", style="gmail", cte="7bit",
        frm=("Yen Phung", "phunghaiyen.kt@gmail.com"), to=INFO,
        subject="xin ban ghi am cuoc goi tu van",
        body="""\
Chao cong ty,
Toi la Phung Thi Hai Yen. Ngay 02/4 toi co goi len tong dai cua cong ty va duoc mot luat su tu van khoang 40 phut ve viec chia tai san khi ly hon. Luc do nhan vien co noi cuoc goi duoc ghi am de dam bao chat luong.
Toi muon xin ban ghi am cuoc goi do va phieu ghi chu noi dung tu van (neu co) de toi nghe lai, vi hom do toi khong kip ghi chep. Cong ty gui file qua email nay giup toi.
Neu can xac minh thi so toi goi hom do la 0836 209 471.
Cam on.
Phung Thi Hai Yen
""",
        label=dict(category="access_request", language="vi", name="Phung Thi Hai Yen", phone="+84836209471",
                   email="phunghaiyen.kt@gmail.com",
                   note="Asks for the recording and notes of her own consultation call, i.e. a copy of her data."),
    ),
    # ------------------------------------------------------------------ 025
    dict(
        id="h23_025", date="Fri, 17 Apr 2026 16:58:44 +0700", style="outlook", cte="7bit",
        frm=("Marcus Hale", "marcus.hale@lexitrans-asia.com"), to=INFO,
        subject="Partnership: certified legal translation for Thinh Tri clients",
        body="""\
Dear Managing Partner,

I hope this email finds you well. I am Marcus Hale, Business Development Director at LexiTrans Asia, a Singapore-based provider of certified legal translation in 28 languages with offices in Hanoi and Ho Chi Minh City.

Many Vietnamese law firms we work with send us their clients' documents for sworn translation and consular legalisation. We would love to offer Thinh Tri:
- a 20% partner discount on all translation and notarisation work;
- 48-hour turnaround for standard documents;
- a referral fee of 10% for every client you introduce.

Would you have 20 minutes next week for a quick call? You can reach me directly on +65 8123 4071 or simply reply to this email.

Kind regards,
Marcus Hale
Business Development Director
LexiTrans Asia Pte. Ltd.
""",
        label=dict(category="unknown", language="en", name="Marcus Hale", phone="+6581234071",
                   email="marcus.hale@lexitrans-asia.com",
                   note="Sales/partnership pitch to the firm; the sender's number is a Singapore mobile."),
    ),
]
