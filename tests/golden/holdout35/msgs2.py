# Message data for h35_026 .. h35_050 (see make.py for the field meanings).
from msgs import L

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Điểm tin pháp luật tuần 16/2026</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#0b3d6e;color:#fff;padding:18px 24px;font-size:18px;font-weight:bold;">PHÁP LÝ SỐ - ĐIỂM TIN PHÁP LUẬT TUẦN 16/2026</td></tr>
<tr><td style="padding:20px 24px;">
<p>Kính gửi Quý độc giả,</p>
<p><b>1.</b> Hướng dẫn mới về quyền yêu cầu xóa, chỉnh sửa dữ liệu cá nhân của chủ thể dữ liệu: doanh nghiệp cần chuẩn bị gì?</p>
<p><b>2.</b> Hộ kinh doanh chuyển sang kê khai thuế: lộ trình và các mốc cần lưu ý trong quý II/2026.</p>
<p><b>3.</b> Tổng hợp văn bản quy phạm pháp luật có hiệu lực từ tháng 5/2026.</p>
<p><a href="https://phaplyso.vn/diem-tin/tuan-16-2026" style="color:#0b3d6e;">Đọc chi tiết trên website</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #e5e5e5;">
Bạn nhận được email này vì đã đăng ký nhận bản tin Pháp Lý Số bằng địa chỉ info@thinhtrigroup.com.<br>
<a href="https://phaplyso.vn/unsubscribe?u=a81f3c&amp;l=info%40thinhtrigroup.com" style="color:#777;">Hủy đăng ký</a>
</td></tr>
</table>
</td></tr>
</table>
</body></html>
"""

MSGS = [
# ---------------------------------------------------------------------------------------------- 026
{
    "id": 26, "client": "outlook", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Huỳnh Mỹ Linh", "linh.huynh@saoviet-logistics.vn"), "to": "support",
    "subject": "Update email & phone liên hệ - Huỳnh Mỹ Linh",
    "date": "2026-04-21 08:47:21",
    "body": """Hi anh chị,

Em là Huỳnh Mỹ Linh (Linda), đang được bên mình hỗ trợ vụ tranh chấp tiền đặt cọc mua đất ở Long An. Em sắp nghỉ việc ở Sao Việt Logistics nên email công ty này sẽ bị khóa vào cuối tháng.

Nhờ team update giúp em thông tin liên hệ trong hồ sơ:
- Email mới: linda.huynh.ml@gmail.com
- Số điện thoại mới: 0768 245 913

Từ giờ mọi thông báo, invoice anh chị gửi qua email mới giúp em nhé. Thanks a lot!

Best regards,
Huỳnh Mỹ Linh
Senior Customer Service Executive
Sao Viet Logistics Co., Ltd.
T: (028) 3822 5106 | M: 0768 245 913""",
    "label": L("correction_request", "mixed", "Huỳnh Mỹ Linh", "+84768245913", "linda.huynh.ml@gmail.com",
               note="New personal email in the body differs from the (soon closed) work From address; the office "
                    "line in the signature is not the contact phone."),
},
# ---------------------------------------------------------------------------------------------- 027
{
    "id": 27, "client": "outlook", "fmt": "alt", "cte": "7bit",
    "frm": ("Emily Tran", "emily.tran@daesungvina.com"), "to": "info",
    "subject": "Work permit & TRC renewal for our General Director and 2 engineers",
    "date": "2026-04-21 10:12:40",
    "body": """Dear Thinh Tri Legal,

I am the executive assistant to Mr. Park Jun-ho, General Director of Daesung Vina Co., Ltd. in Bac Ninh, and I am writing on his behalf.

Mr. Park's work permit and temporary residence card both expire on 30 June 2026. Two of our Korean engineers, Mr. Kim Tae-woo and Mr. Lee Seung-min, also need new work permits because they are being transferred to our Hai Phong plant.

Could you send us a quotation and the list of documents required for the three cases? Please contact me directly to arrange a meeting, as Mr. Park's schedule is handled through me.

Best regards,
Emily Tran
Executive Assistant to the General Director
Daesung Vina Co., Ltd.
Mobile: 0908 713 542""",
    "label": L("service_request", "en", "Emily Tran", "+84908713542", "emily.tran@daesungvina.com",
               note="Written by an assistant on behalf of her director; she asks to be contacted directly, so she is "
                    "the contact (not Mr. Park Jun-ho)."),
},
# ---------------------------------------------------------------------------------------------- 028
{
    "id": 28, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Tạ Thị Bích Hằng", "bichhang.ta@gmail.com"), "to": "info",
    "subject": "Đề nghị xóa hồ sơ tư vấn quyền nuôi con",
    "date": "2026-04-21 21:30:57",
    "body": """Kính gửi Công ty,

