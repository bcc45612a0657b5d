# -*- coding: utf-8 -*-
"""Message data for holdout20 (imported by make.py)."""

MSGS = []
FIRM_SIG = "Công ty Hệ Thống Luật TNHH Thịnh Trí\n57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"


def T(s):
    return s.strip("\n")


def add(key, **kw):
    kw["key"] = key
    MSGS.append(kw)


# ============================================================ service requests
add("svc-hue-inheritance", style="gmail",
    frm=("Tôn Thất Minh Quang", "tonthatquang.hue@gmail.com"),
    subj="Hỏi về việc chia thừa kế nhà đất khi mẹ mất không để lại di chúc",
    date="Thu, 02 Apr 2026 08:41:27 +0700",
    attach=[("image/png", "so-do-nha-dat.png")],
    text=T("""
Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Tôn Thất Minh Quang, năm nay 68 tuổi, hiện ở Huế. Mẹ tôi mất tháng 9 năm ngoái, không để lại di chúc. Tài sản là một căn nhà cấp 4 trên thửa đất khoảng 210m2 đứng tên mẹ tôi (cha tôi đã mất từ năm 2011).

Anh em chúng tôi có 4 người: tôi, hai em gái ở Huế và một em trai định cư ở Úc. Cả nhà đều đồng ý để lại nhà cho em gái út là người ở chăm mẹ, nhưng không biết thủ tục khai nhận di sản, từ chối nhận di sản làm thế nào, nhất là em trai tôi ở nước ngoài thì ký giấy tờ ra sao, có phải về Việt Nam không.

Tôi gửi kèm ảnh chụp sổ đỏ để Công ty tham khảo. Xin Công ty cho biết thủ tục và chi phí nếu nhờ Công ty làm giúp.

Địa chỉ của tôi: 27 kiệt 14 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế
Điện thoại: 0935 417 296

Trân trọng,
Tôn Thất Minh Quang
"""),
    label=dict(cat="service_request", lang="vi", name="Tôn Thất Minh Quang", phone="+84935417296",
               addr="27 kiệt 14 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế"))

add("svc-jp-work-rules", style="outlook",
    frm=("山本 健二", "k.yamamoto@sakura-precision.com.vn"), hcs=("ISO-2022-JP", "B"),
    subj="Inquiry: revision and registration of internal labour regulations",
    date="Fri, 03 Apr 2026 10:17:52 +0700",
    text=T("""
Dear Sir/Madam,

I am the General Director of Sakura Precision Vietnam Co., Ltd., a Japanese-invested manufacturer of moulded plastic parts located in VSIP II (Binh Duong area). We currently have about 320 employees.

Our head office in Nagoya has asked us to revise our internal labour regulations (work rules) so that the overtime and disciplinary procedures follow the Labour Code 2019, and to re-register them with the local labour authority. We would like your firm to:

1. review our current regulations (Vietnamese and Japanese versions, approx. 40 pages);
2. prepare the revised version and the minutes of consultation with the grassroots trade union;
3. handle the registration filing on our behalf.

Please send us a fee quotation and an estimated timeline. I prefer communication by email, but you can also reach me on my mobile: 0908 562 714.

Best regards,

Kenji Yamamoto
General Director
Sakura Precision Vietnam Co., Ltd.
"""),
    label=dict(cat="service_request", lang="en", name="Kenji Yamamoto", phone="+84908562714",
               note="From display name is Japanese (ISO-2022-JP encoded); the sender signs as Kenji Yamamoto."))

add("svc-xoa-an-tich", style="gmail",
    frm=("Kiet Nguyen", "kietnguyen.2k1@gmail.com"),
    subj="hoi thu tuc xoa an tich de di xkld",
    date="Sat, 04 Apr 2026 22:03:15 +0700",
    text=T("""
chao anh chi luat su,
em ten Nguyen Tuan Kiet, sinh nam 2001, que o Nghe An. nam 2021 em bi toa xu 9 thang tu treo ve toi danh bac, da chap hanh xong tu giua nam 2023 va nop phat day du roi.
gio em dang lam ho so di xuat khau lao dong Nhat Ban, ben cong ty phai cu yeu cau phieu ly lich tu phap so 1 ma khong con ghi an tich. em muon hoi truong hop cua em da duoc duong nhien xoa an tich chua, hay phai lam don xin xoa an tich, nop o dau, mat bao lau.
neu ben minh lam dich vu thi bao gia giup em. so dt/zalo cua em: 0386 905 142
em cam on anh chi nhieu
"""),
    label=dict(cat="service_request", lang="vi", name="Nguyen Tuan Kiet", phone="+84386905142",
               note="'xóa án tích' (expunging a criminal record) is a legal service, not a request to delete personal data."))

add("svc-bloomie-trademark", style="gmail",
    frm=("Hà Minh Thư", "thu.ha@bloomie.app"),
    subj="Đăng ký trademark cho app Bloomie - cần search trùng trước",
    date="Mon, 06 Apr 2026 14:26:09 +0700",
    text=T("""
Hi team Thịnh Trí,

Mình là Thư, founder của Bloomie - app đặt hoa giao trong 2h ở Sài Gòn và Hà Nội. Tụi mình chuẩn bị launch bản mới vào tháng 7 nên muốn lock trademark trước:

- Logo + wordmark "Bloomie" cho nhóm 35, 39 và 42 (app, delivery, e-commerce platform);
- Search giúp xem có bên nào đã file tên gần giống chưa (tụi mình thấy có một shop hoa tên "Bloomy" trên Shopee);
- Nếu được thì advise luôn việc đăng ký quốc tế qua Madrid sang Singapore và Thái, vì roadmap năm sau sẽ expand.

Bên mình gửi giúp quotation và timeline nha. Mình available call các buổi chiều trong tuần.

Thanks,
Hà Minh Thư
Founder & CEO, Bloomie
+84 (0)93 228 1650
"""),
    label=dict(cat="service_request", lang="mixed", name="Hà Minh Thư", phone="+84932281650"))

add("svc-hoian-homestay", style="owa", html_only=True, cte="base64",
    frm=("Phạm Thị Diệu Linh", "dieulinh.homestay@outlook.com"),
    subj="Xin tư vấn giấy phép kinh doanh homestay đón khách nước ngoài",
    date="Tue, 07 Apr 2026 11:52:40 +0700",
    text=T("""
Chào Công ty,

Tôi là Phạm Thị Diệu Linh, có một căn nhà 3 tầng gần phố cổ Hội An (6 phòng), dự định sửa sang để làm homestay, khách chủ yếu là khách nước ngoài đặt qua Booking và Airbnb.

Tôi muốn hỏi:
1. Cần đăng ký hộ kinh doanh hay phải thành lập công ty?
2. Thủ tục công nhận cơ sở lưu trú du lịch, điều kiện PCCC và khai báo tạm trú cho khách nước ngoài làm thế nào?
3. Thuế đối với thu nhập từ Airbnb tính ra sao?

Mong Công ty tư vấn và báo phí trọn gói. Số điện thoại của tôi: 0914.528.307 (có Zalo).

Cảm ơn Công ty.
Diệu Linh
"""),
    label=dict(cat="service_request", lang="vi", name="Phạm Thị Diệu Linh", phone="+84914528307"))

add("svc-fr-apartment", style="tbird", cs="ISO-8859-1", hcs=("ISO-8859-1", "Q"), cte="quoted-printable",
    frm=("François Lefèvre", "f.lefevre@orange.fr"),
    subj="Purchase of an apartment in Vung Tau - foreign ownership",
    date="Wed, 08 Apr 2026 09:05:33 +0700",
    text=T("""
Good morning,

I am a French citizen, retired, and I have been living in Vung Tau for almost three years. I would like to buy a two-bedroom apartment in a new project near Back Beach (price about 3.2 billion VND).

Before I pay any deposit, I would like your advice on:
- whether a foreigner can own an apartment in this project, and for how long (50 years?);
- how the money must be transferred from my bank account in France;
- whether I can leave the apartment to my daughter in Lyon in my will.

I would also like a lawyer to review the deposit agreement the developer sent me (in Vietnamese only, 18 pages).

My address here is 12 Thuy Van Street, Ward 2, Vung Tau. My telephone: 0776 314 958.

Thank you in advance and best regards,
François Lefèvre
"""),
    label=dict(cat="service_request", lang="en", name="François Lefèvre", phone="+84776314958",
               addr="12 Thuy Van Street, Ward 2, Vung Tau",
               note="Body and From name are ISO-8859-1."))

add("svc-severance-reply", style="gmail", cte="base64",
    frm=("Đặng Thị Mỹ Duyên", "myduyen.dang92@gmail.com"), to="Thịnh Trí Group <info@thinhtrigroup.com>",
    subj="Re: Tư vấn trợ cấp thôi việc khi nghỉ việc",
    date="Fri, 10 Apr 2026 20:14:48 +0700",
    hdrs=[("In-Reply-To", "<4c1d9a02-6e3b-b7f1-2a90-8d55e31f0c47@thinhtrigroup.com>"),
          ("References", "<4c1d9a02-6e3b-b7f1-2a90-8d55e31f0c47@thinhtrigroup.com>")],
    text=T("""
Dạ em chào anh Nam,

Em cảm ơn anh đã giải thích. Em đã xem lại hợp đồng thì đúng là hợp đồng không xác định thời hạn, và công ty cũ vẫn chưa trả sổ BHXH cho em dù em nghỉ đã hơn 40 ngày.

Em muốn nhờ bên mình soạn và gửi văn bản yêu cầu công ty cũ thanh toán trợ cấp thôi việc, lương tháng cuối và chốt sổ BHXH. Nếu họ không hợp tác thì em tính khởi kiện luôn. Anh báo giúp em phí cho phần gửi văn bản trước nhé.

Số của em là 0345 902 817, anh gọi giờ hành chính giúp em ạ.

Em cảm ơn,
Đặng Thị Mỹ Duyên
"""),
    quote=dict(kind="gmail",
               intro="Vào Th 5, 9 thg 4, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
               text=T("""
Chào chị Duyên,

Theo thông tin chị cung cấp, chị đã làm việc liên tục 5 năm 2 tháng và nghỉ việc có báo trước 45 ngày, nên chị thuộc trường hợp đơn phương chấm dứt hợp đồng đúng luật. Lưu ý thời gian chị đã tham gia bảo hiểm thất nghiệp sẽ không được tính để hưởng trợ cấp thôi việc.

Người sử dụng lao động có trách nhiệm thanh toán đầy đủ các khoản liên quan và trả lại sổ bảo hiểm xã hội trong vòng 14 ngày làm việc kể từ ngày chấm dứt hợp đồng.

Nếu chị cần hỗ trợ làm việc với công ty cũ, vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Lý Hoàng Nam
Chuyên viên tư vấn
""") + "\n" + FIRM_SIG),
    label=dict(cat="service_request", lang="vi", name="Đặng Thị Mỹ Duyên", phone="+84345902817",
               note="Reply; only the top part is new. Quoted firm answer carries the firm's hotline, address and staff name."))

