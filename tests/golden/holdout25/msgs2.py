# -*- coding: utf-8 -*-
"""Message data, part 2: other unknown, correction, deletion and access requests."""

from msgs import C

MSGS = [
    # ------------------------------------------------------ unknown (human-written)
    {
        "key": "U5", "date": "2026-05-11 21:20:36", "client": "gmail",
        "from_name": "Hoàng Thị Minh Thư", "from_addr": "minhthu.hoang.llm@gmail.com", "to": "info",
        "subject": "Ứng tuyển vị trí Thực tập sinh pháp lý - Hoàng Thị Minh Thư",
        "fmt": "alt", "cte": "qp", "hdr_enc": "b",
        "attach": [("application/pdf", "CV_HoangThiMinhThu.pdf")],
        "body": """\
Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Hoàng Thị Minh Thư, vừa hoàn thành chương trình Thạc sĩ Luật tại Đại học Melbourne (Úc), trước đó tốt nghiệp Cử nhân Luật Kinh tế tại TP.HCM. Qua trang tuyển dụng của Công ty, tôi được biết Công ty đang tuyển thực tập sinh pháp lý cho mảng đầu tư nước ngoài.

Tôi sử dụng thành thạo tiếng Anh trong công việc và đã có 6 tháng thực tập tại một hãng luật ở Melbourne, chủ yếu hỗ trợ các giao dịch M&A. Tôi xin gửi kèm CV để Quý Công ty xem xét.

Rất mong có cơ hội được trao đổi thêm với Quý Công ty.

Trân trọng,
Hoàng Thị Minh Thư
Điện thoại: 0387 250 619
""",
        "label": {"category": "unknown", "language": "vi",
                  "contact": C("Hoàng Thị Minh Thư", "+84387250619", "minhthu.hoang.llm@gmail.com"),
                  "note": "Job application with CV attached, not a customer request."},
    },
    {
        "key": "U6", "date": "2026-04-02 10:45:09", "client": "outlookcom", "ol_prefix": "SI2PR01MB",
        "from_name": "Dịch thuật Sao Mai", "from_addr": "kinhdoanh@dichthuatsaomai.vn", "to": "info",
        "subject": "Ưu đãi dịch thuật công chứng dành cho văn phòng luật - Quý II/2026",
        "fmt": "alt", "cte": "b64",
        "body": """\
Kính gửi Quý Công ty Luật,

Em là Kha Thị Bích Hạnh, phụ trách khách hàng doanh nghiệp của Công ty Dịch thuật Sao Mai. Bên em chuyên dịch thuật công chứng hồ sơ pháp lý, hợp đồng, giấy tờ hộ tịch với hơn 40 ngôn ngữ, nhận và trả hồ sơ tận nơi trong ngày tại TP.HCM.

Ưu đãi dành riêng cho văn phòng luật trong quý II/2026:
- Giảm 20% phí dịch cho hợp đồng ký trước 30/6;
- Miễn phí chứng thực bản dịch;
- Cam kết bảo mật thông tin khách hàng của Quý Công ty (có ký NDA).

Em xin phép gửi bảng giá chi tiết và hẹn một buổi gặp ngắn để giới thiệu dịch vụ. Anh chị liên hệ em qua số 0765 841 302 ạ.

Trân trọng,
Kha Thị Bích Hạnh
Dịch thuật Sao Mai
""",
        "label": {"category": "unknown", "language": "vi",
                  "contact": C("Kha Thị Bích Hạnh", "+84765841302", "kinhdoanh@dichthuatsaomai.vn"),
                  "note": "Sales pitch to the firm; 'bảo mật thông tin' is part of the pitch. From display is the "
                          "company; the person is named in the body."},
    },
    {
        "key": "U7", "date": "2026-03-27 18:30:52", "client": "gmail",
        "from_name": "Trịnh Văn Lộc", "from_addr": "trinhvanloc.hp@gmail.com", "to": "info",
        "subject": "Cảm ơn luật sư Khoa và nhóm",
        "fmt": "alt", "cte": "qp",
        "body": """\
Chào Công ty,

Tôi là Trịnh Văn Lộc ở Hải Phòng. Hôm qua tòa đã tuyên án sơ thẩm vụ tranh chấp hợp đồng góp vốn, chấp nhận gần như toàn bộ yêu cầu của tôi. Tôi viết mấy dòng này chỉ để cảm ơn luật sư Đỗ Minh Khoa và các bạn trong nhóm đã theo vụ việc suốt gần một năm qua, rất tận tâm.

Chúc Công ty ngày càng phát triển.

Trịnh Văn Lộc
0904 731 586
""",
        "label": {"category": "unknown", "language": "vi",
                  "contact": C("Trịnh Văn Lộc", "+84904731586", "trinhvanloc.hp@gmail.com"),
                  "note": "Thanks only, no request. The lawyer named is firm staff."},
    },
    {
        "key": "U8", "date": "2026-02-17 03:12:45", "tz": 0, "client": "tb",
        "from_name": "Harold Whitfield", "from_addr": "h.whitfield.cfo@execs.com", "to": "info",
        "subject": "Legal representation - debt recovery in Vietnam",
        "fmt": "plain", "cte": "7bit",
        "body": """\
Dear Counsel,

I am Harold Whitfield, CFO of Northgate Marine Supplies Inc., Vancouver, Canada. We are seeking a law firm in Vietnam to assist us in collecting an outstanding balance of USD 486,250.00 from one of our customers in Ho Chi Minh City, Saigon Coastline Trading JSC.

The customer has already acknowledged the debt and has promised to pay promptly once contacted by our legal representative in Vietnam. Payment will be made by certified cheque payable to your firm. You will deduct your retainer fee of 10% and wire the balance to our corporate account in Hong Kong.

Kindly send us your engagement letter, your firm's banking details and your direct mobile number so that we can proceed this week.

Yours faithfully,
Harold Whitfield
Chief Financial Officer
Northgate Marine Supplies Inc.
""",
        "label": {"category": "unknown", "language": "en",
                  "contact": C("Harold Whitfield", None, "h.whitfield.cfo@execs.com"),
                  "note": "Debt-collection cheque scam aimed at law firms; reads like a service request but is spam "
                          "(free-mail address, cheque paid to the firm, balance wired abroad)."},
    },
    {
        "key": "U9", "date": "2026-04-23 16:10:03", "client": "iphone", "reply": True,
        "from_name": "Thu Ha Luu", "from_addr": "luuthuha.2704@gmail.com", "to": "info",
        "subject": "Re: Xác nhận lịch hẹn tư vấn thứ Bảy 25/4",
        "fmt": "plain", "cte": "qp",
        "body": """\
Dạ vâng, em nhận được rồi ạ. Em cảm ơn!

Gửi từ iPhone của tôi
""",
        "quote": {"style": "iphone",
                  "head": "Vào 15:02, 23 thg 4, 2026, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
                  "text": """\
Chào chị Hà,
Thịnh Trí xác nhận lịch hẹn tư vấn của chị vào 9h00 thứ Bảy 25/4/2026 tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM. Nếu cần đổi lịch, chị vui lòng gọi hotline 1800 63 65.
Trân trọng,
Thịnh Trí Group
"""},
        "label": {"category": "unknown", "language": "vi",
                  "contact": C("Thu Ha Luu", None, "luuthuha.2704@gmail.com"),
                  "note": "Bare acknowledgement of an appointment confirmation, no request; name only from the From "
                          "display. Quoted firm text has the firm's address and hotline."},
    },
    # ---------------------------------------------------------- correction_request
    {
        "key": "R1", "date": "2026-03-30 11:20:14", "client": "outlook",
        "from_name": "Marco Bianchi", "from_addr": "marco.bianchi@veneta-interiors.com", "to": "support",
        "subject": "New passport and phone number - please update my file",
        "fmt": "alt", "cte": "7bit",
        "attach": [("image/jpeg", "passport_YC1937054.jpg")],
        "body": """\
Dear Thinh Tri team,

Your firm is handling my temporary residence card application (file opened in early March). Last week my Italian passport was renewed at the Consulate General, so the passport number in your records (YA4082716) is no longer valid. My new passport number is YC1937054; a scan is attached.

I have also changed my Vietnamese SIM card. Please replace my old number 0901 227 463 with the new one, 0347 815 290, and use it for all calls and text messages about the application.

Thank you,
Marco Bianchi
Veneta Interiors Vietnam
""",
        "label": {"category": "correction_request", "language": "en",
                  "contact": C("Marco Bianchi", "+84347815290", "marco.bianchi@veneta-interiors.com"),
                  "note": "Old number 0901 227 463 also present; contact phone is the new one."},
    },
    {
        "key": "R2", "date": "2026-01-26 12:05:38", "client": "gmail",
        "from_name": "Ngọc Ánh Kiều", "from_addr": "ngocanh.kieu.91@gmail.com", "to": "support",
        "subject": "Đính chính ngày sinh và số CCCD trong hồ sơ",
        "fmt": "alt", "cte": "b64",
        "body": """\
Chào anh/chị,

Em là Kiều Thị Ngọc Ánh, khách hàng đang làm thủ tục đăng ký kết hôn với người nước ngoài. Trong tờ khai Công ty gửi em ký hôm thứ Sáu có 2 chỗ sai:
- Ngày sinh ghi 14/07/1991, đúng là 14/01/1991;
- Số CCCD bị thiếu chữ số cuối, số đúng là 079191027354.

Nhờ anh/chị sửa lại trong hồ sơ và trên hệ thống của Công ty để các giấy tờ sau không bị sai nữa. Có gì anh/chị gọi em: 0868 509 213.

Em cảm ơn ạ.
Ngọc Ánh
""",
        "label": {"category": "correction_request", "language": "vi",
                  "contact": C("Kiều Thị Ngọc Ánh", "+84868509213", "ngocanh.kieu.91@gmail.com"),
                  "note": "The 12-digit ID card number 079191027354 must not be taken as a phone number."},
    },
    {
        "key": "R3", "date": "2026-05-06 12:40:20", "client": "gmail",
        "from_name": "Selena Dao", "from_addr": "selena.dao.pm@gmail.com", "to": "support",
        "subject": "Update billing address (not a complaint)",
        "fmt": "alt", "cte": "qp",
        "body": """\
Hi anh chị,

Em là Đào Thanh Tâm (Selena), đang dùng gói retainer tư vấn pháp lý hằng tháng cho freelancer bên mình. Em viết mail này không phải để khiếu nại đâu ạ, dịch vụ vẫn ok, chỉ là hóa đơn tháng 4 vẫn gửi về địa chỉ cũ nên em chưa nhận được.

Nhờ team update địa chỉ nhận hóa đơn và thư từ của em thành:
Phòng 1706, tòa S2.03, Vinhomes Grand Park, đường Nguyễn Xiển, Phường Long Bình, TP.HCM

Số điện thoại và email giữ nguyên nha. Thanks team!

Selena
""",
        "label": {"category": "correction_request", "language": "mixed",
                  "contact": C("Đào Thanh Tâm", None, "selena.dao.pm@gmail.com",
                               "Phòng 1706, tòa S2.03, Vinhomes Grand Park, đường Nguyễn Xiển, Phường Long Bình, TP.HCM"),
                  "note": "Says explicitly it is not a complaint; address update. No phone number given."},
    },
    {
        "key": "R4", "date": "2026-02-12 07:48:59", "client": "yahoo",
        "from_name": "Dang Van Hieu", "from_addr": "dangvanhieu_qn@yahoo.com", "to": "support",
        "subject": "doi email nhan thong bao",
        "fmt": "alt", "cte": "7bit",
        "body": """\
Chao cong ty,
Toi la Dang Van Hieu, dang nho cong ty lam ho so tach thua dat o Quang Ngai.
Hop mail yahoo nay toi sap bo, tu nay nho cong ty gui cac thong bao, bien lai vao email moi: dangvanhieu.qn@gmail.com
So dien thoai van la 0979 058 342.
Cam on.
""",
        "label": {"category": "correction_request", "language": "vi",
                  "contact": C("Dang Van Hieu", "+84979058342", "dangvanhieu.qn@gmail.com"),
                  "note": "New contact email in body differs from the From address."},
    },
    {
        "key": "R5", "date": "2026-03-11 20:15:42", "client": "gmail",
        "from_name": "Linh Nguyen", "from_addr": "linh.nguyen.au@gmail.com", "to": "support",
        "subject": "Spelling of my name in the engagement letter",
        "fmt": "alt", "cte": "7bit",
        "body": """\
Hello,

My name is Nguyen Thi Thuy Linh. I'm an Australian citizen of Vietnamese origin living in Hanoi, and your firm is helping me with my application to regain Vietnamese nationality.

In the engagement letter and the draft application form you sent on Monday, my name is written as "Nguyen Thi Thuy Lynh" (with a Y). Please correct it to Linh, with an I, exactly as in my Australian passport, in all documents and in your system. I'd hate for the application to be rejected over a typo.

You can call me on 0399 642 781 if you need anything.

Kind regards,
Linh
""",
        "label": {"category": "correction_request", "language": "en",
                  "contact": C("Nguyen Thi Thuy Linh", "+84399642781", "linh.nguyen.au@gmail.com"),
                  "note": "Misspelled variant 'Nguyen Thi Thuy Lynh' also appears."},
    },
    {
        "key": "R6", "date": "2026-01-14 15:30:07", "client": "outlookcom", "ol_prefix": "PUZPR03MB",
        "from_name": "Thân Đức Mạnh", "from_addr": "ducmanh.than@outlook.com", "to": "support",
        "subject": "Cập nhật địa chỉ liên hệ",
        "fmt": "alt", "cte": "qp",
        "body": """\
Kính gửi Công ty,

Tôi là Thân Đức Mạnh, khách hàng dịch vụ tư vấn thuế cho hộ kinh doanh. Gia đình tôi đã chuyển từ số 8 ngách 52/17 phố Vọng, phường Bạch Mai, Hà Nội về địa chỉ mới:

P.1508 tòa HH2, KĐT Dương Nội, phường Dương Nội, Hà Nội

Đề nghị Công ty cập nhật địa chỉ mới này trong hồ sơ để gửi hóa đơn, chứng từ bản cứng. Số điện thoại 0974 163 850 không thay đổi.

Trân trọng,
Thân Đức Mạnh
""",
        "label": {"category": "correction_request", "language": "vi",
                  "contact": C("Thân Đức Mạnh", "+84974163850", "ducmanh.than@outlook.com",
                               "P.1508 tòa HH2, KĐT Dương Nội, phường Dương Nội, Hà Nội"),
                  "note": "Old address also present; contact address is the new one."},
    },
    {
        "key": "R7", "date": "2026-04-23 14:25:17", "client": "gmail", "reply": True,
        "from_name": "Ethan Hoang", "from_addr": "ethan.hoang.vn@gmail.com",
        "to": "info", "to_name": "Thịnh Trí Group",
        "subject": "Re: Xác nhận thông tin hồ sơ đăng ký hộ kinh doanh",
        "fmt": "alt", "cte": "qp",
        "body": """\
Hi chị Tâm,

Em check lại thông tin trong email của chị thì thấy số điện thoại bị đảo 2 số cuối ạ. Số đúng của em là 0911 283 675, không phải 0911 283 657. Các thông tin còn lại (tên, CCCD, địa điểm kinh doanh) đều correct.

Chị update lại giúp em trước khi nộp hồ sơ lên phường nha, em sợ cán bộ gọi không được. Thanks chị!

Hoàng Minh Nhật (Ethan)
""",
        "quote": {"style": "gmail",
                  "head": "Vào Th 5, 23 thg 4, 2026 vào lúc 09:40 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
                  "text": """\
Chào anh Nhật,

Thịnh Trí xin xác nhận thông tin đăng ký hộ kinh doanh của anh như sau:
- Họ tên chủ hộ: Hoàng Minh Nhật
- Số điện thoại: 0911 283 657
- Địa điểm kinh doanh: 15 Lê Lợi, Phường Vũng Tàu, TP.HCM
- Ngành nghề: quán cà phê, giải khát

Anh vui lòng kiểm tra và phản hồi trước thứ Hai.

Trân trọng,
Lại Thanh Tâm
Công ty Hệ Thống Luật TNHH Thịnh Trí - Hotline 1800 63 65
"""},
        "label": {"category": "correction_request", "language": "mixed",
                  "contact": C("Hoàng Minh Nhật", "+84911283675", "ethan.hoang.vn@gmail.com"),
                  "note": "Reply correcting a typo in the firm's quoted confirmation: the wrong number 0911 283 657 "
                          "appears twice (new text and quote); the contact phone is the corrected one. The business "
                          "location in the quote is not his personal address."},
    },
    # ------------------------------------------------------------ deletion_request
    {
        "key": "D1", "date": "2026-03-03 10:00:41", "client": "gmail",
        "from_name": "Khổng Minh Trí", "from_addr": "khongminhtri.arch@gmail.com", "to": "info",
        "subject": "Đề nghị xóa hồ sơ và dữ liệu cá nhân sau khi vụ việc kết thúc",
        "fmt": "alt", "cte": "qp", "hdr_enc": "b",
        "body": """\
Kính gửi Công ty Thịnh Trí,

Vụ ly hôn giữa tôi và bà Lạc Thị Thu Sương do Công ty đại diện cho tôi đã có bản án có hiệu lực từ tháng 2/2026, và tôi đã thanh toán đầy đủ phí dịch vụ.

Vì lý do riêng tư, tôi đề nghị Công ty xóa toàn bộ dữ liệu cá nhân của tôi mà Công ty đang lưu, gồm bản sao CCCD, giấy tờ nhà đất, sao kê tài khoản, tin nhắn và ghi âm tôi đã cung cấp làm chứng cứ. Những tài liệu nào Công ty bắt buộc phải lưu theo quy định thì xin cho tôi biết cụ thể loại tài liệu và thời hạn lưu.

Khi hoàn tất, xin thông báo cho tôi qua email này.

Khổng Minh Trí
0982 640 517
""",
        "label": {"category": "deletion_request", "language": "vi",
                  "contact": C("Khổng Minh Trí", "+84982640517", "khongminhtri.arch@gmail.com"),
                  "note": "The ex-wife's name (Lạc Thị Thu Sương) also appears; the sender is Khổng Minh Trí."},
    },
    {
        "key": "D2", "date": "2026-02-24 08:05:13", "client": "oe", "pc": "TUYET-PC",
        "charset": "windows-1258",
        "from_name": "Mẫn Thị Tuyết", "from_addr": "manthituyet54@yahoo.com.vn", "to": "info",
        "subject": "Xin hủy các bản sao giấy tờ của tôi",
        "fmt": "plain", "cte": "qp",
        "body": """\
Kính gửi Công ty Thịnh Trí,

Tôi là Mẫn Thị Tuyết, năm ngoái có nhờ Công ty tư vấn việc chia thừa kế đất ở quê. Sau đó anh em trong nhà đã tự hòa giải được nên tôi không làm hồ sơ nữa.

Lúc đó tôi có đưa cho Công ty bản sao sổ hộ khẩu, giấy chứng nhận quyền sử dụng đất và giấy chứng tử của cha mẹ tôi. Nay tôi đề nghị Công ty hủy hết các bản sao đó, bỏ tên và số điện thoại của tôi ra khỏi danh sách khách hàng, không lưu lại nữa.

Tôi ở xa, có gì xin gọi số nhà (0204) 3854 271. Địa chỉ: thôn Đông Lai, xã Tân Yên, tỉnh Bắc Ninh.

Xin cảm ơn.
Mẫn Thị Tuyết
""",
        "label": {"category": "deletion_request", "language": "vi",
                  "contact": C("Mẫn Thị Tuyết", "+842043854271", "manthituyet54@yahoo.com.vn",
                               "thôn Đông Lai, xã Tân Yên, tỉnh Bắc Ninh"),
                  "note": "Body is windows-1258 with combining tone marks; compare after NFC. 'Hủy các bản sao' = "
                          "destroy the copies (deletion), unlike 'hủy dịch vụ/hợp đồng'. The word 'xóa' is not used."},
    },
    {
        "key": "D3", "date": "2026-02-06 18:45:30", "client": "gmail",
        "from_name": "Son Nong", "from_addr": "nongvanson.lc@gmail.com", "to": "info",
        "subject": "dung goi nua, xoa so toi di",
        "fmt": "plain", "cte": "7bit",
        "body": """\
toi da noi qua dien thoai 2 lan roi. toi chi hoi gia dich vu 1 lan hoi thang 1, khong ky hop dong gi ca. vay ma nhan vien ben cong ty cu goi va nhan zalo moi tuan.
de nghi xoa so 0986 254 071 va ten toi khoi danh sach khach hang, khong lien lac them.
Nong Van Son
""",
        "label": {"category": "deletion_request", "language": "vi",
                  "contact": C("Nong Van Son", "+84986254071", "nongvanson.lc@gmail.com"),
                  "note": "Annoyed tone, but the only thing asked is removal of his number and name; deletion, not complaint."},
    },
    {
        "key": "D4", "date": "2026-03-18 13:12:26", "client": "gmail",
        "from_name": "Tiffany Quach", "from_addr": "tiffany.quach.design@gmail.com", "to": "support",
        "subject": "Xin delete account trên client portal",
        "fmt": "alt", "cte": "qp",
        "body": """\
Hi team,

Em là Quách Bảo Ngọc (Tiffany). Hồi tháng 1 em có tạo account trên client portal của bên mình để upload giấy tờ cho hồ sơ đăng ký bản quyền logo, sau đó em quyết định không làm nữa.

Trên portal vẫn còn scan CCCD, hợp đồng thuê nhà và mấy file thiết kế của em. Anh chị delete giúp em account đó và toàn bộ file đã upload nhé, xong rồi confirm lại qua email này giúp em.

Em cảm ơn nhiều!
Tiffany
""",
        "label": {"category": "deletion_request", "language": "mixed",
                  "contact": C("Quách Bảo Ngọc", None, "tiffany.quach.design@gmail.com")},
    },
    {
        "key": "D5", "date": "2026-01-29 19:02:54", "client": "tb",
        "from_name": "Claire Dubois", "from_addr": "claire.dubois@laposte.net", "to": "info",
        "subject": "Withdrawal of consent and erasure request",
        "fmt": "plain", "cte": "8bit",
        "body": """\
Dear Sir or Madam,

In November 2025 I attended your seminar on buying property in Vietnam and filled in the registration form. Since then I have been receiving your newsletters and, more recently, phone calls from your business development team.

Under the Law on Personal Data Protection, I withdraw my consent to the processing of my personal data for marketing purposes and request that you erase all the personal data you collected about me (name, e-mail, phone number, nationality, employer). Please confirm in writing once this has been done.

Claire Dubois
7 ngõ 31 Xuân Diệu, phường Tây Hồ, Hà Nội
""",
        "label": {"category": "deletion_request", "language": "en",
                  "contact": C("Claire Dubois", None, "claire.dubois@laposte.net",
                               "7 ngõ 31 Xuân Diệu, phường Tây Hồ, Hà Nội")},
    },
    {
        "key": "D6", "date": "2026-03-26 20:48:15", "client": "outlookcom", "ol_prefix": "SEYPR02MB",
        "from_name": "Ninh Thị Quỳnh Mai", "from_addr": "quynhmai.ninh@outlook.com", "to": "info",
        "subject": "Đề nghị xóa thông tin của bố tôi (đã mất)",
        "fmt": "alt", "cte": "qp",
        "body": """\
Kính gửi Công ty,

Tôi là Ninh Thị Quỳnh Mai, con gái ông Ninh Văn Cường. Bố tôi từng là khách hàng tư vấn của Công ty trong năm 2023-2024 và đã mất vào tháng 1/2026.

Gần đây Công ty vẫn gửi thư mời hội thảo và gọi vào số 0913 402 718 của bố tôi, mẹ tôi nghe máy rất buồn. Gia đình tôi đề nghị Công ty xóa tên, số điện thoại và các thông tin cá nhân khác của bố tôi khỏi danh sách khách hàng và danh sách gửi thư. Tôi có thể gửi bản sao giấy chứng tử nếu cần.

Mọi liên hệ về việc này xin gửi cho tôi qua email này hoặc số 0357 826 194.

Trân trọng,
Ninh Thị Quỳnh Mai
""",
        "label": {"category": "deletion_request", "language": "vi",
                  "contact": C("Ninh Thị Quỳnh Mai", "+84357826194", "quynhmai.ninh@outlook.com"),
                  "note": "Deletion of her late father's data (Ninh Văn Cường); his number 0913 402 718 is not the "
                          "sender's. The contact is the daughter who writes."},
    },
    {
        "key": "D7", "date": "2026-04-07 07:31:22", "client": "outlookcom", "ol_prefix": "TYSPR06MB", "reply": True,
        "from_name": "Trầm Hữu Nghĩa", "from_addr": "tramhuunghia@outlook.com", "to": "info",
        "subject": "Re: [Thịnh Trí] Bản tin pháp luật tháng 4/2026",
        "fmt": "alt", "cte": "qp",
        "body": """\
Tôi chưa bao giờ đăng ký nhận bản tin này. Đề nghị gỡ email của tôi khỏi danh sách gửi thư và xóa mọi thông tin về tôi mà Công ty đang có. Cảm ơn.

Trầm Hữu Nghĩa
""",
        "quote": {"style": "outlook",
                  "head": """\
From: Thịnh Trí Group <info@thinhtrigroup.com>
Sent: Monday, April 6, 2026 8:00 AM
To: tramhuunghia@outlook.com <tramhuunghia@outlook.com>
Subject: [Thịnh Trí] Bản tin pháp luật tháng 4/2026""",
                  "text": """\
BẢN TIN PHÁP LUẬT THÁNG 4/2026

1. Những điểm mới của Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 01/01/2026.
2. Hướng dẫn quyết toán thuế TNCN năm 2025 cho người lao động.
3. Hội thảo miễn phí "Hợp đồng thuê nhà - những rủi ro thường gặp".

Đăng ký tư vấn: 1800 63 65 | thinhtrigroup.com
"""},
        "label": {"category": "deletion_request", "language": "vi",
                  "contact": C("Trầm Hữu Nghĩa", None, "tramhuunghia@outlook.com"),
                  "note": "Reply to the firm's own newsletter; quoted text has the hotline. Asks for removal and deletion."},
    },
    # -------------------------------------------------------------- access_request
    {
        "key": "A1", "date": "2026-02-19 15:10:33", "client": "gmail",
        "from_name": "Rebecca Thornton", "from_addr": "becca.thornton.teach@gmail.com", "to": "info",
        "subject": "Subject access request",
        "fmt": "alt", "cte": "7bit",
        "body": """\
Hello,

I consulted your firm twice last year, once by phone and once in person at your office, about a dispute with my former language centre over unpaid salary.

Please tell me what personal data you hold about me and send me a copy of it, including any notes from the consultations and any recordings of the phone call, if calls are recorded. I would also like to know whether any of it has been shared with anyone outside your firm.

Thank you,
Rebecca Thornton
Mobile: 0933 706 482
""",
        "label": {"category": "access_request", "language": "en",
                  "contact": C("Rebecca Thornton", "+84933706482", "becca.thornton.teach@gmail.com")},
    },
    {
        "key": "A2", "date": "2026-01-16 09:27:45", "client": "gmail",
        "from_name": "Diệp Thị Thanh Xuân", "from_addr": "diepthanhxuan.ct@gmail.com", "to": "support",
        "subject": "Yêu cầu cung cấp thông tin cá nhân Công ty đang lưu giữ",
        "fmt": "html", "cte": "b64",
        "body": """\
Kính gửi Công ty Thịnh Trí,

Tôi là Diệp Thị Thanh Xuân, từng sử dụng dịch vụ tư vấn thành lập doanh nghiệp của Công ty vào tháng 9/2025.

Đề nghị Công ty cho tôi biết: (1) Công ty đang lưu những thông tin cá nhân nào của tôi; (2) các thông tin đó đã được cung cấp cho bên thứ ba nào chưa (ví dụ ngân hàng, đơn vị khắc dấu, dịch vụ kế toán...); và gửi cho tôi bản sao các thông tin đó qua email này.

Tôi không có khiếu nại gì về dịch vụ, chỉ muốn nắm rõ thông tin của mình.

Trân trọng,
Diệp Thị Thanh Xuân
SĐT: 0939 417 526
Địa chỉ: 45/12 đường 3 Tháng 2, phường Cái Khế, TP. Cần Thơ
""",
        "label": {"category": "access_request", "language": "vi",
                  "contact": C("Diệp Thị Thanh Xuân", "+84939417526", "diepthanhxuan.ct@gmail.com",
                               "45/12 đường 3 Tháng 2, phường Cái Khế, TP. Cần Thơ"),
                  "note": "States it is not a complaint. HTML-only, base64."},
    },
    {
        "key": "A3", "date": "2026-04-29 12:15:08", "client": "outlook",
        "from_name": "Cao Thi Diem My", "from_addr": "diemmy.cao@daesung-vina.com", "to": "info",
        "subject": "Request copy of my personal file / xin bản sao hồ sơ cá nhân",
        "fmt": "alt", "cte": "qp",
        "body": """\
Dear anh chị,

Em là Cao Thị Diễm My, hiện là Admin Manager tại Daesung Vina. Năm 2025 em có dùng dịch vụ tư vấn của Thịnh Trí về việc mua nhà trả góp (personal matter, không liên quan đến công ty em).

Em muốn request một bản copy toàn bộ personal data mà bên mình đang lưu về em: thông tin liên hệ, các giấy tờ em đã nộp (CCCD, hợp đồng mua bán, sao kê lương) và meeting notes của các buổi tư vấn. Bản soft copy (PDF) anh chị gửi về email cá nhân diemmy.cao@gmail.com giúp em, đừng gửi vào email công ty nhé.

Thanks anh chị,
Diễm My
M: 0909 517 364
""",
        "label": {"category": "access_request", "language": "mixed",
                  "contact": C("Cao Thị Diễm My", "+84909517364", "diemmy.cao@gmail.com"),
                  "note": "Sent from her work mailbox; asks for the reply at the personal email given in the body."},
    },
    {
        "key": "A4", "date": "2026-01-09 10:02:18", "client": "gmail",
        "from_name": "Bao Lam", "from_addr": "lamquocbao.ag@gmail.com", "to": "info",
        "subject": "cong ty dang luu thong tin gi cua toi",
        "fmt": "alt", "cte": "7bit",
        "body": """\
Chao cong ty,
Toi ten Lam Quoc Bao, o An Giang. Nam 2024 toi co goi len tong dai va gui email hoi ve thu tuc chuyen muc dich su dung dat, sau do khong dung dich vu.
Nho cong ty cho toi biet hien cong ty con luu nhung thong tin gi ve toi (ten, so dien thoai, giay to, ghi am cuoc goi...), luu den khi nao, va gui ban sao cho toi qua email nay.
So cua toi: 0367 905 128.
Cam on.
""",
        "label": {"category": "access_request", "language": "vi",
                  "contact": C("Lam Quoc Bao", "+84367905128", "lamquocbao.ag@gmail.com")},
    },
    {
        "key": "A5", "date": "2026-05-14 10:40:51", "client": "outlookcom", "ol_prefix": "SG2PR03MB",
        "from_name": "Rahul Mehta", "from_addr": "rahul.mehta.vn@outlook.com", "to": "info",
        "subject": "Request for access to my personal data",
        "fmt": "alt", "cte": "qp",
        "body": """\
Dear Thinh Tri Legal,

I am a former employee of Lotus Garment Export Co., Ltd. In 2025 your firm represented the company in a labour dispute that I brought against it, so I was on the other side of that case, not your client.

During the proceedings your firm submitted documents containing my salary slips, medical certificates and internal emails. I would like to know what personal data relating to me your firm still holds, where it was obtained from, and to receive a copy of it.

This request concerns only my own data. I can provide a copy of my passport to verify my identity if needed.

Regards,
Rahul Mehta
Flat 12B, Saigon Pearl, 92 Nguyen Huu Canh, Thanh My Tay Ward, HCMC
+84 938 271 560
""",
        "label": {"category": "access_request", "language": "en",
                  "contact": C("Rahul Mehta", "+84938271560", "rahul.mehta.vn@outlook.com",
                               "Flat 12B, Saigon Pearl, 92 Nguyen Huu Canh, Thanh My Tay Ward, HCMC"),
                  "note": "Writer was the opposing party in a case, not a client; still an access request about his own data."},
    },
    {
        "key": "A6", "date": "2026-05-08 16:55:29", "client": "yahoo",
        "from_name": "Đồng Thị Lan Phương", "from_addr": "lanphuong.dong@yahoo.com", "to": "support",
        "subject": "Xin trích xuất dữ liệu cá nhân để chuyển sang văn phòng luật khác",
        "fmt": "alt", "cte": "qp",
        "body": """\
Kính gửi Công ty,

Tôi là Đồng Thị Lan Phương. Công ty đang giữ hồ sơ vụ tranh chấp quyền nuôi con của tôi từ tháng 10/2025. Do tôi chuyển công tác ra Nha Trang, tôi sẽ nhờ một văn phòng luật sư ở đó tiếp tục theo vụ việc.

Đề nghị Công ty trích xuất và gửi cho tôi toàn bộ thông tin cá nhân của tôi và các con mà Công ty đang lưu (thông tin liên hệ, giấy tờ đã nộp, biên bản làm việc) dưới dạng file điện tử, để tôi chuyển cho luật sư mới.

Địa chỉ hiện tại của tôi: 21 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0905 862 317

Trân trọng,
Đồng Thị Lan Phương
""",
        "label": {"category": "access_request", "language": "vi",
                  "contact": C("Đồng Thị Lan Phương", "+84905862317", "lanphuong.dong@yahoo.com",
                               "21 Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa"),
                  "note": "Asks for an electronic copy of her data to take to another lawyer (access/portability). "
                          "She gives her current address but does not ask for it to be updated."},
    },
]
