# -*- coding: utf-8 -*-
"""Message data for h28_026 ... h28_050 (see make.py)."""

MSGS = [
    # ------------------------------------------------------------------ 026
    dict(
        n=26, category="service_request", automated=False, language="vi",
        contact=dict(name="Bạch Thị Thu Hằng", phone="+84346812759",
                     email="thuhang.bach88@gmail.com", address=None),
        note="Reply; only the top part is new. Quoted firm signature has the firm's hotline, the lawyer's direct line and the office address, not the sender's. Full name only in the From display name.",
        style="iphone", cte="quoted-printable",
        msgid_domain="gmail.com",
        in_reply_to="<c41f0a9e-7b22-4d6c-8e3a-5f19b6d2a701@thinhtrigroup.com>",
        headers=[("X-Mailer", "iPhone Mail (22E252)")],
        to=("Thịnh Trí Group", "info@thinhtrigroup.com"),
        **{"from": ("Bạch Thị Thu Hằng", "thuhang.bach88@gmail.com")},
        subject="Re: Danh mục giấy tờ cho hồ sơ yêu cầu giao quyền nuôi con",
        date="2026-04-16 21:14:50",
        body="""Dạ chào anh Khoa,

Em đã gom đủ các giấy tờ anh dặn: giấy khai sinh của hai bé, xác nhận của trường mầm non, sao kê lương 6 tháng và hợp đồng thuê nhà. Riêng giấy xác nhận thông tin cư trú em đang chờ công an phường cấp, chắc thứ Sáu mới có.

Anh cho em hẹn lên văn phòng sáng thứ Bảy 18/4 được không ạ? Em muốn anh xem trước giấy tờ và tư vấn thêm việc bé lớn (7 tuổi) sẽ được Tòa hỏi ý kiến như thế nào. Anh xác nhận giúp em qua số 0346 812 759 nhé.

Em Hằng

Gửi từ iPhone của tôi""",
        quote=dict(kind="reply",
                   attr="Vào 10:05, ngày 14 thg 4, 2026, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
                   text="""Chào chị Hằng,

Để chuẩn bị hồ sơ yêu cầu Tòa giao quyền nuôi hai cháu, chị vui lòng chuẩn bị:
- Giấy khai sinh của các cháu (bản sao);
- Giấy tờ chứng minh thu nhập ổn định (sao kê lương 6 tháng gần nhất);
- Giấy tờ về chỗ ở (hợp đồng thuê nhà hoặc giấy chứng nhận);
- Xác nhận của nhà trường nơi các cháu đang học (nếu có).

Khi chuẩn bị xong, chị liên hệ tôi để hẹn lịch, hoặc gọi hotline 1800 63 65.

Trân trọng,
LS. Lưu Minh Khoa
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
ĐT: (028) 3930 7152 - máy lẻ 14"""),
    ),
    # ------------------------------------------------------------------ 027
    dict(
        n=27, category="complaint", automated=False, language="vi",
        contact=dict(name="Ninh Văn Thuận", phone="+84396154827",
                     email="thuan.ninhvan@gmail.com", address=None),
        note="'Hủy hợp đồng dịch vụ' means cancelling the service contract, not deleting data; complaint about staff conduct with a refund demand.",
        style="gmail", cte="base64",
        to="support@thinhtrigroup.com",
        **{"from": ("Ninh Văn Thuận", "thuan.ninhvan@gmail.com")},
        subject="Phản ánh thái độ nhân viên và đề nghị hủy hợp đồng dịch vụ",
        date="2026-04-17 17:45:16",
        body="""Kính gửi Ban Giám đốc,

Tôi là Ninh Văn Thuận, ký hợp đồng với Công ty ngày 25/3/2026 để làm thủ tục đăng ký hộ kinh doanh và đăng ký nhãn hiệu cho tiệm bánh của vợ chồng tôi.

Chiều 16/4 tôi lên văn phòng nộp bổ sung giấy tờ. Nhân viên tiếp nhận ở bàn số 2 không chào hỏi, nói chuyện điện thoại riêng gần 20 phút để tôi đứng chờ; khi tôi hỏi thì trả lời "hồ sơ anh thiếu lung tung, về bổ sung đi rồi tính", trước mặt nhiều khách khác. Trong khi giấy tờ tôi mang theo đúng danh sách Công ty đã gửi qua email.

Tôi rất bức xúc. Tôi đề nghị hủy hợp đồng dịch vụ, hoàn lại 3.000.000 đồng đã tạm ứng và Công ty có lời xin lỗi chính thức.

Ninh Văn Thuận
0396 154 827""",
    ),
    # ------------------------------------------------------------------ 028
    dict(
        n=28, category="access_request", automated=False, language="vi",
        contact=dict(name="Mai Xuan Tien", phone="+84818592340",
                     email="maixuantien.ct@gmail.com", address=None),
        style="gmail", cte="7bit",
        **{"from": ("Tien Mai", "maixuantien.ct@gmail.com")},
        subject="yeu cau cung cap thong tin ca nhan cong ty dang luu",
        date="2026-04-18 08:20:44",
        body="""Chao cong ty,
Toi la Mai Xuan Tien, nam ngoai co thue cong ty lam ho so tranh chap dat voi chu dat cu o Can Tho. Vu viec da xong.
Toi muon cong ty cho toi biet:
1. Cong ty con luu nhung thong tin, giay to gi cua toi (ghi ro tung loai);
2. Nhung thong tin do da cung cap cho ai ngoai cong ty chua (toa an, van phong cong chung, ben kia...);
3. Gui cho toi mot ban sao cac tai lieu do qua email nay.
SDT: 0818 592 340
Mai Xuan Tien""",
    ),
    # ------------------------------------------------------------------ 029
    dict(
        n=29, category="correction_request", automated=False, language="vi",
        contact=dict(name="Giap Thi Thu Ha", phone="+84973248619",
                     email="giapthuha.bg@gmail.com", address=None),
        note="The 12-digit CCCD numbers starting with 0 are ID numbers, not phones.",
        style="iphone_plain", cte="7bit", cs_label="utf-8",
        msgid_domain="gmail.com",
        headers=[("X-Mailer", "iPhone Mail (22E252)")],
        to="support@thinhtrigroup.com",
        **{"from": ("Thu Ha Giap", "giapthuha.bg@gmail.com")},
        subject="sua so CCCD trong ho so mua ban dat",
        date="2026-04-18 12:06:31",
        body="""Chao anh chi,
Em la Giap Thi Thu Ha, dang nho cong ty lam ho so nhan chuyen nhuong lo dat o Bac Giang (nay la Bac Ninh).
Em kiem tra lai ban du thao hop dong anh chi gui thi so CCCD cua em bi sai 2 so cuoi: dang ghi 024190013356, dung la 024190013365. Ngay cap cung sai, dung la 15/08/2021.
Nho anh chi sua lai trong he thong va trong hop dong truoc khi ra cong chung giup em a. Co gi goi em 0973 248 619.
Em cam on.""",
    ),
    # ------------------------------------------------------------------ 030
    dict(
        n=30, category="unknown", automated=False, language="vi",
        contact=dict(name="Ung Thi Lan", phone="+84392716485",
                     email="ungthilan1968@gmail.com", address=None),
        note="Thanks-only reply after a finished matter; no request.",
        style="gmail", cte="7bit",
        in_reply_to="<0a6d3b18-94e2-4c71-b0f5-8e2c61d7a913@thinhtrigroup.com>",
        **{"from": ("Lan Ung", "ungthilan1968@gmail.com")},
        subject="Re: Ket qua hoa giai tranh chap dat",
        date="2026-04-19 06:51:09",
        body="""cam on luat su Nam va cong ty nhieu. hom qua ben kia da ky bien ban hoa giai thanh va tra lai phan dat roi, ca nha toi rat mung. chuc cong ty lam an phat dat.
Ung Thi Lan
0392 716 485""",
    ),
    # ------------------------------------------------------------------ 031
    dict(
        n=31, category="service_request", automated=False, language="vi",
        contact=dict(name="Văn Thị Hồng Nhung", phone="+84784530962",
                     email="hongnhung.van92@gmail.com", address=None),
        note="Explicitly 'không phải để khiếu nại'; asks for case status and an appointment.",
        style="plain", cte="8bit",
        msgid_style="gmail",
        **{"from": ("Văn Thị Hồng Nhung", "hongnhung.van92@gmail.com")},
        subject="Hỏi tiến độ hồ sơ ly hôn và xin lịch hẹn luật sư",
        date="2026-04-19 15:33:27",
        body="""Chào anh chị,

Em là Văn Thị Hồng Nhung, khách hàng làm hồ sơ ly hôn đơn phương với luật sư Quách Thành Nam từ tháng 2.

Em viết thư này không phải để khiếu nại gì đâu ạ, chỉ là gần một tháng rồi em chưa nghe tin gì nên hơi lo. Anh chị cho em hỏi đơn khởi kiện đã nộp lên Tòa chưa, Tòa đã thụ lý chưa, và em có phải nộp tạm ứng án phí không?

Em cũng muốn xin một buổi gặp luật sư Nam trong tuần sau để hỏi thêm về việc chia căn nhà ở Dĩ An. Em rảnh chiều thứ Ba hoặc thứ Tư. Anh chị gọi em số 0784 530 962 nhé.

Em cảm ơn nhiều ạ.""",
    ),
    # ------------------------------------------------------------------ 032
    dict(
        n=32, category="complaint", automated=False, language="mixed",
        contact=dict(name="Mẫn Đức Trung", phone="+84938617025",
                     email="trung.man@northstarcoffee.vn", address=None),
        style="outlook", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        to="support@thinhtrigroup.com",
        **{"from": ("Mẫn Đức Trung", "trung.man@northstarcoffee.vn")},
        subject="Complaint - hồ sơ thành lập công ty trễ 5 tuần, ảnh hưởng deal với đối tác",
        date="2026-04-20 09:14:02",
        body="""Dear Thịnh Trí,

Mình là Mẫn Đức Trung, founder của North Star Coffee Roasters. Ngày 10/3 mình đã ký engagement letter với bên mình để thành lập công ty TNHH, cam kết timeline 7 working days có ERC, và mình đã chuyển full fee.

Đến hôm nay 20/4 vẫn chưa có ERC. Mỗi lần mình follow up thì câu trả lời là "đang chờ Sở", nhưng tuần trước mình gọi thẳng lên Phòng Đăng ký kinh doanh thì mới biết hồ sơ bị trả về từ 20/3 vì sai mã ngành mà không ai báo cho mình. Vì chưa có pháp nhân nên mình đã lỡ hợp đồng cung cấp cà phê cho một chuỗi khách sạn, thiệt hại khá lớn.

Mình rất thất vọng với cách communicate của team. Mình cần: (1) giải trình bằng văn bản vì sao không thông báo, (2) nộp lại hồ sơ ngay trong tuần này, (3) đề xuất mức refund hoặc bồi thường.

Mẫn Đức Trung
Founder - North Star Coffee Roasters
Mobile: 0938 617 025""",
    ),
    # ------------------------------------------------------------------ 033
    dict(
        n=33, category="deletion_request", automated=False, language="vi",
        contact=dict(name="Phí Thị Kim Thoa", phone=None,
                     email="kimthoa.phi@gmail.com", address=None),
        note="Polite deletion request: 'hủy toàn bộ hồ sơ' here means destroying her records. No phone given; she asks not to be called.",
        style="gmail", cte="quoted-printable",
        **{"from": ("Phí Thị Kim Thoa", "kimthoa.phi@gmail.com")},
        subject="Về hồ sơ tư vấn ly hôn năm ngoái",
        date="2026-04-20 22:48:35",
        body="""Kính gửi Công ty,

Tôi là Phí Thị Kim Thoa. Tháng 8 năm ngoái tôi có đến văn phòng Công ty tư vấn về việc ly hôn và có để lại bản sao giấy tờ tùy thân, giấy đăng ký kết hôn và một bản tường trình hoàn cảnh gia đình.

Nay vợ chồng tôi đã hàn gắn, không còn ý định ly hôn. Tôi không muốn những giấy tờ và chuyện riêng đó còn lưu ở đâu nữa, sợ người nhà vô tình biết được. Kính mong Công ty hủy toàn bộ hồ sơ và thông tin của tôi, và từ nay không liên lạc với tôi về việc này.

Khi đã xong, Công ty chỉ cần trả lời email này một dòng là được, xin đừng gọi điện về nhà.

Xin cảm ơn.
Phí Thị Kim Thoa""",
    ),
    # ------------------------------------------------------------------ 034
    dict(
        n=34, category="access_request", automated=False, language="mixed",
        contact=dict(name="Trần Quốc Khải", phone="+14085550192",
                     email="kevin.tran.sj@gmail.com", address=None),
        note="Overseas sender: his own number is a US WhatsApp number, labelled in E.164 (+1...). Name written 'Trần Quốc Khải (Kevin)'.",
        style="iphone_plain", cte="quoted-printable", tz="-0700",
        msgid_domain="gmail.com",
        headers=[("X-Mailer", "iPhone Mail (22E252)")],
        **{"from": ("Kevin Tran", "kevin.tran.sj@gmail.com")},
        subject="Request a copy of my info - hồ sơ thừa kế 2024",
        date="2026-04-21 07:12:40",
        body="""Chào anh chị,

Mình là Trần Quốc Khải (Kevin), Việt kiều ở San Jose. Năm 2024 mình có ủy quyền cho Thịnh Trí làm hồ sơ từ chối nhận di sản, phần của mình trong căn nhà của bà ngoại ở Huế.

Mình đang làm hồ sơ thuế bên Mỹ nên cần biết chính xác bên mình đang lưu những giấy tờ gì của mình: passport copy, giấy ủy quyền có hợp pháp hóa lãnh sự, văn bản từ chối nhận di sản, và các email trao đổi. Nhờ anh chị gửi mình bản copy toàn bộ những tài liệu và dữ liệu cá nhân đó qua email này (PDF là ok).

Nếu cần verify danh tính thì gọi mình qua WhatsApp +1 408 555 0192 nha. Thanks!

Kevin

Sent from my iPhone""",
    ),
    # ------------------------------------------------------------------ 035
    dict(
        n=35, category="service_request", automated=False, language="en",
        contact=dict(name="Park Ji-hoon", phone="+84329874163",
                     email="jihoon.park@hanseong-precision.co.kr", address=None),
        note="'Confidentiality clause' is part of the contract review, not a privacy request.",
        style="outlook", cte="7bit",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        **{"from": ("Park Ji-hoon", "jihoon.park@hanseong-precision.co.kr")},
        subject="Legal due diligence for factory land lease in Bac Ninh",
        date="2026-04-21 14:27:55",
        body="""Dear Thinh Tri Legal,

Hanseong Precision is planning to lease about 2 hectares of land with existing factory buildings in an industrial cluster in Bac Ninh province for 30 years. The lessor is a Vietnamese private company which itself leases the land from the cluster developer.

Before we sign, we would like your firm to:
1. Review the lessor's land use documents and confirm whether it has the right to sublease;
2. Check for mortgages, disputes or planning issues affecting the plot;
3. Review the draft lease contract (Korean/Vietnamese, about 40 pages), including the confidentiality clause covering our production process.

Please send us your fee proposal and timeline. I am in Vietnam until 30 April; my local mobile is 0329 874 163.

Best regards,
Park Ji-hoon
Deputy General Manager, Hanseong Precision Co., Ltd.""",
    ),
    # ------------------------------------------------------------------ 036
    dict(
        n=36, category="unknown", automated=True, language="en",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Bounce of the firm's own mail (mailbox full); the embedded original contains a client's name and phone but is not customer text.",
        kind="bounce", style="plain",
        msgid="<20260422091544.4B7E2A10C3@mail.thinhtrigroup.com>",
        return_path="<>",
        headers=[("Auto-Submitted", "auto-replied")],
        from_raw="MAILER-DAEMON@mail.thinhtrigroup.com (Mail Delivery System)",
        **{"from": (None, "MAILER-DAEMON@mail.thinhtrigroup.com")},
        subject="Undelivered Mail Returned to Sender",
        date="2026-04-22 09:15:44",
        body="",
        bounce=dict(
            notice="""This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<quocvinh.kha@vnn.vn>: host mx1.vnn.vn[203.162.4.190] said: 552 5.2.2
    Mailbox full: quota exceeded (in reply to end of DATA command)
""",
            status_blocks=[
                [("Reporting-MTA", "dns; mail.thinhtrigroup.com"),
                 ("X-Postfix-Queue-ID", "4B7E2A10C3"),
                 ("X-Postfix-Sender", "rfc822; info@thinhtrigroup.com"),
                 ("Arrival-Date", "Wed, 22 Apr 2026 09:15:41 +0700 (+07)")],
                [("Final-Recipient", "rfc822; quocvinh.kha@vnn.vn"),
                 ("Original-Recipient", "rfc822;quocvinh.kha@vnn.vn"),
                 ("Action", "failed"),
                 ("Status", "5.2.2"),
                 ("Remote-MTA", "dns; mx1.vnn.vn"),
                 ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full: quota exceeded")],
            ],
            original=dict(
                **{"from": ("Thịnh Trí Group", "info@thinhtrigroup.com")},
                to="quocvinh.kha@vnn.vn",
                subject="Re: Hồ sơ khai nhận di sản - bổ sung căn cước và trích lục khai tử",
                date="Wed, 22 Apr 2026 09:15:40 +0700",
                msgid="<5f0e2b7a-3c19-4d8e-9a61-b2c7d4e8f015@thinhtrigroup.com>",
                body="""Kính gửi anh Kha Quốc Vinh,

Để hoàn tất hồ sơ khai nhận di sản của cụ Kha Văn Lực, anh vui lòng gửi bổ sung: bản sao căn cước của anh và chị Kha Thị Mỹ, trích lục khai tử của cụ. Chúng tôi đã gọi số 0916 250 784 của anh hai lần nhưng chưa liên lạc được.

Trân trọng,
Đặng Ngọc Hân
Thịnh Trí Group | Hotline: 1800 63 65""",
            ),
        ),
    ),
    # ------------------------------------------------------------------ 037
    dict(
        n=37, category="correction_request", automated=False, language="mixed",
        contact=dict(name="Từ Ngọc Vân", phone=None,
                     email="vivian.tu.ngocvan@gmail.com",
                     address="Căn C-0706, chung cư Lotus Park, 88 Lũy Bán Bích, Phường Phú Thạnh, TP.HCM"),
        style="gmail", cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Vivian Tu", "vivian.tu.ngocvan@gmail.com")},
        subject="Đổi địa chỉ nhận hồ sơ / change of mailing address",
        date="2026-04-22 16:40:12",
        body="""Hi anh chị,

Mình là Từ Ngọc Vân (Vivian), client bên mảng real estate, đang làm hồ sơ sang tên căn shophouse với anh Khoa.

Mình vừa move nhà nên nhờ anh chị update địa chỉ để gửi bản gốc hợp đồng và giấy tờ về chỗ mới giúp mình:

New address: Căn C-0706, chung cư Lotus Park, 88 Lũy Bán Bích, Phường Phú Thạnh, TP.HCM

Số phone và email không đổi nha. Thanks a lot!

Vivian""",
    ),
    # ------------------------------------------------------------------ 038
    dict(
        n=38, category="complaint", automated=False, language="en",
        contact=dict(name="Aaron Mitchell", phone="+84387615904",
                     email="aaron.mitchell.vn@gmail.com", address=None),
        note="Reply; only the top part is new. Quoted lawyer's direct line and the firm hotline are not the sender's.",
        style="thunderbird", cte="7bit",
        msgid_domain="gmail.com",
        in_reply_to="<7d3c90e2-1f4b-4a7d-8c25-e06b19f4a3d7@thinhtrigroup.com>",
        headers=[("User-Agent", "Mozilla Thunderbird")],
        to="support@thinhtrigroup.com",
        **{"from": ("Aaron Mitchell", "aaron.mitchell.vn@gmail.com")},
        subject="Re: Draft demand letter to Everbright Logistics - for your approval",
        date="2026-04-23 08:03:26",
        body="""Hello Mr. Nam,

I have just learned from a former colleague that your demand letter was ALREADY sent to Everbright on Tuesday, before I had replied to this email with my approval. Worse, the version that was sent includes my psychiatrist's diagnosis and the details of my sick leave, which I specifically asked you on the phone to leave out.

My medical history is now on the desk of the HR team I am in a dispute with. I did not consent to this. I want a written explanation of how this happened and who approved sending it, and I want to know what the firm intends to do to limit the damage. I am also considering whether to continue with your firm.

Aaron Mitchell
+84 387 615 904""",
        quote=dict(kind="reply",
                   attr="On 17/04/2026 17:20, Quach Thanh Nam wrote:",
                   text="""Dear Mr. Mitchell,

Please find attached the draft demand letter to Everbright Logistics regarding your unpaid salary and the termination of your contract. Kindly review it and confirm your approval by Thursday so that we can send it.

If you have any questions, please call me at (028) 3930 7152 ext. 21 or our hotline 1800 63 65.

Best regards,
Quach Thanh Nam
Thinh Tri Legal"""),
    ),
    # ------------------------------------------------------------------ 039
    dict(
        n=39, category="deletion_request", automated=False, language="vi",
        contact=dict(name="Cù Thị Mai Phương", phone="+84357209846",
                     email="maiphuong.cu@outlook.com", address=None),
        note="Forward of the firm's own marketing mail; the hotline in the forwarded part is the firm's.",
        style="owa", cte="quoted-printable",
        **{"from": ("Cù Thị Mai Phương", "maiphuong.cu@outlook.com")},
        subject="FW: [Thịnh Trí] Ưu đãi 20% phí tư vấn thừa kế - chỉ trong tháng 4",
        date="2026-04-23 19:57:03",
        body="""Gửi Thịnh Trí,

Tôi chưa từng sử dụng dịch vụ của Công ty, chỉ gọi hotline hỏi một câu về phí công chứng cách đây hai năm. Vậy mà tôi vẫn nhận được email quảng cáo như bên dưới.

Đề nghị Công ty xóa tên, email và số điện thoại của tôi khỏi mọi danh sách khách hàng và danh sách gửi quảng cáo, và xác nhận lại khi đã xóa.

Cù Thị Mai Phương
0357 209 846""",
        quote=dict(kind="outlook",
                   attr="""From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: Monday, April 20, 2026 9:00 AM
To: maiphuong.cu@outlook.com <maiphuong.cu@outlook.com>
Subject: [Thịnh Trí] Ưu đãi 20% phí tư vấn thừa kế - chỉ trong tháng 4""",
                   text="""Kính gửi Quý khách,

Nhân mùa cao điểm hồ sơ thừa kế, Thịnh Trí giảm 20% phí tư vấn khai nhận di sản, lập di chúc và phân chia tài sản thừa kế cho các hồ sơ đăng ký trước ngày 30/4/2026.

Đặt lịch ngay: 1800 63 65 | thinhtrigroup.com
Để ngừng nhận thư, vui lòng trả lời email này."""),
    ),
    # ------------------------------------------------------------------ 040
    dict(
        n=40, category="service_request", automated=False, language="vi",
        contact=dict(name="Châu Văn Khiêm", phone="+842773824619",
                     email="khiemchau1955@yahoo.com.vn",
                     address="số 45 ấp Tân Phú, xã Cái Bè, tỉnh Đồng Tháp"),
        note="Body is windows-1258 with combining tone marks; compare after NFC normalisation. Address is given inline as where the sender lives; home landline.",
        style="oe1258", cte="quoted-printable",
        msgid_domain="KHIEM-PC",
        headers=[
            ("X-Priority", "3"),
            ("X-MSMail-Priority", "Normal"),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
        ],
        **{"from": ("Châu Văn Khiêm", "khiemchau1955@yahoo.com.vn")},
        subject="Hỏi thủ tục tặng cho đất cho các con",
        date="2026-04-24 07:31:18",
        body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Châu Văn Khiêm, năm nay 71 tuổi, ở tại số 45 ấp Tân Phú, xã Cái Bè, tỉnh Đồng Tháp. Vợ chồng tôi có 3.000m2 đất vườn và đất ở, muốn chia ra tặng cho ba người con mỗi đứa một phần khi còn sống, để sau này các con khỏi tranh chấp.

Xin Công ty cho biết:
- Tặng cho thì phải làm thủ tục tách thửa trước hay làm cùng một lúc;
- Con nhận đất tặng cho của cha mẹ có phải đóng thuế không;
- Chi phí nếu Công ty làm giúp từ đầu đến cuối.

Tôi ở xa, đi lại khó khăn, mong Công ty trả lời qua thư này hoặc gọi số nhà 0277 3824 619.

Kính thư,
Châu Văn Khiêm""",
    ),
    # ------------------------------------------------------------------ 041
    dict(
        n=41, category="unknown", automated=False, language="en",
        contact=dict(name="James Whitmore", phone="+447700900418",
                     email="j.whitmore.chambers@gmail.com", address=None),
        note="Advance-fee scam framed as an inheritance matter; asks for 'local counsel' but is spam.",
        style="plain", cte="7bit", tz="+0000",
        msgid_style="gmail",
        **{"from": ("Barrister James Whitmore", "j.whitmore.chambers@gmail.com")},
        subject="URGENT: Unclaimed estate of late Mr. Robert Thinh - next of kin",
        date="2026-04-24 03:17:45",
        body="""Dear Colleague,

I am Barrister James Whitmore, personal attorney to the late Mr. Robert Thinh, a businessman who died intestate in 2023 leaving the sum of USD 8,700,000 in a deposit account in London. As he shares the name of your firm, I believe we can present your firm as next of kin and beneficiary.

I require a reputable law firm in Vietnam to act as local counsel. Your firm will receive 40% of the total sum for your services. This transaction is 100% risk free.

Kindly reply with the full name of your director, a direct phone number and your company bank details so that the documentation can commence.

Yours faithfully,
James Whitmore
Direct line: +44 7700 900418""",
    ),
    # ------------------------------------------------------------------ 042
    dict(
        n=42, category="access_request", automated=False, language="vi",
        contact=dict(name="Tăng Thị Bích Ngọc", phone="+84868145372",
                     email="bichngoc.tang@gmail.com", address=None),
        note="'Không khiếu nại gì cả' — a plain access request.",
        style="gmail", cte="base64",
        **{"from": ("Tăng Thị Bích Ngọc", "bichngoc.tang@gmail.com")},
        subject="Hỏi Công ty đang lưu những thông tin gì về tôi",
        date="2026-04-24 20:09:52",
        body="""Chào Công ty,

Tôi là Tăng Thị Bích Ngọc. Năm 2024 tôi có nhờ Công ty tư vấn về tranh chấp hợp đồng lao động với công ty cũ, sau đó tôi tự thương lượng được nên không tiếp tục.

Tôi nói trước là tôi không khiếu nại gì cả, lúc đó Công ty tư vấn rất tốt. Chỉ là sắp tới tôi về làm cho một công ty cùng ngành nên muốn biết rõ Công ty hiện còn lưu những thông tin nào của tôi (họ tên, số điện thoại, hợp đồng lao động, bảng lương, ghi chép buổi tư vấn...), lưu đến khi nào, và xin một bản sao các thông tin đó.

Số điện thoại của tôi: 0868 145 372.

Cảm ơn Công ty.""",
    ),
    # ------------------------------------------------------------------ 043
    dict(
        n=43, category="complaint", automated=False, language="vi",
        contact=dict(name="Khúc Văn Định", phone="+84948603517",
                     email="khucvandinh@gmail.com", address=None),
        note="Refers to an earlier deletion request, but this mail complains that it was ignored and demands a written explanation: complaint. Borderline with deletion_request.",
        style="gmail", cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Khúc Văn Định", "khucvandinh@gmail.com")},
        subject="Khiếu nại: đã yêu cầu xóa số điện thoại từ tháng 3 nhưng vẫn bị gọi",
        date="2026-04-25 08:12:30",
        body="""Kính gửi Công ty Thịnh Trí,

Ngày 12/3/2026 tôi đã gửi email yêu cầu Công ty xóa số điện thoại và thông tin của tôi khỏi danh sách chăm sóc khách hàng, và đã được nhân viên trả lời "đã ghi nhận, sẽ xử lý trong 72 giờ".

Vậy mà từ đó đến nay tôi vẫn bị gọi thêm 4 lần, lần gần nhất sáng nay 25/4 lúc 7h40, mời tham dự hội thảo về thừa kế. Nhân viên gọi còn đọc đúng họ tên tôi và nói tôi "đã đăng ký tư vấn", điều hoàn toàn không đúng.

Tôi thấy Công ty coi thường yêu cầu của khách hàng và không tôn trọng quy định về bảo vệ dữ liệu cá nhân. Tôi đề nghị Công ty trả lời bằng văn bản: vì sao yêu cầu trước của tôi không được thực hiện, ai chịu trách nhiệm, và Công ty đã chuyển số của tôi cho bên nào gọi điện. Nếu còn bị làm phiền, tôi sẽ gửi đơn đến cơ quan có thẩm quyền.

Khúc Văn Định
0948 603 517""",
    ),
    # ------------------------------------------------------------------ 044
    dict(
        n=44, category="correction_request", automated=False, language="en",
        contact=dict(name="Hiroshi Tanaka", phone="+842838246193",
                     email="h.tanaka@tanaka-koki.co.jp",
                     address="Floor 9, Kamome Building, 15 Le Thanh Ton, Sai Gon Ward, Ho Chi Minh City"),
        note="Office address and direct landline are the ones he asks to be recorded; the staff name (Dang Ngoc Han) is the firm's.",
        style="outlook", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        to="support@thinhtrigroup.com",
        **{"from": ("Hiroshi Tanaka", "h.tanaka@tanaka-koki.co.jp")},
        subject="Change of address and phone number for our files",
        date="2026-04-27 10:44:08",
        body="""Dear Thinh Tri team,

I am the client in the labour dispute with our former sales manager, which Ms. Dang Ngoc Han is handling. Our representative office has moved and I have also changed my local number.

Please update your records for me as follows:
Address: Floor 9, Kamome Building, 15 Le Thanh Ton, Sai Gon Ward, Ho Chi Minh City
Direct line: (028) 3824 6193

Please send the original court documents to the new address. My email address is unchanged.

Best regards,
Hiroshi Tanaka
Chief Representative, Tanaka Koki Co., Ltd. - Representative Office in HCMC""",
    ),
    # ------------------------------------------------------------------ 045
    dict(
        n=45, category="service_request", automated=False, language="vi",
        contact=dict(name="Kim Thị Mỹ Duyên", phone="+84971538206",
                     email="myduyen.kim95@gmail.com", address=None),
        note="The only number given is her husband's, but she explicitly says it is where to reach her, so it is the contact phone.",
        style="gmail", cte="quoted-printable",
        **{"from": ("Kim Thị Mỹ Duyên", "myduyen.kim95@gmail.com")},
        subject="Bị cho nghỉ việc khi đang nuôi con nhỏ, nhờ luật sư tư vấn",
        date="2026-04-27 21:26:14",
        body="""Chào luật sư,

Em là Kim Thị Mỹ Duyên, làm kế toán cho một công ty may ở Bình Dương cũ được 4 năm, hợp đồng không xác định thời hạn. Em vừa đi làm lại sau 6 tháng nghỉ thai sản thì công ty ra quyết định chấm dứt hợp đồng với lý do "tái cơ cấu", trong khi con em mới 7 tháng tuổi.

Em muốn hỏi công ty làm vậy có đúng luật không, em có thể đòi những khoản gì và nên khiếu nại lên đâu trước. Nếu phải khởi kiện thì em muốn thuê luật sư bên mình.

Điện thoại em đang hư, mấy hôm nay anh chị gọi giúp vào số của chồng em là anh Sơn, 0971 538 206, em đều nghe được ạ.

Em cảm ơn.""",
    ),
    # ------------------------------------------------------------------ 046
    dict(
        n=46, category="deletion_request", automated=False, language="en",
        contact=dict(name="Oliver Grant", phone=None,
                     email="olivergrant.hcm@gmail.com", address=None),
        note="Reply; only the top part is new. The quoted firm invitation contains the firm's hotline.",
        style="gmail", cte="7bit",
        in_reply_to="<e2b8c614-9a07-4f3d-a1c5-67d0f9b2e384@thinhtrigroup.com>",
        **{"from": ("Oliver Grant", "olivergrant.hcm@gmail.com")},
        subject="Re: Invitation: free seminar on buying property in Vietnam as a foreigner",
        date="2026-04-28 12:35:47",
        body="""Hi,

Please take me off your mailing list and delete my details from your database: my name, email and the phone number I gave at the property expo in January. I'm no longer planning to buy in Vietnam and don't want any further calls or emails.

A short confirmation would be appreciated.

Oliver Grant""",
        quote=dict(kind="reply",
                   attr="On Mon, 27 Apr 2026 at 09:00, Thinh Tri Group <info@thinhtrigroup.com> wrote:",
                   text="""Dear Oliver,

Thank you for visiting our booth at the Saigon Property Expo. We are pleased to invite you to our free seminar "Buying property in Vietnam as a foreigner: what you can and cannot own" on Saturday 9 May 2026, 9:00-11:30, at our office.

To register, reply to this email or call our hotline 1800 63 65.

Thinh Tri Legal"""),
    ),
    # ------------------------------------------------------------------ 047
    dict(
        n=47, category="unknown", automated=False, language="vi",
        contact=dict(name="Đàm Thị Thanh Xuân", phone=None,
                     email="thanhxuan.dam@gmail.com", address=None),
        note="Misdirected personal message to the sender's sister (land papers, a lawyer visit); no request to the firm. Full name only in the From display name.",
        style="gmail", cte="quoted-printable",
        attach=[("jpg", "so-do-trang-1.jpg"), ("jpg", "giay-ba-viet-tay.jpg")],
        **{"from": ("Đàm Thị Thanh Xuân", "thanhxuan.dam@gmail.com")},
        subject="ảnh sổ đỏ với giấy ba viết",
        date="2026-04-29 09:58:21",
        body="""Chị Hai ơi,

Em gửi chị ảnh chụp sổ đỏ với tờ giấy ba viết tay chia đất hồi trước, chị xem rồi mang theo bản chính khi đi gặp luật sư thứ Bảy này nha. Em bận không về được, có gì chị gọi em.

Út Xuân""",
    ),
    # ------------------------------------------------------------------ 048
    dict(
        n=48, category="complaint", automated=False, language="vi",
        contact=dict(name="Thân Văn Cường", phone="+84865349120",
                     email="cuongthan.bn@gmail.com",
                     address="Số 9 ngõ 34 đường Nguyễn Trãi, Phường Kinh Bắc, tỉnh Bắc Ninh"),
        note="Asks to fix errors in a contract the firm drafted (not his personal data on file) plus refund and costs: complaint.",
        style="gmail", html_only=True, cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Thân Văn Cường", "cuongthan.bn@gmail.com")},
        subject="Hợp đồng Công ty soạn sai số thửa, bị phòng công chứng từ chối",
        date="2026-04-29 11:20:36",
        body="""Kính gửi Công ty,

Tôi là Thân Văn Cường. Công ty nhận soạn hợp đồng chuyển nhượng quyền sử dụng đất cho tôi với phí 4.500.000 đồng. Sáng 28/4 hai bên mua bán đến văn phòng công chứng thì bị từ chối vì hợp đồng ghi thửa đất số 382 trong khi sổ đỏ ghi thửa số 328, diện tích cũng ghi sai từ 112,5m2 thành 125,5m2.

Bên mua đi từ Hà Nội về phải quay về không, giờ đòi tôi chịu chi phí đi lại và đòi xem xét lại khoản đặt cọc. Trước khi ký tôi đã dặn nhân viên đối chiếu kỹ với bản sao sổ tôi gửi.

Tôi yêu cầu Công ty sửa hợp đồng ngay trong ngày, hoàn lại phí soạn thảo và chịu chi phí phát sinh cho buổi công chứng bị hủy. Đề nghị trả lời sớm.

Thân Văn Cường
Số 9 ngõ 34 đường Nguyễn Trãi, Phường Kinh Bắc, tỉnh Bắc Ninh
ĐT: 0865 349 120""",
    ),
    # ------------------------------------------------------------------ 049
    dict(
        n=49, category="access_request", automated=False, language="en",
        contact=dict(name="Elena Petrova", phone="+84902731586",
                     email="elena.petrova.m@gmail.com", address=None),
        note="Asks for replies at a personal address in the body, which differs from the From address; the successor (Sergey Ivanov) is also named.",
        style="outlook", cte="7bit",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        **{"from": ("Elena Petrova", "elena.petrova@volnaimport.vn")},
        subject="What personal data do you still hold about me?",
        date="2026-04-30 09:51:23",
        body="""Dear Thinh Tri Legal,

In 2023 your firm incorporated our subsidiary, Volna Import Vietnam LLC, and I acted as its legal representative until I handed over to my successor, Mr. Sergey Ivanov, in January 2026.

As I am no longer involved with the company, I would like to know what personal data about me your firm still keeps (for example my passport copies, temporary residence card, signature specimens and personal contact details) and to receive a copy of it.

Please reply to my personal address elena.petrova.m@gmail.com rather than this company mailbox, which I will lose access to soon.

Kind regards,
Elena Petrova
+84 902 731 586""",
    ),
    # ------------------------------------------------------------------ 050
    dict(
        n=50, category="correction_request", automated=False, language="vi",
        contact=dict(name="Âu Minh Tuấn", phone="+84912684039",
                     email="auminhtuan.qn@gmail.com", address=None),
        note="Misspelt 'gmial.com' address also appears; the contact email is the correct one (same as From). 'Không phải khiếu nại'.",
        style="gmail", cte="base64",
        to="support@thinhtrigroup.com",
        **{"from": ("Âu Minh Tuấn", "auminhtuan.qn@gmail.com")},
        subject="Sửa lại email liên hệ trong hồ sơ",
        date="2026-04-30 16:17:05",
        body="""Chào anh chị,

Tôi là Âu Minh Tuấn, đang nhờ Công ty làm thủ tục đăng ký thay đổi người đại diện theo pháp luật cho công ty gia đình.

Không phải khiếu nại gì đâu, chỉ là mấy tuần nay tôi không nhận được email nào của bên mình, hỏi ra mới biết trong hồ sơ đang ghi email của tôi là auminhtuan.qn@gmial.com (sai chính tả). Email đúng là auminhtuan.qn@gmail.com, chính là email tôi đang dùng để gửi thư này. Nhờ anh chị sửa lại trong hệ thống giúp.

Điện thoại vẫn là 0912 684 039.

Cảm ơn anh chị.
Âu Minh Tuấn""",
    ),
]