Tôi là Tạ Thị Bích Hằng. Tháng 11/2025 tôi được luật sư bên Công ty tư vấn về việc ly hôn và giành quyền nuôi con gái là cháu Nguyễn Tạ Bảo An (7 tuổi). Hiện vợ chồng tôi đã hàn gắn và không ly hôn nữa.

Vì đây là chuyện rất riêng tư của gia đình, tôi đề nghị Công ty xóa toàn bộ hồ sơ liên quan đến tôi và con gái: phiếu thông tin, bản sao giấy khai sinh của cháu, ghi chú buổi tư vấn và các tin nhắn trao đổi. Sau khi xóa xong, xin nhắn cho tôi một tin xác nhận vào số 0911 283 406.

Trân trọng,
Tạ Thị Bích Hằng""",
    "label": L("deletion_request", "vi", "Tạ Thị Bích Hằng", "+84911283406", "bichhang.ta@gmail.com",
               note="The daughter's name (Nguyễn Tạ Bảo An) also appears; the sender is Tạ Thị Bích Hằng."),
},
# ---------------------------------------------------------------------------------------------- 029
{
    "id": 29, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Võ Thành Nhân", "vothanhnhan.ag@gmail.com"), "to": ("Thịnh Trí Group", "info@thinhtrigroup.com"),
    "subject": "Re: Phản hồi câu hỏi về chia thừa kế quyền sử dụng đất",
    "date": "2026-04-22 06:55:03", "reply": True,
    "body": """Chào anh Nam,

Cảm ơn anh đã giải thích. Gia đình tôi đã họp và 4 anh em thống nhất để tôi đứng ra làm thủ tục khai nhận di sản, rồi tặng cho lại phần đất vườn cho em út như anh hướng dẫn. Nhờ Công ty nhận làm trọn gói giúp gia đình.

Anh gửi giúp tôi danh sách giấy tờ cần chuẩn bị và báo phí. Nếu cần luật sư xuống gặp cả nhà thì tôi ở tại 63 Hà Hoàng Hổ, Phường Long Xuyên, tỉnh An Giang, anh gọi trước cho tôi số 0946 735 208.

Võ Thành Nhân""",
    "quote": {"style": "prefix",
              "intro": "Vào Th 2, 20 thg 4, 2026 vào lúc 16:10 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
              "text": """Kính gửi ông Nhân,

Theo thông tin ông cung cấp, mảnh đất do cha mẹ ông để lại không có di chúc nên sẽ được chia theo pháp luật cho những người thừa kế hàng thứ nhất. Các đồng thừa kế có thể lập văn bản thỏa thuận phân chia di sản hoặc văn bản từ chối nhận di sản tại tổ chức hành nghề công chứng.

Nếu ông cần Công ty hỗ trợ trọn gói, ông có thể trả lời thư này hoặc liên hệ tổng đài 1800 63 65.

Trân trọng,
Lê Hoài Nam
Chuyên viên pháp lý
Công ty Hệ Thống Luật TNHH Thịnh Trí
57-59 Võ Thị Sáu, P.Võ Thị Sáu, Q.3, Tp.HCM"""},
    "label": L("service_request", "vi", "Võ Thành Nhân", "+84946735208", "vothanhnhan.ag@gmail.com",
               "63 Hà Hoàng Hổ, Phường Long Xuyên, tỉnh An Giang",
               note="Reply; only the top part is new. Quoted firm signature has the firm's hotline and address, not "
                    "the sender's."),
},
# ---------------------------------------------------------------------------------------------- 030
{
    "id": 30, "client": "gmail", "fmt": "alt", "cte": "7bit",
    "frm": ("Marco Bianchi", "marco.bianchi.vn@gmail.com"), "to": "support",
    "subject": "Translation errors cost me my visa appointment",
    "date": "2026-04-22 11:18:26",
    "body": """Dear Thinh Tri,

I paid your firm VND 4,200,000 for certified translations of our marriage certificate, my wife's birth certificate and her criminal record check for her family visa application to Italy. When we submitted them at the consulate on 16 April, they were rejected because my wife's name was misspelled on two documents and the date of our marriage was wrong.

We now have to wait until June for a new appointment, and we had already booked flights. This is not a small typo that can simply be fixed - your mistake has cost us time and money.

I expect a full refund of the translation fee, corrected translations at no cost, and compensation for the flight change fee (VND 3,150,000, receipts available). Please reply with your proposal by the end of this week.

