# -*- coding: utf-8 -*-
"""Message data for holdout39, part 2 (h39_026 .. h39_050)."""
from msgs import L

MSGS = [
# ---------------------------------------------------------------- unknown (human)
dict(n=26, to="info", frm=("Nguyễn Hoàng Yến", "hoangyen.law2004@gmail.com"), mailer="gmail",
     subj="[Internship Application] Thực tập sinh pháp lý - Nguyễn Hoàng Yến",
     date="Mon, 06 Apr 2026 22:15:40 +0700", fmt="alt", cte="quoted-printable",
     attach=("application/pdf", "CV_NguyenHoangYen.pdf"),
     body="""Dear anh chị Ban Tuyển dụng,

Em là Nguyễn Hoàng Yến, sinh viên năm 4 Đại học Luật TP.HCM, chuyên ngành Luật Thương mại quốc tế, IELTS 7.5. Em thấy Thịnh Trí đang tuyển Legal Intern cho team Corporate nên gửi CV ứng tuyển.

Em từng intern 3 tháng ở một công ty luật về M&A và có kinh nghiệm research, draft memo bằng tiếng Anh. Em có thể làm full-time từ tháng 6.

Em gửi kèm CV, mong anh chị xem xét ạ. Phone: 0389 260 417.

Best regards,
Nguyễn Hoàng Yến
""",
     label=L("unknown", "mixed", "Nguyễn Hoàng Yến", "+84389260417", "hoangyen.law2004@gmail.com",
             note="Internship application, not a customer request.")),

dict(n=27, to="info", frm=("Võ Thị Kim Oanh", "kimoanh.vo@dichthuatanphu.vn"), mailer="gmail",
     subj="Hợp tác dịch thuật công chứng giá ưu đãi cho văn phòng luật",
     date="Tue, 07 Apr 2026 09:30:25 +0700", fmt="alt", cte="base64",
     body="""Kính chào Quý Công ty,

Em là Võ Thị Kim Oanh, phụ trách khách hàng doanh nghiệp của Dịch thuật An Phú. Bên em chuyên dịch thuật công chứng hồ sơ visa, giấy phép lao động, hợp pháp hóa lãnh sự với hơn 40 ngôn ngữ.

Dành riêng cho các công ty luật, bên em có chính sách:
- Chiết khấu 20% cho đơn hàng từ 10 trang;
- Nhận và trả hồ sơ tận văn phòng trong ngày tại TP.HCM;
- Cam kết bảo mật tài liệu, ký NDA theo yêu cầu.

Em xin phép gửi bảng giá chi tiết và hẹn gặp trao đổi khi anh chị thuận tiện. Hotline của em: 0903 662 185.

Trân trọng,
Võ Thị Kim Oanh
Dịch thuật An Phú
""",
     label=L("unknown", "vi", "Võ Thị Kim Oanh", "+84903662185", "kimoanh.vo@dichthuatanphu.vn",
             note="Sales pitch to the firm; 'bảo mật tài liệu' is part of the offer.")),

dict(n=28, to="support", frm=("Lục Văn Hiển", "lucvanhien.ls@gmail.com"), mailer="gmail",
     subj="Cảm ơn luật sư Hưng và các anh chị",
     date="Wed, 08 Apr 2026 18:12:50 +0700", fmt="alt", cte="quoted-printable",
     body="""Chào các anh chị,

Hôm qua Tòa án tỉnh Lạng Sơn đã tuyên án vụ tranh chấp đất của gia đình tôi, phần thắng nghiêng về nhà tôi đúng như luật sư Hưng đã phân tích từ đầu.

Gia đình tôi xin gửi lời cảm ơn chân thành tới luật sư Hưng và các anh chị đã theo vụ việc suốt gần hai năm qua. Chúc Công ty ngày càng phát triển.

Lục Văn Hiển
0916 352 478
""",
     label=L("unknown", "vi", "Lục Văn Hiển", "+84916352478", "lucvanhien.ls@gmail.com",
             note="Thanks only; no request.")),

dict(n=29, to="info", frm=("Mrs. Helen Whitmore", "helen.whitmore.estate@mail.com"), mailer="other",
     subj="URGENT: Unclaimed inheritance of late Mr. Nguyen - legal representation needed",
     date="Thu, 09 Apr 2026 03:47:12 +0000", fmt="plain", cte="7bit",
     body="""Attention: The Managing Partner,

I am Mrs. Helen Whitmore, senior account officer with a private bank in London. A deceased customer of our bank, the late Mr. Nguyen, left the sum of GBP 9,800,000 with no next of kin. Our board has approved that a Vietnamese law firm may present a local beneficiary to claim the funds.

Your firm will be entitled to 35% for its legal services. To begin, please send your full names, passport copy, direct mobile number and the bank account to receive the fees. This matter is strictly confidential.

Yours faithfully,
Mrs. Helen Whitmore
""",
     label=L("unknown", "en", "Helen Whitmore", None, "helen.whitmore.estate@mail.com",
             note="Advance-fee scam dressed as a request for legal representation.")),

dict(n=30, to="info", frm=("Lò Thị Ngân", "ngan.lo@tuanphatsteel.vn"), mailer="outlook",
     subj="Gửi anh Tuấn bảng lương tháng 3 và hồ sơ BHXH",
     date="Fri, 10 Apr 2026 16:58:03 +0700", fmt="alt", cte="quoted-printable",
     attach=("application/pdf", "BangLuong_T3_2026.pdf"),
     body="""Anh Tuấn ơi,

Em gửi anh bảng lương tháng 3 và danh sách tăng giảm lao động để anh nộp hồ sơ BHXH giúp em nhé. Tháng này có 3 bạn mới vào, em đã ghi chú số CCCD trong file.

Anh làm xong báo em để em chuyển phí dịch vụ kế toán tháng này ạ.

Lò Thị Ngân
Hành chính - Nhân sự, Công ty TNHH Thép Tuấn Phát
ĐT: 0358 217 904
""",
     label=L("unknown", "vi", "Lò Thị Ngân", "+84358217904", "ngan.lo@tuanphatsteel.vn",
             note="Misdirected mail meant for an outside accountant; no request to the firm.")),

# ---------------------------------------------------------------- correction_request
dict(n=31, to="support", frm=("Mai Xuân Thưởng", "maixuanthuong.dn@gmail.com"), mailer="gmail",
     subj="Cập nhật số điện thoại mới",
     date="Mon, 06 Apr 2026 11:27:45 +0700", fmt="alt", cte="base64",
     body="""Chào Công ty,

Tôi là Mai Xuân Thưởng, đang được Công ty làm hồ sơ đăng ký nhãn hiệu "Mì Quảng Bà Tư".

Số cũ của tôi là 0935 604 218 nay đã bị khóa. Nhờ Công ty cập nhật số mới 0769 381 520 vào hồ sơ và báo chuyên viên phụ trách liên lạc qua số này.

Cảm ơn,
Mai Xuân Thưởng
""",
     label=L("correction_request", "vi", "Mai Xuân Thưởng", "+84769381520", "maixuanthuong.dn@gmail.com",
             note="Old number 0935 604 218 also present; contact phone is the new one.")),

dict(n=32, to="support", frm=("Thanh Tam", "tonnuthanhtam.hue@gmail.com"), mailer="gmail",
     subj="sai ten trong hop dong dich vu",
     date="Tue, 07 Apr 2026 08:40:19 +0700", fmt="alt", cte="7bit",
     body="""Chao anh chi,
Em la Ton Nu Thanh Tam, vua ky hop dong dich vu lam ho so cap doi so do voi ben minh tuan truoc.
Trong hop dong va bien nhan ho so anh chi ghi ten em la "Ton That Thanh Tam". Ho cua em la Ton Nu, khong phai Ton That. Nho anh chi sua lai trong ho so va in lai hop dong giup em, vi giay to nop len co quan dat dai phai khop voi CCCD.
Em cam on.
""",
     label=L("correction_request", "vi", "Ton Nu Thanh Tam", None, "tonnuthanhtam.hue@gmail.com",
             note="Wrong variant 'Ton That Thanh Tam' also appears.")),

dict(n=33, to="support", frm=("David Chen", "david.chen@formosa-textile.com.tw"), mailer="outlook",
     subj="Please update my email address",
     date="Wed, 08 Apr 2026 15:06:33 +0700", fmt="alt", cte="quoted-printable",
     body="""Dear Thinh Tri team,

Our group is moving all staff to a new mail system and my current address will stop working after 30 April.

Please update my contact email for the work permit renewal file to david.chen.tw88@gmail.com and send all future documents there. My mobile number, 0941 207 653, has not changed.

Many thanks,
David Chen
Formosa Textile (Vietnam) Co., Ltd.
""",
     label=L("correction_request", "en", "David Chen", "+84941207653", "david.chen.tw88@gmail.com",
             note="New contact email in body differs from the From address.")),

dict(n=34, to="support", frm=("Kelly Do", "kellydo.khanhlinh@gmail.com"), mailer="iphone",
     subj="Update địa chỉ nhận hồ sơ",
     date="Thu, 09 Apr 2026 07:55:02 +0700", fmt="plain", cte="quoted-printable",
     body="""Hi anh chị,

Em là Đỗ Khánh Linh (Kelly), đang làm thủ tục xin giấy phép lao động cho chồng em bên mình. Nhà em vừa move ra Đà Nẵng nên nhờ team update địa chỉ nhận hồ sơ giấy tờ gốc sang:

Lô 14 đường Hồ Nghinh, Phường Sơn Trà, TP. Đà Nẵng

Số phone vẫn là 0904 385 129. Thanks anh chị nhiều!

Sent from my iPhone
""",
     label=L("correction_request", "mixed", "Đỗ Khánh Linh", "+84904385129", "kellydo.khanhlinh@gmail.com",
             address="Lô 14 đường Hồ Nghinh, Phường Sơn Trà, TP. Đà Nẵng")),

dict(n=35, to="support", frm=("Dương Thị Tuyết", "duongthituyet58@yahoo.com.vn"), mailer="oe",
     subj="Sửa ngày sinh trong giấy ủy quyền",
     date="Thu, 09 Apr 2026 15:33:27 +0700", fmt="cp1258",
     body="""Kính gửi Công ty,

Tôi là Dương Thị Tuyết. Hôm qua tôi nhận được bản dự thảo giấy ủy quyền bán nhà Công ty gửi qua email. Trong đó ngày sinh của tôi ghi là 21/05/1958, đúng ra là 12/05/1958 như trong căn cước.

Xin Công ty sửa lại ngày sinh trong hồ sơ và gửi lại bản dự thảo cho tôi xem trước khi ra phòng công chứng.

Cảm ơn Công ty.
Dương Thị Tuyết
""",
     label=L("correction_request", "vi", "Dương Thị Tuyết", None, "duongthituyet58@yahoo.com.vn",
             note="Body is windows-1258 with combining tone marks; compare after NFC.")),

dict(n=36, to="support", frm=("Olivia Bennett", "olivia.bennett.uk@outlook.com"), mailer="outlook",
     subj="RE: Confirmation of your consultation on 14 April",
     date="Fri, 10 Apr 2026 12:20:48 +0700", fmt="alt", cte="quoted-printable", in_reply_to=True,
     body="""Hello,

Thanks for the confirmation. Just a small fix, not a complaint: my surname is spelt Bennett (double n, double t), not "Bennet", and the phone number you have on file is missing a digit. The correct one is 0901 562 384.

Could you correct both in your records before the consultation, so the engagement letter comes out right?

Kind regards,
Olivia Bennett
""",
     quote=("From: Thinh Tri Support <support@thinhtrigroup.com>\nSent: Thursday, April 9, 2026 4:45 PM\nTo: olivia.bennett.uk@outlook.com\nSubject: Confirmation of your consultation on 14 April",
            """Dear Ms. Bennet,

We confirm your consultation on employment contract matters on 14 April 2026 at 10:00 at our office, 57-59 Vo Thi Sau, Ward Vo Thi Sau, Ho Chi Minh City. Contact number on file: 0901 56 238.

Hotline: 1800 63 65

Thinh Tri Legal"""),
     quote_style="outlook",
     label=L("correction_request", "en", "Olivia Bennett", "+84901562384", "olivia.bennett.uk@outlook.com",
             note="Reply; the quoted firm text has the misspelt name 'Bennet' and a wrong 9-digit number; the firm's address and hotline are not hers.")),

dict(n=37, to="support", frm=("Lại Thị Hồng Nhung", "nhung.lai@hoaanhduong-spa.vn"), mailer="gmail",
     subj="Nhờ xuất lại hóa đơn - sai tên đơn vị",
     date="Sat, 11 Apr 2026 10:14:09 +0700", fmt="alt", cte="base64",
     body="""Dạ chào chị kế toán,

Em là Lại Thị Hồng Nhung, chủ hộ kinh doanh Spa Hoa Anh Đào ở Vĩnh Yên. Em viết mail này không phải để khiếu nại đâu ạ, chỉ nhờ chị chỉnh giúp một chút.

Hóa đơn phí tư vấn tháng 3 bên mình ghi tên đơn vị là "Hộ kinh doanh Spa Hoa Anh Đào - Lại Thị Hồng Nhungg" (thừa chữ g) và địa chỉ còn ghi tỉnh Vĩnh Phúc cũ. Nhờ chị sửa lại tên cho đúng và cập nhật địa chỉ mới: 25 Tôn Đức Thắng, Phường Vĩnh Yên, tỉnh Phú Thọ, rồi xuất lại hóa đơn giúp em.

Em cảm ơn chị nhiều ạ.
Hồng Nhung - 0349 651 207
""",
     label=L("correction_request", "vi", "Lại Thị Hồng Nhung", "+84349651207", "nhung.lai@hoaanhduong-spa.vn",
             address="25 Tôn Đức Thắng, Phường Vĩnh Yên, tỉnh Phú Thọ",
             note="Explicitly 'không phải để khiếu nại'; asks to correct name/address and reissue the invoice. Misspelt variant 'Lại Thị Hồng Nhungg' also appears.")),

# ---------------------------------------------------------------- deletion_request
dict(n=38, to="info", frm=("Cao Thị Phương Thảo", "phuongthao.cao@gmail.com"), mailer="gmail",
     subj="Rút lại đồng ý nhận tin và đề nghị xóa dữ liệu",
     date="Mon, 06 Apr 2026 19:48:31 +0700", fmt="alt", cte="quoted-printable",
     body="""Kính gửi Công ty,

Tôi là Cao Thị Phương Thảo. Tháng 2 tôi có đăng ký tham dự hội thảo trực tuyến "Thuế cho người bán hàng online" của Công ty và đồng ý nhận thông tin. Hiện tôi không còn nhu cầu.

Tôi rút lại sự đồng ý đó, đề nghị Công ty ngừng gửi email, tin nhắn và xóa toàn bộ dữ liệu của tôi (họ tên, email, số điện thoại 0823 419 756, tên cửa hàng) khỏi danh sách khách hàng. Xin xác nhận lại khi đã xử lý xong.

Trân trọng,
Cao Thị Phương Thảo
""",
     label=L("deletion_request", "vi", "Cao Thị Phương Thảo", "+84823419756", "phuongthao.cao@gmail.com")),

dict(n=39, to="info", frm=("Sinh Nong", "nongvansinh.cb@gmail.com"), mailer="iphone",
     subj="dung goi cho toi nua",
     date="Tue, 07 Apr 2026 12:03:55 +0700", fmt="plain", cte="7bit",
     body="""Toi la Nong Van Sinh o Cao Bang. Toi hoi cong ty 1 lan ve ly hon roi thoi, khong lam nua.
De nghi cong ty xoa so 0346 902 581 cua toi va het thong tin cua toi trong danh sach, khong goi khong nhan tin nua.

Sent from my iPhone
""",
     label=L("deletion_request", "vi", "Nong Van Sinh", "+84346902581", "nongvansinh.cb@gmail.com")),

dict(n=40, to="info", frm=("Erik Lindqvist", "erik.lindqvist@telia.se"), mailer="thunderbird",
     subj="Erasure request under data protection rules",
     date="Wed, 08 Apr 2026 09:22:17 +0200", fmt="plain", cte="8bit",
     body="""Dear Sir or Madam,

In 2023 your firm helped me set up a trading company in Vietnam, which was sold to my business partner last year. I no longer have any connection with Vietnam.

I ask you to delete all personal data you hold about me, including scans of my passport, my Swedish criminal record extract and my bank statements, and to confirm the deletion in writing. If any of it must be kept by law, please tell me which documents and for how long.

Erik Lindqvist
Sveavägen 88, 113 59 Stockholm, Sweden
""",
     label=L("deletion_request", "en", "Erik Lindqvist", None, "erik.lindqvist@telia.se",
             address="Sveavägen 88, 113 59 Stockholm, Sweden")),

dict(n=41, to="info", frm=("Tina Phan", "tinaphan.design@gmail.com"), mailer="gmail",
     subj="Delete account trên website + data của mình",
     date="Thu, 09 Apr 2026 23:10:44 +0700", fmt="alt", cte="quoted-printable",
     body="""Hi Thịnh Trí,

Mình là Phan Ngọc Thủy Tiên (Tina). Hồi tháng 1 mình có tạo account trên website để tải mẫu hợp đồng freelance, giờ không dùng nữa.

Nhờ bên bạn delete account đó và xóa luôn data của mình (tên, email, ngành nghề, số phone) khỏi hệ thống và khỏi list email marketing. Thanks!

Tina
""",
     label=L("deletion_request", "mixed", "Phan Ngọc Thủy Tiên", None, "tinaphan.design@gmail.com")),

dict(n=42, to="info", frm=("Lưu Đức Thọ", "luuductho.hn@gmail.com"), mailer="gmail",
     subj="Về bộ hồ sơ tôi gửi Công ty năm 2024",
     date="Fri, 10 Apr 2026 08:30:12 +0700", fmt="html", cte="base64",
     body="""Kính gửi Công ty,

Tôi là Lưu Đức Thọ. Năm 2024 tôi có gửi Công ty bộ hồ sơ để nhờ tư vấn tranh chấp hợp đồng góp vốn, gồm bản sao CCCD, sao kê ngân hàng và các tin nhắn trao đổi. Vụ việc nay đã hòa giải xong.

Tôi đề nghị Công ty tiêu hủy toàn bộ các bản sao giấy tờ, sao kê và bản ghi tư vấn liên quan đến tôi, không lưu giữ thêm nữa, và báo lại cho tôi khi đã thực hiện. Có gì xin gọi tôi: 0904 173 862.

Trân trọng,
Lưu Đức Thọ
""",
     label=L("deletion_request", "vi", "Lưu Đức Thọ", "+84904173862", "luuductho.hn@gmail.com",
             note="Deletion request phrased as 'tiêu hủy... không lưu giữ', without the word 'xóa'.")),

dict(n=43, to="info", frm=("Hannah Schmidt", "hannah.schmidt@gmx.de"), mailer="thunderbird",
     subj="Deletion of my and my son's data",
     date="Sat, 11 Apr 2026 14:05:39 +0200", fmt="plain", cte="quoted-printable",
     body="""Dear Thinh Tri Legal,

Last autumn I contacted your firm about the recognition of my son's Vietnamese birth certificate in Germany. We have since completed the procedure through the German embassy.

Please erase the personal data you hold about me and about my son, Felix Schmidt (born 2019), including the copies of his birth certificate and my passport. I would be grateful for a short confirmation by email once this is done.

If you need to call me: +49 151 2378 4406.

Kind regards,
Hannah Schmidt
""",
     label=L("deletion_request", "en", "Hannah Schmidt", "+4915123784406", "hannah.schmidt@gmx.de",
             note="The son's name (Felix Schmidt) also appears; the sender is Hannah Schmidt. Foreign mobile number.")),

dict(n=44, to="info", frm=("Mạch Văn Quý", "machvanquy.ktl@gmail.com"), mailer="gmail",
     subj="Đề nghị xóa hồ sơ ứng tuyển",
     date="Sun, 12 Apr 2026 20:19:27 +0700", fmt="alt", cte="base64",
     body="""Kính gửi Phòng Nhân sự,

Tôi là Mạch Văn Quý. Tháng 1/2026 tôi có nộp hồ sơ ứng tuyển vị trí Chuyên viên pháp chế tại Công ty nhưng không trúng tuyển. Hiện tôi đã nhận việc ở nơi khác.

Đề nghị Công ty xóa CV, bản sao bằng cấp, CCCD và thông tin liên lạc của tôi khỏi dữ liệu tuyển dụng, không lưu vào "nguồn ứng viên tiềm năng". Xin cảm ơn.

Mạch Văn Quý
SĐT: 0397 508 146
""",
     label=L("deletion_request", "vi", "Mạch Văn Quý", "+84397508146", "machvanquy.ktl@gmail.com",
             note="Mentions a job application, but the request is to delete his applicant data, not to apply.")),

# ---------------------------------------------------------------- access_request
dict(n=45, to="info", frm=("Tăng Thị Mỹ Duyên", "myduyen.tang@gmail.com"), mailer="gmail",
     subj="Đề nghị cung cấp bản sao thông tin và ghi chú tư vấn",
     date="Mon, 06 Apr 2026 14:50:02 +0700", fmt="html", cte="quoted-printable",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Tăng Thị Mỹ Duyên, năm 2025 được Công ty tư vấn về việc chia tài sản chung sau ly hôn.

Nay tôi đề nghị Công ty cho biết Công ty đang lưu giữ những thông tin gì về tôi (giấy tờ tùy thân, thông tin tài sản, ghi chú các buổi tư vấn, email trao đổi) và gửi cho tôi một bản sao các thông tin đó.

Thông tin liên hệ:
- Điện thoại: 0913 576 208
- Địa chỉ: 112 Lê Lợi, Phường Rạch Giá, tỉnh An Giang

Trân trọng,
Tăng Thị Mỹ Duyên
""",
     label=L("access_request", "vi", "Tăng Thị Mỹ Duyên", "+84913576208", "myduyen.tang@gmail.com",
             address="112 Lê Lợi, Phường Rạch Giá, tỉnh An Giang")),

dict(n=46, to="info", frm=("Pang Lo", "lovanpang.db@gmail.com"), mailer="gmail",
     subj="hoi cong ty dang luu thong tin gi cua toi",
     date="Tue, 07 Apr 2026 17:36:48 +0700", fmt="alt", cte="7bit",
     body="""Chao cong ty,
Toi la Lo Van Pang o Dien Bien. Nam ngoai toi co nho cong ty lam ho so xin cap giay chung nhan dat cho nha toi.
Toi muon biet cong ty con giu nhung giay to, thong tin gi cua toi va gia dinh toi. Cong ty gui cho toi danh sach va ban sao qua email nay giup toi.
So dien thoai cua toi 0395 718 240.
Cam on.
""",
     label=L("access_request", "vi", "Lo Van Pang", "+84395718240", "lovanpang.db@gmail.com")),

dict(n=47, to="support", frm=("Yuki Tanaka", "yuki.tanaka.hcm@gmail.com"), mailer="gmail",
     subj="Request for a copy of my personal data",
     date="Wed, 08 Apr 2026 10:44:15 +0700", fmt="alt", cte="quoted-printable",
     body="""Dear Thinh Tri,

Your firm handled my work permit and temporary residence card in 2024 and 2025.

I would like to receive a copy of all personal data you hold about me, and to know whether any of it has been shared with third parties (for example translation agencies or the immigration authorities) and for what purpose.

An electronic copy sent to this email address is fine. My phone: 0938 275 061.

Best regards,
Yuki Tanaka
""",
     label=L("access_request", "en", "Yuki Tanaka", "+84938275061", "yuki.tanaka.hcm@gmail.com")),

dict(n=48, to="info", frm=("Kevin Bach", "kevin.bach.mk@gmail.com"), mailer="gmail",
     subj="Bên mình đang lưu data gì của em vậy?",
     date="Thu, 09 Apr 2026 16:27:30 +0700", fmt="alt", cte="base64",
     body="""Hi anh chị,

Em là Bạch Minh Khoa (Kevin). Tuần này em nhận được email từ Thịnh Trí mời dự seminar về startup, trong đó có đúng tên công ty cũ của em, dù em nhớ là chưa từng làm việc với bên mình.

Không có ý trách gì đâu ạ, em chỉ muốn biết: bên mình đang lưu những data gì của em, lấy từ nguồn nào, và nhờ gửi em một bản copy. Em để số 0776 340 912 nếu cần xác minh.

Thanks anh chị,
Kevin
""",
     label=L("access_request", "mixed", "Bạch Minh Khoa", "+84776340912", "kevin.bach.mk@gmail.com",
             note="Asks what data is held, its source and a copy; explicitly not a complaint.")),

dict(n=49, to="info", frm=("Carlos Mendes", "carlos.mendes@brasilcafe.com.br"), mailer="outlook",
     subj="RE: Completion of your company registration",
     date="Fri, 10 Apr 2026 21:03:11 +0700", fmt="alt", cte="quoted-printable", in_reply_to=True,
     body="""Hello Ms. Thao,

Thank you again for your help with the registration.

Before I close my file on my side, could you send me a list of the personal documents and information about me that your firm keeps (passport scans, proof of address in Brazil, bank reference letter, etc.) together with a copy of them? I would like to know exactly what is on record with you.

Best regards,
Carlos Mendes
Mobile VN: 0932 618 047
""",
     quote=("From: Thinh Tri Group <info@thinhtrigroup.com>\nSent: Tuesday, April 7, 2026 3:12 PM\nTo: carlos.mendes@brasilcafe.com.br\nSubject: Completion of your company registration",
            """Dear Mr. Mendes,

We are pleased to inform you that the Enterprise Registration Certificate of Brasil Cafe Vietnam Co., Ltd. has been issued. The original will be delivered to your office next week.

Should you need any assistance, please call us on 1800 63 65.

Best regards,
Vo Phuong Thao
Thinh Tri Legal
57-59 Vo Thi Sau, Ward Vo Thi Sau, Ho Chi Minh City"""),
     quote_style="outlook",
     label=L("access_request", "en", "Carlos Mendes", "+84932618047", "carlos.mendes@brasilcafe.com.br",
             note="Reply; quoted firm text contains the firm's hotline and address.")),

dict(n=50, to="info", frm=("Đồng Thị Xuân", "xuan.dong@thienlonggroup.vn"), mailer="outlook",
     subj="Yêu cầu được xem thông tin cá nhân Công ty đang lưu",
     date="Sun, 12 Apr 2026 09:08:44 +0700", fmt="alt", cte="base64",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Đồng Thị Xuân, năm 2025 có nhờ Công ty tư vấn về việc mua bán căn hộ chung cư ở Hà Nội.

Tôi đề nghị Công ty cung cấp cho tôi bản sao các thông tin cá nhân và tài liệu của tôi mà Công ty đang lưu giữ. Vì đây là việc riêng, xin Công ty gửi kết quả về email cá nhân của tôi: dongthixuan.1985@gmail.com, không gửi vào email công ty này.

Điện thoại: 0962 047 835

Trân trọng,
Đồng Thị Xuân
""",
     label=L("access_request", "vi", "Đồng Thị Xuân", "+84962047835", "dongthixuan.1985@gmail.com",
             note="Sent from her work mailbox; asks for the reply at the personal address in the body.")),
]
