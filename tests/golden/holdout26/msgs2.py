# -*- coding: utf-8 -*-
"""Message data for holdout26, part 2 (h26_026 ... h26_050). See msgs.py for the format."""

from msgs import L, FIRM_SIG_VI, FIRM_SIG_EN

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bản tin Pháp luật Doanh nghiệp</title></head>
<body style="margin:0;background:#f2f4f7">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b3d6e;color:#fff;padding:18px 24px;font-size:20px"><b>BẢN TIN PHÁP LUẬT DOANH NGHIỆP</b><br><span style="font-size:13px">Tuần 16/2026</span></td></tr>
<tr><td style="padding:20px 24px">
<p>Kính gửi Quý độc giả,</p>
<p><b>Nổi bật tuần này:</b></p>
<ol>
<li>Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp phải xử lý yêu cầu xem, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu trong thời hạn bao lâu?</li>
<li>Mức phạt mới đối với hành vi mua bán, chia sẻ trái phép dữ liệu cá nhân.</li>
<li>Hướng dẫn quyết toán thuế TNCN năm 2025 cho người lao động có nhiều nguồn thu nhập.</li>
<li>Tọa đàm trực tuyến "Hợp đồng thương mại điện tử" - 15h00 thứ Năm 23/04/2026.</li>
</ol>
<p><a href="https://phapluatdoanhnghiep-online.vn/ban-tin/tuan-16-2026?utm_source=email&amp;utm_medium=newsletter">Đọc toàn văn bản tin</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">
Bạn nhận được email này vì đã đăng ký nhận bản tin bằng địa chỉ info@thinhtrigroup.com.<br>
<a href="https://phapluatdoanhnghiep-online.vn/huy-dang-ky?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ">Ngừng nhận bản tin</a><br>
Ban biên tập Bản tin Pháp luật Doanh nghiệp - Hotline: 024 3795 6612
</td></tr>
</table></td></tr></table>
<img src="https://mail.phapluatdoanhnghiep-online.vn/o/7c1e9a2f.gif" width="1" height="1" alt="">
</body></html>
"""

MESSAGES = [
# ---------------------------------------------------------------- 026
dict(
    n=26, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b", reply=True,
    frm=("Phùng Gia Bảo", "giabao.phung.design@gmail.com"), to="info",
    subject="Re: [Thịnh Trí] Bản tin pháp lý tháng 4/2026: 5 điểm mới về hợp đồng lao động",
    date="2026-04-14 12:44:19",
    body="""Hi team,

Mình nhận newsletter này hoài dù chỉ từng hỏi một câu về hợp đồng freelance hồi năm ngoái. Please unsubscribe mình và delete luôn toàn bộ thông tin của mình trong hệ thống (tên, email, số điện thoại 0774 519 683, nội dung câu hỏi lúc trước). Không cần giữ lại làm gì đâu ạ.

Confirm giúp mình khi đã xóa xong nhé. Thanks!

Gia Bảo""",
    quote=dict(style="gmail",
        attr="Vào Th 3, 14 thg 4, 2026 vào lúc 08:00 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
        text="""BẢN TIN PHÁP LÝ THỊNH TRÍ - THÁNG 4/2026

1. Hợp đồng lao động điện tử: những lưu ý khi ký kết.
2. Mức lương tối thiểu vùng mới và thời điểm áp dụng.
3. Khi nào người lao động được đơn phương chấm dứt hợp đồng không cần báo trước?
4. Thời hạn lưu trữ hồ sơ nhân sự và dữ liệu cá nhân người lao động.
5. Hỏi - đáp: làm freelance có phải ký hợp đồng lao động?

Đăng ký tư vấn: thinhtrigroup.com | Hotline: 1800 63 65
Công ty Hệ Thống Luật TNHH Thịnh Trí - 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
Bạn nhận được email này vì đã đăng ký nhận tin từ Thịnh Trí. Hủy đăng ký: thinhtrigroup.com/huy-nhan-tin"""),
    label=L("deletion_request", "mixed", "Phùng Gia Bảo", "+84774519683", "giabao.phung.design@gmail.com", None,
            "Human reply to the firm's own newsletter (the quoted bulk mail is the firm's, not automated customer mail). Unsubscribe plus delete = deletion. Full name only in the From display; signed 'Gia Bảo'. The phone is his own number, listed among the data to delete."),
),
# ---------------------------------------------------------------- 027
dict(
    n=27, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b", reply=True, tz="-0400",
    frm=("Tony Hua", "tonyhua.ca@gmail.com"), to="support",
    subject="Re: Dự thảo giấy ủy quyền bán nhà - vui lòng kiểm tra thông tin",
    date="2026-04-17 22:13:50",
    body="""Hi chị Diễm My,

Mình đã check bản draft POA, có vài thông tin bị sai. Please update lại trong hồ sơ và trong draft giúp mình:

- Full name: Hứa Minh Đạt (draft đang ghi "Hứa Minh Đạc").
- Passport no.: C4827193 (Canada), không phải C4827139.
- Current permanent address: 1185 Rue Sainte-Catherine O, Apt 906, Montréal, QC H3B 1K3, Canada (draft vẫn ghi địa chỉ cũ ở Toronto).

Khi về VN mình dùng số 0703 226 851, còn lại cứ email cho mình nhé. Thanks chị!

Đạt""",
    quote=dict(style="gmail",
        attr="Vào Th 6, 17 thg 4, 2026 vào lúc 11:26 Thinh Tri Support <support@thinhtrigroup.com> đã viết:",
        text="""Chào anh Đạt,