add("svc-pdp-compliance", style="outlook",
    frm=("Quách Thanh Tùng", "tung.quach@meomart.vn"),
    subj="Đề nghị báo giá tư vấn tuân thủ Luật Bảo vệ dữ liệu cá nhân",
    date="Mon, 13 Apr 2026 09:31:06 +0700",
    text=T("""
Kính gửi Quý Công ty,

Tôi là Quách Thanh Tùng, Giám đốc vận hành Công ty TNHH MeoMart (sàn bán lẻ đồ dùng thú cưng trực tuyến, khoảng 85.000 tài khoản khách hàng).

Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực từ 01/01/2026, chúng tôi cần rà soát lại toàn bộ quy trình thu thập, lưu trữ và xóa dữ liệu khách hàng. Cụ thể, chúng tôi muốn Quý Công ty:
- Đánh giá hiện trạng xử lý dữ liệu cá nhân và lập hồ sơ đánh giá tác động;
- Soạn lại chính sách quyền riêng tư, mẫu thông báo và văn bản đồng ý của khách hàng;
- Xây dựng quy trình tiếp nhận yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của khách hàng;
- Đào tạo một buổi cho bộ phận chăm sóc khách hàng và marketing.

Đề nghị Quý Công ty gửi đề xuất dịch vụ và báo phí trước ngày 30/04. Đầu mối liên hệ là tôi, số di động 0983 174 206.

Trân trọng,
Quách Thanh Tùng
Giám đốc Vận hành
Công ty TNHH MeoMart
"""),
    label=dict(cat="service_request", lang="vi", name="Quách Thanh Tùng", phone="+84983174206",
               note="Full of data-protection vocabulary (truy cập, chỉnh sửa, xóa dữ liệu) but it is a business asking for compliance advice."))

add("svc-tenant-deposit", style="iphone", iddomain="icloud.com", cte="quoted-printable",
    frm=("Châu Bảo Ngọc", "chaubaongoc.1999@icloud.com"),
    hdrs=[("X-Mailer", "iPhone Mail (23E246)")],
    subj="Chủ nhà không trả tiền cọc",
    date="Tue, 14 Apr 2026 23:47:12 +0700",
    text=T("""
Chào luật sư,
Em là Châu Bảo Ngọc. Em thuê phòng trọ ở Gò Vấp 2 năm, hợp đồng hết hạn 31/3, em đã báo trước 1 tháng đúng hợp đồng. Lúc trả phòng chủ nhà giữ luôn 2 tháng cọc (9 triệu) nói là tường bị ố phải sơn lại, trong khi lúc em dọn vào thì phòng cũng cũ vậy rồi.
Em có hợp đồng và tin nhắn Zalo báo trước. Em muốn hỏi em có đòi lại được không, làm đơn gửi đâu ạ? Có cần thuê luật sư không hay em tự làm được?
Em cảm ơn. Sđt em 0797 226 481

Gửi từ iPhone của tôi
"""),
    label=dict(cat="service_request", lang="vi", name="Châu Bảo Ngọc", phone="+84797226481"))

add("svc-guardianship-father", style="gmail", cte="base64",
    frm=("Cầm Văn Hưng", "camvanhung.sl@gmail.com"),
    subj="Xin tư vấn thủ tục yêu cầu tuyên bố bố tôi mất năng lực hành vi dân sự",
    date="Wed, 15 Apr 2026 12:20:31 +0700",
    text=T("""
Kính gửi luật sư,

Tôi là Cầm Văn Hưng, hiện làm việc tại Hà Nội. Bố tôi là ông Cầm Văn Pấng, 79 tuổi, đang sống ở quê tại bản Hụm, xã Mường Bú, tỉnh Sơn La. Bố tôi bị tai biến năm 2024, từ đó không còn nhận thức được, bác sĩ chẩn đoán sa sút trí tuệ mức độ nặng.

Gia đình cần bán một mảnh đất đứng tên bố để lấy tiền chữa bệnh, nhưng văn phòng công chứng nói bố tôi không tự ký được. Tôi muốn hỏi thủ tục yêu cầu Tòa án tuyên bố bố tôi mất năng lực hành vi dân sự, ai được làm người giám hộ, và sau đó người giám hộ có được bán đất không.

Nếu Công ty nhận vụ việc, xin liên hệ tôi qua số 0862 390 517 hoặc email này.

Trân trọng,
Cầm Văn Hưng
"""),
    label=dict(cat="service_request", lang="vi", name="Cầm Văn Hưng", phone="+84862390517",
               note="The father's name and village address appear; the sender gives no address of his own."))

add("svc-unpaid-salary", style="gmail",
    frm=("Priya Raman", "priya.raman.dev@gmail.com"),
    subj="Unpaid salary - need advice on filing a complaint against my employer",
    date="Thu, 16 Apr 2026 19:38:54 +0700",
    text=T("""
Hello,

I'm an Indian national working in Ho Chi Minh City as a senior QA engineer for a software outsourcing company, on a 2-year labour contract with a valid work permit.

My employer has not paid my salary for February and March (about 96 million VND in total). HR keeps saying it is a "cash-flow issue", and last week they suggested I resign "voluntarily", which I think is meant to avoid paying me. Several Vietnamese colleagues are in the same situation.

I would like to know:
- how I can file a complaint against the company with the labour authorities, or whether I should go to court;
- whether resigning now would affect my work permit and my right to claim the unpaid salary;
- what your fees would be to represent me.

I can come to your office on a weekday after 6 pm or on Saturday. My phone: 0702 845 139.

Thank you,
Priya Raman
"""),
    label=dict(cat="service_request", lang="en", name="Priya Raman", phone="+84702845139",
               note="The 'complaint against my employer' is the legal matter she wants help with, not a complaint about the firm."))

add("svc-land-boundary-1258", style="oe", cs="windows-1258", hcs=("windows-1258", "Q"), smode="B",
    cte="quoted-printable",
    frm=("Vũ Đình Khiêm", "vudinhkhiem1954@yahoo.com"),
    hdrs=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
          ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    subj="Nhờ tư vấn tranh chấp ranh giới đất với nhà hàng xóm",
    date="Fri, 17 Apr 2026 07:12:40 +0700",
    text=T("""
Kính gửi Công ty Thịnh Trí,

Tôi là Vũ Đình Khiêm, giáo viên về hưu, năm nay 72 tuổi. Năm ngoái nhà hàng xóm xây lại tường rào, lấn sang đất nhà tôi khoảng 0,6m chiều ngang, dài suốt 18m. Tôi đã làm đơn lên Ủy ban xã hòa giải 2 lần nhưng không thành.

Nay tôi muốn nhờ Công ty xem giúp giấy tờ đất (sổ đỏ cấp năm 1998, có sơ đồ thửa đất) và tư vấn có nên khởi kiện ra Tòa không, chi phí đo đạc lại và án phí bao nhiêu. Nếu cần, tôi sẽ nhờ con trai đưa đi gặp luật sư.

Địa chỉ: xóm 3, thôn Đồng Quỹ, xã Giao Thủy, tỉnh Ninh Bình
Điện thoại nhà: (0228) 3742 619

Kính thư,
Vũ Đình Khiêm
"""),
    label=dict(cat="service_request", lang="vi", name="Vũ Đình Khiêm", phone="+842283742619",
               addr="xóm 3, thôn Đồng Quỹ, xã Giao Thủy, tỉnh Ninh Bình",
               note="windows-1258 with combining tone marks (compare after NFC); landline with area code."))

add("svc-vietkieu-inheritance", style="gmail",
    frm=("Kevin Nguyen", "kevin.hk.nguyen@gmail.com"),
    subj="Inheritance of my parents' house in Bien Hoa - hỏi về thừa kế",
    date="Sat, 18 Apr 2026 21:09:37 -0700",
    text=T("""
Hi anh chị,

My name is Kevin Nguyen (tên Việt: Nguyễn Hoàng Khang). Em là Việt kiều Mỹ, đang sống ở San Jose. Ba mẹ em mất năm ngoái và để lại căn nhà ở Biên Hòa, sổ hồng đứng tên ba mẹ. Em còn 2 anh chị đang ở Việt Nam.

Em muốn hỏi:
- Em có quốc tịch Mỹ (còn giữ quốc tịch VN không thì em không chắc), vậy em có được đứng tên nhà ở VN không?
- Nếu không thì em có thể nhận phần thừa kế bằng tiền hoặc tặng cho anh chị em được không?
- Em có cần bay về VN để ký không, hay làm giấy ủy quyền tại lãnh sự quán ở San Francisco được?

Em về VN vào tháng 6, muốn book một buổi gặp luật sư trước. Anh chị có thể email hoặc text em qua số +1 (408) 761-3925 (WhatsApp).

Thanks so much,
Kevin Nguyen
"""),
    label=dict(cat="service_request", lang="mixed", name="Kevin Nguyen", phone="+14087613925",
               note="Vietnamese name Nguyễn Hoàng Khang is also given; he introduces himself and signs as Kevin Nguyen. US phone number."))


