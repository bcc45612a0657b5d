# -*- coding: utf-8 -*-
"""Message data for h23_026 .. h23_050 (Sat 18 - Sun 26 Apr 2026)."""

INFO = "info@thinhtrigroup.com"
SUPPORT = "support@thinhtrigroup.com"
FIRM_INFO = ("Thịnh Trí Group", INFO)

MSGS = [
    # ------------------------------------------------------------------ 026
    dict(
        id="h23_026", date="Sat, 18 Apr 2026 08:03:51 +0700", style="bounce",
        frm=("Mail Delivery System", "Mailer-Daemon@mail.thinhtrigroup.com"), to=INFO,
        subject="Mail delivery failed: returning message to sender",
        body="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kimoanh.truong@yahoo.com
    host mta7.am0.yahoodns.net [67.195.204.79]
    SMTP error from remote mail server after RCPT TO:<kimoanh.truong@yahoo.com>:
    552 1 Requested mail action aborted, mailbox full
""",
        dsn=[
            [("Reporting-MTA", "dns; mail.thinhtrigroup.com")],
            [("Action", "failed"),
             ("Final-Recipient", "rfc822;kimoanh.truong@yahoo.com"),
             ("Status", "5.0.0"),
             ("Remote-MTA", "dns; mta7.am0.yahoodns.net"),
             ("Diagnostic-Code", "smtp; 552 1 Requested mail action aborted, mailbox full")],
        ],
        original=dict(
            frm=None, to="kimoanh.truong@yahoo.com", date="Sat, 18 Apr 2026 08:03:45 +0700",
            subject="Xác nhận lịch hẹn tư vấn ngày 20/04/2026",
            body="""\
Kính gửi chị Trương Kim Oanh,

Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận lịch tư vấn trực tiếp của chị vào 14h00 thứ Hai, 20/04/2026 tại 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM.

Số điện thoại chị đã đăng ký: 0912 406 385. Nếu cần thay đổi lịch, vui lòng gọi hotline 1800 63 65.

Trân trọng,
Thịnh Trí Group
""",
        ),
        label=dict(category="unknown", automated=True, language="en",
                   note="Bounce of the firm's own appointment confirmation; the client's name and phone inside the "
                        "returned message are not a sender contact."),
    ),
    # ------------------------------------------------------------------ 027
    dict(
        id="h23_027", date="Sat, 18 Apr 2026 09:21:05 +0700", style="gmail", cte="qp",
        frm=("Mai Xuân Trường", "maixuantruong.sg@gmail.com"), to=FIRM_INFO,
        subject="Re: Báo giá dịch vụ soạn thảo hợp đồng mua bán căn hộ",
        in_reply_to="<0e6b8c1d-93a2-4f7e-b1d0-58c2e7a41f66@thinhtrigroup.com>",
        body="""\
Chào chị Diệp,

Tôi đồng ý với báo giá 6.500.000 đồng (chưa VAT) cho gói soạn hợp đồng và luật sư đi cùng khi ký công chứng. Chị làm hợp đồng dịch vụ giúp tôi, bên bán hẹn ký công chứng vào sáng thứ Ba 28/04.

Thông tin để ghi vào hợp đồng dịch vụ:
- Họ tên: Mai Xuân Trường
- Chỗ ở hiện tại: 45/12 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM
- Điện thoại: 0909 613 482

Tôi sẽ chuyển khoản tạm ứng 50% ngay khi nhận hợp đồng.

Trường
""",
        quote=dict(
            attr="Vào Th 5, 16 thg 4, 2026 vào lúc 16:45 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            text="""\
Kính gửi anh Trường,

Cảm ơn anh đã quan tâm đến dịch vụ của Công ty. Phí soạn thảo hợp đồng mua bán căn hộ và cử luật sư đi cùng khi ký tại văn phòng công chứng là 6.500.000 đồng (chưa bao gồm VAT).

Nếu anh đồng ý, vui lòng phản hồi email này kèm thông tin để lập hợp đồng dịch vụ, hoặc gọi hotline 1800 63 65 (máy lẻ 214).

Trân trọng,
Lê Ngọc Diệp
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""),
        label=dict(category="service_request", language="vi", name="Mai Xuân Trường", phone="+84909613482",
                   email="maixuantruong.sg@gmail.com", address="45/12 Lê Văn Sỹ, Phường Nhiêu Lộc, TP.HCM",
                   note="Reply accepting a quote; only the top part is new. Quoted firm signature has the firm's "
                        "hotline and address."),
    ),
    # ------------------------------------------------------------------ 028
    dict(
        id="h23_028", date="Sun, 19 Apr 2026 20:12:33 +0700", style="gmail", cte="b64",
        frm=("Hà Thị Minh Nguyệt", "minhnguyet.ha@gmail.com"), to=("Thịnh Trí Support", SUPPORT),
        subject="Re: Nhắc thanh toán phí dịch vụ đợt 2 – HĐ số 0326/TT",
        in_reply_to="<7f2d9e40-1c5b-4a88-9e6f-d3b0a2c41e57@thinhtrigroup.com>",
        attach=[("UNC_03042026.jpg", "jpeg")],
        body="""\
Tôi rất bực mình khi nhận email này.

Tôi ĐÃ chuyển khoản đợt 2 số tiền 12.000.000 đồng vào tài khoản của Công ty ngày 03/04/2026, nội dung ghi rõ "HD 0326 TT Ha Thi Minh Nguyet". Ảnh ủy nhiệm chi tôi gửi kèm lần nữa. Ngày 09/04 tôi đã gửi ảnh này cho bạn kế toán qua Zalo và được trả lời "em ghi nhận rồi ạ".

Vậy mà hôm qua Công ty lại gửi email nhắc nợ, còn báo sẽ "tạm ngừng xử lý hồ sơ". Đề nghị Công ty kiểm tra lại sổ sách, xác nhận bằng văn bản là tôi đã thanh toán đủ và xin lỗi vì sự nhầm lẫn này. Hồ sơ của tôi phải được tiếp tục đúng tiến độ.

Hà Thị Minh Nguyệt
0398 145 602
""",
        quote=dict(
            attr="Vào Th 7, 18 thg 4, 2026 vào lúc 10:12 Thịnh Trí Support <support@thinhtrigroup.com> đã viết:",
            text="""\
Kính gửi chị Nguyệt,

Theo hợp đồng dịch vụ số 0326/TT, phí đợt 2 (12.000.000 đồng) đến hạn ngày 05/04/2026 nhưng Công ty chưa ghi nhận thanh toán. Quý khách vui lòng chuyển khoản vào tài khoản số 0071 0012 34567 tại Ngân hàng TMCP Ngoại thương Việt Nam, chi nhánh Kỳ Đồng. Nếu chưa thanh toán trước 25/04, Công ty sẽ tạm ngừng xử lý hồ sơ.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Phòng Kế toán
Thịnh Trí Group"""),
        label=dict(category="complaint", language="vi", name="Hà Thị Minh Nguyệt", phone="+84398145602",
                   email="minhnguyet.ha@gmail.com",
                   note="Reply to the firm's payment reminder; quoted text has the firm's bank account and hotline."),
    ),
    # ------------------------------------------------------------------ 029
    dict(
        id="h23_029", date="Mon, 20 Apr 2026 08:14:27 +0700", style="gmail", cte="qp",
        frm=("Tôn Thất Minh Quân", "quan.tonthat@gmail.com"), to=INFO,
        subject="Đề nghị hủy hồ sơ của cha tôi và của tôi sau khi xong thủ tục thừa kế",
        body="""\
Kính gửi Công ty,

Tôi là Tôn Thất Minh Quân. Năm 2025 Công ty đã giúp gia đình tôi làm thủ tục khai nhận di sản thừa kế căn nhà 27 Chi Lăng, Phường Phú Xuân, TP. Huế của cha tôi là ông Tôn Thất Hiển (mất năm 2024). Thủ tục đã hoàn tất và nhà đã sang tên.

Gia đình tôi không muốn các giấy tờ của cha tôi (giấy chứng tử, sổ đỏ, di chúc viết tay) cũng như CCCD, giấy khai sinh của tôi và các anh chị em tiếp tục được lưu tại Công ty. Đề nghị Công ty xóa các bản scan và tiêu hủy các bản photo đang giữ, sau đó thông báo cho tôi biết.

Mọi liên lạc xin gọi tôi: 0905 772 316.

Trân trọng,
Tôn Thất Minh Quân
""",
        label=dict(category="deletion_request", language="vi", name="Tôn Thất Minh Quân", phone="+84905772316",
                   email="quan.tonthat@gmail.com",
                   note="Late father's name and the inherited house's address appear; neither is the sender's "
                        "contact (no own address given)."),
    ),
    # ------------------------------------------------------------------ 030
    dict(
        id="h23_030", date="Mon, 20 Apr 2026 09:30:12 +0700", style="outlook", cte="7bit",
        frm=("Park Ji-hoon", "jihoon.park@daesungvina.com"), to=INFO,
        subject="Work permit renewal for three Korean engineers",
        body="""\
Dear Thinh Tri Legal,

I am the HR manager of Daesung Precision Vina in Bac Ninh. The work permits of three of our Korean engineers expire in June:

- Mr. Kim Dong-hyun (passport M47120385)
- Mr. Lee Sang-woo (passport M55018462)
- Ms. Choi Yu-na (passport M60231977)

We would like your firm to handle the renewals, including the health checks and a new criminal record certificate for Ms. Choi, who joined us only last year. Please let us know the list of documents we need to prepare and your fee per person.

My direct mobile is 0978 350 226 (also KakaoTalk).

Best regards,
Park Ji-hoon
HR Manager
Daesung Precision Vina Co., Ltd.
""",
        label=dict(category="service_request", language="en", name="Park Ji-hoon", phone="+84978350226",
                   email="jihoon.park@daesungvina.com",
                   note="Engineers' names and passport numbers are third parties; the contact is the HR manager."),
    ),
    # ------------------------------------------------------------------ 031
    dict(
        id="h23_031", date="Mon, 20 Apr 2026 10:48:40 +0700", style="gmail", cte="qp", henc="q",
        frm=("Tiffany Duong", "tiffany.duong.design@gmail.com"), to=INFO,
        subject="Đã nhận giấy chứng nhận nhãn hiệu – thank you!",
        body="""\
Hi anh Phát và team,

Em đã nhận được Giấy chứng nhận đăng ký nhãn hiệu "Mộc Miên Studio" qua bưu điện sáng nay rồi ạ. Cảm ơn team đã follow hồ sơ suốt gần 2 năm, really appreciate it!

Chúc cả team một tuần làm việc hiệu quả. Have a great week!

Dương Ngọc Diễm (Tiffany)
Mộc Miên Studio
0762 318 905
""",
        label=dict(category="unknown", language="mixed", name="Dương Ngọc Diễm", phone="+84762318905",
                   email="tiffany.duong.design@gmail.com", note="Thanks only; no request."),
    ),
    # ------------------------------------------------------------------ 032
    dict(
        id="h23_032", date="Mon, 20 Apr 2026 13:20:18 +0700", style="gmail", cte="7bit",
        frm=("Thanh Vi Van", "vivanthanh.lc@gmail.com"), to=SUPPORT,
        subject="sua so CCCD trong ho so",
        body="""\
Chao anh chi,
Toi la Vi Van Thanh, dang nho cong ty lam ho so dang ky bien dong dat dai (bo me tang cho dat).
Hom qua toi nhan ban nhap hop dong tang cho thi thay so CCCD cua toi bi ghi sai: trong ho so ghi 036 188 004 271, so dung la 036 188 004 217 (dao 2 so cuoi). Nho anh chi sua lai trong ho so va cac giay to truoc khi in ky, khong thi ra van phong cong chung se bi tra.
Co gi goi toi: 0329 846 105.
Cam on anh chi.
Vi Van Thanh
""",
        label=dict(category="correction_request", language="vi", name="Vi Van Thanh", phone="+84329846105",
                   email="vivanthanh.lc@gmail.com",
                   note="The 12-digit CCCD numbers (wrong and correct) are not phone numbers."),
    ),
    # ------------------------------------------------------------------ 033
    dict(
        id="h23_033", date="Mon, 20 Apr 2026 19:20:51 +0700", style="samsung", cte="b64",
        frm=("Khúc Thị Thanh Tâm", "khucthanhtam.nd@gmail.com"), to=SUPPORT,
        subject="Khiếu nại bản dịch công chứng sai ngày sinh",
        body="""\
Kính gửi Công ty,

Tôi là Khúc Thị Thanh Tâm. Ngày 06/04 tôi nhận bộ hồ sơ dịch thuật công chứng sang tiếng Đức (giấy khai sinh, học bạ, bằng tốt nghiệp) để nộp xin visa du học. Hôm nay Đại sứ quán trả hồ sơ vì ngày sinh trên bản dịch giấy khai sinh ghi 12/08/2004 trong khi bản gốc là 21/08/2004. Tôi mất lịch hẹn, phải đặt lại sau 3 tuần và tốn thêm phí dịch vụ đặt lịch.

Khi nhận hồ sơ tôi đã hỏi lại nhân viên có kiểm tra kỹ không và được khẳng định "đúng hết rồi chị". Tôi rất thất vọng về sự cẩu thả này.

Đề nghị Công ty:
1. Dịch và công chứng lại miễn phí, giao trong 2 ngày;
2. Sửa lại ngày sinh của tôi trong hồ sơ lưu tại Công ty để các giấy tờ sau không bị sai nữa;
3. Bồi hoàn khoản phí đặt lại lịch hẹn 1.200.000 đồng.

Khúc Thị Thanh Tâm
SĐT: 0354 617 289

Gửi từ điện thoại Galaxy của tôi
""",
        label=dict(category="complaint", language="vi", name="Khúc Thị Thanh Tâm", phone="+84354617289",
                   email="khucthanhtam.nd@gmail.com",
                   note="Complaint about a botched translation that also asks to correct her birth date on file; "
                        "dominant intent complaint."),
    ),
    # ------------------------------------------------------------------ 034
    dict(
        id="h23_034", date="Tue, 21 Apr 2026 07:55:03 +0700", style="iphone", cte="qp",
        frm=("Nguyen Ly", "nguyenly.work@gmail.com"), to=INFO,
        subject="Request copy personal data",
        body="""\
Hi anh chị,

Em là Lý Thảo Nguyên, năm 2024 em có làm hồ sơ xin giấy phép lao động cho công ty cũ qua bên mình. Em muốn request một bản copy toàn bộ personal data bên mình đang lưu về em (hồ sơ, giấy tờ scan, email trao đổi, notes…) để em lưu lại.

Email nguyenly.work@gmail.com này là email công việc em sắp không dùng nữa, anh chị gửi file về email cá nhân của em là thaonguyen.ly94@gmail.com giúp em nha.

Thanks anh chị!

Sent from my iPhone
""",
        label=dict(category="access_request", language="mixed", name="Lý Thảo Nguyên",
                   email="thaonguyen.ly94@gmail.com",
                   note="Body asks for the reply at her personal address, which wins over the From address."),
    ),
    # ------------------------------------------------------------------ 035
    dict(
        id="h23_035", date="Tue, 21 Apr 2026 09:15:46 +0700", style="outlook_b64", cte="b64",
        frm=("Giang Hoàng Nam", "nam.giang@phuongnamclinic.vn"), to=INFO,
        subject="Đề nghị báo giá tư vấn tuân thủ Luật Bảo vệ dữ liệu cá nhân cho phòng khám",
        body="""\
Kính gửi Quý Công ty,

Tôi là Giang Hoàng Nam, Giám đốc Phòng khám Đa khoa Phương Nam (Cần Thơ). Phòng khám hiện lưu hồ sơ bệnh án điện tử của khoảng 40.000 bệnh nhân, có sử dụng phần mềm của bên thứ ba và gửi tin nhắn nhắc lịch tái khám.

Từ khi Luật Bảo vệ dữ liệu cá nhân có hiệu lực, chúng tôi muốn thuê Công ty tư vấn trọn gói:
- Rà soát quy trình thu thập, lưu trữ và chia sẻ dữ liệu sức khỏe của bệnh nhân;
- Soạn chính sách bảo mật, mẫu văn bản lấy sự đồng ý và quy trình xử lý khi bệnh nhân yêu cầu xem, chỉnh sửa hoặc xóa dữ liệu;
- Lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân;
- Đào tạo cho khoảng 25 nhân viên.

Đề nghị Công ty gửi đề xuất phạm vi công việc, chi phí và thời gian thực hiện. Liên hệ trực tiếp: 0903 448 271.

Trân trọng,
Giang Hoàng Nam
Giám đốc – Phòng khám Đa khoa Phương Nam
""",
        label=dict(category="service_request", language="vi", name="Giang Hoàng Nam", phone="+84903448271",
                   email="nam.giang@phuongnamclinic.vn",
                   note="Full of data-protection vocabulary (xem, chỉnh sửa, xóa dữ liệu) but it is a request for "
                        "compliance consulting, not a data-subject request."),
    ),
    # ------------------------------------------------------------------ 036
    dict(
        id="h23_036", date="Tue, 21 Apr 2026 11:40:29 +0700", style="gmail", cte="7bit",
        frm=("Daniel Okafor", "daniel.okafor.hcm@gmail.com"), to=INFO,
        subject="Unsubscribe and delete my details",
        body="""\
Hi,

I signed up for your free webinar on labour contracts for foreign employees back in February, and since then I get two or three promotional emails a week from you, plus SMS messages.

Please take me off all your mailing and SMS lists and delete my name, email address and phone number from your database. I don't want to be contacted for marketing again.

Thanks,
Daniel Okafor
""",
        label=dict(category="deletion_request", language="en", name="Daniel Okafor",
                   email="daniel.okafor.hcm@gmail.com"),
    ),
    # ------------------------------------------------------------------ 037
    dict(
        id="h23_037", date="Tue, 21 Apr 2026 15:10:14 +0700", style="outlook", cte="qp",
        frm=("Tạ Quang Vinh", "vinh.ta@vinhphatsteel.vn"), to=SUPPORT,
        subject="Luật sư vắng mặt tại phiên hòa giải – đề nghị giải trình và hoàn phí",
        body="""\
Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Công ty TNHH Thép Vĩnh Phát chúng tôi đã ký hợp đồng thuê Công ty đại diện trong vụ tranh chấp hợp đồng mua bán hàng hóa với một khách hàng nợ tiền hàng, hiện đang ở giai đoạn hòa giải tại Tòa án nhân dân khu vực 7 – TP.HCM.

Sáng 17/04, luật sư Đặng Hữu Nghĩa được phân công đã không có mặt tại phiên hòa giải, cũng không báo trước. Kế toán của chúng tôi đi một mình, không nắm được hồ sơ và buộc phải xin hoãn. Phía bị đơn lợi dụng để kéo dài thêm thời gian trả nợ.

Đây là lần thứ hai luật sư của Công ty lỡ hẹn với chúng tôi trong vụ này. Chúng tôi đề nghị:
1. Giải trình bằng văn bản trước ngày 24/04;
2. Thay luật sư phụ trách;
3. Giảm 30% phí dịch vụ giai đoạn này để bù đắp thiệt hại.

Tạ Quang Vinh
Giám đốc – Công ty TNHH Thép Vĩnh Phát
ĐT: 0913 527 064
""",
        label=dict(category="complaint", language="vi", name="Tạ Quang Vinh", phone="+84913527064",
                   email="vinh.ta@vinhphatsteel.vn"),
    ),
    # ------------------------------------------------------------------ 038
    dict(
        id="h23_038", date="Wed, 22 Apr 2026 09:05:37 +0700", style="gmail", cte="7bit",
        frm=("Lan Anh Bach", "bachlananh.dp@gmail.com"), to=INFO,
        subject="hoi thu tuc sang ten so do khi bo mat khong de lai di chuc",
        body="""\
Chao cong ty,
Toi ten la Bach Thi Lan Anh. Bo toi mat thang 11/2025, khong de lai di chucs. Bo toi dung ten so do manh dat 120m2 o que, me toi con song, nha co 3 chi em.
Toi muoons hoi:
- Thu tucj khai nhan / phan chia di san lam o dau, can nhung giay to gi?
- Neu 3 chi em toi muon de lai het cho me dung ten thi lam the nao?
- Mot em trai toi dang o Dai Loan, khong ve duoc thi co uy quyen duoc khong?
Nha toi o so 14 ngo 3 thon Thuong, xa Phuc Loc, Ha Noi. Sdt 0386 402 159, cong ty goi gio nao cung duoc.
Cam on cong ty nhieu.
""",
        label=dict(category="service_request", language="vi", name="Bach Thi Lan Anh", phone="+84386402159",
                   email="bachlananh.dp@gmail.com", address="so 14 ngo 3 thon Thuong, xa Phuc Loc, Ha Noi",
                   note="Unaccented Vietnamese with stray Telex keystrokes (chucs, muoons, tucj)."),
    ),
    # ------------------------------------------------------------------ 039
    dict(
        id="h23_039", date="Wed, 22 Apr 2026 10:30:02 +0700", style="gmail", cte="qp",
        frm=("Doãn Thị Thu Phương", "thuphuong.doan.91@gmail.com"), to=FIRM_INFO,
        subject="Re: Xác nhận lịch tư vấn ngày 24/04/2026",
        in_reply_to="<c4a8e2f1-5d93-4b6e-a0c7-19e3f8b2d650@thinhtrigroup.com>",
        body="""\
Dạ em chào anh chị,

Em xác nhận lịch hẹn 9h sáng thứ Sáu 24/04 ạ. Nhưng số điện thoại trong email xác nhận bị ghi sai nên hôm trước bên mình nhắn tin mà em không nhận được. Số đúng của em là 0971 243 856 (không phải 0971 234 856). Anh chị sửa lại trong hồ sơ giúp em để hôm đó lễ tân gọi được nha.

Em cảm ơn.
Thu Phương
""",
        quote=dict(
            attr="Vào Th 3, 21 thg 4, 2026 vào lúc 17:02 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            text="""\
Kính gửi chị Doãn Thị Thu Phương,

Công ty xác nhận lịch tư vấn trực tiếp của chị:
- Thời gian: 9h00 thứ Sáu, 24/04/2026
- Địa điểm: 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
- Luật sư: Đặng Hữu Nghĩa
- Số điện thoại của chị: 0971 234 856

Nếu cần thay đổi lịch, xin gọi hotline 1800 63 65.

Trân trọng,
Thịnh Trí Group"""),
        label=dict(category="correction_request", language="vi", name="Doãn Thị Thu Phương", phone="+84971243856",
                   email="thuphuong.doan.91@gmail.com",
                   note="Reply that also confirms an appointment, but the request is to fix her phone number; the "
                        "wrong number 0971 234 856 is in the quoted confirmation."),
    ),
    # ------------------------------------------------------------------ 040
    dict(
        id="h23_040", date="Wed, 22 Apr 2026 14:00:48 +0700", style="yahoo", cte="qp",
        frm=("Cù Thị Ngọc Ánh", "ngocanh.cu@yahoo.com"), to=INFO,
        subject="Xin bản sao hồ sơ, giấy tờ tôi đã nộp cho Công ty",
        body="""\
Kính gửi Công ty Thịnh Trí,

Năm 2024 tôi nhờ Công ty làm thủ tục đăng ký kết hôn với chồng tôi là người Canada. Tuần trước nhà tôi bị mất trộm, cặp tài liệu có bản gốc giấy xác nhận tình trạng hôn nhân, hộ chiếu cũ và một số giấy tờ khác bị lấy mất.

Tôi đề nghị Công ty cung cấp cho tôi bản sao toàn bộ giấy tờ, thông tin cá nhân của tôi mà Công ty còn lưu trong hồ sơ năm đó (bản scan hay bản photo đều được) để tôi làm lại giấy tờ. Nếu có bản giấy, xin gửi bưu điện về địa chỉ: 61 Trần Phú, Phường Hải Châu, TP. Đà Nẵng.

Số điện thoại của tôi: 0981 630 427.

Trân trọng,
Cù Thị Ngọc Ánh
""",
        label=dict(category="access_request", language="vi", name="Cù Thị Ngọc Ánh", phone="+84981630427",
                   email="ngocanh.cu@yahoo.com", address="61 Trần Phú, Phường Hải Châu, TP. Đà Nẵng"),
    ),
    # ------------------------------------------------------------------ 041
    dict(
        id="h23_041", date="Tue, 21 Apr 2026 20:14:09 +0000", style="plain", cte="7bit",
        frm=("Barr. James Whitmore", "jwhitmore.chambers@outlook.com"), to=INFO,
        subject="URGENT: Unclaimed estate of late client - your assistance required",
        body="""\
Dear Counsel,

I am Barrister James Whitmore, personal attorney to the late Mr. Pham Van Long, a businessman who died intestate in London, leaving the sum of GBP 8,400,000 in a private account. As he shares the surname of several of your clients, I propose that your firm presents one of them as next of kin.

Your firm will receive 35% for its legal services. This transaction is 100% risk free and confidential. To proceed, kindly send the full name, passport copy and bank details of the beneficiary, together with your direct phone number.

You may call me on +44 7700 900412.

Yours faithfully,
Barr. James Whitmore
""",
        label=dict(category="unknown", language="en", name="James Whitmore", phone="+447700900412",
                   email="jwhitmore.chambers@outlook.com",
                   note="Advance-fee scam; mentions 'legal services' but is spam."),
    ),
    # ------------------------------------------------------------------ 042
    dict(
        id="h23_042", date="Thu, 23 Apr 2026 08:47:22 +0700", style="yahoo", cte="qp",
        frm=("Thân Thị Lệ Quyên", "lequyen.than@yahoo.com"), to=SUPPORT,
        subject="Đề nghị tiêu hủy bản sao giấy tờ tùy thân",
        body="""\
Kính gửi Công ty,

Tôi là Thân Thị Lệ Quyên. Tháng 01/2026 tôi có nộp cho Công ty bản sao CCCD, sổ hộ khẩu cũ và giấy chứng nhận kết hôn để hỏi về thủ tục nhận con nuôi. Sau khi được tư vấn, vợ chồng tôi quyết định chưa làm nên không ký hợp đồng dịch vụ.

Tôi đề nghị Công ty tiêu hủy toàn bộ các bản sao giấy tờ trên (cả bản giấy và bản scan) và không lưu thông tin của vợ chồng tôi nữa. Tôi không muốn những giấy tờ này nằm ở nơi khác khi không còn cần thiết.

Khi xử lý xong, xin báo lại cho tôi qua email này hoặc số 0915.846.273.

Trân trọng,
Thân Thị Lệ Quyên
""",
        label=dict(category="deletion_request", language="vi", name="Thân Thị Lệ Quyên", phone="+84915846273",
                   email="lequyen.than@yahoo.com",
                   note="Asks to destroy ('tiêu hủy') copies and stop storing data, without the word 'xóa'."),
    ),
    # ------------------------------------------------------------------ 043
    dict(
        id="h23_043", date="Thu, 23 Apr 2026 10:20:55 +0700", style="gmail", cte="b64",
        frm=("Âu Mỹ Tiên", "aumytien.0307@gmail.com"), to=INFO,
        subject="Hỏi tiến độ hồ sơ thẻ tạm trú cho chồng",
        body="""\
Dạ chào anh chị,

Em là Âu Mỹ Tiên, vợ của anh Julien Moreau. Ngày 23/03 em đã nộp đủ hồ sơ xin cấp thẻ tạm trú diện thân nhân cho chồng em qua Công ty, phí đã thanh toán.

Em viết mail này không phải để khiếu nại đâu ạ, chỉ là visa hiện tại của chồng em hết hạn ngày 10/05 nên em hơi lo. Nhờ anh chị cung cấp thông tin giúp em hồ sơ đang ở bước nào, dự kiến khi nào có thẻ, và nếu không kịp thì có cần gia hạn visa trước không ạ.

Anh chị gọi em số 0773 905 418 cũng được.

Em cảm ơn anh chị nhiều!
Mỹ Tiên
""",
        label=dict(category="service_request", language="vi", name="Âu Mỹ Tiên", phone="+84773905418",
                   email="aumytien.0307@gmail.com",
                   note="Says 'không phải khiếu nại'; 'cung cấp thông tin' asks for case status, not for her personal "
                        "data."),
    ),
    # ------------------------------------------------------------------ 044
    dict(
        id="h23_044", date="Thu, 23 Apr 2026 13:55:16 +0700", style="gmail", cte="qp",
        frm=("Robert Haines", "r.haines1968@gmail.com"), to=SUPPORT,
        subject="Fwd: Invoice INV-2026-0418 – Thinh Tri Legal",
        body="""\
Hello,

I am forwarding your latest invoice because it is wrong for the second month in a row, and I am frankly tired of chasing this.

1. You have billed 14.5 hours for "review of lease agreement and correspondence". The lease is six pages long and there were four emails. In the engagement letter you estimated 4-5 hours in total.
2. The invoice is again addressed to my old apartment in Thao Dien, even though I gave your staff my new address in February.

I will not pay this invoice until someone senior explains the hours, issues a corrected invoice and fixes my address in your system. My address is: 22 Đường số 9, Phường An Khánh, TP.HCM.

Robert Haines
Mobile: 0932 508 761

---------- Forwarded message ---------
From: Thinh Tri Billing <support@thinhtrigroup.com>
Date: Wed, 22 Apr 2026 at 16:05
Subject: Invoice INV-2026-0418 – Thinh Tri Legal
To: <r.haines1968@gmail.com>

Dear Mr. Haines,

Please find below your invoice for professional services in March 2026.

Invoice no.: INV-2026-0418
Client: Robert Haines, Apt 12.05, Masteri Thao Dien, Thu Duc, HCMC
Services: Review of lease agreement and correspondence - 14.5 hours
Amount due: 21,750,000 VND

Payment by bank transfer within 7 days. For questions, please call 1800 63 65.

Thinh Tri Legal - Billing
""",
        label=dict(category="complaint", language="en", name="Robert Haines", phone="+84932508761",
                   email="r.haines1968@gmail.com", address="22 Đường số 9, Phường An Khánh, TP.HCM",
                   note="Billing complaint that also asks to fix his address; dominant intent complaint. The old "
                        "address in the forwarded invoice is not the contact address."),
    ),
    # ------------------------------------------------------------------ 045
    dict(
        id="h23_045", date="Thu, 23 Apr 2026 16:40:33 +0700", style="thunderbird", cte="7bit",
        frm=("Lukas Brandt", "lukas.brandt.vn@gmail.com"), to=INFO,
        subject="Tax penalty after your advice - I expect you to take responsibility",
        body="""\
Dear Sir or Madam,

In January I paid your firm for advice on my personal income tax as a freelance consultant living in Vietnam. Your consultant told me by email that, because my clients were all overseas, I did not need to declare anything in Vietnam for 2025.

Last week I received a notice from the tax office: I should have declared and paid tax on that income, and I now owe the tax plus late-payment interest and a fine of 7,500,000 VND. The tax officer said this is basic and well known.

I relied on your advice in good faith. I expect your firm to refund the consultation fee, reimburse the fine and the interest, and arrange a meeting with a senior partner to sort out the filing. I would like a reply before the end of next week.

Lukas Brandt
+84 35 927 1046
""",
        label=dict(category="complaint", language="en", name="Lukas Brandt", phone="+84359271046",
                   email="lukas.brandt.vn@gmail.com"),
    ),
    # ------------------------------------------------------------------ 046
    dict(
        id="h23_046", date="Fri, 24 Apr 2026 09:12:07 +0700", style="outlook", cte="qp",
        frm=("Natalia Petrova", "n.petrova@corvel-pharma.com"), to=SUPPORT,
        subject="Please update my email address",
        body="""\
Dear Thinh Tri team,

I'm writing from my work account for the last time – my secondment with Corvel Pharma Vietnam ends on 30 April and this mailbox will be closed.

Your firm is still handling the sale of my apartment in Thu Thiem, so please replace this address in my client record with my personal email: Natalia.Petrova.Home@outlook.com. Everything else (phone 0868 441 982, mailing address) stays the same.

Could you confirm once the change has been made?

Thank you,
Natalia Petrova
""",
        label=dict(category="correction_request", language="en", name="Natalia Petrova", phone="+84868441982",
                   email="natalia.petrova.home@outlook.com",
                   note="New contact email in the body (written with capitals) differs from the From address."),
    ),
    # ------------------------------------------------------------------ 047
    dict(
        id="h23_047", date="Fri, 24 Apr 2026 11:05:49 +0700", style="oe1258",
        frm=("Triệu Văn Khang", "trieuvankhang58@yahoo.com.vn"), to=SUPPORT,
        subject="Báo thay đổi địa chỉ liên lạc",
        body="""\
Kính gửi Công ty,

Tôi là Triệu Văn Khang, khách hàng đang được Công ty làm thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất.

Tôi xin báo là từ đầu tháng 4 tôi đã về ở với con gái, địa chỉ mới là: 102 Nguyễn Văn Cừ, Phường Cái Khế, TP. Cần Thơ. Nhờ Công ty sửa lại địa chỉ trong hồ sơ, các giấy tờ, thư mời từ nay xin gửi về địa chỉ này.

Số di động của tôi không đổi: 0939 207 581.

Cảm ơn Công ty.
Triệu Văn Khang
""",
        label=dict(category="correction_request", language="vi", name="Triệu Văn Khang", phone="+84939207581",
                   email="trieuvankhang58@yahoo.com.vn", address="102 Nguyễn Văn Cừ, Phường Cái Khế, TP. Cần Thơ",
                   note="windows-1258 body with combining tone marks; compare after NFC."),
    ),
    # ------------------------------------------------------------------ 048
    dict(
        id="h23_048", date="Fri, 24 Apr 2026 15:30:26 +0700", style="owa_html", cte="b64",
        frm=("Kha Thị Hồng Hạnh", "honghanh.kha@outlook.com"), to=INFO,
        subject="Về thông tin cá nhân của tôi",
        body="""\
Kính gửi Công ty Thịnh Trí,

Tôi là Kha Thị Hồng Hạnh. Cuối năm 2025 tôi có điền phiếu đăng ký trên website để nhận tư vấn miễn phí về hợp đồng thuê nhà, sau đó tôi tự giải quyết được nên không dùng dịch vụ.

Tôi rút lại sự đồng ý cho Công ty xử lý những thông tin cá nhân tôi đã khai trong phiếu đó (họ tên, số điện thoại, email, nơi làm việc). Mong Công ty không lưu giữ các thông tin này trong hệ thống nữa và cũng không chuyển cho bất kỳ đối tác nào.

Xin cảm ơn và mong nhận được xác nhận của Công ty.
Kha Thị Hồng Hạnh
0345 816 072
""",
        label=dict(category="deletion_request", language="vi", name="Kha Thị Hồng Hạnh", phone="+84345816072",
                   email="honghanh.kha@outlook.com",
                   note="Deletion request without the word 'xóa' (withdraws consent, asks the firm not to keep the "
                        "data). HTML-only body."),
    ),
    # ------------------------------------------------------------------ 049
    dict(
        id="h23_049", date="Sat, 25 Apr 2026 10:05:11 +0700", style="gmail", cte="qp",
        frm=("Ngô Quốc Tuấn", "ngoquoctuan.vt@gmail.com"), to=INFO,
        subject="Hỏi Công ty đang lưu thông tin gì về tôi",
        body="""\
Chào Công ty,

Tôi là Ngô Quốc Tuấn. Tuần này tôi nhận được thư của Công ty mời tham dự hội thảo về thừa kế, trong thư gọi đúng tên tôi và còn nhắc đến "hồ sơ mua bán đất tại Bà Rịa" của tôi. Tôi nhớ mình chỉ từng gọi điện hỏi Công ty một lần vào năm 2023, chưa ký hợp đồng gì.

Xin Công ty cho tôi biết Công ty đang lưu những thông tin nào về tôi, lấy từ nguồn nào, dùng vào mục đích gì, và gửi cho tôi một bản sao các thông tin đó.

Số điện thoại của tôi: 0911 372 604.

Cảm ơn Công ty.
Ngô Quốc Tuấn
""",
        label=dict(category="access_request", language="vi", name="Ngô Quốc Tuấn", phone="+84911372604",
                   email="ngoquoctuan.vt@gmail.com"),
    ),
    # ------------------------------------------------------------------ 050
    dict(
        id="h23_050", date="Sun, 26 Apr 2026 21:33:40 +0700", style="iphone", cte="qp",
        frm=("Annie Dang", "annie.dang.qa@gmail.com"), to=INFO,
        subject="Review giúp em offer letter + labor contract",
        body="""\
Hi anh chị,

Em là Đặng Quỳnh Anh (Annie). Em vừa nhận offer làm Senior QA cho một công ty Singapore, làm remote từ VN nhưng ký hợp đồng với entity bên Singapore. Trong contract có điều khoản non-compete 24 tháng và điều khoản IP khá rộng nên em hơi lo.

Em muốn book một buổi review contract (khoảng 10 trang, tiếng Anh) trong tuần này vì deadline ký là thứ Sáu 01/05. Anh chị báo giúp em phí review và em cần gửi những gì nha.

Em cảm ơn ạ. Có gì anh chị Zalo em: 0703 615 829.

Sent from my iPhone
""",
        label=dict(category="service_request", language="mixed", name="Đặng Quỳnh Anh", phone="+84703615829",
                   email="annie.dang.qa@gmail.com"),
    ),
]