Em gửi anh bản dự thảo giấy ủy quyền cho bà Hứa Thị Ngọc Lan bán căn nhà tại phường Bình Thạnh. Anh vui lòng kiểm tra kỹ các thông tin nhân thân dưới đây trước khi em chuyển sang bước hợp pháp hóa lãnh sự:

- Bên ủy quyền: Hứa Minh Đạc, hộ chiếu Canada số C4827139
- Địa chỉ: 58 Wellesley St E, Unit 1204, Toronto, ON M4Y 1G7, Canada

Nếu có sai sót, anh phản hồi email này hoặc gọi hotline 1800 63 65.

Trân trọng,
Lư Thị Diễm My
Chuyên viên pháp lý
""" + FIRM_SIG_VI),
    label=L("correction_request", "mixed", "Hứa Minh Đạt", "+84703226851", "tonyhua.ca@gmail.com",
            "1185 Rue Sainte-Catherine O, Apt 906, Montréal, QC H3B 1K3, Canada",
            "Reply above the firm's quoted draft, which holds the misspelled name 'Hứa Minh Đạc', the old Toronto address, the mother's name and the firm's address/hotline. Contact uses the corrected values from the new text; the VN number is the one he gives for reaching him."),
),
# ---------------------------------------------------------------- 028
dict(
    n=28, client="iphone", fmt="plain", cte="quoted-printable", hdr_enc="b", reply=True,
    frm=("Sầm Văn Lực", "samvanluc1968@gmail.com"), to="info",
    subject="Re: Trả lời câu hỏi về thủ tục sang tên xe máy",
    date="2026-04-20 19:55:02",
    body="""Cảm ơn cô Tâm đã trả lời rất rõ ràng. Tôi sẽ tự làm theo hướng dẫn, có gì không hiểu tôi sẽ hỏi lại sau.

Sầm Văn Lực

Gửi từ iPhone của tôi""",
    quote=dict(style="iphone",
        attr="Vào 16:40, 20 thg 4, 2026, Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
        text="""Kính gửi chú Lực,

Về việc sang tên xe máy mua lại của người quen ở tỉnh khác, chú cần chuẩn bị: giấy chứng nhận đăng ký xe và biển số của chủ cũ (để làm thủ tục thu hồi), hợp đồng mua bán xe có công chứng hoặc chứng thực, CCCD của chú và tờ khai đăng ký xe. Chú có thể nộp trực tuyến trên Cổng dịch vụ công hoặc tại công an cấp xã nơi chú cư trú.

Nếu cần hỗ trợ thêm, chú vui lòng gọi hotline 1800 63 65.

Trân trọng,
Mai Ngọc Tâm
Bộ phận Chăm sóc khách hàng
""" + FIRM_SIG_VI),
    label=L("unknown", "vi", "Sầm Văn Lực", None, "samvanluc1968@gmail.com", None,
            "Thanks-only reply with no request; the quoted firm answer carries the firm's hotline and address."),
),
# ---------------------------------------------------------------- 029
dict(
    n=29, client="outlookcom", fmt="alt", cte="quoted-printable", hdr_enc="b", reply=True,
    frm=("Thân Đức Trọng", "thanductrong@outlook.com"), to="info",
    subject="RE: Xác nhận lịch tư vấn ngày 23/04/2026 - Thịnh Trí",
    date="2026-04-21 07:36:28",
    body="""Chào chị Yến,

Tôi xin lỗi vì báo gấp: sáng thứ Năm 23/04 tôi phải đi công tác đột xuất ra Hà Nội nên không đến buổi tư vấn về hợp đồng thuê kho được. Nhờ chị dời giúp sang chiều thứ Hai 27/04 hoặc sáng thứ Ba 28/04, khung giờ nào cũng được.

Ngoài ra tôi muốn mang theo kế toán của công ty cùng dự, chị xác nhận giúp là được phép đi hai người.

Chị xác nhận lại lịch qua số 0934 085 726 hoặc email này giúp tôi.

Thân Đức Trọng
Giám đốc - Công ty TNHH Vận tải Trọng Tín""",
    quote=dict(style="outlook", sep="________________________________",
        hdr=[("From", "Thịnh Trí Group <info@thinhtrigroup.com>"),
             ("Sent", "Monday, April 20, 2026 2:15 PM"),
             ("To", "thanductrong@outlook.com <thanductrong@outlook.com>"),
             ("Subject", "Xác nhận lịch tư vấn ngày 23/04/2026 - Thịnh Trí")],
        text="""Kính gửi anh Trọng,

Thịnh Trí xin xác nhận lịch tư vấn trực tiếp của anh như sau:
- Thời gian: 9h00 thứ Năm, ngày 23/04/2026
- Địa điểm: Văn phòng Thịnh Trí, 57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM
- Luật sư tư vấn: LS. Kha Minh Nhật
- Nội dung: rà soát hợp đồng thuê kho bãi

Nếu cần thay đổi lịch, anh vui lòng phản hồi email này hoặc gọi hotline 1800 63 65 trước 01 ngày.

Trân trọng,
Nguyễn Hải Yến
Bộ phận Chăm sóc khách hàng"""),
    label=L("service_request", "vi", "Thân Đức Trọng", "+84934085726", "thanductrong@outlook.com", None,
            "Reply asking to reschedule a consultation; the quoted confirmation holds the firm's office address, lawyer and hotline."),
),
# ---------------------------------------------------------------- 030
dict(
    n=30, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Isabelle Fournier", "isabelle.fournier.vn@gmail.com"), to="info",
    subject="Your mailing exposed all recipients' email addresses",
    date="2026-04-21 10:48:37",
    body="""Dear Thinh Tri,

