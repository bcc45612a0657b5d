# -*- coding: utf-8 -*-
"""Message data, part 1: service requests and complaints (holdout31)."""

FIRM_QUOTE_SIG = """Trân trọng,
{staff}
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""

MESSAGES = [
    # ------------------------------------------------------------------ service_request
    {
        "key": "S01-short-sohong",
        "from": ("Kiet Lam", "lamtuankiet.94@gmail.com"),
        "to": "info",
        "subject": "hoi thu tuc sang ten so hong",
        "date": (2026, 4, 7, 21, 14, 5),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": """cho em hoi sang ten so hong nha mua lai cua nguoi quen thi can giay to gi, het bao nhieu tien phi. goi em 0354 917 286 nha
Lam Tuan Kiet

Gửi từ iPhone của tôi
""",
        "label": {"category": "service_request", "language": "vi", "name": "Lam Tuan Kiet",
                  "phone": "+84354917286", "email": "lamtuankiet.94@gmail.com", "address": None},
    },
    {
        "key": "S02-long-lyhon",
        "from": ("Quách Thị Ngọc Diễm", "ngocdiem.quach86@gmail.com"),
        "to": "info",
        "subject": "Nhờ luật sư giúp em với, chuyện gia đình em rối quá",
        "date": (2026, 4, 9, 23, 41, 37),
        "client": "gmail", "fmt": "alt", "cte": "b64", "hdr_enc": "B",
        "body": """Chào anh chị ở Công ty Thịnh Trí,

Em xin lỗi trước vì thư hơi dài, em không biết bắt đầu từ đâu nên cứ kể hết. Em tên là Quách Thị Ngọc Diễm, năm nay 39 tuổi, quê Tiền Giang nhưng lên Sài Gòn làm từ năm 2008. Em với chồng cưới năm 2012, có hai đứa con, đứa lớn 12 tuổi, đứa nhỏ 7 tuổi. Mấy năm đầu cũng êm, hai vợ chồng cùng bán vải ở chợ Tân Bình, dành dụm mua được căn nhà nhỏ ở Bình Tân, giấy tờ đứng tên cả hai.

Từ khoảng 2022 thì anh ấy bắt đầu nhậu nhiều, rồi cờ bạc, có lần lấy sổ tiết kiệm của em đi rút mà không nói. Em nói thì anh ấy chửi, mấy lần đánh em trước mặt con, em có đi khám ở bệnh viện một lần, còn giữ giấy. Mẹ chồng thì bênh con, bảo em không biết giữ chồng. Em chịu đựng vì con nhưng giờ thật sự hết nổi rồi.

Em đã suy nghĩ cả năm nay, giờ em muốn nhờ luật sư bên mình soạn đơn ly hôn đơn phương và đại diện cho em ra tòa, em muốn được nuôi cả hai con và chia căn nhà ở Bình Tân cho công bằng. Anh ấy chắc chắn không chịu ký thuận tình nên em nghĩ phải đơn phương. Em cũng muốn hỏi luôn phí luật sư trọn gói khoảng bao nhiêu, có trả làm hai đợt được không.

Còn một chuyện em hơi lo: trong điện thoại em có nhiều tin nhắn anh ấy chửi bới đe dọa, em định xóa bớt cho đỡ phải nhìn mà không biết có nên giữ lại làm bằng chứng không. Rồi đứa nhỏ cứ hỏi sao ba mẹ không nói chuyện với nhau, em cũng không biết trả lời sao nữa.

Nếu anh chị gọi thì gọi cho em số 0776 248 913, buổi trưa từ 11h tới 13h em rảnh nhất vì lúc đó chợ vắng. Đừng gọi buổi tối vì anh ấy hay cầm điện thoại em. Số của anh ấy là 0909 551 624, anh chị đừng liên lạc số đó nha.