Marco Bianchi
Mobile: 0868 731 425""",
    "label": L("complaint", "en", "Marco Bianchi", "+84868731425", "marco.bianchi.vn@gmail.com",
               note="Also asks for corrected translations, but the dominant intent is a complaint with refund and "
                    "compensation demands; the misspelled name is on translated documents, not in the firm's "
                    "records about the sender."),
},
# ---------------------------------------------------------------------------------------------- 031
{
    "id": 31, "client": "gmail", "fmt": "plain", "cte": "7bit",
    "frm": ("Truong Mai Xuan", "maixuantruong.bd@gmail.com"), "to": "info",
    "subject": "yeu cau cung cap thong tin ca nhan dang luu",
    "date": "2026-04-22 15:05:44",
    "body": """Chao cong ty,
Toi ten Mai Xuan Truong. Thang 2/2026 toi co goi hotline va sau do duoc tu van qua dien thoai 2 lan ve viec tranh chap voi cong ty bao hiem, nhan vien co noi cuoc goi duoc ghi am.
Toi de nghi cong ty cung cap cho toi:
- danh sach thong tin ca nhan cua toi ma cong ty dang luu;
- ban sao file ghi am cac cuoc goi tu van do;
- ban ghi chu noi dung tu van (neu co).
Toi can de doi chieu lai voi ben bao hiem. Gui qua email nay hoac lien he 0362 147 958.
Mai Xuan Truong""",
    "label": L("access_request", "vi", "Mai Xuan Truong", "+84362147958", "maixuantruong.bd@gmail.com",
               note="From display 'Truong Mai Xuan' reverses the order; the name as the sender writes it is "
                    "'Mai Xuan Truong'."),
},
# ---------------------------------------------------------------------------------------------- 032
{
    "id": 32, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Đoàn Thị Hoài Thương", "hoaithuong.doan@gmail.com"), "to": "info",
    "subject": "Re: Gửi bản hợp đồng thuê mặt bằng đã chỉnh sửa",
    "date": "2026-04-23 09:12:18", "reply": True,
    "body": """Dạ em nhận được file rồi ạ. Em cảm ơn chị Phương và luật sư nhiều, hợp đồng sửa rất kỹ. Chúc cả team cuối tuần vui vẻ ạ!

Hoài Thương""",
    "quote": {"style": "prefix",
              "intro": "Vào Th 4, 22 thg 4, 2026 vào lúc 17:25 Thịnh Trí Group <info@thinhtrigroup.com> đã viết:",
              "text": """Chào chị Thương,

Công ty gửi chị bản hợp đồng thuê mặt bằng đã chỉnh sửa theo góp ý của luật sư (các thay đổi được đánh dấu màu đỏ). Chị xem và phản hồi nếu cần điều chỉnh thêm.

Nếu cần hỗ trợ thêm, chị vui lòng liên hệ tổng đài 1800 63 65.

Trân trọng,
Đặng Mai Phương
Bộ phận Chăm sóc khách hàng
Công ty Hệ Thống Luật TNHH Thịnh Trí"""},
    "label": L("unknown", "vi", "Đoàn Thị Hoài Thương", None, "hoaithuong.doan@gmail.com",
               note="Thanks-only reply with no request. The full name is only in the From display (the signature "
                    "is the given name); the quoted firm text has the firm's hotline."),
},
# ---------------------------------------------------------------------------------------------- 033
{
    "id": 33, "client": "iphone", "fmt": "plain", "cte": "7bit",
    "frm": ("Loc Thai", "thaibaloc85@gmail.com"), "to": "info",
    "subject": "xoa so dien thoai cua toi",
    "date": "2026-04-23 13:40:29",
    "body": """Chao cong ty,
Toi ten Thai Ba Loc. Tuan roi co nhan vien cua cong ty goi cho toi, noi la duoc ban toi gioi thieu, hoi toi co can tu van thanh lap doanh nghiep khong. Toi khong he dong y cho ban toi dua so cua toi, va toi cung khong co nhu cau.
Toi khong trach gi cong ty, chi nho cong ty xoa so 0823 605 147 va ten toi khoi danh sach khach hang tiem nang, dung goi hay nhan tin nua.
Cam on.

Sent from my iPhone""",
    "label": L("deletion_request", "vi", "Thai Ba Loc", "+84823605147", "thaibaloc85@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 034
{
    "id": 34, "client": "gmail", "fmt": "alt", "cte": "7bit",
    "frm": ("Rohan Mehta", "rohan.mehta.hcm@gmail.com"), "to": "info",
    "subject": "Need help getting my personal data removed from a website",
    "date": "2026-04-23 19:22:51",
    "body": """Hello,

A Facebook page and a Vietnamese forum have published my photo, full name, phone number and the name of my employer, falsely claiming that I owe money to a local business. The posts are being shared and my employer has received messages about it.

I would like your firm to act for me: send takedown requests or a formal legal notice to the page administrators and the forum, and advise whether I can file a complaint under the personal data protection law or for defamation.