# ============================================================ complaints
add("cmp-lawyer-absent", style="gmail",
    frm=("Mai Xuân Trường", "maixuantruong.bd@gmail.com"), to="support@thinhtrigroup.com",
    subj="Phản ánh việc luật sư vắng mặt tại phiên hòa giải ngày 14/4",
    date="Wed, 15 Apr 2026 17:58:03 +0700",
    text=T("""
Kính gửi Ban lãnh đạo Công ty,

Tôi là Mai Xuân Trường, khách hàng trong vụ tranh chấp hợp đồng thi công nội thất với Công ty Kiến Phát (hợp đồng dịch vụ pháp lý ký ngày 05/01/2026, luật sư phụ trách là luật sư Khổng Minh Đạt).

Sáng 14/4 Tòa án triệu tập phiên hòa giải lần 2. Tôi có mặt đúng giờ nhưng luật sư Đạt không đến, cũng không báo trước. Gọi điện thì không nghe máy, đến 10h mới nhắn tin là "bận việc đột xuất". Thẩm phán phải hoãn phiên, phía bên kia còn mỉa mai tôi ngay tại Tòa.

Đây không phải lần đầu: tháng 2 luật sư cũng nộp chậm bản tự khai khiến tôi bị Tòa nhắc. Tôi đã trả đủ 2 đợt phí, tổng cộng 45 triệu đồng.

Tôi đề nghị Công ty giải thích bằng văn bản, cho biết có thay luật sư khác hay không, và xem xét giảm phí cho đợt còn lại. Mong nhận được phản hồi trong tuần này.

Mai Xuân Trường
ĐT: 0911 683 402
"""),
    label=dict(cat="complaint", lang="vi", name="Mai Xuân Trường", phone="+84911683402"))

add("cmp-uk-invoice", style="outlook",
    frm=("Oliver Bennett", "oliver.bennett@harbourlinegroup.co.uk"), to="support@thinhtrigroup.com",
    subj="Invoice TTG-2026-0418 - charges not agreed",
    date="Fri, 17 Apr 2026 08:22:19 +0100",
    text=T("""
Dear Sir or Madam,

I refer to your invoice TTG-2026-0418 dated 10 April for the incorporation of our Vietnamese subsidiary, Harbourline Vietnam LLC.

Our engagement letter of 2 February sets a fixed fee of USD 3,800 for the IRC and ERC. Your invoice, however, adds 14.5 "additional advisory hours" at USD 180 per hour, plus "courier and administrative costs" of USD 320. Nobody informed me that work outside the fixed fee was being carried out, and I did not approve any of it. When my assistant called your office on 15 April to ask for a breakdown, she was told that "the lawyer is busy" and that someone would call back. Nobody did.

I am not prepared to pay the additional items until I receive a detailed breakdown and an explanation of why they were not agreed in advance. Please treat this as a formal complaint and have a partner respond to me directly.

Kind regards,

Oliver Bennett
Managing Director
Harbourline Group Ltd
Mobile (UK): +44 7700 900 436
"""),
    label=dict(cat="complaint", lang="en", name="Oliver Bennett", phone="+447700900436"))

add("cmp-fanpage-photo", style="gmail",
    frm=("Son Pham", "phamthaison.hp@gmail.com"), to="support@thinhtrigroup.com",
    subj="Cong ty dang anh va thong tin vu viec cua toi len facebook khi chua hoi y kien",
    date="Sun, 19 Apr 2026 09:44:51 +0700",
    text=T("""
Chao cong ty,
Toi la Pham Thai Son, o Hai Phong. Thang 3 vua roi cong ty giup toi giai quyet xong vu tranh chap boi thuong bao hiem xe, toi rat cam on.
Nhung hom qua ban toi gui cho toi link fanpage Thinh Tri Group, trong bai "Khach hang tieu bieu thang 3" co dang anh toi chup chung voi luat su o van phong, kem ten day du, bien so xe va so tien duoc boi thuong. Toi chua bao gio dong y cho cong ty dang nhung thong tin nay. Nguoi quen, dong nghiep deu biet het chuyen.
De nghi cong ty go bai ngay va tra loi cho toi vi sao lai dang khi chua duoc toi cho phep.
Pham Thai Son
0904 517 263
"""),
    label=dict(cat="complaint", lang="vi", name="Pham Thai Son", phone="+84904517263",
               note="Asks for the post to be taken down, but the message is a complaint about publishing his data without consent."))

add("cmp-open-cc", style="outlook", iddomain="gmail.com",
    frm=("Lưu Thanh Tâm", "luuthanhtam.ktv@gmail.com"), to="support@thinhtrigroup.com",
    subj="FW: Thông báo lịch nghỉ lễ 30/4 - 1/5 và hạn gửi chứng từ quyết toán thuế TNCN",
    date="Tue, 21 Apr 2026 19:36:44 +0700",
    text=T("""
Gửi bộ phận CSKH Thịnh Trí,

Tôi chuyển tiếp lại email Công ty gửi chiều nay. Công ty gửi cho hơn 40 khách hàng nhưng để toàn bộ địa chỉ email ở ô "To" chứ không dùng BCC, nên ai nhận cũng thấy email của những người còn lại, trong đó có email cá nhân của tôi. Chỉ vài giờ sau tôi đã nhận 2 email chào mời dịch vụ kế toán, nói là "biết chị là khách hàng của Thịnh Trí".

Đây là thông tin khách hàng, lẽ ra phải được bảo mật. Tôi đề nghị Công ty xin lỗi bằng văn bản, gửi thông báo đề nghị những người đã nhận xóa email này, và cho biết Công ty sẽ làm gì để chuyện này không lặp lại.

Lưu Thanh Tâm
Điện thoại: 0947 368 120
"""),
    quote=dict(kind="outlook", intro=T("""
-----Original Message-----
From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: Tuesday, April 21, 2026 3:12 PM
To: nguyenhaiyen.tax@gmail.com; luuthanhtam.ktv@gmail.com; quoc.dinh@phudienco.vn; thaohuong.vo@yahoo.com; minhkhoa.ly@gmail.com; hoangyen.kt@hotmail.com; tuan.bui@saigonmetal.vn
Subject: Thông báo lịch nghỉ lễ 30/4 - 1/5 và hạn gửi chứng từ quyết toán thuế TNCN
"""), text=T("""
Kính gửi Quý khách hàng,

Công ty Hệ Thống Luật TNHH Thịnh Trí xin thông báo văn phòng nghỉ lễ từ ngày 30/4 đến hết ngày 03/5/2026 và làm việc trở lại từ ngày 04/5/2026.

Quý khách đang sử dụng dịch vụ quyết toán thuế thu nhập cá nhân vui lòng gửi đầy đủ chứng từ khấu trừ thuế trước ngày 28/4 để Công ty kịp hoàn thiện hồ sơ.

Mọi yêu cầu khẩn trong thời gian nghỉ lễ, Quý khách vui lòng gọi hotline 1800 63 65.

Trân trọng,
Phòng Chăm sóc Khách hàng
""") + "\n" + FIRM_SIG),
    label=dict(cat="complaint", lang="vi", name="Lưu Thanh Tâm", phone="+84947368120",
               note="Forward of the firm's own mail with other clients' addresses and the firm hotline; the sender's address is one of many. 'xóa email' is asked of third parties, not a deletion request."))

add("cmp-wrong-business-lines", style="gmail", cte="base64",
    frm=("Kha Minh Nhật", "khaminhnhat.decor@gmail.com"), to="support@thinhtrigroup.com",
    subj="Khiếu nại: giấy ĐKDN sai ngành nghề, 3 tuần chưa xử lý",
    date="Thu, 23 Apr 2026 10:11:26 +0700",
    text=T("""
Gửi Công ty Thịnh Trí,

Tôi là Kha Minh Nhật. Ngày 20/3 tôi ký dịch vụ thành lập Công ty TNHH Nội thất Nhật Kha, trọn gói 6,5 triệu đồng, đã thanh toán đủ.

Giấy chứng nhận đăng ký doanh nghiệp cấp ngày 02/4 thì thiếu mất ngành hoàn thiện và lắp đặt nội thất (ngành chính tôi đã dặn nhiều lần), trong khi lại có thêm ngành vận tải hàng hóa mà tôi không hề yêu cầu. Ngoài ra tên tôi trên giấy ghi là "Kha Minh Nhất" thay vì "Kha Minh Nhật".

Tôi báo cho nhân viên phụ trách từ ngày 03/4, được hứa "2-3 ngày sửa xong", đến nay đã gần 3 tuần vẫn chưa có gì, hỏi thì cứ hẹn. Vì chưa có ngành nghề đúng nên tôi không ký được hợp đồng thi công với khách, thiệt hại rất lớn.

Đề nghị Công ty nộp hồ sơ điều chỉnh ngay trong tuần này bằng chi phí của Công ty, sửa lại tên người đại diện cho đúng, đồng thời trả lời rõ ai chịu trách nhiệm về việc chậm trễ.

Kha Minh Nhật
0393 157 824
"""),
    label=dict(cat="complaint", lang="vi", name="Kha Minh Nhật", phone="+84393157824",
               note="Complaint about a botched registration that also asks to fix his misspelled name ('Kha Minh Nhất' also appears); dominant intent complaint."))

add("cmp-rude-hotline", style="owa", html_only=True, iddomain="hotmail.com",
    frm=("Huỳnh Thị Sáu", "huynhthisau58@hotmail.com"), to="support@thinhtrigroup.com",
    subj="Nhân viên trả lời điện thoại thiếu tôn trọng",
    date="Tue, 21 Apr 2026 08:03:57 +0700",
    text=T("""
Kính gửi Công ty,

Tôi tên Huỳnh Thị Sáu, 67 tuổi, ở Bến Tre. Sáng thứ Hai 20/4 tôi gọi tổng đài 1800 63 65 để hỏi tiến độ hồ sơ sang tên đất cho con tôi mà Công ty đang làm.

Cô nhân viên nghe máy nói chuyện rất trống không. Tôi hỏi lại vì tai hơi kém thì cô nói "bác hỏi hoài vậy, hồ sơ chưa xong thì chưa xong" rồi cúp máy ngang. Tôi lớn tuổi, bỏ tiền ra thuê dịch vụ mà bị đối xử như vậy thì thật buồn.

Đề nghị Công ty nhắc nhở nhân viên và cho người gọi lại báo tiến độ hồ sơ cho tôi qua số 0987 340 615.

Huỳnh Thị Sáu
"""),
    label=dict(cat="complaint", lang="vi", name="Huỳnh Thị Sáu", phone="+84987340615",
               note="1800 63 65 in the body is the firm's hotline she called; her own number is given later."))