Em cảm ơn anh chị nhiều lắm.
Ngọc Diễm
""",
        "label": {"category": "service_request", "language": "vi", "name": "Quách Thị Ngọc Diễm",
                  "phone": "+84776248913", "email": "ngocdiem.quach86@gmail.com", "address": None,
                  "note": "Long story; the request (unilateral divorce petition + representation) is in the middle. "
                          "Husband's number 0909 551 624 is explicitly not to be used. 'xóa bớt tin nhắn' is about "
                          "her own phone, not a deletion request."},
    },
    {
        "key": "S03-short-llc",
        "from": ("Tom Whitaker", "tomwhitaker.dn@gmail.com"),
        "to": "info",
        "subject": "LLC setup quote",
        "date": (2026, 4, 11, 7, 3, 48),
        "client": "iphone", "fmt": "plain", "cte": "7bit",
        "body": """Hi - do you handle company setup for foreigners? Looking to open a small single-member LLC for a coffee roasting business in Da Nang. Can you send a quote + timeline? Reach me on 0822 630 417.

Tom Whitaker

Sent from my iPhone
""",
        "label": {"category": "service_request", "language": "en", "name": "Tom Whitaker",
                  "phone": "+84822630417", "email": "tomwhitaker.dn@gmail.com", "address": None},
    },
    {
        "key": "S04-mixed-privacypolicy",
        "from": ("Hà Minh Quân", "quan.ha@petlyapp.vn"),
        "to": "info",
        "subject": "Cần draft Privacy Policy + Terms of Use cho app trước khi launch",
        "date": (2026, 4, 14, 10, 26, 19),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Hi anh chị team Thịnh Trí,

Em là Quân, CEO của Petly - app đặt lịch spa và khám thú y cho thú cưng. Bên em dự kiến launch bản public trên App Store và Google Play vào đầu tháng 6.

Hiện app có collect một số personal data của user: họ tên, số điện thoại, địa chỉ giao nhận, và cả location khi user dùng tính năng tìm phòng khám gần nhất. Bên em muốn comply với Luật Bảo vệ dữ liệu cá nhân ngay từ đầu, nên nhờ team:
1. Draft Privacy Policy và Terms of Use (bản tiếng Việt + English);
2. Review consent flow trong app (em gửi mockup sau);
3. Tư vấn xem bên em có phải làm hồ sơ đánh giá tác động xử lý dữ liệu cá nhân không.

Anh chị gửi em proposal với fee và timeline nhé. Có gì gọi em 0938 074 552.

Thanks,
Hà Minh Quân
CEO & Co-founder, Petly
""",
        "label": {"category": "service_request", "language": "mixed", "name": "Hà Minh Quân",
                  "phone": "+84938074552", "email": "quan.ha@petlyapp.vn", "address": None,
                  "note": "Full of personal-data vocabulary, but it is about the client's own app: a request to "
                          "draft a privacy policy, not a data-subject request."},
    },
    {
        "key": "S05-reply-kyhopdong",
        "from": ("Tôn Nữ Bảo Trâm", "baotram.tonnu@gmail.com"),
        "to": ("Thịnh Trí Group", "info"),
        "subject": "Re: Báo phí dịch vụ thành lập công ty TNHH hai thành viên",
        "date": (2026, 4, 21, 8, 12, 30),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B", "in_reply_to": True,
        "body": """Chào anh Bình,

Em đồng ý với mức phí anh báo. Em muốn hẹn ký hợp đồng dịch vụ vào sáng thứ Năm 23/4 tại văn phòng bên mình, khoảng 9h được không anh? Em sẽ mang theo CCCD của em và của người góp vốn còn lại.

Nếu giờ đó không tiện anh nhắn lại số 0797 316 845 giúp em.

Bảo Trâm
""",
        "quote": {
            "attr": "Vào Th 2, 20 thg 4, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi chị Trâm,

Cảm ơn chị đã quan tâm đến dịch vụ của Thịnh Trí. Phí trọn gói thành lập công ty TNHH hai thành viên là 3.500.000 đồng (chưa gồm VAT), thời gian 5-7 ngày làm việc kể từ khi nhận đủ hồ sơ.

Nếu chị đồng ý, vui lòng phản hồi để hẹn lịch ký hợp đồng, hoặc gọi hotline 1800 63 65.

""" + FIRM_QUOTE_SIG.format(staff="Lưu Thanh Bình\nChuyên viên tư vấn doanh nghiệp"),
        },
        "label": {"category": "service_request", "language": "vi", "name": "Tôn Nữ Bảo Trâm",
                  "phone": "+84797316845", "email": "baotram.tonnu@gmail.com", "address": None,
                  "note": "Reply; only the top part is new. Body signs only 'Bảo Trâm' - full name from the From "
                          "display. Quoted firm text has the hotline and the firm's address."},
    },
    {
        "key": "S06-cp1258-ranhgioi",
        "from": ("Mạc Văn Khuê", "macvankhue1955@yahoo.com.vn"),
        "to": "info",
        "subject": "Xin tư vấn việc tranh chấp ranh giới đất với nhà bên cạnh",
        "date": (2026, 4, 16, 6, 52, 11),
        "client": "oe", "fmt": "plain", "cte": "qp", "charset": "windows-1258",
        "hdr_charset": "windows-1258", "hdr_enc": "Q",
        "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi tên là Mạc Văn Khuê, sinh năm 1955. Thư này hơi dài, mong Công ty thông cảm vì tôi già rồi, gõ máy chậm.

Nhà tôi ở đây từ năm 1979, đất do cha mẹ để lại, đã có sổ đỏ từ năm 2003. Năm ngoái người hàng xóm bên phải mua lại đất của ông Sáu, xây tường rào lấn sang đất tôi chừng 40 phân suốt chiều dài 25 mét. Tôi có qua nói chuyện nhưng họ bảo đã thuê người đo đạc rồi, đúng theo sổ của họ.

Tôi có lên ủy ban xã trình bày, xã mời hòa giải một lần vào tháng 2 nhưng không thành, bên kia không chịu. Con cháu tôi đứa ở Bình Dương đứa ở nước ngoài, không ai rảnh lo chuyện này. Bà nhà tôi bị tiểu đường, tôi cũng không muốn bà lo nghĩ.

Nay tôi muốn nhờ Công ty cử một luật sư xuống tận nơi xem đất, xem giấy tờ, rồi tư vấn cho tôi có nên khởi kiện ra tòa không và nếu kiện thì thủ tục ra sao. Chi phí đi lại tôi xin chịu.

Tôi còn giữ bản đồ địa chính cũ và biên bản hòa giải ở xã. Cây mít ở góc vườn do tôi trồng từ năm 1985 giờ nằm sát tường rào mới, không biết sau này ai được hái.

Kính thư,
Mạc Văn Khuê
Địa chỉ: Số 27, ấp 3, xã Phú Hòa Đông, TP.HCM
ĐT: 0912 447 305
""",
        "label": {"category": "service_request", "language": "vi", "name": "Mạc Văn Khuê",
                  "phone": "+84912447305", "email": "macvankhue1955@yahoo.com.vn",
                  "address": "Số 27, ấp 3, xã Phú Hòa Đông, TP.HCM",
                  "note": "windows-1258 body with combining tone marks (Outlook Express); compare after NFC. "
                          "Request to send a lawyer on site is in the middle of a long story."},
    },
    {
        "key": "S07-en-long-termination",
        "from": ("Marco Bianchi", "marco.bianchi.hn@gmail.com"),
        "to": "info",
        "subject": "Advice needed - termination by my employer",
        "date": (2026, 4, 18, 22, 7, 54),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": """Hello,

Apologies in advance, this is going to be a long one because the situation is a bit of a mess and I want to give you the full picture.

I'm an Italian national and I've been working in Hanoi since 2021 as head chef for a restaurant group (I'd rather not name them in writing yet). My work permit is sponsored by them and is valid until November 2026. My contract is a fixed-term contract for 24 months, renewed once in 2024.

Three weeks ago the general manager called me into a meeting and told me my position was being "restructured". On Friday I received a termination letter dated the same day, effective at the end of this month, with one month's salary as "support". No reason was given in writing, no prior warning, nothing. When I asked HR for a copy of my personnel file and the minutes of that meeting they told me it was "internal".

To be honest I also thought about just packing up and going back to Italy, but my partner is Vietnamese and we have just signed a lease on a flat in Tay Ho, so I'd really like to stay and find a new job here.

What I need from you: could one of your lawyers review the termination letter and my contract and tell me whether the termination is lawful, what I'm entitled to, and what happens to my work permit and temporary residence card? If it makes sense I would also like you to represent me in negotiations with the company. I can bring the documents to your office or send scans.

The kitchen is pretty busy so I'm mostly free in the mornings before 10:30. My mobile is 0386 512 970, or just reply here.

Many thanks,
Marco Bianchi
""",
        "label": {"category": "service_request", "language": "en", "name": "Marco Bianchi",
                  "phone": "+84386512970", "email": "marco.bianchi.hn@gmail.com", "address": None,
                  "note": "The 'copy of my personnel file' was asked of his employer, not of the firm; the ask to the "
                          "firm is contract review and representation, buried after a long story."},
    },
    {
        "key": "S08-short-xemay",
        "from": ("Lò Thị Hoa", "lothihoa.sl@gmail.com"),
        "to": "info",
        "subject": "Hỏi phí làm hợp đồng mua bán xe",
        "date": (2026, 4, 22, 12, 31, 2),
        "client": "android", "fmt": "plain", "cte": "b64",
        "body": """Cho em hỏi bên mình có nhận soạn hợp đồng mua bán xe máy cũ rồi đi công chứng giúp luôn không ạ, phí bao nhiêu. SĐT em 0865 302 719.
Lò Thị Hoa
""",
        "label": {"category": "service_request", "language": "vi", "name": "Lò Thị Hoa",
                  "phone": "+84865302719", "email": "lothihoa.sl@gmail.com", "address": None},
    },
    {
        "key": "S09-wife-from-husband-box",
        "from": ("Đỗ Quang Vinh", "doquangvinh.hp@gmail.com"),
        "to": "info",
        "subject": "Nhờ tư vấn thủ tục nhận con nuôi",
        "date": (2026, 4, 25, 20, 18, 44),
        "client": "gmail", "fmt": "alt", "cte": "b64", "hdr_enc": "B",
        "body": """Kính gửi Công ty,

Em là Chế Thị Mỹ Hạnh, vợ của anh Đỗ Quang Vinh. Em mượn email của chồng để gửi vì email của em bị khóa chưa lấy lại được.

Vợ chồng em cưới 9 năm chưa có con, nay muốn làm thủ tục nhận con nuôi là cháu gái 3 tuổi, con của chị gái em (chị em mất năm ngoái, cháu đang ở với bà ngoại ở Hải Phòng). Nhờ Công ty hướng dẫn giúp vợ chồng em cần chuẩn bị giấy tờ gì, nộp ở cơ quan nào, thời gian giải quyết khoảng bao lâu, và nếu bên mình làm thay từ đầu đến cuối thì chi phí thế nào.

Anh chị cứ trả lời vào email này, hoặc gọi cho em số 0352 806 174.

Em cảm ơn ạ.
Chế Thị Mỹ Hạnh
""",
        "label": {"category": "service_request", "language": "vi", "name": "Chế Thị Mỹ Hạnh",
                  "phone": "+84352806174", "email": "doquangvinh.hp@gmail.com", "address": None,
                  "note": "Sent from the husband's mailbox (From 'Đỗ Quang Vinh'); the sender is the wife, who asks "
                          "for replies to this same mailbox."},
    },
    {
        "key": "S10-mixed-inheritance",
        "from": ("Kevin Luu", "kevinluu.sj@yahoo.com"),
        "to": "info",
        "subject": "Inheritance of my parents' house / thừa kế nhà ở Việt Nam",
        "date": (2026, 4, 28, 19, 40, 6), "tz": -7,
        "client": "yahoo", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Chào Luật sư,

My name is Lưu Quốc Khang (Kevin), I'm a US citizen living in San Jose, California. Xin lỗi tiếng Việt của tôi không tốt lắm nên tôi viết mix English.

My father passed away in December 2025, my mother in 2019. They left a house in Bình Thạnh, sổ hồng đứng tên cả hai. There are 3 children: me, my sister in Canada, and my brother who still lives in the house in Sài Gòn. Không có di chúc.

My brother wants to sell the house and split the money, we all agree. But we don't know:
- Việt kiều có quốc tịch Mỹ có được đứng tên nhận thừa kế nhà không, hay chỉ được nhận tiền?
- Do my sister and I need to fly back, or can we sign giấy ủy quyền at the Vietnamese consulate?
- Thuế và phí khoảng bao nhiêu?

We would like to hire your firm to handle the whole process. Please reply by email, the time difference makes phone calls difficult.

Thank you,
Kevin Luu (Lưu Quốc Khang)
1427 Meridian Ave, San Jose, CA 95125, USA
""",
        "label": {"category": "service_request", "language": "mixed", "name": "Lưu Quốc Khang",
                  "phone": None, "email": "kevinluu.sj@yahoo.com",
                  "address": "1427 Meridian Ave, San Jose, CA 95125, USA",
                  "note": "Name given as Vietnamese full name with English alias; the house in Bình Thạnh is the "
                          "parents' estate, not the sender's address."},
    },
    {
        "key": "S11-nodiac-tainan",
        "from": ("Tri Ngo", "ngominhtri.cantho@gmail.com"),
        "to": "info",
        "subject": "tai nan xe may, ben kia khong chiu boi thuong",
        "date": (2026, 5, 2, 21, 55, 13),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": """Chao luat su,
Toi ten Ngo Minh Tri, o Can Tho. Ngay 28/3 toi chay xe may bi mot xe tai nho tong tu phia sau, gay chan phai, nam vien 2 tuan, ton gan 60 trieu. CSGT da lap bien ban, loi ben xe tai. Chu xe luc dau hua boi thuong nhung gio khong nghe may.
Toi muon nho luat su tu van cach doi boi thuong, neu can thi khoi kien giup toi. Phi luat su tinh sao?
So cua toi: 0939.218.604
Ngo Minh Tri
""",
        "label": {"category": "service_request", "language": "vi", "name": "Ngo Minh Tri",
                  "phone": "+84939218604", "email": "ngominhtri.cantho@gmail.com", "address": None},
    },
    {
        "key": "S12-en-html-workpermit",
        "from": ("Helen Tanaka", "h.tanaka@sakuraprecision.com.vn"),
        "to": "info",
        "subject": "Work permit renewals for 3 engineers - request for proposal",
        "date": (2026, 5, 5, 9, 2, 37),
        "client": "outlook", "fmt": "html", "cte": "qp",
        "body": """Dear Thinh Tri Legal,

We are a Japanese-invested precision parts manufacturer in Bac Ninh. Three of our engineers (two Japanese, one Korean) have work permits expiring between July and September 2026.

We would like your firm to handle the renewals for all three, including their temporary residence cards. Could you send us a proposal with your fees, the list of documents we need to prepare, and the expected processing time?

For any questions please contact me directly at +84 222 3715 648.

Best regards,
Helen Tanaka
HR & Admin Manager
Sakura Precision Vietnam Co., Ltd.
""",
        "label": {"category": "service_request", "language": "en", "name": "Helen Tanaka",
                  "phone": "+842223715648", "email": "h.tanaka@sakuraprecision.com.vn", "address": None,
                  "note": "HTML-only Outlook mail; landline with area code 0222 written in +84 form."},
    },
    # ------------------------------------------------------------------ complaint
    {
        "key": "C01-short-hotline",
        "from": ("Hung Trieu", "trieuvanhung77@gmail.com"),
        "to": "support",
        "subject": "goi hotline khong ai nghe",
        "date": (2026, 4, 8, 16, 47, 29),
        "client": "android", "fmt": "plain", "cte": "7bit",
        "body": """3 ngay nay toi goi hotline 5 lan khong ai nghe, de lai loi nhan hen goi lai cung khong thay. Ho so cua toi nop tu thang 3 toi gio khong ai bao gi. Lam viec kieu gi vay???
Trieu Van Hung 0971 360 825
""",
        "label": {"category": "complaint", "language": "vi", "name": "Trieu Van Hung",
                  "phone": "+84971360825", "email": "trieuvanhung77@gmail.com", "address": None},
    },
    {
        "key": "C02-long-vangmat-diachi",
        "from": ("Giáp Thị Thu Hằng", "thuhang.giap@outlook.com"),
        "to": "support",
        "subject": "Phản ánh về việc luật sư vắng mặt tại buổi hòa giải ngày 14/4",
        "date": (2026, 4, 19, 22, 30, 8),
        "client": "outlookcom", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Giáp Thị Thu Hằng, khách hàng ký hợp đồng dịch vụ pháp lý về vụ tranh chấp tiền đặt cọc mua căn hộ với chủ đầu tư. Tôi viết thư này sau khi đã suy nghĩ khá lâu, vì từ trước đến nay tôi vẫn đánh giá cao sự tận tình của các anh chị.

Xin kể lại sự việc: sáng 14/4 là buổi hòa giải tại Tòa án nhân dân khu vực. Luật sư phụ trách là anh Tùng hẹn tôi 8h có mặt ở cổng tòa. Tôi đến từ 7h45, chờ tới 9h vẫn không thấy anh, gọi điện không được, nhắn Zalo không trả lời. Tôi phải vào một mình, không biết trả lời thế nào khi phía chủ đầu tư đưa ra tài liệu mới. Hòa giải không thành và biên bản ghi nhận là tôi không có ý kiến về tài liệu đó.

Chiều hôm đó anh Tùng mới gọi lại, nói là bị nhầm lịch. Tôi không muốn làm lớn chuyện với cá nhân anh Tùng, nhưng tôi thấy đây là sai sót nghiêm trọng của Công ty, ảnh hưởng trực tiếp đến quyền lợi của tôi.

À, tiện đây nhờ Công ty cập nhật giúp địa chỉ nhận thư của tôi vì tôi đã chuyển nhà từ tháng 3: Số 9 đường số 12, Phường An Khánh, TP.HCM. Mấy lần giấy tờ của tòa gửi qua Công ty rồi Công ty chuyển về địa chỉ cũ, tôi nhận trễ cả tuần.

Tôi đề nghị Công ty: (1) có văn bản giải thích chính thức về việc luật sư vắng mặt; (2) cho biết phương án khắc phục, nộp ý kiến bổ sung cho tòa trước phiên xét xử; (3) xem xét giảm phí dịch vụ tương xứng với sai sót.

Mẹ tôi nằm viện đợt này nên tôi mới chậm viết thư, mong Công ty phản hồi trong tuần.

Trân trọng,
Giáp Thị Thu Hằng
ĐT: 0914 063 287
""",
        "label": {"category": "complaint", "language": "vi", "name": "Giáp Thị Thu Hằng",
                  "phone": "+84914063287", "email": "thuhang.giap@outlook.com",
                  "address": "Số 9 đường số 12, Phường An Khánh, TP.HCM",
                  "note": "Complaint about the lawyer missing a hearing that also asks, in passing, to update her "
                          "mailing address; dominant intent complaint."},
    },
    {
        "key": "C03-en-ignored-deletion",
        "from": ("Olivia Grant", "olivia.grant.sgn@gmail.com"),
        "to": "info",
        "subject": "Formal complaint - my deletion request was ignored",
        "date": (2026, 4, 29, 7, 21, 40),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": """To whom it may concern,

On 2 April I wrote to support@thinhtrigroup.com asking you to delete my phone number and email address from your marketing lists. I received an automatic acknowledgement and nothing else.

Since then I have received four SMS messages and two emails advertising your "Expat Legal Package", the most recent one this morning at 6:50 am. I regard this as a clear disregard of my request and of Vietnam's personal data protection rules.

I am therefore lodging a formal complaint. I expect a written explanation of why my request was not actioned and who has been processing my data, and confirmation of what you will do to make sure this stops. If I do not hear back within 7 days I will take the matter to the relevant authority.

Olivia Grant
+84 708 425 936
""",
        "label": {"category": "complaint", "language": "en", "name": "Olivia Grant",
                  "phone": "+84708425936", "email": "olivia.grant.sgn@gmail.com", "address": None,
                  "note": "Mentions an earlier deletion request, but this mail is explicitly a formal complaint "
                          "that the request was ignored."},
    },
    {
        "key": "C04-fw-collector",
        "from": ("Kiều Văn Thạch", "kieuvanthach@outlook.com"),
        "to": "support",
        "subject": "FW: Thông báo nhắc nợ khoản vay",
        "date": (2026, 5, 12, 11, 3, 52),
        "client": "outlookcom", "fmt": "alt", "cte": "qp", "hdr_enc": "B",
        "body": """Gửi Công ty Thịnh Trí,

Bên dưới là thư của một công ty thu hộ nợ gửi cho tôi sáng nay. Khoản vay tiêu dùng này tôi đang nhờ luật sư bên Công ty tư vấn để thương lượng lại, và chuyện tôi đang tranh chấp tiền lãi phạt tôi CHỈ nói với luật sư của Công ty trong buổi tư vấn ngày 9/5. Ngân hàng cũng không biết tôi đi hỏi luật sư.

Vậy tại sao bên thu nợ lại viết "được biết anh đang nhờ luật sư"? Tôi yêu cầu Công ty kiểm tra và trả lời rõ ai đã đưa thông tin của tôi ra ngoài. Nếu không có lời giải thích thỏa đáng tôi sẽ chấm dứt hợp đồng và báo cơ quan chức năng.

Kiều Văn Thạch
0387 529 041

________________________________
From: Phòng Thu Hồi Nợ - Tín Phát Collection <thuhoi@tinphat-collection.vn>
Sent: Tuesday, May 12, 2026 9:14 AM
To: kieuvanthach@outlook.com <kieuvanthach@outlook.com>
Subject: Thông báo nhắc nợ khoản vay

Kính gửi anh Kiều Văn Thạch,

Khoản vay của anh hiện còn dư nợ 47.300.000 đồng. Được biết anh đang nhờ luật sư để kéo dài thời gian thanh toán. Đề nghị anh liên hệ ngay nhân viên phụ trách hồ sơ là anh Phạm Hữu Lộc, số 0966 280 315, để thống nhất lịch trả nợ trước ngày 20/5/2026 nhằm tránh các biện pháp xử lý tiếp theo.

Phòng Thu Hồi Nợ
Tín Phát Collection
""",
        "label": {"category": "complaint", "language": "vi", "name": "Kiều Văn Thạch",
                  "phone": "+84387529041", "email": "kieuvanthach@outlook.com", "address": None,
                  "note": "Forwarded debt-collector email included as evidence; its phone 0966 280 315 and "
                          "address are not the sender's."},
    },
    {
        "key": "C05-mixed-invoice",
        "from": ("Vy Ngo", "vy.ngo.design@gmail.com"),
        "to": "support",
        "subject": "Invoice sai số tiền - phí cao hơn quote",
        "date": (2026, 5, 14, 14, 9, 33),
        "client": "gmail", "fmt": "alt", "cte": "qp", "hdr_enc": "B",
        "body": """Hi team,

Em là Ngô Tường Vy, bên mình đang làm trademark registration cho logo studio của em. Quote ban đầu anh Minh gửi là 4.500.000đ all-in, nhưng invoice hôm qua lại ghi 7.200.000đ, thêm mấy khoản "phí phát sinh" mà không ai báo trước với em.

Em thấy cách làm này không ổn chút nào, honestly khá thất vọng. Em cần bên mình giải thích từng khoản phát sinh và xuất lại invoice đúng như quote.

Thanks,
Ngô Tường Vy
0903 817 624
""",
        "label": {"category": "complaint", "language": "mixed", "name": "Ngô Tường Vy",
                  "phone": "+84903817624", "email": "vy.ngo.design@gmail.com", "address": None,
                  "note": "Asks to re-issue the invoice, but the mail as a whole is a complaint about unannounced charges."},
    },
    {
        "key": "C06-reply-hoso-sai",
        "from": ("Lã Đình Phong", "ladinhphong.kt@gmail.com"),
        "to": ("Thịnh Trí Group", "info"),
        "subject": "Re: Thông báo hoàn tất hồ sơ thay đổi đăng ký kinh doanh",
        "date": (2026, 5, 8, 17, 26, 4),
        "client": "gmail", "fmt": "alt", "cte": "b64", "hdr_enc": "B", "in_reply_to": True,
        "body": """Chào chị Quỳnh Anh,

Hồ sơ bên chị báo "hoàn tất" nhưng giấy chứng nhận đăng ký doanh nghiệp mới vẫn thiếu ngành vận tải hành khách (mã 4932) mà bên tôi đã dặn đi dặn lại. Hôm qua tôi qua văn phòng hỏi thì bạn lễ tân trả lời rất cộc, bảo "anh tự khai thiếu chứ không phải bên em".

Tôi đã thanh toán đủ phí, giờ phải nộp lại hồ sơ, mất thêm ít nhất một tuần, xe của công ty không chạy hợp đồng được. Tôi rất bực. Đề nghị Công ty xem lại trách nhiệm, bổ sung ngành nghề miễn phí và có lời xin lỗi.

Lã Đình Phong
Giám đốc Công ty TNHH Vận tải Đình Phong
DĐ: 0968 145 307
""",
        "quote": {
            "attr": "Vào Th 5, 7 thg 5, 2026 vào lúc 10:42 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            "text": """Kính gửi anh Phong,

Thịnh Trí xin thông báo hồ sơ thay đổi đăng ký kinh doanh của Công ty TNHH Vận tải Đình Phong đã hoàn tất. Anh vui lòng đến văn phòng nhận kết quả hoặc chúng tôi gửi chuyển phát theo địa chỉ công ty.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

""" + FIRM_QUOTE_SIG.format(staff="Đặng Quỳnh Anh"),
        },
        "label": {"category": "complaint", "language": "vi", "name": "Lã Đình Phong",
                  "phone": "+84968145307", "email": "ladinhphong.kt@gmail.com", "address": None,
                  "note": "Reply; quoted firm text has the hotline and firm address. Asking to fix the business "
                          "registration is part of the complaint, not a personal-data correction."},
    },
    {
        "key": "C07-en-short-passport",
        "from": ("Liam Fitzgerald", "liamfitz.vn@icloud.com"),
        "to": "support",
        "subject": "My original passport???",
        "date": (2026, 5, 19, 15, 58, 21),
        "client": "iphone", "fmt": "alt", "cte": "7bit",
        "body": """Your courier delivered my original passport to the wrong building and nobody at your office is picking up. This is unacceptable. I fly on Friday. Call me immediately on 0833 692 140.

Liam Fitzgerald

Sent from my iPhone
""",
        "label": {"category": "complaint", "language": "en", "name": "Liam Fitzgerald",
                  "phone": "+84833692140", "email": "liamfitz.vn@icloud.com", "address": None},
    },
    {
        "key": "C08-html-facebook",
        "from": ("Châu Ngọc Hân", "chaungochan.91@gmail.com"),
        "to": "support",
        "subject": "Nhân viên công ty đăng chuyện của tôi lên Facebook",
        "date": (2026, 5, 23, 21, 12, 47),
        "client": "gmail", "fmt": "html", "cte": "b64", "hdr_enc": "B",
        "body": """Kính gửi Công ty Thịnh Trí,

Tháng trước tôi có đến tư vấn về việc giành quyền nuôi con sau ly hôn. Hôm nay bạn tôi gửi cho tôi ảnh chụp một bài đăng trên Facebook cá nhân của một nhân viên Công ty (chị tên Mai, ngồi quầy tiếp nhận), kể chuyện "một khách hàng bị chồng ngoại tình với em gái ruột, đang giành con 4 tuổi", kèm những chi tiết mà ai quen tôi đọc cũng biết là tôi.

Tôi rất bức xúc và xấu hổ. Tôi yêu cầu Công ty buộc nhân viên đó gỡ bài ngay, có văn bản xin lỗi, và cho tôi biết Công ty xử lý việc này như thế nào.

Châu Ngọc Hân
SĐT: 0825 713 096
""",
        "label": {"category": "complaint", "language": "vi", "name": "Châu Ngọc Hân",
                  "phone": "+84825713096", "email": "chaungochan.91@gmail.com", "address": None,
                  "note": "'gỡ bài' = take down a social-media post; this is a complaint about disclosure, not a "
                          "request to delete the firm's records."},
    },
    {
        "key": "C09-mienphi-thuphi",
        "from": ("Văn Thị Kim Oanh", "kimoanh_van@yahoo.com.vn"),
        "to": "info",
        "subject": "Phản ánh việc thu phí buổi tư vấn \"miễn phí\"",
        "date": (2026, 6, 5, 9, 44, 16),
        "client": "yahoo", "fmt": "alt", "cte": "qp", "hdr_enc": "Q",
        "body": """Kính gửi Công ty,

Tôi thấy quảng cáo trên fanpage của Công ty "Tư vấn miễn phí 30 phút lần đầu", nên ngày 4/6 tôi đặt lịch và đến văn phòng. Buổi tư vấn chừng 25 phút, nhưng lúc ra về nhân viên thu của tôi 500.000 đồng, nói là "phí mở hồ sơ". Tôi hỏi lại thì được trả lời đó là quy định mới.

Tôi thấy như vậy là không đúng với những gì Công ty quảng cáo. Mong Công ty xem lại và hoàn trả khoản tiền này cho tôi.

Văn Thị Kim Oanh
0357 490 628
""",
        "label": {"category": "complaint", "language": "vi", "name": "Văn Thị Kim Oanh",
                  "phone": "+84357490628", "email": "kimoanh_van@yahoo.com.vn", "address": None},
    },
]