Please let me know the process and your fees. I can come to your office any afternoon next week, or call me on 0903 418 672.

Regards,
Rohan Mehta""",
    "label": L("service_request", "en", "Rohan Mehta", "+84903418672", "rohan.mehta.hcm@gmail.com",
               note="Asks the firm to act against third parties publishing his data; a service request, not a "
                    "request about data the firm holds."),
},
# ---------------------------------------------------------------------------------------------- 035
{
    "id": 35, "client": "yahoo", "fmt": "html", "cte": "quoted-printable", "henc": "Q",
    "frm": ("Phùng Thị Diễm Quỳnh", "diemquynh.phung@yahoo.com"), "to": "support",
    "subject": "Sửa lại tên trong hồ sơ và bản thảo hợp đồng",
    "date": "2026-04-24 08:20:35",
    "body": """Kính gửi anh/chị,

Tôi là Phùng Thị Diễm Quỳnh, đang được Công ty hỗ trợ soạn hợp đồng chuyển nhượng nhà đất.

Trong bản thảo hợp đồng và phiếu thông tin khách hàng anh/chị gửi hôm qua, tên tôi bị ghi là "Phùng Thị Diễm Quình". Tên đúng là Quỳnh (Q-U-Ỳ-N-H). Nhờ anh/chị sửa lại trong hồ sơ khách hàng và trong bản thảo trước khi gửi cho bên mua xem.

Cảm ơn anh/chị.
Phùng Thị Diễm Quỳnh
0984 527 031""",
    "label": L("correction_request", "vi", "Phùng Thị Diễm Quỳnh", "+84984527031", "diemquynh.phung@yahoo.com",
               note="Misspelled variant 'Phùng Thị Diễm Quình' also appears."),
},
# ---------------------------------------------------------------------------------------------- 036
{
    "id": 36, "client": "oe", "fmt": "plain", "cte": "quoted-printable", "charset": "windows-1258", "henc": "B",
    "frm": ("Hoàng Văn Chiến", "hoangvanchien1961@yahoo.com"), "to": "support",
    "subject": "Khiếu nại về việc luật sư không tham dự buổi hòa giải",
    "date": "2026-04-24 15:47:02",
    "body": """Kính gửi Ban Giám đốc Công ty Thịnh Trí,

Tôi là Hoàng Văn Chiến, đã ký hợp đồng dịch vụ với Công ty để luật sư đại diện cho tôi trong vụ tranh chấp hợp đồng xây nhà với nhà thầu. Luật sư phụ trách đã cam kết trực tiếp tham dự phiên hòa giải tại Tòa án ngày 21/04/2026.

Đến ngày hòa giải, Công ty chỉ cử một em thực tập sinh đi cùng tôi, không nắm hồ sơ, không trả lời được câu hỏi của thẩm phán. Hòa giải không thành, bên nhà thầu còn được đà gây sức ép.

Tôi đã trả 60% phí dịch vụ. Tôi đề nghị Công ty giải thích bằng văn bản, cho biết ai chịu trách nhiệm, và đề xuất giảm phí hoặc đổi luật sư phụ trách.

Hoàng Văn Chiến
Địa chỉ: Số 7 ngõ 42 phố Hào Nam, Phường Ô Chợ Dừa, Hà Nội
Điện thoại: 0913 025 776""",
    "label": L("complaint", "vi", "Hoàng Văn Chiến", "+84913025776", "hoangvanchien1961@yahoo.com",
               "Số 7 ngõ 42 phố Hào Nam, Phường Ô Chợ Dừa, Hà Nội",
               note="Body and headers are windows-1258 with combining tone marks; compare after NFC normalisation."),
},
# ---------------------------------------------------------------------------------------------- 037
{
    "id": 37, "client": "generic", "fmt": "alt", "cte": "base64", "henc": "Q",
    "frm": ("Pháp Lý Số", "bantin@phaplyso.vn"), "to": "info",
    "subject": "Điểm tin pháp luật tuần 16/2026: quyền xóa, chỉnh sửa dữ liệu cá nhân; thuế hộ kinh doanh",
    "date": "2026-04-20 06:00:00",
    "extra": [("List-Id", "Ban tin Phap Ly So <diemtin.phaplyso.vn>"),
              ("List-Unsubscribe", "<https://phaplyso.vn/unsubscribe?u=a81f3c&l=info%40thinhtrigroup.com>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk")],
    "body": """PHÁP LÝ SỐ - ĐIỂM TIN PHÁP LUẬT TUẦN 16/2026

Kính gửi Quý độc giả,

