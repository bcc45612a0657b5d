# -*- coding: utf-8 -*-
"""Message data for holdout26, part 1 (h26_001 ... h26_025).

Each dict: n, frm=(display name, address), to ('info' | 'support' | (name, addr)),
subject, date ('YYYY-mm-dd HH:MM:SS', tz default +0700), client (mail program style),
fmt ('alt' | 'plain' | 'html'), cte, body (the new text incl. signature),
optional quote (earlier mail quoted/forwarded below), reply (adds In-Reply-To),
attach, headers, and label (the expected labels.json entry).
"""


def L(category, language, name=None, phone=None, email=None, address=None,
      note=None, automated=False):
    return {
        "category": category,
        "automated": automated,
        "language": language,
        "contact": {"name": name, "phone": phone, "email": email, "address": address},
        "note": note,
    }


FIRM_SIG_VI = """Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Hotline: 1800 63 65 | Email: support@thinhtrigroup.com"""

FIRM_SIG_EN = """Thinh Tri Law System Co., Ltd
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, Ho Chi Minh City
Hotline: 1800 63 65"""


MESSAGES = [
# ---------------------------------------------------------------- 001
dict(
    n=1, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Phạm Ngọc Diệp", "diep.pham@daewonvina.com.vn"), to="info",
    subject="Đề nghị báo giá dịch vụ gia hạn giấy phép lao động cho 03 chuyên gia Hàn Quốc",
    date="2026-04-07 09:14:22",
    body="""Kính gửi Công ty Luật Thịnh Trí,

Em là Phạm Ngọc Diệp, phụ trách nhân sự tại Công ty TNHH Cơ khí Daewon Vina. Công ty em hiện có 03 kỹ sư người Hàn Quốc (ông Kim Dong-hyun, ông Lee Jae-won và bà Park Soo-min) có giấy phép lao động sẽ hết hạn trong tháng 6/2026.

Bên em muốn thuê dịch vụ trọn gói gia hạn giấy phép lao động và thẻ tạm trú cho cả 3 người, gồm: chuẩn bị hồ sơ, dịch thuật - hợp pháp hóa giấy tờ (nếu cần) và nộp hồ sơ tại cơ quan có thẩm quyền. Nhờ anh chị gửi giúp báo giá, danh mục giấy tờ cần chuẩn bị và thời gian xử lý dự kiến.

Về việc trao đổi, anh chị vui lòng liên hệ trực tiếp số di động của em là 0868 214 930, vì gọi qua tổng đài công ty thường phải chờ chuyển máy khá lâu.

Trân trọng,
Phạm Ngọc Diệp (Ms.)
HR & Admin Supervisor
CÔNG TY TNHH CƠ KHÍ DAEWON VINA
Lô C-7, KCN Mỹ Phước 3, Phường Thới Hòa, TP.HCM
Tel: (0274) 3567 881 - Ext: 205
Website: www.daewonvina.com.vn
----------------------------------------
Email này và các tệp đính kèm có thể chứa thông tin bảo mật, chỉ dành cho người nhận có tên ở trên. Nếu nhận nhầm, vui lòng thông báo cho người gửi và xóa email này.""",
    label=L("service_request", "vi", "Phạm Ngọc Diệp", "+84868214930", "diep.pham@daewonvina.com.vn",
            "Lô C-7, KCN Mỹ Phước 3, Phường Thới Hòa, TP.HCM",
            "HR staff of a business customer writing for three employees (their names are not contacts). She asks to be called on her mobile; the (0274) number with extension is the company switchboard. Office address from her signature. Disclaimer mentions 'bảo mật'/'xóa email' - boilerplate, not a request."),
),
# ---------------------------------------------------------------- 002
dict(
    n=2, client="gmail", fmt="alt", cte="base64", hdr_enc="b", reply=True,
    frm=("Lương Thị Bích Ngọc", "bichngoc.luong82@gmail.com"), to="support",
    subject="Re: Xác nhận tiếp nhận hồ sơ tranh chấp hợp đồng đặt cọc",
    date="2026-04-08 21:03:10",
    body="""Chào anh Bảo,

Theo email dưới đây, anh hứa trong 5 ngày làm việc sẽ gửi tôi bản dự thảo đơn khởi kiện đòi lại tiền cọc 300 triệu. Đến hôm nay đã hơn 3 tuần, tôi nhắn Zalo 4 lần, gọi hotline thì chỉ được hẹn "luật sư sẽ gọi lại" nhưng không ai gọi.

Tôi đã đóng đủ 15 triệu phí giai đoạn 1 ngay hôm ký hợp đồng. Bên bán nhà đang có dấu hiệu tẩu tán tài sản, mỗi ngày chậm trễ là thêm rủi ro cho tôi. Tôi rất bức xúc với cách làm việc như vậy.

Đề nghị Công ty:
1. Trả lời bằng văn bản lý do chậm trễ;
2. Gửi ngay bản dự thảo đơn khởi kiện trong tuần này;
3. Nếu không làm được thì hoàn lại phí để tôi thuê văn phòng khác.

Lương Thị Bích Ngọc
0983 517 204""",
    quote=dict(style="gmail",
        attr="Vào Th 2, 16 thg 3, 2026 vào lúc 10:42 Thinh Tri Support <support@thinhtrigroup.com> đã viết:",
        text="""Kính gửi chị Ngọc,

Công ty Thịnh Trí xác nhận đã nhận đủ hồ sơ vụ việc tranh chấp hợp đồng đặt cọc mua nhà của chị (hợp đồng đặt cọc, biên nhận chuyển khoản, tin nhắn trao đổi với bên bán).

Luật sư phụ trách là LS. Đặng Quốc Bảo. Trong vòng 05 ngày làm việc, luật sư sẽ gửi chị bản dự thảo đơn khởi kiện để chị xem và góp ý.

Mọi thắc mắc chị vui lòng phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Đặng Quốc Bảo
Luật sư
""" + FIRM_SIG_VI),
    label=L("complaint", "vi", "Lương Thị Bích Ngọc", "+84983517204", "bichngoc.luong82@gmail.com", None,
            "Reply above the firm's quoted confirmation (lawyer's name, hotline and office address are the firm's). Complaint about delay; the refund is a fallback demand, not a separate service request."),
),
# ---------------------------------------------------------------- 003
dict(
    n=3, client="outlook", fmt="plain", cte="quoted-printable", hdr_enc="q", reply=True,
    frm=("Trần Quang Vinh", "vinh.tran@thepviethung.vn"), to="info",
    subject="Re: Hợp đồng dịch vụ pháp lý thường xuyên - gia hạn năm 2026",
    date="2026-04-06 14:22:05",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""Cảm ơn anh/chị đã gửi email.

Tôi hiện đang đi công tác nước ngoài từ ngày 06/04 đến hết ngày 17/04/2026 và hạn chế kiểm tra email. Việc gấp xin liên hệ trợ lý Hà Thị Mỹ Linh, điện thoại 0912 640 773, email linh.ha@thepviethung.vn.

Trân trọng,
Trần Quang Vinh
Phó Tổng Giám đốc
Công ty CP Thép Việt Hưng""",
    label=L("unknown", "vi", automated=True,
            note="Out-of-office auto-reply; only the Auto-Submitted header and the wording reveal it, the subject looks like a human reply in an ongoing thread. The assistant's phone/email are not a contact."),
),
# ---------------------------------------------------------------- 004
dict(
    n=4, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="q",
    frm=("Ke toan Hoang Gia", "ketoan@hoanggiafood.vn"), to="support",
    subject="Cập nhật người liên hệ nhận hóa đơn - Công ty TNHH Thực phẩm Hoàng Gia",
    date="2026-04-09 10:37:48",
    body="""Kính gửi Phòng Chăm sóc khách hàng Công ty Thịnh Trí,

Em là Quách Thị Thu Thảo, kế toán trưởng mới của Công ty TNHH Thực phẩm Hoàng Gia (khách hàng dịch vụ pháp lý thường xuyên của Quý Công ty, số hợp đồng TT-DV/2025-118).

Từ ngày 01/04/2026, chị Đoàn Thị Kim Oanh (SĐT 0903 118 462) đã nghỉ việc, em tiếp nhận toàn bộ công việc kế toán. Nhờ anh chị cập nhật lại thông tin người liên hệ nhận hóa đơn, thông báo phí trong hồ sơ của bên em như sau:
- Họ tên: Quách Thị Thu Thảo
- Điện thoại: 0977 352 019
- Email: thuthao.quach@hoanggiafood.vn

Các hóa đơn, thông báo sau này anh chị vui lòng không gửi cho chị Oanh nữa.

Trân trọng,
Quách Thị Thu Thảo
Kế toán trưởng
Công ty TNHH Thực phẩm Hoàng Gia
ĐT: 0977 352 019 | MST: 0316845207""",
    label=L("correction_request", "vi", "Quách Thị Thu Thảo", "+84977352019", "thuthao.quach@hoanggiafood.vn", None,
            "Sent from a shared accounting mailbox; name and email come from the body (body email wins over From). The predecessor's name and number 0903 118 462 are being replaced; MST 0316845207 is a tax code, not a phone."),
),
# ---------------------------------------------------------------- 005
dict(
    n=5, client="gmail", fmt="alt", cte="7bit", hdr_enc="b",
    frm=("Olivia Tran", "olivia.tran.paralegal@gmail.com"), to="info",
    subject="Withdrawal of my job application and deletion of my CV",
    date="2026-04-10 08:05:31",
    body="""Dear Thinh Tri HR team,

In October 2025 I applied for the Paralegal (Corporate) position at your firm and sent my CV, cover letter, copies of my degree and my ID card. I have since accepted an offer elsewhere, so please withdraw my application.

I would also like you to delete all the documents and personal information I submitted during the recruitment process, including any notes from my interview on 14 October, and not to keep my profile in your talent pool for future vacancies.

A short confirmation by email once this is done would be appreciated.

Kind regards,
Olivia Tran
+84 938 602 417""",
    label=L("deletion_request", "en", "Olivia Tran", "+84938602417", "olivia.tran.paralegal@gmail.com", None,
            "Recruitment-related but not a job application: the writer withdraws and asks for her CV and interview notes to be deleted."),
),
# ---------------------------------------------------------------- 006
dict(
    n=6, client="gmail_html", fmt="html", cte="quoted-printable", hdr_enc="b",
    frm=("Kiều Văn Hòa", "kieuvanhoa.hp@gmail.com"), to="info",
    subject="Đề nghị cung cấp thông tin cá nhân Công ty đang lưu và danh sách bên được chia sẻ",
    date="2026-04-10 15:48:02",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Kiều Văn Hòa, năm 2025 có sử dụng dịch vụ tư vấn thủ tục chuyển nhượng quyền sử dụng đất tại Hải Phòng của Công ty.

Căn cứ quyền của chủ thể dữ liệu, tôi đề nghị Công ty:
- Cho tôi biết Công ty hiện còn lưu những thông tin, giấy tờ nào của tôi (CCCD, sổ đỏ, hợp đồng, ghi chú tư vấn...);
- Gửi cho tôi bản sao các dữ liệu đó qua email;
- Cho biết Công ty đã chia sẻ thông tin của tôi cho bên thứ ba nào chưa (văn phòng công chứng, đơn vị dịch thuật, đối tác...).

Điện thoại liên hệ: 0356 190 847
Địa chỉ: Số 12 ngõ 45 Lạch Tray, Phường Gia Viên, TP. Hải Phòng

Trân trọng,
Kiều Văn Hòa""",
    label=L("access_request", "vi", "Kiều Văn Hòa", "+84356190847", "kieuvanhoa.hp@gmail.com",
            "Số 12 ngõ 45 Lạch Tray, Phường Gia Viên, TP. Hải Phòng", "HTML-only message."),
),
# ---------------------------------------------------------------- 007
dict(
    n=7, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b", reply=True,
    frm=("Lukas Becker", "lukas.becker@becker-cnc.de"), to="info", tz="+0700",
    subject="Re: Quotation - Company establishment (100% foreign-owned) in Dong Nai",
    date="2026-04-03 11:26:40",
    body="""Dear Ms. Yen,

Thank you for the detailed quotation and the timeline. We have discussed it internally and would like to proceed with Option B (IRC + ERC, company seal, bank account support and initial tax registration).

Could you please send us the engagement letter and the list of documents that need to be notarised and legalised in Germany? Our managing director will be in Germany until 20 April, so it would be good to get the signatures done there.

For anything urgent, my Vietnamese mobile is +84 797 305 128 (also on WhatsApp).

Best regards,
Lukas Becker
Project Manager Asia
Becker CNC Technik GmbH
Tel. +49 7441 8624-0 (head office)""",
    quote=dict(style="gmail",
        attr="On Thu, Apr 2, 2026 at 4:18 PM Thinh Tri Group <info@thinhtrigroup.com> wrote:",
        text="""Dear Mr. Becker,

Further to our call, please find below our quotation for establishing a 100% foreign-owned company in Dong Nai:

Option A - Investment Registration Certificate (IRC) and Enterprise Registration Certificate (ERC): 2,400 USD
Option B - Option A plus company seal, bank account opening support and initial tax registration: 3,100 USD

Estimated timeline: 6-8 weeks from receipt of complete, legalised documents. Government fees and translation costs are not included.

Should you have any questions, please contact us at info@thinhtrigroup.com or our hotline 1800 63 65.

Best regards,
Nguyen Hai Yen
Corporate Services
""" + FIRM_SIG_EN),
    label=L("service_request", "en", "Lukas Becker", "+84797305128", "lukas.becker@becker-cnc.de", None,
            "Reply accepting the firm's quoted quotation (firm hotline/address in the quote). He gives his Vietnamese mobile as the contact number; the German number is the head-office switchboard."),
),
# ---------------------------------------------------------------- 008
dict(
    n=8, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Priya Raman", "priya.raman@sunridge-apparel.com"), to="support",
    subject="Invoice INV-2026-0342 - overbilled hours and wrong billing details (3rd request)",
    date="2026-04-13 16:52:09",
    body="""Dear Thinh Tri team,

I am writing, for the third time, about invoice INV-2026-0342 for the March retainer.

1. You have billed 18.5 hours for "review of labour contracts", but our agreed retainer covers up to 10 hours per month and we were never told that extra hours were being incurred. Nobody asked for our approval, which is required under clause 4.2 of the engagement letter.
2. The invoice is again addressed to our old office, even though I gave your accounts team our new address in February.

I raised this by phone on 3 April and by email on 8 April and have received no reply. Frankly, this is not the level of service we expect from outside counsel. Please have a partner review the invoice, issue a corrected one for the agreed 10 hours, and confirm that your billing records now show our correct details:

Sunridge Apparel Vietnam Co., Ltd
Attn: Priya Raman, Finance Director
Floor 9, Etown Central, 11 Doan Van Bo, Xom Chieu Ward, Ho Chi Minh City

Regards,
Priya Raman
Finance Director | Sunridge Apparel Vietnam
M: +84 909 714 362""",
    label=L("complaint", "en", "Priya Raman", "+84909714362", "priya.raman@sunridge-apparel.com",
            "Floor 9, Etown Central, 11 Doan Van Bo, Xom Chieu Ward, Ho Chi Minh City",
            "Complaint about overbilling and ignored messages that also asks to correct the billing address; dominant intent complaint. The address is her company's new office, given by her for the records."),
),
# ---------------------------------------------------------------- 009
dict(
    n=9, client="yahoo", fmt="plain", cte="7bit", hdr_enc="q",
    frm=("Lo Van Thanh", "lovanthanh.sl@yahoo.com"), to="info",
    subject="nho luat su tu van tranh chap ranh gioi dat",
    date="2026-04-11 20:41:17",
    body="""Chao luat su,
Toi ten Lo Van Thanh, o ban Na Hay, xa Muong Bu, tinh Son La. Nha toi voi nha hang xom tranh chap ranh gioi dat vuon khoang 2m chieu ngang, dai khoang 40m. Nha ho da xay tuong rao lan sang dat nha toi tu thang 2, toi co so do cap nam 2009 ghi ro kich thuoc.
Toi da bao truong ban va xa hoa giai 1 lan nhung khong thanh. Xin hoi bay gio toi phai lam don gui dau, co can thue do dac lai khong, va neu ra toa thi mat bao lau, chi phi bao nhieu.
Toi o xa nen mong luat su tu van qua dien thoai, so cua toi la 0345 802 716 (goi buoi toi sau 7h).
Cam on luat su nhieu.

Sent from Yahoo Mail on Android""",
    label=L("service_request", "vi", "Lo Van Thanh", "+84345802716", "lovanthanh.sl@yahoo.com",
            "ban Na Hay, xa Muong Bu, tinh Son La",
            "Vietnamese without diacritics. The village/commune where he lives is given inline as his address."),
),
# ---------------------------------------------------------------- 010
dict(
    n=10, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Tạ Minh Quân", "taminhquan.ulaw@gmail.com"), to="info",
    subject="[Application] Thực tập sinh pháp lý - Corporate/M&A - Tạ Minh Quân",
    date="2026-04-12 22:15:33",
    attach=[("CV_TaMinhQuan_LegalIntern.pdf", "application/pdf"), ("BangDiem_TaMinhQuan.pdf", "application/pdf")],
    body="""Dear anh chị HR,

Em là Tạ Minh Quân, sinh viên năm 4 ngành Luật Thương mại Quốc tế, Đại học Luật TP.HCM (GPA 3.45/4, IELTS 7.5). Em thấy Thịnh Trí đang tuyển Legal Intern cho team Corporate/M&A và rất muốn được apply.

Em đã có 6 tháng internship tại một công ty tư vấn đầu tư, chủ yếu support due diligence, draft biên bản họp và research về Luật Đầu tư. Em có thể làm full-time từ tháng 6/2026.

Em gửi kèm CV và bảng điểm. Anh chị có thể liên hệ em qua số 0819 447 350 hoặc email này để sắp xếp phỏng vấn ạ.

Thanks and best regards,
Tạ Minh Quân""",
    label=L("unknown", "mixed", "Tạ Minh Quân", "+84819447350", "taminhquan.ulaw@gmail.com", None,
            "Internship application with CV attached - not a customer request."),
),
# ---------------------------------------------------------------- 011
dict(
    n=11, client="gmail", fmt="alt", cte="7bit", hdr_enc="b",
    frm=("Vi Duc Manh", "viducmanh1979@gmail.com"), to="support",
    subject="yeu cau xoa thong tin vo chong toi",
    date="2026-04-13 07:12:55",
    body="""Chao cong ty,
Toi la Vi Duc Manh. Thang 11/2025 vo chong toi co den van phong hoi ve thu tuc nhan con nuoi, vo toi la Ha Thi Thanh Xuan co de lai so 0914 227 508 cua co ay.
Gio gia dinh toi khong lam nua. De nghi cong ty xoa het thong tin cua ca hai vo chong toi (ten, so dien thoai, giay to da photo de lai) va khong goi hay nhan tin cho vo toi nua.
Co gi cong ty bao lai cho toi qua so 0968 335 120.
Vi Duc Manh""",
    label=L("deletion_request", "vi", "Vi Duc Manh", "+84968335120", "viducmanh1979@gmail.com", None,
            "The wife's name and number 0914 227 508 also appear; the sender is Vi Duc Manh and gives his own number for the reply."),
),
# ---------------------------------------------------------------- 012
dict(
    n=12, client="outlookcom", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Hannah Whitfield", "h.whitfield77@hotmail.com"), to="support",
    subject="Please update my email address",
    date="2026-04-14 06:58:12",
    body="""Hi,

I'm currently a client of your Family Law team (my matter concerns the registration of my daughter's birth and her Vietnamese citizenship, handled by Ms. Lu).

I'm closing this Hotmail account at the end of the month. From now on, please send all correspondence, invoices and draft documents to my new address: hannah.whitfield@proton.me

My phone number is unchanged (0707 481 926). Could you reply to the new address to confirm the change has been made?

Many thanks,
Hannah Whitfield

Get Outlook for iOS""",
    label=L("correction_request", "en", "Hannah Whitfield", "+84707481926", "hannah.whitfield@proton.me", None,
            "New contact email in the body differs from the From address; the body address wins."),
),
# ---------------------------------------------------------------- 013
dict(
    n=13, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Đàm Quốc Huy", "huy.dam@brewlab.vn"), to="info",
    subject="Đăng ký trademark cho brand cà phê + tư vấn NDA với xưởng rang xay",
    date="2026-04-14 13:30:46",
    body="""Hi anh chị Thịnh Trí,

Mình là Đàm Quốc Huy, founder của BREWLAB - brand cà phê specialty đóng gói, đang bán online và chuẩn bị lên kệ một số chuỗi siêu thị.

Bên mình cần support 2 việc:
1. Register trademark "BREWLAB" (chữ + logo) tại VN cho nhóm 30 và 35, nếu được thì tư vấn thêm đăng ký quốc tế theo Madrid để mở rộng sang Singapore, Nhật;
2. Draft NDA và hợp đồng gia công với xưởng rang xay, trong đó xưởng phải giữ bảo mật thông tin về nguồn hạt, giá thu mua và tỷ lệ blend của bên mình, không được dùng lại cho brand khác.

Anh chị gửi giúp mình quote + timeline nhé. Nếu cần call thì ping mình qua số 0902 681 375 (Zalo same số).

Cheers,
Huy
--
Đàm Quốc Huy | Founder & CEO
BREWLAB Coffee Co.
www.brewlab.vn""",
    label=L("service_request", "mixed", "Đàm Quốc Huy", "+84902681375", "huy.dam@brewlab.vn", None,
            "'Bảo mật thông tin' and NDA refer to trade-secret clauses in a supply contract, not to the sender's personal data."),
),
# ---------------------------------------------------------------- 014
dict(
    n=14, client="gmail", fmt="plain", cte="7bit", hdr_enc="b",
    frm=("Trieu Thi Hoa", "hoatrieu.1990@gmail.com"), to="support",
    subject="Quang cao tu van mien phi ma thu tien 500k??",
    date="2026-04-10 19:22:03",
    body="""Gui cong ty,
Toi la Trieu Thi Hoa. Toi thay quang cao tren Facebook cua cong ty ghi "Tu van luat mien phi 30 phut". Ngay 09/04 toi den van phong o Vo Thi Sau hoi ve viec chia tai san khi ly hon, noi chuyen voi luat su khoang 25 phut.
Xong ra quay le tan thi bi yeu cau dong 500.000d "phi tu van truc tiep", khong dong thi khong duoc lay giay ghi chu. Nhan vien le tan con noi nang kho chiu, bao toi "doc ky quang cao di chi".
Toi thay day la quang cao sai su that. De nghi cong ty tra lai 500.000d cho toi va co loi xin loi chinh thuc. Neu khong toi se phan anh len So Tu phap va dang len mang.
So dt cua toi: 0376 924 185
Trieu Thi Hoa""",
    label=L("complaint", "vi", "Trieu Thi Hoa", "+84376924185", "hoatrieu.1990@gmail.com", None,
            "'Vo Thi Sau' is the firm's office, not the sender's address."),
),
# ---------------------------------------------------------------- 015
dict(
    n=15, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Truc Ngo", "ngothanhtruc.work@gmail.com"), to="info",
    subject="Request for access to my personal data - investigation at Leeway Logistics",
    date="2026-04-15 09:03:27",
    body="""Dear Sir/Madam,

My name is Ngo Thanh Truc. Until March 2026 I worked as a customs coordinator at Leeway Logistics Vietnam. I understand that your firm was engaged by Leeway to conduct an internal investigation in February, and that I was interviewed as part of it.

I am not your client, but I believe your firm holds personal data about me: the interview notes, my employment records and possibly personal emails and Zalo messages that the company handed over to you.

Under Vietnam's personal data protection law, I would like to request:
- confirmation of what personal data about me you hold and where you obtained it;
- a copy of that data, including the interview notes.

I can be reached at this email or at 0395 276 014.

Yours faithfully,
Ngo Thanh Truc""",
    label=L("access_request", "en", "Ngo Thanh Truc", "+84395276014", "ngothanhtruc.work@gmail.com", None,
            "Data subject who is not the firm's client (interviewed in an investigation for her former employer); still an access request."),
),
# ---------------------------------------------------------------- 016
dict(
    n=16, kind="bounce", client="exim",
    frm=("Mail Delivery System", "Mailer-Daemon@mail.thinhtrigroup.com"), to="support",
    subject="Mail delivery failed: returning message to sender",
    date="2026-04-16 11:05:44",
    msgid="<E1wQ7rK-0004Zt-9c@mail.thinhtrigroup.com>",
    headers=[("X-Failed-Recipients", "hongnhung.lo@gmial.com"), ("Auto-Submitted", "auto-replied")],
    body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hongnhung.lo@gmial.com
    all relevant MX records point to non-existent hosts or (invalidly) to IP addresses
""",
    dsn_msg=[("Reporting-MTA", "dns; mail.thinhtrigroup.com")],
    dsn_rcpt=[("Action", "failed"),
              ("Final-Recipient", "rfc822;hongnhung.lo@gmial.com"),
              ("Status", "5.0.0")],
    original=dict(n=16, client="firm", frm=("Thinh Tri Support", "support@thinhtrigroup.com"),
        to=("", "hongnhung.lo@gmial.com"), subject="Re: Yêu cầu bản sao dữ liệu cá nhân",
        date="2026-04-16 11:05:40", hdr_enc="q",
        body="""Kính gửi chị Lò Thị Hồng Nhung,

Theo yêu cầu của chị ngày 13/04/2026, Thịnh Trí gửi kèm bản sao các thông tin cá nhân mà Công ty đang lưu giữ liên quan đến chị (họ tên, số điện thoại 0389 142 675, hồ sơ tư vấn thủ tục nhận nuôi con nuôi). File được nén và đặt mật khẩu; mật khẩu sẽ được gửi qua tin nhắn SMS.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Hotline: 1800 63 65
"""),
    label=L("unknown", "en", automated=True,
            note="Bounce of the firm's own reply to an access request; the customer's name, number and the words 'bản sao dữ liệu cá nhân' are inside the returned message, not customer text."),
),
# ---------------------------------------------------------------- 017
dict(
    n=17, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Lại Thị Phương Thanh", "thanh.lai@minhphatplastic.vn"), to="info",
    subject="FW: Quyết định thanh tra thuế năm 2023-2024 - Công ty TNHH Nhựa Minh Phát",
    date="2026-04-13 08:47:19",
    attach=[("QD_1286_thanh_tra_thue_MinhPhat.pdf", "application/pdf")],
    body="""Kính gửi Quý Công ty,

Em là Lại Thị Phương Thanh, kế toán trưởng Công ty TNHH Nhựa Minh Phát. Em chuyển tiếp bên dưới thông báo của cơ quan thuế về việc thanh tra thuế các năm 2023-2024, dự kiến đoàn làm việc tại công ty từ ngày 05/05/2026.

Ban Giám đốc muốn thuê luật sư/chuyên gia thuế của Thịnh Trí:
- Rà soát trước hồ sơ chi phí, đặc biệt các khoản chi hoa hồng môi giới và chi phí lãi vay với công ty mẹ;
- Cử người tham dự cùng trong các buổi làm việc với đoàn thanh tra.

Anh chị vui lòng gửi đề xuất phí và lịch làm việc. Có gì cần trao đổi anh chị gọi em số 0915 063 284 ạ.

Trân trọng,
Lại Thị Phương Thanh
Kế toán trưởng
CÔNG TY TNHH NHỰA MINH PHÁT
Tel: (028) 3754 2290 | Mobile: 0915 063 284""",
    quote=dict(style="outlook", sep="________________________________",
        hdr=[("Từ", "Nguyễn Văn Tùng - Thuế cơ sở 7 TP.HCM <nvtung.tcs7@gdt.gov.vn>"),
             ("Đã gửi", "Thứ Sáu, ngày 10 tháng 4 năm 2026 15:02"),
             ("Đến", "thanh.lai@minhphatplastic.vn"),
             ("Chủ đề", "Quyết định thanh tra thuế năm 2023-2024 - Công ty TNHH Nhựa Minh Phát")],
        text="""Kính gửi Công ty TNHH Nhựa Minh Phát,

Thuế cơ sở 7 thành phố Hồ Chí Minh thông báo sẽ tiến hành thanh tra việc chấp hành pháp luật thuế của Công ty đối với các kỳ tính thuế năm 2023 và 2024 theo Quyết định số 1286/QĐ-TCS7 đính kèm. Thời gian dự kiến bắt đầu: 05/05/2026.

Đề nghị Công ty chuẩn bị đầy đủ sổ sách, chứng từ kế toán và cử người có thẩm quyền làm việc với Đoàn. Đầu mối liên hệ: ông Nguyễn Văn Tùng, điện thoại 0913 472 856.

Trân trọng."""),
    label=L("service_request", "vi", "Lại Thị Phương Thanh", "+84915063284", "thanh.lai@minhphatplastic.vn", None,
            "Accountant of a business customer forwarding a tax-audit notice. The forwarded notice contains the tax official's name and number 0913 472 856 (not the sender's); she asks to be called on her mobile, the (028) line is the company's."),
),
# ---------------------------------------------------------------- 018
dict(
    n=18, client="yahoo", fmt="alt", cte="quoted-printable", hdr_enc="q",
    frm=("Tăng Thị Mỹ Duyên", "myduyen.tang@yahoo.com"), to="info",
    subject="Đề nghị hủy hồ sơ vụ ly hôn đã kết thúc",
    date="2026-04-15 20:18:36",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Tăng Thị Mỹ Duyên. Năm 2025 luật sư của Công ty đã đại diện cho tôi trong vụ ly hôn và tranh chấp quyền nuôi con tại Tòa án nhân dân khu vực 2 - Cần Thơ. Bản án đã có hiệu lực, tôi đã thanh toán đầy đủ phí và rất cảm ơn luật sư.

Hồ sơ vụ việc có rất nhiều thông tin nhạy cảm về tôi, con tôi và chồng cũ (sao kê ngân hàng, giấy khám sức khỏe, tin nhắn riêng tư...). Tôi đề nghị Công ty hủy toàn bộ hồ sơ giấy và bản điện tử liên quan đến tôi và con tôi, chỉ giữ lại những gì pháp luật bắt buộc phải lưu, và báo cho tôi biết những gì còn được giữ lại và trong bao lâu.

Liên hệ: 0329 740 618

Trân trọng,
Tăng Thị Mỹ Duyên""",
    label=L("deletion_request", "vi", "Tăng Thị Mỹ Duyên", "+84329740618", "myduyen.tang@yahoo.com", None,
            "'Hủy hồ sơ' here means destroying the stored case records (deletion), not cancelling a service; the question about what is retained is secondary."),
),
# ---------------------------------------------------------------- 019
dict(
    n=19, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Giang Minh Tuấn", "giangminhtuan.dn@gmail.com"), to="support",
    subject="Fwd: Thu mua đất Hòa Xuân giá tốt - đề nghị Công ty giải thích",
    date="2026-04-09 14:06:51",
    body="""Gửi Công ty Thịnh Trí,

Ngày 02/04 tôi có gửi cho Công ty bộ hồ sơ nhờ tư vấn vụ tranh chấp thừa kế lô đất ở Hòa Xuân (Đà Nẵng) giữa tôi và các anh chị em, gồm bản sao sổ đỏ, giấy chứng tử của cha tôi và sơ đồ thửa đất.

Chưa đầy một tuần sau tôi nhận được email dưới đây từ một người môi giới, nêu đúng số thửa, diện tích và cả việc "gia đình anh đang có tranh chấp", đề nghị mua lại với giá thấp. Tôi chưa từng cung cấp các thông tin này cho ai khác ngoài Công ty.

Tôi yêu cầu Công ty kiểm tra và trả lời bằng văn bản: ai đã tiếp cận hồ sơ của tôi, thông tin bị lộ ra ngoài bằng cách nào và Công ty sẽ xử lý ra sao. Tôi bảo lưu quyền khiếu nại lên cơ quan có thẩm quyền.

Giang Minh Tuấn
ĐT: 0935 618 240""",
    quote=dict(style="gmail_fwd",
        hdr=[("From", "Bất động sản Sông Hàn <nhadat.songhan.dn@gmail.com>"),
             ("Date", "Th 4, 8 thg 4, 2026 vào lúc 09:17"),
             ("Subject", "Thu mua đất Hòa Xuân giá tốt"),
             ("To", "<giangminhtuan.dn@gmail.com>")],
        text="""Chào anh Tuấn,

Bên em được biết gia đình anh đang có lô đất thửa số 214, tờ bản đồ 37, diện tích 187,5m2 tại phường Hòa Xuân và đang có tranh chấp giữa các đồng thừa kế. Bên em có khách thiện chí mua ngay, tự lo toàn bộ thủ tục, anh chỉ cần ký.

Anh quan tâm xin gọi em Thảo: 0905 773 164.

Trân trọng,
BĐS Sông Hàn"""),
    label=L("complaint", "vi", "Giang Minh Tuấn", "+84935618240", "giangminhtuan.dn@gmail.com", None,
            "Forwarded broker email included as evidence of a leak; the broker's number 0905 773 164 and address are not the sender's. 'Bảo lưu quyền khiếu nại' plus demand for explanation = complaint."),
),
# ---------------------------------------------------------------- 020
dict(
    n=20, client="iphone", fmt="plain", cte="quoted-printable", hdr_enc="q",
    frm=("Khuc Thi Ngoc Han", "ngochan.khuc@icloud.com"), to="support",
    subject="nho sua ngay sinh trong hop dong dich vu",
    date="2026-04-16 12:09:14",
    body="""Chao chi Tam,
Em viet mail nay khong phai de khieu nai gi dau a, ben minh ho tro em rat nhiet tinh. Chi la em moi doc lai hop dong dich vu so TT-HD/2026-0457 thi thay ngay sinh cua em ghi la 12/08/1994, dung ra la 21/08/1994. So CCCD cung bi thieu so 0 o dau.
Nho chi sua lai trong he thong va gui em ban hop dong da sua de em ky lai nha, vi ho so nay con dung de nop len So.
Em cam on chi nhieu!
Khuc Thi Ngoc Han
0708 925 463

Gửi từ iPhone của tôi""",
    label=L("correction_request", "vi", "Khuc Thi Ngoc Han", "+84708925463", "ngochan.khuc@icloud.com", None,
            "Explicitly 'khong phai de khieu nai' (not a complaint); asks to fix date of birth and ID number on file. Unaccented text with an accented iPhone sign-off."),
),
# ---------------------------------------------------------------- 021
dict(
    n=21, client="outlookcom", fmt="html", cte="base64", hdr_enc="b",
    frm=("Bế Thị Lan Phương", "lanphuong.be@outlook.com"), to="info",
    subject="Nhờ tư vấn chia thừa kế nhà của bố mẹ để lại",
    date="2026-04-17 21:44:10",
    body="""Kính gửi Công ty,

Tôi là Bế Thị Lan Phương, hiện đang sống và làm việc tại Hà Nội. Bố mẹ tôi mất năm 2024 và 2025, không để lại di chúc. Tài sản gồm căn nhà cấp 4 và đất tại số 27 đường Bắc Sơn, Phường Đông Kinh, tỉnh Lạng Sơn, đứng tên cả hai bố mẹ.

Ba anh chị em chúng tôi thống nhất bán nhà và chia đều, nhưng một người em đang định cư ở Úc. Tôi muốn hỏi:
1. Thủ tục khai nhận di sản thừa kế cần những giấy tờ gì;
2. Em tôi ở Úc có thể ủy quyền cho tôi ký thay không, ủy quyền làm ở đâu;
3. Chi phí nếu Công ty làm trọn gói từ khai nhận di sản đến khi bán xong nhà.

Xin liên hệ tôi qua số 0862 504 139 hoặc email này.

Trân trọng,
Bế Thị Lan Phương""",
    label=L("service_request", "vi", "Bế Thị Lan Phương", "+84862504139", "lanphuong.be@outlook.com", None,
            "HTML-only. The Lạng Sơn address is the parents' house in the estate, not the sender's own address (she lives in Hà Nội and gives no address), so address is null."),
),
# ---------------------------------------------------------------- 022
dict(
    n=22, client="zimbra", fmt="alt", cte="8bit", hdr_enc="b",
    frm=("Lý Hoàng Nam", "nam.ly@dichthuatsaoviet.vn"), to="info",
    subject="Hợp tác dịch thuật công chứng - chiết khấu 20% cho văn phòng luật",
    date="2026-04-17 09:31:58",
    body="""Kính gửi Quý Công ty Luật Thịnh Trí,

Em là Lý Hoàng Nam, phụ trách khách hàng doanh nghiệp của Dịch thuật Sao Việt. Bên em chuyên dịch thuật công chứng hồ sơ pháp lý: hợp đồng, bản án, giấy tờ hộ tịch, hồ sơ xin giấy phép lao động... với hơn 40 ngôn ngữ.

Dành riêng cho các công ty luật, bên em có chương trình:
- Chiết khấu 20% trên toàn bộ đơn hàng, thanh toán công nợ cuối tháng;
- Giao nhận tận nơi tại Quận 3 trong ngày;
- Cam kết bảo mật thông tin khách hàng bằng thỏa thuận NDA.

Em xin phép gửi hồ sơ năng lực và bảng giá chi tiết. Anh chị quan tâm vui lòng phản hồi email hoặc gọi em theo số 0938 260 571 ạ.

Trân trọng,
Lý Hoàng Nam
Chuyên viên Khách hàng Doanh nghiệp
Dịch thuật Sao Việt
Hotline: 1900 6247""",
    label=L("unknown", "vi", "Lý Hoàng Nam", "+84938260571", "nam.ly@dichthuatsaoviet.vn", None,
            "Cold sales pitch to the firm. His mobile is the contact number; 1900 6247 is the vendor's hotline."),
),
# ---------------------------------------------------------------- 023
dict(
    n=23, client="gmail", fmt="alt", cte="7bit", hdr_enc="b",
    frm=("Ung Van Hieu", "ungvanhieu.bd@gmail.com"), to="info",
    subject="xin lai file ghi am cuoc goi tu van",
    date="2026-04-18 10:12:40",
    body="""Chao cong ty,
Toi la Ung Van Hieu. Ngay 27/03/2026 toi co goi len tong dai 1800 63 65 de hoi ve viec bi cong ty no luong 3 thang, nhan vien co bao cuoc goi duoc ghi am de dam bao chat luong.
Toi muon xin ban sao file ghi am cuoc goi do va noi dung ghi chu ma ben cong ty da luu ve toi (ten, so dien thoai, noi dung toi trinh bay). Toi can de doi chieu lai nhung gi minh da noi.
So toi goi hom do la 0367 481 902, cung la so lien lac cua toi.
Cam on.""",
    label=L("access_request", "vi", "Ung Van Hieu", "+84367481902", "ungvanhieu.bd@gmail.com", None,
            "The firm's hotline 1800 63 65 appears in the text; the sender's own number is 0367 481 902."),
),
# ---------------------------------------------------------------- 024
dict(
    n=24, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Vanessa Le", "vanessa.le.sg@gmail.com"), to="support",
    subject="Mất bản gốc giấy khai sinh - very disappointed",
    date="2026-04-18 16:27:05",
    body="""Hi Thịnh Trí team,

Mình là Lê Thị Thu Vân (Vanessa), đang làm hồ sơ xin quốc tịch Việt Nam cho con trai qua bên mình từ tháng 1.

Ngày 18/03 mình đã gửi tận tay bản gốc birth certificate (có apostille của Singapore) và bản gốc giấy xác nhận tình trạng hôn nhân cho bạn lễ tân, có ký nhận hẳn hoi. Hôm qua chị Yến gọi báo là "không tìm thấy bản gốc trong hồ sơ", bảo mình xin cấp lại.

Honestly I'm very upset. Xin lại apostille bên Singapore mất ít nhất 6 tuần và tốn thêm phí, toàn bộ timeline của hồ sơ bị delay. Mình muốn bên mình:
- Tìm lại giấy tờ một cách nghiêm túc và báo kết quả trong 3 ngày;
- Nếu mất thật thì chịu toàn bộ chi phí xin lại và phí chuyển phát;
- Giải thích vì sao giấy tờ gốc của khách lại bị thất lạc.

Gọi mình số 0896 341 275 nhé.
Vân""",
    label=L("complaint", "mixed", "Lê Thị Thu Vân", "+84896341275", "vanessa.le.sg@gmail.com", None,
            "From display is the English name 'Vanessa Le'; the full name as written in the body is Lê Thị Thu Vân. 'Chị Yến' is firm staff."),
),
# ---------------------------------------------------------------- 025
dict(
    n=25, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b", tz="+0900",
    frm=("Kenji Watanabe", "k.watanabe@sakura-foods.co.jp"), to="info",
    subject="Inquiry: legal due diligence for acquisition of a food processing company in Tay Ninh",
    date="2026-04-20 10:02:33",
    body="""Dear Sir or Madam,

I am the General Manager of Business Development at Sakura Foods Co., Ltd. (Osaka). We are considering acquiring a 65% stake in a Vietnamese food processing company located in the former Long An area (now Tay Ninh Province), and we are looking for a local law firm to support us.

The scope we have in mind:
- legal due diligence (corporate, land use rights, licences, labour, environment, material contracts);
- advice on the transaction structure and the procedure for foreign investors to acquire shares;
- review of the share purchase agreement prepared by the seller's counsel.

The target has approx. 320 employees and two factories. Could you send us your proposal, estimated fees and your team's experience with Japanese investors? We would like to hold a kick-off call before the end of April.

Sincerely,

Kenji Watanabe
General Manager, Business Development Dept.
Sakura Foods Co., Ltd.
Vietnam Representative Office: Room 1507, Saigon Trade Center, 37 Ton Duc Thang, Saigon Ward, HCMC
Mobile (VN): +84 912 308 547
This e-mail is confidential and intended solely for the addressee. If you are not the intended recipient, please delete it.""",
    label=L("service_request", "en", "Kenji Watanabe", "+84912308547", "k.watanabe@sakura-foods.co.jp",
            "Room 1507, Saigon Trade Center, 37 Ton Duc Thang, Saigon Ward, HCMC",
            "Business enquiry from a Japanese company; the sender's office address and mobile are in his signature. Confidentiality footer is boilerplate."),
),
]
