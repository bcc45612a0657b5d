# -*- coding: utf-8 -*-
"""Message data for h37_001 ... h37_025 (see make.py)."""

MSGS = [
    # ------------------------------------------------------------------ 001
    dict(
        file="h37_001.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Quách Thị Mỹ Duyên", phone="+84822419075",
                     email="myduyen.quach89@gmail.com", address=None),
        note=None,
        from_name="Quách Thị Mỹ Duyên", from_addr="myduyen.quach89@gmail.com", to="info",
        subject="Tư vấn thủ tục ly hôn khi chồng đang ở nước ngoài",
        date="2026-01-05 08:41:19 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="B",
        body="""Chào Công ty Thịnh Trí,

Em tên là Quách Thị Mỹ Duyên, 36 tuổi, hiện sống ở Biên Hòa. Em và chồng kết hôn năm 2014, có một bé gái 9 tuổi. Từ năm 2022 chồng em sang Đài Loan làm việc theo hợp đồng, gần hai năm nay không liên lạc và cũng không gửi tiền về nuôi con.

Em muốn hỏi:
1. Em có thể đơn phương ly hôn khi không biết địa chỉ cụ thể của chồng bên Đài Loan không?
2. Hồ sơ cần chuẩn bị những gì, nộp ở tòa nào?
3. Em muốn được nuôi con thì cần chứng minh điều gì?
4. Nếu nhờ luật sư đại diện trọn gói thì chi phí khoảng bao nhiêu?

Anh chị tư vấn giúp em, em có thể lên văn phòng vào sáng thứ Bảy. Số của em: 0822 419 075.

Em cảm ơn nhiều ạ.
Mỹ Duyên
""",
    ),
    # ------------------------------------------------------------------ 002
    dict(
        file="h37_002.eml", category="complaint", automated=False, language="vi",
        contact=dict(name="Dang Thanh Tung", phone="+84946381725",
                     email="dangthanhtung.hn88@gmail.com", address=None),
        note=None,
        from_name="Thanh Tung", from_addr="dangthanhtung.hn88@gmail.com", to="info",
        subject="Tai sao so cua toi bi dua vao danh sach quang cao???",
        date="2026-02-09 21:17:42 +0700", client="iphone", fmt="plain", cte="7bit",
        body="""Gui cong ty,
Toi la Dang Thanh Tung. Hom 03/02 toi co goi hotline cua cong ty hoi ve viec sang ten so do, co de lai so 0946 381 725 de tu van vien goi lai.
Tu hom do den nay toi nhan lien tuc tin nhan SMS quang cao "dich vu phap ly tron goi", "uu dai thanh lap cong ty gia re" ky ten Thinh Tri, ngay 2-3 tin, ca ngay chu nhat. Toi chua bao gio dong y nhan quang cao.
De nghi cong ty giai thich tai sao dung so cua toi vao muc dich nay, ai cho phep. Neu con tiep tuc toi se phan anh len co quan chuc nang.
Dang Thanh Tung

Sent from my iPhone
""",
    ),
    # ------------------------------------------------------------------ 003
    dict(
        file="h37_003.eml", category="correction_request", automated=False, language="en",
        contact=dict(name="Tomás Herrera", phone="+84839517264",
                     email="t.herrera@andinacoffee.vn", address=None),
        note="New contact email in body differs from the From address.",
        from_name="Tomás Herrera", from_addr="tomas.herrera@andinacoffee.com", to="support",
        subject="Please update my email address",
        date="2026-01-08 16:22:05 +0700", client="outlook", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Dear Thinh Tri team,

Your firm is handling my application for a temporary residence card (your reference TRC-0311). From next Monday our company is moving to a new email domain, and my current address will stop working shortly afterwards.

Please update the contact email in your records to t.herrera@andinacoffee.vn and send all future correspondence about the application there. Everything else, including my mobile number 0839 517 264, stays the same.

Many thanks,
Tomás Herrera
Andina Coffee Trading
""",
    ),
    # ------------------------------------------------------------------ 004
    dict(
        file="h37_004.eml", category="unknown", automated=True, language="vi",
        contact=dict(name=None, phone=None, email=None, address=None),
        note=None,
        from_name="Bản tin Pháp lý Doanh nghiệp", from_addr="bantin@phaplydoanhnghiep.vn", to="info",
        subject="Bản tin tuần 02/2026: Luật Bảo vệ dữ liệu cá nhân có hiệu lực – doanh nghiệp cần chuẩn bị gì?",
        date="2026-01-12 06:30:00 +0700", client="other", fmt="alt", cte="base64", hdr="Q",
        headers=[
            ("List-Id", "Ban tin Phap ly Doanh nghiep <tuan.phaplydoanhnghiep.vn>"),
            ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=a81c07&e=info%40thinhtrigroup.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Campaign-ID", "bt-2026-02"),
        ],
        body="""BẢN TIN PHÁP LÝ DOANH NGHIỆP – TUẦN 02/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ 01/01/2026: những nghĩa vụ mới về thu thập, lưu trữ, xóa và cung cấp dữ liệu theo yêu cầu của chủ thể dữ liệu.
2. Mẫu quy trình tiếp nhận yêu cầu xóa, chỉnh sửa dữ liệu cá nhân cho doanh nghiệp vừa và nhỏ – tải miễn phí tại website.
3. Tọa đàm trực tuyến "Xử lý vi phạm dữ liệu cá nhân: trách nhiệm và mức phạt" – 15h00 thứ Năm 22/01/2026.
4. Điểm tin văn bản mới: thuế thu nhập cá nhân, lao động nước ngoài, hóa đơn điện tử.

Quý độc giả nhận được thư này vì đã đăng ký nhận Bản tin Pháp lý Doanh nghiệp.
Hủy đăng ký: https://phaplydoanhnghiep.vn/unsubscribe?u=a81c07
""",
    ),
    # ------------------------------------------------------------------ 005
    dict(
        file="h37_005.eml", category="deletion_request", automated=False, language="vi",
        contact=dict(name="Lương Quốc Hưng", phone="+84889340516",
                     email="hung.luongquoc@gmail.com", address=None),
        note=None,
        from_name="Lương Quốc Hưng", from_addr="hung.luongquoc@gmail.com", to="info",
        subject="Rút lại sự đồng ý và đề nghị xóa dữ liệu cá nhân",
        date="2026-01-13 10:04:51 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Lương Quốc Hưng. Tháng 9/2025 tôi có đăng ký nhận tư vấn miễn phí về thủ tục mua bán xe ô tô cũ qua biểu mẫu trên website thinhtrigroup.com và đã khai họ tên, số điện thoại, email, biển số xe.

Việc tư vấn đã xong và tôi không có nhu cầu sử dụng thêm dịch vụ nào. Theo Nghị định 13/2023/NĐ-CP, tôi rút lại sự đồng ý cho Công ty xử lý dữ liệu cá nhân của tôi và đề nghị xóa toàn bộ dữ liệu đó khỏi hệ thống, kể cả danh sách nhận bản tin. Khi đã thực hiện xong, đề nghị Công ty xác nhận lại cho tôi qua email này.

Trân trọng,
Lương Quốc Hưng
ĐT: 0889 340 516
""",
    ),
    # ------------------------------------------------------------------ 006
    dict(
        file="h37_006.eml", category="service_request", automated=False, language="en",
        contact=dict(name="Daniel Whitaker", phone="+84888316702",
                     email="dwhitaker@harbourline-asia.com", address=None),
        note=None,
        from_name="Daniel Whitaker", from_addr="dwhitaker@harbourline-asia.com", to="info",
        subject="Buying an apartment in HCMC as a foreigner",
        date="2026-01-14 12:37:28 +0700", client="outlook", fmt="alt", cte="7bit",
        body="""Hello,

I'm a British national working in Ho Chi Minh City on a work permit (I've been here since 2023). My partner and I are looking at a two-bedroom unit in a new project in Thu Duc and the developer has sent us a draft sale and purchase agreement.

Before we pay the deposit, we would like a lawyer to:
- confirm whether I can legally own the unit in my own name, and for how long;
- review the draft agreement (about 40 pages, Vietnamese with an English translation);
- explain what would happen to the ownership certificate if I leave Vietnam.

Could you let me know your fee for this and how quickly you could turn it around? The deposit is due on 30 January.

I can be reached at +84 (0) 888 316 702 or by reply to this email.

Kind regards,
Daniel Whitaker
Operations Manager, Harbourline Asia
""",
    ),
    # ------------------------------------------------------------------ 007
    dict(
        file="h37_007.eml", category="access_request", automated=False, language="vi",
        contact=dict(name="Cù Minh Trí", phone="+84353918640",
                     email="cuminhtri.dn@gmail.com", address=None),
        note="Says 'Đây không phải khiếu nại'; asks what data is held and with whom it was shared "
             "(quotes the firm's own privacy policy).",
        from_name="Cù Minh Trí", from_addr="cuminhtri.dn@gmail.com", to="support",
        subject="Hỏi về thông tin cá nhân Công ty đang lưu",
        date="2026-01-16 19:48:10 +0700", client="gmail", fmt="alt", cte="base64", hdr="B",
        body="""Chào Công ty,

Tôi là Cù Minh Trí, năm ngoái có nhờ Công ty soạn hợp đồng góp vốn mở quán cà phê ở Sơn Trà. Tôi vừa đọc chính sách bảo mật trên website, thấy ghi thông tin khách hàng có thể được chia sẻ với "đối tác vận chuyển" và "các bên khác khi có sự đồng ý".

Đây không phải khiếu nại, tôi chỉ muốn biết rõ: hiện Công ty đang lưu những thông tin gì về tôi, và đã từng chia sẻ các thông tin đó cho bên nào chưa (nếu có thì là bên nào, vào lúc nào). Nhờ Công ty gửi cho tôi danh sách hoặc bản sao qua email này.

Cảm ơn Công ty.
Cù Minh Trí
0353 918 640
""",
    ),
    # ------------------------------------------------------------------ 008
    dict(
        file="h37_008.eml", category="complaint", automated=False, language="en",
        contact=dict(name="Raj Malhotra", phone="+84909574312",
                     email="raj.malhotra@spicetrailfoods.in",
                     address="19 Lê Thánh Tôn, Phường Sài Gòn, TP.HCM"),
        note="Complaint about a double charge and unanswered emails that also asks to correct the name "
             "and address on file; dominant intent complaint. Misspelled 'Raj Malhortra' also appears.",
        from_name="Raj Malhotra", from_addr="raj.malhotra@spicetrailfoods.in", to="support",
        subject="Invoice TT-2026-0147 - charged twice, no reply from your accounts team",
        date="2026-02-16 11:05:37 +0700", client="outlook", fmt="alt", cte="quoted-printable",
        body="""Dear Thinh Tri team,

I am writing to complain about the way my account has been handled.

On 12 January I paid invoice TT-2026-0147 (VND 18,700,000) for the amendment of our investment registration certificate. On 2 February the same invoice arrived again marked "second reminder", and our accountant paid it a second time before anyone noticed. I emailed your accounts department on 4 and 11 February asking for a refund and have had no reply at all.

On top of that, both invoices spell my name "Raj Malhortra" and are addressed to an apartment I moved out of last year. Please refund the duplicate payment within 7 days and correct your records: my name is Raj Malhotra and my address is 19 Lê Thánh Tôn, Phường Sài Gòn, TP.HCM.

I expect a written answer this week.

Raj Malhotra
Director, Spice Trail Foods Vietnam
Mobile: +84 909 574 312
""",
    ),
    # ------------------------------------------------------------------ 009
    dict(
        file="h37_009.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Ly Van Hau", phone="+84356902417",
                     email="lyvanhau.ct@gmail.com", address=None),
        note=None,
        from_name="Hau Ly", from_addr="lyvanhau.ct@gmail.com", to="info",
        subject="hoi ve chia thua ke dat khong co di chuc",
        date="2026-01-19 20:12:44 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""Chao luat su,
