# -*- coding: utf-8 -*-
"""Message data, part 1: service requests, complaints, automated mail."""


def C(name=None, phone=None, email=None, address=None):
    return {"name": name, "phone": phone, "email": email, "address": address}


NULL = C()

MSGS = [
    # ------------------------------------------------------------ service_request
    {
        "key": "S1", "date": "2026-01-07 20:14:33", "client": "gmail",
        "from_name": "Daniel Whitaker", "from_addr": "dan.whitaker.hn@gmail.com", "to": "info",
        "subject": "Buying an apartment in Hanoi as a foreigner",
        "fmt": "alt", "cte": "7bit",
        "body": """\
Hi,

My name is Daniel Whitaker. I'm a US citizen and I've been teaching at an international school in Hanoi for four years. My partner and I are looking at a two-bedroom unit in a new project in Tay Ho, and the developer's sales team keeps telling us it is "no problem for foreigners", which honestly makes me more nervous, not less.

I'd like to book a consultation covering:
1) whether this particular project is in an area where foreigners are allowed to own,
2) the 50-year ownership term and what happens when it runs out,
3) a review of the sale and purchase agreement before we pay the deposit.

I'm free most weekday afternoons after 3:30 pm. You can reach me at 0368 214 905 or just reply here.

Thanks in advance,
Dan Whitaker
""",
        "label": {"category": "service_request", "language": "en",
                  "contact": C("Daniel Whitaker", "+84368214905", "dan.whitaker.hn@gmail.com")},
    },
    {
        "key": "S2", "date": "2026-02-03 09:41:07", "client": "iphone",
        "from_name": "Kevin Luu", "from_addr": "kevinluu.syd@gmail.com", "to": "info",
        "subject": "Hỏi về thủ tục thừa kế nhà - Viet kieu Uc",
        "fmt": "plain", "cte": "qp", "hdr_enc": "b",
        "body": """\
Chào anh chị,

Em là Lưu Quốc Khải (Kevin), Việt kiều Úc, đã về sống ở Sài Gòn được hơn 1 năm. Ba mẹ em mất để lại căn nhà ở Bình Thạnh, sổ hồng đứng tên cả hai người. Em có 2 chị gái, một người ở Melbourne và một người ở San Jose, both of them can't fly back anytime soon.

Em muốn hỏi:
- Thủ tục khai nhận di sản thừa kế khi cả mấy chị em đều là Việt kiều thì như thế nào, có cần người có quốc tịch VN đứng tên không?
- My sisters có thể ký giấy ủy quyền hoặc văn bản từ chối nhận di sản tại lãnh sự quán VN bên đó được không?
- Phí dịch vụ trọn gói khoảng bao nhiêu.

Hiện em đang ở tạm tại 27/4 Nguyễn Văn Đậu, Phường Bình Lợi Trung, TP.HCM, có thể ghé văn phòng buổi sáng. Số VN của em: 0785 316 042.

Thanks anh chị nhiều,
Kevin

Sent from my iPhone
""",
        "label": {"category": "service_request", "language": "mixed",
                  "contact": C("Lưu Quốc Khải", "+84785316042", "kevinluu.syd@gmail.com",
                               "27/4 Nguyễn Văn Đậu, Phường Bình Lợi Trung, TP.HCM"),
                  "note": "Overseas Vietnamese; From display is 'Kevin Luu' but the body gives the full name. "
                          "The address is where he currently lives ('đang ở tạm'), not the inherited house."},
    },
    {
        "key": "S3", "date": "2026-04-08 14:20:51", "client": "yahoo",
        "from_name": "Châu Thị Mỹ Lệ", "from_addr": "mylechau.1979@yahoo.com.vn", "to": "info",
        "subject": "Nhờ làm thủ tục xóa đăng ký thế chấp và tặng cho nhà",
        "fmt": "alt", "cte": "qp",
        "body": """\
Kính gửi Công ty Luật Thịnh Trí,

Tôi là Châu Thị Mỹ Lệ. Tháng 3 vừa rồi tôi đã tất toán khoản vay mua nhà ở ngân hàng và đã nhận lại bản gốc giấy chứng nhận. Nay tôi cần:
1. Làm thủ tục xóa đăng ký thế chấp tại văn phòng đăng ký đất đai;
2. Sau đó làm hợp đồng tặng cho căn nhà này cho con gái tôi.

Do công việc bận, tôi muốn ủy quyền để Công ty làm trọn gói cả hai việc. Xin báo giúp tôi hồ sơ cần chuẩn bị, thời gian và chi phí.

Điện thoại: 0903 518 627 (xin gọi trong giờ hành chính)

Trân trọng,
Châu Thị Mỹ Lệ
""",
        "label": {"category": "service_request", "language": "vi",
                  "contact": C("Châu Thị Mỹ Lệ", "+84903518627", "mylechau.1979@yahoo.com.vn"),
                  "note": "'Xóa đăng ký thế chấp' is a land-registry procedure (mortgage deregistration), "
                          "not a request to delete personal data."},
    },
    {
        "key": "S4", "date": "2026-03-16 21:05:12", "client": "gmail",
        "from_name": "Tuan Kieu", "from_addr": "kieuvantuan.bd@gmail.com", "to": "info",
        "subject": "hoi ve bao hiem xa hoi khi cong ty bo tron",
        "fmt": "plain", "cte": "7bit",
        "body": """\
Chao luat su,
Toi la Kieu Van Tuan, lam cong nhan may cho mot cong ty Dai Loan o Binh Duong duoc 6 nam. Thang 2 vua roi cong ty dong cua, chu bo ve nuoc, con no cong nhan 2 thang luong va chua dong bao hiem xa hoi tu giua nam 2024 nen toi khong chot so duoc.
Khoang 300 cong nhan cung bi nhu toi. Cho toi hoi bay gio phai lam don gui co quan nao, co lay lai duoc tien luong va bao hiem khong. Neu cong ty nhan lam cho ca nhom thi phi the nao.
SDT/Zalo: 0352.709.184
Kieu Van Tuan
""",
        "label": {"category": "service_request", "language": "vi",
                  "contact": C("Kieu Van Tuan", "+84352709184", "kieuvantuan.bd@gmail.com")},
    },
    {
        "key": "S5", "date": "2026-03-24 10:35:40", "client": "outlook",
        "from_name": "Aya Nakamura", "from_addr": "a.nakamura@sakura-precision.com.vn", "to": "info",
        "subject": "Work permit renewal for 3 Japanese engineers",
        "fmt": "alt", "cte": "qp",
        "body": """\
Dear Thinh Tri Legal,

I am the HR & Admin Manager of Sakura Precision Vietnam Co., Ltd., a manufacturer located in Thang Long Industrial Park, Hanoi. The work permits of three of our Japanese engineers will expire in July 2026, and this time we would like to appoint an outside firm to handle the extensions.

Could you kindly send us:
- the list of documents required from our company and from each engineer;
- your professional fee per person and the expected processing time;
- whether their temporary residence cards can be renewed at the same time.

Please contact me directly at the number below if anything is unclear.

Best regards,
Aya Nakamura
HR & Admin Manager
Sakura Precision Vietnam Co., Ltd.
Direct line: +84 24 3958 1276
""",
        "label": {"category": "service_request", "language": "en",
                  "contact": C("Aya Nakamura", "+842439581276", "a.nakamura@sakura-precision.com.vn"),
                  "note": "Company request made by an individual staff member; contact is the writer and her direct line."},
    },
    {
        "key": "S6", "date": "2026-04-15 08:47:19", "client": "gmail", "reply": True,
        "from_name": "Mạc Đình Phong", "from_addr": "phongmac.coffee@gmail.com",
        "to": "info", "to_name": "Thịnh Trí Group",
        "subject": "Re: Báo giá đăng ký nhãn hiệu \"MẠC GIA COFFEE\"",
        "fmt": "alt", "cte": "qp", "hdr_enc": "b",
        "body": """\
Chào chị Diệp,

Tôi đồng ý với báo giá trọn gói cho 2 nhóm 30 và 43 như chị gửi. Chị soạn giúp tôi hợp đồng dịch vụ, tôi đứng tên cá nhân (chưa thành lập công ty). File logo gốc tôi sẽ gửi sau.

Cho tôi hỏi thêm: trong thời gian chờ cấp văn bằng, nếu có người dùng tên gần giống thì mình có làm gì được không?

Có gì chị gọi tôi: 0898 462 173.

Mạc Đình Phong
""",
        "quote": {"style": "gmail",
                  "head": "Vào Th 3, 14 thg 4, 2026 vào lúc 10:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
                  "text": """\
Kính gửi anh Phong,

Cảm ơn anh đã quan tâm đến dịch vụ đăng ký nhãn hiệu của Thịnh Trí. Kết quả tra cứu sơ bộ cho thấy nhãn hiệu "MẠC GIA COFFEE" có khả năng được bảo hộ ở nhóm 30 (cà phê) và nhóm 43 (dịch vụ quán cà phê).

Phí trọn gói cho 2 nhóm: 7.800.000 đồng (đã bao gồm lệ phí nhà nước).

Trân trọng,
Quách Ngọc Diệp
Chuyên viên Sở hữu trí tuệ - ĐT: 0938 155 204
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM | Hotline 1800 63 65
"""},
        "label": {"category": "service_request", "language": "vi",
                  "contact": C("Mạc Đình Phong", "+84898462173", "phongmac.coffee@gmail.com"),
                  "note": "Reply; only the top part is new. The quoted firm signature has a staff mobile "
                          "(0938 155 204), the hotline and the firm's address, none of them the sender's."},
    },
    {
        "key": "S7", "date": "2026-04-09 16:22:03", "client": "outlook",
        "from_name": "Võ Ngọc Hân", "from_addr": "han.vo@meridianlogix.sg", "to": "info",
        "subject": "Request quotation - soạn Nội quy lao động & HĐLĐ template",
        "fmt": "alt", "cte": "b64",
        "body": """\
Dear anh/chị,

Em là Võ Ngọc Hân, HR Executive của Meridian Logix Vietnam (công ty mẹ ở Singapore). Bên em vừa chuyển từ văn phòng đại diện thành công ty TNHH tại TP.HCM, headcount hiện tại 18 người và dự kiến lên khoảng 40 người vào cuối năm.

Bên em cần support mấy việc sau:
- Draft Nội quy lao động và làm thủ tục đăng ký với cơ quan có thẩm quyền;
- Template hợp đồng lao động song ngữ Anh - Việt (cả fixed-term và indefinite-term);
- Review lại employee handbook hiện tại cho phù hợp Bộ luật Lao động 2019.

Regional HR bên Singapore cần quotation trước ngày 30/4 để approve budget. Anh/chị gửi proposal qua email này giúp em nhé.

Thanks & best regards,
Võ Ngọc Hân
HR Executive | Meridian Logix Vietnam
Mobile: +84 937 620 418
""",
        "label": {"category": "service_request", "language": "mixed",
                  "contact": C("Võ Ngọc Hân", "+84937620418", "han.vo@meridianlogix.sg")},
    },
    {
        "key": "S8", "date": "2026-02-10 08:15:27", "client": "oe", "pc": "BAY-PC",
        "charset": "windows-1258",
        "from_name": "Hứa Văn Bảy", "from_addr": "huavanbay1956@yahoo.com.vn", "to": "info",
        "subject": "Nhờ tư vấn tranh chấp ranh đất",
        "fmt": "plain", "cte": "qp",
        "body": """\
Kính gửi Quý Công ty,

Tôi tên Hứa Văn Bảy, năm nay 70 tuổi, nhà ở ấp Phước Lợi, xã Cần Đước, tỉnh Tây Ninh.

Nhà bên cạnh mới xây hàng rào lấn sang đất nhà tôi gần một mét, dài chừng hai chục mét. Tôi đã báo ấp và xã, xã có mời hai bên hòa giải một lần nhưng không thành. Giấy chứng nhận của tôi cấp từ năm 1998, có trích lục bản đồ địa chính.

Tôi muốn nhờ luật sư xem giấy tờ và hướng dẫn tôi làm đơn khởi kiện ra tòa. Xin cho biết chi phí. Tôi không rành máy tính, Quý Công ty vui lòng gọi vào số nhà (0272) 3861 529 giúp tôi.

Xin cảm ơn.
Hứa Văn Bảy
""",
        "label": {"category": "service_request", "language": "vi",
                  "contact": C("Hứa Văn Bảy", "+842723861529", "huavanbay1956@yahoo.com.vn",
                               "ấp Phước Lợi, xã Cần Đước, tỉnh Tây Ninh"),
                  "note": "Body is windows-1258 with combining tone marks; compare after NFC. Landline with area code."},
    },
    {
        "key": "S9", "date": "2026-04-23 09:10:44", "client": "gmail",
        "from_name": "Sophie Laurent", "from_addr": "sophie.laurent.sgn@gmail.com", "to": "info",
        "subject": "Fwd: Notice of lease termination - Unit 9.03",
        "fmt": "alt", "cte": "qp",
        "body": """\
Hello,

I'm forwarding below a message I received from my landlord's agent yesterday. I rent an apartment in Thao Dien under a two-year lease signed in October 2025, and now they want me out by the end of next month because the owner "has decided to sell". They also say the two-month deposit will be returned "after inspection", which I doubt.

Could one of your lawyers review my lease and tell me whether they can end it early like this, what compensation I can claim, and how to make sure I get my deposit back? I can send the signed lease as a PDF.

Best,
Sophie Laurent
0707 452 318
""",
        "fwd": {"head": """\
---------- Forwarded message ---------
From: Minh Chau Realty <leasing@minhchaurealty.vn>
Date: Wed, Apr 22, 2026 at 4:12 PM
Subject: Notice of lease termination - Unit 9.03
To: <sophie.laurent.sgn@gmail.com>""",
                "text": """\
Dear Ms. Laurent,

On behalf of the owner of Unit 9.03, we would like to inform you that the owner has decided to sell the apartment. Kindly arrange to hand over the unit no later than 31 May 2026. The security deposit will be returned after inspection of the unit.

For viewing appointments, please contact our agent Mr. Tony at 0909 873 215.

Best regards,
Minh Chau Realty
"""},
        "label": {"category": "service_request", "language": "en",
                  "contact": C("Sophie Laurent", "+84707452318", "sophie.laurent.sgn@gmail.com"),
                  "note": "Forwarded agent's email is context; the agent's phone 0909 873 215 is not the sender's."},
    },
    {
        "key": "S10", "date": "2026-01-20 22:40:09", "client": "gmail",
        "from_name": "Nguyễn Trọng Hùng", "from_addr": "trong.hung.nguyen82@gmail.com", "to": "info",
        "subject": "Hỏi thủ tục đăng ký khai sinh cho bé sinh ở Hàn Quốc",
        "fmt": "html", "cte": "qp", "hdr_enc": "b",
        "body": """\
Chào Công ty,

Em là Phùng Thị Thảo, vợ anh Hùng. Em mượn email của chồng để gửi vì tài khoản của em đang bị khóa.

Vợ chồng em làm việc ở Hàn Quốc, bé nhà em sinh tại Daegu năm 2025, đã có giấy chứng sinh của bệnh viện bên đó nhưng chưa đăng ký khai sinh ở Đại sứ quán. Nay cả nhà đã về hẳn Việt Nam. Em muốn hỏi thủ tục đăng ký khai sinh cho bé ở Việt Nam, giấy chứng sinh có cần hợp pháp hóa lãnh sự không, và Công ty có nhận làm thay không.

Anh chị trả lời giúp em qua email riêng phungthao.kr@gmail.com hoặc gọi số 0869 251 734 (số của em).

Em cảm ơn ạ.
Phùng Thị Thảo
""",
        "label": {"category": "service_request", "language": "vi",
                  "contact": C("Phùng Thị Thảo", "+84869251734", "phungthao.kr@gmail.com"),
                  "note": "Sent from the husband's mailbox (From 'Nguyễn Trọng Hùng'); the writer is Phùng Thị Thảo "
                          "and asks for replies at her own email. HTML-only."},
    },
    {
        "key": "S11", "date": "2026-05-05 23:18:55", "client": "gmail",
        "from_name": "Ly Thanh Tung", "from_addr": "lythanhtung.shop@gmail.com", "to": "info",
        "subject": "bi toa goi ve vu no tien hang",
        "fmt": "plain", "cte": "7bit",
        "body": """\
chao luat su
toi ten Ly Thanh Tung, co cua hang tap hoa o Thu Duc. Hom qua toi nhan giay trieeju taapj cua toa an, ben nha phan phoi nuoc giai khat kien toi doi 86 trieu tien hang. That ra toi tra gan het roi, co bien nhan chuyen khoan, chi con thieu khoang 12 trieu ma ho doi ca lai va tien phat.
ngayf 12/5 toi phai len toa. toi can luat su di cung hoac huong dan toi chuan bi giay to. phi bao nhieu vay?
dt 0971 448 326
Tung
""",
        "label": {"category": "service_request", "language": "vi",
                  "contact": C("Ly Thanh Tung", "+84971448326", "lythanhtung.shop@gmail.com"),
                  "note": "Unaccented Vietnamese with leftover Telex keystrokes ('trieeju taapj', 'ngayf')."},
    },
    {
        "key": "S12", "date": "2026-03-02 11:30:16", "client": "apple",
        "from_name": "Julien Moreau", "from_addr": "julien.moreau.chef@icloud.com", "to": "info",
        "subject": "Setting up a restaurant company in Da Nang",
        "fmt": "alt", "cte": "qp",
        "body": """\
Hello Thinh Tri team,

I'm a French chef and I have been working in a hotel kitchen in Da Nang for the past three years. Together with a Vietnamese friend I now want to open a small bistro near My Khe beach.

We are not sure about the right structure: should I set up a 100% foreign-owned company (with an investment registration certificate), or is it simpler if my friend registers the company and I come in later as a shareholder? We would also need help with the food safety certificate and the liquor licence.

Could we meet at your office or on Zoom next week? My mobile is +84 (0) 896 305 742, WhatsApp too.

Merci et à bientôt,
Julien Moreau
""",
        "label": {"category": "service_request", "language": "en",
                  "contact": C("Julien Moreau", "+84896305742", "julien.moreau.chef@icloud.com"),
                  "note": "Phone written '+84 (0) 896 305 742'; the trunk 0 is dropped in E.164. "
                          "One French closing phrase does not make it mixed."},
    },
    # ------------------------------------------------------------------ complaint
    {
        "key": "C1", "date": "2026-04-16 11:58:02", "client": "tb", "reply": True,
        "from_name": "Patrick Dunne", "from_addr": "pdunne.vn@outlook.com", "to": "support",
        "subject": "Re: Labour mediation session - 16 April 2026",
        "fmt": "plain", "cte": "8bit",
        "body": """\
Hi,

I went to the labour mediation session this morning at 8:30, exactly as your email below told me to. Nobody from your firm turned up. The mediator waited 40 minutes and then closed the session, while my former employer's HR manager sat there smiling.

I paid 15 million VND up front for this case and this is the second time something like this has happened (the first was the missed filing deadline in March). I want a written explanation from the partner in charge and a partial refund. I am also considering moving the file to another firm.

Patrick Dunne
Mob: 0916 538 704
""",
        "quote": {"style": "tb", "head": "On 10/04/2026 15:22, Thinh Tri Support wrote:",
                  "text": """\
Dear Mr. Dunne,

Your labour mediation session has been scheduled for 16 April 2026 at 8:30 am at the labour mediation office. Our lawyer, Mr. Lai Thanh Tam, will meet you there 15 minutes in advance.

Should you need any assistance, please call our hotline 1800 63 65.

Kind regards,
Thinh Tri Legal
"""},
        "label": {"category": "complaint", "language": "en",
                  "contact": C("Patrick Dunne", "+84916538704", "pdunne.vn@outlook.com"),
                  "note": "Reply; only the top part is new. Quoted firm text contains the hotline."},
    },
    {
        "key": "C2", "date": "2026-04-21 08:30:26", "client": "outlookcom", "ol_prefix": "TYZPR04MB",
        "from_name": "Đàm Thị Kim Oanh", "from_addr": "kimoanh.dam@outlook.com", "to": "support",
        "subject": "Phản ánh thái độ nhân viên và việc gọi điện ngoài giờ",
        "fmt": "alt", "cte": "qp",
        "body": """\
Kính gửi Ban lãnh đạo Công ty Thịnh Trí,

Tôi là Đàm Thị Kim Oanh, khách hàng đang được Công ty hỗ trợ vụ tranh chấp hợp đồng thuê mặt bằng.

Tối 20/4, lúc gần 10 giờ đêm, một nhân viên của Công ty gọi cho tôi để nhắc đóng phí đợt 2. Khi tôi nói sáng mai sẽ chuyển khoản thì bạn ấy nói giọng rất khó chịu, còn nói "chị không đóng thì bên em ngưng hồ sơ". Đây không phải lần đầu tôi bị gọi ngoài giờ như vậy.

Tôi đề nghị Công ty chấn chỉnh cách làm việc của nhân viên và phản hồi bằng văn bản cho tôi. Nhân tiện, số 0909 614 380 trong hồ sơ tôi không dùng nữa, nhờ cập nhật số mới 0833 926 157 và chỉ gọi trong giờ hành chính.

Đàm Thị Kim Oanh
""",
        "label": {"category": "complaint", "language": "vi",
                  "contact": C("Đàm Thị Kim Oanh", "+84833926157", "kimoanh.dam@outlook.com"),
                  "note": "Complaint about a staff member's conduct and late-night calls that also asks to update "
                          "the phone number; dominant intent complaint. Old number 0909 614 380 also present; "
                          "contact phone is the new one."},
    },
    {
        "key": "C3", "date": "2026-04-20 22:31:48", "client": "gmail",
        "from_name": "Nhat Quach", "from_addr": "quachminhnhat.vt@gmail.com", "to": "support",
        "subject": "sao ke ngan hang cua toi bi lo cho ben kia",
        "fmt": "alt", "cte": "7bit",
        "body": """\
Gui cong ty Thinh Tri,
Toi la Quach Minh Nhat, dang nho cong ty tu van vu ly hon. Thang 3 toi gui cho luat su ben cong ty sao ke tai khoan ngan hang 12 thang de tinh chuyen chia tai san. Toi KHONG gui cho bat ky ai khac.
Hom 18/4 o buoi hoa giai, luat su ben vo toi dua ra dung ban sao ke do, con co ca trang ghi chu viet tay ma toi chup gui rieng cho luat su cong ty.
Toi yeu cau cong ty kiem tra ai da lam lo tai lieu cua toi va tra loi bang van ban trong tuan nay. Neu khong toi se gui don len Doan luat su.
Quach Minh Nhat - 0814 370 625
""",
        "label": {"category": "complaint", "language": "vi",
                  "contact": C("Quach Minh Nhat", "+84814370625", "quachminhnhat.vt@gmail.com")},
    },
    {
        "key": "C4", "date": "2026-04-24 13:45:30", "client": "gmail",
        "from_name": "Vivian Tran", "from_addr": "vivian.tran.dn@gmail.com", "to": "support",
        "subject": "Double charge on my credit card - cần hoàn tiền gấp",
        "fmt": "alt", "cte": "qp",
        "body": """\
Hi team Thịnh Trí,

Mình là Trần Ngọc Vy (Vivian), Việt kiều Mỹ, hiện đang sống ở Đà Nẵng. Ngày 02/4 mình thanh toán phí dịch vụ xin giấy xác nhận có quốc tịch Việt Nam qua link online của bên bạn, số tiền 6.500.000đ. Sáng hôm sau check bank statement thì thấy bị charge 2 lần, tổng cộng 13 triệu.

Mình đã email cho chị kế toán hai lần và gọi hotline 1800 63 65 nhưng chỉ được trả lời là "đang kiểm tra". It's been three weeks already, và ngân hàng bên Mỹ còn tính thêm foreign transaction fee cho cả hai lần.

I really need this refunded ASAP, kèm một email xác nhận chính thức để mình gửi cho ngân hàng. Honestly I'm disappointed, dịch vụ thì ok nhưng khâu thanh toán quá chậm.

Vivian Tran (Trần Ngọc Vy)
+84 762 195 308
""",
        "label": {"category": "complaint", "language": "mixed",
                  "contact": C("Trần Ngọc Vy", "+84762195308", "vivian.tran.dn@gmail.com"),
                  "note": "The firm's hotline 1800 63 65 appears in the writer's own text; not her number. "
                          "She uses both 'Vivian Tran' and 'Trần Ngọc Vy'; the label uses the full Vietnamese name she introduces herself with."},
    },
    {
        "key": "C5", "date": "2026-03-11 09:02:37", "client": "outlook",
        "from_name": "Katrin Vogel", "from_addr": "katrin.vogel@rheinhold-vn.com", "to": "info",
        "subject": "Confidential due diligence report sent to the wrong recipient",
        "fmt": "alt", "cte": "qp",
        "body": """\
Dear Sir or Madam,

Yesterday afternoon one of your associates emailed the draft legal due diligence report on our planned acquisition in Binh Duong to an address at another company, apparently because of an autocomplete error. That company is one of our competitors. We only found out because their office manager was kind enough to call us.

The report contains commercially sensitive information as well as personal data of the target's managers and key employees. This is a serious breach of the confidentiality obligations in our engagement letter.

We expect, by Friday at the latest: a written account of what was sent, to whom and when; confirmation of the steps taken to have the email deleted by the recipient; and the name of the partner who will personally handle this matter from now on.

Katrin Vogel
Head of Legal, Rheinhold Industrial Vietnam Ltd.
Tel: +84 274 3812 466
""",
        "label": {"category": "complaint", "language": "en",
                  "contact": C("Katrin Vogel", "+842743812466", "katrin.vogel@rheinhold-vn.com"),
                  "note": "Mentions personal data and asks that the misdirected email be deleted by the recipient, "
                          "but it is a complaint about a breach, not a deletion or access request."},
    },
    {
        "key": "C6", "date": "2026-04-13 10:10:58", "client": "gmail",
        "from_name": "Tạ Quang Vinh", "from_addr": "taquangvinh.dl@gmail.com", "to": "support",
        "subject": "Yêu cầu hủy hợp đồng dịch vụ và hoàn phí",
        "fmt": "alt", "cte": "b64",
        "body": """\
Kính gửi Công ty,

Tôi là Tạ Quang Vinh, ký hợp đồng dịch vụ xin giấy phép kinh doanh lữ hành nội địa với Thịnh Trí từ ngày 05/02/2026 và đã đóng 70% phí. Theo hợp đồng, giấy phép phải có trong 45 ngày. Đến nay đã hơn 2 tháng, hồ sơ bị Sở trả về 2 lần vì thiếu giấy tờ mà nhân viên phụ trách không hề báo trước cho tôi.

Tôi đã mất hai đoàn khách vì chưa có giấy phép. Tôi yêu cầu hủy hợp đồng, hoàn lại toàn bộ số tiền đã đóng và bồi thường theo điều khoản vi phạm trong hợp đồng. Giấy tờ gốc của tôi đề nghị gửi trả về nhà tôi: 112 Trần Phú, Phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng.

Tạ Quang Vinh
0915 284 603
""",
        "label": {"category": "complaint", "language": "vi",
                  "contact": C("Tạ Quang Vinh", "+84915284603", "taquangvinh.dl@gmail.com",
                               "112 Trần Phú, Phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng"),
                  "note": "'Hủy hợp đồng' means cancelling the engagement, not deleting data. Address is his home ('nhà tôi')."},
    },
    {
        "key": "C7", "date": "2026-02-25 19:50:14", "client": "iphone",
        "from_name": "Hồng Nhung", "from_addr": "benhung.hkd@gmail.com", "to": "support",
        "subject": "Tư vấn sai khiến tôi bị phạt thuế",
        "fmt": "plain", "cte": "qp",
        "body": """\
Gửi Công ty,

Tôi là Bế Thị Hồng Nhung, chủ hộ kinh doanh mỹ phẩm online. Tháng 12/2025 tôi trả phí tư vấn cho luật sư bên Công ty về việc chuyển từ thuế khoán sang tự kê khai. Luật sư khẳng định tôi chưa cần dùng hóa đơn điện tử trước tháng 6/2026.

Tuần trước cơ quan thuế kiểm tra và phạt tôi 18 triệu đồng vì không xuất hóa đơn từ tháng 1. Tôi vẫn giữ tin nhắn Zalo tư vấn của luật sư.

Tôi đề nghị Công ty xem lại nội dung đã tư vấn, chịu trách nhiệm về khoản phạt này và liên hệ lại tôi qua số 0394 617 258.

Gửi từ iPhone của tôi
""",
        "label": {"category": "complaint", "language": "vi",
                  "contact": C("Bế Thị Hồng Nhung", "+84394617258", "benhung.hkd@gmail.com")},
    },
    {
        "key": "C8", "date": "2026-04-17 17:05:33", "client": "outlookcom", "ol_prefix": "KL1PR02MB",
        "from_name": "Lương Gia Bảo", "from_addr": "giabao.luong@outlook.com", "to": "support",
        "subject": "Công ty làm thất lạc bản gốc bằng thạc sĩ của tôi",
        "fmt": "html", "cte": "b64",
        "body": """\
Kính gửi Thịnh Trí,

Tôi là Lương Gia Bảo. Ngày 09/03 tôi đã nộp cho lễ tân của Công ty bản gốc bằng thạc sĩ (cấp tại Anh) và bản gốc phiếu lý lịch tư pháp để làm thủ tục hợp pháp hóa lãnh sự, có giấy biên nhận.

Hôm nay nhân viên báo không tìm thấy bản gốc bằng, có thể đã "gửi nhầm cùng hồ sơ của khách khác". Xin cấp lại bằng từ trường bên Anh mất ít nhất 3 tháng và tốn phí, trong khi tôi phải nộp hồ sơ xin việc trong tháng 5.

Tôi yêu cầu Công ty: (1) khẩn trương tìm lại hoặc xác định hồ sơ đã bị gửi cho ai; (2) chịu toàn bộ chi phí xin cấp lại; (3) phản hồi bằng văn bản trước ngày 30/4.

Lương Gia Bảo
ĐT: 0926 371 840
""",
        "label": {"category": "complaint", "language": "vi",
                  "contact": C("Lương Gia Bảo", "+84926371840", "giabao.luong@outlook.com"),
                  "note": "HTML-only, base64."},
    },
    {
        "key": "C9", "date": "2026-03-19 07:55:21", "client": "gmail",
        "from_name": "Mai Anh Phan", "from_addr": "maianh.phan.hr@gmail.com", "to": "support",
        "subject": "Complaint - thông tin vụ việc của tôi bị tiết lộ cho bên đòi nợ",
        "fmt": "alt", "cte": "qp",
        "body": """\
Dear Thịnh Trí,

Em là Phan Mai Anh, đang làm HR cho một công ty Mỹ ở Hà Nội. Tháng trước em có book một buổi consultation với luật sư bên mình về khoản vay tín chấp mà em đang tranh chấp với công ty tài chính.

Hôm qua em nhận được cuộc gọi từ một bên thu hồi nợ, họ nhắc đúng những chi tiết em chỉ kể trong buổi tư vấn (số tiền em đề nghị trả góp, và việc em sắp chuyển việc). I'm honestly shocked and upset.

Em muốn Công ty giải thích rõ chuyện này, check xem ai đã access hồ sơ của em, và gửi em danh sách những bên mà thông tin của em đã được chia sẻ (nếu có). Em cần phản hồi chính thức trong 5 ngày làm việc.

Phan Mai Anh
Mobile: 0345 908 612
""",
        "label": {"category": "complaint", "language": "mixed",
                  "contact": C("Phan Mai Anh", "+84345908612", "maianh.phan.hr@gmail.com"),
                  "note": "Also asks for the list of parties her data was shared with (access), but the mail as a "
                          "whole is a complaint about a suspected leak."},
    },
    # ---------------------------------------------------------- unknown (automated)
    {
        "key": "U1", "date": "2026-04-27 14:02:11", "client": "outlook", "reply": True,
        "from_name": "Oliver Bennett", "from_addr": "oliver.bennett@harbourline-asia.com", "to": "support",
        "subject": "Automatic reply: Your request for a copy of your personal data - identity verification",
        "fmt": "plain", "cte": "qp",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "body": """\
Thank you for your email. I am travelling on business with limited access to email until 4 May 2026.

For urgent matters, please contact my assistant, Ms. Do Thanh Huong, at huong.do@harbourline-asia.com or +84 28 3915 6620.

Oliver Bennett
Harbourline Asia
""",
        "label": {"category": "unknown", "language": "en", "automated": True, "contact": NULL,
                  "note": "Out-of-office reply to the firm's own mail; subject contains access-request keywords. "
                          "The assistant's email and phone are not a contact."},
    },
    {
        "key": "U2", "date": "2026-03-05 16:40:18", "client": "mailer", "kind": "bounce",
        "from_name": "Mail Delivery System", "from_addr": "MAILER-DAEMON@mail.thinhtrigroup.com", "to": "support",
        "subject": "Mail delivery failed: returning message to sender",
        "message_id": "<E1vK7qP-0003Xz-9T@mail.thinhtrigroup.com>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "tranhoaian.1988@yahoo.com")],
        "bounce": {
            "notice": """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tranhoaian.1988@yahoo.com
    host mta7.am0.yahoodns.net [67.195.204.72]
    SMTP error from remote mail server after RCPT TO:<tranhoaian.1988@yahoo.com>:
    554 delivery error: dd This user doesn't have a yahoo.com account
    (tranhoaian.1988@yahoo.com) [0] - mta4102.mail.gq1.yahoo.com
""",
            "status_blocks": [
                [("Reporting-MTA", "dns; mail.thinhtrigroup.com")],
                [("Action", "failed"), ("Final-Recipient", "rfc822;tranhoaian.1988@yahoo.com"),
                 ("Status", "5.0.0"), ("Remote-MTA", "dns; mta7.am0.yahoodns.net"),
                 ("Diagnostic-Code", "smtp; 554 delivery error: dd This user doesn't have a yahoo.com account")],
            ],
            "original": {
                "from_name": "Thịnh Trí Group - CSKH", "from_addr": "support@thinhtrigroup.com",
                "to": "tranhoaian.1988@yahoo.com",
                "subject": "Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu của Quý khách",
                "date": "Thu, 05 Mar 2026 16:40:12 +0700",
                "mid": "<5c1e90a2-3b7d-4f0e-a812-77d4c5e0b913@thinhtrigroup.com>",
                "body": """\
Kính gửi Quý khách,

Theo yêu cầu ngày 26/02/2026, Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã xóa dữ liệu cá nhân của Quý khách khỏi hệ thống quản lý khách hàng và danh sách gửi thư.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
""",
            },
        },
        "label": {"category": "unknown", "language": "en", "automated": True, "contact": NULL,
                  "note": "Bounce of the firm's own deletion confirmation; the embedded original talks about "
                          "deleting personal data but is not customer text."},
    },
    {
        "key": "U3", "date": "2026-01-12 07:00:00", "client": "mailer", "kind": "newsletter",
        "from_name": "Diễn đàn Pháp chế Doanh nghiệp", "from_addr": "bantin@phapchedoanhnghiep.vn", "to": "info",
        "subject": "Bản tin Pháp chế số 02/2026: Luật Bảo vệ dữ liệu cá nhân có hiệu lực - doanh nghiệp cần làm gì?",
        "message_id": "<20260112000000.7a3f91c2e4@mailer.phapchedoanhnghiep.vn>",
        "headers": [("List-Id", "Ban tin Phap che <bantin.phapchedoanhnghiep.vn>"),
                    ("List-Unsubscribe", "<https://phapchedoanhnghiep.vn/unsubscribe?u=c81f2a&e=info%40thinhtrigroup.com>, "
                                         "<mailto:unsubscribe@phapchedoanhnghiep.vn?subject=c81f2a>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk"),
                    ("X-Campaign-Id", "bt-2026-02")],
        "newsletter": {
            "plain": """\
DIỄN ĐÀN PHÁP CHẾ DOANH NGHIỆP - BẢN TIN SỐ 02/2026

Kính gửi Quý thành viên,

1. Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ 01/01/2026: những việc doanh nghiệp cần rà soát ngay - thông báo xử lý dữ liệu, quy trình tiếp nhận yêu cầu xem, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu.
2. Mẫu quy trình nội bộ xử lý yêu cầu xóa dữ liệu và rút lại sự đồng ý (tải miễn phí cho thành viên).
3. Tọa đàm trực tuyến "Pháp chế và dữ liệu khách hàng" - 15h00 thứ Năm 22/01/2026.

Bạn nhận được email này vì đã đăng ký nhận bản tin của Diễn đàn Pháp chế Doanh nghiệp.
Hủy đăng ký: https://phapchedoanhnghiep.vn/unsubscribe?u=c81f2a
""",
            "html": """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin Pháp chế số 02/2026</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1f4e79;color:#ffffff;padding:18px 24px;font-size:18px;font-weight:bold;">DIỄN ĐÀN PHÁP CHẾ DOANH NGHIỆP &ndash; BẢN TIN SỐ 02/2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>Kính gửi Quý thành viên,</p>
<p><b>1.</b> Luật Bảo vệ dữ liệu cá nhân chính thức có hiệu lực từ 01/01/2026: những việc doanh nghiệp cần rà soát ngay &ndash; thông báo xử lý dữ liệu, quy trình tiếp nhận yêu cầu xem, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu.</p>
<p><b>2.</b> <a href="https://phapchedoanhnghiep.vn/tai-lieu/quy-trinh-xoa-du-lieu">Mẫu quy trình nội bộ xử lý yêu cầu xóa dữ liệu và rút lại sự đồng ý</a> (tải miễn phí cho thành viên).</p>
<p><b>3.</b> Tọa đàm trực tuyến &quot;Pháp chế và dữ liệu khách hàng&quot; &ndash; 15h00 thứ Năm 22/01/2026.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;">Bạn nhận được email này vì đã đăng ký nhận bản tin của Diễn đàn Pháp chế Doanh nghiệp.<br>
<a href="https://phapchedoanhnghiep.vn/unsubscribe?u=c81f2a" style="color:#888;">Hủy đăng ký</a></td></tr>
</table></td></tr></table>
</body></html>
""",
        },
        "label": {"category": "unknown", "language": "vi", "automated": True, "contact": NULL,
                  "note": "Bulk newsletter (List-Unsubscribe, Precedence: bulk); full of deletion/consent keywords."},
    },
    {
        "key": "U4", "date": "2026-04-21 09:15:47", "client": "outlook", "reply": True,
        "from_name": "Đoàn Hải Yến", "from_addr": "yen.doan@kimlongpharma.vn", "to": "info",
        "subject": "Re: Lịch ký hợp đồng tuần sau",
        "fmt": "plain", "cte": "b64",
        "headers": [("Auto-Submitted", "auto-replied")],
        "body": """\
Cảm ơn anh/chị đã liên hệ. Tôi đang đi công tác tại Singapore từ 20/4 đến 27/4/2026 và sẽ phản hồi email khi trở về. Việc gấp xin vui lòng gọi anh Khúc Văn Định, số 0912 604 385.

Thank you for your message. I am on a business trip to Singapore from 20 to 27 April 2026 and will reply when I am back. For urgent matters, please call Mr. Khuc Van Dinh at 0912 604 385.

Đoàn Hải Yến
Kim Long Pharma
""",
        "label": {"category": "unknown", "language": "mixed", "automated": True, "contact": NULL,
                  "note": "Subject looks like a human reply; only the Auto-Submitted header and the bilingual body "
                          "reveal an out-of-office. The colleague's number is not a contact."},
    },
]
