# -*- coding: utf-8 -*-
"""Message data, part 1: service requests, complaints, automated mail."""

IPHONE_VI = "\n\nGửi từ iPhone của tôi\n"
IPHONE_EN = "\n\nSent from my iPhone\n"

MSGS = [
    # ------------------------------------------------------------ service
    {   # S1 teen-code, no diacritics, iPhone
        "from": ("Bich Tuyen", "BichTuyen.Le98@gmail.com"),
        "to": "info",
        "subject": "hoi ve ly hon don phuong",
        "date": (2026, 1, 8, 21, 14, 3),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": (
            "ad oi cho e hoi chut a\n"
            "e ten Le Thi Bich Tuyen, 27t, o Thu Dau Mot. ck e di xkld ben Dai Loan 3 nam nay "
            "ko lien lac gi, e muon ly hon don phuong thi lam ntn, co can chu ky cua ck e ko a? "
            "mat bao lau v a?\n"
            "ban ngay e di lam ca nen ko nghe dt dc, luat su goi e sau 6h toi nha, sdt e 0362 418 957\n"
            "e cam on nhiu a" + IPHONE_VI),
        "label": {"category": "service_request", "language": "vi",
                  "name": "Le Thi Bich Tuyen", "phone": "+84362418957",
                  "email": "bichtuyen.le98@gmail.com", "address": None,
                  "note": "Teen-code without diacritics ('ck' = husband, 'xkld' = labour export); "
                          "full name only in the body, From display is 'Bich Tuyen'."},
    },
    {   # S2 elderly man, long formal letter, windows-1258
        "from": ("Hồ Sĩ Khiêm", "hosikhiem1951@yahoo.com.vn"),
        "to": "info",
        "subject": "Xin tư vấn về việc phân chia di sản thừa kế",
        "date": (2026, 1, 12, 7, 52, 40),
        "client": "oe", "mid_domain": "KHIEM-PC", "fmt": "plain", "cte": "qp",
        "charset": "windows-1258", "hcharset": "windows-1258", "henc": "Q",
        "body": (
            "Kính gửi Ban Giám đốc Công ty Hệ Thống Luật Thịnh Trí,\n\n"
            "Tôi tên là Hồ Sĩ Khiêm, sinh năm 1951, cán bộ hưu trí, hiện ngụ tại số 17 đường Phan Bội Châu, "
            "phường Hải Châu, thành phố Đà Nẵng. Tôi được một người cháu giới thiệu về Quý Công ty, "
            "xin phép trình bày sự việc như sau.\n\n"
            "Cha mẹ tôi lần lượt qua đời vào các năm 2009 và 2013, không để lại di chúc. Tài sản là một "
            "thửa đất chừng 600 mét vuông ở quê, trên đất có ngôi nhà thờ họ. Anh chị em chúng tôi có năm "
            "người: một em gái đã định cư ở Úc từ năm 1990, một em trai đã mất, để lại vợ và hai con.\n\n"
            "Nay các cháu muốn bán bớt một phần đất để chia nhau, còn tôi là con trưởng thì muốn giữ phần "
            "đất có nhà thờ làm nơi thờ tự. Gia đình chưa thống nhất được, tôi rất lo anh em mất hòa khí.\n\n"
            "Tôi kính mong Quý Công ty chỉ dẫn cho:\n"
            "1. Theo pháp luật hiện hành, di sản này được chia ra sao, phần của em trai tôi đã mất thì ai "
            "được hưởng;\n"
            "2. Em gái tôi ở nước ngoài có được đứng tên đất hay không, nếu ủy quyền thì làm thế nào;\n"
            "3. Có cách nào để giữ phần đất nhà thờ làm tài sản chung của dòng họ hay không.\n\n"
            "Nếu Quý Công ty nhận giúp, xin báo cho tôi chi phí và cho một buổi hẹn gặp trực tiếp, vì tôi "
            "không rành máy tính, thư này tôi tự gõ chậm từng chữ. Xin liên lạc với tôi qua số điện thoại "
            "nhà (0236) 3821 574, buổi sáng tôi thường có nhà.\n\n"
            "Kính thư,\n"
            "Hồ Sĩ Khiêm\n"),
        "label": {"category": "service_request", "language": "vi",
                  "name": "Hồ Sĩ Khiêm", "phone": "+842363821574",
                  "email": "hosikhiem1951@yahoo.com.vn",
                  "address": "số 17 đường Phan Bội Châu, phường Hải Châu, thành phố Đà Nẵng",
                  "note": "Long formal letter; windows-1258 body and headers with combining tone marks, "
                          "compare after NFC. Phone is a home landline."},
    },
    {   # S3 expat, short, iPhone
        "from": ("Tom Whitaker", "t.whitaker77@icloud.com"),
        "to": "info",
        "subject": "Lease review?",
        "date": (2026, 1, 15, 18, 3, 27),
        "client": "iphone", "fmt": "plain", "cte": "7bit",
        "body": (
            "Hi,\n"
            "Moving to Thao Dien next month and the landlord sent me a 2 yr lease in Vietnamese only. "
            "Can someone go through it before I sign + tell me if a 3 month deposit is normal?? "
            "Ideally by Fri. How much would that cost?\n"
            "Text or call 0795 603 182\n"
            "Tom" + IPHONE_EN),
        "label": {"category": "service_request", "language": "en",
                  "name": "Tom Whitaker", "phone": "+84795603182",
                  "email": "t.whitaker77@icloud.com", "address": None},
    },
    {   # S4 mixed, trademark for a cafe
        "from": ("Khuê Trần", "khue.tran.brew@gmail.com"),
        "to": "info",
        "subject": "Đăng ký trademark cho quán cafe - cần consult",
        "date": (2026, 1, 20, 10, 41, 9),
        "client": "gmail", "fmt": "alt", "cte": "qp",
        "body": (
            "Hi team Thịnh Trí,\n\n"
            "Mình là Trần Minh Khuê, owner quán cà phê nhỏ \"Mây Rang\" ở Đà Lạt. Quán đang plan mở thêm "
            "branch ở Sài Gòn nên mình muốn register trademark cho tên + logo trước khi bị ai copy.\n\n"
            "Mình cần:\n"
            "- Check xem tên \"Mây Rang\" có bị trùng không\n"
            "- Quote phí cho 2 nhóm (đồ uống và dịch vụ quán cafe)\n"
            "- Timeline bao lâu thì có văn bằng\n\n"
            "Book giúp mình 1 call 20-30 phút trong tuần này được không ạ? Số mình 0817 392 640, "
            "Zalo cũng được.\n\n"
            "Thanks nhiều!\n"
            "Khuê\n"),
        "label": {"category": "service_request", "language": "mixed",
                  "name": "Trần Minh Khuê", "phone": "+84817392640",
                  "email": "khue.tran.brew@gmail.com", "address": None},
    },
    {   # S5 grab driver, no diacritics, Samsung phone
        "from": ("Dang Van Huy", "huydang.0708@gmail.com"),
        "to": "support",
        "subject": "nho luat su tu van gap vu va cham xe",
        "date": (2026, 1, 23, 6, 48, 55),
        "client": "android", "fmt": "alt", "cte": "qp",
        "body": (
            "chao luat su\n"
            "toi la Dang Van Huy, chay xe om cong nghe. toi qua toi va cham voi 1 xe may o nga tu, ben kia "
            "bi tray chan nhe, xe ho be den. ho doi toi 20tr neu ko se bao cong an giu xe toi. toi ko chac "
            "loi ai vi ho vuot den vang.\n"
            "toi co nen tra tien ko, neu tra thi phai viet giay to gi de sau nay ho ko doi them. nho luat su "
            "goi som giup toi so 0931.527.804, toi dang chay xe co the ko nghe may lien, goi lai vai lan giup "
            "toi\n"
            "cam on\n\n"
            "Được gửi từ điện thoại Samsung Galaxy của tôi\n"),
        "label": {"category": "service_request", "language": "vi",
                  "name": "Dang Van Huy", "phone": "+84931527804",
                  "email": "huydang.0708@gmail.com", "address": None},
    },
    {   # S6 reply to the firm with quoted history + attachment
        "from": ("Quách Thị Diễm", "diemquach.shop@gmail.com"),
        "to": "support", "to_named": True,
        "subject": "Re: Tư vấn đăng ký hộ kinh doanh bán hàng online",
        "date": (2026, 3, 11, 22, 5, 31),
        "client": "gmail", "fmt": "alt", "cte": "qp", "reply": True,
        "attach": [("cccd_2_mat.jpg", "image/jpeg")],
        "body": (
            "Dạ em chào chị Ngân,\n\n"
            "Em đọc kỹ rồi ạ, em chốt làm gói trọn gói như chị báo nha. Em gửi kèm ảnh CCCD 2 mặt, "
            "giấy tờ nhà thì mai em chụp gửi sau.\n\n"
            "Địa điểm kinh doanh là nhà em đang ở luôn: 62/4 Lê Văn Thọ, Phường An Hội Tây, TP.HCM. Chị "
            "soạn hồ sơ xong thì nhắn Zalo em số 0769 215 843 để em qua ký nha chị.\n\n"
            "Em cảm ơn chị!\n"
            "Diễm\n"),
        "quote": {
            "attr": "Vào Th 3, 10 thg 3, 2026 vào lúc 14:05 Thịnh Trí Group <support@thinhtrigroup.com> đã viết:",
            "text": (
                "Chào chị Diễm,\n\n"
                "Với mô hình bán hàng online có kho tại nhà, chị đăng ký hộ kinh doanh tại UBND phường nơi đặt "
                "địa điểm kinh doanh. Hồ sơ gồm giấy đề nghị đăng ký hộ kinh doanh, bản sao CCCD và giấy tờ "
                "chứng minh quyền sử dụng địa điểm.\n\n"
                "Phí dịch vụ trọn gói (soạn, nộp hồ sơ và nhận kết quả): 1.500.000 đồng, thời gian 5-7 ngày "
                "làm việc.\n\n"
                "Cần hỗ trợ thêm chị gọi hotline 1800 63 65 hoặc số máy lẻ của em (028) 3930 6365 - 112.\n\n"
                "Trân trọng,\n"
                "Mai Thị Ngân\n"
                "Chuyên viên tư vấn - Công ty Hệ Thống Luật TNHH Thịnh Trí\n"
                "57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM\n")},
        "label": {"category": "service_request", "language": "vi",
                  "name": "Quách Thị Diễm", "phone": "+84769215843",
                  "email": "diemquach.shop@gmail.com",
                  "address": "62/4 Lê Văn Thọ, Phường An Hội Tây, TP.HCM",
                  "note": "Reply; only the top part is new. Quoted firm text has the hotline, a staff extension "
                          "and the firm address. The business location is her own home, so it is her address; "
                          "full name only in the From display."},
    },
    {   # S7 elderly Briton, long formal letter
        "from": ("Geoffrey Ashdown", "g.ashdown@btinternet.com"),
        "to": "info",
        "subject": "Enquiry regarding a will covering assets in Viet Nam",
        "date": (2026, 1, 27, 9, 16, 2),
        "client": "outlook", "fmt": "alt", "cte": "qp",
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am a retired British engineer, aged 71, and have lived in Viet Nam for the past nine years with "
            "my partner, Mrs. Lương Thị Hoà. I write to seek your professional assistance in preparing a will.\n\n"
            "My circumstances are, I am afraid, somewhat involved. I own no land here, but I hold a savings "
            "account with a Vietnamese bank, a car registered in my name, and the apartment in which we live, "
            "which I purchased in 2021. I also have a pension and property in England, already covered by an "
            "English will made in 2019. My two adult children from my first marriage live in the United Kingdom.\n\n"
            "I should be grateful for your advice on the following points:\n\n"
            "1. Whether a separate Vietnamese will is advisable for my assets here, and whether it can be drafted "
            "so as not to revoke my English will;\n"
            "2. Whether a will made by a foreigner must be notarised, and in which language;\n"
            "3. What provision, if any, the law makes for a partner to whom one is not formally married;\n"
            "4. Your fees for advice and drafting, and whether an English translation is included.\n\n"
            "I would much prefer to discuss the matter in person. I am generally available on weekday mornings "
            "and may be reached on 0903 417 258, or by post at the address below.\n\n"
            "Yours faithfully,\n\n"
            "Geoffrey Ashdown\n"
            "Apartment 9B, Saigon Pearl, 92 Nguyễn Hữu Cảnh, Phường Thạnh Mỹ Tây, TP.HCM\n"),
        "label": {"category": "service_request", "language": "en",
                  "name": "Geoffrey Ashdown", "phone": "+84903417258",
                  "email": "g.ashdown@btinternet.com",
                  "address": "Apartment 9B, Saigon Pearl, 92 Nguyễn Hữu Cảnh, Phường Thạnh Mỹ Tây, TP.HCM",
                  "note": "Long formal letter; the partner's name (Lương Thị Hoà) also appears, the sender is "
                          "Geoffrey Ashdown."},
    },
    {   # S8 'xóa thế chấp' trap
        "from": ("Vi Thanh Tùng", "vithanhtung.hp@gmail.com"),
        "to": "info",
        "subject": "Hỏi thủ tục xóa thế chấp sổ đỏ",
        "date": (2026, 2, 2, 12, 27, 44),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": (
            "Chào công ty,\n"
            "Em vừa tất toán khoản vay ngân hàng, giờ muốn làm thủ tục xóa thế chấp trên sổ đỏ mảnh đất ở "
            "Hải Phòng. Ngân hàng bảo tự ra văn phòng đăng ký đất đai mà làm, nhưng em đi làm trong Nam không "
            "về được.\n"
            "Bên mình có nhận làm thay không ạ, phí bao nhiêu, em có cần ký ủy quyền gì không?\n"
            "Em là Vi Thanh Tùng, sđt 0354 770 218.\n"
            "Cảm ơn ạ." + IPHONE_VI),
        "label": {"category": "service_request", "language": "vi",
                  "name": "Vi Thanh Tùng", "phone": "+84354770218",
                  "email": "vithanhtung.hp@gmail.com", "address": None,
                  "note": "'xóa thế chấp' is releasing a mortgage, not deleting personal data."},
    },
    {   # S9 wife writes from husband's mailbox
        "from": ("Tran Quoc Bao", "tranquocbao.kt85@gmail.com"),
        "to": "info",
        "subject": "tu van thu tuc nhan con nuoi",
        "date": (2026, 2, 4, 20, 36, 18),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": (
            "Chao cong ty,\n"
            "Em la Pham Thi Thu Thao, vo anh Bao (em muon tam mail chong em vi mail em bi khoa roi). Vo chong "
            "em cuoi 8 nam chua co con, gio muon nhan nuoi 1 be o mai am tinh thuong tai Vinh Long thi can "
            "giay to gi, nop o UBND xa hay o dau, co can chung minh thu nhap ko a?\n"
            "Anh chi tu van giup em, goi so cua em 0388 914 276 nha, anh Bao di cong tac nen dung goi anh.\n"
            "Em cam on.\n"),
        "label": {"category": "service_request", "language": "vi",
                  "name": "Pham Thi Thu Thao", "phone": "+84388914276",
                  "email": "tranquocbao.kt85@gmail.com", "address": None,
                  "note": "Sent from the husband's mailbox (From 'Tran Quoc Bao'); the sender is the wife. She "
                          "gives no other email, so the From address is the reply address."},
    },
    {   # S10 overseas Vietnamese, HTML-only
        "from": ("Vivian Nguyen", "vivian.nguyen.oc@outlook.com"),
        "to": "info",
        "subject": "Hỏi về mua nhà cho Việt kiều / buying an apartment as overseas Vietnamese",
        "date": (2026, 2, 6, 9, 2, 11), "tz": -8,
        "client": "owa", "fmt": "html", "cte": "qp",
        "body": (
            "Chào anh chị,\n\n"
            "Em là Nguyễn Hoàng Vy (Vivian), Việt kiều Mỹ, đang có quốc tịch Mỹ và còn giữ passport VN nhưng "
            "đã hết hạn. Em muốn mua một căn chung cư ở Đà Nẵng cho ba mẹ em ở.\n\n"
            "Em không rõ em có đủ điều kiện đứng tên không, hay phải để ba mẹ đứng tên. Also, em có cần làm "
            "giấy xác nhận có quốc tịch Việt Nam hoặc renew passport VN trước không?\n\n"
            "Em đang ở California nên timezone hơi lệch, anh chị email em là tiện nhất. If you need to call, "
            "my US number is +1 714 555 0193 (WhatsApp).\n\n"
            "Thanks anh chị nhiều,\n"
            "Vivian\n"),
        "label": {"category": "service_request", "language": "mixed",
                  "name": "Nguyễn Hoàng Vy", "phone": "+17145550193",
                  "email": "vivian.nguyen.oc@outlook.com", "address": None,
                  "note": "HTML-only. Vietnamese name given in the body ('Vivian' is the nickname/From display); "
                          "phone is a US number."},
    },
    {   # S11 privacy keywords but a compliance service request
        "from": ("Daniel Osei", "daniel.osei@kitchenbox.vn"),
        "to": "info",
        "subject": "Quote request: personal data protection compliance",
        "date": (2026, 2, 10, 15, 20, 47),
        "client": "outlook", "fmt": "alt", "cte": "b64",
        "body": (
            "Hi Thinh Tri team,\n\n"
            "I run operations at KitchenBox, a meal-kit delivery start-up in HCMC (about 40 staff and 12,000 "
            "customer accounts). Our investors want us to be compliant with the new Personal Data Protection "
            "Law before the next funding round.\n\n"
            "We would like a quote for:\n"
            "- a gap assessment of how we collect and store customer data;\n"
            "- drafting a privacy notice and consent flow for our app;\n"
            "- an internal procedure for handling customers' access and deletion requests;\n"
            "- the impact assessment dossier, if one is required for us.\n\n"
            "Just to be clear, this is not about any data you hold on us - we are looking to hire you. Happy to "
            "jump on a call; my mobile is 0708 246 913.\n\n"
            "Best,\n"
            "Daniel Osei\n"
            "Head of Operations, KitchenBox\n"),
        "label": {"category": "service_request", "language": "en",
                  "name": "Daniel Osei", "phone": "+84708246913",
                  "email": "daniel.osei@kitchenbox.vn", "address": None,
                  "note": "Mentions personal data, access and deletion requests, but asks to hire the firm for "
                          "compliance work."},
    },
    {   # S12 forward of landlord email; complaint about a third party
        "from": ("Lý Thị Hồng Nhung", "hongnhung.ly@outlook.com"),
        "to": "info",
        "subject": "FW: Thông báo không hoàn cọc",
        "date": (2026, 3, 3, 8, 12, 6),
        "client": "owa", "fmt": "alt", "cte": "qp",
        "body": (
            "Chào Công ty,\n\n"
            "Em thuê phòng trọ ở Thủ Đức được 2 năm, hợp đồng hết hạn 28/02, em đã báo trước 30 ngày đúng như "
            "hợp đồng. Nhưng chủ nhà gửi mail bên dưới nói không trả lại 2 tháng tiền cọc (7 triệu) vì tường "
            "bị ố, phải sơn lại.\n\n"
            "Em muốn nhờ luật sư tư vấn xem chủ nhà làm vậy có đúng không, và em nên làm gì để đòi lại cọc "
            "(gửi văn bản, hòa giải ở phường hay kiện?). Nếu bên mình có dịch vụ soạn thư yêu cầu thì báo giá "
            "giúp em nha.\n\n"
            "Lý Thị Hồng Nhung\n"
            "ĐT: 0582 306 719\n\n"
            "________________________________\n"
            "From: Nhà trọ Phúc An <nhatrophucan.td@gmail.com>\n"
            "Sent: Monday, March 2, 2026 9:14 PM\n"
            "To: hongnhung.ly@outlook.com <hongnhung.ly@outlook.com>\n"
            "Subject: Thông báo không hoàn cọc\n\n"
            "Chào Nhung,\n\n"
            "Phòng 305 khi bàn giao có tường bị ố và cửa tủ bị hỏng, chi phí sửa chữa trừ vào tiền cọc nên "
            "bên chị không hoàn lại. Có gì thắc mắc em gọi chị Phúc 0976 880 431.\n\n"
            "Nhà trọ Phúc An\n"),
        "label": {"category": "service_request", "language": "vi",
                  "name": "Lý Thị Hồng Nhung", "phone": "+84582306719",
                  "email": "hongnhung.ly@outlook.com", "address": None,
                  "note": "Forward; the grievance is against her landlord, not the firm, and she asks for advice "
                          "and a quote, so service_request. The landlord's phone 0976 880 431 is not hers."},
    },

    # ------------------------------------------------------------ complaints
    {   # C1 angry, no diacritics, iPhone
        "from": ("Tuan Kiet", "kietnguyen.dn96@gmail.com"),
        "to": "support",
        "subject": "hen goi lai ma ko goi",
        "date": (2026, 1, 29, 16, 58, 12),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": (
            "thu 2 e goi hotline dat lich tu van vu tranh chap hdld, ban nhan vien hua trong 24h se co ls goi "
            "lai. gio thu 5 roi ko ai goi het, e goi lai hotline thi bat may cho hoai.\n"
            "lam an kieu nay thi thoi, ton thoi gian cua e. de nghi cty xem lai cach lam viec va tra loi e ro "
            "rang la co nhan vu cua e hay ko.\n"
            "Nguyen Tuan Kiet - 0359 602 718" + IPHONE_VI),
        "label": {"category": "complaint", "language": "vi",
                  "name": "Nguyen Tuan Kiet", "phone": "+84359602718",
                  "email": "kietnguyen.dn96@gmail.com", "address": None},
    },
    {   # C2 elderly, formal, complaint + correction
        "from": ("Đặng Quang Vinh", "dangquangvinh.1956@gmail.com"),
        "to": "support",
        "subject": "Khiếu nại về việc đơn khởi kiện ghi sai họ tên và chậm khắc phục",
        "date": (2026, 3, 16, 8, 31, 50),
        "client": "outlook", "fmt": "alt", "cte": "qp", "henc": "Q",
        "body": (
            "Kính gửi Ban Giám đốc Công ty Hệ Thống Luật TNHH Thịnh Trí,\n\n"
            "Tôi là Đặng Quang Vinh, sinh năm 1956, trú tại 21 ngõ 84 phố Chùa Láng, phường Láng, thành phố "
            "Hà Nội. Tháng 11/2025 tôi ký hợp đồng dịch vụ pháp lý với Quý Công ty để khởi kiện đòi khoản tiền "
            "420 triệu đồng cho người quen vay.\n\n"
            "Ngày 05/3/2026, Tòa án gọi điện báo rằng đơn khởi kiện do Công ty soạn và nộp thay tôi ghi họ "
            "tên nguyên đơn là \"Đặng Quang Vĩnh\", số căn cước cũng sai một chữ số so với bản sao tôi đã giao, "
            "nên Tòa yêu cầu sửa đổi, bổ sung. Việc này làm hồ sơ của tôi chậm thêm ít nhất một tháng.\n\n"
            "Điều tôi bức xúc hơn là khi tôi gọi lên hỏi, luật sư phụ trách trả lời qua loa rằng \"lỗi đánh "
            "máy nhỏ thôi bác\", và đến nay đã mười ngày vẫn chưa ai liên hệ lại để khắc phục. Tôi năm nay đã "
            "bảy mươi tuổi, đi lại khó khăn, mỗi lần lên Tòa là một lần vất vả.\n\n"
            "Tôi đề nghị Quý Công ty:\n"
            "1. Có văn bản giải thích chính thức về sai sót nói trên và việc chậm phản hồi;\n"
            "2. Sửa lại họ tên tôi là Đặng Quang Vinh và số căn cước cho đúng trong toàn bộ hồ sơ, nộp lại "
            "cho Tòa sớm nhất;\n"
            "3. Xem xét giảm phí dịch vụ tương ứng với thiệt hại về thời gian của tôi.\n\n"
            "Mọi liên lạc xin gọi cho tôi theo số 0913 064 582 hoặc gửi thư về địa chỉ trên.\n\n"
            "Trân trọng,\n"
            "Đặng Quang Vinh\n"),
        "label": {"category": "complaint", "language": "vi",
                  "name": "Đặng Quang Vinh", "phone": "+84913064582",
                  "email": "dangquangvinh.1956@gmail.com",
                  "address": "21 ngõ 84 phố Chùa Láng, phường Láng, thành phố Hà Nội",
                  "note": "Formal complaint (errors, no follow-up, fee reduction) that also asks to correct "
                          "name/ID in the file; dominant intent complaint. Misspelled 'Đặng Quang Vĩnh' also "
                          "appears."},
    },
    {   # C3 expat, data leaked to real-estate agents
        "from": ("Lukas Brandt", "lukas.brandt.vn@gmail.com"),
        "to": "info",
        "subject": "Real estate agents calling me after my consultation",
        "date": (2026, 2, 24, 19, 44, 37),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": (
            "Hello,\n\n"
            "On 12 February I had a consultation at your office about buying an apartment in Phu My Hung. I "
            "filled in your intake form with my phone number and my budget.\n\n"
            "Since then at least four real estate agents have contacted me by phone and on Zalo, all of them "
            "knowing my budget range and that I was looking in Phu My Hung. I have not given this information "
            "to anyone else.\n\n"
            "I find this unacceptable for a law firm. I want an explanation of how my details got out and an "
            "assurance that it will not happen again. Frankly I am reconsidering whether to use your firm for "
            "the purchase.\n\n"
            "Lukas Brandt\n"
            "0886 215 470\n"),
        "label": {"category": "complaint", "language": "en",
                  "name": "Lukas Brandt", "phone": "+84886215470",
                  "email": "lukas.brandt.vn@gmail.com", "address": None},
    },
    {   # C4 teen-code mixed, Zalo group exposure
        "from": ("Bảo Trâm", "tramnguyen.bt02@gmail.com"),
        "to": "support",
        "subject": "sao add e vô group zalo chung vs người lạ v??",
        "date": (2026, 3, 17, 0, 12, 48),
        "client": "iphone", "fmt": "alt", "cte": "qp",
        "body": (
            "Hi cty,\n"
            "Hôm qua bên mình add e vào 1 group Zalo tên \"Khách mời hội thảo 15/3\" hơn 80 người, ai cũng "
            "thấy sđt + tên thật của e. Giờ e bị mấy acc lạ ib mời đầu tư, bán khóa học đủ kiểu. Very "
            "annoying luôn á.\n"
            "E đi hội thảo thôi chứ có đồng ý share sđt cho cả group đâu?? Cty xem lại cách làm việc giùm, "
            "và giải thích cho e với.\n"
            "Nguyễn Bảo Trâm\n"
            "0913 582 067" + IPHONE_EN),
        "label": {"category": "complaint", "language": "mixed",
                  "name": "Nguyễn Bảo Trâm", "phone": "+84913582067",
                  "email": "tramnguyen.bt02@gmail.com", "address": None,
                  "note": "Teen-code with English words; complains about her number being exposed in a group chat."},
    },
    {   # C5 reply to firm fee notice, quoted accountant phone
        "from": ("Lâm Chí Thanh", "lamchithanh.xd@gmail.com"),
        "to": "support",
        "subject": "Re: Thông báo phí dịch vụ giai đoạn 2 - hồ sơ tranh chấp hợp đồng thi công",
        "date": (2026, 3, 19, 7, 3, 25),
        "client": "gmail", "fmt": "alt", "cte": "b64", "reply": True,
        "body": (
            "Chào chị Hạnh,\n\n"
            "Tôi không đồng ý với thông báo phí này. Hợp đồng ký ngày 02/12/2025 ghi rõ phí trọn gói 45 triệu "
            "cho cả giai đoạn hòa giải và khởi kiện sơ thẩm, tôi đã thanh toán đủ. Nay Công ty lại đòi thêm "
            "18 triệu \"phí giai đoạn 2\" mà không hề báo trước, cũng không có phụ lục nào tôi ký.\n\n"
            "Cách làm như vậy là thiếu minh bạch. Đề nghị Công ty rút lại thông báo này và trả lời tôi bằng "
            "văn bản. Nếu không, tôi sẽ gửi đơn lên Đoàn Luật sư.\n\n"
            "Lâm Chí Thanh\n"
            "0972 630 158\n"),
        "quote": {
            "attr": "Vào Th 4, 18 thg 3, 2026 vào lúc 10:12 Phòng Kế toán Thịnh Trí <support@thinhtrigroup.com> đã viết:",
            "text": (
                "Kính gửi ông Lâm Chí Thanh,\n\n"
                "Công ty Hệ Thống Luật TNHH Thịnh Trí xin thông báo phí dịch vụ giai đoạn 2 (tham gia tố tụng sơ "
                "thẩm) đối với hồ sơ tranh chấp hợp đồng thi công của ông là 18.000.000 đồng (chưa gồm VAT).\n\n"
                "Ông vui lòng thanh toán trước ngày 31/03/2026. Mọi thắc mắc xin liên hệ kế toán Ngô Bích Hạnh, "
                "điện thoại (028) 3820 6365, hoặc hotline 1800 63 65.\n\n"
                "Trân trọng,\n"
                "Phòng Kế toán\n")},
        "label": {"category": "complaint", "language": "vi",
                  "name": "Lâm Chí Thanh", "phone": "+84972630158",
                  "email": "lamchithanh.xd@gmail.com", "address": None,
                  "note": "Reply; only the top part is new. Quoted firm text has the accountant's number and the "
                          "hotline."},
    },
    {   # C6 refund not received, 'báo hủy' trap
        "from": ("Mai Phuong", "maiphuong.tkd@gmail.com"),
        "to": "support",
        "subject": "chua hoan tien coc dich vu",
        "date": (2026, 3, 12, 11, 47, 3),
        "client": "gmail", "fmt": "plain", "cte": "7bit",
        "body": (
            "Chao cong ty,\n"
            "Toi la Trinh Mai Phuong. Ngay 03/02 toi dong 3 trieu dat coc dich vu lam visa tham than cho me toi, "
            "den 10/02 toi bao huy vi me toi bi benh khong di duoc. Ban nhan vien ten Tam hua hoan coc trong 5 "
            "ngay lam viec.\n"
            "Den nay hon 1 thang van chua thay tien, nhan zalo thi da xem ma khong tra loi. Toi rat buc xuc. De "
            "nghi cong ty hoan tien ngay va tra loi bang email cho toi.\n"
            "Trinh Mai Phuong\n"
            "dt 0336 847 520\n"),
        "label": {"category": "complaint", "language": "vi",
                  "name": "Trinh Mai Phuong", "phone": "+84336847520",
                  "email": "maiphuong.tkd@gmail.com", "address": None,
                  "note": "'bao huy' means cancelling a service, not deleting data."},
    },
    {   # C7 elderly widow, formal complaint, foreign phone/address
        "from": ("Margaret Ellison", "m.ellison@bigpond.com"),
        "to": "info",
        "subject": "Formal complaint regarding the handling of my late husband's affairs",
        "date": (2026, 2, 17, 10, 25, 40), "tz": 10,
        "client": "outlook", "fmt": "alt", "cte": "qp",
        "body": (
            "Dear Director,\n\n"
            "I am writing to make a formal complaint about the way your firm has handled my late husband's "
            "affairs in Viet Nam.\n\n"
            "My husband, Mr. Raymond Ellison, passed away in Nha Trang in August 2025. In September I engaged "
            "your firm to close his Vietnamese bank accounts, deregister his motorbike and obtain the documents "
            "I need for probate in Australia. I paid the agreed fee of 30,000,000 VND in full on 22 September.\n\n"
            "Since then:\n"
            "- I have had to chase your office by email on at least six occasions for progress reports;\n"
            "- the lawyer first assigned to me, Mr. Khang, left the firm in December and nobody told me;\n"
            "- the certified translation of the death certificate you sent in January gave my husband's date "
            "of birth incorrectly, and the Supreme Court of Queensland returned my application as a result.\n\n"
            "I am 74 years of age and this has caused me considerable distress and expense. I ask you to (1) "
            "appoint a named lawyer to my matter and tell me who that is, (2) give me a written timetable for "
            "the remaining steps, and (3) reimburse the cost of the second courier to Australia.\n\n"
            "I can be reached by telephone on +61 7 5531 2846, or at this email address. My residential address "
            "is 14 Coral Street, Burleigh Heads QLD 4220, Australia.\n\n"
            "Yours faithfully,\n\n"
            "Margaret Ellison (Mrs)\n"),
        "label": {"category": "complaint", "language": "en",
                  "name": "Margaret Ellison", "phone": "+61755312846",
                  "email": "m.ellison@bigpond.com",
                  "address": "14 Coral Street, Burleigh Heads QLD 4220, Australia",
                  "note": "Long formal complaint; the late husband's name also appears. Australian phone number."},
    },
    {   # C8 lawyer behaviour and disclosure in public, HTML-only base64
        "from": ("Cao Thị Bích Ngọc", "bichngoc.cao@outlook.com"),
        "to": "support",
        "subject": "Phản ánh thái độ luật sư và việc lộ thông tin trong buổi tư vấn",
        "date": (2026, 3, 21, 21, 9, 14),
        "client": "owa", "fmt": "html", "cte": "b64",
        "body": (
            "Kính gửi Công ty,\n\n"
            "Tôi là Cao Thị Bích Ngọc, đang được Công ty hỗ trợ vụ tranh chấp quyền nuôi con.\n\n"
            "Chiều 20/03, luật sư phụ trách hẹn tôi ở một quán cà phê gần tòa thay vì ở văn phòng. Suốt buổi, "
            "luật sư nói rất to, nhắc cả tên chồng cũ và chuyện bạo lực gia đình của tôi, bàn bên cạnh nghe "
            "rõ. Khi tôi nhắc khẽ thì luật sư bảo \"chị lo xa quá\".\n\n"
            "Tôi cảm thấy bị xúc phạm và không an toàn. Đề nghị Công ty xem xét trách nhiệm của luật sư này, "
            "đổi người phụ trách hồ sơ của tôi và trả lời tôi bằng văn bản.\n\n"
            "Số điện thoại của tôi: 0347 259 601. Xin chỉ liên hệ qua số này hoặc email, không gọi đến nơi "
            "làm việc của tôi.\n\n"
            "Cao Thị Bích Ngọc\n"),
        "label": {"category": "complaint", "language": "vi",
                  "name": "Cao Thị Bích Ngọc", "phone": "+84347259601",
                  "email": "bichngoc.cao@outlook.com", "address": None,
                  "note": "HTML-only, base64."},
    },
    {   # C9 staff called her office landline
        "from": ("Hà Minh Thư", "haminhthu.ke@gmail.com"),
        "to": "support",
        "subject": "Nhân viên gọi đến cơ quan tôi và nói chuyện ly hôn",
        "date": (2026, 3, 24, 11, 38, 20),
        "client": "gmail", "fmt": "alt", "cte": "b64",
        "body": (
            "Chào Công ty Thịnh Trí,\n\n"
            "Sáng nay nhân viên bên anh chị gọi vào số bàn phòng kế toán cơ quan tôi, (024) 3772 5190, đồng "
            "nghiệp nghe máy thì được nói luôn là \"gọi để nhắc chị Thư bổ sung giấy tờ vụ ly hôn\". Giờ cả "
            "phòng đều biết chuyện nhà tôi.\n\n"
            "Tôi chưa bao giờ đưa số cơ quan, chắc anh chị lấy từ bản sao hợp đồng lao động tôi nộp kèm hồ sơ. "
            "Tôi yêu cầu Công ty giải thích vì sao gọi vào số đó và để lộ thông tin, và từ nay chỉ liên hệ "
            "tôi qua di động 0862 194 735.\n\n"
            "Hà Minh Thư\n"),
        "label": {"category": "complaint", "language": "vi",
                  "name": "Hà Minh Thư", "phone": "+84862194735",
                  "email": "haminhthu.ke@gmail.com", "address": None,
                  "note": "The office landline (024) 3772 5190 is her employer's; she asks to be reached on the "
                          "mobile."},
    },

    # ------------------------------------------------------------ automated
    {   # U1 out-of-office, bilingual, correction keywords in subject
        "from": ("Vũ Đức Long", "long.vu@tanphongplastic.vn"),
        "to": "support",
        "subject": "Trả lời tự động: Yêu cầu cập nhật thông tin người đại diện",
        "date": (2026, 3, 18, 14, 2, 7),
        "client": "outlook", "fmt": "plain", "cte": "qp", "reply": True,
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "body": (
            "Cảm ơn anh/chị đã liên hệ. Tôi đang đi công tác nước ngoài từ 16/03 đến 27/03/2026 và hạn chế "
            "kiểm tra email. Việc gấp xin liên hệ trợ lý của tôi, chị Đỗ Hải Yến, email yen.do@tanphongplastic.vn, "
            "ĐT 0938 117 402.\n\n"
            "Thank you for your email. I am travelling on business from 16 to 27 March 2026 with limited access "
            "to email. For urgent matters please contact my assistant, Ms. Do Hai Yen "
            "(yen.do@tanphongplastic.vn, +84 938 117 402).\n\n"
            "Vũ Đức Long\n"
            "Giám đốc Kinh doanh | Tân Phong Plastic\n"),
        "label": {"category": "unknown", "language": "mixed", "automated": True,
                  "name": None, "phone": None, "email": None, "address": None,
                  "note": "Out-of-office reply (Vietnamese subject prefix, Auto-Submitted header); the subject "
                          "looks like a correction request. Assistant's contacts are not a customer's."},
    },
    {   # U2 Exim-style bounce of the firm's own deletion confirmation
        "from": ("Mail Delivery System", "Mailer-Daemon@relay.mailhost.vn"),
        "to": "support",
        "subject": "Mail delivery failed: returning message to sender",
        "date": (2026, 3, 10, 9, 31, 2),
        "client": "system", "fmt": "plain", "cte": "8bit",
        "pre_headers": [("Return-path", "<>")], "no_mime_first": True,
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "pvhieu.1990@yahoo.con")],
        "body": (
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  pvhieu.1990@yahoo.con\n"
            "    Unrouteable address\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <support@thinhtrigroup.com>\n"
            "From: =?UTF-8?Q?Th=E1=BB=8Bnh_Tr=C3=AD_Group?= <support@thinhtrigroup.com>\n"
            "To: pvhieu.1990@yahoo.con\n"
            "Subject: =?UTF-8?Q?X=C3=A1c_nh=E1=BA=ADn_x=C3=B3a_th=C3=B4ng_tin_c=C3=A1_nh=C3=A2n?=\n"
            "Date: Tue, 10 Mar 2026 09:30:58 +0700\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            "Kính gửi anh Phạm Văn Hiếu,\n\n"
            "Theo yêu cầu của anh ngày 06/03/2026, Công ty đã xóa số điện thoại 0978 114 620 và email của anh "
            "khỏi danh sách khách hàng và danh sách nhận tin.\n\n"
            "Trân trọng,\n"
            "Công ty Hệ Thống Luật TNHH Thịnh Trí - Hotline 1800 63 65\n"),
        "label": {"category": "unknown", "language": "en", "automated": True,
                  "name": None, "phone": None, "email": None, "address": None,
                  "note": "Bounce of the firm's own deletion confirmation; the embedded copy names a customer "
                          "and his phone but is not customer text."},
    },
    {   # U3 newsletter with privacy keywords
        "from": ("Bản tin Pháp Lý Nhanh", "bantin@phaplynhanh.vn"),
        "to": "info",
        "subject": "Bản tin tuần 11: Quyền yêu cầu xóa, chỉnh sửa dữ liệu cá nhân từ năm 2026",
        "date": (2026, 3, 14, 6, 0, 0),
        "client": "system", "fmt": "alt", "cte": "b64", "hstyle": "gmail",
        "headers": [("List-Id", "Ban tin Phap Ly Nhanh <tuan.phaplynhanh.vn>"),
                    ("List-Unsubscribe", "<https://phaplynhanh.vn/huy-nhan-tin?u=a83f1d&e=info%40thinhtrigroup.com>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")],
        "body": (
            "BẢN TIN PHÁP LÝ NHANH - TUẦN 11/2026\n\n"
            "Kính gửi Quý độc giả,\n\n"
            "1. Từ 01/01/2026, cá nhân có quyền yêu cầu tổ chức xóa, chỉnh sửa hoặc cung cấp bản sao dữ liệu "
            "cá nhân của mình. Doanh nghiệp cần chuẩn bị quy trình tiếp nhận yêu cầu.\n"
            "2. Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền.\n"
            "3. Hội thảo trực tuyến \"Hợp đồng lao động và dữ liệu nhân sự\" - 15h00 thứ Năm 26/03/2026.\n\n"
            "Liên hệ ban biên tập: (028) 6686 2040.\n\n"
            "Bạn nhận được thư này vì đã đăng ký nhận bản tin Pháp Lý Nhanh.\n"
            "Hủy nhận tin: https://phaplynhanh.vn/huy-nhan-tin?u=a83f1d\n"),
        "html": (
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Bản tin tuần 11</title></head>\n"
            "<body style=\"margin:0;background:#f4f4f4;font-family:Arial,sans-serif;\">\n"
            "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">\n"
            "<table width=\"600\" style=\"background:#ffffff;\">\n"
            "<tr><td style=\"background:#1d4e89;color:#fff;padding:16px 24px;font-size:18px;font-weight:bold;\">"
            "BẢN TIN PHÁP LÝ NHANH &ndash; TUẦN 11/2026</td></tr>\n"
            "<tr><td style=\"padding:18px 24px;font-size:14px;line-height:1.6;\">\n"
            "<p>Kính gửi Quý độc giả,</p>\n"
            "<p><b>1.</b> Từ 01/01/2026, cá nhân có quyền yêu cầu tổ chức xóa, chỉnh sửa hoặc cung cấp bản sao "
            "dữ liệu cá nhân của mình. Doanh nghiệp cần chuẩn bị quy trình tiếp nhận yêu cầu.</p>\n"
            "<p><b>2.</b> Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền.</p>\n"
            "<p><b>3.</b> Hội thảo trực tuyến &quot;Hợp đồng lao động và dữ liệu nhân sự&quot; &ndash; 15h00 thứ "
            "Năm 26/03/2026. <a href=\"https://phaplynhanh.vn/hoi-thao\">Đăng ký</a></p>\n"
            "<p>Liên hệ ban biên tập: (028) 6686 2040.</p>\n"
            "</td></tr>\n"
            "<tr><td style=\"padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;\">"
            "Bạn nhận được thư này vì đã đăng ký nhận bản tin Pháp Lý Nhanh.<br>"
            "<a href=\"https://phaplynhanh.vn/huy-nhan-tin?u=a83f1d\" style=\"color:#888;\">Hủy nhận tin</a>"
            "</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n"),
        "label": {"category": "unknown", "language": "vi", "automated": True,
                  "name": None, "phone": None, "email": None, "address": None,
                  "note": "Bulk newsletter (List-Id, Precedence: bulk); subject and body are full of deletion/"
                          "correction/access keywords."},
    },
    {   # U4 ticket auto-acknowledgement that looks like an access request
        "from": ("CSKH Điện máy Tân Hưng Phát", "no-reply@dienmaytanhungphat.vn"),
        "to": "info",
        "subject": "Re: Yêu cầu cung cấp bản sao thông tin khách hàng [Phiếu #THP-240391]",
        "date": (2026, 2, 26, 15, 40, 12),
        "client": "system", "fmt": "plain", "cte": "qp", "reply": True,
        "headers": [("Auto-Submitted", "auto-generated")],
        "body": (
            "Kính gửi Quý khách,\n\n"
            "Hệ thống đã tiếp nhận yêu cầu của Quý khách với mã phiếu THP-240391. Bộ phận Chăm sóc khách hàng sẽ "
            "phản hồi trong vòng 03 ngày làm việc.\n\n"
            "Đây là thư được gửi tự động, vui lòng không trả lời thư này. Để bổ sung thông tin, Quý khách vui "
            "lòng gọi tổng đài 1900 6792 (8h00 - 21h00).\n\n"
            "Điện máy Tân Hưng Phát\n"),
        "label": {"category": "unknown", "language": "vi", "automated": True,
                  "name": None, "phone": None, "email": None, "address": None,
                  "note": "Ticket-system acknowledgement to a request the firm sent; subject looks like an access "
                          "request, only the Auto-Submitted header and body show it is automatic."},
    },
]
