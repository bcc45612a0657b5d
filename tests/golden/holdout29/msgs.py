# -*- coding: utf-8 -*-
"""Message data for h29_001 ... h29_025 (see make.py)."""

F_INFO = "info@thinhtrigroup.com"
F_SUPPORT = "support@thinhtrigroup.com"


def L(cat, lang, name=None, phone=None, email=None, address=None, note=None, automated=False):
    return {"category": cat, "automated": automated, "language": lang,
            "contact": {"name": name, "phone": phone, "email": email, "address": address},
            "note": note}


MSGS = [
# ---------------------------------------------------------------- 001
{
    "file": "h29_001.eml", "style": "gmail", "cte": "qp", "hdr": "b",
    "from": ("Nguyễn Hữu Khiêm", "huukhiem.nguyen54@gmail.com"), "to": F_INFO,
    "subject": "Xin tư vấn việc chia thừa kế mảnh đất hương hỏa",
    "date": (2026, 4, 1, 8, 12, 33, "+0700"),
    "body": """Kính gửi Quý Công ty,

Tôi tên là Nguyễn Hữu Khiêm, năm nay 72 tuổi, giáo viên về hưu, hiện ở Hà Đông.

Bố mẹ tôi mất không để lại di chúc, để lại mảnh đất 180m2 ở quê (Thanh Oai) đứng tên bố tôi. Anh em chúng tôi có bốn người, ba người thống nhất giữ lại làm đất hương hỏa để thờ cúng, nhưng cậu em út là Nguyễn Hữu Thành (số điện thoại 0983 115 746) nhất quyết đòi chia phần để bán.

Tôi xin hỏi:
1. Đất hương hỏa có được pháp luật công nhận không, anh em cần lập văn bản thỏa thuận thế nào?
2. Nếu em tôi khởi kiện đòi chia thừa kế thì tòa thường giải quyết ra sao?
3. Công ty có nhận đại diện cho ba anh em chúng tôi làm việc với em út không, chi phí khoảng bao nhiêu?

Tôi không rành máy tính, xin Công ty gọi điện cho tôi vào số 0912 640 385, tốt nhất là buổi sáng.

Trân trọng cảm ơn.
Nguyễn Hữu Khiêm
""",
    "label": L("service_request", "vi", "Nguyễn Hữu Khiêm", "+84912640385", "huukhiem.nguyen54@gmail.com", None,
               "The younger brother's number 0983 115 746 also appears; the sender's own number is the one he asks to be called on. 'hiện ở Hà Đông' is only a district, so address is null."),
},
# ---------------------------------------------------------------- 002
{
    "file": "h29_002.eml", "style": "newsletter", "cte": "b64", "hdr": "q",
    "from": ("Bản tin Pháp Lý Việt", "bantin@phaplyviet-news.vn"), "to": F_INFO,
    "subject": "[Pháp Lý Việt] Điểm tin tháng 4/2026: quyền xóa dữ liệu cá nhân, thuế hộ kinh doanh, nhà ở cho người nước ngoài",
    "date": (2026, 4, 1, 6, 0, 0, "+0700"),
    "headers": [
        ("List-Id", "Ban tin Phap Ly Viet <daily.phaplyviet-news.vn>"),
        ("List-Unsubscribe", "<https://phaplyviet-news.vn/unsubscribe?u=a93f1e2c&e=info%40thinhtrigroup.com>, <mailto:unsubscribe@phaplyviet-news.vn?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-ID", "plv-2026-04-01"),
    ],
    "body": """PHÁP LÝ VIỆT - ĐIỂM TIN THÁNG 4/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân: hướng dẫn xử lý yêu cầu xóa, truy cập và chỉnh sửa dữ liệu của chủ thể dữ liệu - doanh nghiệp cần phản hồi trong thời hạn nào?
2. Thuế đối với hộ kinh doanh sau khi bỏ thuế khoán: 5 câu hỏi thường gặp.
3. Người nước ngoài mua nhà ở thương mại tại Việt Nam: điều kiện và thời hạn sở hữu.
4. Lịch hội thảo trực tuyến miễn phí: "Hợp đồng lao động điện tử" - 9h00 thứ Năm 16/04/2026.

Đọc toàn bộ bản tin tại: https://phaplyviet-news.vn/ban-tin/2026-04

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplyviet-news.vn.
Hủy đăng ký: https://phaplyviet-news.vn/unsubscribe?u=a93f1e2c
""",
    "label": L("unknown", "vi", automated=True,
               note="Bulk newsletter (List-Unsubscribe, Precedence: bulk); subject and body talk about data-deletion rights but it is not a request."),
},
# ---------------------------------------------------------------- 003
{
    "file": "h29_003.eml", "style": "gmail", "cte": "qp", "hdr": "q",
    "from": ("Đỗ Quang Vinh", "vinh@bloomtutor.vn"), "to": F_INFO,
    "subject": "Soạn Privacy Policy + Terms cho app gia sư - xin báo giá",
    "date": (2026, 4, 1, 15, 37, 8, "+0700"),
    "body": """Hi team Thịnh Trí,

Mình là Vinh, founder của BloomTutor - app kết nối gia sư với phụ huynh, đang chuẩn bị launch bản chính thức trên App Store/Google Play vào tháng 6.

App thu thập khá nhiều personal data: họ tên, SĐT phụ huynh, thông tin học sinh (có em dưới 16 tuổi), vị trí, và video ghi lại buổi học. Bên mình cần team hỗ trợ:
- Draft Privacy Policy và Terms of Use song ngữ Việt - Anh, tuân thủ Luật Bảo vệ dữ liệu cá nhân;
- Tư vấn flow xin consent của phụ huynh đối với dữ liệu của trẻ em;
- Review hợp đồng với gia sư freelancer, phần bảo mật dữ liệu học viên.

Team gửi giúp mình proposal (fee + timeline) nhé. Cần trao đổi gì thì gọi mình: 0896 214 370.

Cheers,
Đỗ Quang Vinh
Founder & CEO, BloomTutor
bloomtutor.vn
""",
    "label": L("service_request", "mixed", "Đỗ Quang Vinh", "+84896214370", "vinh@bloomtutor.vn", None,
               "Full of personal-data vocabulary (privacy policy, consent, bảo mật dữ liệu) but asks the firm to draft documents for the sender's app: a service request, not a data-subject request."),
},
# ---------------------------------------------------------------- 004
{
    "file": "h29_004.eml", "style": "gmail", "cte": "7bit",
    "from": ("Manh Hoang", "manhhoang.tn87@gmail.com"), "to": F_SUPPORT,
    "subject": "Thong tin vu viec cua toi bi lo ra ngoai???",
    "date": (2026, 4, 2, 21, 48, 5, "+0700"),
    "body": """Gui cong ty Thinh Tri,

Toi la Hoang Duc Manh o Thai Nguyen. Ngay 24/3 toi goi hotline roi gui email hoi luat su ve khoan vay 120 trieu cua toi voi mot cong ty tai chinh, toi dang bi cham tra may thang.

Den ngay 2/4 toi nhan duoc tin nhan tu mot so la tu xung "van phong thu hoi no", noi ro so tien toi no, ten cong ty tai chinh va ca viec toi "da di hoi luat su de tron no". Chuyen toi hoi luat su thi toi chi noi voi ben anh chi, khong ke voi ai ca.

Toi can cong ty tra loi ro: ai da tiep nhan thong tin cua toi, thong tin do co bi chuyen cho ai khong. Neu khong co cau tra loi thoa dang toi se gui don len co quan chuc nang.

Hoang Duc Manh
SDT 0357 902 614
""",
    "label": L("complaint", "vi", "Hoang Duc Manh", "+84357902614", "manhhoang.tn87@gmail.com"),
},
# ---------------------------------------------------------------- 005
{
    "file": "h29_005.eml", "style": "iphone", "cte": "qp",
    "from": ("Ngoc Han", "ngochan.ly2001@icloud.com"), "to": F_SUPPORT,
    "subject": "Cap nhat sdt moi",
    "date": (2026, 4, 3, 7, 31, 47, "+0700"),
    "headers": [("X-Mailer", "iPhone Mail (22E252)")],
    "body": """Chao anh chi,
Em la Ly Ngoc Han, dang nho ben minh lam thu tuc sang ten xe may o Bien Hoa a.
So cu cua em la 0772 418 093 bi khoa roi, ko dung dc nua. Anh chi lien lac em qua so moi 0868 530 217 nha. Email van giu nhu cu.
Em cam on a.

Gửi từ iPhone của tôi
""",
    "label": L("correction_request", "vi", "Ly Ngoc Han", "+84868530217", "ngochan.ly2001@icloud.com", None,
               "Old number 0772 418 093 also present; contact phone is the new one. Text is unaccented apart from the iPhone footer."),
},
# ---------------------------------------------------------------- 006
{
    "file": "h29_006.eml", "style": "gmail", "cte": "7bit",
    "from": ("Daniel Whitaker", "dan.whitaker.au@gmail.com"), "to": F_INFO,
    "subject": "Buying an apartment in Da Nang as a foreigner - contract review",
    "date": (2026, 4, 3, 10, 5, 51, "+0700"),
    "body": """Hi,

My wife and I (both Australian) have been renting in Son Tra for two years and we would like to buy a two-bedroom apartment in a new building near My Khe beach. The developer says foreigners can own it for 50 years, but the agent is vague about the ownership certificate and what happens when the term runs out.

Could your firm review the sale contract before we pay the deposit, and explain the ownership limits for foreigners? The deposit is due on 20 April, so timing matters a bit.

You can reach me on WhatsApp or by phone at 0798 355 102.

Thanks in advance,
Daniel Whitaker
""",
    "label": L("service_request", "en", "Daniel Whitaker", "+84798355102", "dan.whitaker.au@gmail.com"),
},
# ---------------------------------------------------------------- 007
{
    "file": "h29_007.eml", "style": "gmail", "cte": "7bit",
    "from": ("Quynh Mai", "maiquynh.dn1990@gmail.com"), "to": F_INFO,
    "subject": "xin ban ghi am cuoc goi tu van va thong tin ca nhan",
    "date": (2026, 4, 4, 9, 20, 14, "+0700"),
    "body": """Chao cong ty,
Toi la Ha Thi Quynh Mai, o Da Nang. Ngay 03/4 toi co goi tong dai cua cong ty de hoi ve hop dong dat coc mua can ho, luc do tong dai co thong bao cuoc goi duoc ghi am.
Toi muon xin lai ban ghi am cuoc goi do va toan bo thong tin ca nhan cong ty dang luu ve toi (ho ten, sdt, noi dung tu van) de toi doi chieu. Gui qua email nay giup toi.
So dien thoai cua toi: 0905 447 302 (so toi dung goi tong dai hom do).
Cam on.
""",
    "label": L("access_request", "vi", "Ha Thi Quynh Mai", "+84905447302", "maiquynh.dn1990@gmail.com", None,
               "Asks for a copy of the call recording and of the personal data held: access request. From display is only 'Quynh Mai'."),
},
# ---------------------------------------------------------------- 008
{
    "file": "h29_008.eml", "style": "thunderbird", "cte": "8bit", "hdr": "q",
    "from": ("Élodie Marchand", "elodie.marchand@orange.fr"), "to": F_INFO,
    "subject": "Erasure of my personal data (former client, 2023)",
    "date": (2026, 4, 5, 18, 40, 2, "+0200"),
    "headers": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "body": """Dear Sir or Madam,

Your firm assisted me in 2023 with setting up a small import company (Marchand Déco Vietnam Co., Ltd). I sold my share last year and have returned to France.

Under the GDPR and Vietnam's Personal Data Protection Law, I ask you to erase the personal data you still hold about me: passport copies, my former Vietnamese temporary residence card, bank statements and contact details. If certain documents must be retained by law (for example accounting records), please tell me which ones and for how long.

Please send your confirmation by email.

Élodie Marchand
27 rue Paul Bert, 69003 Lyon, France
""",
    "label": L("deletion_request", "en", "Élodie Marchand", None, "elodie.marchand@orange.fr",
               "27 rue Paul Bert, 69003 Lyon, France"),
},
# ---------------------------------------------------------------- 009
{
    "file": "h29_009.eml", "style": "owa_html", "cte": "b64", "hdr": "b",
    "from": ("Châu Thị Mỹ Linh", "mylinh.chau79@outlook.com"), "to": F_SUPPORT,
    "subject": "Khiếu nại: luật sư vắng mặt tại phiên hòa giải không báo trước",
    "date": (2026, 4, 6, 16, 22, 40, "+0700"),
    "nbsp": ("Châu Thị", "Điện thoại", "Địa chỉ"),
    "body": """Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Châu Thị Mỹ Linh, khách hàng ký hợp đồng dịch vụ pháp lý số 0217/2026/HĐDV ngày 12/01/2026 để luật sư đại diện cho tôi trong vụ tranh chấp tiền thuê mặt bằng tại Tòa án nhân dân khu vực 1 - Cần Thơ.

Sáng 06/04/2026 tòa mở phiên hòa giải, tôi có mặt từ 7 giờ 30 nhưng luật sư Tạ Quang Nghĩa không đến, cũng không báo trước. Tôi gọi 5 cuộc không ai nghe máy, cuối cùng phải tự trình bày trong khi bên kia có luật sư đi cùng. Đến chiều cùng ngày vẫn không ai liên lạc lại với tôi.

Tôi đã thanh toán đủ 30.000.000 đồng đợt 1. Tôi đề nghị Công ty:
- Giải trình bằng văn bản lý do luật sư vắng mặt;
- Cử luật sư khác có trách nhiệm hoặc hoàn lại phí đã thu;
- Phản hồi cho tôi trước ngày 10/04/2026.

Châu Thị Mỹ Linh
Điện thoại: 0939 281 764
Địa chỉ: 27/4 Mậu Thân, Phường Tân An, TP. Cần Thơ
""",
    "label": L("complaint", "vi", "Châu Thị Mỹ Linh", "+84939281764", "mylinh.chau79@outlook.com",
               "27/4 Mậu Thân, Phường Tân An, TP. Cần Thơ",
               "HTML-only (Outlook web), signature values separated by &nbsp;."),
},
# ---------------------------------------------------------------- 010
{
    "file": "h29_010.eml", "style": "autoreply", "cte": "qp", "hdr": "b",
    "from": ("Phòng Kế toán", "ketoan@thepnamtien.vn"), "to": F_INFO,
    "subject": "Re: Đề nghị cung cấp hóa đơn và biên bản đối chiếu công nợ quý I/2026",
    "date": (2026, 4, 7, 8, 3, 19, "+0700"),
    "in_reply_to": True,
    "headers": [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                ("X-Mailer", "HelpdeskPro Mailer 4.2")],
    "body": """Kính gửi Quý đối tác,

Email của Quý đối tác đã được hệ thống ghi nhận với mã yêu cầu #KT-260407-0087. Bộ phận Kế toán sẽ xử lý trong vòng 03 ngày làm việc.

Đây là email tự động, vui lòng không trả lời thư này. Khi cần bổ sung thông tin, xin ghi rõ mã yêu cầu ở tiêu đề email.

Công ty CP Thép Nam Tiến
Tổng đài: (0225) 3742 919
""",
    "label": L("unknown", "vi", automated=True,
               note="Ticket-system acknowledgement: the subject looks like a human reply; only the Auto-Submitted header and the body show it is automatic."),
},
# ---------------------------------------------------------------- 011
{
    "file": "h29_011.eml", "style": "gmail", "cte": "b64", "hdr": "b",
    "from": ("Phạm Thu Hằng", "thuhang.pham.hn@gmail.com"), "to": F_SUPPORT,
    "subject": "Đề nghị cung cấp bản sao dữ liệu cá nhân của tôi",
    "date": (2026, 4, 7, 9, 40, 26, "+0700"),
    "body": """Kính gửi Công ty Luật Thịnh Trí,

Tôi là Phạm Thu Hằng, sinh năm 1988. Tháng 9/2025 tôi có sử dụng dịch vụ tư vấn trực tuyến của Công ty (qua Zoom) về việc chia tài sản sau ly hôn.

Căn cứ quyền của chủ thể dữ liệu, tôi đề nghị Công ty cung cấp cho tôi:
1. Bản sao toàn bộ dữ liệu cá nhân của tôi mà Công ty đang lưu giữ (thông tin nhân thân, giấy tờ tôi đã gửi, biên bản và ghi chú các buổi tư vấn);
2. Thông tin về việc các dữ liệu này có được chia sẻ cho bên thứ ba nào hay không.

Xin gửi bản điện tử qua email này, đồng thời gửi bản giấy về địa chỉ: Số 14, ngách 32/7 phố Hoàng Cầu, Phường Ô Chợ Dừa, Hà Nội.

Số điện thoại liên hệ: 0904 527 813.

Trân trọng,
Phạm Thu Hằng
""",
    "label": L("access_request", "vi", "Phạm Thu Hằng", "+84904527813", "thuhang.pham.hn@gmail.com",
               "Số 14, ngách 32/7 phố Hoàng Cầu, Phường Ô Chợ Dừa, Hà Nội"),
},
# ---------------------------------------------------------------- 012
{
    "file": "h29_012.eml", "style": "gmail_mixed", "cte": "qp", "hdr": "b",
    "from": ("Tôn Nữ Minh Thư", "minhthu.tonnu.law@gmail.com"), "to": F_INFO,
    "subject": "Ứng tuyển Thực tập sinh pháp lý - Tôn Nữ Minh Thư",
    "date": (2026, 4, 7, 22, 15, 9, "+0700"),
    "attach": [("application/pdf", "CV_TonNuMinhThu.pdf"), ("application/pdf", "BangDiem_TonNuMinhThu.pdf")],
    "body": """Kính gửi Anh/Chị phụ trách tuyển dụng,

Em là Tôn Nữ Minh Thư, sinh viên năm 4 Trường Đại học Luật, Đại học Huế. Em được biết Công ty đang tuyển thực tập sinh pháp lý mảng doanh nghiệp và sở hữu trí tuệ tại TP.HCM từ tháng 6/2026.

Em đã có 6 tháng làm cộng tác viên tại Trung tâm tư vấn pháp luật của trường, chủ yếu hỗ trợ soạn đơn từ và tra cứu văn bản. Em xin gửi kèm CV và bảng điểm, mong Anh/Chị xem xét và cho em cơ hội được phỏng vấn.

Em xin cảm ơn!
Tôn Nữ Minh Thư
SĐT: 0776 184 329
""",
    "label": L("unknown", "vi", "Tôn Nữ Minh Thư", "+84776184329", "minhthu.tonnu.law@gmail.com", None,
               "Internship application, not a customer request."),
},
# ---------------------------------------------------------------- 013
{
    "file": "h29_013.eml", "style": "outlook", "cte": "7bit",
    "from": ("Arjun Mehta", "arjun.mehta@solvexa-tech.com"), "to": F_SUPPORT,
    "subject": "Please update my email address on file",
    "date": (2026, 4, 8, 11, 2, 37, "+0700"),
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzHq3kTt0fQ2mNcR8yVb1wXoP4e9A==")],
    "body": """Dear Thinh Tri team,

I am moving to a new employer next week, so this work mailbox will be closed on 15 April.

Your firm is handling the renewal of the temporary residence cards for my wife and me. Please replace my email on your file with arjun.mehta.vn@outlook.com and send all future correspondence there. Please do not copy my former colleague Neha Sharma (neha.sharma@solvexa-tech.com) on anything about this matter any more.

My mobile number stays the same: 0937 468 251.

Kind regards,
Arjun Mehta
""",
    "label": L("correction_request", "en", "Arjun Mehta", "+84937468251", "arjun.mehta.vn@outlook.com", None,
               "New personal email in the body differs from the From address; a colleague's address also appears."),
},
# ---------------------------------------------------------------- 014
{
    "file": "h29_014.eml", "style": "gmail", "cte": "7bit",
    "from": ("Luan Kha", "khaminhluan1994@gmail.com"), "to": F_INFO,
    "subject": "hoi ve tranh chap ranh dat voi hang xom",
    "date": (2026, 4, 8, 12, 40, 58, "+0700"),
    "body": """Chao luat su,
Toi ten Kha Minh Luan, nha o An Giang, lam ruong. Nha toi va nha hang xom tranh chap ranh dat khoang 1m x 30m. Ben kia tu y xay hang rao lan qua dat toi, toi da bao xa hoa giai 2 lan nhung khong thanh.
Toi co so do cap nam 2009, ben kia cung co so. Cho toi hoi buoc tiep theo la gi, co phai kien ra toa khong, va neu nho luat su theo vu nay thi chi phi khoang bao nhieu.
Luat su goi giup toi so 0858.417.093 (buoi trua hoac sau 6h chieu).
Cam on luat su nhieu.
""",
    "label": L("service_request", "vi", "Kha Minh Luan", "+84858417093", "khaminhluan1994@gmail.com"),
},
# ---------------------------------------------------------------- 015
{
    "file": "h29_015.eml", "style": "yahoo", "cte": "qp", "hdr": "q",
    "from": ("Lưu Thị Kiều Oanh", "kieuoanh.luu@yahoo.com"), "to": F_SUPPORT,
    "headers": [("X-Mailer", "WebService/1.1.25019 YMailNorrin")],
    "subject": "Đề nghị hủy hồ sơ tư vấn của tôi",
    "date": (2026, 4, 9, 23, 5, 44, "+0700"),
    "body": """Kính gửi Công ty,

Tôi là Lưu Thị Kiều Oanh, ở Quảng Ngãi. Cuối tháng 2 tôi có gọi điện và gửi email nhờ Công ty tư vấn về việc ly hôn vì bị chồng bạo hành, có gửi kèm ảnh chụp vết thương và tin nhắn đe dọa.

Hiện hai bên gia đình đã hòa giải và tôi quyết định không ly hôn nữa. Tôi rất sợ nếu chồng tôi biết chuyện tôi từng đi hỏi luật sư. Vì vậy tôi đề nghị Công ty hủy toàn bộ hồ sơ, ảnh, tin nhắn và ghi chú liên quan đến tôi, không giữ lại bất kỳ bản nào, và xin đừng gọi điện hay nhắn tin cho tôi.

Nếu cần xác nhận, Công ty chỉ trả lời qua email này.

Xin cảm ơn.
Oanh
""",
    "label": L("deletion_request", "vi", "Lưu Thị Kiều Oanh", None, "kieuoanh.luu@yahoo.com", None,
               "'hủy hồ sơ' here means destroying her records (deletion), not cancelling a service; no phone given and she asks not to be called."),
},
# ---------------------------------------------------------------- 016
{
    "file": "h29_016.eml", "style": "owa_html", "cte": "qp", "hdr": "b",
    "from": ("Hồ Thị Thanh Xuân", "thanhxuan.hue1981@hotmail.com"), "to": F_INFO,
    "subject": "Hỏi về quyền nuôi con khi ly hôn",
    "date": (2026, 4, 9, 20, 33, 12, "+0700"),
    "body": """Thưa luật sư,

Tôi là Hồ Thị Thanh Xuân, 45 tuổi, ở Huế. Tôi và chồng đã ly thân gần một năm, có hai con: cháu lớn 15 tuổi, cháu nhỏ 8 tuổi. Chồng tôi làm ăn ở Đà Nẵng, ít khi về và không gửi tiền nuôi con.

Tôi muốn ly hôn đơn phương và được nuôi cả hai cháu. Xin luật sư cho biết:
- Cháu lớn 15 tuổi thì tòa có hỏi ý kiến cháu không?
- Mức cấp dưỡng thường được tính thế nào?
- Hồ sơ và thời gian giải quyết ở tòa tại Huế mất bao lâu, nếu nhờ Công ty thì phí thế nào?

Chuyện này tôi chưa muốn bên nội biết, mong luật sư giữ kín giúp. Xin gọi tôi vào số di động 0935 762 148 sau 19 giờ, đừng gọi vào số máy bàn ở cửa hàng.

Trân trọng,
Thanh Xuân
""",
    "label": L("service_request", "vi", "Hồ Thị Thanh Xuân", "+84935762148", "thanhxuan.hue1981@hotmail.com", None,
               "HTML-only. Asks the lawyer to keep the matter confidential - a service request, not a privacy request."),
},
# ---------------------------------------------------------------- 017
{
    "file": "h29_017.eml", "style": "gmail", "cte": "7bit",
    "from": ("Megan Castillo", "megan.castillo.vn@gmail.com"), "to": F_INFO,
    "subject": "Your seminar invitation exposed everyone's email addresses",
    "date": (2026, 4, 10, 9, 14, 3, "+0700"),
    "body": """Hello,

This morning I received your firm's invitation to the "Tax finalisation 2025 for foreigners" seminar. The email was sent with every recipient visible in the CC field - I counted over 150 addresses, many of them obviously private, and people are already hitting "reply all".

I gave you my email last year only for my work permit file. Now it has been shown to 150 strangers, and I have already had a message from someone selling "visa runs".

I want a written explanation of how this happened and what you will do to make sure it does not happen again. I would also like to know whether the same mailing list holds my phone number or passport details.

Megan Castillo
Mobile: +84 (0) 903 618 245
""",
    "label": L("complaint", "en", "Megan Castillo", "+84903618245", "megan.castillo.vn@gmail.com", None,
               "Complaint about a CC data leak; the closing question about what the list holds is secondary. Phone written as '+84 (0) 903 618 245'."),
},
# ---------------------------------------------------------------- 018
{
    "file": "h29_018.eml", "style": "outlook", "cte": "7bit",
    "from": ("Kenji Takahashi", "k.takahashi@hoshino-precision.com.vn"), "to": F_INFO,
    "subject": "Work permit renewals for 3 Japanese engineers - request for quotation",
    "date": (2026, 4, 10, 14, 20, 51, "+0700"),
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Dear Thinh Tri Legal,

I am the Administration Manager of Hoshino Precision Vietnam Co., Ltd. in Yen Phong Industrial Park, Bac Ninh. Three of our Japanese engineers have work permits expiring between 15 June and 3 July 2026.

We would like your firm to handle the renewals (or new permits, if renewal is not possible), including the temporary residence cards. Please send us a quotation, the list of documents required from each engineer, and the expected processing time.

For coordination please contact me directly at (0222) 3699 418 ext. 105, or by email. Our HR officer, Ms. Dao Thi Lan, can help with collecting the documents.

Best regards,
Kenji Takahashi
Administration Manager
Hoshino Precision Vietnam Co., Ltd.
""",
    "label": L("service_request", "en", "Kenji Takahashi", "+842223699418", "k.takahashi@hoshino-precision.com.vn", None,
               "Office landline with extension (extension not part of E.164); the HR officer's name also appears; the industrial park is the company's location, not the sender's address."),
},
# ---------------------------------------------------------------- 019
{
    "file": "h29_019.eml", "style": "gmail", "cte": "7bit",
    "from": ("Kieu Anh Tuan", "kieuanhtuan.hp@gmail.com"), "to": F_INFO,
    "subject": "Toi chua bao gio dang ky, de nghi xoa email cua toi",
    "date": (2026, 4, 11, 10, 47, 30, "+0700"),
    "body": """Chao Thinh Tri,

Toi la Kieu Anh Tuan, o Hai Phong. Toi chua tung su dung dich vu hay dang ky nhan tin gi cua cong ty, nhung tu thang 3 den nay toi nhan 4 email quang cao cua ben anh chi (khoa hoc "Phap ly cho chu nha tro", uu dai thanh lap cong ty...).

De nghi cong ty xoa dia chi email nay va moi thong tin cua toi khoi danh sach gui thu, dong thoi cho toi biet cong ty lay email cua toi tu dau.

Tran trong,
Kieu Anh Tuan
""",
    "label": L("deletion_request", "vi", "Kieu Anh Tuan", None, "kieuanhtuan.hp@gmail.com", None,
               "Also asks where the firm got his address, but the main request is erasure."),
},
# ---------------------------------------------------------------- 020
{
    "file": "h29_020.eml", "style": "gmail", "cte": "7bit",
    "from": ("Dang Kim Ngan", "kimngan.dang1999@gmail.com"), "to": F_INFO,
    "subject": "bao gia chup anh cuoi Da Lat",
    "date": (2026, 4, 11, 19, 2, 16, "+0700"),
    "body": """anh Thinh oi, em gui lai anh bang bao gia goi chup anh cuoi Da Lat 2 ngay 1 dem nhu hom qua noi chuyen nhe: goi co ban 18tr, goi full (ca makeup + vay) 25tr.
Anh xem roi chot ngay giup em, thang 5 lich ben em kin lam roi a.
Em cam on anh!
""",
    "label": L("unknown", "vi", "Dang Kim Ngan", None, "kimngan.dang1999@gmail.com", None,
               "Misdirected mail meant for someone called Thinh; no request to the firm. Name only from the From display name."),
},
# ---------------------------------------------------------------- 021
{
    "file": "h29_021.eml", "style": "gmail", "cte": "b64", "hdr": "b",
    "from": ("Mai Xuân Trường", "truong.mai@datasafe-compliance.vn"), "to": F_INFO,
    "subject": "Thịnh Trí đã sẵn sàng cho Luật Bảo vệ dữ liệu cá nhân? - Free DPIA quick-scan",
    "date": (2026, 4, 13, 8, 55, 41, "+0700"),
    "body": """Kính chào anh/chị,

Em là Trường, Account Manager của DataSafe Compliance. Từ 01/01/2026 Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực, và các công ty luật xử lý rất nhiều sensitive data của khách hàng (CCCD, hồ sơ hôn nhân, tài chính...) nên thuộc nhóm rủi ro cao khi bị thanh tra.

DataSafe đang offer miễn phí gói đánh giá nhanh (DPIA quick-scan) trong 2 tuần, gồm:
- Data mapping các hệ thống email, CRM, file server;
- Checklist quy trình xử lý yêu cầu xóa / truy cập dữ liệu của khách hàng;
- Template thông báo vi phạm dữ liệu gửi cơ quan chức năng trong 72 giờ.

Anh/chị có 20 phút cho một cuộc call tuần sau không ạ? Anh/chị chọn lịch tại datasafe-compliance.vn/demo hoặc gọi em 0827 339 560.

Best regards,
Mai Xuân Trường
Account Manager | DataSafe Compliance JSC
""",
    "label": L("unknown", "mixed", "Mai Xuân Trường", "+84827339560", "truong.mai@datasafe-compliance.vn", None,
               "Cold sales pitch to the firm; mentions data-protection law and deletion/access requests but asks for nothing on the sender's own data."),
},
# ---------------------------------------------------------------- 022
{
    "file": "h29_022.eml", "style": "iphone", "cte": "qp",
    "from": ("Tuan Anh", "hosytuananh.na@icloud.com"), "to": F_INFO,
    "subject": "hoi ve boi thuong tai nan giao thong",
    "date": (2026, 4, 13, 22, 41, 9, "+0700"),
    "headers": [("X-Mailer", "iPhone Mail (22E252)")],
    "body": """Chao luat su,
Em ten Ho Sy Tuan Anh, 24 tuoi, o Vinh, Nghe An. Toi 12/4 em di xe may bi mot xe o to tat dau dam vao, gay xuong tay, xe may hu nang. CSGT da lap bien ban, loi ben o to. Ben kia luc dau hua boi thuong nhung gio chi dong y tra 10 trieu, trong khi vien phi cua em da hon 28 trieu, chua tinh nhung ngay phai nghi lam.
Em muon hoi em co the yeu cau boi thuong nhung khoan nao, neu kien thi co phai nop an phi khong, va ben minh co nhan theo vu o Nghe An khong a.
Sdt/zalo cua em: 0372 580 941.
Em cam on.

Gửi từ iPhone của tôi
""",
    "label": L("service_request", "vi", "Ho Sy Tuan Anh", "+84372580941", "hosytuananh.na@icloud.com"),
},
# ---------------------------------------------------------------- 023
{
    "file": "h29_023.eml", "style": "gmail", "cte": "qp", "hdr": "q",
    "from": ("Quàng Văn Pấng", "quangvanpang.sl@gmail.com"), "to": F_SUPPORT,
    "subject": "Sửa họ tên trong hồ sơ đăng ký nhãn hiệu",
    "date": (2026, 4, 14, 10, 30, 22, "+0700"),
    "body": """Thưa anh chị Công ty Thịnh Trí,

Tôi là Quàng Văn Pấng, người dân tộc Thái ở Sơn La, đang nhờ Công ty làm hồ sơ đăng ký nhãn hiệu cho sản phẩm cà phê của hợp tác xã.

Trong giấy ủy quyền và email xác nhận Công ty gửi, họ của tôi bị ghi thành "Hoàng Văn Pấng". Họ đúng của tôi là Quàng (chữ Q), đúng như trên căn cước. Nhờ Công ty sửa lại tên trong hồ sơ và các giấy tờ trước khi nộp lên Cục Sở hữu trí tuệ.

Xin cảm ơn.
Quàng Văn Pấng
Giám đốc HTX Cà phê Nậm Păm
DĐ: 0346 715 280
""",
    "label": L("correction_request", "vi", "Quàng Văn Pấng", "+84346715280", "quangvanpang.sl@gmail.com", None,
               "Misspelled variant 'Hoàng Văn Pấng' also appears; the correct name is Quàng Văn Pấng."),
},
# ---------------------------------------------------------------- 024
{
    "file": "h29_024.eml", "style": "gmail", "cte": "qp", "hdr": "b",
    "from": ("Nghiêm Xuân Bách", "bach.nghiem@gmail.com"), "to": ("Thịnh Trí Group", F_INFO),
    "subject": "Re: Báo giá dịch vụ thành lập công ty TNHH hai thành viên",
    "date": (2026, 4, 15, 8, 20, 45, "+0700"),
    "in_reply_to": True,
    "body": """Chào em Linh,

Anh đã xem báo giá, anh đồng ý gói thành lập trọn gói 4.500.000đ (chưa gồm con dấu). Tên công ty anh chốt là "CÔNG TY TNHH GỐM SỨ XANH BÁT TRÀNG", vốn điều lệ 2 tỷ, anh góp 60%, bạn anh góp 40%.

Em soạn hồ sơ rồi gửi bản giấy ra cho anh ký tại nhà: số 27 ngõ 58 Trần Bình, Phường Cầu Giấy, Hà Nội. Anh chuyển khoản luôn khi nhận hồ sơ.

Có gì em gọi anh: 0975 803 162.

Nghiêm Xuân Bách
""",
    "quote": {
        "attr": "Vào Th 3, 14 thg 4, 2026 vào lúc 16:05 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
        "text": """Kính gửi anh Bách,

Cảm ơn anh đã quan tâm đến dịch vụ của Thịnh Trí. Phí dịch vụ thành lập công ty TNHH hai thành viên trọn gói là 4.500.000 đồng (chưa bao gồm khắc dấu), thời gian 5-7 ngày làm việc.

Anh vui lòng xác nhận tên dự kiến, vốn điều lệ và tỷ lệ góp vốn để chúng tôi soạn hồ sơ. Mọi thắc mắc anh có thể gọi hotline 1800 63 65 hoặc số trực tiếp của tôi 028 3930 6617.

Trân trọng,
Phạm Khánh Linh
Chuyên viên tư vấn - Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM""",
    },
    "label": L("service_request", "vi", "Nghiêm Xuân Bách", "+84975803162", "bach.nghiem@gmail.com",
               "số 27 ngõ 58 Trần Bình, Phường Cầu Giấy, Hà Nội",
               "Reply; only the top part is new. Quoted firm text has the hotline, a staff direct line and the firm's address; the sender's home address is given for delivering papers."),
},
# ---------------------------------------------------------------- 025
{
    "file": "h29_025.eml", "style": "gmail", "cte": "b64", "hdr": "b",
    "from": ("Mạc Thị Bích Phượng", "bichphuong.mac@gmail.com"), "to": F_SUPPORT,
    "subject": "Điều chỉnh ngày sinh và số CCCD trong hồ sơ",
    "date": (2026, 4, 15, 14, 2, 11, "+0700"),
    "body": """Chào anh chị bên Thịnh Trí,

Tôi là Mạc Thị Bích Phượng, đang nhờ Công ty soạn hợp đồng cho thuê nhà ở Nha Trang.

Tôi viết thư này không phải để khiếu nại, chỉ là trong bản dự thảo hợp đồng gửi hôm thứ Sáu tôi thấy ngày sinh của tôi ghi 12/08/1971, đúng ra là 21/08/1971, và số CCCD bị thiếu số 0 ở đầu. Số đúng là 056171004829.

Nhờ anh chị sửa lại trong hồ sơ khách hàng và trong bản hợp đồng giúp tôi. Cần xác minh gì thì gọi tôi số 0914 306 572.

Cảm ơn anh chị.
Bích Phượng
""",
    "label": L("correction_request", "vi", "Mạc Thị Bích Phượng", "+84914306572", "bichphuong.mac@gmail.com", None,
               "Says explicitly it is not a complaint. The 12-digit CCCD number 056171004829 is not a phone number."),
},
]
