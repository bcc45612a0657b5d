# -*- coding: utf-8 -*-
"""Message data for h37_026 ... h37_050 (see make.py)."""

MSGS = [
    # ------------------------------------------------------------------ 026
    dict(
        file="h37_026.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Mạc Văn Khuê", phone="+842253846217", email="macvankhue1956@yahoo.com.vn",
                     address="số 17 ngõ 42 Lạch Tray, Phường Gia Viên, TP. Hải Phòng"),
        note="Body is windows-1258 with combining tone marks; compare after NFC normalisation. "
             "The landline is the sender's own home number.",
        from_name="Mạc Văn Khuê", from_addr="macvankhue1956@yahoo.com.vn", to="info",
        subject="Nhờ luật sư giúp việc tranh chấp ranh giới đất với nhà bên cạnh",
        date="2026-02-12 07:38:14 +0700", client="oe", fmt="plain", cte="quoted-printable",
        charset="windows-1258", hdr="B",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Mạc Văn Khuê, năm nay 70 tuổi, đã nghỉ hưu. Gia đình tôi ở số 17 ngõ 42 Lạch Tray, Phường Gia Viên, TP. Hải Phòng từ năm 1988, có giấy chứng nhận quyền sử dụng đất đầy đủ.

Tháng trước nhà bên cạnh phá tường rào cũ để xây nhà mới và xây lấn sang đất nhà tôi gần 40 phân suốt chiều dài 12 mét. Tôi đã báo tổ dân phố và phường, phường có hòa giải một lần nhưng không thành.

Tôi muốn nhờ luật sư xem giấy tờ, đề nghị đo đạc lại và nếu cần thì khởi kiện ra tòa. Xin Công ty cho biết thủ tục và chi phí. Tôi không dùng điện thoại di động, xin gọi số nhà (0225) 3846 217 vào buổi sáng.

Kính thư,
Mạc Văn Khuê
""",
    ),
    # ------------------------------------------------------------------ 027
    dict(
        file="h37_027.eml", category="access_request", automated=False, language="vi",
        contact=dict(name="Ma Thi Ha Phuong", phone="+84336472805",
                     email="mathihaphuong@gmail.com", address=None),
        note=None,
        from_name="Ha Phuong", from_addr="mathihaphuong@gmail.com", to="info",
        subject="xin ban ghi am cuoc goi va thong tin cua toi",
        date="2026-02-13 13:02:55 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""Chao cong ty,
Toi la Ma Thi Ha Phuong. Thang 12/2025 toi co 2 lan goi hotline tu van ve viec cong ty cu no luong va khong chot so bao hiem xa hoi cho toi. Nhan vien co noi cuoc goi duoc ghi am.
Nay toi can bang chung de lam viec voi thanh tra lao dong, nen xin cong ty cung cap cho toi ban ghi am 2 cuoc goi do va cac thong tin ca nhan cong ty dang luu ve toi (ghi chu tu van, thong tin lien lac).
So dien thoai toi dung khi goi: 0336 472 805.
Cam on cong ty.
Ma Thi Ha Phuong
""",
    ),
    # ------------------------------------------------------------------ 028
    dict(
        file="h37_028.eml", category="correction_request", automated=False, language="mixed",
        contact=dict(name="Trần Hạ Vy", phone="+84794361528", email="vy.tran.designs@gmail.com",
                     address="45/12 Hoàng Hoa Thám, Phường Bình Lợi Trung, TP.HCM"),
        note=None,
        from_name="Vy Tran", from_addr="vy.tran.designs@gmail.com", to="support",
        subject="Update địa chỉ trong hồ sơ / new mailing address",
        date="2026-02-17 10:26:41 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Hi team Thịnh Trí,

Em là Trần Hạ Vy, bên mình đang giúp em làm hồ sơ đăng ký quyền tác giả cho bộ illustration "Mùa nước nổi". Em vừa move sang nhà mới nên nhờ team update lại địa chỉ trong hồ sơ của em, để giấy tờ sau này gửi về đúng chỗ:

New address: 45/12 Hoàng Hoa Thám, Phường Bình Lợi Trung, TP.HCM

Số phone với email thì vẫn giữ nguyên nha (0794 361 528). Thanks team nhiều!

Vy
""",
    ),
    # ------------------------------------------------------------------ 029
    dict(
        file="h37_029.eml", category="unknown", automated=False, language="vi",
        contact=dict(name="Quan Van Binh", phone="+84357603918",
                     email="quanvanbinh.bd@gmail.com", address=None),
        note="Thanks-only message after the case ended; no request.",
        from_name="Binh Quan", from_addr="quanvanbinh.bd@gmail.com", to="support",
        subject="cam on luat su Hanh",
        date="2026-02-18 19:40:03 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""Chao cong ty,
Toi la Quan Van Binh. Hom qua toa da ra ban an, toi duoc nhan lai tien coc va tien phat coc dung nhu yeu cau. Toi viet thu nay chi de cam on luat su Hanh va cac ban trong van phong da theo vu cua toi gan mot nam nay.
Toi se gioi thieu cong ty cho ban be, nguoi quen.
Chuc cong ty nam moi nhieu suc khoe, lam an phat dat.
Quan Van Binh
0357 603 918
""",
    ),
    # ------------------------------------------------------------------ 030
    dict(
        file="h37_030.eml", category="deletion_request", automated=False, language="vi",
        contact=dict(name="Thân Thị Bảo Yến", phone="+84938504261",
                     email="baoyen.than@gmail.com", address=None),
        note="Polite deletion request without the word 'xóa'; 'hủy bỏ' here means destroying the paper "
             "copies.",
        from_name="Thân Thị Bảo Yến", from_addr="baoyen.than@gmail.com", to="info",
        subject="Về hồ sơ tư vấn năm 2024 của tôi",
        date="2026-02-20 09:11:27 +0700", client="gmail", fmt="html", cte="quoted-printable",
        hdr="B",
        body="""Kính gửi Quý Công ty,

Tôi là Thân Thị Bảo Yến. Năm 2024 tôi có nhờ Công ty tư vấn về việc vay vốn ngân hàng và thế chấp nhà, đã cung cấp bản sao sổ hồng, sao kê lương và giấy tờ tùy thân.

Khoản vay đó tôi đã tất toán và không còn việc gì cần Công ty hỗ trợ nữa. Tôi mong Công ty không tiếp tục lưu giữ các giấy tờ và thông tin cá nhân nói trên: các bản giấy xin hủy bỏ, bản điện tử cũng không giữ lại. Khi xử lý xong, nhờ Công ty nhắn cho tôi một tin qua số 0938 504 261.

Trân trọng cảm ơn.
Thân Thị Bảo Yến
""",
    ),
    # ------------------------------------------------------------------ 031
    dict(
        file="h37_031.eml", category="complaint", automated=False, language="vi",
        contact=dict(name="Huynh Thi Kieu Oanh", phone="+84387920614",
                     email="kieuoanh.huynh92@gmail.com", address=None),
        note=None,
        from_name="Kieu Oanh", from_addr="kieuoanh.huynh92@gmail.com", to="info",
        subject="phan anh thai do phuc vu tai van phong sang 10/02",
        date="2026-02-10 14:36:58 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""Chao cong ty,
Toi co lich hen tu van luc 9h sang nay tai van phong Vo Thi Sau, den dung gio nhung phai ngoi cho gan 1 tieng. Khi toi hoi thi nhan vien le tan noi "chi cho duoc thi cho, khong thi ve" ngay truoc mat nhieu khach khac. Luat su tu van chi noi chuyen 15 phut roi bao het gio nhung van thu du 500.000d phi tu van 1 gio.
Toi rat buc xuc voi thai do phuc vu nhu vay. De nghi cong ty xem lai camera, xin loi va hoan lai phan phi khong tuong xung.
Huynh Thi Kieu Oanh
0387 920 614
""",
    ),
    # ------------------------------------------------------------------ 032
    dict(
        file="h37_032.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Lục Thị Hồng Nhung", phone="+84868254719",
                     email="hongnhung.luc@gmail.com", address=None),
        note="'Bản sao bản án' is a court document the firm is asked to obtain – a service request, "
             "not an access request for data the firm holds.",
        from_name="Lục Thị Hồng Nhung", from_addr="hongnhung.luc@gmail.com", to="info",
        subject="Nhờ xin lại bản sao bản án ly hôn để làm thủ tục kết hôn",
        date="2026-02-23 08:19:36 +0700", client="gmail", fmt="alt", cte="base64", hdr="B",
        body="""Chào anh chị,

Em là Lục Thị Hồng Nhung. Em ly hôn năm 2016 tại Tòa án nhân dân huyện Đức Trọng (Lâm Đồng); hiện em làm việc ở TP.HCM và sắp đăng ký kết hôn với người nước ngoài. Cơ quan đăng ký yêu cầu em nộp bản sao bản án ly hôn, nhưng bản gốc em làm thất lạc khi chuyển nhà.

Em muốn nhờ Công ty đại diện liên hệ tòa để xin cấp lại bản sao bản án (hoặc trích lục bản án) giúp em, vì trong tháng này em không thể về Lâm Đồng. Anh chị báo giúp em phí dịch vụ và những giấy tờ cần để ủy quyền.

Em cảm ơn ạ.
Hồng Nhung
ĐT/Zalo: 0868 254 719
""",
    ),
    # ------------------------------------------------------------------ 033
    dict(
        file="h37_033.eml", category="access_request", automated=False, language="en",
        contact=dict(name="Eleanor Price", phone=None, email="eleanor.price@protonmail.com",
                     address=None),
        note="Reply to the firm's marketing mail; calmly asks what data is held and where the address "
             "came from – access request. Quoted firm text has the hotline and firm address.",
        from_name="Eleanor Price", from_addr="eleanor.price@protonmail.com",
        to=("Thinh Tri Legal", "info@thinhtrigroup.com"),
        subject="Re: Thinh Tri Legal - New services for expatriates in 2026",
        date="2026-03-04 18:27:09 +0700", client="apple", fmt="alt", cte="quoted-printable",
        reply=True,
        body="""Hello,

I received the email below, but I don't recall ever contacting your firm or signing up for anything.

Could you please tell me what personal information you hold about me, where you obtained my email address, and what you are using it for? I would appreciate a copy of whatever records you have.

Thanks,
Eleanor Price

Sent from my iPhone

> On 4 Mar 2026, at 10:00, Thinh Tri Legal <info@thinhtrigroup.com> wrote:
>
> Dear Valued Client,
>
> Thinh Tri Legal is pleased to introduce our 2026 service packages for expatriates: work permits, temporary residence cards, marriage registration and property purchase advice.
>
> Book a free 15-minute consultation: call 1800 63 65 or reply to this email.
>
> Thinh Tri Legal
> 57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
""",
    ),
    # ------------------------------------------------------------------ 034
    dict(
        file="h37_034.eml", category="service_request", automated=False, language="mixed",
        contact=dict(name="Trần Quốc Khang", phone="+84767218349", email="kevintran.oc@gmail.com",
                     address=None),
        note=None,
        from_name="Kevin Tran", from_addr="kevintran.oc@gmail.com", to="info",
        subject="Inheritance of my mother's house / thừa kế nhà của mẹ",
        date="2026-02-24 22:48:15 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Hello anh chị,

Tôi tên Trần Quốc Khang (Kevin), quốc tịch Mỹ, sống ở California. Mẹ tôi mất tháng 10/2025 tại Sài Gòn, để lại căn nhà ở Phường Chợ Quán đứng tên bà. I'm the only child, ba tôi đã mất từ trước.

I'd like to know:
- Việt kiều như tôi có được đứng tên căn nhà không, hay phải bán lại?
- What documents I need from the US (passport, birth certificate, consular legalisation?);
- Nếu tôi ủy quyền cho luật sư làm toàn bộ thủ tục khai nhận di sản thì fee bao nhiêu.

Tôi ở Việt Nam đến 28/02, số VN của tôi là 0767 218 349 (WhatsApp same number). After that please just email me.

Thanks,
Kevin
""",
    ),
    # ------------------------------------------------------------------ 035
    dict(
        file="h37_035.eml", category="complaint", automated=False, language="vi",
        contact=dict(name="Ninh Đức Hải", phone="+84915308427", email="haininhduc.hn@gmail.com",
                     address=None),
        note="'Hủy hợp đồng' means terminating the service contract, not deleting data; complaint "
             "about delay with a refund demand.",
        from_name="Ninh Đức Hải", from_addr="haininhduc.hn@gmail.com", to="support",
        subject="Phản ánh chậm trễ hồ sơ thành lập công ty – đề nghị hủy hợp đồng",
        date="2026-02-25 16:03:44 +0700", client="owa", fmt="alt", cte="base64", hdr="B",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Ninh Đức Hải. Ngày 05/01/2026 tôi ký hợp đồng nhờ Công ty làm thủ tục thành lập Công ty TNHH Công nghệ Minh Khoa, cam kết có Giấy chứng nhận đăng ký doanh nghiệp trong 07 ngày làm việc. Tôi đã thanh toán đủ 6.500.000 đồng.

Đến nay đã gần 7 tuần, hồ sơ bị trả về hai lần vì sai mã ngành và sai thông tin vốn góp – những lỗi do nhân viên phụ trách tự điền, không hỏi lại tôi. Mỗi lần tôi hỏi tiến độ đều chỉ được trả lời "đang xử lý". Việc chậm trễ làm tôi lỡ một hợp đồng lớn với khách hàng.

Tôi đề nghị hủy hợp đồng, hoàn trả toàn bộ phí đã thanh toán và có văn bản giải trình. Nếu trong 05 ngày không nhận được phản hồi, tôi sẽ gửi đơn đến Đoàn Luật sư.

Ninh Đức Hải
DĐ: 0915 308 427
""",
    ),
    # ------------------------------------------------------------------ 036
    dict(
        file="h37_036.eml", category="unknown", automated=True, language="vi",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Helpdesk auto-acknowledgement; the subject reads like an access request, only the "
             "Auto-Submitted header and the body show it is automatic. The hotline is the insurer's.",
        from_name="Bảo hiểm Phú An - CSKH", from_addr="cskh-noreply@baohiemphuan.vn", to="support",
        subject="Re: Yêu cầu cung cấp thông tin hồ sơ bồi thường [#PA-260318-0457]",
        date="2026-03-18 10:47:02 +0700", client="other", fmt="alt", cte="base64", hdr="B",
        reply=True,
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                 ("X-Ticket-ID", "PA-260318-0457")],
        body="""Kính gửi Quý khách,

Bảo hiểm Phú An đã tiếp nhận yêu cầu của Quý khách với mã số #PA-260318-0457. Yêu cầu sẽ được chuyển đến bộ phận phụ trách và phản hồi trong vòng 03 ngày làm việc.

Đây là email tự động, vui lòng không trả lời thư này. Khi cần bổ sung thông tin, Quý khách vui lòng ghi rõ mã số yêu cầu.

Tổng đài chăm sóc khách hàng: 1900 6158
Bảo hiểm Phú An
""",
    ),
    # ------------------------------------------------------------------ 037
    dict(
        file="h37_037.eml", category="correction_request", automated=False, language="vi",
        contact=dict(name="Phí Thị Thanh Mai", phone="+84918452673",
                     email="phithanhmai.hn@gmail.com", address=None),
        note="Reply: the wrong name 'Phí Thị Thanh Mại' and wrong number 0981 452 673 appear in both the "
             "new text and the quoted firm email; the contact is the corrected values.",
        from_name="Phí Thanh Mai", from_addr="phithanhmai.hn@gmail.com",
        to=("Thịnh Trí Group", "info@thinhtrigroup.com"),
        subject="Re: Xác nhận đăng ký tư vấn",
        date="2026-02-23 11:06:50 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q", reply=True,
        body="""Chào anh Tùng,

Anh kiểm tra lại giúp em, trong email xác nhận anh ghi sai mấy thông tin:
- Họ tên: em là Phí Thị Thanh Mai, không phải "Phí Thị Thanh Mại";
- Số điện thoại đúng là 0918 452 673, không phải 0981 452 673 (số đó không phải của em nên sáng nay luật sư gọi nhầm người).

Nhờ anh sửa lại trong hệ thống để luật sư liên hệ đúng em nhé. Em cảm ơn.

Thanh Mai

Vào 10:20 Th 2, 23 thg 2, 2026 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
> Kính gửi chị Phí Thị Thanh Mại,
>
> Thịnh Trí xác nhận đã nhận đăng ký tư vấn của chị về tranh chấp hợp đồng thuê nhà.
> Thông tin liên hệ: 0981 452 673 – phithanhmai.hn@gmail.com
> Luật sư phụ trách sẽ liên hệ chị trong vòng 24 giờ làm việc.
>
> Trân trọng,
> Kha Văn Tùng
> Bộ phận Tiếp nhận – Hotline 1800 63 65
""",
    ),
    # ------------------------------------------------------------------ 038
    dict(
        file="h37_038.eml", category="deletion_request", automated=False, language="en",
        contact=dict(name="Andrew Pham", phone="+84901352847", email="andrew.pham@bluepeakcapital.com",
                     address=None),
        note="Son asks for deletion of his late mother's data; her name appears but the contact is the "
             "sender, Andrew Pham.",
        from_name="Andrew Pham", from_addr="andrew.pham@bluepeakcapital.com", to="info",
        subject="Request to delete my late mother's records",
        date="2026-03-02 09:33:21 +0700", client="outlook", fmt="alt", cte="quoted-printable",
        body="""Dear Thinh Tri team,

My mother, Mrs. Đặng Thị Xuân, was a client of your firm in 2023–2024 for a land-use rights matter in Bien Hoa. She passed away in December 2025. I am her son and the executor of her estate.

I would like you to delete the personal data you still hold about her – ID copies, medical certificates and contact details – and to remove her from your mailing list; your newsletter still arrives in her inbox, which is upsetting for the family. I can provide a copy of the death certificate and my own ID if you need them.

Please reply to me at this address or call me on 0901 352 847.

Kind regards,
Andrew Pham
""",
    ),
    # ------------------------------------------------------------------ 039
    dict(
        file="h37_039.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Tang Thi My Le", phone="+84398562071", email="tiembanhmaihoa.hp@gmail.com",
                     address=None),
        note="Sent from the shop's shared mailbox (From display 'Tiem Banh Mai Hoa'); the writer is "
             "Tang Thi My Le. Updating the household-business registration is a service, not a "
             "correction of data the firm holds.",
        from_name="Tiem Banh Mai Hoa", from_addr="tiembanhmaihoa.hp@gmail.com", to="info",
        subject="cap nhat thong tin dang ky ho kinh doanh",
        date="2026-03-03 14:55:08 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""Chao cong ty,
Minh la Tang Thi My Le, chu ho kinh doanh Tiem banh Mai Hoa. Thang sau tiem chuyen sang mat bang moi nen minh can cap nhat thong tin dang ky ho kinh doanh (doi dia diem kinh doanh) va lam lai giay chung nhan co so du dieu kien an toan thuc pham.
Cong ty co nhan lam tron goi 2 viec nay khong, mat bao lau va phi bao nhieu? Minh can xong truoc 15/4 de khai truong.
Lien he minh: 0398 562 071 (goi gio hanh chinh giup minh).
Cam on!
My Le
""",
    ),
    # ------------------------------------------------------------------ 040
    dict(
        file="h37_040.eml", category="complaint", automated=False, language="vi",
        contact=dict(name="Lê Phương Thảo", phone="+84937251806",
                     email="phuongthao.le.kt@outlook.com", address=None),
        note="Forwarded third-party email included as evidence; its sender, lawyer name and phone "
             "0912 730 584 are not the sender's.",
        from_name="Lê Phương Thảo", from_addr="phuongthao.le.kt@outlook.com", to="support",
        subject="FW: Đề nghị hỗ trợ pháp lý vụ tranh chấp thừa kế của chị Thảo",
        date="2026-03-05 10:18:33 +0700", client="owa", fmt="alt", cte="quoted-printable",
        hdr="B",
        body="""Chào Thịnh Trí,

Tôi chuyển tiếp email dưới đây. Ngày 09/02 tôi gửi hồ sơ tranh chấp thừa kế (bản sao di chúc của bố tôi và danh sách tài sản) cho Công ty qua địa chỉ này để xin báo giá, ngoài ra không gửi cho ai khác. Chưa đầy một tuần sau đã có một văn phòng luật khác gửi thư chào dịch vụ, nêu đúng tên bố tôi, đúng mảnh đất ở Thủ Dầu Một và cả việc anh trai tôi đang tranh chấp.

Tôi không hề liên hệ với văn phòng này. Tôi yêu cầu Công ty kiểm tra ngay ai đã làm lộ hồ sơ của tôi và trả lời bằng văn bản, trước khi tôi quyết định có tiếp tục làm việc với Công ty hay không.

Lê Phương Thảo
0937 251 806

________________________________
From: Văn phòng Luật sư Gia Phúc <lienhe@luatgiaphuc.vn>
Sent: Monday, February 16, 2026 9:12 AM
To: phuongthao.le.kt@outlook.com <phuongthao.le.kt@outlook.com>
Subject: Đề nghị hỗ trợ pháp lý vụ tranh chấp thừa kế của chị Thảo

Kính gửi chị Lê Phương Thảo,

Được biết gia đình chị đang có tranh chấp về di sản thừa kế của ông Lê Văn Tấn tại Thủ Dầu Một, Văn phòng Luật sư Gia Phúc xin gửi đến chị gói hỗ trợ "Giải quyết tranh chấp thừa kế trọn gói" với chi phí ưu đãi.

Luật sư phụ trách: LS. Quan Đức Trọng – 0912 730 584.

Trân trọng,
VPLS Gia Phúc
""",
    ),
    # ------------------------------------------------------------------ 041
    dict(
        file="h37_041.eml", category="unknown", automated=False, language="en",
        contact=dict(name="James Okafor", phone=None, email="james.okafor.chambers@gmx.com",
                     address=None),
        note="Advance-fee scam; talks of 'legal collaboration' but is spam.",
        from_name="Barrister James Okafor", from_addr="james.okafor.chambers@gmx.com", to="info",
        subject="Unclaimed deposit of late client - urgent legal collaboration",
        date="2026-03-06 03:14:27 +0000", client="other", fmt="plain", cte="7bit",
        body="""Attn: Managing Partner,

I am Barrister James Okafor, personal attorney to a late client, an engineer who bore the same surname as many of your clients, who died with his entire family in 2021. He left a fixed deposit of USD 8,700,000 with a finance house, and no next of kin has come forward.

I seek a reputable law firm in Vietnam to present one of its clients as the beneficiary so that the funds can be released through a legal process. Your firm will receive 40% of the total for its legal collaboration. This transaction is 100% risk free.

Send me your full name, a private mobile number and the bank account details of your firm so that I can prepare the documentation.

Yours faithfully,
Barrister James Okafor
""",
    ),
    # ------------------------------------------------------------------ 042
    dict(
        file="h37_042.eml", category="access_request", automated=False, language="mixed",
        contact=dict(name="Thạch Quốc Duy", phone="+84703926481", email="tony.thach.dev@gmail.com",
                     address=None),
        note=None,
        from_name="Tony Thach", from_addr="tony.thach.dev@gmail.com", to="support",
        subject="Request copy of my data / xin bản sao dữ liệu cá nhân",
        date="2026-03-09 21:05:16 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="B",
        body="""Hi anh chị,

Em là Thạch Quốc Duy (Tony), hồi tháng 8/2025 em có dùng service tư vấn hợp đồng lao động với một công ty Singapore bên mình. Giờ em đang apply visa nên cần đối chiếu lại thông tin.

Anh chị export giúp em toàn bộ data cá nhân mà bên mình đang lưu về em được không ạ (hồ sơ, email, notes của luật sư, các file em đã upload)? Em muốn nhận bản copy dạng PDF hoặc file zip qua email.

Nếu cần verify danh tính thì anh chị gọi em số 0703 926 481 nhé. Thanks a lot!

Tony
""",
    ),
    # ------------------------------------------------------------------ 043
    dict(
        file="h37_043.eml", category="correction_request", automated=False, language="en",
        contact=dict(name="Caroline Nguyen-Lawson", phone="+842837449261",
                     email="caroline.nl@meridianschool.edu.vn", address=None),
        note=None,
        from_name="Caroline Nguyen-Lawson", from_addr="caroline.nl@meridianschool.edu.vn", to="support",
        subject="Correction to my details in your records",
        date="2026-03-11 15:40:02 +0700", client="outlook", fmt="alt", cte="quoted-printable",
        body="""Dear Sir or Madam,

I am a client of your employment-law team (contract review, January 2026). I noticed that the engagement letter and both invoices I have received address me as "Mr" and list a mobile number that I stopped using last year.

Could you please correct your client records: I am "Ms", and the best number to reach me is my office line, (028) 3744 9261. It would also help if the engagement letter could be reissued with the correct title.

With thanks,
Caroline Nguyen-Lawson
Head of Human Resources, Meridian International School
""",
    ),
    # ------------------------------------------------------------------ 044
    dict(
        file="h37_044.eml", category="service_request", automated=False, language="en",
        contact=dict(name="Martina Rossi", phone="+84903627418", email="martina.rossi.mi@gmail.com",
                     address=None),
        note="Body asks for replies to a personal address that differs from the From address.",
        from_name="Martina Rossi", from_addr="m.rossi@veneta-interiors.it", to="info",
        subject="Prenuptial agreement - Italian / Vietnamese couple",
        date="2026-03-12 14:22:39 +0100", client="thunderbird", fmt="plain", cte="8bit",
        ct_extra='; format="flowed"',
        body="""Good afternoon,

My fiancé is Vietnamese and we are getting married in Hanoi in June. We would like a prenuptial agreement (I understand it is called "thỏa thuận tài sản vợ chồng" in Vietnamese) that is valid both in Vietnam and in Italy. It should cover my share in a family company in Italy and an apartment my fiancé already owns in Cau Giay.

Could you tell me whether you can prepare a bilingual agreement, whether it has to be notarised before the marriage registration, and roughly what it would cost?

Please reply to my personal address, martina.rossi.mi@gmail.com, rather than this work account, which I will not be checking while I am in Vietnam. From next week I can also be reached on +84 903 627 418.

Thank you very much,
Martina Rossi
""",
    ),
    # ------------------------------------------------------------------ 045
    dict(
        file="h37_045.eml", category="deletion_request", automated=False, language="mixed",
        contact=dict(name="Tạ Tú Anh", phone=None, email="annie.ta.hcm@gmail.com", address=None),
        note=None,
        from_name="Annie Ta", from_addr="annie.ta.hcm@gmail.com", to="info",
        subject="Remove my info please – xóa thông tin đăng ký webinar",
        date="2026-03-16 12:47:55 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Hi Thịnh Trí team,

Em là Tạ Tú Anh (Annie). Tháng trước một người bạn register hộ em vào webinar "Thuế cho người bán hàng online" của bên mình, nhưng em không attend và cũng không có nhu cầu.

Từ đó em nhận email marketing và cả tin nhắn Zalo của team sales. Please remove em khỏi mailing list và delete hết thông tin của em (tên, email, số điện thoại) khỏi database nha. Không cần gọi lại cho em đâu ạ.

Thanks,
Annie
""",
    ),
    # ------------------------------------------------------------------ 046
    dict(
        file="h37_046.eml", category="complaint", automated=False, language="en",
        contact=dict(name="Olivia Bennett", phone="+84779415263", email="olivia.bennett.vn@gmail.com",
                     address=None),
        note="Explicitly not a data-deletion request; asks for an explanation and removal of a social "
             "media post that exposed her case – complaint.",
        from_name="Olivia Bennett", from_addr="olivia.bennett.vn@gmail.com", to="info",
        subject="My case posted on your Facebook page without consent",
        date="2026-03-19 08:03:12 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""Dear Sir/Madam,

Yesterday a friend sent me a screenshot of a post on Thinh Tri's Facebook page titled "Success story: foreign teacher wins unpaid-salary dispute against language centre". My name is not used, but the post describes "a 34-year-old British teacher in Binh Thanh", names the language centre, gives the exact settlement amount and shows a photo of the settlement agreement with my signature only partly blurred. Everyone at my former workplace knows it is me.

Nobody asked for my permission. I am not writing to ask you to delete my file or anything of that sort. I want an explanation of how this post was approved and why my confidentiality was ignored, and I want it taken down today.

You can call me on 0779 415 263.

Olivia Bennett
""",
    ),
    # ------------------------------------------------------------------ 047
    dict(
        file="h37_047.eml", category="unknown", automated=False, language="vi",
        contact=dict(name="Tâm Diệp", phone=None, email="diepthanhtam.96@gmail.com", address=None),
        note="Bare acknowledgement of a firm email, no request; name only from the From display. "
             "The quoted firm text has the hotline.",
        from_name="Tâm Diệp", from_addr="diepthanhtam.96@gmail.com",
        to=("Thịnh Trí Group", "info@thinhtrigroup.com"),
        subject="Re: Dự thảo hợp đồng thuê nhà (bản sửa lần 2)",
        date="2026-03-20 22:14:40 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="B", reply=True,
        body="""Dạ em nhận được rồi ạ. Em cảm ơn.

Vào Th 6, 20 thg 3, 2026 vào lúc 17:32 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
> Kính gửi chị Tâm,
>
> Thịnh Trí gửi chị bản dự thảo hợp đồng thuê nhà đã chỉnh sửa theo góp ý của chị (điều khoản đặt cọc và thời hạn báo trước khi chấm dứt hợp đồng).
> Chị vui lòng xem và phản hồi trước ngày 25/03/2026. Nếu cần trao đổi trực tiếp, chị gọi hotline 1800 63 65.
>
> Trân trọng,
> Võ Hoàng Yến
> Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
    ),
    # ------------------------------------------------------------------ 048
    dict(
        file="h37_048.eml", category="correction_request", automated=False, language="vi",
        contact=dict(name="Tiêu Thị Nguyệt", phone="+842343823517",
                     email="tieuthinguyet1958@yahoo.com.vn",
                     address="số 8 đường Phan Bội Châu, Phường Thuận Hóa, TP. Huế"),
        note=None,
        from_name="Tiêu Thị Nguyệt", from_addr="tieuthinguyet1958@yahoo.com.vn", to="support",
        subject="Xin sửa địa chỉ liên lạc trong hồ sơ",
        date="2026-03-24 09:26:51 +0700", client="yahoo", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Tiêu Thị Nguyệt, khách hàng của Công ty trong việc lập hợp đồng tặng cho nhà cho con gái năm ngoái. Nay tôi đã về ở với con trai nên xin Công ty sửa lại địa chỉ liên lạc của tôi trong hồ sơ thành: số 8 đường Phan Bội Châu, Phường Thuận Hóa, TP. Huế.

Thư từ, giấy tờ gửi cho tôi xin gửi về địa chỉ mới này. Số điện thoại bàn của tôi vẫn là 0234 3823 517.

Xin cảm ơn Công ty.
Tiêu Thị Nguyệt
""",
    ),
    # ------------------------------------------------------------------ 049
    dict(
        file="h37_049.eml", category="access_request", automated=False, language="vi",
        contact=dict(name="Nghiêm Thị Thu Hà", phone="+84974618350", email="thuha.nghiem@gmail.com",
                     address=None),
        note="Sent from the husband's mailbox (From display 'Bạch Văn Cường'); the sender is "
             "Nghiêm Thị Thu Hà and asks to be contacted at her own email.",
        from_name="Bạch Văn Cường", from_addr="cuongbach.xd@outlook.com", to="info",
        subject="Xin bản sao thông tin cá nhân Công ty đang lưu",
        date="2026-03-27 20:09:37 +0700", client="owa", fmt="alt", cte="quoted-printable",
        hdr="B",
        body="""Kính gửi Công ty,

Tôi là Nghiêm Thị Thu Hà, vợ anh Bạch Văn Cường. Tôi không rành máy tính nên dùng tạm hộp thư của chồng để gửi thư này.

Năm 2025 tôi có nhờ Công ty tư vấn về hợp đồng lao động và chế độ thai sản. Nay tôi đề nghị Công ty cung cấp cho tôi bản sao các thông tin cá nhân của tôi mà Công ty đang lưu giữ (hồ sơ tư vấn, giấy tờ đã nộp, ghi chú của luật sư).

Xin gửi kết quả về email riêng của tôi là thuha.nghiem@gmail.com, hoặc gọi tôi số 0974 618 350.

Trân trọng,
Nghiêm Thị Thu Hà
""",
    ),
    # ------------------------------------------------------------------ 050
    dict(
        file="h37_050.eml", category="deletion_request", automated=False, language="vi",
        contact=dict(name="Giang Thị Kim Chi", phone="+84832647095", email="kimchi.giang@yahoo.com",
                     address=None),
        note=None,
        from_name="Giang Thị Kim Chi", from_addr="kimchi.giang@yahoo.com", to="info",
        subject="Đề nghị xóa bản scan CCCD và giấy tờ đã gửi",
        date="2026-04-02 17:30:24 +0700", client="yahoo", fmt="alt", cte="base64", hdr="B",
        body="""Chào Công ty,

Tôi là Giang Thị Kim Chi. Tuần trước tôi có gửi bản scan CCCD, giấy đăng ký kết hôn và giấy khai sinh của con qua email cho Công ty để được báo giá dịch vụ xác định cha cho con. Sau khi cân nhắc, gia đình tôi quyết định không làm nữa.

Vì các giấy tờ này có nhiều thông tin riêng tư, tôi đề nghị Công ty xóa hết các file tôi đã gửi cùng thông tin liên lạc của tôi, và báo lại cho tôi khi đã xóa xong.

Cảm ơn Công ty.
Kim Chi
0832 647 095

Gửi từ Yahoo Mail trên Android
""",
    ),
]
