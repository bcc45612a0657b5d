# -*- coding: utf-8 -*-
"""Message data for h34_026 ... h34_050 (see make.py for the builder)."""
from msgs import INFO, SUPPORT, SIG_LINH_EN, SIG_LINH_VI

SIG_NGOC_VI = """LS. Lương Thị Bích Ngọc
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65"""

MSGS = [
# ---------------------------------------------------------------- 026
dict(n=26, client="gmail", layout="alt", cte="7bit",
     **{"from": ("Diem Suong Danh", "diemsuong.danh@gmail.com")},
     to=INFO,
     subject="ve thong tin cua toi",
     date="2026-01-30 15:26:14",
     body="""Chao cong ty,

Nam ngoai toi co goi hotline va de lai thong tin de hoi ve thu tuc lam giay khai sinh cho con. Sau do toi tu lam o phuong xong roi.

Toi khong con nhu cau dung dich vu, mong cong ty dung giu ten, so dien thoai 0362 148 057 va dia chi email cua toi trong danh sach khach hang nua, cung khong can nhan tin gioi thieu dich vu cho toi.

Cam on.
Danh Thi Diem Suong
""",
     label=dict(category="deletion_request", language="vi", name="Danh Thi Diem Suong",
                phone="+84362148057", email="diemsuong.danh@gmail.com",
                note="Deletion request phrased as 'đừng giữ ... nữa' without the word 'xóa'; no diacritics.")),

# ---------------------------------------------------------------- 027
dict(n=27, client="gmail", layout="plain", cte="7bit",
     **{"from": ("Cuong Tieu", "tieuvancuong76@gmail.com")},
     to=INFO,
     subject="xin lai ban sao giay to ca nhan da nop",
     date="2026-02-19 10:44:58",
     body="""Chao cong ty,

Toi la Tieu Van Cuong. Thang 9/2025 toi co nop cho cong ty ban sao CCCD, so ho khau cu, giay xac nhan tinh trang hon nhan va hop dong mua ban xe de nho tu van. Sau do toi khong lam tiep ho so do nua.

Gio toi lam mat ban goc giay xac nhan tinh trang hon nhan, nho cong ty scan gui lai cho toi tat ca cac giay to cua toi ma cong ty dang giu, va cho toi biet cong ty con luu nhung thong tin gi khac ve toi.

Gui vao email nay hoac goi toi 0398 760 214.
Cam on.
""",
     label=dict(category="access_request", language="vi", name="Tieu Van Cuong",
                phone="+84398760214", email="tieuvancuong76@gmail.com",
                note="Asks for copies of his own documents and what else is held about him -> access, not a service request.")),

# ---------------------------------------------------------------- 028
dict(n=28, client="outlook", layout="plain", cte="quoted-printable", hcs="b",
     **{"from": ("Từ Quốc Hưng", "hung.tu@sgfreshmart.vn")},
     to=("Kha Văn Trọng", INFO),
     subject="RE: Lịch ký phụ lục hợp đồng thuê kho - tuần sau",
     date="2026-03-19 13:58:06",
     in_reply_to="<b3a91f0c-2d4e-4a6b-9c8d-7e1f2a3b4c5d@thinhtrigroup.com>",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
              ("X-Auto-Response-Suppress", "All")],
     body="""Chào anh/chị,

Em đang đi công tác Đà Nẵng đến hết ngày 27/03 và sẽ check email không thường xuyên. Việc gấp vui lòng liên hệ trợ lý của em là chị Đỗ Thảo Nguyên - 0903 618 224.

I am out of the office until 27 March with limited access to email. For urgent matters please contact my assistant, Ms. Do Thao Nguyen (0903 618 224).

Thanks & best regards,
Từ Quốc Hưng
Saigon Fresh Mart
""",
     label=dict(category="unknown", automated=True, language="mixed",
                note="Subject 'RE: ...' looks like a human reply about a contract; only the Auto-Submitted/X-Autoreply headers and the out-of-office wording reveal it. The assistant's number is not a contact.")),

