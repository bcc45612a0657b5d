# -*- coding: utf-8 -*-
"""Message data for holdout set 38, part 2 (h38_026 .. h38_050). Same fields as msgs.py."""

MSGS2 = [
# 026 access, vi no diacritics, "khong phai khieu nai"
dict(
    d="2026-04-10 13:27:19", frm=("Hue Mac", "macthihue.qn@gmail.com"), to="info",
    subj="hoi ve thong tin cong ty dang luu",
    style="gmail", cte="7bit",
    body="""Chao cong ty,
Toi la Mac Thi Hue, nam ngoai co nho cong ty tu van thu tuc ket hon voi nguoi Han Quoc.
Day khong phai khieu nai, toi chi muon biet hien cong ty con luu nhung thong tin gi cua toi (giay to, hinh anh, so dien thoai, thong tin ve chong toi...) va cong ty lay nhung thong tin do tu dau. Neu duoc thi gui cho toi ban sao qua email nay.
So dt cua toi: 0394 218 573.
Cam on cong ty.""",
    lab=dict(cat="access_request", lang="vi", name="Mac Thi Hue", phone="+84394218573",
             email="macthihue.qn@gmail.com", address=None,
             note="Writer states it is not a complaint; asks what data is held and for a copy."),
),
# 027 service, vi, html-only b64 (outlook web), trademark
dict(
    d="2026-04-10 15:41:02", frm=("Tạ Quang Vinh", "vinh.ta@caphenuidoi.vn"), to="info",
    subj="Hỏi phí đăng ký nhãn hiệu cà phê",
    style="html", cte="b64",
    body="""Chào Công ty,

Tôi là Tạ Quang Vinh, chủ cơ sở rang xay "Cà Phê Núi Đồi" ở Bảo Lộc. Sắp tới tôi đưa sản phẩm vào chuỗi siêu thị nên cần đăng ký bảo hộ nhãn hiệu (chữ + logo) cho nhóm cà phê và nhóm dịch vụ quán.

Nhờ Công ty tra cứu sơ bộ xem tên này có bị trùng không, và báo giúp chi phí trọn gói, thời gian được cấp văn bằng.

Liên hệ tôi qua điện thoại hoặc Zalo: 0822 904 157.

Tạ Quang Vinh""",
    lab=dict(cat="service_request", lang="vi", name="Tạ Quang Vinh", phone="+84822904157",
             email="vinh.ta@caphenuidoi.vn", address=None,
             note="Bảo Lộc and the shop name describe his business, not a contact address."),
),
# 028 complaint, vi, gmail qp, missed deadline
dict(
    d="2026-04-11 09:06:55", frm=("Lương Thị Hồng Nhung", "hongnhung.luong@gmail.com"), to="support",
    subj="Khiếu nại việc luật sư không nộp đơn kháng cáo đúng hạn",
    style="gmail", cte="qp",
    body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Lương Thị Hồng Nhung, khách hàng trong vụ tranh chấp hợp đồng vay tài sản tại TAND quận Gò Vấp cũ (nay là TAND khu vực). Sau phiên sơ thẩm ngày 12/03, luật sư của Công ty đã nhận hồ sơ và hứa nộp đơn kháng cáo cho tôi.

Hôm qua tôi lên tòa hỏi mới biết không có đơn kháng cáo nào được nộp và bản án đã có hiệu lực. Luật sư phụ trách chỉ nhắn lại là "do sơ suất". Tôi mất quyền kháng cáo với số tiền tranh chấp gần 600 triệu đồng.

Tôi đề nghị Công ty trả lời chính thức bằng văn bản về trách nhiệm của luật sư và của Công ty, hoàn lại phí đã thu và đề xuất phương án khắc phục.

Lương Thị Hồng Nhung
Điện thoại: 0916.402.338""",
    lab=dict(cat="complaint", lang="vi", name="Lương Thị Hồng Nhung", phone="+84916402338",
             email="hongnhung.luong@gmail.com", address=None),
),
# 029 deletion, mixed, webinar attendee
dict(
    d="2026-04-11 11:30:24", frm=("Helen Truong", "helen.truongngochan@gmail.com"), to="info",
    subj="Unsubscribe & delete my info please",
    style="gmail", cte="qp",
    body="""Hi Thịnh Trí,

Em là Trương Ngọc Hân (Helen). Tháng 3 em có đăng ký workshop online "Thuế cho người bán hàng online" bên mình, từ đó em nhận newsletter với tin nhắn Zalo mời khóa học gần như mỗi ngày.

Em không cần nữa ạ. Please remove em khỏi mailing list, Zalo OA và xóa luôn data đăng ký của em (họ tên, email, số điện thoại, tên shop) trong hệ thống nha. Thanks anh chị!

Helen""",
    lab=dict(cat="deletion_request", lang="mixed", name="Trương Ngọc Hân", phone=None,
             email="helen.truongngochan@gmail.com", address=None,
             note="Phone number is mentioned as a data item but not given."),
),
# 030 unknown automated ticket ack, en, only Auto-Submitted reveals it
dict(
    d="2026-04-11 11:52:07", frm=("VinaTrust Bank Customer Care", "cskh@vinatrustbank.com.vn"), to="support",
    subj="Re: Yêu cầu cung cấp sao kê tài khoản cho khách hàng Nguyễn Văn Hậu",
    style="plain", cte="7bit",
    hdr={"In-Reply-To": "<4c0e9d21-8a7b-46f3-b1d2-9e5f30a6c718@thinhtrigroup.com>",
         "References": "<4c0e9d21-8a7b-46f3-b1d2-9e5f30a6c718@thinhtrigroup.com>",
         "Auto-Submitted": "auto-replied"},
    body="""Dear Customer,

Thank you for contacting VinaTrust Bank. Your request has been logged with reference number CS-20260411-58213 and will be handled by the relevant department within 3 working days.

Please do not reply to this message. For urgent matters, call our 24/7 hotline 1900 6888.

VinaTrust Bank Customer Care""",
    lab=dict(cat="unknown", lang="en", auto=True,
             note="Subject looks like a human reply about a client's bank statement; only the Auto-Submitted header (and body) show it is an automatic ticket acknowledgement."),
),
# 031 correction, en, outlook 7bit, company address + landline
dict(
    d="2026-04-13 08:22:40", frm=("Hiroshi Tanaka", "h.tanaka@kaizen-trading.jp"), to="support",
    subj="Change of address and telephone - Kaizen Trading Vietnam",
    style="outlook", cte="7bit",
    body="""Dear Thinh Tri team,

Our representative office has moved. Please update the contact details in your records for me and for our retainer agreement as follows, effective 13 April 2026:

Address: Floor 12, Capital Place, 29 Lieu Giai, Ngoc Ha Ward, Hanoi
Telephone: +84 24 3941 5527

My email address and mobile are unchanged. Please also make sure future invoices show the new address.

Best regards,
Hiroshi Tanaka
Chief Representative, Kaizen Trading Co., Ltd.""",
    lab=dict(cat="correction_request", lang="en", name="Hiroshi Tanaka", phone="+842439415527",
             email="h.tanaka@kaizen-trading.jp",
             address="Floor 12, Capital Place, 29 Lieu Giai, Ngoc Ha Ward, Hanoi",
             note="Office address and landline are the ones he asks to be recorded for himself."),
),
# 032 service, vi, from daughter's mailbox, reachable via daughter's phone
dict(
    d="2026-04-13 09:15:33", frm=("Mai Thu Hà", "maithuha.kt@gmail.com"), to="info",
    subj="Nhờ luật sư tư vấn tranh chấp lối đi chung",
    style="gmail", cte="b64",
    body="""Kính gửi Công ty,

Tôi là Mai Văn Thọ, năm nay 71 tuổi, nhờ con gái gửi thư này. Nhà tôi ở Củ Chi. Hộ bên cạnh mới xây tường rào lấn vào lối đi chung mà hai nhà dùng hơn 30 năm nay, giờ xe máy nhà tôi không ra vào được.

Tôi đã báo ấp và xã nhưng hòa giải không thành. Xin hỏi tôi có thể khởi kiện không, cần giấy tờ gì, và nếu nhờ luật sư theo vụ thì chi phí ra sao.

Tai tôi nghe không rõ, có gì Công ty cứ gọi cho con gái tôi là Mai Thu Hà, số 0902 664 137, hoặc trả lời vào email này.

Mai Văn Thọ""",
    lab=dict(cat="service_request", lang="vi", name="Mai Văn Thọ", phone="+84902664137",
             email="maithuha.kt@gmail.com", address=None,
             note="Sent from the daughter's mailbox (From 'Mai Thu Hà'); the sender is Mai Văn Thọ, who explicitly asks to be reached via his daughter's phone and this email."),
),
# 033 complaint, en, html-only qp, no phone
dict(
    d="2026-04-13 11:47:15", frm=("Sophie Laurent", "sophie.laurent@free.fr"), to="info",
    subj="Very unpleasant visit to your office on Friday",
    style="html", cte="qp",
    body="""Hello,

I came to your office on Friday 10 April for my appointment about my divorce papers. I waited 50 minutes, then the receptionist told me loudly, in front of other clients, that "the lawyer for the French divorce case" had gone home.

Worse, while I was waiting I could see on the front desk a printed file with my name, my passport copy and my husband's address, left open for anyone to read.

I find this unprofessional and careless with very private information. I would like an apology and an explanation of how you protect client files, before I decide whether to continue with your firm.

Sophie Laurent""",
    lab=dict(cat="complaint", lang="en", name="Sophie Laurent", phone=None,
             email="sophie.laurent@free.fr", address=None),
),
# 034 access, mixed, who had access + copy
dict(
    d="2026-04-13 14:09:51", frm=("Annie Kieu", "annie.kieu.ct@gmail.com"), to="support",
    subj="Request bản sao dữ liệu cá nhân",
    style="gmail", cte="qp",
    body="""Hi anh chị,

Em là Kiều Anh Thư (Annie). Năm 2025 em dùng dịch vụ làm giấy phép lao động cho công ty cũ qua bên mình, em là người nộp hồ sơ cá nhân.

Em muốn request:
- một bản copy toàn bộ personal data bên mình đang lưu về em (CCCD, hộ chiếu, bằng cấp, lý lịch tư pháp...);
- danh sách các bên thứ ba đã nhận data của em, ví dụ bên dịch thuật hay Sở LĐTBXH.

Em hỏi để nắm thông tin thôi, không có vấn đề gì đâu ạ. Gửi qua email này giúp em nha. Số em: 0708 215 936.

Thanks anh chị,
Annie""",
    lab=dict(cat="access_request", lang="mixed", name="Kiều Anh Thư", phone="+84708215936",
             email="annie.kieu.ct@gmail.com", address=None),
),
# 035 deletion, vi, "không phải khiếu nại"
dict(
    d="2026-04-13 16:38:02", frm=("Lục Thị Mai Phương", "maiphuong.luc@gmail.com"), to="info",
    subj="Yêu cầu xóa bản sao giấy tờ sau khi hoàn tất hồ sơ",
    style="gmail", cte="qp",
    body="""Chào Công ty,

Tôi là Lục Thị Mai Phương. Tháng 3 vừa rồi Công ty đã làm xong giúp tôi thủ tục sang tên xe ô tô, tôi rất hài lòng. Thư này không phải khiếu nại.

Vì trong hồ sơ có bản chụp CCCD, giấy đăng ký xe và sao kê ngân hàng của tôi, tôi đề nghị Công ty xóa các bản sao điện tử và hủy các bản giấy đang lưu, chỉ giữ lại những gì pháp luật bắt buộc. Nhờ Công ty xác nhận qua email khi đã xử lý xong.

Lục Thị Mai Phương
0972 840 135""",
    lab=dict(cat="deletion_request", lang="vi", name="Lục Thị Mai Phương", phone="+84972840135",
             email="maiphuong.luc@gmail.com", address=None,
             note="Writer says it is not a complaint (and is satisfied with the service)."),
),
# 036 service, en, outlook qp, landline
dict(
    d="2026-04-14 09:03:27", frm=("Priya Raman", "priya.raman@meridianfoods.sg"), to="info",
    subj="Quote request - annual corporate compliance for our Vietnam subsidiary",
    style="outlook", cte="qp",
    body="""Dear Sir/Madam,

Meridian Foods Vietnam Co., Ltd. (a subsidiary of Meridian Foods Pte. Ltd., Singapore) is looking for a local firm to take over our annual corporate compliance from this year. The scope would include:

- annual reporting on foreign investment projects;
- updates to the Enterprise Registration Certificate when our legal representative changes in June;
- a light-touch review of our distributor agreements.

Could you please send a fee proposal, either as a retainer or on a per-task basis, by the end of next week?

Best regards,
Priya Raman
Regional Legal Counsel
Meridian Foods Vietnam Co., Ltd.
Tel: (028) 3914 6620""",
    lab=dict(cat="service_request", lang="en", name="Priya Raman", phone="+842839146620",
             email="priya.raman@meridianfoods.sg", address=None),
),
# 037 unknown scam, en
dict(
    d="2026-04-14 02:17:44", tz="+0000", frm=("Barrister Kelvin Oduya", "k.oduya.chambers@lawyer.com"), to="info",
    subj="URGENT: Unclaimed inheritance of late client - your cooperation required",
    style="plain", cte="7bit",
    body="""Attention: The Managing Partner,

I am Barrister Kelvin Oduya, personal attorney to late Mr. Nguyen Van Long, a crypto investor who died in a car crash abroad leaving USD 8,700,000 in a custodial wallet with no next of kin.

I seek a reputable Vietnamese law firm to stand as beneficiary representative. Your firm will receive 35% for legal services. To proceed, kindly send the full name of your director, a copy of his ID, your company bank account and a direct WhatsApp number.

This transaction is 100% risk free and must remain strictly confidential.

Barrister Kelvin Oduya""",
    lab=dict(cat="unknown", lang="en", name="Kelvin Oduya", phone=None,
             email="k.oduya.chambers@lawyer.com", address=None,
             note="Advance-fee scam dressed as a request for legal services; spam. Title 'Barrister' is not part of the name."),
),
# 038 correction, vi, cp1258, wrong CCCD + DOB, landline
dict(
    d="2026-04-14 08:41:10", frm=("Tôn Nữ Minh Nguyệt", "tonnuminhnguyet@yahoo.com"), to="support",
    subj="Đính chính ngày sinh và số CCCD trong hồ sơ",
    style="cp1258", cte="qp",
    hdr={"X-Mailer": "Microsoft Outlook Express 6.00.2900.5931"},
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Tôn Nữ Minh Nguyệt, đang nhờ Công ty làm thủ tục xin cấp lại giấy chứng nhận quyền sử dụng đất tại Huế.

Trong tờ khai Công ty gửi về cho tôi ký, ngày sinh của tôi ghi là 12/8/1958 và số căn cước ghi sai hai chữ số cuối. Ngày sinh đúng là 21/8/1958, số căn cước đúng là 046158003972. Xin Công ty sửa lại trong hồ sơ và trên tờ khai giúp tôi.

Nếu cần, Công ty gọi máy bàn nhà tôi: (0234) 3825 716.

Trân trọng,
Tôn Nữ Minh Nguyệt""",
    lab=dict(cat="correction_request", lang="vi", name="Tôn Nữ Minh Nguyệt", phone="+842343825716",
             email="tonnuminhnguyet@yahoo.com", address=None,
             note="windows-1258 body with combining tone marks; compare after NFC. The 12-digit ID number is not a phone number."),
),
# 039 complaint, vi, html-only b64, 'hủy hợp đồng' = cancel service, address
dict(
    d="2026-04-14 10:56:31", frm=("Đỗ Quang Huy", "doquanghuy.vt@gmail.com"), to="support",
    subj="Khiếu nại: đã hủy hợp đồng nhưng chưa được hoàn phí",
    style="html", cte="b64",
    body="""Kính gửi Công ty Thịnh Trí,

Ngày 02/03/2026 tôi ký hợp đồng dịch vụ xin giấy phép kinh doanh karaoke và đã thanh toán 12.000.000 đồng. Ngày 09/03 tôi gửi văn bản đề nghị hủy hợp đồng vì không thuê được mặt bằng; chị Hạnh bên kinh doanh xác nhận Công ty chưa triển khai công việc và sẽ hoàn lại phí sau khi trừ 10%.

Đã hơn một tháng, tôi nhắc 4 lần nhưng vẫn chưa nhận được đồng nào, mỗi lần gọi đều được hẹn "tuần sau". Đề nghị Công ty hoàn tiền trong tuần này và trả lời chính thức cho tôi.

Đỗ Quang Huy
ĐT: 0913 582 640
Địa chỉ: 45 Trương Công Định, Phường Vũng Tàu, TP.HCM""",
    lab=dict(cat="complaint", lang="vi", name="Đỗ Quang Huy", phone="+84913582640",
             email="doquanghuy.vt@gmail.com", address="45 Trương Công Định, Phường Vũng Tàu, TP.HCM",
             note="'hủy hợp đồng' is cancelling a service contract, not deleting data."),
),
# 040 service, vi, company address change at registry (trap: not correction)
dict(
    d="2026-04-14 14:25:12", frm=("Hứa Thị Kim Oanh", "kimoanh@inanphuongnam.vn"), to="info",
    subj="Nhờ làm thủ tục thay đổi địa chỉ trụ sở công ty",
    style="outlook", cte="qp",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Hứa Thị Kim Oanh, Giám đốc Công ty TNHH In ấn Phương Nam. Công ty chúng tôi chuyển trụ sở từ quận Tân Bình sang Bình Dương cũ (nay thuộc TP.HCM) từ tháng 5.

Tôi muốn nhờ Quý Công ty làm trọn gói: cập nhật địa chỉ trụ sở trên giấy chứng nhận đăng ký doanh nghiệp, chuyển cơ quan thuế quản lý, thay đổi thông tin trên hóa đơn điện tử và con dấu. Xin báo phí và danh sách giấy tờ cần chuẩn bị.

Trân trọng,
Hứa Thị Kim Oanh
Di động: 0961 307 284""",
    lab=dict(cat="service_request", lang="vi", name="Hứa Thị Kim Oanh", phone="+84961307284",
             email="kimoanh@inanphuongnam.vn", address=None,
             note="'cập nhật địa chỉ' is a registration service for her company at the authorities, not a correction of the firm's records; the company's addresses are not her contact address."),
),
# 041 deletion, vi, former job applicant
dict(
    d="2026-04-14 20:11:48", frm=("Phạm Gia Bảo", "phamgiabao.work@gmail.com"), to="info",
    subj="Đề nghị xóa hồ sơ ứng tuyển",
    style="gmail", cte="b64",
    body="""Kính gửi Phòng Nhân sự,

Tôi là Phạm Gia Bảo. Tháng 1/2026 tôi có nộp hồ sơ ứng tuyển vị trí chuyên viên pháp chế tại Công ty nhưng không được chọn. Hiện tôi đã nhận việc ở nơi khác.

Tôi đề nghị Công ty xóa CV, bản sao bằng cấp, CCCD và các ghi chú phỏng vấn của tôi khỏi hệ thống tuyển dụng, không lưu lại cho các đợt tuyển sau. Nhờ Công ty xác nhận giúp khi đã xóa.

Phạm Gia Bảo
0326 794 581""",
    lab=dict(cat="deletion_request", lang="vi", name="Phạm Gia Bảo", phone="+84326794581",
             email="phamgiabao.work@gmail.com", address=None,
             note="About a past job application, but it is a request to delete the applicant's data, not a job application."),
),
# 042 access, vi, from son's mailbox, reply to this mailbox
dict(
    d="2026-04-15 08:30:05", frm=("Trieu Quang Minh", "trieuquangminh.dev@gmail.com"), to="info",
    subj="Xin bản ghi nội dung buổi tư vấn",
    style="gmail", cte="qp",
    body="""Kính gửi Công ty,

Tôi là Giáp Thị Ngọc Lan, nhờ con trai gửi giúp thư này. Tháng 11/2025 tôi có hai buổi tư vấn qua điện thoại với luật sư của Công ty về việc chia tài sản sau ly hôn, nhân viên có nói cuộc gọi được ghi âm.

Tôi đề nghị Công ty cho tôi xin bản ghi âm, biên bản hoặc ghi chú nội dung hai buổi tư vấn đó và các thông tin cá nhân khác của tôi mà Công ty đang lưu. Công ty cứ gửi vào email này của con tôi.

Số điện thoại của tôi: 0985 273 061.

Giáp Thị Ngọc Lan""",
    lab=dict(cat="access_request", lang="vi", name="Giáp Thị Ngọc Lan", phone="+84985273061",
             email="trieuquangminh.dev@gmail.com", address=None,
             note="Sent from the son's mailbox (From 'Trieu Quang Minh'); the sender is Giáp Thị Ngọc Lan and she asks to be answered at this mailbox."),
),
# 043 unknown, thanks only, vi, phone in signature
dict(
    d="2026-04-15 10:04:36", frm=("Nông Văn Khải", "khai.nongvan@gmail.com"), to="info",
    subj="Cảm ơn luật sư Tùng",
    style="gmail", cte="qp",
    body="""Chào Công ty,

Hôm qua tòa đã ra quyết định công nhận thuận tình ly hôn cho vợ chồng tôi, mọi việc êm đẹp. Tôi viết vài dòng để cảm ơn luật sư Tùng và chị Nga đã hỗ trợ nhiệt tình suốt mấy tháng qua.

Không có việc gì cần Công ty phản hồi đâu ạ. Chúc Công ty nhiều sức khỏe.

Nông Văn Khải
0818 360 492""",
    lab=dict(cat="unknown", lang="vi", name="Nông Văn Khải", phone="+84818360492",
             email="khai.nongvan@gmail.com", address=None,
             note="Thanks only; no request."),
),
# 044 complaint, mixed, data leak + asks deletion -> complaint
dict(
    d="2026-04-15 13:19:22", frm=("Hannah Ly", "hannah.lygiahan@gmail.com"), to="support",
    subj="Complaint - thông tin của em bị gửi nhầm cho người khác",
    style="gmail", cte="qp",
    body="""Dear Thịnh Trí,

Em là Lý Gia Hân (Hannah). Hôm qua một người lạ nhắn Facebook cho em, gửi kèm ảnh chụp email từ support@thinhtrigroup.com có đầy đủ passport, visa du học và bảng điểm của em - người đó nói là nhận nhầm email từ công ty anh chị.

Em thực sự rất bức xúc. Đây là giấy tờ tùy thân của em, bị gửi cho một người hoàn toàn không quen biết. Em muốn bên mình:
1. Giải thích bằng văn bản tại sao lại xảy ra chuyện này và đã gửi cho bao nhiêu người;
2. Liên hệ người kia yêu cầu xóa email;
3. Sau khi xong hồ sơ visa thì xóa toàn bộ giấy tờ của em trên hệ thống.

Em cần phản hồi sớm. SĐT em: 0789 402 615.

Hannah""",
    lab=dict(cat="complaint", lang="mixed", name="Lý Gia Hân", phone="+84789402615",
             email="hannah.lygiahan@gmail.com", address=None,
             note="Complaint about a misdirected email with her documents that also asks for deletion later; dominant intent is complaint."),
),
# 045 service, mixed, Viet kieu buying apartment
dict(
    d="2026-04-16 07:42:58", frm=("Cathy Nguyen", "cathy.nguyen.sj@gmail.com"), to="info",
    subj="Tư vấn mua căn hộ cho Việt kiều - questions",
    style="gmail", cte="qp",
    body="""Chào anh chị,

Chị là Nguyễn Ngọc Cát Tường (Cathy), Việt kiều Mỹ, đang có quốc tịch Mỹ và vẫn còn giữ quốc tịch Việt Nam. Chị đang muốn mua một căn hộ ở Đà Nẵng để về hưu.

Chị có mấy questions:
- Với tình trạng hai quốc tịch thì chị đứng tên sổ hồng như công dân VN được không?
- Nếu chỉ dùng US passport thì có bị giới hạn 50 năm sở hữu không?
- Chuyển tiền từ Mỹ về mua nhà thì cần chứng từ gì?

Chị đang ở Việt Nam tới cuối tháng 5, anh chị gọi số VN của chị: 0886 739 214. Thank you!

Cathy""",
    lab=dict(cat="service_request", lang="mixed", name="Nguyễn Ngọc Cát Tường", phone="+84886739214",
             email="cathy.nguyen.sj@gmail.com", address=None),
),
# 046 deletion, vi, reply to firm newsletter with quoted marketing text (hotline)
dict(
    d="2026-04-16 11:27:40", frm=("Châu Thị Hồng Vân", "hongvan.chau@outlook.com"), to="info",
    subj="RE: [Thịnh Trí] Ưu đãi 20% gói tư vấn pháp lý doanh nghiệp tháng 4",
    style="outlook", cte="qp",
    hdr={"In-Reply-To": "<c6a27d54-1f09-4b3e-8d6a-0e52f9b47a13@thinhtrigroup.com>",
         "References": "<c6a27d54-1f09-4b3e-8d6a-0e52f9b47a13@thinhtrigroup.com>"},
    body="""Chào Thịnh Trí,

Tôi không còn kinh doanh nữa và cũng chưa từng đăng ký nhận những thư quảng cáo này. Đề nghị Công ty ngừng gửi và xóa tên, email của tôi khỏi mọi danh sách khách hàng, danh sách gửi thư của Công ty.

Châu Thị Hồng Vân""",
    quote=("From: Thịnh Trí Group <info@thinhtrigroup.com>\nSent: Wednesday, April 15, 2026 8:30 AM\nTo: hongvan.chau@outlook.com\nSubject: [Thịnh Trí] Ưu đãi 20% gói tư vấn pháp lý doanh nghiệp tháng 4",
           """Kính gửi Quý khách hàng,

Nhân dịp kỷ niệm 12 năm thành lập, Thịnh Trí Group ưu đãi 20% gói tư vấn pháp lý doanh nghiệp thường xuyên cho hợp đồng ký trong tháng 4/2026.

Đăng ký tư vấn: thinhtrigroup.com | Hotline: 1800 63 65

Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""),
    lab=dict(cat="deletion_request", lang="vi", name="Châu Thị Hồng Vân", phone=None,
             email="hongvan.chau@outlook.com", address=None,
             note="Reply to the firm's marketing mail; quoted part has the firm's hotline and address. No phone of her own."),
),
# 047 access, en, iPhone, no phone
dict(
    d="2026-04-16 18:55:09", frm=("Marco Bianchi", "marco.bianchi77@icloud.com"), to="support",
    subj="What info do you have on me?",
    style="iphone", cte="7bit",
    body="""Hi,

I had a consultation with one of your lawyers last year about opening a restaurant in Hoi An, but never went ahead. I'd like to know what personal information you still keep about me and to get a copy of it, please. Email is fine.

Thanks,
Marco Bianchi""",
    footer="Sent from my iPhone",
    lab=dict(cat="access_request", lang="en", name="Marco Bianchi", phone=None,
             email="marco.bianchi77@icloud.com", address=None),
),
# 048 correction, vi, two similar numbers - correct one is the contact
dict(
    d="2026-04-17 09:34:17", frm=("Lưu Đức Thịnh", "luuducthinh.hn@gmail.com"), to="support",
    subj="Số điện thoại trong hồ sơ bị ghi nhầm",
    style="gmail", cte="b64",
    body="""Chào anh chị,

Tôi là Lưu Đức Thịnh, đang làm hồ sơ thành lập hộ kinh doanh với bên mình. Mấy hôm nay không thấy luật sư gọi như đã hẹn, hỏi lại mới biết số điện thoại trong hồ sơ ghi là 0912 384 650.

Số đúng của tôi là 0912 384 560 (đảo hai số cuối). Nhờ anh chị sửa lại trong hồ sơ và báo luật sư phụ trách gọi lại số này giúp tôi.

Cảm ơn anh chị.
Lưu Đức Thịnh""",
    lab=dict(cat="correction_request", lang="vi", name="Lưu Đức Thịnh", phone="+84912384560",
             email="luuducthinh.hn@gmail.com", address=None,
             note="The wrong number 0912 384 650 also appears; contact phone is the corrected one."),
),
# 049 unknown, misdirected, vi no diacritics
dict(
    d="2026-04-17 15:08:26", frm=("Thuy Duong", "duongthuy.decor@gmail.com"), to="info",
    subj="gui bien lai chuyen khoan don ban an go",
    style="gmail", cte="7bit",
    body="""Chao shop,
Minh la Dinh Thuy Duong, da chuyen khoan coc 3 trieu cho don ban an go soi 6 ghe, noi dung CK "DUONG COC BAN AN". Shop kiem tra giup minh va bao ngay giao hang nhe.
Giao toi dia chi cu minh da gui qua Zalo.
Thanks shop""",
    lab=dict(cat="unknown", lang="vi", name="Dinh Thuy Duong", phone=None,
             email="duongthuy.decor@gmail.com", address=None,
             note="Misdirected mail meant for a furniture shop; not a request to the firm."),
),
# 050 complaint, vi no diacritics, disclosure to husband's family
dict(
    d="2026-04-18 22:14:03", frm=("Tam Vi", "vithithanhtam.lc@gmail.com"), to="support",
    subj="khieu nai luat su tiet lo chuyen ly hon",
    style="plain", cte="7bit",
    body="""Gui cong ty,
Toi la Vi Thi Thanh Tam. Toi nho luat su cua cong ty tu van ly hon tu thang 2 va dan rat ky la khong lien lac qua so nha.
Vay ma tuan truoc co nguoi cua cong ty goi vao so nha chong toi, gap me chong toi va noi ro la "nhac lich hen tu van ly hon cua chi Tam". Bay gio ca nha chong deu biet va lam kho toi.
Toi khieu nai viec nay. De nghi cong ty tra loi bang van ban va cho biet ai da goi. Chi lien lac voi toi qua so 0356 918 204.
Vi Thi Thanh Tam""",
    lab=dict(cat="complaint", lang="vi", name="Vi Thi Thanh Tam", phone="+84356918204",
             email="vithithanhtam.lc@gmail.com", address=None),
),
]