add("cmp-closed-matter-reply", style="gmail", cte="quoted-printable",
    frm=("Sunyoung Park", "sunyoung.park.hcm@gmail.com"), to="Thinh Tri Support <support@thinhtrigroup.com>",
    subj="Re: Closure of your matter TT-CIV-0215 and final invoice",
    date="Mon, 20 Apr 2026 07:55:10 +0700",
    hdrs=[("In-Reply-To", "<b3f0e6d1-91a2-4c7e-a0d8-5f27c1e9b440@thinhtrigroup.com>"),
          ("References", "<b3f0e6d1-91a2-4c7e-a0d8-5f27c1e9b440@thinhtrigroup.com>")],
    text=T("""
Dear Mr. Toàn,

I'm surprised to receive this. My matter is NOT resolved. Hoang Long Auto still has not repaired or replaced my car, and the demand letter your firm sent in March got no answer. At our last meeting Ms. Hạnh told me the next step would be a lawsuit, and nobody has contacted me since.

Now you are closing the file and asking me to pay a "final invoice" of 8.5 million VND for work I have not seen. I will not pay it. I want a written explanation of what has been done on my case, and I want to speak with the lawyer in charge, not customer service.

Park Sun-young
090 613 7248
"""),
    quote=dict(kind="gmail",
               intro="On Fri, Apr 17, 2026 at 11:20 AM Thinh Tri Support <support@thinhtrigroup.com> wrote:",
               text=T("""
Dear Ms. Park,

We are writing to inform you that your matter TT-CIV-0215 (dispute with Hoang Long Auto regarding vehicle warranty) has been closed as of 17 April 2026. Please find attached our final invoice for services rendered.

Should you have any questions, please contact us at support@thinhtrigroup.com or call our hotline 1800 63 65.

Kind regards,
Trần Đức Toàn
Client Services
Thinh Tri Legal
""")),
    label=dict(cat="complaint", lang="en", name="Park Sun-young", phone="+84906137248",
               note="Reply; only the top part is new. From display is 'Sunyoung Park', she signs 'Park Sun-young'. Quoted firm text has the hotline and support address."))

add("cmp-lost-originals", style="outlook",
    frm=("Doãn Quang Vinh", "vinh.doanquang@namvietsteel.com.vn"), to="support@thinhtrigroup.com",
    subj="Yêu cầu hoàn trả bản gốc giấy tờ nhà đất bị thất lạc",
    date="Sun, 26 Apr 2026 16:40:02 +0700",
    text=T("""
Kính gửi Công ty Thịnh Trí,

Ngày 12/02/2026, tôi đã bàn giao cho Công ty bản gốc giấy chứng nhận quyền sử dụng đất và hợp đồng mua bán căn nhà ở Thủ Dầu Một để làm thủ tục sang tên, có biên bản giao nhận do chị Thảo ký.

Ngày 16/4 tôi được báo hồ sơ bị trả về vì thiếu giấy tờ. Khi tôi yêu cầu nhận lại bản gốc thì Công ty trả lời là "đang tìm", không xác định được giấy tờ đang ở đâu. Đến nay đã 10 ngày vẫn không có câu trả lời.

Đây là tài sản lớn nhất của gia đình tôi. Tôi yêu cầu Công ty:
1. Xác nhận bằng văn bản tình trạng bộ hồ sơ bản gốc;
2. Hoàn trả đầy đủ bản gốc trước ngày 30/4/2026;
3. Nếu thất lạc, chịu toàn bộ chi phí và trách nhiệm làm thủ tục cấp lại.

Nếu không nhận được phản hồi, tôi sẽ gửi đơn đến Đoàn Luật sư và cơ quan có thẩm quyền.

Doãn Quang Vinh
Di động: 0972 418 630
"""),
    label=dict(cat="complaint", lang="vi", name="Doãn Quang Vinh", phone="+84972418630"))

add("cmp-deleted-review", style="gmail",
    frm=("Tạ Đức Mạnh", "taducmanh.hn@gmail.com"),
    subj="Tại sao xóa đánh giá của tôi trên fanpage và Google?",
    date="Sat, 11 Apr 2026 13:27:45 +0700",
    text=T("""
Chào Thịnh Trí,

Tôi là Tạ Đức Mạnh. Sau buổi tư vấn ly hôn hôm 08/4 (thu phí 1,5 triệu cho 45 phút nhưng luật sư đến muộn 20 phút và chủ yếu đọc lại điều luật), tôi có để lại một đánh giá 2 sao trên fanpage và Google Maps của Công ty, lời lẽ hoàn toàn lịch sự.

Hôm nay tôi thấy bình luận của tôi trên fanpage đã bị xóa, tài khoản Facebook của tôi bị chặn, còn đánh giá trên Google thì bị báo cáo vi phạm. Cách làm này là không đàng hoàng. Tôi đề nghị Công ty khôi phục lại bình luận, gỡ chặn và hoàn lại ít nhất một nửa phí tư vấn vì thời gian tư vấn thực tế chỉ có 25 phút.

Tạ Đức Mạnh
SĐT 0359 624 718
"""),
    label=dict(cat="complaint", lang="vi", name="Tạ Đức Mạnh", phone="+84359624718",
               note="'xóa' refers to the firm deleting his review; not a data deletion request."))

add("cmp-double-charge", style="yahoo", iddomain="mail.yahoo.com",
    frm=("Viên Thị Kim Oanh", "kimoanh_vien@yahoo.com.vn"), to="support@thinhtrigroup.com",
    subj="Bị trừ tiền 2 lần phí tư vấn online",
    date="Mon, 20 Apr 2026 15:16:33 +0700",
    attach=[("image/png", "sao-ke-the-visa.png")],
    text=T("""
Chào Công ty,

Ngày 13/4 tôi đặt lịch tư vấn online 60 phút về thủ tục nhận con nuôi trên website thinhtrigroup.com và thanh toán bằng thẻ Visa 990.000đ. Trang thanh toán báo lỗi nên tôi thanh toán lại lần nữa, kết quả ngân hàng trừ tiền 2 lần (tổng 1.980.000đ).

Tôi đã gửi email hỏi vào ngày 14/4 và 17/4 nhưng chỉ nhận được thư trả lời tự động. Gọi hotline thì được hẹn "kế toán sẽ liên hệ" mà không ai gọi.

Đề nghị Công ty hoàn lại khoản bị trừ thừa 990.000đ và cho tôi biết thời gian hoàn cụ thể. Tôi gửi kèm ảnh sao kê.

Viên Thị Kim Oanh
0823 519 406
"""),
    label=dict(cat="complaint", lang="vi", name="Viên Thị Kim Oanh", phone="+84823519406"))


# ============================================================ correction requests
add("cor-new-address", style="gmail",
    frm=("Nghiêm Xuân Bách", "nghiemxuanbach@gmail.com"), to="support@thinhtrigroup.com",
    subj="Cập nhật địa chỉ liên hệ mới",
    date="Thu, 09 Apr 2026 08:58:21 +0700",
    text=T("""
Kính gửi Công ty,

Tôi là Nghiêm Xuân Bách, khách hàng đang được Công ty hỗ trợ hồ sơ quyết toán thuế TNCN và đăng ký người phụ thuộc.

Tôi đã chuyển nhà từ đầu tháng 4. Nhờ Công ty cập nhật địa chỉ nhận văn bản, hóa đơn giấy của tôi:
- Địa chỉ cũ (không dùng nữa): 45/12 Lê Văn Sỹ, Phường 13, Quận Phú Nhuận, TP.HCM
- Địa chỉ mới: Lô C2-07, khu đô thị Văn Phú, Phường Hà Đông, Hà Nội

Số điện thoại 0966 281 537 và email giữ nguyên.

Cảm ơn Công ty.
Nghiêm Xuân Bách
"""),
    label=dict(cat="correction_request", lang="vi", name="Nghiêm Xuân Bách", phone="+84966281537",
               addr="Lô C2-07, khu đô thị Văn Phú, Phường Hà Đông, Hà Nội",
               note="Old and new addresses both present; contact address is the new one."))

add("cor-passport-renewed", style="outlook",
    frm=("Daniel Reyes", "daniel.reyes@meridian-bpo.com"), to="support@thinhtrigroup.com",
    subj="Passport renewed - please update my details for the TRC application",
    date="Wed, 22 Apr 2026 13:45:08 +0700",
    attach=[("application/pdf", "Reyes_passport_biopage_2026.pdf")],
    text=T("""
Hi Thinh Tri team,

I'm a client of Ms. Quyen for my temporary residence card application. I renewed my Philippine passport at our embassy in Hanoi last week, so the details you have on file are now outdated.

Please update:
- New passport no.: P7436218C (old: P3902174A, cancelled)
- Date of issue: 14 April 2026, valid until 13 April 2036

Also, my surname is misspelled as "Reyez" in the draft application form you sent me - it should be REYES.

A scan of the new passport bio page is attached. My mobile is still 0587 302 946.

Thanks,
Daniel Reyes
"""),
    label=dict(cat="correction_request", lang="en", name="Daniel Reyes", phone="+84587302946",
               note="Misspelled 'Reyez' also appears; passport numbers are not phone numbers."))

add("cor-name-change", style="iphone", iddomain="icloud.com",
    frm=("Be Ba Nguyen", "bebanguyen.96@icloud.com"), to="support@thinhtrigroup.com",
    hdrs=[("X-Mailer", "iPhone Mail (22F76)")],
    subj="cap nhat ho ten moi",
    date="Fri, 24 Apr 2026 12:06:39 +0700",
    text=T("""
Chao anh chi,
Em la khach hang lam hop dong thue mat bang kinh doanh voi ben minh (luat su Thuy phu trach). Em moi lam xong thu tuc thay doi ho ten, tu "Nguyen Thi Be Ba" doi thanh "Nguyen Ngoc Bao Tran", da co trich luc thay doi ho tich va CCCD moi.
Nho anh chi cap nhat ten moi trong ho so va hop dong giup em, cac giay to sau nay ghi ten moi. So dt van la 0901 725 384.
Em cam on a.
Nguyen Ngoc Bao Tran

Sent from my iPhone
"""),
    label=dict(cat="correction_request", lang="vi", name="Nguyen Ngoc Bao Tran", phone="+84901725384",
               note="Old legal name 'Nguyen Thi Be Ba' appears in From and body; the contact name is the new one."))