Toi ten Ly Van Hau, que o Cau Ngang, Tra Vinh (nay sap nhap vao Vinh Long). Ba toi mat nam 2023 khong de lai di chuc, de lai mot mieng dat vuon khoang 2.000m2 dung ten ca ba va me toi. Me toi con song. Nha co 4 anh em, 2 nguoi dang o Binh Duong, anh ba toi thi o Uc.
Bay gio me toi muon chia dat cho cac con nhung anh ba khong ve duoc. Cho toi hoi:
- Co can tat ca anh em ky ten khong, anh ba o nuoc ngoai thi ky kieu gi?
- Lam thu tuc khai nhan di san o dau, mat bao lau?
- Neu nho luat su lam tron goi thi phi bao nhieu?
So cua toi 0356.902.417, luat su goi buoi toi giup toi vi ban ngay toi ra ruong.
Cam on luat su.
Ly Van Hau
""",
    ),
    # ------------------------------------------------------------------ 010
    dict(
        file="h37_010.eml", category="unknown", automated=False, language="vi",
        contact=dict(name="Hứa Ngọc Ánh", phone="+84326184975",
                     email="huangocanh.luat@gmail.com", address=None),
        note="Internship application, not a customer request; the promise to keep client data "
             "confidential is not a privacy request.",
        from_name="Hứa Ngọc Ánh", from_addr="huangocanh.luat@gmail.com", to="info",
        subject="Đơn xin thực tập – Sinh viên năm 4 Trường Đại học Luật TP.HCM",
        date="2026-01-20 22:31:06 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="B", attachments=[("CV_HuaNgocAnh.pdf", "application/pdf")],
        body="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em tên là Hứa Ngọc Ánh, sinh viên năm 4 chuyên ngành Luật Thương mại, Trường Đại học Luật TP.HCM (điểm trung bình tích lũy 3,42/4). Em đã tham gia Câu lạc bộ Tư vấn pháp luật của trường hai năm và từng thực tập 3 tháng tại một văn phòng công chứng.

Em rất mong được thực tập tại bộ phận Doanh nghiệp – Sở hữu trí tuệ của Công ty từ tháng 3 đến tháng 6/2026, toàn thời gian. Em cam kết tuân thủ nội quy và giữ bí mật tuyệt đối thông tin khách hàng trong quá trình thực tập.

Em xin gửi kèm CV và bảng điểm. Anh chị có thể liên hệ em qua số 0326 184 975.

Em xin chân thành cảm ơn.
Hứa Ngọc Ánh
""",
    ),
    # ------------------------------------------------------------------ 011
    dict(
        file="h37_011.eml", category="correction_request", automated=False, language="vi",
        contact=dict(name="Mai Xuan Truong", phone="+84357824190",
                     email="maixuantruong.qn@gmail.com", address=None),
        note="Old number 0914 207 385 also present; contact phone is the new one.",
        from_name="Truong Mai", from_addr="maixuantruong.qn@gmail.com", to="support",
        subject="doi so dt trong ho so",
        date="2026-01-22 07:55:13 +0700", client="iphone", fmt="plain", cte="7bit",
        body="""Chao anh chi,
Toi la Mai Xuan Truong, dang nho cong ty lam thu tuc cap giay chung nhan quyen su dung dat lan dau o Quang Ngai.
So cu cua toi la 0914 207 385 da bi khoa, khong dung nua. Tu nay anh chi lien lac voi toi qua so moi 0357 824 190 giup toi. Anh chi sua lai so trong ho so va nhan giup luat su dang lo viec cua toi.
Cam on anh chi.

Gui tu iPhone cua toi
""",
    ),
    # ------------------------------------------------------------------ 012
    dict(
        file="h37_012.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Kiều Văn Lâm", phone="+84796540238",
                     email="kieuvanlam.dn@outlook.com", address=None),
        note="'Xóa án tích' means expunging a criminal record – a legal service, not a request to "
             "delete personal data.",
        from_name="Kiều Văn Lâm", from_addr="kieuvanlam.dn@outlook.com", to="info",
        subject="Nhờ tư vấn thủ tục xóa án tích để nộp hồ sơ xin việc",
        date="2026-01-23 09:18:40 +0700", client="owa", fmt="html", cte="base64", hdr="B",
        body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Kiều Văn Lâm, sinh năm 1990. Năm 2017 tôi bị Tòa án nhân dân quận Hải Châu xử 18 tháng tù cho hưởng án treo về tội gây rối trật tự công cộng. Tôi đã chấp hành xong bản án từ năm 2019 và đã nộp đủ án phí.

