# -*- coding: utf-8 -*-
"""Message data, part 2: other unknowns, corrections, deletions, access requests."""

IPHONE_VI = "\n\nGửi từ iPhone của tôi\n"
IPHONE_EN = "\n\nSent from my iPhone\n"

MSGS = [
    # ------------------------------------------------------------ unknown (human)
    {   # U5 thanks-only reply, teen-code, emoji
        "from": ("Na Hoàng", "na.hoang.2k3@gmail.com"),
        "to": "info",
        "subject": "Re: Gửi em mẫu đơn xin nghỉ việc",
        "date": (2026, 3, 19, 16, 1, 45),
        "client": "iphone", "fmt": "plain", "cte": "qp", "reply": True,
        "body": "dạ e nhận đc file rồi nha, cảm ơn chị nhiềuuu 🥰🥰 có j e hỏi thêm sau ạ" + IPHONE_VI,
        "quote": {
            "attr": "Vào 15:32, ngày 19 thg 3, 2026, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
            "text": (
                "Chào em,\n"
                "Chị gửi em mẫu đơn xin nghỉ việc theo đúng thời hạn báo trước 30 ngày như đã trao đổi. Em điền "
                "thông tin và nộp cho phòng nhân sự nhé.\n"
                "Cần hỗ trợ thêm em gọi hotline 1800 63 65.\n"
                "Thịnh Trí Group\n")},
        "label": {"category": "unknown", "language": "vi",
                  "name": "Na Hoàng", "phone": None,
                  "email": "na.hoang.2k3@gmail.com", "address": None,
                  "note": "Thanks-only reply; 'có j e hỏi thêm sau' is not a request. Name only from the From "
                          "display name."},
    },
    {   # U6 job application from a law student, with CV
        "from": ("Thai Bao Anh", "baoanh.thai.law@gmail.com"),
        "to": "info",
        "subject": "ung tuyen thuc tap sinh phap ly",
        "date": (2026, 3, 2, 23, 18, 9),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "attach": [("CV_ThaiBaoAnh.pdf", "application/pdf")],
        "body": (
            "Kinh gui anh chi phong nhan su,\n"
            "Em ten Thai Bao Anh, sinh vien nam 4 Dai hoc Luat. Em thay cty dang tuyen thuc tap sinh phap ly "
            "tren trang tuyen dung nen gui CV ung tuyen a. Em co the lam full-time tu thang 4.\n"
            "Em gui kem CV, mong anh chi xem xet. SDT em: 0354 816 093.\n"
            "Em cam on anh chi nhieu a.\n"),
        "label": {"category": "unknown", "language": "vi",
                  "name": "Thai Bao Anh", "phone": "+84354816093",
                  "email": "baoanh.thai.law@gmail.com", "address": None,
                  "note": "Job application, not a customer request."},
    },
    {   # U7 sales pitch, HTML-only, mixed
        "from": ("Kelvin Phạm", "kelvin.pham@rankupdigital.vn"),
        "to": "info",
        "subject": "Tăng lead khách hàng cho công ty luật với Google Ads - free audit",
        "date": (2026, 2, 12, 9, 30, 0),
        "client": "owa", "fmt": "html", "cte": "qp",
        "body": (
            "Chào anh/chị team Thịnh Trí,\n\n"
            "Em là Kelvin Phạm, Account Manager bên RankUp Digital. Em thấy website thinhtrigroup.com đang chưa "
            "chạy Google Ads cho các keyword như \"luật sư ly hôn\", \"thành lập công ty\" - đây là những từ khóa "
            "có search volume rất cao.\n\n"
            "Bên em đang có gói free audit website + SEO cho văn phòng luật, kèm case study giúp một law firm ở "
            "Hà Nội tăng 3x lead chỉ sau 2 tháng.\n\n"
            "Anh/chị cho em xin 15 phút call tuần này để demo nha. Hotline/Zalo: 0899 327 415.\n\n"
            "Best regards,\n"
            "Kelvin Phạm\n"
            "RankUp Digital\n"),
        "label": {"category": "unknown", "language": "mixed",
                  "name": "Kelvin Phạm", "phone": "+84899327415",
                  "email": "kelvin.pham@rankupdigital.vn", "address": None,
                  "note": "Cold sales pitch to the firm (HTML-only)."},
    },
    {   # U8 inheritance scam
        "from": ("Barr. Edward Mensah", "edward.mensah.chambers@lawyer.com"),
        "to": "info",
        "subject": "URGENT: Unclaimed deposit - request for legal representation",
        "date": (2026, 2, 19, 3, 11, 56), "tz": 0,
        "client": "thunderbird", "fmt": "plain", "cte": "7bit",
        "body": (
            "Dear Sir/Madam,\n\n"
            "I am Barrister Edward Mensah, personal attorney to the late Engr. Thomas Hoang, a Vietnamese "
            "national who died in a car accident abroad, leaving a deposit of USD 8,700,000 with a finance house "
            "here. All efforts to locate his relatives have failed.\n\n"
            "I seek a reputable law firm in Vietnam to stand as representative of the next of kin so the funds "
            "can be released. Your firm will receive 40% of the total sum for its services. This transaction is "
            "100% risk free.\n\n"
            "Kindly reply with your full name, private phone number and bank details, or reach me on WhatsApp "
            "+44 7700 900461.\n\n"
            "Yours faithfully,\n"
            "Barr. Edward Mensah\n"),
        "label": {"category": "unknown", "language": "en",
                  "name": "Edward Mensah", "phone": "+447700900461",
                  "email": "edward.mensah.chambers@lawyer.com", "address": None,
                  "note": "Advance-fee scam; asks the firm for 'legal representation' but is spam."},
    },
    {   # U9 misdirected family message with photo
        "from": ("Kiều Oanh", "kieuoanh.nguyen75@gmail.com"),
        "to": "info",
        "subject": "hinh giay khai sinh be Bin",
        "date": (2026, 1, 30, 7, 5, 22),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "attach": [("IMG_20260130_0701.jpg", "image/jpeg")],
        "body": (
            "Me oi con gui hinh giay khai sinh cua be Bin de me dem di lam the bao hiem y te cho be nha. Ban "
            "chinh con de trong tu ao phong ngu, ngan thu 2.\n"
            "Chieu nay con ve tre, me cho Bin an truoc nha me.\n"
            "Oanh\n"),
        "label": {"category": "unknown", "language": "vi",
                  "name": "Kiều Oanh", "phone": None,
                  "email": "kieuoanh.nguyen75@gmail.com", "address": None,
                  "note": "Personal message to her mother sent to the firm by mistake; no request to the firm. "
                          "Name only from the From display name."},
    },

    # ------------------------------------------------------------ correction
    {   # K1 new phone, old phone present
        "from": ("Lu Van Tai", "luvantai.xd@gmail.com"),
        "to": "support",
        "subject": "doi sdt",
        "date": (2026, 1, 19, 19, 22, 36),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": (
            "chao a chi, toi Lu Van Tai, dang nho cty lam ho so hop thuc hoa nha dat o Cu Chi.\n"
            "toi doi so dt roi, so cu 0908 553 127 khong xai nua. so moi la 0705 862 314, a chi cap nhat lai "
            "giup toi va bao ls Hung goi so moi nha\n"
            "tks" + IPHONE_VI),
        "label": {"category": "correction_request", "language": "vi",
                  "name": "Lu Van Tai", "phone": "+84705862314",
                  "email": "luvantai.xd@gmail.com", "address": None,
                  "note": "Old number 0908 553 127 also present; contact phone is the new one."},
    },
    {   # K2 new email in body differs from From
        "from": ("Priya Raman", "priya.raman@tathagroup-vn.com"),
        "to": "support",
        "subject": "pls update my email",
        "date": (2026, 3, 25, 12, 49, 3),
        "client": "iphone", "fmt": "plain", "cte": "7bit",
        "body": (
            "Hi,\n"
            "Quick one - I'm leaving Tatha Group on 31 March so this work address will stop working. Please "
            "switch the contact on my residence card file to my personal email: PriyaRaman.HCM@gmail.com\n"
            "Phone stays the same (0937 260 418).\n"
            "Thanks!\n"
            "Priya" + IPHONE_EN),
        "label": {"category": "correction_request", "language": "en",
                  "name": "Priya Raman", "phone": "+84937260418",
                  "email": "priyaraman.hcm@gmail.com", "address": None,
                  "note": "New contact email in the body (mixed case) differs from the From address."},
    },
    {   # K3 misspelled name, 'không phải khiếu nại'
        "from": ("Ngọc Hân Nguyễn", "hannguyen.ngoc91@gmail.com"),
        "to": "support",
        "subject": "Nhờ sửa lại tên trong bản thảo hợp đồng mua bán",
        "date": (2026, 2, 13, 10, 6, 51),
        "client": "gmail", "fmt": "alt", "cte": "qp",
        "body": (
            "Dạ chào anh Phát,\n\n"
            "Em là Nguyễn Thị Ngọc Hân, bên mua trong hợp đồng mua bán căn hộ anh đang soạn giúp em. Em đọc "
            "bản thảo anh gửi hôm qua thì thấy tên em bị ghi là \"Nguyễn Thị Ngọc Hằng\", ngày sinh cũng ghi "
            "12/09/1991 trong khi đúng là 21/09/1991.\n\n"
            "Em không phải khiếu nại gì đâu ạ, chỉ nhờ anh sửa lại giúp em trong hồ sơ và bản thảo trước khi "
            "mang đi công chứng thôi. Thông tin đúng như trên CCCD em gửi lần trước.\n\n"
            "Em cảm ơn anh nhiều ạ.\n"
            "Ngọc Hân\n"
            "0899 451 036\n"),
        "label": {"category": "correction_request", "language": "vi",
                  "name": "Nguyễn Thị Ngọc Hân", "phone": "+84899451036",
                  "email": "hannguyen.ngoc91@gmail.com", "address": None,
                  "note": "'Em không phải khiếu nại' - a correction, not a complaint. Misspelled variant "
                          "'Nguyễn Thị Ngọc Hằng' also appears."},
    },
    {   # K4 new address, old address present, mixed
        "from": ("Kevin Đoàn", "kevin.doan.vn@gmail.com"),
        "to": "support",
        "subject": "Update địa chỉ nhận hồ sơ / new mailing address",
        "date": (2026, 2, 20, 13, 33, 17),
        "client": "gmail", "fmt": "alt", "cte": "qp",
        "body": (
            "Hi chị Linh,\n\n"
            "Em là Đoàn Minh Khôi (Kevin), đang làm hồ sơ xin giấy phép lao động qua bên mình. Em vừa chuyển "
            "nhà nên nhờ chị update lại địa chỉ để courier gửi bản gốc cho đúng nha:\n\n"
            "Old: 45 Hoa Lan, Phường Phú Nhuận, TP.HCM (không ở đây nữa)\n"
            "New: 18/7 Đường số 9, Phường An Khánh, TP.HCM\n\n"
            "SĐT với email giữ nguyên ạ. Thanks chị!\n"
            "Kevin\n"),
        "label": {"category": "correction_request", "language": "mixed",
                  "name": "Đoàn Minh Khôi", "phone": None,
                  "email": "kevin.doan.vn@gmail.com",
                  "address": "18/7 Đường số 9, Phường An Khánh, TP.HCM",
                  "note": "Old address also present; contact address is the new one. No phone number given."},
    },
    {   # K5 elderly woman, windows-1258, ID number trap
        "from": ("Mạc Thị Thanh Nhàn", "macthanhnhan1958@yahoo.com.vn"),
        "to": "support",
        "subject": "Đề nghị điều chỉnh thông tin cá nhân trong hồ sơ",
        "date": (2026, 2, 23, 8, 14, 29),
        "client": "oe", "mid_domain": "NHAN-PC", "fmt": "plain", "cte": "qp",
        "charset": "windows-1258", "hcharset": "windows-1258", "henc": "B",
        "body": (
            "Kính gửi Công ty Thịnh Trí,\n\n"
            "Tôi là Mạc Thị Thanh Nhàn, năm nay 68 tuổi, đang được Công ty giúp làm thủ tục tặng cho quyền "
            "sử dụng đất cho con gái.\n\n"
            "Hôm trước cháu nhân viên đọc lại thông tin qua điện thoại để tôi kiểm tra, tôi thấy có mấy chỗ "
            "chưa đúng. Tôi xin ghi lại để Công ty điều chỉnh cho chính xác:\n"
            "- Năm sinh của tôi là 1958, không phải 1956.\n"
            "- Số căn cước mới của tôi là 075158004217, số chứng minh nhân dân cũ không còn dùng.\n"
            "- Địa chỉ thường trú hiện nay: ấp Bình Phước, xã Tân Triều, tỉnh Đồng Nai.\n\n"
            "Tôi lớn tuổi, mắt kém, sợ giấy tờ sai thì sau này con cháu phải đi lại nhiều lần. Mong Công ty "
            "sửa giúp và đọc lại cho tôi nghe một lần nữa trước khi đi công chứng.\n\n"
            "Điện thoại nhà tôi: 0251 3865 207.\n\n"
            "Xin cảm ơn Công ty.\n"
            "Mạc Thị Thanh Nhàn\n"),
        "label": {"category": "correction_request", "language": "vi",
                  "name": "Mạc Thị Thanh Nhàn", "phone": "+842513865207",
                  "email": "macthanhnhan1958@yahoo.com.vn",
                  "address": "ấp Bình Phước, xã Tân Triều, tỉnh Đồng Nai",
                  "note": "windows-1258 with combining tone marks; compare after NFC. The 12-digit ID number is "
                          "not a phone number."},
    },
    {   # K6 typo email in a form; correct one is From
        "from": ("Hieu Nghia", "nghia.hieu.ph@gmail.com"),
        "to": "info",
        "subject": "sửa email giùm e",
        "date": (2026, 3, 5, 22, 47, 33),
        "client": "gmail", "fmt": "alt", "cte": "b64",
        "body": (
            "Ad ơi, hôm trc e điền form đăng ký tư vấn trên web mà gõ nhầm mail thành nghia.hieu.ph@gmai.com "
            "(thiếu chữ l) nên ko nhận dc mail xác nhận lịch hẹn 😅\n"
            "Mail đúng của e là cái e đang gửi này nha: nghia.hieu.ph@gmail.com. Ad sửa lại trong hệ thống rồi "
            "gửi lại mail xác nhận giúp e vs.\n"
            "Phan Hiếu Nghĩa - 0328 147 596\n"),
        "label": {"category": "correction_request", "language": "vi",
                  "name": "Phan Hiếu Nghĩa", "phone": "+84328147596",
                  "email": "nghia.hieu.ph@gmail.com", "address": None,
                  "note": "The mistyped address 'nghia.hieu.ph@gmai.com' also appears; the correct one is the "
                          "From address, repeated in the body."},
    },
    {   # K7 explicitly not a complaint; wrong surname variant
        "from": ("Sophie Tan", "sophie.tan@mekongfreshfoods.com"),
        "to": "info",
        "subject": "Small correction to our client details",
        "date": (2026, 3, 26, 16, 22, 10),
        "client": "outlook", "fmt": "alt", "cte": "7bit",
        "body": (
            "Hi Thinh Tri team,\n\n"
            "Not a complaint at all - the team has been great on our licence renewal. Just a small housekeeping "
            "item: in your client records (and on the last two invoices) my surname is spelled \"Tang\" and my "
            "title is shown as Finance Manager. It should be Sophie Tan, Chief Financial Officer.\n\n"
            "Could you please update your records so future invoices and letters are correct? My direct line is "
            "unchanged: +84 28 3910 4472.\n\n"
            "Many thanks,\n"
            "Sophie Tan\n"
            "CFO, Mekong Fresh Foods Co., Ltd.\n"),
        "label": {"category": "correction_request", "language": "en",
                  "name": "Sophie Tan", "phone": "+842839104472",
                  "email": "sophie.tan@mekongfreshfoods.com", "address": None,
                  "note": "Explicitly not a complaint; the wrong variant 'Tang' also appears."},
    },

    # ------------------------------------------------------------ deletion
    {   # D1 short, no diacritics
        "from": ("Khanh Linh", "khanhlinh.vo.2001@gmail.com"),
        "to": "info",
        "subject": "xoa thong tin",
        "date": (2026, 1, 22, 12, 9, 40),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": (
            "chao cty, e la Vo Khanh Linh, thang truoc co dien form hoi ve thu tuc doi ten trong giay khai sinh "
            "nhung gio e ko lam nua. cty xoa het thong tin cua e giup e nha (ten, sdt 0396 205 748, email nay), "
            "dung goi hay nhan tin cho e nua a. cam on\n"),
        "label": {"category": "deletion_request", "language": "vi",
                  "name": "Vo Khanh Linh", "phone": "+84396205748",
                  "email": "khanhlinh.vo.2001@gmail.com", "address": None},
    },
    {   # D2 European, formal erasure, Thunderbird 8bit
        "from": ("Ingrid Lindqvist", "ingrid.lindqvist@outlook.se"),
        "to": "info",
        "subject": "Erasure request under data protection law",
        "date": (2026, 2, 3, 20, 55, 12), "tz": 1,
        "client": "thunderbird", "mid_domain": "outlook.se", "fmt": "plain", "cte": "8bit",
        "body": (
            "Dear Data Protection Officer,\n\n"
            "Between March and June 2025 your firm assisted me with the sale of a motorbike and the early "
            "termination of my apartment lease in Hanoi before I returned to Sweden. Both matters are closed and "
            "I have no further business in Viet Nam.\n\n"
            "Under Article 17 of the EU General Data Protection Regulation, and the corresponding right under "
            "Vietnamese personal data protection law, I ask you to erase all personal data you hold about me, "
            "including copies of my passport and residence card, my bank details and our email correspondence, "
            "except where you are legally required to keep it. In that case, please tell me what is kept, on "
            "what legal basis and for how long.\n\n"
            "Please confirm completion in writing to this email address.\n\n"
            "Yours sincerely,\n"
            "Ingrid Lindqvist\n"
            "Vasagatan 12, 411 24 Göteborg, Sweden\n"),
        "label": {"category": "deletion_request", "language": "en",
                  "name": "Ingrid Lindqvist", "phone": None,
                  "email": "ingrid.lindqvist@outlook.se",
                  "address": "Vasagatan 12, 411 24 Göteborg, Sweden"},
    },
    {   # D3 elderly, windows-1258, no word 'xóa'
        "from": ("Huỳnh Thị Kim Cúc", "kimcuc.huynh1955@gmail.com"),
        "to": "info",
        "subject": "Đề nghị tiêu hủy giấy tờ và thông tin của tôi",
        "date": (2026, 3, 9, 9, 40, 5),
        "client": "oe", "mid_domain": "CUC-PC", "fmt": "plain", "cte": "qp",
        "charset": "windows-1258", "hcharset": "windows-1258", "henc": "Q",
        "body": (
            "Kính gửi Quý Công ty,\n\n"
            "Tôi là Huỳnh Thị Kim Cúc, trước đây có nhờ Quý Công ty giúp việc đòi lại căn nhà cho thuê ở Vĩnh "
            "Long. Việc này nay Tòa đã giải quyết xong, tôi cũng đã nhận lại nhà.\n\n"
            "Trong thời gian làm việc, tôi có gửi cho Công ty bản sao căn cước, sổ hộ khẩu cũ, giấy chứng nhận "
            "nhà đất và cả giấy khám bệnh của tôi. Nay không còn cần đến nữa, tôi đề nghị Quý Công ty tiêu hủy "
            "toàn bộ các bản sao giấy tờ đó cùng thông tin cá nhân của tôi trong máy tính, không lưu giữ lại, và "
            "cũng đừng gửi thư mời hội thảo cho tôi nữa.\n\n"
            "Khi làm xong, xin Công ty gọi báo cho tôi một tiếng qua số 0939 815 026 là được.\n\n"
            "Kính chúc Quý Công ty an khang.\n"
            "Huỳnh Thị Kim Cúc\n"),
        "label": {"category": "deletion_request", "language": "vi",
                  "name": "Huỳnh Thị Kim Cúc", "phone": "+84939815026",
                  "email": "kimcuc.huynh1955@gmail.com", "address": None,
                  "note": "Deletion without the word 'xóa' ('tiêu hủy', 'không lưu giữ lại'). windows-1258 body with "
                          "combining tone marks; compare after NFC."},
    },
    {   # D4 mixed, unsubscribe + delete, lead form
        "from": ("Bryan Lưu", "bryanluu.design@gmail.com"),
        "to": "info",
        "subject": "Unsubscribe + xóa data giúp mình",
        "date": (2026, 2, 16, 17, 26, 58),
        "client": "gmail", "fmt": "alt", "cte": "qp",
        "body": (
            "Hi Thịnh Trí,\n\n"
            "Mình là Lưu Quốc Đạt (Bryan), hồi tháng 1 có điền form \"tư vấn miễn phí hợp đồng freelance\" trên "
            "Facebook ads của bên mình. Từ đó tới giờ tuần nào cũng nhận newsletter, plus mấy cuộc gọi từ sales.\n\n"
            "Mình không có nhu cầu nữa nên please remove mình khỏi mailing list và delete hết thông tin cá nhân "
            "(họ tên, email, số 0961 403 728) khỏi hệ thống luôn nha. Confirm lại qua email giúp mình nhé.\n\n"
            "Cheers,\n"
            "Bryan\n"),
        "label": {"category": "deletion_request", "language": "mixed",
                  "name": "Lưu Quốc Đạt", "phone": "+84961403728",
                  "email": "bryanluu.design@gmail.com", "address": None},
    },
    {   # D5 son asks to delete deceased father's data
        "from": ("Tôn Thất Minh", "tonthatminh.hue@gmail.com"),
        "to": "info",
        "subject": "Xin xóa hồ sơ của ba tôi đã mất",
        "date": (2026, 1, 26, 14, 15, 33),
        "client": "gmail", "fmt": "alt", "cte": "qp",
        "body": (
            "Chào Công ty,\n\n"
            "Tôi là Tôn Thất Minh, con trai ông Tôn Thất Lãm. Ba tôi có dùng dịch vụ tư vấn của Công ty năm 2023 "
            "về việc cho thuê đất. Ba tôi đã mất vào tháng 12/2025.\n\n"
            "Gần đây Công ty vẫn gửi thư và tin nhắn mời hội thảo tới số điện thoại của ba tôi (mẹ tôi đang giữ "
            "máy), mỗi lần như vậy mẹ tôi lại buồn. Gia đình đề nghị Công ty xóa tên, số điện thoại và hồ sơ của "
            "ba tôi khỏi danh sách khách hàng, ngừng gửi mọi thông tin.\n\n"
            "Nếu Công ty cần giấy chứng tử để xác minh, tôi sẽ gửi bổ sung. Liên hệ tôi qua số 0905 618 392.\n\n"
            "Trân trọng,\n"
            "Tôn Thất Minh\n"),
        "label": {"category": "deletion_request", "language": "vi",
                  "name": "Tôn Thất Minh", "phone": "+84905618392",
                  "email": "tonthatminh.hue@gmail.com", "address": None,
                  "note": "The son asks to delete his late father's data (Tôn Thất Lãm); the contact is the son."},
    },
    {   # D6 teen-code, 'ko phải khiếu nại'
        "from": ("Gia Hân", "giahan.tran.0409@gmail.com"),
        "to": "support",
        "subject": "xoá sđt khỏi ds zalo oa",
        "date": (2026, 3, 27, 23, 41, 2),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": (
            "ad ơi e ko phải khiếu nại j đâu nha, chỉ nhờ ad xoá sđt 0376 902 415 của e khỏi ds gửi tin Zalo OA + "
            "sms bên mình, với xoá luôn thông tin của e trong hệ thống nha. e hết cần tư vấn rồi mà ngày nào cũng "
            "nhận tin nên hơi phiền xíu 🥲\n"
            "tks ad nhìuu\n"
            "Trần Gia Hân" + IPHONE_VI),
        "label": {"category": "deletion_request", "language": "vi",
                  "name": "Trần Gia Hân", "phone": "+84376902415",
                  "email": "giahan.tran.0409@gmail.com", "address": None,
                  "note": "Says it is not a complaint; asks to remove her number and delete her data."},
    },
    {   # D7 short English from phone
        "from": ("Carlos Mendes", "carlos.mendes.br@gmail.com"),
        "to": "info",
        "subject": "delete my details pls",
        "date": (2026, 2, 28, 10, 2, 47),
        "client": "outlook_android", "fmt": "alt", "cte": "7bit", "hstyle": "owa",
        "body": (
            "Hi - I asked you about a visa extension in January but sorted it out elsewhere. Please delete my "
            "details (name, passport copy, phone 0772 318 604) from your system and stop the WhatsApp messages. "
            "Thx\n"
            "Carlos Mendes\n\n"
            "Sent from Outlook for Android\n"),
        "label": {"category": "deletion_request", "language": "en",
                  "name": "Carlos Mendes", "phone": "+84772318604",
                  "email": "carlos.mendes.br@gmail.com", "address": None},
    },

    # ------------------------------------------------------------ access
    {   # A1 no diacritics
        "from": ("Quang Huy", "quanghuy.ng2000@gmail.com"),
        "to": "info",
        "subject": "xin lai thong tin ca nhan cty dang luu",
        "date": (2026, 1, 14, 20, 50, 30),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": (
            "Chao cty,\n"
            "e la Ngo Quang Huy, nam ngoai co nho ben minh tu van vu tranh chap voi cong ty cu (bi no luong). "
            "Gio e can lai het cac thong tin ca nhan cua e ma cty dang luu (ho so, ban sao giay to, ghi chu buoi "
            "tu van) de nop cho ben bao hiem.\n"
            "Cty gui ban sao qua mail nay giup e dc ko a, hoac e qua van phong lay cung dc. Sdt e 0917 352 840.\n"
            "Cam on a\n"),
        "label": {"category": "access_request", "language": "vi",
                  "name": "Ngo Quang Huy", "phone": "+84917352840",
                  "email": "quanghuy.ng2000@gmail.com", "address": None},
    },
    {   # A2 formal, Japanese former client, home address abroad
        "from": ("Hiroshi Tanaka", "h.tanaka@kansai-precision.co.jp"),
        "to": "info",
        "subject": "Request for access to personal data held by your firm",
        "date": (2026, 2, 9, 11, 5, 44), "tz": 9,
        "client": "outlook", "fmt": "alt", "cte": "qp",
        "body": (
            "Dear Sirs,\n\n"
            "I was the representative of Kansai Precision Vietnam during the establishment of our Binh Duong "
            "factory, for which your firm provided legal services in 2024. I have since returned to Japan.\n\n"
            "I would like to request the following:\n"
            "1. Confirmation of whether your firm still processes personal data about me;\n"
            "2. A copy of that data, including copies of my identity documents, the power of attorney I signed, "
            "and any meeting notes in which I am named;\n"
            "3. The names of any third parties, including government agencies, to whom my data has been "
            "disclosed.\n\n"
            "Please send the information electronically to this address. If you need proof of identity, please "
            "let me know what form is acceptable.\n\n"
            "Yours faithfully,\n"
            "Hiroshi Tanaka\n"
            "Home address: 2-14-8 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan\n"
            "Tel: +81 6 6305 4418\n"),
        "label": {"category": "access_request", "language": "en",
                  "name": "Hiroshi Tanaka", "phone": "+81663054418",
                  "email": "h.tanaka@kansai-precision.co.jp",
                  "address": "2-14-8 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan",
                  "note": "Japanese phone and home address."},
    },
    {   # A3 elderly, formal, son's number as alternative
        "from": ("Châu Văn Bảy", "chauvanbay1954@yahoo.com"),
        "to": "info",
        "subject": "Xin cung cấp bản sao thông tin, hồ sơ của tôi",
        "date": (2026, 3, 4, 8, 25, 16),
        "client": "yahoo", "fmt": "alt", "cte": "qp", "henc": "Q",
        "body": (
            "Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,\n\n"
            "Tôi là Châu Văn Bảy, 72 tuổi, ngụ tại 109 Hùng Vương, Phường Cái Khế, TP. Cần Thơ. Trong hai năm "
            "2022-2023, tôi có ủy quyền cho Công ty thay mặt tôi giải quyết tranh chấp ranh giới đất với nhà bên "
            "cạnh; vụ việc đã kết thúc bằng hòa giải thành.\n\n"
            "Nay tôi đang làm thủ tục tách thửa chia đất cho các con, cán bộ địa chính yêu cầu nộp lại mấy giấy "
            "tờ cũ mà tôi không còn giữ. Vì vậy tôi kính đề nghị Công ty:\n"
            "- Cho tôi biết Công ty hiện còn lưu những thông tin, giấy tờ gì của tôi;\n"
            "- Cung cấp cho tôi bản sao các giấy tờ đó, nhất là biên bản hòa giải, giấy ủy quyền và bản trích đo "
            "thửa đất;\n"
            "- Nếu có tính phí sao chụp thì xin báo trước cho tôi.\n\n"
            "Nếu Công ty đồng ý, tôi sẽ nhờ con trai tôi là Châu Minh Trí đến văn phòng nhận thay. Mọi việc xin "
            "gọi số nhà tôi 0292 3734 618; nếu không ai nghe máy thì gọi con trai tôi 0938 620 145.\n\n"
            "Kính thư,\n"
            "Châu Văn Bảy\n"),
        "label": {"category": "access_request", "language": "vi",
                  "name": "Châu Văn Bảy", "phone": "+842923734618",
                  "email": "chauvanbay1954@yahoo.com",
                  "address": "109 Hùng Vương, Phường Cái Khế, TP. Cần Thơ",
                  "note": "Asks what the firm still holds about him and for copies: access_request. Contact phone "
                          "is his own home number; the son's mobile 0938 620 145 is only a fallback."},
    },
    {   # A4 mixed, from phone
        "from": ("Tina Võ", "tinavo.marketing@gmail.com"),
        "to": "support",
        "subject": "Bên mình đang lưu data gì của em vậy?",
        "date": (2026, 3, 13, 12, 58, 39),
        "client": "iphone", "fmt": "plain", "cte": "qp",
        "body": (
            "Hi anh chị,\n"
            "Em là Võ Ngọc Tuyết (Tina). Hồi tháng 11 em có book 1 buổi consult về hợp đồng lao động bên mình. "
            "Em muốn request bản copy tất cả personal data bên mình đang giữ về em (form đăng ký, notes buổi "
            "consult, recording nếu có), và cho em biết có share cho bên thứ 3 nào không ạ.\n"
            "Gửi qua email này giúp em nha. Thanks a lot!\n"
            "Tina\n"
            "0978 305 162" + IPHONE_EN),
        "label": {"category": "access_request", "language": "mixed",
                  "name": "Võ Ngọc Tuyết", "phone": "+84978305162",
                  "email": "tinavo.marketing@gmail.com", "address": None},
    },
    {   # A5 reply with quoted staff number
        "from": ("Mẫn Đức Trọng", "manductrong.hn@gmail.com"),
        "to": "support", "to_named": True,
        "subject": "Re: Thông báo kết quả hồ sơ đăng ký kết hôn có yếu tố nước ngoài",
        "date": (2026, 3, 20, 20, 14, 8),
        "client": "gmail", "fmt": "alt", "cte": "qp", "reply": True,
        "body": (
            "Chào chị Quỳnh,\n\n"
            "Cảm ơn chị đã hỗ trợ, vợ chồng em nhận giấy chứng nhận kết hôn rồi ạ.\n\n"
            "Em nhờ chị thêm một việc: gửi giúp em bản sao toàn bộ thông tin cá nhân và giấy tờ của em mà "
            "công ty đang lưu trong hồ sơ (hộ chiếu, giấy xác nhận tình trạng hôn nhân, lý lịch tư pháp, bản "
            "dịch...), và cho em biết công ty sẽ giữ những giấy tờ đó trong bao lâu. Em cần để chuẩn bị hồ sơ "
            "bảo lãnh vợ sang Canada.\n\n"
            "Số em: 0387 529 041.\n\n"
            "Mẫn Đức Trọng\n"),
        "quote": {
            "attr": "Vào Th 6, 13 thg 3, 2026 vào lúc 16:48 Nguyễn Thúy Quỳnh <support@thinhtrigroup.com> đã viết:",
            "text": (
                "Chào anh Trọng,\n"
                "Hồ sơ đăng ký kết hôn của anh và chị Emily Carter đã được UBND phường chấp thuận, hai anh chị "
                "vui lòng đến nhận giấy chứng nhận kết hôn vào ngày 17/03/2026.\n"
                "Mọi thắc mắc anh liên hệ em qua số 0909 163 652 hoặc hotline 1800 63 65.\n"
                "Trân trọng,\n"
                "Nguyễn Thúy Quỳnh\n"
                "Thịnh Trí Group\n")},
        "label": {"category": "access_request", "language": "vi",
                  "name": "Mẫn Đức Trọng", "phone": "+84387529041",
                  "email": "manductrong.hn@gmail.com", "address": None,
                  "note": "Reply; only the top part is new. Quoted staff number 0909 163 652 and the hotline belong "
                          "to the firm; the wife's name also appears."},
    },
    {   # A6 call recording, no diacritics
        "from": ("Loc Trieu", "trieuphuocloc.89@gmail.com"),
        "to": "info",
        "subject": "xin file ghi am cuoc goi tu van",
        "date": (2026, 3, 23, 9, 7, 51),
        "client": "gmail", "fmt": "alt", "cte": "7bit",
        "body": (
            "chao cong ty,\n"
            "toi ten Trieu Phuoc Loc. ngay 12/3 toi co goi hotline hoi ve viec bi cong ty tai chinh doi no, nhan "
            "vien co noi la cuoc goi duoc ghi am.\n"
            "toi muon xin ban ghi am cuoc goi do va cac thong tin ca nhan cua toi ma cong ty luu lai tu cuoc goi "
            "(so dt, ten, noi dung ghi chu). gui qua email nay cho toi.\n"
            "so toi goi hom do la 0345 716 209.\n"
            "Trieu Phuoc Loc\n"),
        "label": {"category": "access_request", "language": "vi",
                  "name": "Trieu Phuoc Loc", "phone": "+84345716209",
                  "email": "trieuphuocloc.89@gmail.com", "address": None},
    },
]