1. Hướng dẫn mới về quyền yêu cầu xóa, chỉnh sửa dữ liệu cá nhân của chủ thể dữ liệu: doanh nghiệp cần chuẩn bị gì?
2. Hộ kinh doanh chuyển sang kê khai thuế: lộ trình và các mốc cần lưu ý trong quý II/2026.
3. Tổng hợp văn bản quy phạm pháp luật có hiệu lực từ tháng 5/2026.

Đọc chi tiết: https://phaplyso.vn/diem-tin/tuan-16-2026

Bạn nhận được email này vì đã đăng ký nhận bản tin Pháp Lý Số bằng địa chỉ info@thinhtrigroup.com.
Hủy đăng ký: https://phaplyso.vn/unsubscribe?u=a81f3c&l=info%40thinhtrigroup.com""",
    "html_override": NEWSLETTER_HTML,
    "label": L("unknown", "vi", automated=True,
               note="Bulk newsletter (List-* headers, Precedence: bulk); mentions the right to delete or correct "
                    "personal data but is list mail."),
},
# ---------------------------------------------------------------------------------------------- 038
{
    "id": 38, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Nathan Dang", "nathan.dang.hn@gmail.com"), "to": "info",
    "subject": "Request copy of my personal data - yêu cầu bản sao dữ liệu cá nhân",
    "date": "2026-04-24 17:05:12",
    "body": """Hi team Thịnh Trí,

Mình là Đặng Hoàng Nam (Nathan), năm 2024 có dùng dịch vụ setup công ty TNHH một thành viên và đăng ký nhãn hiệu bên mình.

Cho mình request một bản copy toàn bộ personal data mà bên mình đang lưu về mình: thông tin ID/passport, địa chỉ, call notes, email trao đổi... Gửi file qua email này hoặc share Google Drive đều ok. Nếu cần verify danh tính thì gọi mình số 0345 912 607 nhé.

Thanks!
Nathan""",
    "label": L("access_request", "mixed", "Đặng Hoàng Nam", "+84345912607", "nathan.dang.hn@gmail.com"),
},
# ---------------------------------------------------------------------------------------------- 039
{
    "id": 39, "client": "gmail", "fmt": "mixed", "cte": "base64",
    "frm": ("Thạch Thị Sô Phia", "sophia.thach.st@gmail.com"), "to": "info",
    "subject": "Nhờ luật sư giúp khiếu nại phương án bồi thường thu hồi đất (kèm ảnh)",
    "date": "2026-04-25 08:30:09",
    "attach": {"name": "Screenshot_20260424_thong-bao-boi-thuong.png", "type": "image/png"},
    "body": """Kính gửi Công ty,

Tôi là Thạch Thị Sô Phia. Gia đình tôi có 1.200 m2 đất trồng lúa và nhà ở bị thu hồi để làm đường. Tuần trước Ủy ban nhân dân phường gửi phương án bồi thường, giá đền bù chỉ bằng khoảng một phần ba giá thị trường, phần nhà ở thì không được tính hỗ trợ tái định cư.

Tôi gửi kèm ảnh chụp thông báo phương án bồi thường. Tôi muốn nhờ luật sư xem giúp phương án này có đúng quy định không, soạn đơn khiếu nại gửi Ủy ban, và nếu cần thì đại diện gia đình tôi làm việc với cơ quan nhà nước. Xin báo phí giúp tôi.

Địa chỉ nhà: 112 Lê Hồng Phong, Phường Sóc Trăng, TP. Cần Thơ
SĐT: 0947 318 260

Trân trọng,
Thạch Thị Sô Phia""",
    "label": L("service_request", "vi", "Thạch Thị Sô Phia", "+84947318260", "sophia.thach.st@gmail.com",
               "112 Lê Hồng Phong, Phường Sóc Trăng, TP. Cần Thơ",
               note="'khiếu nại' is an administrative complaint the sender wants the firm to draft against the "
                    "authority's compensation plan; a service request, not a complaint about the firm."),
},
# ---------------------------------------------------------------------------------------------- 040
{
    "id": 40, "client": "thunderbird", "fmt": "plain", "cte": "8bit", "flowed": True, "tz": "+02:00",
    "frm": ("Isabelle Moreau", "isabelle.moreau@orange.fr"), "to": "info",
    "subject": "Deletion of my personal data",
    "date": "2026-04-25 16:12:48",
    "body": """Dear Sir or Madam,

In 2023 your office advised me on the lease of an apartment in Thảo Điền during my two-year posting in Ho Chi Minh City. I returned to France last year and have no further need for your services.

I would like you to erase all personal data about me that you still hold, including the copy of my passport and the lease documents, and to stop sending me your newsletter. Please confirm by email once this has been done.

Isabelle Moreau
12 rue des Tanneurs, 67000 Strasbourg, France""",
    "label": L("deletion_request", "en", "Isabelle Moreau", None, "isabelle.moreau@orange.fr",
               "12 rue des Tanneurs, 67000 Strasbourg, France"),
},
# ---------------------------------------------------------------------------------------------- 041
{
    "id": 41, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Andy Pham", "andy.pham.qa@gmail.com"), "to": "support",
    "subject": "Gửi nhầm file lương nhân viên của công ty mình cho người khác???",
    "date": "2026-04-25 10:03:37",
    "body": """Hi Thịnh Trí,

Mình là Phạm Quốc Anh (Andy), founder của Lumi Studio. Tuần trước bên bạn review bộ hợp đồng lao động và bảng lương của team mình. Hôm nay một người lạ email cho mình, nói là họ nhận được file "Lumi_HDLD_bangluong.xlsx" từ email của Thịnh Trí, trong đó có full lương, số CCCD, số tài khoản của 14 nhân viên.

Honestly mình rất disappointed. Đây là data cực kỳ nhạy cảm của nhân viên mình. Mình cần bên bạn:
- Giải thích rõ file đã bị gửi cho ai, khi nào;
- Confirm đã liên hệ người nhận để yêu cầu xóa file;
- Có biện pháp gì để chuyện này không lặp lại.

Mình cần phản hồi chính thức trong hôm nay hoặc ngày mai. Call mình: 0918 640 293.

Andy Phạm
Founder, Lumi Studio""",
    "label": L("complaint", "mixed", "Phạm Quốc Anh", "+84918640293", "andy.pham.qa@gmail.com",
               note="'yêu cầu xóa file' concerns the wrong recipient deleting a misdirected file, not deletion of "
                    "the sender's data; dominant intent complaint."),
},
# ---------------------------------------------------------------------------------------------- 042
{
    "id": 42, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Lena Fischer", "lena.fischer.hcmc@gmail.com"), "to": "support",
    "subject": "Change of address and mobile number",
    "date": "2026-04-26 09:40:15",
    "body": """Dear Thinh Tri team,

I'm a client of Ms. Nguyen Hoang Yen in your family law team (step-parent adoption). We have moved and I have a new phone number, so please update my details on file:

New address: Villa 6, Đường số 12, Khu phố 3, Phường An Khánh, TP.HCM
New mobile: 0799 314 862

My old number (0903 655 218) will be disconnected next week. If you ever can't reach me, you may try my husband Minh on 0908 226 319, but please use my own number first.

Thank you,
Lena Fischer""",
    "label": L("correction_request", "en", "Lena Fischer", "+84799314862", "lena.fischer.hcmc@gmail.com",
               "Villa 6, Đường số 12, Khu phố 3, Phường An Khánh, TP.HCM",
               note="Old number 0903 655 218 and the husband's number 0908 226 319 also appear; the contact phone is "
                    "the sender's new mobile."),
},
# ---------------------------------------------------------------------------------------------- 043
{
    "id": 43, "client": "gmail", "fmt": "alt", "cte": "7bit",
    "frm": ("Cam Van Duy", "camvanduy.it@gmail.com"), "to": "info",
    "subject": "nho luat su giup viec bi lua dao dau tu online",
    "date": "2026-04-26 20:15:02",
    "body": """Kinh gui cong ty,
Toi ten Lo Thi Hoa, 52 tuoi, o Son La. Toi nho con trai gui email nay bang hop thu cua chau, cong ty tra loi qua email nay la duoc.
Thang 2 toi duoc mot nguoi tren Facebook ru dau tu vang tren mot trang web, nop tong cong 180 trieu, bay gio khong rut ra duoc, ho cung chan lien lac voi toi.
Toi muon nho luat su huong dan lam don to giac gui cong an, va xem co cach nao lay lai tien khong. Chi phi thue luat su the nao?
Dien thoai cua toi: 0328 514 706
Lo Thi Hoa""",
    "label": L("service_request", "vi", "Lo Thi Hoa", "+84328514706", "camvanduy.it@gmail.com",
               note="Sent from the son's mailbox (From display 'Cam Van Duy'); the sender is Lo Thi Hoa, and she asks "
                    "for replies to this mailbox, so the From address is her contact email."),
},
# ---------------------------------------------------------------------------------------------- 044
{
    "id": 44, "client": "generic", "fmt": "plain", "cte": "7bit", "tz": "+08:00",
    "frm": ("Jason Liu", "jason.liu@asiadomain-center.cn"), "to": "info",
    "subject": "thinhtrigroup Brand & Domain Registration",
    "date": "2026-04-21 03:12:44",
    "body": """Dear CEO,

(If you are not the person in charge of this, please forward this to your CEO. Thanks)

We are a network service company and domain name registration center in Shanghai, China. On 20 April 2026 we received an application from Hongda Holdings Ltd. requesting "thinhtrigroup" as their internet keyword and China (CN) domain names (thinhtrigroup.cn, thinhtrigroup.com.cn, thinhtrigroup.net.cn).

After checking, we found this name conflicts with your company's brand. In order to deal with the matter better, we need your company's confirmation. If you consider these domain names should be registered by your company, please reply within 7 workdays.

Best Regards,
Jason Liu
Senior Consultant
Shanghai Office""",
    "label": L("unknown", "en", "Jason Liu", None, "jason.liu@asiadomain-center.cn",
               note="Well-known domain-registration scam; not a customer request."),
},
# ---------------------------------------------------------------------------------------------- 045
{
    "id": 45, "client": "gmail", "fmt": "alt", "cte": "base64",
    "frm": ("Nghiêm Thị Thu Hiền", "thuhien.nghiem@gmail.com"), "to": "info",
    "subject": "Đề nghị cung cấp bản sao dữ liệu cá nhân",
    "date": "2026-04-19 10:05:27",
    "body": """Kính gửi Công ty Hệ Thống Luật TNHH Thịnh Trí,

Tôi là Nghiêm Thị Thu Hiền, năm 2024 đã sử dụng dịch vụ tư vấn và soạn thảo hợp đồng tặng cho nhà đất của Công ty.

Căn cứ quy định pháp luật về bảo vệ dữ liệu cá nhân, tôi đề nghị Công ty cho biết Công ty đang lưu giữ những dữ liệu cá nhân nào của tôi và cung cấp cho tôi bản sao các dữ liệu đó. Do tôi ít khi dùng email, xin gửi bản giấy qua đường bưu điện về địa chỉ:

9 ngõ 17 Hoàng Hoa Thám, Phường Ngọc Hà, Hà Nội

Điện thoại liên hệ khi cần xác minh: 0983 274 150.

Trân trọng,
Nghiêm Thị Thu Hiền""",
    "label": L("access_request", "vi", "Nghiêm Thị Thu Hiền", "+84983274150", "thuhien.nghiem@gmail.com",
               "9 ngõ 17 Hoàng Hoa Thám, Phường Ngọc Hà, Hà Nội"),
},
# ---------------------------------------------------------------------------------------------- 046
{
    "id": 46, "client": "owa", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Lương Văn Định", "luongvandinh.vt@outlook.com"), "to": "info",
    "subject": "Hỏi thủ tục xóa thế chấp và sang tên nhà cho con gái",
    "date": "2026-04-22 08:41:50",
    "body": """Chào Công ty,

Tôi là Lương Văn Định. Năm 2021 tôi thế chấp căn nhà đang ở tại 24 Thùy Vân, Phường Vũng Tàu, TP.HCM để vay ngân hàng. Tháng 3 vừa rồi tôi đã tất toán khoản vay nhưng ngân hàng vẫn chưa trả sổ hồng và chưa làm xóa đăng ký thế chấp.

Tôi muốn nhờ Công ty:
- Hướng dẫn hoặc làm thay thủ tục xóa đăng ký thế chấp;
- Sau đó làm hợp đồng tặng cho căn nhà này cho con gái tôi.

Xin cho biết phí dịch vụ và thời gian thực hiện. Điện thoại: 0937 160 482.

Lương Văn Định""",
    "label": L("service_request", "vi", "Lương Văn Định", "+84937160482", "luongvandinh.vt@outlook.com",
               "24 Thùy Vân, Phường Vũng Tàu, TP.HCM",
               note="'xóa đăng ký thế chấp' is a mortgage deregistration procedure, not data deletion. The address "
                    "is given inline as the house the sender lives in."),
},
# ---------------------------------------------------------------------------------------------- 047
{
    "id": 47, "client": "gmail", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Lại Đức Hưng", "laiduchung.hn@gmail.com"), "to": "info",
    "subject": "Đề nghị ngừng gửi thư và xóa thông tin của mẹ tôi",
    "date": "2026-04-23 16:30:11",
    "body": """Kính gửi Công ty,

Tôi là Lại Đức Hưng, con trai của bà Nguyễn Thị Tám, khách hàng của Công ty trong vụ tranh chấp thừa kế năm 2022. Mẹ tôi đã mất vào tháng 1/2026.

Gần đây nhà tôi vẫn nhận được thư chúc mừng sinh nhật và thư mời hội thảo gửi đích danh mẹ tôi. Vụ việc đã kết thúc từ lâu, gia đình đề nghị Công ty xóa thông tin liên lạc và hồ sơ cá nhân của mẹ tôi khỏi hệ thống và không gửi thư từ gì nữa.

Nếu Công ty cần giấy chứng tử để xử lý, xin liên hệ tôi qua số 0903 528 147.

Trân trọng,
Lại Đức Hưng""",
    "label": L("deletion_request", "vi", "Lại Đức Hưng", "+84903528147", "laiduchung.hn@gmail.com",
               note="The son writes to have his late mother's data deleted; the mother's name (Nguyễn Thị Tám) is "
                    "not the contact."),
},
# ---------------------------------------------------------------------------------------------- 048
{
    "id": 48, "client": "owa", "fmt": "alt", "cte": "quoted-printable",
    "frm": ("Trần Đăng Khoa", "dangkhoa.tran.sg@outlook.com"), "to": "support",
    "subject": "RE: Xác nhận đã nhận hộ chiếu - dịch vụ nộp hồ sơ visa Nhật Bản",
    "date": "2026-04-24 11:55:20", "reply": True,
    "body": """Chị Phương,

Email dưới đây chị hứa trả hộ chiếu và kết quả "trong 10 ngày làm việc". Đến hôm nay đã hơn 3 tuần, tôi gọi hotline thì chỉ được bảo "đang chờ", hỏi hộ chiếu đang ở đâu cũng không ai trả lời được.

Tôi cần hộ chiếu để đi công tác Singapore ngày 05/05. Tôi yêu cầu Công ty trong ngày mai phải trả lại hộ chiếu cho tôi hoặc thông báo chính xác tình trạng hồ sơ, đồng thời giải thích vì sao không ai chủ động báo cho tôi. Nếu lỡ chuyến công tác, Công ty phải chịu trách nhiệm.

Trần Đăng Khoa
DĐ: 0359 806 241""",
    "quote": {"style": "outlook",
              "header": ["From: Thịnh Trí Support <support@thinhtrigroup.com>",
                         "Sent: Tuesday, March 31, 2026 10:02 AM",
                         "To: dangkhoa.tran.sg@outlook.com <dangkhoa.tran.sg@outlook.com>",
                         "Subject: Xác nhận đã nhận hộ chiếu - dịch vụ nộp hồ sơ visa Nhật Bản"],
              "text": """Kính gửi anh Khoa,

Công ty xác nhận đã nhận hộ chiếu bản gốc và hồ sơ xin thị thực du lịch Nhật Bản của anh. Thời gian xử lý dự kiến 10 ngày làm việc; Công ty sẽ trả hộ chiếu và kết quả cho anh ngay khi có.

Trân trọng,
Đặng Mai Phương
Bộ phận Chăm sóc khách hàng - Thịnh Trí
Hotline: 1800 63 65"""},
    "label": L("complaint", "vi", "Trần Đăng Khoa", "+84359806241", "dangkhoa.tran.sg@outlook.com",
               note="Reply; only the top part is new. Quoted firm text has the firm's hotline."),
},
# ---------------------------------------------------------------------------------------------- 049
{
    "id": 49, "client": "gmail", "fmt": "plain", "cte": "7bit",
    "frm": ("Tuan Kiet", "kiet.tuan.nguyen97@gmail.com"), "to": "info",
    "subject": "toi nay da banh",
    "date": "2026-04-19 18:30:46",
    "body": """Ong oi toi nay 7h30 san co nhan tao Phu Tho nhe, nho mang ao do. Thieu nguoi thi goi them thang Hai. Tien san chia deu moi nguoi 60k.
Kiet""",
    "label": L("unknown", "vi", "Tuan Kiet", None, "kiet.tuan.nguyen97@gmail.com",
               note="Misdirected personal message with no request to the firm; name only from the From display."),
},
# ---------------------------------------------------------------------------------------------- 050
{
    "id": 50, "client": "owa", "fmt": "html", "cte": "base64",
    "frm": ("Tracy Vo", "tracy.vo@hoanggia-edu.vn"), "to": "support",
    "subject": "Update số passport mới trong hồ sơ - Võ Ngọc Bảo Trân",
    "date": "2026-04-24 14:10:33",
    "body": """Hi anh chị,

Em là Võ Ngọc Bảo Trân (Tracy), đang làm hồ sơ xin Phiếu lý lịch tư pháp và hợp pháp hóa lãnh sự bằng cấp qua bên mình để đi làm ở Úc.

Passport cũ của em hết hạn nên em vừa đổi passport mới. Nhờ team update giúp trong hồ sơ của em:
- Số passport mới: C9472618
- Ngày cấp: 08/04/2026, ngày hết hạn: 08/04/2036

Số cũ C2087451 không dùng nữa. Anh chị check giúp em luôn các bản dịch có cần sửa theo số mới không nhé.

Thanks anh chị!
Bảo Trân
0378 620 451""",
    "label": L("correction_request", "mixed", "Võ Ngọc Bảo Trân", "+84378620451", "tracy.vo@hoanggia-edu.vn",
               note="Old passport number also present; updating the passport details on file is the request."),
},
]