Hiện tôi trúng tuyển vào một công ty logistics, họ yêu cầu nộp Phiếu lý lịch tư pháp số 2. Tôi muốn hỏi tôi đã đương nhiên được xóa án tích chưa; nếu chưa thì cần làm thủ tục gì để phiếu lý lịch tư pháp ghi "không có án tích". Công ty có nhận làm hồ sơ này giúp tôi không và phí bao nhiêu?

Xin liên hệ tôi qua số 0796 540 238.

Trân trọng,
Kiều Văn Lâm
""",
    ),
    # ------------------------------------------------------------------ 013
    dict(
        file="h37_013.eml", category="complaint", automated=False, language="vi",
        contact=dict(name="Tôn Nữ Minh Thư", phone="+84934827160",
                     email="minhthu.tonnu@gmail.com", address=None),
        note=None,
        from_name="Tôn Nữ Minh Thư", from_addr="minhthu.tonnu@gmail.com", to="support",
        subject="Khiếu nại: luật sư không có mặt tại buổi hòa giải ngày 22/01",
        date="2026-01-26 14:09:52 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Tôn Nữ Minh Thư, khách hàng ký hợp đồng dịch vụ số 118/2025/HĐDV về tranh chấp hợp đồng đặt cọc mua nhà với bên bán.

Sáng 22/01/2026 Tòa án mở buổi hòa giải. Luật sư được phân công là ông Tạ Quang Vinh đã xác nhận qua Zalo sẽ có mặt lúc 8h, nhưng đến 9h30 vẫn không thấy, gọi điện không nghe máy. Tôi phải tự trình bày trong tình trạng không chuẩn bị, trong khi phía bên kia có luật sư đầy đủ. Chiều hôm đó văn phòng chỉ nhắn lại một câu "luật sư bận việc đột xuất".

Tôi đã thanh toán 60% phí dịch vụ. Tôi đề nghị Công ty:
- giải thích bằng văn bản lý do luật sư vắng mặt mà không báo trước;
- phân công luật sư khác phụ trách, hoặc hoàn lại phần phí tương ứng.

Tôn Nữ Minh Thư
Điện thoại: 0934 827 160
""",
    ),
    # ------------------------------------------------------------------ 014
    dict(
        file="h37_014.eml", category="deletion_request", automated=False, language="en",
        contact=dict(name="Pieter van Dijk", phone=None, email="pieter.vandijk@ziggo.nl",
                     address="Keizersgracht 218, 1016 DZ Amsterdam, the Netherlands"),
        note=None,
        from_name="Pieter van Dijk", from_addr="pieter.vandijk@ziggo.nl", to="info",
        subject="Erasure of my family's personal data",
        date="2026-01-27 20:46:03 +0100", client="thunderbird", fmt="plain", cte="7bit",
        ct_extra='; format="flowed"',
        body="""Dear Thinh Tri Legal,

In 2025 your firm assisted me with the paperwork for the adoption of our daughter. The procedure was completed in November.

Now that the file is closed, I ask you to erase the personal data you hold about me and my daughter: passport copies, the home study report, medical certificates and our correspondence. If Vietnamese law obliges you to keep certain documents for a period, please tell me which ones and for how long, and delete the rest.

Please confirm by email once this has been done.

Pieter van Dijk
Keizersgracht 218, 1016 DZ Amsterdam, the Netherlands
""",
    ),
    # ------------------------------------------------------------------ 015
    dict(
        file="h37_015.eml", category="unknown", automated=True, language="mixed",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Bilingual out-of-office reply to the firm's confirmation email; subject contains "
             "correction keywords and the body gives a colleague's phone.",
        from_name="Lại Thu Hằng", from_addr="hang.lai@sonhaagri.vn", to="info",
        subject="Automatic reply: Xác nhận cập nhật thông tin liên hệ của Quý khách",
        date="2026-03-10 09:02:11 +0700", client="outlook", fmt="plain", cte="quoted-printable",
        reply=True,
        headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"),
                 ("X-Auto-Response-Suppress", "All")],
        body="""Xin chào,
Tôi đang đi công tác nước ngoài từ 09/03 đến 23/03/2026 và sẽ hạn chế kiểm tra email. Việc gấp xin liên hệ anh Đoàn Văn Khiêm – 0971 530 264.

Hello,
I am travelling on business from 9 to 23 March 2026 with limited access to email. For urgent matters, please contact Mr Doan Van Khiem – 0971 530 264.

Lại Thu Hằng
""",
    ),
    # ------------------------------------------------------------------ 016
    dict(
        file="h37_016.eml", category="service_request", automated=False, language="mixed",
        contact=dict(name="Đỗ Khánh Linh", phone="+84389716254",
                     email="linh.do@saffronbox.vn", address=None),
        note="'Privacy Policy' and 'bảo vệ dữ liệu cá nhân' refer to drafting the client's own app "
             "policy – a service request, not a request about the sender's data.",
        from_name="Đỗ Khánh Linh", from_addr="linh.do@saffronbox.vn", to="info",
        subject="Báo giá đăng ký nhãn hiệu + soạn Terms of Service & Privacy Policy cho app",
        date="2026-01-29 15:26:37 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="Q",
        body="""Hi anh chị Thịnh Trí,

Em là Khánh Linh, founder của SaffronBox – app đặt suất ăn healthy theo tuần, đang chạy beta ở Hà Nội và dự kiến launch chính thức vào tháng 4.

Bên em cần support mấy việc sau:
1. Đăng ký nhãn hiệu "SaffronBox" (logo + chữ) cho nhóm 29, 30 và 43;
2. Draft Terms of Service và Privacy Policy cho app, đảm bảo compliant với quy định về bảo vệ dữ liệu cá nhân, vì app có thu số điện thoại, địa chỉ giao hàng và thông tin dị ứng của user;
3. Review template hợp đồng với các bếp đối tác.

Anh chị gửi em quote + timeline cho từng hạng mục nhé. Nếu tiện thì mình book một cuộc call ngắn tuần sau.

Thanks anh chị,
Đỗ Khánh Linh
Founder & CEO, SaffronBox
Mobile: 0389 716 254
""",
    ),
    # ------------------------------------------------------------------ 017
    dict(
        file="h37_017.eml", category="access_request", automated=False, language="en",
        contact=dict(name="Hiroshi Tanaka", phone="+842513891624",
                     email="h.tanaka@kaizen-parts.co.jp", address=None),
        note=None,
        from_name="Hiroshi Tanaka", from_addr="h.tanaka@kaizen-parts.co.jp", to="info",
        subject="Request for a copy of my personal data",
        date="2026-02-02 13:40:19 +0700", client="outlook", fmt="alt", cte="quoted-printable",
        body="""Dear Thinh Tri Legal,

In 2024 your firm represented me personally in a traffic-accident compensation claim in Bien Hoa. The matter has been closed for some time.

I would like to receive a copy of all personal data about me that your firm still holds, including the intake form, copies of my passport and residence card, medical reports and the notes of my meetings with your lawyers. Please also tell me for what purposes the data is kept and whether any of it has been passed to insurers or other third parties.

An electronic copy sent to this email address would be ideal.

Yours sincerely,
Hiroshi Tanaka
Plant Manager, Kaizen Precision Parts Vietnam
Tel: (0251) 3891 624
""",
    ),
    # ------------------------------------------------------------------ 018
    dict(
        file="h37_018.eml", category="complaint", automated=False, language="vi",
        contact=dict(name="Đàm Thị Lụa", phone="+84983640159",
                     email="damthilua.nd@yahoo.com.vn", address="xóm 3, xã Hải Hậu, tỉnh Ninh Bình"),
        note="Body is windows-1258 with combining tone marks; compare after NFC normalisation. "
             "Address given inline as where the sender lives.",
        from_name="Đàm Thị Lụa", from_addr="damthilua.nd@yahoo.com.vn", to="info",
        subject="Về việc nhân viên Công ty kể chuyện gia đình tôi cho hàng xóm",
        date="2026-02-03 08:27:45 +0700", client="oe", fmt="plain", cte="quoted-printable",
        charset="windows-1258", hdr="Q",
        body="""Kính gửi Công ty Thịnh Trí,

Tôi là Đàm Thị Lụa, ở xóm 3, xã Hải Hậu, tỉnh Ninh Bình. Tháng 12 năm ngoái tôi nhờ Công ty tư vấn việc chia tài sản sau ly hôn.

Ngày 20/01 có một anh nhân viên của Công ty về xã xác minh nhà đất. Anh ấy không vào nhà tôi mà ngồi quán nước đầu ngõ hỏi chuyện, kể cho mọi người biết tôi đang kiện chồng cũ đòi chia nhà, nói cả số tiền. Bây giờ cả xóm bàn tán, con tôi đi học cũng bị bạn trêu.

Tôi rất bức xúc. Đề nghị Công ty kiểm điểm nhân viên đó và trả lời cho tôi bằng văn bản. Số điện thoại của tôi: 0983 640 159.

Đàm Thị Lụa
""",
    ),
    # ------------------------------------------------------------------ 019
    dict(
        file="h37_019.eml", category="service_request", automated=False, language="vi",
        contact=dict(name="Hà Minh Nhật", phone="+84763185902", email="nhat.haminh@icloud.com",
                     address="27 Nguyễn Thái Học, Phường Hội An, TP. Đà Nẵng"),
        note="Reply; only the top part is new. Quoted firm signature has the firm's address and hotline; "
             "the sender's own address is where the hard copy should go. Full name only in the From "
             "display. 'Thỏa thuận bảo mật thông tin' is an NDA to be reviewed.",
        from_name="Hà Minh Nhật", from_addr="nhat.haminh@icloud.com",
        to=("Thịnh Trí Group", "info@thinhtrigroup.com"),
        subject="Re: Báo giá rà soát hợp đồng lao động",
        date="2026-01-14 07:12:30 +0700", client="iphone", fmt="plain", cte="quoted-printable",
        hdr="B", reply=True,
        body="""Chào chị Ngân,

Tôi đồng ý với báo giá 4.500.000đ cho việc rà soát hợp đồng lao động và thỏa thuận bảo mật với công ty mới. Tôi đã chuyển khoản sáng nay, nội dung "HA MINH NHAT RASOAT HDLD".

Khi có bản nhận xét, chị gửi giúp tôi bản cứng có chữ ký luật sư về nhà tôi ở 27 Nguyễn Thái Học, Phường Hội An, TP. Đà Nẵng. Cần trao đổi gì thêm chị gọi tôi số 0763 185 902.

Cảm ơn chị.
Nhật

Gửi từ iPhone của tôi

> Vào 14:02, Th 3, 13 thg 1, 2026, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
>
> Kính gửi anh Nhật,
>
> Cảm ơn anh đã gửi hợp đồng lao động và thỏa thuận bảo mật thông tin của công ty mới. Phí rà soát cả hai văn bản là 4.500.000 đồng (chưa VAT), thời gian hoàn thành 03 ngày làm việc kể từ khi nhận phí.
>
> Nếu anh đồng ý, vui lòng phản hồi email này.
>
> Trân trọng,
> Lê Kim Ngân
> Chuyên viên pháp lý
> Công ty Hệ Thống Luật TNHH Thịnh Trí
> 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
> Hotline: 1800 63 65
""",
    ),
    # ------------------------------------------------------------------ 020
    dict(
        file="h37_020.eml", category="correction_request", automated=False, language="vi",
        contact=dict(name="Âu Thị Ngọc Hân", phone="+84905276148",
                     email="ngochan.au@gmail.com", address=None),
        note=None,
        from_name="Âu Thị Ngọc Hân", from_addr="ngochan.au@gmail.com", to="support",
        subject="Đề nghị điều chỉnh ngày sinh và số CCCD trong hồ sơ",
        date="2026-02-04 16:51:22 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="B", attachments=[("CCCD_mat_truoc.jpg", "image/jpeg")],
        body="""Kính gửi Công ty,

Tôi là Âu Thị Ngọc Hân, đang được Công ty hỗ trợ hồ sơ chuyển nhượng căn hộ ở Phường An Khánh.

Khi đọc bản dự thảo hợp đồng chuyển nhượng Công ty gửi hôm qua, tôi thấy ngày sinh của tôi bị ghi là 17/08/1989, đúng phải là 17/06/1989; số CCCD cũng sai hai số cuối (ghi …4518, đúng là …4581). Tôi nghĩ lỗi có từ lúc nhập thông tin ban đầu nên nhờ Công ty sửa lại trong hồ sơ khách hàng và trên các văn bản sẽ ký.

Tôi gửi kèm ảnh chụp CCCD để đối chiếu.

Trân trọng,
Âu Thị Ngọc Hân
SĐT: 0905 276 148
""",
    ),
    # ------------------------------------------------------------------ 021
    dict(
        file="h37_021.eml", category="unknown", automated=False, language="vi",
        contact=dict(name="Vũ Hải Yến", phone="+84905812436",
                     email="yen.vu@lingualinktranslation.com", address=None),
        note="Cold sales pitch to the firm (translation partnership).",
        from_name="Yen Vu", from_addr="yen.vu@lingualinktranslation.com", to="info",
        subject="Đề xuất hợp tác dịch thuật công chứng và hợp pháp hóa lãnh sự cho văn phòng luật",
        date="2026-02-05 10:15:48 +0700", client="owa", fmt="alt", cte="base64", hdr="B",
        body="""Kính gửi Quý Công ty Luật Thịnh Trí,

Em là Vũ Hải Yến, phụ trách phát triển đối tác của Công ty Dịch thuật LinguaLink. Bên em cung cấp dịch vụ dịch thuật công chứng, chứng thực và hợp pháp hóa lãnh sự cho 28 ngôn ngữ, có văn phòng tại TP.HCM, Đà Nẵng và Hà Nội.

Nhiều công ty luật hiện đang gửi bên em dịch hộ chiếu, giấy tờ hộ tịch, bản án để luật sư tập trung vào chuyên môn. Với văn phòng luật đối tác, LinguaLink áp dụng:
- giảm 20% so với bảng giá chuẩn;
- trả kết quả trong ngày với tài liệu dưới 5 trang;
- nhận và giao hồ sơ miễn phí trong khu vực trung tâm TP.HCM.

Em rất mong được ghé văn phòng giới thiệu ngắn vào thời gian thuận tiện cho anh chị. Anh chị có thể liên hệ trực tiếp em qua Zalo/điện thoại 0905 812 436.

Trân trọng,
Vũ Hải Yến
Trưởng nhóm Phát triển đối tác
Công ty Dịch thuật LinguaLink
""",
    ),
    # ------------------------------------------------------------------ 022
    dict(
        file="h37_022.eml", category="deletion_request", automated=False, language="vi",
        contact=dict(name="Khuc Tien Dat", phone="+84965718203",
                     email="khuctiendat1979@gmail.com", address=None),
        note=None,
        from_name="Khuc Tien Dat", from_addr="khuctiendat1979@gmail.com", to="info",
        subject="xoa thong tin cua toi",
        date="2026-02-06 18:33:09 +0700", client="gmail", fmt="alt", cte="7bit",
        body="""chao cong ty
toi ten Khuc Tien Dat, sdt 0965 718 203. thang truoc toi co hoi ve thu tuc thanh lap cong ty nhung da quyet dinh khong lam nua. de nghi cong ty xoa so dien thoai, email va thong tin cua toi khoi he thong, khong goi hay nhan tin gi cho toi nua.
cam on.
""",
    ),
    # ------------------------------------------------------------------ 023
    dict(
        file="h37_023.eml", category="service_request", automated=False, language="en",
        contact=dict(name="Park Ji-hoon", phone="+842223712486",
                     email="jihoon.park@daesungvina.com.vn", address=None),
        note=None,
        from_name="Park Ji-hoon", from_addr="jihoon.park@daesungvina.com.vn", to="info",
        subject="Work permit renewal for three Korean engineers",
        date="2026-02-09 09:44:17 +0700", client="outlook", fmt="alt", cte="quoted-printable",
        body="""Dear Thinh Tri Legal,

I am the HR manager of Daesung Vina Co., Ltd., a manufacturer of automotive wiring harnesses in Bac Ninh. Three of our Korean engineers have work permits expiring between April and June 2026, and one of them, Mr. Kim, will also move from technician to production manager.

We would like to engage your firm to:
1. renew the three work permits;
2. handle Mr. Kim's change of position (we understand this may need a new permit rather than a renewal);
3. extend their temporary residence cards afterwards.

Please send us a proposal with your fees and the list of documents we need to prepare. For any questions, my direct line is (0222) 3712 486.

Best regards,
Park Ji-hoon
HR Manager
Daesung Vina Co., Ltd.
""",
    ),
    # ------------------------------------------------------------------ 024
    dict(
        file="h37_024.eml", category="complaint", automated=False, language="mixed",
        contact=dict(name="Phùng Gia Bảo", phone="+84702649183",
                     email="giabao.phung@gmail.com", address=None),
        note=None,
        from_name="Phùng Gia Bảo", from_addr="giabao.phung@gmail.com", to="support",
        subject="Urgent - hồ sơ của em bị gửi nhầm cho người khác",
        date="2026-02-10 11:58:26 +0700", client="gmail", fmt="alt", cte="quoted-printable",
        hdr="B",
        body="""Hi anh chị,

Em là Phùng Gia Bảo, đang làm hồ sơ xin định cư Canada (diện du học sinh chuyển PR) qua team Immigration bên mình.

Sáng nay em nhận được email từ một người lạ, nói là vừa nhận được từ Thịnh Trí một email có attach full bộ hồ sơ của em: passport, bảng điểm, sao kê ngân hàng, cả thư xác nhận việc làm. Anh ấy forward lại cho em xem và nói đã xóa bên anh ấy.

Em thật sự rất lo vì bộ hồ sơ có đủ thông tin tài chính và số hộ chiếu. This is a serious data breach. Em cần anh chị:
- confirm chính xác hồ sơ đã bị gửi cho những ai;
- giải thích tại sao lại xảy ra chuyện này;
- cho em biết bên mình sẽ làm gì để không bị lộ thêm.

Em chờ phản hồi trong hôm nay ạ.
Gia Bảo – 0702 649 183
""",
    ),
    # ------------------------------------------------------------------ 025
    dict(
        file="h37_025.eml", category="unknown", automated=True, language="en",
        contact=dict(name=None, phone=None, email=None, address=None),
        note="Bounce of the firm's own reply confirming a deletion; the embedded original has deletion "
             "keywords, a customer's name and the hotline but is not customer text.",
        special="bounce", to="support",
        from_raw="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        from_addr="mailer-daemon@googlemail.com",
        subject="Delivery Status Notification (Failure)",
        date="2026-02-11 15:21:07 +0700",
        body="""** Address not found **

Your message wasn't delivered to thanhbinh.ta@yahoo.com.vn because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
554 delivery error: dd This user doesn't have a yahoo.com.vn account (thanhbinh.ta@yahoo.com.vn) [0] - mta1207.mail.sg3.yahoo.com
""",
        dsn=[
            [("Reporting-MTA", "dns; googlemail.com"),
             ("Received-From-MTA", "dns; mail-sor-f41.google.com"),
             ("Arrival-Date", "Wed, 11 Feb 2026 00:21:03 -0800 (PST)"),
             ("X-Original-Message-ID", "<5d1e0b2a-7c44-4f0e-9b13-2a6f8c0d9e71@thinhtrigroup.com>")],
            [("Final-Recipient", "rfc822; thanhbinh.ta@yahoo.com.vn"),
             ("Action", "failed"),
             ("Status", "5.0.0"),
             ("Remote-MTA", "dns; mx-apac.mail.gm0.yahoodns.net"),
             ("Diagnostic-Code", "smtp; 554 delivery error: dd This user doesn't have a yahoo.com.vn account"),
             ("Last-Attempt-Date", "Wed, 11 Feb 2026 00:21:07 -0800 (PST)")],
        ],
        original=dict(
            from_name="Thịnh Trí Group", from_addr="support@thinhtrigroup.com",
            to="thanhbinh.ta@yahoo.com.vn",
            subject="Re: Yêu cầu xóa dữ liệu cá nhân",
            date="2026-02-11 15:21:02 +0700",
            in_reply_to="<b71f20c4-3e9d-4a58-8c21-7f0e63d1a954@yahoo.com.vn>",
            body="""Kính gửi anh Tạ Thanh Bình,

Thịnh Trí xác nhận đã xóa toàn bộ dữ liệu cá nhân của anh (họ tên, số điện thoại, email, nội dung tư vấn) khỏi hệ thống theo yêu cầu của anh ngày 06/02/2026, trừ các chứng từ kế toán mà pháp luật yêu cầu lưu trữ.

Nếu cần hỗ trợ thêm, anh vui lòng gọi hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
        ),
    ),
]
