# -*- coding: utf-8 -*-
"""Messages h27_001 .. h27_025 (data only; built by make.py)."""

MSGS = [
# ---------------------------------------------------------------- 001
dict(
    n=1, client="gmail", structure="alt", cte="base64",
    frm=("Quách Thị Mỹ Duyên", "myduyen.quach@gmail.com"), to="info",
    subject="Nhờ luật sư hỗ trợ bố tôi trong vụ tranh chấp ranh giới đất",
    date="2026-04-06 08:41:27",
    body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Quách Thị Mỹ Duyên, con gái của ông Quách Văn Điền (72 tuổi, hiện sống ở xã Mỹ Yên, tỉnh Tây Ninh). Tôi viết thư này thay bố vì bố tôi không dùng email và nghe điện thoại cũng không rõ.

Tháng trước, gia đình hàng xóm xây tường rào lấn sang đất nhà tôi khoảng 1,2m theo chiều ngang. Hai bên đã hòa giải ở UBND xã nhưng không thành. Mới đây bố tôi lại nhận được thông báo thụ lý vụ án của Tòa án nhân dân khu vực, trong đó chính hàng xóm là người khởi kiện, yêu cầu công nhận phần đất đó thuộc về họ.

Gia đình tôi muốn nhờ Công ty cử luật sư:
- xem giúp giấy chứng nhận quyền sử dụng đất và biên bản hòa giải ở xã;
- soạn bản tự khai và yêu cầu phản tố (nếu luật sư thấy nên làm);
- bảo vệ quyền lợi cho bố tôi tại Tòa.

Số máy bàn ở nhà bố tôi là 0276 3845 219, nhưng xin Công ty liên hệ với tôi cho tiện trao đổi: 0338 472 915. Tôi có thể mang toàn bộ giấy tờ lên văn phòng vào sáng thứ Bảy.

Trân trọng,
Quách Thị Mỹ Duyên
""",
    label=dict(category="service_request", language="vi",
               name="Quách Thị Mỹ Duyên", phone="+84338472915", email="myduyen.quach@gmail.com", address=None,
               note="Daughter writes about her father's court case; the father's landline 0276 3845 219 is not the contact - she asks to be reached on her own number."),
),
# ---------------------------------------------------------------- 002
dict(
    n=2, client="owa", structure="alt", cte="quoted-printable",
    frm=("Olivia Brennan", "olivia.brennan.vn@outlook.com"), to="info",
    subject="Please erase my details - not a complaint",
    date="2026-01-20 21:14:09",
    body="""Hi,

Back in November I had a one-off video consultation with one of your lawyers about renting out my apartment in Thao Dien while I'm abroad. The advice was clear and useful, and to be clear this is not a complaint.

I'm now leaving Vietnam for good, so I'd like you to delete the personal information you hold about me: my name, phone number, passport copy, the draft lease showing my address, and anything else on file. If some of it has to be kept for accounting reasons, just tell me what and for how long.

A short confirmation by email once it's done would be great.

Thanks,
Olivia Brennan
+84 (0) 78 416 2093
""",
    label=dict(category="deletion_request", language="en",
               name="Olivia Brennan", phone="+84784162093", email="olivia.brennan.vn@outlook.com", address=None,
               note="Explicitly 'not a complaint'; asks for erasure (with a retention question). Phone written with a '(0)' trunk prefix."),
),
# ---------------------------------------------------------------- 003
dict(
    n=3, client="yahoo", structure="alt", cte="quoted-printable",
    frm=("Đỗ Hoài Thương", "hoaithuong.do@yahoo.com"), to="support",
    subject="Phản ánh việc nhân viên gọi điện đến cơ quan tôi",
    date="2026-04-14 16:22:51",
    body="""Kính gửi Công ty,

Tôi là Đỗ Hoài Thương, đang được luật sư của Công ty tư vấn thủ tục ly hôn đơn phương.

Sáng nay 14/04, một nhân viên của Công ty gọi vào máy bàn ở cơ quan tôi (không phải số tôi đã để lại). Đồng nghiệp nghe máy, và nhân viên đó nói thẳng là gọi "về hồ sơ ly hôn của chị Thương". Đến chiều thì cả phòng đã biết chuyện. Tôi chưa từng cung cấp số cơ quan cho Công ty và không hiểu Công ty lấy số đó từ đâu.

Tôi rất bức xúc. Đề nghị Công ty:
1. Giải thích bằng văn bản vì sao có số cơ quan của tôi và vì sao nhân viên lại nói nội dung vụ việc với người khác;
2. Cho biết Công ty xử lý nhân viên này như thế nào;
3. Từ nay chỉ liên hệ tôi qua số di động 0909 586 314, không gọi bất kỳ số nào khác.

Đỗ Hoài Thương
""",
    label=dict(category="complaint", language="vi",
               name="Đỗ Hoài Thương", phone="+84909586314", email="hoaithuong.do@yahoo.com", address=None,
               note="Complaint about disclosure of case details to a colleague; the request to use only her mobile is secondary. Dominant intent complaint."),
),
# ---------------------------------------------------------------- 004
dict(
    n=4, client="bulk", structure="alt", cte="base64",
    frm=("Pháp Lý Doanh Nghiệp 24h", "bantin@phaplydn24h.vn"), to="info",
    subject="Bản tin số 14/2026: Quyền yêu cầu xóa, truy cập dữ liệu cá nhân - doanh nghiệp cần chuẩn bị gì?",
    date="2026-04-06 06:30:00",
    headers=[("Precedence", "bulk"),
             ("List-Id", "Ban tin Phap Ly Doanh Nghiep 24h <bantin.phaplydn24h.vn>"),
             ("List-Unsubscribe", "<https://phaplydn24h.vn/unsubscribe?u=b81f2c&e=info%40thinhtrigroup.com>, <mailto:unsubscribe@phaplydn24h.vn?subject=unsubscribe>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("X-Mailer", "Sendy 6.1")],
    body="""PHÁP LÝ DOANH NGHIỆP 24H - BẢN TIN SỐ 14/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực từ 01/01/2026: doanh nghiệp phải trả lời yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của khách hàng trong thời hạn nào?
2. Mẫu văn bản xác nhận đã xóa dữ liệu cá nhân theo yêu cầu của chủ thể dữ liệu (tải miễn phí cho hội viên).
3. Tình huống: khách hàng khiếu nại vì bị lộ số điện thoại - bộ phận CSKH nên xử lý ra sao?
4. Khóa học trực tuyến "Chuyên viên bảo vệ dữ liệu cá nhân (DPO)" khai giảng 20/04/2026.

Hotline hỗ trợ hội viên: 1900 6258

Email này được gửi tới địa chỉ đã đăng ký nhận tin trên phaplydn24h.vn.
Hủy đăng ký: https://phaplydn24h.vn/unsubscribe?u=b81f2c
""",
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin số 14/2026</title></head>
<body style="margin:0;background:#eef1f4;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#1f3a5f;color:#fff;padding:18px 24px;font-size:18px;font-weight:bold;">PHÁP LÝ DOANH NGHIỆP 24H &middot; Bản tin số 14/2026</td></tr>
<tr><td style="padding:20px 24px;font-size:14px;line-height:1.6;color:#222;">
<p>Kính gửi Quý độc giả,</p>
<p><b>1.</b> Luật Bảo vệ dữ liệu cá nhân đã có hiệu lực từ 01/01/2026: doanh nghiệp phải trả lời yêu cầu truy cập, chỉnh sửa, xóa dữ liệu của khách hàng trong thời hạn nào?</p>
<p><b>2.</b> <a href="https://phaplydn24h.vn/mau/xac-nhan-xoa-du-lieu">Mẫu văn bản xác nhận đã xóa dữ liệu cá nhân</a> theo yêu cầu của chủ thể dữ liệu (tải miễn phí cho hội viên).</p>
<p><b>3.</b> Tình huống: khách hàng khiếu nại vì bị lộ số điện thoại &ndash; bộ phận CSKH nên xử lý ra sao?</p>
<p><b>4.</b> Khóa học trực tuyến &quot;Chuyên viên bảo vệ dữ liệu cá nhân (DPO)&quot; khai giảng 20/04/2026.</p>
<p>Hotline hỗ trợ hội viên: 1900 6258</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #e5e5e5;">Email này được gửi tới địa chỉ đã đăng ký nhận tin trên phaplydn24h.vn.<br>
<a href="https://phaplydn24h.vn/unsubscribe?u=b81f2c" style="color:#888;">Hủy đăng ký</a></td></tr>
</table></td></tr></table>
</body></html>
""",
    label=dict(category="unknown", automated=True, language="vi",
               note="Bulk newsletter (Precedence: bulk, List-Unsubscribe); subject and body are full of erasure/access/complaint keywords but nobody is asking the firm anything."),
),
# ---------------------------------------------------------------- 005
dict(
    n=5, client="gmail", structure="alt", cte="quoted-printable",
    frm=("Bích Ngọc Lương", "bichngoc.luong88@gmail.com"), to="support",
    subject="Nhờ sửa năm sinh trong hồ sơ (không phải khiếu nại)",
    date="2026-02-11 10:05:38",
    body="""Chào anh chị bộ phận hỗ trợ,

Em là Lương Thị Bích Ngọc, đang làm hồ sơ đăng ký kết hôn có yếu tố nước ngoài qua Công ty (luật sư phụ trách là chị Mai).

Em xem bản nháp tờ khai anh chị gửi hôm qua thì thấy năm sinh của em bị ghi là 1991, đúng ra là 1993 (ngày sinh 17/09/1993). Chắc tại em viết tay khó đọc nên đây không phải khiếu nại gì đâu ạ, em chỉ nhờ anh chị sửa lại trong hồ sơ và trên hệ thống để các giấy tờ sau không bị sai theo.

Có gì cần xác nhận anh chị gọi em số 0862 317 540 nhé.

Em cảm ơn ạ!
Bích Ngọc
""",
    label=dict(category="correction_request", language="vi",
               name="Lương Thị Bích Ngọc", phone="+84862317540", email="bichngoc.luong88@gmail.com", address=None,
               note="'không phải khiếu nại' - a plain correction request, not a complaint. From display name is in Western order; body gives the full name."),
),
# ---------------------------------------------------------------- 006
dict(
    n=6, client="gmail", structure="alt", cte="base64",
    frm=("Tạ Quang Vinh", "taquangvinh.hn@gmail.com"), to="info",
    subject="Đề nghị cung cấp bản sao hồ sơ và ghi chú tư vấn của tôi",
    date="2026-03-09 14:37:02",
    body="""Kính gửi Công ty Thịnh Trí,

Năm ngoái tôi có ký hợp đồng tư vấn với Công ty về tranh chấp với nhà thầu sửa chữa căn nhà của tôi ở Thủ Đức. Đầu năm nay gia đình tôi chuyển hẳn ra Hà Nội sinh sống, nên tôi quyết định nhờ một người quen là luật sư ở Hà Nội tiếp tục theo vụ việc - hoàn toàn vì lý do đi lại, không phải vì không hài lòng với Công ty.

Để bàn giao cho luật sư mới, tôi đề nghị Công ty cung cấp cho tôi bản sao toàn bộ thông tin và tài liệu liên quan đến cá nhân tôi mà Công ty đang lưu giữ: các giấy tờ tôi đã nộp, ghi chú các buổi tư vấn, thư từ trao đổi. Bản điện tử gửi qua email này là được.

Tạ Quang Vinh
Số 14 ngõ 82 Nguyễn Văn Cừ, phường Bồ Đề, Hà Nội
ĐT: 0983 140 672
""",
    label=dict(category="access_request", language="vi",
               name="Tạ Quang Vinh", phone="+84983140672", email="taquangvinh.hn@gmail.com",
               address="Số 14 ngõ 82 Nguyễn Văn Cừ, phường Bồ Đề, Hà Nội",
               note="Access request wrapped in a handover story (moving to another lawyer); explicitly not dissatisfied, so not a complaint."),
),
# ---------------------------------------------------------------- 007
dict(
    n=7, client="gmail", structure="alt", cte="7bit",
    frm=("Luong Kha", "khavanluong1990@gmail.com"), to="info",
    subject="muon khieu nai cong ty cu no luong",
    date="2026-03-22 20:48:15",
    body="""Chao luat su,
Toi ten Kha Van Luong, lam tai xe giao hang cho mot cong ty van chuyen o khu vuc Di An tu nam 2022. Thang 2 nam nay cong ty cho toi nghi viec ma khong bao truoc, con no toi 2 thang luong va khong chot so BHXH cho toi.
Toi muon khieu nai cong ty cu len phong lao dong hoac kien ra toa. Nho luat su tu van giup toi phai lam don gi, nop o dau, co can thue luat su khong va chi phi bao nhieu.
So dien thoai cua toi: 0367.295.841 (goi sau 6h chieu giup toi).
Cam on luat su.
""",
    label=dict(category="service_request", language="vi",
               name="Kha Van Luong", phone="+84367295841", email="khavanluong1990@gmail.com", address=None,
               note="'khieu nai' is aimed at his former employer, not at the firm - he is asking the firm for legal help."),
),
# ---------------------------------------------------------------- 008
dict(
    n=8, client="outlook", structure="alt", cte="quoted-printable",
    frm=("Marcus Whitfield", "m.whitfield@pacificbridge.co"), to="support",
    cc="accounts@pacificbridge.co",
    subject="Formal complaint - no one attended our hearing on 7 April",
    date="2026-04-10 09:02:44",
    body="""Dear Sir/Madam,

I engaged your firm in January to represent my company, Pacific Bridge Trading, in a commercial dispute with a supplier. On 7 April the first-instance hearing took place and nobody from your firm appeared. I only found out two days later, when the supplier's lawyer emailed me the minutes.

Nobody called me before or after. Your associate Mr. Khang has not returned any of my calls since. We have paid VND 85 million in fees to date, and the case has now been decided on the other side's arguments alone.

I expect:
- a written explanation of why no one attended;
- a proposal for refunding the fees and covering the cost of an appeal;
- and, so that I can brief another firm, a copy of everything you hold on the matter and on me.

Please treat this as a formal complaint. You can reach me on 0938 661 207.

Marcus Whitfield
Director, Pacific Bridge Trading Co., Ltd
""",
    label=dict(category="complaint", language="en",
               name="Marcus Whitfield", phone="+84938661207", email="m.whitfield@pacificbridge.co", address=None,
               note="Also asks for a copy of everything held, but the mail is a formal complaint about a missed hearing with refund demands; dominant intent complaint. Cc address is not the contact."),
),
# ---------------------------------------------------------------- 009
dict(
    n=9, client="outlook", structure="alt", cte="quoted-printable",
    frm=("Hannah Doyle", "hannah.doyle@lexsearch-asia.com"), to="info",
    subject="Confidential: Senior Associate, Data Protection & Privacy - referral request",
    date="2026-02-24 11:30:19",
    body="""Dear Partners,

I'm Hannah Doyle, a legal recruiter with LexSearch Asia in Ho Chi Minh City. We have been retained on an exclusive basis by a regional technology group to hire a Senior Associate, Data Protection & Privacy, based in the city centre.

The role would suit a Vietnam-qualified lawyer with 4-6 years' experience who has handled data subject access requests, erasure requests and breach notifications, ideally under the new Personal Data Protection Law.

If you know of anyone in your network who may be open to a confidential conversation, I would be grateful if you could pass on my details. Referral fees are available for successful placements.

Kind regards,
Hannah Doyle
Principal Consultant | LexSearch Asia
T: +84 28 7106 3390
""",
    label=dict(category="unknown", language="en",
               name="Hannah Doyle", phone="+842871063390", email="hannah.doyle@lexsearch-asia.com", address=None,
               note="Recruiter pitch that uses access/erasure vocabulary; not a customer request."),
),
# ---------------------------------------------------------------- 010
dict(
    n=10, client="gmail", structure="plain", cte="7bit",
    frm=("Tung Mai", "maithanhtung.kt@gmail.com"), to="info",
    subject="xoa thong tin cua con gai toi (chua du 18 tuoi)",
    date="2026-03-17 19:25:40",
    body="""Chao cong ty,
Toi la Mai Thanh Tung, bo cua chau Mai Ngoc Han (15 tuoi). Chau tu y dang ky tham gia buoi noi chuyen "Quyen cua hoc sinh tren mang xa hoi" cua cong ty bang email va so dien thoai rieng cua chau, khong hoi y kien gia dinh.
Chau chua du tuoi nen toi de nghi cong ty xoa toan bo thong tin cua chau (ho ten, truong hoc, email hanngoc.mai2011@gmail.com, so 0396 204 187) khoi danh sach va khong gui tin nhan cho chau nua.
Neu can xac minh toi la phu huynh thi goi toi so 0912 873 056.
Mai Thanh Tung
""",
    label=dict(category="deletion_request", language="vi",
               name="Mai Thanh Tung", phone="+84912873056", email="maithanhtung.kt@gmail.com", address=None,
               note="Parent asks to delete his minor daughter's data; the daughter's email and phone in the body belong to her, not to the sender."),
),
# ---------------------------------------------------------------- 011
dict(
    n=11, client="gmail", structure="alt", cte="quoted-printable", reply=True,
    frm=("Rafael Costa", "rafael.costa.hcm@gmail.com"), to="support",
    subject="Re: Closing your temporary residence card file",
    date="2026-04-14 18:47:06",
    body="""Hi Ms. Phuong,

Thanks for the note. Just to be clear, I am not asking you to delete my file - please keep everything, because I'd actually like to restart the process. My company has confirmed my new contract for two more years, so I need the temporary residence card renewed before 30 June.

Could you let me know which updated documents you need from me and what the fee for the renewal would be? I can drop by the office on Võ Thị Sáu any weekday after 4 pm.

Best,
Rafael Costa
0779 503 812

On Mon, 13 Apr 2026 at 10:05, Thinh Tri Support <support@thinhtrigroup.com> wrote:
> Dear Mr. Costa,
>
> As we have not heard from you since January, we will close your file for the temporary residence card application. Under our privacy policy, personal data is kept while we provide the service and destroyed at the customer's request. If you would like us to erase your documents now, simply reply to this email.
>
> Kind regards,
> Ngo Thanh Phuong
> Thinh Tri Legal | Hotline 1800 63 65
""",
    label=dict(category="service_request", language="en",
               name="Rafael Costa", phone="+84779503812", email="rafael.costa.hcm@gmail.com", address=None,
               note="Reply to a file-closing notice that offers erasure; he explicitly says he is NOT asking to delete and wants the service restarted. Quoted firm text has the hotline."),
),
# ---------------------------------------------------------------- 012
dict(
    n=12, client="gmail", structure="alt", cte="quoted-printable",
    attachments=[("new_passport_Laura_Pham.pdf", "application/pdf")],
    frm=("Laura Pham", "laura.bianchi.mail@gmail.com"), to="support",
    subject="Name change on my client file",
    date="2026-01-27 13:10:55",
    body="""Dear Thinh Tri team,

I have been your client since 2024 for my work permit and, more recently, for registering the purchase of an apartment together with my husband, Phạm Đức Trung.

After our marriage I changed my surname. Please update your records from Laura Bianchi to Laura Pham, so that the apartment documents you are preparing show my current name. A copy of my new passport (no. YB4417203) is attached. My husband's details stay as they are.

My email address and phone number (0931 508 264) are unchanged.

Kind regards,
Laura Pham (formerly Bianchi)
""",
    label=dict(category="correction_request", language="en",
               name="Laura Pham", phone="+84931508264", email="laura.bianchi.mail@gmail.com", address=None,
               note="Former name Laura Bianchi (still in the mailbox address) and the husband's name also appear; the contact is her current name. Passport number is not a phone."),
),
# ---------------------------------------------------------------- 013
dict(
    n=13, client="exchange", structure="ndr",
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hungthinhbuild.com.vn"), to="support",
    return_path="<>",
    subject="Undeliverable: Phản hồi yêu cầu cung cấp bản sao dữ liệu cá nhân",
    date="2026-04-08 15:02:37",
    headers=[("Auto-Submitted", "auto-replied"),
             ("X-MS-Exchange-Message-Is-Ndr", ""),
             ("Content-Language", "en-US")],
    body="""Your message to oanh.ha@hungthinhbuild.com.vn couldn't be delivered.

oanh.ha wasn't found at hungthinhbuild.com.vn.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient left the organisation, contact them by another route.

Diagnostic information for administrators:
Generating server: SG2PR04MB8817.apcprd04.prod.outlook.com
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    ndr=dict(
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:'Segoe UI',Calibri,Arial;font-size:14px;color:#212121">
<p style="font-size:20px;color:#c00000">Your message to oanh.ha@hungthinhbuild.com.vn couldn't be delivered.</p>
<p><b>oanh.ha</b> wasn't found at <b>hungthinhbuild.com.vn</b>.</p>
<p>Action Required: Recipient<br>Unknown To address</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Retype the recipient's address, then resend the message. If the recipient left the organisation, contact them by another route.</p>
<p style="font-size:12px;color:#666">Generating server: SG2PR04MB8817.apcprd04.prod.outlook.com<br>
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>
""",
        status="""Reporting-MTA: dns;SG2PR04MB8817.apcprd04.prod.outlook.com
Received-From-MTA: dns;mail.thinhtrigroup.com
Arrival-Date: Wed, 8 Apr 2026 08:02:31 +0000

Final-Recipient: rfc822;oanh.ha@hungthinhbuild.com.vn
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
        original=dict(
            ofrom=("Thịnh Trí Group - CSKH", "support@thinhtrigroup.com"),
            oto=("Hà Kim Oanh", "oanh.ha@hungthinhbuild.com.vn"),
            subject="Phản hồi yêu cầu cung cấp bản sao dữ liệu cá nhân",
            date="Wed, 08 Apr 2026 15:02:29 +0700",
            body="""Kính gửi chị Hà Kim Oanh,

Liên quan đến yêu cầu ngày 02/04/2026 của chị về việc cung cấp bản sao dữ liệu cá nhân mà Công ty đang lưu giữ, chúng tôi đã tổng hợp xong danh mục và bản sao tài liệu (phiếu đăng ký tư vấn, bản chụp CCCD, ghi chú của luật sư).

Chúng tôi đã gọi vào số 0918 224 375 chị để lại nhưng chưa liên lạc được, nên gửi email này để xác nhận phương thức nhận tài liệu.

Trân trọng,
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí
Hotline: 1800 63 65
""",
        ),
    ),
    label=dict(category="unknown", automated=True, language="en",
               note="Exchange non-delivery report for the firm's own reply to an access request; the embedded customer name/phone are not customer-written text. Contact all null."),
),
# ---------------------------------------------------------------- 014
dict(
    n=14, client="gmail", structure="alt", cte="7bit",
    frm=("Khoa Chau", "chauminhkhoa.dev@gmail.com"), to="support",
    subject="Da xac nhan xoa du lieu ma van nhan tin nhan??",
    date="2026-04-18 07:52:13",
    body="""Chao bo phan ho tro,
Ngay 03/03 toi da gui email yeu cau xoa thong tin ca nhan, va ngay 10/03 nhan duoc thu cua cong ty xac nhan "da xoa toan bo du lieu cua anh khoi he thong".
Vay ma sang nay (18/04) toi van nhan duoc SMS tu brandname THINHTRI chuc mung sinh nhat, goi dung ho ten day du Chau Minh Khoa, con moi toi dat lich tu van uu dai.
Nhu vay la cong ty xac nhan sai su that, hoac thong tin cua toi van con nam o dau do. Toi khong chap nhan cach lam viec nay. De nghi cong ty giai trinh ro rang bang van ban: du lieu cua toi thuc te da xoa nhung gi, con luu o dau, va ai da gui tin nhan do. Neu 7 ngay khong co tra loi toi se gui phan anh den co quan chuc nang.
Chau Minh Khoa
0705 318 962
""",
    label=dict(category="complaint", language="vi",
               name="Chau Minh Khoa", phone="+84705318962", email="chauminhkhoa.dev@gmail.com", address=None,
               note="Deletion was already requested and confirmed; he now complains the confirmation was false and demands a written explanation - complaint, not a new deletion request."),
),
# ---------------------------------------------------------------- 015
dict(
    n=15, client="gmail", structure="alt", cte="7bit",
    frm=("Priya Raman", "priya.raman.sg@gmail.com"), to="info",
    subject="Personal data request (not a complaint)",
    date="2026-03-12 22:03:48",
    body="""Hello,

I attended one of your free consultation days for foreign investors in February and filled in a registration form with my contact details and some information about the business I'm planning.

Since then I have been contacted by two business-setup agencies. I'm not making a complaint at this stage and I'm not accusing your firm of anything - they may well have got my details elsewhere. But I would like to understand what you hold.

Could you please tell me:
1. what personal data your firm holds about me;
2. whether any of it has been shared with a third party, and if so with whom;
3. how long you intend to keep it.

A copy of the registration form would also be helpful.

Regards,
Priya Raman
Mobile: +84 886 730 419
""",
    label=dict(category="access_request", language="en",
               name="Priya Raman", phone="+84886730419", email="priya.raman.sg@gmail.com", address=None,
               note="Mentions unwanted contact but explicitly 'not making a complaint'; asks what is held, who it was shared with and for a copy."),
),
# ---------------------------------------------------------------- 016
dict(
    n=16, client="gmail", structure="alt", cte="base64",
    frm=("Kiều Ngọc Diệp", "diep.kieu@momi-app.vn"), to="info",
    subject="Cần tư vấn compliance bảo vệ dữ liệu cá nhân cho app Momi",
    date="2026-04-02 10:16:33",
    body="""Hi anh chị Thịnh Trí,

Em là Diệp, Head of Product bên Momi - app theo dõi thai kỳ và sức khỏe mẹ bé, hiện có khoảng 80k users. Bên em đang chuẩn bị gọi vốn Series A và investor yêu cầu phải có legal opinion về data protection.

Em cần team mình support mấy việc sau:
- Review privacy policy và consent flow trong app (bên em xử lý dữ liệu sức khỏe, tức là dữ liệu cá nhân nhạy cảm);
- Soạn Data Processing Agreement với vendor cloud và vendor analytics;
- Hướng dẫn lập hồ sơ đánh giá tác động xử lý dữ liệu cá nhân để nộp cơ quan chức năng;
- Thiết kế quy trình nội bộ khi user yêu cầu xóa hoặc truy cập dữ liệu của họ.

Anh chị gửi em proposal (scope, fee, timeline) nhé. Deadline nội bộ của bên em là cuối tháng 5.

Thanks anh chị,
Kiều Ngọc Diệp
Head of Product | Momi
Mobile: 0817 462 358
""",
    label=dict(category="service_request", language="mixed",
               name="Kiều Ngọc Diệp", phone="+84817462358", email="diep.kieu@momi-app.vn", address=None,
               note="Privacy vocabulary (xóa, truy cập dữ liệu, DPA) describes the client's own compliance project; this is a request for legal services, not a data-subject request."),
),
# ---------------------------------------------------------------- 017
dict(
    n=17, client="oe", structure="plain", charset="windows-1258", cte="quoted-printable",
    frm=("Mạc Văn Tường", "mactuong1957@yahoo.com.vn"), to="info",
    subject="Về giấy tờ tôi gửi Công ty năm ngoái",
    date="2026-02-03 09:40:21",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Mạc Văn Tường, năm ngoái có nhờ Công ty xem giúp hợp đồng cho thuê ki-ốt ở chợ. Việc đó đã xong, hai bên đã ký, tôi cũng đã thanh toán đầy đủ.

Hồi đó tôi có gửi cho Công ty bản chụp căn cước, sổ hộ khẩu và giấy tờ ki-ốt. Nay tôi thấy không cần thiết để các giấy tờ đó ở nơi khác nữa, nên xin Công ty hủy bỏ các bản chụp ấy cùng thông tin cá nhân của tôi trên máy tính của Công ty.

Đây không phải là phàn nàn gì, Công ty làm việc tốt. Khi xong xin nhắn cho tôi một tin qua số 0913 726 408.

Kính thư,
Mạc Văn Tường
""",
    label=dict(category="deletion_request", language="vi",
               name="Mạc Văn Tường", phone="+84913726408", email="mactuong1957@yahoo.com.vn", address=None,
               note="windows-1258 body with combining tone marks (compare after NFC). 'hủy bỏ các bản chụp' = delete; 'không phải là phàn nàn'."),
),
# ---------------------------------------------------------------- 018
dict(
    n=18, client="outlook", structure="alt", cte="base64",
    frm=("Cù Thị Thu Hiền", "hien.cu@huytailieuankhang.vn"), to="info",
    subject="Dịch vụ tiêu hủy hồ sơ và xóa dữ liệu cá nhân cho văn phòng luật - ưu đãi tháng 5",
    date="2026-04-21 08:15:02",
    body="""Kính gửi Quý Công ty Luật,

Em là Cù Thị Thu Hiền, chuyên viên kinh doanh của Công ty TNHH Dịch vụ Hủy Tài Liệu An Khang.

Từ ngày 01/01/2026, Luật Bảo vệ dữ liệu cá nhân có hiệu lực, yêu cầu tổ chức phải xóa, hủy dữ liệu cá nhân khi hết mục đích xử lý hoặc khi chủ thể dữ liệu yêu cầu. Với khối lượng hồ sơ vụ việc lớn, văn phòng luật là đối tượng cần đặc biệt lưu ý.

An Khang cung cấp:
- Tiêu hủy hồ sơ giấy tại chỗ bằng xe nghiền chuyên dụng, có camera giám sát;
- Xóa dữ liệu và tiêu hủy ổ cứng, USB, máy tính cũ theo tiêu chuẩn NIST 800-88;
- Cấp biên bản và chứng nhận tiêu hủy để làm bằng chứng tuân thủ.

Ưu đãi 20% cho hợp đồng định kỳ ký trong tháng 5. Nếu bên mình cần xóa hoặc hủy hồ sơ khách hàng đã hết thời hạn lưu trữ, anh/chị cứ trả lời thư này hoặc liên hệ em qua số 0358 914 726 để được khảo sát miễn phí.

Trân trọng,
Cù Thị Thu Hiền
Hủy Tài Liệu An Khang
""",
    label=dict(category="unknown", language="vi",
               name="Cù Thị Thu Hiền", phone="+84358914726", email="hien.cu@huytailieuankhang.vn", address=None,
               note="Vendor sales pitch whose wording (tiêu hủy hồ sơ, xóa dữ liệu cá nhân) mimics a deletion request."),
),
# ---------------------------------------------------------------- 019
dict(
    n=19, client="gmail", structure="alt", cte="quoted-printable",
    attachments=[("Timesheet_T3_2026.pdf", "application/pdf")],
    frm=("Nghiêm Quốc Bảo", "bao.nghiem@lumenstudio.vn"), to="support",
    subject="Invoice tháng 3 - số giờ bill quá vô lý",
    date="2026-04-09 17:30:27",
    body="""Hi team Thịnh Trí,

Mình là Bảo, founder Lumen Studio. Mình vừa nhận invoice tháng 3 cho việc review hợp đồng license với đối tác Nhật: 42 billable hours, tổng gần 76 triệu.

Honestly mình rất thất vọng. Lúc engagement anh Tuấn estimate tối đa 15-18 hours. Timesheet gửi kèm có nhiều dòng kiểu "internal discussion" 3 giờ, "research" 6 giờ mà không ghi rõ research gì, có cả thời gian sửa lỗi typo mà chính bên mình phát hiện ra. Mình đã email hỏi 2 lần từ 02/04 mà chưa ai reply.

Mình request:
1. Giải trình chi tiết từng dòng trong timesheet;
2. Điều chỉnh invoice về đúng estimate ban đầu;
3. Cho mình nói chuyện trực tiếp với partner phụ trách.

Tạm thời bên mình chưa thanh toán invoice này. Call mình: 0899 127 604.

Nghiêm Quốc Bảo
Founder, Lumen Studio
""",
    label=dict(category="complaint", language="mixed",
               name="Nghiêm Quốc Bảo", phone="+84899127604", email="bao.nghiem@lumenstudio.vn", address=None,
               note="Billing complaint; 'điều chỉnh invoice' is a remedy demanded within the complaint, not a data correction."),
),
# ---------------------------------------------------------------- 020
dict(
    n=20, client="gmail", structure="alt", cte="quoted-printable", reply=True,
    frm=("Thân Thị Ngọc Lan", "ngoclan.than@gmail.com"), to="info", to_name="Thịnh Trí Group",
    subject="Re: Báo phí dịch vụ tư vấn chia tài sản khi ly hôn",
    date="2026-04-16 07:58:40",
    body="""Chào chị Linh,

Em đồng ý với mức phí trọn gói chị báo. Em muốn hẹn gặp luật sư vào sáng thứ Năm 23/04 tại văn phòng, khoảng 9 giờ được không chị? Em sẽ mang theo bản sao sổ hồng căn nhà ở Gò Vấp, giấy đăng ký kết hôn và sao kê sổ tiết kiệm.

Nếu giờ đó không được thì chị gọi em qua số 0976 328 150 để đổi lịch nhé.

Em cảm ơn,
Ngọc Lan

Vào Th 4, 15 thg 4, 2026 vào lúc 16:42 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:
> Kính gửi chị Thân Thị Ngọc Lan,
>
> Cảm ơn chị đã tin tưởng Thịnh Trí. Về yêu cầu tư vấn phân chia tài sản chung khi ly hôn, phí dịch vụ trọn gói cho giai đoạn tư vấn và soạn đơn là 12.000.000 đồng (chưa gồm án phí).
>
> Nếu chị đồng ý, vui lòng phản hồi để chúng tôi sắp xếp lịch làm việc với luật sư.
>
> Trân trọng,
> Trần Khánh Linh
> Công ty Hệ Thống Luật TNHH Thịnh Trí
> 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
> Hotline: 1800 63 65
""",
    label=dict(category="service_request", language="vi",
               name="Thân Thị Ngọc Lan", phone="+84976328150", email="ngoclan.than@gmail.com", address=None,
               note="Reply; only the top part is new. She signs 'Ngọc Lan'; full name from the From display (also in the quoted greeting). Quoted firm signature has the firm's address and hotline."),
),
# ---------------------------------------------------------------- 021
dict(
    n=21, client="outlook", structure="alt", cte="quoted-printable",
    frm=("Lai Duc Manh", "manh.lai@thepvietnhat.com.vn"), to="support",
    subject="cap nhat email lien he - Lai Duc Manh",
    date="2026-04-20 11:11:52",
    body="""Chao anh chi,
Toi la Lai Duc Manh, dang nho cong ty lam thu tuc khai nhan di san thua ke cua bo toi (luat su phu trach la chi Tram).
Cuoi thang nay toi nghi viec o cong ty hien tai nen hop thu manh.lai@thepvietnhat.com.vn se bi khoa. Nho anh chi cap nhat email lien he trong ho so thanh laiducmanh.1985@gmail.com va gui moi thu tu tu nay ve dia chi do giup toi.
So dien thoai van la 0945 603 718.
Cam on anh chi.
Lai Duc Manh
""",
    label=dict(category="correction_request", language="vi",
               name="Lai Duc Manh", phone="+84945603718", email="laiducmanh.1985@gmail.com", address=None,
               note="New personal email in the body wins over the work From address (which is also quoted in the body)."),
),
# ---------------------------------------------------------------- 022
dict(
    n=22, client="gmail", structure="plain", cte="7bit",
    frm=("Thu Ha Ninh", "ninhthuha.1979@gmail.com"), to="info",
    subject="xin ban sao giay to cua toi",
    date="2026-03-03 20:12:09",
    body="""Chao cong ty,
Toi la Ninh Thi Thu Ha. Nam 2023 vo chong toi (chong toi la anh Tong Van Duc) cung nho cong ty tu van ve viec mua dat du an o Nhon Trach bi cham giao so.
Nay toi can lam ho so vay ngan hang nen muon xin ban sao cac thong tin, giay to cua toi ma cong ty dang luu: CCCD, hop dong mua ban, cac bien ban lam viec co ten toi. Phan giay to rieng cua chong toi thi anh ay se tu lien he sau.
Cong ty gui giup qua email nay. Can xac minh thi goi toi 0354 892 617.
Cam on.
""",
    label=dict(category="access_request", language="vi",
               name="Ninh Thi Thu Ha", phone="+84354892617", email="ninhthuha.1979@gmail.com", address=None,
               note="Joint case with her husband (his name appears); she asks only for copies of her own data/documents. The bank-loan story is context."),
),
# ---------------------------------------------------------------- 023
dict(
    n=23, client="outlook", structure="plain", cte="quoted-printable", reply=True,
    frm=("Khúc Thị Minh Nguyệt", "nguyet.khuc@dongaphat.com.vn"), to="support",
    subject="Trả lời tự động: Bổ sung hồ sơ khiếu nại quyết định thu hồi đất",
    date="2026-04-22 09:31:05",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
    body="""Cảm ơn anh/chị đã gửi thư.

Tôi đang đi công tác nước ngoài từ ngày 20/04 đến hết ngày 03/05/2026 và sẽ kiểm tra email không thường xuyên. Các việc cần xử lý gấp, xin vui lòng liên hệ trợ lý của tôi là anh Lục Văn Nam, điện thoại 0908 114 275, email nam.luc@dongaphat.com.vn.

Trân trọng,
Khúc Thị Minh Nguyệt
Phó Tổng Giám đốc - Công ty CP Đông Á Phát
""",
    label=dict(category="unknown", automated=True, language="vi",
               note="Out-of-office reply; the subject contains 'khiếu nại' and the body an assistant's phone/email - none of it is a contact."),
),
# ---------------------------------------------------------------- 024
dict(
    n=24, client="thunderbird", structure="plain", cte="8bit", tz="+1000",
    frm=("Kevin Lam", "kevin.lam.syd@gmail.com"), to="info",
    subject="Inheritance of my late father's house in Hue - on behalf of my mother",
    date="2026-04-27 05:48:31",
    body="""Hello,

I'm writing on behalf of my mother, Mrs. Lâm Thị Tuyết, who is 81 and lives in Huế. My father passed away last October without a will. He left a house in Phú Hội ward and a small plot of farmland; there are five of us children, two living overseas (I'm in Sydney).

We would like your firm to handle the inheritance declaration and the transfer of the house into my mother's name, including the notarised agreement between the heirs. Those of us abroad would need to sign through the consulate or by power of attorney, and I'd appreciate advice on that too.

My mother's landline is 0234 3826 417, but she is hard of hearing, so please deal with me. I'll be in Vietnam from 12 May on my local SIM 0868 205 931; before that, email is best.

Best regards,
Kevin Lam
""",
    label=dict(category="service_request", language="en",
               name="Kevin Lam", phone="+84868205931", email="kevin.lam.syd@gmail.com", address=None,
               note="Writes for his elderly mother; her landline is not the contact, he gives his own Vietnamese number."),
),
# ---------------------------------------------------------------- 025
dict(
    n=25, client="owa", structure="html", cte="base64",
    frm=("Phùng Thị Kim Thoa", "kimthoa.phung@outlook.com"), to="support",
    subject="Phản ánh thái độ nhân viên lễ tân chiều 21/04",
    date="2026-04-21 19:40:14",
    body="""Kính gửi Ban Giám đốc,

Tôi là Phùng Thị Kim Thoa. Chiều 21/04 tôi có lịch hẹn 14 giờ với luật sư tại văn phòng 57-59 Võ Thị Sáu để trao đổi về việc chia thừa kế.

Tôi đến đúng giờ nhưng phải chờ gần 50 phút mà không ai giải thích. Khi tôi hỏi lại, chị lễ tân (tóc ngắn, đeo kính) trả lời trống không "luật sư bận thì chị chờ", rồi còn nói to trước mấy khách khác: "chị là vụ tranh chấp thừa kế với anh ruột đúng không". Tôi vừa thấy bị coi thường vừa xấu hổ vì chuyện gia đình bị nói ra giữa sảnh.

Tôi đề nghị Công ty xem lại cách tiếp khách của nhân viên, có lời xin lỗi, và sắp xếp lại buổi hẹn với luật sư trong tuần này.

Phùng Thị Kim Thoa
ĐT: 0938 452 176
""",
    label=dict(category="complaint", language="vi",
               name="Phùng Thị Kim Thoa", phone="+84938452176", email="kimthoa.phung@outlook.com", address=None,
               note="Complaint about staff behaviour and disclosure in the lobby; rescheduling is secondary. The address given is the firm's office, not hers. HTML-only."),
),
]