# ---------------------------------------------------------------- 029
dict(n=29, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Đồng Thị Bích Thủy", "bichthuy.dong@gmail.com")},
     to=INFO,
     subject="Fwd: Thư yêu cầu thanh toán",
     date="2026-03-18 07:51:33",
     body="""Chào anh chị,

Tôi chuyển tiếp thư tôi vừa nhận từ một văn phòng luật sư đại diện cho chị Ngô Kim Thoa - người trước đây hùn vốn mở tiệm spa với tôi. Họ yêu cầu tôi trả 320 triệu trong 7 ngày, nếu không sẽ khởi kiện.

Thực tế chị Thoa đã tự rút vốn từ năm 2024, có giấy tay hai bên ký xác nhận. Tôi muốn nhờ Công ty xem giúp thư này, soạn thư phản hồi thay tôi, và nếu họ kiện thì đại diện cho tôi luôn. Tôi có thể mang giấy tờ lên văn phòng sáng thứ Bảy này.

Đồng Thị Bích Thủy
SĐT: 0702 846 153
""",
     quote=dict(kind="fwd_gmail_vi", from_name="Văn phòng Luật sư Minh Pháp", from_addr="lienhe@luatsuminhphap.vn",
                date="2026-03-17 16:05", subject="Thư yêu cầu thanh toán", to="bichthuy.dong@gmail.com",
                text="""Kính gửi bà Đồng Thị Bích Thủy,

Văn phòng Luật sư Minh Pháp được bà Ngô Kim Thoa ủy quyền đại diện trong việc thu hồi khoản vốn góp 320.000.000 đồng vào cơ sở kinh doanh spa mà hai bên cùng góp vốn năm 2023.

Đề nghị bà thanh toán toàn bộ số tiền trên cho thân chủ của chúng tôi trong vòng 07 ngày kể từ ngày nhận thư này. Quá thời hạn trên, chúng tôi sẽ tiến hành các thủ tục khởi kiện theo quy định của pháp luật.

Mọi trao đổi xin liên hệ Luật sư Hồ Đắc Minh, ĐT: 0909 374 516.

Trân trọng,
Văn phòng Luật sư Minh Pháp
22 Lê Thánh Tôn, Phường Sài Gòn, TP.HCM"""),
     label=dict(category="service_request", language="vi", name="Đồng Thị Bích Thủy",
                phone="+84702846153", email="bichthuy.dong@gmail.com",
                note="Forwarded demand letter from the other side's lawyers; their phone 0909 374 516, address and the other party's name are not the sender's.")),

# ---------------------------------------------------------------- 030
dict(n=30, client="thunderbird", layout="plain", cte="7bit", flowed=True, tz="+0700",
     **{"from": ("Hannah Becker", "hannah.becker@posteo.de")},
     to=INFO,
     subject="Feedback on the translation of my documents",
     date="2026-02-27 19:33:40",
     body="""Hi,

I collected the certified translations of my birth certificate and degree from your office on Tuesday. Unfortunately, when I checked them at home I found my mother's maiden name misspelled and the year of my degree given as 2015 instead of 2016. Your colleague fixed both the next day, so the practical problem is solved - thank you for that.

Still, I have to say I'm a little disappointed. I paid for the express service precisely because I was short of time, and the extra trip across town cost me half a day. I'd appreciate it if this feedback reached whoever is responsible for quality checks.

Best,
Hannah Becker
0707 281 649
""",
     label=dict(category="complaint", language="en", name="Hannah Becker",
                phone="+84707281649", email="hannah.becker@posteo.de",
                note="Mild dissatisfaction after the problem was already fixed, no new request - still a complaint. 'Misspelled' concerns the translation, not the firm's records, so not a correction request.")),

# ---------------------------------------------------------------- 031
dict(n=31, client="gmail", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Tony Phạm", "tony.pham.sg@gmail.com")},
     to=INFO,
     subject="Stop SMS marketing + delete my info please",
     date="2026-01-08 21:03:51",
     body="""Hi Thịnh Trí,

Mình là Phạm Quốc Thái (Tony). Năm ngoái mình có đăng ký tham gia seminar "Thuế cho hộ kinh doanh online" bên bạn. Từ đó tới giờ tuần nào cũng nhận SMS với tin Zalo quảng cáo, mình đã reply STOP mà vẫn nhận.

Mình không cần dịch vụ nữa. Please remove số 0355 902 718 và email này khỏi tất cả marketing list, và delete luôn toàn bộ thông tin cá nhân mình đã đăng ký hôm seminar.

Thanks,
Tony
""",
     label=dict(category="deletion_request", language="mixed", name="Phạm Quốc Thái",
                phone="+84355902718", email="tony.pham.sg@gmail.com",
                note="Some annoyance about continued SMS, but the request is removal from lists and deletion of his data.")),

