# -*- coding: utf-8 -*-
"""Messages 26-50 of the h36 hold-out set (Fri 10 - Fri 17 April 2026)."""

MSGS = [
    # ------------------------------------------------------------------ 26
    {
        "n": 26,
        "date": "Fri, 10 Apr 2026 17:15:48 +0700",
        "from": ("Mạc Thị Thanh Tâm", "thanhtam.mac88@gmail.com"),
        "to": "info",
        "subject": "Đề nghị cung cấp thông tin cá nhân Công ty đang lưu giữ",
        "fmt": "gmail",
        "cte": "b64",
        "henc": "b",
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi là Mạc Thị Thanh Tâm. Khoảng tháng 10/2025 tôi có đăng ký tư vấn trực tuyến với Công ty về việc giành quyền nuôi con sau ly hôn, và đã khai khá nhiều thông tin về bản thân, con gái và chồng cũ.

Nay tôi muốn biết chính xác Công ty đang lưu những gì về tôi. Đề nghị Công ty:
1. Cung cấp bản sao toàn bộ dữ liệu cá nhân của tôi mà Công ty đang lưu (phiếu đăng ký, ghi âm hoặc ghi chép buổi tư vấn, giấy tờ tôi đã gửi);
2. Cho biết các thông tin đó được lưu đến khi nào.

Bản sao có thể gửi qua email này hoặc gửi bưu điện về địa chỉ của tôi: Phòng 704, chung cư Hòa Bình, 12 Lê Lợi, Phường Hạc Thành, tỉnh Thanh Hóa.

Số điện thoại: 0328 517 046

Trân trọng,
Mạc Thị Thanh Tâm
""",
        "label": dict(cat="access_request", lang="vi", name="Mạc Thị Thanh Tâm", phone="+84328517046",
                      address="Phòng 704, chung cư Hòa Bình, 12 Lê Lợi, Phường Hạc Thành, tỉnh Thanh Hóa"),
    },
    # ------------------------------------------------------------------ 27
    {
        "n": 27,
        "date": "Sat, 11 Apr 2026 09:20:13 +0700",
        "from": ("Trần Hà My", "tranhamy.design@gmail.com"),
        "to": "info",
        "subject": "Nhờ tư vấn chia thừa kế đất ở quê",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "q",
        "body": """Kính gửi Công ty,

Tôi là Hà Thị Nguyệt, 68 tuổi, quê ở Nam Định cũ (nay thuộc tỉnh Ninh Bình). Tôi nhờ con gái đánh máy và gửi thư này giúp.

Chồng tôi mất năm 2023 không để lại di chúc. Nhà và 500 m2 đất ở quê đứng tên hai vợ chồng. Hai đứa con trai đang tranh nhau, đứa muốn bán, đứa muốn giữ làm nhà thờ. Tôi muốn hỏi phần của tôi được bao nhiêu, tôi có được ở lại trong nhà đến cuối đời không, và thủ tục khai nhận thừa kế làm ở đâu.

Tôi không dùng điện thoại di động. Có gì Công ty gọi cho con gái tôi là Trần Hà My, số 0383 906 512, cháu sẽ đưa máy cho tôi, hoặc trả lời vào email này cũng được.

Xin cảm ơn Công ty.
Hà Thị Nguyệt
""",
        "label": dict(cat="service_request", lang="vi", name="Hà Thị Nguyệt", phone="+84383906512",
                      email="tranhamy.design@gmail.com",
                      note="Written by the mother from her daughter's mailbox (From display 'Trần Hà My'). She has no phone and asks to be reached via the daughter's number and this email, so those are her contact details; the name is the mother's."),
    },
    # ------------------------------------------------------------------ 28
    {
        "n": 28,
        "date": "Sat, 11 Apr 2026 10:48:39 +0700",
        "from": ("Nghiêm Thị Thục", "nghiemthithuc@yahoo.com.vn"),
        "to": "info",
        "subject": "Xin thôi lưu giữ hồ sơ",
        "fmt": "oe",
        "henc": "b",
        "body": """Kính gửi Quý Công ty,

Tôi là Nghiêm Thị Thục, giáo viên nghỉ hưu, ở Hà Nội. Năm 2025 tôi có nhờ Công ty xem giúp hợp đồng mua bán căn hộ cho con trai, việc đó nay đã xong xuôi.

Tôi tuổi đã cao, không muốn giấy tờ tùy thân, sổ hộ khẩu cũ và chuyện gia đình mình còn nằm ở nơi khác. Kính mong Quý Công ty hủy bỏ toàn bộ hồ sơ, bản sao giấy tờ cùng số điện thoại, địa chỉ của tôi trong danh sách khách hàng, không lưu giữ nữa, và cũng không gửi thư mời hội thảo cho tôi.

Khi làm xong, phiền Công ty gọi báo cho tôi một câu qua số điện thoại nhà (024) 3856 2217.

Xin chân thành cảm ơn.
Nghiêm Thị Thục
""",
        "label": dict(cat="deletion_request", lang="vi", name="Nghiêm Thị Thục", phone="+842438562217",
                      note="Polite deletion request without the word 'xóa' ('hủy bỏ toàn bộ hồ sơ... không lưu giữ nữa'). Body and headers are windows-1258 with combining tone marks; compare after NFC."),
    },
    # ------------------------------------------------------------------ 29
    {
        "n": 29,
        "date": "Sat, 11 Apr 2026 14:05:27 +0700",
        "from": ("Doãn Văn Hữu", "doanvanhuu1958@gmail.com"),
        "to": "info",
        "subject": "Thư cảm ơn luật sư Tùng",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "b",
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi là Doãn Văn Hữu. Tôi viết thư này chỉ để cảm ơn luật sư Kiều Thanh Tùng và các cô cậu trong văn phòng. Nhờ luật sư kiên trì suốt gần một năm, tuần trước Tòa đã xử cho gia đình tôi lấy lại phần đất hương hỏa mà người chú họ chiếm giữ bấy lâu.

Cả nhà tôi rất biết ơn. Chúc Công ty ngày càng phát đạt, các luật sư luôn mạnh khỏe.

Kính thư,
Doãn Văn Hữu
""",
        "label": dict(cat="unknown", lang="vi", name="Doãn Văn Hữu",
                      note="Thanks only, no request to the firm."),
    },
    # ------------------------------------------------------------------ 30
    {
        "n": 30,
        "date": "Sat, 11 Apr 2026 21:57:06 +0700",
        "from": ("Haruka Sato", "haruka.sato.vn@gmail.com"),
        "to": "support",
        "subject": "My name is written incorrectly in my file",
        "fmt": "gmail",
        "body": """Dear Thinh Tri support,

I am a Japanese exchange student in Ho Chi Minh City, and your firm is helping me with the paperwork for my internship visa.

In the draft application you sent me yesterday my name appears as "SATO YUKI HARUKA", and in one place as "Haruka Satou". My correct name, as in my passport, is SATO HARUKA - family name Sato, given name Haruka. I have no middle name; Yuki is my mother's name, which I wrote in the family section of your form.

Could you please correct my name in your records and in the application before it is submitted? My phone number is 058 731 6420 if you need to confirm anything.

Thank you very much,
Haruka Sato
""",
        "label": dict(cat="correction_request", lang="en", name="Haruka Sato", phone="+84587316420",
                      note="Wrong variants 'SATO YUKI HARUKA' and 'Haruka Satou' and the mother's name Yuki also appear; the sender signs as Haruka Sato."),
    },
    # ------------------------------------------------------------------ 31
    {
        "n": 31,
        "date": "Sun, 12 Apr 2026 08:44:50 +0700",
        "from": ("Duyen Trinh", "mewmewcloset.shop@gmail.com"),
        "to": "info",
        "subject": "shop online bi bao vi pham nhan hieu, can tu van gap",
        "fmt": "gmail",
        "attach": [("image/jpeg", "thu-canh-bao.jpg")],
        "body": """Chao luat su,
Em ten Trinh Thi My Duyen, ban quan ao online tren Shopee va TikTok voi ten shop "Mew Mew Closet" duoc khoang 2 nam.
Hom qua em nhan duoc thu cua mot cong ty luat dai dien cho thuong hieu "MEOW MEOW" noi shop em vi pham nhan hieu cua ho, yeu cau trong 10 ngay phai go het san pham, doi ten shop va boi thuong 80 trieu, neu khong se khoi kien.
Em khong biet ten shop cua em co bi coi la vi pham that khong, em co bat buoc phai huy trang ban hang va doi ten khong, va muc boi thuong 80 trieu co hop ly khong. Em muon nho luat su xem thu va tu van cach tra loi.
Em gui kem anh chup thu cua ho. SDT/Zalo cua em: 0394 671 208.
Em cam on anh chi.
""",
        "label": dict(cat="service_request", lang="vi", name="Trinh Thi My Duyen", phone="+84394671208",
                      note="'huy trang ban hang' means closing her shop page, not deleting data."),
    },
    # ------------------------------------------------------------------ 32
    {
        "n": 32,
        "date": "Sun, 12 Apr 2026 20:30:14 +0700",
        "from": ("Huỳnh Công Danh", "congdanh.huynh@outlook.com"),
        "to": "support",
        "subject": "FW: Hỗ trợ anh Danh bán nhà nhanh, giải quyết nợ ngân hàng",
        "fmt": "owa",
        "cte": "qp",
        "henc": "b",
        "body": """Gửi Công ty Thịnh Trí,

Tôi chuyển tiếp email dưới đây tôi mới nhận. Ngày 03/04 tôi có đến văn phòng Công ty hỏi về thủ tục bán căn nhà ở Phường Bình Thạnh để lấy tiền trả nợ ngân hàng, có để lại phiếu thông tin gồm họ tên, số điện thoại, email và số tiền đang nợ. Tôi chưa nói chuyện này với bất kỳ môi giới nào.

Vậy mà chỉ 5 ngày sau đã có người biết tôi "cần bán gấp để trả nợ" và ép giá. Tôi yêu cầu Công ty làm rõ thông tin của tôi đã lọt ra ngoài bằng cách nào và xử lý người làm lộ.

Huỳnh Công Danh
ĐT: 0977 804 215

________________________________
From: Nhà Đất Phú Gia <tuvan.nhadatphugia@gmail.com>
Sent: Wednesday, April 8, 2026 6:12 PM
To: congdanh.huynh@outlook.com <congdanh.huynh@outlook.com>
Subject: Hỗ trợ anh Danh bán nhà nhanh, giải quyết nợ ngân hàng

Chào anh Danh,

Bên em được biết anh đang cần bán gấp căn nhà ở Bình Thạnh để xử lý khoản nợ ngân hàng. Bên em có sẵn khách mua tiền mặt, thanh toán trong 7 ngày, giá hợp lý so với tình hình hiện tại của anh.

Anh liên hệ em Tuấn: 0922 318 406 để được hỗ trợ ngay ạ.

Nhà Đất Phú Gia
""",
        "label": dict(cat="complaint", lang="vi", name="Huỳnh Công Danh", phone="+84977804215",
                      note="Forwarded broker email included as evidence; its phone 0922 318 406 and address are not the sender's."),
    },
    # ------------------------------------------------------------------ 33
    {
        "n": 33,
        "date": "Mon, 13 Apr 2026 08:05:31 +0700",
        "from": ("Phòng Kế toán - Công ty CP Dược Minh An", "ketoan@duocminhan.vn"),
        "to": "info",
        "subject": "Re: Hợp đồng dịch vụ pháp lý năm 2026 - bản ký",
        "fmt": "text",
        "cte": "b64",
        "henc": "q",
        "reply": True,
        "headers": [("Auto-Submitted", "auto-replied")],
        "body": """Kính gửi Quý đối tác,

Cảm ơn Quý đối tác đã gửi thư đến Phòng Kế toán. Hệ thống đã ghi nhận thư với mã số #KT-26-04-0387. Chứng từ thanh toán sẽ được xử lý theo lịch thanh toán định kỳ vào thứ Sáu hằng tuần.

Vui lòng không trả lời thư này.

Phòng Kế toán - Công ty CP Dược Minh An
Điện thoại: (0251) 3891 462
""",
        "label": dict(cat="unknown", lang="vi", auto=True,
                      note="Subject looks like a human reply; only the Auto-Submitted header and the ticket-style body reveal an automatic acknowledgement."),
    },
    # ------------------------------------------------------------------ 34
    {
        "n": 34,
        "date": "Mon, 13 Apr 2026 09:27:12 +0700",
        "from": ("Lương Thảo My", "thaomy.luong@brewly.vn"),
        "to": "info",
        "subject": "Request báo giá: review HĐLĐ, NDA và nội quy lao động",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "q",
        "body": """Hi anh chị,

Em là Thảo My, HR Lead của Brewly (chuỗi cà phê take-away, hiện có 14 cửa hàng và khoảng 120 nhân viên). Bên em đang chuẩn hóa lại bộ hồ sơ nhân sự nên cần team mình support:

1. Review template hợp đồng lao động và hợp đồng thử việc hiện tại;
2. Soạn thỏa thuận bảo mật thông tin (NDA) cho nhân viên văn phòng và quản lý cửa hàng - đặc biệt phần bảo mật công thức pha chế và danh sách nhà cung cấp;
3. Đăng ký nội quy lao động với Sở Nội vụ.

Anh chị gửi proposal và fee giúp em trước thứ Sáu này nha, bên em cần trình CEO duyệt budget Q2. Có gì anh chị call em số 0779 318 052.

Thanks anh chị,
Lương Thảo My
HR Lead | Brewly Coffee
""",
        "label": dict(cat="service_request", lang="mixed", name="Lương Thảo My", phone="+84779318052",
                      note="'bảo mật thông tin' refers to an employee NDA she wants drafted, not a privacy request. Signs the body intro as 'Thảo My', full name in signature."),
    },
    # ------------------------------------------------------------------ 35
    {
        "n": 35,
        "date": "Mon, 13 Apr 2026 11:11:58 +0700",
        "from": ("Quan Thị Diệu Linh", "linh.qtd@hoaphatdecor.vn"),
        "to": "info",
        "subject": "Đề nghị xóa hồ sơ tư vấn ly hôn",
        "fmt": "outlook",
        "cte": "b64",
        "henc": "b",
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi là Quan Thị Diệu Linh. Đầu năm nay tôi có làm việc với luật sư của Công ty để chuẩn bị hồ sơ ly hôn, nhưng chưa ký hợp đồng dịch vụ và chưa nộp đơn ra Tòa.

Vợ chồng tôi đã hàn gắn và không ly hôn nữa. Vì hồ sơ có nhiều nội dung nhạy cảm (thu nhập, tài sản, lý do ly hôn, thông tin của chồng và con), tôi đề nghị Công ty xóa toàn bộ hồ sơ, ghi chép và tài liệu tôi đã cung cấp, kể cả bản lưu trên email và Zalo của luật sư phụ trách.

Xin Công ty xác nhận khi đã xóa xong qua email cá nhân của tôi là dieulinh.quan@gmail.com, không gửi vào email công ty này. Nếu cần xác minh, xin gọi 0357 824 961 ngoài giờ hành chính.

Trân trọng,
Quan Thị Diệu Linh
""",
        "label": dict(cat="deletion_request", lang="vi", name="Quan Thị Diệu Linh", phone="+84357824961",
                      email="dieulinh.quan@gmail.com",
                      note="Sent from her work mailbox; she asks to be answered at the personal address given in the body, which wins over From."),
    },
    # ------------------------------------------------------------------ 36
    {
        "n": 36,
        "date": "Mon, 13 Apr 2026 14:49:03 +0700",
        "from": ("Bao Khue", "baokhue.tonnu@gmail.com"),
        "to": "support",
        "subject": "Hỏi về việc chia sẻ data của em cho bên thứ ba",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "b",
        "body": """Chào anh chị,

Em là Tôn Nữ Bảo Khuê, em có dùng dịch vụ soạn hợp đồng thuê nhà của bên mình hồi tháng 1. Tuần này em nhận liên tục cuộc gọi từ một bên bảo hiểm và một ngân hàng mời vay, họ biết cả tên và địa chỉ căn hộ em đang thuê.

Em đọc privacy policy trên website thấy ghi công ty có thể chia sẻ thông tin với "đối tác vận chuyển" và "các bên khác khi có sự đồng ý". Em không nhớ là mình đã đồng ý gì cả. Em không phải khiếu nại đâu ạ, em chỉ muốn biết:
- Hiện công ty đang lưu những thông tin cá nhân nào của em;
- Đã share cho bên nào chưa, nếu có thì là bên nào và khi nào.

Anh chị gửi em list đó qua email này nha. SĐT em: 0911 380 627.

Thanks anh chị,
Bảo Khuê
""",
        "label": dict(cat="access_request", lang="mixed", name="Tôn Nữ Bảo Khuê", phone="+84911380627",
                      note="Mentions unwanted calls but says explicitly 'không phải khiếu nại'; asks what data is held and to whom it was disclosed."),
    },
    # ------------------------------------------------------------------ 37
    {
        "n": 37,
        "date": "Mon, 13 Apr 2026 16:35:22 +0700",
        "from": ("Liam Carter", "liam.carter.ca@gmail.com"),
        "to": "support",
        "subject": "Re: Invoice TT-2026-0412 - company registration services",
        "fmt": "thunderbird",
        "cte": "7bit",
        "reply": True,
        "body": """Hi Minh,

I'm afraid this is not acceptable. I paid the full amount of 18,700,000 VND by bank transfer on 20 March (reference "LIAM CARTER TT0412") and forwarded you the bank confirmation the same day. Your accounting team has now charged the same amount to my credit card on file as well, without asking me.

This is the second billing mistake in two months, and each time I have to chase your staff for a week to get it fixed. Please refund the card payment immediately and send me a written explanation of how this happened.

Liam Carter
+84 326 174 590
""",
        "quote": {
            "intro": "On 13/04/2026 10:21, Thinh Tri Support wrote:",
            "text": """Dear Mr. Carter,

Please find attached invoice TT-2026-0412 for the company registration services for Maple Leaf Trading Co., Ltd. Payment has been collected from the card on file.

For any questions please contact our hotline 1800 63 65.

Best regards,
Vu Quang Minh
Thinh Tri Legal""",
        },
        "label": dict(cat="complaint", lang="en", name="Liam Carter", phone="+84326174590",
                      note="Reply; only the top part is new. Quoted firm text has the firm's hotline and staff name."),
    },
    # ------------------------------------------------------------------ 38
    {
        "n": 38,
        "date": "Tue, 14 Apr 2026 09:02:45 +0700",
        "from": ("Trương Hữu Nghĩa", "nghia.truong@thanhdatpack.vn"),
        "to": "support",
        "subject": "Đề nghị điều chỉnh số CCCD trong hồ sơ",
        "fmt": "outlook",
        "cte": "qp",
        "henc": "q",
        "body": """Kính gửi Công ty Thịnh Trí,

Tôi là Trương Hữu Nghĩa, đang được Công ty hỗ trợ thủ tục thay đổi người đại diện theo pháp luật cho Công ty TNHH Bao bì Thành Đạt.

Khi đọc lại bản nháp hồ sơ Công ty gửi sáng nay, tôi thấy số căn cước công dân của tôi bị ghi là 079085012347, trong khi số đúng là 079085012374 (đảo hai số cuối). Ngày cấp cũng cần sửa thành 15/08/2021.

Đề nghị Công ty sửa lại các thông tin trên trong hồ sơ và trong danh sách khách hàng để các giấy tờ sau không bị sai. Có gì cần xác nhận, xin gọi tôi: 0916 703 284.

Trân trọng,
Trương Hữu Nghĩa
Giám đốc
""",
        "label": dict(cat="correction_request", lang="vi", name="Trương Hữu Nghĩa", phone="+84916703284",
                      note="Two 12-digit ID card numbers appear; they are not phone numbers."),
    },
    # ------------------------------------------------------------------ 39
    {
        "n": 39,
        "date": "Tue, 14 Apr 2026 10:44:17 +0700",
        "from": ("Danielle Okafor", "danielle.okafor@outlook.com"),
        "to": "info",
        "subject": "Work permit for a new job - can you handle it?",
        "fmt": "owa",
        "body": """Hello,

I'm a British English teacher working at a language centre in Di An. My work permit expires on 30 June and I've accepted a job at a new school in Thu Duc starting in July.

I'd like to hire your firm to handle the new work permit and the temporary residence card. My current employer says they will "cancel" my old work permit when I leave, and they are still holding the original of my legalised degree - is that normal, and can you help me get it back as part of the process?

What documents do you need from me, what are your fees, and how long should I allow? I can come to your office on a Saturday.

My number is 0353 908 417 (also on WhatsApp).

Best wishes,
Danielle Okafor
""",
        "label": dict(cat="service_request", lang="en", name="Danielle Okafor", phone="+84353908417"),
    },
    # ------------------------------------------------------------------ 40
    {
        "n": 40,
        "date": "Tue, 14 Apr 2026 15:18:36 +0800",
        "from": ("Barrister Chen Wei Lun", "chen.weilun.chambers@protonmail.com"),
        "to": "info",
        "subject": "URGENT: Unclaimed estate - your cooperation required",
        "fmt": "text",
        "cte": "7bit",
        "body": """Dear Counsel,

I am Barrister Chen Wei Lun, private attorney to the late Mr. Thinh Tran, a businessman who died intestate in Kuala Lumpur in 2024 leaving a deposit of USD 8,400,000 with a bank here. As your firm bears the same name, I propose to present your firm as the representative of the legal beneficiary so that the funds can be released.

For your legal services you will receive 35% of the total sum. This transaction is 100% risk free. Kindly send me the full name, passport copy and direct mobile number of your managing partner, together with your firm's banking information, and I shall commence the release at once.

Regards,
Barrister Chen Wei Lun
""",
        "label": dict(cat="unknown", lang="en", name="Chen Wei Lun",
                      note="Advance-fee scam; offers 'legal services' work and asks for personal data but is spam."),
    },
    # ------------------------------------------------------------------ 41
    {
        "n": 41,
        "date": "Tue, 14 Apr 2026 20:52:09 +0700",
        "from": ("Bao Ngo", "ngoquocbao.hp@gmail.com"),
        "to": "support",
        "subject": "Phan nan ve thai do nhan vien va hoa don sai ten",
        "fmt": "gmail",
        "body": """Gui cong ty Thinh Tri,
Toi la Ngo Quoc Bao, chu cua hang vat lieu xay dung Quoc Bao o Hai Phong, dang thue cong ty lam thu tuc chuyen nhuong von gop.
Chieu qua toi goi len hoi tien do ho so thi nhan vien nu nghe may noi chuyen rat thieu ton trong, noi "anh cu cho di, hoi hoai", roi cup may ngang. Toi lam an bao nhieu nam chua gap dich vu nao nhu vay.
Them nua, hoa don cong ty gui cho toi ghi ten "Ngo Quoc Bat" va sai ma so thue, ke toan cua toi khong dung duoc. Toi da bao mot lan tu thang truoc ma van chua sua.
De nghi cong ty xem lai cach lam viec cua nhan vien, xin loi dang hoang va xuat lai hoa don dung ten Ngo Quoc Bao. Toi cho phan hoi trong tuan nay.
Ngo Quoc Bao
DT 0965 183 720
""",
        "label": dict(cat="complaint", lang="vi", name="Ngo Quoc Bao", phone="+84965183720",
                      note="Complaint about a rude staff member that also asks to correct the name on invoices; dominant intent complaint. Misspelled 'Ngo Quoc Bat' also appears."),
    },
    # ------------------------------------------------------------------ 42
    {
        "n": 42,
        "date": "Wed, 15 Apr 2026 08:31:50 +0700",
        "from": ("Lý Thanh Bình", "lythanhbinh.ks@gmail.com"),
        "to": "support",
        "subject": "Re: Thông báo kết thúc hợp đồng dịch vụ tư vấn",
        "fmt": "gmail",
        "cte": "b64",
        "henc": "b",
        "reply": True,
        "body": """Chào chị Hạnh,

Cảm ơn chị đã báo. Tôi đồng ý kết thúc hợp đồng như đã trao đổi.

Trước khi đóng hồ sơ, đề nghị Công ty gửi cho tôi bản sao các thông tin và tài liệu của tôi mà Công ty đang lưu: biên bản các buổi làm việc, ghi chú của luật sư, file ghi âm cuộc gọi tư vấn (nếu có) và các giấy tờ tôi đã nộp. Tôi cần giữ lại để tự theo dõi vụ việc sau này. Gửi qua email này là được.

Số của tôi vẫn là 0944 218 603.

Lý Thanh Bình
""",
        "quote": {
            "intro": "Vào Th 3, 14 thg 4, 2026 vào lúc 10:12 Thịnh Trí Support <support@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi anh Bình,

Theo trao đổi qua điện thoại, Công ty xin xác nhận hợp đồng dịch vụ tư vấn số 052/2026/TT sẽ kết thúc vào ngày 30/04/2026. Sau thời điểm này, hồ sơ của anh sẽ được lưu trữ theo quy định. Nếu anh muốn chỉnh sửa hoặc xóa thông tin cá nhân, vui lòng liên hệ support@thinhtrigroup.com.

Trân trọng,
Đinh Mỹ Hạnh
Bộ phận Chăm sóc khách hàng - Thịnh Trí Group
Hotline: 1800 63 65""",
        },
        "label": dict(cat="access_request", lang="vi", name="Lý Thanh Bình", phone="+84944218603",
                      note="Reply; the quoted firm text mentions correcting/deleting data and the hotline, but the new text asks for a copy of his data."),
    },
    # ------------------------------------------------------------------ 43
    {
        "n": 43,
        "date": "Wed, 15 Apr 2026 13:16:27 +0700",
        "from": ("Kevin Lam", "kevin.lam.sg@gmail.com"),
        "to": "info",
        "subject": "Request to delete my late father's records",
        "fmt": "gmail",
        "cte": "qp",
        "body": """Dear Thinh Tri,

My father, Mr. Lâm Quốc Hùng, was a client of your firm for several years, mainly for his rental properties in Cho Lon. He passed away on 2 February 2026. I am his son and the executor of his estate, and I can send you a copy of the death certificate and the probate documents.

The family has appointed another law firm to handle the estate, so we no longer need your services. Please delete my father's personal data from your client database and mailing lists - we still receive newsletters and seminar invitations addressed to him, which is painful for my mother - and return or destroy the paper files as the law allows.

Please also remove my own details, which I gave your receptionist when I called in February.

You can reach me on 0938 615 027.

Regards,
Kevin Lam
""",
        "label": dict(cat="deletion_request", lang="en", name="Kevin Lam", phone="+84938615027",
                      note="The late father's name (Lâm Quốc Hùng) also appears; the sender is the son, Kevin Lam, who asks for deletion of his father's and his own data."),
    },
    # ------------------------------------------------------------------ 44
    {
        "n": 44,
        "date": "Wed, 15 Apr 2026 17:40:12 +0700",
        "from": ("Emma Vu", "emma.hughes.hcm@gmail.com"),
        "to": "support",
        "subject": "Change of surname on my client file",
        "fmt": "gmail",
        "body": """Dear Thinh Tri team,

Your firm has been helping me with my temporary residence card and my house lease since last year, under the name Emma Hughes.

I got married in March and have changed my surname. My new British passport has just been issued in the name of EMMA VU. Could you please update my name in your records and use the new name on all documents from now on? I'll bring a copy of the new passport and our marriage certificate to your office next week.

My email address and phone number (0931 260 548) stay the same.

Kind regards,
Emma Vu (formerly Hughes)
""",
        "label": dict(cat="correction_request", lang="en", name="Emma Vu", phone="+84931260548",
                      note="Former name Emma Hughes appears in the body and in the From address; the sender now uses Emma Vu. Email unchanged (From)."),
    },
    # ------------------------------------------------------------------ 45
    {
        "n": 45,
        "date": "Thu, 16 Apr 2026 09:08:33 +0700",
        "from": ("Quach Studio", "hello@quachstudio.vn"),
        "to": "info",
        "subject": "Đăng ký bản quyền artwork + review contract với client nước ngoài",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "b",
        "body": """Hi anh chị,

Em là Quách Bảo Trân, freelance illustrator. Em vừa làm xong một bộ 40 illustrations cho một brand thời trang ở Úc và muốn dùng lại style đó cho artbook riêng của em.

Em muốn hỏi:
- Thủ tục đăng ký quyền tác giả cho bộ tranh này ở Cục Bản quyền tác giả cần chuẩn bị những gì, mất bao lâu;
- Contract với client đang ghi "all rights transferred", vậy em còn được dùng lại artwork cho portfolio và artbook không? Em muốn nhờ anh chị review contract trước khi em ký phụ lục.

Email hello@ này là email chung của studio, anh chị reply giúp em qua email cá nhân baotran.illus@gmail.com nha. Zalo: 0707 561 984.

Thanks anh chị!
Bảo Trân
""",
        "label": dict(cat="service_request", lang="mixed", name="Quách Bảo Trân", phone="+84707561984",
                      email="baotran.illus@gmail.com",
                      note="Sent from a shared studio mailbox (From display 'Quach Studio'); personal email in the body wins over From."),
    },
    # ------------------------------------------------------------------ 46
    {
        "n": 46,
        "date": "Thu, 16 Apr 2026 11:33:19 +0700",
        "from": ("Bạch Thị Lụa", "bachthilua1972@gmail.com"),
        "to": "support",
        "subject": "Khiếu nại việc làm thất lạc bản gốc sổ đỏ",
        "fmt": "gmail_html",
        "cte": "qp",
        "henc": "b",
        "body": """Kính gửi Giám đốc Công ty Thịnh Trí,

Tôi là Bạch Thị Lụa. Ngày 12/03/2026 tôi giao cho nhân viên của Công ty bản gốc giấy chứng nhận quyền sử dụng đất để làm thủ tục tách thửa, có giấy biên nhận ký tên nhân viên Phùng Văn Lộc.

Hôm 14/04 tôi lên văn phòng hỏi tiến độ thì được trả lời hồ sơ "chưa tìm thấy", còn anh Lộc đã nghỉ việc. Đây là tài sản lớn nhất của gia đình tôi. Nếu sổ đỏ rơi vào tay người xấu, tôi không biết chuyện gì sẽ xảy ra.

Tôi yêu cầu Công ty trong 3 ngày phải tìm ra bản gốc và trả lại cho tôi, đồng thời trả lời bằng văn bản Công ty sẽ chịu trách nhiệm thế nào nếu không tìm được. Tôi vẫn giữ biên nhận và sẽ trình báo cơ quan chức năng nếu cần.

Bạch Thị Lụa
Ấp 3, xã Tân An Hội, TP.HCM
ĐT: 0982 461 350
""",
        "label": dict(cat="complaint", lang="vi", name="Bạch Thị Lụa", phone="+84982461350",
                      address="Ấp 3, xã Tân An Hội, TP.HCM",
                      note="HTML-only message. Staff member's name (Phùng Văn Lộc) also appears."),
    },
    # ------------------------------------------------------------------ 47
    {
        "n": 47,
        "date": "Thu, 16 Apr 2026 19:25:40 +0700",
        "from": ("duc ha", "havanduc.xd@gmail.com"),
        "to": "info",
        "subject": "dung goi cho toi nua",
        "fmt": "gmail_html",
        "body": """Chao cong ty,
Toi la Ha Van Duc. Hom truoc toi co goi hoi gia dich vu lam so hong nhung khong lam. Tu do toi nhan duoc may cuoc goi cua nhan vien cong ty moi dich vu, goi vao so 0869 302 751 cua toi.
Toi khong co nhu cau. Cong ty xoa so dien thoai va ten toi khoi danh sach khach hang, dung goi va nhan tin nua.
Cam on.
Ha Van Duc
""",
        "label": dict(cat="deletion_request", lang="vi", name="Ha Van Duc", phone="+84869302751",
                      note="HTML-only. Asks to delete his number and name from the customer list and stop calls; no complaint or explanation demanded."),
    },
    # ------------------------------------------------------------------ 48
    {
        "n": 48,
        "date": "Fri, 17 Apr 2026 10:14:05 +0700",
        "from": ("Cuc Ngo", "kimcuc.ngo96@gmail.com"),
        "to": "support",
        "subject": "Re: Xác nhận cập nhật thông tin liên hệ",
        "fmt": "gmail",
        "cte": "qp",
        "henc": "q",
        "reply": True,
        "body": """Dạ em nhận được rồi ạ, em cảm ơn.
""",
        "quote": {
            "intro": "Vào Th 5, 16 thg 4, 2026 vào lúc 17:02 Thịnh Trí Support <support@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi chị Cúc,

Theo yêu cầu của chị, Công ty đã cập nhật địa chỉ email liên hệ mới của chị trong hồ sơ khách hàng. Nếu chị cần chỉnh sửa thêm hoặc muốn xóa thông tin cá nhân, vui lòng trả lời email này.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Thịnh Trí Group - Hotline 1800 63 65""",
        },
        "label": dict(cat="unknown", lang="vi", name="Cuc Ngo",
                      note="Bare acknowledgement; the quoted firm text mentions correcting/deleting data, but the new text asks for nothing. Name only from the From display name."),
    },
    # ------------------------------------------------------------------ 49
    {
        "n": 49,
        "date": "Fri, 17 Apr 2026 09:02:44 +0200",
        "from": ("Camille Rousseau", "camille.rousseau@orange.fr"),
        "to": "info",
        "subject": "Copy of my personal data (passport scans etc.)",
        "fmt": "thunderbird",
        "cte": "7bit",
        "body": """Hello,

In 2025 your firm helped me obtain a work permit and a temporary residence card while I was teaching at a French school in Ho Chi Minh City. My contract ended in January and I am now back in Lyon.

Before deciding what should happen to it, I would like to see exactly what personal information you still have about me. Please send me a copy of everything you hold: passport and visa scans, my criminal record certificate, health check, photos, contact details and any notes in your system. I am not asking you to delete anything at this stage - first I want to know what there is.

I no longer use my Vietnamese SIM. You can reach me by email or on my French mobile, +33 6 41 27 85 09.

Best regards,
Camille Rousseau
""",
        "label": dict(cat="access_request", lang="en", name="Camille Rousseau", phone="+33641278509",
                      note="Explicitly not (yet) a deletion request. Foreign mobile number, E.164 +33."),
    },
    # ------------------------------------------------------------------ 50
    {
        "n": 50,
        "date": "Fri, 17 Apr 2026 16:47:58 +0700",
        "from": ("Hoang Dinh", "dinhconghoang.qn@icloud.com"),
        "to": "support",
        "subject": "cap nhat so dien thoai moi",
        "fmt": "iphone",
        "cte": "qp",
        "body": """Chao anh chi,
Toi la Dinh Cong Hoang, dang nho cong ty lam thu tuc dang ky bien dong dat dai o Quang Ngai.
So cu cua toi 0977 451 063 bi khoa vi chua cap nhat thong tin thue bao, tu nay anh chi lien lac so moi giup toi: 0326 590 814. Anh chi sua giup trong he thong va nhan lai voi luat su dang theo viec cua toi.
Cam on anh chi.

Gửi từ iPhone của tôi
""",
        "label": dict(cat="correction_request", lang="vi", name="Dinh Cong Hoang", phone="+84326590814",
                      note="Old number 0977 451 063 also present; contact phone is the new one."),
    },
]
