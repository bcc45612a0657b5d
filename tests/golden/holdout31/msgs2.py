# -*- coding: utf-8 -*-
"""Message data, part 2: unknown / correction / deletion / access (holdout31)."""

from msgs import FIRM_QUOTE_SIG

NULL = {"name": None, "phone": None, "email": None, "address": None}

MESSAGES = [
    # ------------------------------------------------------------------ unknown (automated)
    {
        "key": "U01-ooo-bilingual",
        "from": ("Bạch Ngọc Tuyết", "tuyet.bach@hoanglongsteel.vn"),
        "to": "info",
        "subject": "Trả lời tự động: Thông báo cập nhật Chính sách bảo mật và quyền yêu cầu xóa dữ liệu",
        "date": (2026, 5, 18, 9, 0, 12),
        "client": "outlook", "fmt": "plain", "cte": "qp", "hdr_enc": "B", "in_reply_to": True,
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "body": """Cảm ơn anh/chị đã gửi email. Tôi đang đi công tác nước ngoài từ 18/5 đến 29/5/2026 và sẽ kiểm tra email hạn chế. Việc gấp xin liên hệ anh Hứa Minh Nhật, ĐT 0913 585 207, email nhat.hua@hoanglongsteel.vn.

Thank you for your email. I am travelling overseas from 18 to 29 May 2026 with limited access to email. For urgent matters please contact Mr. Hua Minh Nhat (0913 585 207, nhat.hua@hoanglongsteel.vn).

Bạch Ngọc Tuyết
Trưởng phòng Pháp chế - Hoàng Long Steel
""",
        "label": dict(NULL, category="unknown", language="mixed", automated=True,
                      note="Out-of-office reply to the firm's privacy-policy announcement; the subject contains "
                           "deletion keywords and the body a colleague's phone/email."),
    },
    {
        "key": "U02-bounce",
        "fmt": "bounce",
        "to": "support",
        "subject": "Undelivered Mail Returned to Sender",
        "date": (2026, 5, 27, 14, 33, 9),
        "bounce": {
            "notice": """This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thanhdat.man@yahoo.com.vn>: host mx-apac.mail.gm0.yahoodns.net[106.10.248.67]
    said: 554 delivery error: dd This user doesn't have a yahoo.com.vn
    account (thanhdat.man@yahoo.com.vn) [0] - mta4003.mail.sg3.yahoo.com (in
    reply to end of DATA command)
""",
            "per_message": [
                ("Reporting-MTA", "dns; mail.thinhtrigroup.com"),
                ("X-Postfix-Queue-ID", "3B7E21C0A4"),
                ("X-Postfix-Sender", "rfc822; support@thinhtrigroup.com"),
                ("Arrival-Date", "Wed, 27 May 2026 14:33:02 +0700 (+07)"),
            ],
            "per_recipient": [
                ("Final-Recipient", "rfc822; thanhdat.man@yahoo.com.vn"),
                ("Original-Recipient", "rfc822;thanhdat.man@yahoo.com.vn"),
                ("Action", "failed"),
                ("Status", "5.0.0"),
                ("Remote-MTA", "dns; mx-apac.mail.gm0.yahoodns.net"),
                ("Diagnostic-Code", "smtp; 554 delivery error: dd This user doesn't have a yahoo.com.vn account"),
            ],
            "orig": {
                "from": ("Thịnh Trí Support", "support@thinhtrigroup.com"),
                "to": "thanhdat.man@yahoo.com.vn",
                "subject": "Xác nhận đã cập nhật thông tin liên hệ theo yêu cầu",
                "date": (2026, 5, 27, 14, 33, 1),
                "body": """Kính gửi anh Mẫn Thành Đạt,

Theo yêu cầu của anh ngày 25/5/2026, Thịnh Trí đã cập nhật số điện thoại liên hệ mới 0369 205 813 và địa chỉ nhận hồ sơ tại 41 Nguyễn Văn Cừ, Phường Cầu Ông Lãnh, TP.HCM vào hồ sơ khách hàng của anh.

Nếu thông tin chưa chính xác, anh vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
            },
        },
        "label": dict(NULL, category="unknown", language="en", automated=True,
                      note="Bounce of the firm's own correction confirmation; the embedded original contains a "
                           "customer's name, phone and address but is not customer text."),
    },
    {
        "key": "U03-newsletter-en",
        "from": ("Saigon Business Law Digest", "digest@sblawdigest.com"),
        "to": "info",
        "subject": "This week: DPO duties, e-invoice changes, and handling erasure requests",
        "date": (2026, 6, 11, 6, 0, 0),
        "client": "generic", "fmt": "alt", "cte": "b64", "html_style": "plainhtml",
        "headers": [("List-Id", "Saigon Business Law Digest <weekly.sblawdigest.com>"),
                    ("List-Unsubscribe", "<https://sblawdigest.com/u?id=a81f3e20&e=info%40thinhtrigroup.com>, "
                                         "<mailto:unsubscribe@sblawdigest.com?subject=unsubscribe>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"),
                    ("X-Campaign-ID", "sbld-0611-87")],
        "body": """SAIGON BUSINESS LAW DIGEST - Issue 87 - 11 June 2026

In this issue:

1. Data protection officers: who needs one, and what the role must cover in practice.
2. Data subject requests: a checklist for handling access, correction and erasure requests within the statutory deadlines.
3. E-invoices: the amended rules on adjusting and replacing invoices issued with wrong buyer details.
4. Webinar (25 June, 15:00 ICT): "Cross-border transfer of personal data - templates that work". Free for subscribers.

Read the full issue online: https://sblawdigest.com/issues/87

You are receiving this email because info@thinhtrigroup.com is subscribed to Saigon Business Law Digest.
Update your preferences or unsubscribe: https://sblawdigest.com/u?id=a81f3e20
Saigon Business Law Digest, 12th floor, 65 Le Loi, Ben Thanh Ward, Ho Chi Minh City
""",
        "label": dict(NULL, category="unknown", language="en", automated=True,
                      note="Bulk newsletter (Precedence: bulk, List-Unsubscribe) whose text is full of "
                           "access/correction/erasure vocabulary."),
    },
    {
        "key": "U04-autoack-courier",
        "from": ("CSKH Giao Nhanh 365", "no-reply@giaonhanh365.vn"),
        "to": "support",
        "subject": "Re: Khiếu nại thất lạc hồ sơ gửi khách hàng [Phiếu #KN-260514-0093]",
        "date": (2026, 5, 14, 15, 22, 41),
        "client": "generic", "fmt": "alt", "cte": "qp", "hdr_enc": "B", "in_reply_to": True,
        "html_style": "plainhtml",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                    ("Precedence", "auto_reply")],
        "body": """Kính gửi Quý khách,

Giao Nhanh 365 đã tiếp nhận yêu cầu của Quý khách với mã phiếu KN-260514-0093.
Nội dung: Khiếu nại thất lạc hồ sơ gửi khách hàng
Thời gian tiếp nhận: 14/05/2026 15:22

Bộ phận Chăm sóc khách hàng sẽ phản hồi trong vòng 48 giờ làm việc. Đây là email tự động, Quý khách vui lòng không trả lời email này.

Tổng đài hỗ trợ: 1900 2365
Giao Nhanh 365
""",
        "label": dict(NULL, category="unknown", language="vi", automated=True,
                      note="Courier's ticket acknowledgement of a complaint the firm itself filed; subject reads "
                           "like a customer complaint. Auto-Submitted header."),
    },
    # ------------------------------------------------------------------ unknown (human)
    {
        "key": "U05-internship",
        "from": ("Mai Hoàng Yến Nhi", "yennhi.maihoang@gmail.com"),
        "to": "info",
        "subject": "Đơn xin thực tập - Sinh viên năm 4 ngành Luật Thương mại",
        "date": (2026, 5, 6, 20, 5, 58),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B",
        "attach": [("CV_MaiHoangYenNhi.pdf", "application/pdf")],
        "body": """Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em là Mai Hoàng Yến Nhi, sinh viên năm 4 ngành Luật Thương mại. Em được biết Công ty có chương trình thực tập hè cho sinh viên luật và rất mong được tham gia, đặc biệt ở mảng doanh nghiệp và sở hữu trí tuệ.

Em có thể thực tập toàn thời gian từ tháng 7 đến hết tháng 9/2026. Em xin gửi kèm CV và bảng điểm để Công ty xem xét.

Số điện thoại của em: 0789 264 031.

Em xin cảm ơn.
Mai Hoàng Yến Nhi
""",
        "label": {"category": "unknown", "language": "vi", "name": "Mai Hoàng Yến Nhi",
                  "phone": "+84789264031", "email": "yennhi.maihoang@gmail.com", "address": None,
                  "note": "Internship application, not a customer request."},
    },
    {
        "key": "U06-thanks-short",
        "from": ("Hoai Thuong", "thuongnguyen.hoai@gmail.com"),
        "to": ("Thịnh Trí Group", "info"),
        "subject": "Re: Gửi chị bản scan hợp đồng đặt cọc",
        "date": (2026, 4, 30, 22, 47, 3),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B", "in_reply_to": True,
        "body": """ok em nhan duoc roi a, cam on chi nhieu
""",
        "quote": {
            "attr": "Vào Th 5, 30 thg 4, 2026 vào lúc 17:12 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            "text": """Chị Thương thân mến,

Em gửi chị bản scan hợp đồng đặt cọc đã có đủ chữ ký hai bên. Bản gốc công ty sẽ lưu theo hợp đồng dịch vụ, chị cần lấy thì báo em hoặc gọi 1800 63 65 nhé.

""" + FIRM_QUOTE_SIG.format(staff="Tạ Mai Phương"),
        },
        "label": {"category": "unknown", "language": "vi", "name": "Hoai Thuong",
                  "phone": None, "email": "thuongnguyen.hoai@gmail.com", "address": None,
                  "note": "Bare thank-you reply; name only from the From display name; quoted firm text has the hotline."},
    },
    {
        "key": "U07-seo-pitch",
        "from": ("Jason Tran", "jason@rankrocket.asia"),
        "to": "info",
        "subject": "Quick question about thinhtrigroup.com rankings",
        "date": (2026, 5, 21, 10, 15, 0),
        "client": "generic", "fmt": "alt", "cte": "qp", "html_style": "plainhtml",
        "body": """Hi Thinh Tri team,

I was looking at thinhtrigroup.com this morning and noticed you're not on page one for searches like "luật sư ly hôn" or "dịch vụ thành lập công ty", while two of your direct competitors are.

We help law firms in Vietnam get more qualified enquiries through SEO, Google Ads and privacy-compliant lead capture forms (consent logging included, so you stay on the right side of the personal data rules). One of our clients, a 12-lawyer firm in District 1, doubled its monthly consultations in five months.

Would you be open to a 15-minute call this week? I'd be happy to send a free audit first. You can reach me directly on 0931 408 572 (Zalo/WhatsApp).

Best,
Jason Tran
Growth Lead, RankRocket Asia
""",
        "label": {"category": "unknown", "language": "en", "name": "Jason Tran",
                  "phone": "+84931408572", "email": "jason@rankrocket.asia", "address": None,
                  "note": "Cold sales pitch to the firm (mentions consent/personal data only as a selling point)."},
    },
    {
        "key": "U08-loan-spam",
        "from": ("Hỗ Trợ Tài Chính 24h", "hotrovon24h.official@gmail.com"),
        "to": "info",
        "subject": "GIẢI NGÂN TRONG NGÀY - Vay tín chấp đến 500 triệu, không thẩm định",
        "date": (2026, 6, 2, 3, 17, 45),
        "client": "generic", "fmt": "plain", "cte": "b64", "hdr_enc": "B",
        "body": """Kính gửi Quý khách hàng,

Bạn đang cần vốn kinh doanh, trả nợ, mua xe, sửa nhà?
- Vay tín chấp từ 20 triệu đến 500 triệu, chỉ cần CCCD
- Không thẩm định, không cần chứng minh thu nhập
- Giải ngân trong 2 giờ, lãi suất chỉ từ 0.8%/tháng
- Nợ xấu vẫn hỗ trợ!!!

Liên hệ ngay chuyên viên Trịnh Thu Thảo: 0859 316 702 (Zalo 24/7) để được duyệt hồ sơ ngay hôm nay.

Để không nhận thêm thông tin, vui lòng trả lời "HUY".
""",
        "label": {"category": "unknown", "language": "vi", "name": "Trịnh Thu Thảo",
                  "phone": "+84859316702", "email": "hotrovon24h.official@gmail.com", "address": None,
                  "note": "Loan spam sent to the firm; the person who signs is 'chuyên viên Trịnh Thu Thảo' "
                          "(From display is a business name). 'HUY' opt-out is not a deletion request."},
    },
    {
        "key": "U09-long-thanks",
        "from": ("Tiêu Văn Bảy", "tieuvanbay.vl@gmail.com"),
        "to": "info",
        "subject": "Thư cảm ơn luật sư Lan và Công ty Thịnh Trí",
        "date": (2026, 6, 8, 19, 33, 25),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Kính gửi Công ty Thịnh Trí và luật sư Phùng Thị Lan,

Tôi là Tiêu Văn Bảy, người làm thợ hồ ở Vĩnh Long. Chắc chị Lan còn nhớ vụ tôi bị chủ thầu quỵt tiền công cả đội 9 người hồi cuối năm ngoái, tổng cộng hơn 210 triệu.

Lúc đầu tôi không dám đi hỏi luật sư vì nghĩ tốn tiền, mà anh em trong đội toàn người nghèo. Cũng may có đứa cháu làm ở thành phố chỉ cho tôi lên mạng tìm, rồi gặp chị Lan. Chị không chỉ tư vấn mà còn gọi điện cho chủ thầu, soạn đơn giúp, đi cùng tôi lên phòng lao động mấy lần. Có lần trời mưa lớn chị vẫn chạy xe xuống tận công trình để lấy lời khai của anh em.

Tuần rồi bên chủ thầu đã trả đủ tiền, anh em ai cũng mừng, có người đem tiền về quê sửa lại mái nhà trước mùa mưa. Vợ tôi nói phải viết thư cảm ơn cho đàng hoàng nên tôi ngồi gõ mấy dòng này, gõ chậm lắm, sai chính tả thì mong Công ty bỏ qua.

Sau này nếu có chuyện gì chắc chắn tôi lại nhờ bên mình. Số tôi vẫn là 0901 734 258, có dịp lên Sài Gòn tôi sẽ ghé văn phòng thăm chị Lan.

Chúc Công ty làm ăn phát đạt, chúc chị Lan mạnh khỏe.
Tiêu Văn Bảy
""",
        "label": {"category": "unknown", "language": "vi", "name": "Tiêu Văn Bảy",
                  "phone": "+84901734258", "email": "tieuvanbay.vl@gmail.com", "address": None,
                  "note": "Long thank-you letter with no request; 'sau này nếu có chuyện gì... lại nhờ' is not a "
                          "current service request."},
    },
    # ------------------------------------------------------------------ correction_request
    {
        "key": "R01-short-newphone",
        "from": ("My Linh", "mylinh.doan2000@gmail.com"),
        "to": "support",
        "subject": "doi sdt",
        "date": (2026, 4, 10, 13, 2, 48),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": """Chao anh chi, em Doan Thi My Linh (ho so visa du lich Han). Em doi so roi, so moi 0916 730 482, so cu 0398 105 627 em khong dung nua, anh chi sua lai giup em nha. Cam on a

Gửi từ iPhone của tôi
""",
        "label": {"category": "correction_request", "language": "vi", "name": "Doan Thi My Linh",
                  "phone": "+84916730482", "email": "mylinh.doan2000@gmail.com", "address": None,
                  "note": "Old number 0398 105 627 also present; contact phone is the new one."},
    },
    {
        "key": "R02-en-married-name",
        "from": ("Emily Carter", "emily.carter@brightpathschool.edu.vn"),
        "to": "support",
        "subject": "Name and email change on my file",
        "date": (2026, 5, 4, 16, 40, 12),
        "client": "outlook", "fmt": "alt", "cte": "qp",
        "body": """Dear Thinh Tri team,

I got married in April and have changed my surname. Could you please update your records for my ongoing temporary residence card matter as follows:

Old name: Emily Carter
New name: Emily Brennan
New personal email: emily.brennan.hcm@gmail.com (please use this from now on - my school account will be closed in July)

My phone number stays the same: 0768 203 915.

Thank you,
Emily Brennan (formerly Carter)
""",
        "label": {"category": "correction_request", "language": "en", "name": "Emily Brennan",
                  "phone": "+84768203915", "email": "emily.brennan.hcm@gmail.com", "address": None,
                  "note": "Old name (From display 'Emily Carter') and work address also present; the contact is "
                          "the new name and the new personal email given in the body."},
    },
    {
        "key": "R03-long-ngaysinh",
        "from": ("Nghiêm Xuân Trường", "nghiemxuantruong.hn@gmail.com"),
        "to": "support",
        "subject": "Về hồ sơ thừa kế của gia đình tôi",
        "date": (2026, 5, 25, 21, 3, 39),
        "client": "gmail", "fmt": "alt", "cte": "b64", "hdr_enc": "B",
        "body": """Kính gửi chị Phương và Công ty,

Trước hết tôi cảm ơn chị Phương đã hỗ trợ gia đình tôi rất nhiệt tình mấy tháng qua. Thư này tôi viết không phải để khiếu nại gì cả, mọi việc đến nay đều ổn.

Hôm thứ Bảy cả nhà tôi đã họp ở quê, các cô chú đều đồng ý với phương án phân chia như Công ty tư vấn. Chú út tôi có hỏi về chuyện nộp thuế khi nhận thừa kế, tôi đã giải thích theo những gì chị nói hôm trước, có gì chị xác nhận lại giúp tôi sau.

Có một việc nhỏ: trong bản dự thảo văn bản thỏa thuận phân chia di sản chị gửi hôm 20/5, ngày sinh của tôi đang ghi là 12/08/1971, đúng ra là 21/08/1971 (chắc bị đảo số). Số CCCD thì đúng rồi. Nhờ chị sửa lại ngày sinh trong hồ sơ và trong bản dự thảo giúp tôi trước khi mọi người ra công chứng.

Ngoài ra ông bác tôi năm nay 88 tuổi, đi lại khó khăn, tôi đang tính xin công chứng tại nhà cho bác, việc này để tôi gọi trao đổi thêm với chị.

Số tôi vẫn là 0983 271 406.

Trân trọng,
Nghiêm Xuân Trường
""",
        "label": {"category": "correction_request", "language": "vi", "name": "Nghiêm Xuân Trường",
                  "phone": "+84983271406", "email": "nghiemxuantruong.hn@gmail.com", "address": None,
                  "note": "Says explicitly it is not a complaint; the only concrete request, buried in the middle, "
                          "is to correct his date of birth on file. Home notarisation is only floated for later."},
    },
    {
        "key": "R04-mixed-address",
        "from": ("Thân Ngọc Ánh", "ngocanh.than@gmail.com"),
        "to": "support",
        "subject": "Update địa chỉ mới cho hồ sơ & invoice",
        "date": (2026, 6, 1, 10, 48, 55),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Hi chị Phương,

Em là Thân Ngọc Ánh, chủ hộ kinh doanh Ánh House (homestay ở Đà Lạt), đang dùng gói retainer tư vấn hằng tháng bên mình.

Tháng 5 vừa rồi em dọn nhà và chuyển homestay về chỗ mới luôn, nên nhờ chị update giúp địa chỉ trên client profile và các invoice từ tháng 6:
- Địa chỉ mới: 14/2 Huỳnh Thúc Kháng, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng
- Địa chỉ cũ (không dùng nữa): 6 Yersin, Phường 10, TP. Đà Lạt

Email vẫn như cũ, số em vẫn 0977 413 860 nha chị. Thanks chị nhiều!

Ánh
""",
        "label": {"category": "correction_request", "language": "mixed", "name": "Thân Ngọc Ánh",
                  "phone": "+84977413860", "email": "ngocanh.than@gmail.com",
                  "address": "14/2 Huỳnh Thúc Kháng, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng",
                  "note": "Old address also present; contact address is the new one (she lives and runs the "
                          "homestay there)."},
    },
    {
        "key": "R05-html-newemail",
        "from": ("Lục Thị Thanh Tâm", "tam.luc@vinhphatlogistics.vn"),
        "to": "support",
        "subject": "Đổi email nhận thông báo hồ sơ mua căn hộ",
        "date": (2026, 6, 9, 8, 15, 20),
        "client": "outlook", "fmt": "html", "cte": "qp", "hdr_enc": "Q",
        "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Lục Thị Thanh Tâm, đang được Công ty hỗ trợ hồ sơ mua căn hộ tại Thủ Đức.

Email công ty tôi đang dùng (tam.luc@vinhphatlogistics.vn) sẽ bị khóa cuối tháng 6 vì tôi nghỉ việc. Kể từ hôm nay, đề nghị Công ty gửi mọi thư từ, thông báo về hồ sơ của tôi đến email cá nhân: lucthanhtam.1988@gmail.com.

Số điện thoại 0355 128 764 không thay đổi.

Trân trọng,
Lục Thị Thanh Tâm
""",
        "label": {"category": "correction_request", "language": "vi", "name": "Lục Thị Thanh Tâm",
                  "phone": "+84355128764", "email": "lucthanhtam.1988@gmail.com", "address": None,
                  "note": "New contact email in body differs from the From address (HTML-only mail)."},
    },
    {
        "key": "R06-en-short-spelling",
        "from": ("Siobhan Kelly", "siobhan.kelly.sgn@gmail.com"),
        "to": "support",
        "subject": "Name spelling",
        "date": (2026, 6, 12, 18, 2, 7),
        "client": "iphone", "fmt": "plain", "cte": "7bit",
        "body": """Hi, quick one - my name is misspelled on the lease review you sent: it's Siobhan, not "Siobahn". Could you fix it on your file too? Thanks, Siobhan Kelly

Sent from my iPhone
""",
        "label": {"category": "correction_request", "language": "en", "name": "Siobhan Kelly",
                  "phone": None, "email": "siobhan.kelly.sgn@gmail.com", "address": None,
                  "note": "Misspelled variant 'Siobahn' also appears."},
    },
    {
        "key": "R07-reply-cccd-address",
        "from": ("Khúc Thị Mai Anh", "maianh.khuc95@gmail.com"),
        "to": ("Thịnh Trí Support", "support"),
        "subject": "Re: Xác nhận thông tin khách hàng - hồ sơ đăng ký kết hôn có yếu tố nước ngoài",
        "date": (2026, 5, 26, 20, 51, 14),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B", "in_reply_to": True,
        "body": """Chào chị Quỳnh Anh,

Em kiểm tra thì thấy 2 chỗ chưa đúng:
- Số CCCD của em là 001195024871, bên mình ghi 001195024817 (đảo 2 số cuối).
- Địa chỉ thường trú đúng là: Số 8 ngõ 45 phố Hào Nam, Phường Ô Chợ Dừa, Hà Nội (không phải ngõ 54).

Nhờ chị sửa lại trong hồ sơ giúp em trước khi nộp. Các thông tin khác đúng rồi ạ.

Mai Anh
0946 381 025
""",
        "quote": {
            "attr": "Vào Th 3, 26 thg 5, 2026 vào lúc 14:10 Thịnh Trí Support <support@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi chị Khúc Thị Mai Anh,

Để chuẩn bị hồ sơ đăng ký kết hôn, đề nghị chị kiểm tra lại các thông tin sau:
- Họ tên: Khúc Thị Mai Anh
- Ngày sinh: 03/11/1995
- Số CCCD: 001195024817
- Địa chỉ thường trú: Số 8 ngõ 54 phố Hào Nam, Phường Ô Chợ Dừa, Hà Nội
- Điện thoại: 0946 381 025

Nếu có sai sót, chị vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

""" + FIRM_QUOTE_SIG.format(staff="Đặng Quỳnh Anh"),
        },
        "label": {"category": "correction_request", "language": "vi", "name": "Khúc Thị Mai Anh",
                  "phone": "+84946381025", "email": "maianh.khuc95@gmail.com",
                  "address": "Số 8 ngõ 45 phố Hào Nam, Phường Ô Chợ Dừa, Hà Nội",
                  "note": "Reply; the new part signs only 'Mai Anh' (full name in From display and quoted text). The "
                          "quoted address (ngõ 54) and ID number are the wrong ones; the contact address is the "
                          "corrected one in the new part."},
    },
    # ------------------------------------------------------------------ deletion_request
    {
        "key": "D01-short-xoa",
        "from": ("Tai Vu", "vuductai.88@gmail.com"),
        "to": "info",
        "subject": "khong can nua",
        "date": (2026, 4, 13, 18, 36, 50),
        "client": "android", "fmt": "plain", "cte": "7bit",
        "body": """khong co nhu cau nua, cong ty xoa het thong tin cua toi di, dung goi dien nhan tin nua. sdt 0334 782 091
Vu Duc Tai
""",
        "label": {"category": "deletion_request", "language": "vi", "name": "Vu Duc Tai",
                  "phone": "+84334782091", "email": "vuductai.88@gmail.com", "address": None},
    },
    {
        "key": "D02-en-gdpr-fr",
        "from": ("Claire Dubois", "claire.dubois@orange.fr"),
        "to": "info",
        "subject": "Erasure of my data - Claire Dubois",
        "date": (2026, 4, 24, 18, 12, 33), "tz": 2,
        "client": "thunderbird", "fmt": "plain", "cte": "8bit", "flowed": True,
        "body": """Hello,

In October 2025 I contacted your firm for a quote regarding the purchase of an apartment in Nha Trang. In the end I did not go ahead and never signed a service agreement with you.

I now request that you erase all personal data you hold about me, including the copy of my passport and the bank statement I sent by email at your request, and that you confirm the erasure in writing. If there is any data you consider you are legally required to keep, please tell me which data and for how long.

Yours faithfully,
Claire Dubois
12 rue des Lilas, 69003 Lyon, France
""",
        "label": {"category": "deletion_request", "language": "en", "name": "Claire Dubois",
                  "phone": None, "email": "claire.dubois@orange.fr",
                  "address": "12 rue des Lilas, 69003 Lyon, France"},
    },
    {
        "key": "D03-cp1258-daughter-phone",
        "from": ("Lương Thị Ngà", "luongthinga1952@yahoo.com.vn"),
        "to": "info",
        "subject": "Thư gửi Công ty Thịnh Trí",
        "date": (2026, 5, 10, 7, 28, 9),
        "client": "oe", "fmt": "plain", "cte": "qp", "charset": "windows-1258",
        "hdr_charset": "windows-1258", "hdr_enc": "Q",
        "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Lương Thị Ngà, năm nay đã 74 tuổi. Năm 2023 chồng tôi là ông Hầu Văn Lực có nhờ Công ty giúp việc đòi lại tiền cho người cháu họ vay. Vụ đó sau hai bên tự hòa giải, ông nhà tôi cũng đã mất hồi Tết vừa rồi.

Từ hồi ông mất, tôi dọn lại giấy tờ, thấy còn mấy tờ biên nhận Công ty gửi. Thỉnh thoảng vẫn có người gọi điện mời dự hội thảo, gửi thiệp chúc Tết đề tên ông nhà tôi, mỗi lần như vậy tôi lại buồn.

Tôi nghĩ chuyện cũ đã xong rồi, nên mong Công ty hủy bỏ toàn bộ giấy tờ về vụ việc của ông nhà tôi cùng tên tuổi, số điện thoại, địa chỉ của hai vợ chồng tôi đang cất ở Công ty, và từ nay đừng gửi thư hay gọi điện nữa.

Nhà tôi ở quê, con cái đi làm xa cả. Thư này do cháu ngoại chỉ cho tôi cách gửi. Tôi không có điện thoại di động, nếu Công ty cần hỏi gì thì xin gọi cho con gái tôi là Hầu Thị Thanh, số 0905 273 618, cháu sẽ chuyển lời cho tôi.

Xin cảm ơn và chúc Công ty mạnh khỏe.
Lương Thị Ngà
""",
        "label": {"category": "deletion_request", "language": "vi", "name": "Lương Thị Ngà",
                  "phone": "+84905273618", "email": "luongthinga1952@yahoo.com.vn", "address": None,
                  "note": "windows-1258 body, compare after NFC. Deletion asked with 'hủy bỏ', no 'xóa'. The "
                          "phone belongs to her daughter but she names it as the number to reach her."},
    },
    {
        "key": "D04-mixed-unsubscribe",
        "from": ("Annie Phung", "annie.phung.hr@gmail.com"),
        "to": "info",
        "subject": "Unsubscribe + xóa data của em giúp nha",
        "date": (2026, 5, 13, 12, 20, 41),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B",
        "body": """Hi Thịnh Trí,

Em là Phùng Khánh An (Annie). Hồi tháng 3 em có điền form nhận "HR Legal Checklist 2026" trên landing page của bên mình, xong từ đó em nhận email newsletter và tin nhắn Zalo OA gần như mỗi tuần.

Em không cần nữa nên nhờ team unsubscribe em khỏi mọi list, và delete luôn data em điền trong form (họ tên, số phone 0325 618 094, email, tên công ty) khỏi CRM nha. Xong confirm lại giúp em nhé.

Thanks team!
Annie
""",
        "label": {"category": "deletion_request", "language": "mixed", "name": "Phùng Khánh An",
                  "phone": "+84325618094", "email": "annie.phung.hr@gmail.com", "address": None,
                  "note": "Her phone is given as part of the data to delete; it is still her own number."},
    },
    {
        "key": "D05-reply-cancel-delete",
        "from": ("Đàm Quốc Bảo", "damquocbao.vt@gmail.com"),
        "to": ("Thịnh Trí Group", "info"),
        "subject": "Re: Nhắc lịch hẹn tư vấn ngày 03/06/2026",
        "date": (2026, 5, 30, 10, 4, 27),
        "client": "gmail", "fmt": "alt", "cte": "b64", "hdr_enc": "B", "in_reply_to": True,
        "body": """Chào anh chị,

Em xin hủy lịch hẹn ngày 3/6 vì gia đình em đã quyết định không bán đất nữa.

Mấy giấy tờ em gửi qua email tuần trước (ảnh CCCD hai mặt, sổ hộ khẩu, sổ đỏ) nhờ anh chị xóa hết khỏi hệ thống luôn giúp em, em không muốn để giấy tờ nhà đất ở ngoài. Xóa xong báo em một tiếng là được.

Đàm Quốc Bảo - 0354 672 819
""",
        "quote": {
            "attr": "Vào Th 6, 29 thg 5, 2026 vào lúc 08:30 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi anh Bảo,

Thịnh Trí xin nhắc lịch hẹn tư vấn thủ tục chuyển nhượng quyền sử dụng đất của anh vào 9h00 thứ Tư ngày 03/06/2026 tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM.

Nếu cần đổi lịch, anh vui lòng phản hồi email này hoặc gọi 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng""",
        },
        "label": {"category": "deletion_request", "language": "vi", "name": "Đàm Quốc Bảo",
                  "phone": "+84354672819", "email": "damquocbao.vt@gmail.com", "address": None,
                  "note": "Reply that first cancels an appointment ('hủy lịch hẹn') and then asks to delete the "
                          "uploaded ID/land documents; the data request is the substantive one. Quoted text has the "
                          "firm's address and hotline."},
    },
    {
        "key": "D06-en-short-remove",
        "from": ("Daniel Park", "dpark.saigon@gmail.com"),
        "to": "info",
        "subject": "remove my details",
        "date": (2026, 6, 3, 8, 41, 16),
        "client": "android", "fmt": "alt", "cte": "7bit", "html_style": "gmail",
        "body": """Hello, I'm no longer looking for a lawyer. Please delete my name, number and email from your system and stop the follow-up calls. Thanks.
Daniel Park

Sent from my Galaxy
""",
        "label": {"category": "deletion_request", "language": "en", "name": "Daniel Park",
                  "phone": None, "email": "dpark.saigon@gmail.com", "address": None},
    },
    {
        "key": "D07-long-son-record",
        "from": ("Diệp Thị Hồng Loan", "hongloan.diep67@gmail.com"),
        "to": "info",
        "subject": "Xin Công ty giúp một việc về hồ sơ cũ của con trai tôi",
        "date": (2026, 6, 15, 21, 26, 2),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "attach": [("thu_tay_Lam_Gia_Huy.jpg", "image/jpeg")],
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi là Diệp Thị Hồng Loan, mẹ của cháu Lâm Gia Huy. Năm 2023 cháu Huy dính vào một vụ việc (bị bạn bè rủ rê, tôi xin phép không kể lại), gia đình tôi đã nhờ Công ty tư vấn và cử luật sư bào chữa. Nhờ luật sư mà cháu được hưởng án treo, tôi vẫn luôn biết ơn.

Hai năm nay cháu đã đi làm lại, sống tử tế, vừa rồi cháu được nhận vào làm ở một công ty nước ngoài và đang chuẩn bị cưới vợ. Nhà bên gái chưa biết chuyện cũ, tôi cũng mong chuyện đó khép lại.

Hôm trước cháu nói với tôi là lên mạng thấy trang web của Công ty có mục "vụ việc tiêu biểu", tuy không ghi tên nhưng có ghi năm, quận và tình tiết, người quen đọc có thể đoán ra. Tôi không trách Công ty, vì Công ty đã che tên rồi.

Tôi xin Công ty xóa toàn bộ thông tin và hồ sơ liên quan đến cháu Huy và gia đình tôi mà Công ty còn lưu, nếu pháp luật cho phép, và gỡ bài viết về vụ đó trên trang web. Cháu Huy cũng đồng ý, cháu có ký tên vào thư tay tôi chụp gửi kèm.

Chuyện nhà tôi dài dòng, mong Công ty thông cảm. Nếu cần liên hệ, xin gọi tôi: 0903 627 158.

Trân trọng,
Diệp Thị Hồng Loan
""",
        "label": {"category": "deletion_request", "language": "vi", "name": "Diệp Thị Hồng Loan",
                  "phone": "+84903627158", "email": "hongloan.diep67@gmail.com", "address": None,
                  "note": "Mother asks (with the son's signed consent) to delete the son's and family's records and "
                          "take down a case write-up; she says she does not blame the firm, so not a complaint. "
                          "Son's name Lâm Gia Huy also appears; the sender is the mother."},
    },
    # ------------------------------------------------------------------ access_request
    {
        "key": "A01-short-bansao",
        "from": ("Thu Ha", "lythuha.qn@gmail.com"),
        "to": "info",
        "subject": "hoi ve thong tin cua em",
        "date": (2026, 4, 15, 11, 9, 31),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": """chao anh chi, em Ly Thi Thu Ha, nam ngoai co nho cong ty tu van vu dat o Quang Ngai. em muon biet ben minh con giu nhung thong tin gi cua em (giay to, ghi chep buoi tu van...), gui em 1 ban copy qua mail nay nha. sdt em 0702 915 384. cam on

Gửi từ iPhone của tôi
""",
        "label": {"category": "access_request", "language": "vi", "name": "Ly Thi Thu Ha",
                  "phone": "+84702915384", "email": "lythuha.qn@gmail.com", "address": None},
    },
    {
        "key": "A02-en-sar-personal-email",
        "from": ("Benjamin Hughes", "ben.hughes@kestrelenergy.com.vn"),
        "to": "info",
        "subject": "Subject access request - Benjamin Hughes",
        "date": (2026, 5, 15, 15, 37, 44),
        "client": "outlook", "fmt": "alt", "cte": "qp",
        "body": """Dear Data Protection Officer,

Last year your firm advised me personally on a long-term villa lease in Phu Quoc. That matter is closed and I am not raising any complaint about it.

I would like to exercise my right of access. Please provide:
(a) confirmation of whether you process personal data about me;
(b) a copy of that data;
(c) the purposes for which it is processed;
(d) any third parties (e.g. notaries, translation agencies, government bodies) with whom it has been shared; and
(e) how long you intend to keep it.

Please send your reply to my personal address, ben.hughes.pq@gmail.com, rather than this work account.

Kind regards,
Benjamin Hughes
Mobile: +84 (0) 936 205 418
""",
        "label": {"category": "access_request", "language": "en", "name": "Benjamin Hughes",
                  "phone": "+84936205418", "email": "ben.hughes.pq@gmail.com", "address": None,
                  "note": "Reply-to address in the body wins over the work From address. Phone written "
                          "'+84 (0) 936 ...' (trunk zero in brackets)."},
    },
    {
        "key": "A03-long-notcomplaint",
        "from": ("Cao Thị Diệu Linh", "dieulinh.cao@gmail.com"),
        "to": "support",
        "subject": "Hỏi về thông tin cá nhân Công ty đang lưu giữ",
        "date": (2026, 5, 28, 22, 14, 0),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B",
        "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Cao Thị Diệu Linh. Năm 2024 tôi có đến Công ty tư vấn hai lần về việc chia tài sản sau ly hôn, sau đó tôi chuyển sang nhờ một văn phòng luật ở Hà Nội vì tôi ra ngoài đó sống.

Năm nay chồng cũ của tôi kiện đòi thay đổi người trực tiếp nuôi con. Trong bản tự khai anh ấy nộp cho tòa có nhắc mấy chi tiết về thu nhập của tôi mà tôi nhớ là đã kể cho luật sư bên Công ty nghe hồi đó. Cũng có thể anh ấy biết từ chỗ khác, tôi không dám khẳng định gì.

Tôi xin nói rõ: thư này không phải khiếu nại. Tôi chỉ muốn biết cho rõ Công ty hiện còn lưu những thông tin gì về tôi (phiếu đăng ký, ghi chép buổi tư vấn, giấy tờ tôi đưa), xin một bản sao các thông tin đó, và cho tôi biết các thông tin này có từng được cung cấp cho ai bên ngoài Công ty hay không.

Dạo này tôi vừa đi làm vừa đưa đón con nên ít nghe máy giờ hành chính, Công ty cứ trả lời qua email này. Số của tôi 0387 940 263 nếu cần gọi, tốt nhất sau 19h.

Trân trọng,
Cao Thị Diệu Linh
""",
        "label": {"category": "access_request", "language": "vi", "name": "Cao Thị Diệu Linh",
                  "phone": "+84387940263", "email": "dieulinh.cao@gmail.com", "address": None,
                  "note": "Reads like a suspected leak, but she states it is not a complaint and asks for a copy of "
                          "her data and whether it was disclosed: access request."},
    },
    {
        "key": "A04-mixed-copy",
        "from": ("Ann Ma", "ann.ma.melb@gmail.com"),
        "to": "info",
        "subject": "Request copy of my personal data / xin bản sao dữ liệu cá nhân",
        "date": (2026, 6, 10, 13, 55, 8),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Hi anh chị,

Em là Mã Thiên Ân (Ann), năm 2025 em có làm work permit và thẻ tạm trú qua bên mình, hồ sơ do chị Ngân phụ trách.

Em đang chuẩn bị hồ sơ xin PR bên Úc nên cần một bản copy tất cả personal data bên mình đang lưu về em: thông tin cá nhân, các giấy tờ em đã nộp, lịch sử email và ghi chú làm việc. Nếu được thì gửi em file PDF hoặc Excel (machine-readable format) qua email này nha.

Có gì gọi em 0857 240 936 (Zalo).
Thanks anh chị nhiều!
Ann
""",
        "label": {"category": "access_request", "language": "mixed", "name": "Mã Thiên Ân",
                  "phone": "+84857240936", "email": "ann.ma.melb@gmail.com", "address": None},
    },
    {
        "key": "A05-html-recordings",
        "from": ("Ninh Văn Hậu", "hau.ninh@ninhgiafood.vn"),
        "to": "info",
        "subject": "Đề nghị cung cấp dữ liệu cá nhân và ghi âm cuộc gọi",
        "date": (2026, 6, 16, 9, 30, 45),
        "client": "outlook", "fmt": "html", "cte": "b64", "hdr_enc": "B",
        "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Ninh Văn Hậu, Giám đốc Công ty TNHH Thực phẩm Ninh Gia. Trong quá trình làm việc với Công ty về hợp đồng phân phối năm 2025, tôi nhiều lần trao đổi qua tổng đài 1800 63 65 và được thông báo cuộc gọi có thể được ghi âm.

Căn cứ quy định về bảo vệ dữ liệu cá nhân, tôi đề nghị Công ty cung cấp cho tôi: (1) danh mục dữ liệu cá nhân của tôi mà Công ty đang lưu giữ; (2) bản sao các file ghi âm cuộc gọi có giọng nói của tôi.

Thông tin liên hệ:
Di động: 0988 516 207
Email: hau.ninh@ninhgiafood.vn

Trân trọng,
Ninh Văn Hậu
""",
        "label": {"category": "access_request", "language": "vi", "name": "Ninh Văn Hậu",
                  "phone": "+84988516207", "email": "hau.ninh@ninhgiafood.vn", "address": None,
                  "note": "The firm's hotline 1800 63 65 appears in the body; the sender's number is the mobile."},
    },
    {
        "key": "A06-en-short",
        "from": ("Priya Nair", "priya.nair.hcmc@gmail.com"),
        "to": "info",
        "subject": "copy of my data",
        "date": (2026, 6, 18, 7, 49, 33),
        "client": "outlookcom", "fmt": "plain", "cte": "7bit",
        "body": """Hi, could you send me a copy of the personal information you hold about me? I was a client for a visa extension last year.
Thanks, Priya Nair

Get Outlook for iOS
""",
        "label": {"category": "access_request", "language": "en", "name": "Priya Nair",
                  "phone": None, "email": "priya.nair.hcmc@gmail.com", "address": None},
    },
]