# ---------------------------------------------------------------- 032
dict(n=32, client="outlookcom", layout="html", cte="quoted-printable", hcs="b",
     **{"from": ("Jasmine Tô", "jasmine@tobloomflorist.vn")},
     to=SUPPORT,
     subject="Update địa chỉ & số điện thoại - To Bloom Florist (HĐ 0051/2026)",
     date="2026-03-02 09:12:55",
     body="""Dear team,

Em là Tô Thanh Diệp (Jasmine), owner của To Bloom Florist, khách hàng retainer tư vấn pháp lý thường xuyên của bên mình (HĐ số 0051/2026/HĐDV-TT).

Shop vừa dời sang mặt bằng mới từ 01/03, nhờ team update giúp thông tin trên hồ sơ và hóa đơn:
Địa chỉ mới: 211 Hai Bà Trưng, Phường Xuân Hòa, TP.HCM
Điện thoại liên hệ của em: 0933 745 602 (thay cho số bàn cũ của shop 028 3930 1157)

Email giữ nguyên nha. Thanks team!
Jasmine
""",
     label=dict(category="correction_request", language="mixed", name="Tô Thanh Diệp",
                phone="+84933745602", email="jasmine@tobloomflorist.vn",
                address="211 Hai Bà Trưng, Phường Xuân Hòa, TP.HCM",
                note="Existing retainer client updating address and phone; the shop's old landline 028 3930 1157 is not the contact. HTML-only.")),

# ---------------------------------------------------------------- 033
dict(n=33, client="oe", layout="plain", cte="quoted-printable", charset="windows-1258", hcs="q",
     **{"from": ("Tống Văn Khiêm", "khiemtongvan1951@yahoo.com.vn")},
     to=INFO,
     subject="Hỏi về thủ tục khai nhận di sản thừa kế",
     date="2026-01-12 08:05:41",
     body="""Kính gửi Quý Công ty,

Tôi là Tống Văn Khiêm, năm nay 75 tuổi, ngụ tại 45 đường Mậu Thân, Phường Ninh Kiều, TP. Cần Thơ. Vợ tôi mất năm ngoái, không để lại di chúc. Tài sản chung của hai vợ chồng là căn nhà đang ở và một mảnh vườn ở Phong Điền. Chúng tôi có bốn người con, một cháu đang định cư ở Mỹ.

Tôi muốn hỏi thủ tục khai nhận di sản thừa kế, người con ở Mỹ có phải về Việt Nam ký giấy tờ không, và Công ty có làm dịch vụ trọn gói không, chi phí hết bao nhiêu.

Tôi không rành máy tính, xin Công ty gọi cho tôi theo số nhà (0292) 3761 408 vào buổi sáng.

Kính thư,
Tống Văn Khiêm
""",
     label=dict(category="service_request", language="vi", name="Tống Văn Khiêm",
                phone="+842923761408", email="khiemtongvan1951@yahoo.com.vn",
                address="45 đường Mậu Thân, Phường Ninh Kiều, TP. Cần Thơ",
                note="Body and headers are windows-1258 with combining tone marks; compare after NFC. The garden 'ở Phong Điền' is property, not his address; landline labelled in E.164.")),

# ---------------------------------------------------------------- 034
dict(n=34, client="gmail", layout="alt", cte="base64", hcs="b",
     **{"from": ("Ryan Nguyễn", "ryan.nguyen.dev@gmail.com")},
     to=SUPPORT,
     subject="Xin recording + notes buổi consult ngày 04/03",
     date="2026-03-10 22:30:17",
     body="""Hi anh/chị,

Em là Nguyễn Hoàng Long (Ryan). Ngày 04/03 em có buổi consult online qua Google Meet với luật sư Ngọc về việc em bị công ty cho nghỉ việc (mã booking BK-260304-12). Đầu buổi luật sư có nói là buổi tư vấn được record để lưu hồ sơ.

Em muốn xin bản recording đó, các note mà bên mình đã ghi về case của em, và cả thông tin cá nhân em đã khai trong form đặt lịch. Em cần để đối chiếu lại timeline trước khi quyết định có đi tiếp hay không.

Gửi qua email này giúp em nha, link Drive cũng được. Em cảm ơn!
Ryan - 0849 326 175
""",
     label=dict(category="access_request", language="mixed", name="Nguyễn Hoàng Long",
                phone="+84849326175", email="ryan.nguyen.dev@gmail.com",
                note="Asks for the recording, notes and form data held about him -> access request.")),

