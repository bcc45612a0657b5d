# -*- coding: utf-8 -*-
"""Message data for holdout40 (part 2: corrections, deletions, access, unknown)."""

from msgs import C

MSGS = [
# ---------------------------------------------------------------- correction_request (cont.)
dict(
    key="R5", style="outlook", cte="quoted-printable",
    from_=("Đàm Quang Huy", "huy.damquang@gmail.com"), to="support",
    subject="Đề nghị cập nhật địa chỉ nhận thư (không phải khiếu nại)",
    date=(2026, 4, 20, 14, 9, 22),
    body="""
Kính gửi bộ phận chăm sóc khách hàng,

Tôi là Đàm Quang Huy, khách hàng sử dụng dịch vụ pháp lý thường xuyên của Công ty từ năm 2024.

Tuần trước văn bản thông báo của Công ty vẫn được gửi về địa chỉ cũ của tôi ở Cầu Giấy, may mà người thuê nhà chuyển lại. Thư này không phải khiếu nại, tôi chỉ muốn Công ty cập nhật địa chỉ nhận thư mới để các lần sau không bị thất lạc:

Số 8 ngách 12/3 phố Trạm, Phường Long Biên, TP. Hà Nội

Các thông tin khác (email, số điện thoại 0913 642 058) giữ nguyên.

Trân trọng,
Đàm Quang Huy
""",
    label=dict(category="correction_request", language="vi",
               contact=C("Đàm Quang Huy", "+84913642058", "huy.damquang@gmail.com",
                         "Số 8 ngách 12/3 phố Trạm, Phường Long Biên, TP. Hà Nội"),
               note="Explicitly 'không phải khiếu nại'; mentions a mis-sent letter but only asks to update the mailing address, which is the contact address."),
),
dict(
    key="R6", style="outlook", cte="7bit",
    from_=("Hiroshi Tanaka", "tanaka.hiroshi.vn@gmail.com"), to="support",
    subject="Please update my mobile number",
    date=(2026, 4, 23, 10, 2, 14),
    body="""
Dear Sir or Madam,

I am a client of your firm in my apartment lease dispute (lawyer in charge: Mr. Bao). My old Vietnamese SIM has been cancelled, so please replace the mobile number in my file with my new one: 0767 390 415.

If I cannot be reached, you may call my wife, Ms. Tanaka Yumi, on 0901 284 663, but please use my number as the main contact.

Kind regards,
Hiroshi Tanaka
""",
    label=dict(category="correction_request", language="en",
               contact=C("Hiroshi Tanaka", "+84767390415", "tanaka.hiroshi.vn@gmail.com"),
               note="The wife's number is only a fallback; the contact phone is the sender's new number."),
),
dict(
    key="R7", style="gmail", cte="base64",
    from_=("Nguyễn Thị Ngọc Hân", "ngochan.nguyen.ks@gmail.com"), to="support",
    subject="Sửa tên trên hóa đơn và hồ sơ khách hàng",
    date=(2026, 4, 24, 16, 25, 3),
    body="""
Chào anh chị,

Em là Nguyễn Thị Ngọc Hân, khách hàng dịch vụ tư vấn hợp đồng thuê nhà hồi tháng 3. Hóa đơn điện tử và biên nhận bên mình gửi đều ghi tên em là "Nguyễn Thị Ngọc Hằng".

Em không phàn nàn gì đâu ạ, chỉ nhờ anh chị sửa lại tên đúng là Ngọc Hân (chữ H-Â-N) trong hồ sơ và xuất lại hóa đơn giúp em để em nộp công ty thanh toán.

Em cảm ơn!
Ngọc Hân
0334 817 269
""",
    label=dict(category="correction_request", language="vi",
               contact=C("Nguyễn Thị Ngọc Hân", "+84334817269", "ngochan.nguyen.ks@gmail.com"),
               note="Misspelled variant 'Nguyễn Thị Ngọc Hằng' also appears; reissuing the invoice follows from the name correction."),
),
# ---------------------------------------------------------------- deletion_request
dict(
    key="D1", style="oe1258", cte="quoted-printable",
    from_=("Phí Thị Thoa", "phithoa1958@yahoo.com.vn"), to="info",
    subject="Xin không lưu giữ giấy tờ của tôi",
    date=(2026, 4, 6, 8, 12, 40),
    body="""
Kính gửi Quý Công ty,

Tôi là Phí Thị Thoa, năm ngoái có đến văn phòng nhờ tư vấn về việc mua bán căn nhà ở Nam Định và có để lại bản photo sổ đỏ, căn cước và giấy tờ nhà. Việc mua bán sau đó không thành.

Nay tôi không còn nhu cầu, xin Quý Công ty tiêu hủy các bản photo giấy tờ đó và thôi lưu tên tuổi, số điện thoại của tôi trong danh sách khách hàng. Tôi cũng không muốn nhận tin nhắn giới thiệu dịch vụ nữa.

Nếu cần xác nhận, xin gọi số nhà tôi: (0228) 3846 105.

Xin cảm ơn.
Phí Thị Thoa
""",
    label=dict(category="deletion_request", language="vi",
               contact=C("Phí Thị Thoa", "+842283846105", "phithoa1958@yahoo.com.vn"),
               note="Polite deletion request without the word 'xóa' ('tiêu hủy', 'thôi lưu'). Body is windows-1258 with combining tone marks; compare after NFC."),
),
dict(
    key="D2", style="thunderbird", cte="8bit",
    from_=("Femke de Vries", "femke.devries@ziggo.nl"), to="info",
    subject="Request to delete our personal data",
    date=(2026, 4, 7, 20, 46, 12, "+0200"),
    body="""
Dear Sir or Madam,

In 2025 my partner and I contacted your firm for advice about a possible adoption from Vietnam. We have since decided not to proceed.

We sent you copies of our passports, our medical certificates and a home-study report. I hereby ask you to delete all personal data you hold about me and about my partner, Mr. Joost Bakker, and to confirm in writing once this has been done. If there is anything you are legally required to keep, please tell me what it is and for how long.

Femke de Vries
Prinsengracht 512-2, 1017 KJ Amsterdam, the Netherlands
""",
    label=dict(category="deletion_request", language="en",
               contact=C("Femke de Vries", None, "femke.devries@ziggo.nl",
                         "Prinsengracht 512-2, 1017 KJ Amsterdam, the Netherlands"),
               note="The partner's name (Joost Bakker) also appears; the sender is Femke de Vries. No phone."),
),
dict(
    key="D3", style="gmail", cte="7bit",
    from_=("Quan Tran", "tranminhquan1990@gmail.com"), to="info",
    subject="ngung gui tin nhan va xoa so cua toi",
    date=(2026, 4, 12, 18, 33, 51),
    body="""
ben minh lam on ngung gui tin nhan quang cao khoa hoc luat doanh nghiep vao so 0708 534 926 cua toi. toi khong con nhu cau nua. xoa luon so nay va email cua toi khoi danh sach khach hang cua cong ty. cam on.
Tran Minh Quan
""",
    label=dict(category="deletion_request", language="vi",
               contact=C("Tran Minh Quan", "+84708534926", "tranminhquan1990@gmail.com")),
),
dict(
    key="D4", style="gmail", cte="quoted-printable",
    from_=("Daisy Phan", "daisy.phan.hr@gmail.com"), to="info",
    subject="Unfollow Zalo OA + xóa data cá nhân giúp em",
    date=(2026, 4, 14, 21, 17, 6),
    body="""
Hi Thịnh Trí,

Em là Phan Thị Cúc (Daisy), trước có join workshop "HR compliance 2026" của bên mình hồi tháng 2 và có follow Zalo OA để nhận slide.

Giờ em chuyển sang làm ngành khác nên không cần nữa. Nhờ bên mình:
- Remove em khỏi danh sách gửi tin Zalo OA và email newsletter;
- Delete toàn bộ thông tin cá nhân em đã khai trong form đăng ký (họ tên, SĐT, email, công ty cũ).

Confirm lại giúp em qua email này nha. Thanks!

Daisy
""",
    label=dict(category="deletion_request", language="mixed",
               contact=C("Phan Thị Cúc", None, "daisy.phan.hr@gmail.com"),
               note="Full name from the body ('Phan Thị Cúc (Daisy)'); From display is 'Daisy Phan'. No phone given."),
),
dict(
    key="D5", style="outlook", cte="quoted-printable",
    from_=("Hoàng Thị Thanh Xuân", "thanhxuan.hoang@outlook.com"), to="info",
    subject="Đề nghị xóa dữ liệu cá nhân sau khi kết thúc vụ việc",
    date=(2026, 4, 21, 15, 3, 39),
    body="""
Kính gửi Công ty Luật Thịnh Trí,

Tôi là Hoàng Thị Thanh Xuân. Vụ tranh chấp hợp đồng lao động của tôi với công ty cũ đã hòa giải thành vào tháng 3/2026 với sự hỗ trợ của luật sư bên Công ty. Tôi rất cảm ơn và không có khiếu nại gì.

Vì vụ việc đã kết thúc, tôi đề nghị Công ty xóa các dữ liệu cá nhân của tôi không còn cần thiết: bản sao CCCD, sổ bảo hiểm xã hội, bảng lương, tin nhắn và file ghi âm tôi đã cung cấp. Những tài liệu mà Công ty buộc phải lưu theo quy định thì xin cho tôi biết là tài liệu nào và lưu đến khi nào.

Xin gửi xác nhận qua email này hoặc gọi số 0971 538 240.

Trân trọng,
Hoàng Thị Thanh Xuân
""",
    label=dict(category="deletion_request", language="vi",
               contact=C("Hoàng Thị Thanh Xuân", "+84971538240", "thanhxuan.hoang@outlook.com"),
               note="Says explicitly there is no complaint; asking which records must be retained is part of the erasure request, not an access request."),
),
dict(
    key="D6", style="gmail", cte="7bit",
    from_=("Daniel Okafor", "daniel.okafor.hcm@gmail.com"), to=("Thinh Tri Group", "info"),
    subject="Re: Your enquiry about company registration",
    date=(2026, 4, 17, 11, 54, 20), reply=True,
    body="""
Hi Ms. Tam,

Thank you for the detailed reply. In the end my partners and I have decided to register the company in Singapore instead, so we won't be going ahead.

Since I sent you copies of my passport, my TRC and my bank reference letter with my first enquiry, please delete them and any other personal data you hold about me, and remove me from your mailing lists. A short confirmation by email would be appreciated.

Best,
Daniel Okafor
+84 886 120 457
""",
    quote=dict(
        attr="On Thu, Apr 9, 2026 at 3:41 PM Thinh Tri Group <info@thinhtrigroup.com> wrote:",
        text="""
Dear Mr. Okafor,

Thank you for your enquiry. For a foreign-owned single-member LLC in trading, the main steps are: investment registration certificate (IRC), enterprise registration certificate (ERC), capital account and tax registration. Estimated timeline: 6-8 weeks.

Our fee for the full package is 38,000,000 VND excluding government fees. Please call our hotline 1800 63 65 or my direct line (028) 3930 2291 if you would like to discuss.

Kind regards,
Luu Thanh Tam
Corporate Team, Thinh Tri Legal
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, HCMC
"""),
    label=dict(category="deletion_request", language="en",
               contact=C("Daniel Okafor", "+84886120457", "daniel.okafor.hcm@gmail.com"),
               note="Reply; only the top part is new. Quoted firm text has the firm's hotline, a staff direct line and the firm's address."),
),
dict(
    key="D7", style="gmail_html", cte="quoted-printable",
    from_=("Lý Gia Bảo", "lygiabao.dev@gmail.com"), to="info",
    subject="Xóa bản chụp CCCD và hộ chiếu đã gửi",
    date=(2026, 4, 25, 9, 31, 17),
    body="""
Chào Công ty,

Mình là Lý Gia Bảo. Tháng 1 mình nhờ Công ty tư vấn thủ tục xin visa kết hôn Hàn Quốc cho vợ, có gửi qua email và Zalo bản chụp CCCD, hộ chiếu của hai vợ chồng. Hồ sơ giờ đã xong.

Nhờ Công ty xóa giúp tất cả bản chụp CCCD, hộ chiếu đó trên email, Zalo và máy chủ. Hóa đơn và hợp đồng dịch vụ thì cứ lưu theo quy định, mình không yêu cầu xóa.

Xong việc báo lại giúp mình qua số 0822 647 315 nhé. Cảm ơn!

Lý Gia Bảo
""",
    label=dict(category="deletion_request", language="vi",
               contact=C("Lý Gia Bảo", "+84822647315", "lygiabao.dev@gmail.com"),
               note="Partial deletion (ID/passport scans only; invoices and contract may be kept) is still a deletion request. HTML-only."),
),
# ---------------------------------------------------------------- access_request
dict(
    key="A1", style="gmail", cte="base64",
    from_=("Đoàn Thị Mai Phương", "maiphuong.doan.vt@gmail.com"), to="info",
    subject="Đề nghị cung cấp bản sao thông tin cá nhân Công ty đang lưu",
    date=(2026, 4, 3, 9, 8, 14),
    body="""
Kính gửi Công ty,

Tôi là Đoàn Thị Mai Phương, số điện thoại 0395 604 718. Năm 2025 tôi được luật sư của Công ty tư vấn qua Zalo và gặp trực tiếp hai lần về việc tranh chấp tiền đặt cọc mua căn hộ.

Tôi đề nghị Công ty cho biết hiện đang lưu giữ những thông tin cá nhân nào của tôi (giấy tờ, biên bản, ghi chú các buổi tư vấn, tin nhắn Zalo) và gửi cho tôi một bản sao qua email này.

Trân trọng,
Đoàn Thị Mai Phương
""",
    label=dict(category="access_request", language="vi",
               contact=C("Đoàn Thị Mai Phương", "+84395604718", "maiphuong.doan.vt@gmail.com")),
),
dict(
    key="A2", style="outlook", cte="quoted-printable",
    from_=("Rajesh Menon", "rajesh.menon@gulfstarlogistics.com"), to="info",
    subject="Personal data access request",
    date=(2026, 4, 10, 16, 40, 2),
    body="""
Dear Thinh Tri Legal,

In 2025 your firm advised my employer on a restructuring, and I understand that my personal information (employment contract, salary details, performance reviews) was among the documents you reviewed.

Under Vietnam's Personal Data Protection Law I would like to know:
1. what personal data relating to me your firm currently holds;
2. whether it has been disclosed to any third party, and if so to whom;
3. a copy of that data in electronic form.

Please send your reply to my personal email, rajesh.menon.kl@gmail.com, rather than to my work address.

Regards,
Rajesh Menon
Mobile: +84 899 173 642
""",
    label=dict(category="access_request", language="en",
               contact=C("Rajesh Menon", "+84899173642", "rajesh.menon.kl@gmail.com"),
               note="Asks for replies at a personal email given in the body, not the work From address."),
),
dict(
    key="A3", style="gmail_plain", cte="7bit",
    from_=("Nhung Kha", "khathinhung.bl@gmail.com"), to="info",
    subject="xin lai ban ghi am cuoc goi tu van",
    date=(2026, 4, 13, 19, 55, 48),
    body="""
Chao cong ty,
Em la Kha Thi Nhung, ngay 27/03 em co goi len cong ty hoi ve viec bi cong ty cu no luong 2 thang. Nhan vien co noi cuoc goi duoc ghi am.
Em xin lai ban ghi am cuoc goi do va ghi chu tu van ma ben minh luu ve em (neu co), em can de nop kem don gui phong lao dong. Gui qua email nay giup em.
So cua em la 0335 286 417 a.
Em cam on.
""",
    label=dict(category="access_request", language="vi",
               contact=C("Kha Thi Nhung", "+84335286417", "khathinhung.bl@gmail.com")),
),
dict(
    key="A4", style="gmail", cte="quoted-printable",
    from_=("Andy Huỳnh", "andy.huynh.sg@gmail.com"), to="info",
    subject="Hỏi về data cá nhân của mình trong hệ thống bên bạn",
    date=(2026, 4, 19, 10, 36, 59),
    body="""
Hi Thịnh Trí,

Mình là Huỳnh Quốc An (Andy). Tuần rồi mình nhận được email mời dự hội thảo "Luật Bảo vệ dữ liệu cá nhân 2026" của bên bạn, gửi tới email này. Mình không nhớ đã từng đăng ký, chắc là qua một event nào đó mình quên rồi.

Không có vấn đề gì đâu, mình chỉ muốn biết:
- Bên bạn đang lưu những thông tin gì về mình;
- Thông tin đó có được từ nguồn nào (form, event, đối tác...);
- Cho mình xin một bản copy nếu được.

Thanks nhé!
Andy Huỳnh
0786 305 942
""",
    label=dict(category="access_request", language="mixed",
               contact=C("Huỳnh Quốc An", "+84786305942", "andy.huynh.sg@gmail.com"),
               note="Asks what data is held and where it came from in an explicitly neutral tone ('không có vấn đề gì'); access request, not a complaint. Full name from the body, From display is 'Andy Huỳnh'."),
),
dict(
    key="A5", style="owa_html", cte="quoted-printable",
    from_=("Trương Công Định", "truongcongdinh.qng@gmail.com"), to="info",
    subject="Xin bản sao hồ sơ và thông tin cá nhân",
    date=(2026, 4, 22, 8, 19, 33),
    body="""
Kính gửi Công ty Thịnh Trí,

Tôi là Trương Công Định. Năm 2025 Công ty đại diện cho tôi trong vụ tranh chấp đất với người em họ tại Tòa án nhân dân khu vực 3 - Quảng Ngãi. Vụ án đã xét xử xong.

Tôi đề nghị Công ty cung cấp cho tôi bản sao toàn bộ thông tin cá nhân và tài liệu của tôi mà Công ty đang lưu trong hồ sơ vụ việc. Do tôi không quen xem file trên máy, xin gửi bản giấy qua bưu điện về địa chỉ nhà tôi:

45 Lê Trung Đình, Phường Cẩm Thành, tỉnh Quảng Ngãi

Di động: 0914 602 358.

Trân trọng,
Trương Công Định
""",
    label=dict(category="access_request", language="vi",
               contact=C("Trương Công Định", "+84914602358", "truongcongdinh.qng@gmail.com",
                         "45 Lê Trung Đình, Phường Cẩm Thành, tỉnh Quảng Ngãi"),
               note="HTML-only. The court name is not an address; the postal address is the sender's home."),
),
dict(
    key="A6", style="iphone", cte="quoted-printable",
    from_=("Chloe Martin", "chloe.martin.dn@icloud.com"), to="info",
    subject="Copy of my personal data",
    date=(2026, 4, 26, 21, 4, 45),
    body="""
Hello,

Last year your Da Nang office helped me with my divorce paperwork. Could you please send me a copy of all the personal data you still hold on me (ID documents, notes, emails, anything else) and tell me how long you intend to keep it?

You can reply here or text me on 0703 418 256.

Thanks,
Chloe Martin

Sent from my iPhone
""",
    label=dict(category="access_request", language="en",
               contact=C("Chloe Martin", "+84703418256", "chloe.martin.dn@icloud.com")),
),
# ---------------------------------------------------------------- unknown
dict(
    key="U1", style="ooo", cte="quoted-printable",
    from_=("Lâm Quốc Thắng", "thang.lam@sgcoldchain.vn"), to="info",
    subject="Trả lời tự động: Thư mời hội thảo \"Quyền của chủ thể dữ liệu: yêu cầu truy cập, chỉnh sửa và xóa\"",
    date=(2026, 4, 20, 9, 1, 12),
    body="""
Cảm ơn anh/chị đã gửi email. Tôi đang đi công tác nước ngoài từ 20/04 đến 04/05/2026 và sẽ hạn chế kiểm tra email. Việc gấp xin liên hệ anh Trần Đức Mạnh - 0909 625 174.

Thank you for your email. I am travelling abroad from 20 April to 4 May 2026 with limited access to email. For urgent matters please contact Mr. Tran Duc Manh at 0909 625 174.

Lâm Quốc Thắng
Giám đốc Vận hành | SG Cold Chain
""",
    label=dict(category="unknown", language="mixed", automated=True, contact=C(),
               note="Out-of-office reply (localised subject prefix 'Trả lời tự động', X-Autoreply header) to the firm's seminar invitation; subject contains access/correction/deletion keywords; the colleague's phone is not a contact."),
),
dict(
    key="U2", style="bounce",
    from_=("Mail Delivery System", "MAILER-DAEMON@mail.thinhtrigroup.com"), to="support",
    subject="Undelivered Mail Returned to Sender",
    date=(2026, 4, 22, 14, 30, 7),
    rcpt="tuyetmai.dang@gmial.com",
    orig_subject="Xác nhận yêu cầu xóa dữ liệu cá nhân của Quý khách",
    orig_date=(2026, 4, 22, 14, 30, 4),
    orig_body="""
Kính gửi Quý khách,

Thịnh Trí Group xác nhận đã nhận được yêu cầu xóa dữ liệu cá nhân của Quý khách. Yêu cầu sẽ được xử lý trong vòng 72 giờ. Nếu Quý khách muốn yêu cầu cung cấp bản sao hoặc chỉnh sửa thông tin trước khi xóa, vui lòng phản hồi email này.

Bộ phận Chăm sóc khách hàng - Thịnh Trí Group
Hotline: 1800 63 65
""",
    body="",
    label=dict(category="unknown", language="en", automated=True, contact=C(),
               note="Bounce of the firm's own deletion-confirmation mail (recipient domain typo); the embedded original talks about deletion/access/correction but is not customer text."),
),
dict(
    key="U3", style="newsletter", cte="base64",
    from_=("Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"), to="info",
    subject="Bản tin tuần 16/2026: Hướng dẫn xử lý yêu cầu xóa dữ liệu cá nhân của khách hàng",
    date=(2026, 4, 18, 6, 30, 0),
    body="""
BẢN TIN PHÁP LÝ DOANH NGHIỆP - TUẦN 16/2026

Kính gửi Quý độc giả,

1. Doanh nghiệp cần làm gì khi khách hàng yêu cầu xóa hoặc cung cấp bản sao dữ liệu cá nhân? Tóm tắt các mốc thời hạn phản hồi và mẫu văn bản trả lời.
2. Lịch nộp tờ khai thuế quý I/2026 và các mức phạt chậm nộp thường gặp.
3. Hội thảo trực tuyến "Hợp đồng lao động và điều khoản bảo mật" - 15h00 thứ Tư 29/04/2026, đăng ký miễn phí trên website.

Mọi góp ý xin gửi Ban biên tập qua hộp thư này.

Quý vị nhận được bản tin vì đã đăng ký tại phaplydoanhnghiep.vn.
Hủy nhận bản tin: https://phaplydoanhnghiep.vn/huy-dang-ky?u=a81f3c9e
""",
    list_id="Ban tin Phap ly Doanh nghiep <weekly.phaplydoanhnghiep.vn>",
    unsub="https://phaplydoanhnghiep.vn/huy-dang-ky?u=a81f3c9e",
    label=dict(category="unknown", language="vi", automated=True, contact=C(),
               note="Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk); subject mentions deletion of personal data but it is list mail."),
),
dict(
    key="U4", style="autoreply_plain", cte="quoted-printable",
    from_=("Phòng Kế toán - Bao Bì Đại Lộc", "ketoan@baobidailoc.vn"), to="info",
    subject="Re: Đề nghị xác nhận công nợ phí dịch vụ pháp lý quý I/2026",
    date=(2026, 4, 24, 10, 45, 51),
    body="""
Kính gửi Quý đối tác,

Hệ thống đã ghi nhận email của Quý đối tác với mã yêu cầu #KT-58214. Bộ phận Kế toán sẽ phản hồi trong vòng 03 ngày làm việc.

Đây là thư tự động, vui lòng không trả lời thư này.

Công ty CP Bao Bì Đại Lộc
Hotline kế toán: (0272) 3625 180
""",
    label=dict(category="unknown", language="vi", automated=True, contact=C(),
               note="Subject looks like a human reply; only the Auto-Submitted header (and body) reveal it is an automatic ticket acknowledgement."),
),
dict(
    key="U5", style="outlook", cte="quoted-printable",
    from_=("Ryan Goh", "ryan.goh@rankrise.asia"), to="info",
    subject="More clients for Thinh Tri Legal - free SEO audit this week",
    date=(2026, 4, 15, 9, 12, 37),
    body="""
Hi Thinh Tri team,

I'm Ryan from RankRise Asia, a digital marketing agency that works exclusively with law firms in Vietnam, Singapore and Malaysia.

I had a quick look at thinhtrigroup.com: you rank well for "luật sư ly hôn" but are almost invisible for high-value searches like "company formation Vietnam" or "work permit lawyer HCMC". Our clients typically see 3x more enquiries within six months, and our lead forms are fully compliant with personal data protection rules.

I'd love to send you a free SEO audit. Are you free for a 15-minute call on Thursday or Friday? You can reach me on 0931 845 206 (Zalo/WhatsApp).

Best,
Ryan Goh
Partnerships Manager, RankRise Asia
""",
    label=dict(category="unknown", language="en",
               contact=C("Ryan Goh", "+84931845206", "ryan.goh@rankrise.asia"),
               note="Cold sales pitch to the firm; mentions personal data protection only as a selling point."),
),
dict(
    key="U6", style="gmail", cte="quoted-printable", attach=[("CV_NghiemBaoTran.pdf", "application/pdf")],
    from_=("Nghiêm Bảo Trân", "nghiembaotran.law@gmail.com"), to="info",
    subject="Ứng tuyển vị trí Thực tập sinh pháp lý - Nghiêm Bảo Trân",
    date=(2026, 4, 12, 22, 40, 18),
    body="""
Kính gửi Anh/Chị phụ trách tuyển dụng,

Em là Nghiêm Bảo Trân, sinh viên năm 4 chuyên ngành Luật Thương mại quốc tế. Em biết Công ty đang tuyển thực tập sinh pháp lý cho mảng doanh nghiệp và sở hữu trí tuệ qua trang tuyển dụng của trường.

Em đã có 6 tháng thực tập tại một văn phòng công chứng, quen với việc soạn thảo hợp đồng và tra cứu văn bản pháp luật, tiếng Anh IELTS 7.0. Em xin gửi kèm CV để Anh/Chị xem xét và mong có cơ hội được phỏng vấn.

Em cảm ơn Anh/Chị đã dành thời gian.

Trân trọng,
Nghiêm Bảo Trân
SĐT: 0367 182 594
""",
    label=dict(category="unknown", language="vi",
               contact=C("Nghiêm Bảo Trân", "+84367182594", "nghiembaotran.law@gmail.com"),
               note="Job application, not a customer request."),
),
dict(
    key="U7", style="gmail", cte="quoted-printable",
    from_=("Văn Đức Thuận", "vanducthuan.hp@gmail.com"), to="info",
    subject="Cảm ơn luật sư Tâm và đội ngũ Thịnh Trí",
    date=(2026, 4, 23, 19, 8, 44),
    body="""
Kính gửi Công ty và luật sư Lưu Thanh Tâm,

Hôm qua gia đình tôi đã nhận được giấy chứng nhận quyền sử dụng đất sau hơn một năm theo đuổi hồ sơ. Nếu không có sự kiên nhẫn và tận tình của luật sư Tâm thì chắc chúng tôi đã bỏ cuộc từ lâu.

Gia đình tôi xin chân thành cảm ơn và chúc Công ty ngày càng phát triển.

Văn Đức Thuận
0916 285 047
""",
    label=dict(category="unknown", language="vi",
               contact=C("Văn Đức Thuận", "+84916285047", "vanducthuan.hp@gmail.com"),
               note="Thanks-only message with no request; the lawyer named (Lưu Thanh Tâm) is firm staff."),
),
dict(
    key="U8", style="gmail_plain", cte="7bit",
    from_=("Barr. Edward Collins", "barr.edwardcollins@lawyer.com"), to="info",
    subject="URGENT ASSISTANCE - ESTATE OF LATE CLIENT",
    date=(2026, 4, 16, 3, 51, 9, "+0000"),
    body="""
Dear Counsel,

I am Barrister Edward Collins, personal attorney to a late foreign investor who died intestate, leaving a deposit of USD 8,750,000 with a bank in Asia. The bank has asked me to present a next of kin, and I wish to work with a reputable Vietnamese law firm to present your nominee as beneficiary.

Your firm will receive 40% of the funds for legal services rendered. This transaction is 100% risk free. Kindly reply with your full name, direct mobile number and company bank account so that I can send you the details.

Yours faithfully,
Barr. Edward Collins
""",
    label=dict(category="unknown", language="en",
               contact=C("Edward Collins", None, "barr.edwardcollins@lawyer.com"),
               note="Advance-fee scam; it mentions 'legal services' but is spam. Name without the 'Barr.' title."),
),
dict(
    key="U9", style="gmail", cte="quoted-printable",
    from_=("Kim Thoa Do", "dokimthoa.1999@gmail.com"), to=("Thịnh Trí Group", "info"),
    subject="Re: Lịch hẹn tư vấn thứ Năm 23/04",
    date=(2026, 4, 20, 21, 10, 26), reply=True,
    body="""
ok chị, noted ạ. thanks!
""",
    quote=dict(
        attr="Vào Th 2, 20 thg 4, 2026 vào lúc 16:02 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
        text="""
Chào bạn Thoa,

Bên mình xác nhận lịch hẹn tư vấn của bạn lúc 9h30 thứ Năm 23/04/2026 tại văn phòng 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM. Bạn nhớ mang theo hợp đồng thuê nhà và các giấy tờ liên quan.

Nếu cần đổi lịch, bạn vui lòng gọi hotline 1800 63 65.

Trân trọng,
Ngô Phương Linh
Thịnh Trí Group
"""),
    label=dict(category="unknown", language="mixed",
               contact=C("Kim Thoa Do", None, "dokimthoa.1999@gmail.com"),
               note="Bare acknowledgement of an appointment confirmation, no request; name only from the From display name. Quoted firm text has the firm's address and hotline."),
),
]