add("cor-new-email-cc", style="gmail", cte="quoted-printable",
    frm=("Lê Quang Huy", "huy.le@finovatech.vn"), to="support@thinhtrigroup.com",
    cc="Mai Vo <mai.vo@quanta-labs.io>, Le Quang Huy <huy@quanta-labs.io>",
    subj="Update email liên hệ - Lê Quang Huy",
    date="Tue, 28 Apr 2026 18:20:14 +0700",
    text=T("""
Hi team Thịnh Trí,

Mình là Lê Quang Huy, đang làm với anh Phong bên team M&A về hồ sơ chuyển nhượng cổ phần cá nhân của mình.

Từ 01/5 mình nghỉ ở Finova và move sang Quanta Labs, email finovatech sẽ bị deactivate. Team update giúp mình email liên hệ mới là huy@quanta-labs.io và gửi mọi documents, invoice về địa chỉ này nha.

Mình cc Mai (mai.vo@quanta-labs.io), assistant bên Quanta, chỉ để tiện sắp lịch họp thôi, còn hồ sơ thì vẫn gửi trực tiếp cho mình. Số phone không đổi: 0918 640 275.

Thanks team!
Huy
"""),
    label=dict(cat="correction_request", lang="mixed", name="Lê Quang Huy", phone="+84918640275",
               email="huy@quanta-labs.io",
               note="New email in body differs from From; the assistant's address (also in Cc) is not the contact."))

add("cor-cccd-1258", style="oe", cs="windows-1258", hcs=("windows-1258", "B"), cte="quoted-printable",
    frm=("Sơn Thị Sa Ly", "sonthisaly.tv@yahoo.com"), to="support@thinhtrigroup.com",
    hdrs=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
          ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
          ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")],
    subj="Đề nghị sửa số giấy tờ tùy thân trong hồ sơ",
    date="Mon, 27 Apr 2026 09:38:55 +0700",
    text=T("""
Kính gửi Công ty Thịnh Trí,

Tôi là Sơn Thị Sa Ly, đang nhờ Công ty làm thủ tục tách thửa đất tại Trà Vinh.

Trong hồ sơ và hợp đồng dịch vụ, Công ty vẫn ghi số chứng minh nhân dân cũ của tôi là 334187205. Số này đã hết giá trị, hiện tôi dùng thẻ căn cước số 084183006271, cấp ngày 09/8/2024. Văn phòng đăng ký đất đai yêu cầu thông tin phải khớp với căn cước nên xin Công ty sửa lại giúp trước khi nộp hồ sơ.

Nếu cần bản chụp căn cước, xin gọi tôi số 0919 534 082.

Trân trọng,
Sơn Thị Sa Ly
"""),
    label=dict(cat="correction_request", lang="vi", name="Sơn Thị Sa Ly", phone="+84919534082",
               note="windows-1258 with combining tone marks; the 9- and 12-digit ID numbers are not phone numbers."))

add("cor-accented-name", style="owa", iddomain="outlook.com.au",
    frm=("Hannah Vo", "hannah.vo@outlook.com.au"), to="support@thinhtrigroup.com",
    subj="Correct spelling of my name (with Vietnamese accents)",
    date="Thu, 30 Apr 2026 21:12:47 +1000",
    text=T("""
Hello,

I'm an Australian citizen of Vietnamese origin, and your firm is helping me with the certificate of Vietnamese origin and my application to regain Vietnamese nationality.

In the forms you prepared, my name is written without accents as "Vo Thi Ngoc Han". My Vietnamese birth certificate from 1989 shows "Võ Thị Ngọc Hân", and the officer at the Department of Justice told me the spelling must match exactly. Could you please correct this in your records and in all documents going forward?

Also, please note my Australian mobile has changed to +61 412 508 936. I will send my Vietnamese number when I arrive in Saigon in June.

Thank you,
Hannah Vo (Võ Thị Ngọc Hân)
"""),
    label=dict(cat="correction_request", lang="en", name="Võ Thị Ngọc Hân", phone="+61412508936",
               note="She goes by Hannah Vo but asks for her accented legal name Võ Thị Ngọc Hân to be used; unaccented variant also appears. Australian mobile."))

add("cor-confirm-reply", style="gmail", cte="quoted-printable",
    frm=("Khúc Thị Ánh Tuyết", "anhtuyet.khuc@gmail.com"), to="Thịnh Trí Group <info@thinhtrigroup.com>",
    subj="Re: Xác nhận thông tin khách hàng - hồ sơ công bố mỹ phẩm",
    date="Mon, 20 Apr 2026 21:30:26 +0700",
    hdrs=[("In-Reply-To", "<7e52c0aa-3d18-f4b9-61c2-0b9e8d4a7f13@thinhtrigroup.com>"),
          ("References", "<7e52c0aa-3d18-f4b9-61c2-0b9e8d4a7f13@thinhtrigroup.com>")],
    text=T("""
Dạ chào chị Ngân,

Em kiểm tra thì thông tin bên mình ghi có 2 chỗ chưa đúng ạ:
- Số điện thoại đúng của em là 0368 915 240 (không phải 0368 951 240);
- Địa chỉ đúng là 219 Nguyễn Văn Cừ, Phường An Hòa, TP. Cần Thơ (bên mình ghi nhầm số nhà thành 291).

Các thông tin khác đúng rồi ạ. Chị sửa giúp em rồi hẵng nộp hồ sơ nha chị.

Em cảm ơn chị,
Khúc Thị Ánh Tuyết
"""),
    quote=dict(kind="gmail",
               intro="Vào Th 2, 20 thg 4, 2026 vào lúc 10:42 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
               text=T("""
Chào chị Tuyết,

Trước khi nộp hồ sơ công bố sản phẩm mỹ phẩm cho dòng serum "Tuyết Mộc", Công ty xin xác nhận lại thông tin của chị như sau:

Họ tên: Khúc Thị Ánh Tuyết
Điện thoại: 0368 951 240
Địa chỉ: 291 Nguyễn Văn Cừ, Phường An Hòa, TP. Cần Thơ
Email: anhtuyet.khuc@gmail.com

Nếu có sai sót, chị vui lòng phản hồi email này trước ngày 24/4 hoặc gọi hotline 1800 63 65.

Trân trọng,
Lương Bảo Ngân
""") + "\n" + FIRM_SIG),
    label=dict(cat="correction_request", lang="vi", name="Khúc Thị Ánh Tuyết", phone="+84368915240",
               addr="219 Nguyễn Văn Cừ, Phường An Hòa, TP. Cần Thơ",
               note="Reply; the quoted firm email holds the wrong phone (0368 951 240) and house number 291; the corrected values are in the top part."))


# ============================================================ deletion requests
add("del-id-scans", style="gmail", cte="base64",
    frm=("Giáp Văn Hiển", "giapvanhien.bg@gmail.com"),
    subj="Đề nghị xóa bản scan giấy tờ đã gửi",
    date="Fri, 03 Apr 2026 15:33:18 +0700",
    text=T("""
Chào Công ty,

Tôi là Giáp Văn Hiển, ở Bắc Giang. Đầu tháng 3 tôi có gửi qua email cho Công ty bản scan căn cước, giấy đăng ký kết hôn và sổ hồng để hỏi báo giá thủ tục tặng cho nhà đất cho con. Sau đó gia đình tôi đã làm ở văn phòng công chứng gần nhà nên không dùng dịch vụ của Công ty.

Đề nghị Công ty xóa các bản scan đó cùng thông tin của tôi khỏi hệ thống và hộp thư, không lưu lại. Khi xóa xong nhờ Công ty nhắn lại một tin qua số 0353 782 610 là được.

Cảm ơn Công ty.
Giáp Văn Hiển
"""),
    label=dict(cat="deletion_request", lang="vi", name="Giáp Văn Hiển", phone="+84353782610"))

add("del-au-purge", style="tbird", cte="8bit", iddomain="bigpond.com",
    frm=("Chloe Anderson", "chloe.anderson@bigpond.com"),
    subj="Please delete my personal information",
    date="Tue, 07 Apr 2026 18:04:29 +1000",
    text=T("""
Hi,

Last November I filled in the enquiry form on your website about a business visa and later had one phone call with your staff. I decided not to go ahead.

I keep receiving your newsletters and recently got a call from your sales team. I'd like you to delete all personal information you hold about me – name, email, phone number and the notes of that phone call – and not contact me again for marketing. I understand this is my right under Vietnam's personal data protection law.

Please confirm by email once done.

Regards,
Chloe Anderson
"""),
    label=dict(cat="deletion_request", lang="en", name="Chloe Anderson"))

add("del-huy-ho-so", style="gmail",
    frm=("Hong Nhung La", "lahongnhung.88@gmail.com"), to="support@thinhtrigroup.com",
    subj="de nghi huy ho so va thong tin ca nhan",
    date="Wed, 22 Apr 2026 06:51:02 +0700",
    text=T("""
Kinh gui cong ty,
Toi la La Thi Hong Nhung, so dien thoai 0384 206 915. Nam ngoai toi co nho cong ty tu van ve viec gianh quyen nuoi con, nhung vo chong toi da hoa giai va khong ly hon nua.
Toi khong muon ho so, anh chup giay to va noi dung tu van chuyen gia dinh toi con luu o cong ty. De nghi cong ty huy toan bo ho so giay va xoa du lieu dien tu lien quan den toi. Dong thoi huy dang ky nhan ban tin qua email cua toi.
Xin cong ty xac nhan khi da thuc hien.
Cam on.
"""),
    label=dict(cat="deletion_request", lang="vi", name="La Thi Hong Nhung", phone="+84384206915",
               note="'hủy hồ sơ' here means destroying her records, unlike cancelling a service."))

add("del-portal-account", style="gmail", cte="quoted-printable",
    frm=("Diệp Gia Bảo", "giabao.diep@gmail.com"), to="support@thinhtrigroup.com",
    subj="Xóa account trên client portal + data",
    date="Sat, 25 Apr 2026 10:29:40 +0700",
    text=T("""
Hi team,

Em là Diệp Gia Bảo, hồi tháng 2 em có tạo account trên client portal của Thịnh Trí để upload hồ sơ xin visa du học Úc cho em gái. Visa có rồi nên em không cần dùng nữa.

Team deactivate và delete luôn account giúp em nha, kèm theo mấy file đã upload (passport, học bạ, sao kê ngân hàng của ba mẹ em). Em không muốn data này nằm trên server nào nữa hết.

Done thì confirm qua mail này giúp em. Thanks team!
Gia Bảo
0867 452 019
"""),
    label=dict(cat="deletion_request", lang="mixed", name="Diệp Gia Bảo", phone="+84867452019"))