# ---------------------------------------------------------------- 035
dict(n=35, client="outlook", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Margaret Chen", "margaret.chen@bluewavelogistics.vn")},
     to=("Thinh Tri Legal Events", INFO),
     subject="RE: Slides from the \"Hiring foreigners in Vietnam\" workshop",
     date="2026-03-14 10:48:22",
     body="""Hello,

I attended your workshop on 12 March and appreciated the content. However, the follow-up email below was sent with every participant's address visible in the To: line - more than forty people, many of them HR managers at competing companies. Within a day a recruiter I have never met wrote to me referring to the workshop.

For a law firm that advises clients on data protection this is a careless mistake. I would like to know (1) whether you have informed the other attendees, (2) what you will do to prevent this from happening again, and (3) that my details will not be used for anything beyond what I signed up for.

Regards,
Margaret Chen
HR Director, Bluewave Logistics Vietnam
Tel: +84 28 3824 9057
""",
     quote=dict(kind="outlook_en", from_name="Thinh Tri Legal Events", from_addr=INFO,
                date="2026-03-13 08:30", subject="Slides from the \"Hiring foreigners in Vietnam\" workshop",
                to="margaret.chen@bluewavelogistics.vn; duc.le@anphuocgarment.vn; sarah.kim@hanvietelec.com; thao.nguyen@sunrisefood.vn; j.tanaka@kiyomotoparts.vn; hr@tanlongplastics.vn; ...",
                text="""Dear participants,

Thank you for attending our workshop "Hiring foreigners in Vietnam: work permits, TRCs and compliance" on 12 March 2026.

Please find the slides at the link below:
https://thinhtrigroup.com/downloads/workshop-120326.pdf

Should you have any questions, our hotline 1800 63 65 is open Monday to Saturday.

Best regards,
""" + SIG_LINH_EN),
     label=dict(category="complaint", language="en", name="Margaret Chen",
                phone="+842838249057", email="margaret.chen@bluewavelogistics.vn",
                note="Reply to the firm's mass mail; other attendees' addresses in the quoted To: line are not contacts. Sender's office number is her only number.")),

# ---------------------------------------------------------------- 036
dict(n=36, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Sầm Thị Kiều Oanh", "kieuoanh.sam.luat@gmail.com")},
     to=INFO,
     subject="Ứng tuyển Thực tập sinh pháp lý - Sầm Thị Kiều Oanh - SV năm 4 ĐH Luật TP.HCM",
     date="2026-02-24 22:06:30",
     attachments=[("CV_Sầm Thị Kiều Oanh_TTS pháp lý.pdf", "pdf")],
     body="""Kính gửi Phòng Nhân sự Công ty Hệ Thống Luật TNHH Thịnh Trí,

Em là Sầm Thị Kiều Oanh, sinh viên năm 4 chuyên ngành Luật Thương mại, Trường Đại học Luật TP.HCM. Em được biết Công ty đang tuyển thực tập sinh pháp lý cho mảng doanh nghiệp và sở hữu trí tuệ, nên xin gửi hồ sơ ứng tuyển.

Trong thời gian học, em đã tham gia tư vấn pháp luật miễn phí tại Trung tâm Tư vấn pháp luật của trường, hỗ trợ soạn thảo hợp đồng và tra cứu nhãn hiệu. Em hiểu công việc tại văn phòng luật đòi hỏi tuân thủ nghiêm quy định bảo mật thông tin khách hàng và cam kết thực hiện đúng.

Em xin gửi kèm CV. Em có thể thực tập toàn thời gian từ tháng 4/2026 và sẵn sàng phỏng vấn bất cứ lúc nào.

Trân trọng,
Sầm Thị Kiều Oanh
ĐT: 0394 276 815
""",
     label=dict(category="unknown", language="vi", name="Sầm Thị Kiều Oanh",
                phone="+84394276815", email="kieuoanh.sam.luat@gmail.com",
                note="Internship application, not a customer request; 'bảo mật thông tin khách hàng' is about her conduct as an intern.")),

# ---------------------------------------------------------------- 037
dict(n=37, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Hải Yến Chung", "haiyen.chung@gmail.com")},
     to=SUPPORT,
     subject="Sửa số CCCD và ngày sinh trong hồ sơ TT-HS-2026-0305",
     date="2026-03-06 08:27:13",
     attachments=[("CCCD_2mat.jpg", "jpeg")],
     body="""Kính gửi anh/chị,

Em là Chung Thị Hải Yến, đang làm thủ tục đăng ký kết hôn có yếu tố nước ngoài qua Công ty (hồ sơ TT-HS-2026-0305).

Khi xem bản nháp tờ khai Công ty gửi hôm qua, em thấy hai thông tin của em bị sai:
- Số CCCD ghi 001196023748, đúng phải là 001196023478 (bị đảo hai số cuối);
- Ngày sinh ghi 12/07/1996, đúng là 21/07/1996.

Nhờ anh/chị sửa lại trong hồ sơ lưu tại Công ty và trên tờ khai trước khi nộp. Em gửi kèm ảnh chụp CCCD hai mặt để đối chiếu.

Có gì anh/chị gọi em: 0961 803 527.
Em cảm ơn ạ.
""",
     label=dict(category="correction_request", language="vi", name="Chung Thị Hải Yến",
                phone="+84961803527", email="haiyen.chung@gmail.com",
                note="Correction of ID number and birth date in the client file; the 12-digit CCCD numbers are not phones.")),

