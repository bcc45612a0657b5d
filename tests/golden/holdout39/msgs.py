# -*- coding: utf-8 -*-
"""Message data for holdout39, part 1 (h39_001 .. h39_025)."""


def L(cat, lang, name, phone, email, address=None, note=None, auto=False):
    d = {"category": cat, "automated": auto, "language": lang,
         "contact": {"name": name, "phone": phone, "email": email, "address": address}}
    if note:
        d["note"] = note
    return d


AUTO_NULL = dict(name=None, phone=None, email=None)

MSGS = [
# ---------------------------------------------------------------- service_request
dict(n=1, to="info", frm=("Đặng Quốc Bảo", "dangquocbao.hp@gmail.com"), mailer="gmail",
     subj="Hỏi thủ tục thành lập công ty TNHH vận tải ở Hải Phòng",
     date="Mon, 06 Apr 2026 08:14:22 +0700", fmt="alt", cte="base64",
     body="""Chào anh chị Thịnh Trí,

Tôi là Đặng Quốc Bảo, hiện đang chạy 4 xe đầu kéo dưới dạng hộ kinh doanh ở Hải Phòng. Năm nay tôi muốn chuyển lên công ty TNHH hai thành viên (góp vốn cùng em rể) để ký hợp đồng với các hãng tàu.

Nhờ anh chị tư vấn giúp:
- Hồ sơ thành lập công ty cần những gì, vốn điều lệ bao nhiêu là hợp lý;
- Có phải xin giấy phép kinh doanh vận tải bằng xe ô tô lại từ đầu không;
- 4 xe đang đứng tên cá nhân tôi thì chuyển sang công ty thế nào cho đỡ tốn thuế phí.

Nếu bên mình làm trọn gói thì báo phí giúp tôi. Số Zalo của tôi: 0934 517 286.

Cảm ơn anh chị,
Đặng Quốc Bảo
""",
     label=L("service_request", "vi", "Đặng Quốc Bảo", "+84934517286", "dangquocbao.hp@gmail.com")),

dict(n=2, to="info", frm=("Hau Nguyen", "nguyenvanhau.na76@gmail.com"), mailer="gmail",
     subj="hoi ve tranh chap ranh gioi dat voi nha hang xom",
     date="Mon, 06 Apr 2026 21:47:05 +0700", fmt="alt", cte="7bit",
     body="""Chao luat su,
Toi ten Nguyen Van Hau, nha o xa Dien Chau, Nghe An. Nha hang xom moi xay tuong rao lan sang dat nha toi khoang 0,8m theo chieu dai 20m. So do cua toi ghi ro kich thuoc nhung ho noi la dat ong ba ho de lai tu truoc.
Toi da bao len xa hoa giai 1 lan nhung khong thanh. Bay gio toi muon khoi kien ra toa thi can chuan bi nhung giay to gi, mat bao lau, va neu thue luat su thi chi phi the nao.
Luat su goi cho toi so 0386.742.915, toi thuong nghe may sau 5h chieu.
Cam on luat su.
""",
     label=L("service_request", "vi", "Nguyen Van Hau", "+84386742915", "nguyenvanhau.na76@gmail.com")),

dict(n=3, to="info", frm=("Sophie Laurent", "sophie.laurent.hoian@gmail.com"), mailer="gmail",
     subj="Buying a condo in Da Nang as a foreigner",
     date="Tue, 07 Apr 2026 10:02:41 +0700", fmt="alt", cte="quoted-printable",
     body="""Hello,

I am a French national and I have been living in Hoi An for three years on a TRC. I am considering buying an apartment in a new development in Da Nang (about 70 m2) and the developer says foreigners can own it for 50 years.

Before I pay the deposit, I would like a lawyer to:
- confirm whether the project is open to foreign buyers and check the quota;
- review the deposit agreement and the sale and purchase contract (both are in Vietnamese only);
- explain what happens after the 50 years and whether I can leave the flat to my daughter.

Could you send me a quote? I can also come to your office if needed. My mobile is 0764 219 803.

Best regards,
Sophie Laurent
""",
     label=L("service_request", "en", "Sophie Laurent", "+84764219803", "sophie.laurent.hoian@gmail.com")),

dict(n=4, to="info", frm=("Annie Luong", "annie@chobeo.vn"), mailer="gmail",
     subj="Soạn Terms of Service + Privacy Policy cho app Chợ Béo",
     date="Tue, 07 Apr 2026 14:36:10 +0700", fmt="alt", cte="quoted-printable",
     body="""Hi team Thịnh Trí,

Em là Lương Thị Mai Anh (Annie), founder của Chợ Béo - app đặt đồ ăn vặt cho dân văn phòng ở Cần Thơ. Bên em chuẩn bị launch trên App Store và Google Play cuối tháng 5.

Em cần bên mình soạn giúp:
1. Terms of Service cho user và merchant;
2. Privacy Policy + form consent thu thập dữ liệu cá nhân theo quy định mới (app có lưu số điện thoại, địa chỉ giao hàng, lịch sử order);
3. Review lại hợp đồng với đối tác giao hàng.

Lưu ý: đây là em nhờ làm tài liệu cho app, không phải yêu cầu gì về dữ liệu của em nha. Anh chị báo fee và timeline giúp em, có thể call em qua 0828 116 497.

Thanks,
Lương Thị Mai Anh
Founder, Chợ Béo
""",
     label=L("service_request", "mixed", "Lương Thị Mai Anh", "+84828116497", "annie@chobeo.vn",
             note="Privacy-policy and personal-data keywords refer to documents the firm should draft for her app, not to her own data.")),

dict(n=5, to="info", frm=("Hà Minh Trí", "haminhtri.hue@gmail.com"), mailer="gmail",
     subj="Re: Tư vấn thủ tục ly hôn đơn phương",
     date="Wed, 08 Apr 2026 19:25:33 +0700", fmt="alt", cte="quoted-printable",
     in_reply_to=True,
     body="""Chào anh Khang,

Cảm ơn anh đã giải thích rõ. Sau khi suy nghĩ, tôi quyết định nhờ Công ty đại diện cho tôi trong vụ ly hôn đơn phương này, vì vợ tôi hiện ở Bình Dương và không hợp tác ký đơn thuận tình.

Anh gửi giúp tôi hợp đồng dịch vụ và danh sách giấy tờ cần bản sao chứng thực. Tuần sau tôi có thể vào văn phòng để ký. Có gì anh gọi tôi số 0914 630 752.

Hà Minh Trí
Địa chỉ: 19 Kiệt 34 Nguyễn Sinh Cung, Phường Vỹ Dạ, TP. Huế
""",
     quote=("Vào Th 3, 7 thg 4, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            """Chào anh Trí,

Về trường hợp của anh: khi vợ anh không đồng ý ly hôn, anh có thể nộp đơn ly hôn đơn phương tại Tòa án nhân dân khu vực nơi vợ anh cư trú. Thời gian giải quyết thông thường từ 4 đến 6 tháng.

Nếu anh muốn Công ty đại diện, xin vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Lê Bảo Khang
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""),
     label=L("service_request", "vi", "Hà Minh Trí", "+84914630752", "haminhtri.hue@gmail.com",
             address="19 Kiệt 34 Nguyễn Sinh Cung, Phường Vỹ Dạ, TP. Huế",
             note="Reply; quoted firm text carries the firm's hotline and office address, not the sender's.")),

dict(n=6, to="info", frm=("Kenji Watanabe", "k.watanabe@sakura-precision.co.jp"), mailer="outlook",
     subj="Inquiry: representative office licence in Bac Ninh",
     date="Wed, 08 Apr 2026 09:11:58 +0700", fmt="alt", cte="7bit",
     body="""Dear Sir or Madam,

Our company, Sakura Precision Co., Ltd. (Nagoya), supplies moulded parts to several electronics factories in Bac Ninh. We would like to open a representative office in Bac Ninh this year, and I will be the chief representative.

Could you advise on the licensing procedure, the documents required from Japan (and whether they need consular legalisation), the expected timeline, and your professional fees?

Please call my Vietnamese mobile, 0862 305 917, rather than the office line below, as I am often on the factory floor.

Kind regards,
Kenji Watanabe
Sakura Precision Co., Ltd.
Office (temporary): (0222) 3716 480
""",
     label=L("service_request", "en", "Kenji Watanabe", "+84862305917", "k.watanabe@sakura-precision.co.jp",
             note="Two numbers; the sender asks to be called on the mobile, the office line is a shared temporary office.")),

dict(n=7, to="info", frm=("Thu Hằng", "thuhang.nguyen.tg@gmail.com"), mailer="gmail",
     subj="Bà nội nhờ hỏi về chia thừa kế đất ở Tiền Giang",
     date="Thu, 09 Apr 2026 11:40:17 +0700", fmt="alt", cte="base64",
     body="""Kính gửi Công ty,

Bà là Nguyễn Thị Lựu, năm nay 78 tuổi, nhờ cháu nội là Thu Hằng viết giùm thư này.

Ông nhà bà mất năm 2023 không để lại di chúc. Ông bà có 2.000 m2 đất vườn ở xã Chợ Gạo, tỉnh Đồng Tháp (trước là Tiền Giang) và 5 người con, trong đó một người con đang ở Mỹ. Các con muốn chia đất nhưng chưa thống nhất được. Bà muốn hỏi thủ tục khai nhận và phân chia di sản, người con ở Mỹ có phải về không, và Công ty có nhận làm không.

Bà không rành điện thoại, Công ty cứ gọi cho cháu Hằng số 0977 482 615, cháu sẽ đưa máy cho bà nói chuyện. Thư trả lời thì gửi vào email này.

Nguyễn Thị Lựu
""",
     label=L("service_request", "vi", "Nguyễn Thị Lựu", "+84977482615", "thuhang.nguyen.tg@gmail.com",
             note="Written by the granddaughter for the grandmother; sender is Nguyễn Thị Lựu. The granddaughter's phone and mailbox are explicitly given as where to reach her.")),

dict(n=8, to="info", frm=("Cuong Trinh", "trinhcuong.taixe@gmail.com"), mailer="iphone",
     subj="Nhờ tư vấn bồi thường tai nạn giao thông",
     date="Thu, 09 Apr 2026 22:08:49 +0700", fmt="plain", cte="quoted-printable",
     body="""Chào luật sư,

Tôi tên Trịnh Văn Cường, lái xe tải thuê cho một công ty ở Thanh Hóa. Tối 2/4 xe tôi bị một xe con vượt ẩu tông vào đuôi trên quốc lộ 1, tôi bị gãy tay, xe hư hỏng nặng. Bên xe con đòi chia đôi thiệt hại, còn công ty tôi bắt tôi tự chịu tiền sửa xe.

Tôi muốn hỏi ai phải bồi thường cho tôi, tôi có phải đền tiền xe cho công ty không, và nhờ luật sư đi cùng làm việc với công an được không. Số tôi 0979 214 583.

Gửi từ iPhone của tôi
""",
     label=L("service_request", "vi", "Trịnh Văn Cường", "+84979214583", "trinhcuong.taixe@gmail.com")),

dict(n=9, to="support", frm=("Priya Nair", "priya.nair.vn@gmail.com"), mailer="gmail",
     subj="Closing down my single-member LLC",
     date="Fri, 10 Apr 2026 15:20:03 +0700", fmt="alt", cte="7bit",
     body="""Hi,

I own a small single-member LLC in District 7 (yoga studio) which I would like to dissolve before I move back to Kerala in August. The studio has no employees now, but we still have a lease running until June and a small tax debt from last year that I'm paying off.

Can your firm handle the whole dissolution - tax finalisation, closing the tax code, cancelling the enterprise registration and the bank account? Please let me know the steps, timeline and cost.

You can reach me at +84 938 062 714 (also on WhatsApp).

Thanks,
Priya Nair
""",
     label=L("service_request", "en", "Priya Nair", "+84938062714", "priya.nair.vn@gmail.com")),

dict(n=10, to="info", frm=("Mạc Thị Huệ", "hue.mac@maythanhcong.com.vn"), mailer="outlook",
     subj="Đề nghị báo giá xây dựng nội quy lao động và quy trình giải quyết khiếu nại",
     date="Fri, 10 Apr 2026 08:47:30 +0700", fmt="html", cte="quoted-printable",
     body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Mạc Thị Huệ, Giám đốc Công ty TNHH May Thành Công (khu công nghiệp Hòa Xá, tỉnh Ninh Bình), hiện có khoảng 320 công nhân.

Công ty chúng tôi cần thuê đơn vị tư vấn:
1. Rà soát mẫu hợp đồng lao động và thỏa ước lao động tập thể;
2. Soạn và đăng ký nội quy lao động với cơ quan quản lý lao động;
3. Xây dựng quy trình tiếp nhận, giải quyết khiếu nại của người lao động và quy chế đối thoại tại nơi làm việc.

Đề nghị Quý Công ty gửi báo giá và dự kiến thời gian thực hiện. Liên hệ trực tiếp: 0915 427 068.

Trân trọng,
Mạc Thị Huệ
Giám đốc - Công ty TNHH May Thành Công
""",
     label=L("service_request", "vi", "Mạc Thị Huệ", "+84915427068", "hue.mac@maythanhcong.com.vn",
             note="'Khiếu nại' refers to an employee grievance procedure the firm is asked to draft; not a complaint against the firm.")),

dict(n=11, to="info", frm=("Long Pham", "phamhoanglong.dalat@gmail.com"), mailer="gmail",
     subj="Tư vấn giấy phép homestay + PCCC (kèm ảnh sổ)",
     date="Sat, 11 Apr 2026 09:55:12 +0700", fmt="alt", cte="base64",
     attach=("image/jpeg", "so_do_trang1.jpg"),
     body="""Hi anh chị,

Em là Phạm Hoàng Long. Em đang sửa lại căn nhà của gia đình ở 27/4 Hoàng Diệu, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng để làm homestay khoảng 6 phòng, target khách Booking và Airbnb.

Em gửi kèm ảnh trang 1 sổ hồng. Nhờ anh chị check giúp:
- Cần đăng ký hộ kinh doanh hay phải lập công ty;
- Điều kiện PCCC và an ninh trật tự cho homestay 6 phòng;
- Đất ghi là đất ở đô thị thì có vướng gì không.

Nếu bên mình nhận làm full package thì quote giúp em. Phone/Zalo: 0367 509 218.

Thanks anh chị,
Phạm Hoàng Long
""",
     label=L("service_request", "mixed", "Phạm Hoàng Long", "+84367509218", "phamhoanglong.dalat@gmail.com",
             address="27/4 Hoàng Diệu, Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng",
             note="Address is the family house he lives in and is converting.")),

dict(n=12, to="info", frm=("Nga Ly", "lythinga.cm@gmail.com"), mailer="gmail",
     subj="hoi ve tien cap duong con",
     date="Sat, 11 Apr 2026 20:31:44 +0700", fmt="plain", cte="7bit",
     body="""Chao cong ty,
Toi ten Ly Thi Nga, o Ca Mau. Toi ly hon nam 2022, toa xu chong cu cap duong con moi thang 2 trieu nhung anh ta chi dua duoc vai thang roi nghi, nay anh ta di lam o Han Quoc.
Toi muon hoi co cach nao buoc anh ta tra tien cap duong khong, co yeu cau thi hanh an duoc khong khi nguoi o nuoc ngoai. So cua anh ta la 0393 118 604 nhung goi khong bao gio nghe.
Cong ty lien he toi so 0917 035 468, co the nhan tin zalo.
Ly Thi Nga
""",
     label=L("service_request", "vi", "Ly Thi Nga", "+84917035468", "lythinga.cm@gmail.com",
             note="The ex-husband's number 0393 118 604 also appears; the sender's own is 0917 035 468.")),

# ---------------------------------------------------------------- complaint
dict(n=13, to="support", frm=("Kiều Văn Dũng", "kieuvandung.pt@gmail.com"), mailer="gmail",
     subj="Khiếu nại: luật sư không có mặt tại phiên hòa giải",
     date="Mon, 06 Apr 2026 16:22:09 +0700", fmt="alt", cte="quoted-printable",
     body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Kiều Văn Dũng, đã ký hợp đồng dịch vụ với Công ty để đại diện tôi trong vụ tranh chấp hợp đồng mua bán gỗ với một doanh nghiệp ở Phú Thọ, đã thanh toán đợt 1 là 15.000.000 đồng.

Sáng 03/4/2026 Tòa án triệu tập phiên hòa giải, luật sư phụ trách đã xác nhận qua Zalo sẽ có mặt nhưng đến giờ không thấy, gọi không nghe máy. Tôi phải tự trình bày, rất bất lợi. Đến hôm nay vẫn chưa ai giải thích cho tôi một câu.

Tôi yêu cầu Công ty giải trình bằng văn bản, thay luật sư khác và xem xét hoàn lại một phần phí. Nếu không được giải quyết tôi sẽ gửi đơn lên Đoàn Luật sư.

Kiều Văn Dũng
ĐT: 0983 271 460
""",
     label=L("complaint", "vi", "Kiều Văn Dũng", "+84983271460", "kieuvandung.pt@gmail.com")),

dict(n=14, to="support", frm=("Thomas Becker", "thomas.becker@rheinsolar.de"), mailer="outlook",
     subj="Invoice for my private matter sent to my employer",
     date="Tue, 07 Apr 2026 11:18:50 +0700", fmt="alt", cte="quoted-printable",
     body="""Dear Thinh Tri team,

In March your firm advised me privately on a custody question regarding my son. I paid the fee myself and gave you my personal email and home address.

On 3 April your accounts department sent the invoice, with the description "Consultation - child custody, Becker", to the general finance mailbox of my employer, Rhein Solar Vietnam. Several colleagues have now read it. This is extremely embarrassing and a clear breach of confidentiality.

I expect a written explanation of how this happened and what you will change. Please also make sure that from now on only my personal address is used: Villa 12, Đường số 9, Phường An Khánh, TP.HCM.

Thomas Becker
+84 903 518 627
""",
     label=L("complaint", "en", "Thomas Becker", "+84903518627", "thomas.becker@rheinsolar.de",
             address="Villa 12, Đường số 9, Phường An Khánh, TP.HCM",
             note="Complaint about a confidentiality breach that also asks to use his home address; dominant intent is complaint. Sent from work address; no other email given.")),

dict(n=15, to="support", frm=("Tuan Dinh", "dinhcongtuan.qn@gmail.com"), mailer="gmail",
     subj="sau khi tu van thi bi nhan tin rac lien tuc",
     date="Wed, 08 Apr 2026 07:45:21 +0700", fmt="alt", cte="7bit",
     body="""Gui cong ty,
Toi la Dinh Cong Tuan o Quang Ngai. Ngay 30/3 toi co goi hotline va de lai ten, so dien thoai 0355 804 193 de hoi ve thu tuc tach thua dat.
Tu hom do moi ngay toi nhan 5-6 tin nhan quang cao: ban dat nen, vay tin chap, co tin con goi dung ten toi "anh Tuan can tach thua". Truoc do toi khong he bi nhu vay.
Toi rat buc xuc. Cong ty phai tra loi ro la co dua so cua toi cho ai khong va xu ly nguoi lam lo thong tin.
Dinh Cong Tuan
""",
     label=L("complaint", "vi", "Dinh Cong Tuan", "+84355804193", "dinhcongtuan.qn@gmail.com")),

dict(n=16, to="support", frm=("Hannah Vu", "hannah.vu.ngochan@gmail.com"), mailer="gmail",
     subj="Bị charge phí tư vấn 2 lần - not happy",
     date="Wed, 08 Apr 2026 13:02:37 +0700", fmt="alt", cte="quoted-printable",
     body="""Hi Thịnh Trí,

Mình là Vũ Ngọc Hân (Hannah). Ngày 28/3 mình book online buổi tư vấn 60 phút về hợp đồng thuê nhà, thanh toán bằng thẻ Visa 1.200.000đ. Sáng nay check sao kê thì thấy bị trừ tiền 2 lần, tổng 2.400.000đ.

Mình đã inbox fanpage từ thứ Sáu nhưng chỉ nhận được câu trả lời tự động. Honestly mình khá thất vọng, vì đây là lần đầu dùng dịch vụ của bên bạn.

Nhờ bên bạn hoàn lại khoản bị trừ thừa và giải thích vì sao bị như vậy. Contact mình qua 0708 624 351.

Hannah
""",
     label=L("complaint", "mixed", "Vũ Ngọc Hân", "+84708624351", "hannah.vu.ngochan@gmail.com")),

dict(n=17, to="support", frm=("Quách Thị Lan", "quachthilan.bl@gmail.com"), mailer="gmail",
     subj="Fwd: Thông báo nhắc nợ - chị Quách Thị Lan",
     date="Thu, 09 Apr 2026 09:14:55 +0700", fmt="alt", cte="base64",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi chuyển tiếp email tôi vừa nhận. Tuần trước tôi mới nhờ luật sư bên Công ty xem giúp hợp đồng vay tiêu dùng của tôi, có đưa bản chụp CCCD và nói rõ tôi đang khó khăn, chậm trả 2 kỳ.

Hôm nay bên thu hồi nợ này gửi email cho tôi, ghi đúng số hợp đồng và số tiền tôi đã kể với luật sư, còn dọa đến nhà. Email này tôi chỉ dùng để liên lạc với Công ty.

Tôi đề nghị Công ty kiểm tra, giải thích và chịu trách nhiệm về việc thông tin của tôi bị lộ ra ngoài.

Quách Thị Lan
ĐT: 0946 318 702

---------- Forwarded message ---------
From: Phòng Xử lý Nợ - Tín Phát <xulyno@tinphat-thuhoi.vn>
Date: Thu, 9 Apr 2026 lúc 07:52
Subject: Thông báo nhắc nợ - chị Quách Thị Lan
To: <quachthilan.bl@gmail.com>

Chị Lan,
Hợp đồng số TD-2291/2025 của chị đã quá hạn 2 kỳ, số tiền 18.450.000đ. Đề nghị chị liên hệ ngay nhân viên xử lý nợ: 0862 570 331 trong ngày hôm nay. Nếu không, chúng tôi sẽ cử người đến địa chỉ cư trú của chị để làm việc.

Phòng Xử lý Nợ
""",
     label=L("complaint", "vi", "Quách Thị Lan", "+84946318702", "quachthilan.bl@gmail.com",
             note="Forwarded debt-collector email included as evidence; its number 0862 570 331 is not the sender's.")),

dict(n=18, to="support", frm=("Liam Carter", "liam.carter.au@gmail.com"), mailer="thunderbird",
     subj="Re: Your visa extension - status update",
     date="Thu, 09 Apr 2026 20:40:12 +0700", fmt="plain", cte="8bit", in_reply_to=True,
     body="""Hi,

This is the third "status update" telling me the file is "being processed". You promised the extension would be done by 31 March; my current visa expires on 14 April and I now have to book a border run at my own cost.

When I called on Monday your receptionist hung up on me. I have paid in full and I expect better. Please tell me today, in writing, exactly where my application is and who is responsible for the delay, and refund the express fee since nothing was express about it.

Liam Carter
0912 740 385
""",
     quote=("On 08/04/2026 17:10, Thinh Tri Support wrote:",
            """Dear Mr Carter,

Thank you for your patience. Your visa extension application is being processed and we will update you as soon as we hear from the Immigration Department.

For urgent matters please call our hotline 1800 63 65.

Best regards,
Nguyen Thi Minh Thu
Thinh Tri Legal"""),
     label=L("complaint", "en", "Liam Carter", "+84912740385", "liam.carter.au@gmail.com",
             note="Reply; only the top part is new. Quoted firm text contains the firm's hotline and a staff name.")),

dict(n=19, to="support", frm=("Hoàng Thị Bích Ngọc", "bichngoc.hoang@yahoo.com"), mailer="yahoo",
     subj="Phản ánh việc để lộ giấy tờ cá nhân tại quầy lễ tân",
     date="Fri, 10 Apr 2026 17:55:40 +0700", fmt="html", cte="quoted-printable",
     body="""Kính gửi Công ty,

Chiều 09/4 tôi đến văn phòng để nộp bổ sung hồ sơ thừa kế. Trong lúc chờ, tôi thấy trên quầy lễ tân có một tập giấy tờ để mở, trong đó có bản sao CCCD, sổ hộ khẩu của tôi và của mẹ tôi, ai đi qua cũng nhìn thấy được. Khi tôi nhắc, nhân viên chỉ cười và nói "không sao đâu chị".

Tôi thấy cách bảo quản hồ sơ của khách hàng như vậy là không chấp nhận được. Đề nghị Công ty xem lại quy trình, có hình thức nhắc nhở nhân viên và phản hồi cho tôi.

Hoàng Thị Bích Ngọc
Số 6 ngõ 118 Đào Tấn, Phường Giảng Võ, Hà Nội
ĐT: 0972 813 654
""",
     label=L("complaint", "vi", "Hoàng Thị Bích Ngọc", "+84972813654", "bichngoc.hoang@yahoo.com",
             address="Số 6 ngõ 118 Đào Tấn, Phường Giảng Võ, Hà Nội")),

dict(n=20, to="info", frm=("Tạ Văn Khương", "tavankhuong1952@yahoo.com.vn"), mailer="oe",
     subj="Phản đối việc gọi điện chào mời vào buổi tối",
     date="Sat, 11 Apr 2026 07:12:36 +0700", fmt="cp1258",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Tạ Văn Khương, 74 tuổi. Năm ngoái tôi có đến hỏi Công ty một lần về việc tặng cho đất cho con, sau đó không làm.

Ba tuần nay nhân viên của Công ty gọi về nhà tôi gần như hằng tối, có hôm 9 giờ đêm, mời làm dịch vụ di chúc, dịch vụ sổ đỏ. Tôi đã nói rõ không có nhu cầu nhưng vẫn bị gọi tiếp, làm cả nhà mất ngủ.

Tôi phản đối cách làm việc này. Đề nghị Công ty chấn chỉnh nhân viên và có lời xin lỗi. Số nhà tôi: (0228) 3842 917.

Tạ Văn Khương
""",
     label=L("complaint", "vi", "Tạ Văn Khương", "+842283842917", "tavankhuong1952@yahoo.com.vn",
             note="Complaint about harassing sales calls; it does not ask for data deletion. Body is windows-1258 with combining tone marks; compare after NFC.")),

dict(n=21, to="support", frm=("Lê Thị Hoài Thương", "hoaithuong.le89@gmail.com"), mailer="gmail",
     subj="Đã đóng phí nhưng 2 lần bị hủy lịch tư vấn",
     date="Sun, 12 Apr 2026 10:05:18 +0700", fmt="plain", cte="base64",
     body="""Chào Thịnh Trí,

Mình đặt lịch tư vấn về tranh chấp tiền cọc thuê mặt bằng và đã chuyển khoản 800.000đ từ 25/3. Lịch ngày 1/4 bị hủy sát giờ vì "luật sư bận đột xuất", lịch dời sang 8/4 lại bị hủy lần nữa, cũng chỉ báo trước 30 phút. Mình đã xin nghỉ làm cả hai lần.

Mình không muốn đặt lại nữa. Yêu cầu Công ty hoàn lại 800.000đ vào tài khoản đã chuyển và giải thích vì sao lại để xảy ra như vậy.

Lê Thị Hoài Thương
0387 945 120
""",
     label=L("complaint", "vi", "Lê Thị Hoài Thương", "+84387945120", "hoaithuong.le89@gmail.com")),

# ---------------------------------------------------------------- unknown (automated first)
dict(n=22, to="info", frm=("Đoàn Thị Kim Phượng", "phuong.doan@hoaphatseafood.vn"), mailer="outlook",
     subj="Automatic reply: Cập nhật Nghị định mới về bảo vệ dữ liệu cá nhân - quyền yêu cầu xóa, chỉnh sửa dữ liệu",
     date="Mon, 06 Apr 2026 10:31:07 +0700", fmt="plain", cte="quoted-printable", in_reply_to=True,
     headers={"X-Autoreply": "yes", "X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     body="""Xin chào,
Tôi đang đi công tác tại Nhật Bản từ 06/04 đến 17/04/2026, việc kiểm tra email sẽ bị hạn chế. Việc gấp xin liên hệ anh Trần Hữu Nghĩa - Trưởng phòng Pháp chế, ĐT 0905 226 419.

Hello,
I am on a business trip to Japan from 6 to 17 April 2026 with limited access to email. For urgent matters please contact Mr. Tran Huu Nghia, Head of Legal, tel. 0905 226 419.

Đoàn Thị Kim Phượng
""",
     label=L("unknown", "mixed", auto=True, note="Out-of-office reply to the firm's legal update; subject carries deletion/correction keywords and the body gives a colleague's phone.", **AUTO_NULL)),

dict(n=23, to="info", fmt="bounce",
     date="Tue, 07 Apr 2026 14:02:51 +0700",
     bounce=dict(rcpt="vanthanh.ho@gmial.com", status="5.1.2",
                 diag="Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found",
                 orig_subj="Yêu cầu bổ sung hồ sơ xóa đăng ký thế chấp",
                 orig_date="Tue, 07 Apr 2026 14:02:48 +0700",
                 orig_body="""Kính gửi anh Thành,

Để hoàn tất thủ tục xóa đăng ký thế chấp quyền sử dụng đất, đề nghị anh bổ sung bản sao CCCD của vợ anh và văn bản xác nhận hoàn thành nghĩa vụ trả nợ của ngân hàng.

Mọi thắc mắc xin gọi hotline 1800 63 65.

Trân trọng,
Thịnh Trí Group"""),
     label=L("unknown", "en", auto=True, note="Bounce of the firm's own email; the returned message talks about 'xóa đăng ký thế chấp' (mortgage deregistration) and is not customer text.", **AUTO_NULL)),

dict(n=24, to="info", frm=("Bản tin Pháp Luật Doanh Nghiệp", "bantin@phapluatdoanhnghiep.vn"), mailer="bulk",
     subj="Bản tin tuần 15/2026: Quyền truy cập, chỉnh sửa và xóa dữ liệu cá nhân - doanh nghiệp cần làm gì?",
     date="Wed, 08 Apr 2026 06:00:00 +0700", fmt="alt", cte="base64",
     headers={"List-Id": "Ban tin Phap Luat Doanh Nghiep <tuan.phapluatdoanhnghiep.vn>",
              "List-Unsubscribe": "<https://phapluatdoanhnghiep.vn/unsub?u=a91c27&e=info%40thinhtrigroup.com>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
              "Precedence": "bulk"},
     body="""BẢN TIN PHÁP LUẬT DOANH NGHIỆP - TUẦN 15/2026

Kính gửi Quý độc giả,

1. Quyền của chủ thể dữ liệu: yêu cầu truy cập, chỉnh sửa, xóa dữ liệu cá nhân - thời hạn doanh nghiệp phải phản hồi.
2. Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền cho hộ kinh doanh.
3. Lịch webinar: "Hợp đồng lao động điện tử - rủi ro và lưu ý", 9h00 thứ Năm 16/04/2026.

Đọc toàn văn tại website phapluatdoanhnghiep.vn.

Bạn nhận được email này vì đã đăng ký nhận Bản tin Pháp Luật Doanh Nghiệp.
Hủy đăng ký: https://phapluatdoanhnghiep.vn/unsub?u=a91c27
""",
     label=L("unknown", "vi", auto=True, note="Bulk newsletter (List-Id, Precedence: bulk); subject lists access/correction/deletion rights but it is not a request.", **AUTO_NULL)),

dict(n=25, to="support", frm=("Kế toán - Công ty CP Gạch Men Đông Á", "ketoan@gachmendonga.com.vn"), mailer="other",
     subj="Re: Xác nhận thanh toán phí dịch vụ tháng 3",
     date="Thu, 09 Apr 2026 13:44:02 +0700", fmt="plain", cte="base64", in_reply_to=True,
     headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
     body="""Cảm ơn Quý đối tác đã gửi email.

Bộ phận Kế toán đã nhận được thư và sẽ phản hồi trong giờ làm việc (8h00 - 17h00, thứ Hai đến thứ Sáu). Chứng từ thanh toán xin gửi kèm bản scan có đóng dấu.

Công ty CP Gạch Men Đông Á
Tổng đài: (0211) 3868 552
""",
     label=L("unknown", "vi", auto=True, note="Subject looks like a human reply; only the Auto-Submitted/Precedence headers and body reveal an auto-reply.", **AUTO_NULL)),
]