add("del-polite-khanhhoa", style="owa", html_only=True, cte="base64", iddomain="hotmail.com",
    frm=("Kiều Thị Bích Vân", "bichvan.kieu@hotmail.com"),
    subj="Về thông tin cá nhân của tôi",
    date="Wed, 29 Apr 2026 14:15:36 +0700",
    text=T("""
Kính gửi Công ty Thịnh Trí,

Tôi là Kiều Thị Bích Vân. Năm 2023 tôi có nhờ Công ty tư vấn làm giấy ủy quyền cho con gái quản lý nhà trong thời gian tôi sang Canada thăm cháu. Việc đó đã xong từ lâu.

Nay tôi không còn nhu cầu sử dụng dịch vụ. Mong Công ty không lưu giữ thông tin cá nhân và bản sao giấy tờ của tôi trong hồ sơ khách hàng nữa, hủy bỏ những gì còn giữ, và ngưng gửi thư mời hội thảo, thiệp chúc mừng sinh nhật đến địa chỉ nhà tôi ở 18 Trần Quý Cáp, Phường Nha Trang, tỉnh Khánh Hòa.

Xin cảm ơn và chúc Công ty nhiều sức khỏe.
Kiều Thị Bích Vân
ĐT: 0258 3825 147
"""),
    label=dict(cat="deletion_request", lang="vi", name="Kiều Thị Bích Vân", phone="+842583825147",
               addr="18 Trần Quý Cáp, Phường Nha Trang, tỉnh Khánh Hòa",
               note="Polite deletion request without the word 'xóa'; HTML-only body; landline."))

add("del-keep-invoices", style="gmail", cte="quoted-printable",
    frm=("Thân Đức Long", "thanduclong.1985@gmail.com"),
    subj="Rút lại sự đồng ý và yêu cầu xóa dữ liệu cá nhân",
    date="Mon, 04 May 2026 09:02:57 +0700",
    text=T("""
Kính gửi Thịnh Trí Group,

Tôi là Thân Đức Long. Tôi từng sử dụng dịch vụ soạn hợp đồng cho thuê xe tự lái của Công ty (hợp đồng dịch vụ đã thanh lý tháng 01/2026).

Căn cứ Luật Bảo vệ dữ liệu cá nhân, tôi rút lại sự đồng ý cho Công ty xử lý dữ liệu cá nhân của tôi và đề nghị xóa số điện thoại, email, bản chụp căn cước, giấy phép lái xe và các ghi chú liên quan. Tôi hiểu Công ty có thể phải giữ hóa đơn, chứng từ kế toán theo luật thuế; những tài liệu đó Công ty cứ giữ, nhưng xin cho tôi biết cụ thể sẽ giữ những gì và đến khi nào.

Trân trọng,
Thân Đức Long
0834 610 527
"""),
    label=dict(cat="deletion_request", lang="vi", name="Thân Đức Long", phone="+84834610527",
               note="Accepts retention of invoices; still a deletion request."))


# ============================================================ access requests
add("acc-shared-with-whom", style="yahoo", iddomain="mail.yahoo.com", cte="quoted-printable",
    frm=("Hứa Văn Khoa", "huavankhoa.bd@yahoo.com"), to="support@thinhtrigroup.com",
    subj="Đề nghị cung cấp thông tin cá nhân Công ty đang lưu và các bên đã được chia sẻ",
    date="Tue, 14 Apr 2026 10:48:13 +0700",
    text=T("""
Kính gửi Công ty,

Tôi là Hứa Văn Khoa, khách hàng sử dụng dịch vụ tư vấn thành lập chi nhánh năm 2025.

Tôi có đọc Chính sách bảo mật trên website, trong đó nói Công ty có thể chia sẻ thông tin khách hàng cho đối tác vận chuyển và các bên khác. Vì vậy tôi đề nghị Công ty cho tôi biết:
1. Những thông tin cá nhân nào của tôi Công ty đang lưu giữ;
2. Các thông tin đó đã được chia sẻ cho bên thứ ba nào, vào thời điểm nào, với mục đích gì;
3. Thời hạn Công ty dự định lưu giữ.

Xin gửi câu trả lời qua email này. Điện thoại: 0399 057 163.

Trân trọng,
Hứa Văn Khoa
"""),
    label=dict(cat="access_request", lang="vi", name="Hứa Văn Khoa", phone="+84399057163"))

add("acc-handover-file", style="outlook",
    frm=("Pieter van Dijk", "p.vandijk@dutchkitchen-hoian.com"),
    subj="Request for a copy of my file and personal data",
    date="Thu, 23 Apr 2026 16:02:44 +0700",
    text=T("""
Dear Thinh Tri Legal,

Between October and December 2025 your firm advised me on the dispute with the landlord of my restaurant premises in Hoi An. I have since decided to continue the matter with a lawyer based in Da Nang, which is simply more practical for me.

To allow a smooth handover, I would like to receive a copy of all documents and personal data you hold about me in relation to this matter: my identity documents, the correspondence, your notes of our meetings and any documents you obtained from third parties. An electronic copy sent to this email address is fine.

This is not a complaint - your team was helpful. I just need my file.

Kind regards,
Pieter van Dijk
+84 905 276 413
"""),
    label=dict(cat="access_request", lang="en", name="Pieter van Dijk", phone="+84905276413",
               note="Moving to another lawyer and says 'this is not a complaint'; asks for a copy of his data."))

add("acc-call-recording", style="samsung", html_only=True, cte="quoted-printable",
    frm=("Tiêu Ngọc Diệp", "ngocdiep.tieu@gmail.com"),
    subj="Xin bản ghi âm cuộc gọi tư vấn",
    date="Sat, 18 Apr 2026 08:26:19 +0700",
    text=T("""
Chào Công ty,
Tôi là Tiêu Ngọc Diệp. Ngày 02/4 tôi có cuộc gọi tư vấn qua tổng đài về việc bị công ty tài chính đòi nợ thay cho người thân. Đầu cuộc gọi tổng đài có thông báo "cuộc gọi được ghi âm để đảm bảo chất lượng".
Tôi đề nghị Công ty cung cấp cho tôi bản ghi âm cuộc gọi đó và các ghi chú mà chuyên viên đã lưu về tôi (nếu có). Tôi cần để đối chiếu lại nội dung đã được tư vấn.
Số điện thoại tôi đã gọi đến và cũng là số liên hệ: 0771 439 856.
Cảm ơn Công ty.
Tiêu Ngọc Diệp

Gửi từ điện thoại Samsung Galaxy của tôi.
"""),
    label=dict(cat="access_request", lang="vi", name="Tiêu Ngọc Diệp", phone="+84771439856",
               note="HTML-only mail from a phone client."))

add("acc-export-data", style="tbird", cte="8bit", iddomain="gmail.com",
    frm=("Ninh Đức Trọng", "trong.ninhduc@gmail.com"),
    subj="Yêu cầu xem dữ liệu cá nhân Công ty đang lưu về tôi",
    date="Sun, 03 May 2026 22:41:30 +0700",
    text=T("""
Chào anh/chị,

Tôi là Ninh Đức Trọng, kỹ sư phần mềm. Tháng 11/2025 tôi có tham dự khóa học "Hợp đồng và thuế cho người làm việc từ xa" do Công ty tổ chức, sau đó được tư vấn 1 buổi về hợp đồng làm việc từ xa với khách hàng ở Mỹ.

Theo Luật Bảo vệ dữ liệu cá nhân, tôi muốn được xem các dữ liệu mà Công ty đang có về tôi: thông tin đăng ký khóa học, lịch sử thanh toán, ghi chú buổi tư vấn và các dữ liệu khác nếu có (ví dụ dữ liệu theo dõi việc mở email marketing). Nếu được, xin xuất ra file (CSV hoặc PDF) gửi qua email này.

Xin cảm ơn.
Ninh Đức Trọng
0707 318 264
"""),
    label=dict(cat="access_request", lang="vi", name="Ninh Đức Trọng", phone="+84707318264"))


# ============================================================ unknown / automated
import quopri as _qp  # noqa: E402