# ---------------------------------------------------------------- 038
dict(n=38, client="outlook", layout="alt", cte="base64", hcs="b", html_lang="VI",
     **{"from": ("Thư ký Ban Giám đốc - Thép Đông Phát", "thuky@dongphatsteel.vn")},
     to=INFO,
     subject="Đặt lịch tư vấn cho Giám đốc - tranh chấp công nợ hợp đồng mua bán thép",
     date="2026-03-20 15:40:09",
     body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Kim Thị Thanh Trúc, thư ký của ông Lục Văn Đạt - Giám đốc Công ty TNHH Thép Đông Phát. Ông Đạt nhờ tôi liên hệ đặt lịch gặp luật sư về việc một khách hàng ở Long An nợ tiền hàng 1,7 tỷ đồng, đã quá hạn 5 tháng dù hai bên đã ký biên bản đối chiếu công nợ.

Ông Đạt muốn gặp trực tiếp luật sư tại văn phòng Công ty vào chiều thứ Tư 25/03 hoặc sáng thứ Năm 26/03, và nhờ Công ty chuẩn bị trước báo giá cho phương án khởi kiện.

Mọi việc sắp xếp lịch xin trao đổi với tôi qua số 0326 459 180 hoặc email này.

Trân trọng,
Kim Thị Thanh Trúc
Thư ký Ban Giám đốc - Công ty TNHH Thép Đông Phát
""",
     label=dict(category="service_request", language="vi", name="Kim Thị Thanh Trúc",
                phone="+84326459180", email="thuky@dongphatsteel.vn",
                note="Written by the director's secretary, who asks to be the point of contact; the director (Lục Văn Đạt) is named but gives no contact details. From display is a role name.")),

# ---------------------------------------------------------------- 039
dict(n=39, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Mẫn Thị Quế Chi", "quechi.man@gmail.com")},
     to=SUPPORT,
     subject="Yêu cầu xóa thông tin cá nhân của tôi do người khác cung cấp",
     date="2026-02-10 13:55:48",
     body="""Kính gửi Công ty,

Tôi là Mẫn Thị Quế Chi. Tôi không phải khách hàng của Công ty. Tuần trước một luật sư của Công ty gọi cho tôi để hỏi về khoản vay giữa tôi và anh Tạ Quang Hào (chồng cũ của tôi), và cho biết anh Hào là khách hàng, đã cung cấp cho Công ty số điện thoại, địa chỉ nhà và cả nơi làm việc của tôi.

Tôi không đồng ý để Công ty lưu giữ thông tin cá nhân của tôi. Đề nghị Công ty xóa các thông tin về tôi mà anh Hào đã cung cấp (trừ những gì bắt buộc phải giữ cho vụ việc theo luật) và không gọi vào số cá nhân của tôi nữa. Nếu cần liên lạc chính thức, xin gửi văn bản qua email này.

Mẫn Thị Quế Chi
""",
     label=dict(category="deletion_request", language="vi", name="Mẫn Thị Quế Chi",
                phone=None, email="quechi.man@gmail.com",
                note="Sender is not a client; her data was supplied by her ex-husband (Tạ Quang Hào), who is not the sender. She gives no phone.")),

# ---------------------------------------------------------------- 040
dict(n=40, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Bế Quang Minh", "bequangminh.cb@gmail.com")},
     to=INFO,
     subject="Re: Thông báo kết thúc hợp đồng dịch vụ và bàn giao hồ sơ - HĐDV 0176/2025/HĐDV-TT",
     date="2026-03-13 09:20:31",
     body="""Chào chị Ngọc,

Tôi đã nhận đủ bộ hồ sơ gốc bàn giao hôm 10/03, cảm ơn chị và các bạn.

Trong thư dưới chị có nói Công ty sẽ "lưu trữ bản sao hồ sơ theo quy định". Tôi muốn biết cụ thể Công ty giữ lại những tài liệu, thông tin cá nhân nào của tôi, giữ trong bao lâu, và đề nghị gửi cho tôi một bản danh mục kèm bản sao điện tử các tài liệu đó.

Trân trọng,
Bế Quang Minh
0985 612 037
""",
     quote=dict(kind="gmail_vi", from_name="Lương Thị Bích Ngọc", from_addr=INFO,
                date="2026-03-09 17:12",
                text="""Kính gửi anh Bế Quang Minh,

Vụ việc tranh chấp hợp đồng thi công theo Hợp đồng dịch vụ số 0176/2025/HĐDV-TT đã kết thúc bằng quyết định công nhận hòa giải thành. Công ty xin thông báo kết thúc hợp đồng dịch vụ và hẹn bàn giao toàn bộ hồ sơ gốc cho anh vào 10h00 ngày 10/03/2026 tại văn phòng.

Công ty sẽ lưu trữ bản sao hồ sơ theo quy định.

Trân trọng,
""" + SIG_NGOC_VI),
     label=dict(category="access_request", language="vi", name="Bế Quang Minh",
                phone="+84985612037", email="bequangminh.cb@gmail.com",
                note="Reply to the firm's closing letter; asks what personal data is retained, for how long, and for a copy -> access (he does not ask for deletion). Quoted firm signature has the hotline.")),

# ---------------------------------------------------------------- 041
dict(n=41, client="outlookcom", layout="html", cte="base64", hcs="b",
     **{"from": ("Triệu Thị Lan Anh", "lananh.trieu@hotmail.com")},
     to=SUPPORT,
     subject="Phản ánh về thái độ nhân viên tổng đài",
     date="2026-03-17 08:49:02",
     body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Chiều ngày 16/03/2026 tôi gọi đến tổng đài 1800 63 65 để hỏi tiến độ hồ sơ xin giấy phép lao động cho chồng tôi. Nhân viên nữ nghe máy (xưng tên là Nhàn) trả lời nhát gừng, nói "chị hỏi hoài vậy, có gì bên em sẽ báo", rồi tự ý cúp máy khi tôi chưa nói xong.

Tôi là khách hàng đã thanh toán đầy đủ và chỉ hỏi thông tin chính đáng. Thái độ như vậy là không chấp nhận được. Đề nghị Công ty nghe lại cuộc gọi, nhắc nhở nhân viên và phản hồi cho tôi.

Triệu Thị Lan Anh
Điện thoại: 0945 273 861
""",
     label=dict(category="complaint", language="vi", name="Triệu Thị Lan Anh",
                phone="+84945273861", email="lananh.trieu@hotmail.com",
                note="The firm's hotline 1800 63 65 appears in the body; it is not the sender's number. HTML-only.")),

