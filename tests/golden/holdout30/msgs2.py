# -*- coding: utf-8 -*-
"""Message data for the h30 holdout set, part 2 (h30_026 .. h30_050)."""

from msgs import INFO, SUPPORT, FIRM_VI, L, tiny_pdf


def fake_xlsx():
    # looks like the start of an OOXML zip; contents are irrelevant for the test set
    return (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" +
            bytes(range(256)) * 3 + b"PK\x05\x06" + b"\x00" * 18)


MSGS = [
# ---------------------------------------------------------------- 026
dict(
    id="026", style="outlook_web", frm=("Emma Lindqvist", "emma.lindqvist@outlook.com"), to=SUPPORT,
    subject="My passport copy was couriered to my old address",
    date="2026-04-21 16:47:09 +0700", layout="html", cte="qp", nbsp=True,
    body="""Dear Thinh Tri Support,

On 2 April I emailed your team, and confirmed by phone with Ms. Ngân, that I had moved. Despite this, on 20 April your courier delivered an envelope with my notarised passport copy and my signed visa application forms to my old apartment at 18 Nguyễn Văn Hưởng, Thảo Điền. The new tenant opened it and kindly called me, but by then a stranger had seen all of my details.

This is the second time my file has been mishandled. I expect an explanation of how this happened, and confirmation that every part of my file now shows my current address:

Apt 7.02, The Vista Tower 2, 628C Võ Nguyên Giáp, Phường An Phú, TP.HCM

Regards,
Emma Lindqvist
+84 938 502 716
""",
    label=L("complaint", "en", name="Emma Lindqvist", phone="+84938502716", email="emma.lindqvist@outlook.com",
            address="Apt 7.02, The Vista Tower 2, 628C Võ Nguyên Giáp, Phường An Phú, TP.HCM",
            note="HTML-only. Complaint about documents sent to an old address, with a correction element; "
                 "the old address (18 Nguyễn Văn Hưởng, Thảo Điền) also appears - contact address is the current one."),
),
# ---------------------------------------------------------------- 027
dict(
    id="027", style="list", frm=("Bản tin Pháp lý Doanh nghiệp", "bantin@phaplydoanhnghiep.vn"), to=INFO,
    subject="Bản tin tuần 16/2026: Luật Bảo vệ dữ liệu cá nhân - 5 việc doanh nghiệp cần làm ngay",
    subj_enc="Q", date="2026-04-16 06:30:00 +0700", layout="alt", cte="b64",
    headers=[("List-Id", "Ban tin Phap ly Doanh nghiep <weekly.phaplydoanhnghiep.vn>"),
             ("List-Unsubscribe", "<https://phaplydoanhnghiep.vn/unsubscribe?u=a81f2c&e=info%40thinhtrigroup.com>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk")],
    body="""BẢN TIN PHÁP LÝ DOANH NGHIỆP - SỐ 16/2026

Kính gửi Quý độc giả,

1. Luật Bảo vệ dữ liệu cá nhân: 5 việc doanh nghiệp cần làm ngay - từ phân công bộ phận bảo vệ dữ liệu đến quy trình tiếp nhận yêu cầu xem, sửa, xóa dữ liệu của khách hàng.
2. Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền.
3. Lịch hội thảo trực tuyến tháng 5: "Hợp đồng lao động điện tử - rủi ro và lưu ý".

Đọc toàn văn tại: https://phaplydoanhnghiep.vn/ban-tin/2026-16

Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.
Ngừng nhận bản tin: https://phaplydoanhnghiep.vn/unsubscribe?u=a81f2c
""",
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin Pháp lý Doanh nghiệp 16/2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f4f4f4;margin:0;">
<div style="max-width:620px;margin:0 auto;background:#fff;">
<div style="background:#1d3557;color:#fff;padding:16px 22px;font-size:19px;font-weight:bold;">BẢN TIN PHÁP LÝ DOANH NGHIỆP &ndash; SỐ 16/2026</div>
<div style="padding:18px 22px;font-size:14px;line-height:1.6;">
<p>Kính gửi Quý độc giả,</p>
<p><b>1.</b> Luật Bảo vệ dữ liệu cá nhân: 5 việc doanh nghiệp cần làm ngay &ndash; từ phân công bộ phận bảo vệ dữ liệu đến quy trình tiếp nhận yêu cầu xem, sửa, xóa dữ liệu của khách hàng.</p>
<p><b>2.</b> Hướng dẫn mới về hóa đơn điện tử khởi tạo từ máy tính tiền.</p>
<p><b>3.</b> Lịch hội thảo trực tuyến tháng 5: &quot;Hợp đồng lao động điện tử &ndash; rủi ro và lưu ý&quot;.</p>
<p><a href="https://phaplydoanhnghiep.vn/ban-tin/2026-16">Đọc toàn văn</a></p>
</div>
<div style="padding:12px 22px;font-size:11px;color:#777;border-top:1px solid #eee;">Bạn nhận được email này vì đã đăng ký nhận bản tin tại phaplydoanhnghiep.vn.<br>
<a href="https://phaplydoanhnghiep.vn/unsubscribe?u=a81f2c" style="color:#777;">Ngừng nhận bản tin</a></div>
</div></body></html>
""",
    label=L("unknown", "vi", automated=True,
            note="Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk) about the data protection law; "
                 "its 'xem, sửa, xóa dữ liệu' wording is editorial content."),
),
# ---------------------------------------------------------------- 028
dict(
    id="028", style="gmail", frm=("Bích Ngọc Trình", "bichngoc.trinh88@gmail.com"), to=("Thịnh Trí Group", INFO),
    subject="Biên bản tóm tắt buổi tư vấn ngày 21/04/2026", subj_prefix="Re: ",
    date="2026-04-23 07:48:33 +0700", layout="alt", cte="qp", in_reply_to=True,
    body="""Chào chị Uyên,

Cảm ơn chị đã gửi biên bản. Em đọc lại thì thấy có mấy chỗ ghi chưa đúng về em, nhờ chị chỉnh lại trong hồ sơ giúp em:

- Mục 2 ghi em có 2 con chung với anh Hưng; thực tế chỉ có 1 bé là Nguyễn Bảo An, sinh năm 2019.
- Nghề nghiệp ghi là "nội trợ", nhưng em đang làm kế toán cho một công ty may, có thu nhập ổn định (điểm này quan trọng cho việc giành quyền nuôi con).

Các phần khác em thấy đúng rồi ạ. Có gì chị gọi em 0353 928 041.

Trình Thị Bích Ngọc
""",
    quote=dict(kind="gmail_vi", who=FIRM_VI, when="2026-04-22 17:40", text="""Kính gửi chị Trình Thị Bích Ngọc,

Công ty gửi chị biên bản tóm tắt buổi tư vấn ngày 21/04/2026 để chị kiểm tra:
1. Khách hàng: Trình Thị Bích Ngọc - nội trợ.
2. Có 02 con chung với anh Nguyễn Văn Hưng.
3. Yêu cầu: ly hôn, giành quyền nuôi con.

Nếu có thông tin chưa chính xác, xin chị phản hồi email này hoặc gọi 1800 63 65.

Trân trọng,
Đỗ Phương Uyên
Công ty Hệ Thống Luật TNHH Thịnh Trí"""),
    label=L("correction_request", "vi", name="Trình Thị Bích Ngọc", phone="+84353928041",
            email="bichngoc.trinh88@gmail.com",
            note="Reply asking to correct facts about her in the consultation record; the husband's and child's "
                 "names appear, and the quoted firm text has the hotline."),
),
# ---------------------------------------------------------------- 029
dict(
    id="029", style="gmail", frm=("Nguyễn Đỗ Bảo Long", "baolong.nguyendo@gmail.com"), to=INFO,
    subject="Nhờ tư vấn tranh chấp ranh giới đất với hàng xóm",
    date="2026-04-26 15:12:41 +0700", layout="alt", cte="b64",
    body="""Kính gửi Công ty,

Tôi là Đỗ Thị Lành, 68 tuổi, ở Củ Chi. Tôi nhờ cháu ngoại đánh máy và gửi giúp thư này.

Nhà hàng xóm mới xây tường rào lấn sang phần đất vườn của tôi khoảng 1 mét chiều ngang, dài hơn 20 mét. Tôi đã báo ấp và Ủy ban xã hòa giải một lần nhưng họ không chịu tháo dỡ. Đất của tôi có sổ đỏ từ năm 2003.

Tôi muốn hỏi bây giờ tôi phải làm đơn gửi đâu, có cần đo đạc lại không, và nếu phải ra tòa thì nhờ luật sư hết bao nhiêu tiền.

Công ty cứ trả lời vào email này, cháu tôi sẽ đọc lại cho tôi. Muốn nói chuyện trực tiếp thì gọi số của tôi: 0985 302 716.

Đỗ Thị Lành
""",
    label=L("service_request", "vi", name="Đỗ Thị Lành", phone="+84985302716", email="baolong.nguyendo@gmail.com",
            note="Sent from the grandson's mailbox (From 'Nguyễn Đỗ Bảo Long'); the sender is Đỗ Thị Lành, who asks "
                 "for replies to this mailbox and gives her own phone."),
),
# ---------------------------------------------------------------- 030
dict(
    id="030", style="gmail", frm=("Manh Trieu", "trieuvanmanh.tn@gmail.com"), to=SUPPORT,
    subject="khieu nai luat su bo phien hoa giai",
    date="2026-04-16 20:55:17 +0700", layout="plain", cte="7bit",
    body="""Gui cong ty Thinh Tri,
Toi la Trieu Van Manh, thue luat su cong ty trong vu tranh chap hop dong mua xe tai voi dai ly o Thai Nguyen, da dong 15 trieu phi.
Ngay 14/4 toa moi hoa giai, luat su phu trach hua di cung nhung den gio thi khong thay, goi dien khong nghe. Toi phai ngoi mot minh, khong biet tra loi the nao, phia ben kia co luat su nen toi bi ep ky bien ban bat loi.
Hom sau luat su nhan tin noi "ban viec dot xuat", khong mot loi xin loi. Toi yeu cau cong ty tra loi bang van ban, doi luat su khac va xem xet hoan lai mot phan phi.
Trieu Van Manh
dt 0962 304 518
""",
    label=L("complaint", "vi", name="Trieu Van Manh", phone="+84962304518", email="trieuvanmanh.tn@gmail.com"),
),
# ---------------------------------------------------------------- 031
dict(
    id="031", style="gmail", frm=("Thach Hoai An", "thachhoaian.st@gmail.com"), to=("Thịnh Trí Group", SUPPORT),
    subject="Xác nhận đã xóa thông tin cá nhân", subj_prefix="Re: ",
    date="2026-04-28 12:03:25 +0700", layout="alt", cte="qp", in_reply_to=True,
    body="""Em nhan duoc roi a. Cam on anh chi da xu ly nhanh, chuc cong ty nhieu suc khoe.
Hoai An
""",
    quote=dict(kind="gmail_vi", who="Thịnh Trí Group <support@thinhtrigroup.com>", when="2026-04-28 10:15",
               text="""Kính gửi chị Thạch Hoài An,

Theo yêu cầu ngày 20/04/2026 của chị, Công ty đã xóa toàn bộ thông tin cá nhân của chị (họ tên, số điện thoại, email) khỏi danh sách khách hàng và danh sách nhận tin.

Trân trọng,
Bộ phận CSKH - Thịnh Trí Group"""),
    label=L("unknown", "vi", name="Thach Hoai An", email="thachhoaian.st@gmail.com",
            note="Thanks-only reply to the firm's deletion confirmation; 'xóa thông tin' is only in the subject and "
                 "quoted firm text. Full name only from the From display name."),
),
# ---------------------------------------------------------------- 032
dict(
    id="032", style="gmail", frm=("Khoa Cao", "khoa.caominh@gmail.com"), to=INFO,
    subject="Request xóa thông tin của con tôi (cuộc thi Young Lawyers)", subj_enc="Q",
    date="2026-04-27 21:19:48 +0700", layout="alt", cte="qp",
    body="""Hi Thịnh Trí,

Tôi là Cao Minh Khoa, phụ huynh của bé Cao Gia Hân (lớp 8). Tháng 3 vừa rồi bé có đăng ký tham gia cuộc thi "Young Lawyers Challenge" do bên mình đồng tổ chức với trường, và form đăng ký có lấy họ tên, ngày sinh, trường lớp, ảnh chân dung của bé cùng số điện thoại của tôi.

Cuộc thi đã kết thúc. Gia đình không muốn thông tin và hình ảnh của bé tiếp tục được lưu hay dùng cho bất kỳ mục đích nào khác (kể cả đăng lên fanpage). Please delete toàn bộ data của bé, và data của tôi trên form đó luôn, rồi confirm lại qua email này giúp tôi.

Thanks,
Cao Minh Khoa
0981 664 027
""",
    label=L("deletion_request", "mixed", name="Cao Minh Khoa", phone="+84981664027", email="khoa.caominh@gmail.com",
            note="A parent asks deletion of his minor child's data (child Cao Gia Hân is named); the contact is "
                 "the parent."),
),
# ---------------------------------------------------------------- 033
dict(
    id="033", style="iphone", frm=("Arjun Mehta", "arjun@spicetrailsaigon.com"), to=INFO,
    subject="Trademark for our restaurant name",
    date="2026-04-29 14:26:10 +0700", layout="html", cte="b64", nbsp=True,
    body="""Hello Thinh Tri team,

I run two Indian restaurants in District 1 under the name "Spice Trail Saigon" and we are opening a third one in Hanoi in September. A friend warned me that someone could register our name before we do.

Could you check whether the name and our logo are available, and handle the trademark application in class 43 (and maybe class 30 for our packaged sauces)? Please let me know your fees and how long it takes.

I'm easiest to reach on WhatsApp or by phone: +84 703 559 218.

Thanks,
Arjun Mehta

Sent from my iPhone
""",
    label=L("service_request", "en", name="Arjun Mehta", phone="+84703559218", email="arjun@spicetrailsaigon.com",
            note="HTML-only message from a phone; digits separated by &nbsp;."),
),
# ---------------------------------------------------------------- 034
dict(
    id="034", style="outlook_web", frm=("Hứa Thị Thanh Tâm", "thanhtam.hua@outlook.com"), to=INFO,
    subject="Đã yêu cầu xóa dữ liệu từ tháng 3 mà vẫn nhận quảng cáo",
    date="2026-04-29 09:31:44 +0700", layout="alt", cte="qp",
    body="""Kính gửi Ban quản trị Thịnh Trí Group,

Ngày 09/03/2026 tôi đã gửi email yêu cầu Công ty xóa thông tin cá nhân của tôi và ngừng gửi quảng cáo. Ngày 12/03 tôi nhận được thư xác nhận "đã xóa khỏi hệ thống".

Thế nhưng trong tháng 4 tôi vẫn nhận 3 email mời hội thảo và 2 tin nhắn SMS từ Công ty, gửi đúng họ tên và số điện thoại cũ của tôi. Như vậy hoặc Công ty chưa hề xóa, hoặc thư xác nhận trước đây là không đúng sự thật.

Tôi đề nghị Công ty trả lời bằng văn bản: thông tin của tôi thực tế đang được lưu ở đâu, vì sao lại xác nhận sai, và ai chịu trách nhiệm. Nếu trong 7 ngày không có phản hồi thỏa đáng, tôi sẽ gửi đơn phản ánh đến Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05).

Hứa Thị Thanh Tâm
ĐT: 0866 473 129
""",
    label=L("complaint", "vi", name="Hứa Thị Thanh Tâm", phone="+84866473129", email="thanhtam.hua@outlook.com",
            note="Complaint that an earlier deletion request was not honoured (demands explanation, threatens "
                 "escalation); dominant intent complaint rather than a new deletion request."),
),
# ---------------------------------------------------------------- 035
dict(
    id="035", style="gmail", frm=("Hannah Okafor", "hannah.okafor.hcm@gmail.com"), to=INFO,
    subject="A copy of what's on file for me",
    date="2026-04-30 18:07:29 +0700", layout="alt", cte="qp",
    body="""Hi there,

I was a client of yours in 2025 (work permit and temporary residence card). I'm now putting my own papers in order before I leave Vietnam for good in July.

For my own peace of mind, could you send me whatever you have on file for me – notes from our calls, copies of the documents I sent, the forms you filled in on my behalf – and a short note of any outside parties (translators, couriers, government offices) you shared them with? A zipped folder by email would be perfect.

I'm happy to confirm my identity by video call if needed. My number is 0797 552 031.

Many thanks,
Hannah Okafor
""",
    label=L("access_request", "en", name="Hannah Okafor", phone="+84797552031", email="hannah.okafor.hcm@gmail.com",
            note="Indirect access request ('whatever you have on file for me') without data-protection terms."),
),
# ---------------------------------------------------------------- 036
dict(
    id="036", style="outlook", frm=("Nguyen Thi Thu Ha", "ha.nguyen@haiphongfoods.com.vn"), to=SUPPORT,
    subject="Change of contact person for Hai Phong Foods",
    date="2026-04-17 14:40:51 +0700", layout="alt", cte="qp",
    body="""Dear Thinh Tri team,

Please be informed that Mr. Le Minh Tri, who was our contact person for the trademark renewal and the distribution agreement files, left Hai Phong Foods JSC on 15 April 2026.

Kindly remove his name, mobile number (0909 828 311) and email from our client record and replace them with mine:

Name: Nguyen Thi Thu Ha – Legal & Compliance Manager
Mobile: 0917 364 052
Email: ha.nguyen@haiphongfoods.com.vn

All future correspondence on both files should come to me.

Best regards,
Nguyen Thi Thu Ha
Hai Phong Foods JSC
""",
    label=L("correction_request", "en", name="Nguyen Thi Thu Ha", phone="+84917364052",
            email="ha.nguyen@haiphongfoods.com.vn",
            note="Replaces a departed colleague's details (Le Minh Tri, 0909 828 311) with the sender's own; "
                 "'remove his name' is part of the update, not an erasure request."),
),
# ---------------------------------------------------------------- 037
dict(
    id="037", style="gmail", frm=("Hau Ly", "lyvanhau.dn@gmail.com"), to=INFO,
    subject="bi cong ty cho nghi viec khong bao truoc",
    date="2026-05-01 19:02:36 +0700", layout="alt", cte="7bit",
    body="""chao luat su,
toi ten Ly Van Hau, lam tho han o mot cong ty co khi trong KCN Hoa Khanh, Da Nang duoc 4 nam, co hop dong khong xac dinh thoi han.
sang thu 2 vua roi quan ly goi len dua quyet dinh cho nghi tu ngay hom sau, ly do "cat giam nhan su", khong bao truoc ngay nao, chi tra luong thang nay.
toi muon hoi nhu vay cong ty lam dung luat khong, toi duoc nhung khoan tien gi (tro cap, bao hiem that nghiep...) va neu kien thi co ton nhieu tien khong.
luat su goi toi so 0394 617 205, zalo cung so nay. toi lam ca ngay, sau 6h toi nghe duoc.
cam on luat su
""",
    label=L("service_request", "vi", name="Ly Van Hau", phone="+84394617205", email="lyvanhau.dn@gmail.com"),
),
# ---------------------------------------------------------------- 038
dict(
    id="038", style="outlook_web", frm=("Giang Văn Thuận", "thuan.giangvan@gmail.com"), to=SUPPORT,
    subject="Nhờ hủy bản chụp CCCD và sổ hộ khẩu cũ", subj_enc="Q",
    date="2026-04-27 10:44:02 +0700", layout="html", cte="b64", nbsp=True,
    body="""Chào bộ phận hỗ trợ,

Tôi là Giang Văn Thuận, đang được Công ty làm hồ sơ thành lập công ty TNHH một thành viên. Hồ sơ đã nộp và hôm 24/04 đã có giấy chứng nhận đăng ký doanh nghiệp, cảm ơn các anh chị.

Lúc đầu tôi gửi qua email cho nhân viên rất nhiều ảnh chụp giấy tờ: CCCD hai mặt, sổ hộ khẩu cũ của cả gia đình, cả bằng lái xe vì tưởng cần. Những thứ này giờ không dùng nữa. Phiền Công ty hủy giúp các bản chụp đó (kể cả trong email và máy tính của nhân viên), chỉ giữ lại những gì pháp luật bắt buộc phải lưu cho hồ sơ doanh nghiệp.

Các thủ tục sau thành lập (khắc dấu, đăng ký thuế ban đầu) thì tôi vẫn nhờ Công ty làm như đã thỏa thuận.

Giang Văn Thuận
ĐT: 0869 430 152
""",
    label=L("deletion_request", "vi", name="Giang Văn Thuận", phone="+84869430152", email="thuan.giangvan@gmail.com",
            note="HTML-only. Partial deletion (destroy ID scans) while the service continues; 'hủy' means "
                 "destroying the copies, not cancelling a service."),
),
# ---------------------------------------------------------------- 039
dict(
    id="039", style="ooo_outlook", frm=("Phạm Quang Vinh", "vinh.pham@tanthanhlogistics.vn"), to=SUPPORT,
    subject="Phản hồi yêu cầu cung cấp thông tin cá nhân", subj_prefix="Automatic reply: ",
    date="2026-04-24 16:20:18 +0700", layout="plain", cte="qp", in_reply_to=True,
    headers=[("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
    body="""Kính chào,
Tôi đang nghỉ phép và sẽ trở lại làm việc từ ngày 04/05/2026. Email của Quý vị sẽ không được chuyển tiếp. Trường hợp cần hỗ trợ ngay, vui lòng gọi số (028) 3827 1195 hoặc gửi email đến cs@tanthanhlogistics.vn.

Dear sender,
I am on leave and will be back on 4 May 2026. Your email will not be forwarded. For urgent matters, please call (028) 3827 1195 or write to cs@tanthanhlogistics.vn.

Phạm Quang Vinh
""",
    label=L("unknown", "mixed", automated=True,
            note="Bilingual out-of-office (X-Autoreply header) to the firm's reply about a data request; the "
                 "subject has privacy keywords."),
),
# ---------------------------------------------------------------- 040
dict(
    id="040", style="gmail", frm=("Dat Mai", "maixuandat.hn@gmail.com"), to=INFO,
    subject="xin ban ghi am cuoc goi tu van",
    date="2026-04-09 22:14:55 +0700", layout="alt", cte="7bit",
    body="""Chao cong ty,
Toi la Mai Xuan Dat. Ngay 02/4 toi co goi tong dai cong ty de hoi ve viec chia tai san khi ly hon, tong dai vien co noi cuoc goi duoc ghi am.
Nay toi can nghe lai noi dung luat su da tu van. Cho toi xin file ghi am cuoc goi do, va neu cong ty co ghi chep gi ve toi (ten, so dt, noi dung hoi) thi gui toi xem luon. Gui vao mail nay la duoc.
So dt toi dung khi goi: 0347 925 160.
Cam on.
""",
    label=L("access_request", "vi", name="Mai Xuan Dat", phone="+84347925160", email="maixuandat.hn@gmail.com",
            note="Asks for the call recording and any notes held about him - an access request."),
),
# ---------------------------------------------------------------- 041
dict(
    id="041", style="gmail", frm=("Kevin Truong", "kevin.truong.oc@gmail.com"), to=INFO,
    subject="Ủy quyền bán nhà ở VN từ Mỹ - need advice", subj_enc="Q",
    date="2026-04-29 18:36:12 -0700", layout="alt", cte="qp",
    body="""Hi anh chị,

Tôi là Trương Quốc Khải (Kevin), đang sống ở California. Tôi và em gái đồng sở hữu một căn nhà ở Phường Hải Châu, Đà Nẵng do ba mẹ để lại. Tụi tôi muốn bán căn nhà này trong năm nay, nhưng tôi không về VN được.

Mấy câu hỏi:
1. Tôi có thể làm giấy ủy quyền cho em gái ký hợp đồng bán tại Tổng Lãnh sự quán VN ở San Francisco không, hay phải làm ở notary bên Mỹ rồi hợp pháp hóa lãnh sự?
2. Phần tiền bán nhà của tôi muốn chuyển ra nước ngoài thì thủ tục thế nào?
3. Phí dịch vụ nếu bên mình lo trọn gói phần giấy tờ?

Vì lệch múi giờ, anh chị cứ email, hoặc gọi/text cho tôi số US +1 (714) 555-0182. Em gái tôi ở Đà Nẵng là Trương Thị Mai Anh, 0905 472 318, có thể lên văn phòng ký giấy tờ nếu cần.

Thanks,
Kevin
""",
    label=L("service_request", "mixed", name="Trương Quốc Khải", phone="+17145550182",
            email="kevin.truong.oc@gmail.com",
            note="The sender's own number is a US number (+1); the sister's Vietnamese number 0905 472 318 is not "
                 "his contact. The Đà Nẵng house is the property, not his address."),
),
# ---------------------------------------------------------------- 042
dict(
    id="042", style="gmail", frm=("Marco Bianchi", "marco.bianchi.dn@gmail.com"), to=("Thinh Tri Support", SUPPORT),
    subject="How did we do? Thinh Tri client satisfaction survey", subj_prefix="Re: ",
    date="2026-04-28 08:51:37 +0700", layout="alt", cte="qp", in_reply_to=True,
    body="""Hi,

Happy to give you a 9 out of 10 – the team was efficient and the company registration went through without a hitch.

One more thing, though: now that the matter is closed, I don't see a reason for you to hang on to my personal documents. Could you please dispose of the copies of my passport, my Italian criminal record certificate and the lease contract I sent in January, and take me off your marketing mailings? Anything the company itself needs to keep for its enterprise file is fine, of course.

Thanks and best,
Marco Bianchi
+84 908 337 162
""",
    quote=dict(kind="gmail_en", who="Thinh Tri Support <support@thinhtrigroup.com>", when="2026-04-27 09:00",
               text="""Dear Mr. Bianchi,

Thank you for choosing Thinh Tri. We would love to hear about your experience. Please rate our service from 1 to 10 by replying to this email.

Hotline: 1800 63 65
Thinh Tri Legal"""),
    label=L("deletion_request", "en", name="Marco Bianchi", phone="+84908337162", email="marco.bianchi.dn@gmail.com",
            note="Reply to a satisfaction survey; the rating is incidental - the request is to dispose of his "
                 "documents (no word 'delete'). Quoted firm text has the hotline."),
),
# ---------------------------------------------------------------- 043
dict(
    id="043", style="plain", frm=("Barrister Helen Carter", "helen.carter.chambers@barrister-uk.org"), to=INFO,
    subject="URGENT: Unclaimed estate of late Mr. Anthony Thinh - legal representation needed",
    date="2026-04-22 03:17:45 +0000", layout="plain", cte="7bit",
    body="""Attn: Legal Department,

I am Barrister Helen Carter, personal attorney to the late Mr. Anthony Thinh, a businessman who died intestate in 2023 leaving GBP 8,200,000 in a London bank. As your firm shares his surname, you are best placed to act as next of kin representative.

We will share the proceeds 50/50. To begin, reply with the full names, ID numbers and bank account details of your directors. This matter is strictly confidential.

Yours faithfully,
Barrister Helen Carter
""",
    label=L("unknown", "en", name="Helen Carter", email="helen.carter.chambers@barrister-uk.org",
            note="Advance-fee scam asking for personal data; spam, not a customer request."),
),
# ---------------------------------------------------------------- 044
dict(
    id="044", style="oe1258", pc="TUYET-PC", frm=("Hồ Thị Bạch Tuyết", "bachtuyet.ho1958@yahoo.com.vn"), to=SUPPORT,
    subject="Xin sửa lại địa chỉ liên lạc",
    date="2026-05-04 09:05:31 +0700",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Hồ Thị Bạch Tuyết, đang nhờ Công ty theo dõi giúp hồ sơ xin cấp đổi giấy chứng nhận quyền sử dụng đất.

Từ đầu tháng Tư tôi đã dọn về ở với con trai, nhà cũ ở Vĩnh Hải không còn ai nhận thư. Kính nhờ Công ty ghi lại địa chỉ mới của tôi để gửi giấy tờ cho đúng:

Số 25 đường Lê Hồng Phong, Phường Nha Trang, tỉnh Khánh Hòa.

Điện thoại nhà vẫn như cũ: (0258) 3823 417.

Cảm ơn Công ty.
Hồ Thị Bạch Tuyết
""",
    label=L("correction_request", "vi", name="Hồ Thị Bạch Tuyết", phone="+842583823417",
            email="bachtuyet.ho1958@yahoo.com.vn",
            address="Số 25 đường Lê Hồng Phong, Phường Nha Trang, tỉnh Khánh Hòa",
            note="windows-1258 body and headers with combining tone marks (labelled in NFC); polite 'kính nhờ ghi "
                 "lại' = update address."),
),
# ---------------------------------------------------------------- 045
dict(
    id="045", style="outlook_web", frm=("Hà Minh Quân", "quan.haminh@outlook.com"), to=INFO,
    subject="Thông báo điều chỉnh tiến độ bàn giao căn hộ", subj_prefix="FW: ",
    date="2026-04-22 09:27:14 +0700", layout="alt", cte="qp",
    body="""Chào Công ty,

Tôi chuyển tiếp thông báo của chủ đầu tư mà tôi nhận được hôm qua. Theo hợp đồng mua bán ký năm 2023, căn hộ phải bàn giao trong quý IV/2025, nay họ lại lùi sang quý II/2027 và chỉ "hỗ trợ" 0,5%/năm.

Nhờ luật sư xem giúp: tôi có quyền đòi phạt chậm bàn giao theo hợp đồng không, có thể đơn phương chấm dứt hợp đồng và đòi lại số tiền đã đóng (khoảng 1,9 tỷ) không. Tôi muốn đặt lịch gặp trực tiếp và sẽ mang theo hợp đồng gốc.

Hà Minh Quân
0932 480 615
""",
    forward=dict(sep="________________________________", head=[
        "From: Phòng Chăm sóc khách hàng - Dự án Sky Garden Riverside <cskh@skygardenriverside.vn>",
        "Sent: Tuesday, April 21, 2026 4:12 PM",
        "To: quan.haminh@outlook.com <quan.haminh@outlook.com>",
        "Subject: Thông báo điều chỉnh tiến độ bàn giao căn hộ"], text="""Kính gửi Quý khách hàng Hà Minh Quân - Căn hộ B2-1907,

Do ảnh hưởng của việc điều chỉnh quy hoạch hạ tầng khu vực, Chủ đầu tư trân trọng thông báo thời gian bàn giao căn hộ dự kiến được điều chỉnh sang Quý II/2027. Chủ đầu tư sẽ hỗ trợ Quý khách 0,5%/năm trên số tiền đã thanh toán.

Mọi thắc mắc xin liên hệ hotline (028) 3915 6262 hoặc chuyên viên Lưu Thanh Trúc: 0938 207 519.

Trân trọng,
Ban Quản lý dự án Sky Garden Riverside"""),
    label=L("service_request", "vi", name="Hà Minh Quân", phone="+84932480615", email="quan.haminh@outlook.com",
            note="Forward; the developer's hotline and staff number in the forwarded notice are not the sender's, "
                 "and the apartment B2-1907 is the purchased unit, not an address he gives."),
),
# ---------------------------------------------------------------- 046
dict(
    id="046", style="gmail", frm=("Vivian Luong", "vivian.luongkv@gmail.com"), to=SUPPORT,
    subject="Hỏi về việc chia sẻ data của mình với bên thứ ba", subj_enc="Q",
    date="2026-05-02 10:38:50 +0700", layout="alt", cte="qp",
    body="""Hi anh chị,

Mình là Lương Khánh Vy, hồ sơ xin visa định cư Canada của mình bên mình làm hồi tháng 2 (dịch thuật + công chứng + nộp online).

Mình muốn hỏi rõ một chút cho yên tâm: giấy tờ của mình (passport, giấy khai sinh, sao kê ngân hàng, giấy xác nhận công việc) đã được gửi cho những bên nào ngoài Thịnh Trí - công ty dịch thuật, văn phòng công chứng, courier...? Nếu được, anh chị gửi giúp mình danh sách các bên đó và một bản copy những gì bên mình đang lưu về mình nhé.

Mình không có ý phàn nàn gì đâu, chỉ muốn nắm rõ data của mình đang ở đâu thôi. Số mình: 0931 560 427.

Thanks a lot!
Khánh Vy
""",
    label=L("access_request", "mixed", name="Lương Khánh Vy", phone="+84931560427", email="vivian.luongkv@gmail.com",
            note="'Không có ý phàn nàn' - not a complaint; asks for the list of recipients and a copy of held data."),
),
# ---------------------------------------------------------------- 047
dict(
    id="047", style="gmail", frm=("Ngô Thảo My", "thaomy.ngo.hr@gmail.com"), to=INFO,
    subject="Gửi chị bản update headcount tháng 4",
    date="2026-04-30 16:52:08 +0700", layout="mixed", cte="qp",
    attach=[("Headcount_T4_2026.xlsx", "application",
             "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fake_xlsx())],
    body="""Chị Hà ơi,

Em gửi chị file update headcount tháng 4 nha, em đã thêm 3 bạn intern mới vào sheet "Onboarding". Chị check giúp em phần payroll trước thứ Sáu, có gì sai em sửa liền.

Btw meeting với bên recruitment agency dời sang 3pm thứ Hai tuần sau nha chị.

Thanks chị!
Thảo My
""",
    label=L("unknown", "mixed", name="Ngô Thảo My", email="thaomy.ngo.hr@gmail.com",
            note="Misdirected internal HR mail (meant for a colleague 'chị Hà'); no request to the firm. Full name "
                 "from the From display name."),
),
# ---------------------------------------------------------------- 048
dict(
    id="048", style="iphone", frm=("Nghiêm Thu Hiền", "thuhien.nghiem97@gmail.com"), to=INFO,
    subject="Xin rút hồ sơ ứng tuyển",
    date="2026-05-03 21:10:44 +0700", layout="alt", cte="qp",
    body="""Dạ chào anh chị phòng nhân sự,

Em là Nghiêm Thị Thu Hiền, tháng 3 em có gửi CV ứng tuyển vị trí thư ký luật sư qua email này. Hiện em đã nhận việc ở nơi khác nên xin rút hồ sơ ạ.

Trong CV có nhiều thông tin cá nhân (địa chỉ nhà, ảnh, số CCCD) nên em mong anh chị không lưu trong dữ liệu ứng viên nữa, xóa giúp em cả file CV và bản scan bằng cấp em gửi kèm hôm đó. Nếu cần xác nhận gì anh chị gọi em 0396 284 715 ạ.

Em cảm ơn anh chị nhiều.

Gửi từ iPhone của tôi
""",
    label=L("deletion_request", "vi", name="Nghiêm Thị Thu Hiền", phone="+84396284715",
            email="thuhien.nghiem97@gmail.com",
            note="A former job applicant withdrawing and asking deletion of her CV - deletion_request, not a job "
                 "application."),
),
# ---------------------------------------------------------------- 049
dict(
    id="049", style="outlook", frm=("Jonathan Reyes", "jreyes@reyeslegal.com.vn"), to=INFO,
    subject="Data access request on behalf of our client, Ms. Pham Thi Ngoc Lan",
    date="2026-05-05 11:02:27 +0700", layout="mixed", cte="7bit",
    attach=[("Authorisation_PhamThiNgocLan.pdf", "application", "pdf",
             tiny_pdf("Letter of authorisation - Pham Thi Ngoc Lan"))],
    body="""Dear Sir or Madam,

We act for Ms. Pham Thi Ngoc Lan, who used your firm's services in 2024 in connection with a commercial lease dispute. A letter of authorisation signed by Ms. Lan is attached.

On her behalf, we request a copy of all personal data relating to her that your firm holds, including correspondence, file notes and identity documents, together with information on the purposes of processing and any third parties to whom the data has been disclosed.

Please send your response to me at this address. Should you need to verify the authorisation, you can reach me directly on +84 28 3822 6019.

Yours faithfully,
Jonathan Reyes
Associate, Reyes Legal Vietnam
""",
    label=L("access_request", "en", name="Jonathan Reyes", phone="+842838226019", email="jreyes@reyeslegal.com.vn",
            note="Access request made by a lawyer on behalf of the data subject (Pham Thi Ngoc Lan); the contact is "
                 "the sender, who asks for the reply."),
),
# ---------------------------------------------------------------- 050
dict(
    id="050", style="yahoo", frm=("Trầm Thị Kim Thoa", "kimthoa_tram@yahoo.com.vn"), to=INFO,
    subject="Hỏi về giấy tờ của tôi Công ty còn giữ", subj_enc="Q",
    date="2026-05-06 14:19:03 +0700", layout="html", cte="qp", nbsp=True,
    body="""Kính gửi Công ty,

Tôi là Trầm Thị Kim Thoa. Năm 2021 tôi có nhờ Công ty làm thủ tục khai nhận thừa kế căn nhà của mẹ tôi ở Cần Thơ. Khi đó tôi gửi rất nhiều giấy tờ bản sao, và tôi nhớ có để lại cả bản chính giấy khai sinh.

Không biết đến nay Công ty còn giữ những giấy tờ gì của tôi? Xin Công ty vui lòng kiểm tra và cho tôi biết cụ thể, nếu được thì scan gửi lại cho tôi một bộ để tôi lưu. Bản chính (nếu còn) tôi sẽ đến văn phòng nhận.

Số điện thoại của tôi là 0824 615 903.

Cảm ơn Công ty nhiều.
Kim Thoa
""",
    label=L("access_request", "vi", name="Trầm Thị Kim Thoa", phone="+84824615903", email="kimthoa_tram@yahoo.com.vn",
            note="HTML-only. Polite question about which of her documents the firm still holds, plus a copy - "
                 "an access request."),
),
]