def _qpenc(s):
    return _qp.encodestring(s.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


def _bounce(H):
    C = H["CRLF"]
    note = T("""
This is the mail system at host mail.thinhtrigroup.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<thuyhang.do1986@gmail.com>: host gmail-smtp-in.l.google.com[142.251.10.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser
    41be03b00d2f7-b21a7c3e9f0si5120443a12.287 - gsmtp (in reply to RCPT TO
    command)
""") + "\n"
    dsn = T("""
Reporting-MTA: dns; mail.thinhtrigroup.com
X-Postfix-Queue-ID: 4F7A21B03C
X-Postfix-Sender: rfc822; support@thinhtrigroup.com
Arrival-Date: Tue, 21 Apr 2026 16:46:58 +0700 (+07)

Final-Recipient: rfc822; thuyhang.do1986@gmail.com
Original-Recipient: rfc822;thuyhang.do1986@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or unnecessary spaces. For more information, go to 550
    5.1.1  https://support.google.com/mail/?p=NoSuchUser
    41be03b00d2f7-b21a7c3e9f0si5120443a12.287 - gsmtp
""") + "\n"
    orig_body = T("""
Kính gửi chị Hằng,

Công ty đã nhận được yêu cầu xóa dữ liệu cá nhân của chị. Để xác minh, chị vui lòng cho biết 4 số cuối của số căn cước đã cung cấp khi sử dụng dịch vụ. Yêu cầu sẽ được xử lý trong vòng 72 giờ kể từ khi xác minh xong.

Trân trọng,
Bộ phận Chăm sóc Khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
Hotline: 1800 63 65

Vào 20/04/2026 21:03, Đỗ Thúy Hằng <thuyhang.do1968@gmail.com> đã viết:
> Tôi là Đỗ Thúy Hằng, SĐT 0365 218 947. Đề nghị Công ty xóa toàn bộ thông tin
> của tôi, tôi không còn sử dụng dịch vụ nữa.
""") + "\n"
    orig = ("MIME-Version: 1.0" + C +
            "From: " + H["addr"]("Thịnh Trí Support", "support@thinhtrigroup.com", "UTF-8", "Q") + C +
            "To: thuyhang.do1986@gmail.com" + C +
            "Subject: Re: " + H["ew"]("Yêu cầu xóa thông tin cá nhân", "UTF-8", "Q") + C +
            "Date: Tue, 21 Apr 2026 16:46:55 +0700" + C +
            "Message-ID: <9a3e5d10-2b7c-4f61-8e0a-c41f7b2d9e58@thinhtrigroup.com>" + C +
            "In-Reply-To: <CAJx7Rk=pQ2vN8e4_hTz0mWcL5uFa1YbG3oXs9dKiE6rB7tU0gA@mail.gmail.com>" + C +
            'Content-Type: text/plain; charset="utf-8"' + C +
            "Content-Transfer-Encoding: quoted-printable" + C + C + _qpenc(orig_body))
    parts = [
        H["leaf"]("text/plain", note, "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
        ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
         dsn.replace("\n", C)),
        ([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit"),
          ("Content-Description", "Undelivered Message")], orig),
    ]
    return H["multi"]("report", parts, H["bnd"], params='; report-type="delivery-status"', fold=True)


add("auto-bounce", style="raw", build=_bounce, mime_first=False,
    frm=(None, "MAILER-DAEMON@mail.thinhtrigroup.com"),
    from_raw="MAILER-DAEMON@mail.thinhtrigroup.com (Mail Delivery System)",
    pre_hdrs=[("Return-Path", "<>")],
    to="support@thinhtrigroup.com",
    subj="Undelivered Mail Returned to Sender",
    date="Tue, 21 Apr 2026 16:47:03 +0700",
    msgid="20260421164703.4F7A21B03C@mail.thinhtrigroup.com",
    hdrs=[("Auto-Submitted", "auto-replied")],
    label=dict(cat="unknown", lang="en", auto=True,
               note="Bounce of the firm's reply; the embedded original quotes a customer's deletion request with her name and phone, which is not the sender's text."))

add("auto-ooo-sg", style="owa", iddomain="straitscapital.sg", cte="7bit",
    frm=("Ethan Lim", "ethan.lim@straitscapital.sg"),
    subj="Automatic reply: Re: Draft share transfer agreement - comments from Thinh Tri",
    date="Tue, 28 Apr 2026 11:06:14 +0800",
    hdrs=[("Thread-Topic", "Draft share transfer agreement - comments from Thinh Tri"),
          ("In-Reply-To", "<e17c4b92-0d6a-3f85-b2c9-7a40d15e8f36@thinhtrigroup.com>"),
          ("References", "<e17c4b92-0d6a-3f85-b2c9-7a40d15e8f36@thinhtrigroup.com>"),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Organization-AutoResponse", "OOF")],
    text=T("""
Thank you for your email. I am travelling with limited access to email until Monday, 4 May 2026.

For urgent matters relating to our Vietnam transactions, please contact my colleague Ms. Nur Aisyah at aisyah.nur@straitscapital.sg or +65 6823 4417.

Best regards,
Ethan Lim
Straits Capital Partners
"""),
    label=dict(cat="unknown", lang="en", auto=True,
               note="Out-of-office reply; the colleague's email and phone are not a contact."))


_NEWS_TXT = T("""
PHÁP LÝ DOANH NGHIỆP 24H - ĐIỂM TIN TUẦN 17/2026

Kính gửi Quý độc giả,

1. Quyền yêu cầu xóa dữ liệu cá nhân: doanh nghiệp phải làm gì khi khách hàng gửi yêu cầu? Tổng hợp các bước tiếp nhận, xác minh và thời hạn phản hồi.
2. Mức phạt mới đối với hành vi gửi tin nhắn, email quảng cáo khi chưa có sự đồng ý của người nhận.
3. Hướng dẫn xử lý khiếu nại của khách hàng về lộ lọt thông tin trong thương mại điện tử.
4. Lịch nộp tờ khai thuế GTGT và thuế TNCN tháng 4/2026.

Đọc toàn văn tại: https://phaplydn24h.vn/diem-tin/tuan-17-2026

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydn24h.vn bằng địa chỉ info@thinhtrigroup.com.
Ngừng nhận bản tin: https://phaplydn24h.vn/unsubscribe?u=a91c77e2&e=info%40thinhtrigroup.com
""") + "\n"


def _news(H):
    import html as _h
    items = [l for l in _NEWS_TXT.split("\n") if l[:2] in ("1.", "2.", "3.", "4.")]
    lis = "".join(f'<tr><td style="padding:10px 0;border-bottom:1px solid #e5e5e5;">{_h.escape(i[3:])}</td></tr>\n' for i in items)
    htm = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Điểm tin tuần 17/2026</title></head>\n'
           '<body style="margin:0;background:#f2f4f7;font-family:Arial,sans-serif;">\n'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
           '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">\n'
           '<tr><td style="background:#0b3d6e;color:#fff;padding:18px 24px;font-size:20px;font-weight:bold;">'
           'PHÁP LÝ DOANH NGHIỆP 24H</td></tr>\n<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;">'
           '<p>Kính gửi Quý độc giả,</p>\n<table width="100%">' + lis + '</table>\n'
           '<p><a href="https://phaplydn24h.vn/diem-tin/tuan-17-2026" style="background:#0b3d6e;color:#fff;padding:8px 16px;'
           'text-decoration:none;">Đọc toàn văn</a></p></td></tr>\n'
           '<tr><td style="padding:12px 24px;font-size:11px;color:#888;">Bạn nhận được email này vì đã đăng ký nhận bản tin '
           'tại phaplydn24h.vn bằng địa chỉ info@thinhtrigroup.com.<br>'
           '<a href="https://phaplydn24h.vn/unsubscribe?u=a91c77e2&amp;e=info%40thinhtrigroup.com" style="color:#888;">'
           'Ngừng nhận bản tin</a></td></tr>\n</table></td></tr></table>\n'
           '<img src="https://mailer.phaplydn24h.vn/o/a91c77e2/17.gif" width="1" height="1" alt=""></body></html>\n')
    return H["multi"]("alternative", [H["leaf"]("text/plain", _NEWS_TXT, "utf-8", "base64"),
                                      H["leaf"]("text/html", htm, "utf-8", "base64")], H["bnd"], fold=True)


add("auto-newsletter-vi", style="raw", build=_news,
    frm=("Pháp Lý Doanh Nghiệp 24h", "bantin@phaplydn24h.vn"),
    subj="Điểm tin pháp luật tuần 17/2026: Quyền yêu cầu xóa dữ liệu cá nhân, mức phạt mới về quảng cáo",
    date="Fri, 24 Apr 2026 06:30:00 +0700",
    msgid="pldn.2026w17.a91c77e2.3f0b@mailer.phaplydn24h.vn",
    hdrs=[("List-Id", "Diem tin Phap Ly Doanh Nghiep 24h <diemtin.phaplydn24h.vn>"),
          ("List-Unsubscribe", "<https://phaplydn24h.vn/unsubscribe?u=a91c77e2&e=info%40thinhtrigroup.com>,"
                               " <mailto:unsubscribe@phaplydn24h.vn?subject=a91c77e2>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"), ("X-Campaign-ID", "pldn-2026-w17")],
    label=dict(cat="unknown", lang="vi", auto=True,
               note="Legal newsletter (bulk); subject and body are full of deletion/complaint keywords."))

add("auto-ticket-ack", style="plain", iddomain="helpdesk.phugialand.vn", cte="quoted-printable",
    frm=("Phú Gia Land - Chăm sóc Khách hàng", "cskh@phugialand.vn"),
    subj="RE: Đề nghị cung cấp bản sao hợp đồng mua bán căn hộ B2-1107 của khách hàng",
    date="Wed, 22 Apr 2026 09:14:37 +0700",
    hdrs=[("In-Reply-To", "<2d8f61c3-5a07-e94b-13d6-f0b7a28c5e19@thinhtrigroup.com>"),
          ("References", "<2d8f61c3-5a07-e94b-13d6-f0b7a28c5e19@thinhtrigroup.com>"),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    flowed=False,
    text=T("""
Kính gửi Quý khách,

Phú Gia Land xác nhận đã nhận được yêu cầu của Quý khách.
Mã yêu cầu: CS-260422-0419
Thời gian tiếp nhận: 22/04/2026 09:14

Yêu cầu đã được chuyển đến bộ phận phụ trách và sẽ được phản hồi trong vòng 03 ngày làm việc. Quý khách có thể tra cứu tình trạng xử lý tại https://phugialand.vn/tra-cuu bằng mã yêu cầu ở trên.

Đây là thư được gửi tự động từ hệ thống, vui lòng không trả lời thư này.

Trung tâm Chăm sóc Khách hàng Phú Gia Land
Hotline: 1900 2468
"""),
    label=dict(cat="unknown", lang="vi", auto=True,
               note="Helpdesk auto-acknowledgement; the 'RE:' subject looks like a human answer to an access request, only Auto-Submitted and the body reveal it."))

_FORUM_TXT = T("""
VIETNAM LEGALTECH FORUM 2026
AI & Data Privacy for Law Firms | AI và bảo vệ dữ liệu cá nhân cho tổ chức hành nghề luật sư

Dear Partners / Kính gửi Quý Luật sư,

We are pleased to invite you to the Vietnam LegalTech Forum 2026, 9:00-17:00, Thursday 21 May 2026, at the Rex Hotel, Ho Chi Minh City.
Trân trọng kính mời Quý vị tham dự Diễn đàn Công nghệ Pháp lý Việt Nam 2026, từ 9h00 đến 17h00 thứ Năm ngày 21/5/2026 tại Khách sạn Rex, TP.HCM.

Highlights / Nội dung chính:
- Generative AI in legal research and drafting / AI tạo sinh trong nghiên cứu và soạn thảo văn bản
- Complying with the Personal Data Protection Law: consent, access and erasure requests / Tuân thủ Luật Bảo vệ dữ liệu cá nhân: sự đồng ý, yêu cầu truy cập và xóa dữ liệu
- Client portals and e-signatures / Cổng thông tin khách hàng và chữ ký số

Early-bird / Ưu đãi đăng ký sớm: 2.900.000 VND until / đến 10/5.
Register / Đăng ký: https://legaltechforum.asia/vn2026

You are receiving this email because you subscribed to LegalTech Forum updates. / Bạn nhận email này vì đã đăng ký nhận tin từ LegalTech Forum.
Unsubscribe / Hủy đăng ký: https://legaltechforum.us21.list-manage.com/unsubscribe?u=5c2e8a71d0&id=41bd07c9e2
""") + "\n"


def _forum(H):
    import html as _h
    body = "".join(f"<p style=\"margin:0 0 10px 0;\">{_h.escape(l)}</p>\n" if l.strip() else ""
                   for l in _FORUM_TXT.split("\n"))
    htm = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
           'content="text/html; charset=UTF-8"><title>Vietnam LegalTech Forum 2026</title></head>\n'
           '<body><center><table id="bodyTable" width="100%"><tr><td id="templateBody" style="max-width:600px;'
           'font-family:Helvetica,Arial;font-size:15px;color:#202020;">\n' + body +
           '</td></tr></table></center><img src="https://legaltechforum.us21.list-manage.com/track/open.php?'
           'u=5c2e8a71d0&amp;id=41bd07c9e2&amp;e=7f0c1b" height="1" width="1" alt=""></body></html>\n')
    return H["multi"]("alternative", [H["leaf"]("text/plain", _FORUM_TXT, "utf-8", "quoted-printable"),
                                      H["leaf"]("text/html", htm, "utf-8", "quoted-printable")], H["bnd"], fold=True)


add("auto-forum-bulk", style="raw", build=_forum,
    frm=("Vietnam LegalTech Forum", "events@legaltechforum.asia"),
    subj="[Invitation] Vietnam LegalTech Forum 2026 - AI & Data Privacy for Law Firms | Thư mời tham dự",
    date="Thu, 30 Apr 2026 03:15:42 +0000",
    msgid="41bd07c9e2.7f0c1b.20260430031542@mail183.suw21.mcdlv.net",
    hdrs=[("X-Mailer", "Mailchimp Mailer - **CID41bd07c9e25c2e8a71d0**"),
          ("X-Campaign", "mailchimp5c2e8a71d0.41bd07c9e2"),
          ("X-campaignid", "mailchimp5c2e8a71d0.41bd07c9e2"),
          ("List-ID", "5c2e8a71d0mc list <5c2e8a71d0.1204561.list-id.mcsv.net>"),
          ("List-Unsubscribe", "<https://legaltechforum.us21.list-manage.com/unsubscribe?u=5c2e8a71d0&id=41bd07c9e2&e=7f0c1b>,"
                               " <mailto:unsubscribe-mc.us21_5c2e8a71d0.41bd07c9e2-7f0c1b@unsub.mcsv.net>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk")],
    label=dict(cat="unknown", lang="mixed", auto=True,
               note="Bilingual conference marketing (Mailchimp bulk); mentions consent, access and erasure requests."))

add("unk-translation-pitch", style="gmail", cte="base64", iddomain="dichthuatanphu.vn",
    frm=("Đàm Thu Thủy", "thuy.dam@dichthuatanphu.vn"),
    subj="Đề nghị hợp tác dịch thuật công chứng - chiết khấu 25% cho đối tác luật",
    date="Wed, 08 Apr 2026 10:33:51 +0700",
    attach=[("application/pdf", "BangGia_DichThuat_AnPhu_2026.pdf")],
    text=T("""
Kính gửi Ban Giám đốc Công ty Luật Thịnh Trí,

Em là Đàm Thu Thủy, phụ trách khách hàng doanh nghiệp của Công ty Dịch thuật An Phú. Bên em chuyên dịch thuật công chứng, hợp pháp hóa lãnh sự hồ sơ cho các văn phòng luật, với hơn 40 ngôn ngữ và đội ngũ biên dịch viên có chứng chỉ.

Với đối tác là công ty luật, An Phú áp dụng:
- Chiết khấu 25% trên bảng giá niêm yết;
- Nhận và trả hồ sơ tận văn phòng trong nội thành TP.HCM;
- Dịch gấp trong 4 giờ với hồ sơ dưới 10 trang.

Em xin phép gửi kèm bảng giá và mong được hẹn một buổi gặp ngắn để trao đổi thêm. Anh/chị có thể phản hồi email này hoặc liên hệ em qua Zalo 0938 642 157.

Trân trọng,
Đàm Thu Thủy
Trưởng nhóm Khách hàng Doanh nghiệp - Dịch thuật An Phú
"""),
    label=dict(cat="unknown", lang="vi", name="Đàm Thu Thủy", phone="+84938642157",
               note="Vendor sales pitch to the firm, not a customer request."))

add("unk-domain-scam", style="plain", cs="gb2312", cte="base64", iddomain="asiaregcenter.org.cn",
    frm=("Jason Liu", "jason.liu@asiaregcenter.org.cn"),
    msgid="202604271018462871034@asiaregcenter.org.cn",
    hdrs=[("X-Priority", "3"), ("X-GUID", "6A1F0C2E-8B37-4D91-A5E2-0F3C7B19D648"),
          ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    flowed=False,
    subj="thinhtrigroup Brand/Domain Registration (Notice)",
    date="Mon, 27 Apr 2026 10:18:46 +0800",
    text=T("""
(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent. Thanks)

Dear CEO,

We are a Network Service Company which is the domain name registration center in Shanghai, China. On April 24, 2026, we received an application from Hengda Holdings Ltd requesting "thinhtrigroup" as their internet keyword and China (CN) domain names (thinhtrigroup.cn, thinhtrigroup.com.cn, thinhtrigroup.net.cn, thinhtrigroup.org.cn).

But after checking it, we find this name conflicts with your company name or trademark. In order to deal with this matter better, it's necessary to send email to you and confirm whether this company is your distributor or business partner in China?

Kind regards

Jason Liu | Service & Operations Manager
Asia Domain Registration Center (亚洲域名注册中心)
Tel: +86-02164193517
Web: www.asiaregcenter.org.cn
"""),
    label=dict(cat="unknown", lang="en", name="Jason Liu", phone="+862164193517",
               note="Domain-registration scam. GB2312 body; '+86-021...' keeps the trunk 0 in the original."))

add("unk-journalist", style="outlook",
    frm=("Lục Hải Yến", "haiyen.luc@doisongso.vn"),
    subj="Đề nghị phỏng vấn luật sư về quyền xóa dữ liệu cá nhân theo luật mới",
    date="Tue, 28 Apr 2026 15:47:22 +0700",
    text=T("""
Kính gửi Công ty Luật Thịnh Trí,

Tôi là Lục Hải Yến, phóng viên chuyên mục Pháp luật - Báo điện tử Đời sống Số. Tôi đang thực hiện loạt bài về việc người dân thực hiện quyền yêu cầu xóa, chỉnh sửa dữ liệu cá nhân sau khi Luật Bảo vệ dữ liệu cá nhân có hiệu lực.

Tôi mong được phỏng vấn một luật sư của Công ty (qua email hoặc gặp trực tiếp 30 phút) với 3-4 câu hỏi:
- Doanh nghiệp phải xử lý yêu cầu xóa dữ liệu trong bao lâu?
- Trường hợp nào doanh nghiệp được từ chối?
- Người dân nên khiếu nại ở đâu nếu yêu cầu bị phớt lờ?

Bài dự kiến đăng ngày 08/5. Anh/chị có thể liên hệ tôi qua số 0948 723 061.

Trân trọng,
Lục Hải Yến
Phóng viên - Báo điện tử Đời sống Số
"""),
    label=dict(cat="unknown", lang="vi", name="Lục Hải Yến", phone="+84948723061",
               note="Press interview request about deletion rights; not a customer request despite the keywords."))

add("unk-thank-you", style="gmail", cte="quoted-printable",
    frm=("Mạc Văn Tiến", "macvantien.qn@gmail.com"), to="Thịnh Trí Group <info@thinhtrigroup.com>",
    subj="Re: Thông báo kết quả: Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp",
    date="Fri, 01 May 2026 19:22:05 +0700",
    hdrs=[("In-Reply-To", "<5f90b3e7-c24a-81d6-7e3f-a92c0d61b845@thinhtrigroup.com>"),
          ("References", "<5f90b3e7-c24a-81d6-7e3f-a92c0d61b845@thinhtrigroup.com>")],
    text=T("""
Tôi nhận được giấy chứng nhận rồi. Cảm ơn chị Hiền và Công ty đã làm nhanh gọn, đúng hẹn. Chúc Công ty ngày càng phát đạt.

Mạc Văn Tiến
0964 802 371
"""),
    quote=dict(kind="gmail",
               intro="Vào Th 3, 28 thg 4, 2026 vào lúc 14:37 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
               text=T("""
Kính gửi anh Tiến,

Công ty xin thông báo Giấy chứng nhận đăng ký hộ kinh doanh "Nhà nghỉ Tiến Hằng" đã được cấp ngày 28/4/2026. Bản gốc đã được gửi chuyển phát nhanh đến địa chỉ anh cung cấp, dự kiến anh nhận được trong 2-3 ngày.

Nếu cần hỗ trợ thêm về thuế khoán hoặc khai báo lưu trú, anh vui lòng liên hệ hotline 1800 63 65.

Trân trọng,
Ông Thị Thu Hiền
Công ty Hệ Thống Luật TNHH Thịnh Trí
""")),
    label=dict(cat="unknown", lang="vi", name="Mạc Văn Tiến", phone="+84964802371",
               note="Thank-you reply with no request; quoted firm text has the hotline."))

add("unk-misdirected-logistics", style="outlook",
    frm=("Nhan Thị Tuyết Mai", "tuyetmai.nhan@vinhhungfood.com.vn"),
    subj="Booking + bill nháp lô cà phê nhân đi Hamburg - 1x40HC",
    date="Wed, 29 Apr 2026 08:09:58 +0700",
    attach=[("application/pdf", "BL_draft_VHF-2604-HAM.pdf")],
    text=T("""
Chào anh Tâm - Thịnh Trí Logistics,

Em gửi anh booking confirmation và bill nháp lô cà phê Robusta S18 (1 x 40HC, 19,2 tấn) đi Hamburg, tàu ETD 08/5 tại Cát Lái. Anh check giúp em thông tin consignee và notify party trên bill nháp, bên buyer yêu cầu ghi đúng như L/C.

Nhờ anh báo giá trucking từ kho Dĩ An ra cảng và phí làm C/O form EUR.1 luôn nha anh. Bên em cần đóng hàng trước 05/5.

Cảm ơn anh,
Nhan Thị Tuyết Mai
Phòng Xuất nhập khẩu - Công ty CP Thực phẩm Vĩnh Hưng
ĐT: 0946 257 318
"""),
    label=dict(cat="unknown", lang="vi", name="Nhan Thị Tuyết Mai", phone="+84946257318",
               note="Misdirected: meant for a freight forwarder with a similar name, not a request to the law firm."))
