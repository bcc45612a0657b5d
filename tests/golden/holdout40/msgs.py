# -*- coding: utf-8 -*-
"""Message data for holdout40 (part 1: service requests, complaints, corrections)."""


def C(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email, "address": address}


MSGS = [
# ---------------------------------------------------------------- service_request
dict(
    key="S1", style="gmail", cte="base64",
    from_=("Quách Thị Mỹ Duyên", "myduyen.quach89@gmail.com"), to="info",
    subject="Nhờ tư vấn chia di sản thừa kế nhà đất không có di chúc",
    date=(2026, 4, 2, 10, 14, 52),
    body="""
Chào Công ty,

Em tên Quách Thị Mỹ Duyên, hiện ở Biên Hòa. Ba em mất năm ngoái, không để lại di chúc. Tài sản gồm căn nhà cấp 4 đứng tên ba mẹ và một mảnh đất vườn khoảng 1.200m2 ở Long Khánh. Nhà em có 4 anh chị em, trong đó anh hai đang định cư ở Canada và không về ký giấy được.

Em muốn hỏi:
1. Anh hai có thể làm giấy ủy quyền từ nước ngoài để tụi em làm thủ tục khai nhận di sản không, ủy quyền ở đâu?
2. Nếu có một người không đồng ý cách chia thì có bắt buộc phải ra tòa không?
3. Phí dịch vụ trọn gói bên mình khoảng bao nhiêu?

Anh chị gọi giúp em qua số 0868 214 937 (giờ hành chính), hoặc trả lời email này cũng được.

Em cảm ơn nhiều ạ.
Mỹ Duyên
""",
    label=dict(category="service_request", language="vi",
               contact=C("Quách Thị Mỹ Duyên", "+84868214937", "myduyen.quach89@gmail.com")),
),
dict(
    key="S2", style="gmail_plain", cte="7bit",
    from_=("Hung Ta", "taquochung.gl@gmail.com"), to="info",
    subject="hoi thu tuc ly hon don phuong va quyen nuoi con",
    date=(2026, 4, 4, 21, 47, 9),
    body="""
chao luat su,
toi ten Ta Quoc Hung, 36 tuoi, o Gia Lai. vo toi bo vao TP.HCM lam an gan 2 nam nay, khong lien lac gi, de lai 2 chau (7 tuoi va 4 tuoi) cho toi nuoi.
toi muon ly hon don phuong va gianh quyen nuoi ca 2 chau. xin hoi:
- khong biet vo o dau thi nop don o toa nao?
- toi co phai chung minh thu nhap thi moi duoc nuoi con khong?
- chi phi thue luat su tron goi bao nhieu?
luat su goi toi so 0772.418.603 sau 17h giup, ban ngay toi chay xe khong nghe may duoc.
cam on luat su
""",
    label=dict(category="service_request", language="vi",
               contact=C("Ta Quoc Hung", "+84772418603", "taquochung.gl@gmail.com")),
),
dict(
    key="S3", style="outlook", cte="quoted-printable",
    from_=("Park Ji-hoon", "jihoon.park@daesungprecision.co.kr"), to="info",
    subject="Quotation request - representative office in Hanoi",
    date=(2026, 4, 6, 15, 32, 18),
    body="""
Dear Sir/Madam,

Daesung Precision Co., Ltd. is a Korean manufacturer of moulds and die-cast parts. We are planning to open a representative office in Hanoi in Q3 2026 to support our customers in Bac Ninh and Hai Phong.

We would like to receive a quotation for:
1. Obtaining the representative office licence;
2. Registering the office's seal and tax code, and opening its bank account;
3. A work permit for one Korean chief representative.

Please also advise the expected timeline and the list of documents we need to prepare in Korea (consular legalisation, translations, etc.).

I am in Vietnam until 30 May. You can reach me at +84 24 3795 6120 (our temporary office in Hanoi).

Best regards,
Park Ji-hoon
Overseas Business Team Manager
Daesung Precision Co., Ltd.
""",
    label=dict(category="service_request", language="en",
               contact=C("Park Ji-hoon", "+842437956120", "jihoon.park@daesungprecision.co.kr"),
               note="Only phone given is the sender's temporary Hanoi office landline (+84 24 ...)."),
),
dict(
    key="S4", style="gmail", cte="quoted-printable",
    from_=("Kevin Lương", "kevin.luong@nuoilabs.io"), to="info",
    subject="Đăng ký trademark cho app \"Nuôi\" - cần quote",
    date=(2026, 4, 7, 23, 5, 41),
    body="""
Hi anh chị Thịnh Trí,

Em là Lương Minh Khôi (Kevin), founder của Nuoi Labs. Team em đang build app quản lý chi tiêu cho gia đình, dự kiến launch trên App Store tháng 7.

Trước khi launch em muốn đăng ký nhãn hiệu "Nuôi" + logo tại Việt Nam, nhóm 9 và nhóm 36. Tiện thì cho em hỏi thêm về đăng ký quốc tế theo Madrid cho Singapore và Thái Lan luôn.

Anh chị gửi giúp em:
- Quote phí (bao gồm cả phí nhà nước) và timeline;
- Có cần tra cứu khả năng bảo hộ trước không, mất bao lâu?

Nếu được thì mình set up một cuộc call 20 phút trong tuần này nhé. Số em: 0387 920 614.

Thanks,
Khôi (Kevin) Lương
Founder, Nuoi Labs
""",
    label=dict(category="service_request", language="mixed",
               contact=C("Lương Minh Khôi", "+84387920614", "kevin.luong@nuoilabs.io"),
               note="Full name from the body ('Lương Minh Khôi (Kevin)'); From display is 'Kevin Lương'."),
),
dict(
    key="S5", style="gmail", cte="quoted-printable",
    from_=("Đỗ Hoàng Nam", "dohoangnam.dn@gmail.com"), to=("Thịnh Trí Group", "info"),
    subject="Re: Báo phí thành lập công ty TNHH hai thành viên",
    date=(2026, 4, 9, 8, 41, 27), reply=True,
    body="""
Chào anh Bảo,

Cảm ơn anh đã gửi báo phí. Bên em thống nhất chọn gói đầy đủ, ngành nghề chính là kinh doanh và lắp đặt thiết bị điện mặt trời.

Vốn điều lệ dự kiến 3 tỷ, em góp 70%, bạn em là Lý Thành Công góp 30%. Trong hôm nay em sẽ scan CCCD của cả hai người gửi anh.

Anh cho em xin số tài khoản để chuyển tạm ứng và hẹn giúp em lịch ký hồ sơ. Có gì anh gọi em số 0935 604 182.

Đỗ Hoàng Nam
""",
    quote=dict(
        attr="Vào Th 4, 8 thg 4, 2026 vào lúc 10:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
        text="""
Chào anh Nam,

Theo yêu cầu của anh, bên em gửi báo phí dịch vụ thành lập công ty TNHH hai thành viên trở lên:
- Gói cơ bản (đăng ký doanh nghiệp, khắc dấu): 2.500.000 đồng;
- Gói đầy đủ (kèm đăng ký thuế ban đầu, chữ ký số, hóa đơn điện tử): 5.800.000 đồng.
Thời gian hoàn thành: 5-7 ngày làm việc kể từ khi nhận đủ hồ sơ.

Mọi thắc mắc anh vui lòng gọi hotline 1800 63 65 hoặc số trực tiếp 028 3930 2286.

Trân trọng,
Đặng Quốc Bảo
Chuyên viên pháp lý doanh nghiệp
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
"""),
    label=dict(category="service_request", language="vi",
               contact=C("Đỗ Hoàng Nam", "+84935604182", "dohoangnam.dn@gmail.com"),
               note="Reply; only the top part is new. Quoted firm signature has the firm's hotline, direct line and address; the co-founder Lý Thành Công is not the sender."),
),
dict(
    key="S6", style="oe1258", cte="quoted-printable",
    from_=("Hà Văn Khiêm", "havankhiem1955@yahoo.com.vn"), to="info",
    subject="Hỏi thủ tục cho con đất",
    date=(2026, 4, 10, 7, 58, 3),
    body="""
Kính gửi Công ty Luật Thịnh Trí,

Tôi tên Hà Văn Khiêm, năm nay 71 tuổi. Tôi có một lô đất 300m2 đã có sổ đỏ, muốn làm thủ tục tặng cho người con trai út.

Xin Công ty cho biết cần chuẩn bị những giấy tờ gì, có phải nộp thuế, lệ phí trước bạ không, và Công ty có nhận làm trọn gói không. Vì chân tôi yếu, đi lại khó khăn, nếu được xin Công ty cử người đến nhà làm việc.

Địa chỉ nhà tôi: 17 Nguyễn Thông, Phường Phú Thủy, tỉnh Lâm Đồng.
Điện thoại bàn: (0252) 3821 457.

Trân trọng cảm ơn.
Hà Văn Khiêm
""",
    label=dict(category="service_request", language="vi",
               contact=C("Hà Văn Khiêm", "+842523821457", "havankhiem1955@yahoo.com.vn",
                         "17 Nguyễn Thông, Phường Phú Thủy, tỉnh Lâm Đồng"),
               note="Body and headers are windows-1258 with combining tone marks; compare after NFC. Phone is a landline with area code."),
),
dict(
    key="S7", style="iphone", cte="7bit",
    from_=("Graham Whitfield", "g.whitfield54@bigpond.com"), to="info",
    subject="Buying an apartment in Nha Trang as a foreigner",
    date=(2026, 4, 27, 18, 22, 36),
    body="""
Hi,

My wife and I are retired Australians spending most of the year in Nha Trang. We've found a 2-bedroom apartment in a new building on Tran Phu street and the developer says foreigners can buy.

Before we pay the deposit, could one of your lawyers check the sale contract and tell us what kind of ownership we would actually get (50 years? renewable?), and whether we could later sell it to another foreigner?

The developer wants the deposit by 20 May so a quick reply would be great. My mobile here is 0914 330 827.

Regards,
Graham Whitfield

Sent from my iPhone
""",
    label=dict(category="service_request", language="en",
               contact=C("Graham Whitfield", "+84914330827", "g.whitfield54@bigpond.com")),
),
dict(
    key="S8", style="outlook", cte="quoted-printable",
    from_=("Mạc Thị Bích Ngọc", "bichngoc.mac@gmail.com"), to="info",
    subject="Tư vấn điều khoản bảo mật thông tin và không cạnh tranh trong HĐLĐ",
    date=(2026, 4, 13, 12, 16, 40),
    body="""
Kính gửi Công ty Thịnh Trí,

Tôi là Mạc Thị Bích Ngọc, kế toán trưởng tại một công ty phân phối dược phẩm. Tôi dự định nghỉ việc vào tháng 6 để chuyển sang một công ty khác cùng ngành.

Hợp đồng lao động của tôi có điều khoản bảo mật thông tin khách hàng và cam kết không làm việc cho đối thủ cạnh tranh trong 24 tháng, vi phạm phải bồi thường 200 triệu đồng. Tôi muốn nhờ luật sư xem giúp:
- Điều khoản không cạnh tranh này có hiệu lực theo Bộ luật Lao động không?
- Nghĩa vụ bảo mật thông tin sau khi nghỉ việc kéo dài bao lâu?
- Tôi cần làm gì để nghỉ việc đúng luật, không bị giữ lương tháng cuối?

Tôi có thể gửi bản scan hợp đồng nếu cần. Xin báo phí tư vấn bằng văn bản.

Trân trọng,
Mạc Thị Bích Ngọc
0989 152 736
""",
    label=dict(category="service_request", language="vi",
               contact=C("Mạc Thị Bích Ngọc", "+84989152736", "bichngoc.mac@gmail.com"),
               note="'Bảo mật thông tin' is a confidentiality clause in her employment contract, not a privacy request."),
),
dict(
    key="S9", style="gmail", cte="base64",
    from_=("Trịnh Khánh Linh", "khanhlinh.trinh2003@gmail.com"), to="info",
    subject="Mẹ em nhờ hỏi về tranh chấp ranh giới đất với hàng xóm",
    date=(2026, 4, 11, 20, 3, 15),
    body="""
Kính gửi Công ty,

Tôi là Vũ Thị Lành, 58 tuổi, ở xã Gia Lộc, TP. Hải Phòng. Tôi không rành máy tính nên nhờ con gái gửi thư này bằng email của cháu.

Nhà hàng xóm xây tường rào lấn sang đất nhà tôi khoảng 40cm, dài gần 15m. Tôi đã báo thôn, hòa giải một lần nhưng họ không chịu dỡ. Tôi muốn hỏi bây giờ phải làm đơn gửi đâu, có phải đo đạc lại không, và nhờ luật sư theo vụ này thì chi phí khoảng bao nhiêu.

Công ty cứ trả lời qua email này, con tôi sẽ đọc cho tôi. Muốn gọi thì gọi số của tôi: 0356 187 402.

Vũ Thị Lành
""",
    label=dict(category="service_request", language="vi",
               contact=C("Vũ Thị Lành", "+84356187402", "khanhlinh.trinh2003@gmail.com"),
               note="Sent from the daughter's mailbox (From display 'Trịnh Khánh Linh'); the sender is Vũ Thị Lành, who asks for replies to this same address and calls to her own number."),
),
dict(
    key="S10", style="outlook", cte="quoted-printable",
    from_=("Nguyen Thi Thu Thao", "thao.nguyen@meridianhospitality.vn"), to="info",
    subject="FW: Employment contracts for new expat chefs",
    date=(2026, 4, 14, 9, 7, 52),
    body="""
Dear Thinh Tri team,

Please see below the request from our General Manager. I am the HR manager handling this, so please send the quotation and the document checklist to me directly.

We need bilingual (English-Vietnamese) employment contracts for 3 foreign chefs joining in June, plus advice on whether any of them can be exempted from a work permit.

My direct line: 0903 617 284.

Best regards,
Nguyen Thi Thu Thao
HR Manager | Meridian Hospitality Vietnam
""",
    tail="""
-----Original Message-----
From: Lorenzo Bianchi <lorenzo.bianchi@meridianhospitality.vn>
Sent: Monday, April 13, 2026 6:12 PM
To: Nguyen Thi Thu Thao <thao.nguyen@meridianhospitality.vn>
Subject: Employment contracts for new expat chefs

Thao,

Can you get a law firm to prepare the contracts for Marco, Yuki and Daniel? Use Thinh Tri, they did our liquor licence last year. If they need to talk to me, my mobile is 0908 552 190.

Lorenzo
""",
    label=dict(category="service_request", language="en",
               contact=C("Nguyen Thi Thu Thao", "+84903617284", "thao.nguyen@meridianhospitality.vn"),
               note="Forward: the embedded internal mail is from the GM Lorenzo Bianchi with his own mobile; the sender is the HR manager who asks to be contacted directly."),
),
dict(
    key="S11", style="gmail", cte="base64", attach=[("bien-ban-tai-nan.jpg", "image/jpeg")],
    from_=("Lò Văn Chiến", "lovanchien.sl@gmail.com"), to="info",
    subject="Nhờ tư vấn bồi thường tai nạn giao thông (có ảnh biên bản)",
    date=(2026, 4, 16, 19, 40, 11),
    body="""
Chào Công ty,

Tôi là Lò Văn Chiến. Ngày 02/04 tôi đi xe máy thì bị một xe tải tông từ phía sau, ngay trước cổng nhà tôi ở 215 Trường Chinh, Phường Tô Hiệu, tỉnh Sơn La. Tôi bị gãy xương đòn, nằm viện 12 ngày, xe máy hư nặng.

Chủ xe tải mới đưa 10 triệu rồi không liên lạc nữa. Công an đã lập biên bản, tôi chụp gửi kèm. Tôi muốn biết mình được đòi bồi thường những khoản gì (viện phí, ngày công bị mất, sửa xe...) và nếu họ không trả thì khởi kiện thế nào.

Số điện thoại của tôi: 0916 703 548.

Cảm ơn Công ty.
Lò Văn Chiến
""",
    label=dict(category="service_request", language="vi",
               contact=C("Lò Văn Chiến", "+84916703548", "lovanchien.sl@gmail.com",
                         "215 Trường Chinh, Phường Tô Hiệu, tỉnh Sơn La"),
               note="Address is given inline as the house the sender lives in (the accident happened in front of it)."),
),
dict(
    key="S12", style="iphone", cte="quoted-printable",
    from_=("Tien Mai", "maithuytien.92@icloud.com"), to="info",
    subject="nho soan hop dong mua ban xe",
    date=(2026, 4, 14, 12, 51, 8),
    body="""
chao anh chi, em mua lai chiec xe o to cu cua nguoi quen, muon nho ben minh soan hop dong mua ban xe va hen cong chung giup em vao sang thu 7 nay 18/4. ben minh co lam thu 7 khong a? em can mang theo giay to gi?
em la Mai Thuy Tien, sdt 0794 265 318.
cam on a

Gửi từ iPhone của tôi
""",
    label=dict(category="service_request", language="vi",
               contact=C("Mai Thuy Tien", "+84794265318", "maithuytien.92@icloud.com")),
),
# ---------------------------------------------------------------- complaint
dict(
    key="C1", style="outlook", cte="quoted-printable",
    from_=("Kiều Văn Thạch", "thach.kieu@thachphatsteel.vn"), to="support",
    subject="Khiếu nại: luật sư vắng mặt tại phiên hòa giải ngày 09/04",
    date=(2026, 4, 10, 8, 30, 5),
    body="""
Kính gửi Ban Giám đốc Công ty Luật Thịnh Trí,

Tôi là Kiều Văn Thạch, Giám đốc Công ty TNHH Thép Thạch Phát, đã ký hợp đồng dịch vụ pháp lý số 0217/2026/HĐDV với Quý Công ty trong vụ tranh chấp hợp đồng mua bán với một đối tác.

Sáng ngày 09/04/2026, Tòa án mở phiên hòa giải. Luật sư phụ trách không có mặt, không báo trước, điện thoại không liên lạc được. Tôi phải tự trình bày trong khi không nắm hết hồ sơ, kết quả buổi hòa giải rất bất lợi cho chúng tôi.

Đây là vi phạm nghiêm trọng nghĩa vụ theo hợp đồng. Tôi yêu cầu Quý Công ty:
1. Giải trình bằng văn bản trong 05 ngày làm việc;
2. Thay luật sư phụ trách vụ việc;
3. Xem xét giảm phí dịch vụ tương ứng với thiệt hại.

Kiều Văn Thạch
Giám đốc – Công ty TNHH Thép Thạch Phát
DĐ: 0912 884 305
""",
    label=dict(category="complaint", language="vi",
               contact=C("Kiều Văn Thạch", "+84912884305", "thach.kieu@thachphatsteel.vn")),
),
dict(
    key="C2", style="gmail", cte="quoted-printable",
    from_=("Tomasz Wiśniewski", "tomasz.wisniewski.vn@gmail.com"), to="support",
    subject="Second rejection of my work permit because of your error",
    date=(2026, 4, 8, 17, 12, 44),
    body="""
Dear Thinh Tri,

This is now the second time my work permit application has been returned by the Department of Home Affairs, and both times for the same reason: the application form your firm prepared spells my surname "Wisniewsky" and gives my passport number as EZ7731948 instead of EZ7731984.

I pointed this out to your staff by phone on 25 March and was told it had been fixed. It clearly was not. Because of the delay I have had to extend my visa at my own expense and my employer is asking questions.

I expect (1) a written explanation, (2) a refund of the visa extension fee of 4,200,000 VND, and (3) that you correct my surname and passport number in your records and on every form before anything else is submitted.

Tomasz Wiśniewski
Mobile: 0977 405 219
""",
    label=dict(category="complaint", language="en",
               contact=C("Tomasz Wiśniewski", "+84977405219", "tomasz.wisniewski.vn@gmail.com"),
               note="Complaint about repeated errors that also demands correction of name/passport number; dominant intent complaint. The misspelling 'Wisniewsky' also appears."),
),
dict(
    key="C3", style="gmail_plain", cte="7bit",
    from_=("Khanh Phung", "phungduykhanh.hn@gmail.com"), to="info",
    subject="sao thong tin cua toi lai bi lo ra ngoai??",
    date=(2026, 4, 11, 9, 26, 33),
    body="""
Gui cong ty Thinh Tri,
Toi la Phung Duy Khanh. Ngay 06/04 toi gui email hoi cong ty ve thu tuc mua dat o Hoa Lac, co de lai so dien thoai 0398 726 145.
Chi 2 ngay sau toi bat dau nhan tin nhan Zalo cua may nguoi moi gioi bat dong san, noi dung ghi ro "anh Khanh dang tim dat Hoa Lac dung khong a". Toi chua noi chuyen nay voi ai ngoai cong ty.
Toi yeu cau cong ty kiem tra va tra loi ro rang ai da dua thong tin cua toi ra ngoai. Neu khong co cau tra loi thoa dang toi se phan anh len co quan chuc nang.
Phung Duy Khanh
""",
    label=dict(category="complaint", language="vi",
               contact=C("Phung Duy Khanh", "+84398726145", "phungduykhanh.hn@gmail.com")),
),
dict(
    key="C4", style="gmail", cte="quoted-printable",
    from_=("Tôn Nữ Hoài Thương", "hoaithuong.tonnu@gmail.com"), to="support",
    subject="Phản ánh về việc tư vấn sai kỳ kê khai thuế",
    date=(2026, 4, 15, 14, 2, 27),
    body="""
Kính gửi Công ty,

Tôi là Tôn Nữ Hoài Thương, chủ hộ kinh doanh tiệm hoa ở Huế. Tháng 1 tôi trả phí để Công ty tư vấn việc chuyển từ thuế khoán sang tự kê khai. Chuyên viên tư vấn khẳng định tôi chỉ cần kê khai theo quý, hạn chót là cuối tháng 4.

Tuần trước tôi nhận thông báo của cơ quan thuế phạt chậm nộp tờ khai tháng 2 và tháng 3 vì tôi thuộc diện kê khai theo tháng. Khi tôi gọi lại hỏi, nhân viên trả lời rất thiếu tôn trọng, bảo "chị tự đọc lại văn bản đi".

Tôi không chấp nhận cách làm việc như vậy. Đề nghị Công ty xem lại nội dung đã tư vấn, có phản hồi chính thức và chịu khoản tiền phạt 3.500.000 đồng phát sinh do tư vấn sai.

Tôn Nữ Hoài Thương
ĐT/Zalo: 0905 471 268
""",
    label=dict(category="complaint", language="vi",
               contact=C("Tôn Nữ Hoài Thương", "+84905471268", "hoaithuong.tonnu@gmail.com")),
),
dict(
    key="C5", style="gmail", cte="quoted-printable",
    from_=("Hana Đinh", "hana.dinh@kitefoods.vn"), to="support",
    subject="Urgent: NDA của bên em bị gửi nhầm cho bên thứ ba??",
    date=(2026, 4, 17, 10, 48, 19),
    body="""
Hi anh chị,

Em là Đinh Ngọc Hà (Hana), Legal & Ops của Kite Foods. Sáng nay em nhận được email từ luật sư bên mình gửi bản draft NDA + term sheet của deal bên em, nhưng trong phần CC có một địa chỉ @oceanbakery.vn, đây là competitor trực tiếp của bên em.

Draft đó có valuation, tên các investors và số điện thoại cá nhân của founders. Em thật sự rất disappointed vì đây là thông tin cực kỳ confidential.

Em cần bên mình:
- Confirm ngay email đã được gửi tới những ai;
- Liên hệ bên kia yêu cầu xóa email và attachment;
- Gửi incident report chính thức cho bên em trong tuần này.

Gọi em ngay khi có thông tin: 0932 018 647.

Hana Đinh
Legal & Operations, Kite Foods
""",
    label=dict(category="complaint", language="mixed",
               contact=C("Đinh Ngọc Hà", "+84932018647", "hana.dinh@kitefoods.vn"),
               note="'Xóa email' asks the firm to get a third party to delete a misdirected email; this is a complaint about a leak, not a deletion of her own data."),
),
dict(
    key="C6", style="gmail", cte="quoted-printable",
    from_=("Châu Minh Trí", "chauminhtri.ct@gmail.com"), to="support",
    subject="Re: Xác nhận tiếp nhận hồ sơ chuyển nhượng cổ phần",
    date=(2026, 4, 15, 16, 37, 2), reply=True,
    body="""
Chào chị Linh,

Ngày 16/03 chị xác nhận trong email dưới đây là hồ sơ chuyển nhượng cổ phần của tôi sẽ được nộp trong 3 ngày làm việc. Hôm nay đã là 15/04, tôi gọi lên Công ty 4 lần, lần nào cũng được hẹn "để em kiểm tra lại rồi gọi anh".

Bên nhận chuyển nhượng đã gửi văn bản nhắc tôi vì quá hạn cam kết trong hợp đồng. Tôi rất bức xúc vì sự chậm trễ và thiếu trách nhiệm này.

Yêu cầu Công ty trả lời ngay trong hôm nay: hồ sơ đang ở bước nào, ai chịu trách nhiệm, và Công ty sẽ khắc phục ra sao. Số tôi: 0918 264 730.

Châu Minh Trí
""",
    quote=dict(
        attr="Vào 16 thg 3, 2026 lúc 14:22, Thịnh Trí Support <support@thinhtrigroup.com> đã viết:",
        text="""
Kính gửi anh Trí,

Bên em đã nhận đủ hồ sơ chuyển nhượng cổ phần (bản gốc hợp đồng chuyển nhượng, biên bản họp ĐHĐCĐ, CCCD các bên). Hồ sơ sẽ được nộp trong 03 ngày làm việc.

Nếu cần hỗ trợ, anh vui lòng gọi hotline 1800 63 65.

Trân trọng,
Ngô Phương Linh
Thịnh Trí Group
"""),
    label=dict(category="complaint", language="vi",
               contact=C("Châu Minh Trí", "+84918264730", "chauminhtri.ct@gmail.com"),
               note="Reply; only the top part is new. Quoted firm text contains the firm's hotline."),
),
dict(
    key="C7", style="outlook", cte="quoted-printable",
    from_=("Sophie Laurent", "laurent.sophie.hcm@gmail.com"), to="support",
    subject="FW: Relocation offer - how did they get my visa details?",
    date=(2026, 4, 21, 10, 20, 48),
    body="""
Hello,

I am forwarding a message I received this morning from a company I have never heard of. They know my name, that my visa expires on 31 May and that I am changing employers - information I gave only to your firm when I asked you to handle my new work permit last month.

I want a clear answer: has my file been shared with anyone outside your firm? If so, with whom and why? I am very unhappy about this and will consider reporting it to the authorities if I do not get a satisfactory explanation.

Sophie Laurent
+84 703 251 896
""",
    tail="""
________________________________
From: Saigon Easy Move <sales@saigoneasymove.vn>
Sent: Tuesday, April 21, 2026 8:03 AM
To: laurent.sophie.hcm@gmail.com <laurent.sophie.hcm@gmail.com>
Subject: Relocation offer for Ms. Sophie Laurent

Dear Ms. Laurent,

We understand your visa ends on 31/05 and you are moving to a new company. Saigon Easy Move offers visa runs, apartment moves and airport pickup at special prices for expats in transition.

Call or Zalo our consultant Mr. Hieu: 0962 770 314.

Best,
Saigon Easy Move
""",
    label=dict(category="complaint", language="en",
               contact=C("Sophie Laurent", "+84703251896", "laurent.sophie.hcm@gmail.com"),
               note="Forwarded third-party email included as evidence; its phone 0962 770 314 is not the sender's."),
),
dict(
    key="C8", style="owa_html", cte="base64",
    from_=("Bế Thị Hồng Nhung", "hongnhung.be@hotmail.com"), to="support",
    subject="Khiếu nại: chưa hoàn tiền đặt cọc sau khi hủy hợp đồng dịch vụ",
    date=(2026, 4, 20, 9, 55, 31),
    body="""
Kính gửi Công ty Thịnh Trí,

Ngày 03/03/2026 tôi ký hợp đồng dịch vụ xin giấy phép kinh doanh quán cà phê và đặt cọc 8.000.000 đồng. Ngày 10/03 tôi gửi email hủy hợp đồng vì không thuê được mặt bằng, lúc đó hồ sơ chưa nộp. Nhân viên kinh doanh (chị Quyên) hứa sẽ hoàn cọc sau khi trừ 1.000.000 đồng phí soạn hồ sơ.

Đã hơn một tháng tôi vẫn chưa nhận lại 7.000.000 đồng, nhắn tin thì chị Quyên chỉ "đã xem". Tôi đề nghị Công ty hoàn tiền trong tuần này và trả lời bằng văn bản.

Lưu ý: đề nghị Công ty KHÔNG xóa hồ sơ, email và tin nhắn liên quan đến hợp đồng của tôi cho đến khi vụ việc được giải quyết xong.

Bế Thị Hồng Nhung
ĐT: 0945 370 612
Địa chỉ: 29 ngõ 84 Chùa Láng, Phường Láng, TP. Hà Nội
""",
    label=dict(category="complaint", language="vi",
               contact=C("Bế Thị Hồng Nhung", "+84945370612", "hongnhung.be@hotmail.com",
                         "29 ngõ 84 Chùa Láng, Phường Láng, TP. Hà Nội"),
               note="'Hủy hợp đồng' means cancelling the service contract; she explicitly asks the firm NOT to delete her records. HTML-only."),
),
dict(
    key="C9", style="gmail", cte="base64",
    from_=("Lưu Thị Kiều Oanh", "kieuoanh.luu@gmail.com"), to="support",
    subject="Tại sao nhân viên lại nói chuyện ly hôn của tôi với anh trai tôi?",
    date=(2026, 4, 22, 7, 14, 26),
    body="""
Kính gửi Công ty,

Tôi là Lưu Thị Kiều Oanh, đang được luật sư của Công ty tư vấn thủ tục ly hôn. Ngay buổi đầu tôi đã dặn rõ là gia đình tôi chưa ai biết chuyện này.

Hôm qua anh trai tôi (Lưu Văn Định) gọi tới văn phòng, xưng là người nhà để hỏi lịch hẹn của tôi. Nhân viên không hề xác minh mà kể luôn là tôi đang làm hồ sơ ly hôn và có hẹn gặp luật sư vào thứ Sáu này. Tối qua cả nhà gọi điện chất vấn tôi.

Tôi cực kỳ bức xúc. Yêu cầu Công ty giải thích vì sao thông tin của tôi bị tiết lộ khi chưa có sự đồng ý của tôi, và cho biết Công ty sẽ xử lý nhân viên đó thế nào.

Lưu Thị Kiều Oanh
0383 905 271
""",
    label=dict(category="complaint", language="vi",
               contact=C("Lưu Thị Kiều Oanh", "+84383905271", "kieuoanh.luu@gmail.com"),
               note="The brother's name (Lưu Văn Định) also appears; the sender is Lưu Thị Kiều Oanh."),
),
# ---------------------------------------------------------------- correction_request
dict(
    key="R1", style="yahoo", cte="quoted-printable",
    from_=("Võ Thị Ánh Nguyệt", "anhnguyet_vo@yahoo.com"), to="support",
    subject="Cập nhật email nhận thông báo hồ sơ",
    date=(2026, 4, 3, 15, 44, 10),
    body="""
Kính gửi Công ty,

Tôi là Võ Thị Ánh Nguyệt, đang nhờ Công ty làm hồ sơ sang tên căn nhà ở Thủ Dầu Một.

Hộp thư Yahoo này tôi sắp không dùng nữa vì hay bị lỗi đăng nhập. Từ nay xin Công ty gửi mọi thông báo, hợp đồng và hóa đơn qua địa chỉ mới: nguyet.vo.tdm@gmail.com. Số điện thoại 0967 318 052 vẫn giữ nguyên.

Cảm ơn Công ty.
Võ Thị Ánh Nguyệt
""",
    label=dict(category="correction_request", language="vi",
               contact=C("Võ Thị Ánh Nguyệt", "+84967318052", "nguyet.vo.tdm@gmail.com"),
               note="New contact email in body differs from the From address."),
),
dict(
    key="R2", style="thunderbird", cte="8bit",
    from_=("Emily Carter", "emily.carter.sg@gmail.com"), to="support",
    subject="Name change on my client file",
    date=(2026, 4, 8, 11, 3, 57),
    body="""
Dear Thinh Tri team,

I got married in February and have now changed my surname. Could you please update my client record (temporary residence card renewal) from Emily Carter to Emily Nakamura, so that it matches my new passport? I will send you a scan of the passport next week.

My email address and phone number (0938 621 507) stay the same.

Many thanks,
Emily Nakamura (formerly Carter)
""",
    label=dict(category="correction_request", language="en",
               contact=C("Emily Nakamura", "+84938621507", "emily.carter.sg@gmail.com"),
               note="Both the old (Carter, also the From display) and new surname appear; she now signs as Emily Nakamura."),
),
dict(
    key="R3", style="gmail_plain", cte="7bit",
    from_=("So Phal Thach", "thachsophal.st@gmail.com"), to="support",
    subject="sua ngay sinh trong ho so",
    date=(2026, 4, 9, 13, 28, 45),
    body="""
Chao anh chi,
Em la Thach So Phal, dang nho ben minh lam ho so xin phieu ly lich tu phap de di lam viec o Han Quoc.
Ban xac nhan thong tin anh chi gui qua email ghi ngay sinh cua em la 12/08/1998, dung ra la 21/08/1998. Chac luc dien form em ghi nham. Nho anh chi sua lai ngay sinh trong ho so truoc khi nop giup em.
Co gi goi em so 0328 547 190.
Em cam on.
""",
    label=dict(category="correction_request", language="vi",
               contact=C("Thach So Phal", "+84328547190", "thachsophal.st@gmail.com")),
),
dict(
    key="R4", style="gmail", cte="quoted-printable",
    from_=("Vivian Tạ", "vivian.ta.design@gmail.com"), to="support",
    subject="Update số điện thoại mới / new phone number",
    date=(2026, 4, 16, 22, 11, 30),
    body="""
Hi team Thịnh Trí,

Mình là Tạ Ngọc Vy (Vivian), client đang làm hồ sơ đăng ký bản quyền tác giả cho bộ illustration với anh Phúc bên team IP.

Mình vừa đổi SIM nên nhờ team update giúp:
- Số mới: 0859 412 736
- Số cũ 0908 156 293 mình không dùng nữa, please đừng gọi số này.

Email vẫn giữ nguyên nha. Thanks team!

Vy
""",
    label=dict(category="correction_request", language="mixed",
               contact=C("Tạ Ngọc Vy", "+84859412736", "vivian.ta.design@gmail.com"),
               note="Old number 0908 156 293 also present; contact phone is the new one."),
),
]