This morning I received your invitation to the webinar "Owning property in Vietnam as a foreigner". The email was sent with every recipient in the CC field - I count 213 addresses, many of them clearly personal names, and several people have already pressed "reply all" to ask to be removed, which has exposed even more people.

From the list it is obvious that all of us are foreigners who asked your firm about buying property. I consider this a serious breach of confidentiality from a law firm that advertises its expertise in data protection.

I would like to know:
- whether you have notified the affected people and the competent authority;
- what you are doing to recall the message or limit the damage;
- what measures you will take so this does not happen again.

Isabelle Fournier
Tel. 0901 926 547""",
    label=L("complaint", "en", "Isabelle Fournier", "+84901926547", "isabelle.fournier.vn@gmail.com", None,
            "Other recipients asked to be removed; the writer herself demands explanations about a data breach (complaint), not deletion."),
),
# ---------------------------------------------------------------- 031
dict(
    n=31, client="gmail", fmt="alt", cte="base64", hdr_enc="b",
    frm=("Tôn Nữ Minh Thư", "minhthu.tonnu@gmail.com"), to="support",
    subject="Request copy of my data / xin bản sao dữ liệu cá nhân",
    date="2026-04-22 11:20:15",
    body="""Hi anh chị,

Em là Tôn Nữ Minh Thư. Năm 2024 em có dùng service tư vấn visa du học Úc của Thịnh Trí (hồ sơ đã xong rồi ạ).

Em muốn request một bản copy toàn bộ personal data mà bên mình đang lưu về em: passport scan, bảng điểm, bank statement của ba mẹ, các email trao đổi, notes của consultant... Anh chị gửi qua email này hoặc file zip có password cũng được ạ.

Sau khi xem lại em sẽ quyết định có cần nhờ bên mình xóa bớt hay không, nên hiện tại em chỉ xin bản sao thôi ạ.

SĐT của em: 0931 508 672 (Zalo).

Thanks anh chị nhiều!
Minh Thư""",
    label=L("access_request", "mixed", "Tôn Nữ Minh Thư", "+84931508672", "minhthu.tonnu@gmail.com", None,
            "Deletion is only contemplated for later ('chỉ xin bản sao thôi'); the request now is a copy of her data."),
),
# ---------------------------------------------------------------- 032
dict(
    n=32, kind="newsletter", client="bulk", hdr_enc="q",
    frm=("Bản tin Pháp luật Doanh nghiệp", "bantin@phapluatdoanhnghiep-online.vn"), to="info",
    subject="Cập nhật pháp luật tuần 16/2026: quyền xóa dữ liệu cá nhân, mức phạt mới và quyết toán thuế TNCN",
    date="2026-04-20 06:30:00",
    msgid="<20260420063000.7c1e9a2f4b@mail.phapluatdoanhnghiep-online.vn>",
    headers=[("List-Id", "Ban tin Phap luat Doanh nghiep <bantin.phapluatdoanhnghiep-online.vn>"),
             ("List-Unsubscribe", "<https://phapluatdoanhnghiep-online.vn/huy-dang-ky?e=aW5mb0B0aGluaHRyaWdyb3VwLmNvbQ>, <mailto:unsubscribe@phapluatdoanhnghiep-online.vn>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"),
             ("X-Mailer", "Sendy Campaign Mailer")],
    cte="base64",
    body="""BẢN TIN PHÁP LUẬT DOANH NGHIỆP - TUẦN 16/2026

Kính gửi Quý độc giả,

Nổi bật tuần này:
1. Luật Bảo vệ dữ liệu cá nhân: doanh nghiệp phải xử lý yêu cầu xem, chỉnh sửa, xóa dữ liệu của chủ thể dữ liệu trong thời hạn bao lâu?
2. Mức phạt mới đối với hành vi mua bán, chia sẻ trái phép dữ liệu cá nhân.
3. Hướng dẫn quyết toán thuế TNCN năm 2025 cho người lao động có nhiều nguồn thu nhập.
4. Tọa đàm trực tuyến "Hợp đồng thương mại điện tử" - 15h00 thứ Năm 23/04/2026.

Đọc toàn văn tại: phapluatdoanhnghiep-online.vn/ban-tin/tuan-16-2026

Bạn nhận được email này vì đã đăng ký nhận bản tin bằng địa chỉ info@thinhtrigroup.com.
Ngừng nhận bản tin: phapluatdoanhnghiep-online.vn/huy-dang-ky
Ban biên tập Bản tin Pháp luật Doanh nghiệp - Hotline: 024 3795 6612
""",
    html=NEWSLETTER_HTML,
    label=L("unknown", "vi", automated=True,
            note="Bulk list mail (Precedence: bulk, List-Unsubscribe); full of data-subject-rights keywords (xem, chỉnh sửa, xóa dữ liệu) but it is a newsletter."),
),
# ---------------------------------------------------------------- 033
dict(
    n=33, client="iphone", fmt="plain", cte="quoted-printable", hdr_enc="b",
    frm=("Luu Van Quy", "luuvanquy.taxi@gmail.com"), to="info",
    subject="hoi ve boi thuong tai nan giao thong",
    date="2026-04-19 22:31:47",
    body="""chao luat su
