# -*- coding: utf-8 -*-
"""Message data for h29_026 ... h29_050 (see make.py)."""
from msgs import L, F_INFO, F_SUPPORT

MSGS = [
# ---------------------------------------------------------------- 026
{
    "file": "h29_026.eml", "style": "outlook", "cte": "qp", "hdr": "b",
    "from": ("Quách Minh Nhật", "nhat.quach@quachgiafood.vn"), "to": F_SUPPORT,
    "subject": "Phản ánh sai sót hồ sơ thay đổi người đại diện gây thiệt hại",
    "date": (2026, 4, 16, 10, 11, 26, "+0700"),
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Kính gửi Phòng Chăm sóc khách hàng Thịnh Trí Group,

Tôi là Quách Minh Nhật, giám đốc Công ty TNHH Thực phẩm Quách Gia. Tháng 3/2026 Công ty nhận làm thủ tục thay đổi người đại diện theo pháp luật cho chúng tôi.

Giấy xác nhận thay đổi nhận về ghi sai số CCCD của tôi (ghi 079086011523, trong khi số đúng là 079086015123). Vì sai sót này, ngân hàng từ chối hồ sơ vay vốn lưu động, lô hàng xuất đi Nhật của chúng tôi bị chậm gần 2 tuần. Khi tôi gọi lên, nhân viên còn nói do tôi cung cấp sai, trong khi bản scan CCCD tôi gửi rất rõ ràng.

Tôi rất bức xúc. Đề nghị Công ty:
1. Làm hồ sơ đính chính miễn phí ngay trong tuần này;
2. Sửa lại số CCCD trong hồ sơ khách hàng của Công ty;
3. Có văn bản giải trình và xem xét bồi thường chi phí phát sinh.

Quách Minh Nhật
Giám đốc - Công ty TNHH Thực phẩm Quách Gia
ĐT: 0908 174 552
""",
    "label": L("complaint", "vi", "Quách Minh Nhật", "+84908174552", "nhat.quach@quachgiafood.vn", None,
               "Complaint about an error that caused losses; it also asks to fix the CCCD number on file, but the dominant intent is the complaint. CCCD numbers are not phones."),
},
# ---------------------------------------------------------------- 027
{
    "file": "h29_027.eml", "style": "outlook", "cte": "qp",
    "from": ("Priya Raman", "priya.raman@straitsgrid.com"), "to": F_INFO,
    "subject": "Data subject access request - Priya Raman",
    "date": (2026, 4, 16, 15, 48, 3, "+0700"),
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Dear Thinh Tri Legal,

In November 2025 your firm advised my employer, Straits Grid Pte Ltd, on opening its representative office in Hanoi, and I was named as the chief representative in the licence application.

I would like to exercise my right of access. Please let me know:
- what personal data about me you hold (including copies of my passport, CV and degree);
- the purposes for which it is processed and how long it will be kept;
- whether any of it has been shared with third parties other than the licensing authority, and if so, with whom.

An electronic copy of the data would be appreciated. I can be reached at this email address or on my office line +84 24 3936 7215.

Yours faithfully,
Priya Raman
Chief Representative, Straits Grid Pte Ltd – Hanoi Representative Office
""",
    "label": L("access_request", "en", "Priya Raman", "+842439367215", "priya.raman@straitsgrid.com"),
},
# ---------------------------------------------------------------- 028
{
    "file": "h29_028.eml", "style": "gmail", "cte": "7bit",
    "from": ("Peter Nguyen", "peter.nguyen.sj@gmail.com"), "to": F_INFO,
    "subject": "Ban nha thua ke o Go Vap - I live in the US, need help",
    "date": (2026, 4, 16, 16, 55, 12, "-0700"),
    "body": """Chao Thinh Tri,

My name is Peter Nguyen, Vietnamese-American living in San Jose, CA. Ba me toi mat nam 2023, de lai can nha o Go Vap dung ten ca hai. Toi va 2 em gai la nguoi thua ke.

I would like to sell the house but I can't fly back until at least October. Cho toi hoi:
1. Toi co the lam giay uy quyen tai Lanh su quan VN o San Francisco de em gai toi dung ra ban nha khong?
2. Thu tuc khai nhan di san mat bao lau, can nhung giay to gi tu ben My?
3. Your fee for handling the whole process.

Please contact me by email - I'm 14 hours behind Vietnam so phone calls are difficult. Giay to goc hien do em gai toi la Nguyen Thi Kim Loan giu, so cua co ay la 0933 418 276 neu ben anh chi can doi chieu.

Thanks,
Peter Nguyen
""",
    "label": L("service_request", "mixed", "Peter Nguyen", None, "peter.nguyen.sj@gmail.com", None,
               "The only phone number is the sister's, given for checking documents; the sender asks to be contacted by email, so phone is null."),
},
# ---------------------------------------------------------------- 029
{
    "file": "h29_029.eml", "style": "gmail", "cte": "qp", "hdr": "q",
    "from": ("Chloe Nguyễn", "chloe.nguyen.design@gmail.com"), "to": F_SUPPORT,
    "subject": "Gỡ testimonial + delete ảnh & thông tin của em",
    "date": (2026, 4, 17, 13, 26, 37, "+0700"),
    "body": """Hi anh chị Thịnh Trí,

Em là Nguyễn Hoàng Bảo Anh (Chloe), năm ngoái bên mình làm giúp em hồ sơ đăng ký bản quyền cho bộ illustration. Lúc đó em có đồng ý cho dùng feedback và hình của em trên fanpage với website.

Giờ em muốn withdraw consent đó ạ. Nhờ anh chị gỡ bài testimonial có ảnh em trên Facebook và website, và delete luôn ảnh chân dung cùng thông tin cá nhân của em trong hệ thống marketing. Hồ sơ bản quyền thì cứ lưu theo quy định nha.

Xong rồi confirm lại giúp em qua email nhé. Thanks a lot!
Chloe (Bảo Anh)
0703 826 491
""",
    "label": L("deletion_request", "mixed", "Nguyễn Hoàng Bảo Anh", "+84703826491", "chloe.nguyen.design@gmail.com", None,
               "Withdraws consent and asks to remove the testimonial and delete marketing data; keeping the service file does not change the category. From display is 'Chloe Nguyễn'."),
},
# ---------------------------------------------------------------- 030
{
    "file": "h29_030.eml", "style": "plain", "cte": "7bit",
    "from": ("Gary Whitfield", "garywhitfield.procure@gmail.com"), "to": F_INFO,
    "reply_to": "gary.whitfield.legal@protonmail.com",
    "subject": "Legal representation - debt recovery USD 386,500",
    "date": (2026, 4, 18, 3, 12, 55, "+0000"),
    "body": """Dear Counsel,

I am contacting your firm on behalf of Whitfield Marine Equipment Ltd (UK). A buyer in Ho Chi Minh City owes us USD 386,500 under a supply agreement and has agreed to settle once a local law firm is involved.

We would like to retain you for the collection. Upon engagement the debtor will send a certified cheque directly to your firm; you would deduct your 15% fee and wire the balance to our account. Time is of the essence.

Please reply only to my private email gary.whitfield.legal@protonmail.com with your retainer agreement and your trust account details.

Regards,
Gary Whitfield
Director, Whitfield Marine Equipment Ltd
""",
    "label": L("unknown", "en", "Gary Whitfield", None, "gary.whitfield.legal@protonmail.com", None,
               "Cheque/debt-collection scam aimed at law firms; asks for 'legal services' but is spam. The reply address in the body wins over From."),
},
# ---------------------------------------------------------------- 031
{
    "file": "h29_031.eml", "style": "owa_html", "cte": "b64", "hdr": "b",
    "from": ("Lê Thị Diễm Kiều", "diemkieu.le@outlook.com"), "to": F_SUPPORT,
    "subject": "Phản ánh nhân viên lễ tân tiết lộ chuyện riêng của gia đình tôi",
    "date": (2026, 4, 18, 8, 30, 18, "+0700"),
    "nbsp": ("Di động",),
    "body": """Kính gửi Ban Giám đốc,

Tôi là Lê Thị Diễm Kiều. Chiều 17/04 tôi đến văn phòng Công ty trên đường Võ Thị Sáu để ký giấy ủy quyền cho vụ tranh chấp thừa kế với anh trai tôi.

Trong lúc chờ, nhân viên lễ tân gọi to tên tôi và hỏi ngay trước mặt 6-7 khách khác: "Chị Kiều vụ kiện anh ruột đòi nhà phải không, chị mang giấy khám tâm thần của mẹ chưa?". Tôi rất xấu hổ và bức xúc, vì đó là thông tin sức khỏe của mẹ tôi và chuyện riêng của gia đình.

Tôi không yêu cầu xóa hồ sơ vì vụ việc vẫn đang tiến hành, nhưng đề nghị Công ty xem xét trách nhiệm của nhân viên này, có biện pháp chấn chỉnh và trả lời tôi bằng văn bản.

Lê Thị Diễm Kiều
Di động: 0909 713 284
""",
    "label": L("complaint", "vi", "Lê Thị Diễm Kiều", "+84909713284", "diemkieu.le@outlook.com", None,
               "HTML-only. Mentions deletion only to say she is not asking for it; the firm's street is mentioned, not her address."),
},
# ---------------------------------------------------------------- 032
{
    "file": "h29_032.eml", "style": "gmail", "cte": "qp", "hdr": "b",
    "from": ("Tăng Thị Mỹ Duyên", "myduyen.tang82@gmail.com"), "to": F_SUPPORT,
    "subject": "Cập nhật địa chỉ và số điện thoại của ông Tống Văn Cường",
    "date": (2026, 4, 19, 20, 14, 50, "+0700"),
    "body": """Chào Công ty,

Tôi là Tống Văn Cường, chồng của chị Duyên, gửi bằng hộp thư của vợ vì tôi không dùng email. Tôi là khách hàng đang được Công ty làm thủ tục tách thửa đất ở Bến Lức.

Nhà tôi vừa chuyển về chỗ mới, nhờ Công ty ghi lại địa chỉ nhận giấy tờ của tôi là: 52/3 ấp Phước Hòa, xã Mỹ Yên, tỉnh Tây Ninh. Số điện thoại của tôi cũng đổi thành 0915 803 624. Thư từ thì Công ty cứ gửi vào email này, vợ tôi sẽ đọc cho tôi.

Cảm ơn Công ty.
Tống Văn Cường
""",
    "label": L("correction_request", "vi", "Tống Văn Cường", "+84915803624", "myduyen.tang82@gmail.com",
               "52/3 ấp Phước Hòa, xã Mỹ Yên, tỉnh Tây Ninh",
               "Sent from the wife's mailbox (From display 'Tăng Thị Mỹ Duyên'); the sender is Tống Văn Cường, who asks to be reached at this same mailbox."),
},
# ---------------------------------------------------------------- 033
{
    "file": "h29_033.eml", "style": "outlook", "cte": "b64", "hdr": "b",
    "from": ("Hứa Thị Ngọc Trinh", "trinh.hua@phuocangarment.vn"), "to": F_INFO,
    "subject": "Đề nghị báo giá tư vấn nội quy lao động và thỏa thuận bảo mật thông tin",
    "date": (2026, 4, 20, 9, 5, 33, "+0700"),
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Kính gửi Thịnh Trí Group,

Tôi là Hứa Thị Ngọc Trinh, Trưởng phòng Nhân sự Công ty TNHH May mặc Phước An (khoảng 420 lao động, nhà xưởng tại Phường Thủ Dầu Một, TP.HCM).

Chúng tôi cần Công ty hỗ trợ:
1. Rà soát, sửa đổi Nội quy lao động để đăng ký lại theo quy định hiện hành;
2. Soạn mẫu Thỏa thuận bảo mật thông tin (NDA) cho nhân viên phòng thiết kế, vì gần đây có trường hợp nghỉ việc mang theo mẫu rập sang công ty đối thủ;
3. Tư vấn quy trình xử lý kỷ luật sa thải đúng luật đối với trường hợp nêu trên.

Đề nghị Công ty gửi báo giá và đề xuất lịch làm việc trực tiếp tại xưởng. Liên hệ di động: 0966 308 217.

Trân trọng,
Hứa Thị Ngọc Trinh
Trưởng phòng Nhân sự
""",
    "label": L("service_request", "vi", "Hứa Thị Ngọc Trinh", "+84966308217", "trinh.hua@phuocangarment.vn", None,
               "'Thỏa thuận bảo mật thông tin' is an employee NDA the firm is asked to draft, not a privacy request; the factory location is not the sender's own address."),
},
# ---------------------------------------------------------------- 034
{
    "file": "h29_034.eml", "style": "gmail", "cte": "qp", "hdr": "b",
    "from": ("Khổng Thị Quỳnh Hoa", "quynhhoa.khong@gmail.com"), "to": ("Thịnh Trí Group", F_INFO),
    "subject": "Re: ƯU ĐÃI THÁNG 4 - Giảm 20% phí thành lập doanh nghiệp",
    "date": (2026, 4, 20, 11, 47, 2, "+0700"),
    "in_reply_to": True,
    "body": """Chào Thịnh Trí,

Tôi đã hủy hợp đồng dịch vụ đăng ký hộ kinh doanh từ tháng 2 (đã được hoàn phí, cảm ơn Công ty). Nhưng tôi vẫn tiếp tục nhận email ưu đãi như thư dưới đây và tin nhắn Zalo gần như mỗi tuần.

Đề nghị Công ty ngừng gửi quảng cáo và xóa hẳn thông tin của tôi (họ tên, số điện thoại, email, ảnh CCCD đã nộp) khỏi hệ thống. Tôi không còn là khách hàng của Công ty.

Khổng Thị Quỳnh Hoa
0945 118 630
""",
    "quote": {
        "attr": "Vào Th 2, 20 thg 4, 2026 vào lúc 08:00 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
        "text": """ƯU ĐÃI THÁNG 4 - GIẢM 20% PHÍ THÀNH LẬP DOANH NGHIỆP

Kính gửi Quý khách,

Từ nay đến hết 30/04/2026, Thịnh Trí giảm 20% phí dịch vụ thành lập doanh nghiệp và tặng gói tư vấn thuế 3 tháng đầu.

Liên hệ ngay hotline 1800 63 65 hoặc Zalo 0901 236 365 để được tư vấn.

Hủy nhận tin: thinhtrigroup.com/huy-nhan-tin""",
    },
    "label": L("deletion_request", "vi", "Khổng Thị Quỳnh Hoa", "+84945118630", "quynhhoa.khong@gmail.com", None,
               "'hủy hợp đồng dịch vụ' refers to a past cancellation; the request is to stop marketing and delete her data. Quoted firm promo has the firm's hotline and Zalo number."),
},
# ---------------------------------------------------------------- 035
{
    "file": "h29_035.eml", "style": "bounce", "cte": "7bit",
    "from": ("Mail Delivery System", "Mailer-Daemon@mail.thinhtrigroup.com"), "to": F_SUPPORT,
    "pre_headers": [("Return-Path", "<>")],
    "subject": "Mail delivery failed: returning message to sender",
    "date": (2026, 4, 20, 14, 22, 7, "+0700"),
    "headers": [("Auto-Submitted", "auto-replied"),
                ("X-Failed-Recipients", "dat.nguyenthanh1990@yahoo.com.vn")],
    "body": """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dat.nguyenthanh1990@yahoo.com.vn
    host mx-apac.mail.gm0.yahoodns.net [106.10.248.73]
    SMTP error from remote mail server after RCPT TO:<dat.nguyenthanh1990@yahoo.com.vn>:
    554 delivery error: dd This user doesn't have a yahoo.com.vn account
""",
    "bounce": {
        "rcpt": "dat.nguyenthanh1990@yahoo.com.vn",
        "ds": [
            [("Reporting-MTA", "dns; mail.thinhtrigroup.com"),
             ("Arrival-Date", "Mon, 20 Apr 2026 14:22:04 +0700")],
            [("Action", "failed"),
             ("Final-Recipient", "rfc822;dat.nguyenthanh1990@yahoo.com.vn"),
             ("Status", "5.0.0"),
             ("Remote-MTA", "dns; mx-apac.mail.gm0.yahoodns.net"),
             ("Diagnostic-Code", "smtp; 554 delivery error: dd This user doesn't have a yahoo.com.vn account")],
        ],
        "orig_from": ("Thịnh Trí Support", "support@thinhtrigroup.com"),
        "orig_subject": "Xác nhận đã xử lý yêu cầu xóa dữ liệu cá nhân",
        "orig_date": (2026, 4, 20, 14, 22, 3, "+0700"),
        "orig_body": """Kính gửi anh Nguyễn Thành Đạt,

Theo yêu cầu của anh ngày 15/04/2026, Công ty Hệ Thống Luật TNHH Thịnh Trí xác nhận đã xóa số điện thoại, email và bản sao CCCD của anh khỏi hệ thống chăm sóc khách hàng. Hồ sơ hợp đồng dịch vụ được lưu theo thời hạn luật định về kế toán.

Mọi thắc mắc xin liên hệ hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Thịnh Trí Group""",
    },
    "label": L("unknown", "en", automated=True,
               note="Bounce of the firm's own confirmation mail; the returned original talks about deleting a client's data and names him, but it is not customer text."),
},
# ---------------------------------------------------------------- 036
{
    "file": "h29_036.eml", "style": "gmail", "cte": "qp", "hdr": "b",
    "from": ("Hân Âu", "hanau.2k3@gmail.com"), "to": F_INFO,
    "subject": "Cho em xin bản copy data bên mình đang lưu về em",
    "date": (2026, 4, 21, 21, 30, 44, "+0700"),
    "body": """Hi anh chị,

Em là Âu Gia Hân, hồi tháng 1 em có book một buổi consult online với bên mình về hợp đồng làm KOL cho một brand mỹ phẩm.

Em muốn check xem bên mình đang lưu những data gì của em (info cá nhân, file hợp đồng em gửi, note buổi consult...) và có share cho bên thứ ba nào không, ví dụ agency hay brand kia. Anh chị gửi em bản copy giúp em nha. Em chưa cần xóa đâu, chỉ muốn biết thôi ạ.

Thanks anh chị!
Gia Hân - 0326 915 480
""",
    "label": L("access_request", "mixed", "Âu Gia Hân", "+84326915480", "hanau.2k3@gmail.com", None,
               "Explicitly says she does not want deletion yet; asks for a copy and who it was shared with."),
},
# ---------------------------------------------------------------- 037
{
    "file": "h29_037.eml", "style": "gmail", "cte": "7bit",
    "from": ("Lan Anh Vi", "vilananh.ls@gmail.com"), "to": F_SUPPORT,
    "subject": "Tu van sai dan den bi phat thue",
    "date": (2026, 4, 22, 10, 15, 27, "+0700"),
    "body": """Kinh gui cong ty,

Toi la Vi Thi Lan Anh, chu ho kinh doanh tap hoa o Lang Son. Thang 1 toi tra phi tu van 1.500.000d de luat su huong dan ve thue cho ho kinh doanh nam 2026 sau khi bo thue khoan. Luat su noi doanh thu cua toi duoi nguong nen khong phai ke khai gi.

Thang 4 co quan thue goi toi len lam viec va phat 4.200.000d vi khong dang ky phuong phap ke khai dung han. Can bo thue noi nguong do tinh theo doanh thu ca nam chu khong phai 6 thang nhu luat su noi.

Toi rat buc xuc vi da tra tien de duoc tu van dung. De nghi cong ty xem lai va chiu trach nhiem ve khoan phat nay.

Vi Thi Lan Anh
DT: 0395 286 174
""",
    "label": L("complaint", "vi", "Vi Thi Lan Anh", "+84395286174", "vilananh.ls@gmail.com"),
},
# ---------------------------------------------------------------- 038
{
    "file": "h29_038.eml", "style": "gmail", "cte": "7bit",
    "from": ("Jonas Lindqvist", "jonas.lindqvist@gmail.com"), "to": F_SUPPORT,
    "subject": "Re: Your deposit dispute - matter closed",
    "date": (2026, 4, 22, 8, 44, 19, "+0700"),
    "in_reply_to": True,
    "body": """Hi Ms. Yen,

Thanks for letting me know the file is being closed. Before it goes to the archive, could you send me a copy of all the personal data your firm holds about me - the ID scans, the notes from our meetings, and anything you received about me from the landlord's side? I would like to keep my own record in case the deposit issue comes back.

Email is fine. My number is still 0389 604 273 if you need to verify anything.

Best,
Jonas
""",
    "quote": {
        "attr": "On Tue, Apr 21, 2026 at 3:10 PM Thinh Tri Legal <support@thinhtrigroup.com> wrote:",
        "text": """Dear Mr. Lindqvist,

We are pleased to confirm that the landlord has returned your deposit of VND 42,000,000 in full, and we consider this matter concluded. Your file will be archived on 30 April 2026.

Should you need anything further, please call us on 1800 63 65.

Kind regards,
Vu Hai Yen
Thinh Tri Legal""",
    },
    "label": L("access_request", "en", "Jonas Lindqvist", "+84389604273", "jonas.lindqvist@gmail.com", None,
               "Reply; only the top part is new. Signed 'Jonas' only; full name from the From display. Quoted firm text has the hotline."),
},
# ---------------------------------------------------------------- 039
{
    "file": "h29_039.eml", "style": "iphone", "cte": "7bit",
    "from": ("Nadia Petrova", "nadia.petrova.vn@gmail.com"), "to": F_INFO,
    "subject": "Certified translation of birth and marriage certificates",
    "date": (2026, 4, 22, 12, 9, 36, "+0700"),
    "headers": [("X-Mailer", "iPhone Mail (22E252)")],
    "body": """Hi,

I need certified translations (Vietnamese to English) of my son's birth certificate and my marriage certificate for a Canadian visa application. Both documents were issued in Nha Trang.

How much would it cost and how long does it take? Can you also arrange the legalisation at the Foreign Affairs office?

Please call me on 0815 274 690. I'm in Nha Trang but can send scans today.

Nadia Petrova

Sent from my iPhone
""",
    "label": L("service_request", "en", "Nadia Petrova", "+84815274690", "nadia.petrova.vn@gmail.com"),
},
# ---------------------------------------------------------------- 040
{
    "file": "h29_040.eml", "style": "gmail", "cte": "7bit",
    "from": ("Rebecca Hoang", "rebecca.hoang.hcm@gmail.com"), "to": F_SUPPORT,
    "subject": "Fwd: URGENT COURT FEE NOTICE - case TT-FAM-0412",
    "date": (2026, 4, 23, 9, 37, 50, "+0700"),
    "body": """Hello,

I'm forwarding a message I got yesterday from someone claiming to be from your firm. It quotes my case reference, my husband's name and the date of our mediation session, and asks me to pay an "urgent court fee" of 18 million VND into a personal bank account.

I did not pay, but it is obvious that someone has my file, and only your office had those details. I want to know how this happened, whether my documents have been leaked, and what you are doing about it. I am also reporting the scam to the police.

Rebecca Hoang
0932 507 816

---------- Forwarded message ---------
From: Thinh Tri Law Firm <thinhtri.luatsu.hotro@gmail.com>
Date: Wed, Apr 22, 2026 at 4:51 PM
Subject: URGENT COURT FEE NOTICE - case TT-FAM-0412
To: <rebecca.hoang.hcm@gmail.com>


Dear Ms. Rebecca Hoang,

Regarding your case TT-FAM-0412 (mediation session with Mr. Hoang Gia Bao on 28/04/2026), the court requires an advance fee of VND 18,000,000 before 5 PM on 23/04/2026, otherwise the case will be suspended.

Please transfer to account 0071004938271 (Vietcombank), account holder NGUYEN VAN TOAN, and send the receipt to this email.

For questions please call Lawyer Minh: 0587 226 109.

Thinh Tri Law Firm
""",
    "label": L("complaint", "en", "Rebecca Hoang", "+84932507816", "rebecca.hoang.hcm@gmail.com", None,
               "Forwarded scam mail included as evidence; its phone 0587 226 109, gmail address and bank account are the scammer's, not the sender's."),
},
# ---------------------------------------------------------------- 041
{
    "file": "h29_041.eml", "style": "outlook", "cte": "qp", "hdr": "q",
    "from": ("Ágnes Kovács", "agnes.kovacs@mekongpharma.com.vn"), "to": F_SUPPORT,
    "subject": "RE: Hóa đơn dịch vụ tháng 3/2026 / Invoice March 2026",
    "date": (2026, 4, 23, 16, 2, 8, "+0700"),
    "in_reply_to": True,
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Dear Mr. Bao,

Thank you for the invoice. One small thing: my name is spelled "Agnes Kovacs" on the invoice and in your client portal. It should be Ágnes Kovács, with the accents, exactly as in my passport, because the invoice will be attached to my personal tax refund claim.

Could you please correct it in your records and reissue the invoice? Everything else (address and tax code) is correct.

Kind regards,
Ágnes Kovács
Finance Director, Mekong Pharma Distribution
+84 28 3910 4582
""",
    "quote": {
        "kind": "outlook",
        "attr": """________________________________
From: Thinh Tri Support <support@thinhtrigroup.com>
Sent: Thursday, April 23, 2026 10:20 AM
To: Agnes Kovacs <agnes.kovacs@mekongpharma.com.vn>
Subject: Hóa đơn dịch vụ tháng 3/2026 / Invoice March 2026""",
        "text": """Kính gửi bà Agnes Kovacs / Dear Ms. Agnes Kovacs,

Thịnh Trí xin gửi hóa đơn điện tử số 0001487 cho dịch vụ tư vấn quyết toán thuế TNCN tháng 3/2026.
Please find attached e-invoice no. 0001487 for personal income tax finalisation services, March 2026.

Mọi thắc mắc xin liên hệ / For any questions please contact: 1800 63 65.

Lưu Quốc Bảo
Kế toán - Thinh Tri Legal""",
    },
    "label": L("correction_request", "en", "Ágnes Kovács", "+842839104582", "agnes.kovacs@mekongpharma.com.vn", None,
               "Reply; the unaccented variant 'Agnes Kovacs' also appears (firm's spelling). Quoted firm text is bilingual and has the firm's hotline; the new text is English."),
},
# ---------------------------------------------------------------- 042
{
    "file": "h29_042.eml", "style": "gmail", "cte": "qp",
    "from": ("Son Nguyen", "sonnguyen.qt95@gmail.com"), "to": F_SUPPORT,
    "subject": "xoa thong tin",
    "date": (2026, 4, 24, 7, 58, 1, "+0700"),
    "body": """Ben minh xoa giup e toan bo thong tin cua e nhe (ten, sdt 0765 902 418, anh cccd e gui hom truoc). E ko lam ho so nua. Cam on.

Nguyen Thanh Son

Đã gửi từ điện thoại Samsung Galaxy của tôi.
""",
    "label": L("deletion_request", "vi", "Nguyen Thanh Son", "+84765902418", "sonnguyen.qt95@gmail.com", None,
               "Very short, abbreviations ('e', 'ko'); the number is given as data to delete but it is the sender's own."),
},
# ---------------------------------------------------------------- 043
{
    "file": "h29_043.eml", "style": "gmail_mixed", "cte": "qp", "hdr": "b",
    "from": ("Hannah Trần", "hannah.tran.sg@gmail.com"), "to": F_SUPPORT,
    "subject": "Re: Nhắc thanh toán lần 2 - INV-2026-0318",
    "date": (2026, 4, 24, 11, 19, 48, "+0700"),
    "in_reply_to": True,
    "attach": [("image/png", "chuyen-khoan-27-03.png")],
    "body": """Chào anh Bảo,

Em đã chuyển khoản đủ 12.000.000đ cho invoice INV-2026-0318 ngày 27/3 rồi ạ (screenshot attached), nhưng hôm nay vẫn nhận email nhắc thanh toán "lần 2" này. Tệ hơn là tuần trước bên anh còn gửi thêm link VNPay, em tưởng là lần thanh toán khác nên trả thêm 12 triệu nữa, tức là em đang bị thu 2 lần.

Em đã gọi hotline 2 lần, lần nào cũng bảo sẽ check rồi im luôn. Honestly rất thất vọng với cách làm việc này. Em cần bên mình refund khoản thu dư trong tuần này và có email xác nhận chính thức.

Trần Ngọc Hạnh (Hannah)
0918 562 703
""",
    "quote": {
        "attr": "On Thu, Apr 23, 2026 at 9:00 AM Thịnh Trí Support <support@thinhtrigroup.com> wrote:",
        "text": """Kính gửi chị Hạnh,

Thịnh Trí xin nhắc: hóa đơn INV-2026-0318 số tiền 12.000.000 đồng đã quá hạn thanh toán. Quý khách vui lòng thanh toán trong 05 ngày làm việc.

Mọi thắc mắc xin liên hệ kế toán Lưu Quốc Bảo, điện thoại 028 3930 6620, hoặc hotline 1800 63 65.

Trân trọng,
Thịnh Trí Group""",
    },
    "label": L("complaint", "mixed", "Trần Ngọc Hạnh", "+84918562703", "hannah.tran.sg@gmail.com", None,
               "Reply to a payment reminder with a screenshot attached; quoted firm text has the accountant's line and the hotline. From display is 'Hannah Trần'."),
},
# ---------------------------------------------------------------- 044
{
    "file": "h29_044.eml", "style": "oe1258", "pc": "LAI-PC",
    "from": ("Trịnh Thị Lài", "trinhthilai1958@yahoo.com.vn"), "to": F_INFO,
    "subject": "Hỏi việc làm giấy chứng nhận đất",
    "date": (2026, 4, 25, 9, 12, 40, "+0700"),
    "headers": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
                ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "body": """Thưa Quý Công ty,

Tôi là Trịnh Thị Lài, 68 tuổi, ở Thanh Hóa. Gia đình tôi sử dụng mảnh đất vườn khoảng 400m2 từ năm 1985, năm nào cũng đóng thuế đất đầy đủ nhưng đến nay vẫn chưa được cấp giấy chứng nhận. Nay các con muốn làm sổ để sau này chia cho các cháu.

Xin Công ty cho biết trường hợp của tôi có được cấp giấy chứng nhận không, có phải nộp tiền sử dụng đất không, và nếu nhờ Công ty làm giúp thì chi phí bao nhiêu.

Tôi ít dùng máy tính, xin gọi về nhà cho tôi theo số (0237) 3852 419 hoặc gửi thư về địa chỉ: Thôn 3, xã Hoằng Lộc, tỉnh Thanh Hóa.

Xin cảm ơn Quý Công ty.
Trịnh Thị Lài
""",
    "label": L("service_request", "vi", "Trịnh Thị Lài", "+842373852419", "trinhthilai1958@yahoo.com.vn",
               "Thôn 3, xã Hoằng Lộc, tỉnh Thanh Hóa",
               "Body and headers are windows-1258 with combining tone marks; compare after NFC normalisation. Home landline."),
},
# ---------------------------------------------------------------- 045
{
    "file": "h29_045.eml", "style": "gmail", "cte": "qp", "hdr": "b",
    "from": ("Cao Xuân Lộc", "caoxuanloc.na@gmail.com"), "to": F_INFO,
    "subject": "Cảm ơn luật sư Tâm và Công ty",
    "date": (2026, 4, 27, 10, 5, 14, "+0700"),
    "body": """Kính gửi luật sư Đặng Minh Tâm và Công ty Thịnh Trí,

Hôm qua tôi đã nhận được bản án phúc thẩm, tòa giữ nguyên quyết định trả lại cho gia đình tôi phần đất 300m2 ở Diễn Châu. Cả nhà tôi rất biết ơn luật sư đã theo vụ việc suốt gần hai năm, nhiều lần ra tận Nghệ An làm việc.

Tôi viết mấy dòng để cảm ơn, không có việc gì cần nhờ thêm. Chúc luật sư và Công ty nhiều sức khỏe.

Cao Xuân Lộc
0383 940 617
""",
    "label": L("unknown", "vi", "Cao Xuân Lộc", "+84383940617", "caoxuanloc.na@gmail.com", None,
               "Thanks only; the writer says he needs nothing further."),
},
# ---------------------------------------------------------------- 046
{
    "file": "h29_046.eml", "style": "outlook", "cte": "qp", "hdr": "b",
    "from": ("Nguyễn Trọng Tường", "trongtuong.nguyen@hoianheritage.vn"), "to": F_SUPPORT,
    "subject": "Yêu cầu xác nhận và cung cấp dữ liệu cá nhân đang được xử lý",
    "date": (2026, 4, 27, 14, 40, 6, "+0700"),
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "body": """Kính gửi Bộ phận bảo vệ dữ liệu cá nhân - Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Nguyễn Trọng Tường, chủ cơ sở lưu trú Hội An Heritage Homestay, từng sử dụng dịch vụ tư vấn giấy phép kinh doanh lưu trú của Quý Công ty năm 2024.

Căn cứ Luật Bảo vệ dữ liệu cá nhân, tôi đề nghị Quý Công ty:
- Xác nhận có đang xử lý dữ liệu cá nhân của tôi hay không;
- Nếu có, cung cấp danh mục dữ liệu, mục đích xử lý, thời hạn lưu trữ và bản sao các dữ liệu đó.

Tôi không yêu cầu chỉnh sửa hay xóa dữ liệu vào thời điểm này.

Địa chỉ liên hệ: 46 Phan Châu Trinh, Phường Hội An, TP. Đà Nẵng
Điện thoại: 0235 3862 915

Trân trọng,
Nguyễn Trọng Tường
""",
    "label": L("access_request", "vi", "Nguyễn Trọng Tường", "+842353862915", "trongtuong.nguyen@hoianheritage.vn",
               "46 Phan Châu Trinh, Phường Hội An, TP. Đà Nẵng",
               "Formal access request; says explicitly it is not asking for correction or deletion."),
},
# ---------------------------------------------------------------- 047
{
    "file": "h29_047.eml", "style": "oe1258", "pc": "KHANG-PC",
    "from": ("Bạch Văn Khang", "bachvankhang1953@yahoo.com.vn"), "to": F_INFO,
    "subject": "Đề nghị trả lại giấy tờ gốc",
    "date": (2026, 4, 28, 8, 50, 31, "+0700"),
    "headers": [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                ("X-Mailer", "Microsoft Office Outlook 12.0"),
                ("Thread-Index", "AdzXk1pQm3bS+Yt8QeWb7nV0cR2kfA==")],
    "body": """Kính gửi Văn phòng Luật sư Thịnh Trí,

Tôi là Bạch Văn Khang, 73 tuổi, ở Hải Phòng. Tháng 12/2025 tôi gửi bảo đảm vào Công ty bản gốc giấy chứng nhận quyền sử dụng đất và hợp đồng mua bán năm 1998 để Công ty làm thủ tục đính chính sổ đỏ. Tháng 2 Công ty báo thủ tục đã xong, nhưng từ đó đến nay ba lần tôi gọi điện hỏi thì lần nào cũng hẹn "tuần sau gửi trả", đến giờ tôi vẫn chưa nhận được.

Đó là giấy tờ gốc rất quan trọng của gia đình. Tôi đề nghị Công ty gửi trả ngay bản gốc cho tôi theo địa chỉ: số 9/46 Lạch Tray, Phường Gia Viên, TP. Hải Phòng, và cho biết ai chịu trách nhiệm về sự chậm trễ này.

Bạch Văn Khang
ĐT: 0225 3846 270
""",
    "label": L("complaint", "vi", "Bạch Văn Khang", "+842253846270", "bachvankhang1953@yahoo.com.vn",
               "số 9/46 Lạch Tray, Phường Gia Viên, TP. Hải Phòng",
               "Complaint about broken promises to return original paper documents - not a data access request. windows-1258 body with combining tone marks; compare after NFC."),
},
# ---------------------------------------------------------------- 048
{
    "file": "h29_048.eml", "style": "gmail", "cte": "qp", "hdr": "q",
    "from": ("Kevin Lương", "kevin.luong.dq@gmail.com"), "to": F_SUPPORT,
    "subject": "Update địa chỉ mới / new address",
    "date": (2026, 4, 28, 17, 33, 25, "+0700"),
    "body": """Hi team,

Mình là Lương Đăng Quang (Kevin), đang được team làm hồ sơ giấy miễn thị thực 5 năm. Mình đã dọn khỏi căn cũ ở 45 Đường số 9, Phường An Khánh, TP.HCM nên nhờ team update giúp địa chỉ mới để gửi giấy tờ:

Căn 3B, 18 Phan Văn Trị, Phường An Nhơn, TP.HCM

Phone vẫn là 0792 664 318, email giữ nguyên. Thanks team nhiều!

Kevin
""",
    "label": L("correction_request", "mixed", "Lương Đăng Quang", "+84792664318", "kevin.luong.dq@gmail.com",
               "Căn 3B, 18 Phan Văn Trị, Phường An Nhơn, TP.HCM",
               "Old address (45 Đường số 9, Phường An Khánh) also present; contact address is the new one."),
},
# ---------------------------------------------------------------- 049
{
    "file": "h29_049.eml", "style": "autoreply_outlook", "cte": "qp", "hdr": "b",
    "from": ("Phùng Thị Hải Yến", "yen.phung@saigonbiotech.com.vn"), "to": F_INFO,
    "subject": "Automatic reply: Thông báo cập nhật Chính sách bảo mật thông tin khách hàng",
    "date": (2026, 4, 29, 17, 45, 12, "+0700"),
    "in_reply_to": True,
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("X-Autoreply", "yes"),
                ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    "body": """Xin chào,
Tôi nghỉ lễ 30/4 - 1/5 và nghỉ phép đến hết ngày 05/05/2026. Email sẽ không được chuyển tiếp. Việc gấp xin liên hệ anh Đàm Quốc Huy, điện thoại 0903 552 174.

Hello,
I am out of the office for the Reunification Day and Labour Day holidays until 5 May 2026. For urgent matters please contact Mr. Dam Quoc Huy at 0903 552 174.

Phùng Thị Hải Yến
Legal & Compliance, Saigon Biotech
""",
    "label": L("unknown", "mixed", automated=True,
               note="Out-of-office reply to the firm's privacy-policy notice; subject has privacy keywords and the body has a colleague's phone."),
},
# ---------------------------------------------------------------- 050
{
    "file": "h29_050.eml", "style": "gmail", "cte": "b64", "hdr": "b",
    "from": ("Vũ Đức Hoàn", "vuduchoan.nd@gmail.com"), "to": F_SUPPORT,
    "subject": "Đề nghị xóa thông tin liên lạc của bố tôi đã mất",
    "date": (2026, 4, 30, 9, 21, 55, "+0700"),
    "body": """Kính gửi Ban lãnh đạo Thịnh Trí Group,

Tôi là Vũ Đức Hoàn, con trai cả của ông Vũ Đức Chính. Năm 2024 bố tôi có nhờ Công ty tư vấn thủ tục chuyển nhượng đất. Bố tôi đã mất ngày 02/03/2026.

Gia đình tôi đề nghị Công ty xóa thông tin liên lạc của bố tôi (số điện thoại 0912 337 081 và email ducchinh.vu1950@gmail.com) khỏi danh sách gửi tin, vì mẹ tôi vẫn nhận tin nhắn chúc mừng sinh nhật và quảng cáo gửi cho bố, rất buồn lòng. Những hồ sơ Công ty phải lưu theo luật thì xin cho biết.

Mọi liên hệ xin gửi cho tôi qua email này hoặc số 0986 250 739.

Trân trọng,
Vũ Đức Hoàn
Số 8 đường Trần Nhật Duật, Phường Nam Định, tỉnh Ninh Bình
""",
    "label": L("deletion_request", "vi", "Vũ Đức Hoàn", "+84986250739", "vuduchoan.nd@gmail.com",
               "Số 8 đường Trần Nhật Duật, Phường Nam Định, tỉnh Ninh Bình",
               "Son asks to delete his late father's data; the father's phone and email also appear and are not the sender's."),
},
]
