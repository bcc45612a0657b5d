# -*- coding: utf-8 -*-
"""Message data for holdout set 32 (part 2: unknown, correction, deletion, access).
Same fields as msgs.py; 'kind' selects a special builder for automated mail."""

MSGS = [
# ---------------------------------------------------------------- unknown (automated)
dict(
    key="un_ooo_nong_san",
    kind="ooo",
    date="2026-04-27 14:02:11",
    from_name="Đỗ Thị Kim Oanh", from_email="oanh.do@nongsanmekong.com.vn",
    to="info", hdr="B",
    subject="Trả lời tự động: Thư mời tọa đàm \"Quyền của chủ thể dữ liệu: yêu cầu xóa, chỉnh sửa dữ liệu cá nhân\"",
    style="outlook", fmt="plain", cte="quoted-printable",
    body="""Kính chào Quý đối tác,
Tôi đang đi công tác vùng nguyên liệu tại Sóc Trăng đến hết ngày 08/05/2026, sóng điện thoại và email hạn chế. Việc gấp xin liên hệ anh Lâm Quốc Trung, phòng thu mua, email trung.lam@nongsanmekong.com.vn, ĐT 0907 552 318.

Dear partner,
I am on a field trip until 08 May 2026 with limited access to email. For urgent matters please contact Mr. Lam Quoc Trung (trung.lam@nongsanmekong.com.vn, 0907 552 318).

Đỗ Thị Kim Oanh
Công ty CP Nông Sản Mekong""",
    label=dict(cat="unknown", lang="mixed", automated=True,
               note="Out-of-office reply to the firm's seminar invitation; the subject contains deletion/correction keywords. The colleague's email and phone are not a customer contact."),
),
dict(
    key="un_bounce_mailbox",
    kind="bounce",
    date="2026-02-12 16:40:27",
    to="info",
    bounce_rcpt="ngthanhtam.bt@yahoo.com.vn",
    orig_subject="Xác nhận đã tiếp nhận yêu cầu cung cấp bản sao dữ liệu cá nhân",
    orig_date="2026-02-12 16:40:22",
    orig_body="""Kính gửi anh Nguyễn Thanh Tâm,

Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã tiếp nhận yêu cầu cung cấp bản sao dữ liệu cá nhân của anh gửi ngày 10/02/2026 (số điện thoại anh cung cấp: 0913 247 806). Chúng tôi sẽ phản hồi trong thời hạn luật định.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Hotline: 1800 63 65""",
    label=dict(cat="unknown", lang="en", automated=True,
               note="Bounce of the firm's own confirmation mail; the embedded original mentions a customer's name, phone and an access request, but it is not customer text."),
),
dict(
    key="un_newsletter_nha_nong",
    kind="newsletter",
    date="2026-05-04 06:00:00",
    from_name="Bản tin Nhà Nông Thông Thái", from_email="bantin@nhanongthongthai.vn",
    to="info", hdr="Q",
    subject="Nhà Nông Thông Thái số 18: Giá sầu riêng tuần này, cải tạo đất phèn, hỏi đáp sổ đỏ ghi sai tên",
    style="newsletter", fmt="alt", cte="base64",
    body="""NHÀ NÔNG THÔNG THÁI - SỐ 18 (04/05/2026)

Kính gửi bạn đọc,

1. Giá nông sản tuần này: sầu riêng Ri6 loại 1 tại vườn dao động 68.000 - 75.000đ/kg; tiêu đen 142.000đ/kg; cà phê nhân 98.500đ/kg.
2. Kỹ thuật: cải tạo đất phèn bằng vôi và phân hữu cơ trước mùa mưa.
3. Hỏi đáp pháp luật: Sổ đỏ ghi sai tên, sai năm sinh thì đính chính ở đâu? Xem bài trả lời của luật sư trên website.
4. Lịch tập huấn miễn phí: "Ghi chép sổ sách cho hộ kinh doanh nông sản" - 8h00 ngày 16/05/2026.

Thư này gửi tới địa chỉ email đã đăng ký tại nhanongthongthai.vn.
Để hủy đăng ký và xóa địa chỉ email khỏi danh sách nhận tin: https://nhanongthongthai.vn/huy-dang-ky?u=a81f02c""",
    label=dict(cat="unknown", lang="vi", automated=True,
               note="Bulk newsletter (List-Unsubscribe, Precedence: bulk); 'hủy đăng ký và xóa địa chỉ email' is the list's own unsubscribe footer, and the 'sổ đỏ ghi sai tên' item is an article."),
),
dict(
    key="un_autoack_ticket",
    kind="autoack",
    date="2026-03-05 10:21:46",
    from_name="CSKH Phân Bón Cửu Long", from_email="cskh-noreply@phanboncuulong.vn",
    to="support", hdr="B",
    subject="Re: Đề nghị cập nhật thông tin hợp đồng và cung cấp hồ sơ của khách hàng [Phiếu #CL-260305-0417]",
    style="autoack", fmt="html", cte="quoted-printable",
    body="""Kính gửi Quý khách,

Cảm ơn Quý khách đã liên hệ Phân Bón Cửu Long. Yêu cầu của Quý khách đã được hệ thống ghi nhận với mã phiếu CL-260305-0417 và chuyển đến bộ phận phụ trách. Chúng tôi sẽ phản hồi trong vòng 03 ngày làm việc.

Đây là thư tự động, vui lòng không trả lời thư này. Để bổ sung thông tin, Quý khách vui lòng truy cập cổng hỗ trợ và nhập mã phiếu.

Phân Bón Cửu Long - Bộ phận Chăm sóc khách hàng
Tổng đài: 1800 588 912""",
    label=dict(cat="unknown", lang="vi", automated=True,
               note="Ticket-system auto-acknowledgement; the subject looks like a human reply with correction/access keywords, only Auto-Submitted (and the body) reveal it is automatic."),
),
# ---------------------------------------------------------------- unknown (human)
dict(
    key="un_ung_tuyen_thuc_tap",
    date="2026-05-04 21:16:40",
    from_name="Tôn Nữ Minh Thư", from_email="tonnuminhthu.hue@gmail.com",
    to="info", hdr="B",
    subject="Ứng tuyển vị trí thực tập sinh pháp lý - Tôn Nữ Minh Thư",
    style="gmail", fmt="mixed", cte="quoted-printable",
    attach=[("CV_TonNuMinhThu.pdf", "application/pdf")],
    body="""Kính gửi Phòng Nhân sự Công ty Thịnh Trí,

Em là Tôn Nữ Minh Thư, sinh viên năm cuối Trường Đại học Luật, Đại học Huế, chuyên ngành Luật Kinh tế. Em thấy Công ty đăng tin tuyển thực tập sinh pháp lý mảng đất đai và doanh nghiệp nên mạnh dạn gửi hồ sơ.

Quê em ở Phong Điền, ba mạ làm ruộng, nên em rất muốn theo mảng tư vấn đất đai cho bà con nông thôn. Em đã thực tập 3 tháng tại Trung tâm Trợ giúp pháp lý nhà nước, hỗ trợ soạn đơn và tiếp công dân.

Em gửi kèm CV và bảng điểm. Em có thể vào TP.HCM phỏng vấn từ sau ngày 20/5. Số điện thoại của em: 0763 218 594.

Em xin cảm ơn và mong nhận được phản hồi từ Công ty.
Tôn Nữ Minh Thư""",
    label=dict(cat="unknown", lang="vi", name="Tôn Nữ Minh Thư", phone="+84763218594",
               note="Job application, not a customer request."),
),
dict(
    key="un_chao_hang_gio_qua",
    date="2026-01-14 09:40:18",
    from_name="Mai Thị Ngọc Hiền", from_email="hien.nongsanlamha@outlook.com",
    to="info", hdr="B",
    subject="Giỏ quà nông sản Đà Lạt tặng khách hàng doanh nghiệp - báo giá ưu đãi",
    style="owa", fmt="html", cte="quoted-printable",
    body="""Kính gửi Quý Công ty,

Em là Mai Thị Ngọc Hiền, đại diện cơ sở Nông Sản Sạch Lâm Hà. Nhân dịp đầu năm, bên em gửi Quý Công ty bảng giá giỏ quà nông sản Đà Lạt dành cho doanh nghiệp tặng khách hàng, đối tác:
- Giỏ "An Khang": cà phê Arabica rang mộc, hạt mắc ca, trà atiso - 450.000đ
- Giỏ "Phát Lộc": thêm mứt dâu, hồng treo gió - 690.000đ
- In logo công ty lên thiệp và hộp miễn phí.

Chiết khấu 15% cho đơn từ 50 giỏ, giao tận nơi TP.HCM trong 2 ngày. Anh chị cần mẫu thử em gửi tận văn phòng ạ.

Liên hệ em: 0357 914 286 (Zalo)
Mai Thị Ngọc Hiền
Nông Sản Sạch Lâm Hà""",
    label=dict(cat="unknown", lang="vi", name="Mai Thị Ngọc Hiền", phone="+84357914286",
               note="Sales pitch to the firm."),
),
dict(
    key="un_cam_on_luat_su",
    date="2026-01-27 19:05:51",
    from_name="Ba Thanh", from_email="bathanh.traon@gmail.com",
    to="info",
    subject="cam on luat su Hieu",
    style="gmail", fmt="plain", cte="7bit",
    body="""Chao luat su Hieu va cong ty,
Tui la Dang Van Thanh (Ba Thanh) o Tra On, Vinh Long ne. Toa xu xong vu dat roi, ben kia da chiu tra lai phan dat lan ranh, bua qua can bo xa xuong cam coc lai. Gia dinh tui mung lam.
Tui viet thu nay chi de cam on luat su voi cong ty da giup tui suot may thang, tu luc tui con chua biet viet don ra sao. Cuoi nam vuon buoi chin tui gui len van phong may trai an lay thao.
Co dip xuong mien Tay thi ghe nha tui choi nghen.
Ba Thanh - 0918 574 203""",
    label=dict(cat="unknown", lang="vi", name="Dang Van Thanh", phone="+84918574203",
               note="Thanks-only message, no request; the promise to send pomelos is not a request to the firm. From display uses the nickname 'Ba Thanh'."),
),
dict(
    key="un_spam_ban_data",
    date="2026-02-17 02:13:09",
    from_name="Data Khach Hang 2026", from_email="datakhachhang.vip2026@gmail.com",
    to="info",
    subject="Ban data khach hang co nhu cau vay von, mua dat, ly hon - cap nhat moi nhat",
    style="gmail", fmt="alt", cte="7bit",
    body="""Chao anh chi van phong luat,
Ben em chuyen cung cap DATA KHACH HANG chat luong cao, loc theo tinh/thanh, nghe nghiep, thu nhap:
- Data nguoi dang can vay von, no xau
- Data nguoi dang co tranh chap dat dai, ly hon
- Data chu ho kinh doanh moi thanh lap
Gia chi tu 500d/so, mua 10.000 so tang 2.000 so. Cam ket so that, dang hoat dong.
Lien he Zalo: 0589 317 046
Tran Tuan Kiet - Data Marketing
Khong muon nhan email nay vui long reply XOA.""",
    label=dict(cat="unknown", lang="vi", name="Tran Tuan Kiet", phone="+84589317046",
               note="Spam offering to sell personal-data lists; 'reply XOA' is an opt-out line, not a deletion request."),
),
dict(
    key="un_nham_dia_chi_tour",
    date="2026-05-06 22:30:12", tz="+0100",
    from_name="Olivia Bennett", from_email="olivia.bennett.travels@gmail.com",
    to="info",
    subject="Booking enquiry - Mekong orchard & homestay tour, 3 adults",
    style="gmail", fmt="alt", cte="7bit",
    body="""Hi Thinh Tri Travel team,

We found this address on a travel forum. We'd like to book your 2-day orchard and floating market tour from Cai Be for 3 adults on 22-23 May, including the homestay night.

Could you confirm availability and the price per person, and whether pickup from Ho Chi Minh City is included? One of us is vegetarian.

My WhatsApp is +44 7700 900 418.

Many thanks,
Olivia Bennett""",
    label=dict(cat="unknown", lang="en", name="Olivia Bennett", phone="+447700900418",
               note="Misdirected: a tour booking meant for a travel company, not a request the law firm can act on."),
),
# ---------------------------------------------------------------- correction_request
dict(
    key="cr_doi_so_mat_sim",
    date="2026-01-08 12:44:20",
    from_name="Mong Tuyen Quach", from_email="mongtuyen.quach@gmail.com",
    to="support",
    subject="doi so dien thoai trong ho so",
    style="android", fmt="plain", cte="7bit",
    body="""Chao anh chi,
Em la Quach Thi Mong Tuyen, ban trai cay o cho Cai Rang, dang nho cong ty lam ho so tranh chap hop dong thue sap.
So cu cua em 0913 605 728 bi mat sim roi, anh chi cap nhat giup em so moi la 0707 284 139 nha. Luat su Vinh co goi thi goi so moi nay, so cu dung goi nua, ai nghe may cung khong phai em dau.
Cam on anh chi nhieu.""",
    label=dict(cat="correction_request", lang="vi", name="Quach Thi Mong Tuyen", phone="+84707284139",
               note="Old number 0913 605 728 also present; contact phone is the new one."),
),
dict(
    key="cr_dia_chi_moi_sau_lu",
    date="2026-01-29 15:10:38",
    from_name="Nguyễn Thị Mận", from_email="nguyenthiman.tuyhoa@gmail.com",
    to="support", hdr="Q",
    subject="Đề nghị cập nhật địa chỉ liên lạc mới",
    style="iphone", fmt="plain", cte="quoted-printable",
    body="""Kính gửi Công ty,

Tui là Nguyễn Thị Mận, khách hàng của Công ty trong vụ đòi tiền bảo hiểm ghe cá của chồng tui (hồ sơ do chị Thảo phụ trách).

Sau trận lũ cuối năm, nhà cũ ở thôn Phú Lương, xã Hòa Thịnh bị sạt lở không ở được nữa, giờ cả nhà dọn về ở với mạ tui. Công ty có gửi giấy tờ chi thì gửi về địa chỉ mới ni giùm tui:
thôn Long Thủy, xã An Phú, tỉnh Đắk Lắk

Số điện thoại vẫn là 0984 127 653, không đổi chi hết.

Cảm ơn Công ty.
Nguyễn Thị Mận

Gửi từ iPhone của tôi""",
    label=dict(cat="correction_request", lang="vi", name="Nguyễn Thị Mận", phone="+84984127653",
               address="thôn Long Thủy, xã An Phú, tỉnh Đắk Lắk",
               note="Old address (thôn Phú Lương, xã Hòa Thịnh) also mentioned; contact address is the new one."),
),
dict(
    key="cr_ten_ho_chieu_cong_nhan",
    date="2026-03-19 17:22:05",
    from_name="Cristina Dela Cruz", from_email="cristina.delacruz.qc@gmail.com",
    to="support",
    subject="Correction of my name and passport number",
    style="gmail", fmt="alt", cte="7bit",
    body="""Good day,

I am Ma. Cristina Dela Cruz, quality inspector at a garment factory in Trang Bom, Dong Nai. Your office is processing my work permit renewal through my company's HR.

In the confirmation letter you sent last week my name is written as "Cristina Delacruz" and my passport number as P4418276B. The correct spelling is Ma. Cristina Dela Cruz (with a space in Dela Cruz), and my passport number is P4418726B - the 2 and the 7 are swapped. Please correct these in your records before anything is submitted, because the name must match my passport exactly.

You can reach me at 0326 915 408 after 5 pm.

Thank you and God bless,
Ma. Cristina Dela Cruz""",
    label=dict(cat="correction_request", lang="en", name="Ma. Cristina Dela Cruz", phone="+84326915408",
               note="Misspelled variant 'Cristina Delacruz' also appears; From display omits 'Ma.'"),
),
dict(
    key="cr_email_rieng_shop_giay",
    date="2026-02-03 11:58:31",
    from_name="Tâm Store - Giày Dép", from_email="tamstore.giaydep@gmail.com",
    to="support", hdr="B",
    subject="Update email liên hệ giúp em",
    style="gmail", fmt="alt", cte="base64",
    body="""Hi team Thịnh Trí,

Em là Hà Minh Tâm, đang nhờ bên mình tư vấn vụ tranh chấp với bên cho thuê kho ở Biên Hòa. Email này là email chung của shop, mấy bạn nhân viên cũng đọc được nên em hơi ngại.

Từ giờ anh chị gửi mọi thông tin về vụ việc qua email riêng của em: hminhtam.bh@gmail.com nha, đừng gửi vào email shop nữa. Số phone vẫn giữ: 0918 027 654.

Thanks team!
Minh Tâm""",
    label=dict(cat="correction_request", lang="mixed", name="Hà Minh Tâm", phone="+84918027654",
               email="hminhtam.bh@gmail.com",
               note="New contact email in body differs from the From address (shared shop mailbox, display name is the shop)."),
),
dict(
    key="cr_ho_chieu_moi_han_quoc",
    date="2026-04-09 13:47:52",
    from_name="Park Joon-ho", from_email="joonho.park.ct@gmail.com",
    to="info",
    subject="New passport number - please update",
    style="outlook", fmt="alt", cte="quoted-printable",
    body="""Dear Thinh Tri,

This is Park Joon-ho. Your firm is handling the temporary residence card application for me and my wife, Mrs. Tran Thi Bich Van. We run a small Korean restaurant together in Ninh Kieu, Can Tho.

My old passport was full, so the Korean consulate issued me a new one on 2 April. Please update your records: new passport no. M73928461, valid until 01/04/2036. The old number M51472093 is no longer valid. Everything else (address, phone 0939 862 417) stays the same.

I can bring the original to your office next week if you need to see it.

Best regards,
Park Joon-ho""",
    label=dict(cat="correction_request", lang="en", name="Park Joon-ho", phone="+84939862417",
               note="Wife's name (Tran Thi Bich Van) also appears; the sender is Park Joon-ho."),
),
dict(
    key="cr_cp1258_ho_lu",
    date="2026-02-20 08:05:17",
    from_name="Lữ Văn Bền", from_email="luvanben1955@yahoo.com.vn",
    to="support",
    subject="Xin sửa lại họ tên và địa chỉ trong hồ sơ",
    style="oe", fmt="plain", cte="quoted-printable", charset="windows-1258",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Lữ Văn Bền, khách hàng nhờ Công ty làm thủ tục tách thửa đất vườn năm ngoái. Hôm rồi nhận thư của Công ty thấy ghi họ tôi là "Lư Văn Bền", thiếu dấu ngã. Họ của tôi là Lữ, có dấu ngã, như trong căn cước. Xin Công ty sửa lại trong hồ sơ lưu cho đúng để sau này giấy tờ khỏi sai.

Nhân tiện, địa chỉ của tôi đã đổi tên sau khi sáp nhập tỉnh, nay là: ấp Phước Hòa, xã Phước Long, tỉnh Cà Mau. Xin cập nhật luôn.

Điện thoại: (0291) 3862 147

Cám ơn Công ty.
Lữ Văn Bền""",
    label=dict(cat="correction_request", lang="vi", name="Lữ Văn Bền", phone="+842913862147",
               address="ấp Phước Hòa, xã Phước Long, tỉnh Cà Mau",
               note="windows-1258 body with combining tone marks; compare after NFC. Misspelled variant 'Lư Văn Bền' also appears. Landline number."),
),
dict(
    key="cr_reply_sai_ngay_sinh",
    date="2026-04-21 08:12:44",
    from_name="Kiều Thị Thanh Loan", from_email="thanhloan.kieu@gmail.com",
    to="support", hdr="B",
    subject="Re: Xác nhận thông tin đăng ký hộ kinh doanh tiệm may",
    style="gmail", fmt="alt", cte="quoted-printable",
    reply_to_firm=True,
    body="""Chào chị Duyên,

Chị ơi thông tin bên dưới có 2 chỗ sai, chị sửa trong hồ sơ giùm em với:
- Ngày sinh của em là 14/09/1988, không phải 14/09/1998.
- Địa chỉ nhà em là 46 kiệt 12 Chi Lăng, phường Phú Xuân, TP Huế (bên dưới ghi thiếu "kiệt 12").

Mấy thông tin khác đúng rồi chị. Em cảm ơn chị nhiều nghe.

Thanh Loan
0935 418 260""",
    quote_hdr="Vào 14:30, Th 2, 20 thg 4, 2026 Thịnh Trí Group <support@thinhtrigroup.com> đã viết:",
    quote="""Chào chị Loan,

Để chuẩn bị hồ sơ đăng ký hộ kinh doanh tiệm may, chị vui lòng kiểm tra lại thông tin sau:
- Họ tên: Kiều Thị Thanh Loan
- Ngày sinh: 14/09/1998
- Địa chỉ: 46 Chi Lăng, phường Phú Xuân, TP Huế
- Điện thoại: 0935 418 260

Nếu có sai sót, chị phản hồi email này giúp em. Hotline: 1800 63 65.

Trân trọng,
Đinh Mỹ Duyên
Công ty Hệ Thống Luật TNHH Thịnh Trí""",
    label=dict(cat="correction_request", lang="vi", name="Kiều Thị Thanh Loan", phone="+84935418260",
               address="46 kiệt 12 Chi Lăng, phường Phú Xuân, TP Huế",
               note="Reply; the new part signs only 'Thanh Loan' (full name from the From header). The quoted firm text holds the old, wrong address and the firm's hotline; the contact address is the corrected one."),
),
# ---------------------------------------------------------------- deletion_request
dict(
    key="dr_xoa_so_khoi_danh_sach",
    date="2026-03-12 12:31:09",
    from_name="Sa Ly Thach", from_email="thachthisaly.tv@gmail.com",
    to="info",
    subject="dung goi cho toi nua",
    style="gmail", fmt="plain", cte="7bit",
    body="""chao cong ty,
toi la Thach Thi Sa Ly o Tra Cu, Tra Vinh. nam ngoai toi co hoi cong ty ve viec lap hop tac xa nhung sau do khong lam nua.
tu do toi gio thang nao cung co nhan vien ben cong ty goi moi du hoi thao, moi dich vu, nhan tin Zalo. toi ban ngoai cho bat may hoai rat phien.
cong ty xoa so 0335 906 217 cua toi va ten toi ra khoi danh sach, dung goi dung nhan nua nha. cam on.""",
    label=dict(cat="deletion_request", lang="vi", name="Thach Thi Sa Ly", phone="+84335906217",
               note="Annoyed but the request is to delete her number/name from the calling list."),
),
dict(
    key="dr_swede_dragon_fruit",
    date="2026-02-26 19:48:30", tz="+0100",
    from_name="Erik Lindqvist", from_email="erik.lindqvist@telia.com",
    to="info",
    subject="Request to erase my personal data",
    style="thunderbird", fmt="plain", cte="8bit",
    body="""Hello,

In 2025 your firm advised me and my former business partner, Mr. Võ Thanh Liêm, on setting up a small dragon fruit export company in Ham Thuan Nam, Binh Thuan. We decided not to go ahead, and I have since moved back to Sweden.

I would like you to erase the personal data you hold about me: passport copy, Swedish ID card, bank statements and my contact details. I am asking only for myself, not on behalf of Mr. Liêm. Please confirm by email once this is done, or tell me if there is anything you are legally required to keep.

Erik Lindqvist
Storgatan 18, 632 20 Eskilstuna, Sweden""",
    label=dict(cat="deletion_request", lang="en", name="Erik Lindqvist",
               address="Storgatan 18, 632 20 Eskilstuna, Sweden",
               note="Former partner's name (Võ Thanh Liêm) also appears; the sender is Erik Lindqvist. 8bit body, no phone."),
),
dict(
    key="dr_huy_ban_photo",
    date="2026-05-14 15:27:03",
    from_name="Đinh Thị Hồng Nhung", from_email="hongnhung.dinh72@yahoo.com",
    to="info", hdr="Q",
    subject="Về giấy tờ tôi đã gửi Công ty năm ngoái",
    style="yahoo", fmt="alt", cte="quoted-printable",
    body="""Thưa Công ty,

Tôi là Đinh Thị Hồng Nhung, làm bánh tráng ở An Nhơn. Năm ngoái tôi có gửi cho Công ty bản photo căn cước, sổ hộ khẩu cũ và giấy tờ đất để hỏi về việc chia tài sản sau ly hôn. Giờ vợ chồng tôi đã về lại với nhau, chuyện đó không còn nữa.

Tôi không muốn mấy giấy tờ đó còn nằm ở Công ty, lỡ người ngoài biết thì cũng ngại. Mong Công ty hủy giúp tất cả bản photo, bản scan và những gì tôi đã kể lúc tư vấn, không lưu lại nữa. Làm xong nhắn cho tôi một tin qua số 0982 371 564 là được.

Cảm ơn Công ty.
Đinh Thị Hồng Nhung""",
    label=dict(cat="deletion_request", lang="vi", name="Đinh Thị Hồng Nhung", phone="+84982371564",
               note="Polite deletion request without the word 'xóa'; 'hủy' here means destroying the stored copies, not cancelling a service."),
),
dict(
    key="dr_unsubscribe_bakery",
    date="2026-03-23 22:14:47",
    from_name="Yến Vy Bakery", from_email="yenvy.bakery.vt@gmail.com",
    to="info", hdr="B",
    subject="Unsubscribe + xóa data của em",
    style="gmail", fmt="alt", cte="base64",
    body="""Hi Thịnh Trí,

Em là Lê Hoàng Yến Vy, có join workshop online "Pháp lý cho shop nhỏ" bên mình hồi tháng 2. Từ đó em bị add vào group Zalo, nhận newsletter, SMS promotion gần như mỗi ngày.

Giờ em không cần nữa, nhờ team remove em ra khỏi mailing list với group Zalo, rồi delete hết thông tin cá nhân em đã điền lúc đăng ký workshop (họ tên, địa chỉ email này, số điện thoại 0868 104 529) khỏi hệ thống luôn. Xong rồi anh chị reply confirm cho em một câu là được.

Thanks,
Yến Vy""",
    label=dict(cat="deletion_request", lang="mixed", name="Lê Hoàng Yến Vy", phone="+84868104529",
               note="From display is the bakery name; the person is Lê Hoàng Yến Vy."),
),
dict(
    key="dr_cp1258_goa_phu",
    date="2026-05-18 08:40:26",
    from_name="Hứa Thị Sen", from_email="huathisen1957@yahoo.com.vn",
    to="info",
    subject="Xin không lưu giữ thông tin của tôi nữa",
    style="oe", fmt="plain", cte="quoted-printable", charset="windows-1258",
    body="""Kính gửi Công ty,

Tôi là Hứa Thị Sen, ở Rạch Giá. Năm 2023 chồng tôi còn sống có nhờ Công ty làm giấy tờ sang tên chiếc ghe và căn nhà cho tôi. Ông nhà tôi đã mất đầu năm nay.

Nay tôi không còn việc gì cần Công ty nữa. Xin Công ty đừng giữ giấy tờ, hình căn cước và số điện thoại của tôi với của ông nhà tôi nữa, cũng đừng gửi thư chúc Tết hay gọi điện mời dịch vụ. Có gì cần báo thì gọi số nhà (0297) 3867 425.

Cám ơn Công ty.
Hứa Thị Sen""",
    label=dict(cat="deletion_request", lang="vi", name="Hứa Thị Sen", phone="+842973867425",
               note="Polite deletion request without 'xóa' ('đừng giữ ... nữa'). windows-1258 with combining tone marks; compare after NFC. Landline."),
),
dict(
    key="dr_bo_het_di_nghe_an",
    date="2026-01-16 20:55:12",
    from_name="Phan Đình Cường", from_email="phandinhcuong.dienchau@gmail.com",
    to="info", hdr="B",
    subject="Về giấy tờ tui gửi hồi đầu năm",
    style="android", fmt="plain", cte="base64",
    body="""Chào Công ty,

Tui là Phan Đình Cường, ở xã Diễn Châu, Nghệ An. Cuối năm ngoái tui có nhờ Công ty coi giùm hợp đồng đi làm bên Nhật với công ty môi giới, có gửi hộ chiếu, căn cước, giấy khám sức khỏe.

Chừ tui không đi nữa, ở nhà nuôi bò với mạ. Tui nhắn ri không phải khiếu nại chi, Công ty làm rứa là tốt rồi. Chỉ là mấy giấy tờ với số điện thoại của tui Công ty đang giữ thì bỏ hết đi giùm, đừng lưu nữa, tui không cần chi nữa mô.

Cảm ơn Công ty.
Cường - 0387 526 194""",
    label=dict(cat="deletion_request", lang="vi", name="Phan Đình Cường", phone="+84387526194",
               note="North-central wording ('chừ', 'ri', 'rứa', 'mô'). Says 'không phải khiếu nại'; deletion phrased as 'bỏ hết đi, đừng lưu nữa' without 'xóa'."),
),
dict(
    key="dr_non_client_uk_buyer",
    date="2026-03-30 10:02:38", tz="+0100",
    from_name="Daniel Whitfield", from_email="d.whitfield@orchardlinkfruit.co.uk",
    to="info",
    subject="Personal data held without my consent - erasure request",
    style="outlook", fmt="alt", cte="7bit",
    body="""Dear Sir or Madam,

I am a fruit buyer based in the UK. I have just learned from a supplier in Cai Be, Tien Giang, that during a contract dispute last year your firm received my personal details (name, mobile number, home address and copies of my emails) from them, and that you still hold a file on me.

I was never your client and did not consent to this. Please delete all personal data relating to me from your records and confirm in writing when this has been done. If you believe you must retain anything, please explain the legal basis.

Regards,
Daniel Whitfield
+44 7700 900 236""",
    label=dict(cat="deletion_request", lang="en", name="Daniel Whitfield", phone="+447700900236",
               note="Non-client whose data came from a third party; objects to the lack of consent but the request is erasure (with legal basis if anything is kept), not a complaint."),
),
# ---------------------------------------------------------------- access_request
dict(
    key="ar_tiem_sua_xe",
    date="2026-02-06 17:20:55",
    from_name="Hau Le", from_email="levanhau.suaxe@gmail.com",
    to="info",
    subject="xin ban sao thong tin cong ty luu ve toi",
    style="android", fmt="plain", cte="quoted-printable",
    body="""Chao cong ty,
Toi ten Le Van Hau, mo tiem sua xe o Ben Luc. Nam ngoai toi thue cong ty lo vu tai nan giao thong (xe toi dung nguoi ta), vu do xong roi.
Gio toi muon biet cong ty con luu nhung thong tin gi cua toi: giay to, bien ban, ghi am cuoc goi, so dien thoai... Cong ty gui cho toi mot ban sao tat ca qua email nay giup toi.
So toi: 0961 853 027
Cam on.

Được gửi từ điện thoại Samsung Galaxy của tôi.""",
    label=dict(cat="access_request", lang="vi", name="Le Van Hau", phone="+84961853027",
               note="No-diacritics body with a Samsung sign-off."),
),
dict(
    key="ar_hai_san_kho_html",
    date="2026-01-22 09:47:33",
    from_name="Huỳnh Thị Thu Sương", from_email="thusuong.huynh@outlook.com",
    to="info", hdr="Q",
    subject="Đề nghị cung cấp thông tin cá nhân Công ty đang lưu",
    style="owa", fmt="html", cte="quoted-printable",
    body="""Kính gửi Bộ phận Chăm sóc khách hàng,

Tôi là Huỳnh Thị Thu Sương, bán hải sản khô ở Sa Huỳnh, Quảng Ngãi. Tháng 12/2025 tôi có hai buổi tư vấn qua điện thoại với luật sư của Công ty về chuyện nợ tiền hàng với mối lái.

Tôi đề nghị Công ty cho tôi biết: Công ty đang lưu những thông tin cá nhân nào của tôi, có ghi âm các cuộc gọi không, và đã chia sẻ thông tin của tôi cho bên nào chưa (kể cả đối tác, ngân hàng). Xin gửi bản sao các ghi chép tư vấn và những thông tin đó cho tôi qua email này.

Điện thoại: 0356 274 918
Huỳnh Thị Thu Sương""",
    label=dict(cat="access_request", lang="vi", name="Huỳnh Thị Thu Sương", phone="+84356274918",
               note="HTML-only message."),
),
dict(
    key="ar_israeli_farm_manager",
    date="2026-04-29 10:30:19",
    from_name="Yonatan Levi", from_email="yonatan.levi@dripgreen-farms.com",
    to="info",
    subject="Request for a copy of my personal data",
    style="outlook", fmt="alt", cte="7bit",
    body="""Dear Thinh Tri Legal,

I manage a drip-irrigation demonstration farm for grapes and asparagus in Ninh Phuoc, Ninh Thuan. In 2025 your firm handled the land lease contract with the local cooperative, and I signed several documents personally.

Under Vietnam's personal data protection rules, I would like to receive a copy of all personal data your firm holds about me, the purposes for which it is processed, and whether it has been shared with any third party, including the cooperative or the provincial authorities.

You can reach me at our farm office: 0259 3854 216.

Sincerely,
Yonatan Levi
Farm Manager, DripGreen Farms Vietnam""",
    label=dict(cat="access_request", lang="en", name="Yonatan Levi", phone="+842593854216",
               note="Landline (farm office) given as where to reach him."),
),
dict(
    key="ar_farm_ca_phe_export",
    date="2026-03-04 21:40:02",
    from_name="Gia Bao Dao", from_email="giabao.dao.coffee@gmail.com",
    to="support", hdr="Q",
    subject="Request bản sao data cá nhân bên mình đang lưu",
    style="gmail", fmt="alt", cte="quoted-printable",
    body="""Hi anh chị,

Em là Đào Gia Bảo, chủ farm cà phê nhỏ ở Di Linh, từng dùng dịch vụ đăng ký nhãn hiệu của bên mình năm 2024.

Em muốn request một bản copy toàn bộ personal data mà bên mình đang lưu về em: thông tin liên hệ, CCCD, hợp đồng, invoice, notes của các cuộc call... Nếu được anh chị export ra file PDF hoặc Excel rồi gửi qua email này giúp em nha.

Phone/Zalo: 0918 630 472

Thanks anh chị!
Gia Bảo""",
    label=dict(cat="access_request", lang="mixed", name="Đào Gia Bảo", phone="+84918630472"),
),
dict(
    key="ar_khong_phai_khieu_nai",
    date="2026-05-19 16:11:48",
    from_name="Võ Văn Lành", from_email="vovanlanh.codo@gmail.com",
    to="info", hdr="B",
    subject="Hỏi về thông tin cá nhân Công ty đang giữ",
    style="gmail", fmt="alt", cte="base64",
    body="""Chào Công ty,

Tôi là Võ Văn Lành, chủ nhà máy xay lúa nhỏ ở Cờ Đỏ, Cần Thơ. Năm rồi Công ty có soạn giùm tôi hợp đồng bao tiêu lúa với mấy hộ dân.

Tôi hỏi để biết thôi, không phải khiếu nại gì đâu: Công ty đang giữ những thông tin cá nhân nào của tôi (căn cước, số tài khoản, hợp đồng, số điện thoại...) và giữ tới chừng nào? Nếu được thì gửi cho tôi bản danh sách hoặc bản sao mấy thông tin đó qua email.

Số điện thoại: 0907 416 325
Võ Văn Lành""",
    label=dict(cat="access_request", lang="vi", name="Võ Văn Lành", phone="+84907416325",
               note="Explicitly 'không phải khiếu nại'; asks what personal data is held and for a copy."),
),
dict(
    key="ar_telex_kon_tum",
    date="2026-02-13 20:26:37",
    from_name="Pham Van Hai", from_email="pham.vanhai.kt@gmail.com",
    to="info",
    subject="xin ban sao thoong tin ca nhaan",
    style="gmail", fmt="alt", cte="7bit",
    body="""Chaof cong ty,
Tooi ten Pham Van Hai, lam ray o Dak Ha, Kon Tum. Nam 2024 tooi co nho cong ty tu van vu tranh chap dat ray voi nguoi ba con.
Bay gio tooi can lay lai het nhung gi cong ty con giu ve ca nhaan tooi: so CCCD, ban chup so do, hop dong dich vu, loi luat su ghi lai luc tooi ke chuyen. Cong ty in ra roi gui buu dien ve nha giup tooi, dia chi: thon 7, xa Dak Ha, tinh Quang Ngai. Gui file qua email cung dduowcj.
SDT: 0372 905 613
Pham Van Hai""",
    label=dict(cat="access_request", lang="vi", name="Pham Van Hai", phone="+84372905613",
               address="thon 7, xa Dak Ha, tinh Quang Ngai",
               note="Telex residue from a half-disabled input method ('Chaof', 'tooi', 'nhaan', 'dduowcj'). Address given as his home for postal delivery."),
),
]