toi chay xe om cong nghe, toi 12/4 bi 1 xe o to quet trung o nga tu, gay chan phai, xe may hu nang. ben o to nhan loi va co bien ban cua csgt nhung gio ho chi dong y tra 15tr, trong khi vien phi + sua xe cua toi da hon 40tr, toi phai nghi lam it nhat 2 thang.
nho luat su tu van giup toi duoc doi boi thuong nhung khoan nao, neu ho khong chiu thi khoi kien duoc ko, phi thue luat su bao nhieu
toi dang nam vien nen nhan tin hoac goi so 0387 650 294 giup toi
cam on

Gửi từ iPhone của tôi""",
    label=L("service_request", "vi", "Luu Van Quy", "+84387650294", "luuvanquy.taxi@gmail.com", None,
            "Unaccented, lower-case text; no signature, name only from the From display."),
),
# ---------------------------------------------------------------- 034
dict(
    n=34, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Hầu Thị Kim Chi", "kimchi.hau@greenfieldedu.vn"), to="support",
    subject="Yêu cầu xóa dữ liệu nhân sự sau khi chấm dứt hợp đồng dịch vụ",
    date="2026-04-22 15:05:33",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Hầu Thị Kim Chi, Trưởng phòng Nhân sự Công ty CP Giáo dục Greenfield. Hợp đồng tư vấn lao động thường xuyên giữa hai bên đã chấm dứt từ ngày 31/03/2026 và đã thanh lý xong.

Trong thời gian hợp tác, chúng tôi đã gửi Quý Công ty nhiều hồ sơ của người lao động (hợp đồng lao động, bảng lương, hồ sơ kỷ luật, thông tin bảo hiểm xã hội) và cả thông tin cá nhân của tôi với tư cách đầu mối liên hệ.

Đề nghị Quý Công ty xóa toàn bộ các dữ liệu nêu trên khỏi hệ thống và hộp thư, trả lại các bản gốc (nếu còn), và gửi cho chúng tôi biên bản xác nhận đã xóa. Trường hợp có tài liệu bắt buộc phải lưu theo quy định, vui lòng liệt kê cụ thể.

Trân trọng,
Hầu Thị Kim Chi
Trưởng phòng Nhân sự
CÔNG TY CP GIÁO DỤC GREENFIELD
Di động: 0917 283 546
Email: kimchi.hau@greenfieldedu.vn""",
    label=L("deletion_request", "vi", "Hầu Thị Kim Chi", "+84917283546", "kimchi.hau@greenfieldedu.vn", None,
            "Business customer (HR manager) asking deletion of its employees' data and her own contact data after the retainer ended."),
),
# ---------------------------------------------------------------- 035
dict(
    n=35, client="outlookcom", fmt="html", cte="quoted-printable", hdr_enc="b",
    frm=("Ninh Văn Bình", "ninhvanbinh.nb@outlook.com"), to="support",
    subject="Khiếu nại: Luật sư không có mặt tại phiên tòa ngày 15/04",
    date="2026-04-16 08:20:41",
    body="""Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Ninh Văn Bình, nguyên đơn trong vụ tranh chấp hợp đồng thi công nhà xưởng, đã ký hợp đồng dịch vụ với Công ty để luật sư đại diện tham gia tố tụng.

Sáng 15/04/2026, phiên tòa sơ thẩm tại Tòa án nhân dân khu vực 4 - Ninh Bình mở theo đúng giấy triệu tập nhưng luật sư của Công ty không có mặt, cũng không báo trước cho tôi. Tôi phải một mình trình bày, phiên tòa bị hoãn, bị đơn còn lợi dụng thời gian này để tẩu tán máy móc.

Gọi hotline thì được trả lời "luật sư bị ốm" nhưng không có ai được cử đi thay.

Tôi yêu cầu Công ty giải trình bằng văn bản, cử luật sư khác có trách nhiệm tiếp tục vụ việc và xem xét bồi thường thiệt hại cho tôi.

Ninh Văn Bình
Di động: 0988 164 350
Địa chỉ: Số 8 đường Tràng An, Phường Hoa Lư, tỉnh Ninh Bình""",
    label=L("complaint", "vi", "Ninh Văn Bình", "+84988164350", "ninhvanbinh.nb@outlook.com",
            "Số 8 đường Tràng An, Phường Hoa Lư, tỉnh Ninh Bình",
            "HTML-only. Asking for another lawyer is part of the complaint remedy, not a new service request."),
),
# ---------------------------------------------------------------- 036
dict(
    n=36, client="gmail", fmt="alt", cte="base64", hdr_enc="b",
    frm=("Nguyễn Văn Tèo", "teonguyen.1990@gmail.com"), to="support",
    subject="Cập nhật họ tên sau khi đổi tên trong hồ sơ khách hàng",
    date="2026-04-23 09:40:12",
    body="""Kính gửi Công ty,

Tôi là khách hàng đang được Công ty hỗ trợ thủ tục xin cấp giấy phép kinh doanh dịch vụ lữ hành nội địa. Trong hồ sơ và hợp đồng dịch vụ, tôi đứng tên Nguyễn Văn Tèo.

Tháng 3/2026 tôi đã làm thủ tục thay đổi họ tên và được Ủy ban nhân dân phường cấp trích lục thay đổi hộ tịch; tên mới của tôi là Nguyễn Minh Khang. CCCD mới cũng đã được cấp theo tên này.

Đề nghị Công ty cập nhật họ tên mới trong hồ sơ khách hàng, hợp đồng và các giấy tờ đang soạn để nộp Sở, tránh trường hợp tên trên hồ sơ không khớp với CCCD. Tôi sẽ gửi bản chụp trích lục và CCCD mới nếu Công ty cần.

Email và số điện thoại 0964 807 213 vẫn giữ nguyên.

Trân trọng,
Nguyễn Minh Khang""",
    label=L("correction_request", "vi", "Nguyễn Minh Khang", "+84964807213", "teonguyen.1990@gmail.com", None,
            "Legal name change: the From display and the records show the old name Nguyễn Văn Tèo; the sender's current name (and signature) is Nguyễn Minh Khang."),
),
# ---------------------------------------------------------------- 037
dict(
    n=37, client="gmail", fmt="alt", cte="8bit", hdr_enc="b", tz="-0700",
    frm=("Kevin Dinh", "kevin.dinh.sj@gmail.com"), to="info",
    subject="Mua nhà ở VN cho người Việt định cư ở Mỹ - need advice",
    date="2026-04-22 19:12:08",
    body="""Hi Thịnh Trí,

Em là Đinh Quang Khải (Kevin), US citizen, sinh ra ở Sài Gòn và qua Mỹ từ năm 2005. Em vẫn còn giữ passport Việt Nam đã hết hạn và giấy khai sinh gốc.

Em đang tính mua một căn apartment ở Thủ Đức để ba mẹ em ở, khoảng 4-5 tỷ. Em có mấy câu hỏi:
- Với passport Mỹ thì em có được đứng tên sổ hồng như công dân VN không, hay phải làm giấy xác nhận có quốc tịch Việt Nam / gốc Việt Nam trước?
- Có nên giữ quốc tịch VN không, procedure thế nào?
- Chuyển tiền từ Mỹ về để thanh toán thì cần giấy tờ gì để hợp lệ?

Em sẽ về VN từ 10/05 đến 30/05, muốn book một buổi gặp trực tiếp trong thời gian đó. Trong thời gian ở VN em dùng số 0857 193 604.

Thanks so much,
Kevin Khải Đinh""",
    label=L("service_request", "mixed", "Đinh Quang Khải", "+84857193604", "kevin.dinh.sj@gmail.com", None,
            "Overseas Vietnamese; the VN number is the one he gives for contact. Name as written in the body (From display is 'Kevin Dinh')."),
),
# ---------------------------------------------------------------- 038
dict(
    n=38, client="outlookcom", fmt="plain", cte="7bit", hdr_enc="b", tz="+0800",
    frm=("Edward Chan", "edward.chan.hk@outlook.com"), to="info",
    subject="Legal representation needed - debt recovery from Vietnamese buyer",
    date="2026-04-23 03:17:45",
    body="""Dear Counsel,

I am Edward Chan, director of Kingsway Industrial Supplies Ltd., Hong Kong. A Vietnamese customer, Phu Gia Trading Co., owes us USD 486,700 under a supply contract and has agreed to settle after receiving a demand letter from a local law firm.

We would like to retain your firm for this matter. The debtor has confirmed it will pay directly to your client trust account; you will deduct your fee of 10% and remit the balance to us. Time is of the essence as the debtor's CFO is travelling next week.

Kindly send your retainer agreement and your firm's bank account details by return email. For security reasons please reply only to my private address: edwardchan.kingsway@gmail.com

Best regards,
Edward Chan
Director, Kingsway Industrial Supplies Ltd.""",
    label=L("unknown", "en", "Edward Chan", None, "edwardchan.kingsway@gmail.com", None,
            "Typical debt-collection / trust-account scam aimed at law firms; looks like a service request but is spam. The reply-to address in the body wins over From."),
),
# ---------------------------------------------------------------- 039
dict(
    n=39, client="thunderbird", fmt="plain", cte="7bit", hdr_enc="b", reply=True,
    frm=("Rafael Costa", "rafael.costa.vn@gmail.com"), to="info",
    subject="Re: Following up on your enquiry about company registration",
    date="2026-04-26 21:02:16",
    body="""Hello,

Please stop calling me. I have had four calls from your sales team in the past two weeks, the last one at 8:40 pm on a Sunday. As I told your colleague on the phone, I decided not to go ahead and I used another provider.

I want my phone number (0912 745 380) and my other details deleted from your customer and marketing lists, and I do not want to be contacted again, by phone or by email. Please confirm by email once it is done.

Rafael Costa""",
    quote=dict(style="tb", attr="On 21/04/2026 10:05, Thinh Tri Group wrote:",
        text="""Dear Mr. Costa,

Thank you for your interest in our company registration services. We tried to reach you by phone several times but could not get through.

Our package for foreign-owned trading companies (IRC + ERC + seal) is available at 15% off until 30 April. Please let us know a convenient time to call you back, or contact our hotline 1800 63 65.

Best regards,
Thinh Tri Group
57-59 Vo Thi Sau, Vo Thi Sau Ward, District 3, Ho Chi Minh City"""),
    label=L("deletion_request", "en", "Rafael Costa", "+84912745380", "rafael.costa.vn@gmail.com", None,
            "Annoyed tone, but the request is to delete his number/details and stop contacting him (deletion). The phone is his own number; the quote is the firm's sales follow-up with its hotline."),
),
# ---------------------------------------------------------------- 040
dict(
    n=40, client="gmail", fmt="alt", cte="quoted-printable", hdr_enc="b", reply=True,
    frm=("Mẫn Thị Hoài Thương", "hoaithuong.man@gmail.com"), to="support",
    subject="Re: Về yêu cầu cung cấp bản sao thông tin cá nhân",
    date="2026-04-22 20:35:58",
    body="""Chào anh chị bộ phận CSKH,

Như anh chị yêu cầu ở email dưới, tôi xin bổ sung thông tin để xác minh danh tính:
- Họ tên: Mẫn Thị Hoài Thương
- Ngày sinh: 03/11/1987
- Số điện thoại đăng ký khi sử dụng dịch vụ: 0394 615 728
- Vụ việc: tư vấn thủ tục đơn phương ly hôn, tháng 9/2025, luật sư phụ trách LS. Kha Minh Nhật

Đề nghị Công ty gửi cho tôi bản sao các thông tin cá nhân và tài liệu Công ty đang lưu về tôi như đã yêu cầu. Bản sao xin gửi vào chính email này.

Trân trọng,
Mẫn Thị Hoài Thương""",
    quote=dict(style="gmail",
        attr="Vào Th 4, 22 thg 4, 2026 vào lúc 09:12 Thinh Tri Support <support@thinhtrigroup.com> đã viết:",
        text="""Kính gửi chị Thương,

Thịnh Trí đã nhận được yêu cầu cung cấp bản sao thông tin cá nhân của chị. Để bảo đảm an toàn dữ liệu, trước khi gửi bản sao chúng tôi cần xác minh chị là chủ thể dữ liệu. Chị vui lòng phản hồi email này và cung cấp: họ tên đầy đủ, ngày sinh, số điện thoại đã đăng ký và vụ việc đã sử dụng dịch vụ.

Nếu cần hỗ trợ, chị vui lòng liên hệ hotline 1800 63 65.

Trân trọng,
Bộ phận Chăm sóc khách hàng
""" + FIRM_SIG_VI + """

Vào Th 3, 21 thg 4, 2026 vào lúc 17:48 Mẫn Thị Hoài Thương <hoaithuong.man@gmail.com> đã viết:
> Kính gửi Công ty,
> Tôi đề nghị Công ty gửi cho tôi bản sao toàn bộ thông tin cá nhân và hồ sơ tư vấn mà Công ty đang lưu về tôi.
> Mẫn Thị Hoài Thương"""),
    label=L("access_request", "vi", "Mẫn Thị Hoài Thương", "+84394615728", "hoaithuong.man@gmail.com", None,
            "Thread: reply supplying identity details the firm asked for, re-stating the access request. Quoted firm reply has the hotline; the lawyer named is firm staff."),
),
# ---------------------------------------------------------------- 041
dict(
    n=41, client="outlookcom", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Văn Thị Ngọc Ánh", "ngocanh.van@outlook.com"), to="support",
    subject="Thông tin hồ sơ của tôi bị gửi cho người lạ - yêu cầu giải trình",
    date="2026-04-21 13:14:26",
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Văn Thị Ngọc Ánh, đang được Công ty tư vấn vụ tranh chấp với công ty tài chính về khoản vay tiêu dùng.

Hôm 20/04, một người lạ nhắn Zalo cho tôi, gửi kèm ảnh chụp bảng tổng hợp hồ sơ của tôi có logo Thịnh Trí: họ tên, CCCD, số tài khoản, lịch sử trả nợ và nhận xét của luật sư. Người này nói nhận được file qua email của Công ty "gửi nhầm". Tôi vô cùng hoảng hốt vì trong đó có cả thông tin gia đình tôi.

Tôi yêu cầu Công ty:
1. Giải trình bằng văn bản việc gửi nhầm này xảy ra như thế nào, đã gửi cho những ai;
2. Liên hệ người nhận để yêu cầu xóa file và cam kết không phát tán;
3. Có biện pháp khắc phục và bồi thường cho tôi.

Sau khi vụ việc của tôi kết thúc, đề nghị Công ty xóa toàn bộ dữ liệu của tôi.

Văn Thị Ngọc Ánh
SĐT: 0765 203 941""",
    label=L("complaint", "vi", "Văn Thị Ngọc Ánh", "+84765203941", "ngocanh.van@outlook.com", None,
            "Data-leak complaint demanding explanation and compensation; the deletion request at the end is secondary and deferred until the case ends, so the dominant intent is complaint."),
),
# ---------------------------------------------------------------- 042
dict(
    n=42, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="q",
    frm=("Cao Thị Thu Sương", "suong.cao@ankhangpharma.com.vn"), to="info",
    subject="Đề nghị báo giá đào tạo nội bộ về Luật Bảo vệ dữ liệu cá nhân",
    date="2026-04-23 14:02:51",
    body="""Kính gửi Công ty Luật Thịnh Trí,

Tôi là Cao Thị Thu Sương, Trưởng phòng Hành chính - Nhân sự Công ty CP Dược phẩm An Khang (khoảng 450 nhân viên, 3 chi nhánh).

Công ty chúng tôi đang rà soát việc tuân thủ Luật Bảo vệ dữ liệu cá nhân và các văn bản hướng dẫn, vì thường xuyên xử lý dữ liệu sức khỏe của khách hàng và dữ liệu nhân sự. Chúng tôi muốn thuê Quý Công ty:
1. Tổ chức 02 buổi đào tạo nội bộ (khoảng 60 người/buổi) cho các trưởng bộ phận về quyền của chủ thể dữ liệu: yêu cầu truy cập, chỉnh sửa, xóa dữ liệu; xử lý vi phạm và thông báo sự cố;
2. Rà soát, soạn mẫu chính sách bảo mật và mẫu văn bản đồng ý xử lý dữ liệu cho người lao động.

Đề nghị Quý Công ty gửi đề xuất nội dung, chi phí và thời gian có thể triển khai trong tháng 5/2026.

Trân trọng,
Cao Thị Thu Sương
Trưởng phòng HC-NS
Công ty CP Dược phẩm An Khang
Điện thoại: (028) 3864 2917 - máy lẻ 112
Di động: 0903 926 148""",
    label=L("service_request", "vi", "Cao Thị Thu Sương", "+84903926148", "suong.cao@ankhangpharma.com.vn", None,
            "Full of data-protection keywords (truy cập, chỉnh sửa, xóa dữ liệu) but it is a request to buy training/consulting. Her own number is the mobile; the (028) line with extension is the company switchboard."),
),
# ---------------------------------------------------------------- 043
dict(
    n=43, client="gmail", fmt="alt", cte="7bit", hdr_enc="b",
    frm=("Arjun Mehta", "arjun.mehta.hcm@gmail.com"), to="support",
    subject="Correction to my details - work permit file WP-2026-0871",
    date="2026-04-24 08:22:37",
    body="""Dear Support team,

I received the draft application forms for my work permit (your file ref. WP-2026-0871) yesterday. Two of my details are incorrect in your records:

- Passport number: should be Z6419027 (the forms show Z6149027);
- Nationality is shown as "Indonesian" - I am Indian.

Could you please correct these in your system and in the forms before they are submitted? My date of birth, address and phone number (0898 432 617) are correct.

Thank you,
Arjun Mehta""",
    label=L("correction_request", "en", "Arjun Mehta", "+84898432617", "arjun.mehta.hcm@gmail.com", None),
),
# ---------------------------------------------------------------- 044
dict(
    n=44, client="outlook", fmt="plain", cte="quoted-printable", hdr_enc="b", reply=True,
    frm=("Diệp Thị Hồng Vân", "van.diep@vinastarbuild.vn"), to="info",
    subject="Automatic reply: Xác nhận đã xóa dữ liệu cá nhân theo yêu cầu của Quý khách",
    date="2026-04-24 16:40:09",
    headers=[("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")],
    body="""Xin chào,
Tôi đang nghỉ thai sản đến hết ngày 31/07/2026 và không kiểm tra email. Các vấn đề về nhân sự xin gửi cho anh Mạch Minh Trí (tri.mach@vinastarbuild.vn, 0909 331 507).

Hello,
I am on maternity leave until 31 July 2026 with no access to email. For HR matters, please contact Mr. Mach Minh Tri (tri.mach@vinastarbuild.vn, +84 909 331 507).

Diệp Thị Hồng Vân""",
    label=L("unknown", "mixed", automated=True,
            note="Bilingual out-of-office reply to the firm's deletion confirmation; the subject contains deletion keywords. The colleague's phone/email are not a contact."),
),
# ---------------------------------------------------------------- 045
dict(
    n=45, client="iphone", fmt="plain", cte="quoted-printable", hdr_enc="b",
    frm=("La Thị Kim Ngân", "kimngan.la95@gmail.com"), to="info",
    subject="Rút lại đồng ý nhận thông tin và đề nghị xóa số điện thoại",
    date="2026-04-25 07:51:20",
    body="""Chào Thịnh Trí,

Tháng trước tôi có điền form "Đăng ký tư vấn miễn phí về hợp đồng thuê nhà" trên Facebook của Công ty. Tôi đã được tư vấn xong và không có nhu cầu gì thêm.

Hiện tôi vẫn nhận tin nhắn SMS và Zalo giới thiệu dịch vụ gần như mỗi ngày. Tôi rút lại sự đồng ý đã đánh dấu trong form và đề nghị Công ty xóa số điện thoại 0326 917 458, họ tên và email của tôi khỏi danh sách tiếp thị cũng như hệ thống khách hàng.

La Thị Kim Ngân

Gửi từ iPhone của tôi""",
    label=L("deletion_request", "vi", "La Thị Kim Ngân", "+84326917458", "kimngan.la95@gmail.com", None,
            "Withdrawal of consent plus deletion; the number to delete is her own."),
),
# ---------------------------------------------------------------- 046
dict(
    n=46, client="oe", fmt="plain", cte="quoted-printable", charset="windows-1258",
    hdr_charset="windows-1258", hdr_enc="q",
    frm=("Tiêu Văn Khương", "khuong.tieu1958@yahoo.com.vn"), to="support",
    subject="Khiếu nại về việc tư vấn sai dẫn đến bị phạt thuế",
    date="2026-04-24 07:15:33",
    headers=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
             ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Tiêu Văn Khương, chủ hộ kinh doanh vật liệu xây dựng tại Vĩnh Long. Tháng 10/2025 tôi có trả phí để Công ty tư vấn việc chuyển từ nộp thuế khoán sang kê khai. Nhân viên tư vấn khẳng định hộ của tôi chưa bắt buộc dùng hóa đơn điện tử khởi tạo từ máy tính tiền và không cần đăng ký gì thêm.

Tháng 3/2026 cơ quan thuế kiểm tra và xử phạt tôi 18.500.000 đồng vì không đăng ký sử dụng hóa đơn điện tử theo quy định. Tôi đã gửi cho Công ty bản chụp quyết định xử phạt từ ngày 25/03 nhưng đến nay chưa có ai trả lời.

Tôi đề nghị Công ty xem xét lại trách nhiệm về nội dung tư vấn sai, hoàn trả phí tư vấn và hỗ trợ một phần tiền phạt. Xin gọi cho tôi qua số 0913 745 086.

Tiêu Văn Khương""",
    label=L("complaint", "vi", "Tiêu Văn Khương", "+84913745086", "khuong.tieu1958@yahoo.com.vn", None,
            "Body and From header are windows-1258 with combining tone marks; compare after NFC normalisation."),
),
# ---------------------------------------------------------------- 047
dict(
    n=47, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Samantha Ho (EA to CEO)", "samantha.ho@brightwave-solar.com"), to="info",
    cc=["Ravi Subramaniam <ravi.s@brightwave-solar.com>"],
    subject="Meeting request - review of EPC contract for rooftop solar project",
    date="2026-04-21 09:58:44",
    body="""Dear Thinh Tri team,

I am writing on behalf of Mr. Ravi Subramaniam, CEO of Brightwave Solar Vietnam. We are about to sign an EPC contract for a 4.8 MWp rooftop solar project at an industrial park in Bac Ninh and would like your firm to review the draft contract (approx. 90 pages, English/Vietnamese bilingual) and advise on the licensing requirements for rooftop self-consumption.

Mr. Subramaniam would like a one-hour meeting with one of your energy lawyers next week, either at your office or online. He is available on Tuesday 28 April in the afternoon or Wednesday 29 April in the morning.

Please coordinate the meeting and send your fee proposal to me directly - I manage his calendar. You can reach me at +84 936 207 519.

Kind regards,
Samantha Ho
Executive Assistant to the CEO
Brightwave Solar Vietnam Co., Ltd.""",
    label=L("service_request", "en", "Samantha Ho", "+84936207519", "samantha.ho@brightwave-solar.com", None,
            "Written by the CEO's assistant on his behalf (CEO in Cc); she asks to be the point of contact, so the contact is the assistant, not the CEO."),
),
# ---------------------------------------------------------------- 048
dict(
    n=48, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Choi Min-jun", "minjun.choi@hanulpack.co.kr"), to="info",
    subject="Data subject request - copies and list of recipients",
    date="2026-04-27 10:11:05",
    body="""Dear Sir or Madam,

In 2025 your firm handled my application for a temporary residence card and the related work permit, arranged through my employer, Hanul Packaging Vietnam.

I understand that for this purpose my passport, health certificate, criminal record certificate and degree were translated and notarised, and possibly shared with translation agencies and other service providers.

I kindly request:
1. a copy of all personal data about me that your firm holds; and
2. a list of all third parties (translation offices, notaries, couriers or others) to whom my data was disclosed, with the date of disclosure.

Please send the information to this email address. I can also be contacted at my office in Hanoi on (024) 3771 5820.

Best regards,
Choi Min-jun
Production Director
Hanul Packaging Vietnam""",
    label=L("access_request", "en", "Choi Min-jun", "+842437715820", "minjun.choi@hanulpack.co.kr", None,
            "Landline given as the sender's own office number (E.164 +84 24...)."),
),
# ---------------------------------------------------------------- 049
dict(
    n=49, client="outlook", fmt="alt", cte="quoted-printable", hdr_enc="b",
    frm=("Mông Thị Ngọc Diễm", "diem.mong@phucangarment.vn"), to=("Hạnh Kế toán", "info@thinhtrigroup.com"),
    subject="Bảng lương + BHXH tháng 04/2026 - Phúc An",
    date="2026-04-28 17:26:14",
    attach=[("BangLuong_BHXH_T04_2026_PhucAn.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")],
    body="""Chị Hạnh ơi,

Em gửi chị file bảng lương và bảng trích BHXH tháng 4/2026 của công ty để chị đối chiếu trước khi chốt quyết toán quý. Có 2 bạn mới vào giữa tháng (Nông Văn Hậu và Lục Thị Thắm) em đã tính lương theo ngày công thực tế.

Chị kiểm tra giúp em, có gì chị gọi em nhé.

Thanks chị,
Mông Thị Ngọc Diễm
Kế toán tổng hợp - Công ty TNHH May mặc Phúc An
ĐT: 0918 624 309""",
    label=L("unknown", "vi", "Mông Thị Ngọc Diễm", "+84918624309", "diem.mong@phucangarment.vn", None,
            "Misdirected mail: an accountant sent payroll to 'chị Hạnh' (an outside accountant) but the address book mapped the name to the firm's info@ address. No request to the firm; employee names are not contacts."),
),
# ---------------------------------------------------------------- 050
dict(
    n=50, client="oe", fmt="plain", cte="quoted-printable", charset="windows-1258",
    hdr_charset="windows-1258", hdr_enc="b",
    frm=("Kim Thị Thanh Mai", "thanhmai.kim1965@yahoo.com.vn"), to="support",
    subject="Thay đổi địa chỉ liên lạc",
    date="2026-04-29 08:03:47",
    headers=[("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
             ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    body="""Kính gửi Công ty Thịnh Trí,

Tôi là Kim Thị Thanh Mai, đang nhờ Công ty làm thủ tục khai nhận di sản thừa kế của chồng tôi.

Trước đây tôi đăng ký địa chỉ nhận giấy tờ là 41 Lê Lợi, Phường Phú Lợi, TP.HCM. Nay tôi đã chuyển về ở với con gái tại địa chỉ mới: 19/3 Nguyễn Thị Minh Khai, Phường Bến Thành, TP.HCM. Đề nghị Công ty sửa lại địa chỉ trong hồ sơ để các giấy tờ, thư mời ký văn bản sau này gửi về địa chỉ mới.

Số điện thoại của tôi không đổi: 0908 351 672.

Xin cảm ơn.
Kim Thị Thanh Mai""",
    label=L("correction_request", "vi", "Kim Thị Thanh Mai", "+84908351672", "thanhmai.kim1965@yahoo.com.vn",
            "19/3 Nguyễn Thị Minh Khai, Phường Bến Thành, TP.HCM",
            "Old address 41 Lê Lợi also present; contact address is the new one. Body and headers are windows-1258 with combining tone marks; compare after NFC."),
),
]
