# -*- coding: utf-8 -*-
"""Message data for h28_001 ... h28_025 (see make.py)."""

FIRM_SIG_VI = """Trân trọng,
LS. Lưu Minh Khoa
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
ĐT: (028) 3930 7152 - máy lẻ 14 | Hotline: 1800 63 65"""

MSGS = [
    # ------------------------------------------------------------------ 001
    dict(
        n=1, category="service_request", automated=False, language="vi",
        contact=dict(name="Võ Thị Ngọc Diệp", phone="+84388241975",
                     email="ngocdiep.vo84@gmail.com", address=None),
        style="gmail", cte="base64",
        attach=[("jpg", "hang-rao-lan-ranh.jpg")],
        **{"from": ("Võ Thị Ngọc Diệp", "ngocdiep.vo84@gmail.com")},
        subject="Nhờ luật sư tư vấn tranh chấp ranh giới đất với nhà hàng xóm",
        date="2026-04-01 07:48:19",
        body="""Chào Công ty Thịnh Trí,

Tôi là Võ Thị Ngọc Diệp. Gia đình tôi có mảnh đất vườn khoảng 600m2 ở Củ Chi, đã có sổ từ năm 2009. Tháng trước nhà hàng xóm xây lại hàng rào và lấn sang phần đất nhà tôi chừng 0,8m, chạy suốt chiều dài 25m. Tôi đã báo ấp và xã, xã hẹn hòa giải vào ngày 17/4 tới.

Tôi muốn nhờ luật sư:
- Xem giúp giấy tờ đất và trích lục bản đồ địa chính tôi đang có;
- Đi cùng tôi buổi hòa giải ở UBND xã;
- Nếu hòa giải không thành thì tư vấn khởi kiện ra tòa.

Tôi gửi kèm ảnh chụp hàng rào mới xây. Chi phí cho từng phần như thế nào, anh chị báo giúp tôi. Số của tôi: 0388 241 975 (có Zalo).

Cảm ơn anh chị,
Ngọc Diệp""",
    ),
    # ------------------------------------------------------------------ 002
    dict(
        n=2, category="deletion_request", automated=False, language="vi",
        contact=dict(name="Lam Tuan Kiet", phone="+84359627184",
                     email="kiet.lam.tuan@gmail.com", address=None),
        style="gmail", cte="7bit",
        **{"from": ("Kiet Lam", "kiet.lam.tuan@gmail.com")},
        subject="huy dang ky nhan tin + xoa so dt",
        date="2026-04-01 21:03:55",
        body="""chao ben minh,
toi la Lam Tuan Kiet. thang 3 toi co dang ky du buoi toa dam ve luat dat dai moi cua cty, tu do tuan nao cung co tin nhan zalo voi sms moi dich vu, ca email nua.
nho cty xoa so 0359 627 184 va email nay ra khoi danh sach gui tin, ko luu thong tin cua toi nua. cam on.""",
    ),
    # ------------------------------------------------------------------ 003
    dict(
        n=3, category="complaint", automated=False, language="vi",
        contact=dict(name="Đỗ Hoàng Yến", phone="+84862513409",
                     email="hoangyen.do@outlook.com", address=None),
        note="The lawyer named (Cao Văn Đạt) is firm staff; the sender is Đỗ Hoàng Yến. Fee reduction is asked for as part of the complaint.",
        style="owa", cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Đỗ Hoàng Yến", "hoangyen.do@outlook.com")},
        subject="Khiếu nại: luật sư vắng mặt buổi hòa giải tại Tòa",
        date="2026-04-02 16:22:07",
        body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Đỗ Hoàng Yến, khách hàng ký hợp đồng dịch vụ luật sư cho vụ ly hôn và tranh chấp quyền nuôi con tại Tòa án nhân dân khu vực 7 - TP.HCM.

Sáng nay 02/4/2026 Tòa mở phiên hòa giải lần hai. Luật sư Cao Văn Đạt phụ trách hồ sơ của tôi đã xác nhận qua điện thoại hôm thứ Hai là sẽ có mặt, nhưng đến giờ không thấy đến, gọi không nghe máy. Tôi phải tự trình bày trong khi phía chồng tôi có luật sư đi cùng. Thẩm phán lập biên bản và dời lịch, tôi mất thêm một ngày nghỉ làm.

Tôi đã thanh toán đủ phí giai đoạn 1 là 25.000.000 đồng. Tôi đề nghị Công ty giải thích bằng văn bản lý do luật sư vắng mặt, xem xét giảm phí tương ứng và cho tôi biết ai sẽ theo vụ này từ nay.

Đỗ Hoàng Yến
Điện thoại: 0862 513 409""",
    ),
    # ------------------------------------------------------------------ 004
    dict(
        n=4, category="unknown", automated=True, language="vi",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Bulk newsletter (List-Id, Precedence: bulk); mentions a privacy-policy update and 'xóa tài khoản' but is list mail, not a request.",
        style="newsletter", cte="base64",
        msgid="<5d1c7e0a92b34f6f.20260403063000@nhadatphaply.vn>",
        **{"from": ("Nhà Đất Pháp Lý", "bantin@nhadatphaply.vn")},
        subject="Bản tin tuần 14: Bảng giá đất 2026, sang tên sổ hồng và cập nhật Chính sách quyền riêng tư",
        date="2026-04-03 06:30:00",
        headers=[
            ("List-Id", "Ban tin Nha Dat Phap Ly <weekly.nhadatphaply.vn>"),
            ("List-Unsubscribe", "<https://nhadatphaply.vn/huy-dang-ky?u=a81f03c2&e=info%40thinhtrigroup.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Sendy 6.1.2"),
        ],
        body="""NHÀ ĐẤT PHÁP LÝ - BẢN TIN TUẦN 14/2026

Kính gửi Quý bạn đọc,

1. Bảng giá đất mới áp dụng từ năm 2026: những điểm người mua nhà cần biết trước khi đặt cọc.
2. Sang tên sổ hồng khi mua bán nhà: 5 lỗi thường gặp khiến hồ sơ bị trả về.
3. Hỏi - đáp: Đất nông nghiệp được thừa kế có phải nộp thuế thu nhập cá nhân không?
4. Thông báo: Chúng tôi đã cập nhật Chính sách quyền riêng tư và Điều khoản sử dụng, có hiệu lực từ ngày 15/04/2026.

Bạn nhận được thư này vì đã đăng ký tài khoản tại nhadatphaply.vn.
Quản lý tùy chọn nhận thư hoặc xóa tài khoản: https://nhadatphaply.vn/tai-khoan/tuy-chon?u=a81f03c2
Hủy đăng ký: https://nhadatphaply.vn/huy-dang-ky?u=a81f03c2""",
    ),
    # ------------------------------------------------------------------ 005
    dict(
        n=5, category="service_request", automated=False, language="en",
        contact=dict(name="Daniel Whitfield", phone="+84778302619",
                     email="daniel.whitfield@crestline-edu.vn", address=None),
        style="outlook", cte="quoted-printable",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        **{"from": ("Daniel Whitfield", "daniel.whitfield@crestline-edu.vn")},
        subject="Uncontested divorce and child arrangements - British national in HCMC",
        date="2026-04-03 12:41:36",
        body="""Dear Sir/Madam,

I am a British national and have lived in Ho Chi Minh City for nine years. My wife, a Vietnamese citizen, and I married here in 2018 and we have a son who is five. We have agreed to separate and would like to file for an uncontested divorce (thuận tình ly hôn).

We have largely agreed on the arrangements: our son will live with his mother, and I will have him every other weekend and for part of the summer holidays. We jointly own an apartment in Thu Duc that we intend to sell and split.

I would like to know:
1. Whether a foreigner can file for divorce in Vietnam and which court would handle it;
2. Which documents I need from the UK, and whether they have to be legalised;
3. How the court treats a custody arrangement that includes time abroad, as I may take my son to England in the summer;
4. Your fees and a rough timeline.

I am happy to come to your office. My mobile is 0778 302 619.

Kind regards,
Daniel Whitfield
Head of Science, Crestline International School""",
    ),
    # ------------------------------------------------------------------ 006
    dict(
        n=6, category="correction_request", automated=False, language="mixed",
        contact=dict(name="Phạm Minh Thư", phone="+84795118643",
                     email="thu.pham.minh@gmail.com", address=None),
        note="Old number 0917 455 302 also present; contact phone is the new one.",
        style="gmail", cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Minh Thu Pham", "thu.pham.minh@gmail.com")},
        subject="Update số điện thoại - hồ sơ thừa kế",
        senc="Q",
        date="2026-04-04 10:15:02",
        body="""Hi anh chị,

Em là Phạm Minh Thư, đang làm hồ sơ khai nhận thừa kế căn nhà ở Gò Vấp với chị Hân bên mình. Em mới đổi số nên nhờ anh chị update lại trong file giúp em nha:

- Số cũ: 0917 455 302 (không dùng nữa, em đã trả sim)
- Số mới: 0795 118 643

Có gì anh chị nhắn Zalo số mới luôn cũng được. Thanks anh chị nhiều!

Minh Thư""",
    ),
    # ------------------------------------------------------------------ 007
    dict(
        n=7, category="access_request", automated=False, language="vi",
        contact=dict(name="Hà Văn Lộc", phone="+842743827516",
                     email="halocbd1955@yahoo.com.vn",
                     address="Số 17 đường Lê Lợi, khu phố Phú Hòa, Phường Thủ Dầu Một, TP.HCM"),
        note="Body is windows-1258 with combining tone marks; compare after NFC normalisation. Home landline given.",
        style="oe1258", cte="quoted-printable",
        msgid_domain="LOC-PC",
        headers=[
            ("X-Priority", "3"),
            ("X-MSMail-Priority", "Normal"),
            ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
            ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
        ],
        **{"from": ("Hà Văn Lộc", "halocbd1955@yahoo.com.vn")},
        subject="Xin biết Công ty còn giữ giấy tờ gì của tôi",
        date="2026-04-06 08:05:41",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Hà Văn Lộc, năm 2023 tôi có nhờ Công ty tư vấn vụ tranh chấp lối đi chung với nhà bên cạnh. Lúc đó tôi có đưa cho luật sư bản sao sổ đỏ, giấy chứng minh nhân dân cũ và mấy tấm ảnh chụp lối đi.

Nay vụ việc đã xong lâu rồi. Tôi muốn biết Công ty hiện còn lưu những giấy tờ, thông tin gì của tôi, và xin Công ty gửi cho tôi một bản kê kèm bản sao qua đường bưu điện theo địa chỉ:

Số 17 đường Lê Lợi, khu phố Phú Hòa, Phường Thủ Dầu Một, TP.HCM

Tôi không rành điện thoại di động, có gì xin gọi số nhà (0274) 3827 516.

Kính thư,
Hà Văn Lộc""",
    ),
    # ------------------------------------------------------------------ 008
    dict(
        n=8, category="service_request", automated=False, language="vi",
        contact=dict(name="Thach Van Hai", phone="+84827340591",
                     email="thachvanhai.tn@gmail.com", address=None),
        style="iphone_plain", cte="quoted-printable", cs_label="utf-8",
        msgid_domain="gmail.com",
        headers=[("X-Mailer", "iPhone Mail (22E252)")],
        **{"from": ("Hai Thach", "thachvanhai.tn@gmail.com")},
        subject="cty no luong 3 thang roi dong cua, toi phai lam sao",
        date="2026-04-06 19:37:12",
        body="""Chao luat su,
Toi ten Thach Van Hai, lam cong nhan tai mot cong ty giay da o Tay Ninh (truoc la Long An). Cong ty no luong toi va khoang 200 anh em tu thang 1 den thang 3, giua thang 3 thi dong cua, nghe noi giam doc (nguoi Dai Loan) da ve nuoc.
Toi co hop dong lao dong 2 nam, co dong BHXH, nhung len hoi thi thay cty no bao hiem tu nam ngoai nen so chua chot duoc.
Xin hoi bay gio toi va anh em cong nhan phai lam don o dau de doi luong, co duoc huong tro cap that nghiep khong, va neu nhieu nguoi cung thue luat su thi chi phi khoang bao nhieu.
So toi 0827 340 591, goi sau 5h chieu giup toi.
Cam on luat su

Gửi từ iPhone của tôi""",
    ),
    # ------------------------------------------------------------------ 009
    dict(
        n=9, category="unknown", automated=False, language="vi",
        contact=dict(name="Mạc Thị Bảo Trân", phone="+84889517206",
                     email="baotran.mac@adspro-digital.vn", address=None),
        note="Cold sales pitch (online advertising) to the firm; mentions divorce/land 'clients' but asks nothing as a customer.",
        style="gmail", cte="base64",
        **{"from": ("Mạc Thị Bảo Trân", "baotran.mac@adspro-digital.vn")},
        subject="Tăng gấp 3 khách hàng tìm luật sư ly hôn, đất đai qua Google - đề xuất cho Thịnh Trí",
        date="2026-04-07 09:12:30",
        body="""Kính chào Quý Công ty,

Em là Mạc Thị Bảo Trân, chuyên viên tư vấn của AdsPro Digital - đơn vị chuyên chạy quảng cáo Google và Facebook cho văn phòng luật, công ty luật.

Mùa cao điểm hồ sơ ly hôn, tranh chấp đất đai và thừa kế đang đến. Với các khách hàng ngành luật, bên em đã giúp:
- Tăng 2-3 lần số cuộc gọi tư vấn từ Google chỉ sau 45 ngày;
- Giảm 35% chi phí cho mỗi khách hàng tiềm năng;
- Báo cáo minh bạch theo tuần, cam kết không khóa tài khoản.

Em xin phép gửi Ban Giám đốc bản phân tích miễn phí website thinhtrigroup.com và đề xuất gói quảng cáo phù hợp. Anh/chị chỉ cần phản hồi email này hoặc gọi em theo số 0889 517 206 để hẹn lịch trao đổi 20 phút.

Trân trọng,
Mạc Thị Bảo Trân
AdsPro Digital""",
    ),
    # ------------------------------------------------------------------ 010
    dict(
        n=10, category="complaint", automated=False, language="en",
        contact=dict(name="Sophie Laurent", phone="+84912806437",
                     email="sophie.laurent@orange.fr", address=None),
        note="Phone written as '+84 (0) 912 806 437'; the trunk 0 must be dropped in E.164.",
        style="thunderbird", cte="7bit",
        msgid_domain="orange.fr",
        headers=[("User-Agent", "Mozilla Thunderbird")],
        to="support@thinhtrigroup.com",
        **{"from": ("Sophie Laurent", "sophie.laurent@orange.fr")},
        subject="Original documents lost by your office",
        date="2026-04-07 22:54:08",
        body="""Hello,

On 12 March I handed the originals of my legalised French marriage certificate and my son's birth certificate, with their notarised Vietnamese translations, to your reception desk for my divorce and custody application. I was given a handwritten receipt, which I still have.

Last Friday Ms. Thao called to say that the file "cannot be found" and asked whether I had perhaps taken the documents back. I did not. Having them re-issued in France and legalised again will take at least two months and will delay my case, which is exactly what my husband's side wants.

I find this unacceptable. I expect a written explanation of what happened, confirmation that the documents have not been given to anyone else, and that your firm covers the cost of obtaining and legalising replacements.

Sophie Laurent
Mobile: +84 (0) 912 806 437""",
    ),
    # ------------------------------------------------------------------ 011
    dict(
        n=11, category="deletion_request", automated=False, language="vi",
        contact=dict(name="Lương Thị Kiều Oanh", phone="+84934870215",
                     email="kieuoanh.luong@gmail.com", address=None),
        note="Sender is not the client: her ex-husband (Nghiêm Đức Thắng) was; the daughter is also named. Contact is the sender.",
        style="gmail", cte="quoted-printable",
        **{"from": ("Lương Thị Kiều Oanh", "kieuoanh.luong@gmail.com")},
        subject="Đề nghị xóa thông tin cá nhân của tôi và con tôi",
        date="2026-04-08 11:26:45",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Lương Thị Kiều Oanh. Tôi không phải khách hàng của Công ty. Anh Nghiêm Đức Thắng, chồng cũ của tôi, là người thuê luật sư của Công ty trong vụ tranh chấp quyền nuôi con giữa hai chúng tôi; vụ này Tòa đã xử xong từ tháng 2/2026.

Trong quá trình đó, anh Thắng đã cung cấp cho Công ty nhiều thông tin của tôi và con gái tôi (ảnh chụp căn cước, sổ khám bệnh, bảng lương, tin nhắn riêng...). Nay vụ việc đã kết thúc, tôi đề nghị Công ty xóa các thông tin cá nhân của tôi và của cháu Nghiêm Bảo Ngọc mà Công ty không còn bắt buộc phải lưu, và cho tôi biết những gì đã được xóa.

Liên hệ: 0934 870 215 hoặc email này.

Lương Thị Kiều Oanh""",
    ),
    # ------------------------------------------------------------------ 012
    dict(
        n=12, category="service_request", automated=False, language="vi",
        contact=dict(name="Kiều Hữu Phước", phone="+84944271630",
                     email="phuoc.kieu@thanhdatagri.vn", address=None),
        note="'Cập nhật thông tin đăng ký doanh nghiệp' is a business-registration filing with the authority (a service), not a correction of the firm's records. The 10-digit tax code is not a phone.",
        style="owa", html_only=True, cte="base64",
        msgid_style="outlook", msgid_domain="thanhdatagri.vn",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        **{"from": ("Kiều Hữu Phước", "phuoc.kieu@thanhdatagri.vn")},
        subject="Cập nhật thông tin đăng ký doanh nghiệp - đổi trụ sở, thêm ngành nghề",
        date="2026-04-08 14:03:27",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Kiều Hữu Phước, Giám đốc Công ty TNHH Vật tư Nông nghiệp Thành Đạt (MST 6001783492). Công ty chúng tôi vừa chuyển trụ sở từ Buôn Ma Thuột về thửa đất mới mua ở xã Cư M'gar, tỉnh Đắk Lắk. Đồng thời chúng tôi muốn bổ sung ngành bán buôn phân bón và tăng vốn điều lệ từ 2 tỷ lên 5 tỷ đồng.

Nhờ Công ty làm trọn gói thủ tục cập nhật thông tin đăng ký doanh nghiệp với Phòng Đăng ký kinh doanh - Sở Tài chính và báo phí giúp. Giấy tờ về thửa đất mới (hợp đồng chuyển nhượng, giấy chứng nhận) tôi có thể gửi bản scan.

Di động: 0944 271 630

Trân trọng,
Kiều Hữu Phước""",
    ),
    # ------------------------------------------------------------------ 013
    dict(
        n=13, category="correction_request", automated=False, language="vi",
        contact=dict(name="Lý Thị Mỹ Hạnh", phone="+84703962158",
                     email="myhanh.ly1990@gmail.com", address=None),
        note="Wrong spelling 'Lí Thị Mĩ Hạnh' also appears; the sender's name is with y.",
        style="gmail", cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Ly Thi My Hanh", "myhanh.ly1990@gmail.com")},
        subject="Sửa lại họ tên trong hồ sơ ly hôn",
        date="2026-04-09 08:47:50",
        body="""Chào anh chị,

Em là Lý Thị Mỹ Hạnh, đang nhờ Công ty làm hồ sơ thuận tình ly hôn (luật sư Khoa phụ trách).

Trong bản nháp đơn và trong email xác nhận lịch hẹn anh chị gửi em hôm 06/4 đều ghi tên em là "Lí Thị Mĩ Hạnh". Trên căn cước và giấy đăng ký kết hôn của em viết là "Lý" và "Mỹ" (chữ y dài), để sai thì Tòa sẽ trả hồ sơ. Nhờ anh chị sửa lại họ tên trong hệ thống và trong các văn bản giúp em.

Số điện thoại của em vẫn là 0703 962 158.

Em cảm ơn ạ.
Mỹ Hạnh""",
    ),
    # ------------------------------------------------------------------ 014
    dict(
        n=14, category="unknown", automated=True, language="vi",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Ticket-system acknowledgement to the firm's own request; the 'Re:' subject mentions copies of customer data. Only Auto-Submitted and the body show it is automatic.",
        style="plain", cte="quoted-printable",
        msgid="<ticket.PK-260409-0317.1775712345@helpdesk.phuckhangland.vn>",
        in_reply_to="<3e7a91c4-58d2-4b0f-a6e1-7c2d90b1f3a8@thinhtrigroup.com>",
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        **{"from": ("CSKH Phúc Khang Land", "cskh@phuckhangland.vn")},
        subject="Re: Đề nghị cung cấp bản sao hợp đồng và thông tin khách hàng - căn hộ PK2-1109",
        date="2026-04-09 10:31:04",
        body="""Kính gửi Quý khách,

Cảm ơn Quý khách đã liên hệ Phòng Chăm sóc Khách hàng Phúc Khang Land. Yêu cầu của Quý khách đã được ghi nhận với mã số PK-260409-0317 và sẽ được chuyển đến bộ phận phụ trách. Thời gian phản hồi dự kiến: 03-05 ngày làm việc.

Vui lòng không trả lời email này. Khi cần bổ sung thông tin, xin ghi rõ mã yêu cầu trong tiêu đề thư.

Phòng CSKH Phúc Khang Land
Hotline: 1900 6238""",
    ),
    # ------------------------------------------------------------------ 015
    dict(
        n=15, category="service_request", automated=False, language="vi",
        contact=dict(name="Trịnh Thị Thanh Loan", phone="+84909615287",
                     email="thanhloan.trinh@yahoo.com", address=None),
        note="Brother's number 0987 321 604 is given for viewing the title deed; the sender asks to be reached at her own number.",
        style="yahoo", cte="quoted-printable",
        headers=[("X-Mailer", "WebService/1.1.25113 YMailNorrin")],
        **{"from": ("Trịnh Thị Thanh Loan", "thanhloan.trinh@yahoo.com")},
        henc="Q",
        subject="Hỏi thủ tục khai nhận di sản thừa kế nhà đất của ba mẹ",
        date="2026-04-10 13:18:26",
        body="""Kính gửi Công ty,

Tôi là Trịnh Thị Thanh Loan. Ba tôi mất năm 2021, mẹ tôi mất tháng 11/2025, cả hai đều không để lại di chúc. Tài sản có một căn nhà cấp 4 và 1.200m2 đất nông nghiệp ở huyện Châu Thành cũ, nay thuộc tỉnh Đồng Tháp, sổ đứng tên cả ba và mẹ.

Chị em tôi có bốn người, trong đó em trai út đang định cư ở Úc. Anh hai tôi là Trịnh Văn Quang đang giữ bản chính sổ đỏ, anh ở quê, số 0987 321 604, nếu cần xem giấy tờ thì Công ty có thể gọi anh ấy.

Tôi muốn hỏi:
1. Thủ tục khai nhận di sản làm ở đâu, cần giấy tờ gì;
2. Em tôi ở Úc có phải về Việt Nam ký không, hay ủy quyền được;
3. Thuế, phí phải nộp khoảng bao nhiêu;
4. Phí dịch vụ nếu Công ty làm trọn gói.

Mọi trao đổi xin liên hệ tôi qua email này hoặc số 0909 615 287.

Trân trọng,
Trịnh Thị Thanh Loan""",
    ),
    # ------------------------------------------------------------------ 016
    dict(
        n=16, category="complaint", automated=False, language="vi",
        contact=dict(name="Quan Duc Minh", phone="+84905227816",
                     email="quanducminh.hp@gmail.com", address=None),
        note="Complaint about an overcharged invoice that also asks to fix the misspelt name 'Quang Duc Minh' on it; dominant intent complaint.",
        style="gmail", cte="7bit",
        to="support@thinhtrigroup.com",
        **{"from": ("Minh Quan", "quanducminh.hp@gmail.com")},
        subject="phi dich vu khai nhan thua ke bi tinh cao hon bao gia",
        date="2026-04-11 09:02:13",
        body="""Chao cong ty,
Toi la Quan Duc Minh. Thang 2 toi ky hop dong voi cong ty lam ho so khai nhan thua ke 2 thua dat o Hai Phong, bao gia ghi ro tron goi 18 trieu (da gom phi cong chung).
Hom 10/4 ke toan ben anh gui hoa don 26,5 trieu, noi la phat sinh "phi di lai va phi xac minh". Truoc khi ky khong ai noi se co khoan nay, cung khong ai hoi y kien toi truoc khi lam.
Toi khong dong y thanh toan phan chenh lech. De nghi cong ty kiem tra lai, giai thich ro tung khoan va xuat lai hoa don dung gia da bao. Tien the sua luon ten tren hoa don, dang ghi "Quang Duc Minh", ten dung la Quan Duc Minh.
Quan Duc Minh
0905 227 816""",
    ),
    # ------------------------------------------------------------------ 017
    dict(
        n=17, category="access_request", automated=False, language="en",
        contact=dict(name="Priya Raman", phone="+84364905172",
                     email="priya.raman@proton.me", address=None),
        style="plain", cte="7bit",
        msgid="<kT3vQm8RzX1pL0aWc5nJ7eYbH2sD9fGu4@proton.me>",
        **{"from": ("Priya Raman", "priya.raman@proton.me")},
        subject="Subject access request - my labour case file",
        date="2026-04-11 15:44:39",
        body="""Dear Thinh Tri Legal,

I was your client from October 2025 to February 2026 in a wrongful dismissal claim against my former employer in Thu Duc. The matter was settled in February.

I would like to receive a copy of all personal data your firm holds about me, including:
- notes from consultations and any internal memos about me;
- recordings of my phone calls with your hotline, if any were kept;
- the copies of my employment contract, payslips and medical certificates that I provided.

Please also tell me whether any of this was shared with third parties (for example the labour mediator or my former employer's lawyers), and on what basis.

You can reach me at this email or on +84 364 905 172.

Regards,
Priya Raman""",
    ),
    # ------------------------------------------------------------------ 018
    dict(
        n=18, category="deletion_request", automated=False, language="mixed",
        contact=dict(name="Diệp Bảo Khang", phone="+84356284917",
                     email="khang.diepbao@gmail.com", address=None),
        note="Job-application vocabulary, but the mail withdraws the application and asks to erase the applicant's CV and ID data: deletion_request, not unknown.",
        style="gmail", cte="quoted-printable",
        **{"from": ("Khang Diep", "khang.diepbao@gmail.com")},
        subject="Withdraw application & delete CV / rút hồ sơ ứng tuyển Legal Intern",
        senc="Q",
        date="2026-04-12 20:11:58",
        body="""Hi anh chị HR,

Em là Diệp Bảo Khang, tháng 3 em có apply vị trí Legal Intern (mảng bất động sản) và gửi CV, bảng điểm, bản scan CCCD qua email này.

Hiện em đã nhận offer ở chỗ khác nên xin phép rút hồ sơ. Em nhờ anh chị delete giúp toàn bộ CV, bảng điểm, CCCD và thông tin cá nhân của em trong database tuyển dụng, không giữ lại cho các đợt sau nha. Khi xóa xong anh chị reply confirm giúp em với ạ.

Thank you anh chị,
Bảo Khang
0356 284 917""",
    ),
    # ------------------------------------------------------------------ 019
    dict(
        n=19, category="service_request", automated=False, language="vi",
        contact=dict(name="Hứa Thị Quế Anh", phone="+84765408392",
                     email="queanh.hua@gmail.com", address=None),
        note="'Xóa tên chồng cũ trên sổ hồng' means removing the ex-husband from the land title (a legal service), not deleting personal data.",
        style="gmail", cte="base64",
        **{"from": ("Hứa Thị Quế Anh", "queanh.hua@gmail.com")},
        subject="Nhờ tư vấn xóa tên chồng cũ trên sổ hồng sau ly hôn",
        date="2026-04-13 07:26:33",
        body="""Chào luật sư,

Em là Hứa Thị Quế Anh. Em và chồng cũ ly hôn năm 2025, bản án của Tòa giao căn hộ ở Phường Bình Trưng cho em sở hữu và em đã trả đủ phần chênh lệch cho anh ấy. Nhưng sổ hồng hiện vẫn đứng tên cả hai vợ chồng.

Em muốn làm thủ tục xóa tên chồng cũ, đăng ký biến động để sổ chỉ đứng tên một mình em, sau đó có thể bán căn hộ. Anh ấy hiện không hợp tác, không chịu đi ký giấy tờ gì.

Luật sư cho em hỏi trường hợp này em tự đi làm một mình được không, cần những giấy tờ gì, và nếu Công ty nhận làm thì chi phí bao nhiêu ạ.

Số Zalo của em: 0765 408 392.
Em cảm ơn.""",
    ),
    # ------------------------------------------------------------------ 020
    dict(
        n=20, category="unknown", automated=False, language="en",
        contact=dict(name="Tieu Ngoc Linh", phone="+84814639207",
                     email="linh.tieungoc@gmail.com", address=None),
        note="Job application, not a customer request.",
        style="gmail", cte="7bit",
        attach=[("pdf", "CV_TieuNgocLinh.pdf")],
        **{"from": ("Linh Tieu", "linh.tieungoc@gmail.com")},
        subject="Application - Legal Assistant (Real Estate & Land)",
        date="2026-04-13 22:40:17",
        body="""Dear Hiring Team,

My name is Tieu Ngoc Linh, a final-year LLB student at Ho Chi Minh City University of Law. I am writing to apply for the Legal Assistant position (Real Estate & Land) that your firm posted on its Facebook page last week.

During my internship at a notary office in Binh Thanh I prepared draft sale and gift contracts for land use rights and checked cadastral records, and I have followed land-law changes closely since the 2024 Land Law took effect.

Please find my CV and transcript attached. I would be glad to attend an interview at your convenience and can be reached at 0814 639 207.

Yours faithfully,
Tieu Ngoc Linh""",
    ),
    # ------------------------------------------------------------------ 021
    dict(
        n=21, category="complaint", automated=False, language="vi",
        contact=dict(name="Lục Văn Hùng", phone="+84975180463",
                     email="lucvanhung.dl@gmail.com", address=None),
        note="Pasted broker SMS contains the broker's number 0886 742 051, not the sender's.",
        style="gmail", cte="quoted-printable",
        to="support@thinhtrigroup.com",
        **{"from": ("Lục Văn Hùng", "lucvanhung.dl@gmail.com")},
        subject="Thông tin lô đất tôi nhờ tư vấn bị lộ cho bên môi giới",
        date="2026-04-14 10:55:21",
        body="""Gửi Công ty Thịnh Trí,

Ngày 08/4 tôi có gửi email cho Công ty nhờ tư vấn thủ tục tách thửa lô đất 1.500m2 của tôi ở xã Lạc Dương, tỉnh Lâm Đồng, trong email có số thửa, số tờ bản đồ và bản scan sổ đỏ. Tôi chưa đưa các thông tin này cho ai khác.

Ba ngày sau tôi nhận được tin nhắn dưới đây, tôi chép nguyên văn:

"Chao anh Hung, em ben san BDS Dalat Home, biet anh dang co lo 1500m2 thua so 214 to ban do 37 Lac Duong muon tach thua de ban. Ben em co khach mua ngay, gia tot. LH em Tung 0886 742 051."

Tôi không hề có ý định bán và không hiểu vì sao họ biết cả số thửa. Tôi yêu cầu Công ty kiểm tra xem ai đã tiếp cận email của tôi, trả lời rõ ràng bằng văn bản và cam kết không để việc này xảy ra lần nữa.

Lục Văn Hùng
ĐT: 0975 180 463""",
    ),
    # ------------------------------------------------------------------ 022
    dict(
        n=22, category="correction_request", automated=False, language="en",
        contact=dict(name="Ingrid Halvorsen", phone="+84899450736",
                     email="ingrid.halvorsen.vn@outlook.com", address=None),
        note="New personal email in body differs from the From address (company mailbox being shut down).",
        style="outlook", cte="7bit",
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
        **{"from": ("Ingrid Halvorsen", "ingrid.halvorsen@blueharbor-trading.com")},
        subject="Please update my email address on file",
        date="2026-04-14 16:08:44",
        body="""Dear Thinh Tri team,

Your firm is handling the dissolution of Blue Harbor Trading Co., Ltd., and I am also your client for the transfer of my apartment lease in Tay Ho.

Our company mail server will be switched off on 30 April as part of the dissolution, so this address will stop working. From now on please use my personal address, ingrid.halvorsen.vn@outlook.com, for both matters. My mobile number, 0899 450 736, remains the same.

Thank you,
Ingrid Halvorsen""",
    ),
    # ------------------------------------------------------------------ 023
    dict(
        n=23, category="service_request", automated=False, language="mixed",
        contact=dict(name="Tôn Nữ Thảo Nguyên", phone="+84932174058",
                     email="thaonguyen@lumenpixel.studio", address=None),
        style="gmail", cte="quoted-printable",
        **{"from": ("Tôn Nữ Thảo Nguyên", "thaonguyen@lumenpixel.studio")},
        subject="Setup công ty vốn FDI - cần quote & timeline",
        date="2026-04-15 11:30:09",
        body="""Hi team Thịnh Trí,

Em là Thảo Nguyên, co-founder của một studio làm game mobile. Bên em có 2 founders: em (người Việt) và một bạn người Singapore, dự định góp vốn 70/30, vốn điều lệ khoảng 50.000 USD.

Em cần bên mình support:
- Xin IRC (giấy chứng nhận đăng ký đầu tư) và ERC cho công ty TNHH 2 thành viên có vốn nước ngoài;
- Check giúp ngành phần mềm + phát hành game có bị hạn chế với nhà đầu tư nước ngoài không;
- Mở tài khoản vốn đầu tư trực tiếp (DICA).

Anh chị gửi quote và timeline giúp em, nếu tiện thì book call 30 phút thứ Năm tuần sau nha.

Best,
Tôn Nữ Thảo Nguyên
Co-founder, Lumen Pixel Studio
M: (+84) 932 174 058""",
    ),
    # ------------------------------------------------------------------ 024
    dict(
        n=24, category="deletion_request", automated=False, language="en",
        contact=dict(name="Marco Bellini", phone=None,
                     email="marco.bellini@libero.it",
                     address="Via Cesare Battisti 18, 40123 Bologna, Italy"),
        note="Mentions a Vietnamese phone number without giving it; no phone.",
        style="thunderbird", cte="7bit", tz="+0200",
        msgid_domain="libero.it",
        headers=[("User-Agent", "Mozilla Thunderbird")],
        **{"from": ("Marco Bellini", "marco.bellini@libero.it")},
        subject="Request to delete my personal data",
        date="2026-04-15 18:22:51",
        body="""Dear Sir or Madam,

Your firm assisted me in 2025 with the purchase of an apartment in Da Nang and, later, with selling it again before I left Vietnam in March this year. Both transactions are complete and I have no further business in Vietnam.

I therefore ask you to delete the personal data you hold about me: the copies of my passport and visa, my bank statements, the sale and purchase contracts with my personal details, and my Vietnamese phone number, which I no longer use. If there are records you are obliged to keep by law, please tell me which ones and for how long.

Please send confirmation to this email address. My postal address is now:
Via Cesare Battisti 18, 40123 Bologna, Italy

Best regards,
Marco Bellini""",
    ),
    # ------------------------------------------------------------------ 025
    dict(
        n=25, category="unknown", automated=True, language="mixed",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Bilingual out-of-office reply to the firm's seminar invitation; the colleague's phone/email are not a customer contact.",
        style="plain", cte="quoted-printable",
        msgid_style="outlook",
        in_reply_to="<9b2e4f71-0c3d-4a8e-b5f6-1d7a2c9e8b40@thinhtrigroup.com>",
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-Autoreply", "yes"),
                 ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        **{"from": ("Lê Huỳnh Như", "nhu.lehuynh@saigonbuildtech.vn")},
        subject="Tự động trả lời: Thư mời tọa đàm \"Luật Đất đai 2024 - bồi thường, tái định cư và quyền lợi người lao động\"",
        date="2026-04-16 08:02:37",
        body="""Chào anh/chị,
Tôi đang đi công tác đến hết ngày 20/04/2026 và sẽ hạn chế kiểm tra email. Việc gấp về hồ sơ nhân sự, xin liên hệ anh Phùng Quốc Bảo - 0913 608 274 - bao.phung@saigonbuildtech.vn.

Dear sender,
I am away on a business trip until 20 April 2026 with limited access to email. For urgent HR matters, please contact Mr. Phung Quoc Bao at 0913 608 274 or bao.phung@saigonbuildtech.vn.

Trân trọng / Best regards,
Lê Huỳnh Như
HR Manager - Saigon Buildtech JSC""",
    ),
]
