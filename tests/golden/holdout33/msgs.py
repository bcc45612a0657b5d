"""Message data for h33_001 ... h33_025 (see make.py)."""


def L(category, language, name=None, phone=None, email=None, address=None, note=None, automated=False):
    lab = {
        "automated": automated,
        "category": category,
        "contact": {"address": address, "email": email, "name": name, "phone": phone},
        "language": language,
    }
    if note:
        lab["note"] = note
    return lab


MSGS = [
# 001 ---------------------------------------------------------------- S1
dict(key="h33s01", style="outlook", cte="7bit",
     **{"from": ("Oliver Pennington", "oliver@pennington-roasters.co.uk")},
     to="info",
     subject="Setting up a 100% foreign-owned company in HCMC - enquiry",
     date=(2026, 1, 7, 15, 12, 40, "+0700"),
     body="""Good afternoon,

My name is Oliver Pennington. I run a small specialty coffee roastery in Bristol and I am planning to open a roasting and wholesale operation in Ho Chi Minh City, fully owned by me.

I understand I would first need an Investment Registration Certificate and then an Enterprise Registration Certificate, but I am unclear on a few points: what charter capital you would recommend for this type of business, whether roasting counts as manufacturing for licensing purposes, and how long the whole process usually takes from start to finish.

I'm in Saigon until 30 January looking at premises. Could we arrange a meeting at your office next week? My local number is 0889 314 062.

Kind regards,
Oliver Pennington
Founder, Pennington Roasters Ltd
""",
     label=L("service_request", "en", "Oliver Pennington", "+84889314062", "oliver@pennington-roasters.co.uk")),

# 002 ---------------------------------------------------------------- C3
dict(key="h33c03", style="gmail", cte="7bit",
     **{"from": ("Tuan Kiet", "kiet.nguyentuan92@gmail.com")},
     to="support",
     subject="phan anh thai do nhan vien va thu phi khong dung bao gia",
     date=(2026, 1, 9, 21, 14, 3, "+0700"),
     body="""Chao cong ty,
Toi ten Nguyen Tuan Kiet. Thang 12/2025 toi nho cong ty lam thu tuc dang ky ho kinh doanh cho tiem sua xe, nhan vien tu van bao gia tron goi 2.500.000d. Den luc nhan giay chung nhan thi bi thu them 1.800.000d goi la "phi phat sinh" ma khong he bao truoc.
Toi goi len hoi thi chi nhan vien nghe may noi "anh khong muon lam thi thoi", roi cup may ngang. Thai do nhu vay la khong chap nhan duoc.
De nghi cong ty kiem tra lai, hoan lai khoan thu them va tra loi cho toi bang email.
Nguyen Tuan Kiet - 0868 255 319
""",
     label=L("complaint", "vi", "Nguyen Tuan Kiet", "+84868255319", "kiet.nguyentuan92@gmail.com")),

# 003 ---------------------------------------------------------------- D2
dict(key="h33d02", style="iphone", cte="qp",
     **{"from": ("Tiep Ngo", "ngovantiep.hd@gmail.com")},
     to="info",
     subject="xoa thong tin",
     date=(2026, 1, 8, 7, 46, 51, "+0700"),
     body="""Cong ty xoa het thong tin cua toi gom ten, so dt 0345 917 602 va email nay khoi he thong giup toi. Viec cua toi da giai quyet xong roi, khong can tu van nua, dung goi hay nhan tin cho toi nua.
Ngo Van Tiep

Gửi từ iPhone của tôi
""",
     label=L("deletion_request", "vi", "Ngo Van Tiep", "+84345917602", "ngovantiep.hd@gmail.com")),

# 004 ---------------------------------------------------------------- U1 (automated, bilingual OOO)
dict(key="h33u01", style="outlook", cte="qp", hdr_enc="q",
     **{"from": ("Khúc Thị Ngân", "ngan.khuc@saigonfoods.com.vn")},
     to="info",
     subject="Automatic reply: Cập nhật pháp luật: Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ 01/01/2026",
     date=(2026, 1, 13, 8, 2, 17, "+0700"),
     reply_to_firm=True,
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Cảm ơn anh/chị đã liên hệ. Tôi đang đi công tác nước ngoài từ 12/01 đến 23/01/2026 và sẽ trả lời email khi trở về. Việc gấp xin liên hệ anh Dương Văn Cường, điện thoại 0909 412 336.

Thank you for your email. I am travelling on business from 12 to 23 January 2026 with limited access to email. For urgent matters, please contact Mr. Duong Van Cuong at 0909 412 336.

Khúc Thị Ngân
Legal & Compliance Manager
Saigon Foods JSC
""",
     label=L("unknown", "mixed", automated=True,
             note="Bilingual out-of-office reply to the firm's legal-update mailing; the subject contains data-protection keywords and the body a colleague's phone number.")),

# 005 ---------------------------------------------------------------- S5
dict(key="h33s05", style="gmail", cte="7bit",
     **{"from": ("Chloe Harrington", "chloe.harrington.au@gmail.com")},
     to="support",
     subject="Re: Quotation - work permit and temporary residence card",
     date=(2026, 1, 13, 19, 27, 8, "+0700"),
     reply_to_firm=True,
     body="""Hi Diem,

Thanks for the quotation. I'm happy to go ahead with the full package (work permit + 2-year TRC) at the fee you quoted.

Two quick questions before I sign the engagement letter:
1. My school can only issue the official job offer letter next week - can you start on the criminal record check in the meantime?
2. Do you need my original degree, or is a notarised copy enough?

Feel free to call me on 0702 846 315 if that's quicker. I'm teaching until 4 pm most days.

Thanks,
Chloe

On Mon, 12 Jan 2026 at 10:05, Thinh Tri Support <support@thinhtrigroup.com> wrote:

> Dear Ms. Harrington,
>
> Thank you for contacting Thinh Tri Legal. Please find below our quotation for your work permit and temporary residence card (TRC):
> - Work permit (2 years): VND 9,500,000
> - TRC (2 years): VND 6,000,000
> - Government fees are charged separately at cost.
>
> If you would like to proceed, please reply to this email or call our hotline 1800 63 65. You are also welcome to visit us at 57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC.
>
> Best regards,
> Pham Ngoc Diem
> Thinh Tri Legal
""",
     label=L("service_request", "en", "Chloe Harrington", "+84702846315", "chloe.harrington.au@gmail.com",
             note="Reply; only the top part is new. She signs only 'Chloe' (full name from the From display name). Quoted firm text has the firm's hotline and address.")),

# 006 ---------------------------------------------------------------- R2
dict(key="h33r02", style="gmail", cte="7bit",
     **{"from": ("Ngoc Anh Giang", "giangngocanh.2512@gmail.com")},
     to="support",
     subject="doi so dien thoai trong ho so ket hon",
     date=(2026, 1, 14, 12, 5, 44, "+0700"),
     body="""Chao anh chi,
Em la Giang Thi Ngoc Anh, dang nho cong ty lam ho so dang ky ket hon voi nguoi nuoc ngoai (chong sap cuoi cua em la nguoi Han Quoc).
So cu cua em 0976 302 518 bi khoa roi, em da chuyen sang so moi 0854 619 327. Anh chi cap nhat lai so nay trong ho so va nhan luat su Khoa goi vao so moi giup em nhe.
Em cam on a
""",
     label=L("correction_request", "vi", "Giang Thi Ngoc Anh", "+84854619327", "giangngocanh.2512@gmail.com",
             note="Old number 0976 302 518 also present; contact phone is the new one.")),

# 007 ---------------------------------------------------------------- S2
dict(key="h33s02", style="gmail", cte="qp", hdr_enc="q",
     **{"from": ("Kiều Văn Đạt", "kieuvandat.hp@gmail.com")},
     to="info",
     subject="Hỏi thủ tục xóa án tích để đi làm",
     date=(2026, 1, 15, 22, 31, 19, "+0700"),
     body="""Chào Công ty,

Tôi là Kiều Văn Đạt, 34 tuổi, ở Hải Phòng. Năm 2019 tôi bị tòa xử 18 tháng tù về tội gây rối trật tự công cộng, đã chấp hành xong án và nộp đủ án phí từ năm 2021.

Hiện tôi được một công ty logistics nhận vào làm nhưng họ yêu cầu nộp Phiếu lý lịch tư pháp số 1 ghi "không có án tích". Tôi muốn hỏi:
- Trường hợp của tôi đã đương nhiên được xóa án tích chưa, hay phải làm đơn ra tòa?
- Nếu phải làm thủ tục thì hồ sơ gồm những gì, nộp ở đâu?
- Công ty có nhận làm trọn gói không và chi phí khoảng bao nhiêu?

Mong Công ty gọi lại cho tôi vào số 0354 628 917, sau 17h là tiện nhất.

Cảm ơn Công ty.
Kiều Văn Đạt
""",
     label=L("service_request", "vi", "Kiều Văn Đạt", "+84354628917", "kieuvandat.hp@gmail.com",
             note="'Xóa án tích' is a legal service (clearing a criminal record), not a request to delete data held by the firm.")),

# 008 ---------------------------------------------------------------- C2
dict(key="h33c02", style="iphone", cte="qp", hdr_enc="q",
     **{"from": ("Tomasz Wiśniewski", "tomasz.wisniewski.vn@gmail.com")},
     to="info",
     subject="Your invoice with my passport details was sent to my employer",
     date=(2026, 1, 15, 17, 52, 36, "+0700"),
     body="""Dear Sir or Madam,

I engaged your firm in December for the renewal of my temporary residence card. I paid the fee myself and asked for the invoice to be issued to me personally.

Today the HR manager at my school forwarded me your invoice, which your accounting team had emailed directly to the school's general inbox. The invoice and the cover email show my passport number, my home address and details of my visa history. I never authorised you to share any of this with my employer, and half of the HR office has now seen it.

I want to know how this happened, who decided to send it to my employer, and what you will do to make sure it does not happen again. I also expect a written apology.

Tomasz Wiśniewski
Mobile: 0896 437 120

Sent from my iPhone
""",
     label=L("complaint", "en", "Tomasz Wiśniewski", "+84896437120", "tomasz.wisniewski.vn@gmail.com")),

# 009 ---------------------------------------------------------------- A2
dict(key="h33a02", style="gmail", cte="7bit",
     **{"from": ("Hieu Mac", "machieu.dn91@gmail.com")},
     to="info",
     subject="xin thong tin ca nhan cong ty dang luu",
     date=(2026, 1, 16, 9, 40, 12, "+0700"),
     body="""Chao cong ty,
Toi la Mac Van Hieu, nam 2025 co nho cong ty lam thu tuc xin giay phep kinh doanh dich vu lu hanh cho cong ty du lich cua toi o Da Nang.
Nay toi muon biet cong ty dang luu nhung thong tin ca nhan gi cua toi (giay to tuy than, so tai khoan, so dien thoai...), luu den bao gio va co chia se cho ben nao khong. Cho toi xin mot ban sao gui ve email nay.
SDT: 0905 734 681
Cam on.
""",
     label=L("access_request", "vi", "Mac Van Hieu", "+84905734681", "machieu.dn91@gmail.com")),

# 010 ---------------------------------------------------------------- S8 (windows-1258)
dict(key="h33s08", style="oe1258", cte="qp", hdr_enc="q", pc_name="KHIEM-PC",
     **{"from": ("Lưu Đình Khiêm", "luudinhkhiem@yahoo.com.vn")},
     to="info",
     subject="Nhờ soạn hợp đồng mua bán nhà",
     date=(2026, 1, 19, 8, 11, 27, "+0700"),
     body="""Kính gửi Công ty Thịnh Trí,

Tôi tên Lưu Đình Khiêm, năm nay 68 tuổi. Vợ chồng tôi định bán căn nhà đang cho thuê ở Phường Lâm Viên - Đà Lạt cho một người quen, giá cả hai bên đã thỏa thuận xong.

Chúng tôi muốn nhờ Công ty soạn hợp đồng đặt cọc và hợp đồng mua bán, đi cùng chúng tôi ra văn phòng công chứng, và hướng dẫn kê khai thuế thu nhập cá nhân. Bên mua muốn trả làm ba đợt nên tôi lo bị rủi ro.

Xin Công ty cho biết chi phí và gọi cho tôi theo số nhà (0263) 3822 519, buổi sáng tôi luôn ở nhà.
Địa chỉ liên hệ: 7 Hoàng Văn Thụ, Phường Cam Ly - Đà Lạt, tỉnh Lâm Đồng

Trân trọng,
Lưu Đình Khiêm
""",
     label=L("service_request", "vi", "Lưu Đình Khiêm", "+842633822519", "luudinhkhiem@yahoo.com.vn",
             "7 Hoàng Văn Thụ, Phường Cam Ly - Đà Lạt, tỉnh Lâm Đồng",
             note="Body is windows-1258 with combining tone marks; compare after NFC. The house being sold (Phường Lâm Viên) is not his address; his contact address is given separately.")),

# 011 ---------------------------------------------------------------- D1
dict(key="h33d01", style="thunderbird", cte="7bit",
     **{"from": ("Camille Durand", "camille.durand75@orange.fr")},
     to="info",
     subject="Right to erasure - Article 17 GDPR",
     date=(2026, 1, 20, 18, 3, 55, "+0100"),
     body="""Dear Thinh Tri Legal,

In October 2025 I consulted your firm about buying an apartment in Hanoi through a Vietnamese company structure. I have since decided not to go ahead with the project.

In accordance with Article 17 of the General Data Protection Regulation, I request the erasure of all personal data concerning me that your firm holds, including the copy of my passport, my bank reference letter and the notes from our video call of 14 October 2025. If any of these data must be retained by law, please tell me which ones, on what legal basis and for how long.

Please confirm the erasure in writing to this email address.

Yours faithfully,
Camille Durand
27 rue Oberkampf, 75011 Paris, France
""",
     label=L("deletion_request", "en", "Camille Durand", None, "camille.durand75@orange.fr",
             "27 rue Oberkampf, 75011 Paris, France")),

# 012 ---------------------------------------------------------------- S12 (forward)
dict(key="h33s12", style="gmail", cte="qp",
     **{"from": ("Arjun Mehta", "arjun.mehta.sgn@gmail.com")},
     to="info",
     subject="Fwd: Notice to vacate apartment - deposit",
     date=(2026, 1, 21, 8, 19, 42, "+0700"),
     body="""Hello Thinh Tri team,

Please see the message below from my landlord. I have a 12-month lease (signed in July 2025) for an apartment in Thao Dien and I have never paid the rent late. Now he wants me out in two weeks because he has sold the apartment, and he says he will keep my 2-month deposit (VND 44 million).

Can you advise whether he can do this under Vietnamese law, and help me write a response to him? I'm happy to pay for a consultation. You can reach me on 0783 219 604 or on this email.

Regards,
Arjun Mehta

---------- Forwarded message ---------
From: Tôn Thất Huy <tonthathuy.property@gmail.com>
Date: Tue, 20 Jan 2026 at 18:42
Subject: Notice to vacate apartment - deposit
To: Arjun Mehta <arjun.mehta.sgn@gmail.com>

Dear Mr. Arjun,

I have sold the apartment. Please move out before 5 February. The deposit will be used for cleaning, painting and the agent fee. If you have any question, call me 0903 681 257.

Huy
""",
     label=L("service_request", "en", "Arjun Mehta", "+84783219604", "arjun.mehta.sgn@gmail.com",
             note="Forwarded landlord email includes the landlord's phone 0903 681 257; the sender's number is 0783 219 604.")),

# 013 ---------------------------------------------------------------- U6 (vendor pitch)
dict(key="h33u06", style="outlook", cte="7bit",
     **{"from": ("Priya Raman", "priya.raman@linguabridge-asia.com")},
     to="info",
     subject="Certified legal translation for Thinh Tri - 20% partner discount",
     date=(2026, 1, 22, 10, 30, 0, "+0700"),
     body="""Dear Thinh Tri team,

I'm Priya Raman, Partnerships Manager at LinguaBridge Asia. We provide certified legal translation (Vietnamese, English, Korean, Japanese and Chinese) for more than 60 law firms across Southeast Asia, with notarisation support in Hanoi and Ho Chi Minh City.

For new partner firms we offer 20% off for the first three months, a 24-hour turnaround on documents under 10 pages and a dedicated project manager. We sign NDAs as standard, so your clients' personal data stays fully protected.

Would you be open to a 15-minute call next week? You can reach me at +84 28 7306 9914 or simply reply to this email.

Best regards,
Priya Raman
Partnerships Manager | LinguaBridge Asia
""",
     label=L("unknown", "en", "Priya Raman", "+842873069914", "priya.raman@linguabridge-asia.com",
             note="Cold sales pitch to the firm; 'personal data' appears only as a selling point.")),

# 014 ---------------------------------------------------------------- R6 (html only)
dict(key="h33r06", style="gmail_html", cte="qp", nbsp=True,
     **{"from": ("Bảo Châu Huỳnh", "baochau.huynh.2k1@gmail.com")},
     to="support",
     subject="Nhờ sửa lại họ trong hồ sơ",
     date=(2026, 1, 23, 14, 48, 30, "+0700"),
     body="""Dạ em chào anh chị,

Em viết mail này không phải để khiếu nại gì đâu ạ, chỉ là em thấy trong phiếu tiếp nhận hồ sơ và tin nhắn xác nhận lịch hẹn bên mình đều ghi họ của em là "Hoàng" (Hoàng Ngọc Bảo Châu), trong khi họ đúng của em là Huỳnh. Em sợ sau này làm đơn đăng ký nhãn hiệu bị sai tên chủ đơn.

Anh chị sửa giúp em thành Huỳnh Ngọc Bảo Châu trong hệ thống nha. Nếu cần em gửi lại ảnh CCCD thì anh chị nhắn em qua số 0772 390 148 ạ.

Em cảm ơn anh chị nhiều!
Bảo Châu
""",
     label=L("correction_request", "vi", "Huỳnh Ngọc Bảo Châu", "+84772390148", "baochau.huynh.2k1@gmail.com",
             note="Writer says explicitly it is not a complaint. The wrong variant 'Hoàng Ngọc Bảo Châu' also appears; HTML-only body with &nbsp; inside the phone number.")),

# 015 ---------------------------------------------------------------- C1
dict(key="h33c01", style="outlook", cte="qp", hdr_enc="q",
     **{"from": ("Quách Minh Tuấn", "tuan.quach@hoanggiaxd.vn")},
     to="support",
     subject="Khiếu nại: luật sư nộp đơn kháng cáo quá hạn",
     date=(2026, 1, 28, 16, 7, 22, "+0700"),
     body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Quách Minh Tuấn, Giám đốc Công ty CP Xây dựng Hoàng Gia, khách hàng ký hợp đồng dịch vụ pháp lý với Quý Công ty từ tháng 9/2025 để theo vụ tranh chấp hợp đồng thi công tại TAND TP. Hà Nội.

Bản án sơ thẩm tuyên ngày 05/01/2026. Luật sư phụ trách đã khẳng định với tôi qua điện thoại rằng sẽ nộp đơn kháng cáo trong thời hạn. Tuy nhiên hôm qua tôi nhận được thông báo của Tòa cho biết đơn kháng cáo được nộp ngày 22/01/2026, tức là đã quá thời hạn 15 ngày, và Tòa yêu cầu giải trình lý do kháng cáo quá hạn.

Sai sót này có thể khiến công ty tôi mất quyền kháng cáo đối với khoản tranh chấp hơn 3 tỷ đồng. Tôi yêu cầu Quý Công ty:
1. Giải trình bằng văn bản nguyên nhân chậm nộp đơn;
2. Cử luật sư khác có kinh nghiệm xử lý ngay việc xin kháng cáo quá hạn;
3. Đề xuất phương án chịu trách nhiệm nếu công ty tôi bị thiệt hại.

Quách Minh Tuấn
ĐT: 0912 706 483
""",
     label=L("complaint", "vi", "Quách Minh Tuấn", "+84912706483", "tuan.quach@hoanggiaxd.vn")),

# 016 ---------------------------------------------------------------- S3 (iPhone, no diacritics + address)
dict(key="h33s03", style="iphone", cte="qp",
     **{"from": ("Ha Thi Mai", "hathimai.bp78@gmail.com")},
     to="info",
     subject="tu van tranh chap ranh gioi dat voi hang xom",
     date=(2026, 1, 27, 20, 55, 9, "+0700"),
     body="""Chao luat su,
Toi ten Ha Thi Mai, nha toi o so 27 khu pho Tan Phu, phuong Dong Xoai, tinh Dong Nai. Nha hang xom moi xay tuong rao lan sang dat nha toi khoang 0,8m theo chieu ngang, chay dai het 25m. So do nha toi co ghi ro kich thuoc nhung ho khong chiu do lai.
Toi da lam don len phuong, hoa giai 1 lan nhung khong thanh. Bay gio toi muon khoi kien thi can giay to gi, mat bao lau? Luat su co the di do dac cung toi khong?
So dien thoai cua toi: 0367.452.190
Cam on luat su

Gửi từ iPhone của tôi
""",
     label=L("service_request", "vi", "Ha Thi Mai", "+84367452190", "hathimai.bp78@gmail.com",
             "so 27 khu pho Tan Phu, phuong Dong Xoai, tinh Dong Nai",
             note="Address given inline (without diacritics) as where she lives; the body is unaccented but the iPhone sign-off has diacritics.")),

# 017 ---------------------------------------------------------------- C5
dict(key="h33c05", style="gmail", cte="b64",
     **{"from": ("Viên Thị Hồng Nhung", "hongnhung.vien@gmail.com")},
     to="info",
     subject="Khiếu nại: đã yêu cầu xóa dữ liệu nhưng vẫn bị nhắn tin quảng cáo",
     date=(2026, 1, 30, 9, 12, 48, "+0700"),
     body="""Kính gửi Công ty,

Ngày 05/12/2025 tôi đã gửi email đến info@thinhtrigroup.com yêu cầu xóa số điện thoại và email của tôi khỏi danh sách gửi tin, và đã được nhân viên trả lời là "đã ghi nhận, sẽ xóa trong 7 ngày".

Tuy nhiên đến nay, sau gần hai tháng, tôi vẫn nhận đều đặn tin nhắn SMS và Zalo quảng cáo hội thảo, khóa học của Công ty, gần nhất là sáng nay. Như vậy yêu cầu của tôi đã bị phớt lờ và Công ty đã không làm đúng chính sách bảo mật mà chính Công ty công bố.

Tôi chính thức khiếu nại về việc này. Đề nghị Công ty trả lời bằng văn bản: vì sao yêu cầu của tôi không được thực hiện, thông tin của tôi hiện đang được lưu ở những đâu, và ai chịu trách nhiệm.

Viên Thị Hồng Nhung
Số điện thoại (đang bị làm phiền): 0329 761 548
""",
     label=L("complaint", "vi", "Viên Thị Hồng Nhung", "+84329761548", "hongnhung.vien@gmail.com",
             note="Follow-up to an ignored deletion request: the writer explicitly lodges a formal complaint and asks for an explanation, so the mail as a whole is a complaint. The firm's info@ address in the body is not the contact email.")),

# 018 ---------------------------------------------------------------- A1 (UK SAR)
dict(key="h33a01", style="outlook", cte="7bit",
     **{"from": ("Daniel Whitfield", "daniel.whitfield@whitfieldcapital.co.uk")},
     to="info",
     subject="Subject Access Request - Daniel Whitfield",
     date=(2026, 2, 2, 9, 26, 14, "+0000"),
     body="""Dear Sir or Madam,

I am a British citizen and was a client of your firm in 2024 in connection with the acquisition of a minority stake in a Vietnamese hospitality company.

I am writing to make a subject access request. Please provide:
1. confirmation of whether you process personal data about me;
2. a copy of that data, including emails, file notes and copies of identity documents;
3. the purposes of the processing, the recipients to whom the data have been disclosed (including any affiliates or partners outside Vietnam), and the envisaged retention period;
4. the source of any data not collected from me directly.

I appreciate that your firm is governed by Vietnamese law rather than the UK GDPR, but I would be grateful for a response within one month. An electronic copy sent to this email address is fine.

Yours faithfully,
Daniel Whitfield
Flat 4, 18 Elgin Crescent, London W11 2JA, United Kingdom
Mobile: +44 7700 914 263
""",
     label=L("access_request", "en", "Daniel Whitfield", "+447700914263", "daniel.whitfield@whitfieldcapital.co.uk",
             "Flat 4, 18 Elgin Crescent, London W11 2JA, United Kingdom",
             note="GDPR-style subject access request from an overseas client; UK mobile in E.164 (+44).")),

# 019 ---------------------------------------------------------------- C9 (iPhone, huy hop dong)
dict(key="h33c09", style="iphone", cte="qp",
     **{"from": ("Quang Be", "bevanquang.cb@gmail.com")},
     to="support",
     subject="huy hop dong dich vu va hoan tien",
     date=(2026, 2, 2, 22, 40, 33, "+0700"),
     body="""Gui cong ty,
Toi la Be Van Quang. Toi dong 7 trieu phi dich vu tu van ly hon tu ngay 10/1, da 3 tuan ma luat su chua gap toi lan nao, goi 5 cuoc khong nghe may, nhan tin Zalo thi da xem nhung khong tra loi.
Toi khong con tin tuong nua. Toi yeu cau huy hop dong dich vu va hoan lai tien cho toi trong tuan nay, neu khong toi se dang len mang va gui don den Doan luat su.
Be Van Quang
0395 208 671

Gửi từ iPhone của tôi
""",
     label=L("complaint", "vi", "Be Van Quang", "+84395208671", "bevanquang.cb@gmail.com",
             note="'Hủy hợp đồng dịch vụ' means cancelling the service contract with a refund, not deleting data.")),

# 020 ---------------------------------------------------------------- U7 (thanks only)
dict(key="h33u07", style="gmail", cte="qp",
     **{"from": ("Lu Minh Hoang", "luminhhoang.bd@gmail.com")},
     to=("Thịnh Trí Group", "info"),
     subject='Re: Ket qua tra cuu nhan hieu "MOC AN"',
     date=(2026, 2, 5, 21, 3, 50, "+0700"),
     reply_to_firm=True,
     body="""Da em nhan duoc ket qua roi, cam on chi Tram nhieu nha. Em ban voi gia dinh roi bao lai sau a.

Vào 10:24 Th 4, 4 thg 2, 2026 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:

> Chào anh Hoàng,
>
> Thịnh Trí gửi anh kết quả tra cứu sơ bộ nhãn hiệu "MỘC AN" cho nhóm 30 (bánh kẹo): hiện chưa phát hiện nhãn hiệu trùng, có 02 nhãn hiệu tương tự cần lưu ý. Chi tiết trong file đính kèm.
>
> Nếu anh muốn tiến hành nộp đơn, vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.
>
> Trân trọng,
> Đỗ Ngọc Trâm
> Công ty Hệ Thống Luật TNHH Thịnh Trí
""",
     label=L("unknown", "vi", "Lu Minh Hoang", None, "luminhhoang.bd@gmail.com",
             note="Thanks/acknowledgement only, no request yet; name only from the From display name. Quoted firm text has the hotline.")),

# 021 ---------------------------------------------------------------- S6 (mother via daughter's mailbox)
dict(key="h33s06", style="gmail", cte="b64",
     **{"from": ("Trịnh Ngọc Hân", "ngochan.trinh.hn@gmail.com")},
     to="info",
     subject="Nhờ tư vấn chia thừa kế nhà đất không có di chúc",
     date=(2026, 2, 6, 10, 44, 2, "+0700"),
     body="""Kính gửi Công ty Thịnh Trí,

Tôi là Mai Thị Nguyệt, 71 tuổi, ở Hà Đông. Tôi không rành dùng máy tính nên nhờ con gái là Trịnh Ngọc Hân gửi thư này giúp.

Chồng tôi mất năm 2024, không để lại di chúc. Tài sản gồm căn nhà 3 tầng đứng tên hai vợ chồng và một mảnh đất nông nghiệp ở quê. Chúng tôi có 4 người con, trong đó một con trai đang định cư ở Đức. Các con đồng ý để tôi tiếp tục ở căn nhà nhưng chưa thống nhất được cách chia mảnh đất.

Tôi muốn nhờ Công ty tư vấn thủ tục khai nhận di sản và lập văn bản thỏa thuận phân chia, nhất là việc con trai ở nước ngoài ký giấy tờ như thế nào.

Công ty cứ trả lời vào email này, con gái tôi sẽ đọc cho tôi nghe. Nếu cần gọi thì gọi số máy bàn ở nhà tôi: 024 3856 7214.

Kính thư,
Mai Thị Nguyệt
""",
     label=L("service_request", "vi", "Mai Thị Nguyệt", "+842438567214", "ngochan.trinh.hn@gmail.com",
             note="Written by Mai Thị Nguyệt from her daughter's mailbox (From display 'Trịnh Ngọc Hân'); she asks for replies to this mailbox, so the From address is the contact email.")),

# 022 ---------------------------------------------------------------- D3 (windows-1258, polite)
dict(key="h33d03", style="oe1258", cte="qp", hdr_enc="b", pc_name="MINHTHU",
     **{"from": ("Tôn Nữ Minh Thư", "minhthu.tonnu@yahoo.com.vn")},
     to="info",
     subject="Về hồ sơ cũ của tôi",
     date=(2026, 2, 9, 9, 5, 31, "+0700"),
     body="""Kính gửi Quý Công ty Thịnh Trí,

Tôi là Tôn Nữ Minh Thư. Năm 2023 tôi có nhờ Công ty tư vấn việc chia tài sản sau ly hôn. Việc đó đã xong từ lâu và nay tôi đã có cuộc sống mới.

Tôi không muốn những chuyện cũ còn lưu lại ở bất cứ đâu. Kính mong Công ty không tiếp tục giữ hồ sơ, bản sao giấy tờ và các ghi chép về tôi nữa, những gì còn giữ xin cho tiêu hủy, và cũng đừng gửi thư hay gọi điện mời dịch vụ cho tôi. Khi làm xong xin nhắn cho tôi một tin qua số 0935 604 172.

Xin chân thành cảm ơn Quý Công ty.
Tôn Nữ Minh Thư
""",
     label=L("deletion_request", "vi", "Tôn Nữ Minh Thư", "+84935604172", "minhthu.tonnu@yahoo.com.vn",
             note="Polite deletion request without the word 'xóa'. Body and headers are windows-1258 with combining tone marks; compare after NFC normalisation.")),

# 023 ---------------------------------------------------------------- C8 (complaint about unanswered SAR)
dict(key="h33c08", style="outlook", cte="qp",
     **{"from": ("Sophie Laurent", "sophie.laurent@lumiere-design.fr")},
     to="info",
     subject="Formal complaint - no response to my data access request of 2 January",
     date=(2026, 2, 9, 11, 38, 2, "+0100"),
     body="""Dear Data Protection Officer,

On 2 January 2026 I sent a request to info@thinhtrigroup.com asking for a copy of the personal data your firm holds about me, under Article 15 of the GDPR and the corresponding rights under Vietnam's Personal Data Protection Law. I have received no acknowledgment and no answer, despite a reminder on 20 January.

Please treat this email as a formal complaint. A law firm that advises others on data protection should be able to handle a simple request within the legal time limit. I would like a written explanation of why my request was ignored and the name of the person responsible for data protection at your firm. If I do not hear from you within 10 days, I will raise the matter with the competent authority.

Sophie Laurent
Lumière Design Studio
+33 6 41 27 88 53
""",
     label=L("complaint", "en", "Sophie Laurent", "+33641278853", "sophie.laurent@lumiere-design.fr",
             note="Complaint about an unanswered access request; it asks for an explanation rather than repeating the request, so complaint not access_request. French mobile in E.164 (+33); the firm's info@ address in the body is not hers.")),

# 024 ---------------------------------------------------------------- R1 (Japanese name order)
dict(key="h33r01", style="outlook", cte="7bit",
     **{"from": ("WATANABE Kenji", "k.watanabe@sakura-precision.jp")},
     to="support",
     subject="Correction of my name in your records",
     date=(2026, 2, 11, 13, 20, 45, "+0700"),
     body="""Dear Thinh Tri Legal,

Thank you for your support with the registration of our representative office. I noticed that in your client records and on the last invoice my name appears as "Kenji Watanabi", and the family name and given name are in the wrong fields.

Please correct my details in your records as follows:
Family name: WATANABE
Given name: KENJI

Also, my mobile number in Vietnam is now 0326 915 047. Please use this number instead of the one on file.

Best regards,
Kenji Watanabe
General Manager, Sakura Precision Vietnam
""",
     label=L("correction_request", "en", "Kenji Watanabe", "+84326915047", "k.watanabe@sakura-precision.jp",
             note="Misspelled variant 'Kenji Watanabi' also appears; From display uses family-name-first order 'WATANABE Kenji'.")),

# 025 ---------------------------------------------------------------- U2 (automated Tet OOO)
dict(key="h33u02", style="gmail", cte="qp",
     **{"from": ("Bich Ngoc Tran", "bichngoc.tran.kt@gmail.com")},
     to="info",
     subject="Re: Xác nhận lịch tư vấn ngày 24/02/2026",
     date=(2026, 2, 14, 15, 21, 7, "+0700"),
     reply_to_firm=True,
     extra=[("Auto-Submitted", "auto-replied")],
     body="""Chào bạn,

Mình đang nghỉ Tết Nguyên đán từ 14/02 đến hết 22/02/2026 và không kiểm tra email thường xuyên. Mình sẽ phản hồi ngay khi đi làm lại.

Chúc bạn năm mới an khang, vạn sự như ý!
Bích Ngọc
""",
     label=L("unknown", "vi", automated=True,
             note="Gmail vacation responder: the subject looks like a client's human reply; only the Auto-Submitted header and the holiday text reveal it is automatic.")),
]