# ---------------------------------------------------------------- 042
dict(n=42, client="gmail", layout="alt", cte="quoted-printable", hcs="q",
     **{"from": ("Marco Bianchi", "marco.bianchi79@gmail.com")},
     to=INFO,
     subject="Re: Appointment confirmation - notarisation of power of attorney (ref. TT-HS-2026-0388)",
     date="2026-03-16 23:12:40",
     body="""Dear Ms Linh,

Thank you for the confirmation. Unfortunately my flight back from Milan has been moved and I won't be in Ho Chi Minh City on 24 March. Could we move the appointment to Friday 27 March, or any time on Monday 30 March? Both mornings work well for me.

Also, could you remind me whether I need to bring the original apostilled birth certificate, or is the copy I emailed enough?

Grazie,
Marco Bianchi
+84 917 530 286
""",
     quote=dict(kind="gmail_en", from_name="Mai Khanh Linh - Thinh Tri", from_addr=INFO,
                date="2026-03-12 11:05",
                text="""Dear Mr Bianchi,

We confirm your appointment for the notarisation of your power of attorney (ref. TT-HS-2026-0388):
- Date/time: Tuesday 24 March 2026, 10:00
- Place: our office, 57-59 Vo Thi Sau Street, District 3

Please bring your passport and temporary residence card.

Best regards,
""" + SIG_LINH_EN),
     label=dict(category="service_request", language="en", name="Marco Bianchi",
                phone="+84917530286", email="marco.bianchi79@gmail.com",
                note="Follow-up in a thread: asks to reschedule and a practical question. Quoted firm text has the firm's address and hotline.")),

# ---------------------------------------------------------------- 043
dict(n=43, client="gmail", layout="alt", cte="base64", hcs="b",
     **{"from": ("Lò Thị Thanh Xuân", "thanhxuan.lo@gmail.com")},
     to=INFO,
     subject="Xin hủy đăng ký và xóa thông tin",
     date="2026-02-02 12:31:19",
     body="""Chào Công ty,

Em là Lò Thị Thanh Xuân. Tháng trước em có điền form trên website để nhận tư vấn miễn phí về hợp đồng thuê nhà, sau đó có bạn tư vấn gọi lại rất nhiệt tình, em cảm ơn.

Em viết mail này không phải để khiếu nại gì đâu ạ. Chỉ là em đã quyết định không thuê căn nhà đó nữa nên không cần tư vấn tiếp. Nhờ Công ty hủy đăng ký và xóa giúp em các thông tin em đã điền trong form (họ tên, số điện thoại 0387 205 946, email và địa chỉ căn nhà định thuê).

Em cảm ơn Công ty ạ.
""",
     label=dict(category="deletion_request", language="vi", name="Lò Thị Thanh Xuân",
                phone="+84387205946", email="thanhxuan.lo@gmail.com",
                note="'không phải để khiếu nại' -> not a complaint; 'hủy đăng ký' together with 'xóa' -> deletion. The rental house address is not given and is not hers.")),

# ---------------------------------------------------------------- 044
dict(n=44, client="oe", layout="plain", cte="quoted-printable", charset="windows-1258", hcs="q",
     **{"from": ("Giáp Thị Ngọc Lan", "ngoclan.giap1958@yahoo.com.vn")},
     to=SUPPORT,
     subject="Báo thay đổi địa chỉ và số điện thoại",
     date="2026-03-24 07:40:12",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Giáp Thị Ngọc Lan, khách hàng nhờ Công ty làm thủ tục tặng cho quyền sử dụng đất cho con gái (hồ sơ TT-HS-2025-0654).

Nay tôi đã về ở với con gái nên xin báo Công ty địa chỉ mới để gửi giấy tờ: 9/2 Phan Đình Phùng, Phường Phú Nhuận, TP.HCM. Số điện thoại bàn ở nhà cũ không còn dùng nữa, xin Công ty ghi lại số di động của tôi là 0913 640 275.

Xin cảm ơn Công ty.
Giáp Thị Ngọc Lan
""",
     label=dict(category="correction_request", language="vi", name="Giáp Thị Ngọc Lan",
                phone="+84913640275", email="ngoclan.giap1958@yahoo.com.vn",
                address="9/2 Phan Đình Phùng, Phường Phú Nhuận, TP.HCM",
                note="windows-1258 body with combining tone marks; compare after NFC.")),

# ---------------------------------------------------------------- 045
dict(n=45, client="outlookcom", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Âu Thị Hương Giang", "huonggiang.au@outlook.com")},
     to=SUPPORT,
     subject="Không hài lòng vì liên tục thay luật sư phụ trách - HĐDV 0129/2026",
     date="2026-03-25 17:05:26",
     body="""Kính gửi Công ty,

Tôi ký hợp đồng dịch vụ số 0129/2026/HĐDV-TT từ tháng 1 để Công ty hỗ trợ tranh chấp với chủ đầu tư dự án căn hộ. Chỉ trong hai tháng tôi đã phải làm việc với ba luật sư khác nhau, mỗi lần đổi người tôi lại phải kể lại từ đầu, gửi lại giấy tờ, và không ai báo trước cho tôi về việc thay đổi.

Tôi hiểu công ty có thể có thay đổi nhân sự, nhưng cách làm này khiến tôi mất thời gian và không yên tâm. Mong Công ty xem xét lại, giữ cố định một luật sư cho vụ việc của tôi đến khi kết thúc, và thông báo trước nếu có thay đổi.

Trân trọng,
Âu Thị Hương Giang
0978 254 613
""",
     label=dict(category="complaint", language="vi", name="Âu Thị Hương Giang",
                phone="+84978254613", email="huonggiang.au@outlook.com",
                note="Moderate, polite dissatisfaction with a request to fix how the case is handled -> complaint.")),

# ---------------------------------------------------------------- 046
dict(n=46, client="gmail", layout="alt", cte="quoted-printable", hcs="q", tz="+1100",
     **{"from": ("Lisa Huynh", "lisa.huynh.mel@gmail.com")},
     to=INFO,
     subject="Hỏi về bán nhà thừa kế khi đang ở Úc - power of attorney",
     date="2026-02-18 21:34:07",
     body="""Hi anh chị,

Em là Huỳnh Ngọc Mai (Lisa), đang sống ở Melbourne. Bố mẹ em mất và để lại căn nhà ở Biên Hòa đứng tên em và anh trai (anh em ở VN). Tụi em muốn bán căn nhà này nhưng năm nay em không về được.

Em cần hỏi:
- Em có thể làm power of attorney (giấy ủy quyền) ở Tổng Lãnh sự quán VN tại Sydney để anh em ký bán thay không?
- Thuế, phí khi bán, và tiền bán có chuyển sang Úc được không?
- Bên mình có nhận làm full service không, fee khoảng bao nhiêu?

Do time difference, anh chị email em hoặc WhatsApp +61 412 538 907 nha.

Thanks a lot,
Lisa Huỳnh Ngọc Mai
""",
     label=dict(category="service_request", language="mixed", name="Huỳnh Ngọc Mai",
                phone="+61412538907", email="lisa.huynh.mel@gmail.com",
                note="Overseas Vietnamese; phone is an Australian mobile (E.164 +61). 'Lisa' is a nickname.")),

# ---------------------------------------------------------------- 047
dict(n=47, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Hứa Thị Hồng Vân", "hongvan.hua@phucanfood.vn")},
     to=INFO,
     subject="Gửi chị bảng lương + BHXH tháng 3",
     date="2026-03-27 16:52:38",
     attachments=[("Bang luong T3-2026_PhucAn.xlsx", "xlsx")],
     body="""Chị Hạnh ơi,

Em gửi chị bảng lương tháng 3 và danh sách tăng giảm lao động BHXH của bên em để chị làm tờ khai giúp em nhé. Tháng này có 2 bạn nghỉ việc và 1 bạn mới vào, em đánh dấu màu vàng trong file.

Có gì chị gọi em 0359 812 604 nha.

Em Vân - Phúc An Food
""",
     label=dict(category="unknown", language="vi", name="Hứa Thị Hồng Vân",
                phone="+84359812604", email="hongvan.hua@phucanfood.vn",
                note="Misdirected mail meant for the sender's outside accountant ('chị Hạnh'); nothing is asked of the firm. Payroll/BHXH data is not a privacy request. Name from From display.")),

# ---------------------------------------------------------------- 048
dict(n=48, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Nadia Rahman", "nadia.rahman.vn@gmail.com")},
     to=INFO,
     subject="Re: Please confirm your details for the company registration file",
     date="2026-01-19 09:07:45",
     body="""Hi Linh,

Thanks for sending these through. Two things are out of date:

- My residential address is now 5th floor, 17 Trần Khánh Dư, Phường Tân Định, TP.HCM (we moved in January; the Nguyễn Văn Hưởng address is our old one).
- My mobile is 0898 413 726. The 0912 number was my old SIM and is no longer active.

Everything else is correct. Please update your records before the file is submitted.

Best,
Nadia
""",
     quote=dict(kind="gmail_en", from_name="Mai Khanh Linh - Thinh Tri", from_addr=INFO,
                date="2026-01-16 14:22",
                text="""Dear Ms Rahman,

Before we submit the enterprise registration file for your company, please confirm that the personal details we hold for you as legal representative are correct:

Full name: NADIA RAHMAN
Residential address: Villa 6, 12 Nguyễn Văn Hưởng, Phường An Khánh, TP.HCM
Mobile: 0912 406 385
Email: nadia.rahman.vn@gmail.com

Please reply to this email with any corrections.

Best regards,
""" + SIG_LINH_EN),
     label=dict(category="correction_request", language="en", name="Nadia Rahman",
                phone="+84898413726", email="nadia.rahman.vn@gmail.com",
                address="5th floor, 17 Trần Khánh Dư, Phường Tân Định, TP.HCM",
                note="Reply correcting details quoted from the firm's mail; the old address and old number 0912 406 385 appear only in the quoted part. Signature is just 'Nadia'.")),

# ---------------------------------------------------------------- 049
dict(n=49, client="gmail", layout="plain", cte="7bit",
     **{"from": ("Tien Vi", "tien.vi.mt@gmail.com")},
     to=INFO,
     subject="Request to delete my job application data",
     date="2026-01-23 10:18:02",
     body="""Dear HR team,

In October 2025 I applied for the Legal Assistant position at Thinh Tri and sent my CV, university transcripts and a copy of my ID card. I was not selected, which is absolutely fine, and I have since accepted a position elsewhere.

As I don't expect to be considered for future openings, I would like you to delete my application documents and any other personal data you hold from that process, and to confirm once this has been done.

Thank you,
Vi Thi My Tien
0767 105 392
""",
     label=dict(category="deletion_request", language="en", name="Vi Thi My Tien",
                phone="+84767105392", email="tien.vi.mt@gmail.com",
                note="Mentions a job application, but the request is erasure of her applicant data -> deletion_request, not unknown.")),

# ---------------------------------------------------------------- 050
dict(n=50, client="gmail", layout="alt", cte="quoted-printable", hcs="b",
     **{"from": ("Khúc Văn Lực", "khucvanluc.nd@gmail.com")},
     to=INFO,
     subject="Công ty có đang lưu thông tin của tôi không?",
     date="2026-03-21 20:11:54",
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Khúc Văn Lực, ở Nam Định. Hôm 18/03 có người gọi cho tôi, tự giới thiệu là nhân viên Công ty Thịnh Trí, mời tôi tham dự hội thảo về thừa kế đất đai. Tôi chưa từng liên hệ hay sử dụng dịch vụ của Công ty nên hơi thắc mắc.

Tôi không khiếu nại gì, chỉ muốn Công ty cho biết: Công ty có đang lưu thông tin nào về tôi không (họ tên, số điện thoại, địa chỉ...), nếu có thì lấy từ nguồn nào và dùng vào việc gì.

Số điện thoại của tôi là 0916 382 054.

Khúc Văn Lực
""",
     label=dict(category="access_request", language="vi", name="Khúc Văn Lực",
                phone="+84916382054", email="khucvanluc.nd@gmail.com",
                note="'Tôi không khiếu nại gì' - asks whether data is held, its source and purpose -> access request. 'ở Nam Định' is not an address.")),
]
